"""Where an indexed article comes from (the commons): its source municipality, for the index and the filter.

Own articles carry our own municipality (PORTAL_MUNICIPALITY); followed ones their portal's name.
"""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Article
from ..models_commons import CommonsSource
from ..models_enums import ArticleStatus


def source_names() -> dict[int, str]:
    """Followed portals' municipality names by source id (for indexing many articles at once)."""
    return {sid: name for sid, name in db.session.execute(select(CommonsSource.id, CommonsSource.name))}


def municipality_of(article: Article, names: dict[int, str] | None = None) -> str:
    """The article's source municipality: the followed portal's name, or our own for an own article."""
    if article.source_id is None:
        return str(current_app.config.get("MUNICIPALITY") or "")
    if names is not None and article.source_id in names:
        return names[article.source_id]
    return article.source.name if article.source is not None else ""


def municipality_options() -> list[str]:
    """Our own municipality and every followed one with published articles, for the "gemeente" filter."""
    followed = (
        db.session.execute(
            select(CommonsSource.name)
            .where(
                select(Article.id)
                .where(Article.source_id == CommonsSource.id, Article.status == ArticleStatus.PUBLISHED)
                .exists()
            )
            .distinct()
            .order_by(CommonsSource.name)
        )
        .scalars()
        .all()
    )
    own = str(current_app.config.get("MUNICIPALITY") or "")
    others = [name for name in followed if name and name != own]
    return [own, *others] if own else others
