"""Helpers that write regular expressions the engine runs fast, with the same matches as the plain spelling.

Python's ``re`` tries the alternatives of ``(?:zei|zegt|zeggen|...)`` one by one, and under ``re.I`` it cannot
skip an alternative by its first letter, so a list of 150 words costs 150 attempts at every position it is
tried. ``word_alternation`` writes the same set of words as a prefix tree ("z(?:e(?:i|gt|ggen))"), which fails
after one or two characters. Use it only where the words are followed by a word boundary (or anything that
makes the whole word count), so the order of the alternatives cannot change what matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


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


# id(rx) -> (rx, rx without its leading \b). Keyed by id, not by the pattern: a compiled pattern hashes its whole
# program on every look-up (1-5 µs for the patterns here, round nine); the entry keeps rx alive, so its id stays.
_UNBOUNDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def search_at_word_start(rx: re.Pattern[str], s: str) -> bool:
    """``bool(rx.search(s))`` for a pattern ``\\b(?:a|b|...)`` whose alternatives all open with a letter, found faster
    (round eight): the pattern without its leading ``\\b`` lets the engine skip to the alternatives' first letters
    (a leading ``\\b`` makes it try every position), and a hit counts where no word character stands before it. A hit
    inside a word is skipped to its end: any other hit starting inside it also has a letter before it."""
    got = _UNBOUNDED.get(id(rx))
    if got is None:
        if not rx.pattern.startswith("\\b"):
            raise ValueError(f"search_at_word_start: {rx.pattern[:40]!r} does not open with \\b")
        got = _UNBOUNDED[id(rx)] = (rx, re.compile(rx.pattern[2:], rx.flags))
    plain = got[1]
    m = plain.search(s)
    while m is not None:
        p = m.start()
        if p == 0 or not (s[p - 1].isalnum() or s[p - 1] == "_"):
            return True
        m = plain.search(s, max(m.end(), p + 1))
    return False


# ---------------------------------------------------------------- patterns tried only at their opening words (round 9)

# Characters other than A-Z that ``re.I`` matches to an ASCII letter ("ı" and "İ" to "i", the long "ſ" to "s", the
# Kelvin sign to "k"), written as that letter, so that in ``ascii_fold_lower`` an ASCII word stands where
# ``(?i:word)`` matches; every other character lowers to a character that is not an ASCII letter.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED: list[str | None] = [None, None]  # the text folded last and its fold (several patterns ask in turn)


def ascii_fold_lower(v: str, lo: str | None = None) -> str | None:
    """A lower-case copy of ``v`` of the same length in which a lower-case ASCII word starts exactly where the pattern
    ``(?i:word)`` matches in ``v``: ``lo`` (``v.lower()``, computed if not given) for ASCII text, otherwise ``v`` with
    the characters that fold to an ASCII letter written as that letter, lowered (round eight: a non-ASCII text, a "€"
    or an "é", does not make a pattern scan the whole text). None if the length would change."""
    if v.isascii():
        return v.lower() if lo is None else lo
    if _FOLDED[0] is v:
        return _FOLDED[1]
    if "\u0130" in v or "\u0131" in v or "\u017f" in v or "\u212a" in v:
        f = v.translate(_FOLD_TO_ASCII).lower()
    else:
        f = v.lower()
    got = f if len(f) == len(v) else None
    _FOLDED[0], _FOLDED[1] = v, got
    return got


def opening_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal words (ASCII letters, in lower case; a blank or an apostrophe inside allowed) of which every match
    of ``rx`` opens with one, read from the parsed pattern through its leading groups and alternations; None when some
    way through opens with anything else (a class, an optional part; a leading boundary or look-around is passed
    over). Derived from the pattern itself, so a word added to the pattern is a start at once."""
    try:
        from re import _parser  # the parser of the standard library; if it changes shape, the caller scans

        heads = _heads(list(_parser.parse(rx.pattern, rx.flags)))
    except Exception:  # any surprise in the parsed form means: no shortcut
        return None
    if not heads or not all(
        w.isascii() and w[:1].isalpha() and w.replace(" ", "").replace("'", "").isalpha() for w in heads
    ):
        return None  # ASCII letters (and, round ten, a blank or an apostrophe inside: "tot straks", "m'n")
    return tuple(sorted({w.lower() for w in heads}))


def _heads(items: list) -> set[str] | None:
    """The literal prefixes that the sequence of parsed ``items`` opens with, or None."""
    from re import _constants as C

    word = ""
    for op, av in items:
        if not word and op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # a boundary or look-around before the first literal takes no character: the match opens there
        if op is C.LITERAL:
            word += chr(av)
            continue
        if word:
            return {word}
        if op is C.SUBPATTERN:
            return _heads(list(av[3]))
        if op is C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = _heads(list(branch))
                if got is None:
                    return None
                out |= got
            return out
        return None
    return {word} if word else None


