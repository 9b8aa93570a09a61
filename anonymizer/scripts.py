"""Names written in scripts other than the Latin one: Cyrillic, Greek, Arabic and Persian, Hebrew, Ge'ez (Tigrinya,
Amharic), Devanagari, Chinese, Japanese and Korean (round twenty-one, from the blind corpus fresh27e).

Residents who arrived from Ukraine, Syria, Iran, Eritrea or China write their names in their own script beside the
Latin one, sign in it, or fill in a form with it. Without letter case the Latin cues fail, so these rules read
structure instead: a run of such words beside a name found in Latin letters (in brackets or after a slash), a
Cyrillic or Greek surname in capitals before the given names or a patronymic, a line of such words under a closing
greeting or before a date in brackets, a run after a signature cue, and the value of a name field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .patterns import DOB_YEAR_MAX

P = TypeVar("P")
Span = tuple[int, int, P]

# letters of the scripts above, with the joiners Persian writes inside words
_L = (
    "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u1200-\u139f"
    "\u0900-\u097f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u200c\u200d"
)
_WORD = "[" + _L + "](?:[" + _L + r"'’\-]*[" + _L + "])?"
# one to four such words on one line: a name's parts
_RUN = _WORD + "(?:[ \u00a0]" + _WORD + "){0,3}"
_RUN_RE = re.compile(_RUN)
_ANY = re.compile("[" + _L + "]")

# Cyrillic and Greek capitals and small letters
_UP = "А-ЯЁЄІЇҐЎΑ-ΩΆΈΉΊΌΎΏ"
_LO = "а-яёєіїґўα-ωάέήίόύώϊϋΐΰς'’"
# a surname in capitals before one or two given names: "КОВАЛЕНКО Олена Петрівна", "ΟΙΚΟΝΟΜΟΥ Δέσποινα"
_CAPS_FIRST = re.compile(
    r"(?<![\w\-])[" + _UP + r"]{3,}(?:-[" + _UP + r"]{2,})?(?:[ \u00a0][" + _UP + "][" + _LO + r"]+){1,2}(?![\w\-])"
)
# a patronymic among two or three capitalised words: "Олена Петрівна Коваленко", "Ирина Николаевна Соколова"
_PATRONYMIC = re.compile(
    r"(?<![\w\-])(?:[" + _UP + "][" + _LO + r"]+[ \u00a0]){1,2}[" + _UP + "][" + _LO + r"]+"
    r"(?:ович|евич|йович|івна|ївна|овна|евна|ична|інична)(?:[ \u00a0][" + _UP + "][" + _LO + r"]+)?(?![\w\-])"
)
# a patronymic right after a name found another way: "[ОСТАПЕНКО Тетяна] Степанівна"
_PATRONYMIC_AFTER = re.compile(
    r"[ \u00a0][" + _UP + "][" + _LO + r"]+(?:ович|евич|йович|івна|ївна|овна|евна|ична|інична)(?![\w\-])"
)
# a closing greeting alone on its line, in any language: "Hoogachtend,", "مع التحية,", "此致,", "З повагою,"
_CLOSING_LINE = re.compile(r"(?m)^[^\n\d]{2,30}[,،，][ \t]*\n")
# a bracket or a slash between a name and the same name in another script, after it or before it
_OPEN_AFTER = re.compile(r"[ \t]*(?:\(|/)[ \t]*")
_OPEN_BEFORE = re.compile(r"[ \t]*(?:\(|/)[ \t]*$")
_DATE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*\d{1,2}[\-./ ][^\n()]{1,20}\)")
_SIGNATURE_CUE = re.compile(
    r"(?i:\btekent(?:[ \t]+zelf)?[ \t]+met|\bhandtekening[ \t]*:|\bondertekend[ \t]+door|\bsigned[ \t]+by)[ \t]*"
)
# a name field's key in Dutch or in the resident's language, then the value: "Voornaam / 名:", "Прізвище/Ім'я:"
_NAME_KEY = re.compile(
    r"(?i:naam|voornaam|achternaam|name|прізвище|ім['’]я|имя|фамилия|الاسم|اسم|نام|姓|名|이름|שם)"
    r"[^\n:：]{0,24}[:：][ \t]*"
)


def _take(mask: bytearray, s: int, e: int) -> bool:
    if s >= e or mask.find(1, s, e) != -1:
        return False
    mask[s:e] = b"\x01" * (e - s)
    return True


def _run_at(text: str, pos: int) -> tuple[int, int] | None:
    m = _RUN_RE.match(text, pos)
    return (m.start(), m.end()) if m else None


def _run_before(text: str, end: int) -> tuple[int, int] | None:
    """The run of other-script words that ends at ``end`` (on the same line)."""
    start = end
    while start > 0 and text[start - 1] != "\n" and (_ANY.match(text[start - 1]) or text[start - 1] in " '’-\u00a0"):
        start -= 1
    while start < end and not _ANY.match(text[start]):
        start += 1
    if start >= end:
        return None
    m = _RUN_RE.fullmatch(text, start, end)
    return (start, end) if m else None


def rule_other_script_names(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """Names in another script (see the module's docstring). A run beside a found name is that person; the others are
    new persons, the same run the same person."""
    if not _ANY.search(text):
        return []
    out: list[Span[P]] = []
    people: dict[str, P] = {}

    def add(s: int, e: int, person: P | None = None) -> None:
        while e > s and text[e - 1] in " \u00a0'’-":
            e -= 1
        if not _take(mask, s, e):
            return
        key = text[s:e]
        if person is None:
            person = people.get(key) or new_person(key.split())
        people.setdefault(key, person)
        out.append((s, e, person))

    for s, e, person in spans:
        # "Salma Al-Khatib (سلمى الخطيب)", "Farid Sediqyar / فرید صدیقیار": the same name in the other script
        m = _OPEN_AFTER.match(text, e)
        if m:
            run = _run_at(text, m.end())
            if run:
                add(*run, person)
        # "ДРАГАНЕВ Стефан Бойчов (Stefan Draganev)": the other script first, the Latin name in brackets after it
        pat = _PATRONYMIC_AFTER.match(text, e)
        if pat:
            add(pat.start() + 1, pat.end(), person)
        b = _OPEN_BEFORE.search(text, max(0, s - 6), s)
        if b:
            run = _run_before(text, b.start())
            if run:
                add(*run, person)
    for rx in (_CAPS_FIRST, _PATRONYMIC):
        for m in rx.finditer(text):
            add(m.start(), m.end())
    for _s, e, person in list(out):
        pat = _PATRONYMIC_AFTER.match(text, e)
        if pat:
            add(pat.start() + 1, pat.end(), person)
    for m in _CLOSING_LINE.finditer(text):  # a line of such words under a closing greeting: the signature
        run = _run_at(text, m.end())
        if run and text[run[1] : run[1] + 1] in ("", "\n", " ", "\t"):
            add(*run)
    for rx in (_SIGNATURE_CUE, _NAME_KEY):
        for m in rx.finditer(text):
            run = _run_at(text, m.end())
            if run:
                add(*run)
    for m in _DATE_IN_BRACKETS.finditer(text):  # "ተስፋይ ተኽለመድህን (25-01-1959)": a name before its birth date
        run = _run_before(text, m.start())
        if run:
            add(*run)
    return out


# A Ukrainian number plate, in Cyrillic or Latin letters of the same shapes: "АІ 1516 ТХ", "BH 2376 KI".
_UA_PLATE = re.compile(
    r"(?<![\w\-])[АВЕІКМНОРСТХABEIKMHOPCTX]{2}[ \u00a0\-]?\d{4}[ \u00a0\-]?[АВЕІКМНОРСТХABEIKMHOPCTX]{2}(?![\w\-])"
)
# A Dutch street written in Cyrillic letters, with its number: "Беркенплейн 15-1", "Моленгоф 48".
_CYRILLIC_STREET = re.compile(
    r"(?<![\w\-])[" + _UP + "][" + _LO + r"]+(?:страт|лан|вег|плейн|гоф|хоф|ерф|пад|сингел|каде|грахт|дейк|дайк|дреф)"
    r"[ \u00a0]\d{1,4}(?:[\-/ ]?[A-Za-zА-Яа-я0-9]{1,3})?(?![\w\-])"
)
# A birth key in another language and the date after it, also written with Chinese signs or other digits:
# "出生日期: 1955年5月16日", "تاریخ تولد: ۲۰۰۱/۰۸/۰۱", "дата народження: 13.04.1972".
_BIRTH_KEY_DATE = re.compile(
    r"(?i:出生日期|生日|дата[ \u00a0]народження|дата[ \u00a0]рождения|дата[ \u00a0]на[ \u00a0]раждане|"
    r"تاریخ[ \u00a0]تولد|تاريخ[ \u00a0]الميلاد|ημερομηνία[ \u00a0]γέννησης|geboortedatum)[ \t]*[:：]?[ \t]*"
    r"(?P<date>\d{1,4}(?:[年月日./\-][ \t]?\d{1,4}){2}[日]?|\d{4}年\d{1,2}月\d{1,2}日)"
)


# A full date in Chinese or Japanese signs of a year long past, as the translation of a birth certificate writes it:
# "Quach Xuan Trang (1997年5月6日)", "geboren 1953年7月12日" (round thirty-one, from fresh37c); as with
# ``olddates``, a full date so long past in a case file is a date of birth.
_CJK_OLD_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日")


def other_script_identifiers(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """Number plates, street addresses and dates of birth written in another script or with other digits."""
    if not _ANY.search(text) and not any("\u0660" <= c <= "\u06f9" for c in text):
        return []
    out: list[tuple[int, int, str, str]] = []
    for rx, label, rep in (
        (_UA_PLATE, "LICENSE_PLATE", "[kenteken]"),
        (_CYRILLIC_STREET, "ADDRESS", "[adres]"),
    ):
        for m in rx.finditer(text):
            if _take(mask, m.start(), m.end()):
                out.append((m.start(), m.end(), label, rep))
    for m in _BIRTH_KEY_DATE.finditer(text):
        if _take(mask, m.start("date"), m.end("date")):
            out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum]"))
    if "年" in text:
        for m in _CJK_OLD_DATE.finditer(text):
            if int(m.group("y")) <= DOB_YEAR_MAX and _take(mask, m.start(), m.end()):
                out.append((m.start(), m.end(), "DATE_OF_BIRTH", "[geboortedatum] " + m.group("y")))
    return out
