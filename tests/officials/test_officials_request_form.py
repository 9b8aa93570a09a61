"""An official asks for an afstemming through a form of their own: channel "ambtenaar", bad input refused."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEntry, Department, Official, Request
from portal.models_officials import OfficialRequest
from tests.conftest import csrf_token
from tests.officials.conftest import mails, staff_client

URL = "/ambtenaar/verzoek"


def _form(client: FlaskClient, **overrides: str) -> dict[str, str]:
    page = client.get(URL).get_data(as_text=True)
    submission = re.search(r'name="submission_id"[^>]*value="([^"]+)"', page).group(1)
    department = db.session.execute(select(Department).order_by(Department.id)).scalars().first()
    data = {
        "csrf_token": csrf_token(client, URL),
        "submission_id": submission,
        "official_name": "Bram Beleid",
        "official_role": "medewerker vergunningen",
        "department": str(department.id),
        "official_email": "b.beleid@gemeente.nl",
        "situation": "De bewoner wacht al maanden op een besluit over een dakkapel.",
        "desired_outcome": "Een gesprek met de bewoner en de afdeling.",
        "resident_agreed": "ja",
        "resident_name": "Kees Bewoner",
        "resident_email": "kees@voorbeeld.nl",
        "resident_phone": "",
    }
    data.update(overrides)
    return data


def _count() -> int:
    return db.session.execute(select(func.count(Request.id))).scalar_one()


def test_official_submits_and_request_is_registered(app: Flask, server: Flask, public: FlaskClient) -> None:
    page = public.get(URL)
    assert page.status_code == 200 and "Afstemming aanvragen als ambtenaar" in page.get_data(as_text=True)
    data = _form(public)
    response = public.post(URL, data=data)
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and "Geef deze code aan de bewoner" in text
    code = re.search(r'<p class="code"[^>]*>([^<]+)</p>', text).group(1)
    req = db.session.execute(select(Request)).scalar_one()
    assert req.channel == "ambtenaar" and req.contact_email == "kees@voorbeeld.nl"
    assert req.department_id == int(data["department"])
    asked = db.session.execute(select(OfficialRequest)).scalar_one()
    official = db.session.get(Official, asked.official_id)
    assert asked.resident_agreed and asked.request_id == req.id
    assert (official.name, official.email, official.role) == (
        "Bram Beleid",
        "b.beleid@gemeente.nl",
        "medewerker vergunningen",
    )
    assert "official.request" in [a.action for a in db.session.execute(select(AuditEntry)).scalars()]
    # The official gets a confirmation without the resident's code; the code works for the resident.
    receipt = mails("official_receipt")
    assert [m.to_addr for m in receipt] == ["b.beleid@gemeente.nl"] and code not in receipt[0].body_text
    assert public.get(f"/verzoek/{code}").status_code == 200
    # Replaying the same form registers nothing new.
    again = public.post(URL, data=data)
    assert again.status_code == 200 and _count() == 1
    assert len(db.session.execute(select(OfficialRequest)).scalars().all()) == 1
    # The mediator sees who asked.
    staff = staff_client(server)
    assert "Bram Beleid" in staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)


def test_without_agreement_no_resident_details(app: Flask, public: FlaskClient) -> None:
    response = public.post(URL, data=_form(public, resident_agreed="nee"))
    assert response.status_code == 400
    assert "alleen gegevens van de bewoner door als de bewoner het goed vindt" in response.get_data(as_text=True)
    response = public.post(URL, data=_form(public, resident_agreed="nee", resident_name="", resident_email=""))
    assert response.status_code == 200 and "Zonder toestemming van de bewoner" in response.get_data(as_text=True)
    assert db.session.execute(select(OfficialRequest)).scalar_one().resident_agreed is False


@pytest.mark.parametrize(
    "overrides",
    [
        {"official_name": ""},
        {"official_email": ""},
        {"official_email": "geen adres"},
        {"official_email": "a@b.nl\r\nBcc: x@evil.nl"},
        {"department": ""},
        {"department": "999999"},
        {"department": "abc"},
        {"situation": ""},
        {"situation": "kort"},
        {"situation": "x" * 5001},
        {"desired_outcome": ""},
        {"resident_agreed": ""},
        {"resident_agreed": "misschien"},
        {"resident_phone": "12"},
        {"official_name": "x" * 121},
        {"csrf_token": "vervalst"},
    ],
)
def test_bad_input_is_refused_in_dutch(app: Flask, public: FlaskClient, overrides: dict[str, str]) -> None:
    response = public.post(URL, data=_form(public, **overrides))
    assert 400 <= response.status_code < 500
    text = response.get_data(as_text=True)
    assert any(word in text for word in ("verplicht", "geldig", "Kies", "tekens", "formulier", "afdeling", "Hoogstens"))
    assert _count() == 0


def test_nul_bytes_and_script_tags(app: Flask, public: FlaskClient) -> None:
    # NUL bytes are removed from posted free text (the trust layer's rule): accepted, never stored.
    response = public.post(URL, data=_form(public, situation="Situatie met \x00 een NUL-byte erin."))
    assert response.status_code in (200, 302) and _count() == 1
    assert "\x00" not in db.session.execute(select(Request)).scalar_one().what_happened
    story = "De bewoner schreef <script>alert(1)</script> en 日本語 en emoji 🙂 in een brief."
    response = public.post(URL, data=_form(public, situation=story))
    assert response.status_code == 200 and "<script>alert(1)</script>" not in response.get_data(as_text=True)
    assert db.session.execute(select(Request).where(Request.what_happened == story)).scalar_one()


def test_work_address_domains(app: Flask, server: Flask, public: FlaskClient) -> None:
    server.config["OFFICIAL_MAIL_DOMAINS"] = "gemeente.nl, @voorbeeld.nl"
    response = public.post(URL, data=_form(public, official_email="iemand@gmail.com"))
    assert response.status_code == 400 and "e-mailadres van de gemeente" in response.get_data(as_text=True)
    assert public.post(URL, data=_form(public, official_email="x@afd.gemeente.nl")).status_code == 200
    assert _count() == 1


def test_submitting_is_rate_limited(app: Flask, server: Flask, public: FlaskClient) -> None:
    server.config["RATELIMIT_ENABLED"] = True
    server.config["RATELIMIT_SENSITIVE"] = "2/minute"
    statuses = [
        public.post(URL, data=_form(public, situation=f"Situatie nummer {i} van de bewoner.")).status_code
        for i in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_footer_links_to_the_officials_form(app: Flask, public: FlaskClient) -> None:
    assert 'href="/ambtenaar/verzoek"' in public.get("/").get_data(as_text=True)
