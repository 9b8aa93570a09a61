"""Person positions the chunk judge did not know (issue 10, round six), as named rules on its ``Evidence``.

- A name in brackets right before the colon of a chat or message line names the writer: "Medewerker (Yodit):",
  "bericht van 06-... (Teklit):". A body, scheme or acronym there is kept ("Team (Wmo):").
- Dutch writes months in lower case, so a capitalised month that is not a date is a first name: before a surname
  ("Juni Rijpkema"), as a chat speaker ("[3/6 10:01] Juni:"), or mid-sentence where no number or time word makes it a
  date ("de kinderen Daan (7) en Juli (10)"); "in April 2026", "per 1 Juli", "Vanaf Juni" stay.

The rules are imported into ``judge.COMMON_RULES``; each takes the judge's ``Evidence`` (duck-typed here to keep
this module free of an import cycle).
"""

from __future__ import annotations

import re
from typing import Any

from .wordlists import CUE_WORDS, GOV_TERMS, ORG_WORDS

MONTH_WORDS = frozenset(
    "Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December".split()
)
# words before a month that make it a date ("in April", "vanaf Juni", "eind Juli")
_TIME_WORDS = frozenset(
    "in vanaf per tot sinds begin eind einde medio half halverwege voor na rond tijdens van t/m tm elke iedere "
    "vorige volgende komende afgelopen deze sinds heel gehele hele maand maanden".split()
)
_LABEL_BEFORE = re.compile(r"(?:^|\n)[^\n:()]{0,40}\($")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)(?:\[[\d/:\-., ]{3,22}\][ \t]*|[ \t]*)$")
_DATE_AFTER = re.compile(r"[ \t]*(?:'|’)?\d|[ \t]*[\-/]")
_DIGIT_BEFORE = re.compile(r"\d[ \t.\-/]*$")


def _plain_name_word(text: str) -> bool:
    lo = text.lower()
    return not (
        text in GOV_TERMS
        and text not in MONTH_WORDS
        or lo in ORG_WORDS
        or lo in CUE_WORDS
        or (text.isupper() and len(text) > 1)
    )


def rule_name_in_brackets_before_colon(ev: Any) -> bool:
    """A name in brackets right before the colon of a message line is its writer: "Medewerker (Yodit): ..."."""
    if not ev.after.startswith("):") or not _LABEL_BEFORE.search(ev.before):
        return False
    return len(ev.name_toks) <= 3 and all(_plain_name_word(t.text) for t in ev.name_toks)


def rule_month_as_name(ev: Any) -> bool:
    """A capitalised month that is no date is a first name: "Juni Rijpkema", "[3/6 10:01] Juni:", "en Juli (10)"."""
    toks = ev.name_toks
    if toks[0].text not in MONTH_WORDS or _DIGIT_BEFORE.search(ev.before):
        return False
    if len(toks) >= 2:  # "April Beuk": a month before a capitalised word that is no month or body
        nxt = toks[1].text
        return nxt not in MONTH_WORDS and nxt not in GOV_TERMS and nxt.lower() not in ORG_WORDS
    if _DATE_AFTER.match(ev.after):
        return False
    if ev.after.startswith(":") and _SPEAKER_BEFORE.search(ev.before):
        return bool(re.match(r":[ \t]+\S", ev.after)) and "[" in ev.before[-30:]
    return ev.mid and ev.prev_word not in _TIME_WORDS and ev.prev_word.rstrip(":") not in _TIME_WORDS
