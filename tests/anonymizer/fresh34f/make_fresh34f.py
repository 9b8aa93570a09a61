#!/usr/bin/env python3
"""Blind anonymizer corpus fresh34f: lost, stolen and misused identity papers at the municipal counter.

Written by helper A6 without reading or running the anonymizer. Every document draws from its own random stream
``random.Random("20261286-<i>")``; a document failing ``gate()`` is redrawn from ``"20261286-<i>-<attempt>"``.

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh34f/make_fresh34f.py            write fresh34f_texts.jsonl
    python tests/anonymizer/fresh34f/make_fresh34f.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh34f/make_fresh34f.py --stats    counts per label, shapes, known names, redraws
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
from names_fresh34f import GROUPS, KNOWN  # noqa: E402

SEED = 20261286
N_DOCS = 300
OUT = HERE / "fresh34f_texts.jsonl"
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
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

# ---------------------------------------------------------------- markup: «LABEL|text» is pii, ‹text› is keep


def M(label: str, s: str) -> str:
    return f"«{label}|{s}»"


def K(s: str) -> str:
    return f"‹{s}›"


_MARK = re.compile(r"«([A-Z_]+)\|([^»]*)»|‹([^›]*)›")


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    out, pii, keep, pos = [], [], [], 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        if m.group(1):
            item = {"text": m.group(2), "label": m.group(1)}
            if item not in pii:
                pii.append(item)
            out.append(m.group(2))
        else:
            if m.group(3) not in keep:
                keep.append(m.group(3))
            out.append(m.group(3))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


# ---------------------------------------------------------------- shapes registry

DOC_KINDS: dict[str, callable] = {}
BODY: dict[str, callable] = {}


def doc_kind(name):
    def deco(f):
        DOC_KINDS["doc:" + name] = f
        return f

    return deco


def body(name):
    def deco(f):
        BODY["body:" + name] = f
        return f

    return deco


# ---------------------------------------------------------------- structured values


def ascii_slug(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z]", "", "".join(ch for ch in s if not unicodedata.combining(ch)).lower())


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        rest = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if rest < 10:
            return "".join(map(str, d + [rest]))


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0


def iban(r: random.Random) -> str:
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "FVLB"])
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acc}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iban_fmt(r, s):
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, len(s), 4)), s.lower()])


def phone(r: random.Random, foreign: str | None = None) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if foreign == "MA":
        return f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}"
    if foreign == "TR":
        return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"
    if foreign == "PL":
        return f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}"
    if foreign == "SR":
        return f"+597 8{d(2)} {d(4)}"
    if foreign == "CW":
        return f"+5999 {r.choice('56')}{d(2)} {d(4)}"
    k = r.randint(0, 7)
    m = f"{r.randint(1, 9)}{d(7)}"
    if k == 0:
        return f"06-{m}"
    if k == 1:
        return f"06 {m[:4]} {m[4:]}"
    if k == 2:
        return f"+31 6 {m[:4]} {m[4:]}"
    if k == 3:
        return f"+31 (0)6 {m}"
    if k == 4:
        return f"0031 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if k == 5:
        return f"0{r.choice(['20', '10', '70', '30', '40', '50', '38'])}-{r.randint(2, 9)}{d(2)} {d(4)}"
    if k == 6:
        return f"0{r.choice(['318', '523', '475', '172', '546', '299'])} {r.randint(2, 9)}{d(5)}"
    return f"06{m}"


def postcode(r):
    letters = "ABCEGHJKLMNPRTVWXZ"
    pc = f"{r.randint(1000, 9999)}{r.choice(letters)}{r.choice(letters)}"
    return r.choice([pc[:4] + " " + pc[4:], pc])


def plate(r):
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
    D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )


def docnr(r):
    L = "ABCDEFGHIJKLMNPRSTUVWXYZ"
    mid = "".join(r.choice(L + "123456789") for _ in range(6))
    return r.choice(L) + r.choice(L) + mid + str(r.randint(1, 9))


def case_nr(r, year):
    y = str(year)[2:]
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"VVM-{year}-{n(5)}",
            f"BZ/ID/{y}/{n(4)}",
            f"IDF.{y}.{n(5)}",
            f"ADR-O{y}-{n(4)}",
            f"Z{y}.RD.{n(5)}",
            f"PZ-{n(3)}-{y}-{n(3)}",
            f"KLB{y}/{n(4)}",
            f"BRP-{y}{n(5)}",
            f"RD {year}/{n(4)}",
            f"OMB-{y}-{n(3)}",
        ]
    )


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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]


def dob(r) -> str:
    y, m, d = r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MON3[m - 1]} {y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1].upper()} {y}",
            f"{d}/{m}/'{str(y)[2:]}",
        ]
    )


PLACES = {
    "Amersfoort": "033",
    "Zwolle": "038",
    "Almere": "036",
    "Tilburg": "013",
    "Leeuwarden": "058",
    "Deventer": "0570",
    "Dordrecht": "078",
    "Schiedam": "010",
    "Lelystad": "0320",
    "Hengelo": "074",
    "Venlo": "077",
    "Roosendaal": "0165",
    "Zaanstad": "075",
    "Purmerend": "0299",
    "Heerlen": "045",
    "Nijmegen": "024",
    "Delft": "015",
    "Gouda": "0182",
    "Assen": "0592",
    "Helmond": "0492",
    "Vlaardingen": "010",
    "Alkmaar": "072",
    "Ede": "0318",
    "Capelle aan den IJssel": "010",
}
STREET_A = [
    "Zilverschoon",
    "Hoefblad",
    "Kievits",
    "Populieren",
    "Meidoorn",
    "Klaproos",
    "Beukel",
    "Watermolen",
    "Schelde",
    "Reiger",
    "Duinroos",
    "Sluiswachter",
    "Zeilmakers",
    "Korenbloem",
    "Lijsterbes",
    "Esdoorn",
    "Brem",
    "Wilgenroos",
    "Touwslagers",
    "Ganzerik",
]
STREET_B = ["straat", "laan", "weg", "hof", "plein", "singel", "kade", "dreef", "erf", "pad", "gaarde", "akker"]
PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "yahoo.com",
    "proton.me",
    "hetnet.nl",
]
DEPTS = [
    "Burgerzaken",
    "Publiekszaken",
    "Team Adreskwaliteit",
    "Team Reisdocumenten",
    "Klantcontactcentrum",
    "Team Identiteit en Registratie",
    "Afdeling Dienstverlening",
    "Team Basisregistratie",
]
FUNCS = [
    "baliemedewerker",
    "medewerker Burgerzaken",
    "adviseur identiteitsfraude",
    "teamleider Publiekszaken",
    "adresonderzoeker",
    "coördinator Basisregistratie",
    "frontofficemedewerker",
    "specialist reisdocumenten",
    "kwaliteitsmedewerker",
    "beleidsadviseur",
]


# ---------------------------------------------------------------- persons


class Person:
    def __init__(self, r, group=None, gender=None, surname=None, particle=None, first=None, known=False):
        self.r = r
        self.group = group or r.choice(list(GROUPS))
        males, females, parts, ends, particles = GROUPS[self.group]
        self.gender = gender or r.choice("mv")
        self.first = first or r.choice(males if self.gender == "m" else females)
        if surname is None:
            end = r.choice(ends)
            if end == "SKI":
                end = "ski" if self.gender == "m" else "ska"
            if end == "OV":
                end = "ov" if self.gender == "m" else "ova"
            surname = r.choice(parts) + end
            particle = r.choice(particles) if particles else ""
        self.surname, self.particle, self.known = surname, particle or "", known
        self.rel = None

    # pronouns and titles
    @property
    def zij(self):
        return "zij" if self.gender == "v" else "hij"

    @property
    def Zij(self):
        return self.zij.capitalize()

    @property
    def haar(self):
        return "haar" if self.gender == "v" else "zijn"

    def title(self):
        return self.r.choice(["mevrouw", "mevr.", "mw."] if self.gender == "v" else ["de heer", "dhr.", "meneer"])

    # plain strings
    def s_sur(self, cap=True):
        if not self.particle:
            return self.surname
        p = self.particle[0].upper() + self.particle[1:] if cap else self.particle
        return f"{p} {self.surname}"

    def s_full(self):
        return f"{self.first} {self.s_sur(False)}"

    # marked forms
    def full(self):
        return M("PERSON", self.s_full())

    def sur(self):
        return M("PERSON", self.s_sur())

    def fn(self):
        return M("PERSON", self.first)

    def ini(self):
        parts = self.first.split()
        extra = self.r.choice(["", "", "M.", "J.", "A."])
        return M("PERSON", "".join(p[0] + "." for p in parts) + extra + " " + self.s_sur(False))

    def poss(self):
        s = self.s_sur()
        if s[-1] in "sxz":
            return M("PERSON", s + "'")
        if s[-1] in "aeiouy":
            return M("PERSON", s + "'s")
        return M("PERSON", s + "s")

    def low(self):
        return self.full() if self.known else M("PERSON", self.s_full().lower())

    def up(self):
        return M("PERSON", self.s_sur().upper())

    def slug(self):
        return ascii_slug(self.particle + self.surname)

    def handle(self):
        return M(
            "PERSON",
            "@"
            + ascii_slug(self.first)
            + self.r.choice([".", "_", ""])
            + self.slug()
            + self.r.choice(["", str(self.r.randint(70, 99))]),
        )

    def email(self):
        f, s = ascii_slug(self.first), self.slug()
        local = self.r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{s}{f[0]}", f"{f}{s}{self.r.randint(1, 99)}", f"{f}_{s}"])
        return M("EMAIL", f"{local}@{self.r.choice(PROVIDERS)}")


# ---------------------------------------------------------------- document context


class Ctx:
    def __init__(self, r: random.Random, known: tuple | None):
        self.r = r
        self.known = known
        self.year = r.choice([2025, 2026])
        self.place, self.area = r.choice(list(PLACES.items()))
        self.place2 = r.choice([p for p in PLACES if p != self.place])
        self.slug = ascii_slug(self.place)
        if known:
            particle, word, kind, _ = known
            if kind == "sur":
                self.R = Person(
                    r,
                    group=r.choice(["dutch", "dutch", "frisian", "surinamese_creole", "antillean"]),
                    surname=word,
                    particle=particle,
                    known=True,
                )
            else:
                self.R = Person(r, gender="v", first=word, known=True)
        else:
            self.R = Person(r)
        self._cache = {}
        self.used = []

    def once(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # people
    @property
    def F(self):  # family member sharing the family name
        def make():
            p = Person(self.r, group=self.R.group, surname=self.R.surname, particle=self.R.particle)
            while p.first == self.R.first:
                p = Person(self.r, group=self.R.group, surname=self.R.surname, particle=self.R.particle)
            p.rel = self.r.choice(["dochter", "zus", "moeder"] if p.gender == "v" else ["zoon", "broer", "vader"])
            return p

        return self.once("F", make)

    @property
    def NB(self):
        return self.once("NB", lambda: Person(self.r))

    @property
    def O(self):  # official
        def make():
            p = Person(self.r)
            p.func, p.dept = self.r.choice(FUNCS), self.r.choice(DEPTS)
            return p

        return self.once("O", make)

    @property
    def O2(self):
        def make():
            p = Person(self.r)
            p.func, p.dept = self.r.choice(FUNCS), self.r.choice(DEPTS)
            return p

        return self.once("O2", make)

    @property
    def MED(self):
        return self.once("MED", lambda: Person(self.r))

    @property
    def POL(self):
        return self.once("POL", lambda: Person(self.r))

    @property
    def FR(self):  # the person registered at the address / using the identity
        return self.once("FR", lambda: Person(self.r))

    # data
    def v(self, key):
        r = self.r
        makers = {
            "street": lambda: r.choice(STREET_A) + r.choice(STREET_B),
            "nr": lambda: r.choice(
                [
                    str(r.randint(1, 180)),
                    f"{r.randint(1, 90)}-{r.choice('ABC')}",
                    f"{r.randint(1, 60)}{r.choice(['a', 'bis', ' II', '-1'])}",
                ]
            ),
            "pc": lambda: postcode(r),
            "tel": lambda: phone(r),
            "telx": lambda: phone(
                r,
                {
                    "moroccan": "MA",
                    "turkish": "TR",
                    "polish": "PL",
                    "surinamese_creole": "SR",
                    "surinamese_hindustani": "SR",
                    "antillean": "CW",
                }.get(self.R.group, r.choice(["MA", "TR", "PL", "SR"])),
            ),
            "mail": lambda: self.R.email(),
            "bsn": lambda: bsn(r),
            "iban": lambda: iban(r),
            "plate": lambda: plate(r),
            "case": lambda: case_nr(r, self.year),
            "case2": lambda: case_nr(r, self.year),
            "doc": lambda: docnr(r),
            "doc2": lambda: docnr(r),
            "rijb": lambda: "5" + "".join(str(r.randint(0, 9)) for _ in range(9)),
            "dob": lambda: dob(r),
            "dobF": lambda: dob(r),
            "pv": lambda: f"PL{r.randint(1000, 9999)}-{r.randint(2025, 2026)}{r.randint(100000, 999999)}",
        }
        return self.once("v:" + key, makers[key])

    def addr(self):
        return M("ADDRESS", f"{self.v('street')} {self.v('nr')}")

    def street(self):
        return M("ADDRESS", self.v("street"))

    def pc(self):
        return M("POSTCODE", self.v("pc"))

    def tel(self):
        return M("PHONE", self.v("tel"))

    def mail(self):
        return self.v("mail")

    def bsn(self):
        return M(
            "BSN",
            self.r.choice(
                [
                    self.v("bsn"),
                    self.v("bsn")[:4] + "." + self.v("bsn")[4:6] + "." + self.v("bsn")[6:],
                    self.v("bsn")[:3] + " " + self.v("bsn")[3:6] + " " + self.v("bsn")[6:],
                ]
            ),
        )

    def iban(self):
        return M("IBAN", iban_fmt(self.r, self.v("iban")))

    def plate(self):
        return M("LICENSE_PLATE", self.v("plate"))

    def case(self, k="case"):
        return M("CASE_NUMBER", self.v(k))

    def doc(self, k="doc"):
        return M("CASE_NUMBER", self.v(k))

    def dob(self, k="dob"):
        return M("DATE_OF_BIRTH", self.v(k))

    def date(self):
        r = self.r
        return f"{r.randint(1, 28)} {r.choice(MONTHS)} {self.year}"

    def ndate(self):
        r = self.r
        return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{self.year}"

    def wd(self):
        return K(self.r.choice(WEEKDAYS))

    def doctype(self):
        return self.once("doctype", lambda: self.r.choice(["paspoort", "identiteitskaart", "rijbewijs"]))

    def kcc(self):
        return K(f"14 {self.area}")

    def info(self):
        return K(f"info@{self.slug}.nl")

    def amount(self):
        return K(
            self.r.choice(
                [
                    "€ 84,70",
                    "€ 62,30",
                    "€ 1.250",
                    "€ 3.480",
                    "€ 47,50",
                    "€ 2.199",
                    "€ 412,16",
                    "€ 96,10",
                    "€ 18,95",
                    "€ 7.500",
                ]
            )
        )


# ---------------------------------------------------------------- body shapes (sentences about the case)


@body("theft_train")
def _(c):
    R = c.R
    return (
        f"Op {c.wd()} {K(c.date())} werd in de trein naar {K(c.place2)} de rugzak van {R.title()} "
        f"{R.full()} gestolen, met daarin {R.haar} {K(c.doctype())} en {K('bankpas')}."
    )


@body("lost_moving")
def _(c):
    R = c.R
    return (
        f"Tijdens de {K('verhuizing')} naar de {c.street()} is {R.haar} {c.doctype()} zoekgeraakt; "
        f"{R.zij} heeft alle {K('verhuisdozen')} twee keer doorzocht."
    )


@body("pickpocket_market")
def _(c):
    return (
        f"Op de {K('weekmarkt')} van {K(c.place)} werd {c.R.poss()} portemonnee uit een jaszak gerold. "
        f"Daarin zat ook het {K('rijbewijs')}."
    )


@body("car_breakin")
def _(c):
    return (
        f"In de nacht van {K(c.date())} werd ingebroken in de auto met {K('kenteken')} {c.plate()}, "
        f"die op naam staat van {c.R.full()}. Uit het {K('dashboardkastje')} verdwenen papieren en een pas."
    )


@body("lost_abroad")
def _(c):
    R = c.R
    return (
        f"{R.title().capitalize()} {R.sur()} raakte {R.haar} {K('paspoort')} kwijt op vakantie in "
        f"{K(c.r.choice(['Lissabon', 'Antalya', 'Marrakesh', 'Kraków', 'Paramaribo', 'Willemstad']))} en kreeg "
        f"via de {K('ambassade')} een {K('nooddocument')} om terug te reizen."
    )


@body("emergency_schiphol")
def _(c):
    return (
        f"De {K('Koninklijke Marechaussee')} op {K('Schiphol')} gaf {c.R.full()} op {K(c.date())} een "
        f"{K('noodpaspoort')}; dat is maar één reis geldig."
    )


@body("block_number")
def _(c):
    return (
        f"Het documentnummer {c.doc()} is na de {K('melding')} direct {K('gesignaleerd')} in het "
        f"{K('Register Paspoortsignaleringen')}, zodat niemand het nog kan gebruiken."
    )


@body("docnr_spelled")
def _(c):
    d = c.v("doc")
    return (
        f"Aan de telefoon spelde {c.R.sur()} het nummer letter voor letter: {M('CASE_NUMBER', '-'.join(d))}. "
        f"Het laatste teken is altijd een {K('cijfer')}, nooit een {K('letter')}."
    )


@body("docnr_o_zero")
def _(c):
    return (
        f"In het nummer {c.doc()} komt geen letter O voor; wat op een O lijkt is een nul. "
        f"De {K('verklaring')} was eerst met een tikfout opgemaakt en is op {K(c.date())} verbeterd."
    )


@body("found_again")
def _(c):
    R = c.R
    return (
        f"Twee weken later vond {R.fn()} de {c.doctype()} terug achter de {K('wasmachine')}. Een "
        f"{K('vermist')} document blijft ongeldig en moet bij de {K('balie')} worden ingeleverd."
    )


@body("fraud_registered")
def _(c):
    return (
        f"Bij een controle bleek dat ene {c.FR.full()} sinds {K(c.date())} op het adres {c.addr()} "
        f"staat ingeschreven, terwijl {c.R.sur()} die persoon niet kent. Er volgt een {K('adresonderzoek')}."
    )


@body("fraud_loan")
def _(c):
    return (
        f"Op naam van {c.R.full()} is bij een online kredietverstrekker een {K('lening')} van {c.amount()} "
        f"afgesloten; het geld is gestort op rekening {M('IBAN', iban_fmt(c.r, iban(c.r)))}, "
        f"die niet van {c.R.sur()} is."
    )


@body("fraud_phone_contract")
def _(c):
    return (
        f"Er zijn twee {K('telefoonabonnementen')} afgesloten met {c.R.poss()} gegevens en een kopie van "
        f"de {K('identiteitskaart')}. Het nummer {M('PHONE', phone(c.r))} is niet van {c.R.haar}."
    )


@body("fraud_webshop")
def _(c):
    fake = M(
        "EMAIL",
        f"{ascii_slug(c.R.first)}.{c.R.slug()}.{c.r.choice(['shop', 'bestel', 'pakket'])}"
        f"{c.r.randint(10, 99)}@{c.r.choice(PROVIDERS)}",
    )
    return (
        f"Iemand bestelde met het adres {fake} op {K('achteraf betalen')} kleding en elektronica. De "
        f"{K('incassobureaus')} sturen de rekeningen nu naar {c.R.title()} {c.R.sur()}."
    )


@body("cmi_referral")
def _(c):
    return (
        f"De medewerker wees op het {K('Centraal Meldpunt Identiteitsfraude')} ({K('CMI')}), dat helpt bij "
        f"contact met banken en de {K('RDW')}. Zaaknummer bij de gemeente: {c.case()}."
    )


@body("police_report")
def _(c):
    return (
        f"Van de {K('aangifte')} bij de {K('politie')} is een kopie bijgevoegd met nummer {M('CASE_NUMBER', c.v('pv'))}; "
        f"opgenomen door {K('hoofdagent')} {c.POL.full()}."
    )


@body("police_refuses")
def _(c):
    return (
        f"Het {K('politiebureau')} wilde eerst geen aangifte opnemen en stuurde {c.R.full()} door naar de "
        f"gemeente. Volgens {c.POL.ini()} van de {K('Basisteam')} is een {K('verklaring van vermissing')} genoeg."
    )


@body("bsn_misuse")
def _(c):
    return (
        f"Het {K('burgerservicenummer')} {c.bsn()} werd gebruikt bij een {K('uitzendbureau')} dat "
        f"een kopie van het {K('paspoort')} had bewaard."
    )


@body("iban_refund")
def _(c):
    return f"De {K('leges')} van {c.amount()} worden teruggestort op {c.iban()} ten name van {c.R.ini()}."


@body("photo_rejected")
def _(c):
    return (
        f"De {K('pasfoto')} van {c.R.fn()} werd afgekeurd: schaduw in het gezicht en een bril met "
        f"gekleurde glazen. Een nieuwe foto kan bij de {K('fotoautomaat')} in de hal."
    )


@body("signature")
def _(c):
    R = c.R
    return (
        f"Sinds een beroerte kan {R.title()} {R.sur()} niet meer tekenen; op de nieuwe pas komt "
        f"{K('zonder handtekening')} te staan. Een {K('mantelzorger')} "
        f"was bij de {K('aanvraag')} aanwezig."
    )


@body("fingerprints")
def _(c):
    return (
        f"Omdat de {K('vingerafdrukken')} van {c.R.full()} niet goed leesbaar waren, is een tweede "
        f"{K('afspraak')} gemaakt op {c.wd()} {K(c.date())}."
    )


@body("dual_nationality")
def _(c):
    return (
        f"{c.R.full()} heeft de Nederlandse en de {K(c.r.choice(['Marokkaanse', 'Turkse', 'Poolse', 'Braziliaanse', 'Ghanese']))} "
        f"{K('nationaliteit')}; het buitenlandse paspoort is niet gestolen en blijft {K('geldig')}."
    )


@body("foreign_passport_only")
def _(c):
    return (
        f"{c.R.Zij.capitalize()} heeft alleen een buitenlands paspoort, nummer {c.doc('doc2')}, en staat "
        f"niet in de {K('RNI')}. Inschrijving in de {K('BRP')} vraagt een {K('geboorteakte')}."
    )


@body("cannot_prove")
def _(c):
    R = c.R
    return (
        f"{R.title().capitalize()} {R.sur()} kan niet aantonen wie {R.zij} is: geen paspoort, geen "
        f"{K('verblijfsdocument')} en een {K('geboorteakte')} die in {K('Asmara')} niet meer op te vragen is."
    )


@body("family_also")
def _(c):
    F = c.F
    return (
        f"Ook {c.R.haar} {K(F.rel)} {F.full()} ontving brieven over een {K('energiecontract')} "
        f"dat {F.zij} niet heeft afgesloten."
    )


@body("neighbour_witness")
def _(c):
    return (
        (f"Buurvrouw {c.NB.full()} zag de post van {c.R.sur()} weken lang in een andere {K('brievenbus')} verdwijnen.")
        if c.NB.gender == "v"
        else (f"Buurman {c.NB.full()} zag een onbekende man de post van {c.R.sur()} uit de {K('brievenbus')} halen.")
    )


@body("counter_visit")
def _(c):
    return (
        f"{c.R.full()} meldde zich op {c.wd()} {K(c.date())} aan de {K('balie')} van het "
        f"{K('Stadskantoor')} met alleen een {K('bibliotheekpas')} als legitimatie."
    )


@body("phone_contact")
def _(c):
    return f"{c.R.Zij.capitalize()} is overdag bereikbaar op {c.tel()}, maar niet tijdens {K('werktijd')}."


@body("email_contact")
def _(c):
    return f"Stuur de {K('bevestiging')} alstublieft naar {c.mail()} en niet naar het oude adres."


@body("address_line")
def _(c):
    return f"Woonadres: {c.addr()}, {c.pc()} {K(c.place)}."


@body("bsn_line")
def _(c):
    return f"{K('BSN')}: {c.bsn()} ({K('gecontroleerd')} in de {K('BRP')})."


@body("dob_line")
def _(c):
    k = c.r.randint(0, 3)
    if k == 0:
        return f"{c.R.full()}, geboren {c.dob()} te {K(c.place2)}."
    if k == 1:
        return f"{c.R.full()} ({c.dob()}) is {K('vertegenwoordiger')} van het gezin."
    if k == 2:
        return f"Geb.datum {c.dob()} — komt overeen met de {K('gegevens')} in de {K('BRP')}."
    return f"{c.R.ini()}, {c.dob()}, {c.addr()}."


@body("plate_fines")
def _(c):
    return (
        f"Voor de auto met kenteken {c.plate()}, die {c.R.sur()} nooit heeft gehad, kwamen drie "
        f"{K('parkeerboetes')} binnen van samen {c.amount()}."
    )


@body("driving_licence")
def _(c):
    return (
        f"Het {K('rijbewijs')} met nummer {M('CASE_NUMBER', c.v('rijb'))} is bij de {K('RDW')} ongeldig "
        f"gemaakt; een nieuw rijbewijs is na vijf {K('werkdagen')} op te halen."
    )


@body("rdw_registration")
def _(c):
    return (
        f"Bij de {K('RDW')} bleek kenteken {c.plate()} sinds {K(c.date())} op naam van {c.R.full()} te "
        f"staan, met een {K('verzekering')} die nooit is betaald."
    )


@body("post_diverted")
def _(c):
    return (
        f"Via de {K('doorzendservice')} werd de post van {c.addr()} zonder toestemming naar een ander "
        f"adres gestuurd, op naam van {c.R.ini()}."
    )


@body("digid")
def _(c):
    return (
        f"Met de gegevens van {c.R.fn()} is een nieuwe {K('DigiD')} aangevraagd; de activeringscode werd "
        f"onderschept. De {K('Belastingdienst')} is ingelicht."
    )


@body("bank_blocked")
def _(c):
    return (
        f"De {K('bank')} heeft rekening {c.iban()} tijdelijk geblokkeerd na een verdachte "
        f"{K('overboeking')} van {c.amount()}."
    )


@body("bkr")
def _(c):
    return (
        f"Bij het {K('BKR')} staat een {K('achterstandscodering')} op naam van {c.R.full()}, geboren "
        f"{c.dob()}, voor een krediet dat {c.R.zij} niet kent."
    )


@body("debt_collector")
def _(c):
    return (
        f"Een {K('deurwaarder')} stond op {c.wd()} aan de deur van {c.addr()} voor een vordering van "
        f"{c.amount()} op naam van {c.R.sur()}."
    )


@body("child_document")
def _(c):
    F = c.F
    return (
        f"Ook de {K('identiteitskaart')} van {F.fn()} ({F.rel}, {c.dob('dobF')}) zat in de gestolen tas; "
        f"voor een minderjarige tekenen beide {K('ouders')}."
    )


@body("briefadres")
def _(c):
    return (
        f"{c.R.full()} heeft geen vaste woonplek en krijgt een {K('briefadres')} bij de "
        f"{K('maatschappelijke opvang')} aan de {c.street()}."
    )


@body("interpreter")
def _(c):
    return (
        f"Het gesprek met {c.R.title()} {c.R.sur()} verliep met een {K('tolk')} "
        f"{K(c.r.choice(['Tigrinya', 'Arabisch', 'Pools', 'Turks', 'Somalisch', 'Oekraïens']))} via de telefoon."
    )


@body("fee")
def _(c):
    return (
        f"Voor een nieuwe {c.doctype()} na {K('vermissing')} geldt het gewone {K('tarief')}; de "
        f"{K('spoedlevering')} kost {c.amount()} extra."
    )


@body("official_says")
def _(c):
    O = c.O
    return (
        f"Volgens {O.full()}, {K(O.func)} bij {K(O.dept)}, is de {K('aanvraag')} compleet zodra de "
        f"oude {K('pas')} is ingeleverd."
    )


@body("official_initials")
def _(c):
    O = c.O2
    return f"Behandeld door {O.ini()} ({K(O.dept)}), tel. {K(f'14 {c.area}')}, op {K(c.ndate())}."


@body("escalation")
def _(c):
    return (
        f"Omdat {c.R.sur()} na drie maanden nog geen nieuw document had, diende {c.R.zij} een "
        f"{K('klacht')} in bij de {K('Nationale ombudsman')} (dossier {c.case('case2')})."
    )


@body("letters_between")
def _(c):
    return (
        f"In de brief van de politie aan {K('Burgerzaken')} staat {c.R.poss()} naam verkeerd gespeld; "
        f"het kenmerk {c.case()} klopt wel."
    )


@body("social_media")
def _(c):
    return (
        f"Met {c.R.poss()} foto's is op Instagram een nepaccount {c.R.handle()} gemaakt dat "
        f"{K('vrienden')} om geld vraagt."
    )


@body("attachments")
def _(c):
    s = c.R.slug()
    return (
        f"{K('Bijlagen')}: aangifte-{M('PERSON', s)}.pdf, kopie-bankafschrift-{M('PERSON', s)}.jpg en "
        f"een scan van de {K('brief')} van de {K('kredietverstrekker')}."
    )


@body("lowercase_msg")
def _(c):
    return (
        f"ps ik heet {c.R.low()} en mijn {K('moeder')} zegt dat ik ook {K('huurtoeslag')} mis omdat "
        f"iemand anders op ons adres staat"
    )


@body("caps_heading")
def _(c):
    return f"DOSSIER {c.R.up()} — {K('IDENTITEITSFRAUDE')} — {K(c.ndate())}"


@body("verification_questions")
def _(c):
    return (
        f"Aan de balie zijn {K('controlevragen')} gesteld over de {K('ouders')} en eerdere adressen; "
        f"{c.R.sur()} kon ze allemaal beantwoorden."
    )


@body("witnesses")
def _(c):
    return f"Twee {K('getuigen')}, {c.NB.full()} en {c.F.full()}, verklaren onder ede dat de aanvrager {c.R.full()} is."


@body("embassy")
def _(c):
    return (
        f"De {K('ambassade')} vraagt voor een nieuw paspoort eerst een {K('belastingverklaring')}; "
        f"{c.R.fn()} weigert die te tekenen."
    )


@body("ind_document")
def _(c):
    return (
        f"Het {K('verblijfsdocument')} van {c.R.full()} is bij de {K('IND')} als vermist gemeld; een "
        f"vervangend document kost {c.amount()}."
    )


@body("name_spelling")
def _(c):
    R = c.R
    alt = R.first + ("h" if R.first[-1] in "aeiou" else "e")
    alt_full = M("PERSON", f"{alt} {R.s_sur(False).upper()}")
    return (
        f"In het buitenlandse paspoort staat de naam als {alt_full}, in de {K('BRP')} als {R.full()}. "
        f"Die {K('transliteratie')} leidt tot vragen bij elke {K('instantie')}."
    )


@body("rent_contract")
def _(c):
    return (
        f"Een {K('verhuurder')} in {K(c.place2)} heeft een {K('huurcontract')} opgesteld op naam van "
        f"{c.R.ini()}, met een kopie van het gestolen document {c.doc()}."
    )


@body("toeslagen")
def _(c):
    return (
        f"De {K('Dienst Toeslagen')} betaalde {K('zorgtoeslag')} uit op rekening "
        f"{M('IBAN', iban_fmt(c.r, iban(c.r)))}, die op een onbekende naam staat."
    )


@body("kopieid")
def _(c):
    return (
        f"Aan {c.R.title()} {c.R.sur()} is uitgelegd hoe de app {K('KopieID')} het BSN en de foto op een "
        f"kopie afschermt."
    )


@body("home_visit")
def _(c):
    return (
        f"Bij het {K('huisbezoek')} op {c.addr()} deed een man open die zich {c.FR.fn()} noemde; volgens "
        f"hem woont {c.R.sur()} daar al jaren niet meer."
    )


@body("timeline_entry")
def _(c):
    return (
        f"{K(c.ndate())} {K('aangifte')} — {K(c.ndate())} {K('signalering')} — {K(c.ndate())} nieuwe pas "
        f"uitgereikt aan {c.R.ini()}"
    )


@body("appointment")
def _(c):
    return (
        f"De {K('afspraak')} staat op {c.wd()} {K(c.date())} om 10.40 uur; neem een recente pasfoto en "
        f"het proces-verbaal mee."
    )


@body("abroad_phone")
def _(c):
    return f"Tijdens het verblijf in het buitenland was {c.R.fn()} alleen bereikbaar op {M('PHONE', c.v('telx'))}."


@body("family_possessive")
def _(c):
    F = c.F
    return (
        f"{F.poss()} {K('studiefinanciering')} werd ook aangevraagd met het gestolen document; "
        f"{F.zij} is {c.R.haar} {F.rel}."
    )


@body("deceased_father")
def _(c):
    return (
        (
            f"Na het overlijden van {c.R.haar} vader {M('PERSON', c.F.first)} is diens paspoort nooit "
            f"ingeleverd; iemand gebruikt het nu bij een {K('autoverhuurbedrijf')}."
        )
        if c.F.gender == "m"
        else (
            f"Het paspoort van {c.F.full()}, die in {K('Suriname')} woont, werd in Nederland gebruikt bij een "
            f"{K('autoverhuurbedrijf')}."
        )
    )


@body("bank_letter_email")
def _(c):
    return f"De {K('fraudeafdeling')} van de bank mailde naar {c.mail()} dat rekening {c.iban()} weer vrijgegeven is."


@body("mediator_line")
def _(c):
    return (
        f"{K('Bemiddelaar')} {c.MED.full()} sprak op {K(c.date())} met {c.R.sur()} en "
        f"{K('Burgerzaken')} en stelt een {K('identiteitsonderzoek')} voor."
    )


@body("postcode_mismatch")
def _(c):
    return (
        f"Op de brief van de kredietverstrekker staat postcode {c.pc()}, maar het huisnummer hoort bij "
        f"een {K('bedrijfspand')} in {K(c.place)}."
    )


@body("generic_contact")
def _(c):
    return f"Vragen? Bel {c.kcc()} of mail {c.info()}; vermeld altijd het {K('zaaknummer')} {c.case()}."


@body("phone_spoof")
def _(c):
    return (
        f"Een beller die zich voordeed als {K('bankmedewerker')} vroeg {c.R.fn()} om de pincode; het "
        f"nummer op het scherm was {M('PHONE', phone(c.r))}."
    )


@body("dob_mismatch")
def _(c):
    return (
        f"Op de lening staat als geboortedatum {c.dob()}, maar de aanvrager bij de kredietverstrekker "
        f"gaf een andere {K('leeftijd')} op."
    )


@body("biometrics_child")
def _(c):
    return (
        f"Kinderen onder de twaalf geven geen {K('vingerafdrukken')}; voor {c.F.fn()} was dus alleen een "
        f"{K('pasfoto')} nodig."
    )


# ---------------------------------------------------------------- document kinds (frame around body shapes)


def bodies(c, k):
    names = c.r.sample(sorted(BODY), k)
    c.used += names
    return [BODY[n](c) for n in names]


def known_line(c):
    if not c.known:
        return []
    c.used.append("known:" + c.known[1].lower())
    return [c.known[3].format(w=K(c.known[1].lower()))]


def body_block(c, k, sep=" "):
    parts = bodies(c, k)
    kl = known_line(c)
    if kl:
        parts.insert(c.r.randint(0, len(parts)), kl[0])
    return sep.join(parts)


@doc_kind("counter_note")
def _(c):
    return (
        f"{K('BALIENOTITIE')} {K('Burgerzaken')} {K(c.place)} — {K(c.ndate())}\n"
        f"{K('Klant')}: {c.R.full()}\n" + body_block(c, 3) + f"\n{K('Medewerker')}: {c.O.ini()}"
    )


@doc_kind("loss_form")
def _(c):
    return (
        f"{K('VERKLARING VAN VERMISSING')}\n{K('Naam')}: {c.R.up()}, "
        f"{c.R.fn()}\n{K('Geboortedatum')}: {c.dob()}\n{K('Adres')}: {c.addr()}, {c.pc()} {K(c.place)}\n"
        f"{K('BSN')}: {c.bsn()}\n{K('Documentsoort')}: {K(c.doctype())}\n{K('Documentnummer')}: {c.doc()}\n{K('Omstandigheden')}: "
        + body_block(c, 2)
    )


@doc_kind("resident_email")
def _(c):
    return (
        f"{K('Onderwerp')}: gestolen {c.doctype()} en rare brieven\n\nBeste {K('medewerker')},\n\n"
        + body_block(c, 3)
        + f"\n\nMet vriendelijke groet,\n{c.R.full()}\n{c.tel()}"
    )


@doc_kind("whatsapp")
def _(c):
    return (
        f"[{K(c.ndate())} 21:14] {c.R.fn()}: hoi ik ben mijn {c.doctype()} kwijt en nu staat er iemand "
        f"ingeschreven op mijn adres??\n[21:16] {K('Gemeente')} {K(c.place)}: Vervelend! Kunt u meer vertellen?\n"
        f"[21:20] {c.R.fn()}: " + body_block(c, 2)
    )


@doc_kind("municipal_letter")
def _(c):
    R = c.R
    return (
        f"{R.ini()}\n{c.addr()}\n{c.pc()} {K(c.place)}\n\nOns kenmerk: {c.case()}\n{K('Datum')}: "
        f"{K(c.date())}\n\nGeachte {R.title().replace('mw.', 'mevrouw').replace('mevr.', 'mevrouw').replace('dhr.', 'heer').replace('de heer', 'heer').replace('meneer', 'heer')} {R.sur()},\n\n"
        + body_block(c, 3)
        + f"\n\nMet vriendelijke groet,\n\n{c.O.full()}\n{K(c.O.func)}, {K(c.O.dept)}"
    )


@doc_kind("police_summary")
def _(c):
    return (
        f"{K('POLITIE')} — {K('Eenheid')} {K(c.r.choice(['Oost-Nederland', 'Midden-Nederland', 'Rotterdam', 'Zeeland-West-Brabant', 'Noord-Holland']))}\n"
        f"{K('Samenvatting')} {K('proces-verbaal')} {M('CASE_NUMBER', c.v('pv'))}\n{K('Aangever')}: {c.R.full()}, "
        f"{c.dob()}\n" + body_block(c, 2) + f"\n{K('Verbalisant')}: {c.POL.ini()}"
    )


@doc_kind("mediator_summary")
def _(c):
    R = c.R
    return (
        f"{K('Samenvatting')} van de {K('bemiddeling')} ({c.case()})\n"
        f"{R.full()} kan sinds {K(c.date())} niet bewijzen wie {R.zij} is. "
        + body_block(c, 3)
        + f"\n{K('Advies')}: een {K('identiteitsonderzoek')} door {K('Burgerzaken')}.\n— {c.MED.full()}, "
        f"{K('ombudsfunctionaris')}"
    )


@doc_kind("internal_memo")
def _(c):
    return (
        f"{K('Memo')} aan {K('Team Adreskwaliteit')}\nVan: {c.O.full()}\n{K('Betreft')}: mogelijke "
        f"{K('fraude')} met inschrijving op {c.addr()}\n\n" + body_block(c, 3)
    )


@doc_kind("phone_log")
def _(c):
    return (
        f"{K('Telefoonnotitie')} {K(c.ndate())}, 09:52 uur\n{K('Beller')}: {c.R.title()} {c.R.sur()}, "
        f"terugbelnummer {c.tel()}\n" + body_block(c, 2, "\n") + f"\nAfgehandeld door {c.O.fn()}."
    )


@doc_kind("cmi_form")
def _(c):
    return (
        f"{K('Doorverwijzing')} {K('CMI')}\n{K('Naam melder')}: {c.R.full()}\n{K('Geboren')}: "
        f"{c.dob()}\nBSN {c.bsn()}\n{K('E-mail')}: {c.mail()}\n{K('Toelichting')}: " + body_block(c, 2)
    )


@doc_kind("noodpaspoort_note")
def _(c):
    return (
        f"{K('Aanvraag')} {K('noodpaspoort')} — {K('reisdatum')} {K(c.date())}\n{c.R.full()} "
        f"(geboren {c.dob()}) " + body_block(c, 2) + f"\n{K('Spoed')}: ja. Paraaf {c.O.ini()}."
    )


@doc_kind("complaint_form")
def _(c):
    return (
        f"{K('Klachtformulier')}\nNaam: {c.R.full()}\nAdres: {c.addr()}\nPostcode: {c.pc()}\n"
        f"Telefoon: {c.tel()}\nBurgerservicenummer: {c.bsn()}\nWaar gaat uw klacht over?\n" + body_block(c, 2)
    )


@doc_kind("sms")
def _(c):
    return (
        f"SMS van {c.tel()}: " + body_block(c, 1) + f" groet {c.R.fn()}\n"
        f"{K('Antwoord')} {K('Klantcontactcentrum')}: bel {c.kcc()}, dan maken we een {K('afspraak')}. "
        + body_block(c, 1)
    )


@doc_kind("address_report")
def _(c):
    return (
        f"{K('RAPPORT')} {K('ADRESONDERZOEK')} {c.case()}\n{K('Onderzoeksadres')}: {c.addr()}, {c.pc()}\n"
        f"{K('Ingeschreven')}: {c.FR.full()} en {c.R.full()}\n"
        + body_block(c, 2)
        + f"\n{K('Conclusie')}: uitschrijving van {c.FR.sur()} volgt."
    )


@doc_kind("decision_letter")
def _(c):
    return (
        f"{K('BESLUIT')}\n{K('De burgemeester')} van {K(c.place)} besluit dat document {c.doc()} van "
        f"{c.R.full()} ({c.dob()}) vervalt. " + body_block(c, 2) + f"\n{K('Bezwaar')} is mogelijk binnen zes weken."
    )


@doc_kind("letter_from_abroad")
def _(c):
    return (
        f"Dear municipality / {K('Geachte gemeente')},\n"
        + body_block(c, 3)
        + f"\nAdres buitenland: {K(c.r.choice(['Casablanca', 'Izmir', 'Gdańsk', 'Paramaribo', 'Porto']))}, "
        f"tel. {M('PHONE', c.v('telx'))}\n{c.R.full()}"
    )


@doc_kind("appointment_confirmation")
def _(c):
    return (
        f"{K('Bevestiging')} van uw {K('afspraak')}\nBeste {c.R.fn()},\n"
        + body_block(c, 2)
        + f"\nZet u deze mail niet door; hij is alleen voor {c.mail()}.\n{K('Team Reisdocumenten')}"
    )


@doc_kind("timeline")
def _(c):
    items = bodies(c, 3) + known_line(c)
    return f"{K('Tijdlijn')} {c.case()} — {c.R.full()}\n" + "\n".join("• " + x for x in items)


@doc_kind("web_form")
def _(c):
    return (
        f"formulier=melding-vermissing\nvoornaam={c.R.fn()}\nachternaam={c.R.sur()}\n"
        f"geboortedatum={c.dob()}\nbsn={M('BSN', c.v('bsn'))}\nemail={c.mail()}\ntelefoon={c.tel()}\n{K('toelichting')}="
        + body_block(c, 2)
    )


@doc_kind("debt_intake")
def _(c):
    return (
        f"{K('Intake')} {K('Schuldhulpverlening')} — {K(c.date())}\n{c.R.full()} komt met een tas vol "
        f"brieven. " + body_block(c, 3) + f"\n{K('Vervolg')}: samen met {c.O.full()} naar het {K('CMI')}."
    )


@doc_kind("provider_letter")
def _(c):
    return (
        f"Aan: {K('afdeling Fraude')}, {K(c.r.choice(['Odido', 'KPN', 'Vodafone', 'Lebara']))}\ncc: "
        f"{K('Burgerzaken')} {K(c.place)}\n\nIk, {c.R.full()}, {c.addr()}, heb nooit een abonnement bij u "
        f"afgesloten. " + body_block(c, 2) + f"\n{c.R.ini()}"
    )


@doc_kind("handover")
def _(c):
    return (
        f"{K('Overdracht')} voor {c.O2.fn()}: "
        + body_block(c, 3)
        + f" Wil jij {c.R.sur()} morgen terugbellen? Groet, {c.O.fn()}"
    )


@doc_kind("meeting_minutes")
def _(c):
    return (
        f"{K('Verslag')} {K('casusoverleg')} {K('identiteitsfraude')}, {K(c.date())}\n{K('Aanwezig')}: "
        f"{c.O.full()} ({K(c.O.dept)}), {c.POL.full()} ({K('politie')}), {c.MED.full()}\n"
        f"{K('Casus')} {c.R.ini()}: " + body_block(c, 3)
    )


@doc_kind("photo_check")
def _(c):
    return (
        f"{K('Controle')} {K('pasfoto')} en {K('handtekening')} — {c.R.full()}\n"
        + body_block(c, 2)
        + f"\nResultaat: opnieuw aanleveren vóór {K(c.date())}."
    )


# ---------------------------------------------------------------- documents and gates


def shapes_registered() -> list[str]:
    return sorted(DOC_KINDS) + sorted(BODY)


def build(i: int, stream: str) -> tuple[dict, list[str]]:
    r = random.Random(stream)
    known = KNOWN[(i // 4) % len(KNOWN)] if i % 4 == 1 else None
    c = Ctx(r, known)
    kinds = sorted(DOC_KINDS)
    kind = kinds[(i * 7 + r.randint(0, 2)) % len(kinds)]
    c.used.append(kind)
    marked = DOC_KINDS[kind](c)
    text, pii, keep = render(marked)
    d = {"id": f"fresh34f-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        kd = {"names": [c.R.s_full()]}
        if "v:mail" in c._cache:
            kd["emails"] = [re.sub(r"^«EMAIL\|(.*)»$", r"\1", c._cache["v:mail"])]
        if "v:tel" in c._cache:
            kd["phones"] = [c._cache["v:tel"]]
        d["known"] = kd
    return d, c.used


def _words(s: str) -> list[str]:
    return [w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1]


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= set(_words(n))
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= set(_words(item["text"]))
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words:
                if (
                    k == k.lower()
                    and w in known_words
                    and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"])
                ):
                    continue
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        name = doc["known"]["names"][0]
        if not any(k == k.lower() and set(_words(k)) & set(_words(name)) for k in doc["keep"]):
            return "known name without its ordinary use in keep"
    return None


def generate() -> tuple[list[dict], dict]:
    docs, info = [], {"redraws": 0, "reasons": Counter(), "shapes_used": Counter()}
    for i in range(N_DOCS):
        stream, attempt = f"{SEED}-{i}", 0
        while True:
            d, used = build(i, stream)
            reason = gate(d)
            if reason is None:
                break
            attempt += 1
            info["redraws"] += 1
            info["reasons"][reason.split(":")[0].split(" ")[0]] += 1
            stream = f"{SEED}-{i}-{attempt}"
            assert attempt < 50, (i, reason)
        info["shapes_used"].update(u for u in used if not u.startswith("known:"))
        docs.append(d)
    return docs, info


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, info = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh34f_texts.jsonl is up to date" if same else "fresh34f_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:15s} {labels[lab]}")
        print(f"  {'total':15s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(shapes_registered())} ({len(DOC_KINDS)} document kinds, "
            f"{len(BODY)} body shapes); used: {len(info['shapes_used'])}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {info['redraws']} {dict(sorted(info['reasons'].items()))}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
