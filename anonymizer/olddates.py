"""A full date of a year long past beside a person is a date of birth unless the sentence says it is an event (round
fourteen).

Measured over every development corpus (about 170,000 annotated items by some thirty authors), 5,928 full dates of
a year up to twelve years back were dates of birth and none was an ordinary date: the ordinary dates of mediation
work (letters, hearings, deadlines, meetings) are of this year and the last few. The cue-based finders miss a birth
date written without a cue ("Honderd jaar werd X op 14/1/1952", "Mijn zoon X is van 11-05-1989", a verification
question answered with a date); this default takes them when a person's name is on the line before the date or a
word asks for an age or a birth date. A date after an event word ("sinds 1 januari 2005", "overleden op", "besluit
van"), before one ("is zij aangekomen"), in a range ("van ... tot ...") or on a line without a person ("Vergadering —
12 maart 2001 — notulen") stays: that is history, not a birthday.
"""

from __future__ import annotations

import re
from datetime import date

from .patterns import _MON3, DATE_COMPACT, DATE_ISO, DATE_LEAD, DATE_NUM, DATE_SPACED, DATE_TXT, DOB_YEAR_MAX
from .rxutil import answers_question
from .wordlists import FOREIGN_ONLY_MONTHS

_FULL_DATE = re.compile(
    r"(?<![\w\-/.:])(?P<date>" + DATE_LEAD + "(?:" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "))"
    r"(?![\w\-/]|[.,:]\d)",
    re.I,
)
# a day, a month of another language and a year: "Eglītais, Ilze, 22 kwietnia 1955", "Nicola Lo Rometti, 21 aprilie
# 1970" in a list of residents (round thirty-one, from holdout30's labour migrants)
_FOREIGN_FULL_DATE = re.compile(
    r"(?<![\w\-/.:])(?P<date>\d{1,2}\.?[ \t]+(?:" + FOREIGN_ONLY_MONTHS + r")[ \t]+(?:19|20)\d\d)(?![\w\-/]|[.,:]\d)",
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
_APOSTROPHE_YEAR = re.compile(r"['’](\d\d)$")


# What ties a date to a person when no birth key does: the person's name on the line before it (or right after it),
# or words that ask for or give an age or a birth date.
_PERSON_CUE = re.compile(
    # an identity checked with it: "Geverifieerd met 1 sep 2001 en 4585 CV" (round twenty-seven, from fresh33d)
    r"(?i:\b(?:is|ben|bent|was)[ \t]+van\b|verificatie|\bgeverifieerd|\bverifi[eë]\w*|controlevraag|jarig|verjaardag|"
    r"\bwerd\b[^\n]{0,30}\bjaar|"
    r"leeftijd|\bgeb\b|geboren|"
    # a person who is a date: "en ik ben 16-12-1950." (round twenty-three, from holdout22)
    r"\b(?:ik[ \t]+ben|u[ \t]+bent|je[ \t]+bent|hij[ \t]+is|zij[ \t]+is|ze[ \t]+is)[ \t]+$)"
)
# Words after the date in its clause that make it an event: "Op 12-03-1998 is zij in Nederland aangekomen", a range
# ("van 1 januari 2010 tot 1 mei 2012").
_EVENT_AFTER = re.compile(
    r"(?i:[^\n.;]{0,50}?\b(?:aangekomen|gekomen|verhuisd|getrouwd|gehuwd|gescheiden|overleden|gestorven|begonnen|"
    r"gestart|gestopt|opgericht|geopend|gebouwd|ingegaan|afgestudeerd|ontslagen|werkloos|ingeschreven|uitgeschreven|"
    r"in[ \t]+dienst|verkocht|gekocht)\b|[ \t]*(?:tot|t/m|tot[ \t]+en[ \t]+met|[–—-])[ \t]+\d)"
)


# A line that asks for a birth date, the date answering it on the next line ("02:18 Spreker 2 en uw geboortedatum⏎
# 02:44 Spreker 1 27.9.1977"; round twenty-three, from the transcripts of fresh19b).
_ASKS_BIRTH = re.compile(r"(?i:geboortedatum|geboren|geb\.?[ \t]*datum|verjaardag)[^\n]{0,24}$")


def _answers_birth_question(text: str, s: int) -> bool:
    """The date stands near the start of a line right after a line that asks for a birth date."""
    return answers_question(text, s, _ASKS_BIRTH)


def _tied_to_person(text: str, s: int, e: int, line_start: int, persons: list[tuple[int, int]]) -> bool:
    if _PERSON_CUE.search(text, max(line_start, s - 60), s) or _answers_birth_question(text, s):
        return True
    line_end = text.find("\n", e)
    line_end = len(text) if line_end == -1 else line_end
    return any((line_start <= pe <= s and s - pe <= 100) or (e <= ps <= e + 3 and ps < line_end) for ps, pe in persons)


def old_dates_of_birth(
    text: str, mask: bytearray, persons: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, str, str]]:
    """Full dates of a year from 1900 to twelve years back, tied to a person on their line, not an event."""
    if not any(y in text for y in ("19", "20", "'", "’")):  # also "is van 9 mei '85" (round twenty-nine)
        return []
    persons = persons or []
    out: list[tuple[int, int, str, str]] = []
    for rx in (_FULL_DATE, _SPACED_DATE, _FOREIGN_FULL_DATE):
        for m in rx.finditer(text):
            s, e = m.span("date")
            if mask.find(1, s, e) != -1:
                continue
            years = _YEAR.findall(m.group("date"))
            if not years:  # "21-7-'81": an apostrophe's two-digit year of the last century (round fifteen)
                short = _APOSTROPHE_YEAR.search(m.group("date"))
                years = ["19" + short.group(1)] if short and int(short.group(1)) > DOB_YEAR_MAX % 100 + 12 else []
            if not years or not 1900 <= int(years[-1]) <= DOB_YEAR_MAX:
                continue
            line_start = text.rfind("\n", 0, s) + 1
            before = text[max(line_start, s - 60) : s]
            if rx is _SPACED_DATE and not _SPOKEN_CUE.search(before):
                continue
            if _EVENT_BEFORE.search(before) or _EVENT_AFTER.match(text, e):
                continue
            if not _tied_to_person(text, s, e, line_start, persons):
                continue  # "Vergadering — 12 maart 2001 — notulen": no one's date
            out.append((s, e, "DATE_OF_BIRTH", "[geboortedatum] " + years[-1]))
            mask[s:e] = b"\x01" * (e - s)
    return out


