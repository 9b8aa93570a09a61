"""Selection on arrays: :mod:`.selection` (results, cut-off, expansion, related) for :class:`.dense.DScored`.

The rules and constants are those of :mod:`.selection`; only the bookkeeping differs (masks instead of dicts).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .dense import DScored, masked_max, ranked_ids
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


@dataclass
class DSelection:
    """The results as a mask with their scores (expanded documents get their lowered score), plus related."""

    mask: np.ndarray
    scores: np.ndarray
    expanded: set[int] = field(default_factory=set)
    related: list[tuple[int, float, str]] = field(default_factory=list)

    def ids(self) -> np.ndarray:
        return np.flatnonzero(self.mask)


def _single_kind(ids: np.ndarray, kind: np.ndarray) -> int | None:
    """The one (theme, department) code all ``ids`` share, or None."""
    if not len(ids):
        return None
    k = kind[ids]
    first = int(k[0])
    return first if bool((k == first).all()) else None


def cut(scored: DScored, kind: np.ndarray) -> np.ndarray:
    """:func:`.selection._cut` on arrays: the mask of the results."""
    sc = scored.scores
    none = np.zeros_like(sc.mask)
    if not sc.mask.any():
        return none
    top = masked_max(sc.val, sc.mask)
    floor = CUT_FLOOR * top
    above = sc.mask & (sc.val >= floor)
    cover, span = scored.cover, scored.span
    if isinstance(cover, float):  # one word matched exactly: one tier
        return none if cover < COVER_MIN else above
    eligible = sc.mask & (cover >= COVER_LOW)
    if not eligible.any():
        return none
    best_cover = max(0.0, masked_max(cover, eligible))
    span_arr = np.full(len(sc.mask), span) if isinstance(span, float) else span
    best_span = max(0.0, masked_max(span_arr, eligible))
    if best_cover < COVER_MIN:
        return none
    tier = eligible & above & (span_arr >= FULL_SPAN * best_span) & (cover >= COVER_MIN)
    subject = _single_kind(np.flatnonzero(tier), kind)
    extra = sc.val >= PARTIAL_MIN * top
    if subject is not None:
        extra = extra | (kind == subject)
    return tier | (eligible & above & extra)


def select(scored: DScored, fuzzy: DScored | None, kind: np.ndarray, theme: np.ndarray) -> DSelection:
    """:func:`.selection.select` on arrays; ``kind`` codes (theme, department), ``theme`` codes the theme."""
    mask = cut(scored, kind)
    values = scored.scores.val * mask
    out = DSelection(mask, values)
    n_results = int(np.count_nonzero(mask))
    fb = scored.feedback
    if n_results and fb is not None and scored.profile > 0 and n_results < EXPAND_WHEN:
        rids = np.flatnonzero(mask)
        low = float(values[rids].min())
        subject = _single_kind(rids, kind)
        if subject is not None:
            strong = fb.mask & (fb.val >= EXPAND_STRONG * scored.profile) & (kind == subject)
            sids = np.flatnonzero(strong)
            for d in ranked_ids(sids, fb.val[sids], EXPAND_WHEN):
                d = int(d)
                mask[d] = True
                values[d] = min(float(fb.val[d]), low * 0.999)  # after every direct result
                out.expanded.add(d)
        n_results = int(np.count_nonzero(mask))
    if n_results >= RELATED_WHEN:
        return out
    seen = mask.copy()
    words = [w for w, _ in scored.words]
    sc = scored.scores
    pids = np.flatnonzero(sc.mask & ~seen)
    for d in ranked_ids(pids, sc.val[pids], RELATED_MAX):
        d = int(d)
        has = [w for w, g in scored.words if g is not None and d in g]
        missing = [w for w in words if w not in has]
        why = f"Gaat over {_quote(has)}" + (f", niet over {_quote(missing)}" if missing else "")
        out.related.append((d, float(sc.val[d]), why + "."))
        seen[d] = True
    if fb is not None:
        themes = np.unique(theme[seen])
        rest = fb.mask & ~seen & (fb.val >= RELATED_FEEDBACK * scored.profile) & np.isin(theme, themes)
        rids = np.flatnonzero(rest)  # a feedback guess counts only within a theme found
        for d in ranked_ids(rids, fb.val[rids], RELATED_MAX - len(out.related)):
            out.related.append((int(d), float(fb.val[d]), "Gaat over een verwant onderwerp."))
            seen[int(d)] = True
    if fuzzy is not None and len(out.related) < RELATED_MAX:
        fz = fuzzy.scores
        gids = np.flatnonzero(fz.mask & ~seen)
        for d in ranked_ids(gids, fz.val[gids], RELATED_MAX - len(out.related)):
            out.related.append((int(d), float(fz.val[d]), "Lijkt op wat u zocht, maar het woord komt er niet in voor."))
    return out


def top_page(sel: DSelection, need: int, own: np.ndarray) -> list[tuple[int, float]]:
    """The ``need`` best results, own articles first among equal scores (as :func:`.commons.own_first`)."""
    ids = sel.ids()
    scores = sel.scores[ids]
    best = ranked_ids(ids, scores, need + 1)
    ranked = [(int(d), float(sel.scores[d])) for d in best]
    if len(ranked) > need and ranked[need][1] == ranked[need - 1][1]:
        last = ranked[need - 1][1]
        ties = ids[scores == last]
        ranked = [kv for kv in ranked if kv[1] != last] + [(int(d), last) for d in ties]
    ranked.sort(key=lambda kv: (-kv[1], not own[kv[0]], kv[0]))
    return ranked[:need]


def date_page(sel: DSelection, need: int, date_rank: np.ndarray) -> list[tuple[int, float]]:
    """The ``need`` newest results, ties by score then docnum (as the reference's ``heapq.nlargest``)."""
    ids = sel.ids()
    if not len(ids):
        return []
    ranks = date_rank[ids]
    if len(ids) > need:
        kth = np.partition(ranks, len(ranks) - need)[len(ranks) - need]
        keep = ranks >= kth
        ids, ranks = ids[keep], ranks[keep]
    scores = sel.scores[ids]
    order = np.lexsort((ids, -scores, -ranks))[:need]
    return [(int(d), float(sel.scores[d])) for d in ids[order]]
