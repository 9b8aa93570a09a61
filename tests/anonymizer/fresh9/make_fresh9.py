#!/usr/bin/env python3
# ruff: noqa: E501  (the templates are data: one Dutch sentence a line)
"""Generate the fresh9 corpus (helper H2, round nine), written blind to the anonymizer.

Two files beside this script:

- ``fresh9_short.jsonl``: 500 short formal and semi-formal Dutch texts (one to three sentences) with one to four
  identifiers each, names in as many positions and spellings as possible;
- ``fresh9_records.jsonl``: 300 structured records (key/value forms, CSV/TSV, Markdown/ASCII tables, JSON, YAML,
  XML, vCard, iCal, e-mail headers, address blocks, BRP extracts, lists, logs, bank lines, permits, appointments).

Every document is drawn from one seeded stream (standard library only) and must pass ``problems()`` (the annotation
gate: ``check_doc`` of ``tests/anonymizer/corpora/score.py``, valid labels, BSN eleven-test, IBAN mod-97, no keep
word sharing a word with a person's name unless that name is a known name that is also an ordinary word); a document
that fails is drawn again and counted.

Usage: make_fresh9.py            write both files
       make_fresh9.py --check    regenerate in memory; exit 1 if a committed file differs
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9122026
LABELS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}


def _score_module():
    spec = importlib.util.spec_from_file_location("fresh9_score", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_module()

# ---------------------------------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------------------------------

FIRST_M = (
    "Jan Kees Gerrit Willem Joost Bram Daan Thijs Ruud Sander Wouter Hendrik Cornelis Teun Sjoerd Wiebe Hylke "
    "Mohammed Youssef Hamza Said Mustafa Bilal Mehmet Emre Hüseyin Murat Kemal Ravi Marlon Jurgen Gilbert Ricardo "
    "Budi Piotr Tomasz Ahmad Omar Khaled Yonas Tesfay Filmon Abdi Wei Jun Kwame Kofi Minh Farid João Dewkoemar "
    "Rachid Abdelkader Arjen Menno Gijs Stijn Jeroen Olaf Mattheus Reinier Koen Lars Milan Ilias Soufiane"
).split()
FIRST_F = (
    "Maria Johanna Ingrid Marieke Sanne Femke Lotte Eva Anouk Iris Noor Tessa Wilma Gerda Hendrika Truus Joke Els "
    "Hanneke Tjitske Geertje Baukje Jildou Fatima Khadija Noura Samira Karima Ilham Ayşe Elif Zeynep Özlem Büşra "
    "Roshni Sunita Shanice Xiomara Ratna Dewi Katarzyna Agnieszka Małgorzata Rasha Lina Yara Semhar Helen Hodan "
    "Faduma Akosua Ama Nélia Zahra Thi Lan Mei Ling Xiu Ineke Aaltje Riet Jolanda Petra Nathalie Chantal Kelly "
    "Esmée Fenna Saskia Mirjam Yvonne Claudia Malika Hafsa Nadia Ilse"
).split()
# two-word first names written joined above are split back here
FIRST_F = [f for f in FIRST_F if f not in ("Thi", "Lan", "Mei", "Ling")] + ["Thi Lan", "Mei Ling"]

SURNAMES = [
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("van", "Dijk"),
    ("", "Meijer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Dijkstra"),
    ("", "Smits"),
    ("de", "Graaf"),
    ("van der", "Meer"),
    ("van der", "Linden"),
    ("", "Jacobs"),
    ("", "Vermeulen"),
    ("van den", "Heuvel"),
    ("van der", "Veen"),
    ("van den", "Broek"),
    ("de", "Bruijn"),
    ("de", "Jong"),
    ("", "Schouten"),
    ("van 't", "Hof"),
    ("ter", "Horst"),
    ("ten", "Cate"),
    ("in 't", "Veld"),
    ("in den", "Bosch"),
    ("d'", "Ancona"),
    ("op den", "Kamp"),
    ("van", "Hulst"),
    ("van", "Dongen"),
    ("van", "Hoorn"),
    ("van", "Weert"),
    ("", "Hoekstra"),
    ("", "Wiersma"),
    ("", "Zijlstra"),
    ("", "Bouzid"),
    ("", "El Amrani"),
    ("", "Ait Taleb"),
    ("", "Benali"),
    ("", "Ouali"),
    ("", "Yilmaz"),
    ("", "Yıldız"),
    ("", "Kaya"),
    ("", "Demir"),
    ("", "Şahin"),
    ("", "Çelik"),
    ("", "Öztürk"),
    ("", "Aydın"),
    ("", "Ramdin"),
    ("", "Sewdien"),
    ("", "Jagesar"),
    ("", "Kanhai"),
    ("", "Pinas"),
    ("", "Sabajo"),
    ("", "Doelwijt"),
    ("", "Pattinama"),
    ("", "Latuheru"),
    ("", "Sahetapy"),
    ("", "Kowalska"),
    ("", "Nowak"),
    ("", "Wiśniewski"),
    ("", "Al-Hassan"),
    ("", "Haddad"),
    ("", "Alkhatib"),
    ("", "Tesfamariam"),
    ("", "Gebremedhin"),
    ("", "Haile"),
    ("", "Warsame"),
    ("", "Farah"),
    ("", "Chen"),
    ("", "Zhang"),
    ("", "Mensah"),
    ("", "Owusu"),
    ("", "Asante"),
    ("", "Nguyen"),
    ("", "Tran"),
    ("", "Karimi"),
    ("dos", "Santos"),
    ("", "Oosterhuis"),
    ("", "Verhoeven"),
    ("van", "Beusekom"),
    ("", "Lammers"),
    ("", "Timmermans"),
    ("van", "Rijswijk"),
    ("", "Koopmans"),
    ("", "Tjon-A-Fat"),
    ("", "Martina"),
    ("", "Rosalia"),
    ("", "Eleonora"),
    ("", "Tiel"),
    ("", "Doorn"),
    ("", "Haarlem"),
    ("van", "Wageningen"),
    ("van", "Gorkum"),
    ("", "Brinkman"),
    ("", "Huisman"),
    ("", "Nijland"),
    ("", "Blom"),
]
# surnames that are also ordinary Dutch words
WORD_SURNAMES = [
    ("", "Bakker", "bakker"),
    ("", "Visser", "visser"),
    ("", "Smit", "smit"),
    ("de", "Boer", "boer"),
    ("", "Kok", "kok"),
    ("", "Bos", "bos"),
    ("", "Vos", "vos"),
    ("de", "Wit", "wit"),
    ("de", "Haan", "haan"),
    ("", "Koning", "koning"),
    ("", "Post", "post"),
    ("", "Hoek", "hoek"),
    ("", "Vink", "vink"),
    ("", "Zomer", "zomer"),
    ("", "Winter", "winter"),
    ("", "Storm", "storm"),
    ("", "Kramer", "kramer"),
    ("", "Schilder", "schilder"),
    ("", "Koster", "koster"),
    ("", "Brouwer", "brouwer"),
    ("", "Groen", "groen"),
    ("", "Klein", "klein"),
    ("de", "Lange", "lange"),
    ("", "Haas", "haas"),
    ("", "Wolf", "wolf"),
    ("", "Valk", "valk"),
    ("", "Mol", "mol"),
    ("", "Baas", "baas"),
    ("", "Kooi", "kooi"),
    ("", "Boom", "boom"),
    ("", "Dam", "dam"),
    ("", "Beek", "beek"),
    ("", "Molenaar", "molenaar"),
    ("", "Timmer", "timmer"),
    ("", "Veenstra", "veen"),
]
# sentences that use the ordinary word of a word surname (lower case, never sentence-initial)
WORD_USES = {
    "bakker": "haalt haar brood al jaren bij de bakker op de hoek",
    "visser": "vertelt dat hij als visser in Urk heeft gewerkt",
    "smit": "noemt zijn oude beroep: smit in een garage",
    "boer": "is zelf boer en heeft een melkveebedrijf",
    "kok": "werkte twintig jaar als kok in een restaurant",
    "bos": "wandelt elke dag in het bos achter de flat",
    "vos": "meldt dat een vos de kippen in de tuin heeft gedood",
    "wit": "vindt het witte formulier met wit kader onduidelijk",
    "haan": "klaagt over een kraaiende haan bij de buren",
    "koning": "verwijst naar de lintjesregen van de koning",
    "post": "kreeg de beschikking pas laat met de post",
    "hoek": "woont op de hoek bij het winkelcentrum",
    "vink": "zet een vink in het verkeerde vakje van het formulier",
    "zomer": "wacht sinds de zomer op een beslissing",
    "winter": "vreest de komende winter de energierekening niet te kunnen betalen",
    "storm": "meldt schade aan het dak na de storm van vorige week",
    "kramer": "staat als kramer op de weekmarkt",
    "schilder": "werkt als schilder bij een aannemer",
    "koster": "is vrijwilliger en koster van de kerk in het dorp",
    "brouwer": "is brouwer bij een kleine bierbrouwerij",
    "groen": "vraagt om meer groen in de straat",
    "klein": "zegt dat de woning te klein is voor het gezin",
    "lange": "spreekt van een lange wachttijd bij het wijkteam",
    "haas": "heeft een haas als huisdier op het balkon",
    "wolf": "las over de wolf die in de Veluwe is gezien",
    "valk": "zag een valk boven het park",
    "mol": "heeft last van een mol in het gazon",
    "baas": "zegt dat de baas van de werkplaats niet meewerkt",
    "kooi": "vraagt een kooi voor de kat voor het vervoer",
    "boom": "meldt een omgewaaide boom voor de deur",
    "dam": "woont vlak bij de dam in de rivier",
    "beek": "heeft wateroverlast door de beek achter het huis",
    "molenaar": "werkt als vrijwillig molenaar op zaterdag",
    "timmer": "vraagt of de timmer- en verfkosten onder de woningaanpassing vallen",
    "veen": "woont op het veen waar de grond verzakt",
}

STREETS = [
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Schoolstraat",
    "Julianalaan",
    "Beatrixstraat",
    "Wilhelminastraat",
    "Prins Bernhardlaan",
    "Laan van Meerdervoort",
    "Oudegracht",
    "Hoofdweg",
    "Rijksstraatweg",
    "Kastanjelaan",
    "Eikenlaan",
    "Berkenhof",
    "Zonnebloemstraat",
    "Tulpstraat",
    "Parallelweg",
    "Stationsweg",
    "Nieuwe Binnenweg",
    "1e Oosterparkstraat",
    "Graaf Florislaan",
    "Sint Annastraat",
    "Amstelveenseweg",
    "Vlierstraat",
    "Meidoornlaan",
    "Burgemeester Roelenweg",
    "Van Heemstraweg",
    "Lange Nieuwstraat",
    "Korte Kerkstraat",
    "Bisschop Zwijsenstraat",
    "Tjalkstraat",
    "Pieter Zeemanweg",
    "Dr. Schaepmanstraat",
    "Mgr. Nolenslaan",
    "Jan van Galenstraat",
    "Westersingel",
    "Hazelaarhof",
    "Kamperfoeliestraat",
    "Ringbaan-Oost",
    "Spoorlaan",
    "Noordeinde",
    "Plein 1945",
    "Heerenveenseweg",
    "Oosterstraat",
    "Boterdiep",
    "Zuiderhaven",
    "Weverstraat",
    "Akkerwinde",
]
TOWNS = [
    "Utrecht",
    "Zwolle",
    "Apeldoorn",
    "Tilburg",
    "Leeuwarden",
    "'s-Hertogenbosch",
    "Den Haag",
    "Emmen",
    "Venlo",
    "Dordrecht",
    "Enschede",
    "Heerlen",
    "Almere",
    "Goes",
    "Groningen",
    "Amersfoort",
    "Delft",
    "Lelystad",
    "Roermond",
    "Deventer",
    "Assen",
    "Middelburg",
    "Zaandam",
    "Nijmegen",
    "Schiedam",
    "Helmond",
    "Sneek",
]
DEPTS = [
    "afdeling Burgerzaken",
    "team Schuldhulpverlening",
    "afdeling Werk en Inkomen",
    "Sociaal Domein",
    "Wijkteam Noord",
    "Klantcontactcentrum",
    "team Vergunningen",
    "Toezicht en Handhaving",
    "afdeling Belastingen",
    "Leerplicht",
    "Jeugd en Gezin",
    "team Wmo",
    "Bezwaarschriftencommissie",
    "afdeling Juridische Zaken",
    "Parkeerbeheer",
    "Stadsbeheer",
    "team Inburgering",
    "Griffie",
]
SCHEMES = [
    "bijzondere bijstand",
    "individuele inkomenstoeslag",
    "huurtoeslag",
    "minimaregeling",
    "kwijtschelding",
    "Meedoenpas",
    "Stadspas",
    "persoonsgebonden budget",
    "leerlingenvervoer",
    "parkeervergunning",
    "gehandicaptenparkeerkaart",
    "woningaanpassing",
    "huishoudelijke ondersteuning",
    "beschermd wonen",
    "schuldregeling",
    "levensonderhoud",
    "energietoeslag",
    "bewindvoering",
    "dagbesteding",
    "taxivervoer",
]
LAWS = [
    "Awb",
    "Participatiewet",
    "Wmo 2015",
    "Jeugdwet",
    "Wet gemeentelijke schuldhulpverlening",
    "Wet BRP",
    "Omgevingswet",
    "Woo",
    "AVG",
    "Gemeentewet",
    "artikel 7:1 Awb",
    "artikel 4:8 Awb",
    "Wet inburgering 2021",
]
ORGS = [
    "UWV",
    "SVB",
    "CAK",
    "Belastingdienst",
    "GGD",
    "Veilig Thuis",
    "RDW",
    "Raad voor de Kinderbescherming",
    "Nationale ombudsman",
    "Centrale Raad van Beroep",
    "rechtbank Gelderland",
    "Kredietbank",
    "Humanitas",
    "Leger des Heils",
    "VluchtelingenWerk",
    "MEE",
    "Woonstad Rotterdam",
    "Ymere",
    "Menzis",
    "Zilveren Kruis",
    "Jeroen Bosch Ziekenhuis",
    "Erasmus MC",
    "Anne Frank Huis",
    "Prinses Máxima Centrum",
    "Juridisch Loket",
    "Van Gogh Museum",
    "Sint Maartenskliniek",
    "Willem Alexander Kinderziekenhuis",
    "Thomas More Hogeschool",
]
PLACES = [
    "Stadhuisplein",
    "de Grote Markt",
    "het Stationsplein",
    "de Grote Kerk",
    "het Vondelpark",
    "de bibliotheek",
    "het wijkcentrum De Kroon",
    "het Museumplein",
    "buurthuis De Boog",
    "het Wilhelminapark",
    "zwembad De Vennen",
]
# ordinary words that look like names (capitalised month, holidays, ...)
LOOKALIKES = [
    "Koningsdag",
    "Sinterklaas",
    "Pasen",
    "Pinksteren",
    "Prinsjesdag",
    "Kerstmis",
    "Hemelvaartsdag",
    "Oudjaar",
    "Bevrijdingsdag",
    "Suikerfeest",
    "Keti Koti",
    "Divali",
]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
GEM_CONTACT = [
    "14 020",
    "14 030",
    "14 050",
    "14 0570",
    "14 073",
    "14 038",
    "info@gemeente.nl",
    "info@gemeentegoes.nl",
    "info@zwolle.nl",
    "gemeente@utrecht.nl",
    "Postbus 16200",
    "Postbus 10007",
]
AMOUNTS = ["€ 1.250,00", "€ 87,50", "EUR 412,-", "€ 2.310,45", "€ 65", "€ 19,95 per maand", "€ 3.400", "€ 540,17"]

TITLES_M = ["dhr.", "Dhr.", "Dhr", "de heer", "De heer", "heer", "mr.", "drs.", "ing.", "ir.", "dr.", "DHR."]
TITLES_F = ["mw.", "Mw.", "mevr.", "Mevr.", "mevrouw", "Mevrouw", "mr.", "drs.", "ing.", "dr.", "MW", "mej."]


# ---------------------------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------------------------


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        rest = sum(c * w for c, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if rest <= 9:
            s = "".join(map(str, d)) + str(rest)
            return r.choice(
                [s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"]
            )


def iban_ok(s: str) -> bool:
    c = re.sub(r"[\s.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    moved = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _iban(country: str, bban: str) -> str:
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - num % 97:02d}{bban}"


def make_iban(r: random.Random) -> str:
    kind = r.choice(["NL"] * 6 + ["BE", "DE", "LU", "FR", "ES", "NL"])
    digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "NL":
        bank = r.choice(["ABNA", "RABO", "INGB", "ASNB", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
        s = _iban("NL", bank + digits(10))
    elif kind == "BE":
        s = _iban("BE", digits(12))
    elif kind == "DE":
        s = _iban("DE", digits(18))
    elif kind == "LU":
        s = _iban("LU", digits(3) + digits(13))
    elif kind == "FR":
        s = _iban("FR", digits(10) + digits(11) + digits(2))
    else:
        s = _iban("ES", digits(20))
    style = r.random()
    if style < 0.5:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if style < 0.9:
        return s
    return s.lower() if style < 0.95 else " ".join(s[i : i + 4] for i in range(0, len(s), 4)).replace(" ", ".")


def make_phone(r: random.Random) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    k = r.randrange(14)
    m = str(r.randint(1, 9)) + d(7)
    if k == 0:
        return f"06-{m}"
    if k == 1:
        return f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if k == 2:
        return f"+31 6 {m}"
    if k == 3:
        return f"0031 6 {m[:4]} {m[4:]}"
    if k == 4:
        return f"+31(0)6-{m}"
    if k == 5:
        return f"06{m}"
    if k == 6:
        return f"0{r.choice(['20', '10', '30', '70', '50', '40'])}-{str(r.randint(2, 9)) + d(6)}"
    if k == 7:
        a = r.choice(["10", "20", "30", "70"])
        n = str(r.randint(2, 9)) + d(6)
        return f"0{a} {n[:3]} {n[3:5]} {n[5:]}"
    if k == 8:
        return f"0{r.choice(['592', '513', '318', '475', '115', '226', '546'])}-{str(r.randint(2, 9)) + d(5)}"
    if k == 9:
        return f"+31 {r.choice(['30', '20', '58', '53'])} {str(r.randint(2, 9)) + d(2)} {d(4)}"
    if k == 10:
        return f"+32 4{r.randint(70, 99)} {d(2)} {d(2)} {d(2)}"
    if k == 11:
        return f"+49 15{r.randint(1, 9)} {d(8)}"
    if k == 12:
        return f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}"
    return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"


def make_postcode(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
    return r.choice([f"{n} {letters}"] * 5 + [f"{n}{letters}"] * 3 + [f"{n} {letters.lower()}", f"{n}-{letters}"])


PLATE_L = "BDFGHJKLNPRSTVXZ"


def make_plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))  # noqa: E731
    N = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    forms = [
        lambda: f"{L(2)}-{N(2)}-{N(2)}",
        lambda: f"{N(2)}-{N(2)}-{L(2)}",
        lambda: f"{N(2)}-{L(2)}-{N(2)}",
        lambda: f"{L(2)}-{N(2)}-{L(2)}",
        lambda: f"{L(2)}-{L(2)}-{N(2)}",
        lambda: f"{N(2)}-{L(2)}-{L(2)}",
        lambda: f"{N(2)}-{L(3)}-{N(1)}",
        lambda: f"{N(1)}-{L(3)}-{N(2)}",
        lambda: f"{L(2)}-{N(3)}-{L(1)}",
        lambda: f"{L(1)}-{N(3)}-{L(2)}",
        lambda: f"{L(3)}-{N(2)}-{L(1)}",
        lambda: f"{L(1)}-{N(2)}-{L(3)}",
        lambda: f"{N(1)}-{L(2)}-{N(3)}",
        lambda: f"{N(3)}-{L(2)}-{N(1)}",
    ]
    p = r.choice(forms)()
    s = r.random()
    return p if s < 0.7 else (p.replace("-", "") if s < 0.85 else p.replace("-", " "))


def make_case(r: random.Random) -> str:
    y = r.choice(["2024", "2025", "2026"])
    yy = y[2:]
    N = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    forms = [
        lambda: f"Z/{yy}/{N(6)}",
        lambda: f"Z-{y}-{N(6)}",
        lambda: f"{y}-{N(7)}",
        lambda: f"BZ-{yy}-{N(5)}",
        lambda: f"WMO/{y}/{N(4)}",
        lambda: f"JZ{yy}.{N(6)}",
        lambda: f"D{y}.{N(5)}",
        lambda: f"ZK{yy}{N(6)}",
        lambda: f"{y}/{N(5)}/BEZW",
        lambda: f"SHV-{yy}-{N(4)}",
        lambda: f"INT/{y}/{N(5)}",
        lambda: f"PW.{y}.{N(5)}",
        lambda: f"BAG-{N(3)}-{yy}",
        lambda: f"OLO{N(7)}",
        lambda: f"ZAAK-{N(8)}",
        lambda: f"U{yy}.{N(5)}",
        lambda: f"{N(4)}.{yy}.BZW",
        lambda: f"JW-{yy}{N(4)}",
    ]
    return r.choice(forms)()


def make_dob(r: random.Random) -> str:
    y, m, d = r.randint(1931, 2015), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(9)
    if k == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if k == 1:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if k == 4:
        return f"{d}/{m}/{y}"
    if k == 5:
        return f"{d}-{m}-{y}"
    if k == 6:
        mon = MONTHS[m - 1]
        return f"{d} {mon[:3]}. {y}" if len(mon) > 4 else f"{d} {mon} {y}"
    if k == 7:
        return f"{d:02d}{m:02d}{y}"
    return f"{d} {MONTHS[m - 1].capitalize()} {y}"


def make_date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]}", f"{y}-{m:02d}-{d:02d}"]
    )


# ---------------------------------------------------------------------------------------------------------------
# People and the document builder
# ---------------------------------------------------------------------------------------------------------------


class Person:
    def __init__(self, r: random.Random, word: bool = False, male: bool | None = None) -> None:
        self.male = r.random() < 0.5 if male is None else male
        self.first = r.choice(FIRST_M if self.male else FIRST_F)
        if word or r.random() < 0.15:
            self.part, self.core, self.word = r.choice(WORD_SURNAMES)
        else:
            self.part, self.core = r.choice(SURNAMES)
            self.word = ""
        extra = r.choice(FIRST_M if self.male else FIRST_F)
        names = [self.first] + ([extra] if r.random() < 0.4 and extra != self.first else [])
        self.initials = "".join(n[0] + "." for n in " ".join(names).split())

    def sur(self, cap: bool) -> str:
        """Surname with its particle; the particle capitalised when nothing precedes it (Dutch rule)."""
        if not self.part:
            return self.core
        p = self.part[0].upper() + self.part[1:] if cap else self.part
        return p + self.core if self.part.endswith("'") else f"{p} {self.core}"

    def full(self) -> str:
        return f"{self.first} {self.sur(False)}"

    def inits(self, r: random.Random) -> str:
        i = self.initials
        k = r.randrange(6)
        if k == 0:
            return i.replace(".", ". ").strip()
        if k == 1:
            return i.replace(".", "")
        if k == 2 and len(i) > 2:
            return i.replace(".", " ").strip()
        return i


class Doc:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.known: dict | None = None

    def add(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if text and item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def kc(self, pool: list[str]) -> str:
        return self.k(self.r.choice(pool))

    # identifiers ---------------------------------------------------------------------------------------------
    def bsn(self) -> str:
        return self.add(make_bsn(self.r), "BSN")

    def iban(self) -> str:
        return self.add(make_iban(self.r), "IBAN")

    def phone(self) -> str:
        return self.add(make_phone(self.r), "PHONE")

    def pc(self) -> str:
        return self.add(make_postcode(self.r), "POSTCODE")

    def plate(self) -> str:
        return self.add(make_plate(self.r), "LICENSE_PLATE")

    def case(self) -> str:
        return self.add(make_case(self.r), "CASE_NUMBER")

    def dob(self) -> str:
        return self.add(make_dob(self.r), "DATE_OF_BIRTH")

    def addr(self) -> str:
        r = self.r
        n = r.randint(1, 240)
        num = r.choice([str(n)] * 5 + [f"{n}a", f"{n}-II", f"{n}-3", f"{n}B", f"{n} hs", f"{n}-bis", f"{n} A"])
        return self.add(f"{r.choice(STREETS)} {num}", "ADDRESS")

    def email(self, p: Person | None = None) -> str:
        r = self.r
        p = p or Person(r)
        core = re.sub(r"[^a-z]", "", p.core.lower().translate(str.maketrans("ıışçöüłńśéí", "iiscoulnsei")))
        part = p.part.replace(" ", "").replace("'", "")
        first = re.sub(r"[^a-z]", "", p.first.lower().translate(str.maketrans("ışçöüłńśéí", "iscoulnsei")))
        local = r.choice(
            [
                f"{first}.{part}{core}",
                f"{first[0]}.{part}{core}{r.randint(60, 99)}",
                f"{first}{core}{r.randint(1, 999)}",
                f"{core}.{first[0]}",
                f"{first}_{core}",
                f"{first}{r.randint(1960, 2010)}",
            ]
        )
        dom = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "live.nl",
                "xs4all.nl",
                "icloud.com",
                "home.nl",
                "planet.nl",
                "yahoo.com",
                "hotmail.be",
                "web.de",
            ]
        )
        return self.add(f"{local}@{dom}", "EMAIL")

    # names ---------------------------------------------------------------------------------------------------
    def name(self, p: Person, style: str | None = None, start: bool = False) -> str:
        """A rendering of ``p``; every name item is registered; ``start`` capitalises a leading particle."""
        r = self.r
        style = style or r.choice(
            ["full"] * 5
            + ["init"] * 5
            + ["sur"] * 4
            + ["first", "caps", "lower", "comma", "married", "maiden", "paren", "initnodot", "capsur", "single"]
        )
        if style == "full":
            return self.add(p.full(), "PERSON")
        if style == "init":
            return self.add(f"{p.inits(r)} {p.sur(False)}", "PERSON")
        if style == "initnodot":
            return self.add(f"{p.initials.replace('.', '')} {p.sur(False)}", "PERSON")
        if style == "single":
            return self.add(f"{p.first[0]}. {p.sur(False)}", "PERSON")
        if style == "sur":
            return self.add(p.sur(True), "PERSON")
        if style == "first":
            return self.add(p.first, "PERSON")
        if style == "caps":
            return self.add(p.full().upper() if r.random() < 0.5 else f"{p.initials} {p.sur(False).upper()}", "PERSON")
        if style == "capsur":
            return self.add(p.sur(True).upper(), "PERSON")
        if style == "lower":
            return self.add(p.full().lower(), "PERSON")
        if style == "comma":
            if p.part and r.random() < 0.5:
                a = self.add(p.sur(True), "PERSON")
                b = self.add(p.inits(r) if r.random() < 0.6 else p.first, "PERSON")
            else:
                a = self.add(p.core, "PERSON")
                b = self.add(f"{p.inits(r)} {p.part}".strip() if r.random() < 0.6 else p.first, "PERSON")
            return f"{a}, {b}"
        if style == "married":
            q = Person(r)
            a = self.add(f"{p.initials} {q.sur(False)}-{p.sur(False)}", "PERSON")
            return a
        if style == "maiden":
            q = Person(r)
            a = self.add(f"{p.inits(r)} {q.sur(False)}", "PERSON")
            b = self.add(p.sur(True), "PERSON")
            return f"{a} {r.choice(['geb.', 'geboren', 'geb'])} {b}"
        if style == "paren":
            a = self.add(f"{p.inits(r)} {p.sur(False)}", "PERSON")
            b = self.add(p.first, "PERSON")
            return f"{a} ({b})"
        raise ValueError(style)

    def titled(self, p: Person, style: str | None = None) -> str:
        r = self.r
        t = r.choice(TITLES_M if p.male else TITLES_F)
        if style is None:
            style = r.choice(["init", "sur", "sur", "full", "single", "initnodot", "married"])
        return f"{t} {self.name(p, style)}"

    def person(self, start: bool = False) -> str:
        """A name with or without a title, in a random style (at a sentence start never all lower case)."""
        p = Person(self.r)
        style = self.r.choice(["full", "init", "sur", "caps", "married", "paren", "single"]) if start else None
        s = self.titled(p) if self.r.random() < 0.45 else self.name(p, style)
        return s[0].upper() + s[1:] if start else s

    def out(self, did: str, text: str) -> dict:
        """The document; an item drawn for a template that was not chosen is dropped, but only when no trace of it
        (no name part, in any case) is in the text, so a rendering that changed an item still fails the gate."""

        def trace(item: dict) -> bool:
            if item["text"] in text:
                return True
            if item["label"] == "PERSON":
                return any(w in _words(text) for w in _words(item["text"]))
            return SCORE.leaked(item, text)

        pii = [i for i in self.pii if trace(i)]
        keep = [k for k in self.keep if k.lower() in text.lower()]
        d = {"id": did, "text": text, "pii": pii, "keep": keep}
        if self.known is not None:
            d["known"] = self.known
        return d


# ---------------------------------------------------------------------------------------------------------------
# The gate
# ---------------------------------------------------------------------------------------------------------------


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if len(w) > 1 and w not in SCORE.PARTICLES}


def _split(name: str) -> set[str]:
    return {w for w in re.split(r"[\s\-']+", name) if len(w) > 1}


# every name word of the pools, for the completeness check: capitalised or all caps it must never stand outside an
# annotated (or kept) string; in lower case only the words that are not also ordinary Dutch words
NAME_WORDS = set().union(
    *map(_split, FIRST_M + FIRST_F), *(_split(c) for _, c in SURNAMES + [w[:2] for w in WORD_SURNAMES])
)
NAME_WORDS -= {"Post"}  # also a sentence-initial ordinary word ("Post voor ... komt retour")
LOWER_NAME_WORDS = {w.lower() for w in set().union(*map(_split, FIRST_M + FIRST_F), *(_split(c) for _, c in SURNAMES))}
LOWER_NAME_WORDS -= {"mei", "lange", "ling", "lan", "thi", "al", "el", "meer", "veld", "berg", "dijk", "hof", "kamp"}
LOWER_NAME_WORDS -= {"broek", "heuvel", "veen", "graaf", "groot", "jong", "doorn", "hoorn", "horst", "fat", "said"}
LOWER_NAME_WORDS -= {w[2] for w in WORD_SURNAMES}


def stray_names(d: dict) -> list[str]:
    """Name words and street names from the pools left in the text once every pii and keep string is blanked."""
    blank = d["text"]
    for s in sorted([i["text"] for i in d["pii"]] + list(d["keep"]), key=len, reverse=True):
        blank = blank.replace(s, " ")
    found = [st for st in STREETS if re.search(r"(?<!\w)" + re.escape(st) + r"(?!\w)", blank)]
    for tok in re.findall(r"\w+", blank):
        if tok in NAME_WORDS or (tok.isupper() and tok.capitalize() in NAME_WORDS) or tok in LOWER_NAME_WORDS:
            found.append(tok)
    return found


def problems(d: dict) -> list[str]:
    """Everything wrong with a document's annotation; empty when it passes the gate."""
    found = []
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        found.append(f"check_doc: {e}")
    known_words = set()
    for n in (d.get("known") or {}).get("names", []):
        known_words |= _words(n)
    for item in d["pii"]:
        if item["label"] not in LABELS:
            found.append(f"label {item['label']}")
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            found.append(f"BSN eleven-test {item['text']}")
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            found.append(f"IBAN mod-97 {item['text']}")
    names = set()
    for item in d["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    for k in d["keep"]:
        shared = _words(k) & names
        if shared - known_words:
            found.append(f"keep {k!r} shares {sorted(shared)} with a name")
    if not d["pii"]:
        found.append("no pii")
    stray = stray_names(d)
    if stray:
        found.append(f"name words outside any annotation: {stray}")
    return found


# ---------------------------------------------------------------------------------------------------------------
# Short texts
# ---------------------------------------------------------------------------------------------------------------


def law(D: Doc) -> str:
    """A law or article as a keep, with the article where Dutch wants one."""
    k = D.kc(LAWS)
    return k if k.startswith("artikel") else f"de {k}"


def pick(r: random.Random, options: list) -> str:
    """One of several lazily built texts (only the chosen one registers its identifiers)."""
    return r.choice(options)()


PREPS = [
    "met",
    "van",
    "door",
    "voor",
    "namens",
    "tegen",
    "bij",
    "over",
    "aan",
    "zonder",
    "naast",
    "volgens",
    "dankzij",
    "ondanks",
    "via",
    "jegens",
    "omtrent",
    "t.a.v.",
    "p/a",
    "i.o.",
    "ten name van",
    "t.n.v.",
]
VERBS = [
    "heeft",
    "belde",
    "schreef",
    "meldde",
    "verklaarde",
    "bevestigde",
    "ontving",
    "vroeg",
    "weigerde",
    "stelde",
    "tekende",
    "betaalde",
    "bezocht",
    "verhuisde",
    "opende",
    "liet weten",
]


def s_besluit(D: Doc, r: random.Random) -> str:
    a = D.person(start=False)
    return pick(
        r,
        [
            lambda: (
                f"Het college besluit de aanvraag {D.kc(SCHEMES)} van {a} toe te kennen met ingang van {D.k(make_date(r))}."
            ),
            lambda: f"Besluit op de aanvraag van {a}, kenmerk {D.case()}: afgewezen op grond van {law(D)}.",
            lambda: (
                f"Aan {a} wordt met ingang van {D.k(make_date(r))} een {D.kc(SCHEMES)} toegekend van {D.kc(AMOUNTS)}."
            ),
            lambda: f"Het bezwaar van {a} (zaaknummer {D.case()}) wordt gegrond verklaard.",
            lambda: f"Wij kennen {a} geen {D.kc(SCHEMES)} toe, omdat het vermogen boven de grens ligt.",
            lambda: f"Gelet op {law(D)} besluiten burgemeester en wethouders de vergunning van {a} in te trekken.",
        ],
    )


def s_bezwaar(D: Doc, r: random.Random) -> str:
    p = Person(r)
    n = D.name(p, r.choice(["full", "init", "single", "caps", "married", "maiden"]))
    return pick(
        r,
        [
            lambda: (
                f"Ondergetekende, {n}, wonende aan de {D.addr()} te {D.kc(TOWNS)}, maakt bezwaar tegen het besluit van {D.k(make_date(r))}."
            ),
            lambda: f"Hierbij teken ik, {n}, bezwaar aan tegen uw besluit met kenmerk {D.case()}.",
            lambda: f"Bezwaarschrift van {n}, geboren {D.dob()}, tegen de weigering van de {D.kc(SCHEMES)}.",
            lambda: f"Namens mijn cliënt {n} maak ik bezwaar; uw kenmerk {D.case()}, ons kenmerk {D.case()}.",
            lambda: (
                f"Ik, {n}, ben het niet eens met de terugvordering van {D.kc(AMOUNTS)}. Mijn rekeningnummer is {D.iban()}."
            ),
            lambda: f"{n[0].upper() + n[1:]} stelt dat de hersteltermijn uit {law(D)} niet juist is toegepast.",
        ],
    )


def s_note(D: Doc, r: random.Random) -> str:
    a = D.person()
    b = D.person()
    return pick(
        r,
        [
            lambda: f"Huisbezoek bij {a} door {b} ({D.kc(DEPTS)}); cliënt wil {D.kc(SCHEMES)}.",
            lambda: f"Keukentafelgesprek: {a} woont samen met {b} aan de {D.addr()}.",
            lambda: f"Melding van {D.kc(ORGS)} over {a}. Contactpersoon {b}, tel. {D.phone()}.",
            lambda: f"Jeugdconsulent {b} sprak op {D.k(make_date(r))} met moeder {a} over {D.kc(SCHEMES)}.",
            lambda: f"Schuldhulp: {a} heeft een aflossingsvoorstel van {D.kc(AMOUNTS)} getekend; budgetcoach is {b}.",
            lambda: f"Notitie {D.kc(DEPTS)}: {a} c.s. vragen om uitstel; {b} neemt contact op via {D.email()}.",
        ],
    )


def s_court(D: Doc, r: random.Random) -> str:
    a = D.person()
    b = D.person()
    return pick(
        r,
        [
            lambda: (
                f"In de zaak van {a} tegen het college van B&W oordeelt de {D.kc(['rechtbank Overijssel', 'rechtbank Gelderland', 'Centrale Raad van Beroep'])} dat het beroep ongegrond is."
            ),
            lambda: (
                f"Eiser, {a}, wordt bijgestaan door mr. {D.name(Person(r), r.choice(['init', 'single', 'full']))}. Verweerder wordt vertegenwoordigd door {b}."
            ),
            lambda: f"Appellant(e) ({a}) heeft ter zitting van {D.k(make_date(r))} haar standpunt toegelicht.",
            lambda: f"Uitspraak in de zaak {D.case()}: {a} / gemeente {D.kc(TOWNS)}.",
            lambda: f"De voorzieningenrechter wijst het verzoek van {a} en {b} af.",
        ],
    )


def s_council(D: Doc, r: random.Random) -> str:
    a = D.person()
    return pick(
        r,
        [
            lambda: f"Geachte {a}, hierbij ontvangt u de beantwoording van uw brief van {D.k(make_date(r))}.",
            lambda: (
                f"Raadsinformatiebrief: de klacht van {a} over de {D.kc(SCHEMES)} is door de {D.kc(DEPTS)} afgehandeld."
            ),
            lambda: f"Ingekomen stuk 12: brief van {a} inzake {D.kc(PLACES)}.",
            lambda: f"De wethouder heeft {a} op {D.k(make_date(r))} gesproken over de overlast bij {D.kc(PLACES)}.",
        ],
    )


def s_registry(D: Doc, r: random.Random) -> str:
    p = Person(r)
    return pick(
        r,
        [
            lambda: (
                f"Inschrijving BRP: {D.name(p)}, geboren {D.dob()}, verhuisd naar {D.addr()}, {D.pc()} {D.kc(TOWNS)}."
            ),
            lambda: f"Adresonderzoek gestart naar {D.titled(p)}; laatst bekend adres {D.addr()}.",
            lambda: (
                f"Registratie overlijden van wijlen {D.name(p, 'full')} op {D.k(make_date(r))}; erven {D.name(Person(r), 'sur')} ontvangen bericht."
            ),
            lambda: f"Naamswijziging: {D.name(p, 'init')} voert voortaan de naam {D.name(Person(r), 'sur')}.",
            lambda: f"Verblijfsadres van {D.name(p)} ({D.bsn()}) is gewijzigd per {D.k(make_date(r))}.",
            lambda: (
                f"BSN {D.bsn()} hoort bij {D.name(p)}, niet bij {D.titled(Person(r))}; correctie via de {D.kc(DEPTS)}."
            ),
        ],
    )


def s_desk(D: Doc, r: random.Random) -> str:
    p = Person(r)
    F = lambda: D.name(p, "first")  # noqa: E731
    return pick(
        r,
        [
            lambda: f"Aan de balie: {F()} vraagt of de {D.kc(SCHEMES)} al is overgemaakt op {D.iban()}.",
            lambda: f"Gesprek balie {D.kc(DEPTS)}: meneer zegt dat {F()} familie is en hem helpt. Tel. {D.phone()}.",
            lambda: f"{D.titled(p)} kwam langs zonder afspraak; terugbellen op {D.phone()}.",
            lambda: f"Mevrouw meldt zich namens haar zoon {D.name(Person(r, male=True), 'full')}, geboren {D.dob()}.",
            lambda: (
                f"Klant {D.name(p, r.choice(['lower', 'full', 'caps']))} wil een afspraak over de {D.kc(SCHEMES)}; mail {D.email(p)}."
            ),
        ],
    )


def s_agenda(D: Doc, r: random.Random) -> str:
    a = D.person()
    return pick(
        r,
        [
            lambda: f"Agendapunt 4. Bezwaar {a} (kenmerk {D.case()}) tegen de {D.kc(SCHEMES)}.",
            lambda: f"Onderwerp: uw aanvraag {D.kc(SCHEMES)} – {a}",
            lambda: f"Betreft: zaaknummer {D.case()}, t.a.v. {a}",
            lambda: f"RE: hoorzitting {a}, {D.k(make_date(r))}",
            lambda: f"Kenmerk {D.case()} | BSN {D.bsn()} | {a}",
            lambda: f"Actiepunt: {a} terugbellen ({D.phone()}) vóór {D.k(make_date(r))}.",
        ],
    )


def s_caption(D: Doc, r: random.Random) -> str:
    a = D.person()
    return pick(
        r,
        [
            lambda: f"Foto: {a} bij de opening van {D.kc(PLACES)}.",
            lambda: f"Foto: {a} tijdens {D.kc(LOOKALIKES)} op {D.kc(PLACES)}.",
            lambda: f"| {a} | {D.kc(SCHEMES)} | {D.kc(AMOUNTS)} |",
            lambda: f"Bijlage 2 – verklaring van {a}",
            lambda: f"Afb. 3: de woning van {a} aan de {D.addr()}.",
            lambda: f"{a} – {D.kc(DEPTS)} – {D.k(make_date(r))}",
        ],
    )


def s_positions(D: Doc, r: random.Random) -> str:
    """A name after a preposition, a verb, a role, in an apposition, in quotes, in pairs and compounds."""
    p, q = Person(r), Person(r)
    prep = r.choice(PREPS)
    verb = r.choice(VERBS)
    A = lambda: D.name(p)  # noqa: E731
    forms = [
        lambda: f"De brief is verstuurd {prep} {A()} en ligt bij het {D.kc(DEPTS)}.",
        lambda: (
            f"Gisteren {r.choice(['belde', 'schreef', 'mailde', 'klaagde', 'informeerde', 'sprak'])} {A()} over de {D.kc(SCHEMES)}."
        ),
        lambda: f"{D.name(q, 'sur', start=True)} {verb} op {D.k(make_date(r))}; {A()} was daarbij aanwezig.",
        lambda: f"De aanvrager, {A()}, is niet verschenen.",
        lambda: f'Volgens "{A()}" is de {D.kc(SCHEMES)} nooit ontvangen.',
        lambda: f"Het verzoek van '{A()}' is doorgestuurd naar {D.kc(ORGS)}.",
        lambda: f"{A()} en {D.name(q)} wonen samen en vragen samen {D.kc(SCHEMES)} aan.",
        lambda: f"De familie {D.name(q, 'sur')} en {A()} c.s. hebben een petitie over {D.kc(PLACES)} ingediend.",
        lambda: f"Post voor {A()} p/a {D.addr()} komt retour.",
        lambda: f"Dit besluit is genomen namens het college door {A()}, teamleider {D.kc(DEPTS)}.",
        lambda: f"De auto met kenteken {D.plate()} staat op naam van {A()}.",
        lambda: f"Bewindvoerder {D.titled(q)} i.o. van {A()} vraagt om een overzicht van de schulden.",
        lambda: f"Zoon van {A()}, {D.name(q, 'first')}, heeft het formulier ingevuld.",
        lambda: f"Weduwe {D.name(p, 'sur')} ontvangt de {D.kc(SCHEMES)} voortaan op {D.iban()}.",
        lambda: f"Fam. {D.name(p, 'sur')} heeft op {D.k(make_date(r))} gebeld over {D.kc(PLACES)}.",
        lambda: (
            f"Contact opgenomen met de heer {D.name(p, r.choice(['sur', 'init']))}, die zei dat {D.name(q, 'first')} het weet."
        ),
        lambda: f"Erven {D.name(p, 'sur')} vragen kwijtschelding van de aanslag; contact via {D.email()}.",
        lambda: f"De melding kwam binnen via {A()} ({D.kc(ORGS)}).",
        lambda: f"Overleg met {A()}, {D.titled(q)} en de consulent van {D.kc(ORGS)}.",
        lambda: f"{D.name(p, r.choice(['caps', 'capsur']))} HEEFT GEEN TOESTEMMING GEGEVEN VOOR GEGEVENSDELING.",
        lambda: f"vandaag gesproken met {D.name(p, 'lower')}, zij belt terug op {D.phone()}.",
        lambda: f"Ingeschreven op het adres van {A()} zijn ook {D.name(q, 'full')} en diens partner.",
        lambda: f"Rond {D.kc(LOOKALIKES)} sprak {A()} met de wijkagent over {D.kc(PLACES)}.",
        lambda: f"Zie het memo „{A()}” van {D.k(make_date(r))} over de {D.kc(SCHEMES)}.",
        lambda: f"Met dank aan {A()} en de vrijwilligers van {D.kc(ORGS)}.",
        lambda: f"Zoals {A()} op {D.k(make_date(r))} al schreef: de {D.kc(SCHEMES)} komt te laat.",
        lambda: (
            f"{A()} werd na opname in het {D.kc(['Jeroen Bosch Ziekenhuis', 'Erasmus MC', 'Máxima Medisch Centrum', 'Willem Alexander Kinderziekenhuis', 'Sint Maartenskliniek'])} doorverwezen naar {D.kc(ORGS)}."
        ),
        lambda: (
            f"Het bezoek aan het {D.kc(['Anne Frank Huis', 'Van Gogh Museum', 'Rijksmuseum'])} met {A()} wordt vergoed uit de {D.kc(SCHEMES)}."
        ),
        lambda: f"Dossier {D.case()} – {A()} – BSN {D.bsn()}",
    ]
    return r.choice(forms)()


def s_ids(D: Doc, r: random.Random) -> str:
    """Identifiers next to cue words and to ordinary numbers and dates."""
    forms = [
        lambda: f"Geboortedatum {D.dob()}; aanvraag ontvangen op {D.k(make_date(r))}.",
        lambda: f"Cliënt (geb. {D.dob()}) heeft een schuld van {D.kc(AMOUNTS)} bij {D.kc(ORGS)}.",
        lambda: f"BSN {D.bsn()} is gekoppeld aan dossiernr. {D.case()}.",
        lambda: f"Uitbetaling van {D.kc(AMOUNTS)} op {D.iban()} gepland voor {D.k(make_date(r))}.",
        lambda: f"Het voertuig {D.plate()} staat geparkeerd op {D.kc(PLACES)} zonder {D.kc(SCHEMES)}.",
        lambda: (
            f"Bel voor vragen het algemene nummer {D.kc(GEM_CONTACT[:6])}; mevrouw zelf is bereikbaar op {D.phone()}."
        ),
        lambda: f"Postcode {D.pc()} valt onder het werkgebied van {D.kc(DEPTS)}.",
        lambda: f"Ons kenmerk: {D.case()}. Uw brief van {D.k(make_date(r))}.",
        lambda: f"Aanvrager is geboren op {D.dob()} en woont sinds {D.k(str(r.randint(1990, 2024)))} in {D.kc(TOWNS)}.",
        lambda: f"Mailen kan naar {D.k(r.choice(GEM_CONTACT[6:10]))} of rechtstreeks naar {D.email()}.",
        lambda: f"Parkeerboete voor {D.plate()} op {D.k(make_date(r))}, bedrag {D.kc(AMOUNTS)}.",
        lambda: f"Burgerservicenummer: {D.bsn()} / kenteken: {D.plate()}.",
    ]
    s = r.choice(forms)()
    if r.random() < 0.5:
        low = s[0].lower() + s[1:] if s[1:2].islower() else s
        s = f"{D.person(start=True)}: {low}" if r.random() < 0.5 else s + f" (zie {D.person()})"
    return s


def s_known(D: Doc, r: random.Random) -> str:
    """A resident whose surname is an ordinary word, passed as known; the ordinary word is kept."""
    p = Person(r, word=True)
    D.known = {"names": [p.full()], "emails": [], "phones": []}
    use = WORD_USES[p.word]
    first = pick(
        r,
        [
            lambda: f"{D.titled(p, r.choice(['sur', 'init', 'full']))} {use}.",
            lambda: f"De aanvrager, {D.name(p, r.choice(['full', 'init']))}, {use}.",
            lambda: f"Uit het gesprek met {D.name(p, 'full')} blijkt: de cliënt {use}.",
        ],
    )
    second = pick(
        r,
        [
            lambda: f" {D.name(p, 'sur', start=True)} vraagt om {D.kc(SCHEMES)}.",
            lambda: f" Zaaknummer {D.case()}.",
            lambda: f" Telefoon {D.phone()}.",
            lambda: f" Geboren {D.dob()}.",
            lambda: "",
        ],
    )
    D.k(p.word)
    return first + second


def s_mixed(D: Doc, r: random.Random) -> str:
    """A name with two or three structured identifiers in one or two semi-formal sentences."""
    p = Person(r)
    return pick(
        r,
        [
            lambda: (
                f"Mevrouw {D.name(p, r.choice(['init', 'sur', 'full']))} (BSN {D.bsn()}) woont sinds {D.k(make_date(r))} op {D.addr()}, {D.pc()} {D.kc(TOWNS)}."
            ),
            lambda: (
                f"De heer {D.name(p, r.choice(['init', 'sur']))}, geboren op {D.dob()}, is eigenaar van de auto met kenteken {D.plate()}."
            ),
            lambda: f"Op verzoek van {D.name(p)} ({D.email(p)}) is dossier {D.case()} overgedragen aan {D.kc(DEPTS)}.",
            lambda: (
                f"{D.name(p, 'full')} vraagt de {D.kc(SCHEMES)} te storten op {D.iban()} ten name van {D.name(p, 'init')}."
            ),
            lambda: f"Voor {D.name(p)} geldt: geboortedatum {D.dob()}, BSN {D.bsn()}, postcode {D.pc()}.",
            lambda: (
                f"Ingediend door {D.name(p)}, {D.addr()} te {D.kc(TOWNS)}; bereikbaar via {D.phone()} (de gemeente via {D.kc(GEM_CONTACT[:6])})."
            ),
            lambda: f"Geboren {D.dob()} te {D.kc(TOWNS)}: {D.name(p, 'comma')}. Dossiernummer {D.case()}.",
            lambda: f"Naheffingsaanslag {D.case()} voor kenteken {D.plate()}, houder {D.titled(p)}, {D.addr()}.",
            lambda: f"Verzoek om kwijtschelding van {D.name(p, 'maiden')}, rekening {D.iban()}, tel. {D.phone()}.",
            lambda: (
                f"Cliënt {D.name(p, 'single')} (° {D.dob()}) is per {D.k(make_date(r))} uitgeschreven; nieuw adres {D.addr()}."
            ),
        ],
    )


SHORT_FAMILIES = [
    (s_besluit, 45),
    (s_bezwaar, 45),
    (s_note, 45),
    (s_court, 30),
    (s_council, 25),
    (s_registry, 40),
    (s_desk, 40),
    (s_agenda, 35),
    (s_caption, 25),
    (s_positions, 85),
    (s_ids, 45),
    (s_mixed, 25),
    (s_known, 15),
]


# ---------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------


def _kv_key(r: random.Random, choices: list[str]) -> str:
    k = r.choice(choices)
    return r.choice([k, k, k.upper(), k.lower()])


def _fields(D: Doc, r: random.Random, p: Person, n: int) -> list[tuple[str, str]]:
    """Key/value pairs for a person record: a name, then ``n`` further identifiers, then keep fields."""
    out = [(_kv_key(r, ["Naam", "Aanvrager", "Cliënt", "Betrokkene", "Naam aanvrager", "Belanghebbende"]), D.name(p))]
    pool = [
        (["Adres", "Woonadres", "Straat + huisnr", "Adres (straat/nr)"], D.addr),
        (["Postcode", "PC", "Postcode/plaats"], lambda: f"{D.pc()} {D.kc(TOWNS)}"),
        (["Telefoon", "Tel.", "Tel.nr", "Mobiel", "GSM", "Telefoonnummer"], D.phone),
        (["E-mail", "Email", "e-mailadres", "Mail"], lambda: D.email(p)),
        (["BSN", "Burgerservicenummer", "BSN-nr", "Bsn"], D.bsn),
        (["IBAN", "Rekeningnummer", "Rekeningnr.", "Bankrekening"], D.iban),
        (["Kenteken", "Kentekennummer", "Kenteken voertuig"], D.plate),
        (["Zaaknummer", "Kenmerk", "Ons kenmerk", "Dossiernr", "Dossiernummer", "Zaaknr."], D.case),
        (["Geboortedatum", "Geb.datum", "Geb. datum", "Geboren", "DOB"], D.dob),
    ]
    for keys, fn in r.sample(pool, n):
        out.append((_kv_key(r, keys), fn()))
    keeps = [
        (["Afdeling", "Team", "Behandelaar"], lambda: D.kc(DEPTS)),
        (["Regeling", "Voorziening", "Product"], lambda: D.kc(SCHEMES)),
        (["Datum ontvangst", "Ontvangen", "Datum"], lambda: D.k(make_date(r))),
        (["Bedrag", "Toegekend"], lambda: D.kc(AMOUNTS)),
        (["Grondslag", "Wet"], lambda: D.kc(LAWS)),
        (["Gemeente", "Plaats"], lambda: D.kc(TOWNS)),
    ]
    for keys, fn in r.sample(keeps, r.randint(1, 3)):
        out.append((_kv_key(r, keys), fn()))
    return out


def r_kv(D: Doc, r: random.Random) -> str:
    rows = _fields(D, r, Person(r), r.randint(2, 5))
    sep = r.choice([": ", ":\t", " = ", " - ", ":  "])
    return "\n".join(f"{k}{sep}{v}" for k, v in rows)


def r_csv(D: Doc, r: random.Random) -> str:
    sep = r.choice([";", ",", "\t", "|"])
    header = r.random() < 0.6
    lines = []
    if header:
        lines.append(
            sep.join(
                r.choice(
                    [
                        ["naam", "adres", "postcode", "telefoon", "regeling"],
                        ["Naam", "Adres", "PC", "Tel", "Regeling"],
                        ["NAAM", "ADRES", "POSTCODE", "TELEFOON", "PRODUCT"],
                    ]
                )
            )
        )
    for _ in range(r.randint(2, 4)):
        p = Person(r)
        nm = D.name(p, r.choice(["full", "init", "comma", "caps", "single"]))
        if sep == "," and "," in nm:
            nm = f'"{nm}"'
        lines.append(sep.join([nm, D.addr(), D.pc(), D.phone(), D.kc(SCHEMES)]))
    return "\n".join(lines)


def r_csv_split(D: Doc, r: random.Random) -> str:
    """Split name and address columns: voorletters;tussenvoegsel;achternaam;straat;huisnr."""
    head = "voorletters;tussenvoegsel;achternaam;straat;huisnr;postcode;geboortedatum"
    lines = [head] if r.random() < 0.7 else []
    for _ in range(r.randint(2, 3)):
        p = Person(r)
        street = r.choice(STREETS)
        D.add(street, "ADDRESS")
        D.add(p.initials, "PERSON")
        D.add(p.core, "PERSON")
        lines.append(";".join([p.initials, p.part, p.core, street, str(r.randint(1, 199)), D.pc(), D.dob()]))
    return "\n".join(lines) + f"\n# export {D.kc(DEPTS)}"


def r_markdown(D: Doc, r: random.Random) -> str:
    cols = r.choice([["Naam", "Kenteken", "Vergunning"], ["Cliënt", "BSN", "Regeling"], ["Naam", "Telefoon", "Team"]])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _ in range(r.randint(2, 4)):
        p = Person(r)
        if cols[1] == "Kenteken":
            row = [D.name(p), D.plate(), D.kc(["parkeervergunning", "bewonersvergunning", "gehandicaptenparkeerkaart"])]
        elif cols[1] == "BSN":
            row = [D.name(p), D.bsn(), D.kc(SCHEMES)]
        else:
            row = [D.titled(p), D.phone(), D.kc(DEPTS)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def r_ascii(D: Doc, r: random.Random) -> str:
    rows = [
        (D.name(Person(r), r.choice(["init", "full", "caps"])), D.case(), D.k(make_date(r)))
        for _ in range(r.randint(2, 3))
    ]
    w = [max(len(x[i]) for x in rows + [("Naam", "Zaaknummer", "Datum")]) for i in range(3)]
    bar = "+" + "+".join("-" * (n + 2) for n in w) + "+"
    fmt = lambda row: "| " + " | ".join(c.ljust(n) for c, n in zip(row, w, strict=True)) + " |"  # noqa: E731
    return "\n".join([bar, fmt(("Naam", "Zaaknummer", "Datum")), bar, *map(fmt, rows), bar])


def r_json(D: Doc, r: random.Random) -> str:
    p = Person(r)
    obj = {
        "zaak": D.case(),
        "aanvrager": {
            "voornaam": D.add(p.first, "PERSON"),
            "achternaam": D.add(p.sur(True), "PERSON"),
            "geboortedatum": D.dob(),
            "adres": {"straat": D.addr(), "postcode": D.pc(), "plaats": D.kc(TOWNS)},
        },
        "contact": {"telefoon": D.phone(), "email": D.email(p)},
        "product": D.kc(SCHEMES),
    }
    if r.random() < 0.5:
        obj["uitbetaling"] = {"iban": D.iban(), "bedrag": D.kc(AMOUNTS)}
    return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2]))


