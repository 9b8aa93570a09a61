"""The sensitive rate limits' counter: one row per counted request in `rate_limit_hits`, shared by every worker.

`hit()` writes the request and counts the client's rows in every window in one transaction, so all gunicorn
workers (and, on PostgreSQL, all hosts) share one budget; a refused request is rolled back. Per hit that is one
insert, one count (every window in one statement) and one delete of rows older than the longest window, with
statements built once per process.

A hit lost in a power cut harms nobody, so it is not made as durable as a resident's data: on a SQLite file the
hits have their own small connection pool whose connections run with ``synchronous=NORMAL`` (no fsync per
commit; the app's own connections keep FULL), and on PostgreSQL the transaction sets
``synchronous_commit = off``. Both only relax durability after a crash, never what other workers see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from flask import current_app
from sqlalchemy import bindparam, case, create_engine, delete, event, func, insert, literal, select
from sqlalchemy.engine import Engine

from .extensions import db
from .models import utcnow
from .models_security import RateLimitHit

ENGINE = "portal_rate_hits_engine"  # app.extensions key
_statements: dict[Any, Any] = {}


class Window(Protocol):
    """A rate-limit window (portal.security.Window): at most `limit` requests per `seconds`."""

    @property
    def limit(self) -> int: ...

    @property
    def seconds(self) -> int: ...


def _insert() -> Any:
    stmt = _statements.get("insert")
    if stmt is None:
        table = RateLimitHit.__table__
        stmt = _statements["insert"] = insert(table).values(
            scope=bindparam("scope"), client=bindparam("client"), at=bindparam("now")
        )
    return stmt


def _count(windows: int) -> Any:
    """SELECT the client's hits in each of `windows` windows (bound since0, since1, ... longest first)."""
    stmt = _statements.get(("count", windows))
    if stmt is None:
        table = RateLimitHit.__table__
        stmt = _statements[("count", windows)] = select(
            *(
                func.coalesce(func.sum(case((table.c.at > bindparam(f"since{i}"), 1), else_=0)), literal(0))
                for i in range(windows)
            )
        ).where(
            table.c.scope == bindparam("scope"), table.c.client == bindparam("client"), table.c.at > bindparam("since0")
        )
    return stmt


def _delete() -> Any:
    stmt = _statements.get("delete")
    if stmt is None:
        table = RateLimitHit.__table__
        stmt = _statements["delete"] = delete(table).where(table.c.at < bindparam("before"))
    return stmt


def _relaxed_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """Runs after the pragmas every connection gets (portal/__init__.py), on the hits' own connections only."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def hits_engine() -> Engine:
    """The engine hits are written with: a small pool of its own on a SQLite file, else the app's engine."""
    app = current_app
    engine: Engine | None = app.extensions.get(ENGINE)
    if engine is None:
        main = db.engine
        in_memory = main.url.database in (None, "", ":memory:") or "mode=memory" in str(main.url)
        if main.dialect.name == "sqlite" and not in_memory:
            options = app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {}
            engine = create_engine(main.url, connect_args=dict(options.get("connect_args") or {}), pool_size=2)
            event.listen(engine, "connect", _relaxed_sqlite)
        else:
            engine = main
        app.extensions[ENGINE] = engine
    return engine


def hit(scope: str, client: str, windows: Sequence[Window]) -> int | None:
    """Count one request of `client` in `scope`; return None if allowed, else the seconds to wait.

    The hit is written and counted in one transaction (the write lock serialises workers), and a refused
    request is rolled back, so a client that keeps trying is let in again once the window has passed.
    """
    now = utcnow()
    ordered = sorted(windows, key=lambda w: -w.seconds)
    params: dict[str, Any] = {f"since{i}": now - dt.timedelta(seconds=w.seconds) for i, w in enumerate(ordered)}
    engine = hits_engine()
    with engine.connect() as conn, conn.begin() as tx:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
        conn.execute(_insert(), {"scope": scope, "client": client, "now": now})
        counts = conn.execute(_count(len(ordered)), {"scope": scope, "client": client, **params}).one()
        for window, count in zip(ordered, counts, strict=True):
            if int(count) > window.limit:
                tx.rollback()
                return window.seconds
        conn.execute(_delete(), {"before": params["since0"]})
    return None
