"""Generate the blind anonymizer corpus fresh29a: sport, swimming and leisure passes (helper F29A, round 23).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh29a/make_fresh29a.py            write fresh29a_texts.jsonl
    python tests/anonymizer/fresh29a/make_fresh29a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh29a/make_fresh29a.py --stats    counts per label, shapes, known names, redraws
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
from names29a import GROUPS, KNOWN  # noqa: E402

_spec = importlib.util.spec_from_file_location("score29a", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20262301
N_DOCS = 300
OUT = HERE / "fresh29a_texts.jsonl"
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

# ----------------------------------------------------------------------------------------------------------------
# shape registry
SHAPES: dict[str, str] = {}  # name -> "doc" | "frag"


def shape(kind):
    def deco(fn):
        SHAPES[fn.__name__] = kind
        return fn

    return deco


# ----------------------------------------------------------------------------------------------------------------
# word material
CITIES = [
    "Apeldoorn",
    "Zwolle",
    "Tilburg",
    "Almere",
    "Leeuwarden",
    "Schiedam",
    "Nijmegen",
    "Dordrecht",
    "Enschede",
    "Haarlem",
    "Leiden",
    "Venlo",
    "Deventer",
    "Helmond",
    "Purmerend",
    "Zaandam",
    "Hengelo",
    "Gouda",
]
STREET_A = [
    "Zwanen",
    "Reiger",
    "Karper",
    "Berken",
    "Linden",
    "Roer",
    "Schelde",
    "Lijster",
    "Merel",
    "Kastanje",
    "Jasmijn",
    "Boeier",
    "Fregat",
    "Kotter",
    "Seringen",
    "Otter",
    "Fuut",
    "Pluvier",
    "Esdoorn",
    "Hazelaar",
    "Vlonder",
    "Salm",
    "Grutto",
    "Kievit",
]
STREET_B = ["straat", "laan", "hof", "weg", "plein", "singel", "kade", "dreef", "erf", "pad"]
POOLS = [
    "Zwembad De Kikkerpoel",
    "Sportfondsenbad Oost",
    "Zwembad Het Wellenbad",
    "Sport- en Zwemcentrum De Kreek",
    "Subtropisch Zwembad De Golfslag",
    "Buitenbad De Plonsput",
]
HALLS = [
    "Sporthal De Wissel",
    "Sporthal Noorderpark",
    "Gymzaal Klimop",
    "Sportcentrum De Meent",
    "Sporthal Het Bolwerk",
    "Multifunctionele Sporthal De Schakel",
]
PARKS = ["Sportpark De Lage Weide", "Sportpark Zuiderhout", "Sportpark Het Ven", "Sportpark De Brand"]
CLUBS = [
    "voetbalvereniging SV Oranje Blauw",
    "hockeyclub HC De Uilen",
    "zwemvereniging ZPC Dolfijn",
    "korfbalvereniging KV Vitesse '28",
    "atletiekvereniging AV Spurt",
    "basketbalclub BC Raptors",
    "judovereniging Kyoto",
    "turnvereniging Olympia",
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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DEPTS = [
    "Sport & Bewegen",
    "Sportloket",
    "Team Minimaregelingen",
    "Vastgoed & Accommodaties",
    "Openbare Orde & Veiligheid",
    "Klantcontactcentrum",
    "Werk & Inkomen",
    "Juridische Zaken",
]
FUNCS = [
    ("badmeester", "Zwembadbeheer"),
    ("zwembadmanager", "Zwembadbeheer"),
    ("beheerder sporthal", "Vastgoed & Accommodaties"),
    ("buurtsportcoach", "Sport & Bewegen"),
    ("medewerker Sportloket", "Sportloket"),
    ("consulent Kindpakket", "Team Minimaregelingen"),
    ("teamleider Sport & Bewegen", "Sport & Bewegen"),
    ("toezichthouder", "Openbare Orde & Veiligheid"),
    ("jurist", "Juridische Zaken"),
    ("coördinator Jeugdfonds Sport & Cultuur", "Team Minimaregelingen"),
    ("zweminstructeur", "Zwembadbeheer"),
]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MAILHOSTS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "xs4all.nl"]
SPORTS = ["zwemles", "voetbal", "turnen", "judo", "hockey", "korfbal", "atletiek", "basketbal", "dansles", "kickboksen"]
PLATE_L = "BDFGHJKLNPRSTVXZ"


def amount(r, lo, hi):
    return f"€ {r.randint(lo, hi)},{r.choice(['00', '50', '25', '75', '95'])}"


def plain_date(r, year=2026):
    return f"{r.randint(1, 28)} {r.choice(MONTHS)} {year}"


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban(r, spaced):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in base))
    chk = 98 - num % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


# ----------------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first, lead, core, origin, female, known_word=None):
        self.first, self.lead, self.core, self.origin, self.female = first, lead, core, origin, female
        self.known_word = known_word
        self.child = False
        self.data = {}

    @property
    def full(self):
        return f"{self.first} {self.lead}{self.core}"

    @property
    def bare(self):  # the surname without first name: first letter of a particle capitalised
        s = f"{self.lead}{self.core}"
        return s[0].upper() + s[1:]

    @property
    def title(self):
        return "mevrouw" if self.female else "meneer"


def make_surname(r, origin):
    f, m, pre, suf, leads = GROUPS[origin]
    lead = r.choice(leads)
    pre_l, suf_l = pre.split(), suf.split()
    if origin == "Surinaams-Chinees":
        return "", f"{r.choice(pre_l)} A {r.choice(suf_l)}"
    if not suf_l:
        core = r.choice(pre_l)
    else:
        core = r.choice(pre_l) + r.choice(suf_l)
    if origin == "Nederlands-tussenvoegsel" and r.random() < 0.5:
        core = r.choice(pre_l) + r.choice(["s", "er", "ink", "man", "beek", "graaf"])
    return lead, core


def make_first(r, origin, female):
    f, m, *_ = GROUPS[origin]
    if origin == "Chinees" and r.random() < 0.5:
        return r.choice(["Xiao", "Jian", "Mei", "Wei", "Hui", "Qing"]) + r.choice(
            ["ling", "hong", "wen", "hua", "jun", "yan"]
        )
    return r.choice((f if female else m).split())


ORIGINS = list(GROUPS)


# ----------------------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, r, known):
        self.r = r
        self.parts: list[str] = []
        self.sep = "\n"
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.city = r.choice(CITIES)
        self.pool = r.choice(POOLS)
        self.hall = r.choice(HALLS)
        self.park = r.choice(PARKS)
        self.club = r.choice(CLUBS)
        self.muni = self.city.lower()
        self.known_entry = r.choice(KNOWN) if known else None
        self.res = self.new_person(known=known)
        self.kids = [self.child_of(self.res) for _ in range(r.randint(1, 3))]
        self.partner = self.child_of(self.res, adult=True)
        self.off = self.new_person()
        self.off_func, self.off_dept = r.choice(FUNCS)
        self.med = self.new_person()
        self.other = self.new_person()
        self.coach = self.new_person()
        self.codes = {}

    # -- people
    def new_person(self, known=False, origin=None):
        r = self.r
        if known:
            lead, core, word, _ = self.known_entry
            female = r.random() < 0.5
            return Person(make_first(r, "Nederlands", female), lead, core, "Nederlands", female, word)
        origin = origin or r.choice(ORIGINS)
        female = r.random() < 0.5
        lead, core = make_surname(r, origin)
        return Person(make_first(r, origin, female), lead, core, origin, female)

    def child_of(self, p, adult=False):
        taken = {p.first} | {k.first for k in getattr(self, "kids", [])}
        for _ in range(20):
            c = self._child_of(p, adult)
            if c.first not in taken:
                return c
        return c

    def _child_of(self, p, adult=False):
        r = self.r
        female = r.random() < 0.5
        origin = p.origin if r.random() < 0.75 else r.choice(ORIGINS)
        first = make_first(r, origin, female)
        if adult:
            female = not p.female
            first = make_first(r, origin, female)
        c = Person(first, p.lead, p.core, p.origin, female)
        c.child = not adult
        return c

    # -- annotation helpers
    def P(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def K(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def add(self, text, *keep):
        self.parts.append(text)
        self.K(*keep)

    def full(self, p):
        return self.P(p.full, "PERSON")

    def sur(self, p, title=True):
        s = self.P(p.bare, "PERSON")
        return f"{p.title} {s}" if title else s

    def abbr(self, p):  # dhr./mw. + initial + surname
        t = "mw." if p.female else "dhr."
        return f"{t} {self.P(p.first[0] + '. ' + p.lead + p.core, 'PERSON')}"

    def fn(self, p):
        return self.P(p.first, "PERSON")

    def poss(self, p):
        f = p.first
        if f[-1] in "aeiouy":
            return self.P(f, "PERSON") + "'s"
        if f[-1] in "sxz":
            return self.P(f, "PERSON") + "'"
        return self.P(f + "s", "PERSON")

    def caps(self, p):
        return self.P(f"{p.lead}{p.core}".upper(), "PERSON")

    def low(self, p):
        if p.known_word:
            return self.full(p)
        return self.P(p.full.lower(), "PERSON")

    def official(self, p=None, func=None):
        p = p or self.off
        func = func or self.off_func
        self.K(func.split()[0])
        return f"{self.full(p)} ({func})"

    # -- data items, stable per person
    def _get(self, p, key, make):
        if key not in p.data:
            p.data[key] = make()
        return p.data[key]

    def _addr(self, p):
        r = self.r
        return self._get(
            p,
            "addr",
            lambda: (
                f"{r.choice(STREET_A)}{r.choice(STREET_B)} {r.randint(1, 240)}"
                f"{r.choice(['', '', '', 'A', 'B', '-2', '-1', 'a', ' hs'])}"
            ),
        )

    def addr(self, p):
        return self.P(self._addr(p), "ADDRESS")

    def street(self, p):
        a = self._addr(p)
        s = a.rsplit(" ", 1)[0] if not a.endswith(" hs") else a.rsplit(" ", 2)[0]
        return self.P(s, "ADDRESS")

    def pc(self, p):
        r = self.r

        def mk():
            while True:
                l2 = r.choice("ABCDEFGHJKLMNPRTVWXZ") + r.choice("ABCDEFGHJKLMNPRTVWXZ")
                if l2 not in ("SA", "SD", "SS"):
                    return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{l2}"

        return self.P(self._get(p, "pc", mk), "POSTCODE")

    def phone(self, p):
        r = self.r

        def mk():
            d = "".join(str(r.randint(0, 9)) for _ in range(8))
            return r.choice(
                [
                    f"06-{d}",
                    f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                    f"+31 6 {d[:4]} {d[4:]}",
                    f"+316{d}",
                    f"(06) {d[:4]} {d[4:]}",
                    f"0031 6 {d}",
                    f"06{d}",
                    f"0{r.choice(['10', '20', '30', '38', '50', '55', '70', '40'])}-{d[:7]}",
                ]
            )

        return self.P(self._get(p, "phone", mk), "PHONE")

    def email(self, p):
        r = self.r

        def mk():
            f, s = (
                p.first.lower(),
                re.sub(
                    r"[^a-z]",
                    "",
                    (p.lead + p.core)
                    .lower()
                    .translate(str.maketrans("ıöüşğçăłąęńśźżáéíóúãâèñ", "iousgcalaenszzaeiouaaen")),
                ),
            )
            fa = re.sub(r"[^a-z]", "", f.translate(str.maketrans("ıöüşğçăłąęńśźżáéíóúãâèñ", "iousgcalaenszzaeiouaaen")))
            local = r.choice(
                [
                    f"{fa}.{s}",
                    f"{fa[0]}.{s}",
                    f"{s}{fa}",
                    f"{fa}_{s}{r.randint(70, 99)}",
                    f"{fa}{s[:4]}",
                    f"{s}.{fa[0]}",
                    f"fam.{s}",
                ]
            )
            return f"{local}@{r.choice(MAILHOSTS)}"

        return self.P(self._get(p, "email", mk), "EMAIL")

    def dob(self, p, style=None):
        r = self.r
        y, m, dd = self._get(
            p,
            "dob_t",
            lambda: (r.randint(2011, 2020) if p.child else r.randint(1958, 1998), r.randint(1, 12), r.randint(1, 28)),
        )
        style = style if style is not None else self._get(p, "dob_style", lambda: r.randint(0, 8))
        s = [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd}/{m}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}.{m:02d}.{y}",
            f"{dd} {MON3[m - 1]} {y}",
            f"{dd}-{m}-{y}",
            f"{dd}{['e', 'ste'][dd in (1, 8) or dd >= 20]} {MONTHS[m - 1]} {y}",
            f"{dd:02d}{m:02d}{y}",
        ][style]
        if style == 7:
            s = f"{dd:02d}/{m:02d}/{y % 100:02d}"
        return self.P(s, "DATE_OF_BIRTH")

    def bsn(self, p):
        return self.P(self._get(p, "bsn", lambda: bsn(self.r)), "BSN")

    def iban(self, p):
        return self.P(self._get(p, "iban", lambda: iban(self.r, self.r.random() < 0.6)), "IBAN")

    def plate(self, p):
        r = self.r

        def mk():
            L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
            D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
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

        return self.P(self._get(p, "plate", mk), "LICENSE_PLATE")

    def code(self, kind, p=None):
        """A municipal or club number that identifies a person's file: CASE_NUMBER."""
        r = self.r
        key = (kind, id(p))
        if key not in self.codes:
            D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
            A = lambda n: "".join(r.choice("ACEFHJKMNPQRTUWXY") for _ in range(n))
            self.codes[key] = {
                "stadspas": lambda: r.choice([f"{D(4)} {D(4)} {D(4)}", f"SP-{D(7)}", f"6{D(3)}.{D(3)}.{D(3)}"]),
                "kindpakket": lambda: r.choice([f"KP-26-{D(5)}", f"KP26/{D(4)}", f"KDP.{D(6)}"]),
                "jeugdfonds": lambda: r.choice([f"JFSC/2026/{D(4)}", f"JF-{D(2)}-{D(5)}", f"JFSC{D(6)}"]),
                "booking": lambda: r.choice([f"BK-{A(2)}{D(2)}{A(1)}{D(1)}", f"RES{D(6)}", f"{A(3)}-{D(4)}-{A(2)}"]),
                "member": lambda: r.choice([f"L-{D(5)}-{D(1)}", f"lid {D(2)}.{D(4)}", f"ZPC{D(5)}", f"M{D(7)}"]),
                "ban": lambda: r.choice([f"TV-2026-{D(4)}", f"TGV/26/{D(3)}", f"OOV-TV-{D(5)}"]),
                "zaak": lambda: r.choice([f"Z/26/{D(6)}", f"Z-2026-{D(5)}", f"ZK{D(7)}"]),
                "incident": lambda: r.choice([f"IM-26-{D(4)}", f"INC{D(5)}", f"VIM/{D(4)}/26"]),
                "vta": lambda: r.choice([f"VTA-26-{D(4)}", f"VTA/{D(5)}", f"AFS-{D(3)}-{D(3)}"]),
                "lost": lambda: r.choice([f"GV-{D(4)}", f"GEV/26/{D(4)}"]),
                "refund": lambda: r.choice([f"RT-{D(6)}", f"RST/26/{D(4)}"]),
                "client": lambda: r.choice([f"klantnr. {D(8)}", f"KL{D(7)}"]),
            }[kind]()
        c = self.codes[key]
        if c.startswith("klantnr. ") or c.startswith("lid "):
            num = c.split(" ", 1)[1]
            return c.split(" ", 1)[0] + " " + self.P(num, "CASE_NUMBER")
        return self.P(c, "CASE_NUMBER")

    def date(self):
        return plain_date(self.r)

    def wd(self):
        return self.r.choice(WEEKDAYS)

    def pick(self, frags, lo, hi):
        n = self.r.randint(lo, min(hi, len(frags)))
        for f in self.r.sample(frags, n):
            self.shapes.append(f.__name__)
            f(self)

    def known_line(self):
        if self.known_entry:
            lead, core, word, sents = self.known_entry
            self.add(self.r.choice(sents), word)