def r_yaml(D: Doc, r: random.Random) -> str:
    p = Person(r)
    return "\n".join(
        [
            "melding:",
            f"  kenmerk: {D.case()}",
            f"  melder: {D.name(p)}",
            f"  telefoon: '{D.phone()}'",
            f"  locatie: {D.kc(PLACES)}",
            f"  afdeling: {D.kc(DEPTS)}",
            "  betrokkenen:",
            f"    - {D.name(Person(r))}",
            f"    - {D.titled(Person(r))}",
        ]
    )


def r_xml(D: Doc, r: random.Random) -> str:
    p = Person(r)
    return (
        f'<persoon bsn="{D.bsn()}">\n  <geslachtsnaam>{D.add(p.sur(True), "PERSON")}</geslachtsnaam>\n'
        f"  <voornamen>{D.add(p.first, 'PERSON')}</voornamen>\n  <geboortedatum>{D.dob()}</geboortedatum>\n"
        f"  <verblijfadres>{D.addr()}</verblijfadres>\n  <postcode>{D.pc()}</postcode>\n"
        f"  <gemeente>{D.kc(TOWNS)}</gemeente>\n</persoon>"
    )


def r_vcard(D: Doc, r: random.Random) -> str:
    p = Person(r)
    fn = D.add(p.full(), "PERSON")
    D.add(p.core, "PERSON")
    D.add(p.first, "PERSON")
    return "\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{p.core};{p.first};;;{p.part}",
            f"FN:{fn}",
            f"TEL;TYPE=CELL:{D.phone()}",
            f"EMAIL:{D.email(p)}",
            f"ADR;TYPE=HOME:;;{D.addr()};{D.kc(TOWNS)};;{D.pc()};Nederland",
            f"NOTE:cliënt {D.kc(DEPTS)}",
            "END:VCARD",
        ]
    )


