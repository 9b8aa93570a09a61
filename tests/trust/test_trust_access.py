"""Access (issue 13): the log-in lock-out holds per account AND network, is lifted by another admin or
`flask unlock`, tells the account holder, and stores only keyed hashes that expire."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, LoginAttempt, User
from portal.services import logins
from tests.conftest import PASSWORD, csrf_token

ROOT = Path(__file__).resolve().parents[2]
ATTACKER = "203.0.113.66"
HOLDER = "198.51.100.20"


def attempt(client, email: str, password: str, addr: str):  # type: ignore[no-untyped-def]
    client.environ_base["REMOTE_ADDR"] = addr
    token = csrf_token(client, "/bemiddeling/inloggen")
    return client.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": email, "password": password})


def user(email: str) -> User:
    return db.session.execute(select(User).where(User.email == email)).scalar_one()


def audits(action: str) -> list[AuditEntry]:
    return list(db.session.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


def lock(server, email: str = "admin@test.nl", addr: str = ATTACKER) -> None:  # type: ignore[no-untyped-def]
    attacker = server.test_client()
    for _ in range(logins.MAX_FAILURES):
        assert attempt(attacker, email, "fout-fout-fout-1", addr).status_code == 400


def test_failures_from_one_network_do_not_lock_the_holder_out_elsewhere(server) -> None:  # type: ignore[no-untyped-def]
    lock(server)
    attacker = server.test_client()
    refused = attempt(attacker, "admin@test.nl", PASSWORD, ATTACKER)  # even the right password, from there
    assert refused.status_code == 429 and "Te veel mislukte pogingen" in refused.get_data(as_text=True)
    holder = server.test_client()
    assert attempt(holder, "admin@test.nl", PASSWORD, HOLDER).status_code == 302
    # ... and is told about it at this log-in, once.
    page = holder.get("/bemiddeling/").get_data(as_text=True)
    assert "verkeerd wachtwoord" in page and "Let op" in page
    assert user("admin@test.nl").lockout_notice_at is None
    assert "verkeerd wachtwoord" not in holder.get("/bemiddeling/").get_data(as_text=True)


def test_the_lock_is_audited_and_mailed_to_the_holder(server) -> None:  # type: ignore[no-untyped-def]
    lock(server, "med1@test.nl")
    entries = audits("user.locked")
    assert len(entries) == 1 and entries[0].object_id == str(user("med1@test.nl").id)
    assert ATTACKER not in str(entries[0].detail)
    from portal.models_mail import MailOutbox

    mails = list(db.session.execute(select(MailOutbox).where(MailOutbox.to_addr == "med1@test.nl")).scalars())
    assert len(mails) == 1 and "geblokkeerd" in mails[0].subject
    assert "http://127.0.0.1:5000/bemiddeling/inloggen" in mails[0].body_text
    # More failures during the same lock do not repeat the notice.
    attempt(server.test_client(), "med1@test.nl", "fout-fout-fout-1", ATTACKER)
    assert len(audits("user.locked")) == 1


def test_ipv6_clients_are_counted_per_64(server) -> None:  # type: ignore[no-untyped-def]
    attacker = server.test_client()
    for i in range(logins.MAX_FAILURES):  # a fresh address of the same /64 every time
        attempt(attacker, "med2@test.nl", "fout-fout-fout-1", f"2001:db8:1:2::{i + 1:x}")
    assert attempt(attacker, "med2@test.nl", PASSWORD, "2001:db8:1:2:ffff::9").status_code == 429
    assert attempt(server.test_client(), "med2@test.nl", PASSWORD, "2001:db8:1:3::1").status_code == 302


def test_another_admin_lifts_the_lock_from_the_user_page(server, make_app) -> None:  # type: ignore[no-untyped-def]
    lock(server, "med1@test.nl")
    admin = server.test_client()
    assert attempt(admin, "admin@test.nl", PASSWORD, HOLDER).status_code == 302
    page = admin.get("/bemiddeling/beheer/gebruikers").get_data(as_text=True)
    assert "Blokkade opheffen" in page
    target = user("med1@test.nl")
    token = csrf_token(admin, "/bemiddeling/beheer/gebruikers")
    assert admin.post(f"/bemiddeling/beheer/gebruikers/{target.id}/ontgrendelen", data={}).status_code == 400
    response = admin.post(f"/bemiddeling/beheer/gebruikers/{target.id}/ontgrendelen", data={"csrf_token": token})
    assert response.status_code == 302
    assert "Blokkade opheffen" not in admin.get("/bemiddeling/beheer/gebruikers").get_data(as_text=True)
    assert attempt(server.test_client(), "med1@test.nl", PASSWORD, ATTACKER).status_code == 302
    [entry] = audits("user.unlock")
    assert entry.actor_id == user("admin@test.nl").id and entry.detail["sources"] == 1


def test_a_mediator_cannot_lift_a_lock(server) -> None:  # type: ignore[no-untyped-def]
    lock(server, "med2@test.nl")
    mediator = server.test_client()
    assert attempt(mediator, "med1@test.nl", PASSWORD, HOLDER).status_code == 302
    token = csrf_token(mediator, "/bemiddeling/")
    target = user("med2@test.nl")
    assert mediator.post(f"/bemiddeling/beheer/gebruikers/{target.id}/ontgrendelen",
                         data={"csrf_token": token}).status_code == 403
    assert logins.locked_sources("med2@test.nl") == 1


def test_flask_unlock_command_lifts_the_lock(app, server) -> None:  # type: ignore[no-untyped-def]
    lock(server, "admin@test.nl")
    env = {**os.environ, "PORTAL_DATA_DIR": app.config["DATA_DIR"], "PORTAL_SECRET_KEY": "test-secret"}
    if app.config.get("DATABASE_URL"):
        env["PORTAL_DATABASE_URL"] = app.config["DATABASE_URL"]
    run = subprocess.run([sys.executable, "-m", "flask", "--app", "portal", "unlock", "ADMIN@test.nl"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Blokkade opgeheven" in run.stdout
    db.session.commit()
    assert logins.locked_sources("admin@test.nl") == 0
    assert attempt(server.test_client(), "admin@test.nl", PASSWORD, ATTACKER).status_code == 302
    missing = subprocess.run([sys.executable, "-m", "flask", "--app", "portal", "unlock", "niemand@test.nl"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "geen account" in missing.stderr


def test_only_keyed_hashes_are_stored_and_they_expire(server) -> None:  # type: ignore[no-untyped-def]
    attempt(server.test_client(), "Iemand.Anders@Example.org", "fout-fout-fout-1", ATTACKER)
    rows = list(db.session.execute(select(LoginAttempt)).scalars())
    assert len(rows) == 1
    stored = f"{rows[0].account} {rows[0].source}".lower()
    assert "example" not in stored and "iemand" not in stored and ATTACKER not in stored
    assert rows[0].account == logins.account_key("iemand.anders@example.org")
    rows[0].at = dt.datetime.now(dt.UTC).replace(tzinfo=None) - logins.WINDOW - dt.timedelta(seconds=1)
    db.session.commit()
    assert logins.expire() == 1
    assert db.session.execute(select(LoginAttempt)).first() is None
