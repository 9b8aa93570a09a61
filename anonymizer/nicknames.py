"""Names known by what stands beside a found one (round thirty, from fresh14d's chat messages).

A resident writes how a person is called and then their real name: "onze rayony (eigenlijk rayonne reearde)". The
call name before the bracket is the same person as the name inside it. And a list of the people registered at an
address gives each one's date of birth right after the name: "rêzan 16 september 1975, mina 1992-10-23, allebei op
dit adres ingeschreven": the word before a found date of birth, opening its line or its item, is that person's name.
A name in brackets right after a found address is the resident's: "[adres] (ezeani)"; a name glued to a title's
dot is a person's ("fam.Todorov"). No Flask imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, WORDS
from .patterns import two_words
from .persons import _is_word, ordinary_compound
from .wordlists import CUE_WORDS, NAME_PARTICLE_WORDS

P = TypeVar("P")
Span = tuple[int, int, P]

# "rayony (eigenlijk ", "Kees (echte naam ", "Bolle (officieel "
_CALL_NAME = re.compile(
    r"(?<![\w'’\-])(?P<n>[^\W\d_][\w'’\-]{1,20})[ \t]+\("
    r"(?:eigenlijk|echte naam|officieel|voluit|roepnaam van)[ \t:]+\Z",
    re.I,
)
# the name before a date of birth, opening a line or an item after a comma or "en": "⏎rêzan 16 september 1975"
# also after a household member's key, the date in brackets: "Kind 2: Bijou (11 dec. 2015)" (round thirty-one, from
# holdout30's food-bank intakes)
_BEFORE_BIRTH = re.compile(
    r"(?:^|\n|,[ \t]|[ \t]en[ \t]|(?i:kind|zoon|dochter|partner|pleegkind|kleinkind)(?:[ \t]*\d{1,2})?[ \t]*:)"
    r"[ \t]*(?P<n>[^\W\d_][\w'’\-]{1,20})(?:[ \t]+|[ \t]*\([ \t]*)\Z"
)


_KEYS = frozenset(("geb", "geboren", "dob", "gebdat", "gd", "born", "née", "nee", "ovl", "overleden", "sinds"))


def _name_like(word: str) -> bool:
    """A word that may be a name: no function word or cue, and no dictionary word unless a listed first name."""
    low = word.lower()
    if low in STOPWORDS or low in CUE_WORDS or low in _KEYS or (word.isupper() and len(word) <= 4):
        return False
    return low not in WORDS or word[:1].upper() + word[1:].lower() in FIRST_NAMES


def _keyed_name(word: str) -> bool:
    """After a household member's key ("Kind 2: Bijou (...)") a word of the language is a name too."""
    low = word.lower()
    return word[:1].isupper() and low not in STOPWORDS and low not in CUE_WORDS and low not in _KEYS


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
        if m and (_name_like(m.group("n")) or ":" in m.group() and _keyed_name(m.group("n"))):
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


# who lives at an address, in brackets right after it: "flyer in brievenbus [adres] (ezeani)", "[adres] (op de
# ravenslaar)" (round thirty, from fresh21a's planning notes)
_BRACKET_AFTER = re.compile(
    r"[ \t]*\((?P<n>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})(?:\)|,[ \t]+(?:nr|huisnr|nummer)\b)"
)


def rule_names_after_addresses(
    text: str, mask: bytearray, addresses: list[tuple[int, int]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """A name in brackets right after a found address is the resident's: a word of no dictionary in it, no place."""
    out: list[Span[P]] = []
    for _s, e in addresses:
        m = _BRACKET_AFTER.match(text, e)
        if m is None or mask.find(1, m.start("n"), m.end("n")) != -1:
            continue
        words = m.group("n").split()
        heads = [w for w in words if w.lower() not in NAME_PARTICLE_WORDS]
        if not heads or any(w in PLACES_FULL or w.lower() in STOPWORDS for w in heads):
            continue
        if all(
            (_is_word(w) or ordinary_compound(w.capitalize()) or two_words(w.lower()))
            and w[:1].upper() + w[1:].lower() not in FIRST_NAMES
            for w in heads
        ):
            continue  # "(achterkant)", "(Hoek)", "(gehandicaptenparkeerplaats)": words, no name
        out.append((m.start("n"), m.end("n"), new_person(heads)))
        mask[m.start("n") : m.end("n")] = b"\x01" * (m.end("n") - m.start("n"))
    return out


# a title glued to the name by its dot: "fam.Todorov", "Mw.Hendriks" (round thirty, from fresh24d's social posts)
_GLUED_TITLE = re.compile(
    r"(?<![\w.@/])(?i:fam|dhr|mw|mevr|hr)\.(?P<n>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+)?)\b"
)


def rule_glued_titles(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The name glued to a title's dot is a person's."""
    out: list[Span[P]] = []
    for m in _GLUED_TITLE.finditer(text):
        if mask.find(1, m.start("n"), m.end("n")) == -1 and m.group("n") not in PLACES_FULL:
            out.append((m.start("n"), m.end("n"), new_person([m.group("n")])))
            mask[m.start("n") : m.end("n")] = b"\x01" * (m.end("n") - m.start("n"))
    return out


# A first name in its diminutive right before a found surname: "Toontje Furdo", "Keesje Nazarkhel", "Marietje
# Bakker" (round thirty-one, from fresh37d): the stem is a listed first name.
_DIMINUTIVE_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{1,12}(?:tje|pje|je))[ \t]+\Z")


def rule_diminutives_before_surnames(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """The diminutive of a listed first name right before a found name is that person's first name."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        m = _DIMINUTIVE_BEFORE.search(text, max(0, s - 20), s) if s and text[s - 1] in " \t" else None
        if m is None or mask.find(1, m.start("w"), m.end("w")) != -1:
            continue
        w = m.group("w")
        stems = {w[: -len(x)] for x in ("tje", "pje", "je") if w.endswith(x)}
        stems |= {x[:-1] for x in stems if len(x) > 3 and x[-1] == x[-2]}  # "Pietje" -> "Piet", "Kootje" -> "Koo"
        if any(x in FIRST_NAMES for x in stems) and w not in FIRST_NAMES and w.lower() not in STOPWORDS:
            out.append((m.start("w"), m.end("w"), person))
            mask[m.start("w") : m.end("w")] = b"\x01" * len(w)
    return out