def r_ical(D: Doc, r: random.Random) -> str:
    p = Person(r)
    return "\n".join(
        [
            "BEGIN:VEVENT",
            f"SUMMARY:Keukentafelgesprek {D.name(p, r.choice(['full', 'init', 'sur']))} ({D.kc(SCHEMES)})",
            f"DTSTART:2026{r.randint(10, 12)}{r.randint(10, 28)}T{r.randint(9, 16)}0000",
            f"LOCATION:{D.addr()}, {D.kc(TOWNS)}",
            f"DESCRIPTION:Zaak {D.case()}. Bel vooraf {D.phone()}.",
            f"ORGANIZER;CN={D.kc(DEPTS)}:mailto:{D.k('wijkteam@gemeente.nl')}",
            "END:VEVENT",
        ]
    )


def r_mailhdr(D: Doc, r: random.Random) -> str:
    p = Person(r)
    nm = D.name(p, r.choice(["full", "init", "caps"]))
    return "\n".join(
        [
            f'From: "{nm}" <{D.email(p)}>',
            f"To: {D.k('info@gemeente.nl')}",
            f"Date: {D.k(make_date(r))}",
            f"Subject: Bezwaar {D.kc(SCHEMES)} kenmerk {D.case()}",
            "",
            f"Geachte heer/mevrouw, zie bijlage. Met vriendelijke groet, {D.name(p, 'first')}",
        ]
    )


