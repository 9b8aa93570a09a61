"""Backup and restore on PostgreSQL (pg_dump/pg_restore); runs only in the PostgreSQL pass of `make test`."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Request
from tests.conftest import ON_POSTGRES
from tests.trust.trust_support import code_of, submit

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="needs the PostgreSQL pass (python -m tests.pg_run)")


def count() -> int:
    return db.session.execute(select(func.count(Request.id))).scalar_one()


def test_pg_dump_round_trip(client, server, app, tmp_path):
    for i in range(3):
        code_of(submit(client, f"pg-{i}"))
    runner = app.test_cli_runner()
    result = runner.invoke(args=["backup", str(tmp_path / "portal.dump")])
    assert result.exit_code == 0, result.output
    code_of(submit(client, "pg-later"))
    assert count() == 4
    db.session.remove()  # the test's own connection goes back (the server app keeps its pooled one)
    assert runner.invoke(args=["restore", str(tmp_path / "portal.dump")]).exit_code != 0  # needs --yes
    # The portal still holds a connection: restore refuses (pg_dump and pg_restore cannot share one lock, so
    # a request received in between would be lost), in Dutch, and changes nothing.
    result = runner.invoke(args=["restore", str(tmp_path / "portal.dump"), "--yes"])
    assert result.exit_code != 0 and "De database is in gebruik (1 andere verbinding(en))" in result.output
    assert "Stop eerst de portal" in result.output
    assert count() == 4 and not list(tmp_path.glob("before-restore-*.dump"))
    db.session.remove()
    with server.app_context():  # the portal stopped
        db.engine.dispose()
    result = runner.invoke(args=["restore", str(tmp_path / "portal.dump"), "--yes"])
    assert result.exit_code == 0, result.output
    db.session.remove()
    assert sorted(db.session.execute(select(Request.submission_id)).scalars()) == ["pg-0", "pg-1", "pg-2"]
    assert list(tmp_path.glob("before-restore-*.dump"))
