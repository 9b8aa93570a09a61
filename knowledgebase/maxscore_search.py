"""The search of engine "maxscore": :mod:`.dense_search` with :mod:`.maxscore`'s bounded scoring.

The selection rules are those of :mod:`.dense_select` (cut-off, expansion, related, pages); where they compare a
score with a threshold or take the best scores, the bounds of :class:`.maxscore.Bounded` decide first and a
document's exact score is computed only when its bounds lie on both sides.
"""

from __future__ import annotations

import numpy as np

from . import dense_search
from .analysis import MAX_QUERY_CHARS, MAX_QUERY_TOKENS, STOPWORDS, fold, tokenize
from .datatypes import Hit, SearchQuery, SearchResult
from .dense import DScored, allowed_mask, ranked_ids, score_dense
from .dense_search import _arrays, _as_set, facets_of
from .dense_select import DSelection, _single_kind, date_page, top_page
from .hits import _make_hit, _nearest_themes
from .maxscore import Bounded, score_bounded
from .planning import _fuzzy_plan, _plan, _suggest_from
from .reader import _State
from .selection import (
    COVER_LOW,
    COVER_MIN,
    CUT_FLOOR,
    EXPAND_STRONG,
    EXPAND_WHEN,
    FULL_SPAN,
    PARTIAL_MIN,
    RELATED_FEEDBACK,
    RELATED_MAX,
    RELATED_WHEN,
    _quote,
)


def cut(b: Bounded, kind: np.ndarray, need: int = 1) -> np.ndarray:
    """:func:`.dense_select.cut` with bounds, on the match set's documents: the mask of the results.

    The best score is found among the ``need`` best (the page's), so that the page needs no second pass.
    """
    none = np.zeros_like(b.mask)
    ids = b.ids
    if ids is None or not len(ids):
        return none
    assert b.val is not None
    best = b.best(ids, need, b.mask)
    top = float(b.val[best].max())
    floor = CUT_FLOOR * top
    if isinstance(b.cover, float):  # one word matched exactly: one tier
        if b.cover < COVER_MIN:
            return none
        keep = b.at_least(np.ones(len(ids), dtype=bool), floor)
    else:
        cover, span = b.m_cover, b.m_span
        assert cover is not None and span is not None
        eligible = cover >= COVER_LOW
        if not eligible.any():
            return none
        best_cover = max(0.0, float(cover[eligible].max()))
        best_span = span if isinstance(span, float) else max(0.0, float(span[eligible].max()))
        if best_cover < COVER_MIN:
            return none
        tier = b.at_least(eligible & (span >= FULL_SPAN * best_span) & (cover >= COVER_MIN), floor)
        kinds = kind[ids]
        subject = _single_kind(np.flatnonzero(tier), kinds)
        rest = eligible & ~tier
        keep = tier | b.at_least(rest, PARTIAL_MIN * top)  # PARTIAL_MIN of the best is above CUT_FLOOR of it
        if subject is not None:
            keep |= b.at_least(rest & (kinds == subject), floor)
    none[ids[keep]] = True
    return none


