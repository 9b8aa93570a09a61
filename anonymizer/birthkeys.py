"""Dates of birth by the key of a structured record (issue 10, round five).

Exports and forms write a birth date under many keys ("geboortedatum", "geb.datum", "dob", "birthdate",
"date_of_birth", "geboren_op", vCard ``BDAY``) and in many formats ("1987-03-12", "12.03.1987", "12/03/'87",
"12 mrt 1987", "19870312"), in JSON, YAML, XML, CSV and "key: value" lines. ``record_dates`` finds the value under
a birth key as a DATE_OF_BIRTH candidate, and the spans of dates under another date key ("datum", "aanmaakdatum",
"created", "ingediend", "verzonden": kept), so that a record's own dates are not read as birth dates because the
record also has a birth-date column. A text with no birth key pays one search.
"""

from __future__ import annotations

import re
from datetime import date

from .patterns import DAY_WORDS, DOB_YEAR_MAX, _matches_at, json_birth_dates
from .records import _ROLES, household_dates
from .rxutil import find_all
from .wordlists import FOREIGN_MONTHS

_MON = r"jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec"
VALUE = (
    r"(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+Z?)?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:(?:19|20)\d\d|['’]?\d\d)"
    rf"|\d{{1,2}}(?:e|ste)?[ \-/.](?:{_MON})[a-z]*\.?[ \-/.](?:(?:19|20)\d\d|['’]?\d\d)"
    r"|(?:19|20)\d{6}|[0-3]\d[01]\d(?:19|20)\d\d"
    rf"|[0-3]\d(?:{_MON})(?:(?:19|20)\d\d|\d\d))"  # "14JAN1963", "03may85": the month glued to day and year
)
_VALUE_RE = re.compile(VALUE + r"\Z", re.IGNORECASE)
_TRIGGER = re.compile(r"geb(?:oren|oorte|\.|_|dat|\b)|dob|d\.o\.b|birth|bday", re.IGNORECASE)
# The same without re.I for a lower-case ASCII text (the same matches there; many times faster to scan).
_TRIGGER_LOW = re.compile(_TRIGGER.pattern)


def _triggers(low: str) -> re.Pattern[str]:
    """The trigger pattern to scan ``low`` (the text in lower case) with."""
    return _TRIGGER_LOW if low.isascii() else _TRIGGER


_GATE = ("geb", "dob", "d.o.b", "birth", "bday")
_BIRTH_KEYS = frozenset(
    (
        "geboortedatum",
        "gebdatum",
        "gebdat",
        "geb",
        "geboren",
        "geborenop",
        "geboortedag",
        "geboorte",
        "dob",
        "birthdate",
        "birth",
        "dateofbirth",
        "birthday",
        "bday",
        "geboortedatumaanvrager",
    )
)
_OTHER_KEY = re.compile(
    r"datum|date|created|updated|modified|ingediend|verzonden|ontvangen|gewijzigd|aangemaakt|rev$|tijdstip|timestamp"
)
# A date value, then the key right before it (read backwards from the value: values are rare, keys are not):
# "key": "value", key: value, key = value (not "VALUE=date:" of a vCard), <key>value</key>, <key datum="value"/>
_VALUE_FIND = re.compile(r"(?<![\w/\-.])(?P<val>" + VALUE + r")", re.IGNORECASE)
_KV_BEFORE = re.compile(
    r"(?<![\w;=.\-])[\"']?(?P<key>[A-Za-z][\w.\-]{0,40}(?: of birth)?)[\"']?[ \t]*[:=][ \t]*[\"']?$", re.IGNORECASE
)
_XML_BEFORE = re.compile(
    r"<(?P<key>[\w.\-:]{1,40})(?:\s[^<>]*?)?(?:>\s*|\s(?:value|val|waarde|datum|date)=[\"'])$", re.IGNORECASE
)
_KV_AFTER = re.compile(r"(?![\w/\-])")
_XML_AFTER = re.compile(r"\s*</|[\"']")
_VCARD_RE = re.compile(r"^BDAY(?:;[^:\n]*)?:(?P<val>" + VALUE + r")", re.IGNORECASE | re.MULTILINE)
_SEPS = (";", "\t", "|", ",")