# ================================================================================================================
# fragments (line and sentence shapes)
# -- booking confirmation
@shape("frag")
def f_book_slot(d):
    d.add(
        f"Gereserveerd: {d.wd()} {d.date()}, 19:00–20:30 uur, zaaldeel 2 van 3 in {d.hall}.", "Gereserveerd", "zaaldeel"
    )


@shape("frag")
def f_book_price(d):
    a = amount(d.r, 28, 140)
    d.add(f"Huurprijs: {a}. Betaling via factuur binnen veertien dagen.", "Huurprijs", a, "factuur")


@shape("frag")
def f_book_key(d):
    d.add(
        f"De sleutel haalt u op bij de beheerder, {d.full(d.off)}; bij verlies rekenen wij {amount(d.r, 25, 60)} kosten.",
        "sleutel",
        "beheerder",
        "verlies",
    )


@shape("frag")
def f_book_cancel(d):
    d.add(
        f"Annuleren kan kosteloos tot 48 uur vooraf via sportverhuur@{d.muni}.nl of 14 0{d.r.randint(10, 99)}.",
        "Annuleren",
        "kosteloos",
        f"sportverhuur@{d.muni}.nl",
    )


@shape("frag")
def f_book_invoice(d):
    d.add(f"Factuuradres: {d.addr(d.res)}, {d.pc(d.res)} {d.city}", "Factuuradres", d.city)


