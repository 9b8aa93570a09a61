"""Imported articles the anonymizer had findings in wait here ("held") until an admin releases or rejects them.

An admin can also hide a published imported article (something the checks missed): it goes the way of a
rejected one.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

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
    _drop(article, user, "commons.reject")
    return reference


def _drop(article: Article, user: User, action: str, **detail: object) -> None:
    """Delete an imported article here and from the index (audited); it returns only if its source changes it."""
    knowledge.enqueue(article.reference, "delete")
    audit.record(
        user, action, article, reference=article.reference, source_reference=article.source_reference, **detail
    )
    db.session.delete(article)
    db.session.commit()


def reference_from(text: str) -> str:
    """The local reference in what an admin pasted: the reference itself or the article page's address."""
    text = text.strip()
    if "://" in text or text.startswith("/"):
        path = urlsplit(text).path.rstrip("/")
        text = unquote(path.rsplit("/", 1)[-1])
    return text


def hide_imported(text: str, user: User) -> Article:
    """Take an imported article out of our knowledge base (deleted here, audited), like a rejected held one.

    It returns only when its source changes it, and then passes the anonymizer again. Own articles are withdrawn
    in the publication workflow instead. Returns the (deleted, detached) article for the confirmation message.
    """
    if not user.is_admin:
        raise CommonsError("Alleen een beheerder kan een artikel van een andere gemeente verbergen.")
    reference = reference_from(text)
    article = db.session.execute(select(Article).where(Article.reference == reference)).scalar_one_or_none()
    if article is None and reference:  # the source's own reference, as the article page shows it
        same = list(
            db.session.execute(
                select(Article).where(Article.source_id.is_not(None), Article.source_reference == reference).limit(2)
            ).scalars()
        )
        if len(same) > 1:
            raise CommonsError("Meer gemeenten gebruiken dit kenmerk. Plak het adres van de pagina van het artikel.")
        article = same[0] if same else None
    if article is None or reference == "":
        raise CommonsError(
            "Er is geen artikel met dit kenmerk in onze kennisbank. Kijk of u het goed heeft overgenomen."
        )
    if article.source_id is None:
        raise CommonsError(
            "Dit is een artikel van onze eigen gemeente. Trek het in bij Publicatie, dan blijft het werk bewaard."
        )
    _drop(article, user, "commons.hide", status=article.status)
    return article
