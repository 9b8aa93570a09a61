"""holdout7, the held-out corpus of round seven: the files match their generator, and the anonymizer's CLI is
scored on them once per file against the project targets (leak rate <= 0.005 overall and for PERSON, no
structured identifier leaked, keep rate >= 0.98). The targets are xfail(strict=False): they measure, they do
not block.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT = Path(__file__).resolve().parent / "holdout7"
FILES = [
    "holdout7_dev2style.jsonl",
    "holdout7_devstyle.jsonl",
    "holdout7_known.jsonl",
    "holdout7_structured.jsonl",
]

_spec = importlib.util.spec_from_file_location("_h7_score", Path(__file__).resolve().parent / "corpora" / "score.py")
assert _spec is not None and _spec.loader is not None
score_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_mod)


def test_files_match_generator() -> None:
    """The committed .jsonl files are exactly what make_holdout7.py (seed 3122026) writes."""
    proc = subprocess.run(
        [sys.executable, str(HOLDOUT / "make_holdout7.py"), "--check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def _docs(name: str) -> list[dict]:
    with open(HOLDOUT / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@cache
def _scored(name: str) -> dict:
    """One run of ``python -m anonymizer --jsonl`` on the file (with "known" where given), scored as the
    shared scorer scores it."""
    docs = _docs(name)
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
    missing = [d["id"] for d in docs if d["id"] not in outs]
    assert not missing, f"no output for {len(missing)} documents"
    return score_mod.score(docs, outs)


@pytest.mark.parametrize("name", FILES)
def test_corpus_is_well_formed(name: str) -> None:
    """Every document passes the corpus self-check (pii occurs, blanking it leaves no leak, keeps survive)."""
    docs = _docs(name)
    assert docs
    for d in docs:
        score_mod.check_doc(d)


@pytest.mark.xfail(strict=False, reason="target: leak rate <= 0.005 on held-out text")
@pytest.mark.parametrize("name", FILES)
def test_leak_rate(name: str) -> None:
    s = _scored(name)
    assert s["leak_rate"] <= 0.005, f"leak_rate {s['leak_rate']:.4f}"


@pytest.mark.xfail(strict=False, reason="target: PERSON leak rate <= 0.005 on held-out text")
@pytest.mark.parametrize("name", FILES)
def test_person_leak_rate(name: str) -> None:
    s = _scored(name)
    assert s["person_leak_rate"] <= 0.005, f"PERSON leak rate {s['person_leak_rate']:.4f}"


@pytest.mark.xfail(strict=False, reason="target: no structured identifier leaks")
@pytest.mark.parametrize("name", FILES)
def test_no_structured_leak(name: str) -> None:
    s = _scored(name)
    assert s["structured_leaks"] == 0, f"{s['structured_leaks']} structured identifiers leaked"


@pytest.mark.xfail(strict=False, reason="target: keep rate >= 0.98")
@pytest.mark.parametrize("name", FILES)
def test_keep_rate(name: str) -> None:
    s = _scored(name)
    assert s["keep_rate"] >= 0.98, f"keep_rate {s['keep_rate']:.4f}"
