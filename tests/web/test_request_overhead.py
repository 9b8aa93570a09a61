"""Issue 12, the per-request machinery made cheaper: every limit, header and token still holds.

The flood guard decides its exemptions once per (endpoint, method) and parses its limits once per spec; the
sensitive hits have their own relaxed SQLite connections; base.html's links are built once per app and root
path; a fresh control form's fields are rendered once per app. Each test here checks that what was cached still
follows the configuration, the request and the session it must follow.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, text

from portal import background, create_app
from portal.extensions import db
from portal.models import User
from portal.services import requests as svc
from tests import pgtemp
from tests.conftest import FreshClient, csrf_token
from tests.trust.trust_support import base_config, code_of, submit

UNKNOWN = "/verzoek/VTA-AAAA-BBBB-CCCC-DDDD"


@pytest.fixture
def make_app(app: Flask) -> Iterator[Callable[..., Flask]]:
    """More app instances (think: gunicorn workers) on the test's data folder and database."""
    made: list[Flask] = []

    def factory(**extra: Any) -> Flask:
        application = create_app(base_config(app, **extra))
        application.test_client_class = FreshClient
        made.append(application)
        return application

    yield factory
    for application in made:
        background.stop(application)
        with application.app_context():
            engine = application.extensions.get("portal_rate_hits_engine")
            if engine is not None and engine is not db.engine:
                engine.dispose()
            db.engine.dispose()


# --- the flood guard ---------------------------------------------------------------------------------------


def test_flood_guard_counts_per_route_with_retry_after(make_app):
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="2/minute").test_client()
    assert [c.get("/kennisbank").status_code for _ in range(3)] == [200, 200, 429]
    refused = c.get("/kennisbank")
    assert refused.status_code == 429 and "Even geduld" in refused.get_data(as_text=True)
    assert 1 <= int(refused.headers["Retry-After"]) <= 61
    assert refused.headers["Content-Security-Policy"] and refused.headers["X-Frame-Options"] == "DENY"
    assert c.get("/over").status_code == 200  # another route has its own budget
    api = [c.get("/api/v1/knowledge?q=afval") for _ in range(3)]
    assert [r.status_code for r in api] == [200, 200, 429] and api[-1].get_json()["status"] == 429


def test_a_new_app_with_other_limits_counts_by_its_own(make_app):
    """Decisions kept per app: a second app (other spec, other storage) is not steered by the first's."""
    strict = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="1/minute").test_client()
    assert [strict.get("/over").status_code for _ in range(2)] == [200, 429]
    loose = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="3/minute").test_client()
    assert [loose.get("/over").status_code for _ in range(4)] == [200, 200, 200, 429]
    off = make_app(RATELIMIT_ENABLED=False, RATELIMIT_DEFAULT="1/minute").test_client()
    assert {off.get("/over").status_code for _ in range(5)} == {200}


def test_changed_configuration_applies_at_once(make_app):
    application = make_app(RATELIMIT_ENABLED=False, RATELIMIT_DEFAULT="1/minute")
    c = application.test_client()
    assert {c.get("/over").status_code for _ in range(3)} == {200}
    application.config["RATELIMIT_ENABLED"] = True
    assert [c.get("/over").status_code for _ in range(2)] == [200, 429]
    application.config["RATELIMIT_DEFAULT"] = "10/minute;2/hour"  # a new spec: its own counters
    statuses = [c.get("/over").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_static_files_and_sensitive_routes_are_not_counted_by_the_guard(make_app):
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="1/minute", RATELIMIT_SENSITIVE="4/minute").test_client()
    assert {c.get("/static/css/portal.css").status_code for _ in range(3)} == {200}
    # The status page is counted in the database (4/minute), not by the guard (1/minute).
    assert [c.get(UNKNOWN).status_code for _ in range(5)] == [404, 404, 404, 404, 429]


def test_unknown_paths_are_counted_too(make_app):
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="2/minute").test_client()
    statuses = [c.get(f"/bestaat-niet-{i}").status_code for i in range(3)]
    assert statuses == [404, 404, 429]


