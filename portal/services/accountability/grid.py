"""THE place of protection: the counts of every period of the grid, suppressed together (`protected_grid`).

Raw breakdown counts stop here; what leaves this module is a number, "<5" or None (hidden).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ... import labels
from ...extensions import db
from ...models import Department, Theme
from ...models_accountability import MEASURES, AccDaily, AccMonthly
from ...models_enums import Channel
from ..suppression import Hidden, headline_share, protect, share, shown
from .periods import Period, grid_periods, month_end
from .rollups import UNKNOWN


def monthly(start: dt.date, end: dt.date) -> bool:
    """Whole months (every period kind is): read the monthly rollup; all time ends today, a month's part."""
    return start.day == 1 and (end == month_end(end) or end >= dt.date.today())


def _sums(start: dt.date, end: dt.date) -> dict[tuple[str, str], dict[str, int]]:
    if monthly(start, end):
        table, col, lo, hi = AccMonthly, AccMonthly.month, start, end.replace(day=1)
    else:
        table, col, lo, hi = AccDaily, AccDaily.day, start, end
    cols = [func.sum(getattr(table, m)) for m in MEASURES]
    stmt = select(table.dim, table.key, *cols).where(col >= lo, col <= hi)
    out = {}
    for row in db.session.execute(stmt.group_by(table.dim, table.key)):
        out[(row[0], row[1])] = {m: int(v or 0) for m, v in zip(MEASURES, row[2:], strict=True)}
    return out


def names_by_dim() -> dict[str, dict[str, tuple[str, str]]]:
    """Rollup keys (ids) to public (key, label) per dimension."""
    themes = {str(t.id): (t.slug, t.name) for t in db.session.execute(select(Theme)).scalars()}
    deps = {str(d.id): (d.name, d.name) for d in db.session.execute(select(Department)).scalars()}
    themes[UNKNOWN] = ("onbekend", "Nog niet ingedeeld")
    deps[UNKNOWN] = ("onbekend", "Nog niet ingedeeld")
    outcomes = {k: (k, v) for k, v in labels.OUTCOMES.items()} | {"lopend": ("lopend", "Nog bezig")}
    routes = {k: (k, v) for k, v in labels.ROUTES.items()} | {UNKNOWN: ("onbekend", "Route niet vastgelegd")}
    channels = {k: (k, v) for k, v in labels.CHANNELS.items()}
    categories = {k: (k, v) for k, v in labels.REFERRAL_CATEGORIES.items()} | {
        UNKNOWN: ("onbekend", "Soort reden niet vastgelegd")
    }
    return {
        "theme": themes,
        "department": deps,
        "outcome": outcomes,
        "route": routes,
        "channel": channels,
        "category": categories,
    }


def _order(dim: str, names: dict[str, tuple[str, str]], present: Iterable[str]) -> list[str]:
    """Every known value of a dimension (so zeros show), in label order; unknowns last."""
    keys = set(present)
    if dim in ("outcome", "route", "channel", "category"):
        keys |= set(names)
        fixed = list(names)
        return sorted(keys, key=lambda k: (fixed.index(k) if k in fixed else len(fixed), k))
    keys |= {k for k in names if k != UNKNOWN}
    return sorted(keys, key=lambda k: (k == UNKNOWN, names.get(k, (k, k))[1].lower()))


STATUSES_AG = ("open", "kept", "broken")


@dataclass
class _Layout:
    """Where one period's cells sit in the grid's `values` (keys prefixed with the period's slug)."""

    slug: str
    overall: dict[str, int]
    order: dict[str, list[str]]
    ag_deps: list[str]


