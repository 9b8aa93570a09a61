"""Markdown can no longer take workers down (issue 13): rendered once at save or import, bounded, never per view.

Through the real paths: the publication editor (Flask test client, SQLite and PostgreSQL), `flask kb import` in a
subprocess, and article pages served by real gunicorn with the deploy configuration.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests as http
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Article
from portal.services import knowledge
from tests.publication.conftest import clients, post, resolved, second_admin  # noqa: F401 - fixtures
from tests.publication.test_publication_workflow import ADMIN, MED1, SECTIONS, draft_of
from tests.trust.test_trust_fault import free_port, kill, server_env, start

ROOT = Path(__file__).resolve().parents[2]

# Each fits in one editor section (at most 20,000 characters) and once took a worker down or lost text.
REFUSED = {
    "20,000 [": "[" * 20000,
    "10,000 ![": "![" * 10000,
    "lists 3000 deep": "- " * 3000 + "x",
    "quotes 3000 deep": "> " * 3000 + "x",
    "nested quotes in lines": "\n".join(">" * i + " regel" for i in range(1, 40)),
    "6,000 <": "<a " * 6000,
}


@pytest.fixture
def draft(app, clients, resolved) -> Article:  # noqa: F811 - fixtures imported above
    post(clients(MED1), f"/bemiddeling/artikelen/nieuw/{resolved.id}")
    return draft_of(resolved)


def save(clients: Callable[[str], FlaskClient], draft: Article, data: dict[str, str]) -> TestResponse:  # noqa: F811
    return post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/opslaan", {**SECTIONS, **data})


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
def test_editor_refuses_pathological_markdown_in_dutch_and_keeps_the_text(clients, draft, text):  # noqa: F811
    r = save(clients, draft, {"situation": text})
    page = r.get_data(as_text=True)
    assert r.status_code == 422
    assert "Het concept is opgeslagen, maar kan zo niet worden ingediend." in page
    assert "De opmaak van het onderdeel Situatie lukt niet." in page
    db.session.refresh(draft)
    assert draft.situation == text.strip()  # nothing lost
    assert draft.body_html and "<ul>" not in draft.body_html and "<blockquote>" not in draft.body_html
    r = post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/indienen")
    assert r.status_code == 422 and "De opmaak van het onderdeel Situatie lukt niet." in r.get_data(as_text=True)
    db.session.refresh(draft)
    assert draft.status == "draft"
    # simplified, the same draft goes through: saved, submitted, published, shown from the stored HTML
    assert save(clients, draft, {"situation": "- een punt\n    - een dieper punt"}).status_code == 200
    assert post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/indienen").status_code == 302
    assert post(clients(ADMIN), f"/bemiddeling/artikelen/{draft.id}/publiceren").status_code == 302
    db.session.refresh(draft)
    assert draft.status == "published" and draft.body_html.count("<ul>") == 2


@pytest.mark.parametrize("tag", ["svg", "math", "svg onload=alert(1)"])
def test_editor_unclosed_svg_or_math_keeps_the_rest_of_the_article(app, clients, draft, tag):  # noqa: F811
    r = save(clients, draft, {"situation": f"Voor <{tag}> en na het haakje.", "lesson": "De **les** blijft."})
    assert r.status_code == 200
    assert post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/indienen").status_code == 302
    assert post(clients(ADMIN), f"/bemiddeling/artikelen/{draft.id}/publiceren").status_code == 302
    db.session.refresh(draft)
    page = clients(ADMIN).get(f"/kennisbank/{draft.reference}").get_data(as_text=True)
    assert "en na het haakje." in page and "<strong>les</strong> blijft." in page and "<h2>Leren</h2>" in page
    assert "<svg" not in page and "<math" not in page and "alert(1)" not in page


def test_editor_nul_bytes_and_astral_characters(app, clients, draft):  # noqa: F811
    r = save(clients, draft, {"situation": "Tekst\x00 met een NUL-teken."})
    assert r.status_code in (200, 400)  # the NUL goes (removed or refused in Dutch), never stored or rendered
    db.session.refresh(draft)
    assert "\x00" not in draft.situation and "\x00" not in (draft.body_html or "")
    if r.status_code == 200:
        assert draft.situation == "Tekst met een NUL-teken." and "Tekst met een NUL-teken." in draft.body_html
    r = save(clients, draft, {"situation": "Tekst met 𝔘nicode 😀 en 👩🏽‍⚕️ en [persoon 1]."})
    assert r.status_code == 200
    db.session.refresh(draft)
    assert "𝔘nicode 😀 en 👩🏽‍⚕️" in draft.situation and "𝔘nicode 😀" in draft.body_html


def test_replayed_refused_save_stores_the_same_text_once(clients, draft):  # noqa: F811
    for _ in range(2):
        assert save(clients, draft, {"coordination": "[" * 20000}).status_code == 422
    db.session.refresh(draft)
    assert draft.coordination == "[" * 20000 and draft.status == "draft"


# --- flask kb import ---------------------------------------------------------------------------------------------


def flask_cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env["PORTAL_DATA_DIR"] = str(data)
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


GOOD = {
    "id": "KB-2025-0001",
    "title": "Parkeervergunning voor mantelzorger",
    "theme": "Parkeren",
    "department": "Parkeren",
    "outcome": "opgelost",
    "year": 2025,
    "body": "## Situatie\n\nEen mantelzorger 😀 kreeg geen **vergunning**.\n\nVoor <svg> na.\n\n- een\n- twee",
}


def import_rows(tmp_path: Path) -> list[dict]:
    rows = [GOOD]
    for i, text in enumerate([*REFUSED.values(), "Tekst\x00NUL"], start=2):
        rows.append({**GOOD, "id": f"KB-2025-{i:04d}", "title": f"Artikel {i}", "body": text})
    return rows


@pytest.mark.sqlite_only(reason="the CLI runs on a fresh SQLite data folder")
def test_kb_import_refuses_pathological_lines_with_a_clear_error(tmp_path):
    data = tmp_path / "data"
    rows = import_rows(tmp_path)
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    done = flask_cli(data, "kb", "import", str(src))
    assert done.returncode == 0, done.stderr
    assert "1 nieuw" in done.stdout
    errors = [line for line in done.stderr.splitlines() if line.startswith("overgeslagen:")]
    assert len(errors) == len(rows) - 1
    for line_no, row in enumerate(rows[1:], start=2):
        assert any(e.startswith(f"overgeslagen: regel {line_no} ({row['id']}): ") for e in errors), errors
    assert "bevat een NUL-teken" in errors[-1]
    assert all("niet geïmporteerd" in e for e in errors)
    conn = sqlite3.connect(str(data / "portal.db"))
    try:
        stored = conn.execute("SELECT reference, body, body_html FROM articles").fetchall()
    finally:
        conn.close()
    assert [(r[0], r[1]) for r in stored] == [(GOOD["id"], GOOD["body"])]
    html = stored[0][2]
    assert "<strong>vergunning</strong>" in html and "na." in html and "<svg" not in html and "😀" in html


@pytest.mark.sqlite_only(reason="the CLI runs on a fresh SQLite data folder")
def test_kb_import_keeps_unicode_line_separators_and_astral_characters_inside_a_line(tmp_path):
    body = "## Situatie\n\nEen regel\u2028met scheiding, \x85 NEL, \x1c en 𝔘nicode 😀 👩🏽\u200d⚕️."
    src = tmp_path / "unicode.jsonl"
    src.write_text(json.dumps({**GOOD, "body": body}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    data = tmp_path / "data"
    done = flask_cli(data, "kb", "import", str(src))
    assert done.returncode == 0 and "1 nieuw" in done.stdout and "overgeslagen" not in done.stderr, done.stderr
    conn = sqlite3.connect(str(data / "portal.db"))
    try:
        stored_body, html = conn.execute("SELECT body, body_html FROM articles").fetchone()
    finally:
        conn.close()
    assert stored_body == body and "𝔘nicode 😀 👩🏽\u200d⚕️" in html


def test_kb_import_in_process_gives_each_refusal_a_line(app):
    lines = [json.dumps(GOOD), json.dumps({**GOOD, "id": "KB-2025-0002", "body": "- " * 3000 + "x"})]
    report = knowledge.import_jsonl(lines)
    assert report.created == 1 and len(report.errors) == 1
    assert report.errors[0].startswith("regel 2 (KB-2025-0002): body niet geïmporteerd. Er zitten lijsten of ")
    article = db.session.execute(select(Article).where(Article.reference == GOOD["id"])).scalar_one()
    assert "<ul>" in article.body_html


# --- the migration renders the articles that exist ---------------------------------------------------------------


def test_migration_fills_body_html_for_existing_articles_and_downgrades(app):
    from flask_migrate import downgrade, upgrade
    from sqlalchemy import inspect, text

    directory = app.extensions["migrate"].directory
    db.session.remove()
    downgrade(directory=directory, revision="0005_article_html-1")  # only this branch goes down
    assert "body_html" not in {c["name"] for c in inspect(db.engine).get_columns("articles")}
    rows = {
        "KB-2024-0001": "## Situatie\n\nDe **bewoner** belde. Voor <svg> na.",
        "KB-2024-0002": "- " * 3000 + "x",
        "KB-2024-0003": "[" * 20000,
    }
    with db.engine.begin() as conn:
        for ref, body in rows.items():
            conn.execute(
                text(
                    "INSERT INTO articles (reference, title, body, theme, department, outcome, year, "
                    "status, created_at, updated_at) VALUES (:r, 'Titel', :b, '', '', '', 2024, "
                    "'published', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"r": ref, "b": body},
            )
    upgrade(directory=directory, revision="heads")
    with db.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT reference, body_html FROM articles")).all())
    assert "<strong>bewoner</strong>" in stored["KB-2024-0001"] and "na." in stored["KB-2024-0001"]
    assert stored["KB-2024-0002"].startswith("<p>- - -") and "<ul>" not in stored["KB-2024-0002"]
    assert stored["KB-2024-0003"] == "<p>" + "[" * 20000 + "</p>"  # neutralised: shown as text, not lost


# --- real gunicorn: pages of such articles stay fast -------------------------------------------------------------


@pytest.mark.sqlite_only(reason="gunicorn serving a SQLite data folder made by the CLI")
def test_gunicorn_serves_article_pages_from_stored_html(tmp_path):
    data = tmp_path / "data"
    src = tmp_path / "good.jsonl"
    rows = [GOOD, {**GOOD, "id": "KB-2025-0002", "title": "Tweede"}, {**GOOD, "id": "KB-2025-0003", "title": "Derde"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert flask_cli(data, "kb", "import", str(src)).returncode == 0
    # Articles stored before this fix, as the issue found them: the page must not render their Markdown.
    conn = sqlite3.connect(str(data / "portal.db"))
    with conn:
        conn.execute("UPDATE articles SET body = ?, body_html = NULL WHERE reference = 'KB-2025-0002'", ("[" * 20000,))
        conn.execute(
            "UPDATE articles SET body = ?, body_html = '<p>opgeslagen opmaak</p>' WHERE reference = 'KB-2025-0003'",
            ("- " * 3000 + "x",),
        )
    conn.close()
    port, log = free_port(), tmp_path / "gunicorn.log"
    base = f"http://127.0.0.1:{port}"
    proc = start(data, port, log)
    try:
        urls = [f"{base}/kennisbank/KB-2025-000{n}" for n in (1, 2, 3)] * 4
        with ThreadPoolExecutor(max_workers=6) as pool:  # more views at once than there are workers
            pages = list(pool.map(lambda url: http.get(url, timeout=20), urls))
        assert [p.status_code for p in pages] == [200] * len(urls), log.read_text()[-2000:]
        first, second, third = pages[:3]
        assert "<strong>vergunning</strong>" in first.text
        assert "[" * 20000 in second.text  # shown as plain text, escaped, not rendered
        assert "opgeslagen opmaak" in third.text and "- - - -" not in third.text
        assert http.get(f"{base}/feed.atom", timeout=20).status_code == 200
    finally:
        kill(proc)
    assert server_env(data)["PORTAL_DATA_DIR"] == str(data)