@shape("frag")
def f_book_group(d):
    d.add(
        f"Gebruik door: wandelvoetbal 60+, contactpersoon {d.fn(d.res)} ({d.phone(d.res)}).",
        "wandelvoetbal",
        "contactpersoon",
    )


# -- incident report
@shape("frag")
def f_inc_what(d):
    d.add(
        f"Omschrijving: {d.full(d.res)} (geboren {d.dob(d.res)}) duwde herhaaldelijk kinderen van de duikplank en "
        f"negeerde de aanwijzingen van het personeel.",
        "Omschrijving",
        "duikplank",
        "aanwijzingen",
        "personeel",
    )


@shape("frag")
def f_inc_witness(d):
    d.add(
        f"Getuige: {d.full(d.other)}, bereikbaar via {d.phone(d.other)}; zij of hij zag het voorval vanaf de tribune.",
        "Getuige",
        "voorval",
        "tribune",
    )


@shape("frag")
def f_inc_action(d):
    d.add(
        f"Actie: {d.sur(d.res)} is uit het water gehaald en naar de receptie begeleid. De manager is gebeld.",
        "Actie",
        "receptie",
        "manager",
    )


@shape("frag")
def f_inc_aid(d):
    k = d.kids[0]
    d.add(
        f"EHBO: {d.poss(k)} knie is gekoeld en verbonden; moeder {d.full(d.partner)} is ingelicht.",
        "EHBO",
        "gekoeld",
        "verbonden",
        "ingelicht",
    )


@shape("frag")
def f_inc_advice(d):
    d.add(
        "Advies aan de zwembadmanager: een toegangsverbod van drie maanden. Politie is niet ingeschakeld.",
        "Advies",
        "toegangsverbod",
        "Politie",
    )


@shape("frag")
def f_inc_plate(d):
    d.add(
        f"Bij vertrek reed betrokkene weg in een grijze bestelbus met kenteken {d.plate(d.res)}.",
        "vertrek",
        "bestelbus",
        "kenteken",
    )


# -- ban letter
@shape("frag")
def f_ban_reason(d):
    d.add(
        f"Op {d.wd()} {d.date()} heeft u in {d.pool} een medewerker bedreigd. Dit staat in het incidentrapport "
        f"{d.code('incident', d.res)}.",
        "medewerker",
        "bedreigd",
        "incidentrapport",
    )


@shape("frag")
def f_ban_period(d):
    d.add(
        f"Het toegangsverbod geldt van {d.date()} tot en met {plain_date(d.r, 2027)} voor alle gemeentelijke "
        f"zwembaden en sporthallen.",
        "toegangsverbod",
        "gemeentelijke",
        "sporthallen",
    )


@shape("frag")
def f_ban_legal(d):
    d.add(
        "Wij baseren dit besluit op de huisregels en op artikel 5 van de Verordening sportaccommodaties.",
        "besluit",
        "huisregels",
        "Verordening",
    )


@shape("frag")
def f_ban_objection(d):
    d.add(
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Vermeld daarbij kenmerk "
        f"{d.code('ban', d.res)}.",
        "bezwaar",
        "zes weken",
        "kenmerk",
    )


@shape("frag")
def f_ban_kid(d):
    k = d.kids[0]
    d.add(
        f"Het verbod geldt niet voor uw zoon of dochter {d.full(k)}; de zwemles kan gewoon doorgaan onder "
        f"begeleiding van {d.fn(d.partner)}.",
        "verbod",
        "zwemles",
        "begeleiding",
    )


# -- children's package form
@shape("frag")
def f_kp_iban(d):
    d.add(f"Uitbetaling op rekening {d.iban(d.res)} t.n.v. {d.abbr(d.res)}.", "Uitbetaling", "rekening")


