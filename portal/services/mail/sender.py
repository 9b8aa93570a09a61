"""The sender: one round at a time per host delivers the outbox, by SMTP or as .eml files.

The sender (`flush()`, run by the embedded sender thread, `flask mail worker` or `flask mail flush`) holds a file
lock per round, claims each row (pending -> sending, committed) before it talks to the server, and marks it sent
afterwards. A sender that dies between sending and marking leaves a 'sending' row; once its lease has run out that
row becomes 'uncertain' and is never resent automatically (an admin may send it again; the Message-ID stays the
same). Without PORTAL_MAIL_SERVER every message is written as an .eml file under $PORTAL_DATA_DIR/mail/ instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from flask import Flask, current_app
from sqlalchemy import select, update

from ... import background
from ...extensions import db
from ...models import utcnow
from ...models_mail import MailOutbox
from .. import contact
from ..locks import file_lock
from .outbox import DEFAULT_FROM, MailError, bare_address, check_address, unsubscribe_url

log = logging.getLogger(__name__)

# Back-off after a temporary failure: 1, 2, 4, ... minutes, at most one hour; then give up.
BACKOFF_BASE_SECONDS = 60
BACKOFF_MAX_SECONDS = 3600
MAX_ATTEMPTS = 8


def sender_address() -> str:
    """PORTAL_MAIL_FROM; without a display name the inbox shows 'Bemiddeling <municipality>', not a bare address."""
    raw = current_app.config.get("MAIL_FROM") or DEFAULT_FROM
    try:
        address = check_address(raw)
    except MailError:
        address = DEFAULT_FROM
    if parseaddr(address)[0]:
        return address
    return formataddr((f"Bemiddeling {current_app.config['MUNICIPALITY']}", address))


def build_message(row: MailOutbox) -> EmailMessage:
    """Plain text plus simple HTML; no tracking pixels, no remote images."""
    msg = EmailMessage()
    msg["From"] = sender_address()
    msg["To"] = row.to_addr
    msg["Subject"] = row.subject
    msg["Date"] = format_datetime(row.created_at.replace(tzinfo=dt.UTC))
    msg["Message-ID"] = row.message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg["Content-Language"] = "nl"
    reply_to = contact.load().email
    if reply_to:
        try:
            msg["Reply-To"] = check_address(reply_to)
        except MailError:
            pass
    if row.optional:
        msg["List-Unsubscribe"] = f"<{unsubscribe_url(row.to_addr, row.kind)}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(row.body_text)
    msg.add_alternative(row.body_html, subtype="html")
    return msg


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int
    use_ssl: bool = False
    starttls: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0


def parse_server_url(url: str) -> ServerConfig:
    """smtp://host:port, smtps://user:pass@host:465, smtp+starttls://host:587 or smtp://host?starttls=1."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("smtp", "smtps", "smtp+starttls") or not parts.hostname:
        raise ValueError(
            "PORTAL_MAIL_SERVER must look like smtp://host:port, smtps://user:pass@host:465 or smtp+starttls://host:587"
        )
    query = parse_qs(parts.query)
    flag = (query.get("starttls") or ["0"])[0].lower() in ("1", "true", "yes", "ja")
    use_ssl = scheme == "smtps"
    starttls = scheme == "smtp+starttls" or (flag and not use_ssl)
    port = parts.port or (465 if use_ssl else 587 if starttls else 25)
    timeout = float((query.get("timeout") or ["30"])[0])
    return ServerConfig(
        host=parts.hostname,
        port=port,
        use_ssl=use_ssl,
        starttls=starttls,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        timeout=timeout,
    )


def server_config() -> ServerConfig | None:
    url = current_app.config.get("MAIL_SERVER")
    return parse_server_url(url) if url else None


def mail_dir() -> Path:
    folder = Path(current_app.config["DATA_DIR"]) / "mail"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def sender_lock(blocking: bool = True) -> Iterator[bool]:
    """An exclusive file lock per data folder: one sender round at a time on this host."""
    with file_lock(Path(current_app.config["DATA_DIR"]) / "mail.sender.lock", blocking) as held:
        yield held


@dataclass
class FlushReport:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    uncertain: int = 0
    recovered: int = 0

    def __str__(self) -> str:
        return f"{self.sent} verstuurd, {self.retry} later opnieuw, {self.failed} mislukt, {self.uncertain} onzeker"


def _lease() -> dt.timedelta:
    return dt.timedelta(seconds=float(current_app.config.get("MAIL_LEASE_SECONDS", 600)))


def eml_filename(row: MailOutbox) -> str:
    return f"{row.created_at:%Y%m%d-%H%M%S}-{row.id:08d}.eml"


def resolve_stale(report: FlushReport | None = None) -> FlushReport:
    """Settle 'sending' rows whose sender died (lease over), conservatively: never a second copy.

    For .eml delivery the file tells the truth (written: sent; missing: pending again). For SMTP there is no
    way to ask, so such a row becomes 'uncertain' and waits for an admin.
    """
    report = report or FlushReport()
    now = utcnow()
    rows = (
        db.session.execute(select(MailOutbox).where(MailOutbox.state == "sending", MailOutbox.lease_until < now))
        .scalars()
        .all()
    )
    smtp = server_config() is not None
    for row in rows:
        if not smtp:
            path = mail_dir() / eml_filename(row)
            if path.exists():
                _mark_sent(row, eml_name=path.name)
            else:
                row.state = "pending"
                row.lease_until = None
            report.recovered += 1
        else:
            row.state = "uncertain"
            row.lease_until = None
            row.last_error = "De verzender stopte tijdens het versturen; mogelijk al verstuurd. Niet opnieuw verstuurd."
            report.uncertain += 1
            log.warning("Mail %s left 'sending' by a stopped sender: marked uncertain, not resent", row.id)
    db.session.commit()
    return report


