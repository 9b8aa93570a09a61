"""Case, file and reference numbers that ``patterns.find_case`` misses: a cue further away, a cue after the number,
lower-case and underscore notations, and a few shapes that are file numbers without any cue.

A case number is a key into the municipality's files: whoever reads it can ask for the person behind it. So a
number-like token is removed when a case word stands near it in the same sentence (before or after), unless it is
demonstrably something else (an amount, a date, a time, a year, a public phone number, a number written with
thousands separators, a short count). Shapes that are never ordinary numbers (letters with a year and a serial, an
underscore between letters and digits, a year-serial with closing letters) go without a cue.

Speed: the finder runs only on the runs of digits ``patterns.digit_runs`` already found, and reads a short window
around each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import WORDS
from .patterns import digit_runs, public_document_number

Cand = tuple[int, int, str, str]
_REPL = "[zaaknummer]"

_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-._")
# A case word: the stem of a word naming a file, case, reference or the number itself ("zaaknummer", "dossier",
# "kenmerk", "o.v.v.", "ref", "nummer", "nr"). Read in a window of the same sentence on both sides.
_CUE = re.compile(
    r"(?<![a-zà-ÿ])(?:zaak|dossier|kenmerk|referentie|ref\b|o\.v\.v|vermelding|nummer|nr\b|registratie|"
    r"melding|klacht|aanvraag|bezwaar|beschikking|besluit|aanslag|ticket|casus|verbaal|aangifte|pv\b|factuur|inzake|"
    r"toevoeging|rapport|inspectierapport|verslagnummer|"  # a legal-aid certificate: "Toevoeging: 1KN8288" (round 16)
    # a care professional's registration in a public register names the person: "BIG 19012345601", "AGB/BIG ..."
    # (round twenty-five, from the blind corpus of medical letters fresh31a)
    r"big\b|agb\b|agb-code|skj\b)"
    # an inspector's or expert's report: "Boomtechnisch onderzoek — rapport OLO 5349621" (round twenty-one)
    # the kind of file a compound names: "naheffingsaanslag 8156.357.296-NH", "kapmelding OV/8197-G" (round 18)
    r"|[a-zà-ÿ]{3,}(?:aanslag|melding|aanvraag|beschikking|boete|bezwaar|dossier)"  # "bijstandsdossier 80440/24"
    # a debt's plan or loan by its number: "Betalingsregeling 67-512522" (round twenty-six, from fresh32a)
    r"|[a-zà-ÿ]{3,}(?:regeling|lening)"
    r"|[a-zà-ÿ]{3,}(?:nummer|nr\b|verzoek|kenmerk)",  # any compound of "nummer": "klantnummer UWV", "rijbewijsnummer";
    # a request by its kind: "Onderwerp: terugbelverzoek 26-6530", "handhavingsverzoek 2026-0412"
)
# A shop's order, article or tracking number ("bestelnummer 4000123456", "artikelnummer 8712345678901") is no key
# into the municipality's files: the words are no case cue (round ten).
_SHOP_WORD = re.compile(r"(?:order|bestel|artikel|product|ean|sku|verzend|track(?:ing)?)[\-]?(?:nummer|nr\b|code)")
_SHOP_WORD_END = re.compile(
    r"(?:order|bestel|artikel|product|ean|sku|verzend|track(?:ing)?)[\-]?(?:nummer|nr|code)[\s:#.]*$"
)
_SENTENCE_END = re.compile(r"[.!?;:]\s+(?=[A-Z0-9])|\n")
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro|ca\.|circa|±)\s*$", re.I)
_AMOUNT_AFTER = re.compile(
    r"^(?:,\d|,-|\s*(?:euro|eur|procent|%|uur|u\b|km|m2|m²|kg|liter|cm|mm|minuten|dagen|weken))", re.I
)
# Numbers of public registers that are no case number: the Chamber of Commerce, VAT, RSIN.
_REGISTER = re.compile(r"kvk|k\.v\.k|kamer van koophandel|btw|rsin|iban|bic")
_UNIT = re.compile(r"\d+(?:[.,]\d+)?(?:kg|km|cm|mm|ml|m2|m3|mb|gb|tb|kb|kwh|kw|pk|cc|mg|gr|ltr|e|ste|de)", re.I)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# A count after a large number: "20.430.551 inwoners", "12.000.000 mensen".
_COUNT_AFTER = re.compile(r"^\s*(?:[a-zà-ÿ]+(?:s|en|ers)\b|mln|miljoen|miljard)")
_TIME = re.compile(r"\d{1,2}[.:]\d{2}|\d{1,3}m\d{2}s")  # also a transcript's time mark: "#04m27s" (round 24)
_DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([\-/.])(?:0?[1-9]|1[0-2])(?:\1(?:19|20)?\d\d)?|(?:19|20)\d\d[\-/.][01]?\d[\-/.][0-3]?\d"
    # the month glued to day and year: "12NOV2026", "3mei85"
    r"|(?:0?[1-9]|[12]\d|3[01])(?i:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)(?:19|20)?\d\d"
)
_YEAR = re.compile(r"(?:19|20)\d\d(?:[\-/](?:19|20)?\d\d)?")
_PUBLIC = re.compile(r"(?:0800|090\d)[\-. ]?\d{4,7}|088[\-. ]?\d{7}|14[\-. ]?0\d{2,3}|112")
# Shapes that are file numbers without a cue: letters and digits joined by an underscore; a year, a serial and
# closing letters; letters, a full stop and five or more digits; a four-digit year with two dotted groups.
_BARE_SHAPES = re.compile(
    r"[A-Z]{1,6}_\d{2,10}(?:_\d{1,10}){0,2}"
    r"|(?:19|20)\d\d[\-/.]\d{3,8}[\-/.][A-Z]{1,4}"
    r"|[A-Z]{2,6}\.\d{5,10}"
    r"|(?:19|20)\d\d\.\d{3,4}\.\d{3,5}"
    # a year, a month and a serial too long for a day: "2026.09.6732", "2025-11-04417"
    r"|(?:19|20)\d\d\.[01]\d\.\d{4,6}|(?:19|20)\d\d-[01]\d-\d{4,6}|(?:19|20)\d\d/[01]\d/\d{4,6}"
    r"|[A-Z]{1,6}[\-/.](?:19|20)\d\d[\-/.]\d{3,8}[\-/.](?:\d{1,3}|[A-Z]{1,4})"
    # two or more letter groups before a year and a serial: "GEM/VTH/2026/4356", "WMO-HH-26-0012"
    r"|[A-Z]{1,6}(?:[\-/.][A-Z]{1,6})+[\-/.](?:(?:19|20)?\d\d)[\-/.]\d{3,8}(?:[\-/.](?:\d{1,3}|[A-Z]{1,4}))?"
    # round nine: letters glued to a year before a serial ("z2021-965571"); a letter prefix, a serial and a check
    # letter ("INT-0695-M", "KLA-512-RT": a plate has no four digits and no three-letter prefix with three);
    # a two-digit year, a department and a serial ("23/VTH/6262"); year, serial and check letter ("79-405383-D");
    # a two-digit year, a letter and a serial ("24U913081")
    r"|[A-Za-z]{1,3}(?:19|20)\d\d-\d{4,8}"
    r"|[A-Z]{2,6}-\d{4,6}-[A-Z]{1,3}|[A-Z]{3,6}-\d{3,6}-[A-Z]{1,3}"
    r"|\d\d/[A-Z]{2,5}/\d{3,8}"
    r"|\d\d-\d{5,8}-[A-Za-z]{1,2}"
    r"|\d\d[A-Z]{1,2}\d{5,8}"
    # a serial, a two-digit year and a department ("6487.24.BZW"); a department, a serial and a year ("BAG-523-24",
    # no plate has three letters before three digits)
    r"|\d{3,6}\.\d\d\.[A-Z]{2,5}"
    r"|[A-Z]{3,5}-\d{3,6}-\d\d"
    # round ten: a year, a department and a serial between slashes or full stops ("2025/BO/2870"); a digit, a year
    # and a serial ("1.2025.15398", a register's notation: a version has no year in its middle); a department, a
    # serial and a two-digit year between slashes ("OMB/6229/26")
    r"|(?:19|20)\d\d(?:/[A-Z]{1,5}/|\.[A-Z]{1,5}\.)\d{3,8}"
    r"|\d\.(?:19|20)\d\d\.\d{4,8}"
    r"|[A-Z]{2,6}/\d{3,8}/\d\d"
    # round thirteen: letters glued to a number, then two dashed groups ("AF2025-06-9102", "TK65-25-3301"); no plate
    # or date has eight digits in three groups
    r"|[A-Z]{1,4}\d{2,4}-\d\d-\d{3,6}"
    # round fifteen: a ticket key of an issue tracker or case system, capitals, a dash and a serial ("PORTAL-2304",
    # "MLD-39314"; 357 case numbers and no keep word over all development corpora); a standard, a law or a disease
    # ("NEN-7510", "ISO-27001", "COVID-19") is none
    r"|(?!(?:NEN|ISO|EN|DIN|IEC|CVE|COVID|SARS|RFC|ECLI|BWBR|ICD|DSM|PSD|AVG|GDPR|WMO|BW|SR|ABC)-)[A-Z]{2,10}-\d{3,6}"
    # round sixteen: the same key in lower case with four to six digits, "bezw-29224" (from the blind corpus fresh22c)
    r"|(?!(?:nen|iso|din|iec|cve|rfc|ecli|bwbr|icd|dsm|psd|avg|gdpr|wmo|covid|sars)-)[a-z]{3,6}-\d{4,6}"
    # letters, a year, letters and a serial: "BR/25/K/2010" (58 case numbers and nothing else over the corpora)
    r"|[A-Z]{1,6}[\-/.](?:19|20)?\d\d[\-/.][A-Z]{1,4}[\-/.]\d{3,8}"
    # round eighteen: letters, a two-digit year and a serial after a slash, a council's register of incoming
    # letters: "MO-25/91" (from holdout16)
    r"|(?!(?:NEN|ISO|EN|DIN|IEC|EU|COVID|SARS|RFC)-)[A-Z]{1,5}-\d\d/\d{2,6}"
    # round nineteen: one or two letters, four to six figures and a two-digit year ("ZK-24994-24": no plate has four
    # figures together); letters, a serial and a year between full stops ("VKP.5505.26"); two letter groups and a
    # serial of five or more figures ("MLD-GV-53384"). From holdout18 and the blind corpus fresh25d.
    r"|[A-Z]{1,2}-\d{4,6}-\d\d"
    r"|[A-Z]{2,5}\.\d{3,6}\.\d\d"
    r"|[A-Z]{2,6}(?:-[A-Z]{1,6})+-\d{5,8}"
    # letters in mixed case, a two-digit year and a serial ("RtC-26-557": a plate has no lower case and no three
    # figures after two); a letter glued to a serial, a year and a serial between full stops ("W952.26.263")
    r"|[A-Z][A-Za-z]{0,4}-\d\d-(?:\d{3}|\d{5,6})"
    r"|[A-Z]{1,3}\d{2,4}\.\d\d\.\d{3,6}"
    # round twenty: a serial and a two-digit year after a slash ("68495/23"; not a school year "2024/25"); a serial,
    # a department's capitals and a two-digit year ("6189-TV-23": no plate has three figures before two letters and
    # two figures). From the blind corpus fresh26c.
    r"|(?!(?:19|20)\d\d/)\d{4,6}/(?:1[5-9]|2\d)"
    r"|\d{3,5}-[A-Z]{2,3}-\d\d"
    # capitals, a dash and a serial with one letter inside ("RIT-91E81045", a trip's number; from fresh26f)
    r"|[A-Z]{2,6}-\d{2,4}[A-Z]\d{4,6}"
    # round thirty-two: four figures, a year and a serial of five between full stops ("1859.26.65474",
    # "5183.2026.33312"; from fresh38a): no amount has a group of four or five figures, no version a year
    r"|[1-9]\d{3}\.(?:19|20)?\d\d\.\d{5}"
)
# "25/8493": a two-digit year and a serial, unless a count follows ("50/1000 punten"; "12/2025" is a month).
# Also with a dash for a year of this decade or the last and a serial of five or six digits: "26-04411".
_YEAR_SERIAL = re.compile(r"\d{2}/(?!(?:19|20)\d\d$)\d{4,6}|(?:1[5-9]|2\d)-\d{5,6}")


def _token(text: str, s: int, e: int) -> tuple[int, int]:
    """The token around the digit run ``text[s:e]``: grown over letters, digits and ``/ - . _``, trimmed of closing
    punctuation."""
    n = len(text)
    while s > 0 and text[s - 1] in _TOKEN_CHARS:
        s -= 1
    while e < n and text[e] in _TOKEN_CHARS:
        e += 1
    while e > s and text[e - 1] in "._-/":
        e -= 1
    while s < e and text[s] in "._-/":
        s += 1
    return s, e


def _sentence_window(text: str, s: int, e: int, width: int = 60) -> tuple[str, str]:
    """The text before and after ``[s, e)`` within the same sentence, at most ``width`` characters each."""
    before = text[max(0, s - width) : s]
    after = text[e : e + width]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    if cut:
        before = before[cut[-1] :]
    m = _SENTENCE_END.search(after)
    if m:
        after = after[: m.start() + 1]
    return before, after


def _no_case_token(tok: str) -> bool:
    """The tests of ``_no_case`` that read the token alone (it says True whenever this does)."""
    digits = sum(c.isdigit() for c in tok)
    if digits < 4 or _UNIT.fullmatch(tok):
        return True
    if _DATE.fullmatch(tok) or _TIME.fullmatch(tok) or _YEAR.fullmatch(tok) or _PUBLIC.fullmatch(tok):
        return True
    return not any(c.isalpha() for c in tok) and ((digits < 8 and bool(_THOUSANDS.fullmatch(tok))) or digits < 6)


def _no_case(tok: str, before: str, after: str) -> bool:
    """``tok`` is demonstrably no case number: an amount, date, time, year, public number, thousands or a count."""
    digits = sum(c.isdigit() for c in tok)
    letters = sum(c.isalpha() for c in tok)
    if digits < 4 or _UNIT.fullmatch(tok):
        return True  # "228a", "12-B": a house number; "1000kg", "2500m2": a quantity
    if _DATE.fullmatch(tok) or _TIME.fullmatch(tok) or _YEAR.fullmatch(tok) or _PUBLIC.fullmatch(tok):
        return True
    if _AMOUNT_BEFORE.search(before) or _AMOUNT_AFTER.match(after):
        return True
    if not letters:
        if _THOUSANDS.fullmatch(tok) and (digits < 8 or _COUNT_AFTER.match(after)):
            return True  # "1.430.551", "20.430.551 inwoners": a number written with thousands separators
        if digits < 6:
            return True  # a count, a house number, a postcode's digits: a bare number needs six digits or more
    return False


# A file name ("bezwaar_Z-2026-355733.pdf", "besluit_ZK26-00123_def.docx"): its parts between underscores
# that hold a number of five or more digits (not a date) are the case the file belongs to.
_FILE_NAME = re.compile(
    r"(?P<stem>[\w.\-/]+?)\.(?:pdf|docx?|xlsx?|odt|ods|txt|rtf|msg|eml|jpe?g|png|heic|tiff?|zip|csv)", re.I
)
_WORD_ENDS = re.compile(r"^(?:[a-z]{3,}-)+|(?:-[a-z]{3,}\d{0,2})+$")  # "verslag-2026-0412-bijlage2"
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d[01]\d[0-3]\d|[0-3]\d[01]\d(?:19|20)\d\d")


# also a year, letters and a number, or letters, a number and a year: "verslag-zanko-2027/TK/8382.pdf",
# "verslag-x-BA-1166/27.pdf" (round twenty-nine, from holdout28)
_SLASHED_CASE_IN_NAME = re.compile(
    r"(?<=[_\-])(?:[A-Za-z]{1,6}/\d{2,4}/\d{3,8}(?:-[A-Za-z0-9]{1,3})?|(?:19|20)\d\d/[A-Za-z]{1,4}/\d{3,8}"
    r"|[A-Za-z]{1,5}-\d{3,5}/\d\d|[A-Za-z]{1,5}\d\d/\d{3,8})(?![A-Za-z0-9/])"
)


def _file_name_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The numbered parts of a file name ``text[s:e]`` that are case numbers."""
    m = _FILE_NAME.fullmatch(text, s, e)
    if m is None:
        return []
    out = []
    stem = m["stem"]
    slashed = _SLASHED_CASE_IN_NAME.search(stem)
    if slashed:  # "besluit_Z/25/092064.pdf": a case number with its slashes, written into the name (round thirteen)
        return [(s + slashed.start(), s + slashed.end())]
    pos = s + stem.rfind("/") + 1  # in a path or web address only the last segment is the file's name
    name = stem[stem.rfind("/") + 1 :]
    if name.isdigit():
        return []  # "12345.pdf": a bare number names a document, not a case
    for part in name.split("_"):
        a, b = pos, pos + len(part)
        pos = b + 1
        core = _WORD_ENDS.sub("", part).strip(".-/")
        digits = sum(c.isdigit() for c in core)
        if digits < 5 or _COMPACT_DATE.fullmatch(core) or _DATE.fullmatch(core) or _TIME.fullmatch(core):
            continue
        if re.fullmatch(r"(?:19|20)\d\d[\-.]\d\d[\-.]\d\d|\d\d[\-.]\d\d[\-.](?:19|20)\d\d", core):
            continue  # "2026-03-12": a date
        a += part.index(core)
        out.append((a, a + len(core)))
    return out


