"""Keyboard only: skip link, the whole request form with Tab, typing, Space and Enter, and visible focus."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.helpers import CODE_RE

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return {tag: el.tagName.toLowerCase(), id: el.id, text: (el.innerText || el.value || '').trim().slice(0, 60),
          outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow,
          focusVisible: el.matches(':focus-visible')};
}"""


def active(page: Any) -> dict[str, Any]:
    """What has the keyboard focus now, and how it is drawn."""
    return page.evaluate(FOCUS_STYLE)


def assert_focus_visible(page: Any) -> dict[str, Any]:
    """The focused element shows a visible focus ring (outline or box-shadow)."""
    state = active(page)
    ring = (state["outlineStyle"] != "none" and state["outlineWidth"] >= 2) or state["boxShadow"] not in ("", "none")
    assert ring, f"focus not visible on {state}"
    return state


def tab_to(page: Any, selector: str, limit: int = 25) -> list[dict[str, Any]]:
    """Press Tab until `selector` has the focus; return every stop on the way (each with a visible focus)."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stops.append(assert_focus_visible(page))
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return stops
    raise AssertionError(f"{selector} not reached with {limit} x Tab; stops: {[(s['tag'], s['id']) for s in stops]}")


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    state = assert_focus_visible(page)
    assert state["text"] == "Direct naar de inhoud", state
    skip = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#inhoud$"))
    assert active(page)["id"] == "inhoud"
    # The next Tab lands inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('main') !== null")
    assert_focus_visible(page)


def test_request_form_can_be_completed_and_sent_with_the_keyboard_only(page: Any) -> None:
    page.goto("/verzoek/nieuw")
    keys = page.keyboard
    stops = tab_to(page, "#what_happened")
    assert stops[0]["text"] == "Direct naar de inhoud"
    keys.type("Ik kreeg een aanslag voor afvalstoffenheffing voor een huis waar ik niet meer woon.")
    tab_to(page, "#desired_outcome", limit=6)  # suggestions from the knowledge base may come in between
    keys.type("Dat de aanslag vervalt.")
    tab_to(page, "#theme", limit=1)
    keys.type("Bel")  # type-ahead in a closed select: "Belastingen"
    expect(page.get_by_label("Waar gaat het over?")).to_have_value("belastingen")
    stops = tab_to(page, "#contact_name", limit=2)  # the privacy statement's link, beside the contact fields
    assert [s["tag"] for s in stops] == ["a", "input"]
    keys.type("Sanne Bakker")
    tab_to(page, "#contact_email", limit=1)
    keys.type("sanne@voorbeeld.nl")
    tab_to(page, "#contact_phone", limit=1)
    keys.type("06 12345678")
    # Radio group: Tab enters at the checked option, arrow keys choose.
    tab_to(page, "input[name=contact_preference]", limit=1)
    keys.press("ArrowDown")
    preference = page.get_by_role("group", name="Hoe wilt u dat wij contact opnemen?")
    expect(preference.get_by_label("Telefoon")).to_be_checked()
    tab_to(page, "#consent_publication", limit=1)
    keys.press("Space")
    expect(page.locator("#consent_publication")).to_be_checked()
    tab_to(page, "#submit", limit=1)
    keys.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Wij hebben uw verzoek ontvangen")
    assert CODE_RE.match(page.locator("p.code").inner_text().strip())
    # And onwards to the status page, still by keyboard.
    tab_to(page, "main a.button", limit=40)
    expect(page.locator("main a.button")).to_have_text("Naar de pagina van mijn verzoek")
    keys.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw verzoek")


def test_focus_is_visible_on_every_stop_of_the_home_page(page: Any) -> None:
    page.goto("/")
    seen = set()
    for _ in range(30):
        page.keyboard.press("Tab")
        if active(page)["tag"] == "body":  # past the last stop
            break
        seen.add(assert_focus_visible(page)["tag"])
    assert {"a", "input", "button"} <= seen, seen