# also broken over a line ("Geboorte-⏎datum: ...", round ten)
_BIRTH_WORD_BEFORE = re.compile(
    r"(?<![\w])(?:geb\.?|geboorte|birth|date of)(?:[ \t]*|[-\u00ac\u00ad][ \t]*\r?\n?[ \t]*)$", re.IGNORECASE
)


def _norm_key(key: str) -> str:
    key = key.lower().rsplit(":", 1)[-1]
    return re.sub(r"[\s_.\-]", "", key)


def _year(val: str) -> int | None:
    """The year of a date value: "19870312" and "12031987" by position, "12/03/'87" as 1987."""
    if val.isdigit() and len(val) == 8:
        return int(val[:4]) if val[:2] in ("19", "20") and int(val[4:6]) <= 12 else int(val[4:])
    m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", val)
    if m:
        return int(m.group())
    m = re.search(r"['’]?(\d\d)$", val)
    if m:
        y = int(
            m.group(1)
        )  # under a birth key "13/7/'02" is 2002: a two-digit year not in the future is this century's
        return 2000 + y if 2000 + y <= date.today().year else 1900 + y
    return None


def drop_kept(cands: list[tuple[int, int, str, str, int]], keep: list[tuple[int, int]]) -> list:
    """The candidates without a DATE_OF_BIRTH inside a date kept by its key."""
    if not keep:
        return cands
    return [c for c in cands if c[2] != "DATE_OF_BIRTH" or not any(s <= c[0] and c[1] <= e for s, e in keep)]


# A key that names a birth whatever follows ("Geboortedatum partner", "geb.datum_kind", "date_of_birth_child",
# "Birth date (moeder)") is a birth key, never "another date": the person it belongs to does not change that.
# Also the key in another language (round ten): German "Geburtsdatum", French "date de naissance", Spanish "fecha de
# nacimiento", Italian "data di nascita", Portuguese "data de nascimento", Polish "data urodzenia", Turkish "doğum
# tarihi", Arabic in Latin letters "tarikh al-milad"; and a birthday with its year ("Verjaardag: 12-06-1975").
_BIRTH_STEM = re.compile(
    r"geboort|geboren|^geb(?:dat|$)|^gebo{1,2}r[a-z]{0,4}datum|birth|^dob|bday|geburt|naissance|nacimiento|nascimento|nascita|urodz|doğum|dogum|"
    r"milad|verjaardag"
)


def _is_birth(key: str) -> bool:
    k = _norm_key(key)
    return k in _BIRTH_KEYS or bool(_BIRTH_STEM.search(k))


def _is_other(key: str) -> bool:
    k = _norm_key(key)
    return not _is_birth(key) and bool(_OTHER_KEY.search(k))


