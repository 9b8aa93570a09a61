"""Imported articles the anonymizer had findings in wait here ("held") until an admin releases or rejects them."""

from __future__ import annotations

from sqlalchemy import select

from ...extensions import db
from ...models import Article, User
from .. import audit, knowledge
from .sources import CommonsError


def held_articles() -> list[Article]:
    """Held imported articles, oldest first (for the back office)."""
    stmt = select(Article).where(Article.source_id.is_not(None), Article.status == "held").order_by(Article.id)
    return list(db.session.execute(stmt).scalars())


def _held(article_id: int, user: User) -> Article:
    if not user.is_admin:
        raise CommonsError("Alleen een beheerder kan dit artikel vrijgeven of weigeren.")
    article = db.session.get(Article, article_id)
    if article is None or article.source_id is None or article.status != "held":
        raise CommonsError("Dit artikel wacht niet (meer) op een beslissing.")
    return article


def release_held(article_id: int, user: User) -> Article:
    """Show the held article after all (the admin judged the findings harmless); audited."""
    article = _held(article_id, user)
    article.status = "published"
    knowledge.enqueue(article.reference, "upsert")
    audit.record(user, "commons.release", article, reference=article.reference)
    db.session.commit()
    return article


def reject_held(article_id: int, user: User) -> str:
    """Do not show the held article: it is deleted here (audited) and returns only if the source changes it.

    A changed version comes in with the next sync and is checked by the anonymizer again. Returns its reference.
    """
    article = _held(article_id, user)
    reference = article.reference
    knowledge.enqueue(reference, "delete")
    audit.record(user, "commons.reject", article, reference=reference, source_reference=article.source_reference)
    db.session.delete(article)
    db.session.commit()
    return reference