@shape("frag")
def f_kp_income(d):
    d.add(
        f"Inkomen: uitkering Participatiewet via Werk & Inkomen, klantnummer {d.code('client', d.res)}.",
        "Inkomen",
        "Participatiewet",
        "Werk",
    )


@shape("frag")
def f_kp_partner(d):
    d.add(
        f"Partner: {d.full(d.partner)}, BSN {d.bsn(d.partner)}, geboortedatum {d.dob(d.partner)}.",
        "Partner",
        "geboortedatum",
    )


@shape("frag")
def f_kp_sign(d):
    d.add(
        f"Ondertekend te {d.city} op {d.date()}. Handtekening: {d.abbr(d.res)}", "Ondertekend", "Handtekening", d.city
    )


@shape("frag")
def f_kp_contact(d):
    d.add(f"Telefoon: {d.phone(d.res)} | e-mail: {d.email(d.res)}", "Telefoon")


# -- team roster
@shape("frag")
def f_roster_trainer(d):
    d.add(f"Trainer: {d.full(d.coach)}, {d.phone(d.coach)}", "Trainer")


@shape("frag")
def f_roster_times(d):
    w1, w2 = sorted(d.r.sample(range(5), 2))
    d.add(f"Training: {WEEKDAYS[w1]} en {WEEKDAYS[w2]} 17:30–18:45 uur op {d.park}, veld 3.", "Training", "veld")


@shape("frag")
def f_roster_leader(d):
    d.add(f"Teamleider en wasschema: {d.full(d.res)} ({d.email(d.res)}).", "Teamleider", "wasschema")


@shape("frag")
def f_roster_contrib(d):
    d.add(
        f"Contributie per seizoen {amount(d.r, 120, 260)}; voor kinderen met een stadspas betaalt het Jeugdfonds "
        f"Sport & Cultuur.",
        "Contributie",
        "seizoen",
        "Jeugdfonds",
    )


# -- swim group
@shape("frag")
def f_swim_instructor(d):
    d.add(
        f"Instructeur: {d.fn(d.coach)} (zweminstructeur). Aanwezigheid bijhouden via het lesboekje.",
        "Instructeur",
        "Aanwezigheid",
        "lesboekje",
    )


@shape("frag")
def f_swim_exam(d):
    d.add(
        f"Afzwemmen: {d.wd()} {d.date()} om 10:00 uur. Ouders zijn welkom op de tribune.",
        "Afzwemmen",
        "Ouders",
        "tribune",
    )


@shape("frag")
def f_swim_note(d):
    k = d.r.choice(d.kids)
    d.add(f"Let op: {d.fn(k)} is bang voor het diepe; eerst oefenen met drijven.", "diepe", "oefenen", "drijven")


# -- refund request
@shape("frag")
def f_ref_reason(d):
    d.add(
        f"Het zwembad was op {d.wd()} {d.date()} onverwacht dicht door een storing aan de filterinstallatie, maar "
        f"de lessen zijn wel afgeschreven van de tienrittenkaart.",
        "onverwacht",
        "filterinstallatie",
        "tienrittenkaart",
    )


@shape("frag")
def f_ref_amount(d):
    a = amount(d.r, 12, 95)
    d.add(f"Ik vraag {a} terug op rekening {d.iban(d.res)}.", a, "rekening")


@shape("frag")
def f_ref_booking(d):
    d.add(f"Het gaat om boeking {d.code('booking', d.res)} voor het banenzwemmen.", "boeking", "banenzwemmen")


@shape("frag")
def f_ref_close(d):
    d.add(
        f"Met vriendelijke groet,\n{d.full(d.res)}\n{d.addr(d.res)}\n{d.pc(d.res)} {d.city}", "Met vriendelijke groet"
    )


@shape("frag")
def f_ref_reply(d):
    d.add(
        f"Reactie {d.off_dept}: uw verzoek is geregistreerd onder {d.code('refund', d.res)}. U ontvangt binnen "
        f"tien werkdagen bericht van {d.official()}.",
        "Reactie",
        "geregistreerd",
        "werkdagen",
    )


# -- parent message to coach (informal)
@shape("frag")
def f_msg_absent(d):
    k = d.kids[0]
    d.add(
        f"hoi {d.fn(d.coach)}, {d.fn(k)} kan {d.wd()} niet mee met de "
        f"naschoolse sport want er is een afspraak bij de tandarts",
        "naschoolse",
        "afspraak",
        "tandarts",
    )


@shape("frag")
def f_msg_shoes(d):
    d.add(
        "weet jij of er nog gymschoenen in de gevonden voorwerpen liggen? maat 32, blauw",
        "gymschoenen",
        "gevonden",
        "voorwerpen",
    )


@shape("frag")
def f_msg_bully(d):
    d.add(
        f"ik wil ook even melden dat een jongen uit groep 7, {d.fn(d.other)}, steeds aan het schelden is tijdens het "
        f"voetballen op het schoolplein.",
        "melden",
        "schelden",
        "schoolplein",
    )


@shape("frag")
def f_msg_sign(d):
    d.add(f"groetjes {d.low(d.res)} (moeder/vader van {d.fn(d.kids[0])}), {d.phone(d.res)}", "groetjes")


@shape("frag")
def f_msg_pass(d):
    d.add(
        f"de kindpakket pas van {d.fn(d.kids[-1])} is kwijt, nummer was {d.code('kindpakket', d.kids[-1])} "
        f"denk ik. kan de school een nieuwe aanvragen?",
        "kindpakket",
        "kwijt",
        "aanvragen",
    )


# -- mediator note: ban dispute
@shape("frag")
def f_medban_intake(d):
    d.add(
        f"Intake: {d.full(d.res)} belde op {d.date()} over het toegangsverbod ({d.code('ban', d.res)}). Hij of zij "
        f"vindt het verbod te zwaar omdat de kinderen nu niet meer kunnen zwemmen.",
        "Intake",
        "toegangsverbod",
        "verbod",
    )


@shape("frag")
def f_medban_view(d):
    d.add(
        f"Volgens {d.official()} was er sprake van fysiek geweld tegen een collega; {d.sur(d.off, False)} wil "
        f"het verbod niet intrekken.",
        "fysiek",
        "geweld",
        "collega",
    )


@shape("frag")
def f_medban_agree(d):
    d.add(
        f"Afspraak: het verbod wordt omgezet in een voorwaardelijk verbod; {d.sur(d.res)} mag de kinderen weer "
        f"brengen maar blijft op de tribune.",
        "Afspraak",
        "voorwaardelijk",
        "tribune",
    )


@shape("frag")
def f_medban_control(d):
    d.add(
        f"Controlevraag gesteld op {d.date()}: is alles besproken? Antwoord: ja. Dossier {d.code('vta', d.res)} gesloten "
        f"door bemiddelaar {d.full(d.med)}.",
        "Controlevraag",
        "besproken",
        "bemiddelaar",
    )


@shape("frag")
def f_medban_lesson(d):
    d.add(
        "Leerpunt: bij een toegangsverbod voortaan de gevolgen voor minderjarige kinderen meewegen.",
        "Leerpunt",
        "gevolgen",
        "minderjarige",
    )


