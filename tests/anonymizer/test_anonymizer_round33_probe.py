"""Round thirty-three (issue 10): the round's own probes of names no list holds, in sentence shapes of mail rooms,
home visits, moves, hyphenated compounds, brackets and speakers, and in Dutch-looking composed surnames ("Windbrug",
"Kerkstal"). None of them is taken from a corpus. The shapes that still leak are marked as known gaps.
"""

from __future__ import annotations

import itertools
import random

import pytest

from anonymizer import anonymize

SHAPES = [
    ("Dhr. Tesmiro Okonkwaze\nKorte Akkerstraat 12\n1234 AB Zwolle", ("Tesmiro", "Okonkwaze")),
    ("T.a.v. mevrouw Ballewyn Pelsmaekers", ("Ballewyn", "Pelsmaekers")),
    ("Retour afzender – geadresseerde onbekend: Orikaye Vlemminckx, Lindelaan 4", ("Orikaye", "Vlemminckx")),
    ("c/o familie Derkatsova", ("Derkatsova",)),
    ("Geadresseerde: Dravenko Brinkhorstra\nStatus: verhuisd", ("Dravenko", "Brinkhorstra")),
    ("De post voor Amsilya Tjoeng werd bezorgd bij de buren op nummer 12.", ("Amsilya", "Tjoeng")),
    ("Doorsturen naar het nieuwe adres van Quirijntje Haddouchir.", ("Quirijntje", "Haddouchir")),
    ("Afzender: Nazeerah Samaroedjie, Wilgenlaan 8", ("Nazeerah", "Samaroedjie")),
    ("Op de envelop stond Okonkwaze, maar er woont niemand van die naam.", ("Okonkwaze",)),
    ("Naam op de bel: Pelsmaekers/Brinkhorstra", ("Pelsmaekers", "Brinkhorstra")),
    ("Brief retour: VLEMMINCKX, ORIKAYE", ("Orikaye", "Vlemminckx")),
    ("Verhuizing Joskeline Derkatsova per 1 mei naar Arnhem.", ("Joskeline", "Derkatsova")),
    ("Sleuteloverdracht met Dravenko Brinkhorstra om 10 uur.", ("Dravenko", "Brinkhorstra")),
    ("Nieuwe bewoner: Amsilya. Vorige bewoner: Okonkwaze.", ("Amsilya", "Okonkwaze")),
    (
        "Bij de ontruiming was Quirijntje Haddouchir aanwezig met haar broer Orikaye.",
        ("Quirijntje", "Haddouchir", "Orikaye"),
    ),
    ("Aangetroffen: Nazeerah Samaroedjie (68), alleenwonend.", ("Nazeerah", "Samaroedjie")),
    ("De heer Okonkwaze woont al twintig jaar tussen de spullen.", ("Okonkwaze",)),
    ("Melding vervuilde woning – bewoner Ballewyn Pelsmaekers", ("Ballewyn", "Pelsmaekers")),
    ("Vlemminckx heeft toestemming gegeven voor het opruimen.", ("Vlemminckx",)),
    ("Joskeline zegt dat niets weg mag.", ("Joskeline",)),
    ("Hulpverlener Dravenko Brinkhorstra (GGD) bezocht de woning.", ("Dravenko", "Brinkhorstra")),
    ("Verzonden aan: Amsilya Tjoeng <amsilya.tjoeng@mail.nl>", ("Amsilya", "Tjoeng")),
    ("ONTVANGER: QUIRIJNTJE HADDOUCHIR", ("Quirijntje", "Haddouchir")),
    ("Naam: Samaroedjie, Nazeerah\nAdres: Lindelaan 4", ("Nazeerah", "Samaroedjie")),
    ("bezorgd bij tesmiro okonkwaze op nr 14", ("Tesmiro", "Okonkwaze")),
    ("Pakket voor Ballewyn ligt bij nummer 12 (Brinkhorstra).", ("Ballewyn", "Brinkhorstra")),
    ("Postbus-houder Orikaye Vlemminckx meldt dat de brieven niet aankomen.", ("Orikaye", "Vlemminckx")),
    (
        "De brief was gericht aan Joskeline Derkatsova maar kwam bij Nazeerah Haddouchir.",
        ("Joskeline", "Derkatsova", "Nazeerah", "Haddouchir"),
    ),
    ("Oud adres Dravenko Brinkhorstra: Lindelaan 4; nieuw adres: Berkenweg 7", ("Dravenko", "Brinkhorstra")),
    ("Verhuisbericht van Amsilya en Ballewyn Tjoeng.", ("Amsilya", "Tjoeng", "Ballewyn")),
    (
        "BRP-adresonderzoek: Quirijntje Haddouchir staat nog ingeschreven op de Lindelaan 4.",
        ("Quirijntje", "Haddouchir"),
    ),
    ("Uitgeschreven naar onbekend: Samaroedjie, Nazeerah (geb. 1971)", ("Nazeerah", "Samaroedjie")),
    ("Volgens de buren is Tesmiro al maanden niet gezien.", ("Tesmiro",)),
    (
        "Ballewyn Pelsmaekers en haar zoon Amsilya verhuizen naar een kleinere woning.",
        ("Ballewyn", "Pelsmaekers", "Amsilya"),
    ),
    ("Woningbouwvereniging meldt: huurder Vlemminckx laat niemand binnen.", ("Vlemminckx",)),
    ("Huisbezoek samen met wijkverpleegkundige Joskeline Derkatsova.", ("Joskeline", "Derkatsova")),
    (
        "Ongediertebestrijder Tesmiro Samaroedjie trof muizen aan in de keuken van Dravenko Brinkhorstra.",
        ("Dravenko", "Brinkhorstra", "Tesmiro", "Samaroedjie"),
    ),
    (
        "Overdracht sleutels: oude huurder Amsilya Tjoeng, nieuwe huurder Ballewyn Okonkwaze.",
        ("Amsilya", "Tjoeng", "Ballewyn", "Okonkwaze"),
    ),
    ("Ik, Quirijntje Haddouchir, geef toestemming om mijn spullen op te slaan.", ("Quirijntje", "Haddouchir")),
    ("Getuige bij de inventarisatie: Joskeline Vlemminckx (buurvrouw).", ("Joskeline", "Vlemminckx")),
    ("Contactpersoon familie: Dravenko Okonkwaze (dochter), 06-12345678", ("Okonkwaze", "Dravenko")),
    ("PELSMAEKERS BALLEWYN - VERHUISD", ("Ballewyn", "Pelsmaekers")),
    (
        "Voor Orikaye Vlemminckx is een bewindvoerder aangesteld: Quirijntje Tjoeng.",
        ("Orikaye", "Vlemminckx", "Quirijntje", "Tjoeng"),
    ),
    ("mevrouw Derkatsova wil niet dat haar dochter Nazeerah wordt gebeld", ("Derkatsova", "Nazeerah")),
    ("Afspraak bij Dravenko thuis, samen met haar neef Tesmiro.", ("Dravenko", "Tesmiro")),
    ("Toen ik bij Tjoeng aanbelde, deed niemand open.", ("Tjoeng",)),
    ("De kinderen van Haddouchir (twee en vijf) wonen bij hun vader.", ("Haddouchir",)),
    ("In het logboek staat dat Nazeerah Samaroedjie om 14.00 uur de deur opende.", ("Nazeerah", "Samaroedjie")),
    ("Via Tesmiro Okonkwaze van het wijkteam kwam de melding binnen.", ("Tesmiro", "Okonkwaze")),
    ("Reactie van Ballewyn op het verslag: 'ik ben het er niet mee eens'.", ("Ballewyn",)),
    (
        "Bewoner Orikaye Vlemminckx (Lindelaan 4) ontvangt al maanden post van Quirijntje Tjoeng.",
        ("Orikaye", "Vlemminckx", "Quirijntje", "Tjoeng"),
    ),
    ("Alle brieven aan Haddouchir liggen nu bij de balie.", ("Haddouchir",)),
    ("Doorgestuurd door Tesmiro (Samaroedjie) naar team Post.", ("Tesmiro", "Samaroedjie")),
    ("Verhuisdoos nr 3 – eigendom Amsilya Tjoeng", ("Amsilya", "Tjoeng")),
    ("Met vriendelijke groet,\n\nQuirijntje Haddouchir\nTeamleider Woonoverlast", ("Quirijntje", "Haddouchir")),
    ("Ondergetekende Nazeerah Samaroedjie verklaart dat…", ("Nazeerah", "Samaroedjie")),
    ("Tesmiro en Dravenko Okonkwaze hebben de woning op 3 mei leeg opgeleverd.", ("Tesmiro", "Okonkwaze", "Dravenko")),
    (
        "Inschrijving op adres van Ballewyn Pelsmaekers (hoofdbewoner) – medebewoner Amsilya",
        ("Ballewyn", "Pelsmaekers", "Amsilya"),
    ),
    ("De heer en mevrouw Vlemminckx vragen uitstel van de ontruiming.", ("Vlemminckx",)),
    ("Ik heb Joskeline Derkatsova gisteren nog gesproken bij de bakker.", ("Joskeline", "Derkatsova")),
    ("De Brinkhorstra-woning is sterk vervuild.", ("Brinkhorstra",)),
    ("In de Tjoeng-zaak is nog geen besluit.", ("Tjoeng",)),
    ("Dossier fam.Haddouchir – vervolgafspraak", ("Haddouchir",)),
    ("t.a.v. fam. Samaroedjie", ("Samaroedjie",)),
    ("Bij de Okonkwazes staat de tuin vol afval.", ("Okonkwaze",)),
    ("De Pelsmaekers's verhuizen in mei.", ("Pelsmaekers",)),
    ("Vlemminckx' kat loopt los.", ("Vlemminckx",)),
    ("mw. Derkatsova-Haddouchir woont er alleen.", ("Derkatsova", "Haddouchir")),
    ("Dravenkos moeder belde.", ("Dravenko",)),
    ("Overleg met Amsilya (Tjoeng) over de schoonmaak.", ("Amsilya", "Tjoeng")),
    ("Haddouchir (Quirijntje) heeft de sleutel.", ("Quirijntje", "Haddouchir")),
    ("Nazeerah (Samaroedjie) reageerde niet.", ("Nazeerah", "Samaroedjie")),
    ("In het rapport van Tesmiro: 'woning onbewoonbaar'.", ("Tesmiro",)),
    ("Ballewyn zwom naar de kant.", ("Ballewyn",)),
    ("Orikaye fietste weg.", ("Orikaye",)),
    ("Ook Joskeline en Nazeerah waren er.", ("Joskeline", "Nazeerah")),
    ("Met Dravenko, Tesmiro en Samaroedjie gesproken.", ("Dravenko", "Tesmiro", "Samaroedjie")),
    ("Aanwezig: Amsilya Tjoeng; Ballewyn Okonkwaze; wijkagent Bos", ("Amsilya", "Tjoeng", "Ballewyn", "Okonkwaze")),
    ("Huurder: HADDOUCHIR, QUIRIJNTJE", ("Quirijntje", "Haddouchir")),
    ("[foto: keuken Samaroedjie]", ("Samaroedjie",)),
    ("Bestand: inspectie_okonkwaze_2025.pdf", ("Okonkwaze",)),
    ("Onderwerp: RE: woning Pelsmaekers, Lindelaan 4", ("Pelsmaekers",)),
    ("#Vlemminckx #overlast", ("Vlemminckx",)),
    ("@joskelinederkatsova kun je even bellen", ("Joskeline", "Derkatsova")),
    ("Dravenko: 'ik ga nergens heen'", ("Dravenko",)),
    ("— Amsilya, 71, woont er sinds 1989", ("Amsilya",)),
    ("Verhuurder Quirijntje Haddouchir wil de huur opzeggen.", ("Quirijntje", "Haddouchir")),
    ("Ze noemen hem Nazeerah, maar eigenlijk heet hij Joskeline.", ("Nazeerah", "Joskeline")),
    ("De kinderen van Tesmiro en Derkatsova spelen buiten.", ("Tesmiro", "Derkatsova")),
    ("Inboedel van wijlen Ballewyn Pelsmaekers wordt opgehaald.", ("Ballewyn", "Pelsmaekers")),
    ("Notitie: Vlemminckx niet thuis, kaartje achtergelaten.", ("Vlemminckx",)),
    ("Niet thuis: Derkatsova. Wel thuis: Haddouchir.", ("Derkatsova", "Haddouchir")),
    ("Op 4 mei belde Dravenko weer.", ("Dravenko",)),
    ("Volgende week gaat Amsilya verhuizen.", ("Amsilya",)),
    ("Quirijntje, Orikaye en ik hebben de zolder leeggehaald.", ("Quirijntje", "Orikaye")),
]
KNOWN_GAPS = frozenset(
    (
        "#Vlemminckx #overlast",
        "Niet thuis: Derkatsova. Wel thuis: Haddouchir.",
    )
)


