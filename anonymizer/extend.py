"""Growth rules around names: initials in every spelling, the surname after a first name, "Surname, First".

Each rule is a small function that takes the text, the character mask of what is already an entity and the
person spans found so far, and returns new ``(start, end, person)`` spans (it never shrinks a span). They run
after the person chunks are judged, so they only add evidence that a name continues; core.py calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, STOPWORDS, SURNAMES, WORDS
from .wordlists import ABBREV, CUE_WORDS, GOV_TERMS, ORG_WORDS

P = TypeVar("P")
Span = tuple[int, int, P]

_PARTICLE = r"(?:van|de|der|den|ter|ten|te|in|op|het|'t|’t|v\.d\.|vd|la|le|du|da|di|el|al|ait|ben|bin)"
# Initials right before a name: "J.P. ", "J. P. ", "j.p. ", "JP ", with particles after them ("JJP van ").
INITIALS_BEFORE = re.compile(
    r"(?:(?<![\w.])(?P<dots>(?:[A-Za-z]\.[ \u00a0]?){1,4})|(?<![\w.\-])(?P<caps>(?-i:[A-Z]{2,4}))[ \u00a0])"
    r"[ \u00a0]*(?:" + _PARTICLE + r"[ \u00a0])*$",
    re.I,
)
# Initials with dots, particles and a word: "A. P. K. de koning", "i. van salm", "F.L. DE HAAS", "RDJ DE HAAS".
INITIALS_NAME = re.compile(
    r"(?<![\w.\-])(?:(?P<dots>(?:[A-Za-z]\.[ \u00a0]?){1,4})"
    r"|(?P<caps>(?-i:[A-Z]{2,4}))[ \u00a0](?=" + _PARTICLE + r"[ \u00a0]))"
    r"[ \u00a0]*(?P<parts>(?:" + _PARTICLE + r"[ \u00a0]){0,3})"
    r"(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)",
    re.I,
)
# The surname after a first name, in lower case or capitals after particles: "Iris van dalem", "Iris VAN DER MAST".
SURNAME_AFTER = re.compile(
    r"[ \u00a0](?P<parts>(?:" + _PARTICLE + r"[ \u00a0]){1,3})(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)", re.I
)
# "Kuiper, Iris" / "Van Dam, Iris" at the start of a field: the surname written before the first name.
SURNAME_FIRST = re.compile(
    r"(?:^|(?<=[\n\"'“;|\t(]))[ \t]*(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ee]l|[Ii]n|'t)[ ]){0,3}"
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’]*(?:-[\w'’]+)*), $"
)
_GREETING_BEFORE = re.compile(
    r"(?:^|[\s\]>:])(?:ja|nee|hoi|hallo|hey|hee|hi|dag|beste|lieve|bedankt|dank je|dankjewel|oké|ok|top|"
    r"goedemorgen|goedemiddag|goedenavond|groetjes|groet|doei),?[ \u00a0]*$",
    re.I,
)


def _blocked(mask: bytearray, s: int, e: int) -> bool:
    return mask.find(1, s, e) != -1


def _take(mask: bytearray, s: int, e: int) -> None:
    mask[s:e] = b"\x01" * (e - s)


# Dotted abbreviations that look like initials ("i.v.m.", "t.a.v."), written without their dots.
DOTTED_ABBREV = frozenset(
    "ivm tav nav mbt ovv oa dwz bv bijv zsm tzt iom ipv evt vs ca mvg tnv cq aub svp pb vd ad nb ps mi "
    "ng zgn resp".split()
)


def _is_abbrev(initials: str) -> bool:
    """ "i.v.m.", "t.a.v.", "o.a.": abbreviations, not initials (one letter is an initial)."""
    letters = initials.replace(" ", "").replace("\u00a0", "").replace(".", "").lower()
    return len(letters) >= 2 and (letters in DOTTED_ABBREV or letters in ABBREV)


def _surname_word(word: str, with_particles: bool) -> bool:
    """A word that can be a surname after initials or a first name: no function, role or organisation word; an
    ordinary word only after particles or when it is a listed surname ("de koning" -> Koning)."""
    lo = word.lower()
    cap = word[:1].upper() + word[1:].lower()
    if lo in STOPWORDS or lo in CUE_WORDS or lo in ORG_WORDS or cap in GOV_TERMS or word in GOV_TERMS:
        return False
    if lo not in WORDS:
        return True
    return with_particles and cap in SURNAMES


def rule_initials_before_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """Initials in any spelling right before a found name belong to it: "J.P. [Bakker]", "m. [Durmuş]",
    "JJP van [Formbach]", "OE [Tarhan]". Abbreviations ("i.v.m.") and acronyms of bodies ("UWV") are no initials."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        if s == 0:
            continue
        m = INITIALS_BEFORE.search(text, max(0, s - 32), s)
        if not m or _blocked(mask, m.start(), s):
            continue
        if m.group("dots") and _is_abbrev(m.group("dots")):
            continue
        caps = m.group("caps")
        if caps and (caps in GOV_TERMS or caps.lower() in ORG_WORDS or not caps.isupper()):
            continue
        out.append((m.start(), s, person))
        _take(mask, m.start(), s)
    return out


