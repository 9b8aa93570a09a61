"""Knowledge base in the portal: articles in the database (the source of truth), the index as a cache.

Every article change writes an outbox row in the same transaction; one writer per index copy (a background
thread that takes a file lock each round, or `flask kb worker`) applies the outbox to the Whoosh index. Web
workers only read.

Several hosts: each host keeps its own index copy (its own data folder) and its own single writer. Where a copy
stands in the shared outbox is a row in `index_cursor` (keyed by the copy's host id), so every copy applies
every change. Outbox ids are not always committed in id order on PostgreSQL (a transaction that took id 10 may
commit after one that took id 11), so the cursor only moves over a contiguous run of applied ids; a hole is
skipped once the row after it is older than INDEX_GAP_GRACE_SECONDS (the transaction was rolled back).
Rows above the cursor that this process already applied are remembered, so none is applied twice in a row.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import socket
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from sqlalchemy import Connection, event, func, inspect, select
from sqlalchemy.orm import Mapper

from knowledgebase import ArticleDoc, SearchIndex, SearchQuery, SearchResult
from knowledgebase.commons import COMMONS_FIELDS
from knowledgebase.render import MarkdownRefused, render_checked, render_markdown

__all__ = ["SearchQuery", "SearchResult"]

from .. import background
from ..extensions import db
from ..models import Article, IndexOutbox, utcnow
from ..models_enums import ArticleStatus
from ..models_index import IndexCursor
from .kbsources import municipality_of, municipality_options, source_names
from .locks import file_lock

log = logging.getLogger(__name__)
OUTCOMES = ("opgelost", "deels opgelost", "niet opgelost", "doorverwezen")
REFERENCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_INDEXES: dict[str, SearchIndex] = {}
_HOSTS: dict[str, str] = {}
# Per index copy: outbox ids above its cursor that this process has applied (id -> created_at).
_APPLIED: dict[str, dict[int, dt.datetime]] = {}


def index() -> SearchIndex:
    path = current_app.config["INDEX_DIR"]
    if path not in _INDEXES:
        _INDEXES[path] = SearchIndex(path)
    return _INDEXES[path]


def to_doc(article: Article, names: dict[int, str] | None = None) -> ArticleDoc:
    return ArticleDoc(
        reference=article.reference,
        title=article.title,
        body=article.body,
        theme=article.theme,
        department=article.department,
        outcome=article.outcome,
        year=article.year,
        published=article.published_at,
        municipality=municipality_of(article, names),
        own=article.source_id is None,
    )


def published(own_only: bool = False) -> Iterator[Article]:
    """Published articles by id; `own_only` leaves out those imported from followed portals (the commons)."""
    stmt = select(Article).where(Article.status == ArticleStatus.PUBLISHED).order_by(Article.id)
    if own_only:
        stmt = stmt.where(Article.source_id.is_(None))
    yield from db.session.execute(stmt.execution_options(yield_per=500)).scalars()


def get_published(reference: str) -> Article | None:
    return db.session.execute(
        select(Article).where(Article.reference == reference, Article.status == ArticleStatus.PUBLISHED)
    ).scalar_one_or_none()


def enqueue(reference: str, op: str) -> None:
    """Add an index change to the current transaction (the caller commits)."""
    db.session.add(IndexOutbox(reference=reference, op=op))


# --- import ------------------------------------------------------------------------------------------------


class ImportError_(ValueError):
    pass


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] | None = None


def _validate(raw: dict[str, Any], line_no: int) -> dict[str, Any]:
    ref = str(raw.get("id", "")).strip()
    if not REFERENCE_RE.match(ref):
        raise ImportError_(f"regel {line_no}: ongeldig of ontbrekend id")
    title = str(raw.get("title", "")).strip()
    body = str(raw.get("body", "")).strip()
    if not title or not body:
        raise ImportError_(f"regel {line_no}: title en body zijn verplicht")
    try:
        year = int(raw.get("year"))
    except (TypeError, ValueError) as exc:
        raise ImportError_(f"regel {line_no}: year is geen jaartal") from exc
    if not 1900 <= year <= 2100:
        raise ImportError_(f"regel {line_no}: year buiten bereik")
    fields = {
        "reference": ref,
        "title": title[:300],
        "body": body,
        "theme": str(raw.get("theme") or "")[:120],
        "department": str(raw.get("department") or "")[:120],
        "outcome": str(raw.get("outcome") or "")[:30],
        "year": year,
    }
    if any("\x00" in value for value in fields.values() if isinstance(value, str)):
        raise ImportError_(f"regel {line_no} ({ref}): bevat een NUL-teken; niet geïmporteerd")
    return fields


def _rendered(article: Article | None, body: str, line_no: int, ref: str) -> str:
    """The body's HTML, rendered once here (only when the body is new or changed); pages show the stored result."""
    if article is not None and article.body == body and article.body_html is not None:
        return article.body_html
    try:
        return render_checked(body)
    except MarkdownRefused as err:
        raise ImportError_(f"regel {line_no} ({ref}): body niet geïmporteerd. {err}") from None


