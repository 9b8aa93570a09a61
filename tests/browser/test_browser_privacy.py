"""The privacy statement in a real browser: reached from the footer of any page, accessible (axe), no errors."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible


def test_privacy_statement_from_the_footer(page: Any) -> None:
    page.goto("/kennisbank")
    page.locator("footer").get_by_role("link", name="Privacy").click()
    expect(page).to_have_title("Privacy – Gemeente Voorbeeld")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat doen wij met uw gegevens?")
    expect(page.get_by_role("link", name="Mijn verzoek").last).to_have_attribute("href", "/verzoek/")
    assert_accessible(page, "the privacy statement")
