"""Knowledge base: Dutch search over a Whoosh index, Markdown rendering and sanitising (Flask-free)."""

from .render import plain_text, render_markdown, sanitize
from .search import ArticleDoc, Hit, SearchBackend, SearchIndex, SearchQuery, SearchResult

__all__ = [
    "ArticleDoc",
    "Hit",
    "SearchBackend",
    "SearchIndex",
    "SearchQuery",
    "SearchResult",
    "plain_text",
    "render_markdown",
    "sanitize",
]