_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]+", re.I)
_URL_CASE_WORDS = re.compile(r"(?:case|zaakid|caseid|ticketid|id|zaak|zaken|dossiers?|tickets?|meldingen)[/=]$")
_URL_PART = re.compile(r"(?<=[/=])[A-Za-z]{0,6}[\-_.]?\d[\w\-.]*\d")


def _case_numbers_in_urls(text: str) -> Iterator[Cand]:
    """A case number in the path or query of a web address after a case word ("https://mijn.gemeente.nl/zaak/
    2026-04411", "?zaak=Z-2026-04411"): a public site's address stays, the number in it does not."""
    if "://" not in text and "www." not in text:
        return
    for u in _URL.finditer(text):
        for m in _URL_PART.finditer(text, u.start(), u.end()):
            tok = m.group()
            digits = sum(c.isdigit() for c in tok)
            if digits < 5 or _no_case_token(tok) or _COMPACT_DATE.fullmatch(tok):
                continue
            seg = text[max(u.start(), m.start() - 24) : m.start()].lower()  # the segment or query key before it
            if _CUE.search(seg) or _URL_CASE_WORDS.search(seg):
                yield m.start(), m.end(), "CASE_NUMBER", _REPL


# A link inside the page ('<a href="/zaken/JZ 2026 6670">'): no "://" or "www.", the path still names the case.
_HREF = re.compile(r"""(?:href|src|action)=(?P<q>["'])(?P<u>[^"'<>\n]{3,300})(?P=q)""", re.I)
_PATH_CASE_WORD = re.compile(
    r"(?:zaak|zaken|zaakid|dossiers?|cases?|tickets?|meldingen|melding|aanvragen|aanvraag|klachten|klacht|"
    r"bezwaren|bezwaar|kenmerk|referentie|ref|id|personen|persoon|klanten|klant|clienten|cliënten|client|cliënt|"
    r"inwoners|burgers|relaties|relatie)$"
)
_PATH_SEG = re.compile(r"[^/?#&=]+")
_PATH_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 \-_.]{2,30}|[A-Za-z0-9]+(?:%20[A-Za-z0-9\-_.]+)+")


