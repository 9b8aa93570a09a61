"""Which mail goes to whom, and why. Every function only queues (in the caller's transaction) and never
raises: a mail that cannot be queued must not block or roll back the resident's request.

Residents only get mail at the address they gave, with the reason in the mail. The status link needs the
tracking code, of which only a hash is stored; the code is derived again from the secret key and the
submission id (see codes.code_for_submission). After a mediator issued a new code that is impossible, and
the mail asks the resident to use the code they got.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import ColumnElement, and_, or_, select, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from .. import labels
from ..extensions import db
from ..models import Agreement, Contact, Request, StatusChange, User
from ..models_enums import RESOLVED_STATUSES, AgreementStatus, RequestStatus, Role
from ..urls import external_url
from . import clock, codes, mail, workdays

log = logging.getLogger(__name__)

RESIDENT_REASON = "U gaf dit e-mailadres op bij uw verzoek tot afstemming. Wij mailen u alleen over dit verzoek."


def tracking_code(req: Request) -> str | None:
    """The resident's current code if it can be derived (never logged, never stored)."""
    code = codes.code_for_submission(current_app.config["SECRET_KEY"], req.submission_id)
    return code if codes.code_hash(code) == req.code_hash else None


def status_url(code: str | None, anchor: str | None = None) -> str | None:
    if code is None:
        return None
    if anchor:
        return external_url("resident.status", code=code, _anchor=anchor)
    return external_url("resident.status", code=code)


def _resident_address(req: Request) -> str | None:
    if req.erased_at is not None or not req.contact_email:
        return None
    return req.contact_email


def _resident_context(req: Request, code: str | None) -> dict[str, Any]:
    return {
        "req": req,
        "code": code,
        "status_url": status_url(code),
        "lookup_url": external_url("resident.lookup"),
        "status_label": labels.STATUSES.get(req.status, req.status),
        "status_text": labels.STATUS_EXPLAINED.get(req.status, ""),
        "name": (req.contact_name or "").strip(),
    }


# --- residents ------------------------------------------------------------------------------------------------


def request_submitted(req: Request, code: str | None) -> None:
    """Receipt to the resident (with the code) and word to the mediators. Called before submit() commits."""
    to = _resident_address(req)
    if to and code:
        ctx = _resident_context(req, code)
        mail.enqueue_safely(
            to,
            "Wij hebben uw verzoek ontvangen",
            "receipt",
            ctx,
            reason=RESIDENT_REASON,
            kind="receipt",
            request_id=req.id,
            ref=f"request:{req.id}:receipt",
        )
    new_request(req)


def status_changed(req: Request, previous: str | None) -> None:
    """A public status change: a mail to the resident. Called before transition() commits."""
    to = _resident_address(req)
    if not to or previous == req.status:
        return
    code = tracking_code(req)
    ctx = _resident_context(req, code)
    if req.status in RESOLVED_STATUSES:  # the resident gets the control question
        ctx["control_url"] = status_url(code, "controlevraag")
        ctx["outcome_summary"] = req.outcome_summary or ""
        ctx["referral_route"] = labels.ROUTES.get(req.referral_route or "", "") if req.referral_route else ""
        mail.enqueue_safely(
            to,
            "Uw verzoek is afgerond: wilt u één vraag beantwoorden?",
            "control_question",
            ctx,
            reason=RESIDENT_REASON,
            kind="control_question",
            request_id=req.id,
        )
    elif req.status == RequestStatus.CLOSED:
        ctx["new_url"] = external_url("resident.new")
        mail.enqueue_safely(
            to, "Uw verzoek is gesloten", "closed", ctx, reason=RESIDENT_REASON, kind="closed", request_id=req.id
        )
    else:
        mail.enqueue_safely(
            to,
            f"Nieuwe stand van uw verzoek: {ctx['status_label']}",
            "status",
            ctx,
            reason=RESIDENT_REASON,
            kind="status",
            optional=True,
            request_id=req.id,
        )


def _agreement_context(agreement: Agreement) -> dict[str, Any]:
    req = agreement.request
    code = tracking_code(req)
    ctx = _resident_context(req, code)
    ctx.update(
        {
            "agreement": agreement,
            "who": agreement.department.name if agreement.department else "De gemeente",
            "role": agreement.promised_by_role,
        }
    )
    return ctx


