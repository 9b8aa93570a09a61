"""The background threads of a web process: started by a production app, survive a failing round, stop on request.

A thread that outlived its app would keep working on a data folder or database that is gone (and once broke an
unrelated test by logging a traceback every few seconds), so `background.stop(app)` must end them all.
"""

from __future__ import annotations

import threading

from portal import background


def _alive(names: tuple[str, ...] = background.NAMES) -> list[str]:
    return sorted(t.name for t in threading.enumerate() if t.name in names and t.is_alive())


def test_production_app_starts_its_threads_and_stop_ends_them(make_app):
    prod = make_app(TESTING=False, SERVER_NAME=None, INDEX_WRITER="embedded")
    assert {"mail-sender", "index-writer", "index-warmer"} <= set(_alive())
    # The app still serves while its threads run.
    assert prod.test_client().get("/").status_code == 200
    background.stop(prod)
    assert _alive() == []
    background.stop(prod)  # a second stop is harmless


def test_a_failing_round_is_logged_and_the_next_round_still_runs(app, caplog):
    calls: list[int] = []
    second = threading.Event()

    def work() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("eerste ronde mislukt")
        second.set()

    background.start(app, "mail-sender", work, 0.01, "Round failed")
    try:
        assert second.wait(30), "the thread stopped after its first failure"
    finally:
        background.stop(app)
    assert _alive() == []
    assert any(r.message == "Round failed" and r.exc_info for r in caplog.records)


def test_testing_and_cli_apps_start_no_thread(make_app):
    make_app()  # TESTING: the tests drive every round themselves
    assert _alive() == []
