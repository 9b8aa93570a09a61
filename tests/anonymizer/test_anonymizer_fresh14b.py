"""The fresh14b corpus (helper B2, round twelve, written blind): the file is what its generator writes, and every
document passes the shared annotation self-check. This module checks the corpus only; it does not run the anonymizer."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh14b"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load("fresh14b_test_score", HERE / "corpora" / "score.py")
GEN = _load("fresh14b_test_generator", FOLDER / "make_fresh14b.py")
DOCS = [json.loads(line) for line in (FOLDER / "fresh14b_texts.jsonl").read_text(encoding="utf-8").splitlines()]


def test_generator_check_passes():
    assert GEN.main(["--check"]) == 0


def test_every_document_passes_check_doc():
    assert len(DOCS) == 300
    assert [d["id"] for d in DOCS] == [f"fresh14b-{i:04d}" for i in range(300)]
    for d in DOCS:
        SCORE.check_doc(d)


def test_gates_and_labels():
    for d in DOCS:
        GEN.gate(d)
    labels = Counter(i["label"] for d in DOCS for i in d["pii"])
    assert set(labels) == GEN.LABELS
    assert sum(1 for d in DOCS if "known" in d) >= 70