def r_letterblock(D: Doc, r: random.Random) -> str:
    p = Person(r)
    top = pick(
        r,
        [
            lambda: D.titled(p),
            lambda: f"T.a.v. {D.name(p)}",
            lambda: f"De familie {D.name(p, 'sur')}",
            lambda: D.name(p, "caps"),
            lambda: f"Erven {D.name(p, 'sur')}\np/a {D.name(Person(r), 'init')}",
        ],
    )
    town = r.choice(TOWNS)
    town = D.k(town.upper() if r.random() < 0.3 else town)
    return "\n".join(
        [top, D.addr(), f"{D.pc()}  {town}", "", f"Uw kenmerk: {D.case()}", f"Datum: {D.k(make_date(r))}"]
        + [f"Onderwerp: {D.kc(SCHEMES)}"]
    )


def r_brp(D: Doc, r: random.Random) -> str:
    p = Person(r)
    lines = [
        "01 Inschrijving",
        f"  01.20 BSN ..............: {D.bsn()}",
        f"  02.10 Voornamen ........: {D.add(p.first, 'PERSON')}",
        f"  02.30 Voorvoegsel ......: {p.part or '-'}",
        f"  02.40 Geslachtsnaam ....: {D.add(p.core, 'PERSON')}",
        f"  03.10 Geboortedatum ....: {D.dob()}",
        f"  03.20 Geboorteplaats ...: {D.kc(TOWNS)}",
        f"  11.10 Straatnaam .......: {D.add(r.choice(STREETS), 'ADDRESS')}",
        f"  11.20 Huisnummer .......: {r.randint(1, 300)}",
        f"  11.60 Postcode .........: {D.pc()}",
    ]
    return "\n".join(lines)


