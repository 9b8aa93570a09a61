"""Headlines in title case, where every word is capitalised and the capitals say nothing about names (round thirteen).

"Buren Vinden Elkaar Weer", "Wijkkrant Emmen – Nieuws uit de Buurt", "## Jaarverslag: Het Verhaal Achter De Cijfers":
the person rules and the street rules read a capital after an article or mid-sentence as a proper name; in a
headline it is not. ``title_line`` tells such a line from a record or a list of names.
"""

from __future__ import annotations

import re

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, WORDS

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_RECORD_MARKS = re.compile(r"[(,;|\t\"@]")
_SENTENCE_STOP = re.compile(r"[.!?][\"'’”)]*[ \t]+[a-zà-öø-ÿ]")
_KEY = re.compile(r"[^\W\d_][\w .\-]{0,30}:[ \t]")
_MARKDOWN_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")


def _plain(word: str) -> bool:
    """A capitalised word that names no person by itself: a dictionary word or a place, no listed first name."""
    return word not in FIRST_NAMES and (word.lower() in WORDS or word in PLACES_FULL)


_CACHE: dict[int, bool] = {}
_CACHE_TEXT: list[str] = [""]


def title_line(text: str, start: int) -> bool:
    """See ``_title_line``; remembered per line of the text last asked about (many chunks share a line)."""
    if _CACHE_TEXT[0] is not text:
        _CACHE.clear()
        _CACHE_TEXT[0] = text
    a = text.rfind("\n", 0, start) + 1
    got = _CACHE.get(a)
    if got is None:
        got = _CACHE[a] = _title_line(text, a)
    return got


def _title_line(text: str, a: int) -> bool:
    """The line around ``start`` is a headline in title case: four or more content words (no function words, no
    short words), or three and a capitalised function word after the first word, every one capitalised, most of them
    dictionary words or places, and no sentence, record mark or ``key:`` field in it (a Markdown heading may hold a
    colon: "## Jaarverslag: Het Verhaal")."""
    b = text.find("\n", a)
    line = text[a : b if b >= 0 else len(text)]
    if len(line) > 120 or _SENTENCE_STOP.search(line) or _RECORD_MARKS.search(line):
        return False
    if ":" in line and not _MARKDOWN_HEADING.match(line) and _KEY.search(line):
        return False  # "Betrokkene: Bakker": a field
    words = _WORD.findall(line)
    content = [w for w in words if len(w) > 2 and w.lower() not in STOPWORDS]
    if len(content) < 3 or not all(w[0].isupper() for w in content):
        return False
    if len(content) == 3 and not any(w[0].isupper() and w.lower() in STOPWORDS for w in words[1:]):
        return False  # "Huisbezoek bij ir. Dissel aan de Paardenwei": three capitals, the small words in lower case
    plain = sum(1 for w in content if _plain(w))
    return plain >= 3 and plain >= 0.6 * len(content)
