"""`flask commons add | list | remove | sync` and the schedule, in-process against the loopback test source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from click.testing import Result
from flask import Flask
from sqlalchemy import select

from portal.extensions import db
from portal.models import Article, IndexOutbox, utcnow
from portal.models_commons import CommonsSource
from portal.services.commons import schedule
from portal.services.commons.sources import CommonsError, normalize_url
from tests.commons.hostile import Server, hostile_server


@pytest.fixture(scope="module")
def hostile() -> Iterator[Server]:
    with hostile_server() as server:
        yield server


def run(app: Flask, *args: str) -> Result:
    return app.test_cli_runner().invoke(args=["commons", *args])


def test_add_list_sync_remove(app: Flask, hostile: Server) -> None:
    url = hostile.url("good")
    out = run(app, "add", url + "/")
    assert out.exit_code == 0, out.output
    assert "Gevolgd: Gemeente Good" in out.output
    listed = run(app, "list").output
    assert "Gemeente Good" in listed and url in listed and "nieuw" in listed and "nooit" in listed
    out = run(app, "sync")
    assert out.exit_code == 0 and "Gemeente Good: ok, 2 nieuw" in out.output
    assert "2 artikelen" in run(app, "list").output
    source = db.session.execute(select(CommonsSource)).scalar_one()
    refs = {f"{source.code}:G-1", f"{source.code}:G-2"}
    out = run(app, "remove", url)
    assert out.exit_code == 0 and "2 artikelen verwijderd" in out.output
    db.session.expire_all()
    assert db.session.execute(select(Article).where(Article.reference.in_(refs))).first() is None
    deletes = set(db.session.execute(select(IndexOutbox.reference).where(IndexOutbox.op == "delete")).scalars())
    assert refs <= deletes
    assert "nog geen andere portalen" in run(app, "list").output


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org", "Alleen http- en https-adressen"),
        ("file:///etc/passwd", "Alleen http- en https-adressen"),
        ("javascript:alert(1)", "Alleen http- en https-adressen"),
        ("", "Geef een geldig adres op"),
        ("http://", "Geef een geldig adres op"),
        ("http://user:pw@example.org", "Geef een geldig adres op"),
        ("http://exa mple.org", "Geef een geldig adres op"),
        ("http://example.org/\x00", "Geef een geldig adres op"),
        ("http://" + "a" * 400 + ".nl", "Geef een geldig adres op"),
        ("http://127.0.0.1:99999", "poortnummer"),
    ],
)
def test_add_refuses_bad_urls_in_dutch(app: Flask, url: str, message: str) -> None:
    out = run(app, "add", url)
    assert out.exit_code == 1 and message in out.output
    assert db.session.execute(select(CommonsSource)).first() is None


def test_add_refuses_what_is_not_our_api_duplicates_and_itself(app: Flask, hostile: Server) -> None:
    out = run(app, "add", hostile.url("notportal"))
    assert out.exit_code == 1 and "niet de open API" in out.output
    assert run(app, "add", hostile.url("good")).exit_code == 0
    out = run(app, "add", hostile.url("good") + "/api/v1/openapi.json")
    assert out.exit_code == 1 and "wordt al gevolgd" in out.output
    out = run(app, "add", app.config.get("BASE_URL") or "http://127.0.0.1:5000")
    assert out.exit_code == 1 and "dit portaal zelf" in out.output
    from tests.browser.live_server import free_port

    out = run(app, "add", f"http://127.0.0.1:{free_port()}")
    assert out.exit_code == 1 and "niet op te halen" in out.output


def test_sync_and_remove_of_an_unknown_url(app: Flask) -> None:
    for cmd in ("sync", "remove"):
        out = run(app, cmd, "https://onbekend.voorbeeld.nl")
        assert out.exit_code == 1 and "wordt niet gevolgd" in out.output


def test_a_failing_source_exits_2_and_shows_in_list(app: Flask, hostile: Server) -> None:
    run(app, "add", hostile.url("badjson"))
    run(app, "add", hostile.url("good"))
    out = run(app, "sync")
    assert out.exit_code == 2
    assert "Gemeente Badjson: fout: antwoord is geen geldige JSON" in out.output
    assert "Gemeente Good: ok" in out.output
    listed = run(app, "list").output
    assert "fout" in listed and "geen geldige JSON" in listed


def test_normalize_url() -> None:
    assert normalize_url(" HTTPS://Example.ORG:443/portaal/ ") == "https://example.org/portaal"
    assert normalize_url("http://example.org:8080/api/v1/openapi.json") == "http://example.org:8080"
    with pytest.raises(CommonsError):
        normalize_url("mailto:a@b.nl")


def test_schedule_syncs_only_due_sources_under_the_lock(app: Flask, hostile: Server) -> None:
    run(app, "add", hostile.url("good"))
    run(app, "add", hostile.url("dupe"))
    good, dupe = db.session.execute(select(CommonsSource).order_by(CommonsSource.id)).scalars().all()
    dupe.last_sync_at = utcnow() - dt.timedelta(minutes=5)  # synced recently: not due (interval 60 min)
    db.session.commit()
    with schedule.sync_lock():  # another process is syncing: this round does nothing
        assert schedule.run_due() == []
    results = schedule.run_due()
    assert [r.source for r in results] == ["Gemeente Good"]
    assert schedule.due_sources() == []
    app.config["COMMONS_SYNC_MINUTES"] = 1
    assert set(schedule.due_sources()) == {dupe.id}
