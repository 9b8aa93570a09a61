"""Names of people found in the text, written again inside file names, paths and links.

Attachments and links carry the family name in the form a file system likes: lower case, without accents, the
particles glued on ("Da Conceição" as ``daconceicao-huurcontract.pdf``, "Van Wijngaarden" in
``zaken/vanwijngaarden/besluit.pdf``). The tokenizer reads no name inside such a word, so once the names of the text
are known their folded forms are searched for in its file names and paths (round ten).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, WORDS

P = TypeVar("P")

# What makes a run of characters without blanks a file name or a path: a slash or a backslash, or a file extension at
# its end ("bleijx-huurcontract.pdf", "dossier/2026/ko-huisbezoek.pdf", "C:\\scans\\brief_ter_horst.docx"). The run
# around such a mark is read by hand (a pattern that opens with a character class is tried at every position).
_PATH_MARK = re.compile(
    r"[/\\]|\.(?i:pdf|docx?|odt|rtf|txt|xlsx?|ods|csv|jpe?g|png|heic|gif|tiff?|msg|eml|zip|mp3|mp4|m4a|wav|ogg|pages|"
    r"key|pptx?|dwg|dxf)\b"
)
_GLUED_CODE_BEFORE = re.compile(r"(?<![^\s<>(\[\"'`,;|*])[^\s<>()\[\]{}\"'`,;|*]*[\-_][A-Z]{1,6} $")
_RUN_STOP = frozenset(" \t\r\n<>()[]{}\"'`,;|*")


class _LastRuns:
    """The last text and its runs, swapped as one pair so that two threads never mix them: three finders read them
    per text."""

    pair: tuple[str | None, tuple[tuple[int, int], ...]] = (None, ())


_LAST_RUNS = _LastRuns()


def _path_runs(text: str) -> list[tuple[int, int]]:
    """The runs without blanks or brackets that hold a path mark, in order, each once (remembered for the last
    text, which ``names_in_document_files``, ``names_in_paths`` and ``mail_names_in_paths`` all read)."""
    last_text, last_runs = _LAST_RUNS.pair
    if last_text is text:
        return list(last_runs)
    out: list[tuple[int, int]] = []
    end = -1
    for m in _PATH_MARK.finditer(text):
        if m.start() < end:
            continue
        s = m.start()
        while s > 0 and text[s - 1] not in _RUN_STOP:
            s -= 1
        e = m.end()
        while e < len(text) and text[e] not in _RUN_STOP:
            e += 1
        if text[s : s + 1].isdigit() and text[s - 1 : s] == " ":
            # a case number with its blank, glued into the name: "verslag-celesia-GO 26.249.12.pdf" (round 29)
            glued = _GLUED_CODE_BEFORE.search(text, max(0, s - 80), s)
            if glued:
                s = glued.start()
        if e - s > 3:
            out.append((s, e))
        end = e
    _LAST_RUNS.pair = (text, tuple(out))
    return list(out)


_PARTICLES = frozenset("van de der den ter ten te het 't in op da das dos do di du la le el al".split())
# particles right before a found span that the span left out ("Van de [Slambrouck]"): glued on in file names
_PARTICLES_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n|'t|’t|[Dd]a|[Dd]os|[Dd]e) )+$"
)
_MONTHS = frozenset("jan feb mrt maa apr mei jun jul aug sep sept okt oct nov dec".split())
_ANY_MONTH = _MONTHS | frozenset(
    "januari februari maart april juni juli augustus september oktober november december".split()
)
_SPECIAL = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "t", "æ": "a", "œ": "o", "ß": "s", "ŀ": "l"}


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    lo = c.lower()
    if lo in _SPECIAL:
        return _SPECIAL[lo]
    base = unicodedata.normalize("NFKD", lo)[:1]
    return base if base and base.isascii() else lo[:1] or c


def fold(s: str) -> str:
    """``s`` in lower case without accents, one character for each character (offsets stay)."""
    if s.isascii():
        return s.lower()
    return "".join(_fold_char(c) for c in s)


def _keys(surface: str) -> list[str]:
    """The forms in which a name may stand in a file name: each name word, the surname with its particles glued on
    ("vanwijngaarden", "intbeukebrink"), each part of a double name."""
    words = [w.strip(".,:;!?'’\"()[]*_") for w in surface.split()]
    words = [w for w in words if w and not (len(w) <= 2 and w.isupper()) and "." not in w]
    keys: set[str] = set()
    for i, w in enumerate(words):
        f = fold(w)
        if f in _PARTICLES or f in ("'t", "’t"):
            rest = "".join(fold(x).replace("'", "").replace("’", "") for x in words[i:])
            if len(rest) > len(f) + 1:
                keys.add(rest)  # the surname with its particles, glued
            continue
        last = i == len(words) - 1
        pieces = [f] + (f.split("-") if "-" in f else [])
        for piece in pieces:
            piece = piece.replace("'", "").replace("’", "")
            if len(piece) < 2 or piece in STOPWORDS or piece in _MONTHS:
                continue
            if len(piece) == 2 and (not last or piece in WORDS):
                continue
            keys.add(piece)
    return sorted(keys, key=len, reverse=True)


def names_in_paths(text: str, mask: bytearray, person_spans: Sequence[tuple[int, int, P]]) -> list[tuple[int, int, P]]:
    """The found names again in file names and paths, in any case and without accents: the part of the file name
    between separators ("-", "_", ".", "/") that equals a name word or the glued surname."""
    if not person_spans or ("/" not in text and "." not in text and "\\" not in text):
        return []
    paths = [(a, b) for a, b in _path_runs(text) if "@" not in text[a:b]]
    if not paths:
        return []
    keys: dict[str, P] = {}
    for s, e, p in person_spans:
        m = _PARTICLES_BEFORE.search(text, max(0, s - 16), s)
        for k in _keys(text[m.start() if m else s : e]):
            keys.setdefault(k, p)
    if not keys:
        return []
    ordered = sorted(keys, key=len, reverse=True)
    out: list[tuple[int, int, P]] = []
    for a, b in paths:
        base = a
        low = fold(text[a:b])
        for k in ordered:
            i = low.find(k)
            while i != -1:
                j = i + len(k)
                before = low[i - 1 : i] if i else ""
                after = low[j : j + 1]
                if not before.isalpha() and not after.isalpha() and mask.find(1, base + i, base + j) == -1:
                    out.append((base + i, base + j, keys[k]))
                    mask[base + i : base + j] = b"\x01" * (j - i)
                i = low.find(k, j)
    return out


# A file of a person's own papers: its name says whose they are ("paspoort-zwaans.pdf", "intake-baukje.dijkstra.docx",
# "loonstrook-maart-sriyaphum.pdf", "scan-584-al-masib-bezwaar.pdf"). Round sixteen, from the blind corpus fresh22d.
_DOC_WORDS = frozenset(
    "paspoort intake loonstrook loonstroken id idkaart identiteitsbewijs identiteitskaart rijbewijs legitimatie "
    "verblijfsvergunning verblijfsdocument huurcontract uittreksel scan bijlage foto cv kopie bankafschrift "
    "bankafschriften afschrift jaaropgave verklaring machtiging volmacht aanvraag formulier contract bezwaar "
    "bezwaarschrift zienswijze brief "
    # a list or record about a person ("ledenlijst-adnan-begovic.xlsx", round seventeen, from fresh23d)
    "ledenlijst lidmaatschap inschrijving inschrijfformulier aanmelding aanmeldformulier beschikking dossier "
    "verslag gespreksverslag notitie rapportage indicatie factuur "
    # a drawing or plan of someone's house ("bouwtekening-asmeray-def.dwg", round nineteen, from fresh25b)
    "tekening tekeningen plattegrond "
    # a recorded or written-out conversation ("interview-obiagu-6.docx", round twenty, from fresh26d)
    "interview transcript transcriptie opname".split()
)
_FILE_NAME = re.compile(r"(?P<base>[^/\\]+)\.(?P<ext>[A-Za-z0-9]{2,5})$")
_SEGMENT = re.compile(r"[^\-_.?=&]+")
_FILE_GATE = ("paspoort", "intake", "loonstro", "id", "scan", "huur", "volmacht", "bezwa", "brief", "lijst", "verslag")
_FILE_GATE += ("notitie", "dossier", "rapport", "tekening", "plattegrond", "interview", "transcript", "opname")
# the end of a compound document word: "dossiernotitie", "gespreksnotitie", "huisbezoekverslag" (round nineteen)
_DOC_ENDS = tuple(w for w in _DOC_WORDS if len(w) >= 6)


def _doc_word(w: str) -> bool:
    lo = w.lower()
    return lo in _DOC_WORDS or (lo.isalpha() and lo.endswith(_DOC_ENDS))


_FILE_PARTICLES = frozenset(("de", "van", "der", "den", "ter", "ten", "vd", "el", "al", "ben", "bin"))
_NO_NAME = frozenset(
    "img dsc def definitief versie final nieuw oud scan kopie nl en pdf doc getekend ondertekend".split()
)


def _odd_file_word(w: str) -> bool:
    """A part of a file name that no list knows: no Dutch or English word, no compound, no place, month or code."""
    from .lexicon import english_all
    from .persons import ordinary_compound

    lo = w.lower()
    if len(w) < 4 or not w.isalpha() or not any(c in "aeiouy" for c in lo) or lo in _NO_NAME or lo in _ANY_MONTH:
        return False
    if lo in WORDS or lo in STOPWORDS or _doc_word(w) or w.capitalize() in PLACES_FULL or lo in english_all():
        return False
    if lo in _glued_places() or _splits_into_words(lo):
        return False  # "denhelder", "openmonumentendag", "jeugdwet"
    return not ordinary_compound(w.capitalize()) and not (w.isupper() and len(w) <= 5)


@functools.lru_cache(maxsize=1)
def _glued_places() -> frozenset[str]:
    """Place names in lower case without blanks or hyphens, as file names write them ("denhelder")."""
    return frozenset(fold(p).replace(" ", "").replace("-", "") for p in PLACES_FULL)


@functools.lru_cache(maxsize=4096)
def _splits_into_words(lo: str) -> bool:
    """``lo`` is two or more Dutch words glued together, each of three letters or more (a compound)."""
    for i in range(3, len(lo) - 2):
        head, tail = lo[:i], lo[i:]
        if tail in WORDS and (head in WORDS or (head[-1:] == "s" and head[:-1] in WORDS) or _splits_into_words(head)):
            return True
    return False


def names_in_document_files(
    text: str, mask: bytearray, new_person: Callable[[list[str]], P]
) -> list[tuple[int, int, P]]:
    """Words of a personal document's file name that are no ordinary word, month, place or number: whose papers."""
    if "." not in text:
        return []
    gated = any(w in text.lower() for w in _FILE_GATE)  # a document word may name the file
    out: list[tuple[int, int, P]] = []
    people: dict[str, P] = {}
    for a, b in _path_runs(text):
        run = text[a:b].rstrip(".,:;!?")  # "Eigenschappen van intake-montedon.docx:"
        m = _FILE_NAME.search(run)
        if m is None or "@" in run or m.group("ext").lower() not in _EXTENSIONS:
            continue
        base_at = a + m.start("base")
        segs = [(base_at + g.start(), g.group()) for g in _SEGMENT.finditer(m.group("base"))]
        if not gated or not any(_doc_word(w) for _i, w in segs):
            # any file: a part that is no word of any list, no compound and no place names someone
            # ("schimmel-ezeayo-kamer1.jpg"; round twenty-two, from fresh28c)
            for i, w in segs:
                if _odd_file_word(w) and mask.find(1, i, i + len(w)) == -1:
                    person = people.get(w.lower()) or people.setdefault(w.lower(), new_person([w.capitalize()]))
                    out.append((i, i + len(w), person))
                    mask[i : i + len(w)] = b"\x01" * len(w)
            continue
        dotted_first = {j + 1 for j, (_i, w) in enumerate(segs[:-1]) if w.capitalize() in FIRST_NAMES}
        particled = {
            x
            for j in range(1, len(segs) - 2)
            if segs[j][1].capitalize() in FIRST_NAMES
            and segs[j + 1][1].lower() in _FILE_PARTICLES
            and segs[j + 2][1].isalpha()
            and len(segs[j + 2][1]) > 2
            for x in (j, j + 2)
        }
        for k, (i, w) in enumerate(segs):
            lo = w.lower()
            if k in dotted_first and m.group("base")[i - base_at - 1 : i - base_at] == "." and w.isalpha():
                pass  # "bezwaar-marloes.zomer.pdf": after a first name and a dot the surname, even an ordinary word
            elif (
                k in dotted_first
                and k >= 2
                and w.isalpha()
                and len(w) > 2
                and lo not in _DOC_WORDS
                and lo not in _ANY_MONTH
                and lo not in _FILE_PARTICLES
                and segs[k - 1][1].lower() not in _DOC_WORDS
                and segs[k - 1][1].lower() not in _ANY_MONTH
            ):
                pass  # "verslag-wouter-kamphuis.pdf": after a document word and a first name, its surname (round 17)
            elif k in particled:
                pass  # "verslag-jan-de-vries.pdf": a first name, a particle and a surname, even if words
            elif len(w) < 3 or not w.isalpha() or _doc_word(w) or lo in _NO_NAME or lo in _ANY_MONTH:
                continue
            elif (
                (lo in WORDS and w.capitalize() not in FIRST_NAMES) or lo in STOPWORDS or w.capitalize() in PLACES_FULL
            ):
                continue
            if mask.find(1, i, i + len(w)) != -1:
                continue
            person = people.get(lo) or people.setdefault(lo, new_person([w.capitalize()]))
            out.append((i, i + len(w), person))
            mask[i : i + len(w)] = b"\x01" * len(w)
    return out