def _case_numbers_in_links(text: str) -> Iterator[Cand]:
    """A case number as a segment of a link's path or query right after a case word ("/zaken/JZ 2026 6670",
    "/dossier/2026-04411", "?zaak=Z-2026-04411"), also in a relative link (round ten)."""
    if "=" not in text:
        return
    for h in _HREF.finditer(text):
        prev = ""
        for seg in _PATH_SEG.finditer(text, h.start("u"), h.end("u")):
            tok = seg.group()
            digits = sum(c.isdigit() for c in tok)
            if (
                digits >= 4
                and _PATH_CASE_WORD.search(prev.lower())
                and _PATH_VALUE.fullmatch(tok)
                and not _no_case_token(tok.replace("%20", " ").strip())
                and not _COMPACT_DATE.fullmatch(tok)
            ):
                yield seg.start(), seg.end(), "CASE_NUMBER", _REPL
            prev = tok


def find_case_more(text: str, low: str) -> Iterator[Cand]:
    """Case numbers with a case word near them in the same sentence, and the shapes that need no cue; not the
    number of a public document ("raadsvoorstel 2026-014")."""
    for c in _find_case_more(text, low):
        if not public_document_number(text, c[0]) and not _ISO_STAMP.fullmatch(text, c[0], c[1]):
            yield c


