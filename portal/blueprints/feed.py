"""Atom feed of this municipality's newly published knowledge-base articles.

Articles imported from followed portals (the commons) are not in it: their source publishes its own feed, and an
entry here would present another municipality's article as ours.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator
from flask import Blueprint, Response, current_app
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from knowledgebase import plain_text

from ..extensions import db
from ..models import Article
from ..models_enums import ArticleStatus
from ..urls import external_url

bp = Blueprint("feed", __name__)
FEED_SIZE = 50
SUMMARY_SOURCE = 4000  # characters of Markdown read for a 400-character summary (plain_text is linear)


def _aware(day: dt.date | None, fallback: dt.datetime) -> dt.datetime:
    if day is None:
        return fallback.replace(tzinfo=dt.UTC)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


@bp.route("/feed.atom")
def atom() -> ResponseReturnValue:
    articles = (
        db.session.execute(
            select(Article)
            .where(Article.status == ArticleStatus.PUBLISHED, Article.source_id.is_(None))
            .order_by(Article.published_at.desc(), Article.id.desc())
            .limit(FEED_SIZE)
        )
        .scalars()
        .all()
    )
    fg = FeedGenerator()
    fg.id(external_url("kb.search"))
    fg.title(f"Kennisbank Verzoek tot Afstemming – {current_app.config['MUNICIPALITY']}")
    fg.subtitle("Nieuwe opgeloste zaken, zonder namen. CC BY 4.0.")
    fg.link(href=external_url("feed.atom"), rel="self")
    fg.link(href=external_url("kb.search"), rel="alternate")
    fg.language("nl")
    # RFC 4287 4.1.1: a feed names its author unless every entry does (feed validators reject it otherwise).
    fg.author(name=current_app.config["MUNICIPALITY"], uri=external_url("public.home"))
    fg.rights("CC BY 4.0 – https://creativecommons.org/licenses/by/4.0/")
    newest = dt.datetime(2000, 1, 1)
    for article in reversed(articles):  # feedgen prepends entries
        entry = fg.add_entry()
        url = external_url("kb.article", reference=article.reference)
        entry.id(url)
        entry.title(article.title)
        entry.link(href=url)
        stamp = _aware(article.published_at, article.created_at)
        entry.published(stamp)
        entry.updated(_aware(None, article.updated_at) if article.updated_at else stamp)
        entry.summary(plain_text(article.body[:SUMMARY_SOURCE])[:400])
        entry.category(term=article.theme or "onbekend", label=article.theme or "Onbekend")
        newest = max(newest, article.updated_at or article.created_at)
    fg.updated(newest.replace(tzinfo=dt.UTC))
    return Response(fg.atom_str(pretty=True), mimetype="application/atom+xml")
