"""The fresh11c corpus (helper H6, round ten, written blind: the case work of mediators and officials): the file
matches the seeded generator, every document passes the annotation gate, and (not required to pass) the anonymizer
CLI is scored on it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent / "fresh11c"
ROOT = Path(__file__).resolve().parents[2]
FILES = ("fresh11c_cases.jsonl",)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fresh11c", HERE / "make_fresh11c.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_files_match() -> None:
    """Regenerating in memory gives byte-identical files."""
    proc = subprocess.run(
        [sys.executable, str(HERE / "make_fresh11c.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_gate_holds_on_committed_files() -> None:
    """Every committed document passes the gate: pii as written, nothing leaks once blanked, keep words survive,
    labels valid, BSN and IBAN check digits right, no keep word shares a word with a name, known data annotated."""
    gen = _generator()
    docs = _docs(FILES[0])
    assert len(docs) >= 300
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    labels = set()
    for d in docs:
        assert set(d) <= {"id", "text", "pii", "keep", "known"}
        assert d["keep"], d["id"]
        assert gen.gate(d, "known" in d) is None, (d["id"], gen.gate(d, "known" in d))
        labels |= {i["label"] for i in d["pii"]}
    assert labels == gen.LABELS
    assert sum("known" in d for d in docs) >= 50


def test_gate_rejects_bad_annotations() -> None:
    """The gate catches a missing string, a name left in the text, a keep word sharing a name word, bad check
    digits, an unknown label, a title inside a name and an unannotated known name."""
    gen = _generator()
    doc = {
        "id": "x",
        "text": "Mevrouw Vos belt over de tuin.",
        "pii": [{"text": "Vos", "label": "PERSON"}],
        "keep": ["tuin"],
    }
    assert gen.gate(doc, False) is None
    assert gen.gate({**doc, "pii": [{"text": "Vosje", "label": "PERSON"}]}, False)
    left = {**doc, "text": "Anna Vos belt. Vos wacht in de tuin.", "pii": [{"text": "Anna Vos", "label": "PERSON"}]}
    assert gen.gate(left, False)
    assert gen.gate({**doc, "text": "Mevrouw Vos belt over de vos.", "keep": ["vos"]}, False)
    assert gen.gate({**doc, "pii": [{"text": "Vos", "label": "NAME"}]}, False)
    assert gen.gate({**doc, "pii": [{"text": "Mevrouw Vos", "label": "PERSON"}]}, False)
    assert gen.gate(doc, True)  # no known record
    assert gen.gate({**doc, "known": {"names": ["Piet Haas"]}}, True)
    assert gen.gate({**doc, "known": {"names": ["Anna Vos"]}}, True) is None
    bad = {
        "id": "y",
        "text": "BSN 123456789, IBAN NL00ABNA0123456789.",
        "pii": [{"text": "123456789", "label": "BSN"}, {"text": "NL00ABNA0123456789", "label": "IBAN"}],
        "keep": [],
    }
    found = gen.problems(bad)
    assert any("BSN" in p for p in found) and any("IBAN" in p for p in found)


def test_self_check_identifiers() -> None:
    """The generator's own identifiers pass their checks."""
    import random

    gen = _generator()
    r = random.Random(7)
    assert all(gen.bsn_ok(gen.bsn(r)) for _ in range(200))
    assert all(gen.iban_ok(gen.iban(r)) for _ in range(200))
    assert gen.bsn_ok("111222333") and not gen.bsn_ok("111222334")
    assert gen.iban_ok("NL91 ABNA 0417 1643 00") and not gen.iban_ok("NL92ABNA0417164300")


@pytest.mark.xfail(strict=False, reason="measurement of the anonymizer on a blind corpus, not a requirement")
@pytest.mark.parametrize("name", FILES)
def test_anonymizer_scores(name: str) -> None:
    """The anonymizer CLI leaks no structured identifier and few names, and keeps the keep words."""
    gen = _generator()
    docs = _docs(name)
    res = gen.SCORE.score(docs, gen.SCORE.cli_outputs(docs, ROOT, timeout=900))
    assert res["structured_leaks"] == 0, res
    assert res["person_leak_rate"] <= 0.02, res
    assert res["keep_rate"] >= 0.98, res
