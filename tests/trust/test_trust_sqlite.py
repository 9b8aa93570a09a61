"""SQLite: durable pragmas on every connection, and the start-up note about the linked library's WAL bugs."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import requests as http
from flask import Flask
from sqlalchemy import text

from portal.extensions import db
from portal.security import check_sqlite_version, sqlite_note, wal_reset_bug
from tests.trust.test_trust_fault import BIN, ROOT, free_port, kill, server_env


@pytest.mark.parametrize(
    "version, affected",
    [
        ((3, 6, 23), False),
        ((3, 7, 0), True),
        ((3, 40, 1), True),
        ((3, 44, 5), True),
        ((3, 44, 6), False),
        ((3, 45, 0), True),
        ((3, 50, 6), True),
        ((3, 50, 7), False),
        ((3, 51, 2), True),
        ((3, 51, 3), False),
        ((3, 52, 0), False),
        ((3, 53, 1), False),
    ],
)
def test_wal_reset_bug_versions(version, affected):
    assert wal_reset_bug(version) is affected


def test_start_up_check_matches_the_linked_library(app: Flask) -> None:
    version = tuple(int(p) for p in sqlite3.sqlite_version.split(".")[:3])
    message = check_sqlite_version(app)
    assert (message is not None) is wal_reset_bug(version)
    assert message == sqlite_note()
    if message:
        assert sqlite3.sqlite_version in message and "docs/sqlite.md" in message
        assert "\n" not in message and "corrupt" not in message.lower()  # one calm line


@pytest.mark.sqlite_only(reason="flask run on a SQLite data folder")
def test_flask_run_says_the_sqlite_note_once_calmly(tmp_path: Path, template_db: Path) -> None:
    """`make run` serves with `flask run`: one line about the linked SQLite, no warning that reads like damage."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(template_db, data / "portal.db")
    port, log = free_port(), tmp_path / "run.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [str(BIN / "flask"), "--app", "portal", "run", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=server_env(data),
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
        assert http.get(f"http://127.0.0.1:{port}/verzoek/nieuw", timeout=5).status_code == 200
    finally:
        kill(proc)
    output = log.read_text()
    note = sqlite_note()
    if note:
        assert output.count(note) == 1, output[-2000:]
    else:
        assert "SQLite" not in output
    assert "WARNING in security" not in output and "WAL-reset bug" not in output


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_every_connection_is_durable(app):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_rate_limit_hits_leave_pooled_connections_durable(make_app):
    from sqlalchemy.pool import QueuePool

    limited = make_app(
        RATELIMIT_ENABLED=True, SQLALCHEMY_ENGINE_OPTIONS={"poolclass": QueuePool, "pool_size": 1, "max_overflow": 0}
    )
    client = limited.test_client()
    for _ in range(3):
        assert client.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD").status_code == 404
    with limited.app_context():
        with db.engine.connect() as conn:  # the one pooled connection the hits used
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2


@pytest.mark.parametrize(
    "argv, command",
    [
        (["/srv/.venv/bin/flask", "--app", "portal", "retention", "run"], True),
        (["/srv/.venv/bin/flask", "--app", "portal", "run", "--port", "5000"], False),
        (["/srv/.venv/bin/flask", "-A", "portal", "--debug", "run"], False),
        (["/srv/.venv/bin/flask", "--app", "portal", "backup", "/tmp/run"], True),
        (["/srv/.venv/bin/gunicorn", "portal:create_app()"], False),
    ],
)
def test_commands_stay_quiet_servers_warn(monkeypatch, argv, command):
    from portal import security

    monkeypatch.setattr("sys.argv", argv)
    assert security._is_command() is command
