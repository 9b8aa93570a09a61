"""The fresh14d corpus (residents' informal messages, written blind by helper B4): the committed file is what its
generator makes, and every document passes the annotation self-check. The anonymizer is not scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh14d"
CORPUS = FOLDER / "fresh14d_texts.jsonl"
LABELS = {"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER",
          "DATE_OF_BIRTH"}  # fmt: skip


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh14d.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _load("fresh14d_test_score", HERE / "corpora" / "score.py")
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh14d-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)
        assert {i["label"] for i in d["pii"]} <= LABELS, d["id"]


def test_identifiers_are_valid_and_known_names_are_given():
    gen = _load("fresh14d_test_gen", FOLDER / "make_fresh14d.py")
    docs = _docs()
    for d in docs:
        for item in d["pii"]:
            if item["label"] == "BSN":
                assert gen.eleven_ok(item["text"]), (d["id"], item)
            if item["label"] == "IBAN":
                assert gen.iban_ok(item["text"]), (d["id"], item)
        if "known" in d:
            for name in d["known"]["names"]:
                persons = {i["text"].lower() for i in d["pii"] if i["label"] == "PERSON"}
                assert name.lower() in persons, d["id"]
    assert sum("known" in d for d in docs) >= 70