# -- mediator note: refused pass
@shape("frag")
def f_medpass_issue(d):
    d.add(
        f"Situatie: de stadspas van {d.full(d.res)} is geweigerd omdat het inkomen {amount(d.r, 20, 90)} boven de "
        f"norm zou liggen.",
        "Situatie",
        "stadspas",
        "geweigerd",
        "norm",
    )


@shape("frag")
def f_medpass_check(d):
    d.add(
        f"Bij navraag bleek dat het vakantiegeld was meegeteld. {d.official()} rekent opnieuw.",
        "navraag",
        "vakantiegeld",
        "meegeteld",
    )


@shape("frag")
def f_medpass_result(d):
    d.add(
        f"Uitkomst: de pas wordt alsnog verstrekt met nummer {d.code('stadspas', d.res)}; geldig tot 31 december.",
        "Uitkomst",
        "alsnog",
        "verstrekt",
        "december",
    )


@shape("frag")
def f_medpass_file(d):
    d.add(
        f"Zaaknummer {d.code('zaak', d.res)}, BSN {d.bsn(d.res)}, woonadres {d.addr(d.res)}.", "Zaaknummer", "woonadres"
    )


@shape("frag")
def f_medpass_kids(d):
    names = ", ".join(d.fn(k) for k in d.kids)
    d.add(
        f"Voor de kinderen ({names}) is de aanvraag bij het Jeugdfonds Sport & Cultuur aangehouden tot de pas er is.",
        "aanvraag",
        "Jeugdfonds",
        "aangehouden",
    )


# -- lost property
@shape("frag")
def f_lost_item(d):
    d.add(
        f"Gevonden: zwarte sporttas met zwembril en handdoek, kleedkamer dames, {d.wd()} {d.date()}.",
        "Gevonden",
        "sporttas",
        "kleedkamer",
    )


@shape("frag")
def f_lost_owner(d):
    d.add(
        f"Eigenaar vermoedelijk {d.full(d.res)}: in de tas zat een pasje op die naam met nummer "
        f"{d.code('stadspas', d.res)}.",
        "Eigenaar",
        "vermoedelijk",
        "pasje",
    )


@shape("frag")
def f_lost_claim(d):
    d.add(
        f"Opgehaald door {d.full(d.partner)} op vertoon van legitimatie; registratie {d.code('lost', d.res)}.",
        "Opgehaald",
        "legitimatie",
        "registratie",
    )


@shape("frag")
def f_lost_phone(d):
    d.add(f"Gebeld naar {d.phone(d.res)}, voicemail ingesproken.", "voicemail", "ingesproken")


# -- locker incident
@shape("frag")
def f_lock_break(d):
    d.add(
        f"Kluisje 117 in de herenkleedkamer is opengebroken. Uit het kluisje is de telefoon van {d.full(d.res)} "
        f"verdwenen.",
        "Kluisje",
        "herenkleedkamer",
        "opengebroken",
    )


@shape("frag")
def f_lock_camera(d):
    d.add(
        f"Op de camerabeelden is een man te zien die later wegrijdt met kenteken {d.plate(d.other)}.",
        "camerabeelden",
        "wegrijdt",
        "kenteken",
    )


@shape("frag")
def f_lock_claim(d):
    t = d.sur(d.res)
    d.add(
        f"{t[0].upper()}{t[1:]} wil de schade van {amount(d.r, 150, 600)} vergoed zien en verwijst naar de "
        f"borden bij de ingang.",
        "schade",
        "vergoed",
        "ingang",
    )


@shape("frag")
def f_lock_reply(d):
    d.add(
        f"Antwoord van {d.official()}: de gemeente is niet aansprakelijk, maar aangifte bij de politie is verstandig.",
        "Antwoord",
        "aansprakelijk",
        "aangifte",
    )


# -- field rental
@shape("frag")
def f_field_request(d):
    d.add(
        f"Namens {d.club} vraag ik huur aan van veld 2 op {d.park} voor het seizoen 2026-2027, elke {d.wd()}avond.",
        "Namens",
        "huur",
        "seizoen",
    )


@shape("frag")
def f_field_secretary(d):
    d.add(
        f"Secretaris: {d.full(d.res)}, {d.addr(d.res)}, {d.pc(d.res)} {d.city}, {d.email(d.res)}", "Secretaris", d.city
    )


@shape("frag")
def f_field_light(d):
    d.add(
        "Wij verzoeken ook om gebruik van de lichtmasten tot 22:00 uur en opslag voor doelen in de materiaalcontainer.",
        "lichtmasten",
        "opslag",
        "materiaalcontainer",
    )


@shape("frag")
def f_field_debt(d):
    d.add(
        f"Let op: er staat nog een factuur van {amount(d.r, 300, 1800)} open; {d.official()} wil eerst een "
        f"betalingsregeling.",
        "factuur",
        "betalingsregeling",
    )


@shape("frag")
def f_field_treasurer(d):
    d.add(f"Penningmeester {d.full(d.other)} maakt het bedrag over van {d.iban(d.other)}.", "Penningmeester", "bedrag")


# -- diploma invitation
@shape("frag")
def f_dip_invite(d):
    k = d.kids[0]
    d.add(
        f"Beste ouders van {d.full(k)}, uw kind mag op {d.wd()} {d.date()} afzwemmen voor het A-diploma.",
        "Beste",
        "ouders",
        "afzwemmen",
        "diploma",
    )


@shape("frag")
def f_dip_bring(d):
    d.add(
        "Neem kleding mee voor de kledingzwemproef: een shirt met lange mouwen, een broek en schoenen.",
        "kleding",
        "kledingzwemproef",
        "schoenen",
    )


@shape("frag")
def f_dip_dob(d):
    k = d.kids[0]
    d.add(
        f"Op het diploma komt te staan: {d.full(k)}, {d.dob(k)}. Klopt dit niet? Meld het bij de receptie.",
        "diploma",
        "receptie",
    )


@shape("frag")
def f_dip_cost(d):
    d.add(
        f"De kosten voor het afzwemmen ({amount(d.r, 15, 35)}) worden via het kindpakket vergoed.",
        "kosten",
        "kindpakket",
        "vergoed",
    )


# -- pass decision
@shape("frag")
def f_dec_granted(d):
    d.add(
        f"Wij hebben besloten u een Stadspas toe te kennen. Uw pasnummer is {d.code('stadspas', d.res)}.",
        "besloten",
        "Stadspas",
        "pasnummer",
    )


@shape("frag")
def f_dec_kids(d):
    for k in d.kids:
        d.add(f"- {d.full(k)} ({d.dob(k)}): kindpakket {d.code('kindpakket', k)}", "kindpakket")


@shape("frag")
def f_dec_valid(d):
    d.add(
        "De pas is geldig tot en met 31 december 2027 en geeft korting op zwemles, sportclubs en het museum.",
        "geldig",
        "korting",
        "museum",
    )


@shape("frag")
def f_dec_refused(d):
    d.add(
        f"Voor {d.full(d.partner)} kennen wij geen eigen pas toe, omdat zij of hij studiefinanciering ontvangt.",
        "studiefinanciering",
        "ontvangt",
    )


