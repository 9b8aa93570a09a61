"""The corpora written blind in round ten (fresh10: helper H2, knowledge-base drafts and notes; fresh11w: H5, texts
residents write; fresh11c: H6, the case work of mediators and officials). For each: the files match the seeded
generator, every document passes the annotation gate, the gate rejects bad annotations, the generator's identifiers
pass their checks, and (not required to pass) the anonymizer CLI is scored on it."""

from __future__ import annotations

import functools
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]
# Each set: its files with the least number of documents each, the least number with a request's known data, and
# the least number of writers' voices (read from the ids), where the set has them.
SETS: dict[str, dict] = {
    "fresh10": {"files": {"fresh10_kb.jsonl": 300, "fresh10_notes.jsonl": 200}, "known": 50},
    "fresh11w": {"files": {"fresh11w_residents.jsonl": 300}, "known": 40, "voices": 8},
    "fresh11c": {"files": {"fresh11c_cases.jsonl": 300}, "known": 50},
}
FILES = [(s, name) for s, spec in SETS.items() for name in spec["files"]]


@functools.cache
def _generator(s: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"make_{s}", HERE / s / f"make_{s}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(s: str, name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / s / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("s", list(SETS))
def test_generator_files_match(s: str) -> None:
    """Regenerating in memory gives byte-identical files."""
    proc = subprocess.run(
        [sys.executable, str(HERE / s / f"make_{s}.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("s", list(SETS))
def test_gate_holds_on_committed_files(s: str) -> None:
    """Every committed document passes the gate: pii as written, nothing leaks once blanked, keep words survive,
    labels valid, BSN and IBAN check digits right, no keep word shares a word with a name, known data annotated."""
    gen, spec = _generator(s), SETS[s]
    docs: list[dict] = []
    for name, least in spec["files"].items():
        got = _docs(s, name)
        assert len(got) >= least, name
        docs += got
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    labels = set()
    for d in docs:
        assert set(d) <= {"id", "text", "pii", "keep", "known"}
        assert d["keep"], d["id"]
        assert gen.gate(d, "known" in d) is None, (d["id"], gen.gate(d, "known" in d))
        labels |= {i["label"] for i in d["pii"]}
    assert labels == gen.LABELS
    assert sum("known" in d for d in docs) >= spec["known"]
    if "voices" in spec:
        assert len({d["id"].split("-")[1] for d in docs}) >= spec["voices"]


@pytest.mark.parametrize("s", list(SETS))
def test_gate_rejects_bad_annotations(s: str) -> None:
    """The gate catches a missing string, a name left in the text, a keep word sharing a name word, bad check
    digits, an unknown label, a title inside a name and an unannotated known name."""
    gen = _generator(s)
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
    if s == "fresh11w":  # its gate asks every known name to stand in the text
        assert gen.gate({**doc, "known": {"names": ["Vos"]}}, True) is None
        mail = {
            "id": "m",
            "text": "Mail anna.vos@live.nl of bel Anna Vos in de tuin.",
            "pii": [{"text": "Anna Vos", "label": "PERSON"}],
            "keep": ["tuin"],
        }
        assert gen.gate(mail, False)  # the e-mail holding the name is not annotated
    else:
        assert gen.gate({**doc, "known": {"names": ["Anna Vos"]}}, True) is None
    bad = {
        "id": "y",
        "text": "BSN 123456789, IBAN NL00ABNA0123456789.",
        "pii": [{"text": "123456789", "label": "BSN"}, {"text": "NL00ABNA0123456789", "label": "IBAN"}],
        "keep": [],
    }
    found = gen.problems(bad)
    assert any("BSN" in p for p in found) and any("IBAN" in p for p in found)


@pytest.mark.parametrize("s", list(SETS))
def test_self_check_identifiers(s: str) -> None:
    """The generator's own identifiers pass their checks, in every written form the generator has."""
    gen = _generator(s)
    r = random.Random(7)
    assert all(gen.bsn_ok(gen.bsn(r)) for _ in range(200))
    assert all(gen.iban_ok(gen.iban(r)) for _ in range(200))
    if hasattr(gen, "bsn_written"):
        assert all(gen.bsn_ok(gen.bsn_written(r)) for _ in range(200))
        assert all(gen.iban_ok(gen.iban_written(r)) for _ in range(200))
    assert gen.bsn_ok("111222333") and not gen.bsn_ok("111222334")
    assert gen.iban_ok("NL91 ABNA 0417 1643 00") and not gen.iban_ok("NL92ABNA0417164300")


@pytest.mark.xfail(strict=False, reason="measurement of the anonymizer on a blind corpus, not a requirement")
@pytest.mark.parametrize(("s", "name"), FILES)
def test_anonymizer_scores(s: str, name: str) -> None:
    """The anonymizer CLI leaks no structured identifier and few names, and keeps the keep words."""
    gen = _generator(s)
    docs = _docs(s, name)
    res = gen.SCORE.score(docs, gen.SCORE.cli_outputs(docs, ROOT, timeout=900))
    assert res["structured_leaks"] == 0, res
    assert res["person_leak_rate"] <= 0.02, res
    assert res["keep_rate"] >= 0.98, res
