"""Back office: log-in, roles, the queue, and the whole life of a request to the control question."""

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Agreement, AuditEntry, Contact, Official, Request, Setting, StatusChange, User
from tests.conftest import PASSWORD, csrf_token, login, user

STORY = {
    "what_happened": "De container is al drie weken niet geleegd in onze straat.",
    "desired_outcome": "Dat het afval weer wordt opgehaald.",
    "theme": "afval",
    "contact_name": "Pieter Proef",
    "contact_email": "pieter@example.org",
    "contact_preference": "email",
}


def new_request(client, sub="s1") -> tuple[Request, str]:
    r = client.post("/verzoek/nieuw", data={**STORY, "csrf_token": csrf_token(client), "submission_id": sub})
    code = r.headers["Location"].split("/")[-2]
    return db.session.execute(select(Request).where(Request.submission_id == sub)).scalar_one(), code


def post(client, url, data):
    return client.post(url, data={"csrf_token": csrf_token(client, "/bemiddeling/"), **data})


def log_a_contact(client, req) -> None:
    """Resolving needs a logged contact (issue 11)."""
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/contact",
        {
            "k-at": "2026-01-05T10:00",
            "k-channel": "telefoon",
            "k-participants": "bewoner, bemiddelaar",
            "k-summary": "Gebeld.",
            "k-with_resident": "y",
        },
    )
    assert r.status_code == 302


# --- authentication and roles ----------------------------------------------------------------------------------

ROUTES = [
    ("GET", "/bemiddeling/", {"mediator", "admin"}),
    ("GET", "/bemiddeling/verzoek/{id}", {"mediator", "admin"}),
    ("GET", "/bemiddeling/verzoek/nieuw", {"mediator", "admin"}),
    ("POST", "/bemiddeling/verzoek/{id}/oppakken", {"mediator", "admin"}),
    ("POST", "/bemiddeling/verzoek/{id}/status", {"mediator", "admin"}),
    ("POST", "/bemiddeling/verzoek/{id}/contact", {"mediator", "admin"}),
    ("POST", "/bemiddeling/verzoek/{id}/afspraak", {"mediator", "admin"}),
    ("POST", "/bemiddeling/verzoek/{id}/indeling", {"mediator", "admin"}),
    ("POST", "/bemiddeling/verzoek/{id}/nieuwe-code", {"mediator", "admin"}),
    ("GET", "/bemiddeling/beheer/normen", {"admin"}),
    ("GET", "/bemiddeling/beheer/gebruikers", {"admin"}),
    ("GET", "/bemiddeling/beheer/lijsten", {"admin"}),
    ("GET", "/bemiddeling/beheer/audit", {"admin"}),
    ("POST", "/bemiddeling/beheer/gebruikers/{uid}/actief", {"admin"}),
]


@pytest.mark.parametrize("who", ["anonymous", "mediator", "admin"])
def test_authorisation_matrix(client, who):
    req, _ = new_request(client)
    uid = user("med2@test.nl").id
    if who != "anonymous":
        login(client, "admin@test.nl" if who == "admin" else "med1@test.nl")
    for method, pattern, allowed in ROUTES:
        url = pattern.format(id=req.id, uid=uid)
        response = (
            client.get(url)
            if method == "GET"
            else post(client, url, {})
            if who != "anonymous"
            else client.post(url, data={})
        )
        if who == "anonymous":
            # anonymous users go to the log-in page (or are refused outright without a CSRF token)
            assert response.status_code in (302, 400), url
            if response.status_code == 302:
                assert "/bemiddeling/inloggen" in response.headers["Location"], url
        elif who in allowed:
            assert response.status_code in (200, 302, 400, 409), (url, response.status_code)
        else:
            assert response.status_code == 403, url


def test_login_wrong_password_is_refused_in_dutch(client):
    response = login(client, password="wrong-password")
    assert response.status_code == 400
    assert "E-mailadres of wachtwoord klopt niet." in response.get_data(as_text=True)
    assert client.get("/bemiddeling/").status_code == 302


@pytest.mark.parametrize(
    "email,password",
    [("", ""), ("x" * 300 + "@test.nl", PASSWORD), ("<script>@test.nl", PASSWORD), ("med1@test.nl", "x" * 600)],
)
def test_login_bad_input(client, email, password):
    response = login(client, email=email, password=password)
    assert response.status_code == 400
    assert client.get("/bemiddeling/").status_code == 302


