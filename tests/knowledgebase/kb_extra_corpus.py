"""A small hand-written corpus on topics that are NOT in the dev set, with graded queries.

Used by the tests to check that the Dutch search rules are general (no tuning to dev-file words).
Articles of one cluster share topic sentences; every article also gets generic filler sentences.
"""

from __future__ import annotations

import random

from knowledgebase.search import ArticleDoc

FILLER = [
    "De bemiddelaar belde de inwoner binnen twee dagen terug.",
    "Er werd een gesprek gepland met de verantwoordelijke medewerker.",
    "De inwoner kreeg een schriftelijke bevestiging van de afspraken.",
    "Na drie weken volgde een evaluatie van de afspraken.",
    "De gemeente bood excuses aan voor de gang van zaken.",
    "De medewerker legde uit hoe de procedure werkt.",
    "Het contact verliep daarna soepel.",
    "De inwoner was tevreden over de uitleg.",
]

LESSONS = [
    "Leerpunt: reageer op tijd op meldingen.",
    "Leerpunt: leg uit waarom een besluit wordt genomen.",
    "Leerpunt: houd de inwoner op de hoogte van de voortgang.",
]

# (cluster, theme, department, titles, topic sentences)
CLUSTERS = [
    (
        "dakkapel",
        "Bouwen en wonen",
        "Omgevingsvergunningen",
        ["Dakkapel zonder vergunning", "Bouwaanvraag dakkapel vertraagd"],
        [
            "De bouwaanvraag voor de dakkapel lag maanden stil.",
            "De welstandscommissie had bezwaar tegen de kleur van de dakkapel.",
            "Een bouwtekening ontbrak in het dossier van de aanvraag.",
            "De aannemer mocht de dakkapel nog niet plaatsen.",
        ],
    ),
    (
        "riool",
        "Openbare ruimte",
        "Riolering",
        ["Wateroverlast na hevige regenbui", "Verstopt riool in de straat"],
        [
            "Na de regenbui liep de kelder vol water.",
            "De rioolbeheerder kwam pas na drie meldingen kijken.",
            "Het putdeksel was losgeraakt en het riool stroomde over.",
            "De wateroverlast hield dagen aan.",
        ],
    ),
    (
        "hondenbelasting",
        "Belastingen",
        "Heffingen",
        ["Aanslag hondenbelasting onterecht", "Hondenbelasting na overlijden hond"],
        [
            "De hondenbelasting werd opgelegd terwijl de hond al overleden was.",
            "De aanslag kwam op het verkeerde adres terecht.",
            "Een verzoek om vermindering van de aanslag bleef onbeantwoord.",
            "De hondenbelasting werd na het gesprek teruggestort.",
        ],
    ),
    (
        "leerplicht",
        "Jeugd en onderwijs",
        "Leerplicht",
        ["Schoolverzuim en leerplichtambtenaar", "Vrijstelling leerplicht geweigerd"],
        [
            "De leerplichtambtenaar dreigde met een proces-verbaal.",
            "Het kind verzuimde school vanwege pesterijen.",
            "De ouders vroegen vrijstelling van de leerplicht aan.",
            "De school en de leerplichtambtenaar zochten samen een oplossing.",
        ],
    ),
    (
        "verlichting",
        "Openbare ruimte",
        "Beheer openbare ruimte",
        ["Kapotte straatverlichting", "Lantaarnpaal brandt niet"],
        [
            "De lantaarnpaal in de straat brandde al weken niet.",
            "Bewoners voelden zich onveilig door de kapotte straatverlichting.",
            "De melding over de verlichting werd drie keer gesloten zonder reparatie.",
            "Een monteur verving de lamp binnen een week.",
        ],
    ),
    (
        "huwelijk",
        "Burgerzaken",
        "Burgerlijke stand",
        ["Huwelijksvoltrekking verplaatst", "Trouwambtenaar dubbel geboekt"],
        [
            "De trouwambtenaar was op dezelfde dag dubbel geboekt.",
            "De datum van het huwelijk werd zonder overleg verzet.",
            "Het bruidspaar kreeg de trouwlocatie alsnog bevestigd.",
            "De huwelijksvoltrekking vond uiteindelijk plaats op de gewenste datum.",
        ],
    ),
    (
        "pgb",
        "Zorg en ondersteuning",
        "Wmo",
        ["Persoonsgebonden budget te laat", "Pgb-uitbetaling vertraagd"],
        [
            "Het persoonsgebonden budget werd pas na maanden uitbetaald.",
            "De zorgverlener kon daardoor niet betaald worden.",
            "De mantelzorger voelde zich niet gehoord door het zorgloket.",
            "Het budgetplan werd opnieuw beoordeeld.",
        ],
    ),
    (
        "speeltuin",
        "Openbare ruimte",
        "Beheer openbare ruimte",
        ["Speeltoestel onveilig", "Speeltuin niet onderhouden"],
        [
            "Het speeltoestel in de speeltuin had scherpe randen.",
            "Kinderen raakten gewond aan de glijbaan.",
            "De speelplaats was vol zwerfafval en glas.",
            "De gemeente plaatste een nieuw klimrek.",
        ],
    ),
]

