"""Shared fast scans for the finders: where a pattern can match at all, found once or by a literal, so that a
finder whose pattern opens with a look-behind or a set (which the regex engine tries at every position) runs only
there. Each helper gives the same matches as the plain ``rx.finditer(text)`` it replaces (see
tests/anonymizer/test_anonymizer_properties.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .patterns import _matches_at, digit_runs


def at_digit_runs(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts with the first digit of a run of digits (it
    opens with a digit after a look-behind that refuses a word character): tried only there, from the shared scan
    ``patterns.digit_runs``."""
    return _matches_at(rx, text, [s for s, _e in digit_runs(text)])


def ends_with_key(text: str, keys: tuple[str, ...], seps: str = ":=") -> bool:
    """True if some separator in ``seps`` stands right after one of ``keys`` (case-insensitive), with an optional
    quote and spaces or tabs between ("Naam:", "naam = ", "'achternaam': "), or the text there is not ASCII (then
    the caller's pattern decides). ``keys`` are in lower case. A necessary condition of a
    ``key['"]?[ \\t]*[:=]`` match."""
    longest = max(map(len, keys))
    for sep in seps:
        p = text.find(sep)
        while p != -1:
            q = p
            while q > 0 and text[q - 1] in " \t":
                q -= 1
            if q > 0 and text[q - 1] in "'\"":
                q -= 1
            if q > 0 and text[q - 1] == ")":  # a note on the key: "Naam (niet verplicht):"
                k = text.rfind("(", max(0, q - 32), q)
                if k > 0:
                    q = k
                    while q > 0 and text[q - 1] in " \t":
                        q -= 1
            tail = text[max(0, q - longest) : q]
            if not tail.isascii():
                return True
            tail = tail.lower()
            if tail.endswith(keys):
                return True
            p = text.find(sep, p + 1)
    return False
