"""The per-request cost of the whole app, in process: a WSGI call loop without sockets, gunicorn or a test client.

Each target is called as a WSGI server would call it (a prepared environ dict, start_response, the body iterated
and closed): a plain Flask hello world (bench/hello_app.py, the ceiling of bench_servers.py), a route added to
the portal here that returns "ok" ("floor": every hook, middleware and context, no query, no template), the
portal's /healthz (one tiny query and the index check), the resident status page /verzoek/<code> and the search
API /api/v1/knowledge?q=... The report gives CPU microseconds per request (of the calling thread: other load on a
shared machine does not count, and everything a request does runs in that thread) and each target's share of
hello world's throughput; rounds are interleaved and the median reported. Rate limits are off by default, as in
bench_servers.py; --limits on counts them as production does (every request from its own address, so nothing is
refused, but every sensitive request is written to the shared rate_limit_hits table).

    python bench/bench_request_overhead.py                        # small data set in a temporary folder
    python bench/bench_request_overhead.py --data /tmp/bench-100k # a folder filled by bench_servers.py --data
    python bench/bench_request_overhead.py --profile status       # cProfile of one target, top functions
    python bench/bench_request_overhead.py --only status --requests 3000 --rounds 1   # a fixed workload
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_servers import SECRET, env_for, fill, flask_cmd, search_paths  # noqa: E402
from werkzeug.test import EnvironBuilder  # noqa: E402

Environ = dict[str, Any]
TARGETS = ("hello", "floor", "healthz", "status", "search")
FLOOR_PATH = "/_bench/floor"


def prepare(data: Path | None, articles: int, status_codes: int, work: Path) -> tuple[Path, list[str], list[str]]:
    """A filled, indexed data folder with its tracking codes and search paths (reused when --data names one)."""
    if data is not None:
        meta = json.loads((data / "bench-meta.json").read_text())
        return data, meta["tracking"], meta["search"]
    from bench_search import make_corpus

    folder = work / "data"
    env = env_for(folder, None)
    flask_cmd(env, "db", "upgrade", "heads")
    docs = make_corpus(articles, seed=42)
    tracking = fill(f"sqlite:///{folder / 'portal.db'}", docs, status_codes)
    flask_cmd(env, "kb", "reindex")
    return folder, tracking, search_paths(docs)


def portal_app(folder: Path, limits: bool) -> Callable[..., Any]:
    from portal import create_app

    return create_app(
        {
            "DATA_DIR": str(folder),
            "SECRET_KEY": SECRET,
            "INDEX_WRITER": "external",
            "MAIL_SENDER": "external",
            "COMMONS_SYNC": "external",
            "RATELIMIT_ENABLED": limits,
        }
    )


def environs(paths: list[str], count: int) -> list[Environ]:
    """`count` GET environs cycling over `paths`, each from its own IPv4 address (no client reaches a limit)."""
    out = []
    for i in range(count):
        path = paths[i % len(paths)]
        base = EnvironBuilder(path=path, base_url="http://127.0.0.1:8000").get_environ()
        base["REMOTE_ADDR"] = f"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}"
        out.append(base)
    return out


def call_all(app: Callable[..., Any], batch: list[Environ]) -> tuple[float, dict[str, int]]:
    """Call `app` once per environ; returns the CPU seconds of this thread and a count per status line.

    CPU time of the calling thread, not wall time: the machine is shared, and other processes (or the memory
    rate-limit storage's expiry timer) must not count. Everything a request does runs in this thread.
    """
    statuses: dict[str, int] = {}
    status_box: list[str] = []

    def start_response(status: str, headers: list, exc_info: Any = None) -> Callable[[bytes], None]:
        status_box.append(status)
        return lambda _b: None

    t0 = time.thread_time()
    for environ in batch:
        body: Iterable[bytes] = app(dict(environ), start_response)
        for _chunk in body:
            pass
        close = getattr(body, "close", None)
        if close is not None:
            close()
    elapsed = time.thread_time() - t0
    for status in status_box:
        statuses[status] = statuses.get(status, 0) + 1
    return elapsed, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="a data folder filled by bench_servers.py --data (reused)")
    parser.add_argument("--articles", type=int, default=2000, help="without --data: articles to fill")
    parser.add_argument("--status-codes", type=int, default=500, help="without --data: resident requests")
    parser.add_argument("--requests", type=int, default=2000, help="per target and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limits", choices=("off", "on"), default="off", help="rate limits (off as bench_servers)")
    parser.add_argument("--only", help="comma-separated targets (default: all of " + ", ".join(TARGETS) + ")")
    parser.add_argument("--profile", choices=TARGETS, help="profile this target instead of timing")
    parser.add_argument("--top", type=int, default=35, help="functions shown by --profile")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-overhead-"))
    try:
        folder, tracking, search = prepare(args.data, args.articles, args.status_codes, work)
        from hello_app import app as hello

        portal = portal_app(folder, args.limits == "on")
        portal.add_url_rule(FLOOR_PATH, "bench_floor", lambda: "ok")  # the machinery alone, before any request
        targets: dict[str, tuple[Callable[..., Any], list[str]]] = {
            "hello": (hello, ["/"]),
            "floor": (portal, [FLOOR_PATH]),
            "healthz": (portal, ["/healthz"]),
            "status": (portal, [f"/verzoek/{code}" for code in tracking]),
            "search": (portal, search),
        }
        if args.only:
            wanted = [t.strip() for t in args.only.split(",") if t.strip()]
            targets = {k: v for k, v in targets.items() if k in wanted or k == "hello"}
        batches = {key: environs(paths, args.requests) for key, (_app, paths) in targets.items()}
        for key, (app, _paths) in targets.items():  # warm: every path once (caches, compiled templates, pool)
            call_all(app, environs(targets[key][1], min(len(targets[key][1]), args.requests)))

        if args.profile:
            app, _paths = targets[args.profile]
            profiler = cProfile.Profile()
            profiler.enable()
            call_all(app, batches[args.profile])
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).strip_dirs()
            stats.sort_stats("cumulative").print_stats(args.top)
            stats.sort_stats("tottime").print_stats(args.top)
            print(out.getvalue())
            return 0

        timings: dict[str, list[float]] = {key: [] for key in targets}
        statuses: dict[str, dict[str, int]] = {key: {} for key in targets}
        for _ in range(args.rounds):
            for key, (app, _paths) in targets.items():
                seconds, counted = call_all(app, batches[key])
                timings[key].append(seconds / len(batches[key]) * 1e6)
                for status, n in counted.items():
                    statuses[key][status] = statuses[key].get(status, 0) + n
        hello_us = statistics.median(timings["hello"])
        print(
            f"{args.requests} requests per target and round, {args.rounds} rounds (median), "
            f"rate limits {args.limits}; share = hello world's time / the target's time"
        )
        results = {}
        for key, values in timings.items():
            median = statistics.median(values)
            results[key] = {"us_per_request": median, "share_of_hello": hello_us / median, "statuses": statuses[key]}
            print(
                f"  {key:8s} {median:8.1f} µs/request (min {min(values):7.1f}), {hello_us / median:6.1%} of hello "
                f"world; {', '.join(f'{s}: {n}' for s, n in sorted(statuses[key].items()))}"
            )
        if args.json:
            args.json.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "results": results}))
        bad = [k for k, s in statuses.items() if any(not status.startswith("200") for status in s)]
        return 1 if bad else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
