"""Person positions the chunk judge did not know (issue 10, round six), as named rules on its ``Evidence``.

- A lower-case initial before a lower-case surname is a name ("cc: g. wolters", "mr. b. oduro"): ``lower_initial_names``
  gives the letters ``casing.case_view`` capitalises.
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
from typing import Any, TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS
from .wordlists import CUE_WORDS, GOV_TERMS, ORG_WORDS

P = TypeVar("P")

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
_DIGIT_BEFORE = re.compile(r"(?:^|[^\d:.])\d{1,2}(?:e|ste)?[ \t.\-/]*$")  # "14 April", not the time "9:45 April"


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


def _is_word(w: str) -> bool:
    lo = w.lower()
    return lo in WORDS or lo in STOPWORDS


# "cc: g. wolters", "mr. b. oduro", "melder h. van 't erve": a lower-case initial before a lower-case surname
# A gate (read as a bool): "(?<![\w.])[a-z]\. [a-zà-öø-ÿ]" written to open with its literal full stop, a fast scan.
LOWER_INITIAL = re.compile(r"\.(?<=[a-z]\.)(?<![\w.][a-z]\.) [a-zà-öø-ÿ]")
_LOWER_INITIAL_NAME = re.compile(
    r"(?<![\w.&/@])(?P<i>[a-z])\. (?P<p>(?:(?:van|ter|ten|de|der|den|te|el|al|'t|’t) )*)"
    r"(?P<w>[^\W\d_][\w'’]+(?:-[^\W\d_]+)?)(?![\w.@]|-\w)"
)
# what announces a person right before the initial: a title, a role, a header label or a list separator
_LOWER_INITIAL_CUE = re.compile(
    r"(?:(?<![\w])(?:mr|dr|drs|ir|ing|prof|dhr|mw|mevr|mevrouw|meneer|heer|melder|door|namens|naar|met|cc|bcc|"
    r"aan|van|en|groet|groeten)\.?:?|[,;(:])[ \t]*$",
    re.I,
)
_START_PARTICLES = ("van ", "ter ", "ten ")


def lower_initial_names(text: str) -> list[int]:
    """Positions to capitalise for a lower-case initial and surname: "g. tehrani" -> "G. Tehrani". A surname that is
    no Dutch word is enough mid-line; one that is a word ("g. post") needs a title, role, header or list cue before
    it, and at the start of a line (an enumeration "a. de aanvraag") a surname that is no word."""
    out: list[int] = []
    for m in _LOWER_INITIAL_NAME.finditer(text):
        w, parts = m.group("w"), m.group("p")
        if len(w) < 3 or w in STOPWORDS or w != w.lower() or any(c.isdigit() or c == "_" for c in w):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead = text[line_start : m.start()]
        at_start = lead.strip(" \t-*•") == ""
        word = _is_word(w) or _is_word(w.split("-")[0])
        cue = bool(_LOWER_INITIAL_CUE.search(lead))
        if word and not (cue or (parts.startswith(_START_PARTICLES) and not at_start)):
            continue
        if at_start and word:
            continue
        out.append(m.start("i"))
        out.append(m.start("w"))
    return out


# ---------------------------------------------------------------- growth after a found name (core.py calls it)

_PARTICLE_SURNAME_AFTER = re.compile(
    r"[ \u00a0](?P<parts>(?:van(?: de| der| den| 't| ’t)?|de|ter|ten|te|in 't|op de|op den) )"
    r"(?P<word>[A-ZÀ-ÖØ-Þ\u0100-\u024f][a-zà-öø-ÿ\u0100-\u024f'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)"
    r"(?![\w\-]| [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]| (?:en|&) [A-ZÀ-ÖØ-Þ])"
)
_STREET_END = re.compile(r"(?:straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|plantsoen|boulevard|park)$")
_TEAM_BEFORE = re.compile(r"(?:team|afdeling|gemeente|stichting|wijkteam|buurtteam)[ \u00a0]+$", re.I)


def _place_like(word: str) -> bool:
    """A short word with a place or field ending that surnames share ("Rijswijk", "Wetering"), not a long department
    name ("Vergunningverlening", "Inburgering")."""
    lo = word.lower()
    return len(lo) <= 10 and (
        word in PLACES_FULL or lo.endswith(("wijk", "kerk", "ing", "dijk", "veld", "berg", "hof"))
    )


def rule_particle_surname_after_name(
    text: str, mask: bytearray, spans: list[tuple[int, int, P]]
) -> list[tuple[int, int, P]]:
    """A capitalised word after particles right behind a found name is its surname, also when it is a place or a
    word: "Sjoerd van de Wetering", "Arjen van Rijswijk", "J.H.C. van de Wetering". Not a body, scheme, department or
    street ("Anna van Team Wonen", "Kees van de Stationsstraat"), nor the first word of a longer capitalised name
    ("Els van de Sociale Dienst")."""
    if " van " not in text and " de " not in text and " te" not in text:
        return []
    from .persons import weak_org  # persons.py imports this module

    out: list[tuple[int, int, P]] = []
    for s, e, person in spans:
        m = _PARTICLE_SURNAME_AFTER.match(text, e)
        if not m or mask.find(1, e, m.end()) != -1:
            continue
        word = m.group("word")
        lo = word.lower()
        if word in GOV_TERMS or lo in ORG_WORDS or lo in CUE_WORDS or lo in STOPWORDS or _STREET_END.search(lo):
            continue
        if weak_org(word) and word not in SURNAMES and word not in FIRST_NAMES and not _place_like(word):
            continue
        if _TEAM_BEFORE.search(text, max(0, s - 20), s):
            continue  # "Team Jan van de Wal": the name of a body
        if not text[s:e][:1].isupper() and text[s:e] != "[":
            continue  # a lower-case span is grown by extend.py
        out.append((e, m.end(), person))
        mask[e : m.end()] = b"\x01" * (m.end() - e)
    return out


_ACTOR_AFTER = re.compile(
    r",?[ \t]+(?:was|is|waren|zijn|kwam|komt|zat|zit|sprak|spreekt|heeft|had|belde|belt|schoof|schuift)[ \t]+"
    r"(?:(?:ook|er|toen|daar|mevrouw|meneer|de heer|dhr\.|mw\.)[ \t]+)?[A-ZÀ-ÖØ-Þ\u0100-\u024f]"
)


def rule_body_on_whose_behalf(ev: Any) -> bool:
    """ "Namens Portaal was Merve Kılıç aanwezig": the one on whose behalf another named person acts is a body (a
    housing corporation, a foundation), not a person; "namens Sanne, haar dochter" stays a person."""
    return (
        ev.prev_word == "namens"
        and bool(_ACTOR_AFTER.match(ev.after))
        and ev.name_toks[0].text not in FIRST_NAMES
        and not ev.has_initials
    )
