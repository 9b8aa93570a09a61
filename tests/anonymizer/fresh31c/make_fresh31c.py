#!/usr/bin/env python3
"""Blind anonymizer corpus fresh31c: the municipality as employer (helper H4, round twenty-five).

Usage: make_fresh31c.py            write fresh31c_texts.jsonl
       make_fresh31c.py --check    exit 1 if the committed file differs from what would be written
       make_fresh31c.py --stats    counts per label, shapes, known-name documents, redraws
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
from names31c import ORIGINS, PARTICLES_NL  # noqa: E402

_spec = importlib.util.spec_from_file_location("score31c", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261233
N_DOCS = 300
OUT = HERE / "fresh31c_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(f):
        SHAPES[name] = f
        f.shape = name
        return f

    return deco


# ---------------------------------------------------------------- keep vocabulary
GEMEENTEN = [
    "Zwolle",
    "Deventer",
    "Apeldoorn",
    "Leeuwarden",
    "Tilburg",
    "Dordrecht",
    "Almere",
    "Zaanstad",
    "Amersfoort",
    "Helmond",
    "Venlo",
    "Emmen",
    "Alkmaar",
    "Leiden",
    "Delft",
    "Gouda",
    "Hengelo",
    "Assen",
    "Heerlen",
    "Roosendaal",
    "Hilversum",
    "Lelystad",
    "Purmerend",
    "Schiedam",
    "Vlaardingen",
    "Ede",
    "Meppel",
    "Harderwijk",
]
AFDELINGEN = [
    "Burgerzaken",
    "Sociaal Domein",
    "Publiekszaken",
    "Vergunningen",
    "Belastingen",
    "Openbare Ruimte",
    "Concernstaf",
    "Klantcontactcentrum",
    "Financiën",
    "Stadsbeheer",
    "Werk en Inkomen",
    "Informatiebeheer",
    "Ruimtelijke Ontwikkeling",
    "Bestuursondersteuning",
    "Toezicht en Handhaving",
    "Facilitaire Zaken",
]
FUNCTIES = [
    "beleidsmedewerker",
    "casemanager",
    "teamleider",
    "klantadviseur",
    "handhaver",
    "wijkconsulent",
    "jurist",
    "projectleider",
    "buitendienstmedewerker",
    "informatieadviseur",
    "controller",
    "afdelingsmanager",
    "vergunningverlener",
    "archiefmedewerker",
    "applicatiebeheerder",
    "medewerker belastingen",
]
WERKGEVERS = [
    "Rabobank",
    "PostNL",
    "UWV",
    "Belastingdienst",
    "Rijkswaterstaat",
    "Stichting Humanitas",
    "ProRail",
    "Randstad",
    "Jumbo",
    "Vattenfall",
    "Dunea",
    "Waterschap Vallei en Veluwe",
    "Provincie Gelderland",
    "Kadaster",
    "Thuiszorg Rivierenland",
    "Arriva",
    "Achmea",
    "Woonstichting Triada",
]
OPLEIDINGEN = [
    "Hogeschool Windesheim",
    "Saxion",
    "Hanzehogeschool",
    "Universiteit Utrecht",
    "Erasmus Universiteit",
    "Fontys",
    "Hogeschool Leiden",
    "Radboud Universiteit",
    "Hogeschool Inholland",
    "Avans Hogeschool",
    "Deltion College",
    "Graafschap College",
    "Noorderpoort",
    "Albeda",
]
RICHTINGEN = [
    "Bestuurskunde",
    "Rechten",
    "Social Work",
    "Integrale Veiligheidskunde",
    "Bedrijfskunde",
    "Juridisch Medewerker",
    "Planologie",
    "Accountancy",
    "Communicatie",
    "Facility Management",
]
MAANDEN = [
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
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
STRATEN = [
    "Lijsterbes",
    "Kastanje",
    "Meidoorn",
    "Vlier",
    "Hazelaar",
    "Gagel",
    "Wilgenroos",
    "Boterbloem",
    "Zilverschoon",
    "Koekoeksbloem",
    "Pinksterbloem",
    "Zuring",
    "Distel",
    "Klaproos",
    "Ratelaar",
    "Kamille",
    "Spoorzicht",
    "Molenwerf",
    "Veerkade",
    "Sluiskolk",
    "Dijkgraaf",
    "Heemraad",
    "Ringvaart",
    "Koppel",
    "Schutsluis",
    "Tjalk",
    "Botter",
    "Praam",
    "Aak",
    "Kotter",
]
STRAAT_SUF = ["straat", "laan", "weg", "hof", "pad", "singel", "plein", "dreef", "erf", "kade"]
MAILDOM = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "live.nl",
    "planet.nl",
    "xs4all.nl",
    "proton.me",
    "hetnet.nl",
    "yahoo.com",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]

# known-name words: (surname, particle, lower-case ordinary word, clause with {w})
KNOWN = [
    ("Timmerman", "", "timmerman", "werkte twaalf jaar als {w} bij een aannemer"),
    ("Bakker", "", "bakker", "stond voor de omscholing elke nacht als {w} in de winkel"),
    ("Visser", "", "visser", "was tot zijn vijftigste {w} op het IJsselmeer"),
    ("Schilder", "", "schilder", "begon ooit als {w} in de buitendienst"),
    ("Koster", "", "koster", "is naast het werk {w} van de dorpskerk"),
    ("Kok", "", "kok", "werkte eerder als {w} in de bedrijfskantine"),
    ("Brouwer", "", "brouwer", "is in de vrije tijd {w} van speciaalbier"),
    ("Molenaar", "", "molenaar", "is op zaterdag vrijwillig {w} op de korenmolen"),
    ("Kramer", "", "kramer", "staat op vrijdag als {w} op de weekmarkt"),
    ("Koopman", "", "koopman", "noemt zich een geboren {w}"),
    ("Jager", "de", "jager", "is in het weekend {w} bij de wildbeheereenheid"),
    ("Boer", "de", "boer", "helpt zijn vader, die {w} is, in het oogstseizoen"),
    ("Baas", "", "baas", "vertelde dat haar {w} de ziekmelding eerst niet wilde aannemen"),
    ("Vos", "de", "vos", "zag bij het depot elke ochtend een {w} lopen"),
    ("Storm", "", "storm", "kwam door de {w} van vorige week niet op kantoor"),
    ("Winter", "", "winter", "wil deze {w} ouderschapsverlof opnemen"),
    ("Groen", "", "groen", "wil graag naar het team dat het {w} in de wijken onderhoudt"),
    ("Wit", "de", "wit", "reed met een {w} dienstbusje tegen een paal"),
    ("Groot", "de", "groot", "heeft een {w} deel van het verlofsaldo nog open"),
    ("Klein", "", "klein", "noemt het conflict zelf een {w} misverstand"),
    ("Lang", "", "lang", "is volgens het team al te {w} afwezig"),
    ("Kort", "", "kort", "had met de teamleider alleen een {w} gesprek"),
    ("Hoek", "", "hoek", "zit in de {w} van de kantoortuin, bij de printer"),
    ("Post", "", "post", "sorteert elke ochtend de {w} voor het stadhuis"),
    ("Koning", "de", "koning", "hielp bij de lintjesregen namens de {w}"),
    ("Prins", "", "prins", "speelde de {w} in het personeelscabaret"),
    ("Vogel", "", "vogel", "werd bij het snoeien door een {w} aangevallen"),
    ("Mol", "", "mol", "vermoedt dat er een {w} in het team zit die alles doorvertelt"),
    ("Berg", "van den", "berg", "schuift al maanden een {w} achterstallig werk voor zich uit"),
    ("Bos", "", "bos", "kreeg bij het jubileum een {w} bloemen"),
    ("Veld", "van het", "veld", "werkt vooral in het {w}, niet achter een bureau"),
    ("Blok", "", "blok", "volgt op dinsdag een {w} van vier uur training"),
    ("Snel", "", "snel", "wil {w} terug naar het eigen werk"),
    ("Zwart", "", "zwart", "zou volgens de melding naast de uitkering {w} hebben gewerkt"),
    ("Huisman", "", "huisman", "was twee jaar {w} voordat hij solliciteerde"),
    ("Portier", "", "portier", "werkte eerder als {w} bij een hotel"),
    ("Bode", "", "bode", "is al twintig jaar {w} van de raadszaal"),
    ("Schipper", "", "schipper", "voer als {w} op de Rijn"),
    ("Slager", "", "slager", "was {w} in een ambachtelijke zaak"),
    ("Metselaar", "", "metselaar", "heeft een rugblessure overgehouden aan zijn werk als {w}"),
    ("Steen", "", "steen", "kreeg tijdens de handhavingsronde een {w} tegen de auto"),
    ("Kapitein", "", "kapitein", "was {w} bij de Koninklijke Marine"),
    ("Wever", "", "wever", "leerde het vak van {w} in Twente"),
    ("Smid", "", "smid", "werkte als {w} in een ijzergieterij"),
]


# ---------------------------------------------------------------- numbers
def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    s = s[4:] + s[:4]
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in s)) % 97 == 1


def iban_fmt(r, raw):
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def fold(s):
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
        if not unicodedata.combining(c)
    )


def mobile(r):
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{n}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"+31 6 {n[:4]} {n[4:]}",
            f"06{n}",
            f"+31(0)6-{n}",
            f"0031 6 {n}",
            f"06 - {n[:4]} {n[4:]}",
        ]
    )


def landline(r):
    area = r.choice(["038", "0570", "055", "058", "013", "078", "036", "075", "033", "0492", "077", "0591", "072"])
    n = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area}-{n}", f"({area}) {n}", f"{area} {n[:3]} {n[3:]}"])


def postcode(r):
    while True:
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SS", "SD", "SA"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {letters}", f"{n}{letters}", f"{n} {letters}"])


def plate(r):
    c = lambda k: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(k))
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{d(2)}-{c(3)}-{d(1)}",
            f"{d(1)}-{c(3)}-{d(2)}",
            f"{c(2)}-{d(3)}-{c(1)}",
            f"{c(1)}-{d(3)}-{c(2)}",
            f"{c(3)}-{d(2)}-{c(1)}",
            f"{d(2)}-{c(2)}-{c(2)}",
            f"{c(2)}-{c(2)}-{d(2)}",
        ]
    )


def dob(r, cue=True):
    y, m, dd = r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)
    forms = [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{dd} {MAANDEN[m - 1]} {y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}/{m}/{y}",
        f"{dd} {MND[m - 1]}. {y}",
        f"{dd:02d}{m:02d}{y}",
        f"{dd:02d}-{MND[m - 1]}-{y}",
        f"{dd} {MAANDEN[m - 1].capitalize()} {y}",
    ]
    return r.choice(forms), y


def ordinary_date(r, year=None):
    y = year or r.choice([2025, 2026])
    return f"{r.randint(1, 28)} {r.choice(MAANDEN)} {y}"


def money(r, lo, hi):
    v = r.randint(lo, hi)
    cents = r.choice(["00", "50", "25", "12", "87", "-"])
    s = f"{v:,}".replace(",", ".")
    return f"€ {s},{cents}" if cents != "-" else f"€ {s},-"


# ---------------------------------------------------------------- persons and documents
class P:
    def __init__(self, first, particle, core, gender, origin):
        self.first, self.particle, self.core, self.gender, self.origin = first, particle, core, gender, origin

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.core) if x)

    @property
    def sur(self):
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.core
        return self.core

    @property
    def mid(self):
        return (self.particle + " " if self.particle else "") + self.core

    @property
    def initials(self):
        return "".join(x[0] + "." for x in re.split(r"[ -]", self.first) if x)

    @property
    def handle(self):
        return re.sub(r"[^a-z]", "", fold(self.mid).lower())

    def title(self, r, short=False):
        if short:
            return r.choice(["mw.", "mevr."]) if self.gender == "v" else r.choice(["dhr.", "de heer"])
        return "mevrouw" if self.gender == "v" else "de heer"


class Doc:
    def __init__(self, r, idx):
        self.r, self.idx = r, idx
        self.pii, self.keep, self.shapes, self.people, self.known = [], [], [], [], None
        self.gem = r.choice(GEMEENTEN)
        self.gemh = self.gem.lower().replace(" ", "").replace("-", "")
        self.used = set()

    def p(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, w):
        if w not in self.keep:
            self.keep.append(w)
        return w

    # persons
    def person(self, origin=None, gender=None):
        r = self.r
        while True:
            o = origin or r.choice(list(ORIGINS))
            fem, mal, pre, suf, pchance = ORIGINS[o]
            g = gender or r.choice("vm")
            first = r.choice(fem if g == "v" else mal)
            core = r.choice(pre) + r.choice(suf)
            if o == "pools" and g == "v" and core.endswith("ski"):
                core = core[:-1] + "a"
            part = r.choice(PARTICLES_NL) if r.random() < pchance else ""
            if o == "nederlands" and r.random() < 0.3:
                first = r.choice(["Lieke", "Bram", "Floor", "Stijn", "Noor", "Daan", "Roel", "Hester"])
            if r.random() < 0.08 and g == "v":
                other = self.person(origin="nederlands", gender="m")
                self.people.remove(other)
                core = f"{other.mid}-{core}" if not other.particle else f"{other.core}-{core}"
            pp = P(first, part, core, g, o)
            words = {w.lower() for q in self.people for w in re.findall(r"\w+", q.full)}
            mine = {w.lower() for w in re.findall(r"\w+", pp.full) if w.lower() not in PARTICLES and len(w) > 1}
            if not (mine & words):
                self.people.append(pp)
                return pp

    def full(self, q):
        return self.p(q.full, "PERSON")

    def sur(self, q):
        return self.p(q.sur, "PERSON")

    def first(self, q):
        return self.p(q.first, "PERSON")

    def init(self, q):
        return self.p(f"{q.initials} {q.mid}", "PERSON")

    def poss(self, q):
        f = q.first
        return self.p(f + ("'s" if f[-1] in "aeiouy" else "s"), "PERSON")

    def formal(self, q, short=False):
        return f"{q.title(self.r, short)} {self.sur(q)}"

    def any_name(self, q):
        c = self.r.random()
        if c < 0.45:
            return self.full(q)
        if c < 0.7:
            return self.formal(q, self.r.random() < 0.4)
        if c < 0.85:
            return self.init(q)
        return f"{q.title(self.r)} {self.full(q)}"

    def email(self, q, work=False):
        r = self.r
        fn = re.sub(r"[^a-z]", "", fold(q.first).lower())
        if work:
            loc = r.choice([f"{fn[0]}.{q.handle}", f"{fn}.{q.handle}", f"{q.handle}{fn[0]}"])
            return self.p(f"{loc}@{self.gemh}.nl", "EMAIL")
        loc = r.choice(
            [
                f"{fn}.{q.handle}",
                f"{fn}{q.handle}{r.randint(1, 99)}",
                f"{q.handle}.{fn[0]}",
                f"{fn}_{q.handle}",
                f"{fn[0]}{q.handle}",
            ]
        )
        return self.p(f"{loc}@{r.choice(MAILDOM)}", "EMAIL")

    def phone(self, mob=True):
        return self.p(mobile(self.r) if mob else landline(self.r), "PHONE")

    def address(self):
        r = self.r
        while True:
            st = r.choice(STRATEN) + r.choice(STRAAT_SUF)
            if st not in self.used:
                self.used.add(st)
                break
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " B", "-bis"])
        return self.p(f"{st} {nr}", "ADDRESS"), st

    def pc(self):
        return self.p(postcode(self.r), "POSTCODE")

    def case(self, kind):
        r = self.r
        n = r.randint(1000, 99999)
        y = r.choice(["25", "26", "2025", "2026"])
        fm = {
            "pers": [
                f"P{r.randint(100000, 999999)}",
                f"{r.randint(10000, 99999)}-{r.randint(1, 9)}",
                f"PN {r.randint(2000, 89999):05d}",
                f"MW{r.randint(10000, 99999)}",
            ],
            "verzuim": [f"VZ-{y}-{n:05d}", f"PvA/{y}/{n}", f"VZM.{y}.{n}"],
            "integriteit": [
                f"INT-{y}-{r.randint(1, 99):03d}",
                f"MI/{y}/{r.randint(1, 999):03d}",
                f"IM{y}{r.randint(1, 99):02d}",
            ],
            "mediation": [f"VTA-{y}-{n:05d}", f"MED.{y}.{n}", f"AF/{y}/{n:05d}"],
            "sollicitatie": [f"SOL-{y}-{n}", f"WS{y}.{n}", f"KAND-{n:05d}"],
            "reorg": [f"VWNW-{y}-{r.randint(1, 999):03d}", f"HPL/{y}/{n}", f"PLB-{n}"],
            "hr": [f"HRM-{y}-{n:05d}", f"Z{y}-{n:06d}", f"PD/{y}/{n}"],
        }[kind]
        return self.p(r.choice(fm), "CASE_NUMBER")

    def dob(self, cue=True):
        t, y = dob(self.r, cue)
        return self.p(t, "DATE_OF_BIRTH")

    def bsn(self):
        raw = bsn(self.r)
        c = self.r.random()
        t = raw if c < 0.5 else (f"{raw[:4]}.{raw[4:6]}.{raw[6:]}" if c < 0.75 else f"{raw[:3]} {raw[3:6]} {raw[6:]}")
        return self.p(t, "BSN")

    def iban(self):
        return self.p(iban_fmt(self.r, iban(self.r)), "IBAN")

    def plate(self):
        return self.p(plate(self.r), "LICENSE_PLATE")

    def afd(self):
        return self.k(self.r.choice(AFDELINGEN))

    def fun(self):
        return self.k(self.r.choice(FUNCTIES))

    def date(self, year=None):
        return self.k(ordinary_date(self.r, year))

    def dag(self):
        return self.k(self.r.choice(DAGEN))

    def official(self):
        q = self.person()
        return q, f"{self.any_name(q)}, {self.fun()} bij {self.afd()}"

    def use(self, fn, *a):
        self.shapes.append(fn.shape)
        return fn(self, *a)


# ---------------------------------------------------------------- line shapes (m = the document's main person)
@shape("regel-adresblok")
def l_adresblok(d, m):
    a, _ = d.address()
    return f"{d.full(m)}\n{a}\n{d.pc()} {d.k(d.gem)}"


@shape("regel-contact-mobiel-mail")
def l_contact(d, m):
    return f"{d.k('Bereikbaar')} via {d.phone()} of {d.email(m)}."


@shape("regel-geboren-cue")
def l_geb(d, m):
    return f"{d.k('Geboortedatum')}: {d.dob()} | {d.k('Nationaliteit')}: {d.k('Nederlandse')}"


@shape("regel-bsn-iban-salaris")
def l_bsn_iban(d, m):
    return (
        f"{d.k('Voor')} de salarisadministratie: BSN {d.bsn()}, rekening {d.iban()} "
        f"({d.k('tenaamstelling')} {d.init(m)})."
    )


@shape("regel-personeelsnummer")
def l_pnr(d, m):
    return f"{d.k('Personeelsnummer')} {d.case('pers')} – {d.k(d.r.choice(FUNCTIES))}, {d.k('schaal')} {d.r.randint(6, 13)}."


@shape("regel-kenteken-parkeren")
def l_kenteken(d, m):
    return (
        f"{d.k('Parkeerkaart')} {d.k('personeelsgarage')} aangevraagd voor kenteken {d.plate()} "
        f"op naam van {d.formal(m, True)}."
    )


@shape("regel-kilometerdeclaratie")
def l_km(d, m):
    return (
        f"{d.k('Declaratie')} dienstreizen {d.k(d.r.choice(MAANDEN))}: {d.r.randint(40, 480)} km met eigen auto "
        f"({d.plate()}), {d.k('vergoeding')} {d.k(money(d.r, 12, 190))}."
    )


@shape("regel-verlofsaldo")
def l_verlof(d, m):
    return (
        f"{d.k('Verlofsaldo')} {d.sur(m)}: {d.r.randint(3, 180)} uur {d.k('wettelijk')}, "
        f"{d.r.randint(0, 60)} uur {d.k('bovenwettelijk')}; {d.k('vervalt')} op {d.date(2027)}."
    )


@shape("regel-ikb")
def l_ikb(d, m):
    return (
        f"{d.k('Het')} {d.k('Individueel Keuzebudget')} van {d.full(m)} wordt in {d.k(d.r.choice(MAANDEN))} "
        f"uitbetaald op {d.iban()}."
    )


@shape("regel-vertrouwenspersoon-tel")
def l_vp(d, m):
    q = d.person()
    return (
        f"{d.k('De')} {d.k('vertrouwenspersoon')}, {d.full(q)}, is bereikbaar op {d.phone()} "
        f"of {d.email(q, work=True)}; {d.k('gesprekken')} zijn {d.k('vertrouwelijk')}."
    )


@shape("regel-bedrijfsarts-afspraak")
def l_ba(d, m):
    q = d.person()
    return (
        f"{d.k('Op')} {d.dag()} {d.date()} heeft {d.formal(m)} een {d.k('spreekuur')} bij "
        f"{d.k('bedrijfsarts')} {d.init(q)} van {d.k(d.r.choice(['ArboNed', 'Arbo Unie', 'HumanCapitalCare', 'Zorg van de Zaak']))}."
    )


@shape("regel-poortwachter-termijn")
def l_wvp(d, m):
    return (
        f"{d.k('Volgens')} de {d.k('Wet verbetering poortwachter')} moet het {d.k('Plan van Aanpak')} voor "
        f"{d.sur(m)} uiterlijk {d.date()} klaar zijn (dossier {d.case('verzuim')})."
    )


@shape("regel-ziekmelding-tijd")
def l_ziek(d, m):
    return (
        f"{d.k('Ziekmelding')} ontvangen om {d.r.randint(7, 9)}:{d.r.choice(['05', '12', '40', '55'])} van "
        f"{d.any_name(m)} ({d.k(d.afd())}); {d.k('verwachte')} duur onbekend."
    )


@shape("regel-cv-werkervaring")
def l_cv_werk(d, m):
    y = d.r.randint(2008, 2019)
    return f"{y} – {y + d.r.randint(2, 5)}  {d.k(d.r.choice(FUNCTIES).capitalize())}, {d.k(d.r.choice(WERKGEVERS))}"


@shape("regel-cv-opleiding")
def l_cv_opl(d, m):
    return f"{d.k('Opleiding')}: {d.k(d.r.choice(RICHTINGEN))} ({d.k(d.r.choice(OPLEIDINGEN))}), {d.k('diploma')} {d.r.randint(2002, 2022)}"


@shape("regel-cv-personalia")
def l_cv_pers(d, m):
    a, _ = d.address()
    return (
        f"{d.k('Personalia')}\nNaam: {d.full(m)}\nAdres: {a}, {d.pc()} {d.k(d.gem)}\n"
        f"Telefoon: {d.phone()}\nE-mail: {d.email(m)}\nGeboren: {d.dob()}"
    )


@shape("regel-cv-bestandsnaam")
def l_cv_file(d, m):
    h = d.p(m.handle, "PERSON")
    return f"{d.k('Bijlage')}: cv_{h}_{d.r.randint(2025, 2026)}.pdf en {d.k('motivatie')}-{h}.docx"


@shape("regel-referent")
def l_ref(d, m):
    q = d.person()
    return (
        f"{d.k('Referent')}: {d.full(q)}, {d.k('voormalig')} {d.k('leidinggevende')} bij "
        f"{d.k(d.r.choice(WERKGEVERS))}, tel. {d.phone(d.r.random() < 0.6)}."
    )


@shape("regel-commissie-leden")
def l_comm(d, m):
    q1, q2 = d.person(), d.person()
    return (
        f"{d.k('Selectiecommissie')}: {d.init(q1)} ({d.k('voorzitter')}), {d.full(q2)} "
        f"({d.k('adviseur P&O')}) en een lid van de {d.k('ondernemingsraad')}."
    )


@shape("regel-commissie-oordeel")
def l_oordeel(d, m):
    return (
        f"{d.k('Oordeel')}: {d.sur(m)} {d.k(d.r.choice(['past goed', 'past redelijk', 'past onvoldoende']))} "
        f"bij het {d.k('profiel')}; {d.k('tweede ronde')} op {d.dag()}."
    )


@shape("regel-assessment-score")
def l_assess(d, m):
    return (
        f"{d.k('Capaciteitentest')} {d.poss(m)} {d.k('resultaat')}: {d.k('verbaal')} "
        f"{d.r.randint(4, 9)}, {d.k('numeriek')} {d.r.randint(3, 9)} (stanine)."
    )


@shape("regel-vog")
def l_vog(d, m):
    return f"{d.k('Verklaring Omtrent het Gedrag')} voor {d.full(m)} (geb. {d.dob()}) aangevraagd bij {d.k('Justis')}."


@shape("regel-onboarding-laptop")
def l_laptop(d, m):
    return (
        f"{d.k('Laptop')} en {d.k('toegangspas')} liggen klaar bij de {d.k('servicedesk')}; "
        f"{d.first(m)} logt in met {d.p(m.handle + d.r.choice(['01', '', '2']), 'PERSON')} als gebruikersnaam."
    )


@shape("regel-onboarding-buddy")
def l_buddy(d, m):
    q = d.person()
    return (
        f"{d.k('Buddy')} in de eerste weken is {d.full(q)} ({d.k(d.r.choice(FUNCTIES))}); "
        f"{d.first(q)} neemt {d.first(m)} {d.dag()} mee naar het {d.k('werkoverleg')}."
    )


@shape("regel-teams-handle")
def l_teams(d, m):
    h = d.p(f"{fold(m.first).lower()}.{m.handle}", "PERSON")
    return f"{d.k('Welkom')} in het kanaal #{d.k('team')}-{d.gemh}, @{h}! {d.k('Koffie')} staat op de derde verdieping."


@shape("regel-beoordeling-cijfer")
def l_beoord(d, m):
    return (
        f"{d.k('Eindoordeel')} {d.k('beoordeling')} {d.r.randint(2025, 2026)}: "
        f"{d.k(d.r.choice(['goed', 'zeer goed', 'voldoende', 'onvoldoende']))}; {d.k('periodiek')} wordt "
        f"{d.k(d.r.choice(['toegekend', 'aangehouden']))}."
    )


@shape("regel-functioneringsafspraak")
def l_fafsp(d, m):
    return (
        f"{d.k('Afspraak')}: {d.first(m)} volgt voor {d.date()} de training "
        f"{d.k(d.r.choice(['Klantgericht Schrijven', 'Timemanagement', 'Omgevingswet in de praktijk', 'Agressiehantering']))}."
    )


@shape("regel-leidinggevende-citaat")
def l_citaat(d, m):
    q = d.person()
    return (
        f'{d.k("Leidinggevende")} {d.full(q)}: "{d.k("Ik")} zie dat {d.first(m)} zich inzet, maar de '
        f'{d.k("achterstanden")} lopen op."'
    )


@shape("regel-reorganisatie-besluit")
def l_reorg(d, m):
    return (
        f"{d.k('Door')} het {d.k('reorganisatiebesluit')} van {d.date()} vervalt de functie van "
        f"{d.formal(m)}; {d.k('plaatsingsprocedure')} {d.case('reorg')}."
    )


@shape("regel-vwnw-traject")
def l_vwnw(d, m):
    return (
        f"{d.sur(m)} start een {d.k('van-werk-naar-werktraject')} volgens het {d.k('Sociaal Statuut')} en de "
        f"{d.k(d.r.choice(['Cao Gemeenten', 'CAR-UWO']))}; {d.k('duur')} {d.r.randint(9, 24)} maanden."
    )


@shape("regel-boventallig")
def l_bovent(d, m):
    return (
        f"{d.k('Boventallig')} per {d.date()}: {d.init(m)}, {d.k('personeelsnummer')} {d.case('pers')}, {d.k(d.afd())}."
    )


@shape("regel-integriteit-melding")
def l_intm(d, m):
    q = d.person()
    return (
        f"{d.k('Melding')} {d.case('integriteit')}: {d.full(q)} zou {d.k(d.r.choice(['declaraties', 'vergunningen', 'bouwmaterialen', 'parkeervergunningen']))} "
        f"hebben {d.k(d.r.choice(['opgehoogd', 'doorgespeeld', 'meegenomen']))}; {d.k('melder')} is {d.formal(m)}."
    )


@shape("regel-integriteit-onderzoek")
def l_into(d, m):
    return (
        f"{d.k('Het')} {d.k('Bureau Integriteit')} heeft {d.sur(m)} op {d.date()} gehoord; het "
        f"{d.k('verslag')} staat in {d.k('het zaaksysteem')}."
    )


@shape("regel-klokkenluider")
def l_klok(d, m):
    return (
        f"{d.k('Omdat')} {d.first(m)} een {d.k('vermoeden van een misstand')} meldt, geldt de "
        f"{d.k('Wet bescherming klokkenluiders')}; {d.k('Huis voor Klokkenluiders')} is geïnformeerd."
    )


@shape("regel-mediation-partijen")
def l_medp(d, m):
    q = d.person()
    med = d.person()
    return (
        f"{d.k('Partijen')}: {d.any_name(m)} en {d.any_name(q)}. {d.k('Bemiddelaar')}: {d.full(med)} "
        f"({d.email(med, work=True)})."
    )


@shape("regel-mediation-afspraak")
def l_meda(d, m):
    return (
        f"{d.k('Afgesproken')} is dat {d.first(m)} en de {d.k('teamleider')} elke {d.dag()} een "
        f"{d.k('kort')} {d.k('overleg')} hebben; {d.k('evaluatie')} op {d.date()}."
    )


@shape("regel-exit-reden")
def l_exit(d, m):
    return (
        f"{d.k('Reden van vertrek')} ({d.sur(m)}): "
        f"{d.k(d.r.choice(['betere arbeidsvoorwaarden', 'reistijd', 'gebrek aan doorgroei', 'de werkdruk', 'verhuizing']))}; "
        f"{d.k('nieuwe werkgever')} {d.k(d.r.choice(WERKGEVERS))}."
    )


@shape("regel-salarisregel")
def l_sal(d, m):
    return (
        f"{d.k('Salarisstrook')} {d.k(d.r.choice(MAANDEN))} | {d.case('pers')} | {d.p(m.core.upper() if not m.particle else m.mid.upper(), 'PERSON')} "
        f"{m.first[0]} | {d.k('bruto')} {d.k(money(d.r, 2800, 6200))} | {d.k('netto')} {d.k(money(d.r, 2100, 4200))}"
    )


@shape("regel-loonbeslag")
def l_beslag(d, m):
    return (
        f"{d.k('Loonbeslag')}: de {d.k('deurwaarder')} vordert {d.k(money(d.r, 80, 900))} per maand van "
        f"{d.any_name(m)}, {d.k('beslagvrije voet')} {d.k(money(d.r, 1200, 1900))}."
    )


@shape("regel-hr-systeem-naam-omgekeerd")
def l_omgek(d, m):
    core = d.p(m.core, "PERSON")
    f = d.first(m)
    pt = f" {m.particle}" if m.particle else ""
    return f"{d.k('Medewerker')}: {core}, {f}{pt} — {d.k('status')}: {d.k(d.r.choice(['actief', 'ziek', 'verlof', 'uit dienst']))}"


@shape("regel-adreswijziging")
def l_adresw(d, m):
    a, _ = d.address()
    return (
        f"{d.k('Adreswijziging')} {d.k('doorgevoerd')} per {d.date()}: {a}, {d.pc()} {d.k(d.gem)} "
        f"({d.k('oud')}: {d.address()[0]})."
    )


@shape("regel-noodcontact")
def l_nood(d, m):
    q = d.person(origin=m.origin)
    q.core, q.particle = m.core, m.particle
    return (
        f"{d.k('Contactpersoon')} bij nood: {d.full(q)} ({d.k(d.r.choice(['partner', 'broer', 'zus', 'moeder', 'vader']))}), "
        f"{d.phone()}."
    )


@shape("regel-gemeente-algemeen")
def l_alg(d, m):
    return (
        f"{d.k('Vragen')}? {d.k('Bel')} {d.k('14 0' + str(d.r.randint(10, 99)))} of mail "
        f"{d.k('werkenbij@' + d.gemh + '.nl')}."
    )


@shape("regel-vacature-eisen")
def l_eisen(d, m):
    return (
        f"{d.k('Wij')} vragen: {d.k(d.r.choice(['hbo', 'wo', 'mbo-4']))}-denkniveau, {d.k('ervaring')} met "
        f"{d.k(d.r.choice(['de Omgevingswet', 'de Participatiewet', 'de Wmo 2015', 'Zaakgericht werken']))}, en een "
        f"{d.k('rijbewijs B')}."
    )


@shape("regel-vacature-aanbod")
def l_aanbod(d, m):
    lo = d.r.randint(3000, 4200)
    return (
        f"{d.k('Wij')} bieden: {d.k('schaal')} {d.r.randint(7, 12)} ({d.k(money(d.r, lo, lo))} – "
        f"{d.k(money(d.r, lo + 1200, lo + 1900))}), {d.k(str(d.r.choice([32, 36])) + ' uur')} en een "
        f"{d.k('Individueel Keuzebudget')} van 17,05%."
    )


@shape("regel-vacature-contact")
def l_vcontact(d, m):
    q = d.person()
    return (
        f"{d.k('Inhoudelijke')} vragen? {d.full(q)}, {d.k('teamleider')} {d.afd()}, {d.phone(False)}. "
        f"{d.k('Solliciteren')} kan tot {d.date()}."
    )


@shape("regel-brief-aanhef")
def l_aanhef(d, m):
    q = d.person()
    return f"{d.k('Geachte')} {d.formal(q)},"


@shape("regel-brief-slot")
def l_slot(d, m):
    return f"{d.k('Met vriendelijke groet')},\n{d.full(m)}\n{d.phone()}"


@shape("regel-motivatie-zin")
def l_motiv(d, m):
    return (
        f"{d.k('Met')} veel interesse las ik uw vacature voor {d.k(d.r.choice(FUNCTIES))} bij de "
        f"{d.k('gemeente ' + d.gem)}. {d.k('In')} mijn huidige baan bij {d.k(d.r.choice(WERKGEVERS))} werk ik "
        f"dagelijks met {d.k(d.r.choice(['burgers', 'ondernemers', 'ketenpartners', 'vrijwilligers']))}."
    )


@shape("regel-kind-ouderschapsverlof")
def l_kind(d, m):
    kid = d.person(origin=m.origin)
    kid.core, kid.particle = m.core, m.particle
    return f"{d.k('Ouderschapsverlof')} aangevraagd voor {d.first(kid)} (geboren {d.dob()}), {d.r.randint(4, 16)} uur per week vanaf {d.date()}."


@shape("regel-familie-zelfde-achternaam")
def l_fam(d, m):
    q = d.person(origin=m.origin)
    q.core, q.particle = m.core, m.particle
    return (
        f"{d.k('Ook')} {d.full(q)}, de {d.k(d.r.choice(['zus', 'broer', 'neef', 'nicht']))} van {d.first(m)}, "
        f"werkt bij {d.k(d.afd())}; de {d.k('commissie')} heeft dat {d.k('gemeld')}."
    )


@shape("regel-collega-conflict")
def l_conflict(d, m):
    q = d.person()
    return (
        f"{d.k('Volgens')} {d.poss(m)} {d.k('verslag')} maakte {d.sur(q)} in het {d.k('werkoverleg')} "
        f"{d.k('kwetsende')} opmerkingen."
    )


@shape("regel-dossier-bestand")
def l_dossfile(d, m):
    return f"{d.k('Opgeslagen')} als {d.case('hr')}_{d.p(m.handle, 'PERSON')}_{d.k('verslag')}.pdf in {d.k('Djuma')}."


@shape("regel-herstelmelding")
def l_herstel(d, m):
    return (
        f"{d.k('Hersteld')} gemeld op {d.date()}: {d.init(m)} werkt weer {d.r.choice([50, 75, 100])}% "
        f"({d.k('arbeidstherapeutisch')} tot {d.k(d.r.choice(MAANDEN))})."
    )


@shape("regel-re-integratie-tweede-spoor")
def l_2spoor(d, m):
    return (
        f"{d.k('Tweede spoor')} ingezet via {d.k(d.r.choice(['Reintegratiebureau Werkplaats', 'Ingeni', 'Dariuz']))}; "
        f"{d.sur(m)} heeft {d.k('recht')} op {d.k('WIA')} na 104 weken."
    )


@shape("regel-afscheid")
def l_afscheid(d, m):
    return (
        f"{d.k('Afscheidsreceptie')} voor {d.full(m)} op {d.dag()} {d.date()} in de {d.k('burgerzaal')}; "
        f"{d.k('cadeau')} via {d.k('Tikkie')}."
    )


@shape("regel-thuisadres-inline")
def l_thuis(d, m):
    a, st = d.address()
    return (
        f"{d.first(m)} woont aan de {a} ({d.pc()}) en fietst dagelijks {d.r.randint(4, 25)} km naar het "
        f"{d.k('stadskantoor')}."
    )


@shape("regel-dob-zonder-cue")
def l_dobnocue(d, m):
    return f"{d.init(m)}, {d.dob()}, {d.k('indiensttreding')} {d.date(d.r.randint(2001, 2024))}, {d.k('contracturen')} {d.r.choice([24, 28, 32, 36])}"


@shape("regel-leeftijd-jubileum")
def l_jub(d, m):
    return (
        f"{d.k('Ambtsjubileum')}: {d.any_name(m)} (geboren op {d.dob()}) is {d.r.choice([12.5, 25, 40])} jaar in dienst; "
        f"{d.k('gratificatie')} volgens de {d.k('Cao Gemeenten')}."
    )


@shape("regel-telefoonnotitie")
def l_telnot(d, m):
    return (
        f"{d.k('Telefoonnotitie')} {d.dag()}: {d.formal(m, True)} belde vanaf {d.phone()} over het "
        f"{d.k(d.r.choice(['verlofsaldo', 'pensioen', 'reiskosten', 'thuiswerkbudget']))}; {d.k('terugbellen')}."
    )


@shape("regel-mail-header")
def l_mailhdr(d, m):
    q = d.person()
    return (
        f"{d.k('Van')}: {d.full(m)} <{d.email(m)}>\n{d.k('Aan')}: {d.email(q, work=True)}\n"
        f"{d.k('Onderwerp')}: {d.k(d.r.choice(['sollicitatie', 'ziekmelding', 'verlof', 'klacht', 'vraag']))}"
    )


@shape("regel-postadres-werkgever")
def l_werkpost(d, m):
    return (
        f"{d.k('Retouradres')}: {d.k('Postbus')} {d.r.randint(10, 9999)}, {d.k(d.gem)} · "
        f"{d.k('info@' + d.gemh + '.nl')}"
    )


@shape("regel-gelijkluidende-naam-waarschuwing")
def l_verwar(d, m):
    q = d.person(origin=m.origin)
    return (
        f"{d.k('Let op')}: niet verwarren met {d.full(q)} van {d.k(d.r.choice(AFDELINGEN))}, "
        f"{d.k('ander')} {d.k('personeelsnummer')} ({d.case('pers')})."
    )


@shape("regel-thuiswerk")
def l_thuiswerk(d, m):
    return (
        f"{d.k('Thuiswerkovereenkomst')} {d.init(m)}: {d.r.randint(1, 3)} dagen per week, "
        f"{d.k('thuiswerkvergoeding')} {d.k(money(d.r, 2, 3))} per dag."
    )


@shape("regel-overplaatsing-mail")
def l_overpl(d, m):
    q = d.person()
    return (
        f"{d.k('Hoi')} {d.first(q)}, {d.first(m)} komt per {d.date()} bij jullie op {d.k(d.afd())}. "
        f"{d.k('Wil')} je {d.k('de werkplek')} klaarzetten?"
    )


@shape("regel-bezwaar-ontslag")
def l_bezw(d, m):
    q = d.person()
    return (
        f"{d.k('Namens')} {d.formal(m)} tekent advocaat {d.full(q)} {d.k('bezwaar')} aan tegen het "
        f"{d.k('ontslagbesluit')} ({d.case('hr')})."
    )


@shape("regel-nieuwe-werkgever-referentie")
def l_refvraag(d, m):
    q = d.person()
    return (
        f"{d.full(q)} van {d.k(d.r.choice(WERKGEVERS))} vroeg om een {d.k('referentie')} voor "
        f"{d.sur(m)}; {d.k('toestemming')} is er."
    )


@shape("regel-bsn-brp-controle")
def l_brp(d, m):
    return (
        f"{d.k('Controle')} {d.k('BRP')} {d.k('geslaagd')}: BSN {d.bsn()} hoort bij {d.init(m)}, "
        f"{d.k('geboortedatum')} {d.dob()}."
    )


@shape("regel-loonheffing")
def l_lh(d, m):
    return (
        f"{d.k('Loonheffingskorting')} {d.k('toegepast')} voor burgerservicenummer {d.bsn()} "
        f"({d.sur(m)}) vanaf {d.k(d.r.choice(MAANDEN))}."
    )


@shape("regel-bekende-naam")
def l_known(d, m):
    return f"{d.full(m)} {d.known_clause}."


@shape("regel-bekende-naam-later")
def l_known_later(d, m):
    return f"{d.k('Later')} in het gesprek gaf {d.formal(m)} aan dat de {d.k('afspraken')} helder zijn."


# ---------------------------------------------------------------- document kinds: (header, own lines, joiner)
def _hdr(title):
    def h(d, m):
        return f"{d.k(title)} – {d.k('gemeente ' + d.gem)}"

    return h


KINDS = {
    "doc-vacaturetekst": ("Vacature", [l_eisen, l_aanbod, l_vcontact, l_alg], "\n"),
    "doc-sollicitatiebrief": ("Sollicitatie", [l_adresblok, l_aanhef, l_motiv, l_slot, l_cv_file], "\n"),
    "doc-cv-geplakt": ("Curriculum vitae", [l_cv_pers, l_cv_werk, l_cv_opl, l_ref], "\n"),
    "doc-referentiecheck": ("Referentiecheck", [l_refvraag, l_ref, l_telnot], " "),
    "doc-selectienotitie": ("Notitie selectiecommissie", [l_comm, l_oordeel, l_fam, l_vog], "\n"),
    "doc-assessmentrapport": ("Assessmentrapport", [l_assess, l_dobnocue, l_oordeel, l_vog], "\n"),
    "doc-onboardingmail": ("Onboarding", [l_laptop, l_buddy, l_teams, l_bsn_iban, l_brp], "\n"),
    "doc-ziekmelding": ("Verzuimregistratie", [l_ziek, l_ba, l_telnot, l_nood], "\n"),
    "doc-bedrijfsartsadvies": ("Advies bedrijfsarts", [l_ba, l_wvp, l_herstel, l_2spoor], " "),
    "doc-plan-van-aanpak": ("Plan van Aanpak", [l_wvp, l_2spoor, l_herstel, l_dossfile], "\n"),
    "doc-beoordelingsverslag": ("Beoordelingsverslag", [l_beoord, l_citaat, l_fafsp, l_pnr], "\n"),
    "doc-functioneringsgesprek": ("Verslag functioneringsgesprek", [l_fafsp, l_citaat, l_thuiswerk, l_verlof], " "),
    "doc-reorganisatiebrief": ("Reorganisatie", [l_reorg, l_vwnw, l_bovent, l_bezw], "\n"),
    "doc-plaatsingsbesluit": ("Plaatsingsbesluit", [l_bovent, l_overpl, l_vwnw], " "),
    "doc-integriteitsmelding": ("Integriteitsmelding", [l_intm, l_into, l_klok, l_vp], "\n"),
    "doc-vertrouwenspersoon": ("Gespreksnotitie vertrouwenspersoon", [l_vp, l_conflict, l_klok], " "),
    "doc-mediationintake": ("Intake mediation", [l_medp, l_conflict, l_meda, l_telnot], "\n"),
    "doc-exitinterview": ("Exitinterview", [l_exit, l_afscheid, l_refvraag, l_adresw], "\n"),
    "doc-hr-salaris": ("Salarisadministratie", [l_sal, l_beslag, l_ikb, l_bsn_iban, l_lh], "\n"),
    "doc-hr-verlof": ("Verlofoverzicht", [l_verlof, l_kind, l_omgek], "\n"),
    "doc-hr-mutatie": ("Personeelsmutatie", [l_adresw, l_omgek, l_pnr, l_kenteken, l_verwar, l_brp], "\n"),
    "doc-declaratie": ("Declaratie", [l_km, l_kenteken, l_ikb], "\n"),
    "doc-jubileum": ("Ambtsjubileum", [l_jub, l_afscheid, l_fam], " "),
    "doc-mailwisseling": ("Doorgestuurd bericht", [l_mailhdr, l_thuis, l_overpl, l_slot], "\n"),
}
GENERIC = [
    l_alg,
    l_werkpost,
    l_thuis,
    l_dobnocue,
    l_contact,
    l_geb,
    l_pnr,
    l_adresblok,
    l_fam,
    l_verwar,
    l_kenteken,
    l_dossfile,
    l_telnot,
    l_lh,
    l_brp,
]

for _name, (_title, _lines, _j) in KINDS.items():
    _h = _hdr(_title)
    _h.__name__ = _name
    SHAPES[_name] = _h
    _h.shape = _name


def build(r, i):
    d = Doc(r, i)
    kind = r.choice(list(KINDS))
    title, own, joiner = KINDS[kind]
    if i % 4 == 1:
        sur, part, word, clause = r.choice(KNOWN)
        m = d.person(origin="nederlands")
        m.core, m.particle = sur, part
        if any(sur.lower() == w.lower() for q in d.people[:-1] for w in re.findall(r"\w+", q.full)):
            return None
        d.known_clause = clause.format(w=d.k(word))
    else:
        m = d.person()
    lines = [SHAPES[kind](d, m)]
    d.shapes.append(kind)
    picks = r.sample(own, k=min(len(own), r.randint(2, 3)))
    picks += r.sample([g for g in GENERIC if g not in picks], k=r.randint(1, 2))
    r.shuffle(picks)
    if i % 4 == 1:
        picks.insert(r.randint(0, len(picks)), l_known)
        picks.append(l_known_later)
    for f in picks:
        lines.append(d.use(f, m))
    d.text = joiner.join(lines)
    doc = {"id": f"fresh31c-{i:04d}", "text": d.text, "pii": d.pii, "keep": [k for k in d.keep if k in d.text]}
    if i % 4 == 1:
        doc["known"] = {"names": [m.full]}
        mails = [p["text"] for p in d.pii if p["label"] == "EMAIL" and m.handle in p["text"]]
        if mails:
            doc["known"]["emails"] = mails
    doc["_shapes"] = d.shapes
    return doc


def _words(s):
    return [w for w in re.findall(r"\w+", s) if w.lower() not in PARTICLES and len(w) > 1]


def gate(doc: dict) -> str | None:
    """None when the document passes all gates, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = {w.lower() for n in doc.get("known", {}).get("names", []) for w in _words(n)}
    names = {w.lower() for it in doc["pii"] if it["label"] == "PERSON" for w in _words(it["text"])}
    for k in doc["keep"]:
        for w in _words(k):
            if w.lower() in names and not (w.lower() in known_words and w == w.lower()):
                return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc = build(r, i)
            if doc is not None and gate(doc) is None:
                break
            attempt += 1
            redraws += 1
        docs.append(doc)
    return docs, redraws


def dump(docs):
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh31c_texts.jsonl is up to date" if same else "fresh31c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}, keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
