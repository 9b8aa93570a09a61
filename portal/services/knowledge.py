"""Knowledge base in the portal: articles in the database (the source of truth), the index as a cache.

Every article change writes an outbox row in the same transaction; one writer (a background thread
holding a file lock, or `flask kb worker`) applies the outbox to the Whoosh index. Web workers only read.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy import func, select

from knowledgebase import ArticleDoc, SearchIndex, SearchQuery, SearchResult

__all__ = ["SearchQuery", "SearchResult"]

from ..extensions import db
from ..models import Article, IndexOutbox, utcnow

log = logging.getLogger(__name__)
OUTCOMES = ("opgelost", "deels opgelost", "niet opgelost", "doorverwezen")
REFERENCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_INDEXES: dict[str, SearchIndex] = {}


def index() -> SearchIndex:
    path = current_app.config["INDEX_DIR"]
    if path not in _INDEXES:
        _INDEXES[path] = SearchIndex(path)
    return _INDEXES[path]


def to_doc(article: Article) -> ArticleDoc:
    return ArticleDoc(reference=article.reference, title=article.title, body=article.body,
                      theme=article.theme, department=article.department, outcome=article.outcome,
                      year=article.year, published=article.published_at)


def published() -> Iterator[Article]:
    stmt = select(Article).where(Article.status == "published").order_by(Article.id)
    yield from db.session.execute(stmt.execution_options(yield_per=500)).scalars()


def get_published(reference: str) -> Article | None:
    return db.session.execute(
        select(Article).where(Article.reference == reference, Article.status == "published")
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


def _validate(raw: dict, line_no: int) -> dict:  # type: ignore[type-arg]
    ref = str(raw.get("id", "")).strip()
    if not REFERENCE_RE.match(ref):
        raise ImportError_(f"regel {line_no}: ongeldig of ontbrekend id")
    title = str(raw.get("title", "")).strip()
    body = str(raw.get("body", "")).strip()
    if not title or not body:
        raise ImportError_(f"regel {line_no}: title en body zijn verplicht")
    try:
        year = int(raw.get("year"))  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ImportError_(f"regel {line_no}: year is geen jaartal") from exc
    if not 1900 <= year <= 2100:
        raise ImportError_(f"regel {line_no}: year buiten bereik")
    return {"reference": ref, "title": title[:300], "body": body, "theme": str(raw.get("theme") or "")[:120],
            "department": str(raw.get("department") or "")[:120], "outcome": str(raw.get("outcome") or "")[:30],
            "year": year}


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
        if article is None:
            article = Article(status="published", published_at=dt.date(fields["year"], 12, 31)
                              if fields["year"] < dt.date.today().year else dt.date.today(), **fields)
            db.session.add(article)
            report.created += 1
        elif any(getattr(article, k) != v for k, v in fields.items()) or article.status != "published":
            for key, value in fields.items():
                setattr(article, key, value)
            article.status = "published"
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


# --- the single index writer ---------------------------------------------------------------------------------

@contextmanager
def writer_lock(blocking: bool = True) -> Iterator[bool]:
    """An exclusive file lock: only its holder writes the index (Whoosh allows one writer)."""
    folder = Path(current_app.config["INDEX_DIR"])
    folder.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(str(folder.parent / "index.writer.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def process_outbox(limit: int = 1000) -> int:
    """Apply pending outbox rows to the index. Call only while holding writer_lock()."""
    rows = db.session.execute(
        select(IndexOutbox).where(IndexOutbox.applied_at.is_(None)).order_by(IndexOutbox.id).limit(limit)
    ).scalars().all()
    if not rows:
        return 0
    refs = {r.reference for r in rows}
    articles = {a.reference: a for a in db.session.execute(
        select(Article).where(Article.reference.in_(refs))).scalars()}
    upserts, deletes = [], []
    for ref in refs:  # the database decides: published now means upsert, anything else delete
        article = articles.get(ref)
        if article is not None and article.status == "published":
            upserts.append(to_doc(article))
        else:
            deletes.append(ref)
    index().apply(upserts=upserts, deletes=deletes)
    now = utcnow()
    for row in rows:
        row.applied_at = now
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
        select(func.count(Article.id)).where(Article.status == "published")
    ).scalar_one()


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the whole index from the database; marks the outbox applied."""
    started = utcnow()
    count = index().rebuild((to_doc(a) for a in published()), progress=progress)
    db.session.execute(
        IndexOutbox.__table__.update().where(IndexOutbox.applied_at.is_(None), IndexOutbox.created_at <= started)
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
    if ix.exists():
        drain_outbox()
    if not ix.exists() or ix.doc_count() != published_count():
        rebuild()
        return "rebuilt"
    return "current"


def start_writer_thread(app: Flask, interval: float = 2.0) -> None:
    """Embedded single writer: the first process to take the lock applies the outbox every few seconds."""

    def loop() -> None:
        with app.app_context():
            with writer_lock(blocking=True):
                log.info("Search index writer started in process %s", os.getpid())
                try:
                    ensure_index_locked()
                except Exception:  # noqa: BLE001
                    log.exception("Index check failed")
                while True:
                    try:
                        process_outbox()
                    except Exception:  # noqa: BLE001 - keep the writer alive; the outbox keeps the work
                        log.exception("Applying the index outbox failed")
                        db.session.rollback()
                    finally:
                        db.session.remove()
                    time.sleep(interval)

    threading.Thread(target=loop, name="index-writer", daemon=True).start()


def search(query: SearchQuery) -> SearchResult:
    return index().search(query)


def facet_values() -> dict[str, list[str]]:
    """Distinct filter values from the database, for the search form."""
    out: dict[str, list[str]] = {}
    for name in ("theme", "department", "outcome", "year"):
        col = getattr(Article, name)
        values = db.session.execute(
            select(col).where(Article.status == "published").distinct().order_by(col)
        ).scalars().all()
        out[name] = [str(v) for v in values if v not in (None, "")]
    return out
