"""Log-in for mediators and admins: argon2 hashes, role checks, sessions that really end."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import Flask, Response, abort, current_app, session
from flask_login import LoginManager, current_user
from flask_login.utils import _user_context_processor
from sqlalchemy import select

from .extensions import db, login_manager
from .models import User

_hasher = PasswordHasher()
# Verifying against this keeps the time of a failed log-in equal for known and unknown accounts.
_DUMMY_HASH = _hasher.hash("not-a-real-password")
MIN_PASSWORD_LENGTH = 12


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def find_user(email: str) -> User | None:
    return db.session.execute(select(User).where(User.email == email.strip().lower())).scalar_one_or_none()


@login_manager.user_loader
def _load_user(user_id: str) -> User | None:
    try:
        uid, version = (int(part) for part in user_id.split(":", 1))
    except ValueError:
        return None
    user = db.session.get(User, uid)
    if user is None or user.session_version != version or not user.active:
        return None
    return user


def role_required(*roles: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Refuse anonymous users (to the log-in page) and wrong roles (403)."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def init_app(app: Flask) -> None:
    # "basic": a changed IP or browser marks the session not fresh. Revocation itself is the per-user
    # session_version (logout, deactivation); "strong" would also rewrite every anonymous session cookie.
    login_manager.session_protection = "basic"
    # Flask-Login's context processor loads the user for every rendered template (a session check and a hash of
    # address and browser), also on pages that never show who is logged in. Templates get the same lazy proxy
    # views use: the user is loaded the first time a template touches `current_user`, with the same checks.
    processors = app.template_context_processors[None]
    processors[:] = [_lazy_user if p is _user_context_processor else p for p in processors]
    # Flask-Login's after-request hook sets or clears the remember cookie as the session asks ("_remember"); with
    # an empty session (every visitor who is not logged in) it has nothing to do, so it is not asked then.
    hooks = app.after_request_funcs.get(None, [])
    for i, hook in enumerate(hooks):
        if getattr(hook, "__func__", None) is LoginManager._update_remember_cookie:
            hooks[i] = _remember_cookie_gate(hook)


def _remember_cookie_gate(hook: Callable[[Response], Response]) -> Callable[[Response], Response]:
    def update_remember_cookie(response: Response) -> Response:
        if not session and not current_app.config.get("REMEMBER_COOKIE_REFRESH_EACH_REQUEST"):
            return response
        return hook(response)

    return update_remember_cookie


def _lazy_user() -> dict[str, Any]:
    return {"current_user": current_user}
