"""Accountability figures for a period: one plain data structure for the page, the API, CSV/JSON and the report.

The figures are read from daily rollups (`portal.models_accountability`), kept fresh by marking the
days a change touches (in the same transaction as the change) and recomputing them on the next read.
Every count passes through `suppression.protect` here, in `figures()`, before it leaves this module.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, and_, case, delete, event, func, insert, inspect, select, type_coerce
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from .. import labels
from ..extensions import db
from ..models import Agreement, Department, Improvement, Request, StatusChange, Theme, utcnow
from ..models_accountability import (
    MEASURES,
    AccDaily,
    AccDirty,
    AccDuration,
    AccDurationMonthly,
    AccMonthly,
    AccState,
)
from . import norms as norms_service
from .suppression import Hidden, headline_share, protect, share, shown
from .workdays import is_working_day

# --- working days by index --------------------------------------------------------------------------------------

_BASE_YEAR = 1990


@lru_cache(maxsize=256)
def _year_offsets(year: int) -> tuple[int, tuple[int, ...]]:
    """Working days before 1 January of `year` (since the base year) and the running count within the year."""
    before = 0 if year <= _BASE_YEAR else _year_offsets(year - 1)[0] + _year_offsets(year - 1)[1][-1]
    running, count = [], 0
    day = dt.date(year, 1, 1)
    while day.year == year:
        if is_working_day(day):
            count += 1
        running.append(count)
        day += dt.timedelta(days=1)
    return before, tuple(running)


def _wd_index(day: dt.date) -> int:
    before, running = _year_offsets(max(day.year, _BASE_YEAR))
    return before + running[day.timetuple().tm_yday - 1]


def working_days(start: dt.date, end: dt.date) -> int:
    """Same as workdays.working_days_between, in constant time (cumulative index)."""
    return 0 if end <= start else _wd_index(end) - _wd_index(start)


# --- rollup maintenance ----------------------------------------------------------------------------------------

DIMS = ("all", "theme", "department", "channel", "outcome", "route", "category")
UNKNOWN = "0"


def _day_of(value: dt.datetime | dt.date | None) -> dt.date:
    if value is None:
        return utcnow().date()
    return value.date() if isinstance(value, dt.datetime) else value


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Mark the days a request or agreement change touches; committed together with the change."""
    days: set[dt.date] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Request):
            days.add(_day_of(obj.received_at))
            hist = inspect(obj).attrs.received_at.history
            days.update(_day_of(v) for v in hist.deleted if v is not None)
        elif isinstance(obj, Agreement):
            days.add(_day_of(obj.created_at))
    for day in days:
        session.add(AccDirty(day=day))


def mark_changed(days: Iterable[dt.date | dt.datetime]) -> None:
    """For code that changes requests or agreements with Core UPDATEs (bypassing the ORM): mark their days.

    Call inside the same transaction as the change; the figures follow on the next read.
    """
    for day in {_day_of(d) for d in days}:
        db.session.add(AccDirty(day=day))


