"""Small-cell suppression: the one rule every published figure goes through.

A count from 1 to 4 that belongs to a theme, department, channel or outcome is never published
(primary suppression, shown as "<5"). Because totals are published too, more cells are hidden
(secondary suppression, shown as "×") until no published sum lets anyone recompute a hidden cell
or pin a hidden small count to one value. Zero stays zero: it is never hidden and never hides.

Headline figures of the whole municipality (a quarter's or year's total, finished, solved, agreements) are
`fixed`: never hidden; breakdown cells are hidden instead. Their shares are rounded (`headline_share`).
The reasons are in docs/accountability-threat-model.md.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

SMALL = 5  # counts 1..SMALL-1 are hidden
HEADLINE_EXACT_BASE = 50  # headline shares of a smaller base are rounded to 5 points
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


def _equations(constraints: Sequence[tuple[Hashable | None, Sequence[Hashable]]]) -> list[list[tuple[Hashable, int]]]:
    """Each published sum `total = sum(parts)` as terms (key, sign) with sum(sign * value) == 0."""
    return [[*((k, 1) for k in parts), (total, -1)] for total, parts in constraints if total is not None]


def _tighten(
    values: Mapping[Hashable, int], hidden: Hidden, equations: Sequence[Sequence[tuple[Hashable, int]]]
) -> dict[Hashable, tuple[float, float]]:
    """What a reader can work out about every hidden cell from all published sums together.

    Interval propagation: each equation narrows the range of each of its hidden members, given the ranges of
    the others; repeated until nothing changes. This catches chains of sums (a year minus three quarters) too.
    """
    bounds = {k: _bounds(k, values, hidden) for eq in equations for k, _sign in eq if k in hidden}
    relevant = [eq for eq in equations if any(k in hidden for k, _s in eq)]
    uses: dict[Hashable, list[int]] = defaultdict(list)
    for i, eq in enumerate(relevant):
        for key, _sign in eq:
            if key in hidden:
                uses[key].append(i)
    queue = list(range(len(relevant)))
    queued = set(queue)
    budget = 200 * len(relevant) + 100  # propagation always ends; this only guards against slow creeping
    while queue and budget > 0:
        budget -= 1
        i = queue.pop()
        queued.discard(i)
        eq = relevant[i]
        rhs = 0.0
        unknown: list[tuple[Hashable, int]] = []
        for key, sign in eq:
            if key in hidden:
                unknown.append((key, sign))
            else:
                rhs -= sign * values[key]
        # Sum of the lowest and highest contributions; infinities counted apart so one can be taken out again.
        lo_sum = hi_sum = 0.0
        lo_inf = hi_inf = 0
        contrib = []
        for key, sign in unknown:
            lo, hi = bounds[key]
            c_lo, c_hi = (sign * lo, sign * hi) if sign > 0 else (sign * hi, sign * lo)
            contrib.append((c_lo, c_hi))
            if c_lo == -INF:
                lo_inf += 1
            else:
                lo_sum += c_lo
            if c_hi == INF:
                hi_inf += 1
            else:
                hi_sum += c_hi
        for (key, sign), (c_lo, c_hi) in zip(unknown, contrib, strict=True):
            lo_rest = -INF if lo_inf - (c_lo == -INF) > 0 else lo_sum - (0.0 if c_lo == -INF else c_lo)
            hi_rest = INF if hi_inf - (c_hi == INF) > 0 else hi_sum - (0.0 if c_hi == INF else c_hi)
            lo_x, hi_x = rhs - hi_rest, rhs - lo_rest  # sign * x lies in here
            if sign < 0:
                lo_x, hi_x = -hi_x, -lo_x
            old_lo, old_hi = bounds[key]
            new_lo, new_hi = max(old_lo, lo_x), min(old_hi, hi_x)
            if (new_lo, new_hi) != (old_lo, old_hi) and new_lo <= new_hi:
                bounds[key] = (new_lo, new_hi)
                for j in uses[key]:
                    if j not in queued:
                        queue.append(j)
                        queued.add(j)
    return bounds


def pinned(values: Mapping[Hashable, int], hidden: Hidden, constraints: Iterable[Constraint]) -> list[Hashable]:
    """Hidden cells whose value a reader can recompute exactly from the published sums (should be none)."""
    bounds = _tighten(values, hidden, _equations([(t, list(p)) for t, p in constraints]))
    return [k for k, (lo, hi) in bounds.items() if lo >= hi]


def protect(values: Mapping[K, int], constraints: Iterable[Constraint], fixed: Iterable[Hashable] = ()) -> Hidden:
    """The keys to hide.

    `values` holds every count that would be published; each constraint `(total, parts)` says that
    `values[total] == sum(values[p] for p in parts)` is visible to readers (`total` None: no total shown).
    `fixed` keys are headline figures: always published, never hidden, whatever their size.
    Primary: every count 1..4 that is not fixed. Secondary: while a reader can still pin a hidden cell to one
    value (from all published sums together), hide the smallest non-zero published part of a sum it belongs
    to (or, if none is left, that sum's total). If even that cannot help (say four cells of "<5" and a total of
    "<5": each must be 1), the whole sum is shown as "×", zeros and small cells included (fixed keys excepted):
    the one exception to "zero stays zero".
    """
    constraints = [(t, list(p)) for t, p in constraints]
    fixed_keys = set(fixed)
    hidden = Hidden(k for k, v in values.items() if is_small(v) and k not in fixed_keys)
    # Sums only interact through cells a reader does not know for sure; fixed (headline) cells are known, so the
    # problem splits into independent groups (themes, departments, ...), each solved on its own: much faster.
    parent: dict[Hashable, Hashable] = {}

    def root(key: Hashable) -> Hashable:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    open_members = []
    for total, parts in constraints:
        members = [m for m in (*parts, total) if m is not None and m not in fixed_keys]
        open_members.append(members)
        for m in members[1:]:
            ra, rb = root(members[0]), root(m)
            if ra != rb:
                parent[rb] = ra
    groups: dict[Hashable, list[tuple[Hashable | None, list[Hashable]]]] = defaultdict(list)
    for constraint, members in zip(constraints, open_members, strict=True):
        if members:
            groups[root(members[0])].append(constraint)
    for group in groups.values():
        _protect_group(values, group, fixed_keys, hidden)
    return hidden


def _protect_group(
    values: Mapping[Any, int], constraints: list[tuple[Any, list]], fixed_keys: set[Hashable], hidden: Hidden
) -> None:
    """Secondary suppression for one group of linked sums (see `protect`)."""
    equations = _equations(constraints)
    member_of: dict[Hashable, list[int]] = defaultdict(list)
    for i, (total, parts) in enumerate(constraints):
        for key in (*parts, total):
            if key is not None:
                member_of[key].append(i)
    given_up: set[Hashable] = set()
    for _ in range(10 * len(member_of) + 10):
        _local_pass(values, constraints, hidden, fixed_keys)
        bounds = _tighten(values, hidden, equations)
        todo = sorted((k for k, (lo, hi) in bounds.items() if lo >= hi and k not in given_up), key=str)
        if not todo:
            break
        # Hide one more published cell per pinned key (keys sharing a sum with one just handled wait for the next
        # round: that may have freed them). Only when no pinned key has such a cell left, blanket one sum.
        touched: set[int] = set()
        for key in todo:
            if touched.intersection(member_of.get(key, ())):
                continue
            cand = _candidate(key, values, constraints, member_of, hidden, fixed_keys)
            if cand is not None:
                hidden.add(cand)
                touched.update(member_of.get(key, ()))
                touched.update(member_of.get(cand, ()))
        if not touched:  # nothing left to hide one by one: show these sums wholly as "×" (or give up on the key)
            for key in todo:
                if key not in given_up:
                    _blanket(key, constraints, member_of, hidden, fixed_keys, given_up)


def _local_pass(
    values: Mapping[Any, int], constraints: Sequence[tuple[Any, list]], hidden: Hidden, fixed_keys: set[Hashable]
) -> None:
    """The quick part of secondary suppression: while one sum on its own pins a hidden cell, hide one more cell.

    Each sum is looked at alone with what "<5" and "×" say (cheap); `_tighten` then looks at all sums together.
    """
    pairs = [
        (i, [*((k, 1) for k in parts), (total, -1)])
        for i, (total, parts) in enumerate(constraints)
        if total is not None
    ]
    changed = True
    while changed:
        changed = False
        for i, eq in pairs:
            single = {k: _bounds(k, values, hidden) for k, _s in eq if k in hidden}
            if not single:
                continue
            pinned_here = [k for k, (lo, hi) in _tighten_one(values, eq, single).items() if lo >= hi]
            if not pinned_here:
                continue
            cand = _candidate(pinned_here[0], values, [constraints[i]], {pinned_here[0]: [0]}, hidden, fixed_keys)
            if cand is not None:
                hidden.add(cand)
                changed = True


def _tighten_one(
    values: Mapping[Any, int], eq: Sequence[tuple[Hashable, int]], bounds: dict[Hashable, tuple[float, float]]
) -> dict[Hashable, tuple[float, float]]:
    """One equation's narrowing of its hidden members' ranges (one pass)."""
    rhs = 0.0
    unknown = []
    for key, sign in eq:
        if key in bounds:
            unknown.append((key, sign))
        else:
            rhs -= sign * values[key]
    out = dict(bounds)
    for j, (key, sign) in enumerate(unknown):
        lo_rest = hi_rest = 0.0
        for i, (other, other_sign) in enumerate(unknown):
            if i == j:
                continue
            lo, hi = bounds[other]
            lo_rest += other_sign * (lo if other_sign > 0 else hi)
            hi_rest += other_sign * (hi if other_sign > 0 else lo)
        lo_x, hi_x = rhs - hi_rest, rhs - lo_rest
        if sign < 0:
            lo_x, hi_x = -hi_x, -lo_x
        blo, bhi = bounds[key]
        out[key] = (max(lo_x, blo), min(hi_x, bhi))
    return out


def _candidate(
    key: Hashable,
    values: Mapping[Any, int],
    constraints: Sequence[tuple[Any, list]],
    member_of: Mapping[Hashable, list[int]],
    hidden: Hidden,
    fixed_keys: set[Hashable],
) -> Hashable | None:
    """The cell to hide so `key` is no longer pinned: the smallest non-zero published, non-fixed member of a sum
    it belongs to (None if there is none)."""
    best: tuple[int, str, Hashable] | None = None
    for i in member_of.get(key, ()):
        total, parts = constraints[i]
        for cand in (*parts, total):
            if cand is None or cand in hidden or cand in fixed_keys or values[cand] <= 0:
                continue
            if best is None or (values[cand], str(cand)) < best[:2]:
                best = (values[cand], str(cand), cand)
    return None if best is None else best[2]


def _blanket(
    key: Hashable,
    constraints: Sequence[tuple[Any, list]],
    member_of: Mapping[Hashable, list[int]],
    hidden: Hidden,
    fixed_keys: set[Hashable],
    given_up: set[Hashable],
) -> None:
    """Show the smallest sum `key` belongs to wholly as "×"; if that adds nothing, give up on `key`."""
    for i in sorted(member_of.get(key, ()), key=lambda i: len(constraints[i][1])):
        total, parts = constraints[i]
        members = [m for m in (*parts, total) if m is not None and m not in fixed_keys and m not in hidden.blanket]
        if members:
            hidden.update(members)
            hidden.blanket.update(members)
            return
    given_up.add(key)  # equals a fixed headline figure: nothing left to hide


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


def headline_share(numerator: int, base: int) -> int | None:
    """A municipality-wide share (rule H2): whole points, to 5 points when the base is under 50.

    None only when there is no base to speak of: 0, or 1 to 4 (a share of a handful is not a share).
    """
    if base <= 0 or is_small(base):
        return None
    exact = 100.0 * numerator / base
    if base < HEADLINE_EXACT_BASE:
        return int(5 * math.floor(exact / 5 + 0.5))
    return int(math.floor(exact + 0.5))


def display(value: int | str | None) -> str:
    """Text for pages and CSV: numbers as is, "<5", or "×" for a secondary hidden cell."""
    if value is None:
        return SECONDARY_TEXT
    return str(value)
