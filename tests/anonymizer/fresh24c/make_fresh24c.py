"""Generator of the blind anonymizer corpus fresh24c: parking, traffic and public space (helper F24C, round 18).

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh24c/make_fresh24c.py           write fresh24c_texts.jsonl
    python tests/anonymizer/fresh24c/make_fresh24c.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh24c/make_fresh24c.py --stats   counts per label, shapes, known names, redraws
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
from names24c import GROUPS, PARTICLES_NL  # noqa: E402

_spec = importlib.util.spec_from_file_location("score24c", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202618103
N_DOCS = 300
OUT = HERE / "fresh24c_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(f):
        assert name not in SHAPES, name
        SHAPES[name] = f
        f.shape_name = name
        return f

    return deco


# ----------------------------------------------------------------------------------------------- numbers and codes


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_bsn(r):
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if bsn_ok(d):
            return r.choice([d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])


def make_iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(ch, 36)) for ch in bank + acct + "NL00"))
    c = f"NL{98 - num % 97:02d}{bank}{acct}"
    assert iban_ok(c)
    return c if r.random() < 0.35 else " ".join(c[i : i + 4] for i in range(0, len(c), 4))


PL = "BDFGHJKLNPRSTVXZ"


def make_plate(r):
    L = lambda n: "".join(r.choice(PL) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))  # noqa: E731
    code = r.randint(1, 18)
    p = {
        1: lambda: f"{L(2)}-{D(2)}-{D(2)}",
        2: lambda: f"{D(2)}-{D(2)}-{L(2)}",
        3: lambda: f"{D(2)}-{L(2)}-{D(2)}",
        4: lambda: f"{L(2)}-{D(2)}-{L(2)}",
        5: lambda: f"{L(2)}-{L(2)}-{D(2)}",
        6: lambda: f"{D(2)}-{L(2)}-{L(2)}",
        7: lambda: f"{D(2)}-{L(3)}-{D(1)}",
        8: lambda: f"{D(1)}-{L(3)}-{D(2)}",
        9: lambda: f"{L(2)}-{D(3)}-{L(1)}",
        10: lambda: f"{L(1)}-{D(3)}-{L(2)}",
        11: lambda: f"{L(3)}-{D(2)}-{L(1)}",
        12: lambda: f"{L(1)}-{D(2)}-{L(3)}",
        13: lambda: f"{D(1)}-{L(2)}-{D(3)}",
        14: lambda: f"{D(3)}-{L(2)}-{D(1)}",
        15: lambda: f"{r.choice(['B', 'K', 'D', 'E', 'MS'])}-{L(2)} {D(4)}",  # Duits
        16: lambda: f"{r.randint(1, 2)}-{L(3)}-{D(3)}",  # Belgisch
        17: lambda: f"{r.choice(['WX', 'PO', 'KR', 'DW'])} {D(5)}",  # Pools
        18: lambda: f"{L(2)}-{D(3)}-{L(2)}",
    }[code]()  # Frans
    if code <= 14 and r.random() < 0.15:
        p = p.replace("-", "")
    return p, code


def make_phone(r):
    a = "".join(str(r.randint(0, 9)) for _ in range(8))
    kind = r.randint(0, 7)
    return [
        f"06-{a}",
        f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
        f"+31 6 {a[:4]} {a[4:]}",
        f"+316{a}",
        f"0{r.choice(['10', '20', '30', '40', '50', '70', '38', '53'])}-{a[:7]}",
        f"0{r.choice(['348', '172', '320', '493', '571'])} {a[:3]} {a[3:6]}",
        f"(06) {a}",
        f"+32 4{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
    ][kind]


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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def make_dob(r):
    y, m, d = r.randint(1934, 2007), r.randint(1, 12), r.randint(1, 28)
    k = r.randint(0, 8)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}/{m}/{y}",
        f"{d} {MON3[m - 1]} {y}",
        f"{d:02d}{m:02d}{y}",
        f"{d} {MONTHS[m - 1].capitalize()} {y}",
    ][k]


def make_case(r, kind):
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    y = r.choice(["25", "26"])
    return {
        "mor": lambda: r.choice([f"MOR-20{y}-{n(6)}", f"MOR{y}.{n(5)}", f"BOR/{y}/{n(5)}"]),
        "naheffing": lambda: r.choice([f"NHA {n(4)} {n(4)} {n(2)}", f"{n(4)}.{n(3)}.{n(3)}-NH", f"NH-{y}{n(7)}"]),
        "bezwaar": lambda: r.choice([f"BZW-{y}-{n(4)}", f"BZ{y}/{n(4)}/PK", f"OBZ.{y}.{n(5)}"]),
        "vergunning": lambda: r.choice([f"PV{y}-{n(5)}", f"BPV/{n(6)}", f"GPK-{y}-{n(4)}"]),
        "zaak": lambda: r.choice([f"Z/{y}/{n(6)}", f"ZK-{n(3)}-{n(4)}", f"VTA-{y}-{n(3)}"]),
        "kap": lambda: r.choice([f"KAP-{y}-{n(4)}", f"BOOM{y}{n(4)}", f"OV/{n(4)}-G"]),
    }[kind]()


def ordinary_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return f"{d} {MONTHS[m - 1]} 2026", MONTHS[m - 1]


# ----------------------------------------------------------------------------------------------- people and places


class Person:
    def __init__(self, r, group=None, surname=None, particle=None, female=None):
        self.group = group or r.choice(sorted(GROUPS))
        males, females, pre, suf, pchance = GROUPS[self.group]
        self.female = r.random() < 0.5 if female is None else female
        first = r.choice(females if self.female else males)
        if "+" in first:
            a, b = first.split("+")
            others = [x for x in (females if self.female else males) if "+" in x]
            b2 = r.choice(others).split("+")[1] if r.random() < 0.4 else b
            first = a + b2
        self.first = first
        if surname is None:
            surname = r.choice(pre) + r.choice(suf)
            if self.group.startswith("Nederlands met") or (self.group == "Nederlands" and r.random() < 0.3):
                particle = r.choice(PARTICLES_NL)
            if r.random() < 0.08:
                other = Person(r, "Nederlands")
                surname = f"{surname}-{other.surname}"
        self.surname = surname
        self.particle = particle

    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.surname) if x)

    def bare(self):  # surname after a title, particle capitalised
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.surname
        return self.surname

    def initials(self):
        parts = re.split(r"[\s-]", self.first)
        ini = "".join(p[0] + "." for p in parts if p)
        return " ".join(x for x in (ini, self.particle, self.surname) if x)

    def title(self):
        return "mevrouw" if self.female else "de heer"

    def short_title(self):
        return "mw." if self.female else "dhr."

    def ascii_sur(self):
        s = (self.particle or "").replace(" ", "").replace("'", "") + self.surname
        tr = str.maketrans(
            "ışğçöüéáíóäëïñâêôûèàÇŞÖÜİąęłńśźżćĐđơưạảấầẩồốộ", "isgcoueaioaeinaeoueaCSOUIaelnszzcDdouaaaaaooo"
        )
        return re.sub(r"[^a-z\-]", "", s.lower().translate(tr))


def ascii_low(s):
    tr = str.maketrans("ışğçöüéáíóäëïñâêôûèàąęłńśźżćĐđơưạảấầẩồốộ", "isgcoueaioaeinaeoueaaelnszzcDdouaaaaaooo")
    return re.sub(r"[^a-z]", "", s.lower().translate(tr))


STREET_A = [
    "Linden",
    "Beuken",
    "Eiken",
    "Meidoorn",
    "Vlier",
    "Molen",
    "Kerk",
    "School",
    "Sluis",
    "Haven",
    "Spoor",
    "Kanaal",
    "Zuider",
    "Noorder",
    "Wilgen",
    "Populieren",
    "Zwaluw",
    "Merel",
    "Lijster",
    "Klaproos",
    "Korenbloem",
    "Dotter",
    "Esdoorn",
    "Kastanje",
    "Berken",
    "Iepen",
    "Hazel",
    "Goudsbloem",
    "Reiger",
    "Kievit",
    "Fazant",
    "Brouwers",
    "Smeder",
    "Kuipers",
    "Touwslagers",
    "Vissers",
    "Lindenhof",
    "Parel",
    "Robijn",
    "Saffier",
]
STREET_B = [
    "straat",
    "laan",
    "weg",
    "hof",
    "plein",
    "singel",
    "kade",
    "gracht",
    "dreef",
    "pad",
    "steeg",
    "erf",
    "plantsoen",
    "dwarsstraat",
    "park",
]
CITIES = [
    "Zwolle",
    "Apeldoorn",
    "Deventer",
    "Amersfoort",
    "Leeuwarden",
    "Tilburg",
    "Breda",
    "Haarlem",
    "Delft",
    "Schiedam",
    "Zaandam",
    "Almere",
    "Lelystad",
    "Emmen",
    "Assen",
    "Venlo",
    "Roermond",
    "Hengelo",
    "Enschede",
    "Gouda",
    "Alkmaar",
    "Hoorn",
    "Middelburg",
    "Vlissingen",
    "Dordrecht",
    "Helmond",
    "Oss",
    "Nijmegen",
]
ZONES = [
    "Centrum-Oost",
    "Binnenstad",
    "Stationsgebied",
    "Schilderswijk",
    "Oude Noorden",
    "Havenkwartier",
    "Zuidrand",
    "Westpoort",
    "Bloemenbuurt",
    "Vogelwijk",
]
CARS = [
    "Volkswagen Polo",
    "Peugeot 208",
    "Toyota Yaris",
    "Opel Corsa",
    "Renault Clio",
    "Kia Picanto",
    "Skoda Octavia",
    "Ford Transit",
    "Tesla Model 3",
    "Fiat Doblò",
    "Citroën Berlingo",
    "Mercedes Sprinter",
    "Volvo V60",
    "Hyundai Kona",
    "Suzuki Swift",
    "Dacia Sandero",
    "BMW 318i",
    "Mazda CX-5",
    "Nissan Leaf",
    "Seat Ibiza",
]
DEPTS = [
    ("Parkeren", "medewerker vergunningen"),
    ("Stadsbeheer", "wijkbeheerder"),
    ("Verkeer en Vervoer", "verkeerskundige"),
    ("Groenbeheer", "boomdeskundige"),
    ("Team Handhaving", "teamleider"),
    ("Openbare Ruimte", "coördinator meldingen"),
    ("Juridische Zaken", "bezwaarbehandelaar"),
    ("Belastingen", "medewerker invordering"),
    ("Wegbeheer", "projectleider"),
    ("Afvalbeheer", "inspecteur"),
]
MAILHOSTS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "planet.nl",
    "xs4all.nl",
    "live.nl",
    "icloud.com",
    "home.nl",
]


def make_street(r, used):
    while True:
        s = r.choice(STREET_A) + r.choice(STREET_B)
        if s not in used:
            used.add(s)
            return s


def house_no(r):
    n = r.randint(1, 240)
    return r.choice(
        [str(n), str(n), f"{n}{r.choice('ABC')}", f"{n}-{r.randint(1, 3)}", f"{n} bis", f"{n}-hs", f"{n} A"]
    )


def postcode(r):
    while True:
        letters = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {letters}", f"{n}{letters}"])


# Known-name words of the register: (surname, particle, ordinary sentence piece with {w} the ordinary lower-case word)
KNOWN = [
    ("Plas", None, "na elke bui staat er een grote {w} water voor de inrit"),
    ("Kolk", None, "de {w} in de goot zit verstopt met bladeren"),
    ("Sloot", "van der", "de bestelbus stond half in de {w} langs het fietspad"),
    ("Goot", "van der", "het regenwater loopt niet weg via de {w}"),
    ("Kuil", None, "er zit een diepe {w} in het fietspad"),
    ("Boom", None, "de {w} voor de deur staat sinds de storm scheef"),
    ("Tak", None, "een afgebroken {w} hangt boven de stoep"),
    ("Steen", None, "een losse {w} in het trottoir werd een struikelpartij"),
    ("Paal", None, "de {w} van het verkeersbord is omgereden"),
    ("Winter", None, "afgelopen {w} werd er in de straat nooit gestrooid"),
    ("Brug", "van der", "de {w} over het kanaal is weken dicht geweest"),
    ("Weg", "van de", "de {w} is opgebroken en de omleiding is onduidelijk"),
    ("Groen", None, "het {w} in de middenberm is al maanden niet gemaaid"),
    ("Snel", None, "auto's rijden hier veel te {w} langs de school"),
    ("Bos", None, "iemand dumpte een bankstel in het {w} achter de wijk"),
    ("Vos", None, "er lag een dode {w} op de rijbaan"),
    ("Mol", None, "een {w} heeft het grasveld bij de speeltuin omgewoeld"),
    ("Hek", "van het", "het {w} rond de bouwput is omgewaaid"),
    ("Licht", None, "er brandt geen {w} in de hele steeg"),
    ("Veld", "van het", "op het {w} achter de school wordt geparkeerd"),
]


# ----------------------------------------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r, i, known):
        self.r, self.i, self.known = r, i, known
        self.pii, self.keep, self.shapes, self.seen = [], [], [], set()
        self.used_streets, self.known_emails, self.known_phones = set(), [], []
        self.flags = set()
        kw = r.choice(KNOWN) if known else None
        self.kw = kw
        g = r.choice(sorted(GROUPS))
        if kw:
            self.res = Person(
                r,
                r.choice(["Nederlands", "Fries", "Surinaams-Creools", "Antilliaans", "Vlaams"]),
                surname=kw[0],
                particle=kw[1],
            )
        else:
            self.res = Person(r, g)
        self.fam = Person(
            r, self.res.group, surname=self.res.surname, particle=self.res.particle, female=not self.res.female
        )
        self.nb = Person(r)
        self.nb2 = Person(r)
        self.off = Person(r)
        self.off.badge = r.choice(
            [
                f"BOA {r.randint(100, 999)}",
                f"dienstnummer {r.randint(1000, 9999)}",
                f"handhaversnummer H{r.randint(10, 99)}{r.randint(10, 99)}",
                f"nr. {r.randint(2000, 2999)}",
            ]
        )
        self.amb = Person(r)
        self.amb.dept, self.amb.func = r.choice(DEPTS)
        self.med = Person(r)
        self.city = r.choice(CITIES)
        self.home = make_street(r, self.used_streets)
        self.no = house_no(r)
        self.pc = postcode(r)
        self.s2 = make_street(r, self.used_streets)
        self.s3 = make_street(r, self.used_streets)
        self.plate, self.plate_code = make_plate(r)
        self.plate2, _ = make_plate(r)
        self.car = r.choice(CARS)
        self.zone = r.choice(ZONES)
        self.cases = {}

    # registration
    def P(self, text, label):
        if (text, label) not in {(x["text"], x["label"]) for x in self.pii}:
            self.pii.append({"text": text, "label": label})
        return text

    def K(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    # persons
    def name(self, p, form=None):
        r = self.r
        if id(p) not in self.seen:
            self.seen.add(id(p))
            form = form or r.choice(["full", "full", "full", "ini", "title_full"])
        else:
            form = form or r.choice(["bare", "bare", "first", "full", "ini"])
        if form == "full":
            return self.P(p.full(), "PERSON")
        if form == "title_full":
            return f"{p.title()} {self.P(p.full(), 'PERSON')}"
        if form == "ini":
            return self.P(p.initials(), "PERSON")
        if form == "first":
            return self.P(p.first, "PERSON")
        if form == "upper":
            return self.P(p.full().upper(), "PERSON")
        if form == "sur_upper":
            return self.P(p.surname.upper(), "PERSON")
        return f"{r.choice([p.title(), p.short_title()])} {self.P(p.bare(), 'PERSON')}"

    def poss(self, p):
        f = p.first.split()[-1] if " " in p.first else p.first
        if f[-1] in "sxz":
            form = f + "'"
        elif f[-1] in "aeiouy":
            form = f + "'s"
        else:
            form = f + "s"
        if " " in p.first:
            form = p.first.rsplit(" ", 1)[0] + " " + form
        self.seen.add(id(p))
        return self.P(form, "PERSON")

    def email(self, p, own=False):
        r = self.r
        f, s = ascii_low(p.first), p.ascii_sur()
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{s}{r.randint(60, 99)}", f"{f}{s[:3]}", f"{f}_{s}", f"fam.{s}"])
        e = self.P(f"{local}@{r.choice(MAILHOSTS)}", "EMAIL")
        if own:
            self.known_emails.append(e)
        return e

    def phone(self, own=False):
        ph = self.P(make_phone(self.r), "PHONE")
        if own:
            self.known_phones.append(ph)
        return ph

    def handle(self, p):
        r = self.r
        f, s = ascii_low(p.first), p.ascii_sur().replace("-", "")
        h = r.choice(
            [
                f"{f}{s[:2]}{r.randint(70, 99)}",
                f"{s}_{f[0]}",
                f"{f}.{s}",
                f"{f}van{r.choice(['oost', 'west', 'noord'])}{s[:3]}",
            ]
        )
        return self.P(h, "PERSON")

    def fname(self, p, what):
        s = p.ascii_sur().replace("-", "")
        self.P(s, "PERSON")
        return f"{what}_{s}_{self.r.randint(1, 40):02d}.jpg"

    # places
    def addr(self, street=None, no=None):
        return self.P(f"{street or self.home} {no or self.no}", "ADDRESS")

    def st(self, street):
        return self.P(street, "ADDRESS")

    def crossing(self, a, b):
        return f"hoek {self.st(a)} / {self.st(b)}"

    def case(self, kind):
        if kind not in self.cases:
            self.cases[kind] = make_case(self.r, kind)
        return self.P(self.cases[kind], "CASE_NUMBER")

    def plate_(self, which=1):
        return self.P(self.plate if which == 1 else self.plate2, "LICENSE_PLATE")

    def date(self):
        s, m = ordinary_date(self.r)
        self.K(m)
        return s

    def money(self):
        a = self.r.choice(
            [
                "€ 75,00",
                "€ 104,90",
                "€ 116,00",
                "€ 58,50",
                "€ 392,00",
                "€ 27,40",
                "€ 245,00",
                "€ 12,80",
                "€ 1.150,00",
                "€ 68,00",
            ]
        )
        return self.K(a)


# ----------------------------------------------------------------------------------------------- document kinds


@shape("kind_email")
def k_email(d):
    r = d.r
    subj = r.choice(["Melding", "Klacht", "Vraag", "Bezwaar"])
    return (
        f"{d.K('Onderwerp')}: {d.K(subj)} over {d.st(d.home)}\n{d.K('Van')}: {d.name(d.res, 'full')} "
        f"<{d.email(d.res, True)}>\n{d.K('Aan')}: {d.K('info@' + d.city.lower() + '.nl')}\n\n"
        f"{d.K('Geachte')} heer/mevrouw,\n"
    )


@shape("kind_mor_form")
def k_mor(d):
    r = d.r
    cat = r.choice(["Straatverlichting", "Bestrating", "Zwerfafval", "Bomen", "Verkeersborden", "Gladheid"])
    return (
        f"{d.K('MELDING')} {d.K('OPENBARE')} RUIMTE\n{d.K('Meldingnummer')}: {d.case('mor')}\n"
        f"{d.K('Categorie')}: {d.K(cat)}\n{d.K('Locatie')}: {d.crossing(d.s2, d.s3)}, {d.K(d.city)}\n"
        f"{d.K('Melder')}: {d.name(d.res, 'full')}, {d.phone(True)}\n{d.K('Omschrijving')}: "
    )


@shape("kind_bezwaarschrift")
def k_bezw(d):
    return (
        f"{d.name(d.res, 'full')}\n{d.addr()}\n{d.P(d.pc, 'POSTCODE')} {d.K(d.city)}\n\n"
        f"{d.K('Aan')} het college van burgemeester en wethouders\n{d.K('Betreft')}: {d.K('bezwaar')} tegen "
        f"{d.K('naheffingsaanslag')} {d.case('naheffing')}\n\n"
    )


@shape("kind_gpk_aanvraag")
def k_gpk(d):
    dob = d.P(make_dob(d.r), "DATE_OF_BIRTH")
    return (
        f"{d.K('Aanvraag')} {d.K('gehandicaptenparkeerkaart')} ({d.case('vergunning')})\n"
        f"{d.K('Naam')} {d.K('aanvrager')}: {d.name(d.res, 'full')}\n{d.K('Geboortedatum')}: {dob}\n"
        f"{d.K('BSN')}: {d.P(make_bsn(d.r), 'BSN')}\n{d.K('Adres')}: {d.addr()}, {d.P(d.pc, 'POSTCODE')} "
        f"{d.K(d.city)}\n"
    )


@shape("kind_boa_rapport")
def k_boa(d):
    return (
        f"{d.K('RAPPORT')} VAN {d.K('BEVINDINGEN')}\n{d.K('Opgemaakt')} door: {d.name(d.off, 'upper')}, "
        f"{d.off.badge}\n{d.K('Datum')}: {d.date()}\n{d.K('Voertuig')}: {d.K(d.car)}, {d.K('kenteken')} "
        f"{d.plate_()}\n"
    )


@shape("kind_petitie")
def k_pet(d):
    return (
        f"{d.K('PETITIE')} {d.K('bewoners')} {d.st(d.home)}\n"
        f"{d.K('Wij')}, {d.K('ondergetekenden')}, vragen om {d.K('snelheidsremmende')} maatregelen.\n"
        f"1. {d.name(d.res, 'full')}, {d.addr()}\n2. {d.name(d.nb, 'full')}, "
        f"{d.addr(d.home, house_no(d.r))}\n3. {d.name(d.nb2, 'full')}, {d.addr(d.s2, house_no(d.r))}\n"
    )


@shape("kind_intake_bemiddelaar")
def k_intake(d):
    return (
        f"{d.K('Intakeverslag')} {d.K('Verzoek')} tot {d.K('Afstemming')} {d.case('zaak')}\n"
        f"{d.K('Bemiddelaar')}: {d.name(d.med, 'full')}\n{d.K('Verzoeker')}: {d.name(d.res, 'full')}, "
        f"{d.K('tel')}. {d.phone(True)}\n"
    )


@shape("kind_telefoonnotitie")
def k_tel(d):
    wd = d.K(d.r.choice(WEEKDAYS).capitalize())
    return (
        f"{d.K('Telefoonnotitie')} – {wd} {d.date()}\n{d.name(d.res, 'title_full')} belde vanaf "
        f"{d.phone(True)} met de {d.K('klantcontactcentrum')}.\n"
    )


@shape("kind_beschikking")
def k_besch(d):
    return (
        f"{d.K('Gemeente')} {d.K(d.city)}, {d.K('afdeling')} {d.K(d.amb.dept)}\n{d.name(d.res, 'title_full')}\n"
        f"{d.addr()}\n{d.P(d.pc, 'POSTCODE')}  {d.K(d.city.upper())}\n\n{d.K('Ons')} {d.K('kenmerk')}: "
        f"{d.case('vergunning')}\n{d.K('Besluit')} op uw {d.K('aanvraag')} {d.K('bewonersvergunning')} "
        f"{d.K('vergunninggebied')} {d.K(d.zone)}\n"
    )


@shape("kind_buurtapp")
def k_app(d):
    return (
        f"[{d.K('Buurtapp')} {d.st(d.home)}]\n{d.handle(d.nb)}: wie staat er weer met de {d.K(d.car)} "
        f"op de stoep? {d.plate_()}\n{d.handle(d.res)}: dat is de bus van de {d.K('schilder')} van "
        f"{d.addr(d.home, house_no(d.r))}\n"
    )


@shape("kind_kapmelding")
def k_kap(d):
    return (
        f"{d.K('Verzoek')} om {d.K('herplant')} / {d.K('kapmelding')} {d.case('kap')}\n{d.K('Indiener')}: "
        f"{d.name(d.res, 'full')} ({d.email(d.res, True)})\n{d.K('Boomsoort')}: {d.K(d.r.choice(['Plataan', 'Linde', 'Esdoorn', 'Zomereik', 'Paardenkastanje']))}\n"
    )


@shape("kind_wrak_sticker")
def k_wrak(d):
    return (
        f"{d.K('KENNISGEVING')} {d.K('VERWIJDERING')} {d.K('VOERTUIG')}\nHet voertuig met {d.K('kenteken')} "
        f"{d.plate_()} ({d.K(d.car)}) staat als {d.K('wrak')} in de {d.st(d.s2)}. {d.K('Eigenaar')} volgens "
        f"{d.K('RDW')}: {d.name(d.res, 'ini')}.\n"
    )


@shape("kind_werkzaamheden")
def k_werk(d):
    return (
        f"{d.K('Bewonersbrief')} {d.K('werkzaamheden')} {d.st(d.s2)}\n{d.K('Vanaf')} {d.date()} "
        f"vervangen wij de {d.K('riolering')}. De {d.K('omleiding')} loopt via de {d.st(d.s3)}. "
        f"{d.K('Contactpersoon')}: {d.name(d.amb, 'full')}, {d.amb.func}, {d.K('telefoon')} "
        f"{d.K('14 0' + str(d.r.randint(10, 79)))}.\n"
    )


@shape("kind_gladheid")
def k_glad(d):
    return (
        f"{d.K('Klacht')} {d.K('gladheidsbestrijding')} – {d.K('ingediend')} {d.date()}\n"
        f"{d.name(d.res, 'full')} ({d.addr()}) schrijft: "
    )


@shape("kind_schoolroute")
def k_school(d):
    sch = d.r.choice(["De Regenboog", "Het Kompas", "De Zonnewijzer", "Sint-Jozefschool", "De Vlinderboom"])
    return (
        f"{d.K('Medezeggenschapsraad')} {d.K('basisschool')} {d.K(sch)}\n{d.K('Betreft')}: "
        f"{d.K('veilige')} {d.K('schoolroute')} {d.crossing(d.s2, d.s3)}\n"
        f"{d.K('Namens')} de ouders schrijft {d.name(d.res, 'full')}, {d.K('voorzitter')}:\n"
    )


@shape("kind_afspraakverslag")
def k_afspr(d):
    return (
        f"{d.K('Vastgelegde')} {d.K('afspraak')} ({d.case('zaak')})\n{d.K('Partijen')}: {d.name(d.res, 'full')} "
        f"en {d.name(d.amb, 'full')} ({d.K(d.amb.dept)}). {d.K('Bemiddelaar')}: {d.name(d.med, 'ini')}.\n"
    )


KINDS = [
    k_email,
    k_mor,
    k_bezw,
    k_gpk,
    k_boa,
    k_pet,
    k_intake,
    k_tel,
    k_besch,
    k_app,
    k_kap,
    k_wrak,
    k_werk,
    k_glad,
    k_school,
    k_afspr,
]


# ----------------------------------------------------------------------------------------------- body sentences

B = []


def body(name):
    def deco(f):
        shape(name)(f)
        B.append(f)
        return f

    return deco


@body("b_vergunning_wachtlijst")
def _(d):
    return (
        f"{d.K('Sinds')} {d.date()} staat {d.name(d.res)} op de {d.K('wachtlijst')} voor een "
        f"{d.K('parkeervergunning')} in {d.K('vergunninggebied')} {d.K(d.zone)}."
    )


@body("b_tweede_vergunning")
def _(d):
    return (
        f"Voor de tweede auto, een {d.K(d.car)} met kenteken {d.plate_(2)}, wordt geen {d.K('tweede')} "
        f"{d.K('vergunning')} verleend."
    )


@body("b_bezoekersregeling")
def _(d):
    return (
        f"{d.K('Bezoekers')} van {d.name(d.res)} parkeren met de {d.K('bezoekersregeling')}; het saldo van "
        f"{d.money()} was {d.K('binnen')} een week op."
    )


@body("b_gpk_arts")
def _(d):
    return (
        f"De {d.K('keuringsarts')} van de {d.K('GGD')} zag {d.name(d.res)} (geboren {d.P(make_dob(d.r), 'DATE_OF_BIRTH')})"
        f" pas na zes weken."
    )


@body("b_gpk_bsn")
def _(d):
    return (
        f"{d.K('Het')} {d.K('BSN')} van {d.name(d.fam, 'full')}, {d.P(make_bsn(d.r), 'BSN')}, stond verkeerd op het "
        f"{d.K('aanvraagformulier')}."
    )


@body("b_gpk_plaats")
def _(d):
    return (
        f"{d.K('Gevraagd')} wordt een {d.K('gehandicaptenparkeerplaats')} op {d.K('kenteken')} {d.plate_()} "
        f"voor de deur van {d.addr()}."
    )


@body("b_naheffing_betaald")
def _(d):
    return (
        f"Volgens {d.name(d.res)} was er wel betaald via de {d.K('parkeerapp')}; het {d.K('transactieoverzicht')}"
        f" van {d.date()} zit als {d.K('bijlage')} bij."
    )


@body("b_naheffing_kenteken_fout")
def _(d):
    p1 = d.plate_()
    return (
        f"In de app stond {p1} in plaats van {d.plate_(2)}: één letter verschil, en toch een "
        f"{d.K('naheffing')} van {d.money()}."
    )


@body("b_bezwaar_termijn")
def _(d):
    return (
        f"{d.K('Het')} {d.K('bezwaar')} ({d.case('bezwaar')}) is binnen de {d.K('termijn')} van zes weken "
        f"ingediend, schrijft {d.name(d.res)}."
    )


@body("b_terugbetaling_iban")
def _(d):
    return (
        f"{d.K('Graag')} het bedrag van {d.money()} {d.K('terugstorten')} op {d.P(make_iban(d.r), 'IBAN')} "
        f"t.n.v. {d.name(d.res, 'ini')}."
    )


@body("b_boa_constatering")
def _(d):
    return (
        f"{d.K('Handhaver')} {d.name(d.off)} ({d.off.badge}) constateerde om 14.12 uur dat de {d.K(d.car)} "
        f"op de laad- en {d.K('losplaats')} stond."
    )


@body("b_boa_foto")
def _(d):
    return (
        f"{d.K('Foto')} {d.fname(d.off, 'boa')} toont het voertuig met kenteken {d.plate_()} voor "
        f"{d.addr(d.s2, house_no(d.r))}."
    )


@body("b_boa_gesprek")
def _(d):
    return (
        f"{d.name(d.off)} sprak de bestuurder aan; die noemde zich {d.name(d.nb, 'full')} en liet geen "
        f"{d.K('rijbewijs')} zien."
    )


@body("b_boa_geen_naam")
def _(d):
    return (
        f"{d.K('BOA')} met {d.off.badge} weigerde volgens {d.name(d.res)} zijn naam te geven; later bleek "
        f"het {d.name(d.off, 'ini')} te zijn."
    )


@body("b_wegsleep")
def _(d):
    return (
        f"{d.K('Op')} {d.date()} is de auto ({d.plate_()}) {d.K('weggesleept')} naar het {d.K('gemeentelijk')} "
        f"{d.K('depot')}; de {d.K('stallingskosten')} lopen op tot {d.money()}."
    )


@body("b_wegsleep_ophalen")
def _(d):
    return (
        f"{d.poss(d.fam)} zoon mocht de auto niet ophalen omdat het {d.K('kentekenbewijs')} op naam van "
        f"{d.name(d.res, 'full')} staat."
    )


@body("b_wrak_tuin")
def _(d):
    return (
        f"{d.K('Al')} maanden staat er een {d.K('wrak')} zonder {d.K('APK')} voor {d.addr(d.home, house_no(d.r))}; "
        f"{d.K('eigenaar')} is vermoedelijk {d.name(d.nb)}."
    )


@body("b_buitenlands_kenteken")
def _(d):
    p, _ = make_plate(d.r)
    while re.fullmatch(r"[A-Z0-9]{2,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}", p):
        p, _ = make_plate(d.r)
    return (
        f"{d.K('Een')} {d.K('busje')} met {d.K('buitenlands')} kenteken {d.P(p, 'LICENSE_PLATE')} staat al "
        f"drie weken op dezelfde plek in de {d.st(d.s3)}."
    )


@body("b_laadzone")
def _(d):
    return (
        f"{d.K('De')} {d.K('laadzone')} bij de {d.K('supermarkt')} aan de {d.st(d.s2)} is tussen 07.00 en 11.00 uur "
        f"bedoeld voor {d.K('bevoorrading')}, niet voor {d.name(d.nb)} met de {d.K(d.car)}."
    )


@body("b_laadpaal")
def _(d):
    return (
        f"{d.name(d.res)} vraagt een {d.K('laadpaal')} voor de {d.K(d.car)} bij {d.addr()}; de "
        f"{d.K('netbeheerder')} {d.K('Stedin')} moet eerst {d.K('toestemming')} geven."
    )


@body("b_omleiding_klacht")
def _(d):
    return (
        f"{d.K('Door')} de {d.K('omleiding')} via de {d.st(d.s3)} rijden vrachtwagens vlak langs het "
        f"slaapkamerraam van {d.name(d.res)}."
    )


@body("b_werk_uitrit")
def _(d):
    return (
        f"{d.K('Tijdens')} de {d.K('werkzaamheden')} kon {d.name(d.fam, 'full')} de {d.K('uitrit')} van "
        f"{d.addr()} niet gebruiken."
    )


@body("b_werk_aannemer")
def _(d):
    return (
        f"{d.K('Aannemer')} {d.K('Heijmans')} stuurde uitvoerder {d.name(d.nb2, 'full')} ({d.phone()}) "
        f"pas na drie {d.K('meldingen')}."
    )


@body("b_lantaarnpaal_defect")
def _(d):
    return (
        f"De {d.K('lantaarnpaal')} op de {d.crossing(d.s2, d.s3)} is sinds {d.date()} {d.K('defect')}; "
        f"het {d.K('mastnummer')} is {d.r.randint(10, 99)}-{d.r.randint(100, 999)}."
    )


@body("b_lantaarnpaal_knippert")
def _(d):
    return (
        f"{d.K('Bij')} {d.addr(d.s2, house_no(d.r))} {d.K('knippert')} de {d.K('straatverlichting')} de hele nacht, "
        f"meldt {d.name(d.nb)}."
    )


@body("b_tegel_val")
def _(d):
    return (
        f"{d.K('Over')} een {d.K('losliggende')} {d.K('stoeptegel')} voor {d.addr()} viel {d.name(d.fam)} en brak "
        f"een pols; de {d.K('aansprakelijkstelling')} volgt."
    )


@body("b_boomwortels")
def _(d):
    return (
        f"{d.K('Wortels')} van de {d.K('platanen')} in de {d.st(d.home)} drukken de {d.K('bestrating')} "
        f"omhoog, aldus {d.name(d.res)}."
    )


@body("b_kuil_fiets")
def _(d):
    return (
        f"{d.K('Fietsers')} wijken op de {d.crossing(d.home, d.s2)} uit voor een {d.K('gat')} in het {d.K('wegdek')}."
    )


@body("b_zwerfafval_foto")
def _(d):
    return (
        f"{d.name(d.res)} stuurde drie foto's mee ({d.fname(d.res, 'afval')} en twee andere) van "
        f"{d.K('zwerfafval')} bij de {d.K('glasbak')}."
    )


@body("b_dumping_matras")
def _(d):
    return (
        f"{d.K('Iemand')} zette {d.date()} een {d.K('matras')} en een {d.K('koelkast')} naast de "
        f"{d.K('ondergrondse')} {d.K('container')} in de {d.st(d.s2)}."
    )


@body("b_dumping_dader")
def _(d):
    return (
        f"{d.K('Volgens')} een {d.K('buurvrouw')} was het {d.name(d.nb)}, die met een {d.K('aanhanger')} "
        f"({d.plate_(2)}) kwam."
    )


@body("b_grofvuil")
def _(d):
    return (
        f"De {d.K('afspraak')} voor {d.K('grofvuil')} op {d.K(d.r.choice(WEEKDAYS))} werd twee keer "
        f"verzet; {d.name(d.res)} belde {d.K('14 0' + str(d.r.randint(10, 79)))} tevergeefs."
    )


@body("b_sneeuw_stoep")
def _(d):
    return f"{d.K('Na')} de {d.K('sneeuwval')} van {d.date()} lag de stoep voor {d.addr()} nog dagen vol {d.K('ijs')}."


@body("b_sneeuw_rolstoel")
def _(d):
    return (
        f"{d.name(d.fam)} zit in een {d.K('rolstoel')} en kwam door de {d.K('gladheid')} niet bij de "
        f"{d.K('bushalte')} op de {d.st(d.s2)}."
    )


@body("b_strooiroute")
def _(d):
    return (
        f"{d.K('Volgens')} {d.name(d.amb)} van {d.K(d.amb.dept)} ligt de {d.st(d.home)} niet op de "
        f"{d.K('strooiroute')}."
    )


@body("b_drempel_vraag")
def _(d):
    return (
        f"{d.K('Bewoners')} vragen een {d.K('verkeersdrempel')} tussen {d.addr(d.home, house_no(d.r))} en de "
        f"{d.K('speeltuin')}."
    )


@body("b_drempel_schade")
def _(d):
    return (
        f"{d.K('Sinds')} de nieuwe {d.K('drempel')} trillen de ramen van {d.addr()}, schrijft "
        f"{d.name(d.res)}; een {d.K('trillingsmeting')} is aangevraagd."
    )


@body("b_snelheid_meting")
def _(d):
    return (
        f"{d.K('Een')} {d.K('snelheidsmeting')} in week {d.r.randint(2, 50)} gaf een {d.K('gemiddelde')} van 47 km/u "
        f"waar 30 is toegestaan."
    )


@body("b_schoolroute_oversteek")
def _(d):
    return (
        f"{d.K('Kinderen')} steken bij de {d.crossing(d.s2, d.s3)} over zonder {d.K('zebrapad')}; de dochter "
        f"van {d.name(d.nb)} werd daar bijna aangereden."
    )


@body("b_klaar_over")
def _(d):
    return (
        f"{d.K('Klaar-overs')} {d.name(d.nb2, 'full')} en {d.name(d.fam, 'first')} staan er elke ochtend om 08.15 uur."
    )


@body("b_petitie_handtekeningen")
def _(d):
    return (
        f"{d.K('De')} {d.K('petitie')} telt {d.r.randint(40, 400)} {d.K('handtekeningen')} en is aangeboden aan "
        f"{d.K('wethouder')} {d.K('Mobiliteit')}."
    )


@body("b_petitie_woordvoerder")
def _(d):
    return f"{d.K('Woordvoerder')} van de {d.K('bewonerscommissie')} is {d.name(d.nb)}, bereikbaar via {d.email(d.nb)}."


@body("b_boom_kap_bezwaar")
def _(d):
    return (
        f"{d.name(d.res)} maakt {d.K('bezwaar')} tegen de {d.K('kapvergunning')} {d.case('kap')} voor drie "
        f"{d.K('iepen')} aan de {d.st(d.s2)}."
    )


@body("b_boom_planten")
def _(d):
    return (
        f"{d.K('Via')} het {d.K('Groenfonds')} wil {d.name(d.res)} een {d.K('geveltuin')} en twee nieuwe "
        f"{d.K('bomen')} bij {d.addr()}."
    )


@body("b_boom_overlast")
def _(d):
    return (
        f"{d.K('Bladeren')} en {d.K('luizenpoep')} van de {d.K('linde')} op de {d.crossing(d.home, d.s3)} "
        f"plakken op de auto van {d.name(d.nb)}."
    )


@body("b_mediator_contact")
def _(d):
    return (
        f"{d.K('Bemiddelaar')} {d.name(d.med)} belde {d.name(d.amb)} ({d.amb.func}, {d.K(d.amb.dept)}); "
        f"die zegde een {d.K('reactie')} toe voor {d.date()}."
    )


@body("b_mediator_kern")
def _(d):
    return (
        f"{d.K('Waar')} het {d.name(d.res)} eigenlijk om gaat: niemand liet iets weten na de "
        f"{d.K('melding')} {d.case('mor')}."
    )


@body("b_mediator_controlevraag")
def _(d):
    return (
        f"{d.K('Controlevraag')} aan {d.name(d.res)}: is alles besproken? {d.K('Antwoord')}: ja, maar de "
        f"{d.K('boete')} blijft staan."
    )


@body("b_amb_excuus")
def _(d):
    return (
        f"{d.name(d.amb)} ({d.K(d.amb.dept)}) bood namens de {d.K('gemeente')} {d.K('excuses')} aan voor de "
        f"late {d.K('afhandeling')}."
    )


@body("b_amb_mail")
def _(d):
    return (
        f"{d.K('Vragen')} over het {d.K('besluit')} kunnen naar {d.email(d.amb)} of via het algemene adres "
        f"{d.K('parkeren@' + d.city.lower() + '.nl')}."
    )


@body("b_buurman_ruzie")
def _(d):
    return (
        f"{d.K('Buurman')} {d.name(d.nb)} van {d.addr(d.home, house_no(d.r))} zet zijn {d.K('camper')} "
        f"({d.plate_(2)}) steeds voor het raam van {d.name(d.res)}."
    )


@body("b_buurvrouw_getuige")
def _(d):
    return (
        f"{d.name(d.nb2, 'title_full')} kan bevestigen dat het {d.K('bord')} toen nog niet stond; zij is "
        f"bereikbaar op {d.phone()}."
    )


@body("b_familie_bestuurder")
def _(d):
    return f"{d.K('Niet')} {d.name(d.res, 'first')} maar {d.name(d.fam, 'full')} reed die dag in de {d.K(d.car)}."


@body("b_geboortedatum_kaart")
def _(d):
    dob = make_dob(d.r)
    return (
        f"{d.K('Op')} de {d.K('kaart')} staat {d.name(d.fam, 'ini')}, {d.P(dob, 'DATE_OF_BIRTH')}, "
        f"{d.K('geldig')} tot {d.date()}."
    )


@body("b_geboortedatum_zonder_cue")
def _(d):
    dob = make_dob(d.r)
    return (
        f"{d.name(d.res, 'full')} ({d.P(dob, 'DATE_OF_BIRTH')}) {d.K('verhuisde')} naar {d.addr(d.s3, house_no(d.r))}."
    )


@body("b_adres_verhuizing")
def _(d):
    pc = postcode(d.r)
    return (
        f"{d.K('Het')} {d.K('nieuwe')} {d.K('adres')} is {d.addr(d.s2, house_no(d.r))}, {d.P(pc, 'POSTCODE')} "
        f"{d.K(d.city)}; de {d.K('vergunning')} moet mee."
    )


@body("b_adres_hoofdletters")
def _(d):
    a = d.P(f"{d.home.upper()} {d.no}", "ADDRESS")
    return f"{d.K('Op')} de {d.K('envelop')} stond {a}, zonder {d.K('postcode')}."


@body("b_email_fout")
def _(d):
    return (
        f"{d.K('Antwoord')} ging naar {d.email(d.res, True)} terwijl {d.name(d.res)} juist "
        f"{d.email(d.fam)} had opgegeven."
    )


@body("b_telefoon_terugbel")
def _(d):
    return f"{d.K('Terugbellen')} op {d.phone(True)} lukte niet; de {d.K('voicemail')} van {d.name(d.res)} zat vol."


@body("b_handle_buurtapp")
def _(d):
    return (
        f"{d.K('In')} de {d.K('buurtapp')} schreef gebruiker {d.handle(d.nb)} dat de {d.K('parkeerdruk')} "
        f"na 18.00 uur onhoudbaar is."
    )


@body("b_bezwaar_hoorzitting")
def _(d):
    return (
        f"{d.K('De')} {d.K('hoorzitting')} over {d.case('bezwaar')} is op {d.K(d.r.choice(WEEKDAYS))} "
        f"{d.date()}; {d.name(d.amb)} is {d.K('voorzitter')} van de {d.K('adviescommissie')}."
    )


@body("b_bezwaar_gegrond")
def _(d):
    return (
        f"{d.K('Het')} bezwaar van {d.name(d.res)} is {d.K('gegrond')}; de {d.K('naheffingsaanslag')} "
        f"{d.case('naheffing')} wordt {d.K('vernietigd')}."
    )


@body("b_parkeerautomaat")
def _(d):
    return (
        f"{d.K('De')} {d.K('parkeerautomaat')} op de {d.st(d.s2)} nam geen {d.K('pinpas')} aan, zegt "
        f"{d.name(d.res)}; een {d.K('storingsbon')} heeft {d.name(d.res, 'first')} niet."
    )


@body("b_fietsnietjes")
def _(d):
    return (
        f"{d.K('Weesfietsen')} bij de {d.K('fietsnietjes')} voor {d.addr(d.s3, house_no(d.r))} krijgen een "
        f"{d.K('label')}; na twee weken haalt {d.K('Fietsdepot')} ze weg."
    )


@body("b_scootmobiel")
def _(d):
    return f"{d.poss(d.res)} {d.K('scootmobiel')} past niet langs de {d.K('bouwhekken')} op de {d.st(d.s2)}."


@body("b_verkeersbord")
def _(d):
    return (
        f"{d.K('Het')} {d.K('verkeersbord')} E9 ({d.K('vergunninghouders')}) aan het begin van de "
        f"{d.st(d.home)} is gestolen, meldt {d.name(d.nb2)}."
    )


@body("b_blauwe_zone")
def _(d):
    return (
        f"{d.K('In')} de {d.K('blauwe')} {d.K('zone')} {d.K(d.zone)} lag de {d.K('parkeerschijf')} van "
        f"{d.name(d.res)} onder de zonneklep en was niet zichtbaar."
    )


@body("b_rijbaan_olie")
def _(d):
    return (
        f"{d.K('Een')} {d.K('oliespoor')} van de {d.K(d.car)} met kenteken {d.plate_()} loopt van "
        f"{d.addr(d.s3, house_no(d.r))} tot de {d.K('rotonde')}."
    )


@body("b_invalide_misbruik")
def _(d):
    return (
        f"{d.name(d.res)} ziet dat {d.name(d.nb)} de {d.K('gehandicaptenparkeerkaart')} van een overleden "
        f"{d.K('moeder')} gebruikt."
    )


@body("b_dossier_nummer")
def _(d):
    return (
        f"{d.K('Dossier')} {d.case('zaak')} hoort bij {d.K('melding')} {d.case('mor')}; "
        f"{d.name(d.amb, 'sur_upper')} staat als {d.K('behandelaar')} genoemd."
    )


@body("b_wethouder_brief")
def _(d):
    return (
        f"{d.K('Een')} {d.K('brief')} aan de {d.K('gemeenteraad')} van {d.date()} bleef onbeantwoord, zegt "
        f"{d.name(d.res)}."
    )


@body("b_ombudsman")
def _(d):
    return f"{d.K('Als')} dit niet lukt, stapt {d.name(d.res)} naar de {d.K('Nationale')} {d.K('ombudsman')}."


@body("b_rekening_naheffing")
def _(d):
    return (
        f"{d.K('Betaling')} van {d.money()} kwam van {d.P(make_iban(d.r), 'IBAN')}, de rekening van "
        f"{d.name(d.fam, 'full')}, niet van de {d.K('kentekenhouder')}."
    )


CLOSERS = []


def closer(name):
    def deco(f):
        shape(name)(f)
        CLOSERS.append(f)
        return f

    return deco


@closer("c_groet_email")
def _(d):
    return f"\n\n{d.K('Met')} {d.K('vriendelijke')} groet,\n{d.name(d.res, 'full')}\n{d.phone(True)}"


@closer("c_ondertekening_hoofdletters")
def _(d):
    return f"\n\n{d.K('Hoogachtend')},\n{d.name(d.res, 'upper')}"


@closer("c_bemiddelaar")
def _(d):
    return (
        f"\n\n{d.K('Vervolg')}: {d.name(d.med)} neemt {d.K('uiterlijk')} {d.date()} opnieuw contact op. "
        f"{d.K('Terugkomen')} mag altijd."
    )


@closer("c_bijlagen")
def _(d):
    return f"\n\n{d.K('Bijlagen')}: {d.fname(d.res, 'melding')}, {d.K('situatieschets')}.pdf"


@closer("c_namens_college")
def _(d):
    return f"\n\n{d.K('Namens')} het college,\n{d.name(d.amb, 'ini')}\n{d.amb.func}, {d.K(d.amb.dept)}"


@closer("c_geen")
def _(d):
    return ""


# ----------------------------------------------------------------------------------------------- assembly and gates


def make_doc(i: int, r: random.Random) -> dict:
    known = i % 4 == 1
    d = Doc(r, i, known)
    kind = KINDS[(i * 7 + r.randint(0, 15)) % len(KINDS)] if r.random() < 0.5 else r.choice(KINDS)
    parts = [kind(d)]
    d.shapes.append(kind.shape_name)
    bodies = r.sample(B, r.randint(3, 5))
    sentences = []
    for b in bodies:
        sentences.append(b(d))
        d.shapes.append(b.shape_name)
    if known:
        w = d.kw[0].lower()
        lead = r.choice(["Het probleem is bekend:", "Ook dit speelt:", "Nog een punt:", "Verder geldt:"])
        sentences.insert(
            r.randint(0, len(sentences)),
            f"{d.K(lead.split()[0])} {' '.join(lead.split()[1:])} "
            f"{d.kw[2].format(w=d.K(w))}, zegt {d.name(d.res, 'bare')}.",
        )
        d.shapes.append("known_ordinary_use")
    for j, s in enumerate(sentences):
        if s[0].islower() and not any(s.startswith(x["text"]) for x in d.pii):
            sentences[j] = s[0].upper() + s[1:]
    parts.append(" ".join(sentences))
    c = r.choice(CLOSERS)
    parts.append(c(d))
    d.shapes.append(c.shape_name)
    text = "".join(parts).strip()
    doc = {"id": f"fresh24c-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        doc["known"] = {"names": [d.res.full()]}
        if d.known_emails:
            doc["known"]["emails"] = list(dict.fromkeys(d.known_emails))
        if d.known_phones:
            doc["known"]["phones"] = list(dict.fromkeys(d.known_phones))
    doc["_shapes"] = d.shapes
    return doc


SHAPES["known_ordinary_use"] = None

_SPLIT = re.compile(r"[\s\-.,'’_/()@:;]+")


def _words(s: str) -> set[str]:
    return {w for w in _SPLIT.split(s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes all gates, else the reason."""
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
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        for w in _words(k) & names:
            if not (w in known_words and k == k.lower()):
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        uses = [k for k in doc["keep"] if k == k.lower() and _words(k) & known_words]
        if not uses:
            return "known document without ordinary use in keep"
        if not any(re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]) for k in uses):
            return "ordinary use missing"
    return None


def build():
    docs, redraws, shape_use = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            doc = make_doc(i, r)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"{i}: {reason}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        shape_use.update(doc.pop("_shapes"))
        docs.append(doc)
    return docs, redraws, shape_use


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shape_use = build()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh24c_texts.jsonl is up to date" if same else "fresh24c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)} (document kinds {len(KINDS)}, body sentences {len(B)}, "
            f"closings {len(CLOSERS)}, known-name sentence 1); shapes used: {len(shape_use)}"
        )
        print(f"origin groups in the name material: {len(GROUPS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