def _period_values(
    slug: str,
    sums: Mapping[tuple[str, str], Mapping[str, int]],
    names: dict[str, dict[str, tuple[str, str]]],
    values: dict[tuple, int],
    constraints: list[tuple],
    fixed: set[tuple],
) -> _Layout:
    """Add one period's counts, the sums readers can see and its headline (fixed) figures to the grid."""
    zero = dict.fromkeys(MEASURES, 0)
    overall = dict(sums.get(("all", "all"), zero))
    values[(slug, "total")] = overall["received"]
    order: dict[str, list[str]] = {}
    for dim in ("theme", "department", "channel", "outcome", "route", "category"):
        present = [k for (d, k), m in sums.items() if d == dim and m["received"]]
        order[dim] = _order(dim, names[dim], present)
        for key in order[dim]:
            values[(slug, dim, key)] = sums.get((dim, key), zero)["received"]
        total = (slug, "outcome", "doorverwezen") if dim in ("route", "category") else (slug, "total")
        constraints.append((total, [(slug, dim, k) for k in order[dim]]))
    # Headlines (rule H1): finished, still running and solved are published exactly, whatever their size.
    outcome_keys = order["outcome"]
    values[(slug, "finished")] = sum(values[(slug, "outcome", k)] for k in outcome_keys if k != "lopend")
    values[(slug, "solved")] = values[(slug, "outcome", "opgelost")] + values[(slug, "outcome", "deels_opgelost")]
    constraints.append(((slug, "finished"), [(slug, "outcome", k) for k in outcome_keys if k != "lopend"]))
    constraints.append(((slug, "solved"), [(slug, "outcome", "opgelost"), (slug, "outcome", "deels_opgelost")]))
    fixed.update({(slug, "total"), (slug, "finished"), (slug, "solved"), (slug, "outcome", "lopend")})
    # Ombudsman rule 1 (access): requests not made on the website were registered by a mediator for the resident.
    # A breakdown cell like the channels it adds up (so it may be "<5" or hidden), not a headline.
    values[(slug, "on_behalf")] = sum(values[(slug, "channel", k)] for k in order["channel"] if k != Channel.WEB)
    constraints.append(((slug, "on_behalf"), [(slug, "channel", k) for k in order["channel"] if k != Channel.WEB]))
    constraints.append(((slug, "total"), [(slug, "channel", "web"), (slug, "on_behalf")]))
    # Agreements: department x status, with row, column and grand totals; the grand totals are headlines.
    ag_deps = [k for (d, k), m in sums.items() if d == "department" and (m["ag_open"] + m["ag_kept"] + m["ag_broken"])]
    ag_deps = sorted(ag_deps, key=lambda k: (k == UNKNOWN, names["department"].get(k, (k, k))[1].lower()))
    for st in STATUSES_AG:
        values[(slug, "ag", st)] = overall[f"ag_{st}"]
        for dep in ag_deps:
            values[(slug, "agd", dep, st)] = sums[("department", dep)][f"ag_{st}"]
    values[(slug, "ag", "total")] = sum(overall[f"ag_{st}"] for st in STATUSES_AG)
    fixed.update((slug, "ag", st) for st in (*STATUSES_AG, "total"))
    for dep in ag_deps:
        values[(slug, "agd", dep, "total")] = sum(values[(slug, "agd", dep, st)] for st in STATUSES_AG)
        constraints.append(((slug, "agd", dep, "total"), [(slug, "agd", dep, st) for st in STATUSES_AG]))
    constraints.append(((slug, "ag", "total"), [(slug, "ag", st) for st in STATUSES_AG]))
    constraints.append(((slug, "ag", "total"), [(slug, "agd", dep, "total") for dep in ag_deps]))
    for st in STATUSES_AG:
        constraints.append(((slug, "ag", st), [(slug, "agd", dep, st) for dep in ag_deps]))
    return _Layout(slug, overall, order, ag_deps)


def _publish(
    layout: _Layout, values: Mapping[tuple, int], hidden: set, names: dict[str, dict[str, tuple[str, str]]]
) -> dict[str, Any]:
    """One period's counts as published: numbers, "<5" or None (hidden). Raw breakdown counts stop here."""
    slug = layout.slug

    def pub(*key: Any) -> int | str | None:
        return shown(values[(slug, *key)], (slug, *key), hidden)

    def rows(dim: str) -> list[dict[str, Any]]:
        out = []
        for key in layout.order[dim]:
            public_key, label = names[dim].get(key, (key, key))
            out.append(
                {"key": public_key, "label": label, "count": pub(dim, key), "suppressed": (slug, dim, key) in hidden}
            )
        return out

    finished = values[(slug, "finished")]
    outcome_rows = rows("outcome")
    for r in outcome_rows:
        r["pct"] = share(r["count"], finished) if r["key"] != "lopend" else None
    agreements: dict[str, Any] = {st: values[(slug, "ag", st)] for st in (*STATUSES_AG, "total")}
    agreements["kept_pct"] = headline_share(agreements["kept"], agreements["kept"] + agreements["broken"])
    ag_rows = []
    for dep in layout.ag_deps:
        public_key, label = names["department"].get(dep, (dep, dep))
        row: dict[str, Any] = {"key": public_key, "label": label}
        for st in (*STATUSES_AG, "total"):
            row[st] = pub("agd", dep, st)
        row["suppressed"] = any((slug, "agd", dep, st) in hidden for st in (*STATUSES_AG, "total"))
        row["broken_pct"] = share(row["broken"], _sum_or_none(row["kept"], row["broken"]))
        ag_rows.append(row)
    return {
        "overall": layout.overall,
        "total": values[(slug, "total")],
        "by_theme": rows("theme"),
        "by_department": rows("department"),
        "by_channel": rows("channel"),
        "outcomes": outcome_rows,
        "routes": rows("route"),
        "categories": rows("category"),
        "finished": finished,
        "solved": values[(slug, "solved")],
        "on_behalf": pub("on_behalf"),
        "agreements": agreements,
        "agreements_by_department": ag_rows,
    }


