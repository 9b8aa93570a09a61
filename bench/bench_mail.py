#!/usr/bin/env python3
"""Mail benchmark: what queueing adds to a submission, and how fast one sender delivers.

1. N submissions through services.requests.submit() with an e-mail address (receipt + one mail per mediator
   queued in the same transaction) against N without one: the difference is the cost of the mail.
2. `flush()` of everything queued: to a real local SMTP server (aiosmtpd, one connection per round) and, in a
   second data folder, as .eml files (no server).

Usage: .venv/bin/python bench/bench_mail.py [--n 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from flask import Flask
from flask.ctx import AppContext

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from portal import create_app
from portal.auth import hash_password
from portal.extensions import db
from portal.models import User
from portal.services import mail
from portal.services import requests as svc


def setup(folder: str, server: str | None) -> tuple[Flask, AppContext]:
    app = create_app(
        {
            "DATA_DIR": folder,
            "SECRET_KEY": "bench",
            "TESTING": True,
            "INDEX_WRITER": "external",
            "MAIL_SERVER": server,
            "RATELIMIT_ENABLED": False,
        }
    )
    ctx = app.app_context()
    ctx.push()
    from flask_migrate import upgrade

    upgrade(directory=app.extensions["migrate"].directory, revision="heads")
    for i in range(3):
        db.session.add(
            User(email=f"med{i}@bench.example", name=f"Med {i}", role="mediator", password_hash=hash_password("x" * 12))
        )
    db.session.commit()
    return app, ctx


def submit(n: int, email: bool, start: int) -> float:
    t0 = time.perf_counter()
    for i in range(start, start + n):
        svc.submit(
            svc.Submission(
                what_happened="De container is al weken niet geleegd.",
                desired_outcome="Dat het afval wordt opgehaald.",
                contact_email=f"inwoner{i}@example.org" if email else None,
                contact_name="Bench Inwoner",
                submission_id=f"bench-{i}",
            )
        )
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    n = parser.parse_args().n
    from aiosmtpd.controller import Controller

    class Sink:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Sink.count += 1
            return "250 OK"

    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    with tempfile.TemporaryDirectory() as smtp_dir, tempfile.TemporaryDirectory() as eml_dir:
        _app, ctx = setup(smtp_dir, f"smtp://127.0.0.1:{port}")
        without = submit(n, email=False, start=0)
        mail.flush()  # the mediators' mails of those submissions
        with_mail = submit(n, email=True, start=n)
        queued = mail.status_counts()["pending"]
        t0 = time.perf_counter()
        report = mail.flush()
        smtp_s = time.perf_counter() - t0
        ctx.pop()
        _app2, ctx2 = setup(eml_dir, None)
        submit(n, email=True, start=0)
        queued_eml = mail.status_counts()["pending"]
        t0 = time.perf_counter()
        report_eml = mail.flush()
        eml_s = time.perf_counter() - t0
        ctx2.pop()
    controller.stop()
    print(f"submit without e-mail: {without / n * 1000:.1f} ms each (3 mediator mails queued)")
    print(f"submit with e-mail:    {with_mail / n * 1000:.1f} ms each (receipt + 3 mediator mails queued)")
    print(
        f"SMTP flush: {report.sent} of {queued} sent in {smtp_s:.2f} s = {report.sent / smtp_s:.0f} mails/s "
        f"(server received {Sink.count})"
    )
    print(
        f".eml flush: {report_eml.sent} of {queued_eml} written in {eml_s:.2f} s = {report_eml.sent / eml_s:.0f} "
        "mails/s"
    )


if __name__ == "__main__":
    main()
