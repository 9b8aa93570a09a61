"""Sync a followed portal: its article changes (paged, resumable) and its protected accountability figures.

Each page is committed together with the new cursor, so an interrupted sync resumes where it stopped. Every
item is checked on its own: a bad item is refused (logged, counted) and the rest of the page goes on. The
source's HTML is never used: the follower renders and sanitises the Markdown itself (knowledgebase.render),
and runs the anonymizer on the text again; an article with findings is "held" (not shown, not indexed) until
an admin releases or rejects it (held.py). A failing source gets status "fout" and a short error; other
sources and the portal are not affected.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from flask import current_app
from sqlalchemy import inspect, select

from anonymizer import Known, find_entities
from knowledgebase.render import MarkdownRefused, plain_text, render_checked

from ...extensions import db
from ...models import Article, utcnow
from ...models_commons import CommonsSource
from .. import knowledge
from . import figures as figures_check
from .fetch import FetchError, Limits, get
from .sources import count_articles

log = logging.getLogger(__name__)
REFERENCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
NEXT_RE = re.compile(r"^[\x21-\x7e]{0,40}$")
PAGE_LIMIT = 500
MAX_BODY = 100_000


class ItemRefused(ValueError):
    pass


@dataclass
class SyncResult:
    source: str
    status: str = "ok"
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    held: int = 0
    refused: int = 0
    pages: int = 0
    not_modified: bool = False
    error: str | None = None
    refusals: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.status == "fout":
            return f"{self.source}: fout: {self.error}"
        if self.not_modified:
            return f"{self.source}: ok, niets veranderd"
        text = (
            f"{self.source}: {self.status}, {self.created} nieuw, {self.updated} bijgewerkt, "
            f"{self.withdrawn} ingetrokken, {self.held} vastgehouden, {self.refused} geweigerd"
        )
        return text + (f" ({self.error})" if self.error else "")


def local_reference(code: str, original: str) -> str:
    """`<code>:<original>`, at most 40 characters (a long original is shortened and given a hash)."""
    ref = f"{code}:{original}"
    if len(ref) <= 40:
        return ref
    digest = hashlib.sha256(original.encode()).hexdigest()[:8]
    return f"{code}:{original[: 40 - len(code) - 10]}~{digest}"


def _limits() -> Limits:
    cfg = current_app.config
    return Limits(
        connect_timeout=float(cfg.get("COMMONS_CONNECT_TIMEOUT", 5)),
        read_timeout=float(cfg.get("COMMONS_READ_TIMEOUT", 10)),
        total_timeout=float(cfg.get("COMMONS_RESPONSE_SECONDS", 30)),
        max_bytes=int(cfg.get("COMMONS_MAX_RESPONSE_BYTES", 8 << 20)),
    )


def sync_all() -> list[SyncResult]:
    """Sync every active source, one after the other; one failing source never stops the others."""
    ids = list(db.session.execute(select(CommonsSource.id).where(CommonsSource.active.is_(True))).scalars())
    return [sync_source(db.session.get(CommonsSource, sid)) for sid in ids]


def sync_source(source: CommonsSource, session: requests.Session | None = None) -> SyncResult:
    """Fetch the source's changes since its cursor, then its figures. Never raises for a source's fault."""
    if session is not None:
        return _sync_source(source, session)
    with requests.Session() as own:
        return _sync_source(source, own)


def _sync_source(source: CommonsSource, session: requests.Session) -> SyncResult:
    result = SyncResult(source=source.name)
    source_id, base = source.id, source.base_url
    try:
        _sync_changes(source, session, result)
    except FetchError as err:
        db.session.rollback()
        result.status, result.error = "fout", str(err)
    except Exception:  # a bug or a database failure: log it, mark the source, keep the portal going
        db.session.rollback()
        log.exception("commons: sync of %s failed unexpectedly", base)
        result.status, result.error = "fout", "onverwachte fout bij het verwerken (zie het log)"
    source = db.session.get(CommonsSource, source_id)
    if source is None:  # removed meanwhile
        return result
    figures_error = None
    every = dt.timedelta(minutes=float(current_app.config.get("COMMONS_FIGURES_MINUTES", 360)))
    stale = source.figures_fetched_at is None or source.figures_fetched_at <= utcnow() - every
    if result.status != "fout" and stale:  # figures change slowly: fetched every few hours, not every sync
        try:
            _sync_figures(source, session)
        except (FetchError, figures_check.FiguresError) as err:
            figures_error = f"cijfers niet bijgewerkt: {err}"
        except Exception:
            db.session.rollback()
            log.exception("commons: figures of %s failed unexpectedly", base)
            figures_error = "cijfers niet bijgewerkt: onverwachte fout"
            source = db.session.get(CommonsSource, source_id)
            if source is None:
                return result
    now = utcnow()
    source.last_sync_at = now
    source.status = result.status
    if result.status == "fout":
        source.last_error = (result.error or "")[:300]
        log.warning("commons: sync of %s failed: %s", base, result.error)
    else:
        source.last_success_at = now
        source.last_error = (result.error or figures_error or "")[:300] or None
        if figures_error:
            log.warning("commons: %s: %s", base, figures_error)
        log.info("commons: %s", result.line())
    source.article_count = count_articles(source)
    db.session.commit()
    return result


def _sync_changes(source: CommonsSource, session: requests.Session, result: SyncResult) -> None:
    cfg = current_app.config
    max_pages = int(cfg.get("COMMONS_MAX_PAGES", 50))
    deadline = time.monotonic() + float(cfg.get("COMMONS_SYNC_SECONDS", 300))
    limits = _limits()
    while True:
        url = f"{source.base_url}/api/v1/knowledge/changes?since={quote(source.cursor, safe='')}&limit={PAGE_LIMIT}"
        headers = {"If-None-Match": source.etag} if source.etag and result.pages == 0 else {}
        resp = get(session, url, limits=limits, headers=headers)
        if resp.status == 304 and headers:
            result.not_modified = True
            return
        if resp.status == 400 and source.cursor:
            raise FetchError("de bron kent onze positie niet meer (opnieuw volgen: commons remove en add)")
        if resp.status != 200:
            raise FetchError(f"onverwachte HTTP-status {resp.status}")
        data = resp.json()
        if not isinstance(data, dict):
            raise FetchError("antwoord is geen JSON-object")
        changes, nxt, more = data.get("changes"), data.get("next"), data.get("more")
        if not isinstance(changes, list) or not isinstance(nxt, str) or not isinstance(more, bool):
            raise FetchError("antwoord mist 'changes', 'next' of 'more' (of ze hebben het verkeerde type)")
        if not NEXT_RE.match(nxt) or len(changes) > PAGE_LIMIT:
            raise FetchError("antwoord heeft een ongeldige cursor of te veel wijzigingen")
        if more and (nxt == source.cursor or not changes):
            raise FetchError("de bron geeft steeds dezelfde pagina (eindeloos bladeren gestopt)")
        known = _existing(source, changes)
        for raw in changes:
            try:
                with db.session.no_autoflush:
                    outcome = apply_change(source, raw, known)
            except ItemRefused as err:
                result.refused += 1
                if len(result.refusals) < 20:
                    result.refusals.append(str(err))
                log.warning("commons: %s: item refused: %s", source.base_url, err)
                continue
            setattr(result, outcome, getattr(result, outcome) + 1)
        source.cursor = nxt
        # An empty page's ETag is the one to send next time (same cursor); after changes, ask afresh.
        etag = resp.headers.get("etag", "")
        source.etag = etag[:120] if not changes and etag else None
        db.session.commit()
        result.pages += 1
        if not more:
            return
        if result.pages >= max_pages or time.monotonic() > deadline:
            result.status = "onvolledig"
            result.error = f"nog niet alles opgehaald (grens: {max_pages} pagina's of de tijdslimiet per keer)"
            return


def _text(raw: dict[str, Any], key: str, limit: int, required: bool = False) -> str:
    value = raw.get(key, "")
    if value is None and not required:
        value = ""
    if not isinstance(value, str):
        raise ItemRefused(f"veld {key} is geen tekst")
    if "\x00" in value:
        raise ItemRefused(f"veld {key} bevat een NUL-teken")
    value = value.strip()
    if required and not value:
        raise ItemRefused(f"veld {key} ontbreekt")
    if len(value) > limit:
        raise ItemRefused(f"veld {key} is te lang")
    return value


def _date(raw: object, today: dt.date) -> dt.date | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        value = dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None
    return min(value, today)  # a source's clock may run ahead: never a date in the future


def _article_url(source: CommonsSource, raw: object, reference: str) -> str:
    """The article's URL at the source: only on the source's own host, else its usual address there."""
    fallback = f"{source.base_url}/kennisbank/{quote(reference, safe='')}"
    if not isinstance(raw, str) or len(raw) > 500 or any(c in raw for c in "\x00\r\n\t <>\"'\\"):
        return fallback
    mine, theirs = urlsplit(source.base_url), urlsplit(raw)
    if theirs.scheme not in ("http", "https") or theirs.netloc.lower() != mine.netloc.lower():
        return fallback
    return raw


def _findings(title: str, body: str) -> bool:
    """The anonymizer's verdict on the text as readers see it (headings of the standard sections left out)."""
    return bool(find_entities(f"{title}\n\n{plain_text(body)}", Known()))


