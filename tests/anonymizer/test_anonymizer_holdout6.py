"""Holdout6: a held-out corpus written in the style of the three shared dev files (issue 10).

Nobody tunes the anonymizer to these files; they measure it. One CLI run per file, scored with the shared
scorer's own leak/keep logic (../shared/tools/score_anonymizer.py).
"""

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "holdout6"
SCORER = ROOT.parent / "shared" / "tools" / "score_anonymizer.py"
FILES = ["holdout6_dev2style.jsonl", "holdout6_devstyle.jsonl", "holdout6_known.jsonl", "holdout6_structured.jsonl"]
STRUCTURED = {"BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH"}
XFAIL = pytest.mark.xfail(strict=False, reason="held-out target of issue 10")


def _scorer():
    if not SCORER.exists():
        pytest.skip("../shared/tools/score_anonymizer.py is missing (the shared folder is not beside the repo)")
    spec = importlib.util.spec_from_file_location("score_anonymizer_h6", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module", params=FILES)
def scored(request):
    scorer = _scorer()
    docs = [json.loads(line) for line in (HERE / request.param).read_text("utf-8").splitlines() if line.strip()]
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
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    outs = {o["id"]: o["text"] for o in map(json.loads, proc.stdout.splitlines()) if o}
    total, leaks, kept, keep_total = Counter(), Counter(), 0, 0
    for d in docs:
        out = outs[d["id"]]
        for item in d["pii"]:
            total[item["label"]] += 1
            leaks[item["label"]] += scorer.leaked(item, out)
        for w in d["keep"]:
            keep_total += 1
            kept += w.lower() in out.lower()
    return {"file": request.param, "total": total, "leaks": leaks, "keep_rate": kept / max(keep_total, 1)}


@XFAIL
def test_overall_leak_rate(scored):
    assert sum(scored["leaks"].values()) / sum(scored["total"].values()) <= 0.005


@XFAIL
def test_person_leak_rate(scored):
    assert scored["leaks"]["PERSON"] / max(scored["total"]["PERSON"], 1) <= 0.005


@XFAIL
def test_no_structured_identifier_leaks(scored):
    assert {lab: n for lab, n in scored["leaks"].items() if lab in STRUCTURED and n} == {}


@XFAIL
def test_keep_rate(scored):
    assert scored["keep_rate"] >= 0.98


def test_committed_files_equal_generator_output():
    proc = subprocess.run([sys.executable, str(HERE / "make_holdout6.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_annotation_self_check():
    sys.path.insert(0, str(HERE))
    try:
        spec = importlib.util.spec_from_file_location("make_holdout6", HERE / "make_holdout6.py")
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
    finally:
        sys.path.remove(str(HERE))
    for name in FILES:
        for line in (HERE / name).read_text("utf-8").splitlines():
            d = json.loads(line)
            assert gen.problems(d) == [], d["id"]
