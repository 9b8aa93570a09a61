"""A held-out corpus for search quality: other topics, other sentence shapes, other queries, absent topics.

Nothing here is taken from the shared dev corpus. Topics overlap on purpose (several speak of a
"vergunning", a "wachtlijst" or an "aanslag"), articles mix one topic with general process sentences and
some mention a second topic in passing, so a search that pads or guesses is caught. Scored like
``../shared/tools/score_search.py`` by ``bench/score_search_direct.py --heldout`` and by the tests.
"""

from __future__ import annotations

import random

from knowledgebase.search import ArticleDoc

PROCESS = [
    "De bemiddelaar nam binnen een werkdag contact op met de inwoner.",
    "Samen met de medewerker van de gemeente werd een gesprek ingepland.",
    "Na het gesprek kreeg de inwoner een brief met de gemaakte afspraken.",
    "De inwoner voelde zich eindelijk serieus genomen.",
    "Een maand later belde de bemiddelaar om te vragen of alles geregeld was.",
    "De afdeling erkende dat de communicatie beter had gekund.",
    "Er kwam een vaste contactpersoon voor de inwoner.",
    "De inwoner hoefde geen formele klacht in te dienen.",
]

LESSONS = [
    "Leerpunt: stuur een ontvangstbevestiging met een termijn.",
    "Leerpunt: bel de inwoner voordat een besluit de deur uitgaat.",
    "Leerpunt: controleer of een melding echt is afgehandeld.",
    "Leerpunt: leg in gewone taal uit wat de regels zijn.",
]

# (cluster, theme, department, titles, topic sentences)
TOPICS = [
    (
        "terras",
        "Economie",
        "Vergunningen en handhaving",
        ["Terrasvergunning blijft uit", "Horecaterras te groot volgens handhaving"],
        [
            "De eigenaar van het café wachtte al maanden op een terrasvergunning.",
            "Handhaving vond het terras een meter te breed.",
            "De terrasstoelen moesten volgens een brief direct weg.",
            "De horecaondernemer vreesde omzetverlies in de zomer.",
        ],
    ),
    (
        "container",
        "Afval",
        "Afvalinzameling",
        ["Ondergrondse container steeds vol", "Afvalpas werkt niet"],
        [
            "De ondergrondse container in de wijk zat elke week propvol.",
            "Met de afvalpas ging de klep van de container niet open.",
            "Vuilniszakken bleven naast de container staan.",
            "De ophaaldienst leegde de afvalcontainer te weinig.",
        ],
    ),
    (
        "scootmobiel",
        "Zorg en ondersteuning",
        "Wmo-loket",
        ["Scootmobiel al maanden kapot", "Aanvraag scootmobiel afgewezen"],
        [
            "De scootmobiel van de inwoner stond al maanden stil.",
            "De leverancier van het hulpmiddel reageerde niet op reparatieverzoeken.",
            "Zonder scootmobiel kon mevrouw de boodschappen niet meer doen.",
            "Het Wmo-loket had de aanvraag voor een hulpmiddel afgewezen.",
        ],
    ),
    (
        "kwijtschelding",
        "Belastingen",
        "Belastingen",
        ["Kwijtschelding gemeentelijke belastingen", "Verzoek om kwijtschelding kwijtgeraakt"],
        [
            "Het verzoek om kwijtschelding van de afvalstoffenheffing raakte zoek.",
            "Met een laag inkomen had de inwoner recht op kwijtschelding.",
            "Ondanks het lopende verzoek kwam er een aanmaning met kosten.",
            "De aanslag werd alsnog kwijtgescholden.",
        ],
    ),
    (
        "inschrijving",
        "Burgerzaken",
        "Basisregistratie personen",
        ["Adreswijziging niet verwerkt", "Uitgeschreven na adresonderzoek"],
        [
            "Na de verhuizing was de adreswijziging niet verwerkt.",
            "Door een adresonderzoek werd de inwoner ten onrechte uitgeschreven.",
            "Zonder inschrijving in de basisregistratie stopte de zorgtoeslag.",
            "De inschrijving op het nieuwe adres werd met terugwerkende kracht hersteld.",
        ],
    ),
    (
        "inburgering",
        "Werk en inkomen",
        "Inburgering",
        ["Taalcursus inburgering vol", "Inburgeringsplicht en boete"],
        [
            "De statushouder kon nergens terecht voor een taalcursus.",
            "Er dreigde een boete omdat de inburgeringstermijn verliep.",
            "De taalschool had een wachtlijst van een half jaar.",
            "De termijn voor de inburgering werd verlengd.",
        ],
    ),
    (
        "zonnepanelen",
        "Bouwen en wonen",
        "Omgevingsvergunningen",
        ["Zonnepanelen op monument", "Vergunning zonnepanelen geweigerd"],
        [
            "De inwoner wilde zonnepanelen op het dak van een monument leggen.",
            "De omgevingsvergunning voor de panelen werd geweigerd vanwege het beschermd stadsgezicht.",
            "Een adviseur erfgoed keek mee naar zwarte panelen aan de achterkant.",
            "Na aanpassing van het plan kwam er toch een vergunning.",
        ],
    ),
    (
        "ongedierte",
        "Openbare ruimte",
        "Plaagdierbestrijding",
        ["Ratten in de achtertuin", "Overlast van ratten in de wijk"],
        [
            "Bewoners zagen ratten rond de vuilnisbakken in de achtertuinen.",
            "De plaagdierbestrijder kwam pas na weken langs.",
            "Buren voerden duiven, wat de ratten aantrok.",
            "De gemeente plaatste klemmen en gaf voorlichting over voer.",
        ],
    ),
    (
        "schuldhulp",
        "Werk en inkomen",
        "Schulddienstverlening",
        ["Wachtlijst schuldhulp", "Beslag op uitkering"],
        [
            "Voor de schuldhulpverlening gold een wachtlijst van drie maanden.",
            "De deurwaarder legde beslag op de uitkering.",
            "De schuldhulpverlener maakte een overzicht van alle schuldeisers.",
            "Er kwam een stabilisatieperiode zodat de schulden niet verder opliepen.",
        ],
    ),
    (
        "speelplaats",
        "Jeugd en onderwijs",
        "Onderwijshuisvesting",
        ["Schoolplein niet veilig", "Gymzaal school gesloten"],
        [
            "De gymzaal van de school was gesloten door asbest.",
            "Kinderen moesten met de bus naar een gymzaal verderop.",
            "Het schoolbestuur en de gemeente wezen naar elkaar.",
            "Het schoolplein werd na de zomer opnieuw ingericht.",
        ],
    ),
]

