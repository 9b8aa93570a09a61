"""The whole loop for officials: a mediator invites, the official answers, confirms and reports done through a
personal link; every action lands on the request as a contact by that official and in the audit trail."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Agreement, AuditEntry, Contact, Official, Request
from portal.models_officials import OfficialInvitation
from portal.services import officials
from tests.conftest import csrf_token
from tests.officials.conftest import act, agreement_for, invite, invite_and_link, mails, new_request, staff_client


def _audit(req: Request) -> list[str]:
    return [
        a.action
        for a in db.session.execute(
            select(AuditEntry)
            .where(AuditEntry.object_type == "Request", AuditEntry.object_id == str(req.id))
            .order_by(AuditEntry.id)
        ).scalars()
    ]


def test_invite_confirm_and_report_done(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _code = new_request(email="ine@voorbeeld.nl")
    req.contact_phone = "0612345678"
    db.session.commit()
    agreement = agreement_for(req)
    path = invite_and_link(staff, req, agreement)

    invitation = db.session.execute(select(OfficialInvitation)).scalar_one()
    assert len(invitation.token_hash) == 64 and path.rsplit("/", 1)[1] not in invitation.token_hash
    official = db.session.get(Official, invitation.official_id)
    assert official.email == "a.ambt@gemeente.nl" and official.name == "Anna Ambtenaar"
    mail = mails("official_invitation")[-1]
    assert mail.to_addr == "a.ambt@gemeente.nl"
    assert "ine@voorbeeld.nl" not in mail.body_text and "0612345678" not in mail.body_text

    page = public.get(path)
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Kunt u de bewoner deze week terugbellen?" in text and agreement.description in text
    # Only what the official needs: no contact details, not the resident's story.
    for secret in ("Ine Inwoner", "ine@voorbeeld.nl", "0612345678", "parkeervergunning"):
        assert secret not in text
    assert page.headers["Cache-Control"] == "no-store"

    response = act(public, path, "antwoord", text="Ik bel haar donderdag.")
    assert response.status_code == 302
    response = act(public, path, "akkoord", text="")
    assert response.status_code == 302
    db.session.expire_all()
    agreement = db.session.get(Agreement, agreement.id)
    assert agreement.official_confirmed_at is not None and agreement.official_done_at is None
    assert officials.confirmed_agreements() == {"agreements": 1, "confirmed_by_both": 1}
    assert "Bevestigd door de ambtenaar" in staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)

    response = act(public, path, "uitgevoerd", text="Teruggebeld en uitgelegd.")
    assert response.status_code == 302
    db.session.expire_all()
    agreement = db.session.get(Agreement, agreement.id)
    assert agreement.official_done_at is not None
    assert agreement.status == "open"  # the mediator checks with the resident and marks it kept

    contacts = (
        db.session.execute(select(Contact).where(Contact.request_id == req.id).order_by(Contact.id)).scalars().all()
    )
    assert [c.official_id for c in contacts] == [official.id] * 3
    assert all(c.channel == "portaal" and c.author_id is None for c in contacts)
    assert "Ik bel haar donderdag." in contacts[0].summary
    assert "bevestigt" in contacts[1].summary and "uitgevoerd" in contacts[2].summary
    assert _audit(req)[-4:] == ["official.invite", "official.answer", "official.confirm", "official.done"]

    # The mediator was told three times, the resident once (the confirmation).
    to_mediator = mails("official_response")
    assert [m.to_addr for m in to_mediator] == ["med1@test.nl"] * 3
    resident = mails("agreement_confirmed")
    assert [m.to_addr for m in resident] == ["ine@voorbeeld.nl"]
    assert "/verzoek/VTA-" in resident[0].body_text

    # After "done" the page says so and takes no more actions.
    text = public.get(path).get_data(as_text=True)
    assert "U hoeft niets meer te doen" in text and "akkoord" not in text


def test_propose_another_agreement(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _ = new_request()
    agreement = agreement_for(req)
    path = invite_and_link(staff, req, agreement)
    due = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    assert act(public, path, "voorstel", text="Liever een gesprek aan tafel.", due=due).status_code == 302
    contact = db.session.execute(select(Contact).where(Contact.request_id == req.id)).scalar_one()
    assert "Liever een gesprek aan tafel." in contact.summary
    assert db.session.get(Agreement, agreement.id).official_confirmed_at is None
    # A date in the past is refused in Dutch.
    response = act(public, path, "voorstel", text="Iets anders.", due="2000-01-01")
    assert response.status_code == 400 and "verleden" in response.get_data(as_text=True)


def test_question_without_agreement_cannot_be_confirmed(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _ = new_request()
    path = invite_and_link(staff, req)
    text = public.get(path).get_data(as_text=True)
    assert "Ik bevestig de afspraak" not in text
    response = act(public, path, "akkoord", text="")
    assert response.status_code == 400 and "geen voorgestelde afspraak" in response.get_data(as_text=True)
    response = act(public, path, "uitgevoerd", text="")
    assert response.status_code == 400


def test_replayed_form_is_refused_and_nothing_doubles(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _ = new_request()
    agreement = agreement_for(req)
    path = invite_and_link(staff, req, agreement)
    page = public.get(path).get_data(as_text=True)
    import re

    token = re.search(r'name="akkoord-csrf_token"[^>]*value="([^"]+)"', page).group(1)
    data = {"akkoord-csrf_token": token, "akkoord-version": "0", "akkoord-text": ""}
    assert public.post(f"{path}/akkoord", data=data).status_code == 302
    replay = public.post(f"{path}/akkoord", data=data)
    assert replay.status_code == 409
    assert "al verwerkt" in replay.get_data(as_text=True)
    assert len(db.session.execute(select(Contact).where(Contact.request_id == req.id)).scalars().all()) == 1
    # A wrong type of version is a Dutch 4xx as well.
    for bad_version in ("één", "²", "٣", "9" * 20):  # non-ASCII digits and huge numbers: a 4xx, no crash
        data["akkoord-version"] = bad_version
        assert public.post(f"{path}/akkoord", data=data).status_code == 409, bad_version


def test_tampered_unknown_and_foreign_tokens(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _ = new_request()
    path = invite_and_link(staff, req)
    token = path.rsplit("/", 1)[1]
    tampered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    for bad in (tampered, "x", "A" * 250, "%00", "<script>alert(1)</script>", "é" * 10, token + "x"):
        response = public.get(f"/ambtenaar/link/{quote(bad, safe='%')}")
        assert response.status_code in (400, 404, 405), bad  # NUL: 400 before routing; a slash: 405
        assert response.status_code != 404 or "Deze link klopt niet" in response.get_data(as_text=True)
    assert public.get("/ambtenaar/link/" + "A" * 5000).status_code == 404
    # A token signed for another purpose (the mail unsubscribe serializer) is no invitation.
    from itsdangerous import URLSafeSerializer

    foreign = URLSafeSerializer(app.config["SECRET_KEY"], salt="mail-unsubscribe").dumps([1, "x"])
    assert public.get(f"/ambtenaar/link/{foreign}").status_code == 404
    # Right signature, but not the stored token (a second token minted for the same id).
    forged = URLSafeSerializer(app.config["SECRET_KEY"], salt=officials.SALT).dumps([1, "other"])
    assert public.get(f"/ambtenaar/link/{forged}").status_code == 404
    # Unknown action
    assert public.post(f"{path}/verwijderen", data={}).status_code in (400, 404)  # CSRF is checked first


def test_expired_and_revoked_links(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _ = new_request()
    path = invite_and_link(staff, req)
    invitation = db.session.execute(select(OfficialInvitation)).scalar_one()
    days = (invitation.expires_at - invitation.created_at).days
    assert days == officials.DEFAULT_LINK_DAYS
    invitation.expires_at = dt.datetime(2000, 1, 1)
    db.session.commit()
    response = public.get(path)
    assert response.status_code == 410 and "verlopen" in response.get_data(as_text=True)

    path2 = invite_and_link(staff, req)
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    second = db.session.execute(select(OfficialInvitation).order_by(OfficialInvitation.id.desc())).scalars().first()
    response = staff.post(f"/bemiddeling/uitnodiging/{second.id}/intrekken", data={"csrf_token": token})
    assert response.status_code == 302
    response = public.get(path2)
    assert response.status_code == 410 and "ingetrokken" in response.get_data(as_text=True)
    assert "official.revoke" in _audit(req)
    # Revoking twice, revoking without CSRF, and revoking as an anonymous visitor.
    response = staff.post(f"/bemiddeling/uitnodiging/{second.id}/intrekken", data={"csrf_token": token})
    assert response.status_code == 302
    assert staff.post(f"/bemiddeling/uitnodiging/{second.id}/intrekken", data={}).status_code == 400
    assert public.post(f"/bemiddeling/uitnodiging/{second.id}/intrekken", data={"csrf_token": token}).status_code in (
        302,
        400,
    )
    assert staff.post("/bemiddeling/uitnodiging/999999/intrekken", data={"csrf_token": token}).status_code == 404


def test_link_days_are_configurable(app: Flask, server: Flask, staff: FlaskClient) -> None:
    server.config["OFFICIAL_LINK_DAYS"] = "3"
    req, _ = new_request()
    invite_and_link(staff, req)
    invitation = db.session.execute(select(OfficialInvitation)).scalar_one()
    assert (invitation.expires_at - invitation.created_at) == dt.timedelta(days=3)


def test_closed_request_closes_the_link(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, _ = new_request()
    path = invite_and_link(staff, req)
    req.status = "ingetrokken"
    db.session.commit()
    response = public.get(path)
    assert response.status_code == 410 and "afgesloten" in response.get_data(as_text=True)
    assert invite(staff, req).status_code == 400


def test_invite_bad_input(app: Flask, staff: FlaskClient, server: Flask) -> None:
    req, _ = new_request()
    cases = [
        {"o-email": ""},
        {"o-email": "geen-adres"},
        {"o-email": "a@b.nl\r\nBcc: x@evil.nl"},
        {"o-question": ""},
        {"o-question": "x" * 6000},
        {"o-name": ""},
        {"o-official": "999999"},
        {"o-agreement": "abc"},
        {"o-department": "<script>"},
        {"o-name": "x" * 500},
    ]
    for case in cases:
        response = invite(staff, req, **case)
        assert response.status_code == 400, case
        assert "fout" in response.get_data(as_text=True).lower(), case
    assert db.session.execute(select(OfficialInvitation)).scalars().all() == []
    # An agreement of another request cannot be attached.
    other, _ = new_request(sub="other-request")
    foreign = agreement_for(other)
    response = invite(staff, req, **{"o-agreement": str(foreign.id)})
    assert response.status_code == 400
    # NUL bytes are removed from posted free text (the trust layer's rule), never stored; script tags are
    # stored as text and never executed.
    response = invite(staff, req, question="Vraag met \x00 NUL")
    assert response.status_code == 302
    stored = db.session.execute(select(OfficialInvitation)).scalars().all()
    assert len(stored) == 1 and "\x00" not in stored[0].question and "NUL" in stored[0].question
    db.session.delete(stored[0])
    db.session.commit()
    response = invite(staff, req, question="Vraag <script>alert(1)</script> en één ü")
    assert response.status_code == 302
    invitation = db.session.execute(select(OfficialInvitation)).scalar_one()
    assert invitation.question == "Vraag <script>alert(1)</script> en één ü"
    page = server.test_client().get(link_path_of_last())
    assert "<script>alert(1)</script>" not in page.get_data(as_text=True)
    # Anonymous visitors and unknown requests.
    anonymous = server.test_client()
    assert anonymous.post(f"/bemiddeling/verzoek/{req.id}/ambtenaar-uitnodigen", data={}).status_code in (302, 400)
    assert invite(staff, db.session.get(Request, req.id)).status_code == 302
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    assert (
        staff.post("/bemiddeling/verzoek/999999/ambtenaar-uitnodigen", data={"o-csrf_token": token}).status_code == 404
    )


def link_path_of_last() -> str:
    from tests.officials.conftest import link_from_mail

    return link_from_mail(mails("official_invitation")[-1])


def test_existing_official_is_reused(app: Flask, staff: FlaskClient) -> None:
    req, _ = new_request()
    invite_and_link(staff, req)
    invite(staff, req, email="A.AMBT@gemeente.nl", name="Anna A.")
    same = select(Official).where(func.lower(Official.email) == "a.ambt@gemeente.nl")
    assert len(db.session.execute(same).scalars().all()) == 1


def test_rate_limit_on_the_link_pages(app: Flask, server: Flask, staff: FlaskClient) -> None:
    req, _ = new_request()
    path = invite_and_link(staff, req)
    server.config["RATELIMIT_ENABLED"] = True
    server.config["RATELIMIT_SENSITIVE"] = "5/minute"
    visitor = server.test_client()
    codes = [visitor.get(path).status_code for _ in range(5)]
    assert codes == [200] * 5
    response = visitor.get("/ambtenaar/link/guessing")
    assert response.status_code == 429
    assert "Even geduld" in response.get_data(as_text=True)


def test_second_mediator_sees_panel_and_other_staff_mediator_gets_mail(app: Flask, server: Flask) -> None:
    req, _ = new_request()
    other = staff_client(server, "med2@test.nl")
    path = invite_and_link(other, req)
    client = server.test_client()
    act(client, path, "antwoord", text="Prima.")
    assert [m.to_addr for m in mails("official_response")] == ["med2@test.nl"]


def test_retention_blanks_questions_to_officials(app: Flask, staff: FlaskClient) -> None:
    from portal.models import utcnow
    from portal.services import retention

    req, _ = new_request()
    invite_and_link(staff, req)
    req = db.session.get(Request, req.id)
    req.status, req.closed_at = "afgerond", utcnow()
    db.session.commit()
    retention.run(months=12, now=utcnow() + dt.timedelta(days=3 * 366))
    invitation = db.session.execute(select(OfficialInvitation)).scalar_one()
    assert invitation.question == retention.ERASED
