"""Residents add information to their request: a message and at most 3 files (PDF, JPEG, PNG, each <= 5 MB).

Files are recognised by their first bytes, never by their name or the browser's content type. They are stored
under `$PORTAL_DATA_DIR/attachments/<request id>/<random name>` (or `$PORTAL_ATTACHMENTS_DIR/...`; outside the web
root, mode 0600), written to a
temporary name, fsync'ed and renamed before the database row is committed. Only mediators see them, through an
authorised download. The retention job and the resident's own erasure delete the files and blank the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from flask import current_app
from sqlalchemy import func, select

from ..extensions import db
from ..models import Request, utcnow
from ..models_officials import Attachment, ResidentMessage
from . import audit
from .requests import FINAL_STATUSES, DomainError

log = logging.getLogger(__name__)

MAX_FILES = 3
MAX_FILES_PER_REQUEST = 30  # a cap on what one tracking code can store in total
REPLAY_WINDOW = dt.timedelta(minutes=30)  # the same message and files again within this time: a replay
MAX_BYTES = 5 * 1024 * 1024
MESSAGE_MAX = 5000
# Whole upload: three files, the message and multipart overhead.
MAX_REQUEST_BYTES = MAX_FILES * MAX_BYTES + 256 * 1024
ERASED = "[verwijderd]"

# (magic prefix, content type, extension)
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)
ALLOWED_TEXT = "PDF, JPG of PNG"


def sniff(head: bytes) -> tuple[str, str] | None:
    """(content type, extension) recognised from the first bytes, or None."""
    for magic, content_type, ext in SIGNATURES:
        if head.startswith(magic):
            return content_type, ext
    return None


_UNSAFE = re.compile(r"[^\w .()+-]", re.UNICODE)


def clean_filename(raw: str | None, ext: str) -> str:
    """A display name without path parts, control characters, quotes or header-breaking characters.

    The extension always matches the content (a disguised file keeps no misleading extension).
    """
    name = unicodedata.normalize("NFC", raw or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = _UNSAFE.sub("_", stem).strip(" ._") or "bestand"
    return f"{stem[:80]}.{ext}"


def storage_root() -> Path:
    """`PORTAL_ATTACHMENTS_DIR` (shared storage when several hosts serve the portal), else the data folder."""
    configured = current_app.config.get("ATTACHMENTS_DIR")
    return Path(configured) if configured else Path(current_app.config["DATA_DIR"]) / "attachments"


def path_of(attachment: Attachment) -> Path:
    return storage_root() / str(attachment.request_id) / attachment.stored_name


@dataclass
class Upload:
    """One uploaded file: what the browser called it and a stream of its bytes."""

    filename: str | None
    stream: IO[bytes]


def _read_checked(upload: Upload) -> tuple[bytes, str, str]:
    data = upload.stream.read(MAX_BYTES + 1)
    label = clean_filename(upload.filename, "x").rsplit(".", 1)[0]
    if not data:
        raise DomainError(f"Het bestand '{label}' is leeg.")
    if len(data) > MAX_BYTES:
        raise DomainError(f"Het bestand '{label}' is groter dan 5 MB. Maak het kleiner of stuur minder pagina's.")
    kind = sniff(data[:16])
    if kind is None:
        raise DomainError(f"Het bestand '{label}' is geen {ALLOWED_TEXT}. Wij nemen alleen PDF, JPG en PNG aan.")
    return data, kind[0], kind[1]


def _write(folder: Path, data: bytes) -> str:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = secrets.token_hex(16)
    tmp = folder / f".{name}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / name)
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return name


def add_information(req: Request, message: str | None, uploads: list[Upload]) -> ResidentMessage:
    """Store the resident's message and files durably; raises DomainError (Dutch) and stores nothing on error."""
    if req.status in FINAL_STATUSES:
        raise DomainError("Dit verzoek is afgesloten. Heeft u iets nieuws? Dien dan een nieuw verzoek in.")
    if req.erased_at is not None:
        raise DomainError("De gegevens van dit verzoek zijn gewist. Dien een nieuw verzoek in.")
    message = (message or "").strip()
    uploads = [u for u in uploads if u.filename or u.stream is not None]
    if len(uploads) > MAX_FILES:
        raise DomainError(f"U kunt hoogstens {MAX_FILES} bestanden tegelijk toevoegen.")
    if len(message) > MESSAGE_MAX:
        raise DomainError(f"Uw bericht is te lang: hoogstens {MESSAGE_MAX} tekens.")
    checked = [(_read_checked(u), u.filename) for u in uploads]
    if not message and not checked:
        raise DomainError("Schrijf een bericht of kies een bestand.")
    replayed = _same_recent_message(req, message, sorted(hashlib.sha256(c[0][0]).hexdigest() for c in checked))
    if replayed is not None:
        return replayed  # a double click or a refreshed form: stored once
    stored = db.session.execute(
        select(func.count(Attachment.id)).where(Attachment.request_id == req.id, Attachment.erased_at.is_(None))
    ).scalar_one()
    if stored + len(checked) > MAX_FILES_PER_REQUEST:
        raise DomainError(
            f"Bij dit verzoek staan al {stored} bestanden. Meer dan {MAX_FILES_PER_REQUEST} kan niet. "
            "Neem contact op met de bemiddelaar."
        )
    folder = storage_root() / str(req.id)
    written: list[Path] = []
    try:
        msg = ResidentMessage(request_id=req.id, body=message, created_at=utcnow())
        db.session.add(msg)
        db.session.flush()
        for (data, content_type, ext), filename in checked:
            stored = _write(folder, data)
            written.append(folder / stored)
            db.session.add(
                Attachment(
                    request_id=req.id,
                    message_id=msg.id,
                    stored_name=stored,
                    filename=clean_filename(filename, ext),
                    content_type=content_type,
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    created_at=msg.created_at,
                )
            )
        audit.record(None, "request.resident_info", req, message=msg.id, files=len(checked))
        from . import suspension

        if req.paused_since is not None:  # the mediator was waiting for this: the clock runs again
            suspension.end(req, None, commit=False)
        _tell_mediator(req, bool(message), len(checked))
        db.session.commit()
    except Exception:
        db.session.rollback()
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return msg


