"""The life of a request: submission, status transitions, contacts, agreements, control question."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload

from .. import labels
from ..extensions import db
from ..models import Agreement, Contact, Department, Request, StatusChange, Theme, User, utcnow
from ..models_enums import FINAL_STATUSES, OPEN_STATUSES, RESOLVED_STATUSES, AgreementStatus, ContactPreference, Outcome
from ..models_enums import RequestStatus as S
from . import audit, clock, codes, norms, notify
from .ttlcache import TTLCache

# Allowed moves; everything else is refused. Nothing is ever deleted: a step back is a new transition.
TRANSITIONS: dict[str, tuple[S, ...]] = {
    S.RECEIVED: (S.EXPLORING, S.WITHDRAWN),
    S.EXPLORING: (S.COORDINATING, S.RESOLVED, S.NOT_RESOLVED, S.REFERRED, S.WITHDRAWN),
    S.COORDINATING: (S.EXPLORING, S.RESOLVED, S.NOT_RESOLVED, S.REFERRED, S.WITHDRAWN),
    S.RESOLVED: (S.CLOSED, S.COORDINATING),
    S.NOT_RESOLVED: (S.REFERRED, S.CLOSED, S.COORDINATING),
    S.REFERRED: (S.CLOSED,),
    S.WITHDRAWN: (),
    S.CLOSED: (),
}


class DomainError(ValueError):
    """A request the rules refuse; the message is Dutch and shown to the user."""


@dataclass
class Submission:
    what_happened: str
    desired_outcome: str
    theme_id: int | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    contact_preference: str = "geen"
    consent_publication: bool = False
    channel: str = "web"
    submission_id: str = field(default_factory=codes.new_submission_id)
    received_at: dt.datetime | None = None


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def submit(sub: Submission, registered_by: User | None = None) -> tuple[Request, str | None, bool]:
    """Store a request durably and return (request, tracking code, created).

    A replayed form (same submission id) returns the stored request instead of a duplicate.
    The code is None only when a replay arrives after the secret key changed.
    """
    secret = current_app.config["SECRET_KEY"]
    code = codes.code_for_submission(secret, sub.submission_id)
    existing = db.session.execute(
        select(Request).where(Request.submission_id == sub.submission_id)
    ).scalar_one_or_none()
    if existing is not None:
        return existing, code if existing.code_hash == codes.code_hash(code) else None, False
    if sub.channel not in labels.CHANNELS:
        raise DomainError("Kies een geldig kanaal.")
    received = sub.received_at or utcnow()
    first_due, resolution_due = norms.current().deadlines(clock.local_date(received))
    req = Request(
        code_hash=codes.code_hash(code),
        submission_id=sub.submission_id,
        channel=sub.channel,
        status=S.RECEIVED,
        received_at=received,
        first_contact_due=first_due,
        resolution_due=resolution_due,
        what_happened=sub.what_happened.strip(),
        desired_outcome=sub.desired_outcome.strip(),
        theme_id=sub.theme_id,
        contact_name=_clean(sub.contact_name),
        contact_email=_clean(sub.contact_email),
        contact_phone=_clean(sub.contact_phone),
        contact_preference=sub.contact_preference
        if sub.contact_preference in labels.CONTACT_PREFERENCES
        else ContactPreference.NONE,
        consent_publication=bool(sub.consent_publication),
        registered_by_id=registered_by.id if registered_by else None,
    )
    req.history.append(
        StatusChange(
            at=received, from_status=None, to_status=S.RECEIVED, actor_id=registered_by.id if registered_by else None
        )
    )
    db.session.add(req)
    try:
        db.session.flush()
        audit.record(registered_by, "request.create", req, channel=sub.channel)
        notify.request_submitted(req, code)  # receipt + mediators; queued in this transaction, never raises
        db.session.commit()  # durable (WAL + synchronous=FULL) before anyone sees a receipt
    except IntegrityError:
        db.session.rollback()  # the same form arrived twice at the same moment
        existing = db.session.execute(select(Request).where(Request.submission_id == sub.submission_id)).scalar_one()
        return existing, code, False
    return req, code, True


def issue_new_code(req: Request, actor: User) -> str:
    """A resident lost their code: a mediator (after checking who they speak to) issues a new one.

    The old code stops working at once; the new one is shown once and never stored.
    """
    if req.erased_at is not None:
        raise DomainError("De gegevens van dit verzoek zijn gewist; er kan geen nieuwe code worden gemaakt.")
    code = codes.code_for_submission(current_app.config["SECRET_KEY"], "reissue:" + codes.new_submission_id())
    req.code_hash = codes.code_hash(code)
    audit.record(actor, "request.new_code", req)
    db.session.commit()
    return code


def find_by_code(raw_code: str) -> Request | None:
    code = codes.normalize(raw_code)
    if code is None:
        return None
    return db.session.execute(  # what the status page shows, loaded up front (no lazy loads while rendering)
        select(Request)
        .where(Request.code_hash == codes.code_hash(code))
        .options(
            joinedload(Request.theme),
            selectinload(Request.history),
            selectinload(Request.agreements).joinedload(Agreement.department),
        )
    ).scalar_one_or_none()


def load_for_page(request_id: int) -> Request | None:
    """A request with everything its back-office page shows, loaded up front (templates never query)."""
    return db.session.execute(
        select(Request)
        .where(Request.id == request_id)
        .options(
            selectinload(Request.theme),
            selectinload(Request.department),
            selectinload(Request.mediator),
            selectinload(Request.registered_by),
            selectinload(Request.history).selectinload(StatusChange.actor),
            selectinload(Request.contacts).selectinload(Contact.official),
            selectinload(Request.agreements).selectinload(Agreement.department),
            selectinload(Request.agreements).selectinload(Agreement.official),
        )
    ).scalar_one_or_none()


def allowed_transitions(req: Request) -> tuple[str, ...]:
    return TRANSITIONS.get(req.status, ())


def transition(
    req: Request,
    to_status: str,
    actor: User,
    note: str | None = None,
    outcome: str | None = None,
    outcome_summary: str | None = None,
    referral_route: str | None = None,
    referral_reason: str | None = None,
    referral_category: str | None = None,
) -> None:
    """Move a request to another status; refuses moves the design does not allow."""
    if to_status not in TRANSITIONS.get(req.status, ()):
        raise DomainError(
            f"Van '{labels.STATUSES.get(req.status, req.status)}' kan het verzoek niet naar "
            f"'{labels.STATUSES.get(to_status, to_status)}'."
        )
    now = utcnow()
    if to_status in RESOLVED_STATUSES and not req.contacts:
        raise DomainError(
            "Dit verzoek heeft nog geen contactmoment. Leg eerst vast wanneer en met wie u sprak; "
            "daarna kunt u het verzoek afronden."
        )
    if to_status == S.RESOLVED:
        if not _clean(outcome_summary):
            raise DomainError("Schrijf in gewone woorden op wat de oplossing is.")
        if outcome not in (Outcome.RESOLVED, Outcome.PARTLY_RESOLVED):
            # The back-office form passes "" when nothing was chosen: refused, the figures need the choice.
            # None (callers from code) keeps the old meaning: fully resolved.
            if outcome is not None:
                raise DomainError("Kies bij 'Uitkomst' of het verzoek helemaal of deels is opgelost.")
            outcome = Outcome.RESOLVED
    elif to_status == S.NOT_RESOLVED:
        outcome = Outcome.NOT_RESOLVED
        if not _clean(outcome_summary):
            raise DomainError("Leg uit waarom er geen oplossing is. De bewoner leest dit.")
    elif to_status == S.REFERRED:
        outcome = Outcome.REFERRED
        if referral_route not in labels.ROUTES:
            raise DomainError("Kies naar welke formele route u doorverwijst.")
        # The back-office form passes "" when none was chosen: refused. None (callers from code that predate the
        # category) is stored as not recorded and counted as "Soort reden niet vastgelegd".
        if referral_category is not None and referral_category not in labels.REFERRAL_CATEGORIES:
            raise DomainError("Kies wat voor reden de doorverwijzing heeft.")
        if not _clean(referral_reason):
            raise DomainError("Geef de reden van de doorverwijzing.")
        req.referral_route = referral_route
        req.referral_category = referral_category
        req.referral_reason = referral_reason.strip()
    elif to_status == S.WITHDRAWN:
        outcome = Outcome.WITHDRAWN
    if to_status in (*RESOLVED_STATUSES, S.WITHDRAWN):
        req.outcome = outcome
        if outcome_summary is not None and _clean(outcome_summary):
            req.outcome_summary = outcome_summary.strip()
        req.resolved_at = req.resolved_at or now
    if to_status in (S.EXPLORING, S.COORDINATING):
        req.resolved_at = None  # reopened after an unsatisfied control answer
        req.outcome = None
    if to_status in FINAL_STATUSES:
        req.closed_at = now
    previous = req.status
    req.status = to_status
    req.history.append(
        StatusChange(at=now, from_status=previous, to_status=to_status, actor_id=actor.id, note=_clean(note))
    )
    audit.record(
        actor,
        "request.status",
        req,
        from_status=previous,
        to_status=to_status,
        outcome=req.outcome,
        referral_route=referral_route,
    )
    notify.status_changed(req, previous)
    db.session.commit()


def take_ownership(req: Request, actor: User) -> None:
    previous = req.mediator_id
    req.mediator_id = actor.id
    audit.record(actor, "request.assign", req, before=previous, after=actor.id)
    db.session.commit()


def set_classification(req: Request, actor: User, theme_id: int | None, department_id: int | None) -> None:
    before = [req.theme_id, req.department_id]
    if theme_id is not None and db.session.get(Theme, theme_id) is None:
        raise DomainError("Onbekend thema.")
    if department_id is not None and db.session.get(Department, department_id) is None:
        raise DomainError("Onbekende afdeling.")
    req.theme_id, req.department_id = theme_id, department_id
    audit.record(actor, "request.classify", req, before=before, after=[theme_id, department_id])
    db.session.commit()


def _ensure_open(req: Request) -> None:
    if req.status in FINAL_STATUSES:
        raise DomainError("Dit verzoek is gesloten. Er kan niets meer aan worden toegevoegd.")


def log_contact(
    req: Request,
    actor: User,
    at: dt.datetime,
    channel: str,
    participants: str,
    summary: str,
    with_resident: bool,
    official_id: int | None = None,
) -> Contact:
    _ensure_open(req)
    if channel not in labels.CONTACT_CHANNELS:
        raise DomainError("Kies een geldig kanaal.")
    if at > utcnow() + dt.timedelta(minutes=5):
        raise DomainError("Een contactmoment kan niet in de toekomst liggen.")
    contact = Contact(
        request=req,
        at=at,
        channel=channel,
        participants=participants.strip(),
        summary=summary.strip(),
        with_resident=with_resident,
        official_id=official_id,
        author_id=actor.id,
    )
    db.session.add(contact)
    if with_resident and (req.first_contact_at is None or at < req.first_contact_at):
        req.first_contact_at = at
    db.session.flush()
    audit.record(actor, "contact.create", contact, request=req.id, channel=channel)
    db.session.commit()
    return contact


def add_agreement(
    req: Request,
    actor: User,
    description: str,
    department_id: int | None,
    promised_by_role: str,
    due: dt.date,
    official_id: int | None = None,
) -> Agreement:
    _ensure_open(req)
    agreement = Agreement(
        request=req,
        description=description.strip(),
        department_id=department_id,
        promised_by_role=promised_by_role.strip(),
        due=due,
        official_id=official_id,
        author_id=actor.id,
    )
    db.session.add(agreement)
    db.session.flush()
    audit.record(actor, "agreement.create", agreement, request=req.id, due=due.isoformat())
    notify.agreement_made(agreement)
    db.session.commit()
    return agreement


def set_agreement_status(agreement: Agreement, actor: User, status: str) -> None:
    if status not in labels.AGREEMENT_STATUSES:
        raise DomainError("Onbekende status voor een afspraak.")
    before = agreement.status
    agreement.status = status
    agreement.status_at = utcnow() if status != AgreementStatus.OPEN else None
    audit.record(actor, "agreement.status", agreement, request=agreement.request_id, before=before, after=status)
    db.session.commit()


def answer_control_question(req: Request, all_addressed: bool, satisfied: bool, comment: str | None) -> None:
    """The resident's answer to "Is alles besproken? Bent u tevreden?" (ombudsman rule 5)."""
    if req.status not in RESOLVED_STATUSES:
        raise DomainError("Deze vraag kunt u beantwoorden als de bemiddelaar het verzoek heeft afgerond.")
    if req.control_answered_at is not None:
        raise DomainError("U heeft deze vraag al beantwoord. Dank u wel.")
    req.control_all_addressed = all_addressed
    req.control_satisfied = satisfied
    req.control_comment = _clean(comment)
    req.control_answered_at = utcnow()
    audit.record(None, "request.control_answer", req, satisfied=satisfied, all_addressed=all_addressed)
    db.session.commit()


