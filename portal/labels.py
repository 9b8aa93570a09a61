"""Dutch words for the codes the domain uses. One place, so pages, exports and tests agree."""

STATUSES = {
    "ontvangen": "Ontvangen",
    "in_verkenning": "In verkenning",
    "in_afstemming": "In afstemming",
    "opgelost": "Opgelost",
    "niet_opgelost": "Niet opgelost",
    "doorverwezen": "Doorverwezen",
    "ingetrokken": "Ingetrokken",
    "afgerond": "Afgerond",
}

# What a resident reads on the status page for each step.
STATUS_EXPLAINED = {
    "ontvangen": "Wij hebben uw verzoek ontvangen. Een bemiddelaar neemt contact met u op.",
    "in_verkenning": "De bemiddelaar zoekt samen met u uit waar het echt om gaat.",
    "in_afstemming": "De bemiddelaar is in gesprek met de gemeente over een oplossing.",
    "opgelost": "Er is een oplossing gevonden.",
    "niet_opgelost": "Er is geen oplossing gevonden. De bemiddelaar legt uit waarom.",
    "doorverwezen": "Uw verzoek is doorverwezen naar de formele route.",
    "ingetrokken": "Het verzoek is ingetrokken.",
    "afgerond": "Het verzoek is afgerond. U kunt altijd terugkomen als er iets nieuws is.",
}

OPEN_STATUSES = ("ontvangen", "in_verkenning", "in_afstemming")
RESOLVED_STATUSES = ("opgelost", "niet_opgelost", "doorverwezen")

CHANNELS = {
    "web": "Website",
    "telefoon": "Telefoon",
    "balie": "Balie",
    "email": "E-mail",
    "brief": "Brief",
    "ambtenaar": "Op verzoek van een ambtenaar",
}

CONTACT_CHANNELS = {
    "telefoon": "Telefoon",
    "gesprek": "Gesprek op locatie",
    "video": "Videogesprek",
    "email": "E-mail",
    "brief": "Brief",
    "portaal": "Via de link voor ambtenaren",
}

CONTACT_PREFERENCES = {
    "geen": "Geen voorkeur",
    "telefoon": "Telefoon",
    "email": "E-mail",
}

OUTCOMES = {
    "opgelost": "Opgelost",
    "deels_opgelost": "Deels opgelost",
    "niet_opgelost": "Niet opgelost",
    "doorverwezen": "Doorverwezen",
    "ingetrokken": "Ingetrokken",
}

ROUTES = {
    "klacht": "Klacht bij de gemeente",
    "bezwaar": "Bezwaar",
    "ombudsman": "Nationale ombudsman",
    "rechter": "Rechter",
}

# Why a request was referred to a formal route (counted by category on the accountability pages).
REFERRAL_CATEGORIES = {
    "buiten_bevoegdheid": "Valt buiten wat de gemeente kan doen",
    "wettelijke_termijn": "Een wettelijke termijn of bezwaarprocedure loopt",
    "geen_overeenstemming": "Inwoner en gemeente komen er samen niet uit",
    "inwoner_wil_formeel": "De inwoner kiest zelf de formele weg",
    "anders": "Anders",
}

AGREEMENT_STATUSES = {"open": "Loopt nog", "kept": "Nagekomen", "broken": "Niet nagekomen"}

ROLES = {"mediator": "Bemiddelaar", "admin": "Beheerder"}

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

ARTICLE_STATUSES = {
    "draft": "concept",
    "review": "ter controle",
    "published": "gepubliceerd",
    "withdrawn": "ingetrokken",
}