def r_clientlist(D: Doc, r: random.Random) -> str:
    head = r.choice(["Cliëntenlijst", "Overzicht cliënten", "Caseload"]) + f" {D.kc(DEPTS)}"
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append(f"{i + 1}. {D.name(Person(r))} – {D.kc(SCHEMES)} – {r.choice([D.case, D.dob, D.phone])()}")
    return head + "\n" + "\n".join(rows)


def r_attendance(D: Doc, r: random.Random) -> str:
    head = f"Presentielijst {D.kc(['hoorzitting', 'bewonersavond', 'informatieavond', 'inspraakavond'])} {D.k(make_date(r))}"
    rows = [f"- {D.person()}" for _ in range(r.randint(2, 4))]
    rows.append(f"- namens {D.kc(ORGS)}: {D.person()}")
    rows.append(r.choice(["Afwezig m.k.: ", "Afgemeld: "]) + D.person())
    return head + "\n" + "\n".join(rows)


def r_mailing(D: Doc, r: random.Random) -> str:
    rows = []
    for _ in range(r.randint(3, 5)):
        p = Person(r)
        rows.append(
            pick(
                r,
                [
                    lambda p=p: f"{D.name(p, 'full')} <{D.email(p)}>",
                    lambda p=p: D.email(p),
                    lambda p=p: f"{D.email(p)}; {D.name(p, 'init')}",
                    lambda p=p: f'"{D.name(p, "comma")}" <{D.email(p)}>',
                ],
            )
        )
    return f"Verzendlijst nieuwsbrief {D.kc(DEPTS)}\n" + "\n".join(rows) + f"\ncc: {D.k('info@gemeente.nl')}"


