"""The resident's status page (issue 12): everything it showed before, in a fixed number of queries.

The page reads the request (with its theme and its status steps, one statement) and its agreements (left out when
it has none): at most two statements whatever the length of the history, and no lazy loads while the template
renders. It reads only the request's columns it shows (never the contact details or the resident's own text). The
control-question form (and with it a session cookie for its CSRF token) is only made when the question is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from sqlalchemy import event, select

from portal.extensions import db
from portal.models import Department, Request, User
from portal.services import requests as svc
from tests.conftest import csrf_token

GOOD = {
    "what_happened": "Mijn parkeervergunning is afgewezen, maar ik woon hier al tien jaar.",
    "desired_outcome": "Een nieuwe beoordeling van mijn aanvraag.",
    "theme": "parkeren",
    "contact_name": "Ingrid Test",
    "contact_email": "ingrid@example.org",
    "contact_phone": "06 12345678",
    "contact_preference": "email",
}


@contextmanager
def statements(server: Flask) -> Iterator[list[str]]:
    """The SQL statements the serving app runs inside the block."""
    seen: list[str] = []
    with server.app_context():
        engine = db.engine

    def record(conn: object, cursor: object, statement: str, *rest: object) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def submit(client, sub: str) -> str:
    data = {**GOOD, "csrf_token": csrf_token(client), "submission_id": sub}
    location = client.post("/verzoek/nieuw", data=data).headers["Location"]
    return location.rsplit("/", 1)[0]


def worked(sub: str, agreements: int) -> Request:
    req = db.session.execute(select(Request).where(Request.submission_id == sub)).scalar_one()
    actor = db.session.execute(select(User).where(User.email == "admin@test.nl")).scalar_one()
    dept = db.session.execute(select(Department).limit(1)).scalar_one()
    svc.transition(req, "in_verkenning", actor, note="Interne notitie: mevrouw belde boos")
    svc.transition(req, "in_afstemming", actor)
    svc.log_contact(req, actor, dt.datetime(2026, 1, 5, 10), "telefoon", "bewoner", "Gesprek", True)
    for i in range(agreements):
        svc.add_agreement(
            req, actor, f"Toezegging nummer {i + 1}.", dept.id if i % 2 else None, "teamleider", dt.date(2026, 2, i + 1)
        )
    return req


def test_status_page_shows_history_agreements_and_theme_in_two_queries(client, server):
    url = submit(client, "sp-1")
    worked("sp-1", agreements=4)
    with statements(server) as seen:
        page = client.get(url)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2, selects  # request + theme + status steps, agreements: no lazy loads
    assert "contact_email" not in selects[0] and "what_happened" not in selects[0]  # nothing personal is read
    for text in ("Ontvangen", "In verkenning", "In afstemming", "Parkeren", "Afspraak gemaakt", "De gemeente"):
        assert text in html, text
    for i in range(4):
        assert f"Toezegging nummer {i + 1}." in html
    dept = db.session.execute(select(Department).limit(1)).scalar_one()
    assert dept.name in html  # the agreement with a department names it
    assert "Interne notitie" not in html and "Ingrid" not in html and "06 12345678" not in html
    assert page.headers["Cache-Control"] == "no-store"


def test_longer_history_costs_no_more_queries(client, server):
    url = submit(client, "sp-2")
    req = worked("sp-2", agreements=1)
    with statements(server) as before:
        assert client.get(url).status_code == 200
    actor = db.session.execute(select(User).where(User.email == "admin@test.nl")).scalar_one()
    for _ in range(3):
        svc.transition(req, "in_verkenning", actor)
        svc.transition(req, "in_afstemming", actor)
    with statements(server) as after:
        page = client.get(url)
    assert page.get_data(as_text=True).count("In afstemming") >= 4
    assert len(after) == len(before)


def test_control_form_only_when_asked(client, server):
    url = submit(client, "sp-3")
    open_page = server.test_client().get(url)  # a fresh visitor without a session
    assert open_page.status_code == 200
    assert "controlevraag" not in open_page.get_data(as_text=True)
    assert "Set-Cookie" not in open_page.headers  # no form, no CSRF token, no session cookie
    req = worked("sp-3", agreements=0)
    actor = db.session.execute(select(User).where(User.email == "admin@test.nl")).scalar_one()
    svc.transition(req, "opgelost", actor, outcome="opgelost", outcome_summary="Er komt een nieuwe beoordeling.")
    asked = server.test_client().get(url)
    html = asked.get_data(as_text=True)
    assert asked.status_code == 200 and 'id="controlevraag"' in html and "csrf_token" in html
    assert "Er komt een nieuwe beoordeling." in html


def test_unknown_and_malformed_codes_stay_404(client):
    for code in ("VTA-0000-0000-0000-0000", "x" * 300, "<script>", "VTA-ÄÄÄÄ-0000-0000-0000"):
        assert client.get(f"/verzoek/{code}").status_code == 404
    assert client.get("/verzoek/%00").status_code == 400  # the trust layer refuses NUL before any view


def test_without_agreements_the_agreements_query_is_left_out(client, server):
    url = submit(client, "sp-5")
    worked("sp-5", agreements=0)
    with statements(server) as seen:
        page = client.get(url)
    assert page.status_code == 200
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1, selects  # request (+ theme, + whether it has agreements, + status steps)
    html = page.get_data(as_text=True)
    assert "In afstemming" in html and "Afspraak gemaakt" not in html
    req = db.session.execute(select(Request).where(Request.submission_id == "sp-5")).scalar_one()
    actor = db.session.execute(select(User).where(User.email == "admin@test.nl")).scalar_one()
    svc.add_agreement(req, actor, "Een late toezegging.", None, "teamleider", dt.date(2026, 3, 1))
    with statements(server) as seen:
        html = client.get(url).get_data(as_text=True)
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 2
    assert "Een late toezegging." in html  # nothing kept between requests: the new agreement shows at once


def test_status_request_refuses_columns_it_did_not_read(client, server):
    """A template that needs another column gets an error in the tests, not an empty value in production."""
    import pytest

    from portal.services import statuspage

    url = submit(client, "sp-6")
    with server.test_request_context(url):
        req, events = statuspage.load(url.rsplit("/", 1)[1])
        assert req.status == "ontvangen" and req.theme.name == "Parkeren" and events[0].title == "Ontvangen"
        with pytest.raises(RuntimeError, match="statuspage.COLUMNS"):
            _ = req.contact_email
        with pytest.raises(AttributeError):
            req.status = "opgelost"
        assert not hasattr(req, "__html__")  # Jinja's and Markup's protocol checks still see a plain object
