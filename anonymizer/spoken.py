"""Numbers spoken as Dutch words, as voicemail and speech-recognition transcripts write them (issue 10, round five).

A transcript has no punctuation and writes numbers as words, often mixed with figures: "mijn nummer is nul zes
twaalf vierendertig 56 78", "ik ben geboren op zes en twintig maart negentien vijfenzeventig". ``find_spoken`` turns
such runs into PHONE and DATE_OF_BIRTH candidates with offsets into the text. Each pattern runs only near its trigger
("nul", "plus", a figure starting with 0 before a number word, a month name), found by substring tests first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import WORDS
from .patterns import DOB_YEAR_MAX, STREET_SUFFIX, _mod97
from .rxutil import word_alternation
from .streets import _STREET_ENDS_LOW

UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
_UNIT_ALT = "|".join(k for k in UNITS if k not in ("nul", "één"))
_TENS_ALT = "|".join(TENS)
# a number below 100 in words: "vierendertig", "drieëntwintig", "zes en twintig" (spaced), "twaalf", "zes"
_COMPOUND = rf"(?:{_UNIT_ALT})[ ]?(?:en|ën|ën)[ ]?(?:{_TENS_ALT})"
BELOW_100 = rf"(?:{_COMPOUND}|{'|'.join(TEENS)}|{_TENS_ALT}|{'|'.join(UNITS)})"
_COMPOUND_RE = re.compile(rf"(?P<u>{_UNIT_ALT}) ?(?:en|ën) ?(?P<t>{_TENS_ALT})")
_TOKEN = re.compile(rf"\d+|{BELOW_100}(?![\wëé])|[\wëé]+")

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_YEAR = rf"(?:negentien ?(?:honderd ?)?(?:en ?)?{BELOW_100}|tweeduizend(?: ?en)?(?: ?{BELOW_100})?|1[89]\d\d|20\d\d)"
_DAY = rf"(?:eerste|derde|{BELOW_100}(?:ste|de)?|\d{{1,2}})"
SPOKEN_DATE_RE = re.compile(rf"(?<![\wëé])(?P<day>{_DAY}) (?P<month>{'|'.join(MONTHS)}) (?P<year>{_YEAR})(?![\wëé])")
# "mijn geboortedatum is twaalf drie vijfenzeventig": day, month and year as numbers after a birth cue
# also said with fillers and ordinals (round fourteen, from the blind speech corpora fresh17a and fresh18b): "mijn
# geboortedatum is uhm 25 10 56", "klopt het dat u geboren bent op 14 7 52", "ik ben van de 17e van de negende 60",
# "mijn zoon rohit geboren de tiende van de elfde 19"
_FILLERS = r"(?: (?:eh|ehm|uh|uhm|hm|hè|he|nou|ja|zeg|maar|dus|even|eens|nou ja|zeg maar),?)*"
_ORD_DAY = rf"(?:{BELOW_100}(?:ste|de)?|eerste|derde|\d{{1,2}}e?)"
_NUM_DOB_RE = re.compile(
    r"(?:geboortedatum|geboren(?: bent| ben| is| was)?(?: op)?|geb\.?|(?P<van>(?:ben|bent|is|was) van))(?: is| was|:)?"
    + _FILLERS
    + rf" (?P<date>(?:de )?(?P<d>{_ORD_DAY}) (?:van de )?"
    rf"(?P<m>{_ORD_DAY}) (?P<y>{_YEAR}|{BELOW_100}|\d\d))(?![\wëé])"
)
# the same three numbers opening the answer to a line that asks for a birth date, after the speaker's label: "en uw
# geboortedatum⏎[spreker 1] twaalf acht zevenenzeventig" (round twenty-three, from fresh19b)
_ANSWER_DOB_RE = re.compile(
    r"(?:geboortedatum|geboren|verjaardag)[^\n]{0,24}\n[^\n]{0,30}?(?<![\wëé])"
    + rf"(?P<date>(?:de )?(?P<d>{_ORD_DAY}) (?:van de )?(?P<m>{_ORD_DAY}) (?P<y>{_YEAR}|{BELOW_100}|\d\d))(?![\wëé])"
    + r"[ \t.,?]*(?:\n|$)"
)
_DOB_CUE = re.compile(r"geb(?:oren|oorte|\b|\.)|verjaardag|jarig")
# where a phone number may start; every branch opens with a literal, so the scan is fast (the word boundary before
# it is checked in code): "nul", "plus <number word>", "06 <number word>", "06 40 <number word>", "0 6 1 ...",
# "+31 <number word>"
_PHONE_TRIGGER = re.compile(
    rf"nul(?![\wëé])|plus (?={BELOW_100})|0\d{{0,3}}(?: \d{{1,4}}){{0,3}} (?={BELOW_100})|0 \d |\+\d\d (?={BELOW_100})"
    rf"|zes (?={BELOW_100})"
)
_MONTH_WORD = re.compile("|".join(MONTHS))
# A month with a year opener right after it (``_YEAR_OPENERS``) somewhere: without one, no month that ``_MONTH_WORD``
# finds passes the test in find_spoken, so its scan is skipped (a prefix tree: only whether a match exists counts).
_MONTH_BEFORE_YEAR = re.compile("(?:" + word_alternation(MONTHS) + ") [nt12]")  # asked only whether one occurs
# How the year after a spoken date's month opens (``_YEAR``: "negentien ...", "tweeduizend ...", 19xx, 20xx).
_YEAR_OPENERS = frozenset({" n", " t", " 1", " 2"})


def value(word: str) -> int | None:
    """The value of a number below 100 written in Dutch words, or None."""
    word = word.replace(" ", "")
    if word in UNITS:
        return UNITS[word]
    if word in TEENS:
        return TEENS[word]
    if word in TENS:
        return TENS[word]
    m = _COMPOUND_RE.fullmatch(word)
    return UNITS[m["u"]] + TENS[m["t"]] if m else None


def _year(spoken: str) -> int | None:
    s = spoken.replace(" ", "")
    if s.isdigit():
        return int(s)
    if s.startswith("negentien"):
        rest = s[len("negentien") :].removeprefix("honderd").removeprefix("en")
        v = value(rest)
        return None if v is None else 1900 + v
    rest = s[len("tweeduizend") :].removeprefix("en")
    if not rest:
        return 2000
    v = value(rest)
    return None if v is None else 2000 + v


def _phone_target(low: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """(first digit token, number of digits) of a phone number that may start at token ``i``, or (-1, 0)."""
    s, _e, w = toks[i]
    if w == "plus" and i + 1 < len(toks):
        return i + 1, 11  # "plus eenendertig zes ...": +31 and nine digits
    if w.isdigit() and s > 0 and low[s - 1] == "+":
        return i, 11
    if w == "zes":  # "mijn nummer is zes twaalf vierendertig 56 78": a mobile number without its 0
        return (i, 9) if "nummer" in low[max(0, s - 30) : s] else (-1, 0)
    if w == "nul" or (w.isdigit() and w.startswith("0")):
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        return i, 13 if (w.startswith("00") or (w in ("nul", "0") and nxt in ("nul", "0"))) else 10
    return -1, 0


def _phones(low: str, a: int = 0, b: int | None = None) -> Iterator[tuple[int, int]]:
    """Runs of number words and figures that spell a phone number: ten digits starting with 0 ("nul zes twaalf
    vierendertig 56 78", "0 6 1 2 3 4 5 6 7 8"), or +31 / 0031 and nine digits ("plus eenendertig zes ...")."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low, a, len(low) if b is None else b)]
    i = 0
    while i < len(toks):
        k, target = _phone_target(low, toks, i)
        if k < 0:
            i += 1
            continue
        digits, words, singles, j, end = "", 0, 0, k, -1
        while j < len(toks) and len(digits) < target:
            ts, te, tw = toks[j]
            if j > i and low[toks[j - 1][1] : ts] not in (" ", ", ", "-", " - ", ". "):
                break
            if tw.isdigit():
                digits += tw
                singles += len(tw) == 1
            else:
                v = value(tw)
                if v is None:
                    break
                digits += str(v)
                words += 1
            end = te
            j += 1
        if len(digits) == target and (words or singles >= 8) and digits != "0123456789":
            yield toks[i][0] - (1 if low[toks[i][0] - 1 : toks[i][0]] == "+" else 0), end
            i = j
        else:
            i += 1


