"""The anonymizer on the second held-out corpus (tests/anonymizer/holdout2/), a development set since round four
(2026-12-03: its failures were read and fixed by shape; see its README); the honest held-out set is holdout3.

The corpus tests check that the committed files are exactly what the deterministic generator writes (so its
annotation self-check holds for them) and that they are well formed. The score tests run the real command line,
``python -m anonymizer --jsonl``, on each file and judge leaks and keeps with the shared scorer's own ``leaked``
(../shared/tools/score_anonymizer.py, imported when present; otherwise the faithful copy in holdout2/h2_core.py).
Targets of issue 10, per file and over all three: leak_rate <= 0.005 overall and for PERSON, no structured
identifier leaked, keep_rate >= 0.98; all four hold since round four, so they are plain tests (no longer xfail).
Failure messages give figures per label only (the habit of a held-out set, kept).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT = Path(__file__).resolve().parent / "holdout2"
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_anonymizer.py"
FILES = ["holdout2_shapes.jsonl", "holdout2_known.jsonl", "holdout2_structured.jsonl"]
LABELS = {"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "DATE_OF_BIRTH", "LICENSE_PLATE",
          "CASE_NUMBER"}  # fmt: skip
STRUCTURED = LABELS - {"PERSON", "ADDRESS"}


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _own_leaked() -> Callable[[dict, str], bool]:
    sys.path.insert(0, str(HOLDOUT))
    try:
        return _load(HOLDOUT / "h2_core.py", "h2_core_for_test").leaked
    finally:
        sys.path.remove(str(HOLDOUT))


def _docs(name: str) -> list[dict]:
    with open(HOLDOUT / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---------------------------------------------------------------- the corpus itself
def test_committed_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(HOLDOUT / "make_holdout2.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    for name in FILES:
        fresh = (tmp_path / name).read_bytes()
        assert fresh == (HOLDOUT / name).read_bytes(), f"{name} differs from a fresh run of make_holdout2.py"


@pytest.mark.parametrize("name", FILES)
def test_corpus_is_well_formed(name: str) -> None:
    docs = _docs(name)
    assert len(docs) >= 150
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert set(d) <= {"id", "text", "pii", "keep", "known"}
        assert d["pii"] and d["keep"]
        for item in d["pii"]:
            assert item["label"] in LABELS
            assert item["text"] and item["text"] in d["text"]
        for word in d["keep"]:
            assert word and word in d["text"]
        if name == "holdout2_known.jsonl":
            assert d["known"]["names"]
        else:
            assert "known" not in d


def test_identifiers_are_valid() -> None:
    """BSNs pass the eleven-test, IBANs the mod-97 check; plates and postcodes have Dutch shapes."""
    plate = re.compile(r"[A-Z\d]{1,3}[- ]?[A-Z\d]{1,3}[- ]?[A-Z\d]{1,3}")
    seen = Counter()
    for name in FILES:
        for d in _docs(name):
            for item in d["pii"]:
                text, label = item["text"], item["label"]
                seen[label] += 1
                if label == "BSN":
                    digits = re.sub(r"\D", "", text)
                    assert len(digits) == 9
                    assert sum(int(c) * w for c, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11 == 0
                elif label == "IBAN":
                    compact = re.sub(r"\s", "", text).upper()
                    assert int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1
                elif label == "POSTCODE":
                    assert re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", text)
                elif label == "LICENSE_PLATE":
                    assert plate.fullmatch(text.upper()) and len(re.sub(r"[- ]", "", text)) == 6
    assert all(seen[label] >= 15 for label in LABELS), seen


def test_the_copy_of_the_scorer_rule_matches_the_shared_scorer() -> None:
    if not SHARED_SCORER.exists():
        pytest.skip(f"{SHARED_SCORER} is not on this machine (the shared folder sits next to the repository)")
    shared, own = _load(SHARED_SCORER, "shared_score_anonymizer").leaked, _own_leaked()
    for name in FILES:
        for d in _docs(name):
            half = d["text"][: len(d["text"]) // 2]
            for item in d["pii"]:
                for out in (d["text"], half, "", item["text"].lower(), item["text"].upper()):
                    assert shared(item, out) == own(item, out)


def test_no_name_street_or_sentence_of_the_shared_dev_files() -> None:
    """Written independently: no full name, street or six-word sequence of ../shared/data/pii_*.jsonl."""
    dev_files = sorted((ROOT.parent / "shared" / "data").glob("pii_*.jsonl"))
    if not dev_files:
        pytest.skip("../shared/data is not on this machine")
    dev = [json.loads(line) for f in dev_files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev_text = " ".join(d["text"] for d in dev).lower()
    ours = [d for name in FILES for d in _docs(name)]

    def street(item: dict) -> str:
        return re.sub(r"\s*\d.*$", "", item["text"]).lower()

    def grams(text: str) -> set[str]:
        words = re.findall(r"\w+", text.lower())
        return {" ".join(words[i : i + 6]) for i in range(len(words) - 5)}

    full_names = {i["text"].lower() for d in ours for i in d["pii"] if i["label"] == "PERSON" and " " in i["text"]}
    full_names = {n for n in full_names if "," not in n and len(n) > 6}
    assert not [n for n in full_names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", dev_text)]
    streets = {street(i) for d in ours for i in d["pii"] if i["label"] == "ADDRESS"}
    assert not [s for s in streets if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", dev_text)]
    dev_grams = set().union(*(grams(d["text"]) for d in dev))
    assert not set().union(*(grams(d["text"]) for d in ours)) & dev_grams


# ---------------------------------------------------------------- scores of the anonymizer
@pytest.fixture(scope="module")
def leaked_rule() -> Callable[[dict, str], bool]:
    if SHARED_SCORER.exists():
        return _load(SHARED_SCORER, "shared_score_anonymizer").leaked
    return _own_leaked()


@pytest.fixture(scope="module")
def scores(leaked_rule: Callable[[dict, str], bool]) -> dict[str, dict]:
    """Per file: pii total and leaks per label, keep total and kept (counts only)."""
    result = {}
    for name in FILES:
        docs = _docs(name)
        feed = "".join(
            json.dumps({k: d[k] for k in ("id", "text", "known") if k in d}, ensure_ascii=False) + "\n" for d in docs
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
        assert set(outs) == {d["id"] for d in docs}, "the anonymizer returned no output for some documents"
        total, leaks, kept, keep_total = Counter(), Counter(), 0, 0
        for d in docs:
            out = outs[d["id"]]
            for item in d["pii"]:
                total[item["label"]] += 1
                leaks[item["label"]] += leaked_rule(item, out)
            keep_total += len(d["keep"])
            kept += sum(w.lower() in out.lower() for w in d["keep"])
        result[name] = {"total": total, "leaks": leaks, "kept": kept, "keep_total": keep_total}
    result["all"] = {
        "total": sum((r["total"] for r in result.values()), Counter()),
        "leaks": sum((r["leaks"] for r in result.values()), Counter()),
        "kept": sum(r["kept"] for r in result.values()),
        "keep_total": sum(r["keep_total"] for r in result.values()),
    }
    return result


def _figures(s: dict) -> str:
    return ", ".join(f"{label} {s['leaks'][label]}/{n}" for label, n in sorted(s["total"].items()))


@pytest.mark.parametrize("name", [*FILES, "all"])
def test_leak_rate_overall(scores: dict, name: str) -> None:
    s = scores[name]
    rate = sum(s["leaks"].values()) / sum(s["total"].values())
    assert rate <= 0.005, f"leak_rate {rate:.4f} ({_figures(s)})"


@pytest.mark.parametrize("name", [*FILES, "all"])
def test_leak_rate_person(scores: dict, name: str) -> None:
    s = scores[name]
    rate = s["leaks"]["PERSON"] / s["total"]["PERSON"]
    assert rate <= 0.005, f"PERSON leak_rate {rate:.4f} ({s['leaks']['PERSON']}/{s['total']['PERSON']})"


@pytest.mark.parametrize("name", [*FILES, "all"])
def test_no_structured_identifier_leaks(scores: dict, name: str) -> None:
    s = scores[name]
    leaked = {label: s["leaks"][label] for label in STRUCTURED if s["leaks"][label]}
    assert not leaked, f"structured identifiers leaked: {leaked} ({_figures(s)})"


@pytest.mark.parametrize("name", [*FILES, "all"])
def test_keep_rate(scores: dict, name: str) -> None:
    s = scores[name]
    rate = s["kept"] / s["keep_total"]
    assert rate >= 0.98, f"keep_rate {rate:.4f} ({s['kept']}/{s['keep_total']})"
