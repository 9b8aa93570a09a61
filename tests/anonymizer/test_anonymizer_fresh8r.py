"""The fresh8r structured-record corpus (helper H5, written blind): files match the generator, annotations pass."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent / "fresh8r"
CORPUS = HERE / "fresh8r_records.jsonl"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_files_match_generator() -> None:
    proc = subprocess.run(
        [sys.executable, str(HERE / "make_fresh8r.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_annotation_gate_passes_on_every_document() -> None:
    sys.path.insert(0, str(HERE))
    try:
        gen = _load("make_fresh8r_gate", HERE / "make_fresh8r.py")
    finally:
        sys.path.remove(str(HERE))
    docs = _docs()
    assert len(docs) == gen.N_DOCS
    assert len({d["id"] for d in docs}) == len(docs)
    score = _load("fresh8r_score_check", HERE.parent / "corpora" / "score.py")
    for d in docs:
        assert set(d) == {"id", "text", "pii", "keep"}
        assert gen.gate(d) == [], d["id"]
        score.check_doc(d)


@pytest.mark.parametrize(
    "label",
    ["PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH"],
)
def test_every_label_is_well_represented(label: str) -> None:
    counts = Counter(i["label"] for d in _docs() for i in d["pii"])
    assert counts[label] >= 50


def test_gate_catches_a_broken_annotation() -> None:
    sys.path.insert(0, str(HERE))
    try:
        gen = _load("make_fresh8r_gate2", HERE / "make_fresh8r.py")
    finally:
        sys.path.remove(str(HERE))
    docs = _docs()
    d = next(d for d in docs if any(i["label"] == "PERSON" for i in d["pii"]))
    name = next(i["text"] for i in d["pii"] if i["label"] == "PERSON")
    assert any("keep lost" in e for e in gen.gate(dict(d, keep=[*d["keep"], name])))
    # a surname that also stands alone, left unannotated, leaks
    d = next(
        d for d in docs if any(i["label"] == "PERSON" and " " not in i["text"] and len(i["text"]) > 3 for i in d["pii"])
    )
    bare = next(i for i in d["pii"] if i["label"] == "PERSON" and " " not in i["text"] and len(i["text"]) > 3)
    longer = [i for i in d["pii"] if i["label"] == "PERSON" and bare["text"] in i["text"] and i != bare]
    if longer:
        assert gen.gate(dict(d, pii=[i for i in d["pii"] if i != bare]))
    assert any("missing" in e for e in gen.gate(dict(d, pii=[*d["pii"], {"text": "Zyxwvut", "label": "PERSON"}])))
    assert any("bad BSN" in e for e in gen.gate(dict(d, pii=[*d["pii"], {"text": "123456789", "label": "BSN"}])))