# "2026-11-15T11": the date and hour of an ISO timestamp, no case number (round twelve)
_ISO_STAMP = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\dT[0-2]\d(?::[0-5]\d){0,2}")


# A reference of letter groups ("VTA-9RFZ-DAYD", "BZ-KWBK-AUJV"): a prefix of capitals, then groups of capitals and
# digits joined by hyphens. With a digit in it, it is a code; of letters only, it needs a case word before it and no
# group may be a word ("WOZ-BESCHIKKING" stays).
_LETTER_CODE = re.compile(r"(?<![\w\-/.])[A-Z]{2,5}(?:-[A-Z0-9]{3,8}){2,3}(?![\w\-]|\.\w)")
_CODE_CUE = re.compile(
    r"(?:dossier|kenmerk|referentie|ref\.?|zaak|zaaknummer|ticket|nummer|nr\.?)(?:[ \t]+[a-z]+)?[\s:(]*$"
)


def letter_codes(text: str, low: str) -> Iterator[Cand]:
    """References made of letter groups after a case word, or with a digit anywhere (run also on texts without
    digits)."""
    if "-" not in text:
        return
    for m in _LETTER_CODE.finditer(text):
        code = m.group()
        groups = code.split("-")
        if any(c.isdigit() for c in code):
            if not all(len(g) >= 3 for g in groups[1:]):
                continue
            yield m.start(), m.end(), "CASE_NUMBER", _REPL
        elif _CODE_CUE.search(low, max(0, m.start() - 30), m.start()) and not any(g.lower() in WORDS for g in groups):
            yield m.start(), m.end(), "CASE_NUMBER", _REPL