def import_jsonl(lines: Iterable[str], progress: Callable[[int], None] | None = None) -> ImportReport:
    """Create or update articles from JSON lines; `id` becomes the public reference. Never duplicates."""
    report = ImportReport(errors=[])
    batch = 0
    for line_no, line in enumerate(lines, 1):
        if progress:
            progress(1)
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise ImportError_(f"regel {line_no}: geen JSON-object")
            fields = _validate(raw, line_no)
        except (json.JSONDecodeError, ImportError_) as err:
            report.errors.append(str(err) if isinstance(err, ImportError_) else f"regel {line_no}: geen geldige JSON")
            continue
        article = db.session.execute(
            select(Article).where(Article.reference == fields["reference"])
        ).scalar_one_or_none()
        try:
            fields["body_html"] = _rendered(article, fields["body"], line_no, fields["reference"])
        except ImportError_ as err:
            report.errors.append(str(err))
            continue
        if article is None:
            article = Article(
                status=ArticleStatus.PUBLISHED,
                published_at=dt.date(fields["year"], 12, 31)
                if fields["year"] < dt.date.today().year
                else dt.date.today(),
                **fields,
            )
            db.session.add(article)
            report.created += 1
        elif any(getattr(article, k) != v for k, v in fields.items()) or article.status != ArticleStatus.PUBLISHED:
            for key, value in fields.items():
                setattr(article, key, value)
            article.status = ArticleStatus.PUBLISHED
            report.updated += 1
        else:
            report.unchanged += 1
            continue
        enqueue(fields["reference"], "upsert")
        batch += 1
        if batch >= 500:
            db.session.commit()
            batch = 0
    db.session.commit()
    return report


@event.listens_for(Article, "before_insert")
@event.listens_for(Article, "before_update")
def _keep_body_html(_mapper: Mapper[Article], _connection: Connection, article: Article) -> None:
    """Whoever changes an article's body without rendering it (demo data, scripts) still stores its HTML.

    The publication workflow and the import render with the refusing renderer themselves; this one never
    refuses (refused Markdown is stored as escaped text) and never runs on a page view.
    """
    state = inspect(article)
    if state.attrs.body_html.history.has_changes():
        return
    if state.attrs.body.history.has_changes() or (article.body and article.body_html is None):
        article.body_html = render_markdown(article.body or "")


# --- the single index writer ---------------------------------------------------------------------------------


@contextmanager
def writer_lock(blocking: bool = True) -> Iterator[bool]:
    """An exclusive file lock: only its holder writes the index (Whoosh allows one writer)."""
    folder = Path(current_app.config["INDEX_DIR"])
    folder.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(folder.parent / "index.writer.lock", blocking) as held:
        yield held


