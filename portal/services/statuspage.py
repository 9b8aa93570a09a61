"""The resident's status page (/verzoek/<code>): everything it shows, in three light queries.

The request itself is one ORM object (the template and the pause helpers read its attributes), with its theme
joined in. The public history (status steps and agreements) is read as plain rows of only the columns shown,
not as ORM objects: building mapped objects and their relationship loaders was most of the page's time.
The statements are built once per process with bound parameters; nothing personal is kept between requests.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import joinedload

from .. import labels
from ..extensions import db
from ..models import Agreement, Department, Request, StatusChange
from . import clock, codes
from .requests import PublicEvent

_statements: dict[str, Any] = {}


def _stmt(name: str) -> Any:
    """The prepared statement ``name`` (built on first use: the models must be mapped by then)."""
    got = _statements.get(name)
    if got is None:
        if name == "request":
            got = select(Request).where(Request.code_hash == bindparam("code_hash")).options(joinedload(Request.theme))
        elif name == "history":
            got = (
                select(StatusChange.at, StatusChange.to_status)
                .where(StatusChange.request_id == bindparam("request_id"))
                .order_by(StatusChange.at, StatusChange.id)
            )
        else:
            got = (
                select(
                    Agreement.created_at,
                    Agreement.description,
                    Agreement.promised_by_role,
                    Agreement.due,
                    Agreement.status,
                    Department.name,
                )
                .outerjoin(Department, Agreement.department_id == Department.id)
                .where(Agreement.request_id == bindparam("request_id"))
                .order_by(Agreement.due, Agreement.id)
            )
        _statements[name] = got
    return got


def find(raw_code: str) -> Request | None:
    """The request behind a tracking code, with its theme (None for an unknown or malformed code)."""
    code = codes.normalize(raw_code)
    if code is None:
        return None
    return db.session.execute(_stmt("request"), {"code_hash": codes.code_hash(code)}).scalar_one_or_none()


def public_events(req: Request) -> list[PublicEvent]:
    """What the resident may see, oldest first: status steps, agreements in plain words. No notes, no names.

    The same events as :func:`portal.services.requests.public_history`, read without loading relationships.
    """
    conn = db.session.connection()
    events = [
        PublicEvent(clock.local_date(at), labels.STATUSES[status], labels.STATUS_EXPLAINED[status])
        for at, status in conn.execute(_stmt("history"), {"request_id": req.id})
    ]
    for created_at, description, role, due, status, department in conn.execute(
        _stmt("agreements"), {"request_id": req.id}
    ):
        who = department or "De gemeente"
        events.append(
            PublicEvent(
                clock.local_date(created_at),
                "Afspraak gemaakt",
                f"{who} ({role}) zegt toe: {description} "
                f"Uiterlijk {due.strftime('%d-%m-%Y')}. "
                f"Stand: {labels.AGREEMENT_STATUSES[status].lower()}.",
            )
        )
    events.sort(key=lambda e: e.at)
    return events


def asks_control(req: Request) -> bool:
    """True while the resident can still answer the control question."""
    return req.status in labels.RESOLVED_STATUSES and req.control_answered_at is None
