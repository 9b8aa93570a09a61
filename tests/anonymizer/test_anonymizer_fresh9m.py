"""The fresh9m corpus (helper H5, round nine, written blind): the files match the seeded generator, every document
passes the annotation gate, and (not required to pass) the anonymizer CLI is scored on it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent / "fresh9m"
ROOT = Path(__file__).resolve().parents[2]
FILES = ("fresh9m_mail.jsonl", "fresh9m_articles.jsonl")


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fresh9m", HERE / "make_fresh9m.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_files_match_generator() -> None:
    """Regenerating in memory gives byte-identical files."""
    proc = subprocess.run(
        [sys.executable, str(HERE / "make_fresh9m.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_annotation_gate_holds_on_committed_files() -> None:
    """Every committed document passes the gate: pii as written, nothing leaks once blanked, keep words survive,
    labels valid, BSN and IBAN check digits right, no keep word shares a word with a name."""
    gen = _generator()
    mail, articles = _docs(FILES[0]), _docs(FILES[1])
    assert len(mail) >= 200 and len(articles) >= 200
    ids = [d["id"] for d in mail + articles]
    assert len(ids) == len(set(ids))
    for d in mail + articles:
        assert set(d) <= {"id", "text", "pii", "keep", "known"}
        assert not gen.problems(d), (d["id"], gen.problems(d))


def test_gate_rejects_bad_annotations() -> None:
    """The gate catches a missing string, a name left in the text, a keep word sharing a name word, bad check
    digits and an unknown label."""
    gen = _generator()
    doc = {
        "id": "x",
        "text": "Mevrouw Vos belt over de tuin.",
        "pii": [{"text": "Vos", "label": "PERSON"}],
        "keep": ["tuin"],
    }
    assert not gen.problems(doc)
    assert gen.problems({**doc, "pii": [{"text": "Vosje", "label": "PERSON"}]})
    left = {**doc, "text": "Anna Vos belt. Vos wacht in de tuin.", "pii": [{"text": "Anna Vos", "label": "PERSON"}]}
    assert gen.problems(left)
    assert gen.problems({**doc, "text": "Mevrouw Vos belt over de vos.", "keep": ["vos"]})
    assert gen.problems({**doc, "pii": [{"text": "Vos", "label": "NAME"}]})
    bad = {
        "id": "y",
        "text": "BSN 123456789, IBAN NL00ABNA0123456789.",
        "pii": [{"text": "123456789", "label": "BSN"}, {"text": "NL00ABNA0123456789", "label": "IBAN"}],
        "keep": [],
    }
    found = gen.problems(bad)
    assert any("BSN" in p for p in found) and any("IBAN" in p for p in found)


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
