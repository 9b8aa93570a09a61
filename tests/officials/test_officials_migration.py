"""Migration 0005_officials upgrades and downgrades without losing data (SQLite, and PostgreSQL in that pass)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from portal import create_app
from tests.conftest import ON_POSTGRES, PG_ADMIN_URL


@pytest.fixture
def empty_url(tmp_path: Path) -> Iterator[str | None]:
    if not ON_POSTGRES:
        yield None
        return
    from tests import pgtemp

    name = f"portal_mig_officials_{os.getpid()}"
    pgtemp.drop_database(PG_ADMIN_URL, name)
    url = pgtemp.create_database(PG_ADMIN_URL, name)
    try:
        yield url
    finally:
        pgtemp.drop_database(PG_ADMIN_URL, name)


def test_upgrade_and_downgrade_keep_the_data(tmp_path: Path, empty_url: str | None) -> None:
    config = {"TESTING": True, "DATA_DIR": str(tmp_path), "SECRET_KEY": "x", "INDEX_WRITER": "external"}
    if empty_url:
        config["DATABASE_URL"] = empty_url
    app = create_app(config)
    with app.app_context():
        from portal.extensions import db

        directory = app.extensions["migrate"].directory
        upgrade(directory=directory, revision="0004")
        with db.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO departments (name, active) VALUES ('Vergunningen', true)"))
            conn.execute(sa.text("INSERT INTO officials (name, role, department_id) VALUES ('Olga', 'jurist', 1)"))
            conn.execute(
                sa.text(
                    "INSERT INTO requests (code_hash, submission_id, channel, status, received_at, first_contact_due, "
                    "resolution_due, what_happened, desired_outcome, contact_preference, consent_publication) VALUES "
                    "('h', 's', 'web', 'ontvangen', '2026-12-01 10:00:00', '2026-12-04', '2027-01-12', 'verhaal', "
                    "'doel', 'geen', false)"
                )
            )
            conn.execute(
                sa.text(
                    "INSERT INTO agreements (request_id, description, promised_by_role, due, status, created_at) "
                    "VALUES (1, 'afspraak', 'teamleider', '2026-12-20', 'open', '2026-12-02 10:00:00')"
                )
            )
        upgrade(directory=directory, revision="0005_officials")
        with db.engine.begin() as conn:
            assert conn.execute(sa.text("SELECT name, email FROM officials")).one() == ("Olga", None)
            assert conn.execute(sa.text("SELECT paused_since FROM requests")).one() == (None,)
            assert conn.execute(sa.text("SELECT description, official_confirmed_at FROM agreements")).one() == (
                "afspraak",
                None,
            )
            conn.execute(sa.text("UPDATE officials SET email = 'olga@gemeente.nl'"))
            for table in (
                "official_invitations",
                "official_requests",
                "request_suspensions",
                "resident_messages",
                "attachments",
            ):
                assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        downgrade(directory=directory, revision="0004")
        with db.engine.begin() as conn:
            assert conn.execute(sa.text("SELECT name FROM officials")).scalar_one() == "Olga"
            assert conn.execute(sa.text("SELECT what_happened FROM requests")).scalar_one() == "verhaal"
            assert conn.execute(sa.text("SELECT description FROM agreements")).scalar_one() == "afspraak"
            tables = set(sa.inspect(conn).get_table_names())
            assert "official_invitations" not in tables and "attachments" not in tables
        upgrade(directory=directory, revision="0005_officials")
        db.engine.dispose()
