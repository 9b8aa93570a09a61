"""Real portals on loopback follow each other: follow, sync, search across, update, withdraw, ETag, remove."""

from __future__ import annotations

import json

from tests.commons.conftest import Network
from tests.commons.portals import ARTICLES, Portal, article, wait_for


def _search(portal: Portal, q: str = "") -> dict:
    return portal.get_json(f"/api/v1/knowledge?per_page=100&q={q}")


def _refs(portal: Portal, q: str = "") -> set[str]:
    return {hit["reference"] for hit in _search(portal, q)["results"]}


def test_follow_lists_sources_with_name_status_and_count(commons_network: Network) -> None:
    out = commons_network.follower.flask("commons", "list").stdout
    for source in commons_network.sources:
        line = next(line for line in out.splitlines() if source.url in line)
        assert source.municipality in line
        assert "\tok\t" in line
        assert "2 artikelen" in line
        assert "cijfers" not in line  # the real portals' protected figures pass the shape check


def test_search_across_finds_articles_of_followed_portals(commons_network: Network) -> None:
    follower = commons_network.follower
    refs = _refs(follower, "bijzondere+bijstand+wasmachine")
    assert any(r.endswith(":KB-2024-0101") for r in refs), refs
    # the own article and the followed one on the same topic are both found
    refs = _refs(follower, "parkeerplaats")
    assert any(r.endswith(":KB-2026-0202") for r in refs), refs
    # a source never re-shares what it imported: the follower's feed has its own articles only
    feed = follower.get_json("/api/v1/knowledge/changes?limit=500")
    assert {c["reference"] for c in feed["changes"]} == {a["id"] for a in ARTICLES["Gemeente Noordstad"]}


def test_imported_article_page_is_served_locally(commons_network: Network) -> None:
    follower = commons_network.follower
    ref = next(r for r in _refs(follower, "kwijtschelding") if r.endswith(":KB-2024-0102"))
    status, _h, body = follower.get(f"/kennisbank/{ref}")
    assert status == 200
    assert "Kwijtschelding" in body.decode()


def test_update_and_withdraw_at_the_source_reach_the_follower(commons_network: Network) -> None:
    follower, source = commons_network.follower, commons_network.sources[1]
    item = article(
        "KB-2026-0777",
        "Stoep jarenlang niet hersteld na boomwortels",
        "## Situatie\n\nDe stoep lag al jaren scheef door boomwortels.\n\n## Uitkomst\n\nHerstel in het voorjaar.",
        "openbare ruimte",
        "Wegen en groen",
        "opgelost",
        2026,
    )
    source.import_articles([item])
    assert "1 nieuw" in follower.flask("commons", "sync", source.url).stdout
    wait_for(lambda: any(r.endswith(":KB-2026-0777") for r in _refs(follower, "boomwortels")))

    source.import_articles([{**item, "title": "Stoep hersteld na klachten over boomwortels en losse tegels"}])
    assert "1 bijgewerkt" in follower.flask("commons", "sync", source.url).stdout
    wait_for(lambda: "tegels" in json.dumps(_search(follower, "boomwortels")["results"]))
    refs = [r for r in _refs(follower, "boomwortels") if r.endswith(":KB-2026-0777")]
    assert len(refs) == 1  # the same reference again: an update, never a duplicate

    source.withdraw("KB-2026-0777")
    assert "1 ingetrokken" in follower.flask("commons", "sync", source.url).stdout
    wait_for(lambda: not any(r.endswith(":KB-2026-0777") for r in _refs(follower, "boomwortels")))
    status, _h, _b = follower.get(f"/kennisbank/{refs[0]}")
    assert status == 404


def test_nothing_changed_is_a_304(commons_network: Network) -> None:
    follower, source = commons_network.follower, commons_network.sources[0]
    follower.flask("commons", "sync", source.url)  # stores the ETag of the empty page
    out = follower.flask("commons", "sync", source.url).stdout
    assert "niets veranderd" in out
    feed = source.get("/api/v1/knowledge/changes")
    status, _h, _b = source.get("/api/v1/knowledge/changes", headers={"If-None-Match": feed[1]["etag"]})
    assert status == 304
