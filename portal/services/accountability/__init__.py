"""Public accountability figures, split by concern; every name callers use is importable from here.

- `periods`: the fixed grid of quarters and years (rule P1) and how a request names one;
- `rollups`: daily and monthly rollups, kept fresh by marking the days a change touches;
- `grid`: THE place of protection, every period's counts suppressed together;
- `rules`: the Ombudsvisie's five rules with their headline figures;
- `figures`: one period's figures (cached), with trend and patterns;
- `learning`: learning points as the public reads them;
- `exports`: CSV rows and the plain-Dutch summary.
"""

from __future__ import annotations

from .exports import flat_rows, summary
from .figures import CACHE_SECONDS, clear_cache, figures, nearest_rank
from .grid import STATUSES_AG, protected_grid
from .learning import IMPROVEMENT_STATUSES, improvements_public
from .periods import (
    FREE_PERIOD_MESSAGE,
    MAX_SPAN_YEARS,
    MAX_YEAR,
    MIN_YEAR,
    QUARTER_NAMES,
    Period,
    PeriodError,
    all_time,
    custom,
    grid_periods,
    parse_period,
    parse_quarter,
    quarter,
    quarter_of,
    year,
)
from .rollups import (
    DIMS,
    UNKNOWN,
    data_version,
    first_day,
    install_listeners,
    mark_changed,
    rebuild,
    refresh,
    refresh_quietly,
)

__all__ = [
    "CACHE_SECONDS",
    "DIMS",
    "FREE_PERIOD_MESSAGE",
    "IMPROVEMENT_STATUSES",
    "MAX_SPAN_YEARS",
    "MAX_YEAR",
    "MIN_YEAR",
    "QUARTER_NAMES",
    "STATUSES_AG",
    "UNKNOWN",
    "Period",
    "PeriodError",
    "all_time",
    "clear_cache",
    "custom",
    "data_version",
    "figures",
    "first_day",
    "flat_rows",
    "grid_periods",
    "improvements_public",
    "install_listeners",
    "mark_changed",
    "nearest_rank",
    "parse_period",
    "parse_quarter",
    "protected_grid",
    "quarter",
    "quarter_of",
    "rebuild",
    "refresh",
    "refresh_quietly",
    "summary",
    "year",
]
