"""A full date of a year long past is a date of birth unless the sentence says it is an event (round fourteen).

Measured over every development corpus (about 170,000 annotated items by some thirty authors), 5,928 full dates of
a year up to twelve years back were dates of birth and none was an ordinary date: the ordinary dates of mediation
work (letters, hearings, deadlines, meetings) are of this year and the last few. The cue-based finders miss a birth
date written without a cue ("Honderd jaar werd X op 14/1/1952", "Mijn zoon X is van 11-05-1989", a verification
question answered with a date); this default takes them. A date after an event word ("sinds 1 januari 2005",
"overleden op", "opgericht op", "besluit van") stays: that is history, not a birthday.
"""

from __future__ import annotations

import re

from .patterns import DATE_ISO, DATE_LEAD, DATE_NUM, DATE_SPACED, DATE_TXT, DOB_YEAR_MAX

_FULL_DATE = re.compile(
    r"(?<![\w\-/.:])(?P<date>" + DATE_LEAD + "(?:" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "))"
    r"(?![\w\-/]|[.,:]\d)",
    re.I,
)
# spoken dates in three numbers ("26 6 1953") only after a cue that asks for or gives a birth date
_SPACED_DATE = re.compile(r"(?<![\w\-/.:])(?P<date>" + DATE_SPACED + r")")
_SPOKEN_CUE = re.compile(r"(?i:\b(?:is|ben|bent|zijn|was)[ \t]+van|verificatie|controlevraag)\W{0,12}\w{0,6}\W{0,6}$")
# Words that make a date an event of the past: a start or an end, a founding, a death, a marriage, a decision.
_EVENT_BEFORE = re.compile(
    r"(?i:\b(?:sinds|vanaf|per|met[ \t]+ingang|ingang\w*|ingegaan|tot[ \t]+en[ \t]+met|t/m|tot|van[ \t]+kracht|"
    r"geldig|opgericht|geopend|gebouwd|opgeleverd|overleden|gestorven|stierf|begraven|getrouwd|gehuwd|huwelijk|"
    r"gescheiden|verhuisd|ingeschreven|uitgeschreven|in[ \t]+dienst|datum[ \t]+besluit|besluit|brief|uitspraak|"
    r"vonnis|beschikking|wet|verordening|gekocht|aangekocht|verkocht|huurcontract|contract|ontslagen|afgestudeerd|"
    r"diploma|overlijden\w*|ingeburgerd|genaturaliseerd|aangekomen|gevlucht|sedert))\b[^\n.;]{0,30}$"
)
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")


def old_dates_of_birth(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """Full dates of a year from 1900 to twelve years back, not masked and not after an event word."""
    if not any(y in text for y in ("19", "20")):
        return []
    out: list[tuple[int, int, str, str]] = []
    for rx in (_FULL_DATE, _SPACED_DATE):
        for m in rx.finditer(text):
            s, e = m.span("date")
            if mask.find(1, s, e) != -1:
                continue
            years = _YEAR.findall(m.group("date"))
            if not years or not 1900 <= int(years[-1]) <= DOB_YEAR_MAX:
                continue
            line_start = text.rfind("\n", 0, s) + 1
            before = text[max(line_start, s - 60) : s]
            if rx is _SPACED_DATE and not _SPOKEN_CUE.search(before):
                continue
            if _EVENT_BEFORE.search(before):
                continue
            out.append((s, e, "DATE_OF_BIRTH", "[geboortedatum] " + years[-1]))
            mask[s:e] = b"\x01" * (e - s)
    return out