@dataclass
class PublicEvent:
    at: dt.date
    title: str
    text: str


@dataclass
class QueueFilter:
    status: str | None = None
    theme_id: int | None = None
    mediator: str | None = None  # user id, "none" for unassigned
    attention: str | None = None  # "overdue" | "inactive" (no activity for INACTIVE_WORKING_DAYS working days)


def next_deadline_expr() -> ColumnElement[dt.date]:
    return case((Request.first_contact_at.is_(None), Request.first_contact_due), else_=Request.resolution_due)


def queue(flt: QueueFilter, limit: int = 50, offset: int = 0) -> tuple[list[Request], int]:
    """Open requests, nearest service-norm deadline first."""
    stmt = select(Request).where(Request.status.not_in(FINAL_STATUSES))
    if flt.status:
        stmt = stmt.where(Request.status == flt.status)
    if flt.theme_id:
        stmt = stmt.where(Request.theme_id == flt.theme_id)
    if flt.mediator == "none":
        stmt = stmt.where(Request.mediator_id.is_(None))
    elif flt.mediator and flt.mediator.isdigit():
        stmt = stmt.where(Request.mediator_id == int(flt.mediator))
    if flt.attention:
        stmt = stmt.where(attention_clause(flt.attention))
    total = db.session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    # Solved (or referred) requests waiting for the control question do not stay on top: open work first.
    waiting = case((Request.status.in_(RESOLVED_STATUSES), 1), else_=0)
    rows = (
        db.session.execute(
            stmt.options(selectinload(Request.theme), selectinload(Request.mediator))
            .order_by(waiting, next_deadline_expr(), Request.id)
            .limit(limit)
            .offset(offset)
        )
        .scalars()
        .all()
    )
    return list(rows), total


