"""The bounds and the exact scores of engine "maxscore" (:mod:`.maxscore`): a scored query as :class:`Bounded`.

:class:`Bounded` holds the match set with per-document bounds and computes exact scores on demand: the top k by
MaxScore with block maxima (:meth:`Bounded.best`) and the documents above a threshold (:meth:`Bounded.at_least`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .dense import Dense, Sparse, ranked_ids
from .reader import _State

SLACK = 1e-9  # bounds are widened by this share: rounding of the sums never puts an exact score outside them
PROBE = 32  # exact scores first computed for about this many documents of the highest blocks (top-k threshold)
BLOCK = 128  # postings per block of the block maxima


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
