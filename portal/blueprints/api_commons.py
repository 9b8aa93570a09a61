"""The commons protocol: the changes feed other portals follow (GET /api/v1/knowledge/changes)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from flask.typing import ResponseReturnValue

from ..security import open_data
from ..services.commons import changes

bp = Blueprint("api_commons", __name__, url_prefix="/api/v1")


bp.after_request(open_data)


@bp.route("/knowledge/changes")
def knowledge_changes() -> ResponseReturnValue:
    unknown = set(request.args) - {"since", "limit"}
    if unknown:
        fields = {k[:40]: "Onbekende parameter." for k in sorted(unknown)[:10]}
        return jsonify({"error": "Onbekende parameters.", "status": 400, "fields": fields}), 400
    try:
        since = changes.parse_cursor(request.args.get("since"))
        limit = changes.parse_limit(request.args.get("limit"))
        page = changes.page(since, limit)
    except changes.FeedError as err:
        return jsonify({"error": str(err), "status": 400}), 400
    body, etag = page.body_and_etag()
    headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
    if etag in {tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")}:
        return Response(status=304, headers=headers)
    return Response(body, status=200, mimetype="application/json", headers=headers)
