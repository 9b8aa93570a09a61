"""Generator of the blind anonymizer corpus fresh28b: energy transition at home (insulation, solar panels, heat
networks, subsidies). Seeded, standard library only.

    python tests/anonymizer/fresh28b/make_fresh28b.py            # write fresh28b_texts.jsonl
    python tests/anonymizer/fresh28b/make_fresh28b.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh28b/make_fresh28b.py --stats    # counts per label, shapes, known names, redraws
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
from f28b_names import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("f28b_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20262202
N_DOCS = 300
OUT = HERE / "fresh28b_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(kind: str):
    def deco(fn):
        SHAPES[f"{kind}:{fn.__name__}"] = fn
        fn.shape_id = f"{kind}:{fn.__name__}"
        return fn

    return deco


# ---------------------------------------------------------------- validators
def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", c):
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1


# ---------------------------------------------------------------- municipal material
TOWNS = [
    ("Zwolle", "zwolle.nl", "14 038"),
    ("Groningen", "groningen.nl", "14 050"),
    ("Utrecht", "utrecht.nl", "14 030"),
    ("Nijmegen", "nijmegen.nl", "14 024"),
    ("Leeuwarden", "leeuwarden.nl", "14 058"),
    ("Deventer", "deventer.nl", "14 0570"),
    ("Apeldoorn", "apeldoorn.nl", "14 055"),
    ("Maastricht", "maastricht.nl", "14 043"),
    ("Haarlem", "haarlem.nl", "14 023"),
    ("Delft", "delft.nl", "14 015"),
    ("Tilburg", "tilburg.nl", "14 013"),
    ("Enschede", "enschede.nl", "14 053"),
    ("Leiden", "leiden.nl", "14 071"),
    ("Arnhem", "arnhem.nl", "14 026"),
    ("Breda", "breda.nl", "14 076"),
    ("Dordrecht", "dordrecht.nl", "14 078"),
    ("Almere", "almere.nl", "14 036"),
    ("Alkmaar", "alkmaar.nl", "14 072"),
    ("Hengelo", "hengelo.nl", "14 074"),
    ("Schagen", "schagen.nl", "14 0224"),
]
STREET_ROOTS = [
    "Kievit",
    "Zonnebloem",
    "Wilgen",
    "Populieren",
    "Merel",
    "Turf",
    "Molen",
    "Sluis",
    "Lijnbaan",
    "Vlas",
    "Koren",
    "Klaproos",
    "Boekweit",
    "Ganzen",
    "Reiger",
    "Ooievaar",
    "Bever",
    "Otter",
    "Kwarts",
    "Basalt",
    "Graniet",
    "Mergel",
    "Tichel",
    "Lakenhal",
    "Wevers",
    "Hennep",
    "Lupine",
    "Vlier",
    "Meidoorn",
    "Lavendel",
    "Zilverschoon",
    "Kamille",
    "Gors",
    "Schelp",
    "Duinroos",
    "Kluut",
    "Grutto",
    "Wulp",
]
STREET_TYPES = ["straat", "laan", "weg", "hof", "plein", "singel", "kade", "pad", "dreef", "erf", "akker", "gaarde"]
STREET_TWO = [
    "Oude Turfmarkt",
    "Nieuwe Looiersgracht",
    "Achter de Kamp",
    "Hoge Rijndijk",
    "Lage Vlasmarkt",
    "Korte Smeestraat",
    "Binnen Dommerstraat",
    "Buiten Wittevrouwen",
    "Oude Ebbingestraat",
]
DEPTS = [
    "team Duurzaamheid",
    "afdeling Wonen en Energie",
    "team Energietransitie",
    "Energieloket",
    "afdeling Subsidies",
    "team Warmtetransitie",
    "afdeling Vergunningen",
    "team Erfgoed",
    "Klantcontactcentrum",
    "afdeling Bezwaar en Beroep",
    "team Wijkaanpak Aardgasvrij",
    "Sociaal Domein",
]
FUNCS = [
    "beleidsmedewerker",
    "subsidieadviseur",
    "projectleider",
    "wijkregisseur",
    "erfgoedadviseur",
    "vergunningverlener",
    "consulent",
    "juridisch medewerker",
    "accountmanager",
    "programmamanager",
]
SCHEMES = [
    "Energiefonds",
    "Isolatieregeling",
    "Noodfonds Energie",
    "Warmtefonds",
    "Subsidieregeling Energiebesparing Eigen Huis",
    "Regeling Zon op Monumenten",
    "Energiebespaarbudget",
    "Stimuleringsregeling Aardgasvrij",
]
COMPANIES = [
    ("ZonWijs Installaties", "zonwijs.nl"),
    ("Isoleer Direct", "isoleerdirect.nl"),
    ("Warmtewerk Noord", "warmtewerknoord.nl"),
    ("Spouwmeester", "spouwmeester.nl"),
    ("Dak & Zon Techniek", "dakenzon.nl"),
    ("Vloerwarm Totaal", "vloerwarm.nl"),
    ("Glasgoed Renovatie", "glasgoed.nl"),
    ("Ecoklus Oost", "ecoklus.nl"),
    ("Kruipruimte Experts", "kruipruimte-experts.nl"),
    ("Paneelpartners", "paneelpartners.nl"),
]
NETS = ["Ennatuurlijk", "Vattenfall Warmte", "Eneco Warmte", "Warmtebedrijf Eindhoven", "Firan", "WarmteStad"]
GRIDS = ["Stedin", "Liander", "Enexis"]
MEASURES = [
    ("spouwmuurisolatie", "spouwmuur"),
    ("vloerisolatie", "vloer"),
    ("dakisolatie", "dak"),
    ("HR++-glas", "beglazing"),
    ("een hybride warmtepomp", "warmtepomp"),
    ("zonnepanelen", "panelen"),
    ("bodemisolatie", "kruipruimte"),
    ("een zonneboiler", "zonneboiler"),
]
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
MON_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
MAILDOMS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "xs4all.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "home.nl",
    "proton.me",
    "hetnet.nl",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first: str, surname: str, particle: str = "", gender: str = "f", origin: str = ""):
        self.first, self.surname, self.particle, self.gender, self.origin = first, surname, particle, gender, origin
        self.lower_ok = True  # may appear in lower case (not for a known-name resident)

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.surname) if x)

    @property
    def sur(self) -> str:  # without first name: particle capitalised
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.surname
        return self.surname

    @property
    def sur_mid(self) -> str:  # after initials
        return " ".join(x for x in (self.particle, self.surname) if x)

    @property
    def initials(self) -> str:
        return "".join(p[0] + "." for p in re.split(r"[ -]", self.first) if p)

    @property
    def title(self) -> str:
        return "mevrouw" if self.gender == "f" else "de heer"

    @property
    def title_short(self) -> str:
        return "mevr." if self.gender == "f" else "dhr."

    @property
    def poss(self) -> str:
        s = self.sur
        if s[-1] in "sxz":
            return s + "'"
        if s[-1] in "aiouy" or s.endswith("é"):
            return s + "'s"
        return s + "s"

    def mail_local(self, r: random.Random) -> str:
        f = ascii_fold(self.first).lower().replace(" ", "")
        s = ascii_fold(self.surname).lower().replace(" ", "").replace("'", "")
        p = "".join(w[0] for w in self.particle.replace("'t", "t").split())
        return r.choice(
            [f"{f}.{s}", f"{f[0]}.{p}{s}", f"{f}{s}{r.randint(60, 99)}", f"{s}.{f}", f"{f}_{p}{s}", f"{f[0]}{p}{s}"]
        )


def make_person(
    r: random.Random,
    origin: str | None = None,
    gender: str | None = None,
    surname_of: Person | None = None,
    particle_of: Person | None = None,
) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    fem, mal, spec = ORIGINS[origin]
    gender = gender or r.choice("fm")
    first = r.choice(fem if gender == "f" else mal)
    particle = ""
    if surname_of is not None:
        return Person(first, surname_of.surname, surname_of.particle, gender, surname_of.origin)
    kind = spec[0]
    if kind == "compose":
        surname = r.choice(spec[1]) + r.choice(spec[2])
    elif kind == "particle":
        particle = r.choice(spec[1])
        surname = r.choice(spec[2]) + r.choice(spec[3])
    elif kind == "pair":
        surname = r.choice(spec[1]) + spec[3] + r.choice(spec[2])
        if surname.split(spec[3])[0] == surname.split(spec[3])[-1]:
            surname = surname.split(spec[3])[0]
    else:
        surname = r.choice(spec[1])
    if origin == "bulgarian" and gender == "f":
        surname += "a"
    return Person(first, surname, particle, gender, origin)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r: random.Random, idx: int):
        self.r, self.idx = r, idx
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known: dict | None = None
        self.town, self.dom, self.kcc = r.choice(TOWNS)
        self.used_names: set[str] = set()
        self.used_streets: set[str] = set()

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *words: str) -> str:
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0] if words else ""

    # people ---------------------------------------------------------------
    def person(self, origin=None, gender=None, family: Person | None = None) -> Person:
        for _ in range(50):
            pe = make_person(self.r, origin, gender, surname_of=family)
            parts = {w.lower() for w in re.split(r"[ \-]", pe.full) if w.lower() not in PARTICLES and len(w) > 1}
            firsts = {w.lower() for w in re.split(r"[ \-]", pe.first)}
            if family is not None:
                if not (firsts & self.used_names):
                    self.used_names |= firsts
                    return pe
            elif not (parts & self.used_names):
                self.used_names |= parts
                return pe
        raise RuntimeError("no fresh name")

    def full(self, pe: Person) -> str:
        return self.p(pe.full, "PERSON")

    def sur(self, pe: Person) -> str:
        return self.p(pe.sur, "PERSON")

    def titled(self, pe: Person, short=False) -> str:
        return (pe.title_short if short else pe.title) + " " + self.sur(pe)

    def init_name(self, pe: Person) -> str:
        return self.p(pe.initials + " " + pe.sur_mid, "PERSON")

    def first(self, pe: Person) -> str:
        return self.p(pe.first, "PERSON")

    def lower_first(self, pe: Person) -> str:
        if not pe.lower_ok:
            return self.first(pe)
        return self.p(pe.first.lower(), "PERSON")

    def poss(self, pe: Person) -> str:
        return self.p(pe.poss, "PERSON")

    def upper(self, pe: Person) -> str:
        return self.p(pe.sur.upper(), "PERSON")

    def any_ref(self, pe: Person) -> str:
        c = self.r.randrange(4)
        if c == 0:
            return self.full(pe)
        if c == 1:
            return self.titled(pe)
        if c == 2:
            return self.init_name(pe)
        return self.titled(pe, short=True)

    # structured -----------------------------------------------------------
    def street(self) -> str:
        r = self.r
        for _ in range(30):
            s = r.choice(STREET_TWO) if r.random() < 0.15 else r.choice(STREET_ROOTS) + r.choice(STREET_TYPES)
            if s not in self.used_streets:
                self.used_streets.add(s)
                return s
        raise RuntimeError("no street")

    def address(self, street: str | None = None) -> str:
        r = self.r
        street = street or self.street()
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", "-hs", "-III", "bis"])
        return self.p(f"{street} {nr}", "ADDRESS")

    def res_address(self, c: dict) -> str:
        if "addr" not in c:
            c["addr"] = self.address(c["street"])
        return c["addr"]

    def res_postcode(self, c: dict) -> str:
        if "pc" not in c:
            c["pc"] = self.postcode()
        return c["pc"]

    def res_bsn(self, c: dict) -> str:
        if "bsn" not in c:
            c["bsn"] = self.bsn()
        return c["bsn"]

    def res_iban(self, c: dict) -> str:
        if "iban" not in c:
            c["iban"] = self.iban()
        return c["iban"]

    def postcode(self) -> str:
        r = self.r
        while True:
            letters = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                break
        pc = f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"
        return self.p(pc, "POSTCODE")

    def phone(self, mobile=None) -> str:
        r = self.r
        mobile = r.random() < 0.65 if mobile is None else mobile
        if mobile:
            n = f"{r.randint(10000000, 99999999)}"
            f = r.choice(
                [
                    f"06-{n}",
                    f"06 {n[:4]} {n[4:]}",
                    f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    f"+31 (0)6 {n}",
                    f"0031 6 {n[:4]} {n[4:]}",
                    f"06{n}",
                    f"06 - {n[:2]} {n[2:5]} {n[5:]}",
                ]
            )
        else:
            area = r.choice(
                [
                    "038",
                    "050",
                    "030",
                    "024",
                    "058",
                    "0570",
                    "055",
                    "043",
                    "023",
                    "015",
                    "013",
                    "053",
                    "071",
                    "026",
                    "076",
                    "078",
                    "036",
                    "072",
                    "074",
                    "0224",
                    "0511",
                    "0413",
                    "0341",
                ]
            )
            rest = str(r.randint(2 * 10 ** (10 - len(area) - 1), 10 ** (10 - len(area)) - 1))
            f = r.choice(
                [f"{area}-{rest}", f"({area}) {rest[:3]} {rest[3:]}", f"{area} {rest}", f"+31 {area[1:]} {rest}"]
            )
        return self.p(f, "PHONE")

    def email(self, pe: Person, dom: str | None = None) -> str:
        if getattr(pe, "mail", None) is None:
            pe.mail = f"{pe.mail_local(self.r)}@{dom or self.r.choice(MAILDOMS)}"
        return self.p(pe.mail, "EMAIL")

    def official_email(self, pe: Person) -> str:
        f = ascii_fold(pe.first).lower().split()[0]
        s = ascii_fold(pe.sur_mid).lower().replace(" ", "").replace("'", "")
        return self.p(self.r.choice([f"{f[0]}.{s}@{self.dom}", f"{f}.{s}@{self.dom}"]), "EMAIL")

    def bsn(self) -> str:
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if s < 10:
                num = "".join(map(str, d)) + str(s)
                break
        f = r.choice([num, num, f"{num[:4]}.{num[4:6]}.{num[6:]}", f"{num[:3]} {num[3:6]} {num[6:]}"])
        return self.p(f, "BSN")

    def iban(self) -> str:
        r = self.r
        bank = r.choice(BANKS)
        acct = f"{r.randint(10**9 // 10, 10**10 - 1):010d}"
        num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
        chk = 98 - int(num) % 97
        c = f"NL{chk:02d}{bank}{acct}"
        f = c if r.random() < 0.35 else " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return self.p(f, "IBAN")

    def plate(self) -> str:
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        f = r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{D(1)}-{L(2)}-{D(3)}",
                f"{L(2)}{D(3)}{L(1)}",
            ]
        )
        return self.p(f, "LICENSE_PLATE")

    def case(self, kind: str | None = None) -> str:
        r = self.r
        y = r.choice([2024, 2025, 2026])
        n = r.randint(100, 99999)
        kind = kind or r.choice(["evs", "wn", "iso", "omg", "bzw", "eaf", "vta", "fac", "vve"])
        f = {
            "evs": f"EVS-{y}-{n:05d}",
            "wn": f"WN/{y % 100}/{n:04d}",
            "iso": f"ISO.{y}.{n}",
            "omg": f"OMG-{y}-{n:05d}-Z",
            "bzw": f"BZW {y % 100}/{n:04d}",
            "eaf": f"EAF{y % 100}-{n:05d}",
            "vta": f"VTA-{r.choice('ABCDEFGH')}{n:05d}",
            "fac": f"F{y}{n:06d}",
            "vve": f"VVE{n:04d}-{y}",
        }[kind]
        return self.p(f, "CASE_NUMBER")

    def dob(self, cue=True, pe: Person | None = None) -> str:
        r = self.r
        y, m, d = r.randint(1938, 2002), r.randint(1, 12), r.randint(1, 28)
        if pe is not None:
            if getattr(pe, "born", None) is None:
                pe.born = (y, m, d)
            y, m, d = pe.born
        forms = [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}/{y}",
            f"{d} {MON_SHORT[m - 1]} {y}",
            f"{d:02d}{m:02d}{y}",
            f"{d}-{m}-{y}",
            f"{d}-{m}-'{y % 100:02d}",
            f"{d}e {MONTHS[m - 1]} {y}",
        ]
        val = self.p(r.choice(forms), "DATE_OF_BIRTH")
        if not cue:
            return val
        return r.choice(["geboren ", "geb. ", "geboortedatum ", "geboren op ", "° ", "geb.datum "]) + val

    def date(self) -> str:
        r = self.r
        d, m = r.randint(1, 28), r.randint(1, 12)
        y = r.choice([2025, 2026])
        s = r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]}"])
        return self.k(s)

    def amount(self, lo: int = 180, hi: int = 19800, v: int | None = None) -> str:
        r = self.r
        v = r.randint(lo, hi) if v is None else v
        s = f"€ {v:,}".replace(",", ".") + r.choice([",00", ",-", f",{r.randint(10, 99)}"])
        return self.k(s)


# ================================================================ sentence / line shapes
# each takes (d, ctx) and returns a string; ctx holds the cast of the document.


@shape("sent")
def s_coach_visit(d, c):
    res = c["res"]
    return (
        f"Op {d.date()} bezocht {d.k('energiecoach')} {d.full(c['coach'])} de woning van {d.titled(res)} aan de "
        f"{d.res_address(c)}."
    )


@shape("sent")
def s_coach_findings(d, c):
    m = d.r.choice(MEASURES)
    return f"{d.k('Tijdens')} de rondgang bleek de {m[1]} niet geïsoleerd; {d.k('advies')}: {m[0]}."


@shape("sent")
def s_coach_tip(d, c):
    return (
        f"{d.k('Bewoner')} {d.first(c['res'])} kreeg een {d.k('tochtstrip')} en twee {d.k('radiatorfolie')}-rollen mee."
    )


@shape("sent")
def s_meter_reading(d, c):
    return (
        f"{d.k('Verbruik')} vorig jaar: {d.r.randint(900, 2900)} m³ gas en {d.r.randint(1800, 5200)} kWh; "
        f"het {d.k('voorschot')} is nu {d.amount(90, 390)} per maand."
    )


@shape("sent")
def s_subsidy_granted(d, c):
    return (
        f"{d.k('Toekenning')}: {d.titled(c['res'])} ontvangt {d.amount()} uit het {d.k(d.r.choice(SCHEMES))} "
        f"(dossier {d.case('evs')})."
    )


@shape("sent")
def s_subsidy_recovery(d, c):
    return (
        f"Omdat de facturen ontbreken, vordert de gemeente {d.amount()} terug van {d.init_name(c['res'])}; "
        f"dit staat in de {d.k('terugvordering')} van {d.date()}."
    )


@shape("sent")
def s_payout_iban(d, c):
    return f"Het {d.k('voorschot')} wordt overgemaakt op {d.res_iban(c)} t.n.v. {d.init_name(c['res'])}."


@shape("sent")
def s_bsn_line(d, c):
    return f"{d.k('Burgerservicenummer')} van de aanvrager: {d.res_bsn(c)}."


@shape("sent")
def s_dob_inline(d, c):
    res = c["res"]
    return f"{d.full(res)} ({d.dob(cue=False, pe=c['res'])}) woont sinds {d.r.randint(1979, 2021)} in de {d.k('wijk')}."


@shape("sent")
def s_dob_cue(d, c):
    return f"De {d.k('aanvrager')}, {d.dob(pe=c['res'])}, is eigenaar-bewoner."


@shape("sent")
def s_partner(d, c):
    pa = c["partner"]
    return (
        f"{'Haar' if c['res'].gender == 'f' else 'Zijn'} {d.k('partner')} {d.full(pa)} tekent mee als {d.k('mede-eigenaar')}, geboren "
        f"{d.dob(cue=False, pe=c['partner'])}."
    )


@shape("sent")
def s_child_call(d, c):
    ch = c["child"]
    return (
        f"{d.k('Zoon')}/{d.k('dochter')} {d.first(ch)} belde namens de bewoner vanaf {d.phone(True)} omdat "
        f"{d.titled(c['res'])} slechthorend is."
    )


@shape("sent")
def s_neighbour_shade(d, c):
    nb = c["nb"]
    return (
        f"{d.k('Buurman')} {d.full(nb)} van nummer {d.r.randint(2, 90)} vindt dat de panelen hem "
        f"{d.k('verblinden')} in de {d.k('avondzon')}."
    )


@shape("sent")
def s_neighbour_reply(d, c):
    nb = c["nb"]
    return f"{d.k('Volgens')} {d.titled(nb)} staat de {d.k('warmtepomp')} te dicht op de erfgrens."


@shape("sent")
def s_neighbour_poss(d, c):
    nb = c["nb"]
    return f"{d.poss(nb)} {d.k('zienswijze')} kwam een dag te laat binnen, maar is wel meegenomen."


@shape("sent")
def s_monument(d, c):
    return (
        f"Het pand is een {d.k('rijksmonument')}; de {d.k('Erfgoedwet')} en het advies van de "
        f"{d.k('Monumentencommissie')} gelden voor de {d.k('zonnepanelen')}."
    )


@shape("sent")
def s_permit_case(d, c):
    return (
        f"De {d.k('omgevingsvergunning')} voor panelen op het achterdakvlak heeft kenmerk {d.case('omg')} en is "
        f"aangevraagd door {d.any_ref(c['res'])}."
    )


@shape("sent")
def s_heat_net(d, c):
    return (
        f"{d.k(d.r.choice(NETS))} sluit de woning aan op het {d.k('warmtenet')}; de {d.k('aansluitbijdrage')} "
        f"is {d.amount()}."
    )


@shape("sent")
def s_heat_net_case(d, c):
    return f"Aansluitdossier {d.case('wn')} staat op naam van {d.full(c['res'])}, {d.res_address(c)}."


@shape("sent")
def s_gasfree(d, c):
    return (
        f"De {d.k('wijk')} wordt volgens het {d.k('wijkuitvoeringsplan')} in {d.r.randint(2028, 2034)} "
        f"{d.k('aardgasvrij')}; {d.k('Stedin')} haalt daarna de gasaansluiting weg."
    )


@shape("sent")
def s_poverty_fund(d, c):
    return (
        f"Het {d.k('Energiearmoedefonds')} betaalt {d.amount()} aan de {d.k('energieleverancier')} van "
        f"{d.titled(c['res'])}; zaak {d.case('eaf')}."
    )


@shape("sent")
def s_quote_line(d, c):
    m = d.r.choice(MEASURES)
    return f"{d.k('Offerte')} {m[0]}: {d.amount()} incl. btw, {d.k('geldig')} tot {d.date()}."


@shape("head")
def s_contractor_sign(d, c):
    co = c["co"]
    return f"{d.full(c['ctr'])}, {d.k('werkvoorbereider')} bij {d.k(co[0])}, {d.phone()}"


@shape("sent")
def s_contractor_van(d, c):
    return (
        f"De bus van {d.k(c['co'][0])} met kenteken {d.plate()} stond twee dagen op de stoep, zegt {d.titled(c['nb'])}."
    )


@shape("sent")
def s_resident_car(d, c):
    return f"Voor de {d.k('laadpaal')} noemt {d.titled(c['res'])} het kenteken {d.plate()} van de elektrische auto."


@shape("sent")
def s_official_role(d, c):
    of = c["off"]
    dept = c["dept"]
    art = "de" if dept.startswith("afdeling") else "het"
    return f"{d.full(of)}, {d.k(c['func'])} bij {art} {d.k(dept)}, beoordeelt de aanvraag."


@shape("sent")
def s_official_mail(d, c):
    return f"Vragen kunnen naar {d.official_email(c['off'])} of via {d.k(d.kcc)}."


@shape("sent")
def s_generic_contact(d, c):
    return f"Algemene vragen: {d.k('info@' + d.dom)} of {d.k(d.kcc)} ({d.k(d.r.choice(WEEKDAYS))} tot en met vrijdag)."


@shape("sent")
def s_mediator(d, c):
    return (
        f"{d.k('Bemiddelaar')} {d.full(c['med'])} sprak eerst met {d.first(c['res'])} en daarna met "
        f"{d.titled(c['off'])}."
    )


@shape("sent")
def s_mediator_agreement(d, c):
    return (
        f"{d.k('Afspraak')}: {d.sur(c['off'])} stuurt voor {d.date()} een nieuw {d.k('besluit')}; "
        f"{d.case('vta')} blijft open tot dan."
    )


@shape("sent")
def s_vve_board(d, c):
    return (
        f"{d.k('Voorzitter')} {d.full(c['chair'])} opende de {d.k('ledenvergadering')} van de "
        f"{d.k('VvE')} om {d.r.randint(19, 20)}.{d.r.choice(['00', '15', '30'])} uur."
    )


@shape("sent")
def s_vve_vote(d, c):
    y, n = d.r.randint(11, 40), d.r.randint(1, 10)
    return (
        f"Het voorstel voor {d.k('gevelisolatie')} kreeg {y} stemmen voor en {n} tegen; "
        f"{d.titled(c['nb'])} (appartement {d.r.randint(1, 60)}) stemde tegen."
    )


@shape("sent")
def s_vve_reserve(d, c):
    return f"Het {d.k('reservefonds')} bedraagt {d.amount()}; de {d.k('kascommissie')} keurde de cijfers goed."


@shape("sent")
def s_vve_mjop(d, c):
    return f"{d.k('Penningmeester')} {d.init_name(c['treas'])} licht het {d.k('MJOP')} toe; dossier {d.case('vve')}."


@shape("sent")
def s_objection(d, c):
    return (
        f"{d.k('Ondergetekende')}, {d.full(c['res'])}, maakt {d.k('bezwaar')} tegen het besluit van "
        f"{d.date()} met kenmerk {d.case('bzw')}."
    )


@shape("sent")
def s_objection_ground(d, c):
    return (
        f"De {d.k('gronden')}: de gemeente heeft de {d.k('hardheidsclausule')} niet toegepast en het "
        f"{d.k('zorgvuldigheidsbeginsel')} geschonden."
    )


@shape("sent")
def s_hearing(d, c):
    return (
        f"De {d.k('hoorzitting')} van de {d.k('bezwaarcommissie')} is op {d.r.choice(WEEKDAYS)} {d.date()}; "
        f"{d.titled(c['res'])} neemt {d.full(c['partner'])} mee."
    )


@shape("sent")
def s_info_evening(d, c):
    return (
        f"Op de {d.k('informatieavond')} in {d.k('buurthuis')} De {d.k(d.r.choice(['Schakel', 'Kandelaar', 'Wissel', 'Brug']))}"
        f" kwamen {d.r.randint(30, 140)} bewoners."
    )


@shape("sent")
def s_info_question(d, c):
    return f"{d.full(c['nb'])} vroeg of {d.k('huurders')} ook mee moeten betalen; {d.sur(c['off'])} zegt van niet."


@shape("sent")
def s_info_speaker(d, c):
    return (
        f"{d.k('Wethouder')} {d.init_name(c['alder'])} opende de avond; {d.k('projectleider')} "
        f"{d.full(c['off'])} liet de {d.k('tijdlijn')} zien."
    )


@shape("head")
def s_email_open(d, c):
    return f"{d.r.choice(['Beste', 'Geachte', 'Hallo'])} {d.titled(c['off'])},"


@shape("sent")
def s_email_informal(d, c):
    res = c["res"]
    return f"hoi, ik heb de {d.k('offerte')} nog steeds niet gehad. groet {d.lower_first(res)}"


@shape("head")
def s_email_sig(d, c):
    res = c["res"]
    return f"{d.k('Groet')},\n{d.full(res)}\n{d.res_address(c)}\n{d.res_postcode(c)} {d.k(d.town)}\n{d.phone()}"


@shape("head")
def s_email_from(d, c):
    return f"Van: {d.full(c['res'])} <{d.email(c['res'])}>"


@shape("head")
def s_email_to_ctr(d, c):
    co = c["co"]
    return f"Aan: {d.full(c['ctr'])} <{d.email(c['ctr'], co[1])}>; cc: {d.k('energieloket@' + d.dom)}"


@shape("head")
def s_email_subject(d, c):
    return f"Onderwerp: RE: {d.k('Factuur')} {d.case('fac')} – {d.k('meerwerk')} {d.k('kruipruimte')}"


@shape("sent")
def s_invoice_dispute(d, c):
    return (
        f"{d.k('Meerwerk')} van {d.amount()} is nooit met {d.titled(c['res'])} besproken, schrijft {d.first(c['res'])}."
    )


@shape("sent")
def s_ctr_answer(d, c):
    return (
        f"{d.first(c['ctr'])} antwoordt dat de {d.k('kruipruimte')} natter was dan verwacht en dat "
        f"{d.k('bodemfolie')} nodig was."
    )


@shape("sent")
def s_phone_note(d, c):
    return (
        f"{d.k('Telefoonnotitie')} {d.r.choice(WEEKDAYS)} {d.date()}: {d.titled(c['res'])} belde vanaf "
        f"{d.phone()} over de {d.k('beschikking')}."
    )


@shape("sent")
def s_callback(d, c):
    return f"{d.k('Terugbelverzoek')} naar {d.sur(c['res'])} op {d.phone()} na 16.00 uur."


@shape("sent")
def s_handle(d, c):
    res = c["res"]
    if not res.lower_ok:
        return f"In de {d.k('buurtapp')} schreef {d.full(res)}: 'wie heeft er ook nog geen {d.k('toekenning')}?'"
    h = (
        "@"
        + ascii_fold(res.first).lower().replace(" ", "")
        + "_"
        + ascii_fold(res.surname).lower().replace(" ", "")[:6]
    )
    return f"In de {d.k('buurtapp')} schreef {d.p(h, 'PERSON')}: 'wie heeft er ook nog geen {d.k('toekenning')}?'"


@shape("head")
def s_filename(d, c):
    res = c["res"]
    s = ascii_fold(res.surname).lower().replace(" ", "-")
    if not res.lower_ok:
        s = ascii_fold(res.surname).replace(" ", "-")
    d.p(s, "PERSON")
    return f"{d.k('Bijlage')}: offerte-{s}-{d.r.randint(2025, 2026)}.pdf ({d.r.randint(120, 900)} kB)"


@shape("head")
def s_upper_header(d, c):
    res = c["res"]
    return f"{d.k('AANVRAGER')}: {d.upper(res)}, {d.p(res.first.upper(), 'PERSON')}"


@shape("sent")
def s_possessive_res(d, c):
    return f"{d.poss(c['res'])} {d.k('aanvraag')} werd eerst {d.k('buiten behandeling')} gesteld."


@shape("sent")
def s_inspection(d, c):
    return (
        f"{d.k('Controleur')} {d.full(c['insp'])} kwam op {d.date()} kijken of de {d.k('isolatie')} echt was "
        f"aangebracht."
    )


@shape("sent")
def s_grid(d, c):
    return (
        f"{d.k(d.r.choice(GRIDS))} meldt {d.k('netcongestie')}; de {d.k('omvormer')} van {d.titled(c['res'])} "
        f"schakelt op zonnige middagen af."
    )


@shape("sent")
def s_nb_phone(d, c):
    return f"{d.full(c['nb'])} is bereikbaar op {d.phone()} en woont op {d.address()}."


@shape("sent")
def s_nb_lower(d, c):
    nb = c["nb"]
    return f"ik heb al met {d.lower_first(nb)} van hiernaast gepraat maar die wil geen {d.k('steiger')} in de tuin."


@shape("sent")
def s_deadline(d, c):
    return f"De {d.k('aanvraag')} moet binnen zijn voor {d.date()}; daarna is het {d.k('subsidieplafond')} bereikt."


@shape("sent")
def s_agreement_kept(d, c):
    return (
        f"{d.sur(c['off'])} heeft de {d.k('afspraak')} nagekomen: het {d.k('herzieningsbesluit')} kwam op {d.date()}."
    )


@shape("sent")
def s_control_question(d, c):
    return (
        f"{d.k('Controlevraag')} aan {d.titled(c['res'])}: is alles besproken? Antwoord: ja, maar de "
        f"{d.k('ventilatie')} blijft een zorg."
    )


@shape("sent")
def s_tenant(d, c):
    return (
        f"{d.full(c['res'])} huurt van {d.k('woningcorporatie')} {d.k(d.r.choice(['Woonkracht', 'Thuisbaas', 'Woonstede', 'Portaalwonen']))}"
        f" en mag zelf geen panelen leggen."
    )


@shape("sent")
def s_address_only_street(d, c):
    st = c["street"]
    d.p(st, "ADDRESS")
    return f"Alle {d.k('woningen')} aan de {st} krijgen dezelfde {d.k('brief')}."


@shape("head")
def s_pc_line(d, c):
    return f"{d.res_address(c)}, {d.res_postcode(c)} {d.k(d.town)}"


@shape("sent")
def s_sibling(d, c):
    sib = c["child"]
    return f"{d.k('Mantelzorger')} {d.full(sib)} helpt bij het invullen van het {d.k('formulier')}."


@shape("sent")
def s_reminder(d, c):
    return (
        f"Op {d.date()} stuurde de gemeente een {d.k('herinnering')} naar {d.email(c['res'])}; er kwam geen "
        f"{d.k('reactie')}."
    )


@shape("sent")
def s_scaffold(d, c):
    return (
        f"Voor de {d.k('steiger')} op de stoep is een {d.k('ontheffing')} nodig; kenteken van de "
        f"{d.k('hoogwerker')}: {d.plate()}."
    )


@shape("sent")
def s_ventilation(d, c):
    return f"Na de {d.k('spouwmuurisolatie')} klaagt {d.first(c['res'])} over {d.k('condens')} op de ramen."


@shape("sent")
def s_hp_noise(d, c):
    return (
        f"De {d.k('buitenunit')} maakt volgens {d.full(c['nb'])} 's nachts {d.r.randint(38, 55)} dB(A) {d.k('geluid')}."
    )


@shape("sent")
def s_loan(d, c):
    return (
        f"De {d.k('Duurzaamheidslening')} van {d.amount()} loopt via het {d.k('Nationaal Warmtefonds')}; "
        f"{d.init_name(c['res'])} betaalt {d.r.randint(20, 160)} euro per maand."
    )


@shape("sent")
def s_income(d, c):
    return (
        f"Het {d.k('inkomen')} van het huishouden ligt onder de {d.k('inkomensgrens')}, blijkt uit de "
        f"opgave van {d.titled(c['res'])}."
    )


def _elderly(d, pe):
    if getattr(pe, "born", None) is None:
        pe.born = (d.r.randint(1936, 1958), d.r.randint(1, 12), d.r.randint(1, 28))


@shape("sent")
def s_dob_elderly(d, c):
    _elderly(d, c["res"])
    return (
        f"{d.k('AOW')}-gerechtigde {d.full(c['res'])} (geboren {d.dob(cue=False, pe=c['res'])}) woont alleen en stookt "
        f"maar één {d.k('kamer')}."
    )


@shape("sent")
def s_dob_household(d, c):
    res, ch = c["res"], c["child"]
    if getattr(res, "born", None) is None:
        res.born = (d.r.randint(1950, 1980), d.r.randint(1, 12), d.r.randint(1, 28))
    if getattr(ch, "born", None) is None:
        ch.born = (min(res.born[0] + d.r.randint(20, 36), 2007), d.r.randint(1, 12), d.r.randint(1, 28))
    return (
        f"{d.k('Huishouden')}: {d.full(c['res'])} ({d.dob(cue=False, pe=c['res'])}) en {d.full(c['child'])} "
        f"({d.dob(cue=False, pe=c['child'])})."
    )


@shape("sent")
def s_bsn_brp(d, c):
    return (
        f"Na controle in de {d.k('BRP')} (BSN {d.res_bsn(c)}) bleek {d.titled(c['res'])} op een ander adres "
        f"ingeschreven."
    )


@shape("sent")
def s_birth_age(d, c):
    _elderly(d, c["res"])
    return (
        f"{d.k('Leeftijd')} aanvrager: {2026 - c['res'].born[0]}, {d.dob(pe=c['res'])}; daarom {d.k('voorrang')} bij de "
        f"{d.k('klusbus')}."
    )


# ---------------------------------------------------------------- line shapes (forms)
@shape("line")
def l_form_name(d, c):
    return f"Naam aanvrager: {d.full(c['res'])}"


@shape("line")
def l_form_initials(d, c):
    res = c["res"]
    return f"Voorletters en achternaam: {d.init_name(res)}"


@shape("line")
def l_form_addr(d, c):
    return f"Adres: {d.res_address(c)}"


@shape("line")
def l_form_pc(d, c):
    return f"Postcode/woonplaats: {d.res_postcode(c)} {d.k(d.town.upper())}"


@shape("line")
def l_form_dob(d, c):
    return f"{d.k('Geboortedatum')}: {d.dob(cue=False, pe=c['res'])}"


@shape("line")
def l_form_bsn(d, c):
    return f"BSN: {d.res_bsn(c)}"


@shape("line")
def l_form_iban(d, c):
    return f"{d.k('Rekeningnummer')} (IBAN): {d.res_iban(c)}"


@shape("line")
def l_form_phone(d, c):
    return f"{d.k('Telefoonnummer')}: {d.phone()}"


@shape("line")
def l_form_mail(d, c):
    return f"E-mailadres: {d.email(c['res'])}"


@shape("line")
def l_form_measure(d, c):
    m = d.r.choice(MEASURES)
    return f"{d.k('Maatregel')}: {m[0]} ({d.r.randint(12, 95)} m²)"


@shape("line")
def l_form_case(d, c):
    return f"{d.k('Zaaknummer')}: {d.case()}"


@shape("line")
def l_form_status(d, c):
    return f"{d.k('Status')}: {d.k(d.r.choice(['ingediend', 'in behandeling', 'aangehouden', 'toegekend']))}"


@shape("line")
def l_form_handler(d, c):
    return f"{d.k('Behandelaar')}: {d.init_name(c['off'])} ({d.k(c['dept'])})"


@shape("line")
def l_form_sign(d, c):
    return f"{d.k('Handtekening')}: {d.init_name(c['res'])}, {d.k(d.town)}, {d.date()}"


@shape("line")
def l_quote_head(d, c):
    return f"OFFERTE {d.case('fac')} — {d.k(c['co'][0])}"


@shape("line")
def l_quote_client(d, c):
    return f"{d.k('Opdrachtgever')}: {d.titled(c['res'], short=True)}, {d.res_address(c)}"


@shape("line")
def l_quote_item(d, c):
    m = d.r.choice(MEASURES)
    a, b = d.r.randint(8, 90), d.r.randint(18, 140)
    c["sum"] = c.get("sum", 0) + a * b
    return f"- {m[0]}, {a} m² à {b} euro: {d.amount(v=a * b)}"


@shape("line")
def l_quote_vat(d, c):
    net = c.get("sum", d.r.randint(900, 9000))
    return f"{d.k('Btw')} 21%: {d.amount(v=round(net * 0.21))} — {d.k('Totaal')}: {d.amount(v=round(net * 1.21))}"


@shape("line")
def l_invoice_pay(d, c):
    return f"Graag betalen binnen {d.r.choice([14, 30])} dagen o.v.v. {d.case('fac')}."


@shape("line")
def l_minutes_present(d, c):
    return (
        f"{d.k('Aanwezig')}: {d.full(c['chair'])} ({d.k('voorzitter')}), {d.init_name(c['treas'])} "
        f"({d.k('penningmeester')}), {d.full(c['nb'])}, {d.full(c['res'])}"
    )


@shape("line")
def l_minutes_absent(d, c):
    return f"{d.k('Afwezig')} met kennisgeving: {d.full(c['partner'])}"


@shape("line")
def l_minutes_action(d, c):
    return f"{d.k('Actiepunt')} {d.r.randint(1, 12)}: {d.sur(c['chair'])} vraagt drie offertes op voor {d.date()}."


@shape("line")
def l_log_entry(d, c):
    hh, mm = d.r.randint(8, 17), d.r.randint(0, 59)
    return f"[{hh:02d}:{mm:02d}] {d.k('KCC')} — {d.full(c['res'])} vraagt naar de status van {d.case()}"


@shape("line")
def l_log_entry2(d, c):
    hh, mm = d.r.randint(8, 17), d.r.randint(0, 59)
    return f"[{hh:02d}:{mm:02d}] {d.k('doorgezet')} naar {d.init_name(c['off'])}, {d.k(c['dept'])}"


# ================================================================ document kinds
def cast(d: Doc, known_entry=None) -> dict:
    r = d.r
    c = {}
    res = d.person()
    if known_entry is not None:
        particle, surname, word, _ = known_entry
        res = Person(r.choice(ORIGINS["dutch"][0] + ORIGINS["dutch"][1]), surname, particle, "f", "dutch")
        res.gender = "f" if res.first in ORIGINS["dutch"][0] else "m"
        res.lower_ok = False
        d.used_names |= {res.first.lower(), surname.lower()}
    c["res"] = res
    c["partner"] = d.person(family=res) if r.random() < 0.7 else d.person()
    c["child"] = d.person(family=res)
    for role in ("nb", "off", "coach", "ctr", "med", "chair", "treas", "alder", "insp"):
        c[role] = d.person()
    c["street"] = d.street()
    c["co"] = r.choice(COMPANIES)
    c["dept"] = r.choice(DEPTS)
    c["func"] = r.choice(FUNCS)
    return c


SENTS = [f for k, f in SHAPES.items() if k.startswith("sent:")]


def body(d: Doc, c: dict, fixed: list, n_extra: int, sep: str = " ") -> str:
    extra = d.r.sample([f for f in SENTS if f not in fixed], n_extra)
    out = []
    for f in list(fixed) + extra:
        out.append(f(d, c))
        d.shapes.append(f.shape_id)
    return sep.join(out)


def lines(d: Doc, c: dict, fns: list) -> list[str]:
    out = []
    for f in fns:
        out.append(f(d, c))
        d.shapes.append(f.shape_id)
    return out


@shape("doc")
def application_form(d, c):
    head = d.k("AANVRAAGFORMULIER") + " " + d.k(d.r.choice(SCHEMES).upper())
    ls = lines(
        d,
        c,
        [
            l_form_name,
            l_form_addr,
            l_form_pc,
            l_form_dob,
            l_form_bsn,
            l_form_iban,
            l_form_phone,
            l_form_mail,
            l_form_measure,
            l_form_sign,
        ],
    )
    return head + "\n" + "\n".join(ls) + "\n\n" + body(d, c, [], 1)


@shape("doc")
def decision_grant(d, c):
    t = (
        f"{d.k('Gemeente')} {d.k(d.town)}\n{d.k('Onderwerp')}: {d.k('beschikking')} {d.k('subsidie')}\n\n"
        f"Geachte {d.titled(c['res'])},\n\n"
    )
    return (
        t
        + body(d, c, [s_subsidy_granted, s_payout_iban], 2)
        + "\n\n"
        + "\n".join(lines(d, c, [l_form_handler, l_form_case]))
    )


@shape("doc")
def decision_recovery(d, c):
    t = f"{d.k('TERUGVORDERING')} — {d.k(c['dept'])}\n\n"
    return (
        t
        + "\n".join(lines(d, c, [s_upper_header]))
        + "\n"
        + body(d, c, [s_subsidy_recovery, s_income], 2)
        + "\n"
        + "\n".join(lines(d, c, [l_form_bsn, l_form_iban]))
    )


@shape("doc")
def coach_report(d, c):
    t = f"{d.k('Verslag')} {d.k('huisbezoek')} {d.k('Energiecoach')}\n"
    return t + body(d, c, [s_coach_visit, s_coach_findings, s_meter_reading, s_coach_tip], 1, sep="\n")


@shape("doc")
def quotation(d, c):
    ls = lines(d, c, [l_quote_head, l_quote_client, l_quote_item, l_quote_item, l_quote_vat, l_invoice_pay])
    return "\n".join(ls) + "\n" + body(d, c, [s_contractor_sign], 1, sep="\n")


@shape("doc")
def invoice_mail(d, c):
    ls = lines(d, c, [s_email_from, s_email_to_ctr, s_email_subject])
    return (
        "\n".join(ls)
        + "\n\n"
        + body(d, c, [s_invoice_dispute, s_ctr_answer], 1)
        + "\n\n"
        + "\n".join(lines(d, c, [s_email_sig]))
    )


@shape("doc")
def vve_minutes(d, c):
    t = f"{d.k('Notulen')} {d.k('Algemene Ledenvergadering')} {d.k('VvE')} {d.k(d.r.choice(['Het Baken', 'De Meerpaal', 'Zonnehof', 'Parkzicht']))}\n"
    ls = lines(d, c, [l_minutes_present, l_minutes_absent])
    return (
        t
        + "\n".join(ls)
        + "\n"
        + body(d, c, [s_vve_board, s_vve_vote, s_vve_reserve, s_vve_mjop], 0, sep="\n")
        + "\n"
        + "\n".join(lines(d, c, [l_minutes_action]))
    )


@shape("doc")
def objection_letter(d, c):
    t = f"{d.k('Aan')} het {d.k('college')} van burgemeester en wethouders van {d.k(d.town)}\n\n"
    return (
        t
        + body(d, c, [s_objection, s_objection_ground, s_monument], 1)
        + "\n\n"
        + "\n".join(lines(d, c, [s_email_sig]))
    )


@shape("doc")
def info_evening(d, c):
    t = f"{d.k('Verslag')} {d.k('bewonersavond')} {d.k('Aardgasvrij')} {d.k(d.r.choice(['Oost', 'Noord', 'Zuidwest', 'Centrum']))}\n"
    return t + body(d, c, [s_info_evening, s_info_speaker, s_gasfree, s_info_question], 1)


@shape("doc")
def resident_mail(d, c):
    t = lines(d, c, [s_email_open])[0] + "\n\n"
    return t + body(d, c, [s_neighbour_shade, s_neighbour_reply], 2) + "\n\n" + "\n".join(lines(d, c, [s_email_sig]))


@shape("doc")
def mediator_note(d, c):
    t = f"{d.k('Notitie')} {d.k('bemiddelaar')} — {d.k('verzoek tot afstemming')} {d.case('vta')}\n"
    return t + body(d, c, [s_mediator, s_mediator_agreement, s_control_question], 2, sep="\n")


@shape("doc")
def heatnet_letter(d, c):
    t = f"{d.k('Aansluitovereenkomst')} {d.k('warmtenet')}\n{d.full(c['res'])}\n{s_pc_line(d, c)}\n\n"
    d.shapes.append(s_pc_line.shape_id)
    return t + body(d, c, [s_heat_net, s_heat_net_case], 2)


@shape("doc")
def poverty_fund(d, c):
    t = f"{d.k('Aanvraag')} {d.k('Noodfonds')} {d.k('Energie')}\n"
    ls = lines(d, c, [l_form_initials, l_form_dob, l_form_bsn, l_form_addr, l_form_phone, l_form_status])
    return t + "\n".join(ls) + "\n" + body(d, c, [s_poverty_fund, s_income], 1)


@shape("doc")
def phone_note(d, c):
    return body(d, c, [s_phone_note, s_callback, s_dob_cue], 2)


@shape("doc")
def buurtapp(d, c):
    return body(d, c, [s_handle, s_email_informal, s_nb_lower], 1, sep="\n")


@shape("doc")
def charger_request(d, c):
    t = f"{d.k('Verzoek')} openbare {d.k('laadpaal')}\n"
    return t + body(d, c, [s_resident_car, s_nb_phone], 2)


@shape("doc")
def kcc_log(d, c):
    ls = lines(d, c, [l_log_entry, l_log_entry2])
    return f"{d.k('Klantcontactlog')} {d.date()}\n" + "\n".join(ls) + "\n" + body(d, c, [], 2)


@shape("doc")
def permit_advice(d, c):
    t = f"{d.k('Advies')} {d.k('Monumentencommissie')} — {d.k(c['dept'])}\n"
    return t + body(d, c, [s_permit_case, s_monument, s_official_role], 1)


@shape("doc")
def inspection_report(d, c):
    t = f"{d.k('Steekproefcontrole')} {d.k('Isolatieregeling')}\n"
    ls = lines(d, c, [l_form_case, l_form_name, l_form_addr, l_form_measure])
    return t + "\n".join(ls) + "\n" + body(d, c, [s_inspection], 1) + "\n" + "\n".join(lines(d, c, [s_filename]))


@shape("doc")
def free_prose(d, c):
    return body(d, c, [], 5)


DOCS = [f for k, f in SHAPES.items() if k.startswith("doc:")]


def build(i: int, attempt: int) -> tuple[dict, list[str]]:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    d = Doc(r, i)
    known_entry = r.choice(KNOWN) if i % 4 == 1 else None
    c = cast(d, known_entry)
    kind = r.choice(DOCS)
    d.shapes.append(kind.shape_id)
    text = kind(d, c)
    if known_entry is not None:
        res = c["res"]
        sent = r.choice(known_entry[3])
        parts = text.split("\n")
        pos = r.randint((len(parts) + 1) // 2, len(parts))
        parts.insert(pos, sent)
        text = "\n".join(parts)
        d.k(known_entry[2])
        d.full(res)
        if res.full not in text:
            text += f"\n{d.k('Namens')} de {d.k('bewoner')}: {res.full}."
        known = {"names": [res.full]}
        local_prefixes = {ascii_fold(res.first).lower(), ascii_fold(res.first).lower()[0]}
        em = [
            it["text"]
            for it in d.pii
            if it["label"] == "EMAIL"
            and it["text"].split("@")[1] in MAILDOMS
            and any(it["text"].startswith(p) for p in local_prefixes)
        ]
        if em:
            known["emails"] = em[:1]
        d.known = known
    doc = {"id": f"fresh28b-{i:04d}", "text": text, "pii": d.pii, "keep": [k for k in d.keep if k in text]}
    if d.known:
        doc["known"] = d.known
    return doc, d.shapes


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bad BSN {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"bad IBAN {it['text']}"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= {w for w in _words(n)}
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= allowed):
            return f"keep {k!r} shares {shared} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if "known" in doc:
        kn = doc["known"]["names"][0]
        if {"text": kn, "label": "PERSON"} not in doc["pii"]:
            return "known name not in pii"
        if not any(k == k.lower() and _words(k) & _words(kn) for k in doc["keep"]):
            return "no ordinary use of the known name's word"
    return None


def generate() -> tuple[list[dict], Counter, int, Counter]:
    docs, shape_use, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            try:
                doc, shapes = build(i, attempt)
                why = gate(doc)
            except RuntimeError as e:
                why, shapes = f"build: {e}", []
            if why is None:
                break
            reasons[why.split(":")[0]] += 1
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"document {i} keeps failing: {why}")
        docs.append(doc)
        shape_use.update(set(shapes))
    return docs, shape_use, redraws, reasons


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shape_use, redraws, reasons = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh28b_texts.jsonl is up to date" if same else "fresh28b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:<14} {labels[lab]}")
        print(f"  {'total':<14} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = Counter(k.split(":")[0] for k in shape_use)
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shape_use)} ({kinds['doc']} document kinds, "
            f"{kinds['line'] + kinds['head']} line shapes, {kinds['sent']} sentence shapes)"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(
            f"redraws: {redraws}"
            + (f" ({', '.join(f'{k}: {v}' for k, v in sorted(reasons.items()))})" if reasons else "")
        )
        origins = len(ORIGINS)
        print(f"origin groups in the name material: {origins}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws: {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