def attention_clause(attention: str) -> ColumnElement[bool]:
    """SQL for the queue's "overdue" and "inactive" filters."""
    today = clock.local_today()
    if attention == "overdue":
        return notify.overdue_clause(today)
    if attention == "inactive":
        return notify.inactive_clause(notify.inactive_cutoff(today, notify.inactive_days()))
    raise ValueError(attention)


ATTENTION_CACHE_SECONDS = 60.0  # the counts beside the queue filters may lag a minute; the filters never do
_attention_cache: TTLCache[str, dict[str, int]] = TTLCache(ATTENTION_CACHE_SECONDS)


def attention_counts(fresh: bool = False) -> dict[str, int]:
    """How many open requests are overdue, and how many had no activity for a while (queue filter counts)."""
    key = str(current_app.config.get("SQLALCHEMY_DATABASE_URI"))
    hit = None if fresh else _attention_cache.get(key)
    if hit is not None:
        return hit
    open_ = Request.status.not_in(FINAL_STATUSES)
    counts = {
        name: db.session.execute(select(func.count(Request.id)).where(open_, attention_clause(name))).scalar_one()
        for name in ("overdue", "inactive")
    }
    return _attention_cache.put(key, counts)


def next_deadline(req: Request) -> dt.date:
    return req.first_contact_due if req.first_contact_at is None else req.resolution_due


def is_overdue(req: Request, today: dt.date | None = None) -> bool:
    today = today or clock.local_today()
    if req.status in FINAL_STATUSES or req.paused_since is not None:  # a paused clock (opschorting) is not late
        return False
    if req.first_contact_at is None:
        return req.first_contact_due < today
    return req.status in OPEN_STATUSES and req.resolution_due < today
