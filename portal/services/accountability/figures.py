"""Accountability figures for a period: one plain data structure for the page, the API, CSV/JSON and the report.

The figures are read from the rollups (`.rollups`) and every count passes through the protected grid (`.grid`)
before it leaves this package.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from ...extensions import db
from ...models import utcnow
from ...models_accountability import AccDuration, AccDurationMonthly, AccMonthly
from .. import norms as norms_service
from ..suppression import headline_share, share
from ..ttlcache import TTLCache
from .grid import monthly, names_by_dim, protected_grid, published_counts
from .learning import improvements_public
from .periods import Period, quarter_of
from .rollups import data_version
from .rules import five_rules

CACHE_SECONDS = 60.0
_cache: TTLCache[tuple, dict[str, Any]] = TTLCache(CACHE_SECONDS, max_entries=128)
_grid_cache: TTLCache[tuple, dict[str, dict[str, Any]]] = TTLCache(CACHE_SECONDS, max_entries=8)


def _percentiles(start: dt.date, end: dt.date) -> dict[str, dict[str, Any]]:
    if monthly(start, end):
        table, col, lo, hi = AccDurationMonthly, AccDurationMonthly.month, start, end.replace(day=1)
    else:
        table, col, lo, hi = AccDuration, AccDuration.day, start, end
    stmt = select(table.kind, table.wd, func.sum(table.n)).where(col >= lo, col <= hi).group_by(table.kind, table.wd)
    hist: dict[str, dict[int, int]] = defaultdict(dict)
    for kind, wd, n in db.session.execute(stmt):
        hist[kind][wd] = int(n)
    return {
        kind: {"n": sum(h.values()), "median": nearest_rank(h, 0.5), "p90": nearest_rank(h, 0.9)}
        for kind, h in hist.items()
    }


def nearest_rank(hist: Mapping[int, int], q: float) -> int | None:
    """The q-quantile (nearest-rank method) of a histogram value -> count."""
    n = sum(hist.values())
    if n == 0:
        return None
    rank = max(1, -(-int(q * n * 1000) // 1000))  # ceil(q*n) without float surprises
    seen = 0
    for value in sorted(hist):
        seen += hist[value]
        if seen >= rank:
            return value
    return max(hist)


def _timing(n: int, median: int | None, p90: int | None, within: int, norm_days: int) -> dict[str, Any]:
    """A headline duration: the count and the share within the norm always; median and p90 from 5 requests."""
    small = 0 < n < 5
    return {
        "norm_days": norm_days,
        "count": n,
        "median_days": None if small else median,
        "p90_days": None if small else p90,
        "within_norm_pct": headline_share(within, n),
        "suppressed": False,
    }


def _period_block(
    period: Period, names: dict[str, dict[str, tuple[str, str]]], grid: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    counts = published_counts(period, names, grid)
    overall = counts["overall"]
    pct = _percentiles(period.start, period.end)
    current_norms = norms_service.current()
    fc, res = pct.get("fc", {"n": 0}), pct.get("res", {"n": 0})
    return {
        "period": period.as_dict(),
        "received": {
            "total": counts["total"],
            "by_theme": counts["by_theme"],
            "by_department": counts["by_department"],
            "by_channel": counts["by_channel"],
        },
        "outcomes": {
            "finished": counts["finished"],
            "rows": counts["outcomes"],
            "routes": counts["routes"],
            "categories": counts["categories"],
            "solved": counts["solved"],
            "running": counts["total"] - counts["finished"],
            "solved_without_complaint_pct": headline_share(counts["solved"], counts["finished"]),
        },
        "first_contact": _timing(
            fc["n"], fc.get("median"), fc.get("p90"), overall["fc_in_norm"], current_norms.first_contact_days
        ),
        "resolution": _timing(
            res["n"], res.get("median"), res.get("p90"), overall["res_in_norm"], current_norms.resolution_days
        ),
        "agreements": {**counts["agreements"], "by_department": counts["agreements_by_department"]},
        "control": {
            "answered": overall["ctrl_n"],
            "satisfied_pct": headline_share(overall["ctrl_sat"], overall["ctrl_n"]),
            "suppressed": False,
        },
        "rules": five_rules(period, counts, overall, fc, current_norms),
    }


def _trend(
    period: Period,
    first_day: dt.date | None,
    names: dict[str, dict[str, tuple[str, str]]],
    grid: Mapping[str, dict[str, Any]],
    quarters: int = 8,
) -> list[dict[str, Any]]:
    """Headline figures per quarter, up to `quarters` ending with the period's last quarter."""
    last = quarter_of(min(period.end, dt.date.today()) if period.kind == "all" else period.end)
    out: list[dict[str, Any]] = []
    current: Period | None = last
    while current is not None and len(out) < quarters:
        if first_day is not None and current.end < first_day:
            break
        if first_day is None and current is not last:
            break
        block = published_counts(current, names, grid)
        overall = block["overall"]
        out.append(
            {
                "quarter": current.slug,
                "label": current.label,
                "received": block["total"],
                "solved_without_complaint_pct": headline_share(block["solved"], block["finished"]),
                "first_contact_within_norm_pct": headline_share(overall["fc_in_norm"], overall["fc_n"]),
                "satisfied_pct": headline_share(overall["ctrl_sat"], overall["ctrl_n"]),
                "agreements_kept_pct": block["agreements"]["kept_pct"],
                "agreements_broken": block["agreements"]["broken"],
            }
        )
        current = current.previous()
    return list(reversed(out))