def test_clients_are_counted_apart_by_the_guard(make_app):
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="1/minute").test_client()
    assert c.get("/over", environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 200
    assert c.get("/over", environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 429
    assert c.get("/over", environ_base={"REMOTE_ADDR": "198.51.100.2"}).status_code == 200


def test_an_unreachable_guard_store_lets_requests_through(make_app):
    """RATELIMIT_SWALLOW_ERRORS (default on): a flood guard whose Redis is down must not take the site down."""
    url = f"redis://127.0.0.1:{pgtemp.free_port()}/0"
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="1/minute", RATELIMIT_STORAGE_URI=url).test_client()
    assert {c.get("/over").status_code for _ in range(3)} == {200}
    # The sensitive limits do not depend on that store.
    strict = make_app(RATELIMIT_ENABLED=True, RATELIMIT_SENSITIVE="1/minute", RATELIMIT_STORAGE_URI=url).test_client()
    assert [strict.get(UNKNOWN).status_code for _ in range(2)] == [404, 429]


# --- the sensitive hits ------------------------------------------------------------------------------------


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_hits_use_relaxed_connections_of_their_own(make_app):
    application = make_app(RATELIMIT_ENABLED=True)
    c = application.test_client()
    assert c.get(UNKNOWN).status_code == 404
    with application.app_context():
        hits = application.extensions["portal_rate_hits_engine"]
        assert hits is not db.engine
        with hits.connect() as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL: no fsync per hit
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL for residents' data


def test_sensitive_limits_with_two_windows(make_app):
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_SENSITIVE="5/minute;3/hour").test_client()
    statuses = [c.get(UNKNOWN).status_code for _ in range(5)]
    assert statuses == [404, 404, 404, 429, 429]
    assert int(c.get(UNKNOWN).headers["Retry-After"]) == 3600  # the hour window is the one exceeded


# --- sessions, links, the control form ---------------------------------------------------------------------


def test_no_cookie_in_no_cookie_out_and_a_forged_cookie_is_ignored(server):
    c = server.test_client()
    page = c.get("/kennisbank")
    assert page.status_code == 200 and "Set-Cookie" not in page.headers
    c.set_cookie("session", "forged.value.sig", domain="localhost")
    page = c.get("/kennisbank")
    assert page.status_code == 200 and "Set-Cookie" not in page.headers


def test_links_follow_the_root_path_of_each_request(server):
    c = server.test_client()
    mounted = c.get("/over", base_url="http://localhost/portaal").get_data(as_text=True)
    plain = c.get("/over").get_data(as_text=True)
    assert 'href="/portaal/static/css/portal.css"' in mounted and 'href="/portaal/kennisbank"' in mounted
    assert 'href="/static/css/portal.css"' in plain and 'href="/kennisbank"' in plain
    assert "/portaal/" not in plain


def _resolved(client, sub: str) -> str:
    """Submit a request and resolve it: its status page asks the control question. Returns the tracking code."""
    code = code_of(submit(client, sub))
    req = svc.find_by_code(code)
    actor = db.session.execute(select(User).where(User.email == "admin@test.nl")).scalar_one()
    svc.transition(req, "in_verkenning", actor)
    svc.log_contact(req, actor, dt.datetime(2026, 1, 5, 10), "telefoon", "bewoner", "Gesprek", True)
    svc.transition(req, "opgelost", actor, outcome="opgelost", outcome_summary="Er komt een nieuwe beoordeling.")
    return code


FIELDS = re.compile(r'<form method="post" action="[^"]*/controlevraag"[^>]*>(.*?)</form>', re.S)
TOKEN = re.compile(r'<input id="csrf_token" name="csrf_token" type="hidden" value="([^"]+)">')


def test_fresh_control_form_is_shared_but_each_session_has_its_own_token(client, server):
    code = _resolved(client, "ro-1")
    first, second = server.test_client(), server.test_client()
    pages = [first.get(f"/verzoek/{code}"), second.get(f"/verzoek/{code}")]
    forms = [FIELDS.search(p.get_data(as_text=True)).group(1) for p in pages]
    tokens = [TOKEN.search(f).group(1) for f in forms]
    assert tokens[0] != tokens[1]  # per session
    assert TOKEN.sub("", forms[0]) == TOKEN.sub("", forms[1])  # the fields themselves are the same
    for part in ('name="all_addressed"', 'name="satisfied"', 'name="comment"', 'value="Antwoord versturen"'):
        assert part in forms[0]
    for page in pages:
        cookie = page.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # The other session's token is refused; the own one is taken.
    answer = {"all_addressed": "ja", "satisfied": "ja", "comment": ""}
    assert first.post(f"/verzoek/{code}/controlevraag", data={**answer, "csrf_token": tokens[1]}).status_code == 400
    done = first.post(f"/verzoek/{code}/controlevraag", data={**answer, "csrf_token": tokens[0]})
    assert done.status_code == 302
    db.session.expire_all()
    assert svc.find_by_code(code).control_answered_at is not None


def test_an_invalid_answer_shows_the_form_with_its_errors(client, server):
    code = _resolved(client, "ro-2")
    c = server.test_client()
    token = csrf_token(c, f"/verzoek/{code}")
    bad = c.post(f"/verzoek/{code}/controlevraag", data={"csrf_token": token, "comment": "<script>x</script>\x00"})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400 and "Kies ja of nee." in html and 'role="alert"' in html
    assert "<script>x</script>" not in html
    assert TOKEN.search(html)  # the form keeps a token
    # After the error, a fresh visit shows the fresh form again (the shared fields carry no error).
    fresh = server.test_client().get(f"/verzoek/{code}").get_data(as_text=True)
    assert "Kies ja of nee." not in fresh and 'name="all_addressed"' in fresh
