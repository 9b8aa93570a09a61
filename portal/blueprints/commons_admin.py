"""Back office of the commons (admins only): follow, sync and stop following other portals; held articles.

The work itself is done by portal/services/commons (the same functions as `flask commons ...`); these views
only check the forms, add who did it to the audit trail and say in Dutch what happened.
"""

from __future__ import annotations

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from markupsafe import Markup

from ..auth import role_required
from ..extensions import db
from ..forms import ActionForm
from ..forms.commons import CommonsSourceForm, HideArticleForm
from ..models import Article
from ..models_commons import CommonsSource
from ..models_enums import Role
from ..security import private
from ..services import audit
from ..services.citation import safe_url
from ..services.commons import held, schedule, sources, sync

bp = Blueprint("commonsadmin", __name__, url_prefix="/bemiddeling/beheer/kennisdelen")
admin = role_required(Role.ADMIN)
STATUS_LABELS = {"nieuw": "Nog niet bijgewerkt", "ok": "In orde", "fout": "Fout", "onvolledig": "Deels bijgewerkt"}
CONFIRM_FIELD = "bevestig"


bp.after_request(private)  # never cached or indexed


def _page(
    form: CommonsSourceForm | None = None, status: int = 200, hide_form: HideArticleForm | None = None
) -> ResponseReturnValue:
    listed = sources.list_sources()
    waiting = held.held_articles()
    return render_template(
        "backoffice/commons_admin.html",
        form=form or CommonsSourceForm(),
        hide_form=hide_form or HideArticleForm(),
        action=ActionForm(),
        sources=listed,
        counts={s.id: sources.count_articles(s) for s in listed},
        held=waiting,
        held_html={a.id: Markup(a.body_html or "") for a in waiting},  # sanitised when imported
        source_links={a.id: safe_url(a.source_url) for a in waiting},
        status_labels=STATUS_LABELS,
        confirm_field=CONFIRM_FIELD,
    ), status


@bp.route("", methods=["GET", "POST"])
@admin
def index() -> ResponseReturnValue:
    form = CommonsSourceForm()
    if request.method == "GET":
        return _page(form)
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            flash("Het formulier was verlopen. Probeer het opnieuw.", "error")
        return _page(form, 400)
    try:
        source = sources.add_source(form.url.data or "", actor=current_user, via="beheer")
    except sources.CommonsError as err:
        form.url.errors = [*form.url.errors, str(err)]
        return _page(form, 400)
    flash(
        f"U volgt nu {source.name}. Klik op ‘Nu bijwerken’ om de artikelen en cijfers op te halen; "
        "anders gebeurt dat vanzelf bij de volgende ronde.",
        "success",
    )
    return redirect(url_for("commonsadmin.index"))


def _source(source_id: int) -> CommonsSource:
    source = db.session.get(CommonsSource, source_id)
    if source is None:
        abort(404)
    return source


def _refused(message: str) -> ResponseReturnValue:
    flash(message, "error")
    return _page(status=400)


@bp.route("/<int:source_id>/bijwerken", methods=["POST"])
@admin
def sync_now(source_id: int) -> ResponseReturnValue:
    if not ActionForm().validate_on_submit():
        return _refused("Het formulier was verlopen. Probeer het opnieuw.")
    source = _source(source_id)
    with schedule.sync_lock(blocking=False) as got:
        if not got:
            return _refused("Er wordt op dit moment al bijgewerkt. Probeer het over een paar minuten opnieuw.")
        result = sync.sync_source(source)
    audit.record(current_user, "commons.sync", source, status=result.status, via="beheer")
    db.session.commit()
    if result.status == "fout":
        flash(f"Bijwerken van {result.source} is mislukt: {result.error}", "error")
    else:
        flash(
            f"{result.source} is bijgewerkt: {result.created} nieuw, {result.updated} gewijzigd, "
            f"{result.withdrawn} ingetrokken, {result.held} wachten op uw beoordeling.",
            "success",
        )
    return redirect(url_for("commonsadmin.index"))


@bp.route("/<int:source_id>/verwijderen", methods=["POST"])
@admin
def remove(source_id: int) -> ResponseReturnValue:
    if not ActionForm().validate_on_submit():
        return _refused("Het formulier was verlopen. Probeer het opnieuw.")
    source = _source(source_id)
    if request.form.get(CONFIRM_FIELD) != "ja":
        return _refused(
            f"Vink eerst aan dat u {source.name} niet meer wilt volgen. Pas dan verdwijnen de artikelen van "
            "die gemeente uit onze kennisbank."
        )
    name = source.name
    removed = sources.remove_source(source, actor=current_user, via="beheer")  # audited with the removal
    flash(f"U volgt {name} niet meer. {removed} artikelen van die gemeente zijn uit de kennisbank gehaald.", "success")
    return redirect(url_for("commonsadmin.index"))


def _decide(article_id: int, release: bool) -> ResponseReturnValue:
    if not ActionForm().validate_on_submit():
        return _refused("Het formulier was verlopen. Probeer het opnieuw.")
    article = db.session.get(Article, article_id)
    title = article.title if article is not None else ""
    try:
        if release:
            held.release_held(article_id, current_user)
        else:
            held.reject_held(article_id, current_user)  # deleted; a changed version comes back with a sync
    except sources.CommonsError as err:
        return _refused(str(err))
    if release:
        flash(f"‘{title}’ staat nu in de kennisbank.", "success")
    else:
        flash(
            f"‘{title}’ komt niet in de kennisbank. Past de andere gemeente het aan, dan ziet u het opnieuw.", "success"
        )
    return redirect(url_for("commonsadmin.index"))


@bp.route("/vastgehouden/<int:article_id>/vrijgeven", methods=["POST"])
@admin
def release(article_id: int) -> ResponseReturnValue:
    return _decide(article_id, release=True)


@bp.route("/vastgehouden/<int:article_id>/weigeren", methods=["POST"])
@admin
def reject(article_id: int) -> ResponseReturnValue:
    return _decide(article_id, release=False)


@bp.route("/verbergen", methods=["POST"])
@admin
def hide() -> ResponseReturnValue:
    form = HideArticleForm()
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            flash("Het formulier was verlopen. Probeer het opnieuw.", "error")
        return _page(status=400, hide_form=form)
    try:
        article = held.hide_imported(form.reference.data or "", current_user)
    except sources.CommonsError as err:
        form.reference.errors = [*form.reference.errors, str(err)]
        return _page(status=400, hide_form=form)
    flash(
        f"‘{article.title}’ staat niet meer in onze kennisbank. Past de andere gemeente het aan, dan controleren wij "
        "het opnieuw. Laat die gemeente ook weten wat er mis was.",
        "success",
    )
    return redirect(url_for("commonsadmin.index"))


def init_app(app: Flask) -> None:
    """A link in the back-office menu (admins only)."""
    menu = app.jinja_env.globals.get("backoffice_menu")
    if isinstance(menu, list):
        menu.append(("commonsadmin.index", "Kennis delen", True))
