"""The fresh13b corpus (mediators' own case writing) is reproducible and self-consistent.

Checks the corpus only; the anonymizer is not run here.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh13b"
CORPUS = FOLDER / "fresh13b_shapes.jsonl"


def _score():
    spec = importlib.util.spec_from_file_location("score_fresh13b", HERE / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh13b.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _score()
    docs = _docs()
    assert len(docs) == 300
    assert len({d["id"] for d in docs}) == 300
    for d in docs:
        score.check_doc(d)


def test_known_documents_carry_their_name():
    docs = [d for d in _docs() if "known" in d]
    assert len(docs) >= 60
    for d in docs:
        (name,) = d["known"]["names"]
        parts = [w for w in name.split() if w.lower() not in {"van", "de", "den", "der"}]
        assert any(w in d["text"] for w in parts), d["id"]
        assert any(k.islower() and k in name.lower().split() for k in d["keep"]), d["id"]
