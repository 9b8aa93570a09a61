"""Residents: the request form, the receipt, the status page and the control question."""

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEntry, Request
from tests.conftest import csrf_token

GOOD = {
    "what_happened": "Mijn parkeervergunning is afgewezen, maar ik woon hier al tien jaar.",
    "desired_outcome": "Een nieuwe beoordeling van mijn aanvraag.",
    "theme": "parkeren",
    "contact_name": "Ingrid Test",
    "contact_email": "ingrid@example.org",
    "contact_phone": "06 12345678",
    "contact_preference": "email",
    "consent_publication": "y",
}


def count() -> int:
    return db.session.execute(select(func.count(Request.id))).scalar_one()


def submit(client, **overrides):
    data = {**GOOD, "csrf_token": csrf_token(client), "submission_id": overrides.pop("submission_id", "sub-1")}
    data.update(overrides)
    return client.post("/verzoek/nieuw", data=data)


def test_form_renders_in_dutch_with_labels(client):
    page = client.get("/verzoek/nieuw").get_data(as_text=True)
    assert 'lang="nl"' in page
    # beside the contact fields, not only in the footer: what happens with these details
    contact = page.split("Hoe kunnen wij u bereiken?")[1].split("</fieldset>")[0]
    assert 'href="/privacy"' in contact
    for text in (
        "Wat is er gebeurd?",
        "Wat wilt u bereiken?",
        "Weet ik niet",
        "Uw e-mailadres",
        "Hoe wilt u dat wij contact opnemen?",
        "kennisbank",
    ):
        assert text in page
    assert 'for="what_happened"' in page


def test_submit_stores_durably_then_shows_receipt_with_code_and_dates(client, app):
    response = submit(client)
    assert response.status_code == 302
    location = response.headers["Location"]
    assert "/verzoek/VTA-" in location and location.endswith("/ontvangen")
    # The request is committed before the receipt: a separate connection sees it.
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Request.__table__)).scalar_one() == 1
    req = db.session.execute(select(Request)).scalar_one()
    assert req.status == "ontvangen" and req.channel == "web" and req.consent_publication
    assert req.contact_email == "ingrid@example.org" and req.theme.slug == "parkeren"
    assert req.first_contact_due > req.received_at.date()
    receipt = client.get(location)
    assert receipt.status_code == 200
    html = receipt.get_data(as_text=True)
    code = location.split("/")[-2]
    assert code in html and "Wat gebeurt er nu?" in html
    assert receipt.headers["Cache-Control"] == "no-store"
    assert "ingrid@example.org" not in html  # a receipt link does not expose contact details
    # the code itself is never stored, only its hash
    assert code not in (req.code_hash, req.submission_id)


def test_replayed_form_does_not_duplicate(client):
    first = submit(client, submission_id="same")
    second = submit(client, submission_id="same")
    assert first.headers["Location"] == second.headers["Location"]
    assert count() == 1


def test_theme_unknown_is_allowed(client):
    assert submit(client, theme="onbekend").status_code == 302
    assert db.session.execute(select(Request)).scalar_one().theme_id is None


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("what_happened", "", "Dit veld is verplicht."),
        ("what_happened", "kort", "Schrijf minstens 10"),
        ("what_happened", "x" * 6000, "hoogstens 5000"),
        ("desired_outcome", "", "Dit veld is verplicht."),
        ("theme", "", "Dit veld is verplicht."),
        ("theme", "<script>alert(1)</script>", "Kies een van de mogelijkheden uit de lijst"),
        ("contact_email", "geen-mail", "geen geldig e-mailadres"),
        ("contact_phone", "12", "geen geldig telefoonnummer"),
        ("contact_phone", "06-1234567890123", "geen geldig telefoonnummer"),
        ("contact_preference", "fax", "Kies een van de mogelijkheden uit de lijst"),
    ],
)
def test_bad_input_gives_dutch_error_next_to_field_and_keeps_typed_text(client, field, value, message):
    response = submit(client, **{field: value})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert f'id="{field}-error"' in html
    assert message.lower() in html.lower() or field in ("theme", "contact_preference")
    if field != "what_happened":
        assert GOOD["what_happened"].replace("'", "&#39;") in html  # nothing typed is lost
    assert count() == 0


