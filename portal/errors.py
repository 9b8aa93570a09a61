"""Friendly Dutch error pages (HTML) and JSON errors under /api/."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DataError
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: ("Er ging iets mis met uw verzoek", "De gegevens die wij ontvingen, kloppen niet. Probeer het opnieuw."),
    403: ("Geen toegang", "U heeft geen toegang tot deze pagina."),
    404: ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres."),
    405: ("Dit kan niet", "Deze actie is op deze pagina niet mogelijk."),
    413: ("Te veel tekst", "U stuurde meer tekst dan wij kunnen ontvangen. Maak uw tekst korter."),
    429: ("Even geduld", "U heeft dit te vaak geprobeerd. Wacht een paar minuten en probeer het opnieuw."),
    500: ("Er ging iets mis bij ons", "Probeer het later opnieuw. Uw eerder verstuurde gegevens zijn bewaard."),
}


class Refused(HTTPException):
    """A 4xx whose Dutch explanation is shown to the user (raise it from views and hooks)."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(description=text)
        self.code = code


def refuse(code: int, text: str) -> Refused:
    """`raise refuse(400, "Dutch text")`: a client error with a plain Dutch message."""
    return Refused(code, text)


def _respond(code: int, detail: str | None = None) -> ResponseReturnValue:
    title, text = MESSAGES.get(code, MESSAGES[500] if code >= 500 else MESSAGES[400])
    if request.path.startswith("/api/"):
        return jsonify({"error": detail or text, "status": code}), code
    return render_template("error.html", code=code, title=title, text=detail or text), code


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(_err: CSRFError) -> ResponseReturnValue:
        return _respond(
            400,
            "Het formulier was verlopen of al verstuurd. Ga terug, vernieuw de pagina "
            "en probeer het opnieuw. Wat u typte, staat nog in het vorige scherm.",
        )

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException) -> ResponseReturnValue:
        return _respond(err.code or 500, err.description if isinstance(err, Refused) else None)

    @app.errorhandler(DataError)
    def _data(_err: DataError) -> ResponseReturnValue:
        # Last line of defence: a value the database cannot store or compare (PostgreSQL: NUL byte, integer
        # out of range). The input hooks refuse these earlier; this keeps any path we missed a 400, not a 500.
        from .extensions import db

        db.session.rollback()
        app.logger.warning("Database refused a value on %s", request.path)
        return _respond(400)

    @app.errorhandler(Exception)
    def _unexpected(err: Exception) -> ResponseReturnValue:
        app.logger.exception("Unhandled error on %s", request.path)
        return _respond(500)
