"""The fresh12b corpus (helper B2, round eleven) is well formed: it regenerates byte for byte and every document passes
``check_doc``. The anonymizer itself is not scored here."""

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh12b"
CORPUS = FOLDER / "fresh12b_shapes.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh12b.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _load("fresh12b_score_for_test", HERE / "corpora" / "score.py")
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh12b-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)


def test_identifiers_are_valid():
    gen = _load("fresh12b_generator_for_test", FOLDER / "make_fresh12b.py")
    for d in _docs():
        for item in d["pii"]:
            assert item["label"] in gen.LABELS, item
            if item["label"] == "BSN":
                assert gen.bsn_ok(item["text"]), item
            if item["label"] == "IBAN":
                assert gen.iban_ok(item["text"]), item


def test_known_names_have_an_ordinary_use():
    docs = [d for d in _docs() if "known" in d]
    assert len(docs) >= 60
    for d in docs:
        words = {w for name in d["known"]["names"] for w in name.split()}
        ordinary = [k for k in d["keep"] if k[0].upper() + k[1:] in words]
        assert ordinary, d["id"]
        assert all(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", d["text"]) for k in ordinary), d["id"]
