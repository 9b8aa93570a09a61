"""SQLite: durable pragmas on every connection, and the start-up check of the linked library's WAL bugs."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from portal.security import check_sqlite_version, wal_reset_bug
from portal.extensions import db


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


def test_start_up_check_matches_the_linked_library(app):
    version = tuple(int(p) for p in sqlite3.sqlite_version.split(".")[:3])
    message = check_sqlite_version(app)
    assert (message is not None) is wal_reset_bug(version)
    if message:
        assert sqlite3.sqlite_version in message and "docs/sqlite.md" in message


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
