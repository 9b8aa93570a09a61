"""The commons pages in-process (also on PostgreSQL): ranking treats own and followed articles alike (own first
only at an equal score), the citation's link, and /vergelijking reading only protected figures."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from knowledgebase import SearchQuery
from portal.extensions import db
from portal.models import Article
from portal.models_commons import CommonsSource
from portal.services import knowledge
from portal.services.citation import safe_url

BODY = (
    "## Situatie\n\nDe ophaaldienst sloeg de groene container drie weken over in de nieuwbouwwijk.\n\n"
    "## Uitkomst\n\nDe wijk staat nu op de route."
)


def _source(name: str = "Gemeente Westerhaven", code: str = "wester", **extra: object) -> CommonsSource:
    fields: dict[str, object] = {"licence": "CC BY 4.0", "attribution": "", **extra}
    source = CommonsSource(base_url=f"https://{code}.portaal.test", code=code, name=name, **fields)
    db.session.add(source)
    db.session.flush()
    return source


def _article(
    reference: str, title: str, body: str = BODY, source: CommonsSource | None = None, **extra: object
) -> None:
    db.session.add(
        Article(
            reference=reference,
            title=title,
            body=body,
            theme="afval",
            department="Afval en reiniging",
            outcome="opgelost",
            year=2025,
            status="published",
            published_at=dt.date(2025, 6, 1),
            source_id=source.id if source else None,
            source_reference=reference.split(":", 1)[-1] if source else None,
            **extra,
        )
    )


def _reindex() -> None:
    db.session.commit()
    with knowledge.writer_lock():
        knowledge.rebuild()


def _search(q: str, per_page: int = 10, page: int = 1, municipality: str | None = None) -> list[tuple[str, str, float]]:
    result = knowledge.search(SearchQuery(q=q, per_page=per_page, page=page, municipality=municipality))
    return [(h.reference, h.municipality, h.score) for h in result.hits]


def test_equal_scores_put_own_first_and_nothing_else_is_favoured(app: Flask) -> None:
    source = _source()
    # followed articles first in the database (lower docnums), so the tie-breaker has something to do
    _article("wester:KB-1", "Groene container niet geleegd", source=source)
    _article("KB-2025-0100", "Groene container niet geleegd")
    _article("wester:KB-2", "Groene container drie weken niet geleegd in de nieuwbouwwijk", source=source)
    _reindex()
    hits = _search(q="groene container niet geleegd")
    refs = [r for r, _m, _s in hits]
    scores = {r: s for r, _m, s in hits}
    assert scores["KB-2025-0100"] == scores["wester:KB-1"]  # same text, same score, whatever the source
    assert refs.index("KB-2025-0100") < refs.index("wester:KB-1")  # own first only because the scores tie
    own = app.config["MUNICIPALITY"]
    assert {r: m for r, m, _s in hits} == {
        "KB-2025-0100": own,
        "wester:KB-1": "Gemeente Westerhaven",
        "wester:KB-2": "Gemeente Westerhaven",
    }
    # a followed article that answers better is never pushed below an own one
    better = _search(q="groene container drie weken nieuwbouwwijk")
    assert better[0][0] == "wester:KB-2"


def test_tie_break_holds_across_the_page_boundary(app: Flask) -> None:
    source = _source()
    for n in range(6):
        _article(f"wester:KB-{n}", "Groene container niet geleegd", source=source)
    for n in range(6):
        _article(f"KB-2025-02{n:02d}", "Groene container niet geleegd")
    _reindex()
    first = _search(q="groene container", per_page=5)
    assert [m for _r, m, _s in first] == [app.config["MUNICIPALITY"]] * 5
    second = _search(q="groene container", per_page=5, page=2)
    assert [m for _r, m, _s in second] == [app.config["MUNICIPALITY"]] + ["Gemeente Westerhaven"] * 4
    assert len({s for _r, _m, s in first + second}) == 1
    facet = dict(knowledge.search(SearchQuery(q="groene container")).facets["municipality"])
    assert facet == {app.config["MUNICIPALITY"]: 6, "Gemeente Westerhaven": 6}
    only = _search(q="groene container", municipality="Gemeente Westerhaven", per_page=20)
    assert len(only) == 6 and {m for _r, m, _s in only} == {"Gemeente Westerhaven"}


def test_an_index_without_the_commons_fields_is_rebuilt_once(app: Flask) -> None:
    _article("KB-2025-0300", "Groene container niet geleegd")
    _reindex()
    index = knowledge.index()
    assert index.has_fields(("municipality", "own"))
    with knowledge.writer_lock():
        assert knowledge.ensure_index_locked() == "current"
    assert not index.has_fields(("municipality", "own", "no-such-field"))


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://gebruiker:geheim@bron.test/kb/1",
        "//bron.test/kennisbank/1",
        "https://bron.test/kennis bank",
        "https://bron.test/\x00",
        "",
        None,
        "https://" + "a" * 600,
    ],
)
def test_unsafe_original_links_are_not_shown(url: str | None) -> None:
    assert safe_url(url) == ""


def test_article_page_of_a_followed_article(app: Flask, client: FlaskClient) -> None:
    source = _source(name='Gemeente <b>"Streep"</b>', attribution="Kennisbank van Streep, CC BY 4.0")
    _article("wester:KB-9", "Groene container niet geleegd", source=source, source_url="javascript:alert(1)")
    _reindex()
    page = client.get("/kennisbank/wester:KB-9").get_data(as_text=True)
    assert "javascript:" not in page and "<b>" not in page
    assert "Gemeente &lt;b&gt;" in page  # escaped, never markup
    assert 'rel="external"' not in page  # no link to an unsafe original
    assert "Kennisbank van Streep, CC BY 4.0" in page


def _table_row(page: str, town: str, caption: str) -> list[str]:
    part = page[page.index(caption) :]
    part = part[: part.index("</table>")]
    row = re.search(r'<th scope="row">' + re.escape(town) + r"(.*?)</tr>", part, re.S)
    assert row, town
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)]


def _figures(**overrides: object) -> dict:
    data = {
        "period": {"label": "1e kwartaal 2026", "slug": "2026-Q1"},
        "received": {"total": 41},
        "first_contact": {"within_norm_pct": 87.5},
        "outcomes": {"solved_without_complaint_pct": "<5"},
        "resolution": {"within_norm_pct": None},
        "agreements": {"kept_pct": "<script>alert(1)</script>"},
        "control": {"satisfied_pct": True},
        "rules": [
            {
                "number": 1,
                "title": "Wees alert",
                "figures": [
                    {"label": "Verzoeken ontvangen", "value": 41, "unit": ""},
                    {"label": "<img src=x onerror=alert(1)>", "value": 1, "unit": ""},
                ],
            },
            {"number": "2", "figures": "geen lijst"},
        ],
    }
    data.update(overrides)
    return data


def test_comparison_reads_only_protected_figures(app: Flask, client: FlaskClient) -> None:
    fetched = dt.datetime(2026, 4, 2, 9, 30)
    _source(figures_json=json.dumps(_figures()), figures_period="2026-Q1", figures_fetched_at=fetched)
    _source(name="Gemeente Kapot", code="kapot", figures_json="{niet: json", figures_fetched_at=fetched)
    _source(name="Gemeente Nieuw", code="nieuw")
    _source(name="Gemeente Lijst", code="lijst", figures_json="[1, 2, 3]", figures_fetched_at=fetched)
    _source(name="Gemeente Uit", code="uit", active=False, figures_json=json.dumps(_figures()))
    db.session.commit()
    response = client.get("/vergelijking")
    assert response.status_code == 200
    raw = response.get_data(as_text=True)
    assert "<script>alert" not in raw and "<img src=x" not in raw and "onerror" not in raw
    page = html.unescape(raw)
    row = _table_row(page, "Gemeente Westerhaven", "Kerncijfers per gemeente")
    assert row[0] == "1e kwartaal 2026"
    assert row[1:7] == ["41", "87,5%", "<5", "–", "n.b.", "n.b."]  # a string or a boolean is no figure
    assert row[7] == "2 april 2026 09:30" or row[7].startswith("2 april 2026")
    for broken in ("Gemeente Kapot", "Gemeente Nieuw", "Gemeente Lijst"):
        assert "Nog geen cijfers opgehaald." in _table_row(page, broken, "Kerncijfers per gemeente")
    assert "Gemeente Uit" not in page  # a switched-off source is not compared
    rule1 = _table_row(page, "Gemeente Westerhaven", "Regel 1:")
    assert rule1[1] == "41" and "n.b." in rule1  # figures the source lacks: not available
    rule2 = _table_row(page, "Gemeente Westerhaven", "Regel 2:")
    assert set(rule2[1:-1]) == {"n.b."}
    ours = _table_row(page, app.config["MUNICIPALITY"], "Kerncijfers per gemeente")
    assert ours[0] == "1e kwartaal 2026"  # our own figures for the period the sources report
    assert ours[-1].startswith("nu")
    assert "<caption" in raw and raw.count('scope="col"') >= 9 and 'scope="row"' in raw


def test_comparison_without_followed_portals(client: FlaskClient) -> None:
    page = client.get("/vergelijking?x=1").get_data(as_text=True)
    assert "Wij volgen nog geen andere gemeenten" in page
    assert "Kerncijfers per gemeente (alleen wij)" in page
    assert "Let op:" not in page


def test_comparison_says_when_periods_differ(client: FlaskClient) -> None:
    fetched = dt.datetime(2026, 4, 2, 9, 30)
    _source(figures_json=json.dumps(_figures()), figures_period="2026-Q1", figures_fetched_at=fetched)
    other = _figures(period={"label": "2025", "slug": "2025"})
    _source(name="Gemeente Oud", code="oud", figures_json=json.dumps(other), figures_fetched_at=fetched)
    db.session.commit()
    assert "niet alle gemeenten geven cijfers over dezelfde periode" in client.get("/vergelijking").get_data(
        as_text=True
    )
