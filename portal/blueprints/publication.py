"""Back office: knowledge-base articles from resolved requests, with anonymisation and a second reviewer.

The rules and the privacy decisions live in portal.services.publication (see its docstring).
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from markupsafe import Markup

from knowledgebase.render import plain_html

from .. import forms
from ..auth import role_required
from ..extensions import db
from ..forms import DraftForm, ReviewForm
from ..models import Article, Request, User
from ..models_enums import ArticleStatus, Role
from ..security import private
from ..services import publication as pub
from ..services.publication import PublicationError, PublicationRefused

bp = Blueprint("publication", __name__, url_prefix="/bemiddeling/artikelen")
staff = role_required(Role.MEDIATOR, Role.ADMIN)
admin = role_required(Role.ADMIN)


bp.after_request(private)  # never cached or indexed


def _get_article(article_id: int) -> Article:
    """An own article; one imported from another portal is managed under Kennis delen (hidden there), not here."""
    article = db.session.get(Article, article_id)
    if article is None or article.source_id is not None:
        abort(404)
    return article


def _refused(err: PublicationError) -> ResponseReturnValue:
    titles = {403: "Geen toegang", 409: "Dit kan nu niet"}
    return render_template(
        "error.html", code=err.status, title=titles.get(err.status, "Dit kan niet"), text=str(err)
    ), err.status


def _one_button(
    article_id: int, action: Callable[[Article], str | None], message: Callable[[Article, str | None], str]
) -> ResponseReturnValue:
    """A CSRF-protected one-button step (submit, publish, withdraw): refusals shown in Dutch, nothing half-done."""
    item = _get_article(article_id)
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    try:
        result = action(item)
    except PublicationRefused as err:  # personal data found: show the findings on the article page
        db.session.rollback()
        return _render(item, 409, error=str(err), findings=err.findings)
    except PublicationError as err:
        db.session.rollback()
        return _refused(err)
    flash(message(item, result), "success")
    return redirect(url_for("publication.article", article_id=item.id))


def _restore_keys() -> dict[str, set[str]]:
    """The ticked "terugzetten" boxes, per field (a key means one occurrence in that field only)."""
    return {
        name: {k for k in request.form.getlist(f"restore-{name}")[:500] if pub.KEY_RE.match(k)}
        for name in pub.FIELD_NAMES
    }


def _render(
    article: Article,
    status: int = 200,
    form: DraftForm | None = None,
    cleaned: dict[str, pub.CleanField] | None = None,
    error: str | None = None,
    findings: list[pub.Finding] | None = None,
    review: ReviewForm | None = None,
) -> tuple[str, int]:
    req = db.session.get(Request, article.request_id) if article.request_id else None
    editable = pub.can_edit(article, current_user)
    if editable and form is None:
        form = DraftForm(formdata=None, data={name: getattr(article, name) or "" for name in pub.FIELD_NAMES})
    if editable and cleaned is None:
        # The stored text is the starting point: show what a save would still replace in it.
        cleaned = pub.clean_fields({n: getattr(article, n) or "" for n in pub.FIELD_NAMES}, pub.context_for(req))
    if findings is None:
        findings = pub.publication_findings(article, req)
    grouped = pub.findings_by_field(findings)
    stored = {
        name: pub.highlight(getattr(article, name) or "", [f.text for f in grouped[name]]) for name in pub.FIELD_NAMES
    }
    whole = None
    if not any(getattr(article, name) for name, _ in pub.SECTIONS) and article.body:
        # An imported or followed article is one text without the four parts: show it, not four empty fields.
        whole = Markup(article.body_html if article.body_html is not None else plain_html(article.body))
    users = {
        u.id: u
        for u in db.session.execute(
            db.select(User).where(User.id.in_([i for i in (article.author_id, article.reviewer_id) if i]))
        ).scalars()
    }
    reviewer_ok = current_user.is_admin and article.author_id != current_user.id
    return render_template(
        "publication/article.html",
        article=article,
        req=req,
        form=form,
        cleaned=cleaned,
        error=error,
        findings=findings,
        stored=stored,
        whole=whole,
        editable=editable,
        reviewer_ok=reviewer_ok,
        review=review or ReviewForm(formdata=None),
        action=forms.ActionForm(),
        users=users,
        fields=pub.FIELDS,
        statuses=pub.ARTICLE_STATUSES,
    ), status


# --- lists ---------------------------------------------------------------------------------------------------


@bp.route("/")
@staff
def drafts() -> ResponseReturnValue:
    groups = pub.overview()
    ids = {a.author_id for rows in groups.values() for a in rows if a.author_id}
    users = {u.id: u for u in db.session.execute(db.select(User).where(User.id.in_(ids))).scalars()} if ids else {}
    return render_template("publication/drafts.html", groups=groups, users=users, statuses=pub.ARTICLE_STATUSES)


@bp.route("/nieuw")
@staff
def eligible() -> ResponseReturnValue:
    return render_template(
        "publication/eligible.html",
        rows=pub.eligible_requests(),
        action=forms.ActionForm(),
        outcome_word=pub.outcome_word,
    )


@bp.route("/nieuw/<int:request_id>", methods=["POST"])
@staff
def create(request_id: int) -> ResponseReturnValue:
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    req = db.session.get(Request, request_id)
    if req is None:
        abort(404)
    try:
        article, created = pub.create_draft(req, current_user)
    except PublicationError as err:
        db.session.rollback()
        return _refused(err)
    if created:
        flash(
            "Het concept is gemaakt. De tekst uit het verzoek is al geanonimiseerd; controleer en herschrijf hem.",
            "success",
        )
    else:
        flash("Voor dit verzoek bestaat al een artikel.", "info")
    return redirect(url_for("publication.article", article_id=article.id))


# --- one article -----------------------------------------------------------------------------------------------


@bp.route("/<int:article_id>")
@staff
def article(article_id: int) -> ResponseReturnValue:
    return _render(_get_article(article_id))


@bp.route("/<int:article_id>/opslaan", methods=["POST"])
@staff
def save(article_id: int) -> ResponseReturnValue:
    item = _get_article(article_id)
    try:
        pub.require_editor(item, current_user)
    except PublicationError as err:
        return _refused(err)
    form = DraftForm()
    extra_words, extra_error = pub.parse_extra_words(form.extra_words.data)
    if not form.validate_on_submit() or extra_error:
        if extra_error:
            form.extra_words.errors = [*form.extra_words.errors, extra_error]
        if form.csrf_token.errors:
            abort(400)
        return _render(
            item, 400, form=form, cleaned={}, error="Het concept is niet opgeslagen. Verbeter de fouten hieronder."
        )
    try:
        cleaned = pub.save_draft(item, current_user, form.raw(item), _restore_keys(), extra_words, form.extra_as.data)
    except pub.FormattingRefused as err:  # saved, but the Markdown cannot be published as it is
        return _render(item, err.status, form=form, cleaned=err.cleaned, error=str(err))
    except PublicationError as err:
        db.session.rollback()
        return _refused(err)
    flash(
        "Opgeslagen. Alleen de geanonimiseerde tekst is bewaard; uw eigen tekst staat alleen in dit scherm.", "success"
    )
    return _render(item, form=form, cleaned=cleaned)


@bp.route("/<int:article_id>/indienen", methods=["POST"])
@staff
def submit(article_id: int) -> ResponseReturnValue:
    return _one_button(
        article_id,
        lambda item: pub.submit(item, current_user),
        lambda item, _: "Het artikel ligt nu ter beoordeling bij een beheerder.",
    )


@bp.route("/<int:article_id>/terugsturen", methods=["POST"])
@admin
def send_back(article_id: int) -> ResponseReturnValue:
    item = _get_article(article_id)
    form = ReviewForm()
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        return _render(item, 400, review=form, error="Het artikel is niet teruggestuurd.")
    try:
        pub.send_back(item, current_user, form.note.data or "")
    except PublicationError as err:
        db.session.rollback()
        if err.status == 403 or item.status != ArticleStatus.REVIEW:
            return _refused(err)
        form.note.errors = [str(err)]
        return _render(item, 400, review=form, error=str(err))
    flash("Het artikel is teruggestuurd naar de schrijver.", "success")
    return redirect(url_for("publication.article", article_id=item.id))


@bp.route("/<int:article_id>/publiceren", methods=["POST"])
@admin
def publish(article_id: int) -> ResponseReturnValue:
    return _one_button(
        article_id,
        lambda item: pub.publish(item, current_user),
        lambda item, reference: (
            f"Gepubliceerd als {reference}. Het artikel staat binnen enkele seconden in de zoekresultaten."
        ),
    )


@bp.route("/<int:article_id>/intrekken", methods=["POST"])
@admin
def withdraw(article_id: int) -> ResponseReturnValue:
    return _one_button(
        article_id,
        lambda item: pub.withdraw(item, current_user),
        lambda item, _: f"Artikel {item.reference} is ingetrokken en verdwijnt uit de kennisbank.",
    )
