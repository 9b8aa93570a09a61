"""Ranking: BM25F per field, the best alternative per query word, coverage of the query, feedback."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .analysis import STOPWORDS, stem, tokenize
from .planning import FIELD_BOOST, _Alt, _Group
from .reader import _State

if TYPE_CHECKING:
    from _collections_abc import dict_values


def _top(scores: dict[int, float], k: int) -> list[tuple[int, float]]:
    """The ``k`` best (docnum, score) pairs, best first, ties by docnum."""
    if len(scores) <= 4 * k + 64:
        return heapq.nlargest(k, scores.items(), key=lambda kv: (kv[1], -kv[0]))
    threshold = heapq.nlargest(k, scores.values())[-1]
    cands = [(d, v) for d, v in scores.items() if v >= threshold]
    cands.sort(key=lambda kv: (-kv[1], kv[0]))
    return cands[:k]


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


def _group_scores(
    st: _State, g: _Group, allowed: set[int] | None
) -> tuple[dict[int, float], dict[int, float] | None, set[str]]:
    """docnum -> score of one query word (per field the best alternative, summed over fields).

    Also docnum -> quality of the best-quality alternative that matched (None: every match is exact).
    """
    per_field: dict[str, list[tuple[float, dict[int, float]]]] = defaultdict(list)
    terms: set[str] = set()
    loose: list[tuple[float, dict[str, dict[int, float]]]] = []
    for alt in g.alts:
        scored = _alt_scores(st, alt)
        if not scored:
            continue
        terms.update(alt.terms)
        if alt.quality < 1.0:
            loose.append((alt.quality, scored))
        for f, post in scored.items():
            per_field[f].append((alt.weight * FIELD_BOOST.get(f, 1.0), post))
    field_scores: list[dict[int, float]] = []
    for lst in per_field.values():
        lst.sort(key=lambda bp: -len(bp[1]))
        boost, post = lst[0]
        if allowed is not None:
            post = (
                {d: v for d, v in post.items() if d in allowed}
                if len(post) < len(allowed)
                else {d: post[d] for d in allowed if d in post}
            )
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
        return {}, None, terms
    field_scores.sort(key=len, reverse=True)
    total = field_scores[0]
    for bf in field_scores[1:]:
        get = total.get
        for d, v in bf.items():
            total[d] = get(d, 0.0) + v
    qual: dict[int, float] | None = None
    if loose:
        # every document starts at the lowest quality it was reached by; exact alternatives lift it to 1
        qual = {}
        for q, scored in sorted(loose, key=lambda x: x[0]):
            for post in scored.values():
                for d in post:
                    if d in total:
                        qual[d] = q
        exact_docs: set[int] = set()
        for alt in g.alts:
            if alt.quality >= 1.0:
                for post in _alt_scores(st, alt).values():
                    exact_docs.update(post)
        for d in exact_docs:
            qual.pop(d, None)
    return total, qual, terms


FEEDBACK_DOCS = 5
FEEDBACK_TERMS = 10
FEEDBACK_BETA = 0.45
THIN_RESULTS = 20
FEEDBACK_MAX_DF = 5000
DATE_SORT_FLOOR = 0.3
COMMON_FRACTION = 0.3  # a word in more than this share of the articles only re-ranks...
MISSING_AS_ONE_IN = 1000  # a word no article holds weighs like a word in one article of (at least) this many
COMMON_MIN_DOCS = 2000  # ...once the index is this large (the idea of Lucene's CommonTermsQuery)


class Uniform(dict[int, float]):
    """A read-only mapping that gives every document the same value (no per-document dict to build)."""

    def __init__(self, value: float):
        super().__init__()
        self.value = value

    def __getitem__(self, key: int) -> float:
        return self.value

    def get(self, key: int, default: object = None) -> float:
        return self.value

    def values(self) -> dict_values[int, float]:
        return {0: self.value}.values()


@dataclass
class Scored:
    """The outcome of scoring a planned query.

    ``scores``: documents reached by the query's own words (coverage-weighted BM25F, plus a little
    feedback); ``cover``: the share of the query (idf-weighted, by how surely each word matched) that a
    document covers; ``feedback``: documents reached only through pseudo-relevance feedback, with their
    feedback score and ``profile``, the mean feedback score of the documents the feedback came from.
    """

    scores: dict[int, float]
    cover: dict[int, float]
    terms: set[str]
    span: dict[int, float] = field(default_factory=dict)  # share of the query's words matched at all
    words: list[tuple[str, dict[int, float]]] = field(default_factory=list)
    feedback: dict[int, float] = field(default_factory=dict)
    profile: float = 0.0


def _score(
    st: _State,
    groups: list[_Group],
    allowed: set[int] | None,
    use_feedback: bool = True,
    coverage: bool = True,
) -> tuple[dict[int, float], set[str]]:
    """Coverage-weighted scores of all matching documents, plus the matched index terms."""
    sc = score_query(st, groups, allowed, use_feedback=use_feedback, coverage=coverage)
    return sc.scores, sc.terms


def score_query(
    st: _State,
    groups: list[_Group],
    allowed: set[int] | None,
    use_feedback: bool = True,
    coverage: bool = True,
) -> Scored:
    """Score every document the query's words reach; see :class:`Scored`."""
    per_group: list[dict[int, float]] = []
    quals: list[dict[int, float] | None] = []
    words: list[tuple[str, dict[int, float]]] = []
    terms: set[str] = set()
    N = st.n_docs
    missing_idf = 0.0  # query words the index does not hold at all: the rarest, most telling words
    for g in groups:
        sc, qual, t = _group_scores(st, g, allowed)
        if sc:
            per_group.append(sc)
            quals.append(qual)
            words.append((g.word, sc))
            terms |= t
        else:
            missing_idf += math.log(1.0 + max(N, MISSING_AS_ONE_IN))
            words.append((g.word, {}))
    if not per_group:
        return Scored({}, {}, terms, {}, words)
    n = len(per_group)
    gidf = [math.log(1.0 + N / len(sc)) for sc in per_group]
    gsum = sum(gidf) + missing_idf
    big = N >= COMMON_MIN_DOCS
    rare = [i for i, sc in enumerate(per_group) if not (big and len(sc) > COMMON_FRACTION * N)] if n > 1 else [0]
    if not rare:
        rare = list(range(n))
    order = sorted(rare, key=lambda i: -len(per_group[i]))
    if n == 1 and not quals[0]:  # one word, every match exact: the same coverage for every document
        frac = gidf[0] / gsum
        mult = 0.2 + 0.8 * frac * frac if coverage else 1.0
        scores = dict(per_group[0]) if mult == 1.0 else {d: v * mult for d, v in per_group[0].items()}
        out = Scored(scores, Uniform(frac), terms, Uniform(frac), words)
        if use_feedback and len(scores) < min(N, THIN_RESULTS):
            _feedback(st, out, allowed)
        return out
    scores = dict(per_group[order[0]])
    covw = _cover_of(scores, quals[order[0]], gidf[order[0]])
    spanw = dict.fromkeys(scores, gidf[order[0]]) if n > 1 else None
    for i in order[1:]:
        w, qual = gidf[i], quals[i]
        sget, wget, pget = scores.get, covw.get, spanw.get
        for d, v in per_group[i].items():
            scores[d] = sget(d, 0.0) + v
            covw[d] = wget(d, 0.0) + w * (qual.get(d, 1.0) if qual else 1.0)
            spanw[d] = pget(d, 0.0) + w
    for i in range(n):
        if i in rare:
            continue
        sc, w, qual = per_group[i], gidf[i], quals[i]
        for d in scores:  # common words only re-rank what the rarer words found
            v = sc.get(d)
            if v is not None:
                scores[d] += v
                covw[d] += w * (qual.get(d, 1.0) if qual else 1.0)
                spanw[d] += w
    cover = {d: cw / gsum for d, cw in covw.items()}
    span = dict.fromkeys(scores, gidf[0] / gsum) if spanw is None else {d: w / gsum for d, w in spanw.items()}
    if coverage:
        for d, frac in cover.items():
            scores[d] *= 0.2 + 0.8 * frac * frac
    out = Scored(scores, cover, terms, span, words)
    if use_feedback and len(scores) < N:
        best = max(cover.values())
        full = sum(1 for c in cover.values() if c >= best - 1e-9)
        if full < THIN_RESULTS:
            _feedback(st, out, allowed)
    return out


