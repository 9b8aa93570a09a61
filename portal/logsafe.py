"""Keep personal data out of log lines: IP addresses, e-mail addresses, phone numbers, tracking codes.

Loopback and unspecified addresses (127.0.0.1, ::1, 0.0.0.0) stay: they name this machine, not a person,
and `flask run` must still say where it listens.

Used by the app (see portal.security) and by gunicorn (deploy/gunicorn.conf.py). The filter
rewrites the formatted message of every record it sees, so it also covers third-party loggers.
"""

from __future__ import annotations

import ipaddress
import logging
import re

# Every path that carries a tracking code: /verzoek/<code>, /verzoek/<code>/gegevens, /ontvangen, ... The whole
# segment goes, in whatever form the lookup accepts (no prefix, spaces, dots, underscores, lower case, percent-
# encoded, decoded spaces in gunicorn's %(U)s), up to the next "/", "?", '"' or the " HTTP/" of a request line.
# Only /verzoek/nieuw (the form) and the bare lookup page /verzoek/ stay.
_CODE_PATH = re.compile(r'(?<![\w/])(/verzoek/)(?!nieuw(?:[/?#"\s]|$))(?:(?! HTTP/)[^/?#"\r\n])+')
# The official's personal link /ambtenaar/link/<token> is a bearer token as well: the token segment goes.
_LINK_PATH = re.compile(r'(?<![\w/])(/ambtenaar/link/)(?:(?! HTTP/)[^/?#"\r\n])+')
_SEP = r"[\s\-_.]"
# A code in free text: with the VTA prefix in any spelling, or four groups of four, or 16 symbols in a row.
_CODE_TEXT = re.compile(
    rf"(?<![0-9A-Za-z])(?:VTA{_SEP}*[0-9A-Za-z]{{4}}(?:{_SEP}*[0-9A-Za-z]{{4}}){{3}}|[0-9A-Za-z]{{16}})"
    rf"(?![0-9A-Za-z])",
    re.IGNORECASE,
)
# Runs of words separated by spaces, dots, dashes or underscores: any four 4-symbol words in a row may be a code.
_GROUP_RUN = re.compile(rf"(?<![0-9A-Za-z])[0-9A-Za-z]+(?:{_SEP}+[0-9A-Za-z]+){{3,}}(?![0-9A-Za-z])")
_SEP_SPLIT = re.compile(rf"({_SEP}+)")
# Control characters (a %0A in a URL forges a log line), Unicode line breaks and bidi overrides are escaped.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _looks_like_code(text: str) -> bool:
    """A form the tracking-code lookup accepts; without the prefix only with a digit or in capitals, so that
    ordinary 16-letter words stay readable (a code without any digit is one in 400)."""
    from .services.codes import normalize

    if normalize(text) is None:
        return False
    return text[:3].upper() == "VTA" or any(ch.isdigit() for ch in text) or text.isupper()


def _code_in_text(match: re.Match[str]) -> str:
    return "[code]" if _looks_like_code(match.group(0)) else match.group(0)


def _code_in_run(match: re.Match[str]) -> str:
    """Replace every stretch of 4-symbol words that holds an accepted code ('abcd efgh jkmn pq12') by '[code]'.

    Overlapping candidates are all covered, so no group of a code survives next to the placeholder.
    """
    parts = _SEP_SPLIT.split(match.group(0))  # word, sep, word, sep, ...
    words = parts[0::2]
    marked = [False] * len(words)
    for i in range(len(words) - 3):
        window = words[i : i + 4]
        if all(len(w) == 4 for w in window) and _looks_like_code("".join(window)):
            marked[i : i + 4] = [True] * 4
    out: list[str] = []
    for i, word in enumerate(words):
        if not (marked[i] and i > 0 and marked[i - 1]):
            if i > 0:
                out.append(parts[2 * i - 1])
            out.append("[code]" if marked[i] else word)
    return "".join(out)


def escape_controls(text: str) -> str:
    """Control characters as visible escapes (\\n, \\x1b, \\u2028): one record is always one line."""
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1] if m.group(0) != "'" else m.group(0), text)


def scrub_path(path: str) -> str:
    """A URL path without tracking codes (for access logs that log the path alone)."""
    return _LINK_PATH.sub(r"\1[token]", _CODE_PATH.sub(r"\1[code]", path))


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
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
    """The text with every pattern that could point to a person replaced, and control characters escaped."""
    text = escape_controls(text)
    text = _CODE_PATH.sub(r"\1[code]", text)
    text = _LINK_PATH.sub(r"\1[token]", text)
    text = _CODE_TEXT.sub(_code_in_text, text)
    text = _GROUP_RUN.sub(_code_in_run, text)
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
