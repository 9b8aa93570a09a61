"""holdout9: a held-out corpus written in round nine (helper H1); see tests/anonymizer/holdout9/README.md.

Two groups check the corpus itself (``-k "generator or self"``); the third runs ``python -m anonymizer --jsonl`` once
per file and measures it against the targets (marked xfail: they measure, they do not block).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "holdout9"
GENERATOR = HERE / "make_holdout9.py"
FILES = ["holdout9_articles.jsonl", "holdout9_mail.jsonl", "holdout9_known.jsonl", "holdout9_mixed.jsonl"]
STRUCTURED = ["BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH"]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_files_match_generator() -> None:
    """The committed files are exactly what the seeded generator writes."""
    proc = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("name", FILES)
def test_self_check_annotation_gate(name: str) -> None:
    """Every document passes the generator's annotation gate (complete relative to the scorer, keeps survive)."""
    gen = _load("make_holdout9_for_test", GENERATOR)
    docs = _docs(name)
    assert docs
    bad = [d["id"] for d in docs if gen.gate(d, name == "holdout9_known.jsonl") is not None]
    assert not bad, bad[:10]


@functools.cache
def _scored(name: str) -> dict:
    """One CLI run over ``name``, scored with corpora/score.py's ``score()``."""
    score = _load("score_for_holdout9", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
    docs = _docs(name)
    outputs = score.cli_outputs(docs, ROOT, timeout=600)
    assert set(outputs) == {d["id"] for d in docs}
    return score.score(docs, outputs)


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize("name", FILES)
def test_holdout9_leak_rate(name: str) -> None:
    """Overall leak rate at most 0.005."""
    assert _scored(name)["leak_rate"] <= 0.005


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize("name", FILES)
def test_holdout9_person_leak_rate(name: str) -> None:
    """PERSON leak rate at most 0.005."""
    assert _scored(name)["person_leak_rate"] <= 0.005


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize("label", STRUCTURED)
@pytest.mark.parametrize("name", FILES)
def test_holdout9_structured_leaks(name: str, label: str) -> None:
    """No structured identifier of ``label`` leaks."""
    assert _scored(name)["leaks"].get(label, 0) == 0


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize("name", FILES)
def test_holdout9_keep_rate(name: str) -> None:
    """At least 98% of the keep words survive."""
    assert _scored(name)["keep_rate"] >= 0.98
