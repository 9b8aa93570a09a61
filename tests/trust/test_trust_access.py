"""Access (issue 13): the log-in lock-out holds per account AND network, is lifted by another admin or
`flask unlock`, tells the account holder, and stores only keyed hashes that expire."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Agreement, AuditEntry, LoginAttempt, Request, User
from portal.services import logins
from tests.conftest import PASSWORD, csrf_token, login
from tests.trust.trust_support import STORY, code_of, request_by_submission, submit

ROOT = Path(__file__).resolve().parents[2]
ATTACKER = "203.0.113.66"
HOLDER = "198.51.100.20"


def attempt(client: FlaskClient, email: str, password: str, addr: str) -> TestResponse:
    client.environ_base["REMOTE_ADDR"] = addr
    token = csrf_token(client, "/bemiddeling/inloggen")
    return client.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": email, "password": password})


def user(email: str) -> User:
    return db.session.execute(select(User).where(User.email == email)).scalar_one()


def audits(action: str) -> list[AuditEntry]:
    return list(db.session.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


def lock(server: Flask, email: str = "admin@test.nl", addr: str = ATTACKER) -> None:
    attacker = server.test_client()
    for _ in range(logins.MAX_FAILURES):
        assert attempt(attacker, email, "fout-fout-fout-1", addr).status_code == 400


def test_failures_from_one_network_do_not_lock_the_holder_out_elsewhere(server: Flask) -> None:
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


def test_the_lock_is_audited_and_mailed_to_the_holder(server: Flask) -> None:
    lock(server, "med1@test.nl")
    entries = audits("user.locked")
    assert len(entries) == 1 and entries[0].object_id == str(user("med1@test.nl").id)
    assert ATTACKER not in str(entries[0].detail)
    from portal.models_mail import MailOutbox

    mails = list(
        db.session.execute(
            select(MailOutbox).where(MailOutbox.to_addr == "med1@test.nl", MailOutbox.kind == "account")
        ).scalars()
    )
    assert len(mails) == 1 and "geblokkeerd" in mails[0].subject
    assert "http://127.0.0.1:5000/bemiddeling/inloggen" in mails[0].body_text
    # More failures during the same lock do not repeat the notice.
    attempt(server.test_client(), "med1@test.nl", "fout-fout-fout-1", ATTACKER)
    assert len(audits("user.locked")) == 1


def test_ipv6_clients_are_counted_per_64(server: Flask) -> None:
    attacker = server.test_client()
    for i in range(logins.MAX_FAILURES):  # a fresh address of the same /64 every time
        attempt(attacker, "med2@test.nl", "fout-fout-fout-1", f"2001:db8:1:2::{i + 1:x}")
    assert attempt(attacker, "med2@test.nl", PASSWORD, "2001:db8:1:2:ffff::9").status_code == 429
    assert attempt(server.test_client(), "med2@test.nl", PASSWORD, "2001:db8:1:3::1").status_code == 302


def test_another_admin_lifts_the_lock_from_the_user_page(server: Flask, make_app: Callable[..., Flask]) -> None:
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


def test_a_mediator_cannot_lift_a_lock(server: Flask) -> None:
    lock(server, "med2@test.nl")
    mediator = server.test_client()
    assert attempt(mediator, "med1@test.nl", PASSWORD, HOLDER).status_code == 302
    token = csrf_token(mediator, "/bemiddeling/")
    target = user("med2@test.nl")
    assert (
        mediator.post(
            f"/bemiddeling/beheer/gebruikers/{target.id}/ontgrendelen", data={"csrf_token": token}
        ).status_code
        == 403
    )
    assert logins.locked_sources("med2@test.nl") == 1


def test_flask_unlock_command_lifts_the_lock(app: Flask, server: Flask) -> None:
    lock(server, "admin@test.nl")
    env = {**os.environ, "PORTAL_DATA_DIR": app.config["DATA_DIR"], "PORTAL_SECRET_KEY": "test-secret"}
    if app.config.get("DATABASE_URL"):
        env["PORTAL_DATABASE_URL"] = app.config["DATABASE_URL"]
    run = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", "unlock", "ADMIN@test.nl"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "Blokkade opgeheven" in run.stdout
    db.session.commit()
    assert logins.locked_sources("admin@test.nl") == 0
    assert attempt(server.test_client(), "admin@test.nl", PASSWORD, ATTACKER).status_code == 302
    missing = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", "unlock", "niemand@test.nl"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 1 and "geen account" in missing.stderr


def test_only_keyed_hashes_are_stored_and_they_expire(server: Flask) -> None:
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


# --- the case access rule: the authorisation matrix per case ---------------------------------------------


def _requests(client: FlaskClient) -> dict[str, Request]:
    """Three requests: nobody's, med1's own, and med2's."""
    made = {}
    for key, owner in (("free", None), ("own", "med1@test.nl"), ("other", "med2@test.nl")):
        code_of(submit(client, f"acl-{key}", contact_email=f"{key}@example.org", contact_name=f"Bewoner {key}"))
        req = request_by_submission(f"acl-{key}")
        req.mediator_id = user(owner).id if owner else None
        made[key] = req
    db.session.commit()
    agreement = Agreement(
        request_id=made["other"].id, description="Nieuwe beoordeling", promised_by_role="tl", due=dt.date(2030, 1, 1)
    )
    db.session.add(agreement)
    db.session.commit()
    return made


