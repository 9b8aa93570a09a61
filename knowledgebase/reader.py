"""Reading the index: one cached Whoosh searcher per live generation, its lexicon and its postings."""

from __future__ import annotations

import bisect
import os
import re
import warnings
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterator
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from whoosh import scoring
    from whoosh.filedb.filestore import FileStorage
    from whoosh.util.numeric import byte_to_length

    try:  # fast bulk reading of postings blocks; optional (falls back to the matcher API)
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
        from whoosh.matching.wrappers import FilterMatcher
    except ImportError:  # pragma: no cover - other Whoosh builds
        W3LeafMatcher = None

import numpy as np

from .blocks import _decode_blocks
from .facets import FacetsMixin

_LENGTH_CACHE: dict[tuple, np.ndarray] = {}
_COLUMN_CACHE: dict[tuple, list[str]] = {}
SEGMENT_CACHE_ENTRIES = 24  # per-segment field lengths and columns kept (one entry: a list per document)
RESULT_CACHE_ENTRIES = 2048  # whole search results per generation (a few kB each)...
RESULT_CACHE_BYTES = 12_000_000  # ...and at most about this many bytes of them (estimated by result_bytes)
POSTINGS_CACHE_ENTRIES = 50_000  # (docnum, score) pairs kept as ready dicts (~5 MB; the dense search reads arrays)
PACKED_POSTINGS_ENTRIES = 3_000_000  # pairs kept packed in arrays, 12 bytes a pair (~36 MB): no re-reading
EXPAND_CACHE_LOOKUPS = 20_000  # remembered lexicon lookups (prefixes, suffixes, spellings)...
EXPAND_CACHE_TERMS = 200_000  # ...holding at most this many terms in all (~15 MB)


SURFACE_FILE = "words.lex"  # in a generation directory: "word<TAB>articles" lines, sorted


def write_surface(gen_dir: Path, counts: Counter) -> None:
    """Write a generation's surface-word list atomically."""
    tmp = gen_dir / f".{SURFACE_FILE}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(f"{w}\t{n}\n" for w, n in sorted(counts.items()))
    os.replace(tmp, gen_dir / SURFACE_FILE)


def read_surface(gen_dir: Path) -> Counter:
    """A generation's surface-word list (empty when it has none)."""
    out: Counter = Counter()
    try:
        with open(gen_dir / SURFACE_FILE, encoding="utf-8") as fh:
            for line in fh:
                w, _, n = line.rstrip("\n").partition("\t")
                if w:
                    out[w] = int(n or 0)
    except OSError:
        pass
    return out


def result_bytes(result: object) -> int:
    """A generous estimate of the memory a cached search result holds (objects, strings, facet lists)."""
    size = 2000
    for hit in (*getattr(result, "hits", ()), *getattr(result, "related", ())):
        size += 1000 + sum(len(v) for v in vars(hit).values() if isinstance(v, str))
    for values in getattr(result, "facets", {}).values():
        size += 100 + 200 * len(values)
    size += 80 * len(getattr(result, "nearest_themes", ()))
    return size


