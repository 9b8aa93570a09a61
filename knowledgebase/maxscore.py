"""Bounded scoring (engine "maxscore"): the match set without scores, then scores only for what can matter.

:mod:`.dense` scores every posting of every query word. Here a query is taken in two phases:

1. The match set, without scores: per query word and field the documents its postings reach (a bool array by
   docnum), and per document which of the query's words it matches (a bit code). Coverage, span and a lower and
   an upper bound of the score depend only on that combination of words (each word adds the smallest / largest
   score of its postings lists, kept per list and generation), so they are computed once per combination and
   gathered for the match set's documents. ``total``, the facets, the feedback trigger and most of the cut-off
   follow from these without a single score.
2. Scores only for what can matter (MaxScore with block maxima). For the best scores (the page, the feedback
   documents, the related list) a threshold comes from the k-th best exact score of a probe (the documents of
   the highest blocks of 128 postings); a (word, field) pair whose cap cannot lift a document to the threshold
   is not read at all, and of the others only the blocks whose maximum, plus the other pairs' caps, reaches it;
   a posting below what it would need is skipped. The documents left get exact scores (their words' sorted
   postings lists probed with ``searchsorted``); the set is remembered, so a later top-k with a threshold at least
   as high needs no new pass. For the cut-off (a share of the best score) a document is in when its lower bound
   is above, out when its upper bound is below, and scored only in between (per word, then per word and field).

The exact score repeats :func:`.dense.score_dense`'s operations on each document's numbers in the same order, so
the answers are identical to the exhaustive engines (``tests/knowledgebase/test_kb_maxscore.py``). :data:`STATS`
counts the postings whose scores were used (for the bench, not the API).
"""

from __future__ import annotations

import math

import numpy as np

from .dense import Dense, Sparse, _alt_scores, _feedback_terms, loose_quality, masked_max, postings_arrays, size_of
from .maxscore_bounds import BLOCK, SLACK, STATS, Bounded, Stats, _Word
from .planning import FIELD_BOOST, _Group
from .ranking import COMMON_FRACTION, COMMON_MIN_DOCS, FEEDBACK_BETA, FEEDBACK_DOCS, MISSING_AS_ONE_IN, THIN_RESULTS
from .reader import _State

EXTENT_ENTRIES = 50_000  # (min, max, block maxima) of postings lists kept per generation (a few MB at most)
__all__ = ["STATS", "Bounded", "Stats", "score_bounded"]


def _extent_of(sc: np.ndarray) -> tuple[float, float, np.ndarray]:
    """(min, max, maximum of each block of BLOCK postings) of a postings list's scores."""
    return float(sc.min()), float(sc.max()), np.maximum.reduceat(sc, np.arange(0, len(sc), BLOCK))


def _extent(st: _State, key: tuple, sc: np.ndarray) -> tuple[float, float, np.ndarray]:
    """:func:`_extent_of`, kept per generation (the block maxima Whoosh would store, for our scores)."""
    if key[1] is None:  # a split compound's merged scores
        return _extent_of(sc)
    cache = st._dense.get("extent")
    if not isinstance(cache, dict) or len(cache) >= EXTENT_ENTRIES:
        cache = st._dense["extent"] = {}
    got = cache.get(key)
    if got is None:
        got = cache[key] = _extent_of(sc)
    return got


def _word(st: _State, g: _Group, allowed: np.ndarray | None) -> tuple[_Word | None, np.ndarray | None, set]:
    """Phase 1 for one query word: its match set by field, bounds and match quality (as ``_group_scores``)."""
    n = size_of(st)
    per_field: dict[str, list[tuple[float, Sparse, tuple]]] = {}
    terms: set[str] = set()
    loose: list[tuple[float, list[tuple[str, Sparse]]]] = []
    for alt in g.alts:
        scored = _alt_scores(st, alt)
        if not scored:
            continue
        terms.update(alt.terms)
        if alt.quality < 1.0:
            loose.append((alt.quality, scored))
        key = alt.terms[0] if len(alt.terms) == 1 else None
        for f, post in scored:
            STATS.postings += len(post[0])
            if key is None:  # a split compound: its merged scores were computed for every posting
                STATS.scored += len(post[0])
            per_field.setdefault(f, []).append((alt.weight * FIELD_BOOST.get(f, 1.0), post, (f, key)))
    fields: list[tuple[int, np.ndarray, list[tuple[float, Sparse, np.ndarray]], float, float]] = []
    for lst in per_field.values():
        mask = np.zeros(n, dtype=bool)
        lo = math.inf
        hi = 0.0
        lists = []
        for boost, (ids, sc), key in lst:
            mask[ids] = True
            a, b, bm = _extent(st, key, sc)
            lo, hi = min(lo, a * boost), max(hi, b * boost)
            lists.append((boost, (ids, sc), bm))
        if allowed is not None:
            mask &= allowed
        count = int(np.count_nonzero(mask))
        if count:
            fields.append((count, mask, lists, lo, hi))
    if not fields:
        return None, None, terms
    fields.sort(key=lambda f: -f[0])
    tmask = fields[0][1]
    for f in fields[1:]:
        tmask = tmask | f[1]
    qual = loose_quality(st, g, loose, tmask, n)
    w = _Word(
        [f[2] for f in fields],
        tmask,
        int(np.count_nonzero(tmask)),
        min(f[3] for f in fields) * (1.0 - SLACK),
        sum(f[4] for f in fields) * (1.0 + SLACK),
        [f[1] for f in fields],
        [f[3] * (1.0 - SLACK) for f in fields],
        [f[4] * (1.0 + SLACK) for f in fields],
    )
    return w, qual, terms


