"""Consistent online backups and restores of the database.

SQLite: the online backup API copies a consistent snapshot from a live connection while the portal keeps
running (WAL: writers are not blocked), then `PRAGMA integrity_check` verifies the copy before it replaces
the target file atomically. Restore copies the backup *into* the live database through the same API, so
other connections and the WAL stay coherent, after keeping a copy of the database it replaces.

PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists`, the password passed through the
environment rather than the command line.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from flask import current_app
from sqlalchemy.engine import make_url

from ..extensions import db


class BackupError(RuntimeError):
    """A backup or restore that could not be made safely; the message is shown to the operator."""


def _url():  # type: ignore[no-untyped-def]
    return make_url(current_app.config["SQLALCHEMY_DATABASE_URI"])


def is_sqlite() -> bool:
    return _url().get_backend_name() == "sqlite"


def sqlite_path() -> Path:
    database = _url().database
    if not database or database == ":memory:":
        raise BackupError("Deze database staat niet in een bestand.")
    return Path(database)


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def integrity_check(path: Path) -> str:
    """'ok' or SQLite's first complaint about the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as err:  # not a database at all
        return str(err)
    finally:
        conn.close()


def _sqlite_copy(source: Path, target: Path) -> None:
    """Snapshot `source` (possibly live) into a new file `target` with the backup API, then verify it."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=30)
    dst = sqlite3.connect(str(tmp))
    try:
        src.execute("PRAGMA busy_timeout=30000")
        with dst:
            src.backup(dst)  # one step: a single consistent read transaction, writers carry on (WAL)
        dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside it
    finally:
        dst.close()
        src.close()
    result = integrity_check(tmp)
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupError(f"De kopie is niet in orde: {result}")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _target_file(path: Path, suffix: str) -> Path:
    if path.is_dir():
        return path / f"portal-{_stamp()}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def backup(path: Path) -> Path:
    """Write a consistent backup to `path` (a file, or a folder to put a dated file in); return the file."""
    if is_sqlite():
        target = _target_file(path, ".db")
        _sqlite_copy(sqlite_path(), target)
        return target
    target = _target_file(path, ".dump")
    _pg("pg_dump", "--format=custom", "--no-owner", f"--file={target}")
    return target


def restore(path: Path) -> Path | None:
    """Bring back the backup at `path`; returns where the replaced database was kept (if there was one)."""
    if not path.is_file():
        raise BackupError(f"Geen back-upbestand: {path}")
    db.session.remove()
    db.engine.dispose()  # no pooled connection of ours holds the old database open
    if is_sqlite():
        return _restore_sqlite(path)
    kept = _target_file(path.parent, ".dump").with_name(f"before-restore-{_stamp()}.dump")
    _pg("pg_dump", "--format=custom", "--no-owner", f"--file={kept}")
    _pg("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", str(path), dbname_flag=True)
    return kept


def _restore_sqlite(path: Path) -> Path | None:
    result = integrity_check(path)
    if result != "ok":
        raise BackupError(f"Het back-upbestand is niet in orde: {result}")
    target = sqlite_path()
    kept = None
    if target.exists():
        kept = target.with_name(f"{target.name}.before-restore-{_stamp()}")
        _sqlite_copy(target, kept)
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(str(target), timeout=30)
    try:
        dst.execute("PRAGMA busy_timeout=30000")
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    result = integrity_check(target)
    if result != "ok":  # pragma: no cover - only on a broken disk
        raise BackupError(f"De teruggezette database is niet in orde: {result}; de oude staat in {kept}")
    return kept


def _pg(program: str, *args: str, dbname_flag: bool = False) -> None:
    if shutil.which(program) is None:
        raise BackupError(f"{program} is niet geïnstalleerd.")
    url = _url().set(drivername="postgresql")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    conninfo = url.set(password=None).render_as_string(hide_password=False)
    cmd = [program, *args, f"--dbname={conninfo}"] if dbname_flag else [program, *args, conninfo]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise BackupError(f"{program} mislukte: {done.stderr.strip()[:500]}")
