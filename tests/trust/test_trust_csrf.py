"""CSRF on every state-changing route: a POST without a valid token never reaches a view."""

from __future__ import annotations

from flask import Flask

from tests.conftest import login

# Deliberately exempt, with the reason: a mail client's one-click List-Unsubscribe (RFC 8058) posts without a
# form; the signed token in the URL is the proof. Any other exemption fails the test below.
EXEMPT = {"mailadmin.unsubscribe": "portal.blueprints.mailadmin.unsubscribe"}


def state_changing_urls(server: Flask) -> list[str]:
    """One URL per POST/PUT/PATCH/DELETE route, with numbers or a well-formed tracking code filled in."""
    from werkzeug.routing import IntegerConverter

    adapter = server.url_map.bind("localhost")
    urls = []
    for rule in server.url_map.iter_rules():
        methods = (rule.methods or set()) & {"POST", "PUT", "PATCH", "DELETE"}
        if rule.endpoint == "static" or not methods or rule.endpoint in EXEMPT:
            continue
        values = {
            arg: 1 if isinstance(rule._converters[arg], IntegerConverter) else "VTA-AAAA-BBBB-CCCC-DDDD"
            for arg in rule.arguments
        }
        urls.append(adapter.build(rule.endpoint, values, method=sorted(methods)[0]))
    return urls


def test_only_the_known_views_are_exempt_from_csrf(server):
    from portal.extensions import csrf

    assert csrf._exempt_views <= set(EXEMPT.values()) and not csrf._exempt_blueprints


def test_every_post_route_needs_a_csrf_token(client, server):
    urls = state_changing_urls(server)
    assert "/verzoek/nieuw" in urls and "/bemiddeling/inloggen" in urls and len(urls) > 10
    login(client, "admin@test.nl")
    refused = {}
    for url in urls:
        for data in ({}, {"csrf_token": "vervalst"}):
            response = client.post(url, data=data)
            refused[url] = response.status_code
            assert response.status_code == 400, (url, response.status_code)
            assert "formulier was verlopen" in response.get_data(as_text=True) or url.startswith("/api/")
    assert client.get("/bemiddeling/").status_code == 200  # still logged in: nothing was changed
