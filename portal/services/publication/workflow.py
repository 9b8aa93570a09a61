"""The workflow steps: eligible requests, draft, save, submit, send back, publish, withdraw, the overview."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ... import labels
from ...extensions import db
from ...models import Article, Request, User, utcnow
from ...models_enums import ArticleStatus
from .. import audit, knowledge
from .check import publication_findings
from .cleaning import CleanField, assemble_body, clean_fields, render_body
from .record import context_for, normalize_text
from .rules import (
    ARTICLE_STATUSES,
    DRAFT_PREFIX,
    ELIGIBLE_STATUSES,
    FIELD_NAMES,
    FIELDS,
    KEY_RE,
    OUTCOME_WORDS,
    REFERENCE_RE,
    WORKFLOW_STATUSES,
    FormattingRefused,
    NotAllowed,
    PublicationError,
    PublicationRefused,
)

# --- workflow steps ------------------------------------------------------------------------------------------


def eligible_requests(limit: int = 200) -> list[Request]:
    """Requests that may become an article: eligible status, consent, and no article yet."""
    has_article = select(Article.id).where(Article.request_id == Request.id).exists()
    stmt = (
        select(Request)
        .where(Request.status.in_(ELIGIBLE_STATUSES), Request.consent_publication.is_(True), ~has_article)
        .order_by(Request.resolved_at.desc().nulls_last(), Request.id.desc())
        .limit(limit)
    )
    return list(db.session.execute(stmt).scalars())


def article_for_request(request_id: int) -> Article | None:
    return db.session.execute(
        select(Article).where(Article.request_id == request_id).order_by(Article.id).limit(1)
    ).scalar_one_or_none()


def check_eligible(req: Request) -> None:
    if not req.consent_publication:
        raise PublicationError(
            "De bewoner heeft geen toestemming gegeven voor publicatie. Van dit verzoek "
            "kan geen kennisbankartikel worden gemaakt."
        )
    if req.status not in ELIGIBLE_STATUSES:
        raise PublicationError(
            f"Van een verzoek met status '{labels.STATUSES.get(req.status, req.status)}' kan nog geen artikel "
            "worden gemaakt. Dat kan bij de status opgelost, niet opgelost, doorverwezen of afgerond."
        )


def outcome_word(req: Request) -> str:
    if req.outcome in OUTCOME_WORDS:
        return OUTCOME_WORDS[req.outcome]
    return OUTCOME_WORDS.get(req.status, "")


def prefill(req: Request) -> dict[str, str]:
    """The request's own words as a starting point (anonymised before anything is stored)."""
    wanted = (req.desired_outcome or "").strip()
    coordination = [f"De bewoner wilde: {wanted}" if wanted else ""]
    for a in req.agreements:
        who = a.department.name if a.department else "De gemeente"
        status = labels.AGREEMENT_STATUSES.get(a.status, a.status).lower()
        coordination.append(f"- Afspraak: {a.description.strip()} ({who}, {a.promised_by_role}; {status})")
    outcome = (req.outcome_summary or "").strip()
    if req.referral_route:
        route = labels.ROUTES.get(req.referral_route, req.referral_route)
        outcome = "\n\n".join(
            p for p in [outcome, f"Doorverwezen naar: {route}. {req.referral_reason or ''}".strip()] if p
        )
    return {
        "title": "",
        "situation": (req.what_happened or "").strip(),
        "coordination": "\n".join(line for line in coordination if line),
        "outcome_text": outcome,
        "lesson": "",
    }


