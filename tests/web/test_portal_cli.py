"""Commands on a real, empty data folder, run as a user would run them."""

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from portal import create_app
from portal.extensions import db
from portal.models import Article, Request, User

ROOT = Path(__file__).resolve().parents[2]


def flask(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PORTAL_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


ARTICLES = [
    {
        "id": "KB-2025-0001",
        "title": "Parkeervergunning voor mantelzorger",
        "body": "## Situatie\n\nEen "
        "mantelzorger kreeg geen parkeervergunning.\n\n## Uitkomst\n\nDe vergunning werd verleend.",
        "theme": "Parkeren",
        "department": "Parkeren",
        "outcome": "opgelost",
        "year": 2025,
    },
    {
        "id": "KB-2025-0002",
        "title": "Afvalinzameling overgeslagen",
        "body": "## Situatie\n\nDe afvalinzameling sloeg een straat over.",
        "theme": "Afval",
        "department": "Reiniging",
        "outcome": "deels opgelost",
        "year": 2024,
    },
]


def test_kb_import_on_empty_folder_then_reimport_updates_without_duplicates(tmp_path):
    data = tmp_path / "data"
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [
            *ARTICLES,
            "{kapot",
            {"id": "", "title": "x", "body": "y", "year": 1},
            {"id": "KB-X", "title": "x", "body": "y", "year": "nooit"},
        ],
    )
    first = flask(data, "kb", "import", str(src))
    assert first.returncode == 0, first.stderr
    assert "2 nieuw" in first.stdout
    assert "regel 3" in first.stderr and "regel 4" in first.stderr and "regel 5" in first.stderr
    changed = [dict(ARTICLES[0], title="Parkeervergunning voor mantelzorgers"), ARTICLES[1]]
    second = flask(data, "kb", "import", str(write_jsonl(tmp_path / "b.jsonl", changed)))
    assert second.returncode == 0, second.stderr
    assert "0 nieuw, 1 bijgewerkt, 1 ongewijzigd" in second.stdout
    app = create_app({"DATA_DIR": str(data), "TESTING": True, "INDEX_WRITER": "external"})
    with app.app_context():
        assert db.session.execute(select(func.count(Article.id))).scalar_one() == 2
        client = app.test_client()
        hits = client.get("/api/v1/knowledge", query_string={"q": "mantelzorgers"}).get_json()
        assert hits["total"] >= 1
        assert hits["results"][0]["reference"] == "KB-2025-0001"
        assert hits["results"][0]["title"] == "Parkeervergunning voor mantelzorgers"
        db.engine.dispose()


def test_kb_reindex_works_on_empty_folder_and_rebuilds(tmp_path):
    data = tmp_path / "data"
    empty = flask(data, "kb", "reindex")
    assert empty.returncode == 0, empty.stderr
    assert "0 artikelen" in empty.stdout
    flask(data, "kb", "import", str(write_jsonl(tmp_path / "a.jsonl", ARTICLES)))
    again = flask(data, "kb", "reindex")
    assert again.returncode == 0 and "2 artikelen" in again.stdout


def test_demo_seeds_a_municipality_once(tmp_path):
    data = tmp_path / "data"
    first = flask(data, "demo")
    assert first.returncode == 0, first.stderr
    assert "admin@voorbeeld.nl" in first.stdout and "wachtwoord" in first.stdout
    second = flask(data, "demo")
    assert second.returncode == 0, second.stderr
    app = create_app({"DATA_DIR": str(data), "TESTING": True, "INDEX_WRITER": "external"})
    with app.app_context():
        assert db.session.execute(select(func.count(Request.id))).scalar_one() == 300
        assert db.session.execute(select(func.count(User.id))).scalar_one() == 3
        statuses = set(db.session.execute(select(Request.status).distinct()).scalars())
        assert statuses == {
            "ontvangen",
            "in_verkenning",
            "in_afstemming",
            "opgelost",
            "niet_opgelost",
            "doorverwezen",
            "ingetrokken",
            "afgerond",
        }
        channels = set(db.session.execute(select(Request.channel).distinct()).scalars())
        assert {"web", "telefoon", "balie", "email", "brief"} <= channels
        themes = db.session.execute(select(func.count(Request.theme_id.distinct()))).scalar_one()
        assert themes == 10
        oldest = db.session.execute(select(func.min(Request.received_at))).scalar_one()
        newest = db.session.execute(select(func.max(Request.received_at))).scalar_one()
        assert (newest - oldest).days > 600
        client = app.test_client()
        assert client.get("/kennisbank").status_code == 200
        assert client.get("/api/v1/knowledge").get_json()["total"] > 10
        db.engine.dispose()


def test_create_user_command(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "PORTAL_DATA_DIR": str(data)}
    args = [
        sys.executable,
        "-m",
        "flask",
        "--app",
        "portal",
        "create-user",
        "--email",
        "New@Test.nl",
        "--name",
        "Nieuw",
        "--role",
        "admin",
    ]
    short = subprocess.run(args, cwd=ROOT, env=env, input="kort\nkort\n", capture_output=True, text=True)
    assert short.returncode != 0 and "minstens 12" in short.stderr
    ok = subprocess.run(
        args,
        cwd=ROOT,
        env=env,
        input="lang genoeg wachtwoord\nlang genoeg wachtwoord\n",
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
