"""The queue's "stil" (inactive) filter scans the open requests instead of walking the received_at index on SQLite.

At 100,000 open requests SQLite's plan through the index looked up nearly every row one by one (250 ms); as a scan
the same count takes 90 ms (bench/bench_queue_attention.py). The answer must not change, on either database.
"""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import and_, func, select, text, update
from sqlalchemy.dialects import postgresql

from portal.extensions import db
from portal.models import Request
from portal.models_enums import FINAL_STATUSES
from portal.services import notify
from tests.web.test_status_page_queries import submit

CUTOFF = dt.datetime(2026, 11, 25, 23, 0)


def test_inactive_filter_answers_as_the_plain_comparison(app: Flask, client: FlaskClient) -> None:
    for i in range(6):
        submit(client, f"plan-{i}")
    ids = db.session.execute(select(Request.id).order_by(Request.id)).scalars().all()
    for days, request_id in zip((40, 20, 9, 3, 1, 0), ids, strict=False):  # received at several ages
        at = dt.datetime(2026, 12, 3, 9) - dt.timedelta(days=days)
        db.session.execute(update(Request).where(Request.id == request_id).values(received_at=at))
    db.session.commit()
    rows = db.session.execute(select(Request.id, Request.received_at).order_by(Request.received_at)).all()
    cutoffs = [row.received_at for row in rows] + [CUTOFF, dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)]
    for cutoff in cutoffs:
        clause = notify.inactive_clause(cutoff)
        plain = and_(Request.received_at < cutoff, *list(clause.clauses)[1:])
        open_ = Request.status.not_in(FINAL_STATUSES)
        got = db.session.execute(select(Request.id).where(open_, clause).order_by(Request.id)).scalars().all()
        want = db.session.execute(select(Request.id).where(open_, plain).order_by(Request.id)).scalars().all()
        assert got == want, cutoff
    assert len(ids) == 6 and cutoffs  # the comparison saw requests on both sides of several cutoffs


def test_sqlite_plan_scans_and_postgresql_gets_the_plain_column(app: Flask) -> None:
    stmt = select(func.count(Request.id)).where(notify.inactive_clause(CUTOFF))
    assert "requests.received_at < %(" in str(stmt.compile(dialect=postgresql.dialect()))
    if db.engine.dialect.name != "sqlite":
        return
    sql = str(stmt.compile(db.engine, compile_kwargs={"literal_binds": True}))
    assert "+requests.received_at <" in sql
    plan = " ".join(str(row) for row in db.session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_requests_received_at" not in plan
