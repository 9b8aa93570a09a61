"""The service's contact details: an admin setting shown in the footer, on /over, on error pages and in mails."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import AuditEntry, Setting
from portal.services import contact, mail
from tests.conftest import csrf_token, login

URL = "/bemiddeling/beheer/contactgegevens"
GOOD = {
    "phone": "14 0123",
    "email": "bemiddeling@voorbeeld.example",
    "address": "Postbus 1234\n9999 ZZ Voorbeeldstad",
    "hours": "Maandag tot en met vrijdag, 9.00 tot 17.00 uur",
}


def save(client: FlaskClient, **over: str) -> TestResponse:
    return client.post(URL, data={"csrf_token": csrf_token(client, URL), **GOOD, **over})


def test_only_admins_edit_contact_details(client: FlaskClient) -> None:
    assert client.get(URL).status_code == 302  # to the log-in page
    login(client)
    assert client.get(URL).status_code == 403


def test_saved_details_show_in_footer_about_error_pages_and_mails(app: Flask, client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert "Contact met de bemiddeling:" not in page  # nothing set yet: no empty footer block
    login(client, "admin@test.nl")
    r = save(client, phone="0612345678")
    assert r.status_code == 302
    contact.forget()  # the test's own process caches too
    for url in ("/", "/over", "/kennisbank", "/bestaat-niet"):
        response = client.get(url)
        html = response.get_data(as_text=True)
        assert "bemiddeling@voorbeeld.example" in html and "0612345678" in html, url
        assert "Maandag tot en met vrijdag" in html, url
    about = client.get("/over").get_data(as_text=True)
    assert "Postbus 1234<br>9999 ZZ Voorbeeldstad" in about
    assert client.get("/bestaat-niet").status_code == 404
    row = mail.enqueue("a@example.org", "Test", "plain", {"text": "x"}, reason="r", kind="test")
    assert "Telefoon: 0612345678" in row.body_text and "Postbus 1234" in row.body_html
    assert mail.build_message(row)["Reply-To"] == "bemiddeling@voorbeeld.example"
    assert db.session.execute(select(AuditEntry).where(AuditEntry.action == "settings.contact")).scalar_one()


@pytest.mark.parametrize(
    "field,value",
    [
        ("phone", "bel mij maar"),
        ("phone", "1" * 60),
        ("email", "geen-adres"),
        ("email", "a@b.nl\r\nBcc: x@y.nl"),
        ("address", "x" * 300),
        ("hours", "<script>alert(1)</script>"),
        ("hours", "y" * 300),
    ],
)
def test_bad_contact_details_are_refused_in_dutch(client: FlaskClient, field: str, value: str) -> None:
    login(client, "admin@test.nl")
    r = save(client, **{field: value})
    assert r.status_code == 400
    assert "fout" in r.get_data(as_text=True)
    assert db.session.execute(select(Setting).where(Setting.key.startswith("contact."))).first() is None


def test_control_characters_are_cleaned_and_markup_is_escaped(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    assert save(client, address="Straat 1\x00\x07\n<b>1234 AB</b> Plaats", phone="").status_code in (302, 400)
    contact.forget()
    html = client.get("/over").get_data(as_text=True)
    assert "<b>1234 AB</b>" not in html
    assert "\x00" not in html


def test_replayed_and_tokenless_posts(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    assert client.post(URL, data=GOOD).status_code == 400  # no CSRF token
    assert save(client).status_code == 302
    assert save(client).status_code == 302  # saving the same twice is harmless
    rows = db.session.execute(select(Setting).where(Setting.key.startswith("contact."))).scalars().all()
    assert len(rows) == 4


def test_empty_fields_hide_the_details(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    save(client)
    assert save(client, phone="", email="", address="", hours="").status_code == 302
    contact.forget()
    assert "Contact met de bemiddeling:" not in client.get("/").get_data(as_text=True)
    assert "nog niet op deze site" in client.get("/over").get_data(as_text=True)