class _State(FacetsMixin):
    """A cached searcher for one live index generation, plus per-generation caches."""

    def __init__(self, gen_dir: Path):
        self.gen_dir = gen_dir
        self.pid = os.getpid()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # No mmap: with it Whoosh copies each member of a compound segment (postings, term index) into a
            # BytesIO, about half the index size in anonymous memory per worker. Plain reads share the page cache.
            self.ix = FileStorage(str(gen_dir), supports_mmap=False, readonly=True).open_index()
        self.B, self.K1 = 0.6, 1.2
        self.searcher = self.ix.searcher(weighting=scoring.BM25F(B=self.B, K1=self.K1))
        self._reset()

    def _reset(self) -> None:
        self.reader = self.searcher.reader()
        self.n_docs = max(1, self.reader.doc_count())
        self._columns: dict[str, list[str]] = {}
        self._date_order: list[int] | None = None
        self._all_facets: dict[str, list[tuple[str, int]]] | None = None
        self._value_bits: dict[str, dict[str, int]] | None = None
        self._bits_size = 1
        self._live: list[int] | None = None
        self._df: dict[tuple[str, str], int] = {}
        self._expand: dict[tuple[str, str], list[str]] = {}
        self._expand_items = 0
        self._postings: OrderedDict[tuple[str, str], dict[int, float]] = OrderedDict()  # LRU of ready dicts
        self._post_entries = 0
        self._packed: OrderedDict[tuple[str, str], tuple[array, array]] = OrderedDict()  # LRU, docnums and scores
        self._packed_entries = 0
        self._dense: dict[str, object] = {}  # per-generation arrays of the vectorised search (dense_search.py)
        self._vocab: str | None = None
        self._surface_keys: list[str] | None = None
        self._surface_df: dict[str, int] = {}
        self._rev_keys: list[str] = []
        self._rev_df: list[int] = []
        self.results: OrderedDict[tuple, tuple[int, object]] = OrderedDict()  # per generation: (bytes, result)
        self._result_bytes = 0
        self.warmed = False

    def refresh_if_stale(self) -> None:
        if not self.searcher.up_to_date():
            old = self.searcher
            self.searcher = self.ix.searcher(weighting=scoring.BM25F(B=self.B, K1=self.K1))
            self._reset()
            try:
                old.close()
            except Exception:
                pass

    def cached_result(self, key: tuple) -> object | None:
        """A result computed before for ``key`` on this generation (None when not cached)."""
        got = self.results.get(key)
        if got is None:
            return None
        self.results.move_to_end(key)
        return got[1]

    def cache_result(self, key: tuple, value: object) -> None:
        """Remember a result; the oldest go first when the cache holds too many entries or bytes."""
        size = result_bytes(value)
        if size > RESULT_CACHE_BYTES // 8:
            return  # one huge page (per_page=100 of long snippets) does not push out many small ones
        old = self.results.pop(key, None)
        if old is not None:
            self._result_bytes -= old[0]
        self.results[key] = (size, value)
        self._result_bytes += size
        while self.results and (len(self.results) > RESULT_CACHE_ENTRIES or self._result_bytes > RESULT_CACHE_BYTES):
            _key, (gone, _value) = self.results.popitem(last=False)
            self._result_bytes -= gone

    def warm(self) -> None:
        """Load what the first query would otherwise load: columns, facets, date order, lengths, vocabulary."""
        if self.warmed:
            return
        for name in ("theme", "department", "outcome", "year", "date"):
            self.column(name)
        self.facets_for(None)
        self.date_order()
        for leaf, _base in self.reader.leaf_readers():
            for fieldname in ("title", "body", "meta"):
                try:
                    self._lengths(leaf, fieldname)
                except Exception:
                    pass
        self._lexicon()
        self._surface()
        self.warmed = True

    def close(self) -> None:
        try:
            self.searcher.close()
        except Exception:
            pass

    # ---- lexicon helpers
    def df(self, fieldname: str, term: str) -> int:
        key = (fieldname, term)
        v = self._df.get(key)
        if v is None:
            try:
                v = self.reader.doc_frequency(fieldname, term)
            except Exception:
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

    def _lexicon(self) -> None:
        """The title and body vocabulary in memory: a text blob (infix search) and reversed terms (suffixes).

        Built once per generation (in the background by warm()); replaces a reversed-terms index field,
        which cost the build a third more postings.
        """
        if self._vocab is not None:
            return
        df: dict[str, int] = {}
        for fname in ("body", "title"):
            for b, ti in self.reader.iter_field(fname):
                t = b.decode("utf-8") if isinstance(b, bytes) else b
                n = ti.doc_frequency()
                if n > df.get(t, 0):
                    df[t] = n
        rev = sorted((t[::-1], n) for t, n in df.items())
        self._rev_keys = [r for r, _ in rev]
        self._rev_df = [n for _, n in rev]
        self._vocab = "\n" + "\n".join(sorted(df)) + "\n"

    def _surface(self) -> None:
        """The surface words as written in the articles (folded), from the word list or an older index's field."""
        if self._surface_keys is not None:
            return
        if "words" in self.reader.schema.names():
            df = {}
            for b, ti in self.reader.iter_field("words"):
                df[b.decode("utf-8") if isinstance(b, bytes) else b] = ti.doc_frequency()
        else:
            df = dict(read_surface(self.gen_dir))
        self._surface_df = df
        self._surface_keys = sorted(df)

    def surface_df(self, word: str) -> int:
        """Articles holding the surface word (0: no article writes it like this)."""
        self._surface()
        return self._surface_df.get(word, 0)

    def surface_prefix(self, prefix: str) -> Iterator[str]:
        """Surface words starting with ``prefix``, in order."""
        self._surface()
        keys = self._surface_keys or []
        i = bisect.bisect_left(keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            yield keys[i]
            i += 1

    def _suffix_scan(self, suffix: str, limit: int) -> Iterator[tuple[str, int]]:
        """(term, document frequency) of the terms ending with ``suffix``, in reversed-term order."""
        self._lexicon()
        key = suffix[::-1]
        keys = self._rev_keys
        i = bisect.bisect_left(keys, key)
        end = min(len(keys), i + limit)
        while i < end and keys[i].startswith(key):
            yield keys[i][::-1], self._rev_df[i]
            i += 1

    def suffix_terms(self, suffix: str, limit: int = 4000) -> list[str]:
        """Stemmed terms (title or body) ending with ``suffix``."""
        key = ("s", suffix)
        got = self._expand.get(key)
        if got is None:
            got = [t for t, _ in self._suffix_scan(suffix, limit)]
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
            for t, n in self._suffix_scan(affix, limit):
                got[t] = max(got.get(t, 0), n)
            self._cache_expand(key, got)
        return got

    def infix_terms(self, part: str, limit: int = 100) -> list[str]:
        """Terms that hold ``part`` strictly inside (at least three letters on either side)."""
        self._lexicon()
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
        """Remember a lexicon lookup; bounded by the number of terms held, not only by the lookups."""
        size = 1 + (len(value) if isinstance(value, (list, dict)) else 0)
        self._expand_items += size
        if len(self._expand) >= EXPAND_CACHE_LOOKUPS or self._expand_items > EXPAND_CACHE_TERMS:
            self._expand.clear()
            self._expand_items = size
        self._expand[key] = value

    def postings(self, fieldname: str, term: str) -> dict[int, float]:
        """docnum -> BM25F score of ``term`` in ``fieldname`` (cached per generation; callers must not change it).

        Two bounded LRU caches: the most recently used postings as ready dicts, and many more packed in arrays
        (docnums and the same float scores, 12 bytes a pair), which become a dict again without reading the index.
        """
        key = (fieldname, term)
        got = self._postings.get(key)
        if got is not None:
            self._postings.move_to_end(key)
            return got
        ids, scores = self.postings_packed(fieldname, term)
        got = dict(zip(ids, scores, strict=True))
        size = len(got) + 1
        if size <= POSTINGS_CACHE_ENTRIES:
            self._postings[key] = got
            self._post_entries += size
            while self._post_entries > POSTINGS_CACHE_ENTRIES:
                _key, old = self._postings.popitem(last=False)
                self._post_entries -= len(old) + 1
        return got

    def postings_packed(self, fieldname: str, term: str) -> tuple[array, array]:
        """(docnums, scores) of ``term`` in ``fieldname`` as arrays (int32, float64), cached in the packed LRU."""
        key = (fieldname, term)
        packed = self._packed.get(key)
        if packed is not None:
            self._packed.move_to_end(key)
            return packed
        packed = self._read_postings(fieldname, term)
        size = len(packed[0]) + 1
        if size <= PACKED_POSTINGS_ENTRIES:
            self._packed[key] = packed
            self._packed_entries += size
            while self._packed_entries > PACKED_POSTINGS_ENTRIES:
                _key, (ids, _scores) = self._packed.popitem(last=False)
                self._packed_entries -= len(ids) + 1
        return packed

    def _read_postings(self, fieldname: str, term: str) -> tuple[array, array]:
        if not self.df(fieldname, term):
            return array("i"), array("d")
        try:
            return self._bulk_postings(fieldname, term)
        except Exception:
            return self._slow_postings(fieldname, term)

    def _slow_postings(self, fieldname: str, term: str) -> tuple[array, array]:
        ids, scores = array("i"), array("d")
        try:
            m = self.searcher.postings(fieldname, term)
        except Exception:
            return ids, scores
        while m.is_active():
            ids.append(m.id())
            scores.append(m.score())
            m.next()
        return ids, scores

    def _bulk_postings(self, fieldname: str, term: str) -> tuple[array, array]:
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
        id_parts: list[np.ndarray] = []
        score_parts: list[np.ndarray] = []
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
            id_blocks, tf_blocks = _decode_blocks(m)
            ids_np = np.concatenate(id_blocks) if id_blocks else np.zeros(0, dtype=np.int64)
            if not scorable:
                scores = np.ones(len(ids_np))
            else:  # the same float operations, in the same order, as one BM25F line per posting in Python
                tf = np.concatenate(tf_blocks) if tf_blocks else np.zeros(0)
                scores = idf * (tf * k1p) / (tf + c1 + c2 * self._lengths(leaf, fieldname)[ids_np])
            if deleted:
                keep = ~np.isin(ids_np, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
                ids_np, scores = ids_np[keep], scores[keep]
            id_parts.append(ids_np + base)
            score_parts.append(scores)
        if not id_parts:
            return array("i"), array("d")
        return (
            array("i", np.concatenate(id_parts).astype(np.int32).tobytes()),
            array("d", np.concatenate(score_parts).tobytes()),
        )

    def _lengths(self, leaf, fieldname: str) -> np.ndarray:
        """Field lengths of every document of one segment (cached per process and segment)."""
        try:
            seg_key = (str(self.gen_dir), leaf.segment().segment_id(), fieldname)
        except Exception:
            seg_key = (str(self.gen_dir), id(leaf), fieldname)
        got = _LENGTH_CACHE.get(seg_key)
        if got is None:
            col = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            n = leaf.doc_count_all()
            if col is None:
                got = np.ones(n + 1)
            else:
                table = np.array([byte_to_length(b) or 1 for b in range(256)], dtype=np.float64)
                got = np.append(table[np.fromiter((col[i] or 0 for i in range(n)), dtype=np.int64, count=n)], 1.0)
            if len(_LENGTH_CACHE) > SEGMENT_CACHE_ENTRIES:
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
        except Exception:
            key = None
        col = _COLUMN_CACHE.get(key) if key else None
        if col is None:
            try:
                cr = leaf.column_reader(name)
                seen: dict[str, str] = {}  # one string object per distinct value, not one per document
                col = [
                    seen.setdefault(s, s)
                    for s in (v.decode("utf-8") if isinstance(v, bytes) else (v or "") for v in cr)
                ]
            except Exception:
                col = [""] * leaf.doc_count_all()
                for dn, sf in leaf.iter_docs():
                    col[dn] = sf.get(name, "") or ""
            if key:
                if len(_COLUMN_CACHE) > SEGMENT_CACHE_ENTRIES:
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