def install_listeners() -> None:
    """Register the change tracking once per process."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


def _flag(cond: Any) -> Any:
    return func.sum(case((cond, 1), else_=0))


def _compute(start: dt.date, end: dt.date) -> tuple[dict[tuple, list[int]], dict[tuple, int]]:
    """Rollup rows for receipt days start <= day < end, computed with GROUP BY in the database."""
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end, dt.time())
    rday = type_coerce(func.date(Request.received_at), Date)
    in_range = and_(Request.received_at >= lo, Request.received_at < hi)
    measures = [
        func.count(Request.id),
        _flag(Request.first_contact_at.isnot(None)),
        _flag(
            and_(Request.first_contact_at.isnot(None), func.date(Request.first_contact_at) <= Request.first_contact_due)
        ),
        _flag(Request.resolved_at.isnot(None)),
        _flag(and_(Request.resolved_at.isnot(None), func.date(Request.resolved_at) <= Request.resolution_due)),
        _flag(Request.control_satisfied.isnot(None)),
        _flag(Request.control_satisfied.is_(True)),
    ]
    columns = {
        "all": None,
        "theme": Request.theme_id,
        "department": Request.department_id,
        "channel": Request.channel,
        "outcome": Request.outcome,
        "route": Request.referral_route,
        "category": Request.referral_category,
    }
    daily: dict[tuple, list[int]] = {}
    for dim, col in columns.items():
        group = [rday] if col is None else [rday, col]
        stmt = select(*group, *measures).where(in_range)
        if dim in ("route", "category"):
            stmt = stmt.where(Request.outcome == "doorverwezen")
        for row in db.session.execute(stmt.group_by(*group)):
            day = row[0]
            key = (
                "all"
                if col is None
                else (str(row[1]) if row[1] is not None else ("lopend" if dim == "outcome" else UNKNOWN))
            )
            vals = [int(v or 0) for v in row[len(group) :]]
            daily[(day, dim, key)] = vals + [0, 0, 0]
    aday = type_coerce(func.date(Agreement.created_at), Date)
    stmt = (
        select(aday, Agreement.department_id, Agreement.status, func.count(Agreement.id))
        .where(Agreement.created_at >= lo, Agreement.created_at < hi)
        .group_by(aday, Agreement.department_id, Agreement.status)
    )
    slot = {"open": 7, "kept": 8, "broken": 9}
    for day, dep, status, n in db.session.execute(stmt):
        if status not in slot:
            continue
        for dim, key in (("all", "all"), ("department", str(dep) if dep is not None else UNKNOWN)):
            row = daily.setdefault((day, dim, key), [0] * len(MEASURES))
            row[slot[status]] += n
    durations: dict[tuple, int] = defaultdict(int)
    for kind, col in (("fc", Request.first_contact_at), ("res", Request.resolved_at)):
        eday = type_coerce(func.date(col), Date)
        stmt = select(rday, eday, func.count(Request.id)).where(in_range, col.isnot(None)).group_by(rday, eday)
        for day, end_day, n in db.session.execute(stmt):
            durations[(day, kind, working_days(day, end_day))] += n
    return daily, durations


def _replace(start: dt.date, end: dt.date) -> None:
    """Recompute the rollup rows of receipt days start <= day < end."""
    daily, durations = _compute(start, end)
    db.session.execute(delete(AccDaily).where(AccDaily.day >= start, AccDaily.day < end))
    db.session.execute(delete(AccDuration).where(AccDuration.day >= start, AccDuration.day < end))
    if daily:
        db.session.execute(
            insert(AccDaily),
            [
                {"day": d, "dim": dim, "key": key, **dict(zip(MEASURES, vals, strict=True))}
                for (d, dim, key), vals in daily.items()
            ],
        )
    if durations:
        db.session.execute(
            insert(AccDuration), [{"day": d, "kind": kind, "wd": wd, "n": n} for (d, kind, wd), n in durations.items()]
        )
    _replace_months(start.replace(day=1), end - dt.timedelta(days=1))


def _replace_months(first: dt.date, last: dt.date) -> None:
    """Sum the daily rows of every month from `first` to the month of `last` into the monthly tables."""
    month = first.replace(day=1)
    while month <= last:
        nxt = _add_months(month, 1)
        db.session.execute(delete(AccMonthly).where(AccMonthly.month == month))
        db.session.execute(delete(AccDurationMonthly).where(AccDurationMonthly.month == month))
        cols = [func.sum(getattr(AccDaily, m)) for m in MEASURES]
        rows = db.session.execute(
            select(AccDaily.dim, AccDaily.key, *cols)
            .where(AccDaily.day >= month, AccDaily.day < nxt)
            .group_by(AccDaily.dim, AccDaily.key)
        ).all()
        if rows:
            db.session.execute(
                insert(AccMonthly),
                [
                    {
                        "month": month,
                        "dim": r[0],
                        "key": r[1],
                        **{m: int(v or 0) for m, v in zip(MEASURES, r[2:], strict=True)},
                    }
                    for r in rows
                ],
            )
        hist = db.session.execute(
            select(AccDuration.kind, AccDuration.wd, func.sum(AccDuration.n))
            .where(AccDuration.day >= month, AccDuration.day < nxt)
            .group_by(AccDuration.kind, AccDuration.wd)
        ).all()
        if hist:
            db.session.execute(
                insert(AccDurationMonthly), [{"month": month, "kind": k, "wd": wd, "n": int(n)} for k, wd, n in hist]
            )
        month = nxt


def _runs(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Contiguous runs of days as half-open ranges."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][1] == day:
            runs[-1] = (runs[-1][0], day + dt.timedelta(days=1))
        else:
            runs.append((day, day + dt.timedelta(days=1)))
    return runs


def _state() -> dict[str, int]:
    return {s.key: s.value for s in db.session.execute(select(AccState)).scalars()}


def _set_state(**values: int) -> None:
    for key, value in values.items():
        row = db.session.get(AccState, key)
        if row is None:
            db.session.add(AccState(key=key, value=value))
        else:
            row.value = value


def _max_ids() -> tuple[int, int]:
    return (
        db.session.execute(select(func.max(Request.id))).scalar() or 0,
        db.session.execute(select(func.max(Agreement.id))).scalar() or 0,
    )


def rebuild() -> None:
    """Recompute every rollup row (first use, after bulk imports, or `flask accountability rebuild`)."""
    max_req, max_ag = _max_ids()
    max_dirty = db.session.execute(select(func.max(AccDirty.id))).scalar() or 0
    first = [db.session.execute(select(func.min(c))).scalar() for c in (Request.received_at, Agreement.created_at)]
    last = [db.session.execute(select(func.max(c))).scalar() for c in (Request.received_at, Agreement.created_at)]
    for table in (AccDaily, AccDuration, AccMonthly, AccDurationMonthly):
        db.session.execute(delete(table))
    if any(first):
        start = min(_day_of(v) for v in first if v is not None)
        end = max(_day_of(v) for v in last if v is not None) + dt.timedelta(days=1)
        _replace(start, end)
    db.session.execute(delete(AccDirty).where(AccDirty.id <= max_dirty))
    version = _state().get("version", 0) + 1
    # A fresh epoch per rebuild: a restored or replaced database never matches a cached figure set.
    _set_state(built=1, req_wm=max_req, ag_wm=max_ag, version=version, epoch=secrets.randbelow(2**31 - 1) + 1)
    db.session.commit()


def refresh() -> tuple[int, int]:
    """Bring the rollups up to date with every change so far; returns the rollup (epoch, version)."""
    state = _state()
    if not state.get("built"):
        try:
            rebuild()
        except IntegrityError:  # another process built it at the same moment
            db.session.rollback()
        state = _state()
        return state.get("epoch", 0), state.get("version", 0)
    max_req, max_ag = _max_ids()
    days: set[dt.date] = set()
    # Rows added outside the ORM (bulk imports) are caught by the id watermarks.
    if max_req > state.get("req_wm", 0):
        rday = type_coerce(func.date(Request.received_at), Date)
        days.update(db.session.execute(select(rday).where(Request.id > state.get("req_wm", 0)).distinct()).scalars())
    if max_ag > state.get("ag_wm", 0):
        aday = type_coerce(func.date(Agreement.created_at), Date)
        days.update(db.session.execute(select(aday).where(Agreement.id > state.get("ag_wm", 0)).distinct()).scalars())
    dirty = db.session.execute(select(AccDirty.id, AccDirty.day)).all()
    days.update(d for _i, d in dirty)
    if not days:
        return state.get("epoch", 0), state.get("version", 0)
    try:
        for start, end in _runs(days):
            _replace(start, end)
        if dirty:
            db.session.execute(delete(AccDirty).where(AccDirty.id <= max(i for i, _d in dirty)))
        _set_state(req_wm=max_req, ag_wm=max_ag, version=state.get("version", 0) + 1)
        db.session.commit()
    except IntegrityError:  # another process refreshed the same days at the same moment
        db.session.rollback()
    state = _state()
    return state.get("epoch", 0), state.get("version", 0)


# --- periods ---------------------------------------------------------------------------------------------------

MIN_YEAR, MAX_YEAR, MAX_SPAN_YEARS = 2000, 2100, 25
QUARTER_NAMES = {1: "1e kwartaal", 2: "2e kwartaal", 3: "3e kwartaal", 4: "4e kwartaal"}
_QUARTER_RE = re.compile(r"^(\d{4})-[Qq]([1-4])$", re.ASCII)
_YEAR_RE = re.compile(r"^(\d{4})$", re.ASCII)


class PeriodError(ValueError):
    """A period parameter that cannot be used; the message is Dutch and safe to show."""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    kind: str  # quarter | year | custom | all
    label: str
    slug: str

    def previous(self) -> Period | None:
        if self.kind == "quarter":
            y, q = self.start.year, (self.start.month - 1) // 3 + 1
            return quarter(y - 1, 4) if q == 1 else quarter(y, q - 1)
        if self.kind == "year":
            return year(self.start.year - 1) if self.start.year > MIN_YEAR else None
        if self.kind == "custom":
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            first = _add_months(self.start, -months)
            if first.year < MIN_YEAR:
                return None
            return custom(first, self.start - dt.timedelta(days=1))
        return None

    def as_dict(self) -> dict[str, str]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "kind": self.kind,
            "label": self.label,
            "slug": self.slug,
        }


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(day: dt.date) -> dt.date:
    return _add_months(day, 1) - dt.timedelta(days=1)


def quarter(y: int, q: int) -> Period:
    start = dt.date(y, 3 * q - 2, 1)
    return Period(start, _month_end(dt.date(y, 3 * q, 1)), "quarter", f"{QUARTER_NAMES[q]} {y}", f"{y}-Q{q}")


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", str(y), str(y))


def custom(start: dt.date, end: dt.date) -> Period:
    from ..filters import dutch_date

    start, end = start.replace(day=1), _month_end(end)
    return Period(
        start, end, "custom", f"{dutch_date(start)} tot en met {dutch_date(end)}", f"{start:%Y-%m}_{end:%Y-%m}"
    )


def all_time(today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    return Period(dt.date(MIN_YEAR, 1, 1), today, "all", "Alle jaren", "alles")


def quarter_of(day: dt.date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def _check_year(y: int) -> int:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise PeriodError(f"Kies een jaar tussen {MIN_YEAR} en {MAX_YEAR}.")
    return y


def parse_quarter(text: str) -> Period | None:
    match = _QUARTER_RE.match(text or "")
    if not match:
        return None
    y = int(match.group(1))
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return quarter(y, int(match.group(2)))


FREE_PERIOD_MESSAGE = (
    "Cijfers zijn er alleen per kwartaal of per jaar. Kies bijvoorbeeld 2026-Q1 (een kwartaal) "
    "of 2026 (een jaar). Zo kan niemand twee periodes van elkaar aftrekken en een klein aantal "
    "terugrekenen."
)


def parse_period(args: Mapping[str, str], today: dt.date | None = None) -> Period:
    """Read `periode`/`period` (2026-Q1, 2026, alles); default: this year.

    Only the fixed grid of quarters and years exists (rule P1 in docs/accountability-threat-model.md): free
    ranges (`van`/`tot`, `from`/`to`) are refused, so overlapping periods cannot be subtracted.
    """
    today = today or dt.date.today()
    raw = {k: (args.get(k) or "").strip() for k in ("periode", "period", "van", "from", "tot", "to")}
    if any(len(v) > 40 for v in raw.values()):
        raise PeriodError("De periode is te lang. Kies een kwartaal (2026-Q1) of een jaar (2026).")
    if any(k in args for k in ("van", "from", "tot", "to")):
        raise PeriodError(FREE_PERIOD_MESSAGE)
    name = raw["periode"] or raw["period"]
    if not name:
        return year(today.year)
    if name.lower() in ("alles", "all"):
        return all_time(today)
    if match := _QUARTER_RE.match(name):
        return quarter(_check_year(int(match.group(1))), int(match.group(2)))
    if match := _YEAR_RE.match(name):
        return year(_check_year(int(match.group(1))))
    raise PeriodError(
        "Deze periode kennen wij niet. Kies bijvoorbeeld 2026-Q1 (een kwartaal), 2026 (een jaar) of 'alles'."
    )


# --- figures ---------------------------------------------------------------------------------------------------

CACHE_SECONDS = 60.0
_cache: dict[tuple, tuple[float, dict[str, Any]]] = {}
_cache_lock = threading.Lock()


def _monthly(start: dt.date, end: dt.date) -> bool:
    """Whole months (every period kind is): read the monthly rollup; all time ends today, a month's part."""
    return start.day == 1 and (end == _month_end(end) or end >= dt.date.today())