def agreement_made(agreement: Agreement) -> None:
    """The municipality promised something: the resident hears what and by when. Called before commit."""
    to = _resident_address(agreement.request)
    if to:
        mail.enqueue_safely(
            to,
            "Er is een afspraak gemaakt over uw verzoek",
            "agreement",
            _agreement_context(agreement),
            reason=RESIDENT_REASON,
            kind="agreement",
            optional=True,
            request_id=agreement.request_id,
            ref=f"agreement:{agreement.id}:made",
        )


def agreement_deadlines_passed(today: dt.date | None = None) -> int:
    """Daily: tell residents once about each open agreement whose date has passed. The caller commits."""
    today = today or clock.local_today()
    rows = (
        db.session.execute(
            select(Agreement)
            .join(Request)
            .where(
                Agreement.status == AgreementStatus.OPEN,
                Agreement.due < today,
                Request.erased_at.is_(None),
                Request.contact_email.is_not(None),
            )
        )
        .scalars()
        .all()
    )
    count = 0
    for agreement in rows:
        ref = f"agreement:{agreement.id}:due"
        if mail.already_queued(ref):
            continue
        if mail.enqueue_safely(
            agreement.request.contact_email,
            "Een afspraak over uw verzoek is niet op tijd afgerond",
            "agreement_due",
            _agreement_context(agreement),
            reason=RESIDENT_REASON,
            kind="agreement_due",
            optional=True,
            request_id=agreement.request_id,
            ref=ref,
        ):
            count += 1
    return count


# --- mediators --------------------------------------------------------------------------------------------------


def _team_addresses(req: Request) -> list[str]:
    if req.mediator is not None and req.mediator.active:
        return [req.mediator.email]
    team = (current_app.config.get("MAIL_TEAM") or "").strip()
    if team:
        return [team]
    users = (
        db.session.execute(select(User).where(User.active.is_(True), User.role == Role.MEDIATOR).order_by(User.id))
        .scalars()
        .all()
    )
    return [u.email for u in users if u.id != req.registered_by_id]


def new_request(req: Request) -> None:
    """No personal details in this mail: the number, channel, theme and due date, and a link to log in."""
    theme = req.theme.name if req.theme else None
    ctx = {
        "req": req,
        "theme": theme,
        "channel": labels.CHANNELS.get(req.channel, req.channel),
        "url": external_url("backoffice.request_page", request_id=req.id),
    }
    reason = (
        "U krijgt deze mail omdat u bemiddelaar bent bij deze dienst."
        if not req.mediator_id
        else "U krijgt deze mail omdat dit verzoek aan u is toegewezen."
    )
    for to in _team_addresses(req):
        mail.enqueue_safely(
            to, f"Nieuw verzoek {req.number}", "new_request", ctx, reason=reason, kind="new_request", request_id=req.id
        )


def inactive_cutoff(today: dt.date, days: int) -> dt.datetime:
    """The start of the day `days` working days before `today`: no activity since then means inactive."""
    day = workdays.add_working_days(today, -days)
    return clock.from_local(dt.datetime.combine(day, dt.time()))


class unindexed(FunctionElement[Any]):  # lower case: an SQL construct, named like SQLAlchemy's own
    """A column compared without its index on SQLite (``+column``, SQLite's documented way to say so).

    SQLite (built without STAT4, as Python's is) takes an index for any range on an indexed column and then looks
    up every row it names, even when the range holds nearly the whole table: at 100,000 open requests
    ``received_at < cutoff`` took 250 ms that way and 90 ms as a scan. Other databases get the plain column and plan
    by their statistics.
    """

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: ColumnElement[Any]) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses.clauses[0], **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses.clauses[0], **kw)


def inactive_clause(cutoff: dt.datetime) -> ColumnElement[bool]:
    """SQL: nothing happened on the request since `cutoff` (portable: no GREATEST).

    One pass over the recent activity (a small set) instead of three lookups per open request.
    """
    recent = union(
        select(StatusChange.request_id).where(StatusChange.at >= cutoff),
        select(Contact.request_id).where(Contact.created_at >= cutoff),
        select(Agreement.request_id).where(or_(Agreement.created_at >= cutoff, Agreement.status_at >= cutoff)),
    )
    return and_(
        # Nearly every open request was received before the cutoff: scan them, as SQLite would not on its own.
        unindexed(Request.received_at) < cutoff,
        Request.paused_since.is_(None),  # a paused clock is not inactivity
        Request.id.not_in(select(recent.subquery().c[0])),
    )


