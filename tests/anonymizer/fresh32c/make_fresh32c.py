#!/usr/bin/env python3
"""Generator of the blind corpus fresh32c: public works, sewers, flooding and contractors (helper A3, round 26).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh32c/make_fresh32c.py           write fresh32c_texts.jsonl
    python tests/anonymizer/fresh32c/make_fresh32c.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh32c/make_fresh32c.py --stats   counts per label, shapes, known names, redraws

Seed 20261263; document i draws from random.Random("20261263-<i>"); a document that fails gate() is redrawn from
"20261263-<i>-<attempt>". Standard library only.
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
import fresh32c_names as N  # noqa: E402

SEED = 20261263
N_DOCS = 300
OUT = HERE / "fresh32c_texts.jsonl"
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


def _load_score():
    p = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("fresh32c_score", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()
PARTICLES = SCORE.PARTICLES

# ----------------------------------------------------------------------------------------------- shape registry
SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind: str):
    def deco(fn):
        SHAPES[fn.__name__] = (kind, fn)
        return fn

    return deco


# ----------------------------------------------------------------------------------------------- structured data
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
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
PLATE_L = "BDFGHJKLNPRSTVXZ"


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 9:
        return False
    s = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def iban_ok(t):
    s = re.sub(r"\s", "", t).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r):
    bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    if r.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def fmt_bsn(r, b):
    return r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])


def phone(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.7
    if mobile:
        n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"0{n[:1]}-{n[1:]}",
                f"0{n[:1]} {n[1:5]} {n[5:]}",
                f"+31 {n[0]} {n[1:5]} {n[5:]}",
                f"0031 {n[0]} {n[1:]}",
                f"0{n[0]}{n[1:]}",
                f"+316{n[1:]}",
                f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            ]
        )
    area = r.choice(["26", "24", "30", "33", "38", "50", "58", "73", "76", "13", "40", "43", "71", "72", "15"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(
        [
            f"0{area}-{rest}",
            f"(0{area}) {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"+31 (0){area} {rest[:3]} {rest[3:]}",
            f"0{area} {rest[:3]} {rest[3:]}",
        ]
    )


def plate(r):
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    f = r.choice(
        [
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
            lambda: f"{D(1)}-{L(2)}-{D(3)}",
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{L(2)}-{L(2)}-{D(2)}",
            lambda: f"{D(2)}-{D(2)}-{L(2)}",
        ]
    )
    return f()


def postcode(r):
    a = f"{r.randint(1011, 9999)}"
    while True:
        b = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if b not in ("SA", "SD", "SS"):
            break
    return r.choice([f"{a} {b}", f"{a}{b}", f"{a} {b}"])


def case_number(r):
    y = r.randint(2024, 2026)
    f = r.choice(
        [
            lambda: f"SCH-{y}-{r.randint(1000, 99999):05d}",
            lambda: f"OR/{y % 100}/{r.randint(100, 999)}.{r.randint(100, 999)}",
            lambda: f"MOR-{r.randint(1000, 9999)}-{y}",
            lambda: f"NC.{y}.{r.randint(1, 9999):04d}",
            lambda: f"AFST-{y % 100}-{r.randint(1, 9999):04d}",
            lambda: f"Z{y}-{r.randint(10000, 999999):06d}",
            lambda: f"BZW {y % 100}/{r.randint(1000, 9999)}",
            lambda: f"{y}.OR.{r.randint(1000, 99999)}",
            lambda: f"KCC-{y % 100}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(100, 9999)}",
            lambda: f"RV-{r.randint(1000, 9999)}-{r.choice('KWRG')}",
        ]
    )
    return f()


def dob(r, ymd=None):
    y, m, d = ymd or (r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28))
    return r.choice(
        [
            f"{d} {MAANDEN[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y % 100:02d}",
            f"{d} {MND[m - 1]}. {y}",
            f"{d:02d}{MND[m - 1].upper()}{y}",
            f"{d} {MAANDEN[m - 1]} '{y % 100:02d}",
            f"{d}-{ROMAN[m - 1]}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}{m:02d}{y}",
            f"{d:02d} {MND[m - 1].upper()} {y}",
        ]
    )


def odate(r, year=None):
    y = year or r.choice([2025, 2026])
    return f"{r.randint(1, 28)} {MAANDEN[r.randint(0, 11)]} {y}"


def amount(r, lo=80, hi=14000):
    v = r.randint(lo, hi)
    c = r.choice([0, 0, 50, 95, 25])
    s = f"{v:,}".replace(",", ".")
    return f"€ {s},{c:02d}" if r.random() < 0.7 else f"€{s},-"


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ----------------------------------------------------------------------------------------------- places and firms
TOWNS = [
    "Huissen",
    "Zevenaar",
    "Culemborg",
    "Tiel",
    "Woerden",
    "Nieuwegein",
    "Harderwijk",
    "Kampen",
    "Meppel",
    "Hoogeveen",
    "Sneek",
    "Drachten",
    "Heerenveen",
    "Roermond",
    "Weert",
    "Venray",
    "Oosterhout",
    "Waalwijk",
    "Goes",
    "Terneuzen",
    "Gorinchem",
    "Zaltbommel",
    "Doetinchem",
    "Winterswijk",
    "Hengelo",
    "Almelo",
    "Zutphen",
    "Deventer",
    "Leerdam",
    "Alphen aan den Rijn",
    "Purmerend",
    "Heerhugowaard",
    "Den Helder",
    "Lelystad",
    "Dronten",
    "Assen",
    "Emmen",
    "Veendam",
    "Kerkrade",
    "Sittard",
    "Boxmeer",
    "Uden",
]
ST_A = [
    "Kievit",
    "Wilgen",
    "Esdoorn",
    "Hazelaar",
    "Reiger",
    "Kastanje",
    "Populier",
    "Vlier",
    "Berken",
    "Meidoorn",
    "Zwaluw",
    "Koekoek",
    "Dotter",
    "Lis",
    "Fazant",
    "Spoor",
    "Haven",
    "Sluis",
    "Gors",
    "Vinken",
    "Merel",
    "Lijster",
    "Lupine",
    "Klaproos",
    "Zonnebloem",
    "Hyacint",
    "Akelei",
    "Tjalk",
    "Botter",
    "Schoener",
    "Eider",
    "Pluvier",
    "Grutto",
    "Kwartel",
    "Ooievaar",
    "Plataan",
    "Linden",
    "Acacia",
    "Hulst",
    "Vuurdoorn",
    "Bongerd",
    "Kooiker",
    "Molenbeek",
    "Karper",
    "Snoek",
    "Zeelt",
    "Brasem",
    "Roerdomp",
    "Tureluur",
    "Wielewaal",
]
ST_B = [
    "straat",
    "laan",
    "hof",
    "weg",
    "pad",
    "singel",
    "kade",
    "plein",
    "dreef",
    "erf",
    "gaarde",
    "hoek",
    "veld",
    "akker",
    "wal",
]
CONTRACTORS = [
    "Heijmans",
    "BAM Infra",
    "Dura Vermeer",
    "KWS",
    "Van Gelder",
    "Strukton",
    "Van der Ven Infra",
    "Gebroeders Dijkhof Grondwerken",
    "Wegenbouw Ooststroom",
    "Rioleringsbedrijf De Lange Ader",
    "Infrabedrijf Waalboog",
    "Combinatie Stadsbeek",
    "Aannemersbedrijf Hollandsche Leidingwerken",
    "Vroom Funderingstechnieken",
    "Boskalis",
    "Mourik Infra",
    "A. Hak",
    "Visser & Smit Hanab",
]
UTILITY_FIBRE = ["Glaspoort", "Delta Fiber", "Open Dutch Fiber", "KPN", "Eurofiber"]
UTILITY_GAS = ["Liander", "Enexis", "Stedin", "Coteq", "Rendo"]
UTILITY_WATER = ["Vitens", "Evides", "Brabant Water", "Oasen", "WML", "Waterbedrijf Groningen", "PWN"]
UTILITY_HEAT = ["Ennatuurlijk", "Vattenfall Warmte", "Eneco Warmte", "Firan", "Warmtebedrijf Rivierenland"]
WATERSCHAP = [
    "Waterschap Rivierenland",
    "Waterschap Rijn en IJssel",
    "Wetterskip Fryslân",
    "Waterschap Limburg",
    "Hoogheemraadschap De Stichtse Rijnlanden",
    "Waterschap Vechtstromen",
    "Waterschap Aa en Maas",
    "Waterschap Drents Overijsselse Delta",
    "Hoogheemraadschap Hollands Noorderkwartier",
]
BUREAUS = [
    "Ingenieursbureau Moerdijkbrug",
    "Bouwkundig Adviesbureau Lindeboom",
    "Schadebureau Vliet & Partners",
    "Expertisebureau Noordkade",
    "Profound",
    "Cauberg Huygen",
    "Crawford",
    "Trillingsadvies Oostland",
]
DEPTS = [
    "Beheer Openbare Ruimte",
    "team Riolering en Water",
    "afdeling Wegen en Verkeer",
    "team Groenbeheer",
    "Projectbureau Infra",
    "afdeling Vergunningen",
    "team Klimaatadaptatie",
    "Klantcontactcentrum",
    "afdeling Juridische Zaken",
    "team Kabels en Leidingen",
    "Wijkteam Oost",
    "afdeling Civiele Techniek",
]
FUNCS = [
    "projectleider",
    "wijkbeheerder",
    "toezichthouder",
    "beleidsadviseur water",
    "boomdeskundige",
    "coördinator kabels en leidingen",
    "jurist aansprakelijkheid",
    "medewerker klantcontact",
    "rioleringsbeheerder",
    "verkeerskundige",
    "contractmanager",
    "gebiedsregisseur",
]
BUILDINGS = [
    "buurthuis De Schakel",
    "wijkcentrum Het Anker",
    "sporthal De Wielewaal",
    "de Bonifatiuskerk",
    "basisschool De Regenboog",
    "het Dorpshuis",
    "cultuurhuis De Kroon",
    "wijkgebouw De Kastanjehof",
]
PROJECTS = [
    "Herinrichting {w}wijk",
    "Rioolvervanging {w}buurt",
    "Klimaatbestendig {w}kwartier",
    "Project Groen-Blauw {w}",
    "Vernieuwing {w}dorp",
    "Wijkaanpak {w}park",
    "Ontvlechting {w}zone",
]
PROJ_W = [
    "Vogel",
    "Bloemen",
    "Schilders",
    "Rivieren",
    "Bomen",
    "Molen",
    "Havens",
    "Dijk",
    "Beek",
    "Stations",
    "Kloosters",
    "Vesting",
    "Kanaal",
]
SHOPS = [
    "Bakkerij De Korenschoof",
    "Slagerij Van Vliet",
    "Fietsenmaker De Spaak",
    "Kapsalon Knip & Co",
    "Lunchroom Het Pleintje",
    "Bloemenhuis Flora",
    "Drogisterij De Vijzel",
    "Snackbar De Smulhoek",
    "Supermarkt Buurtwinkel",
    "Opticien Helder Zicht",
    "Schoenmakerij Hak & Zool",
    "Reisbureau De Globe",
]
MAILDOM = [
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.com",
    "gmail.com",
    "xs4all.nl",
    "planet.nl",
    "outlook.com",
    "icloud.com",
    "live.nl",
    "home.nl",
    "caiway.nl",
    "telfort.nl",
    "proton.me",
    "upcmail.nl",
]


# ----------------------------------------------------------------------------------------------- persons
def cap1(s):
    return s[0].upper() + s[1:] if s else s


class P:
    def __init__(self, first, particle, sur, g, origin, known=False):
        self.first, self.particle, self.sur, self.g, self.origin, self.known = first, particle, sur, g, origin, known

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def last(self):
        return (cap1(self.particle) + " " + self.sur) if self.particle else self.sur


def gender_end(g, kind):
    if kind == "{g}":
        return "ski" if g == "m" else "ska"
    if kind == "{b}":
        return "ov" if g == "m" else "ova"
    return {"m": ["opoulos", "idis", "akis"], "f": ["opoulou", "idou", "aki"]}[g][hash(kind) % 1]


def make_person(r, origin=None, g=None, sur=None, particle=None):
    origin = origin or r.choice(list(N.GROUPS))
    ms, fs, pre, suf, parts = N.GROUPS[origin]
    g = g or r.choice("mf")
    first = r.choice(ms if g == "m" else fs)
    if sur is None:
        s = r.choice(suf)
        if s.startswith("{"):
            if s == "{r}":
                s = r.choice(["opoulos", "idis", "akis"] if g == "m" else ["opoulou", "idou", "aki"])
            else:
                s = gender_end(g, s)
        sur = r.choice(pre) + s
        if parts and particle is None and r.random() < 0.75:
            particle = r.choice(parts)
    return P(first, particle or "", sur, g, origin)


def relative(r, p, g=None):
    """A family member sharing the family name."""
    g = g or r.choice("mf")
    ms, fs = N.GROUPS[p.origin][:2]
    pool = [x for x in (ms if g == "m" else fs) if x != p.first]
    return P(r.choice(pool), p.particle, p.sur, g, p.origin, p.known)


# ----------------------------------------------------------------------------------------------- the document
class Doc:
    def __init__(self, r, known=False):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: list[str] = []
        self.known_person = None
        self.emails: list[str] = []
        self.phones: list[str] = []
        r_ = r
        self.town = r_.choice(TOWNS)
        streets = set()
        while len(streets) < 6:
            streets.add(r_.choice(ST_A) + r_.choice(ST_B))
        streets = sorted(streets)
        r_.shuffle(streets)
        self.pstreets = streets[:3]  # project location streets (keep words)
        self.rstreets = streets[3:]  # residents' streets (personal data)
        self.contractor = r_.choice(CONTRACTORS)
        self.project = r_.choice(PROJECTS).format(w=r_.choice(PROJ_W))
        self.persons: dict[str, P] = {}
        self.addrs: dict[str, tuple[str, str]] = {}
        self.case = None
        if known:
            w = r_.choice(sorted(N.KNOWN))
            particle, uses = N.KNOWN[w]
            base = make_person(
                r_,
                origin=r_.choice(
                    [
                        "Nederlands",
                        "Nederlands",
                        "Fries",
                        "Vlaams",
                        "Limburgs",
                        "Surinaams-Creools",
                        "Antilliaans",
                        "Moluks",
                    ]
                ),
                sur=w,
                particle=particle,
            )
            base.known = True
            self.persons["res"] = base
            self.known_person = base
            self.known_word = w
            self.known_uses = uses

    # -- recording
    def p(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    # -- persons
    def person(self, role):
        if role not in self.persons:
            r = self.r
            if role in ("partner", "child") and "res" in self.persons:
                self.persons[role] = relative(r, self.person("res"))
            else:
                self.persons[role] = make_person(r)
        return self.persons[role]

    def full(self, role):
        return self.p(self.person(role).full, "PERSON")

    def last(self, role):
        return self.p(self.person(role).last, "PERSON")

    def last_low(self, role):
        pp = self.person(role)
        return self.p(" ".join(x for x in (pp.particle, pp.sur) if x), "PERSON")

    def first(self, role):
        return self.p(self.person(role).first, "PERSON")

    def ini(self, role):
        pp = self.person(role)
        f = pp.first.replace("-", " ").split()
        ini = "".join(x[0] + "." for x in f)
        if self.r.random() < 0.3:
            ini += self.r.choice("ABCDEGHJKLMNPRSTW") + "."
        return self.p(" ".join(x for x in (ini, pp.particle, pp.sur) if x), "PERSON")

    def caps(self, role):
        return self.p(self.person(role).full.upper(), "PERSON")

    def caps_last(self, role):
        return self.p(self.person(role).last.upper(), "PERSON")

    def low_first(self, role):
        return self.p(self.person(role).first.lower(), "PERSON")

    def poss(self, role):
        f = self.person(role).first
        if f[-1] in "aeiouy":
            s = f + "'s"
        elif f[-1] in "sxz":
            s = f + "'"
        else:
            s = f + "s"
        return self.p(s, "PERSON")

    def title(self, role):
        pp = self.person(role)
        t = self.r.choice(["mevrouw", "mw.", "mevr."] if pp.g == "f" else ["meneer", "de heer", "dhr."])
        if self.r.random() < 0.15 and pp.particle:
            return t + " " + self.last_low(role)
        return t + " " + self.last(role)

    def handle(self, role):
        if not hasattr(self, "_handles"):
            self._handles = {}
        if role in self._handles:
            return self._handles[role]
        pp = self.person(role)
        h = (
            ascii_(pp.first.lower()).replace(" ", "")
            + self.r.choice(["_", ".", ""])
            + ascii_((pp.particle.replace(" ", "").replace("'", "") + pp.sur).lower()).replace(" ", "")[
                : self.r.choice([1, 3, 30])
            ]
        )
        self._handles[role] = self.p(h, "PERSON")
        return self._handles[role]

    def hij(self, role):
        return "zij" if self.person(role).g == "f" else "hij"

    def zijn(self, role):
        return "haar" if self.person(role).g == "f" else "zijn"

    def email(self, role, work=False):
        pp = self.person(role)
        f = ascii_(pp.first.lower()).replace(" ", "").replace("-", "")
        s = ascii_((pp.particle.replace(" ", "").replace("'", "") + pp.sur).lower()).replace(" ", "").replace("-", "")
        r = self.r
        if work:
            dom = re.sub(r"[^a-z]", "", ascii_(self.contractor.lower()))[:14] + ".nl"
            local = r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f}{s[0]}"])
        else:
            dom = r.choice(MAILDOM)
            local = r.choice(
                [f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{r.randint(2, 99)}", f"{s}.{f[0]}", f"{f}_{s[:4]}", f"fam.{s}"]
            )
        e = self.p(f"{local}@{dom}", "EMAIL")
        if role == "res":
            self.emails.append(e)
        return e

    def phone(self, role, mobile=None):
        ph = self.p(phone(self.r, mobile), "PHONE")
        if role == "res":
            self.phones.append(ph)
        return ph

    def addr(self, role="res", form="full"):
        if role not in self.addrs:
            i = len(self.addrs) % len(self.rstreets)
            no = str(self.r.randint(1, 180)) + self.r.choice(["", "", "", "A", "-2", "-bis", "b", "-14"])
            self.addrs[role] = (self.rstreets[i], no)
        st, no = self.addrs[role]
        if form == "street":
            return self.p(st, "ADDRESS")
        if form == "caps":
            return self.p(f"{st} {no}".upper(), "ADDRESS")
        if form == "file":
            return self.p(f"{st}{no}", "ADDRESS")
        return self.p(f"{st} {no}", "ADDRESS")

    def postcode(self):
        if not hasattr(self, "_pc"):
            self._pc = postcode(self.r)
        return self.p(self._pc, "POSTCODE")

    def casenr(self):
        if self.case is None:
            self.case = case_number(self.r)
        return self.p(self.case, "CASE_NUMBER")

    def dob(self, role="res"):
        if not hasattr(self, "_dobs"):
            self._dobs = {}
        if role not in self._dobs:
            self._dobs[role] = (self.r.randint(1931, 2008), self.r.randint(1, 12), self.r.randint(1, 28))
        return self.p(dob(self.r, self._dobs[role]), "DATE_OF_BIRTH")

    def salute(self, role, informal=False):
        pp = self.person(role)
        if informal:
            t = "mevrouw" if pp.g == "f" else "meneer"
        else:
            t = "mevrouw" if pp.g == "f" else "heer"
        return t + " " + self.last(role)

    def bsn(self):
        return self.p(fmt_bsn(self.r, bsn(self.r)), "BSN")

    def iban(self):
        return self.p(iban(self.r), "IBAN")

    def plate(self):
        return self.p(plate(self.r), "LICENSE_PLATE")

    def date(self):
        return self.k(odate(self.r))

    def amount(self, lo=80, hi=14000):
        return self.k(amount(self.r, lo, hi))

    def ps(self, i=0):
        return self.k(self.pstreets[i])

    def use(self, name):
        self.used.append(name)
        return SHAPES[name][1](self)

    def bodies(self, pool, n):
        names = self.r.sample(pool, min(n, len(pool)))
        return [self.use(x) for x in names]


# ----------------------------------------------------------------------------------------------- body sentences
@shape("sentence")
def b_scheur_damwand(d):
    return (
        f"{d.k('Sinds')} het intrillen van de {d.k('damwand')} aan de {d.ps()} zien wij {d.k('scheuren')} in de "
        f"{d.k('achtergevel')} van {d.addr()}."
    )


@shape("sentence")
def b_trillingsmeting(d):
    return (
        f"De {d.k('trillingsmeter')} in de voorkamer van {d.full('res')} registreerde op {d.date()} een "
        f"{d.k('piekwaarde')} van {d.r.randint(3, 19)},{d.r.randint(0, 9)} mm/s; de {d.k('grenswaarde')} volgens de "
        f"{d.k('SBR-richtlijn')} is {d.r.choice([3, 5, 10])} mm/s."
    )


@shape("sentence")
def b_verzakking(d):
    return (
        f"De {d.k('stoep')} voor {d.addr()} is {d.r.randint(2, 12)} centimeter {d.k('verzakt')} sinds de "
        f"{d.k('bemaling')} is gestopt."
    )


@shape("sentence")
def b_kelder_bui(d):
    return (
        f"{d.k('Na')} de {d.k('wolkbreuk')} van {d.date()} stond het water {d.r.randint(8, 60)} cm hoog in het "
        f"{d.k('souterrain')} van {d.title('res')}."
    )


@shape("sentence")
def b_tuin_blank(d):
    return (
        f"{d.first('res')} en {d.zijn('res')} {d.r.choice(['zoon', 'dochter'])} {d.full('child')} hebben de hele nacht "
        f"gehoosd; alle tuinen aan de {d.addr(form='street')} stonden {d.k('blank')}."
    )


@shape("sentence")
def b_vooropname(d):
    d.k("vooropname")
    return (
        f"{d.k('Een')} bouwkundige vooropname van {d.addr()} is op {d.date()} uitgevoerd door {d.full('exp')} van "
        f"{d.k(d.r.choice(BUREAUS))}."
    )


@shape("sentence")
def b_omg_contact(d):
    return (
        f"{d.k('Vragen')}? Bel {d.k('omgevingsmanager')} {d.full('omg')} op {d.phone('omg', True)} of mail naar "
        f"{d.email('omg', True)}."
    )


@shape("sentence")
def b_uitvoerder(d):
    return (
        f"{d.k('Uitvoerder')} {d.full('uitv')} van {d.k(d.contractor)} is op {d.k('werkdagen')} van 7.00 tot 16.00 uur "
        f"bereikbaar via {d.phone('uitv', True)}."
    )


@shape("sentence")
def b_kap_essen(d):
    return (
        f"De {d.r.randint(3, 14)} essen aan de {d.ps(1)} worden gekapt vanwege {d.k('essentaksterfte')}; in het "
        f"{d.k('plantseizoen')} komen er {d.r.randint(4, 20)} nieuwe bomen terug."
    )


@shape("sentence")
def b_bezwaar_kap(d):
    return (
        f"{d.full('res')} ({d.addr()}) diende {d.k('bezwaar')} in tegen de {d.k('kapvergunning')} voor de "
        f"{d.k('plataan')} voor {d.zijn('res')} deur."
    )


@shape("sentence")
def b_glasvezel(d):
    u = d.k(d.r.choice(UTILITY_FIBRE))
    return (
        f"{d.k('Bij')} het boren voor {d.k('glasvezel')} raakte een {d.k('monteur')} van {u} de waterleiding van "
        f"{d.title('res')}; {d.hij('res')} zat een dag zonder water."
    )


@shape("sentence")
def b_gaslucht(d):
    g = d.k(d.r.choice(UTILITY_GAS))
    return (
        f"{d.k('Op')} {d.date()} rook {d.first('res')} gas bij de {d.k('meterkast')}; {g} sloot de "
        f"{d.k('aansluiting')} binnen een uur af."
    )


@shape("sentence")
def b_nadeelcomp(d):
    shop = d.k(d.r.choice(SHOPS))
    return (
        f"{d.k('Eigenaar')} {d.full('shop')} van {shop} in de {d.ps()} vraagt {d.k('nadeelcompensatie')}: de "
        f"{d.k('omzet')} daalde met {d.r.randint(18, 64)} procent tijdens de werkzaamheden."
    )


@shape("sentence")
def b_iban_uitbetaling(d):
    return f"Het bedrag van {d.amount()} wordt {d.k('overgemaakt')} op {d.iban()} ten name van {d.ini('res')}."


@shape("sentence")
def b_bsn_tegemoet(d):
    return (
        f"{d.k('Voor')} de {d.k('tegemoetkoming')} hebben wij het burgerservicenummer van {d.first('res')} nodig; "
        f"{d.hij('res')} gaf {d.bsn()} door."
    )


@shape("sentence")
def b_dob_woont(d):
    return f"{d.full('res')}, geboren {d.dob()}, woont sinds {d.k(str(d.r.randint(1975, 2020)))} op {d.addr()}."


@shape("sentence")
def b_auto_grind(d):
    return (
        f"De auto van {d.title('res')} ({d.plate()}) kreeg een barst in de {d.k('voorruit')} door opspattend "
        f"{d.k('grind')}."
    )


@shape("sentence")
def b_bouwverkeer_busje(d):
    return (
        f"Het busje met kenteken {d.plate()} van {d.poss('uitv')} ploeg blokkeert elke ochtend de "
        f"{d.k('uitrit')} van {d.addr()}."
    )


@shape("sentence")
def b_melding_nr(d):
    return f"Uw {d.k('melding')} is {d.k('geregistreerd')} onder nummer {d.casenr()}."


@shape("sentence")
def b_zaaknr(d):
    return f"{d.k('Vermeld')} bij {d.k('correspondentie')} altijd het {d.k('zaaknummer')} {d.casenr()}."


@shape("sentence")
def b_buurman(d):
    return f"{d.k('Buurvrouw' if d.person('nb').g == 'f' else 'Buurman')} {d.full('nb')} van {d.addr('nb')} ziet dezelfde scheur in de {d.k('tussenmuur')}."


@shape("sentence")
def b_ambtenaar(d):
    f, dep = d.r.choice(FUNCS), d.r.choice(DEPTS)
    return f"{d.full('amb')}, {d.k(f)} bij {d.k(dep)}, heeft de schade op {d.date()} bekeken."


@shape("sentence")
def b_bemiddelaar(d):
    return (
        f"{d.k('Bemiddelaar')} {d.full('med')} stelde voor om samen met {d.title('omg')} een nieuwe "
        f"{d.k('schouw')} te houden."
    )


@shape("sentence")
def b_gescheiden_stelsel(d):
    return (
        f"De {d.k('gemengde')} riolering onder de {d.ps()} wordt vervangen door een {d.k('gescheiden stelsel')} "
        f"({d.k('DWA')} en {d.k('RWA')})."
    )


@shape("sentence")
def b_herbestrating(d):
    return (
        f"{d.k('Na')} de rioolvervanging wordt de {d.k('rijbaan')} herstraat met gebakken {d.k('klinkers')} in "
        f"{d.k('keperverband')}."
    )


@shape("sentence")
def b_afsluiting(d):
    return (
        f"{d.k('Van')} {d.date()} tot en met {d.date()} is de {d.ps(1)} afgesloten voor doorgaand verkeer; een "
        f"{d.k('omleiding')} wordt met gele borden aangegeven."
    )


@shape("sentence")
def b_containers(d):
    return f"{d.k('Afvalcontainers')} worden tijdens de werkzaamheden verplaatst naar de hoek {d.ps()}/{d.ps(2)}."


@shape("sentence")
def b_parkeren(d):
    return f"{d.k('Bewoners')} kunnen tijdelijk parkeren bij {d.k(d.r.choice(BUILDINGS))}."


@shape("sentence")
def b_warmtenet(d):
    h = d.k(d.r.choice(UTILITY_HEAT))
    m = d.k(d.r.choice(MAANDEN))
    return f"{h} legt in {m} de hoofdleiding van het {d.k('warmtenet')} aan; de aansluiting van {d.addr()} volgt later."


@shape("sentence")
def b_asbestleiding(d):
    w = d.k(d.r.choice(UTILITY_WATER))
    return (
        f"{w} vervangt de oude {d.k('asbestcementleiding')}; {d.title('res')} kreeg een brief met een verkeerd "
        f"huisnummer."
    )


@shape("sentence")
def b_quote_slaap(d):
    return f'"Ik slaap al weken slecht van de {d.k("trillingen")}," zegt {d.first("res")} ({d.r.randint(29, 88)}).'


@shape("sentence")
def b_gipsverklikker(d):
    return f"{d.k('Op')} de scheur in de badkamer van {d.poss('res')} woning is een {d.k('gipsverklikker')} geplaatst."


@shape("sentence")
def b_fotomap(d):
    pp = d.person("res")
    sur = pp.sur.replace(" ", "")
    tag = d.p(sur, "PERSON")
    fn = f"schade_{tag}_{d.addr(form='file')}.zip"
    return f"{d.k('Foto')}'s van de schade staan in het bestand {fn} op de {d.k('projectsite')}."


@shape("sentence")
def b_terugbellen(d):
    return f"{d.k('Teruggebeld')} op {d.phone('res')}; niemand thuis, {d.k('voicemail')} ingesproken."


@shape("sentence")
def b_aansprakelijk(d):
    return f"{d.full('res')} stelt {d.k(d.contractor)} {d.k('aansprakelijk')} voor de schade aan de {d.k('fundering')}."


@shape("sentence")
def b_expert_kosten(d):
    return (
        f"{d.k('Schade-expert')} {d.full('exp')} van {d.k(d.r.choice(BUREAUS))} schat de {d.k('herstelkosten')} op "
        f"{d.amount()}."
    )


@shape("sentence")
def b_termijn(d):
    return f"{d.k('Wij')} verzoeken u binnen {d.k(str(d.r.choice([5, 10, 14])) + ' werkdagen')} te reageren."


@shape("sentence")
def b_kind_astma(d):
    return (
        f"{cap1(d.zijn('res'))} {d.r.choice(['zoon', 'dochter'])} {d.full('child')} (geb. {d.dob('child')}) heeft "
        f"{d.k('astma')} en kan niet tegen het {d.k('stof')}."
    )


@shape("sentence")
def b_buur_oud(d):
    return f"{d.k('Volgens')} {d.title('nb')} is de {d.k('verzakking')} ouder dan de werkzaamheden."


@shape("sentence")
def b_inloopavond(d):
    return (
        f"{d.k('Op')} {d.k(d.r.choice(DAGEN))} {d.date()} is er een {d.k('inloopavond')} in "
        f"{d.k(d.r.choice(BUILDINGS))}; {d.full('omg')} en {d.full('amb')} zijn aanwezig."
    )


@shape("sentence")
def b_gemaal(d):
    return (
        f"{d.k(d.r.choice(WATERSCHAP))} pompte de wijk leeg; {d.k('gemaal')} {d.k(d.r.choice(['De Blauwe Reiger', 'Den Oever', 'Sint Jan', 'De Hoop', 'Stroink']))} "
        f"draaide op volle kracht."
    )


@shape("sentence")
def b_tak_auto(d):
    return f"{d.k('Tijdens')} de {d.k('onweersbui')} viel een populier op de auto ({d.plate()}) van {d.full('res')}."


@shape("sentence")
def b_tegels_val(d):
    return (
        f"De {d.k('tegels')} voor {d.addr()} liggen sinds de {d.k('herbestrating')} scheef; {d.first('res')} "
        f"struikelde op {d.date()}."
    )


@shape("sentence")
def b_rijplaten(d):
    return f"De {d.k('rijplaten')} voor de garage van {d.title('res')} maken 's nachts een enorm lawaai."


@shape("sentence")
def b_afstemming_vraag(d):
    return (
        f"{d.full('res')} vroeg op {d.date()} om een {d.k('verzoek tot afstemming')}, omdat {d.k(d.contractor)} en de "
        f"{d.k('gemeente')} naar elkaar wijzen."
    )


@shape("sentence")
def b_afspraak(d):
    return (
        f"{d.k('Afspraak')}: {d.k(d.contractor)} herstelt de {d.k('voegen')} en de gemeente vergoedt {d.amount()}; "
        f"{d.first('med')} belt over zes weken na."
    )


@shape("sentence")
def b_gegevens_nocue(d):
    return f"{d.k('Gegevens')} bewoner: {d.ini('res')}, {d.dob()}, {d.addr()}, {d.postcode()} {d.k(d.town)}."


@shape("sentence")
def b_brandweer(d):
    return (
        f"De {d.k('brandweer')} pompte {d.r.randint(2, 40) * 100} liter water weg uit de {d.k('kruipruimte')} van "
        f"{d.title('res')}."
    )


@shape("sentence")
def b_werkvak(d):
    return f"{d.k('Werkvak')} {d.r.randint(2, 6)} (tussen {d.ps()} en {d.ps(1)}) start na de {d.k('bouwvak')}."


@shape("sentence")
def b_betreft_caps(d):
    return f"{d.k('BETREFT')}: SCHADE WONING {d.addr(form='caps')} – {d.caps_last('res')}"


@shape("sentence")
def b_contact_vast(d):
    return (
        f"{d.k('Contactpersoon')} bij de gemeente: {d.ini('amb')} ({d.phone('amb', False)}), {d.k(d.r.choice(FUNCS))}."
    )


@shape("sentence")
def b_schadeformulier_14(d):
    return (
        f"Het {d.k('schadeformulier')} staat op de {d.k('website')}; bellen kan ook via "
        f"{d.k('14 0' + str(d.r.randint(10, 99)))}."
    )


@shape("sentence")
def b_info_mail(d):
    t = re.sub(r"[^a-z]", "", ascii_(d.town.lower()))
    return f"{d.k('Algemene')} vragen kunt u mailen naar {d.k(d.r.choice(['info', 'openbareruimte', 'riolering', 'projecten']) + '@' + t + '.nl')}."


@shape("sentence")
def b_partner_mail(d):
    rel = d.r.choice([{"m": "man", "f": "vrouw"}[d.person("partner").g], "partner"])
    return f"{d.poss('res')} {rel} {d.first('partner')} mailde de foto's vanaf {d.email('partner')}."


@shape("sentence")
def b_ondernemer_iban(d):
    return (
        f"{d.k('Ondernemer')} {d.ini('shop')} vraagt de {d.k('voorschotbetaling')} op rekening {d.iban()} "
        f"bij de {d.k('eerste termijn')}."
    )


@shape("sentence")
def b_hemelwater(d):
    return (
        f"{d.k('Het')} {d.k('hemelwater')} van de {d.k('regenpijp')} van {d.addr()} loopt sinds de werkzaamheden "
        f"tegen de gevel van {d.full('nb')}."
    )


@shape("sentence")
def b_geboren_ander(d):
    return f"{d.k('Melder')} is {d.full('res')} (° {d.dob()}), bereikbaar op {d.phone('res')}."


@shape("sentence")
def b_klic(d):
    return (
        f"{d.k('Volgens')} de {d.k('KLIC-melding')} liggen de kabels van {d.k(d.r.choice(UTILITY_GAS))} op "
        f"{d.r.choice(['0,6', '0,8', '1,0'])} meter diepte."
    )


@shape("sentence")
def b_funderingsherstel(d):
    return (
        f"{d.full('exp')} adviseert {d.k('funderingsherstel')} aan {d.addr()}, omdat de {d.k('houten palen')} "
        f"droog zijn komen te staan."
    )


@shape("sentence")
def b_vergoeding_geweigerd(d):
    return (
        f"{d.k('Helaas')} wijst {d.k(d.contractor)} de claim van {d.title('res')} af: de schade zou al in de "
        f"{d.k('vooropname')} staan."
    )


@shape("sentence")
def b_mail_res(d):
    return f"{d.k('Reacties')} graag naar {d.full('res')}, {d.email('res')}."


@shape("sentence")
def b_opzichter_lower(d):
    return (
        f"{d.k('Sorry')} voor de overlast, zei de uitvoerder; {d.low_first('uitv')} beloofde de {d.k('stempels')} "
        f"morgen weg te halen."
    )


# ----------------------------------------------------------------------------------------------- lines
@shape("line")
def l_locatie(d):
    return f"Locatie: {d.ps()} t.h.v. kruising {d.ps(1)}"


@shape("line")
def l_melder(d):
    return f"Melder: {d.ini('res')}, {d.addr()}, tel. {d.phone('res')}"


@shape("line")
def l_uitv(d):
    return f"Uitv.: {d.ini('uitv')} / {d.k(d.contractor)}"


@shape("line")
def l_werkz(d):
    d.k("huisaansluiting", "PVC")
    return f"Werkz.: vervangen huisaansluiting DN{d.r.choice([125, 160])} PVC, put {d.r.randint(1, 9)} t/m {d.r.randint(10, 30)}"


@shape("line")
def l_bijz_klic(d):
    return f"Bijz.: {d.k('KLIC-melding')} {d.date()}; leidingen {d.k(d.r.choice(UTILITY_WATER))} op 0,9 m -mv"


@shape("line")
def l_insp_code(d):
    d.k("scheurvorming", "wortelingroei")
    return (
        f"Insp. streng {d.r.randint(10, 99)}-{d.r.randint(10, 99)}: BAF scheurvorming, BBA wortelingroei, "
        f"klasse {d.r.randint(2, 5)} ({d.k('NEN 3399')})"
    )


@shape("line")
def l_opname_kamer(d):
    d.k("haarscheur", "deurkozijn")
    return f"Opname woonkamer: haarscheur 0,{d.r.randint(1, 9)} mm boven deurkozijn, foto {d.r.randint(1, 40)}"


@shape("line")
def l_meetpunt(d):
    role = "nb" if "res" in d.addrs else "res"
    return (
        f"Meetpunt MP{len(d.addrs) + d.r.randint(1, 9)}: {d.addr(role)}, gevel voorzijde, Vtop {d.r.randint(1, 14)},"
        f"{d.r.randint(0, 9)} mm/s"
    )


@shape("line")
def l_eigenaar(d):
    return f"Eigenaar/bewoner: {d.full('res')} (geb. {d.dob()})"


@shape("line")
def l_status(d):
    return f"Status: doorgezet naar {d.k(d.r.choice(DEPTS))}"


@shape("line")
def l_kenmerk(d):
    return f"{d.k('Kenmerk')}: {d.casenr()}"


@shape("line")
def l_reknr(d):
    return f"Rek.nr.: {d.iban()} t.n.v. {d.ini('res')}"


@shape("line")
def l_bsn(d):
    return f"BSN: {d.bsn()}"


@shape("line")
def l_kenteken(d):
    return f"Kenteken bedrijfswagen: {d.plate()}"


@shape("line")
def l_datum(d):
    return f"Datum opname: {d.date()}"


@shape("line")
def l_aanwezig(d):
    return f"Aanwezig: {d.full('res')} (bewoner), {d.ini('exp')} (opnemer), {d.first('omg')} (omgevingsmanager)"


LINES = [n for n, (k, _) in SHAPES.items() if k == "line"]
SENTS = [n for n, (k, _) in SHAPES.items() if k == "sentence"]
LETTER_POOL = [
    "b_scheur_damwand",
    "b_trillingsmeting",
    "b_verzakking",
    "b_kelder_bui",
    "b_tuin_blank",
    "b_vooropname",
    "b_bezwaar_kap",
    "b_glasvezel",
    "b_gaslucht",
    "b_iban_uitbetaling",
    "b_bsn_tegemoet",
    "b_dob_woont",
    "b_auto_grind",
    "b_bouwverkeer_busje",
    "b_buurman",
    "b_kind_astma",
    "b_buur_oud",
    "b_tak_auto",
    "b_tegels_val",
    "b_rijplaten",
    "b_gipsverklikker",
    "b_fotomap",
    "b_aansprakelijk",
    "b_quote_slaap",
    "b_brandweer",
    "b_hemelwater",
    "b_partner_mail",
    "b_funderingsherstel",
    "b_vergoeding_geweigerd",
    "b_asbestleiding",
]
AREA_POOL = [
    "b_gescheiden_stelsel",
    "b_herbestrating",
    "b_afsluiting",
    "b_containers",
    "b_parkeren",
    "b_kap_essen",
    "b_werkvak",
    "b_klic",
    "b_warmtenet",
    "b_gemaal",
    "b_inloopavond",
    "b_schadeformulier_14",
    "b_info_mail",
]
OFFICE_POOL = [
    "b_ambtenaar",
    "b_bemiddelaar",
    "b_expert_kosten",
    "b_afspraak",
    "b_afstemming_vraag",
    "b_melding_nr",
    "b_zaaknr",
    "b_termijn",
    "b_contact_vast",
    "b_nadeelcomp",
    "b_ondernemer_iban",
    "b_geboren_ander",
    "b_mail_res",
    "b_opzichter_lower",
    "b_betreft_caps",
    "b_gegevens_nocue",
    "b_terugbellen",
    "b_omg_contact",
    "b_uitvoerder",
]


def mix(d, a, b, c=0):
    return d.bodies(LETTER_POOL, a) + d.bodies(AREA_POOL, b) + d.bodies(OFFICE_POOL, c)


# ----------------------------------------------------------------------------------------------- document kinds
@shape("document")
def k_bewonersbrief(d):
    head = (
        f"{d.k(d.contractor)}\nAan de bewoners en gebruikers van de {d.ps()} en {d.ps(1)} in {d.k(d.town)}\n"
        f"{d.town}, {d.date()}\n{d.k('Betreft')}: {d.k(d.project)}\n\n{d.k('Geachte')} bewoner,\n"
    )
    body = " ".join(d.bodies(AREA_POOL, 3) + [d.use("b_omg_contact")] + d.bodies(LETTER_POOL, 1))
    return head + body + f"\n\nMet vriendelijke groet,\n{d.full('omg')}\n{d.k('Omgevingsmanager')} {d.project}"


@shape("document")
def k_schadeformulier(d):
    lines = [
        f"{d.k('SCHADEMELDFORMULIER')} – {d.project}",
        f"Naam: {d.full('res')}",
        f"Adres: {d.addr()}",
        f"Postcode/plaats: {d.postcode()} {d.k(d.town)}",
        f"Telefoon: {d.phone('res')}",
        f"E-mail: {d.email('res')}",
        f"Geboortedatum: {d.dob()}",
        f"IBAN: {d.iban()}",
        *([d.use("l_bsn")] if d.r.random() < 0.4 else []),
        f"{d.k('Omschrijving')}: " + " ".join(d.bodies(LETTER_POOL, 2)),
        f"{d.k('Handtekening')}: {d.ini('res')}",
    ]
    return "\n".join(lines)


@shape("document")
def k_mail_bewoner(d):
    head = (
        f"Van: {d.email('res')}\nAan: {d.k('schade@' + re.sub(r'[^a-z]', '', ascii_(d.town.lower())) + '.nl')}\n"
        f"{d.k('Onderwerp')}: scheuren na werkzaamheden {d.ps()}\n\n{d.k('Beste')} meneer, mevrouw,\n"
    )
    body = " ".join(d.bodies(LETTER_POOL, 3) + d.bodies(OFFICE_POOL, 1))
    return head + body + f"\n\n{d.k('Groet')},\n{d.full('res')}\n{d.addr()}\n{d.phone('res')}"


@shape("document")
def k_werkorder(d):
    lines = [
        f"{d.k('WERKORDER')} {d.k(d.contractor.upper())} – {d.k('Calamiteit')} {d.k('riool')}",
        d.use("l_kenmerk"),
        d.use("l_locatie"),
        d.use("l_melder"),
        d.use("l_uitv"),
        d.use("l_werkz"),
        d.use("l_bijz_klic"),
        d.use("l_kenteken"),
        d.use("l_status"),
    ]
    return "\n".join(lines)


@shape("document")
def k_inspectierapport(d):
    lines = [
        f"{d.k('INSPECTIERAPPORT')} {d.k('rioolinspectie')} {d.k(d.project)}",
        d.use("l_datum"),
        f"Inspecteur: {d.full('exp')} ({d.k(d.r.choice(BUREAUS))})",
        d.use("l_insp_code"),
        d.use("l_insp_code"),
        f"Opm.: {d.k('Wortels')} afkomstig van boom voor {d.addr()}; bewoner {d.title('res')} geïnformeerd.",
        d.use("l_status"),
    ]
    return "\n".join(lines)


@shape("document")
def k_vooropname(d):
    lines = [
        f"{d.k('Bouwkundige')} vooropname nr. {d.r.randint(100, 999)} – {d.k(d.project)}",
        d.use("l_datum"),
        f"Object: {d.addr()}, {d.postcode()} {d.k(d.town)}",
        d.use("l_eigenaar"),
        d.use("l_aanwezig"),
        d.use("l_opname_kamer"),
        f"{d.k('Buitengevel')}: {d.k('trapscheur')} in metselwerk links naast voordeur, lengte {d.r.randint(20, 90)} cm",
        d.use("l_kenmerk"),
    ]
    return "\n".join(lines)


@shape("document")
def k_trillingsrapport(d):
    lines = [
        f"{d.k('Trillingsmetingen')} {d.k('damwandwerkzaamheden')} {d.ps()}",
        d.use("l_meetpunt"),
        d.use("l_meetpunt"),
        f"{d.k('Conclusie')}: overschrijding {d.k('SBR-A')} op {d.date()}; {d.k('Uitvoerder')} {d.full('uitv')} is "
        f"gevraagd het trilblok te wisselen.",
        d.use("b_trillingsmeting"),
    ]
    return "\n".join(lines)


@shape("document")
def k_telefoonnotitie(d):
    head = (
        f"{d.k('Telefoonnotitie')} {d.k('Klantcontactcentrum')} – {d.date()}\n"
        f"{d.k('Beller')}: {d.full('res')}, {d.addr()}, {d.phone('res')}\n"
    )
    return head + " ".join(d.bodies(LETTER_POOL, 2) + [d.use("b_melding_nr"), d.use("b_terugbellen")])


@shape("document")
def k_kapbrief(d):
    head = (
        f"{d.k('Kennisgeving')} {d.k('omgevingsvergunning')} kappen – {d.k(d.town)}\n\n{d.k('Geachte')} "
        f"{d.salute('res')},\n\n"
    )
    body = " ".join([d.use("b_kap_essen"), d.use("b_bezwaar_kap")] + d.bodies(OFFICE_POOL, 1))
    return head + body + f"\n\n{d.full('amb')}\n{d.k(d.r.choice(['Boomdeskundige', 'Teamleider Groen']))}"


@shape("document")
def k_nadeelcompensatie(d):
    lines = [
        f"{d.k('Verzoek')} om {d.k('nadeelcompensatie')} – {d.k(d.project)}",
        d.use("l_kenmerk"),
        f"{d.k('Aanvrager')}: {d.full('shop')}, {d.k(d.r.choice(SHOPS))}",
        f"{d.k('Privéadres')}: {d.addr('shop')}, {d.postcode()}",
        f"{d.k('Omzetverlies')} {d.k(d.r.choice(MAANDEN))} t/m {d.k(d.r.choice(MAANDEN))}: {d.amount(2000, 40000)}",
        d.use("b_ondernemer_iban"),
        d.use("b_nadeelcomp"),
    ]
    if d.r.random() < 0.5:
        lines.insert(4, d.use("l_bsn"))
    return "\n".join(lines)


@shape("document")
def k_buurtapp(d):
    ms = [
        f"[{d.k('Buurtapp')} {d.ps()}] {d.handle('res')}: water staat weer in de {d.k('kruipruimte')}, iemand anders ook??",
        f"{d.handle('nb')}: ja hier ook, {d.low_first('res')}. ik heb {d.k('Waterschap')} al gebeld",
        f"{d.handle('res')}: {d.low_first('nb')} jij woont toch op {d.addr('nb')}? daar is de put ook vol",
        f"{d.handle('nb')}: klopt. de uitvoerder ({d.first('uitv')}) zegt dat de {d.k('pomp')} morgen komt",
    ]
    return "\n".join(ms)


@shape("document")
def k_gespreksverslag(d):
    head = (
        f"{d.k('Verslag')} {d.k('afstemmingsgesprek')} {d.date()}\n{d.k('Aanwezig')}: {d.full('res')}, "
        f"{d.full('amb')} ({d.k(d.r.choice(DEPTS))}), {d.full('med')} ({d.k('bemiddelaar')})\n\n"
    )
    return head + " ".join(d.bodies(LETTER_POOL, 2) + [d.use("b_afspraak")] + d.bodies(OFFICE_POOL, 1))


@shape("document")
def k_aannemer_mail(d):
    head = (
        f"Van: {d.email('omg', True)}\nAan: {d.email('res')}\n{d.k('Onderwerp')}: uw schademelding\n\n"
        f"{d.k('Beste')} {d.salute('res', True)},\n\n"
    )
    body = " ".join(d.bodies(LETTER_POOL, 1) + [d.use("b_vergoeding_geweigerd")] + d.bodies(OFFICE_POOL, 1))
    return head + body + f"\n\n{d.k('Met')} vriendelijke groet,\n{d.first('omg')}\n{d.k(d.contractor)}"


@shape("document")
def k_inloopverslag(d):
    head = f"{d.k('Terugkoppeling')} {d.k('inloopavond')} {d.k(d.project)}\n\n"
    body = (
        d.bodies(AREA_POOL, 2)
        + [
            f"{d.k('Veel')} vragen gingen over {d.k('parkeren')}. {d.full('res')} van de {d.addr(form='street')} "
            f"vroeg waarom {d.zijn('res')} straat twee keer open moet."
        ]
        + d.bodies(LETTER_POOL, 1)
    )
    return head + " ".join(body)


@shape("document")
def k_glasvezelbrief(d):
    u = d.k(d.r.choice(UTILITY_FIBRE))
    head = (
        f"{u} – {d.k('schouwafspraak')} {d.k('huisaansluiting')}\n\n{d.k('Geachte')} {d.salute('res')},\n\n"
        f"{d.k('Op')} {d.k(d.r.choice(DAGEN))} {d.date()} komt een {d.k('schouwer')} naar {d.addr()}, "
        f"{d.postcode()}."
    )
    return head + " " + " ".join(d.bodies(LETTER_POOL, 1) + d.bodies(OFFICE_POOL, 1))


@shape("document")
def k_warmtenetbrief(d):
    body = [d.use("b_warmtenet"), d.use("b_afsluiting")] + d.bodies(LETTER_POOL, 1)
    return (
        f"{d.k('Aansluiting')} {d.k('warmtenet')} – {d.k(d.town)}\n\n{d.k('Geachte')} {d.salute('res')},\n\n"
        + " ".join(body)
        + f"\n\n{d.full('amb')}, {d.k('projectleider')}"
    )


@shape("document")
def k_storingsmelding(d):
    g = d.k(d.r.choice(UTILITY_GAS + UTILITY_WATER))
    lines = [
        f"{d.k('STORINGSMELDING')} {g}",
        f"{d.k('Tijdstip')}: {d.date()} {d.r.randint(0, 23):02d}:{d.r.randint(0, 59):02d}",
        f"{d.k('Adres')}: {d.addr()}",
        f"{d.k('Contact')}: {d.ini('res')} {d.phone('res')}",
        d.use("b_gaslucht"),
        d.use("l_kenteken"),
    ]
    return "\n".join(lines)


@shape("document")
def k_herstelrapport(d):
    lines = [
        f"{d.k('Herstelrapport')} {d.k('schadeafhandeling')} {d.k(d.contractor)}",
        d.use("l_kenmerk"),
        f"{d.k('Woning')}: {d.addr()}",
        d.use("b_expert_kosten"),
        d.use("b_funderingsherstel"),
        d.use("l_reknr"),
        f"{d.k('Akkoord')} bewoner: {d.caps('res')}",
    ]
    return "\n".join(lines)


@shape("document")
def k_aansprakelijkstelling(d):
    head = (
        f"{d.full('res')}\n{d.addr()}\n{d.postcode()} {d.k(d.town)}\n\n{d.k('Aangetekend')}\n{d.k(d.contractor)}\n"
        f"{d.k('Betreft')}: {d.k('aansprakelijkstelling')}\n\n"
    )
    body = [d.use("b_aansprakelijk")] + d.bodies(LETTER_POOL, 2) + [d.use("b_termijn")]
    return head + " ".join(body) + f"\n\n{d.ini('res')}"


@shape("document")
def k_dagrapport(d):
    lines = [
        f"{d.k('DAGRAPPORT')} {d.k('uitvoering')} {d.date()} – {d.k('weer')}: {d.k(d.r.choice(['regen', 'droog', 'onweer']))}",
        d.use("l_uitv"),
        d.use("l_werkz"),
        f"{d.k('Bijzonderheden')}: bewoner {d.title('res')} ({d.addr()}) klaagt over {d.k('trillingen')}; "
        f"{d.first('omg')} ingelicht.",
        d.use("l_kenteken"),
        d.use("l_insp_code"),
    ]
    return "\n".join(lines)


@shape("document")
def k_sms(d):
    return (
        f"{d.k('SMS')} van {d.phone('uitv', True)}: {d.k('Hoi')} {d.first('res')}, morgen om 7u graven we de sleuf "
        f"voor jouw deur ({d.addr()}), auto graag weg. {d.k('Groet')}, {d.first('uitv')} ({d.k(d.contractor)})\n"
        + " ".join(d.bodies(LETTER_POOL, 1) + d.bodies(OFFICE_POOL, 1))
    )


@shape("document")
def k_ontheffing(d):
    lines = [
        f"{d.k('Ontheffing')} {d.k('parkeerverbod')} – {d.k(d.project)}",
        d.use("l_kenmerk"),
        f"{d.k('Houder')}: {d.full('res')}, {d.addr()}",
        f"{d.k('Kenteken')}: {d.plate()}",
        f"{d.k('Geldig')} van {d.date()} t/m {d.date()}",
        f"{d.k('Uitgegeven')} door {d.ini('amb')}, {d.k(d.r.choice(DEPTS))}",
    ]
    return "\n".join(lines)


@shape("document")
def k_intake_afstemming(d):
    lines = [
        f"{d.k('INTAKE')} {d.k('Verzoek tot Afstemming')}",
        d.use("l_kenmerk"),
        f"{d.k('Verzoeker')}: {d.full('res')}",
        f"Geb.datum: {d.dob()}",
        d.use("l_bsn"),
        f"{d.k('Woonadres')}: {d.addr()}, {d.postcode()} {d.k(d.town)}",
        f"E-mail: {d.email('res')}",
        f"{d.k('Samenvatting')}: " + " ".join(d.bodies(LETTER_POOL, 2)),
        f"{d.k('Bemiddelaar')}: {d.full('med')}",
    ]
    return "\n".join(lines)


@shape("document")
def k_interne_memo(d):
    head = (
        f"{d.k('MEMO')}\n{d.k('Aan')}: {d.full('amb')}, {d.k(d.r.choice(DEPTS))}\n{d.k('Van')}: {d.ini('exp')}\n"
        f"{d.k('Onderwerp')}: {d.k('wateroverlast')} {d.ps()}\n\n"
    )
    return head + " ".join(d.bodies(AREA_POOL, 1) + d.bodies(LETTER_POOL, 2) + d.bodies(OFFICE_POOL, 1))


KINDS = [n for n, (k, _) in SHAPES.items() if k == "document"]


@shape("sentence")
def b_known(d):
    """The ordinary use of the known name's word, lower case, beside the known resident."""
    use = d.r.choice(d.known_uses).format(w=d.k(d.known_word.lower()))
    return (
        f'{d.full("res")} schrijft in {d.zijn("res")} {d.k("klacht")}: "{cap1(use)}." {cap1(d.title("res"))} '
        f"wil dat de gemeente {d.r.choice(['dit', 'dat', 'het'])} {d.k('oplost')}."
    )