def _sums(start: dt.date, end: dt.date) -> dict[tuple[str, str], dict[str, int]]:
    if _monthly(start, end):
        table, col, lo, hi = AccMonthly, AccMonthly.month, start, end.replace(day=1)
    else:
        table, col, lo, hi = AccDaily, AccDaily.day, start, end
    cols = [func.sum(getattr(table, m)) for m in MEASURES]
    stmt = select(table.dim, table.key, *cols).where(col >= lo, col <= hi)
    out = {}
    for row in db.session.execute(stmt.group_by(table.dim, table.key)):
        out[(row[0], row[1])] = {m: int(v or 0) for m, v in zip(MEASURES, row[2:], strict=True)}
    return out


def _percentiles(start: dt.date, end: dt.date) -> dict[str, dict[str, Any]]:
    if _monthly(start, end):
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


def _names() -> dict[str, dict[str, tuple[str, str]]]:
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
    values[(slug, "on_behalf")] = sum(values[(slug, "channel", k)] for k in order["channel"] if k != "web")
    constraints.append(((slug, "on_behalf"), [(slug, "channel", k) for k in order["channel"] if k != "web"]))
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


def first_day() -> dt.date | None:
    """The first month with a request (from the rollups), or None."""
    refresh_quietly()
    return db.session.execute(select(func.min(AccMonthly.month))).scalar()