def create_draft(req: Request, author: User) -> tuple[Article, bool]:
    """A draft for `req` by `author`; a second call (replayed form) returns the existing article."""
    existing = article_for_request(req.id)
    if existing is not None:
        return existing, False
    check_eligible(req)
    cleaned = clean_fields(prefill(req), context_for(req))
    article = Article(
        reference=f"{DRAFT_PREFIX}{req.id}",
        status=ArticleStatus.DRAFT,
        request_id=req.id,
        author_id=author.id,
        theme=req.theme.name if req.theme else "",
        department=req.department.name if req.department else "",
        outcome=outcome_word(req),
        year=req.received_at.year,
        published_at=None,
        **{name: cleaned[name].text for name in FIELD_NAMES},
    )
    article.body = assemble_body(article)
    render_body(article)  # a refusal shows when the mediator saves or submits
    db.session.add(article)
    try:
        db.session.flush()
        audit.record(
            author,
            "article.create",
            article,
            request=req.id,
            replaced=sum(len(c.replacements) for c in cleaned.values()),
        )
        db.session.commit()
    except IntegrityError:  # the same form arrived twice at the same moment
        db.session.rollback()
        existing = article_for_request(req.id)
        if existing is None:
            raise
        return existing, False
    return article, True


def can_edit(article: Article, user: User) -> bool:
    return article.status == ArticleStatus.DRAFT and article.author_id == user.id


def require_editor(article: Article, user: User) -> None:
    if article.author_id != user.id:
        raise NotAllowed("Alleen de schrijver van dit artikel kan het bewerken.")
    if article.status != ArticleStatus.DRAFT:
        raise PublicationError(
            f"Dit artikel is {ARTICLE_STATUSES.get(article.status, article.status).lower()} "
            "en kan nu niet worden bewerkt."
        )


def save_draft(
    article: Article,
    user: User,
    raw: dict[str, str],
    restore: dict[str, set[str]],
    extra_words: list[str],
    extra_placeholder: str = "[weggelaten]",
) -> dict[str, CleanField]:
    """Anonymise the mediator's text and store only the result."""
    require_editor(article, user)
    req = db.session.get(Request, article.request_id) if article.request_id else None
    restore = {name: {k for k in keys if KEY_RE.match(k)} for name, keys in restore.items() if name in FIELD_NAMES}
    cleaned = clean_fields(
        raw, context_for(req), restore=restore, extra_words=extra_words, extra_placeholder=extra_placeholder
    )
    for name in FIELD_NAMES:
        setattr(article, name, cleaned[name].text[:300] if name == "title" else cleaned[name].text)
    article.body = assemble_body(article)
    problem = render_body(article)
    labels_count = Counter(r.label for c in cleaned.values() for r in c.replacements if not r.restored)
    audit.record(
        user,
        "article.save",
        article,
        replaced=dict(labels_count),
        restored=sum(r.restored for c in cleaned.values() for r in c.replacements) or None,
    )
    db.session.commit()
    if problem:  # stored all the same: nothing the mediator wrote is lost
        raise FormattingRefused(f"Het concept is opgeslagen, maar kan zo niet worden ingediend. {problem}", cleaned)
    return cleaned


def _require_rendered(article: Article) -> None:
    """Render again (the stored HTML is then current) and refuse while the Markdown is refused."""
    problem = render_body(article)
    if problem:
        db.session.rollback()
        raise FormattingRefused(f"{problem} Pas de tekst aan en sla het concept opnieuw op.")


def submit(article: Article, user: User) -> None:
    require_editor(article, user)
    missing = [label for name, label in FIELDS if not (getattr(article, name) or "").strip()]
    if missing:
        raise PublicationError("Vul eerst alle onderdelen in en sla op. Nog leeg: " + ", ".join(missing) + ".")
    findings = publication_findings(article)
    if findings:
        raise PublicationRefused(findings)
    _require_rendered(article)
    _move(article, ArticleStatus.DRAFT, ArticleStatus.REVIEW, submitted_at=utcnow(), body_html=article.body_html)
    audit.record(user, "article.submit", article)
    db.session.commit()


def require_reviewer(article: Article, user: User) -> None:
    if not user.is_admin:
        raise NotAllowed("Alleen een beheerder kan artikelen beoordelen, publiceren of intrekken.")
    if article.author_id == user.id:
        raise NotAllowed(
            "U schreef dit artikel zelf. Een andere beheerder moet het beoordelen, publiceren of intrekken (vier ogen)."
        )


