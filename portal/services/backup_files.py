"""The residents' files (attachments) in a backup, beside the database backup file.

A database backup without the files would restore messages whose attachments are gone. `save` copies every
file the backed-up database still refers to (not erased) into `<backup file>.bijlagen/<request id>/<name>`,
checking each copy against the SHA-256 stored at upload; `bring_back` copies back, after a restore, the files
the restored database refers to that are missing from the attachments folder. Neither ever overwrites or deletes
a file: a restore cannot lose a file that arrived after the backup.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..extensions import db
from ..models_officials import Attachment
from .attachments import storage_root

SAFE_NAME = re.compile(r"^[0-9a-f]{16,64}$")  # names the portal gives files (secrets.token_hex)
FOLDER_SUFFIX = ".bijlagen"


@dataclass
class FilesReport:
    """What happened to the files: counts for the operator, ids (never names) of what needs a look."""

    copied: int = 0
    present: int = 0  # bring_back: already in the attachments folder
    missing: list[int] = field(default_factory=list)  # attachment ids without a (correct) file to copy
    damaged: list[int] = field(default_factory=list)  # a file whose content no longer matches its checksum


def folder_for(backup_file: Path) -> Path:
    """Where the files of `backup_file` go: a folder beside it with the same name plus `.bijlagen`."""
    return backup_file.with_name(backup_file.name + FOLDER_SUFFIX)


Row = tuple[int, int, str, str]  # attachment id, request id, stored name, sha256


def _rows_in_sqlite_file(path: Path) -> list[Row]:
    """The files a SQLite backup refers to, read from the backup itself (its consistent snapshot)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = "SELECT id, request_id, stored_name, sha256 FROM attachments WHERE erased_at IS NULL ORDER BY id"
        return [(int(a), int(b), str(c), str(d)) for a, b, c, d in conn.execute(query)]
    except sqlite3.OperationalError:  # a backup from before attachments existed
        return []
    finally:
        conn.close()


def _rows_in_database() -> list[Row]:
    stmt = (
        select(Attachment.id, Attachment.request_id, Attachment.stored_name, Attachment.sha256)
        .where(Attachment.erased_at.is_(None))
        .order_by(Attachment.id)
    )
    return [(a, b, c, d) for a, b, c, d in db.session.execute(stmt)]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _copy_checked(source: Path, target: Path, sha256: str) -> bool:
    """Copy `source` to a new `target` (0600, fsynced) if its content matches `sha256`; False if it does not."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_name(f".{target.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    digest = hashlib.sha256()
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        if digest.hexdigest() != sha256:
            tmp.unlink(missing_ok=True)
            return False
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def _transfer(rows: list[Row], source_root: Path, target_root: Path) -> FilesReport:
    report = FilesReport()
    for attachment_id, request_id, name, sha256 in rows:
        if not SAFE_NAME.match(name):  # never a path from the database into the file system
            report.missing.append(attachment_id)
            continue
        source = source_root / str(request_id) / name
        target = target_root / str(request_id) / name
        if target.exists():
            if _sha256(target) == sha256:
                report.present += 1
            else:
                report.damaged.append(attachment_id)  # left as it is: a person decides
            continue
        if not source.is_file():
            report.missing.append(attachment_id)
        elif _copy_checked(source, target, sha256):
            report.copied += 1
        else:
            report.damaged.append(attachment_id)
    return report


def save(backup_file: Path, sqlite: bool) -> FilesReport:
    """Copy the files the backup refers to beside it (SQLite: as in the backup file; PostgreSQL: as now)."""
    rows = _rows_in_sqlite_file(backup_file) if sqlite else _rows_in_database()
    folder = folder_for(backup_file)
    if rows:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return _transfer(rows, storage_root(), folder)


def bring_back(backup_file: Path) -> FilesReport | None:
    """After a restore: copy back the missing files the restored database refers to. None: no files folder."""
    folder = folder_for(backup_file)
    if not folder.is_dir():
        return None
    root = storage_root()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return _transfer(_rows_in_database(), folder, root)