def index_host() -> str:
    """The name of this index copy in `index_cursor`: PORTAL_INDEX_HOST, else `<hostname>-<random>`.

    The generated name is kept next to the index (`index.host`); a data folder copied to another machine
    gets a new name (and so rebuilds its index) instead of sharing the original's position.
    """
    folder = Path(current_app.config["INDEX_DIR"])
    configured = current_app.config.get("INDEX_HOST")
    if configured:
        return str(configured)[:120]
    key = str(folder)
    if key in _HOSTS:
        return _HOSTS[key]
    hostname = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname())[:100] or "host"
    id_file = folder.parent / f"{folder.name}.host"
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        name = id_file.read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    if not name or name.rsplit("-", 1)[0] != hostname:
        fresh = f"{hostname}-{uuid.uuid4().hex[:8]}"
        tmp = id_file.with_name(f".{id_file.name}.{uuid.uuid4().hex[:8]}")
        tmp.write_text(fresh + "\n", encoding="utf-8")
        try:
            if name:  # copied from another machine: replace
                os.replace(tmp, id_file)
            else:  # first start: exactly one process creates it, the others read the winner's name
                try:
                    os.link(tmp, id_file)
                except FileExistsError:
                    pass
        finally:
            tmp.unlink(missing_ok=True)
        name = id_file.read_text(encoding="utf-8").strip()
    _HOSTS[key] = name
    return name


def _grace() -> dt.timedelta:
    return dt.timedelta(seconds=float(current_app.config.get("INDEX_GAP_GRACE_SECONDS", 300)))


def _cursor(host: str, create: bool = True) -> IndexCursor | None:
    row = db.session.get(IndexCursor, host)
    if row is None and create:
        row = IndexCursor(host=host, last_outbox_id=0)
        db.session.add(row)
    return row


def _advance(position: int, applied: dict[int, dt.datetime]) -> int:
    """Move over applied ids while they are contiguous; a hole blocks until the row above it is old."""
    cutoff = utcnow() - _grace()
    for oid in sorted(applied):
        if oid <= position:
            continue
        if oid != position + 1 and applied[oid] > cutoff:
            break  # a transaction holding a lower id may still commit
        position = oid
    return position


def _apply_rows(rows: list[IndexOutbox]) -> None:
    refs = {r.reference for r in rows}
    articles = {
        a.reference: a for a in db.session.execute(select(Article).where(Article.reference.in_(refs))).scalars()
    }
    upserts, deletes = [], []
    names = source_names()
    for ref in sorted(refs):  # the database decides: published now means upsert, anything else delete
        article = articles.get(ref)
        if article is not None and article.status == ArticleStatus.PUBLISHED:
            upserts.append(to_doc(article, names))
        else:
            deletes.append(ref)
    index().apply(upserts=upserts, deletes=deletes)


def process_outbox(limit: int = 1000) -> int:
    """Apply this index copy's pending outbox rows. Call only while holding writer_lock()."""
    host = index_host()
    cursor = _cursor(host)
    position = cursor.last_outbox_id or 0
    applied = _APPLIED.setdefault(host, {})
    for oid in [o for o in applied if o <= position]:
        del applied[oid]
    high = max(applied, default=position)
    rows: list[IndexOutbox] = []
    if high > position:  # rows committed late, below ids already applied
        late = [
            oid
            for oid in db.session.execute(
                select(IndexOutbox.id).where(IndexOutbox.id > position, IndexOutbox.id <= high)
            ).scalars()
            if oid not in applied
        ]
        if late:
            rows += db.session.execute(select(IndexOutbox).where(IndexOutbox.id.in_(late))).scalars().all()
    rows += (
        db.session.execute(select(IndexOutbox).where(IndexOutbox.id > high).order_by(IndexOutbox.id).limit(limit))
        .scalars()
        .all()
    )
    if rows:
        _apply_rows(rows)
        now = utcnow()
        for row in rows:
            applied[row.id] = row.created_at
            if row.applied_at is None:  # first copy to apply it; kept for monitoring the lag
                row.applied_at = now
    new_position = _advance(position, applied)
    if new_position != position:
        cursor.last_outbox_id = new_position
        for oid in [o for o in applied if o <= new_position]:
            del applied[oid]
    db.session.commit()
    return len(rows)


def drain_outbox() -> int:
    total = 0
    while True:
        done = process_outbox()
        total += done
        if done == 0:
            return total