def data_version() -> tuple[int, int]:
    """The rollups' version: changes whenever the figures may have changed."""
    try:
        return refresh()
    except OperationalError:
        db.session.rollback()
        state = _state()
        return (state.get("epoch", 0), state.get("version", -1))


def refresh_quietly() -> None:
    try:
        refresh()
    except OperationalError:  # busy or read-only: the rollups as they are
        db.session.rollback()


def grid_periods(first_day: dt.date | None, today: dt.date | None = None) -> list[Period]:
    """The fixed grid (rule P1): every quarter from the first request's quarter to now, every year, and all years."""
    today = today or dt.date.today()
    first_quarter = quarter_of(min(first_day, today) if first_day else today)
    out: list[Period] = []
    for y in range(first_quarter.start.year, today.year + 1):
        out.extend(q for q in (quarter(y, n) for n in (1, 2, 3, 4)) if q.start >= first_quarter.start)
        out.append(year(y))
    out.append(all_time(today))
    return out


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


def _published_counts(
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
    return sum(values) if all(isinstance(v, int) for v in values) else None  # type: ignore[arg-type]


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
    counts = _published_counts(period, names, grid)
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
        "rules": _five_rules(period, counts, overall, fc, current_norms),
    }


def _extra_counts(period: Period) -> dict[str, int]:
    """Municipality-wide counts the rollups do not hold: all addressed, reopened, agreements confirmed."""
    lo = dt.datetime.combine(period.start, dt.time())
    hi = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    in_range = and_(Request.received_at >= lo, Request.received_at < hi)
    addressed = db.session.execute(select(_flag(Request.control_all_addressed.is_(True))).where(in_range)).scalar()
    reopened = db.session.execute(
        select(func.count(func.distinct(StatusChange.request_id)))
        .join(Request, Request.id == StatusChange.request_id)
        .where(
            in_range,
            StatusChange.from_status.in_((*labels.RESOLVED_STATUSES, "afgerond")),
            StatusChange.to_status.in_(labels.OPEN_STATUSES),
        )
    ).scalar()
    confirmed = None
    column = getattr(Agreement, "official_confirmed_at", None)  # present once officials confirm (0005_officials)
    if column is not None:
        confirmed = db.session.execute(
            select(_flag(column.isnot(None))).where(Agreement.created_at >= lo, Agreement.created_at < hi)
        ).scalar()
    mailed, same_day = _acknowledgements(in_range)
    return {
        "addressed": int(addressed or 0),
        "reopened": int(reopened or 0),
        "confirmed": None if confirmed is None else int(confirmed or 0),
        "ack_mailed": mailed,
        "ack_same_day": same_day,
    }