# A year and groups of three digits in square brackets, as a mail subject tags its case: "bijstand [2023 184 356]".
_BRACKET_SPACED = re.compile(r"\[(?P<n>(?:19|20)\d\d(?:[ .]\d{3}){2,3})\]")


# The code that tags a mail's subject or a letter's "Betreft" line at its end, in brackets or after a comma or a dash
# ("Subject: RE: Wmo Bakker (25.0431)", "Betreft: mw. Bos, 0412/26/WZ", "FW: bijstand – 26.0412"): the case the
# mail is about (round ten). Four digits or more and a separator or letters; no date, time, year or article.
_SUBJECT_TAG = re.compile(
    r"(?im)^[ \t>]*(?:subject|onderwerp|betreft|re|fw|fwd|aw|antw)[ \t]*:[^\n]*?"
    r"(?:\(|\[|,[ \t]+|[ \t][–—\-][ \t]+)(?P<n>[A-Za-z0-9][A-Za-z0-9./\-_]{3,24}[A-Za-z0-9])[)\]]?[ \t]*\.?[ \t]*$"
)
# ... or opening it: "Subject: [25.0431] parkeervergunning", "Onderwerp: 0412/26/WZ - bijstand"
_SUBJECT_HEAD = re.compile(
    r"(?im)^[ \t>]*(?:subject|onderwerp|betreft|re|fw|fwd)[ \t]*:[ \t]*(?:(?:re|fw|fwd|aw|antw)[ \t]*:[ \t]*)*"
    r"(?:[\[(](?P<n>[A-Za-z0-9][A-Za-z0-9./\-_]{3,24}[A-Za-z0-9])[\])]"
    r"|(?P<m>[A-Za-z0-9][A-Za-z0-9./\-_]{3,24}[A-Za-z0-9])[ \t]+[–—\-:][ \t]+)"
)
_SUBJECT_GATE = ("subject", "onderwerp", "betreft", "re:", "fw:", "fwd:")
_VERSION = re.compile(r"[vV]?\d{1,3}(?:\.\d{1,3}){1,3}")
_STANDARD = re.compile(r"(?:ISO|NEN|EN|DIN|IEC|NTA|NPR)[\- ]?\d+(?:[\-:]\d+)*", re.I)
_ARTICLE_BEFORE = re.compile(r"(?:art|artikel|lid|versie|v|nr|sub|§)\.?[ \t]*[(\[]?$", re.I)


def _subject_tags(text: str, low: str) -> Iterator[Cand]:
    if not any(g in low for g in _SUBJECT_GATE):
        return
    heads = [(h.start(g), h.end(g)) for h in _SUBJECT_HEAD.finditer(text) for g in ("n", "m") if h[g]]
    for s, e in [(m.start("n"), m.end("n")) for m in _SUBJECT_TAG.finditer(text)] + heads:
        tok = text[s:e]
        digits = sum(c.isdigit() for c in tok)
        if digits < 4 or not any(c in "./-_" or c.isalpha() for c in tok) or _no_case_token(tok):
            continue
        if _COMPACT_DATE.fullmatch(tok) or _VERSION.fullmatch(tok) or _STANDARD.fullmatch(tok):
            continue  # "(20260312)", "(v2.14.3)", "(ISO-27001)"
        if _ARTICLE_BEFORE.search(text, max(0, s - 10), s):
            continue
        yield s, e, "CASE_NUMBER", _REPL


