"""The suppression rule itself: primary, secondary, zeros, linked totals; and a property test."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from portal.services.suppression import display, protect, share, shown


def table(cells: dict[str, int]) -> tuple[dict, list]:
    values = {"total": sum(cells.values()), **cells}
    return values, [("total", list(cells))]


def test_nothing_hidden_when_all_large_or_zero():
    values, cons = table({"a": 10, "b": 0, "c": 5})
    assert protect(values, cons) == set()


def test_primary_and_secondary_next_smallest():
    values, cons = table({"a": 3, "b": 9, "c": 20, "d": 0})
    hidden = protect(values, cons)
    assert hidden == {"a", "b"}  # b is the next smallest non-zero cell; the zero stays
    assert shown(3, "a", hidden) == "<5"
    assert shown(9, "b", hidden) is None
    assert shown(0, "d", hidden) == 0


def test_zero_stays_zero_and_never_hides():
    values, cons = table({"a": 0, "b": 2, "c": 0, "d": 30})
    hidden = protect(values, cons)
    assert "a" not in hidden and "c" not in hidden
    assert "b" in hidden and "d" in hidden


def test_two_fours_would_be_pinned_so_more_is_hidden():
    # 4 + 4 = 8 with nothing else would reveal both; the total must go too.
    values, cons = table({"a": 4, "b": 4})
    hidden = protect(values, cons)
    assert {"a", "b", "total"} <= hidden


def test_two_ones_with_a_large_cell():
    values, cons = table({"a": 1, "b": 1, "c": 50})
    hidden = protect(values, cons)
    assert {"a", "b"} <= hidden
    assert "c" in hidden  # 1 + 1 = 2 would pin both


def test_small_total_is_hidden():
    values, cons = table({"a": 3, "b": 0})
    hidden = protect(values, cons)
    assert hidden == {"a", "total"}


def test_linked_tables_parent_cell_and_children():
    # outcome 'referred' (12) is split over routes 6 + 6; if 'referred' is hidden, the routes must not give it away.
    values = {"total": 40, "solved": 26, "referred": 12, "withdrawn": 2, "r1": 6, "r2": 6}
    cons = [("total", ["solved", "referred", "withdrawn"]), ("referred", ["r1", "r2"])]
    hidden = protect(values, cons)
    assert "withdrawn" in hidden and "referred" in hidden
    assert hidden & {"r1", "r2"}


def test_grid_rows_and_columns():
    values = {
        ("r", 1): 10,
        ("r", 2): 10,
        ("c", "a"): 10,
        ("c", "b"): 10,
        ("x", 1, "a"): 2,
        ("x", 1, "b"): 8,
        ("x", 2, "a"): 8,
        ("x", 2, "b"): 2,
        "T": 20,
    }
    cons = [
        (("r", 1), [("x", 1, "a"), ("x", 1, "b")]),
        (("r", 2), [("x", 2, "a"), ("x", 2, "b")]),
        (("c", "a"), [("x", 1, "a"), ("x", 2, "a")]),
        (("c", "b"), [("x", 1, "b"), ("x", 2, "b")]),
        ("T", [("r", 1), ("r", 2)]),
        ("T", [("c", "a"), ("c", "b")]),
    ]
    hidden = protect(values, cons)
    for total, parts in cons:
        members = [m for m in [total, *parts] if m in hidden]
        assert len(members) != 1


def test_share_and_display():
    assert share(3, 10) == 30.0
    assert share("<5", 10) is None and share(3, None) is None
    assert share(2, 4) is None  # a base of 1..4 is itself small
    assert share(0, 0) is None
    assert display(None) == "×" and display("<5") == "<5" and display(7) == "7"


def _pinned(values: dict, hidden: set, cells: list[str]) -> list[str]:
    """Brute force: which hidden small cells have only one value consistent with the published table."""
    total = values["total"]
    published_total = "total" not in hidden
    domains = []
    for c in cells:
        published = shown(values[c], c, hidden)
        if c not in hidden:
            domains.append([values[c]])
        elif published == "<5":
            domains.append([1, 2, 3, 4])
        elif c in hidden.blanket:
            domains.append(list(range(0, 13)))
        else:
            domains.append(list(range(5, 5 + 40)))
    possible = {c: set() for c in cells}
    for combo in itertools.product(*domains):
        if published_total and sum(combo) != total:
            continue
        shown_total = shown(total, "total", hidden)
        if not published_total and shown_total == "<5" and not 0 < sum(combo) < 5:
            continue
        if not published_total and shown_total is None and "total" not in hidden.blanket and sum(combo) < 5:
            continue
        for c, v in zip(cells, combo, strict=True):
            possible[c].add(v)
    return [c for c in cells if c in hidden and 0 < values[c] < 5 and len(possible[c]) < 2]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=5))
def test_property_no_small_cell_published_or_recomputable(counts):
    cells = [f"c{i}" for i in range(len(counts))]
    values, cons = table(dict(zip(cells, counts, strict=True)))
    hidden = protect(values, cons)
    for key, value in values.items():
        if 0 < value < 5:
            assert key in hidden
        if value == 0 and key in hidden:
            assert key in hidden.blanket  # only when the whole table is too small to show
    assert _pinned(values, hidden, cells) == []


def test_four_ones_and_small_total_hide_the_whole_table():
    values, cons = table({"a": 1, "b": 1, "c": 1, "d": 1, "e": 0})
    hidden = protect(values, cons)
    assert all(shown(v, k, hidden) is None for k, v in values.items())