def _on(mask: np.ndarray, values: np.ndarray | float) -> np.ndarray:
    return mask * values


def _spread(n: int, ids: np.ndarray, values: np.ndarray) -> np.ndarray:
    """An array by docnum holding ``values`` at ``ids`` and 0.0 elsewhere (zeros are allocated lazily)."""
    out = np.zeros(n)
    out[ids] = values
    return out


def score_bounded(
    st: _State, groups: list[_Group], allowed: np.ndarray | None, use_feedback: bool = True, coverage: bool = True
) -> Bounded:
    """:func:`.dense.score_dense` in two phases: match set and bounds now, exact scores on demand."""
    STATS.scored = STATS.postings = STATS.visited = 0
    per_group: list[_Word] = []
    quals: list[np.ndarray | None] = []
    words: list[tuple[str, np.ndarray | None]] = []
    terms: set[str] = set()
    N = st.n_docs
    missing_idf = 0.0
    for g in groups:
        w, qual, t = _word(st, g, allowed)
        if w is not None:
            per_group.append(w)
            quals.append(qual)
            words.append((g.word, w.mask))
            terms |= t
        else:
            missing_idf += math.log(1.0 + max(N, MISSING_AS_ONE_IN))
            words.append((g.word, None))
    n_size = size_of(st)
    if not per_group:
        out = Bounded(st, np.zeros(n_size, dtype=bool), 0.0, 0.0, terms, words)
        out.ids = np.zeros(0, dtype=np.int64)
        return out
    n = len(per_group)
    counts = [w.count for w in per_group]
    gidf = [math.log(1.0 + N / c) for c in counts]
    gsum = sum(gidf) + missing_idf
    big = N >= COMMON_MIN_DOCS
    rare = [i for i in range(n) if not (big and counts[i] > COMMON_FRACTION * N)] if n > 1 else [0]
    if not rare:
        rare = list(range(n))
    order = sorted(rare, key=lambda i: -counts[i])
    val, known = np.zeros(n_size), np.zeros(n_size, dtype=bool)
    if n == 1 and quals[0] is None:
        frac = gidf[0] / gsum
        mult = 0.2 + 0.8 * frac * frac if coverage else 1.0
        w0 = per_group[0]
        lo, hi = w0.lo * mult * (1.0 - SLACK), w0.hi * mult * (1.0 + SLACK)
        out = Bounded(st, w0.mask, frac, frac, terms, words, lo, hi, [w0], mult, coverage, mult, val, known)
        out.ids = np.flatnonzero(w0.mask)
        if use_feedback and counts[0] < min(N, THIN_RESULTS):
            _feedback(st, out, allowed)
        return out
    seq = [per_group[i] for i in order] + [per_group[i] for i in range(n) if i not in rare]
    # which words each document matches, as bits: coverage, span and bounds are then per combination of words,
    # computed once per combination with the same additions, in the same order, as score_dense does per document
    code = np.zeros(n_size, dtype=np.uint16)
    for i, g in enumerate(per_group):
        np.bitwise_or(code, np.left_shift(g.mask, i, dtype=np.uint16), out=code)
    combos = np.arange(1 << n, dtype=np.int64)
    bits = [((combos >> i) & 1).astype(bool) for i in range(n)]
    in_s = np.zeros(1 << n, dtype=bool)
    for i in order:
        in_s |= bits[i]
    t_cov, t_span, t_lo, t_hi = None, None, None, None
    for i in [*order, *(i for i in range(n) if i not in rare)]:
        on = bits[i] if i in rare else bits[i] & in_s
        w, g = gidf[i], per_group[i]
        cw, sw, lw, hw = _on(on, w), _on(on, w), _on(on, g.lo), _on(on, g.hi)
        if t_cov is None:
            t_cov, t_span, t_lo, t_hi = cw, sw, lw, hw
        else:
            t_cov, t_span, t_lo, t_hi = t_cov + cw, t_span + sw, t_lo + lw, t_hi + hw
    assert t_cov is not None and t_span is not None and t_lo is not None and t_hi is not None
    smask = np.take(in_s, code)
    ids = np.flatnonzero(smask)  # from here on per document of the match set, not per docnum
    c = code[ids]
    if all(q is None for q in quals):
        m_cover = (t_cov / gsum)[c]
    else:  # a word matched loosely by some documents: its share of their coverage is lowered per document
        covw = None
        for i in [*order, *(i for i in range(n) if i not in rare)]:
            w, qual, g = gidf[i], quals[i], per_group[i]
            part = _on(g.mask[ids], w if qual is None else w * qual[ids])
            covw = part if covw is None else covw + part
        assert covw is not None
        m_cover = covw / gsum
    m_span: np.ndarray | float = gidf[0] / gsum if n == 1 else (t_span / gsum)[c]
    m_lo, m_hi = t_lo[c], t_hi[c]
    factor: np.ndarray | float = 1.0
    if coverage:
        m_factor = 0.2 + 0.8 * m_cover * m_cover
        m_lo, m_hi = m_lo * m_factor, m_hi * m_factor
        factor = m_factor  # by match-set position
    cover = _spread(n_size, ids, m_cover)
    span = m_span  # by match-set position
    out = Bounded(st, smask, cover, span, terms, words, None, None, seq, None, coverage, factor, val, known)
    out.ids, out.m_cover, out.m_span, out.m_lo, out.m_hi = ids, m_cover, m_span, m_lo, m_hi
    if use_feedback and len(ids) < N:
        best = max(0.0, float(m_cover.max()))
        full = int(np.count_nonzero(m_cover >= best - 1e-9))
        if full < THIN_RESULTS:
            _feedback(st, out, allowed)
    return out


