"""Hits and snippets: stored fields of a shown result, its highlighted snippet, and nearest themes."""

from __future__ import annotations

import datetime
import html
import re
from collections import defaultdict

from .analysis import _WORD_RE, fold, stem
from .datatypes import Hit
from .reader import _State

SNIPPET_CHARS = 220
_SENT_RE = re.compile(r"[^.!?]+[.!?]?")


def _make_hit(st: _State, docnum: int, score: float, terms: set[str], match: str = "direct", reason: str = "") -> Hit:
    """The shown form of one document (stored fields and a snippet: only for hits on the page)."""
    sf = st.reader.stored_fields(docnum)
    date_s = sf.get("date", "") or ""
    published = None
    if date_s and not date_s.endswith("-00-00"):
        try:
            published = datetime.date.fromisoformat(date_s)
        except ValueError:
            published = None
    year_s = sf.get("year", "") or "0"
    return Hit(
        reference=sf.get("reference", ""),
        title=sf.get("title", ""),
        theme=sf.get("theme", ""),
        department=sf.get("department", ""),
        outcome=sf.get("outcome", ""),
        year=int(year_s) if year_s.isdigit() else 0,
        published=published,
        snippet=make_snippet(sf.get("body", "") or "", terms),
        score=round(float(score), 4),
        match=match,
        reason=reason,
        municipality=sf.get("municipality", "") or "",
    )


def make_snippet(text: str, terms: set[str], max_chars: int = SNIPPET_CHARS) -> str:
    """HTML-safe snippet: the sentences with most matched terms, matches wrapped in <mark>."""
    if not text:
        return ""
    sentences = list(dict.fromkeys(m.group(0).strip() for m in _SENT_RE.finditer(text) if m.group(0).strip()))
    if not sentences:
        sentences = [text]

    stems: dict[str, str] = {}  # word -> stem, once per call

    def stem_of(word: str) -> str:
        got = stems.get(word)
        if got is None:
            got = stems[word] = stem(fold(word))
        return got

    def hits_in(sent: str) -> int:
        return len({stem_of(w) for w in _WORD_RE.findall(sent)} & terms) if terms else 0

    counts = [hits_in(s) for s in sentences]
    ranked = sorted(range(len(sentences)), key=lambda i: (-counts[i], i))
    chosen: list[int] = []
    length = 0
    for i in ranked:
        if chosen and (counts[i] == 0 or length + len(sentences[i]) > max_chars):
            break
        chosen.append(i)
        length += len(sentences[i]) + 1
    chosen.sort()
    snippet = " ".join(sentences[i] for i in chosen)
    cut = len(snippet) > max_chars
    if cut:
        snippet = snippet[:max_chars].rsplit(" ", 1)[0]
    out = []
    pos = 0
    for m in _WORD_RE.finditer(snippet):
        out.append(html.escape(snippet[pos : m.start()]))
        word = m.group(0)
        if terms and stem_of(word) in terms:
            out.append(f"<mark>{html.escape(word)}</mark>")
        else:
            out.append(html.escape(word))
        pos = m.end()
    out.append(html.escape(snippet[pos:]))
    return "".join(out) + (" …" if cut else "")


def _trigrams(text: str) -> set[str]:
    t = f"  {fold(text)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def _nearest_themes(st: _State, q: str, allowed: set[int] | None, n: int = 5) -> list[str]:
    """Themes to offer when nothing matched: by letter similarity to the query, then by size."""
    themes = st.facets_for(None).get("theme", [])
    if not themes:
        return []
    qg = _trigrams(q) if q.strip() else set()
    dept = st.column("department")
    theme_col = st.column("theme")
    dept_of: dict[str, set[str]] = defaultdict(set)
    for d in st.live_docs()[:20_000]:
        dept_of[theme_col[d]].add(dept[d])

    def sim(name: str) -> float:
        if not qg:
            return 0.0
        best = 0.0
        for label in [name, *dept_of.get(name, ())]:
            g = _trigrams(label)
            best = max(best, len(qg & g) / max(1, len(qg | g)))
        return best

    size = {t: c for t, c in themes}
    ranked = sorted(size, key=lambda t: (-sim(t), -size[t], t))
    return ranked[:n]