def r_phonelog(D: Doc, r: random.Random) -> str:
    rows = []
    for _ in range(r.randint(2, 4)):
        h, m = r.randint(8, 17), r.randint(0, 59)
        rows.append(
            f"{h:02d}:{m:02d}  {D.phone()}  {D.person()}  {pick(r, [lambda: 'terugbellen', lambda: 'voicemail', lambda: 'doorverbonden met ' + D.kc(DEPTS)])}"
        )
    return f"Belnotities KCC {D.k(make_date(r))} (algemeen nummer {D.kc(GEM_CONTACT[:6])})\n" + "\n".join(rows)


def r_bank(D: Doc, r: random.Random) -> str:
    rows = []
    for _ in range(r.randint(2, 4)):
        p = Person(r)
        nm = D.name(p, r.choice(["init", "caps", "full", "initnodot"]))
        rows.append(
            r.choice(
                [
                    lambda nm=nm: f"{D.k(make_date(r))} {D.iban()} t.n.v. {nm} {D.kc(AMOUNTS)} omschr. {D.kc(SCHEMES)}",
                    lambda nm=nm: f"{D.iban()};{nm};{D.kc(AMOUNTS)};{D.case()}",
                    lambda nm=nm: f"Overboeking {D.kc(AMOUNTS)} naar {nm} ({D.iban()}), kenmerk {D.case()}",
                ]
            )()
        )
    return "Betaalbatch " + D.kc(DEPTS) + "\n" + "\n".join(rows)


