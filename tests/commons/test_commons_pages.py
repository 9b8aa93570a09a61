"""What people see of the commons, on real portals on loopback: search across with the "gemeente" filter and
facet, the source on every hit and article page, the citation, the suggestions, and /vergelijking."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

from tests.commons.conftest import FOLLOWER, Network
from tests.commons.portals import Portal


def _api(portal: Portal, **params: str) -> dict:
    query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    return portal.get_json(f"/api/v1/knowledge?per_page=100&{query}")


def _page(portal: Portal, path: str) -> str:
    status, _headers, body = portal.get(path)
    assert status == 200, (path, status)
    return body.decode()


def _cite(page: str) -> str:
    match = re.search(r'<p class="cite">(.*?)</p>', page, re.S)
    assert match, "no citation on the page"
    return match.group(1)


def _facet(data: dict, name: str) -> dict[str, int]:
    return {f["value"]: f["count"] for f in data["facets"][name]}


def test_search_across_names_the_source_of_every_hit(commons_network: Network) -> None:
    follower = commons_network.follower
    data = _api(follower, q="parkeren")
    by_town = {hit["reference"]: hit["gemeente"] for hit in data["results"]}
    assert by_town["KB-2025-0001"] == FOLLOWER  # own articles carry our own municipality
    imported = [ref for ref in by_town if ref.endswith(":KB-2026-0202")]
    assert imported and by_town[imported[0]] == "Gemeente Oostervaart"
    assert all(by_town.values())  # never a hit without its source
    facet = _facet(data, "gemeente")
    assert facet[FOLLOWER] >= 1 and facet["Gemeente Oostervaart"] >= 1
    assert sum(facet.values()) == data["total"]

    page = _page(follower, "/kennisbank?q=parkeren")
    assert "Bron: Gemeente Oostervaart" in page and f"Bron: {FOLLOWER}" in page
    assert '<select id="f-gemeente" name="gemeente">' in page
    for town in (FOLLOWER, "Gemeente Zuidwaard", "Gemeente Oostervaart"):
        assert f'<option value="{town}"' in page  # the filter offers every municipality with articles
    assert "gemeente=Gemeente+Oostervaart" in page  # the facet links filter by municipality


def test_gemeente_filter_in_api_and_page(commons_network: Network) -> None:
    follower = commons_network.follower
    everything = _api(follower)
    for town in ("Gemeente Zuidwaard", "Gemeente Oostervaart", FOLLOWER):
        only = _api(follower, gemeente=town)
        assert only["total"] == _facet(everything, "gemeente")[town] >= 2
        assert {hit["gemeente"] for hit in only["results"]} == {town}
    assert _api(follower, gemeente="Gemeente Nergenshuizen")["total"] == 0
    assert _api(follower, q="wasmachine", gemeente="Gemeente Oostervaart")["total"] == 0
    assert _api(follower, q="wasmachine", gemeente="Gemeente Zuidwaard")["total"] == 1

    page = _page(follower, "/kennisbank?q=parkeren&gemeente=" + quote("Gemeente Oostervaart"))
    assert "Bron: Gemeente Oostervaart" in page and f"Bron: {FOLLOWER}" not in page
    assert '<option value="Gemeente Oostervaart" selected>' in page


def test_gemeente_filter_bad_input_is_a_dutch_400(commons_network: Network) -> None:
    follower = commons_network.follower
    status, _h, body = follower.get("/api/v1/knowledge?gemeente=" + "x" * 500)
    assert status == 400 and "gemeente" in json.loads(body)["fields"]
    status, _h, body = follower.get("/kennisbank?gemeente=" + "x" * 500)
    assert status == 400 and "Kies een gemeente uit de lijst." in body.decode()  # no API parameter names
    status, _h, body = follower.get("/kennisbank?gemeente=%3Cscript%3Ealert(1)%3C/script%3E")
    assert status == 200 and "<script>alert(1)" not in body.decode()
    status, _h, body = follower.get("/api/v1/knowledge?gemeente=%00")
    assert status == 400
    status, _h, body = follower.get("/api/v1/knowledge?gemeente=" + quote("Gemeente Zuidwaard 🌷"))
    assert status == 200 and json.loads(body)["total"] == 0


def test_imported_article_page_names_source_citation_and_original(commons_network: Network) -> None:
    follower, source = commons_network.follower, commons_network.portals["Gemeente Zuidwaard"]
    ref = next(
        h["reference"]
        for h in _api(follower, q="kwijtschelding")["results"]
        if h["reference"].endswith(":KB-2024-0102")
    )
    page = html.unescape(_page(follower, "/kennisbank/" + quote(ref)))
    original = f"{source.url}/kennisbank/KB-2024-0102"
    assert "Dit artikel komt van <strong>Gemeente Zuidwaard</strong>" in page
    assert f'<a href="{original}" rel="external">' in page
    assert "<dt>Gemeente</dt><dd>Gemeente Zuidwaard</dd>" in page
    assert "<dt>Kenmerk</dt><dd>KB-2024-0102</dd>" in page  # the reference at the source
    cite = _cite(page)
    assert cite.startswith("Gemeente Zuidwaard, Verzoek tot Afstemming")
    assert "KB-2024-0102 (2024)" in cite and original in cite and "CC BY 4.0" in cite
    assert f"Overgenomen via {FOLLOWER}" in cite
    assert "Naamsvermelding van de bron:" in page and "Gemeente Zuidwaard" in page
    # the link to the original works: the source serves the same article
    assert "Kwijtschelding" in _page(source, "/kennisbank/KB-2024-0102")


def test_own_article_page_cites_our_own_municipality(commons_network: Network) -> None:
    page = html.unescape(_page(commons_network.follower, "/kennisbank/KB-2025-0001"))
    assert "Dit artikel komt van" not in page
    assert "<dt>Gemeente</dt><dd>Gemeente Noordstad</dd>" in page
    cite = _cite(page)
    assert cite.startswith("Gemeente Noordstad, Verzoek tot Afstemming") and "KB-2025-0001 (2025)" in cite


def test_suggestions_on_the_request_form_draw_on_the_whole_commons(commons_network: Network) -> None:
    follower = commons_network.follower
    # the form's script asks this endpoint while the resident types (see static/js/similar.js)
    assert "/api/v1/knowledge/similar" in _page(follower, "/static/js/similar.js")
    assert "js/similar.js" in _page(follower, "/verzoek/nieuw")
    got = follower.get_json(
        "/api/v1/knowledge/similar?text=" + quote("bijzondere bijstand voor mijn kapotte wasmachine")
    )
    top = got["results"][0]
    assert top["reference"].endswith(":KB-2024-0101") and top["gemeente"] == "Gemeente Zuidwaard"
    assert top["url"].endswith("/kennisbank/" + top["reference"])
    got = follower.get_json("/api/v1/knowledge/similar?text=" + quote("heien op zaterdag bij een bouwplaats"))
    assert got["results"][0]["gemeente"] == "Gemeente Oostervaart"


def _cells(page: str, town: str, caption: str) -> list[str]:
    """The cells of `town`'s row in the table with `caption`."""
    table = page[page.index(caption) :]
    table = table[: table.index("</table>")]
    row = re.search(r'<tr[^>]*>\s*<th scope="row">' + re.escape(town) + r"(.*?)</tr>", table, re.S)
    assert row, (town, caption)
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)]


def test_comparison_page_shows_the_fetched_protected_figures(commons_network: Network) -> None:
    follower = commons_network.follower
    page = html.unescape(_page(follower, "/vergelijking"))
    assert "<caption" in page and '<th scope="col">Gemeente</th>' in page
    for source in commons_network.sources:
        theirs = source.get_json("/api/v1/accountability")
        cells = _cells(page, source.municipality, "Kerncijfers per gemeente")
        assert cells[0] == theirs["period"]["label"]  # the period of their figures
        received = theirs["received"]["total"]
        assert cells[1] == ("<5" if received == "<5" else str(received))
        assert re.match(r"\d", cells[-1]), cells  # the date we fetched them
        rule1 = _cells(page, source.municipality, "Regel 1:")
        assert rule1[0] == theirs["period"]["label"] and len(rule1) >= 3
    ours = _cells(page, FOLLOWER, "Kerncijfers per gemeente")
    assert ours[-1].startswith("nu")
    # only protected figures: nothing of a case, and the page needs no script
    assert "<script" not in page
    assert "/vergelijking" in _page(follower, "/verantwoording")
    assert 'href="/vergelijking"' in _page(follower, "/")
