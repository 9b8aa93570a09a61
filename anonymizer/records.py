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

from .lexicon import FIRST_NAMES, SURNAMES, english_all
from .patterns import DATE_NUM, DATE_TXT, recent_year_of, year_of
from .speakers import FIELD_LABELS, NAME_FIELDS, PURE_NAME_FIELDS, _name_value
from .wordlists import HONORIFICS, PARTICLES

P = TypeVar("P")
Span = tuple[int, int, P]
Cand = tuple[int, int, str, str]

# ---------------------------------------------------------------- household rows
_ROLES = (
    r"ouder|kind|partner|echtgenoo?t[e]?|moeder|vader|zoon|dochter|aanvrager|medeaanvrager|medebewoner|"
    r"gezinslid|inwonende|pleegkind|stiefkind|huisgenoot|oudste|jongste|broer|zus|opa|oma|parent|child|spouse"
)
_ROLE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:" + _ROLES + r")")
_ROLE_AFTER_BREAK = re.compile(r"\n" + _ROLE_LINE.pattern)
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


# A heading that announces the members of a household, then rows "name, date" up to a blank line.
_HOUSEHOLD_HEAD = re.compile(
    r"^[ \t]*(?:gezinssamenstelling|samenstelling(?: van het)? (?:huishouden|gezin)|huishouden|gezinsleden|"
    r"(?:overige |inwonende |thuiswonende )?(?:kinderen|gezinsleden)|medebewoners|inwonenden)[ \t]*:?[ \t]*$",
    re.M | re.I,
)
_HEADED_ROW = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?P<name>[^\W\d_][^\t\n\d|;:]{0,60}?)"
    + _COL
    + r"(?P<date>"
    + "|".join((DATE_NUM, DATE_TXT, r"[0-3]\d[01]\d(?P<cy>(?:19|20)\d\d)"))
    + r")[ \t]*$",
    re.I,
)
_HEAD_GATE = ("gezin", "huishouden", "kinderen", "medebewoners", "inwonenden")


_DIGIT = re.compile(r"\d")
_LAST_ROWS: list[tuple[str, list[re.Match[str]]]] = []  # the last text's rows: its birth dates and names both read them


def _household_rows(text: str, low: str) -> list[re.Match[str]]:
    if "\n" not in text or _DIGIT.search(text) is None:
        return []
    last = _LAST_ROWS[0] if _LAST_ROWS else None
    if last is not None and last[0] is text:
        return last[1]
    rows = _household_rows_of(text, low)
    _LAST_ROWS[:] = [(text, rows)]
    return rows


def _household_rows_of(text: str, low: str) -> list[re.Match[str]]:
    rows: list[re.Match[str]] = []
    if len(low) == len(text):  # a scan led by the line break, case-sensitive on the lower-case text, is fast
        starts = [0] if _ROLE_LINE.match(low) else []
        starts += [r.start() + 1 for r in _ROLE_AFTER_BREAK.finditer(low)]
        for p in starts:
            m = HOUSEHOLD_ROW.match(text, p)
            if m:
                rows.append(m)
    elif any(w in low for w in _ROLE_GATE):
        rows = list(HOUSEHOLD_ROW.finditer(text))
    if any(w in low for w in _HEAD_GATE):
        for h in _HOUSEHOLD_HEAD.finditer(text):
            pos = h.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                m = _HEADED_ROW.fullmatch(text, pos, end)
                if m is None:
                    break
                rows.append(m)
                pos = end + 1
    return [m for m in rows if not _KEY_STEM.search(m.group("name"))]  # "Ingangsdatum   1 mei 2026": a field


