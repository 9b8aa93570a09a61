"""The resident's status page (/verzoek/<code>): everything it shows, in three light queries on one connection.

The page only reads, so it reads plain rows instead of ORM objects: the request's own columns with its theme's
name joined in (and whether it has agreements), its status steps and its agreements (only the columns shown;
that query is left out for a request without any). Building mapped objects, their
relationship loaders and the session around them was most of the page's time. The statements are built once
per process with bound parameters; nothing personal is kept between requests.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from .. import labels
from ..extensions import db
from ..models import Agreement, Department, Request, StatusChange, Theme
from ..models_enums import RESOLVED_STATUSES
from . import clock, codes
from .requests import PublicEvent

_statements: dict[str, Any] = {}


class StatusRequest(SimpleNamespace):
    """A request as the status page reads it: every column of ``requests`` as an attribute, plus ``theme``
    (an object with ``name``, or None). Read-only: changes go through :mod:`portal.services.requests`."""


def _stmt(name: str) -> Any:
    """The prepared statement ``name`` (built on first use: the models must be mapped by then)."""
    got = _statements.get(name)
    if got is None:
        if name == "request":
            has_agreements = (
                select(Agreement.id).where(Agreement.request_id == Request.id).exists().label("_has_agreements")
            )
            got = (
                select(Request.__table__, Theme.name.label("_theme_name"), has_agreements)
                .outerjoin(Theme, Request.theme_id == Theme.id)
                .where(Request.code_hash == bindparam("code_hash"))
            )
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


def load(raw_code: str) -> tuple[StatusRequest, list[PublicEvent]] | None:
    """The request behind a tracking code and its public events (None for an unknown or malformed code)."""
    code = codes.normalize(raw_code)
    if code is None:
        return None
    with db.engine.connect() as conn:
        row = conn.execute(_stmt("request"), {"code_hash": codes.code_hash(code)}).one_or_none()
        if row is None:
            return None
        values = dict(row._mapping)
        theme_name = values.pop("_theme_name")
        has_agreements = bool(values.pop("_has_agreements"))
        req = StatusRequest(**values, theme=SimpleNamespace(name=theme_name) if theme_name is not None else None)
        return req, _events(conn, req.id, agreements=has_agreements)


def public_events(req: Request | StatusRequest) -> list[PublicEvent]:
    """What the resident may see, oldest first: status steps, agreements in plain words. No notes, no names.

    Read as plain rows, without loading relationships: the one place that builds the resident's history.
    """
    return _events(db.session.connection(), req.id)


def _events(conn: Connection, request_id: int, agreements: bool = True) -> list[PublicEvent]:
    """The public events; `agreements=False` when the request row already said it has none (no query)."""
    events = [
        PublicEvent(clock.local_date(at), labels.STATUSES[status], labels.STATUS_EXPLAINED[status])
        for at, status in conn.execute(_stmt("history"), {"request_id": request_id})
    ]
    if not agreements:
        return events  # status steps come in time order already
    for created_at, description, role, due, status, department in conn.execute(
        _stmt("agreements"), {"request_id": request_id}
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


def asks_control(req: Request | StatusRequest) -> bool:
    """True while the resident can still answer the control question."""
    return req.status in RESOLVED_STATUSES and req.control_answered_at is None
