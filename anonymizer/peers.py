"""Names known by their peers: a slot of a document's structure (a table column, the brackets closing a run of log
lines, the first part of list items) that holds found persons in most of its lines holds persons in the others too:
"| JRD |" under a driver column of full names, "start [kenteken] (Fartje)" among "start … (Anna Bos)" lines,
"- lama al-hamwwish, [adres]" in a list of signers (round nineteen, from holdout18). No Flask imports.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, SURNAMES
from .persons import GOV_TERMS, PARTICLES, _is_word, _org_like
from .speakers import _row_cells
from .wordlists import GOV_TERMS_LOWER

P = TypeVar("P")
Span = tuple[int, int, P]

# Initials without dots, a particle's letters inside: "JRD", "PdlB", "WdE", "NeA".
_INITIALS = re.compile(r"[A-ZÀ-Þ](?:[A-ZÀ-Þ]{1,3}|[a-z]{1,3}[A-ZÀ-Þ]{1,2})")
_TOKENS = re.compile(r"[^\W\d_][\w'’.\-]*")
_FILL = re.compile(r"[^\W\d_][\w'’.\-]*(?:,?[ \t]+[^\W\d_][\w'’.\-]*){0,3}")
_BRACKET = re.compile(r"\((?P<f>[^()\n]{1,40})\)")
_BULLET_ITEM = re.compile(
    r"^[ \t]*(?P<b>[-•*–]|#?\d{1,4}[.)]?)[ \t]+(?P<f>[^,\n:;|]{1,40}?)[ \t]*(?P<sep>,|:|[ \t]–[ \t])", re.M
)
_RULE_ROW = re.compile(r"[\s|:\-+=]*")
# The actor of a timed log line, before what they do: "18:33 Tian ter plaatse", "12:28 Grel haalt AED" (round thirty,
# from holdout29's alarm logs); no colon after it ("09:12 Melding reanimatie: ..." is a heading)
_TIMED_ACTOR = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d\d[ \t]+(?P<f>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3}?)"
    r"[ \t]+[a-zà-ÿ][a-zà-ÿ]+\b[^\n:]*$",
    re.M,
)
# the author of a chat message copied from a work chat, alone on a line before the time: "Naqib  15:02" (round thirty,
# from holdout12's logs)
_AUTHOR_TIME = re.compile(
    r"^[ \t]*(?P<f>[^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*){0,2})[ \t]{2,}\d{1,2}:\d\d[ \t]*$", re.M
)
# A cell of a key, a colon and its value, after an optional time: "11:17  bezoeker: De Galletti, C", "voor: S Roeten".
_KEYED_CELL = re.compile(r"(?:\d{1,2}[:.]\d\d[ \t]+)?(?P<k>[^\W\d_][\w .'’-]{0,20}?)[ \t]*:[ \t]*(?P<v>\S)")

# What a slot's filling is: a found person, a candidate name, a capitalised ordinary word, or anything else.
_PERSON, _NAME, _WORDISH, _OTHER, _PART = range(5)


def _kind(text: str, s: int, e: int, mask: bytearray, pmask: bytearray) -> int:
    if s >= e:
        return _OTHER
    if pmask.find(0, s, e) == -1:
        # a found "person" of ordinary words only ("Huisgenoten:") is doubtful evidence for its peers
        toks = [t for t in _TOKENS.findall(text[s:e]) if t.lower() not in PARTICLES]
        doubtful = all(_is_word(t) and t not in FIRST_NAMES and t not in SURNAMES for t in toks)
        return _OTHER if toks and doubtful else _PERSON
    if mask.find(1, s, e) != -1:
        # part of it a found person, the rest name words: "| TUẤN [TRẦN] |" (round twenty, from holdout19)
        if pmask.find(1, s, e) == -1 or any(mask[i] and not pmask[i] for i in range(s, e)):
            return _OTHER
        rest = "".join(" " if pmask[i] else text[i] for i in range(s, e))
        toks = [t for t in _TOKENS.findall(rest) if t.lower() not in PARTICLES]
        if not toks:
            return _PERSON if not any(c.isalnum() for c in rest) else _OTHER  # "[Schröring], [Ute]"
        if not _FILL.fullmatch(rest.strip(" ,")) or any(t in PLACES_FULL or _org_like(t.capitalize()) for t in toks):
            return _OTHER
        return _PART
    fill = text[s:e]
    if _INITIALS.fullmatch(fill):
        return _WORDISH if fill in GOV_TERMS or fill.lower() in GOV_TERMS_LOWER else _NAME
    if not _FILL.fullmatch(fill):
        return _OTHER
    toks = [t for t in _TOKENS.findall(fill) if t.lower() not in PARTICLES and len(t.strip(".")) > 1]
    if not toks or fill in PLACES_FULL or any(t in PLACES_FULL or _org_like(t.capitalize()) for t in toks):
        return _OTHER
    if not all(_is_word(t.strip(".")) for t in toks):
        return _NAME  # "Fartje", "lama al-hamwwish": a word of no dictionary in it
    # capitalised words only ("Lama", "S Roeten"): a name if the slot holds persons enough
    capitalised = all(t[:1].isupper() and t.lower() not in GOV_TERMS_LOWER for t in toks)
    return _WORDISH if capitalised and len(toks) <= 3 else _OTHER


def _norm(text: str, s: int, e: int, mask: bytearray, pmask: bytearray) -> str:
    """The context of a slot with found data and digits as one sign each run: "[kenteken] (" -> "S"."""
    out: list[str] = []
    for i in range(s, e):
        c = "P" if pmask[i] else "S" if mask[i] else "0" if text[i].isdigit() else text[i].lower()
        if not (out and c in "PS0" and out[-1] == c):
            out.append(c)
    return "".join(out).strip()


def _slots(text: str, mask: bytearray, pmask: bytearray) -> dict[tuple, list[tuple[int, int]]]:
    """Every slot of the document, keyed by what surrounds it."""
    slots: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    if "(" in text:
        for m in _BRACKET.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            le = len(text) if le == -1 else le
            # the two words before the bracket, found data as one sign: "start [kenteken] (" -> "start S"
            before = " ".join(_norm(text, max(ls, m.start() - 40), m.start(), mask, pmask).split()[-2:])
            key = ("(", before, _norm(text, m.end(), min(le, m.end() + 24), mask, pmask))
            s, e = m.start("f"), m.end("f")
            slots[key].append((s + len(m["f"]) - len(m["f"].lstrip()), e - len(m["f"]) + len(m["f"].rstrip())))
    if ":" in text or "." in text:
        for m in _TIMED_ACTOR.finditer(text):
            slots[("t",)].append(m.span("f"))
        for m in _AUTHOR_TIME.finditer(text) if "  " in text else ():
            slots[("tt",)].append(m.span("f"))
    for m in _BULLET_ITEM.finditer(text):
        le = text.find("\n", m.end())
        le = len(text) if le == -1 else le
        b = re.sub(r"\d+", "0", m["b"])
        key = ("-", b, m["sep"].strip(), _norm(text, m.end(), min(le, m.end() + 24), mask, pmask))
        slots[key].append(m.span("f"))
    if "|" in text or "\t" in text:
        table = -1
        prev_sep = ""
        for n, ls in enumerate(starts):
            le = starts[n + 1] - 1 if n + 1 < len(starts) else len(text)
            line = text[ls:le]
            sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line else ""
            if not sep:
                prev_sep = ""
                continue
            header = sep != prev_sep
            if header:
                table, prev_sep = ls, sep
            if _RULE_ROW.fullmatch(line):
                continue
            for k, (a, b) in enumerate(_row_cells(line, sep)):
                keyed = _KEYED_CELL.match(line, a, b)
                if keyed:  # "bezoeker: X | voor: Y | pas 5": the key names the slot, the value fills it
                    slots[("|:", table, keyed.group("k").lower())].append((ls + keyed.start("v"), ls + b))
                elif not header:  # the first row of a plain table heads its columns
                    slots[("|", table, k)].append((ls + a, ls + b))
    return slots


def rule_slot_peers(
    text: str, mask: bytearray, person_spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """A slot filled by found persons in at least two lines, and by nothing that is plainly not a name, holds a
    person in its other lines: initials, words of no dictionary, and (when persons are at least as many) a
    capitalised word that is no place or body ("(Joel)" among "(Anna Bos)")."""
    if not person_spans or (
        "(" not in text
        and "|" not in text
        and "\t" not in text
        and "\n-" not in text
        and "\n•" not in text
        and not re.search(r"\n\d{1,2}[.)] |^[ \t]*\d{1,2}[:.]\d\d[ \t]|[ \t]{2}\d{1,2}:\d\d", text, re.M)
    ):
        return []
    pmask = bytearray(len(text))
    for s, e, _p in person_spans:
        pmask[s:e] = b"\x01" * (e - s)
    out: list[Span[P]] = []
    people: dict[str, P] = {}
    for key, fills in _slots(text, mask, pmask).items():
        fills = [(s, e) for s, e in fills if any(c.isalnum() for c in text[s:e])]  # no empty cells, no dashes
        if len(fills) < 2:
            continue
        kinds = [_kind(text, s, e, mask, pmask) for s, e in fills]
        persons = kinds.count(_PERSON) + kinds.count(_PART)
        if not persons or kinds.count(_OTHER):
            continue
        # few peers: only initials, only in a table ("| Inese Krūmiņš |" above "| IWK |" in a driver column)
        initials_only = persons < 2 or len(fills) < 3
        if initials_only and key[0] != "|":
            continue
        # a timed log line's actor is a name only when no word of the dictionary ("10:56 Einde dienst")
        wordish = not initials_only and persons >= kinds.count(_WORDISH) and key[0] not in ("t", "tt")
        for (s, e), k in zip(fills, kinds, strict=True):
            if k == _PART and not initials_only:
                out.extend(_grow_part(text, s, e, mask, person_spans))
                continue
            name = k == _NAME and (not initials_only or _INITIALS.fullmatch(text[s:e]))
            listed = k == _WORDISH and key[0] in ("t", "tt") and persons >= 2 and text[s:e].split()[0] in FIRST_NAMES
            if (name or k == _WORDISH and (wordish or listed)) and mask.find(1, s, e) == -1:
                fill = text[s:e]
                person = people.get(fill.lower())
                if person is None:
                    person = people[fill.lower()] = new_person(fill.split())
                out.append((s, e, person))
                mask[s:e] = b"\x01" * (e - s)
    return out


def _grow_part(text: str, s: int, e: int, mask: bytearray, person_spans: list[Span[P]]) -> list[Span[P]]:
    """The free words of a slot that a found person fills in part, as that person."""
    person = next(p for a, b, p in person_spans if a < e and b > s)
    out: list[Span[P]] = []
    for m in _TOKENS.finditer(text, s, e):
        a, b = m.start(), min(m.end(), e)
        if mask.find(1, a, b) == -1 and m.group().lower() not in PARTICLES:
            out.append((a, b, person))
            mask[a:b] = b"\x01" * (b - a)
    return out
