"""Markdown rendering and HTML sanitising for knowledge-base articles.

Stored HTML is never trusted: :func:`render_markdown` always runs :func:`sanitize` as its last
step, because Python-Markdown passes raw HTML and ``javascript:`` links straight through.
The sanitiser sits behind one small function so it can be swapped (``bench/bench_sanitize.py``
compares bleach with nh3).

Articles are rendered once, when they are saved or imported (the portal stores the result in
``Article.body_html``), never per page view. Python-Markdown is quadratic on some inputs (a long run of
``[``, ``![`` or ``<`` without its closing partner) and recursive on nested containers (``"- " * 3000``
overflows the stack). :func:`render_checked` therefore refuses such text up front with a Dutch message
(:func:`markdown_problem`) and bounds the rendering itself in CPU time (:data:`RENDER_SECONDS`); what still takes
too long is refused as well. :func:`render_markdown` never refuses: it falls back to :func:`plain_html`,
the text escaped as paragraphs, so nothing of an article is lost.
"""

from __future__ import annotations

import ctypes
import html
import re
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import bleach
import markdown
from bleach.html5lib_shim import Filter

__all__ = [
    "ALLOWED_TAGS",
    "ALLOWED_ATTRIBUTES",
    "ALLOWED_PROTOCOLS",
    "sanitize",
    "render_markdown",
    "render_checked",
    "markdown_problem",
    "plain_html",
    "plain_text",
    "MarkdownRefused",
    "MAX_NESTING",
    "MAX_UNCLOSED",
    "MAX_BRACKET_DEPTH",
    "RENDER_SECONDS",
]

MAX_NESTING = 20  # lists and quotes inside each other; Python-Markdown recurses per level
MAX_UNCLOSED = 200  # more "[", "![" or "<" than closing partners: Python-Markdown rescans the rest for each
RENDER_SECONDS = 5.0  # CPU seconds of the rendering thread; a long article with 300 links takes about 1.2 s

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "a",
        "blockquote",
        "code",
        "pre",
        "br",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
)
ALLOWED_ATTRIBUTES: dict[str, list[str]] = {
    "a": ["href", "title", "rel"],
    "th": ["align"],
    "td": ["align"],
}
ALLOWED_PROTOCOLS: frozenset[str] = frozenset({"http", "https", "mailto"})

# Elements whose *content* must go as well (bleach would otherwise keep their text). An opening tag whose
# closing tag never comes loses only the tag itself: html5lib would read everything after an unclosed <svg> or
# <math> as foreign content (and after <plaintext> as raw text), and bleach would then drop the rest of the
# article. One pass over the tags keeps this linear in the length of the text.
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "template",
        "noscript",
        "textarea",
        "title",
        "xmp",
        "noembed",
        "noframes",
        "plaintext",
    }
)
_DANGEROUS_TAG = re.compile(r"<(/?)(" + "|".join(sorted(_DROP_WITH_CONTENT)) + r")\b[^<>]*>?", re.IGNORECASE)
_COMMENT_OPEN = "<!--"


def _drop_dangerous(text: str) -> str:
    out: list[str] = []
    pos = 0
    open_name, open_start = "", 0
    for m in _DANGEROUS_TAG.finditer(text):
        closing, name = m.group(1) == "/", m.group(2).lower()
        if open_name:
            if closing and name == open_name:  # the element and everything inside it go
                pos, open_name = m.end(), ""
            continue
        out.append(text[pos : m.start()])
        pos = m.end()
        if not closing and name != "plaintext":
            open_name, open_start = name, m.end()
    if open_name:  # never closed: only its opening tag went, the text after it stays
        pos = open_start
    out.append(text[pos:])
    result = "".join(out)
    last_close = result.rfind("-->")
    unclosed = result.find(_COMMENT_OPEN, last_close + 3 if last_close >= 0 else 0)
    if unclosed >= 0:  # an unclosed comment would swallow the rest: show it as text
        result = result[:unclosed] + result[unclosed:].replace(_COMMENT_OPEN, "&lt;!--")
    return result


class _RelFilter(Filter):
    """html5lib token filter: every <a> gets exactly rel="nofollow noopener"."""

    def __iter__(self):
        for token in Filter.__iter__(self):
            if token.get("type") in ("StartTag", "EmptyTag") and token.get("name") == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = "nofollow noopener"
                token["data"] = attrs
            yield token


_local = threading.local()


