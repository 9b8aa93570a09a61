#!/usr/bin/env python3
"""Accountability benchmark: N generated requests -> /verantwoording for a year and for all time.

For each N: a temporary data folder, migrated; N requests (and about N/3 agreements) bulk-inserted with
executemany (Core, not ORM objects); the first full rollup build is timed; then the page is rendered through
the Flask test client, cold (figure cache cleared before every render, so every figure is recomputed from the
rollups) and warm (the short per-period cache in front). Finally one request is added through the ORM and the
next render is timed (incremental refresh of one day), and checked to include the change.

Usage: .venv/bin/python bench/bench_accountability.py --n 1000000 [--n 10000 --n 100000] [--runs 30] [--keep]
       [--data DIR]  (DIR is created and kept; a second run with the same DIR reuses its data)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time

from flask.testing import FlaskClient

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from sqlalchemy import insert, select

from portal import create_app
from portal.extensions import db
from portal.models import Agreement, Department, Request, Theme
from portal.services import accountability as acc
from portal.services.workdays import add_working_days

YEARS = 5
BATCH = 50_000


def generate(n: int, seed: int = 42) -> tuple[float, int]:
    """Bulk-insert n requests spread over YEARS years up to today, plus agreements; returns (seconds, agreements)."""
    rng = random.Random(seed)
    themes = db.session.execute(select(Theme.id)).scalars().all()
    deps = db.session.execute(select(Department.id)).scalars().all()
    today = dt.date.today()
    first = today - dt.timedelta(days=365 * YEARS)
    span = (today - first).days
    dues: dict[dt.date, tuple[dt.date, dt.date]] = {}
    channels = ["web"] * 6 + ["telefoon"] * 2 + ["balie", "email", "brief"]
    outcomes = (
        ["opgelost"] * 50
        + ["deels_opgelost"] * 12
        + ["niet_opgelost"] * 14
        + ["doorverwezen"] * 12
        + ["ingetrokken"] * 6
        + [None] * 6
    )
    routes = ["klacht", "bezwaar", "ombudsman", "rechter"]
    now = dt.datetime.now()
    start = time.perf_counter()
    n_agreements = 0
    next_id = 1
    for lo in range(0, n, BATCH):
        rows, agreements = [], []
        for i in range(lo, min(n, lo + BATCH)):
            day = first + dt.timedelta(days=int(span * (rng.random() ** 0.8)))
            received = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
            if day not in dues:
                dues[day] = (add_working_days(day, 3), add_working_days(day, 30))
            outcome = rng.choice(outcomes)
            fc = received + dt.timedelta(days=rng.choice([0, 1, 1, 2, 2, 3, 4, 6, 9]))
            resolved = received + dt.timedelta(days=rng.randint(5, 70)) if outcome else None
            if fc > now:
                fc = None
            if resolved and resolved > now:
                resolved, outcome = None, None
            answered = outcome is not None and rng.random() < 0.6
            dep = rng.choice(deps)
            rows.append(
                {
                    "id": next_id,
                    "code_hash": f"{i:064x}",
                    "submission_id": f"bench-{i}",
                    "channel": rng.choice(channels),
                    "status": outcome or "in_verkenning",
                    "received_at": received,
                    "first_contact_due": dues[day][0],
                    "resolution_due": dues[day][1],
                    "first_contact_at": fc,
                    "resolved_at": resolved,
                    "what_happened": "Gegenereerd verzoek",
                    "desired_outcome": "Een oplossing",
                    "theme_id": rng.choice(themes) if rng.random() > 0.05 else None,
                    "department_id": dep if rng.random() > 0.03 else None,
                    "contact_preference": "geen",
                    "consent_publication": False,
                    "outcome": outcome,
                    "referral_route": rng.choice(routes) if outcome == "doorverwezen" else None,
                    "control_satisfied": (rng.random() < 0.8) if answered else None,
                    "control_all_addressed": True if answered else None,
                    "control_answered_at": resolved if answered else None,
                }
            )
            if rng.random() < 0.33:
                created = received + dt.timedelta(days=rng.randint(1, 10))
                agreements.append(
                    {
                        "request_id": next_id,
                        "description": "Afspraak",
                        "department_id": dep,
                        "promised_by_role": "teamleider",
                        "due": created.date() + dt.timedelta(days=14),
                        "status": rng.choice(["kept"] * 7 + ["broken"] * 2 + ["open"]),
                        "created_at": created,
                    }
                )
            next_id += 1
        db.session.execute(insert(Request), rows)
        if agreements:
            db.session.execute(insert(Agreement), agreements)
        n_agreements += len(agreements)
        db.session.commit()
    return time.perf_counter() - start, n_agreements


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * (len(ordered) - 1)))))]


def time_page(client: FlaskClient, url: str, runs: int, cold: bool) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per render (CPU time is what this process itself spent: on a shared
    machine it shows the work without the waiting for other processes)."""
    wall, cpu = [], []
    for _ in range(runs):
        if cold:
            acc.clear_cache()
        t0, c0 = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return wall, cpu


