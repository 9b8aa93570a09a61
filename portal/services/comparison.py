"""Our headline figures beside those of the municipalities we follow (the commons), for /vergelijking.

Only protected figures travel: what every portal publishes on its own /api/v1/accountability (counts of 1 to 4
as "<5", hidden cells as null). A followed portal's figures are the JSON its last sync stored; this module
reads only the known fields of it, and only numbers, "<5" or null: any other value shows as "niet beschikbaar".
No page view fetches anything from another portal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models_commons import CommonsSource
from . import accountability
from .accountability import PeriodError

MAX_VALUE = 10**9


@dataclass(frozen=True)
class Cell:
    """One figure as shown: ``text`` for the table, ``note`` for the reader when there is no number."""

    text: str
    note: str = ""
    number: float | None = None


@dataclass
class Column:
    """One municipality's figures (a row of the tables)."""

    name: str
    own: bool
    period: str
    fetched: dt.datetime | None
    headline: dict[str, Cell] = field(default_factory=dict)
    rules: dict[int, dict[str, Cell]] = field(default_factory=dict)
    available: bool = True
    status: str = ""


@dataclass
class Headline:
    key: str
    label: str
    unit: str
    read: Callable[[dict[str, Any]], Any]
    explain: str


def _get(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


HEADLINES = [
    Headline(
        "received",
        "Verzoeken ontvangen",
        "",
        lambda d: _get(d, "received", "total"),
        "Alle verzoeken in de periode, via elk kanaal.",
    ),
    Headline(
        "first_contact",
        "Eerste contact binnen de norm",
        "%",
        lambda d: _get(d, "first_contact", "within_norm_pct"),
        "Het deel van de verzoeken waarbij de bemiddelaar op tijd contact opnam. Elke gemeente stelt zelf haar norm.",
    ),
    Headline(
        "solved",
        "Opgelost zonder formele klacht",
        "%",
        lambda d: _get(d, "outcomes", "solved_without_complaint_pct"),
        "Het deel van de afgeronde verzoeken dat (deels) is opgelost zonder klacht of bezwaar.",
    ),
    Headline(
        "resolution",
        "Oplossing binnen de norm",
        "%",
        lambda d: _get(d, "resolution", "within_norm_pct"),
        "Het deel van de verzoeken dat binnen de eigen norm van die gemeente een uitkomst had.",
    ),
    Headline(
        "agreements",
        "Afspraken nagekomen",
        "%",
        lambda d: _get(d, "agreements", "kept_pct"),
        "Het deel van de afspraken met de gemeente dat op tijd is nagekomen.",
    ),
    Headline(
        "satisfied",
        "Tevreden na de controlevraag",
        "%",
        lambda d: _get(d, "control", "satisfied_pct"),
        "Het deel van de inwoners dat op de controlevraag zei tevreden te zijn.",
    ),
]


def cell(value: Any, unit: str = "") -> Cell:
    """A protected figure as shown; anything that is not a number, "<5" or null is not shown."""
    if value == "<5":
        return Cell("<5", "minder dan 5: een klein aantal tonen wij niet precies")
    if value is None:
        return Cell("–", "geen cijfer: te weinig verzoeken, of verborgen om niemand herkenbaar te maken")
    if isinstance(value, bool) or not isinstance(value, int | float) or not -MAX_VALUE <= value <= MAX_VALUE:
        return Cell("n.b.", "niet beschikbaar")
    if value != value:  # NaN
        return Cell("n.b.", "niet beschikbaar")
    number = round(float(value), 1)
    text = f"{number:.1f}".replace(".", ",") if number % 1 else str(int(number))
    return Cell(text + unit, number=number)  # the unit is ours (our headline or our rule's figure)


def _rule_labels(data: dict[str, Any]) -> dict[int, tuple[str, list[tuple[str, str]]]]:
    """Rule number -> (title, [(figure label, unit)]) from OUR figures: the rows every column is read by."""
    out: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for rule in data.get("rules") or []:
        number = rule.get("number")
        if isinstance(number, int):
            out[number] = (str(rule.get("title", "")), [(str(f["label"]), str(f["unit"])) for f in rule["figures"]])
    return out


def _rule_cells(data: Any, labels: dict[int, tuple[str, list[tuple[str, str]]]]) -> dict[int, dict[str, Cell]]:
    """The five rules' figures of one portal, read by OUR labels (a label the portal lacks: not available)."""
    found: dict[int, dict[str, Any]] = {}
    rules = data.get("rules") if isinstance(data, dict) else None
    for rule in rules if isinstance(rules, list) else []:
        if not isinstance(rule, dict) or not isinstance(rule.get("number"), int):
            continue
        figures = rule.get("figures")
        values = found.setdefault(rule["number"], {})
        for fig in figures if isinstance(figures, list) else []:
            if isinstance(fig, dict) and isinstance(fig.get("label"), str):
                values.setdefault(fig["label"], fig.get("value", None))
    missing = Cell("n.b.", "niet beschikbaar bij deze gemeente")
    out: dict[int, dict[str, Cell]] = {}
    for number, (_title, figs) in labels.items():
        values = found.get(number, {})
        out[number] = {label: cell(values[label], unit) if label in values else missing for label, unit in figs}
    return out


def _column(name: str, own: bool, data: Any, period: str, fetched: dt.datetime | None, labels: Any) -> Column:
    col = Column(name=name, own=own, period=period, fetched=fetched)
    if not isinstance(data, dict):
        col.available = False
        col.status = "Nog geen cijfers opgehaald."
        return col
    col.headline = {h.key: cell(h.read(data), h.unit) for h in HEADLINES}
    col.rules = _rule_cells(data, labels)
    return col


def _period_label(data: Any, fallback: str | None) -> str:
    label = _get(data, "period", "label")
    if isinstance(label, str) and 0 < len(label) <= 40:
        return label
    return (fallback or "onbekend")[:40]


def _load(raw: str | None) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


@dataclass
class Comparison:
    own: Column
    others: list[Column]
    headlines: list[Headline]
    rules: dict[int, tuple[str, list[tuple[str, str]]]]
    periods_differ: bool


def _own_period(slugs: list[str]) -> accountability.Period:
    """The period most followed portals report (so the rows compare like with like), else this year."""
    for slug, _count in Counter(slugs).most_common():
        try:
            return accountability.parse_period({"period": slug})
        except PeriodError:
            continue
    return accountability.parse_period({})


def comparison() -> Comparison:
    """Our figures and every followed portal's last fetched figures, read through the same protected fields."""
    sources = (
        db.session.execute(select(CommonsSource).where(CommonsSource.active.is_(True)).order_by(CommonsSource.name))
        .scalars()
        .all()
    )
    loaded = [(s, _load(s.figures_json)) for s in sources]
    slugs = [str(_get(data, "period", "slug") or s.figures_period or "") for s, data in loaded if data is not None]
    period = _own_period([s for s in slugs if s and len(s) <= 40])
    mine = accountability.figures(period, with_previous=False)
    labels = _rule_labels(mine)
    own = _column(
        str(current_app.config.get("MUNICIPALITY") or "Onze gemeente"),
        True,
        mine,
        period.label,
        None,
        labels,
    )
    others = [
        _column(s.name, False, data, _period_label(data, s.figures_period), s.figures_fetched_at, labels)
        for s, data in loaded
    ]
    differ = any(c.available and c.period != own.period for c in others)
    return Comparison(own=own, others=others, headlines=HEADLINES, rules=labels, periods_differ=differ)
