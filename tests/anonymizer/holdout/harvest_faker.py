"""One-off: draw name and place pools from faker's locales into ``faker_pools.py`` (run by hand, not by tests).

    .venv/bin/pip install faker && .venv/bin/python tests/anonymizer/holdout/harvest_faker.py

The pools are frozen in ``faker_pools.py`` so that ``make_holdout.py`` is deterministic without faker and does not
change when faker's lists change. Every name part that occurs in the shared dev corpora (``../shared/data``) is left
out here, so the held-out corpora share no person or street name with the files the anonymizer is tuned on.
"""

from __future__ import annotations

import importlib
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[2].parent / "shared" / "data"
SEED = 20261203
# (pool name, faker locale, how many first names, how many surnames); None takes the locale's list if it has one
LOCALES = [
    ("dutch", "nl_NL", 140, 260),
    ("flemish", "nl_BE", 50, 80),
    ("turkish", "tr_TR", 70, 0),
    ("polish", "pl_PL", 50, 0),
    ("indonesian", "id_ID", 40, 50),
    ("hindustani", "en_IN", 40, 0),
    ("romanian", "ro_RO", 25, 25),
    ("portuguese", "pt_PT", 20, 30),
    ("somali_swahili", "sw", 20, 25),
]


def dev_tokens() -> set[str]:
    """Lower-case name parts of every PERSON, ADDRESS and EMAIL item in the dev corpora."""
    toks: set[str] = set()
    for f in sorted(DEV.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            for item in d.get("pii", []):
                if item["label"] in ("PERSON", "ADDRESS", "EMAIL"):
                    toks.update(t for t in re.split(r"[\s\-,.@_'0-9]+", item["text"].lower()) if len(t) > 1)
            for name in d.get("known", {}).get("names", []):
                toks.update(t for t in re.split(r"[\s\-,.']+", name.lower()) if len(t) > 1)
    return toks


def clean(names, banned: set[str]) -> list[str]:
    out = []
    for n in names:
        if not re.fullmatch(r"[^\W\d_][\w' \-]*", n) or "'" in n[:2]:
            continue
        toks = [t for t in re.split(r"[\s\-']+", n.lower()) if t]
        if any(t in banned for t in toks) or len(n) < 3:
            continue
        out.append(n)
    return sorted(set(out))


def main() -> None:
    banned = dev_tokens()
    rng = random.Random(SEED)
    doc = '"""Name and place pools drawn once from faker 40.63.0 locales by harvest_faker.py (seeded). Do not edit."""'
    lines = [doc, "", "# ruff: noqa: E501", ""]
    for pool, loc, n_first, n_last in LOCALES:
        P = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for sex in ("male", "female"):
            firsts = clean(list(getattr(P, f"first_names_{sex}", []) or []), banned)
            drawn = sorted(rng.sample(firsts, min(n_first // 2, len(firsts))))
            lines.append(f"{pool.upper()}_FIRST_{sex[0].upper()} = {drawn!r}")
        lasts = clean(list(getattr(P, "last_names", []) or []), banned)
        lines.append(f"{pool.upper()}_LAST = {sorted(rng.sample(lasts, min(n_last, len(lasts)))) if n_last else []!r}")
    A = importlib.import_module("faker.providers.address.nl_NL").Provider
    cities = clean(list(A.cities), banned)
    lines.append(f"CITIES = {sorted(rng.sample(cities, 120))!r}")
    lines.append(f"DEV_NAME_TOKENS_EXCLUDED = {len(banned)}")
    (HERE / "faker_pools.py").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
