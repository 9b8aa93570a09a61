"""A resident in a real browser: submit a request, keep the code, follow it; form errors."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import ConsoleGuard, assert_summary_links_lead_to_fields, submit_request, type_into


def test_resident_submits_then_follows_the_request_with_the_code(page: Any) -> None:
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Verzoek indienen").click()
    expect(page).to_have_url(re.compile(r"/verzoek/nieuw$"))

    code = submit_request(page, "Mijn parkeervergunning voor mantelzorg werd geweigerd zonder uitleg.")
    expect(page.get_by_role("status")).to_contain_text("Uw persoonlijke code")
    expect(page).to_have_title(re.compile("^Verzoek ontvangen"))

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Mijn verzoek").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stand van uw verzoek")
    type_into(page, "Uw code", code.lower().replace("-", " "))  # as read aloud or typed carelessly
    page.get_by_role("button", name="Bekijk de stand van zaken").click()

    expect(page).to_have_url(re.compile(rf"/verzoek/{code}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw verzoek")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text(code)
    expect(facts).to_contain_text("Ontvangen")
    expect(facts).to_contain_text("Parkeren")
    expect(page.get_by_role("heading", name="Verloop")).to_be_visible()


def test_unknown_code_is_refused_next_to_the_field(page: Any, console: ConsoleGuard) -> None:
    console.allow(r"status of 400")
    page.goto("/verzoek/")
    type_into(page, "Uw code", "VTA-0000-0000-0000-0000")
    page.get_by_role("button", name="Bekijk de stand van zaken").click()
    expect(page.locator("#code-error")).to_contain_text("Wij vinden geen verzoek met deze code")
    expect(page.get_by_label("Uw code")).to_have_value("VTA-0000-0000-0000-0000")


def test_form_errors_show_next_to_fields_and_in_summary_and_keep_typed_text(page: Any, console: ConsoleGuard) -> None:
    console.allow(r"status of 400")
    page.goto("/verzoek/nieuw")
    type_into(page, "Wat is er gebeurd?", "Kort.")
    type_into(page, "Uw naam", "Jan <script>alert(1)</script> Jansen")
    type_into(page, "Uw e-mailadres", "jan@@voorbeeld")
    page.get_by_role("group", name="Hoe wilt u dat wij contact opnemen?").get_by_label("Telefoon").check()
    page.get_by_role("button", name="Verzoek versturen").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading")).to_have_text(re.compile(r"Er zijn \d+ fouten in het formulier"))
    for field_id in ("what_happened", "desired_outcome", "theme", "contact_email", "contact_preference"):
        expect(summary.locator(f'a[href="#{field_id}"]')).to_have_count(1)
        expect(page.locator(f"#{field_id}-error")).to_be_visible()
    expect(page.locator("#what_happened-error")).to_contain_text("minstens 10")
    expect(page.locator("#contact_email-error")).to_contain_text("geen geldig e-mailadres")
    expect(page.locator("#contact_preference-error")).to_contain_text("telefoonnummer")
    assert_summary_links_lead_to_fields(page)

    story = page.get_by_label("Wat is er gebeurd?")
    expect(story).to_have_attribute("aria-invalid", "true")
    expect(story).to_have_attribute("aria-describedby", re.compile(r"\bwhat_happened-error\b"))
    # What the resident typed is still there, and nothing of it was executed.
    expect(story).to_have_value("Kort.")
    expect(page.get_by_label("Uw naam")).to_have_value("Jan <script>alert(1)</script> Jansen")
    expect(page.get_by_label("Uw e-mailadres")).to_have_value("jan@@voorbeeld")
    preference = page.get_by_role("group", name="Hoe wilt u dat wij contact opnemen?")
    expect(preference.get_by_label("Telefoon")).to_be_checked()

    # The summary links lead to the fields.
    summary.locator('a[href="#contact_email"]').click()
    expect(page).to_have_url(re.compile(r"#contact_email$"))
    expect(page.get_by_label("Uw e-mailadres")).to_be_in_viewport()
