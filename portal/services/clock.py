"""Time: stored as naive UTC, shown and typed in Dutch local time (Europe/Amsterdam)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")


def to_local(moment: dt.datetime) -> dt.datetime:
    """A stored naive-UTC moment as Dutch local time."""
    return moment.replace(tzinfo=dt.UTC).astimezone(LOCAL)


def local_date(moment: dt.datetime) -> dt.date:
    """The Dutch calendar day of a stored moment (deadlines count from this day)."""
    return to_local(moment).date()


def from_local(moment: dt.datetime) -> dt.datetime:
    """A naive Dutch local time (as typed in a form) as naive UTC for storage."""
    return moment.replace(tzinfo=LOCAL).astimezone(dt.UTC).replace(tzinfo=None)


def local_now() -> dt.datetime:
    return dt.datetime.now(LOCAL).replace(tzinfo=None)


def local_today() -> dt.date:
    return dt.datetime.now(LOCAL).date()