def r_permit(D: Doc, r: random.Random) -> str:
    p = Person(r)
    return "\n".join(
        [
            f"Vergunning: {D.kc(['bewonersvergunning', 'parkeervergunning', 'mantelzorgvergunning', 'bedrijfsvergunning'])}",
            f"Vergunninghouder: {D.name(p)}",
            f"Kenteken(s): {D.plate()}" + (f", {D.plate()}" if r.random() < 0.3 else ""),
            f"Adres: {D.addr()}",
            f"Zone: {D.k(r.choice(['A1', 'B2', 'Centrum', 'Schil-Oost']))}",
            f"Geldig tot: {D.k(make_date(r))}",
        ]
    )


def r_appointment(D: Doc, r: random.Random) -> str:
    p = Person(r)
    return (
        f"Afspraakbevestiging\nBeste {D.name(p, r.choice(['full', 'first', 'sur']))},\n"
        f"U heeft een afspraak bij {D.kc(DEPTS)} op {D.k(make_date(r))} om {r.randint(9, 16)}.{r.choice(['00', '15', '30', '45'])} uur, "
        f"locatie {D.kc(PLACES)}.\nNeem uw identiteitsbewijs mee. Uw afspraaknummer: {D.case()}.\n"
        f"Verhinderd? Bel {D.kc(GEM_CONTACT[:6])}. Wij bellen u op {D.phone()} als herinnering."
    )


