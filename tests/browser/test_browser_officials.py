"""Officials and residents in a real browser: the official's page behind a personal link, and the resident's
add-information form. Both are checked with axe (WCAG 2.1 AA), also in their error states."""

from __future__ import annotations

import datetime as dt
import email
import re
import sqlite3
from collections.abc import Callable
from email import policy
from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import (
    ConsoleGuard,
    assert_accessible,
    assert_summary_links_lead_to_fields,
    request_id,
    submit_request,
)
from tests.browser.live_server import MEDIATOR, LiveServer, login

LINK_RE = re.compile(r"https?://[^\s\"<>]+(/ambtenaar/link/[A-Za-z0-9_.\-]+)")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def _invitation_link(portal: LiveServer, address: str) -> str:
    """The link path from the invitation mail: still in the outbox, or already written as an .eml file."""
    with sqlite3.connect(portal.data_dir / "portal.db") as conn:
        rows = conn.execute(
            "SELECT body_text, eml_name FROM mail_outbox WHERE kind = 'official_invitation' "
            "AND to_addr = ? ORDER BY id DESC",
            (address,),
        ).fetchall()
    assert rows, "no invitation mail queued"
    body, eml_name = rows[0]
    if not body and eml_name:
        msg = email.message_from_bytes((portal.data_dir / "mail" / eml_name).read_bytes(), policy=policy.default)
        body = msg.get_body(("plain",)).get_content()
    match = LINK_RE.search(body or "")
    assert match, body
    return match.group(1)


