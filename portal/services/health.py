"""What /healthz checks: the database answers and the search index is there, cheaply enough to be polled.

The database check is one ``SELECT 1`` on a pooled connection (no ORM session). Whether the index exists
(``SearchIndex.exists()``: read CURRENT, open Whoosh's table of contents) was about half of the endpoint's
time, so its answer is kept per index folder together with a signature of the live generation: inode and
mtime of CURRENT (replaced on every rebuild) and of the generation directory (every commit, and every file
removed from it, changes its mtime). A changed or missing signature, or an answer older than
``RECHECK_SECONDS``, means a full check; a removed index is reported on the next request.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import text

from ..extensions import db
from . import knowledge

RECHECK_SECONDS = 1.0  # an unchanged signature is trusted this long, then the full check runs again
_MAX_FOLDERS = 64  # index folders remembered per process (one in production; tests make many)
_SELECT_1 = text("SELECT 1")


class _Checked(NamedTuple):
    at: float  # time.monotonic() of the full check
    generation: str  # the generation directory CURRENT named then
    signature: tuple[int, ...]
    exists: bool


_checked: dict[str, _Checked] = {}


def database_ok() -> bool:
    """True when the database answers a trivial query."""
    try:
        with db.engine.connect() as conn:
            conn.execute(_SELECT_1)
    except Exception:
        return False
    return True


def _signature(index_dir: Path, generation: str) -> tuple[int, ...] | None:
    """Inode and mtime of CURRENT and of the generation directory (None when either is gone)."""
    try:
        cur = os.stat(index_dir / "CURRENT")
        gen = os.stat(index_dir / generation)
    except (OSError, ValueError):
        return None
    return (cur.st_ino, cur.st_mtime_ns, cur.st_size, gen.st_ino, gen.st_mtime_ns)


def _generation(index_dir: Path) -> str | None:
    """The name CURRENT holds (the layout is described in knowledgebase/search.py)."""
    try:
        name = (index_dir / "CURRENT").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if name and "/" not in name and not name.startswith(".") else None


def index_ok() -> bool:
    """True when the live index generation is present and readable (``SearchIndex.exists()``, kept per signature)."""
    ix = knowledge.index()
    key = str(ix.index_dir)
    last = _checked.get(key)
    if last is not None and time.monotonic() - last.at < RECHECK_SECONDS:
        if _signature(ix.index_dir, last.generation) == last.signature:
            return last.exists
    checked_at = time.monotonic()
    generation = _generation(ix.index_dir)
    # The signature is taken before the check: a change during the check is seen by the next request.
    signature = _signature(ix.index_dir, generation) if generation is not None else None
    exists = ix.exists()
    if generation is None or signature is None:
        _checked.pop(key, None)
        return exists
    if len(_checked) >= _MAX_FOLDERS and key not in _checked:
        _checked.clear()
    _checked[key] = _Checked(checked_at, generation, signature, exists)
    return exists


def checks() -> dict[str, str]:
    """The checks as /healthz reports them (Dutch values: "ok", "fout", "ontbreekt")."""
    return {
        "database": "ok" if database_ok() else "fout",
        "index": "ok" if index_ok() else "ontbreekt",
    }
