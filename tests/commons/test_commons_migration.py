"""Migration 0007_commons on existing data: the change log starts with the own articles; down and up lose nothing
of one's own (SQLite here, PostgreSQL in the PostgreSQL pass)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from tests.multihost.procs import env_for, flask, shared_database


def _run(env: dict[str, str], *args: str) -> None:
    result = flask(env, "db", *args)
    assert result.returncode == 0, result.stderr[-3000:]


def test_upgrade_seeds_the_change_log_and_downgrade_keeps_own_articles(tmp_path: Path) -> None:
    with shared_database(tmp_path, "commons_mig") as url:
        env = env_for(tmp_path / "data", url)
        _run(env, "upgrade", "0006")
        engine = sa.create_engine(url)
        now = dt.datetime(2026, 1, 1)
        with engine.begin() as conn:
            for ref, status in (("KB-1", "published"), ("KB-2", "draft"), ("KB-3", "withdrawn")):
                conn.execute(
                    sa.text(
                        "INSERT INTO articles (reference, title, body, theme, department, outcome, year, status,"
                        " created_at, updated_at) VALUES (:r, 't', 'b', '', '', '', 2025, :s, :n, :n)"
                    ),
                    {"r": ref, "s": status, "n": now},
                )
        _run(env, "upgrade", "0007_commons")
        with engine.begin() as conn:
            log = conn.execute(sa.text("SELECT reference FROM commons_changes ORDER BY id")).scalars().all()
            assert log == ["KB-1", "KB-3"]
            conn.execute(
                sa.text(
                    "INSERT INTO commons_sources (base_url, code, name, licence, attribution, added_at, active,"
                    " status, cursor, article_count) VALUES ('http://x.test', 'x', 'Gemeente X', 'CC BY 4.0', '',"
                    " :n, true, 'ok', '2', 1)"
                ),
                {"n": now},
            )
            source_id = conn.execute(sa.text("SELECT id FROM commons_sources")).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO articles (reference, title, body, theme, department, outcome, year, status,"
                    " created_at, updated_at, source_id, source_reference) VALUES ('x:KB-9', 't', 'b', '', '', '',"
                    " 2025, 'published', :n, :n, :s, 'KB-9')"
                ),
                {"n": now, "s": source_id},
            )
        _run(env, "downgrade", "0006")
        with engine.begin() as conn:
            refs = conn.execute(sa.text("SELECT reference FROM articles ORDER BY reference")).scalars().all()
            assert refs == ["KB-1", "KB-2", "KB-3"]
            deletes = conn.execute(sa.text("SELECT reference FROM index_outbox WHERE op = 'delete'")).scalars().all()
            assert deletes == ["x:KB-9"]
        _run(env, "upgrade", "0007_commons")
        engine.dispose()