# A child's date of birth (round twenty-three, from fresh29b): a full date of a year from twelve to three years back,
# right after the child's name ("Xiaoling Ten (21/11/2015)", "MENRI, Adjoa — 2020-05-04"), at the end of the child's
# row ("Leerling: Storm, Eszter, groep 3, 2020-01-05") or beside a citizen service number ("28 mei 2020, BSN ...").
# Over the development data every such date was a birth date: 423 beside a BSN, 437 after a name and a bracket or a
# comma; after a dash the only others were dated headings in capitals ("HUISBEZOEK FAMILIE COENEN – 07-09-2023").
_AFTER_NAME_GAP = re.compile(r"[ \t]*(?:\(|,|[–—-])[ \t]*")
_ROW_GAP = re.compile(r"(?:,[ \t]*[\w.'’ \-]{1,24}){0,3},[ \t]*")
_BESIDE_BSN = re.compile(r"[ \t]*,[ \t]*(?i:(?:bsn|burgerservicenummer)[ \t]*:?[ \t]*)?")


def young_dates_of_birth(
    text: str, mask: bytearray, persons: list[tuple[int, int]], bsns: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Full dates of a child's years tied to the child by place: right after the name, closing the child's row, or
    beside a citizen service number."""
    if not persons and not bsns:
        return []
    young = [str(y) for y in range(DOB_YEAR_MAX + 1, date.today().year - 2)]
    if not any(y in text for y in young):
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _FULL_DATE.finditer(text):
        s, e = m.span("date")
        years = _YEAR.findall(m.group("date"))
        if not years or years[-1] not in young or mask.find(1, s, e) != -1:
            continue
        line_start = text.rfind("\n", 0, s) + 1
        if _EVENT_BEFORE.search(text[max(line_start, s - 60) : s]) or _EVENT_AFTER.match(text, e):
            continue
        tied = any(
            (be <= s and _BESIDE_BSN.fullmatch(text, be, s)) or (e <= bs and _BESIDE_BSN.fullmatch(text, e, bs))
            for bs, be in bsns
        )
        for ps, pe in persons if not tied else ():
            if not line_start <= pe <= s:
                continue
            if _AFTER_NAME_GAP.fullmatch(text, pe, s):
                word_before = text[max(line_start, ps - 24) : ps].split()[-1:]
                # not "VERSLAG HUISBEZOEK FAMILIE COENEN – 07-09-2023": a heading in capitals
                tied = not (text[ps:pe].isupper() and (not word_before or word_before[0].isupper()))
            else:
                tied = _ROW_GAP.fullmatch(text, pe, s) is not None and text[e : e + 1] in ("", "\n", ";", "|", ")")
            if tied:
                break
        if tied:
            out.append((s, e, "DATE_OF_BIRTH", "[geboortedatum] " + years[-1]))
            mask[s:e] = b"\x01" * (e - s)
    return out


# ---------------------------------------------------------------- dates read by OCR (round fourteen, fresh18a)
# A scanned form's date with letters read for digits ("04 01 198S", "07/03/Z014", "I956-01-06", "2b AUG 1985") and
# the date written in a form's boxes ("geb.|1|1|0|1|1|9|7|2|"); the machine-readable zone of an identity card is
# read in mrz.py.
_OCR_TO_DIGIT = str.maketrans("IlO|oZSBbQD", "11000258600")
_C = r"[\dIlOoZSBbQD]"
_OCR_DATE = re.compile(
    rf"(?<![\w\-/])(?<!\d\.)(?:(?P<d>{_C}{{1,2}})(?P<s>[-/. ])(?P<m>{_C}{{1,2}}|(?i:{_MON3})[a-z]*\.?)(?P=s)"
    rf"(?P<y>{_C}{{4}})"
    rf"|(?P<iy>{_C}{{4}})-(?P<im>{_C}{{2}})-(?P<id>{_C}{{2}}))(?![\w\-/])"
)
# each abbreviation of _MON3 with its month's number ("maa", "mar" and "mrt" are March, "may" May, "oct" October)
_MONTH_NUMBER = dict(zip(_MON3.split("|"), (1, 2, 3, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 10, 11, 12), strict=True))
# The gate before the scan above (round fifteen): a date it takes has a letter for a figure in one of its fields, and a
# figure in its day or year. Where that field has a figure too, a letter stands beside a figure ("198S", "I7",
# "28/0b"); a field of letters alone is a day before a month and a year in figures ("Ol 05 1985", "Ol jan 1985") or a
# year of "Z" and three letters after a day in figures (no letter reads as the 9 of "19.."), or the same in the ISO
# form. A text with none of these has no date the scan would take, so it is not scanned.
_OCR_LETTERS = "IlOoZSBbQD"
_OCR_HINT_FIGURE = re.compile(
    rf"\d(?:[{_OCR_LETTERS}]|(?<=[{_OCR_LETTERS}]\d)"
    rf"|[-/. ](?:{_C}{{1,2}}|(?i:{_MON3})[a-z]*\.?)[-/. ]Z[{_OCR_LETTERS}]{{3}}(?!\w)"
    rf"|\d{{3}}-{_C}{{2}}-[{_OCR_LETTERS}]{{2}}(?!\w))"
)
_OCR_HINT_LETTER = re.compile(
    rf"[{_OCR_LETTERS}](?:[-/. ](?:\d{{1,2}}|(?i:{_MON3})[a-z]*\.?)[-/. ]\d{{4}}(?!\w)"
    rf"|(?<=Z)[{_OCR_LETTERS}]{{3}}-{_C}{{2}}-\d\d(?!\w))"
)
_BOXED = re.compile(r"(?<![\w|])\|?(?P<date>\d(?:\|\d){7})\|?(?![\w|])")


def _valid(day: int, month: int, year: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= DOB_YEAR_MAX


def _month_of(word: str) -> int | None:
    return _MONTH_NUMBER.get(word.lower().rstrip(".")[:3])


def ocr_dates_of_birth(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """Dates of a year long past that an OCR read with letters for digits or in a form's boxes; not after an
    event word."""
    out: list[tuple[int, int, str, str]] = []

    def take(s: int, e: int, year: int) -> None:
        line_start = text.rfind("\n", 0, s) + 1
        if mask.find(1, s, e) == -1 and not _EVENT_BEFORE.search(text[max(line_start, s - 60) : s]):
            out.append((s, e, "DATE_OF_BIRTH", f"[geboortedatum] {year}"))
            mask[s:e] = b"\x01" * (e - s)

    scan = _OCR_HINT_FIGURE.search(text) or _OCR_HINT_LETTER.search(text)
    for m in _OCR_DATE.finditer(text) if scan else ():
        raw = m.group()
        if raw.isascii() and all(c.isdigit() or c in "-/. " for c in raw):
            continue  # a date in clean figures: the other finders judge it
        d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["id"], m["im"], m["iy"])
        if not any(c.isdigit() for c in d + y):
            continue
        if (d + y).isdigit() and (mo.isdigit() or mo[:1].isalpha()):
            continue  # no letter read for a figure: a clean date, judged by the other finders
        month = _month_of(mo) if mo[:1].isalpha() and mo.lower()[:3] in _MONTH_NUMBER else None
        if month is None:
            if not any(c.isdigit() for c in mo):
                continue
            month = int(mo.translate(_OCR_TO_DIGIT)) if mo.translate(_OCR_TO_DIGIT).isdigit() else 0
        day_s, year_s = d.translate(_OCR_TO_DIGIT), y.translate(_OCR_TO_DIGIT)
        if day_s.isdigit() and year_s.isdigit() and _valid(int(day_s), month, int(year_s)):
            take(m.start(), m.end(), int(year_s))
    if "|" in text:
        for m in _BOXED.finditer(text):
            digits = m["date"].replace("|", "")
            if _valid(int(digits[:2]), int(digits[2:4]), int(digits[4:])):
                take(m.start("date"), m.end("date"), int(digits[4:]))
    return out


_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})")
_WORD_DATE = re.compile(r"(\d{1,2})(?:e|ste|de)?[ \-/.]+([A-Za-z]{3,9})\.?[ \-/.]+(\d{4})")


def after_today(value: str) -> bool:
    """A full date (day, month, four-digit year) later than today: a birth date it cannot be (round eighteen: a
    plan's evaluation date "21-12-2026" in a row beside a name under a birth header)."""
    m = _NUMERIC_DATE.search(value)
    if m:
        d, mo, y = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
        day, month, year = int(d), int(mo), int(y)
    else:
        w = _WORD_DATE.search(value)
        month = _month_of(w[2]) if w else None
        if not w or month is None:
            return False
        day, year = int(w[1]), int(w[3])
    try:
        return date(year, month, day) > date.today()
    except ValueError:
        return False


# Eight figures alone that read as a day, a month and a year long past ("bent u, 19780907, aangehouden", "Subranathan,
# Saanvi, 22112019:"): over every development corpus 1,604 such numbers were dates of birth and 2 were the tails of
# phone numbers, which the phone finder takes first (round twenty-two, from holdout20 and fresh20c).
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:euro|eur\b|€|,-|cent\b)", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro)[ \t]*\Z", re.I)
_COMPACT = re.compile(r"(?<![\w./\-+:#@€])\d{8}(?![\w/\-@]|[.,]\d)")


