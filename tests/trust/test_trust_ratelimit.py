"""Rate limits: Dutch 429 pages, JSON 429 under /api, limits shared by workers, no IP address stored."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import String, Text, func, inspect, select, text

from portal.extensions import db
from portal.models_security import RateLimitHit
from portal.security import client_key, parse_limits
from tests.conftest import PASSWORD, csrf_token
from tests.trust.trust_support import code_of, submit

IP = "203.0.113.77"


@pytest.fixture
def limited(make_app):
    return make_app(RATELIMIT_ENABLED=True, RATELIMIT_SENSITIVE="3/minute;5/hour")


def test_limits_are_off_in_the_other_test_suites(client):
    for _ in range(15):
        assert client.post("/verzoek/", data={"code": "x"}).status_code == 400


def test_code_lookup_limit_gives_dutch_page_with_retry_after(limited):
    c = limited.test_client()
    statuses = [
        c.post("/verzoek/", data={"csrf_token": csrf_token(c, "/verzoek/"), "code": "VTA-AAAA"}).status_code
        for _ in range(4)
    ]
    assert statuses == [400, 400, 400, 429]
    response = c.post("/verzoek/", data={"code": "x"})
    assert response.status_code == 429
    html = response.get_data(as_text=True)
    assert 'lang="nl"' in html and "Even geduld" in html and "Wacht een paar minuten" in html
    assert int(response.headers["Retry-After"]) == 60
    assert response.headers["Content-Security-Policy"]
    # The form page itself (GET) is not a code lookup and stays reachable.
    assert c.get("/verzoek/").status_code == 200


def test_status_pages_share_the_code_budget(limited):
    """Guessing codes on the status page, the receipt or the privacy page all spend one budget."""
    c = limited.test_client()
    urls = [
        "/verzoek/VTA-AAAA-BBBB-CCCC-DDDD",
        "/verzoek/VTA-AAAA-BBBB-CCCC-DDDD/ontvangen",
        "/verzoek/VTA-AAAA-BBBB-CCCC-DDDD/gegevens",
        "/verzoek/VTA-AAAA-BBBB-CCCC-DDDD",
    ]
    assert [c.get(u).status_code for u in urls] == [404, 404, 404, 429]


def test_submission_limit_and_stored_submissions_before_it(limited, app):
    c = limited.test_client()
    codes = [code_of(submit(c, f"rl-{i}")) for i in range(3)]
    assert len(set(codes)) == 3
    response = submit(c, "rl-4")
    assert response.status_code == 429
    assert "Even geduld" in response.get_data(as_text=True)


def test_login_limit_on_top_of_the_account_lockout(limited):
    c = limited.test_client()
    statuses = []
    for i in range(4):
        token = csrf_token(c, "/bemiddeling/inloggen")
        statuses.append(
            c.post(
                "/bemiddeling/inloggen",
                data={"csrf_token": token, "email": f"niemand{i}@test.nl", "password": "fout-wachtwoord-123"},
            ).status_code
        )
    assert statuses == [400, 400, 400, 429]


def test_a_flood_with_bad_csrf_tokens_is_counted_too(limited):
    c = limited.test_client()
    assert [c.post("/bemiddeling/inloggen", data={}).status_code for _ in range(4)] == [400, 400, 400, 429]


def test_limits_hold_across_two_app_instances(make_app):
    """Two instances on one data folder stand for two gunicorn workers: they share one budget."""
    first = make_app(RATELIMIT_ENABLED=True, RATELIMIT_SENSITIVE="4/minute").test_client()
    second = make_app(RATELIMIT_ENABLED=True, RATELIMIT_SENSITIVE="4/minute").test_client()
    statuses = [(first if i % 2 else second).get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD").status_code for i in range(6)]
    assert statuses == [404, 404, 404, 404, 429, 429]


def test_clients_are_counted_apart(limited):
    c = limited.test_client()
    for _ in range(3):
        c.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD", environ_base={"REMOTE_ADDR": "198.51.100.1"})
    assert c.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD", environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 429
    assert c.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD", environ_base={"REMOTE_ADDR": "198.51.100.2"}).status_code == 404


def test_refused_requests_do_not_extend_the_block(limited, app):
    c = limited.test_client()
    for _ in range(10):
        c.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD")
    assert db.session.execute(select(func.count(RateLimitHit.id))).scalar_one() == 3
    # Age the hits past the minute window (but inside the hour): the client is let in again.
    db.session.execute(RateLimitHit.__table__.update().values(at=RateLimitHit.at - dt.timedelta(minutes=2)))
    db.session.commit()
    assert c.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD").status_code == 404


def test_old_hits_are_deleted(limited, app):
    db.session.add(RateLimitHit(scope="code", client="x" * 32, at=dt.datetime(2020, 1, 1)))
    db.session.commit()
    limited.test_client().get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD")
    assert db.session.execute(select(func.min(RateLimitHit.at))).scalar_one() > dt.datetime(2021, 1, 1)


def test_api_flood_guard_answers_json_429(make_app):
    c = make_app(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="2/minute").test_client()
    statuses = [c.get("/api/v1/knowledge?q=afval").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = c.get("/api/v1/knowledge")
    assert response.status_code == 429 and response.is_json
    assert response.get_json()["status"] == 429 and "geprobeerd" in response.get_json()["error"]
    pages = [c.get("/kennisbank") for _ in range(3)]  # the guard counts per route
    page = pages[-1]
    assert [p.status_code for p in pages] == [200, 200, 429] and "Even geduld" in page.get_data(as_text=True)


def test_client_key_is_a_daily_salted_hmac_not_the_address(limited):
    with limited.test_request_context(environ_base={"REMOTE_ADDR": IP}):
        key = client_key()
    assert IP not in key and len(key) == 32
    with limited.test_request_context(environ_base={"REMOTE_ADDR": "203.0.113.78"}):
        assert client_key() != key


def test_parse_limits():
    assert [(w.limit, w.seconds) for w in parse_limits("10/minute; 100 per hour")] == [(10, 60), (100, 3600)]
    with pytest.raises(ValueError):
        parse_limits("veel")


def test_no_ip_address_anywhere_in_the_database(limited, app):
    """After submissions, log-ins, lookups and refusals from a known address, no table holds it."""
    c = limited.test_client()
    c.environ_base["REMOTE_ADDR"] = IP
    code = code_of(submit(c, "ip-1"))
    c.get(f"/verzoek/{code}")
    c.get(f"/verzoek/{code}/gegevens")
    token = csrf_token(c, "/bemiddeling/inloggen")
    c.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": "med1@test.nl", "password": "fout"})
    c.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": "med1@test.nl", "password": PASSWORD})
    for _ in range(5):
        c.get("/verzoek/VTA-AAAA-BBBB-CCCC-DDDD")
    found = []
    inspector = inspect(db.engine)
    for table in inspector.get_table_names():
        columns = [
            col["name"]
            for col in inspector.get_columns(table)
            if isinstance(col["type"], (String, Text))
            or "JSON" in str(col["type"]).upper()
            or "CHAR" in str(col["type"]).upper()
        ]
        for column in columns:
            rows = db.session.execute(text(f'SELECT "{column}" FROM "{table}"')).scalars()
            found += [f"{table}.{column}" for value in rows if value is not None and IP in str(value)]
    assert found == []
    assert db.session.execute(select(func.count(RateLimitHit.id))).scalar_one() > 0


def test_ipv6_clients_share_one_budget_per_64(limited):
    """Issue 13: an IPv6 client picking a fresh address from its own /64 for every request gets no fresh budget."""
    c = limited.test_client()
    url = "/verzoek/VTA-AAAA-BBBB-CCCC-DDDD"
    statuses = [c.get(url, environ_base={"REMOTE_ADDR": f"2001:db8:77:1::{i + 1:x}"}).status_code for i in range(4)]
    assert statuses == [404, 404, 404, 429]
    assert c.get(url, environ_base={"REMOTE_ADDR": "2001:db8:77:1:abcd:ef01:2345:6789"}).status_code == 429
    assert c.get(url, environ_base={"REMOTE_ADDR": "2001:db8:77:2::1"}).status_code == 404  # the next /64
    # IPv4-mapped addresses count as the IPv4 address they carry.
    for _ in range(3):
        c.get(url, environ_base={"REMOTE_ADDR": "198.51.100.9"})
    assert c.get(url, environ_base={"REMOTE_ADDR": "::ffff:198.51.100.9"}).status_code == 429


def test_client_network_units():
    from portal.security import client_network

    assert client_network("2001:db8:1:2:3:4:5:6") == "2001:db8:1:2::/64"
    assert client_network("2001:db8:1:2::9%eth0") == "2001:db8:1:2::/64"
    assert client_network("::ffff:192.0.2.1") == "192.0.2.1"
    assert client_network("192.0.2.1") == "192.0.2.1"
    assert client_network(None) == "-" and client_network("onzin") == "onzin"
