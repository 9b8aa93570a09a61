#!/usr/bin/env python3
"""Blind anonymizer corpus fresh31a: public-health and medical paperwork that reaches the municipality or the
mediator (GGD letters, referral and discharge letters, medical advice, care reports, medication lists, residents'
own words). Seeded; every document passes ``gate()``.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh31a/make_fresh31a.py            # write fresh31a_texts.jsonl
    python tests/anonymizer/fresh31a/make_fresh31a.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh31a/make_fresh31a.py --stats    # counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import argparse
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
OUT = HERE / "fresh31a_texts.jsonl"
SEED = 20261231
N_DOCS = 300

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

sys.path.insert(0, str(HERE))
from names31a import ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("_score31a", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

# ----------------------------------------------------------------------------------------------------------- words
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
CITIES = [
    "Zwolle",
    "Deventer",
    "Tilburg",
    "Leeuwarden",
    "Almere",
    "Dordrecht",
    "Enschede",
    "Nijmegen",
    "Haarlem",
    "Helmond",
    "Venlo",
    "Emmen",
    "Schiedam",
    "Lelystad",
    "Amersfoort",
    "Apeldoorn",
    "Zaandam",
    "Heerlen",
    "Gouda",
    "Hoorn",
    "Assen",
    "Roosendaal",
    "Vlaardingen",
    "Kampen",
    "Sittard",
    "Purmerend",
]
HOSPITALS = [
    "Isala",
    "Rijnstate",
    "Amphia",
    "Zuyderland",
    "Gelre ziekenhuizen",
    "Meander Medisch Centrum",
    "Tergooi MC",
    "Noordwest Ziekenhuisgroep",
    "Dijklander",
    "Spaarne Gasthuis",
    "Treant",
    "Ziekenhuis Rivierenland",
    "Ommelander Ziekenhuis",
    "Gelderse Vallei",
    "Ikazia",
    "Beatrixziekenhuis",
]
GGZ = [
    "GGZ Centraal",
    "Parnassia",
    "Arkin",
    "Dimence",
    "Lentis",
    "Mondriaan",
    "Altrecht",
    "Pro Persona",
    "GGz Breburg",
    "Emergis",
]
DEPTS = [
    ("Longziekten", "longarts", "COPD"),
    ("Cardiologie", "cardioloog", "hartfalen"),
    ("Interne Geneeskunde", "internist", "diabetes mellitus type 2"),
    ("Neurologie", "neuroloog", "CVA"),
    ("Reumatologie", "reumatoloog", "reumatoïde artritis"),
    ("Orthopedie", "orthopedisch chirurg", "artrose"),
    ("Geriatrie", "klinisch geriater", "delier"),
    ("Oncologie", "oncoloog", "darmkanker"),
    ("Nefrologie", "nefroloog", "nierfalen"),
    ("Revalidatie", "revalidatiearts", "dwarslaesie"),
]
GGZ_DIAG = [
    "een depressieve stoornis",
    "PTSS",
    "een angststoornis",
    "ADHD",
    "een bipolaire stoornis",
    "een autismespectrumstoornis",
    "een eetstoornis",
    "een psychotische stoornis",
]
MEDS = [
    ("metformine", "500 mg", "2 dd 1"),
    ("omeprazol", "20 mg", "1 dd 1"),
    ("paracetamol", "500 mg", "zo nodig 4 dd 2"),
    ("amlodipine", "5 mg", "1 dd 1"),
    ("simvastatine", "40 mg", "1 dd 1 a.n."),
    ("levothyroxine", "75 mcg", "1 dd 1"),
    ("salbutamol", "100 mcg", "zo nodig"),
    ("sertraline", "50 mg", "1 dd 1"),
    ("quetiapine", "25 mg", "1 dd 1 a.n."),
    ("methylfenidaat", "10 mg", "2 dd 1"),
    ("furosemide", "40 mg", "1 dd 1"),
    ("apixaban", "5 mg", "2 dd 1"),
    ("prednisolon", "5 mg", "1 dd 2"),
    ("oxazepam", "10 mg", "zo nodig"),
    ("metoprolol", "50 mg", "1 dd 1"),
    ("tiotropium", "18 mcg", "1 dd 1"),
]
INFECT = [
    ("tuberculose", "Mantouxtest", "acht weken"),
    ("kinkhoest", "neuskweek", "drie weken"),
    ("hepatitis A", "bloedonderzoek", "vijftig dagen"),
    ("mazelen", "speekseltest", "achttien dagen"),
    ("schurft", "huidcontrole", "zes weken"),
    ("shigella", "ontlastingsonderzoek", "een week"),
]
VACCS = [
    ("BMR", "14 maanden"),
    ("DKTP", "4 jaar"),
    ("HPV", "10 jaar"),
    ("MenACWY", "14 jaar"),
    ("BMR-herhaling", "9 jaar"),
    ("DTP", "9 jaar"),
]
STREET_ROOTS = [
    "Kastanje",
    "Merel",
    "Lijster",
    "Ravelijn",
    "Zilverschoon",
    "Boterbloem",
    "Wilgen",
    "Kievit",
    "Korenbloem",
    "Hyacinten",
    "Gerstkamp",
    "Ooievaars",
    "Platanen",
    "Populieren",
    "Leeuweriken",
    "Oranjerie",
    "Sterappel",
    "Zuidwal",
    "Tolhek",
    "Vlasakker",
    "Kerspel",
    "Hoefsmid",
    "Lindeboom",
    "Duivenweide",
    "Zonnedauw",
    "Reigersbek",
]
STREET_SUF = ["straat", "laan", "weg", "hof", "plein", "kade", "singel", "dreef", "erf", "pad", "gaarde"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MAILHOSTS = [
    "hotmail.com",
    "gmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "xs4all.nl",
    "icloud.com",
    "home.nl",
]

# Known names: a Dutch word that is also a surname (or first name), with phrases using the word in its ordinary
# sense, lower case, never at a sentence start.
KNOWN = {
    "Bakker": [
        "Ze werkte dertig jaar als bakker en stond elke nacht om drie uur op.",
        "Sinds de operatie kan hij niet meer naar de bakker op de hoek lopen.",
    ],
    "Visser": ["Hij was vroeger visser op de Noordzee en heeft daar zijn rug versleten."],
    "Hart": [
        "Volgens de cardioloog pompt het hart nog maar voor veertig procent.",
        "Ze zegt dat haar hart overslaat als ze de trap op moet.",
    ],
    "Koster": ["Tot vorig jaar was hij koster van de dorpskerk."],
    "Smid": ["Hij werkte veertig jaar als smid en hoort daardoor slecht."],
    "Brouwer": ["Zijn zoon is brouwer in een kleine bierbrouwerij."],
    "Kok": ["Ze werkte als kok in een verpleeghuis tot haar knieën het opgaven."],
    "Schipper": ["Hij is gepensioneerd schipper en woonde tot 2019 op een binnenvaartschip."],
    "Molenaar": ["Als vrijwillig molenaar klom hij elke zaterdag de molen op."],
    "Timmerman": ["Zijn vader was timmerman en heeft de trap zelf gebouwd."],
    "Boer": ["Ze groeide op bij een boer in de polder en is allergisch voor hooi."],
    "Mol": ["In de tuin zit een mol, en struikelen over de hopen is al twee keer gebeurd."],
    "Vos": ["Er loopt 's nachts een vos door de tuin, waardoor zij slecht slaapt."],
    "Haan": ["De haan van de buren kraait om vijf uur en dat verstoort haar nachtrust."],
    "Vink": ["Op het balkon zit elke ochtend een vink; dat is haar enige uitje."],
    "Groen": ["De muur in de slaapkamer kleurt groen van de schimmel."],
    "Wit": ["Haar vingers worden wit als het koud is (fenomeen van Raynaud)."],
    "Zwart": ["De schimmel achter de kast is inmiddels zwart."],
    "Klein": ["De badkamer is te klein voor een douchestoel."],
    "Groot": ["Het risico op vallen is volgens de fysiotherapeut groot."],
    "Lange": ["Na lange tijd wachten kwam er eindelijk een indicatie."],
    "Bos": ["Wandelen in het bos lukt niet meer zonder rollator."],
    "Berg": ["De stapel post is een berg geworden die zij niet meer overziet."],
    "Dijk": ["Vanaf de dijk waait in de herfst veel stof en pollen naar binnen."],
    "Beek": ["Achter de woning loopt een beek waar het muggen trekt."],
    "Hoek": ["In de hoek van de woonkamer staat nu een hoog-laagbed."],
    "Winter": ["Vorige winter lag hij drie weken met longontsteking in bed."],
    "Zomer": ["In de zomer loopt de temperatuur in de flat op tot boven de dertig graden."],
    "Storm": ["Na de storm van vorige maand lekt het dak boven de slaapkamer."],
    "Spier": ["Bij de val is een spier in haar schouder gescheurd."],
    "Dokter": ["Ze durft niet meer naar de dokter sinds die slechte ervaring."],
    "Knoop": ["Met zijn reuma krijgt hij geen knoop meer dicht."],
    "Schaap": ["Het schaap in de wei naast de flat blaat de hele nacht."],
    "Vogel": ["Ze hoort een vogel fluiten en weet dan dat het ochtend is."],
    "Haas": ["Op de rotonde stak een haas over; daardoor remde zij en raakte gewond."],
    "Hond": ["Hij heeft een hond die hem helpt bij epileptische aanvallen."],
    "Koning": ["Op de dagbesteding voelt hij zich een koning, zegt zijn dochter."],
    "Meijer": None,
}
KNOWN = {k: v for k, v in KNOWN.items() if v}
KNOWN_FIRST = {
    "Roos": ["Ze heeft gordelroos gehad en daarna een roos laten tatoeëren op haar pols."],
    "Merel": ["Er nestelt een merel in de dakgoot boven de slaapkamer."],
    "Iris": ["De oogarts zag een ontsteking van de iris, waardoor zij slecht ziet."],
    "Fleur": ["Sinds de nieuwe medicatie heeft ze weer wat fleur, zegt haar zus."],
    "Linde": ["Voor het raam staat een linde die in juni veel pollen geeft."],
    "Jasmijn": ["Ze ruikt graag jasmijn op het balkon, maar het trappenhuis is te steil."],
}
KNOWN_PARTICLE = {
    "Hond": "de",
    "Haan": "de",
    "Vos": "de",
    "Groot": "de",
    "Wit": "de",
    "Koning": "de",
    "Berg": "van den",
    "Dijk": "van",
    "Beek": "van der",
    "Bos": "van den",
    "Hoek": "van der",
    "Mol": "de",
    "Vink": "de",
    "Haas": "de",
}

# ---------------------------------------------------------------------------------------------- registered shapes
SHAPES: dict[str, object] = {}


def shape(fn):
    SHAPES[fn.__name__] = fn
    return fn


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Doc:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known: dict | None = None

    def p(self, text: str, label: str = "PERSON") -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def run(self, fn, c) -> str:
        self.shapes.append(fn.__name__)
        return fn(self, c)


class Person:
    def __init__(
        self,
        r: random.Random,
        origin: str | None = None,
        sex: str | None = None,
        surname: tuple[str | None, str] | None = None,
        first: str | None = None,
    ):
        self.origin = origin or r.choice(list(ORIGINS))
        m, f, pre, suf, parts = ORIGINS[self.origin]
        self.sex = sex or r.choice("mf")
        self.first = first or r.choice(m if self.sex == "m" else f)
        if surname is None:
            core = r.choice(pre) + r.choice(suf)
            if self.origin == "bulgarian" and self.sex == "f":
                core += "a"
            part = r.choice(parts) if parts and r.random() < 0.75 else None
            surname = (part, core)
        self.part, self.core = surname
        self.phone = None
        self.email_addr = None

    # --- forms (each annotates itself)
    def sur(self) -> str:  # surname as after a first name or initials
        return f"{self.part} {self.core}" if self.part else self.core

    def sur_cap(self) -> str:  # surname with no first name before it: particle capitalised
        s = self.sur()
        return s[0].upper() + s[1:]

    def full(self, d: Doc) -> str:
        return d.p(f"{self.first} {self.sur()}")

    def formal(self, d: Doc) -> str:
        return d.p(self.sur_cap())

    def initials(self, d: Doc) -> str:
        ini = "".join(x[0] + "." for x in self.first.replace("-", " ").split())
        if d.r.random() < 0.4:
            ini += d.r.choice("AEHJMPRW") + "."
        return d.p(f"{ini} {self.sur()}")

    def firstname(self, d: Doc) -> str:
        return d.p(self.first)

    def upper(self, d: Doc) -> str:
        return d.p(self.sur_cap().upper())

    def lower(self, d: Doc) -> str:
        return d.p(f"{self.first} {self.sur()}".lower())

    def poss(self, d: Doc) -> str:
        f = self.first
        if f[-1] in "sxz":
            return d.p(f + "'")
        if f[-1] in "aiouy":
            return d.p(f + "'s")
        return d.p(f + "s")

    def fileform(self, d: Doc) -> str:
        return d.p(ascii_(self.sur()).replace(" ", "").replace("'", "").lower())

    def handle(self, d: Doc) -> str:
        h = ascii_(self.first[0] + self.core).replace(" ", "").replace("-", "").lower() + str(d.r.randint(10, 99))
        return d.p(h)

    def email(self, d: Doc, host: str | None = None) -> str:
        if self.email_addr is None:
            sur = ascii_(self.sur()).replace(" ", "").replace("'", "").lower()
            fi = ascii_(self.first).lower().replace(" ", "")
            local = d.r.choice(
                [f"{fi}.{sur}", f"{fi[0]}.{sur}", f"{fi}{sur}{d.r.randint(1, 99)}", f"{sur}.{fi}", f"{fi}_{sur[:4]}"]
            )
            self.email_addr = f"{local}@{host or d.r.choice(MAILHOSTS)}"
        return d.p(self.email_addr, "EMAIL")

    def tel(self, d: Doc) -> str:
        if self.phone is None:
            self.phone = phone(d.r)
        return d.p(self.phone, "PHONE")

    def title(self) -> str:
        return "mevrouw" if self.sex == "f" else "de heer"

    def title_short(self) -> str:
        return "mw." if self.sex == "f" else "dhr."

    def hij(self) -> str:
        return "zij" if self.sex == "f" else "hij"

    def zijn(self) -> str:
        return "haar" if self.sex == "f" else "zijn"


# ------------------------------------------------------------------------------------------------ structured data
def bsn(r: random.Random) -> str:
    while True:
        digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(dg * w for dg, w in zip(digits, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            num = "".join(map(str, digits)) + str(last)
            if valid_bsn(num):
                f = r.randint(0, 3)
                return [num, f"{num[:4]}.{num[4:6]}.{num[6:]}", f"{num[:3]} {num[3:6]} {num[6:]}", num][f]


def valid_bsn(s: str) -> bool:
    n = re.sub(r"\D", "", s)
    if len(n) != 9:
        return False
    t = sum(int(x) * w for x, w in zip(n[:8], range(9, 1, -1))) - int(n[8])
    return t % 11 == 0


def iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acc + "NL00")
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bank}{acc}"
    if r.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def valid_iban(s: str) -> bool:
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def phone(r: random.Random) -> str:
    if r.random() < 0.65:
        n = "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"06-{n}",
                f"06 {n[:4]} {n[4:]}",
                f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+316{n}",
                f"(06) {n}",
            ]
        )
    area = r.choice(["010", "020", "030", "038", "050", "053", "058", "070", "0318", "0591", "0475", "045"])
    n = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    n = str(r.randint(2, 9)) + n[1:]
    return r.choice([f"{area}-{n}", f"{area} {n}", f"({area}) {n}"])


def postcode(r: random.Random) -> str:
    while True:
        ls = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if ls not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return f"{n} {ls}" if r.random() < 0.75 else f"{n}{ls}"


def plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda k: "".join(r.choice(L) for _ in range(k))
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{n(2)}-{a(3)}-{n(1)}",
            f"{n(1)}-{a(3)}-{n(2)}",
            f"{a(2)}-{n(3)}-{a(1)}",
            f"{a(1)}-{n(3)}-{a(2)}",
            f"{a(3)}-{n(2)}-{a(1)}",
            f"{n(1)}-{a(2)}-{n(3)}",
        ]
    )


def casenr(r: random.Random, kind: str) -> str:
    y = r.choice(["25", "26"])
    n = r.randint(1000, 99999)
    return {
        "wmo": f"WMO/{y}/{n:05d}",
        "ma": f"MA-20{y}-{n % 10000:04d}",
        "iz": f"IZ {y}.{n % 10000:04d}",
        "urg": f"URG.{y}.{n % 1000:03d}{r.choice('ABCDE')}",
        "vta": f"VtA-{y}-{n % 10000:04d}",
        "jgz": f"JGZ{n % 100000:05d}-{r.randint(10, 99)}",
        "pat": f"{r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
        "big": f"{r.randint(19, 99)}0{r.randint(10000000, 99999999)}",
        "gpk": f"GPK{y}-{n % 10000:04d}",
        "mil": f"MMA/{y}/{r.randint(100, 999)}-{r.choice('LWP')}",
    }[kind]


def date_tuple(r: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(y0, y1)


def fmt_date(r: random.Random, t: tuple[int, int, int], numeric_ok: bool = True) -> str:
    dd, mm, yy = t
    styles = [f"{dd} {MONTHS[mm - 1]} {yy}", f"{dd} {MON3[mm - 1]} {yy}"]
    if numeric_ok:
        styles += [
            f"{dd:02d}-{mm:02d}-{yy}",
            f"{dd}-{mm}-{yy}",
            f"{dd:02d}.{mm:02d}.{yy}",
            f"{dd:02d}/{mm:02d}/{yy}",
            f"{yy}-{mm:02d}-{dd:02d}",
        ]
    return r.choice(styles)


def keep_date(r: random.Random) -> str:
    dd, mm = r.randint(1, 28), r.randint(1, 12)
    return f"{dd} {MONTHS[mm - 1]} {r.choice([2025, 2026])}"


# ------------------------------------------------------------------------------------------------------- context
class Ctx:
    """All persons and facts one document may use; forms are annotated only when written."""

    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.res = Person(r)
        if known:
            if r.random() < 0.8:
                word = r.choice(sorted(KNOWN))
                o = r.choice(["dutch", "dutch", "frisian", "moroccan", "turkish", "creole", "polish", "indonesian"])
                self.res = Person(r, origin=o, surname=(KNOWN_PARTICLE.get(word) if r.random() < 0.7 else None, word))
                self.kword, self.kphrase = word.lower(), r.choice(KNOWN[word])
            else:
                word = r.choice(sorted(KNOWN_FIRST))
                self.res = Person(r, origin="dutch", sex="f", first=word)
                self.kword, self.kphrase = word.lower(), r.choice(KNOWN_FIRST[word])
        else:
            self.kword = self.kphrase = None
        same = (self.res.part, self.res.core)
        self.fam = Person(r, origin=self.res.origin, surname=same)
        self.kid = Person(r, origin=self.res.origin, surname=same)
        self.nb = Person(r)
        self.doc = Person(r)
        self.nurse = Person(r)
        self.psy = Person(r)
        self.cm = Person(r)
        self.adv = Person(r)
        self.med = Person(r)
        self.off = Person(r)
        self.city = r.choice(CITIES)
        self.street = r.choice(STREET_ROOTS) + r.choice(STREET_SUF)
        self.num = r.choice(
            [
                str(r.randint(1, 240)),
                f"{r.randint(1, 120)}{r.choice('abc')}",
                f"{r.randint(1, 90)}-{r.randint(1, 4)}",
                f"{r.randint(2, 60)}-II",
                f"{r.randint(1, 99)}A",
            ]
        )
        self.pc = postcode(r)
        self.dob_t = date_tuple(r, 1931, 2003)
        self.kid_dob_t = date_tuple(r, 2012, 2025)
        self.hosp = r.choice(HOSPITALS)
        self.dept, self.spec, self.diag = r.choice(DEPTS)
        self.ggz = r.choice(GGZ)
        self.ggz_diag = r.choice(GGZ_DIAG)
        self.meds = r.sample(MEDS, 4)
        self.infect = r.choice(INFECT)
        self.vacc = r.choice(VACCS)
        self.d1, self.d2, self.d3 = keep_date(r), keep_date(r), keep_date(r)
        self.bsn = bsn(r)
        self.iban = iban(r)
        self.plate = plate(r)
        self.cases: dict[str, str] = {}
        self.ggd_role, self.ggd_dept = "Sociaal-verpleegkundige", "Infectieziektebestrijding"
        self.nb_street = r.choice(STREET_ROOTS) + r.choice(STREET_SUF)
        while self.nb_street == self.street:
            self.nb_street = r.choice(STREET_ROOTS) + r.choice(STREET_SUF)

    def case(self, d: Doc, kind: str) -> str:
        if kind not in self.cases:
            self.cases[kind] = casenr(self.r, kind)
        return d.p(self.cases[kind], "CASE_NUMBER")

    def addr(self, d: Doc) -> str:
        return d.p(f"{self.street} {self.num}", "ADDRESS")

    def street_only(self, d: Doc) -> str:
        return d.p(self.street, "ADDRESS")

    def postc(self, d: Doc) -> str:
        return d.p(self.pc, "POSTCODE")

    def dob(self, d: Doc, numeric_ok: bool = True) -> str:
        return d.p(fmt_date(d.r, self.dob_t, numeric_ok), "DATE_OF_BIRTH")

    def kid_dob(self, d: Doc, numeric_ok: bool = True) -> str:
        return d.p(fmt_date(d.r, self.kid_dob_t, numeric_ok), "DATE_OF_BIRTH")

    def big(self, d: Doc) -> str:
        return d.p(casenr(self.r, "big"), "CASE_NUMBER")


# ------------------------------------------------------------------------------------------------ shared shapes
@shape
def hdr_betreft_full(d, c):
    return f"{d.k('Betreft')}: {c.res.full(d)}, {d.k('geboren')} {c.dob(d)}\n{c.addr(d)}, {c.postc(d)} {d.k(c.city)}"


@shape
def hdr_patient_table(d, c):
    return (
        f"{d.k('Patiënt')}: {c.res.upper(d)}, {c.res.firstname(d)}\n"
        f"{d.k('Geb.datum')}: {c.dob(d)}   BSN: {d.p(c.bsn, 'BSN')}\n"
        f"{d.k('Adres')}: {c.addr(d)}, {c.postc(d)} {d.k(c.city)}"
    )


@shape
def hdr_inzake_initials(d, c):
    return f"{d.k('Inzake')}: {c.res.title_short()} {c.res.initials(d)} (*{c.dob(d)}), {c.addr(d)} te {d.k(c.city)}"


@shape
def hdr_uw_kenmerk(d, c):
    return f"Uw {d.k('kenmerk')}: {c.case(d, 'wmo')}  |  Ons kenmerk: {c.case(d, 'ma')}\n{d.k('Datum')}: {d.k(c.d1)}"


@shape
def hdr_email(d, c):
    return (
        f"Van: {c.res.full(d)} <{c.res.email(d)}>\n{d.k('Aan')}: {d.k('info@' + c.city.lower() + '.nl')}\n"
        f"{d.k('Onderwerp')}: {d.k('medische')} gegevens bij mijn aanvraag {c.case(d, 'wmo')}"
    )


@shape
def hdr_email_fwd(d, c):
    return (
        f"---------- {d.k('Doorgestuurd')} bericht ----------\nVan: {c.fam.full(d)} <{c.fam.email(d)}>\n"
        f"{d.k('Datum')}: {d.k(c.d1)}\nOnderwerp: brief van de {d.k('huisarts')} over {c.res.poss(d)} "
        f"{d.k('situatie')}"
    )


@shape
def hdr_telnotitie(d, c):
    return (
        f"{d.k('Telefoonnotitie')} {d.k(c.d2)}, {d.k('opgesteld')} door {c.med.full(d)} "
        f"({d.k('bemiddelaar')}, Team Afstemming)\n{d.k('Beller')}: {c.res.full(d)}, tel. {c.res.tel(d)}"
    )


@shape
def sal_geachte(d, c):
    return f"{d.k('Geachte')} {'mevrouw' if c.res.sex == 'f' else 'heer'} {c.res.formal(d)},"


@shape
def sal_collega(d, c):
    return f"{d.k('Geachte')} {d.k('collega')},"


@shape
def sal_beste_first(d, c):
    return f"{d.k('Beste')} {c.res.firstname(d)},"


@shape
def sal_ouders(d, c):
    return f"Aan de {d.k('ouders')} of {d.k('verzorgers')} van {c.kid.full(d)}"


@shape
def close_sign_doc(d, c):
    return (
        f"Met {d.k('vriendelijke')} {d.k('groet')},\n\n{d.r.choice(['', 'dr. ', 'prof. dr. '])}{c.doc.initials(d)}, {d.k(c.spec)}\n"
        f"{d.k('BIG-registratie')} {c.big(d)}\n{d.k(c.hosp)}, {d.k('afdeling')} {d.k(c.dept)}"
    )


@shape
def close_sign_ggd(d, c):
    return (
        f"Met vriendelijke groet,\n{c.nurse.full(d)}\n{d.k(c.ggd_role)} "
        f"{d.k(c.ggd_dept)}\n{d.k('GGD')} regio {d.k(c.city)} | {d.k('14 0' + str(d.r.randint(10, 99)))}"
    )


@shape
def close_sign_adv(d, c):
    return (
        f"{d.k('Hoogachtend')},\n{d.r.choice(['', 'dr. ', 'drs. '])}{c.adv.initials(d)}, {d.k('medisch adviseur')} "
        f"(BIG {c.big(d)})\nnamens het college van {d.k('burgemeester')} en {d.k('wethouders')}"
    )


@shape
def close_resident(d, c):
    return f"{d.k('Groetjes')},\n{c.res.firstname(d)}\n{c.res.tel(d)}"


@shape
def close_mediator(d, c):
    return (
        f"{c.med.full(d)}\n{d.k('Bemiddelaar')} {d.k('Verzoek tot Afstemming')} | gemeente {d.k(c.city)}\n"
        f"{c.med.email(d, c.city.lower() + '.nl')}"
    )


@shape
def attach_line(d, c):
    yy = d.r.choice(["2025", "2026"])
    return (
        f"{d.k('Bijlage')}: {d.k('verwijsbrief')}-{c.res.fileform(d)}-{yy}.pdf, "
        f"{d.k('medicatieoverzicht')}-{c.res.fileform(d)}.pdf"
    )


@shape
def known_line(d, c):
    d.k(c.kword)
    return c.kphrase


# ---------------------------------------------------------------------------------------------- GGD: vaccination
@shape
def vacc_invite_body(d, c):
    v, age = c.vacc
    return (
        f"{d.k('Volgens')} onze {d.k('administratie')} heeft {c.kid.firstname(d)} ({d.k('geboren')} "
        f"{c.kid_dob(d)}) de {d.k(v)}-{d.k('vaccinatie')} nog niet gehad. Kinderen krijgen deze prik rond "
        f"{age} via het {d.k('Rijksvaccinatieprogramma')}."
    )


@shape
def vacc_appointment(d, c):
    return (
        f"U bent welkom op {d.k(c.d1)} om {d.r.randint(9, 15)}.{d.r.choice(['00', '15', '30', '45'])} uur "
        f"in {d.k('sporthal')} {d.k('De')} {d.k(d.r.choice(['Schakel', 'Boog', 'Kreek', 'Ekster']))}, "
        f"{d.k(c.city)}. Neem het {d.k('groeiboekje')} mee."
    )


@shape
def vacc_refusal_parent(d, c):
    return (
        f"{c.fam.full(d)}, {d.k('moeder')} van {c.kid.firstname(d)}, liet {d.k('telefonisch')} weten dat zij "
        f"eerst met de {d.k('jeugdarts')} wil praten. Zij is bereikbaar op {c.fam.tel(d)}."
    )


@shape
def vacc_record_table(d, c):
    v, _ = c.vacc
    rows = [
        f"{d.k('Vaccinatiebewijs')} — {c.kid.upper(d)}, {c.kid.firstname(d)} — geb. {c.kid_dob(d)}",
        f"{d.k('Vaccin')} | Datum | {d.k('Batch')}",
        f"{d.k(v)} | {d.k(c.d2)} | {d.k('XK' + str(d.r.randint(1000, 9999)))}",
    ]
    return "\n".join(rows)


@shape
def vacc_registration_number(d, c):
    return (
        f"{d.k('Registratie')} in Praeventis onder {d.k('dossiernummer')} {c.case(d, 'jgz')}; "
        f"{d.k('BSN')} kind {d.p(c.bsn, 'BSN')}."
    )


# ---------------------------------------------------------------------------------- GGD: contact tracing
@shape
def iz_contact_intro(d, c):
    dis, test, per = c.infect
    return (
        f"U bent in de afgelopen weken in contact geweest met iemand bij wie {d.k(dis)} is vastgesteld. "
        f"{d.k('Daarom')} bieden wij u een {d.k(test)} aan."
    )


@shape
def iz_contact_list(d, c):
    dis = c.infect[0]
    return (
        f"{d.k('Contactonderzoek')} {d.k(dis)}, {d.k('kenmerk')} {c.case(d, 'iz')}\n"
        f"1. {c.res.full(d)} ({c.dob(d)}) – {d.k('huisgenoot')}\n"
        f"2. {c.fam.full(d)} – huisgenoot, tel. {c.fam.tel(d)}\n"
        f"3. {c.nb.full(d)} – {d.k('buurvrouw' if c.nb.sex == 'f' else 'buurman')}, {d.p(c.nb_street, 'ADDRESS')}"
    )


@shape
def iz_followup(d, c):
    dis, test, per = c.infect
    return (
        f"{d.k('Wij')} nemen over {per} opnieuw contact met u op. Krijgt u eerder {d.k('klachten')}, "
        f"bel dan de {d.k('GGD')} en vermeld {d.k('kenmerk')} {c.case(d, 'iz')}."
    )


@shape
def iz_work_note(d, c):
    return (
        f"{c.res.formal(d)} werkt in de {d.k('kinderopvang')}; de {d.k('arts')} "
        f"{d.k('infectieziektebestrijding')} adviseert {c.res.zijn()} werk twee weken te onderbreken."
    )


@shape
def iz_bsn_line(d, c):
    return f"{d.k('Gegevens')} voor de {d.k('melding')} aan het RIVM: {c.res.initials(d)}, BSN {d.p(c.bsn, 'BSN')}."


# ------------------------------------------------------------------------------------------- GGD: youth health care
@shape
def jgz_observation(d, c):
    return (
        f"Tijdens het {d.k('consult')} op {d.k(c.d2)} zag de {d.k('jeugdverpleegkundige')} {c.nurse.full(d)} "
        f"dat {c.kid.firstname(d)} een {d.k('taalachterstand')} heeft."
    )


@shape
def jgz_home(d, c):
    return (
        f"{d.k('Thuis')} wonen vijf kinderen in een {d.k('portiekflat')} aan de {c.street_only(d)}; "
        f"{c.kid.poss(d)} {d.k('slaapkamer')} is vochtig."
    )


@shape
def jgz_advice_housing(d, c):
    return (
        f"{d.k('Vanuit')} de {d.k('jeugdgezondheidszorg')} ondersteunen wij de aanvraag van {c.fam.full(d)} "
        f"voor een {d.k('urgentieverklaring')} ({c.case(d, 'urg')})."
    )


@shape
def jgz_growth(d, c):
    return (
        f"{d.k('Lengte')} {d.r.randint(80, 140)} cm, {d.k('gewicht')} {d.r.randint(11, 38)} kg; de "
        f"{d.k('groeicurve')} buigt af sinds {d.k(c.d3)}."
    )


@shape
def jgz_kid_header(d, c):
    return (
        f"{d.k('Kind')}: {c.kid.full(d)}  °{c.kid_dob(d)}\n{d.k('Ouder')}: {c.fam.initials(d)}, "
        f"{c.fam.tel(d)}\n{d.k('Dossier')} JGZ: {c.case(d, 'jgz')}"
    )


# ------------------------------------------------------------------------------------- GGD: lead pipes, air quality
@shape
def lead_result(d, c):
    return (
        f"{d.k('Bij')} het {d.k('watermonster')} uit uw woning aan de {c.addr(d)} is "
        f"{d.r.randint(11, 48)} microgram {d.k('lood')} per liter gemeten. De {d.k('norm')} is 5 microgram."
    )


@shape
def lead_advice(d, c):
    return (
        f"{d.k('Laat')} het water eerst een minuut {d.k('doorlopen')} en gebruik het niet voor "
        f"{d.k('flesvoeding')} van {c.kid.firstname(d)}."
    )


@shape
def lead_bloodtest(d, c):
    return (
        f"De {d.k('jeugdarts')} biedt een {d.k('bloedtest')} aan voor {c.kid.full(d)} ({c.kid_dob(d)}); "
        f"{d.k('afspraak')} via {c.nurse.full(d)}."
    )


@shape
def lead_owner(d, c):
    return (
        f"De {d.k('woningcorporatie')} vervangt de {d.k('loden')} {d.k('leidingen')} vóór {d.k(c.d3)}; "
        f"{d.k('contactpersoon')} is {c.off.full(d)}."
    )


@shape
def air_complaint(d, c):
    return (
        f"{d.k('Sinds')} de buren een {d.k('houtkachel')} stoken heeft {c.res.formal(d)} last van "
        f"{d.k('benauwdheid')}; de {d.k('rook')} komt via de {d.k('ventilatieroosters')} binnen."
    )


@shape
def air_neighbour(d, c):
    return (
        f"{d.k('Het')} gaat om de woning van {c.nb.full(d)} aan de {d.p(c.nb_street, 'ADDRESS')}. "
        f"{c.nb.formal(d)} zegt dat {c.nb.hij()} volgens de {d.k('regels')} stookt."
    )


@shape
def air_milieu_advice(d, c):
    return (
        f"{d.k('Medische')} {d.k('milieukunde')} ({d.k('kenmerk')} {c.case(d, 'mil')}) adviseert de "
        f"{d.k('omgevingsdienst')} om bij {d.k('windstil')} weer een stookalert af te geven."
    )


@shape
def air_measure(d, c):
    return (
        f"{d.k('Op')} {d.k(c.d2)} mat de GGD {d.r.randint(28, 90)} µg/m³ {d.k('fijnstof')} (PM2,5) in de "
        f"{d.k('achtertuin')}."
    )


# ------------------------------------------------------------------------------------------- GP referral letters
@shape
def gp_referral_reason(d, c):
    return (
        f"{d.k('Graag')} verwijs ik {c.res.title_short()} {c.res.formal(d)} naar uw {d.k('polikliniek')} "
        f"{d.k(c.dept)} in verband met {d.k(c.diag)}."
    )


@shape
def gp_history(d, c):
    return (
        f"{d.k('Voorgeschiedenis')}: {d.k(c.diag)} sinds {d.r.randint(2005, 2022)}, "
        f"{d.k('hypertensie')}. {d.k('Allergieën')}: geen bekend."
    )


@shape
def gp_social(d, c):
    return (
        f"{d.k('Sociaal')}: {c.res.hij()} woont alleen op drie hoog aan de {c.street_only(d)}; "
        f"{d.k('dochter' if c.fam.sex == 'f' else 'zoon')} "
        f"{c.fam.full(d)} komt twee keer per week."
    )


@shape
def gp_wmo_support(d, c):
    return (
        f"{d.k('Vanuit')} de {d.k('huisartsenpraktijk')} ondersteun ik de {d.k('Wmo-aanvraag')} "
        f"({c.case(d, 'wmo')}) voor een {d.k(d.r.choice(['traplift', 'scootmobiel', 'douchestoel', 'rolstoel']))}."
    )


@shape
def gp_sign(d, c):
    return (
        f"{c.doc.full(d)}, {d.k('huisarts')}\n{d.k('Huisartsenpraktijk')} {d.k(d.r.choice(['De Linde', 'Het Anker', 'Oostpoort', 'Molenkwartier', 'Spoorzicht']))}\n"
        f"AGB/BIG {c.big(d)}"
    )


# ---------------------------------------------------------------------------------------- hospital discharge
@shape
def dis_admission(d, c):
    return (
        f"{c.res.title().capitalize()} {c.res.formal(d)} was van {d.k(c.d1)} tot {d.k(c.d2)} "
        f"{d.k('opgenomen')} op de {d.k('afdeling')} {d.k(c.dept)} met {d.k(c.diag)}."
    )


@shape
def dis_patnr(d, c):
    return (
        f"{d.k('Patiëntnummer')} {c.case(d, 'pat')} — {c.res.upper(d)}, {c.res.firstname(d)} — "
        f"{c.dob(d, numeric_ok=False)}"
    )


@shape
def dis_followup(d, c):
    return (
        f"{d.k('Controle')} op de {d.k('polikliniek')} over zes weken bij {c.doc.initials(d)}. "
        f"De {d.k('thuiszorg')} start op {d.k(c.d3)}."
    )


@shape
def dis_home_situation(d, c):
    return (
        f"{d.k('Thuissituatie')}: {d.k('partner')} {c.fam.full(d)} is {d.k('mantelzorger')} maar zelf "
        f"{d.k('slechtziend')}; {c.fam.formal(d)} kan de {d.k('medicatie')} niet klaarzetten."
    )


@shape
def dis_meds(d, c):
    lines = [f"{d.k('Medicatie')} bij {d.k('ontslag')}:"]
    for m, dose, freq in c.meds[:3]:
        lines.append(f"- {d.k(m)} {dose} {freq}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------- GGZ letters
@shape
def ggz_treatment(d, c):
    return f"{c.res.full(d)} is sinds {d.k(c.d3)} bij {d.k(c.ggz)} in {d.k('behandeling')} voor {d.k(c.ggz_diag)}."


@shape
def ggz_housing(d, c):
    return (
        f"{d.k('De')} {d.k('huidige')} {d.k('woonsituatie')} belemmert het {d.k('herstel')}: "
        f"{c.res.formal(d)} deelt een kamer met {c.fam.firstname(d)} en slaapt slecht."
    )


@shape
def ggz_sign(d, c):
    return (
        f"{c.psy.full(d)}, {d.k('GZ-psycholoog')}\n{d.k('BIG')} {c.big(d)}\n{d.k(c.ggz)}, "
        f"{d.k('team')} {d.k(d.r.choice(['Volwassenen', 'Ouderen', 'Trauma', 'Angst en Stemming']))}"
    )


@shape
def ggz_consent(d, c):
    return (
        f"{d.k('Deze')} brief is opgesteld met {d.k('toestemming')} van {c.res.initials(d)} "
        f"({d.k('geboortedatum')} {c.dob(d)})."
    )


@shape
def ggz_poh(d, c):
    return (
        f"{d.k('Ook')} de {d.k('POH-GGZ')} van de praktijk, {c.nurse.full(d)}, ziet dat {c.res.firstname(d)} "
        f"{d.k('achteruitgaat')} sinds de {d.k('huurachterstand')}."
    )


# ------------------------------------------------------------------------------------- municipal medical advice
@shape
def ma_question(d, c):
    return (
        f"{d.k('Vraagstelling')}: heeft {c.res.title()} {c.res.formal(d)} op {d.k('medische')} gronden "
        f"{d.k('urgentie')} nodig voor een {d.k('gelijkvloerse')} woning?"
    )


@shape
def ma_sources(d, c):
    return (
        f"{d.k('Informatie')} {d.k('ontvangen')} van {d.k('huisarts')} {c.doc.full(d)} en van {d.k(c.hosp)} "
        f"({d.k(c.dept)}), beide met {d.k('machtiging')} van {c.res.title_short()} {c.res.formal(d)}."
    )


@shape
def ma_conclusion(d, c):
    return (
        f"{d.k('Conclusie')}: de {d.k('beperkingen')} zijn blijvend; {d.k('medische')} {d.k('urgentie')} "
        f"wordt {d.k(d.r.choice(['toegekend', 'niet toegekend', 'geadviseerd']))} ({c.case(d, 'urg')})."
    )


@shape
def ma_no_exam(d, c):
    return (
        f"{d.k('Lichamelijk')} {d.k('onderzoek')} heeft niet plaatsgevonden; het advies is gebaseerd op "
        f"{d.k('dossieronderzoek')} en een gesprek met {c.fam.full(d)}."
    )


# ------------------------------------------------------------------------------- keuring: disability parking
@shape
def gpk_request(d, c):
    return (
        f"{c.res.full(d)} vraagt een {d.k('gehandicaptenparkeerkaart')} ({c.case(d, 'gpk')}) en een "
        f"{d.k('parkeerplaats')} op {d.k('kenteken')} {d.p(c.plate, 'LICENSE_PLATE')}."
    )


@shape
def gpk_walk(d, c):
    return (
        f"{d.k('Loopafstand')} {d.k('gemeten')} tijdens de {d.k('keuring')}: {d.r.randint(20, 120)} meter "
        f"met {d.k('rollator')}, daarna {d.k('pijn')} en {d.k('kortademigheid')}."
    )


@shape
def gpk_keuringsarts(d, c):
    return (
        f"{d.k('Keuringsarts')} {c.adv.full(d)} ({d.k('BIG-nummer')} {c.big(d)}) zag {c.res.title()} "
        f"{c.res.formal(d)} op {d.k(c.d1)}."
    )


@shape
def gpk_plate_owner(d, c):
    return (
        f"De auto met {d.k('kenteken')} {d.p(c.plate, 'LICENSE_PLATE')} staat op naam van {c.fam.initials(d)}, "
        f"die {c.res.formal(d)} rijdt."
    )


# ------------------------------------------------------------------------------------- district nursing / care home
@shape
def nurse_entry(d, c):
    h = d.r.randint(7, 21)
    return (
        f"{d.k(c.d2)} {h:02d}:{d.r.choice(['05', '20', '40'])} — {c.nurse.initials(d)}: "
        f"{d.k('wondzorg')} {d.k('onderbeen')} gedaan, {c.res.formal(d)} {d.k('pijnscore')} {d.r.randint(2, 8)}."
    )


@shape
def nurse_entry2(d, c):
    return (
        f"{d.k(c.d3)} — {c.nurse.firstname(d)}: {d.k('Insuline')} {d.k('gespoten')}; "
        f"{c.res.firstname(d)} was {d.k('verward')} en had niet gegeten."
    )


@shape
def nurse_signal(d, c):
    return (
        f"{d.k('Signaal')} aan {d.k('casemanager')} {c.cm.full(d)}: de {d.k('mantelzorg')} door "
        f"{c.fam.full(d)} is niet meer {d.k('vol te houden')}."
    )


@shape
def mdo_header(d, c):
    return (
        f"{d.k('MDO-verslag')} {d.k(c.d1)}, {d.k('woonzorgcentrum')} {d.k(d.r.choice(['Het Baken', 'De Waterhof', 'Rozengaarde', 'De Wielewaal']))}\n"
        f"{d.k('Bewoner')}: {c.res.full(d)}, {d.k('appartement')} {d.r.randint(1, 3)}.{d.r.randint(10, 40)}\n"
        f"{d.k('Aanwezig')}: {c.doc.initials(d)} ({d.k('specialist ouderengeneeskunde')}), {c.nurse.full(d)} "
        f"({d.k('EVV')}), {c.fam.full(d)} ({d.k('zoon')}/{d.k('dochter')})"
    )


@shape
def mdo_point(d, c):
    return (
        f"{d.k('Valrisico')}: twee keer {d.k('gevallen')} in de {d.k('nacht')}; {c.res.formal(d)} krijgt een "
        f"{d.k('sensormat')}."
    )


@shape
def mdo_family(d, c):
    return (
        f"{d.k('Familie')}: {c.fam.firstname(d)} vraagt of de gemeente de {d.k('eigen bijdrage')} "
        f"kan verlagen; {d.k('rekening')} {d.p(c.iban, 'IBAN')} staat op naam van {c.res.initials(d)}."
    )


@shape
def cm_dementia(d, c):
    return (
        f"{d.k('Als')} {d.k('casemanager dementie')} begeleid ik {c.res.title()} {c.res.formal(d)} sinds "
        f"{d.k(c.d3)}. {d.k('Alzheimer')} werd vastgesteld door de {d.k('geheugenpoli')} van {d.k(c.hosp)}."
    )


@shape
def cm_respite(d, c):
    return (
        f"{d.k('Ik')} {d.k('adviseer')} {d.k('respijtzorg')} zodat {c.fam.full(d)} op {d.k('dinsdag')} en "
        f"{d.k('vrijdag')} kan werken; de {d.k('dagbesteding')} heeft plek vanaf {d.k(c.d2)}."
    )


@shape
def cm_sign(d, c):
    return f"{c.cm.full(d)}, {d.k('casemanager')}\n{c.cm.email(d, 'zorggroep-' + c.city.lower() + '.nl')}"


# ---------------------------------------------------------------------------------------------- medication list
@shape
def medlist_header(d, c):
    return (
        f"{d.k('Actueel')} {d.k('medicatieoverzicht')} — {d.k('Apotheek')} {d.k(c.city)} {d.k('Centrum')}\n"
        f"{c.res.upper(d)}, {c.res.initials(d)}  geb. {c.dob(d)}  BSN {d.p(c.bsn, 'BSN')}"
    )


@shape
def medlist_table(d, c):
    lines = [f"{d.k('Geneesmiddel')} | {d.k('Sterkte')} | {d.k('Gebruik')} | {d.k('Voorschrijver')}"]
    for m, dose, freq in c.meds:
        who = c.doc.initials(d) if d.r.random() < 0.5 else d.k("huisarts")
        lines.append(f"{d.k(m)} | {dose} | {freq} | {who}")
    return "\n".join(lines)


@shape
def medlist_note(d, c):
    return (
        f"{d.k('Baxterrol')} wordt wekelijks bezorgd op {c.addr(d)}; bij {d.k('afwezigheid')} bij "
        f"{c.nb.full(d)} ({d.k('buren')})."
    )


# --------------------------------------------------------------------------------------- residents' own words
@shape
def own_words_intro(d, c):
    return (
        f"{d.k('Ik')} ben {c.res.full(d)} en ik heb {d.k(c.diag)}. {d.k('Mijn')} {d.k('longen')} werken nog "
        f"voor de {d.k('helft')} en {d.k('traplopen')} gaat niet meer."
    )


@shape
def own_words_lower(d, c):
    return (
        f"{d.k('hallo')}, hier {c.res.lower(d)}. mijn {d.k('dokter')} zegt dat ik {d.k('rust')} moet nemen "
        f"maar de {d.k('lift')} is al weken {d.k('kapot')}."
    )


@shape
def own_words_family(d, c):
    return (
        f"{d.k('Mijn')} {d.k('broer' if c.fam.sex == 'm' else 'zus')} {c.fam.firstname(d)} helpt met "
        f"{d.k('boodschappen')}, maar {c.fam.hij()} woont "
        f"in {d.k(d.r.choice(CITIES))} en heeft zelf ook {d.k('kinderen')}."
    )


@shape
def own_words_contact(d, c):
    return (
        f"{d.k('Bellen')} kan op {c.res.tel(d)}, mailen op {c.res.email(d)}. {d.k('Overdag')} slaap ik soms "
        f"door de {d.k('medicijnen')}."
    )


@shape
def own_words_bank(d, c):
    return (
        f"{d.k('De')} {d.k('taxikosten')} naar de {d.k('dialyse')} zijn € {d.r.randint(40, 300)},{d.r.randint(10, 99)} "
        f"per maand; graag terugstorten op {d.p(c.iban, 'IBAN')} t.n.v. {c.res.initials(d)}."
    )


@shape
def own_words_bsn(d, c):
    return f"{d.k('Mijn')} {d.k('burgerservicenummer')} is {d.p(c.bsn, 'BSN')} en ik ben geboren op {c.dob(d)}."


# --------------------------------------------------------------------------------------------- mediator notes
@shape
def med_summary(d, c):
    return (
        f"{d.k('Samenvatting')}: {c.res.title()} {c.res.formal(d)} vindt dat de {d.k('Wmo-consulent')} "
        f"{c.off.full(d)} de {d.k('medische')} {d.k('informatie')} niet heeft gelezen."
    )


@shape
def med_agreement(d, c):
    return (
        f"{d.k('Afspraak')}: {c.off.formal(d)} ({d.k('Sociaal Domein')}) vraagt een nieuw {d.k('advies')} aan "
        f"de {d.k('medisch adviseur')}; {d.k('termijn')} zes weken, {d.k('dossier')} {c.case(d, 'vta')}."
    )


@shape
def med_quote(d, c):
    return (
        f'{d.k("Citaat")} {d.k("bewoner")}: "{d.k("Niemand")} heeft gevraagd hoe het écht met me gaat." — '
        f"{c.res.firstname(d)}, {d.k('telefonisch')}."
    )


@shape
def med_resident_address(d, c):
    return f"{d.k('Contactgegevens')}: {c.addr(d)}, {c.postc(d)} {d.k(c.city)}; {c.res.tel(d)}; {c.res.email(d)}."


@shape
def med_followup_dob(d, c):
    return (
        f"{d.k('Controle')} {d.k('identiteit')}: {d.k('naam')} en {d.k('geboortedatum')} ({c.dob(d)}) "
        f"komen overeen met de BRP."
    )


# -------------------------------------------------------------------------------- medical info request / consent
@shape
def mir_request(d, c):
    return (
        f"{d.k('Voor')} de {d.k('beoordeling')} van de aanvraag van uw patiënt {c.res.initials(d)}, "
        f"{d.k('geboren')} {c.dob(d)}, verzoeken wij u de vragen hieronder te beantwoorden."
    )


@shape
def mir_questions(d, c):
    return (
        f"1. Welke {d.k('diagnose')} is gesteld?\n2. Welke {d.k('beperkingen')} ziet u bij het "
        f"{d.k('traplopen')}?\n3. Is {d.k('verbetering')} te verwachten?"
    )


@shape
def mir_consent_form(d, c):
    return (
        f"{d.k('Machtiging')}\n{d.k('Ondergetekende')}: {c.res.full(d)}\n{d.k('Adres')}: {c.addr(d)}, "
        f"{c.postc(d)}\n{d.k('Geboortedatum')}: {c.dob(d)}\ngeeft {d.k('toestemming')} om {d.k('medische')} "
        f"gegevens op te vragen bij {d.k('huisarts')} {c.doc.full(d)}."
    )


@shape
def mir_return(d, c):
    return (
        f"{d.k('Stuur')} uw antwoord in de {d.k('retourenvelop')} naar {d.k('Team')} {d.k('Medisch Advies')}, "
        f"o.v.v. {c.case(d, 'ma')}."
    )


@shape
def mir_official(d, c):
    return f"{c.off.full(d)}, {d.k('consulent')} {d.k('Wonen')}, tel. {d.k('14 0' + str(d.r.randint(10, 99)))}"


# ------------------------------------------------------------------------------------ family writes on behalf
@shape
def fam_intro(d, c):
    m = c.res.sex == "m"
    return (
        f"{d.k('Namens')} mijn {d.k('vader' if m else 'moeder')}, {c.res.full(d)}, schrijf ik deze brief. "
        f"{d.k('Hij' if m else 'Zij')} heeft "
        f"{d.k('dementie')} en kan zelf niet meer {d.k('bellen')}."
    )


@shape
def fam_situation(d, c):
    return (
        f"{d.k('Sinds')} {d.k(c.d2)} woont {c.res.formal(d)} bij ons in, op {c.addr(d)}. Mijn man "
        f"{c.kid.full(d)} en ik {d.k('zorgen')} om de beurt."
    )


@shape
def fam_sign(d, c):
    return f"{d.k('Vriendelijke')} groet,\n{c.fam.full(d)}\n{c.fam.tel(d)} / {c.fam.email(d)}"


@shape
def fam_dob_note(d, c):
    return f"({d.k('Vader' if c.res.sex == 'm' else 'Moeder')} is van {c.dob(d, numeric_ok=False)} en heeft {d.k('BSN')} {d.p(c.bsn, 'BSN')}.)"


# ---------------------------------------------------------------------------------------- outbreak in care home
@shape
def outbreak_intro(d, c):
    return (
        f"In {d.k('woonzorgcentrum')} {d.k(d.r.choice(['De Hofstede', 'Oranjehof', 'Het Zonnehuis']))} is een "
        f"{d.k('uitbraak')} van {d.k(d.r.choice(['norovirus', 'influenza', 'scabiës']))} vastgesteld op "
        f"{d.k(c.d1)}."
    )


@shape
def outbreak_table(d, c):
    return (
        f"{d.k('Kamer')} | {d.k('Bewoner')} | {d.k('Geboortedatum')} | {d.k('Status')}\n"
        f"{d.r.randint(101, 130)} | {c.res.full(d)} | {c.dob(d)} | {d.k('ziek')}\n"
        f"{d.r.randint(131, 160)} | {c.nb.full(d)} | — | {d.k('hersteld')}"
    )


@shape
def outbreak_contact(d, c):
    return (
        f"{d.k('Contactpersoon')} {d.k('familie')}: {c.fam.full(d)}, {c.fam.email(d)}. {d.k('Bezoek')} is tot "
        f"{d.k(c.d3)} beperkt."
    )


# ---------------------------------------------------------------------------------- reimbursement / travel costs
@shape
def reimb_form(d, c):
    return (
        f"{d.k('Declaratie')} {d.k('reiskosten')} {d.k('ziekenhuisbezoek')}\n{d.k('Naam')}: {c.res.full(d)}\n"
        f"IBAN: {d.p(c.iban, 'IBAN')}\n{d.k('Ritten')} naar {d.k(c.hosp)}: {d.r.randint(4, 20)} × "
        f"{d.r.randint(12, 60)} km"
    )


@shape
def reimb_car(d, c):
    return (
        f"{d.k('Gereden')} met eigen auto, {d.k('kenteken')} {d.p(c.plate, 'LICENSE_PLATE')}; "
        f"{d.k('parkeerbonnen')} van de {d.k('parkeergarage')} bijgevoegd."
    )


@shape
def reimb_decision(d, c):
    return (
        f"{d.k('Besluit')}: {d.k('vergoeding')} € {d.r.randint(40, 400)},00 via de {d.k('bijzondere bijstand')}, "
        f"{d.k('zaaknummer')} {c.case(d, 'wmo')}."
    )


# ---------------------------------------------------------------------------------------- chat / portal message
@shape
def portal_msg(d, c):
    return (
        f"[{d.k('Patiëntenportaal')}] {d.k('Gebruiker')} {c.res.handle(d)} schreef op {d.k(c.d2)}: "
        f'"Kunt u de {d.k("ontslagbrief")} naar de gemeente sturen?"'
    )


@shape
def portal_reply(d, c):
    return (
        f"{d.k('Antwoord')} van {d.k('secretariaat')} {d.k(c.dept)}: {d.k('Nee')}, dat mag alleen met een "
        f"{d.k('ondertekende')} {d.k('machtiging')} van {c.res.firstname(d)} zelf."
    )


@shape
def sms_note(d, c):
    return (
        f'{d.k("Sms")} van {c.fam.tel(d)}: "{d.k("moeder")} ligt in {d.k(c.hosp)}, kamer '
        f'{d.r.randint(100, 499)}, bel {c.fam.firstname(d)} terug"'
    )


# ------------------------------------------------------------------------------------------------ document kinds
def pick(d, *fns):
    return d.r.choice(fns)


KINDS = {}


def kind(fn):
    KINDS[fn.__name__] = fn
    SHAPES[fn.__name__] = fn
    return fn


@kind
def k_vacc_invite(d, c):
    c.ggd_role, c.ggd_dept = "Jeugdverpleegkundige", "Jeugdgezondheidszorg"
    return [
        sal_ouders,
        vacc_invite_body,
        vacc_appointment,
        pick(d, vacc_refusal_parent, vacc_registration_number),
        close_sign_ggd,
    ]


@kind
def k_vacc_record(d, c):
    return [vacc_record_table, vacc_registration_number, pick(d, vacc_refusal_parent, jgz_kid_header), close_mediator]


@kind
def k_contact_tracing(d, c):
    return [
        hdr_betreft_full,
        sal_geachte,
        iz_contact_intro,
        pick(d, iz_work_note, iz_bsn_line),
        iz_followup,
        close_sign_ggd,
    ]


@kind
def k_contact_list(d, c):
    return [iz_contact_list, iz_contact_intro, iz_bsn_line, close_sign_ggd]


@kind
def k_jgz_report(d, c):
    return [jgz_kid_header, jgz_observation, jgz_growth, jgz_home, jgz_advice_housing]


@kind
def k_lead(d, c):
    c.ggd_role, c.ggd_dept = "Adviseur", "Medische Milieukunde"
    return [
        hdr_betreft_full,
        sal_geachte,
        lead_result,
        lead_advice,
        pick(d, lead_bloodtest, lead_owner),
        close_sign_ggd,
    ]


@kind
def k_air(d, c):
    return [hdr_telnotitie, air_complaint, air_neighbour, air_measure, air_milieu_advice]


@kind
def k_gp_referral(d, c):
    return [hdr_patient_table, sal_collega, gp_referral_reason, gp_history, gp_social, gp_sign]


@kind
def k_gp_wmo(d, c):
    return [hdr_inzake_initials, gp_wmo_support, gp_social, pick(d, attach_line, gp_history), gp_sign]


@kind
def k_discharge(d, c):
    return [dis_patnr, sal_collega, dis_admission, dis_meds, dis_home_situation, dis_followup, close_sign_doc]


@kind
def k_ggz_letter(d, c):
    return [pick(d, hdr_betreft_full, hdr_inzake_initials), ggz_treatment, ggz_housing, ggz_poh, ggz_consent, ggz_sign]


@kind
def k_medical_advice(d, c):
    return [hdr_uw_kenmerk, hdr_inzake_initials, ma_question, ma_sources, ma_no_exam, ma_conclusion, close_sign_adv]


@kind
def k_parking_exam(d, c):
    return [hdr_uw_kenmerk, gpk_request, gpk_keuringsarts, gpk_walk, gpk_plate_owner, close_sign_adv]


@kind
def k_district_nurse(d, c):
    return [hdr_patient_table, nurse_entry, nurse_entry2, nurse_signal]


@kind
def k_care_home_mdo(d, c):
    return [mdo_header, mdo_point, mdo_family, pick(d, cm_dementia, nurse_signal)]


@kind
def k_case_manager(d, c):
    return [hdr_betreft_full, cm_dementia, mdo_point, cm_respite, cm_sign]


@kind
def k_medlist(d, c):
    return [medlist_header, medlist_table, medlist_note]


@kind
def k_own_words(d, c):
    return [
        hdr_email,
        own_words_intro,
        own_words_family,
        own_words_contact,
        pick(d, own_words_bank, own_words_bsn),
        close_resident,
    ]


@kind
def k_own_words_informal(d, c):
    return [own_words_lower, own_words_family, pick(d, own_words_bsn, own_words_bank), own_words_contact]


@kind
def k_mediator_note(d, c):
    return [hdr_telnotitie, med_summary, med_quote, med_followup_dob, med_agreement, close_mediator]


@kind
def k_mediator_letter(d, c):
    return [
        pick(d, sal_geachte, sal_beste_first),
        med_summary,
        med_agreement,
        med_resident_address,
        attach_line,
        close_mediator,
    ]


@kind
def k_info_request(d, c):
    return [hdr_uw_kenmerk, sal_collega, mir_request, mir_questions, mir_return, mir_official]


@kind
def k_consent(d, c):
    return [mir_consent_form, mir_official, mir_return]


@kind
def k_family_letter(d, c):
    return [hdr_email_fwd, fam_intro, fam_situation, fam_dob_note, fam_sign]


@kind
def k_outbreak(d, c):
    c.ggd_role = "Hygiënist"
    return [outbreak_intro, outbreak_table, outbreak_contact, close_sign_ggd]


@kind
def k_reimbursement(d, c):
    return [reimb_form, reimb_car, reimb_decision, mir_official]


@kind
def k_portal(d, c):
    return [portal_msg, portal_reply, sms_note, med_resident_address]


# --------------------------------------------------------------------------------------------------- generation
def build(i: int, r: random.Random) -> dict:
    known = i % 4 == 1
    c = Ctx(r, known)
    d = Doc(r)
    kname = r.choice(sorted(KINDS))
    d.shapes.append(kname)
    fns = KINDS[kname](d, c)
    if known:
        fns = list(fns)
        fns.insert(r.randint(1, len(fns) - 1) if len(fns) > 1 else 1, known_line)
        if not any(
            x in fns
            for x in (
                sal_geachte,
                hdr_betreft_full,
                mir_consent_form,
                own_words_intro,
                ggz_treatment,
                gpk_request,
                reimb_form,
                fam_intro,
            )
        ):
            fns.insert(1, intro_known)
    blocks = [d.run(fn, c) for fn in fns]
    text = "\n\n".join(blocks) if r.random() < 0.6 else "\n".join(blocks)
    doc = {"id": f"fresh31a-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [f"{c.res.first} {c.res.sur()}"]}
        if c.res.email_addr and c.res.email_addr in text:
            kn["emails"] = [c.res.email_addr]
        if c.res.phone and c.res.phone in text:
            kn["phones"] = [c.res.phone]
        doc["known"] = kn
        if kn["names"][0] not in text:
            # the full name must be written at least once
            doc["_bad"] = "known name not written in full"
    doc["_shapes"] = d.shapes
    return doc


@shape
def intro_known(d, c):
    return f"{d.k('Het')} gaat om {c.res.full(d)}."


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None if the document passes every gate, else the reason."""
    if doc.get("_bad"):
        return doc["_bad"]
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not valid_bsn(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not valid_iban(item["text"]):
            return f"iban {item['text']}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (shared <= known_words and k == k.lower()):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if "known" in doc:
        # the ordinary use must be lower case and the known name's word must not appear capitalised unannotated
        pass
    return None


def generate() -> tuple[list[dict], Counter, Counter]:
    docs, redraws, shapes = [], Counter(), Counter()
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            doc = build(i, r)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws[reason.split(":")[0].split(" ")[0]] += 1
            if attempt > 200:
                raise SystemExit(f"{doc['id']}: no passing draw ({reason})")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        shapes.update(set(doc.pop("_shapes")))
        doc.pop("_bad", None)
        docs.append(doc)
    return docs, redraws, shapes


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs, redraws, shapes = generate()
    text = render(docs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh31a_texts.jsonl is up to date" if same else "fresh31a_texts.jsonl differs from the generator")
        sys.exit(0 if same else 1)
    if a.stats:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes used: {len(shapes)} of {len(SHAPES)} registered (document kinds: {len(KINDS)})")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        origins = len(ORIGINS)
        print(f"origin groups: {origins}")
        print(f"redraws: {sum(redraws.values())}" + (f" ({dict(sorted(redraws.items()))})" if redraws else ""))
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
