"""Pages a person reaches by an old or hand-edited link say what is wrong in plain Dutch.

Found walking the demo: `/kennisbank?page=abc` said "'page' moet een heel getal zijn." (the API's parameter name),
a page past the last one showed "Pagina 50 van 2" above nothing, and a filter without results told the visitor
to "try other words" they never typed.
"""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from tests.conftest import login


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    ("qs", "message"),
    [
        ("page=abc", "Deze pagina met resultaten bestaat niet."),
        ("page=99999", "Deze pagina met resultaten bestaat niet."),
        ("per_page=1000", "Zoveel artikelen op één pagina kunnen wij niet tonen."),
        ("year=twee", "Kies een jaar uit de lijst."),
        ("sort=random", "Kies hoe u de artikelen wilt sorteren"),
        ("theme=" + "x" * 200, "Kies een thema uit de lijst."),
    ],
)
def test_search_page_explains_a_bad_link_without_parameter_names(client: FlaskClient, qs: str, message: str) -> None:
    response = client.get(f"/kennisbank?{qs}")
    text = _text(response.get_data(as_text=True))
    assert response.status_code == 400 and message in text
    name = qs.split("=")[0]
    assert f"'{name}'" not in text and "moet een heel getal" not in text
    api = client.get(f"/api/v1/knowledge?{qs}").get_json()  # the API keeps naming its parameter for developers
    assert name in api["fields"]


@pytest.mark.parametrize("url", ["/kennisbank?page=50", "/kennisbank?q=afval&page=7"])
def test_a_page_past_the_last_says_so_and_links_back(client: FlaskClient, url: str) -> None:
    html = client.get(url).get_data(as_text=True)
    text = _text(html)
    assert "bestaat niet: er is 1 pagina." in text and "van 1" not in text
    assert re.search(r'<a href="/kennisbank\?[^"]*page=1[^"]*">Naar de laatste pagina</a>', html)


def test_back_office_pages_past_the_last_say_so(client: FlaskClient) -> None:
    assert login(client, "admin@test.nl").status_code == 302
    for url in ("/bemiddeling/beheer/audit?pagina=40", "/bemiddeling/?pagina=40"):
        html = client.get(url).get_data(as_text=True)
        assert "Pagina 40 bestaat niet" in _text(html), url
        assert "pagina=1" in html and "Naar de laatste pagina" in html


def test_a_filter_without_results_does_not_ask_for_other_words(client: FlaskClient) -> None:
    text = _text(client.get("/kennisbank?theme=Ruimtevaart").get_data(as_text=True))
    assert "Wij vonden geen artikel met deze keuzes. Kies minder of andere filters." in text
    assert "andere of minder woorden" not in text
    text = _text(client.get("/kennisbank?q=qqzzxxyy").get_data(as_text=True))
    assert "Probeer andere of minder woorden." in text


def test_a_long_query_does_not_fill_the_browser_tab(client: FlaskClient) -> None:
    html = client.get("/kennisbank", query_string={"q": "parkeren " * 50}).get_data(as_text=True)
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title and len(title.group(1)) < 120


def test_error_summary_does_not_stack_punctuation(client: FlaskClient) -> None:
    """'Wat is er gebeurd?: Dit veld is verplicht.' read oddly; a label ending in '?' gets no colon."""
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get("/verzoek/nieuw").get_data(as_text=True))
    assert token
    response = client.post("/verzoek/nieuw", data={"csrf_token": token.group(1)})
    summary = response.get_data(as_text=True).split('class="error-summary"')[1].split("</ul>")[0]
    assert response.status_code == 400
    assert "Wat is er gebeurd? Dit veld is verplicht." in summary and "?:" not in summary
    assert login(client, "admin@test.nl").status_code == 302  # a label without '?' keeps its colon
    page = client.get("/bemiddeling/beheer/gebruikers").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert token
    html = client.post("/bemiddeling/beheer/gebruikers", data={"csrf_token": token.group(1)}).get_data(as_text=True)
    assert re.search(r'<li><a href="#[\w-]+">[^<?]*[a-z]: Dit veld is verplicht\.', html)


def test_an_empty_knowledge_base_says_so(client: FlaskClient) -> None:
    text = _text(client.get("/kennisbank").get_data(as_text=True))
    assert "Er staan nog geen artikelen in de kennisbank." in text
    assert "filters" not in text and "woorden" not in text


def test_a_later_result_page_says_its_number_in_the_title(client: FlaskClient) -> None:
    """Browser history and screen readers tell page 2 from page 1 (WCAG 2.4.2)."""
    title = re.search(r"<title>(.*?)</title>", client.get("/kennisbank?q=afval&page=2").get_data(as_text=True))
    assert title and title.group(1).startswith("Kennisbank: afval (pagina 2) –")
    title = re.search(r"<title>(.*?)</title>", client.get("/kennisbank?q=afval").get_data(as_text=True))
    assert title and "pagina" not in title.group(1)
