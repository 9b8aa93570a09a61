"""Servers under load: the search API and the status page with gunicorn (2 workers) on SQLite and PostgreSQL.

Generates the same deterministic data into both databases (SQL Core bulk inserts: the bench_search.py corpus
as articles, plus resident requests with a status history), builds the search index once (`flask kb reindex`)
and gives both data folders a copy. Then, per database, gunicorn serves `portal:create_app()` on loopback and
wrk sends GET /api/v1/knowledge?q=... (mixed Dutch queries) and GET /verzoek/<code> (known tracking codes).
A plain Flask "hello world" under the same gunicorn is the ceiling; the report gives each figure as a share
of it. Every run is bounded by --seconds, whatever --requests asks; the servers are measured in interleaved
rounds (medians reported), so load from elsewhere on the machine hits all of them alike.

    python bench/bench_servers.py                                   # small: finishes in a few minutes
    python bench/bench_servers.py --articles 100000 --requests 1000000 --seconds 300   # the issue's size
    python bench/bench_servers.py --articles 100000 --data /tmp/bench-100k   # fill and index once, reuse later

With --data DIR the SQLite data folder (database, search index, tracking codes, search paths) is kept in DIR and
reused on later runs with the same --articles and --status-codes (the schema is upgraded, nothing refilled);
--reindex rebuilds only its search index (after a change to the index format). PostgreSQL is always refilled.

Needs wrk (apt-get install wrk); PostgreSQL is skipped when its binaries are missing (tests/pgtemp.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_search import make_corpus, make_queries  # noqa: E402
from sqlalchemy import create_engine, insert  # noqa: E402

from tests import pgtemp  # noqa: E402

BIN = Path(sys.executable).parent
SECRET = "bench-secret-" + "0" * 40

LUA = r"""
local paths = {}
local counter = 0
local sent = 0
local limit = tonumber(os.getenv("BENCH_LIMIT_PER_THREAD") or "0")
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  counter = math.random(#paths)
end
request = function()
  counter = counter + 1  -- position in the path list (starts at a random place per thread)
  sent = sent + 1        -- requests this thread sent: what the limit counts
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
response = function(status, headers, body)
  if limit > 0 and sent >= limit then wrk.thread:stop() end
end
done = function(summary, latency, requests)
  io.write(string.format(
    'BENCH {"requests": %d, "seconds": %.3f, "non2xx": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"timeout": %d, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}\n',
    summary.requests, summary.duration / 1e6, summary.errors.status, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
"""


# --- data ---------------------------------------------------------------------------------------------------


def flask_cmd(env: dict[str, str], *args: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise RuntimeError(f"flask {' '.join(args)} failed: {out.stderr[-2000:]}")


def env_for(data: Path, url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(
        {
            "PORTAL_DATA_DIR": str(data),
            "PORTAL_SECRET_KEY": SECRET,
            "PORTAL_INDEX_WRITER": "external",
            "PORTAL_RATELIMIT_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if url:
        env["PORTAL_DATABASE_URL"] = url
    return env


def fill(url: str, docs: list, status_codes: int, seed: int = 42) -> list[str]:
    """Bulk-insert the deterministic data set; returns the tracking codes of the generated requests."""
    from portal.models import Article, Request, StatusChange
    from portal.services import codes

    engine = create_engine(url)
    now = dt.datetime(2026, 11, 1, 12, 0)
    with engine.begin() as conn:
        for start in range(0, len(docs), 5000):
            conn.execute(
                insert(Article),
                [
                    {
                        "reference": d.reference,
                        "title": d.title,
                        "body": d.body,
                        "theme": d.theme,
                        "department": d.department,
                        "outcome": d.outcome,
                        "year": d.year,
                        "status": "published",
                        "published_at": dt.date(d.year, 6, 30),
                        "created_at": now,
                        "updated_at": now,
                    }
                    for d in docs[start : start + 5000]
                ],
            )
    rnd = random.Random(seed)
    tracking = []
    statuses = ["ontvangen", "in_verkenning", "in_afstemming", "opgelost"]
    with engine.begin() as conn:
        rows, history = [], []
        for i in range(status_codes):
            sub = f"bench-{i}"
            code = codes.code_for_submission(SECRET, sub)
            tracking.append(code)
            received = now - dt.timedelta(days=rnd.randint(0, 400), minutes=rnd.randint(0, 600))
            rows.append(
                {
                    "id": i + 1,
                    "code_hash": codes.code_hash(code),
                    "submission_id": sub,
                    "channel": "web",
                    "status": statuses[i % 4],
                    "received_at": received,
                    "first_contact_due": (received + dt.timedelta(days=3)).date(),
                    "resolution_due": (received + dt.timedelta(days=42)).date(),
                    "what_happened": "Mijn parkeervergunning werd geweigerd zonder uitleg. " * 3,
                    "desired_outcome": "Een vergunning of een duidelijke uitleg.",
                    "contact_preference": "geen",
                    "consent_publication": False,
                }
            )
            for step in range(i % 4 + 1):
                history.append(
                    {
                        "request_id": i + 1,
                        "at": received + dt.timedelta(days=step * 3),
                        "from_status": statuses[step - 1] if step else None,
                        "to_status": statuses[step],
                        "note": None,
                    }
                )
        for start in range(0, len(rows), 5000):
            conn.execute(insert(Request), rows[start : start + 5000])
        for start in range(0, len(history), 5000):
            conn.execute(insert(StatusChange), history[start : start + 5000])
        if engine.dialect.name == "postgresql":  # explicit ids: move the sequence past them
            conn.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('requests', 'id'), (SELECT max(id) FROM requests))"
            )
    engine.dispose()
    return tracking


# --- servers and load ---------------------------------------------------------------------------------------


def worker_rss_mb(master_pid: int) -> list[float]:
    """Resident memory (MB) of each worker of a gunicorn master (Linux /proc; empty elsewhere)."""
    out = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(master_pid) and "VmRSS" in fields:
            out.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sorted(out)


@contextmanager
def gunicorn(app_spec: str, env: dict[str, str], workers: int, log: Path):
    port = pgtemp.free_port()
    cmd = [
        str(BIN / "gunicorn"),
        "-w",
        str(workers),
        "-b",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "--timeout",
        "60",
        app_spec,
    ]
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                try:
                    with urllib.request.urlopen(base + "/", timeout=5):
                        break
                except Exception:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"gunicorn did not start: {log.read_text()[-2000:]}") from None
                    time.sleep(0.3)
            yield base, proc.pid
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, 15)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, 9)
                    proc.wait()


def run_wrk(
    base: str,
    paths: list[str],
    work: Path,
    name: str,
    requests: int,
    seconds: float,
    connections: int,
    threads: int = 2,
) -> dict:
    script, path_file = work / "bench.lua", work / f"{name}.paths"
    script.write_text(LUA)
    path_file.write_text("\n".join(paths) + "\n")
    env = {**os.environ, "BENCH_LIMIT_PER_THREAD": str(max(1, requests // threads))}
    cmd = [
        "wrk",
        "-t",
        str(threads),
        "-c",
        str(connections),
        "-d",
        f"{max(1, int(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        base,
        "--",
        str(path_file),
    ]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + 60)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {out.stdout}\n{out.stderr}")
    result = json.loads(line[6:])
    result["rps"] = result["requests"] / result["seconds"] if result["seconds"] else 0.0
    result["errors"] = sum(result[k] for k in ("non2xx", "connect", "read", "write", "timeout"))
    return result


def search_paths(docs: list, n: int = 400) -> list[str]:
    out = []
    for q in make_queries(docs, n):
        params = {
            k: v
            for k, v in (
                ("q", q.q),
                ("theme", q.theme),
                ("department", q.department),
                ("page", q.page if q.page != 1 else None),
                ("sort", q.sort if q.sort != "relevance" else None),
            )
            if v
        }
        out.append("/api/v1/knowledge?" + urllib.parse.urlencode(params))
    return out


DATA_FORMAT = 1  # bump when fill() changes what it writes: reused folders of another format are refilled


def prepare_sqlite(args: argparse.Namespace, work: Path) -> tuple[Path, list[str], list[str], list | None]:
    """The SQLite data folder, its tracking codes, the search paths and the corpus (None when reused).

    Without --data a fresh folder under `work` is filled and indexed. With --data DIR the folder is reused when
    its meta file names the same --articles and --status-codes (only `db upgrade` runs, and `kb reindex` with
    --reindex); otherwise DIR (which must be empty or an earlier bench folder) is filled and indexed anew.
    """
    want = {"format": DATA_FORMAT, "articles": args.articles, "status_codes": args.status_codes}
    folder = args.data.resolve() if args.data else work / "sqlite"
    meta_file = folder / "bench-meta.json"
    env = env_for(folder, None)
    if args.data and meta_file.exists():
        meta = json.loads(meta_file.read_text())
        if {k: meta.get(k) for k in want} == want:
            flask_cmd(env, "db", "upgrade", "heads")
            if args.reindex:
                t0 = time.perf_counter()
                flask_cmd(env, "kb", "reindex")
                print(f"reused data folder {folder}: index rebuilt in {time.perf_counter() - t0:.1f} s", flush=True)
            else:
                print(f"reused data folder {folder} ({args.articles} articles, {args.status_codes} requests)")
            return folder, meta["tracking"], meta["search"], None
        print(f"data folder {folder} was filled with other settings ({meta}): filled anew", flush=True)
        shutil.rmtree(folder)
    elif args.data and folder.exists() and any(folder.iterdir()):
        raise SystemExit(f"--data {folder}: not empty and not a bench data folder (no bench-meta.json)")
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    docs = make_corpus(args.articles, seed=42)
    flask_cmd(env, "db", "upgrade", "heads")
    tracking = fill(f"sqlite:///{folder / 'portal.db'}", docs, args.status_codes)
    t_fill = time.perf_counter() - t0
    t0 = time.perf_counter()
    flask_cmd(env, "kb", "reindex")
    t_index = time.perf_counter() - t0
    search = search_paths(docs)
    print(
        f"data: {args.articles} articles, {args.status_codes} requests; SQLite fill {t_fill:.1f} s, "
        f"index build {t_index:.1f} s",
        flush=True,
    )
    if args.data:  # written last: a folder whose fill was interrupted is never taken for a finished one
        meta_file.write_text(json.dumps({**want, "tracking": tracking, "search": search}))
    return folder, tracking, search, docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=20000, help="per endpoint and database (bounded by --seconds)")
    parser.add_argument("--seconds", type=float, default=20, help="upper bound per measured run")
    parser.add_argument("--status-codes", type=int, default=2000, help="resident requests with a tracking code")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (a shared machine is noisy)")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument(
        "--warmup-seconds",
        type=float,
        default=120,
        help="upper bound of the warm-up per target (every path once per worker; cold figures: bench_search.py)",
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--data", type=Path, help="keep the filled, indexed SQLite data folder here and reuse it on later runs"
    )
    parser.add_argument(
        "--reindex", action="store_true", help="with --data: rebuild the search index of a reused folder"
    )
    parser.add_argument("--targets", default="search,status,healthz", help="which portal targets to measure")
    parser.add_argument(
        "--no-healthz", dest="healthz", action="store_false", help="leave out the /healthz target (the floor)"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk not found (apt-get install wrk): skipped")
        return 0
    wanted = [d.strip() for d in args.databases.split(",") if d.strip()]
    wanted_targets = {t.strip() for t in args.targets.split(",") if t.strip()}
    if "postgresql" in wanted and not pgtemp.available():
        print("PostgreSQL binaries not found: PostgreSQL skipped")
        wanted.remove("postgresql")

    results: dict[str, dict] = {}
    memory: dict[str, dict[str, list[float]]] = {}
    work = Path(tempfile.mkdtemp(prefix="bench-servers-"))
    try:
        with ExitStack() as stack:
            sqlite_dir, tracking, search, docs = prepare_sqlite(args, work)
            env_sqlite = env_for(sqlite_dir, None)
            envs = {}
            if "sqlite" in wanted:
                envs["sqlite"] = env_sqlite
            if "postgresql" in wanted:
                admin = stack.enter_context(pgtemp.temp_postgres(fast=False))
                url = pgtemp.create_database(admin, "bench")
                pg_dir = work / "postgresql"
                env_pg = env_for(pg_dir, url)
                flask_cmd(env_pg, "db", "upgrade", "heads")
                t0 = time.perf_counter()
                fill(url, docs if docs is not None else make_corpus(args.articles, seed=42), args.status_codes)
                print(f"PostgreSQL fill {time.perf_counter() - t0:.1f} s", flush=True)
                shutil.copytree(sqlite_dir / "index", pg_dir / "index")
                envs["postgresql"] = env_pg

            del docs
            status = [f"/verzoek/{code}" for code in tracking]

            masters: dict[str, int] = {}
            bases = {}
            bases["hello"], masters["hello"] = stack.enter_context(
                gunicorn("bench.hello_app:app", env_sqlite, args.workers, work / "hello.log")
            )
            targets: dict[str, tuple[str, list[str]]] = {"hello": ("hello", ["/"])}
            for db_name, env in envs.items():
                bases[db_name], masters[db_name] = stack.enter_context(
                    gunicorn("portal:create_app()", env, args.workers, work / f"{db_name}.log")
                )
                with urllib.request.urlopen(bases[db_name] + status[0], timeout=10) as resp:
                    assert resp.status == 200  # the data set is really served
                for target, paths in (("search", search), ("status", status), ("healthz", ["/healthz"])):
                    # healthz is the floor: every hook, one tiny query, no page
                    if target in wanted_targets and (target != "healthz" or args.healthz):
                        targets[f"{db_name}/{target}"] = (db_name, paths)
            print(
                f"gunicorn -w {args.workers} (sync) per server, wrk -t2 -c{args.connections}, loopback; "
                f"{args.rounds} interleaved rounds of at most {args.seconds / args.rounds:.0f} s each",
                flush=True,
            )
            for key, (server, paths) in targets.items():  # warm up every worker's caches: each path once a worker
                run_wrk(
                    bases[server],
                    paths,
                    work,
                    key.replace("/", "-"),
                    requests=max(100, len(paths) * args.workers),
                    seconds=args.warmup_seconds,
                    connections=args.connections,
                )
            for server, pid in masters.items():
                rss = worker_rss_mb(pid)
                memory[server] = {"after_warmup_mb": rss}
                print(f"worker RSS after warm-up, {server}: {', '.join(f'{v:.0f} MB' for v in rss)}", flush=True)
            rounds: dict[str, list[dict]] = {key: [] for key in targets}
            for n in range(args.rounds):
                for key, (server, paths) in targets.items():
                    r = run_wrk(
                        bases[server],
                        paths,
                        work,
                        key.replace("/", "-"),
                        args.requests // args.rounds,
                        args.seconds / args.rounds,
                        args.connections,
                    )
                    rounds[key].append(r)
                    print(
                        f"  round {n + 1} {key:18s} {r['requests']:8d} req in {r['seconds']:6.1f} s: "
                        f"{r['rps']:7.0f} req/s, p50 {r['p50_ms']:7.1f} ms, p95 {r['p95_ms']:7.1f} ms, "
                        f"errors {r['errors']}",
                        flush=True,
                    )
            for server, pid in masters.items():
                memory[server]["after_load_mb"] = worker_rss_mb(pid)
            for key, runs in rounds.items():
                results[key] = {
                    "requests": sum(r["requests"] for r in runs),
                    "seconds": sum(r["seconds"] for r in runs),
                    "errors": sum(r["errors"] for r in runs),
                    "rps": statistics.median(r["rps"] for r in runs),
                    "p50_ms": statistics.median(r["p50_ms"] for r in runs),
                    "p95_ms": statistics.median(r["p95_ms"] for r in runs),
                    "rounds": runs,
                }
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ceiling = results["hello"]["rps"] or 1.0
    print("\nmedian over rounds; share of the hello-world ceiling (req/s):")
    for key, value in results.items():
        print(
            f"  {key:18s} {value['requests']:8d} req, {value['rps']:7.0f} req/s, p50 {value['p50_ms']:7.1f} ms, "
            f"p95 {value['p95_ms']:7.1f} ms, {value['rps'] / ceiling:6.1%} of hello world, errors {value['errors']}"
        )
    for server, mem in memory.items():
        after = mem.get("after_load_mb", [])
        print(f"  worker RSS {server}: after load {', '.join(f'{v:.0f} MB' for v in after)}")
    for endpoint in ("search", "status"):
        if f"sqlite/{endpoint}" in results and f"postgresql/{endpoint}" in results:
            ratio = results[f"postgresql/{endpoint}"]["rps"] / (results[f"sqlite/{endpoint}"]["rps"] or 1.0)
            print(f"  {endpoint}: PostgreSQL / SQLite throughput {ratio:.2f}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"args": {k: str(v) for k, v in vars(args).items()}, "results": results, "memory": memory}, indent=2
            )
        )
    return 1 if any(r["errors"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