def _existing(source: CommonsSource, changes: list[Any]) -> dict[str, Article | None]:
    """The source's articles named in this page, in one query (original reference -> article)."""
    refs = {c.get("reference") for c in changes if isinstance(c, dict) and isinstance(c.get("reference"), str)}
    refs = {r for r in refs if REFERENCE_RE.match(r)}
    found: dict[str, Article | None] = dict.fromkeys(refs)
    if refs:
        stmt = select(Article).where(Article.source_id == source.id, Article.source_reference.in_(refs))
        for article in db.session.execute(stmt).scalars():
            found[article.source_reference or ""] = article
    return found


def apply_change(source: CommonsSource, raw: object, known: dict[str, Article | None] | None = None) -> str:
    """Apply one change of the feed; returns the SyncResult counter to raise. ItemRefused for a bad item.

    `known`: the page's existing articles from :func:`_existing` (kept up to date here); looked up if absent.
    """
    if not isinstance(raw, dict):
        raise ItemRefused("wijziging is geen object")
    original = raw.get("reference")
    if not isinstance(original, str) or not REFERENCE_RE.match(original):
        raise ItemRefused("ongeldig of te lang kenmerk")
    status = raw.get("status")
    if status not in ("published", "withdrawn"):
        raise ItemRefused(f"{original}: onbekende status")
    if known is not None and original in known:
        article = known[original]
    else:
        article = db.session.execute(
            select(Article).where(Article.source_id == source.id, Article.source_reference == original)
        ).scalar_one_or_none()
    if status == "withdrawn":
        if article is None:
            return "unchanged"
        knowledge.enqueue(article.reference, "delete")
        if inspect(article).pending:  # created earlier in this same page
            db.session.expunge(article)
        else:
            db.session.delete(article)
        if known is not None:
            known[original] = None
        return "withdrawn"
    try:
        fields = _fields(source, raw, original)
    except ItemRefused as err:
        raise ItemRefused(f"{original}: {err}") from None
    if article is not None and all(getattr(article, k) == v for k, v in fields.items()):
        return "unchanged"
    text_same = article is not None and article.title == fields["title"] and article.body == fields["body"]
    if text_same and article is not None:  # same text: the anonymizer's (or an admin's) verdict stands
        new_status = article.status
    else:
        new_status = "held" if _findings(fields["title"], fields["body"]) else "published"
    if article is None or article.body != fields["body"] or article.body_html is None:
        try:
            fields["body_html"] = render_checked(fields["body"])
        except MarkdownRefused:
            raise ItemRefused(f"{original}: de tekst is geen Markdown die wij veilig kunnen tonen") from None
    outcome = "held" if new_status == "held" and (article is None or article.status != "held") else None
    if article is None:
        article = Article(source_id=source.id, source_reference=original, status=new_status, **fields)
        article.reference = local_reference(source.code, original)
        db.session.add(article)
        if known is not None:
            known[original] = article
        outcome = outcome or "created"
    else:
        for key, value in fields.items():
            setattr(article, key, value)
        article.status = new_status
        outcome = outcome or "updated"
    knowledge.enqueue(article.reference, "upsert")  # the index writer drops it when it is not published
    return outcome