def send_back(article: Article, reviewer: User, note: str) -> None:
    require_reviewer(article, reviewer)
    note = normalize_text(note)
    if not note:
        raise PublicationError("Schrijf op wat de schrijver moet aanpassen.")
    if article.status != ArticleStatus.REVIEW:
        raise PublicationError("Alleen een artikel dat ter beoordeling ligt, kan worden teruggestuurd.")
    _move(article, ArticleStatus.REVIEW, ArticleStatus.DRAFT, review_note=note[:5000])
    audit.record(reviewer, "article.send_back", article)
    db.session.commit()


def next_reference(year: int) -> str:
    refs = db.session.execute(select(Article.reference).where(Article.reference.like(f"KB-{year}-%"))).scalars().all()
    numbers = [int(m.group(2)) for r in refs if (m := REFERENCE_RE.match(r)) and int(m.group(1)) == year]
    return f"KB-{year}-{(max(numbers, default=0) + 1):04d}"


def publish(article: Article, reviewer: User, today: dt.date | None = None) -> str:
    """Check once more and publish; refuses (status stays review) while anything is found."""
    require_reviewer(article, reviewer)
    if article.status != ArticleStatus.REVIEW:
        raise PublicationError("Alleen een artikel dat ter beoordeling ligt, kan worden gepubliceerd.")
    findings = publication_findings(article)
    if findings:
        audit.record(
            reviewer,
            "article.publish_refused",
            article,
            findings=len(findings),
            labels=sorted({f.label for f in findings}),
        )
        db.session.commit()
        raise PublicationRefused(findings)
    _require_rendered(article)
    body_html = article.body_html
    today = today or dt.date.today()
    article_id = article.id
    for _attempt in range(5):
        reference = next_reference(today.year)
        try:
            _move(
                article,
                ArticleStatus.REVIEW,
                ArticleStatus.PUBLISHED,
                reference=reference,
                published_at=today,
                reviewer_id=reviewer.id,
                body_html=body_html,
            )
            knowledge.enqueue(reference, "upsert")
            audit.record(reviewer, "article.publish", article, reference=reference)
            db.session.commit()
            return reference
        except IntegrityError:  # another article took this number at the same moment
            db.session.rollback()
            article = db.session.get(Article, article_id)
    raise PublicationError("Het lukte niet een kenmerk toe te kennen. Probeer het opnieuw.")


def withdraw(article: Article, reviewer: User) -> None:
    require_reviewer(article, reviewer)
    if article.status != ArticleStatus.PUBLISHED:
        raise PublicationError("Alleen een gepubliceerd artikel kan worden ingetrokken.")
    _move(article, ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN)
    knowledge.enqueue(article.reference, "delete")
    audit.record(reviewer, "article.withdraw", article, reference=article.reference)
    db.session.commit()


def _move(article: Article, from_status: str, to_status: str, **values: object) -> None:
    """Change the status only if it is still `from_status` (a replayed or concurrent POST changes nothing)."""
    result = db.session.execute(
        update(Article)
        .where(Article.id == article.id, Article.status == from_status)
        .values(status=to_status, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise PublicationError("Dit artikel is intussen al door iemand anders behandeld. Vernieuw de pagina.")
    db.session.refresh(article)


def overview() -> dict[str, list[Article]]:
    """Own articles per status for the list page (published and withdrawn: the latest 100).

    Articles imported from followed portals are not ours to edit or withdraw: they are managed under Kennis delen.
    """
    out: dict[str, list[Article]] = {}
    for status in WORKFLOW_STATUSES:
        stmt = select(Article).where(Article.status == status, Article.source_id.is_(None))
        if status in (ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN):
            stmt = stmt.order_by(Article.published_at.desc().nulls_last(), Article.id.desc()).limit(100)
        else:
            stmt = stmt.order_by(Article.updated_at.desc(), Article.id.desc())
        out[status] = list(db.session.execute(stmt).scalars())
    return out
