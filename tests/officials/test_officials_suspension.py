"""Opschorting: paused working days (weekends and Dutch holidays excluded) do not count toward the deadlines."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.extensions import db
from portal.filters import dutch_date
from portal.models import AuditEntry, Request
from portal.models_officials import Suspension
from portal.services import suspension
from portal.services.requests import DomainError
from tests.conftest import csrf_token, user
from tests.officials.conftest import new_request


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (dt.date(2026, 12, 2), dt.date(2026, 12, 2), 0),  # same day: nothing moves
        (dt.date(2026, 12, 4), dt.date(2026, 12, 7), 1),  # Friday to Monday
        (dt.date(2026, 12, 23), dt.date(2027, 1, 4), 6),  # Christmas and New Year's Day excluded
        (dt.date(2026, 4, 24), dt.date(2026, 4, 28), 1),  # King's Day (Monday 27 April) excluded
        (dt.date(2026, 5, 13), dt.date(2026, 5, 15), 1),  # Ascension Day (14 May) excluded
        (dt.date(2026, 5, 22), dt.date(2026, 5, 26), 1),  # Whit Monday (25 May) excluded
    ],
)
def test_paused_workdays_skip_weekends_and_dutch_holidays(start: dt.date, end: dt.date, days: int) -> None:
    assert suspension.paused_workdays(start, end) == days


def test_shift_moves_deadline_over_holidays() -> None:
    assert suspension.shift(dt.date(2027, 1, 5), 6) == dt.date(2027, 1, 13)
    assert suspension.shift(dt.date(2026, 12, 24), 1) == dt.date(2026, 12, 28)  # over Christmas and a weekend
    assert suspension.shift(dt.date(2026, 12, 24), 0) == dt.date(2026, 12, 24)


def test_pause_and_resume_move_the_deadlines(app: Flask) -> None:
    req, _ = new_request()
    req.first_contact_at = dt.datetime(2026, 12, 21, 9)
    req.first_contact_due = dt.date(2026, 12, 22)
    req.resolution_due = dt.date(2027, 1, 5)
    db.session.commit()
    mediator = user("med1@test.nl")
    suspension.start(req, mediator, "Wij wachten op de brief die u zou sturen.", now=dt.datetime(2026, 12, 23, 10))
    assert req.paused_since is not None
    # While paused, the deadline shown is the one it would be if the clock restarted today.
    assert suspension.effective_due(req, req.resolution_due, today=dt.date(2027, 1, 4)) == dt.date(2027, 1, 13)
    with pytest.raises(DomainError):
        suspension.start(req, mediator, "Nog een keer.")
    days = suspension.end(req, mediator, now=dt.datetime(2027, 1, 4, 15))
    assert days == 6
    assert req.resolution_due == dt.date(2027, 1, 13)
    assert req.first_contact_due == dt.date(2026, 12, 22)  # first contact was already made: that one is done
    assert req.paused_since is None
    pause = db.session.execute(select(Suspension)).scalar_one()
    assert pause.workdays == 6 and pause.ended_by_id == mediator.id
    entry = db.session.execute(select(AuditEntry).where(AuditEntry.action == "request.resume")).scalar_one()
    assert entry.detail["before"] == ["2026-12-22", "2027-01-05"]
    assert entry.detail["after"] == ["2026-12-22", "2027-01-13"]
    with pytest.raises(DomainError):
        suspension.end(req, mediator)


def test_first_contact_deadline_moves_when_still_open(app: Flask) -> None:
    req, _ = new_request()
    req.first_contact_due = dt.date(2026, 12, 24)
    req.resolution_due = dt.date(2027, 2, 1)
    db.session.commit()
    mediator = user("med1@test.nl")
    suspension.start(req, mediator, "Wij wachten op uw telefoonnummer.", now=dt.datetime(2026, 12, 24, 8))
    suspension.end(req, mediator, now=dt.datetime(2026, 12, 29, 8))  # Christmas, weekend: 28 and 29 count
    assert req.first_contact_due == dt.date(2026, 12, 29)  # 24 Dec + 2 working days: 28, 29
    assert req.resolution_due == dt.date(2027, 2, 3)


def test_pause_through_the_back_office_and_status_page(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, code = new_request()
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    reason = "Wij wachten op de beschikking die u nog zou opsturen."
    response = staff.post(f"/bemiddeling/verzoek/{req.id}/opschorten", data={"csrf_token": token, "p-reason": reason})
    assert response.status_code == 302
    assert db.session.get(Request, req.id).paused_since is not None
    status = public.get(f"/verzoek/{code}").get_data(as_text=True)
    assert reason in status and "De bemiddelaar wacht op u" in status and "de termijn staat stil" in status
    page = staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "De termijn staat stil sinds" in page
    # Pausing twice is refused in Dutch.
    response = staff.post(f"/bemiddeling/verzoek/{req.id}/opschorten", data={"csrf_token": token, "p-reason": reason})
    assert response.status_code == 409 and "De termijn staat al stil." in response.get_data(as_text=True)
    # The resident answers by adding information: the clock runs again.
    data = {
        "csrf_token": csrf_token(public, "/verzoek/"),
        "message": "Hierbij de beschikking.",
        "bestanden": [(io.BytesIO(b"%PDF-1.4 x"), "beschikking.pdf")],
    }
    response = public.post(f"/verzoek/{code}/aanvullen", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Request, req.id).paused_since is None
    pause = db.session.execute(select(Suspension)).scalar_one()
    assert pause.ended_at is not None and pause.ended_by_id is None
    # Resuming when nothing is paused.
    response = staff.post(f"/bemiddeling/verzoek/{req.id}/hervatten", data={"csrf_token": token})
    assert response.status_code == 409 and "De termijn staat niet stil." in response.get_data(as_text=True)


def test_resume_through_the_back_office(app: Flask, staff: FlaskClient) -> None:
    req, _ = new_request()
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    staff.post(f"/bemiddeling/verzoek/{req.id}/opschorten", data={"csrf_token": token, "p-reason": "Wachten op u."})
    response = staff.post(f"/bemiddeling/verzoek/{req.id}/hervatten", data={"csrf_token": token})
    assert response.status_code == 302
    assert db.session.get(Request, req.id).paused_since is None
    assert staff.post(f"/bemiddeling/verzoek/{req.id}/hervatten", data={}).status_code == 400


@pytest.mark.parametrize("reason", ["", "  ", "x" * 5001, "\x00\x00"])  # NUL is removed, leaving nothing
def test_pause_bad_input(app: Flask, staff: FlaskClient, reason: str) -> None:
    req, _ = new_request()
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    response = staff.post(f"/bemiddeling/verzoek/{req.id}/opschorten", data={"csrf_token": token, "p-reason": reason})
    assert response.status_code == 400
    assert db.session.get(Request, req.id).paused_since is None
    assert db.session.execute(select(Suspension)).scalars().all() == []


def test_pause_refused_for_closed_and_unknown_requests(app: Flask, staff: FlaskClient, server: Flask) -> None:
    req, _ = new_request()
    req.status = "opgelost"
    db.session.commit()
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    response = staff.post(f"/bemiddeling/verzoek/{req.id}/opschorten", data={"csrf_token": token, "p-reason": "Wacht."})
    assert response.status_code == 409 and "Alleen bij een lopend verzoek" in response.get_data(as_text=True)
    assert staff.post("/bemiddeling/verzoek/999999/opschorten", data={"csrf_token": token}).status_code == 404
    anonymous = server.test_client()
    assert anonymous.post(f"/bemiddeling/verzoek/{req.id}/opschorten", data={}).status_code in (302, 400)


def test_queue_and_request_page_show_the_shifted_deadline_during_a_pause(app: Flask, staff: FlaskClient) -> None:
    req, _ = new_request()
    req.first_contact_due = dt.date(2026, 1, 5)  # long past: overdue without the pause
    db.session.commit()
    queue = staff.get("/bemiddeling/").get_data(as_text=True)
    assert "Te laat" in queue
    suspension.start(req, user("med1@test.nl"), "Wij wachten op uw gegevens.", now=dt.datetime(2026, 1, 2, 9))
    expected = suspension.effective_due(req, dt.date(2026, 1, 5))
    assert expected > dt.date(2026, 1, 5)
    for page in (
        staff.get("/bemiddeling/").get_data(as_text=True),
        staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True),
    ):
        assert "Termijn staat stil" in page
        row = page[page.index("Termijn staat stil") - 400 : page.index("Termijn staat stil")]
        assert "Te laat" not in page[page.index("Termijn staat stil") : page.index("Termijn staat stil") + 120]
        assert dutch_date(expected) in row and dutch_date(dt.date(2026, 1, 5)) not in row
