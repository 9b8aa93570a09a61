"""Trust layer: security headers, cookie flags, rate limits, log scrubbing and the SQLite start-up check.

Not a blueprint: create_app calls `init_app(app)`, which installs the hooks.

Rate limits come in two layers:

* The sensitive endpoints (log-in, submitting a request, everything behind a tracking code) are counted
  in the database table `rate_limit_hits`. The database is the one store every gunicorn worker already
  shares (SQLite file or PostgreSQL), it is transactional, and it needs no extra service.
* A coarse flood guard (portal/floodguard.py, on the `limits` library under Flask-Limiter) counts every other
  route (`RATELIMIT_DEFAULT`). It uses `RATELIMIT_STORAGE_URI` (e.g. redis://) when configured; otherwise
  memory, which counts per worker. That is acceptable only because this layer is a coarse guard: the limits
  that matter are the ones above.

A client is identified by a salted HMAC of its address (salt: the app secret and today's date), so no
IP address is ever written to the database or to a shared store, and the key changes every day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import Flask, Response, abort, current_app, g, has_request_context, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin
from flask.wrappers import Request
from itsdangerous import URLSafeTimedSerializer
from werkzeug.datastructures import MultiDict

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

from . import floodguard, logsafe
from .ratehits import hit

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
PERMISSIONS = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()"
)
HSTS = "max-age=31536000; includeSubDomains"

# (endpoint, method) -> scope. Everything behind a tracking code shares the "code" scope, so guessing codes
# on one page does not get a fresh budget on the next.
SENSITIVE: dict[tuple[str, str], str] = {
    ("backoffice.login", "POST"): "login",
    ("resident.new", "POST"): "submit",
    ("resident.lookup", "POST"): "code",
    ("resident.status", "GET"): "code",
    ("resident.receipt", "GET"): "code",
    ("resident.control_answer", "POST"): "code",
    ("privacy.details", "GET"): "code",
    ("privacy.details", "POST"): "code",
}
_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_LIMIT_RE = re.compile(r"^\s*(\d+)\s*(?:/|per)\s*(second|minute|hour|day)s?\s*$")

# Known WAL bugs of the linked SQLite library, see docs/sqlite.md and https://sqlite.org/wal.html#walresetbug
WAL_RESET_BUG = ((3, 7, 0), (3, 51, 3))  # affected: from 3.7.0 up to (not including) 3.51.3
WAL_RESET_BACKPORTS = (((3, 44, 6), (3, 45, 0)), ((3, 50, 7), (3, 51, 0)))  # patched maintenance releases


def init_app(app: Flask) -> None:
    """Install every hook of the trust layer on `app`."""
    _configure(app)
    _install_proxy_fix(app)
    app.session_interface = LoopbackAwareSessionInterface()
    # The fixed headers go on in the WSGI layer (every response, no per-header validation); the ones that depend
    # on the request (HSTS, Retry-After) in an after-request hook.
    app.wsgi_app = SecurityHeaders(app.wsgi_app)
    app.after_request(_security_headers)
    from .urls import external_url

    app.add_template_global(external_url)  # absolute links in pages come from PORTAL_BASE_URL too
    # First of all before-request hooks: a flood is counted even when its CSRF tokens are wrong.
    floodguard.init_app(app, frozenset(SENSITIVE))
    app.before_request_funcs.setdefault(None, []).insert(0, _rate_limits)
    # Then, still before CSRF and every view: input no database can hold gets a Dutch 4xx, never a 500.
    app.before_request_funcs[None].insert(1, _refuse_unstorable_input)
    _csrf_only_for_its_methods(app)
    logsafe.install("werkzeug", "gunicorn.access", "gunicorn.error", app.logger.name, "portal")
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        check_sqlite_version(app)


def _configure(app: Flask) -> None:
    cfg = app.config
    cfg["RATELIMIT_ENABLED"] = _truthy(cfg.get("RATELIMIT_ENABLED", not app.testing))
    cfg.setdefault("RATELIMIT_SENSITIVE", "10/minute;100/hour")
    cfg.setdefault("RATELIMIT_DEFAULT", "600/minute")
    cfg.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    cfg.setdefault("RATELIMIT_SWALLOW_ERRORS", True)  # a flood guard whose Redis is down must not take the site
    cfg["SESSION_COOKIE_HTTPONLY"] = True
    cfg["REMEMBER_COOKIE_HTTPONLY"] = True
    cfg.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    cfg.setdefault("REMEMBER_COOKIE_SAMESITE", "Lax")
    if not app.debug and not app.testing and not _truthy(cfg.get("INSECURE_COOKIES")):
        cfg["SESSION_COOKIE_SECURE"] = True
        cfg["REMEMBER_COOKIE_SECURE"] = True


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _install_proxy_fix(app: Flask) -> None:
    """Trust X-Forwarded-For/-Proto only when told that a proxy sits in front (PORTAL_PROXY_FIX=<hops>)."""
    hops = app.config.get("PROXY_FIX")
    if not _truthy(hops):
        return
    from werkzeug.middleware.proxy_fix import ProxyFix

    count = hops if isinstance(hops, int) and not isinstance(hops, bool) and hops > 0 else 1
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)


def _csrf_only_for_its_methods(app: Flask) -> None:
    """Flask-WTF's before-request check, asked only for the methods it checks (WTF_CSRF_METHODS: POST, PUT, ...).

    Its hook looks up the endpoint's exemptions before it looks at the method, on every GET too. The wrapper calls
    the same hook, in the same place, for every request whose method it would check; for the others the hook
    would return without doing anything. If the hook is not found (another Flask-WTF), it stays as it is.
    """
    hooks = app.before_request_funcs.get(None, [])
    for i, hook in enumerate(hooks):
        if getattr(hook, "__qualname__", "") == "CSRFProtect.init_app.<locals>.csrf_protect":
            hooks[i] = _method_gate(hook)
            return


def _method_gate(hook: Callable[[], Any]) -> Callable[[], Any]:
    def csrf_protect() -> Any:
        if request.method in current_app.config["WTF_CSRF_METHODS"]:
            return hook()
        return None

    return csrf_protect


# --- cookies -----------------------------------------------------------------------------------------------


def _plain_http_on_loopback() -> bool:
    """True for a plain-http request addressed to this machine itself (`make run` on 127.0.0.1:5000)."""
    if not has_request_context() or request.is_secure:
        return False
    return _loopback_host(request.host)


@lru_cache(maxsize=64)
def _loopback_host(host_header: str) -> bool:
    """True for a Host header naming this machine (decided once per header value: parsing an address is slow)."""
    host = host_header.rsplit(":", 1)[0] if not host_header.startswith("[") else host_header[1:].split("]")[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


SESSION_SERIALIZER = "portal_session_serializer"  # app.extensions key: (keys, serializer)


class LoopbackAwareSessionInterface(SecureCookieSessionInterface):
    """Session cookies are `Secure` as configured, except over plain http to a loopback address.

    Browsers drop a `Secure` cookie set over http://127.0.0.1, which would break log-in and every form
    (CSRF lives in the session) on a local `make run`. A public deployment is never addressed as a
    loopback host by the browser, so it always gets `Secure`. Behind a proxy that rewrites the Host
    header to 127.0.0.1, set PORTAL_PROXY_FIX (then the flag is never relaxed).
    """

    def get_cookie_secure(self, app: Flask) -> bool:
        if not app.config.get("SESSION_COOKIE_SECURE"):
            return False
        if _truthy(app.config.get("PROXY_FIX")):
            return True
        return not _plain_http_on_loopback()

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer, built once per app and set of keys instead of for every request that has a session.

        Rebuilt as soon as SECRET_KEY or SECRET_KEY_FALLBACKS change (the keys are part of what is compared).
        """
        if not app.secret_key:
            return None
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        kept = app.extensions.get(SESSION_SERIALIZER)
        if kept is None or kept[0] != keys:
            kept = app.extensions[SESSION_SERIALIZER] = (keys, super().get_signing_serializer(app))
        return kept[1]

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        """No cookie sent: a fresh empty session without building the signing serializer (most visitors)."""
        if app.secret_key and not request.cookies.get(self.get_cookie_name(app)):
            return self.session_class()
        return super().open_session(app, request)

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        """An empty session nobody changed sets no cookie: only say `Vary: Cookie` if it was read (as Flask does)."""
        if not session and not session.modified:
            if session.accessed:
                response.vary.add("Cookie")
            return
        super().save_session(app, session, response)