# -- coach weekly report
@shape("frag")
def f_coach_week(d):
    d.add(
        f"Week {d.r.randint(2, 51)}: {d.r.randint(12, 40)} kinderen bij het pleinvoetbal in de {d.street(d.res)}.",
        "Week",
        "kinderen",
        "pleinvoetbal",
    )


@shape("frag")
def f_coach_talk(d):
    d.add(
        f"Gesprek met {d.full(d.res)} over {d.poss(d.kids[0])} aanmelding bij {d.club}; contributie via de "
        f"Jeugdfonds-aanvraag {d.code('jeugdfonds', d.kids[0])}.",
        "Gesprek",
        "aanmelding",
        "contributie",
    )


@shape("frag")
def f_coach_neighbour(d):
    d.add(
        f"Buurman {d.full(d.other)} klaagt over geluid van het trapveldje na 21:00 uur.",
        "Buurman",
        "geluid",
        "trapveldje",
    )


@shape("frag")
def f_coach_plan(d):
    d.add(
        "Volgende week start de beweegles voor ouderen in het buurthuis; samenwerking met de fysiotherapeut loopt.",
        "beweegles",
        "ouderen",
        "buurthuis",
        "fysiotherapeut",
    )


# -- after-school sport registration
@shape("frag")
def f_ns_child(d):
    k = d.kids[0]
    d.add(
        f"Naam kind: {d.full(k)}\nGeboortedatum: {d.dob(k)}\nSchool en groep: {d.r.choice(['OBS', 'CBS', 'IKC'])} "
        f"De {d.r.choice(['Regenboog', 'Vlinder', 'Wilgenhoek', 'Toermalijn'])}, groep {d.r.randint(3, 8)}",
        "Naam",
        "Geboortedatum",
        "groep",
    )


@shape("frag")
def f_ns_sport(d):
    sp = d.r.choice(SPORTS)
    d.add(f"Keuze: {sp} op {d.wd()} na schooltijd in {d.hall}.", "Keuze", sp, "schooltijd")


@shape("frag")
def f_ns_medical(d):
    d.add(
        f"Medisch: astma, puffer zit in de rugzak. Bij nood bellen: {d.phone(d.res)} ({d.fn(d.res)}).",
        "Medisch",
        "astma",
        "puffer",
        "rugzak",
    )


@shape("frag")
def f_ns_photo(d):
    d.add("Toestemming foto's op de website van de gemeente: nee.", "Toestemming", "website")


# -- Jeugdfonds application by intermediary
@shape("frag")
def f_jf_inter(d):
    d.add(f"Intermediair: {d.official(d.coach, 'buurtsportcoach')}, {d.off_dept}.", "Intermediair")


@shape("frag")
def f_jf_child(d):
    for k in d.kids:
        d.add(
            f"* {d.full(k)}, {d.dob(k)}, {d.r.choice(SPORTS)} bij {d.club}, lidnummer {d.code('member', k)}",
            "lidnummer",
        )


@shape("frag")
def f_jf_amount(d):
    a = amount(d.r, 150, 450)
    d.add(
        f"Aangevraagd bedrag: {a} per kind, rechtstreeks te betalen aan de vereniging.", "Aangevraagd", a, "vereniging"
    )


@shape("frag")
def f_jf_motivation(d):
    d.add(
        f"Motivatie: het gezin woont sinds kort in {d.city} en {d.sur(d.res)} wil dat de kinderen snel meedoen.",
        "Motivatie",
        "gezin",
        d.city,
    )


# -- phone note
@shape("frag")
def f_tel_who(d):
    d.add(f"Beller: {d.full(d.res)}, terugbelnummer {d.phone(d.res)}.", "Beller", "terugbelnummer")


@shape("frag")
def f_tel_topic(d):
    d.add(
        f"Vraag: waarom is de incasso voor het zwemabonnement twee keer afgeschreven van {d.iban(d.res)}?",
        "Vraag",
        "incasso",
        "zwemabonnement",
    )


@shape("frag")
def f_tel_check(d):
    d.add(
        f"Gecontroleerd in het kassasysteem ({d.code('client', d.res)}): dubbele afschrijving op {d.date()}.",
        "Gecontroleerd",
        "kassasysteem",
        "afschrijving",
    )


@shape("frag")
def f_tel_forward(d):
    d.add(f"Doorgezet naar {d.official()} voor terugstorting.", "Doorgezet", "terugstorting")


# -- chat export
@shape("frag")
def f_chat_line1(d):
    d.add(
        f"[{d.r.randint(10, 28)}-0{d.r.randint(1, 9)} 18:{d.r.randint(10, 59)}] {d.full(d.res)}: wie kan zaterdag rijden "
        f"naar de uitwedstrijd?",
        "rijden",
        "uitwedstrijd",
    )


@shape("frag")
def f_chat_line2(d):
    d.add(
        f"[{d.r.randint(10, 28)}-0{d.r.randint(1, 9)} 18:{d.r.randint(10, 59)}] {d.full(d.other)}: ik rijd, de auto "
        f"met {d.plate(d.other)} staat om 8 uur bij het clubhuis",
        "clubhuis",
    )


@shape("frag")
def f_chat_line3(d):
    d.add(
        f"[{d.r.randint(10, 28)}-0{d.r.randint(1, 9)} 19:0{d.r.randint(1, 9)}] {d.fn(d.coach)} (trainer): "
        f"{d.fn(d.kids[0])} is geschorst na de rode kaart, dus die speelt niet",
        "trainer",
        "geschorst",
        "kaart",
    )


@shape("frag")
def f_chat_line4(d):
    d.add(
        f"[{d.r.randint(10, 28)}-0{d.r.randint(1, 9)} 19:1{d.r.randint(1, 9)}] {d.full(d.partner)}: oke, dan neem ik "
        f"de tas met shirts mee 👍",
        "shirts",
    )


# -- subscription cancellation
@shape("frag")
def f_sub_cancel(d):
    d.add(
        f"Hierbij zeg ik het zwemabonnement met pasnummer {d.code('member', d.res)} op per 1 {d.r.choice(MONTHS)}.",
        "Hierbij",
        "zwemabonnement",
        "pasnummer",
    )


@shape("frag")
def f_sub_reason(d):
    d.add(
        "Reden: de openingstijden voor banenzwemmen zijn zo ingekort dat ik er niet meer terechtkan.",
        "Reden",
        "openingstijden",
        "banenzwemmen",
    )


@shape("frag")
def f_sub_bsn(d):
    d.add(f"Ter identificatie: geboortedatum {d.dob(d.res)}, postcode {d.pc(d.res)}.", "identificatie", "postcode")


# -- generic fragments (any kind)
@shape("frag")
def g_handle(d):
    h = f"{d.res.first.lower()}{d.r.randint(10, 99)}"
    d.add(
        f"Eerder stuurde {d.fn(d.res)} ook een bericht via Instagram (@{d.P(h, 'PERSON')}).",
        "Eerder",
        "bericht",
        "Instagram",
    )


@shape("frag")
def g_file(d):
    fn = re.sub(r"[^a-z]", "", d.res.core.lower())
    d.add(f"Bijlage: aanvraag_{d.P(fn, 'PERSON')}_{d.date().split()[-1]}.pdf", "Bijlage")


