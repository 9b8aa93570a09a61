"""Who may see and change a request in the back office (issue 13).

The rule:

* an admin sees and changes every request;
* a mediator sees the queue, and sees and changes in full the requests assigned to them and the ones nobody
  has yet (triage);
* a request assigned to another mediator is read-only for them, without the resident's contact details, until
  they take it over with a reason: the take-over is audited and the previous mediator is told (mail).
"""

from __future__ import annotations

import logging

from ..extensions import db
from ..models import Request, User
from . import audit
from .requests import DomainError

log = logging.getLogger(__name__)

REASON_MAX = 500


def holds(user: User, req: Request) -> bool:
    """True if `user` may see the request in full and change it."""
    return bool(user.is_admin or req.mediator_id is None or req.mediator_id == user.id)


def needs_reason(user: User, req: Request) -> bool:
    """Taking over from someone else needs a reason (admins too: the colleague is told why)."""
    return req.mediator_id is not None and req.mediator_id != user.id


def refusal(req: Request) -> str:
    """The Dutch explanation for a mediator who tries to change someone else's request."""
    name = req.mediator.name if req.mediator else "een collega"
    return (
        f"Dit verzoek is van {name}. U kunt het lezen, maar niet wijzigen. Neem het eerst over (met een reden) "
        "als u het verder wilt behandelen."
    )


def take_over(req: Request, actor: User, reason: str | None) -> None:
    """Assign `req` to `actor`; from another mediator only with a reason, audited, the previous one told. Commits."""
    reason = (reason or "").strip()
    previous = req.mediator
    if previous is not None and previous.id == actor.id:
        return
    if previous is not None and not reason:
        raise DomainError(
            f"Dit verzoek is van {previous.name}. Schrijf op waarom u het overneemt; {previous.name} krijgt bericht."
        )
    if len(reason) > REASON_MAX or "\x00" in reason:
        raise DomainError(f"De reden mag hoogstens {REASON_MAX} tekens hebben.")
    req.mediator_id = actor.id
    if previous is None:
        audit.record(actor, "request.assign", req, before=None, after=actor.id)
    else:
        audit.record(actor, "request.takeover", req, before=previous.id, after=actor.id, reason=reason)
        _tell_previous(req, previous, actor, reason)
    db.session.commit()


def _tell_previous(req: Request, previous: User, actor: User, reason: str) -> None:
    from ..urls import external_url
    from . import mail

    mail.enqueue_safely(
        previous.email,
        f"Verzoek {req.number} is overgenomen door {actor.name}",
        "case_taken_over",
        {
            "name": previous.name,
            "new_mediator": actor.name,
            "number": req.number,
            "why": reason,
            "request_url": external_url("backoffice.request_page", request_id=req.id),
        },
        reason="U was de bemiddelaar van dit verzoek.",
        kind="case",
        request_id=req.id,
    )
    log.info("Request %s taken over from user %s by user %s", req.id, previous.id, actor.id)
