"""Learning points (leerpunten): what the organisation changes after requests, with owner and status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from ..extensions import db
from ..labels import IMPROVEMENT_STATUSES as STATUSES
from ..models import Department, Improvement, Request, Theme, User, utcnow
from ..models_enums import ImprovementStatus
from . import audit


class ImprovementError(ValueError):
    """A refused change; the message is Dutch and safe to show."""


def all_items() -> list[Improvement]:
    stmt = select(Improvement).order_by(Improvement.created_at.desc(), Improvement.id.desc())
    return list(db.session.execute(stmt).scalars())


def request_counts_by_theme() -> dict[int, int]:
    """Internal: how many requests each theme has (the pattern a learning point may come from)."""
    rows = db.session.execute(
        select(Request.theme_id, func.count(Request.id)).where(Request.theme_id.isnot(None)).group_by(Request.theme_id)
    )
    return {int(t): int(n) for t, n in rows}


def create(
    actor: User,
    title: str,
    description: str,
    department_id: int | None,
    theme_id: int | None,
    owner_role: str,
    due: dt.date | None,
    request_id: int | None = None,
) -> Improvement:
    """A new learning point; `request_id` links (internally only) the request it came from."""
    if department_id is not None and db.session.get(Department, department_id) is None:
        raise ImprovementError("Kies een afdeling uit de lijst.")
    if theme_id is not None and db.session.get(Theme, theme_id) is None:
        raise ImprovementError("Kies een thema uit de lijst.")
    if request_id is not None and db.session.get(Request, request_id) is None:
        raise ImprovementError("Dit verzoeknummer bestaat niet. Kijk het nummer na in de lijst met verzoeken.")
    item = Improvement(
        title=title,
        description=description or "",
        department_id=department_id,
        theme_id=theme_id,
        owner_role=owner_role or "",
        due=due,
        status=ImprovementStatus.PLANNED,
        request_id=request_id,
    )
    db.session.add(item)
    db.session.flush()
    audit.record(actor, "improvement.create", item, title=title)
    db.session.commit()
    return item


def set_status(actor: User, item_id: int, status: str) -> Improvement:
    item = db.session.get(Improvement, item_id)
    if item is None:
        raise ImprovementError("Dit leerpunt bestaat niet.")
    if status not in STATUSES:
        raise ImprovementError("Kies een status uit de lijst.")
    before = item.status
    if before == status:
        return item
    item.status = status
    item.done_at = utcnow() if status == ImprovementStatus.DONE else None
    audit.record(actor, "improvement.status", item, before=before, after=status)
    db.session.commit()
    return item
