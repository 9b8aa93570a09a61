"""The threat model's rules (docs/accountability-threat-model.md) as property tests.

H1: headline figures are fixed: never hidden, whatever their size. H2: headline shares rounded.
B1/B2: no breakdown cell of 1..4 is published, and no hidden cell can be recomputed.
P2: the differencing attack — a year minus its quarters — is checked by an independent brute-force attacker
that enumerates every table consistent with everything published.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from portal.services.suppression import headline_share, pinned, protect, shown

QUARTERS = ("q1", "q2", "q3", "q4")
CATS = ("a", "b")


def _grid(cells: dict[tuple[str, str], int]) -> tuple[dict, list, set]:
    """Four quarters and their year, two categories each; totals are headline (fixed) figures."""
    values: dict = dict(cells)
    constraints: list = []
    for q in QUARTERS:
        values[(q, "total")] = sum(cells[(q, c)] for c in CATS)
        constraints.append(((q, "total"), [(q, c) for c in CATS]))
    for c in CATS:
        values[("year", c)] = sum(cells[(q, c)] for q in QUARTERS)
        constraints.append((("year", c), [(q, c) for q in QUARTERS]))  # the year is the sum of its quarters
    values[("year", "total")] = sum(values[(q, "total")] for q in QUARTERS)
    constraints.append((("year", "total"), [("year", c) for c in CATS]))
    fixed = {(p, "total") for p in (*QUARTERS, "year")}
    return values, constraints, fixed


def _consistent(published: dict, key: tuple, value: int) -> bool:
    """Could `value` be the true value of `key`, given what is shown for it?"""
    shown_value = published[key]
    if isinstance(shown_value, int):
        return value == shown_value
    if shown_value == "<5":
        return 1 <= value <= 4
    return value >= 5 or key in published["__blanket__"]


def _attack(values: dict, hidden) -> dict[tuple, set[int]]:
    """Brute force: every quarter table (a, total - a) consistent with all published cells, quarters and year."""
    published = {k: shown(v, k, hidden) for k, v in values.items()}
    published["__blanket__"] = hidden.blanket
    totals = [values[(q, "total")] for q in QUARTERS]  # headline: always published
    possible: dict[tuple, set[int]] = {k: set() for k in values if k in hidden}
    for combo in itertools.product(*(range(t + 1) for t in totals)):
        world = {}
        for q, a, t in zip(QUARTERS, combo, totals, strict=True):
            world[(q, "a")], world[(q, "b")] = a, t - a
        for c in CATS:
            world[("year", c)] = sum(world[(q, c)] for q in QUARTERS)
        if all(_consistent(published, k, v) for k, v in world.items()):
            for k in possible:
                possible[k].add(world[k])
    return possible


@settings(max_examples=120, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=9), min_size=8, max_size=8))
def test_differencing_a_year_and_its_quarters_reveals_no_small_cell(counts):
    cells = {(q, c): counts[i * 2 + j] for i, q in enumerate(QUARTERS) for j, c in enumerate(CATS)}
    values, constraints, fixed = _grid(cells)
    hidden = protect(values, constraints, fixed=fixed)
    for key in fixed:
        assert key not in hidden  # H1: the headline total of every quarter and the year is published
    for key, value in values.items():
        if key not in fixed and 0 < value < 5:
            assert key in hidden  # B1
    possible = _attack(values, hidden)
    for key, options in possible.items():
        assert values[key] in options  # the attacker's model is sound
        if key not in hidden.blanket and 0 < values[key] < 5:
            assert len(options) >= 2, (key, values[key], options)  # B2/P2: never pinned, even across the grid
    # the protector's own audit agrees: only cells of a wholly "×" table can be worked out (from a headline)
    assert all(k in hidden.blanket for k in pinned(values, hidden, constraints))


def test_the_classic_differencing_attack_is_closed():
    # Year "a" = 20 is large; three quarters show 6, 5, 6; the fourth holds 3. Without the year sum in the grid
    # 20 - 6 - 5 - 6 would give 3 away.
    cells = {
        ("q1", "a"): 6,
        ("q2", "a"): 5,
        ("q3", "a"): 6,
        ("q4", "a"): 3,
        ("q1", "b"): 9,
        ("q2", "b"): 8,
        ("q3", "b"): 7,
        ("q4", "b"): 12,
    }
    values, constraints, fixed = _grid(cells)
    hidden = protect(values, constraints, fixed=fixed)
    assert ("q4", "a") in hidden
    possible = _attack(values, hidden)
    assert len(possible[("q4", "a")]) >= 2


def test_fixed_headline_is_never_hidden_even_when_small():
    values = {"total": 3, "a": 2, "b": 1}
    hidden = protect(values, [("total", ["a", "b"])], fixed={"total"})
    assert "total" not in hidden and {"a", "b"} <= hidden
    # x + y = 3 with both in 1..4: neither is pinned
    assert pinned(values, hidden, [("total", ["a", "b"])]) == []


def test_single_small_part_of_a_fixed_total_is_shown_as_cross_table():
    values = {"total": 2, "a": 2, "b": 0, "c": 0}
    hidden = protect(values, [("total", ["a", "b", "c"])], fixed={"total"})
    assert "total" not in hidden
    assert {"a", "b", "c"} <= hidden.blanket  # the breakdown goes wholly to "×", the headline stays


@given(st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=400))
def test_headline_share_rounding(num, base):
    num = min(num, base)
    value = headline_share(num, base)
    if base == 0 or 0 < base < 5:
        assert value is None
        return
    exact = 100 * num / base
    assert isinstance(value, int) and 0 <= value <= 100
    if base < 50:
        assert value % 5 == 0 and abs(value - exact) <= 2.5
    else:
        assert abs(value - exact) <= 0.5


def test_headline_share_examples():
    assert headline_share(6, 11) == 55 and headline_share(11, 16) == 70 and headline_share(5, 6) == 85
    assert headline_share(45, 50) == 90 and headline_share(391, 1000) == 39
    assert headline_share(2, 3) is None and headline_share(0, 0) is None
