"""An official asks for an afstemming through a form of their own: a request with channel "ambtenaar".

The official gets a receipt by mail; a replayed form finds the first request. The rest of what officials do
(invitations, the personal link) lives in services/officials.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Department, Request
from ..models_officials import OfficialRequest
from . import audit
from .officials import CHANNEL, find_or_add_official, send_mail
from .requests import DomainError, Submission, submit


@dataclass
class OfficialAsk:
    official_name: str
    official_email: str
    department_id: int | None
    official_role: str
    situation: str
    desired_outcome: str
    resident_agreed: bool
    resident_name: str | None = None
    resident_email: str | None = None
    resident_phone: str | None = None
    theme_id: int | None = None
    submission_id: str | None = None


def allowed_work_address(email: str) -> bool:
    """True unless PORTAL_OFFICIAL_MAIL_DOMAINS (comma-separated) is set and the address is outside it."""
    raw = str(current_app.config.get("OFFICIAL_MAIL_DOMAINS") or "").strip()
    if not raw:
        return True
    domain = email.rpartition("@")[2].lower()
    allowed = [d.strip().lower().lstrip("@") for d in raw.split(",") if d.strip()]
    return any(domain == d or domain.endswith("." + d) for d in allowed)


def submit_for_official(ask: OfficialAsk) -> tuple[Request, str | None, bool]:
    """Register a request an official asked for (channel "ambtenaar"); a replayed form finds the first one."""
    if ask.department_id is not None and db.session.get(Department, ask.department_id) is None:
        raise DomainError("Kies een afdeling uit de lijst.")
    sub = Submission(
        what_happened=ask.situation,
        desired_outcome=ask.desired_outcome,
        theme_id=ask.theme_id,
        contact_name=ask.resident_name,
        contact_email=ask.resident_email,
        contact_phone=ask.resident_phone,
        contact_preference="email" if ask.resident_email else ("telefoon" if ask.resident_phone else "geen"),
        channel=CHANNEL,
    )
    if ask.submission_id:
        sub.submission_id = ask.submission_id
    req, code, created = submit(sub)
    exists = db.session.execute(
        select(OfficialRequest.id).where(OfficialRequest.request_id == req.id)
    ).scalar_one_or_none()
    if exists is None:
        official = find_or_add_official(ask.official_name, ask.official_email, ask.department_id, ask.official_role)
        db.session.add(OfficialRequest(request_id=req.id, official_id=official.id, resident_agreed=ask.resident_agreed))
        if req.department_id is None:
            req.department_id = ask.department_id
        audit.record(
            None, "official.request", req, by="official", official=official.id, resident_agreed=ask.resident_agreed
        )
        send_mail(
            official.email,
            f"Uw verzoek tot afstemming {req.number} is ontvangen",
            "official_receipt",
            {"number": req.number, "name": official.name, "resident_agreed": ask.resident_agreed},
            reason="U vroeg als medewerker van de gemeente om een afstemming.",
            kind="official_receipt",
            request_id=req.id,
        )
        db.session.commit()
    return req, code, created
