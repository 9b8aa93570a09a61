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

The module is split by concern: :mod:`.datatypes` (what goes in and out), :mod:`.analysis` (Dutch
analysis and schema), :mod:`.reader` (the cached searcher, lexicon and postings), :mod:`.facets`,
:mod:`.planning` (query words to weighted alternatives), :mod:`.ranking` (scoring) and :mod:`.hits`
(hits and snippets). Searching runs on NumPy arrays: :mod:`.maxscore` and :mod:`.maxscore_search` score only
the postings that can matter (MaxScore with block maxima, ``engine="maxscore"``), :mod:`.dense`,
:mod:`.dense_select` and :mod:`.dense_search` score every posting (``engine="dense"``). The default is
``"maxscore"``: on the bench's query mix it scores 7% of the postings and is as fast as dense (p50 and p95);
``engine="hybrid"`` takes maxscore for queries whose words hold fewer than 40,000 postings and dense above (a few
percent faster still, but it scores every posting of the largest queries). All give the same answers as the
exhaustive dict scorer (:mod:`.reference_search`, ``engine="reference"``). This module keeps
:class:`SearchIndex` (generations, writing, searching) and re-exports the public names.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import threading
import time
import uuid
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: Whoosh's own lock still guards apply()
    fcntl = None

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from whoosh import index as windex

from . import dense_search, maxscore_search, reference_search
from .analysis import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TOKENS,
    STOPWORDS,
    DutchStemFilter,
    DutchStopFilter,
    FoldFilter,
    LexiconField,
    ReverseFilter,
    _doc_fields,
    fold,
    make_schema,
    stem,
    tokenize,
)
from .commons import COMMONS_FIELDS
from .datatypes import FACET_KEYS, ArticleDoc, Hit, SearchBackend, SearchQuery, SearchResult
from .hits import _make_hit, make_snippet
from .planning import W_EXACT, _Alt, _Group, _key_words, _plan
from .ranking import _score
from .reader import _State, read_surface, write_surface

# Indexes built before the split pickled their schema with these classes under this module's name.
_SCHEMA_CLASSES = (DutchStemFilter, DutchStopFilter, FoldFilter, LexiconField, ReverseFilter)

__all__ = [
    "ArticleDoc",
    "SearchQuery",
    "Hit",
    "SearchResult",
    "SearchBackend",
    "SearchIndex",
    "tokenize",
    "stem",
    "make_snippet",
]


# --------------------------------------------------------------------------- the index


_STATES: dict[str, _State] = {}
_LOCKS: dict[str, threading.RLock] = {}
_REGISTRY_LOCK = threading.Lock()
_CHECKED: dict[str, tuple[float, tuple]] = {}  # index key -> (monotonic time, file signature) of the last full check
KEEP_SECONDS = 60.0  # a superseded generation stays this long for the requests still reading it
MAX_SEGMENTS = 6  # apply() adds a segment each time; above this many the small ones are merged in a new generation
OPEN_RETRIES, OPEN_RETRY_SECONDS = 10, 0.05  # as Whoosh's FileIndex.reader() retries a file a writer removed
RECHECK_SECONDS = 1.0  # with an unchanged signature the full check (CURRENT, Whoosh's TOC) runs at most this often


def _after_fork_in_child() -> None:
    """A forked worker (gunicorn, multiprocessing) starts with fresh locks and its own searchers."""
    global _REGISTRY_LOCK
    _STATES.clear()
    _LOCKS.clear()
    _CHECKED.clear()
    _REGISTRY_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


_T = TypeVar("_T")


def _generation_name() -> str:
    return f"ix-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"


def _clamp_int(value, lo: int, hi: int, default: int) -> int:
    try:
        v = int(value)
    except (TypeError, ValueError):
        return default
    return max(lo, min(hi, v))


def _cache_key(query: SearchQuery) -> tuple:
    """Queries that must give the same result share a key (case, accents and spacing of ``q`` folded)."""
    q = " ".join(fold((query.q or "")[:MAX_QUERY_CHARS]).split())
    return (
        q,
        query.theme or None,
        query.department or None,
        query.outcome or None,
        str(query.year) if query.year not in (None, "") else None,
        getattr(query, "municipality", None) or None,
        _clamp_int(query.page, 1, 10_000, 1),
        _clamp_int(query.per_page, 1, 100, 10),
        "date" if str(query.sort).lower() == "date" else "relevance",
    )


def _copy(result: SearchResult) -> SearchResult:
    """A result from the cache, with its own lists (callers may sort or trim them)."""
    return dataclasses.replace(
        result,
        hits=list(result.hits),
        related=list(result.related),
        facets={k: list(v) for k, v in result.facets.items()},
        nearest_themes=list(result.nearest_themes),
    )


class SearchIndex:
    """Whoosh-backed knowledge-base index with Dutch-aware ranking (see module docstring)."""

    def __init__(self, index_dir: str | os.PathLike, engine: str = "maxscore", keep_seconds: float = KEEP_SECONDS):
        """``engine``: "dense" (vectorised, :mod:`.dense_search`), "maxscore" (bounded, :mod:`.maxscore_search`),
        "hybrid" (maxscore for queries whose words hold fewer postings than ``DENSE_FROM``, dense for the others)
        or "reference" (the exhaustive dict scorer). All give the same answers; an unknown name means the default.
        ``keep_seconds``: how long a superseded generation stays for readers still in it (see ``_cleanup``)."""
        self.index_dir = Path(index_dir)
        self.keep_seconds = keep_seconds
        self.engine = engine if engine in ("reference", "dense", "hybrid") else "maxscore"
        self._key: str | None = None

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

        def readable(gen: Path) -> bool:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return windex.exists_in(str(gen))

        return bool(self._open_retrying(self._gen_dir(), readable))

    def _open_retrying(self, gen: Path | None, open_gen: Callable[[Path], _T]) -> _T | None:
        """``open_gen(gen)``, again on the live generation when a writer removed a file it was reading (None when
        there is no readable index).

        Whoosh's own reader retries when a writer's commit deletes a file it is opening; its table-of-contents
        read on opening does not, so a worker's first search during an ``apply`` found no index and answered
        with zero results. Open again, as Whoosh's reader does.
        """
        for attempt in range(OPEN_RETRIES):
            if gen is None:
                return None
            try:
                return open_gen(gen)
            except OSError:
                if attempt == OPEN_RETRIES - 1:
                    return None
                time.sleep(OPEN_RETRY_SECONDS)
                gen = self._gen_dir()  # a rebuild may have swapped generations meanwhile
            except Exception:
                return None
        return None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[_State | None]:
        """The process-wide cached searcher of the live generation, refreshed when stale.

        Whoosh readers seek on shared file objects, so reads of one index are serialised per
        process (the work is CPU-bound under the GIL anyway); writers never block readers.
        """
        key = self._key
        if key is None:
            key = self._key = str(self.index_dir.resolve())
        with _REGISTRY_LOCK:
            lock = _LOCKS.setdefault(key, threading.RLock())
        with lock:
            yield self._state_locked(key)

    def _written(self) -> None:
        """After a write in this process the next read checks the index fully (a change within one clock tick)."""
        _CHECKED.pop(str(self.index_dir.resolve()), None)

    def _signature(self, gen_dir: Path) -> tuple | None:
        """Inode and mtime of CURRENT (replaced on a rebuild) and of the generation directory (a commit adds files)."""
        try:
            cur, gen = os.stat(self._current_file()), os.stat(gen_dir)
        except OSError:
            return None
        return (cur.st_ino, cur.st_mtime_ns, gen.st_ino, gen.st_mtime_ns)

    def _state_locked(self, key: str) -> _State | None:
        st = _STATES.get(key)
        sig = None
        if st is not None and st.pid == os.getpid():  # two stat calls instead of reading CURRENT and listing the TOC
            sig = self._signature(st.gen_dir)
            last = _CHECKED.get(key)
            if sig is not None and last is not None and last[1] == sig and time.monotonic() - last[0] < RECHECK_SECONDS:
                return st
        checked_at = time.monotonic()
        st = self._state_checked(key)
        if st is None:
            _CHECKED.pop(key, None)
        elif sig is not None:
            _CHECKED[key] = (checked_at, sig)  # the signature from before the check: a change after it is seen
        return st

    def _state_checked(self, key: str) -> _State | None:
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
            st = self._open_retrying(gen, _State)
            if st is None:
                return None
            _STATES[key] = st
        else:
            st.refresh_if_stale()
        return st

    def has_fields(self, names: Iterable[str]) -> bool:
        """True when the live generation's schema has every field in ``names`` (False without an index)."""
        with self._reading() as st:
            return st is not None and set(names) <= set(st.ix.schema.names())

    def facet_options(self) -> dict[str, list[str]] | None:
        """Every value of theme, department, outcome and year in the live index, sorted (None without an index).

        From the per-generation facet counts: the search form needs no database query per view.
        """
        with self._reading() as st:
            if st is None:
                return None
            facets = st.facets_for(None)
        out = {key: sorted(v for v, _c in facets.get(key, [])) for key in ("theme", "department", "outcome")}
        years = [v for v, _c in facets.get("year", [])]
        out["year"] = sorted(years, key=lambda v: (0, int(v), v) if v.isdigit() else (1, 0, v))
        return out

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
        try:
            with self._write_lock():
                return self._rebuild_locked(docs, progress)
        finally:
            self._written()

    def _rebuild_locked(self, docs: Iterable[ArticleDoc], progress: Callable[[int], None] | None) -> int:
        name = _generation_name()
        tmp = self.index_dir / f".{name}.building"
        tmp.mkdir()
        count = 0
        surface: Counter[str] = Counter()
        seen: set[str] = set()
        late: dict[str, dict[str, str]] = {}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ix = windex.create_in(str(tmp), make_schema())
                writer = ix.writer(limitmb=256, compound=False)  # plain files: read without copies
                try:
                    for doc in docs:
                        fields = _doc_fields(doc, surface_counts=surface)
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
                    writer = ix.writer(compound=False)
                    for fields in late.values():
                        writer.update_document(**fields)
                    writer.commit(optimize=True)
                ix.close()
            write_surface(tmp, surface)
            self._swap_in(tmp, name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._cleanup(keep={name})
        return len(seen)

    def _swap_in(self, tmp: Path, name: str) -> None:
        """Make the finished generation in ``tmp`` the live one, ``name``: one atomic replace of CURRENT."""
        os.rename(tmp, self.index_dir / name)
        cur_tmp = self.index_dir / f".CURRENT.{uuid.uuid4().hex[:8]}"
        cur_tmp.write_text(name, encoding="utf-8")
        os.replace(cur_tmp, self._current_file())

    def _cleanup(self, keep: set[str]) -> None:
        """Remove superseded generations, keeping the newest previous one and any superseded less than
        ``keep_seconds`` ago: a reader that opened one a moment before still reads files Whoosh opens lazily
        (several merges within one slow request would otherwise delete its generation under it)."""
        gens = sorted(
            (p for p in self.index_dir.glob("ix-*") if p.is_dir() and p.name not in keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        now = time.time()
        for newer, old in zip(gens, gens[1:], strict=False):
            try:
                superseded = newer.stat().st_mtime  # the newer generation was built when this one was superseded
            except OSError:
                superseded = 0.0
            if now - superseded >= self.keep_seconds:
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
        try:
            with self._write_lock():
                self._apply_locked(upserts, deletes)
        finally:
            self._written()
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
            writer = ix.writer(timeout=30.0, delay=0.05, compound=False)
            try:
                for ref in deletes:
                    writer.delete_by_term("reference", ref)
                names = ix.schema.names()
                surface: Counter[str] = Counter()
                for doc in upserts:
                    fields = _doc_fields(doc, rev="rev" in names, words="words" in names, surface_counts=surface)
                    for extra in COMMONS_FIELDS:
                        if extra not in names:  # an index built before the commons: ensure_index rebuilds it
                            fields.pop(extra, None)
                    writer.update_document(**fields)
                if "words" not in names:  # new words join the word list before readers see the change
                    surface.update(read_surface(gen))  # (the counts of removed articles' words stay)
                    write_surface(gen, surface)
                # No merge: a merge deletes the files of the merged segments, and a reader opened a moment
                # before opens its per-document files lazily, so it would find them gone (no stored fields,
                # empty facet columns). Segments pile up until _compact_locked merges them in a new generation.
                writer.commit(merge=False)
            except BaseException:
                writer.cancel()
                raise
            finally:
                segments = len(ix._segments())
                ix.close()
        if segments > MAX_SEGMENTS:
            self._compact_locked(gen)
        else:
            self._cleanup(keep={gen.name})  # generations superseded long enough ago go with any write

    def _compact_locked(self, gen: Path) -> None:
        """Merge the live generation's small segments (Whoosh's usual policy) in a new generation, swapped in.

        The new generation starts as hard links to the live one's files (Whoosh never changes a file it has
        written), so the merge deletes only the new directory's links and no reader loses a file.
        """
        name = _generation_name()
        tmp = self.index_dir / f".{name}.building"
        tmp.mkdir()
        try:
            for f in gen.iterdir():
                if not f.is_file() or f.name.startswith(".") or f.name.endswith("LOCK"):
                    continue
                try:
                    os.link(f, tmp / f.name)
                except OSError:  # a file system without hard links
                    shutil.copy2(f, tmp / f.name)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ix = windex.open_dir(str(tmp))
                try:
                    ix.writer(compound=False).commit()
                finally:
                    ix.close()
            self._swap_in(tmp, name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._cleanup(keep={name})

    # ---- reading
    def search(self, query: SearchQuery) -> SearchResult:
        """Full-text search with filters, facets, snippets, pagination and fallbacks.

        Empty ``q`` browses (newest first). With ``sort="date"`` only the clearly relevant part of
        the result (score >= 30% of the best) is listed, so ``total`` can be lower than by relevance.
        """
        with self._reading() as st:
            if st is None:
                return self._search(st, query)
            key = (self.engine, *_cache_key(query))
            got = st.cached_result(key)
            if got is None:
                got = self._search(st, query)
                st.cache_result(key, got)
            return _copy(got)

    def warm(self) -> bool:
        """Open (or refresh) this process's searcher and load its caches; False without an index.

        Called from a background thread at start and after index changes, so no resident's query pays it.
        """
        with self._reading() as st:
            if st is None:
                return False
            st.warm()
            dense_search.warm(st)
            return True

    def _search(self, st: _State | None, query: SearchQuery) -> SearchResult:
        page = _clamp_int(query.page, 1, 10_000, 1)
        per_page = _clamp_int(query.per_page, 1, 100, 10)
        sort = "date" if str(query.sort).lower() == "date" else "relevance"
        if st is None:
            return SearchResult(0, [], page, per_page, {k: [] for k in FACET_KEYS}, None, [])
        if self.engine == "dense":
            return dense_search.search(st, query, page, per_page, sort)
        if self.engine == "maxscore":
            return maxscore_search.search(st, query, page, per_page, sort)
        if self.engine == "hybrid":
            return maxscore_search.search(st, query, page, per_page, sort, maxscore_search.DENSE_FROM)
        return reference_search.search(st, query, page, per_page, sort)

    def similar(self, text: str, limit: int = 3) -> list[Hit]:
        """Articles similar to free text (e.g. the subject a resident is typing)."""
        with self._reading() as st:
            return self._similar(st, text, limit)

    def _similar(self, st: _State | None, text: str, limit: int) -> list[Hit]:
        limit = _clamp_int(limit, 1, 50, 3)
        if st is None or not text:
            return []
        if self.engine != "reference":  # "maxscore" too: the whole ranked list is short, nothing to bound
            return dense_search.similar(st, text, limit)
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
        if self.engine != "reference":
            return dense_search.related(st, reference, limit)
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
