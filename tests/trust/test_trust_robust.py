"""Hostile input the adversarial pass found (issue 13): NUL bytes, non-ASCII digits, huge ids, year-1 dates and
line breaks in `next=`. Every one must give a 4xx with a Dutch message, on SQLite and PostgreSQL, and store nothing.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Agreement, Contact, Request
from tests.conftest import csrf_token, login
from tests.trust import strategies as S
from tests.trust.trust_support import STORY, code_of, request_by_submission, submit

FAST = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DUTCH = ("Er ging iets mis", "Pagina niet gevonden", "niet", "Ongeldig", "klopt", "Wij vinden geen", "verplicht")


def dutch_4xx(response: TestResponse, *codes: int) -> None:
    assert 400 <= response.status_code < 500, response.status_code
    if codes:
        assert response.status_code in codes, response.status_code
    body = response.get_data(as_text=True)
    if response.mimetype == "application/json":
        assert response.get_json()["status"] == response.status_code
    else:
        assert 'lang="nl"' in body and any(word in body for word in DUTCH), body[:300]


def ensure_login(client: FlaskClient, email: str = "med1@test.nl") -> None:
    """Log in once per test (hypothesis reuses the client across examples)."""
    if client.get("/bemiddeling/inloggen").status_code == 200:
        login(client, email)


def count(model: type[Request] = Request) -> int:
    return db.session.execute(select(func.count(model.id))).scalar_one()


# --- NUL bytes, anonymous and logged in ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/verzoek/VTA%00",
        "/kennisbank/KB%00x",
        "/verzoek/%00/gegevens",
        "/kennisbank?q=a%00b",
        "/api/v1/knowledge?q=%00",
        "/verzoek/?code=%00",
        "/verantwoording/kwartaal/2026-Q%00",
        "/bemiddeling/inloggen?next=%00",
    ],
)
def test_nul_bytes_in_paths_and_queries_are_a_dutch_400(client: FlaskClient, path: str) -> None:
    dutch_4xx(client.get(path))


def test_nul_bytes_in_the_resident_form_never_fail_and_are_never_stored(client: FlaskClient) -> None:
    """Free text drops the invisible character (as the forms did before); other fields are refused or, if a NUL
    would reach PostgreSQL, the DataError handler answers 400 in Dutch. Never a 500, never a NUL in text."""
    for field in ("what_happened", "desired_outcome", "contact_name", "contact_email", "theme", "submission_id"):
        response = submit(client, f"nul-{field}", **{field: STORY.get(field, "x") + "\x00 en verder"})
        assert response.status_code in (302, 400), (field, response.status_code)
        if response.status_code == 400:
            dutch_4xx(response, 400)
    for req in db.session.execute(select(Request)).scalars():
        for value in (req.what_happened, req.desired_outcome, req.contact_name, req.contact_email):
            assert "\x00" not in (value or "")
    assert count() >= 3  # the story, the outcome and the name survive without the invisible character


def test_nul_bytes_in_lookup_and_login(client: FlaskClient) -> None:
    dutch_4xx(client.post("/verzoek/", data={"csrf_token": csrf_token(client, "/verzoek/"), "code": "VTA\x00"}), 400)
    token = csrf_token(client, "/bemiddeling/inloggen")
    dutch_4xx(
        client.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": "a\x00@test.nl", "password": "x\x00"}),
        400,
    )
    dutch_4xx(client.post("/bemiddeling/inloggen", data={"csrf_token\x00": token, "email\x00": "a@test.nl"}), 400)


def test_nul_bytes_in_back_office_forms(client: FlaskClient) -> None:
    code_of(submit(client, "bo-nul"))
    req = request_by_submission("bo-nul")
    login(client)
    token = csrf_token(client, f"/bemiddeling/verzoek/{req.id}")
    response = client.post(
        f"/bemiddeling/verzoek/{req.id}/contact",
        data={
            "k-csrf_token": token,
            "k-at": "2026-11-01T10:00",
            "k-channel": "telefoon\x00",
            "k-participants": "a\x00b",
            "k-summary": "samen\x00vatting",
            "k-official": "\x00",
        },
    )
    assert response.status_code in (302, 400)
    assert all("\x00" not in c.summary + c.participants for c in db.session.execute(select(Contact)).scalars())
    dutch_4xx(
        client.post(
            f"/bemiddeling/verzoek/{req.id}/indeling",
            data={"c-csrf_token": token, "c-theme": "9\x00" * 12, "c-department": "²\x00"},
        ),
        400,
    )


# --- the back office: filters, ids, dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "thema=²",
        "thema=٣",
        "thema=５",
        "thema=" + "9" * 20,
        "pagina=²",
        "pagina=" + "9" * 20,
        "bemiddelaar=abc",
        "bemiddelaar=" + "9" * 20,
        "bemiddelaar=²",
        "status=%00",
        "thema=-1",
    ],
)
def test_bad_queue_filters_are_a_dutch_400(client: FlaskClient, query: str) -> None:
    login(client)
    dutch_4xx(client.get(f"/bemiddeling/?{query}"), 400)


@pytest.mark.parametrize(
    "path",
    [
        "/bemiddeling/verzoek/" + "9" * 20,
        "/bemiddeling/verzoek/2147483648",
        "/bemiddeling/afspraak/" + "9" * 20 + "/stand",
        "/bemiddeling/beheer/gebruikers/" + "9" * 20 + "/actief",
        "/bemiddeling/beheer/audit?pagina=" + "9" * 20,
    ],
)
def test_huge_ids_are_a_dutch_404(client: FlaskClient, path: str) -> None:
    login(client, "admin@test.nl")
    token = csrf_token(client, "/bemiddeling/")
    response = client.post(path, data={"csrf_token": token}) if path.endswith(("stand", "actief")) else client.get(path)
    dutch_4xx(response, 400, 404)


@pytest.mark.parametrize("at", ["0001-01-01T00:00", "0001-01-01T00:30", "9999-12-31T23:59"])
def test_year_one_and_year_9999_contact_dates_are_a_dutch_400(client: FlaskClient, at: str) -> None:
    code_of(submit(client, "bo-date"))
    req = request_by_submission("bo-date")
    login(client)
    token = csrf_token(client, f"/bemiddeling/verzoek/{req.id}")
    dutch_4xx(
        client.post(
            f"/bemiddeling/verzoek/{req.id}/contact",
            data={
                "k-csrf_token": token,
                "k-at": at,
                "k-channel": "telefoon",
                "k-participants": "bewoner",
                "k-summary": "Gesprek gevoerd.",
                "k-official": "",
            },
        ),
        400,
    )
    dutch_4xx(
        client.post(
            f"/bemiddeling/verzoek/{req.id}/afspraak",
            data={
                "a-csrf_token": token,
                "a-description": "Nieuwe beoordeling",
                "a-department": "",
                "a-promised_by_role": "teamleider",
                "a-official": "",
                "a-due": at[:10],
            },
        ),
        400,
    )
    assert count(Contact) == 0 and count(Agreement) == 0


@pytest.mark.parametrize(
    "target",
    [
        "/bemiddeling/\nSet-Cookie: x=1",
        "/bemiddeling/%0d%0aX: y",
        "/bemiddeling/\r\n",
        "/bemiddeling/\x00",
        "/bemiddeling/\u2028",
    ],
)
def test_next_with_a_line_break_after_log_in_goes_to_the_queue(client: FlaskClient, target: str) -> None:
    token = csrf_token(client, "/bemiddeling/inloggen")
    from tests.conftest import PASSWORD

    response = client.post(
        "/bemiddeling/inloggen?next=" + quote(target, safe=""),
        data={"csrf_token": token, "email": "med1@test.nl", "password": PASSWORD},
    )
    if response.status_code == 302:
        location = response.headers["Location"]
        assert "\n" not in location and "\r" not in location and location.endswith("/bemiddeling/")
    else:
        dutch_4xx(response, 400)


# --- hypothesis: the same classes of input, generated -----------------------------------------------------


@FAST
@given(value=S.nasty_number, key=st.sampled_from(["thema", "pagina", "bemiddelaar", "status"]))
def test_queue_filters_never_fail(client: FlaskClient, value: str, key: str) -> None:
    ensure_login(client)
    response = client.get("/bemiddeling/", query_string={key: value})
    assert response.status_code in (200, 400), (key, value, response.status_code)


@FAST
@given(segment=S.nasty_text | S.nasty_number)
def test_paths_never_fail(client: FlaskClient, segment: str) -> None:
    encoded = quote(segment, safe="")
    for path in (
        f"/verzoek/{encoded}",
        f"/verzoek/{encoded}/gegevens",
        f"/kennisbank/{encoded}",
        f"/bemiddeling/verzoek/{encoded}",
        f"/verantwoording/jaar/{encoded}",
    ):
        response = client.get(path)
        assert response.status_code < 500, (path, response.status_code)


@FAST
@given(what=S.nasty_text, name=S.nasty_text, theme=S.nasty_text | S.nasty_number)
def test_resident_form_with_nasty_text_never_fails(client: FlaskClient, what: str, name: str, theme: str) -> None:
    before = count()
    data = {
        **STORY,
        "what_happened": STORY["what_happened"] + what,
        "contact_name": name,
        "theme": theme,
        "csrf_token": csrf_token(client),
        "submission_id": uuid.uuid4().hex,
    }
    response = client.post("/verzoek/nieuw", data=data)
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        assert count() == before


@FAST
@given(at=S.extreme_datetimes, due=S.extreme_dates | S.nasty_number)
def test_back_office_dates_never_fail(client: FlaskClient, at: str, due: str) -> None:
    if not db.session.execute(select(Request.id)).first():
        code_of(submit(client, "bo-fuzz"))
    req = request_by_submission("bo-fuzz")
    ensure_login(client)
    token = csrf_token(client, f"/bemiddeling/verzoek/{req.id}")
    r1 = client.post(
        f"/bemiddeling/verzoek/{req.id}/contact",
        data={
            "k-csrf_token": token,
            "k-at": at,
            "k-channel": "telefoon",
            "k-participants": "bewoner",
            "k-summary": "Gesprek.",
            "k-official": "",
        },
    )
    r2 = client.post(
        f"/bemiddeling/verzoek/{req.id}/afspraak",
        data={
            "a-csrf_token": token,
            "a-description": "Beoordeling",
            "a-department": "",
            "a-promised_by_role": "x",
            "a-official": "",
            "a-due": due,
        },
    )
    assert r1.status_code in (302, 400) and r2.status_code in (302, 400), (at, due, r1.status_code, r2.status_code)


# --- every page without path arguments, logged in as admin, with hostile query strings --------------------

KEYS = [
    "q",
    "thema",
    "theme",
    "status",
    "pagina",
    "page",
    "per_page",
    "jaar",
    "year",
    "bemiddelaar",
    "afdeling",
    "department",
    "outcome",
    "uitkomst",
    "kwartaal",
    "sort",
    "van",
    "tot",
    "datum",
    "from",
    "to",
    "next",
    "soort",
]


def _plain_get_routes(app: Flask) -> list[str]:
    return sorted(
        {
            r.rule
            for r in app.url_map.iter_rules()
            if "GET" in r.methods
            and not r.arguments
            and not r.rule.startswith("/static")
            and "uitloggen" not in r.rule
            and r.rule != "/healthz"
        }
    )


@FAST
@given(params=st.dictionaries(st.sampled_from(KEYS), S.nasty_number | S.nasty_text | S.extreme_dates, max_size=4))
def test_no_page_fails_on_hostile_query_strings(client: FlaskClient, server: Flask, params: dict[str, str]) -> None:
    ensure_login(client, "admin@test.nl")
    for rule in _plain_get_routes(server):
        response = client.get(rule, query_string=params)
        assert response.status_code < 500, (rule, params, response.status_code)
