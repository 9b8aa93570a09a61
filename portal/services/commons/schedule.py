"""The scheduled sync: every COMMONS_SYNC_MINUTES each active source is synced once, by one process per host.

COMMONS_SYNC = "embedded" (default): a background thread in every web worker looks every half minute
(COMMONS_SYNC_CHECK_SECONDS) whether a source is due (its last sync is older than the interval, read from the
database, so all workers agree) and syncs it while holding the file lock <data>/commons.sync.lock
(non-blocking: only one process syncs). With "external" the web workers leave it to `flask commons worker`,
which runs the same loop in the foreground. `flask commons sync` takes the same lock, waiting for a running
round to finish.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy import or_, select

from ... import background
from ...extensions import db
from ...models import utcnow
from ...models_commons import CommonsSource
from ..locks import file_lock
from .sync import SyncResult, sync_source

log = logging.getLogger(__name__)


@contextmanager
def sync_lock(blocking: bool = True) -> Iterator[bool]:
    with file_lock(Path(current_app.config["DATA_DIR"]) / "commons.sync.lock", blocking) as held:
        yield held


def due_sources() -> list[int]:
    minutes = float(current_app.config.get("COMMONS_SYNC_MINUTES", 60))
    cutoff = utcnow() - dt.timedelta(minutes=minutes)
    stmt = (
        select(CommonsSource.id)
        .where(CommonsSource.active.is_(True))
        .where(or_(CommonsSource.last_sync_at.is_(None), CommonsSource.last_sync_at <= cutoff))
        .order_by(CommonsSource.last_sync_at.is_not(None), CommonsSource.last_sync_at, CommonsSource.id)
    )
    return list(db.session.execute(stmt).scalars())


def run_due() -> list[SyncResult]:
    """Sync the sources that are due, if no other process is syncing now (else nothing)."""
    results: list[SyncResult] = []
    with sync_lock(blocking=False) as got:
        if not got:
            return results
        for sid in due_sources():
            source = db.session.get(CommonsSource, sid)
            if source is not None:
                results.append(sync_source(source))
    return results


def loop(app: Flask, interval: float = 30.0, stop: threading.Event | None = None) -> None:
    """Run due syncs every `interval` seconds until `stop` is set (for ever without one)."""
    stop = stop or threading.Event()
    with app.app_context():
        while not stop.is_set():
            try:
                run_due()
            except Exception:
                log.exception("commons: scheduled sync failed")
                db.session.rollback()
            finally:
                db.session.remove()
            stop.wait(interval)


def start_sync_thread(app: Flask) -> None:
    """The embedded schedule (COMMONS_SYNC = "embedded"): a daemon thread in this web worker."""
    interval = float(app.config.get("COMMONS_SYNC_CHECK_SECONDS", 30))
    background.start(app, "commons-sync", run_due, interval, "commons: scheduled sync failed")
