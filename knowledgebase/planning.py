"""Query planning: each query word becomes a group of weighted alternative index terms.

Compounds are matched by their parts both ways using the index's own vocabulary: a query word finds
compounds that start or end with it ("afval" -> "afvalinzameling"), two adjacent query words find the
compound they form ("parkeer vergunning"), an unknown compound is split into known parts, and typos
are corrected from the index vocabulary (Damerau-Levenshtein, anchored at either end).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from .analysis import _WORD_RE, fold, stem
from .datatypes import FACET_KEYS, SearchQuery
from .reader import _State

# weights of the kinds of alternative a query word can match
W_EXACT = 1.0
W_PAIR = 1.0
W_SPELL = 0.9
W_SPLIT = 0.75
W_VARIANT = 0.8
MAX_COMPOUNDS = 12  # compounds tried for a word the index does not hold itself (the most frequent first)
MAX_COMPOUNDS_KNOWN = 6  # ... and for a word it does hold (each costs a postings read per field)
W_COMPOUND = 0.6
W_FUZZY = 0.5
FIELD_BOOST = {"title": 2.0, "body": 1.0, "meta": 0.4}
LINKERS = ("", "s", "e", "en", "n", "er")
# how surely a kind of alternative means what was asked (the coverage of a query counts these)
Q_COMPOUND = 0.7
Q_SPLIT = 0.8
Q_SPELL = 0.6
Q_FUZZY = 0.0  # a fuzzy guess never counts as covering the query: its hits are only "related"


@dataclass
class _Alt:
    """One way a query word can match: a set of terms all required (len 1 = plain term)."""

    terms: tuple[str, ...]
    weight: float
    fields: tuple[str, ...] = ("title", "body", "meta")
    quality: float = 1.0


@dataclass
class _Group:
    word: str
    alts: list[_Alt]
    corrected: str | None = None  # surface form of a spelling correction


def _damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, early exit above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _filter_set(st: _State, query: SearchQuery) -> set[int] | None:
    """Docnums allowed by the facet filters (None = no filter)."""
    allowed: set[int] | None = None
    for key in FACET_KEYS:
        value = getattr(query, key, None)
        if value is None or value == "":
            continue
        value = str(value).strip()
        ids = set(st.postings(key, value)) if value else set()
        allowed = ids if allowed is None else allowed & ids
    return allowed


def _key_words(st: _State, words: list[str], n: int) -> list[str]:
    """The ``n`` most distinctive words (tf * idf) of a text."""
    tf = Counter(words)
    scored = []
    for w, c in tf.items():
        df = st.known(stem(w))
        if df == 0:
            continue
        scored.append(((1 + math.log(c)) * math.log(1 + st.n_docs / df), w))
    scored.sort(reverse=True)
    return [w for _, w in scored[:n]]


def _spell(st: _State, word: str) -> str | None:
    """Closest known stem to an unknown word, by edit distance then frequency (memoised)."""
    key = ("spell", word)
    if key not in st._expand:
        st._cache_expand(key, _spell_uncached(st, word))
    return st._expand[key]


def _spell_uncached(st: _State, word: str) -> str | None:
    s = stem(word)
    if len(word) < 4:
        return None
    maxdist = 1 if len(word) <= 6 else 2
    letters = {target: set(target) for target in (s, word)}
    best: tuple[int, int, str] | None = None
    cands: set[str] = set()
    for target in {s, word}:
        chars = letters[target]
        for t in (*st.prefix_terms(target[:2], limit=20_000), *st.suffix_terms(target[-2:], limit=20_000)):
            # each edit changes the set of letters by at most two: a cheap filter before the DP
            if abs(len(t) - len(target)) <= maxdist and len(chars.symmetric_difference(t)) <= 2 * maxdist:
                cands.add(t)
    for t in cands:
        if len(t) < 3:
            continue
        dist = min(_damerau(s, t, maxdist), _damerau(word, t, maxdist))
        if dist > maxdist:
            continue
        key = (dist, -st.known(t), t)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _split(st: _State, word: str) -> tuple[str, str] | None:
    """Split an unknown or rare compound into two known parts (with a linking -s-/-e-/-en-)."""
    best = None
    n = len(word)
    for i in range(3, n - 2):
        left, right = word[:i], word[i:]
        rs = stem(right)
        rdf = st.known(rs)
        if not rdf or len(rs) < 3:
            continue
        for link in LINKERS:
            if link and not left.endswith(link):
                continue
            base = left[: len(left) - len(link)] if link else left
            if len(base) < 3:
                continue
            ls = stem(base)
            ldf = max(st.known(ls), st.known(base))
            if not ldf:
                continue
            lterm = ls if st.known(ls) else base
            score = (min(ldf, rdf), len(right))
            if best is None or score > best[0]:
                best = (score, (lterm, rs))
    return best[1] if best else None


def _compound_alts(st: _State, word: str, s: str) -> list[_Alt]:
    """Compounds in the index that start or end with the word (both directions of decompounding)."""
    min_len = 4 if st.known(s) else 3  # a short word the index only holds inside compounds ("ijs")
    bases = {b for b in (s, word) if len(b) >= min_len}
    out: dict[str, int] = {}
    for base in bases:
        for t, df in st.affix_terms_df(base).items():
            if len(t) - len(base) >= 3 and t != s:
                out[t] = max(df, out.get(t, 0))
        if len(base) >= 5:  # the word in the middle of a compound ("opvang" -> kinderopvangtoeslag)
            for t in st.infix_terms(base):
                if t not in out:
                    out[t] = st.known(t)
    limit = MAX_COMPOUNDS_KNOWN if st.known(s) else MAX_COMPOUNDS
    best = sorted(out, key=lambda t: (-out[t], t))[:limit]
    return [_Alt((t,), W_COMPOUND, ("title", "body"), Q_COMPOUND) for t in best]


def _pair_terms(st: _State, a: str, b: str) -> list[str]:
    """Index terms formed by two adjacent query words ("parkeer vergunning", "id kaart")."""
    sb = stem(b)
    if len(sb) < 3:
        return []
    prefixes = {a, stem(a)} if len(a) >= 2 else set()
    out = []
    # compounds that end with the second word and start with the first ("id kaart" -> identiteitskaart)
    # ... or hold the first word inside ("opvang toeslag" -> kinderopvangtoeslag)
    for t in st.suffix_terms(sb, limit=3000):
        for p in prefixes:
            if len(t) >= len(p) + len(sb) and (t.startswith(p) or (len(p) >= 4 and p in t[: -len(sb)])):
                out.append(t)
                break
    # longer compounds that start with both words joined ("kinder opvang" -> kinderopvangtoeslag)
    if len(a) >= 3:
        for head in {a, stem(a)}:
            for link in ("", "s", "en", "e"):
                for tail in {b, sb}:
                    for t in st.prefix_terms(head + link + tail, limit=200):
                        out.append(t)
    return list(dict.fromkeys(out))


def _is_inflection(a: str, b: str) -> bool:
    """True when two words differ only by a Dutch inflection (same stem, one extends the other)."""
    return stem(a) == stem(b) and (a.startswith(b) or b.startswith(a))


def _spell_word(st: _State, word: str) -> str | None:
    """Closest surface word of the index (same first two letters), by distance then frequency."""
    key = ("spellw", word)
    if key not in st._expand:
        st._cache_expand(key, _spell_word_uncached(st, word))
    return st._expand[key]


def _spell_word_uncached(st: _State, word: str) -> str | None:
    if len(word) < 4:
        return None
    maxdist = 1 if len(word) <= 6 else 2
    best = None
    chars = set(word)
    for t in st.surface_prefix(word[:2]):
        if abs(len(t) - len(word)) > maxdist or t == word or len(chars.symmetric_difference(t)) > 2 * maxdist:
            continue
        dist = _damerau(word, t, maxdist)
        if dist <= maxdist:
            key = (dist, -st.surface_df(t), t)
            if best is None or key < best:
                best = key
    return best[2] if best else None


_PARTICLES = ("terug", "door", "over", "mee", "aan", "uit", "toe", "weg", "bij", "vast", "op", "af", "in", "na")
_DIMINUTIVES = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je")


def _variants(word: str) -> list[str]:
    """Candidate base forms of a Dutch word (diminutive or participle undone); checked against the index."""
    out = []
    if len(word) > 5:
        for suf in _DIMINUTIVES:  # huisje -> huis, lampjes -> lamp, balletje -> bal
            if word.endswith(suf) and len(word) - len(suf) >= 3:
                base = word[: -len(suf)]
                out.append(base)
                if suf.startswith("e") and len(base) > 3 and base[-1] == base[-2]:
                    out.append(base[:-1])
    if len(word) > 5 and word.endswith(("d", "t")):  # geweigerd -> weiger, opgeschort -> opschort
        for particle in ("", *_PARTICLES):
            if word.startswith(particle + "ge") and len(word) - len(particle) > 5:
                rest = particle + word[len(particle) + 2 :]
                out.extend([rest, rest[:-1]])
                break
    return [v for v in dict.fromkeys(out) if v != word]


def _plan(st: _State, words: list[str]) -> tuple[list[_Group], str | None]:
    """Turn query words into groups of weighted alternatives; returns (groups, suggestion)."""
    pairs: dict[int, list[str]] = defaultdict(list)
    for i in range(len(words) - 1):
        for t in _pair_terms(st, words[i], words[i + 1]):
            pairs[i].append(t)
    groups: list[_Group] = []
    corrected_any = False
    surface: list[str] = []
    for i, w in enumerate(words):
        s = stem(w)
        alts: list[_Alt] = []
        corrected = None
        compounds = _compound_alts(st, w, s)
        in_pair = bool(pairs.get(i) or pairs.get(i - 1))
        for v in _variants(w):
            vs = stem(v)
            if vs != s and st.known(vs):
                alts.append(_Alt((vs,), W_VARIANT))
        if st.known(s):
            alts.append(_Alt((s,), W_EXACT))
            if len(w) >= 8 and not in_pair and not st.surface_df(w):  # a typo the stemmer absorbed
                c = _spell_word(st, w)
                if c and not _is_inflection(w, c):
                    corrected = c
                    if stem(c) != s and st.known(stem(c)):
                        alts.append(_Alt((stem(c),), W_SPELL, quality=Q_SPELL))
        else:
            parts = _split(st, w)
            if parts:
                alts.append(_Alt(parts, W_SPLIT, quality=Q_SPLIT))
            if not parts and not compounds and not in_pair and not alts:
                fix = _spell(st, w)
                c = _spell_word(st, w)
                if not fix and c and st.known(stem(c)):
                    fix = stem(c)
                if fix:
                    alts.append(_Alt((fix,), W_SPELL, quality=Q_SPELL))
                    corrected = c if c and stem(c) == fix else (_surface(st, fix) or fix)
                    compounds = _compound_alts(st, fix, fix)
        alts.extend(compounds)
        if corrected:
            corrected_any = True
        groups.append(_Group(w, alts, corrected))
        surface.append(corrected or w)
    # a corrected word may now form a compound with its neighbour ("parkeer vergunnig")
    for i in range(len(words) - 1):
        if (groups[i].corrected or groups[i + 1].corrected) and not pairs.get(i):
            a, b = groups[i].corrected or words[i], groups[i + 1].corrected or words[i + 1]
            pairs[i].extend(_pair_terms(st, a, b))
    # adjacent words that together form one compound of the index cover both words
    for i, terms in list(pairs.items()):
        for t in terms:
            alt = _Alt((t,), W_PAIR, ("title", "body"))
            groups[i].alts.append(alt)
            groups[i + 1].alts.append(alt)
    suggestion = " ".join(surface) if corrected_any else None
    return groups, suggestion


def _fuzzy_plan(st: _State, words: list[str]) -> list[_Group]:
    """Last-resort plan: looser edit distance and plain prefixes."""
    groups = []
    for w in words:
        if len(w) < 3:
            continue
        s = stem(w)
        alts = []
        maxdist = 2 if len(w) >= 5 else 1
        chars = set(s)
        for t in st.prefix_terms(w[:1], limit=50_000):
            if (
                abs(len(t) - len(s)) <= maxdist
                and len(chars.symmetric_difference(t)) <= 2 * maxdist
                and _damerau(s, t, maxdist) <= maxdist
            ):
                alts.append(_Alt((t,), W_FUZZY, quality=Q_FUZZY))
        for t in st.prefix_terms(s[:4], limit=200) if len(s) >= 3 else []:
            alts.append(_Alt((t,), W_FUZZY, quality=Q_FUZZY))
        if alts:
            alts.sort(key=lambda a: -st.known(a.terms[0]))
            groups.append(_Group(w, alts[:20]))
    return groups


def _suggest_from(st: _State, groups: list[_Group], words: list[str]) -> str | None:
    out = []
    for w in words:
        g = next((g for g in groups if g.word == w), None)
        if g and g.alts:
            out.append(_surface(st, g.alts[0].terms[0]) or g.alts[0].terms[0])
        else:
            out.append(w)
    return " ".join(out)


def _surface(st: _State, term: str) -> str | None:
    """A word as written in the articles whose stem is ``term``."""
    ids = st.postings("title", term) or st.postings("body", term)
    forms: Counter[str] = Counter()
    for d in list(ids)[:5]:
        sf = st.reader.stored_fields(d)
        for tok in _WORD_RE.findall(f"{sf.get('title', '')} {sf.get('body', '')}"):
            lw = fold(tok)
            if stem(lw) == term:
                forms[lw] += 1
    return forms.most_common(1)[0][0] if forms else None