# --- headers -----------------------------------------------------------------------------------------------


# The same on every response. same-origin rather than no-referrer: Flask-WTF checks the Referer of forms posted
# over HTTPS (WTF_CSRF_SSL_STRICT); other sites still never see a URL (which may hold a tracking code).
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", PERMISSIONS),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
_SECURITY_KEYS = frozenset(key.lower() for key, _ in SECURITY_HEADERS)


class SecurityHeaders:
    """WSGI middleware: `SECURITY_HEADERS` on every response the app sends, error pages and static files included.

    A header the view set itself (only ever to tighten it, e.g. the attachment download's sandboxed CSP) is kept.
    Adding constant, known-valid headers to the WSGI header list costs a few microseconds; setting them on the
    response object validated each one again on every request.
    """

    def __init__(self, wsgi_app: WSGIApplication) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            present = {name.lower() for name, _value in headers}
            if _SECURITY_KEYS.isdisjoint(present):
                headers.extend(SECURITY_HEADERS)  # the usual case
            else:
                headers.extend(header for header in SECURITY_HEADERS if header[0].lower() not in present)
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start)


def _security_headers(response: Response) -> Response:
    """The headers that depend on the request: HSTS over HTTPS, Retry-After on a refused request."""
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = HSTS
    retry_after = g.get("retry_after")
    if retry_after and response.status_code == 429:
        response.headers["Retry-After"] = str(retry_after)
    return response