def select(b: Bounded, fuzzy: DScored | None, kind: np.ndarray, theme: np.ndarray, need: int = 1) -> DSelection:
    """:func:`.dense_select.select` with bounds; result scores not needed for the page stay -1."""
    mask = cut(b, kind, need)
    values = np.full(len(mask), -1.0)
    out = DSelection(mask, values)
    n_results = int(np.count_nonzero(mask))
    fb = b.feedback
    if n_results and fb is not None and b.profile > 0 and n_results < EXPAND_WHEN:
        rids = np.flatnonzero(mask)
        values[rids] = b.exact(rids)
        low = float(values[rids].min())
        subject = _single_kind(rids, kind)
        if subject is not None:
            strong = fb.mask & (fb.val >= EXPAND_STRONG * b.profile) & (kind == subject)
            sids = np.flatnonzero(strong)
            for d in ranked_ids(sids, fb.val[sids], EXPAND_WHEN):
                d = int(d)
                mask[d] = True
                values[d] = min(float(fb.val[d]), low * 0.999)
                out.expanded.add(d)
        n_results = int(np.count_nonzero(mask))
    if n_results >= RELATED_WHEN:
        return out
    seen = mask.copy()
    words = [w for w, _ in b.words]
    rest_mask = b.mask & ~seen
    pids = np.flatnonzero(rest_mask)
    for d in b.top(pids, RELATED_MAX, rest_mask) if len(pids) else ():
        assert b.val is not None
        d = int(d)
        has = [w for w, m in b.words if m is not None and m[d]]
        missing = [w for w in words if w not in has]
        why = f"Gaat over {_quote(has)}" + (f", niet over {_quote(missing)}" if missing else "")
        out.related.append((d, float(b.val[d]), why + "."))
        seen[d] = True
    if fb is not None:
        themes = np.unique(theme[seen])
        rest = fb.mask & ~seen & (fb.val >= RELATED_FEEDBACK * b.profile) & np.isin(theme, themes)
        rids = np.flatnonzero(rest)
        for d in ranked_ids(rids, fb.val[rids], RELATED_MAX - len(out.related)):
            out.related.append((int(d), float(fb.val[d]), "Gaat over een verwant onderwerp."))
            seen[int(d)] = True
    if fuzzy is not None and len(out.related) < RELATED_MAX:
        fz = fuzzy.scores
        gids = np.flatnonzero(fz.mask & ~seen)
        for d in ranked_ids(gids, fz.val[gids], RELATED_MAX - len(out.related)):
            out.related.append((int(d), float(fz.val[d]), "Lijkt op wat u zocht, maar het woord komt er niet in voor."))
    return out


def _fill(b: Bounded, sel: DSelection, need: int, sort: str, date_rank: np.ndarray) -> None:
    """Exact scores for every result that can reach the first ``need`` (or tie with the last of them)."""
    ids = sel.ids()
    direct = ids[b.mask[ids]] if sel.expanded else ids  # expanded results have their score already
    if sort == "date":
        if len(ids) > need:  # as date_page: the newest ``need``; on the oldest date kept, the best by score
            ranks = date_rank[ids]
            kth = np.partition(ranks, len(ranks) - need)[len(ranks) - need]
            newer = direct[date_rank[direct] > kth]
            at = direct[date_rank[direct] == kth]
            left = need - int(np.count_nonzero(ranks > kth))
            direct = np.concatenate([newer, b.best(at, left)]) if left > 0 else newer
    else:
        direct = b.best(direct, need + 1, (sel.mask & b.mask) if sel.expanded else sel.mask)
    todo = direct[sel.scores[direct] < 0]
    if len(todo):
        sel.scores[todo] = b.exact(todo)


DENSE_FROM = 40_000  # engine "hybrid": MaxScore below this many postings held by a query's words, dense above
# (measured at 100,000 articles: below it MaxScore was faster, above it the exhaustive arrays; docs/operations.md)


def postings_held(st: _State, groups: list) -> int:
    """How many postings the planned query's words hold (from the lexicon's document counts, nothing read)."""
    return sum(st.df(f, t) for g in groups for alt in g.alts for t in alt.terms for f in alt.fields)


def search(
    st: _State, query: SearchQuery, page: int, per_page: int, sort: str, dense_from: int | None = None
) -> SearchResult:
    """One page of results, facets, related material and suggestion, identical to the exhaustive engines.

    ``dense_from``: a query whose words hold at least this many postings is scored by :mod:`.dense_search`.
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
        groups, suggestion = _plan(st, content)
        if dense_from is not None and postings_held(st, groups) >= dense_from:
            return dense_search.search(st, query, page, per_page, sort, planned=(groups, suggestion))
        scored = score_bounded(st, groups, allowed)
        fuzzy = None
        if not scored.mask.any():
            groups2 = _fuzzy_plan(st, content)
            if groups2:
                fuzzy = score_dense(st, groups2, allowed, use_feedback=False)
                if fuzzy.scores.mask.any() and suggestion is None:
                    suggestion = _suggest_from(st, groups2, content)
        need = page * per_page
        picked = select(scored, fuzzy, arr["kind"], arr["theme"], 1 if sort == "date" else need + 1)
        _fill(scored, picked, need, sort, arr["date_rank"])
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
        suggestion = None
    return SearchResult(total, hits, page, per_page, facets, suggestion, nearest, related)
