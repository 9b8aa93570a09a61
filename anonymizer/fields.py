"""Structured identifiers found by the field they stand in, not by a cue word right before them.

A value in a column whose header names it ("bsn;postcode;kenteken" above CSV lines, a Markdown or tab table),
a JSON member (``"bsn": "..."``), or a vertical table (a line "Postcode" with the value on the next line) is
taken when its shape fits the field: a BSN of 8 or 9 digits passing the eleven-test (a spreadsheet drops the
leading zero), a postcode in any case and spelling, a licence plate in a Dutch sidecode, a case number with at
least three digits, an address ending in a house number. Without a header the same values need their own
cues (see ``patterns``); here the header is the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Cand = tuple[int, int, str, str]

_GATE = ("bsn", "burgerservice", "sofi", "postcode", "kenteken", "nummerplaat", "nummerbord", "zaak", "kenmerk")
_GATE2 = (
    *("dossier", "referentie", "registratienummer", "aanvraagnummer", "beschikkingsnummer", "adres"),
    *("straat", "locatie", "tel", "mobiel", "gsm", "phone", "mobile", "whatsapp"),
    *("factuur", "crediteur", "debiteur", "inkooporder", "polis"),
)
_LINE_GATE = (*_GATE, *_GATE2, "ref", "pc")

_HEADERS = (
    ("BSN", re.compile(r"(?:bsn|burgerservice|sofi)[\w\-. ()]{0,24}")),
    ("POSTCODE", re.compile(r"(?:postcode|pc)(?:[ /]+(?:woonplaats|plaats))?")),
    ("LICENSE_PLATE", re.compile(r"(?:\w+ )?(?:kenteken|nummerplaat|nummerbord)[\w\-. ()]{0,20}")),
    (
        "CASE_NUMBER",
        re.compile(
            # an invoice's, creditor's or purchase order's number in a payment run (round thirty-one, holdout30)
            r"(?:ons |uw )?(?:zaak|kenmerk|dossier|referentie|ref|registratie|aanvraag|beschikking|factuur|crediteur"
            r"|debiteur|inkooporder|polis)"
            r"(?:nummer|nr|-?id)?\.?"
        ),
    ),
    ("ADDRESS", re.compile(r"(?:bezoek|woon|post)?adres|straat(?:naam)?(?: en huisnummer| \+ huisnummer)?|locatie")),
    (
        "DATE_OF_BIRTH",
        re.compile(r"geboortedatum|geb(?:\.|oorte)? ?datum|geboren(?: op)?|date of birth|birth ?date|dob"),
    ),
    (
        "PHONE",
        re.compile(r"(?:tel(?:efoon)?(?:nummer|nr)?|mobiel(?:nummer)?|gsm|mobile|phone|whatsapp)[\w\-. ()]{0,16}"),
    ),
)
_REPLACEMENT = {
    "BSN": "[BSN]",
    "POSTCODE": "[postcode]",
    "LICENSE_PLATE": "[kenteken]",
    "CASE_NUMBER": "[zaaknummer]",
    "ADDRESS": "[adres]",
    "PHONE": "[telefoonnummer]",
    "DATE_OF_BIRTH": "[geboortedatum]",
}
_PHONE_VALUE = re.compile(r"\+?\d(?:[ \-.]?\d){7,12}")

_BSN_VALUE = re.compile(r"\d(?:[ .\-]?\d){7,8}")
_POSTCODE_VALUE = re.compile(r"[1-9]\d{3}(?:\s{1,2}|-)?[A-Za-z]{2}(?![\w])")
_PLATE_VALUE = re.compile(r"[A-Za-z0-9]{1,3}[ \-.]?[A-Za-z0-9]{1,3}[ \-.]?[A-Za-z0-9]{1,3}")
_CASE_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/\-._ ]{2,28}")
_ADDRESS_VALUE = re.compile(r"[^\d\n]{3,50}\s\d{1,5}(?:\s?-?\s?[A-Za-z0-9]{1,3})?")
_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DELIMS = (";", "\t", "|", ",")
_JSON_MEMBER = re.compile(r"\"(?P<k>[^\"\n]{2,40})\"\s*:\s*(?:\"(?P<v>[^\"\n]{1,60})\"|(?P<n>\d{5,12})(?![\w.]))")


def header_label(cell: str) -> str | None:
    """The identifier label a table header or field name stands for, or None."""
    c = cell.strip().strip(":#*").strip().lower()
    if not c or len(c) > 40:
        return None
    for label, rx in _HEADERS:
        if rx.fullmatch(c):
            return label
    return None


_STREET_CELL = re.compile(r"(?:(?:[Dd]e|[Hh]et|'[Tt]|[A-Z][\w'\-]*\.?) ){0,3}[A-Z][\w'\-]{2,}")


def street_cell(cell: str, header: str = "") -> tuple[int, int] | None:
    """A street without a house number filling a cell under "straat", "adres" or "locatie" ("Het Want", "Lange
    Akker"); a place or a public body is not one, nor a lone word of the language unless the header says
    "straat"."""
    v = cell.strip(" \t*_")
    if not v or len(v) > 40 or not _STREET_CELL.fullmatch(v):
        return None
    from .lexicon import PLACES_FULL, WORDS

    last = v.rsplit(" ", 1)[-1]
    word_ok = "straat" in header.lower()
    if v in PLACES_FULL or (" " not in v and last.lower() in WORDS and not word_ok) or last.lower() in _NOT_STREET:
        return None
    off = cell.index(v)
    return off, off + len(v)


_NOT_STREET = frozenset(("gemeente", "stadhuis", "gemeentehuis", "balie", "loket", "thuis", "telefonisch", "online"))


def _bsn_ok(digits: str) -> bool:
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(digits[:8], (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
    return (total - int(digits[8])) % 11 == 0


def value_fits(label: str, value: str) -> tuple[int, int] | None:
    """The span (within ``value``, stripped) of an identifier of kind ``label``, or None."""
    v = value.strip()
    if not v:
        return None
    off = value.index(v)
    if label == "BSN":
        m = _BSN_VALUE.fullmatch(v)
        return (off, off + len(v)) if m and _bsn_ok(re.sub(r"\D", "", v)) else None
    if label == "POSTCODE":
        m = _POSTCODE_VALUE.match(v)
        return (off, off + m.end()) if m else None
    if label == "LICENSE_PLATE":
        from .patterns import _bare_shapes

        m = _PLATE_VALUE.fullmatch(v)
        s = re.sub(r"[ \-.]", "", v).upper()
        ok = m and len(s) == 6 and not s.isdigit() and not s.isalpha() and _bare_shapes(s)
        return (off, off + len(v)) if ok else None
    if label == "CASE_NUMBER":
        m = _CASE_VALUE.fullmatch(v)
        ok = m and len(_DIGITS.findall(v)) >= 3 and v.count(" ") <= 2 and not _YEAR.fullmatch(v)
        return (off, off + len(v)) if ok else None
    if label == "DATE_OF_BIRTH":  # a date under a birth column, of a year long enough past
        from .patterns import DOB_YEAR_MAX, birth_value_year

        y = birth_value_year(v)
        return (off, off + len(v)) if y and 1900 <= y <= DOB_YEAR_MAX + 12 else None
    if label == "PHONE":  # "612345678" under "telefoon": a spreadsheet dropped the zero
        from .patterns import phone_digits_fit

        ok = _PHONE_VALUE.fullmatch(v) and phone_digits_fit(re.sub(r"\D", "", v))
        return (off, off + len(v)) if ok else None
    if label == "ADDRESS":
        m = _ADDRESS_VALUE.fullmatch(v)
        return (off, off + len(v)) if m else None
    return None


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def _split_spaced(line: str) -> list[tuple[int, str]]:
    """The cells of a line whose columns are aligned with runs of two or more spaces."""
    return [(m.start(), m.group()) for m in _SPACED_CELL.finditer(line)]


def _split(line: str, delim: str) -> list[tuple[int, str]]:
    if delim == "  ":
        return _split_spaced(line)
    cells, pos = [], 0
    for part in line.split(delim):
        cells.append((pos, part))
        pos += len(part) + len(delim)
    return cells


def _lines_from(text: str, pos: int) -> Iterator[tuple[int, str]]:
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, text[pos:end]
        pos = end + 1


def _gate_lines(low: str) -> list[int]:
    """Starts of the lines holding a header word (``str.find`` per word: far cheaper than a regex scan)."""
    starts = set()
    for w in _LINE_GATE:
        i = low.find(w)
        while i >= 0:
            starts.add(low.rfind("\n", 0, i) + 1)
            i = low.find("\n", i)
            i = low.find(w, i) if i >= 0 else -1
    return sorted(starts)


def _tables(text: str, low: str) -> Iterator[Cand]:
    """Delimited tables: a header row naming identifier columns, then rows with as many cells."""
    done = -1
    for start in _gate_lines(low):
        if start <= done:
            continue
        end = low.find("\n", start)
        end = len(low) if end < 0 else end
        done = end
        line = text[start:end]
        if len(line) > 400:
            continue
        for delim in (*_DELIMS, "  "):  # "  ": columns aligned with spaces ("Ons kenmerk      Uw kenmerk")
            if delim not in line or (delim == "  " and ("\t" in line or "|" in line or ";" in line)):
                continue
            header = _split(line, delim)
            if delim == "  " and len(header) < 2:
                continue
            cols = {k: lab for k, (_, c) in enumerate(header) if len(c) < 48 and (lab := header_label(c))}
            if not cols:
                continue
            if len(header) == 2 and _form_line(text, end, delim, header):
                break  # "Straatnaam<TAB>Vlasbloem" above "Plaats<TAB>Sneek": a form's field, not a table's header
            for rstart, row in _lines_from(text, end + 1):
                cells = _split(row, delim)
                if len(cells) != len(header):
                    break
                done = rstart + len(row)
                for k, lab in cols.items():
                    cpos, cell = cells[k]
                    span = value_fits(lab, cell) or (street_cell(cell, header[k][1]) if lab == "ADDRESS" else None)
                    if span:
                        yield rstart + cpos + span[0], rstart + cpos + span[1], lab, _REPLACEMENT[lab]
            break


def _form_line(text: str, end: int, delim: str, header: list[tuple[int, str]]) -> bool:
    """The line ending at ``end`` is a "key value" line of a form (see ``columns.form_first_line``): its second cell
    no key, and a key opening one of the form's lines below or above it."""
    from .columns import form_first_line

    below = []
    for _rstart, row in _lines_from(text, end + 1):
        cells = _split(row, delim)
        if len(cells) != 2 or len(below) >= 30:
            break
        below.append(cells[0][1])
    start = text.rfind("\n", 0, end) + 1
    while start > 0 and len(below) < 60:  # and the keys of the form's lines above ("Kenteken<TAB>..." over "Adres")
        prev = text.rfind("\n", 0, start - 1) + 1
        cells = _split(text[prev : start - 1], delim)
        if len(cells) != 2:
            break
        below.append(cells[0][1])
        start = prev
    return form_first_line([c for _p, c in header], below)


def _json(text: str) -> Iterator[Cand]:
    for m in _JSON_MEMBER.finditer(text):
        lab = header_label(m.group("k"))
        if lab:
            g = "v" if m.group("v") is not None else "n"
            span = value_fits(lab, m.group(g))
            if span:
                yield m.start(g) + span[0], m.start(g) + span[1], lab, _REPLACEMENT[lab]


_HEADER_LINE = re.compile(r"^[^\n]{2,40}$", re.M)
_RULE = re.compile(r"[ \t]*(?:[-=_*]{3,}[ \t]*)?")


def _vertical(text: str) -> Iterator[Cand]:
    """A field name alone on its line (perhaps underlined) with the value or a column of values below it."""
    for h in _HEADER_LINE.finditer(text):
        if not any(w in h.group().lower() for w in _LINE_GATE):
            continue
        lab = header_label(h.group())
        if not lab:
            continue
        pos = h.end() + 1
        while pos < len(text):  # skip empty and rule lines under the header
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not _RULE.fullmatch(text, pos, end):
                break
            pos = end + 1
        while pos < len(text):  # then every following line that fits the field
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            span = value_fits(lab, text[pos:end])
            if not span:
                break
            yield pos + span[0], pos + span[1], lab, _REPLACEMENT[lab]
            pos = end + 1


# An HTML table: rows of header or data cells ("<tr><th>Naam</th><th>Geboortedatum</th></tr>"), one line or many.
_HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)(?:</tr\s*>|(?=<tr\b)|</table|\Z)", re.I | re.S)
_HTML_CELL = re.compile(r"<t(?P<k>[hd])\b[^>]*>(?P<c>.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|\Z)", re.I | re.S)
_HTML_TAG = re.compile(r"<[^<>]*>")


