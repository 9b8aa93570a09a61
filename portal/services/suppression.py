"""Small-cell suppression: the one rule every published figure goes through.

A count from 1 to 4 that belongs to a theme, department, channel or outcome is never published
(primary suppression, shown as "<5"). Because totals are published too, more cells are hidden
(secondary suppression, shown as "×") until no published sum lets anyone recompute a hidden cell
or pin a hidden small count to one value. Zero stays zero: it is never hidden and never hides.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

SMALL = 5  # counts 1..SMALL-1 are hidden
PRIMARY = "<5"
SECONDARY_TEXT = "×"
INF = float("inf")

K = TypeVar("K", bound=Hashable)
Constraint = tuple[Hashable | None, Sequence[Hashable]]


def is_small(value: int) -> bool:
    """A count that may point to a person: 1 to 4."""
    return 0 < value < SMALL


class Hidden(set):
    """The hidden keys; `blanket` holds those shown only as "×" (a whole table too small to show safely)."""

    def __init__(self, keys: Iterable[Hashable] = ()) -> None:
        super().__init__(keys)
        self.blanket: set[Hashable] = set()


def _bounds(key: Hashable, values: Mapping[Hashable, int], hidden: Hidden) -> tuple[float, float]:
    """What a reader knows about a hidden cell: "<5" means 1..4, "×" means 5 or more (blanket: anything)."""
    if key in hidden.blanket:
        return (0, INF)
    return (1, SMALL - 1) if is_small(values[key]) else (SMALL, INF)


def _violated(values: Mapping[Hashable, int], hidden: Hidden, total: Hashable | None,
              parts: Sequence[Hashable]) -> bool:
    """True when the equation total = sum(parts) pins a hidden member to a single value."""
    if total is None:
        return False  # no published sum, nothing to recompute from
    terms = [(k, 1) for k in parts]
    terms.append((total, -1))
    rhs = 0.0  # sum over hidden a_i * x_i equals rhs
    unknown: list[tuple[Hashable, int]] = []
    for key, sign in terms:
        if key in hidden:
            unknown.append((key, sign))
        else:
            rhs -= sign * values[key]
    if not unknown:
        return False
    if len(unknown) == 1:
        return True  # one hidden member of a published sum: recomputable
    for j, (key, sign) in enumerate(unknown):
        lo_rest = hi_rest = 0.0
        for i, (other, other_sign) in enumerate(unknown):
            if i == j:
                continue
            lo, hi = _bounds(other, values, hidden)
            lo_rest += other_sign * (lo if other_sign > 0 else hi)
            hi_rest += other_sign * (hi if other_sign > 0 else lo)
        # sign * x = rhs - rest
        lo_x, hi_x = rhs - hi_rest, rhs - lo_rest
        if sign < 0:
            lo_x, hi_x = -hi_x, -lo_x
        blo, bhi = _bounds(key, values, hidden)
        lo_x, hi_x = max(lo_x, blo), min(hi_x, bhi)
        if lo_x == hi_x:
            return True
    return False


def protect(values: Mapping[K, int], constraints: Iterable[Constraint]) -> Hidden:
    """The keys to hide.

    `values` holds every count that would be published; each constraint `(total, parts)` says that
    `values[total] == sum(values[p] for p in parts)` is visible to readers (`total` None: no total shown).
    Primary: every count 1..4. Secondary: while some published sum still pins a hidden cell, hide the
    smallest non-zero published part of that sum (or, if none is left, its total). If even that cannot
    help (say four cells of "<5" and a total of "<5": each must be 1), the whole sum is shown as "×",
    zeros and small cells included: the one exception to "zero stays zero".
    """
    constraints = [(t, list(p)) for t, p in constraints]
    hidden = Hidden(k for k, v in values.items() if is_small(v))
    for _ in range(10 * len(values) + 10):
        changed = False
        for total, parts in constraints:
            if not _violated(values, hidden, total, parts):
                continue
            candidates = [k for k in parts if k not in hidden and values[k] > 0]
            if candidates:
                hidden.add(min(candidates, key=lambda k: (values[k], str(k))))
                changed = True
            elif total is not None and total not in hidden and values[total] > 0:
                hidden.add(total)
                changed = True
            else:
                members = [*parts, total] if total is not None else list(parts)
                hidden.update(members)
                hidden.blanket.update(members)
                changed = True
        if not changed:
            break
    return hidden


def shown(value: int, key: Hashable, hidden: set[Hashable]) -> int | str | None:
    """The published form of a count: the number, "<5" (primary) or None (secondary or blanket)."""
    if key not in hidden:
        return value
    if key in getattr(hidden, "blanket", ()):
        return None
    return PRIMARY if is_small(value) else None


def share(numerator: int | str | None, denominator: int | str | None, digits: int = 1) -> float | None:
    """A percentage from published counts; None when either is hidden or the base is 0 or small."""
    if not isinstance(numerator, int) or not isinstance(denominator, int):
        return None
    if denominator == 0 or is_small(denominator):
        return None
    return round(100.0 * numerator / denominator, digits)


def display(value: int | str | None) -> str:
    """Text for pages and CSV: numbers as is, "<5", or "×" for a secondary hidden cell."""
    if value is None:
        return SECONDARY_TEXT
    return str(value)