def _csv(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of date cells below a CSV header naming a birth key ("birth") or another date ("other").
    Only lines holding a birth key are read as headers."""
    out: list[tuple[int, int, str]] = []
    done: set[int] = set()
    for t in _triggers(low).finditer(low):
        h0 = text.rfind("\n", 0, t.start()) + 1
        if h0 in done:
            continue
        done.add(h0)
        h1 = text.find("\n", h0)
        if h1 < 0:
            continue  # a header without rows
        header = text[h0:h1]
        sep = next((c for c in _SEPS if c in header), None)
        if sep is None:
            continue
        cols = [c.strip().strip("\"'") for c in header.split(sep)]
        kinds = ["birth" if _is_birth(c) else "other" if _is_other(c) else "" for c in cols]
        if "birth" not in kinds:
            continue
        # in a table with a birth column, a date in any other column is another date ("laatste contact",
        # "aangemeld"): its cells are kept (round eight)
        kinds = [k or "other" for k in kinds]
        p = h1 + 1
        while p < len(text):
            end = text.find("\n", p)
            end = len(text) if end < 0 else end
            cells = text[p:end].split(sep)
            if len(cells) != len(cols):
                break
            q = p
            for cell, kind in zip(cells, kinds, strict=True):
                raw = cell.strip().strip("\"'")
                if kind and raw and _VALUE_RE.match(raw):
                    s = q + cell.index(raw)
                    out.append((s, s + len(raw), kind))
                q += len(cell) + 1
            p = end + 1
    return out


# A table aligned with spaces, as a legacy screen prints it ("REL-NR  NAAM   GEBDAT    POSTC⏎712540  KAMP, J.   25.11.00
# 8110 PA"): a header line of cells parted by two spaces or more, the rows' cells starting where the header's do.
_GAP = re.compile(r"[ \t]{2,}|\t")
_CELL = re.compile(r"\S+(?: \S+)*")


def _cells(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CELL.finditer(line)] if _GAP.search(line) else []


def aligned_columns(text: str, low: str, kind_of) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cells of space-aligned tables whose header cell ``kind_of`` names (a kind or "");
    only header lines holding a birth key are read, the rows below them up to the first line of fewer than two
    cells."""
    out: list[tuple[int, int, str]] = []
    done: set[int] = set()
    for t in _triggers(low).finditer(low):
        h0 = text.rfind("\n", 0, t.start()) + 1
        if h0 in done:
            continue
        done.add(h0)
        h1 = text.find("\n", h0)
        if h1 < 0:
            continue
        heads = _cells(text[h0:h1])
        if len(heads) < 3 or any(c in text[h0:h1] for c in ":|;\t"):
            continue  # a field line or another table's header
        kinds = [kind_of(text[h0 + a : h0 + b]) for a, b in heads]
        if "birth" not in kinds:
            continue
        p = h1 + 1
        while p < len(text):
            end = text.find("\n", p)
            end = len(text) if end < 0 else end
            cells = _cells(text[p:end])
            if len(cells) < 2:
                break
            for (a, _b), kind in zip(heads, kinds, strict=True):
                cell = next(((x, y) for x, y in cells if abs(x - a) <= 1), None)
                if kind and cell:
                    out.append((p + cell[0], p + cell[1], kind))
            p = end + 1
    return out


def _date_kind(head: str) -> str:
    return "birth" if _is_birth(head) else "other" if _is_other(head) else ""


# A birth year alone, in brackets right after a person's name (round eight): "Yolanda Rosaria (1965)", "Stijn
# Coelho (kind, 2017)", "(geb. 1984)", "(*1984)", "(° 1984)", "(43 jaar, 1981)", "(1981, zoon)". A year is no date of
# birth elsewhere ("de Wmo (2015)", "sinds 2019"): the name before the bracket, a role, an age or a birth sign is
# the evidence. The replacement holds no year: the year is the identifier here.
_YEAR_ITEM = r"(?:" + _ROLES + r"|\d{1,3}[ \t]*(?:jaar|jr\.?))"
_YEAR_AFTER_NAME = re.compile(
    r"[ \t]?\([ \t]*(?:" + _YEAR_ITEM + r"[ \t]*[,;][ \t]*)?"
    r"(?:(?:geb(?:oren)?\.?(?:[ \t]+in)?|geboortejaar:?|born(?:[ \t]+in)?|b\.|°|\*)[ \t]*)?"
    r"(?P<year>(?:19|20)\d\d|['’]\d\d)(?:[ \t]*[,;][ \t]*" + _YEAR_ITEM + r")?[ \t]*\)",
    re.IGNORECASE,
)


# A year after a name and a comma closing a line, in a text that announces birth years ("Kinderen (naam,
# geboortejaar):⏎* Meryem Tamminga, 2017").
_YEAR_CELL_AFTER_NAME = re.compile(r"[ \t]*[,;|\t][ \t]*(?P<year>(?:19|20)\d\d)[ \t]*(?=\n|$|[|;])")
_YEAR_HEADINGS = ("geboortejaar", "geb.jaar", "geb. jaar", "geboren in", "jaar van geboorte")


def year_after_name(text: str, end: int) -> tuple[int, int, str, str] | None:
    """A birth year in brackets right after a name ending at ``end`` (see ``_YEAR_AFTER_NAME``), or as the next cell
    of a line in a text that names birth years, as a candidate."""
    m = _YEAR_AFTER_NAME.match(text, end)
    if m is None:
        m = _YEAR_CELL_AFTER_NAME.match(text, end)
        if m is None or not any(h in text.lower() for h in _YEAR_HEADINGS):
            return None
    year = m["year"].lstrip("'’")
    if len(year) == 2:  # "Jan Smit ('79)": a year of the last century, or of this one not in the future
        year = str(2000 + int(year)) if 2000 + int(year) < date.today().year else "19" + year
    if not 1900 <= int(year) < date.today().year:
        return None
    return m.start("year"), m.end("year"), "DATE_OF_BIRTH", "[geboortejaar]"


# A birth year after a birth word or sign anywhere: "geboren in 1984", "geboortejaar: 1979", "geb. 1984", "(*1984)",
# "° 1984", "born in 1990". Not a date: the full dates after these cues are ``patterns.find_dob``'s.
_BIRTH_YEAR = re.compile(
    r"(?:(?<![\w])(?:geboortejaar|geb(?:oren)?\.?(?:[ \t]+(?:in|het[ \t]+jaar))?|born(?:[ \t]+in)?)[ \t]*[:=]?"
    r"|(?<![\w*])[°*])[ \t]*(?P<year>(?:19|20)\d\d)(?![\w\-/*]|[.,:]\d)",
    re.IGNORECASE,
)
_BIRTH_YEAR_GATE = ("geb", "born", "°", "*")  # every match of _BIRTH_YEAR in the lower-case text opens with one


def birth_years(text: str, low: str) -> list[tuple[int, int, str, str]]:
    """Birth years after a birth word or sign (see ``_BIRTH_YEAR``), of a past year."""
    if not any(k in low for k in _BIRTH_YEAR_GATE):
        return []
    this_year = date.today().year
    return [
        (m.start("year"), m.end("year"), "DATE_OF_BIRTH", "[geboortejaar]")
        for m in _matches_at(_BIRTH_YEAR, low, find_all(low, _BIRTH_YEAR_GATE))  # round ten: at its openings only
        if 1900 <= int(m["year"]) < this_year
    ]


# ---------------------------------------------------------------- round ten: other languages, ages, short years
_MONTH_ALT = "|".join(sorted(set(FOREIGN_MONTHS.split()), key=len, reverse=True))
_YEAR4 = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_ANY_LANG_DATE = (
    r"(?:\d{1,2}[ \t]?[\-/.][ \t]?\d{1,2}[ \t]?[\-/.][ \t]?"
    + _YEAR4.replace("?P<y>", "?P<y1>")
    + r"|(?P<y2>(?:19|20)\d\d)[\-/.]\d{1,2}[\-/.]\d{1,2}(?!\d)"
    # "3 lipca 1979 r.", "2nd of May 1969", "3 de mayo de 1980", "14 Mart 1985", "le 5 mars 1977"
    # "26 van de 8e 1975", "23e van de 5e 2003": the month as an ordinal, as a newcomer writes it (round thirteen)
    + r"|\d{1,2}e?[ \t]+van[ \t]+de[ \t]+(?:1[0-2]|[1-9])e[ \t]+"
    + _YEAR4.replace("?P<y>", "?P<y5>")
    + r"|\d{1,2}(?:st|nd|rd|th|e|er|º|\.)?[ \t]+(?:of[ \t]+|de[ \t]+|di[ \t]+)?(?:"
    + _MONTH_ALT
    + r")\.?,?"
    r"(?:[ \t]+de)?[ \t]+"
    + _YEAR4.replace("?P<y>", "?P<y3>")
    # "May 2nd, 1969", "March 3 1975"
    + r"|(?:"
    + _MONTH_ALT
    + r")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+"
    + _YEAR4.replace("?P<y>", "?P<y4>")
    # "21-10-'39", "03.02.61": a year of two digits; "18-I-1959": the month in Roman figures (round twenty-five, from
    # holdout24's lasting powers of attorney)
    + r"|\d{1,2}[\-/.]\d{1,2}[\-/.]['’]?(?P<y6>\d\d)(?![\d\-/.])"
    + r"|\d{1,2}[\-/. ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[\-/. ]"
    + _YEAR4.replace("?P<y>", "?P<y7>")
    + r")"
)
_YEAR_GROUPS = ("y1", "y2", "y3", "y4", "y5", "y6", "y7")


def _date_year(m: re.Match[str]) -> str:
    """The year of a date found by ``_ANY_LANG_DATE``, with the century of a two-digit year: the last one past."""
    y = next(m[g] for g in _YEAR_GROUPS if m[g])
    if len(y) == 2:
        return ("20" if int(y) <= date.today().year % 100 else "19") + y
    return y


# A birth word of another language (or a Dutch one these rules lacked), then the date: "urodzony 12 marca 1980",
# "Doğum tarihi: 05.08.1972", "geboren am 12.03.1977", "née le 5 mars 1977", "nacido el 3 de mayo de 1980",
# "nato il 4 luglio 1969", "born on 4 July 1980", "Verjaardag: 12 juni 1975". A few words may stand between ("Doğum
# yeri ve tarihi: Ankara, 05.08.1972"); no sentence end.
_FOREIGN_CUE = re.compile(
    r"(?<![\w])(?P<cue>doğum|dogum|d\.[ \t]?tarihi|urodzon[ya]|urodzeni[ae]|ur\.|geburtsdatum|geboren[ \t]+am|"
    r"geb\.[ \t]+am|naissance|nacimiento|nascita|data[ \t]+de[ \t]+nascimento|milad|date[ \t]+of[ \t]+birth|"
    r"geboorteakte|geboortebewijs|nasementu|народження|рождения|(?:data|datum)[ \t]+na[șşs]terii|"
    r"datum[ \t]+narozen[íi]|datum[ \t]+ro[đd]enja|születési[ \t]+(?:idő|dátum)|gimimo[ \t]+data|dzimšanas[ \t]+datums"
    # words that may be names or stand in other sentences: only right before the date ("née le", "nacido el")
    r"|(?P<near>geboren[ \t]+op|née?|nacid[oa]|nat[oa]|nascid[oa]|born|birthday|verjaardag|geboortedag|geboorte|"
    r"geboren|geb\.?))"
    r"(?![\w])(?P<mid>[^\n.!?;]{0,40}?)"
    r"(?<![\d\w])(?P<date>" + _ANY_LANG_DATE + r")(?!\d)(?:[ \t]*r\.)?",
    re.IGNORECASE,
)
_FOREIGN_GATE = (
    *("doğum", "dogum", "tarihi", "urodz", "ur.", "geburt", "geboren", "geb.", "né", "naissance"),
    *("nacimiento", "nacid", "nascita", "nato", "nata", "nascimento", "nascid", "born", "birthday", "birth"),
    *("milad", "verjaardag", "geboortedag", "geboorte", "nasementu", "народж", "рожден", "naștere", "naşter"),
    *("nașter", "nasterii", "narozen", "rođenja", "rodjenja", "születési", "gimimo", "dzimšanas"),
)
# between the cue and the date: another event's words, or a digit (another number or date came first)
_OTHER_EVENT = re.compile(
    r"\d|\b(?:moved|married|arrived|since|verhuis\w*|getrouwd|sinds|vanaf|overleden|depuis)\b", re.I
)


_NEAR_FILL = re.compile(
    r"[ \t:,]*(?:(?:is|was|op|on|the|le|el|il|em|am)[ \t:,]+)?"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t:,]+)?",  # "geboorte maandag 25 januari"
    re.IGNORECASE,
)


