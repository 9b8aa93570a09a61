"""The anonymizer on held-out text (issue 10): corpora it was never tuned on, scored like the shared scorer.

The corpora in tests/anonymizer/holdout/ are written by make_holdout.py (see its README). The first tests check the
corpora themselves (deterministic, exactly annotated, scored the same way as the shared scorer); the last ones run
``python -m anonymizer --jsonl`` on each file and hold it to the issue's targets. Failure messages give ids and
counts per label only, never corpus text (no assert compares corpus strings), so the files stay held out.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT = Path(__file__).resolve().parent / "holdout"
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_anonymizer.py"
FILES = ["holdout_shapes.jsonl", "holdout_known.jsonl", "holdout_structured.jsonl"]
LABELS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "DATE_OF_BIRTH",
    "LICENSE_PLATE",
    "CASE_NUMBER",
}
TARGET_LEAK, TARGET_KEEP = 0.005, 0.98
NOT_YET = pytest.mark.xfail(strict=False, reason="issue 10 target on held-out text; remove this mark once met")


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up here
    spec.loader.exec_module(mod)
    return mod


gen = _module(HOLDOUT / "make_holdout.py", "holdout_make_holdout")
scoring = _module(HOLDOUT / "scoring.py", "holdout_scoring")


def _docs(fname: str) -> list[dict]:
    return [json.loads(line) for line in (HOLDOUT / fname).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict]:
    """Anonymized text per document id, for each corpus, from one run of the CLI per file."""
    result = {}
    for fname in FILES:
        feed = "".join(
            json.dumps(
                {"id": d["id"], "text": d["text"], **({"known": d["known"]} if "known" in d else {})},
                ensure_ascii=False,
            )
            + "\n"
            for d in _docs(fname)
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
        result[fname] = {o["id"]: o["text"] for o in map(json.loads, filter(str.strip, proc.stdout.splitlines()))}
    return result


def _score(fname: str, outputs: dict) -> dict:
    return scoring.score(_docs(fname), outputs[fname])


def _summary(s: dict) -> str:
    per_label = ", ".join(f"{lab} {s['leaks'][lab]}/{s['total'][lab]}" for lab in sorted(s["total"]))
    return f"leak_rate={s['leak_rate']:.4f} keep_rate={s['keep_rate']:.4f} ({per_label})"


# --------------------------------------------------------------------------------------------- the corpora


def test_files_are_exactly_what_the_seeded_generator_writes():
    corpora = gen.generate()
    assert sorted(corpora) == sorted(FILES)
    for fname, docs in corpora.items():
        same = gen.dump(docs) == (HOLDOUT / fname).read_text(encoding="utf-8")  # no diff: the text stays unseen
        assert same, f"{fname}: rerun make_holdout.py"


def test_every_document_is_annotated_exactly_right():
    ids = set()
    for fname in FILES:
        docs = _docs(fname)
        assert len(docs) >= 150
        for d in docs:
            assert d["id"] not in ids
            ids.add(d["id"])
            assert set(d) <= {"id", "text", "known", "pii", "keep"}
            labels_ok = {i["label"] for i in d["pii"]} <= LABELS
            assert labels_ok, d["id"]
            clean = not gen.check(d)
            assert clean, f"{d['id']}: run make_holdout.py to see what is wrong"
    assert len(ids) == 600


def test_known_corpus_uses_the_residents_name_as_an_ordinary_word_too():
    docs = _docs("holdout_known.jsonl")
    assert all(d["known"]["names"] for d in docs)
    shared_word = 0
    for d in docs:
        parts = {p.lower() for name in d["known"]["names"] for p in scoring.name_parts(name)}
        shared_word += bool(parts & {k.lower() for k in d["keep"]})
    # the rest are informal texts with the known name in lower case (and its word not used as a word)
    assert shared_word >= 0.8 * len(docs)


def test_identifiers_are_valid_by_the_libraries_the_project_uses():
    """Real residents write real numbers: every BSN, IBAN, postcode and phone passes python-stdnum / phonenumbers."""
    stdnum_bsn = pytest.importorskip("stdnum.nl.bsn")
    stdnum_iban = pytest.importorskip("stdnum.iban")
    stdnum_postcode = pytest.importorskip("stdnum.nl.postcode")
    phonenumbers = pytest.importorskip("phonenumbers")

    def phone_ok(s: str) -> bool:
        s = s.replace("(0)", "")
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + s[2:].lstrip() if s.startswith("00") else s, "NL"))

    checks = {
        "BSN": stdnum_bsn.is_valid,
        "IBAN": stdnum_iban.is_valid,
        "POSTCODE": lambda s: stdnum_postcode.is_valid(s.replace("\u00a0", " ")),
        "PHONE": phone_ok,
    }
    counts = dict.fromkeys(checks, 0)
    for fname in FILES:
        for d in _docs(fname):
            for item in d["pii"]:
                if item["label"] in checks:
                    counts[item["label"]] += 1
                    valid = checks[item["label"]](item["text"])
                    assert valid, (d["id"], item["label"])
    assert min(counts.values()) > 100, counts


def test_no_person_or_street_name_is_shared_with_the_dev_corpora():
    if not gen.DEV.is_dir():
        pytest.skip("../shared/data is not present")
    shared = len(gen.dev_overlap({f: _docs(f) for f in FILES}))
    assert shared == 0, f"{shared} name parts also occur in the dev corpora (make_holdout.py lists them)"


def test_local_leak_definition_agrees_with_the_shared_scorer():
    if not SHARED_SCORER.exists():
        pytest.skip("../shared/tools/score_anonymizer.py is not present")
    shared = _module(SHARED_SCORER, "shared_score_anonymizer")
    n = 0
    for fname in FILES:
        for d in _docs(fname):
            variants = [d["text"], gen.ideal_output(d["text"], d["pii"]), d["text"].lower(), d["text"].upper()]
            for item in d["pii"]:
                for out in variants:
                    assert scoring.leaked(item, out) == shared.leaked(item, out), (d["id"], item["label"])
                    n += 1
    assert n > 10000


# ------------------------------------------------------------------------------------- the anonymizer on them


def test_cli_answers_every_held_out_document(outputs):
    for fname in FILES:
        assert set(outputs[fname]) == {d["id"] for d in _docs(fname)}
        assert all(isinstance(t, str) for t in outputs[fname].values())


@NOT_YET
@pytest.mark.parametrize("fname", FILES)
def test_held_out_leak_rate_at_most_half_a_percent(fname, outputs):
    s = _score(fname, outputs)
    assert s["leak_rate"] <= TARGET_LEAK, _summary(s)


@NOT_YET
@pytest.mark.parametrize("fname", FILES)
def test_held_out_person_leak_rate_at_most_half_a_percent(fname, outputs):
    s = _score(fname, outputs)
    assert s["leaks"]["PERSON"] / max(s["total"]["PERSON"], 1) <= TARGET_LEAK, _summary(s)


@NOT_YET
@pytest.mark.parametrize("fname", FILES)
def test_held_out_no_structured_identifier_leaks(fname, outputs):
    s = _score(fname, outputs)
    assert sum(s["leaks"][lab] for lab in scoring.STRUCTURED) == 0, _summary(s)


@NOT_YET
@pytest.mark.parametrize("fname", FILES)
def test_held_out_keep_rate_at_least_98_percent(fname, outputs):
    s = _score(fname, outputs)
    assert s["keep_rate"] >= TARGET_KEEP, _summary(s)
