"""The machine-readable zone of a copied identity card or passport (round fourteen, from the blind OCR corpus
fresh18a).

A copy of an ID document in a case file carries its holder's name and birth date twice: in the printed fields and in
the zone of capitals and "<" at the bottom ("I<NLDXXXXXXXXX<<<", "9809251F3212031NLD<<<<<<<<<<<5",
"KURDANI<<RIMA<<<<"). The birth date is the first six figures of the TD1 card's second line (after the document
number on a TD3 passport's second line); the name line is the surname, "<<", the given names joined by "<".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .patterns import DOB_YEAR_MAX

P = TypeVar("P")

_DATE_LINE = re.compile(r"^(?:[A-Z0-9<]{9}\d[A-Z<]{3})?(?P<date>\d{6})\d[MFX<]\d{6}\d[A-Z<]{3}", re.M)
_NAME_LINE = re.compile(r"^(?:P<[A-Z]{3})?(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<*[ \t]*$", re.M)
_PART = re.compile(r"[A-Z]+")


def mrz_dates_of_birth(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """The holder's birth date (YYMMDD) on the zone's date line."""
    if "<<" not in text:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _DATE_LINE.finditer(text):
        yy, mm, dd = int(m["date"][:2]), int(m["date"][2:4]), int(m["date"][4:])
        year = 2000 + yy if 2000 + yy <= DOB_YEAR_MAX + 12 else 1900 + yy
        s, e = m.span("date")
        if 1 <= dd <= 31 and 1 <= mm <= 12 and mask.find(1, s, e) == -1:
            out.append((s, e, "DATE_OF_BIRTH", f"[geboortedatum] {year}"))
            mask[s:e] = b"\x01" * (e - s)
    return out


def rule_mrz_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """Every part of the holder's name on the zone's name line ("KURDANI<<RIMA")."""
    if "<<" not in text:
        return []
    out: list[tuple[int, int, P]] = []
    for m in _NAME_LINE.finditer(text):
        parts = [(p.start(), p.end()) for p in _PART.finditer(text, *m.span("name"))]
        person = new_person([text[s:e].capitalize() for s, e in parts])
        for s, e in parts:
            if mask.find(1, s, e) == -1:
                out.append((s, e, person))
                mask[s:e] = b"\x01" * (e - s)
    return out
