#!/usr/bin/env python3
"""Generator of the blind fresh32d corpus: neighbour mediation between residents (buurtbemiddeling).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh32d/make_fresh32d.py          write fresh32d_texts.jsonl
    python tests/anonymizer/fresh32d/make_fresh32d.py --check  exit 1 if the committed file differs
    python tests/anonymizer/fresh32d/make_fresh32d.py --stats  counts per label, shapes, known names, redraws
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
import names32d as N  # noqa: E402

ROOT = HERE.parent.parent.parent
_spec = importlib.util.spec_from_file_location("corpora_score", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261264
N_DOCS = 300
OUT = HERE / "fresh32d_texts.jsonl"
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
SENTENCES: list[str] = []
DOC_KINDS: list[str] = []


def shape(kind: str, name: str):
    def deco(fn):
        key = f"{kind}:{name}"
        assert key not in SHAPES, key
        SHAPES[key] = fn
        if kind == "sent":
            SENTENCES.append(key)
        elif kind == "doc":
            DOC_KINDS.append(key)
        return fn

    return deco


# ---------------------------------------------------------------- numbers


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def make_iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bank}{acct}"
    if r.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def make_postcode(r: random.Random) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9989)
    return r.choice([f"{n} {letters}", f"{n} {letters}", f"{n}{letters}"])


def make_phone(r: random.Random, mobile: bool = True) -> str:
    if mobile:
        rest = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        return r.choice(
            [
                f"06-{rest}",
                f"06 {rest[:4]} {rest[4:]}",
                f"+31 6 {rest}",
                f"+31 (0)6 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
                f"0031 6 {rest[:4]} {rest[4:]}",
                f"06{rest}",
                f"06 - {rest[:2]} {rest[2:5]} {rest[5:]}",
            ]
        )
    area = r.choice(["010", "070", "078", "0418", "0592", "058", "024", "0546"])
    n = 10 - len(area)
    rest = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    return r.choice([f"{area}-{rest}", f"{area} {rest}", f"({area}) {rest}"])


def make_plate(r: random.Random) -> str:
    L = lambda k: "".join(r.choice(N.PLATE_LETTERS) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
            f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )


def make_case(r: random.Random, year: int = 2026) -> str:
    y2 = year % 100
    n4 = r.randint(100, 9999)
    return r.choice(
        [
            f"BBM-{y2}-{n4:04d}",
            f"BB/{r.choice(['NO', 'ZW', 'CE', 'WE'])}/{year}/{n4:04d}",
            f"{year}.BM.{n4:04d}",
            f"MED-{r.randint(1000, 9999)}-{r.choice('RKTV')}",
            f"VTA{y2}-{n4:04d}",
            f"W{y2}/BB/{n4:04d}",
            f"BUB{year}{n4:05d}",
            f"{r.choice(['Z', 'R'])}{y2}-{r.randint(10, 99)}-{n4:04d}",
        ]
    )


def make_dob(r: random.Random, y0: int = 1944, y1: int = 2004) -> str:
    y, m, dd = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}-{m}-{y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd}/{m}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd} {N.MONTHS[m - 1]} {y}",
            f"{dd} {N.MONTHS_SHORT[m - 1]} {y}",
            f"{dd} {N.MONTHS[m - 1]} '{y % 100:02d}",
        ]
    )


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("ı", "i").replace("Ł", "L").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


# ---------------------------------------------------------------- persons


class Person:
    def __init__(self, r: random.Random, group: str | None = None, sur: str | None = None, gender: str | None = None):
        self.group = group or r.choice(list(N.GROUPS))
        fem, mas, heads, tails, parts, _fixed = N.GROUPS[self.group]
        self.gender = gender or r.choice("fm")
        self.first = r.choice(fem if self.gender == "f" else mas)
        if sur is None:
            h, t = r.choice(heads), r.choice(tails)
            if h.endswith("-"):
                sur = h + t[0].upper() + t[1:]
            elif h in ("El", "Ait"):
                sur = f"{h} {t[0].upper()}{t[1:]}"
            else:
                sur = h + (t.lower() if t[:1].isupper() else t)
            if parts:
                sur = f"{r.choice(parts)} {sur}"
        self.sur = sur
        self.nr = r.randint(1, 180)

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def bare(self) -> str:
        return self.sur[0].upper() + self.sur[1:]

    @property
    def compact(self) -> str:
        return fold(self.sur.replace(" ", ""))

    def kin(self, r: random.Random, gender: str | None = None) -> Person:
        p = Person(r, self.group, self.sur, gender)
        while p.first == self.first:
            p = Person(r, self.group, self.sur, gender)
        return p


def title(r: random.Random, p: Person) -> str:
    return r.choice(["mevrouw", "mw.", "mevr."] if p.gender == "f" else ["meneer", "de heer", "dhr."])


def zijn(p: Person) -> str:
    return "haar" if p.gender == "f" else "zijn"


def hij(p: Person) -> str:
    return "ze" if p.gender == "f" else "hij"


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


class Ctx:
    """The cast and the facts of one mediation case."""

    def __init__(self, r: random.Random, known: tuple | None):
        self.city = r.choice(N.CITIES)
        self.corp = r.choice(N.CORPS)
        if known:
            self.A = Person(r, "dutch", known[0])
        else:
            self.A = Person(r)
        self.B = Person(r)
        while self.B.group == self.A.group and r.random() < 0.7:
            self.B = Person(r)
        self.street = r.choice(N.STREET_HEADS) + r.choice(N.STREET_TAILS)
        self.street2 = self.street if r.random() < 0.6 else r.choice(N.STREET_HEADS) + r.choice(N.STREET_TAILS)
        self.A.addr = f"{self.street} {self.A.nr}"
        self.B.nr = self.A.nr + r.choice([1, 2, -1, -2]) if self.street2 == self.street else r.randint(1, 180)
        self.B.nr = max(self.B.nr, 1)
        self.B.addr = f"{self.street2} {self.B.nr}{r.choice(['', '', 'a', '-II', 'B'])}"
        for p in (self.A, self.B):
            p.pc = make_postcode(r)
            p.phone = make_phone(r, r.random() < 0.8)
            p.email = self.email(r, p)
            p.dob = make_dob(r)
            p.bsn = make_bsn(r)
            p.iban = make_iban(r)
            p.plate = make_plate(r)
            p.partner = p.kin(r, "m" if p.gender == "f" else "f") if r.random() < 0.7 else Person(r, p.group)
            p.kids = [p.kin(r) for _ in range(r.randint(1, 2))]
            for k in p.kids:
                k.dob = make_dob(r, 2008, 2020)
        self.M1, self.M2 = Person(r), Person(r)
        self.K = Person(r)
        self.R = Person(r)
        self.R.role = r.choice(
            [
                ("wijkagent", "Politie"),
                ("wijkconsulent", self.corp),
                ("woonconsulent", self.corp),
                ("opbouwwerker", "Stichting Welzijn"),
                ("wijkregisseur", "Gemeente"),
                ("medewerker Leefbaarheid", self.corp),
            ]
        )
        for m in (self.M1, self.M2, self.K, self.R):
            m.email = f"{fold(m.first.split()[0])[0]}.{m.compact}@{r.choice(['buurtbemiddeling-', 'bbm', 'welzijn'])}{self.city.lower()}.nl"
            m.phone = make_phone(r, True)
        self.case = make_case(r)
        self.info = f"info@buurtbemiddeling{self.city.lower()}.nl"
        self.gen_phone = f"14 0{r.randint(10, 99)}"
        m = r.randint(1, 11)
        self.d1 = (r.randint(1, 22), m)
        self.d2 = (min(self.d1[0] + r.randint(3, 6), 28), m)
        self.d3 = (r.randint(1, 28), m + 1)

    @staticmethod
    def email(r: random.Random, p: Person) -> str:
        f = fold(p.first.split()[0])
        y = r.randint(60, 99)
        local = r.choice(
            [
                f"{f}.{p.compact}",
                f"{f[0]}.{p.compact}{y}",
                f"{p.compact}.{f}",
                f"{f}{p.compact}",
                f"fam.{p.compact}",
                f"{f}_{p.compact[:6]}{y}",
            ]
        )
        return f"{local}@{r.choice(N.MAIL_DOMAINS)}"


def date(d: tuple[int, int], style: int = 0) -> str:
    day, m = d
    if style == 1:
        return f"{day:02d}-{m:02d}-2026"
    return f"{day} {N.MONTHS[m - 1]} 2026"


class Doc:
    def __init__(self, r: random.Random, c: Ctx):
        self.r, self.c = r, c
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def add(self, s: str, label: str) -> str:
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return s

    def P(self, s: str) -> str:
        return self.add(s, "PERSON")

    def k(self, *ws: str) -> str:
        for w in ws:
            if w not in self.keep:
                self.keep.append(w)
        return ws[0]

    # name forms
    def full(self, p: Person) -> str:
        return self.P(p.full)

    def bare(self, p: Person) -> str:
        return self.P(p.bare)

    def first(self, p: Person) -> str:
        return self.P(p.first)

    def tb(self, p: Person, start: bool = False) -> str:
        t = title(self.r, p)
        return f"{cap(t) if start else t} {self.bare(p)}"

    def tf(self, p: Person, start: bool = False) -> str:
        t = title(self.r, p)
        return f"{cap(t) if start else t} {self.full(p)}"

    def init(self, p: Person) -> str:
        return self.P(f"{p.first[0]}. {p.sur}")

    def poss(self, p: Person) -> str:
        f = p.first
        return self.P(f + ("'s" if f[-1] in "aeiouy" else "'" if f[-1] in "sxz" else "s"))

    def addr(self, p: Person) -> str:
        return self.add(p.addr, "ADDRESS")

    def run(self, key: str, *a) -> str:
        self.shapes.append(key)
        return SHAPES[key](self, self.c, *a)


# ---------------------------------------------------------------- line shapes


@shape("line", "name_field")
def l_name(d, c, p=None):
    p = p or c.A
    return f"{d.k(d.r.choice(['Naam aanmelder', 'Aanmelder', 'Naam bewoner']))}: {d.full(p)}"


@shape("line", "address_field")
def l_addr(d, c, p=None):
    p = p or c.A
    return f"{d.k('Adres')}: {d.addr(p)}, {d.add(p.pc, 'POSTCODE')} {d.k(c.city)}"


@shape("line", "phone_field")
def l_phone(d, c, p=None):
    p = p or c.A
    return f"{d.k(d.r.choice(['Telefoon', 'Telefoonnummer', 'Mobiel']))}: {d.add(p.phone, 'PHONE')}"


@shape("line", "email_field")
def l_email(d, c, p=None):
    p = p or c.A
    return f"E-mail: {d.add(p.email, 'EMAIL')}"


@shape("line", "dob_field")
def l_dob(d, c, p=None):
    p = p or c.A
    return f"{d.k(d.r.choice(['Geboortedatum', 'Geb.datum', 'Geboren']))}: {d.add(p.dob, 'DATE_OF_BIRTH')}"


@shape("line", "bsn_field")
def l_bsn(d, c, p=None):
    p = p or c.A
    return f"BSN ({d.k('alleen')} voor de {d.k('registratie')}): {d.add(p.bsn, 'BSN')}"


@shape("line", "case_field")
def l_case(d, c):
    return f"{d.k(d.r.choice(['Dossiernummer', 'Zaaknummer', 'Registratienummer']))}: {d.add(c.case, 'CASE_NUMBER')}"


@shape("line", "household_field")
def l_household(d, c, p=None):
    p = p or c.A
    kids = " en ".join(f"{d.first(k)} ({d.add(k.dob, 'DATE_OF_BIRTH')})" for k in p.kids)
    return f"{d.k('Huishouden')}: {d.full(p.partner)} ({d.k('partner')}), {d.k('kinderen')} {kids}"


@shape("line", "counterpart_field")
def l_counter(d, c):
    return f"{d.k('Wederpartij')}: {d.tf(c.B)}, {d.addr(c.B)}"


@shape("line", "mediators_field")
def l_mediators(d, c):
    return f"{d.k('Bemiddelaars')} ({d.k('vrijwilligers')}): {d.full(c.M1)} en {d.full(c.M2)}"


@shape("line", "referrer_field")
def l_referrer(d, c):
    role, org = c.R.role
    return f"{d.k('Verwezen')} door: {d.full(c.R)}, {d.k(role.split()[0])} {d.k(org.split()[-1])}"


@shape("line", "plate_field")
def l_plate(d, c):
    return f"{d.k('Kenteken')} ({d.k('parkeerkwestie')}): {d.add(c.B.plate, 'LICENSE_PLATE')}"


@shape("line", "iban_field")
def l_iban(d, c):
    return f"{d.k('Rekening')} {d.k('schadevergoeding')}: {d.add(c.A.iban, 'IBAN')} t.n.v. {d.init(c.A)}"


@shape("line", "signature")
def l_sign(d, c):
    return f"{d.k('Getekend')} te {d.k(c.city)} op {d.k(date(c.d2))}: {d.full(c.A)} ________  {d.full(c.B)} ________"


@shape("line", "initials")
def l_initials(d, c):
    return f"{d.k('Paraaf')} {d.k('coördinator')}: {d.init(c.K)}"


@shape("line", "app_msg")
def l_app(d, c, p, msg):
    hh, mm = d.r.randint(6, 23), d.r.randint(0, 59)
    return f"[{hh:02d}:{mm:02d}] {d.first(p)}: {msg}"


@shape("line", "mail_from")
def l_from(d, c, p=None):
    p = p or c.A
    return f"Van: {d.full(p)} <{d.add(p.email, 'EMAIL')}>"


@shape("line", "mail_to")
def l_to(d, c):
    return f"Aan: {d.add(c.K.email, 'EMAIL')}; cc: {d.k(c.info)}"


@shape("line", "subject")
def l_subject(d, c):
    return f"{d.k('Onderwerp')}: {d.k(d.r.choice(['Overlast', 'Aanmelding', 'Nazorg', 'Verslag']))} {d.add(c.case, 'CASE_NUMBER')}"


@shape("line", "attachment")
def l_attach(d, c):
    what = d.r.choice(["heg", "geluidsmeting", "schutting", "parkeren", "briefje"])
    name = d.P(c.B.compact)
    return f"{d.k('Bijlage')}: foto_{what}_{name}_{d.r.randint(1, 40)}.jpg"


@shape("line", "status")
def l_status(d, c):
    return (
        f"{d.k('Status')}: {d.k(d.r.choice(['lopend', 'afgerond', 'gepauzeerd']))}. "
        f"{d.k('Volgende')} stap: {d.k(d.r.choice(['belafspraak', 'huisbezoek', 'gezamenlijk']))} "
        f"{d.k(d.r.choice(N.WEEKDAYS))}"
    )


@shape("line", "log_entry")
def l_log(d, c, txt):
    return f"{date(c.d1, 1)} {d.r.randint(9, 20)}.{d.r.choice(['00', '15', '30', '45'])} – {d.init(c.M1)}: {txt}"


@shape("line", "handle")
def l_handle(d, c, p=None):
    p = p or c.B
    h = d.P(f"{fold(p.first.split()[0])}_{p.compact}{d.r.randint(1, 99)}")
    return f"{d.k('Doorgestuurd')} uit de {d.k('buurtapp')}, {d.k('afzender')} @{h}:"


@shape("line", "upper_header")
def l_upper(d, c):
    return f"DOSSIER {d.P(c.A.sur.upper())} / {d.P(c.B.sur.upper())} – {d.k('BUURTBEMIDDELING')} {d.k(c.city.upper())}"


# ---------------------------------------------------------------- sentence shapes


@shape("sent", "hedge_height")
def s_hedge(d, c):
    return (
        f"De {d.k('heg')} van {d.tb(c.B)} aan de {d.addr(c.B)} is volgens {d.tb(c.A)} ruim drie {d.k('meter')} hoog "
        f"en neemt de {d.k('middagzon')} weg."
    )


@shape("sent", "music_night")
def s_music(d, c):
    return (
        f"{d.k(cap(d.r.choice(N.WEEKDAYS)))} rond middernacht stond de {d.k('muziek')} bij {d.first(c.B)} tot half drie aan; "
        f"{d.first(c.A)} heeft toen op de {d.k('muur')} geklopt."
    )


@shape("sent", "smell_cooking")
def s_smell(d, c):
    return (
        f"{d.tb(c.A, True)} klaagt over de {d.k('geur')} van {d.k('frituurvet')} die via de {d.k('ventilatie')} "
        f"van nummer {c.B.nr} binnenkomt."
    )


@shape("sent", "parking_plate")
def s_parking(d, c):
    return (
        f"De {d.k('bestelbus')} met {d.k('kenteken')} {d.add(c.B.plate, 'LICENSE_PLATE')} staat volgens "
        f"{d.full(c.A)} elke avond half voor de {d.k('uitrit')}."
    )


@shape("sent", "kids_football")
def s_kids(d, c):
    kid = c.B.kids[0]
    return (
        f"{d.first(kid)} van {d.tb(c.B)} trapt de {d.k('bal')} steeds tegen de {d.k('schutting')}; "
        f"{d.first(c.A.partner)} heeft de bal een keer {d.k('ingehouden')}."
    )


@shape("sent", "dog_barking")
def s_dog(d, c):
    return (
        f"De {d.k('hond')} van de {d.k('buurvrouw')} blaft als ze weg is, zegt {d.full(c.A)}; "
        f"{d.first(c.B)} ontkent dat en spreekt van 'een paar minuten'."
    )


@shape("sent", "nickname_number")
def s_nick(d, c):
    return (
        f"In het eerste {d.k('gesprek')} noemde {d.first(c.A)} de buren alleen 'die van nummer {c.B.nr}'; "
        f"pas later viel de naam {d.bare(c.B)}."
    )


@shape("sent", "nickname_dog_lady")
def s_nick2(d, c):
    return (
        f"Voor {d.first(c.B)} is {d.tb(c.A)} gewoon 'de {'buurvrouw' if c.A.gender == 'f' else 'buurman'} met de hond', ook al hebben ze "
        f"jaren naast elkaar op de {d.k('galerij')} gewoond."
    )


@shape("sent", "barbecue_smoke")
def s_bbq(d, c):
    return (
        f"Als {d.first(c.B)} en {d.first(c.B.partner)} in het {d.k('weekend')} barbecueën, trekt de walm naar "
        f"de {d.k('slaapkamer')} van {d.poss(c.A)} dochter."
    )


@shape("sent", "dob_born_on")
def s_dob1(d, c):
    return f"{d.full(c.B)}, geboren op {d.add(c.B.dob, 'DATE_OF_BIRTH')}, woont sinds {d.r.randint(2001, 2024)} op {d.addr(c.B)}."


@shape("sent", "dob_star")
def s_dob2(d, c):
    return (
        f"{d.k('Aangemeld')}: {d.full(c.A)} (*{d.add(c.A.dob, 'DATE_OF_BIRTH')}) en {d.first(c.A.partner)} "
        f"{d.k('samen')}."
    )


@shape("sent", "dob_bare_paren")
def s_dob3(d, c):
    kid = c.A.kids[0]
    return (
        f"{d.k('Zoon')} of {d.k('dochter')} in beeld: {d.full(kid)} ({d.add(kid.dob, 'DATE_OF_BIRTH')}), die volgens "
        f"de buren met een {d.k('scooter')} over de {d.k('stoep')} rijdt."
    )


@shape("sent", "dob_geb")
def s_dob4(d, c):
    return (
        f"{d.tb(c.B, True)} (geb. {d.add(c.B.dob, 'DATE_OF_BIRTH')}) wil {d.k('uitdrukkelijk')} niet dat de "
        f"{d.k('woningcorporatie')} wordt ingelicht."
    )


@shape("sent", "bsn_note")
def s_bsn(d, c):
    return (
        f"{d.k('Abusievelijk')} noteerde de {d.k('intaker')} ook het BSN van {d.first(c.A)}: "
        f"{d.add(c.A.bsn, 'BSN')}; dit wordt na {d.k('afsluiting')} verwijderd."
    )


@shape("sent", "iban_damage")
def s_iban(d, c):
    amount = d.r.choice(["85", "120", "175", "240", "310"])
    return (
        f"{d.first(c.B)} betaalt {d.k(amount)} euro voor de {d.k('kapotte')} {d.k('plantenbak')} op {d.add(c.A.iban, 'IBAN')} "
        f"van {d.tf(c.A)}."
    )


@shape("sent", "phone_callback")
def s_phone(d, c):
    return (
        f"{d.tb(c.A, True)} wil {d.k('teruggebeld')} worden op {d.add(c.A.phone, 'PHONE')}, liefst na {d.k('vijven')}."
    )


@shape("sent", "email_contact")
def s_email(d, c):
    return (
        f"{d.first(c.B)} reageert alleen per {d.k('mail')} ({d.add(c.B.email, 'EMAIL')}) en wil geen "
        f"{d.k('huisbezoek')}."
    )


@shape("sent", "referral_police")
def s_ref_pol(d, c):
    return (
        f"{d.k('Wijkagent')} {d.full(c.R)} werd drie keer gebeld over {d.k('geluidsoverlast')} op de "
        f"{d.add(c.street2, 'ADDRESS')} en {d.k('adviseerde')} {d.k('buurtbemiddeling')}."
    )


@shape("sent", "referral_corp")
def s_ref_corp(d, c):
    return (
        f"{d.k(c.corp)} meldt de zaak aan via {d.k('wijkconsulent')} {d.full(c.R)}, na {d.k('klachten')} van "
        f"{d.tb(c.A)} over de {d.k('trap')} en de {d.k('berging')}."
    )


@shape("sent", "referral_municipal")
def s_ref_mun(d, c):
    return (
        f"Via het {d.k('Wijkteam')} {d.k(c.city)} kwam de {d.k('melding')} binnen; {d.full(c.R)} "
        f"({d.k(c.R.role[0].split()[0])}) belde {d.first(c.A)} om {d.k('toestemming')} te vragen."
    )


@shape("sent", "coordinator_pairing")
def s_pair(d, c):
    return (
        f"{d.k('Coördinator')} {d.full(c.K)} koppelt {d.full(c.M1)} aan {d.full(c.M2)} voor deze {d.k('zaak')}; "
        f"{d.first(c.M2)} heeft de {d.k('basistraining')} net afgerond."
    )


@shape("sent", "separate_talk_B")
def s_sep(d, c):
    return (
        f"In het {d.k('aparte')} gesprek bij {d.first(c.B)} thuis vertelde {d.tb(c.B)} dat {d.first(c.A)} "
        f"{d.k('foto')}'s van de {d.k('achtertuin')} maakt."
    )


@shape("sent", "joint_meeting")
def s_joint(d, c):
    return (
        f"Het {d.k('gezamenlijke')} gesprek vond plaats op {d.k(date(c.d2))} in {d.k('buurthuis')} "
        f"De {d.k(d.r.choice(['Lindeboom', 'Schakel', 'Ontmoeting', 'Kolibrie']))}, "
        f"onder leiding van {d.first(c.M1)} en {d.first(c.M2)}."
    )


@shape("sent", "agreement_clause")
def s_agree(d, c):
    h = d.r.choice(["22.00", "23.00", "21.30"])
    return (
        f"{d.first(c.B)} zet na {d.k(h)} uur geen {d.k('wasmachine')} meer aan en {d.first(c.A)} "
        f"{d.k('belt')} eerst aan voordat {hij(c.A)} een {d.k('klacht')} indient."
    )


@shape("sent", "followup_six_weeks")
def s_follow(d, c):
    return (
        f"Bij de {d.k('nazorg')} na zes {d.k('weken')} ({d.k(date(c.d3))}) zei {d.tb(c.A)} dat het "
        f"'{d.k('redelijk')}' gaat; {d.first(c.B)} was niet bereikbaar op {d.add(c.B.phone, 'PHONE')}."
    )


@shape("sent", "letterbox_note")
def s_letterbox(d, c):
    return (
        f"Het {d.k('briefje')} in de {d.k('brievenbus')} was ondertekend met 'de bewoners van {d.addr(c.A)}', "
        f"maar {d.first(c.B)} herkende het {d.k('handschrift')} van {d.first(c.A.partner)}."
    )


@shape("sent", "cat_garden")
def s_cat(d, c):
    return (
        f"De {d.k('katten')} van {d.tf(c.B)} gebruiken de {d.k('moestuin')} van {d.first(c.A)} als {d.k('kattenbak')}."
    )


@shape("sent", "stairwell")
def s_stairs(d, c):
    return (
        f"In het {d.k('trappenhuis')} staan de {d.k('fietsen')} van {d.poss(c.B)} kinderen, "
        f"{d.k('klaagt')} {d.tb(c.A)} (nummer {c.A.nr})."
    )


@shape("sent", "renovation_noise")
def s_reno(d, c):
    return (
        f"{d.first(c.B.partner)} {d.bare(c.B)} {d.k('verbouwt')} al sinds {d.k(d.r.choice(N.MONTHS))} de "
        f"{d.k('badkamer')} en boort ook op {d.k('zondag')}."
    )


@shape("sent", "bins")
def s_bins(d, c):
    return (
        f"De {d.k('containers')} van {d.addr(c.B)} staan volgens {d.first(c.A)} de hele {d.k('week')} aan de "
        f"{d.k('straatkant')}."
    )


@shape("sent", "camera")
def s_camera(d, c):
    return (
        f"{d.tb(c.B, True)} voelt zich {d.k('bekeken')} door de {d.k('deurbelcamera')} van {d.full(c.A.partner)}, "
        f"die recht op {zijn(c.B)} {d.k('voordeur')} gericht is."
    )


@shape("sent", "tree_roots")
def s_roots(d, c):
    return (
        f"De {d.k('wortels')} van de {d.k('walnoot')} op het erf van {d.tb(c.A)} duwen de {d.k('tegels')} "
        f"bij {d.first(c.B)} omhoog."
    )


@shape("sent", "smoking_balcony")
def s_smoke(d, c):
    return (
        f"{d.first(c.A)} vraagt of {d.first(c.B)} op het {d.k('balkon')} kan stoppen met {d.k('roken')} "
        f"als de {d.k('baby')} buiten ligt."
    )


@shape("sent", "chickens")
def s_chick(d, c):
    return (
        f"Sinds {d.full(c.B.partner)} {d.k('kippen')} houdt, zitten er volgens {d.tb(c.A)} "
        f"{d.k('ratten')} onder de {d.k('vlonder')}."
    )


@shape("sent", "party")
def s_party(d, c):
    return (
        f"Het {d.k('verjaardagsfeest')} van {d.first(c.B.kids[0])} {d.bare(c.B)} liep uit tot na "
        f"{d.k('middernacht')}; de {d.k('politie')} kwam langs."
    )


@shape("sent", "lowercase_app_name")
def s_lower(d, c):
    return (
        f"In de {d.k('appgroep')} schreef iemand 'ga {d.P(c.B.first.lower())} maar eens vragen waarom de "
        f"{d.k('lamp')} de hele nacht brandt'."
    )


@shape("sent", "upper_shout")
def s_upper(d, c):
    return f"{d.first(c.A)} schreef in hoofdletters: 'BLIJF VAN ONZE {d.k('SCHUTTING')} AF {d.P(c.B.first.upper())}'."


@shape("sent", "mediator_phone")
def s_medphone(d, c):
    return (
        f"{d.k('Bemiddelaar')} {d.full(c.M1)} is tijdens de {d.k('looptijd')} bereikbaar via "
        f"{d.add(c.M1.phone, 'PHONE')} of via het {d.k('algemene')} nummer {d.k(c.gen_phone)}."
    )


@shape("sent", "coordinator_email")
def s_coormail(d, c):
    return f"{d.k('Vragen')}? Mail {d.full(c.K)} op {d.add(c.K.email, 'EMAIL')} of {d.k(c.info)}."


@shape("sent", "postcode_area")
def s_pc(d, c):
    return (
        f"Beide {d.k('woningen')} vallen onder {d.add(c.A.pc, 'POSTCODE')} en horen bij {d.k('complex')} "
        f"{d.r.randint(100, 999)} van {d.k(c.corp)}."
    )


@shape("sent", "case_reference")
def s_case(d, c):
    return f"{d.k('Graag')} bij elke {d.k('reactie')} het {d.k('kenmerk')} {d.add(c.case, 'CASE_NUMBER')} vermelden."


@shape("sent", "refuses_mediation")
def s_refuse(d, c):
    return (
        f"{d.tb(c.B, True)} wil voorlopig niet {d.k('meewerken')}: 'Eerst moet {d.bare(c.A)} {zijn(c.A)} "
        f"{d.k('excuses')} aanbieden.'"
    )


@shape("sent", "partner_view")
def s_partner(d, c):
    return (
        f"{d.poss(c.A.partner)} kijk is anders: volgens {d.full(c.A.partner)} begon het pas toen de "
        f"{d.k('schutting')} werd {d.k('vervangen')}."
    )


@shape("sent", "ages_household")
def s_house(d, c):
    k = c.B.kids
    kids = " en ".join(d.first(x) for x in k)
    return (
        f"Bij {d.bare(c.B)} wonen {d.first(c.B.partner)} en de {d.k('kinderen')} {kids}; de {d.k('jongste')} "
        f"is {d.r.randint(4, 14)}."
    )


@shape("sent", "laundry_line")
def s_laundry(d, c):
    return (
        f"De {d.k('waslijn')} van {d.tb(c.A)} hangt over de {d.k('erfgrens')}, waardoor {d.first(c.B)} "
        f"{zijn(c.B)} {d.k('auto')} niet kwijt kan."
    )


@shape("sent", "second_address")
def s_second(d, c):
    return (
        f"{d.first(c.B)} {d.k('verhuist')} mogelijk naar een {d.k('andere')} woning van {d.k(c.corp)}; tot die tijd blijft "
        f"{d.addr(c.B)} het {d.k('postadres')}."
    )


@shape("sent", "tone_warning")
def s_tone(d, c):
    return (
        f"{d.k('Afspraak')} over {d.k('toon')}: niemand noemt de ander nog 'die {d.k('gek')}' of 'dat wijf', ook "
        f"{d.first(c.A)} niet."
    )


@shape("sent", "garbage_dumped")
def s_dump(d, c):
    return (
        f"Volgens {d.tb(c.B)} heeft {d.first(c.A.kids[0])} {d.k('grofvuil')} bij de {d.k('ondergrondse')} "
        f"{d.k('container')} gezet."
    )


@shape("sent", "drone")
def s_drone(d, c):
    return (
        f"{d.first(c.B.partner)} laat een {d.k('drone')} boven de {d.k('tuinen')} vliegen; {d.tb(c.A)} "
        f"noemt dat een {d.k('inbreuk')} op {zijn(c.A)} {d.k('privacy')}."
    )


# ---------------------------------------------------------------- document kinds

RESERVED = {
    "sent:phone_callback",
    "sent:agreement_clause",
    "sent:postcode_area",
    "sent:coordinator_email",
    "sent:separate_talk_B",
    "sent:joint_meeting",
    "sent:followup_six_weeks",
    "sent:referral_police",
    "sent:referral_corp",
    "sent:referral_municipal",
    "sent:coordinator_pairing",
}


def sents(d, n):
    keys = d.r.sample([s for s in SENTENCES if s not in RESERVED], n)
    return [d.run(k) for k in keys]


def known_line(d):
    if d.known_word:
        d.shapes.append("sent:known_ordinary")
        s = d.r.choice(d.known_sents)
        d.k(d.known_word)
        return [s]
    return []


SHAPES["sent:known_ordinary"] = None  # registered shape: a known name's word in its ordinary sense


@shape("doc", "intake_call")
def d_intake_call(d, c):
    lines = [
        f"{d.k('Telefoonnotitie')} {d.k('intake')} – {d.k(date(c.d1))}",
        f"{d.k('Beller')}: {d.tf(c.A)}, {d.addr(c.A)}",
    ]
    body = sents(d, 3) + known_line(d) + [d.run("sent:phone_callback")]
    d.r.shuffle(body)
    return "\n".join(lines + [" ".join(body)])


@shape("doc", "intake_form")
def d_intake_form(d, c):
    lines = [f"{d.k('Aanmeldformulier')} {d.k('Buurtbemiddeling')} {d.k(c.city)}"]
    fields = [
        "line:name_field",
        "line:address_field",
        "line:phone_field",
        "line:email_field",
        "line:dob_field",
        "line:household_field",
        "line:counterpart_field",
    ]
    chosen = [f for f in fields if d.r.random() < 0.75] or ["line:name_field"]
    lines += [d.run(f) for f in chosen]
    lines.append(f"{d.k('Omschrijving')}: " + " ".join(sents(d, 2) + known_line(d)))
    return "\n".join(lines)


@shape("doc", "form_party_b")
def d_form_b(d, c):
    lines = [
        f"{d.k('Reactieformulier')} {d.k('tweede')} partij – {d.k(c.city)}",
        d.run("line:name_field", c.B),
        d.run("line:address_field", c.B),
        d.run("line:dob_field", c.B),
    ]
    if d.r.random() < 0.5:
        lines.append(d.run("line:bsn_field", c.B))
    lines.append(f"{d.k('Toelichting')}: " + " ".join(sents(d, 2) + known_line(d)))
    return "\n".join(lines)


@shape("doc", "separate_talk_report")
def d_sep(d, c):
    head = (
        f"{d.k('Verslag')} {d.k('apart')} gesprek ({d.k(date(c.d1))}), {d.k('bemiddelaars')} "
        f"{d.first(c.M1)} & {d.first(c.M2)}"
    )
    body = [d.run("sent:separate_talk_B")] + sents(d, 3) + known_line(d)
    return head + "\n" + " ".join(body)


@shape("doc", "joint_meeting_report")
def d_joint(d, c):
    head = f"{d.k('Verslag')} {d.k('gezamenlijk')} gesprek – {d.run('line:case_field')}"
    body = [d.run("sent:joint_meeting")] + sents(d, 3) + known_line(d) + [d.run("sent:agreement_clause")]
    return head + "\n" + " ".join(body)


@shape("doc", "agreement")
def d_agreement(d, c):
    lines = [
        f"{d.k('Afsprakenformulier')} – {d.k('Buurtbemiddeling')} {d.k(c.city)}",
        f"{d.k('Partij')} A: {d.full(c.A)}, {d.addr(c.A)}",
        f"{d.k('Partij')} B: {d.full(c.B)}, {d.addr(c.B)}",
        f"1. {d.run('sent:agreement_clause')}",
        "2. " + " ".join(sents(d, 1) + known_line(d)),
        f"3. {d.k('Evaluatie')} op {d.k(date(c.d3))}.",
        d.run("line:signature"),
    ]
    if d.r.random() < 0.5:
        lines.append(d.run("line:iban_field"))
    return "\n".join(lines)


@shape("doc", "followup_call")
def d_follow(d, c):
    head = f"{d.k('Nazorggesprek')} ({d.k('telefonisch')}) – {d.init(c.M2)}"
    body = [d.run("sent:followup_six_weeks")] + sents(d, 2) + known_line(d)
    return head + "\n" + " ".join(body) + "\n" + d.run("line:status")


@shape("doc", "police_referral")
def d_police(d, c):
    head = f"{d.k('Doorverwijzing')} {d.k('Politie')} {d.k('basisteam')} {d.k(c.city)} – {d.k(date(c.d1, 1))}"
    body = [d.run("sent:referral_police")] + sents(d, 2) + known_line(d)
    tail = f"{d.k('Contact')} {d.k('melder')}: {d.tf(c.A)}, {d.add(c.A.phone, 'PHONE')}"
    return "\n".join([head, " ".join(body), tail])


@shape("doc", "corporation_referral")
def d_corp(d, c):
    head = f"{d.k(c.corp)} – {d.k('Aanmelding')} {d.k('buurtbemiddeling')}"
    body = [d.run("sent:referral_corp")] + sents(d, 2) + known_line(d) + [d.run("sent:postcode_area")]
    return head + "\n" + " ".join(body) + "\n" + d.run("line:case_field")


@shape("doc", "community_referral")
def d_comm(d, c):
    head = f"{d.k('Wijknotitie')} {d.k('Gemeente')} {d.k(c.city)}, {d.k('team')} {d.k('Leefbaarheid')}"
    body = [d.run("sent:referral_municipal")] + sents(d, 2) + known_line(d)
    return head + "\n" + " ".join(body) + "\n" + d.run("line:referrer_field")


@shape("doc", "letterbox_note_text")
def d_note(d, c):
    b = c.B
    greet = d.r.choice(
        [f"Beste {d.first(b)},", f"Aan de bewoners van {d.addr(b)},", f"{cap(title(d.r, b))} {d.bare(b)},"]
    )
    body = " ".join(sents(d, 2) + known_line(d))
    sign = d.r.choice(
        [f"Groet, {d.first(c.A)} (nr. {c.A.nr})", f"{d.full(c.A)}", f"De {d.k('buren')} van {d.addr(c.A)}"]
    )
    return f"{greet}\n{d.k('Even')} een {d.k('briefje')} omdat {d.k('praten')} niet lukt. {body}\n{sign}"


@shape("doc", "app_thread")
def d_app(d, c):
    msgs = [
        (c.A, f"{d.k('Kunnen')} jullie de {d.k('muziek')} zachter zetten? Het is {d.k('doordeweeks')}."),
        (c.B, f"Wij hebben ook {d.k('recht')} op {d.k('plezier')} hoor {d.P(c.A.first.lower())}"),
        (c.A, f"Dan bel ik {d.k('morgen')} de {d.k('wijkagent')}."),
        (c.B, f"{d.k('Prima')}, bel {d.full(c.R)} maar. Groetjes aan {d.first(c.A.partner)}"),
    ]
    lines = [f"{d.k('Schermafbeelding')} {d.k('WhatsApp')} ({d.k('aangeleverd')} door {d.tb(c.A)})"]
    lines += [d.run("line:app_msg", p, m) for p, m in msgs[: d.r.randint(2, 4)]]
    lines.append(" ".join(sents(d, 1) + known_line(d)))
    return "\n".join(lines)


@shape("doc", "complaint_letter")
def d_complaint(d, c):
    lines = [
        d.run("line:mail_from"),
        d.run("line:mail_to"),
        d.run("line:subject"),
        f"{d.k('Geachte')} {title(d.r, c.K)} {d.bare(c.K)},",
        " ".join(sents(d, 3) + known_line(d)),
        f"Met {d.k('vriendelijke')} groet, {d.full(c.A)}",
    ]
    if d.r.random() < 0.6:
        lines.insert(5, d.run("line:attachment"))
    return "\n".join(lines)


@shape("doc", "coordinator_mail")
def d_coord(d, c):
    lines = [
        f"Van: {d.full(c.K)} <{d.add(c.K.email, 'EMAIL')}>",
        f"Aan: {d.add(c.M1.email, 'EMAIL')}, {d.add(c.M2.email, 'EMAIL')}",
        f"Hoi {d.first(c.M1)} en {d.first(c.M2)},",
        " ".join([d.run("sent:coordinator_pairing")] + sents(d, 2) + known_line(d)),
        d.run("line:counterpart_field"),
        f"{d.k('Succes')}, {d.first(c.K)}",
    ]
    return "\n".join(lines)


@shape("doc", "closing_registration")
def d_close(d, c):
    lines = [
        d.run("line:upper_header"),
        d.run("line:case_field"),
        d.run("line:mediators_field"),
        f"{d.k('Resultaat')}: {d.k(d.r.choice(['afspraken gemaakt', 'gedeeltelijk opgelost', 'geen contact']))}",
        " ".join(sents(d, 2) + known_line(d)),
        d.run("line:initials"),
    ]
    return "\n".join(lines)


@shape("doc", "voicemail_transcript")
def d_voicemail(d, c):
    p = c.B if d.r.random() < 0.5 else c.A
    head = f"{d.k('Voicemail')} {d.k('ingesproken')} op {d.k(date(c.d2))}, {d.k('uitgeschreven')} door {d.first(c.K)}:"
    body = (
        f"'Ja, {d.k('goedemiddag')}, u spreekt met {d.full(p)}, {d.k('ik')} bel over {d.bare(c.A if p is c.B else c.B)}. "
        + " ".join(sents(d, 2) + known_line(d))
        + f" Mijn {d.k('nummer')} is {d.add(p.phone, 'PHONE')}.'"
    )
    return head + "\n" + body


@shape("doc", "volunteer_logbook")
def d_log(d, c):
    lines = [f"{d.k('Logboek')} {d.k('bemiddelaarsduo')} {d.full(c.M1)} / {d.full(c.M2)}"]
    lines += [d.run("line:log_entry", s) for s in sents(d, 3)]
    kl = known_line(d)
    if kl:
        lines.append(kl[0])
    return "\n".join(lines)


@shape("doc", "invitation_letter")
def d_invite(d, c):
    p = d.r.choice([c.A, c.B])
    lines = [
        f"{cap(title(d.r, p))} {d.full(p)}",
        f"{d.addr(p)}",
        f"{d.add(p.pc, 'POSTCODE')} {d.k(c.city.upper())}",
        f"{d.k(c.city)}, {d.k(date(c.d1))}",
        f"{d.k('Betreft')}: {d.k('uitnodiging')} {d.k('kennismakingsgesprek')}",
        " ".join(sents(d, 2) + known_line(d)),
        d.run("sent:coordinator_email"),
    ]
    return "\n".join(lines)


@shape("doc", "forwarded_app_post")
def d_fwd(d, c):
    lines = [
        d.run("line:handle"),
        f"'{d.k('Wie')} van jullie weet van wie die {d.k('scooter')} is die elke {d.k('nacht')} om drie uur start?'",
        " ".join(sents(d, 2) + known_line(d)),
        d.run("line:attachment"),
    ]
    return "\n".join(lines)


@shape("doc", "case_summary")
def d_summary(d, c):
    lines = [
        f"{d.k('Samenvatting')} {d.k('dossier')} {d.add(c.case, 'CASE_NUMBER')}",
        d.run("line:referrer_field"),
        d.run("line:mediators_field"),
        " ".join(sents(d, 4) + known_line(d)),
    ]
    if d.r.random() < 0.5:
        lines.append(d.run("line:plate_field"))
    return "\n".join(lines)


# ---------------------------------------------------------------- gate and build


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+(?:'[a-z]+)?", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None if ``doc`` passes every gate, else the reason."""
    try:
        check_doc(doc)
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
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {shared} with a name"
    if "known" in doc:
        if not any(k == k.lower() and _words(k) & known_words for k in doc["keep"]):
            return "known name without ordinary use in keep"
    return None