def test_lockout_after_repeated_failures_holds_even_with_right_password(client):
    for _ in range(5):
        login(client, password="nope-nope-nope")
    response = login(client)
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.get_data(as_text=True)


def test_logout_ends_every_copy_of_the_session(client, server):
    login(client)
    cookie = client.get_cookie("session").value
    assert client.get("/bemiddeling/").status_code == 200
    post(client, "/bemiddeling/uitloggen", {})
    other = server.test_client()
    other.set_cookie("session", cookie)  # a stolen copy of the old cookie
    assert other.get("/bemiddeling/").status_code == 302


def test_session_changes_at_login(client):
    client.get("/bemiddeling/inloggen")
    before = client.get_cookie("session").value
    login(client)
    assert client.get_cookie("session").value != before


def test_open_redirect_after_login_is_ignored(client):
    token = csrf_token(client, "/bemiddeling/inloggen")
    r = client.post(
        "/bemiddeling/inloggen?next=https://evil.example/",
        data={"csrf_token": token, "email": "med1@test.nl", "password": PASSWORD},
    )
    assert r.headers["Location"].endswith("/bemiddeling/")


# --- the whole flow --------------------------------------------------------------------------------------------


def test_whole_flow_submit_to_closed(client, app):
    req, code = new_request(client)
    login(client)
    queue = client.get("/bemiddeling/").get_data(as_text=True)
    assert req.number in queue

    assert post(client, f"/bemiddeling/verzoek/{req.id}/oppakken", {}).status_code == 302
    assert req.mediator_id == user("med1@test.nl").id

    # invalid transition is refused and recorded nowhere
    r = post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "opgelost"})
    assert r.status_code == 400
    assert req.status == "ontvangen"

    assert post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"}).status_code == 302
    contact_at = (dt.datetime.now() - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/contact",
        {
            "k-at": contact_at,
            "k-channel": "telefoon",
            "k-participants": "bewoner, bemiddelaar",
            "k-with_resident": "y",
            "k-summary": "Bewoner belt: container al weken vol.",
        },
    )
    assert r.status_code == 302
    db.session.refresh(req)
    assert req.first_contact_at is not None

    official = db.session.execute(select(Official)).scalars().first() or Official(name="Henk Geheim", role="tl")
    if official.id is None:
        db.session.add(official)
        db.session.commit()
    official.name = "Henk Geheim"
    db.session.commit()
    assert post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_afstemming"}).status_code == 302
    dept_id = req.theme and db.session.execute(select(func.min(Official.department_id))).scalar_one()
    due = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/afspraak",
        {
            "a-description": "De route wordt aangepast en de container wordt vrijdag geleegd.",
            "a-department": str(dept_id or 1),
            "a-promised_by_role": "teamleider",
            "a-official": str(official.id),
            "a-due": due,
        },
    )
    assert r.status_code == 302, r.get_data(as_text=True)[:2000]
    agreement = db.session.execute(select(Agreement)).scalar_one()
    assert post(client, f"/bemiddeling/afspraak/{agreement.id}/stand", {"s-status": "kept"}).status_code == 302
    db.session.refresh(agreement)
    assert agreement.status == "kept" and agreement.status_at is not None

    # resolving needs an explanation for the resident
    r = post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "opgelost"})
    assert r.status_code == 409 and "Schrijf in gewone woorden" in r.get_data(as_text=True)
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/status",
        {
            "t-to_status": "opgelost",
            "t-outcome": "opgelost",
            "t-outcome_summary": "De container wordt weer geleegd.",
            "t-note": "Intern: Henk was erg behulpzaam.",
        },
    )
    assert r.status_code == 302
    db.session.refresh(req)
    assert req.status == "opgelost" and req.outcome == "opgelost" and req.resolved_at

    # the resident's status page: agreement in plain words, no names, no internal notes; control question
    client.get("/")  # same browser; the public page needs no login
    status_html = client.get(f"/verzoek/{code}").get_data(as_text=True)
    assert "De route wordt aangepast" in status_html
    assert "Henk" not in status_html and "Intern:" not in status_html and "container al weken vol" not in status_html
    assert "Is alles besproken? Bent u tevreden?" in status_html
    token = csrf_token(client)
    bad = client.post(f"/verzoek/{code}/controlevraag", data={"csrf_token": token, "all_addressed": "misschien"})
    assert bad.status_code == 400 and "Kies ja of nee." in bad.get_data(as_text=True)
    r = client.post(
        f"/verzoek/{code}/controlevraag",
        data={"csrf_token": token, "all_addressed": "ja", "satisfied": "ja", "comment": "Dank!"},
    )
    assert r.status_code == 302
    again = client.post(
        f"/verzoek/{code}/controlevraag",
        data={"csrf_token": token, "all_addressed": "nee", "satisfied": "nee"},
        follow_redirects=True,
    )
    assert "al beantwoord" in again.get_data(as_text=True)
    db.session.refresh(req)
    assert req.control_satisfied is True and req.control_comment == "Dank!"

    # the mediator sees the answer and closes the request
    page = client.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "Antwoord op de controlevraag" in page and "Dank!" in page
    assert post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "afgerond"}).status_code == 302
    db.session.refresh(req)
    assert req.status == "afgerond" and req.closed_at
    # closed: nothing can be added any more
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/contact",
        {"k-at": contact_at, "k-channel": "telefoon", "k-participants": "bewoner", "k-summary": "te laat"},
    )
    assert r.status_code == 409
    assert db.session.execute(select(func.count(Contact.id))).scalar_one() == 1

    steps = [
        c.to_status
        for c in db.session.execute(
            select(StatusChange).where(StatusChange.request_id == req.id).order_by(StatusChange.id)
        ).scalars()
    ]
    assert steps == ["ontvangen", "in_verkenning", "in_afstemming", "opgelost", "afgerond"]
    actions = {a.action for a in db.session.execute(select(AuditEntry)).scalars()}
    assert {
        "request.create",
        "request.assign",
        "request.status",
        "contact.create",
        "agreement.create",
        "agreement.status",
        "request.control_answer",
    } <= actions


