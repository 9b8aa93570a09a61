"""Privacy by design (AVG/GDPR): erase personal data that is no longer needed.

Two ways data goes:

* `run()`: the retention rule. Closed requests (`closed_at`) older than `RETENTION_MONTHS` (default 12)
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

from ..extensions import db
from ..models import Request, User, utcnow
from . import audit

log = logging.getLogger(__name__)

ERASED = "[verwijderd na bewaartermijn]"
DEFAULT_MONTHS = 12


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


@dataclass
class RetentionReport:
    cutoff: dt.datetime
    request_ids: list[int] = field(default_factory=list)
    contacts: int = 0
    agreements: int = 0
    notes: int = 0
    dry_run: bool = False

    @property
    def requests(self) -> int:
        return len(self.request_ids)


def due(cutoff: dt.datetime) -> list[Request]:
    """Closed requests past the cutoff that still hold personal data."""
    return list(db.session.execute(
        select(Request).where(Request.closed_at.is_not(None), Request.closed_at < cutoff,
                              Request.erased_at.is_(None)).order_by(Request.id)
    ).scalars())


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
    from .attachments import erase_for_request  # the resident's added messages and files (issue 11)

    erase_for_request(req)
    from . import mail  # queued and sent mails keep no address or text of an erased request (issue 11)

    mail.erase_for_request(req.id)
    req.erased_at = utcnow()


def run(months: int | None = None, dry_run: bool = False, now: dt.datetime | None = None) -> RetentionReport:
    """Apply the retention rule once. Idempotent and safe to schedule (e.g. nightly from cron)."""
    months = configured_months() if months is None else months
    if months < 0:
        raise ValueError("months must be zero or more")
    cutoff = subtract_months(now or utcnow(), months)
    report = RetentionReport(cutoff=cutoff, dry_run=dry_run)
    for req in due(cutoff):
        report.request_ids.append(req.id)
        _count(req, report)
        if not dry_run:
            erase_request(req)
            audit.record(None, "request.retention_erase", req, months=months)
    if dry_run:
        db.session.rollback()
    else:
        db.session.commit()
    log.info("Retention (%s months, %s): %d requests, %d contacts, %d agreements, %d notes",
             months, "dry run" if dry_run else "applied", report.requests, report.contacts,
             report.agreements, report.notes)
    return report


def erase_contact_details(req: Request, actor: User | None = None) -> bool:
    """Erase the contact details of one request now; False if there was nothing left to erase."""
    if not (req.contact_name or req.contact_email or req.contact_phone):
        return False
    req.contact_name = req.contact_email = req.contact_phone = None
    req.contact_preference = "geen"
    from . import mail

    mail.erase_for_request(req.id)
    audit.record(actor, "request.erase_contact", req, by="resident" if actor is None else "staff")
    db.session.commit()
    log.info("Contact details erased for request %s", req.id)
    return True