@shape("frag")
def g_caps(d):
    d.add(f"DOSSIER {d.caps(d.res)} – vertrouwelijk", "DOSSIER", "vertrouwelijk")


@shape("frag")
def g_family(d):
    d.add(f"Ook de oudste, {d.full(d.kids[-1])}, sport inmiddels bij {d.club}.", "oudste", "inmiddels")


# ================================================================================================================
# document kinds
def _known_prefix(d):
    d.known_line()


@shape("doc")
def k_booking(d):
    d.add(
        f"RESERVERINGSBEVESTIGING – {d.hall}\nReserveringsnummer: {d.code('booking', d.res)}\nHuurder: {d.full(d.res)}\n"
        f"E-mail: {d.email(d.res)}",
        "RESERVERINGSBEVESTIGING",
        "Reserveringsnummer",
        "Huurder",
    )
    d.pick([f_book_slot, f_book_price, f_book_key, f_book_cancel, f_book_invoice, f_book_group], 3, 5)


@shape("doc")
def k_incident(d):
    d.add(
        f"INCIDENTRAPPORT {d.pool}\nRapportnummer: {d.code('incident', d.res)}\nOpgesteld door: "
        f"{d.official(d.off, 'badmeester')}\nBetrokkene: {d.full(d.res)}, {d.addr(d.res)}",
        "INCIDENTRAPPORT",
        "Rapportnummer",
        "Betrokkene",
    )
    d.pick([f_inc_what, f_inc_witness, f_inc_action, f_inc_aid, f_inc_advice, f_inc_plate], 3, 5)


@shape("doc")
def k_ban_letter(d):
    d.add(
        f"{d.full(d.res)}\n{d.addr(d.res)}\n{d.pc(d.res)} {d.city}\n\nOnderwerp: toegangsverbod {d.pool}\n\n"
        f"Geachte {d.sur(d.res)},",
        "Onderwerp",
        "toegangsverbod",
        "Geachte",
    )
    d.pick([f_ban_reason, f_ban_period, f_ban_legal, f_ban_objection, f_ban_kid], 3, 5)
    d.add(
        f"Met vriendelijke groet,\n{d.full(d.off)}\nzwembadmanager, afdeling {d.off_dept}", "zwembadmanager", "afdeling"
    )


@shape("doc")
def k_kindpakket(d):
    d.add(
        f"AANVRAAGFORMULIER KINDPAKKET 2027\nAanvrager: {d.full(d.res)}\nBSN: {d.bsn(d.res)}\nAdres: {d.addr(d.res)}, "
        f"{d.pc(d.res)} {d.city}\nStadspasnummer: {d.code('stadspas', d.res)}",
        "AANVRAAGFORMULIER",
        "Aanvrager",
        "Stadspasnummer",
    )
    for n, k in enumerate(d.kids, 1):
        d.add(f"Kind {n}: {d.full(k)}, geboren {d.dob(k)}, wil graag {d.r.choice(SPORTS)}", "Kind")
    d.pick([f_kp_iban, f_kp_income, f_kp_partner, f_kp_sign, f_kp_contact], 2, 4)


@shape("doc")
def k_team_roster(d):
    team = d.r.choice(["JO11-2", "MO13-1", "JO9-4", "D2", "C1", "Pupillen B"])
    d.add(f"Selectie {d.club} {team}, seizoen 2026-2027", "Selectie", "seizoen")
    others = [d.new_person() for _ in range(d.r.randint(1, 3))]
    for o in others:
        o.child = True
    for n, k in enumerate(d.kids + others, 1):
        d.add(f"{n}. {d.full(k)} – {d.dob(k)} – {d.code('member', k)}")
    d.pick([f_roster_trainer, f_roster_times, f_roster_leader, f_roster_contrib], 2, 4)


@shape("doc")
def k_swim_group(d):
    d.add(f"Zwemlesgroep B-diploma, {d.wd()} 16:15 uur, {d.pool}", "Zwemlesgroep", "diploma")
    for k in d.kids:
        d.add(
            f"- {d.full(k)} ({d.dob(k)}), stadspas {d.code('stadspas', k)}: {d.r.choice(['mag afzwemmen', 'nog oefenen', 'borstcrawl verbeteren'])}"
        )
    d.add(f"Contactpersoon gezin: {d.full(d.res)}, {d.phone(d.res)}", "Contactpersoon", "gezin")
    d.pick([f_swim_instructor, f_swim_exam, f_swim_note], 2, 3)


@shape("doc")
def k_refund(d):
    d.add(
        f"Onderwerp: terugbetaling zwemlessen\n\nGeachte medewerker van {d.pool},\n\nMijn naam is {d.full(d.res)}.",
        "terugbetaling",
        "zwemlessen",
        "medewerker",
    )
    d.pick([f_ref_reason, f_ref_amount, f_ref_booking, f_ref_reply], 2, 4)
    f_ref_close(d)
    d.shapes.append("f_ref_close")


@shape("doc")
def k_parent_msg(d):
    d.sep = " "
    d.pick([f_msg_absent, f_msg_shoes, f_msg_bully, f_msg_pass], 2, 4)
    f_msg_sign(d)
    d.shapes.append("f_msg_sign")


@shape("doc")
def k_med_ban(d):
    d.add(
        f"NOTITIE BEMIDDELAAR – verzoek tot afstemming\nThema: sport en recreatie; afdeling {d.off_dept}",
        "NOTITIE",
        "afstemming",
        "Thema",
    )
    d.pick([f_medban_intake, f_medban_view, f_medban_agree, f_medban_control, f_medban_lesson], 3, 5)
    if d.res.full not in "".join(d.parts):
        d.add(f"Verzoeker: {d.full(d.res)}, {d.email(d.res)}", "Verzoeker")


@shape("doc")
def k_med_pass(d):
    d.add(f"Verslag bemiddeling {d.date()} – bemiddelaar {d.full(d.med)}", "Verslag", "bemiddeling")
    d.pick([f_medpass_issue, f_medpass_check, f_medpass_result, f_medpass_file, f_medpass_kids], 3, 5)
    if d.res.full not in "".join(d.parts):
        d.add(f"Verzoeker: {d.full(d.res)}, {d.phone(d.res)}", "Verzoeker")


@shape("doc")
def k_lost(d):
    d.add(f"Register gevonden voorwerpen – {d.r.choice([d.pool, d.hall])}", "Register", "gevonden", "voorwerpen")
    d.pick([f_lost_item, f_lost_owner, f_lost_claim, f_lost_phone], 3, 4)
    if d.res.full not in "".join(d.parts):
        d.add(f"Melder: {d.full(d.res)}", "Melder")


@shape("doc")
def k_locker(d):
    d.add(f"Melding diefstal uit kluisje – {d.pool}\nMelder: {d.full(d.res)} ({d.email(d.res)})", "Melding", "diefstal")
    d.pick([f_lock_break, f_lock_camera, f_lock_claim, f_lock_reply], 2, 4)


@shape("doc")
def k_field(d):
    d.add(f"Aan de afdeling {d.off_dept}\nBetreft: huur sportveld {d.park}", "Betreft", "sportveld")
    d.pick([f_field_request, f_field_light, f_field_debt, f_field_treasurer], 2, 4)
    f_field_secretary(d)
    d.shapes.append("f_field_secretary")


