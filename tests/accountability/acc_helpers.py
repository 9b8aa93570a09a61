"""Helpers to seed requests with known dates and outcomes, and to check published tables."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from portal.extensions import db
from portal.models import Agreement, Department, Request, Theme
from portal.services.workdays import add_working_days

_seq = itertools.count(1)


def theme_id(slug: str) -> int:
    return db.session.execute(select(Theme.id).where(Theme.slug == slug)).scalar_one()


def dep_id(name: str) -> int:
    return db.session.execute(select(Department.id).where(Department.name == name)).scalar_one()


def make_request(
    received: dt.datetime,
    theme: str | None = None,
    department: str | None = None,
    channel: str = "web",
    outcome: str | None = None,
    route: str | None = None,
    fc_days: int | None = None,
    res_days: int | None = None,
    satisfied: bool | None = None,
    fc_norm: int = 3,
    res_norm: int = 30,
) -> Request:
    """A request received at `received`; first contact and resolution `fc_days`/`res_days` working days later."""
    n = next(_seq)
    day = received.date()
    req = Request(
        code_hash=uuid.uuid4().hex,
        submission_id=f"acc-{n}-{uuid.uuid4().hex[:8]}",
        channel=channel,
        status="opgelost" if outcome else "ontvangen",
        received_at=received,
        first_contact_due=add_working_days(day, fc_norm),
        resolution_due=add_working_days(day, res_norm),
        what_happened="Testverzoek",
        desired_outcome="Test",
        theme_id=theme_id(theme) if theme else None,
        department_id=dep_id(department) if department else None,
        outcome=outcome,
        referral_route=route,
    )
    if fc_days is not None:
        req.first_contact_at = dt.datetime.combine(add_working_days(day, fc_days), dt.time(11))
    if res_days is not None:
        req.resolved_at = dt.datetime.combine(add_working_days(day, res_days), dt.time(15))
    if satisfied is not None:
        req.control_satisfied = satisfied
        req.control_all_addressed = True
        req.control_answered_at = req.resolved_at or received
    db.session.add(req)
    return req


def make_agreement(req: Request, department: str, status: str, created: dt.datetime) -> Agreement:
    ag = Agreement(
        request=req,
        description="Test",
        department_id=dep_id(department),
        promised_by_role="teamleider",
        due=created.date() + dt.timedelta(days=14),
        status=status,
        created_at=created,
    )
    db.session.add(ag)
    return ag


def seed_q1_2025() -> None:
    """The hand-computed fixture (see test_accountability_figures for the expected numbers)."""
    monday = dt.datetime(2025, 1, 6, 10, 0)
    fc = [1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10]
    res = [10] * 6 + [40] * 5
    sat = [True] * 5 + [False] + [None] * 5
    reqs = []
    for i in range(11):
        parkeren = i < 6
        reqs.append(
            make_request(
                monday,
                theme="parkeren" if parkeren else "afval",
                department="Parkeren en handhaving" if parkeren else "Afval en reiniging",
                channel="web" if parkeren else "telefoon",
                outcome="opgelost" if parkeren else "niet_opgelost",
                fc_days=fc[i],
                res_days=res[i],
                satisfied=sat[i],
            )
        )
    created = dt.datetime(2025, 2, 3, 9, 0)
    for status, n in (("kept", 5), ("broken", 5)):
        for _ in range(n):
            make_agreement(reqs[0], "Parkeren en handhaving", status, created)
    for status, n in (("kept", 6), ("open", 5)):
        for _ in range(n):
            make_agreement(reqs[7], "Afval en reiniging", status, created)
    # The previous quarter: 7 parking requests and 2 about taxes (a small cell).
    for _ in range(7):
        make_request(dt.datetime(2024, 11, 4, 9), theme="parkeren", department="Parkeren en handhaving")
    for _ in range(2):
        make_request(dt.datetime(2024, 11, 5, 9), theme="belastingen", department="Belastingen")
    db.session.commit()


def count_tables(data: dict[str, Any]) -> Iterable[tuple[str, Any, Sequence[dict[str, Any]]]]:
    """(name, published total, rows) of every count table in a figures structure."""
    blocks = [data] + ([data["previous"]] if data.get("previous") else [])
    for b in blocks:
        total = b["received"]["total"]
        for name in ("by_theme", "by_department", "by_channel"):
            yield name, total, b["received"][name]
        yield "outcomes", total, b["outcomes"]["rows"]
        referred = next(r["count"] for r in b["outcomes"]["rows"] if r["key"] == "doorverwezen")
        yield "routes", referred, b["outcomes"]["routes"]


def feasible_values(total: int, cells: Sequence[Any], limit: int = 400) -> list[set[int]]:
    """For each cell, every value consistent with what is published ("<5": 1..4, None: 5+, ints as is)."""
    domains = []
    for c in cells:
        if isinstance(c, int):
            domains.append([c])
        elif c == "<5":
            domains.append([1, 2, 3, 4])
        else:
            domains.append(list(range(5, total + 1)))
    possible: list[set[int]] = [set() for _ in cells]
    for combo in itertools.islice(itertools.product(*domains), 2_000_000):
        if sum(combo) == total:
            for i, v in enumerate(combo):
                possible[i].add(v)
    return possible


def assert_no_small_and_not_recomputable(data: dict[str, Any]) -> None:
    """No published cell holds 1..4, and no hidden "<5" cell can be pinned down from the published total."""
    for name, total, rows in count_tables(data):
        for r in rows:
            c = r["count"]
            assert c is None or c == "<5" or (isinstance(c, int) and (c == 0 or c >= 5)), (name, r)
        if isinstance(total, int):
            counts = [r["count"] for r in rows]
            hidden = [i for i, c in enumerate(counts) if not isinstance(c, int)]
            if not hidden:
                assert sum(counts) == total, name
                continue
            possible = feasible_values(total, counts)
            for i in hidden:
                if counts[i] == "<5":
                    assert len(possible[i]) >= 2, (name, rows[i], possible[i])
