"""The fresh15a corpus (helper B5, round twelve): the committed file is what the generator makes, and every document
passes the annotation self-check of ``tests/anonymizer/corpora/score.py``. The anonymizer is not scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fresh15a" / "fresh15a_texts.jsonl"
GENERATOR = HERE / "fresh15a" / "make_fresh15a.py"


def _score():
    spec = importlib.util.spec_from_file_location("fresh15a_test_score", HERE / "corpora" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_every_document_passes_check_doc():
    score = _score()
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh15a-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)


def test_known_documents_name_a_person_in_the_document():
    docs = _docs()
    known = [d for d in docs if "known" in d]
    assert len(known) >= 60
    for d in known:
        persons = {it["text"] for it in d["pii"] if it["label"] == "PERSON"}
        assert set(d["known"]["names"]) <= persons, d["id"]
