"""The exhaustive search: every posting of every query word scored in Python dicts (:mod:`.ranking`).

Kept as the oracle of the vectorised engine (:mod:`.dense_search`, the default): ``SearchIndex(path,
engine="reference")`` searches this way, and ``tests/knowledgebase/test_kb_dense.py`` compares both.
"""

from __future__ import annotations

import heapq

from .analysis import MAX_QUERY_CHARS, MAX_QUERY_TOKENS, STOPWORDS, fold, tokenize
from .commons import own_first
from .datatypes import Hit, SearchQuery, SearchResult
from .hits import _make_hit, _nearest_themes
from .planning import _filter_set, _fuzzy_plan, _plan, _suggest_from
from .ranking import _top, score_query
from .reader import _State
from .selection import select


def search(st: _State, query: SearchQuery, page: int, per_page: int, sort: str) -> SearchResult:
    """One page of results, facets, related material and suggestion."""
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
        related: list[Hit] = []
        expanded: set[int] = set()
    else:
        groups, suggestion = _plan(st, content)
        scored = score_query(st, groups, allowed)
        fuzzy = None
        if not scored.scores:
            groups2 = _fuzzy_plan(st, content)
            if groups2:
                fuzzy = score_query(st, groups2, allowed, use_feedback=False)
                if fuzzy.scores and suggestion is None:
                    suggestion = _suggest_from(st, groups2, content)
        theme, dept = st.column("theme"), st.column("department")
        picked = select(scored, fuzzy, lambda d: (theme[d], dept[d]))
        results = picked.results
        need = page * per_page
        if sort == "date":
            dates = st.column("date")
            ranked = heapq.nlargest(need, results.items(), key=lambda kv: (dates[kv[0]], kv[1], -kv[0]))
        else:
            ranked = own_first(results, _top(results, need + 1), need, st.column("own"))
        facets = st.facets_for(results)
        total_override = len(results)
        terms = scored.terms | (fuzzy.terms if fuzzy else set())
        related = [_make_hit(st, d, s, terms, reason=why) for d, s, why in picked.related]
        expanded = picked.expanded

    total = total_override
    start = (page - 1) * per_page
    hits = [
        _make_hit(st, d, s, terms, match="expanded" if d in expanded else "direct")
        for d, s in ranked[start : start + per_page]
    ]
    nearest: list[str] = []
    if total == 0:
        nearest = _nearest_themes(st, q, allowed)
    if suggestion is not None and (total == 0 or fold(suggestion) == fold(" ".join(content))):
        suggestion = None  # a correction that finds nothing is no help
    return SearchResult(total, hits, page, per_page, facets, suggestion, nearest, related)
