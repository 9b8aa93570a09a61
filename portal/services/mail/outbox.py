"""The outbox: messages rendered from templates/mail/ and queued in the caller's transaction.

`enqueue()` renders `templates/mail/<template>.txt` and `.html` and adds a `MailOutbox` row to the current
transaction: the mail exists exactly when the change that causes it is committed. Addresses are checked here,
optional mails carry an unsubscribe link, and an erased request's mails keep no address or text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import uuid
from email.utils import formataddr, getaddresses, parseaddr
from pathlib import Path
from typing import Any

import jinja2
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import func, select, update

from ...extensions import db
from ...filters import dutch_date
from ...models import utcnow
from ...models_mail import MAIL_STATES, MailOptOut, MailOutbox
from .. import contact

log = logging.getLogger(__name__)

TEMPLATE_ROOT = Path(__file__).resolve().parent.parent.parent.parent / "templates"
TEMPLATE_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,60}$")
KIND_RE = re.compile(r"^[a-z][a-z0-9_.-]{0,39}$")
SUBJECT_MAX = 300
DEFAULT_FROM = "noreply@localhost"


class MailError(ValueError):
    """A message that cannot be queued (bad address, bad subject, unknown template)."""


# --- rendering and enqueueing -----------------------------------------------------------------------------


def _env() -> jinja2.Environment:
    app = current_app
    env = app.extensions.get("mail_jinja")
    if env is None:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATE_ROOT)),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["datum"] = _format_date
        app.extensions["mail_jinja"] = env
    return env


def _format_date(value: dt.date | dt.datetime | None) -> str:
    """Dates in mails as everywhere ("3 maart 2026"); nothing at all for a missing date."""
    return "" if value is None else dutch_date(value)


def clean_header(value: str, limit: int = SUBJECT_MAX) -> str:
    """One line of header text: CR, LF, NUL and other control characters become spaces (no injection)."""
    value = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in str(value))
    return " ".join(value.split())[:limit]


def check_address(to: str) -> str:
    """A single valid address, optionally with a display name; CR/LF/NUL anywhere is refused."""
    if not isinstance(to, str) or any(ch in to for ch in "\r\n\x00") or len(to) > 320:
        raise MailError("Ongeldig e-mailadres.")
    if len(getaddresses([to])) != 1:
        raise MailError("Ongeldig e-mailadres.")
    name, addr = parseaddr(to)
    if not addr or "," in addr:
        raise MailError("Ongeldig e-mailadres.")
    try:
        addr = validate_email(addr, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise MailError("Ongeldig e-mailadres.") from exc
    if len(addr) > 254:
        raise MailError("Ongeldig e-mailadres.")
    name = clean_header(name, 120)
    return formataddr((name, addr)) if name else addr


def bare_address(to: str) -> str:
    return parseaddr(to)[1].lower()


def address_hash(to: str) -> str:
    return hashlib.sha256(bare_address(to).encode()).hexdigest()


def is_opted_out(to: str, kind: str) -> bool:
    return db.session.get(MailOptOut, (address_hash(to), kind)) is not None


def render(template: str, context: dict[str, Any]) -> tuple[str, str]:
    """(text, html) of templates/mail/<template>.txt and .html; the html is autoescaped."""
    if not TEMPLATE_NAME_RE.match(template):
        raise MailError(f"Unknown mail template {template!r}")
    env = _env()
    try:
        text = env.get_template(f"mail/{template}.txt").render(context)
        html = env.get_template(f"mail/{template}.html").render(context)
    except jinja2.TemplateNotFound as exc:
        raise MailError(f"Unknown mail template {template!r}") from exc
    return text, html


def base_context() -> dict[str, Any]:
    from ...urls import base_url

    return {
        "contact": contact.load(),
        "municipality": current_app.config.get("MUNICIPALITY", ""),
        "base_url": base_url(),
    }


def _message_id() -> str:
    domain = bare_address(current_app.config.get("MAIL_FROM") or DEFAULT_FROM).rpartition("@")[2] or "localhost"
    return f"<{uuid.uuid4().hex}@{domain}>"


def enqueue(
    to: str,
    subject: str,
    template: str,
    context: dict[str, Any],
    *,
    reason: str,
    kind: str,
    optional: bool = False,
    request_id: int | None = None,
    ref: str | None = None,
) -> MailOutbox | None:
    """Add one message to the outbox in the current transaction (the caller commits).

    `reason` tells the recipient why they get this mail (shown in it). `optional` mails carry
    List-Unsubscribe; returns None when the recipient unsubscribed from this `kind`. `ref` names what the mail
    is about (e.g. "agreement:12:due") for jobs that must send it once: see `already_queued()`.
    Raises MailError for a bad address, an empty subject or an unknown template.
    """
    to = check_address(to)
    subject = clean_header(subject)
    if not subject:
        raise MailError("Een mail heeft een onderwerp nodig.")
    if not KIND_RE.match(kind):
        raise MailError(f"Bad mail kind {kind!r}")
    reason = clean_header(reason, 300)
    if optional and is_opted_out(to, kind):
        return None
    ctx = base_context()
    ctx.update(context)
    ctx["reason"] = reason
    ctx["optional"] = optional
    ctx["unsubscribe_url"] = unsubscribe_url(to, kind) if optional else None
    ctx["subject"] = subject
    text, html = render(template, ctx)
    row = MailOutbox(
        to_addr=to,
        subject=subject,
        body_text=text,
        body_html=html,
        kind=kind,
        reason=reason,
        optional=optional,
        request_id=request_id,
        message_id=_message_id(),
        state="pending",
        ref=ref,
        attempts=0,
        next_attempt_at=utcnow(),
        created_at=utcnow(),
    )
    db.session.add(row)
    return row


def already_queued(ref: str) -> bool:
    return db.session.execute(select(MailOutbox.id).where(MailOutbox.ref == ref).limit(1)).first() is not None


def enqueue_safely(*args: Any, **kwargs: Any) -> MailOutbox | None:
    """enqueue() inside a savepoint: a mail that cannot be queued never blocks or rolls back the change."""
    try:
        with db.session.begin_nested():
            return enqueue(*args, **kwargs)
    except Exception:
        log.exception("A %s mail could not be queued", kwargs.get("kind", "?"))
        return None


# --- unsubscribing -------------------------------------------------------------------------------------


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="mail-unsubscribe")


def unsubscribe_token(to: str, kind: str) -> str:
    return _serializer().dumps({"h": address_hash(to), "k": kind})


def unsubscribe_url(to: str, kind: str) -> str:
    from ...urls import external_url

    return external_url("mailadmin.unsubscribe", token=unsubscribe_token(to, kind))


def read_unsubscribe_token(token: str) -> tuple[str, str] | None:
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("h"), str) or not isinstance(data.get("k"), str):
        return None
    if not re.fullmatch(r"[0-9a-f]{64}", data["h"]) or not KIND_RE.match(data["k"]):
        return None
    return data["h"], data["k"]


def opt_out(addr_hash: str, kind: str) -> None:
    """Record an unsubscribe (idempotent; the caller commits)."""
    if db.session.get(MailOptOut, (addr_hash, kind)) is None:
        db.session.add(MailOptOut(address_hash=addr_hash, kind=kind))


# --- state of the outbox -------------------------------------------------------------------------------


def status_counts() -> dict[str, int]:
    counts = dict.fromkeys(MAIL_STATES, 0)
    for state, n in db.session.execute(select(MailOutbox.state, func.count()).group_by(MailOutbox.state)):
        counts[state] = n
    return counts


def send_again(row: MailOutbox) -> None:
    """An admin sends a failed or uncertain mail again (same Message-ID). The caller commits."""
    if row.state not in ("failed", "uncertain"):
        raise MailError("Alleen mislukte of onzekere mails kunnen opnieuw verstuurd worden.")
    if not row.body_text:
        raise MailError("De inhoud van deze mail is niet meer bewaard.")
    row.state = "pending"
    row.attempts = 0
    row.next_attempt_at = utcnow()
    row.last_error = None


def erase_for_request(request_id: int) -> int:
    """Erasure of a request (retention or the resident's wish) also erases its mails' address and text.

    Mails not yet sent are not sent any more. The caller commits.
    """
    db.session.execute(
        update(MailOutbox)
        .where(MailOutbox.request_id == request_id, MailOutbox.state.in_(("pending", "sending")))
        .values(state="failed", last_error="Gegevens gewist voor verzending.")
        .execution_options(synchronize_session=False)
    )
    result = db.session.execute(
        update(MailOutbox)
        .where(MailOutbox.request_id == request_id)
        .values(to_addr="gewist@invalid", body_text="", body_html="")
        .execution_options(synchronize_session=False)
    )
    return result.rowcount
