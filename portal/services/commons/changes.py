"""The changes feed other portals follow: GET /api/v1/knowledge/changes?since=<cursor>&limit=<n>.

Every change of an own article writes an index-outbox row in its transaction (services/knowledge.py); a
listener on that insert writes a `commons_changes` row in the SAME transaction, so a change is in the feed
exactly when it is committed. Imported articles (a colon in their reference) are never logged: each portal
serves only its own articles.

The cursor is the id of the last change served. Ids are handed out at insert but transactions may commit out
of order on PostgreSQL (id 10 can become visible after id 11), so the feed only serves a contiguous run of
ids: it stops before the first hole. A hole is skipped once the change after it is older than
COMMONS_GAP_GRACE_SECONDS (its transaction was rolled back; a sequence number is never given back). On SQLite
writers are serialised and ids are never reused (AUTOINCREMENT), so there are no holes. Dates of changes are
only ours (never the follower's or the source's clock decides what is served).

Each change carries the article's CURRENT state: published (with its Markdown) or withdrawn (withdrawn,
back in draft or deleted). A reference that changes twice within one page is served once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import event, func, select
from sqlalchemy.engine import Connection

from ...extensions import db
from ...models import Article, IndexOutbox, utcnow
from ...models_commons import CommonsChange
from ...urls import external_url

CURSOR_RE = re.compile(r"^\d{1,18}$")
DEFAULT_LIMIT = 100
MAX_LIMIT = 500
_installed = False


class FeedError(ValueError):
    """A bad request to the feed; the message is Dutch and safe to return."""


def install_listeners() -> None:
    """Log every own-article index change in the change log, in the same transaction (called by create_app)."""
    global _installed
    if _installed:
        return
    event.listen(IndexOutbox, "after_insert", _log_change)
    _installed = True


def _log_change(_mapper: Any, connection: Connection, target: IndexOutbox) -> None:
    if ":" in (target.reference or ""):  # an imported article (`<source code>:<original>`): not ours to share
        return
    connection.execute(CommonsChange.__table__.insert().values(reference=target.reference, created_at=utcnow()))


def parse_cursor(raw: str | None) -> int:
    value = (raw or "").strip()
    if not value:
        return 0
    if not CURSOR_RE.match(value):
        raise FeedError("Ongeldige cursor: gebruik de waarde van 'next' uit een eerder antwoord.")
    return int(value)


def parse_limit(raw: str | None) -> int:
    value = (raw or "").strip()
    if not value:
        return DEFAULT_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise FeedError(f"Ongeldige limit: kies een geheel getal van 1 tot en met {MAX_LIMIT}.")
    return int(value)


@dataclass
class Page:
    since: int
    next: int
    more: bool
    changes: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"since": str(self.since), "next": str(self.next), "more": self.more, "changes": self.changes}

    def body_and_etag(self) -> tuple[bytes, str]:
        body = json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
        return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat() + "Z"
    return value.isoformat()


def page(since: int, limit: int) -> Page:
    """The changes after `since`, at most `limit` references, only over a contiguous run of change ids."""
    top = db.session.execute(select(func.max(CommonsChange.id))).scalar_one() or 0
    if since > top:
        raise FeedError("Onbekende cursor: deze bron kent die positie niet (meer). Begin opnieuw zonder since.")
    grace = dt.timedelta(seconds=float(current_app.config.get("COMMONS_GAP_GRACE_SECONDS", 120)))
    cutoff = utcnow() - grace
    rows = db.session.execute(
        select(CommonsChange.id, CommonsChange.reference, CommonsChange.created_at)
        .where(CommonsChange.id > since)
        .order_by(CommonsChange.id)
        .limit(limit + 1)
    ).all()
    position, taken, more = since, [], False
    for row in rows:
        if row.id != position + 1 and row.created_at > cutoff:
            break  # a lower id may still be committed by a transaction in flight
        if len(taken) == limit:
            more = True
            break
        taken.append(row)
        position = row.id
    last: dict[str, Any] = {}
    for row in taken:  # the last change of a reference in this page decides its place
        last.pop(row.reference, None)
        last[row.reference] = row
    articles = {
        a.reference: a
        for a in db.session.execute(
            select(Article).where(Article.reference.in_(list(last)), Article.source_id.is_(None))
        ).scalars()
    }
    changes = [_change(ref, row.created_at, articles.get(ref)) for ref, row in last.items()]
    return Page(since=since, next=position, more=more, changes=changes)


def _change(reference: str, changed_at: dt.datetime, article: Article | None) -> dict[str, Any]:
    url = external_url("kb.article", reference=reference)
    if article is None or article.status != "published":
        return {"reference": reference, "status": "withdrawn", "updated_at": _iso(changed_at), "url": url}
    return {
        "reference": article.reference,
        "status": "published",
        "updated_at": _iso(article.updated_at),
        "url": url,
        "title": article.title,
        "theme": article.theme or "",
        "department": article.department or "",
        "outcome": article.outcome or "",
        "year": article.year,
        "published_at": _iso(article.published_at),
        "body": article.body,
    }
