"""Follow, list and remove other portals (the `commons add | list | remove` commands and the back office)."""

from __future__ import annotations

import logging
import re
import unicodedata
from urllib.parse import urlsplit

import requests
from flask import current_app
from sqlalchemy import func, select

from ...extensions import db
from ...models import Article, User
from ...models_commons import CommonsSource
from ...urls import base_url
from .. import audit, knowledge
from .fetch import FetchError, Limits, get

log = logging.getLogger(__name__)
CHANGES_PATH = "/api/v1/knowledge/changes"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class CommonsError(ValueError):
    """A refused commons action; the message is Dutch and fit to show."""


def normalize_url(raw: str) -> str:
    """scheme://host[:port][/prefix], lower-case host, no default port, no trailing slash, query or fragment.

    A pasted API address (…/api/v1 or …/api/v1/openapi.json) is reduced to the portal's own address.
    """
    text = (raw or "").strip()
    if not text or len(text) > 300 or _CONTROL.search(text) or " " in text:
        raise CommonsError("Geef een geldig adres op, zoals https://afstemming.voorbeeld.nl.")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise CommonsError("Alleen http- en https-adressen kunnen worden gevolgd.")
    try:
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        raise CommonsError("Het poortnummer in dit adres is ongeldig.") from None
    if not host or parts.username or parts.password:
        raise CommonsError("Geef een geldig adres op, zoals https://afstemming.voorbeeld.nl.")
    if port == (443 if parts.scheme == "https" else 80):
        port = None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = parts.path.rstrip("/")
    for tail in ("/api/v1/openapi.json", "/api/v1"):
        if path.endswith(tail):
            path = path[: -len(tail)]
    return f"{parts.scheme}://{netloc}{path}"


def _clean(value: object, limit: int) -> str:
    if not isinstance(value, str):
        return ""
    return _CONTROL.sub("", value).strip()[:limit]


def _code_for(name: str) -> str:
    """A short, unique code for local references: the municipality's name in lower-case ASCII letters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_name = re.sub(r"^gemeente\s+", "", ascii_name)
    base = re.sub(r"[^a-z0-9]", "", ascii_name)[:8] or "bron"
    taken = set(db.session.execute(select(CommonsSource.code).where(CommonsSource.code.like(f"{base}%"))).scalars())
    if base not in taken:
        return base
    n = 2
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"


def describe(url: str, session: requests.Session | None = None) -> dict[str, str]:
    """Read a portal's OpenAPI document: its municipality, licence and attribution. CommonsError if not ours."""
    try:
        with requests.Session() as own:
            resp = get(session or own, url + "/api/v1/openapi.json", limits=Limits(max_bytes=2 << 20))
        if resp.status != 200:
            raise CommonsError(f"Het OpenAPI-document gaf status {resp.status}; is dit het adres van een portaal?")
        doc = resp.json()
    except FetchError as err:
        raise CommonsError(f"Het OpenAPI-document is niet op te halen: {err}.") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict) or CHANGES_PATH not in doc["paths"]:
        raise CommonsError(
            "Dit adres heeft niet de open API van een Verzoek-tot-Afstemming-portaal met een kennisbank."
        )
    info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
    name = _clean(info.get("x-municipality"), 120)
    if not name:
        raise CommonsError("Het OpenAPI-document noemt geen gemeente (info.x-municipality).")
    licence_info = info.get("license") if isinstance(info.get("license"), dict) else {}
    licence = _clean(licence_info.get("name"), 60) or "CC BY 4.0"
    attribution = _clean(info.get("x-attribution"), 300) or f"Kennisbank van {name}, {licence}"
    return {"name": name, "licence": licence, "attribution": attribution}


def add_source(
    raw_url: str, session: requests.Session | None = None, actor: User | None = None, via: str = "cli"
) -> CommonsSource:
    """Follow the portal at `raw_url` (checked through its OpenAPI document); one audit entry names who did it."""
    url = normalize_url(raw_url)
    if url == normalize_url(base_url(current_app)):
        raise CommonsError("Dit is het adres van dit portaal zelf.")
    if db.session.execute(select(CommonsSource).where(CommonsSource.base_url == url)).scalar_one_or_none():
        raise CommonsError(f"{url} wordt al gevolgd.")
    info = describe(url, session)
    source = CommonsSource(base_url=url, code=_code_for(info["name"]), status="nieuw", cursor="", **info)
    db.session.add(source)
    audit.record(actor, "commons.add", source, base_url=url, name=info["name"], via=via)
    db.session.commit()
    log.info("commons: following %s (%s)", url, source.code)
    return source


def find_source(raw_url: str) -> CommonsSource:
    url = normalize_url(raw_url)
    source = db.session.execute(select(CommonsSource).where(CommonsSource.base_url == url)).scalar_one_or_none()
    if source is None:
        raise CommonsError(f"{url} wordt niet gevolgd.")
    return source


def list_sources() -> list[CommonsSource]:
    return list(db.session.execute(select(CommonsSource).order_by(CommonsSource.name, CommonsSource.id)).scalars())


def remove_source(source: CommonsSource, actor: User | None = None, via: str = "cli") -> int:
    """Stop following `source`: its articles leave the database and (through the outbox) the index."""
    refs = list(db.session.execute(select(Article.reference).where(Article.source_id == source.id)).scalars())
    for ref in refs:
        knowledge.enqueue(ref, "delete")
    db.session.execute(Article.__table__.delete().where(Article.source_id == source.id))
    audit.record(actor, "commons.remove", source, base_url=source.base_url, articles=len(refs), via=via)
    db.session.delete(source)
    db.session.commit()
    log.info("commons: stopped following %s (%d articles removed)", source.base_url, len(refs))
    return len(refs)


def count_articles(source: CommonsSource) -> int:
    return db.session.execute(
        select(func.count(Article.id)).where(Article.source_id == source.id, Article.status == "published")
    ).scalar_one()