def household_dates(text: str, low: str) -> list[Cand]:
    """The date of a household row ("kind 1   Yevhen   14/06/2012") is a date of birth."""
    out: list[Cand] = []
    for m in _household_rows(text, low):
        year = m.groupdict().get("cy") or year_of(m) or recent_year_of(m)  # "dochter  3 november '05"
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
    r"^[ \t]*(?:\d{1,2}\.\d{1,2}[ \t]+)?"  # "02.40 Geslachtsnaam ....: Bos": the number of a registry field
    r"(?P<key>[^\W\d_][^\W\d_ ().']{0,24}(?:[ (][^\W\d_ ().']{0,12}\)?|[().'][^\W\d_]{0,6}\)?){0,4}\.?)"
    r"[ \t]*(?:(?:\.{2,}|…+|_{2,}):?)?[ \t]*(?:\t|[ ]{2,}|(?<=[.…_:]))[ \t]*"
    r"(?P<val>[^\W\d_][^\t\n\d:;=|<>@\[\]()]{0,60}?)[ \t]*$",
    re.M,
)
_LEADER_GATE = ("naam", "voorletters", "initialen", "behandel", "aanvrager", "contact", "houder", "tenaam", "cli")
_LEADER_GATE += ("partner", "echtgeno", "kind", "melder", "bewoner", "huurder", "betrokkene", "roepna", "voorna")
# Household roles as a field's key ("Partner      Liesbeth Verhoeven-Prins"): the value is a person if it reads as a
# name. Keys are compared without spaces, brackets and dots ("Voorna(a)m(en)" -> "voornamen", "Echtgeno(o)t(e)").
_ROLE_KEY = re.compile(r"(?:" + _ROLES + r")(?:eren)?")  # the roles of the household rows, "kinderen" too


def _field_key(key: str) -> str:
    """A field's key in one spelling: lower case, without spaces and dots, optional letters in brackets dropped."""
    k = key.strip().lower().replace(" ", "").rstrip(".")
    return re.sub(r"\([^()]*\)", "", k) if "(" in k else k


def _leader_key(m: re.Match[str]) -> tuple[str, str]:
    raw = m.group("key").strip().lower().replace(" ", "").rstrip(".")
    return _field_key(raw), raw.replace("(", "").replace(")", "")  # "voorna(a)m(en)": "voornamen", "voornaamen"


def _leader_fields(text: str) -> list[re.Match[str]]:
    """The lines of ``text`` that are a name or household-role field set off by a leader, a tab or spaces."""
    out = []
    for m in _LEADER_FIELD.finditer(text):
        key, full = _leader_key(m)
        if (
            key in NAME_FIELDS
            or full in NAME_FIELDS
            or _ROLE_KEY.fullmatch(key)
            or key in ("tussenvoegsel", "tussenv")
            or key.startswith(("voorna", "geslachtsna", "echtgeno"))
        ):
            out.append(m)
    return out


