"""Helpers that write regular expressions the engine runs fast, with the same matches as the plain spelling.

Python's ``re`` tries the alternatives of ``(?:zei|zegt|zeggen|...)`` one by one, and under ``re.I`` it cannot
skip an alternative by its first letter, so a list of 150 words costs 150 attempts at every position it is
tried. ``word_alternation`` writes the same set of words as a prefix tree ("z(?:e(?:i|gt|ggen))"), which fails
after one or two characters. Use it only where the words are followed by a word boundary (or anything that
makes the whole word count), so the order of the alternatives cannot change what matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation (without the outer group) matching exactly the given literal words, as a prefix
    tree. Longer words come before their prefixes, so it also matches as the plain alternation sorted by
    length would."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    return _node(tree)


def _node(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _group(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append("")
    return "|".join(alts)


def _group(child: dict[str, dict]) -> str:
    inner = _node(child)
    if not inner:
        return ""
    if len(child) == 1 and "" not in child:  # one way on: no group needed ("zei" -> "z" "e" "i")
        return inner
    return "(?:" + inner + ")"


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex ("a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"])."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def fast_alternation(pattern: str) -> str:
    """``pattern`` (an alternation of plain words and other regexes) with its plain words as a prefix tree,
    followed by the other alternatives in their order."""
    alts = split_alternatives(pattern)
    words = [a for a in alts if a.isalpha()]
    rest = [a for a in alts if not a.isalpha()]
    return "|".join([word_alternation(words), *rest]) if words else pattern


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` matches (for ``match``/``search`` asked only whether one
    does: one call instead of several). Each part keeps its own case flag; other flags and group names used twice are
    refused, so the parts cannot change meaning."""
    parts, names = [], set()
    for rx in patterns:
        if rx.flags & ~(re.I | re.U):
            raise ValueError(f"any_of: unsupported flags in {rx.pattern[:40]!r}")
        if names & rx.groupindex.keys():
            raise ValueError(f"any_of: a group name is used twice in {rx.pattern[:40]!r}")
        names |= rx.groupindex.keys()
        parts.append(("(?i:" if rx.flags & re.I else "(?:") + rx.pattern + ")")
    return re.compile("|".join(parts))


_UNBOUNDED: dict[re.Pattern[str], re.Pattern[str]] = {}


def search_at_word_start(rx: re.Pattern[str], s: str) -> bool:
    """``bool(rx.search(s))`` for a pattern ``\\b(?:a|b|...)`` whose alternatives all open with a letter, found faster
    (round eight): the pattern without its leading ``\\b`` lets the engine skip to the alternatives' first letters
    (a leading ``\\b`` makes it try every position), and a hit counts where no word character stands before it. A hit
    inside a word is skipped to its end: any other hit starting inside it also has a letter before it."""
    plain = _UNBOUNDED.get(rx)
    if plain is None:
        if not rx.pattern.startswith("\\b"):
            raise ValueError(f"search_at_word_start: {rx.pattern[:40]!r} does not open with \\b")
        plain = _UNBOUNDED[rx] = re.compile(rx.pattern[2:], rx.flags)
    m = plain.search(s)
    while m is not None:
        p = m.start()
        if p == 0 or not (s[p - 1].isalnum() or s[p - 1] == "_"):
            return True
        m = plain.search(s, max(m.end(), p + 1))
    return False
