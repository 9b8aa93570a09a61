"""The fresh12a corpus (helper B1, round eleven) checks itself: regeneration matches the committed file, and every
document passes the shared annotation self-check ``check_doc()``. The anonymizer is not run or scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh12a"
CORPUS = FOLDER / "fresh12a_shapes.jsonl"
LABELS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}


def _score_module():
    spec = importlib.util.spec_from_file_location("fresh12a_test_score", HERE / "corpora" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh12a.py"), "--check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _score_module()
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh12a-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)
        assert {item["label"] for item in d["pii"]} <= LABELS, d["id"]


def test_known_documents_name_their_resident():
    docs = [d for d in _docs() if "known" in d]
    assert len(docs) >= 60
    for d in docs:
        (name,) = d["known"]["names"]
        words = set(name.lower().replace("-", " ").split())
        forms = [i["text"] for i in d["pii"] if i["label"] == "PERSON"]
        assert any(set(f.lower().replace("-", " ").split()) <= words for f in forms), d["id"]
