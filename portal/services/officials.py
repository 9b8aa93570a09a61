"""Officials take part in the afstemming: they ask for one themselves, or answer a mediator's invitation.

An invitation gives the official a personal link: `<id>.<random>` signed with the app secret for this one
purpose (itsdangerous, salt "official-invitation"). Only the SHA-256 of the signed token is stored, so a copied
database holds no working link. The link expires after `OFFICIAL_LINK_DAYS` (default 14), a mediator can revoke
it, and the pages behind it are rate-limited like the tracking-code pages. The official has no account: every
action is recorded on the request as a Contact by that official and in the audit trail (actor: none, detail
names the official and the invitation), and the mediator gets a mail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import func, select

from ..extensions import db
from ..filters import dutch_date
from ..models import Agreement, Contact, Department, Official, Request, User, utcnow
from ..models_enums import AgreementStatus
from ..models_officials import OfficialInvitation, OfficialRequest
from . import audit, clock
from .requests import FINAL_STATUSES, DomainError

log = logging.getLogger(__name__)

SALT = "official-invitation"
DEFAULT_LINK_DAYS = 14
CHANNEL = "ambtenaar"  # Request.channel of a request an official asked for
CONTACT_CHANNEL = "portaal"  # Contact.channel of what an official wrote through their link
TEXT_MAX = 5000


class LinkError(DomainError):
    """A link that cannot be used; `status` is the HTTP status to answer with (404 or 410)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


BAD_LINK = "Deze link klopt niet. Controleer of u de hele link uit de e-mail heeft gebruikt."


# --- links --------------------------------------------------------------------------------------------------


def link_days() -> int:
    raw = current_app.config.get("OFFICIAL_LINK_DAYS") or DEFAULT_LINK_DAYS
    try:
        return max(1, min(int(raw), 365))
    except (TypeError, ValueError):
        return DEFAULT_LINK_DAYS


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_token(invitation_id: int) -> str:
    return _serializer().dumps([invitation_id, secrets.token_urlsafe(24)])


def find_by_token(token: str, now: dt.datetime | None = None) -> OfficialInvitation:
    """The invitation behind a link; raises LinkError for a tampered, unknown, revoked or expired link."""
    if not token or len(token) > 300:
        raise LinkError(BAD_LINK, 404)
    try:
        payload = _serializer().loads(token)
    except (BadSignature, UnicodeDecodeError, ValueError) as exc:
        raise LinkError(BAD_LINK, 404) from exc
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], int)):
        raise LinkError(BAD_LINK, 404)
    invitation = db.session.get(OfficialInvitation, payload[0])
    if invitation is None or not hmac.compare_digest(invitation.token_hash, token_hash(token)):
        raise LinkError(BAD_LINK, 404)
    if invitation.revoked_at is not None:
        raise LinkError(
            "De bemiddelaar heeft deze link ingetrokken. Neem contact op met de bemiddelaar "
            "als u nog iets wilt doorgeven.",
            410,
        )
    if (now or utcnow()) >= invitation.expires_at:
        raise LinkError("Deze link is verlopen. Vraag de bemiddelaar om een nieuwe link.", 410)
    if invitation.request.status in FINAL_STATUSES:
        raise LinkError("Dit verzoek is afgesloten. U hoeft niets meer te doen.", 410)
    return invitation


# --- mail (H6's outbox; a mail that cannot be queued never blocks the change) --------------------------------


def send_mail(
    to: str | None,
    subject: str,
    template: str,
    context: dict[str, Any],
    *,
    reason: str,
    kind: str,
    request_id: int | None,
) -> None:
    """Queue one mail in the current transaction; problems are logged, never raised."""
    if not to:
        return
    try:
        from .mail import enqueue
    except ImportError:  # pragma: no cover - the mail component is part of the same release
        log.warning("Mail component missing: %s mail not queued", kind)
        return
    try:
        with db.session.begin_nested():
            enqueue(to, subject, template, context, reason=reason, kind=kind, request_id=request_id)
    except Exception:
        log.exception("A %s mail could not be queued", kind)


def link_url(token: str) -> str:
    from ..urls import external_url

    return external_url("official.respond", token=token)