def private(response: Response) -> Response:
    """Pages behind a tracking code, a personal link or a log-in are never cached or indexed (a blueprint hook)."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def open_data(response: Response) -> Response:
    """Open data and the public API: any site may read it (CORS; a blueprint hook)."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


# --- input no database can hold --------------------------------------------------------------------------

MAX_DB_INT = 2**31 - 1  # PostgreSQL INTEGER; SQLite would take more, but ids never get there
NUL_MESSAGE = (
    "Uw invoer bevat een onzichtbaar teken (een nul-teken) dat wij niet kunnen verwerken. "
    "Haal het weg, bijvoorbeeld door de tekst opnieuw te typen, en probeer het opnieuw."
)


def _has_nul(values: MultiDict[str, str]) -> bool:
    return any("\x00" in key or any("\x00" in v for v in vals) for key, vals in values.lists())


def _refuse_unstorable_input() -> None:
    """NUL bytes (PostgreSQL refuses them in text) and ids beyond INTEGER, before any query.

    In the path or query string: a Dutch 400. Posted forms are left to their own validation (free-text fields
    strip control characters, others refuse them with a Dutch message); a NUL that still reaches PostgreSQL is
    a 400 through the DataError handler in portal/errors.py, never a 500.
    """
    from .errors import refuse

    # No query string (most requests): nothing to parse into `request.args`.
    if "\x00" in request.path or (request.environ.get("QUERY_STRING") and _has_nul(request.args)):
        raise refuse(400, NUL_MESSAGE)
    for value in (request.view_args or {}).values():
        if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= MAX_DB_INT:
            raise refuse(404, "Deze pagina bestaat niet. Het nummer in het adres is te groot.")


# --- rate limits -------------------------------------------------------------------------------------------


def client_network(address: str | None) -> str:
    """The unit a client is counted by: an IPv4 address, or the /64 of an IPv6 address.

    One IPv6 subscriber gets a whole /64 (often more) and may pick any address in it, so counting full
    IPv6 addresses would give an attacker 2^64 fresh budgets. IPv4-mapped IPv6 addresses count as IPv4.
    """
    try:
        ip = ipaddress.ip_address((address or "").split("%", 1)[0])
    except ValueError:
        return address or "-"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{ip}/64", strict=False))
    return str(ip)


