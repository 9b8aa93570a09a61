"""The resident's status page (/verzoek/<code>): everything it shows, in one or two light queries on one connection.

The page only reads, so it reads plain rows instead of ORM objects: one statement gives the request's columns that
the page shows (`COLUMNS`; never the contact details or the resident's own text), its theme's name, whether it has
agreements and, one row each, its status steps; a second reads the agreements (only the columns shown), left out
for a request without any. Building mapped objects, their relationship loaders and the session around them was
most of the page's time. The statements are built once per process with bound parameters; nothing personal is
kept between requests.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from .. import labels
from ..extensions import db
from ..filters import dutch_date
from ..models import Agreement, Department, Request, StatusChange, Theme
from ..models_enums import RESOLVED_STATUSES
from . import clock, codes
from .requests import PublicEvent

# The columns of ``requests`` the status page (templates/resident/status.html) reads.
COLUMNS = (
    "id",
    "status",
    "received_at",
    "resolution_due",
    "paused_since",
    "outcome",
    "outcome_summary",
    "referral_route",
    "referral_reason",
    "control_answered_at",
    "erased_at",
)
_statements: dict[str, Any] = {}


class _Theme:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class StatusRequest:
    """A request as the status page reads it: the `COLUMNS` as attributes, plus ``theme`` (an object with ``name``,
    or None). Read-only: changes go through :mod:`portal.services.requests`.

    Reading any other attribute is an error, not an empty value: a template that needs another column must add it
    to `COLUMNS` (Jinja would otherwise render a missing attribute as nothing).
    """

    __slots__ = (*COLUMNS, "theme")

    def __init__(self, values: dict[str, Any], theme: _Theme | None) -> None:
        for name in COLUMNS:
            object.__setattr__(self, name, values[name])
        object.__setattr__(self, "theme", theme)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise RuntimeError(f"The status page does not read requests.{name}: add it to statuspage.COLUMNS")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("StatusRequest is read-only")


def _stmt(name: str) -> Any:
    """The prepared statement ``name`` (built on first use: the models must be mapped by then)."""
    got = _statements.get(name)
    if got is None:
        if name == "request":
            has_agreements = (
                select(Agreement.id).where(Agreement.request_id == Request.id).exists().label("_has_agreements")
            )
            got = (
                select(
                    *(Request.__table__.c[column] for column in COLUMNS),
                    Theme.name.label("_theme_name"),
                    has_agreements,
                    StatusChange.at.label("_step_at"),
                    StatusChange.to_status.label("_step_status"),
                )
                .outerjoin(Theme, Request.theme_id == Theme.id)
                .outerjoin(StatusChange, StatusChange.request_id == Request.id)
                .where(Request.code_hash == bindparam("code_hash"))
                .order_by(StatusChange.at, StatusChange.id)
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
        rows = conn.execute(_stmt("request"), {"code_hash": codes.code_hash(code)}).all()
        if not rows:
            return None
        first = rows[0]._mapping
        theme_name = first["_theme_name"]
        req = StatusRequest(first, _Theme(theme_name) if theme_name is not None else None)
        events = [_step(row._step_at, row._step_status) for row in rows if row._step_at is not None]
        if first["_has_agreements"]:
            events.extend(_agreements(conn, req.id))
            events.sort(key=lambda e: e.at)
        return req, events


def public_events(req: Request | StatusRequest) -> list[PublicEvent]:
    """What the resident may see, oldest first: status steps, agreements in plain words. No notes, no names.

    Read as plain rows, without loading relationships: the one place that builds the resident's history.
    """
    return _events(db.session.connection(), req.id)


def _events(conn: Connection, request_id: int) -> list[PublicEvent]:
    """The public events of a request: its status steps, then its agreements, in time order."""
    events = [_step(at, status) for at, status in conn.execute(_stmt("history"), {"request_id": request_id})]
    events.extend(_agreements(conn, request_id))
    events.sort(key=lambda e: e.at)  # a stable sort: steps stay in their order
    return events


def _step(at: Any, status: str) -> PublicEvent:
    return PublicEvent(clock.local_date(at), labels.STATUSES[status], labels.STATUS_EXPLAINED[status])


def _agreements(conn: Connection, request_id: int) -> list[PublicEvent]:
    """The request's agreements in plain words: who promised what, by when, and how it stands."""
    return [
        PublicEvent(
            clock.local_date(created_at),
            "Afspraak gemaakt",
            f"{department or 'De gemeente'} ({role}) zegt toe: {description} "
            f"Uiterlijk {dutch_date(due)}. "
            f"Stand: {labels.AGREEMENT_STATUSES[status].lower()}.",
        )
        for created_at, description, role, due, status, department in conn.execute(
            _stmt("agreements"), {"request_id": request_id}
        )
    ]


def asks_control(req: Request | StatusRequest) -> bool:
    """True while the resident can still answer the control question."""
    return req.status in RESOLVED_STATUSES and req.control_answered_at is None