def _same_recent_message(req: Request, message: str, hashes: list[str]) -> ResidentMessage | None:
    """An identical message with identical files that arrived for this request a moment ago, if any."""
    since = utcnow() - REPLAY_WINDOW
    for earlier in db.session.execute(
        select(ResidentMessage).where(
            ResidentMessage.request_id == req.id,
            ResidentMessage.created_at >= since,
            ResidentMessage.erased_at.is_(None),
            ResidentMessage.body == message,
        )
    ).scalars():
        if sorted(a.sha256 for a in earlier.attachments) == hashes:
            return earlier
    return None


def _tell_mediator(req: Request, has_message: bool, files: int) -> None:
    """The assigned mediator, or else the team (as for a new request), hears that something was added."""
    from ..urls import external_url
    from .notify import _team_addresses
    from .officials import send_mail

    reason = (
        "U bent de bemiddelaar van dit verzoek."
        if req.mediator is not None and req.mediator.active
        else "U bent bemiddelaar bij deze dienst en dit verzoek heeft nog geen bemiddelaar."
    )
    for to in _team_addresses(req):
        send_mail(
            to,
            f"De bewoner heeft informatie toegevoegd aan verzoek {req.number}",
            "official_resident_info",
            {
                "number": req.number,
                "has_message": has_message,
                "files": files,
                "url": external_url("backoffice.request_page", request_id=req.id),
            },
            reason=reason,
            kind="resident_info",
            request_id=req.id,
        )


def messages_for(req: Request) -> list[ResidentMessage]:
    return list(
        db.session.execute(
            select(ResidentMessage)
            .where(ResidentMessage.request_id == req.id)
            .order_by(ResidentMessage.created_at.desc(), ResidentMessage.id.desc())
        ).scalars()
    )


def erase_for_request(req: Request) -> int:
    """Delete the files and blank the messages of one request (no commit); returns how many were erased."""
    now = utcnow()
    files = 0  # files and messages
    for attachment in db.session.execute(
        select(Attachment).where(Attachment.request_id == req.id, Attachment.erased_at.is_(None))
    ).scalars():
        try:
            path_of(attachment).unlink(missing_ok=True)
        except OSError:
            log.exception("Could not delete attachment %s", attachment.id)
            raise
        attachment.filename = ERASED
        attachment.erased_at = now
        files += 1
    for msg in db.session.execute(
        select(ResidentMessage).where(ResidentMessage.request_id == req.id, ResidentMessage.erased_at.is_(None))
    ).scalars():
        msg.body = ERASED if msg.body else ""
        msg.erased_at = now
        files += 1
    return files


def has_information(req: Request) -> bool:
    return (
        db.session.execute(
            select(ResidentMessage.id)
            .where(ResidentMessage.request_id == req.id, ResidentMessage.erased_at.is_(None))
            .limit(1)
        ).first()
        is not None
    )
