"""Markdown rendering and HTML sanitising for knowledge-base articles.

Stored HTML is never trusted: :func:`render_markdown` always runs :func:`sanitize` as its last
step, because Python-Markdown passes raw HTML and ``javascript:`` links straight through.
The sanitiser sits behind one small function so it can be swapped (``bench/bench_sanitize.py``
compares bleach with nh3).
"""

from __future__ import annotations

import html
import re
import warnings

import bleach
import markdown
from bleach.html5lib_shim import Filter

__all__ = [
    "ALLOWED_TAGS",
    "ALLOWED_ATTRIBUTES",
    "ALLOWED_PROTOCOLS",
    "sanitize",
    "render_markdown",
    "plain_text",
]

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre",
        "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
    }
)
ALLOWED_ATTRIBUTES: dict[str, list[str]] = {
    "a": ["href", "title", "rel"],
    "th": ["align"],
    "td": ["align"],
}
ALLOWED_PROTOCOLS: frozenset[str] = frozenset({"http", "https", "mailto"})

# Elements whose *content* must go as well (bleach would otherwise keep their text).
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|svg|math|iframe|object|embed|template|noscript|textarea|title|xmp|noembed|noframes)"
    r"\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_UNCLOSED_DANGEROUS = re.compile(
    r"<(script|style|svg|math|iframe|object|embed|template|noscript|textarea|xmp|noembed|noframes)\b.*\Z",
    re.IGNORECASE | re.DOTALL,
)


class _RelFilter(Filter):
    """html5lib token filter: every <a> gets exactly rel="nofollow noopener"."""

    def __iter__(self):
        for token in Filter.__iter__(self):
            if token.get("type") in ("StartTag", "EmptyTag") and token.get("name") == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = "nofollow noopener"
                token["data"] = attrs
            yield token


_cleaner = bleach.sanitizer.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[_RelFilter],
)


def sanitize(html_text: str) -> str:
    """Return ``html_text`` reduced to the article allowlist (safe to mark as trusted HTML).

    Allowed: p, h2-h4, lists, strong, em, a (http/https/mailto only, rel="nofollow noopener"),
    blockquote, code, pre, br, hr and tables. Everything else is stripped; script/style/svg/math
    and similar elements are removed together with their content.
    """
    if not html_text:
        return ""
    text = _DROP_WITH_CONTENT.sub("", html_text)
    text = _UNCLOSED_DANGEROUS.sub("", text)
    cleaned = _cleaner.clean(text)
    return cleaned


_md_extensions = ["tables", "sane_lists", "fenced_code"]


def render_markdown(text: str) -> str:
    """Render article Markdown to sanitised HTML (the sanitiser is always the last step)."""
    if not text:
        return ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rendered = markdown.markdown(text, extensions=_md_extensions, output_format="html")
    return sanitize(rendered)


_MD_NOISE = [
    (re.compile(r"```.*?```", re.DOTALL), " "),
    (re.compile(r"<[^>]+>"), " "),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE), ""),
    (re.compile(r"[*_`~|]+"), ""),
]
_SECTION_HEADINGS = re.compile(r"^\s{0,3}#{1,6}\s*(situatie|afstemming|uitkomst|leren)\s*$",
                               re.IGNORECASE | re.MULTILINE)


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
