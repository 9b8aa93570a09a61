#!/usr/bin/env python3
"""fresh21b: a blind anonymizer corpus of cases that reach politics, the press or supervisors (helper F21B).

Council questions about a resident's case and the college's answers, Woo requests and decisions with document
lists, press questions and the spokesperson's answer, complaints with the National Ombudsman, motions and debate
excerpts naming a family, internal memos to the alderman. Written without reading or running the anonymizer.

Usage (from the worktree root, PYTHONPATH=.):
    make_fresh21b.py            write fresh21b_texts.jsonl
    make_fresh21b.py --check    exit 1 if the committed file differs from what would be written
    make_fresh21b.py --stats    counts per label, shapes, known-name documents, redraws
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
import names21b as NM  # noqa: E402

OUT = HERE / "fresh21b_texts.jsonl"
SEED = 202615112
N_DOCS = 300
MAX_ATTEMPTS = 60
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
    spec = importlib.util.spec_from_file_location("fresh21b_score", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()
PARTICLES = SCORE.PARTICLES

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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"

# ----------------------------------------------------------------------------------------------- structured data


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def _mod97(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and _mod97(s) == 1


def iban(r: random.Random) -> str:
    if r.random() < 0.12:
        country, bban = "BE", "".join(str(r.randrange(10)) for _ in range(12))
    else:
        country = "NL"
        bban = r.choice(["RABO", "ABNA", "INGB", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB", "RBRB"]) + "".join(
            str(r.randrange(10)) for _ in range(10)
        )
    check = 98 - _mod97(country + "00" + bban)
    raw = f"{country}{check:02d}{bban}"
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def phone(r: random.Random) -> str:
    n = "".join(str(r.randrange(10)) for _ in range(8))
    a = r.choice(["010", "020", "030", "038", "043", "050", "053", "055", "058", "070", "073", "076", "078"])
    m = "".join(str(r.randrange(10)) for _ in range(7))
    return r.choice(
        [
            f"06-{n}",
            f"06 {n[:4]} {n[4:]}",
            f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"(06) {n}",
            f"{a}-{m}",
            f"{a} {m[:3]} {m[3:5]} {m[5:]}",
            f"+31 (0){a[1:]} {m}",
            f"0031 6 {n}",
            f"06.{n[:2]}.{n[2:5]}.{n[5:]}",
        ]
    )


def postcode(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{r.randrange(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"


def plate(r: random.Random) -> str:
    L = lambda k: "".join(r.choice(PLATE_LETTERS) for _ in range(k))  # noqa: E731
    D = lambda k: "".join(str(r.randrange(10)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )


def casenr(r: random.Random, kind: str) -> str:
    y = r.choice([2024, 2025, 2026])
    D = lambda k: "".join(str(r.randrange(10)) for _ in range(k))  # noqa: E731
    return {
        "zaak": r.choice([f"Z{y % 100}-{D(6)}", f"ZK/{y}/{D(5)}", f"Z.{y}.{D(4)}.{D(2)}"]),
        "woo": r.choice([f"WOO-{y}-{D(4)}", f"Woo {y}/{D(3)}", f"OO.{y % 100}.{D(5)}"]),
        "klacht": r.choice([f"KL/{y}/{D(5)}", f"KLA-{D(4)}-{y % 100}", f"K{y}.{D(4)}"]),
        "ombud": r.choice([f"OMB {y % 100}.{D(5)}", f"NO/{y}/{D(6)}", f"{y}-OB-{D(4)}"]),
        "dossier": r.choice([f"SD{D(6)}/{y % 100}", f"DOS-{y}-{D(5)}", f"WI {D(3)} {D(4)}"]),
        "bezwaar": r.choice([f"BZW {y} {D(4)}", f"BZ{y % 100}-{D(4)}-W", f"B&B/{y}/{D(4)}"]),
        "hh": r.choice([f"HH.{y % 100}.{D(4)}.K", f"VTH-{y}-{D(5)}", f"HHD {D(5)}/{y % 100}"]),
    }[kind]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, particle: str, base: str, gender: str, origin: str):
        self.first, self.particle, self.base, self.gender, self.origin = first, particle, base, gender, origin
        self.full = " ".join(x for x in (first, particle, base) if x)
        self.bare = (particle[0].upper() + particle[1:] + " " + base) if particle else base
        self.low = ascii_fold((particle + base).replace(" ", "").replace("'", "").replace("-", "")).lower()
        self.known = False

    @property
    def f(self) -> bool:
        return self.gender == "f"

    def poss(self) -> str:
        b = self.bare
        if b[-1] in "sxz":
            return b + "'"
        if b[-1] in "aiouy":
            return b + "'s"
        return b + "s"


# ----------------------------------------------------------------------------------------------- the document


class Doc:
    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.shapes: list[str] = []
        self.used_names: set[str] = set()
        self.city = r.choice(NM.CITIES)
        self.dom = self.city.lower().replace(" ", "") + ".nl"
        self.kcc = f"14 0{r.randrange(10, 99)}"
        self.year = r.choice([2025, 2026])
        self.known_p: Person | None = None
        self.extra_known: dict = {}

    # --- shapes
    def pick(self, group: str, *a):
        k = self.r.randrange(len(T[group]))
        self.shapes.append(f"{group}.{k}")
        return T[group][k](self, *a)

    def picks(self, group: str, n: int, *a) -> list:
        out = []
        for k in self.r.sample(range(len(T[group])), n):
            self.shapes.append(f"{group}.{k}")
            out.append(T[group][k](self, *a))
        return out

    def one(self, group: str, k: int, *a):
        self.shapes.append(f"{group}.{k}")
        return T[group][k](self, *a)

    # --- pii
    def add(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def person(self, origin: str | None = None, gender: str | None = None, family: Person | None = None) -> Person:
        r = self.r
        for _ in range(50):
            o = family.origin if family else (origin or r.choice(list(NM.ORIGINS)))
            males, females, a, b = NM.ORIGINS[o]
            g = gender or r.choice("mf")
            first = r.choice(females if g == "f" else males)
            if family:
                particle, base = family.particle, family.base
            else:
                part2 = r.choice(b)
                if "|" in part2:
                    part2 = part2.split("|")[0 if g == "m" else 1]
                base = r.choice(a) + part2
                particle = r.choice(NM.DUTCH_PARTICLES) if o == "nederlands" and r.random() < 0.75 else ""
            if first in self.used_names or (not family and base in self.used_names):
                continue
            self.used_names.update({first, base})
            return Person(first, particle, base, g, o)
        raise RuntimeError("no fresh name")

    def known_person(self) -> Person:
        r = self.r
        if r.random() < 0.15:
            first, word, sent = r.choice(NM.KNOWN_FIRST)
            o = r.choice(list(NM.ORIGINS))
            base = r.choice(NM.ORIGINS[o][2]) + r.choice(NM.ORIGINS[o][3]).split("|")[-1]
            p = Person(first, "", base, "f", o)
        else:
            sur, word, sent = r.choice(NM.KNOWN)
            particle, base = sur.rsplit(" ", 1) if " " in sur else ("", sur)
            g = r.choice("mf")
            o = r.choice(["nederlands", "nederlands", "fries", "creools", "moluks", "indonesisch"])
            first = r.choice(NM.ORIGINS[o][1 if g == "f" else 0])
            p = Person(first, particle, base, g, o)
        p.known = True
        p.word, p.sent = word, sent
        self.used_names.update({p.first, p.base})
        self.known_p = p
        return p

    def full(self, p: Person) -> str:
        return self.add(p.full, "PERSON")

    def bare(self, p: Person) -> str:
        return self.add(p.bare, "PERSON")

    def first(self, p: Person) -> str:
        return self.add(p.first, "PERSON")

    def ini(self, p: Person) -> str:
        if not hasattr(p, "i2"):
            p.i2 = self.r.choice(["", "", "A.", "M.", "J.", "H."])
        s = f"{p.first[0]}.{p.i2} " + (f"{p.particle} {p.base}" if p.particle else p.base)
        return self.add(s, "PERSON")

    def upper(self, p: Person) -> str:
        return self.add(p.bare.upper(), "PERSON")

    def poss(self, p: Person) -> str:
        return self.add(p.poss(), "PERSON")

    def low(self, p: Person) -> str:
        if p.known:
            return self.add(p.bare, "PERSON")
        return self.add(p.low, "PERSON")

    def title(self, p: Person, cap: bool = False) -> str:
        t = self.r.choice(["mevrouw", "mevrouw", "mevr.", "mw."] if p.f else ["de heer", "de heer", "dhr.", "meneer"])
        return t[0].upper() + t[1:] if cap else t

    def sal(self, p: Person, cap: bool = False) -> str:
        return f"{self.title(p, cap)} {self.bare(p)}"

    def email(self, p: Person, domain: str | None = None) -> str:
        fold = ascii_fold(p.first).lower()
        if domain:
            local = self.r.choice([f"{fold[0]}.{p.low}", f"{fold}.{p.low}", f"{fold[0]}{p.low}"])
        else:
            domain = self.r.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "live.nl",
                    "proton.me",
                    "icloud.com",
                    "xs4all.nl",
                    "planet.nl",
                ]
            )
            local = self.r.choice(
                [
                    f"{fold}.{p.low}",
                    f"{fold}{p.low}{self.r.randrange(10, 99)}",
                    f"{p.low}.{fold[0]}",
                    f"{fold}_{p.low}",
                    f"fam.{p.low}",
                ]
            )
        e = self.add(f"{local}@{domain}", "EMAIL")
        if p.known:
            self.extra_known.setdefault("emails", []).append(e)
        return e

    def phone(self, p: Person | None = None) -> str:
        t = self.add(phone(self.r), "PHONE")
        if p is not None and p.known:
            self.extra_known.setdefault("phones", []).append(t)
        return t

    def street(self) -> str:
        return self.r.choice(NM.STREET_A) + self.r.choice(NM.STREET_B)

    def address(self) -> str:
        n = f"{self.r.randrange(1, 240)}{self.r.choice(['', '', '', 'a', 'b', '-2', '-B', ' A', '-hs'])}"
        return self.add(f"{self.street()} {n}", "ADDRESS")

    def pc(self) -> str:
        return self.add(postcode(self.r), "POSTCODE")

    def bsn(self) -> str:
        b = bsn(self.r)
        b = self.r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
        return self.add(b, "BSN")

    def iban(self) -> str:
        return self.add(iban(self.r), "IBAN")

    def plate(self) -> str:
        return self.add(plate(self.r), "LICENSE_PLATE")

    def case(self, kind: str) -> str:
        return self.add(casenr(self.r, kind), "CASE_NUMBER")

    def dob(self, p: Person) -> str:
        return self.pick("dob", p)

    # --- ordinary data (kept)
    def date(self, past: bool = True) -> str:
        m = self.r.randrange(12)
        return f"«{self.r.randrange(1, 29)} {MONTHS[m]} {self.year - (1 if past and m > 8 else 0)}»"

    def meeting(self) -> str:
        return f"«{self.r.choice(WEEKDAYS)}» {self.date(False)}"

    def party(self) -> str:
        return f"«{self.r.choice(NM.PARTIES)}»"

    def official(self, p: Person | None = None) -> tuple[Person, str]:
        p = p or self.person()
        fn = self.r.choice(NM.FUNCTIONS)
        dep = self.r.choice(NM.DEPARTMENTS)
        return p, f"«{fn}» bij de afdeling «{dep}»"


def _dobparts(d: Doc, p: Person):
    r = d.r
    years = (2006, 2020) if getattr(p, "child", False) else (1938, 1996)
    return r.randrange(1, 29), r.randrange(1, 13), r.randrange(*years)


def _dob(fmt):
    def f(d: Doc, p: Person) -> str:
        day, mon, yr = _dobparts(d, p)
        text, shown = fmt(day, mon, yr)
        d.add(text, "DATE_OF_BIRTH")
        return shown.replace("@", text)

    return f


# ----------------------------------------------------------------------------------------------- shape tables

T: dict[str, list] = {}

T["dob"] = [
    _dob(lambda a, m, y: (f"{a} {MONTHS[m - 1]} {y}", "geboren op @")),
    _dob(lambda a, m, y: (f"{a:02d}-{m:02d}-{y}", "geb. @")),
    _dob(lambda a, m, y: (f"{a:02d}/{m:02d}/{y}", "geboortedatum @")),
    _dob(lambda a, m, y: (f"{a:02d}.{m:02d}.{y}", "(°@)")),
    _dob(lambda a, m, y: (f"{y}-{m:02d}-{a:02d}", "(@)")),
    _dob(lambda a, m, y: (f"{a} {MON3[m - 1]}. {y}", "geb. @")),
    _dob(lambda a, m, y: (f"{a:02d}-{m:02d}-'{y % 100:02d}", "(*@)")),
    _dob(lambda a, m, y: (f"{a} {MONTHS[m - 1]} {y}", "die op @ werd geboren")),
    _dob(lambda a, m, y: (f"{a:02d}{m:02d}{y}", "geb.datum @")),
    _dob(lambda a, m, y: (f"{a}-{MON3[m - 1]}-{y}", "@")),
    _dob(lambda a, m, y: (f"{a}e van {MONTHS[m - 1]} {y}", "geboren de @")),
]


# --- address blocks (resident)
def _addr0(d, p):
    return f"{d.sal(p, True)}\n{d.address()}\n{d.pc()}  «{d.city.upper()}»"


def _addr1(d, p):
    return f"{d.title(p, True)} {d.ini(p)}, {d.address()}, {d.pc()} «{d.city}»"


def _addr2(d, p):
    return f"Aan: {d.full(p)}\nAdres: {d.address()} te «{d.city}» (postcode {d.pc()})"


def _addr3(d, p):
    return f"T.a.v. {d.title(p)} {d.upper(p)}\n{d.address()}\n{d.pc()} «{d.city}»"


def _addr4(d, p):
    return f"{d.full(p)} | {d.address()} | {d.pc()} «{d.city}» | {d.phone(p)}"


T["addr"] = [_addr0, _addr1, _addr2, _addr3, _addr4]

# --- contact sentences (resident)
T["contact"] = [
    lambda d, p: f"{d.first(p) if not p.known else d.bare(p)} is te bereiken op {d.phone(p)} of via {d.email(p)}.",
    lambda d, p: f"Telefoon: {d.phone(p)} — e-mail: {d.email(p)}",
    lambda d, p: f"«Contactgegevens» indiener: {d.email(p)}, tel. {d.phone(p)}.",
    lambda d, p: (
        f"U kunt {d.sal(p)} terugbellen via {d.phone(p)}; zij heeft liever «WhatsApp»."
        if p.f
        else f"U kunt {d.sal(p)} terugbellen via {d.phone(p)}; hij heeft liever «WhatsApp»."
    ),
    lambda d, p: f"(reactie graag naar {d.email(p)}, niet naar het «postadres»)",
    lambda d, p: f"Bereikbaar na 17.00 uur op {d.phone(p)}.",
]


# --- signature blocks (officials)
def _sig0(d, p, role):
    return f"Met vriendelijke groet,\n\n{d.full(p)}\n{role}\n«Gemeente» «{d.city}»"


def _sig1(d, p, role):
    return f"Hoogachtend,\nnamens het college van burgemeester en wethouders,\n{d.ini(p)}, {role}"


def _sig2(d, p, role):
    return f"— {d.full(p)} ({role}), {d.email(p, d.dom)}"


def _sig3(d, p, role):
    return f"Groet, {d.first(p)}\n\n{d.full(p)} | {role} | T {d.phone()} | {d.email(p, d.dom)}"


def _sig4(d, p, role):
    return f"Behandeld door: {d.ini(p)} ({role})\nAlgemeen nummer: «{d.kcc}» of «info@{d.dom}»"


def _sig5(d, p, role):
    return f"Namens deze,\n{d.upper(p)}\n{role}"


T["sign"] = [_sig0, _sig1, _sig2, _sig3, _sig4, _sig5]

# --- reference lines
T["ref"] = [
    lambda d, k: f"Ons kenmerk: {d.case(k)}",
    lambda d, k: f"Zaaknummer {d.case(k)} (vermeld dit bij «correspondentie»)",
    lambda d, k: f"Kenmerk: {d.case(k)} | Datum: {d.date()}",
    lambda d, k: f"Uw kenmerk: - / ons dossier {d.case(k)}",
    lambda d, k: f"[{d.case(k)}]",
]


# --- family sentences
def _fam0(d, p, kin):
    return f"Het gezin {d.bare(p)} bestaat uit {d.title(p)} {d.bare(p)}, {d.first(kin[0])} en de kinderen {d.first(kin[1])} en {d.first(kin[2])}."


def _fam1(d, p, kin):
    return f"{d.poss(p)} partner {d.full(kin[0])} staat als «medebewoner» ingeschreven; zoon {d.first(kin[1])} ({d.r.randrange(9, 17)}) gaat naar het «voortgezet onderwijs»."


def _fam2(d, p, kin):
    return f"Ook {d.full(kin[2])}, de «dochter» van {d.sal(p)}, woont op het adres."


def _fam3(d, p, kin):
    return f"De familie {d.bare(p)} ({d.first(kin[0])}, {d.first(kin[1])} en {d.first(kin[2])}) wacht al {d.r.randrange(4, 30)} maanden."


def _fam4(d, p, kin):
    return f"{'Partner' if p.f else 'Echtgenote'} {d.full(kin[0])}, {d.dob(kin[0])}, treedt op als «gemachtigde»."


T["family"] = [_fam0, _fam1, _fam2, _fam3, _fam4]


# --- topics: the resident's case; returns (short phrase, fact sentences)
def _top_urg(d, p, kin):
    return (
        "de geweigerde «urgentieverklaring»",
        f"{d.sal(p, True)} en {'haar' if p.f else 'zijn'} kinderen verblijven sinds {d.date()} in de «noodopvang» nadat de «urgentiecommissie» een «urgentieverklaring» weigerde. De «woningcorporatie» heeft het huurcontract voor {d.address()} ontbonden.",
    )


def _top_bijst(d, p, kin):
    amt = f"€ {d.r.randrange(1200, 19000):,}".replace(",", ".") + f",{d.r.randrange(10, 99)}"
    return (
        "de «terugvordering» van «bijstand»",
        f"Op grond van de «Participatiewet» vordert de gemeente «{amt}» terug van {d.full(p)} (BSN {d.bsn()}). De maandelijkse inhouding loopt via rekening {d.iban()}.",
    )


def _top_wmo(d, p, kin):
    return (
        "de afgewezen «traplift»",
        f"De aanvraag van {d.full(p)}, {d.dob(p)}, voor een «traplift» als «maatwerkvoorziening» onder de «Wmo 2015» is afgewezen na een «keukentafelgesprek».",
    )


def _top_jeugd(d, p, kin):
    return (
        "de «wachtlijst» voor «jeugdhulp»",
        f"{d.first(kin[1])}, de zoon van {d.sal(p)}, staat sinds {d.date()} op een «wachtlijst» voor specialistische «jeugdhulp» op grond van de «Jeugdwet». Het «wijkteam» heeft geen overbruggingszorg geregeld.",
    )


def _top_park(d, p, kin):
    return (
        "de «naheffingsaanslag» ondanks een «gehandicaptenparkeerkaart»",
        f"Op de auto met kenteken {d.plate()} van {d.full(p)} kwam een «naheffingsaanslag», terwijl de «gehandicaptenparkeerkaart» zichtbaar achter de voorruit lag.",
    )


def _top_hh(d, p, kin):
    return (
        "de «last onder dwangsom» voor een «dakkapel»",
        f"Team «Handhaving» legde {d.sal(p)} op {d.date()} een «last onder dwangsom» op voor een «dakkapel» aan {d.address()}; volgens {d.first(p) if not p.known else d.bare(p)} was die vergunningvrij onder de «Omgevingswet».",
    )


def _top_schuld(d, p, kin):
    return (
        "de stopgezette «schuldhulpverlening»",
        f"De «schuldhulpverlening» voor {d.full(p)} (BSN {d.bsn()}, {d.dob(p)}) werd beëindigd omdat één «maandoverzicht» ontbrak, waarna de «beslaglegging» op {d.iban()} hervat werd.",
    )


def _top_herstel(d, p, kin):
    return (
        "de «kwijtschelding» voor een «gedupeerde» ouder",
        f"{d.sal(p, True)} is erkend «gedupeerde» van de «kinderopvangtoeslagaffaire», maar de gemeentelijke «kwijtschelding» van {'haar' if p.f else 'zijn'} schulden is na {d.r.randrange(8, 26)} maanden nog niet uitgevoerd.",
    )


def _top_vervoer(d, p, kin):
    return (
        "het geweigerde «leerlingenvervoer»",
        f"Dochter {d.full(kin[2])} ({d.dob(kin[2])}) heeft volgens haar «schooladvies» recht op «aangepast vervoer», maar de «taxibus» werd per {d.date(False)} geschrapt.",
    )


def _top_buren(d, p, kin):
    nb = d.person()
    return (
        "de aanhoudende «burenruzie»",
        f"Tussen {d.full(p)} en buurman {d.full(nb)} van {d.address()} loopt een «burenruzie» die de «wijkagent» en «buurtbemiddeling» niet konden oplossen. {d.bare(nb)} noemt de «klachten» overdreven.",
    )


def _top_inburg(d, p, kin):
    return (
        "de «boete» in het kader van de «inburgeringsplicht»",
        f"{d.full(p)}, geboren in «{d.r.choice(NM.BIRTHPLACES)}», kreeg een «boete» wegens de «inburgeringsplicht», hoewel {'zij' if p.f else 'hij'} een «taalschakeltraject» volgde bij het «ROC».",
    )


def _top_graf(d, p, kin):
    return (
        "de «ruiming» van een familiegraf",
        f"Het graf van {d.full(kin[0])}, wijlen {'echtgenoot' if p.f else 'echtgenote'} van {d.sal(p)}, werd geruimd zonder bericht, hoewel de «grafrechten» tot 2031 waren betaald.",
    )


T["topic"] = [
    _top_urg,
    _top_bijst,
    _top_wmo,
    _top_jeugd,
    _top_park,
    _top_hh,
    _top_schuld,
    _top_herstel,
    _top_vervoer,
    _top_buren,
    _top_inburg,
    _top_graf,
]


# --- council questions
T["question"] = [
    lambda d, ph: f"Is het college bekend met {ph}? Zo ja, sinds wanneer?",
    lambda d, ph: f"Deelt het college onze mening dat {ph} in strijd is met de «menselijke maat»?",
    lambda d, ph: (
        "Hoeveel inwoners verkeren in een vergelijkbare situatie, en hoe vaak is de «hardheidsclausule» toegepast?"
    ),
    lambda d, ph: (
        f"Wil het college {ph} heroverwegen en de «commissie {d.r.choice(['Sociaal Domein', 'Bestuur en Middelen', 'Ruimte'])}» hierover informeren vóór de «begrotingsbehandeling»?"
    ),
    lambda d, ph: "Welke «termijnen» uit de «Algemene wet bestuursrecht» zijn in deze zaak overschreden?",
    lambda d, ph: f"Kan de wethouder toezeggen dat {ph} binnen «zes weken» wordt opgelost?",
]

T["answer"] = [
    lambda d, ph: f"Ja. Het college is sinds {d.date()} op de hoogte via het «Klantcontactcentrum».",
    lambda d, ph: "Nee. Het college heeft zorgvuldig gehandeld en de «beslistermijn» niet overschreden.",
    lambda d, ph: (
        f"Op grond van de «privacywetgeving» kunnen wij niet ingaan op individuele zaken; wel is {ph} opnieuw bekeken."
    ),
    lambda d, ph: (
        f"Er zijn in {d.year - 1} {d.r.randrange(3, 60)} vergelijkbare situaties geweest; de «hardheidsclausule» is {d.r.randrange(1, 9)} keer toegepast."
    ),
    lambda d, ph: "Wij zullen de raad via een «raadsinformatiebrief» informeren.",
]


# --- press
T["pressq"] = [
    lambda d, ph: f"Klopt het dat {ph} al maanden speelt?",
    lambda d, ph: "Waarom heeft de gemeente niet gereageerd op de «ingebrekestelling»?",
    lambda d, ph: "Welke wethouder is hiervoor verantwoordelijk, en wil die een «interview» geven?",
    lambda d, ph: f"Wanneer verwacht u een beslissing over {ph}? Mijn «deadline» is vanavond 18.00 uur.",
]
T["pressa"] = [
    lambda d, ph: "Wij doen geen uitspraken over individuele inwoners, maar herkennen het beeld niet.",
    lambda d, ph: f"De gemeente heeft {ph} opnieuw beoordeeld en neemt binnen «vier weken» een besluit.",
    lambda d, ph: "De wethouder is deze week met «werkbezoek» en niet beschikbaar voor een «interview».",
    lambda d, ph: f"Inwoners met vragen kunnen terecht bij «{d.kcc}» of «info@{d.dom}».",
]


# --- Woo inventory lines
def _inv0(d, n, p, o):
    return f"{n}. {d.date()} – «e-mail» van {d.ini(p)} aan {d.ini(o)} – «deels openbaar» (5.1 lid 2 sub e)"


def _inv1(d, n, p, o):
    return f"{n:03d} | «gespreksverslag» {d.low(p)}-{d.date().replace('«', '').replace('»', '').replace(' ', '')}.pdf | «niet openbaar» | 5.2"


def _inv2(d, n, p, o):
    return f"Document {n}: «brief» aan {d.sal(p)}, {d.address()} – «openbaar» na «lakken»"


def _inv3(d, n, p, o):
    return f"[{n}] «Memo» {d.full(o)} aan wethouder, inzake {d.poss(p)} dossier – «deels openbaar»"


def _inv4(d, n, p, o):
    return (
        f"#{n} «WhatsApp-bericht» {d.first(o)} → {d.first(p) if not p.known else d.bare(p)} ({d.date()}) – «geweigerd»"
    )


T["inv"] = [_inv0, _inv1, _inv2, _inv3, _inv4]


# --- ombudsman sentences
T["ombud"] = [
    lambda d, p, ph: f"De «Nationale ombudsman» heeft een «klacht» ontvangen van {d.sal(p)} over {ph}.",
    lambda d, p, ph: (
        f"{d.sal(p, True)} klaagt erover dat de gemeente niet heeft gereageerd op {'haar' if p.f else 'zijn'} «klachtbrief» van {d.date()}."
    ),
    lambda d, p, ph: "Wij vragen u binnen «drie weken» te reageren en ons het volledige «klachtdossier» toe te sturen.",
    lambda d, p, ph: (
        f"De ombudsman oordeelt dat de gedraging «{d.r.choice(['gegrond', 'deels gegrond', 'niet behoorlijk'])}» is en beveelt een «excuusbrief» aan."
    ),
]


# --- debate speaker lines
def _deb0(d, m, party, p):
    return f"De VOORZITTER: Het woord is aan {d.title(m)} {d.bare(m)}.\n\n{d.title(m, True)} {d.upper(m)} ({party}): Voorzitter. Ik wil het hebben over de familie {d.bare(p)}."


def _deb1(d, m, party, p):
    return f"{d.upper(m)} ({party}):\nDank u, voorzitter. Wat de familie {d.bare(p)} is overkomen, mag nooit meer gebeuren."


def _deb2(d, m, party, p):
    return f"Interruptie van {d.full(m)} ({party}): Is de wethouder bereid met {d.sal(p)} in gesprek te gaan?"


def _deb3(d, m, party, p):
    return f"[{d.r.randrange(19, 23)}.{d.r.randrange(10, 59)} uur] {d.bare(m)} ({party}) diende namens de fractie een «amendement» in; het verslag noemt {d.full(p)}."


T["debate"] = [_deb0, _deb1, _deb2, _deb3]


# --- memo headers
def _memo0(d, w, a, k):
    return (
        f"MEMO\nAan: wethouder {d.full(w)}\nVan: {d.full(a)}\nDatum: {d.date()}\nKenmerk: {d.case(k)}\n«Vertrouwelijk»"
    )


def _memo1(d, w, a, k):
    return f"Interne notitie voor wethouder {d.bare(w)} (portefeuille «{d.r.choice(['Wonen', 'Zorg', 'Werk en Inkomen', 'Handhaving'])}»)\nOpsteller: {d.ini(a)}\nZaak {d.case(k)}"


def _memo2(d, w, a, k):
    return f"Notitie t.b.v. «portefeuilleoverleg» {d.meeting()}\nAan {d.first(w)} {d.bare(w)} | van {d.email(a, d.dom)} | {d.case(k)}"


T["memo"] = [_memo0, _memo1, _memo2]


# ----------------------------------------------------------------------------------------------- document kinds


def _setup(d: Doc, known: bool):
    p = d.known_person() if known else d.person()
    kin = [
        d.person(family=p, gender=("m" if p.f else "f")),
        d.person(family=p, gender="m"),
        d.person(family=p, gender="f"),
    ]
    kin[1].child = kin[2].child = True
    phrase, facts = d.pick("topic", p, kin)
    if known:
        facts += f" {p.sent} Dat bevestigt ook {d.full(p)}."
    return p, kin, phrase, facts


def _known_mention(d: Doc, p: Person) -> str:
    if not p.known:
        return ""
    return f" {d.sal(p, True)} wil dat {d.full(p)} als naam uit de «stukken» wordt gehaald."


def k_raadsvragen(d, known):
    p, kin, ph, facts = _setup(d, known)
    m = d.person()
    party = d.party()
    qs = d.picks("question", 3, ph)
    body = "\n".join(f"{i + 1}. {q}" for i, q in enumerate(qs))
    fam = d.pick("family", p, kin)
    return (
        f"«Schriftelijke vragen» ex artikel 42 «Reglement van orde» — {d.meeting()}\n"
        f"Indiener: {d.full(m)} ({party})\n\n"
        f"{facts} {fam}{_known_mention(d, p)}\n\nDe fractie stelt het college de volgende vragen:\n{body}\n\n"
        f"{d.full(m)}, «fractievoorzitter» {party}\n{d.email(m, d.dom)}"
    )


def k_collegeantwoord(d, known):
    p, kin, ph, facts = _setup(d, known)
    m = d.person()
    party = d.party()
    off, role = d.official()
    ref = d.pick("ref", "zaak")
    qa = []
    for n, (q, a) in enumerate(zip(d.picks("question", 2, ph), d.picks("answer", 2, ph), strict=False)):
        qa.append(f"Vraag {n + 1}\n{q}\nAntwoord {n + 1}\n{a}")
    return (
        f"«Beantwoording» schriftelijke vragen van het raadslid {d.sal(m)} ({party}) over {ph}\n{ref}\n\n"
        f"Aanleiding\n{facts}\n\n" + "\n\n".join(qa) + "\n\n" + d.pick("sign", off, role)
    )


def k_woo_verzoek(d, known):
    p, kin, ph, facts = _setup(d, known)
    off, role = d.official()
    return (
        d.pick("addr", p) + f"\n\nAan het college van burgemeester en wethouders van «{d.city}»\n"
        f"Betreft: «Woo-verzoek» over {ph}\n\n«Geacht» college,\n\n"
        f"Op grond van de «Wet open overheid» verzoek ik om alle «documenten» over mijn zaak sinds {d.date()}, "
        f"waaronder de e-mails van {d.full(off)} ({role}). {facts}\n\n"
        + d.pick("contact", p)
        + f"\n\n{d.full(p)}\n{d.pick('dob', p)}"
    )


def k_woo_besluit(d, known):
    p, kin, ph, facts = _setup(d, known)
    off, role = d.official()
    ref = d.pick("ref", "woo")
    inv = "\n".join(d.pick("inv", n + 1, p, off) for n in range(3))
    return (
        d.pick("addr", p) + f"\n\n{ref}\nOnderwerp: «besluit» op uw «Woo-verzoek»\n\n"
        f"Op {d.date()} ontvingen wij uw verzoek op grond van de «Wet open overheid» over {ph}. "
        f"U schreef daarbij het volgende. {facts}\n\n"
        f"Wij maken de documenten deels openbaar. Persoonsgegevens van derden zijn gelakt met een beroep op "
        f"artikel «5.1», tweede lid, onder e.\n\n«Inventarislijst»\n{inv}\n\n"
        f"Tegen dit besluit kunt u binnen «zes weken» «bezwaar» maken.\n\n" + d.pick("sign", off, role)
    )


def k_persvraag(d, known):
    p, kin, ph, facts = _setup(d, known)
    j = d.person()
    outlet, odom = d.r.choice(
        [
            ("De Stentor", "destentor.nl"),
            ("Dagblad van het Noorden", "dvhn.nl"),
            ("Omroep Brabant", "omroepbrabant.nl"),
            ("Het Parool", "parool.nl"),
            ("L1 Nieuws", "l1.nl"),
            ("Leeuwarder Courant", "lc.nl"),
            ("Noordhollands Dagblad", "nhd.nl"),
            ("RTV Oost", "rtvoost.nl"),
        ]
    )
    handle = d.add(
        ascii_fold(j.first) + ascii_fold(j.bare.replace(" ", "").replace("'", "")) + d.r.choice(["", "_nws", "Pers"]),
        "PERSON",
    )
    qs = "\n".join(f"- {q}" for q in d.picks("pressq", 3, ph))
    return (
        f"Van: {d.full(j)} <{d.email(j, odom)}>\n"
        f"Aan: «persvoorlichting@{d.dom}»\nOnderwerp: «persvraag» over {d.poss(p)} zaak\n\n"
        f"Goedemiddag,\n\nIk werk voor «{outlet}» aan een stuk over {ph}. {facts} "
        f"{d.sal(p, True)} heeft ons daar zelf over benaderd.\n\n{qs}\n\n"
        f"Met groet,\n{d.first(j)}\n(X: @{handle}, {d.phone()})"
    )


def k_woordvoerder(d, known):
    p, kin, ph, facts = _setup(d, known)
    j = d.person()
    s, role = d.official()
    ans = " ".join(d.picks("pressa", 2, ph))
    return (
        f"Beste {d.first(j)},\n\nDank voor je vragen over {ph}. Hieronder de reactie van de gemeente, "
        f'die je mag citeren als afkomstig van «woordvoerder» {d.full(s)}:\n\n"{ans}"\n\n'
        f"Achtergrond, niet voor publicatie: {facts}\n\n" + d.pick("sign", s, "«woordvoerder» van de «gemeente»")
    )


def k_ombud_door(d, known):
    p, kin, ph, facts = _setup(d, known)
    k = d.person()
    ref = d.pick("ref", "klacht")
    return (
        f"Aan: de «Nationale ombudsman», Postbus 93122, 2509 AC Den Haag\n{ref}\n"
        f"Betreft: doorzending «klacht» van {d.full(p)}\n\n"
        f"Hierbij zenden wij u de klacht van {d.sal(p)}, {d.address()}, {d.pc()} «{d.city}», "
        f"{d.dob(p)}, door. Onze «klachtencoördinator» {d.full(k)} heeft de interne «klachtprocedure» op {d.date()} afgesloten. "
        f"{facts}\n\n{d.pick('contact', p)}\n\n" + d.pick("sign", k, "«klachtencoördinator»")
    )


def k_ombud_brief(d, known):
    p, kin, ph, facts = _setup(d, known)
    o = d.person()
    ref = d.pick("ref", "ombud")
    s1, s2 = d.picks("ombud", 2, p, ph)
    return (
        f"«Nationale ombudsman»\nAan het college van burgemeester en wethouders van «{d.city}»\n{ref}\n\n"
        f"«Geacht» college,\n\n{s1} {facts} {s2}\n\n«Onderzoeker» {d.full(o)} is bereikbaar via {d.phone()}."
        f"\n\nVerzoeker: {d.ini(p)}, {d.pick('dob', p)}"
    )


def k_motie(d, known):
    p, kin, ph, facts = _setup(d, known)
    ms = [d.person(), d.person()]
    parties = [d.party(), d.party()]
    fam = d.pick("family", p, kin)
    return (
        f"«MOTIE» vreemd aan de orde van de dag\n\nDe «gemeenteraad» van «{d.city}», in vergadering bijeen op {d.meeting()},\n\n"
        f"constaterende dat:\n{facts}\n\noverwegende dat:\n{fam}\n\n"
        f"verzoekt het college {ph} binnen «één maand» op te lossen,\n\nen gaat over tot de orde van de dag.\n\n"
        f"{d.full(ms[0])} ({parties[0]})\n{d.full(ms[1])} ({parties[1]})"
    )


def k_debat(d, known):
    p, kin, ph, facts = _setup(d, known)
    m = d.person()
    w = d.person()
    party = d.party()
    line = d.pick("debate", m, party, p)
    return (
        f"«Verslag» «raadsvergadering» {d.meeting()}, agendapunt {d.r.randrange(4, 18)}: {ph}\n\n{line} {facts}\n\n"
        f"Wethouder {d.upper(w)}: Voorzitter, ik kan niet ingaan op de persoonlijke situatie van {d.sal(p)}, "
        f"maar ik zeg toe dat de «commissie» wordt geïnformeerd."
    )


def k_memo(d, known):
    p, kin, ph, facts = _setup(d, known)
    w, a = d.person(), d.person()
    head = d.pick("memo", w, a, "dossier")
    extra = d.pick("family", p, kin)
    return (
        f"{head}\n\nAanleiding\n{facts} Er liggen ook «raadsvragen» en een «persvraag».\n\n"
        f"Gezinssituatie\n{extra}\n\nAdvies\nWij adviseren u {ph} «bestuurlijk» op te pakken en {d.sal(p)} "
        f"uit te nodigen.{_known_mention(d, p)}\n\n{d.pick('contact', p)}"
    )


def k_klachtbesluit(d, known):
    p, kin, ph, facts = _setup(d, known)
    k, role = d.official()
    ref = d.pick("ref", "klacht")
    return (
        d.pick("addr", p)
        + f"\n\n{ref}\n\n«Geachte» {d.title(p)} {d.bare(p)},\n\nU diende op {d.date()} een «klacht» in over {ph}. "
        f"{facts} Na het «hoorgesprek» met {d.full(k)} ({role}) vinden wij uw klacht «gegrond». "
        f"Bent u het hier niet mee eens, dan kunt u zich wenden tot de «Nationale ombudsman».\n\n"
        + d.pick("sign", k, role)
    )


def k_mailwissel(d, known):
    p, kin, ph, facts = _setup(d, known)
    g = d.person()
    m = d.person()
    party = d.party()
    return (
        f"-----Oorspronkelijk bericht-----\nVan: {d.full(m)} ({party}) <{d.email(m, d.dom)}>\n"
        f"Aan: «griffie@{d.dom}»\nOnderwerp: FW: {d.poss(p)} situatie\n\n"
        f"Hoi {d.first(g)}, kun jij dit doorzetten naar de «agendacommissie»? {facts} "
        f"Ik heb {d.sal(p)} beloofd dat het voor de «commissievergadering» van {d.meeting()} wordt besproken.\n\n"
        f"> Doorgestuurd van {d.email(p)}:\n> {d.pick('contact', p)}\n\n"
        f"{d.full(g)}, «griffier»"
    )


KINDS = [
    k_raadsvragen,
    k_collegeantwoord,
    k_woo_verzoek,
    k_woo_besluit,
    k_persvraag,
    k_woordvoerder,
    k_ombud_door,
    k_ombud_brief,
    k_motie,
    k_debat,
    k_memo,
    k_klachtbesluit,
    k_mailwissel,
]
T["kind"] = KINDS  # registered as shapes too (called through Doc.one)


def all_shapes() -> list[str]:
    return [f"{g}.{k}" for g, fs in T.items() for k in range(len(fs))]


# ----------------------------------------------------------------------------------------------- build and gate

_KEEP_RE = re.compile(r"«([^«»]+)»")


def build(i: int, attempt: int) -> tuple[dict, list[str]]:
    seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    r = random.Random(seed)
    d = Doc(r, i)
    known = i % 4 == 1
    k = r.randrange(len(KINDS))
    raw = d.one("kind", k, known)
    keep: list[str] = []
    for m in _KEEP_RE.finditer(raw):
        w = m.group(1)
        if w not in keep:
            keep.append(w)
    text = _KEEP_RE.sub(lambda m: m.group(1), raw)
    doc = {"id": f"fresh21b-{i:04d}", "text": text, "pii": d.pii, "keep": keep}
    if known:
        kn = {"names": [d.known_p.full]}
        kn.update(d.extra_known)
        doc["known"] = kn
        doc["_word"] = d.known_p.word
    return doc, d.shapes


def _name_words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None if the document passes all three gates, else the reason."""
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
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _name_words(it["text"])
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _name_words(n)
    for k in doc["keep"]:
        shared = _name_words(k) & names
        if not shared:
            continue
        if k == k.lower() and shared <= known_words:
            continue
        return f"keep {k!r} shares {sorted(shared)} with a name"
    return None


def generate() -> tuple[list[dict], Counter, int]:
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        for attempt in range(MAX_ATTEMPTS):
            doc, sh = build(i, attempt)
            word = doc.pop("_word", None)
            if word is not None and word not in doc["keep"]:
                reason = "known word not kept"
            else:
                reason = gate(doc)
            if reason is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} fails its gate: {reason}")
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = generate()
    body = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == body
        print("fresh21b_texts.jsonl is up to date" if same else "fresh21b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:<14} {labels[lab]}")
        print(f"  {'total':<14} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min {min(len(d['keep']) for d in docs)} per document)")
        reg = all_shapes()
        print(
            f"shapes: {len(shapes)} used of {len(reg)} registered "
            f"({', '.join(f'{g} {len(fs)}' for g, fs in T.items())})"
        )
        origins = len(NM.ORIGINS)
        print(f"origin groups in the name material: {origins}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(body, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
