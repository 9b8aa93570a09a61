"""Privacy by design (AVG/GDPR): erase personal data that is no longer needed.

Two ways data goes:

* `run()`: first it closes (`afgerond`) requests that were resolved, not resolved or referred but never closed,
  once nothing happened on them for `AUTO_CLOSE_DAYS` (default 90): the resident did not answer the control
  question. Then the retention rule: closed requests whose last activity (see `last_activity()`; an automatic
  closing does not count) is older than `RETENTION_MONTHS` (default 12)
  lose their contact details and every free text (the resident's story, notes, conversation summaries,
  agreement descriptions, the control comment). What stays are the anonymous facts the statistics and the
  accountability pages count: status, dates, channel, theme, department, outcome, referral route, agreement
  statuses and deadlines. `Request.erased_at` marks the request, so a second run does nothing.
* `erase_contact_details()`: a resident, with their tracking code, erases their own contact details
  at once. Their story stays until the retention rule, because the mediator may still need it.

Audit entries and log lines record what happened (ids and counts), never the data itself.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from ..extensions import db
from ..models import Request, StatusChange, User, utcnow
from ..models_enums import FINAL_STATUSES, RESOLVED_STATUSES, RequestStatus
from . import audit

log = logging.getLogger(__name__)

ERASED = "[verwijderd na bewaartermijn]"
DEFAULT_MONTHS = 12
DEFAULT_AUTO_CLOSE_DAYS = 90
# Waiting for the resident's answer to the control question; closed automatically when nothing happens.
AWAITING_CONTROL = RESOLVED_STATUSES
CLOSED = FINAL_STATUSES
AUTO_CLOSE_NOTE = "Automatisch afgerond: {days} dagen geen activiteit en geen antwoord op de controlevraag."


def subtract_months(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day-of-month `months` earlier (clamped to the month's last day)."""
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_first - dt.timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def configured_months() -> int:
    return int(current_app.config.get("RETENTION_MONTHS") or DEFAULT_MONTHS)


def configured_auto_close_days() -> int:
    return int(current_app.config.get("AUTO_CLOSE_DAYS") or DEFAULT_AUTO_CLOSE_DAYS)


def _automatic(change: StatusChange) -> bool:
    """A closing by this job (no actor), which must not restart the retention clock."""
    return change.actor_id is None and change.to_status == RequestStatus.CLOSED


def last_activity(req: Request) -> dt.datetime:
    """The last moment anyone did something with the request: status steps, conversations, agreements and
    their updates, the resident's control answer. The automatic closing by `run()` does not count."""
    moments = [req.received_at, req.first_contact_at, req.resolved_at, req.control_answered_at]
    moments += [change.at for change in req.history if not _automatic(change)]
    for contact in req.contacts:
        moments += [contact.at, contact.created_at]
    for agreement in req.agreements:
        moments += [
            agreement.created_at,
            agreement.status_at,
            agreement.official_confirmed_at,
            agreement.official_done_at,
        ]
    if req.closed_at is not None and not any(_automatic(change) for change in req.history):
        moments.append(req.closed_at)
    return max(m for m in moments if m is not None)


def _with_children() -> tuple[LoaderOption, ...]:
    return (selectinload(Request.history), selectinload(Request.contacts), selectinload(Request.agreements))


@dataclass
class RetentionReport:
    cutoff: dt.datetime
    request_ids: list[int] = field(default_factory=list)
    contacts: int = 0
    agreements: int = 0
    notes: int = 0
    dry_run: bool = False
    closed_ids: list[int] = field(default_factory=list)  # closed automatically in this run
    numbers: list[str] = field(default_factory=list)  # the erased requests' internal numbers (no personal data)
    contact_details: int = 0  # erased requests that still had a name, e-mail address or phone number
    login_attempts: int = 0  # expired failed log-ins (keyed hashes) deleted

    @property
    def requests(self) -> int:
        return len(self.request_ids)


def due(cutoff: dt.datetime) -> list[Request]:
    """Closed requests that still hold personal data and whose last activity lies before the cutoff."""
    candidates = db.session.execute(
        select(Request)
        .where(
            Request.status.in_(CLOSED),
            Request.closed_at.is_not(None),
            Request.erased_at.is_(None),
            Request.received_at < cutoff,
        )
        .options(*_with_children())
        .order_by(Request.id)
    ).scalars()
    return [req for req in candidates if last_activity(req) < cutoff]