# A date of any language in brackets right after a capitalised word, a name: "Oma Rabia B. (24 listopada 2003)",
# "Kiran (13 van de 2e 1960)" (round thirteen; Dutch months in brackets are found by ``patterns.DATE_AFTER_NAME``).
_DUTCH_MONTHS = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "jan feb febr mrt apr jun jul aug sep sept okt nov dec".split()
)
_BRACKET_DAY = re.compile(r"\([ \t]*\d{1,2}(?:st|nd|rd|th|e|er|º|\.)?[ \t]+[^\W\d_]")  # "(24 listopada", "(13 van"
_BRACKET_AFTER_NAME = re.compile(
    r"[^\W\d_][\w'’\-]+[ \t]*\([ \t]*(?P<date>" + _ANY_LANG_DATE + r")[ \t]*\)", re.IGNORECASE
)


# The day a child turns an age, written as its date of birth: "Kind: Negar, wordt 4 op 23e januari 2015", "wordt 10
# op 20170419", "wordt 7 op vierentwintig februari 2017" (round thirty-one, from holdout30's birthday boxes)
_TURNS_ON = re.compile(
    r"(?<![\w])wordt[ \t]+\d{1,3}(?:[ \t]+jaar)?[ \t]+op[ \t]+(?P<date>"
    + _ANY_LANG_DATE
    + r"|(?:[0-3]\d[01]\d(?P<y8>(?:19|20)\d\d)|(?P<y9>(?:19|20)\d\d)[01]\d[0-3]\d)(?!\d)"
    + r"|(?:"
    + DAY_WORDS
    + r")[ \t]+[a-z]{3,10}[ \t]+(?P<y10>(?:19|20)\d\d))(?!\d)",
    re.IGNORECASE,
)


