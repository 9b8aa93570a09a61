"""Addresses known by the line they stand on (issue 10, round eight): shapes of forms, lists and letters where the
street is an ordinary word and no preposition or address word stands before it.

- An address block split over lines: the street on one line, the house number alone on the next, a postcode on the
  line after ("Koggeschip⏎22 bis⏎3761WZ Zierikzee").
- A location field whose value is one capitalised phrase, alone on its line or before "t.h.v."/"ter hoogte van"
  ("Locatie: Koggeschip", "Locatie: Ossenmarkt t.h.v. nr 85"); a building or body ("Locatie: Stadskantoor") stays.
- A bulleted list whose items open with a street (and a house number) before a colon ("- Hoefslag 159-bis: scheve
  boom", "- Oude Kijk: zwerfafval"), when another item of the same list opens with an address found by the other
  finders: the list is a list of places.
- The last cell of a record line of cells set off by dashes after a case word or a "Surname, I." cell ("Dossier
  U26.82335 – Sousa, F. – Sleedoorn 120").

Each finder is gated by a literal (a line break before a digit, "ocatie", a bullet and a colon, a dash between
spaces), so a text without these shapes pays a substring test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .addresscues import NUMBERED_THINGS
from .lexicon import WORDS
from .patterns import STREET_SUFFIX, _matches_at
from .rxutil import line_and_cell_starts
from .streets import _NOT, _body_like

Cand = tuple[int, int, str, str]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞŠŽ"
_WORD = r"[" + _UP + r"][\w'’\-]+"
_PHRASE = (
    r"(?:(?:De|Het|'t|Oude|Nieuwe|Lange|Korte|Hoge|Lage|Grote|Kleine|Sint|St\.|Mr\.|Dr\.|Ds\.)[ \t]+)?"
    + _WORD
    + r"(?:[ \t]+(?:(?:van|de|der|den|het|op|aan|in|ter|ten)[ \t]+)?"
    + _WORD
    + r"){0,2}"
)
_NO = r"[1-9]\d{0,4}(?:[ \t]?-?[ \t]?(?:[A-Za-z]|bis|hs|huis|I{1,3}|rood|zw)(?![\w])|-\d{1,3}|/\d{1,3})?"
_POSTCODE = r"[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\w])"

_BLOCK = re.compile(r"(?m)^[ \t]*(?P<p>" + _PHRASE + r")[ \t]*\n[ \t]*(?P<no>" + _NO + r")[ \t]*\n[ \t]*" + _POSTCODE)
_LOCATION = re.compile(
    r"(?im)^[ \t]*[*\-•]?[ \t]*(?:locatie|plaats[ \t]+(?:delict|incident|melding)|incidentlocatie|meldlocatie|"
    r"ligplaats|standplaats)"  # a mooring's or a caravan's place (round thirty, from holdout29)
    r"[ \t]*:[ \t]*(?P<p>(?-i:" + _PHRASE + r"))"
    r"(?:,[ \t]*(?P<t>" + _WORD + r"(?:[ \t]+" + _WORD + r")?))?"  # "Locatie: Nieuwland, Apeldoorn"
    r"(?:[ \t]*$|[ \t]+(?=(?:t\.h\.v\.|ter[ \t]+hoogte[ \t]+van|nabij|bij[ \t]+nr|nr\.?[ \t]*\d|t\.o\.|tegenover|\()))"
)
_ITEM = re.compile(r"(?m)^[ \t]*[-*•][ \t]+(?P<p>" + _PHRASE + r")(?:[ \t]+(?P<no>" + _NO + r"))?[ \t]*:[ \t]+\S")
_DASH_CELL = re.compile(r"[ \t][–—\-][ \t]+(?P<p>" + _PHRASE + r")[ \t]+(?P<no>" + _NO + r")[ \t]*$", re.M)
_DASH_LEAD = re.compile(
    r"(?i)^[ \t]*(?:dossier|zaak|cliënt|client|klant|melding|kenmerk|aanvrager|betrokkene)\b"
    r"|[" + _UP + r"][\w'’\-]+,[ \t]+(?:[A-Z]\.)+[ \t]*[–—\-]"
)


def _street_like(phrase: str, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]) -> bool:
    """A capitalised phrase that can name a street: no place, public body, building or numbered thing."""
    words = phrase.split()
    last = words[-1].lower()
    if is_place(phrase) or is_gov(phrase) or is_gov(words[-1]) or _body_like(words[-1]):
        return False
    return last not in _NOT and last not in NUMBERED_THINGS and words[0].lower() not in NUMBERED_THINGS


def block_streets(text: str, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]) -> Iterator[Cand]:
    """The street and house number of an address block written over three lines (see the module docstring)."""
    if "\n" not in text:
        return
    for m in _BLOCK.finditer(text):
        if _street_like(m["p"], is_place, is_gov):
            yield m.start("p"), m.end("no"), "ADDRESS", "[adres]"


def _no_place(_w: str) -> bool:
    return False


def location_field_streets(
    text: str, low: str, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]
) -> Iterator[Cand]:
    """The street named alone in a location field (see the module docstring)."""
    if ":" not in text or ("ocatie" not in low and "plaats" not in low):
        return
    for m in _LOCATION.finditer(text):
        if m["t"] and not is_place(m["t"]):
            continue  # "Locatie: Stadhuis, Raadzaal": a room of a building, no town after a street
        after = text[m.end("p") : m.end("p") + 12].lstrip(" \t")
        if after[:1] == "(" or after.startswith(("t.o.", "tegenover")):
            words = m["p"].split()
            if not _STREET_END_WORD.search(words[-1]) or any(_body_like(w) for w in words):
                continue  # "Locatie: Buurthuis De Kring (achterzaal)": a bracket or "t.o." only after a street's ending
        # before a town the phrase is the street, also when a village has the same name ("Nieuwland, Apeldoorn")
        if _street_like(m["p"], _no_place if m["t"] else is_place, is_gov):
            yield m.start("p"), m.end("p"), "ADDRESS", "[adres]"


def list_item_streets(
    text: str, cands: Iterable[Cand], is_place: Callable[[str], bool], is_gov: Callable[[str], bool]
) -> Iterator[Cand]:
    """The streets opening the items of a list of places (see the module docstring)."""
    if ":" not in text or "\n" not in text:
        return
    items = [m for m in _ITEM.finditer(text)]
    if len(items) < 2:
        return
    found = [(s, e) for s, e, label, _r in cands if label in ("ADDRESS", "STREET")]
    heads = {i for i, m in enumerate(items) if any(s <= m.start("p") < e for s, e in found)}
    if not heads:
        return
    for i, m in enumerate(items):
        if i in heads:
            continue
        # the same list: no line between this item and a found one is not an item
        near = any(_same_list(text, items, min(i, j), max(i, j)) for j in heads)
        if near and _street_like(m["p"], is_place, is_gov):
            yield m.start("p"), m.end("no") if m["no"] else m.end("p"), "ADDRESS", "[adres]"


def _same_list(text: str, items: list[re.Match[str]], i: int, j: int) -> bool:
    """Items ``i`` and ``j`` stand in one list: every line between them is an item."""
    for k in range(i, j):
        gap = text[items[k].end() : items[k + 1].start()]
        if gap.count("\n") > 1:
            return False
    return True


# A street as a field of a separated record, its house number in the next field and a postcode in the one after:
# "M.;;Kanhai;Akkerwinde;86;9040 MD;01031970", "Noordeinde,1,7609 HD,Assen" (round nine).
_FIELD_RUN = re.compile(
    r"(?:^|(?<=[;,|\t]))[ \t]*(?P<p>" + _PHRASE + r")[ \t]*(?P<sep>[;,|\t])[ \t]*(?P<no>" + _NO + r")[ \t]*(?P=sep)"
    r"[ \t]*[1-9]\d{3}[ \t]?-?[A-Za-z]{2}(?![\w])",
    re.M,
)


def record_line_streets(text: str, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]) -> Iterator[Cand]:
    """The street and number closing a record line of dash-separated cells (see the module docstring); a street
    field before a house-number field and a postcode field (``_FIELD_RUN``)."""
    if ";" in text or "," in text or "|" in text or "\t" in text:
        for m in _matches_at(_FIELD_RUN, text, line_and_cell_starts(text, ";,|\t")):  # round ten: at its openings
            if _street_like(m["p"], _no_place, is_gov):  # a number and a postcode follow: a village's name too
                yield m.start("p"), m.end("p"), "ADDRESS", "[adres]"
    if " – " not in text and " - " not in text and " — " not in text:
        return
    for m in _DASH_CELL.finditer(text):
        line0 = text.rfind("\n", 0, m.start()) + 1
        if not _DASH_LEAD.search(text[line0 : m.start() + 2]):
            continue
        if _street_like(m["p"], is_place, is_gov):
            yield m.start("p"), m.end("no"), "ADDRESS", "[adres]"


# A street and house number right after a person's name and a comma, closing the phrase: "Navin Bhola, Lange Akker
# 136-2.", "Ali Kaya, Pijlkruid 14, 3761 WZ Zierikzee". Read after the names are found (``core``).
_AFTER_NAME = re.compile(
    r",[ \t]*(?P<p>" + _PHRASE + r")[ \t]+(?P<no>" + _NO + r")(?=[ \t]*(?:[.,;)\n]|$|[ \t]+[1-9]\d{3}[ \t]?[A-Z]{2}))"
)


def street_after_name(
    text: str, end: int, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]
) -> tuple[int, int, str, str] | None:
    """The address right after a name ending at ``end`` (see ``_AFTER_NAME``), as a candidate."""
    if text[end : end + 1] != ",":
        return None
    m = _AFTER_NAME.match(text, end)
    if m is None or re.fullmatch(r"(?:19|20)\d\d", m["no"]) or not _street_like(m["p"], is_place, is_gov):
        return None
    return m.start("p"), m.end("no"), "ADDRESS", "[adres]"


# A street alone in brackets right after a person's name: "o.a. Habab (Populierenweg) 4x genoemd" (round twenty, from
# fresh26d); only endings that name nothing but a street, in a word that is no dictionary word; also the endings of
# roads in villages and new estates, which are no town's name ("Wielewaalhoeve", "Kievitszoom", "Helmgrasrade": round
# twenty-eight, from holdout27's attendance lists; a town is left by ``_street_like``)
_BRACKET_STREET = re.compile(
    r"[ \t]\((?P<p>[A-Z][a-zà-ÿ]{2,}(?:straat|straatje|straatweg|weg|laan|plein|gracht|singel|kade|dijk|pad|steeg|"
    r"dreef|erf|gaarde|hage|hof|akker|plantsoen|allee|boulevard|wal|"
    r"hoeve|streek|zoom|rade|wei|weide|veld|kamp|horst|hoven|meent|brink|wetering|donk|laar|stede|beemd))\)"
)


def street_in_brackets_after_name(
    text: str, end: int, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]
) -> tuple[int, int, str, str] | None:
    """A street alone in brackets right after a name ending at ``end`` (see ``_BRACKET_STREET``), as a candidate."""
    m = _BRACKET_STREET.match(text, end)
    if m is None or m["p"].lower() in WORDS or not _street_like(m["p"], is_place, is_gov):
        return None
    return m.start("p"), m.end("p"), "ADDRESS", "[adres]"


# Rows of cells set off by bars without a header, as a case overview lists them ("* BZW2611441 | Jeltama, Janke |
# Tichelwerk | in behandeling"): a column of capitalised names without digits of which enough are streets (a street
# ending that is no dictionary word, or an address the other finders found) is a column of streets (round nine).
_STREET_END_WORD = re.compile(r"(?:" + STREET_SUFFIX + r")$", re.I)
_BAR_LEAD = re.compile(r"^[ \t]*(?:[*\-•][ \t]+|\|)?")
_CELL_PHRASE = re.compile(_PHRASE)
_ADDRESS_HEAD = re.compile(r"(?i)(?:woon|huis|post)?adres|straat(?:naam)?|locatie")


def _bar_blocks(text: str) -> list[list[list[tuple[int, int]]]]:
    """Runs of two or more consecutive lines of three or more bar-separated cells, the same count on each line:
    per line the (start, end) of each cell, stripped."""
    blocks: list[list[list[tuple[int, int]]]] = []
    cur: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        cells: list[tuple[int, int]] = []
        if line.count("|") >= 2 and "---" not in line:
            lead = _BAR_LEAD.match(line)
            a = pos + (lead.end() if lead else 0)
            for part in text[a : pos + len(line)].split("|"):
                b = a + len(part)
                s = a + len(part) - len(part.lstrip())
                e = b - (len(part) - len(part.rstrip()))
                if e > s:
                    cells.append((s, e))
                a = b + 1
        if len(cells) >= 3 and (not cur or len(cur[0]) == len(cells)):
            cur.append(cells)
        else:
            if len(cur) >= 2:
                blocks.append(cur)
            cur = [cells] if len(cells) >= 3 else []
        pos += len(line) + 1
    if len(cur) >= 2:
        blocks.append(cur)
    return blocks


def _header_row(text: str, rows: list[list[tuple[int, int]]]) -> bool:
    """The first row has no digit where the second has one: a header ("Zaak | Naam | Adres")."""

    def digits(row: list[tuple[int, int]]) -> bool:
        return any(c.isdigit() for s, e in row for c in text[s:e])

    return not digits(rows[0]) and digits(rows[1])


def bar_column_streets(
    text: str,
    cands: Iterable[Cand],
    is_word: Callable[[str], bool],
    is_place: Callable[[str], bool],
    is_gov: Callable[[str], bool],
) -> Iterator[Cand]:
    """The cells of a column of streets in bar-separated rows without a header (see ``_STREET_END_WORD``)."""
    if text.count("|") < 4:
        return
    found = [(s, e) for s, e, label, _r in cands if label in ("ADDRESS", "STREET")]
    for rows in _bar_blocks(text):
        for col in range(len(rows[0])):
            cells = [row[col] for row in rows]
            values = [text[s:e] for s, e in cells]
            if not all(_CELL_PHRASE.fullmatch(v) and len(v.split()) <= 4 for v in values):
                continue  # digits, commas, lower case: no column of bare street names
            if any(is_place(v) or is_gov(v) or is_gov(v.split()[-1]) for v in values):
                continue  # a column of towns or of departments
            hits = sum(
                1
                for (s, e), v in zip(cells, values, strict=True)
                if any(a <= s < b for a, b in found)
                or (
                    _STREET_END_WORD.search(v)
                    and not is_word(v.split()[-1].lower())
                    and _street_like(v, is_place, is_gov)
                )
            )
            head = _header_row(text, rows) and _ADDRESS_HEAD.fullmatch(values[0]) is not None
            if hits * 3 >= len(cells) or head:
                for i, (s, e) in enumerate(cells):
                    if i == 0 and _header_row(text, rows) and is_word(text[s:e].lower()):
                        continue  # a header's word ("Adres", "Locatie") over the column
                    yield s, e, "ADDRESS", "[adres]"


# A street after a verb of living, a known town and a comma, closing the phrase or before a word for a part of town:
# "ik woon ook in Emmen, Oude Gracht kant", "wij wonen in Venlo, Lindenhoeve." (round nine).
_TOWN_COMMA_STREET = re.compile(
    r"(?i:\b(?:woon|woont|wonen|woonde|woonden|woonachtig)[ \t]+(?:(?:ook|nu|al|zelf|hier)[ \t]+)?(?:in|te)[ \t]+)"
    r"(?P<t>" + _WORD + r"(?:[ \t]+" + _WORD + r")?),[ \t]*(?P<p>" + _PHRASE + r")"
    r"(?=[ \t]*(?:[.,;!?)\n]|$)|[ \t]+(?:kant|buurt|hoek|zijde|gedeelte)\b)"
)


def town_comma_streets(
    text: str, low: str, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]
) -> Iterator[Cand]:
    """The street after "woon in" a town and a comma (see ``_TOWN_COMMA_STREET``)."""
    if "woon" not in low or "," not in text:
        return
    for m in _TOWN_COMMA_STREET.finditer(text):
        if is_place(m["t"]) and not is_place(m["p"]) and _street_like(m["p"], is_place, is_gov):
            yield m.start("p"), m.end("p"), "ADDRESS", "[adres]"
