"""The commons in the index: which fields followed portals' articles add, and the own-first tie-breaker.

Own and followed articles are scored alike (same fields, same statistics over the whole index); the only
difference is the order among results of exactly equal score, where the portal's own article comes first.
"""

from __future__ import annotations

COMMONS_FIELDS = ("municipality", "own")


def own_first(
    results: dict[int, float], ranked: list[tuple[int, float]], need: int, own: list[str]
) -> list[tuple[int, float]]:
    """The ``need`` best of ``results`` with own articles first among equal scores.

    ``ranked`` is the best ``need + 1`` (best first, as ``_top`` returns them): when the last shown score
    ties with the one after it, every document of that score is a candidate, whatever its docnum.
    """
    if len(ranked) > need and ranked[need][1] == ranked[need - 1][1]:
        last = ranked[need - 1][1]
        ranked = [kv for kv in ranked if kv[1] != last] + [(d, s) for d, s in results.items() if s == last]
    ranked.sort(key=lambda kv: (-kv[1], own[kv[0]] != "1", kv[0]))
    return ranked[:need]
