"""Verzoek tot Afstemming: the Flask application factory."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask
from markupsafe import escape
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.wrappers import Response as BaseResponse

from .config import Defaults, data_dir, load_secret_key
from .extensions import csrf, db, login_manager, migrate

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger(__name__)


class Portal(Flask):
    """Flask, with one per-request cost decided once: whether a hook, view or handler is a coroutine function.

    Flask asks `inspect.iscoroutinefunction` for every hook of every request (a dozen or more here); the answer
    never changes for a function, so it is kept per function (bounded: cleared if it ever grows large).
    """

    _SYNC_MAX = 4096

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        cache: dict[Any, Callable[..., Any]] = self.__dict__.setdefault("_portal_sync", {})
        try:
            return cache[func]
        except KeyError:
            pass
        except TypeError:  # an unhashable callable: decide every time, as Flask does
            return super().ensure_sync(func)
        result = super().ensure_sync(func)
        if len(cache) >= self._SYNC_MAX:
            cache.clear()
        cache[func] = result
        return result

    def redirect(self, location: str, code: int = 302) -> BaseResponse:
        """Flask's redirect, with the body a script or a text browser shows in Dutch (Werkzeug's is English)."""
        response = super().redirect(location, code)
        href = escape(response.headers.get("Location", location))
        response.set_data(
            f'<!doctype html>\n<html lang="nl">\n<title>U wordt doorgestuurd</title>\n'
            f'<h1>U wordt doorgestuurd</h1>\n<p>Gaat dat niet vanzelf? Ga dan naar <a href="{href}">{href}</a>.</p>\n'
        )
        return response


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then PORTAL_* environment variables, then `config` (tests)."""
    app = Portal(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_relative_config=False,
    )
    app.config.from_object(Defaults)
    app.config.from_prefixed_env("PORTAL")
    if config:
        app.config.update(config)

    folder = data_dir(app.config)
    app.config["DATA_DIR"] = str(folder)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = load_secret_key(folder)
    url = app.config.get("DATABASE_URL") or f"sqlite:///{folder / 'portal.db'}"
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    if url.startswith("sqlite"):
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {})
        app.config["SQLALCHEMY_ENGINE_OPTIONS"].setdefault(
            "connect_args", {"timeout": app.config["SQLITE_BUSY_TIMEOUT_MS"] / 1000}
        )
    app.config.setdefault("INDEX_DIR", str(folder / "index"))

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)

    from . import auth, commands, errors, filters, security
    from .services import accountability
    from .services.commons import changes as commons_changes

    auth.init_app(app)
    filters.init_app(app)
    errors.init_app(app)
    _register_blueprints(app)
    security.init_app(app)
    # The figures the council reads stay correct with every change to a request, whoever makes it.
    accountability.install_listeners()
    # Every change of an own article reaches the commons change log in its own transaction.
    commons_changes.install_listeners()
    commands.init_app(app)

    if app.config["INDEX_WRITER"] == "embedded" and not app.testing and not _is_cli():
        from .services.knowledge import start_writer_thread

        start_writer_thread(app)
    if app.config.get("COMMONS_SYNC") == "embedded" and not app.testing and not _is_cli():
        from .services.commons.schedule import start_sync_thread

        start_sync_thread(app)
    return app


def _register_blueprints(app: Flask) -> None:
    """Every area of the site, by name. Add a new blueprint here (and its hooks below, if it has any)."""
    from .blueprints import (
        access,
        accountability,
        admin,
        api,
        api_accountability,
        api_commons,
        attachments,
        backoffice,
        commons_admin,
        comparison,
        feed,
        fund,
        improvements,
        kb,
        mailadmin,
        official,
        opendata,
        privacy,
        public,
        publication,
        resident,
    )

    for module in (
        accountability,
        admin,
        api,
        api_accountability,
        api_commons,
        attachments,
        backoffice,
        commons_admin,
        comparison,
        feed,
        fund,
        improvements,
        kb,
        mailadmin,
        official,
        opendata,
        privacy,
        public,
        publication,
        resident,
    ):
        app.register_blueprint(module.bp)
    # Hooks some areas need beyond their routes: the case access rule, template globals, rate-limited
    # endpoints, background threads.
    access.init_app(app)
    accountability.init_app(app)
    attachments.init_app(app)
    commons_admin.init_app(app)
    kb.init_app(app)
    mailadmin.init_app(app)
    official.init_app(app)


def _is_cli() -> bool:
    """True for `flask <command>` other than `flask run`: commands write the index themselves or not at all."""
    import sys

    if not sys.argv or "flask" not in sys.argv[0]:  # also matches `python -m flask` (.../flask/__main__.py)
        return False
    args = iter(sys.argv[1:])
    for arg in args:
        if arg in ("--app", "-A", "--env-file", "-e"):
            next(args, None)
        elif not arg.startswith("-"):
            return arg != "run"
    return True


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Durability and integrity on every SQLite connection; PostgreSQL needs nothing here."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    # Erased personal data is overwritten with zeros, not left in free pages: set here, not left to the build.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()