def overdue_clause(today: dt.date) -> ColumnElement[bool]:
    """SQL twin of requests.is_overdue(): a paused request (opschorting) is never overdue."""
    return and_(
        Request.paused_since.is_(None),
        or_(
            and_(Request.first_contact_at.is_(None), Request.first_contact_due < today),
            and_(Request.status.in_(labels.OPEN_STATUSES), Request.resolution_due < today),
        ),
    )


def inactive_days() -> int:
    return max(1, int(current_app.config.get("INACTIVE_WORKING_DAYS", 5)))


@dataclass
class Digest:
    user: User
    first_contact: list[Request] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    overdue: list[Request] = field(default_factory=list)
    inactive: list[Request] = field(default_factory=list)
    unassigned: int = 0

    @property
    def empty(self) -> bool:
        return not (self.first_contact or self.agreements or self.overdue or self.inactive or self.unassigned)


def build_digest(user: User, today: dt.date) -> Digest:
    from .requests import FINAL_STATUSES

    open_mine = and_(Request.mediator_id == user.id, Request.status.not_in(FINAL_STATUSES))
    soon = workdays.add_working_days(today, 1)
    digest = Digest(user=user)
    digest.overdue = list(
        db.session.execute(select(Request).where(open_mine, overdue_clause(today)).order_by(Request.id)).scalars()
    )
    overdue_ids = {r.id for r in digest.overdue}
    digest.first_contact = [
        r
        for r in db.session.execute(
            select(Request)
            .where(open_mine, Request.first_contact_at.is_(None), Request.first_contact_due <= soon)
            .order_by(Request.first_contact_due, Request.id)
        ).scalars()
        if r.id not in overdue_ids
    ]
    digest.agreements = list(
        db.session.execute(
            select(Agreement)
            .join(Request)
            .where(open_mine, Agreement.status == AgreementStatus.OPEN, Agreement.due <= soon)
            .order_by(Agreement.due, Agreement.id)
        ).scalars()
    )
    digest.inactive = list(
        db.session.execute(
            select(Request)
            .where(open_mine, inactive_clause(inactive_cutoff(today, inactive_days())))
            .order_by(Request.received_at)
        ).scalars()
    )
    digest.unassigned = len(
        db.session.execute(
            select(Request.id).where(Request.mediator_id.is_(None), Request.status.not_in(FINAL_STATUSES))
        ).all()
    )
    return digest


def send_digests(today: dt.date | None = None) -> tuple[int, int]:
    """Daily: one digest per active mediator with something due (once per day). Returns (queued, agreement mails).

    The caller commits.
    """
    today = today or clock.local_today()
    users = (
        db.session.execute(
            select(User).where(User.active.is_(True), User.role.in_(("mediator", "admin"))).order_by(User.id)
        )
        .scalars()
        .all()
    )
    queued = 0
    for user in users:
        ref = f"digest:{user.id}:{today.isoformat()}"
        if mail.already_queued(ref):
            continue
        digest = build_digest(user, today)
        if user.role == Role.ADMIN and not (
            digest.first_contact or digest.agreements or digest.overdue or digest.inactive
        ):
            continue  # admins without own requests get no daily mail about the unassigned pile
        if digest.empty:
            continue
        ctx = {
            "d": digest,
            "today": today,
            "inactive_days": inactive_days(),
            "queue_url": external_url("backoffice.queue"),
            "url_for_request": lambda r: external_url("backoffice.request_page", request_id=r.id),
        }
        if mail.enqueue_safely(
            user.email,
            f"Wat vandaag aandacht vraagt ({today:%d-%m-%Y})",
            "digest",
            ctx,
            reason="U krijgt deze dagelijkse samenvatting omdat u bemiddelaar bent.",
            kind="digest",
            optional=True,
            ref=ref,
        ):
            queued += 1
    return queued, agreement_deadlines_passed(today)
