#!/usr/bin/env python3
"""fresh16d: a blind, seeded corpus of multilingual and second-language messages to a Dutch municipality.

Usage (from the project root, PYTHONPATH=.):
  python tests/anonymizer/fresh16d/make_fresh16d.py           write fresh16d_texts.jsonl
  python tests/anonymizer/fresh16d/make_fresh16d.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh16d/make_fresh16d.py --stats   counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names16d as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score16d", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261344
N_DOCS = 300
OUT = HERE / "fresh16d_texts.jsonl"
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

# ---------------------------------------------------------------------------------------------- shape registry
KINDS: dict = {}
SENTS: dict = {}


def kind(name):
    def deco(f):
        KINDS[name] = f
        return f

    return deco


def sent(name):
    def deco(f):
        SENTS[name] = f
        return f

    return deco


# ---------------------------------------------------------------------------------------------- word lists
NL_MONTHS = [
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
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
PL_MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
UK_MONTHS = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
SO_MONTHS = [
    "Janaayo",
    "Febraayo",
    "Maarso",
    "Abriil",
    "Maajo",
    "Juun",
    "Luulyo",
    "Ogost",
    "Sebtembar",
    "Oktoobar",
    "Nofembar",
    "Desembar",
]
PAP_MONTHS = [
    "yanüari",
    "febrüari",
    "mart",
    "aprel",
    "mei",
    "yüni",
    "yüli",
    "ougùstùs",
    "sèptèmber",
    "òktober",
    "novèmber",
    "desèmber",
]
AR_MONTHS = [
    "Kanun al-Thani",
    "Shubat",
    "Adhar",
    "Nisan",
    "Ayyar",
    "Haziran",
    "Tammuz",
    "Ab",
    "Aylul",
    "Tishrin al-Awwal",
    "Tishrin al-Thani",
    "Kanun al-Awwal",
]
ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
CITIES = [
    "Schiedam",
    "Zaandam",
    "Almere",
    "Arnhem",
    "Deventer",
    "Leeuwarden",
    "Tilburg",
    "Helmond",
    "Lelystad",
    "Vlaardingen",
    "Zoetermeer",
    "Emmen",
]
STREET_A = [
    "Lindeboom",
    "Merel",
    "Populier",
    "Schepen",
    "Kastanje",
    "Zilvermeeuw",
    "Oranjeboom",
    "Klaproos",
    "Roerdomp",
    "Havik",
    "Wilgenroos",
    "Bremraap",
    "Zwanebloem",
    "Korenaar",
    "Distelvink",
    "Ijsvogel",
    "Lisdodde",
    "Pimpernel",
]
STREET_B = ["straat", "laan", "hof", "weg", "plein", "kade", "singel", "pad"]
FOREIGN_ADDR = {
    "Turkish": (
        lambda r: f"{r.choice(['Çiçek', 'Lale', 'Papatya', 'Menekşe', 'Zambak'])} Sokak No: {r.randint(2, 90)}",
        lambda r: f"{r.randint(1, 8)}{r.randint(1000, 9999)}",
        ["Konya", "Kayseri", "Yozgat", "Sivas"],
    ),
    "Polish": (
        lambda r: (
            f"ul. {r.choice(['Lipowa', 'Kwiatowa', 'Ogrodowa', 'Słoneczna', 'Polna'])} "
            f"{r.randint(2, 60)}/{r.randint(1, 20)}"
        ),
        lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}",
        ["Kraków", "Lublin", "Rzeszów", "Opole"],
    ),
    "Moroccan": (
        lambda r: f"Rue {r.choice(['Ibn Khaldoun', 'Al Massira', 'Moulay Ismail', 'Oued Sebou'])} {r.randint(2, 90)}",
        lambda r: f"{r.randint(10, 99)}{r.randint(100, 999)}",
        ["Nador", "Al Hoceima", "Tanger", "Berkane"],
    ),
    "Ukrainian": (
        lambda r: f"vul. {r.choice(['Shevchenka', 'Franka', 'Sadova', 'Lesi Ukrainky'])} {r.randint(2, 90)}",
        lambda r: f"{r.randint(10, 99)}{r.randint(100, 999)}",
        ["Kharkiv", "Lviv", "Dnipro", "Poltava"],
    ),
    "Arabic": (
        lambda r: f"Shari {r.choice(['Baghdad', 'al-Thawra', 'al-Nasr', 'Halab'])} {r.randint(2, 90)}",
        None,
        ["Aleppo", "Homs", "Latakia", "Hama"],
    ),
    "Antillean": (
        lambda r: f"Kaya {r.choice(['Flamboyan', 'Kadushi', 'Watapana', 'Yerba Stinki'])} {r.randint(2, 90)}",
        None,
        ["Willemstad", "Bandabou", "Punda"],
    ),
    "Surinamese-Hindustani": (
        lambda r: f"{r.choice(['Wanica', 'Indira Gandhiweg', 'Kwattaweg', 'Tourtonnelaan'])} {r.randint(2, 300)}",
        None,
        ["Paramaribo", "Nickerie", "Lelydorp"],
    ),
    "Somali": (
        lambda r: f"Wadada {r.choice(['Warshadaha', 'Maka Al Mukarama', 'Jigjiga Yar'])} {r.randint(2, 90)}",
        None,
        ["Mogadishu", "Hargeisa", "Kismayo"],
    ),
    "Eritrean": (
        lambda r: f"{r.choice(['Harnet Avenue', 'Sematat Avenue', 'Warsay Street'])} {r.randint(2, 90)}",
        None,
        ["Asmara", "Keren", "Mendefera"],
    ),
    "Chinese": (
        lambda r: f"{r.choice(['Jiefang Lu', 'Renmin Lu', 'Zhongshan Lu'])} {r.randint(2, 300)}",
        lambda r: f"{r.randint(100000, 999999)}",
        ["Wenzhou", "Qingtian", "Fuzhou"],
    ),
}
FOREIGN_PHONE = {
    "Turkish": lambda r: f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "Polish": lambda r: f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "Moroccan": lambda r: f"00212 6{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "Ukrainian": lambda r: f"+380 {r.choice(['67', '50', '93', '97'])} {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "Arabic": lambda r: f"+963 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "Antillean": lambda r: f"+5999 {r.randint(510, 699)} {r.randint(1000, 9999)}",
    "Surinamese-Hindustani": lambda r: f"+597 8{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "Surinamese-Creole": lambda r: f"+597 7{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "Somali": lambda r: f"+252 61 {r.randint(1000000, 9999999)}",
    "Eritrean": lambda r: f"+291 7 {r.randint(100000, 999999)}",
    "Chinese": lambda r: f"+86 13{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
    "Ghanaian": lambda r: f"+233 24 {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "Indonesian-Moluccan": lambda r: f"+62 812 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
}
OFFICIALS = [
    ("consulent", "Werk en Inkomen"),
    ("wijkcoach", "Sociaal Wijkteam"),
    ("medewerker", "Burgerzaken"),
    ("klantmanager", "Schuldhulpverlening"),
    ("leerplichtambtenaar", "Onderwijs"),
    ("handhaver", "Toezicht en Handhaving"),
    ("casemanager", "Statushouders"),
    ("beleidsmedewerker", "Inburgering"),
    ("woonconsulent", "Wonen"),
    ("medewerker", "Belastingen"),
    ("regisseur", "Jeugd"),
    ("teamleider", "Klantcontactcentrum"),
]
LANGS = [
    ("Turks", "Turkish"),
    ("Arabisch", "Arabic"),
    ("Pools", "Polish"),
    ("Tigrinya", "Eritrean"),
    ("Somalisch", "Somali"),
    ("Oekraïens", "Ukrainian"),
    ("Papiaments", "Antillean"),
    ("Mandarijn", "Chinese"),
    ("Tamazight", "Moroccan"),
    ("Farsi", "Iranian"),
    ("Dari", "Afghan"),
    ("Koerdisch", "Kurdish"),
    ("Vietnamees", "Vietnamese"),
    ("Roemeens", "Romanian"),
]
SCHEMES = [
    "huurtoeslag",
    "bijzondere bijstand",
    "kwijtschelding",
    "leerlingenvervoer",
    "inburgering",
    "schuldhulp",
    "Wmo-voorziening",
    "parkeervergunning",
    "kinderopvangtoeslag",
    "energietoeslag",
]

# Known-name words: (name word, ordinary sentence using it in lower case, keep words of that sentence)
KNOWN = [
    ("Kerk", "Ons huis staat achter de kerk, dus de bus stopt daar niet meer.", ["kerk", "bus"]),
    ("Visser", "Mijn zoon werkt als visser op een boot in IJmuiden.", ["visser", "boot", "IJmuiden"]),
    ("Bakker", "Elke ochtend haal ik brood bij de bakker om de hoek.", ["bakker", "brood", "ochtend"]),
    ("Smit", "De smit in onze straat maakt tot laat lawaai met zijn hamer.", ["smit", "lawaai", "hamer"]),
    ("Koning", "Op de verjaardag van de koning was er feest in de wijk.", ["koning", "feest", "wijk"]),
    ("Vos", "In de tuin komt 's nachts een vos, de kippen zijn weg.", ["vos", "tuin", "kippen"]),
    ("Bos", "Wij lopen elke dag met de hond in het bos.", ["bos", "hond"]),
    ("Berg", "Er ligt een berg afval naast de container.", ["berg", "afval", "container"]),
    ("Kok", "Mijn man werkte vroeger als kok in een restaurant.", ["kok", "restaurant"]),
    ("Schipper", "Mijn vader was schipper op de Rijn.", ["schipper", "Rijn"]),
    ("Groen", "Het voetgangerslicht staat veel te kort op groen.", ["groen", "voetgangerslicht"]),
    ("Wit", "De envelop was wit met een blauw logo.", ["wit", "envelop", "logo"]),
    ("Zwart", "Er staat al weken een zwart busje op de stoep.", ["zwart", "busje", "stoep"]),
    ("Bruin", "Het water uit de kraan is soms bruin.", ["bruin", "kraan"]),
    ("Klein", "De woning is te klein voor vijf kinderen.", ["klein", "woning", "kinderen"]),
    ("Vink", "Ik moest een vink zetten bij akkoord maar dat lukte niet.", ["vink", "akkoord"]),
    ("Haan", "De haan van de buren kraait elke dag om vijf uur.", ["haan", "buren"]),
    ("Post", "Ik heb de formulieren ook per post gestuurd.", ["post", "formulieren"]),
    ("Dam", "Bij de dam is de stoep helemaal kapot.", ["dam", "stoep", "kapot"]),
    ("Zomer", "Sinds de zomer wacht ik op een antwoord.", ["zomer", "antwoord"]),
    ("Winter", "In de winter is het koud in huis want de verwarming doet het niet.", ["winter", "verwarming"]),
    ("Storm", "Door de storm is het dak gaan lekken.", ["storm", "dak"]),
    ("Sterk", "De geur van de schimmel is erg sterk.", ["sterk", "schimmel", "geur"]),
    ("Mooi", "Het is niet mooi hoe de galerij eruitziet.", ["mooi", "galerij"]),
    ("Lief", "De juf van school is heel lief voor mijn dochter.", ["lief", "juf", "school"]),
    ("Hoop", "Ik hoop dat u snel kunt antwoorden.", ["hoop", "antwoorden"]),
    ("Steen", "Gisteravond is er een steen door ons raam gegooid.", ["steen", "raam"]),
    ("Molen", "Wij wonen aan de kant van de molen, bij het water.", ["molen", "water"]),
    ("Kroon", "Op de brief stond een kroon, dus ik dacht dat het van de overheid was.", ["kroon", "overheid"]),
    ("Vogel", "Er zit een dode vogel in de dakgoot.", ["vogel", "dakgoot"]),
    ("Hart", "Mijn moeder heeft iets aan haar hart en kan de trap niet op.", ["hart", "trap"]),
    ("Vrede", "Wij willen gewoon in vrede wonen met de buren.", ["vrede", "buren"]),
    ("Held", "Mijn buurjongen is een held, hij helpt ons altijd met papieren.", ["held", "papieren"]),
    ("Koster", "De koster van de kapel heeft de sleutel van het zaaltje.", ["koster", "sleutel", "kapel"]),
    ("Snel", "Kunt u het snel regelen, want de huur moet betaald worden.", ["snel", "huur"]),
]
KNOWN_PARTICLE = {"Haan": "de ", "Vos": "de ", "Wit": "de ", "Bruin": "de ", "Groot": "de ", "Koning": "de "}


# ---------------------------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def x(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def P(self, text: str) -> str:
        return self.x(text, "PERSON")

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    # person forms
    def full(self, p) -> str:
        return self.P(p.full)

    def first(self, p) -> str:
        return self.P(p.first)

    def bare(self, p) -> str:
        return self.P(p.bare)

    def alt(self, p) -> str:
        return self.P(p.alt or p.full)


class Ctx:
    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.known = None
        groups = list(N.GROUPS)
        if i % 10 == 0:  # a name also in its own script
            g = r.choice(N.SCRIPT_GROUPS)
        else:
            g = r.choice(groups)
        self.script_doc = i % 10 == 0
        if i % 4 == 1:
            self.known = r.choice(KNOWN)
            word = self.known[0]
            sur = KNOWN_PARTICLE.get(word, "") + word if r.random() < 0.5 else word
            base = N.make_person(r, g)
            self.R = N.Person(base.given, sur, g, base.female, "gs")
            self.R.script = None
            self.R.alt = None
        else:
            self.R = N.make_person(r, g, extra_given=r.random() < 0.4)
        self.fam = N.make_person(r, g if g not in N.SCRIPT_GROUPS else g, sur=self.R.sur)
        if g in N.SCRIPT_GROUPS or self.known:
            self.fam.alt = None
            self.fam.script = None
            self.fam.order = self.R.order
        self.NB = N.make_person(r, r.choice(groups))
        self.O = N.make_person(r, r.choice(groups))
        self.ofunc, self.odept = r.choice(OFFICIALS)
        self.M = N.make_person(r, r.choice(groups))
        self.T = N.make_person(r, r.choice(groups))
        self.lang = next((lang for lang in LANGS if lang[1] == g), r.choice(LANGS))[0]
        self.city = r.choice(CITIES)
        self.rel = r.choice(
            ["zus", "dochter", "nicht", "tante"] if self.fam.female else ["broer", "zoon", "neef", "oom"]
        )
        # avoid the same name twice
        seen = set()
        for p in (self.R, self.NB, self.O, self.M, self.T):
            key = p.full
            if key in seen or p.first == self.R.first and p is not self.R:
                p.given = [p.given[0] + "a" if not p.given[0].endswith("a") else p.given[0][:-1] + "o"] + p.given[1:]
            seen.add(p.full)
        if self.fam.first == self.R.first:
            self.fam.given = [self.fam.given[0] + "i"] + self.fam.given[1:]

    # ordinary data
    def date(self, d: Doc) -> str:
        r = self.r
        m = r.randrange(12)
        return f"{r.randint(1, 28)} {d.k(NL_MONTHS[m])} {r.choice([2025, 2026])}"

    def weekday(self, d: Doc) -> str:
        return d.k(self.r.choice(WEEKDAYS))

    def amount(self, d: Doc) -> str:
        r = self.r
        return d.k(f"€{r.randint(40, 2400)},{r.choice(['00', '50', '25', '-'])}".replace(",-", ",-"))

    # personal data
    def addr_nl(self, d: Doc) -> str:
        r = self.r
        n = f"{r.randint(1, 240)}{r.choice(['', '', 'a', 'b', '-2', ' bis', 'C'])}".replace(" bis", "bis")
        return d.x(f"{r.choice(STREET_A)}{r.choice(STREET_B)} {n}", "ADDRESS")

    def postcode(self, d: Doc) -> str:
        r = self.r
        L = "ABCDEGHJKLMNPRSTVWXZ"
        return d.x(f"{r.randint(1011, 9999)}{r.choice(['', ' '])}{r.choice(L)}{r.choice(L)}", "POSTCODE")

    def phone_nl(self, d: Doc) -> str:
        r = self.r
        n = f"{r.randint(10000000, 99999999)}"
        form = r.choice(
            [
                f"06-{n}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 6 {n[:4]} {n[4:]}",
                f"0031 6 {n}",
                f"+316{n}",
                f"(06) {n[:4]}-{n[4:]}",
                f"0{r.choice(['10', '20', '30', '40', '50', '70'])}-{r.randint(1000000, 9999999)}",
            ]
        )
        return d.x(form, "PHONE")

    def phone_foreign(self, d: Doc, group=None) -> str:
        g = group or self.R.group
        f = FOREIGN_PHONE.get(g) or FOREIGN_PHONE[self.r.choice(list(FOREIGN_PHONE))]
        return d.x(f(self.r), "PHONE")

    def faddr(self, d: Doc, group=None):
        g = group or self.R.group
        if g not in FOREIGN_ADDR:
            g = self.r.choice(list(FOREIGN_ADDR))
        a, pc, cities = FOREIGN_ADDR[g]
        s = d.x(a(self.r), "ADDRESS")
        if pc:
            s += ", " + d.x(pc(self.r), "POSTCODE")
        return s + " " + d.k(self.r.choice(cities))

    def email(self, d: Doc, p) -> str:
        r = self.r
        first = N.strip_marks(p.first).lower().replace(" ", "")
        sur = N.strip_marks(p.sur).lower().replace(" ", "").replace("'", "").replace("-", "")
        local = r.choice(
            [
                f"{first}.{sur}",
                f"{first}{sur}{r.randint(1, 99)}",
                f"{first[0]}.{sur}",
                f"{sur}.{first}{r.randint(60, 99)}",
                f"{first}_{r.randint(1960, 2005)}",
            ]
        )
        dom = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "yahoo.com",
                "icloud.com",
                "wp.pl",
                "ukr.net",
                "hotmail.com.tr",
                "live.nl",
                "ziggo.nl",
            ]
        )
        return d.x(f"{local}@{dom}", "EMAIL")

    def handle(self, d: Doc, p) -> str:
        first = N.strip_marks(p.first).lower().replace(" ", "")
        sur = N.strip_marks(p.sur).lower().replace(" ", "").replace("'", "").replace("-", "")
        return "@" + d.P(
            self.r.choice([f"{first}_{sur}", f"{first}.{sur[:3]}{self.r.randint(1, 99)}", f"{sur}{first[:1]}"])
        )

    def slug(self, d: Doc, p) -> str:
        sur = N.strip_marks(p.sur).lower().replace(" ", "").replace("'", "")
        return d.P(f"{sur}_{N.strip_marks(p.first).lower().replace(' ', '')}")

    def bsn(self, d: Doc) -> str:
        s = N.bsn(self.r)
        return d.x(self.r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"]), "BSN")

    def iban(self, d: Doc, country="NL") -> str:
        s = N.iban(self.r, country)
        return d.x(self.r.choice([s, N.grouped(s), N.grouped(s).lower() if country == "NL" else s]), "IBAN")

    def plate(self, d: Doc) -> str:
        r = self.r
        L = "BDFGHJKLNPRSTVXZ"
        a = lambda n: "".join(r.choice(L) for _ in range(n))  # noqa: E731
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        return d.x(
            r.choice(
                [
                    f"{a(2)}-{n(3)}-{a(1)}",
                    f"{n(1)}-{a(3)}-{n(2)}",
                    f"{a(1)}-{n(3)}-{a(2)}",
                    f"{n(2)}-{a(3)}-{n(1)}",
                    f"{a(3)}-{n(2)}-{a(1)}",
                    f"{n(2)} {a(3)} {n(3)}",
                    f"W{a(2)} {n(5)}",
                ]
            ),
            "LICENSE_PLATE",
        )

    def case(self, d: Doc) -> str:
        r = self.r
        return d.x(
            r.choice(
                [
                    f"VTA-{r.randint(24, 26)}-{r.randint(10000, 99999)}",
                    f"Z{r.choice([2025, 2026])}.{r.randint(1000, 9999)}.{r.choice('ABKT')}",
                    f"INB/{r.randint(100000, 999999)}",
                    f"KCC{r.randint(1000000, 9999999)}",
                    f"BZ-{r.randint(100, 999)}-{r.randint(100, 999)}-TL",
                    f"{r.choice([2025, 2026])}/VERT/{r.randint(1000, 9999)}",
                    f"WI.{r.randint(10, 99)}.{r.randint(10000, 99999)}",
                    f"STH-{r.randint(1000, 9999)}-{r.choice('XYZ')}",
                ]
            ),
            "CASE_NUMBER",
        )

    def dob(self, d: Doc, cue=True) -> str:
        r = self.r
        y, m, dd = r.randint(1938, 2008), r.randrange(12), r.randint(1, 28)
        styles = [
            f"{dd} {TR_MONTHS[m]} {y}",
            f"{y}-{m + 1:02d}-{dd:02d}",
            f"{EN_MONTHS[m]} "
            f"{dd}{'st' if dd in (1, 21) else 'nd' if dd in (2, 22) else 'rd' if dd in (3, 23) else 'th'}, {y}",
            f"{dd} {PL_MONTHS[m]} {y}",
            f"{dd} {UK_MONTHS[m]} {y}",
            f"{dd} {SO_MONTHS[m]} {y}",
            f"{dd} di {PAP_MONTHS[m]} {y}",
            f"{dd} {AR_MONTHS[m]} {y}",
            f"{dd} {ID_MONTHS[m]} {y}",
            f"{dd:02d}.{m + 1:02d}.{y}",
            f"{m + 1:02d}/{dd:02d}/{y}",
            f"{dd}-{m + 1}-'{str(y)[2:]}",
            f"{dd} {NL_MONTHS[m]} {y}",
            f"{y}/{m + 1:02d}/{dd:02d}",
            f"{dd}{'e' if r.random() < 0.5 else ''} van de {m + 1}e {y}",
        ]
        s = d.x(r.choice(styles), "DATE_OF_BIRTH")
        if not cue:
            return s
        c = r.choice(
            [
                "geboren op",
                "geb.",
                "geboortedatum:",
                "date of birth:",
                "doğum tarihi:",
                "data urodzenia:",
                "DOB",
                "fecha di nasementu:",
                "dhalasho:",
                "geboren",
            ]
        )
        return f"{c} {s}"


# ---------------------------------------------------------------------------------------------- sentence shapes
@sent("phonetic-called-gemente")
def _s1(d, c):
    return (
        f"ik heb gebeld meneer van gemente maar niemand {d.k('antwoord')} , ik wacht nu {c.r.randint(3, 9)} weken "
        f"voor {d.k('uitkering')}."
    )


@sent("brother-by-relation")
def _s2(d, c):
    return (
        f"Mijn {d.k(c.rel)} {d.first(c.fam)} helpt mij met de {d.k('brieven')}, {'zij' if c.fam.female else 'hij'} "
        f"woont op {c.addr_nl(d)}."
    )


@sent("two-transliterations-passport")
def _s3(d, c):
    if not c.R.alt:
        return (
            f"In mijn {d.k('paspoort')} staat {d.full(c.R)}, maar de {d.k('IND')} heeft mijn {d.k('geboorteplaats')} "
            "fout geschreven."
        )
    return (
        f"In mijn {d.k('paspoort')} staat {d.full(c.R)} maar de {d.k('IND')} schrijft {d.alt(c.R)}, daarom "
        f"{d.k('klopt')} de {d.k('toeslag')} niet."
    )


@sent("interpreter-number")
def _s4(d, c):
    return (
        f"{d.k('Gesprek')} gevoerd via tolk {d.full(c.T)} ({d.k('tolknummer')} {c.r.randint(10000, 99999)}), taal "
        f"{d.k(c.lang)}."
    )


@sent("english-please-call")
def _s5(d, c):
    return f"{d.k('Please')} call me back on {c.phone_nl(d)}, my Dutch is not so good, {d.k('sorry')}."


@sent("turkish-thanks")
def _s6(d, c):
    return f"Çok teşekkür ederim, {d.k('bedankt')} voor de {d.k('hulp')} van {d.k('mevrouw')} {d.bare(c.O)}."


@sent("dob-foreign-order")
def _s7(d, c):
    return f"{d.k('Mijn')} moeder is {c.dob(d)}, zij is nu {d.k('ziek')} en kan niet komen naar het {d.k('loket')}."


@sent("arabic-inshallah")
def _s8(d, c):
    return (
        f"Inshallah komt de {d.k('beschikking')} deze week, mijn {d.k('vrouw')} {d.first(c.fam)} is {d.k('zwanger')}."
    )


@sent("polish-address-abroad")
def _s9(d, c):
    return (
        f"{d.k('Tijdelijk')} verblijf ik bij familie: {c.faddr(d)}; {d.k('post')} graag naar dat {d.k('adres')}."
        if c.known is None or c.known[0] != "Post"
        else f"{d.k('Tijdelijk')} verblijf ik bij familie: {c.faddr(d)}."
    )


@sent("foreign-phone-family")
def _s10(d, c):
    return f"Mijn {d.k(c.rel)} {d.first(c.fam)} in het {d.k('buitenland')} is bereikbaar op {c.phone_foreign(d)}."


@sent("voice-note-line")
def _s11(d, c):
    return (
        f"[{d.k('spraakbericht')} {c.r.randint(0, 3)}:{c.r.randint(10, 59)}] {d.first(c.R)} vertelt dat de "
        f"{d.k('verhuurder')} de {d.k('reparatie')} niet doet."
    )


@sent("bsn-cue-foreign")
def _s12(d, c):
    return f"BSN nummer ({d.k('sofinummer')}) van mij: {c.bsn(d)}."


@sent("iban-foreign-bank")
def _s13(d, c):
    ctry = {"Turkish": "TR", "Polish": "PL", "Ukrainian": "UA", "German": "DE", "Flemish": "BE"}.get(c.R.group, "NL")
    return f"{d.k('Terugbetaling')} a.u.b. op {d.k('rekening')} {c.iban(d, ctry)} op naam van {d.full(c.R)}."


@sent("child-writes-for-parent")
def _s14(d, c):
    return (
        f"Ik ben {d.first(c.fam)}, {d.k('dochter') if c.fam.female else d.k('zoon')} van {d.full(c.R)}; mijn "
        f"{d.k('vader')} spreekt geen {d.k('Nederlands')}."
    )


@sent("neighbour-forwards")
def _s15(d, c):
    return f"{d.k('Doorgestuurd')} door buurman {d.full(c.NB)} ({c.addr_nl(d)}), met {d.k('toestemming')}."


@sent("papiamento-greeting")
def _s16(d, c):
    return f"Bon dia, mi ta {d.first(c.R)}. Ik wil {d.k('klacht')} doen over {d.k('schimmel')} in de {d.k('badkamer')}."


@sent("somali-family-names")
def _s17(d, c):
    return (
        f"{d.k('Familie')}: {d.full(c.R)} en {d.full(c.fam)}, beide ingeschreven op {c.addr_nl(d)}, {c.postcode(d)} "
        f"{d.k(c.city)}."
    )


@sent("ukrainian-status")
def _s18(d, c):
    return f"Дякую. Ik heb {d.k('tijdelijke')} {d.k('bescherming')} sinds {c.date(d)}, {d.k('dossier')} {c.case(d)}."


@sent("tigrinya-greeting")
def _s19(d, c):
    return f"Selam, ik ben {d.full(c.R)} ({c.dob(d, cue=False)}), mijn {d.k('verblijfsvergunning')} is verlopen."


@sent("lowercase-name-informal")
def _s20(d, c):
    return f"ik ben {d.P(c.R.first.lower())} en ik woon {d.k('boven')} de {d.k('winkel')}, bel mij {c.phone_nl(d)}"


@sent("case-number-tolk")
def _s21(d, c):
    return f"{d.k('Vertaalopdracht')} {c.case(d)} is op {c.date(d)} {d.k('afgerond')}."


@sent("official-with-dept")
def _s22(d, c):
    return f"{d.k('Contactpersoon')}: {d.full(c.O)}, {d.k(c.ofunc)} {d.k(c.odept)}."


@sent("mediator-note")
def _s23(d, c):
    return (
        f"{d.k('Bemiddelaar')} {d.full(c.M)} heeft op {c.weekday(d)} met {d.bare(c.O)} {d.k('afgesproken')} dat er "
        f"een {d.k('huisbezoek')} komt."
    )


@sent("plate-parking-fine")
def _s24(d, c):
    return f"De {d.k('boete')} voor auto {c.plate(d)} klopt niet, wij waren die dag in {d.k(c.city)}."


@sent("date-iso-and-birth")
def _s25(d, c):
    return f"{d.k('Aanvraag')} ingediend {c.date(d)}; {d.k('aanvrager')} {d.full(c.R)}, {c.dob(d)}."


@sent("english-dob-line")
def _s26(d, c):
    return f"{d.k('Name')}: {d.full(c.R)} / date of birth {c.dob(d, cue=False)} / {d.k('nationality')}: {d.k(c.lang)}."


@sent("email-signature")
def _s27(d, c):
    return f"{d.k('Groeten')}, {d.full(c.R)} — {c.email(d, c.R)}"


@sent("whatsapp-handle")
def _s28(d, c):
    return f"({d.k('Bericht')} via WhatsApp van {c.handle(d, c.R)})"


@sent("file-name-scan")
def _s29(d, c):
    return f"{d.k('Bijlage')}: scan_{d.k('paspoort')}_{c.slug(d, c.R)}.pdf"


@sent("possessive-name")
def _s30(d, c):
    return f"{d.P(c.fam.first + 's')} {d.k('school')} belde ook, want {d.first(c.fam)} was drie dagen {d.k('afwezig')}."


@sent("translator-note")
def _s31(d, c):
    if not c.R.alt:
        return (
            f"{d.k('Noot')} van de {d.k('vertaler')}: {d.k('datums')} in het {d.k('origineel')} staan in de volgorde "
            "jaar-maand-dag."
        )
    return f"{d.k('Noot')} van de {d.k('vertaler')}: de naam {d.full(c.R)} is ook te schrijven als {d.alt(c.R)}."


@sent("translator-stamp")
def _s32(d, c):
    return f"{d.k('Beëdigd')} {d.k('vertaler')} {d.full(c.T)}, {d.k('vertaling')} {c.case(d)}."


@sent("mixed-english-complaint")
def _s33(d, c):
    return f"The {d.k('landlord')} does nothing, al {c.r.randint(2, 8)} maanden {d.k('lekkage')}, ik heb foto's."


@sent("simplified-grammar-money")
def _s34(d, c):
    return f"geld niet gekomen, ik moet betalen {d.k('huur')} {c.amount(d)} en {d.k('school')} van kinderen."


@sent("numbered-request")
def _s35(d, c):
    return (
        f"1) {d.k('uitstel')} van {d.k('betaling')} 2) {d.k('gesprek')} met {d.full(c.O)} 3) {d.k('tolk')} "
        f"{d.k(c.lang)}"
    )


@sent("grandmother-dob")
def _s36(d, c):
    return f"Oma {d.full(c.fam)} ({c.dob(d, cue=False)}) woont bij ons in, zij heeft {d.k('mantelzorg')} nodig."


@sent("kcc-callback")
def _s37(d, c):
    return (
        f"{d.k('Terugbelverzoek')} {d.k('KCC')}: {d.bare(c.R)} {d.k('graag')} bellen op {c.phone_nl(d)} na "
        f"{c.r.randint(14, 17)}.00 uur."
    )


@sent("generic-municipal-contact")
def _s38(d, c):
    return (
        f"Zij heeft het algemene nummer {d.k('14 0' + str(c.r.randint(10, 99)))} gebeld en {d.k('info@gemeente.nl')} "
        "gemaild."
    )


@sent("two-addresses")
def _s39(d, c):
    return f"Oud adres {c.faddr(d)}, nieuw adres {c.addr_nl(d)}, {c.postcode(d)} {d.k(c.city)}."


@sent("script-name")
def _s40(d, c):
    p = c.R
    if not p.script:
        return f"{d.k('Naam')} {d.k('moeder')}: {d.full(c.fam)}."
    return f"{d.k('Naam')} in eigen schrift: {d.P(p.script)} ({d.full(p)})."


@sent("script-signed")
def _s41(d, c):
    p = c.R
    if not p.script:
        return f"{d.k('Ondertekend')} door {d.full(p)}."
    return f"{d.k('Ondertekend')}: {d.P(p.script)} / {d.alt(p)}"


@sent("ethiopian-calendar")
def _s42(d, c):
    return (
        f"{d.k('Volgens')} de {d.k('kalender')} van ons land ben ik geboren in "
        f"{d.x(str(c.r.randint(1950, 1998)) + ' E.C.', 'DATE_OF_BIRTH')}, dat is een ander jaar."
    )


@sent("cousin-helps-forms")
def _s43(d, c):
    return (
        f"{d.k('Neef')} {d.full(c.NB)} heeft het {d.k('formulier')} ingevuld, zijn {d.k('nummer')} is {c.phone_nl(d)}."
    )


@sent("polish-dziekuje")
def _s44(d, c):
    return f"Dziękuję bardzo. {d.k('Werkgever')} zegt dat {d.k('contract')} stopt op {c.date(d)}."


@sent("interpreter-absent")
def _s45(d, c):
    return f"De {d.k('tolk')} kwam niet, {d.bare(c.O)} heeft daarom de {d.k('telefoontolk')} gebeld."


@sent("spoken-summary-quote")
def _s46(d, c):
    return f'"{d.k("Wallah")} ik heb alles gestuurd", zegt {d.first(c.R)} in het {d.k("spraakbericht")}.'


@sent("spouse-bsn")
def _s47(d, c):
    return f"BSN {d.k('partner')} {d.full(c.fam)}: {c.bsn(d)}; {d.k('kinderen')} staan ook op dit {d.k('adres')}."


@sent("sranan-line")
def _s48(d, c):
    return f"Mi e begi yu, {d.k('help')} mi. De {d.k('aanslag')} {c.case(d)} is veel te hoog."


@sent("indonesian-line")
def _s49(d, c):
    return f"Terima kasih, {d.k('meneer')} {d.bare(c.O)}. De {d.k('afspraak')} op {c.weekday(d)} is goed."


@sent("abroad-travel")
def _s50(d, c):
    return (
        f"Van {c.date(d)} tot {c.date(d)} ben ik in "
        f"{d.k(c.r.choice(['Turkije', 'Marokko', 'Polen', 'Ghana', 'Suriname', 'Curaçao']))} voor "
        f"{d.k('begrafenis')}, {d.k('telefoon')} daar {c.phone_foreign(d)}."
    )


@sent("name-order-note")
def _s51(d, c):
    p = c.R
    if p.order == "sg":
        return (
            f"{d.k('Let')} op: {d.full(p)} — eerst {d.k('achternaam')} {d.bare(p)}, dan {d.k('voornaam')} {d.first(p)}."
        )
    return f"{d.k('Voornaam')} {d.first(p)}, {d.k('achternaam')} {d.bare(p)}."


@sent("car-owner-relative")
def _s52(d, c):
    return f"Het {d.k('kenteken')} {c.plate(d)} staat op naam van mijn {d.k(c.rel)} {d.full(c.fam)}."


@sent("arabic-date-appointment")
def _s53(d, c):
    return (
        f"{d.k('Afspraak')} {d.k('Burgerzaken')} {c.date(d)} om "
        f"{c.r.randint(9, 16)}:{c.r.choice(['00', '15', '30', '45'])}, {d.k('meenemen')}: {d.k('geboorteakte')}."
    )


@sent("legalised-birth-cert")
def _s54(d, c):
    return (
        f"De {d.k('geboorteakte')} ({d.k('gelegaliseerd')}) zegt {c.dob(d, cue=False)}, maar in {d.k('BRP')} staat 1 "
        "januari."
    )


@sent("neighbour-noise")
def _s55(d, c):
    return (
        f"{d.k('Overlast')} van buurvrouw {d.full(c.NB)} op {c.addr_nl(d)}, elke {c.weekday(d)} {d.k('harde')} muziek."
    )


@sent("fam-email")
def _s56(d, c):
    return f"Mail ook naar mijn {d.k(c.rel)}: {c.email(d, c.fam)}."


@sent("english-thank-you")
def _s57(d, c):
    return f"{d.k('Thank')} you {d.k('Mrs')} {d.bare(c.O)}, you were very {d.k('kind')} at the {d.k('counter')}."


@sent("schuld-iban-nl")
def _s58(d, c):
    return (
        f"{d.k('Afbetalingsregeling')}: {c.amount(d)} per maand vanaf {d.k(c.r.choice(EN_MONTHS))}, "
        f"{d.k('rekening')} {c.iban(d)}."
    )


@sent("inburgering-exam")
def _s59(d, c):
    return f"{d.k('Examen')} {d.k('inburgering')} gehaald op {c.date(d)}, {d.k('kandidaatnummer')} {c.case(d)}."


@sent("twice-spelled-relative")
def _s60(d, c):
    f = c.fam
    if f.alt:
        return f"Mijn {d.k(c.rel)} heet {d.full(f)}, op school schrijven ze {d.alt(f)}."
    return f"Mijn {d.k(c.rel)} heet {d.full(f)}."


@sent("mediator-intake")
def _s61(d, c):
    return f"{d.k('Intake')} door {d.full(c.M)} ({d.k('mediator')}), {d.k('dossier')} {c.case(d)}."


@sent("school-letter")
def _s62(d, c):
    return f"{d.k('Leerplicht')}: {d.first(c.fam)} ({c.dob(d, cue=False)}) zit in {d.k('groep')} {c.r.randint(3, 8)}."


@sent("energy-bill")
def _s63(d, c):
    return f"De {d.k('energietoeslag')} is niet gekomen, {d.k('Eneco')} wil {c.amount(d)} van mij."


@sent("phonetic-sorry")
def _s64(d, c):
    return f"sorie voor mijn {d.k('taal')}, ik leer nog. {d.k('Groetjes')} {d.first(c.R)}"


@sent("forwarded-header")
def _s65(d, c):
    return f"---------- {d.k('Forwarded')} message ---------- {d.k('From')}: {d.full(c.R)} <{c.email(d, c.R)}>"


@sent("child-translated-letter")
def _s66(d, c):
    return f"Mijn {d.k(c.rel)} {d.first(c.fam)} ({c.r.randint(12, 17)} jaar) heeft de {d.k('brief')} vertaald voor mij."


@sent("foreign-postcode-letter")
def _s67(d, c):
    return f"{d.k('Stuur')} {d.k('kopie')} ook naar {d.full(c.fam)}, {c.faddr(d)}."


@sent("dob-english-order")
def _s68(d, c):
    return (
        f"I was born {c.dob(d, cue=False)} in "
        f"{d.k(c.r.choice(['Aleppo', 'Asmara', 'Mogadishu', 'Kharkiv', 'Paramaribo', 'Nador', 'Accra']))}."
    )


@sent("wmo-stairlift")
def _s69(d, c):
    return (
        f"{d.k('Traplift')} {d.k('aangevraagd')} bij {d.k('Wmo')} voor {d.full(c.fam)}, {d.k('indicatie')} {c.case(d)}."
    )


@sent("housing-swap")
def _s70(d, c):
    return f"{d.k('Woningruil')} met {d.full(c.NB)} van {c.addr_nl(d)} is door {d.k('corporatie')} {d.k('afgewezen')}."


# ---------------------------------------------------------------------------------------------- document kinds
def body(d: Doc, c: Ctx, n: int, must=()) -> str:
    names = list(must) + c.r.sample([s for s in SENTS if s not in must], n)
    out = []
    for s in names:
        d.shapes.append(s)
        out.append(SENTS[s](d, c))
    if c.known:
        out.insert(c.r.randint(1, len(out)), known_line(d, c))
    return " ".join(out)


def known_line(d: Doc, c: Ctx) -> str:
    word, line, keeps = c.known
    for k in keeps:
        d.k(k)
    return (
        f"{line} {d.k('Mevrouw') if c.R.female else d.k('Meneer')} {d.bare(c.R)} {d.k('vraagt')} om "
        f"{d.k(c.r.choice(SCHEMES))}."
    )


def must_sets(c: Ctx):
    m = []
    if c.script_doc:
        m.append(c.r.choice(["script-name", "script-signed"]))
    if c.R.alt and c.r.random() < 0.5:
        m.append(c.r.choice(["two-transliterations-passport", "translator-note"]))
    return m


@kind("whatsapp-voice-summary")
def _k1(d, c):
    return (
        f"{d.k('Samenvatting')} {d.k('spraakberichten')} WhatsApp van {d.full(c.R)} ({c.phone_nl(d)}), {c.date(d)}: "
        + body(d, c, 4, must_sets(c))
    )


@kind("interpreter-conversation-note")
def _k2(d, c):
    return (
        f"{d.k('Gespreksverslag')} via tolk ({d.k(c.lang)}). {d.k('Aanwezig')}: {d.full(c.R)}, {d.k(c.ofunc)} "
        f"{d.full(c.O)} ({d.k(c.odept)}), tolk {d.full(c.T)}. " + body(d, c, 4, must_sets(c))
    )


@kind("translated-letter")
def _k3(d, c):
    return (
        f"{d.k('Vertaling')} uit het {d.k(c.lang)} van een {d.k('brief')} van {d.full(c.R)}. "
        + body(d, c, 3, must_sets(c))
        + f" [{d.k('Noot')} {d.k('vertaler')} {d.full(c.T)}: {d.k('onleesbare')} woorden zijn weggelaten.]"
    )


@kind("neighbour-forward")
def _k4(d, c):
    return (
        f"{d.k('Beste')} {d.k('gemeente')}, ik stuur dit door voor mijn buurvrouw {d.full(c.R)} omdat zij geen "
        f"{d.k('computer')} heeft. " + body(d, c, 3, must_sets(c)) + f" {d.k('Vriendelijke')} groet, {d.full(c.NB)}"
    )


@kind("child-for-parent")
def _k5(d, c):
    return f"{d.k('Hallo')}, ik schrijf namens mijn {d.k('ouders')}. " + body(
        d, c, 4, ["child-writes-for-parent"] + must_sets(c)
    )


@kind("simple-dutch-email")
def _k6(d, c):
    return f"{d.k('Onderwerp')}: {d.k(c.r.choice(SCHEMES))}. Geachte {d.k('heer')}/mevrouw, " + body(
        d, c, 4, must_sets(c)
    )


@kind("english-contact-form")
def _k7(d, c):
    return (
        f"{d.k('Contactformulier')} — {d.k('Subject')}: help with {d.k('letter')}. {d.k('Name')}: {d.full(c.R)}. "
        f"{d.k('Message')}: " + body(d, c, 3, must_sets(c))
    )


@kind("kcc-phone-note-language-line")
def _k8(d, c):
    return (
        f"{d.k('Telefoonnotitie')} {d.k('KCC')} {c.date(d)}, {d.k('beller')} sprak {d.k(c.lang)}, {d.k('taallijn')} "
        "ingezet. " + body(d, c, 4, must_sets(c))
    )


@kind("chat-transcript")
def _k9(d, c):
    t = c.r.randint(8, 20)
    lines = body(d, c, 3, must_sets(c))
    return (
        f"[{t}:{c.r.randint(10, 59)}] {d.first(c.R)}: {lines} [{t + 1}:0{c.r.randint(1, 9)}] {d.k('Medewerker')}: "
        f"wij bellen u {d.k('morgen')}."
    )


@kind("counter-visit-family-interpreter")
def _k10(d, c):
    return (
        f"{d.k('Baliebezoek')} {d.k('Stadswinkel')}: {d.full(c.R)} kwam met {d.k(c.rel)} {d.full(c.fam)} die "
        f"{d.k('tolkte')}. " + body(d, c, 3, must_sets(c))
    )


@kind("papiamento-mixed-message")
def _k11(d, c):
    return (
        f"Bon tardi {d.k('gemeente')}! Mi nomber ta {d.full(c.R)}. "
        + body(d, c, 3, must_sets(c))
        + f" Danki, {d.first(c.R)}"
    )


@kind("intake-form-fields")
def _k12(d, c):
    head = f"{d.k('INTAKEFORMULIER')} {d.k('Afstemming')} | {d.k('Naam')}: {d.full(c.R)} | "
    if c.R.alt:
        head += f"{d.k('Andere')} spelling: {d.alt(c.R)} | "
    return head + f"{d.k('Telefoon')}: {c.phone_nl(d)} | " + body(d, c, 3, must_sets(c))


@kind("telephone-interpreter-report")
def _k13(d, c):
    return (
        f"{d.k('Tolkverslag')} {d.k('telefonisch')}, {d.k('tolknummer')} {c.r.randint(10000, 99999)}, {d.k('duur')} "
        f"{c.r.randint(8, 40)} min. {d.k('Cliënt')} {d.full(c.R)}. " + body(d, c, 3, must_sets(c))
    )


@kind("letter-from-abroad")
def _k14(d, c):
    return (
        f"{d.k('Brief')} ontvangen uit het {d.k('buitenland')}, {d.k('afzender')} {d.full(c.fam)}, {c.faddr(d)}. "
        f"{d.k('Betreft')} {d.full(c.R)}. " + body(d, c, 3, must_sets(c))
    )


# ---------------------------------------------------------------------------------------------- gate
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _name_words(doc: dict) -> set[str]:
    out = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in WORD.findall(it["text"]):
                if len(w) > 1 and w.lower() not in score.PARTICLES:
                    out.add(w.lower())
    return out


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not N.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not N.iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w.lower() for w in WORD.findall(n)}
    names = _name_words(doc)
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
        for w in WORD.findall(k):
            wl = w.lower()
            if len(w) > 1 and wl not in score.PARTICLES and wl in names and not (wl in known_words and w == wl):
                return f"keep {k} shares a word with a name"
    # stricter than check_doc: no name part survives blanking in any letter case, no street name either
    blank = doc["text"]
    for it in sorted(doc["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(it["text"], "[x]")
    for w in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", blank, re.IGNORECASE):
            if not (w in known_words and m.group(0) == w):
                return f"name part {w} survives"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


# ---------------------------------------------------------------------------------------------- build
def draw(i: int, stream: str) -> tuple[dict, list[str], str]:
    r = random.Random(stream)
    c = Ctx(r, i)
    d = Doc()
    kname = list(KINDS)[i % len(KINDS)] if r.random() < 0.5 else r.choice(list(KINDS))
    text = KINDS[kname](d, c)
    doc = {"id": f"fresh16d-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if c.known:
        known = {"names": [c.R.full]}
        emails = [
            it["text"] for it in d.pii if it["label"] == "EMAIL" and N.strip_marks(c.R.first).lower() in it["text"]
        ]
        if emails:
            known["emails"] = emails
        doc["known"] = known
    return doc, [kname] + d.shapes, kname


def generate():
    docs, shapes, redraws = [], Counter(), 0
    reasons = Counter()
    for i in range(N_DOCS):
        doc, sh, _ = draw(i, f"{SEED}-{i}")
        attempt = 0
        while (why := gate(doc)) is not None:
            reasons[why.split(":")[0].split(" ")[0]] += 1
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} keeps failing: {why}")
            doc, sh, _ = draw(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws, reasons


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws, reasons = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh16d_texts.jsonl is up to date" if same else "fresh16d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        used_k = [k for k in KINDS if shapes[k]]
        used_s = [s for s in SENTS if shapes[s]]
        print(
            f"shapes registered: {len(KINDS) + len(SENTS)} ({len(KINDS)} document kinds, {len(SENTS)} sentence/line "
            f"shapes); used: {len(used_k) + len(used_s)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        script = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]")
        n_script = sum(1 for d in docs if any(script.search(i["text"]) for i in d["pii"] if i["label"] == "PERSON"))
        print(f"own-script documents: {n_script}")
        print(f"redraws: {redraws} {dict(reasons)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