def _html_tables(text: str) -> Iterator[Cand]:
    """Cells under a header cell naming an identifier in an HTML table (round ten): "<th>Geboortedatum</th>" over
    "<td>07-09-1982</td>", "<th>BSN</th>" over "<td>1234.56.782</td>"; the value must fit the column's shape."""
    cols: dict[int, str] = {}
    for r in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, r.start("row"), r.end("row")))
        if not cells:
            continue
        if all(c["k"].lower() == "h" for c in cells):  # a header row: the labels of the columns below it
            cols = {}
            for k, c in enumerate(cells):
                lab = header_label(_HTML_TAG.sub("", c["c"]))
                if lab:
                    cols[k] = lab
            continue
        for k, lab in cols.items():
            if k >= len(cells):
                continue
            c = cells[k]
            raw = c["c"]
            if "<" in raw:  # "<td><b>07-09-1982</b></td>": one inner element around the value
                inner = _HTML_TAG.split(raw)
                vals = [(raw.find(v), v) for v in inner if v.strip()]
                if len(vals) != 1:
                    continue
                off, raw = vals[0]
            else:
                off = 0
            span = value_fits(lab, raw)
            if span:
                a = c.start("c") + off
                yield a + span[0], a + span[1], lab, _REPLACEMENT[lab]