def test_referral_needs_route_and_reason(client):
    req, code = new_request(client)
    login(client)
    post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"})
    log_a_contact(client, req)
    r = post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "doorverwezen"})
    assert r.status_code == 409 and "formele route" in r.get_data(as_text=True)
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/status",
        {
            "t-to_status": "doorverwezen",
            "t-referral_route": "ombudsman",
            "t-referral_category": "inwoner_wil_formeel",
            "t-referral_reason": "De bewoner wil een onafhankelijk oordeel.",
        },
    )
    assert r.status_code == 302
    html = client.get(f"/verzoek/{code}").get_data(as_text=True)
    assert "Nationale ombudsman" in html and "onafhankelijk oordeel" in html


@pytest.mark.parametrize(
    "data,status",
    [
        ({"k-at": "", "k-channel": "telefoon", "k-participants": "x", "k-summary": "abc"}, 400),
        ({"k-at": "gisteren", "k-channel": "telefoon", "k-participants": "x", "k-summary": "abc"}, 400),
        ({"k-at": "2999-01-01T10:00", "k-channel": "telefoon", "k-participants": "x", "k-summary": "abc"}, 409),
        ({"k-at": "2026-01-01T10:00", "k-channel": "duif", "k-participants": "x", "k-summary": "abc"}, 400),
        ({"k-at": "2026-01-01T10:00", "k-channel": "telefoon", "k-participants": "", "k-summary": "abc"}, 400),
        ({"k-at": "2026-01-01T10:00", "k-channel": "telefoon", "k-participants": "x", "k-summary": "y" * 6000}, 400),
    ],
)
def test_contact_bad_input(client, data, status):
    req, _ = new_request(client)
    login(client)
    assert post(client, f"/bemiddeling/verzoek/{req.id}/contact", data).status_code == status
    assert db.session.execute(select(func.count(Contact.id))).scalar_one() == 0


@pytest.mark.parametrize(
    "data",
    [
        {"a-description": "", "a-department": "1", "a-promised_by_role": "tl", "a-due": "2030-01-01"},
        {"a-description": "Iets", "a-department": "", "a-promised_by_role": "tl", "a-due": "2030-01-01"},
        {"a-description": "Iets", "a-department": "1", "a-promised_by_role": "tl", "a-due": "31-02-2030"},
        {"a-description": "Iets", "a-department": "1", "a-promised_by_role": "tl", "a-due": "2001-01-01"},
        {"a-description": "Iets", "a-department": "99999", "a-promised_by_role": "tl", "a-due": "2030-01-01"},
    ],
)
def test_agreement_bad_input(client, data):
    req, _ = new_request(client)
    login(client)
    assert post(client, f"/bemiddeling/verzoek/{req.id}/afspraak", data).status_code == 400
    assert db.session.execute(select(func.count(Agreement.id))).scalar_one() == 0


