"""SQLite in production (issue 13): secure_delete set explicitly, and workers derived from the database.

The linked SQLite (3.40.1 on Debian 12) has the WAL-reset bug; the shipped gunicorn configuration runs at most
two workers on SQLite whatever it is asked, and more only on PostgreSQL (docs/sqlite.md).
"""

from __future__ import annotations

import runpy
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import requests as http
from sqlalchemy import text

from portal import _sqlite_pragmas
from portal.extensions import db
from portal.security import sqlite_note
from tests.trust.test_trust_fault import BIN, ROOT, free_port, kill, server_env

CONF = ROOT / "deploy" / "gunicorn.conf.py"


def test_secure_delete_is_set_explicitly_not_left_to_the_build():
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA secure_delete=OFF")  # what a build without SQLITE_SECURE_DELETE starts with
        _sqlite_pragmas(conn, None)
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        conn.close()


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_every_pooled_connection_has_secure_delete(app):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


@pytest.mark.sqlite_only(reason="reads the SQLite file itself")
def test_deleted_text_is_gone_from_the_database_file(app):
    secret = "Geheimzinnige-tekst-" + "x7Q" * 20
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch_secure_delete (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO scratch_secure_delete (body) VALUES (:b)"), {"b": secret})
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM scratch_secure_delete"))
    with db.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    path = Path(db.engine.url.database)
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            assert secret.encode() not in name.read_bytes(), name


@pytest.mark.parametrize(
    "env, cpus, expected",
    [
        ({}, 4, 2),
        ({"WEB_CONCURRENCY": "4"}, 4, 2),  # SQLite: never more than 2
        ({"WEB_CONCURRENCY": "1"}, 4, 1),
        ({"PORTAL_DATABASE_URL": "sqlite:////var/lib/verzoek/portal.db", "WEB_CONCURRENCY": "8"}, 4, 2),
        ({"PORTAL_DATABASE_URL": "postgresql+psycopg://verzoek@db/verzoek"}, 4, 8),
        ({"PORTAL_DATABASE_URL": "postgresql+psycopg://verzoek@db/verzoek"}, 2, 5),
        ({"PORTAL_DATABASE_URL": "postgresql+psycopg://verzoek@db/verzoek", "WEB_CONCURRENCY": "12"}, 2, 12),
    ],
)
def test_workers_follow_the_database(env, cpus, expected):
    settings = runpy.run_path(str(CONF))
    assert settings["workers_for"](env, cpus) == expected


def test_shipped_service_does_not_ask_for_more_workers_on_sqlite():
    service = (ROOT / "deploy" / "verzoek.service").read_text()
    assert "WEB_CONCURRENCY=4" not in service
    assert runpy.run_path(str(CONF))["SQLITE_MAX_WORKERS"] == 2


def worker_pids(master: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == master:
            pids.append(int(stat.parent.name))
    return pids


@pytest.mark.sqlite_only(reason="gunicorn on a SQLite data folder")
def test_gunicorn_on_sqlite_starts_at_most_two_workers_even_when_asked_for_four(tmp_path, template_db):
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(template_db, data / "portal.db")
    port, log = free_port(), tmp_path / "gunicorn.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "4",
                "portal:create_app()",
            ],
            cwd=ROOT,
            env={**server_env(data), "WEB_CONCURRENCY": "4"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if http.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                    break
            except http.RequestException:
                time.sleep(0.1)
        time.sleep(1)  # every worker that is going to start has started
        assert len(worker_pids(proc.pid)) == 2, log.read_text()[-2000:]
    finally:
        kill(proc)
    output = log.read_text()
    assert "SQLite: 4 workers asked, 2 started" in output
    version = sqlite3.sqlite_version_info
    note = sqlite_note()
    if (3, 7, 0) <= version < (3, 44, 6) or (3, 45, 0) <= version < (3, 50, 7) or (3, 51, 0) <= version < (3, 51, 3):
        assert note is not None
        assert output.count(note) == 1, output[-2000:]  # said once by the master, not once per worker
    else:
        assert note is None