def _acknowledgements(in_range: Any) -> tuple[int, int]:
    """(requests with a receipt mail, of which the receipt was sent before the next working day).

    What the portal can measure: registration (`received_at`) to the receipt mail being handed to the mail server
    (`mail_outbox.sent_at`); a receipt not sent (yet), or failed, does not count as on time. A mediator registers a
    phoned or written request on the resident's behalf at the moment of registration; when the resident first
    called or wrote is not recorded, so that part of the wait is not in this figure. Requests without an e-mail
    address get their code on screen or from the mediator and are not counted.
    """
    from ..models_mail import MailOutbox  # imported here: the mail tables are not needed by the other figures

    stmt = (
        select(Request.received_at, func.min(MailOutbox.sent_at))
        .join(MailOutbox, MailOutbox.request_id == Request.id)
        .where(in_range, MailOutbox.kind == "receipt")
        .group_by(Request.id, Request.received_at)
    )
    mailed = same_day = 0
    for received, sent in db.session.execute(stmt):
        mailed += 1
        same_day += sent is not None and working_days(_day_of(received), _day_of(sent)) == 0
    return mailed, same_day


def _five_rules(
    period: Period, counts: Mapping[str, Any], overall: Mapping[str, int], fc: Mapping[str, Any], norms: Any
) -> list[dict[str, Any]]:
    """The Ombudsvisie's five rules, each with its headline figures over the period and the norm beside them.

    Every count here is a municipality-wide headline (rule H1) or comes from the protected breakdowns.
    """
    extra = _extra_counts(period)
    total, finished = counts["total"], counts["finished"]
    outcome = {r["key"]: r["count"] for r in counts["outcomes"]}
    ag = counts["agreements"]

    def fig(label: str, value: Any, norm: str, unit: str = "") -> dict[str, Any]:
        return {"label": label, "value": value, "unit": unit, "norm": norm}

    fc_median = fc.get("median") if fc.get("n", 0) >= 5 else None
    confirmed = extra["confirmed"]
    return [
        {
            "number": 1,
            "key": "toegang",
            "title": "Wees alert en geef toegang",
            "text": "Iedereen kan een verzoek doen, ook zonder internet: een bemiddelaar schrijft het dan voor de "
            "inwoner op.",
            "figures": [
                fig("Verzoeken ontvangen", total, "Alle kanalen tellen mee"),
                fig(
                    "Door een bemiddelaar geregistreerd (telefoon, balie, e-mail, brief)",
                    counts["on_behalf"],
                    "Geen drempel: elk kanaal is goed",
                ),
                fig(
                    "Aandeel niet via de website",
                    share(counts["on_behalf"], total, 0),
                    "Geen norm; laat zien of mensen zonder internet de weg vinden",
                    "%",
                ),
                fig(
                    "Verzoeken met een ontvangstbevestiging per e-mail",
                    extra["ack_mailed"],
                    "Iedereen met een e-mailadres krijgt direct een bevestiging",
                ),
                fig(
                    "Bevestiging dezelfde werkdag verstuurd",
                    headline_share(extra["ack_same_day"], extra["ack_mailed"]),
                    "100%: direct na ontvangst of registratie",
                    "%",
                ),
            ],
            "note": "De bevestiging meten wij vanaf het moment dat het verzoek in het systeem staat. Belt of schrijft "
            "iemand, dan registreert de bemiddelaar het verzoek; wanneer de inwoner eerst contact zocht, "
            "leggen wij niet vast. Wie geen e-mailadres geeft, krijgt de code op het scherm of van de "
            "bemiddelaar; die bevestigingen tellen hier niet mee.",
        },
        {
            "number": 2,
            "key": "verkennen",
            "title": "Verken wat er echt speelt",
            "text": "De bemiddelaar neemt snel contact op en vraagt door: waar gaat het de inwoner echt om?",
            "figures": [
                fig(
                    "Eerste contact binnen de norm",
                    headline_share(overall["fc_in_norm"], overall["fc_n"]),
                    f"Binnen {norms.first_contact_days} werkdagen",
                    "%",
                ),
                fig(
                    "De helft had eerste contact binnen",
                    fc_median,
                    f"Norm: {norms.first_contact_days} werkdagen",
                    " werkdagen",
                ),
            ],
        },
        {
            "number": 3,
            "key": "oplossen",
            "title": "Is er een oplossing? Los het op",
            "text": "Samen met de ambtenaar zoekt de bemiddelaar een oplossing en legt afspraken vast.",
            "figures": [
                fig(
                    "Opgelost of deels opgelost, zonder formele klacht",
                    headline_share(counts["solved"], finished),
                    "Zo veel mogelijk",
                    "%",
                ),
                fig(
                    "Oplossing binnen de norm",
                    headline_share(overall["res_in_norm"], overall["res_n"]),
                    f"Binnen {norms.resolution_days} werkdagen",
                    "%",
                ),
                fig("Afspraken gemaakt", ag["total"], "Elke afspraak met een datum en een verantwoordelijke"),
                *(
                    [
                        fig(
                            "Afspraken door beide kanten bevestigd",
                            headline_share(confirmed, ag["total"]),
                            "Elke afspraak bevestigd door de ambtenaar",
                            "%",
                        )
                    ]
                    if confirmed is not None
                    else []
                ),
                fig("Afspraken nagekomen", ag["kept_pct"], "Afspraak is afspraak: 100%", "%"),
            ],
        },
        {
            "number": 4,
            "key": "oordeel",
            "title": "Geen oplossing? Geef een oordeel of verwijs door",
            "text": "Lukt een oplossing niet, dan legt de bemiddelaar uit waarom en wijst de formele weg: klacht, "
            "bezwaar, Nationale ombudsman of rechter. Elke doorverwijzing heeft een reden.",
            "figures": [
                fig("Niet opgelost", outcome.get("niet_opgelost"), "Altijd met uitleg aan de inwoner"),
                fig("Doorverwezen naar de formele route", outcome.get("doorverwezen"), "Altijd met een reden"),
            ],
            "routes": counts["routes"],
            "categories": counts["categories"],
        },
        {
            "number": 5,
            "key": "afsluiten",
            "title": "Sluit af met de controlevraag",
            "text": "Aan het eind vraagt de bemiddelaar: is alles besproken, bent u tevreden? En de inwoner hoort "
            "dat hij altijd terug mag komen.",
            "figures": [
                fig(
                    "Verzoeken met een uitkomst (daar hoort de controlevraag bij)",
                    finished,
                    "Bij elk verzoek met een uitkomst wordt de vraag gesteld",
                ),
                fig("Controlevraag beantwoord", overall["ctrl_n"], "Zo veel mogelijk"),
                fig(
                    "Alles besproken, volgens de inwoner",
                    headline_share(extra["addressed"], overall["ctrl_n"]),
                    "100%",
                    "%",
                ),
                fig("Tevreden", headline_share(overall["ctrl_sat"], overall["ctrl_n"]), "Zo veel mogelijk", "%"),
                fig("Heropend na de controlevraag", extra["reopened"], "Terugkomen mag altijd"),
            ],
        },
    ]


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
        block = _published_counts(current, names, grid)
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


