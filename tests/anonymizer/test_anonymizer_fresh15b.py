"""The fresh15b corpus (municipal case-system records, written blind by helper B6) is intact: it matches its
generator and every document passes the shared annotation self-check. The anonymizer is not scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh15b"
CORPUS = FOLDER / "fresh15b_texts.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh15b.py"), "--check"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _load("fresh15b_test_score", HERE / "corpora" / "score.py")
    docs = _docs()
    assert len(docs) == 300
    for d in docs:
        score.check_doc(d)


def test_identifiers_and_known_names():
    gen = _load("fresh15b_test_gen", FOLDER / "make_fresh15b.py")
    docs = _docs()
    assert [d["id"] for d in docs] == [f"fresh15b-{i:04d}" for i in range(300)]
    for d in docs:
        for item in d["pii"]:
            assert item["label"] in gen.LABELS
            if item["label"] == "BSN":
                assert gen.bsn_valid(item["text"]), item
            if item["label"] == "IBAN":
                assert gen.iban_valid(item["text"]), item
        if "known" in d:
            assert d["known"]["names"][0] in d["text"]
    assert sum("known" in d for d in docs) >= 70