def test_unknown_request_and_bad_ids_are_404(client):
    login(client)
    assert client.get("/bemiddeling/verzoek/999999").status_code == 404
    assert client.get("/bemiddeling/verzoek/abc").status_code == 404
    assert post(client, "/bemiddeling/afspraak/999999/stand", {"s-status": "kept"}).status_code == 404


def test_register_request_on_behalf_of_resident(client):
    login(client)
    token = csrf_token(client, "/bemiddeling/verzoek/nieuw")
    page = client.post(
        "/bemiddeling/verzoek/nieuw",
        data={**STORY, "csrf_token": token, "submission_id": "phone-1", "channel": "telefoon"},
    )
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    code = re.search(r"VTA(?:-[0-9A-Z]{4}){4}", html).group(0)
    req = db.session.execute(select(Request).where(Request.submission_id == "phone-1")).scalar_one()
    assert req.channel == "telefoon" and req.registered_by_id == user("med1@test.nl").id
    client.post("/bemiddeling/uitloggen", data={"csrf_token": token})
    assert client.get(f"/verzoek/{code}").status_code == 200
    bad = client.post("/bemiddeling/verzoek/nieuw", data={**STORY, "csrf_token": token, "channel": "web"})
    assert bad.status_code in (302, 400)


def test_queue_sorted_by_deadline_with_overdue_marked_and_filters(client):
    old, _ = new_request(client, "old")
    new, _ = new_request(client, "new")
    old.received_at = dt.datetime(2026, 1, 5, 9)
    old.first_contact_due = dt.date(2026, 1, 8)
    db.session.commit()
    login(client)
    html = client.get("/bemiddeling/").get_data(as_text=True)
    assert html.index(old.number) < html.index(new.number)
    assert "Te laat" in html
    filtered = client.get("/bemiddeling/?status=in_afstemming").get_data(as_text=True)
    assert old.number not in filtered
    unassigned = client.get("/bemiddeling/?bemiddelaar=none").get_data(as_text=True)
    assert old.number in unassigned
    assert client.get("/bemiddeling/?bemiddelaar=none&thema=abc&status=<x>").status_code == 400  # issue 13


def test_admin_changes_norms_with_validation_and_audit(client):
    login(client, "admin@test.nl")
    token = csrf_token(client, "/bemiddeling/beheer/normen")
    for bad in (
        {"first_contact_days": "0", "resolution_days": "30"},
        {"first_contact_days": "drie", "resolution_days": "30"},
        {"first_contact_days": "3", "resolution_days": "99999"},
    ):
        assert client.post("/bemiddeling/beheer/normen", data={"csrf_token": token, **bad}).status_code == 400
    r = client.post(
        "/bemiddeling/beheer/normen", data={"csrf_token": token, "first_contact_days": "2", "resolution_days": "20"}
    )
    assert r.status_code == 302
    assert db.session.get(Setting, "norm.first_contact").value == "2"
    audit = client.get("/bemiddeling/beheer/audit").get_data(as_text=True)
    assert "norms.update" in audit


def test_admin_manages_users_and_lists(client):
    login(client, "admin@test.nl")
    token = csrf_token(client, "/bemiddeling/beheer/gebruikers")
    short = client.post(
        "/bemiddeling/beheer/gebruikers",
        data={"csrf_token": token, "name": "X", "email": "x@test.nl", "role": "mediator", "password": "kort"},
    )
    assert short.status_code == 400 and "Minstens 12 tekens" in short.get_data(as_text=True)
    ok = client.post(
        "/bemiddeling/beheer/gebruikers",
        data={
            "csrf_token": token,
            "name": "Xandra",
            "email": "X@Test.nl",
            "role": "mediator",
            "password": "een lang wachtwoord",
        },
    )
    assert ok.status_code == 302
    dup = client.post(
        "/bemiddeling/beheer/gebruikers",
        data={
            "csrf_token": token,
            "name": "Xandra",
            "email": "x@test.nl",
            "role": "admin",
            "password": "een lang wachtwoord",
        },
    )
    assert dup.status_code == 400 and "al een account" in dup.get_data(as_text=True)
    xandra = user("x@test.nl")
    assert xandra.password_hash.startswith("$argon2")
    client.post(f"/bemiddeling/beheer/gebruikers/{xandra.id}/actief", data={"csrf_token": token})
    db.session.refresh(xandra)
    assert not xandra.active
    r = client.post(
        "/bemiddeling/beheer/lijsten",
        data={"csrf_token": token, "afdeling-name": "Sport", "afdeling-submit": "Toevoegen"},
    )
    assert r.status_code == 302
    r = client.post(
        "/bemiddeling/beheer/lijsten",
        data={"csrf_token": token, "afdeling-name": "Sport", "afdeling-submit": "Toevoegen"},
    )
    assert r.status_code == 409
    assert db.session.execute(select(func.count(User.id))).scalar_one() == 4


