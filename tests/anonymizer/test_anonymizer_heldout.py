"""The held-out corpora of rounds eight to thirty-four (helper H1 each round); see tests/anonymizer/holdout8/README.md
… tests/anonymizer/holdout34/README.md. holdout8 is a development corpus since round nine, holdout9 since round ten,
holdout10 since round eleven, holdout11 since round twelve, holdout12 since round thirteen, holdout13 since round
fourteen, holdout14 since round fifteen, holdout15 since round sixteen,
holdout16 since round seventeen, holdout17 since round eighteen,
holdout18 since round nineteen, holdout19 since round twenty, holdout20 since round twenty-one,
holdout21 since round twenty-two, holdout22 since round twenty-three, holdout23 since round twenty-four, holdout24
since round twenty-five, holdout25 since round twenty-six,
holdout26 since round twenty-seven, holdout27 since round twenty-eight, holdout28 since round twenty-nine,
holdout29 since round thirty,
holdout30 since round thirty-one, holdout31 since round thirty-two, holdout32 since round thirty-three,
holdout33 since round thirty-four; holdout34 is round thirty-four's held-out set.

Two groups check each corpus itself (``-k "generator or self"``); the third runs ``python -m anonymizer --jsonl`` once
per file and measures it against issue 10's targets (marked xfail: they measure, they do not block).
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

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
# Each set: its generator and its four files (the one whose name ends in "_known" passes the resident's name).
SETS = {
    "holdout8": ["holdout8_prose.jsonl", "holdout8_formal.jsonl", "holdout8_known.jsonl", "holdout8_records.jsonl"],
    "holdout9": ["holdout9_articles.jsonl", "holdout9_mail.jsonl", "holdout9_known.jsonl", "holdout9_mixed.jsonl"],
    "holdout10": [
        "holdout10_requests.jsonl",
        "holdout10_casefiles.jsonl",
        "holdout10_known.jsonl",
        "holdout10_official.jsonl",
    ],
    "holdout11": [
        "holdout11_kb.jsonl",
        "holdout11_messages.jsonl",
        "holdout11_known.jsonl",
        "holdout11_mixed.jsonl",
    ],
    "holdout12": [
        "holdout12_logs.jsonl",
        "holdout12_public.jsonl",
        "holdout12_short.jsonl",
        "holdout12_known.jsonl",
    ],
    "holdout13": [
        "holdout13_spoken.jsonl",
        "holdout13_meetings.jsonl",
        "holdout13_scans.jsonl",
        "holdout13_known.jsonl",
    ],
    "holdout14": [
        "holdout14_finance.jsonl",
        "holdout14_systems.jsonl",
        "holdout14_civil.jsonl",
        "holdout14_known.jsonl",
    ],
    "holdout15": [
        "holdout15_care.jsonl",
        "holdout15_work.jsonl",
        "holdout15_housing.jsonl",
        "holdout15_known.jsonl",
    ],
    "holdout16": [
        "holdout16_claims.jsonl",
        "holdout16_space.jsonl",
        "holdout16_council.jsonl",
        "holdout16_known.jsonl",
    ],
    "holdout17": [
        "holdout17_desk.jsonl",
        "holdout17_grants.jsonl",
        "holdout17_crisis.jsonl",
        "holdout17_known.jsonl",
    ],
    "holdout18": [
        "holdout18_transport.jsonl",
        "holdout18_leisure.jsonl",
        "holdout18_household.jsonl",
        "holdout18_known.jsonl",
    ],
    "holdout19": [
        "holdout19_business.jsonl",
        "holdout19_energy.jsonl",
        "holdout19_heritage.jsonl",
        "holdout19_known.jsonl",
    ],
    "holdout20": [
        "holdout20_school.jsonl",
        "holdout20_health.jsonl",
        "holdout20_order.jsonl",
        "holdout20_known.jsonl",
    ],
    "holdout21": [
        "holdout21_legal.jsonl",
        "holdout21_online.jsonl",
        "holdout21_newcomers.jsonl",
        "holdout21_known.jsonl",
    ],
    "holdout22": [
        "holdout22_elections.jsonl",
        "holdout22_nature.jsonl",
        "holdout22_media.jsonl",
        "holdout22_known.jsonl",
    ],
    "holdout23": [
        "holdout23_research.jsonl",
        "holdout23_staff.jsonl",
        "holdout23_abroad.jsonl",
        "holdout23_known.jsonl",
    ],
    "holdout24": [
        "holdout24_property.jsonl",
        "holdout24_guardian.jsonl",
        "holdout24_rural.jsonl",
        "holdout24_known.jsonl",
    ],
    "holdout25": [
        "holdout25_reflect.jsonl",
        "holdout25_languages.jsonl",
        "holdout25_route.jsonl",
        "holdout25_known.jsonl",
    ],
    "holdout26": [
        "holdout26_fraud.jsonl",
        "holdout26_family.jsonl",
        "holdout26_justice.jsonl",
        "holdout26_known.jsonl",
    ],
    "holdout27": [
        "holdout27_honours.jsonl",
        "holdout27_integrity.jsonl",
        "holdout27_works.jsonl",
        "holdout27_known.jsonl",
    ],
    "holdout28": [
        "holdout28_access.jsonl",
        "holdout28_faith.jsonl",
        "holdout28_street.jsonl",
        "holdout28_known.jsonl",
    ],
    "holdout29": [
        "holdout29_dwell.jsonl",
        "holdout29_found.jsonl",
        "holdout29_serve.jsonl",
        "holdout29_known.jsonl",
    ],
    "holdout30": [
        "holdout30_supply.jsonl",
        "holdout30_aid.jsonl",
        "holdout30_migrant.jsonl",
        "holdout30_known.jsonl",
    ],
    "holdout31": [
        "holdout31_digital.jsonl",
        "holdout31_climate.jsonl",
        "holdout31_gather.jsonl",
        "holdout31_known.jsonl",
    ],
    "holdout32": [
        "holdout32_venues.jsonl",
        "holdout32_play.jsonl",
        "holdout32_noise.jsonl",
        "holdout32_known.jsonl",
    ],
    "holdout33": [
        "holdout33_hoard.jsonl",
        "holdout33_moving.jsonl",
        "holdout33_post.jsonl",
        "holdout33_known.jsonl",
    ],
    "holdout34": [
        "holdout34_owners.jsonl",
        "holdout34_garden.jsonl",
        "holdout34_letting.jsonl",
        "holdout34_known.jsonl",
    ],
}
FILES = [(s, f) for s, files in SETS.items() for f in files]
STRUCTURED = ["BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH"]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _generator(s: str) -> Path:
    return HERE / s / f"make_{s}.py"


def _docs(s: str, name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / s / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("s", list(SETS))
def test_files_match_generator(s: str) -> None:
    """The committed files are exactly what the seeded generator writes."""
    proc = subprocess.run(
        [sys.executable, str(_generator(s)), "--check"], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize(("s", "name"), FILES)
def test_self_check_annotation_gate(s: str, name: str) -> None:
    """Every document passes the generator's annotation gate (complete relative to the scorer, keeps survive)."""
    gen = _load(f"make_{s}_for_test", _generator(s))
    docs = _docs(s, name)
    assert docs
    bad = [d["id"] for d in docs if gen.gate(d, name.endswith("_known.jsonl")) is not None]
    assert not bad, bad[:10]