def request_url(req: Request) -> str:
    from ..urls import external_url

    return external_url("backoffice.request_page", request_id=req.id)


def _mediator_address(invitation: OfficialInvitation) -> str | None:
    req = invitation.request
    mediator = req.mediator or invitation.created_by
    return mediator.email if mediator is not None and mediator.active else None


def _tell_mediator(invitation: OfficialInvitation, what: str, text: str | None = None) -> None:
    req = invitation.request
    send_mail(
        _mediator_address(invitation),
        f"Reactie van een ambtenaar op verzoek {req.number}",
        "official_to_mediator",
        {
            "number": req.number,
            "official": invitation.official.name,
            "what": what,
            "text": text or "",
            "url": request_url(req),
        },
        reason="U bent de bemiddelaar van dit verzoek, of u nodigde de ambtenaar uit.",
        kind="official_response",
        request_id=req.id,
    )


def _tell_resident(req: Request, agreement: Agreement) -> None:
    """The resident hears that the municipality confirmed an agreement (only to an address they gave)."""
    if not req.contact_email or req.erased_at is not None:
        return
    from ..urls import external_url
    from .notify import RESIDENT_REASON, status_url, tracking_code

    send_mail(
        req.contact_email,
        "De gemeente heeft een afspraak bevestigd",
        "official_confirmed_resident",
        {
            "agreement": agreement,
            "name": (req.contact_name or "").strip(),
            "who": agreement.department.name if agreement.department else "De gemeente",
            "role": agreement.promised_by_role,
            "status_url": status_url(tracking_code(req)),
            "lookup_url": external_url("resident.lookup"),
        },
        reason=RESIDENT_REASON,
        kind="agreement_confirmed",
        request_id=req.id,
    )


# --- invitations (mediator side) ----------------------------------------------------------------------------


def find_or_add_official(
    name: str, email: str, department_id: int | None, role: str = "", actor: User | None = None
) -> Official:
    """The official with this work address, or a new one (the address is matched without case)."""
    email = email.strip().lower()
    official = db.session.execute(
        select(Official).where(func.lower(Official.email) == email).order_by(Official.id).limit(1)
    ).scalar_one_or_none()
    if official is None:
        official = Official(name=name.strip(), role=role.strip(), department_id=department_id, email=email)
        db.session.add(official)
        db.session.flush()
        audit.record(actor, "official.create", official, department=department_id)
    return official