def test_mediator_issues_new_code_and_old_one_stops_working(client):
    req, old_code = new_request(client)
    login(client)
    page = post(client, f"/bemiddeling/verzoek/{req.id}/nieuwe-code", {})
    assert page.status_code == 200
    new_code = re.search(r"VTA(?:-[0-9A-Z]{4}){4}", page.get_data(as_text=True)).group(0)
    assert new_code != old_code
    assert client.get(f"/verzoek/{old_code}").status_code == 404
    assert client.get(f"/verzoek/{new_code}").status_code == 200
    assert client.post(f"/bemiddeling/verzoek/{req.id}/nieuwe-code", data={}).status_code == 400  # no CSRF
    assert (
        db.session.execute(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "request.new_code")
        ).scalar_one()
        == 1
    )


def test_request_page_offers_an_article_once_resolved_with_consent(client):
    req, _ = new_request(client)
    req.consent_publication = True
    db.session.commit()
    login(client)
    assert "Kennisbankartikel maken" not in client.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"})
    log_a_contact(client, req)
    post(
        client,
        f"/bemiddeling/verzoek/{req.id}/status",
        {"t-to_status": "opgelost", "t-outcome": "opgelost", "t-outcome_summary": "Container wordt geleegd."},
    )
    page = client.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "Kennisbankartikel maken" in page
    created = post(client, f"/bemiddeling/artikelen/nieuw/{req.id}", {})
    assert created.status_code == 302
    page = client.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "Kennisbankartikel maken" not in page and "kennisbankartikel (concept)" in page


def test_resolving_needs_an_explicit_fully_or_partly_choice(client):
    """No outcome is preselected: the council's figures count fully and partly resolved apart."""
    req, _ = new_request(client)
    login(client)
    page = client.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    outcome_select = re.search(r'<select[^>]*name="t-outcome".*?</select>', page, re.S)
    assert outcome_select and "selected" not in outcome_select.group(0)
    post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"})
    log_a_contact(client, req)
    summary = "De vergunning komt er, de termijn niet."
    for bad in ("", "niet_opgelost", "<script>x</script>", "opgelost\x00", "ｏｐｇｅｌｏｓｔ"):
        r = post(
            client,
            f"/bemiddeling/verzoek/{req.id}/status",
            {"t-to_status": "opgelost", "t-outcome": bad, "t-outcome_summary": summary},
        )
        assert r.status_code in (400, 409), bad
        body = r.get_data(as_text=True)
        assert "helemaal of deels is opgelost" in body or "Kies een van de mogelijkheden uit de lijst." in body, bad
        assert "Not a valid" not in body
        assert "<script>x</script>" not in body
        db.session.refresh(req)
        assert req.status == "in_verkenning" and req.outcome is None
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/status",
        {"t-to_status": "opgelost", "t-outcome": "deels_opgelost", "t-outcome_summary": summary},
    )
    assert r.status_code == 302
    db.session.refresh(req)
    assert req.status == "opgelost" and req.outcome == "deels_opgelost"


def test_empty_queue_says_why(client):
    """An empty queue names the filters only when filters are set."""
    login(client)
    assert "Er zijn geen open verzoeken." in client.get("/bemiddeling/").get_data(as_text=True)
    filtered = client.get("/bemiddeling/?status=in_verkenning").get_data(as_text=True)
    assert "Geen open verzoeken met deze filters." in filtered and "Er zijn geen open verzoeken." not in filtered
