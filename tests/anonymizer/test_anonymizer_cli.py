"""The command line: ``python -m anonymizer --jsonl`` and ``python -m anonymizer FILE``."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "anonymizer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
    )


def test_jsonl_roundtrip_with_offsets():
    docs = [
        {"id": "a", "text": "Mevrouw Şükran Öztürk belde op 06-12345678 over de Kerkstraat 5."},
        {"id": "b", "text": "Niets persoonlijks hier, alleen de afdeling Handhaving."},
        {"id": 3, "text": ""},
    ]
    feed = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs) + "\n"
    proc = run(["--jsonl"], feed)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["a", "b", 3]
    first = lines[0]
    assert first["text"] == "Mevrouw [persoon 1] belde op [telefoonnummer] over de [adres]."
    assert "Şükran" not in proc.stdout or "\\u" not in proc.stdout  # ensure_ascii=False
    src = docs[0]["text"]
    got = {(src[e["start"] : e["end"]], e["label"]) for e in first["entities"]}
    assert got == {("Şükran Öztürk", "PERSON"), ("06-12345678", "PHONE"), ("Kerkstraat 5", "ADDRESS")}
    assert set(first["entities"][0]) == {"start", "end", "label"}
    assert lines[1]["entities"] == [] and lines[1]["text"] == docs[1]["text"]


def test_file_argument(tmp_path):
    f = tmp_path / "zaak.txt"
    f.write_text("De heer Jansen, BSN 111222333, woont in Zwolle.\n", encoding="utf-8")
    proc = run([str(f)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "De heer [persoon 1], BSN [BSN], woont in Zwolle.\n"


def test_no_arguments_is_an_error():
    proc = run([])
    assert proc.returncode != 0


def test_jsonl_skips_bad_lines_and_survives_bom():
    feed = (
        "\ufeff"
        + json.dumps({"id": "x", "text": "Bel 06-12345678."})
        + "\nnot json\n"
        + json.dumps({"id": "y", "text": None})
        + "\n"
    )
    proc = run(["--jsonl"], feed)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["x", "y"]
    assert lines[0]["text"] == "Bel [telefoonnummer]."
    assert "not JSON" in proc.stderr


def test_jsonl_lone_surrogates_do_not_stop_the_run():
    """JSON may escape a lone surrogate ("\\ud800"); the name beside it goes, the surrogate comes back escaped, and the
    next line is still read."""
    feed = (
        '{"id": "s", "text": "Ik ben \\ud83d\\ude00 Kees, \\ud800 de heer Jansen belde"}\n'
        + json.dumps({"id": "t", "text": "Jan Jansen belde"})
        + "\n"
    )
    proc = run(["--jsonl"], feed)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["s", "t"]
    assert "\ud800" in lines[0]["text"] and "😀" in lines[0]["text"]
    assert "Kees" not in lines[0]["text"] and "Jansen" not in lines[0]["text"]
    assert lines[1]["text"] == "[persoon 1] belde"
