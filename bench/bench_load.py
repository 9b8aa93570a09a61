#!/usr/bin/env python3
"""Load test: concurrent residents against the real server (gunicorn on loopback, demo data in a temp folder).

Each simulated resident loops: open the form, submit a request (CSRF token from the form), open the receipt
and the status page, search the knowledge base (HTML) and the JSON API. After --seconds the users stop, the
server is stopped and the report gives requests/s, p50/p95 per kind, the error count (must be zero) and a
check that every receipted submission is in the database.

    python bench/bench_load.py --seconds 60 --users 8 [--workers 2]

Rate limits are switched off for the run (PORTAL_RATELIMIT_ENABLED=false): every simulated resident comes
from 127.0.0.1, and the limiter would rightly refuse one address submitting hundreds of requests. With
--rate-limits every request is counted as in production, but with a budget nobody reaches (to see the cost).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TOKEN_RE = re.compile(r'name="csrf_token"[^>]*?value="([^"]+)"')
WORDS = [
    "parkeervergunning",
    "afval",
    "container",
    "bijstand",
    "WOZ",
    "paspoort",
    "geluid",
    "riool",
    "parkeer vergunning",
    "uitkering",
    "bezwaar",
    "lantaarnpaal",
    "huur",
    "belasting",
    "jeugdzorg",
]
THEMES = ["parkeren", "afval", "belastingen", "onbekend"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


LIMITS_ON = False  # --rate-limits: count every request as in production, with a budget nobody reaches


def env_for(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(
        PORTAL_DATA_DIR=str(data),
        PORTAL_SECRET_KEY="bench-load-secret",
        PORTAL_INDEX_WRITER="external",
        PORTAL_RATELIMIT_ENABLED="true" if LIMITS_ON else "false",
        PORTAL_INSECURE_COOKIES="1",
        PORTAL_RATELIMIT_SENSITIVE="1000000/minute",
        PORTAL_RATELIMIT_DEFAULT="1000000/minute",
    )
    return env


def flask(data: Path, *args: str) -> None:
    subprocess.run(
        [str(BIN / "flask"), "--app", "portal", *args],
        cwd=ROOT,
        env=env_for(data),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=600,
    )


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.receipts: list[str] = []

    def record(self, kind: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            if not ok:
                self.errors.append(f"{kind}: {detail}")


def resident(base: str, stop: threading.Event, stats: Stats, seed: int) -> None:
    rng = random.Random(seed)
    session = requests.Session()
    n = 0

    def timed(kind: str, method: str, url: str, expect: int, **kw: Any) -> requests.Response | None:
        started = time.perf_counter()
        try:
            response = session.request(method, url, timeout=30, allow_redirects=False, **kw)
        except requests.RequestException as err:
            stats.record(kind, time.perf_counter() - started, False, type(err).__name__)
            return None
        stats.record(
            kind, time.perf_counter() - started, response.status_code == expect, f"{response.status_code} {url}"
        )
        return response if response.status_code == expect else None

    while not stop.is_set():
        n += 1
        form = timed("form", "GET", f"{base}/verzoek/nieuw", 200)
        match = TOKEN_RE.search(form.text) if form is not None else None
        if match:
            sub = f"load-{seed}-{n}"
            posted = timed(
                "submit",
                "POST",
                f"{base}/verzoek/nieuw",
                302,
                data={
                    "csrf_token": match.group(1),
                    "submission_id": sub,
                    "theme": rng.choice(THEMES),
                    "what_happened": f"De gemeente reageert niet op mijn brief over {rng.choice(WORDS)} ({sub}).",
                    "desired_outcome": "Een antwoord en een gesprek.",
                    "contact_preference": "email",
                    "contact_name": "Test Bewoner",
                    "contact_email": f"{sub}@example.org",
                },
            )
            if posted is not None:
                code = posted.headers["Location"].split("/")[-2]
                with stats.lock:
                    stats.receipts.append(sub)
                timed("receipt", "GET", f"{base}/verzoek/{code}/ontvangen", 200)
                timed("status", "GET", f"{base}/verzoek/{code}", 200)
        word = rng.choice(WORDS)
        timed("search_html", "GET", f"{base}/kennisbank", 200, params={"q": word})
        timed("search_api", "GET", f"{base}/api/v1/knowledge", 200, params={"q": word})


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--rate-limits", action="store_true", help="count every request in the rate-limit table (to measure its cost)"
    )
    args = parser.parse_args()
    global LIMITS_ON
    LIMITS_ON = args.rate_limits

    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        data = Path(tmp) / "data"
        print(f"Preparing demo data in {data} ...", flush=True)
        flask(data, "db", "upgrade", "heads")
        flask(data, "demo")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(Path(tmp) / "gunicorn.log", "wb")
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                str(args.workers),
                "portal:create_app()",
            ],
            cwd=ROOT,
            env=env_for(data),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if requests.get(base + "/", timeout=2).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("gunicorn did not start")
                time.sleep(0.2)
            stats, stop = Stats(), threading.Event()
            users = [
                threading.Thread(target=resident, args=(base, stop, stats, i), daemon=True) for i in range(args.users)
            ]
            print(f"{args.users} residents for {args.seconds:.0f} s against gunicorn -w {args.workers} ...", flush=True)
            started = time.perf_counter()
            for user in users:
                user.start()
            time.sleep(args.seconds)
            stop.set()
            for user in users:
                user.join(timeout=60)
            elapsed = time.perf_counter() - started
        finally:
            try:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=10)
            log.close()

        conn = sqlite3.connect(str(data / "portal.db"))
        stored = {
            row[0] for row in conn.execute("SELECT submission_id FROM requests WHERE submission_id LIKE 'load-%'")
        }
        conn.close()

    total = sum(len(v) for v in stats.latency.values())
    print(f"\n{total} requests in {elapsed:.1f} s = {total / elapsed:.1f} requests/s, {len(stats.errors)} errors")
    print(f"{'kind':<12} {'count':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for kind in ("form", "submit", "receipt", "status", "search_html", "search_api"):
        values = stats.latency.get(kind, [])
        if values:
            print(
                f"{kind:<12} {len(values):>7} {statistics.median(values) * 1000:>8.1f} "
                f"{percentile(values, 0.95) * 1000:>8.1f}"
            )
    lost = set(stats.receipts) - stored
    print(f"submissions receipted: {len(stats.receipts)}, in the database: {len(stored)}, lost: {len(lost)}")
    for error in stats.errors[:10]:
        print("  error:", error)
    return 1 if stats.errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())
