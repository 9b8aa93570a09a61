"""The knowledge base is honest when nothing matches: no padding, related articles apart with a reason (issue 12)."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible


def test_no_direct_match_page_shows_related_with_reasons_and_passes_axe(page: Any) -> None:
    page.goto("/kennisbank")
    box = page.get_by_label("Waar zoekt u naar?")
    box.fill("paspoort verlengen")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/kennisbank\?.*q=paspoort\+verlengen"))
    expect(page.locator("#resultaten")).to_have_text("0 artikelen voor ‘paspoort verlengen’")
    expect(page.get_by_text("Geen artikel gaat over ‘paspoort verlengen’; wel verwant:")).to_be_visible()
    expect(page.locator("ol.hits > li")).to_have_count(0)  # nothing padded into the results

    related = page.get_by_role("region", name="Verwante artikelen")
    expect(related).to_be_visible()
    items = related.locator("li.hit")
    expect(items.first).to_be_visible()
    expect(items.first.locator(".reason")).to_have_text(re.compile(r"\S"))
    expect(related.get_by_text(re.compile("niet over ‘verlengen’"))).to_be_visible()
    assert_accessible(page, "the 'no direct match' search page")

    first = items.first.get_by_role("link")
    title = first.inner_text().strip()
    first.click()
    expect(page).to_have_url(re.compile(r"/kennisbank/[\w-]+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_found_page_has_no_related_block_and_passes_axe(page: Any) -> None:
    page.goto("/kennisbank?q=parkeervergunning")
    expect(page.locator("ol.hits > li.hit").first).to_be_visible()
    expect(page.get_by_text("wel verwant")).to_have_count(0)
    assert_accessible(page, "a search page with direct results")