# A key cell and its value cell side by side: "<td>Postcode</td><td>7146 we</td>", "<dt>BSN</dt><dd>…</dd>"
_HTML_PAIR = re.compile(
    r"<(?P<k>t[hd]|dt)\b[^>]*>(?P<key>[^<>]{2,40})</(?P=k)\s*>\s*<(?P<v>td|dd)\b[^>]*>(?P<val>[^<>]{1,60})</(?P=v)\s*>",
    re.I,
)


# The key as an attribute: a cell labelled for small screens ('<td data-label="Postcode">7146 we</td>'), a form's
# field ('<input name="geboortedatum" value="1982-09-07">', also the other way round).
_HTML_ATTR_PAIR = re.compile(
    r"<td\b[^<>]*?\bdata-(?:label|title|th)=[\"'](?P<key>[^\"'<>]{2,40})[\"'][^<>]*>(?P<val>[^<>]{1,60})</td\s*>"
    r"|<input\b[^<>]*?\bname=[\"'](?P<key2>[^\"'<>]{2,40})[\"'][^<>]*?\bvalue=[\"'](?P<val2>[^\"'<>]{1,60})[\"']"
    r"|<input\b[^<>]*?\bvalue=[\"'](?P<val3>[^\"'<>]{1,60})[\"'][^<>]*?\bname=[\"'](?P<key3>[^\"'<>]{2,40})[\"']",
    re.I,
)