@shape("doc")
def k_diploma(d):
    d.add(f"Uitnodiging afzwemmen – {d.pool}", "Uitnodiging")
    d.pick([f_dip_invite, f_dip_bring, f_dip_dob, f_dip_cost], 3, 4)
    d.add(
        f"Vragen? Mail zwemles@{d.muni}.nl. Uw contactgegevens bij ons: {d.full(d.res)}, {d.email(d.res)}.",
        "Vragen",
        f"zwemles@{d.muni}.nl",
    )


@shape("doc")
def k_pass_decision(d):
    d.add(
        f"BESLUIT STADSPAS\nKenmerk: {d.code('zaak', d.res)}\n{d.full(d.res)}\n{d.addr(d.res)}\n{d.pc(d.res)} {d.city}",
        "BESLUIT",
        "Kenmerk",
        d.city,
    )
    d.pick([f_dec_granted, f_dec_kids, f_dec_valid, f_dec_refused], 2, 4)
    d.add(f"Namens het college,\n{d.official(d.off, 'consulent Kindpakket')}", "college")


@shape("doc")
def k_coach_report(d):
    d.add(
        f"Weekverslag buurtsportcoach {d.fn(d.coach)} – wijk {d.r.choice(['Noord', 'De Hoven', 'Kanaleneiland', 'Zuidoost'])}",
        "Weekverslag",
        "buurtsportcoach",
        "wijk",
    )
    d.pick([f_coach_week, f_coach_talk, f_coach_neighbour, f_coach_plan], 3, 4)
    if d.res.full not in "".join(d.parts):
        d.add(f"Terugbellen: {d.full(d.res)}, {d.phone(d.res)}", "Terugbellen")


@shape("doc")
def k_naschools(d):
    d.add(
        f"Aanmelding Naschoolse Sport {d.city}\nOuder/verzorger: {d.full(d.res)}, {d.email(d.res)}",
        "Aanmelding",
        "Naschoolse",
        "verzorger",
    )
    d.pick([f_ns_child, f_ns_sport, f_ns_medical, f_ns_photo], 3, 4)


@shape("doc")
def k_jeugdfonds(d):
    d.add(
        f"Aanvraag Jeugdfonds Sport & Cultuur – {d.code('jeugdfonds', d.res)}\nOuder: {d.full(d.res)}, "
        f"{d.addr(d.res)}, {d.city}",
        "Jeugdfonds",
        "Cultuur",
        "Ouder",
    )
    d.pick([f_jf_inter, f_jf_child, f_jf_amount, f_jf_motivation], 3, 4)


@shape("doc")
def k_phone_note(d):
    d.add(f"Telefoonnotitie Sportloket {d.wd()} {d.date()}", "Telefoonnotitie", "Sportloket")
    d.pick([f_tel_topic, f_tel_check, f_tel_forward], 2, 3)
    f_tel_who(d)
    d.shapes.append("f_tel_who")


@shape("doc")
def k_chat(d):
    d.add(f"Export appgroep ouders {d.club}", "Export", "appgroep", "ouders")
    d.pick([f_chat_line1, f_chat_line2, f_chat_line3, f_chat_line4], 3, 4)
    if d.res.full not in "".join(d.parts):
        d.add(f"Beheerder groep: {d.full(d.res)}", "Beheerder", "groep")


@shape("doc")
def k_subscription(d):
    d.add(f"Aan de ledenadministratie van {d.pool},\n\nIk ben {d.full(d.res)}, {d.addr(d.res)}.", "ledenadministratie")
    d.pick([f_sub_cancel, f_sub_reason, f_sub_bsn], 2, 3)
    d.add(f"Groet, {d.fn(d.res)}", "Groet")


KINDS = [
    k_booking,
    k_incident,
    k_ban_letter,
    k_kindpakket,
    k_team_roster,
    k_swim_group,
    k_refund,
    k_parent_msg,
    k_med_ban,
    k_med_pass,
    k_lost,
    k_locker,
    k_field,
    k_diploma,
    k_pass_decision,
    k_coach_report,
    k_naschools,
    k_jeugdfonds,
    k_phone_note,
    k_chat,
    k_subscription,
]
GENERIC = [g_handle, g_file, g_caps, g_family]


@shape("frag")
def g_contact(d):
    d.add(f"Contactpersoon dossier: {d.full(d.res)}", "Contactpersoon")


@shape("frag")
def g_known_sur(d):
    t = d.sur(d.res)
    d.add(f"{t[0].upper()}{t[1:]} gaf aan dit graag opgelost te zien.", "opgelost")


# ================================================================================================================
def build(i: int, attempt: int) -> tuple[dict, list[str]]:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = i % 4 == 1
    d = Doc(r, known)
    kind = KINDS[(i * 5) % len(KINDS)] if attempt == 0 else r.choice(KINDS)
    d.shapes.append(kind.__name__)
    kind(d)
    if r.random() < 0.45:
        g = r.choice([g for g in GENERIC if not (known and g in (g_file, g_handle))])
        d.shapes.append(g.__name__)
        g(d)
    if d.res.full not in d.sep.join(d.parts):
        d.shapes.append("g_contact")
        g_contact(d)
    if known:
        lead, core, word, sents = d.known_entry
        pos = r.randint(1, len(d.parts))
        d.parts.insert(pos, r.choice(sents))
        d.K(word)
        if r.random() < 0.5:
            d.shapes.append("g_known_sur")
            g_known_sur(d)
    text = d.sep.join(d.parts)
    doc = {"id": f"fresh29a-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [d.res.full]}
        em = d.res.data.get("email")
        ph = d.res.data.get("phone")
        if em and em in text:
            kn["emails"] = [em]
        if ph and ph in text:
            kn["phones"] = [ph]
        doc["known"] = kn
        doc["_known_word"] = d.known_entry[2]
    return doc, d.shapes


def _words(s):
    return [w.lower() for w in re.findall(r"\w+", s)]


def gate(doc: dict) -> str | None:
    """None when ``doc`` passes all gates, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w for w in _words(it["text"]) if w not in PARTICLES and len(w) > 1}
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w for w in _words(n) if w not in PARTICLES and len(w) > 1}
        if doc["known"]["names"][0] not in [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]:
            return "known name not annotated"
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares {w!r} with a name"
    return None


def generate() -> tuple[list[dict], Counter, int]:
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc, shapes = build(i, attempt)
            kw = doc.pop("_known_word", None)
            if gate(doc) is None and (kw is None or kw in doc["keep"]):
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"document {i} keeps failing: {gate(doc)}")
        docs.append(doc)
        used.update(shapes)
    return docs, used, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    data = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh29a_texts.jsonl is up to date" if same else "fresh29a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        print("pii per label:")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = [s for s in SHAPES if SHAPES[s] == "doc"]
        print(
            f"shapes registered: {len(SHAPES)} ({len(kinds)} document kinds, {len(SHAPES) - len(kinds)} line/sentence "
            f"shapes); shapes used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups in the name material: {len(GROUPS)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
