"""The fresh9 corpus (helper H2, round nine, written blind): its files match the seeded generator, pass the
annotation gate, and are scored against the anonymizer CLI (expected to fail until tuned, so marked xfail)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent / "fresh9"
ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fresh9", HERE / "make_fresh9.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_files_match_generator() -> None:
    """Regenerating in memory gives byte-identical files."""
    proc = subprocess.run(
        [sys.executable, str(HERE / "make_fresh9.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_annotation_gate_holds_on_committed_files() -> None:
    """Every committed document passes the gate: pii as written, nothing leaks once blanked, keep words survive,
    valid labels and check digits, no keep word sharing a word with a name (unless a known name's ordinary word)."""
    gen = _generator()
    short, records = _docs("fresh9_short.jsonl"), _docs("fresh9_records.jsonl")
    assert len(short) == 500 and len(records) == 300
    ids = [d["id"] for d in short + records]
    assert len(ids) == len(set(ids))
    for d in short + records:
        assert not gen.problems(d), (d["id"], gen.problems(d))
        if "known" in d:
            assert set(d["known"]) == {"names", "emails", "phones"} and d["known"]["names"]
    labels = {i["label"] for d in short + records for i in d["pii"]}
    assert labels == gen.LABELS


def test_gate_rejects_bad_annotations() -> None:
    """The gate catches a missing string, a name left in the text, a lost keep word, a keep word sharing a name word
    outside a known document, and bad check digits."""
    gen = _generator()
    doc = {
        "id": "x",
        "text": "Mevrouw Vos belt over de vos in de tuin.",
        "pii": [{"text": "Vos", "label": "PERSON"}],
        "keep": ["vos", "tuin"],
        "known": {"names": ["Anna Vos"], "emails": [], "phones": []},
    }
    assert not gen.problems(doc)
    unknown = {k: v for k, v in doc.items() if k != "known"}
    assert gen.problems(unknown)  # outside a known document a keep word may not share a name word
    assert gen.problems({**doc, "pii": [{"text": "Vosje", "label": "PERSON"}]})  # not in the text
    left = {**doc, "text": "Anna Vos belt. Vos wacht in de tuin.", "pii": [{"text": "Anna Vos", "label": "PERSON"}]}
    assert gen.problems({**left, "keep": ["tuin"]})  # 'Vos' alone is still readable
    inside = {**doc, "text": "Mevrouw Vos belt over de tuin.", "keep": ["Vos"]}
    assert gen.problems(inside)  # a keep word that only stands inside a name
    assert gen.problems({**doc, "pii": [{"text": "Vos", "label": "NAME"}]})  # not a label
    bad = {
        "id": "y",
        "text": "BSN 123456789, IBAN NL00ABNA0123456789.",
        "pii": [{"text": "123456789", "label": "BSN"}, {"text": "NL00ABNA0123456789", "label": "IBAN"}],
        "keep": [],
    }
    found = gen.problems(bad)
    assert any("BSN" in p for p in found) and any("IBAN" in p for p in found)
    good = {
        **bad,
        "text": "BSN 111222333, IBAN NL91ABNA0417164300.",
        "pii": [{"text": "111222333", "label": "BSN"}, {"text": "NL91ABNA0417164300", "label": "IBAN"}],
    }
    assert not gen.problems(good)


def test_gate_catches_every_dropped_item() -> None:
    """Dropping any one name or address from a committed document makes the gate fail: besides ``check_doc`` (which
    only sees annotated items) the gate looks for pool name words and street names left outside every annotation."""
    gen = _generator()
    docs = _docs("fresh9_short.jsonl")[::10] + _docs("fresh9_records.jsonl")[::10]
    for d in docs:
        for i, item in enumerate(d["pii"]):
            if item["label"] not in ("PERSON", "ADDRESS"):
                continue
            rest = d["pii"][:i] + d["pii"][i + 1 :]
            if any(item["text"] in o["text"] for o in rest):
                continue  # still blanked as part of a longer item
            if not gen.stray_names({"text": item["text"], "pii": rest, "keep": []}):
                continue  # initials only, or every word also annotated on its own (vCard N: and FN:)
            assert gen.problems({**d, "pii": rest}), (d["id"], item)


def _score(name: str) -> dict:
    score_mod = _generator().SCORE
    docs = _docs(name)
    return score_mod.score(docs, score_mod.cli_outputs(docs, ROOT, timeout=600))


@pytest.mark.xfail(strict=False, reason="fresh9 is new, blind text: the anonymizer is measured and tuned on it")
@pytest.mark.parametrize("name", ["fresh9_short.jsonl", "fresh9_records.jsonl"])
def test_anonymizer_scores_on_fresh9(name: str) -> None:
    """The design targets: leak rate at most 0.005, keep rate at least 0.98, no structured identifier leaks."""
    s = _score(name)
    assert s["structured_leaks"] == 0, s["examples"]
    assert s["leak_rate"] <= 0.005, s["examples"]
    assert s["keep_rate"] >= 0.98
