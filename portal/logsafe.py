"""Keep personal data out of log lines: IP addresses, e-mail addresses, phone numbers, tracking codes.

Loopback and unspecified addresses (127.0.0.1, ::1, 0.0.0.0) stay: they name this machine, not a person,
and `flask run` must still say where it listens.

Used by the app (see portal.blueprints.security) and by gunicorn (deploy/gunicorn.conf.py). The filter
rewrites the formatted message of every record it sees, so it also covers third-party loggers.
"""

from __future__ import annotations

import ipaddress
import logging
import re

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bVTA(?:[-\s]?[0-9A-Za-z]{4}){4}\b", re.IGNORECASE), "[code]"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"(?<!\d)(?:\+31|0031|0)[\s-]?\d(?:[\s-]?\d){8}(?!\d)"), "[telefoon]"),
]


_IPV6_CANDIDATE = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![\w:])")


_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def _address(match: re.Match[str]) -> str:
    """'[ip]' for a client address; this machine's own (loopback, unspecified) and non-addresses stay."""
    try:
        address = ipaddress.ip_address(match.group(0))
    except ValueError:
        return match.group(0)  # a time of day, a version number or another dotted/colon-separated value
    return match.group(0) if address.is_loopback or address.is_unspecified else "[ip]"


def scrub(text: str) -> str:
    """The text with every pattern that could point to a person replaced by a placeholder."""
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return _IPV6_CANDIDATE.sub(_address, _IPV4.sub(_address, text))


class ScrubFilter(logging.Filter):
    """A logging filter that replaces the record's message by its scrubbed form (never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the record as it is
            return True
        cleaned = scrub(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


_INSTALLED: set[int] = set()


def install(*logger_names: str) -> None:
    """Attach one ScrubFilter to the named loggers and to every handler of the root logger (once each)."""
    shared = ScrubFilter()
    targets: list[logging.Filterer] = [logging.getLogger(name) for name in logger_names]
    targets.extend(logging.getLogger().handlers)
    for target in targets:
        if id(target) in _INSTALLED or any(isinstance(f, ScrubFilter) for f in target.filters):
            continue
        target.addFilter(shared)
        _INSTALLED.add(id(target))
