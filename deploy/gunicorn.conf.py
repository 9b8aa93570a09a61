"""Gunicorn settings for the portal: `gunicorn -c deploy/gunicorn.conf.py 'portal:create_app()'`.

Privacy: the access log has no client IP (`%(h)s`), no query string, referrer or user agent, and every
line passes portal.logsafe.ScrubFilter (tracking codes in paths, e-mail addresses, phone numbers, IPs).
Environment: PORTAL_BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (workers). The number of workers follows the
database (docs/sqlite.md): on SQLite at most 2 (WEB_CONCURRENCY above that is lowered, with a warning at start),
because every worker is another connection that writes and checkpoints the same WAL file, and the SQLite of
Debian 12 (3.40.1) and 13 (3.46.1) still has the WAL-reset bug; on PostgreSQL WEB_CONCURRENCY, default
2 x cores + 1 (at most 8).
Behind a TLS proxy on the same machine gunicorn already trusts its X-Forwarded-Proto (forwarded_allow_ips
defaults to loopback); for another proxy address set FORWARDED_ALLOW_IPS or PORTAL_PROXY_FIX=1.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gunicorn.arbiter import Arbiter
    from gunicorn.workers.base import Worker

SQLITE_MAX_WORKERS = 2
POSTGRES_DEFAULT_MAX = 8


def workers_for(env: Mapping[str, str], cpus: int | None = None) -> int:
    """Workers derived from the database: at most SQLITE_MAX_WORKERS on SQLite, more on PostgreSQL."""
    asked = env.get("WEB_CONCURRENCY", "").strip()
    if env.get("PORTAL_DATABASE_URL", "").startswith("postgresql"):
        return max(1, int(asked)) if asked else min(2 * (cpus or os.cpu_count() or 1) + 1, POSTGRES_DEFAULT_MAX)
    return min(max(1, int(asked)) if asked else SQLITE_MAX_WORKERS, SQLITE_MAX_WORKERS)


bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8000")
workers = workers_for(os.environ)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = 60
graceful_timeout = 20
keepalive = 5
# Refuse oversized request lines and headers early (the app limits bodies to 1 MiB).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

accesslog = "-"
errorlog = "-"
loglevel = "info"
# time, method, path (tracking codes scrubbed), status, bytes, duration in ms: nothing about the client.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# No shared per-user control socket: several portals (or test servers) may run side by side.
control_socket_disable = True


def _scrub_logs() -> None:
    from portal.logsafe import install

    install("gunicorn.access", "gunicorn.error")


def _sqlite_advice(server: Arbiter) -> None:
    if os.environ.get("PORTAL_DATABASE_URL", "").startswith("postgresql"):
        return
    if server.num_workers > SQLITE_MAX_WORKERS:  # also when -w or WEB_CONCURRENCY asked for more
        server.log.warning(
            "SQLite: %d workers asked, %d started. For more workers use PostgreSQL "
            "(PORTAL_DATABASE_URL); see docs/sqlite.md.",
            server.num_workers,
            SQLITE_MAX_WORKERS,
        )
        server.num_workers = SQLITE_MAX_WORKERS
    from portal.security import SQLITE_NOTED, sqlite_note

    note = sqlite_note()
    if note:
        server.log.info(note)  # once per server start; the workers inherit the mark and stay quiet
        os.environ[SQLITE_NOTED] = "1"


def on_starting(server: Arbiter) -> None:
    _scrub_logs()
    _sqlite_advice(server)


def post_fork(server: Arbiter, worker: Worker) -> None:
    _scrub_logs()