def _cleaner() -> bleach.sanitizer.Cleaner:
    """This thread's Cleaner (bleach's Cleaner is not thread-safe; a timed-out render drops its own)."""
    cleaner = getattr(_local, "cleaner", None)
    if cleaner is None:
        cleaner = _local.cleaner = bleach.sanitizer.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
            strip_comments=True,
            filters=[_RelFilter],
        )
    return cleaner


def sanitize(html_text: str) -> str:
    """Return ``html_text`` reduced to the article allowlist (safe to mark as trusted HTML).

    Allowed: p, h2-h4, lists, strong, em, a (http/https/mailto only, rel="nofollow noopener"),
    blockquote, code, pre, br, hr and tables. Everything else is stripped; script/style/svg/math
    and similar elements are removed together with their content, or, when they are never closed,
    only their opening tag (the text after it stays).
    """
    if not html_text:
        return ""
    return _cleaner().clean(_drop_dangerous(html_text))


_md_extensions = ["tables", "sane_lists", "fenced_code"]


class MarkdownRefused(ValueError):
    """Article Markdown that cannot be rendered within the bounds; the message is Dutch, for the writer."""


class _RenderTimeout(BaseException):  # BaseException: library code that catches Exception lets it through
    pass


# How often the watcher looks at the rendering thread's CPU clock, and how long a render may take on the wall clock
# at the most (a thread that gets no CPU at all on a very busy machine is not refused before that).
_WATCH_STEP = 0.02
_WALL_FACTOR = 15


