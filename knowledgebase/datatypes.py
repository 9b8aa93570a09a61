"""The search data types: what goes into the index and what a search returns (Flask-free)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

FACET_KEYS = ("theme", "department", "outcome", "year", "municipality")
# "municipality": the article's source municipality (the commons); own articles carry the portal's own name.


@dataclass
class ArticleDoc:
    """What the index needs from an article (``body`` is Markdown)."""

    reference: str
    title: str
    body: str
    theme: str
    department: str
    outcome: str
    year: int
    published: datetime.date | None = None
    municipality: str = ""  # source municipality (own articles: the portal's own name)
    own: bool = True  # False for an article imported from a followed portal (ranking tie-breaker only)


@dataclass
class SearchQuery:
    """A search request; ``q`` empty means browse (sorted by date)."""

    q: str = ""
    theme: str | None = None
    department: str | None = None
    outcome: str | None = None
    year: int | None = None
    municipality: str | None = None
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"  # or "date"


@dataclass
class Hit:
    """One result; ``snippet`` is HTML-safe (escaped text, matches in <mark>)."""

    reference: str
    title: str
    theme: str
    department: str
    outcome: str
    year: int
    published: datetime.date | None
    snippet: str
    score: float = 0.0
    match: str = "direct"  # "direct": the query's own words; "expanded": same subject as the direct hits
    reason: str = ""  # for a related hit: why it is offered (plain Dutch)
    municipality: str = ""  # source municipality


@dataclass
class SearchResult:
    """A page of hits plus facet counts over the whole filtered result set.

    ``total`` counts only the results; ``related`` holds looser material (articles covering part of the
    query, of the same subject as the few results, or spelled alike), each with a ``reason``. It is
    filled only when the results are few or none.
    """

    total: int
    hits: list[Hit]
    page: int
    per_page: int
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None = None
    nearest_themes: list[str] = field(default_factory=list)
    related: list[Hit] = field(default_factory=list)


@runtime_checkable
class SearchBackend(Protocol):
    """The search interface the portal uses, so the backend can change later."""

    def exists(self) -> bool: ...

    def doc_count(self) -> int: ...

    def rebuild(self, docs: Iterable[ArticleDoc], progress: Callable[[int], None] | None = None) -> int: ...

    def apply(self, upserts: Iterable[ArticleDoc] = (), deletes: Iterable[str] = ()) -> None: ...

    def search(self, query: SearchQuery) -> SearchResult: ...

    def similar(self, text: str, limit: int = 3) -> list[Hit]: ...

    def related(self, reference: str, limit: int = 5) -> list[Hit]: ...