def auto_close(now: dt.datetime, days: int, report: RetentionReport | None = None) -> list[Request]:
    """Close requests that wait for a control answer with no activity for `days` days (no commit)."""
    limit = now - dt.timedelta(days=days)
    candidates = db.session.execute(
        select(Request)
        .where(Request.status.in_(AWAITING_CONTROL), Request.received_at < limit)
        .options(*_with_children())
        .order_by(Request.id)
    ).scalars()
    closed = []
    for req in candidates:
        if last_activity(req) >= limit:
            continue
        previous = req.status
        req.status = RequestStatus.CLOSED
        req.closed_at = now
        req.history.append(
            StatusChange(
                at=now,
                from_status=previous,
                to_status=RequestStatus.CLOSED,
                actor_id=None,
                note=AUTO_CLOSE_NOTE.format(days=days),
            )
        )
        audit.record(None, "request.auto_close", req, from_status=previous, days=days)
        _tell_resident_closed(req, previous)
        closed.append(req)
        if report is not None:
            report.closed_ids.append(req.id)
    return closed


def _blank(value: str | None) -> str | None:
    return ERASED if value else value


def _count(req: Request, report: RetentionReport) -> None:
    report.contacts += len(req.contacts)
    report.agreements += len(req.agreements)
    report.notes += sum(1 for change in req.history if change.note)


def erase_request(req: Request) -> None:
    """Strip contact details and free text from one request and everything under it (no commit)."""
    req.contact_name = req.contact_email = req.contact_phone = None
    req.contact_preference = "geen"
    req.what_happened = ERASED
    req.desired_outcome = ERASED
    req.outcome_summary = _blank(req.outcome_summary)
    req.referral_reason = _blank(req.referral_reason)
    req.control_comment = _blank(req.control_comment)
    for contact in req.contacts:
        contact.summary = ERASED
    for agreement in req.agreements:
        agreement.description = ERASED  # may name the resident; status, role and deadline stay
    for change in req.history:
        if change.note:
            change.note = ERASED
    from . import attachments, officials  # the resident's added messages and files, questions to officials

    attachments.erase_for_request(req)
    officials.erase_for_request(req, ERASED)
    from . import mail  # queued and sent mails keep no address or text of an erased request (issue 11)

    mail.erase_for_request(req.id)
    req.erased_at = utcnow()


def run(
    months: int | None = None, dry_run: bool = False, now: dt.datetime | None = None, auto_close_days: int | None = None
) -> RetentionReport:
    """Close forgotten requests, then apply the retention rule. Idempotent; schedule it nightly (cron)."""
    months = configured_months() if months is None else months
    days = configured_auto_close_days() if auto_close_days is None else auto_close_days
    if months < 0 or days < 1:
        raise ValueError("months must be zero or more and auto-close days one or more")
    now = now or utcnow()
    cutoff = subtract_months(now, months)
    report = RetentionReport(cutoff=cutoff, dry_run=dry_run)
    auto_close(now, days, report)
    db.session.flush()
    for req in due(cutoff):
        report.request_ids.append(req.id)
        report.numbers.append(req.number)
        report.contact_details += bool(req.contact_name or req.contact_email or req.contact_phone)
        _count(req, report)
        if not dry_run:
            erase_request(req)
            audit.record(None, "request.retention_erase", req, months=months)
    if dry_run:
        db.session.rollback()
    else:
        db.session.commit()
        from . import logins

        report.login_attempts = logins.expire()
    log.info(
        "Retention (%s months, %s): %d requests closed automatically, %d requests erased, %d contacts, "
        "%d agreements, %d notes",
        months,
        "dry run" if dry_run else "applied",
        len(report.closed_ids),
        report.requests,
        report.contacts,
        report.agreements,
        report.notes,
    )
    return report


def _tell_resident_closed(req: Request, previous: str) -> None:
    """The resident gets the usual 'closed' mail (with the invitation to come back), if the mail outbox exists."""
    try:
        from . import notify
    except ImportError:
        return
    notify.status_changed(req, previous)


def erase_contact_details(req: Request, actor: User | None = None, by: str | None = None) -> bool:
    """Erase the contact details of one request now; False if there was nothing left to erase.

    `by` names who asked when it is neither the resident (no actor) nor staff, e.g. "restore".
    """
    if not (req.contact_name or req.contact_email or req.contact_phone):
        return False
    req.contact_name = req.contact_email = req.contact_phone = None
    req.contact_preference = "geen"
    from . import mail

    mail.erase_for_request(req.id)
    detail = {"via": by} if by else {}
    audit.record(actor, "request.erase_contact", req, by=by or ("resident" if actor is None else "staff"), **detail)
    db.session.commit()
    log.info("Contact details erased for request %s", req.id)
    return True
