"""Facet counts (theme, department, outcome, year) over a result set, from the index's sortable columns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .datatypes import FACET_KEYS


class FacetsMixin:
    """Facet counting for the reader state (needs ``column``, ``live_docs``, ``reader`` and ``n_docs``)."""

    def facets_for(self, docs: Iterable[int] | None) -> dict[str, list[tuple[str, int]]]:
        """Facet counts over ``docs`` (None = all live documents)."""
        if docs is None or (isinstance(docs, (dict, list, set)) and len(docs) >= self.n_docs
                            and len(docs) == self.reader.doc_count()):
            if self._all_facets is None:
                self._all_counts = self._counters(self.live_docs())
                self._all_facets = self._sorted(self._all_counts)
            return self._all_facets
        docs = docs if isinstance(docs, (dict, list, set)) else list(docs)
        if len(docs) > self.n_docs // 2:
            # a big result: count the (small) rest and subtract it from the cached totals
            self.facets_for(None)
            keys = docs.keys() if isinstance(docs, dict) else set(docs)
            rest = [d for d in self.live_docs() if d not in keys]
            rest_counts = self._counters(rest)
            counts = {}
            for key in FACET_KEYS:
                c = self._all_counts[key].copy()
                c.subtract(rest_counts[key])
                counts[key] = +c
            return self._sorted(counts)
        return self._sorted(self._counters(docs))

    def _counters(self, docs) -> dict[str, Counter]:
        """Facet counters over ``docs``: two counting passes over pair codes, then a small fold."""
        if self._pair_codes is None:
            self._pair_codes = []
            for a, b in (("theme", "department"), ("outcome", "year")):
                ids: dict[tuple, int] = {}
                codes = [ids.setdefault(k, len(ids)) for k in zip(self.column(a), self.column(b), strict=True)]
                self._pair_codes.append((a, b, codes, list(ids)))
        out: dict[str, Counter] = {}
        for a, b, codes, pairs in self._pair_codes:
            ca, cb = Counter(), Counter()
            for code, n in Counter(map(codes.__getitem__, docs)).items():
                va, vb = pairs[code]
                ca[va] += n
                cb[vb] += n
            out[a], out[b] = ca, cb
        return out

    def _sorted(self, all_counts: dict[str, Counter]) -> dict[str, list[tuple[str, int]]]:
        out: dict[str, list[tuple[str, int]]] = {}
        for key in FACET_KEYS:
            counts = Counter(all_counts[key])
            counts.pop("", None)
            out[key] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # most frequent first
        return out