def test_mediator_invites_and_official_confirms_then_reports_done(
    new_page: Callable[..., Any], portal: LiveServer, console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")
    resident = new_page()
    marker = f"ambtenaar-{dt.datetime.now().strftime('%H%M%S%f')}"
    submit_request(resident, f"Mijn aanvraag voor een gehandicaptenparkeerplaats blijft liggen ({marker}).")
    number = request_id(portal, marker)

    mediator = new_page()
    login(mediator, portal.url, MEDIATOR)
    mediator.goto(f"/bemiddeling/verzoek/{number}")
    mediator.get_by_text("Afspraak vastleggen").click()
    agreement = mediator.locator("form[action$='/afspraak']")
    agreement.get_by_label("Wat is afgesproken?").fill("De afdeling beslist binnen twee weken op de aanvraag.")
    agreement.get_by_label("Welke afdeling zegt het toe").select_option(index=1)
    agreement.get_by_label("Rol van wie het toezegt").fill("teamleider")
    agreement.get_by_label("Uiterlijk op").fill((dt.date.today() + dt.timedelta(days=14)).isoformat())
    agreement.get_by_role("button", name="Afspraak opslaan").click()
    expect(mediator.locator(".flash")).to_have_text("De afspraak is opgeslagen.")

    mediator.get_by_text("Ambtenaar uitnodigen om te reageren").click()
    invite = mediator.locator("form[action$='/ambtenaar-uitnodigen']")
    address = f"{marker}@gemeente.example.nl"
    invite.get_by_label("Naam (nieuwe ambtenaar)").fill("Petra Parkeren")
    invite.get_by_label("Werk-e-mailadres").fill(address)
    invite.get_by_label("Voorgestelde afspraak").select_option(index=1)
    invite.get_by_label("Uw vraag aan de ambtenaar").fill("Kunt u deze afspraak bevestigen?")
    invite.get_by_role("button", name="Uitnodiging versturen").click()
    expect(mediator.locator(".flash")).to_contain_text("De uitnodiging is verstuurd")
    assert_accessible(mediator, "request page with the officials panel")

    official = new_page()
    official.goto(_invitation_link(portal, address))
    expect(official.get_by_role("heading", level=1)).to_contain_text("Vraag van de bemiddelaar")
    expect(official.get_by_text("Kunt u deze afspraak bevestigen?")).to_be_visible()
    expect(official.locator("main")).not_to_contain_text("bewoner@voorbeeld.nl")
    expect(official.locator("main")).not_to_contain_text("Fatima")
    assert_accessible(official, "the official's page")

    # An empty answer: a Dutch error next to the field and in the summary; still accessible.
    official.get_by_role("button", name="Antwoord versturen").click()
    expect(official.locator(".error-summary")).to_be_visible()
    assert_summary_links_lead_to_fields(official)
    assert_accessible(official, "the official's page with an error")

    official.get_by_role("button", name="Ik bevestig de afspraak").click()
    expect(official.locator(".flash")).to_contain_text("U heeft de afspraak bevestigd")
    official.get_by_label("Wat is er gedaan? (niet verplicht)").fill("Besluit is verstuurd.")
    official.get_by_role("button", name="De afspraak is uitgevoerd").click()
    expect(official.locator(".flash")).to_contain_text("De bemiddelaar weet nu")
    expect(official.get_by_text("U hoeft niets meer te doen")).to_be_visible()
    assert_accessible(official, "the official's page after reporting done")

    mediator.reload()
    expect(mediator.locator("#ambtenaren").locator("..")).to_contain_text(
        "Bevestigd en uitgevoerd gemeld door de ambtenaar"
    )
    expect(mediator.locator("main")).to_contain_text("Besluit is verstuurd.")


def test_resident_adds_information_with_a_file(
    new_page: Callable[..., Any], portal: LiveServer, console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")
    resident = new_page()
    marker = f"aanvulling-{dt.datetime.now().strftime('%H%M%S%f')}"
    code = submit_request(resident, f"De gemeente stuurde een aanslag voor een huis dat ik verkocht ({marker}).")
    resident.goto(f"/verzoek/{code}")
    resident.get_by_role("link", name="Informatie toevoegen").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Informatie toevoegen aan uw verzoek")
    assert_accessible(resident, "the add-information form")

    # A program renamed to .pdf is refused by its content, with a Dutch message; still accessible.
    resident.get_by_label("Bestanden (niet verplicht)").set_input_files(
        files=[{"name": "aanslag.pdf", "mimeType": "application/pdf", "buffer": b"MZ\x90\x00" + b"\x00" * 100}]
    )
    resident.get_by_role("button", name="Toevoegen").click()
    expect(resident.locator(".error-summary")).to_contain_text("geen PDF, JPG of PNG")
    assert_summary_links_lead_to_fields(resident)
    assert_accessible(resident, "the add-information form with an error")

    resident.get_by_label("Uw bericht").fill("Hierbij een foto van de koopakte.")
    resident.get_by_label("Bestanden (niet verplicht)").set_input_files(
        files=[{"name": "koopakte.png", "mimeType": "image/png", "buffer": PNG}]
    )
    resident.get_by_role("button", name="Toevoegen").click()
    expect(resident.locator(".flash")).to_contain_text("De bemiddelaar kan uw informatie nu lezen")
    expect(resident).to_have_url(re.compile(rf"/verzoek/{code}$"))

    mediator = new_page()
    login(mediator, portal.url, MEDIATOR)
    mediator.goto(f"/bemiddeling/verzoek/{request_id(portal, marker)}")
    panel = mediator.locator("section[aria-labelledby='aanvullingen']")
    expect(panel).to_contain_text("Hierbij een foto van de koopakte.")
    with mediator.expect_download() as download_info:
        panel.get_by_role("link", name="koopakte.png").click()
    assert download_info.value.suggested_filename == "koopakte.png"


def test_official_asks_for_an_afstemming(new_page: Callable[..., Any], console: ConsoleGuard) -> None:
    console.allow(r"status of 400")
    page = new_page()
    page.goto("/")
    page.get_by_role("link", name="Afstemming aanvragen als ambtenaar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Afstemming aanvragen als ambtenaar")
    assert_accessible(page, "the officials' request form")
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_summary_links_lead_to_fields(page)
    assert_accessible(page, "the officials' request form with errors")

    page.get_by_label("Uw naam").fill("Wim Wijkbeheer")
    page.get_by_label("Uw afdeling").select_option(index=1)
    page.get_by_label("Uw werk-e-mailadres").fill("w.wijkbeheer@gemeente.example.nl")
    page.get_by_label("Wat is de situatie van de bewoner?").fill(
        "Een bewoner wacht al maanden op herstel van de stoep voor haar huis."
    )
    page.get_by_label("Wat is er volgens u nodig?").fill("Een gesprek met de bewoner en de afdeling.")
    page.get_by_role("group", name="Weet de bewoner van dit verzoek").get_by_label("Ja").check()
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wij hebben het verzoek ontvangen")
    expect(page.locator("p.code")).to_have_text(re.compile(r"^VTA(-[0-9A-Z]{4}){4}$"))
    assert_accessible(page, "the officials' receipt")
