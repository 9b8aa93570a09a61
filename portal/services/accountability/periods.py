"""Periods of the accountability figures: the fixed grid of quarters and years (rule P1), parsed from requests."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

MIN_YEAR, MAX_YEAR, MAX_SPAN_YEARS = 2000, 2100, 25
QUARTER_NAMES = {1: "1e kwartaal", 2: "2e kwartaal", 3: "3e kwartaal", 4: "4e kwartaal"}
_QUARTER_RE = re.compile(r"^(\d{4})-[Qq]([1-4])$", re.ASCII)
_YEAR_RE = re.compile(r"^(\d{4})$", re.ASCII)


class PeriodError(ValueError):
    """A period parameter that cannot be used; the message is Dutch and safe to show."""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    kind: str  # quarter | year | custom | all
    label: str
    slug: str

    def previous(self) -> Period | None:
        if self.kind == "quarter":
            y, q = self.start.year, (self.start.month - 1) // 3 + 1
            return quarter(y - 1, 4) if q == 1 else quarter(y, q - 1)
        if self.kind == "year":
            return year(self.start.year - 1) if self.start.year > MIN_YEAR else None
        if self.kind == "custom":
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            first = add_months(self.start, -months)
            if first.year < MIN_YEAR:
                return None
            return custom(first, self.start - dt.timedelta(days=1))
        return None

    def as_dict(self) -> dict[str, str]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "kind": self.kind,
            "label": self.label,
            "slug": self.slug,
        }


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(day: dt.date) -> dt.date:
    return add_months(day, 1) - dt.timedelta(days=1)


def quarter(y: int, q: int) -> Period:
    start = dt.date(y, 3 * q - 2, 1)
    return Period(start, month_end(dt.date(y, 3 * q, 1)), "quarter", f"{QUARTER_NAMES[q]} {y}", f"{y}-Q{q}")


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", str(y), str(y))


def custom(start: dt.date, end: dt.date) -> Period:
    from ...filters import dutch_date

    start, end = start.replace(day=1), month_end(end)
    return Period(
        start, end, "custom", f"{dutch_date(start)} tot en met {dutch_date(end)}", f"{start:%Y-%m}_{end:%Y-%m}"
    )


def all_time(today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    return Period(dt.date(MIN_YEAR, 1, 1), today, "all", "Alle jaren", "alles")


def quarter_of(day: dt.date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def _check_year(y: int) -> int:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise PeriodError(f"Kies een jaar tussen {MIN_YEAR} en {MAX_YEAR}.")
    return y


def parse_quarter(text: str) -> Period | None:
    match = _QUARTER_RE.match(text or "")
    if not match:
        return None
    y = int(match.group(1))
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return quarter(y, int(match.group(2)))


FREE_PERIOD_MESSAGE = (
    "Cijfers zijn er alleen per kwartaal of per jaar. Kies bijvoorbeeld 2026-Q1 (een kwartaal) "
    "of 2026 (een jaar). Zo kan niemand twee periodes van elkaar aftrekken en een klein aantal "
    "terugrekenen."
)


def parse_period(args: Mapping[str, str], today: dt.date | None = None) -> Period:
    """Read `periode`/`period` (2026-Q1, 2026, alles); default: this year.

    Only the fixed grid of quarters and years exists (rule P1 in docs/accountability-threat-model.md): free
    ranges (`van`/`tot`, `from`/`to`) are refused, so overlapping periods cannot be subtracted.
    """
    today = today or dt.date.today()
    raw = {k: (args.get(k) or "").strip() for k in ("periode", "period", "van", "from", "tot", "to")}
    if any(len(v) > 40 for v in raw.values()):
        raise PeriodError("De periode is te lang. Kies een kwartaal (2026-Q1) of een jaar (2026).")
    if any(k in args for k in ("van", "from", "tot", "to")):
        raise PeriodError(FREE_PERIOD_MESSAGE)
    name = raw["periode"] or raw["period"]
    if not name:
        return year(today.year)
    if name.lower() in ("alles", "all"):
        return all_time(today)
    if match := _QUARTER_RE.match(name):
        return quarter(_check_year(int(match.group(1))), int(match.group(2)))
    if match := _YEAR_RE.match(name):
        return year(_check_year(int(match.group(1))))
    raise PeriodError(
        "Deze periode kennen wij niet. Kies bijvoorbeeld 2026-Q1 (een kwartaal), 2026 (een jaar) of 'alles'."
    )


def grid_periods(first_day: dt.date | None, today: dt.date | None = None) -> list[Period]:
    """The fixed grid (rule P1): every quarter from the first request's quarter to now, every year, and all years."""
    today = today or dt.date.today()
    first_quarter = quarter_of(min(first_day, today) if first_day else today)
    out: list[Period] = []
    for y in range(first_quarter.start.year, today.year + 1):
        out.extend(q for q in (quarter(y, n) for n in (1, 2, 3, 4)) if q.start >= first_quarter.start)
        out.append(year(y))
    out.append(all_time(today))
    return out
