"""CSRF on every state-changing route of officials, added information and opschorting."""

from __future__ import annotations

from tests.conftest import login
from tests.trust.test_trust_csrf import state_changing_urls


def test_every_officials_route_needs_a_csrf_token(client, server):
    urls = [
        u
        for u in state_changing_urls(server)
        if "ambtenaar" in u or "aanvullen" in u or "opschort" in u or "hervatten" in u or "uitnodiging" in u
    ]
    assert len(urls) == 7, urls
    login(client, "admin@test.nl")
    for url in urls:
        for data in ({}, {"csrf_token": "vervalst"}):
            response = client.post(url, data=data)
            assert response.status_code == 400, (url, response.status_code)
            assert "formulier was verlopen" in response.get_data(as_text=True)