def _real_day(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def compact_dates_of_birth(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """Free eight-figure numbers that are a valid date (day-month-year or year-month-day) of a year long past."""
    out: list[tuple[int, int, str, str]] = []
    for m in _COMPACT.finditer(text):
        s, e = m.span()
        if mask.find(1, s, e) != -1 or _AMOUNT_AFTER.match(text, e) or _AMOUNT_BEFORE.search(text, max(0, s - 6), s):
            continue  # "12031999 euro": an amount
        v = m.group()
        dmy = (int(v[:2]), int(v[2:4]), int(v[4:]))
        ymd = (int(v[6:]), int(v[4:6]), int(v[:4]))
        year = next((y for d, mo, y in (dmy, ymd) if 1850 <= y <= DOB_YEAR_MAX and _real_day(d, mo, y)), None)
        if year is None:
            continue
        out.append((s, e, "DATE_OF_BIRTH", f"[geboortedatum] {year}"))
        mask[s:e] = b"\x01" * (e - s)
    return out


# A date joined to a date of birth by "en" or a comma and a blank is a birth date too: "zijn geboren op 12-03-2007 en
# 26-06-2015" (round thirty-four, from fresh40b: children listed so); not the next cell of a CSV row ("1979,2026-11-20")
_DATES = "|".join((DATE_NUM, DATE_TXT, DATE_ISO, DATE_COMPACT))
_AND_DATE = re.compile(r"(?:,[ \t]+|[ \t]+(?:en|&)[ \t]+)" + DATE_LEAD + r"(?P<date>" + _DATES + r")(?![\w\-/])", re.I)


def coordinated_dates_of_birth(text: str, mask: bytearray, spans: list) -> list[tuple[int, int, str, str]]:
    """The dates joined to a found date of birth (see ``_AND_DATE``), one after the other."""
    out: list[tuple[int, int, str, str]] = []
    for _s, e, lab, _r in list(spans):
        while lab == "DATE_OF_BIRTH":
            m = _AND_DATE.match(text, e)
            if not m or mask.find(1, m.start("date"), m.end("date")) != -1:
                break
            g = m.groupdict()
            year = next((g[k] for k in ("y1", "y2", "y3", "y4", "y5") if g.get(k)), "")
            if len(year) != 4:
                break
            out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year))
            mask[m.start("date") : m.end("date")] = b"\x01" * (m.end("date") - m.start("date"))
            e = m.end("date")
    return out
