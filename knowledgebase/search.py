"""Dutch full-text search over a Whoosh index (Flask-free).

The index is a rebuildable cache of the published articles. Layout of ``index_dir``::

    CURRENT          name of the live generation directory (swapped atomically with os.replace)
    ix-<id>/         a complete Whoosh index

Whoosh supplies analysis, storage, postings and the term lexicon; ranking is done here so that a
query can be scored by how much of it an article covers. Dutch rules, all general (no word lists
beyond the stop words):

* stemming (Snowball Dutch plus a few fixes: ``-ies`` plurals, final double consonants, accents);
* compounds matched by their parts both ways, using the index's own vocabulary: a query word
  finds compounds that start or end with it ("afval" -> "afvalinzameling", "overlast" ->
  "geluidsoverlast"), two adjacent query words find the compound they form ("parkeer vergunning",
  "id kaart" -> "identiteitskaart"), and an unknown compound is split into known parts;
* typo correction from the index vocabulary (Damerau-Levenshtein, anchored at either end);
* coverage ranking: an article covering more of the query's words ranks higher;
* pseudo-relevance feedback when the literal matches are thin, and fuzzy/prefix fallbacks, so
  a query that is even loosely relevant never ends in zero results.
"""

from __future__ import annotations

import contextlib
import datetime
import heapq
import html
import math
import os
import re
import shutil
import threading
import time
import unicodedata
import uuid
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: Whoosh's own lock still guards apply()
    fcntl = None

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from whoosh import fields as wf
    from whoosh import formats as wformats
    from whoosh import index as windex
    from whoosh import scoring
    from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
    from whoosh.lang import stemmer_for_language, stopwords_for_language
    from whoosh.util.numeric import byte_to_length

    try:  # fast bulk reading of postings blocks; optional (falls back to the matcher API)
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
        from whoosh.matching.wrappers import FilterMatcher
    except ImportError:  # pragma: no cover - other Whoosh builds
        W3LeafMatcher = None

from .render import plain_text

__all__ = [
    "ArticleDoc",
    "SearchQuery",
    "Hit",
    "SearchResult",
    "SearchBackend",
    "SearchIndex",
    "tokenize",
    "stem",
]

FACET_KEYS = ("theme", "department", "outcome", "year")
MAX_QUERY_CHARS = 500
MAX_QUERY_TOKENS = 12
MAX_TOKEN_LEN = 60


# --------------------------------------------------------------------------- data classes


@dataclass
class ArticleDoc:
    """What the index needs from an article (``body`` is Markdown)."""

    reference: str
    title: str
    body: str
    theme: str
    department: str
    outcome: str
    year: int
    published: datetime.date | None = None


@dataclass
class SearchQuery:
    """A search request; ``q`` empty means browse (sorted by date)."""

    q: str = ""
    theme: str | None = None
    department: str | None = None
    outcome: str | None = None
    year: int | None = None
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"  # or "date"


@dataclass
class Hit:
    """One result; ``snippet`` is HTML-safe (escaped text, matches in <mark>)."""

    reference: str
    title: str
    theme: str
    department: str
    outcome: str
    year: int
    published: datetime.date | None
    snippet: str
    score: float = 0.0


@dataclass
class SearchResult:
    """A page of hits plus facet counts over the whole filtered result set."""

    total: int
    hits: list[Hit]
    page: int
    per_page: int
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None = None
    nearest_themes: list[str] = field(default_factory=list)


@runtime_checkable
class SearchBackend(Protocol):
    """The search interface the portal uses, so the backend can change later."""

    def exists(self) -> bool: ...

    def doc_count(self) -> int: ...

    def rebuild(self, docs: Iterable[ArticleDoc], progress: Callable[[int], None] | None = None) -> int: ...

    def apply(self, upserts: Iterable[ArticleDoc] = (), deletes: Iterable[str] = ()) -> None: ...

    def search(self, query: SearchQuery) -> SearchResult: ...

    def similar(self, text: str, limit: int = 3) -> list[Hit]: ...

    def related(self, reference: str, limit: int = 5) -> list[Hit]: ...


# --------------------------------------------------------------------------- Dutch analysis

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


@lru_cache(maxsize=200_000)
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

    def __init__(self, analyzer):
        super().__init__(analyzer=analyzer, phrase=False)
        self.format = wformats.Existence(field_boost=1.0)
        self.scorable = False


def make_schema() -> wf.Schema:
    """The Whoosh schema of the knowledge-base index."""
    ana = dutch_analyzer()
    return wf.Schema(
        reference=wf.ID(stored=True, unique=True),
        title=wf.TEXT(analyzer=ana, stored=True, phrase=False),
        body=wf.TEXT(analyzer=ana, stored=True, phrase=False),
        meta=wf.TEXT(analyzer=ana, phrase=False),
        rev=LexiconField(reverse_analyzer()),
        words=LexiconField(RegexTokenizer(r"\w+") | LowercaseFilter() | DutchStopFilter() | FoldFilter()),
        theme=wf.ID(stored=True, sortable=True),
        department=wf.ID(stored=True, sortable=True),
        outcome=wf.ID(stored=True, sortable=True),
        year=wf.ID(stored=True, sortable=True),
        date=wf.ID(stored=True, sortable=True),
    )


def _doc_fields(doc: ArticleDoc) -> dict[str, str]:
    body = plain_text(doc.body or "")
    title = (doc.title or "").strip()
    published = doc.published.isoformat() if doc.published else ""
    year = str(int(doc.year)) if doc.year not in (None, "") else ""
    return {
        "reference": str(doc.reference),
        "title": title,
        "body": body,
        "meta": f"{doc.theme or ''} {doc.department or ''} {doc.outcome or ''} {year} {doc.reference}",
        "rev": f"{title} {body}",
        "words": f"{title} {body}",
        "theme": doc.theme or "",
        "department": doc.department or "",
        "outcome": doc.outcome or "",
        "year": year,
        "date": published or (f"{year}-00-00" if year else ""),
    }


# --------------------------------------------------------------------------- query planning

# weights of the kinds of alternative a query word can match
W_EXACT = 1.0
W_PAIR = 1.0
W_SPELL = 0.9
W_SPLIT = 0.75
W_VARIANT = 0.8
MAX_COMPOUNDS = 40  # compounds tried for a word the index does not hold itself
MAX_COMPOUNDS_KNOWN = 20  # ... and for a word it does hold
W_COMPOUND = 0.6
W_FUZZY = 0.5
FIELD_BOOST = {"title": 2.0, "body": 1.0, "meta": 0.4}
LINKERS = ("", "s", "e", "en", "n", "er")


@dataclass
class _Alt:
    """One way a query word can match: a set of terms all required (len 1 = plain term)."""

    terms: tuple[str, ...]
    weight: float
    fields: tuple[str, ...] = ("title", "body", "meta")


