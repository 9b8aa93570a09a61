"""Broken and hostile sources: each gives a clear status and log line, never breaks the portal or other sources.

The sync runs in-process against a real HTTP server on loopback (tests/commons/hostile.py) and the test's
real database (SQLite here, PostgreSQL under `python -m tests.pg_run`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.extensions import db
from portal.models import Article, AuditEntry, IndexOutbox
from portal.models_commons import CommonsSource
from portal.services.commons import held, sources
from portal.services.commons.sync import sync_all, sync_source
from tests.commons.hostile import Server, hostile_server
from tests.conftest import user


@pytest.fixture(scope="module")
def hostile() -> Iterator[Server]:
    with hostile_server() as server:
        yield server


@pytest.fixture
def limits(app: Flask) -> Flask:
    app.config.update(
        # short, but with room for a busy machine (the slow case stalls 6 s, the trickle never ends)
        COMMONS_CONNECT_TIMEOUT=3,
        COMMONS_READ_TIMEOUT=2,
        COMMONS_RESPONSE_SECONDS=4,
        COMMONS_MAX_RESPONSE_BYTES=256 * 1024,
        COMMONS_MAX_PAGES=5,
    )
    return app


def follow(server: Server, case: str) -> CommonsSource:
    return sources.add_source(server.url(case))


def articles_of(source: CommonsSource) -> list[Article]:
    return list(db.session.execute(select(Article).where(Article.source_id == source.id)).scalars())


def test_good_source_imports_with_local_references_and_attribution(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "good")
    assert source.name == "Gemeente Good" and source.licence == "CC BY 4.0"
    result = sync_source(source)
    assert (result.status, result.created) == ("ok", 2)
    got = {a.source_reference: a for a in articles_of(source)}
    assert set(got) == {"G-1", "G-2"}
    a = got["G-1"]
    assert a.reference == f"{source.code}:G-1" and a.status == "published"
    assert a.source_licence == "CC BY 4.0" and "Good" in (a.source_attribution or "")
    assert a.source_url == f"{source.base_url}/kennisbank/G-1"  # empty url: the usual address at the source
    assert a.body_html and "<h2" in a.body_html
    queued = set(db.session.execute(select(IndexOutbox.reference)).scalars())
    assert {f"{source.code}:G-1", f"{source.code}:G-2"} <= queued
    # figures: only fields of the protected API travel, in their types
    figures = json.loads(source.figures_json or "{}")
    assert figures["received"]["total"] == 12 and "secret_list_of_cases" not in figures
    assert source.figures_period == "2026" and source.figures_fetched_at is not None
    assert source.article_count == 2 and source.last_success_at is not None


def test_same_sync_twice_changes_nothing(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "good")
    sync_source(source)
    again = sync_source(db.session.get(CommonsSource, source.id))
    assert (again.created, again.updated) == (0, 0)
    assert len(articles_of(source)) == 2


def test_script_and_html_are_rendered_and_sanitised_by_us(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "script")
    sync_source(source)
    (a,) = articles_of(source)
    html = a.body_html or ""
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html and "<iframe" not in html


def test_clock_skew_future_dates_are_clamped(limits: Flask, hostile: Server) -> None:
    import datetime as dt

    source = follow(hostile, "skew")
    sync_source(source)
    (a,) = articles_of(source)
    assert a.published_at is not None and a.published_at <= dt.date.today()
    assert a.updated_at <= dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=5)


def test_same_reference_twice_is_one_article(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "dupe")
    sync_source(source)
    (a,) = articles_of(source)
    assert a.title == "Tweede titel"


def test_bad_items_are_refused_and_the_rest_goes_on(
    limits: Flask, hostile: Server, caplog: pytest.LogCaptureFixture
) -> None:
    source = follow(hostile, "badref")
    with caplog.at_level(logging.WARNING, logger="portal.services.commons.sync"):
        result = sync_source(source)
    assert result.status == "ok"
    assert {a.source_reference for a in articles_of(source)} == {"ok-1", "ok-6"}
    assert result.refused == 8
    assert "item refused" in caplog.text
    assert "../../etc/passwd" not in caplog.text  # the odd reference itself is not echoed


def test_a_forty_character_reference_gets_a_short_local_one(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "longref")
    sync_source(source)
    (a,) = articles_of(source)
    assert a.source_reference == "L" * 40 and len(a.reference) <= 40 and a.reference.startswith(source.code + ":")


def test_personal_data_is_held_until_an_admin_decides(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "pii")
    result = sync_source(source)
    assert result.held == 1
    by_ref = {a.source_reference: a for a in articles_of(source)}
    assert by_ref["P-1"].status == "held" and by_ref["P-2"].status == "published"
    assert [a.id for a in held.held_articles()] == [by_ref["P-1"].id]
    # a sync with the same text keeps it held
    sync_source(db.session.get(CommonsSource, source.id))
    assert db.session.get(Article, by_ref["P-1"].id).status == "held"
    with pytest.raises(sources.CommonsError):
        held.release_held(by_ref["P-1"].id, user("med1@test.nl"))  # mediators cannot
    held.release_held(by_ref["P-1"].id, user("admin@test.nl"))
    assert db.session.get(Article, by_ref["P-1"].id).status == "published"
    with pytest.raises(sources.CommonsError):
        held.release_held(by_ref["P-1"].id, user("admin@test.nl"))  # replayed: nothing to release
    actions = set(db.session.execute(select(AuditEntry.action)).scalars())
    assert "commons.release" in actions


def test_reject_deletes_the_held_article(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "pii")
    sync_source(source)
    p1 = next(a for a in articles_of(source) if a.source_reference == "P-1")
    held.reject_held(p1.id, user("admin@test.nl"))
    assert {a.source_reference for a in articles_of(source)} == {"P-2"}
    assert "commons.reject" in set(db.session.execute(select(AuditEntry.action)).scalars())


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("badjson", "geen geldige JSON"),
        ("wrongtypes", "verkeerde type"),
        ("samepage", "eindeloos"),
        ("huge", "groter dan"),
        ("declared", "groter dan"),
        ("slow", "tijdslimiet"),
        ("trickle", "seconden compleet"),
        ("gzip", "gecomprimeerd"),
        ("offhost", "andere host"),
        ("loop", "doorverwijzingen"),
        ("status500", "HTTP-status 500"),
    ],
)
def test_broken_source_gets_status_fout_and_a_clear_error(
    limits: Flask, hostile: Server, case: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    source = follow(hostile, case)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="portal.services.commons.sync"):
        result = sync_source(source)
    assert time.monotonic() - started < 15
    assert result.status == "fout" and message in (result.error or "")
    row = db.session.get(CommonsSource, source.id)
    assert row.status == "fout" and message in (row.last_error or "")
    assert "<b>" not in (row.last_error or "")
    assert source.base_url in caplog.text and "failed" in caplog.text
    assert articles_of(source) == []


def test_endless_paging_stops_at_the_page_cap(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "endless")
    result = sync_source(source)
    assert result.status == "onvolledig" and result.pages == 5
    assert len(articles_of(source)) == 5
    assert db.session.get(CommonsSource, source.id).cursor == "5"  # the next sync goes on from here


def test_same_host_redirects_are_followed(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "hop")
    assert sync_source(source).status == "ok"
    assert [a.source_reference for a in articles_of(source)] == ["H-1"]


def test_bad_figures_keep_the_articles_and_say_so(limits: Flask, hostile: Server) -> None:
    source = follow(hostile, "badfigures")
    result = sync_source(source)
    row = db.session.get(CommonsSource, source.id)
    assert result.status == "ok" and row.figures_json is None
    assert "cijfers niet bijgewerkt" in (row.last_error or "")
    assert len(articles_of(source)) == 2


def test_a_source_that_went_away_leaves_the_others_alone(limits: Flask, hostile: Server, client: FlaskClient) -> None:
    from tests.browser.live_server import free_port

    good = follow(hostile, "good")
    gone = CommonsSource(base_url=f"http://127.0.0.1:{free_port()}", code="weg", name="Gemeente Weg", cursor="")
    db.session.add(gone)
    db.session.commit()
    results = {r.source: r for r in sync_all()}
    assert results["Gemeente Weg"].status == "fout" and "verbinding" in (results["Gemeente Weg"].error or "")
    assert results[good.name].status == "ok"
    assert client.get("/kennisbank").status_code == 200
