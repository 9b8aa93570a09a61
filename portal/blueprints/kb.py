"""Public knowledge base: search page and article pages."""

from __future__ import annotations

from flask import Blueprint, Flask, abort, render_template, request
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from knowledgebase.render import plain_html

from ..services import knowledge
from ..services.citation import source_of
from ..services.kbquery import query_from_args
from ..urls import external_url

bp = Blueprint("kb", __name__, url_prefix="/kennisbank")


def init_app(app: Flask) -> None:
    """Every web process warms its own searcher in the background, not in a resident's first query."""
    from .. import _is_cli

    if not app.testing and not _is_cli():
        knowledge.start_warmer_thread(app)


# This page speaks to people, not to API clients: no parameter names ('page') in its messages.
PLAIN_ERRORS = {
    "page": "Deze pagina met resultaten bestaat niet. Begin opnieuw bij de eerste pagina.",
    "per_page": "Zoveel artikelen op één pagina kunnen wij niet tonen. U ziet er nu 10.",
    "year": "Kies een jaar uit de lijst.",
    "sort": "Kies hoe u de artikelen wilt sorteren: best passend of nieuwste eerst.",
    "theme": "Kies een thema uit de lijst.",
    "department": "Kies een afdeling uit de lijst.",
    "outcome": "Kies een uitkomst uit de lijst.",
    "gemeente": "Kies een gemeente uit de lijst.",
}


@bp.route("")
def search() -> ResponseReturnValue:
    query, errors = query_from_args(request.args)
    errors = {name: PLAIN_ERRORS.get(name, message) for name, message in errors.items()}
    result = knowledge.search(query)
    args = {k: v for k, v in request.args.items() if k != "page" and v}
    return render_template(
        "kb/search.html",
        query=query,
        result=result,
        errors=errors,
        args=args,
        options=knowledge.facet_values(),
        pages=max(1, -(-result.total // query.per_page)),
    ), 400 if errors else 200


@bp.route("/<reference>")
def article(reference: str) -> ResponseReturnValue:
    if len(reference) > 40:
        abort(404)
    item = knowledge.get_published(reference)
    if item is None:
        abort(404)
    # Rendered and sanitised once, when the article was saved or imported; never rendered per view.
    html = Markup(item.body_html if item.body_html is not None else plain_html(item.body))
    related = knowledge.index().related(item.reference, limit=5)
    return render_template(
        "kb/article.html",
        article=item,
        html=html,
        related=related,
        url=external_url("kb.article", reference=item.reference),
        source=source_of(item),
    )