def _patterns(now: dict[str, Any], before: dict[str, Any] | None) -> dict[str, list[dict[str, Any]]]:
    """Themes and departments that rise, and departments whose agreements are broken more often.

    Only published (unsuppressed) cells are compared, so a pattern never reveals a hidden count.
    """
    result: dict[str, list[dict[str, Any]]] = {"rising_themes": [], "rising_departments": [], "more_broken": []}
    if before is None:
        return result
    for name, table in (("rising_themes", "by_theme"), ("rising_departments", "by_department")):
        old = {r["key"]: r for r in before["received"][table]}
        for row in now["received"][table]:
            prev = old.get(row["key"])
            if prev is None or row["key"] == "onbekend":
                continue
            a, b = row["count"], prev["count"]
            if isinstance(a, int) and isinstance(b, int) and a >= 5 and a > b:
                result[name].append(
                    {
                        "key": row["key"],
                        "label": row["label"],
                        "count": a,
                        "previous": b,
                        "change_pct": share(a - b, b) if b else None,
                    }
                )
        result[name].sort(key=lambda r: -(r["count"] - r["previous"]))
    old_ag = {r["key"]: r for r in before["agreements"]["by_department"]}
    for row in now["agreements"]["by_department"]:
        prev = old_ag.get(row["key"])
        if (
            prev
            and row["broken_pct"] is not None
            and prev["broken_pct"] is not None
            and row["broken_pct"] > prev["broken_pct"]
        ):
            result["more_broken"].append(
                {
                    "key": row["key"],
                    "label": row["label"],
                    "broken_pct": row["broken_pct"],
                    "previous_pct": prev["broken_pct"],
                }
            )
    result["more_broken"].sort(key=lambda r: -(r["broken_pct"] - r["previous_pct"]))
    return result


def figures(period: Period, with_previous: bool = True) -> dict[str, Any]:
    """Every accountability figure for `period`, suppressed, as plain lists and dicts (JSON-ready)."""
    version = data_version()  # database busy or read-only: the rollups as they are
    key = (str(db.engine.url), period, with_previous, version, dt.date.today(), norms_service.current())
    started = time.monotonic()  # a figure set counts as old as the data it was computed from
    data = _cache.get(key)
    if data is None:
        data = _cache.put(key, _uncached(period, with_previous, version), at=started)
    return {**data, "improvements": improvements_public(), "learning": improvements_public(period)}


def _uncached(period: Period, with_previous: bool, version: tuple[int, int]) -> dict[str, Any]:
    """The figures of `period` computed afresh (the protected grid itself is shared while the data is unchanged)."""
    first_day = db.session.execute(select(func.min(AccMonthly.month))).scalar()
    names = names_by_dim()
    grid = _cached_grid(names, version)
    current = _period_block(period, names, grid)
    previous_period = period.previous() if with_previous else None
    previous = _period_block(previous_period, names, grid) if previous_period else None
    return {
        **current,
        "previous": previous,
        "trend": _trend(period, first_day, names, grid),
        "patterns": _patterns(current, previous),
        "first_day": first_day.isoformat() if first_day else None,
        "generated_at": utcnow().replace(microsecond=0).isoformat() + "Z",
        "license": "CC BY 4.0",
        "suppression": 'Aantallen van 1 tot en met 4 staan als "<5"; extra verborgen cellen als null.',
    }


def _cached_grid(names: dict[str, dict[str, tuple[str, str]]], version: tuple[int, int]) -> dict[str, dict[str, Any]]:
    """The protected grid, shared by every period's figures until the data or the names change."""
    key = (str(db.engine.url), version, dt.date.today(), repr(sorted((d, sorted(v.items())) for d, v in names.items())))
    started = time.monotonic()
    grid = _grid_cache.get(key)
    return grid if grid is not None else _grid_cache.put(key, protected_grid(names), at=started)


def clear_cache() -> None:
    """Forget every cached figure set (tests and benchmarks; the cache is keyed by the rollups' version anyway)."""
    _cache.clear()
    _grid_cache.clear()
