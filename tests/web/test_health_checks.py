"""/healthz keeps the index check's answer per index generation (issue 12): it must never report a stale "ok".

The answer is kept while CURRENT and the generation directory are unchanged (two stat calls); every way an index
goes missing or comes back must show on the very next request, not after the recheck interval.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from portal.services import health, knowledge


def _build(app: Flask) -> Path:
    """A fresh index generation from the database; returns the index folder."""
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    folder = Path(app.config["INDEX_DIR"])
    assert (folder / "CURRENT").is_file()
    return folder


def _index(client: FlaskClient) -> tuple[int, str]:
    response = client.get("/healthz")
    return response.status_code, response.get_json()["checks"]["index"]


def test_removed_index_is_reported_on_the_next_request(client: FlaskClient, app: Flask) -> None:
    folder = _build(app)
    assert _index(client) == (200, "ok")
    assert _index(client) == (200, "ok")  # the kept answer
    shutil.rmtree(folder)
    assert _index(client) == (503, "ontbreekt")
    assert client.get("/healthz").get_json() == {"status": "fout", "checks": {"database": "ok", "index": "ontbreekt"}}
    _build(app)
    assert _index(client) == (200, "ok")


def test_emptied_generation_or_broken_current_is_reported_at_once(client: FlaskClient, app: Flask) -> None:
    folder = _build(app)
    assert _index(client) == (200, "ok")
    generation = folder / (folder / "CURRENT").read_text().strip()
    for toc in generation.glob("*.toc"):  # Whoosh's table of contents: without it the index cannot be opened
        toc.unlink()
    assert _index(client) == (503, "ontbreekt")

    _build(app)
    assert _index(client) == (200, "ok")
    replacement = folder / ".CURRENT.test"
    replacement.write_text("ix-does-not-exist", encoding="utf-8")
    os.replace(replacement, folder / "CURRENT")  # as a rebuild swaps it
    assert _index(client) == (503, "ontbreekt")
    (folder / "CURRENT").write_text("../elsewhere", encoding="utf-8")  # never followed out of the folder
    assert _index(client) == (503, "ontbreekt")


def test_a_new_generation_is_checked_afresh(client: FlaskClient, app: Flask) -> None:
    folder = _build(app)
    assert _index(client) == (200, "ok")
    first = (folder / "CURRENT").read_text().strip()
    knowledge.index().rebuild([])  # an empty but valid generation replaces the first one
    assert (folder / "CURRENT").read_text().strip() != first
    assert _index(client) == (200, "ok")


def test_the_kept_answers_are_bounded(app: Flask, tmp_path: Path) -> None:
    health._checked.clear()
    for i in range(health._MAX_FOLDERS * 2):
        key = str(tmp_path / f"i{i}")
        health._checked[key] = health._Checked(0.0, "ix-x", (0,), True)
        if len(health._checked) > health._MAX_FOLDERS:
            break
    _build(app)
    assert health.index_ok()
    assert len(health._checked) <= health._MAX_FOLDERS
    health._checked.clear()
