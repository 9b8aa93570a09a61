#!/usr/bin/env python3
"""Seeded generator of the blind anonymizer corpus fresh33c: the countryside (farmers, villages, water boards and
rural roads). Written blind by helper A3 in round twenty-seven.

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh33c/make_fresh33c.py            write fresh33c_texts.jsonl
    python tests/anonymizer/fresh33c/make_fresh33c.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh33c/make_fresh33c.py --stats    counts per label, shapes, known names, redraws
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
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

from fresh33c_names import KNOWN, ORIGINS, PARTICLE_STEMS, PARTICLES  # noqa: E402

_spec = importlib.util.spec_from_file_location("fresh33c_score", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

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
SEED = 20261273
N_DOCS = 300
OUT = HERE / "fresh33c_texts.jsonl"
SCORE_PARTICLES = _score.PARTICLES

# ---------------------------------------------------------------- shape registry
SHAPES: dict[str, str] = {}  # name -> kind ("document" or "sentence")
DOC_KINDS: list = []
SENTENCES: list = []


def document(fn):
    SHAPES["doc:" + fn.__name__] = "document"
    DOC_KINDS.append(fn)
    return fn


def sentence(fn):
    SHAPES["sent:" + fn.__name__] = "sentence"
    SENTENCES.append(fn)
    return fn


# ---------------------------------------------------------------- numbers
def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r: random.Random) -> str:
    bank = r.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "RBRB", "BUNQ"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bank + acct + "NL00") % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s)) and _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(r, s):
    st = r.randint(0, 3)
    if st == 0:
        return s
    if st == 1:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if st == 2:
        return s.lower() if r.random() < 0.3 else " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s[:4] + " " + s[4:8] + " " + s[8:]


def fmt_bsn(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


AREA = [
    "0591",
    "0592",
    "0593",
    "0594",
    "0595",
    "0596",
    "0597",
    "0598",
    "0599",
    "0511",
    "0512",
    "0513",
    "0514",
    "0515",
    "0516",
    "0517",
    "0518",
    "0519",
    "0521",
    "0522",
    "0523",
    "0524",
    "0525",
    "0527",
    "0528",
    "0529",
    "0541",
    "0543",
    "0544",
    "0545",
    "0546",
    "0547",
    "0548",
    "0573",
    "0575",
    "0314",
    "0315",
    "0344",
    "0345",
    "0411",
    "0413",
    "0416",
    "0418",
    "0475",
    "0478",
    "0492",
    "0493",
    "0495",
    "0497",
    "0499",
    "0113",
    "0114",
    "0115",
    "0117",
    "0118",
]


def phone(r: random.Random) -> str:
    if r.random() < 0.5:
        n = "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"06-{n}",
                f"06 {n[:4]} {n[4:]}",
                f"+31 6 {n[:4]} {n[4:]}",
                f"0031 6 {n}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+316{n}",
                f"(06) {n}",
            ]
        )
    a = r.choice(AREA)
    n = "".join(str(r.randint(0, 9)) for _ in range(6))
    return r.choice(
        [
            f"{a}-{n}",
            f"({a}) {n[:2]} {n[2:4]} {n[4:]}",
            f"{a} - {n}",
            f"+31 (0){a[1:]} {n[:2]} {n[2:4]} {n[4:]}",
            f"{a} {n[:3]} {n[3:]}",
            f"+31 {a[1:]} {n}",
        ]
    )


LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(r: random.Random, tractor=False) -> str:
    L = lambda k: "".join(r.choice(LETTERS) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if tractor:
        return r.choice([f"V{L(1)}-{D(2)}-{L(2)}", f"V{L(2)}-{D(2)}-{L(1)}", f"V{L(1)}-{D(3)}-{L(1)}"])
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )


def case_no(r: random.Random, kind: str = "") -> str:
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    y = r.choice(["25", "26"])
    forms = {
        "omv": [f"OMV-20{y}-{D(5)}", f"20{y}.OMV.{D(4)}", f"Z/{y}/{D(5)}"],
        "ws": [f"WS.{y}.{D(4)}-K", f"WSV/{y}/{D(4)}", f"LEG-{D(3)}-{y}"],
        "hh": [f"HZ-BG-20{y}-{D(4)}", f"ODR/VTH/20{y}/{D(4)}", f"TBG{y}-{D(5)}"],
        "bz": [f"BZ {y}.{D(4)}", f"BZW/20{y}/{D(3)}", f"bc-{y}-{D(4)}"],
        "kt": [f"KTG-{y}-{D(4)}", f"BEM.{y}.{D(3)}"],
        "mld": [f"MLD-{y}{D(4)}-{D(2)}", f"M{y}.{D(6)}", f"SIG-{D(6)}"],
        "sub": [f"DI-{y}-{D(3)}", f"SUB/{y}/{D(4)}/LF"],
    }
    pool = forms.get(kind) or [x for v in forms.values() for x in v]
    return r.choice(pool)


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


def dob(r: random.Random) -> tuple[str, str]:
    """(cue, date) in many styles; cue may be empty."""
    y, m, dd = r.randint(1936, 2004), r.randint(1, 12), r.randint(1, 28)
    st = r.randint(0, 10)
    if st == 0:
        return "geboren op", f"{dd} {MONTHS[m - 1]} {y}"
    if st == 1:
        return "geb.", f"{dd:02d}-{m:02d}-{y}"
    if st == 2:
        return "geboortedatum:", f"{dd:02d}/{m:02d}/{y}"
    if st == 3:
        return "°", f"{dd}.{m}.{y}"
    if st == 4:
        return "*", f"{y}-{m:02d}-{dd:02d}"
    if st == 5:
        return "geb.", f"{dd} {MON3[m - 1]} '{y % 100:02d}"
    if st == 6:
        return "", f"{dd}-{m}-{y}"
    if st == 7:
        return "geboren", f"de {dd}e van {MONTHS[m - 1]} {y}"
    if st == 8:
        return "geb.datum", f"{y}{m:02d}{dd:02d}"
    if st == 9:
        return "", f"{dd} {MONTHS[m - 1].capitalize()} {y}"
    return "geboren", f"{dd}-{MON3[m - 1].rstrip('.')}-{y}"


def ordinary_date(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(MONTHS)} 2026"


def amount(r: random.Random) -> str:
    return r.choice(
        [
            f"€ {r.randint(2, 95)}.{r.choice(['000', '500', '250'])}",
            f"€ {r.randint(120, 990)},-",
            f"{r.randint(2, 40)}.000 euro",
        ]
    )


# ---------------------------------------------------------------- places
VILLAGES = [
    "Wierumerbroek",
    "Haulerveen",
    "Eesterzand",
    "Noordlaarwold",
    "Oudemolen",
    "Tjalleberd-Oost",
    "Zuidveld",
    "Heeserveen",
    "Lutteresch",
    "Ommerschans",
    "Dedemsvaart-Noord",
    "Beerzerveld",
    "Gasselterboer",
    "Hoogkerk-Zand",
    "Westerbroek",
    "Kalenberg",
    "Zandpol",
    "Nieuw-Schoonebeek",
    "Vledderveen",
    "Boazum",
    "Oosterend",
    "Sexbierum",
    "Kloosterburen",
    "Pieterzijl",
    "Ootmarsum-Buiten",
    "Haaksbergerveen",
    "Lievelde",
    "Zieuwent",
    "Heeten",
    "Broekland",
    "Lemelerveld",
    "Deurne-Zeilberg",
    "Helenaveen",
    "Grubbenvorst",
    "Ospel",
    "Meterik",
    "Biervliet",
    "Hoofdplaat",
    "Kwadendamme",
    "Ovezande",
    "Gorssel-Eik",
    "Eefde",
    "Sinderen",
    "Varsselder",
]
GEMEENTEN = [
    "Hunzedal",
    "Reestland",
    "Lingeland",
    "Dinkeloord",
    "Peelrand",
    "Eemvallei",
    "Vechterweerd",
    "Marnedijk",
    "Aa-Lande",
    "Berkelmonde",
    "Oldambtveld",
    "Schelderland",
]
WATERSCHAPPEN = [
    "Waterschap Veenstromen",
    "Waterschap Dinkelmonde",
    "Waterschap Lingebroek",
    "Waterschap Eemvallei",
    "Waterschap Hunze en Reest",
    "Wetterskip Boarnstream",
    "Waterschap Peel en Maasvallei",
]
ST_PRE = [
    "Veen",
    "Molen",
    "Kerk",
    "Hooi",
    "Zand",
    "Broek",
    "Heide",
    "Rogge",
    "Schapen",
    "Mars",
    "Kamp",
    "Esch",
    "Gaast",
    "Hamrik",
    "Wierde",
    "Klooster",
    "Tolhek",
    "Pol",
    "Lage",
    "Hoge",
    "Koeien",
    "Eiken",
    "Berken",
    "Turf",
    "Zuivel",
    "Wind",
    "Mast",
    "Loo",
    "Vlas",
    "Boekweit",
]
ST_SUF = [
    "weg",
    "dijk",
    "laan",
    "pad",
    "kade",
    "dreef",
    "wijk",
    "stege",
    "mars",
    "akkers",
    "hoek",
    "zijl",
    "wijkseweg",
    "drift",
    "slag",
    "maden",
]
ST_EXTRA = [
    "Oude Rijksweg",
    "Noorder Achterweg",
    "Zuiderdiep",
    "Tweede Exloërmond",
    "Kanaal Oost",
    "Boerhaar",
    "Achterom",
    "Oosterdiep WZ",
    "Middenweg Noord",
]


def street(r):
    if r.random() < 0.12:
        return r.choice(ST_EXTRA)
    return r.choice(ST_PRE) + r.choice(ST_SUF)


def house_no(r):
    n = r.randint(1, 160)
    return r.choice([str(n), str(n), f"{n}a", f"{n}-{r.randint(1, 4)}", f"{n}B", f"{n} A"])


def postcode(r):
    c = f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    return c if r.random() < 0.75 else c.replace(" ", "")


# ---------------------------------------------------------------- persons
def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, particle, last, female, origin):
        self.first, self.particle, self.last, self.female, self.origin = first, particle, last, female, origin

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    @property
    def sur(self):
        return " ".join(x for x in (self.particle, self.last) if x)

    @property
    def Sur(self):
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def ini(self):
        return f"{self.first[0]}. {self.sur}"


ORIGIN_WEIGHTS = {
    "dutch": 10,
    "dutch_particle": 8,
    "frisian": 5,
    "lowsaxon": 5,
    "southern": 3,
    "flemish": 2,
    "german": 2,
}


def make_person(
    r: random.Random,
    origin: str | None = None,
    female: bool | None = None,
    last: str | None = None,
    particle: str | None = None,
) -> Person:
    if origin is None:
        names = list(ORIGINS) + ["dutch_particle"]
        origin = r.choices(names, weights=[ORIGIN_WEIGHTS.get(n, 1) for n in names])[0]
    if female is None:
        female = r.random() < 0.5
    base = "dutch" if origin == "dutch_particle" else origin
    males, females, pre, suf = ORIGINS[base]
    first = r.choice(females if female else males)
    part = ""
    if last is None:
        if origin == "dutch_particle":
            part = r.choice(PARTICLES)
            last = r.choice(PARTICLE_STEMS[0]) + r.choice(PARTICLE_STEMS[1])
        else:
            last = r.choice(pre) + r.choice(suf)
            if origin == "polish" and female and last.endswith("ski"):
                last = last[:-1] + "a"
            if origin == "bulgarian" and female:
                last += "a"
            if origin == "lithuanian" and female:
                last = re.sub(r"(as|is|us)$", "ienė", last)
    else:
        part = particle or ""
    return Person(first, part, last, female, origin)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r: random.Random, known_word: str | None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.persons: list[Person] = []
        self.village = r.choice(VILLAGES)
        self.gemeente = r.choice(GEMEENTEN)
        self.ws = r.choice(WATERSCHAPPEN)
        self.known_word = known_word
        self.known_emails: list[str] = []
        self.known_phones: list[str] = []
        if known_word:
            part, _ = KNOWN[known_word]
            self.p0 = make_person(r, origin="dutch", last=known_word, particle=part)
        else:
            self.p0 = make_person(r)
        self.persons.append(self.p0)
        self.p0_phone = None
        self.p0_email = None

    # registration
    def add(self, text: str, label: str) -> str:
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def new(self, **kw) -> Person:
        for _ in range(20):
            p = make_person(self.r, **kw)
            if all(p.last != q.last and p.first != q.first for q in self.persons):
                break
        self.persons.append(p)
        return p

    # person forms
    def full(self, p):
        return self.add(p.full, "PERSON")

    def sur(self, p):
        return self.add(p.sur, "PERSON")

    def Sur(self, p):
        return self.add(p.Sur, "PERSON")

    def first(self, p):
        return self.add(p.first, "PERSON")

    def ini(self, p):
        return self.add(p.ini, "PERSON")

    def upper(self, p):
        return self.add(p.full.upper() if self.r.random() < 0.5 else p.sur.upper(), "PERSON")

    def poss(self, p):
        s = p.sur
        s = s + ("'" if s[-1] in "sxz" else "'s" if s[-1] in "aeiouy" else "s")
        return self.add(s, "PERSON")

    def lower_handle(self, p):
        return self.add(re.sub(r"[^a-z]", "", ascii_fold(p.last).lower()), "PERSON")

    def title(self, p):
        return self.r.choice(["mevrouw", "mevr.", "mw."] if p.female else ["de heer", "dhr.", "meneer"])

    def ref(self, p):
        """a later mention: title + surname, bare surname, or first name"""
        c = self.r.randint(0, 3)
        if c == 0:
            return f"{self.title(p)} {self.sur(p)}"
        if c == 1:
            return self.Sur(p)
        if c == 2:
            return self.first(p)
        return f"{self.title(p)} {self.ini(p)}"

    # data forms
    def addr(self, st=None):
        st = st or street(self.r)
        return self.add(f"{st} {house_no(self.r)}", "ADDRESS")

    def street(self, st):
        return self.add(st, "ADDRESS")

    def pc(self):
        return self.add(postcode(self.r), "POSTCODE")

    def phone(self, p=None):
        t = self.add(phone(self.r), "PHONE")
        if p is self.p0:
            self.known_phones.append(t)
        return t

    def email(self, p, official=False):
        f, l = (
            ascii_fold(p.first).lower().replace(" ", "").replace("-", ""),
            re.sub(r"[^a-z]", "", ascii_fold(p.sur).lower()),
        )
        r = self.r
        if official:
            local = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f[0]}"])
            dom = r.choice([f"{self.gemeente.lower().replace('-', '')}.nl", "odregio.nl", "waterschap-veenstromen.nl"])
        else:
            local = r.choice(
                [
                    f"{f}.{l}",
                    f"fam.{l}",
                    f"{f[0]}{l}{r.randint(40, 99)}",
                    f"{l}.melkvee",
                    f"{f}{l}",
                    f"{l}hoeve",
                    f"{f}_{l}",
                    f"info.{l}",
                ]
            )
            dom = r.choice(
                [
                    "hetnet.nl",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "gmail.com",
                    "planet.nl",
                    "home.nl",
                    "live.nl",
                    "outlook.com",
                    "hotmail.com",
                    "zeelandnet.nl",
                    "caiway.nl",
                    "online.nl",
                    "kpnplanet.nl",
                ]
            )
        t = self.add(f"{local}@{dom}", "EMAIL")
        if p is self.p0:
            self.known_emails.append(t)
        return t

    def bsn(self):
        return self.add(fmt_bsn(self.r, bsn(self.r)), "BSN")

    def iban(self):
        return self.add(fmt_iban(self.r, iban(self.r)), "IBAN")

    def plate(self, tractor=False):
        return self.add(plate(self.r, tractor), "LICENSE_PLATE")

    def case(self, kind=""):
        return self.add(case_no(self.r, kind), "CASE_NUMBER")

    def dob(self):
        cue, date = dob(self.r)
        self.add(date, "DATE_OF_BIRTH")
        return (cue + " " + date).strip()

    def date(self):
        t = ordinary_date(self.r)
        self.k(t)
        return t

    def amount(self):
        t = amount(self.r)
        self.k(t)
        return t

    def fill(self, n):
        picks = self.r.sample(SENTENCES, n)
        out = []
        for f in picks:
            self.shapes.append("sent:" + f.__name__)
            out.append(f(self))
        return out


def parcel(r):
    return f"sectie {r.choice('ABCDEFGHKLMN')}, nummer {r.randint(100, 4999)}"


def official(d: Doc, female=None):
    r = d.r
    fn, dept = r.choice(
        [
            ("medewerker", "team Vergunningen"),
            ("toezichthouder", "team Buitengebied"),
            ("beleidsadviseur", "afdeling Landelijk Gebied"),
            ("gebiedsregisseur", "programma Vitaal Platteland"),
            ("handhaver", "Omgevingsdienst"),
            ("opzichter", "team Wegen en Groen"),
            ("peilbeheerder", "het waterschap"),
            ("ecoloog", "afdeling Natuur en Landschap"),
            ("jurist", "team Bezwaar en Beroep"),
            ("casemanager", "Omgevingsloket"),
            ("wijkagent", "politie Buitengebied"),
            ("adviseur", "Stikstofloket"),
        ]
    )
    p = d.new(female=female)
    return p, fn, dept


def dept_k(d: Doc, dept: str) -> str:
    d.k(*[w for w in re.findall(r"\w+", dept) if w[0].isupper()])
    return dept


# ================================================================ sentence shapes
@sentence
def s_wind_odour(d):
    d.k("zuidwestenwind", "mest")
    return f"Bij zuidwestenwind ruikt het huis van {d.ref(d.p0)} volgens eigen zeggen de hele dag naar mest."


@sentence
def s_tractor_plate(d):
    st = street(d.r)
    d.k("trekker", "fietspad", "kenteken")
    return f"Een trekker met kenteken {d.plate(True)} reed met hoge snelheid over het fietspad langs de {d.street(st)}."


@sentence
def s_duiker(d):
    d.k("duiker", "inrit", "sloot")
    return f"De duiker onder de inrit bij {d.addr()} is verstopt, waardoor de sloot niet meer afwatert."


@sentence
def s_neighbour_quote(d):
    p = d.new()
    d.k("Buurman", "lawaai")
    return f'Buurman {d.full(p)} zegt letterlijk: "Om vier uur \'s nachts begint het lawaai al."'


@sentence
def s_phone_back(d):
    d.k("terugbellen", "melkmachine")
    return (
        f"Graag terugbellen op {d.phone(d.p0)}, liefst niet tijdens het melken (de melkmachine draait tot half acht)."
    )


@sentence
def s_iban_refund(d):
    d.k("leges", "teruggestort")
    return f"De te veel betaalde leges ({d.amount()}) worden teruggestort op {d.iban()}."


@sentence
def s_case_ref(d):
    d.k("zaaknummer", "correspondentie")
    return f"Vermeld bij alle correspondentie het zaaknummer {d.case()}."


@sentence
def s_family_helps(d):
    p = d.p0
    child = make_person(d.r, origin=p.origin if p.origin in ORIGINS else "dutch", last=p.last, particle=p.particle)
    d.persons.append(child)
    d.k("bedrijf", "overname")
    return f"Zoon of dochter {d.full(child)} neemt het bedrijf over; de overname staat voor volgend jaar gepland."


@sentence
def s_dob_bracket(d):
    p = d.new()
    d.k("Bewoner", "Erfpacht")
    return f"Bewoner {d.full(p)} ({d.dob()}) heeft het land in erfpacht. Erfpacht loopt nog twaalf jaar."


@sentence
def s_shop_closing(d):
    d.k("dorpswinkel", "bezorgdienst")
    return (
        f"Sinds de dorpswinkel in {d.village} dicht is, brengt {d.full(d.new())} met de bezorgdienst boodschappen rond."
    )


@sentence
def s_school(d):
    d.k("basisschool", "leerlingen", "Onderwijs")
    p = d.new()
    return f"De basisschool telt nog 23 leerlingen; ouder {d.full(p)} vraagt de wethouder Onderwijs om uitstel."


@sentence
def s_hunting(d):
    p = d.new()
    d.k("Jachthouder", "ganzen", "Faunabeheereenheid")
    return f"Jachthouder {d.full(p)} mag volgens de Faunabeheereenheid ganzen verjagen op de percelen aan de {d.street(street(d.r))}."


@sentence
def s_horses(d):
    d.k("paardenbak", "lichtmasten", "Paardenhouder")
    p = d.new(female=True)
    return f"Paardenhouder {d.full(p)} plaatste bij de paardenbak vier lichtmasten zonder vergunning."


@sentence
def s_camping(d):
    d.k("minicamping", "kampeerplaatsen", "seizoen")
    return f"De minicamping op {d.addr()} heeft dit seizoen 25 kampeerplaatsen, vijf meer dan toegestaan."


@sentence
def s_seasonal(d):
    d.k("seizoensarbeiders", "huisvesting", "Brandweer")
    p = d.new(origin=d.r.choice(["polish", "romanian", "bulgarian", "lithuanian", "ukrainian"]))
    return f"Voorman {d.full(p)} regelt de huisvesting van de seizoensarbeiders; de Brandweer keurde de units op {d.date()}."


@sentence
def s_windmill(d):
    d.k("windturbine", "slagschaduw", "meter")
    return f"De windturbine komt op 450 meter van de woning van {d.ref(d.p0)}, die slagschaduw in de keuken vreest."


@sentence
def s_solar(d):
    d.k("zonneveld", "landbouwgrond", "hectare")
    return f"Voor het zonneveld verdwijnt 14 hectare landbouwgrond, schrijft {d.full(d.new())} uit {d.village}."


@sentence
def s_email_line(d):
    d.k("foto's", "Stuur")
    return f"Stuur de foto's naar {d.email(d.p0)}."


@sentence
def s_plate_car(d):
    p = d.new()
    d.k("bestelbus", "berm")
    return f"De bestelbus {d.plate()} van {d.full(p)} staat al weken in de berm."


@sentence
def s_dyke_road(d):
    d.k("dijkweg", "afgesloten", "landbouwverkeer")
    return f"De dijkweg is tot {d.date()} afgesloten, behalve voor landbouwverkeer met een ontheffing."


@sentence
def s_field_path(d):
    d.k("Klompenpad", "hekken", "Stichting")
    p = d.new()
    return f"Volgens {d.full(p)} van de Stichting Klompenpad zijn twee hekken op het pad dichtgezet."


@sentence
def s_manure_silo(d):
    d.k("mestsilo", "kubieke", "Mestbeleid")
    return f"De nieuwe mestsilo van 2.500 kubieke meter valt volgens het Mestbeleid onder een meldplicht; dossier {d.case('omv')}."


@sentence
def s_nitrogen(d):
    d.k("stikstofdepositie", "Natura", "Aerius")
    return (
        f"De berekening in Aerius toont extra stikstofdepositie op het Natura 2000-gebied; zie kenmerk {d.case('omv')}."
    )


@sentence
def s_hand_bsn(d):
    d.k("burgerservicenummer", "machtiging")
    return f"Mijn burgerservicenummer voor de machtiging is {d.bsn()}."


@sentence
def s_postcode_line(d):
    d.k("Postadres")
    return f"Postadres: {d.addr()}, {d.pc()} {d.village}."


@sentence
def s_volunteer(d):
    p = d.new()
    d.k("vrijwilliger", "AED", "buurthuis")
    return f"{d.full(p)} is al jaren vrijwilliger en beheert de AED bij het buurthuis."


@sentence
def s_possessive(d):
    d.k("erf", "kuilvoer")
    return f"Op {d.poss(d.p0)} erf ligt het kuilvoer onder zwart plastic met autobanden."


@sentence
def s_upper_sign(d):
    d.k("bord", "VERBODEN")
    return f"Op het bord bij de oprit staat: VERBODEN TOEGANG – {d.upper(d.p0)}."


@sentence
def s_filename(d):
    h = d.lower_handle(d.p0)
    d.k("Bijlage", "situatietekening")
    return f"Bijlage: situatietekening (bestand tek_{h}_{d.r.randint(1, 9)}.pdf)."


@sentence
def s_meeting_day(d):
    wd = d.r.choice(WEEKDAYS)
    d.k(wd, "keukentafel")
    return f"Op {wd} om tien uur komt de gemeente aan de keukentafel."


@sentence
def s_water_level(d):
    d.k("Peilbesluit", "zomerpeil", "centimeter")
    d.k(d.ws)
    return f"Het Peilbesluit van {d.ws} verhoogt het zomerpeil met twintig centimeter."


@sentence
def s_odour_units(d):
    d.k("odour units", "Geurnormen")
    return f"Geurnormen: op de gevel van {d.addr()} mag het maximaal 8 odour units zijn."


@sentence
def s_child_dob(d):
    p = d.p0
    child = make_person(d.r, origin="dutch", last=p.last, particle=p.particle)
    d.persons.append(child)
    d.k("kleinzoon", "vakantie")
    return f"Ook kleinzoon {d.full(child)}, {d.dob()}, helpt in de vakantie mee op het land."


@sentence
def s_landline(d):
    p, fn, dept = official(d)
    return f"{fn.capitalize()} {d.full(p)} ({dept_k(d, dept)}) is bereikbaar op {d.phone()}."


@sentence
def s_official_mail(d):
    p, fn, dept = official(d)
    d.k("Contactpersoon")
    return f"Contactpersoon: {d.ini(p)}, {fn} {dept_k(d, dept)}, {d.email(p, official=True)}."


@sentence
def s_generic_contact(d):
    g = d.gemeente.lower().replace("-", "")
    num = f"14 0{d.r.randint(511, 599)}"
    d.k(f"info@{g}.nl", num, "Vragen")
    return f"Vragen? Bel {num} of mail info@{g}.nl."


@sentence
def s_dialect_greeting(d):
    d.k("Moi", "gemiente")
    return f"Moi, hier {d.first(d.p0)} van de boerderij. De gemiente hef nog steeds niks laoten heurn."


@sentence
def s_dog(d):
    p = d.new()
    d.k("honden", "schapen")
    return f"De honden van {d.full(p)} jagen de schapen op, al drie keer deze maand."


@sentence
def s_village_council(d):
    p = d.new()
    d.k("Dorpsraad", "voorzitter")
    return f"Dorpsraad {d.village} (voorzitter {d.full(p)}) stuurt een afschrift aan de raad."


@sentence
def s_license_fine(d):
    d.k("bekeuring", "landbouwvoertuig")
    return f"De bekeuring voor landbouwvoertuig {d.plate(True)} ({d.amount()}) is volgens {d.ref(d.p0)} onterecht."


@sentence
def s_bank_subsidy(d):
    d.k("Subsidie", "Leefbaarheidsfonds")
    return f"Subsidie uit het Leefbaarheidsfonds graag op rekening {d.iban()} t.n.v. {d.full(d.new())}."


@sentence
def s_ditch_cleaning(d):
    d.k("schouw", "slootkant", "maaisel")
    return f"Bij de schouw bleek dat het maaisel op de slootkant achter {d.addr()} niet is afgevoerd."


@sentence
def s_barn_conversion(d):
    d.k("schuurwoning", "bestemmingsplan")
    return f"De schuurwoning die {d.ref(d.p0)} wil bouwen past niet in het bestemmingsplan."


@sentence
def s_parcel(d):
    pa = parcel(d.r)
    d.k("kadastraal", "sectie", "nummer")
    return f"Het betreft het perceel kadastraal bekend gemeente {d.gemeente}, {pa}."


@sentence
def s_age_cue(d):
    d.k("Leeftijd")
    return f"Leeftijd van de aanvrager blijkt uit het formulier: {d.dob()}."


@sentence
def s_phone_neighbour(d):
    p = d.new()
    d.k("Noodnummer", "loslopend", "vee")
    return f"Noodnummer bij loslopend vee: {d.full(p)}, {d.phone()}."


@sentence
def s_street_only(d):
    st = street(d.r)
    d.k("kuilen", "gemeentewerf")
    return f"In de {d.street(st)} zitten kuilen waar de gemeentewerf niets aan doet."


@sentence
def s_handle(d):
    h = d.add("@" + re.sub(r"[^a-z]", "", ascii_fold(d.p0.first + d.p0.last).lower()), "PERSON")
    d.k("filmpje", "Facebook")
    return f"Het filmpje staat op Facebook onder {h}."


@sentence
def s_bsn_dob_pair(d):
    p = d.new()
    d.k("Gegevens", "mede-eigenaar")
    return f"Gegevens mede-eigenaar: {d.full(p)}, {d.dob()}, BSN {d.bsn()}."


@sentence
def s_crop_damage(d):
    d.k("gewasschade", "Schadevergoeding", "ganzen")
    return f"Schadevergoeding voor de gewasschade door ganzen ({d.amount()}) volgt op {d.iban()}."


@sentence
def s_trailer(d):
    d.k("aanhanger", "wegdek", "modder")
    return (
        f"De aanhanger {d.plate()} liet een laag modder op het wegdek achter; de trekker had kenteken {d.plate(True)}."
    )


@sentence
def s_neighbour_mail(d):
    p = d.new()
    d.k("afschrift", "Buren")
    return f"Buren {d.full(p)} ({d.email(p)}) kregen een afschrift."


@sentence
def s_wedding_cue(d):
    d.k("echtgenote", "echtgenoot", "Samen")
    p = d.p0
    sp = make_person(d.r, origin=p.origin if p.origin in ORIGINS else "dutch", female=not p.female)
    d.persons.append(sp)
    return f"Samen met echtgenote of echtgenoot {d.full(sp)} (geboren {d.add(dob(d.r)[1], 'DATE_OF_BIRTH')}) runt {d.ref(p)} het bedrijf."


@sentence
def s_caseworker_ref(d):
    d.k("dossiernummer", "Omgevingsdienst")
    return f"De Omgevingsdienst behandelt de melding onder dossiernummer {d.case('hh')}."


@sentence
def s_payment_ref(d):
    d.k("Betalingskenmerk", "naheffing")
    return f"Betalingskenmerk naheffing: {d.case('mld')}; rekeninghouder {d.iban()}."


# ================================================================ document kinds
def cap(s):
    return s[0].upper() + s[1:]


@document
def k_cadastral_letter(d):
    p = d.p0
    d.k("Betreft", "zienswijze", "omgevingsvergunning", "Geachte", "Hoogachtend", "perceel")
    lines = [
        f"{d.full(p)}",
        f"{d.addr()}",
        f"{d.pc()} {d.village}",
        "",
        f"Betreft: zienswijze omgevingsvergunning {d.case('omv')}",
        "",
        "Geachte heer, mevrouw,",
        f"Als eigenaar van het perceel kadastraal bekend {d.gemeente} {parcel(d.r)} maak ik bezwaar tegen de "
        f"uitbreiding van de varkenshouderij van mijn buurman {d.full(d.new())}.",
    ]
    lines += d.fill(2)
    lines += ["", "Hoogachtend,", d.ini(p)]
    d.k("kadastraal", "varkenshouderij")
    return "\n".join(lines)


@document
def k_dorpsraad_minutes(d):
    chair, sec = d.new(), d.new()
    d.k("Notulen", "Aanwezig", "Rondvraag", "Sluiting", "Dorpsraad", "Afwezig")
    absent = d.new()
    lines = [
        f"Notulen vergadering Dorpsraad {d.village}, {d.date()}",
        f"Aanwezig: {d.full(chair)} (vz), {d.full(sec)} (secr.), {d.full(d.p0)}",
        f"Afwezig met kennisgeving: {d.full(absent)}",
        f"1. Opening. {d.Sur(chair)} heet iedereen welkom.",
    ]
    lines.append("2. " + " ".join(d.fill(2)))
    lines.append(f"3. Rondvraag. {d.Sur(d.p0)} vraagt naar de stand van zaken rond de glasvezel.")
    lines.append(f"4. Sluiting om 22.10 uur. Volgende vergadering: {d.date()}.")
    d.k("glasvezel")
    return "\n".join(lines)


@document
def k_handwritten_note(d):
    p = d.p0
    d.k("gemeente", "trekker", "sloot", "melken")
    lines = [
        f"aan de gemeente -- van {d.full(p)}, {d.addr()}",
        "sloot weer vol blad. trekker kan er niet langs. al 3x gebeld.",
        f"tel {d.phone(p)} (na het melken)",
    ]
    lines += d.fill(1)
    lines.append(f"gr. {d.first(p)}")
    return "\n".join(lines)


@document
def k_dialect_message(d):
    p = d.p0
    d.k("Wethouder", "stront", "vanmiddag")
    first = d.fill(1)
    return (
        f"Goeiemiddag. Ik bin {d.full(p)} van {d.addr()}. De stront van de buurman ligt weer op mien land, "
        f"en de Wethouder zee vorig joar dat het ophoolden zol. {' '.join(first)} "
        f"Bel mij vanmiddag mar even op {d.phone(p)}. Groeten, {d.first(p)}"
    )


@document
def k_site_visit(d):
    off, fn, dept = official(d)
    d.k("Verslag", "locatiebezoek", "Bevindingen", "Conclusie", "Aanwezig")
    lines = [
        f"Verslag locatiebezoek {d.date()} – dossier {d.case('hh')}",
        f"Aanwezig: {d.full(d.p0)} (eigenaar), {d.full(off)} ({fn}, {dept})",
        f"Locatie: {d.addr()}, {d.pc()} {d.village}",
        "Bevindingen:",
    ]
    lines += ["- " + s for s in d.fill(3)]
    lines.append(f"Conclusie: {d.Sur(off)} adviseert een hercontrole binnen zes weken.")
    d.k("hercontrole")
    return "\n".join(lines)


@document
def k_attendee_list(d):
    d.k("Presentielijst", "informatieavond", "Handtekening", "Dorpshuis")
    lines = [
        f"Presentielijst informatieavond zonnepark {d.village} – Dorpshuis, {d.date()}",
        "Naam | Adres | Telefoon | Handtekening",
    ]
    lines.append(f"{d.full(d.p0)} | {d.addr()} | {d.phone(d.p0)} | ok")
    for _ in range(d.r.randint(2, 4)):
        q = d.new()
        c = d.r.randint(0, 2)
        if c == 0:
            lines.append(f"{d.full(q)} | {d.addr()} | {d.phone()} | ok")
        elif c == 1:
            lines.append(f"{d.ini(q)} | {d.addr()} | – | ok")
        else:
            lines.append(f"{d.full(q)} | {d.village} | {d.email(q)} | ok")
    d.k("zonnepark")
    return "\n".join(lines)


@document
def k_odour_complaint(d):
    d.k("Klachtformulier", "geur", "Tijdstip", "Windrichting", "Omschrijving")
    lines = [
        "Klachtformulier geur",
        f"Naam melder: {d.full(d.p0)}",
        f"Adres melder: {d.addr()}, {d.pc()}",
        f"Tijdstip: {d.r.choice(WEEKDAYS)} {d.date()}, 21.30 uur",
        f"Windrichting: {d.r.choice(['zuidwest', 'west', 'noordoost'])}",
        "Omschrijving: " + " ".join(d.fill(2)),
        f"Registratie: {d.case('mld')}",
    ]
    d.k("Registratie")
    return "\n".join(lines)


@document
def k_kitchen_table(d):
    med = d.new()
    other = d.new()
    d.k("Verslag", "keukentafelgesprek", "bemiddelaar", "Afspraken")
    lines = [
        f"Verslag keukentafelgesprek op de boerderij van {d.full(d.p0)}, {d.addr()}",
        f"Gespreksleider: {d.full(med)}, onafhankelijk bemiddelaar",
        f"Ook aanwezig: {d.full(other)}, buurman",
        f"{cap(d.ref(d.p0))} vertelt over de overlast; {d.ref(other)} legt uit waarom de stal nodig is.",
        " ".join(d.fill(2)),
        f"Afspraken: {d.Sur(other)} zet de ventilatoren 's nachts lager. {d.Sur(med)} belt over vier weken. "
        f"Kenmerk {d.case('kt')}.",
    ]
    d.k("ventilatoren")
    return "\n".join(lines)


@document
def k_waterboard_letter(d):
    d.k(d.ws, "legger", "onderhoudsplicht", "Keur")
    off, fn, dept = official(d)
    return (
        f"{d.ws}\nAan: {d.full(d.p0)}, {d.addr()}, {d.pc()} {d.village}\nOns kenmerk: {d.case('ws')}\n\n"
        f"Volgens de legger ligt de onderhoudsplicht voor de watergang langs uw perceel bij u. "
        f"Op grond van de Keur moet de sloot voor 1 november geschoond zijn. "
        + " ".join(d.fill(2))
        + f"\n\nMet vriendelijke groet,\n{d.full(off)}, {fn}"
    )


@document
def k_tractor_complaint(d):
    d.k("trekkers", "loonwerker", "snelheid", "maisoogst")
    lw = d.new()
    return (
        f"Tijdens de maisoogst razen de trekkers van loonwerker {d.full(lw)} over de {d.street(street(d.r))}. "
        f"Ik heb de kentekens genoteerd: {d.plate(True)} en {d.plate(True)}. De snelheid ligt ver boven de 25. "
        + " ".join(d.fill(2))
        + f" Met groet, {d.full(d.p0)}"
    )


@document
def k_windturbine_zienswijze(d):
    d.k("Zienswijze", "windpark", "geluid", "Windpark")
    return (
        f"Zienswijze ontwerpbesluit Windpark {d.village}-Noord\nIndiener: {d.full(d.p0)}, {d.dob()}, "
        f"{d.addr()}\n"
        + "\n".join(d.fill(3))
        + f"\nDe indiener vraagt het windpark niet te vergunnen vanwege geluid. Referentie {d.case('omv')}."
    )


@document
def k_solar_objection(d):
    d.k("Bezwaarschrift", "zonnepanelen", "weidevogels", "Bezwaar")
    p2 = make_person(d.r, origin="dutch", last=d.p0.last, particle=d.p0.particle, female=not d.p0.female)
    d.persons.append(p2)
    return (
        f"Bezwaarschrift\nVan: {d.full(d.p0)} en {d.full(p2)}, {d.addr()}\nTegen: besluit {d.case('omv')}\n"
        f"Wij zijn tegen zonnepanelen op dit land. De weidevogels verdwijnen. "
        + " ".join(d.fill(2))
        + f"\nBezwaar ingediend op {d.date()}."
    )


@document
def k_barn_conversion(d):
    d.k("Aanvraag", "schuur", "woningen", "Rood-voor-rood")
    return (
        f"Aanvraag Rood-voor-rood: {d.full(d.p0)} ({d.dob()}) wil de schuur op {d.addr()} slopen en er twee "
        f"woningen voor terugbouwen. " + " ".join(d.fill(3))
    )


@document
def k_seasonal_housing(d):
    d.k("arbeidsmigranten", "chalets", "Huisvesting", "Verordening")
    w1 = d.new(origin="polish")
    w2 = d.new(origin=d.r.choice(["romanian", "bulgarian", "ukrainian", "lithuanian"]))
    return (
        f"Melding Huisvesting arbeidsmigranten, {d.case('mld')}\nBedrijf: aspergeteler {d.full(d.p0)}, {d.addr()}\n"
        f"Bewoners chalets: {d.full(w1)} ({d.dob()}), {d.full(w2)} ({d.dob()})\n"
        f"De Verordening staat maximaal acht personen toe. " + " ".join(d.fill(1))
    )


@document
def k_shop_petition(d):
    d.k("Petitie", "supermarkt", "handtekeningen", "Handtekeningenactie")
    q = d.new()
    return (
        f"Handtekeningenactie: red de supermarkt van {d.village}!\nInitiatiefnemers: {d.full(d.p0)} en {d.full(q)}\n"
        f"Petitie met 412 handtekeningen aangeboden op {d.date()}. "
        + " ".join(d.fill(2))
        + f"\nContact: {d.email(d.p0)}"
    )


@document
def k_school_letter(d):
    d.k("kinderen", "schoolbus", "Medezeggenschapsraad", "kilometer")
    q = d.new()
    return (
        f"Beste raadsleden, namens de Medezeggenschapsraad schrijven {d.full(d.p0)} en {d.full(q)}. "
        f"Als de school sluit, moeten de kinderen elf kilometer met de schoolbus. "
        + " ".join(d.fill(2))
        + f" Onze zoon {d.first(d.new(origin=d.p0.origin if d.p0.origin in ORIGINS else 'dutch'))} is pas vijf."
    )


@document
def k_hunting_permit(d):
    d.k("Jachtakte", "ontheffing", "wildschade", "Jachtveld")
    return (
        f"Aanvraag ontheffing wildschade, {d.case()}\nAanvrager: {d.full(d.p0)}, {d.dob()}\n"
        f"Jachtveld: percelen langs de {d.street(street(d.r))}\n"
        f"Jachtakte nummer vermeld op bijlage. " + " ".join(d.fill(2))
    )


@document
def k_horse_keeper(d):
    d.k("paarden", "mestplaat", "pensionstal", "Paardenpension")
    return (
        f"Paardenpension {d.village}: {d.full(d.p0)} houdt 14 paarden, maar heeft geen mestplaat. "
        + " ".join(d.fill(2))
        + f" De pensionstal ligt op {d.addr()}."
    )


@document
def k_farm_camping(d):
    d.k("Kamperen", "toeristenbelasting", "gasten")
    return (
        f"Kamperen bij de boer – {d.full(d.p0)}, {d.addr()}, {d.pc()} {d.village}\n"
        f"De gasten betalen toeristenbelasting via de boer. "
        + " ".join(d.fill(2))
        + f"\nReserveren: {d.phone(d.p0)} of {d.email(d.p0)}"
    )


@document
def k_nitrogen_permit(d):
    d.k("Natuurvergunning", "melkveehouder", "Provincie", "stikstof")
    off, fn, dept = official(d)
    return (
        f"Natuurvergunning {d.case('omv')}: melkveehouder {d.full(d.p0)} vraagt de Provincie om een besluit. "
        f"{fn.capitalize()} {d.full(off)} van {dept_k(d, dept)} rekent opnieuw met stikstof. " + " ".join(d.fill(2))
    )


@document
def k_manure_storage(d):
    d.k("mestbassin", "Omgevingswet", "afstand", "mestkelder")
    return (
        f"Volgens de Omgevingswet moet het mestbassin van {d.full(d.p0)} op {d.addr()} minstens 50 meter "
        f"afstand houden tot woningen. " + " ".join(d.fill(2)) + " Ook de mestkelder wordt gecontroleerd."
    )


@document
def k_dyke_closure(d):
    d.k("Waterkering", "dijkversterking", "omleiding")
    return (
        f"Door de dijkversterking is de Waterkering bij {d.village} ontoegankelijk. {d.full(d.p0)} uit de "
        f"{d.street(street(d.r))} klaagt over de omleiding. " + " ".join(d.fill(2))
    )


@document
def k_right_of_way(d):
    d.k("recht van overpad", "notaris", "kerkpad")
    q = d.new()
    return (
        f"Over het kerkpad bestaat een recht van overpad, aldus de notaris. Grondeigenaar {d.full(q)} heeft het "
        f"pad afgesloten; {d.full(d.p0)} wil dat het weer opengaat. " + " ".join(d.fill(2))
    )


@document
def k_forwarded_mail(d):
    off, fn, dept = official(d)
    d.k("Doorgestuurd", "Onderwerp", "Datum")
    return (
        f"---------- Doorgestuurd bericht ----------\nVan: {d.full(d.p0)} <{d.email(d.p0)}>\n"
        f"Datum: {d.date()}\nAan: {d.email(off, official=True)}\nOnderwerp: sloot en duiker\n\n" + " ".join(d.fill(3))
    )


@document
def k_phone_memo(d):
    off, fn, dept = official(d)
    d.k("Telefoonnotitie", "Beller", "Terugbelverzoek")
    return (
        f"Telefoonnotitie {d.date()}\nBeller: {d.full(d.p0)}, {d.phone(d.p0)}\nAangenomen door: {d.ini(off)}\n"
        f"Inhoud: " + " ".join(d.fill(2)) + "\nTerugbelverzoek: ja"
    )


@document
def k_enforcement(d):
    d.k("dwangsom", "begunstigingstermijn", "Last")
    return (
        f"Last onder dwangsom, {d.case('hh')}\nAan {d.title(d.p0)} {d.ini(d.p0)}, {d.addr()}, {d.pc()} {d.village}\n"
        f"De begunstigingstermijn loopt tot {d.date()}. De dwangsom bedraagt {d.amount()} per week. "
        + " ".join(d.fill(2))
    )


@document
def k_volunteer_roster(d):
    d.k("Rooster", "vrijwilligers", "Oud papier", "Kermis")
    lines = [f"Rooster vrijwilligers Dorpsraad {d.village}"]
    for task in ["Oud papier", "Kermis", "Bermen schoonmaken"]:
        q = d.new()
        lines.append(f"{task}: {d.full(q)} ({d.phone()})")
    lines.append(f"Reserve: {d.full(d.p0)}")
    lines += d.fill(1)
    return "\n".join(lines)


@document
def k_small_grant(d):
    d.k("Dorpsinitiatief", "Begroting", "Aanvrager", "jeu de boules")
    return (
        f"Aanvraag Dorpsinitiatief {d.case('sub')}\nAanvrager: {d.full(d.p0)}, {d.addr()}, {d.pc()} {d.village}\n"
        f"Project: jeu de boules baan bij het dorpshuis. Begroting: {d.amount()}\n"
        f"Rekening: {d.iban()}\n" + " ".join(d.fill(1))
    )


@document
def k_intake_form(d):
    d.k("Naam", "Geboortedatum", "Woonplaats", "Telefoon", "Onderwerp", "Stikstofloket")
    cue, date = dob(d.r)
    d.add(date, "DATE_OF_BIRTH")
    return (
        f"Intake Stikstofloket\nNaam: {d.full(d.p0)}\nGeboortedatum: {date}\nWoonplaats: {d.village}\n"
        f"Telefoon: {d.phone(d.p0)}\nBSN: {d.bsn()}\nOnderwerp: " + " ".join(d.fill(2))
    )


@document
def k_village_newsletter(d):
    d.k("Dorpskrant", "Uit de Dorpsraad", "oogstfeest")
    q = d.new()
    return (
        f"Dorpskrant {d.village} – Uit de Dorpsraad\n{d.full(q)} en {d.full(d.p0)} organiseren op {d.date()} "
        f"het oogstfeest. " + " ".join(d.fill(2))
    )


@document
def k_council_questions(d):
    d.k("Schriftelijke vragen", "fractie", "Artikel", "college")
    q = d.new()
    return (
        f"Schriftelijke vragen ex Artikel 41 van raadslid {d.full(q)} aan het college: is het college bekend met "
        f"de situatie van {d.full(d.p0)}? " + " ".join(d.fill(2)) + " Namens de fractie, " + d.Sur(q)
    )


@document
def k_hearing(d):
    d.k("Hoorzitting", "bezwaarcommissie", "Voorzitter", "gemachtigde")
    ch, gm = d.new(), d.new()
    return (
        f"Verslag Hoorzitting bezwaarcommissie, {d.case('bz')}\nVoorzitter: {d.full(ch)}\n"
        f"Bezwaarmaker: {d.full(d.p0)}, bijgestaan door gemachtigde {d.full(gm)}\n"
        f"{d.Sur(gm)} stelt: " + " ".join(d.fill(2)) + f"\n{cap(d.ref(d.p0))} voegt niets toe."
    )


@document
def k_whatsapp_group(d):
    q1, q2 = d.new(), d.new()
    d.k("Buurtapp", "koeien", "hek")
    t1 = f"[{d.r.randint(6, 22)}:{d.r.randint(10, 59)}]"
    return (
        f"Buurtapp {d.village}\n{t1} {d.first(q1)}: wie hef dat hek weer los laoten?\n"
        f"{t1} {d.first(d.p0)}: de koeien van {d.Sur(q2)} lopen op de weg!!\n"
        f"{t1} {d.first(q2)}: bin d'r al hen\n" + "\n".join(d.fill(2))
    )


@document
def k_landowner_lease(d):
    d.k("pachtovereenkomst", "Grondkamer", "pachtprijs", "Landgoed")
    q = d.new()
    return (
        f"Landgoed {d.village}: de pachtovereenkomst met {d.full(d.p0)} ({d.dob()}) loopt af. Rentmeester "
        f"{d.full(q)} heeft de Grondkamer om toetsing van de pachtprijs gevraagd. " + " ".join(d.fill(2))
    )


@document
def k_inspection_checklist(d):
    d.k("Controlelijst", "Mestboekhouding", "Dierenwelzijn", "Brandveiligheid")
    off, fn, dept = official(d)
    return (
        f"Controlelijst agrarisch bedrijf – {d.case('hh')}\nBedrijf: {d.full(d.p0)}, {d.addr()}\n"
        f"Controleur: {d.ini(off)} ({fn})\n[x] Mestboekhouding\n[ ] Dierenwelzijn\n[x] Brandveiligheid\n"
        + "Opmerkingen: "
        + " ".join(d.fill(2))
    )


# ================================================================ generation and gates
def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    kw = None
    if i % 4 == 1:
        kw = sorted(KNOWN)[(i // 4) % len(KNOWN)]
    d = Doc(r, kw)
    kind = DOC_KINDS[i % len(DOC_KINDS)]
    d.shapes.append("doc:" + kind.__name__)
    text = kind(d)
    if kw:
        sent = r.choice(KNOWN[kw][1])
        text = text + "\n" + sent
        d.k(kw.lower())
    doc = {"id": f"fresh33c-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if kw:
        known = {"names": [d.p0.full]}
        if d.known_emails:
            known["emails"] = d.known_emails
        if d.known_phones:
            known["phones"] = d.known_phones
        doc = {"id": doc["id"], "text": text, "known": known, "pii": d.pii, "keep": d.keep}
    return doc, d.shapes


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in re.split(r"[\s\-_.@']+", text) if len(w) > 1 and w.lower() not in SCORE_PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _name_words(item["text"].lstrip("@"))
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _name_words(n)
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k):
            if len(w) <= 1 or w.lower() in SCORE_PARTICLES:
                continue
            if w.lower() in names and not (w.islower() and w in known_words | {x for x in known_words}):
                return f"keep {k!r} shares a word with a name"
    if "known" in doc:
        kws = [k for k in doc["keep"] if k.islower() and k in _name_words(doc["known"]["names"][0])]
        if not kws:
            return "known doc without ordinary use"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, shapes_used, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc, shapes = build(i, random.Random(seed))
            reason = gate(doc)
            if reason is None:
                break
            reasons[reason.split(":")[0][:40]] += 1
            attempt += 1
            redraws += 1
            if "--debug" in sys.argv:
                print(i, attempt, reason)
            if attempt > 200:
                raise SystemExit(f"{i}: cannot pass gate: {reason}")
        docs.append(doc)
        shapes_used.update(shapes)
    return docs, shapes_used, redraws, reasons


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes_used, redraws, reasons = generate()
    body = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == body
        print("fresh33c_texts.jsonl is up to date" if same else "fresh33c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        docs_k = sum(1 for v in SHAPES.values() if v == "document")
        sent_k = sum(1 for v in SHAPES.values() if v == "sentence")
        print(
            f"shapes registered: {len(SHAPES)} ({docs_k} document kinds, {sent_k} sentence/line shapes); "
            f"used: {len(shapes_used)}"
        )
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"origin groups: {len(ORIGINS) + 1}")
        print(
            f"redraws: {redraws}"
            + (f" ({', '.join(f'{k}: {v}' for k, v in reasons.most_common())})" if reasons else "")
        )
        return 0
    OUT.write_text(body, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