def rule_leader_name_fields(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """'Voorletters ....... Y.', 'Achternaam<TAB>Van Ommen': the value of a name field set off by a leader of dots,
    a tab or a run of spaces is a name (the value of a field of initials is one in any spelling)."""
    low = text.lower()
    if "\n" not in text or not any(w in low for w in _LEADER_GATE):
        return []
    out: list[Span[P]] = []
    for m in _leader_fields(text):
        key, full = _leader_key(m)
        s, e = m.span("val")
        val = m.group("val")
        if not _free(mask, s, e):
            continue
        pure = key in PURE_NAME_FIELDS or full in PURE_NAME_FIELDS or key.startswith(("voorna", "geslachtsna"))
        if key in ("tussenvoegsel", "tussenv"):
            _take(mask, m.start("key"), m.end("key"))  # "Tussenv.   van 't": the particles are no name of their own
            continue
        parts = _name_value(val, pure)
        if parts is None:
            continue
        out.append((s, e, new_person(_parts(val) or [val])))
        _take(mask, s, e)
        _take(mask, m.start("key"), m.end("key"))  # "Partner": the key is no name
    return out


# ---------------------------------------------------------------- SQL INSERT
_INSERT = re.compile(
    r"insert\s+into\s+[\w.\"`]+\s*\((?P<cols>[^()\n]{1,400})\)\s*values\s*"
    r"\((?P<vals>(?:'(?:[^'\n]|'')*'|[^'()\n]){1,800})\)\s*;?",  # a quoted value may hold brackets: '+31(0)6-...'
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
    r"(?i)nummer|nr\b|datum|adres|plaats|bedrag|kenmerk|kenteken|postcode|\bbsn|mail|\btel\b|telefoon|iban|"
    r"rekening|burgerservice|geb\.|geboren|^(?:dob|d\.o\.b\.?|geb|gebdat|gsm|mob|mobiel|tel\.?|fax|e-?mail|id)$"
)


# Words that head a column or a field beside the keys of ``_KEY_STEM`` and the name fields.
_HEADER_WORDS = frozenset(
    "rol functie relatie geslacht straat straatnaam toevoeging huisletter woonplaats gemeente opmerking opmerkingen "
    "omschrijving soort type mob mobiel email e-mail aangemaakt gewijzigd ingediend ontvangen verzonden".split()
)
# A key that writes its optional letters in brackets: "Voorna(a)m(en)", "Echtgeno(o)t(e)": never a name.
_BRACKET_LETTERS = re.compile(r"[^\W\d_]+\([^\W\d_]{1,3}\)")


def header_like(cell: str) -> bool:
    """A cell that can head a column: a name header, a field label, a key ("Postcode", "Geb.datum", "Huisnr") or a
    short abbreviation in capitals ("BSN", "PC"); not a value ("Dam", "OWUSU", "Mies de Graaf")."""
    low = cell.strip(" \t\"':").lower().rstrip(".")
    return (
        low in NAME_FIELDS
        or _BRACKET_LETTERS.search(cell) is not None
        or low in FIELD_LABELS
        or low in _HEADER_WORDS
        or _KEY_STEM.search(cell) is not None
        or (
            cell.isascii()
            and cell.isalpha()
            and cell.isupper()
            and len(cell) <= 4
            and cell.capitalize() not in FIRST_NAMES
            and cell.capitalize() not in SURNAMES
        )  # not "PIET", "BOS"
    )


_PADDED_KEY = re.compile(r"(?m)^[ \t]*(?P<key>[^\W\d_][^\t\n:]{0,30}?)(?:\t|[ ]{2,}|[ \t]*\.{2,}[ \t]*:?)[ \t]*\S")


def _header_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of header lines of delimited tables ("Naam<TAB>Rol<TAB>Geb.datum",
    "Roepnaam;Achternaam;Straat;Huisnr"): a name header among cells that are all headers."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        sep = next((c for c in "\t;|" if c in line), None)
        if sep is None and line.count(",") >= 2 and ", " not in line:
            sep = ","  # "naam,Email,bsn,Postcode": a CSV header (prose has a space after its commas)
        if sep:
            cells = line.split(sep)
            named = [c for c in cells if c.strip(" \t\"'")]
            if (
                len(named) >= 2
                and any(c.strip(" \t\"':").lower() in NAME_FIELDS for c in named)
                and all(header_like(c) for c in named)
            ):
                q = pos
                for c in cells:
                    out.append((q, q + len(c)))
                    q += len(c) + 1
        pos += len(line) + 1
    return out


def _key_words(key: str) -> bool:
    """A key is one word, or words after the first in lower case or short capitals ("Datum aanvraag", "Bankrekening
    (IBAN)"); "Marit Verwoerd tel" is a name before a cue."""
    return all(w[:1].islower() or w[:1] == "(" or (w.isupper() and len(w) <= 4) for w in key.split()[1:])


# also after a checkbox or a bullet: "[x] Reference: IDSK-2025-62966" (round thirty-one, from fresh37b); an English
# word is a key only after a checkbox (a bullet's "- Lama:" is whose action it is)
_LINE_KEY = re.compile(
    r"^[ \t]*(?:(?P<box>\[[ xX]?\][ \t]*)|[-*•][ \t]+)?"
    r"(?P<key>[A-Z][a-z][\w\-./]{1,30}(?: [a-z][\w\-./()]{1,20}){0,2})[ \t]*:",
    re.M,
)
# XML elements: the name of an element that is closed somewhere ("</Zaak>") or closes itself ("<Voorvoegsel/>")
_XML_CLOSE = re.compile(r"</(?P<n>[A-Za-z][\w.\-:]{0,40})[ \t]*>")
_XML_OPEN = re.compile(r"</?(?P<n>[A-Za-z][\w.\-:]{0,40})(?=[\s/>])(?:[^<>\n]*?(?P<self>/)>)?")
_FAM = re.compile(r"(?<![\w\-])(?:Fam|FAM)\.?(?=[ \t]+[A-Z])")
_POST_BOX = re.compile(r"(?<![\w\-])(?P<w>[Pp]ostbus|POSTBUS|[Aa]ntwoordnummer|ANTWOORDNUMMER)(?=[ \t]*\d)")


# A calendar (iCalendar) line's property and its parameters: "ATTENDEE;CN=...;ROLE=REQ-PARTICIPANT:mailto:..."
# (round thirty-three, from holdout32): the keys are no names, the CN value is one (extend.rule_ical_names)
ICAL_LINE = re.compile(
    r"(?m)^(?P<prop>BEGIN|END|SUMMARY|ATTENDEE|ORGANIZER|LOCATION|DESCRIPTION|DTSTART|DTEND|DTSTAMP|UID|CONTACT)"
    r"(?P<params>(?:;[A-Z\-]+=(?:\"[^\"\n]*\"|[^:;\n]*))*)[:;]"
)
_ICAL_PARAM = re.compile(r";(?P<k>[A-Z\-]+)=")


def _shield_ical(text: str, mask: bytearray) -> None:
    """Keep a calendar line's property and parameter names from being read as names ("ATTENDEE", "CN")."""
    for m in ICAL_LINE.finditer(text):
        _take(mask, m.start("prop"), m.end("prop"))
        for k in _ICAL_PARAM.finditer(text, m.start("params"), m.end("params")):
            _take(mask, k.start("k"), k.end("k"))


def shield_records(text: str, mask: bytearray, spans: Sequence[tuple[int, int, str, str]]) -> None:
    """Keep keys and keywords from being read as names: the key of a line whose value is a found identifier
    ("Burgerservicenummer<TAB>[BSN]"), the keywords of an SQL statement ("INSERT INTO", "VALUES") and the word of a
    post box before its number ("Postbus 3985")."""
    if "BEGIN:" in text or "ATTENDEE" in text or "ORGANIZER" in text:
        _shield_ical(text, mask)
    for s, e, lab, _r in spans:
        if lab == "PERSON" or text[e : e + 1] not in ("", "\n"):
            continue
        ls = text.rfind("\n", 0, s)
        m = _KEY_BEFORE_VALUE.search(text, max(ls, 0), s)
        if m and _KEY_STEM.search(m.group("key")) and _key_words(m.group("key")):
            _take(mask, m.start("key"), m.end("key"))
    for m in _insert_rows(text):
        for k in _SQL_WORDS.finditer(text, m.start(), m.start("vals")):
            _take(mask, k.start(), k.end())
    if ":" in text:  # "Adres moeder: ...", "Geboortedatum kind:": the key of a field line is no name
        for m in _LINE_KEY.finditer(text):
            key = m.group("key")
            # an English word as a key only on a form's line ("[x] Reference:"), not a speaker ("Long: ...")
            english_key = m.group("box") and " " not in key and key.lower() in english_all() and key not in FIRST_NAMES
            if (_KEY_STEM.search(key) or header_like(key) or english_key) and _key_words(key):
                _take(mask, m.start("key"), m.end("key"))  # also "Mob. : +597 ...": a header word
    if "\n" in text and any(w in text.lower() for w in _LEADER_GATE):  # "Partner      Liesbeth ...": a key
        for m in _leader_fields(text):
            _take(mask, m.start("key"), m.end("key"))
    if "Fam" in text or "FAM" in text:  # "Aanwezig: Fam. Bakker": the title, not a name (the surname is judged)
        for m in _FAM.finditer(text):
            _take(mask, m.start(), m.end())
    if (
        "\t" in text or ";" in text or "|" in text or "," in text
    ):  # "Naam<TAB>Rol<TAB>Geb.datum": a table's header, no names
        for a, b in _header_lines(text):
            _take(mask, a, b)
    if "\t" in text or "  " in text:  # "Mob.<TAB>06...", "DOB          12 nov 1964": the key of a padded form line
        for m in _PADDED_KEY.finditer(text):
            # a key holds no number: "   Valbota geb. 27 apr. 2015   school: ..." is a child's line (round 21)
            if header_like(m["key"]) and not any(c.isdigit() for c in m["key"]):
                _take(mask, m.start("key"), m.end("key"))
    if "</" in text or "/>" in text:  # "<Betrokkene rol=...>", "</Verblijfadres>": element names, no names
        names = {m["n"] for m in _XML_CLOSE.finditer(text)}
        for m in _XML_OPEN.finditer(text):
            if m["n"] in names or m["self"]:
                _take(mask, m.start("n"), m.end("n"))
    if "ostbus" in text or "ntwoordnummer" in text:  # "gemeente Heerlen, Postbus 3985": a post box, no name
        for m in _POST_BOX.finditer(text):
            _take(mask, m.start(), m.end("w"))


# ---------------------------------------------------------------- a name cell beside an identifier on a record line
_TITLE = r"(?:(?:mw|mevr|mevrouw|dhr|de heer|meneer|mr|dr|fam|familie)\.?[ \t]+)?"
_NAME_CELL = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?" + _TITLE + r"(?P<name>[^\W\d_][^\n\d:;=|<>@\[\]()/—–]{0,60}?)"
    r"[ \t]*(?:\((?P<rel>[^()\n\d]{2,24})\)[ \t]*)?"
    r"(?P<sep>,[ \t]*(?![A-Z]\.)|\t[ \t]*|[ ]{2,}|[ \t]*\|[ \t]*"
    r"|[ \t]+(?:tel(?:efoon)?\.?|mob(?:iel)?\.?|nr\.?)?[ \t]*:[ \t]*"
    r"|[ \t]+tel(?:efoon)?\.?[ \t]+|[ \t]*[—–/][ \t]*|[ \t]+-[ \t]+)(?=\S)",
    re.M,
)
_CELL_END = re.compile(r"(?:[,:\t|/—–]|\s-|  |\btel\.?)[ \t]*\Z")
_AFTER_ID = re.compile(r"[ ]{2,}(?P<name>[^\W\d_][^\n\d:;=|<>@\[\]()]{1,50}?)(?=[ ]{2,}|[ \t]*$)", re.M)