def _cpu_clock(ident: int) -> int | None:
    """The CPU-time clock of thread ``ident`` (Linux and most Unixes), or None where there is none."""
    try:
        return time.pthread_getcpuclockid(ident)
    except (AttributeError, OSError):
        return None


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _RenderTimeout in this thread once it has used `seconds` of CPU time (any thread, no signals needed).

    CPU time, not wall time: on a busy server a real article that waits for a processor is not refused (a CI run
    beside other work took more than two wall seconds for one). Where a thread has no CPU clock, and as a backstop
    at ``_WALL_FACTOR`` times the limit, the wall clock counts. A watcher thread sets an asynchronous exception in the
    rendering thread; Python raises it at the next bytecode, so a pure-Python loop (Python-Markdown's inline
    patterns) stops within milliseconds.
    """
    target = threading.get_ident()
    clock = _cpu_clock(target)
    lock = threading.Lock()
    state = {"done": False, "fired": False}
    stop = threading.Event()
    start_wall = time.monotonic()
    start_cpu = time.clock_gettime(clock) if clock is not None else 0.0

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(_RenderTimeout))

    def watch() -> None:
        while not stop.wait(_WATCH_STEP):
            wall = time.monotonic() - start_wall
            try:
                used = time.clock_gettime(clock) - start_cpu if clock is not None else wall
            except OSError:  # the thread has ended
                return
            if used >= seconds or wall >= seconds * _WALL_FACTOR:
                fire()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        with lock:
            state["done"] = True
            fired = state["fired"]
        if fired:  # the exception may still be pending: clear it, then report the timeout
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
            raise _RenderTimeout


_CONTAINER = re.compile(r"[ \t]{0,3}(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)")
_THEMATIC_BREAK = re.compile(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_LINK_OPEN = re.compile(r"!?\[")
_BRACKET = re.compile(r"[\[\]]")
MAX_BRACKET_DEPTH = 20  # [[[ ... ]]]: Python-Markdown rescans the nested part for every level


def _nesting(line: str) -> int:
    """How many lists and quotes this line opens or continues (markers on the line plus 4-space indents)."""
    if _THEMATIC_BREAK.fullmatch(line):
        return 0
    expanded = line.expandtabs(4)
    indent = len(expanded) - len(expanded.lstrip(" "))
    depth, pos = indent // 4, indent - indent % 4
    while True:
        m = _CONTAINER.match(expanded, pos)
        if not m or m.end() == pos:
            return depth
        depth += 1
        pos = m.end()


def _bracket_depth(text: str) -> int:
    """How deep closed pairs of [ ] sit inside each other (stray brackets do not count)."""
    brackets = [(m.start(), m.group()) for m in _BRACKET.finditer(text)]
    stack: list[int] = []
    matched: set[int] = set()
    for pos, char in brackets:
        if char == "[":
            stack.append(pos)
        elif stack:
            matched.add(stack.pop())
            matched.add(pos)
    depth = deepest = 0
    for pos, char in brackets:
        if pos in matched:
            depth += 1 if char == "[" else -1
            deepest = max(deepest, depth)
    return deepest


def markdown_problem(text: str) -> str | None:
    """A Dutch sentence saying why `text` cannot be rendered safely, or None. Linear in the length of `text`."""
    if not text:
        return None
    if "\x00" in text:
        return "De tekst bevat een ongeldig teken (NUL). Haal het weg."
    deepest = max((_nesting(line) for line in text.split("\n")), default=0)
    if deepest > MAX_NESTING:
        return (
            f"Er zitten lijsten of citaten {deepest} niveaus diep in elkaar; het maximum is {MAX_NESTING}. "
            "Maak de opsomming platter."
        )
    unclosed = len(_LINK_OPEN.findall(text)) - text.count("]")
    if unclosed > MAX_UNCLOSED:
        return (
            f"De tekst heeft {unclosed} openingshaken [ zonder sluithaak ]. Dat kan de opmaak niet aan "
            f"(maximaal {MAX_UNCLOSED}). Haal ze weg of zet er een \\ voor: \\[."
        )
    deepest_brackets = _bracket_depth(text)
    if deepest_brackets > MAX_BRACKET_DEPTH:
        return (
            f"Er staan {deepest_brackets} haken [ binnen elkaar; het maximum is {MAX_BRACKET_DEPTH}. "
            "Haal de overbodige haken weg."
        )
    angles = text.count("<") - text.count(">")
    if angles > MAX_UNCLOSED:
        return (
            f"De tekst heeft {angles} tekens < zonder >. Dat kan de opmaak niet aan (maximaal "
            f"{MAX_UNCLOSED}). Schrijf 'kleiner dan' of zet er een \\ voor: \\<."
        )
    return None


def _render(text: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rendered = markdown.markdown(text, extensions=_md_extensions, output_format="html")
    return sanitize(rendered)


def render_checked(text: str, seconds: float = RENDER_SECONDS) -> str:
    """Render article Markdown to sanitised HTML, or raise MarkdownRefused (Dutch message).

    Refused: what :func:`markdown_problem` finds, and anything that still takes longer than `seconds`
    or nests too deep for the stack. Call it when an article is saved or imported, never per page view.
    """
    if not text:
        return ""
    problem = markdown_problem(text)
    if problem:
        raise MarkdownRefused(problem)
    try:
        with _time_limit(seconds):
            return _render(text)
    except _RenderTimeout:
        _local.cleaner = None  # it may have been stopped half-way
        raise MarkdownRefused(
            f"De opmaak van deze tekst duurt te lang (meer dan {seconds:g} seconden; een gewoon artikel kost "
            "een paar milliseconden). Meestal komt dat door heel veel haken [ of < zonder sluithaak, of door "
            "lijsten die heel diep in elkaar zitten. Vereenvoudig die stukken."
        ) from None
    except RecursionError:
        raise MarkdownRefused("Er zitten lijsten of citaten te diep in elkaar. Maak de opsomming platter.") from None


def plain_html(text: str) -> str:
    """The text itself as HTML paragraphs, every character escaped: what a reader sees when Markdown is refused.

    Linear in the length of the text and never fails, so nothing of an article is lost.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\x00", "")
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paragraphs)


def render_markdown(text: str) -> str:
    """Render article Markdown to sanitised HTML (the sanitiser is always the last step).

    Bounded like :func:`render_checked`; Markdown it refuses comes back as :func:`plain_html` instead.
    """
    try:
        return render_checked(text)
    except MarkdownRefused:
        return plain_html(text)


# Every pattern stops at the next bracket of its own kind, so a long run of "[" or "<" costs linear time.
_MD_NOISE = [
    (re.compile(r"```[^`]*(?:`{1,2}[^`]+)*```"), " "),
    (re.compile(r"<[^<>]+>"), " "),
    (re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1"),
    (re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE), ""),
    (re.compile(r"[*_`~|]+"), ""),
]
_SECTION_HEADINGS = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]*(situatie|afstemming|uitkomst|leren)[ \t]*$", re.IGNORECASE | re.MULTILINE
)


def plain_text(md: str, drop_section_headings: bool = True) -> str:
    """Markdown to plain text (for snippets, feeds and the search index); not HTML-escaped."""
    if not md:
        return ""
    text = md
    if drop_section_headings:
        text = _SECTION_HEADINGS.sub("", text)
    for pattern, repl in _MD_NOISE:
        text = pattern.sub(repl, text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()