def _feedback(st: _State, out: Bounded, allowed: np.ndarray | None) -> None:
    """:func:`.dense._feedback` with bounds: the feedback documents found by MaxScore, then the boost added."""
    ids = np.flatnonzero(out.mask)
    if isinstance(out.cover, float):
        cand = ids
    else:
        cov = out.cover[ids]
        cand = ids[cov >= cov.max() - 1e-9]
    top = [int(d) for d in out.top(cand, FEEDBACK_DOCS)]
    if not top:
        return
    assert out.val is not None and out.ids is not None
    top_score = float(out.val[top[0]])
    chosen = _feedback_terms(st, out.terms, top, {d: float(out.val[d]) for d in top}, top_score)
    if not chosen:
        return
    wmax = chosen[0][0]
    n = size_of(st)
    fb = np.zeros(n)
    fmask = np.zeros(n, dtype=bool)
    for w, t in chosen:
        for f in ("title", "body"):
            pids, psc = postings_arrays(st, f, t)
            if allowed is not None:
                keep = allowed[pids]
                pids, psc = pids[keep], psc[keep]
            STATS.scored += len(pids)
            STATS.postings += len(pids)
            fb[pids] += (w / wmax) * psc * FIELD_BOOST[f]
            fmask[pids] = True
    if not fmask.any():
        return
    fbmax = masked_max(fb, fmask)
    scale = FEEDBACK_BETA * top_score / fbmax
    add = fb * scale
    inq = fmask & out.mask
    assert out.known is not None
    done = inq & out.known  # documents scored so far get the boost now, the others when they are scored
    out.val[done] = out.val[done] + add[done]
    out.add, out.inq = add, inq
    lo, hi = out.bounds(out.ids)
    inq_m, add_m = inq[out.ids], add[out.ids]
    out.m_lo = np.where(inq_m, (lo + add_m) * (1.0 - SLACK), lo)
    out.m_hi = np.where(inq_m, (hi + add_m) * (1.0 + SLACK), hi)
    out.lo = out.hi = None
    out.reach = None  # the scores changed
    only = fmask & ~out.mask
    out.feedback = Dense(_on(only, add), only)
    out.profile = sum(float(fb[d]) if fmask[d] else 0.0 for d in top) * scale / len(top)
