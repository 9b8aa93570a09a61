"""The fresh12d corpus (helper B4, round eleven) is reproducible and well annotated. It checks the corpus only; the
anonymizer is not run here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh12d"
CORPUS = FOLDER / "fresh12d_shapes.jsonl"
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


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh12d.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _load("fresh12d_test_score", HERE / "corpora" / "score.py")
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh12d-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)
        assert {i["label"] for i in d["pii"]} <= LABELS
        assert d["pii"] and d["keep"]


def test_identifiers_are_valid_and_known_names_occur():
    sys.path.insert(0, str(FOLDER))
    try:
        ids = _load("fresh12d_test_ids", FOLDER / "fresh12d_ids.py")
    finally:
        sys.path.remove(str(FOLDER))
    docs = _docs()
    for d in docs:
        for item in d["pii"]:
            if item["label"] == "BSN":
                assert ids.bsn_valid(item["text"]), (d["id"], item)
            if item["label"] == "IBAN":
                assert ids.iban_valid(item["text"]), (d["id"], item)
        for name in d.get("known", {}).get("names", []):
            assert name.split()[-1] in d["text"], (d["id"], name)
    assert sum("known" in d for d in docs) >= 70
