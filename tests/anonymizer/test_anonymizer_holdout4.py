"""Corpus holdout4 (tests/anonymizer/holdout4/), held out until it became a development set in round five.

Each file is fed once to the real CLI (`python -m anonymizer --jsonl`, module-scoped) and scored with the
leak and keep rules of the shared scorer (../shared/tools/score_anonymizer.py, imported from its file). The
targets still missed are xfail (not strict): they report progress and never block the suite; the checks that hold
since round five are plain tests (``HOLDS``). That the files are exactly
what the deterministic generator writes (so they pass its annotation self-check) is a hard test.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "holdout4"
SCORER = ROOT.parent / "shared" / "tools" / "score_anonymizer.py"
NAMES = ["holdout4_shapes.jsonl", "holdout4_known.jsonl", "holdout4_structured.jsonl"]
STRUCTURED_LABELS = ("POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "DATE_OF_BIRTH", "LICENSE_PLATE", "CASE_NUMBER")
HELD_OUT = pytest.mark.xfail(strict=False, reason="held-out target of issue 10")
# holdout4 became a development set on 2026-12-03 (round five, see its README): the checks that hold since are plain
# tests, the rest stay xfail (not strict).
HOLDS = {
    "overall": {"holdout4_structured.jsonl"},
    "person": {"holdout4_structured.jsonl"},
    "structured": {"holdout4_shapes.jsonl", "holdout4_known.jsonl"},
    "keep": {"holdout4_shapes.jsonl", "holdout4_structured.jsonl"},
}


def _files(check: str) -> list:
    return [name if name in HOLDS.get(check, set()) else pytest.param(name, marks=HELD_OUT) for name in NAMES]


@dataclass
class Score:
    """Per-label totals and leaks, and the keep tally, of one corpus file."""

    total: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    kept: int = 0
    keep_total: int = 0

    def leak_rate(self, label: str | None = None) -> float:
        if label is None:
            return sum(self.leaks.values()) / max(sum(self.total.values()), 1)
        return self.leaks[label] / max(self.total[label], 1)

    @property
    def keep_rate(self) -> float:
        return self.kept / max(self.keep_total, 1)


def _load_scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER}: the ../shared folder is missing on this machine")
    spec = importlib.util.spec_from_file_location("h4_shared_scorer", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(name: str) -> Score:
    scorer = _load_scorer()
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    feed = "".join(
        json.dumps(
            {"id": d["id"], "text": d["text"], **({"known": d["known"]} if "known" in d else {})}, ensure_ascii=False
        )
        + "\n"
        for d in docs
    )
    proc = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"],
        input=feed,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    outs: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            row = json.loads(line)
            outs[row["id"]] = row["text"]
    assert set(outs) == {d["id"] for d in docs}, "the anonymizer must answer every document"
    score = Score()
    for d in docs:
        out = outs[d["id"]]
        for item in d["pii"]:
            score.total[item["label"]] += 1
            score.leaks[item["label"]] += bool(scorer.leaked(item, out))
        for word in d["keep"]:
            score.keep_total += 1
            score.kept += word.lower() in out.lower()
    return score


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    _load_scorer()
    return {name: _run(name) for name in NAMES}


def test_files_are_what_the_generator_writes() -> None:
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "make_holdout4.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_sizes_and_labels() -> None:
    sizes = {n: sum(1 for line in (CORPUS / n).read_text(encoding="utf-8").splitlines() if line.strip()) for n in NAMES}
    assert sizes == {"holdout4_shapes.jsonl": 350, "holdout4_known.jsonl": 150, "holdout4_structured.jsonl": 200}
    labels = {
        i["label"]
        for n in NAMES
        for line in (CORPUS / n).read_text(encoding="utf-8").splitlines()
        for i in json.loads(line)["pii"]
    }
    assert labels == {"PERSON", "ADDRESS", *STRUCTURED_LABELS}


@pytest.mark.parametrize("name", _files("overall"))
def test_leak_rate_overall(scores: dict[str, Score], name: str) -> None:
    assert scores[name].leak_rate() <= 0.005


@pytest.mark.parametrize("name", _files("person"))
def test_leak_rate_person(scores: dict[str, Score], name: str) -> None:
    assert scores[name].leak_rate("PERSON") <= 0.005


@pytest.mark.parametrize("name", _files("structured"))
def test_no_structured_identifier_leaks(scores: dict[str, Score], name: str) -> None:
    leaked = {label: scores[name].leaks[label] for label in STRUCTURED_LABELS if scores[name].leaks[label]}
    assert leaked == {}


@pytest.mark.parametrize("name", _files("keep"))
def test_keep_rate(scores: dict[str, Score], name: str) -> None:
    assert scores[name].keep_rate >= 0.98


@HELD_OUT
def test_leak_rate_all_files_together(scores: dict[str, Score]) -> None:
    total = sum((s.total for s in scores.values()), Counter())
    leaks = sum((s.leaks for s in scores.values()), Counter())
    assert sum(leaks.values()) / sum(total.values()) <= 0.005
