"""Opschorting: a mediator pauses the service-norm clock while waiting for the resident.

Rules (working days: weekends and Dutch public holidays excluded, see workdays.py):

* A pause starts on calendar day S (Dutch local date) and ends on day E. The working days after S up to and
  including E do not count: `paused_workdays(S, E) == working_days_between(S, E)`. A pause started and ended
  on the same day moves nothing; paused on Friday and resumed on Monday moves one working day.
* When the pause ends, every deadline still running (first contact if there was none yet, resolution if the
  request is not resolved) moves `n` working days later: `shift(due, n) == add_working_days(due, n)`. The
  stored `first_contact_due` / `resolution_due` therefore already exclude paused days, so every figure that
  compares a moment with these columns (the queue, the accountability rollups) needs nothing extra.
* While a pause runs (`Request.paused_since` is set), `effective_due()` gives the deadline as it would be if
  the pause ended today: use it wherever a deadline is shown or compared during a pause.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, select

from ..extensions import db
from ..models import Request, User, utcnow
from ..models_enums import OPEN_STATUSES
from ..models_officials import Suspension
from . import audit, clock
from .requests import DomainError
from .workdays import add_working_days, working_days_between

REASON_MAX = 1000


def paused_workdays(start: dt.date, end: dt.date) -> int:
    """Working days a pause from `start` to `end` (both Dutch calendar days) keeps off the clock."""
    return working_days_between(start, end)


def shift(due: dt.date, workdays: int) -> dt.date:
    """A deadline moved `workdays` working days later (unchanged for 0)."""
    return add_working_days(due, workdays) if workdays > 0 else due


def effective_due(req: Request, due: dt.date, today: dt.date | None = None) -> dt.date:
    """`due` as it stands today: moved by the working days of a pause that is still running."""
    if req.paused_since is None:
        return due
    today = today or clock.local_today()
    return shift(due, paused_workdays(clock.local_date(req.paused_since), today))


def running_clause() -> ColumnElement[bool]:
    """SQL: the request's clock is running (no pause). A paused request is neither overdue nor inactive."""
    return Request.paused_since.is_(None)


def current(req: Request) -> Suspension | None:
    """The running pause of a request, if any."""
    if req.paused_since is None:
        return None
    return db.session.execute(
        select(Suspension)
        .where(Suspension.request_id == req.id, Suspension.ended_at.is_(None))
        .order_by(Suspension.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def history(req: Request) -> list[Suspension]:
    return list(
        db.session.execute(
            select(Suspension).where(Suspension.request_id == req.id).order_by(Suspension.started_at, Suspension.id)
        ).scalars()
    )


def start(req: Request, actor: User, reason: str, now: dt.datetime | None = None) -> Suspension:
    """Pause the clock with a reason the resident reads on the status page."""
    reason = (reason or "").strip()
    if req.status not in OPEN_STATUSES:
        raise DomainError("Alleen bij een lopend verzoek kunt u de termijn stilzetten.")
    if req.paused_since is not None:
        raise DomainError("De termijn staat al stil.")
    if len(reason) < 3 or len(reason) > REASON_MAX:
        raise DomainError(f"Schrijf voor de bewoner waarom de termijn stilstaat (3 tot {REASON_MAX} tekens).")
    now = now or utcnow()
    pause = Suspension(request_id=req.id, started_at=now, reason=reason, started_by_id=actor.id)
    db.session.add(pause)
    req.paused_since = now
    db.session.flush()
    audit.record(actor, "request.pause", req, suspension=pause.id)
    db.session.commit()
    return pause


def end(req: Request, actor: User | None, now: dt.datetime | None = None, commit: bool = True) -> int:
    """Restart the clock; move the running deadlines by the paused working days and return that number.

    `actor` None: the resident added information (the wait is over).
    """
    pause = current(req)
    if pause is None:
        raise DomainError("De termijn staat niet stil.")
    now = now or utcnow()
    days = paused_workdays(clock.local_date(pause.started_at), clock.local_date(now))
    before = [req.first_contact_due.isoformat(), req.resolution_due.isoformat()]
    if req.first_contact_at is None:
        req.first_contact_due = shift(req.first_contact_due, days)
    if req.resolved_at is None:
        req.resolution_due = shift(req.resolution_due, days)
    pause.ended_at = now
    pause.workdays = days
    pause.ended_by_id = actor.id if actor else None
    req.paused_since = None
    audit.record(
        actor,
        "request.resume",
        req,
        suspension=pause.id,
        workdays=days,
        before=before,
        after=[req.first_contact_due.isoformat(), req.resolution_due.isoformat()],
        by=None if actor else "resident",
    )
    if commit:
        db.session.commit()
    return days