@dataclass
class _Group:
    word: str
    alts: list[_Alt]
    corrected: str | None = None  # surface form of a spelling correction


def _damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, early exit above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


_LENGTH_CACHE: dict[tuple, list[int]] = {}
_COLUMN_CACHE: dict[tuple, list[str]] = {}
POSTINGS_CACHE_ENTRIES = 1_500_000  # cached (docnum, score) pairs per thread (~150 MB worst case)


class _State:
    """A cached searcher for one live index generation, plus per-generation caches."""

    def __init__(self, gen_dir: Path):
        self.gen_dir = gen_dir
        self.pid = os.getpid()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.ix = windex.open_dir(str(gen_dir))
        self.B, self.K1 = 0.6, 1.2
        self.searcher = self.ix.searcher(weighting=scoring.BM25F(B=self.B, K1=self.K1))
        self._reset()

    def _reset(self) -> None:
        self.reader = self.searcher.reader()
        self.n_docs = max(1, self.reader.doc_count())
        self._columns: dict[str, list[str]] = {}
        self._date_order: list[int] | None = None
        self._all_facets: dict[str, list[tuple[str, int]]] | None = None
        self._all_counts: dict[str, Counter] = {}
        self._live: list[int] | None = None
        self._pair_codes: list[tuple[str, str, list[int], list[tuple]]] | None = None
        self._df: dict[tuple[str, str], int] = {}
        self._expand: dict[tuple[str, str], list[str]] = {}
        self._postings: dict[tuple[str, str], dict[int, float]] = {}
        self._post_entries = 0
        self._vocab: str | None = None

    def refresh_if_stale(self) -> None:
        if not self.searcher.up_to_date():
            old = self.searcher
            self.searcher = self.ix.searcher(weighting=scoring.BM25F(B=self.B, K1=self.K1))
            self._reset()
            try:
                old.close()
            except Exception:  # noqa: BLE001
                pass

    def close(self) -> None:
        try:
            self.searcher.close()
        except Exception:  # noqa: BLE001 - closing a stale reader must never fail a request
            pass

    # ---- lexicon helpers
    def df(self, fieldname: str, term: str) -> int:
        key = (fieldname, term)
        v = self._df.get(key)
        if v is None:
            try:
                v = self.reader.doc_frequency(fieldname, term)
            except Exception:  # noqa: BLE001
                v = 0
            if len(self._df) > 50_000:
                self._df.clear()
            self._df[key] = v
        return v

    def known(self, term: str) -> int:
        """Documents holding ``term`` in title, body or the facet/reference text (0 = unknown)."""
        return max(self.df("body", term), self.df("title", term), self.df("meta", term))

    def prefix_terms(self, prefix: str, limit: int = 4000) -> list[str]:
        """Stemmed body/title terms starting with ``prefix``."""
        key = ("p", prefix)
        got = self._expand.get(key)
        if got is None:
            out: set[str] = set()
            for fname in ("body", "title"):
                for i, b in enumerate(self.reader.expand_prefix(fname, prefix)):
                    if i >= limit:
                        break
                    out.add(b.decode("utf-8") if isinstance(b, bytes) else b)
            got = sorted(out)
            self._cache_expand(key, got)
        return got

    def suffix_terms(self, suffix: str, limit: int = 4000) -> list[str]:
        """Stemmed terms (title or body) ending with ``suffix``."""
        key = ("s", suffix)
        got = self._expand.get(key)
        if got is None:
            out = []
            for i, b in enumerate(self.reader.expand_prefix("rev", suffix[::-1])):
                if i >= limit:
                    break
                t = b.decode("utf-8") if isinstance(b, bytes) else b
                out.append(t[::-1])
            got = out
            self._cache_expand(key, got)
        return got

    def affix_terms_df(self, affix: str, limit: int = 500) -> dict[str, int]:
        """Terms that start or end with ``affix``, with their document frequency (title or body)."""
        key = ("a", affix)
        got = self._expand.get(key)
        if got is None:
            got = {}
            for fname in ("body", "title"):
                for i, (b, ti) in enumerate(self.reader.iter_prefix(fname, affix)):
                    if i >= limit:
                        break
                    t = b.decode("utf-8") if isinstance(b, bytes) else b
                    got[t] = max(got.get(t, 0), ti.doc_frequency())
            for i, (b, ti) in enumerate(self.reader.iter_prefix("rev", affix[::-1])):
                if i >= limit:
                    break
                t = (b.decode("utf-8") if isinstance(b, bytes) else b)[::-1]
                got[t] = max(got.get(t, 0), ti.doc_frequency())
            self._cache_expand(key, got)
        return got

    def infix_terms(self, part: str, limit: int = 100) -> list[str]:
        """Terms that hold ``part`` strictly inside (at least three letters on either side)."""
        if self._vocab is None:
            terms: set[str] = set()
            for fname in ("body", "title"):
                for b in self.reader.lexicon(fname):
                    terms.add(b.decode("utf-8") if isinstance(b, bytes) else b)
            self._vocab = "\n" + "\n".join(sorted(terms)) + "\n"
        blob = self._vocab
        out: list[str] = []
        for m in re.finditer(re.escape(part), blob):
            start = blob.rfind("\n", 0, m.start()) + 1
            end = blob.find("\n", m.end())
            if m.start() - start >= 3 and end - m.end() >= 3:
                out.append(blob[start:end])
                if len(out) >= limit:
                    break
        return out

    def _cache_expand(self, key, value) -> None:
        if len(self._expand) > 20_000:
            self._expand.clear()
        self._expand[key] = value

    def postings(self, fieldname: str, term: str) -> dict[int, float]:
        """docnum -> BM25F score of ``term`` in ``fieldname`` (cached per generation)."""
        key = (fieldname, term)
        got = self._postings.get(key)
        if got is not None:
            return got
        got = {}
        if self.df(fieldname, term):
            try:
                got = self._bulk_postings(fieldname, term)
            except Exception:  # noqa: BLE001 - unexpected codec: use the generic matcher API
                got = self._slow_postings(fieldname, term)
        self._post_entries += len(got) + 1
        if self._post_entries > POSTINGS_CACHE_ENTRIES:  # bound the memory of the cache
            self._postings.clear()
            self._post_entries = len(got) + 1
        self._postings[key] = got
        return got

    def _slow_postings(self, fieldname: str, term: str) -> dict[int, float]:
        try:
            m = self.searcher.postings(fieldname, term)
        except Exception:  # noqa: BLE001 - a term vanished between lexicon and postings
            return {}
        ids, scores = [], []
        while m.is_active():
            ids.append(m.id())
            scores.append(m.score())
            m.next()
        return dict(zip(ids, scores, strict=True))

    def _bulk_postings(self, fieldname: str, term: str) -> dict[int, float]:
        """Read whole postings blocks and score them with BM25F in one pass per block."""
        if W3LeafMatcher is None:
            return self._slow_postings(fieldname, term)
        searcher = self.searcher
        fieldobj = self.reader.schema[fieldname]
        scorable = fieldobj.scorable
        if scorable:
            idf = searcher.idf(fieldname, term)
            avgfl = searcher.avg_field_length(fieldname) or 1.0
            B, K1 = self.B, self.K1
            c1 = K1 * (1 - B)
            c2 = K1 * B / avgfl
            k1p = K1 + 1
        out: dict[int, float] = {}
        btext = fieldobj.to_bytes(term)
        for leaf, base in self.reader.leaf_readers():
            if (fieldname, btext) not in leaf:
                continue
            m = leaf.postings(fieldname, btext)
            deleted = None
            if isinstance(m, FilterMatcher):
                deleted = m._ids
                m = m.child
            if not isinstance(m, W3LeafMatcher):
                raise TypeError("unexpected matcher")
            ids: list[int] = []
            ws: list[float] = []
            while m.is_active():
                m._read_ids()
                m._read_weights()
                i = m._i
                ids.extend(m._ids[i:])
                ws.extend(m._weights[i:])
                m._next_block()
            if not scorable:
                scores = [1.0] * len(ids)
            else:
                lens = self._lengths(leaf, fieldname)
                scores = [idf * (tf * k1p) / (tf + c1 + c2 * lens[d]) for d, tf in zip(ids, ws, strict=True)]
            if deleted:
                pairs = ((d + base, sc) for d, sc in zip(ids, scores, strict=True) if d not in deleted)
                out.update(pairs)
            elif base:
                out.update(zip([d + base for d in ids], scores, strict=True))
            else:
                out.update(zip(ids, scores, strict=True))
        return out

    def _lengths(self, leaf, fieldname: str) -> list[int]:
        """Field lengths of every document of one segment (cached per process and segment)."""
        try:
            seg_key = (str(self.gen_dir), leaf.segment().segment_id(), fieldname)
        except Exception:  # noqa: BLE001
            seg_key = (str(self.gen_dir), id(leaf), fieldname)
        got = _LENGTH_CACHE.get(seg_key)
        if got is None:
            col = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            n = leaf.doc_count_all()
            if col is None:
                got = [1] * (n + 1)
            else:
                table = [byte_to_length(b) or 1 for b in range(256)]
                got = [table[b or 0] for b in (col[i] for i in range(n))]
                got.append(1)
            if len(_LENGTH_CACHE) > 64:
                _LENGTH_CACHE.clear()
            _LENGTH_CACHE[seg_key] = got
        return got

    # ---- columns, facets, order
    def column(self, name: str) -> list[str]:
        """Values of a sortable field by docnum (cached per segment, so an apply() stays cheap)."""
        col = self._columns.get(name)
        if col is None:
            parts = [self._leaf_column(leaf, name) for leaf, _base in self.reader.leaf_readers()]
            col = parts[0] if len(parts) == 1 else [v for part in parts for v in part]
            self._columns[name] = col
        return col

    def _leaf_column(self, leaf, name: str) -> list[str]:
        try:
            key = (str(self.gen_dir), leaf.segment().segment_id(), name)
        except Exception:  # noqa: BLE001
            key = None
        col = _COLUMN_CACHE.get(key) if key else None
        if col is None:
            try:
                cr = leaf.column_reader(name)
                col = [v.decode("utf-8") if isinstance(v, bytes) else (v or "") for v in cr]
            except Exception:  # noqa: BLE001 - fall back to stored fields
                col = [""] * leaf.doc_count_all()
                for dn, sf in leaf.iter_docs():
                    col[dn] = sf.get(name, "") or ""
            if key:
                if len(_COLUMN_CACHE) > 256:
                    _COLUMN_CACHE.clear()
                _COLUMN_CACHE[key] = col
        return col

    def live_docs(self) -> list[int]:
        if self._live is None:
            self._live = list(self.reader.all_doc_ids())
        return self._live

    def date_order(self) -> list[int]:
        if self._date_order is None:
            dates = self.column("date")
            self._date_order = sorted(self.live_docs(), key=dates.__getitem__, reverse=True)
        return self._date_order

    def facets_for(self, docs: Iterable[int] | None) -> dict[str, list[tuple[str, int]]]:
        """Facet counts over ``docs`` (None = all live documents)."""
        if docs is None or (isinstance(docs, (dict, list, set)) and len(docs) >= self.n_docs
                            and len(docs) == self.reader.doc_count()):
            if self._all_facets is None:
                self._all_counts = self._counters(self.live_docs())
                self._all_facets = self._sorted(self._all_counts)
            return self._all_facets
        docs = docs if isinstance(docs, (dict, list, set)) else list(docs)
        if len(docs) > self.n_docs // 2:
            # a big result: count the (small) rest and subtract it from the cached totals
            self.facets_for(None)
            keys = docs.keys() if isinstance(docs, dict) else set(docs)
            rest = [d for d in self.live_docs() if d not in keys]
            rest_counts = self._counters(rest)
            counts = {}
            for key in FACET_KEYS:
                c = self._all_counts[key].copy()
                c.subtract(rest_counts[key])
                counts[key] = +c
            return self._sorted(counts)
        return self._sorted(self._counters(docs))

    def _counters(self, docs) -> dict[str, Counter]:
        """Facet counters over ``docs``: two counting passes over pair codes, then a small fold."""
        if self._pair_codes is None:
            self._pair_codes = []
            for a, b in (("theme", "department"), ("outcome", "year")):
                ids: dict[tuple, int] = {}
                codes = [ids.setdefault(k, len(ids)) for k in zip(self.column(a), self.column(b), strict=True)]
                self._pair_codes.append((a, b, codes, list(ids)))
        out: dict[str, Counter] = {}
        for a, b, codes, pairs in self._pair_codes:
            ca, cb = Counter(), Counter()
            for code, n in Counter(map(codes.__getitem__, docs)).items():
                va, vb = pairs[code]
                ca[va] += n
                cb[vb] += n
            out[a], out[b] = ca, cb
        return out

    def _sorted(self, all_counts: dict[str, Counter]) -> dict[str, list[tuple[str, int]]]:
        out: dict[str, list[tuple[str, int]]] = {}
        for key in FACET_KEYS:
            counts = Counter(all_counts[key])
            counts.pop("", None)
            out[key] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # most frequent first
        return out


