"""Names in transcripts of calls, meetings and voice notes (round thirteen, from the blind corpus fresh16a).

A transcript names its speakers by initials after a time code ("(00:35) SK: mijn vrouw ...", "[00:00:06] ya: ik
woon ..."), or by a role with the name in brackets ("inwoner (babak): ..."); and a resident spells a surname with the
spelling alphabet ("de achternaam is Steen, S van Simon, T van Theodoor, E van Eduard"). The person rules read none
of these: the initials are no word, the name in brackets is in lower case, and "Simon" is a first name of nobody here
but spells a letter of the name. Each rule asks for its literal first (a time code, " van ").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, WORDS
from .paraphs import is_code
from .wordlists import CUE_WORDS, GOV_TERMS

P = TypeVar("P")
Span = tuple[int, int, P]

# "S van Simon, T van Theodoor": a letter and the word that spells it, two or more in a row
_SPELL_ONE = r"(?P<l>[A-Za-z])[ \t]+van[ \t]+(?P<w>[A-Za-z][a-zà-ÿ]+)"
_SPELL = re.compile(r"(?<![\w])[A-Za-z][ \t]+van[ \t]+[A-Za-z][a-zà-ÿ]+(?:[ \t]*,[ \t]*|[ \t]+)")
_SPELL_ITEM = re.compile(_SPELL_ONE)
_SPELL_SEP = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:en[ \t]+)?)")

# A time code opening a line: "(00:35)", "[00:00:06]", "00:01:27", "01:27 -", an SRT cue "00:01:18,200 --> 00:01:22,000"
_TIME = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?[\])]?)"
_CUE_LINE = re.compile(rf"^[ \t]*{_TIME}(?:[ \t]*-->[ \t]*{_TIME})?[ \t]*$", re.M)
_TIMED_LABEL = re.compile(
    rf"^[ \t]*(?:{_TIME}[ \t]*(?:[-–][ \t]*)?)?(?P<x>[A-Za-z]{{2,3}}|[^\W\d_][\w\-]*[ \t]*\((?P<n>[^\W\d_][\w'’\-]*)\))"
    r":[ \t]",
    re.M,
)
# Two or three letters before a colon that are no initials: fields, greetings, abbreviations
_NOT_INITIALS = frozenset(
    """
re fw fwd cc bcc nb ps ok aan van tel fax web url tav wv ca cq bv nv vs nl be de en of op in te ja nee
ai dm pm am hr it pr qa id ref nr no cv bsn pdf doc tip wie wat hoe nu
""".split()
)


def spelling_runs(text: str) -> list[tuple[int, int]]:
    """Runs of two or more "letter van word" where each word begins with its letter (no comma at the end)."""
    if " van " not in text:
        return []
    out = []
    for s, e in _spelled(text):
        while e > s and text[e - 1] in " \t,":
            e -= 1
        out.append((s, e))
    return out


def _spelled(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _SPELL.search(text, pos)
        if m is None:
            return out
        start, end, n = m.start(), m.start(), 0
        while True:
            item = _SPELL_ITEM.match(text, end)
            if item is None or item["l"].lower() != item["w"][0].lower():
                break
            n += 1
            end = item.end()
            sep = _SPELL_SEP.match(text, end)
            if sep is None or not _SPELL_ITEM.match(text, sep.end()):
                break
            end = sep.end()
        if n >= 2:
            out.append((start, end))
            pos = end
        else:
            pos = m.start() + 1


def rule_spelling_alphabet(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A surname spelled with the spelling alphabet names that person: the whole run goes."""
    out: list[Span[P]] = []
    for s, e in spelling_runs(text):
        if mask.find(1, s, e) != -1:
            continue
        letters = "".join(m["l"] for m in _SPELL_ITEM.finditer(text, s, e))
        out.append((s, e, new_person([letters.capitalize()])))
        mask[s:e] = b"\x01" * (e - s)
    return out


def rule_transcript_speakers(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """In a transcript (two time codes or more), a speaker's initials before the colon, or a name in brackets after a
    role ("inwoner (babak):"), is a person."""
    if ":" not in text or len(re.findall(_TIME, text[:4000])) < 2:
        return []
    out: list[Span[P]] = []
    seen: dict[str, P] = {}
    for m in _TIMED_LABEL.finditer(text):
        timed = m.group()[: m.start("x") - m.start()].strip() != ""
        prev = text.rfind("\n", 0, max(0, m.start() - 1))
        after_cue = m.start() > 0 and bool(_CUE_LINE.match(text, prev + 1))  # the line before is an SRT cue
        if m["n"]:
            s, e = m.span("n")
            word = m["n"]
            role = m["x"].split("(")[0].strip().lower()
            if role not in CUE_WORDS and role not in ("spreker", "beller", "inwoner", "bewoner", "tolk"):
                continue  # "Notitie (intern):": a heading, no speaker
            if word.lower() in WORDS and word.capitalize() not in FIRST_NAMES:
                continue  # "bewoner (anoniem):"
        else:
            s, e = m.span("x")
            word = m["x"]
            if word.lower() in _NOT_INITIALS or not (timed or after_cue) or is_code(word) or word in GOV_TERMS:
                continue  # "[09:13] UWV: bericht verstuurd": a body or a code speaks for no person
            if not word.isupper() and word.lower() in WORDS:
                continue  # "10:00 uur: start": a word, no initials
        if mask.find(1, s, e) != -1:
            continue
        key = word.lower()
        if key not in seen:
            seen[key] = new_person([word[:1].upper() + word[1:]])
        out.append((s, e, seen[key]))
        mask[s:e] = b"\x01" * (e - s)
    return out


# A name spelled out letter by letter with hyphens: "dat spel ik d-e-l-i-c", "S-A-H-U-P-U-T-I" (round twenty-three,
# from fresh18b and fresh29d; over the development data 208 of 208 such words were names).
_HYPHEN_SPELLED = re.compile(r"(?<![\w@.\-])(?:[A-Za-z]-){3,}[A-Za-z](?![\w\-])")
# The genitive of a lower-case word that is no Dutch word, before a noun: "abebe's collega", "petrova's brieven"
# (round twenty-three, from fresh18b; over the development data 104 of 104 were names). A plural ("foto's", "opa's")
# is a word.
_LOWER_GENITIVE = re.compile(r"(?<![\w@.'’\-])(?P<w>[a-zà-ÿ]{3,})['’]s(?=[ \t]+[a-zà-ÿ]{3,})")


def rule_spelled_and_genitives(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """Names spelled out with hyphens, and the genitives of lower-case words that are no words."""
    out: list[Span[P]] = []
    found: list[tuple[int, int]] = []
    if "-" in text:
        found += [m.span() for m in _HYPHEN_SPELLED.finditer(text)]
    if "'s" in text or "’s" in text:
        for m in _LOWER_GENITIVE.finditer(text):
            w = m.group("w")
            if w not in WORDS and w not in STOPWORDS and w.capitalize() not in PLACES_FULL:
                found.append(m.span("w"))
    people: dict[str, P] = {}
    for s, e in sorted(found):
        if mask.find(1, s, e) != -1:
            continue
        key = text[s:e].replace("-", "").lower()
        if key not in people:
            people[key] = new_person([text[s:e]])
        out.append((s, e, people[key]))
        mask[s:e] = b"\x01" * (e - s)
    return out
