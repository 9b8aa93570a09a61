"""Own corpus ``corpora/shapes5.jsonl`` (make_corpora5.py): the shapes fixed on holdout3, with other names and words.

Run through the CLI and the library; scored with the shared scorer's leak rule (corpora/score.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from anonymizer import anonymize, find_entities
from tests.anonymizer.corpora.make_corpora5 import generate
from tests.anonymizer.corpora.score import score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "shapes5.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_shapes5_is_what_its_generator_writes() -> None:
    """Deterministic, and every document passed the generator's annotation self-check."""
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_shapes5_meets_the_targets_through_the_cli() -> None:
    docs = _docs()
    feed = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
    proc = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"],
        input=feed,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    outs = {o["id"]: o["text"] for o in map(json.loads, filter(str.strip, proc.stdout.splitlines()))}
    res = score(docs, outs)
    assert res["leak_rate"] <= 0.005, res
    assert res["person_leak_rate"] <= 0.005, res
    assert res["keep_rate"] >= 0.98, res
    assert res["structured_leaks"] == 0, res


def test_shapes5_library_matches_and_entities_cut_the_input() -> None:
    for d in _docs():
        ents = find_entities(d["text"])
        assert all(d["text"][e.start : e.end] == e.original for e in ents), d["id"]
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False)), d["id"]
        assert anonymize(d["text"]).entities == ents


def test_labels_and_roles_are_kept_in_runs() -> None:
    """A run of labels without any person keeps its labels; a role in an action list is no person."""
    text = (
        "Datum: 3 mei\nPlaats: Stadhuis\nBesluit: uitstel\n\n"
        "Actiepunten:\n- Hanneke Stoel: bellen\n- bemiddelaar: mailen"
    )
    out = anonymize(text).text
    assert out.startswith("Datum: 3 mei\nPlaats: Stadhuis\nBesluit: uitstel"), out
    assert "- bemiddelaar: mailen" in out and "Stoel" not in out, out
    assert "via WhatsApp laten weten" in anonymize("Ze heeft via WhatsApp laten weten dat het klopt.").text
