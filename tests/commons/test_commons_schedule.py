"""The embedded schedule inside a real gunicorn portal; a followed portal that goes away; removing it."""

from __future__ import annotations

from tests.commons.portals import ARTICLES, running_portals, stop_portal, wait_for


def test_embedded_schedule_syncs_and_a_vanished_source_breaks_nothing() -> None:
    specs = {"Gemeente Westerdijk": ARTICLES["Gemeente Zuidwaard"], "Gemeente Kleinveen": []}
    with running_portals(specs, PORTAL_COMMONS_SYNC="embedded", PORTAL_COMMONS_SYNC_CHECK_SECONDS="1") as portals:
        source, follower = portals["Gemeente Westerdijk"], portals["Gemeente Kleinveen"]
        follower.flask("commons", "add", source.url)
        # nobody runs `commons sync`: the thread in the follower's web worker does, within seconds
        wait_for(lambda: follower.get_json("/api/v1/knowledge?q=wasmachine")["total"] >= 1, timeout=60)
        assert "\tok\t" in follower.flask("commons", "list").stdout

        stop_portal(source)
        done = follower.flask("commons", "sync", check=False)
        assert done.returncode == 2 and "Gemeente Westerdijk: fout: geen verbinding mogelijk" in done.stdout
        listed = follower.flask("commons", "list").stdout
        assert "\tfout\t" in listed and "geen verbinding mogelijk" in listed
        assert "failed" in done.stderr  # the log line (the CLI logs to its stderr)
        # the portal keeps working, and keeps what it imported until the source is back or removed
        assert follower.get("/kennisbank")[0] == 200
        assert follower.get_json("/api/v1/knowledge?q=wasmachine")["total"] >= 1
        # removing the source removes its articles from the database and the index
        out = follower.flask("commons", "remove", source.url).stdout
        assert "2 artikelen verwijderd" in out
        wait_for(lambda: follower.get_json("/api/v1/knowledge?q=wasmachine")["total"] == 0, timeout=60)
        assert "nog geen andere portalen" in follower.flask("commons", "list").stdout
