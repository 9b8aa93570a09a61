"""Working days, tracking codes and status rules: the small pieces the flows rest on."""

import datetime as dt

import pytest

from portal.services import codes
from portal.services.workdays import add_working_days, is_working_day, working_days_between


def test_weekends_and_dutch_holidays_are_not_working_days():
    assert not is_working_day(dt.date(2026, 4, 27))  # Koningsdag
    assert not is_working_day(dt.date(2026, 12, 25))  # Kerstmis
    assert not is_working_day(dt.date(2026, 11, 28))  # Saturday
    assert is_working_day(dt.date(2026, 11, 24))


def test_add_working_days_skips_weekend_and_holidays():
    # Thursday 24 Dec 2026 + 3 working days: Christmas Fri 25, weekend, Mon 28, Tue 29, Wed 30
    assert add_working_days(dt.date(2026, 12, 24), 3) == dt.date(2026, 12, 30)
    assert add_working_days(dt.date(2026, 11, 20), 1) == dt.date(2026, 11, 23)  # Friday -> Monday
    assert add_working_days(dt.date(2026, 11, 23), -1) == dt.date(2026, 11, 20)  # back: Monday -> Friday
    assert add_working_days(dt.date(2026, 12, 30), -3) == dt.date(2026, 12, 24)  # back over Christmas
    assert add_working_days(dt.date(2026, 12, 30), 0) == dt.date(2026, 12, 30)
    assert working_days_between(dt.date(2026, 12, 24), dt.date(2026, 12, 30)) == 3
    assert working_days_between(dt.date(2026, 12, 30), dt.date(2026, 12, 24)) == 0


def test_tracking_code_has_80_bits_and_reads_aloud():
    code = codes.code_for_submission("s", "abc")
    assert codes.CODE_RE.match(code)
    symbols = code.replace("-", "")[3:]
    assert len(symbols) == 16 and len(codes.ALPHABET) == 32  # 16 x 5 bits
    assert not set(symbols) & set("ILOU")
    assert code == codes.code_for_submission("s", "abc")  # replay gives the same code
    assert code != codes.code_for_submission("s", "abd")
    assert code != codes.code_for_submission("t", "abc")


@pytest.mark.parametrize("typed", ["lower", "spaces", "confusable", "noprefix"])
def test_normalize_accepts_what_people_type(typed):
    code = "VTA-7KQM-3XDP-9RWT-4H20"
    variant = {
        "lower": code.lower(),
        "spaces": code.replace("-", " "),
        "confusable": code.replace("0", "O"),
        "noprefix": code[4:],
    }[typed]
    assert codes.normalize(variant) == code


@pytest.mark.parametrize("bad", ["", "VTA", "x" * 100, "VTA-7KQM-3XDP-9RWT", "<script>", "VTA-7KQM-3XDP-9RWT-4H2!"])
def test_normalize_refuses_garbage(bad):
    assert codes.normalize(bad) is None


def test_codes_are_unique_in_practice():
    seen = {codes.code_for_submission("k", codes.new_submission_id()) for _ in range(5000)}
    assert len(seen) == 5000


def test_times_are_stored_utc_and_shown_dutch():
    from portal.filters import dutch_datetime
    from portal.services import clock

    winter = dt.datetime(2026, 1, 15, 23, 30)  # UTC
    assert clock.local_date(winter) == dt.date(2026, 1, 16)  # already the next day in Amsterdam
    assert dutch_datetime(winter) == "16 januari 2026, 00:30"
    summer_typed = dt.datetime(2026, 7, 1, 10, 0)  # a mediator types 10:00 Dutch summer time
    assert clock.from_local(summer_typed) == dt.datetime(2026, 7, 1, 8, 0)
    assert clock.to_local(clock.from_local(summer_typed)).replace(tzinfo=None) == summer_typed


def test_ttl_cache_expires_and_starts_afresh_when_full():
    import time

    from portal.services.ttlcache import TTLCache

    cache: TTLCache[str, int] = TTLCache(60.0, max_entries=2)
    assert cache.get("a") is None
    assert cache.put("a", 1) == 1 and cache.get("a") == 1
    cache.put("old", 2, at=time.monotonic() - 61)
    assert cache.get("old") is None and sorted(cache) == ["a", "old"]
    cache.put("c", 3)  # full: starts afresh
    assert list(cache) == ["c"] and cache.get("a") is None
    cache.clear()
    assert len(cache) == 0
