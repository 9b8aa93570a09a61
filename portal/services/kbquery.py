"""Turn request arguments into a SearchQuery, with Dutch messages for bad input. Shared by HTML and API."""

from __future__ import annotations

from collections.abc import Mapping

from knowledgebase import SearchQuery

MAX_Q = 500


def _int(
    args: Mapping[str, str], name: str, default: int | None, lo: int, hi: int, errors: dict[str, str]
) -> int | None:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        errors[name] = f"'{name}' moet een heel getal zijn."
        return default
    if not lo <= value <= hi:
        errors[name] = f"'{name}' moet tussen {lo} en {hi} liggen."
        return default
    return value


def query_from_args(args: Mapping[str, str]) -> tuple[SearchQuery, dict[str, str]]:
    errors: dict[str, str] = {}
    q = (args.get("q") or "").strip()
    if len(q) > MAX_Q:
        errors["q"] = f"De zoekvraag is te lang (hoogstens {MAX_Q} tekens)."
        q = q[:MAX_Q]
    sort = args.get("sort") or "relevance"
    if sort not in ("relevance", "date"):
        errors["sort"] = "'sort' is 'relevance' of 'date'."
        sort = "relevance"
    query = SearchQuery(
        q=q,
        theme=(args.get("theme") or None),
        department=(args.get("department") or None),
        outcome=(args.get("outcome") or None),
        year=_int(args, "year", None, 1900, 2100, errors),
        municipality=(args.get("gemeente") or "").strip() or None,  # the commons: source municipality
        page=_int(args, "page", 1, 1, 10000, errors) or 1,
        per_page=_int(args, "per_page", 10, 1, 100, errors) or 10,
        sort=sort,
    )
    for name in ("theme", "department", "outcome"):
        value = getattr(query, name)
        if value is not None and len(value) > 120:
            errors[name] = f"'{name}' is te lang."
            setattr(query, name, None)
    if query.municipality is not None and (len(query.municipality) > 120 or "\x00" in query.municipality):
        errors["gemeente"] = "'gemeente' is te lang of bevat een ongeldig teken."
        query.municipality = None
    return query, errors
