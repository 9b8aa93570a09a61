"""Dictated text with its punctuation spoken, read as written text (issue 10, round twenty-six).

Speech recognition of a dictated report writes the punctuation the speaker says: "op bezoek geweest bij de heer
verink komma runs verink komma adres lange hinkelgracht 159 punt nieuwe alinea geboren ...". Every rule that ends a
name, an address or a list item at a comma or a full stop misses these. ``dictated_view`` writes such a text with the
marks as punctuation ("... bij de heer verink, runs verink, adres lange hinkelgracht 159.⏎geboren ...") and keeps,
for every character of the view, the span of the text it stands for, so entities found in the view are cut from
the text. A text is read this way only when it says at least three marks; a spoken e-mail address ("j punt smit
apenstaartje ...") and a spoken number ("drie komma vijf") keep their words.
"""

from __future__ import annotations

import re

from .spoken import UNITS

# A mark said as a word, after a word: the full stop, comma, colon, question and exclamation marks; a new line.
_MARK = re.compile(
    r"(?<=\S) (?P<mark>dubbele punt|komma|punt|vraagteken|uitroepteken)(?= |\n|$)"
    r"|(?:(?<=\S)|^) ?(?P<line>nieuwe alinea|nieuwe regel|volgende regel|enter)(?: |$)",
    re.IGNORECASE,
)
_SIGNS = {"dubbele punt": ":", "komma": ",", "punt": ".", "vraagteken": "?", "uitroepteken": "!"}
_COUNT = re.compile(r" (?:komma|punt)(?= |\n|$)", re.IGNORECASE)
# What a spoken "punt" or "komma" stands inside: an e-mail address or web address, a number.
_ADDRESS_NEAR = re.compile(r"apenstaartje|@|\bat\b|\bwww\b", re.IGNORECASE)
_DOMAIN_AFTER = re.compile(r" (?:com|nl|net|org|eu|be|de|info|nu|frl)\b", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r" (?:\d|(?:" + "|".join(UNITS) + r")\b)", re.IGNORECASE)
MIN_MARKS = 3


def _kept(text: str, m: re.Match[str]) -> bool:
    """A mark that belongs to a spoken address or number, not to the sentence; or one before a capital, which the
    recogniser wrote for a name ("punt Schippers huurachterstand"): written as a full stop, the name would open a
    sentence and lose the evidence of its capital."""
    if _DOMAIN_AFTER.match(text, m.end()) or _NUMBER_AFTER.match(text, m.end()):
        return True
    if text[m.end() + 1 : m.end() + 2].isupper():
        return True
    return bool(_ADDRESS_NEAR.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)))


def dictated_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text with spoken marks written as signs, and for each character of it the start and end of what it stands
    for in ``text``; None when the text says fewer than ``MIN_MARKS`` marks."""
    if len(_COUNT.findall(text)) < MIN_MARKS:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _MARK.finditer(text):
        mark = m.group("mark")
        if mark is not None and _kept(text, m):
            continue
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        out.append(_SIGNS[mark.lower()] if mark is not None else "\n")
        starts.append(m.start())
        ends.append(m.end())
        pos = m.end()
    if pos == 0:
        return None
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends
