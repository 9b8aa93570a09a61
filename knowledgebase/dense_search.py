"""The vectorised search: :meth:`.search.SearchIndex._search` with :mod:`.dense` scoring and array facets.

Per index generation it keeps a few arrays by docnum (about 3 MB at 100,000 articles): codes of each facet value,
of the (theme, department) pair, the newest-first order, a date rank and the own-article flag. Facet counts are
one ``bincount`` per facet over the result mask instead of a pass over every hit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .analysis import MAX_QUERY_CHARS, MAX_QUERY_TOKENS, STOPWORDS, fold, stem, tokenize
from .datatypes import FACET_KEYS, Hit, SearchQuery, SearchResult
from .dense import allowed_mask, postings_arrays, ranked_ids, score_dense, size_of
from .dense_select import date_page, select, top_page
from .hits import _make_hit, _nearest_themes
from .planning import W_EXACT, _Alt, _fuzzy_plan, _Group, _key_words, _plan, _suggest_from
from .reader import _State


class _Codes:
    """A column of strings as integer codes (one per distinct value; ``values[code]`` gives it back)."""

    def __init__(self, column: list[str], size: int):
        index: dict[str, int] = {"": 0}  # code 0: no value (also for docnums past the column's end)
        codes = np.zeros(size, dtype=np.int32)
        for d, v in enumerate(column[:size]):
            codes[d] = index.setdefault(v, len(index))
        self.codes = codes
        self.values = list(index)


def _arrays(st: _State) -> dict:
    """The per-generation arrays (built once, in the background by ``warm``)."""
    got = st._dense
    if "facets" not in got:
        n = size_of(st)
        facets = {key: _Codes(st.column(key), n) for key in FACET_KEYS}
        theme, dept = facets["theme"].codes, facets["department"].codes
        kind = theme.astype(np.int64) * (len(facets["department"].values) + 1) + dept
        dates = _Codes(st.column("date"), n)
        order_of = sorted(range(len(dates.values)), key=dates.values.__getitem__)
        rank = np.zeros(len(dates.values), dtype=np.int32)
        rank[order_of] = np.arange(len(order_of), dtype=np.int32)
        live = np.zeros(n, dtype=bool)
        live[np.array(st.live_docs(), dtype=np.int64)] = True
        got.update(
            facets=facets,
            theme=theme,
            kind=kind,
            date_rank=rank[dates.codes],
            order=np.array(st.date_order(), dtype=np.int32),
            own=np.array([v == "1" for v in st.column("own")[:n]], dtype=bool),
            live=live,
        )
    return got


def warm(st: _State) -> None:
    """Build the arrays before the first query needs them."""
    _arrays(st)


def facets_of(st: _State, mask: np.ndarray) -> dict[str, list[tuple[str, int]]]:
    """Facet counts over the documents of ``mask``, most frequent value first (as ``facets_for``)."""
    arr = _arrays(st)
    ids = np.flatnonzero(mask)  # once: indexing by docnums is faster than by a mask, five times
    out: dict[str, dict[str, int]] = {}
    for key, codes in arr["facets"].items():
        counts = np.bincount(codes.codes[ids], minlength=len(codes.values))
        out[key] = {codes.values[i]: int(counts[i]) for i in np.flatnonzero(counts)}
    return st._sorted(out)


def search(
    st: _State, query: SearchQuery, page: int, per_page: int, sort: str, planned: tuple | None = None
) -> SearchResult:
    """One page of results, facets, related material and suggestion, identical to the exhaustive path.

    ``planned``: the query's ``_plan`` when the caller has it already.
    """
    arr = _arrays(st)
    q = (query.q or "")[:MAX_QUERY_CHARS]
    allowed = allowed_mask(st, query)
    words = [w for w in tokenize(q)][: MAX_QUERY_TOKENS * 3]
    content = [w for w in words if w not in STOPWORDS and len(w) > 1][:MAX_QUERY_TOKENS]
    suggestion = None
    related: list[Hit] = []
    expanded: set[int] = set()
    terms: set[str] = set()
    if not content:  # browse: everything (filtered), newest first
        order = arr["order"]
        docs = order if allowed is None else order[allowed[order]]
        ranked = [(int(d), 0.0) for d in docs[: page * per_page]]
        facets = st.facets_for(None) if allowed is None else facets_of(st, allowed & arr["live"])
        total = len(docs)
    else:
        groups, suggestion = planned if planned is not None else _plan(st, content)
        scored = score_dense(st, groups, allowed)
        fuzzy = None
        if not scored.scores.mask.any():
            groups2 = _fuzzy_plan(st, content)
            if groups2:
                fuzzy = score_dense(st, groups2, allowed, use_feedback=False)
                if fuzzy.scores.mask.any() and suggestion is None:
                    suggestion = _suggest_from(st, groups2, content)
        picked = select(scored, fuzzy, arr["kind"], arr["theme"])
        need = page * per_page
        if sort == "date":
            ranked = date_page(picked, need, arr["date_rank"])
        else:
            ranked = top_page(picked, need, arr["own"])
        facets = facets_of(st, picked.mask)
        total = int(np.count_nonzero(picked.mask))
        terms = scored.terms | (fuzzy.terms if fuzzy else set())
        related = [_make_hit(st, d, s, terms, reason=why) for d, s, why in picked.related]
        expanded = picked.expanded
    start = (page - 1) * per_page
    hits = [
        _make_hit(st, d, s, terms, match="expanded" if d in expanded else "direct")
        for d, s in ranked[start : start + per_page]
    ]
    nearest: list[str] = []
    if total == 0:
        nearest = _nearest_themes(st, q, _as_set(allowed))
    if suggestion is not None and (total == 0 or fold(suggestion) == fold(" ".join(content))):
        suggestion = None  # a correction that finds nothing is no help
    return SearchResult(total, hits, page, per_page, facets, suggestion, nearest, related)


def _as_set(mask: np.ndarray | None) -> set[int] | None:
    return None if mask is None else {int(d) for d in np.flatnonzero(mask)}


Engine = Callable[[_State, SearchQuery, int, int, str], SearchResult]


def similar(st: _State, text: str, limit: int) -> list[Hit]:
    """Articles similar to free text, as :meth:`.search.SearchIndex._similar` computes them."""
    words = [w for w in tokenize(text[:5000]) if w not in STOPWORDS and len(w) > 1]
    if not words:
        return []
    if len(words) > MAX_QUERY_TOKENS:
        words = _key_words(st, words, MAX_QUERY_TOKENS)
    groups, _ = _plan(st, words)
    scored = score_dense(st, groups, None, use_feedback=False)
    ids = np.flatnonzero(scored.scores.mask)
    best = ranked_ids(ids, scored.scores.val[ids], limit)
    return [_make_hit(st, int(d), float(scored.scores.val[d]), scored.terms) for d in best]


def related(st: _State, reference: str, limit: int) -> list[Hit]:
    """Articles related to one article, as :meth:`.search.SearchIndex._related` computes them."""
    found = postings_arrays(st, "reference", str(reference))[0]
    if not len(found):
        return []
    me = int(found[0])
    sf = st.reader.stored_fields(me)
    text = f"{sf.get('title', '')} {sf.get('title', '')} {sf.get('body', '')}"
    words = _key_words(st, [w for w in tokenize(text) if w not in STOPWORDS and len(w) > 1], 10)
    groups = [_Group(w, [_Alt((stem(w),), W_EXACT, ("title", "body"))]) for w in words]
    scored = score_dense(st, groups, None, use_feedback=False, coverage=False)
    mask = scored.scores.mask.copy()
    mask[me] = False
    facets = _arrays(st)["facets"]
    theme, dept = facets["theme"].codes, facets["department"].codes
    val = scored.scores.val * (1.0 + 0.15 * (theme == theme[me]) + 0.15 * (dept == dept[me]))
    ids = np.flatnonzero(mask)
    return [_make_hit(st, int(d), float(val[d]), scored.terms) for d in ranked_ids(ids, val[ids], limit)]