_LETTERS_SPACED = re.compile(r"(?<![\w\-/.])[A-Z]{2,4}(?: \d{2,5}){2,4}(?![\w\-/]|[.,]\d)")
# seven figures or six are enough right after a word that refers to a number, or after a case word in the sentence:
# "terugbellen onder KCC 208 3100", "Ik bel over KCC 941 0325" (round thirty, from fresh36c's interpreter bookings)
_SPACED_SHORT_CUE = re.compile(r"(?:\b(?:onder|over|afspraak|herinnering|code)|[(:])[ \t]*$")


# capitals and a space before the figures of a number its key names: "personeelsnummer PN 50224", "ander
# registratienummer (RN 4471)" (round twenty-five, from the blind corpus of staff files fresh31c)
_LETTER_PREFIX = re.compile(r"(?<![\w\-/.])[A-Z]{1,4}[ \t]$")
_NUMBER_CUE_BEFORE = re.compile(r"[a-z](?:nummer|nr\.?)[ \t:(]*$")
# "factuur NR 2041", "heb jij de factuur gezien? NR 9475": three figures or more right after "nr" with a word naming a
# file, invoice or case shortly before (round thirty-one, from holdout30's suppliers); a house, article or law number
# ("Dorpsstraat nr. 148", "artikel nr. 12", "Stb. 2020, nr. 1234") has no such word.
_NR_RIGHT_BEFORE = re.compile(r"(?<![\w.])(?:NR|Nr|nr)\.?[ \t]?$")
_NR_OPENER = re.compile(r"(?:^|[?!.:;,(\n])[ \t]*$")


def _nr_opens(text: str, low: str, s: int) -> bool:
    """The "nr" before ``s`` follows a word naming the kind of file ("factuur NR") or opens a clause ("gezien? NR")."""
    p = low.rfind("nr", max(0, s - 5), s)
    head = low[max(0, p - 20) : p]
    return bool(_NR_OPENER.search(head) or _NR_KIND_END.search(head))


_NR_KINDS = r"factuur|creditnota|nota|zaak|dossier|klacht|melding|aanvraag|bezwaar|ticket"  # the kinds of file
_NR_KIND_END = re.compile(r"(?:" + _NR_KINDS + r")[ \t]*$")
_NR_KIND = re.compile(r"(?<![a-zà-ÿ])(?:" + _NR_KINDS + r"|facturen|beschikking|aanslag|casus|kenmerk|inkooporder)")


# The number of a Dutch passport, identity card or driving licence: nine characters, two letters, six letters or
# figures and a figure (never the letter O), after a document's or a number's word in the same sentence
# ("Documentnummer: NXWL1Y6V4", "het gestolen document MIMBCLXN6", "paspoort, nummer AEYBJFKF5"); and a number
# spelled out with a hyphen between its letters and figures ("V-B-C-1-V-V-G-L-5"). Round twenty-eight, from fresh34f:
# a document number identifies its holder as a case number does.
_DOCUMENT_NUMBER = re.compile(r"(?<![\w\-/.])[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9](?![\w\-]|\.\w)")
_DOCUMENT_CUE = re.compile(
    r"(?:document|paspoort|id-kaart|identiteitskaart|identiteitsbewijs|rijbewijs|reisdocument|verblijfs\w*|nummer|nr)"
    r"\b[^\n.]{0,40}$"
)
_SPELLED_CODE = re.compile(r"(?<![\w\-])(?:[A-Z0-9]-){6,13}[A-Z0-9](?![\w\-])")


def _document_numbers(text: str, low: str) -> Iterator[Cand]:
    """Identity document numbers after their cue, and codes spelled out sign by sign (see ``_DOCUMENT_NUMBER``)."""
    for m in _DOCUMENT_NUMBER.finditer(text):
        code = m.group()
        if sum(c.isdigit() for c in code) <= 4 and _DOCUMENT_CUE.search(low, max(0, m.start() - 60), m.start()):
            yield m.start(), m.end(), "CASE_NUMBER", _REPL
    if "-" in text:
        for m in _SPELLED_CODE.finditer(text):
            signs = m.group()[::2]
            if any(c.isdigit() for c in signs) and any(c.isalpha() for c in signs):
                yield m.start(), m.end(), "CASE_NUMBER", _REPL


