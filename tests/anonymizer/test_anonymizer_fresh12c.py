"""The fresh12c corpus (helper B3, round eleven) is what its generator writes, and every document passes the shared
annotation self-check. The anonymizer is not scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fresh12c" / "fresh12c_shapes.jsonl"
LABELS = {"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER",
          "DATE_OF_BIRTH"}  # fmt: skip


def _score():
    spec = importlib.util.spec_from_file_location("fresh12c_test_score", HERE / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(HERE / "fresh12c" / "make_fresh12c.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _score()
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh12c-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)
        assert {i["label"] for i in d["pii"]} <= LABELS, d["id"]


def test_known_documents_use_the_name_word_in_its_ordinary_sense():
    docs = [d for d in _docs() if "known" in d]
    assert len(docs) >= 60
    for d in docs:
        words = {w.lower() for name in d["known"]["names"] for w in name.split()}
        assert any(k in words for k in d["keep"]), d["id"]