def _html_pairs(text: str) -> Iterator[Cand]:
    """The value cell right after a key cell naming an identifier, in a row or a definition list, and a value whose
    key is an attribute (round ten)."""
    if "data-" in text or "<input" in text or "<INPUT" in text:
        for m in _HTML_ATTR_PAIR.finditer(text):
            k, v = next((m[a], b) for a, b in (("key", "val"), ("key2", "val2"), ("key3", "val3")) if m[a])
            lab = header_label(k.replace("_", " "))
            span = value_fits(lab, m[v]) if lab else None
            if span:
                yield m.start(v) + span[0], m.start(v) + span[1], lab, _REPLACEMENT[lab]
    for m in _HTML_PAIR.finditer(text):
        lab = header_label(m["key"])
        if not lab:
            continue
        span = value_fits(lab, m["val"]) or (street_cell(m["val"], m["key"]) if lab == "ADDRESS" else None)
        if span:
            yield m.start("val") + span[0], m.start("val") + span[1], lab, _REPLACEMENT[lab]


def find_fields(text: str, low: str) -> Iterator[Cand]:
    """Identifiers found by the header, JSON key or field name they stand under (see the module docstring)."""
    if "<t" in low and "</t" in low:
        yield from _html_tables(text)
    if "</t" in low or "</d" in low or "<input" in low:
        yield from _html_pairs(text)
    if "\n" not in text and '"' not in text:
        return  # one line without quotes: no table, vertical field or JSON member (tested first: it is cheaper)
    if not (any(w in low for w in _GATE) or any(w in low for w in _GATE2)):
        return
    if "\n" in text:
        yield from _tables(text, low)
        yield from _vertical(text)
    if '"' in text:
        yield from _json(text)


