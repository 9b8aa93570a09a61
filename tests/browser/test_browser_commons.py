"""The commons in a real browser: a portal following another (both gunicorn on loopback), its changed pages
under axe (search with the gemeente filter, article pages, /vergelijking, the back office), the filter without
script, and the suggestions on the request form drawing on the followed portal."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import ConsoleGuard, assert_accessible, assert_summary_links_lead_to_fields
from tests.browser.live_server import VIEWPORT, login
from tests.commons.portals import ADMIN, ARTICLES, Portal, article, running_portals, wait_for

FOLLOWER, SOURCE = "Gemeente Noordstad", "Gemeente Zuidwaard"
HELD = article(
    "KB-2026-0950",
    "Ontvangstbevestiging van een bezwaar kwam nooit aan",
    "## Situatie\n\nMeneer Ruben Hoogeveen (06-39218845) wachtte op een bevestiging.\n\n## Uitkomst\n\n"
    "De bevestiging werd opnieuw verstuurd.",
    "bezwaar",
    "Juridische zaken",
    "opgelost",
    2026,
)


@pytest.fixture(scope="module")
def network(chromium_path: str) -> Iterator[dict[str, Portal]]:
    specs = {FOLLOWER: ARTICLES[FOLLOWER], SOURCE: [*ARTICLES[SOURCE], HELD]}
    with running_portals(specs) as portals:
        follower = portals[FOLLOWER]
        follower.flask("commons", "add", portals[SOURCE].url)
        follower.flask("commons", "sync")
        wait_for(lambda: follower.get_json("/api/v1/knowledge?per_page=100")["total"] >= 4, timeout=60)
        yield portals


@pytest.fixture
def open_page(browser: Any, network: dict[str, Portal], console: ConsoleGuard) -> Iterator[Callable[..., Any]]:
    """Guarded pages on the following portal (fresh context each)."""
    contexts: list[Any] = []

    def make() -> Any:
        context = browser.new_context(
            base_url=network[FOLLOWER].url, viewport=VIEWPORT, locale="nl-NL", timezone_id="UTC"
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", console.console)
        page.on("pageerror", console.page_error)
        return page

    yield make
    for context in contexts:
        context.close()
    problems = console.unexpected()
    assert not problems, "browser reported errors:\n" + "\n".join(problems) + "\n" + network[FOLLOWER].log_tail()


def _imported(network: dict[str, Portal], original: str) -> str:
    hits = network[FOLLOWER].get_json("/api/v1/knowledge?per_page=100")["results"]
    return next(h["reference"] for h in hits if h["reference"].endswith(":" + original))


def test_search_across_with_the_gemeente_filter_without_script(open_page: Callable[..., Any]) -> None:
    page = open_page()
    page.goto("/kennisbank?q=parkeervergunning+bijstand")
    assert_accessible(page, "kennisbank over twee gemeenten")
    page.goto("/kennisbank")
    page.get_by_label("Gemeente", exact=True).select_option(SOURCE)
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator(".hit")).to_have_count(2)
    expect(page.locator(".hit .source").first).to_have_text(f"Bron: {SOURCE}")
    assert_accessible(page, "kennisbank gefilterd op gemeente")
    # the facet link filters by municipality too
    page.goto("/kennisbank")
    page.locator(".facets").get_by_role("link", name=FOLLOWER).click()
    expect(page.locator(".hit .source")).to_have_text([f"Bron: {FOLLOWER}"] * 2)


def test_article_pages_name_their_source(open_page: Callable[..., Any], network: dict[str, Portal]) -> None:
    page = open_page()
    ref = _imported(network, "KB-2024-0101")
    page.goto("/kennisbank/" + quote(ref))
    expect(page.locator(".cite")).to_contain_text(f"{SOURCE}, Verzoek tot Afstemming")
    original = page.get_by_role("link", name=f"Lees het oorspronkelijke artikel bij {SOURCE}")
    expect(original).to_have_attribute("href", f"{network[SOURCE].url}/kennisbank/KB-2024-0101")
    assert_accessible(page, "artikel van een gevolgde gemeente")
    original.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bijzondere bijstand voor een wasmachine")
    page.goto(network[FOLLOWER].url + "/kennisbank/KB-2025-0001")
    expect(page.locator(".cite")).to_contain_text(f"{FOLLOWER}, Verzoek tot Afstemming")
    assert_accessible(page, "eigen artikel")


def test_comparison_page(open_page: Callable[..., Any]) -> None:
    page = open_page()
    page.goto("/verantwoording")
    page.get_by_role("link", name="Vergelijk deze cijfers met andere gemeenten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vergelijking met andere gemeenten")
    table = page.get_by_role("table", name="Kerncijfers per gemeente")
    expect(table.get_by_role("rowheader")).to_have_count(2)
    expect(table.get_by_role("rowheader", name=SOURCE)).to_be_visible()
    assert_accessible(page, "vergelijking")


def test_back_office_and_held_article(
    open_page: Callable[..., Any], network: dict[str, Portal], console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")  # the form with errors answers 400 on purpose
    page = open_page()
    login(page, network[FOLLOWER].url, ADMIN)
    page.get_by_role("link", name="Kennis delen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kennis delen met andere gemeenten")
    expect(page.get_by_role("table").get_by_role("rowheader", name=SOURCE)).to_be_visible()
    expect(page.get_by_role("heading", name=HELD["title"])).to_be_visible()
    assert_accessible(page, "kennis delen (beheer)")
    page.get_by_role("button", name="Volgen", exact=True).click()  # empty address
    expect(page.locator(".error-summary")).to_contain_text("Dit veld is verplicht.")
    assert_summary_links_lead_to_fields(page)
    assert_accessible(page, "kennis delen met een fout")
    page.get_by_label("Adres van het portaal").fill("ftp://portaal.voorbeeld.nl")
    page.get_by_role("button", name="Volgen", exact=True).click()
    expect(page.locator(".error-summary")).to_contain_text("Begin het adres met https://")
    held = page.locator(".held-list li", has_text=HELD["title"])
    held.get_by_role("button", name=re.compile(r"^Weigeren")).click()
    expect(page.locator(".flash")).to_contain_text("komt niet in de kennisbank")
    expect(page.get_by_text("Er wachten geen artikelen.")).to_be_visible()


def test_suggestions_on_the_request_form_come_from_the_commons(open_page: Callable[..., Any]) -> None:
    page = open_page()
    page.goto("/verzoek/nieuw")
    page.get_by_label("Wat is er gebeurd?").fill("Mijn aanvraag voor bijzondere bijstand voor een wasmachine ligt stil")
    suggestion = page.locator("#vergelijkbaar li").first
    expect(suggestion).to_contain_text("Bijzondere bijstand voor een wasmachine")
    expect(suggestion).to_contain_text(f"({SOURCE})")
    assert_accessible(page, "verzoekformulier met suggesties")