def r_known(D: Doc, r: random.Random) -> str:
    p = Person(r, word=True)
    D.known = {"names": [p.full()], "emails": [], "phones": []}
    body = _fields(D, r, p, r.randint(2, 4))
    body.append(("Toelichting", f"{D.name(p, 'sur', start=True)} {WORD_USES[p.word]}"))
    D.k(p.word)
    return "\n".join(f"{k}: {v}" for k, v in body)


RECORD_FAMILIES = [
    (r_kv, 40),
    (r_csv, 20),
    (r_csv_split, 12),
    (r_markdown, 16),
    (r_ascii, 12),
    (r_json, 16),
    (r_yaml, 12),
    (r_xml, 12),
    (r_vcard, 12),
    (r_ical, 12),
    (r_mailhdr, 14),
    (r_letterblock, 16),
    (r_brp, 12),
    (r_clientlist, 14),
    (r_attendance, 14),
    (r_mailing, 10),
    (r_phonelog, 12),
    (r_bank, 14),
    (r_permit, 12),
    (r_appointment, 12),
    (r_known, 6),
]


# ---------------------------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------------------------


def _draw(families: list, prefix: str, r: random.Random, redraws: dict) -> list[dict]:
    docs = []
    for fam, count in families:
        for _ in range(count):
            did = f"fresh9-{prefix}-{len(docs):03d}"
            for _attempt in range(200):
                D = Doc(r)
                text = fam(D, r)
                d = D.out(did, text)
                if not problems(d):
                    break
                redraws[fam.__name__] = redraws.get(fam.__name__, 0) + 1
            else:
                raise RuntimeError(f"{fam.__name__}: no valid draw; last {problems(d)}")
            docs.append(d)
    return docs


def generate() -> tuple[dict[str, str], dict]:
    r = random.Random(SEED)
    redraws: dict = {}
    short = _draw(SHORT_FAMILIES, "s", r, redraws)
    records = _draw(RECORD_FAMILIES, "r", r, redraws)
    ser = lambda docs: "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)  # noqa: E731
    return {"fresh9_short.jsonl": ser(short), "fresh9_records.jsonl": ser(records)}, redraws


def main(argv: list[str]) -> int:
    files, redraws = generate()
    if "--check" in argv:
        bad = [n for n, t in files.items() if (HERE / n).read_text(encoding="utf-8") != t]
        if bad:
            print("differs from the generator:", ", ".join(bad))
            return 1
        print("fresh9 files match the generator")
        return 0
    for n, t in files.items():
        (HERE / n).write_text(t, encoding="utf-8")
        print(f"{t.count(chr(10))} documents -> {n}")
    print("redraws:", json.dumps(redraws, sort_keys=True), "total", sum(redraws.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
