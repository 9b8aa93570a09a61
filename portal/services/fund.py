"""Burgerfonds: an append-only ledger. Entries are never edited or deleted; a correction reverses an entry."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from ..extensions import db
from ..labels import FUND_KINDS as KINDS
from ..models import FundEntry, Improvement, User
from ..models_enums import FundKind, ImprovementStatus, Role
from . import audit

CATEGORIES = {
    FundKind.INCOME: {
        "bijdrage": "Bijdrage van de gemeente",
        "subsidie": "Subsidie",
        "donatie": "Donatie of bijdrage",
        "overig": "Overige inkomsten",
    },
    FundKind.SPENDING: {
        "bemiddeling": "Uren bemiddeling",
        "kosten": "Kosten (zaalhuur, reizen, materiaal)",
        "vergoeding": "Vergoeding aan inwoners (volgens afspraak)",
        "overig": "Overige uitgaven",
    },
}
MAX_CENTS = 100_000_000_00  # 100 million euro: anything above is a typing error
PERSONAL = {"PERSON", "EMAIL", "PHONE", "IBAN", "BSN"}
_AMOUNT_RE = re.compile(r"^\d{1,9}(?:[.,]\d{1,2})?$")


class FundError(ValueError):
    """A refused ledger entry; the message is Dutch and safe to show; `field` names the form field."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def category_label(kind: str, category: str) -> str:
    return CATEGORIES.get(kind, {}).get(category, category)


def parse_amount(text: str) -> int:
    """'1234,50' or '1234.5' or '1234' euro -> cents (positive)."""
    raw = (text or "").strip().replace("€", "").replace(" ", "")
    if "," in raw and "." in raw:  # 1.234,50: dots group thousands
        raw = raw.replace(".", "")
    if not _AMOUNT_RE.match(raw):
        raise FundError("Vul een bedrag in euro's in, bijvoorbeeld 125,50.", "amount")
    euros, _, cents = raw.replace(",", ".").partition(".")
    value = int(euros) * 100 + int((cents + "00")[:2])
    if value <= 0:
        raise FundError("Het bedrag moet groter zijn dan 0.", "amount")
    if value > MAX_CENTS:
        raise FundError("Dit bedrag is te hoog. Controleer het bedrag.", "amount")
    return value


def check_description(text: str) -> str:
    """Refuse a description that seems to name or identify a person."""
    from anonymizer import find_entities

    text = (text or "").strip()
    if not 3 <= len(text) <= 500:
        raise FundError("Schrijf een omschrijving van 3 tot 500 tekens.", "description")
    found = sorted({e.label for e in find_entities(text) if e.label in PERSONAL})
    if found:
        raise FundError(
            "De omschrijving lijkt persoonsgegevens te bevatten (zoals een naam, e-mailadres, "
            "telefoonnummer, IBAN of BSN). Het burgerfonds is openbaar: beschrijf de boeking zonder "
            "te zeggen over wie het gaat.",
            "description",
        )
    return text


def add_entry(
    actor: User, entry_date: dt.date, kind: str, category: str, amount_cents: int, description: str
) -> FundEntry:
    """Append an income (positive) or spending (negative) line."""
    if kind not in KINDS:
        raise FundError("Kies inkomsten of uitgaven.", "kind")
    if category not in CATEGORIES[kind]:
        raise FundError("Kies een categorie die bij inkomsten of uitgaven hoort.", "category")
    if not isinstance(amount_cents, int) or not 0 < amount_cents <= MAX_CENTS:
        raise FundError("Het bedrag moet groter zijn dan 0 en kleiner dan 100 miljoen euro.", "amount")
    if not dt.date(2000, 1, 1) <= entry_date <= dt.date.today() + dt.timedelta(days=366):
        raise FundError("Kies een datum tussen 2000 en volgend jaar.", "entry_date")
    description = check_description(description)
    entry = FundEntry(
        entry_date=entry_date,
        kind=kind,
        category=category,
        description=description,
        amount_cents=amount_cents if kind == FundKind.INCOME else -amount_cents,
        created_by_id=actor.id,
    )
    db.session.add(entry)
    db.session.flush()
    audit.record(actor, "fund.add", entry, kind=kind, category=category, amount_cents=entry.amount_cents)
    db.session.commit()
    return entry