OUTCOMES = ["opgelost", "deels opgelost", "niet opgelost", "doorverwezen"]


def build(per_topic: int = 7, seed: int = 11) -> tuple[list[ArticleDoc], dict[str, list[str]]]:
    """Articles and, per topic, the references of its articles."""
    rnd = random.Random(seed)
    docs: list[ArticleDoc] = []
    topics: dict[str, list[str]] = {}
    n = 0
    for name, theme, dept, titles, topic in TOPICS:
        topics[name] = []
        for _ in range(per_topic):
            ref = f"HO-{n:04d}"
            n += 1
            own = rnd.sample(topic, rnd.randint(1, 3))
            parts = own + rnd.sample(PROCESS, rnd.randint(2, 4))
            rnd.shuffle(parts)
            half = len(parts) // 2
            body = (
                f"## Wat speelde er\n\n{' '.join(parts[:half])}\n\n## Wat is er gedaan\n\n"
                f"{' '.join(parts[half:])}\n\n## Wat leren we\n\n{rnd.choice(LESSONS)}"
            )
            docs.append(
                ArticleDoc(
                    reference=ref,
                    title=rnd.choice(titles),
                    body=body,
                    theme=theme,
                    department=dept,
                    outcome=rnd.choice(OUTCOMES),
                    year=rnd.randint(2019, 2026),
                )
            )
            topics[name].append(ref)
    return docs, topics


# (query, topic, kind)
QUERIES = [
    ("terrasvergunningen", "terras", "plural"),
    ("terras vergunning", "terras", "split"),
    ("terasvergunning", "terras", "typo"),
    ("horeca terras", "terras", "multi"),
    ("containers", "container", "plural"),
    ("afval pas", "container", "split"),
    ("ondergrondse contianer", "container", "typo"),
    ("scootmobielen", "scootmobiel", "plural"),
    ("scootmobiel kapot", "scootmobiel", "multi"),
    ("hulpmiddelen wmo", "scootmobiel", "multi-partial"),
    ("kwijtschelding", "kwijtschelding", "exact"),
    ("kwijtscheldingen belasting", "kwijtschelding", "multi-partial"),
    ("adreswijzigingen", "inschrijving", "plural"),
    ("adres onderzoek", "inschrijving", "split"),
    ("uitgeschreven", "inschrijving", "exact"),
    ("taalcursussen", "inburgering", "plural"),
    ("inburgerings termijn", "inburgering", "split"),
    ("zonnepaneel", "zonnepanelen", "plural"),
    ("zonne panelen monument", "zonnepanelen", "split"),
    ("ratten", "ongedierte", "exact"),
    ("rattenoverlast", "ongedierte", "compound"),
    ("plaagdieren", "ongedierte", "compound-part"),
    ("schuldhulp", "schuldhulp", "compound-part"),
    ("beslag uitkering", "schuldhulp", "multi"),
    ("gymzalen", "speelplaats", "plural"),
    ("asbest school", "speelplaats", "multi"),
]

# topics no article covers (some share a word with the corpus: "verlengen", "vergunning", "school")
ABSENT = [
    "kerstmarkt",
    "visvergunning",
    "paspoort verlengen",
    "begraafplaats onderhoud",
    "zwerfkatten",
    "carnavalsoptocht",
    "fietsenstalling station",
    "bibliotheekpas kwijt",
]


def corpus(per_topic: int = 7, seed: int = 11) -> tuple[list[ArticleDoc], list[dict]]:
    """The articles and the queries in the shape of score_search.py (``kind`` "absent" for absent topics)."""
    docs, topics = build(per_topic, seed)
    queries = [{"q": q, "relevant": topics[t], "kind": kind} for q, t, kind in QUERIES]
    queries += [{"q": q, "relevant": [], "kind": "absent"} for q in ABSENT]
    return docs, queries
