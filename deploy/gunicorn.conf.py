"""Gunicorn settings for the portal: `gunicorn -c deploy/gunicorn.conf.py 'portal:create_app()'`.

Privacy: the access log has no client IP (`%(h)s`), no query string, referrer or user agent, and every
line passes portal.logsafe.ScrubFilter (tracking codes in paths, e-mail addresses, phone numbers, IPs).
Environment: PORTAL_BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (workers, default 2).
Behind a TLS proxy on the same machine gunicorn already trusts its X-Forwarded-Proto (forwarded_allow_ips
defaults to loopback); for another proxy address set FORWARDED_ALLOW_IPS or PORTAL_PROXY_FIX=1.
"""

import os

bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
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


def on_starting(server):  # type: ignore[no-untyped-def]
    _scrub_logs()


def post_fork(server, worker):  # type: ignore[no-untyped-def]
    _scrub_logs()
