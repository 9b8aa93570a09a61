"""axe-core on every public page and the back office: no serious or critical WCAG 2.1 A/AA violations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    ConsoleGuard,
    assert_accessible,
    assert_summary_links_lead_to_fields,
    axe_violations,
    describe,
    status_of,
    submit_request,
    type_into,
)
from tests.browser.live_server import LiveServer

PUBLIC = {
    "home": "/",
    "over": "/over",
    "verzoekformulier": "/verzoek/nieuw",
    "code-invullen": "/verzoek/",
    "kennisbank": "/kennisbank",
    "kennisbank-met-resultaten": "/kennisbank?q=parkeervergunning",
    "kennisbank-zonder-resultaten": "/kennisbank?q=qqzzxxyy",
}
# Built by other parts of the project; checked as soon as they exist.
OPTIONAL_PUBLIC = {"verantwoording": "/verantwoording", "burgerfonds": "/burgerfonds", "open-data": "/open-data"}
BACKOFFICE = {
    "werkvoorraad": "/bemiddeling/",
    "werkvoorraad-gefilterd": "/bemiddeling/?status=in_verkenning",
    "verzoek-afgerond": "/bemiddeling/verzoek/1",
    "verzoek-registreren": "/bemiddeling/verzoek/nieuw",
    "gebruikers": "/bemiddeling/beheer/gebruikers",
    "gebruiker-wijzigen": "/bemiddeling/beheer/gebruikers/1/wijzigen",
    "lijsten": "/bemiddeling/beheer/lijsten",
    "normen": "/bemiddeling/beheer/normen",
    "audit": "/bemiddeling/beheer/audit",
    "burgerfonds-beheer": "/bemiddeling/burgerfonds",
    "burgerfonds-correctie-bevestigen": "/bemiddeling/burgerfonds/1/corrigeren",
}


@pytest.mark.parametrize("path", PUBLIC.values(), ids=PUBLIC.keys())
def test_public_page_has_no_serious_violations(page: Any, path: str) -> None:
    page.goto(path)
    assert_accessible(page, path)


@pytest.mark.parametrize("path", OPTIONAL_PUBLIC.values(), ids=OPTIONAL_PUBLIC.keys())
def test_optional_public_page_has_no_serious_violations(page: Any, portal: LiveServer, path: str) -> None:
    if status_of(portal, path) == 404:
        pytest.skip(f"{path} does not exist (yet)")
    page.goto(path)
    assert_accessible(page, path)


def test_status_pages_with_and_without_control_question(page: Any, portal: LiveServer) -> None:
    open_code = portal.example_codes["nog open"]
    page.goto(f"/verzoek/{open_code}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw verzoek")
    assert_accessible(page, "status page (open)")
    asking = portal.example_codes["wacht op de controlevraag"]
    page.goto(f"/verzoek/{asking}")
    expect(page.locator("#controlevraag")).to_be_visible()
    assert_accessible(page, "status page with the control question")
    page.get_by_role("link", name="Mijn gegevens bekijken of wissen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw gegevens bij dit verzoek")
    assert_accessible(page, "the resident's own contact details")


def test_error_page(page: Any, console: ConsoleGuard) -> None:
    console.allow(r"status of 404")
    response = page.goto("/kennisbank/KB-0000-9999")
    assert response is not None and response.status == 404
    assert_accessible(page, "404 page")


def test_request_form_error_state_receipt_and_lookup_error(page: Any, console: ConsoleGuard) -> None:
    console.allow(r"status of 400")
    page.goto("/verzoek/nieuw")
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_summary_links_lead_to_fields(page)
    assert_accessible(page, "request form with errors")

    submit_request(page, "Het gemeentelijk loket gaf mij drie keer een ander antwoord op dezelfde vraag.")
    assert_accessible(page, "receipt")

    page.goto("/verzoek/")
    type_into(page, "Uw code", "niet-bestaand")
    page.get_by_role("button", name="Bekijk de stand van zaken").click()
    expect(page.locator("#code-error")).to_be_visible()
    assert_accessible(page, "code lookup with an error")


def test_article_page(page: Any) -> None:
    page.goto("/kennisbank")
    page.locator("ol.hits a").first.click()
    expect(page.locator("article h1")).to_be_visible()
    assert_accessible(page, "article")


def test_every_page_in_menu_and_footer(page: Any, portal: LiveServer) -> None:
    """Whatever the public navigation links to on this site (new pages included) passes axe."""
    page.goto("/")
    hrefs = page.locator("header nav a, footer a").evaluate_all("els => els.map(e => e.href)")
    paths = {urlsplit(h).path for h in hrefs if h.startswith(portal.url)}
    assert "/kennisbank" in paths
    paths -= {*PUBLIC.values(), *OPTIONAL_PUBLIC.values(), "/bemiddeling/inloggen"}  # checked above
    failures = []
    for path in sorted(paths):
        page.goto(path)
        found = axe_violations(page)
        if found:
            failures.append(f"{path}:\n{describe(found)}")
    assert not failures, "\n".join(failures)


def test_login_page_and_its_error_state(page: Any, console: ConsoleGuard) -> None:
    console.allow(r"status of 400")
    page.goto("/bemiddeling/inloggen")
    assert_accessible(page, "login")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page, "login with errors")


@pytest.mark.parametrize("path", BACKOFFICE.values(), ids=BACKOFFICE.keys())
def test_backoffice_page_has_no_serious_violations(
    new_page: Callable[..., Any], admin_state: dict[str, Any], path: str
) -> None:
    page = new_page(storage_state=admin_state)
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    assert_accessible(page, path)


def open_request(page: Any) -> None:
    """The first open request of the queue, with its folded-away forms unfolded."""
    page.goto("/bemiddeling/")
    page.locator("table.table tbody a").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verzoek")
    for summary in page.locator("details > summary").all():
        summary.click()


def test_backoffice_open_request_page(new_page: Callable[..., Any], admin_state: dict[str, Any]) -> None:
    page = new_page(storage_state=admin_state)
    open_request(page)
    assert_accessible(page, "back-office request page")


def test_backoffice_request_page_with_form_errors(
    new_page: Callable[..., Any], admin_state: dict[str, Any], console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")
    page = new_page(storage_state=admin_state)
    open_request(page)
    page.get_by_role("button", name="Afspraak opslaan").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_summary_links_lead_to_fields(page)
    assert_accessible(page, "back-office request page with errors")


def test_backoffice_register_form_with_errors(
    new_page: Callable[..., Any], admin_state: dict[str, Any], console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")
    page = new_page(storage_state=admin_state)
    page.goto("/bemiddeling/verzoek/nieuw")
    page.get_by_role("button", name="Verzoek registreren").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_summary_links_lead_to_fields(page)
    assert_accessible(page, "register form with errors")


def test_every_page_in_the_backoffice_menu(
    new_page: Callable[..., Any], admin_state: dict[str, Any], portal: LiveServer
) -> None:
    """Every back-office page an admin can reach from the menu (new ones included) passes axe."""
    page = new_page(storage_state=admin_state)
    page.goto("/bemiddeling/")
    hrefs = page.locator("header nav a").evaluate_all("els => els.map(e => e.href)")
    paths = sorted({urlsplit(h).path for h in hrefs if h.startswith(portal.url)} - set(BACKOFFICE.values()))
    failures = []
    for path in paths:
        page.goto(path)
        found = axe_violations(page)
        if found:
            failures.append(f"{path}:\n{describe(found)}")
    assert not failures, "\n".join(failures)


def test_personal_fields_declare_their_purpose(new_page: Callable[..., Any], admin_state: dict[str, Any]) -> None:
    """WCAG 1.3.5: browsers and assistive tools can fill in and recognise personal data fields."""
    page = new_page()
    page.goto("/verzoek/nieuw")
    for label, purpose in (("Uw naam", "name"), ("Uw e-mailadres", "email"), ("Uw telefoonnummer", "tel")):
        expect(page.get_by_label(label, exact=True)).to_have_attribute("autocomplete", purpose)
    page.goto("/bemiddeling/inloggen")
    expect(page.get_by_label("E-mailadres")).to_have_attribute("autocomplete", "username")
    expect(page.get_by_label("Wachtwoord")).to_have_attribute("autocomplete", "current-password")
    admin = new_page(storage_state=admin_state)
    admin.goto("/bemiddeling/beheer/gebruikers")
    expect(admin.get_by_label("Wachtwoord (minstens 12 tekens)")).to_have_attribute("autocomplete", "new-password")


REFLOW = {**PUBLIC, "artikel": "/kennisbank/KB-2025-0001"}


def too_wide(page: Any, paths: list[str]) -> dict[str, int]:
    """Pages (at the page's viewport) whose content is wider than 320 CSS pixels."""
    out = {}
    for path in paths:
        page.goto(path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 320:
            out[path] = width
    return out


def test_public_pages_reflow_at_320_css_pixels(new_page: Callable[..., Any], portal: LiveServer) -> None:
    """WCAG 1.4.10: at 320 px wide (400% zoom) nothing needs horizontal scrolling."""
    page = new_page(viewport={"width": 320, "height": 640})
    found = too_wide(page, [*REFLOW.values(), f"/verzoek/{portal.example_codes['wacht op de controlevraag']}"])
    assert not found, f"pages wider than 320 px: {found}"


def test_accountability_fund_and_open_data_pages_reflow(new_page: Callable[..., Any], portal: LiveServer) -> None:
    """The same for the accountability, fund and open-data pages: wide tables scroll inside their own region."""
    paths = [p for p in OPTIONAL_PUBLIC.values() if status_of(portal, p) != 404]
    if not paths:
        pytest.skip("no accountability, fund or open-data pages yet")
    found = too_wide(new_page(viewport={"width": 320, "height": 640}), paths)
    assert not found, f'wider than 320 px (wide tables need <div class="table-scroll" ...>): {found}'
