"""Generator of fresh40b: a blind anonymizer corpus of households that change (helper B2, round thirty-four).

Births and recognitions, separations, partners moving in or out, children leaving home, a parent moving in,
co-parenting schedules, the address register (BRP) and its investigations, benefits that change with the household,
the mediator between ex-partners and the municipality: residents' forms, officials' case notes, decision letters,
tables of who lives where, and messages between ex-partners quoted in the file.

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh40b/make_fresh40b.py            write fresh40b_texts.jsonl
    python tests/anonymizer/fresh40b/make_fresh40b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh40b/make_fresh40b.py --stats    counts per label, shapes, known names, redraws

Standard library only. Seed 20261342; document i draws from random.Random("20261342-<i>"), a redraw after a failed
gate from random.Random("20261342-<i>-<attempt>").
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from names40b import KNOWN, KNOWN_FIRST, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

import random  # noqa: E402

SEED = 20261342
N_DOCS = 300
OUT = HERE / "fresh40b_texts.jsonl"
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

# ---------------------------------------------------------------------------------------------------------------
# structured values

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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def make_bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        rest = sum(d[i] * (9 - i) for i in range(8)) % 11
        if rest <= 9:
            s = "".join(map(str, d + [rest]))
            if bsn_ok(s):
                return s


def fmt_bsn(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def _iban(country, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def make_iban(r) -> str:
    kind = r.random()
    if kind < 0.8:
        bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        s = _iban("NL", bank + "".join(str(r.randint(0, 9)) for _ in range(10)))
    elif kind < 0.9:
        n = r.randint(10**9, 10**10 - 1)
        c = n % 97 or 97
        s = _iban("BE", f"{n:010d}{c:02d}")
    else:
        s = _iban("DE", "".join(str(r.randint(0, 9)) for _ in range(18)))
    if r.random() < 0.65:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


PLATE_L = "BDFGHJKLNPRSTVXZ"


def make_plate(r) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def make_case(r, kind) -> str:
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    L = lambda n: "".join(r.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(n))
    forms = {
        "ao": [f"AO-26-{D(5)}", f"ADR/{D(4)}/26", f"AO{D(6)}.{L(1)}"],
        "brp": [f"BRP26.{D(4)}.{L(2)}", f"BRP-{L(1)}{D(6)}", f"GBA/26/{D(5)}"],
        "wi": [f"WI.2026.{D(5)}", f"WI-{L(2)}-{D(6)}", f"INK/{D(3)}/{D(4)}"],
        "hh": [f"HH-{D(4)}-2026", f"HHW{D(6)}", f"HH26/{L(1)}{D(4)}"],
        "erk": [f"ERK 2026/{D(3)}", f"ERK-{D(5)}", f"BS-E/{D(4)}/26"],
        "med": [f"MED26-{D(3)}{L(1)}", f"VTA-M-{D(5)}", f"MD/{D(4)}/{L(2)}"],
        "bzw": [f"BZW-2026-{D(4)}", f"BZ/{D(5)}/26", f"OBZ{D(6)}"],
        "z": [f"Z/26/{D(6)}", f"ZK-{D(3)}-{D(4)}-{L(1)}", f"Z.2026.{D(6)}"],
    }
    return r.choice(forms[kind])


def fmt_dob(r, d: dt.date) -> str:
    m = d.month - 1
    styles = [
        f"{d.day} {MONTHS[m]} {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day} {MON3[m]}{'' if m == 4 else '.'} {d.year}",
        f"{d.day:02d}-{MON3[m]}-{d.year}",
        f"{d.day:02d}{d.month:02d}{d.year}",
        f"{DAYS[d.weekday()]} {d.day} {MONTHS[m]} {d.year}",
        f"{d.day} {MONTHS[m].upper()} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
    ]
    return r.choice(styles)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day}/{d.month}"


def rand_date(r, y0, y1) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def make_phone(r) -> str:
    n8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    if r.random() < 0.75:
        return r.choice(
            [
                f"06-{n8}",
                f"06 {n8[:4]} {n8[4:]}",
                f"+31 6 {n8[:4]} {n8[4:]}",
                f"+31(0)6-{n8}",
                f"06 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}",
                f"0031 6 {n8}",
                f"06{n8}",
            ]
        )
    area = r.choice(["010", "020", "030", "040", "050", "070", "075", "023", "026", "0318", "0546", "0492"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest}"])


PROVIDERS = [
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "yahoo.com",
    "planet.nl",
    "xs4all.nl",
    "proton.me",
    "telfort.nl",
]


def make_email(r, first, sur) -> str:
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower().split()[0])
    s = re.sub(r"[^a-z]", "", ascii_fold(sur).lower())
    yy = r.randint(70, 99)
    local = r.choice(
        [f"{f}.{s}", f"{f[0]}{s}", f"{s}.{f[0]}", f"{f}{s}{yy}", f"{f}_{s[:4]}", f"{f}.{s}{r.randint(1, 9)}"]
    )
    return f"{local}@{r.choice(PROVIDERS)}"


MUNIS = [
    ("Almere", "almere.nl", "036"),
    ("Zaanstad", "zaanstad.nl", "075"),
    ("Tilburg", "tilburg.nl", "013"),
    ("Apeldoorn", "apeldoorn.nl", "055"),
    ("Leeuwarden", "leeuwarden.nl", "058"),
    ("Emmen", "emmen.nl", "0591"),
    ("Dordrecht", "dordrecht.nl", "078"),
    ("Zoetermeer", "zoetermeer.nl", "079"),
    ("Lelystad", "lelystad.nl", "0320"),
    ("Helmond", "helmond.nl", "0492"),
    ("Deventer", "deventer.nl", "0570"),
    ("Hengelo", "hengelo.nl", "074"),
    ("Amersfoort", "amersfoort.nl", "033"),
    ("Venlo", "venlo.nl", "077"),
    ("Schiedam", "schiedam.nl", "010"),
    ("Purmerend", "purmerend.nl", "0299"),
    ("Heerlen", "heerlen.nl", "045"),
    ("Gouda", "gouda.nl", "0182"),
    ("Alkmaar", "alkmaar.nl", "072"),
    ("Nieuwegein", "nieuwegein.nl", "030"),
    ("Roosendaal", "roosendaal.nl", "0165"),
    ("Oss", "oss.nl", "0412"),
    ("Vlaardingen", "vlaardingen.nl", "010"),
    ("Zwolle", "zwolle.nl", "038"),
]
OTHER_PLACES = [
    "Utrecht",
    "Groningen",
    "Nijmegen",
    "Haarlem",
    "Breda",
    "Arnhem",
    "Maastricht",
    "Eindhoven",
    "Delft",
    "Leiden",
    "Enschede",
    "Rotterdam",
    "Amsterdam",
    "Den Bosch",
    "Middelburg",
    "Assen",
]
STREET_PRE = [
    "Meidoorn",
    "Zwanen",
    "Wilgen",
    "Kastanje",
    "Lijsterbes",
    "Goudsbloem",
    "Reiger",
    "Kievit",
    "Smeden",
    "Kuipers",
    "Vlasakker",
    "Boekweit",
    "Hazelaar",
    "Sleedoorn",
    "Merel",
    "Zeilmakers",
    "Touwslagers",
    "Brem",
    "Heide",
    "Korenbloem",
    "Esdoorn",
    "Duinroos",
    "Pluimes",
    "Vijzel",
    "Kalkoven",
    "Turfschip",
    "Spinners",
]
STREET_SUF = [
    "straat",
    "laan",
    "hof",
    "weg",
    "plein",
    "singel",
    "kade",
    "dreef",
    "erf",
    "pad",
    "ring",
    "gaarde",
    "veld",
]
FUNCS = [
    ("klantmanager", "Werk en Inkomen"),
    ("BRP-onderzoeker", "Basisregistraties"),
    ("medewerker", "Burgerzaken"),
    ("handhaver", "Toezicht en Handhaving"),
    ("consulent", "Inkomensondersteuning"),
    ("juridisch medewerker", "Bezwaar en Beroep"),
    ("casemanager", "Jeugd en Gezin"),
    ("adviseur", "Wonen"),
    ("toezichthouder", "Adreskwaliteit"),
    ("ambtenaar", "Burgerlijke Stand"),
]
MED_ORGS = [
    "Samen Verder Mediation",
    "Bureau Tweesprong",
    "Mediationpraktijk Middenweg",
    "Ouderschap in Balans",
    "Stichting Omgang en Overleg",
    "Praktijk Eerlijk Delen",
]

# ---------------------------------------------------------------------------------------------------------------
# people


class Person:
    def __init__(self, r, origin, g, sur=None, first=None, dob_years=(1955, 2001)):
        mf, ff, surmaker = ORIGINS[origin]
        self.origin, self.g = origin, g
        self.first = first or (ff(r) if g == "f" else mf(r))
        self.sur = sur or surmaker(r, g)
        self.dob = (
            rand_date(r, *dob_years)
            if dob_years[0] < 2025
            else dt.date(2025, 9, 1) + dt.timedelta(days=r.randint(0, 240))
        )
        self.dob_s = fmt_dob(r, self.dob)
        self.bsn = fmt_bsn(r, make_bsn(r))
        self.tel = make_phone(r)
        self.iban = make_iban(r)
        self.second = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.4 else ""
        self.title = r.choice(
            ["mevrouw", "mevrouw", "mevr.", "mw."] if g == "f" else ["de heer", "de heer", "dhr.", "meneer"]
        )
        self.hsuf = (r.randint(80, 99), r.randint(10, 99), r.randrange(4))
        self.reset(r)

    def reset(self, r):
        """Derived forms (initials, e-mail, file name, handle) after the name is final."""
        self.ini = self.first[0] + "." + (self.second + "." if self.second else "") + " " + self.sur
        self.mail = make_email(random.Random(f"{self.first}|{self.sur}|{self.hsuf}"), self.first, self.sur)
        f_ascii = re.sub(r"[^a-z]", "", ascii_fold(self.first).lower().split()[0])
        s_ascii = re.sub(r"[^a-z]", "", ascii_fold(self.sur).lower())
        self.file = s_ascii
        a, b, c = self.hsuf
        self.handle = [
            f"{f_ascii}.{s_ascii[0]}{a}",
            f"{s_ascii}_{f_ascii[:3]}",
            f"{f_ascii}{s_ascii[:3]}",
            f"{f_ascii}_{b}",
        ][c]

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def Sur(self):
        return self.sur[0].upper() + self.sur[1:]


def possessive(name: str) -> str:
    if name[-1] in "sxzşś":
        return name + "'"
    if name[-1].lower() in "aeiouyéë":
        return name + "'s"
    return name + "s"


def gender_form(sur: str, g: str) -> str:
    """The same family name in the form for gender g (Polish, Bulgarian and Greek names change with gender)."""
    pairs = [("ska", "ski"), ("ova", "ov"), ("eva", "ev"), ("opoulou", "opoulos")]
    for f, m in pairs:
        if g == "m" and sur.endswith(f):
            return sur[: -len(f)] + m
        if g == "f" and sur.endswith(m):
            return sur[: -len(m)] + f
    return sur


def pick_origin(r):
    return r.choice(list(ORIGINS))


class K(str):
    """A keep word."""


def P(text, label="PERSON"):
    return (text, label)


def build_ctx(r, known_entry=None, mother_first=False):
    place, domain, area = r.choice(MUNIS)
    place2, place3 = r.sample(OTHER_PLACES, 2)
    v = {}
    ga = "f" if mother_first else r.choice("fm")
    gb = "m" if ga == "f" else r.choice("fmf")
    if known_entry:
        sur = known_entry[0]
        A = Person(r, "Nederlands", ga, sur=sur, first=r.choice(KNOWN_FIRST[ga]))
    else:
        A = Person(r, pick_origin(r), ga)
    B = Person(r, A.origin if r.random() < 0.5 else pick_origin(r), gb)
    fam = A if r.random() < 0.6 or known_entry else B
    k1g, k2g, yg = r.choice("fm"), r.choice("fm"), r.choice("fm")
    K1 = Person(r, fam.origin, k1g, sur=gender_form(fam.sur, k1g), dob_years=(2006, 2012))
    K2 = Person(r, fam.origin, k2g, sur=gender_form(fam.sur, k2g), dob_years=(2013, 2022))
    Y = Person(r, fam.origin, yg, sur=gender_form(fam.sur, yg), dob_years=(2026, 2026))
    og = r.choice("fm")
    O = Person(r, A.origin, og, sur=gender_form(A.sur, og), dob_years=(1938, 1960))
    N = Person(r, pick_origin(r), r.choice("fm"))
    F = Person(r, pick_origin(r), r.choice("fm"))
    F2 = Person(r, pick_origin(r), r.choice("fm"))
    M = Person(r, pick_origin(r), r.choice("fm"))
    F.func, F.dept = r.choice(FUNCS)
    F2.func, F2.dept = r.choice([f for f in FUNCS if f[1] != F.dept])
    M.func, M.dept = "mediator", r.choice(MED_ORGS)
    people = {"A": A, "B": B, "K1": K1, "K2": K2, "Y": Y, "O": O, "N": N, "F": F, "G": F2, "M": M}
    # every person has a first name of their own, and outsiders a family name of their own
    seen_first, family = set(), {A.sur, B.sur, K1.sur, K2.sur, Y.sur, O.sur}
    for key, p in people.items():
        tries = 0
        while (
            p.first in seen_first
            or any(w in family for w in p.first.split())
            or (key in ("N", "F", "G", "M") and (p.sur in family or p.sur in seen_first))
        ):
            mf, ff, surmaker = ORIGINS[p.origin]
            p.first = ff(r) if p.g == "f" else mf(r)
            if key in ("N", "F", "G", "M"):
                p.sur = surmaker(r, p.g)
            tries += 1
            if tries > 30:
                p.origin = pick_origin(r)
        p.reset(r)
        seen_first.add(p.first)
        if key in ("N", "F", "G", "M"):
            family.add(p.sur)
    for key, p in people.items():
        t = p.title
        v[key] = P(p.full)
        v[key + "t"] = [t + " ", P(p.Sur)]
        v[key + "T"] = [t[0].upper() + t[1:] + " ", P(p.Sur)]
        v[key + "s"] = P(p.Sur)
        v[key + "g"] = ["mevrouw " if p.g == "f" else "heer ", P(p.Sur)]
        v[key + "b"] = ["mevrouw " if p.g == "f" else "meneer ", P(p.Sur)]
        v[key + "f"] = P(p.first)
        v[key + "i"] = P(p.ini)
        v[key + "U"] = P(p.sur.upper())
        v[key + "l"] = P(p.first.lower())
        v[key + "p"] = P(possessive(p.first))
        v[key + "ps"] = P(possessive(p.Sur))
        v[key + "file"] = P(p.file)
        v[key + "h"] = P(p.handle)
        v[key + "_dob"] = P(p.dob_s, "DATE_OF_BIRTH")
        v[key + "_bsn"] = P(p.bsn, "BSN")
        v[key + "_tel"] = P(p.tel, "PHONE")
        v[key + "_mail"] = P(p.mail, "EMAIL")
        v[key + "_iban"] = P(p.iban, "IBAN")
        f = p.g == "f"
        v[key + "_zij"] = "zij" if f else "hij"
        v[key + "_Zij"] = "Zij" if f else "Hij"
        v[key + "_haar"] = "haar" if f else "zijn"
        v[key + "_hem"] = "haar" if f else "hem"
        v[key + "_kind"] = "dochter" if f else "zoon"
        v[key + "_ouder"] = "moeder" if f else "vader"
        v[key + "_ex"] = "ex-partner"
    for key in ("F", "G", "M"):
        v[key + "_func"] = people[key].func
        v[key + "_dept"] = K(people[key].dept)
    # official mails: municipal address with the official's name
    for key in ("F", "G"):
        p = people[key]
        v[key + "_mail"] = P(f"{ascii_fold(p.first[0]).lower()}.{p.file}@{domain}", "EMAIL")
    v["M_mail"] = P(f"{people['M'].file}@{re.sub(r'[^a-z]', '', people['M'].dept.lower())}.nl", "EMAIL")
    # addresses
    streets = r.sample([a + b for a in STREET_PRE for b in STREET_SUF], 5)
    nums = lambda: r.choice(
        [
            str(r.randint(1, 180)),
            f"{r.randint(1, 90)}-{r.choice(['A', 'B', 'bis', '2', 'II', 'hs'])}",
            f"{r.randint(1, 120)}{r.choice('abc')}",
            f"{r.randint(1, 60)} {r.choice(['A', 'B', 'C'])}",
        ]
    )
    pcs = lambda: (
        f"{r.randint(1011, 9999)}{r.choice([' ', '', ' '])}{r.choice('ABCEGHJKLMNPRTVWXZ')}{r.choice('ABCEGHJKLMNPRTVWXZ')}"
    )
    for i, st in enumerate(streets[:4], 1):
        v[f"AD{i}"] = P(f"{st} {nums()}", "ADDRESS")
        v[f"AD{i}s"] = P(st, "ADDRESS")
        v[f"PC{i}"] = P(pcs(), "POSTCODE")
    v["ADN"] = P(f"{streets[0]} {r.randint(1, 200)}", "ADDRESS")
    v["PL"], v["PL2"], v["PL3"] = K(place), K(place2), K(place3)
    v["INFO"] = K(f"info@{domain}")
    v["TEL14"] = K(f"14 {area}")
    v["PLATE"] = P(make_plate(r), "LICENSE_PLATE")
    for k in ("ao", "brp", "wi", "hh", "erk", "med", "bzw", "z"):
        v["Z_" + k] = P(make_case(r, k), "CASE_NUMBER")
    # ordinary dates in 2025-2026, increasing
    base = dt.date(2025, r.randint(1, 12), r.randint(1, 28))
    ds = sorted(base + dt.timedelta(days=r.randint(0, 420)) for _ in range(7))
    st = r.choice([0, 0, 1])
    for i, d in enumerate(ds):
        v[f"D{i}"] = fmt_date(d, st)
        v[f"D{i}n"] = fmt_date(d, 1)
        v[f"D{i}k"] = K(fmt_date(d, 0))
    v["AMT"] = K(f"€ {r.randint(80, 1900)},{r.randint(0, 99):02d}")
    v["AMT2"] = K(f"€ {r.randint(20, 400)},{r.choice(['00', '50', '25', '75'])}")
    v["WEEKS"] = r.choice(["twee", "drie", "vier", "zes"])
    return people, v


# ---------------------------------------------------------------------------------------------------------------
# document builder


class Doc:
    def __init__(self, v):
        self.v = v
        self.chunks: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def _emit(self, val):
        if isinstance(val, list):
            return "".join(self._emit(x) for x in val)
        if isinstance(val, tuple):
            item = {"text": val[0], "label": val[1]}
            if item not in self.pii:
                self.pii.append(item)
            return val[0]
        if isinstance(val, K):
            if str(val) not in self.keep:
                self.keep.append(str(val))
            return str(val)
        return val

    def render(self, tpl: str, extra=None) -> str:
        out = []
        for tok in re.split(r"(\{\w+\}|\[\[.+?\]\])", tpl):
            if tok.startswith("{") and tok.endswith("}"):
                key = tok[1:-1]
                val = (extra or {}).get(key, self.v.get(key))
                if val is None:
                    raise KeyError(key)
                out.append(self._emit(val))
            elif tok.startswith("[["):
                out.append(self._emit(K(tok[2:-2])))
            else:
                out.append(tok)
        return "".join(out)

    def add(self, name, sep="\n", extra=None):
        tpl = SHAPES[name]
        self.shapes.append(name)
        text = tpl(self) if callable(tpl) else self.render(tpl, extra)
        self.chunks.append((sep, text))

    def text(self):
        out = ""
        for sep, t in self.chunks:
            if sep == " " and (not re.search(r"[.!?']$", out) or "\n" in t or out.rsplit("\n", 1)[-1][:1] in "|[->"):
                sep = "\n"
            out = t if not out else out + sep + t
        return out


# ---------------------------------------------------------------------------------------------------------------
# shapes: line and sentence shapes (templates), registered by name

SHAPES: dict = {
    # --- form fields
    "form_person_block": "Achternaam: {AU}\nVoornamen: {Af}\nGeboortedatum: {A_dob}\nBurgerservicenummer: {A_bsn}",
    "form_contact_block": "Telefoonnummer overdag: {A_tel}\nE-mailadres: {A_mail}",
    "form_address_block": "Huidig [[adres]]: {AD1}\nPostcode en [[woonplaats]]: {PC1} {PL}",
    "form_new_address": "Nieuw adres per {D3}: {AD2}, {PC2} {PL}",
    "form_moving_persons": "Wie verhuizen er mee?\n[x] {A} ({A_dob})\n[x] {K1} ({K1_dob})\n[ ] {B}",
    "form_iban_line": "[[Rekeningnummer]] voor de [[uitkering]]: {A_iban} ten name van {Ai}",
    "form_declaration": "Ik verklaar dat ik dit [[formulier]] naar waarheid heb ingevuld.\n[[Handtekening]]: {Ai}   Plaats: {PL}   Datum: {D5}",
    "form_cohabitant": "Gegevens [[medebewoner]]\nNaam: {B}\nGeboren: {B_dob}\nBSN: {B_bsn}\nVorig adres: {AD3}, {PC3} {PL2}",
    "form_relation_boxes": "[[Relatie]] tot de aanvrager: ( ) kind  (x) partner  ( ) ouder  ( ) [[kamerhuurder]]  ( ) anders",
    "form_plate_field": "Staat er een auto op uw naam? Ja, [[kenteken]] {PLATE}",
    "form_parent_block": "Gegevens inwonende ouder\nNaam: {O}\nGeboortedatum: {O_dob}\nBSN: {O_bsn}\nReden [[inwoning]]: [[mantelzorg]]",
    "form_child_leaving": "Welk kind gaat uit huis? {K1} (geboren {K1_dob})\nNieuw adres: {AD4}, {PC4} {PL3}\nDatum [[vertrek]]: {D2}",
    "form_baby_block": "Gegevens kind\nVoornamen: {Yf}\nGeslachtsnaam: {Ys}\nGeboortedatum: {Y_dob}\nGeboorteplaats: {PL}",
    "form_father_block": "Gegevens erkenner\nNaam: {B}\nGeboortedatum: {B_dob}\nBSN: {B_bsn}\nAdres: {AD3}, {PC3} {PL2}",
    "form_uploads": "[[Bijlagen]]: huurcontract-{Afile}.pdf, loonstrook-{Bfile}-maart.pdf, uittreksel {PL}.pdf",
    # --- free text fields (informal, lower case)
    "free_lower_alone": "[[Toelichting]]: ik woon sinds {D1} weer alleen met {K1l} en {K2l}, {Bl} is vertrokken naar {B_haar} moeder. kan mijn [[toeslag]] omhoog? bel me op {A_tel}",
    "free_lower_moved_in": "[[Opmerking]]: {Bl} woont nu bij ons in, {B_zij} staat nog ingeschreven op {AD3s} maar daar woont {B_zij} echt niet meer hoor. groetjes {Al}",
    "free_question_kostendeler": "Mijn vraag: telt {Op} inwoning mee voor de [[kostendelersnorm]]? {O_zij} is {O_dob} geboren en krijgt [[AOW]].",
    "free_student": "ps {K1l} krijgt nu [[uitwonende]] [[studiefinanciering]] van [[DUO]], dus ik denk dat de [[huurtoeslag]] omlaag moet??",
    # --- case notes, timelines
    "note_tl_report": "{D0n}  [[Melding]] van {Nt} ({ADN}): 'op {AD1} wonen al maanden meer mensen dan er ingeschreven staan.'",
    "note_tl_visit": "{D1n}  [[Huisbezoek]] door {Fi} ({F_func}); niemand thuis, [[kaartje]] in de bus gedaan.",
    "note_tl_call": "{D2n}  Telefonisch contact met {A} op {A_tel}; {A_zij} verklaart dat {B} sinds {D0} bij {A_hem} verblijft.",
    "note_tl_docs": "{D3n}  Stukken ontvangen: [[huurovereenkomst]] van {AD3} op naam van {Bi}, en een [[verklaring]] van de verhuurder.",
    "note_tl_close": "{D4n}  Onderzoek {Z_ao} afgesloten; [[conclusie]]: {Bf} woont op {AD1}.",
    "note_brp_check": "[[Raadpleging]] [[BRP]]: op {AD1} staan ingeschreven {A} (geb. {A_dob}), {K1} (geb. {K1_dob}) en {K2} (geb. {K2_dob}); {B} staat op {AD3}.",
    "note_plate_seen": "Bij drie [[controles]] stond de auto met kenteken {PLATE} (op naam van {Bi}) 's avonds voor de deur.",
    "note_neighbour": "Buurvrouw {N} verklaart dat {Bf} elke ochtend om zeven uur met de kinderen vertrekt.",
    "note_benefit_effect": "Gevolg voor de [[bijstand]]: vanaf {D4} geldt de kostendelersnorm; de uitkering van {At} gaat naar {AMT} per maand.",
    "note_next_step": "[[Vervolg]]: {Ff} stuurt {At} een [[vooraankondiging]] en geeft {A_hem} {WEEKS} weken voor een [[zienswijze]].",
    "note_transfer": "[[Overdracht]] van {F_dept} aan {G} ({G_func}, team {G_dept}): dossier {Z_wi} loopt, [[hersteltermijn]] verloopt op {D5}.",
    "note_interview": "Gesprek met {A} op het [[stadskantoor]]. Aanwezig namens de gemeente: {F}, {F_func}. {A_Zij} bevestigt dat {B} op {D1} is vertrokken.",
    "note_rooms": "In de woning zag {Ff} twee [[slaapkamers]]; in de kleinste kamer lagen kleren van {Bf} en een [[werkrooster]] op naam van {Bi}.",
    "note_rni": "{B} is volgens de [[verklaring]] van {A} vertrokken naar het buitenland; inschrijving in de [[RNI]] wordt voorbereid (dossier {Z_brp}).",
    "note_briefadres": "{At} vraagt een [[briefadres]] aan bij {O} op {AD4}; {O_zij} tekende de [[instemmingsverklaring]] op {D2}.",
    "note_iban_change": "{Af} geeft een nieuw rekeningnummer door: {A_iban}. Het oude gezamenlijke rekeningnummer {B_iban} vervalt per {D3}.",
    # --- letters
    "let_ref_block": "Ons kenmerk: {Z_brp}\nUw kenmerk: –\nDatum: {D5}\nBetreft: [[wijziging]] in de [[Basisregistratie]] Personen",
    "let_address_block": "{At}\n{AD1}\n{PC1}  {PL}",
    "let_salute": "Geachte {Ag},",
    "let_decision_register": "Wij hebben besloten om {B} met ingang van {D4} in te schrijven op uw adres {AD1} in {PL}. U had dit op {D1} zelf bij ons gemeld.",
    "let_decision_exofficio": "Na [[onderzoek]] treffen wij {B} niet meer aan op {AD3}. Daarom schrijven wij {B_hem} [[ambtshalve]] uit per {D4}.",
    "let_decision_kostendelers": "Omdat {O} sinds {D1} bij u woont, geldt voor u de kostendelersnorm. Uw [[bijstandsuitkering]] wordt vanaf {D3} {AMT} per maand.",
    "let_decision_single": "Vanaf {D2} ontvangt u bijstand als [[alleenstaande]] ouder, omdat {B} niet meer bij u woont. Wij betalen op {A_iban}.",
    "let_recognition": "Op {D2} heeft {B} het [[ongeboren]] kind van {A} [[erkend]] bij de ambtenaar van de burgerlijke stand (akte {Z_erk}).",
    "let_name_choice": "U heeft gekozen voor de [[geslachtsnaam]] {Ys} voor uw kind. Deze [[naamskeuze]] geldt ook voor latere kinderen.",
    "let_hearing_invite": "Wij nodigen u uit voor een [[hoorzitting]] over uw bezwaar {Z_bzw} op {D5} om 14.30 uur in het [[Stadhuis]].",
    "let_objection_rights": "Bent u het niet eens met dit [[besluit]]? Dan kunt u binnen zes weken [[bezwaar]] maken bij het college van burgemeester en wethouders.",
    "let_contact_generic": "Heeft u vragen? Bel {TEL14} of mail {INFO} en noem het [[zaaknummer]] {Z_hh}.",
    "let_signature": "Met vriendelijke groet,\n\n{F}\n{F_func}, afdeling {F_dept}",
    "let_cc": "Afschrift aan: {B}, {AD3}, {PC3} {PL2}",
    "let_recovery": "U heeft van {D0} tot {D3} te veel bijstand ontvangen: {AMT}. Wij vragen dit terug. U kunt een [[betalingsregeling]] aanvragen.",
    # --- co-parenting schedules
    "sched_week_table": "| Week | ma–wo | do–vr | weekend |\n|---|---|---|---|\n| A | {Af} | {Bf} | {Af} |\n| B | {Af} | {Bf} | {Bf} |",
    "sched_holidays": "[[Kerstvakantie]]: eerste week bij {Bt}, tweede week bij {At}. [[Zomervakantie]]: ieder drie weken.",
    "sched_handover": "[[Wisselmoment]]: vrijdag 17.00 uur bij de [[basisschool]]; {K1f} fietst zelf naar {AD3s}.",
    "sched_children": "Kinderen: {K1} (*{K1_dob}) en {K2} (*{K2_dob})",
    "sched_costs": "[[Kinderbijslag]] en [[kindgebonden]] budget gaan naar {Ai}; {Bf} betaalt {AMT2} per maand [[kinderalimentatie]].",
    "sched_main_address": "Hoofdverblijf en [[inschrijving]] van {K2f}: bij {Af} op {AD1}.",
    # --- who lives where
    "table_who_where": "| Naam | Geboren | Adres | Vanaf |\n|---|---|---|---|\n| {A} | {A_dob} | {AD1} | {D0} |\n| {K1} | {K1_dob} | {AD1} | {D0} |\n| {B} | {B_dob} | {AD3} | {D2} |",
    "table_bullets": "- tot {D0}: {A}, {B} en de kinderen samen op {AD2}\n- vanaf {D1}: {Bf} alleen op {AD3}, {PC3} {PL2}\n- vanaf {D3}: {Af} met {K1f} en {K2f} op {AD1}",
    "table_csv": "naam;geboortedatum;adres;sinds\n{A};{A_dob};{AD1};{D1n}\n{O};{O_dob};{AD1};{D2n}",
    # --- quoted messages
    "msg_whatsapp": "[{D2n} 21:14] {Bl}: ik haal {K1l} vrijdag niet op, regel jij het maar\n[{D2n} 21:16] {Al}: dan zeg ik dat tegen de [[mediator]]",
    "msg_address_sms": "{Bf} stuurde een [[sms]]: 'mijn nieuwe adres is {AD3} {PC3}, geef jij het door aan de gemeente?'",
    "msg_mail_quote": "> Van: {B_mail}\n> Aan: {A_mail}\n> Onderwerp: inschrijving {K2l}\n> ik schrijf {K2l} niet over voordat we het over de [[alimentatie]] eens zijn",
    "msg_social": "Op Instagram (@{Bh}) staan foto's van {Bf} in de nieuwe woning aan de {AD3s}, schrijft {At} in het [[bezwaarschrift]].",
    "msg_voice": "[[Spraakbericht]] van {Bf} (uitgeschreven door {At}): 'ik woon gewoon bij {Ol}, laat de gemeente mij met rust'",
    # --- mediator
    "med_header": "[[Verslag]] [[mediation]] – {M_dept}\n[[Bijeenkomst]] {D2}\nAanwezig: {A}, {B} en {M} ([[mediator]])",
    "med_agreements": "Afspraken:\n1. {Bf} laat zich vóór {D4} inschrijven op {AD3}.\n2. {Af} meldt de wijziging bij de [[Belastingdienst]]/Toeslagen.\n3. Evaluatie op {D6}.",
    "med_to_municipality": "{MT} stuurt het [[ouderschapsplan]] naar {Ft} ({F_dept}) onder kenmerk {Z_med}; bereikbaar via {M_mail}.",
    "med_quote": "{Mf} noteert: '{Af} en {Bf} willen allebei dat {K1f} op school kan blijven; daar zijn ze het over eens.'",
    # --- e-mail thread
    "mail_header": "Van: {A_mail}\nAan: {INFO}\nOnderwerp: [[verhuizing]] {K1f}",
    "mail_child_leaving": "Beste mensen, onze {K1_kind} {K1} (geboren {K1_dob}) gaat per {D3} op kamers in {PL3}. Wat betekent dat voor de [[huurtoeslag]]?",
    "mail_reply": "Beste {Ab},\n\nDank voor uw bericht. {K1f} moet zich zelf binnen vijf dagen inschrijven in {PL3}. Daarna verandert uw [[toeslag]] vanzelf.",
    "mail_signature_resident": "Groet,\n{A}\n{AD1}\n{A_tel}",
    # --- phone notes
    "phone_header": "TELEFOONNOTITIE {D3n} – [[Klantcontactcentrum]]\nBeller: {A} ({A_tel})",
    "phone_body": "{AT} belt omdat {Bp} post nog op {AD1} binnenkomt. Advies: [[doorsturen]] en {Bf} vragen de verhuizing zelf te melden.",
    "phone_callback": "[[Terugbelverzoek]] voor {Fi} ({F_dept}); beller vraagt naar dossier {Z_z}.",
    # --- home visit, objection, checklists
    "visit_header": "RAPPORT [[HUISBEZOEK]] {AD1}\nDatum: {D2}\nToezichthouders: {F} en {G}",
    "visit_findings": "Op het naambordje staan {As} en {Bs}. In de badkamer twee tandenborstels; in de gang schoenen in maat 44.",
    "obj_opening": "{PL}, {D5}\n\nAan het college van burgemeester en wethouders\nBetreft: [[bezwaar]] tegen besluit {Z_wi}",
    "obj_body_parent": "Mijn {O_ouder} {O} (geboren {O_dob}) woont sinds {D1} bij mij omdat {O_zij} [[mantelzorg]] nodig heeft. Dat maakt ons geen [[gezamenlijke]] huishouding.",
    "obj_body_separated": "{B} en ik zijn sinds {D0} uit elkaar. Dat {B_zij} soms de kinderen komt halen maakt {B_hem} geen medebewoner.",
    "obj_sign": "Hoogachtend,\n\n{A}\nBSN {A_bsn}\n{AD1}, {PC1} {PL}",
    "check_docs": "Ontvangen stukken:\n☑ [[huurcontract]] {AD1s}\n☑ kopie [[paspoort]] {Ai}\n☐ verklaring-{Bfile}.pdf\n☑ [[convenant]] (scan-{Afile}-{Bfile}.pdf)",
    "check_status": "[[Status]]: wacht op {Bps} [[verhuisbewijs]]; [[termijn]] {D4}. Behandelaar: {Fi}.",
    # --- sentences in running prose
    "sent_birth": "Op {Y_dob} is {Y} geboren, {Y_kind} van {A} en {B}.",
    "sent_recognition_late": "{B} erkende {Yf} pas na de geboorte; het [[gezag]] moet nog worden geregeld bij de [[rechtbank]].",
    "sent_parent_moving": "Sinds {D1} woont {Ap} {O_ouder}, {O} (geb. {O_dob}), in de aanbouw van de woning aan de {AD1s}.",
    "sent_child_leaving": "{K1} ({K1_dob}) is op {D2} uitgeschreven naar {AD4} in {PL3}; {K2f} blijft bij {Af} wonen.",
    "sent_partner_in": "Per {D2} woont {B} ({B_dob}) op {AD1}; het huishouden telt dan vier personen.",
    "sent_partner_out": "{B} is op {D1} met een [[busje]] vol dozen vertrokken; het kenteken {PLATE} staat sindsdien bij {AD3}.",
    "sent_children_ages": "De kinderen, {K1f} en {K2f}, zijn geboren op {K1_dob} en {K2_dob}.",
    "sent_lbio": "{Bf} betaalt de [[alimentatie]] niet; {Af} heeft het [[LBIO]] ingeschakeld (dossier {Z_z}).",
    "sent_bsn_both": "BSN {A}: {A_bsn}; BSN {B}: {B_bsn}.",
    "sent_phone_both": "Bereikbaar: {Af} op {A_tel}, {Bf} op {B_tel}.",
    "sent_iban_split": "Toeslagen gaan voortaan naar {A_iban} (t.n.v. {Ai}) in plaats van naar {B_iban}.",
    "sent_mediator_contact": "De [[bemiddelaar]] {M} van {M_dept} sprak beide ouders op {D3} in de [[Bibliotheek]].",
    "sent_official_role": "{F} ({F_func} bij {F_dept}, {F_mail}) behandelt de aanvraag.",
    "sent_postcode_mismatch": "De postcode op het formulier ({PC2}) hoort niet bij {AD2}; {Af} heeft dit op {D4} hersteld.",
    "sent_dob_bare": "{K2f}, {K2_dob}, staat nog bij {Bs} ingeschreven.",
}


def _known_sentence(d: Doc):
    entry = d.v["_known"]
    return d.render(entry[2], {"S": d.v["At"]})


SHAPES["known_ordinary_use"] = _known_sentence

# pools per document kind
POOL_NOTE = [
    "note_brp_check",
    "note_plate_seen",
    "note_neighbour",
    "note_benefit_effect",
    "note_next_step",
    "note_interview",
    "note_rooms",
    "note_rni",
    "note_briefadres",
    "note_iban_change",
    "sent_partner_in",
    "sent_partner_out",
    "sent_children_ages",
    "sent_bsn_both",
    "sent_phone_both",
    "sent_official_role",
    "sent_postcode_mismatch",
    "sent_dob_bare",
    "msg_social",
    "msg_voice",
    "msg_address_sms",
]
POOL_PROSE = [
    "sent_birth",
    "sent_recognition_late",
    "sent_parent_moving",
    "sent_child_leaving",
    "sent_partner_in",
    "sent_partner_out",
    "sent_children_ages",
    "sent_lbio",
    "sent_iban_split",
    "sent_mediator_contact",
    "sent_official_role",
    "sent_dob_bare",
    "msg_address_sms",
    "msg_social",
    "msg_voice",
    "med_quote",
]
POOL_FORM = [
    "form_contact_block",
    "form_address_block",
    "form_iban_line",
    "form_relation_boxes",
    "form_plate_field",
    "form_uploads",
]


def kind(name):
    def deco(fn):
        SHAPES[name] = fn
        KINDS[name] = fn
        return fn

    return deco


KINDS: dict = {}


def _body(d, r, pool, n):
    for s in r.sample(pool, n):
        d.add(s, sep=r.choice([" ", "\n"]) if s.startswith("sent_") else "\n")


def _hdr(d, text):
    d.chunks.append(("\n", d.render(text)))


@kind("doc_form_relocation")
def _(d):
    r = d.r
    _hdr(d, "[[Verhuizing]] doorgeven – gemeente {PL}")
    d.add("form_person_block")
    d.add("form_new_address")
    d.add("form_moving_persons")
    _body(d, r, POOL_FORM, 2)
    d.add(r.choice(["free_lower_alone", "free_lower_moved_in"]))
    d.add("form_declaration")
    return d


@kind("doc_form_cohabitant")
def _(d):
    r = d.r
    _hdr(d, "Melding [[medebewoner]] ([[Participatiewet]]) – {F_dept}")
    d.add("form_person_block")
    d.add("form_cohabitant")
    d.add("form_relation_boxes")
    _body(d, r, ["form_iban_line", "form_plate_field", "form_contact_block", "form_uploads"], 2)
    d.add("form_declaration")
    return d


@kind("doc_form_parent")
def _(d):
    r = d.r
    _hdr(d, "Aanvraag [[mantelzorgwoning]] / inwoning ouder")
    d.add("form_person_block")
    d.add("form_parent_block")
    d.add("free_question_kostendeler")
    _body(d, r, ["form_address_block", "form_contact_block", "form_iban_line"], 2)
    return d


@kind("doc_form_child_leaving")
def _(d):
    r = d.r
    _hdr(d, "[[Wijziging]] [[huishouden]] – kind gaat uit huis")
    d.add("form_person_block")
    d.add("form_child_leaving")
    d.add("free_student")
    _body(d, r, POOL_FORM, 2)
    return d


@kind("doc_form_birth")
def _(d):
    r = d.r
    _hdr(d, "[[Aangifte]] geboorte – [[Burgerzaken]] {PL}\nZaak {Z_erk}")
    d.add("form_baby_block")
    d.add("form_father_block")
    _hdr(d, "Gegevens moeder: {Ai}, geboren {A_dob}, BSN {A_bsn}")
    _body(d, r, ["let_name_choice", "sent_recognition_late", "form_contact_block"], 2)
    return d


@kind("doc_note_adresonderzoek")
def _(d):
    r = d.r
    _hdr(d, "[[Adresonderzoek]] {Z_ao} – team {F_dept}\n[[Tijdlijn]]:")
    for s in ["note_tl_report", "note_tl_visit", "note_tl_call", "note_tl_docs", "note_tl_close"]:
        if s in ("note_tl_docs",) and r.random() < 0.4:
            continue
        d.add(s)
    _body(d, r, POOL_NOTE, 2)
    return d


@kind("doc_note_benefit")
def _(d):
    r = d.r
    _hdr(d, "[[Dossiernotitie]] {Z_wi} – [[Inkomensondersteuning]]")
    d.add("note_interview")
    _body(d, r, POOL_NOTE, 4)
    d.add("note_next_step")
    return d


@kind("doc_letter_brp")
def _(d):
    r = d.r
    d.add("let_address_block")
    d.add("let_ref_block")
    d.add("let_salute")
    if r.random() < 0.5:
        d.add("let_decision_register")
        _body(d, r, ["sent_partner_in", "sent_dob_bare", "sent_children_ages"], 1)
    else:
        d.add("let_decision_exofficio")
        _body(d, r, ["sent_partner_out", "note_rni", "sent_dob_bare"], 1)
    d.add("let_objection_rights")
    d.add("let_contact_generic")
    d.add("let_signature")
    if r.random() < 0.5:
        d.add("let_cc")
    return d


@kind("doc_letter_benefit")
def _(d):
    r = d.r
    d.add("let_address_block")
    _hdr(d, "Kenmerk: {Z_wi}\nDatum: {D5}\nOnderwerp: herziening [[bijstand]]")
    d.add("let_salute")
    d.add(r.choice(["let_decision_kostendelers", "let_decision_single", "let_recovery"]))
    _body(d, r, ["sent_iban_split", "sent_parent_moving", "sent_child_leaving", "note_benefit_effect"], 1)
    d.add("let_objection_rights")
    d.add("let_signature")
    return d


@kind("doc_letter_recognition")
def _(d):
    r = d.r
    d.add("let_address_block")
    _hdr(d, "Kenmerk: {Z_erk}\nBetreft: bevestiging [[erkenning]]")
    d.add("let_salute")
    d.add("let_recognition")
    d.add("let_name_choice")
    _body(d, r, ["let_contact_generic", "let_cc", "sent_birth"], 2)
    d.add("let_signature")
    return d


@kind("doc_letter_hearing")
def _(d):
    r = d.r
    d.add("let_address_block")
    d.add("let_salute")
    d.add("let_hearing_invite")
    _hdr(d, "Bij de hoorzitting zijn aanwezig: {G} ({G_func}) en een lid van de [[bezwaarcommissie]].")
    _body(d, r, ["let_contact_generic", "sent_official_role", "let_cc"], 1)
    d.add("let_signature")
    return d


@kind("doc_schedule")
def _(d):
    r = d.r
    _hdr(d, "[[Ouderschapsplan]] – bijlage [[zorgregeling]]")
    d.add("sched_children")
    d.add("sched_week_table")
    _body(d, r, ["sched_holidays", "sched_handover", "sched_costs", "sched_main_address"], 3)
    return d


@kind("doc_table_residence")
def _(d):
    r = d.r
    _hdr(d, "[[Bewoningsoverzicht]] {AD1} ([[peildatum]] {D5k})")
    d.add(r.choice(["table_who_where", "table_bullets", "table_csv"]))
    _body(d, r, POOL_NOTE, 2)
    return d


@kind("doc_messages")
def _(d):
    r = d.r
    _hdr(d, "[[Bijlage]] bij {Z_ao}: berichten die {At} aanleverde")
    _body(d, r, ["msg_whatsapp", "msg_address_sms", "msg_mail_quote", "msg_voice", "msg_social"], 3)
    _hdr(d, "[[Beoordeling]] {Ff}: de berichten tonen geen gezamenlijke huishouding.")
    return d


@kind("doc_mediator_report")
def _(d):
    r = d.r
    d.add("med_header")
    d.add("med_agreements")
    _body(d, r, ["med_to_municipality", "med_quote", "sched_handover", "sched_costs", "sent_lbio"], 2)
    return d


@kind("doc_mail_thread")
def _(d):
    r = d.r
    d.add("mail_header")
    d.add("mail_child_leaving")
    d.add("mail_signature_resident")
    _hdr(d, "---")
    d.add("mail_reply")
    _body(d, r, ["let_contact_generic", "sent_official_role", "let_signature"], 1)
    return d


@kind("doc_phone_note")
def _(d):
    r = d.r
    d.add("phone_header")
    d.add("phone_body")
    _body(d, r, POOL_PROSE, 2)
    d.add("phone_callback")
    return d


@kind("doc_home_visit")
def _(d):
    r = d.r
    d.add("visit_header")
    d.add("visit_findings")
    d.add("note_rooms")
    _body(d, r, ["note_plate_seen", "note_neighbour", "sent_partner_in", "note_benefit_effect"], 2)
    return d


@kind("doc_objection")
def _(d):
    r = d.r
    d.add("obj_opening")
    _hdr(d, "Geacht [[college]],")
    d.add(r.choice(["obj_body_parent", "obj_body_separated"]))
    _body(d, r, ["msg_social", "msg_voice", "sent_children_ages", "sent_iban_split"], 1)
    d.add("obj_sign")
    return d


@kind("doc_checklist")
def _(d):
    r = d.r
    _hdr(d, "[[Controlelijst]] dossier {Z_hh}")
    d.add("check_docs")
    d.add("check_status")
    _body(d, r, ["note_brp_check", "sent_bsn_both", "sent_phone_both", "note_iban_change"], 2)
    return d


@kind("doc_transfer")
def _(d):
    r = d.r
    d.add("note_transfer")
    _body(d, r, POOL_PROSE, 3)
    _body(d, r, ["note_next_step", "check_status", "phone_callback"], 1)
    return d


@kind("doc_prose_story")
def _(d):
    r = d.r
    _hdr(d, "[[Samenvatting]] van de [[situatie]] ({Z_med})")
    _body(d, r, POOL_PROSE, 5)
    return d


# ---------------------------------------------------------------------------------------------------------------
# gates


def _words(s):
    return re.findall(r"[^\W\d_]+", s.lower())


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
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= {w for w in _words(item["text"]) if w not in PARTICLES and len(w) > 1}
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w for w in _words(n) if w not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in _words(k):
            if w in PARTICLES or len(w) <= 1:
                continue
            if w in name_words and not (w in known_words and k == k.lower()):
                return f"keep {k!r} shares {w!r} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


# ---------------------------------------------------------------------------------------------------------------
# generation


def make_doc(i: int, r) -> tuple[dict, list[str]]:
    known_entry = r.choice(KNOWN) if i % 4 == 1 else None
    kname = list(KINDS)[(i * 7 + r.randrange(3)) % len(KINDS)]
    people, v = build_ctx(r, known_entry, mother_first=kname in ("doc_form_birth", "doc_letter_recognition"))
    v["_known"] = known_entry
    d = Doc(v)
    d.r = r
    d.shapes.append(kname)
    KINDS[kname](d)
    if known_entry:
        d.add("known_ordinary_use", sep=" ")
    doc = {"id": f"fresh40b-{i:04d}", "text": d.text(), "pii": d.pii, "keep": d.keep}
    if known_entry:
        known = {"names": [people["A"].full]}
        if people["A"].mail in doc["text"]:
            known["emails"] = [people["A"].mail]
        if people["A"].tel in doc["text"]:
            known["phones"] = [people["A"].tel]
        doc["known"] = known
        if {"text": people["A"].full, "label": "PERSON"} not in doc["pii"]:
            # the known full name must occur in the document: add a closing line that names the resident
            extra = d.render("[[Dossierhouder]]: {A}.")
            doc["text"] += "\n" + extra
            doc["pii"] = d.pii
            doc["keep"] = d.keep
    return doc, d.shapes


def generate():
    docs, shapes_used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            doc, shapes = make_doc(i, r)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"{i}: no passing draw ({reason})")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes_used.update(shapes)
    return docs, shapes_used, redraws


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes_used, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh40b_texts.jsonl is up to date" if same else "fresh40b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shapes_used)} "
            f"(document kinds {sum(1 for s in shapes_used if s in KINDS)}, line and sentence shapes "
            f"{sum(1 for s in shapes_used if s not in KINDS)})"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
