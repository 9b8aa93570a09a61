"""Consistent online backups and restores of the database.

SQLite: the online backup API copies a consistent snapshot from a live connection while the portal keeps
running (WAL: writers are not blocked), then `PRAGMA integrity_check` verifies the copy before it replaces
the target file atomically.

Restore may run while the portal serves, and loses nothing that was receipted: it takes SQLite's write lock
(`BEGIN IMMEDIATE`) first and holds it for the whole copy-and-replace. Under the lock it keeps a verified copy of
the live database (read through a second connection: with the lock held nobody can commit, so that copy is
exactly what is replaced), then replaces every table with the backup's schema and rows in the same transaction,
and commits. A submission arriving meanwhile waits for the lock (busy timeout) and is then stored in the restored
database; nothing commits between the copy and the replacement. Other connections and the WAL stay coherent
because everything goes through SQLite itself. What the live database held beyond the backup is in the kept copy;
:func:`newer_requests` counts the requests that exist only there (see docs/operations.md on merging them).

PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists`, the password passed through the
environment rather than the command line. pg_dump and pg_restore are separate sessions, so no lock can span
both: restore refuses while other sessions are connected to the database (stop the portal and the workers).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from flask import current_app
from sqlalchemy.engine import URL, make_url

from ..extensions import db


class BackupError(RuntimeError):
    """A backup or restore that could not be made safely; the message is shown to the operator."""


def _url() -> URL:
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


def _is_live_file(path: Path) -> bool:
    """Whether `path` is the live SQLite database or one of its companion files (-wal, -shm, -journal)."""
    live = sqlite_path().resolve()
    names = {live.name, *(live.name + suffix for suffix in ("-wal", "-shm", "-journal"))}
    resolved = path.resolve()
    return resolved.parent == live.parent and resolved.name in names


def backup(path: Path) -> Path:
    """Write a consistent backup to `path` (a file, or a folder to put a dated file in); return the file."""
    if is_sqlite():
        target = _target_file(path, ".db")
        if _is_live_file(target):  # replacing the file under the running portal would lose what it writes
            raise BackupError(f"{target} is de database zelf. Kies een ander bestand of een map voor de back-up.")
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
    others = _pg_other_sessions()
    if others:
        raise BackupError(
            f"De database is in gebruik ({others} andere verbinding(en)): een terugzetting zou verzoeken die "
            "tijdens het terugzetten binnenkomen kwijtraken. Stop eerst de portal en de achtergrondtaken "
            "(systemctl stop verzoek verzoek-indexer) en probeer het opnieuw."
        )
    kept = _target_file(path.parent, ".dump").with_name(f"before-restore-{_stamp()}.dump")
    _pg("pg_dump", "--format=custom", "--no-owner", f"--file={kept}")
    _pg("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", str(path), dbname_flag=True)
    return kept


LOCK_TIMEOUT_MS = 30000  # how long restore waits for a writer that is busy


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _restore_sqlite(path: Path) -> Path | None:
    if _is_live_file(path):
        raise BackupError(f"{path} is de database zelf, geen back-up. Geef het back-upbestand op.")
    result = integrity_check(path)
    if result != "ok":
        raise BackupError(f"Het back-upbestand is niet in orde: {result}")
    target = sqlite_path()
    if not target.exists():  # nothing to keep and nobody to wait for
        _sqlite_copy(path, target)
        return None
    kept = target.with_name(f"{target.name}.before-restore-{_stamp()}")
    conn = sqlite3.connect(str(target), timeout=LOCK_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout={LOCK_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=OFF")  # tables are replaced one by one inside one transaction
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("ATTACH DATABASE ? AS backup", (str(path),))
        try:
            conn.execute("BEGIN IMMEDIATE")  # the write lock: from here on nobody else can commit
        except sqlite3.OperationalError as err:
            raise BackupError(f"De database bleef bezet ({err}); er is niets veranderd. Probeer het opnieuw.") from err
        try:
            _sqlite_copy(target, kept)  # a second connection reads exactly the state we hold locked
            _replace_all(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    result = integrity_check(target)
    if result != "ok":  # pragma: no cover - only on a broken disk
        raise BackupError(f"De teruggezette database is niet in orde: {result}; de oude staat in {kept}")
    return kept


def _replace_all(conn: sqlite3.Connection) -> None:
    """Inside the caller's write transaction: main gets the attached backup's schema and rows."""
    live = conn.execute(
        "SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'view')"
    ).fetchall()
    for kind, name in sorted(live, key=lambda row: row[0] != "view"):  # views first, then tables
        conn.execute(f"DROP {kind.upper()} IF EXISTS main.{_quote(name)}")
    objects = conn.execute(
        "SELECT type, name, sql FROM backup.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables = [(name, sql) for kind, name, sql in objects if kind == "table"]
    for _name, sql in tables:
        conn.execute(sql)
    for name, _sql in tables:
        conn.execute(f"INSERT INTO main.{_quote(name)} SELECT * FROM backup.{_quote(name)}")
    if conn.execute("SELECT 1 FROM backup.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM backup.sqlite_sequence")
    for kind in ("index", "trigger", "view"):
        for other_kind, _name, sql in objects:
            if other_kind == kind:
                conn.execute(sql)


def newer_requests(kept: Path) -> tuple[int, str | None, str | None]:
    """Requests in the kept copy that the restored database lacks: (count, first and last receipt time)."""
    conn = sqlite3.connect(f"file:{kept}?mode=ro", uri=True, timeout=30)
    try:
        live = sqlite_path()
        conn.execute("ATTACH DATABASE ? AS live", (str(live),))
        row = conn.execute(
            "SELECT count(*), min(received_at), max(received_at) FROM main.requests "
            "WHERE code_hash NOT IN (SELECT code_hash FROM live.requests)"
        ).fetchone()
    except sqlite3.DatabaseError:
        return 0, None, None
    finally:
        conn.close()
    return int(row[0]), row[1], row[2]


def _pg_other_sessions() -> int:
    """Sessions other than ours connected to this PostgreSQL database (the portal, workers, psql)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        count = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
        ).scalar_one()
    db.engine.dispose()
    return int(count)


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
