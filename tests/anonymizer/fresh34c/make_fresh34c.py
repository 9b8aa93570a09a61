"""Blind anonymizer corpus fresh34c (helper A3, round twenty-eight): land, leasehold and strips of municipal green.

Seeded (20261283); document i draws from random.Random("20261283-<i>"), redrawn from "20261283-<i>-<attempt>" when
it fails gate(). Usage: make_fresh34c.py [--check | --stats]
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
from names34c import KNOWN, KNOWN_FIRST, KNOWN_FIRST_F, KNOWN_FIRST_M, ORIGINS, PARTICLES_NL  # noqa: E402

_spec = importlib.util.spec_from_file_location("score34c", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261283
N_DOCS = 300
OUT = HERE / "fresh34c_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(fn):
    SHAPES[fn.__name__] = fn
    return fn


TOWNS = [
    ("Apeldoorn", "14 055"),
    ("Deventer", "14 0570"),
    ("Emmen", "14 0591"),
    ("Haarlemmermeer", "14 023"),
    ("Leeuwarden", "14 058"),
    ("Amersfoort", "14 033"),
    ("Heerenveen", "14 0513"),
    ("Almere", "14 036"),
    ("Venlo", "14 077"),
    ("Hoorn", "14 0229"),
    ("Westland", "14 0174"),
    ("Oldambt", "14 0597"),
    ("Hengelo", "14 074"),
    ("Meppel", "14 0522"),
]
STREET_A = [
    "Eiken",
    "Berken",
    "Wilgen",
    "Meidoorn",
    "Vlier",
    "Hazelaar",
    "Sleedoorn",
    "Kastanje",
    "Zwaluw",
    "Kievit",
    "Reiger",
    "Roerdomp",
    "Koren",
    "Vlas",
    "Hennep",
    "Turf",
    "Klaver",
    "Boekweit",
    "Spurrie",
    "Lijster",
]
STREET_B = ["laan", "hof", "straat", "weg", "pad", "singel", "dreef", "kamp", "erf", "akker", "gaarde", "horst"]
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
MON3 = ["jan.", "febr.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
UNITS = [
    "",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
ORDINAL_DAYS = None


def num_words(n: int) -> str:
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if not u:
        return TENS[t]
    joiner = "ën" if UNITS[u].endswith("e") else "en"
    return UNITS[u] + joiner + TENS[t]


def year_words(y: int) -> str:
    return ("negentienhonderd" if y < 2000 else "tweeduizend") + num_words(y % 100)


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    n = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(n) % 97 == 1


class Person:
    def __init__(self, first, particle, sur, female, origin):
        self.first, self.particle, self.sur, self.female, self.origin = first, particle, sur, female, origin

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def bare(self):
        return (self.particle[0].upper() + self.particle[1:] + " " + self.sur) if self.particle else self.sur

    @property
    def init(self):
        return self.first[0] + ". " + (self.particle + " " if self.particle else "") + self.sur

    @property
    def caps(self):
        return self.first + " " + ((self.particle.upper() + " ") if self.particle else "") + self.sur.upper()

    @property
    def poss(self):
        b = self.bare
        return b + ("'" if b[-1] in "sxz" else "'s" if b[-1] in "aeiouy" else "s")

    @property
    def fposs(self):
        f = self.first
        return f + ("'" if f[-1] in "sxz" else "'s" if f[-1] in "aeiouy" else "s")

    @property
    def list_sur(self):  # "Schuur, van der" style surname part for lists
        return self.sur + (", " + self.particle if self.particle else "")

    def title(self, formal=True):
        if self.female:
            return "mevrouw" if formal else "mw."
        return "de heer" if formal else "dhr."

    def Title(self):
        return "Mevrouw" if self.female else "De heer"

    def pron(self):
        return "zij" if self.female else "hij"

    def zijn(self):
        return "haar" if self.female else "zijn"


class Doc:
    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known = None
        self.town, self.kcc = r.choice(TOWNS)
        self.dom = fold(self.town).lower().replace(" ", "").replace("-", "") + ".nl"
        self.people: list[Person] = []
        self.used_names: set[str] = set()
        self.resident: Person | None = None
        self.res_phones: list[str] = []
        self.res_emails: list[str] = []

    # registration
    def add(self, s: str, label: str) -> str:
        it = {"text": s, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return s

    def P(self, s: str) -> str:
        return self.add(s, "PERSON")

    def k(self, *ws: str) -> str:
        for w in ws:
            if w not in self.keep:
                self.keep.append(w)
        return ws[0]

    def use(self, name: str):
        self.shapes.append(name)

    def line(self, name: str, *a, **kw) -> str:
        self.use(name)
        return SHAPES[name](self, *a, **kw)

    # people
    def person(self, origin=None, female=None, family: Person | None = None) -> Person:
        r = self.r
        for _ in range(50):
            if family is not None:
                origin = family.origin
            og = origin or r.choice(list(ORIGINS))
            males, females, stems, ends, _j = ORIGINS[og]
            fem = r.random() < 0.5 if female is None else female
            first = r.choice(females if fem else males)
            if family is not None:
                particle, sur = family.particle, family.sur
            else:
                particle = r.choice(PARTICLES_NL) if og == "nederlands-tussenvoegsel" else ""
                stem, end = r.choice(stems), r.choice(ends)
                sur = stem + end
                if og == "nederlands-tussenvoegsel":
                    sur = sur[0].upper() + sur[1:]
                if og in ("pools",) and fem and sur.endswith("ski"):
                    sur = sur[:-1] + "a"
                if og == "bulgaars" and fem:
                    sur += "a"
            words = set(first.lower().split()) | set(sur.lower().split())
            if family is None and words & self.used_names:
                continue
            if family is not None and first.lower() in self.used_names:
                continue
            self.used_names |= words
            p = Person(first, particle, sur, fem, og)
            self.people.append(p)
            return p
        raise RuntimeError("no name")

    def known_person(self) -> tuple[Person, str, str]:
        r = self.r
        if r.random() < 0.12:
            first, word, sent = r.choice(KNOWN_FIRST)
            base = self.person(origin=r.choice(["nederlands", "fries", "nederlands-tussenvoegsel"]), female=True)
            p = base
            p.first = first
        else:
            particle, sur, word, sent = r.choice(KNOWN)
            fem = r.random() < 0.5
            first = r.choice(KNOWN_FIRST_F if fem else KNOWN_FIRST_M)
            p = Person(first, particle, sur, fem, "nederlands")
            self.people.append(p)
        self.used_names |= set(p.first.lower().split()) | {p.sur.lower()}
        return p, word, sent

    def ph(self, p, mobile=None) -> str:
        s = self.add(self.phone(mobile), "PHONE")
        if p is self.resident:
            self.res_phones.append(s)
        return s

    def em(self, p) -> str:
        s = self.add(self.email(p), "EMAIL")
        if p is self.resident:
            self.res_emails.append(s)
        return s

    # data
    def street(self) -> str:
        return self.r.choice(STREET_A) + self.r.choice(STREET_B)

    def address(self, street=None) -> str:
        r = self.r
        n = str(r.randint(1, 180))
        n += r.choice(["", "", "", "a", "B", "-1", "-2", "c"])
        return (street or self.street()) + " " + n

    def postcode(self) -> str:
        r = self.r
        while True:
            letters = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                break
        return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"

    def phone(self, mobile=None) -> str:
        r = self.r
        if mobile is None:
            mobile = r.random() < 0.7
        if mobile:
            d = "6" + "".join(r.choice("0123456789") for _ in range(8))
            return r.choice(
                [
                    f"0{d[:1]}-{d[1:]}",
                    f"0{d[:1]} {d[1:5]} {d[5:]}",
                    f"+31 {d[0]} {d[1:5]} {d[5:]}",
                    f"+316{d[1:]}",
                    f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                    f"(06) {d[1:]}",
                ]
            )
        area = r.choice(["055", "0570", "0591", "058", "033", "0513", "036", "077", "0229", "0174", "0597", "074"])
        rest = "".join(r.choice("123456789") for _ in range(10 - len(area)))
        return r.choice(
            [f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31 {area[1:]} {rest}"]
        )

    def email(self, p: Person, official=False) -> str:
        r = self.r
        f, s = (
            fold(p.first).lower().replace(" ", "").replace("-", ""),
            fold(p.sur).lower().replace(" ", "").replace("-", ""),
        )
        pa = "".join(w[0] for w in p.particle.replace("'t", "t").split()) if p.particle else ""
        if official:
            return f"{f[0]}.{pa}{s}@{self.dom}" if r.random() < 0.6 else f"{f}.{pa}{s}@{self.dom}"
        local = r.choice(
            [
                f"{f}.{pa}{s}",
                f"{f[0]}{pa}{s}",
                f"{s}.{f}",
                f"{f}{s[:4]}{r.randint(10, 99)}",
                f"{f}_{s}",
                f"tuin.{s}",
                f"{s}{r.randint(60, 99)}",
            ]
        )
        return (
            local
            + "@"
            + r.choice(
                [
                    "ziggo.nl",
                    "kpnmail.nl",
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "xs4all.nl",
                    "planet.nl",
                    "icloud.com",
                    "live.nl",
                    "proton.me",
                ]
            )
        )

    def bsn(self) -> str:
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if s < 10:
                t = "".join(map(str, d + [s]))
                return r.choice([t, f"{t[:4]}.{t[4:6]}.{t[6:]}", f"{t[:3]} {t[3:6]} {t[6:]}"])

    def iban(self) -> str:
        r = self.r
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        acc = "".join(r.choice("0123456789") for _ in range(10))
        n = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
        t = f"NL{98 - n % 97:02d}{bank}{acc}"
        assert iban_ok(t)
        return t if r.random() < 0.4 else " ".join(t[i : i + 4] for i in range(0, len(t), 4))

    def plate(self) -> str:
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        return r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"V-{D(3)}-{L(2)}",
            ]
        )

    def case(self) -> str:
        r = self.r
        y = r.choice([24, 25, 26])
        n = lambda k: "".join(r.choice("0123456789") for _ in range(k))
        return r.choice(
            [
                f"GZ/{2000 + y}/{n(5)}",
                f"SNG-{y}-{n(4)}",
                f"ERF.{2000 + y}.{n(4)}",
                f"VJ {y}/{n(4)}",
                f"HH-{2000 + y}-{n(5)}",
                f"Z{y}.{n(3)}.{n(3)}",
                f"KCC#{2000 + y}-{n(5)}",
                f"GRZ{y}{n(6)}",
                f"BOR/HH/{n(4)}-{y}",
                f"VG{y}-{n(3)}-{n(2)}",
                f"D{2000 + y}/{n(4)}/GZ",
            ]
        )

    def is_known(self, p) -> bool:
        return p is self.resident and self.i % 4 == 1

    def dob(self, style=None, p=None) -> str:
        r = self.r
        y, m, dd = r.randint(1938, 2002), r.randint(1, 12), r.randint(1, 28)
        if p is not None:
            if not hasattr(p, "dob"):
                p.dob = (y, m, dd)
            y, m, dd = p.dob
        styles = ["long", "dash", "iso", "dots", "slash", "mon3", "short", "words", "dash1"]
        st = style or r.choice(styles)
        return {
            "long": f"{dd} {MONTHS[m - 1]} {y}",
            "dash": f"{dd:02d}-{m:02d}-{y}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "dots": f"{dd:02d}.{m:02d}.{y}",
            "slash": f"{dd}/{m}/{y}",
            "mon3": f"{dd} {MON3[m - 1]} {y}",
            "short": f"{dd} {MONTHS[m - 1]} '{y % 100:02d}",
            "words": f"{num_words(dd)} {MONTHS[m - 1]} {year_words(y)}",
            "dash1": f"{dd}-{m}-{y % 100:02d}",
        }[st]

    def date(self, style=None) -> str:
        r = self.r
        y, m, dd = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
        st = style or r.choice(["long", "long", "dash", "wd"])
        if st == "long":
            return f"{dd} {MONTHS[m - 1]} {y}"
        if st == "dash":
            return f"{dd:02d}-{m:02d}-{y}"
        return f"{r.choice(WEEKDAYS)} {dd} {MONTHS[m - 1]}"

    def money(self, lo=150, hi=48000) -> str:
        v = self.r.randint(lo, hi)
        s = f"{v:,}".replace(",", ".")
        return f"€ {s},{self.r.choice(['00', '50', '-'])}".replace(",-", ",-")

    def m2(self) -> int:
        return self.r.randint(12, 240)

    def parcel(self) -> str:
        r = self.r
        return f"{self.town.upper()[:3]}{r.randint(0, 9)} {r.choice('ABCDEGHKLMNOPRS')} {r.randint(100, 9999)}"

    def official(self, female=None) -> tuple[Person, str, str]:
        fn, dept = self.r.choice(FUNCTIONS)
        return self.person(female=female), fn, dept


FUNCTIONS = [
    ("medewerker grondzaken", "Team Grondzaken"),
    ("adviseur vastgoed", "afdeling Vastgoed"),
    ("toezichthouder", "Team Toezicht en Handhaving"),
    ("jurist", "Juridische Zaken"),
    ("beheerder openbare ruimte", "Team Beheer Openbare Ruimte"),
    ("accountmanager erfpacht", "Bureau Erfpacht"),
    ("landmeter", "Team Geo-informatie"),
    ("handhaver", "Team Handhaving Fysieke Leefomgeving"),
    ("wijkbeheerder", "Team Wijkbeheer"),
    ("senior adviseur grondbeleid", "afdeling Ruimte"),
]


# ---------------------------------------------------------------- line and sentence shapes
@shape
def sig_official_pipe(d, o, fn, dept):
    return f"{d.P(o.full)} | {fn} | {d.k(dept)} | gemeente {d.k(d.town)} | {d.k(d.kcc)}"


@shape
def sig_official_block(d, o, fn, dept):
    return (
        f"{d.k('Met')} vriendelijke groet,\n{d.P(o.init)}\n{fn[0].upper() + fn[1:]}, {d.k(dept)}\n"
        f"T {d.add(d.phone(False), 'PHONE')} | {d.add(d.email(o, True), 'EMAIL')}"
    )


@shape
def sig_resident_block(d, p):
    a, pc = d.add(d.address(), "ADDRESS"), d.add(d.postcode(), "POSTCODE")
    return f"{d.k('Groeten')},\n{d.P(p.full)}\n{a}\n{pc} {d.k(d.town)}\n{d.ph(p, True)}"


@shape
def sig_notary(d, n):
    return f"{d.k('Hoogachtend')},\nmr. {d.P(n.init)}, {d.k('notaris')} te {d.k(d.town)}"


@shape
def ref_kenmerken(d):
    return f"Ons kenmerk: {d.add(d.case(), 'CASE_NUMBER')}    Uw kenmerk: {d.add(d.case(), 'CASE_NUMBER')}    {d.k('Datum')}: {d.date('long')}"


@shape
def ref_betreft(d, what):
    return f"{d.k('Betreft')}: {what} (zaak {d.add(d.case(), 'CASE_NUMBER')})"


@shape
def contact_kcc(d):
    return (
        f"{d.k('Heeft')} u vragen? Bel {d.k(d.kcc)} (op werkdagen tussen 8.30 en 17.00 uur) of mail naar "
        f"{d.k('info@' + d.dom)}."
    )


@shape
def greet_formal(d, p):
    return f"Geachte {'mevrouw' if p.female else 'heer'} {d.P(p.bare)},"


@shape
def greet_informal(d, p):
    return f"{d.k('Beste')} {d.P(p.first)},"


@shape
def cc_line(d, people):
    return "Cc: " + "; ".join(f"{d.P(p.init)} ({role})" for p, role in people)


@shape
def bijlagen_files(d, p):
    s = fold(p.sur).replace(" ", "")
    d.P(s)
    f1 = f"Meetrapport_{s}_{d.r.randint(2024, 2026)}.pdf"
    f2 = f"kadastrale_kaart_{s.lower()}.png"
    if d.is_known(p):
        f2 = f"kadastrale_kaart_{s}.png"
    else:
        d.P(s.lower())
    return f"{d.k('Bijlagen')}: {f1}, {f2}, {d.k('Situatietekening')}.pdf"


@shape
def pay_iban(d, p):
    return (
        f"{d.k('Het')} bedrag van {d.k(d.money(300, 9000))} kunt u overmaken vanaf rekening {d.add(d.iban(), 'IBAN')} "
        f"t.n.v. {d.P(p.init)} onder vermelding van {d.add(d.case(), 'CASE_NUMBER')}."
    )


@shape
def refund_iban(d, p):
    return (
        f"{d.k('Restitutie')} van de te veel betaalde canon volgt op {d.add(d.iban(), 'IBAN')} "
        f"ten name van {p.title()} {d.P(p.bare)}."
    )


@shape
def bsn_line(d, p):
    return f"{d.k('Burgerservicenummer')} van {d.P(p.init)}: {d.add(d.bsn(), 'BSN')}."


@shape
def dob_cue(d, p):
    return f"{p.Title()} {d.P(p.full)}, geboren op {d.add(d.dob('long', p), 'DATE_OF_BIRTH')}, is {d.k('eigenaar')} van de woning."


@shape
def plate_line(d, p):
    return (
        f"{d.k('Op')} de groenstrook stond tijdens de controle een bestelbus met kenteken "
        f"{d.add(d.plate(), 'LICENSE_PLATE')}; volgens de buren is die van {d.P(p.first)}."
    )


@shape
def family_line(d, p):
    c = d.person(family=p)
    e = d.person(family=p)
    return (
        f"{d.k('Samen')} met {p.zijn()} {'dochter' if c.female else 'zoon'} {d.P(c.full)} en "
        f"{'kleindochter' if e.female else 'kleinzoon'} {d.P(e.first)} onderhoudt {p.pron()} de strook al jaren."
    )


@shape
def neighbour_line(d, p):
    n = d.person()
    a = d.add(d.address(), "ADDRESS")
    return (
        f"{d.k('Buurvrouw' if n.female else 'Buurman')} {d.P(n.full)} ({a}) verklaart dat {d.P(p.poss)} hek er al "
        f"sinds {d.r.randint(1984, 2003)} staat."
    )


@shape
def quote_line(d, p):
    return f"„Ik heb die grond altijd als mijn tuin gebruikt”, zegt {d.P(p.bare)}. {d.k('Niemand')} heeft daar ooit iets van gezegd."


@shape
def lower_note(d, p):
    nm = p.full if d.is_known(p) else p.full.lower()
    return f"nb: {d.P(nm)} belt terug na het bezoek van de {d.k('taxateur')}, liefst niet op {d.k('vrijdag')}."


@shape
def caps_deed(d, p):
    return (
        f"{d.P(p.caps)}, geboren te {d.k(d.r.choice(['Nador', 'Ankara', 'Paramaribo', 'Gdańsk', 'Asmara', 'Deventer', 'Willemstad', 'Mogadishu']))} "
        f"op {d.add(d.dob('words', p), 'DATE_OF_BIRTH')}, hierna te noemen: „{d.k('Koper')}”."
    )


@shape
def list_row(d, p, extra=""):
    d.P(p.list_sur)
    d.P(p.first)
    return f"{p.list_sur}, {p.first}{extra}"


@shape
def email_header(d, frm: Person, to: Person, subj):
    return (
        f"Van: {d.P(frm.full)} <{d.em(frm)}>\nVerzonden: {d.date('wd')} 2026 {d.r.randint(7, 22)}:{d.r.randint(10, 59)}\n"
        f"Aan: {d.P(to.full)}\nOnderwerp: {subj}"
    )


@shape
def fwd_header(d, o):
    return f"-----Doorgestuurd bericht-----\nVan: {d.add(d.email(o, True), 'EMAIL')}\nAan: {d.k('grondzaken@' + d.dom)}"


@shape
def phone_ask(d, p):
    ph = d.ph(p)
    return f"{d.k('Terugbellen')} graag op {ph}, het liefst na 16.00 uur; {p.title(False)} {d.P(p.bare)} werkt overdag."


@shape
def surveyor_line(d, s):
    return (
        f"{d.k('Landmeter')} {d.P(s.full)} van het {d.k('Kadaster')} heeft de grens aangewezen met "
        f"{d.r.randint(2, 6)} nieuwe grenspunten."
    )


@shape
def mediator_line(d, m):
    return f"{d.k('Bemiddelaar')} {d.P(m.full)} opende het gesprek en legde de spelregels uit."


@shape
def possessive_shed(d, p):
    return f"{d.P(p.fposs)} tuinhuis staat deels op het {d.k('plantsoen')}; de {d.k('dakgoot')} steekt over de grens."


@shape
def initials_only(d, p):
    return f"{d.k('Gezien')} en akkoord, {d.P(p.init)} ({d.date('dash')})"


@shape
def dob_table(d, p):
    return (
        f"{d.P(p.full)} | {d.add(d.dob(d.r.choice(['dots', 'slash', 'iso']), p), 'DATE_OF_BIRTH')} | {d.k('eigenaar')}"
    )


@shape
def addr_only_street(d):
    st = d.street()
    d.add(st, "ADDRESS")
    return f"{d.k('Langs')} de {st} ligt een strook van {d.m2()} m² die de gemeente wil verkopen."


@shape
def parcel_sentence(d):
    return (
        f"{d.k('Het')} betreft perceel {d.parcel()}, groot {d.m2()} m², gelegen achter de woning, "
        f"{d.k('bestemming')} Groen."
    )


@shape
def price_sentence(d):
    return f"{d.k('De')} prijs bedraagt {d.k(d.money(40, 260))} per m², kosten koper, exclusief {d.k('btw')}."


@shape
def canon_sentence(d):
    return (
        f"{d.k('Vanaf')} 1 januari 2027 wordt de jaarlijkse {d.k('canon')} {d.k(d.money(400, 4800))}; "
        f"dat is een verhoging van {d.r.randint(8, 140)} procent."
    )


@shape
def verjaring_sentence(d, p):
    return (
        f"{d.k('Volgens')} {d.P(p.init)} is de strook door {d.k('verjaring')} eigendom geworden, omdat de tuin al "
        f"sinds {d.r.randint(1979, 2004)} is omheind."
    )


@shape
def enforce_deadline(d):
    return (
        f"{d.k('Wij')} geven u tot {d.date('long')} de tijd om de {d.k('schutting')} terug te plaatsen op de "
        f"{d.k('erfgrens')}. {d.k('Doet')} u dat niet, dan verbeurt u een {d.k('dwangsom')} van "
        f"{d.k(d.money(250, 2500))} per week."
    )


@shape
def viewing_line(d, o, fn):
    return f"{d.k('Aanwezig')}: {d.P(o.full)} ({fn}), {d.P(d.resident.full)} ({d.k('bewoner')})."


@shape
def kadaster_row(d, p, share):
    return f"{d.k('Gerechtigde')}: {d.P(p.init)} — {d.k('eigendom')} {share}"


@shape
def intake_fields(d, p):
    a, pc = d.add(d.address(), "ADDRESS"), d.add(d.postcode(), "POSTCODE")
    return (
        f"Naam: {d.P(p.full)}\nGeb.datum: {d.add(d.dob(d.r.choice(['dash', 'dash1', 'mon3']), p), 'DATE_OF_BIRTH')}\n"
        f"Adres: {a}, {pc} {d.k(d.town)}\nE-mail: {d.em(p)}\nTel.: {d.ph(p)}"
    )


@shape
def timeline_row(d, text):
    return f"- {d.date('dash')}: {text}"


@shape
def chat_line(d, p, msg):
    nm = p.first if d.is_known(p) else p.first.lower()
    return f"[{d.r.randint(7, 22)}:{d.r.randint(10, 59)}] {d.P(nm)}: {msg}"


@shape
def known_use(d, sent):
    return sent


@shape
def weekday_meeting(d):
    wd = d.r.choice(WEEKDAYS)
    return f"{d.k('Het')} {d.k('locatiebezoek')} is gepland op {d.k(wd)} om {d.r.randint(9, 15)}.00 uur."


@shape
def law_line(d):
    law = d.r.choice(
        [
            ("artikel 3:105 BW", "BW"),
            ("artikel 5:31 BW", "BW"),
            ("de Omgevingswet", "Omgevingswet"),
            ("de Algemene wet bestuursrecht", "Algemene"),
            ("de Algemene Bepalingen Erfpacht 2016", "Erfpacht"),
        ]
    )
    return f"{d.k('Wij')} verwijzen naar {law[0]}{'.' if not law[0].endswith('.') else ''}"


@shape
def handle_line(d, p):
    h = fold(p.first).lower()[:4] + "_" + fold(p.sur).lower().replace(" ", "")[:6] + str(d.r.randint(1, 99))
    d.P(h)
    return f"{d.k('Op')} het buurtplatform plaatste {h} foto's van de afgezette {d.k('groenstrook')}."


@shape
def caps_owner(d, p):
    return f"{d.k('EIGENAAR')}: {d.P(p.sur.upper())}, {d.P(p.first.upper())}"


# ---------------------------------------------------------------- document kinds
KINDS: list[str] = []


def kind(fn):
    KINDS.append(fn.__name__)
    return shape(fn)


@kind
def snip_request_mail(d):
    R = d.resident
    o, fn, dept = d.official()
    a = d.add(d.address(), "ADDRESS")
    return [
        d.line("email_header", R, o, f"{d.k('Aankoop')} {d.k('snippergroen')} naast {a}"),
        d.line("greet_formal", o),
        f"{d.k('Graag')} wil ik de strook {d.k('gemeentegrond')} naast mijn tuin kopen. {d.k('Wij')} onderhouden "
        f"die al sinds {d.r.randint(1995, 2015)}.",
        d.line("parcel_sentence"),
        d.line("sig_resident_block", R),
    ]


@kind
def snip_offer_letter(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("ref_kenmerken"),
        d.line("greet_formal", R),
        f"{d.k('Naar')} aanleiding van uw verzoek doen wij u een {d.k('koopaanbieding')} voor de groenstrook.",
        d.line("price_sentence"),
        f"{d.k('Deze')} aanbieding is geldig tot {d.date('long')}. {d.k('De')} {d.k('notaris')} stelt de "
        f"{d.k('leveringsakte')} op.",
        d.line("contact_kcc"),
        d.line("sig_official_block", o, fn, dept),
    ]


@kind
def snip_rent_summary(d):
    R = d.resident
    pc = d.add(d.postcode(), "POSTCODE")
    return [
        f"{d.k('HUUROVEREENKOMST')} {d.k('GROENSTROOK')} — {d.add(d.case(), 'CASE_NUMBER')}",
        f"{d.k('Huurder')}: {d.P(R.full)}, {d.add(d.address(), 'ADDRESS')}, {pc} {d.k(d.town)}",
        f"{d.k('Oppervlakte')}: {d.m2()} m²; huurprijs {d.k(d.money(25, 600))} per jaar.",
        f"{d.k('Ingangsdatum')}: {d.date('long')}",
        d.line("pay_iban", R),
    ]


@kind
def erfpacht_canon_letter(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("ref_betreft", f"{d.k('herziening')} {d.k('erfpachtcanon')}"),
        d.line("greet_formal", R),
        f"{d.k('Het')} {d.k('tijdvak')} van uw {d.k('erfpacht')} loopt af. {d.k('Wij')} hebben de grondwaarde "
        f"opnieuw laten bepalen.",
        d.line("canon_sentence"),
        d.line("law_line"),
        d.line("sig_official_pipe", o, fn, dept),
    ]


@kind
def erfpacht_afkoop_objection(d):
    R = d.resident
    p2 = d.person(family=R)
    return [
        f"{d.k('Bezwaarschrift')} tegen het besluit van {d.date('long')}, kenmerk {d.add(d.case(), 'CASE_NUMBER')}",
        f"{d.k('Wij')}, {d.P(R.full)} en {d.P(p2.full)}, maken bezwaar tegen de {d.k('afkoopsom')} voor "
        f"{d.k('eeuwigdurende')} {d.k('erfpacht')} van {d.k(d.money(9000, 48000))}.",
        d.line("bsn_line", R),
        d.line("phone_ask", R),
        f"{d.k('Handtekening')}: {d.P(R.init)} / {d.P(p2.init)}",
    ]


@kind
def verjaring_lawyer_letter(d):
    R = d.resident
    adv = d.person()
    o, fn, dept = d.official()
    return [
        f"{d.k('Advocatenkantoor')} {d.k('Grondrecht')} — {d.date('long')}",
        f"{d.k('Aan')}: {d.k('college')} van burgemeester en wethouders van {d.k(d.town)}, t.a.v. {d.P(o.full)}",
        f"{d.k('Namens')} mijn cliënte/cliënt {d.P(R.full)} ({d.add(d.address(), 'ADDRESS')}) deel ik u het volgende mee.",
        d.line("verjaring_sentence", R),
        d.line("neighbour_line", R),
        f"mr. {d.P(adv.full)}, {d.k('advocaat')}",
    ]


@kind
def verjaring_reply(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("greet_formal", R),
        f"{d.k('Uw')} beroep op {d.k('verjaring')} wijzen wij af. {d.k('Voor')} bevrijdende verjaring is "
        f"{d.k('twintig')} jaar {d.k('ondubbelzinnig')} bezit nodig; een los hek is daarvoor niet genoeg.",
        d.line("law_line"),
        d.line("contact_kcc"),
        d.line("sig_official_block", o, fn, dept),
    ]


@kind
def kadaster_extract(d):
    R = d.resident
    p2 = d.person(family=R) if d.r.random() < 0.6 else d.person()
    pc = d.add(d.postcode(), "POSTCODE")
    return [
        f"{d.k('Uittreksel')} {d.k('Kadastrale')} {d.k('Kaart')} / {d.k('Basisregistratie')} {d.k('Kadaster')}",
        f"{d.k('Perceel')}: {d.parcel()}   {d.k('Grootte')}: {d.m2()} ca",
        f"{d.k('Ligging')}: {d.add(d.address(), 'ADDRESS')}, {pc} {d.k(d.town)}",
        d.line("kadaster_row", R, "1/2"),
        d.line("kadaster_row", p2, "1/2"),
        f"{d.k('Geboortedatum')} eerste gerechtigde: {d.add(d.dob('dash', R), 'DATE_OF_BIRTH')}",
    ]


@kind
def owner_list(d):
    rows = [d.resident] + [d.person() for _ in range(d.r.randint(2, 4))]
    lines = [f"{d.k('Eigenarenlijst')} {d.k('herinrichting')} {d.k('Groenzone')} {d.k('Noord')}"]
    for p in rows:
        lines.append(d.line("list_row", p, f" — {d.add(d.address(), 'ADDRESS')}"))
    lines.append(f"{d.k('Bron')}: {d.k('Kadaster')}, {d.date('long')}")
    return ["\n".join(lines)]


@kind
def parcel_table(d):
    rows = [d.resident] + [d.person() for _ in range(d.r.randint(2, 3))]
    lines = [f"{d.k('Perceel')} | {d.k('Eigenaar')} | {d.k('Geboortedatum')} | m²"]
    for p in rows:
        lines.append(
            f"{d.parcel()} | {d.P(p.init)} | {d.add(d.dob(d.r.choice(['dots', 'iso', 'slash']), p), 'DATE_OF_BIRTH')} | {d.m2()}"
        )
    return ["\n".join(lines), d.line("addr_only_street")]


@kind
def notary_letter(d):
    R = d.resident
    n = d.person()
    return [
        f"{d.k('Notariskantoor')} {d.k('Eemland')}",
        d.line("greet_formal", R),
        f"{d.k('Hierbij')} ontvangt u het concept van de {d.k('akte')} van {d.k('levering')} van de strook "
        f"{d.k('snippergroen')}. {d.k('De')} {d.k('passeerdatum')} is {d.date('long')}.",
        d.line("pay_iban", R),
        d.line("sig_notary", n),
    ]


@kind
def deed_excerpt(d):
    R = d.resident
    n = d.person()
    o, fn, dept = d.official()
    return [
        f"{d.k('LEVERING')}\n{d.k('Heden')}, {d.date('long')}, verscheen voor mij, mr. {d.P(n.full)}, "
        f"{d.k('notaris')} te {d.k(d.town)}:",
        f"1. {d.P(o.caps)}, te dezen handelend als {d.k('gevolmachtigde')} van de gemeente {d.k(d.town)}, "
        f"hierna te noemen: „{d.k('Verkoper')}”;",
        "2. " + d.line("caps_deed", R),
        f"{d.k('De')} comparanten verklaren dat {d.k('Verkoper')} verkoopt aan {d.k('Koper')} de strook grond "
        f"kadastraal bekend als {d.parcel()}.",
    ]


@kind
def valuation_report(d):
    R = d.resident
    t = d.person()
    return [
        f"{d.k('TAXATIERAPPORT')} {d.add(d.case(), 'CASE_NUMBER')}",
        f"{d.k('Opdrachtgever')}: gemeente {d.k(d.town)}, {d.k('afdeling')} {d.k('Vastgoed')}",
        f"{d.k('Belanghebbende')}: {d.P(R.full)}, {d.add(d.address(), 'ADDRESS')}",
        f"{d.k('Getaxeerde')} waarde: {d.k(d.money(2000, 40000))} ({d.m2()} m² à {d.money(40, 250)})",
        f"{d.k('Taxateur')}: {d.P(t.full)} RT, {d.date('long')}",
    ]


@kind
def enforcement_letter(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("ref_kenmerken"),
        d.line("greet_formal", R),
        f"{d.k('Tijdens')} een controle op {d.date('long')} zag onze {d.k('toezichthouder')} dat uw "
        f"{d.k('tuinhuis')} en {d.k('schutting')} op {d.k('gemeentegrond')} staan.",
        d.line("enforce_deadline"),
        d.line("sig_official_block", o, fn, dept),
    ]


@kind
def enforcement_notice(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        f"{d.k('VOORNEMEN')} {d.k('LAST')} {d.k('ONDER')} {d.k('DWANGSOM')} — {d.add(d.case(), 'CASE_NUMBER')}",
        f"{d.k('Aan')}: {R.title()} {d.P(R.bare)}, {d.add(d.address(), 'ADDRESS')}",
        d.line("possessive_shed", R),
        f"{d.k('U')} kunt binnen twee weken uw {d.k('zienswijze')} geven aan {d.P(o.full)} ({fn}).",
        d.line("plate_line", R),
    ]


@kind
def site_visit_notes(d):
    R = d.resident
    m, s = d.person(), d.person()
    n = d.person()
    return [
        f"{d.k('Verslag')} {d.k('locatiebezoek')} {d.date('long')} — {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("mediator_line", m),
        d.line("surveyor_line", s),
        f"{d.k('Buurvrouw')} {d.P(n.full)} wees de oude {d.k('grenspaal')} aan; {d.P(R.bare)} betwist die plek.",
        d.line("quote_line", R),
        f"{d.k('Afspraak')}: {d.P(m.init)} stuurt beide partijen binnen tien dagen een voorstel.",
    ]


@kind
def boundary_mail(d):
    R = d.resident
    n = d.person()
    o, fn, dept = d.official()
    return [
        d.line("email_header", n, o, f"{d.k('Erfgrens')} met {d.P(R.bare)}"),
        d.line("greet_informal", o),
        f"{d.k('Mijn')} buurman {d.P(R.full)} heeft zijn {d.k('beukenhaag')} een meter mijn kant op gezet.",
        d.line("phone_ask", n),
        f"{d.k('Groet')}, {d.P(n.first)}",
    ]


@kind
def meeting_minutes(d):
    R = d.resident
    o, fn, dept = d.official()
    p2 = d.person(family=R)
    return [
        f"{d.k('Gespreksverslag')} {d.k('stadhuis')}, {d.date('wd')}",
        d.line("viewing_line", o, fn),
        f"{d.P(R.bare)} en {R.zijn()} partner {d.P(p2.first)} willen de strook liever {d.k('huren')} dan kopen.",
        d.line("family_line", R),
        d.line("canon_sentence"),
    ]


@kind
def phone_note(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        f"{d.k('Telefoonnotitie')} {d.k('KCC')} — {d.date('dash')} — {d.add(d.case(), 'CASE_NUMBER')}",
        f"{d.k('Beller')}: {R.title(False)} {d.P(R.full)}, tel. {d.ph(R)}",
        f"{d.k('Vraag')}: waarom de {d.k('canon')} is verhoogd; doorgezet naar {d.P(o.init)} ({d.k(dept)}).",
        d.line("lower_note", R),
    ]


@kind
def objection_letter(d):
    R = d.resident
    return [
        f"{d.k('Aan')} het {d.k('college')} van {d.k('burgemeester')} en {d.k('wethouders')}",
        f"{d.k('Onderwerp')}: {d.k('bezwaar')} {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("dob_cue", R),
        f"{d.k('Hij')}/{d.k('zij')} is het niet eens met de weigering om de {d.k('groenstrook')} te verkopen.",
        d.line("bsn_line", R),
        d.line("intake_fields", R),
    ]


@kind
def chat_neighbours(d):
    R = d.resident
    n = d.person()
    return [
        f"{d.k('Groepsapp')} {d.k('Buurtschap')} {d.k('Achterpad')} (geëxporteerd)",
        d.line("chat_line", R, f"wie heeft die {d.k('paaltjes')} bij het {d.k('speelveld')} gezet?"),
        d.line("chat_line", n, f"dat was de {d.k('gemeente')}, ze gaan {d.k('meten')}"),
        d.line("handle_line", n),
    ]


@kind
def internal_memo(d):
    R = d.resident
    o, fn, dept = d.official()
    o2, fn2, dept2 = d.official()
    return [
        f"{d.k('MEMO')}\n{d.k('Van')}: {d.P(o.full)}, {d.k(dept)}\n{d.k('Aan')}: {d.P(o2.full)}, {d.k(dept2)}",
        f"{d.k('Dossier')} {d.add(d.case(), 'CASE_NUMBER')}: {d.P(R.full)} beroept zich op {d.k('verjaring')}.",
        d.line("verjaring_sentence", R),
        d.line("cc_line", [(o2, "jurist"), (o, "dossierhouder")]),
    ]


@kind
def settlement_agreement(d):
    R = d.resident
    n = d.person()
    o, fn, dept = d.official()
    return [
        f"{d.k('VASTSTELLINGSOVEREENKOMST')}",
        f"{d.k('Partijen')}: 1. de gemeente {d.k(d.town)}, vertegenwoordigd door {d.P(o.full)}; 2. {d.P(R.full)}; "
        f"3. {d.P(n.full)}.",
        f"{d.k('Partijen')} stellen de {d.k('erfgrens')} vast volgens de {d.k('meetbrief')} van {d.date('long')}.",
        d.line("initials_only", R),
        d.line("initials_only", n),
    ]


@kind
def survey_report(d):
    R = d.resident
    s = d.person()
    return [
        f"{d.k('Proces-verbaal')} van {d.k('grensaanwijzing')} {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("surveyor_line", s),
        f"{d.k('Aanwezig')} namens de eigenaar: {d.P(R.full)}, {d.add(d.address(), 'ADDRESS')}.",
        d.line("bijlagen_files", R),
    ]


@kind
def ombudsman_complaint(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        f"{d.k('Klacht')} aan de {d.k('Nationale')} {d.k('ombudsman')}",
        f"{d.k('Ik')}, {d.P(R.full)}, wacht al sinds {d.date('long')} op antwoord over de {d.k('erfpacht')}.",
        f"{d.k('Mijn')} contactpersoon, de {fn} {d.P(o.bare)}, reageert niet.",
        d.line("phone_ask", R),
    ]


@kind
def file_index(d):
    R = d.resident
    return [
        f"{d.k('Dossieroverzicht')} {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("bijlagen_files", R),
        f"{d.k('Laatste')} wijziging: {d.date('dash')} door {d.k('Team')} {d.k('Grondzaken')}",
        d.line("dob_table", R),
    ]


@kind
def payment_reminder(d):
    R = d.resident
    return [
        f"{d.k('BETALINGSHERINNERING')} {d.k('CANON')} {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("greet_formal", R),
        f"{d.k('Wij')} hebben uw betaling voor het eerste halfjaar nog niet ontvangen.",
        d.line("pay_iban", R),
        d.line("contact_kcc"),
    ]


@kind
def vehicle_report(d):
    R = d.resident
    h = d.person()
    return [
        f"{d.k('Melding')} {d.k('Openbare')} {d.k('Ruimte')} {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("plate_line", R),
        d.line("addr_only_street"),
        f"{d.k('Handhaver')} {d.P(h.full)} legt een {d.k('waarschuwing')} op de voorruit.",
    ]


@kind
def intake_form(d):
    R = d.resident
    return [
        f"{d.k('Aanvraagformulier')} {d.k('Snippergroen')}",
        d.line("intake_fields", R),
        f"{d.k('Gewenste')} oppervlakte: {d.m2()} m²; {d.k('gebruik')}: {d.k('tuin')}",
        d.line("caps_owner", R),
    ]


@kind
def timeline(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        f"{d.k('Chronologie')} {d.k('dossier')} {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("timeline_row", f"{d.P(R.init)} vraagt {d.k('koop')} van groenstrook"),
        d.line("timeline_row", f"{d.k('opmeting')} door {d.P(o.bare)}"),
        d.line("timeline_row", f"{d.k('aanbieding')} verstuurd ({d.k(d.money(900, 20000))})"),
        d.line("weekday_meeting"),
    ]


@kind
def shed_permit_question(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("greet_formal", o),
        f"{d.k('Mag')} ik een {d.k('tuinschuur')} van 3 bij 4 meter bouwen op de strook die ik huur? {d.k('Mijn')} "
        f"buren vinden het goed.",
        d.line("possessive_shed", R),
        d.line("dob_cue", R),
        d.line("sig_resident_block", R),
    ]


@kind
def forwarded_chain(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("fwd_header", o),
        f"{d.k('Collega')}'s, {d.P(R.full)} belde over de {d.k('koopovereenkomst')}. {R.pron().capitalize()} "
        f"wil de {d.k('leveringsakte')} uitstellen.",
        d.line("phone_ask", R),
        d.line("sig_official_pipe", o, fn, dept),
    ]


@shape
def dob_paren_nocue(d, p):
    return f"{d.P(p.full)} ({d.add(d.dob(d.r.choice(['dash', 'mon3', 'short']), p), 'DATE_OF_BIRTH')}) {d.k('heeft')} de {d.k('erfpachtrechten')} geërfd."


@shape
def letterhead_resident(d, p):
    a, pc = d.add(d.address(), "ADDRESS"), d.add(d.postcode(), "POSTCODE")
    return f"{d.P(p.init)}\n{a}\n{pc}  {d.k(d.town.upper())}"


@shape
def two_phones(d, p):
    return (
        f"{d.k('Bereikbaar')} via {d.ph(p, False)} (thuis) of {d.ph(p, True)} (mobiel), {d.k('niet')} op "
        f"{d.k(d.r.choice(WEEKDAYS))}."
    )


@kind
def leasehold_transfer_notice(d):
    R = d.resident
    c = d.person(family=R)
    n = d.person()
    return [
        f"{d.k('Mededeling')} {d.k('overgang')} {d.k('erfpachtrecht')} — {d.add(d.case(), 'CASE_NUMBER')}",
        d.line("letterhead_resident", n),
        f"{d.k('Na')} het overlijden van {d.P(R.full)} gaat het recht van {d.k('erfpacht')} over op de erfgenamen.",
        d.line("dob_paren_nocue", c),
        d.line("refund_iban", c),
        d.line("sig_notary", n),
    ]


@kind
def mediation_invite(d):
    R = d.resident
    m = d.person()
    n = d.person()
    return [
        f"{d.k('Uitnodiging')} {d.k('buurtbemiddeling')}",
        d.line("greet_formal", R),
        f"{d.k('Samen')} met {d.P(n.full)} nodig ik u uit voor een gesprek over de {d.k('erfafscheiding')}.",
        d.line("weekday_meeting"),
        f"{d.P(m.full)}, {d.k('mediator')} {d.k('MfN')}",
        d.line("two_phones", m),
    ]


@kind
def woo_request(d):
    R = d.resident
    return [
        f"{d.k('Verzoek')} op grond van de {d.k('Wet')} {d.k('open')} {d.k('overheid')}",
        d.line("letterhead_resident", R),
        f"{d.k('Ik')} vraag alle stukken over de verkoop van {d.k('snippergroen')} in de wijk sinds {d.r.randint(2015, 2022)}.",
        d.line("two_phones", R),
        f"{d.P(R.full)}",
    ]


@kind
def appraisal_objection(d):
    R = d.resident
    t = d.person()
    return [
        d.line("letterhead_resident", R),
        f"{d.k('Reactie')} op het {d.k('taxatierapport')} van {d.P(t.full)}",
        f"{d.k('De')} getaxeerde {d.k('grondwaarde')} van {d.k(d.money(60, 300))} per m² is te hoog; de strook is "
        f"{d.k('onbebouwbaar')}.",
        d.line("dob_paren_nocue", R),
        d.line("quote_line", R),
    ]


@kind
def canon_refund_letter(d):
    R = d.resident
    o, fn, dept = d.official()
    return [
        d.line("ref_betreft", f"{d.k('terugbetaling')} {d.k('canon')}"),
        d.line("greet_formal", R),
        f"{d.k('Bij')} de {d.k('herberekening')} bleek dat u {d.k(d.money(40, 900))} te veel heeft betaald.",
        d.line("refund_iban", R),
        d.line("sig_official_pipe", o, fn, dept),
    ]


# ---------------------------------------------------------------- building, gate, CLI
def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", s.lower()) if w not in PARTICLES and len(w) > 1}


def build(i: int, stream: str) -> tuple[dict, list[str]]:
    r = random.Random(stream)
    d = Doc(r, i)
    known = i % 4 == 1
    word = sent = None
    if known:
        d.resident, word, sent = d.known_person()
    else:
        d.resident = d.person()
    kinds = r.sample(KINDS, 2 if r.random() < 0.35 else 1)
    blocks: list[str] = []
    for kn in kinds:
        d.use(kn)
        blocks.extend(SHAPES[kn](d))
    if known:
        blocks.insert(min(2, len(blocks)), d.line("known_use", sent))
        d.k(word)
        # the resident's bare surname in the sentence that follows the ordinary use
        blocks.insert(
            min(3, len(blocks)),
            f"{d.resident.Title()} {d.P(d.resident.bare)} vraagt de gemeente om een "
            f"{d.k('oplossing')} voor {d.k('dit')} {d.k('probleem')}.",
        )
    text = "\n\n".join(blocks) if r.random() < 0.7 else "\n".join(blocks)
    doc = {"id": f"fresh34c-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [d.resident.full]}
        if d.res_emails:
            kn["emails"] = list(dict.fromkeys(d.res_emails))
        if d.res_phones:
            kn["phones"] = list(dict.fromkeys(d.res_phones))
        doc["known"] = kn
    return doc, d.shapes + ["origin:" + p.origin for p in d.people]


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
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
    blank = text
    for it in sorted(doc["pii"], key=lambda x: -len(x["text"])):
        blank = blank.replace(it["text"], "[x]")
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        pat = r"(?<!\w)" + re.escape(k) + r"(?!\w)"
        if not re.search(pat, text) or not re.search(pat, blank, re.I):
            return f"keep not a whole word that survives: {k}"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    kn_words = set()
    idx = int(doc["id"].rsplit("-", 1)[1])
    if idx % 4 == 1:
        if "known" not in doc:
            return "known-name document without known"
        kn_words = _words(" ".join(doc["known"]["names"]))
        if not any(k.islower() and k in kn_words for k in doc["keep"]):
            return "known name has no ordinary use in keep"
    elif "known" in doc:
        return "known on a document that is not i % 4 == 1"
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k.islower() and k in kn_words):
            return f"keep {k!r} shares {shared} with a name"
    return None


def generate() -> tuple[list[dict], Counter, int]:
    docs, used, redraws = [], Counter(), 0
    global origins
    origins = Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            stream = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc, shapes = build(i, stream)
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise RuntimeError(f"{i}: {why}")
        docs.append(doc)
        used.update(x for x in shapes if not x.startswith("origin:"))
        origins.update(x[7:] for x in shapes if x.startswith("origin:"))
    return docs, used, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, used, redraws = generate()
    body = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == body
        print("fresh34c_texts.jsonl is up to date" if same else "fresh34c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}, keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes: {len(used)} used of {len(SHAPES)} registered ({len(KINDS)} document kinds)")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups: {len(origins)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(body, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