def _change_routes(app: Flask) -> list[str]:
    """Every POST route of the back office that names a request or an agreement, except taking it over."""
    rules = [
        r
        for r in app.url_map.iter_rules()
        if "POST" in r.methods
        and r.endpoint != "backoffice.take"
        and ({"request_id", "agreement_id"} & set(r.arguments))
    ]
    assert len(rules) >= 8
    return [r.rule for r in rules]


def _url(rule: str, req: Request) -> str:
    agreement_id = req.agreements[0].id if req.agreements else 0
    return rule.replace("<int:request_id>", str(req.id)).replace("<int:agreement_id>", str(agreement_id))


def _history(req: Request) -> tuple[Any, ...]:
    db.session.refresh(req)
    return (
        req.status,
        req.mediator_id,
        req.theme_id,
        req.code_hash,
        len(req.contacts),
        len(req.agreements),
        [a.status for a in req.agreements],
    )


def test_a_mediator_reads_someone_elses_case_without_contact_details(client: FlaskClient) -> None:
    cases = _requests(client)
    login(client, "med1@test.nl")
    for key in ("free", "own"):
        page = client.get(f"/bemiddeling/verzoek/{cases[key].id}").get_data(as_text=True)
        assert f"{key}@example.org" in page and f"Bewoner {key}" in page
        assert "t-to_status" in page and "Nieuwe code maken" in page
    response = client.get(f"/bemiddeling/verzoek/{cases['other'].id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "other@example.org" not in page and "Bewoner other" not in page and "06 12345678" not in page
    assert "Dit verzoek is van Noor Mediator" in page
    assert STORY["what_happened"] in page  # read-only, not hidden
    for form_field in ("t-to_status", "c-theme", "k-summary", "a-description", "s-status", "Nieuwe code maken"):
        assert form_field not in page, form_field
    assert "Dit verzoek overnemen" in page and 'name="reason"' in page


def test_a_mediator_cannot_change_someone_elses_case_anywhere(client: FlaskClient, server: Flask) -> None:
    cases = _requests(client)
    login(client, "med1@test.nl")
    token = csrf_token(client, "/bemiddeling/")
    before = _history(cases["other"])
    for rule in _change_routes(server):
        response = client.post(
            _url(rule, cases["other"]),
            data={
                "csrf_token": token,
                "t-csrf_token": token,
                "k-csrf_token": token,
                "a-csrf_token": token,
                "c-csrf_token": token,
                "s-csrf_token": token,
                "t-to_status": "in_verkenning",
                "s-status": "kept",
                "k-at": "2026-11-01T10:00",
                "k-channel": "telefoon",
                "k-participants": "x",
                "k-summary": "x",
                "a-description": "x",
                "a-promised_by_role": "x",
                "a-due": "2030-01-01",
                "reason": "x",
            },
        )
        assert response.status_code == 403, (rule, response.status_code)
        assert "Dit verzoek is van Noor Mediator" in response.get_data(as_text=True)
    assert _history(cases["other"]) == before
    # The same routes on their own and on an unassigned request are not refused by the rule.
    for key in ("own", "free"):
        response = client.post(
            f"/bemiddeling/verzoek/{cases[key].id}/status", data={"t-csrf_token": token, "t-to_status": "in_verkenning"}
        )
        assert response.status_code == 302, key


def test_taking_over_needs_a_reason_is_audited_and_the_previous_mediator_is_told(client: FlaskClient) -> None:
    from portal.models_mail import MailOutbox

    cases = _requests(client)
    login(client, "med1@test.nl")
    url = f"/bemiddeling/verzoek/{cases['other'].id}/oppakken"
    token = csrf_token(client, "/bemiddeling/")
    for reason in ("", "   ", "x" * 501):
        response = client.post(url, data={"csrf_token": token, "reason": reason})
        assert response.status_code == 400, reason
        assert "Noor Mediator" in response.get_data(as_text=True) or "500 tekens" in response.get_data(as_text=True)
    assert cases["other"].mediator_id == user("med2@test.nl").id
    response = client.post(url, data={"csrf_token": token, "reason": "Noor is drie weken met verlof."})
    assert response.status_code == 302
    db.session.refresh(cases["other"])
    assert cases["other"].mediator_id == user("med1@test.nl").id
    [entry] = audits("request.takeover")
    assert entry.detail["reason"] == "Noor is drie weken met verlof."
    assert entry.detail["before"] == user("med2@test.nl").id and entry.actor_id == user("med1@test.nl").id
    [mail] = db.session.execute(
        select(MailOutbox).where(MailOutbox.to_addr == "med2@test.nl", MailOutbox.kind == "case")
    ).scalars()
    assert "overgenomen" in mail.subject and "verlof" in mail.body_text
    assert "other@example.org" not in mail.body_text
    # Now med1 sees it in full and Noor sees it read-only.
    assert "other@example.org" in client.get(f"/bemiddeling/verzoek/{cases['other'].id}").get_data(as_text=True)
    noor = client.application.test_client()
    login(noor, "med2@test.nl")
    assert "other@example.org" not in noor.get(f"/bemiddeling/verzoek/{cases['other'].id}").get_data(as_text=True)
    # An unassigned request is picked up without a reason; replaying the take-over changes nothing.
    assert (
        client.post(f"/bemiddeling/verzoek/{cases['free'].id}/oppakken", data={"csrf_token": token}).status_code == 302
    )
    assert client.post(url, data={"csrf_token": token, "reason": "nogmaals"}).status_code == 302
    assert len(audits("request.takeover")) == 1


def test_an_admin_sees_and_changes_every_case(client: FlaskClient) -> None:
    cases = _requests(client)
    login(client, "admin@test.nl")
    page = client.get(f"/bemiddeling/verzoek/{cases['other'].id}").get_data(as_text=True)
    assert "other@example.org" in page and "t-to_status" in page
    token = csrf_token(client, "/bemiddeling/")
    response = client.post(
        f"/bemiddeling/verzoek/{cases['other'].id}/status", data={"t-csrf_token": token, "t-to_status": "in_verkenning"}
    )
    assert response.status_code == 302
    assert cases["other"].mediator_id == user("med2@test.nl").id  # changing is not taking over


def test_anonymous_users_get_nothing(client: FlaskClient) -> None:
    cases = _requests(client)
    assert client.get(f"/bemiddeling/verzoek/{cases['other'].id}").status_code == 302
    assert client.post(f"/bemiddeling/verzoek/{cases['other'].id}/oppakken", data={}).status_code in (302, 400)


def test_attachments_and_invitations_of_someone_elses_case_are_guarded(client: FlaskClient) -> None:
    from portal.models import Official
    from portal.models_officials import Attachment, OfficialInvitation, ResidentMessage

    cases = _requests(client)
    rows = {}
    for key in ("own", "other"):
        message = ResidentMessage(request_id=cases[key].id, body="Hier is de brief.")
        db.session.add(message)
        db.session.flush()
        attachment = Attachment(
            request_id=cases[key].id,
            message_id=message.id,
            stored_name=f"x{key}",
            filename="brief.pdf",
            content_type="application/pdf",
            size=1,
            sha256="0" * 64,
        )
        official = Official(name=f"Ambtenaar {key}", email=f"amb-{key}@gemeente.nl")
        db.session.add_all([attachment, official])
        db.session.flush()
        invitation = OfficialInvitation(
            request_id=cases[key].id,
            official_id=official.id,
            email=official.email,
            question="Kunt u reageren?",
            token_hash=f"{key:0<64}",
            expires_at=dt.datetime(2030, 1, 1),
        )
        db.session.add(invitation)
        db.session.flush()
        rows[key] = (attachment.id, invitation.id)
    db.session.commit()
    login(client, "med1@test.nl")
    token = csrf_token(client, "/bemiddeling/")
    other_attachment, other_invitation = rows["other"]
    response = client.get(f"/bemiddeling/bijlage/{other_attachment}")
    assert response.status_code == 403 and "Dit verzoek is van Noor Mediator" in response.get_data(as_text=True)
    assert (
        client.post(f"/bemiddeling/uitnodiging/{other_invitation}/intrekken", data={"csrf_token": token}).status_code
        == 403
    )
    assert db.session.get(OfficialInvitation, other_invitation).revoked_at is None
    own_attachment, own_invitation = rows["own"]
    assert client.get(f"/bemiddeling/bijlage/{own_attachment}").status_code != 403
    assert (
        client.post(f"/bemiddeling/uitnodiging/{own_invitation}/intrekken", data={"csrf_token": token}).status_code
        != 403
    )