def _fields(source: CommonsSource, raw: dict[str, Any], original: str) -> dict[str, Any]:
    today = dt.date.today()
    year = raw.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= today.year + 1:
        raise ItemRefused("jaar ontbreekt of is ongeldig")
    title = _text(raw, "title", 300, required=True)
    body = _text(raw, "body", MAX_BODY, required=True)
    published = _date(raw.get("published_at"), today) or (dt.date(year, 12, 31) if year < today.year else today)
    return {
        "title": title,
        "body": body,
        "theme": _text(raw, "theme", 120),
        "department": _text(raw, "department", 120),
        "outcome": _text(raw, "outcome", 30),
        "year": min(year, today.year),
        "published_at": published,
        "source_url": _article_url(source, raw.get("url"), original),
        "source_licence": source.licence,
        "source_attribution": source.attribution,
    }


def _sync_figures(source: CommonsSource, session: requests.Session) -> None:
    """The source's protected figures for its default (current) period, checked and capped."""
    limits = Limits(**{**_limits().__dict__, "max_bytes": 1 << 20})
    resp = get(session, f"{source.base_url}/api/v1/accountability", limits=limits)
    if resp.status != 200:
        raise FetchError(f"cijfers: HTTP-status {resp.status}")
    text, period = figures_check.validated(resp.json())
    if text != source.figures_json:
        source.figures_json = text
    source.figures_period = period
    source.figures_fetched_at = utcnow()
    db.session.commit()