def _masked_id(text: str, mask: bytearray, p: int) -> bool:
    """A found identifier (a run of taken characters holding three or more digits) starts at ``p``."""
    if p >= len(text) or not mask[p]:
        return False
    q = p
    while q < len(text) and mask[q] and text[q] != "\n":
        q += 1
    return sum(c.isdigit() for c in text[p:q]) >= 3


_DOCUMENT_TAILS = ("rapport", "verslag", "overzicht", "notitie", "formulier", "besluit", "lijst", "brief", "staat")


def _document_word(lo: str) -> bool:
    """A compound naming a document: "OPLEVERRAPPORT", "Inspectieverslag" (round thirty-four, from holdout33)."""
    from .lexicon import split_compound

    return lo.endswith(_DOCUMENT_TAILS) and split_compound(lo)


def _name_like(val: str) -> list[str] | None:
    """The name parts of a cell that reads as a name: 1 to 5 words, not a key, a body or ordinary words only."""
    from .lexicon import FIRST_NAMES, PLACE_WORDS, PLACES_FULL, STOPWORDS, WORDS, english_words
    from .wordlists import CHAT_WORDS, FOREIGN_WORDS, ORG_WORDS

    words = val.split()
    if val in PLACES_FULL or val.title() in PLACES_FULL or (len(words) == 1 and val.title() in PLACE_WORDS):
        return None
    if not 1 <= len(words) <= 5 or _KEY_STEM.search(val) or "‘" in val or "“" in val:
        return None  # a quoted title ("Burgerinitiatief ‘Groene Schoolroute’") is no name (round nineteen)
    if words[0].lower() in STOPWORDS and words[0].capitalize() not in FIRST_NAMES:
        return None  # "Bij geen gehoor", "Ons kenmerk"
    if len(words) >= 2 and any(w.lower() in ORG_WORDS for w in words):
        return None  # "Bonnenregister Team Handhaving Gouda, 27/6/2025": a body's register (round thirty-one)
    parts = _name_value(val)
    if not parts:
        return None
    core = [w.strip(".,'’\"”") for w in words if len(w.strip(".,'’\"”")) > 1 and not w.endswith(".")]
    if not core:
        return parts if all(w.endswith(".") for w in words) else None  # initials only
    if any(w[:1].isupper() for w in core) and any(w.islower() and w not in PARTICLES for w in core):
        return None  # "Handhavingsverzoek permanente bewoning – [case]": a title, lower-case words go on (round 22)
    # "can you call me pls, [phone]": words of English, another language or a chat are no name (round twenty-six)
    plain = (WORDS, STOPWORDS, english_words(), FOREIGN_WORDS, CHAT_WORDS)
    odd = [w for w in core if not any(w.lower() in ws for ws in plain) and not _document_word(w.lower())]
    named = [w for w in core if w[:1].isupper() and (w in FIRST_NAMES or w.capitalize() in FIRST_NAMES)]
    return parts if odd or named else None