def _month_rows() -> dict[dt.date, dict[tuple[str, str], dict[str, int]]]:
    cols = [getattr(AccMonthly, m) for m in MEASURES]
    out: dict[dt.date, dict[tuple[str, str], dict[str, int]]] = defaultdict(dict)
    for row in db.session.execute(select(AccMonthly.month, AccMonthly.dim, AccMonthly.key, *cols)):
        out[row[0]][(row[1], row[2])] = {m: int(v or 0) for m, v in zip(MEASURES, row[3:], strict=True)}
    return out


def _period_sums(
    months: Mapping[dt.date, Mapping[tuple[str, str], Mapping[str, int]]], period: Period
) -> dict[tuple[str, str], dict[str, int]]:
    out: dict[tuple[str, str], dict[str, int]] = {}
    for month, rows in months.items():
        if period.start <= month <= period.end:
            for key, measures in rows.items():
                acc = out.setdefault(key, dict.fromkeys(MEASURES, 0))
                for m, v in measures.items():
                    acc[m] += v
    return out


def protected_grid(names: dict[str, dict[str, tuple[str, str]]]) -> dict[str, dict[str, Any]]:
    """THE place of protection: every period of the grid, published counts by slug.

    One `protect()` over all quarters, years and all years together, with each year's cell equal to the sum of
    its quarters' cells and the all-years cell equal to the sum of the years' (rule P2): no subtraction of
    published tables reveals a hidden cell. Pages, API, CSV, JSON and reports all read from this.
    """
    first_day = db.session.execute(select(func.min(AccMonthly.month))).scalar()
    months = _month_rows()
    values: dict[tuple, int] = {}
    constraints: list[tuple] = []
    fixed: set[tuple] = set()
    layouts: dict[str, _Layout] = {}
    periods = grid_periods(first_day)
    for period in periods:
        if period.kind != "all":
            layouts[period.slug] = _period_values(
                period.slug, _period_sums(months, period), names, values, constraints, fixed
            )
    # Hierarchy (rule P2): year = sum of its quarters.
    children: dict[str, list[str]] = defaultdict(list)
    for period in periods:
        if period.kind == "quarter":
            children[str(period.start.year)].append(period.slug)
    for parent, kids in children.items():
        for key in [k for k in values if k[0] == parent and len(k) > 2]:
            parts = [(kid, *key[1:]) for kid in kids if (kid, *key[1:]) in values]
            constraints.append((key, parts))
    hidden = protect(values, constraints, fixed=fixed)
    out = {slug: _publish(layout, values, hidden, names) for slug, layout in layouts.items()}
    # All years together: headlines only. Its breakdowns would be one more sum over the years to protect, which
    # hides many more cells of every year; the council reads years and quarters.
    alles = next(p for p in periods if p.kind == "all")
    a_values: dict[tuple, int] = {}
    a_fixed: set[tuple] = set()
    layout = _period_values(alles.slug, _period_sums(months, alles), names, a_values, [], a_fixed)
    a_hidden = Hidden(k for k in a_values if k not in a_fixed)
    a_hidden.blanket.update(a_hidden)
    out[alles.slug] = _publish(layout, a_values, a_hidden, names)
    return out


def published_counts(
    period: Period, names: dict[str, dict[str, tuple[str, str]]], grid: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    """Published counts of one grid period; a period outside the grid (no data there) is protected alone."""
    if period.slug in grid and period.kind != "custom":
        return grid[period.slug]
    values: dict[tuple, int] = {}
    constraints: list[tuple] = []
    fixed: set[tuple] = set()
    layout = _period_values(period.slug, _sums(period.start, period.end), names, values, constraints, fixed)
    return _publish(layout, values, protect(values, constraints, fixed=fixed), names)


def _sum_or_none(*values: int | str | None) -> int | None:
    numbers = [v for v in values if isinstance(v, int)]
    return sum(numbers) if len(numbers) == len(values) else None
