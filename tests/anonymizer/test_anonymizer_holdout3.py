"""Held-out corpus holdout3 (tests/anonymizer/holdout3/): the targets of issue 10 on text nobody tuned to.

One CLI run per file (module-scoped), scored with the shared scorer's own leak rule
(../shared/tools/score_anonymizer.py). The targets still missed are marked xfail (not strict): they report progress
and never block the suite; the checks that hold since holdout3 became a development set are plain tests (HOLDS).
That the files are exactly what the generator writes (and so pass its annotation self-check) is a hard test.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "holdout3"
SCORER = ROOT.parent / "shared" / "tools" / "score_anonymizer.py"
FILES = ["holdout3_shapes.jsonl", "holdout3_known.jsonl", "holdout3_structured.jsonl"]
STRUCTURED = {"POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "DATE_OF_BIRTH", "LICENSE_PLATE", "CASE_NUMBER"}
TARGET = pytest.mark.xfail(strict=False, reason="held-out target of issue 10")
# Checks that hold since round four (holdout3 became a development set on 2026-12-03) or five: plain tests; the rest
# xfail.
HOLDS = {
    "overall": {"holdout3_known.jsonl"},
    "person": set(),
    "structured": {"holdout3_known.jsonl", "holdout3_structured.jsonl"},
    "keep": {"holdout3_shapes.jsonl", "holdout3_known.jsonl", "holdout3_structured.jsonl"},
}


def _files(check: str) -> list:
    return [name if name in HOLDS[check] else pytest.param(name, marks=TARGET) for name in FILES]


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer {SCORER} is not here (../shared is missing)")
    spec = importlib.util.spec_from_file_location("score_anonymizer", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(name: str) -> dict:
    scorer = _scorer()
    docs = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
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
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    outs = {o["id"]: o["text"] for o in map(json.loads, filter(str.strip, proc.stdout.splitlines()))}
    assert set(outs) == {d["id"] for d in docs}
    total, leaks, kept, keep_total = Counter(), Counter(), 0, 0
    for d in docs:
        out = outs[d["id"]]
        for item in d["pii"]:
            total[item["label"]] += 1
            leaks[item["label"]] += bool(scorer.leaked(item, out))
        keep_total += len(d["keep"])
        kept += sum(w.lower() in out.lower() for w in d["keep"])
    return {"total": total, "leaks": leaks, "keep_rate": kept / max(keep_total, 1)}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    return {}


def _get(scores: dict, name: str) -> dict:
    if name not in scores:
        scores[name] = _score(name)
    return scores[name]


def _summary(s: dict) -> str:
    return ", ".join(f"{k} {s['leaks'][k]}/{v}" for k, v in sorted(s["total"].items()))


@pytest.mark.parametrize("name", _files("overall"))
def test_overall_leak_rate(scores: dict, name: str) -> None:
    s = _get(scores, name)
    rate = sum(s["leaks"].values()) / sum(s["total"].values())
    assert rate <= 0.005, f"leak_rate {rate:.4f} ({_summary(s)})"


@pytest.mark.parametrize("name", _files("person"))
def test_person_leak_rate(scores: dict, name: str) -> None:
    s = _get(scores, name)
    rate = s["leaks"]["PERSON"] / max(s["total"]["PERSON"], 1)
    assert rate <= 0.005, f"PERSON leak_rate {rate:.4f}"


@pytest.mark.parametrize("name", _files("structured"))
def test_no_structured_identifier_leaks(scores: dict, name: str) -> None:
    s = _get(scores, name)
    leaked = {k: v for k, v in s["leaks"].items() if k in STRUCTURED and v}
    assert not leaked, f"structured identifiers leaked: {leaked}"


@pytest.mark.parametrize("name", _files("keep"))
def test_keep_rate(scores: dict, name: str) -> None:
    s = _get(scores, name)
    assert s["keep_rate"] >= 0.98, f"keep_rate {s['keep_rate']:.4f}"


def test_files_are_what_the_generator_writes() -> None:
    """Deterministic (seed 4042026) and every document passed the annotation self-check."""
    proc = subprocess.run(
        [sys.executable, str(HERE / "make_holdout3.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
