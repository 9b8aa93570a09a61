"""Names in a table whose columns are aligned with spaces (issue 10, round seven).

A list copied from a fixed-width screen or a plain-text mail has no separators, only runs of spaces:

    Naam        BSN           Postcode
    Meis          253963035     9446-kb
    van Ooyen     275990114     2296-ja

The cell of each row that starts under a header naming people ("Naam", "Achternaam", "Contactpersoon") is a name,
whatever the word ("Meis", "Ketting"), and the header line itself is no "Naam: value" field ("BSN" is no name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from .records import header_like
from .wordlists import NAME_HEADERS

P = TypeVar("P")
Span = tuple[int, int, P]

_GAP = re.compile(r"[ \t]{2,}|\t")
_CELL = re.compile(r"\S+(?:[ ]\S+)*")  # a cell: words with single spaces between
# a name header as a cell of a line of cells (also after others: "REL-NR  NAAM    GEBDAT")
_GATE = re.compile(
    r"(?im)^(?:[^\n]*?\S[ \t]{2,}|[ \t]*)(?:"
    + "|".join(sorted(NAME_HEADERS, key=len, reverse=True))
    + r")(?:[ \t]{2,}\S|[ \t]*$)"
)


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of a line whose cells are parted by two spaces or more (or a tab)."""
    return [(m.start(), m.end()) for m in _CELL.finditer(line)] if _GAP.search(line) else []


_HEADER_CELL = re.compile(
    r"(?i)nummer|\bnr\b|datum|adres|plaats|bedrag|kenmerk|kenteken|postcode|\bbsn|mail|\btel|telefoon|iban|geb"
)


def _name_field_line(line: str, heads: list[tuple[int, int]], cols: list[int], found: list[Any], off: int) -> bool:
    """Two cells, a name key and a value holding a found name that is no header word: a field, not a table's head."""
    if len(heads) != 2 or cols != [heads[0][0]]:
        return False
    a, b = heads[1]
    cell = line[a:b]
    if cell.isupper() or _HEADER_CELL.search(cell):
        return False
    return any(off + a <= sp[0] for sp in found)


def form_first_line(head: list[str], below: list[str]) -> bool:
    """A name key and its value ("Achternaam        Dam", "Naam inwoner<TAB>Delgado, D.") on the first line of a
    form whose other lines are "key value" too ("Geslacht   vrouw", "Geboortedatum   ..."): not the header of a
    table. Two cells, the second no key, and a key opening a line below (in a table "Naam  Rol" the cells below
    the name are names)."""
    return len(head) == 2 and not header_like(head[1]) and any(header_like(c) for c in below)


def rule_space_aligned_names(
    text: str, mask: bytearray, new_person: Callable[[list[str]], P], found: list[Span[P]]
) -> list[Span[P]]:
    """Cells under a name header in a space-aligned table are names. The header cells are no names: a name found
    there ("Naam        BSN" read as a field) is dropped from ``found``."""
    if "\n" not in text or ("  " not in text and "\t" not in text) or not _GATE.search(text):
        return []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Span[P]] = []
    i = 0
    while i < len(lines):
        off, line = lines[i]
        heads = _cells(line)
        keys = [line[a:b].strip(":").lower() for a, b in heads]
        cols = [heads[k][0] for k, h in enumerate(keys) if h in NAME_HEADERS]
        if len(heads) < 2 or not cols or any(any(c.isdigit() for c in h) for h in keys):
            i += 1
            continue
        if any(line[a:b].startswith(":") for a, b in heads[1:]):
            i += 1  # "Voornamen          : GLENN": a form's key, padded, and its value after a colon (round twelve)
            continue
        below = []
        for _off, nxt in lines[i + 1 :]:
            cells = _cells(nxt)
            if len(cells) < 2:
                break
            below.append(nxt[cells[0][0] : cells[0][1]])
        if form_first_line([line[a:b] for a, b in heads], below):
            i += 1  # "Achternaam        Dam": the first line of a form padded with spaces, not a table's header
            continue
        lo, hi = off + heads[0][0], off + heads[-1][1]
        if _name_field_line(line, heads, cols, [sp for sp in found if lo <= sp[0] and sp[1] <= hi], off):
            i += 1  # "Cliënt        Farid Azizi": a field whose value is a found name, not a header row
            continue
        found[:] = [sp for sp in found if not (lo <= sp[0] and sp[1] <= hi)]
        for a, b in heads:  # the header is no "Naam  BSN" field
            mask[off + a : off + b] = b"\x01" * (b - a)
        i += 1
        while i < len(lines):
            off, line = lines[i]
            cells = _cells(line)
            if len(cells) < 2:
                break
            for col in cols:
                cell = next(((a, b) for a, b in cells if abs(a - col) <= 1), None)
                if cell is None:
                    continue
                a, b = cell
                value = line[a:b]
                s, e = off + a, off + b
                if any(c.isdigit() for c in value) or not any(c.isalpha() for c in value) or mask.find(1, s, e) != -1:
                    continue
                parts = [w for w in re.split(r"[\s,]+", value) if len(w) > 1 and "." not in w]
                out.append((s, e, new_person(parts or [value])))
                mask[s:e] = b"\x01" * (e - s)
            i += 1
    return out
