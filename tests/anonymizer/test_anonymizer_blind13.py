"""The corpora written blind in round thirteen (fresh16a-d: helpers B1-B4, fresh17a-b late in the round: B5, B6; see
their READMEs). For each: the file
matches its seeded generator, it holds 300 documents in id order, every document passes the shared annotation check
with valid labels and check digits, every fourth document passes the resident's name, and every document passes the
set's own gate. The anonymizer is not run here: the sets' scores are in their READMEs and the development scorecard."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from anonymizer.patterns import _eleven_test, _mod97

HERE = Path(__file__).resolve().parent
SETS = ("fresh16a", "fresh16b", "fresh16c", "fresh16d", "fresh17a", "fresh17b")
LABELS = {
    *("PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL"),
    *("BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH"),
}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))  # a generator imports its own helper modules
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(path.parent))
    return mod


@functools.cache
def _score() -> ModuleType:
    return _load("blind13_score", HERE / "corpora" / "score.py")


@functools.cache
def _docs(s: str) -> tuple[dict, ...]:
    lines = (HERE / s / f"{s}_texts.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@pytest.mark.parametrize("s", SETS)
def test_generator_files_match(s: str) -> None:
    proc = subprocess.run(
        [sys.executable, str(HERE / s / f"make_{s}.py"), "--check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=HERE.parent.parent,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("s", SETS)
def test_every_document_passes_the_annotation_check(s: str) -> None:
    docs = _docs(s)
    assert [d["id"] for d in docs] == [f"{s}-{i:04d}" for i in range(300)]
    for d in docs:
        _score().check_doc(d)
        assert d["pii"], d["id"]
        for item in d["pii"]:
            assert item["label"] in LABELS, (d["id"], item)
            if re.search(r"[a-z]{3,}", item["text"]):
                continue  # said in words ("NL 88 TRIO acht drie zes ..."): the set's own gate checks it
            digits = re.sub(r"[\s.\-]", "", item["text"]).upper()
            if item["label"] == "BSN" and digits.isdigit():
                assert _eleven_test(digits.zfill(9)), (d["id"], item)
            if item["label"] == "IBAN" and digits.isalnum() and digits[:2].isalpha() and digits[2:4].isdigit():
                assert _mod97(digits), (d["id"], item)


@pytest.mark.parametrize("s", SETS)
def test_known_names_every_fourth_document(s: str) -> None:
    """Documents 1, 5, 9, ... pass the resident's name, and it (or a part of it) is in the text."""
    for i, d in enumerate(_docs(s)):
        assert ("known" in d) == (i % 4 == 1), d["id"]
        if "known" in d:
            name = d["known"]["names"][0]
            parts = [w for w in re.split(r"[\s\-]+", name) if len(w) > 2]
            assert any(p.lower() in d["text"].lower() for p in parts), (d["id"], name)


@pytest.mark.parametrize("s", SETS)
def test_every_document_passes_its_generators_gate(s: str) -> None:
    gen = _load(f"blind13_make_{s}", HERE / s / f"make_{s}.py")
    bad = [(d["id"], r) for d in _docs(s) if (r := gen.gate(d)) is not None]
    assert not bad, bad[:5]
