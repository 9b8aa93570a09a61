"""A small per-process cache whose entries expire: for figures and settings that may lag a little behind."""

from __future__ import annotations

import threading
import time
from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    """Entries live `seconds` (monotonic clock); past `max_entries` the whole cache starts afresh. Thread-safe."""

    def __init__(self, seconds: float, max_entries: int = 128) -> None:
        self.seconds = seconds
        self.max_entries = max_entries
        self._entries: dict[K, tuple[float, V]] = {}
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value stored under `key` if it is younger than `seconds`, else None."""
        with self._lock:
            hit = self._entries.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.seconds:
            return hit[1]
        return None

    def put(self, key: K, value: V, at: float | None = None) -> V:
        """Store `value` (as of `at`, a `time.monotonic()` reading; default now) and return it."""
        with self._lock:
            if len(self._entries) >= self.max_entries and key not in self._entries:
                self._entries.clear()
            self._entries[key] = (time.monotonic() if at is None else at, value)
        return value

    def __iter__(self) -> Iterator[K]:
        """The keys stored (young or old), as of now."""
        with self._lock:
            return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