def improvements_public(period: Period | None = None) -> list[dict[str, Any]]:
    """Learning points with owner department, promised change, due date and whether it was done (public, no case).

    With a period: only those learned (created) or done in it.
    """
    stmt = select(Improvement).order_by(Improvement.created_at.desc(), Improvement.id.desc())
    if period is not None:
        lo = dt.datetime.combine(period.start, dt.time())
        hi = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(
            ((Improvement.created_at >= lo) & (Improvement.created_at < hi))
            | ((Improvement.done_at >= lo) & (Improvement.done_at < hi))
        )
    out = []
    for imp in db.session.execute(stmt).scalars():
        created = imp.created_at.date() if imp.created_at else None
        done = imp.done_at.date() if imp.done_at else None
        out.append(
            {
                "title": imp.title,
                "description": imp.description,
                "department": imp.department.name if imp.department else None,
                "theme": imp.theme.name if imp.theme else None,
                "owner_role": imp.owner_role,
                "status": imp.status,
                "status_label": IMPROVEMENT_STATUSES.get(imp.status, imp.status),
                "done": imp.status == "gereed",
                "learned": created.isoformat() if created else None,
                "due": imp.due.isoformat() if imp.due else None,
                "done_at": done.isoformat() if done else None,
                "learned_in_period": bool(period and created and period.start <= created <= period.end),
                "done_in_period": bool(period and done and period.start <= done <= period.end),
            }
        )
    return out