def matches_at_opening_words(rx: re.Pattern[str], words: tuple[str, ...] | None, text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match opens with one of ``words`` (``opening_words(rx)``): tried
    only where one of them stands in the folded lower-case copy of the text (every occurrence, also inside a word),
    not at every position. The same matches; a full scan when ``words`` is None or the text cannot be folded."""
    from .patterns import _matches_at

    f = ascii_fold_lower(text) if words else None
    if f is None:
        return rx.finditer(text)
    return _matches_at(rx, text, find_all(f, words))


def find_all(text: str, needles: Iterable[str], shift: int = 0) -> list[int]:
    """Every offset where one of ``needles`` occurs in ``text`` (also overlapping ones), plus ``shift``, ascending and
    without repeats; negative offsets are left out. One ``str.find`` scan per needle."""
    out: set[int] = set()
    for w in needles:
        p = text.find(w)
        while p != -1:
            if p + shift >= 0:
                out.add(p + shift)
            p = text.find(w, p + 1)
    return sorted(out)


def line_and_cell_starts(text: str, seps: str, at_sep: bool = False) -> list[int]:
    """Where a match of a pattern that opens with ``(?:^|(?<=[seps]))`` (under re.M) can start, ascending: the text's
    start, right after each line break, and right after each character of ``seps``; with ``at_sep`` at each of them
    instead (a pattern opening with ``(?:^|[seps])``, which takes the separator). Round ten: such a pattern is tried
    only there (``patterns._matches_at``), not at every position."""
    shift = 0 if at_sep else 1
    out = {0, *(p + 1 for p in find_all(text, ("\n",)))}
    out.update(p + shift for p in find_all(text, tuple(seps)))
    return sorted(out)


# ---------------------------------------------------------------- patterns that open with a look-behind (round nine)

_PAST: dict[int, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | tuple[re.Pattern[str]]] = {}


def _split_lookbehind(pattern: str) -> tuple[str, str] | None:
    """``pattern`` split after its leading look-behind ("(?<![\\w])", "(?<=x)"), or None if it opens otherwise."""
    if not pattern.startswith(("(?<!", "(?<=")):
        return None
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: a "]" right after "[" or "[^" is a member, not its end
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[: i + 1], pattern[i + 1 :]
        i += 1
    return None


def finditer_past_lookbehind(
    rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, endpos)`` for a pattern that opens with a look-behind and never matches the empty
    string, found faster: a leading look-behind makes the engine try every position, while the rest of the pattern
    alone lets it skip ahead to its first characters ("De", "Van": a capital). The rest is searched, the look-behind
    is tested where it matched, and a refused hit resumes the search one character on, so exactly the positions the
    plain scan tries at all are tried, in order, with the same matches (same groups: the look-behind holds none)."""
    got = _PAST.get(id(rx))
    if got is None:
        parts = _split_lookbehind(rx.pattern)
        got = (rx,)
        if parts:
            try:
                behind, rest = re.compile(parts[0], rx.flags), re.compile(parts[1], rx.flags)
            except re.error:
                behind = rest = None
            if rest is not None and behind is not None and not behind.groups and rest.groupindex == rx.groupindex:
                got = (rx, behind, rest)
        _PAST[id(rx)] = got
    end = len(text) if endpos is None else endpos
    if len(got) == 1:
        yield from rx.finditer(text, pos, end)
        return
    behind, rest = got[1], got[2]
    m = rest.search(text, pos, end)
    while m is not None:
        if behind.match(text, m.start()) is not None:
            yield m
            m = rest.search(text, max(m.end(), m.start() + 1), end)
        else:
            m = rest.search(text, m.start() + 1, end)


def answers_question(
    text: str,
    s: int,
    asks: re.Pattern[str],
    lines_up: int = 1,
    opening: re.Pattern[str] | None = None,
    max_lead: int = 40,
    asked_in: str | None = None,
) -> bool:
    """The value at ``s`` opens the reply to a line that asks for it: one of the ``lines_up`` lines right above
    holds ``asks`` ("en uw geboortedatum?", "En je postcode?"). What stands before the value on its own line is
    ``opening`` (a speaker's label) when given, else at most ``max_lead`` characters. ``asks`` is searched in
    ``asked_in`` (the text in lower case, say) when given. One mechanism for the birth dates and the postcodes that
    transcripts and chats give as answers (rounds twenty-two and twenty-three)."""
    line_start = text.rfind("\n", 0, s) + 1
    if line_start < 2:
        return False
    if opening is not None:
        if opening.fullmatch(text, line_start, s) is None:
            return False
    elif s - line_start > max_lead:
        return False
    nl = line_start - 1  # the line break that ends the line above
    for _ in range(lines_up):
        nl = text.rfind("\n", 0, nl) if nl > 0 else -1
    return asks.search(text if asked_in is None else asked_in, nl + 1, line_start - 1) is not None
