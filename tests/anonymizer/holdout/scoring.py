"""The leak and keep definitions of ../shared/tools/score_anonymizer.py, restated so the held-out tests run anywhere.

test_anonymizer_holdout.py checks that this copy agrees with the shared scorer whenever that file is present.
"""

from __future__ import annotations

import re
from collections import Counter

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
STRUCTURED = ("BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH")


def norm(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s).upper()


def name_parts(name: str) -> list[str]:
    return [p for p in name.split() if p.lower() not in PARTICLES and len(p) > 1]


def leaked(item: dict, out: str) -> bool:
    """True when the gold item ``item`` can still be read in the anonymized text ``out``."""
    text, label = item["text"], item["label"]
    if label in ("PERSON", "ADDRESS"):
        parts = name_parts(text) if label == "PERSON" else [text.rsplit(" ", 1)[0] if re.search(r"\d", text) else text]
        for p in parts:
            for form in {p, p[0].upper() + p[1:]} if label == "PERSON" else {p}:
                if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", out):
                    return True
        return False
    if label == "EMAIL":
        return text.split("@")[0].lower() in out.lower()
    if label == "PHONE":
        digits = re.sub(r"\D", "", text)[-7:]
        return digits in re.sub(r"\D", "", out)
    if label == "DATE_OF_BIRTH" and not re.fullmatch(r"[\d\-]+", text):
        return text.lower() in out.lower()
    return norm(text) in norm(out)


def kept(word: str, out: str) -> bool:
    return word.lower() in out.lower()


def score(docs: list[dict], outs: dict) -> dict:
    """Per-label totals and leaks, overall leak rate and keep rate for ``docs`` given output texts by id."""
    total, leaks, n_kept, n_keep = Counter(), Counter(), 0, 0
    leaking = []
    for d in docs:
        out = outs[d["id"]]
        for item in d["pii"]:
            total[item["label"]] += 1
            if leaked(item, out):
                leaks[item["label"]] += 1
                leaking.append((d["id"], item["label"], item["text"]))
        for w in d["keep"]:
            n_keep += 1
            n_kept += kept(w, out)
    n_pii = sum(total.values())
    return {
        "total": total,
        "leaks": leaks,
        "leak_rate": sum(leaks.values()) / max(n_pii, 1),
        "keep_rate": n_kept / max(n_keep, 1),
        "leaking": leaking,
    }
