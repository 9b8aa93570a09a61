"""Working days in the Netherlands: weekends and Dutch public holidays excluded."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date `days` working days after `start` (the day of receipt itself does not count).

    A negative `days` counts back: the date `-days` working days before `start`.
    """
    step = dt.timedelta(days=1 if days >= 0 else -1)
    current = start
    remaining = abs(days)
    while remaining > 0:
        current += step
        if is_working_day(current):
            remaining -= 1
    return current


# Working days are counted with a cumulative index per year (constant time after the first use of a year), so the
# accountability rollups can convert many receipt/contact day pairs at once. Outside the indexed years the plain
# day-by-day count gives the same answer.
_INDEX_FIRST_YEAR, _INDEX_LAST_YEAR = 1990, 2199


@lru_cache(maxsize=_INDEX_LAST_YEAR - _INDEX_FIRST_YEAR + 1)
def _year_offsets(year: int) -> tuple[int, tuple[int, ...]]:
    """Working days from 1990 up to 1 January of `year`, and the running count within the year, day by day."""
    before = 0
    if year > _INDEX_FIRST_YEAR:
        previous_before, previous_running = _year_offsets(year - 1)
        before = previous_before + previous_running[-1]
    running, count = [], 0
    day = dt.date(year, 1, 1)
    while day.year == year:
        count += is_working_day(day)
        running.append(count)
        day += dt.timedelta(days=1)
    return before, tuple(running)


def _index(day: dt.date) -> int:
    """Working days from 1 January 1990 up to and including `day`."""
    before, running = _year_offsets(day.year)
    return before + running[day.timetuple().tm_yday - 1]


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if end <= start:
        return 0
    if _INDEX_FIRST_YEAR <= start.year and end.year <= _INDEX_LAST_YEAR:
        return _index(end) - _index(start)
    count = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        count += is_working_day(current)
    return count