_CUE_LEAD = re.compile(
    r"(?i:ondergetekende|ondergetekenden|aanvrager|aanvraagster|huurder|verhuurder|klant)[ \t]+(?=[A-Z])"
)


def rule_cells_beside_identifiers(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A name standing as a cell of a record line right before a found identifier ("Marit Verwoerd tel: [phone]",
    "Rami, [birth date]", "Wai Man Xu (zoon): [phone]", "Zhang Man Kit | [BSN] | ...") or right after an account
    number in a bank line ("naar [IBAN]  PHAM DUC ANH  omschrijving") is a person."""
    if "\n" not in text and "|" not in text and "  " not in text:
        return []
    out: list[Span[P]] = []
    if mask.find(1) == -1:
        return out
    for ls in _lines_with_taken(text, mask):
        if not _separated_run(text, mask, ls):
            continue  # no separator right before one of the line's first identifiers: no name cell to read
        m = _NAME_CELL.match(text, ls)
        if m is None or not _masked_id(text, mask, m.end()):
            continue
        s, e = m.span("name")
        val = m.group("name").rstrip(" ,")
        lead = _CUE_LEAD.match(val)
        if lead:  # "Ondergetekende Filipa Barros, [birth date]": the role word before the name stays (round 28)
            s, val = s + lead.end(), val[lead.end() :]
        e = s + len(val)
        if s < e and _name_like(val):
            out += _take_cell(text, mask, s, e, new_person)
    if "  " in text:
        for m in _AFTER_ID.finditer(text):
            if m.start() == 0 or not mask[m.start() - 1]:
                continue
            run = _run_start(mask, m.start() - 1)
            if m.start() - run < 12 or not _masked_id(text, mask, run):
                continue  # an account or phone number, not a postcode before its place ("8441VX  Zoetermeer")
            s, e = m.span("name")
            val = m.group("name")
            if _name_like(val) and not val.islower():
                out += _take_cell(text, mask, s, e, new_person)
    return out


def _take_cell(text: str, mask: bytearray, s: int, e: int, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The free stretches of a name cell, as one person (another rule may have taken a part of it already)."""
    free = _free_parts(text, mask, s, e)
    if not free:
        return []
    val = text[s:e]
    person = new_person(_parts(val) or [val])
    for a, b in free:
        _take(mask, a, b)
    return [(a, b, person) for a, b in free]


def _lines_with_taken(text: str, mask: bytearray) -> list[int]:
    """Starts of the lines holding a taken character (a found identifier), ascending."""
    out: list[int] = []
    p = mask.find(1)
    while p != -1:
        ls = text.rfind("\n", 0, p) + 1
        out.append(ls)
        le = text.find("\n", p)
        if le == -1:
            break
        p = mask.find(1, le + 1)  # past the line break (a taken span may hold one)
    return out


def _separated_run(text: str, mask: bytearray, ls: int) -> bool:
    """One of the first three taken runs of the line starting at ``ls`` follows a cell separator within 90 characters
    ("Zhang Man Kit | [BSN]": the name itself may be taken in part)."""
    le = text.find("\n", ls)
    le = len(text) if le == -1 else le
    p = mask.find(1, ls, le)
    for _ in range(3):
        if p == -1 or p - ls > 90:
            return False
        if p > ls and _CELL_END.search(text, ls, p):
            return True
        q = mask.find(0, p, le)
        if q == -1:
            return False
        p = mask.find(1, q, le)
    return False


def _run_start(mask: bytearray, p: int) -> int:
    while p > 0 and mask[p - 1]:
        p -= 1
    return p


# A heading or key over a list of people: "betrokkenen:", "Presentielijst bewonersavond 8 augustus", "Aanwezigen".
_PEOPLE_HEADING = re.compile(
    r"(?im)^[ \t]*(?:[#*_]+[ \t]*)?(?:betrokkenen|betrokken\s+personen|aanwezigen|aanwezig|presentielijst|deelnemers|"
    r"genodigden|afgemeld|afwezig|gezinsleden|huisgenoten|contactpersonen|sprekers)\b[^\n]{0,60}\n"
)
_BULLET_ITEM = re.compile(r"[ \t]*[-*•][ \t]+(?P<item>[^\n]*)")
_ITEM_ADDRESS = re.compile(r"(?i:" + HONORIFICS + r")[ \t]+")  # "- mr. Tran": the form of address stays
_ITEM_END = re.compile(r"[ \t]*(?:\(|,|;|[-–][ \t]|$)")


def rule_people_list(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The bulleted items under a heading that lists people ("betrokkenen:", "Presentielijst ...") are names in any
    case or spelling: "- PINAS", "- Schilder", "- mr. Tran" (its form of address stays). An item that opens with a
    body ("- namens Woonbron: Kok", "- Team Wonen") or holds ordinary words only is left to the other rules."""
    if "-" not in text and "*" not in text and "•" not in text:
        return []
    out: list[Span[P]] = []
    for h in _PEOPLE_HEADING.finditer(text):
        pos = h.end()
        while True:
            m = _BULLET_ITEM.match(text, pos)
            if not m:
                break
            pos = m.end() + 1
            s = m.start("item")
            item = m.group("item")
            if ":" in item:
                continue
            lead = _ITEM_ADDRESS.match(item)
            s += lead.end() if lead else 0
            end = _ITEM_END.search(text, s, m.end())
            e = end.start() if end else m.end()
            val = text[s:e].rstrip(" .")
            e = s + len(val)
            if val and _free(mask, s, e) and _name_value(val) is not None and not _plain_words(val):
                out.append((s, e, new_person(_parts(val) or [val])))
                _take(mask, s, e)
    return out


def _plain_words(val: str) -> bool:
    """Only ordinary lower-case words ("- geen", "- de buren"): no name."""
    from .lexicon import WORDS

    return all(w.islower() and w in WORDS for w in val.split())


def rule_records(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The person rules of this module, in order: household rows, leader name fields, SQL inserts, people lists."""
    out = rule_household_names(text, mask, new_person)
    out += rule_leader_name_fields(text, mask, new_person)
    out += rule_sql_insert_names(text, mask, new_person)
    out += rule_cells_beside_identifiers(text, mask, new_person)
    out += rule_people_list(text, mask, new_person)
    return out