IMPROVEMENT_STATUSES = {
    "gepland": "Gepland",
    "in_uitvoering": "In uitvoering",
    "gereed": "Gereed",
    "vervallen": "Vervallen",
}


def figures(period: Period, with_previous: bool = True) -> dict[str, Any]:
    """Every accountability figure for `period`, suppressed, as plain lists and dicts (JSON-ready)."""
    try:
        version = refresh()
    except OperationalError:  # database busy or read-only: serve the rollups as they are
        db.session.rollback()
        state = _state()
        version = (state.get("epoch", 0), state.get("version", -1))
    key = (str(db.engine.url), period, with_previous, version, dt.date.today(), norms_service.current())
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(key)
        if hit and now - hit[0] < CACHE_SECONDS:
            return {**hit[1], "improvements": improvements_public(), "learning": improvements_public(period)}
    first_day = db.session.execute(select(func.min(AccMonthly.month))).scalar()
    names = _names()
    grid = _cached_grid(names, version)
    current = _period_block(period, names, grid)
    previous_period = period.previous() if with_previous else None
    previous = _period_block(previous_period, names, grid) if previous_period else None
    data = {
        **current,
        "previous": previous,
        "trend": _trend(period, first_day, names, grid),
        "patterns": _patterns(current, previous),
        "first_day": first_day.isoformat() if first_day else None,
        "generated_at": utcnow().replace(microsecond=0).isoformat() + "Z",
        "license": "CC BY 4.0",
        "suppression": 'Aantallen van 1 tot en met 4 staan als "<5"; extra verborgen cellen als null.',
    }
    with _cache_lock:
        if len(_cache) > 128:
            _cache.clear()
        _cache[key] = (now, data)
    return {**data, "improvements": improvements_public(), "learning": improvements_public(period)}


_grid_cache: dict[tuple, tuple[float, dict[str, dict[str, Any]]]] = {}


def _cached_grid(names: dict[str, dict[str, tuple[str, str]]], version: tuple[int, int]) -> dict[str, dict[str, Any]]:
    """The protected grid, shared by every period's figures until the data or the names change."""
    key = (str(db.engine.url), version, dt.date.today(), repr(sorted((d, sorted(v.items())) for d, v in names.items())))
    now = time.monotonic()
    with _cache_lock:
        hit = _grid_cache.get(key)
        if hit and now - hit[0] < CACHE_SECONDS:
            return hit[1]
    grid = protected_grid(names)
    with _cache_lock:
        if len(_grid_cache) > 8:
            _grid_cache.clear()
        _grid_cache[key] = (now, grid)
    return grid


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
        _grid_cache.clear()


# --- exports and summary ---------------------------------------------------------------------------------------


