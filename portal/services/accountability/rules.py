"""The Ombudsvisie's five rules, each with its headline figures over a period and the norm beside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, func, select

from ...extensions import db
from ...models import Agreement, Request, StatusChange
from ...models_enums import OPEN_STATUSES, RESOLVED_STATUSES, RequestStatus
from ..suppression import headline_share, share
from ..workdays import working_days_between
from .periods import Period
from .rollups import day_of, flag


def _extra_counts(period: Period) -> dict[str, int]:
    """Municipality-wide counts the rollups do not hold: all addressed, reopened, agreements confirmed."""
    lo = dt.datetime.combine(period.start, dt.time())
    hi = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    in_range = and_(Request.received_at >= lo, Request.received_at < hi)
    addressed = db.session.execute(select(flag(Request.control_all_addressed.is_(True))).where(in_range)).scalar()
    reopened = db.session.execute(
        select(func.count(func.distinct(StatusChange.request_id)))
        .join(Request, Request.id == StatusChange.request_id)
        .where(
            in_range,
            StatusChange.from_status.in_((*RESOLVED_STATUSES, RequestStatus.CLOSED)),
            StatusChange.to_status.in_(OPEN_STATUSES),
        )
    ).scalar()
    confirmed = None
    column = getattr(Agreement, "official_confirmed_at", None)  # present once officials confirm (0005_officials)
    if column is not None:
        confirmed = db.session.execute(
            select(flag(column.isnot(None))).where(Agreement.created_at >= lo, Agreement.created_at < hi)
        ).scalar()
    mailed, same_day = _acknowledgements(in_range)
    return {
        "addressed": int(addressed or 0),
        "reopened": int(reopened or 0),
        "confirmed": None if confirmed is None else int(confirmed or 0),
        "ack_mailed": mailed,
        "ack_same_day": same_day,
    }


def _acknowledgements(in_range: Any) -> tuple[int, int]:
    """(requests with a receipt mail, of which the receipt was sent before the next working day).

    What the portal can measure: registration (`received_at`) to the receipt mail being handed to the mail server
    (`mail_outbox.sent_at`); a receipt not sent (yet), or failed, does not count as on time. A mediator registers a
    phoned or written request on the resident's behalf at the moment of registration; when the resident first
    called or wrote is not recorded, so that part of the wait is not in this figure. Requests without an e-mail
    address get their code on screen or from the mediator and are not counted.
    """
    from ...models_mail import MailOutbox  # imported here: the mail tables are not needed by the other figures

    stmt = (
        select(Request.received_at, func.min(MailOutbox.sent_at))
        .join(MailOutbox, MailOutbox.request_id == Request.id)
        .where(in_range, MailOutbox.kind == "receipt")
        .group_by(Request.id, Request.received_at)
    )
    mailed = same_day = 0
    for received, sent in db.session.execute(stmt):
        mailed += 1
        same_day += sent is not None and working_days_between(day_of(received), day_of(sent)) == 0
    return mailed, same_day


def five_rules(
    period: Period, counts: Mapping[str, Any], overall: Mapping[str, int], fc: Mapping[str, Any], norms: Any
) -> list[dict[str, Any]]:
    """The Ombudsvisie's five rules, each with its headline figures over the period and the norm beside them.

    Every count here is a municipality-wide headline (rule H1) or comes from the protected breakdowns.
    """
    extra = _extra_counts(period)
    total, finished = counts["total"], counts["finished"]
    outcome = {r["key"]: r["count"] for r in counts["outcomes"]}
    ag = counts["agreements"]

    def fig(label: str, value: Any, norm: str, unit: str = "") -> dict[str, Any]:
        return {"label": label, "value": value, "unit": unit, "norm": norm}

    fc_median = fc.get("median") if fc.get("n", 0) >= 5 else None
    confirmed = extra["confirmed"]
    return [
        {
            "number": 1,
            "key": "toegang",
            "title": "Wees alert en geef toegang",
            "text": "Iedereen kan een verzoek doen, ook zonder internet: een bemiddelaar schrijft het dan voor de "
            "inwoner op.",
            "figures": [
                fig("Verzoeken ontvangen", total, "Alle kanalen tellen mee"),
                fig(
                    "Door een bemiddelaar geregistreerd (telefoon, balie, e-mail, brief)",
                    counts["on_behalf"],
                    "Geen drempel: elk kanaal is goed",
                ),
                fig(
                    "Aandeel niet via de website",
                    share(counts["on_behalf"], total, 0),
                    "Geen norm; laat zien of mensen zonder internet de weg vinden",
                    "%",
                ),
                fig(
                    "Verzoeken met een ontvangstbevestiging per e-mail",
                    extra["ack_mailed"],
                    "Iedereen met een e-mailadres krijgt direct een bevestiging",
                ),
                fig(
                    "Bevestiging dezelfde werkdag verstuurd",
                    headline_share(extra["ack_same_day"], extra["ack_mailed"]),
                    "100%: direct na ontvangst of registratie",
                    "%",
                ),
            ],
            "note": "De bevestiging meten wij vanaf het moment dat het verzoek in het systeem staat. Belt of schrijft "
            "iemand, dan registreert de bemiddelaar het verzoek; wanneer de inwoner eerst contact zocht, "
            "leggen wij niet vast. Wie geen e-mailadres geeft, krijgt de code op het scherm of van de "
            "bemiddelaar; die bevestigingen tellen hier niet mee.",
        },
        {
            "number": 2,
            "key": "verkennen",
            "title": "Verken wat er echt speelt",
            "text": "De bemiddelaar neemt snel contact op en vraagt door: waar gaat het de inwoner echt om?",
            "figures": [
                fig(
                    "Eerste contact binnen de norm",
                    headline_share(overall["fc_in_norm"], overall["fc_n"]),
                    f"Binnen {norms.first_contact_days} werkdagen",
                    "%",
                ),
                fig(
                    "De helft had eerste contact binnen",
                    fc_median,
                    f"Norm: {norms.first_contact_days} werkdagen",
                    " werkdagen",
                ),
            ],
        },
        {
            "number": 3,
            "key": "oplossen",
            "title": "Is er een oplossing? Los het op",
            "text": "Samen met de ambtenaar zoekt de bemiddelaar een oplossing en legt afspraken vast.",
            "figures": [
                fig(
                    "Opgelost of deels opgelost, zonder formele klacht",
                    headline_share(counts["solved"], finished),
                    "Zo veel mogelijk",
                    "%",
                ),
                fig(
                    "Oplossing binnen de norm",
                    headline_share(overall["res_in_norm"], overall["res_n"]),
                    f"Binnen {norms.resolution_days} werkdagen",
                    "%",
                ),
                fig("Afspraken gemaakt", ag["total"], "Elke afspraak met een datum en een verantwoordelijke"),
                *(
                    [
                        fig(
                            "Afspraken door beide kanten bevestigd",
                            headline_share(confirmed, ag["total"]),
                            "Elke afspraak bevestigd door de ambtenaar",
                            "%",
                        )
                    ]
                    if confirmed is not None
                    else []
                ),
                fig("Afspraken nagekomen", ag["kept_pct"], "Afspraak is afspraak: 100%", "%"),
            ],
        },
        {
            "number": 4,
            "key": "oordeel",
            "title": "Geen oplossing? Geef een oordeel of verwijs door",
            "text": "Lukt een oplossing niet, dan legt de bemiddelaar uit waarom en wijst de formele weg: klacht, "
            "bezwaar, Nationale ombudsman of rechter. Elke doorverwijzing heeft een reden.",
            "figures": [
                fig("Niet opgelost", outcome.get("niet_opgelost"), "Altijd met uitleg aan de inwoner"),
                fig("Doorverwezen naar de formele route", outcome.get("doorverwezen"), "Altijd met een reden"),
            ],
            "routes": counts["routes"],
            "categories": counts["categories"],
        },
        {
            "number": 5,
            "key": "afsluiten",
            "title": "Sluit af met de controlevraag",
            "text": "Aan het eind vraagt de bemiddelaar: is alles besproken, bent u tevreden? En de inwoner hoort "
            "dat hij altijd terug mag komen.",
            "figures": [
                fig(
                    "Verzoeken met een uitkomst (daar hoort de controlevraag bij)",
                    finished,
                    "Bij elk verzoek met een uitkomst wordt de vraag gesteld",
                ),
                fig("Controlevraag beantwoord", overall["ctrl_n"], "Zo veel mogelijk"),
                fig(
                    "Alles besproken, volgens de inwoner",
                    headline_share(extra["addressed"], overall["ctrl_n"]),
                    "100%",
                    "%",
                ),
                fig("Tevreden", headline_share(overall["ctrl_sat"], overall["ctrl_n"]), "Zo veel mogelijk", "%"),
                fig("Heropend na de controlevraag", extra["reopened"], "Terugkomen mag altijd"),
            ],
        },
    ]