# --------------------------------------------------------------------------- the index


_STATES: dict[str, _State] = {}
_LOCKS: dict[str, threading.RLock] = {}
_REGISTRY_LOCK = threading.Lock()


def _after_fork_in_child() -> None:
    """A forked worker (gunicorn, multiprocessing) starts with fresh locks and its own searchers."""
    global _REGISTRY_LOCK
    _STATES.clear()
    _LOCKS.clear()
    _REGISTRY_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _clamp_int(value, lo: int, hi: int, default: int) -> int:
    try:
        v = int(value)
    except (TypeError, ValueError):
        return default
    return max(lo, min(hi, v))


class SearchIndex:
    """Whoosh-backed knowledge-base index with Dutch-aware ranking (see module docstring)."""

    def __init__(self, index_dir: str | os.PathLike):
        self.index_dir = Path(index_dir)

    # ---- generations
    def _current_file(self) -> Path:
        return self.index_dir / "CURRENT"

    def _gen_dir(self) -> Path | None:
        try:
            name = self._current_file().read_text(encoding="utf-8").strip()
        except OSError:
            return None
        if not name or "/" in name or name.startswith("."):
            return None
        path = self.index_dir / name
        return path if path.is_dir() else None

    def exists(self) -> bool:
        """True when a live index generation is present and readable."""
        gen = self._gen_dir()
        if gen is None:
            return False
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return windex.exists_in(str(gen))

    @contextlib.contextmanager
    def _reading(self) -> Iterator[_State | None]:
        """The process-wide cached searcher of the live generation, refreshed when stale.

        Whoosh readers seek on shared file objects, so reads of one index are serialised per
        process (the work is CPU-bound under the GIL anyway); writers never block readers.
        """
        key = str(self.index_dir.resolve())
        with _REGISTRY_LOCK:
            lock = _LOCKS.setdefault(key, threading.RLock())
        with lock:
            yield self._state_locked(key)

    def _state_locked(self, key: str) -> _State | None:
        gen = self._gen_dir()
        st = _STATES.get(key)
        if st is not None and (st.pid != os.getpid() or gen is None or st.gen_dir != gen):
            if st.pid == os.getpid():
                st.close()
            del _STATES[key]
            st = None
        if gen is None:
            return None
        if st is None:
            try:
                st = _State(gen)
            except Exception:  # noqa: BLE001 - generation vanished mid-swap or not initialised
                return None
            _STATES[key] = st
        else:
            st.refresh_if_stale()
        return st

    def doc_count(self) -> int:
        """Number of live documents (0 without an index)."""
        with self._reading() as st:
            return st.reader.doc_count() if st else 0

    # ---- writing
    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        """One writer at a time across processes: rebuild and apply never interleave."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        with open(self.index_dir / ".write.lock", "a+b") as fh:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def rebuild(self, docs: Iterable[ArticleDoc], progress: Callable[[int], None] | None = None) -> int:
        """Build a fresh generation from ``docs`` and swap it in atomically; returns the count."""
        with self._write_lock():
            return self._rebuild_locked(docs, progress)

    def _rebuild_locked(self, docs: Iterable[ArticleDoc], progress: Callable[[int], None] | None) -> int:
        name = f"ix-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
        tmp = self.index_dir / f".{name}.building"
        tmp.mkdir()
        count = 0
        seen: set[str] = set()
        late: dict[str, dict[str, str]] = {}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ix = windex.create_in(str(tmp), make_schema())
                writer = ix.writer(limitmb=256)
                try:
                    for doc in docs:
                        fields = _doc_fields(doc)
                        if fields["reference"] in seen:
                            late[fields["reference"]] = fields  # duplicate reference: last one wins
                        else:
                            writer.add_document(**fields)
                            seen.add(fields["reference"])
                        count += 1
                        if progress is not None:
                            progress(count)
                    writer.commit(optimize=True)
                except BaseException:
                    writer.cancel()
                    raise
                if late:
                    writer = ix.writer()
                    for fields in late.values():
                        writer.update_document(**fields)
                    writer.commit(optimize=True)
                ix.close()
            final = self.index_dir / name
            os.rename(tmp, final)
            cur_tmp = self.index_dir / f".CURRENT.{uuid.uuid4().hex[:8]}"
            cur_tmp.write_text(name, encoding="utf-8")
            os.replace(cur_tmp, self._current_file())
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._cleanup(keep={name})
        return len(seen)

    def _cleanup(self, keep: set[str]) -> None:
        """Remove superseded generations, keeping the newest previous one for open readers."""
        gens = sorted(
            (p for p in self.index_dir.glob("ix-*") if p.is_dir() and p.name not in keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in gens[1:]:
            shutil.rmtree(old, ignore_errors=True)
        for junk in self.index_dir.glob(".ix-*.building"):
            try:
                if time.time() - junk.stat().st_mtime > 6 * 3600:
                    shutil.rmtree(junk, ignore_errors=True)
            except OSError:
                pass

    def apply(self, upserts: Iterable[ArticleDoc] = (), deletes: Iterable[str] = ()) -> None:
        """Incrementally upsert and delete articles (by reference) in the live generation."""
        upserts = list(upserts)
        deletes = [str(d) for d in deletes]
        if not upserts and not deletes:
            return
        with self._write_lock():
            self._apply_locked(upserts, deletes)
        with self._reading():
            pass  # refresh this process's cached searcher now

    def _apply_locked(self, upserts: list[ArticleDoc], deletes: list[str]) -> None:
        if not self.exists():
            self._rebuild_locked([], None)
        gen = self._gen_dir()
        assert gen is not None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ix = windex.open_dir(str(gen))
            writer = ix.writer(timeout=30.0, delay=0.05)
            try:
                for ref in deletes:
                    writer.delete_by_term("reference", ref)
                for doc in upserts:
                    writer.update_document(**_doc_fields(doc))
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            finally:
                ix.close()

    # ---- reading
    def search(self, query: SearchQuery) -> SearchResult:
        """Full-text search with filters, facets, snippets, pagination and fallbacks.

        Empty ``q`` browses (newest first). With ``sort="date"`` only the clearly relevant part of
        the result (score >= 30% of the best) is listed, so ``total`` can be lower than by relevance.
        """
        with self._reading() as st:
            return self._search(st, query)

    def _search(self, st: _State | None, query: SearchQuery) -> SearchResult:
        page = _clamp_int(query.page, 1, 10_000, 1)
        per_page = _clamp_int(query.per_page, 1, 100, 10)
        sort = "date" if str(query.sort).lower() == "date" else "relevance"
        if st is None:
            return SearchResult(0, [], page, per_page, {k: [] for k in FACET_KEYS}, None, [])
        q = (query.q or "")[:MAX_QUERY_CHARS]
        allowed = _filter_set(st, query)
        words = [w for w in tokenize(q)][: MAX_QUERY_TOKENS * 3]
        content = [w for w in words if w not in STOPWORDS and len(w) > 1][:MAX_QUERY_TOKENS]

        suggestion = None
        if not content:
            # browse: everything (filtered), newest first
            order = st.date_order()
            docs = order if allowed is None else [d for d in order if d in allowed]
            ranked = [(d, 0.0) for d in docs[: page * per_page]]
            facets = st.facets_for(None if allowed is None else docs)
            total_override = len(docs)
            terms: set[str] = set()
        else:
            groups, suggestion = _plan(st, content)
            scores, terms = _score(st, groups, allowed)
            if not scores:
                groups2 = _fuzzy_plan(st, content)
                if groups2:
                    scores, terms = _score(st, groups2, allowed)
                    if scores and suggestion is None:
                        suggestion = _suggest_from(st, groups2, content)
            need = page * per_page
            if sort == "date" and scores:
                # by date only the clearly relevant part: loose matches would otherwise lead the list
                floor = DATE_SORT_FLOOR * max(scores.values())
                scores = {d: v for d, v in scores.items() if v >= floor}
            if sort == "date":
                dates = st.column("date")
                ranked = heapq.nlargest(need, scores.items(), key=lambda kv: (dates[kv[0]], kv[1], -kv[0]))
            else:
                ranked = _top(scores, need)
            facets = st.facets_for(scores)
            total_override = len(scores)

        total = total_override
        start = (page - 1) * per_page
        hits = [_make_hit(st, d, s, terms) for d, s in ranked[start : start + per_page]]
        nearest: list[str] = []
        if total == 0:
            nearest = _nearest_themes(st, q, allowed)
        if suggestion is not None and fold(suggestion) == fold(" ".join(content)):
            suggestion = None
        return SearchResult(total, hits, page, per_page, facets, suggestion, nearest)

    def similar(self, text: str, limit: int = 3) -> list[Hit]:
        """Articles similar to free text (e.g. the subject a resident is typing)."""
        with self._reading() as st:
            return self._similar(st, text, limit)

    def _similar(self, st: _State | None, text: str, limit: int) -> list[Hit]:
        limit = _clamp_int(limit, 1, 50, 3)
        if st is None or not text:
            return []
        words = [w for w in tokenize(text[:5000]) if w not in STOPWORDS and len(w) > 1]
        if not words:
            return []
        if len(words) > MAX_QUERY_TOKENS:
            words = _key_words(st, words, MAX_QUERY_TOKENS)
        groups, _ = _plan(st, words)
        scores, terms = _score(st, groups, None, use_feedback=False)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [_make_hit(st, d, s, terms) for d, s in ranked]

    def related(self, reference: str, limit: int = 5) -> list[Hit]:
        """Articles related to the article ``reference`` (by its most distinctive terms)."""
        with self._reading() as st:
            return self._related(st, reference, limit)

    def _related(self, st: _State | None, reference: str, limit: int) -> list[Hit]:
        limit = _clamp_int(limit, 1, 50, 5)
        if st is None:
            return []
        ids = list(st.postings("reference", str(reference)))
        if not ids:
            return []
        me = ids[0]
        sf = st.reader.stored_fields(me)
        text = f"{sf.get('title', '')} {sf.get('title', '')} {sf.get('body', '')}"
        words = [w for w in tokenize(text) if w not in STOPWORDS and len(w) > 1]
        words = _key_words(st, words, 10)
        groups = [_Group(w, [_Alt((stem(w),), W_EXACT, ("title", "body"))]) for w in words]
        scores, terms = _score(st, groups, None, use_feedback=False, coverage=False)
        scores.pop(me, None)
        theme = st.column("theme")[me]
        dept = st.column("department")[me]
        tcol, dcol = st.column("theme"), st.column("department")
        for d in scores:
            scores[d] *= 1.0 + 0.15 * (tcol[d] == theme) + 0.15 * (dcol[d] == dept)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [_make_hit(st, d, s, terms) for d, s in ranked]


# --------------------------------------------------------------------------- planning


def _top(scores: dict[int, float], k: int) -> list[tuple[int, float]]:
    """The ``k`` best (docnum, score) pairs, best first, ties by docnum."""
    if len(scores) <= 4 * k + 64:
        return heapq.nlargest(k, scores.items(), key=lambda kv: (kv[1], -kv[0]))
    threshold = heapq.nlargest(k, scores.values())[-1]
    cands = [(d, v) for d, v in scores.items() if v >= threshold]
    cands.sort(key=lambda kv: (-kv[1], kv[0]))
    return cands[:k]


def _filter_set(st: _State, query: SearchQuery) -> set[int] | None:
    """Docnums allowed by the facet filters (None = no filter)."""
    allowed: set[int] | None = None
    for key in FACET_KEYS:
        value = getattr(query, key, None)
        if value is None or value == "":
            continue
        value = str(value).strip()
        ids = set(st.postings(key, value)) if value else set()
        allowed = ids if allowed is None else allowed & ids
    return allowed


def _key_words(st: _State, words: list[str], n: int) -> list[str]:
    """The ``n`` most distinctive words (tf * idf) of a text."""
    tf = Counter(words)
    scored = []
    for w, c in tf.items():
        df = st.known(stem(w))
        if df == 0:
            continue
        scored.append(((1 + math.log(c)) * math.log(1 + st.n_docs / df), w))
    scored.sort(reverse=True)
    return [w for _, w in scored[:n]]


def _spell(st: _State, word: str) -> str | None:
    """Closest known stem to an unknown word, by edit distance then frequency (memoised)."""
    key = ("spell", word)
    if key not in st._expand:
        st._cache_expand(key, _spell_uncached(st, word))
    return st._expand[key]


def _spell_uncached(st: _State, word: str) -> str | None:
    s = stem(word)
    if len(word) < 4:
        return None
    maxdist = 1 if len(word) <= 6 else 2
    letters = {target: set(target) for target in (s, word)}
    best: tuple[int, int, str] | None = None
    cands: set[str] = set()
    for target in {s, word}:
        chars = letters[target]
        for t in (*st.prefix_terms(target[:2], limit=20_000), *st.suffix_terms(target[-2:], limit=20_000)):
            # each edit changes the set of letters by at most two: a cheap filter before the DP
            if abs(len(t) - len(target)) <= maxdist and len(chars.symmetric_difference(t)) <= 2 * maxdist:
                cands.add(t)
    for t in cands:
        if len(t) < 3:
            continue
        dist = min(_damerau(s, t, maxdist), _damerau(word, t, maxdist))
        if dist > maxdist:
            continue
        key = (dist, -st.known(t), t)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _split(st: _State, word: str) -> tuple[str, str] | None:
    """Split an unknown or rare compound into two known parts (with a linking -s-/-e-/-en-)."""
    best = None
    n = len(word)
    for i in range(3, n - 2):
        left, right = word[:i], word[i:]
        rs = stem(right)
        rdf = st.known(rs)
        if not rdf or len(rs) < 3:
            continue
        for link in LINKERS:
            if link and not left.endswith(link):
                continue
            base = left[: len(left) - len(link)] if link else left
            if len(base) < 3:
                continue
            ls = stem(base)
            ldf = max(st.known(ls), st.known(base))
            if not ldf:
                continue
            lterm = ls if st.known(ls) else base
            score = (min(ldf, rdf), len(right))
            if best is None or score > best[0]:
                best = (score, (lterm, rs))
    return best[1] if best else None


def _compound_alts(st: _State, word: str, s: str) -> list[_Alt]:
    """Compounds in the index that start or end with the word (both directions of decompounding)."""
    min_len = 4 if st.known(s) else 3  # a short word the index only holds inside compounds ("ijs")
    bases = {b for b in (s, word) if len(b) >= min_len}
    out: dict[str, int] = {}
    for base in bases:
        for t, df in st.affix_terms_df(base).items():
            if len(t) - len(base) >= 3 and t != s:
                out[t] = max(df, out.get(t, 0))
        if len(base) >= 5:  # the word in the middle of a compound ("opvang" -> kinderopvangtoeslag)
            for t in st.infix_terms(base):
                if t not in out:
                    out[t] = st.known(t)
    limit = MAX_COMPOUNDS_KNOWN if st.known(s) else MAX_COMPOUNDS
    best = sorted(out, key=lambda t: (-out[t], t))[:limit]
    return [_Alt((t,), W_COMPOUND, ("title", "body")) for t in best]


def _pair_terms(st: _State, a: str, b: str) -> list[str]:
    """Index terms formed by two adjacent query words ("parkeer vergunning", "id kaart")."""
    sb = stem(b)
    if len(sb) < 3:
        return []
    prefixes = {a, stem(a)} if len(a) >= 2 else set()
    out = []
    # compounds that end with the second word and start with the first ("id kaart" -> identiteitskaart)
    # ... or hold the first word inside ("opvang toeslag" -> kinderopvangtoeslag)
    for t in st.suffix_terms(sb, limit=3000):
        for p in prefixes:
            if len(t) >= len(p) + len(sb) and (t.startswith(p) or (len(p) >= 4 and p in t[: -len(sb)])):
                out.append(t)
                break
    # longer compounds that start with both words joined ("kinder opvang" -> kinderopvangtoeslag)
    if len(a) >= 3:
        for head in {a, stem(a)}:
            for link in ("", "s", "en", "e"):
                for tail in {b, sb}:
                    for t in st.prefix_terms(head + link + tail, limit=200):
                        out.append(t)
    return list(dict.fromkeys(out))


def _is_inflection(a: str, b: str) -> bool:
    """True when two words differ only by a Dutch inflection (same stem, one extends the other)."""
    return stem(a) == stem(b) and (a.startswith(b) or b.startswith(a))


def _spell_word(st: _State, word: str) -> str | None:
    """Closest surface word of the index (same first two letters), by distance then frequency."""
    key = ("spellw", word)
    if key not in st._expand:
        st._cache_expand(key, _spell_word_uncached(st, word))
    return st._expand[key]


def _spell_word_uncached(st: _State, word: str) -> str | None:
    if len(word) < 4:
        return None
    maxdist = 1 if len(word) <= 6 else 2
    best = None
    chars = set(word)
    for b in st.reader.expand_prefix("words", word[:2]):
        t = b.decode("utf-8") if isinstance(b, bytes) else b
        if abs(len(t) - len(word)) > maxdist or t == word or len(chars.symmetric_difference(t)) > 2 * maxdist:
            continue
        dist = _damerau(word, t, maxdist)
        if dist <= maxdist:
            key = (dist, -st.df("words", t), t)
            if best is None or key < best:
                best = key
    return best[2] if best else None


_PARTICLES = ("terug", "door", "over", "mee", "aan", "uit", "toe", "weg", "bij", "vast", "op", "af", "in",
              "na")
_DIMINUTIVES = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je")


def _variants(word: str) -> list[str]:
    """Candidate base forms of a Dutch word (diminutive or participle undone); checked against the index."""
    out = []
    if len(word) > 5:
        for suf in _DIMINUTIVES:  # huisje -> huis, lampjes -> lamp, balletje -> bal
            if word.endswith(suf) and len(word) - len(suf) >= 3:
                base = word[: -len(suf)]
                out.append(base)
                if suf.startswith("e") and len(base) > 3 and base[-1] == base[-2]:
                    out.append(base[:-1])
    if len(word) > 5 and word.endswith(("d", "t")):  # geweigerd -> weiger, opgeschort -> opschort
        for particle in ("", *_PARTICLES):
            if word.startswith(particle + "ge") and len(word) - len(particle) > 5:
                rest = particle + word[len(particle) + 2 :]
                out.extend([rest, rest[:-1]])
                break
    return [v for v in dict.fromkeys(out) if v != word]


def _plan(st: _State, words: list[str]) -> tuple[list[_Group], str | None]:
    """Turn query words into groups of weighted alternatives; returns (groups, suggestion)."""
    pairs: dict[int, list[str]] = defaultdict(list)
    for i in range(len(words) - 1):
        for t in _pair_terms(st, words[i], words[i + 1]):
            pairs[i].append(t)
    groups: list[_Group] = []
    corrected_any = False
    surface: list[str] = []
    for i, w in enumerate(words):
        s = stem(w)
        alts: list[_Alt] = []
        corrected = None
        compounds = _compound_alts(st, w, s)
        in_pair = bool(pairs.get(i) or pairs.get(i - 1))
        for v in _variants(w):
            vs = stem(v)
            if vs != s and st.known(vs):
                alts.append(_Alt((vs,), W_VARIANT))
        if st.known(s):
            alts.append(_Alt((s,), W_EXACT))
            if len(w) >= 8 and not in_pair and not st.df("words", w):  # a typo the stemmer absorbed
                c = _spell_word(st, w)
                if c and not _is_inflection(w, c):
                    corrected = c
                    if stem(c) != s and st.known(stem(c)):
                        alts.append(_Alt((stem(c),), W_SPELL))
        else:
            parts = _split(st, w)
            if parts:
                alts.append(_Alt(parts, W_SPLIT))
            if not parts and not compounds and not in_pair and not alts:
                fix = _spell(st, w)
                c = _spell_word(st, w)
                if not fix and c and st.known(stem(c)):
                    fix = stem(c)
                if fix:
                    alts.append(_Alt((fix,), W_SPELL))
                    corrected = c if c and stem(c) == fix else (_surface(st, fix) or fix)
                    compounds = _compound_alts(st, fix, fix)
        alts.extend(compounds)
        if corrected:
            corrected_any = True
        groups.append(_Group(w, alts, corrected))
        surface.append(corrected or w)
    # a corrected word may now form a compound with its neighbour ("parkeer vergunnig")
    for i in range(len(words) - 1):
        if (groups[i].corrected or groups[i + 1].corrected) and not pairs.get(i):
            a, b = groups[i].corrected or words[i], groups[i + 1].corrected or words[i + 1]
            pairs[i].extend(_pair_terms(st, a, b))
    # adjacent words that together form one compound of the index cover both words
    for i, terms in list(pairs.items()):
        for t in terms:
            alt = _Alt((t,), W_PAIR, ("title", "body"))
            groups[i].alts.append(alt)
            groups[i + 1].alts.append(alt)
    suggestion = " ".join(surface) if corrected_any else None
    return groups, suggestion


def _fuzzy_plan(st: _State, words: list[str]) -> list[_Group]:
    """Last-resort plan: looser edit distance and plain prefixes."""
    groups = []
    for w in words:
        if len(w) < 3:
            continue
        s = stem(w)
        alts = []
        maxdist = 2 if len(w) >= 5 else 1
        chars = set(s)
        for t in st.prefix_terms(w[:1], limit=50_000):
            if (abs(len(t) - len(s)) <= maxdist and len(chars.symmetric_difference(t)) <= 2 * maxdist
                    and _damerau(s, t, maxdist) <= maxdist):
                alts.append(_Alt((t,), W_FUZZY))
        for t in st.prefix_terms(s[:4], limit=200) if len(s) >= 3 else []:
            alts.append(_Alt((t,), W_FUZZY))
        if alts:
            alts.sort(key=lambda a: -st.known(a.terms[0]))
            groups.append(_Group(w, alts[:20]))
    return groups


def _suggest_from(st: _State, groups: list[_Group], words: list[str]) -> str | None:
    out = []
    for w in words:
        g = next((g for g in groups if g.word == w), None)
        if g and g.alts:
            out.append(_surface(st, g.alts[0].terms[0]) or g.alts[0].terms[0])
        else:
            out.append(w)
    return " ".join(out)


def _surface(st: _State, term: str) -> str | None:
    """A word as written in the articles whose stem is ``term``."""
    ids = st.postings("title", term) or st.postings("body", term)
    forms: Counter[str] = Counter()
    for d in list(ids)[:5]:
        sf = st.reader.stored_fields(d)
        for tok in _WORD_RE.findall(f"{sf.get('title', '')} {sf.get('body', '')}"):
            lw = fold(tok)
            if stem(lw) == term:
                forms[lw] += 1
    return forms.most_common(1)[0][0] if forms else None


# --------------------------------------------------------------------------- scoring


def _alt_scores(st: _State, alt: _Alt) -> dict[str, dict[int, float]]:
    """field -> docnum -> score for one alternative (all its terms required)."""
    out: dict[str, dict[int, float]] = {}
    if len(alt.terms) == 1:
        for f in alt.fields:
            p = st.postings(f, alt.terms[0])
            if p:
                out[f] = p
        return out
    # a split compound: every part must occur somewhere in the document (any field)
    per_term = []
    for t in alt.terms:
        merged: dict[int, float] = {}
        for f in alt.fields:
            for d, sc in st.postings(f, t).items():
                merged[d] = merged.get(d, 0.0) + sc * FIELD_BOOST[f]
        per_term.append(merged)
    common = set(per_term[0])
    for m in per_term[1:]:
        common &= set(m)
    if common:
        out["_all"] = {d: sum(m[d] for m in per_term) / len(per_term) for d in common}
    return out


def _group_scores(st: _State, g: _Group, allowed: set[int] | None) -> tuple[dict[int, float], set[str]]:
    """docnum -> score of one query word: per field the best alternative, summed over fields."""
    per_field: dict[str, list[tuple[float, dict[int, float]]]] = defaultdict(list)
    terms: set[str] = set()
    for alt in g.alts:
        scored = _alt_scores(st, alt)
        if not scored:
            continue
        terms.update(alt.terms)
        for f, post in scored.items():
            per_field[f].append((alt.weight * FIELD_BOOST.get(f, 1.0), post))
    field_scores: list[dict[int, float]] = []
    for lst in per_field.values():
        lst.sort(key=lambda bp: -len(bp[1]))
        boost, post = lst[0]
        if allowed is not None:
            post = {d: v for d, v in post.items() if d in allowed} if len(post) < len(allowed) else {
                d: post[d] for d in allowed if d in post}
        bf = dict(post) if boost == 1.0 else {d: v * boost for d, v in post.items()}
        get = bf.get
        for boost, post in lst[1:]:
            for d, v in post.items():
                if allowed is not None and d not in allowed:
                    continue
                v *= boost
                if v > get(d, 0.0):
                    bf[d] = v
        if bf:
            field_scores.append(bf)
    if not field_scores:
        return {}, terms
    field_scores.sort(key=len, reverse=True)
    total = field_scores[0]
    for bf in field_scores[1:]:
        get = total.get
        for d, v in bf.items():
            total[d] = get(d, 0.0) + v
    return total, terms


FEEDBACK_DOCS = 5
FEEDBACK_TERMS = 10
FEEDBACK_BETA = 0.45
THIN_RESULTS = 20
FEEDBACK_MAX_DF = 5000
DATE_SORT_FLOOR = 0.3
COMMON_FRACTION = 0.3  # a word in more than this share of the articles only re-ranks...
COMMON_MIN_DOCS = 2000  # ...once the index is this large (the idea of Lucene's CommonTermsQuery)


def _score(
    st: _State,
    groups: list[_Group],
    allowed: set[int] | None,
    use_feedback: bool = True,
    coverage: bool = True,
) -> tuple[dict[int, float], set[str]]:
    """Coverage-weighted scores of all matching documents, plus the matched index terms."""
    per_group = []
    terms: set[str] = set()
    for g in groups:
        sc, t = _group_scores(st, g, allowed)
        if sc:
            per_group.append(sc)
            terms |= t
    if not per_group:
        return {}, terms
    n = len(per_group)
    N = st.n_docs
    gidf = [math.log(1.0 + N / len(sc)) for sc in per_group]
    gsum = sum(gidf)
    if n == 1:
        scores = dict(per_group[0])
        cover = None
    else:
        big = N >= COMMON_MIN_DOCS
        rare = [i for i, sc in enumerate(per_group) if not (big and len(sc) > COMMON_FRACTION * N)]
        if not rare:
            rare = list(range(n))
        order = sorted(rare, key=lambda i: -len(per_group[i]))
        scores = dict(per_group[order[0]])
        cover = dict.fromkeys(scores, 1)
        covw = dict.fromkeys(scores, gidf[order[0]])
        for i in order[1:]:
            w = gidf[i]
            sget, cget, wget = scores.get, cover.get, covw.get
            for d, v in per_group[i].items():
                scores[d] = sget(d, 0.0) + v
                cover[d] = cget(d, 0) + 1
                covw[d] = wget(d, 0.0) + w
        for i in range(n):
            if i in rare:
                continue
            sc, w = per_group[i], gidf[i]
            for d in scores:  # common words only re-rank what the rarer words found
                v = sc.get(d)
                if v is not None:
                    scores[d] += v
                    cover[d] += 1
                    covw[d] += w
        if coverage:
            for d, cw in covw.items():
                frac = cw / gsum
                scores[d] *= 0.2 + 0.8 * frac * frac
    if use_feedback and len(scores) < N:
        full = len(scores) if cover is None else sum(1 for c in cover.values() if c == n)
        if full < THIN_RESULTS:
            _feedback(st, scores, cover or dict.fromkeys(scores, 1), n, terms, allowed)
    return scores, terms


def _feedback(
    st: _State,
    scores: dict[int, float],
    cover: dict[int, int],
    n: int,
    qterms: set[str],
    allowed: set[int] | None,
) -> None:
    """Pseudo-relevance feedback: add the distinctive terms of the best hits, with a low weight."""
    maxcov = max(cover.values())
    top = sorted((d for d in scores if cover[d] == maxcov), key=lambda d: -scores[d])[:FEEDBACK_DOCS]
    if not top:
        return
    top_score = scores[top[0]]
    rel_w = {d: max(0.2, scores[d] / top_score) for d in top}
    wsum = sum(rel_w.values())
    fdf: Counter[str] = Counter()
    fw: dict[str, float] = defaultdict(float)
    for d in top:
        sf = st.reader.stored_fields(d)
        toks = {stem(w) for w in tokenize(f"{sf.get('title', '')} {sf.get('body', '')}")
                if w not in STOPWORDS and len(w) > 1}
        fdf.update(toks)
        for t in toks:
            fw[t] += rel_w[d] / wsum
    N = st.n_docs
    cands = []
    for t in fdf:
        if t in qterms:
            continue
        df = st.df("body", t)
        if df < 2 or df > 0.2 * N or df > FEEDBACK_MAX_DF:
            continue
        w = fw[t] * math.log(N / df)
        cands.append((w, t))
    cands.sort(reverse=True)
    chosen = cands[:FEEDBACK_TERMS]
    if not chosen:
        return
    wmax = chosen[0][0]
    fb: dict[int, float] = defaultdict(float)
    for w, t in chosen:
        for f in ("title", "body"):
            for d, sc in st.postings(f, t).items():
                if allowed is not None and d not in allowed:
                    continue
                fb[d] += (w / wmax) * sc * FIELD_BOOST[f]
    if not fb:
        return
    fbmax = max(fb.values())
    scale = FEEDBACK_BETA * top_score / fbmax
    for d, v in fb.items():
        scores[d] = scores.get(d, 0.0) + v * scale


# --------------------------------------------------------------------------- hits, snippets, themes

SNIPPET_CHARS = 220
_SENT_RE = re.compile(r"[^.!?]+[.!?]?")


def _make_hit(st: _State, docnum: int, score: float, terms: set[str]) -> Hit:
    sf = st.reader.stored_fields(docnum)
    date_s = sf.get("date", "") or ""
    published = None
    if date_s and not date_s.endswith("-00-00"):
        try:
            published = datetime.date.fromisoformat(date_s)
        except ValueError:
            published = None
    year_s = sf.get("year", "") or "0"
    return Hit(
        reference=sf.get("reference", ""),
        title=sf.get("title", ""),
        theme=sf.get("theme", ""),
        department=sf.get("department", ""),
        outcome=sf.get("outcome", ""),
        year=int(year_s) if year_s.isdigit() else 0,
        published=published,
        snippet=make_snippet(sf.get("body", "") or "", terms),
        score=round(float(score), 4),
    )


def make_snippet(text: str, terms: set[str], max_chars: int = SNIPPET_CHARS) -> str:
    """HTML-safe snippet: the sentences with most matched terms, matches wrapped in <mark>."""
    if not text:
        return ""
    sentences = list(dict.fromkeys(m.group(0).strip() for m in _SENT_RE.finditer(text) if m.group(0).strip()))
    if not sentences:
        sentences = [text]

    def hits_in(sent: str) -> int:
        return len({stem(fold(w)) for w in _WORD_RE.findall(sent)} & terms) if terms else 0

    ranked = sorted(range(len(sentences)), key=lambda i: (-hits_in(sentences[i]), i))
    chosen: list[int] = []
    length = 0
    for i in ranked:
        if chosen and (hits_in(sentences[i]) == 0 or length + len(sentences[i]) > max_chars):
            break
        chosen.append(i)
        length += len(sentences[i]) + 1
    chosen.sort()
    snippet = " ".join(sentences[i] for i in chosen)
    cut = len(snippet) > max_chars
    if cut:
        snippet = snippet[:max_chars].rsplit(" ", 1)[0]
    out = []
    pos = 0
    for m in _WORD_RE.finditer(snippet):
        out.append(html.escape(snippet[pos : m.start()]))
        word = m.group(0)
        if terms and stem(fold(word)) in terms:
            out.append(f"<mark>{html.escape(word)}</mark>")
        else:
            out.append(html.escape(word))
        pos = m.end()
    out.append(html.escape(snippet[pos:]))
    return "".join(out) + (" …" if cut else "")


def _trigrams(text: str) -> set[str]:
    t = f"  {fold(text)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def _nearest_themes(st: _State, q: str, allowed: set[int] | None, n: int = 5) -> list[str]:
    """Themes to offer when nothing matched: by letter similarity to the query, then by size."""
    themes = st.facets_for(None).get("theme", [])
    if not themes:
        return []
    qg = _trigrams(q) if q.strip() else set()
    dept = st.column("department")
    theme_col = st.column("theme")
    dept_of: dict[str, set[str]] = defaultdict(set)
    for d in st.live_docs()[:20_000]:
        dept_of[theme_col[d]].add(dept[d])

    def sim(name: str) -> float:
        if not qg:
            return 0.0
        best = 0.0
        for label in [name, *dept_of.get(name, ())]:
            g = _trigrams(label)
            best = max(best, len(qg & g) / max(1, len(qg | g)))
        return best

    size = {t: c for t, c in themes}
    ranked = sorted(size, key=lambda t: (-sim(t), -size[t], t))
    return ranked[:n]