def reversible(entry_id: int) -> FundEntry:
    """The entry `entry_id` if it may still be reversed; FundError (in Dutch) says why not."""
    original = db.session.get(FundEntry, entry_id)
    if original is None:
        raise FundError("Deze boeking bestaat niet.")
    if original.reverses_id is not None:
        raise FundError(
            "Dit is al een correctie. Een correctie kunt u niet nog eens corrigeren; maak een nieuwe boeking."
        )
    if db.session.execute(select(FundEntry.id).where(FundEntry.reverses_id == original.id)).first():
        raise FundError("Deze boeking is al gecorrigeerd.")
    return original


def reverse(actor: User, entry_id: int, today: dt.date | None = None) -> FundEntry:
    """A new entry that cancels `entry_id`. Each entry can be reversed once; a reversal itself cannot."""
    original = reversible(entry_id)
    entry = FundEntry(
        entry_date=today or dt.date.today(),
        kind=original.kind,
        category=original.category,
        amount_cents=-original.amount_cents,
        reverses_id=original.id,
        created_by_id=actor.id,
        description=f"Correctie van boeking {original.id}: {original.description}"[:500],
    )
    db.session.add(entry)
    db.session.flush()
    audit.record(actor, "fund.reverse", entry, reverses=original.id, amount_cents=entry.amount_cents)
    db.session.commit()
    return entry


def entries() -> list[FundEntry]:
    return list(db.session.execute(select(FundEntry).order_by(FundEntry.entry_date, FundEntry.id)).scalars())


def _quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def ledger(solved: int | str | None = None, quarter: str | None = None) -> dict[str, Any]:
    """Balance, totals per quarter and category, cost per solved request and every line (JSON-ready).

    `solved` is the published number of solved requests (may be "<5" or None: then no cost per request).
    With `quarter` ("2026-Q1") the lines and totals cover only that quarter (the balance stays the total).
    """
    rows = entries()
    reversed_ids = {e.reverses_id for e in rows if e.reverses_id}
    balance = sum(e.amount_cents for e in rows)
    if quarter:
        rows = [e for e in rows if _quarter(e.entry_date) == quarter]
    per_quarter: dict[str, dict[str, int]] = defaultdict(lambda: {"income_cents": 0, "spending_cents": 0})
    per_category: dict[tuple[str, str], int] = defaultdict(int)
    for e in rows:
        if e.kind == FundKind.INCOME:
            per_quarter[_quarter(e.entry_date)]["income_cents"] += e.amount_cents
        else:
            per_quarter[_quarter(e.entry_date)]["spending_cents"] -= e.amount_cents
        per_category[(e.kind, e.category)] += e.amount_cents
    income = sum(e.amount_cents for e in rows if e.kind == FundKind.INCOME)
    spending = -sum(e.amount_cents for e in rows if e.kind == FundKind.SPENDING)
    cost_per_solved = round(spending / solved) if isinstance(solved, int) and solved >= 5 else None
    return {
        "currency": "EUR",
        "balance_cents": balance,
        "income_cents": income,
        "spending_cents": spending,
        "solved_requests": solved,
        "cost_per_solved_cents": cost_per_solved,
        "per_quarter": [
            {"quarter": q, **v, "net_cents": v["income_cents"] - v["spending_cents"]}
            for q, v in sorted(per_quarter.items())
        ],
        "per_category": [
            {"kind": k, "category": c, "label": category_label(k, c), "amount_cents": v}
            for (k, c), v in sorted(per_category.items())
        ],
        "entries": [
            {
                "id": e.id,
                "date": e.entry_date.isoformat(),
                "kind": e.kind,
                "category": e.category,
                "category_label": category_label(e.kind, e.category),
                "amount_cents": e.amount_cents,
                "description": e.description,
                "reverses": e.reverses_id,
                "reversed": e.id in reversed_ids,
            }
            for e in rows
        ],
        "license": "CC BY 4.0",
    }


def euro(cents: int | None) -> str:
    """Dutch money notation: € 1.234,50 (negative: − € 12,00)."""
    if cents is None:
        return "–"
    sign = "−\u00a0" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}€\u00a0{whole:,}".replace(",", ".") + f",{rest:02d}"