def _cover_of(scores: dict[int, float], qual: dict[int, float] | None, w: float) -> dict[int, float]:
    if not qual:
        return dict.fromkeys(scores, w)
    return {d: w * qual.get(d, 1.0) for d in scores}


def _feedback(st: _State, out: Scored, allowed: set[int] | None) -> None:
    """Pseudo-relevance feedback: the distinctive terms of the best hits, with a low weight.

    Documents the query reached get a small re-ranking boost; the others land in ``out.feedback``.
    """
    scores, cover = out.scores, out.cover
    maxcov = max(cover.values())
    top = sorted((d for d in scores if cover[d] >= maxcov - 1e-9), key=lambda d: (-scores[d], d))[:FEEDBACK_DOCS]
    if not top:
        return
    top_score = scores[top[0]]
    rel_w = {d: max(0.2, scores[d] / top_score) for d in top}
    wsum = sum(rel_w.values())
    fdf: Counter[str] = Counter()
    fw: dict[str, float] = defaultdict(float)
    for d in top:
        sf = st.reader.stored_fields(d)
        toks = {
            stem(w)
            for w in tokenize(f"{sf.get('title', '')} {sf.get('body', '')}")
            if w not in STOPWORDS and len(w) > 1
        }
        fdf.update(toks)
        for t in toks:
            fw[t] += rel_w[d] / wsum
    N = st.n_docs
    cands = []
    for t in fdf:
        if t in out.terms:
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
        if d in scores:
            scores[d] += v * scale
        else:
            out.feedback[d] = v * scale
    out.profile = sum(fb.get(d, 0.0) for d in top) * scale / len(top)