@pytest.mark.parametrize(("text", "names"), SHAPES)
def test_unlisted_names_in_probe_shapes(text: str, names: tuple[str, ...]) -> None:
    if text in KNOWN_GAPS:
        pytest.xfail("a known gap of round thirty-three (a hashtag, a bare surname after a status key)")
    out = anonymize(text).text.lower()
    assert [n for n in names if n.lower() in out] == []


_HEADS = "Wind Brug Zand Hoog Laag Oost West Noord Zuid Groen Wit Zwart Vos Kamp Veld Hof Dijk Molen Steen Rood Berg"
_HEADS += " Beek Broek Hout Bos Meer Kerk Stal Schuur Hek Wal Riet Klei Turf Vlas Graan Linde Eik Esch"
_TAILS = "brug zand hek stal schuur wal riet klei turf vlas kamp veld hof dijk steen berg beek broek hout bos meer kerk"
_TAILS += " man mans ink horst laar loo water boom maker meijer haar sma stra inga ema ens ers"
_COMPOSED_SHAPES = (
    "Mevrouw {s} belde over de schuur.",
    "{s} belde gisteren terug.",
    "Ik heb met {s} gesproken.",
    "Gesprek met {g} {s} over de tuin.",
    "Familie {s} woont er al lang.",
    "Namens de buren: {g} {s}",
    "{s}, {g} (Lindelaan 4)",
    "De heer {s} is het er niet mee eens.",
    "Volgens {s} is de boom ziek.",
    "Met vriendelijke groet,\n{g} {s}",
)
_GIVEN = ("Gerrit", "Annemieke", "Thijs", "Wilma", "Joost", "Femke")


def _composed() -> list[tuple[str, str]]:
    heads, tails = _HEADS.split(), _TAILS.split()
    names = sorted({h + t for h, t in itertools.product(heads, tails) if h.lower() != t})
    random.Random(7).shuffle(names)
    return [
        (_COMPOSED_SHAPES[k % len(_COMPOSED_SHAPES)].format(s=s, g=_GIVEN[k % len(_GIVEN)]), s)
        for k, s in enumerate(names[:120])
    ]


COMPOSED = _composed()
# a compound of two Dutch words that is also an ordinary word ("zandsteen") or reads as one ("Roodschuur")
COMPOSED_GAPS = frozenset(("Roodschuur", "Zandsteen"))


def test_composed_surnames() -> None:
    leaked = [name for text, name in COMPOSED if name in anonymize(text).text]
    assert sorted(leaked) == sorted(COMPOSED_GAPS)
