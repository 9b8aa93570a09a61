"""Dutch words for the codes the domain uses, keyed by the StrEnums of portal.models_enums.

One place, so pages, exports and tests agree. A plain string from the database finds its label too
(``STATUSES["opgelost"]``): a StrEnum member hashes and compares like its value.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from .models_enums import FINAL_STATUSES as FINAL_STATUSES  # re-exported: callers say labels.OPEN_STATUSES
from .models_enums import OPEN_STATUSES as OPEN_STATUSES
from .models_enums import RESOLVED_STATUSES as RESOLVED_STATUSES
from .models_enums import (
    AgreementStatus,
    ArticleStatus,
    Channel,
    ContactChannel,
    ContactPreference,
    FundKind,
    ImprovementStatus,
    MailState,
    Outcome,
    ReferralCategory,
    ReferralRoute,
    RequestStatus,
    Role,
)

STATUSES = {
    RequestStatus.RECEIVED: "Ontvangen",
    RequestStatus.EXPLORING: "In verkenning",
    RequestStatus.COORDINATING: "In afstemming",
    RequestStatus.RESOLVED: "Opgelost",
    RequestStatus.NOT_RESOLVED: "Niet opgelost",
    RequestStatus.REFERRED: "Doorverwezen",
    RequestStatus.WITHDRAWN: "Ingetrokken",
    RequestStatus.CLOSED: "Afgerond",
}

# What a resident reads on the status page for each step.
STATUS_EXPLAINED = {
    RequestStatus.RECEIVED: "Wij hebben uw verzoek ontvangen. Een bemiddelaar neemt contact met u op.",
    RequestStatus.EXPLORING: "De bemiddelaar zoekt samen met u uit waar het echt om gaat.",
    RequestStatus.COORDINATING: "De bemiddelaar is in gesprek met de gemeente over een oplossing.",
    RequestStatus.RESOLVED: "Er is een oplossing gevonden.",
    RequestStatus.NOT_RESOLVED: "Er is geen oplossing gevonden. De bemiddelaar legt uit waarom.",
    RequestStatus.REFERRED: "Uw verzoek is doorverwezen naar de formele route.",
    RequestStatus.WITHDRAWN: "Het verzoek is ingetrokken.",
    RequestStatus.CLOSED: "Het verzoek is afgerond. U kunt altijd terugkomen als er iets nieuws is.",
}

CHANNELS = {
    Channel.WEB: "Website",
    Channel.PHONE: "Telefoon",
    Channel.DESK: "Balie",
    Channel.EMAIL: "E-mail",
    Channel.LETTER: "Brief",
    Channel.OFFICIAL: "Op verzoek van een ambtenaar",
}

CONTACT_CHANNELS = {
    ContactChannel.PHONE: "Telefoon",
    ContactChannel.MEETING: "Gesprek op locatie",
    ContactChannel.VIDEO: "Videogesprek",
    ContactChannel.EMAIL: "E-mail",
    ContactChannel.LETTER: "Brief",
    ContactChannel.PORTAL: "Via de link voor ambtenaren",
}

CONTACT_PREFERENCES = {
    ContactPreference.NONE: "Geen voorkeur",
    ContactPreference.PHONE: "Telefoon",
    ContactPreference.EMAIL: "E-mail",
}

OUTCOMES = {
    Outcome.RESOLVED: "Opgelost",
    Outcome.PARTLY_RESOLVED: "Deels opgelost",
    Outcome.NOT_RESOLVED: "Niet opgelost",
    Outcome.REFERRED: "Doorverwezen",
    Outcome.WITHDRAWN: "Ingetrokken",
}

ROUTES = {
    ReferralRoute.COMPLAINT: "Klacht bij de gemeente",
    ReferralRoute.OBJECTION: "Bezwaar",
    ReferralRoute.OMBUDSMAN: "Nationale ombudsman",
    ReferralRoute.COURT: "Rechter",
}

# Why a request was referred to a formal route (counted by category on the accountability pages).
REFERRAL_CATEGORIES = {
    ReferralCategory.OUT_OF_SCOPE: "Valt buiten wat de gemeente kan doen",
    ReferralCategory.STATUTORY_TERM: "Een wettelijke termijn of bezwaarprocedure loopt",
    ReferralCategory.NO_AGREEMENT: "Inwoner en gemeente komen er samen niet uit",
    ReferralCategory.RESIDENT_CHOOSES_FORMAL: "De inwoner kiest zelf de formele weg",
    ReferralCategory.OTHER: "Anders",
}

AGREEMENT_STATUSES = {
    AgreementStatus.OPEN: "Loopt nog",
    AgreementStatus.KEPT: "Nagekomen",
    AgreementStatus.BROKEN: "Niet nagekomen",
}

ROLES = {Role.MEDIATOR: "Bemiddelaar", Role.ADMIN: "Beheerder"}

ARTICLE_STATUSES = {
    ArticleStatus.DRAFT: "Concept",
    ArticleStatus.REVIEW: "Ter beoordeling",
    ArticleStatus.PUBLISHED: "Gepubliceerd",
    ArticleStatus.WITHDRAWN: "Ingetrokken",
    ArticleStatus.HELD: "Wacht op controle",
}

IMPROVEMENT_STATUSES = {
    ImprovementStatus.PLANNED: "Gepland",
    ImprovementStatus.IN_PROGRESS: "In uitvoering",
    ImprovementStatus.DONE: "Gereed",
    ImprovementStatus.DROPPED: "Vervallen",
}

FUND_KINDS = {FundKind.INCOME: "Inkomsten", FundKind.SPENDING: "Uitgaven"}

MAIL_STATES = {
    MailState.PENDING: "Wacht",
    MailState.SENDING: "Wordt verstuurd",
    MailState.SENT: "Verstuurd",
    MailState.FAILED: "Mislukt",
    MailState.UNCERTAIN: "Onzeker",
}

# Every StrEnum with its labels (a test checks each member has one and no label is left without a member).
BY_ENUM: dict[type[StrEnum], dict[Any, str]] = {
    RequestStatus: STATUSES,
    Channel: CHANNELS,
    ContactChannel: CONTACT_CHANNELS,
    ContactPreference: CONTACT_PREFERENCES,
    Outcome: OUTCOMES,
    ReferralRoute: ROUTES,
    ReferralCategory: REFERRAL_CATEGORIES,
    AgreementStatus: AGREEMENT_STATUSES,
    Role: ROLES,
    ArticleStatus: ARTICLE_STATUSES,
    ImprovementStatus: IMPROVEMENT_STATUSES,
    FundKind: FUND_KINDS,
    MailState: MAIL_STATES,
}

# Demo seeds: the themes and departments a fresh municipality starts with.
THEMES = [
    ("parkeren", "Parkeren"),
    ("belastingen", "Belastingen"),
    ("wmo-zorg", "Wmo en zorg"),
    ("jeugd", "Jeugd"),
    ("werk-en-inkomen", "Werk en inkomen"),
    ("afval", "Afval"),
    ("openbare-ruimte", "Openbare ruimte"),
    ("vergunningen", "Vergunningen"),
    ("burgerzaken", "Burgerzaken"),
    ("dienstverlening", "Dienstverlening"),
]

DEPARTMENTS = [
    "Parkeren en handhaving",
    "Belastingen",
    "Zorg en welzijn",
    "Jeugd en onderwijs",
    "Werk en inkomen",
    "Afval en reiniging",
    "Openbare ruimte",
    "Vergunningen",
    "Burgerzaken",
    "Klantcontactcentrum",
]
