"""Where an article comes from, for its page and citation: our own portal or a followed one (the commons)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..models import Article

LICENCE_URLS = {"CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/deed.nl"}


@dataclass(frozen=True)
class SourceInfo:
    """The followed portal an imported article comes from, as its page and citation name it."""

    municipality: str
    reference: str  # the reference at the source
    url: str  # the original article ("" when the stored URL is not plain http(s))
    licence: str
    licence_url: str
    attribution: str


def safe_url(url: str | None) -> str:
    """``url`` when it is an absolute http(s) address without credentials, else ""."""
    if not url or len(url) > 500 or any(c.isspace() or ord(c) < 32 for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return ""
    return url


def source_of(article: Article) -> SourceInfo | None:
    """None for an own article; otherwise the source municipality, reference, URL, licence and attribution."""
    if article.source_id is None:
        return None
    source = article.source
    licence = article.source_licence or (source.licence if source else "") or "CC BY 4.0"
    return SourceInfo(
        municipality=(source.name if source else "") or "een andere gemeente",
        reference=article.source_reference or article.reference,
        url=safe_url(article.source_url),
        licence=licence,
        licence_url=LICENCE_URLS.get(licence, ""),
        attribution=article.source_attribution or (source.attribution if source else "") or "",
    )
