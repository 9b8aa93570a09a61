"""The coarse flood guard: `RATELIMIT_DEFAULT` (600/minute) per client and route on every route that the
database-counted sensitive limits in portal/security.py leave alone.

Built directly on the `limits` library, the counting engine under Flask-Limiter, with the same key layout
(``LIMITER/<client>/<endpoint>/<amount>/<multiples>/<granularity>``) and the same storage
(`RATELIMIT_STORAGE_URI`: memory per worker, or redis:// shared by workers and hosts) and strategy
(`RATELIMIT_STRATEGY`, default fixed-window). What Flask-Limiter redid on every request (resolving decorated,
blueprint, default and application limits, meta limits and their exemption callbacks) is one dictionary look-up
here: the limit objects are parsed once per spec and the exemption is decided per (endpoint, method).
`RATELIMIT_ENABLED` and the spec are read from the configuration on every request, so a changed configuration
applies at once. Requests that match no route count too (scope ``-``), so a scan of unknown paths is limited.
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache

from flask import Flask, abort, current_app, g, request
from limits import RateLimitItem, parse_many
from limits.storage import Storage, storage_from_string
from limits.strategies import STRATEGIES, RateLimiter

log = logging.getLogger(__name__)
EXTENSION = "portal_flood_guard"
UNROUTED = "-"  # the scope of requests that match no route (404, 405 before routing)


@lru_cache(maxsize=32)
def limit_items(spec: str) -> tuple[RateLimitItem, ...]:
    """'600/minute;10000/day' -> the `limits` items, parsed once per spec (the longest window first)."""
    return tuple(sorted(parse_many(spec), key=lambda item: -item.get_expiry()))


class FloodGuard:
    """One per app: its storage, its strategy and the per-(endpoint, method) exemption decisions."""

    def __init__(self, app: Flask, exempt: frozenset[tuple[str, str]]) -> None:
        cfg = app.config
        self.storage: Storage = storage_from_string(
            cfg["RATELIMIT_STORAGE_URI"], **dict(cfg.get("RATELIMIT_STORAGE_OPTIONS") or {})
        )
        self.limiter: RateLimiter = STRATEGIES[cfg.get("RATELIMIT_STRATEGY") or "fixed-window"](self.storage)
        self._exempt_pairs = exempt
        self._decided: dict[tuple[str, str], bool] = {}

    def exempt(self, endpoint: str, method: str) -> bool:
        """True for the routes counted elsewhere (sensitive) and for static files; decided once per pair."""
        pair = (endpoint, method)
        decided = self._decided.get(pair)
        if decided is None:
            decided = pair in self._exempt_pairs or endpoint == "static"
            if len(self._decided) < 4096:  # endpoints x methods is small; never grows without bound
                self._decided[pair] = decided
        return decided

    def check(self, client: str) -> None:
        """Count this request; a 429 (Dutch page, JSON under /api/) with Retry-After when over a limit."""
        cfg = current_app.config
        endpoint = request.endpoint or UNROUTED
        if self.exempt(endpoint, request.method):
            return
        try:
            refused = [
                item for item in limit_items(cfg["RATELIMIT_DEFAULT"]) if not self.limiter.hit(item, client, endpoint)
            ]
            if not refused:
                return
            reset = max(self.limiter.get_window_stats(item, client, endpoint).reset_time for item in refused)
        except Exception:
            if not cfg.get("RATELIMIT_SWALLOW_ERRORS", True):
                raise
            log.exception("Flood guard storage failed: request let through")  # a guard whose Redis is down
            return
        g.retry_after = max(1, int(reset - time.time()) + 1)
        current_app.logger.warning("Flood guard limit reached")
        abort(429)


def init_app(app: Flask, exempt: frozenset[tuple[str, str]]) -> FloodGuard:
    """Create the app's guard (the caller installs `check` as a before-request hook)."""
    guard = FloodGuard(app, exempt)
    app.extensions[EXTENSION] = guard
    return guard
