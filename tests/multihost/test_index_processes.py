"""The search index under real concurrency: gunicorn workers, concurrent imports, direct publications, two hosts.

Each "host" is its own data folder (its own Whoosh index and writer lock) on one shared database: PostgreSQL
when the suite runs on it (python -m tests.pg_run), else one SQLite file.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, func, select, update

from portal.models import Article, IndexOutbox
from portal.models_index import IndexCursor
from tests.multihost.procs import (
    article_lines,
    env_for,
    flask,
    flask_popen,
    get_json,
    gunicorn,
    index_references,
    shared_database,
    stop,
    wait_until,
)

CONVERGE_SECONDS = 90


def _publisher(url: str, prefix: str, count: int, withdraw: int, errors: list[str]) -> None:
    """Another process's way of publishing: article row and outbox row in one transaction, one at a time."""
    engine = create_engine(url)
    try:
        for i in range(count):
            ref = f"{prefix}-{i:04d}"
            with engine.begin() as conn:
                conn.execute(
                    Article.__table__.insert().values(
                        reference=ref,
                        title=f"Gepubliceerd {prefix} {i} over parkeren",
                        body="## Situatie\n\nEen inwoner vroeg om een parkeervergunning.",
                        theme="Parkeren",
                        department="Parkeren",
                        outcome="opgelost",
                        year=2025,
                        published_at=dt.date(2025, 6, 1),
                        status="published",
                    )
                )
                conn.execute(IndexOutbox.__table__.insert().values(reference=ref, op="upsert"))
        for i in range(withdraw):
            ref = f"{prefix}-{i:04d}"
            with engine.begin() as conn:
                conn.execute(update(Article.__table__).where(Article.reference == ref).values(status="withdrawn"))
                conn.execute(IndexOutbox.__table__.insert().values(reference=ref, op="delete"))
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        engine.dispose()


def _reader(base: str, stop_event: threading.Event, failures: list[str]) -> None:
    """Searches all the time while others write: every answer must be a 200."""
    while not stop_event.is_set():
        try:
            with urllib.request.urlopen(base + "/api/v1/knowledge?q=parkeren", timeout=20) as resp:
                if resp.status != 200:
                    failures.append(str(resp.status))
        except (urllib.error.URLError, OSError) as exc:
            failures.append(repr(exc))
        time.sleep(0.05)


def _refs(index_dir: Path) -> Counter:
    try:
        return index_references(index_dir)
    except Exception:
        return Counter()


