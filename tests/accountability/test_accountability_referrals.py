"""Rule 4 (referral reasons by category) and rule 1 (time to acknowledgement) of the five-rules section."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import select

from portal import labels
from portal.extensions import db
from portal.models import Request
from portal.models_mail import MailOutbox
from portal.services import accountability as acc
from portal.services import mail
from tests.accountability.acc_helpers import make_request
from tests.web.test_portal_backoffice import log_a_contact, new_request, post

Q1 = acc.quarter(2025, 1)
REASON = "De bewoner wil een onafhankelijk oordeel. <script>alert(1)</script>"


def _to_referral_step(client) -> Request:
    req, _code = new_request(client)
    from tests.conftest import login

    login(client)
    post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"})
    log_a_contact(client, req)
    return req


def _refer(client, req: Request, **extra: str):
    return post(
        client,
        f"/bemiddeling/verzoek/{req.id}/status",
        {"t-to_status": "doorverwezen", "t-referral_route": "bezwaar", "t-referral_reason": REASON, **extra},
    )


def _state(req_id: int) -> tuple[str, str | None, str | None]:
    db.session.expire_all()
    req = db.session.get(Request, req_id)
    return req.status, req.referral_route, req.referral_category


def test_referral_needs_a_category_and_keeps_what_was_typed(client):
    req = _to_referral_step(client)
    r = _refer(client, req)
    html = r.get_data(as_text=True)
    assert r.status_code == 409 and "Kies wat voor reden de doorverwijzing heeft." in html
    assert "onafhankelijk oordeel" in html and "<script>alert(1)" not in html  # typed text back, escaped
    assert _state(req.id) == ("in_verkenning", None, None)
    for label in labels.REFERRAL_CATEGORIES.values():
        assert label in html  # the select offers every category in Dutch


@pytest.mark.parametrize("bad", ["onzin", "<script>x</script>", "anders\x00", "ä" * 5000, "0", "onbekend"])
def test_referral_category_bad_values_are_refused(client, bad):
    req = _to_referral_step(client)
    r = _refer(client, req, **{"t-referral_category": bad})
    assert 400 <= r.status_code < 500
    html = r.get_data(as_text=True)
    assert "Kies een soort reden uit de lijst." in html and "Not a valid" not in html.split("Soort reden")[1][:400]
    assert "onafhankelijk oordeel" in html  # the typed reason is still there
    assert _state(req.id) == ("in_verkenning", None, None)


def test_referral_category_is_stored_and_a_replay_changes_nothing(client):
    req = _to_referral_step(client)
    r = _refer(client, req, **{"t-referral_category": "wettelijke_termijn"})
    assert r.status_code == 302
    assert _state(req.id) == ("doorverwezen", "bezwaar", "wettelijke_termijn")
    again = _refer(client, req, **{"t-referral_category": "anders"})
    assert 400 <= again.status_code < 500  # a replayed or stale form
    assert _state(req.id) == ("doorverwezen", "bezwaar", "wettelijke_termijn")


def _seed_referrals() -> None:
    day = dt.datetime(2025, 2, 3, 10)
    plan = [("buiten_bevoegdheid", 9), ("wettelijke_termijn", 7), ("anders", 2), (None, 6)]
    for category, n in plan:
        for _ in range(n):
            req = make_request(
                day,
                theme="afval",
                department=labels.DEPARTMENTS[0],
                outcome="doorverwezen",
                route="bezwaar",
                fc_days=1,
                res_days=5,
            )
            req.referral_category = category
    for _ in range(20):
        make_request(day, theme="afval", department=labels.DEPARTMENTS[0], outcome="opgelost", fc_days=1, res_days=5)
    db.session.commit()
    acc.clear_cache()


def test_reasons_by_category_appear_protected_everywhere(app, client):
    _seed_referrals()
    data = acc.figures(Q1)
    cats = {r["key"]: r["count"] for r in data["outcomes"]["categories"]}
    assert set(cats) == {*labels.REFERRAL_CATEGORIES, "onbekend"}
    assert cats["anders"] in ("<5", None)  # 2: never published as a number
    assert cats["geen_overeenstemming"] == 0 and cats["inwoner_wil_formeel"] == 0  # zeros are no one
    assert cats["buiten_bevoegdheid"] in (9, None) and cats["wettelijke_termijn"] in (7, None)
    assert any(isinstance(v, int) and v >= 5 for v in cats.values())  # the breakdown says something
    rule4 = {r["key"]: r for r in data["rules"]}["oordeel"]
    assert rule4["categories"] == data["outcomes"]["categories"]
    for v in cats.values():
        assert not (isinstance(v, int) and 1 <= v <= 4)
    page = client.get("/verantwoording?periode=2025-Q1").get_data(as_text=True)
    assert "Doorverwezen: redenen per categorie" in page and "Reden van doorverwijzing: valt buiten" in page
    api = client.get("/api/v1/accountability?period=2025-Q1").get_json()
    assert {r["key"]: r["count"] for r in api["outcomes"]["categories"]} == cats
    rows = [
        r
        for r in csv.DictReader(
            io.StringIO(
                client.get("/open-data/verantwoording.csv?periode=2025-Q1").get_data(as_text=True).lstrip("\ufeff")
            )
        )
        if r["table"] == "referral_category"
    ]
    assert len(rows) == len(cats)
    assert all(r["value"] not in {"1", "2", "3", "4"} for r in rows)
    anders = next(r for r in rows if r["key"] == "anders")
    assert anders["suppressed"] == "ja"


def test_time_to_acknowledgement_with_its_norm(app, client):
    for n in range(4):
        new_request(client, f"ack-{n}")  # the web form: the receipt is queued in the same transaction
    late = make_request(dt.datetime.combine(dt.date.today(), dt.time(0, 1)))
    db.session.flush()
    db.session.add(
        MailOutbox(
            to_addr="x@example.org",
            subject="Wij hebben uw verzoek ontvangen",
            kind="receipt",
            reason="test",
            request_id=late.id,
            message_id="<ack-late@test>",
            created_at=late.received_at,
            state="sent",
            sent_at=late.received_at + dt.timedelta(days=14),
        )
    )
    db.session.add(
        MailOutbox(
            to_addr="y@example.org",
            subject="Wij hebben uw verzoek ontvangen",
            kind="receipt",
            reason="test",
            request_id=late.id,
            message_id="<ack-late-2@test>",
            created_at=late.received_at,
            state="failed",
        )
    )  # a second receipt: one request
    db.session.commit()
    mail.flush()  # the four web receipts are sent now
    acc.clear_cache()
    receipts = db.session.execute(select(MailOutbox).where(MailOutbox.kind == "receipt")).scalars().all()
    assert len(receipts) == 6
    period = acc.quarter_of(dt.date.today())
    rule1 = {r["key"]: r for r in acc.figures(period)["rules"]}["toegang"]
    figs = {f["label"]: f for f in rule1["figures"]}
    assert figs["Verzoeken met een ontvangstbevestiging per e-mail"]["value"] == 5
    same_day = figs["Bevestiging dezelfde werkdag verstuurd"]
    assert same_day["value"] == 80 and same_day["unit"] == "%" and "100%" in same_day["norm"]
    page = client.get(f"/verantwoording?periode={period.slug}").get_data(as_text=True)
    assert "Bevestiging dezelfde werkdag verstuurd" in page
    assert "wanneer de inwoner eerst contact zocht, leggen wij niet vast" in page
