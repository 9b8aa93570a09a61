"""A public privacy statement (AVG art. 13): what is kept, why, who sees it, how long, the resident's rights.

Found walking the demo: the portal asks for a name, e-mail address, phone number and a personal story, but no page
said what happens to them, for how long, or where to complain (only two lines on /over).
"""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_privacy_statement_answers_a_residents_questions(client: FlaskClient) -> None:
    response = client.get("/privacy")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    text = _text(html)
    assert re.search(r"<title>Privacy – ", html) and "<h1>Wat doen wij met uw gegevens?</h1>" in html
    for heading in ("Welke gegevens", "Waarvoor", "Wie ziet", "Hoe lang", "Cookies", "Uw rechten"):
        assert f"<h2>{heading}" in html, heading
    assert "Gemeente Voorbeeld is verantwoordelijk" in text
    assert "na 12 maanden" in text  # the retention rule's own default
    assert 'href="/verzoek/"' in html and "Mijn gegevens bekijken of wissen" in text
    assert 'href="https://autoriteitpersoonsgegevens.nl/"' in html


def test_the_retention_period_shown_is_the_one_configured(app: Flask, server: Flask) -> None:
    server.config["RETENTION_MONTHS"] = 6
    text = _text(server.test_client().get("/privacy").get_data(as_text=True))
    assert "na 6 maanden" in text and "na 12 maanden" not in text


def test_every_page_links_to_it(client: FlaskClient) -> None:
    for url in ("/", "/verzoek/nieuw", "/kennisbank", "/verantwoording", "/bemiddeling/inloggen"):
        footer = client.get(url).get_data(as_text=True).split('class="site-footer"')[1]
        assert '<a href="/privacy">Privacy</a>' in footer, url
    assert 'href="/privacy"' in client.get("/over").get_data(as_text=True).split("<main")[1]