OUTCOMES = ["opgelost", "deels opgelost", "niet opgelost", "doorverwezen"]


def build_corpus(per_cluster: int = 6, seed: int = 7) -> tuple[list[ArticleDoc], dict[str, list[str]]]:
    """Articles and, per cluster name, the references of its articles."""
    rnd = random.Random(seed)
    docs: list[ArticleDoc] = []
    clusters: dict[str, list[str]] = {}
    n = 0
    for name, theme, dept, titles, topic in CLUSTERS:
        clusters[name] = []
        for _ in range(per_cluster):
            ref = f"EX-{n:04d}"
            n += 1
            sit = rnd.sample(topic, 1) + rnd.sample(FILLER, 1)
            afs = rnd.sample(topic, 1) + rnd.sample(FILLER, 2)
            rnd.shuffle(sit)
            rnd.shuffle(afs)
            body = (
                f"## Situatie\n\n{' '.join(sit)}\n\n## Afstemming\n\n{' '.join(afs)}\n\n"
                f"## Leren\n\n{rnd.choice(LESSONS)}"
            )
            docs.append(
                ArticleDoc(
                    reference=ref,
                    title=rnd.choice(titles),
                    body=body,
                    theme=theme,
                    department=dept,
                    outcome=rnd.choice(OUTCOMES),
                    year=rnd.randint(2020, 2026),
                )
            )
            clusters[name].append(ref)
    return docs, clusters


# (query, cluster, kind)
QUERIES = [
    ("dakkapellen", "dakkapel", "plural"),
    ("dakkapl", "dakkapel", "typo"),
    ("bouw aanvraag", "dakkapel", "split"),
    ("tekening", "dakkapel", "compound-part"),
    ("regen", "riool", "compound-part"),
    ("water overlast", "riool", "split"),
    ("kelder onder water", "riool", "multi-partial"),
    ("rioolbeheerders", "riool", "plural"),
    ("honden belasting", "hondenbelasting", "split"),
    ("hondenbelsting", "hondenbelasting", "typo"),
    ("aanslagen", "hondenbelasting", "plural"),
    ("leerplichtambtenaren", "leerplicht", "plural"),
    ("schoolverzuim pesten", "leerplicht", "multi"),
    ("leerplichtambtenar", "leerplicht", "typo"),
    ("verlichting", "verlichting", "compound-part"),
    ("straat verlichting", "verlichting", "split"),
    ("lantaarnpalen", "verlichting", "plural"),
    ("trouwen ambtenaar", "huwelijk", "multi-partial"),
    ("huwelijk", "huwelijk", "compound-part"),
    ("persoonsgebonden budgetten", "pgb", "plural"),
    ("mantelzorgers", "pgb", "plural"),
    ("speeltoestellen", "speeltuin", "plural"),
    ("speel tuin", "speeltuin", "split"),
    ("glijbaan kapot", "speeltuin", "multi-partial"),
    ("lampje", "verlichting", "diminutive"),
    ("nieuw klimrek geplaatst", "speeltuin", "multi"),
    ("budget uitbetaald", "pgb", "multi"),
    ("welstand", "dakkapel", "compound-part"),
    ("putdeksels", "riool", "plural"),
]