def test_preference_needs_matching_contact_detail(client):
    response = submit(client, contact_preference="telefoon", contact_phone="")
    assert response.status_code == 400
    assert "Vul uw telefoonnummer in" in response.get_data(as_text=True)
    assert count() == 0


def test_missing_csrf_token_is_refused(client):
    response = client.post("/verzoek/nieuw", data={**GOOD, "submission_id": "x"})
    assert response.status_code == 400
    assert "formulier was verlopen" in response.get_data(as_text=True)
    assert count() == 0


def test_script_tags_and_unicode_are_stored_verbatim_and_escaped(client, app):
    story = "<script>alert('x')</script> Ĳsselmeer 👩🏽‍⚕️ ‮ طلب ' OR 1=1; --"
    response = submit(client, what_happened=story, contact_name="<b>Zoë</b>")
    assert response.status_code == 302
    req = db.session.execute(select(Request)).scalar_one()
    assert req.what_happened == story and req.contact_name == "<b>Zoë</b>"
    from tests.conftest import login

    login(client)
    html = client.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<b>Zoë</b>" not in html


def test_control_characters_are_stripped(client):
    assert submit(client, what_happened="Regel een\x00\x07 en nog wat tekst hier").status_code == 302
    assert "\x00" not in db.session.execute(select(Request)).scalar_one().what_happened


def test_status_page_shows_public_history_only(client):
    location = submit(client).headers["Location"]
    status_url = location.rsplit("/", 1)[0]
    page = client.get(status_url)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Ontvangen" in html and "Verloop" in html
    assert "ingrid" not in html.lower() and "06 12345678" not in html
    assert page.headers["X-Robots-Tag"].startswith("noindex")


@pytest.mark.parametrize(
    "code",
    ["VTA-0000-0000-0000-0000", "onzin", "x" * 300, "%3Cscript%3E", "<img src=x onerror=alert(1)>", "VTA-٣٣٣٣-𝟘𝟘𝟘𝟘"],
)
def test_unknown_code_is_a_friendly_404_without_hints(client, code):
    response = client.get(f"/verzoek/{code}")
    assert response.status_code == 404
    assert "no-store" in response.headers.get("Cache-Control", "")
    html = response.get_data(as_text=True)
    assert "<img src=x" not in html
    # a link from an old mail or a mistyped code: the look-up form says so in Dutch (the same words for every code)
    assert "Wij vinden geen verzoek met deze code" in html and 'name="code"' in html
    assert client.get(f"/verzoek/{code}/ontvangen").status_code == 404


def test_lookup_form_finds_request_and_refuses_unknown_code(client):
    location = submit(client).headers["Location"]
    code = location.split("/")[-2]
    token = csrf_token(client, "/verzoek/")
    found = client.post("/verzoek/", data={"csrf_token": token, "code": code.lower().replace("-", " ")})
    assert found.status_code == 302 and found.headers["Location"].endswith(f"/verzoek/{code}")
    missing = client.post("/verzoek/", data={"csrf_token": token, "code": "VTA-0000-0000-0000-0000"})
    assert missing.status_code == 400 and "Wij vinden geen verzoek" in missing.get_data(as_text=True)
    empty = client.post("/verzoek/", data={"csrf_token": token, "code": ""})
    assert empty.status_code == 400 and "Dit veld is verplicht" in empty.get_data(as_text=True)


def test_control_question_only_after_resolution(client):
    location = submit(client).headers["Location"]
    status_url = location.rsplit("/", 1)[0]
    assert "Bent u tevreden?" not in client.get(status_url).get_data(as_text=True)
    token = csrf_token(client)
    early = client.post(
        f"{status_url}/controlevraag",
        data={"csrf_token": token, "all_addressed": "ja", "satisfied": "ja"},
        follow_redirects=True,
    )
    assert "als de bemiddelaar het verzoek heeft afgerond" in early.get_data(as_text=True)
    assert db.session.execute(select(Request)).scalar_one().control_answered_at is None
    assert (
        db.session.execute(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "request.control_answer")
        ).scalar_one()
        == 0
    )
