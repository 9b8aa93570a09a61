"""Learning points: mediators and admins create them and change status (audited); the public sees them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, Improvement
from tests.accountability.acc_helpers import dep_id
from tests.conftest import csrf_token, login

URL = "/bemiddeling/leerpunten"


def create(client, **overrides):
    data = {
        "title": "Bel eerst voordat een uitkering stopt",
        "description": "Na drie verzoeken over stopgezette uitkeringen.",
        "department": str(dep_id("Werk en inkomen")),
        "theme": "",
        "owner_role": "teamleider Inkomen",
        "due": "2026-12-31",
        **overrides,
    }
    return client.post(URL, data={"csrf_token": csrf_token(client, URL), **data})


def items():
    return db.session.execute(select(Improvement).order_by(Improvement.id)).scalars().all()


@pytest.mark.parametrize("email", ["med1@test.nl", "admin@test.nl"])
def test_staff_create_and_change_status_audited(client, email):
    login(client, email)
    assert create(client).status_code == 302
    item = items()[0]
    assert item.status == "gepland" and item.department.name == "Werk en inkomen"
    response = client.post(f"{URL}/{item.id}/status", data={"csrf_token": csrf_token(client, URL), "status": "gereed"})
    assert response.status_code == 302
    db.session.refresh(item)
    assert item.status == "gereed" and item.done_at is not None
    actions = db.session.execute(select(AuditEntry.action).where(AuditEntry.object_type == "Improvement")).scalars()
    assert set(actions) == {"improvement.create", "improvement.status"}
    public = client.get("/verantwoording").get_data(as_text=True)
    assert "Bel eerst voordat een uitkering stopt" in public and "Ja, op " in public  # done, with its date
    assert client.get("/api/v1/accountability").get_json()["improvements"][0]["status"] == "gereed"


@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"title": ""}, "verplicht"),
        ({"title": "x" * 301}, "Hoogstens 300"),
        ({"owner_role": ""}, "verplicht"),
        ({"department": "999999"}, "Kies een afdeling uit de lijst"),
        ({"department": "abc"}, "Kies een afdeling uit de lijst"),
        ({"theme": "1e99"}, "Kies een thema uit de lijst"),
        ({"due": "morgen"}, "geen geldige datum"),
        ({"request_number": "999999"}, "Dit verzoeknummer bestaat niet"),
        ({"request_number": "abc"}, "Dit verzoeknummer bestaat niet"),
        ({"request_number": "<script>"}, "Dit verzoeknummer bestaat niet"),
        ({"request_number": "1\x00"}, "Dit verzoeknummer bestaat niet"),
        ({"request_number": "９"}, "Dit verzoeknummer bestaat niet"),
        ({"request_number": "1" * 13}, "Hoogstens 12"),
    ],
)
def test_bad_input(client, overrides, message):
    login(client)
    response = create(client, **overrides)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert items() == []


def test_script_tags_are_escaped(client):
    login(client)
    create(client, title="<script>alert(1)</script> leerpunt")
    assert items()[0].title.startswith("<script>")
    page = client.get("/verantwoording").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_bad_status_and_unknown_item(client):
    login(client)
    create(client)
    item = items()[0]
    token = csrf_token(client, URL)
    assert client.post(f"{URL}/{item.id}/status", data={"csrf_token": token, "status": "weg"}).status_code == 400
    assert client.post(f"{URL}/99999/status", data={"csrf_token": token, "status": "gereed"}).status_code == 404
    assert client.post(f"{URL}/{item.id}/status", data={"status": "gereed"}).status_code == 400  # no CSRF
    db.session.refresh(item)
    assert item.status == "gepland"


def test_anonymous_is_sent_to_login(client):
    assert client.get(URL).status_code == 302
    assert client.post(f"{URL}/1/status", data={}).status_code in (302, 400)
    assert items() == []


def test_learning_point_links_its_request_and_pattern_internally(client):
    import datetime as dt

    from tests.accountability.acc_helpers import make_request, theme_id

    req = make_request(dt.datetime(2025, 3, 3, 10), theme="parkeren", department="Parkeren en handhaving")
    db.session.commit()
    login(client)
    response = create(client, request_number=f"#{req.id}", theme=str(theme_id("parkeren")))
    assert response.status_code == 302
    assert items()[0].request_id == req.id
    page = client.get(URL).get_data(as_text=True)
    assert f'href="/bemiddeling/verzoek/{req.id}"' in page
    assert f'href="/bemiddeling/?thema={theme_id("parkeren")}"' in page and "Patroon: parkeren (1 verzoek)" in page
    public = client.get("/verantwoording").get_data(as_text=True)
    assert f"/bemiddeling/verzoek/{req.id}" not in public and "Thema: Parkeren" in public  # no link to a case
    api = client.get("/api/v1/accountability").get_json()
    assert "request_id" not in api["improvements"][0]