def flat_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Long-format rows (period, table, key, label, measure, value) for CSV; values exactly as published."""
    p = data["period"]
    out: list[dict[str, Any]] = []

    def add(table: str, key: str, label: str, measure: str, value: Any) -> None:
        out.append(
            {
                "from": p["from"],
                "to": p["to"],
                "table": table,
                "key": key,
                "label": label,
                "measure": measure,
                "value": "" if value is None else value,
                "suppressed": "ja" if value is None or value == "<5" else "nee",
            }
        )

    add("received", "total", "Totaal ontvangen", "count", data["received"]["total"])
    for table in ("by_theme", "by_department", "by_channel"):
        for r in data["received"][table]:
            add(f"received_{table[3:]}", r["key"], r["label"], "count", r["count"])
    for r in data["outcomes"]["rows"]:
        add("outcome", r["key"], r["label"], "count", r["count"])
        if r["key"] != "lopend":
            add("outcome", r["key"], r["label"], "pct", r["pct"])
    for r in data["outcomes"]["routes"]:
        add("referral_route", r["key"], r["label"], "count", r["count"])
    for r in data["outcomes"]["categories"]:
        add("referral_category", r["key"], r["label"], "count", r["count"])
    add(
        "outcome",
        "solved_without_complaint",
        "Opgelost zonder formele klacht",
        "pct",
        data["outcomes"]["solved_without_complaint_pct"],
    )
    for name in ("first_contact", "resolution"):
        t = data[name]
        for measure in ("norm_days", "count", "median_days", "p90_days", "within_norm_pct"):
            add(name, "all", "Alle verzoeken", measure, t[measure])
    ag = data["agreements"]
    for s in ("open", "kept", "broken", "total"):
        add("agreements", "all", "Alle afdelingen", s, ag[s])
    for r in ag["by_department"]:
        for s in ("open", "kept", "broken", "total", "broken_pct"):
            add("agreements_department", r["key"], r["label"], s, r[s])
    add("control", "all", "Controlevraag", "answered", data["control"]["answered"])
    add("control", "all", "Controlevraag", "satisfied_pct", data["control"]["satisfied_pct"])
    for rule in data.get("rules", []):
        for i, f in enumerate(rule["figures"], start=1):
            add(
                f"rule{rule['number']}",
                f"{rule['key']}-{i}",
                f["label"],
                "pct" if f["unit"] == "%" else "value",
                f["value"],
            )
    return out


def _n(value: Any) -> str:
    return "minder dan 5" if value == "<5" else ("een onbekend aantal" if value is None else str(value))


def summary(data: Mapping[str, Any]) -> list[str]:
    """A short plain-Dutch summary of the figures (B1), sentence by sentence."""
    lines = []
    total = data["received"]["total"]
    prev = data.get("previous")
    text = f"In deze periode kwamen {_n(total)} verzoeken binnen"
    if prev and isinstance(total, int) and isinstance(prev["received"]["total"], int):
        before = prev["received"]["total"]
        if total > before:
            text += f", meer dan in de periode ervoor ({before})"
        elif total < before:
            text += f", minder dan in de periode ervoor ({before})"
        else:
            text += ", evenveel als in de periode ervoor"
    lines.append(text + ".")
    top = [
        r
        for r in data["received"]["by_theme"]
        if isinstance(r["count"], int) and r["count"] >= 5 and r["key"] != "onbekend"
    ]
    if top:
        best = max(top, key=lambda r: r["count"])
        lines.append(f"De meeste verzoeken gingen over {best['label'].lower()} ({best['count']}).")
    pct = data["outcomes"]["solved_without_complaint_pct"]
    if pct is not None:
        lines.append(f"Van de afgehandelde verzoeken is {_pct(pct)} opgelost of deels opgelost, zonder formele klacht.")
    fc = data["first_contact"]
    if fc["within_norm_pct"] is not None:
        lines.append(
            f"Bij {_pct(fc['within_norm_pct'])} was er binnen {fc['norm_days']} werkdagen eerste contact "
            f"(de helft binnen {fc['median_days']} werkdagen)."
        )
    ag = data["agreements"]
    if isinstance(ag["broken"], int) and isinstance(ag["kept"], int) and ag["kept"] + ag["broken"]:
        lines.append(f"De gemeente kwam {_n(ag['kept'])} afspraken na en {_n(ag['broken'])} niet.")
    sat = data["control"]["satisfied_pct"]
    if sat is not None:
        lines.append(f"Van de inwoners die de controlevraag beantwoordden, was {_pct(sat)} tevreden.")
    patterns = data.get("patterns") or {}
    if patterns.get("rising_themes"):
        names = ", ".join(r["label"].lower() for r in patterns["rising_themes"][:3])
        lines.append(f"Meer verzoeken dan in de periode ervoor over: {names}.")
    if patterns.get("more_broken"):
        names = ", ".join(r["label"] for r in patterns["more_broken"][:3])
        lines.append(f"Vaker afspraken niet nagekomen bij: {names}.")
    return lines


def _pct(value: float) -> str:
    return f"{int(value + 0.5)}%"  # half up, as people expect
