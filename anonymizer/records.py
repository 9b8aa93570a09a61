"""Names and dates in the rows of records and lists, found by the layout rather than by a cue word.

- A household list ("Gezinssamenstelling"): a row opening with a household role ("ouder", "kind 2", "partner"),
  then a name and a date in columns (two or more spaces, a tab, a comma) holds a person and that person's date
  of birth, whatever the date's spelling ("4-3-2015", "28 jan. 1975", "2 September 1947").
- A name field whose value stands after a dotted leader, a tab or a run of spaces ("Voorletters ....... Y.",
  "Achternaam<TAB>Van Ommen"): the colon-form is ``speakers.rule_name_fields``.
- An SQL ``INSERT INTO t (naam, tel) VALUES ('X', ...)``: a value under a name column is a person; the keywords
  of the statement are no names.
- The key of a field line ("Burgerservicenummer<TAB>[BSN]") is a key, not a name: shielded before persons are
  looked for.

Every finder is gated by a literal test, so text without its cue costs a few ``str.find`` calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .patterns import DATE_NUM, DATE_TXT, year_of
from .speakers import NAME_FIELDS, PURE_NAME_FIELDS, _name_value

P = TypeVar("P")
Span = tuple[int, int, P]
Cand = tuple[int, int, str, str]

# ---------------------------------------------------------------- household rows
_ROLES = (
    r"ouder|kind|partner|echtgenoo?t[e]?|moeder|vader|zoon|dochter|aanvrager|medeaanvrager|medebewoner|"
    r"gezinslid|inwonende|pleegkind|stiefkind|huisgenoot|oudste|jongste|broer|zus|opa|oma|parent|child|spouse"
)
_ROLE_GATE = (
    "ouder",
    "kind",
    "partner",
    "echtgeno",
    "moeder",
    "vader",
    "zoon",
    "dochter",
    "aanvrager",
    "bewoner",
    "gezinslid",
    "inwonend",
    "huisgenoot",
    "broer",
    "zus",
    "opa",
    "oma",
    "parent",
    "child",
    "spouse",
)
_COL = r"(?:[ \t]*\t[ \t]*|[ ]{2,}|[ \t]*[|;][ \t]*|,[ \t]+)"
HOUSEHOLD_ROW = re.compile(
    r"^[ \t]*[-*•]?[ \t]*(?P<role>(?:"
    + _ROLES
    + r")(?:[ \t]*\(?\d{1,2}\)?)?)[ \t]*:?"
    + _COL
    + r"(?P<name>[^\W\d_][^\t\n\d|;]{0,60}?)"
    + _COL
    + r"(?P<date>"
    + DATE_NUM
    + "|"
    + DATE_TXT
    + r")[ \t]*$",
    re.M | re.I,
)


def _household_rows(text: str, low: str) -> list[re.Match[str]]:
    if "\n" not in text or not any(w in low for w in _ROLE_GATE):
        return []
    return list(HOUSEHOLD_ROW.finditer(text))


def household_dates(text: str, low: str) -> list[Cand]:
    """The date of a household row ("kind 1   Yevhen   14/06/2012") is a date of birth."""
    out: list[Cand] = []
    for m in _household_rows(text, low):
        year = year_of(m)
        if year and 1900 <= int(year) <= 2100:
            out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year))
    return out


def _free(mask: bytearray, s: int, e: int) -> bool:
    return mask.find(1, s, e) == -1


def _take(mask: bytearray, s: int, e: int) -> None:
    mask[s:e] = b"\x01" * (e - s)


def _free_parts(text: str, mask: bytearray, s: int, e: int) -> list[tuple[int, int]]:
    """The stretches of ``text[s:e]`` no other rule took, without surrounding spaces and punctuation."""
    out: list[tuple[int, int]] = []
    i = s
    while i < e:
        if mask[i]:
            i += 1
            continue
        j = i
        while j < e and not mask[j]:
            j += 1
        seg = text[i:j]
        a = i + len(seg) - len(seg.lstrip(" ,'\""))
        b = j - (len(seg) - len(seg.rstrip(" ,'\"")))
        if a < b and any(c.isalpha() for c in text[a:b]):
            out.append((a, b))
        i = j
    return out


_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")


def _parts(val: str) -> list[str]:
    return [w.rstrip(".") for w in _WORD.findall(val) if len(w.rstrip(".")) > 1]


def rule_household_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The name cell of a household row is a person, also a lone first name ("kind 2   Jeandro   25/06/2010")."""
    out: list[Span[P]] = []
    for m in _household_rows(text, text.lower()):
        s, e = m.span("name")
        val = m.group("name").rstrip(" ,")
        e = s + len(val)
        if s < e and _free(mask, s, e) and len(val.split()) <= 6:
            out.append((s, e, new_person(_parts(val) or [val])))
            _take(mask, s, e)
    return out


