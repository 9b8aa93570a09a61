"""A case from start to end in two browsers side by side: the resident and the mediator."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import request_id, submit_request
from tests.browser.live_server import MEDIATOR, LiveServer, login


def flash(page: Any) -> Any:
    return page.locator(".flash")


def change_status(page: Any, label: str, *, summary: str | None = None, outcome: str | None = None) -> None:
    form = page.locator("form[action$='/status']")
    form.get_by_label("Nieuwe status").select_option(label=label)
    if outcome:
        form.get_by_label("Uitkomst", exact=True).select_option(label=outcome)
    if summary:
        form.get_by_label("Uitleg voor de bewoner").fill(summary)
    form.get_by_role("button", name="Status wijzigen").click()
    expect(flash(page)).to_have_text(f"De status is nu: {label}.")
    expect(page.get_by_role("heading", level=1)).to_contain_text(label)


def test_mediator_works_a_case_to_the_end_and_the_resident_answers_the_control_question(
    new_page: Callable[..., Any], portal: LiveServer
) -> None:
    resident = new_page()
    marker = f"dossier-{dt.datetime.now().strftime('%H%M%S%f')}"
    code = submit_request(resident, f"De afvalcontainer in onze straat wordt al weken niet geleegd ({marker}).")
    number = request_id(portal, marker)

    mediator = new_page()
    login(mediator, portal.url, MEDIATOR)
    expect(mediator.get_by_role("heading", level=1)).to_have_text("Werkvoorraad")
    mediator.goto(f"/bemiddeling/verzoek/{number}")
    expect(mediator.get_by_role("heading", level=1)).to_contain_text("Ontvangen")
    expect(mediator.locator(".prose").first).to_contain_text(marker)

    # Take ownership.
    mediator.get_by_role("button", name="Dit verzoek oppakken").click()
    expect(flash(mediator)).to_have_text("U bent nu de bemiddelaar van dit verzoek.")
    expect(mediator.get_by_role("button", name="Dit verzoek oppakken")).to_have_count(0)

    change_status(mediator, "In verkenning")

    # Log a conversation with the resident.
    mediator.get_by_text("Contactmoment vastleggen", exact=True).click()
    contact = mediator.locator("form[action$='/contact']")
    expect(contact.get_by_label("Wanneer")).not_to_have_value("")
    contact.get_by_label("Kanaal").select_option(label="Telefoon")
    contact.get_by_label("Wie waren erbij (rollen)").fill("bewoner, bemiddelaar")
    contact.get_by_label("De bewoner was erbij").check()
    contact.get_by_label("Samenvatting (intern)").fill("Bewoner gebeld; container staat op de verkeerde route.")
    contact.get_by_role("button", name="Contactmoment opslaan").click()
    expect(flash(mediator)).to_have_text("Het contactmoment is opgeslagen.")
    expect(mediator.locator("ul.log").first).to_contain_text("container staat op de verkeerde route")

    change_status(mediator, "In afstemming")

    # Record what the municipality promised, then mark it kept.
    mediator.get_by_text("Afspraak vastleggen", exact=True).click()
    agreement = mediator.locator("form[action$='/afspraak']")
    agreement.get_by_label("Wat is afgesproken?").fill("De container wordt aan de route toegevoegd.")
    agreement.get_by_label("Welke afdeling zegt het toe").select_option(index=1)
    agreement.get_by_label("Rol van wie het toezegt").fill("teamleider")
    agreement.get_by_label("Uiterlijk op").fill((dt.date.today() + dt.timedelta(days=14)).isoformat())
    agreement.get_by_role("button", name="Afspraak opslaan").click()
    expect(flash(mediator)).to_have_text("De afspraak is opgeslagen.")
    row = mediator.locator("section[aria-labelledby='afspraken'] tbody tr").filter(has_text="aan de route")
    row.get_by_label("Stand van afspraak").select_option(label="Nagekomen")
    row.get_by_role("button", name="Bijwerken").click()
    expect(flash(mediator)).to_have_text("De stand van de afspraak is bijgewerkt.")
    expect(
        mediator.locator("section[aria-labelledby='afspraken'] tbody tr")
        .filter(has_text="aan de route")
        .get_by_label("Stand van afspraak")
    ).to_have_value("kept")

    explanation = "De container staat weer op de route en wordt elke week geleegd."
    change_status(mediator, "Opgelost", outcome="Helemaal opgelost", summary=explanation)
    expect(mediator.locator(".note")).to_contain_text("controlevraag nog niet beantwoord")

    # The resident sees the outcome and answers the control question.
    resident.goto(f"/verzoek/{code}")
    expect(resident.locator("dl.facts")).to_contain_text("Opgelost")
    expect(resident.get_by_role("region", name=re.compile("^Uitkomst"))).to_contain_text(explanation)
    question = resident.get_by_role("region", name="Is alles besproken? Bent u tevreden?")
    question.get_by_role("group", name="Is alles besproken?").get_by_label("Ja").check()
    question.get_by_role("group", name="Bent u tevreden?").get_by_label("Ja").check()
    question.get_by_label("Wilt u nog iets kwijt? (niet verplicht)").fill("Snel geregeld, dank u.")
    question.get_by_role("button", name="Antwoord versturen").click()
    expect(flash(resident)).to_have_text("Dank u wel voor uw antwoord. De bemiddelaar leest het.")
    expect(resident.get_by_role("region", name="Is alles besproken? Bent u tevreden?")).to_have_count(0)
    expect(resident.locator("p.note")).to_contain_text("U heeft de controlevraag beantwoord")

    # The mediator reads the answer and closes the case.
    mediator.reload()
    expect(mediator.get_by_role("heading", name="Antwoord op de controlevraag")).to_be_visible()
    expect(mediator.locator("section[aria-labelledby='kern']")).to_contain_text("Snel geregeld, dank u.")
    change_status(mediator, "Afgerond")
    expect(mediator.get_by_text("Dit verzoek is gesloten.")).to_be_visible()
    expect(mediator.get_by_text("Afspraak vastleggen", exact=True)).to_have_count(0)

    resident.reload()
    expect(resident.locator("dl.facts")).to_contain_text("Afgerond")
    expect(resident.locator("ol.timeline")).to_contain_text("Afgerond")

    # Logging out really ends the session.
    mediator.get_by_role("button", name=re.compile(r"^Uitloggen")).click()
    expect(flash(mediator)).to_have_text("U bent uitgelogd.")
    mediator.goto(f"/bemiddeling/verzoek/{number}")
    expect(mediator).to_have_url(re.compile(r"/bemiddeling/inloggen"))