def published_count() -> int:
    return db.session.execute(
        select(func.count(Article.id)).where(Article.status == ArticleStatus.PUBLISHED)
    ).scalar_one()


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Rebuild this index copy from the database and set its cursor to the outbox rows the rebuild covers."""
    host = index_host()
    cutoff = utcnow() - _grace()
    # Rows committed before the articles are read are covered by the rebuild: the settled ones (older than
    # the grace period) by one number, the recent ones one by one (holes among them may still fill).
    settled = (
        db.session.execute(select(func.max(IndexOutbox.id)).where(IndexOutbox.created_at <= cutoff)).scalar_one() or 0
    )
    recent = dict(
        db.session.execute(select(IndexOutbox.id, IndexOutbox.created_at).where(IndexOutbox.id > settled)).all()
    )
    db.session.commit()  # a fresh snapshot for the articles (PostgreSQL: READ COMMITTED per statement anyway)
    names = source_names()
    count = index().rebuild((to_doc(a, names) for a in published()), progress=progress)
    position = _advance(settled, recent)
    _APPLIED[host] = {oid: at for oid, at in recent.items() if oid > position}
    cursor = _cursor(host)
    cursor.last_outbox_id = position
    top = max(recent, default=settled)
    db.session.execute(
        IndexOutbox.__table__.update()
        .where(IndexOutbox.applied_at.is_(None), IndexOutbox.id <= top)
        .values(applied_at=utcnow())
    )
    db.session.commit()
    return count


def ensure_index() -> str:
    """Rebuild a missing or stale index, apply the outbox; "busy" when another process is the writer."""
    with writer_lock(blocking=False) as got:
        return ensure_index_locked() if got else "busy"


def ensure_index_locked() -> str:
    ix = index()
    # An index built before the commons lacks the source fields: rebuilt once, so the facet covers every article.
    if ix.exists() and ix.has_fields(COMMONS_FIELDS) and _cursor(index_host(), create=False) is not None:
        drain_outbox()
        if ix.doc_count() == published_count():
            return "current"
    rebuild()
    return "rebuilt"


def start_writer_thread(app: Flask, interval: float = 2.0, check_every: float = 300.0) -> None:
    """Embedded single writer: each round, whichever process gets the lock applies the outbox.

    The lock is taken per round (never held while sleeping), so `flask kb import` or `kb reindex` on the same
    host get their turn within one round. Every `check_every` seconds the index is compared with the database.
    """
    last_check: float | None = None

    def write_round() -> None:
        nonlocal last_check
        with writer_lock(blocking=False) as got:
            if not got:
                return
            if last_check is None or time.monotonic() - last_check >= check_every:
                if ensure_index_locked() == "rebuilt":
                    log.info("Search index rebuilt in process %s", os.getpid())
                last_check = time.monotonic()
            else:
                drain_outbox()

    background.start(app, "index-writer", write_round, interval, "Applying the index outbox failed")


def start_warmer_thread(app: Flask, interval: float = 2.0) -> None:
    """Keep this process's searcher warm in the background, whatever process writes the index.

    Each round opens or refreshes the searcher and loads its caches (columns, facets, lexicon), so a new
    index generation or applied changes are loaded here instead of in the first resident's query.
    """
    background.start(app, "index-warmer", lambda: index().warm(), interval, "Warming the search index failed")


def search(query: SearchQuery) -> SearchResult:
    return index().search(query)


def facet_values() -> dict[str, list[str]]:
    """Distinct filter values for the search form: from the live index (no query per page view; 220 ms at 100,000
    articles from the database), or from the database when there is no index yet."""
    from_index = index().facet_options()
    if from_index is not None:
        return {**from_index, "municipality": municipality_options()}
    out: dict[str, list[str]] = {}
    for name in ("theme", "department", "outcome", "year"):
        col = getattr(Article, name)
        values = (
            db.session.execute(select(col).where(Article.status == ArticleStatus.PUBLISHED).distinct().order_by(col))
            .scalars()
            .all()
        )
        out[name] = [str(v) for v in values if v not in (None, "")]
    out["municipality"] = municipality_options()
    return out