# "mijn broertje Jonas is van 16.05.19", "ik ben van 3e maart 2006", "hij was van 27 augustus '17": a person, then
# "is", "ben" or "was van" and a whole date of a past year, is when that person was born (round thirty-two, from
# fresh38d's young writers and fresh14d)
_IS_FROM = re.compile(
    r"(?P<subj>[^\W\d_]+)[ \t]+(?:is|ben|was)[ \t]+van[ \t]+(?P<date>"
    + _ANY_LANG_DATE
    + r"|\d{1,2}e?[ \t]+(?:"
    + _MONTH_ALT
    + r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?[ \t]+['’](?P<y8>\d\d))(?![\w\-/])"
    r"(?![ \t]*(?:tot|t/m|tm|[\-–—]|af\b|tot[ \t]+en[ \t]+met))",  # "is van 1 mei 2010 tot ...": a period
    re.IGNORECASE,
)
_IS_FROM_NOT = frozenset("het dit dat die er wat deze brief besluit wet bericht mail regeling".split())


def _is_from_dates(text: str, this_year: int) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _IS_FROM.finditer(text):
        subj = m["subj"]
        if subj.lower() not in ("ik", "hij", "zij", "ze") and (not subj[0].isupper() or subj.lower() in _IS_FROM_NOT):
            continue
        y = next(m[g] for g in (*_YEAR_GROUPS, "y8") if m[g])
        y = ("20" if int(y) <= this_year % 100 else "19") + y if len(y) == 2 else y
        if 1900 <= int(y) <= this_year:
            out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", f"[geboortedatum] {y}"))
    return out


def foreign_birth_dates(text: str, low: str) -> list[tuple[int, int, str, str]]:
    """Birth dates after a birth word of another language (see ``_FOREIGN_CUE``), of a past year; and dates of any
    language in brackets after a name, of a year before this one."""
    out = []
    this_year = date.today().year
    if "(" in text and _BRACKET_DAY.search(text):
        for m in _BRACKET_AFTER_NAME.finditer(text):
            words = set(re.findall(r"[^\W\d_]+", m["date"].lower())) - {
                "van",
                "de",
                "di",
                "of",
                "e",
                "st",
                "nd",
                "rd",
                "th",
            }
            if not m.group()[0].isupper() or not (words - _DUTCH_MONTHS) and "van" not in m["date"]:
                continue  # Dutch or numeric: ``patterns.DATE_AFTER_NAME`` judges it ("Export Bbz (7 januari 2024)")
            y = _date_year(m)
            if 1900 <= int(y) < this_year:
                out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", f"[geboortedatum] {y}"))
    if " van " in low and (" is van " in low or " ben van " in low or " was van " in low):
        out += _is_from_dates(text, this_year)
    if "wordt " in low:
        for m in _TURNS_ON.finditer(text):
            y = next(m[g] for g in (*_YEAR_GROUPS, "y8", "y9", "y10") if m[g])
            y = ("20" if int(y) <= this_year % 100 else "19") + y if len(y) == 2 else y
            if 1900 <= int(y) <= this_year:
                out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", f"[geboortedatum] {y}"))
    if not any(g in low for g in _FOREIGN_GATE):
        return out
    for m in _FOREIGN_CUE.finditer(text):
        if _OTHER_EVENT.search(m["mid"]) or (m["near"] and not _NEAR_FILL.fullmatch(m["mid"])):
            continue
        y = _date_year(m)
        if 1900 <= int(y) <= this_year:
            out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", f"[geboortedatum] {y}"))
    return out


# A birth year written short after a birth word ("geb. '84", "geboren in '79"), and an age with the year it gives in
# brackets ("42 jaar (1983)", "49 jr. (1976)"): the year must agree with the age (this year or the one before).
_SHORT_BIRTH_YEAR = re.compile(
    r"(?<![\w])(?:geb(?:oren)?\.?(?:[ \t]+in)?|born(?:[ \t]+in)?)[ \t]*(?P<year>['’]\d\d)(?![\w\-/])", re.IGNORECASE
)
_AGE_YEAR = re.compile(
    r"(?<![\w\-.,])(?P<age>\d{1,3})[ \t]*(?:jaar|jr\.?|years?)[ \t]*(?:oud[ \t]*)?"
    r"\([ \t]*(?P<year>(?:19|20)\d\d)[ \t]*\)"
)
# "Zij is 1975 geboren", "ik ben in 1984 geboren": the year before the birth word
_YEAR_THEN_BORN = re.compile(
    r"(?<![\w])(?:is|ben|werd|was|zijn)[ \t]+(?:in[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t]+geboren(?![\w])", re.IGNORECASE
)


def short_birth_years(text: str, low: str) -> list[tuple[int, int, str, str]]:
    """Birth years of round ten: written short after a birth word, beside an age, before "geboren"."""
    out: list[tuple[int, int, str, str]] = []
    this_year = date.today().year
    # round ten: each scan only when the literal every match holds is there (a quote, "geboren", a bracket)
    if "geb" in low or "born" in low:
        for m in _SHORT_BIRTH_YEAR.finditer(text) if "'" in text or "’" in text else ():
            out.append((m.start("year"), m.end("year"), "DATE_OF_BIRTH", "[geboortejaar]"))
        for m in _YEAR_THEN_BORN.finditer(text) if "geboren" in low else ():
            if 1900 <= int(m["year"]) < this_year:
                out.append((m.start("year"), m.end("year"), "DATE_OF_BIRTH", "[geboortejaar]"))
    if ("j" in low or "year" in low) and "(" in low:
        for m in _AGE_YEAR.finditer(low):
            if this_year - int(m["year"]) - int(m["age"]) in (0, 1):
                out.append((m.start("year"), m.end("year"), "DATE_OF_BIRTH", "[geboortejaar]"))
    return out


def record_dates(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int]]]:
    """DATE_OF_BIRTH candidates under a birth key, and spans of dates under another date key (to keep)."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep the offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    household = household_dates(text, low) + birth_years(text, low)
    household += foreign_birth_dates(text, low) + short_birth_years(text, low)
    if not any(k in low for k in _GATE) or not _triggers(low).search(low):
        return household, []
    found: list[tuple[int, int, str]] = []
    json_births = [(m.start("date"), m.end("date")) for m in json_birth_dates(low)]
    for v in _VALUE_FIND.finditer(text):
        s, e = v.span("val")
        a = max(0, s - 80)
        for before, after in ((_KV_BEFORE, _KV_AFTER), (_XML_BEFORE, _XML_AFTER)):
            m = before.search(text, a, s)
            if m and after.match(text, e):
                kind = "birth" if _is_birth(m["key"]) else "other" if _is_other(m["key"]) else ""
                if kind == "other" and _BIRTH_WORD_BEFORE.search(text, max(0, m.start("key") - 14), m.start("key")):
                    kind = "birth"  # "Geb. datum: 1964-03-12": the key's first word names the birth
                if kind == "other" and any(bs < e and s < be for bs, be in json_births):
                    kind = "birth"  # '"geboorte": {"datum": {"datum": "1995-03-10"}': the object names the birth
                if kind:
                    found.append((s, e, kind))
    found += [(m.start("val"), m.end("val"), "birth") for m in _VCARD_RE.finditer(text)]
    found += _csv(text, low)
    found += [(s, e, k) for s, e, k in aligned_columns(text, low, _date_kind) if _VALUE_RE.match(text[s:e])]
    dobs: list[tuple[int, int, str, str]] = []
    keep: list[tuple[int, int]] = []
    births = {(s, e) for s, e, kind in found if kind == "birth"}
    for s, e, kind in found:
        if kind == "other":
            if (s, e) not in births:  # '<geboortedatum datum="1979-08-23"/>': the element's key decides
                keep.append((s, e))
            continue
        year = _year(text[s:e])
        if year is not None and 1900 <= year <= DOB_YEAR_MAX + 12:
            dobs.append((s, e, "DATE_OF_BIRTH", f"[geboortedatum] {year}"))
    return dobs + household, keep
