"""Bounded scoring (engine "maxscore"): the match set without scores, then scores only for what can matter.

:mod:`.dense` scores every posting of every query word. Here a query is taken in two phases:

1. The match set, without scores: per query word and field the documents its postings reach (a bool array by
   docnum), the union over the word's alternatives, coverage and span (they depend on which words a document
   matches, not on scores), and per document a lower and an upper bound of its score: each word adds the
   smallest / largest score any of its postings lists holds (kept per list and generation, computed once from the
   list), times the document's exact coverage factor. ``total``, the facets, the eligibility for feedback and
   most of the cut-off follow from these.
2. Scores only for what can matter: a document's exact score is computed (by probing the sorted postings lists of
   its words with ``searchsorted``) only when a decision needs it: the best score, a document whose bounds lie on
   both sides of a threshold (the cut-off's share of the best score), or one that can still reach the page, the
   feedback documents or the related list (MaxScore: the k-th best lower bound, or the k-th best exact score of
   the highest upper bounds, is the threshold; documents whose upper bound is below it are provably out).

The exact score repeats :func:`.dense.score_dense`'s operations on each document's numbers in the same order, so
the answers are identical to the exhaustive engines. :data:`STATS` counts the postings whose scores were used
(bench only, not the API).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .dense import Dense, Sparse, _alt_scores, _feedback_terms, masked_max, postings_arrays, ranked_ids, size_of
from .planning import FIELD_BOOST, _Group
from .ranking import COMMON_FRACTION, COMMON_MIN_DOCS, FEEDBACK_BETA, FEEDBACK_DOCS, MISSING_AS_ONE_IN, THIN_RESULTS
from .reader import _State

SLACK = 1e-9  # bounds are widened by this share: rounding of the sums never puts an exact score outside them
PROBE = 32  # exact scores first computed for about this many documents of the highest blocks (top-k threshold)
BLOCK = 128  # postings per block of the block maxima
EXTENT_ENTRIES = 200_000  # (min, max) of postings lists kept per generation


@dataclass
class Stats:
    """Postings whose score entered a document's exact score (``scored``) of those the query's words hold
    (``postings``); ``visited``: postings compared with a threshold in the blocks MaxScore read (a block
    counts each time it is read)."""

    scored: int = 0
    postings: int = 0
    visited: int = 0


STATS = Stats()  # the last query's counts (reads of one index are serialised per process)


@dataclass
class _Word:
    """One query word in phase 1: per field (most documents first) its postings lists and bounds."""

    fields: list[list[tuple[float, Sparse, np.ndarray]]]  # per field: (boost, postings, block maxima) per alternative
    mask: np.ndarray
    count: int
    lo: float
    hi: float
    masks: list[np.ndarray] = field(default_factory=list)  # per field: the documents it reaches
    field_lo: list[float] = field(default_factory=list)  # per field: the smallest and largest score
    field_hi: list[float] = field(default_factory=list)


@dataclass
class Bounded:
    """A scored query as :class:`.dense.DScored`, with exact scores computed on demand."""

    st: _State
    mask: np.ndarray
    cover: np.ndarray | float  # by docnum
    span: np.ndarray | float  # by position in ``ids``
    terms: set[str]
    words: list[tuple[str, np.ndarray | None]]  # word -> documents it matches (None: no match)
    lo: np.ndarray | float | None = None  # a float: the same bound for every document
    hi: np.ndarray | float | None = None
    seq: list[_Word] = field(default_factory=list)  # in the order of the additions
    mult: float | None = None  # one word matched exactly: the uniform coverage factor (1.0: none)
    cov_factor: bool = True
    factor: np.ndarray | float = 1.0  # the coverage factor (an array: by position in ``ids``)
    val: np.ndarray | None = None
    known: np.ndarray | None = None
    add: np.ndarray | None = None  # feedback added to the scores of the documents in ``inq``
    inq: np.ndarray | None = None
    feedback: Dense | None = None
    profile: float = 0.0
    done: list[np.ndarray] = field(default_factory=list)  # the docnums scored so far
    ids: np.ndarray | None = None  # the match set's docnums; the m_ arrays hold its values in that order
    m_cover: np.ndarray | None = None
    m_span: np.ndarray | float | None = None
    m_lo: np.ndarray | None = None
    m_hi: np.ndarray | None = None
    reach: tuple[float, np.ndarray] | None = None  # a threshold and every match that can reach it (all scored)

    def exact(self, ids: np.ndarray) -> np.ndarray:
        """Exact scores of ``ids`` (docnums of the match set), computed once each."""
        if not len(ids):
            return np.zeros(0)
        assert self.val is not None and self.known is not None
        need = ids[~self.known[ids]]  # callers pass unique docnums
        if len(need) > 1 and not bool((need[1:] > need[:-1]).all()):
            need = np.sort(need)  # sorted: the lists are looked up with searchsorted
        if len(need):
            self.val[need] = self._compute(need)
            self.known[need] = True
            self.done.append(need)
        return self.val[ids]

    def _compute(self, c: np.ndarray) -> np.ndarray:
        s: np.ndarray | None = None
        for w in self.seq:
            v = _word_value(w, c)
            s = v if s is None else s + v
        assert s is not None
        if self.mult is not None:
            if self.mult != 1.0:
                s = s * self.mult
        elif self.cov_factor:
            assert isinstance(self.cover, np.ndarray)
            cov = self.cover[c]
            s = s * (0.2 + 0.8 * cov * cov)
        if self.add is not None and self.inq is not None:
            s = np.where(self.inq[c], s + self.add[c], s)
        return s

    def best(self, ids: np.ndarray, k: int, inset: np.ndarray | None = None) -> np.ndarray:
        """Every document of ``ids`` that can be among the ``k`` best (or tie with the k-th); their scores exact.

        MaxScore with block maxima: a threshold from the k-th best exact score of a probe (documents of the
        highest blocks) or the k-th best lower bound; then only documents in a block whose maximum, plus the
        bounds of the other (word, field) pairs, can reach it are candidates. ``inset``: ``ids`` as a mask.
        """
        if not len(ids):
            return ids
        if len(ids) <= max(k, PROBE):
            self.exact(ids)
            return ids
        if inset is None:
            inset = np.zeros(len(self.mask), dtype=bool)
            inset[ids] = True
        assert self.known is not None and self.val is not None
        floor = self._known_floor(inset, k)
        if floor is not None and self.reach is not None and floor >= self.reach[0]:
            cand = self.reach[1]  # every document that can reach a lower threshold, scored already
            return cand[inset[cand]]
        pairs = [lists for w in self.seq for lists in w.fields]
        if floor is None:
            self.exact(self._probe(pairs, inset, k))
            floor = self._known_floor(inset, k)
        if floor is None:  # the k-th best lower bound
            lo = self.bounds(ids)[0]
            floor = lo if isinstance(lo, float) else float(np.partition(lo, len(lo) - k)[len(lo) - k])
        cand = self._candidates(pairs, inset, floor)
        if cand is None:
            cand = ids
        hi = self.bounds(cand)[1]
        cand = cand[hi >= floor] if isinstance(hi, np.ndarray) else cand
        self.exact(cand)
        if inset is self.mask:  # remembered: a later top-k with a threshold at least as high needs no new pass
            self.reach = (floor, cand)
        return cand

    def _known_floor(self, inset: np.ndarray, k: int) -> float | None:
        """The k-th best exact score computed so far among ``inset`` (None: fewer than k)."""
        if not self.done:
            return None
        assert self.val is not None
        done = np.concatenate(self.done)
        done = done[inset[done]]
        if len(done) < k:
            return None
        got = self.val[done]
        return float(np.partition(got, len(got) - k)[len(got) - k])

    def _probe(self, pairs: list, inset: np.ndarray, k: int) -> np.ndarray:
        """Documents of ``inset`` from the highest blocks of the lists with the highest maxima."""
        blocks = []
        for lists in pairs:
            for boost, (pids, _sc), bm in lists:
                for blk in np.argsort(bm)[-4:]:
                    blocks.append((float(bm[blk]) * boost, int(blk), pids))
        blocks.sort(key=lambda e: -e[0])
        found: list[np.ndarray] = []
        total = 0
        for _v, blk, pids in blocks:
            part = pids[blk * BLOCK : (blk + 1) * BLOCK]
            part = part[inset[part]]
            found.append(part)
            total += len(part)
            if total >= max(k, PROBE):
                break
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int32)

    def _candidates(self, pairs: list, inset: np.ndarray, floor: float) -> np.ndarray | None:
        """Documents of ``inset`` whose score can reach ``floor`` (None: no pruning possible)."""
        factor = self.factor
        fmax = factor if isinstance(factor, float) else float(factor.max())
        addmax = float(self.add.max()) if self.add is not None else 0.0
        need = (floor - addmax) / max(fmax, 1e-300) * (1.0 - 4 * SLACK)
        if need <= 0:
            return None
        caps = [max(float(bm.max()) * boost for boost, _p, bm in lists) * (1.0 + SLACK) for lists in pairs]
        masks = [m for w in self.seq for m in w.masks]
        total = sum(caps)
        order = sorted(range(len(pairs)), key=lambda i: caps[i])
        rest = 0.0
        parts: list[np.ndarray] = []
        for i in order:
            if rest + caps[i] < need:  # a document only in these pairs cannot reach the threshold
                rest += caps[i]
                continue
            others = total - caps[i]
            for boost, (pids, sc), bm in pairs[i]:
                least = (need - others) / (boost * (1.0 + SLACK))  # what a posting must score to matter
                keep = np.flatnonzero(bm >= least)
                if len(keep) == len(bm):
                    STATS.visited += len(pids)
                    parts.append(pids[sc >= least])
                elif len(keep):  # only the blocks whose maximum reaches it are read
                    starts = keep * BLOCK
                    idx = (starts[:, None] + np.arange(BLOCK)[None, :]).ravel()
                    idx = idx[idx < len(pids)]
                    STATS.visited += len(idx)
                    parts.append(pids[idx[sc[idx] >= least]])
        if not parts:
            return np.zeros(0, dtype=np.int32)
        if sum(len(p) for p in parts) * 8 < len(inset):  # few: sorting them is cheaper than a mask
            cand = np.unique(np.concatenate(parts))
            cand = cand[inset[cand]]
        else:
            seen = np.zeros(len(inset), dtype=bool)
            for part in parts:
                seen[part] = True
            cand = np.flatnonzero(seen & inset)
        bound = np.zeros(len(cand))  # per document: the caps of the (word, field) pairs it is in
        for cap, fmask in zip(caps, masks, strict=True):
            bound += fmask[cand] * cap
        bound = bound * (1.0 + SLACK) * self.factor_of(cand)
        if self.add is not None:
            bound = bound + self.add[cand]
        return cand[bound * (1.0 + SLACK) >= floor]

    def top(self, ids: np.ndarray, k: int, inset: np.ndarray | None = None) -> np.ndarray:
        """The ``k`` best of ``ids`` by exact score, ties by docnum (as :func:`.dense.ranked_ids`)."""
        assert self.val is not None
        cand = self.best(ids, k, inset)
        return ranked_ids(cand, self.val[cand], k)

    def at_least(self, sel: np.ndarray, threshold: float) -> np.ndarray:
        """Which documents of the match set chosen by ``sel`` (bool, in the order of ``ids``) score >= ``threshold``.

        The bounds decide first (per word, then per word and field); exact scores only between them.
        """
        assert self.ids is not None
        if isinstance(self.lo, float) and isinstance(self.hi, float) and self.m_lo is None:
            if self.lo >= threshold or self.hi < threshold:
                return sel if self.lo >= threshold else np.zeros_like(sel)
            out = np.zeros_like(sel)
            maybe = np.flatnonzero(sel)
        else:
            assert self.m_lo is not None and self.m_hi is not None
            out = sel & (self.m_lo >= threshold)
            maybe = np.flatnonzero(sel & ~out & (self.m_hi >= threshold))
        if len(maybe):
            lo, hi = self._field_bounds(self.ids[maybe])
            out[maybe[lo >= threshold]] = True
            maybe = maybe[(lo < threshold) & (hi >= threshold)]
            out[maybe[self.exact(self.ids[maybe]) >= threshold]] = True
        return out

    def bounds(self, docs: np.ndarray) -> tuple[np.ndarray | float, np.ndarray | float]:
        """Lower and upper bounds of the scores of ``docs`` (docnums of the match set)."""
        if self.m_lo is None or self.m_hi is None:
            assert isinstance(self.lo, float) and isinstance(self.hi, float)
            return self.lo, self.hi
        if docs is self.ids:
            return self.m_lo, self.m_hi
        assert self.ids is not None
        pos = np.searchsorted(self.ids, docs)
        return self.m_lo[pos], self.m_hi[pos]

    def factor_of(self, docs: np.ndarray) -> np.ndarray | float:
        """The coverage factor of ``docs`` (docnums of the match set)."""
        if isinstance(self.factor, float):
            return self.factor
        assert self.ids is not None
        return self.factor[np.searchsorted(self.ids, docs)]

    def _field_bounds(self, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Tighter bounds for the docnums ``c``: per (word, field) the list's smallest and largest score."""
        lo, hi = np.zeros(len(c)), np.zeros(len(c))
        for w in self.seq:
            for fmask, a, b in zip(w.masks, w.field_lo, w.field_hi, strict=True):
                m = fmask[c]
                lo += m * a
                hi += m * b
        factor = self.factor_of(c)
        lo, hi = lo * factor, hi * factor
        if self.add is not None and self.inq is not None:
            add = self.inq[c] * self.add[c]
            lo, hi = lo + add, hi + add
        return lo * (1.0 - SLACK), hi * (1.0 + SLACK)