def find_spoken(text: str, low: str | None = None) -> list[tuple[int, int, str, str]]:
    """PHONE and DATE_OF_BIRTH candidates spoken in words: (start, end, label, replacement)."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: list[tuple[int, int, str, str]] = []
    last = -1
    for t in _PHONE_TRIGGER.finditer(low):  # only a window after each trigger is read
        if t.start() < last or low[t.start() - 1 : t.start()].isalnum():
            continue
        for s, e in _phones(low, t.start(), min(len(low), t.start() + 160)):
            if s >= last:
                out.append((s, e, "PHONE", "[telefoonnummer]"))
                last = e
        last = max(last, t.end())
    seen: set[int] = set()
    for month in _MONTH_WORD.finditer(low) if _MONTH_BEFORE_YEAR.search(low) else ():
        if low[month.start() - 1 : month.start()].isalnum() or low[month.end() : month.end() + 1].isalnum():
            continue  # "meisje", "maartse"
        if low[month.start() - 2 : month.start() - 1].isdigit() and low[month.end() + 1 : month.end() + 2].isdigit():
            continue  # "12 maart 1975": a date in figures, judged by patterns.py
        if low[month.end() : month.end() + 2] not in _YEAR_OPENERS:
            continue  # no year after the month ("In maart volgde"): no spoken date has its month here
        for m in SPOKEN_DATE_RE.finditer(low, max(0, month.start() - 40), min(len(low), month.end() + 60)):
            if m.start() in seen or m.start("month") != month.start():
                continue
            seen.add(m.start())
            if m["day"].isdigit() and m["year"].isdigit():
                continue  # a date in figures: the patterns of patterns.py judge it
            year = _year(m["year"])
            day = _day(m["day"])
            if year is None or day is None or not 1 <= day <= 31 or year > DOB_YEAR_MAX:
                continue
            if year < 2000 or _DOB_CUE.search(low, max(0, m.start() - 200), m.start()):
                out.append((m.start(), m.end(), "DATE_OF_BIRTH", f"[geboortedatum] {year}"))
    if "geb" in low or "n van " in low or "s van " in low:  # "geboren", "ik ben van", "is van"
        out += _numeric_dobs(low)
    if "bsn" in low or "burgerservice" in low or "sofi" in low:
        for m in _SPOKEN_BSN_RE.finditer(low):
            digits = "".join(str(UNITS[w]) if w in UNITS else w for w in m["n"].replace(",", " ").split())
            if len(digits) == 9:
                out.append((m.start("n"), m.end("n"), "BSN", "[BSN]"))
    return out + spoken_streets(low, text) + spelled_runs(low) + said_addresses(low) + said_number_runs(low)


# "mijn bsn is een twee drie vier vijf zes zeven acht twee": nine digits said one by one after a BSN word
_DIGIT_WORD = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|\d)"
# also words and figures mixed: "mijn burgerservicenummer is negen negen zes 063 584" (round fourteen, fresh17a)
_SPOKEN_BSN_RE = re.compile(
    r"(?:bsn|burgerservicenummer|sofinummer)(?:[ \t]+(?:is|nummer|nr\.?)|[ \t]*:)*[ \t]+"
    rf"(?P<n>{_DIGIT_WORD}(?:[ \t,]+(?:{_DIGIT_WORD}|\d{{2,4}})){{2,8}})(?![\wëé])"
)


def _day(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word[:-1].isdigit() and word[-1] == "e":
        return int(word[:-1])  # "de 17e"
    return {"eerste": 1, "derde": 3}.get(word) or value(re.sub(r"(?:ste|de)$", "", word))


def _numeric_dobs(low: str) -> list[tuple[int, int, str, str]]:
    """A birth date said as three numbers after a birth cue ("geboortedatum is twaalf drie vijfenzeventig")."""
    out: list[tuple[int, int, str, str]] = []
    matches = list(_NUM_DOB_RE.finditer(low))
    if "\n" in low:
        matches += _ANSWER_DOB_RE.finditer(low)
    for m in matches:
        day, month = _day(m["d"]), _day(m["m"])  # also in figures with spaces: "geboortedatum is 26 3 75"
        v = int(m["y"]) if len(m["y"]) == 2 and m["y"].isdigit() else value(m["y"])
        year = _year(m["y"]) if v is None else (1900 + v if v > DOB_YEAR_MAX % 100 + 12 else 2000 + v)
        latest = DOB_YEAR_MAX if m.groupdict().get("van") else DOB_YEAR_MAX + 12  # "de brief is van 3 7 2025"
        if day and month and 1 <= day <= 31 and 1 <= month <= 12 and year and 1900 <= year <= latest:
            out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", f"[geboortedatum] {year}"))
    return out


_HOUSE_WORDS_RE = re.compile(rf"[ \t]+(?:nummer|nr\.?|huisnummer)[ \t]+(?:{BELOW_100})(?![\wëé])", re.IGNORECASE)


def house_number_end(text: str, end: int) -> int:
    """Where a street ending at ``end`` ends, with a house number in words ("Lindelaan nummer achtentwintig")."""
    m = _HOUSE_WORDS_RE.match(text, end)
    return m.end() if m else end


# "ik woon op de lindelaan achtentwintig": a transcript's street in lower case, with its number in words
# also "mijn adres is seringlaan tachtig" without a preposition (round fourteen, fresh18b)
_SPOKEN_STREET_RE = re.compile(
    rf"(?:(?:woon|woont|wonen|woonde|adres is|verhuisd naar|wonend aan|wonende aan)(?: nu| sinds kort)?"
    rf" (?:op|aan|in) |adres is (?:nog steeds )?)(?:de |het )?(?P<a>[a-zà-ÿ][a-zà-ÿ\-]{{1,30}}(?:{STREET_SUFFIX})"
    rf"(?: (?:nummer|nr\.?|huisnummer))? (?:{BELOW_100}|\d{{1,4}}[a-z]?))(?![\wëé])"
)


# "het is op de hoek van de seringlaan en de tulppad": two streets of a corner, in lower case (round fourteen)
_CORNER_RE = re.compile(
    rf"hoek van (?:de |het )?(?P<a>[a-zà-ÿ][a-zà-ÿ\-]{{1,30}}(?:{STREET_SUFFIX})) (?:en|met) (?:de |het )?"
    rf"(?P<b>[a-zà-ÿ][a-zà-ÿ\-]{{1,30}}(?:{STREET_SUFFIX}))(?![\wëé])"
)


# A street in lower case that no dictionary lists, with its house number said before or after it: "verhuisd naar
# vijftien boekweiterf", "ja hortensiakade achttien in apeldoorn", "ja vliersingel 107bis" (round fourteen, fresh19b).
# Only the endings that streets alone have: an unlisted word ending in "ring", "hoek" or "veld" may be an ordinary
# compound ("bijstandsuitkering twee keer"). The street word is found first (cheap); the number is read beside it.
# The endings are those of streets.py's lower-case streets but for the ones an unlisted word after no preposition
# may have without being a street ("dijk", "wal", "park", "horst", ...), and with "gaarde".
_NOT_STREET_ALONE = frozenset(("burcht", "dijk", "wal", "allee", "plantsoen", "boulevard", "hage", "horst", "park"))
_STREET_NAME_ENDS = (*(end for end in _STREET_ENDS_LOW.split("|") if end not in _NOT_STREET_ALONE), "gaarde")
_LOW_STREET_WORD = re.compile(rf"(?<![\wëé])[a-zà-ÿ][a-zà-ÿ\-]{{2,30}}(?:{'|'.join(_STREET_NAME_ENDS)})(?![\wëé])")
_NUMBER = rf"(?:{BELOW_100}|\d{{1,4}}[a-z]{{0,3}})"
_NUMBER_BEFORE = re.compile(rf"(?<![\wëé])(?P<n>{_NUMBER}) (?:(?P<w>[a-zà-ÿ]+) )?$")
_NUMBER_AFTER = re.compile(rf" {_NUMBER}(?![\wëé])")


def _numbered_streets(low: str, text: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    if not any(end in low for end in _STREET_NAME_ENDS):
        return out
    for m in _LOW_STREET_WORD.finditer(low):
        street = m.group()
        if street in WORDS or len(street) < 6:
            continue  # "fietspad", "hoofdstraat": an ordinary word
        s, e = m.span()
        before = _NUMBER_BEFORE.search(low, max(0, s - 40), s)
        if before and (before["w"] in _NOT_A_PREFIX or before["w"] == "een"):
            before = None  # "2026 naar hazelaarkade": a preposition between
        if before and (before["n"] == "een" or (len(before["n"]) == 4 and before["n"].isdigit())):
            before = None  # "een invalidenparkeerplaats", "2026 hazelaarkade": an article, a year
        if before:
            s = before.start()
        else:
            after = _NUMBER_AFTER.match(low, e)
            if after is None:
                continue
            e = after.end()
        if text[s:e].islower():  # a capitalised street with its number is read by the address finders
            out.append((s, e, "ADDRESS", "[adres]"))
    return out


def spoken_streets(low: str, text: str | None = None) -> list[tuple[int, int, str, str]]:
    """ADDRESS candidates of a lower-case street after "ik woon op de" with its house number (words or figures),
    of the two streets of a corner ("op de hoek van de seringlaan en de tulppad"), and of a street no dictionary
    lists with its number said before or after it."""
    out: list[tuple[int, int, str, str]] = _numbered_streets(low, low if text is None else text)
    if "hoek van" in low:
        for m in _CORNER_RE.finditer(low):
            out += [(m.start(g), m.end(g), "ADDRESS", "[adres]") for g in ("a", "b")]
    if "woon" not in low and "adres is" not in low and "verhuisd" not in low:
        return out
    return out + [(m.start("a"), m.end("a"), "ADDRESS", "[adres]") for m in _SPOKEN_STREET_RE.finditer(low)]


# ---------------------------------------------------------------- round thirteen: identifiers spelled out
# A transcript spells a number or a code sign by sign: "acht vier zes nul vijf nul zeven zes zes" (a BSN), "a f s slash
# twee nul twee vier slash vier drie vijf een vijf" (a case number), "v a twee zes zeven vier drie vijf acht". A run of
# such signs (digit words, single letters, figures, "slash", "streepje", "punt") holding five digits or more is an
# identifier whatever its kind; the words before it name the kind for the placeholder.
_L = "a-zà-ÿëéü"
_ONE_SIGN_RX = (
    rf"(?:(?<![{_L}])(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|slash|streepje|punt|koppelteken|min|"
    rf"spatie|underscore|dubbel|[a-tv-z])(?![{_L}])|(?<!\d)\d{{1,4}}(?!\d))"
)
_ONE_SIGN = re.compile(_ONE_SIGN_RX)
_SIGN_RUN = re.compile(rf"{_ONE_SIGN_RX}(?:[ \t,]*{_ONE_SIGN_RX}){{5,}}")
_DIGIT_WORDS = frozenset(("nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"))
_JOINERS = frozenset(("slash", "streepje", "punt", "koppelteken", "min", "spatie", "underscore", "dubbel"))
_RUN_KINDS = (
    (re.compile(r"(?:burgerservice|bsn|sofi)"), "BSN", "[BSN]"),
    (re.compile(r"kenteken|nummerbord"), "LICENSE_PLATE", "[kenteken]"),
    (re.compile(r"postcode"), "POSTCODE", "[postcode]"),
    (re.compile(r"rekening|iban"), "IBAN", "[IBAN]"),
    (re.compile(r"bel|telefoon|mobiel|nummer is"), "PHONE", "[telefoonnummer]"),
)


_FIGURES_APART = re.compile(r"(?<![\w.,])\d[ \t]+\d[ \t]+\d(?![\w.,])")  # "2 0 2 5 streepje": figures said apart
_DIGIT_GATE = (" nul", " een ", " twee", " drie", " vier", " vijf", " zes", " zeven", " acht", " negen")


def _sign_kind(word: str) -> int:
    """2: a digit (a digit word or a figure of up to four), 1: a letter or a joining word, 0: no sign."""
    if word in _DIGIT_WORDS or (word.isdigit() and len(word) <= 4):
        return 2
    if (len(word) == 1 and word.isalpha() and word != "u") or word in _JOINERS:
        return 1
    return 0


# An e-mail address said aloud: "kerstinsteinner add outlook punt com", "k punt deslooterwerf at gouda punt nl"
# (speech recognition writes "at" as "add", "et", "apenstaartje"); a bank account said with its letters apart:
# "n l 32 a b n a 3569983813" (round fourteen, from the blind speech corpus fresh18b).
_SAID_EMAIL = re.compile(
    r"(?<![\w@.])(?P<e>[a-z0-9][a-z0-9_\-]*(?: (?:punt|dot|streepje|underscore) [a-z0-9_\-]+)*"
    r" (?:at|add|et|ad|apenstaartje|apestaartje) [a-z0-9][a-z0-9\-]*(?: (?:punt|dot) [a-z0-9\-]{2,20})*"
    r" (?:punt|dot) (?:nl|com|be|org|net|eu|de|info|nu|io|co|uk|fr|online))(?![\w@])"
)
_SAID_IBAN = re.compile(r"(?<![\w])(?P<i>n ?l ?\d ?\d ?(?:[a-z] ?){4}(?:\d ?){9}\d)(?![\w])")
_NOT_A_LOCAL_PART = frozenset(("mail", "is", "op", "naar", "mailen", "adres", "e-mail", "email", "me", "mij"))


def said_addresses(low: str) -> list[tuple[int, int, str, str]]:
    """E-mail addresses and bank accounts said aloud (see ``_SAID_EMAIL``, ``_SAID_IBAN``)."""
    out: list[tuple[int, int, str, str]] = []
    if " punt " in low or " dot " in low:
        for m in _SAID_EMAIL.finditer(low):
            if m["e"].split(" ", 1)[0] not in _NOT_A_LOCAL_PART:
                out.append((m.start("e"), m.end("e"), "EMAIL", "[e-mailadres]"))
    if "n l" in low or "nl" in low:
        for m in _SAID_IBAN.finditer(low):
            if _mod97(m["i"].replace(" ", "").upper()):
                out.append((m.start("i"), m.end("i"), "IBAN", "[IBAN]"))
    return out


def spelled_runs(low: str) -> list[tuple[int, int, str, str]]:
    """Identifiers spelled sign by sign (see ``_SIGN_RUN``): five digits or more in one run of signs."""
    out = _spelled_plates(low) + _spoken_postcodes(low)
    if sum(low.count(w) for w in _DIGIT_GATE) < 4 and not _FIGURES_APART.search(low):
        return out  # five digits said one by one need four digit words or figures said apart
    for m in _SIGN_RUN.finditer(low):
        signs = [(t.start(), t.end(), _sign_kind(t.group())) for t in _ONE_SIGN.finditer(low, m.start(), m.end())]
        while signs and low[signs[-1][0] : signs[-1][1]] in _JOINERS:
            signs.pop()  # a run ends in a sign, not in "slash"
        if sum(1 for r in signs if r[2] == 2) >= 5 and len(signs) >= 6:
            s, e = signs[0][0], signs[-1][1]
            before = low[max(0, s - 60) : s]
            label, rep = "CASE_NUMBER", "[zaaknummer]"
            letters = any(r[2] == 1 and low[r[0] : r[1]] not in _JOINERS for r in signs)
            for rx, lab, r in _RUN_KINDS:
                if lab in ("PHONE", "BSN") and letters:
                    continue  # "bellen over v t a streepje 2 0 2 5": a code with letters is no phone number
                if rx.search(before):
                    label, rep = lab, r
                    break
            out.append((s, e, label, rep))
    return out


# "het kenteken is F 6 9 9 D H", "kenteken z n 2 7 4 f": six signs said one by one after the word for a plate
# also with a word for each letter: "kenteken: D zoals dak 0 0 4 X zoals xylofoon T zoals tafel" (round fourteen)
_SPELL_WORD = r"(?:[ \t]+(?:zoals|als in|als|van|voor)[ \t]+[a-zà-ÿ]{2,})?"
# also after the car itself: "heeft de auto nog op zijn naam 4 z k n 2 7", "ze hebben mijn auto l p z 4 6 l" (round 14)
_SPELLED_PLATE = re.compile(
    r"(?:kenteken|nummerbord|auto|wagen|bestelbus|scooter|motor|op (?:zijn|haar|mijn) naam)[^\n.]{0,20}?(?<![\w])"
    rf"(?P<p>(?:[a-z0-9]{_SPELL_WORD}[ \t,]+){{5}}[a-z0-9]{_SPELL_WORD})(?![\w])",
    re.IGNORECASE,
)
_SIGNS_APART = re.compile(r"(?<![\w])[a-z0-9] [a-z0-9] [a-z0-9](?![\w])")
_COMPACT_PLATE = re.compile(r"kenteken(?: is| was|:)? (?P<p>[a-z0-9]{6})(?![\w\-])")
# "postcode 7219 T zoals tafel, Z zoals zeef", "postcode vier drie negen zeven WZ" (round fourteen, fresh17a)
_SPELLED_POSTCODE = re.compile(
    rf"postcode(?:[ \t]+is|[ \t]*:)?[ \t]+(?P<p>(?:[1-9]\d{{3}}|{_DIGIT_WORD}(?:[ \t]+{_DIGIT_WORD}){{3}})[ \t]+"
    rf"(?:[a-z]{_SPELL_WORD}[ \t,]+[a-z]{_SPELL_WORD}|[a-z]{{2}}))(?![\wëé])"
)
# "postcode is drieëndertig tien w g", "adres korenpad 2 zestig negenenvijftig r m": a postcode said as two numbers
# below a hundred (the first at least ten) and its two letters
# also in figures: "postcode 47 21 h z", "zonnebloempad 6 15 93 e c in Schiedam" (round fourteen)
_SPOKEN_POSTCODE = re.compile(rf"(?<![\wëé])(?P<a>{BELOW_100}|[1-9]\d) (?P<b>{BELOW_100}|\d\d) [a-z] [a-z](?![\wëé])")


def _spelled_plates(low: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    if "kenteken" in low:  # "het kenteken vt964x": six signs written together
        for m in _COMPACT_PLATE.finditer(low):
            p = m["p"]
            if any(c.isdigit() for c in p) and sum(c.isalpha() for c in p) >= 2:
                out.append((m.start("p"), m.end("p"), "LICENSE_PLATE", "[kenteken]"))
    cues = ("kenteken", "nummerbord", "auto", "wagen", "bus", "scooter", "motor", " naam")
    cued = any(c in low for c in cues)  # asked first: the scan for signs apart costs more
    apart = cued and ("kenteken" in low or "nummerbord" in low or bool(_SIGNS_APART.search(low)))  # "4 z k n 2 7"
    for m in _SPELLED_PLATE.finditer(low) if apart else ():
        signs = [w for w in m["p"].replace(",", " ").split() if len(w) == 1]
        if sum(c.isdigit() for c in signs) >= 1 and sum(c.isalpha() for c in signs) >= 1:
            out.append((m.start("p"), m.end("p"), "LICENSE_PLATE", "[kenteken]"))
    return out


_TWO_LETTERS = re.compile(r" [a-z] [a-z](?![\wëé])")


def _spoken_postcodes(low: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    if "postcode" in low:
        for m in _SPELLED_POSTCODE.finditer(low):
            if " zoals " in m["p"] or " als " in m["p"] or not m["p"][:4].isdigit():
                out.append((m.start("p"), m.end("p"), "POSTCODE", "[postcode]"))
    if not _TWO_LETTERS.search(low):
        return out  # a spoken postcode ends in two letters said apart
    for m in _SPOKEN_POSTCODE.finditer(low):
        a = int(m["a"]) if m["a"].isdigit() else value(m["a"])
        b = int(m["b"]) if m["b"].isdigit() else value(m["b"])
        if a is not None and b is not None and 10 <= a <= 99 and 0 <= b <= 99:
            out.append((m.start("a"), m.end(), "POSTCODE", "[postcode]"))
    return out


# ---------------------------------------------------------------- round fourteen: numbers said in pairs
# A BSN or a case number said as numbers below a hundred, figures and "dubbel", with a correction in the middle:
# "mijn bsn is tweeëndertig tien eenenzeventig tweeënveertig vijfenvijftig vier", "ik herhaal 12 60 95 74 och nee,
# 69 3", "h z zesentwintig eenenzeventig achtenzeventig" (from the late blind speech corpus fresh19b). The cue before
# it names the kind; the figures it holds must be enough for one (six for a case number, eight for a BSN).
_NUM_WORD = rf"(?:{BELOW_100}|\d{{1,4}}|dubbel[ \t]+(?:{_UNIT_ALT}|nul|\d))"
_CORRECTION = r"(?:(?:eh|uh|och|oh)[ \t,]+)?(?:nee(?:[ \t,]+wacht)?|sorry|ik bedoel|eh|uh)[ \t,]+"
_PAIR_RUN = re.compile(
    rf"(?<![\wëé])(?P<r>(?:(?:[a-z][ \t]+){{1,4}}|[a-z]{{2,4}}[ \t]+)?{_NUM_WORD}"
    rf"(?:[ \t]*[,.]?[ \t]+(?:{_CORRECTION})?{_NUM_WORD}){{1,12}}(?:[ \t]+[a-z](?![\wëé]))?)(?![\wëé])"
)
_PAIR_CUE = re.compile(
    r"(?:bsn|burgerservicenummer|sofinummer|ik herhaal|zaaknummer|dossier(?:nummer)?|kenmerk|staat bovenaan|"
    r"staat onder|referentie|het nummer is|even pakken hoor|moet ik opzoeken)[^\n]{0,40}$"
)
_BSN_CUE = re.compile(r"bsn|burgerservice|sofi")
_PAIR_CUE_WORD = re.compile(
    r"bsn|burgerservicenummer|sofinummer|herhaal|zaaknummer|dossier|kenmerk|bovenaan|staat onder|referentie|"
    r"nummer is|pakken hoor|opzoeken"
)
_NOT_A_PREFIX = frozenset("is op nu ja en de het van dat nee dus wel zo al te in om of was".split())


def _figures(run: str) -> str:
    out: list[str] = []
    for tok in re.findall(rf"dubbel[ \t]+\S+|\d{{1,4}}|{BELOW_100}", run):
        if tok.startswith("dubbel"):
            d = tok.split()[-1]
            d = d if d.isdigit() else str(UNITS.get(d, ""))
            out.append(d * 2)
        elif tok.isdigit():
            out.append(tok)
        else:
            v = value(tok)
            out.append("" if v is None else str(v))
    return "".join(out)


def said_number_runs(low: str) -> list[tuple[int, int, str, str]]:
    """BSNs and case numbers said in pairs, figures and words mixed, after a cue that asks for or names one."""
    if not any(c in low for c in ("bsn", "burgerservice", "sofi", "herhaal", "zaak", "dossier", "kenmerk", "nummer")):
        return []
    out: list[tuple[int, int, str, str]] = []
    seen: set[int] = set()
    # read only the stretch after each cue word (the run opens within 80 characters of it)
    for c in _PAIR_CUE_WORD.finditer(low):
        for m in _PAIR_RUN.finditer(low, c.end(), min(len(low), c.end() + 160)):
            if m.start("r") - c.end() > 80 or m.start("r") in seen:
                continue
            seen.add(m.start("r"))
            out += _pair_run(low, m)
    return out


_SPOKEN_WORD = re.compile(rf"(?<![\wëé])(?:{BELOW_100}|dubbel|nee|sorry|eh|uh)(?![\wëé])")
_CODE_LETTERS = re.compile(r"(?:[a-z][ \t]+){1,4}\d|[a-z]{2,4}[ \t]+\d")


def _pair_run(low: str, m: re.Match[str]) -> list[tuple[int, int, str, str]]:
    """The BSN or case number of one run of said numbers, or nothing."""
    s, e = m.span("r")
    before = low[max(0, s - 80) : s]
    if _PAIR_CUE.search(before) is None:
        return []
    head = low[s:e].split()[0]
    if head in _NOT_A_PREFIX:  # "is 65 eenentachtig ...": a word of the sentence, not the code's letters
        s += len(head) + 1
        while low[s] in " \t":
            s += 1
    run = low[s:e]
    if low[s - 1 : s] in ("-", "/", ".", ":") or low[e : e + 1] in (":", "-", "/"):
        return []  # "07-12-2025 07:42": a date and a time, not a number said aloud
    if not _SPOKEN_WORD.search(run) and not _CODE_LETTERS.match(run):
        return []  # figures only, no word of speech and no code letters: the other finders read written numbers
    figures = _figures(run)
    head = run.split()[0]
    letters = head.isalpha() and len(head) <= 4 and value(head) is None and not head.startswith("dubbel")
    bsn = bool(_BSN_CUE.search(before)) and not letters
    if bsn and len(figures) >= 8:
        return [(s, e, "BSN", "[BSN]")]
    if not bsn and len(figures) >= 6:
        return [(s, e, "CASE_NUMBER", "[zaaknummer]")]
    return []
