"""Mail in the browser: the service's contact details in the footer and on /over, the admin's mail pages (axe)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import ConsoleGuard, assert_accessible, assert_summary_links_lead_to_fields, submit_request


def test_contact_details_in_footer_and_on_about_page(page: Any) -> None:
    page.goto("/")
    footer = page.locator("footer")
    expect(footer).to_contain_text("Contact met de bemiddeling")
    expect(footer.get_by_role("link", name="bemiddeling@voorbeeld.example")).to_have_attribute(
        "href", "mailto:bemiddeling@voorbeeld.example"
    )
    expect(footer.get_by_role("link", name="14 099")).to_have_attribute("href", "tel:14099")
    page.goto("/over")
    expect(page.locator("#contact")).to_have_text("Contact met de bemiddeling")
    expect(page.locator("ul.contact-details")).to_contain_text("Voorbeeldstad")
    assert_accessible(page, "/over with contact details")


def test_admin_sees_the_receipt_mail_and_its_text(new_page: Callable[..., Any], admin_state: dict[str, Any]) -> None:
    resident = new_page()
    code = submit_request(
        resident,
        "Mijn brief over de kwijtschelding is nooit beantwoord, al twee maanden.",
        email="mail-browsertest@voorbeeld.nl",
    )
    admin = new_page(storage_state=admin_state)
    admin.goto("/bemiddeling/beheer/mail")
    expect(admin.get_by_role("heading", level=1)).to_have_text("Mail")
    expect(admin.locator("main")).to_contain_text("geen mailserver ingesteld")
    row = admin.locator("tr", has_text="mail-browsertest@voorbeeld.nl").first
    expect(row).to_be_visible()
    assert_accessible(admin, "the admin's mail list")
    row.get_by_role("link", name="Wij hebben uw verzoek ontvangen").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text("Wij hebben uw verzoek ontvangen")
    expect(admin.locator("main")).to_contain_text(code)
    assert_accessible(admin, "one mail")
    admin.goto("/bemiddeling/beheer/mail?stand=sent")
    assert_accessible(admin, "the mail list filtered by state")


def test_contact_details_form_and_its_error_state(
    new_page: Callable[..., Any], admin_state: dict[str, Any], console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")
    page = new_page(storage_state=admin_state)
    page.goto("/bemiddeling/beheer/contactgegevens")
    expect(page.get_by_label("Telefoonnummer")).to_have_value("14 099")
    assert_accessible(page, "contact details form")
    page.get_by_label("E-mailadres").fill("geen adres")
    page.get_by_role("button", name="Contactgegevens opslaan").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_summary_links_lead_to_fields(page)
    assert_accessible(page, "contact details form with an error")