def _expected(url: str) -> set[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        refs = set(conn.execute(select(Article.reference).where(Article.status == "published")).scalars())
    engine.dispose()
    return refs


def _assert_clean_log(path: Path) -> None:
    text = path.read_text(errors="replace")
    assert "LockError" not in text and "Traceback" not in text, text[-3000:]


def _converged(index_dir: Path, expected: set[str]) -> bool:
    refs = _refs(index_dir)
    return set(refs) == expected and all(n == 1 for n in refs.values())


def test_two_workers_and_concurrent_imports_keep_one_index_exact(tmp_path: Path) -> None:
    with shared_database(tmp_path, "procs") as url:
        data = tmp_path / "host"
        env = env_for(data, url)
        migrated = flask(env, "db", "upgrade", "heads")
        assert migrated.returncode == 0, migrated.stderr
        files = []
        for n in range(3):
            path = tmp_path / f"import{n}.jsonl"
            path.write_text("\n".join(article_lines(f"IMP{n}", 40)) + "\n", encoding="utf-8")
            files.append(path)
        log = tmp_path / "gunicorn.log"
        with gunicorn(env, 2, log) as base:
            stop_reading, failures, errors = threading.Event(), [], []
            reader = threading.Thread(target=_reader, args=(base, stop_reading, failures))
            reader.start()
            imports = [
                flask_popen(env, "kb", "import", str(f), log=tmp_path / f"import{n}.log") for n, f in enumerate(files)
            ]
            publisher = threading.Thread(target=_publisher, args=(url, "PUB", 30, 5, errors))
            publisher.start()
            try:
                for n, proc in enumerate(imports):
                    assert proc.wait(timeout=240) == 0, (tmp_path / f"import{n}.log").read_text()
                    _assert_clean_log(tmp_path / f"import{n}.log")
                publisher.join(timeout=240)
                assert not errors, errors
                expected = _expected(url)
                assert len(expected) == 3 * 40 + 30 - 5
                wait_until(
                    lambda: _converged(data / "index", expected),
                    CONVERGE_SECONDS,
                    "every article in the index exactly once",
                    log=log,
                )
                assert get_json(base + "/api/v1/knowledge?per_page=1")["total"] == len(expected)
                hit = get_json(base + "/api/v1/knowledge?q=IMP2-0007")
                assert hit["results"] and hit["results"][0]["reference"] == "IMP2-0007"
            finally:
                stop_reading.set()
                reader.join(timeout=30)
                for proc in imports:
                    stop(proc)
        assert not failures, failures[:5]
        _assert_clean_log(log)


def test_two_hosts_on_one_database_both_converge(tmp_path: Path) -> None:
    with shared_database(tmp_path, "hosts") as url:
        # Host A: the embedded writer in its gunicorn workers. Host B: PORTAL_INDEX_WRITER=external and
        # `flask kb worker` (deploy/verzoek-indexer.service).
        host_a, host_b = tmp_path / "host-a", tmp_path / "host-b"
        env_a, env_b = env_for(host_a, url), env_for(host_b, url, PORTAL_INDEX_WRITER="external")
        migrated = flask(env_a, "db", "upgrade", "heads")
        assert migrated.returncode == 0, migrated.stderr
        first = tmp_path / "first.jsonl"
        first.write_text("\n".join(article_lines("OLD", 25)) + "\n", encoding="utf-8")
        assert flask(env_a, "kb", "import", str(first)).returncode == 0  # host A's index exists, B's not yet
        later = {name: tmp_path / f"{name}.jsonl" for name in ("A", "B")}
        for name, path in later.items():
            path.write_text("\n".join(article_lines(f"HOST{name}", 30)) + "\n", encoding="utf-8")
        log_a, log_b = tmp_path / "gunicorn-a.log", tmp_path / "gunicorn-b.log"
        worker = flask_popen(env_b, "kb", "worker", "--interval", "0.5", log=tmp_path / "worker-b.log")
        with gunicorn(env_a, 2, log_a) as base_a, gunicorn(env_b, 1, log_b) as base_b:
            errors: list[str] = []
            # Both imports run on host A: `kb import` waits for the writer lock, which `kb worker` holds for good.
            imports = [
                flask_popen(env_a, "kb", "import", str(later[name]), log=tmp_path / f"import-{name}.log")
                for name in ("A", "B")
            ]
            publisher = threading.Thread(target=_publisher, args=(url, "PUB", 20, 4, errors))
            publisher.start()
            try:
                for proc in imports:
                    assert proc.wait(timeout=240) == 0
                publisher.join(timeout=240)
                assert not errors, errors
                expected = _expected(url)
                assert len(expected) == 25 + 30 + 30 + 20 - 4
                for folder, log in ((host_a, log_a), (host_b, log_b)):
                    wait_until(
                        lambda folder=folder: _converged(folder / "index", expected),
                        CONVERGE_SECONDS,
                        f"{folder.name}: every article exactly once",
                        log=log,
                    )
                for base in (base_a, base_b):
                    assert get_json(base + "/api/v1/knowledge?per_page=1")["total"] == len(expected)
                    assert get_json(base + "/api/v1/knowledge?q=HOSTB-0003")["results"][0]["reference"] == "HOSTB-0003"
                    assert not any(
                        r["reference"] == "PUB-0001" for r in get_json(base + "/api/v1/knowledge?q=PUB-0001")["results"]
                    )
                engine = create_engine(url)
                try:

                    def cursors_at_top() -> bool:
                        with engine.connect() as conn:
                            top = conn.execute(select(func.max(IndexOutbox.id))).scalar_one()
                            rows = conn.execute(select(IndexCursor.host, IndexCursor.last_outbox_id)).all()
                        return len(rows) == 2 and all(pos == top for _host, pos in rows)

                    wait_until(cursors_at_top, 30, "both index cursors at the newest outbox row")
                finally:
                    engine.dispose()
            finally:
                for proc in [*imports, worker]:
                    stop(proc)
        _assert_clean_log(log_a)
        _assert_clean_log(log_b)
        _assert_clean_log(tmp_path / "worker-b.log")
        assert (host_a / "index.host").read_text() != (host_b / "index.host").read_text()