def _claim(row_id: int) -> bool:
    """pending -> sending, committed before anything leaves; False if another sender was first."""
    now = utcnow()
    result = db.session.execute(
        update(MailOutbox)
        .where(MailOutbox.id == row_id, MailOutbox.state == "pending")
        .values(state="sending", lease_until=now + _lease(), attempts=MailOutbox.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def _mark_sent(row: MailOutbox, eml_name: str | None = None) -> None:
    row.state = "sent"
    row.sent_at = utcnow()
    row.lease_until = None
    row.last_error = None
    row.eml_name = eml_name
    # The body may hold a tracking code: once delivered, the outbox keeps only who, what and why.
    row.body_text = ""
    row.body_html = ""


def _retry_later(row: MailOutbox, error: str) -> bool:
    """Back off after a temporary failure; True when retried, False when given up."""
    row.lease_until = None
    row.last_error = error[:500]
    if row.attempts >= int(current_app.config.get("MAIL_MAX_ATTEMPTS", MAX_ATTEMPTS)):
        row.state = "failed"
        return False
    base = float(current_app.config.get("MAIL_BACKOFF_SECONDS", BACKOFF_BASE_SECONDS))
    delay = min(base * 2 ** max(row.attempts - 1, 0), BACKOFF_MAX_SECONDS)
    row.state = "pending"
    row.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
    return True


def _write_eml(row: MailOutbox, msg: EmailMessage) -> str:
    """Write atomically; an existing file (a sender died after writing) counts as written."""
    folder = mail_dir()
    name = eml_filename(row)
    final = folder / name
    if final.exists():
        return name
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(msg.as_bytes())
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, final)
    return name


def _connect(cfg: ServerConfig) -> smtplib.SMTP:
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if cfg.use_ssl:
        smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=context)
    else:
        smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
        if cfg.starttls:
            smtp.starttls(context=context)
    if cfg.username:
        smtp.login(cfg.username, cfg.password or "")
    return smtp


# Authentication or encryption required or failed: the portal's configuration, not this message, is wrong.
CONFIGURATION_CODES = frozenset({530, 534, 535, 538})


def _permanent(exc: Exception) -> bool:
    """5xx answers about this message are final; 4xx, connection trouble and configuration errors are retried.

    A server that wants a login or STARTTLS first, or refuses our sender address, would refuse every message:
    once the administrator fixes the setting, the queued mails still go.
    """
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    if isinstance(exc, (smtplib.SMTPSenderRefused, smtplib.SMTPAuthenticationError)):
        return False
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500 and exc.smtp_code not in CONFIGURATION_CODES
    return False


def _server_wide(exc: Exception) -> bool:
    """A failure every other message would meet too (TLS, login, sender refused): stop this round."""
    if isinstance(exc, (smtplib.SMTPSenderRefused, smtplib.SMTPAuthenticationError, ssl.SSLError)):
        return True
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code in CONFIGURATION_CODES


def _describe(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
            for code, msg in exc.recipients.values()
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        msg = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"{exc.smtp_code} {msg}"
    return f"{type(exc).__name__}: {exc}"


def deliver_due(limit: int = 100, report: FlushReport | None = None) -> FlushReport:
    """Send the pending rows that are due. Call only while holding sender_lock()."""
    report = report or FlushReport()
    now = utcnow()
    ids = (
        db.session.execute(
            select(MailOutbox.id)
            .where(MailOutbox.state == "pending", MailOutbox.next_attempt_at <= now)
            .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
            .limit(limit)
        )
        .scalars()
        .all()
    )
    db.session.commit()
    if not ids:
        return report
    cfg = server_config()
    smtp: smtplib.SMTP | None = None
    try:
        for row_id in ids:
            if not _claim(row_id):
                continue
            row = db.session.get(MailOutbox, row_id)
            if row is None:
                continue
            connecting = False
            try:
                msg = build_message(row)
                if cfg is None:
                    _mark_sent(row, eml_name=_write_eml(row, msg))
                else:
                    if smtp is None:
                        connecting = True
                        smtp = _connect(cfg)
                        connecting = False
                    smtp.send_message(
                        msg, from_addr=bare_address(sender_address()), to_addrs=[bare_address(row.to_addr)]
                    )
                    _mark_sent(row)
                report.sent += 1
            except Exception as exc:
                if _permanent(exc):
                    row.state = "failed"
                    row.lease_until = None
                    row.last_error = _describe(exc)[:500]
                    report.failed += 1
                elif _retry_later(row, _describe(exc)):
                    report.retry += 1
                else:
                    report.failed += 1
                if smtp is not None and not isinstance(exc, smtplib.SMTPRecipientsRefused):
                    _close(smtp)
                    smtp = None
                log.warning("Mail %s not sent (%s): %s", row.id, row.state, row.last_error)
                if connecting or _server_wide(exc):
                    db.session.commit()
                    break  # the rest stay pending: no connection attempt (and time-out) per message
            db.session.commit()
    finally:
        if smtp is not None:
            _close(smtp)
    return report


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def flush(limit: int = 1000, blocking: bool = True) -> FlushReport | None:
    """One sender round: settle stale claims, then send what is due. None if another sender holds the lock."""
    with sender_lock(blocking=blocking) as got:
        if not got:
            return None
        report = resolve_stale()
        return deliver_due(limit=limit, report=report)


def start_sender_thread(app: Flask, interval: float = 5.0) -> None:
    """Embedded sender: each round, whichever process of this host gets the lock sends what is due."""
    background.start(app, "mail-sender", lambda: flush(blocking=False), interval, "Sending mail failed")