def _find_case_more(text: str, low: str) -> Iterator[Cand]:
    yield from _case_numbers_in_urls(text)
    yield from _document_numbers(text, low)
    yield from _case_numbers_in_links(text)
    yield from _subject_tags(text, low)
    if "[" in text:
        for m in _BRACKET_SPACED.finditer(text):
            yield m.start("n"), m.end("n"), "CASE_NUMBER", _REPL
    if " " in text:  # "naheffingsaanslag NHA 1838 1951 27": capitals and groups of figures after a case word
        for m in _LETTERS_SPACED.finditer(text):
            figures = sum(c.isdigit() for c in m.group())
            if figures < 6 or _REGISTER.match(low, m.start()) or m.group()[m.group().index(" ") + 1] == "0":
                continue  # "KVK 1234 5678" is a firm's; "TEL 010 1234" a phone's
            if _CUE.search(low, max(0, m.start() - 45), m.start()) or _SPACED_SHORT_CUE.search(
                low, max(0, m.start() - 16), m.start()
            ):
                yield m.start(), m.end(), "CASE_NUMBER", _REPL
    last = -1
    for ds, de in digit_runs(text):
        if ds < last:
            continue
        s, e = _token(text, ds, de)
        last = e
        tok = text[s:e]
        if not tok or _PUBLIC.match(text, s):
            continue
        if (e + 1 < len(text) and text[e] == " " and text[e + 1].isdigit()) or (
            s >= 2 and text[s - 1] == " " and text[s - 2].isdigit()
        ):
            continue  # one group of a spaced number ("088-898 92 94"): the phone and BSN finders read those
        if _BARE_SHAPES.fullmatch(tok):
            yield s, e, "CASE_NUMBER", _REPL
            continue
        if "/" in tok:  # the last segment of a path: "/bemiddeling/verzoek/PORTAL-9559" (round fifteen)
            a = text.rfind("/", s, ds) + 1
            b = text.find("/", de, e)
            b = e if b == -1 else b
            if a > s and _BARE_SHAPES.fullmatch(text, a, b):
                yield a, b, "CASE_NUMBER", _REPL
                continue
        if "." in tok and _FILE_NAME.fullmatch(tok):
            for a, b in _file_name_parts(text, s, e):
                yield a, b, "CASE_NUMBER", _REPL
            continue  # "rapport_2025.pdf", "scan_2026-03-12.pdf": a file name without a case number stays
        if tok.isdigit() and 4 <= len(tok) <= 8 and s >= 3 and text[s - 1] in " \t":
            p = _LETTER_PREFIX.search(text, max(0, s - 6), s)
            if p and _NUMBER_CUE_BEFORE.search(low, max(0, p.start() - 30), p.start()):
                yield p.start(), e, "CASE_NUMBER", _REPL  # "Personeelsnummer PN 50224" (round twenty-five)
                continue
        if (
            tok.isdigit()
            and 3 <= len(tok) <= 8
            and _NR_RIGHT_BEFORE.search(text, max(0, s - 5), s)
            and _NR_KIND.search(low, max(0, s - 80), s)
            and _nr_opens(text, low, s)
        ):
            yield s, e, "CASE_NUMBER", _REPL
            continue
        if _no_case_token(tok):  # most runs (house numbers, amounts, dates) end here, before any window is read
            continue
        before, after = _sentence_window(low, s, e)
        if _no_case(tok, before, after) or _REGISTER.search(before[-30:]):
            continue
        if "nummer" in before or "nr" in before or "code" in before:
            if _SHOP_WORD_END.search(before):
                continue  # "bestelnummer: 4000123456": the number the shop's word names
            before = _SHOP_WORD.sub(" ", before)
        if "nummer" in after or "nr" in after or "code" in after:
            after = _SHOP_WORD.sub(" ", after)
        if (
            _CUE.search(before[-45:])
            or _CUE.search(after[:45])
            or _THOUSANDS.fullmatch(tok)
            or (_YEAR_SERIAL.fullmatch(tok) and not _COUNT_AFTER.match(after))
        ):
            yield s, e, "CASE_NUMBER", _REPL  # "(23.649.015)", "ID: 25.409.832": eight digits in dotted groups
            # and no amount or count beside them are a register or file number (all such in our corpora are)


# A token spelled exactly like a found case number, digit for digit and with the same letters and separators, is a
# number of the same register: "Ik heb twee aanslagen: 5041.20.82171 en 2332.25.87805" (round twenty, from fresh26a).
# Only shapes that no date, amount or phone number has: five digits or more and a separator or a letter.
_TWIN_TOKEN = re.compile(r"(?<![\w./\-])[A-Za-z0-9][\w./\-]*\d[\w./\-]*")
_SHAPE_DIGIT = re.compile(r"\d")


def _shape(token: str) -> str:
    return _SHAPE_DIGIT.sub("9", token)


def case_number_twins(text: str, mask: bytearray, spans: list[Cand]) -> list[Cand]:
    """Tokens of the same shape as a found case number (see ``_TWIN_TOKEN``)."""
    shapes = set()
    for s, e, lab, _rep in spans:
        if lab != "CASE_NUMBER":
            continue
        shape = _shape(text[s:e])
        if shape.count("9") >= 5 and shape.strip("9"):
            shapes.add(shape)
    if not shapes:
        return []
    out: list[Cand] = []
    for m in _TWIN_TOKEN.finditer(text):
        tok = m.group().rstrip("./-_")
        s, e = m.start(), m.start() + len(tok)
        if _shape(tok) in shapes and mask.find(1, s, e) == -1:
            out.append((s, e, "CASE_NUMBER", _REPL))
            mask[s:e] = b"\x01" * (e - s)
    return out