def bench(n: int, runs: int, keep: bool, data: str | None = None) -> dict[str, float]:
    folder = data or tempfile.mkdtemp(prefix=f"bench-acc-{n}-")
    reuse = data is not None and os.path.exists(os.path.join(folder, "portal.db"))
    keep = keep or data is not None
    try:
        app = create_app(
            {
                "DATA_DIR": folder,
                "SECRET_KEY": "bench",
                "INDEX_WRITER": "external",
                "TESTING": True,
                "SERVER_NAME": "localhost",
            }
        )
        result: dict[str, float] = {"n": n}
        with app.app_context():
            from flask_migrate import upgrade

            from portal import demo

            upgrade(directory=app.extensions["migrate"].directory, revision="heads")
            if reuse:
                result["generate_s"] = result["agreements"] = result["rebuild_s"] = 0.0
                result["n"] = n = db.session.query(Request).count()
            else:
                demo._catalog()
                result["generate_s"], result["agreements"] = generate(n)
                t0 = time.perf_counter()
                acc.rebuild()
                result["rebuild_s"] = time.perf_counter() - t0
            from portal.models_accountability import AccDaily, AccDuration

            result["rollup_rows"] = db.session.query(AccDaily).count() + db.session.query(AccDuration).count()
            db.session.remove()
        client = app.test_client()
        year = dt.date.today().year
        for name, url in (("year", f"/verantwoording?periode={year}"), ("all", "/verantwoording?periode=alles")):
            client.get(url)  # warm up templates and connections
            cold, cold_cpu = time_page(client, url, runs, cold=True)
            warm, _warm_cpu = time_page(client, url, runs, cold=False)
            result[f"{name}_cold_p50"], result[f"{name}_cold_p95"] = pct(cold, 0.5), pct(cold, 0.95)
            result[f"{name}_cpu_p50"], result[f"{name}_cpu_p95"] = pct(cold_cpu, 0.5), pct(cold_cpu, 0.95)
            result[f"{name}_warm_p50"], result[f"{name}_warm_p95"] = pct(warm, 0.5), pct(warm, 0.95)
        # Freshness: one change through the ORM, then the next render recomputes that day only.
        with app.app_context():
            before = acc.figures(acc.all_time())["received"]["total"]
            token = os.urandom(16).hex()
            req = Request(
                code_hash=token * 2,
                submission_id=f"bench-fresh-{token}",
                channel="web",
                status="ontvangen",
                received_at=dt.datetime.now(),
                first_contact_due=dt.date.today(),
                resolution_due=dt.date.today(),
                what_happened="x",
                desired_outcome="y",
            )
            db.session.add(req)
            db.session.commit()
            db.session.remove()
        t0 = time.perf_counter()
        client.get("/verantwoording?periode=alles")
        result["after_change_ms"] = (time.perf_counter() - t0) * 1000
        with app.app_context():
            after = acc.figures(acc.all_time())["received"]["total"]
            result["fresh"] = float(after == before + 1) if isinstance(before, int) else float("nan")
            db.session.remove()
            db.engine.dispose()
        return result
    finally:
        if keep:
            print(f"data kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="number of requests (repeat for a series)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    parser.add_argument("--data", help="data folder to create and keep, or to reuse when it has a database")
    args = parser.parse_args()
    sizes = args.n or [10_000]
    print(
        f"{'N':>9} {'gen s':>7} {'build s':>8} {'rollup':>8} | year: {'p50':>6} {'p95':>6} {'cpu50':>6} "
        f"{'cpu95':>6} {'warm':>5} | all: {'p50':>6} {'p95':>6} {'cpu50':>6} {'cpu95':>6} {'warm':>5} | "
        f"{'after chg':>9} fresh   (ms; cold = every figure recomputed, cpu = this process's CPU time)"
    )
    for n in sizes:
        r = bench(n, args.runs, args.keep, args.data)
        print(
            f"{int(r['n']):>9} {r['generate_s']:>7.1f} {r['rebuild_s']:>8.1f} {int(r['rollup_rows']):>8} | "
            f"      {r['year_cold_p50']:>6.1f} {r['year_cold_p95']:>6.1f} {r['year_cpu_p50']:>6.1f} "
            f"{r['year_cpu_p95']:>6.1f} {r['year_warm_p50']:>5.1f} |      {r['all_cold_p50']:>6.1f} "
            f"{r['all_cold_p95']:>6.1f} {r['all_cpu_p50']:>6.1f} {r['all_cpu_p95']:>6.1f} "
            f"{r['all_warm_p50']:>5.1f} | {r['after_change_ms']:>9.1f} {'yes' if r['fresh'] == 1.0 else 'NO'}",
            flush=True,
        )


if __name__ == "__main__":
    main()