# ---------------------------------------------------------------- name fields with a leader, a tab or spaces
_LEADER_FIELD = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z][A-Za-z ]{1,24}?)[ \t]*(?:\.{2,}|…+|_{2,})?[ \t]*(?:\t|[ ]{2,}|(?<=[.…_]))[ \t]*"
    r"(?P<val>[^\W\d_][^\t\n\d:;=|<>@\[\]()]{0,60}?)[ \t]*$",
    re.M,
)
_LEADER_GATE = ("naam", "voorletters", "initialen", "behandel", "aanvrager", "contact", "houder", "tenaam")


def rule_leader_name_fields(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """'Voorletters ....... Y.', 'Achternaam<TAB>Van Ommen': the value of a name field set off by a leader of dots,
    a tab or a run of spaces is a name (the value of a field of initials is one in any spelling)."""
    low = text.lower()
    if "\n" not in text or not any(w in low for w in _LEADER_GATE):
        return []
    out: list[Span[P]] = []
    for m in _LEADER_FIELD.finditer(text):
        key = m.group("key").strip().lower().replace(" ", "")
        if key not in NAME_FIELDS:
            continue
        s, e = m.span("val")
        val = m.group("val")
        if not _free(mask, s, e):
            continue
        parts = _name_value(val, key in PURE_NAME_FIELDS)
        if parts is None:
            continue
        out.append((s, e, new_person(_parts(val) or [val])))
        _take(mask, s, e)
    return out


# ---------------------------------------------------------------- SQL INSERT
_INSERT = re.compile(
    r"insert\s+into\s+[\w.\"`]+\s*\((?P<cols>[^()\n]{1,400})\)\s*values\s*\((?P<vals>[^\n]{1,800}?)\)\s*;?",
    re.I,
)
_SQL_VALUE = re.compile(r"'(?P<s>(?:[^'\n]|'')*)'|(?P<n>[^,\s)][^,)]*)")
_SQL_WORDS = re.compile(r"\b(?:INSERT\s+INTO|VALUES|UPDATE|SET|WHERE|SELECT|FROM)\b")


def _insert_rows(text: str) -> list[re.Match[str]]:
    if "insert" not in text and "INSERT" not in text:
        return []
    return list(_INSERT.finditer(text))


def rule_sql_insert_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A quoted value under a name column of an ``INSERT`` is a person, whatever its words."""
    out: list[Span[P]] = []
    for m in _insert_rows(text):
        cols = [c.strip().strip("\"`'").lower() for c in m.group("cols").split(",")]
        vals = list(_SQL_VALUE.finditer(m.group("vals")))
        if len(vals) != len(cols):
            continue
        base = m.start("vals")
        for col, v in zip(cols, vals, strict=True):
            if v.group("s") is None or (col not in NAME_FIELDS and not col.startswith("naam")):
                continue
            s, e = base + v.start("s"), base + v.end("s")
            val = text[s:e]
            if s < e and any(c.isalpha() for c in val) and not any(c.isdigit() for c in val):
                free = _free_parts(text, mask, s, e)
                if not free:
                    continue
                person = new_person(_parts(val) or [val])
                for a, b in free:
                    out.append((a, b, person))
                    _take(mask, a, b)
    return out


# ---------------------------------------------------------------- shields (before persons are looked for)
_KEY_BEFORE_VALUE = re.compile(
    r"(?:^|\n)[ \t]*(?P<key>[A-Z][\w\-./()]{2,40}(?: [\w\-./()]{2,20}){0,2})[ \t]*(?:\t|:)[ \t]*$"
)

_KEY_STEM = re.compile(
    r"(?i)nummer|\bnr\b|datum|adres|plaats|bedrag|kenmerk|kenteken|postcode|\bbsn|mail|\btel\b|telefoon|iban|"
    r"rekening|burgerservice|geb\.|geboren"
)


def shield_records(text: str, mask: bytearray, spans: Sequence[tuple[int, int, str, str]]) -> None:
    """Keep keys and keywords from being read as names: the key of a line whose value is a found identifier
    ("Burgerservicenummer<TAB>[BSN]") and the keywords of an SQL statement ("INSERT INTO", "VALUES")."""
    for s, e, lab, _r in spans:
        if lab == "PERSON" or text[e : e + 1] not in ("", "\n"):
            continue
        ls = text.rfind("\n", 0, s)
        m = _KEY_BEFORE_VALUE.search(text, max(ls, 0), s)
        if m and _KEY_STEM.search(m.group("key")):
            _take(mask, m.start("key"), m.end("key"))
    for m in _insert_rows(text):
        for k in _SQL_WORDS.finditer(text, m.start(), m.start("vals")):
            _take(mask, k.start(), k.end())


def rule_records(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The person rules of this module, in order: household rows, leader name fields, SQL inserts."""
    out = rule_household_names(text, mask, new_person)
    out += rule_leader_name_fields(text, mask, new_person)
    out += rule_sql_insert_names(text, mask, new_person)
    return out