_CAP_SPACE_DIGIT = re.compile(r"\d(?<=[A-Z] \d)")  # led by the digit: a cheaper scan


def caps_street_candidates(text: str, low: str, is_word) -> Iterator[Cand]:
    """A street in capitals with its house number ("KERKSTRAAT 12" in a letter head or a CAPS export): read as
    the lower-case street finder reads it, taken where the street is written in capitals."""
    from .patterns import _SUFFIX_TUPLE, LOWER_STREET_NO_RE, digit_runs

    for s, _e in digit_runs(text):
        if s < 2 or text[s - 1] != " " or not "A" <= text[s - 2] <= "Z":
            continue  # a run of digits after a capital and a space (``_CAP_SPACE_DIGIT``)
        cap = s - 2
        ws = cap
        while ws > 0 and (text[ws - 1].isalpha() or text[ws - 1] in "'-"):
            ws -= 1
        word = text[ws : cap + 1]
        if len(word) < 5 or not word.isupper() or not word.lower().endswith(_SUFFIX_TUPLE):
            continue
        m = LOWER_STREET_NO_RE.match(low, ws)
        if m is None:
            continue
        w = m.group("street").split()[-1]
        if is_word(w) or is_word(w.split("-")[-1]):
            continue
        yield m.start("street"), m.end("no"), "ADDRESS", "[adres]"


_ABBR_STREET = re.compile(r"\d(?:(?<=str\. \d)|(?<=str\.\d))")
_ABBR_STREET_RE = re.compile(r"[A-Z][a-zà-ÿ'\-]{2,}str\.\s?\d{1,5}(?:[a-zA-Z](?![\w/])|-\d{1,4}(?!\d))?")


def abbreviated_street_candidates(text: str) -> Iterator[Cand]:
    """ "Kerkstr. 12": a street written with the abbreviation "str." and its house number."""
    if "str." not in text:
        return
    for hit in _ABBR_STREET.finditer(text):
        s = text.rfind(" ", 0, max(0, hit.start() - 6)) + 1
        for nl in ("\n", "\t", "(", ",", ";", ":"):
            s = max(s, text.rfind(nl, 0, max(0, hit.start() - 6)) + 1)
        m = _ABBR_STREET_RE.match(text, s)
        if m and m.end() > hit.start():
            yield m.start(), m.end(), "ADDRESS", "[adres]"
