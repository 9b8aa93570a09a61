"""Back-office accounts through portal.services.users: every change audited, refusals in Dutch, nothing lost.

Runs through the real thing: the service on the test database, the back-office pages with the test client, and
`flask create-user` as a real subprocess on its own data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from portal import create_app
from portal.auth import verify_password
from portal.extensions import db
from portal.models import AuditEntry, User
from portal.services import users
from tests.conftest import PASSWORD, csrf_token, login, user

ROOT = Path(__file__).resolve().parents[2]
LONG = "een lang genoeg wachtwoord"


def entries(action: str, obj: User | None = None) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
    if obj is not None:
        stmt = stmt.where(AuditEntry.object_type == "User", AuditEntry.object_id == str(obj.id))
    return list(db.session.execute(stmt).scalars())


def count_users() -> int:
    return db.session.execute(select(func.count(User.id))).scalar_one()


def test_create_is_audited_and_normalised(app):
    with app.app_context():
        admin = user("admin@test.nl")
        made = users.create(
            admin, email="  Ria@Voorbeeld.NL ", name=" Ria\x00 de  Vries\n", role="mediator", password=LONG
        )
        assert made.email == "ria@voorbeeld.nl" and made.name == "Ria de Vries" and made.role == "mediator"
        assert made.active and verify_password(made, LONG) and made.password_hash.startswith("$argon2")
        [entry] = entries("user.create", made)
        assert entry.actor_id == admin.id and entry.detail == {"role": "mediator"}
        assert LONG not in repr(entry.detail)


def test_duplicate_email_refused_in_dutch_and_nothing_changes(app):
    with app.app_context():
        before, audited = count_users(), len(entries("user.create"))
        with pytest.raises(users.UserError) as err:
            users.create(None, email="MED1@test.nl ", name="Dubbel", role="admin", password=LONG)
        assert str(err.value) == "Er is al een account met dit e-mailadres." and err.value.field == "email"
        assert count_users() == before and len(entries("user.create")) == audited
        # Changing an address to one another account has is refused the same way.
        med2 = user("med2@test.nl")
        with pytest.raises(users.UserError, match="al een account"):
            users.change(None, med2, email="med1@TEST.nl")
        db.session.refresh(med2)
        assert med2.email == "med2@test.nl"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"email": ""}, "email", "Vul een e-mailadres in."),
        ({"email": "geen-adres"}, "email", "geen geldig e-mailadres"),
        ({"email": "a\x00b@test.nl"}, "email", "geen geldig e-mailadres"),
        ({"email": "<script>@test.nl"}, "email", "geen geldig e-mailadres"),
        ({"email": "x" * 250 + "@test.nl"}, "email", "geen geldig e-mailadres"),
        ({"email": 12}, "email", "Vul een e-mailadres in."),
        ({"name": ""}, "name", "Vul een naam in."),
        ({"name": "\x00\n\t "}, "name", "Vul een naam in."),
        ({"name": "N" * 121}, "name", "te lang"),
        ({"name": None}, "name", "Vul een naam in."),
        ({"role": "root"}, "role", "Kies een bestaande rol"),
        ({"role": ""}, "role", "Kies een bestaande rol"),
        ({"role": ["admin"]}, "role", "Kies een bestaande rol"),
        ({"password": "kort"}, "password", "minstens 12 tekens"),
        ({"password": "x" * 501}, "password", "hoogstens 500 tekens"),
        ({"password": "twaalf tekens\x00lang"}, "password", "zonder stuurtekens"),
        ({"password": 123456789012345}, "password", "minstens 12 tekens"),
    ],
)
def test_bad_input_refused_with_dutch_message(app, fields, field, message):
    values = {"email": "nieuw@test.nl", "name": "Nieuw", "role": "mediator", "password": LONG, **fields}
    with app.app_context():
        before = count_users()
        with pytest.raises(users.UserError, match=message) as err:
            users.create(None, **values)
        assert err.value.field == field
        assert count_users() == before and not entries("user.create")


def test_unicode_names_and_script_tags_are_kept_as_text(app):
    with app.app_context():
        made = users.create(None, email="zoë@ëxample.nl", name="Zoë Çelik <script>", role="admin", password=LONG)
        assert made.email == "zoë@ëxample.nl" and made.name == "Zoë Çelik <script>"


def test_change_name_role_email_password_audited(app):
    with app.app_context():
        admin, med = user("admin@test.nl"), user("med1@test.nl")
        version = med.session_version
        assert users.change(admin, med, name="Mo Bemiddelaar") == ["name"]
        assert med.session_version == version  # a new name keeps the sessions
        assert users.change(admin, med, role="admin") == ["role"]
        assert users.change(admin, med, email="Mo@Test.nl", password="nog een lang wachtwoord") == [
            "email",
            "password",
        ]
        assert med.session_version == version + 1  # a new address or password ends every session
        assert users.change(admin, med, name="Mo Bemiddelaar", role="admin") == []  # nothing new: no entry
        db.session.expire_all()
        med = user("mo@test.nl")
        assert med.name == "Mo Bemiddelaar" and med.role == "admin"
        assert verify_password(med, "nog een lang wachtwoord") and not verify_password(med, PASSWORD)
        details = [e.detail for e in entries("user.change", med)]
        assert details == [
            {"fields": ["name"]},
            {"fields": ["role"], "before": "mediator", "after": "admin"},
            {"fields": ["email", "password"]},
        ]
        assert all(e.actor_id == admin.id for e in entries("user.change", med))
        assert "nog een lang" not in repr(details) and "argon2" not in repr(details)


def test_change_refuses_bad_input_and_keeps_the_account(app):
    with app.app_context():
        med = user("med1@test.nl")
        for kwargs in ({"name": ""}, {"email": "kapot"}, {"role": "baas"}, {"password": "kort"}):
            with pytest.raises(users.UserError):
                users.change(None, med, **kwargs)
        db.session.expire_all()
        med = user("med1@test.nl")
        assert med.name == "Mo Mediator" and med.role == "mediator" and verify_password(med, PASSWORD)
        assert not entries("user.change")


def test_last_active_admin_stays(app):
    with app.app_context():
        admin = user("admin@test.nl")
        with pytest.raises(users.UserError, match="minstens één actieve beheerder"):
            users.change(None, admin, role="mediator")
        with pytest.raises(users.UserError, match="minstens één actieve beheerder"):
            users.deactivate(None, admin)
        with pytest.raises(users.UserError, match="eigen account"):
            users.deactivate(admin, admin)
        db.session.refresh(admin)
        assert admin.role == "admin" and admin.active


def test_deactivate_audited_ends_sessions_and_keeps_the_account(app):
    with app.app_context():
        admin, med = user("admin@test.nl"), user("med2@test.nl")
        version = med.session_version
        assert users.deactivate(admin, med) is True
        assert users.deactivate(admin, med) is False  # already off: no second entry
        db.session.expire_all()
        med = user("med2@test.nl")
        assert not med.active and med.session_version == version + 1
        [entry] = entries("user.active", med)
        assert entry.actor_id == admin.id and entry.detail == {"active": False}
        assert users.set_active(admin, med, True) is True
        assert [e.detail for e in entries("user.active", med)] == [{"active": False}, {"active": True}]


def test_back_office_uses_the_service(client):
    login(client, "admin@test.nl")
    token = csrf_token(client, "/bemiddeling/beheer/gebruikers")
    form = {"csrf_token": token, "name": "Zoë", "email": "Zoe@Test.nl", "role": "mediator", "password": LONG}
    assert client.post("/bemiddeling/beheer/gebruikers", data=form).status_code == 302
    replayed = client.post("/bemiddeling/beheer/gebruikers", data=form)
    assert replayed.status_code == 400 and "Er is al een account met dit e-mailadres." in replayed.get_data(
        as_text=True
    )
    script = client.post("/bemiddeling/beheer/gebruikers", data={**form, "email": "<script>@x.nl"})
    assert script.status_code == 400 and "<script>@x.nl" not in script.get_data(as_text=True)
    zoe = user("zoe@test.nl")
    assert [e.actor_id for e in entries("user.create", zoe)] == [user("admin@test.nl").id]
    own = client.post(f"/bemiddeling/beheer/gebruikers/{user('admin@test.nl').id}/actief", data={"csrf_token": token})
    assert own.status_code == 302
    assert "eigen account niet uitzetten" in client.get("/bemiddeling/beheer/gebruikers").get_data(as_text=True)
    client.post(f"/bemiddeling/beheer/gebruikers/{zoe.id}/actief", data={"csrf_token": token})
    db.session.refresh(zoe)
    assert not zoe.active and [e.detail for e in entries("user.active", zoe)] == [{"active": False}]
    assert "user.active" in client.get("/bemiddeling/beheer/audit").get_data(as_text=True)
    for path, status in (("999999/actief", 404), ("999999/ontgrendelen", 404), ("x/actief", 404), ("1%00/actief", 400)):
        assert client.post(f"/bemiddeling/beheer/gebruikers/{path}", data={"csrf_token": token}).status_code == status
    assert client.post(f"/bemiddeling/beheer/gebruikers/{zoe.id}/actief", data={}).status_code == 400  # no CSRF
    db.session.refresh(zoe)
    assert not zoe.active and len(entries("user.active", zoe)) == 1


def _cli(data: Path, *extra: str, password: str = LONG) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PORTAL_DATA_DIR": str(data)}
    env.pop("PORTAL_DATABASE_URL", None)
    args = [sys.executable, "-m", "flask", "--app", "portal", "create-user", *extra]
    return subprocess.run(
        args, cwd=ROOT, env=env, input=f"{password}\n{password}\n", capture_output=True, text=True, timeout=120
    )


def test_create_user_command_writes_an_audit_entry(tmp_path):
    data = tmp_path / "data"
    ok = _cli(data, "--email", " Beheer@Gemeente.NL", "--name", "Beheer", "--role", "admin")
    assert ok.returncode == 0, ok.stderr
    assert "beheer@gemeente.nl (admin) aangemaakt" in ok.stdout
    dup = _cli(data, "--email", "beheer@gemeente.nl", "--name", "Nog een", "--role", "mediator")
    assert dup.returncode != 0 and "Er is al een account met dit e-mailadres." in dup.stderr
    bad = _cli(data, "--email", "geen adres", "--name", "X")
    assert bad.returncode != 0 and "geen geldig e-mailadres" in bad.stderr
    app = create_app({"TESTING": True, "DATA_DIR": str(data), "SECRET_KEY": "t", "INDEX_WRITER": "external"})
    with app.app_context():
        [account] = db.session.execute(select(User)).scalars().all()
        assert account.email == "beheer@gemeente.nl" and account.role == "admin"
        [entry] = entries("user.create")
        assert entry.actor_id is None and entry.object_id == str(account.id)
        assert entry.detail == {"role": "admin", "via": "cli"}
        db.engine.dispose()
