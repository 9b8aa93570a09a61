#!/usr/bin/env python3
"""Queue filters "te laat" (overdue) and "stil" (inactive) on N generated requests, worst case: all of them open.

Reuses bench_accountability.generate() (which never closes a request) and adds two status changes and one
contact per request, then times requests.queue() with each filter and the filter counts (median of 5).

Usage: .venv/bin/python bench/bench_queue_attention.py [--n 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sqlalchemy import text

from portal import create_app
from portal.extensions import db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    n = parser.parse_args().n
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"DATA_DIR": folder, "SECRET_KEY": "bench", "TESTING": True, "INDEX_WRITER": "external"})
        with app.app_context():
            from flask_migrate import upgrade

            from portal import demo

            upgrade(directory=app.extensions["migrate"].directory, revision="heads")
            demo._catalog()
            db.session.commit()
            import bench_accountability

            bench_accountability.generate(n)
            db.session.execute(
                text(
                    "INSERT INTO status_changes (request_id, at, from_status, to_status) "
                    "SELECT id, received_at, NULL, 'ontvangen' FROM requests"
                )
            )
            db.session.execute(
                text(
                    "INSERT INTO status_changes (request_id, at, from_status, to_status) "
                    "SELECT id, coalesce(resolved_at, received_at), 'ontvangen', status FROM requests"
                )
            )
            db.session.execute(
                text(
                    "INSERT INTO contacts (request_id, at, channel, participants, with_resident, "
                    "summary, created_at) SELECT id, received_at, 'telefoon', 'x', true, 'x', "
                    "received_at FROM requests"
                )
            )
            db.session.commit()
            from portal.services import requests as svc

            cases = [
                ("queue, no filter", lambda: svc.queue(svc.QueueFilter())),
                ("queue, te laat", lambda: svc.queue(svc.QueueFilter(attention="overdue"))),
                ("queue, stil", lambda: svc.queue(svc.QueueFilter(attention="inactive"))),
                ("filter counts (uncached)", lambda: svc.attention_counts(fresh=True)),
            ]
            for label, fn in cases:
                times = []
                for _ in range(5):
                    start = time.perf_counter()
                    fn()
                    times.append(time.perf_counter() - start)
                print(f"{label}: median {sorted(times)[2] * 1000:.0f} ms")
            print("counts:", svc.attention_counts(fresh=True))


if __name__ == "__main__":
    main()