def rule_initials_with_surname(text: str, mask: bytearray, new_person: Callable[[str], P]) -> list[Span[P]]:
    """Initials followed by a surname in any case: "A. P. K. de koning", "i. van salm", "F.L. DE HAAS",
    "RDJ DE HAAS" (capital initials without dots only with particles after them)."""
    if "." not in text and not re.search(r"[A-Z]{2}", text):
        return []
    out: list[Span[P]] = []
    for m in INITIALS_NAME.finditer(text):
        s, e = m.start(), m.end()
        if _blocked(mask, s, e):
            continue
        dots, caps, word, parts = m.group("dots"), m.group("caps"), m.group("word"), m.group("parts")
        if dots and _is_abbrev(dots):
            continue  # "i.v.m. de aanvraag"
        if caps and (caps in GOV_TERMS or caps.lower() in ORG_WORDS):
            continue  # "UWV de ..."
        if not parts and (word.lower() in WORDS or (len(dots.replace(" ", "")) == 2 and dots[0].islower())):
            continue  # "o. zonder": one lower-case letter and an ordinary word is no name
        if not _surname_word(word, bool(parts)):
            continue
        out.append((s, e, new_person(word[:1].upper() + word[1:].lower())))
        _take(mask, s, e)
    return out


def rule_surname_after_first_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """After a found first name, particles and a word in lower case or capitals are its surname: "Iris van
    dalem", "Iris VAN DER MAST", "Ayasun de koning". An ordinary word counts only if it is a listed surname, so
    "Iris van de gemeente" stays."""
    out: list[Span[P]] = []
    for _s, e, person in spans:
        m = SURNAME_AFTER.match(text, e)
        if not m or _blocked(mask, e, m.end()):
            continue
        word = m.group("word")
        if word[:1].isupper() and not word.isupper():
            continue  # a capitalised surname was judged with the name itself
        if text[_s:e] not in FIRST_NAMES and not text[_s:e].istitle():
            continue
        if not _surname_word(word, True):
            continue
        out.append((e, m.end(), person))
        _take(mask, e, m.end())
    return out


def rule_surname_before_first_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """ "Kuiper, Iris" at the start of a line, quote or field: the surname written first belongs to the name, also
    when it is an ordinary word ("Slot, David"); function, role and organisation words are not."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        if s < 3 or text[s - 2 : s] != ", ":
            continue
        m = SURNAME_FIRST.search(text, max(0, s - 48), s)
        if not m:
            continue
        ss, se = m.span("sur")
        sur = m.group("sur").split()[-1]
        if _blocked(mask, ss, se) or sur in GOV_TERMS or sur.lower() in ORG_WORDS or sur.lower() in STOPWORDS:
            continue
        if sur.lower() in CUE_WORDS:
            continue  # "Buurman, Jan": an address, not a surname
        out.append((ss, se, person))
        _take(mask, ss, se)
    return out


def rule_lower_recurrence(text: str, mask: bytearray, parts: dict[str, P]) -> list[Span[P]]:
    """A found name written again in lower case: "oleh" after "Oleh Bondar". A part that is also an ordinary
    word ("iris", "thomas") only where it is spoken to: "Ja, iris." """
    out: list[Span[P]] = []
    for lo, person in parts.items():
        ordinary = lo in WORDS
        pos = text.find(lo)
        while pos != -1:
            end = pos + len(lo)
            if (
                (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-_@.'’"))
                and (end == len(text) or not (text[end].isalnum() or text[end] in "-_@'’"))
                and not _blocked(mask, pos, end)
                and (
                    not ordinary
                    or (
                        (end == len(text) or text[end] in ",.!?:")
                        and _GREETING_BEFORE.search(text, max(0, pos - 24), pos) is not None
                    )
                )
            ):
                out.append((pos, end, person))
                _take(mask, pos, end)
            pos = text.find(lo, end)
    return out


def lower_parts(people: list[P], parts_of: Callable[[P], set[str]]) -> dict[str, P]:
    """Lower-case forms of found name parts worth searching for again (three letters or more, no function word)."""
    out: dict[str, P] = {}
    for p in people:
        for part in parts_of(p):
            lo = part.lower()
            if len(lo) >= 3 and lo not in STOPWORDS and lo not in CUE_WORDS and lo not in ORG_WORDS and part != lo:
                out.setdefault(lo, p)
    return out
