"""Generator of the blind anonymizer corpus fresh36d (helper A4, round thirty, 2026-12-07).

Register: domestic violence and child safety as the municipality sees it (Veilig Thuis, tijdelijk huisverbod,
veiligheidsplan, vrouwenopvang and secret addresses, omgangsregeling, wijkteam and police, residents who dispute
what was written about them). Standard library only.

Usage (from the repository root, PYTHONPATH=.):
  python tests/anonymizer/fresh36d/make_fresh36d.py            write fresh36d_texts.jsonl
  python tests/anonymizer/fresh36d/make_fresh36d.py --check    exit 1 if the committed file differs
  python tests/anonymizer/fresh36d/make_fresh36d.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from names36d import FEMALE_FORM, KNOWN, ORIGINS, TRANSLIT  # noqa: E402

_spec = importlib.util.spec_from_file_location("score36d", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

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
SEED = 20261304
N_DOCS = 300
OUT = HERE / "fresh36d_texts.jsonl"
PARTICLES = score.PARTICLES

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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
TOWNS = [
    "Deventer",
    "Zaandam",
    "Apeldoorn",
    "Tilburg",
    "Leeuwarden",
    "Heerlen",
    "Almere",
    "Dordrecht",
    "Hengelo",
    "Schiedam",
    "Emmen",
    "Venlo",
    "Purmerend",
    "Lelystad",
]
AREAS = ["Noord", "Oost", "Centrum", "Zuidwest", "Kanaalzone", "Binnenstad", "Rivierenwijk"]
SCHOOLS = ["De Regenboog", "Het Kompas", "De Wilgenhoek", "Het Palet", "De Zonnewijzer", "De Sterrenkijker"]
STREET_PRE = [
    "Lijster",
    "Populier",
    "Kastanje",
    "Goudsbloem",
    "Rietgors",
    "Zwaluw",
    "Havik",
    "Boekweit",
    "Vlas",
    "Gerst",
    "Klaproos",
    "Korenbloem",
    "Wielewaal",
    "Berken",
    "Spreeuwen",
    "Hazelaar",
    "Tureluur",
    "Ganzenbloem",
    "Zilverschoon",
    "Karekiet",
]
STREET_SUF = ["straat", "laan", "hof", "weg", "plein", "singel", "erf", "pad", "kade", "dreef"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MAILHOSTS = [
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "home.nl",
]
LANGS = {
    "eritrees": "Tigrinya",
    "somalisch": "Somalisch",
    "syrisch": "Arabisch",
    "iraaks": "Arabisch",
    "marokkaans": "Arabisch",
    "amazigh": "Tamazight",
    "turks": "Turks",
    "pools": "Pools",
    "afghaans": "Dari",
    "iraans": "Farsi",
    "chinees": "Mandarijn",
    "bulgaars": "Bulgaars",
    "roemeens": "Roemeens",
    "oekraiens": "Oekraïens",
    "koerdisch": "Koerdisch",
    "portugees": "Portugees",
    "vietnamees": "Vietnamees",
    "ethiopisch": "Amhaars",
    "kaapverdiaans": "Kaapverdisch Creools",
    "hongaars": "Hongaars",
}
KNOWN_PARTICLE = {
    "Jong": "de",
    "Groot": "de",
    "Haan": "de",
    "Wit": "de",
    "Vos": "de",
    "Berg": "van den",
    "Bos": "van den",
    "Hoek": "van der",
}

# ---------------------------------------------------------------------------------------------- shape registry
SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind: str, name: str):
    def deco(fn):
        assert name not in SHAPES, name
        SHAPES[name] = (kind, fn)
        return fn

    return deco


# ---------------------------------------------------------------------------------------------- numbers
def bsn(r: random.Random) -> str:
    while True:
        digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(dg * w for dg, w in zip(digits, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, digits + [last]))


def bsn_ok(text: str) -> bool:
    ds = re.sub(r"\D", "", text)
    if len(ds) != 9:
        return False
    s = sum(int(c) * w for c, w in zip(ds[:8], range(9, 1, -1))) - int(ds[8])
    return s % 11 == 0


def iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(text: str) -> bool:
    t = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


# ---------------------------------------------------------------------------------------------- people
class Person:
    def __init__(self, first: str, last: str, origin: str, female: bool):
        self.first, self.last, self.origin, self.female = first, last, origin, female

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def bare(self) -> str:
        return self.last[0].upper() + self.last[1:]

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z]", "", self.last.lower().translate(TRANSLIT))

    @property
    def fslug(self) -> str:
        return re.sub(r"[^a-z]", "", self.first.lower().translate(TRANSLIT))


def surname(r: random.Random, origin: str, female: bool) -> str:
    _, _, pre, suf, parts = ORIGINS[origin]
    s = r.choice(pre) + r.choice(suf)
    if female:
        for a, b in FEMALE_FORM.get(origin, []):
            if s.endswith(a):
                s = s[: -len(a)] + b
                break
    if parts:
        s = r.choice(parts) + " " + s[0].upper() + s[1:]
    return s


def person(r: random.Random, origin: str | None = None, female: bool | None = None, last: str | None = None):
    origin = origin or r.choice(list(ORIGINS))
    female = r.random() < 0.5 if female is None else female
    fem, mal = ORIGINS[origin][0], ORIGINS[origin][1]
    first = r.choice(fem if female else mal)
    return Person(first, last or surname(r, origin, female), origin, female)


ROLES = {
    "wijkteam": (["wijkteammedewerker", "gezinscoach", "maatschappelijk werker"], "Wijkteam {area}"),
    "vt": (["casemanager", "aandachtsfunctionaris", "medewerker triage"], "Veilig Thuis"),
    "politie": (["wijkagent", "hulpofficier van justitie", "brigadier"], "basisteam {town}"),
    "gemeente": (
        ["beleidsmedewerker huiselijk geweld", "regisseur Zorg en Veiligheid", "procesregisseur"],
        "afdeling Zorg en Veiligheid",
    ),
    "jurist": (["jurist", "behandelaar bezwaarschriften"], "team Bezwaar en Beroep"),
    "opvang": (["coördinator", "ambulant begeleider"], "de vrouwenopvang"),
    "jb": (["jeugdbeschermer", "gezinsvoogd"], "Jeugdbescherming"),
    "med": (["bemiddelaar"], "Verzoek tot Afstemming"),
    "school": (["intern begeleider", "mentor", "leerkracht"], "basisschool {school}"),
}


class Redraw(Exception):
    pass


class Doc:
    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.town = r.choice(TOWNS)
        self.area = r.choice(AREAS)
        self.school = r.choice(SCHOOLS)
        origin = r.choice(list(ORIGINS))
        self.used_first: set[str] = set()
        self.dobs: dict[str, tuple[int, int, int]] = {}
        self.res = person(r, origin, female=r.random() < 0.8)
        self.used_first.add(self.res.first)
        same = r.random() < 0.6
        self.ex = person(r, origin if same else None, female=not self.res.female if r.random() < 0.9 else None)
        while self.ex.first in self.used_first:
            self.ex = person(r, self.ex.origin, female=self.ex.female)
        self.used_first.add(self.ex.first)
        self.fam_last = self.res.last if r.random() < 0.5 else self.ex.last
        self.fam_origin = self.res.origin if self.fam_last == self.res.last else self.ex.origin
        self.kids: list[Person] = []
        self.offs: dict[str, tuple[Person, str, str]] = {}
        self.others: dict[str, Person] = {}
        self.known_word = None
        self.known_part = None
        self.emails_of: dict[str, list[str]] = {}
        self.nolower = False
        self.used_years: set[int] = set()

    # -- annotation
    def P(self, label: str, text: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def K(self, *words: str) -> str:
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    # -- cast
    def mk(self, origin: str | None = None, female=None, last: str | None = None) -> Person:
        for _ in range(40):
            p = person(self.r, origin, female=female, last=last)
            if p.first not in self.used_first:
                break
        self.used_first.add(p.first)
        return p

    def kid(self, n: int = 0) -> Person:
        while len(self.kids) <= n:
            self.kids.append(self.mk(self.fam_origin, last=self.fam_last))
        return self.kids[n]

    def other(self, key: str, origin: str | None = None, last: str | None = None, female=None) -> Person:
        if key not in self.others:
            self.others[key] = self.mk(origin, female=female, last=last)
        return self.others[key]

    def off(self, role: str) -> tuple[Person, str, str]:
        if role not in self.offs:
            funcs, dept = ROLES[role]
            self.offs[role] = (
                self.mk(),
                self.r.choice(funcs),
                dept.format(area=self.area, town=self.town, school=self.school),
            )
        return self.offs[role]

    # -- person forms
    def full(self, p: Person) -> str:
        return self.P("PERSON", p.full)

    def bare(self, p: Person) -> str:
        return self.P("PERSON", p.bare)

    def first(self, p: Person) -> str:
        return self.P("PERSON", p.first)

    def init(self, p: Person) -> str:
        return self.P("PERSON", f"{p.first[0]}. {p.last}")

    def upper(self, p: Person) -> str:
        if self.nolower:
            return self.full(p)
        return self.P("PERSON", p.full.upper())

    def lower_first(self, p: Person) -> str:
        if self.nolower:
            return self.first(p)
        return self.P("PERSON", p.first.lower())

    def lower_full(self, p: Person) -> str:
        if self.nolower:
            return self.full(p)
        return self.P("PERSON", p.full.lower())

    def slug(self, p: Person) -> str:
        """The surname as used in a file name (lower case, no spaces), or the case number in known documents."""
        if self.nolower:
            return self.case()
        return self.P("PERSON", p.slug)

    def poss(self, p: Person) -> str:
        f = p.first
        if f[-1] in "sxz":
            return self.P("PERSON", f) + "'"
        if f[-1] in "aeiouy":
            return self.P("PERSON", f) + "'s"
        return self.P("PERSON", f + "s")

    def title(self, p: Person) -> str:
        return self.r.choice(["mevrouw", "mw.", "mevr."] if p.female else ["meneer", "de heer", "dhr."])

    def zij(self, p: Person) -> str:
        return "zij" if p.female else "hij"

    def haar(self, p: Person) -> str:
        return "haar" if p.female else "zijn"

    def kind_word(self, p: Person) -> str:
        return "dochter" if p.female else "zoon"

    # -- structured items
    def phone(self) -> str:
        r = self.r
        n8 = "".join(str(r.randint(0, 9)) for _ in range(8))
        area = r.choice(["0570", "0595", "0412", "0478", "0546", "0320"])
        n6 = "".join(str(r.randint(0, 9)) for _ in range(6))
        t = r.choice(
            [
                f"06-{n8}",
                f"06 {n8[:4]} {n8[4:]}",
                f"+31 6 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}",
                f"06{n8}",
                f"+316{n8}",
                f"{area}-{n6}",
                f"({area}) {n6[:2]} {n6[2:4]} {n6[4:]}",
                f"0031 6 {n8}",
            ]
        )
        return self.P("PHONE", t)

    def email(self, p: Person, official: bool = False) -> str:
        r = self.r
        if official:
            host = r.choice(
                [
                    f"{self.town.lower()}.nl",
                    f"wijkteam{self.town.lower()}.nl",
                    "veiligthuis-regio.nl",
                    "politie-regio.nl",
                ]
            )
            local = r.choice([f"{p.fslug[0]}.{p.slug}", f"{p.fslug}.{p.slug}"])
        else:
            host = r.choice(MAILHOSTS)
            local = r.choice(
                [
                    f"{p.fslug}.{p.slug}",
                    f"{p.fslug[0]}{p.slug}",
                    f"{p.slug}{r.randint(70, 99)}",
                    f"{p.fslug}_{p.slug[:4]}",
                    f"{p.fslug}{p.slug[0]}{r.randint(1, 9)}",
                ]
            )
        self.emails_of.setdefault(p.full, []).append(f"{local}@{host}")
        return self.P("EMAIL", f"{local}@{host}")

    def street(self) -> str:
        return self.r.choice(STREET_PRE) + self.r.choice(STREET_SUF)

    def address(self, street: str | None = None) -> str:
        r = self.r
        num = r.choice(
            [
                str(r.randint(1, 180)),
                f"{r.randint(1, 90)}a",
                f"{r.randint(1, 140)}-{r.randint(1, 3)}",
                f"{r.randint(1, 60)}B",
                f"{r.randint(1, 99)}-hs",
            ]
        )
        return self.P("ADDRESS", f"{street or self.street()} {num}")

    def postcode(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        return self.P("POSTCODE", r.choice([f"{r.randint(1000, 9999)} {letters}", f"{r.randint(1000, 9999)}{letters}"]))

    def bsn(self) -> str:
        b = bsn(self.r)
        return self.P("BSN", self.r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"]))

    def iban(self) -> str:
        t = iban(self.r)
        if self.r.random() < 0.5:
            t = " ".join(t[k : k + 4] for k in range(0, len(t), 4))
        return self.P("IBAN", t)

    def plate(self) -> str:
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return self.P(
            "LICENSE_PLATE",
            r.choice(
                [
                    f"{D(2)}-{L(3)}-{D(1)}",
                    f"{L(2)}-{D(3)}-{L(1)}",
                    f"{D(1)}-{L(3)}-{D(2)}",
                    f"{L(3)}-{D(2)}-{L(1)}",
                    f"{L(1)}-{D(3)}-{L(2)}",
                    f"{D(2)}-{L(2)}-{L(2)}",
                ]
            ),
        )

    def case(self, fmt: int | None = None) -> str:
        r = self.r
        y = r.choice([24, 25, 26])
        fmts = [
            f"VT-{y}-{r.randint(10000, 99999)}",
            f"HV {2000 + y}/{r.randint(100, 999):04d}",
            f"ZVH.{y}.{r.randint(1000, 9999)}",
            f"WT/{self.area[:2].upper()}/{y}-{r.randint(1000, 9999)}",
            f"VPL-{r.randint(100000, 999999)}",
            f"DOS{y}HG{r.randint(1000, 9999)}",
            f"OMG-{2000 + y}-{r.randint(10, 99)}{r.choice('ABCDEFGH')}",
            f"BZ{y}/{r.randint(1000, 9999)}/AV",
            f"AFS-{2000 + y}-{r.randint(1000, 9999)}",
        ]
        return self.P("CASE_NUMBER", fmts[fmt] if fmt is not None else r.choice(fmts))

    def dob(self, lo: int, hi: int, numeric: bool | None = None, p: Person | None = None) -> str:
        r = self.r
        key = p.full if p else f"anon{len(self.dobs)}"
        if key not in self.dobs:
            self.dobs[key] = (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        y, m, d = self.dobs[key]
        styles = [
            f"{d:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
        ]
        words = [f"{d} {MONTHS[m - 1]} {y}", f"{d} {MON3[m - 1]} {y}", f"{d} {MONTHS[m - 1].capitalize()} {y}"]
        pool = styles if numeric else words if numeric is False else styles + words
        return self.P("DATE_OF_BIRTH", r.choice(pool))

    def dob_cued(self, lo: int, hi: int, p: Person | None = None) -> str:
        cue = self.r.choice(["geboren op", "geb.", "geboortedatum", "°", "*", "geboren", "geb. datum"])
        return f"{cue} {self.dob(lo, hi, p=p)}"

    # -- ordinary data
    def date(self, keep_month: bool = False) -> str:
        r = self.r
        y, m, d = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
        t = r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]}"])
        if keep_month and MONTHS[m - 1] in t:
            self.K(MONTHS[m - 1])
        return t

    def time(self) -> str:
        r = self.r
        return f"{r.randint(7, 22)}.{r.choice(['00', '15', '30', '45', '10', '50'])} uur"

    def weekday(self, cap: bool = False) -> str:
        w = self.r.choice(WEEKDAYS)
        return self.K(w.capitalize() if cap else w)

    def offline(self, role: str) -> str:
        """'Name, function at department' with the function and department kept."""
        p, func, dept = self.off(role)
        return f"{self.full(p)}, {self.K(func)} bij {self.K(dept)}"


# ============================================================================================== document kinds
@shape("kind", "k_vt_meldformulier")
def _(d: Doc):
    nb = d.other("buur")
    return (
        f"{d.K('Veilig Thuis')} – {d.K('meldformulier')}\nDossiernummer: {d.case(0)}\n"
        f"Melder: {d.full(nb)} (buurtbewoner), {d.phone()}\n"
        f"Betrokkene: {d.full(d.res)}, {d.address()}, {d.postcode()} {d.K(d.town)}\n{d.K('Toelichting')}:"
    )


@shape("kind", "k_beschikking_huisverbod")
def _(d: Doc):
    return (
        f"{d.K('BESCHIKKING')} TIJDELIJK HUISVERBOD\n{d.K('De burgemeester')} van {d.K(d.town)},\n"
        f"gelet op de {d.K('Wet tijdelijk huisverbod')},\nbesluit aan {d.full(d.ex)}, {d.dob_cued(1960, 2001, d.ex)}, "
        f"voor de duur van tien dagen de toegang tot de woning {d.address()}, {d.postcode()} {d.town} te ontzeggen.\n"
        f"{d.K('Kenmerk')}: {d.case(1)}"
    )


@shape("kind", "k_veiligheidsplan")
def _(d: Doc):
    c = d.other("steun", female=True)
    return (
        f"{d.K('Veiligheidsplan')} {d.first(d.res)}\n1. Wie bel ik als het niet veilig is: {d.full(c)}, "
        f"{d.phone()}, of {d.K('112')}\n2. Waar ga ik heen: naar een adres dat alleen de {d.K('casemanager')} kent\n"
        f"3. Wat neem ik mee: {d.K('paspoort')}, bankpas, {d.K('medicijnen')}, schoolspullen\n"
        f"Dossier: {d.case(4)}"
    )


@shape("kind", "k_opvang_aanmelding")
def _(d: Doc):
    k = d.kid()
    return (
        f"{d.K('Aanmelding')} {d.K('vrouwenopvang')}\nNaam: {d.full(d.res)}\nGeboortedatum: {d.dob(1970, 2003, p=d.res)}\n"
        f"Kind: {d.full(k)}, {d.dob(2010, 2023, p=k)}\nAanmelder: {d.offline('wijkteam')}\n"
        f"{d.K('Bijzonderheden')}: het adres van de opvang blijft {d.K('geheim')}."
    )


@shape("kind", "k_omgangsverslag")
def _(d: Doc):
    return (
        f"{d.K('Verslag')} {d.K('omgangsregeling')} – {d.case(6)}\nAanwezig: {d.init(d.ex)} ({'moeder' if d.ex.female else 'vader'}), "
        f"{d.offline('jb')}\nDatum: {d.date(True)}, {d.K('Omgangshuis')} {d.K(d.town)}"
    )


@shape("kind", "k_gespreksverslag_wijkteam")
def _(d: Doc):
    p, func, dept = d.off("wijkteam")
    return (
        f"{d.K('Gespreksverslag')} {d.K(dept)} – {d.date(True)}\nGesprek met: {d.title(d.res)} {d.full(d.res)}"
        f"\nVerslaglegging: {d.full(p)} ({d.K(func)})\n"
    )


@shape("kind", "k_politie_overdracht")
def _(d: Doc):
    return (
        f"{d.K('Overdracht')} politie aan gemeente\n{d.K('Registratienummer')}: {d.case(5)}\n"
        f"Uithuisgeplaatste: {d.full(d.ex)} ({d.dob(1962, 2002, p=d.ex)})\n"
        f"Achterblijvende: {d.full(d.res)}, {d.phone()}\nOpgemaakt door: {d.offline('politie')}"
    )


@shape("kind", "k_bezwaarbrief")
def _(d: Doc):
    p = d.ex
    return (
        f"Aan het college van burgemeester en wethouders van {d.K(d.town)}\n{d.K('Betreft')}: {d.K('bezwaar')} "
        f"tegen het verslag van {d.date()}\n\nGeachte heer, mevrouw,\n",
        f"\nMet vriendelijke groet,\n{d.full(p)}\n{d.address()}\n{d.postcode()} {d.town.upper()}",
    )


@shape("kind", "k_email")
def _(d: Doc):
    a, _, _ = d.off("vt")
    b, _, dept = d.off("wijkteam")
    return (
        f"Van: {d.full(a)} <{d.email(a, True)}>\nAan: {d.full(b)} <{d.email(b, True)}>\n"
        f"{d.K('Onderwerp')}: {d.K('casus')} {d.case(0)}\n\nHoi {d.first(b)},\n",
        f"\nGroet,\n{d.first(a)}\n{d.K('Veilig Thuis')} | {d.K('0800-2000')}",
    )


@shape("kind", "k_chat")
def _(d: Doc):
    p, _, _ = d.off("wijkteam")
    return (
        f"[{d.time()}] {d.first(d.res)}: {d.zij(d.ex)} staat weer bij de galerij, wat moet ik doen\n"
        f"[{d.time()}] {d.first(p)}: blijf binnen en bel {d.K('112')}, ik bel de {d.K('wijkagent')}\n"
        f"[{d.time()}] {d.lower_first(d.res)}: ok dank je\n{d.K('Notitie')} bij chat:"
    )


@shape("kind", "k_risicotaxatie")
def _(d: Doc):
    p, func, dept = d.off("vt")
    return (
        f"{d.K('RISICOTAXATIE')}\nCasus: {d.case()}\nBetrokkenen: {d.init(d.res)} en {d.init(d.ex)}\n"
        f"Ingevuld door: {d.full(p)}, {d.K(func)}\n{d.K('Conclusie')}: verhoogd risico, {d.K('veiligheidsplan')} nodig."
    )


@shape("kind", "k_mdo_notulen")
def _(d: Doc):
    a, fa, _ = d.off("gemeente")
    b, fb, _ = d.off("politie")
    c, fc, _ = d.off("wijkteam")
    return (
        f"{d.K('Notulen')} {d.K('MDO')} {d.K('Zorg- en Veiligheidshuis')}\nAanwezig: {d.full(a)} ({d.K(fa)}), "
        f"{d.full(b)} ({d.K(fb)}), {d.full(c)} ({d.K(fc)})\nAgendapunt 2 – {d.K('casus')} {d.case(2)}:"
    )


@shape("kind", "k_dossiernotitie")
def _(d: Doc):
    p, _, _ = d.off("vt")
    return f"{d.K('Dossiernotitie')} {d.date()} – {d.init(p)}\n"


@shape("kind", "k_correctieverzoek")
def _(d: Doc):
    p = d.ex
    return (
        f"{d.K('Verzoek')} tot {d.K('correctie')} van persoonsgegevens ({d.K('artikel')} 16 {d.K('AVG')})\n"
        f"Verzoeker: {d.full(p)}, {d.email(p)}\nBSN: {d.bsn()}\n{d.K('Toelichting')}:"
    )


@shape("kind", "k_klacht_wijkteam")
def _(d: Doc):
    return (
        f"{d.K('Klacht')} over het {d.K('wijkteam')}\nIngediend door: {d.title(d.res)} {d.full(d.res)}, "
        f"{d.email(d.res)}\n{d.K('Ontvangen')}: {d.date(True)}\n"
    )


@shape("kind", "k_telefoonnotitie")
def _(d: Doc):
    p, _, _ = d.off("gemeente")
    return (
        f"{d.K('TELEFOONNOTITIE')}\nDatum: {d.date()} {d.time()}\nBeller: {d.full(d.res)} ({d.phone()})\n"
        f"Voor: {d.full(p)}\n{d.K('Bericht')}:"
    )


@shape("kind", "k_verlengingsbrief")
def _(d: Doc):
    p, func, _ = d.off("gemeente")
    return (
        f"{d.K('Onderwerp')}: verlenging huisverbod ({d.case(1)})\n\nGeachte {d.title(d.ex)} {d.bare(d.ex)},\n\n"
        f"Hierbij deel ik u mee dat de {d.K('burgemeester')} het {d.K('huisverbod')} heeft verlengd tot {d.date()}.",
        f"\nHoogachtend,\n{d.full(p)}\n{d.K(func)}",
    )


@shape("kind", "k_planning_tabel")
def _(d: Doc):
    a, _, _ = d.off("wijkteam")
    b, _, _ = d.off("vt")
    return (
        f"| datum | wie | {d.K('actie')} |\n| --- | --- | --- |\n| {d.date()} | {d.init(a)} | huisbezoek bij "
        f"{d.bare(d.res)} |\n| {d.date()} | {d.init(b)} | {d.K('evaluatie')} {d.K('veiligheidsplan')} |\n"
        f"| {d.date()} | {d.first(d.res)} | {d.K('intake')} {d.K('Slachtofferhulp')} |\n"
    )


@shape("kind", "k_brp_geheimhouding")
def _(d: Doc):
    return (
        f"{d.K('Verzoek')} {d.K('geheimhouding')} {d.K('BRP')}\nAanvrager: {d.full(d.res)}\nBSN: {d.bsn()}\n"
        f"Geboren: {d.dob(1968, 2003, p=d.res)}\n{d.K('Reden')}: het nieuwe woonadres mag niet bekend worden bij de ex-partner."
    )


@shape("kind", "k_bijstand_inrichting")
def _(d: Doc):
    return (
        f"{d.K('Aanvraag')} {d.K('bijzondere bijstand')} – inrichting na {d.K('vrouwenopvang')}\n"
        f"Naam: {d.init(d.res)}\n{d.K('Rekeningnummer')}: {d.iban()}\nBedrag: € {d.K('2.350,00')}\n"
    )


@shape("kind", "k_zorgmelding_school")
def _(d: Doc):
    k = d.kid()
    return (
        f"{d.K('Zorgmelding')} basisschool {d.K(d.school)}\nLeerling: {d.full(k)}, {d.dob_cued(2012, 2021, k)}\n"
        f"Melder: {d.offline('school')}\n"
    )


@shape("kind", "k_mediatorverslag")
def _(d: Doc):
    m, _, _ = d.off("med")
    return (
        f"{d.K('Verslag')} {d.K('bemiddeling')} ({d.K('verzoek tot afstemming')}) {d.case(8)}\n"
        f"Bemiddelaar: {d.full(m)}\nVerzoeker: {d.title(d.ex)} {d.bare(d.ex)}\n"
    )


@shape("kind", "k_kennisbankvraag")
def _(d: Doc):
    return (
        f"{d.K('Vraag')} van een inwoner (nog niet geanonimiseerd):\n",
        f"\n{d.K('Antwoord')} van de gemeente: wij passen het verslag aan waar het feitelijk onjuist is; "
        f"een {d.K('mening')} van de hulpverlener blijft staan, met uw reactie erbij.",
    )


@shape("kind", "k_bestandenlijst")
def _(d: Doc):
    c = d.case(5)
    s = d.slug(d.res)
    return f"{d.K('Bestanden')} in dossier {c}:\n- gespreksverslag-{s}-{d.r.choice(['2025', '2026'])}.docx\n- {d.K('veiligheidsplan')}-{s}.pdf\n- {d.K('toestemmingsformulier')}.pdf\n"


# ============================================================================================== sentences
@shape("sent", "s_vt_binnenkomst")
def _(d: Doc):
    nb = d.other("buur")
    return (
        f"Op {d.date(True)} ontving {d.K('Veilig Thuis')} een {d.K('melding')} van {d.full(nb)}, die naast "
        f"{d.title(d.res)} {d.full(d.res)} aan de {d.address()} woont."
    )


@shape("sent", "s_huisverbod_opgelegd")
def _(d: Doc):
    return (
        f"{d.K('De burgemeester')} legde {d.full(d.ex)} ({d.dob(1960, 2001, p=d.ex)}) een {d.K('tijdelijk huisverbod')} op; "
        f"{d.zij(d.ex)} mag de woning aan de {d.address()} tien dagen niet in."
    )


@shape("sent", "s_huisverbod_verlengd")
def _(d: Doc):
    return (
        f"Het {d.K('huisverbod')} met nummer {d.case(1)} is verlengd tot {d.date(True)}; {d.bare(d.ex)} is daarover "
        f"per {d.K('aangetekende')} brief geïnformeerd."
    )


@shape("sent", "s_contactverbod")
def _(d: Doc):
    return (
        f"{d.bare(d.ex)} mag tijdens het {d.K('huisverbod')} geen {d.K('contact')} zoeken met {d.first(d.res)}, "
        f"ook niet via {d.haar(d.res)} nummer {d.phone()}."
    )


@shape("sent", "s_kinderen_lijst")
def _(d: Doc):
    a, b = d.kid(0), d.kid(1)
    return (
        f"In huis wonen ook {d.full(a)} ({d.dob_cued(2009, 2022, a)}) en {d.first(b)} ({d.dob(2009, 2023, p=b)}); "
        f"beide {d.K('kinderen')} zijn gezien door de {d.K('jeugdverpleegkundige')}."
    )


@shape("sent", "s_kind_school")
def _(d: Doc):
    k = d.kid()
    return (
        f"{d.first(k)} zit in groep {d.r.randint(3, 8)} van {d.K(d.school)}; de {d.K('intern begeleider')} merkt dat "
        f"{d.first(k)} sinds de {d.K('herfstvakantie')} stiller is."
    )


@shape("sent", "s_wijkteam_huisbezoek")
def _(d: Doc):
    p, func, dept = d.off("wijkteam")
    q, _, _ = d.off("politie")
    return (
        f"{d.full(p)}, {d.K(func)} bij {d.K(dept)}, bezocht {d.title(d.res)} {d.bare(d.res)} op "
        f"{d.weekday()} samen met {d.K('wijkagent')} {d.full(q)}."
    )


@shape("sent", "s_veiligheidsplan_bellen")
def _(d: Doc):
    c = d.other("steun", female=True)
    return (
        f"In het {d.K('veiligheidsplan')} staat dat {d.first(d.res)} bij {d.K('onrust')} eerst {d.full(c)} belt "
        f"op {d.phone()}."
    )


@shape("sent", "s_noodnummers")
def _(d: Doc):
    return (
        f"{d.first(d.res)} weet dat {d.zij(d.res)} bij direct gevaar {d.K('112')} belt; voor advies is "
        f"{d.K('Veilig Thuis')} dag en nacht bereikbaar op {d.K('0800-2000')}."
    )


@shape("sent", "s_geheim_adres")
def _(d: Doc):
    return (
        f"Het nieuwe adres van {d.full(d.res)} is {d.K('geheim')} en staat bewust niet in dit {d.K('dossier')}; "
        f"post loopt via het postadres van de {d.K('opvang')}."
    )


@shape("sent", "s_brp_bsn")
def _(d: Doc):
    return (
        f"{d.title(d.res).capitalize()} {d.bare(d.res)} (BSN {d.bsn()}) vroeg {d.K('geheimhouding')} van "
        f"{d.haar(d.res)} gegevens in de {d.K('Basisregistratie Personen')} aan."
    )


@shape("sent", "s_opvang_plaatsing")
def _(d: Doc):
    k = d.kid()
    p, func, _ = d.off("opvang")
    return (
        f"{d.full(d.res)} en {d.first(k)} verblijven sinds {d.date(True)} in de {d.K('vrouwenopvang')}; "
        f"{d.K(func)} daar is {d.full(p)}."
    )


@shape("sent", "s_bijstand_iban")
def _(d: Doc):
    return (
        f"Voor {d.K('inrichtingskosten')} na de opvang krijgt {d.init(d.res)} {d.K('bijzondere bijstand')}, "
        f"uit te betalen op {d.iban()}."
    )


@shape("sent", "s_alimentatie_iban")
def _(d: Doc):
    return (
        f"De {d.K('kinderalimentatie')} van {d.full(d.ex)} is sinds {d.date(True)} niet meer gestort op rekening "
        f"{d.iban()} van {d.first(d.res)}."
    )


@shape("sent", "s_kenteken_gezien")
def _(d: Doc):
    return (
        f"De auto van {d.bare(d.ex)}, kenteken {d.plate()}, is volgens {d.K('omwonenden')} twee keer in de straat "
        f"gezien, ondanks het {d.K('huisverbod')}."
    )


@shape("sent", "s_politie_registratie")
def _(d: Doc):
    p, func, dept = d.off("politie")
    return (
        f"De {d.K('politie')} registreerde het incident onder {d.case(5)}; {d.K(func)} {d.full(p)} van het "
        f"{d.K(dept)} maakte de {d.K('rapportage')}."
    )


@shape("sent", "s_bewoner_betwist")
def _(d: Doc):
    rel = d.other("familie", origin=d.ex.origin, last=d.ex.last)
    return (
        f"{d.full(d.ex)} schrijft dat het {d.K('verslag')} niet klopt: {d.zij(d.ex)} was die avond niet thuis maar "
        f"bij {d.full(rel)} in {d.K(d.r.choice(TOWNS))}."
    )


@shape("sent", "s_citaat_betwist")
def _(d: Doc):
    return (
        f"{d.title(d.ex).capitalize()} {d.bare(d.ex)} citeert het {d.K('verslag')} letterlijk – '{'moeder' if d.ex.female else 'vader'} werkt "
        f"niet mee' – en noemt dat {d.K('onjuist')}: {d.zij(d.ex)} kwam op elke {d.K('afspraak')}."
    )


@shape("sent", "s_correctie_avg")
def _(d: Doc):
    return (
        f"{d.title(d.ex).capitalize()} {d.bare(d.ex)} vraagt de gemeente de zin over {d.haar(d.ex)} "
        f"{d.K('alcoholgebruik')} te schrappen ({d.K('artikel')} 16 {d.K('AVG')})."
    )


@shape("sent", "s_omgang_begeleid")
def _(d: Doc):
    k = d.kid()
    return (
        f"De {d.K('omgang')} tussen {d.first(d.ex)} en {d.first(k)} vindt voorlopig begeleid plaats in het "
        f"{d.K('Omgangshuis')}, om de week op {d.K('zaterdag')}."
    )


@shape("sent", "s_omgang_overdracht")
def _(d: Doc):
    g = d.other("oma", origin=d.fam_origin, female=True)
    return (
        f"De {d.K('overdracht')} van de kinderen gebeurt bij {d.full(g)} aan de {d.address()}, zodat de ouders "
        f"elkaar niet hoeven te zien."
    )


@shape("sent", "s_bemiddelaar_gesprek")
def _(d: Doc):
    m, _, _ = d.off("med")
    p, func, _ = d.off("jb")
    return (
        f"{d.K('Bemiddelaar')} {d.full(m)} sprak op {d.date(True)} met {d.first(d.ex)} en met {d.full(p)} "
        f"({d.K(func)}) over de {d.K('afspraken')} in het {d.K('ouderschapsplan')}."
    )


@shape("sent", "s_raad_onderzoek")
def _(d: Doc):
    k = d.kid()
    return (
        f"Het {d.K('wijkteam')} overweegt een {d.K('verzoek tot onderzoek')} bij de "
        f"{d.K('Raad voor de Kinderbescherming')} voor {d.full(k)} ({d.dob_cued(2008, 2022, k)})."
    )


@shape("sent", "s_telefoontje_avond")
def _(d: Doc):
    return (
        f"{d.first(d.res)} belde om {d.time()} vanaf {d.phone()}: {d.bare(d.ex)} stond weer bij de {d.K('voordeur')}."
    )


@shape("sent", "s_email_voorkeur")
def _(d: Doc):
    return (
        f"{d.K('Contact')} met {d.full(d.res)} bij voorkeur via {d.email(d.res)}, omdat {d.first(d.ex)} "
        f"{d.haar(d.res)} {d.K('telefoon')} soms meeleest."
    )


@shape("sent", "s_huisarts_info")
def _(d: Doc):
    h = d.other("huisarts")
    return (
        f"De {d.K('huisarts')} van {d.first(d.res)}, {d.full(h)}, is met {d.K('toestemming')} geïnformeerd over "
        f"het {d.K('veiligheidsplan')}."
    )


@shape("sent", "s_risicotaxatie_kort")
def _(d: Doc):
    return (
        f"De {d.K('risicotaxatie')} van {d.date(True)} laat een verhoogd risico zien; zie dossier {d.case()} "
        f"voor de {d.K('onderbouwing')}."
    )


@shape("sent", "s_buurman_verklaring")
def _(d: Doc):
    nb = d.other("buur2")
    return (
        f"{'Buurvrouw' if nb.female else 'Buurman'} {d.full(nb)} van nummer {d.r.randint(2, 90)} hoorde die avond {d.K('geschreeuw')} en belde "
        f"de {d.K('politie')}; {d.bare(nb)} wil niet als getuige genoemd worden."
    )


@shape("sent", "s_tolk")
def _(d: Doc):
    lang = LANGS.get(d.res.origin)
    if lang is None:
        return (
            f"Het gesprek met {d.title(d.res)} {d.full(d.res)} ging in het {d.K('Nederlands')}; een "
            f"{d.K('tolk')} was niet nodig."
        )
    return (
        f"Het gesprek met {d.title(d.res)} {d.full(d.res)} ging met een {d.K('tolk')} {d.K(lang)} via de "
        f"{d.K('Tolkentelefoon')}."
    )


@shape("sent", "s_urgentie_straat")
def _(d: Doc):
    st = d.P("ADDRESS", d.street())
    return (
        f"{d.first(d.res)} vroeg {d.K('urgentie')} aan bij de {d.K('woningcorporatie')}; de woning aan de "
        f"{st} voelt niet meer veilig."
    )


@shape("sent", "s_sleutels")
def _(d: Doc):
    p, _, _ = d.off("politie")
    return (
        f"{d.K('De sleutels')} van de woning aan de {d.address()} heeft {d.bare(d.ex)} ingeleverd bij "
        f"{d.init(p)} op het {d.K('politiebureau')}."
    )


@shape("sent", "s_dob_regel")
def _(d: Doc):
    return f"{d.K('Geboortedatum')} {d.first(d.res)}: {d.dob(1966, 2004, p=d.res)}; {d.K('nationaliteit')} bekend bij de {d.K('BRP')}."


@shape("sent", "s_bsn_kind")
def _(d: Doc):
    k = d.kid()
    return f"BSN van {d.first(k)}: {d.bsn()} (nodig voor de {d.K('aanmelding')} bij de {d.K('jeugdhulp')})."


@shape("sent", "s_adresblok")
def _(d: Doc):
    return f"Laatst bekende {d.K('woonadres')} van {d.init(d.ex)}:\n{d.address()}\n{d.postcode()} {d.K(d.town)}\n"


@shape("sent", "s_mentor_email")
def _(d: Doc):
    k = d.kid()
    p, func, _ = d.off("school")
    return (
        f"De {d.K(func)} van {d.first(k)}, {d.full(p)}, is bereikbaar via {d.email(p, True)} of het "
        f"{d.K('algemene')} nummer {d.K('14 0570')}."
    )


@shape("sent", "s_jeugdbescherming")
def _(d: Doc):
    p, func, dept = d.off("jb")
    return f"{d.K(func).capitalize()} {d.full(p)} ({d.K(dept)}) neemt de {d.K('casus')} over; zaaknummer {d.case(3)}."


@shape("sent", "s_slachtofferhulp")
def _(d: Doc):
    return (
        f"{d.K('Slachtofferhulp')} Nederland neemt na de {d.K('aangifte')} contact op met {d.first(d.res)} op "
        f"{d.phone()}."
    )


@shape("sent", "s_cursus_pleger")
def _(d: Doc):
    return (
        f"{d.full(d.ex)} heeft zich aangemeld voor een {d.K('training')} {d.K('agressieregulatie')} bij de "
        f"{d.K('Reclassering')}."
    )


@shape("sent", "s_werkgever")
def _(d: Doc):
    return (
        f"De {d.K('werkgever')} van {d.title(d.res)} {d.bare(d.res)}, een {d.K('supermarkt')} in "
        f"{d.K(d.town)}, past de roosters aan zodat {d.zij(d.res)} niet alleen sluit."
    )


@shape("sent", "s_zus_onderdak")
def _(d: Doc):
    s = d.other("zus", origin=d.res.origin, last=d.res.last, female=True)
    return (
        f"{d.first(d.res)} kan tijdelijk terecht bij {d.K('familie')}: {d.full(s)} in {d.K(d.r.choice(TOWNS))}, "
        f"te bereiken op {d.phone()}."
    )


@shape("sent", "s_dossier_overdracht")
def _(d: Doc):
    p, func, _ = d.off("gemeente")
    t2 = d.r.choice([t for t in TOWNS if t != d.town])
    return (
        f"Het dossier van {d.full(d.res)} gaat van {d.K(d.town)} naar {d.K(t2)}; {d.K(func)} daar is "
        f"{d.full(p)}, {d.phone()}."
    )


@shape("sent", "s_vervolggesprek")
def _(d: Doc):
    return (
        f"Een {d.K('vervolggesprek')} met {d.title(d.res)} {d.bare(d.res)} staat gepland op {d.weekday()} "
        f"{d.date()} om {d.time()} in het {d.K('stadskantoor')}."
    )


@shape("sent", "s_brief_pleger")
def _(d: Doc):
    return (
        f"In {d.haar(d.ex)} brief van {d.date(True)} schrijft {d.full(d.ex)} dat de {d.K('melding')} "
        f"'volledig uit de lucht gegrepen' is."
    )


@shape("sent", "s_inzage")
def _(d: Doc):
    return (
        f"{d.bare(d.ex)} vroeg {d.K('inzage')} in het dossier; de gemeente stuurde een kopie waarin de gegevens "
        f"van {d.K('derden')} zijn weggelakt."
    )


@shape("sent", "s_chat_kleine_letters")
def _(d: Doc):
    k = d.kid()
    nb = d.other("buur")
    return (
        f"Bericht in de {d.K('groepsapp')}: 'hoi {d.lower_first(nb)}, met {d.lower_full(d.res)}. mag "
        f"{d.lower_first(k)} {d.K('vrijdag')} bij jullie slapen?'"
    )


@shape("sent", "s_bezittelijk")
def _(d: Doc):
    return (
        f"{d.poss(d.res)} {d.K('verzoek')} om een ander {d.K('contactmoment')} is gehonoreerd; "
        f"{d.poss(d.ex)} {d.K('reactie')} volgt."
    )


@shape("sent", "s_hoofdletterregel")
def _(d: Doc):
    return f"\n{d.K('BETROKKENE')}: {d.upper(d.ex)} – {d.K('STATUS')}: {d.K('uithuisgeplaatst')}\n"


@shape("sent", "s_aanwezig_initialen")
def _(d: Doc):
    a, _, _ = d.off("wijkteam")
    b, _, _ = d.off("vt")
    return f"{d.K('Aanwezig')}: {d.init(a)}, {d.init(b)} en {d.init(d.res)} ({d.K('ouder')})."


@shape("sent", "s_bijlage_bestand")
def _(d: Doc):
    return f"{d.K('Bijlage')}: {d.K('veiligheidsplan')}-{d.slug(d.res)}-{d.r.choice(['v2', 'def', 'concept'])}.pdf\n"


@shape("sent", "s_handle")
def _(d: Doc):
    h = d.P("PERSON", f"{d.res.fslug}_{d.res.slug[:5]}") if not d.nolower else d.full(d.res)
    return (
        f"Op {d.K('Instagram')} stuurde het account van {d.first(d.ex)} berichten aan @{h}; de {d.K('screenshots')} "
        f"zitten in het dossier."
    )


@shape("sent", "s_dob_tabelregel")
def _(d: Doc):
    k = d.kid()
    return f"\n| {d.first(k)} | {d.dob(2010, 2023, numeric=True, p=k)} | {d.K('groep')} {d.r.randint(1, 8)} |\n"


@shape("sent", "s_kenteken_school")
def _(d: Doc):
    return (
        f"Bij de school stond om 08.15 uur de {d.K('bestelbus')} {d.plate()} van {d.full(d.ex)}; de "
        f"{d.K('conciërge')} heeft dat gemeld."
    )


@shape("sent", "s_verhuisbudget")
def _(d: Doc):
    return (
        f"Het {d.K('budget')} van € {d.K('1.250,00')} voor de {d.K('verhuizing')} gaat naar {d.iban()} t.n.v. "
        f"{d.init(d.res)}."
    )


@shape("sent", "s_namens_afdeling")
def _(d: Doc):
    p, func, dept = d.off("gemeente")
    return f"Namens de {d.K(dept)}: {d.full(p)}, {d.K(func)}."


@shape("sent", "s_kinderopvang")
def _(d: Doc):
    k = d.kid()
    return (
        f"De {d.K('pedagogisch medewerker')} van de {d.K('buitenschoolse opvang')} De Boomhut zag dat {d.first(k)} "
        f"({d.dob(2016, 2023, p=k)}) erg schrikt van harde geluiden."
    )


@shape("sent", "s_zienswijze_advocaat")
def _(d: Doc):
    a = d.other("advocaat")
    return (
        f"{d.full(d.ex)} diende via {d.K('advocaat')} {d.full(a)} een {d.K('zienswijze')} in tegen het "
        f"{d.K('huisverbod')}."
    )


@shape("sent", "s_voorzieningenrechter")
def _(d: Doc):
    return (
        f"De {d.K('voorzieningenrechter')} liet het huisverbod op {d.date(True)} in stand; {d.bare(d.ex)} ging "
        f"niet in {d.K('hoger beroep')}."
    )


@shape("sent", "s_oma_ophalen")
def _(d: Doc):
    g = d.other("oma", origin=d.fam_origin, female=True)
    return (
        f"Oma {d.full(g)} ({d.phone()}) haalt de kinderen op {d.K('dinsdag')} en {d.K('donderdag')} van "
        f"{d.K('school')}."
    )


@shape("sent", "s_ouder_betwist_kind")
def _(d: Doc):
    k = d.kid()
    return (
        f"{d.first(d.ex)} betwist dat {d.first(k)} bang voor {'haar' if d.ex.female else 'hem'} is: "
        f"'Mijn {d.kind_word(k)} belt mij elke {d.K('avond')}.'"
    )


@shape("sent", "s_evaluatie")
def _(d: Doc):
    return (
        f"{d.K('Evaluatie')} na zes weken: de situatie bij {d.bare(d.res)} is {d.K('stabiel')}; het "
        f"{d.K('wijkteam')} blijft betrokken tot {d.date(True)}."
    )


@shape("sent", "s_meldcode")
def _(d: Doc):
    return (
        f"Informatie over {d.first(d.res)} wordt alleen met {d.K('toestemming')} gedeeld, behalve bij acuut "
        f"gevaar volgens de {d.K('meldcode')}."
    )


@shape("sent", "s_alarm")
def _(d: Doc):
    return f"Voor {d.full(d.res)} is een {d.K('AWARE')}-{d.K('alarm')} geregeld; de installatie was op {d.date(True)}."


@shape("sent", "s_dob_woorden")
def _(d: Doc):
    return (
        f"{d.first(d.res)} is geboren op {d.dob(1965, 2004, numeric=False, p=d.res)}; de {d.K('melding')} dateert van "
        f"{d.date(True)}."
    )


@shape("sent", "s_kind_zonder_cue")
def _(d: Doc):
    k = d.kid()
    return f"{d.full(k)}, {d.dob(2008, 2022, numeric=True, p=k)}, {d.K('logeert')} voorlopig bij de grootouders."


@shape("sent", "s_postcode_woonplaats")
def _(d: Doc):
    return (
        f"{d.K('Postadres')} voor de {d.K('beschikking')}: {d.address()}, {d.postcode()} {d.K(d.town)} "
        f"(het adres van {d.first(d.ex)} zelf)."
    )


@shape("sent", "s_ex_telefoon_email")
def _(d: Doc):
    return (
        f"{d.bare(d.ex)} is te bereiken op {d.phone()} en via {d.email(d.ex)}, maar reageert niet op {d.K('brieven')}."
    )


@shape("sent", "s_wijkagent_contact")
def _(d: Doc):
    p, _, dept = d.off("politie")
    return f"{d.K('Wijkagent')} {d.full(p)} ({d.K(dept)}) rijdt de komende weken extra langs bij de {d.address()}."


@shape("sent", "s_regisseur_afspraak")
def _(d: Doc):
    p, func, _ = d.off("gemeente")
    return (
        f"{d.init(p)}, {d.K(func)}, spreekt met {d.first(d.res)} af dat de {d.K('regie')} bij het "
        f"{d.K('wijkteam')} blijft."
    )


@shape("sent", "s_jurist_bezwaar")
def _(d: Doc):
    p, func, dept = d.off("jurist")
    return (
        f"{d.K('Het bezwaar')} van {d.full(d.ex)} is in behandeling bij {d.full(p)} ({d.K(dept)}); "
        f"{d.K('kenmerk')} {d.case(7)}."
    )


@shape("sent", "s_hoorzitting")
def _(d: Doc):
    return (
        f"De {d.K('hoorzitting')} over het bezwaar van {d.title(d.ex)} {d.bare(d.ex)} is op {d.weekday()} "
        f"{d.date()} in {d.K('zaal')} 2.14."
    )


@shape("sent", "s_privacy_derden")
def _(d: Doc):
    nb = d.other("buur")
    return (
        f"{d.bare(nb)} vraagt dat {d.haar(nb)} naam uit het verslag over {d.first(d.res)} verdwijnt; "
        f"{d.zij(nb)} wil geen {d.K('getuige')} zijn."
    )


@shape("sent", "s_schuldhulp")
def _(d: Doc):
    return (
        f"Na het vertrek van {d.first(d.ex)} zijn er {d.K('huurachterstanden')}; {d.first(d.res)} is aangemeld "
        f"bij {d.K('Schuldhulpverlening')} met {d.K('rekening')} {d.iban()}."
    )


@shape("sent", "s_paspoort_kind")
def _(d: Doc):
    k = d.kid()
    return (
        f"{d.first(d.ex)} wil een {d.K('paspoort')} aanvragen voor {d.full(k)} (geb. {d.dob(2009, 2022, p=k)}); "
        f"daarvoor is {d.K('toestemming')} van beide ouders nodig."
    )


@shape("sent", "s_notitie_ambtenaar")
def _(d: Doc):
    p, _, _ = d.off("vt")
    return (
        f"{d.K('Notitie')} {d.first(p)}: {d.first(d.res)} klonk {d.K('rustig')} en wil de {d.K('afspraak')} "
        f"van {d.weekday()} aanhouden."
    )


@shape("sent", "s_verhuisbericht")
def _(d: Doc):
    return (
        f"{d.full(d.ex)} verhuist naar de {d.address()}, {d.postcode()} {d.K(d.r.choice(TOWNS))}, en vraagt "
        f"de {d.K('omgangsregeling')} daarop aan te passen."
    )


@shape("sent", "s_familie_betwist")
def _(d: Doc):
    g = d.other("schoonmoeder", origin=d.ex.origin, last=d.ex.last, female=True)
    return (
        f"De moeder van {d.first(d.ex)}, {d.full(g)}, schrijft dat het {d.K('gezin')} 'nooit problemen' had en "
        f"vraagt om een {d.K('gesprek')} met de {d.K('teamleider')}."
    )


# ---------------------------------------------------------------------------------------------- known-name use
@shape("known", "u_ter_context")
def _(d: Doc, phrase: str):
    return f"Ter context: {phrase}."


@shape("known", "u_zij_vertelt")
def _(d: Doc, phrase: str):
    return f"{d.first(d.res) if d.known_part == 'last' else d.bare(d.res)} vertelde in het gesprek: {phrase}."


@shape("known", "u_opgemerkt")
def _(d: Doc, phrase: str):
    return f"Van belang voor het plan: {phrase}."


# ============================================================================================== documents
KINDS = [n for n, (k, _) in SHAPES.items() if k == "kind"]
SENTS = [n for n, (k, _) in SHAPES.items() if k == "sent"]
KNOWN_SHAPES = [n for n, (k, _) in SHAPES.items() if k == "known"]


def build(i: int, stream: str) -> dict:
    r = random.Random(stream)
    d = Doc(r, i)
    known = None
    if i % 4 == 1:
        word, part, phrases = KNOWN[(i // 4) % len(KNOWN)]
        d.known_part = part
        if part == "last":
            particle = KNOWN_PARTICLE.get(word)
            d.res.last = f"{particle} {word}" if particle else word
            d.res.origin = r.choice(["nederlands", "nederlands_tussenvoegsel", "fries"])
            fem, mal = ORIGINS[d.res.origin][0], ORIGINS[d.res.origin][1]
            d.res.first = r.choice(fem if d.res.female else mal)
        else:
            d.res.first = word
            d.res.female = word != "Wil"
        d.fam_last = d.res.last if r.random() < 0.5 else d.ex.last
        d.nolower = True
        d.known_word = word.lower()
        known = (word, r.choice(phrases))
    kind = KINDS[i % len(KINDS)]
    head = SHAPES[kind][1](d)
    tail = ""
    if isinstance(head, tuple):
        head, tail = head
    d.shapes.append(kind)
    body = []
    for name in r.sample(SENTS, r.randint(3, 5)):
        body.append(SHAPES[name][1](d))
        d.shapes.append(name)
    if known:
        name = r.choice(KNOWN_SHAPES)
        body.insert(r.randint(1, len(body)), SHAPES[name][1](d, known[1]))
        d.shapes.append(name)
        d.K(known[0].lower())
        d.full(d.res)
        if d.res.full not in " ".join([head, *body, tail]):
            body.append(f"{d.K('Opgesteld')} met {d.title(d.res)} {d.res.full}.")
    text = head
    for piece in body:
        text += "" if text.endswith("\n") else " " if text.endswith(":") else "\n" if piece is body[0] else " "
        text += piece
    text += tail
    text = re.sub(r"[ \t]+\n", "\n", text).strip()
    doc = {"id": f"fresh36d-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [d.res.full]}
        emails = d.emails_of.get(d.res.full, [])
        if emails:
            kn["emails"] = emails
        doc["known"] = kn
    doc["_shapes"] = d.shapes
    return doc


# ============================================================================================== gate
def _words(s: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", s) if w.lower() not in PARTICLES and len(w) > 1]


def gate(doc: dict) -> str | None:
    """None if the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            return f"keep not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = {w.lower() for p in doc["pii"] if p["label"] == "PERSON" for w in _words(p["text"])}
    known_words = set()
    if "known" in doc:
        known_words = {w.lower() for n in doc["known"]["names"] for w in _words(n)}
    for k in doc["keep"]:
        for w in _words(k):
            if w.lower() in name_words and not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares a word with a name"
    if "known" in doc:
        if not any(k == k.lower() and k in known_words for k in doc["keep"]):
            return "known document without the ordinary use in keep"
    return None


def generate() -> tuple[list[dict], int, dict]:
    docs, redraws, shape_use = [], 0, Counter()
    for i in range(N_DOCS):
        doc = build(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} keeps failing: {gate(doc)}")
            doc = build(i, f"{SEED}-{i}-{attempt}")
        shape_use.update(doc.pop("_shapes"))
        docs.append(doc)
    return docs, redraws, shape_use


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs, redraws, shape_use = generate()
    out = render(docs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh36d_texts.jsonl is up to date" if same else "fresh36d_texts.jsonl differs from the generator")
        sys.exit(0 if same else 1)
    if a.stats:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        kinds = Counter(SHAPES[n][0] for n in SHAPES)
        print(
            f"shapes registered: {len(SHAPES)} ({kinds['kind']} document kinds, {kinds['sent']} sentence shapes, "
            f"{kinds['known']} known-name sentence shapes); used: {len(shape_use)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        origins = len(ORIGINS)
        print(f"origin groups: {origins}")
        print(f"redraws: {redraws}")
        return
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.relative_to(ROOT)} ({redraws} redraws)")


if __name__ == "__main__":
    main()
