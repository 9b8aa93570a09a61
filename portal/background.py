"""The background threads of a web process (mail sender, index writer and warmer, commons sync).

One way to run them: each round in the app context, a failure logged and rolled back, then a wait that a stop
request cuts short. `stop(app)` ends them all, for a clean shutdown and for tests, so no thread outlives its app
and keeps working on a data folder or database that is gone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from flask import Flask

from .extensions import db

log = logging.getLogger(__name__)

_KEY = "portal_background"
NAMES = ("mail-sender", "index-writer", "index-warmer", "commons-sync")


def start(app: Flask, name: str, work: Callable[[], object], interval: float, failure: str) -> threading.Thread:
    """Run `work()` every `interval` seconds in a daemon thread of this app until `stop(app)`."""
    halt = threading.Event()

    def loop() -> None:
        with app.app_context():
            while not halt.is_set():
                try:
                    work()
                except Exception:
                    log.exception(failure)
                    db.session.rollback()
                finally:
                    db.session.remove()
                halt.wait(interval)

    thread = threading.Thread(target=loop, name=name, daemon=True)
    app.extensions.setdefault(_KEY, []).append((thread, halt))
    thread.start()
    return thread


def stop(app: Flask, timeout: float = 30.0) -> None:
    """Ask every background thread of `app` to stop after its current round, and wait for them."""
    running: list[tuple[threading.Thread, threading.Event]] = app.extensions.pop(_KEY, [])
    for _thread, halt in running:
        halt.set()
    for thread, _halt in running:
        thread.join(timeout)