def client_key() -> str:
    """A salted, daily-rotating HMAC of the client network: it identifies a client for an hour, not a person."""
    secret = str(current_app.config["SECRET_KEY"]).encode()
    material = f"{dt.date.today().isoformat()}|{client_network(request.remote_addr)}".encode()
    return hmac.new(secret, b"ratelimit:" + material, hashlib.sha256).hexdigest()[:32]


def source_key() -> str:
    """A keyed hash of the client network for the log-in lock-out (stable across the day boundary)."""
    secret = str(current_app.config["SECRET_KEY"]).encode()
    network = client_network(request.remote_addr) if has_request_context() else "-"
    return hmac.new(secret, b"login-source:" + network.encode(), hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class Window:
    limit: int
    seconds: int


@lru_cache(maxsize=32)
def _windows(spec: str) -> tuple[Window, ...]:
    """parse_limits, once per spec (the configuration is read on every request; parsing it need not be)."""
    return tuple(parse_limits(spec))


def parse_limits(spec: str) -> list[Window]:
    """'10/minute;100/hour' (or '10 per minute') -> windows."""
    windows = []
    for part in spec.split(";"):
        if not part.strip():
            continue
        match = _LIMIT_RE.match(part)
        if not match:
            raise ValueError(f"Unreadable rate limit: {part!r}")
        windows.append(Window(int(match.group(1)), _UNITS[match.group(2)]))
    return windows


def _rate_limits() -> None:
    """Both layers in one hook: a sensitive endpoint is counted in the database, every other by the flood guard."""
    app = current_app
    if not _truthy(app.config.get("RATELIMIT_ENABLED")):
        return
    scope = SENSITIVE.get((request.endpoint or "", request.method))
    if scope is None:
        app.extensions[floodguard.EXTENSION].check(client_key())
        return
    wait = hit(scope, client_key(), _windows(app.config["RATELIMIT_SENSITIVE"]))
    if wait is not None:
        g.retry_after = wait
        app.logger.warning("Rate limit reached for %s", scope)
        abort(429)


# --- SQLite ------------------------------------------------------------------------------------------------


def wal_reset_bug(version: tuple[int, ...]) -> bool:
    """True if this SQLite version has the WAL-reset corruption bug (3.7.0 up to 3.51.2, bar backports)."""
    low, fixed = WAL_RESET_BUG
    if not (low <= version < fixed):
        return False
    return not any(start <= version < end for start, end in WAL_RESET_BACKPORTS)


_OPTIONS_WITH_VALUE = {"--app", "-A", "--env-file", "-e"}


def _is_command() -> bool:
    """True for `flask <command>` other than `flask run` (commands stay quiet; servers warn)."""
    import sys

    if not sys.argv or "flask" not in Path(sys.argv[0]).name:
        return False
    args = iter(sys.argv[1:])
    for arg in args:
        if arg in _OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg != "run"
    return True


SQLITE_NOTED = "VTA_SQLITE_NOTED"  # set once a server has said it; its workers inherit it (not PORTAL_: no config)


def sqlite_note() -> str | None:
    """One calm line about the linked SQLite library when it has a known WAL bug, else None."""
    if not wal_reset_bug(sqlite3.sqlite_version_info):
        return None
    return (
        f"SQLite {sqlite3.sqlite_version}: een oudere versie met een bekend, zeldzaam WAL-probleem; "
        "de portal houdt het aantal schrijvende processen daarom klein. Zie docs/sqlite.md."
    )


def _is_flask_run() -> bool:
    import sys

    return bool(sys.argv) and "flask" in Path(sys.argv[0]).name and not _is_command()


def check_sqlite_version(app: Flask) -> str | None:
    """Say once per server start (not per worker) which linked SQLite has a known WAL bug; return that note.

    Commands and tests stay quiet. `flask run` prints it beside Flask's own start-up lines; gunicorn's
    configuration (deploy/gunicorn.conf.py) says it in its master process, so the workers stay quiet.
    """
    import os

    note = sqlite_note()
    if note is None or app.testing or _is_command() or os.environ.get(SQLITE_NOTED):
        return note
    os.environ[SQLITE_NOTED] = "1"
    if _is_flask_run():
        import click

        click.echo(f" * {note}", err=True)
    else:
        app.logger.info(note)
    return note
