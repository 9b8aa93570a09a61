"""Daily and monthly rollups behind the accountability figures, and how they are kept fresh.

Every change to a request or agreement marks the days it touches (in the same transaction as the change,
see `install_listeners`); the next read recomputes those days with GROUP BY in the database (`refresh`).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Date, and_, case, delete, event, func, insert, inspect, select, type_coerce
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ...extensions import db
from ...models import Agreement, Request, utcnow
from ...models_accountability import (
    MEASURES,
    AccDaily,
    AccDirty,
    AccDuration,
    AccDurationMonthly,
    AccMonthly,
    AccState,
)
from ...models_enums import Outcome
from ..workdays import working_days_between
from .periods import add_months

DIMS = ("all", "theme", "department", "channel", "outcome", "route", "category")
UNKNOWN = "0"


def day_of(value: dt.datetime | dt.date | None) -> dt.date:
    if value is None:
        return utcnow().date()
    return value.date() if isinstance(value, dt.datetime) else value


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Mark the days a request or agreement change touches; committed together with the change."""
    days: set[dt.date] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Request):
            days.add(day_of(obj.received_at))
            hist = inspect(obj).attrs.received_at.history
            days.update(day_of(v) for v in hist.deleted if v is not None)
        elif isinstance(obj, Agreement):
            days.add(day_of(obj.created_at))
    for day in days:
        session.add(AccDirty(day=day))


def mark_changed(days: Iterable[dt.date | dt.datetime]) -> None:
    """For code that changes requests or agreements with Core UPDATEs (bypassing the ORM): mark their days.

    Call inside the same transaction as the change; the figures follow on the next read.
    """
    for day in {day_of(d) for d in days}:
        db.session.add(AccDirty(day=day))


def install_listeners() -> None:
    """Register the change tracking once per process."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


def flag(cond: Any) -> Any:
    return func.sum(case((cond, 1), else_=0))


def _compute(start: dt.date, end: dt.date) -> tuple[dict[tuple, list[int]], dict[tuple, int]]:
    """Rollup rows for receipt days start <= day < end, computed with GROUP BY in the database."""
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end, dt.time())
    rday = type_coerce(func.date(Request.received_at), Date)
    in_range = and_(Request.received_at >= lo, Request.received_at < hi)
    measures = [
        func.count(Request.id),
        flag(Request.first_contact_at.isnot(None)),
        flag(
            and_(Request.first_contact_at.isnot(None), func.date(Request.first_contact_at) <= Request.first_contact_due)
        ),
        flag(Request.resolved_at.isnot(None)),
        flag(and_(Request.resolved_at.isnot(None), func.date(Request.resolved_at) <= Request.resolution_due)),
        flag(Request.control_satisfied.isnot(None)),
        flag(Request.control_satisfied.is_(True)),
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
            stmt = stmt.where(Request.outcome == Outcome.REFERRED)
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
            durations[(day, kind, working_days_between(day, end_day))] += n
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
        nxt = add_months(month, 1)
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
        start = min(day_of(v) for v in first if v is not None)
        end = max(day_of(v) for v in last if v is not None) + dt.timedelta(days=1)
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
