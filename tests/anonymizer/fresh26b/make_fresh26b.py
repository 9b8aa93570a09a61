#!/usr/bin/env python3
"""Blind anonymizer corpus fresh26b: elections, voters and local politics seen from the municipality (helper F26B).

Usage (from the project root, PYTHONPATH=.):
  python tests/anonymizer/fresh26b/make_fresh26b.py           write fresh26b_texts.jsonl
  python tests/anonymizer/fresh26b/make_fresh26b.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh26b/make_fresh26b.py --stats   counts per label, shapes, known names, redraws
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
from names26b import GROUPS, KNOWN, KNOWN_PARTICLE  # noqa: E402

_spec = importlib.util.spec_from_file_location("score26b", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 202620102
N_DOCS = 300
OUT = HERE / "fresh26b_texts.jsonl"
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

SHAPES: dict[str, object] = {}  # name -> function; kinds start with "kind:", lines with "line:", sentences "zin:"


def shape(name):
    def deco(fn):
        assert name not in SHAPES, name
        SHAPES[name] = fn
        return fn

    return deco


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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
TOWNS = [
    ("Deventer", "0570"),
    ("Zaanstad", "075"),
    ("Leeuwarden", "058"),
    ("Tilburg", "013"),
    ("Almere", "036"),
    ("Schiedam", "010"),
    ("Enschede", "053"),
    ("Alkmaar", "072"),
    ("Venlo", "077"),
    ("Gouda", "0182"),
    ("Helmond", "0492"),
    ("Lelystad", "0320"),
    ("Heerlen", "045"),
    ("Emmen", "0591"),
    ("Zutphen", "0575"),
]
STREET_ROOTS = [
    "Lijsterbes",
    "Wilgenroos",
    "Hazelaar",
    "Kievits",
    "Sleedoorn",
    "Krakeling",
    "Dotterbloem",
    "Zwanebloem",
    "Ooievaars",
    "Ganzerik",
    "Pluimzegge",
    "Boterbloem",
    "Heggenrank",
    "Reigers",
    "Karekiet",
    "Paardenbloem",
    "Lisdodde",
    "Veldkers",
    "Blauwborst",
    "Klaproos",
    "Tureluur",
    "Smeerwortel",
    "Watersnip",
    "Goudvink",
    "Walstro",
    "Koekoeksbloem",
]
STREET_ENDS = ["straat", "laan", "hof", "pad", "singel", "kade", "weg", "erf", "plein", "gaarde"]
MAIL_HOSTS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "planet.nl",
    "xs4all.nl",
    "live.nl",
    "home.nl",
    "proton.me",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PARTIES = [
    "Lokaal Belang",
    "Dorpsbelangen",
    "Stadspartij",
    "Groen Links-PvdA",
    "Burgerlijst",
    "Leefbaar Centrum",
    "Christen Unie",
    "Partij voor het Noorden",
    "Ouderen Appèl",
    "Wijkpartij",
]


# ---------------------------------------------------------------- structured values


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.randint(1, 6)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            num = "".join(map(str, d + [last]))
            return r.choice([num, num, f"{num[:4]}.{num[4:6]}.{num[6:]}", f"{num[:3]} {num[3:6]} {num[6:]}"])


def bsn_ok(t):
    d = [int(c) for c in re.sub(r"\D", "", t)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in base))
    chk = 98 - num % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return s if r.random() < 0.4 else " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban_ok(t):
    s = re.sub(r"\s", "", t).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def phone(r, area=None):
    k = r.randrange(6)
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    if k == 0:
        return f"06-{m}"
    if k == 1:
        return f"06 {m[:4]} {m[4:]}"
    if k == 2:
        return f"+31 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if k == 3:
        return f"+31 (0)6 {m[:4]} {m[4:]}"
    area = area or "0570"
    rest = m[: 10 - len(area)]
    rest = rest if rest[0] != "0" else "4" + rest[1:]
    if k == 4:
        return f"({area}) {rest[:2]} {rest[2:4]} {rest[4:]}"
    return f"{area}-{rest}"


def postcode(r):
    return f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"


def plate(r):
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )


def case_no(r, kind=None):
    y = r.choice(["2025", "2026"])
    n = r.randint(10, 9999)
    kind = kind or r.choice(["vk", "stb", "vm", "grf", "rrf", "kl", "pv", "int"])
    return {
        "vk": f"VK{y[2:]}-{n:04d}",
        "stb": f"STB/{y}/{n:04d}",
        "vm": f"VM-{y[2:]}.{n:04d}",
        "grf": f"GRF-INT-{y}-{n % 100:02d}",
        "rrf": f"RRF/{y[2:]}/{n:05d}",
        "kl": f"KL-VERK-{y[2:]}-{n:03d}",
        "pv": f"PV{r.randint(1, 60):03d}-{y}",
        "int": f"INT.{y}.{n:04d}",
    }[kind]


def ord_date(r, year=None):
    y = year or r.choice([2025, 2026])
    d, m = r.randint(1, 28), r.randrange(12)
    return r.choice([f"{d} {MONTHS[m]} {y}", f"{DAYS[r.randrange(7)]} {d} {MONTHS[m]}", f"{d} {MONTHS[m]}"])


def dob(r):
    y, m, d = r.randint(1934, 2006), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(9)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}.{m}.{y}",
        f"{d} {MON3[m - 1]} {y}",
        f"{d:02d}-{m:02d}-'{str(y)[2:]}",
        f"{y}{m:02d}{d:02d}",
        f"{d}e {MONTHS[m - 1]} {y}",
    ][k]


DOB_CUES = [
    "geboren op {v}",
    "geb. {v}",
    "geboortedatum: {v}",
    "({v})",
    "° {v}",
    "geboren {v}",
    "geb.datum {v}",
    "{v}",
    "d.o.b. {v}",
]


# ---------------------------------------------------------------- persons and context


class Person:
    def __init__(self, first, particle, sur, group, female):
        self.first, self.particle, self.sur, self.group, self.female = first, particle, sur, group, female

    @property
    def last(self):  # surname with particle, as after a first name
        return f"{self.particle} {self.sur}" if self.particle else self.sur

    @property
    def last_cap(self):  # surname alone: particle capitalised
        lp = self.last
        return lp[0].upper() + lp[1:]

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def parts(self):
        return [p for p in f"{self.first} {self.last}".split() if p.lower() not in PARTICLES and len(p) > 1]


def _ascii(s):
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("đ", "d"))
        if ord(ch) < 128
    )


def _cap(s):
    return s[0].upper() + s[1:]


class Ctx:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.persons: list[Person] = []
        self.known = None
        self.known_word = None
        self.known_done = False
        self.town, self.area = r.choice(TOWNS)
        self.used_surnames = set()
        self.used_streets = set()
        self.shapes_used: list[str] = []

    # -- registration
    def add(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    # -- persons
    def person(self, group=None, female=None, sur=None, particle=None):
        r = self.r
        while True:
            g = group or r.choice(list(GROUPS))
            spec = GROUPS[g]
            fem = r.random() < 0.5 if female is None else female
            first = r.choice(spec[0] if fem else spec[1])
            part = particle
            if sur is None:
                if spec[4]:
                    s, part = r.choice(spec[2]), r.choice(spec[4])
                else:
                    s = r.choice(spec[2]) + r.choice(spec[3])
                    if g == "Pools" and s.endswith("owski") and fem:
                        s = s[:-1] + "a"
            else:
                s = sur
            if sur is None and s in self.used_surnames:
                group = group  # draw again
                continue
            if any(first == p.first for p in self.persons):
                continue
            p = Person(first, part or "", s, g, fem)
            self.used_surnames.add(s)
            self.persons.append(p)
            return p

    def relative(self, p):
        return self.person(group=p.group, sur=p.sur, particle=p.particle)

    def name(self, p, form=None):
        r = self.r
        form = form or r.choice(["full", "full", "full", "title", "init", "first"])
        if form == "full":
            return self.add(p.full, "PERSON")
        if form == "title":
            t = r.choice(["mevrouw", "mw.", "mevr."] if p.female else ["de heer", "dhr.", "meneer"])
            return f"{t} {self.add(p.last_cap, 'PERSON')}"
        if form == "sur":
            return self.add(p.last_cap, "PERSON")
        if form == "init":
            return self.add(f"{p.first[0]}. {p.last}", "PERSON")
        if form == "first":
            return self.add(p.first, "PERSON")
        if form == "upper":
            return self.add(f"{p.first[0]}. {p.last.upper()}", "PERSON")
        if form == "lower":
            return self.add(p.full.lower(), "PERSON")
        if form == "poss":
            w = p.first + ("'s" if p.first[-1] in "aeiouy" else "s")
            return self.add(w, "PERSON")
        raise ValueError(form)

    def official(self):
        p = self.person()
        fn = self.r.choice(
            [
                ("coördinator Verkiezingen", "Verkiezingen"),
                ("medewerker Burgerzaken", "Burgerzaken"),
                ("raadsgriffier", "Griffie"),
                ("adviseur Publiekszaken", "Publiekszaken"),
                ("teamleider Verkiezingen", "Verkiezingen"),
                ("plaatsvervangend griffier", "Griffie"),
                ("juridisch adviseur", "Bestuurszaken"),
            ]
        )
        self.k(fn[1])
        return p, fn[0]

    def mediator(self):
        p = self.person()
        return p

    # -- other items
    def street(self):
        while True:
            s = self.r.choice(STREET_ROOTS) + self.r.choice(STREET_ENDS)
            if s not in self.used_streets:
                self.used_streets.add(s)
                return s

    def address(self, with_pc=False):
        r = self.r
        s = self.street()
        nr = r.choice(
            [
                str(r.randint(1, 240)),
                f"{r.randint(1, 90)}{r.choice('abc')}",
                f"{r.randint(1, 90)}-{r.randint(1, 4)}",
                f"{r.randint(1, 90)} bis",
                f"{r.randint(2, 120)}A",
            ]
        )
        a = self.add(f"{s} {nr}", "ADDRESS")
        if with_pc:
            return f"{a}, {self.add(postcode(r), 'POSTCODE')} {self.town}"
        return a

    def email(self, p, host=None):
        r = self.r
        f, s = _ascii(p.first.lower().replace(" ", "")), _ascii(p.sur.lower().replace(" ", "").replace("-", ""))
        pre = "".join(w[0] for w in p.particle.split()) if p.particle else ""
        local = r.choice(
            [
                f"{f}.{pre}{s}",
                f"{f[0]}.{pre}{s}",
                f"{f}{r.randint(60, 99)}",
                f"{pre}{s}.{f[0]}",
                f"{f}_{s}{r.randint(1, 9)}",
            ]
        )
        return self.add(f"{local}@{host or r.choice(MAIL_HOSTS)}", "EMAIL")

    def phone(self):
        return self.add(phone(self.r, self.area), "PHONE")

    def bsn(self):
        return self.add(bsn(self.r), "BSN")

    def iban(self):
        return self.add(iban(self.r), "IBAN")

    def plate(self):
        return self.add(plate(self.r), "LICENSE_PLATE")

    def case(self, kind=None):
        return self.add(case_no(self.r, kind), "CASE_NUMBER")

    def dob(self, cue=True):
        v = dob(self.r)
        self.add(v, "DATE_OF_BIRTH")
        c = self.r.choice(DOB_CUES[:-3] + DOB_CUES[-1:]) if cue else "{v}"
        return c.format(v=v)

    def date(self):
        return ord_date(self.r)

    def station(self):
        r = self.r
        b = r.choice(
            [
                "Sporthal",
                "Wijkcentrum",
                "Bibliotheek",
                "Basisschool",
                "Dorpshuis",
                "Kerkzaal",
                "Buurthuis",
                "Zorgcentrum",
                "Gemeentehuis",
            ]
        )
        self.k(b)
        return f"stembureau {r.randint(1, 60)} ({b} {r.choice(['Noord', 'Zuid', 'Oost', 'West', 'Centrum'])})"

    def info(self):
        v = r_choice = self.r.choice(
            [
                f"info@{self.town.lower()}.nl",
                f"verkiezingen@{self.town.lower()}.nl",
                f"14 {self.area}",
                f"griffie@{self.town.lower()}.nl",
            ]
        )
        self.k(r_choice)
        return v


# ---------------------------------------------------------------- shapes: sentences (zin:)
# Each takes (r, c) and returns a sentence; keep words are marked with `backticks`.

Z = []


def zin(name):
    def deco(fn):
        shape("zin:" + name)(fn)
        Z.append(name)
        return fn

    return deco


@zin("stempas_verkeerd_adres")
def _(r, c):
    p = c.person()
    return (
        f"De `stempas` van {c.name(p)} is bezorgd op {c.address()}, een adres waar zij al sinds {c.date()} "
        f"niet meer woont."
    )


@zin("stempas_buurman")
def _(r, c):
    p, q = c.person(), c.person()
    return (
        f"Buurman {c.name(q, 'full')} vond de `stempas` van {c.name(p, 'title')} tussen zijn eigen `reclame` "
        f"en bracht hem naar het `Stadskantoor`."
    )


@zin("vervangende_stempas")
def _(r, c):
    p = c.person()
    return (
        f"Op {c.date()} vroeg {c.name(p)} (BSN {c.bsn()}) een `vervangende` stempas aan; de `aanvraag` kreeg "
        f"kenmerk {c.case('stb')}."
    )


@zin("stempas_ongeldig")
def _(r, c):
    p = c.person()
    return (
        f"Omdat {c.name(p, 'first')} een nieuwe pas had gekregen, werd de oude `ongeldig` verklaard en weigerde "
        f"de `voorzitter` haar aan de `tafel`."
    )


@zin("volmacht_kwijt")
def _(r, c):
    p = c.person()
    q = c.relative(p)
    return (
        f"{_cap(c.name(p, 'full'))} gaf een `schriftelijke` volmacht aan {c.name(q, 'first')}, maar het "
        f"`formulier` is op het `Stadskantoor` zoekgeraakt (zaak {c.case('vm')})."
    )


@zin("volmacht_te_veel")
def _(r, c):
    p = c.person()
    return (
        f"Volgens de `Kieswet` mag een gemachtigde hooguit twee `volmachtstemmen` uitbrengen; "
        f"{c.name(p, 'title')} kwam er met drie."
    )


@zin("volmacht_dochter")
def _(r, c):
    p = c.person()
    q = c.relative(p)
    return (
        f"Dochter {c.name(q, 'full')} stemde voor haar moeder, {c.name(p, 'full')} ({c.dob()}), die in het "
        f"`ziekenhuis` lag."
    )


@zin("volmacht_handtekening")
def _(r, c):
    p = c.person()
    return (
        f"De `handtekening` op de volmacht van {c.name(p, 'init')} leek niet op die in het `register`, aldus "
        f"het `tweede` lid van het stembureau."
    )


@zin("toegankelijk_drempel")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'full'))} (rolstoel, {c.address()}) kon het stembureau niet in door een `drempel` "
        f"van twaalf centimeter bij de `zijingang`."
    )


@zin("toegankelijk_loep")
def _(r, c):
    p = c.person()
    return f"Er was geen `leesloep` en geen `stemmal` aanwezig, schrijft {c.name(p)}, die slechtziend is."


@zin("toegankelijk_parkeren")
def _(r, c):
    p = c.person()
    return (
        f"De `invalidenparkeerplaats` bij de ingang werd bezet door een `bestelbus` met kenteken {c.plate()}, "
        f"zodat {c.name(p, 'title')} driehonderd meter moest lopen."
    )


@zin("toegankelijk_hulp")
def _(r, c):
    p, q = c.person(), c.person()
    return (
        f"Haar `begeleider` {c.name(q, 'full')} mocht niet mee het `stemhokje` in, terwijl {c.name(p, 'first')} "
        f"een lichamelijke beperking heeft."
    )


@zin("rooster_aanmelding")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'full'))} meldde zich op {c.date()} aan als `stembureaulid` en volgde de `e-learning` "
        f"van het `Ministerie`."
    )


@zin("rooster_vergoeding")
def _(r, c):
    p = c.person()
    amt = r.choice(["€ 185", "€ 210", "€ 165,50", "€ 240", "€ 95"])
    c.k(amt)
    return (
        f"De `vergoeding` van {amt} voor {c.name(p, 'init')} wordt overgemaakt op {c.iban()} na `afloop` "
        f"van de telling."
    )


@zin("rooster_ruil")
def _(r, c):
    p, q = c.person(), c.person()
    return f"{_cap(c.name(p, 'first'))} ruilt de `ochtenddienst` met {c.name(q, 'full')}, bereikbaar op {c.phone()}."


@zin("rooster_afzegging")
def _(r, c):
    p = c.person()
    return f"Op de `ochtend` van de verkiezing zegde {c.name(p)} af wegens `ziekte`; de `reservepool` werd gebeld."


@zin("rooster_vervoer")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'full'))} brengt de `stembescheiden` met de auto ({c.plate()}) naar de `centrale` tellocatie."
    )


@zin("pv_bezwaar_kiezer")
def _(r, c):
    p = c.person()
    return (
        f"Bezwaar ingebracht door kiezer {c.name(p, 'full')}, wonend {c.address()}: het `stembiljet` was "
        f"volgens hem al gevouwen."
    )


@zin("pv_telverschil")
def _(r, c):
    n = r.randint(2, 14)
    c.k(str(n))
    return (
        f"Bij de `telling` bleek een `verschil` van {n} stembiljetten tussen het aantal `toegelaten` kiezers "
        f"en de getelde `stemmen`."
    )


@zin("pv_voorzitter")
def _(r, c):
    p = c.person()
    return (
        f"`Voorzitter` {c.name(p, 'init')} sloot het stembureau om 21.00 uur; de `stembus` werd "
        f"`verzegeld` in bijzijn van twee leden."
    )


@zin("pv_waarnemer")
def _(r, c):
    p = c.person()
    return f"Een `waarnemer` namens {r.choice(PARTIES)}, {c.name(p, 'full')}, vroeg of de `telling` openbaar was."


@zin("pv_kiezer_weggestuurd")
def _(r, c):
    p = c.person()
    return (
        f"Kiezer {c.name(p, 'title')} werd weggestuurd omdat zijn `identiteitsbewijs` langer dan vijf "
        f"jaar verlopen was."
    )


@zin("kandidaat_adres")
def _(r, c):
    p = c.person()
    return (
        f"Op de `kandidatenlijst` staat {c.name(p, 'init')} met woonplaats {c.town}, zonder "
        f"`huisadres`, op eigen `verzoek`."
    )


@zin("kandidaat_geboorte")
def _(r, c):
    p = c.person()
    c.k(c.town)
    return f"Kandidaat nummer {r.randint(2, 30)} is {c.name(p, 'full')}, {c.dob()}, woonachtig te {c.town}."


@zin("ondersteuning_dubbel")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'full'))} tekende een `ondersteuningsverklaring` voor twee `partijen`, wat niet is "
        f"toegestaan."
    )


@zin("ondersteuning_adres")
def _(r, c):
    p = c.person()
    return (
        f"De `ondersteuningsverklaring` van {c.name(p, 'init')} vermeldt {c.address(True)}, maar de "
        f"`basisregistratie` kent die persoon daar niet."
    )


@zin("griffier_brief")
def _(r, c):
    p = c.person()
    o, fn = c.official()
    return (
        f"{_cap(c.name(p, 'full'))}, `secretaris` van {r.choice(PARTIES)}, schreef de {fn} "
        f"{c.name(o, 'full')} over de `inlevering` van de lijst."
    )


@zin("integriteit_vraag")
def _(r, c):
    p = c.person()
    return (
        f"Raadslid {c.name(p, 'full')} stelt `schriftelijke` vragen over een mogelijke `belangenverstrengeling` "
        f"van een `wethouder` bij de verkoop van grond."
    )


@zin("integriteit_nevenfunctie")
def _(r, c):
    p = c.person()
    return (
        f"In het `register` van `nevenfuncties` ontbreekt de betaalde functie van {c.name(p, 'title')} bij "
        f"een `woningcorporatie`."
    )


@zin("integriteit_onderzoek")
def _(r, c):
    p = c.person()
    return (
        f"De `burgemeester` heeft een extern `integriteitsonderzoek` laten doen naar {c.name(p)} "
        f"(dossier {c.case('int')})."
    )


@zin("referendum_verzoek")
def _(r, c):
    p = c.person()
    n = r.choice(["1.250", "2.400", "860", "3.100"])
    c.k(n)
    return (
        f"Namens de `bewonersgroep` diende {c.name(p, 'full')} een `inleidend` verzoek in voor een "
        f"`referendum` over de `woontoren`, gesteund door {n} handtekeningen."
    )


@zin("referendum_handtekening")
def _(r, c):
    p = c.person()
    q = c.relative(p)
    return (
        f"Op de `handtekeningenlijst` stonden zowel {c.name(p, 'full')} als {c.name(q, 'full')}, allebei op "
        f"{c.address()}."
    )


@zin("referendum_uitslag")
def _(r, c):
    pct = r.choice(["31 procent", "44 procent", "27 procent", "52 procent"])
    c.k(pct)
    return (
        f"De `opkomst` bij het `raadgevend` referendum was {pct}; de `drempel` werd daarmee "
        f"{r.choice(['wel', 'niet'])} gehaald."
    )


@zin("bemiddelaar_gesprek")
def _(r, c):
    m = c.mediator()
    p = c.person()
    return (
        f"`Bemiddelaar` {c.name(m, 'full')} sprak op {c.date()} met {c.name(p, 'title')} en een medewerker "
        f"van `Burgerzaken`."
    )


@zin("bemiddelaar_afspraak")
def _(r, c):
    p = c.person()
    return (
        f"`Afgesproken` is dat {c.name(p, 'first')} voor de volgende `verkiezing` een brief krijgt met de "
        f"`stemlocaties` die zonder trap bereikbaar zijn."
    )


@zin("bemiddelaar_excuus")
def _(r, c):
    p = c.person()
    o, fn = c.official()
    return (
        f"De {fn}, {c.name(o, 'init')}, bood {c.name(p, 'full')} `excuses` aan voor de `fout` in het `adressenbestand`."
    )


@zin("contact_telefoon")
def _(r, c):
    p = c.person()
    return f"U kunt {c.name(p, 'title')} overdag bellen op {c.phone()}; `mailen` kan naar {c.email(p)}."


@zin("contact_email_informeel")
def _(r, c):
    p = c.person()
    return f"mijn mail is {c.email(p)} en mijn nummer {c.phone()}, liefst na `vijf` uur."


@zin("bsn_gevraagd")
def _(r, c):
    p = c.person()
    return (
        f"Aan de `balie` moest {c.name(p, 'full')} haar `burgerservicenummer` ({c.bsn()}) opgeven om de "
        f"`kiezerspas` te krijgen."
    )


@zin("kiezerspas_buitenland")
def _(r, c):
    p = c.person()
    land = r.choice(["Spanje", "Portugal", "Canada", "Thailand"])
    c.k(land)
    return (
        f"Omdat {c.name(p, 'first')} in {land} verbleef, vroeg zij een `kiezerspas` aan, geboren "
        f"{c.dob(cue=False)}, maar die werd naar het oude adres gestuurd."
    )


@zin("eu_kiezer")
def _(r, c):
    p = c.person()
    return (
        f"Als EU-burger moest {c.name(p, 'full')} zich eerst registreren met `formulier` Y-32; dat is niet "
        f"nodig voor de `gemeenteraadsverkiezing`."
    )


@zin("geen_stemrecht")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'full'))} woont sinds vier jaar in {c.town} en heeft `stemrecht` voor de "
        f"`gemeenteraad`, maar kreeg geen pas."
    )


@zin("overleden_pas")
def _(r, c):
    p = c.person()
    q = c.relative(p)
    return (
        f"Er kwam nog een stempas voor wijlen {c.name(p, 'full')}; zoon {c.name(q, 'first')} vond dat "
        f"`pijnlijk` en belde de `gemeente`."
    )


@zin("familie_adres")
def _(r, c):
    p = c.person()
    q = c.relative(p)
    return (
        f"Het gezin {c.name(p, 'sur')} ({c.address(True)}) kreeg vier passen, ook een voor "
        f"{c.name(q, 'first')}, die al jaren in `Rotterdam` woont."
    )


@zin("klacht_bejegening")
def _(r, c):
    p, q = c.person(), c.person()
    return (
        f"{_cap(c.name(p, 'full'))} vindt dat stembureaulid {c.name(q, 'init')} haar `onvriendelijk` "
        f"bejegende toen ze om `uitleg` vroeg."
    )


@zin("klacht_politiek_gesprek")
def _(r, c):
    p = c.person()
    return (
        f"In het stemlokaal droeg een lid een `speldje` van een partij; {c.name(p, 'title')} vond dat in "
        f"strijd met de `neutraliteit`."
    )


@zin("handle_social")
def _(r, c):
    p = c.person()
    h = (p.first + p.sur).lower().replace(" ", "").replace("-", "")
    c.add(h, "PERSON")
    return f"Op `Facebook` plaatste @{h} een foto van het ingevulde `stembiljet`, wat het `stemgeheim` schendt."


@zin("bestand_bijlage")
def _(r, c):
    p = c.person()
    fn_ = p.sur.lower().replace(" ", "")
    c.add(fn_, "PERSON")
    return f"In de `bijlage` zit volmacht_{fn_}_{r.randint(1, 9)}.pdf met een `kopie` van het identiteitsbewijs."


@zin("bestand_scan")
def _(r, c):
    p = c.person()
    c.add(p.sur.upper(), "PERSON")
    return f"De `scan` heet PV-{p.sur.upper()}-{r.randint(1, 60)}.jpg en is te `onscherp` om te lezen."


@zin("bezwaar_besluit")
def _(r, c):
    p = c.person()
    return (
        f"Het `bezwaar` van {c.name(p, 'full')} tegen de `weigering` van de volmacht is bij de `commissie` "
        f"geregistreerd onder {c.case('kl')}."
    )


@zin("stembureau_sleutel")
def _(r, c):
    p = c.person()
    return f"`Conciërge` {c.name(p, 'full')} ({c.phone()}) had de `sleutel` van de gymzaal pas om half acht."


@zin("hulp_lezen")
def _(r, c):
    p = c.person()
    q = c.relative(p)
    return (
        f"{_cap(c.name(q, 'full'))} vroeg of zij haar vader {c.name(p, 'first')}, die niet kan lezen, "
        f"mocht `helpen`; dat mag alleen bij een `lichamelijke` beperking."
    )


@zin("verhuizing_brp")
def _(r, c):
    p = c.person()
    return f"{_cap(c.name(p))} verhuisde op de `peildatum` naar {c.address(True)} en kreeg daardoor geen pas."


@zin("raadslid_afwezig")
def _(r, c):
    p = c.person()
    return (
        f"`Raadslid` {c.name(p, 'init')} was bij de `stemming` over de `begroting` afwezig wegens "
        f"`familieomstandigheden`."
    )


@zin("raadslid_geheim")
def _(r, c):
    p = c.person()
    return (
        f"Uit de `besloten` vergadering lekte een stuk; de `griffie` vermoedt dat het via {c.email(p)} is doorgestuurd."
    )


@zin("partij_leden")
def _(r, c):
    p, q = c.person(), c.person()
    return (
        f"De `ledenvergadering` koos {c.name(p, 'full')} als `lijsttrekker` en {c.name(q, 'full')} als "
        f"`penningmeester`."
    )


@zin("partij_contributie")
def _(r, c):
    p = c.person()
    return f"De `contributie` van {c.name(p, 'title')} is twee keer afgeschreven van {c.iban()}."


@zin("kiezer_dob_correctie")
def _(r, c):
    p = c.person()
    return (
        f"In het `kiezersregister` stond voor {c.name(p)} een verkeerde `geboortedatum`; juist is {c.dob(cue=False)}."
    )


@zin("poststuk_retour")
def _(r, c):
    p = c.person()
    return (
        f"Het `poststuk` aan {c.name(p, 'init')}, {c.address(True)}, kwam retour met de `sticker` 'adressant onbekend'."
    )


@zin("ouder_zorgcentrum")
def _(r, c):
    p = c.person()
    return (
        f"In het `zorgcentrum` kon {c.name(p, 'full')}, {c.dob()}, niet stemmen omdat het `mobiele` "
        f"stembureau niet langskwam."
    )


@zin("wethouder_reactie")
def _(r, c):
    p = c.person()
    return f"`Wethouder` {c.name(p, 'full')} laat weten dat de `raad` in {r.choice(MONTHS)} een `evaluatie` krijgt."


@zin("stemhulp_vraag")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'first'))} vroeg via de `chat` of je met een `kopie` van je paspoort mag stemmen; "
        f"dat mag niet."
    )


@zin("tweede_kamer_verwarring")
def _(r, c):
    p = c.person()
    return (
        f"{_cap(c.name(p, 'full'))} dacht dat de `waterschapsverkiezing` op dezelfde dag was en nam de "
        f"verkeerde `pas` mee."
    )


@zin("camera_stembureau")
def _(r, c):
    p = c.person()
    return f"Een man met een `camera` filmde de `rij`; {c.name(p, 'title')} vroeg de `politie` om hem weg te sturen."


@zin("vrijwilliger_telefoon_lijst")
def _(r, c):
    p, q = c.person(), c.person()
    return (
        f"Bij `calamiteiten` bel je eerst {c.name(p, 'first')} ({c.phone()}) en daarna {c.name(q, 'full')} "
        f"({c.phone()})."
    )


@zin("lower_informeel")
def _(r, c):
    p = c.person()
    return f"groetjes van {c.name(p, 'lower')}, die nog steeds geen `antwoord` heeft over die `volmacht`."


@zin("upper_lijst")
def _(r, c):
    p = c.person()
    return f"OP DE LIJST STAAT {c.name(p, 'upper')} NOG ALS `LID`, TERWIJL HIJ HEEFT OPGEZEGD."


@zin("bezitsvorm")
def _(r, c):
    p = c.person()
    full = c.name(p, "full")
    return f"{c.name(p, 'poss')} `stempas` lag volgens de `postbezorger` in de verkeerde `brievenbus`, zegt {full}."


@zin("opkomst_wijk")
def _(r, c):
    pct = r.choice(["38", "41", "29", "55"])
    c.k(pct + " procent")
    return f"In de `wijk` was de `opkomst` maar {pct} procent, tegen gemiddeld zestig in de `gemeente`."


@zin("hertelling")
def _(r, c):
    p = c.person()
    return (
        f"Op verzoek van {c.name(p, 'full')} van {r.choice(PARTIES)} besloot het `centraal` stembureau tot "
        f"een `hertelling` in twee bureaus."
    )


# ---------------------------------------------------------------- shapes: lines (line:)

L = []


def line(name):
    def deco(fn):
        shape("line:" + name)(fn)
        L.append(name)
        return fn

    return deco


@line("roster_row")
def _(r, c):
    p = c.person()
    t = r.choice(["07:00–14:00", "13:30–21:00", "07:00–21:00", "21:00–einde"])
    c.k("Telling" if t.startswith("21") else "Dienst")
    return f"{'Telling' if t.startswith('21') else 'Dienst'} {t} | {c.name(p, 'init')} | {c.phone()}"


@line("roster_row_role")
def _(r, c):
    p = c.person()
    rol = r.choice(["Voorzitter", "Plaatsvervangend voorzitter", "Lid", "Teller", "Reserve"])
    c.k(rol)
    return f"- {rol}: {c.name(p, 'full')}, {c.email(p)}"


@line("form_naam")
def _(r, c):
    p = c.person()
    c.k("Naam")
    return f"Naam: {c.name(p, 'full')}"


@line("form_adres")
def _(r, c):
    c.k("Adres")
    return f"Adres: {c.address(True)}"


@line("form_dob")
def _(r, c):
    c.k("Geboortedatum")
    v = dob(r)
    c.add(v, "DATE_OF_BIRTH")
    return f"Geboortedatum: {v}"


@line("form_bsn")
def _(r, c):
    c.k("Burgerservicenummer")
    return f"Burgerservicenummer: {c.bsn()}"


@line("form_iban")
def _(r, c):
    c.k("Rekeningnummer")
    return f"Rekeningnummer (voor de vergoeding): {c.iban()}"


@line("form_tel")
def _(r, c):
    c.k("Telefoon")
    return f"Telefoon: {c.phone()}"


@line("kandidaat_row")
def _(r, c):
    p = c.person()
    return f"{r.randint(1, 40)}. {p.sur if False else c.name(p, 'init')} ({'v' if p.female else 'm'}) {c.town}"


@line("ondersteuner_row")
def _(r, c):
    p = c.person()
    v = dob(r)
    c.add(v, "DATE_OF_BIRTH")
    return f"{c.name(p, 'full')} – {v} – {c.address()} – `handtekening` aanwezig"


@line("pv_remark")
def _(r, c):
    p = c.person()
    t = f"{r.randint(7, 20)}.{r.choice(['05', '20', '35', '50'])}"
    c.k(t)
    return f"{t} uur: kiezer {c.name(p, 'title')} `meldt` dat het `stemhokje` geen `gordijn` heeft."


@line("pv_leden")
def _(r, c):
    p, q = c.person(), c.person()
    c.k("Aanwezig")
    return f"Aanwezig: {c.name(p, 'init')} (voorzitter), {c.name(q, 'init')} (lid)"


@line("mail_van")
def _(r, c):
    p = c.person()
    c.k("Van")
    return f"Van: {c.name(p, 'full')} <{c.email(p)}>"


@line("mail_onderwerp")
def _(r, c):
    c.k("Onderwerp")
    return f"Onderwerp: `Volmacht` en stempas – uw kenmerk {c.case('vk')}"


@line("kenmerk_regel")
def _(r, c):
    c.k("Kenmerk")
    return f"Kenmerk: {c.case()}  |  Datum: {c.date()}"


@line("auto_regel")
def _(r, c):
    p = c.person()
    return f"`Vervoer` stembussen: {c.name(p, 'init')}, `kenteken` {c.plate()}"


@line("chat_regel")
def _(r, c):
    p = c.person()
    t = f"{r.randint(8, 22)}:{r.randint(10, 59)}"
    return f"[{t}] {c.name(p, 'first')}: is mijn `stempas` nou `geldig` of niet?"


@line("handtekening")
def _(r, c):
    p = c.person()
    return f"Met `vriendelijke` groet,\n{c.name(p, 'full')}\n{c.address(True)}"


# ---------------------------------------------------------------- shapes: document kinds (kind:)

K = []


def kind(name):
    def deco(fn):
        shape("kind:" + name)(fn)
        K.append(name)
        return fn

    return deco


def body(r, c, n, lines=()):
    out = []
    for nm in r.sample(Z, n):
        c.shapes_used.append("zin:" + nm)
        out.append(SHAPES["zin:" + nm](r, c))
    if c.known is not None and not c.known_done:
        c.known_done = True
        c.shapes_used.append("known:ordinary")
        out.insert(r.randint(0, len(out)), known_sentence(r, c))
    for nm in lines:
        c.shapes_used.append("line:" + nm)
        out.append(SHAPES["line:" + nm](r, c))
    return out


def ln(r, c, nm):
    c.shapes_used.append("line:" + nm)
    return SHAPES["line:" + nm](r, c)


@kind("brief_kiezer")
def _(r, c):
    o, fn = c.official()
    head = f"Aan de {fn}, {c.name(o, 'init')}\n`Betreft`: mijn `stempas`\n\n`Geachte` heer, mevrouw,\n\n"
    return head + " ".join(body(r, c, r.randint(2, 4))) + "\n\n" + ln(r, c, "handtekening")


@kind("mail_partij_griffier")
def _(r, c):
    hd = ln(r, c, "mail_van") + "\nAan: " + c.info() + "\n" + ln(r, c, "mail_onderwerp") + "\n\n"
    return hd + "`Beste` griffie,\n" + " ".join(body(r, c, r.randint(2, 4))) + "\n\nNamens het `bestuur`"


@kind("proces_verbaal")
def _(r, c):
    head = f"PROCES-VERBAAL `Model` N 10-1, {c.station()}, {c.town}\n" + ln(r, c, "pv_leden") + "\n`Bijzonderheden`:\n"
    rem = [ln(r, c, "pv_remark") for _ in range(r.randint(1, 3))]
    return head + "\n".join(rem) + "\n" + " ".join(body(r, c, r.randint(1, 3)))


@kind("rooster")
def _(r, c):
    head = f"`Rooster` {c.station()} – `woensdag` 18 maart 2026\n"
    c.k("18 maart 2026")
    rows = [ln(r, c, r.choice(["roster_row", "roster_row_role"])) for _ in range(r.randint(3, 5))]
    return head + "\n".join(rows) + "\n\n" + " ".join(body(r, c, r.randint(1, 2)))


@kind("aanmeldformulier")
def _(r, c):
    head = "`Aanmeldformulier` stembureaulid – `Verkiezingen` " + c.town + "\n"
    c.k(c.town)
    rows = [ln(r, c, "form_naam"), ln(r, c, "form_adres"), ln(r, c, "form_dob"), ln(r, c, "form_tel")]
    if r.random() < 0.6:
        rows.append(ln(r, c, "form_iban"))
    if r.random() < 0.4:
        rows.append(ln(r, c, "form_bsn"))
    return head + "\n".join(rows) + "\n`Opmerking`: " + " ".join(body(r, c, 1))


@kind("klachtformulier")
def _(r, c):
    head = f"`Klachtformulier` `toegankelijkheid` – {c.station()}\n" + ln(r, c, "kenmerk_regel") + "\n"
    return head + " ".join(body(r, c, r.randint(2, 4)))


@kind("schriftelijke_vragen")
def _(r, c):
    p = c.person()
    head = (
        f"`Schriftelijke` vragen ex `artikel` 41 Reglement van Orde, ingediend door {c.name(p, 'full')} "
        f"({r.choice(PARTIES)})\n"
    )
    c.k("Reglement", "Orde")
    qs = body(r, c, r.randint(2, 3))
    return head + "\n".join(f"{i + 1}. {q}" for i, q in enumerate(qs))


@kind("ondersteuningslijst")
def _(r, c):
    head = f"`Ondersteuningsverklaringen` {r.choice(PARTIES)} – `Gemeenteraad` {c.town}\n"
    c.k(c.town)
    rows = [ln(r, c, r.choice(["ondersteuner_row", "kandidaat_row"])) for _ in range(r.randint(2, 4))]
    return head + "\n".join(rows) + "\n" + " ".join(body(r, c, r.randint(1, 2)))


@kind("referendumverzoek")
def _(r, c):
    head = f"`Inleidend` verzoek `raadgevend` referendum – {c.case('rrf')}\n"
    return head + " ".join(body(r, c, r.randint(2, 4))) + "\n" + ln(r, c, "handtekening")


@kind("gespreksverslag_bemiddelaar")
def _(r, c):
    m = c.mediator()
    head = (
        f"`Verzoek` tot `afstemming` – `gespreksverslag` van {c.name(m, 'full')}, `bemiddelaar`\n"
        f"{ln(r, c, 'kenmerk_regel')}\n"
    )
    return head + " ".join(body(r, c, r.randint(2, 4))) + f"\n`Volgende` stap: {c.name(m, 'first')} belt na twee weken."


@kind("chatgesprek")
def _(r, c):
    rows = [ln(r, c, "chat_regel") for _ in range(r.randint(1, 2))]
    return "`Webchat` Burgerzaken\n" + "\n".join(rows) + "\n" + " ".join(body(r, c, r.randint(2, 3)))


@kind("memo_verkiezingsbureau")
def _(r, c):
    o, fn = c.official()
    head = f"`Memo` van {c.name(o, 'full')} ({fn}) aan het `centraal` stembureau\n"
    return head + " ".join(body(r, c, r.randint(2, 4))) + "\n" + ln(r, c, "auto_regel")


@kind("telefoonnotitie")
def _(r, c):
    p = c.person()
    head = f"`Telefoonnotitie` KCC, {c.date()}: {c.name(p, 'full')} belde vanaf {c.phone()} over de `verkiezingen`.\n"
    return head + " ".join(body(r, c, r.randint(2, 3))) + "\n`Terugbelverzoek`: ja, " + c.info()


@kind("nieuwsbrief_griffie")
def _(r, c):
    head = f"`Raadsnieuws` {c.town} – `Griffie`\n"
    c.k(c.town)
    return head + " ".join(body(r, c, r.randint(3, 5))) + "\nVragen? " + c.info()


# ---------------------------------------------------------------- known-name sentences


@shape("known:ordinary")
def known_sentence(r, c):
    word, phrase = c.known_word, c.known_phrase
    p = c.known
    ordinary = phrase.format(w=word.lower())
    for w in re.findall(r"\w+", ordinary):
        if len(w) > 3 and w != word.lower():
            c.k(w)
            break
    c.k(word.lower())
    form = r.choice(["a", "b", "c"])
    if form == "a":
        return (
            f"{_cap(c.name(p, 'full'))} meldt: {ordinary}. Volgens {c.name(p, 'title')} moet dat anders "
            f"bij de volgende `verkiezing`."
        )
    if form == "b":
        return (
            f"Ook {ordinary}, vertelt {c.name(p, 'full')} ({c.address()}); {c.name(p, 'sur')} wil dat "
            f"`vastgelegd` zien."
        )
    return (
        f'Kiezer {c.name(p, "full")} schrijft: "Let wel, {ordinary}." {_cap(c.name(p, "title"))} vraagt '
        f"om een `reactie`."
    )


# ---------------------------------------------------------------- document assembly


def render_keep(text, c):
    for w in re.findall(r"`([^`]+)`", text):
        c.k(w)
    return text.replace("`", "")


def draw(i: int, r: random.Random) -> dict:
    c = Ctx(r)
    if i % 4 == 1:
        word, phrase = KNOWN[(i // 4) % len(KNOWN)]
        c.known_word, c.known_phrase = word, phrase
        c.known = c.person(sur=word, particle=KNOWN_PARTICLE.get(word))
    kname = K[i % len(K)] if r.random() < 0.5 else r.choice(K)
    c.shapes_used.append("kind:" + kname)
    raw = SHAPES["kind:" + kname](r, c)
    assert c.known is None or c.known_done
    text = render_keep(raw, c)
    keep = [k for k in c.keep if k in text]
    doc = {"id": f"fresh26b-{i:04d}", "text": text, "pii": c.pii, "keep": keep}
    if c.known is not None:
        doc["known"] = {"names": [c.known.full]}
    doc["_shapes"] = c.shapes_used
    doc["_persons"] = [p.parts() for p in c.persons]
    doc["_known_word"] = c.known_word.lower() if c.known_word else None
    return doc


def _words(s):
    return {w.lower() for w in re.findall(r"[\w']+", s)}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
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
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    kw = (doc.get("known") or {}).get("names")
    known_words = set()
    if kw:
        known_words = {w.lower() for w in kw[0].split() if w.lower() not in PARTICLES and len(w) > 1}
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {
                w.lower() for w in re.findall(r"[\w']+", it["text"]) if w.lower() not in PARTICLES and len(w) > 1
            }
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (w in known_words and k == k.lower()):
                return f"keep {k!r} shares a word with a name"
    # every form of a name part is annotated: no name part survives blanking in any case
    blank = doc["text"]
    for it in sorted(doc["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(it["text"], "[x]")
    for w in name_words:
        if len(w) < 3 or w in known_words:
            continue
        if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", blank, re.I):
            return f"name part {w!r} left unannotated"
    for w in known_words:
        for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", blank, re.I):
            if m.group(0) != w:
                return f"known word {w!r} appears capitalised"
    return None


def generate():
    docs, redraws, used = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            d = draw(i, r)
            reason = gate(d)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            assert attempt < 50, (i, reason)
        used.update(d.pop("_shapes"))
        d.pop("_persons")
        d.pop("_known_word")
        docs.append(d)
    return docs, redraws, used


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, used = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh26b_texts.jsonl is up to date" if same else "fresh26b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = Counter(s.split(":")[0] for s in SHAPES)
        print(
            f"shapes registered: {len(SHAPES)} ({kinds['kind']} document kinds, {kinds['line']} line shapes, "
            f"{kinds['zin']} sentence shapes, {kinds['known']} known-name shape); used: "
            f"{sum(1 for s in SHAPES if used[s])}"
        )
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"origin groups: {len(GROUPS)}")
        print(f"redraws: {redraws}")
        fails = [d["id"] for d in docs if gate(d) is not None]
        print(f"gate failures: {len(fails)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