_EXTENSIONS = frozenset(
    "pdf doc docx odt rtf txt jpg jpeg png heic gif tif tiff zip msg eml xlsx xls ods csv dwg dxf "
    # a recording: "opname-lhorbó95-5.m4a" (round twenty, from fresh26e)
    "m4a mp3 wav ogg opus amr mp4 mov".split()
)


# The local part of a person's e-mail address: its words are their name, also where the text writes them again in a
# file name ("Aan: shanice_lieuwald@yahoo.com" ... "borgbewijs-lieuwald.pdf"; round twenty-two, from fresh28c).
_MAIL = re.compile(r"(?<![\w.+\-])(?P<local>[A-Za-z][\w.+\-]{1,60})@[\w\-]+(?:\.[\w\-]+)+")
_MAIL_PART = re.compile(r"[a-z]{3,}")


def mail_names_in_paths(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """The words of a personal e-mail address's local part ("minh_trui", "s.welduhiwet") again as a whole part of a
    file name: a person's name. Mailboxes of a service ("info", "wmo") give none."""
    from .patterns import FUNCTION_MAILBOXES  # patterns imports much; read it only when a text has an address

    if "@" not in text:
        return []
    paths = [(a, b) for a, b in _path_runs(text) if "@" not in text[a:b]]
    if not paths:
        return []
    keys: dict[str, P | None] = {}
    for m in _MAIL.finditer(text):
        local = fold(m["local"])
        if local in FUNCTION_MAILBOXES:
            continue
        parts = _MAIL_PART.findall(local)
        for part in parts:
            if part in STOPWORDS or part in FUNCTION_MAILBOXES or part in _MONTHS:
                continue
            if part in WORDS and len(parts) < 2:
                continue  # "tuin@...": one word, no name
            keys.setdefault(part, None)
    if not keys:
        return []
    out: list[tuple[int, int, P]] = []
    for a, b in paths:
        low = fold(text[a:b])
        for g in re.finditer(r"[a-z]+", low):
            k = g.group()
            if k not in keys or mask.find(1, a + g.start(), a + g.end()) != -1:
                continue
            person = keys[k]
            if person is None:
                person = keys[k] = new_person([k.capitalize()])
            out.append((a + g.start(), a + g.end(), person))
            mask[a + g.start() : a + g.end()] = b"\x01" * (g.end() - g.start())
    return out
