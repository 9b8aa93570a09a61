"""Names known by what stands beside a found one (round thirty, from fresh14d's chat messages).

A resident writes how a person is called and then their real name: "onze rayony (eigenlijk rayonne reearde)". The
call name before the bracket is the same person as the name inside it. And a list of the people registered at an
address gives each one's date of birth right after the name: "rêzan 16 september 1975, mina 1992-10-23, allebei op
dit adres ingeschreven": the word before a found date of birth, opening its line or its item, is that person's name.
No Flask imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, STOPWORDS, WORDS
from .wordlists import CUE_WORDS

P = TypeVar("P")
Span = tuple[int, int, P]

# "rayony (eigenlijk ", "Kees (echte naam ", "Bolle (officieel "
_CALL_NAME = re.compile(
    r"(?<![\w'’\-])(?P<n>[^\W\d_][\w'’\-]{1,20})[ \t]+\("
    r"(?:eigenlijk|echte naam|officieel|voluit|roepnaam van)[ \t:]+\Z",
    re.I,
)
# the name before a date of birth, opening a line or an item after a comma or "en": "⏎rêzan 16 september 1975"
_BEFORE_BIRTH = re.compile(r"(?:^|\n|,[ \t]|[ \t]en[ \t])[ \t]*(?P<n>[^\W\d_][\w'’\-]{1,20})[ \t]+\Z")


_KEYS = frozenset(("geb", "geboren", "dob", "gebdat", "gd", "born", "née", "nee", "ovl", "overleden", "sinds"))


def _name_like(word: str) -> bool:
    """A word that may be a name: no function word or cue, and no dictionary word unless a listed first name."""
    low = word.lower()
    if low in STOPWORDS or low in CUE_WORDS or low in _KEYS or (word.isupper() and len(word) <= 4):
        return False
    return low not in WORDS or word[:1].upper() + word[1:].lower() in FIRST_NAMES


def rule_call_names(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """The call name right before "(eigenlijk <found name>)" is that person."""
    if "(" not in text:
        return []
    out: list[Span[P]] = []
    for s, _e, person in spans:
        if s < 4 or text[s - 1] not in " \t:":
            continue
        m = _CALL_NAME.search(text, max(0, s - 48), s)
        if m and _name_like(m.group("n")) and mask.find(1, m.start("n"), m.end("n")) == -1:
            out.append((m.start("n"), m.end("n"), person))
            mask[m.start("n") : m.end("n")] = b"\x01" * (m.end("n") - m.start("n"))
    return out


def rule_names_before_birth_dates(
    text: str, mask: bytearray, births: list[tuple[int, int]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """The word right before a found date of birth, opening its line or its item, is the person born then; two such
    items at least in the text (a list of people), or the word a listed first name."""
    found = []
    items = 0  # the items of the list, the names found before among them
    for s, _e in births:
        m = _BEFORE_BIRTH.search(text, max(0, s - 32), s)
        if m and _name_like(m.group("n")):
            items += 1
            if mask.find(1, m.start("n"), m.end("n")) == -1:
                found.append(m)
    out: list[Span[P]] = []
    for m in found:
        w = m.group("n")
        if items >= 2 or w[:1].upper() + w[1:].lower() in FIRST_NAMES:
            out.append((m.start("n"), m.end("n"), new_person([w])))
            mask[m.start("n") : m.end("n")] = b"\x01" * (m.end("n") - m.start("n"))
    return out
