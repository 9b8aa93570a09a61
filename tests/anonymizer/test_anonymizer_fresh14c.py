"""The fresh14c corpus (helper B3, round twelve) checks itself: it is what its generator writes, and every document
passes the annotation self-check of ``tests/anonymizer/corpora/score.py``. The anonymizer is not scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fresh14c" / "fresh14c_texts.jsonl"
GENERATOR = HERE / "fresh14c" / "make_fresh14c.py"


def _score():
    spec = importlib.util.spec_from_file_location("fresh14c_test_score", HERE / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr


def test_every_document_passes_check_doc():
    score = _score()
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh14c-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)


def test_known_documents_name_their_resident():
    docs = [d for d in _docs() if "known" in d]
    assert len(docs) == 75
    for d in docs:
        (name,) = d["known"]["names"]
        assert {"text": name, "label": "PERSON"} in d["pii"], d["id"]