# Round twenty-two: any code of capitals and four or more figures that no other finder took is a case or file number
# ("TLK-269046-2", "TOEV-7G419320", "K26/AFS/9819" after an arrow, in a heading or in running text). Every round's
# held-out set brought case numbers in shapes of its own; a list of shapes never caught up. Over the development
# corpora such codes are case numbers or other identifiers (ids of users, comments, officers' badges, graves); what is
# not is left out by its shape: a standard or a law with its year, a quarter, a date with a month's abbreviation, a
# time stamp, a quantity with its unit, a VAT number (a business's, kept).
_CODE = re.compile(r"(?<![\w./\-#@:€$£])[A-Za-z0-9][A-Za-z0-9./\-#]*[A-Za-z0-9](?![\w@])")
_NOT_CODE = re.compile(
    r"(?:NEN|ISO|EN|DIN|IEC|CVE|RFC|ECLI|BWBR|ICD|DSM|PSD|EAN|GTIN|ISBN|ISSN|SKU|COVID|SARS|NUTS|CBS|SBI|KVK|UTC|GMT)"
    r"(?![a-z]).*"
    r"|[A-Za-z]{1,12}[\- ]?(?:19|20)\d\d"  # "Wmo2015", "EK-2024": a law, a scheme or an event and its year
    r"|(?:19|20)\d\d[A-Za-z]{1,3}"
    r"|Q[1-4][\-/ ]?(?:19|20)\d\d|(?:19|20)\d\d[\-/ ]?Q[1-4]"
    r"|NL\d{9}B\d\d"
    r"|\d{1,2}[\-./]?(?i:JAN|FEB|MA[AR]|APR|MEI|MAY|JUN|JUL|AUG|SEP|O[CK]T|NOV|DEC)[A-Za-z]*[\-./]?\d{2,4}"
    r"|(?:19|20)\d\d-?[01]\d-?[0-3]\dT.*"
    r"|\d+(?:[.,]\d+)?(?:KWH|KW|MW|GW|V|W|GB|MB|KB|TB|MM|CM|KM|KG|PK|HZ|DB|M2|M3|L)",
)
_LOWER_RUN = re.compile(r"[a-z]{3}")
_OCR_DIGITS = str.maketrans("OoIlSB", "001158")


_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./-#")


def _codes_at_digits(text: str) -> Iterator[re.Match[str]]:
    """``_CODE.finditer(text)`` for the matches that hold a digit, tried only at the start of each run of code
    characters around a run of digits (the shared scan of ``digit_runs``; round twenty-two, speed)."""
    done = -1
    for s, _e in digit_runs(text):
        if s < done:
            continue
        i = s
        while i > 0 and text[i - 1] in _CODE_CHARS:
            i -= 1
        while i < s and not text[i].isalnum():
            i += 1  # a code opens with a letter or a figure
        m = _CODE.match(text, i)
        if m is not None and m.end() > s:
            done = m.end()
            yield m


# Three groups of figures joined by hyphens, not a date and not led by a zero (a phone number): "21-9270-649",
# "2630-866-65" (round twenty-three, from fresh29c). Over the development data they were 600 citizen service numbers
# (their own finder takes those first) and 47 case numbers, and nothing else.
_DIGIT_TRIPLE = re.compile(
    r"(?<![\w./+\-])(?!(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-\d)[1-9]\d{1,3}-\d{3,5}-\d{2,4}(?![\w\-]|[.,]\d)"
)


def bare_codes(text: str, mask: bytearray) -> list[Cand]:
    """Codes of capitals and four or more figures, and three groups of figures joined by hyphens, that nothing else
    took (see ``_CODE`` and ``_DIGIT_TRIPLE``)."""
    out: list[Cand] = []
    for s, _e in digit_runs(text) if "-" in text else ():
        m = _DIGIT_TRIPLE.match(text, s)
        if m is not None and mask.find(1, s, m.end()) == -1:
            out.append((s, m.end(), "CASE_NUMBER", _REPL))
            mask[s : m.end()] = b"\x01" * (m.end() - s)
    for m in _codes_at_digits(text):
        tok = m.group().rstrip(".-/#")
        s, e = m.start(), m.start() + len(tok)
        digits = sum(c.isdigit() for c in tok)
        upper = sum("A" <= c <= "Z" for c in tok)
        if digits < 4 or upper < 1 or upper + digits < len(tok) - 4 or _LOWER_RUN.search(tok):
            continue
        if len(tok) > 40 or tok.isalnum() and (tok[:2] == "NL" or len(tok) > 16):
            continue  # a bank account number that no IBAN finder took, or a long hash
        if _NOT_CODE.fullmatch(tok) or mask.find(1, s, e) != -1:
            continue
        if _DATE.fullmatch(tok.translate(_OCR_DIGITS)):
            continue  # "12-lO-2O26": a date read by a machine, letters for figures
        out.append((s, e, "CASE_NUMBER", _REPL))
        mask[s:e] = b"\x01" * (e - s)
    for m in _CODE_IN_FILE_NAME.finditer(text) if "_" in text else ():
        s, e = m.span("c")
        digits = "".join(c for c in m.group("c") if c.isdigit())
        if len(digits) >= 4 and not _YEAR_ONLY.fullmatch(digits) and mask.find(1, s, e) == -1:
            out.append((s, e, "CASE_NUMBER", _REPL))
            mask[s:e] = b"\x01" * (e - s)
    return out


# A case's code with slashes or dots opening an attachment's file name before the resident's name: "[bijlage:
# VHZ26/0379_jabheed.pdf]", "AFS/25/D/1206_vardanian.pdf" (round thirty-four, from holdout33's moves and post room)
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")  # "WMO/2026_beleid.pdf": a scheme and a year
_CODE_IN_FILE_NAME = re.compile(
    r"(?<![\w/.\-])(?P<c>[A-Z]{2,5}[-./]?\d{0,4}(?:[-./][A-Z0-9]{1,6}){1,4})"
    r"(?=_[^\s/\]]{1,60}\.(?:pdf|docx?|jpe?g|png|heic|odt|xlsx?|msg|eml|txt)\b)"
)
