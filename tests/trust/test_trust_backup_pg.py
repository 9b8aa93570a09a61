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


def test_pg_dump_round_trip(client, app, tmp_path):
    for i in range(3):
        code_of(submit(client, f"pg-{i}"))
    runner = app.test_cli_runner()
    result = runner.invoke(args=["backup", str(tmp_path / "portal.dump")])
    assert result.exit_code == 0, result.output
    code_of(submit(client, "pg-later"))
    assert count() == 4
    assert runner.invoke(args=["restore", str(tmp_path / "portal.dump")]).exit_code != 0  # needs --yes
    result = runner.invoke(args=["restore", str(tmp_path / "portal.dump"), "--yes"])
    assert result.exit_code == 0, result.output
    db.session.remove()
    assert sorted(db.session.execute(select(Request.submission_id)).scalars()) == ["pg-0", "pg-1", "pg-2"]
    assert list(tmp_path.glob("before-restore-*.dump"))