def seed_demo(rng: random.Random | None = None) -> None:
    """Demo fund entries and learning points (idempotent: does nothing when entries exist)."""
    from ..models import Department, Request, Theme

    rng = rng or random.Random(7)
    if db.session.execute(select(func.count(FundEntry.id))).scalar_one():
        return
    admin = db.session.execute(select(User).where(User.role == Role.ADMIN).order_by(User.id)).scalars().first()
    today = dt.date.today()
    start = dt.date(today.year - 1, 1, 1)
    day = start
    while day <= today:
        if day.day == 1 and day.month in (1, 4, 7, 10):
            db.session.add(
                FundEntry(
                    entry_date=day,
                    kind="income",
                    category="bijdrage",
                    amount_cents=2_500_000,
                    description="Kwartaalbijdrage van de gemeente",
                    created_by_id=admin and admin.id,
                )
            )
        if day.day == 28:
            db.session.add(
                FundEntry(
                    entry_date=day,
                    kind="spending",
                    category="bemiddeling",
                    amount_cents=-rng.randint(500_000, 900_000),
                    description="Uren bemiddeling deze maand",
                    created_by_id=admin and admin.id,
                )
            )
            if rng.random() < 0.3:
                db.session.add(
                    FundEntry(
                        entry_date=day,
                        kind="spending",
                        category="vergoeding",
                        amount_cents=-rng.randint(2_500, 25_000),
                        description="Vergoeding volgens afspraak (reiskosten gesprek)",
                        created_by_id=admin and admin.id,
                    )
                )
            if rng.random() < 0.5:
                db.session.add(
                    FundEntry(
                        entry_date=day,
                        kind="spending",
                        category="kosten",
                        amount_cents=-rng.randint(5_000, 60_000),
                        description="Zaalhuur en koffie voor gesprekken",
                        created_by_id=admin and admin.id,
                    )
                )
        day += dt.timedelta(days=1)
    db.session.add(
        FundEntry(
            entry_date=start + dt.timedelta(days=40),
            kind="income",
            category="subsidie",
            amount_cents=1_000_000,
            description="Subsidie provincie voor burgerparticipatie",
            created_by_id=admin and admin.id,
        )
    )
    if not db.session.execute(select(func.count(Improvement.id))).scalar_one():
        themes = {t.slug: t for t in db.session.execute(select(Theme)).scalars()}
        deps = {d.name: d for d in db.session.execute(select(Department)).scalars()}
        points = [
            (
                "Bel eerst voordat een uitkering stopt",
                "werk-en-inkomen",
                "Werk en inkomen",
                "teamleider Inkomen",
                "in_uitvoering",
            ),
            (
                "Bevestig elke aanvraag voor een container met een nummer",
                "afval",
                "Afval en reiniging",
                "teamleider Inzameling",
                "gereed",
            ),
            ("Verander een indicatie niet zonder gesprek", "wmo-zorg", "Zorg en welzijn", "manager Wmo", "gepland"),
            (
                "Meld vertraging bij vergunningen voor de termijn voorbij is",
                "vergunningen",
                "Vergunningen",
                "teamleider Vergunningen",
                "in_uitvoering",
            ),
        ]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        for i, (title, theme, dep, owner, status) in enumerate(points):
            # Learned over the past year (one per quarter), so every quarter's report has something to show.
            learned = now - dt.timedelta(days=300 - 90 * i)
            source = (
                db.session.execute(
                    select(Request.id)
                    .where(Request.theme_id == themes[theme].id)
                    .order_by(Request.received_at.desc())
                    .limit(1)
                ).scalar()
                if theme in themes
                else None
            )
            db.session.add(
                Improvement(
                    title=title,
                    description="Leerpunt uit verzoeken tot afstemming.",
                    theme_id=themes[theme].id if theme in themes else None,
                    department_id=deps[dep].id if dep in deps else None,
                    owner_role=owner,
                    status=status,
                    due=learned.date() + dt.timedelta(days=120),
                    request_id=source,
                    created_at=learned,
                    done_at=learned + dt.timedelta(days=60) if status == ImprovementStatus.DONE else None,
                )
            )
    db.session.commit()
