"""An admin changes an account in the back office: name, e-mail, role, password; audited, sessions end."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.auth import verify_password
from portal.extensions import db
from portal.models import AuditEntry, User
from tests.conftest import PASSWORD, csrf_token, login, user

NEW_PASSWORD = "een heel nieuw wachtwoord"


def _url(u: User) -> str:
    return f"/bemiddeling/beheer/gebruikers/{u.id}/wijzigen"


def _changes(u: User) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(
        AuditEntry.action == "user.change", AuditEntry.object_type == "User", AuditEntry.object_id == str(u.id)
    )
    return list(db.session.execute(stmt).scalars())


def _form(client: FlaskClient, u: User, **fields: str) -> dict[str, str]:
    data = {"csrf_token": csrf_token(client, _url(u)), "name": u.name, "email": u.email, "role": u.role}
    data.update(fields)
    return data


def test_admin_changes_name_and_role_audited(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    mo = user("med1@test.nl")
    page = client.get("/bemiddeling/beheer/gebruikers").get_data(as_text=True)
    assert _url(mo) in page and "Wijzigen" in page
    response = client.post(_url(mo), data=_form(client, mo, name="Mo Bemiddelaar", role="admin"))
    assert response.status_code == 302 and response.headers["Location"].endswith("/bemiddeling/beheer/gebruikers")
    db.session.expire_all()
    mo = user("med1@test.nl")
    assert (mo.name, mo.role) == ("Mo Bemiddelaar", "admin")
    (entry,) = _changes(mo)
    assert "name" in str(entry.detail) and "role" in str(entry.detail) and PASSWORD not in str(entry.detail)


def test_new_email_and_password_end_the_accounts_sessions(server: Flask, client: FlaskClient) -> None:
    mediator = server.test_client()
    login(mediator)
    assert mediator.get("/bemiddeling/").status_code == 200
    login(client, "admin@test.nl")
    mo = user("med1@test.nl")
    response = client.post(_url(mo), data=_form(client, mo, email="Mo@Nieuw.nl", password=NEW_PASSWORD))
    assert response.status_code == 302
    assert mediator.get("/bemiddeling/").status_code == 302  # the old session no longer works
    db.session.expire_all()
    mo = user("mo@nieuw.nl")
    assert verify_password(mo, NEW_PASSWORD)
    assert login(server.test_client(), "mo@nieuw.nl", NEW_PASSWORD).status_code == 302
    assert NEW_PASSWORD not in str(_changes(mo)[0].detail)


def test_unchanged_form_writes_nothing(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    mo = user("med1@test.nl")
    response = client.post(_url(mo), data=_form(client, mo), follow_redirects=True)
    assert "Er was niets veranderd" in response.get_data(as_text=True)
    assert _changes(mo) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "Dit veld is verplicht"),
        ({"name": "x" * 121}, ""),
        ({"email": "geen-adres"}, "geen geldig e-mailadres"),
        ({"email": "med2@test.nl"}, "al een account"),
        ({"email": "MED2@TEST.NL"}, "al een account"),
        ({"role": "god"}, ""),
        ({"role": ""}, ""),
        ({"password": "kort"}, "Minstens 12 tekens"),
        ({"email": "<script>alert(1)</script>@x.nl"}, "geen geldig e-mailadres"),
    ],
)
def test_bad_input_is_a_dutch_400_and_changes_nothing(client: FlaskClient, fields: dict, message: str) -> None:
    login(client, "admin@test.nl")
    mo = user("med1@test.nl")
    before = (mo.name, mo.email, mo.role, mo.password_hash)
    response = client.post(_url(mo), data=_form(client, mo, **fields))
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert message in body and "<script>alert" not in body
    db.session.expire_all()
    mo = user("med1@test.nl")
    assert (mo.name, mo.email, mo.role, mo.password_hash) == before
    assert _changes(mo) == []


def test_control_characters_in_a_name_are_removed(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    mo = user("med1@test.nl")
    assert client.post(_url(mo), data=_form(client, mo, name="Mo\x00Bemiddelaar\r\nX")).status_code == 302
    db.session.expire_all()
    assert user("med1@test.nl").name == "MoBemiddelaar X"  # NUL dropped by the form, the line break a space


def test_the_last_admin_cannot_demote_themself(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    ada = user("admin@test.nl")
    response = client.post(_url(ada), data=_form(client, ada, role="mediator"))
    assert response.status_code == 400 and "minstens één actieve beheerder" in response.get_data(as_text=True)
    db.session.expire_all()
    assert user("admin@test.nl").role == "admin"


def test_own_new_password_asks_to_log_in_again(client: FlaskClient) -> None:
    login(client, "admin@test.nl")
    ada = user("admin@test.nl")
    response = client.post(_url(ada), data=_form(client, ada, password=NEW_PASSWORD))
    assert response.status_code == 302 and response.headers["Location"].endswith("/bemiddeling/inloggen")
    assert client.get("/bemiddeling/beheer/gebruikers").status_code == 302
    assert login(client, "admin@test.nl", NEW_PASSWORD).status_code == 302


def test_only_admins_without_csrf_or_with_odd_ids(server: Flask, client: FlaskClient) -> None:
    mo = user("med1@test.nl")
    assert client.get(_url(mo)).status_code == 302  # not logged in: to the log-in page
    login(client)
    assert client.get(_url(mo)).status_code == 403
    admin = server.test_client()
    login(admin, "admin@test.nl")
    form = _form(admin, mo, name="Zonder token")
    del form["csrf_token"]
    assert admin.post(_url(mo), data=form).status_code == 400
    assert admin.get("/bemiddeling/beheer/gebruikers/" + "9" * 20 + "/wijzigen").status_code == 404
    assert admin.get("/bemiddeling/beheer/gebruikers/999999/wijzigen").status_code == 404
    db.session.expire_all()
    assert user("med1@test.nl").name == "Mo Mediator"
