"""Blind anonymizer corpus fresh23a: neighbourhood newsletters, press releases, project pages, event announcements,
council information letters and local conflict news, full of capitalised words that are not persons.

Usage: make_fresh23a.py [--check | --stats]   (run from the worktree root with PYTHONPATH=.)
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names23a import GROUPS, KNOWN, KNOWN_FIRST  # noqa: E402

_spec = importlib.util.spec_from_file_location("score23a", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202617101
N_DOCS = 300
OUT = HERE / "fresh23a_texts.jsonl"
LABELS = (
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
)
PARTICLES = score.PARTICLES
STOP = {
    "het",
    "een",
    "van",
    "voor",
    "met",
    "aan",
    "bij",
    "uit",
    "tot",
    "door",
    "over",
    "naar",
    "als",
    "ook",
    "nog",
    "maar",
    "dan",
    "wel",
    "niet",
    "zijn",
    "wordt",
    "worden",
    "die",
    "dat",
    "deze",
    "dit",
    "der",
    "den",
    "the",
    "and",
}

# ---------------------------------------------------------------- public (non-person) material
TOWNS = [
    "Deventer",
    "Leeuwarden",
    "Dordrecht",
    "Schiedam",
    "Helmond",
    "Zaandam",
    "Almelo",
    "Hoorn",
    "Tiel",
    "Roosendaal",
    "Vlaardingen",
    "Heerlen",
    "Emmen",
    "Lelystad",
    "Purmerend",
    "Gouda",
    "Kampen",
    "Assen",
    "Venlo",
    "Middelburg",
    "Oss",
    "Zutphen",
    "Harderwijk",
    "Sneek",
]
WIJKEN = [
    "De Vaartbroek",
    "Kruiskamp",
    "Rivierenwijk",
    "Het Zwanenveld",
    "Oosterheem",
    "De Hoogte",
    "Presikhaaf",
    "Malburgen",
    "Klarendal",
    "Selwerd",
    "Overvecht",
    "Het Hoogeland",
    "Kanaleneiland",
    "Bouwlust",
    "Ondiep",
]
PARKS = [
    "het Wilhelminapark",
    "Park Vogelenzang",
    "het Julianapark",
    "de Kloostertuin",
    "het Burgemeesterspark",
    "Speeltuin De Bolderberg",
    "het Stadsbos",
    "de Heemtuin Zonneweide",
    "het Bevrijdingspark",
]
SCHOOLS = [
    "OBS De Regenboog",
    "Kindcentrum Het Kompas",
    "basisschool Al Amal",
    "het Stedelijk Lyceum",
    "de Montessorischool Zuid",
    "CBS De Wegwijzer",
    "het Calvijn College",
    "IKC De Vlindertuin",
]
CLUBS = [
    "VV Zwaluwen",
    "Hockeyclub Spirit",
    "Turnvereniging Olympia",
    "Boksschool Tijger",
    "Korfbalclub Vitesse '22",
    "Cricketclub Hermes",
    "Zwemclub De Dolfijn",
    "Tafeltennisvereniging Smash",
]
WORSHIP = [
    "de Sint-Jozefkerk",
    "de Mevlana Moskee",
    "de Ulu Camii",
    "Pinkstergemeente Maranatha",
    "de Al Fourkaan Moskee",
    "de mandir Shri Ram",
    "de Ethiopisch-orthodoxe kerk Medhane Alem",
    "de Grote Kerk",
    "de Vrijgemaakte Kandelaarkerk",
]
FOUNDATIONS = [
    "Stichting Buurtkracht",
    "Stichting De Groene Long",
    "Woongoed Rivierland",
    "Welzijn Op Maat",
    "Stichting Thuis in de Wijk",
    "Vereniging Dorpsbelang",
    "Huurdersvereniging Samen Sterk",
    "Stichting Present",
    "Voedselbank Stedendriehoek",
    "Stichting Leergeld",
    "Humanitas",
    "Vluchtelingenwerk",
]
PROJECTS = [
    "Project Kastanje",
    "Plan Esdoorn",
    "Operatie Wilg",
    "het Lindeproject",
    "Project Plataan",
    "Wijkvernieuwing Berkenhof",
    "Programma Eikenlaan",
    "Project Meidoorn",
    "Plan Essenhout",
]
BUILDINGS = [
    "Buurthuis Het Anker",
    "wijkcentrum De Schakel",
    "Cultuurhuis De Kroon",
    "Sporthal De Wielewaal",
    "het Huis van de Wijk",
    "Gezondheidscentrum Noorderlicht",
    "de Bibliotheek Oost",
    "Zorgcentrum Avondrood",
    "het Stadskantoor",
    "Jongerencentrum De Loods",
]
FESTIVALS = [
    "Keti Koti",
    "het Suikerfeest",
    "Koningsdag",
    "Open Monumentendag",
    "de Nacht van de Nacht",
    "Burendag",
    "Iftar in de Wijk",
    "het Chinees Nieuwjaar",
    "de Pasar Malam",
    "het Offerfeest",
    "Sinterklaas",
    "Diwali",
    "het Zomerfestival Bloei",
    "de Week van de Eenzaamheid",
]
LAWS = [
    "de Omgevingswet",
    "de Wet maatschappelijke ondersteuning",
    "de Participatiewet",
    "de Wet open overheid",
    "de Algemene Plaatselijke Verordening",
    "de Huisvestingsverordening",
    "de Wet goed verhuurderschap",
    "de Jeugdwet",
    "de Woningwet",
    "de Opiumwet",
]
PROGRAMMES = [
    "het Nationaal Programma Leefbaarheid en Veiligheid",
    "de Wijkaanpak Samen Sterker",
    "het Buurtbudget",
    "het Jeugdfonds Sport & Cultuur",
    "de Energiebespaarregeling",
    "het Klimaatfonds",
    "de Regeling Groene Daken",
    "het Meedoenfonds",
    "de Stimuleringsregeling Ontmoeting",
]
SHOPS = [
    "Albert Heijn",
    "Jumbo",
    "Action",
    "Kruidvat",
    "HEMA",
    "Bakkerij De Korenschoof",
    "Toko Sari Rasa",
    "Slagerij Anadolu",
    "Fietsenmaker Trapkracht",
    "Supermarkt Marhaba",
    "Lidl",
    "Blokker",
    "Etos",
]
ABROAD = [
    "Nador",
    "Kayseri",
    "Paramaribo",
    "Willemstad",
    "Gdańsk",
    "Aleppo",
    "Asmara",
    "Mogadishu",
    "Wenzhou",
    "Surabaya",
    "Kumasi",
    "Antwerpen",
    "Keulen",
    "Lissabon",
    "Praia",
    "Sofia",
    "Kraków",
    "Kabul",
    "Tabriz",
    "Boekarest",
    "Lviv",
    "Chennai",
    "Lagos",
    "Sarajevo",
]
DEPTS = [
    "afdeling Openbare Ruimte",
    "team Handhaving",
    "het Wijkteam Noord",
    "het Klantcontactcentrum",
    "afdeling Vergunningen",
    "het Ombudsteam",
    "afdeling Stadsbeheer",
    "team Wonen",
    "afdeling Verkeer en Vervoer",
    "het Sociaal Team",
    "afdeling Burgerzaken",
    "team Bomen",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
STREETS = [
    "Zonnebloemstraat",
    "Populierenlaan",
    "Kievitstraat",
    "Spoorsingel",
    "Hertogstraat",
    "Molenweg",
    "Graaf Florisstraat",
    "Rembrandtplein",
    "Pauwenhof",
    "Dahliastraat",
    "Vechtkade",
    "Sportlaan",
    "Roerdompstraat",
    "Kastelenring",
    "Iepenhof",
    "Trompstraat",
    "Ruysdaelkade",
    "Goudsbloemlaan",
    "Oranjesingel",
    "Bisschopsweg",
    "Merelstraat",
    "Havenkade",
]
MAILHOSTS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "planet.nl"]
TOPICS = [
    "de kap van zeven platanen",
    "de nieuwe parkeerregulering",
    "overlast van scooters",
    "de sluiting van het zwembad",
    "de bouw van flexwoningen",
    "een opvanglocatie",
    "de verplaatsing van de weekmarkt",
    "een windturbine",
    "het vervallen speelveld",
    "de afvalcontainers op de stoep",
    "de verkeersdrempels",
    "een snackbar tot laat",
]
AMOUNTS = ["€ 12.500", "€ 250", "€ 1,2 miljoen", "€ 48.000", "€ 7,50", "€ 3.750", "€ 650.000", "€ 95"]
MUNI_MAIL = ["info@{t}.nl", "wijkzaken@{t}.nl", "participatie@{t}.nl", "pers@{t}.nl", "buurtbudget@{t}.nl"]


# ---------------------------------------------------------------- numbers
def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(v):
    v = re.sub(r"\D", "", v)
    if len(v) != 9:
        return False
    return (sum(int(c) * (9 - i) for i, c in enumerate(v[:8])) - int(v[8])) % 11 == 0


def iban(r):
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    chk = 98 - num % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if r.random() < 0.6 else s


def iban_ok(v):
    v = v.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def phone(r):
    k = r.randint(0, 5)
    n8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    if k == 0:
        return f"06-{n8}"
    if k == 1:
        return f"+31 6 {n8[:4]} {n8[4:]}"
    if k == 2:
        return f"06 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}"
    n7 = n8[1:]
    net = r.choice(["010", "0570", "058", "078", "0492", "075", "0546", "0229"])
    n = n7 if len(net) == 3 else n7[1:]
    if k == 3:
        return f"{net}-{n}"
    if k == 4:
        return f"({net}) {n}"
    return f"0031 {net[1:]} {n}"


def plate(r):
    c = "BDFGHJKLNPRSTVXZ"
    L = lambda n: "".join(r.choice(c) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )


def casenr(r):
    y = r.choice(["25", "26"])
    n = r.randint(10000, 99999)
    return r.choice(
        [
            f"BB-20{y}-{n:05d}",
            f"Z/{y}/{n}",
            f"RIB-{y}.{n % 1000:04d}",
            f"KL20{y}/{n % 10000:04d}",
            f"WZ{y}{n}-Q",
            f"OR.{y}.{n // 10}.b",
            f"dossier-{n}{r.choice('ABCX')}",
            f"HH{y}x{n}",
        ]
    )


def dob(r):
    y, m, dd = r.randint(1938, 2008), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}/{m}/{str(y)[2:]}",
            f"{dd} {MONTHS[m - 1][:3]}. {y}",
            f"{dd:02d}/{m:02d}/{y}",
        ]
    )


def postcode(r):
    return f"{r.randint(1000, 9999)}{r.choice([' ', ''])}{r.choice('BCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, r, group=None, sur=None, first=None, particle=None):
        self.group = group or r.choice(sorted(GROUPS))
        firsts, starts, ends, parts = GROUPS[self.group]
        self.first = first or r.choice(firsts)
        if sur is None:
            sur = r.choice(starts) + r.choice(ends)
            if parts and r.random() < 0.75:
                particle = r.choice(parts)
        self.sur, self.particle = sur, particle

    @property
    def full(self):
        return f"{self.first} {self.particle + ' ' if self.particle else ''}{self.sur}"

    @property
    def bare(self):  # surname without first name: particle capitalised
        if not self.particle:
            return self.sur
        return self.particle[0].upper() + self.particle[1:] + " " + self.sur

    @property
    def lastword(self):
        return self.sur.split()[-1]


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r):
        self.r, self.pii, self.keep, self.shapes, self.persons = r, [], [], [], []

    def p(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, text):
        for w in re.findall(r"[^\W\d_][\w'&\-]*[^\W_]|\d[\d.,]*\d", text):
            if len(w) >= 3 and w.lower() not in STOP and w not in self.keep:
                self.keep.append(w)
        return text

    def kw(self, text):  # a generic contact item kept whole (municipal number, municipal e-mail)
        if text not in self.keep:
            self.keep.append(text)
        return text

    def person(self, pers, form="full"):
        self.persons.append(pers)
        if form == "full":
            return self.p(pers.full, "PERSON")
        if form == "first":
            return self.p(pers.first, "PERSON")
        if form == "bare":
            return self.p(pers.bare, "PERSON")
        if form == "upper":
            return self.p(pers.sur.upper(), "PERSON")
        if form == "lower":
            return self.p(pers.lastword.lower(), "PERSON")
        if form == "poss":
            w = pers.first
            return self.p(w + ("'s" if w[-1] in "aeiouy" else "s"), "PERSON")
        if form == "initial":
            return self.p(f"{pers.first[0]}. {pers.particle + ' ' if pers.particle else ''}{pers.sur}", "PERSON")
        raise ValueError(form)


def asc(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def cap(s):
    return s[0].upper() + s[1:]


class Ctx:
    def __init__(self, r, known=None):
        c = self
        c.town, c.wijk, c.park, c.school = r.choice(TOWNS), r.choice(WIJKEN), r.choice(PARKS), r.choice(SCHOOLS)
        c.club, c.church, c.found, c.proj = (
            r.choice(CLUBS),
            r.choice(WORSHIP),
            r.choice(FOUNDATIONS),
            r.choice(PROJECTS),
        )
        c.build, c.fest, c.law, c.prog = r.choice(BUILDINGS), r.choice(FESTIVALS), r.choice(LAWS), r.choice(PROGRAMMES)
        c.shop, c.abroad, c.dept = r.choice(SHOPS), r.choice(ABROAD), r.choice(DEPTS)
        c.day, c.month, c.month2 = r.choice(WEEKDAYS), r.choice(MONTHS), r.choice(MONTHS)
        c.topic, c.amount = r.choice(TOPICS), r.choice(AMOUNTS)
        c.street, c.street2 = r.sample(STREETS, 2)
        c.date = f"{r.randint(1, 28)} {c.month}"
        c.hour = f"{r.randint(9, 20)}.{r.choice(['00', '30', '15'])} uur"
        c.mmail = r.choice(MUNI_MAIL).format(t=c.town.lower())
        c.mphone = f"14 0{r.randint(10, 99)}"
        c.res = Person(r) if known is None else known
        c.res2 = Person(r)
        c.kid = Person(r, group=c.res.group, sur=c.res.sur, particle=c.res.particle)
        c.ald = Person(r)
        c.med = Person(r)
        c.pl = Person(r)
        c.shopk = Person(r)
        c.nb = Person(r)
        c.house = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " bis", "B"])
        c.house2 = str(r.randint(1, 120))


# ---------------------------------------------------------------- shapes
SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = (kind, f)
        return f

    return deco


# headings ---------------------------------------------------------------
@shape("nieuwsbrief")
def h_buurtkrant(d, c):
    return f"{d.k('BUURTKRANT')} {d.k(c.wijk.upper())} | {d.k(cap(c.month))} editie\n"


@shape("nieuwsbrief")
def h_wijkbericht(d, c):
    return f"Wijkbericht {d.k(c.wijk)} – {d.k('Nieuws')} van {d.k(c.found)}\n"


@shape("persbericht")
def h_pers(d, c):
    return f"PERSBERICHT – Gemeente {d.k(c.town)}, {d.k(c.date)}\n"


@shape("persbericht")
def h_pers_embargo(d, c):
    return f"{d.k('Embargo')} tot {d.k(c.day)} {c.hour} | {d.k('Communicatie')} gemeente {d.k(c.town)}\n"


@shape("projectpagina")
def h_project(d, c):
    return f"{d.k(cap(c.proj))} – {d.k('Projectpagina')} | {d.k('Stand')} van zaken {d.k(c.month)}\n"


@shape("projectpagina")
def h_project_faq(d, c):
    return f"{d.k('Veelgestelde')} vragen over {d.k(c.proj)} in {d.k(c.wijk)}\n"


@shape("evenement")
def h_event(d, c):
    return f"{d.k('Uitnodiging')}: {d.k(cap(c.fest))} in {d.k(c.build)}!\n"


@shape("evenement")
def h_agenda(d, c):
    return f"{d.k('AGENDA')} · {d.k(cap(c.day))} {d.k(c.date)} · {d.k(c.wijk)}\n"


@shape("raadsbrief")
def h_rib(d, c):
    return f"{d.k('Raadsinformatiebrief')} | {d.k('Onderwerp')}: {d.k(c.topic)} | {d.k('Portefeuillehouder')}: wethouder {d.person(c.ald)}\n"


@shape("raadsbrief")
def h_rib_aan(d, c):
    return f"{d.k('Aan')} de gemeenteraad van {d.k(c.town)}\n{d.k('Datum')}: {d.k(c.date)}\n"


@shape("lokaalnieuws")
def h_news(d, c):
    return (
        f"{d.k(c.town.upper())} – {d.k('Bewoners')} van de {d.p(c.street, 'ADDRESS')} zijn boos over {d.k(c.topic)}.\n"
    )


@shape("lokaalnieuws")
def h_news_kop(d, c):
    return f"'{d.k('Niemand')} luistert naar ons' | {d.k('Onrust')} in {d.k(c.wijk)} over {d.k(c.topic)}\n"


HEADINGS = {
    k: [n for n, (kk, _) in SHAPES.items() if kk == k]
    for k in ("nieuwsbrief", "persbericht", "projectpagina", "evenement", "raadsbrief", "lokaalnieuws")
}


# body: newsletter -------------------------------------------------------
@shape("nieuwsbrief")
def nb_quote_first(d, c):
    return f"'{d.k('Sinds')} {d.k(c.proj)} is de straat veel rustiger,' zegt {d.person(c.res, 'first')}, die al twintig jaar in {d.k(c.wijk)} woont."


@shape("nieuwsbrief")
def nb_familie(d, c):
    return f"{d.k('Ook')} de familie {d.person(c.res, 'bare')} deed mee aan {d.k(c.fest)} bij {d.k(c.build)}."


@shape("nieuwsbrief")
def nb_nieuwe_buren(d, c):
    return (
        f"{d.k('Welkom')} aan onze nieuwe buren op de {d.p(c.street2, 'ADDRESS')}: {d.person(c.nb)} en kinderen, "
        f"pas verhuisd uit {d.k(c.abroad)}."
    )


@shape("nieuwsbrief")
def nb_vrijwilliger(d, c):
    return (
        f"{d.k('Vrijwilliger')} van de maand is {d.person(c.res2)}. {d.person(c.res2, 'first')} schenkt elke "
        f"{d.k(c.day)} koffie in {d.k(c.build)}."
    )


@shape("nieuwsbrief")
def nb_oproep(d, c):
    return (
        f"{d.k('Oproep')}: wie heeft er foto's van de oude {d.k(c.shop)}? {d.k('Mail')} ze naar "
        f"{d.p(f'{asc(c.res.first.split()[0])}{asc(c.res.lastword)}@{d.r.choice(MAILHOSTS)}', 'EMAIL')}."
    )


@shape("nieuwsbrief")
def nb_winkel(d, c):
    return (
        f"{d.person(c.shopk)} van {d.k(c.shop)} sponsort de prijzen. '{d.k('Voor')} de buurt doe ik dat graag,' "
        f"aldus {d.person(c.shopk, 'first')}."
    )


@shape("nieuwsbrief")
def nb_jarig(d, c):
    return (
        f"{d.k('Hoera')}! {d.person(c.res)} uit de {d.p(c.street + ' ' + c.house, 'ADDRESS')} is op "
        f"{d.p(dob(d.r), 'DATE_OF_BIRTH')} geboren en viert dus dit jaar een mijlpaal in {d.k(c.church)}."
    )


@shape("nieuwsbrief")
def nb_club(d, c):
    return (
        f"{d.k(c.club)} zoekt nog trainers. {d.k('Aanmelden')} bij de jeugdcoördinator {d.person(c.nb)}, "
        f"{d.p(phone(d.r), 'PHONE')}."
    )


@shape("nieuwsbrief")
def nb_kinderen(d, c):
    return (
        f"{d.person(c.kid)} ({d.k('groep')} 7 van {d.k(c.school)}) won de "
        f"tekenwedstrijd met een tekening van {d.k(c.park)}."
    )


@shape("nieuwsbrief")
def nb_column(d, c):
    return (
        f"{d.k('Column')} | {d.k('Door')} {d.person(c.res2)}\n{d.k('Elke')} {d.k(c.day)} fiets ik langs "
        f"{d.k(c.church)} en denk ik aan {d.k(c.abroad)}."
    )


@shape("nieuwsbrief")
def nb_spreekuur(d, c):
    return (
        f"{d.k('Spreekuur')} wijkagent en {d.k('buurtbemiddelaar')} {d.person(c.med)}: elke {d.k(c.day)} in "
        f"{d.k(c.build)}, {d.k('zonder')} afspraak."
    )


@shape("nieuwsbrief")
def nb_upper(d, c):
    return f"{d.k('BEDANKT')} {d.person(c.res, 'upper')}! {d.k('Dankzij')} jullie staat de {d.k('moestuin')} in {d.k(c.park)} er weer prachtig bij."


# body: press release ------------------------------------------------------
@shape("persbericht")
def pb_wethouder_quote(d, c):
    return (
        f"'{d.k(cap(c.prog))} geeft {d.k(c.wijk)} een echte impuls,' zegt wethouder {d.person(c.ald)} "
        f"({d.k('Wonen')} en {d.k('Wijken')})."
    )


@shape("persbericht")
def pb_bedrag(d, c):
    return f"{d.k('Het')} college trekt {d.k(c.amount)} uit voor {d.k(c.proj)}; het geld komt uit {d.k(c.prog)}."


@shape("persbericht")
def pb_noot(d, c):
    return (
        f"{d.k('Noot')} voor de redactie: {d.k('voor')} vragen kunt u contact opnemen met {d.person(c.pl)}, "
        f"woordvoerder, via {d.p(phone(d.r), 'PHONE')}."
    )


@shape("persbericht")
def pb_ondertekening(d, c):
    return (
        f"{d.k('Op')} {d.k(c.day)} ondertekenden wethouder {d.person(c.ald, 'bare')} en {d.k(c.found)} het "
        f"convenant in {d.k(c.build)}."
    )


@shape("persbericht")
def pb_wet(d, c):
    return f"{d.k('Met')} de komst van {d.k(c.law)} verandert de rol van {d.k(c.dept)}."


@shape("persbericht")
def pb_bewoner_quote(d, c):
    return (
        f"{d.k('Bewoonster')} {d.person(c.res)} is blij: '{d.k('Eindelijk')} wordt er naar ons geluisterd.' "
        f"{d.person(c.res, 'first')} woont al sinds {d.k(c.month)} {d.r.randint(1985, 2019)} aan de "
        f"{d.p(c.street, 'ADDRESS')}."
    )


@shape("persbericht")
def pb_stedenband(d, c):
    return (
        f"{d.k('De')} stedenband met {d.k(c.abroad)} bestaat tien jaar. {d.k('Een')} delegatie onder leiding van "
        f"{d.person(c.pl)} bezoekt in {d.k(c.month2)} {d.k(c.town)}."
    )


@shape("persbericht")
def pb_over(d, c):
    return f"{d.k('Over')} {d.k(c.found)}: {d.k('sinds')} 1998 actief in {d.k(c.town)} en omstreken. {d.k('Meer')} informatie: {d.kw(c.mmail)}."


@shape("persbericht")
def pb_onderzoek(d, c):
    return (
        f"{d.k('Uit')} onderzoek van {d.k('Bureau')} {d.k('Lokaal')} {d.k('Inzicht')} blijkt dat 64 procent van de "
        f"bewoners van {d.k(c.wijk)} tevreden is."
    )


# body: project page -------------------------------------------------------
@shape("projectpagina")
def pp_projectleider(d, c):
    return (
        f"{d.k('Projectleider')} {d.person(c.pl)} ({d.k(c.dept)}) is bereikbaar via "
        f"{d.p(asc(c.pl.first[0]) + '.' + asc(c.pl.lastword) + '@' + c.town.lower() + '.nl', 'EMAIL')}."
    )


@shape("projectpagina")
def pp_planning(d, c):
    return (
        f"{d.k('Planning')}: {d.k(c.month)} start de sloop, in {d.k(c.month2)} plant {d.k('team')} {d.k('Bomen')} "
        f"nieuwe lindes en esdoorns."
    )


@shape("projectpagina")
def pp_vraag(d, c):
    return (
        f"{d.k('Vraag')} van {d.person(c.res, 'first')}: '{d.k('Blijft')} het {d.k('speelveld')} open?' "
        f"{d.k('Antwoord')}: ja, tot {d.k(c.date)}."
    )


@shape("projectpagina")
def pp_klankbord(d, c):
    return (
        f"{d.k('In')} de klankbordgroep zitten onder anderen {d.person(c.res)}, {d.person(c.res2)} en "
        f"{d.k('namens')} {d.k(c.church)} {d.person(c.nb)}."
    )


@shape("projectpagina")
def pp_omgevingswet(d, c):
    return f"{d.k('Onder')} {d.k(c.law)} kunt u tot {d.k(c.date)} een zienswijze indienen bij {d.k(c.dept)}."


@shape("projectpagina")
def pp_bijlage(d, c):
    return (
        f"{d.k('Bijlage')}: zienswijze_{d.person(c.res, 'lower')}_{d.k(c.month)}.pdf ({d.k('ingediend')} door "
        f"{d.person(c.res)}, kenmerk {d.p(casenr(d.r), 'CASE_NUMBER')})."
    )


@shape("projectpagina")
def pp_bomen(d, c):
    return (
        f"{d.k('Bomenkaart')}: 14 kastanjes langs {d.k(c.park)} blijven staan; {d.k('drie')} zieke essen worden "
        f"vervangen door {d.k('Japanse')} {d.k('notenbomen')}."
    )


@shape("projectpagina")
def pp_uitvoerder(d, c):
    return (
        f"{d.k('Aannemer')} {d.k('Heijmans')} werkt van maandag tot en met vrijdag. {d.k('Uitvoerder')} "
        f"{d.person(c.nb, 'initial')} is ter plaatse op {d.p(phone(d.r), 'PHONE')}."
    )


@shape("projectpagina")
def pp_inloop(d, c):
    return (
        f"{d.k('Inloopavond')}: {d.k(c.day)} {d.k(c.date)}, {c.hour}, {d.k(c.build)}. {d.k('Aanmelden')} is niet nodig."
    )


# body: event -------------------------------------------------------------
@shape("evenement")
def ev_programma(d, c):
    return (
        f"{d.k('Programma')}: {d.k('optreden')} van het koor van {d.k(c.church)}, {d.k('hapjes')} van {d.k(c.shop)} "
        f"en een {d.k('springkussen')} van {d.k(c.club)}."
    )


@shape("evenement")
def ev_organisatie(d, c):
    return f"{d.k('De')} organisatie is in handen van {d.person(c.res)} en {d.person(c.res2)} van {d.k(c.found)}."


@shape("evenement")
def ev_aanmelden(d, c):
    return (
        f"{d.k('Aanmelden')} voor een kraam ({d.k(c.amount)}) kan bij {d.person(c.nb, 'first')}: "
        f"{d.p(phone(d.r), 'PHONE')} of {d.p(asc(c.nb.first.split()[0]) + '.' + asc(c.nb.lastword) + str(d.r.randint(1, 99)) + '@' + d.r.choice(MAILHOSTS), 'EMAIL')}."
    )


@shape("evenement")
def ev_opening(d, c):
    return f"{d.k('Om')} {c.hour} opent wethouder {d.person(c.ald)} het feest; {d.k('daarna')} spelen de {d.k('Steelband')} {d.k('Pan')} {d.k('Caribe')}."


@shape("evenement")
def ev_parkeren(d, c):
    return (
        f"{d.k('Let')} op: op {d.k(c.day)} is de {d.p(c.street2, 'ADDRESS')} afgesloten. {d.k('Parkeren')} kan bij "
        f"{d.k(c.shop)}."
    )


@shape("evenement")
def ev_recept(d, c):
    return (
        f"{d.person(c.res, 'poss')} {d.k('beroemde')} {d.k('roti')} uit {d.k(c.abroad)}? {d.k('Proeven')} kan vanaf "
        f"{c.hour} in {d.k(c.park)}."
    )


@shape("evenement")
def ev_lezing(d, c):
    return (
        f"{d.k('Lezing')} '{d.k('Van')} {d.k(c.abroad)} naar {d.k(c.wijk)}' door {d.person(c.pl)}, {d.k('historicus')} "
        f"bij {d.k('Erfgoedcentrum')} {d.k(c.town)}."
    )


@shape("evenement")
def ev_toegang(d, c):
    return f"{d.k('Toegang')} gratis. {d.k('Kinderen')} onder 12 jaar onder begeleiding. {d.k('Halal')} en vegetarisch eten aanwezig."


# body: council letter ----------------------------------------------------
@shape("raadsbrief")
def rb_aanleiding(d, c):
    return f"{d.k('Aanleiding')}\n{d.k('Tijdens')} de commissie {d.k('Ruimte')} van {d.k(c.date)} zegde het college toe u te informeren over {d.k(c.topic)}."


@shape("raadsbrief")
def rb_kernboodschap(d, c):
    return (
        f"{d.k('Kernboodschap')}\n{d.k('Het')} college houdt vast aan {d.k(c.proj)}, maar zet een buurtbemiddelaar in."
    )


@shape("raadsbrief")
def rb_bemiddeling(d, c):
    return (
        f"{d.k('Mediator')} {d.person(c.med)} van {d.k('Buurtbemiddeling')} {d.k(c.town)} sprak met de familie "
        f"{d.person(c.res, 'bare')} en met {d.person(c.res2, 'initial')}."
    )


@shape("raadsbrief")
def rb_petitie(d, c):
    return (
        f"{d.k('Op')} {d.k(c.date)} ontving de griffie een petitie met 412 handtekeningen, aangeboden door "
        f"{d.person(c.res)} {d.k('namens')} {d.k(c.found)}."
    )


@shape("raadsbrief")
def rb_kosten(d, c):
    return f"{d.k('Financiën')}\n{d.k('De')} extra kosten van {d.k(c.amount)} worden gedekt uit {d.k(c.prog)}."


@shape("raadsbrief")
def rb_zaak(d, c):
    return (
        f"{d.k('Het')} bezwaar ({d.k('zaaknummer')} {d.p(casenr(d.r), 'CASE_NUMBER')}) van {d.person(c.res, 'initial')}, "
        f"{d.p(c.street + ' ' + c.house, 'ADDRESS')}, {d.p(postcode(d.r), 'POSTCODE')} {d.k(c.town)}, is ontvankelijk verklaard."
    )


@shape("raadsbrief")
def rb_vervolg(d, c):
    return f"{d.k('Vervolg')}\n{d.k('Wij')} informeren u voor het zomerreces opnieuw. {d.k('Het')} college van burgemeester en wethouders van {d.k(c.town)}."


@shape("raadsbrief")
def rb_wob(d, c):
    return (
        f"{d.k('Een')} verzoek op grond van {d.k(c.law)} van {d.person(c.res2)} wordt binnen vier weken "
        f"afgehandeld door {d.k(c.dept)}."
    )


@shape("raadsbrief")
def rb_handhaving(d, c):
    return (
        f"{d.k('Team')} {d.k('Handhaving')} legde een last onder dwangsom op aan de eigenaar van de auto met kenteken "
        f"{d.p(plate(d.r), 'LICENSE_PLATE')}, die al maanden op {d.k('het')} {d.k('Marktplein')} staat."
    )


# body: local news --------------------------------------------------------
@shape("lokaalnieuws")
def ln_boze_bewoner(d, c):
    return (
        f"'{d.k('Ze')} hebben ons nooit iets gevraagd,' zegt {d.person(c.res)} ({d.r.randint(34, 88)}). "
        f"{d.person(c.res, 'bare')} woont al sinds {d.r.randint(1975, 2015)} in {d.k(c.wijk)}."
    )


@shape("lokaalnieuws")
def ln_gemeente_reageert(d, c):
    return (
        f"{d.k('Een')} woordvoerder van de gemeente {d.k(c.town)} laat weten dat {d.k(c.dept)} 'in gesprek blijft' "
        f"met de bewoners."
    )


@shape("lokaalnieuws")
def ln_wethouder_reageert(d, c):
    return (
        f"{d.k('Wethouder')} {d.person(c.ald)} erkent dat de communicatie beter had gekund. '{d.k('Daar')} trekken "
        f"we lessen uit,' aldus {d.person(c.ald, 'bare')}."
    )


@shape("lokaalnieuws")
def ln_buren(d, c):
    return (
        f"{d.k('Buurvrouw')} {d.person(c.nb, 'first')}, die anoniem wil blijven, is het er niet mee eens: "
        f"'{d.k('Juist')} {d.k('goed')} dat er iets gebeurt.'"
    )


@shape("lokaalnieuws")
def ln_winkelier(d, c):
    return (
        f"{d.k('Winkelier')} {d.person(c.shopk)} van {d.k(c.shop)} ziet zijn omzet dalen sinds {d.k(c.month)}. "
        f"'{d.k('Mijn')} klanten kunnen niet meer parkeren.'"
    )


@shape("lokaalnieuws")
def ln_rechter(d, c):
    return (
        f"{d.k('De')} familie {d.person(c.res, 'bare')} stapte naar de {d.k('Raad')} van {d.k('State')}; de zaak "
        f"({d.p(casenr(d.r), 'CASE_NUMBER')}) dient op {d.k(c.date)}."
    )


@shape("lokaalnieuws")
def ln_zoon(d, c):
    return (
        f"{d.k('Zoon')} {d.person(c.kid, 'first')} ({d.r.randint(12, 19)}) speelt bij {d.k(c.club)} en moet nu een "
        f"kwartier omfietsen."
    )


@shape("lokaalnieuws")
def ln_politie(d, c):
    return (
        f"{d.k('De')} politie schreef {d.k(c.day)} een bekeuring uit voor de bestelbus met kenteken "
        f"{d.p(plate(d.r), 'LICENSE_PLATE')} op de {d.p(c.street2, 'ADDRESS')}."
    )


@shape("lokaalnieuws")
def ln_bemiddelaar(d, c):
    return (
        f"{d.k('Buurtbemiddelaar')} {d.person(c.med)} probeert de partijen nader tot elkaar te brengen. "
        f"{d.k('Volgende')} week is er een gesprek in {d.k(c.build)}."
    )


@shape("lokaalnieuws")
def ln_moskee(d, c):
    return (
        f"{d.k('Ook')} het bestuur van {d.k(c.church)} maakt zich zorgen. {d.k('Voorzitter')} {d.person(c.res2)} "
        f"vreest dat bezoekers wegblijven tijdens {d.k(c.fest)}."
    )


# common (any kind) -------------------------------------------------------
@shape("algemeen")
def al_contact(d, c):
    return f"{d.k('Contact')}: {d.k('Gemeente')} {d.k(c.town)}, {d.kw(c.mphone)} of {d.kw(c.mmail)}."


@shape("algemeen")
def al_iban_donatie(d, c):
    return (
        f"{d.k('Doneren')} aan de buurtpot? {d.k('Maak')} een bedrag over naar {d.p(iban(d.r), 'IBAN')} t.n.v. "
        f"{d.person(c.res2, 'initial')}, penningmeester."
    )


@shape("algemeen")
def al_bsn_waarschuwing(d, c):
    return (
        f"{d.k('Let')} op: in een eerdere versie stond per ongeluk het BSN {d.p(bsn(d.r), 'BSN')} van "
        f"{d.person(c.res)}. {d.k('Onze')} excuses."
    )


@shape("algemeen")
def al_geboren(d, c):
    return (
        f"{d.k('In')} {d.k('memoriam')}: {d.person(c.nb)} (geb. {d.p(dob(d.r), 'DATE_OF_BIRTH')} in "
        f"{d.k(c.abroad)}), jarenlang vrijwilliger bij {d.k(c.found)}."
    )


@shape("algemeen")
def al_weekdag(d, c):
    return f"{d.k(cap(c.day))} {d.k(c.date)}: {d.k('oud')} papier ophalen door {d.k(c.club)}, vanaf 9.00 uur."


@shape("algemeen")
def al_adres_kaart(d, c):
    return (
        f"{d.k('Afhaalpunt')} {d.k('Voedselpakketten')}: bij {d.person(c.res)}, {d.p(c.street + ' ' + c.house, 'ADDRESS')}, "
        f"{d.p(postcode(d.r), 'POSTCODE')} ({d.k('achterom')})."
    )


@shape("algemeen")
def al_meldingen(d, c):
    return f"{d.k('Meldingen')} over losliggende tegels of zwerfvuil? {d.k('Gebruik')} de app {d.k('MijnBuurt')} of bel {d.kw(c.mphone)}."


@shape("algemeen")
def al_subsidie(d, c):
    return (
        f"{d.k('Bewonersinitiatieven')} kunnen tot {d.k(c.date)} subsidie aanvragen uit {d.k(c.prog)}; "
        f"{d.k('maximaal')} {d.k(c.amount)} per initiatief."
    )


@shape("algemeen")
def al_dob_cue(d, c):
    return (
        f"{d.k('Winnaar')} van de {d.k('kleurplaat')}: {d.person(c.kid)} ({d.k('geboortedatum')} "
        f"{d.p(dob(d.r), 'DATE_OF_BIRTH')}), {d.k('leerling')} van {d.k(c.school)}."
    )


@shape("algemeen")
def al_dob_bare(d, c):
    return (
        f"{d.person(c.res2)}, °{d.p(dob(d.r), 'DATE_OF_BIRTH')}, opende in {d.k(c.month)} een naaiatelier naast "
        f"{d.k(c.shop)}."
    )


@shape("algemeen")
def al_sms(d, c):
    return (
        (
            f"{d.k('Meer')} weten? {d.k('App')} {d.person(c.pl, 'first')} {d.k('via')} {d.p(phone(d.r), 'PHONE')} "
            f"({d.k('niet')} op {d.k('zondag')})."
        )
        if c.day != "zondag"
        else f"{d.k('Meer')} weten? {d.k('App')} {d.person(c.pl, 'first')} {d.k('via')} {d.p(phone(d.r), 'PHONE')}."
    )


@shape("algemeen")
def al_colofon(d, c):
    return (
        f"{d.k('Colofon')}\n{d.k('Redactie')}: {d.person(c.res2)}, {d.person(c.nb)}. {d.k('Druk')}: {d.k('Drukkerij')} "
        f"{d.k('Tenhagen')}, {d.k(c.town)}. {d.k('Oplage')}: 2.400."
    )


@shape("algemeen")
def al_sport(d, c):
    return f"{d.k('Sport')} | {d.k(c.club)} wint derby tegen {d.k('SV')} {d.k('Rapiditas')} met 3-1; {d.k('volgende')} wedstrijd {d.k(c.day)}."


@shape("algemeen")
def al_kenteken_fiets(d, c):
    return (
        f"{d.k('Gevonden')} bij {d.k(c.park)}: een scooter met kenteken {d.p(plate(d.r), 'LICENSE_PLATE')}. "
        f"{d.k('Ophalen')} bij {d.k(c.dept)}."
    )


@shape("algemeen")
def al_iban_terug(d, c):
    return (
        f"{d.k('Restitutie')} van {d.k(c.amount)} borg wordt overgemaakt op {d.p(iban(d.r), 'IBAN')} "
        f"({d.k('rekeninghouder')} {d.person(c.res, 'initial')})."
    )


@shape("algemeen")
def al_bsn_form(d, c):
    return (
        f"{d.k('Formulier')} {d.k('Buurtbudget')} – {d.k('aanvrager')}: {d.person(c.res)} | BSN: {d.p(bsn(d.r), 'BSN')} | "
        f"{d.k('tel')}. {d.p(phone(d.r), 'PHONE')}"
    )


@shape("algemeen")
def al_mail_bewoner(d, c):
    return (
        f"{d.k('Reacties')} op dit nummer kunt u sturen aan de redactie, of rechtstreeks aan {d.person(c.res2, 'first')}: "
        f"{d.p(asc(c.res2.first.split()[0]) + '_' + asc(c.res2.lastword) + '@' + d.r.choice(MAILHOSTS), 'EMAIL')}."
    )


@shape("algemeen")
def al_maand(d, c):
    return f"{d.k('In')} {d.k(c.month2)} verschijnt de volgende editie. {d.k('Kopij')} graag voor de vijftiende."


@shape("algemeen")
def al_dossier(d, c):
    return (
        f"{d.k('Uw')} melding is geregistreerd onder {d.k('nummer')} {d.p(casenr(d.r), 'CASE_NUMBER')}; "
        f"{d.k('behandelaar')} is {d.person(c.pl, 'initial')} van {d.k(c.dept)}."
    )


@shape("algemeen")
def al_handtekening(d, c):
    return (
        f"{d.k('Met')} vriendelijke groet,\n{d.person(c.pl)}\n{d.k('Projectleider')} {d.k(c.proj)}\n"
        f"{d.k('Gemeente')} {d.k(c.town)}"
    )


@shape("algemeen")
def al_dob_leeftijd(d, c):
    return (
        f"{d.k('Oudste')} deelnemer aan de wandeltocht was {d.person(c.nb)}, {d.k('geboren')} op "
        f"{d.p(dob(d.r), 'DATE_OF_BIRTH')}."
    )


@shape("algemeen")
def al_instagram(d, c):
    return (
        f"{d.k('Volg')} ons op {d.k('Instagram')} en tag {d.k('#')}{d.k('Buurtkracht')}; {d.k('foto')}'s van "
        f"{d.person(c.res, 'first')} en {d.person(c.res2, 'first')} staan er al op."
    )


@shape("algemeen")
def al_vakantie(d, c):
    return f"{d.k('Tijdens')} de herfstvakantie is {d.k(c.build)} dicht; {d.k('vanaf')} {d.k(c.day)} {d.k(c.date)} zijn we er weer."


@shape("algemeen")
def al_initialen_upper(d, c):
    return (
        f"{d.k('GEZOCHT')}: {d.k('GASTGEZINNEN')} voor {d.k('Vakantiekinderen')} uit {d.k(c.abroad)}. "
        f"{d.k('Info')} bij {d.person(c.med, 'upper')}."
    )


@shape("algemeen")
def al_postcode_only(d, c):
    return (
        f"{d.k('Ophaaldienst')} {d.k('grofvuil')} rijdt {d.k(c.day)} in postcodegebied "
        f"{d.p(postcode(d.r), 'POSTCODE')}; {d.k('aanmelden')} bij het {d.k('Afvalloket')}."
    )


@shape("algemeen")
def al_brief_adres(d, c):
    return (
        f"{d.k('Aan')} de bewoners van {d.p(c.street2 + ' ' + c.house2, 'ADDRESS')}, {d.p(postcode(d.r), 'POSTCODE')} "
        f"{d.k(c.town)}, t.a.v. {d.person(c.nb, 'initial')}"
    )


BODY = {k: [n for n, (kk, _) in SHAPES.items() if kk == k and n not in HEADINGS[k]] for k in HEADINGS}
COMMON = [n for n, (kk, _) in SHAPES.items() if kk == "algemeen"]


# known-name shape ----------------------------------------------------------
@shape("bekend")
def kn_known(d, c):
    word = c.known_phrase
    return (
        f"{d.k('Bewoner')} {d.person(c.res)} wees ons op {word}. {d.person(c.res, 'bare')} vraagt of {d.k(c.dept)} "
        f"daar iets aan doet."
    )


@shape("bekend")
def kn_known_quote(d, c):
    return (
        f"'{d.k('Kijk')}, {c.known_phrase},' wijst {d.person(c.res)}. "
        f"{d.k('Volgens')} {d.k(c.found)} is dat typerend voor {d.k(c.wijk)}."
    )


KNOWN_SHAPES = ["kn_known", "kn_known_quote"]


# ---------------------------------------------------------------- documents
def build(r: random.Random, i: int) -> dict:
    known_word = None
    if i % 4 == 1:
        sur, phrase = r.choice(KNOWN)
        particle, bare = sur.rsplit(" ", 1) if " " in sur else (None, sur)
        res = Person(r, group="Nederlands", sur=bare, particle=particle, first=r.choice(KNOWN_FIRST))
        c = Ctx(r, known=res)
        known_word = bare.lower()
        c.known_phrase = phrase.format(park=c.park, church=c.church)
    else:
        c = Ctx(r)
    d = Doc(r)
    kind = r.choice(sorted(HEADINGS))
    names = [r.choice(HEADINGS[kind])]
    body = r.sample(BODY[kind], r.randint(3, 5)) + r.sample(COMMON, r.randint(2, 3))
    r.shuffle(body)
    if known_word:
        body.insert(r.randint(0, len(body)), r.choice(KNOWN_SHAPES))
    names += body
    parts = []
    for n in names:
        parts.append(SHAPES[n][1](d, c))
        d.shapes.append(n)
    text = parts[0] + " ".join(parts[1:])
    if known_word:
        d.k(known_word)
    doc = {"id": f"fresh23a-{i:04d}", "text": text, "pii": d.pii, "keep": [k for k in d.keep if k in text]}
    if known_word:
        kn = {"names": [c.res.full]}
        mails = [p["text"] for p in d.pii if p["label"] == "EMAIL" and asc(c.res.lastword) in p["text"]]
        if mails:
            kn["emails"] = mails
        doc["known"] = kn
    doc["_shapes"] = d.shapes
    doc["_known_word"] = known_word
    doc["_persons"] = [p.full for p in d.persons]
    return doc


def _name_words(doc):
    words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s\-]+", it["text"]):
                w = w.strip(".'s")
                if w.lower() not in PARTICLES and len(w) > 1:
                    words.add(w.lower())
    return words


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    names = _name_words(doc)
    kw = None
    if "known" in doc:
        kw = {w.lower() for n in doc["known"]["names"] for w in n.split() if w.lower() not in PARTICLES}
    for k in doc["keep"]:
        for w in re.split(r"[\s\-]+", k):
            if len(w) > 1 and w.lower() not in PARTICLES and w.lower() in names:
                if kw and w.islower() and w in kw:
                    continue
                return f"keep {k!r} shares a name word"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, redraws, used = [], 0, Counter()
    for i in range(N_DOCS):
        attempt, r = 0, random.Random(f"{SEED}-{i}")
        while True:
            doc = build(r, i)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(doc)}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        used.update(doc.pop("_shapes"))
        doc.pop("_known_word")
        doc.pop("_persons")
        docs.append(doc)
    return docs, redraws, used


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, used = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh23a_texts.jsonl is up to date" if same else "fresh23a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for k in LABELS:
            print(f"  {k:14s} {lab[k]}")
        print(f"pii items: {sum(lab.values())}, keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