# ----------------------------------------------------------------------------------------------- build and gate
def build(i: int, seed: str) -> dict:
    r = random.Random(seed)
    known = i % 4 == 1
    d = Doc(r, known)
    kind = KINDS[i % len(KINDS)] if r.random() < 0.5 else r.choice(KINDS)
    text = d.use(kind)
    if known:
        text += "\n" + d.use("b_known")
    doc = {
        "id": f"fresh32c-{i:04d}",
        "text": text,
        "pii": d.pii,
        "keep": [k for k in d.keep if k in text and k.lower() not in TRIVIAL],
    }
    if known:
        kn = {"names": [d.known_person.full]}
        if d.emails:
            kn["emails"] = sorted(set(d.emails))
        if d.phones:
            kn["phones"] = sorted(set(d.phones))
        doc["known"] = kn
    doc["_shapes"] = d.used
    return doc


TRIVIAL = {"op", "na", "van", "aan", "met", "een", "het", "bij", "voor", "wij"}


def _words(s):
    return [w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", s)]


def gate(doc: dict) -> str | None:
    try:
        SCORE.check_doc(doc)
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
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w.lower() for w in _words(n)}
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w.lower() for w in _words(it["text"]) if w.lower() not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in _words(k):
            lw = w.lower()
            if lw in PARTICLES or len(w) < 2 or lw not in name_words:
                continue
            if w == lw and lw in known_words:
                continue
            return f"keep {k!r} shares {w!r} with a name"
    return None


def generate():
    docs, redraws, shapes_used = [], 0, Counter()
    for i in range(N_DOCS):
        doc = build(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"document {i} keeps failing: {gate(doc)}")
            doc = build(i, f"{SEED}-{i}-{attempt}")
        shapes_used.update(doc.pop("_shapes"))
        docs.append(doc)
    return docs, redraws, shapes_used


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes_used = generate()
    text = dump(docs)
    if "--check" in argv:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if cur != text:
            print("fresh32c_texts.jsonl differs from the generator's output")
            return 1
        print(f"ok: {len(docs)} documents match")
        return 0
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        print(f"pii items: {sum(labels.values())}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        kinds = Counter(k for k, _ in SHAPES.values())
        print(
            f"shapes registered: {len(SHAPES)} ({kinds['document']} document kinds, {kinds['sentence']} sentence "
            f"shapes, {kinds['line']} line shapes); shapes used: {len(shapes_used)}"
        )
        origins = len(N.GROUPS)
        print(f"origin groups: {origins}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        fails = [d["id"] for d in docs if gate(d) is not None]
        print(f"gate failures: {len(fails)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