def invite(
    req: Request,
    actor: User,
    *,
    question: str,
    email: str,
    official_id: int | None = None,
    name: str | None = None,
    department_id: int | None = None,
    agreement_id: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[OfficialInvitation, str]:
    """Invite an official to respond; returns the invitation and its token (mailed, never stored)."""
    if req.status in FINAL_STATUSES:
        raise DomainError("Dit verzoek is gesloten. U kunt geen ambtenaar meer uitnodigen.")
    question = (question or "").strip()
    if len(question) < 3 or len(question) > TEXT_MAX:
        raise DomainError(f"Schrijf de vraag aan de ambtenaar (3 tot {TEXT_MAX} tekens).")
    agreement = None
    if agreement_id is not None:
        agreement = db.session.get(Agreement, agreement_id)
        if agreement is None or agreement.request_id != req.id:
            raise DomainError("Kies een afspraak van dit verzoek.")
    if department_id is not None and db.session.get(Department, department_id) is None:
        raise DomainError("Onbekende afdeling.")
    if official_id is not None:
        official = db.session.get(Official, official_id)
        if official is None:
            raise DomainError("Onbekende ambtenaar.")
        if not official.email:
            official.email = email.strip().lower()
    else:
        if not (name or "").strip():
            raise DomainError("Kies een ambtenaar of vul de naam in.")
        official = find_or_add_official(name or "", email, department_id, actor=actor)
    now = now or utcnow()
    invitation = OfficialInvitation(
        request_id=req.id,
        agreement_id=agreement.id if agreement else None,
        official_id=official.id,
        email=email.strip().lower(),
        question=question,
        token_hash="pending-" + secrets.token_hex(16),
        created_at=now,
        expires_at=now + dt.timedelta(days=link_days()),
        version=0,
        created_by_id=actor.id,
    )
    db.session.add(invitation)
    db.session.flush()
    token = _new_token(invitation.id)
    invitation.token_hash = token_hash(token)
    audit.record(
        actor, "official.invite", req, invitation=invitation.id, official=official.id, agreement=invitation.agreement_id
    )
    send_mail(
        invitation.email,
        f"Vraag van de bemiddelaar over verzoek {req.number}",
        "official_invitation",
        {
            "number": req.number,
            "name": official.name,
            "question": question,
            "url": link_url(token),
            "expires": clock.local_date(invitation.expires_at),
            "agreement": agreement.description if agreement else None,
            "due": agreement.due if agreement else None,
            "mediator": actor.name,
        },
        reason="Een bemiddelaar vraagt u als medewerker van de gemeente om een reactie.",
        kind="official_invitation",
        request_id=req.id,
    )
    db.session.commit()
    return invitation, token


def revoke(invitation: OfficialInvitation, actor: User) -> None:
    if invitation.revoked_at is not None:
        raise DomainError("Deze link was al ingetrokken.")
    invitation.revoked_at = utcnow()
    audit.record(actor, "official.revoke", invitation.request, invitation=invitation.id)
    db.session.commit()


def invitations_for(req: Request) -> list[OfficialInvitation]:
    return list(
        db.session.execute(
            select(OfficialInvitation)
            .where(OfficialInvitation.request_id == req.id)
            .order_by(OfficialInvitation.created_at.desc(), OfficialInvitation.id.desc())
        ).scalars()
    )


# --- what the official does through the link -----------------------------------------------------------------

ACTIONS = ("antwoord", "akkoord", "voorstel", "uitgevoerd")


def _check_version(invitation: OfficialInvitation, version: int | None) -> None:
    if version is None or version != invitation.version:
        raise LinkError(
            "Dit formulier is al verwerkt of de pagina is verouderd. Open de link opnieuw om de laatste stand te zien.",
            409,
        )
    if invitation.completed_at is not None:
        raise LinkError("U heeft al gemeld dat de afspraak is uitgevoerd. Dank u wel.", 409)


def _record(invitation: OfficialInvitation, action: str, summary: str, now: dt.datetime, **detail: Any) -> None:
    official = invitation.official
    who = official.role or "ambtenaar"
    if official.department is not None:
        who = f"{who} {official.department.name}"
    contact = Contact(
        request_id=invitation.request_id,
        at=now,
        channel=CONTACT_CHANNEL,
        participants=who[:300],
        with_resident=False,
        summary=summary,
        official_id=official.id,
        author_id=None,
    )
    db.session.add(contact)
    invitation.version += 1
    invitation.last_used_at = now
    db.session.flush()
    audit.record(
        None,
        f"official.{action}",
        invitation.request,
        by="official",
        official=official.id,
        invitation=invitation.id,
        contact=contact.id,
        **detail,
    )


def _text(value: str | None, minimum: int = 1) -> str:
    value = (value or "").strip()
    if len(value) < minimum or len(value) > TEXT_MAX:
        raise DomainError(f"Schrijf uw reactie ({minimum} tot {TEXT_MAX} tekens).")
    return value


def answer(invitation: OfficialInvitation, version: int | None, text: str, now: dt.datetime | None = None) -> None:
    """The official answers the mediator's question."""
    _check_version(invitation, version)
    text = _text(text, 3)
    now = now or utcnow()
    _record(invitation, "answer", f"Antwoord van de ambtenaar: {text}", now)
    _tell_mediator(invitation, "heeft uw vraag beantwoord", text)
    db.session.commit()


def _open_agreement(invitation: OfficialInvitation) -> Agreement:
    agreement = invitation.agreement
    if agreement is None:
        raise DomainError(
            "Bij deze vraag hoort geen voorgestelde afspraak. U kunt wel antwoorden of zelf een afspraak voorstellen."
        )
    return agreement


def accept(
    invitation: OfficialInvitation, version: int | None, text: str | None = None, now: dt.datetime | None = None
) -> None:
    """The official confirms the proposed agreement: the municipality's side is now on record."""
    _check_version(invitation, version)
    agreement = _open_agreement(invitation)
    if agreement.official_confirmed_at is not None:
        raise LinkError("Deze afspraak is al bevestigd.", 409)
    if agreement.status != AgreementStatus.OPEN:
        raise LinkError("Deze afspraak loopt niet meer.", 409)
    note = (text or "").strip()[:TEXT_MAX]
    now = now or utcnow()
    agreement.official_confirmed_at = now
    summary = f"De ambtenaar bevestigt de afspraak: {agreement.description}"
    _record(invitation, "confirm", summary + (f" Toelichting: {note}" if note else ""), now, agreement=agreement.id)
    _tell_mediator(invitation, "heeft de afspraak bevestigd", note)
    _tell_resident(invitation.request, agreement)
    db.session.commit()


def propose(
    invitation: OfficialInvitation, version: int | None, text: str, due: dt.date | None, now: dt.datetime | None = None
) -> None:
    """The official proposes another agreement; the mediator decides and records it."""
    _check_version(invitation, version)
    text = _text(text, 3)
    now = now or utcnow()
    if due is not None and due < clock.local_date(now):
        raise DomainError("De datum ligt in het verleden.")
    when = f" Uiterlijk: {dutch_date(due)}." if due else ""
    _record(
        invitation,
        "propose",
        f"De ambtenaar stelt een andere afspraak voor: {text}{when}",
        now,
        agreement=invitation.agreement_id,
        due=due.isoformat() if due else None,
    )
    _tell_mediator(invitation, "stelt een andere afspraak voor", text + when)
    db.session.commit()


def report_done(
    invitation: OfficialInvitation, version: int | None, text: str | None = None, now: dt.datetime | None = None
) -> None:
    """The official reports the confirmed agreement done; the mediator checks it and marks it kept."""
    _check_version(invitation, version)
    agreement = _open_agreement(invitation)
    if agreement.official_confirmed_at is None:
        raise LinkError("Bevestig eerst de afspraak. Daarna kunt u melden dat hij is uitgevoerd.", 409)
    note = (text or "").strip()[:TEXT_MAX]
    now = now or utcnow()
    agreement.official_done_at = now
    invitation.completed_at = now
    _record(
        invitation,
        "done",
        f"De ambtenaar meldt dat de afspraak is uitgevoerd: {agreement.description}"
        + (f" Toelichting: {note}" if note else ""),
        now,
        agreement=agreement.id,
    )
    _tell_mediator(
        invitation, "meldt dat de afspraak is uitgevoerd. Controleer het en zet de afspraak op nagekomen", note
    )
    db.session.commit()


def erase_for_request(req: Request, placeholder: str) -> int:
    """Retention: blank the questions mediators wrote to officials about this request (no commit)."""
    invitations = invitations_for(req)
    for invitation in invitations:
        invitation.question = placeholder
    return len(invitations)


def asked_by(req: Request) -> OfficialRequest | None:
    return db.session.execute(select(OfficialRequest).where(OfficialRequest.request_id == req.id)).scalar_one_or_none()


def confirmed_agreements(start: dt.datetime | None = None, end: dt.datetime | None = None) -> dict[str, int]:
    """Agreements made, and how many of them the official confirmed (both sides on record). For figures."""
    stmt = select(func.count(Agreement.id), func.count(Agreement.official_confirmed_at))
    if start is not None:
        stmt = stmt.where(Agreement.created_at >= start)
    if end is not None:
        stmt = stmt.where(Agreement.created_at < end)
    total, confirmed = db.session.execute(stmt).one()
    return {"agreements": int(total), "confirmed_by_both": int(confirmed)}


def agreement_label(agreement: Agreement) -> str:
    """Short Dutch status of the official's side, for the back office."""
    if agreement.official_done_at is not None:
        return "Bevestigd en uitgevoerd gemeld door de ambtenaar"
    if agreement.official_confirmed_at is not None:
        return "Bevestigd door de ambtenaar"
    return "Nog niet bevestigd door de ambtenaar"
