"""After a restore, erasures made since the backup are made again: a restore never brings back erased data.

The database a restore replaced is kept beside it (SQLite: `portal.db.before-restore-<time>`). Every erasure
made after the backup is visible there as state: a request erased by the retention rule (`erased_at`), contact
details a resident or mediator erased, files and messages erased. Rows are matched by id and receipt time
(ids are stable: the restored rows are the same rows as of the backup). Each erasure made again is audited with
`via: restore`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..extensions import db
from ..models import Request, utcnow
from ..models_officials import Attachment, ResidentMessage
from . import audit, retention
from .attachments import ERASED, path_of


@dataclass
class Reapplied:
    """How many erasures were made again (counts only: the operator sees no personal data)."""

    requests: int = 0  # erased by the retention rule after the backup
    contacts: int = 0  # contact details erased after the backup
    files: int = 0  # files and messages erased after the backup


Key = tuple[int, dt.datetime]  # request id and receipt time


def _keys(rows: Iterable[tuple[object, object]]) -> set[Key]:
    return {(int(str(i)), dt.datetime.fromisoformat(str(at))) for i, at in rows}


def _erased_in(kept: Path) -> tuple[set[Key], set[Key], set[int], set[int]]:
    """From the kept copy: (retention-erased requests, requests without contact details) as (id, received_at),
    and the ids of erased attachments and messages."""
    conn = sqlite3.connect(f"file:{kept}?mode=ro", uri=True, timeout=30)
    try:
        requests = _keys(conn.execute("SELECT id, received_at FROM requests WHERE erased_at IS NOT NULL"))
        no_contact = _keys(
            conn.execute(
                "SELECT id, received_at FROM requests "
                "WHERE contact_name IS NULL AND contact_email IS NULL AND contact_phone IS NULL"
            )
        )
        files = {int(i) for (i,) in conn.execute("SELECT id FROM attachments WHERE erased_at IS NOT NULL")}
        messages = {int(i) for (i,) in conn.execute("SELECT id FROM resident_messages WHERE erased_at IS NOT NULL")}
    finally:
        conn.close()
    return requests, no_contact, files, messages


def _key(req: Request) -> Key:
    return req.id, req.received_at


def reapply(kept: Path) -> Reapplied:
    """Make again, in the restored database, every erasure the kept (replaced) copy shows; committed."""
    erased, no_contact, files, messages = _erased_in(kept)
    done = Reapplied()
    ids = {i for i, _ in erased | no_contact}
    for req in db.session.execute(select(Request).where(Request.id.in_(ids))).scalars() if ids else ():
        if _key(req) in erased and req.erased_at is None:
            retention.erase_request(req)
            audit.record(None, "request.retention_erase", req, via="restore")
            done.requests += 1
        elif _key(req) in no_contact and retention.erase_contact_details(req, by="restore"):
            done.contacts += 1
    now = utcnow()
    if files:
        for attachment in db.session.execute(
            select(Attachment).where(Attachment.id.in_(files), Attachment.erased_at.is_(None))
        ).scalars():
            path_of(attachment).unlink(missing_ok=True)
            attachment.filename = ERASED
            attachment.erased_at = now
            done.files += 1
    if messages:
        for msg in db.session.execute(
            select(ResidentMessage).where(ResidentMessage.id.in_(messages), ResidentMessage.erased_at.is_(None))
        ).scalars():
            msg.body = ERASED if msg.body else ""
            msg.erased_at = now
            done.files += 1
    db.session.commit()
    return done