def _word_value(w: _Word, c: np.ndarray) -> np.ndarray:
    """One word's score for the sorted docnums ``c``: per field the best alternative, the fields summed in order."""
    total: np.ndarray | None = None
    for lists in w.fields:
        fv = np.zeros(len(c))
        for boost, (ids, sc), _bm in lists:
            if not len(ids):
                continue
            if len(ids) < len(c):  # a short list: each of its postings looked up among the documents
                pos = np.searchsorted(c, ids)
                pos[pos >= len(c)] = 0
                found = c[pos] == ids
                at, v = pos[found], sc[found]
            else:  # each document looked up in the list
                pos = np.searchsorted(ids, c)
                pos[pos >= len(ids)] = 0
                found = ids[pos] == c
                at, v = np.flatnonzero(found), sc[pos[found]]
            if not len(at):
                continue
            STATS.scored += len(at)
            if boost != 1.0:
                v = v * boost
            fv[at] = np.maximum(fv[at], v)
        total = fv if total is None else total + fv
    assert total is not None
    return total


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
    qual: np.ndarray | None = None
    if loose:
        qual = np.ones(n)
        qmask = np.zeros(n, dtype=bool)
        for q, scored in sorted(loose, key=lambda x: x[0]):
            for _f, (ids, _sc) in scored:
                ids = ids[tmask[ids]]
                qual[ids] = q
                qmask[ids] = True
        for alt in g.alts:
            if alt.quality >= 1.0:
                for _f, (ids, _sc) in _alt_scores(st, alt):
                    qual[ids] = 1.0
                    qmask[ids] = False
        if not qmask.any():
            qual = None
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
