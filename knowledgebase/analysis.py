"""Dutch text analysis: folding, stemming, tokenising, and the Whoosh schema built from them.

Stemming is Snowball Dutch plus a few general fixes (``-ies`` plurals, final double consonants,
accents). No word lists beyond the stop words.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import Counter
from functools import lru_cache

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from whoosh import fields as wf
    from whoosh import formats as wformats
    from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
    from whoosh.lang import stemmer_for_language, stopwords_for_language

from .datatypes import ArticleDoc
from .render import plain_text

MAX_QUERY_CHARS = 500
MAX_QUERY_TOKENS = 12
MAX_TOKEN_LEN = 60

_snowball = stemmer_for_language("nl")
STOPWORDS: frozenset[str] = frozenset(stopwords_for_language("nl")) | frozenset(
    {"bij", "wel", "nee", "dus", "ook", "aan", "zo", "hoe", "waar", "wanneer", "waarom", "mag", "kan", "over"}
)
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_DOUBLE_END = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")


def fold(text: str) -> str:
    """Lowercase and strip diacritics ("geïnd" -> "geind")."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=100_000)  # ~25 MB when full; a worker only fills it with the words it meets
def stem(word: str) -> str:
    """Stem one (already folded, lowercase) Dutch word."""
    w = word
    if len(w) > 5 and w.endswith("ies"):  # corporaties -> corporatie
        w = w[:-1]
    elif len(w) > 4 and w.endswith("'s"):
        w = w[:-2]
    if w.isdigit():
        return w
    s = _snowball(w)
    s = _DOUBLE_END.sub(r"\1", s)  # dakkapell(en) -> dakkapel
    return s


def tokenize(text: str) -> list[str]:
    """Folded word tokens of ``text`` (stop words kept)."""
    return [t for t in _WORD_RE.findall(fold(text)) if len(t) <= MAX_TOKEN_LEN]


class DutchStemFilter(Filter):
    """Folds accents and stems with :func:`stem` (pickled into the index schema)."""

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __call__(self, tokens):
        for t in tokens:
            t.text = stem(fold(t.text))
            yield t


class FoldFilter(Filter):
    """Folds accents without stemming (the surface-word lexicon used for suggestions)."""

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class ReverseFilter(Filter):
    """Reverses each token, so a prefix lookup on the field is a suffix lookup on the words."""

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __call__(self, tokens):
        for t in tokens:
            t.text = t.text[::-1]
            yield t


class DutchStopFilter(Filter):
    """Drops stop words, one-letter tokens and over-long tokens."""

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __call__(self, tokens):
        for t in tokens:
            if 1 < len(t.text) <= MAX_TOKEN_LEN and t.text not in STOPWORDS:
                yield t


def dutch_analyzer():
    """Tokenizer -> lowercase -> stop words -> fold + stem."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | DutchStopFilter() | DutchStemFilter()


def reverse_analyzer():
    """Like :func:`dutch_analyzer` but each stem reversed (for suffix lookups)."""
    return dutch_analyzer() | ReverseFilter()


class LexiconField(wf.TEXT):
    """A text field kept only for its term lexicon (no frequencies, lengths or scoring)."""

    def __init__(self, analyzer, precomputed: bool = False):
        super().__init__(analyzer=analyzer, phrase=False)
        self.format = wformats.Existence(field_boost=1.0)
        self.scorable = False
        self.precomputed = precomputed  # the value is already the distinct terms, space-separated


def make_schema() -> wf.Schema:
    """The Whoosh schema of the knowledge-base index."""
    ana = dutch_analyzer()
    return wf.Schema(
        reference=wf.ID(stored=True, unique=True),
        title=wf.TEXT(analyzer=ana, stored=True, phrase=False),
        body=wf.TEXT(analyzer=ana, stored=True, phrase=False),
        meta=wf.TEXT(analyzer=ana, phrase=False),
        theme=wf.ID(stored=True, sortable=True),
        department=wf.ID(stored=True, sortable=True),
        outcome=wf.ID(stored=True, sortable=True),
        year=wf.ID(stored=True, sortable=True),
        date=wf.ID(stored=True, sortable=True),
        municipality=wf.ID(stored=True, sortable=True),  # source municipality (facet and filter)
        own=wf.ID(sortable=True),  # "1": the portal's own article (a ranking tie-breaker, nothing more)
    )


def analyse(text: str) -> list[str]:
    """The indexed terms of ``text``, in order: what :func:`dutch_analyzer` yields, computed in one pass."""
    return [stem(w) for w in _words(text)]


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(fold(text)) if 1 < len(w) <= MAX_TOKEN_LEN and w not in STOPWORDS]


def _doc_fields(
    doc: ArticleDoc, rev: bool = False, words: bool = False, surface_counts: Counter[str] | None = None
) -> dict[str, object]:
    """The index fields of one article.

    Title and body are analysed here, once, and handed to Whoosh as term lists (which it indexes as they
    are) with the text stored beside them; the surface-word lexicon comes from the same pass. This is what
    makes the build no slower than plain Whoosh despite the extra fields. The surface words go into
    ``surface_counts`` (the generation's word list, a file beside the index, see :mod:`.reader`). For an
    index built by an older version: ``rev=True`` (it has a reversed-terms field) and ``words=True`` (it keeps
    the surface words as an index field).
    """
    body = plain_text(doc.body or "")
    title = (doc.title or "").strip()
    published = doc.published.isoformat() if doc.published else ""
    year = str(int(doc.year)) if doc.year not in (None, "") else ""
    title_words, body_words = _words(title), _words(body)
    surface = set(title_words)
    surface.update(body_words)
    fields: dict[str, object] = {
        "reference": str(doc.reference),
        "title": [stem(w) for w in title_words],
        "_stored_title": title,
        "body": [stem(w) for w in body_words],
        "_stored_body": body,
        "meta": f"{doc.theme or ''} {doc.department or ''} {doc.outcome or ''} {year} {doc.reference}",
        "theme": doc.theme or "",
        "department": doc.department or "",
        "outcome": doc.outcome or "",
        "year": year,
        "date": published or (f"{year}-00-00" if year else ""),
        "municipality": doc.municipality or "",
        "own": "1" if doc.own else "",
    }
    if rev:
        fields["rev"] = list({stem(w)[::-1] for w in surface})
    if words:
        fields["words"] = list(surface)
    if surface_counts is not None:
        surface_counts.update(surface)
    return fields