@functools.cache
def _scored(s: str, name: str) -> dict:
    """One CLI run over ``name``, scored with corpora/score.py's ``score()``."""
    score = _load("score_for_heldout", HERE / "corpora" / "score.py")
    docs = _docs(s, name)
    outputs = score.cli_outputs(docs, ROOT, timeout=600)
    assert set(outputs) == {d["id"] for d in docs}
    return score.score(docs, outputs)


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize(("s", "name"), FILES)
def test_heldout_leak_rate(s: str, name: str) -> None:
    """Overall leak rate at most 0.005."""
    assert _scored(s, name)["leak_rate"] <= 0.005


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize(("s", "name"), FILES)
def test_heldout_person_leak_rate(s: str, name: str) -> None:
    """PERSON leak rate at most 0.005."""
    assert _scored(s, name)["person_leak_rate"] <= 0.005


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize("label", STRUCTURED)
@pytest.mark.parametrize(("s", "name"), FILES)
def test_heldout_structured_leaks(s: str, name: str, label: str) -> None:
    """No structured identifier of ``label`` leaks."""
    assert _scored(s, name)["leaks"].get(label, 0) == 0


@pytest.mark.xfail(strict=False, reason="measures the anonymizer on held-out text")
@pytest.mark.parametrize(("s", "name"), FILES)
def test_heldout_keep_rate(s: str, name: str) -> None:
    """At least 98% of the keep words survive."""
    assert _scored(s, name)["keep_rate"] >= 0.98