def build(i: int, attempt: int) -> tuple[dict, list[str]]:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = r.choice(N.KNOWN) if i % 4 == 1 else None
    c = Ctx(r, known)
    d = Doc(r, c)
    d.known_word = known[1] if known else None
    d.known_sents = known[2] if known else []
    kind = DOC_KINDS[(i + attempt) % len(DOC_KINDS)] if attempt < 3 else r.choice(DOC_KINDS)
    d.shapes.append(kind)
    text = SHAPES[kind](d, c)
    if known and not any(s in text for s in known[2]):
        d.shapes.append("sent:known_ordinary")
        text += "\n" + r.choice(known[2])
        d.k(known[1])
    if known and c.A.bare not in text:
        text += f"\n{d.k('Contactpersoon')}: {d.tb(c.A)}."
    if known and c.A.full not in text:
        text = f"{d.k('Aanmelder')}: {d.full(c.A)}\n" + text
    doc = {
        "id": f"fresh32d-{i:04d}",
        "text": text,
        "pii": [p for p in d.pii if p["text"] in text],
        "keep": [k for k in d.keep if k in text],
    }
    if known:
        kn = {"names": [c.A.full]}
        if c.A.email in text:
            kn["emails"] = [c.A.email]
        if c.A.phone in text:
            kn["phones"] = [c.A.phone]
        doc["known"] = kn
    return doc, d.shapes


def generate() -> tuple[list[dict], Counter, int, list[str]]:
    docs, used, redraws, reasons = [], Counter(), 0, []
    for i in range(N_DOCS):
        for attempt in range(60):
            doc, shapes = build(i, attempt)
            why = gate(doc)
            if why is None:
                break
            redraws += 1
            reasons.append(f"{i}:{why}")
        else:
            raise SystemExit(f"document {i} fails its gate: {why}")
        docs.append(doc)
        used.update(shapes)
    return docs, used, redraws, reasons


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, used, redraws, reasons = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh32d_texts.jsonl is up to date" if same else "fresh32d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        kinds = Counter(k.split(":")[0] for k in SHAPES)
        print(
            f"shapes registered: {len(SHAPES)} ({kinds['doc']} document kinds, {kinds['line']} line shapes, "
            f"{kinds['sent']} sentence shapes); used: {len(used)}"
        )
        print(f"origin groups: {len(N.GROUPS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        for why in Counter(r.split(":", 1)[1].split(":")[0] for r in reasons).most_common():
            print(f"  redraw reason {why[0]}: {why[1]}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
