"""Generate fresh24a: blind anonymizer corpus of a municipality's front office (helper F24A, round eighteen).

Counter appointment lists and confirmations, reception visitor registers, contact-centre call-back queues and call
notes, chat transcripts, queue-ticket logs, proxy forms (machtigingen), counter complaint notes, no-show lists,
interpreter bookings and home-visit planning. Standard library only.

    python tests/anonymizer/fresh24a/make_fresh24a.py            write fresh24a_texts.jsonl
    python tests/anonymizer/fresh24a/make_fresh24a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh24a/make_fresh24a.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names24a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score24a", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SEED = 202618101
NDOCS = 300
OUT = HERE / "fresh24a_texts.jsonl"
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


def shape(name):
    def deco(f):
        assert name not in SHAPES, name
        SHAPES[name] = f
        return f

    return deco


# ---------------------------------------------------------------- numbers


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def fmt_iban(r, s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if r.random() < 0.5 else s


CONS = "BDFGHJKLNPRSTVXZ"


def plate(r):
    L = lambda n: "".join(r.choice(CONS) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )


def dig(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r):
    k = r.randint(0, 6)
    m = "6" + dig(r, 8)
    if k == 0:
        return f"06-{m[1:]}"
    if k == 1:
        return f"06 {m[1:5]} {m[5:]}"
    if k == 2:
        return f"+31 6 {m[1:5]} {m[5:]}"
    if k == 3:
        return f"0{r.choice(['10', '20', '30', '38', '50', '55'])}-{dig(r, 7)}"
    if k == 4:
        a = r.choice(["570", "58", "33", "13", "78", "499"])
        return f"(0{a}) {dig(r, 3)} {dig(r, 3)}" if len(a) == 3 else f"(0{a}) {dig(r, 3)} {dig(r, 2)} {dig(r, 2)}"
    if k == 5:
        return f"0031-6-{m[1:]}"
    return f"06{m[1:3]}.{m[3:6]}.{m[6:]}"


def case_no(r, kind=None):
    y = r.choice(["26", "2026"])
    fmts = [
        lambda: f"AFS-{y}-{dig(r, 5)}",
        lambda: f"BLC/{y[-2:]}/{dig(r, 4)}",
        lambda: f"KCC#{y}-{dig(r, 5)}",
        lambda: f"MCH-{dig(r, 4)}/{y[-2:]}",
        lambda: f"TB{y[-2:]}-{dig(r, 5)}",
        lambda: f"HB/N-{y}-{dig(r, 4)}",
        lambda: f"TLK.{y[-2:]}.{dig(r, 4)}-{r.choice('KMRZ')}",
        lambda: f"KL-{dig(r, 3)}-{dig(r, 3)}-{y[-2:]}",
        lambda: f"Z{y}.{dig(r, 6)}",
        lambda: f"PZ-{r.choice(['NO', 'ZU', 'CE'])}-{dig(r, 5)}",
    ]
    return r.choice(fmts)()


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
MSHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def dob(r, old=False):
    y = r.randint(1931, 1952) if old else r.randint(1944, 2007)
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randint(0, 10)
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MSHORT[m - 1]}. {y}",
        f"{d} {MSHORT[m - 1].upper()} {y}",
        f"{d:02d}{m:02d}{y}",
        f"{d:02d}-{m:02d}-'{str(y)[2:]}",
        f"{d} {MONTHS[m - 1][:3]} '{str(y)[2:]}",
    ][k]


def appt_date(r):
    """An ordinary (non-birth) date in the appointment period, and its keep words."""
    while True:
        m = r.choice([11, 12, 1])
        y = 2026 if m > 2 else 2027
        d = r.randint(1, 28)
        wi = datetime.date(y, m, d).weekday()
        if wi < 5:
            break
    wd = WEEKDAYS[wi]
    k = r.randint(0, 2)
    if k == 0:
        return f"{wd} {d} {MONTHS[m - 1]} {y}", [wd, MONTHS[m - 1]]
    if k == 1:
        return f"{wd} {d:02d}-{m:02d}-{y}", [wd]
    return f"{d} {MONTHS[m - 1]}", [MONTHS[m - 1]]


def tm(r):
    return f"{r.randint(8, 16):02d}:{r.choice(['00', '10', '15', '20', '30', '40', '45', '50'])}"


PRODUCTS = [
    "Paspoort",
    "Rijbewijs",
    "Identiteitskaart",
    "Uittreksel BRP",
    "Parkeervergunning",
    "Verklaring Omtrent het Gedrag",
    "Gehandicaptenparkeerkaart",
    "Naturalisatie",
    "Adreswijziging",
    "Afvalpas",
]
DESKS = ["Stadswinkel", "Servicepunt Noord", "Servicepunt Zuid", "Stadhuis", "Wijkpost Oost", "Publiekshal"]
DEPTS = [
    "Burgerzaken",
    "Publiekszaken",
    "Klantcontactcentrum",
    "Vergunningen",
    "Wijkteam",
    "Belastingen",
    "Parkeerbeheer",
    "Schuldhulpverlening",
    "Receptie",
    "Facilitaire Zaken",
]
FUNCS = [
    "baliemedewerker",
    "teamleider",
    "klantadviseur",
    "frontofficemedewerker",
    "gastvrouw",
    "beveiliger",
    "coördinator",
    "casemanager",
    "receptioniste",
    "medewerker",
]
MAILDOM = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "icloud.com"]
LANGS = ["Arabisch", "Tigrinya", "Turks", "Pools", "Oekraïens", "Somalisch", "Dari", "Farsi", "Mandarijn", "Koerdisch"]


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, origin=None, g=None, family=None, known_word=None):
        self.r = r
        self.g = g or r.choice("mf")
        if family is not None:
            self.origin, self.part, self.sur = family.origin, family.part, family.sur
        elif known_word:
            self.origin, self.part, self.sur = "Nederlands", "", known_word
        else:
            self.origin = origin or r.choice(sorted(N.ORIGINS))
            m, f, pre, suf, parts, pp = N.ORIGINS[self.origin]
            self.sur = r.choice(pre) + r.choice(suf)
            self.part = r.choice(parts) if parts and r.random() < pp else ""
            if self.origin == "Nederlands" and r.random() < 0.15:
                self.sur = self.sur + "-" + r.choice(pre) + r.choice(suf)
        self.known = bool(known_word)
        m, f = N.ORIGINS[self.origin][0], N.ORIGINS[self.origin][1]
        if known_word:
            self.first = r.choice(N.KNOWN_FIRST[self.g])
        elif self.origin in N.FIRST_PARTS and r.random() < 0.6:
            mp, ms, fp, fs = N.FIRST_PARTS[self.origin]
            self.first = r.choice(mp) + r.choice(ms) if self.g == "m" else r.choice(fp) + r.choice(fs)
        else:
            self.first = r.choice(m if self.g == "m" else f)
        self.ini = self.first[0] + "." + (r.choice("AJMHCWE") + "." if r.random() < 0.3 else "")
        self._dob = self._phone = self._email = None

    @property
    def surp(self):  # surname with particle, lower-case particle
        return f"{self.part} {self.sur}" if self.part else self.sur

    @property
    def Surp(self):  # particle capitalised (no first name before it)
        s = self.surp
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.surp}"

    def title(self, formal=True):
        r = self.r
        if self.g == "f":
            return r.choice(["mevrouw", "mevr.", "mw."] if formal else ["mevrouw", "mw"])
        return r.choice(["de heer", "dhr.", "meneer"] if formal else ["meneer", "dhr"])

    def dob(self, old=False):
        if self._dob is None:
            self._dob = dob(self.r, old)
        return self._dob

    def phone(self):
        if self._phone is None:
            self._phone = phone(self.r)
        return self._phone

    def email(self):
        if self._email is None:
            r = self.r
            sur = re.sub(
                r"[^a-z]",
                "",
                self.sur.lower()
                .replace("ş", "s")
                .replace("ı", "i")
                .replace("ç", "c")
                .replace("ö", "o")
                .replace("ü", "u")
                .replace("ł", "l")
                .replace("ś", "s")
                .replace("ń", "n"),
            )
            fst = re.sub(r"[^a-z]", "", self.first.lower().replace("ş", "s").replace("ł", "l").replace("ü", "u"))
            part = self.part.replace(" ", "").replace("'", "").lower()
            local = r.choice(
                [
                    f"{fst}.{part}{sur}",
                    f"{fst[0]}.{part}{sur}",
                    f"{fst}{sur}{r.randint(10, 99)}",
                    f"{sur}.{fst[0]}",
                    f"fam.{part}{sur}" if not self.known else f"{fst}_{sur}",
                ]
            )
            self._email = f"{local}@{r.choice(MAILDOM)}"
        return self._email


class Doc:
    def __init__(self, r, did, known):
        self.r, self.id = r, did
        self.pii, self.keep, self.shapes = [], [], []
        self.known_person = None
        self.known_word = None
        self.known_emails, self.known_phones = [], []
        self.lines = []
        self.people = []

    # record helpers
    def P(self, s, label="PERSON"):
        if not any(i["text"] == s and i["label"] == label for i in self.pii):
            self.pii.append({"text": s, "label": label})
        return s

    def K(self, *ws):
        for w in ws:
            for part in [w]:
                if part not in self.keep:
                    self.keep.append(part)
        return ws[0] if ws else ""

    def use(self, name):
        self.shapes.append(name)
        return SHAPES[name](self)

    def tick(self):
        """A chat clock that only moves forward."""
        self.clock = getattr(self, "clock", self.r.randint(8 * 60, 15 * 60)) + self.r.randint(0, 3)
        return f"{self.clock // 60:02d}:{self.clock % 60:02d}"

    def line(self, s):
        self.lines.append(s)

    def person(self, **kw):
        p = Person(self.r, **kw)
        while kw.get("family") is not None and p.first == kw["family"].first:
            p = Person(self.r, **kw)
        self.people.append(p)
        return p

    # name forms
    def full(self, p):
        return self.P(p.full)

    def first(self, p):
        return self.P(p.first)

    def sur(self, p, cap=False):
        return self.P(p.Surp if cap else p.surp)

    def sf(self, p, initials=True):
        s = f"{self.P(p.sur)}, {self.P(p.ini if initials else p.first)}"
        return s + (f" {p.part}" if p.part else "")

    def caps(self, p):
        return self.P(p.full.upper())

    def capsur(self, p):
        return self.P(p.surp.upper())

    def low(self, p):
        return self.P(p.full) if p.known else self.P(p.full.lower())

    def lowsur(self, p):
        return self.P(p.surp) if p.known else self.P(p.surp.lower())

    def lowfirst(self, p):
        return self.P(p.first.lower())

    def inisur(self, p):
        return self.P(f"{p.ini} {p.surp}")

    def tsur(self, p):
        t = p.title()
        return f"{t} {self.sur(p)}"

    def dobp(self, p, old=False):
        return self.P(p.dob(old), "DATE_OF_BIRTH")

    def ph(self, p):
        s = self.P(p.phone(), "PHONE")
        if p.known and s not in self.known_phones:
            self.known_phones.append(s)
        return s

    def em(self, p):
        s = self.P(p.email(), "EMAIL")
        if p.known and s not in self.known_emails:
            self.known_emails.append(s)
        return s

    def addr(self, low=False):
        r = self.r
        st = r.choice(N.STREET_PRE) + r.choice(N.STREET_SUF)
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-B", " A", "-2", "-III", " bis"])
        a = f"{st} {nr}"
        if low:
            a = a.lower()
        return self.P(a, "ADDRESS")

    def pc(self):
        r = self.r
        s = f"{r.randint(1011, 9999)}{' ' if r.random() < 0.7 else ''}{r.choice('BCDGHJKLMNPRTVWXZ')}{r.choice('ABCEGHJKLMNPRTVWXZ')}"
        return self.P(s, "POSTCODE")

    def city(self):
        return self.K(self.r.choice(N.CITIES))

    def case(self):
        return self.P(case_no(self.r), "CASE_NUMBER")

    def bsn(self):
        b = bsn(self.r)
        k = self.r.randint(0, 2)
        s = b if k == 0 else (f"{b[:4]}.{b[4:6]}.{b[6:]}" if k == 1 else f"{b[:3]} {b[3:6]} {b[6:]}")
        return self.P(s, "BSN")

    def iban(self):
        return self.P(fmt_iban(self.r, iban(self.r)), "IBAN")

    def plate(self):
        return self.P(plate(self.r), "LICENSE_PLATE")

    def official(self):
        p = self.person(origin=self.r.choice(sorted(N.ORIGINS)))
        return p

    def paraph(self, p):
        r = self.r
        s = p.first[0] + (p.part.split()[0][0] if p.part else "") + p.sur[0] + p.sur[1].upper()
        if r.random() < 0.4:
            s = s.lower()
        return self.P(s)

    def product(self):
        return self.K(self.r.choice(PRODUCTS).split()[0])

    def desk(self):
        d = self.r.choice(DESKS)
        for w in d.split():
            self.K(w)
        return d

    def date(self):
        s, ks = appt_date(self.r)
        self.K(*ks)
        return s


# ---------------------------------------------------------------- line and sentence shapes


# appointment list rows
@shape("row:tijd|ACHTERNAAM, I.|product|balie|paraaf")
def _(d):
    r = d.r
    p = d.person()
    o = d.clerk
    d.line(
        f"{tm(r)} | {d.P(p.sur.upper())}, {d.P(p.ini)}{' ' + p.part.upper() if p.part else ''} | {d.product()} | "
        f"{d.K('Balie')} {r.randint(1, 9)} | {d.paraph(o)}"
    )


@shape("row:tijd lowercase-naam product tel")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"{tm(r)}  {d.low(p)}  {d.product().lower()} (tel {d.ph(p)})")


@shape("row:tijd – Achternaam, Voornaam (geb) – product – zaak")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"{tm(r)} – {d.sf(p, initials=False)} ({d.dobp(p)}) – {d.product()} – zaak {d.case()}")


@shape("row:tijd Achternaam I. + kind (gezinsafspraak)")
def _(d):
    r = d.r
    p = d.person()
    c = d.person(family=p)
    d.line(f"{tm(r)} {d.sur(p, True)} {d.P(p.ini)} + {d.first(c)} ({d.K('kind')}, {d.dobp(c)}) – {d.K('Paspoort')} x2")


@shape("row:slot;naam;bsn;product (csv)")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"{tm(r)};{d.full(p)};{d.bsn()};{d.product()};{r.choice(['nieuw', 'verlenging', 'vermissing'])}")


@shape("row:tijd NAAM IN HOOFDLETTERS product opmerking")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"{tm(r)} {d.caps(p)} – {d.product()} – {d.K(r.choice(['rolstoel', 'slechthorend', 'spoed', 'tolk']))}")


@shape("row:balie-bezetting medewerker")
def _(d):
    r = d.r
    o = d.official()
    d.line(f"{d.K('Balie')} {r.randint(1, 9)}: {d.full(o)} ({d.paraph(o)}), {d.K(r.choice(FUNCS))}")


# visitor register rows
@shape("row:in–uit | NAAM | bezoek aan | pas | kenteken")
def _(d):
    r = d.r
    p = d.person()
    o = d.official()
    t1, t2 = sorted([tm(r), tm(r)])
    d.line(
        f"{t1}–{t2} | {d.caps(p)} | bezoek aan {d.inisur(o)} ({d.K(r.choice(DEPTS))}) | pas {r.randint(100, 399)} | "
        f"kenteken {d.plate()}"
    )


@shape("row:bezoeker achternaam-eerst met bedrijf")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"{tm(r)} {d.sf(p)} — {d.K(r.choice(['Aannemer', 'Leverancier', 'Stagiair', 'Sollicitant']))} — "
        f"afspraak {d.K(r.choice(DEPTS))} — paraaf {d.paraph(d.clerk)}"
    )


@shape("row:bezoeker lowercase haastig")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"{tm(r)} {d.lowsur(p)} ({d.lowfirst(p)}) voor {d.K('wijkteam')} – geen pas – {d.ph(p)}")


@shape("row:bezoeker parkeerplaats kenteken")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"Gastparkeren plek {r.randint(1, 30)}: {d.plate()} ({d.tsur(p)}), tot {tm(r)}")


# call-back queue rows
@shape("row:#nr tijd Achternaam, Voornaam — tel — onderwerp — zaak")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"#{r.randint(1, 60)} {tm(r)} {d.sf(p, initials=False)} — {d.ph(p)} — onderwerp: {d.K(r.choice(['afvalpas', 'parkeervergunning', 'rijbewijs', 'verhuizing', 'paspoort']))} — {d.case()}"
    )


@shape("row:terugbellen voor tijd door medewerker-voornaam")
def _(d):
    r = d.r
    p = d.person()
    o = d.official()
    d.line(f"- {d.tsur(p)} ({d.ph(p)}) terugbellen vóór {tm(r)}, oppakken: {d.lowfirst(o)}")


@shape("row:terugbelverzoek met e-mail ipv telefoon")
def _(d):
    p = d.person()
    d.line(f"- {d.full(p)} wil liever antwoord per mail: {d.em(p)} ({d.K('Klantcontactcentrum')})")


@shape("row:queue-export tab-gescheiden")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"{r.randint(1000, 9999)}\t{d.sur(p, True)}\t{d.P(p.ini)}\t{d.ph(p)}\t{d.K('open')}\t{d.K(r.choice(['prio', 'normaal']))}"
    )


# queue ticket log
@shape("row:ticket aangeroepen balie achternaam")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"{r.choice('ABCDP')}{r.randint(1, 199):03d} {tm(r)} aangeroepen {d.K('Balie')} {r.randint(1, 8)} — {d.tsur(p)} ({d.product()})"
    )


@shape("row:ticket niet verschenen")
def _(d):
    r = d.r
    d.line(
        f"{r.choice('ABCDP')}{r.randint(1, 199):03d} {tm(r)} {d.K('niet')} verschenen, na 3x omroepen {d.K('vervallen')}"
    )


@shape("row:ticket doorgezet naar backoffice met naam lowercase")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"{r.choice('ABCDP')}{r.randint(1, 199):03d} {tm(r)} {d.low(p)} doorgezet naar {d.K('backoffice')} {d.K(r.choice(DEPTS))}, kenmerk {d.case()}"
    )


@shape("row:ticket kiosk-invoer geboortedatum")
def _(d):
    r = d.r
    p = d.person()
    d.line(f"{r.choice('ABCDP')}{r.randint(1, 199):03d} {tm(r)} kiosk: {d.capsur(p)} gd {d.dobp(p)} → {d.product()}")


# no-show list rows
@shape("row:no-show ACHTERNAAM I. tijd product 2e keer adres")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"- {d.capsur(p)} {d.P(p.ini)} {tm(r)} {d.product()} — {d.K('tweede')} keer, brief naar {d.addr()}, {d.pc()} {d.city()}"
    )


@shape("row:no-show met afmeldlink-email")
def _(d):
    p = d.person()
    d.line(f"- {d.inisur(p)}: {d.K('herinnering')} verstuurd naar {d.em(p)}, niet geopend")


@shape("row:no-show telefonisch bereikt")
def _(d):
    p = d.person()
    d.line(
        f"- {d.full(p)} ({d.dobp(p)}): {d.K('gebeld')} op {d.ph(p)}, was de afspraak vergeten; nieuwe afspraak {d.date()}"
    )


# home-visit planning rows
@shape("row:huisbezoek tijd adres postcode naam geb")
def _(d):
    r = d.r
    p = d.person(g=r.choice("mf"))
    d.line(f"{tm(r)} {d.addr()}, {d.pc()} — {d.sf(p)} ({d.dobp(p, old=True)}) — {d.product()}, {d.K('mobiele')} balie")


@shape("row:huisbezoek contactpersoon familie")
def _(d):
    r = d.r
    p = d.person()
    c = d.person(family=p, g=r.choice("mf"))
    d.line(f"   contactpersoon: {r.choice(['dochter', 'zoon', 'kleindochter', 'neef'])} {d.full(c)}, {d.ph(c)}")


@shape("row:huisbezoek verpleeghuis kamer")
def _(d):
    r = d.r
    p = d.person()
    d.line(
        f"{tm(r)} {d.K('Zorgcentrum')} {r.choice(['De Linde', 'Het Anker', 'Avondrood'])}, kamer {r.randint(1, 90)} — {d.tsur(p)}, {d.K('bedlegerig')}, {d.K('vingerafdrukken')} niet mogelijk"
    )


@shape("row:huisbezoek route met kenteken dienstauto")
def _(d):
    o = d.official()
    d.line(f"Route: {d.K('dienstauto')} {d.plate()}, {d.K('chauffeur')} {d.full(o)}")


# interpreter rows/lines
@shape("line:tolk naam via tolkcentrum tel")
def _(d):
    r = d.r
    t = d.person()
    d.line(
        f"Tolk: {d.full(t)} ({d.K('Tolkcentrum')} {r.choice(['Oost', 'Midden', 'West'])}), {d.ph(t)}, reg.nr {d.case()}"
    )


@shape("line:klant taal geboortedatum")
def _(d):
    r = d.r
    p = d.main
    d.line(f"Klant: {d.full(p)}, geb. {d.dobp(p)}, taal: {d.K(r.choice(LANGS))}")


@shape("line:telefoontolk nummer en pincode")
def _(d):
    r = d.r
    d.line(
        f"Telefoontolk via {d.K('Tolkdienst')}, {d.K('pincode')} {dig(r, 4)}, {d.K('duur')} {r.choice([15, 30, 45])} minuten"
    )


# ---------------------------------------------------------------- sentence shapes (free text)


@shape("sent:Mevrouw X was boos omdat wachttijd")
def _(d):
    r = d.r
    p = d.main
    d.line(
        f"{p.title().capitalize()} {d.sur(p, True)} was boos omdat {p.g == 'f' and 'zij' or 'hij'} {r.randint(40, 95)} minuten in de {d.K('wachtruimte')} had gezeten."
    )


@shape("sent:wil teruggebeld worden op nummer")
def _(d):
    p = d.main
    d.line(f"{'Zij' if p.g == 'f' else 'Hij'} wil {d.K('teruggebeld')} worden op {d.ph(p)}, liefst na {tm(d.r)}.")


@shape("sent:klacht over medewerker bij naam")
def _(d):
    r = d.r
    o = d.official()
    d.line(
        f"De klacht gaat over {d.K(r.choice(FUNCS))} {d.full(o)}, die volgens de klant '{r.choice(['onbeschoft', 'kortaf', 'ongeduldig'])}' was."
    )


@shape("sent:teamleider neemt contact op")
def _(d):
    r = d.r
    o = d.official()
    d.line(f"{d.K('Teamleider')} {d.inisur(o)} van {d.K(r.choice(DEPTS))} neemt binnen vijf werkdagen contact op.")


@shape("sent:klant geeft adres voor schriftelijke reactie")
def _(d):
    d.line(f"{d.K('Schriftelijke')} reactie graag naar {d.addr()}, {d.pc()} {d.city()}.")


@shape("sent:buurvrouw begeleidde klant")
def _(d):
    b = d.person(g="f")
    d.line(f"{d.K('Buurvrouw')} {d.full(b)} was mee als {d.K('begeleider')}; zij woont op {d.addr()}.")


@shape("sent:klant legitimeerde zich met documentnummer en kenteken")
def _(d):
    p = d.main
    d.line(
        f"{d.K('Legitimatie')} gecontroleerd; auto van {d.sur(p, True)} ({d.plate()}) stond op de {d.K('invalidenparkeerplaats')}."
    )


@shape("sent:kosten betaald per pin met rekening")
def _(d):
    r = d.r
    d.line(
        f"{d.K('Leges')} € {r.randint(20, 90)},{r.choice(['05', '45', '70', '95'])} {d.K('teruggestort')} op {d.iban()}."
    )


@shape("sent:BSN gecontroleerd in BRP")
def _(d):
    p = d.main
    d.line(f"{d.K('Gegevens')} gecontroleerd in de {d.K('BRP')}: BSN {d.bsn()}, {d.K('geboortedatum')} {d.dobp(p)}.")


@shape("sent:echtgenoot gemachtigd mondeling")
def _(d):
    p = d.main
    c = d.person(family=p, g="m" if p.g == "f" else "f")
    d.line(
        f"{d.K('Echtgeno' + ('ot' if c.g == 'm' else 'te'))} {d.first(c)} belt namens {d.first(p)}; geen {d.K('machtiging')} aanwezig."
    )


@shape("sent:klant spreekt naam zelf uit in lowercase chat")
def _(d):
    p = d.main
    d.line(f"hallo ik ben {d.low(p)} en ik heb een vraag over mijn {d.K('rijbewijs')}")


@shape("sent:verhuizing adres oud en nieuw")
def _(d):
    d.line(f"{d.K('Verhuisd')} van {d.addr()} naar {d.addr()}, {d.pc()}; {d.K('adreswijziging')} nog niet verwerkt.")


@shape("sent:afspraak verzet door medewerker paraaf")
def _(d):
    d.line(f"{d.K('Afspraak')} verzet naar {d.date()} om {tm(d.r)}, {d.K('paraaf')} {d.paraph(d.clerk)}.")


@shape("sent:doorverbonden met collega bij naam")
def _(d):
    r = d.r
    o = d.official()
    d.line(f"{d.K('Doorverbonden')} met {d.first(o)} van {d.K(r.choice(DEPTS))} (toestel {r.randint(2000, 2999)}).")


@shape("sent:schoonzoon haalt af")
def _(d):
    c = d.person(g="m")
    d.line(f"{d.K('Schoonzoon')} {d.full(c)} komt het document {d.K('ophalen')}, {d.ph(c)}.")


@shape("sent:beveiliging ingeschakeld")
def _(d):
    r = d.r
    o = d.official()
    d.line(f"{d.K('Beveiliging')} ({d.inisur(o)}) is erbij geroepen; klant is om {tm(r)} vertrokken.")


@shape("sent:klant wacht op pincode per post")
def _(d):
    d.line(f"{d.K('Pincode')} voor DigiD nog niet ontvangen op {d.addr()}.")


@shape("sent:kind op naam van ouder")
def _(d):
    p = d.main
    c = d.person(family=p)
    d.line(
        f"Ook voor {d.K('zoontje') if c.g == 'm' else d.K('dochtertje')} {d.full(c)} (geboren {d.dobp(c)}) is een {d.K('Identiteitskaart')} aangevraagd."
    )


@shape("sent:GPK aanvraag met arts")
def _(d):
    d.line(
        f"Voor de {d.K('Gehandicaptenparkeerkaart')} volgt een {d.K('medische')} {d.K('keuring')}; kenmerk {d.case()}."
    )


@shape("sent:algemeen nummer gemeente")
def _(d):
    r = d.r
    n = r.choice(["14 020", "14 038", "14 050", "14 055", "14 030"])
    d.line(
        f"{d.K('Vragen')}? Bel {n} of mail {d.K('info@' + r.choice(['gemeente.nl', 'stadswinkel.nl', 'publiekszaken.nl']))}."
    )
    d.K(n.split()[1])


@shape("sent:openingstijden")
def _(d):
    r = d.r
    wd = r.choice(WEEKDAYS)
    d.line(f"De {d.K('Stadswinkel')} is op {d.K(wd)} open van 09:00 tot 20:00.")


@shape("sent:tolk niet op komen dagen")
def _(d):
    o = d.official()
    d.line(f"{d.K('Tolk')} {d.P(o.ini)} {d.P(o.surp)} was er niet; {d.K('gesprek')} verplaatst.")


@shape("sent:klant noemt geboortedatum zonder cue")
def _(d):
    p = d.main
    d.line(f"{d.sur(p, True)}, {d.dobp(p)}, kwam zonder {d.K('afspraak')} binnen.")


@shape("sent:IBAN voor terugbetaling parkeervergunning")
def _(d):
    p = d.main
    d.line(f"Terugbetaling {d.K('parkeervergunning')} op rekening {d.iban()} t.n.v. {d.inisur(p)}.")


@shape("sent:bijlage bestandsnaam met naam")
def _(d):
    p = d.main
    nm = p.sur if p.known else p.sur.lower()
    ext = d.r.choice(["pdf", "jpg", "png"])
    s = re.sub(r"[^\w]+", "-", nm)
    d.line(f"{d.K('Bijlage')}: {d.K('machtiging')}-{d.P(s)}-{d.r.randint(1, 9)}.{ext}")


# ---------------------------------------------------------------- chat lines


@shape("chat:welkom gemeente-medewerker")
def _(d):
    d.line(
        f"[{d.tick()}] Gemeente ({d.first(d.clerk)}): {d.K('Welkom')} bij de chat van de {d.K('gemeente')}. Waarmee kan ik u helpen?"
    )


@shape("chat:bewoner handle noemt probleem")
def _(d):
    d.line(f"[{d.tick()}] {d.handle}: mijn {d.K('paspoort')} is verlopen en ik ga over drie weken op reis")


@shape("chat:gemeente vraagt geboortedatum")
def _(d):
    d.line(f"[{d.tick()}] Gemeente: Mag ik uw {d.K('geboortedatum')} en {d.K('postcode')}?")


@shape("chat:bewoner geeft gd en pc in een regel")
def _(d):
    p = d.main
    d.line(f"[{d.tick()}] {d.handle}: {d.dobp(p)} en {d.pc()}")


@shape("chat:bewoner geeft volledige naam lowercase")
def _(d):
    p = d.main
    d.line(
        f"[{d.tick()}] {d.handle}: ik heet {d.low(p)}, mijn {d.K('moeder')} {d.first(d.person(family=p, g='f'))} heeft hetzelfde probleem"
    )


@shape("chat:gemeente biedt spoedafspraak")
def _(d):
    d.line(f"[{d.tick()}] Gemeente: Ik kan u een {d.K('spoedafspraak')} geven op {d.date()} bij {d.desk()}.")


@shape("chat:bewoner geeft mail voor bevestiging")
def _(d):
    p = d.main
    d.line(f"[{d.tick()}] {d.handle}: stuur maar naar {d.em(p)}")


@shape("chat:gemeente bevestigt met kenmerk")
def _(d):
    d.line(f"[{d.tick()}] Gemeente: {d.K('Gelukt')}. Uw kenmerk is {d.case()}. {d.K('Fijne')} dag!")


# ---------------------------------------------------------------- call note lines


@shape("note:Beller naam geb")
def _(d):
    p = d.main
    d.line(f"{d.K('Beller')}: {d.full(p)} ({d.dobp(p)})")


@shape("note:Namens familielid")
def _(d):
    p = d.main
    c = d.person(family=p)
    d.line(f"{d.K('Namens')}: {d.K(d.r.choice(['vader', 'moeder', 'broer', 'zus']))} {d.inisur(c)}")


@shape("note:Adresregel")
def _(d):
    d.line(f"{d.K('Adres')}: {d.addr()}, {d.pc()} {d.city()}")


@shape("note:Vraag vrije tekst")
def _(d):
    r = d.r
    d.line(
        f"{d.K('Vraag')}: "
        + r.choice(
            [
                lambda: f"wil weten of het {d.K('Uittreksel')} BRP ook digitaal kan.",
                lambda: f"{d.K('rijbewijs')} gestolen, aangifte gedaan, wat nu?",
                lambda: f"bezwaar tegen {d.K('naheffingsaanslag')} parkeren, kenteken {d.plate()}.",
                lambda: f"{d.K('afvalpas')} kwijt, nieuwe aanvragen.",
            ]
        )()
    )


@shape("note:Afgehandeld door functie")
def _(d):
    r = d.r
    o = d.clerk
    d.line(f"{d.K('Afgehandeld')} door: {d.full(o)}, {d.K(r.choice(FUNCS))} {d.K(r.choice(DEPTS))}")


@shape("note:Status + vervolg")
def _(d):
    d.line(f"{d.K('Status')}: {d.K(d.r.choice(['doorgezet', 'afgerond', 'wacht']))} — {d.K('vervolg')} {d.date()}")


@shape("note:Telefoonnummer alternatief")
def _(d):
    d.line(f"{d.K('Terugbelnummer')} ({d.K('werk')}): {d.P(phone(d.r), 'PHONE')}")


# ---------------------------------------------------------------- form lines (machtiging)


@shape("form:Ondergetekende regel")
def _(d):
    p = d.main
    d.line(f"{d.K('Ondergetekende')} (volmachtgever): {d.full(p)}, geboren {d.dobp(p)}, BSN {d.bsn()}")


@shape("form:wonende adres")
def _(d):
    d.line(f"wonende: {d.addr()}, {d.pc()} {d.city()}")


@shape("form:machtigt gemachtigde")
def _(d):
    r = d.r
    p = d.main
    g = d.person(family=p) if r.random() < 0.5 else d.person()
    d.gem = g
    d.line(f"{d.K('machtigt')}: {d.caps(g)}, {d.K('geboortedatum')} {d.dobp(g)}")


@shape("form:om document op te halen bij balie")
def _(d):
    d.line(f"om namens mij mijn {d.product().lower()} op te halen bij de {d.desk()}.")


@shape("form:aanvraagnummer")
def _(d):
    d.line(f"{d.K('Aanvraagnummer')}: {d.case()}")


@shape("form:handtekening plaats datum")
def _(d):
    d.line(f"{d.K('Handtekening')}: ........ {d.K('Plaats')}: {d.city()}  {d.K('Datum')}: {d.date()}")


@shape("form:balie-aantekening uitgereikt")
def _(d):
    g = getattr(d, "gem", None) or d.person()
    d.line(f"[{d.K('Uitgereikt')} aan {d.sur(g, True)}, {d.K('legitimatie')} gezien, {d.paraph(d.clerk)}]")


# ---------------------------------------------------------------- confirmation lines


@shape("conf:Onderwerp bevestiging")
def _(d):
    d.line(f"{d.K('Onderwerp')}: {d.K('Bevestiging')} {d.K('afspraak')} {d.product()} – {d.date()}")


@shape("conf:Beste titel achternaam")
def _(d):
    p = d.main
    d.line(f"Beste {d.tsur(p)},")


@shape("conf:u heeft een afspraak")
def _(d):
    r = d.r
    d.line(
        f"U heeft een {d.K('afspraak')} bij de {d.desk()} op {d.date()} om {tm(r)} uur, {d.K('Balie')} {r.randint(1, 9)}."
    )


@shape("conf:neem mee en kosten")
def _(d):
    r = d.r
    d.line(
        f"{d.K('Neem')} mee: uw oude document en een {d.K('pasfoto')}. {d.K('Kosten')}: € {d.K(str(r.randint(40, 90)) + ',' + r.choice(['35', '60', '85']))}."
    )


@shape("conf:geregistreerde gegevens")
def _(d):
    p = d.main
    d.line(f"{d.K('Geregistreerd')}: {d.inisur(p)}, {d.dobp(p)}, {d.em(p)}, {d.ph(p)}")


@shape("conf:met vriendelijke groet + official")
def _(d):
    r = d.r
    o = d.clerk
    d.line(f"Met vriendelijke groet,\n{d.full(o)}\n{d.K('Team')} {d.K(r.choice(DEPTS))}")


@shape("conf:afspraaknummer")
def _(d):
    d.line(f"{d.K('Afspraaknummer')}: {d.case()}")


# ---------------------------------------------------------------- headers (document kinds)

KINDS = {}


def kind(name):
    def deco(f):
        KINDS[name] = f
        SHAPES["doc:" + name] = f
        return f

    return deco


def rows(d, names, n):
    for _ in range(n):
        d.use(d.r.choice(names))


@kind("afsprakenlijst balie")
def _(d):
    r = d.r
    d.line(f"{d.K('AFSPRAKENLIJST')} {d.desk().upper()} — {d.date()}")
    rows(
        d,
        [
            "row:tijd|ACHTERNAAM, I.|product|balie|paraaf",
            "row:tijd lowercase-naam product tel",
            "row:tijd – Achternaam, Voornaam (geb) – product – zaak",
            "row:tijd Achternaam I. + kind (gezinsafspraak)",
            "row:slot;naam;bsn;product (csv)",
            "row:tijd NAAM IN HOOFDLETTERS product opmerking",
        ],
        r.randint(3, 6),
    )
    d.use("row:balie-bezetting medewerker")


@kind("afspraakbevestiging")
def _(d):
    for s in [
        "conf:Onderwerp bevestiging",
        "conf:Beste titel achternaam",
        "conf:u heeft een afspraak",
        "conf:afspraaknummer",
        "conf:neem mee en kosten",
        "conf:geregistreerde gegevens",
        "sent:algemeen nummer gemeente",
        "conf:met vriendelijke groet + official",
    ]:
        if s in ("conf:afspraaknummer", "conf:geregistreerde gegevens") and d.r.random() < 0.3:
            continue
        d.use(s)


@kind("bezoekersregister receptie")
def _(d):
    r = d.r
    d.line(f"{d.K('Bezoekersregistratie')} {d.K('receptie')} {d.desk()} — {d.date()}")
    rows(
        d,
        [
            "row:in–uit | NAAM | bezoek aan | pas | kenteken",
            "row:bezoeker achternaam-eerst met bedrijf",
            "row:bezoeker lowercase haastig",
            "row:bezoeker parkeerplaats kenteken",
        ],
        r.randint(3, 5),
    )


@kind("terugbelverzoeken KCC")
def _(d):
    r = d.r
    d.line(f"{d.K('Terugbelverzoeken')} {d.K('Klantcontactcentrum')} — {d.K('wachtrij')} {d.date()}")
    rows(
        d,
        [
            "row:#nr tijd Achternaam, Voornaam — tel — onderwerp — zaak",
            "row:terugbellen voor tijd door medewerker-voornaam",
            "row:terugbelverzoek met e-mail ipv telefoon",
            "row:queue-export tab-gescheiden",
        ],
        r.randint(3, 5),
    )


@kind("gespreksnotitie KCC")
def _(d):
    r = d.r
    d.line(f"{d.K('Gespreksnotitie')} KCC {d.date()} {tm(r)}")
    for s in [
        "note:Beller naam geb",
        "note:Namens familielid",
        "note:Adresregel",
        "note:Vraag vrije tekst",
        "note:Telefoonnummer alternatief",
        "sent:BSN gecontroleerd in BRP",
        "note:Status + vervolg",
        "note:Afgehandeld door functie",
    ]:
        if (
            s in ("note:Namens familielid", "note:Telefoonnummer alternatief", "sent:BSN gecontroleerd in BRP")
            and r.random() < 0.5
        ):
            continue
        d.use(s)


@kind("chattranscript")
def _(d):
    r = d.r
    p = d.main
    if p.known:
        d.handle = d.P(p.first + p.sur[0])
    else:
        d.handle = d.P(
            r.choice(
                [
                    f"{p.first.lower()}.{p.sur[:4].lower()}",
                    f"{p.first}{r.randint(70, 99)}",
                    p.full.lower().replace(" ", "_"),
                ]
            )
        )
    d.line(f"{d.K('Chatgesprek')} {d.K('gemeente')} — {d.date()}")
    for s in [
        "chat:welkom gemeente-medewerker",
        "chat:bewoner handle noemt probleem",
        "chat:gemeente vraagt geboortedatum",
        "chat:bewoner geeft gd en pc in een regel",
        "chat:bewoner geeft volledige naam lowercase",
        "chat:gemeente biedt spoedafspraak",
        "chat:bewoner geeft mail voor bevestiging",
        "chat:gemeente bevestigt met kenmerk",
    ]:
        d.use(s)


@kind("wachtnummerlog")
def _(d):
    r = d.r
    d.line(f"{d.K('Wachtnummerlog')} {d.desk()} {d.date()}")
    rows(
        d,
        [
            "row:ticket aangeroepen balie achternaam",
            "row:ticket niet verschenen",
            "row:ticket doorgezet naar backoffice met naam lowercase",
            "row:ticket kiosk-invoer geboortedatum",
        ],
        r.randint(4, 6),
    )


@kind("machtiging afhalen")
def _(d):
    r = d.r
    prod = r.choice(["PASPOORT", "RIJBEWIJS", "IDENTITEITSKAART"])
    d.line(f"{d.K('MACHTIGING')} {d.K('AFHALEN')} {d.K(prod)}")
    for s in [
        "form:Ondergetekende regel",
        "form:wonende adres",
        "form:machtigt gemachtigde",
        "form:om document op te halen bij balie",
        "form:aanvraagnummer",
        "form:handtekening plaats datum",
        "form:balie-aantekening uitgereikt",
    ]:
        d.use(s)
    if r.random() < 0.5:
        d.use("sent:bijlage bestandsnaam met naam")


@kind("klachtnotitie balie")
def _(d):
    r = d.r
    d.line(f"{d.K('Klacht')} aan de {d.K('balie')} — genoteerd door {d.inisur(d.clerk)}, {d.date()}")
    pool = [
        "sent:Mevrouw X was boos omdat wachttijd",
        "sent:wil teruggebeld worden op nummer",
        "sent:klacht over medewerker bij naam",
        "sent:teamleider neemt contact op",
        "sent:klant geeft adres voor schriftelijke reactie",
        "sent:buurvrouw begeleidde klant",
        "sent:klant legitimeerde zich met documentnummer en kenteken",
        "sent:beveiliging ingeschakeld",
        "sent:klant noemt geboortedatum zonder cue",
    ]
    d.use(pool[0])
    for s in r.sample(pool[1:], 3):
        d.use(s)


@kind("no-show lijst")
def _(d):
    r = d.r
    d.line(f"{d.K('No-show')} week {r.randint(44, 52)} — {d.desk()}")
    rows(
        d,
        [
            "row:no-show ACHTERNAAM I. tijd product 2e keer adres",
            "row:no-show met afmeldlink-email",
            "row:no-show telefonisch bereikt",
        ],
        r.randint(3, 5),
    )


@kind("tolkboeking")
def _(d):
    r = d.r
    d.line(f"{d.K('Tolkaanvraag')} — {d.date()} {tm(r)}, {d.desk()}")
    d.use("line:klant taal geboortedatum")
    d.use(r.choice(["line:tolk naam via tolkcentrum tel", "line:telefoontolk nummer en pincode"]))
    d.use(
        r.choice(
            [
                "sent:tolk niet op komen dagen",
                "sent:afspraak verzet door medewerker paraaf",
                "sent:echtgenoot gemachtigd mondeling",
            ]
        )
    )
    d.use("sent:wil teruggebeld worden op nummer")


@kind("huisbezoekplanning")
def _(d):
    r = d.r
    d.line(f"{d.K('Planning')} {d.K('huisbezoeken')} {d.K('mobiele')} balie — {d.date()}")
    for _ in range(r.randint(2, 3)):
        d.use("row:huisbezoek tijd adres postcode naam geb")
        if r.random() < 0.5:
            d.use("row:huisbezoek contactpersoon familie")
    if r.random() < 0.6:
        d.use("row:huisbezoek verpleeghuis kamer")
    d.use("row:huisbezoek route met kenteken dienstauto")


@kind("overdracht dienst")
def _(d):
    r = d.r
    d.line(f"{d.K('Overdracht')} {d.K(r.choice(['ochtenddienst', 'middagdienst', 'avonddienst']))} {d.desk()}")
    pool = [
        "sent:verhuizing adres oud en nieuw",
        "sent:doorverbonden met collega bij naam",
        "sent:schoonzoon haalt af",
        "sent:klant wacht op pincode per post",
        "sent:kind op naam van ouder",
        "sent:GPK aanvraag met arts",
        "sent:IBAN voor terugbetaling parkeervergunning",
        "sent:openingstijden",
        "sent:kosten betaald per pin met rekening",
        "sent:klant spreekt naam zelf uit in lowercase chat",
    ]
    main = d.main
    d.line(f"- {d.full(main)} kwam langs voor {d.product()}.")
    for s in r.sample(pool, 4):
        d.use(s)


@kind("interne doorzending")
def _(d):
    r = d.r
    o = d.official()
    d.line(f"Van: {d.full(d.clerk)} <{d.K('frontoffice@' + r.choice(['gemeente.nl', 'stadswinkel.nl']))}>")
    d.line(f"Aan: {d.K('backoffice')} {d.K(r.choice(DEPTS))} (t.a.v. {d.inisur(o)})")
    d.line(f"{d.K('Onderwerp')}: fw: {d.K('terugbelverzoek')} {d.capsur(d.main)}")
    for s in r.sample(
        [
            "note:Beller naam geb",
            "note:Adresregel",
            "note:Vraag vrije tekst",
            "sent:IBAN voor terugbetaling parkeervergunning",
            "sent:bijlage bestandsnaam met naam",
            "sent:wil teruggebeld worden op nummer",
        ],
        4,
    ):
        d.use(s)


def known_sentence(d):
    s = N.KNOWN[d.known_word]
    if d.main.g == "f":
        for a, b in (("hij", "ze"), ("Hij", "Ze"), ("zijn", "haar"), ("Zijn", "Haar"), ("hem", "haar")):
            s = re.sub(r"\b" + a + r"\b", b, s)
    else:
        for a, b in (("ze", "hij"), ("Ze", "Hij"), ("haar", "zijn"), ("Haar", "Zijn")):
            s = re.sub(r"\b" + a + r"\b", b, s)
    d.line(s)
    d.K(d.known_word.lower())


SHAPES["known:gewoon woord in zin"] = known_sentence

MAIN_KINDS = {
    "afspraakbevestiging",
    "gespreksnotitie KCC",
    "chattranscript",
    "machtiging afhalen",
    "klachtnotitie balie",
    "tolkboeking",
    "overdracht dienst",
    "interne doorzending",
}


# ---------------------------------------------------------------- document


def build(i, attempt):
    seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    r = random.Random(seed)
    did = f"fresh24a-{i:04d}"
    known = i % 4 == 1
    d = Doc(r, did, known)
    d.clerk = d.person()
    kinds = sorted(KINDS)
    if known:
        kn = r.choice(sorted(MAIN_KINDS))
    else:
        kn = kinds[(i + attempt) % len(kinds)] if r.random() < 0.7 else r.choice(kinds)
    if known:
        d.known_word = r.choice(sorted(N.KNOWN))
        d.main = d.person(known_word=d.known_word)
        d.known_person = d.main
    else:
        d.main = d.person()
    d.shapes.append("doc:" + kn)
    KINDS[kn](d)
    if known:
        if d.main.full not in [x["text"] for x in d.pii]:
            d.line(f"{d.K('Klant')}: {d.full(d.main)}.")
        d.shapes.append("known:gewoon woord in zin")
        pos = r.randint(1, len(d.lines))
        lines = d.lines
        d.lines = []
        known_sentence(d)
        lines.insert(pos, d.lines[0])
        d.lines = lines
    text = "\n".join(d.lines)
    keep = []
    for k in d.keep:
        if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text) and k not in keep:
            keep.append(k)
    doc = {"id": did, "text": text, "pii": d.pii, "keep": keep}
    if known:
        kd = {"names": [d.main.full]}
        if d.known_emails:
            kd["emails"] = d.known_emails
        if d.known_phones:
            kd["phones"] = d.known_phones
        doc["known"] = kd
    return doc, d.shapes, {p.origin for p in d.people}


def _name_words(doc):
    out = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s,.\-_'’]+", it["text"]):
                if len(w) > 1 and w.lower() not in PARTICLES:
                    out.add(w.lower())
    return out


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
    names = _name_words(doc)
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w.lower() for w in n.split() if w.lower() not in PARTICLES}
    for k in doc["keep"]:
        for w in re.split(r"[\s,.\-_'’@]+", k):
            if len(w) > 1 and w.lower() not in PARTICLES and w.lower() in names:
                if not (k == k.lower() and w.lower() in known_words):
                    return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, used, redraws, origins = [], Counter(), 0, Counter()
    for i in range(NDOCS):
        for attempt in range(200):
            doc, shapes, orig = build(i, attempt)
            if gate(doc) is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} fails its gate: {gate(doc)}")
        docs.append(doc)
        used.update(set(shapes))
        origins.update(orig)
    return docs, used, redraws, origins


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws, origins = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh24a_texts.jsonl is up to date" if same else "fresh24a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total          {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(used)}")
        print(f"document kinds: {len(KINDS)}")
        print(f"origin groups of named people: {len(origins)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
