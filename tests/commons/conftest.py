"""Session fixtures for the commons: three real portals on loopback, and a network where one follows the others.

`commons_portals`: "Gemeente Noordstad", "Gemeente Zuidwaard" and "Gemeente Oostervaart" (tests/commons/
portals.py: invented articles, gunicorn, own data folders, an admin account portals.ADMIN), nobody follows
anybody. `commons_network`: the same portals after Noordstad ran `commons add` for Zuidwaard and Oostervaart
and one `commons sync` (its index has applied the imported articles). Tests that change a source add their
own articles (unique references) so the shared state other tests see stays as described here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.commons.portals import ARTICLES, Portal, running_portals, wait_for

FOLLOWER = "Gemeente Noordstad"
SOURCES = ("Gemeente Zuidwaard", "Gemeente Oostervaart")


@dataclass
class Network:
    follower: Portal
    sources: list[Portal]
    portals: dict[str, Portal]


@pytest.fixture(scope="session")
def commons_portals() -> Iterator[dict[str, Portal]]:
    with running_portals(ARTICLES) as portals:
        yield portals


@pytest.fixture(scope="session")
def commons_network(commons_portals: dict[str, Portal]) -> Network:
    follower = commons_portals[FOLLOWER]
    sources = [commons_portals[name] for name in SOURCES]
    for source in sources:
        follower.flask("commons", "add", source.url)
    follower.flask("commons", "sync")
    expected = len(ARTICLES[FOLLOWER]) + sum(len(ARTICLES[name]) for name in SOURCES)
    wait_for(lambda: follower.get_json("/api/v1/knowledge?per_page=100")["total"] >= expected, timeout=60)
    return Network(follower=follower, sources=sources, portals=commons_portals)
