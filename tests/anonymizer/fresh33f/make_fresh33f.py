"""Blind anonymizer corpus fresh33f: neighbourhood safety (helper A6, round twenty-seven).

Residents, the wijkagent, BOA's, youth workers and the municipality about safety in a neighbourhood. Every document
draws from its own random stream ``random.Random("20261276-<i>")``; a document failing ``gate()`` is redrawn from
``"20261276-<i>-<attempt>"``.

Usage: make_fresh33f.py [--check | --stats]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names33f as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score33f", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261276
N_DOCS = 300
OUT = HERE / "fresh33f_texts.jsonl"
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
    def reg(fn):
        SHAPES[name] = fn
        fn.shape = name
        return fn

    return reg


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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


# ---------------------------------------------------------------- people and numbers


class Person:
    def __init__(self, first, particle, root, origin):
        self.first, self.particle, self.root, self.origin = first, particle, root, origin

    @property
    def surname(self):
        return f"{self.particle} {self.root}" if self.particle else self.root

    @property
    def full(self):
        return f"{self.first} {self.surname}"

    @property
    def sur_cap(self):
        s = self.surname
        return s[0].upper() + s[1:]


def make_person(r, origin=None, surname=None, particle=None):
    origin = origin or r.choice(sorted(N.ORIGINS))
    firsts, pre, suf, parts = N.ORIGINS[origin]
    first = r.choice(firsts)
    if surname is None:
        root = r.choice(pre) + r.choice(suf)
        particle = r.choice(parts) if parts else None
    else:
        root = surname
    return Person(first, particle, root, origin)


def relative(r, p):
    firsts = N.ORIGINS[p.origin][0]
    first = r.choice([f for f in firsts if f != p.first])
    return Person(first, p.particle, p.root, p.origin)


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban(r, spaced=True):
    bank = r.choice(["INGB", "ABNA", "RABO", "ASNB", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(ord(ch) - 55) for ch in bank) + acct + "232100"
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def phone(r):
    n8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    style = r.randrange(6)
    if style == 0:
        return f"06-{n8}"
    if style == 1:
        return f"+31 6 {n8[:4]} {n8[4:]}"
    if style == 2:
        return f"06 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}"
    if style == 3:
        return f"0031 6{n8}"
    area = r.choice(["010", "038", "013", "058", "0570", "036", "075", "0320", "045"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return f"{area}-{rest}" if style == 4 else f"({area}) {rest}"


def postcode(r):
    while True:
        lt = r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        if lt not in ("SA", "SD", "SS"):
            return f"{r.randint(1011, 9999)} {lt}" if r.random() < 0.8 else f"{r.randint(1011, 9999)}{lt}"


def plate(r):
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"D{L(2)}-{D(2)}-{L(1)}",
            f"F{L(2)}-{D(3)}",
            f"{L(2)}-{D(2)}-{L(2)}",
        ]
    )


def case_number(r, kind):
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    yy = r.choice(["25", "26"])
    fmt = {
        "hh": lambda: f"VH-20{yy}-{D(6)}",
        "boa": lambda: f"BOA/{yy}/{D(4)}/{r.choice('ABKNRW')}",
        "oov": lambda: f"ZK-OOV-{yy}-{D(4)}",
        "13b": lambda: f"20{yy}/13b/{D(3)}",
        "mma": lambda: f"MMA-{D(5)}-{r.choice(PLATE_LETTERS)}{r.choice(PLATE_LETTERS)}",
        "jw": lambda: f"JW.{r.choice(['NO', 'ZW', 'OC', 'WK'])}.{D(4)}",
        "bmd": lambda: f"BMD{yy}-{D(4)}",
        "inc": lambda: f"INC 20{yy}.{D(5)}",
        "mor": lambda: f"MOR-{D(7)}",
    }[kind]
    return fmt()


def dob_parts(r, young):
    y = r.randint(2006, 2013) if young else r.randint(1948, 1996)
    return r.randint(1, 28), r.randint(1, 12), y


def dob_text(r, dmy):
    d, m, y = dmy
    st = r.randrange(9)
    if st == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if st == 1:
        return f"{d:02d}-{m:02d}-{y}"
    if st == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if st == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if st == 4:
        return f"{d}/{m}/{y}"
    if st == 5:
        return f"{d} {MON3[m - 1]} {y}"
    if st == 6:
        return f"{d:02d} {MONTHS[m - 1].upper()} {y}"
    if st == 7:
        return f"{d}-{m}-'{str(y)[2:]}"
    return f"{d:02d}{m:02d}{y}"


# ---------------------------------------------------------------- document under construction


class Doc:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.owner: dict[str, object] = {}

    def p(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    # name forms
    def full(self, q):
        return self.p(q.full, "PERSON")

    def sur(self, q):
        return self.p(q.sur_cap, "PERSON")

    def first(self, q):
        return self.p(q.first, "PERSON")

    def init(self, q):
        return self.p(f"{q.first[0]}. {q.surname}", "PERSON")

    def upper(self, q):
        return self.p(q.surname.upper(), "PERSON")

    def low(self, q):
        return self.p(q.first.lower(), "PERSON")

    def poss(self, q):
        f = q.first
        return self.p(f + ("'" if f[-1] in "sxz" else "'s" if f[-1] in "aeiouy" else "s"), "PERSON")

    def slug(self, q):
        return re.sub(r"[^a-z]", "", q.root.lower().replace("ı", "i"))

    def handle(self, q):
        h = f"{q.first.lower()}_{self.slug(q)[:3]}{self.r.randint(1, 99)}"
        return self.p(h, "PERSON")

    def email(self, q, domain=None):
        f = re.sub(r"[^a-z]", "", q.first.lower())
        dom = domain or self.r.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl"])
        local = self.r.choice(
            [
                f"{f}.{self.slug(q)}",
                f"{f[0]}{self.slug(q)}",
                f"{self.slug(q)}{self.r.randint(60, 99)}",
                f"{f}{self.slug(q)[:4]}",
            ]
        )
        self.owner[f"{local}@{dom}"] = q
        return self.p(f"{local}@{dom}", "EMAIL")

    def phone_of(self, q):
        ph = phone(self.r)
        self.owner[ph] = q
        return self.p(ph, "PHONE")

    def ref(self, q):
        """A varied reference to a person: full name, title + surname, initial + surname."""
        c = self.r.randrange(4)
        if c == 0:
            return self.full(q)
        if c == 1:
            return f"{self.r.choice(['mevrouw', 'de heer', 'dhr.', 'mw.'])} {self.sur(q)}"
        if c == 2:
            return self.init(q)
        return self.full(q)


class Ctx:
    pass


def build_ctx(d, r, i, known):
    c = Ctx()
    c.city = r.choice(N.CITIES)
    c.wijk = r.choice(N.WIJKEN)
    streets = r.sample([a + b for a in N.STREET_A for b in N.STREET_B], 3)
    c.street, c.street2, c.street3 = streets
    c.nr = f"{r.randint(1, 180)}{r.choice(['', '', '', 'a', '-B', ' bis', '-2'])}"
    c.nr2 = str(r.randint(1, 90))
    c.pc = postcode(r)
    c.slug = re.sub(r"[^a-z]", "", c.city.lower())
    c.known = None
    if known:
        kn = N.KNOWN[r.randrange(len(N.KNOWN))]
        c.known = kn
        word, is_first, ordinary, clause = kn
        base = make_person(r)
        if is_first:
            c.res = Person(word, base.particle, base.root, base.origin)
        else:
            parts = word.split(" ")
            c.res = Person(base.first, parts[0] if len(parts) > 1 else None, parts[-1], base.origin)
    else:
        c.res = make_person(r)
    c.fam = relative(r, c.res)
    c.nb = make_person(r)
    c.youths = [make_person(r) for _ in range(r.randint(2, 3))]
    c.wa = make_person(r)
    c.boa = make_person(r)
    c.jw = make_person(r)
    c.med = make_person(r)
    c.burg = make_person(r)
    c.adv = make_person(r)
    firsts = set()
    for q in [c.res, c.fam, c.nb, c.wa, c.boa, c.jw, c.med, c.burg, c.adv] + c.youths:
        if q.first in firsts and q is not c.fam:
            q.first = r.choice(N.ORIGINS[q.origin][0])
        firsts.add(q.first)
    c.plate = plate(r)
    c.dob_y = dob_parts(r, True)
    c.dob_r = dob_parts(r, False)
    c.area = r.choice(["038", "013", "058", "036", "075", "045", "055", "073"])
    return c


def day(r):
    return f"{r.choice(DAYS)} {r.randint(1, 28)} {r.choice(MONTHS)}"


def addr(d, c, which=1):
    s = {1: c.street, 2: c.street2, 3: c.street3}[which]
    nr = c.nr if which == 1 else c.nr2
    return d.p(f"{s} {nr}", "ADDRESS")


def street(d, c, which=2):
    return d.p({1: c.street, 2: c.street2, 3: c.street3}[which], "ADDRESS")


# ---------------------------------------------------------------- body sentences (shared pool)


@shape("zin:hangjongeren-avond")
def z1(d, c, r):
    y = c.youths
    return (
        f"Rond {r.choice(['22.00', '23.15', '21.40'])} uur stonden {d.first(y[0])} en {d.first(y[1])} met een groep van "
        f"ongeveer {r.randint(6, 14)} {d.k('jongeren')} bij het {d.k('speelveld')} aan de {street(d, c)}."
    )


@shape("zin:melder-bedreigd")
def z2(d, c, r):
    return (
        f"{d.k('Melder')} {d.full(c.res)} verklaarde dat zij na haar klacht over {d.k('overlast')} is bedreigd "
        f"door een jongen die zich '{d.low(c.youths[0])}' liet noemen."
    )


@shape("zin:inbraak-schuur")
def z3(d, c, r):
    return (
        f"In de nacht van {day(r)} is ingebroken in de schuur achter {addr(d, c)}; de {d.k('elektrische')} fiets "
        f"van {d.ref(c.fam)} is weg."
    )


@shape("zin:scooter-gestolen")
def z4(d, c, r):
    return (
        f"De gestolen scooter met kenteken {d.p(c.plate, 'LICENSE_PLATE')} is op {day(r)} teruggevonden "
        f"bij het {d.k('winkelcentrum')}, zonder {d.k('accu')}."
    )


@shape("zin:camera-privacy")
def z5(d, c, r):
    return (
        f"{d.ref(c.nb)} heeft een {d.k('deurbelcamera')} die ook de stoep en de voordeur van {addr(d, c)} filmt; "
        f"de {d.k('Autoriteit Persoonsgegevens')} adviseert het beeld af te schermen."
    )


@shape("zin:vuurwerk-oudjaar")
def z6(d, c, r):
    return (
        f"Op {d.k('31 december')} werd rond {d.k('middernacht')} zwaar {d.k('vuurwerk')} in de brievenbus van "
        f"{addr(d, c)} gegooid; de schade bedraagt {d.k('€ ' + str(r.randint(3, 19)) + '00')}."
    )


@shape("zin:drugspand-sluiting")
def z7(d, c, r):
    return (
        f"Op grond van {d.k('artikel 13b')} {d.k('Opiumwet')} is de woning aan de {addr(d, c, 3)} voor "
        f"{r.choice(['drie', 'zes', 'twaalf'])} maanden gesloten (zaak {d.p(case_number(r, '13b'), 'CASE_NUMBER')})."
    )


@shape("zin:ouders-ontboden")
def z8(d, c, r):
    y = c.youths[0]
    par = Person(r.choice(N.ORIGINS[y.origin][0]), y.particle, y.root, y.origin)
    return (
        f"De ouders van {d.first(y)} zijn op het {d.k('politiebureau')} ontvangen; vader {d.full(par)} "
        f"was geschrokken en belooft {d.k('toezicht')} te houden."
    )


@shape("zin:mma-melding")
def z9(d, c, r):
    return (
        f"Via {d.k('Meld Misdaad Anoniem')} kwam onder nummer {d.p(case_number(r, 'mma'), 'CASE_NUMBER')} een tip "
        f"binnen over handel vanuit een {d.k('garagebox')} aan de {street(d, c, 3)}."
    )


@shape("zin:dob-jongere")
def z10(d, c, r):
    y = c.youths[-1]
    cue = r.choice(["geboren", "geb.", "geboortedatum", "°", "*", ""])
    dob = d.p(dob_text(r, c.dob_y), "DATE_OF_BIRTH")
    who = f"{d.full(y)} ({cue} {dob})" if cue else f"{d.full(y)} ({dob})"
    return f"Betrokken minderjarige: {who}, {d.k('leerplichtig')} en bekend bij {d.k('Bureau Halt')}."


@shape("zin:bsn-registratie")
def z11(d, c, r):
    return (
        f"{d.k('Registratie')} in het {d.k('Persoonsgericht')} overzicht: {d.upper(c.youths[0])}, {d.first(c.youths[0])}, "
        f"BSN {d.p(bsn(r), 'BSN')}."
    )


@shape("zin:wijkagent-bereikbaar")
def z12(d, c, r):
    ph = d.p(phone(r), "PHONE")
    return (
        f"{d.k('Wijkagent')} {d.full(c.wa)} is bereikbaar via {ph} of {d.k('0900-8844')}, bij spoed via {d.k('112')}."
    )


@shape("zin:boa-waarschuwing")
def z13(d, c, r):
    return (
        f"{d.k('Handhaver')} {d.init(c.boa)} gaf {d.first(c.youths[1])} een {d.k('waarschuwing')} voor "
        f"het rijden op de stoep van de {street(d, c)}."
    )


@shape("zin:bewoner-onveilig")
def z14(d, c, r):
    return (
        f"{d.ref(c.res)} durft 's avonds niet meer alleen naar de {d.k('supermarkt')} en laat haar dochter "
        f"{d.first(c.fam)} niet meer buiten spelen."
    )


@shape("zin:buurtpreventie-rondes")
def z15(d, c, r):
    return (
        f"De {d.k('buurtpreventie')} loopt op {d.k(r.choice(['dinsdag', 'donderdag', 'vrijdag']))} en "
        f"{d.k('zaterdag')} een ronde; {d.full(c.nb)} coördineert de {d.k('vrijwilligers')}."
    )


@shape("zin:jongerenwerker-gesprek")
def z16(d, c, r):
    return (
        f"{d.k('Jongerenwerker')} {d.full(c.jw)} sprak {d.first(c.youths[0])} aan bij de {d.k('skatebaan')}; "
        f"hij wil wel meedoen aan het {d.k('voetbaltoernooi')}."
    )


@shape("zin:bemiddeling-afspraak")
def z17(d, c, r):
    return (
        f"Afgesproken is dat de jongeren na {d.k('22.00')} uur niet meer bij het portiek van {addr(d, c)} staan "
        f"en dat {d.sur(c.res)} eerst {d.first(c.jw)} belt voordat zij de politie belt."
    )


@shape("zin:last-dwangsom")
def z18(d, c, r):
    amt = d.k(f"€ {r.choice(['2.500', '5.000', '750', '1.250'])}")
    return (
        f"De {d.k('last onder dwangsom')} van {amt} per overtreding (kenmerk {d.p(case_number(r, 'hh'), 'CASE_NUMBER')}) "
        f"kan worden voldaan op {d.p(iban(r), 'IBAN')} ten name van de gemeente."
    )


@shape("zin:schade-vergoeding")
def z19(d, c, r):
    return (
        f"{d.sur(c.res)} vraagt de schade aan haar voordeur te vergoeden op rekening "
        f"{d.p(iban(r, r.random() < 0.5), 'IBAN')}; de {d.k('verzekeraar')} keert niet uit."
    )


@shape("zin:camera-gemeente")
def z20(d, c, r):
    return (
        f"De {d.k('burgemeester')} besloot tot {d.k('cameratoezicht')} op het {d.k('Marktplein')} en in de "
        f"{street(d, c, 3)} tot en met {d.k(r.choice(MONTHS))}."
    )


@shape("zin:auto-verdacht")
def z21(d, c, r):
    return (
        f"Een {r.choice(['grijze', 'zwarte', 'witte'])} {d.k(r.choice(['Golf', 'Polo', 'Clio']))} met kenteken "
        f"{d.p(c.plate, 'LICENSE_PLATE')} reed stapvoets door de wijk en stopte bij {addr(d, c, 2)}."
    )


@shape("zin:vader-belt")
def z22(d, c, r):
    return (
        f"{d.ref(c.fam)}, de {d.k('echtgenoot')} van {d.first(c.res)}, belde op {day(r)} vanaf {d.p(phone(r), 'PHONE')} "
        f"omdat de groep weer voor de deur stond."
    )


@shape("zin:email-bewoner")
def z23(d, c, r):
    return (
        f"Reacties kunnen naar {d.email(c.res)}; de {d.k('gemeente')} antwoordt via "
        f"{d.k('veiligheid@' + c.slug + '.nl')} of {d.k('14 ' + c.area)}."
    )


@shape("zin:adres-postcode")
def z24(d, c, r):
    return f"{d.k('Adres')} van de melder: {addr(d, c)}, {d.p(c.pc, 'POSTCODE')} {d.k(c.city)}."


@shape("zin:huisbezoek")
def z25(d, c, r):
    return (
        f"Samen met {d.k('Jeugdzorg')} is op {day(r)} een {d.k('huisbezoek')} afgelegd bij de familie "
        f"{d.sur(c.youths[1])} aan de {addr(d, c, 2)}."
    )


@shape("zin:drugs-rook")
def z26(d, c, r):
    return (
        f"Bewoners ruiken in het trappenhuis van {addr(d, c, 3)} dagelijks {d.k('hennep')}; "
        f"{d.full(c.nb)} ziet 's nachts steeds andere auto's aankomen."
    )


@shape("zin:scooter-eigenaar")
def z27(d, c, r):
    return (
        f"{d.poss(c.fam)} scooter ({d.p(c.plate, 'LICENSE_PLATE')}) werd bij de {d.k('fietsenstalling')} "
        f"van het {d.k('station')} gestolen; aangifte is gedaan."
    )


@shape("zin:jongere-dob-cue")
def z28(d, c, r):
    y = c.youths[0]
    dob = d.p(dob_text(r, c.dob_y), "DATE_OF_BIRTH")
    return (
        f"{d.first(y)} is {r.choice(['geboren op', 'jarig op', 'geboren'])} {dob} en zit op het "
        f"{d.k(r.choice(['Vakcollege', 'Techniek College', 'Praktijkonderwijs']))}."
    )


@shape("zin:bewoner-dob")
def z29(d, c, r):
    dob = d.p(dob_text(r, c.dob_r), "DATE_OF_BIRTH")
    return (
        f"Gegevens aangever: {d.upper(c.res)}, {d.first(c.res)}, {r.choice(['geb.datum', 'geboren', 'gd.'])} {dob}, "
        f"{d.k('Nederlandse')} nationaliteit."
    )


@shape("zin:overleg-oov")
def z30(d, c, r):
    return (
        f"{d.k('Beleidsadviseur')} {d.full(c.adv)} van {d.k('Openbare Orde en Veiligheid')} neemt de melding mee in "
        f"het {d.k('Driehoeksoverleg')}."
    )


@shape("zin:hondenpoep-boa")
def z31(d, c, r):
    return (
        f"Bij de {d.k('avondsurveillance')} trof {d.init(c.boa)} op de {street(d, c, 3)} een bewoner zonder "
        f"{d.k('aanlijnplicht')} aan; er volgde een {d.k('bekeuring')}."
    )


@shape("zin:angst-voordeur")
def z32(d, c, r):
    return (
        f"Sinds de bedreiging heeft {d.first(c.res)} een extra slot op de voordeur en een {d.k('noodknop')} van "
        f"{d.k('Slachtofferhulp')} gekregen."
    )


@shape("zin:halt-straf")
def z33(d, c, r):
    return (
        f"{d.first(c.youths[1])} krijgt een {d.k('Halt-straf')} van {r.choice(['acht', 'tien', 'twaalf'])} uur voor "
        f"het afsteken van {d.k('carbid')} bij de {d.k('basisschool')}."
    )


@shape("zin:telefoon-buur")
def z34(d, c, r):
    return (
        f"Buurtbewoner {d.full(c.nb)} ({d.p(phone(r), 'PHONE')}) heeft het beeld van zijn {d.k('camera')} "
        f"bewaard voor de recherche."
    )


@shape("zin:ambtenaar-email")
def z35(d, c, r):
    return (
        f"{d.k('Contactpersoon')}: {d.full(c.adv)}, {d.k('afdeling')} {d.k('Veiligheid')}, "
        f"{d.email(c.adv, c.slug + '.nl')}."
    )


@shape("zin:zaaknummer-oov")
def z36(d, c, r):
    return (
        f"De melding is geregistreerd onder {d.k('zaaknummer')} {d.p(case_number(r, 'oov'), 'CASE_NUMBER')} en "
        f"wordt binnen {d.k('vijf werkdagen')} opgepakt."
    )


@shape("zin:ramen-ingegooid")
def z37(d, c, r):
    return f"Bij {d.ref(c.res)} is twee keer een ruit ingegooid; de {d.k('glaszetter')} kwam op {day(r)}."


@shape("zin:samenscholing")
def z38(d, c, r):
    return (
        f"Het {d.k('samenscholingsverbod')} rond het {d.k('Winkelcentrum')} {c.wijk} geldt van 20.00 tot 06.00 uur "
        f"en is door {d.k('Team Handhaving')} gecontroleerd."
    )


@shape("zin:moeder-bezorgd")
def z39(d, c, r):
    y = c.youths[0]
    mo = Person(r.choice(N.ORIGINS[y.origin][0]), y.particle, y.root, y.origin)
    return (
        f"Moeder {d.full(mo)} zegt dat {d.first(y)} sinds de {d.k('zomervakantie')} anders is en vraagt om hulp van "
        f"het {d.k('wijkteam')}."
    )


@shape("zin:wijkagent-spreekuur")
def z40(d, c, r):
    return (
        f"Het {d.k('spreekuur')} van {d.ref(c.wa)} is elke {d.k(r.choice(['maandag', 'woensdag']))} in "
        f"{d.k('buurthuis')} {d.k(r.choice(['De Schakel', 'Het Anker', 'De Wissel']))}."
    )


@shape("zin:vuurwerk-verbod")
def z41(d, c, r):
    return (
        f"In de {d.k('vuurwerkvrije zone')} bij het {d.k('verzorgingshuis')} aan de {street(d, c, 3)} is "
        f"{d.first(c.youths[-1])} met {d.k('cobra')}'s betrapt."
    )


@shape("zin:bewoners-app-moderatie")
def z42(d, c, r):
    return (
        f"Beheerder {d.full(c.nb)} haalde een foto uit de {d.k('WhatsApp-groep')} waarop {d.first(c.youths[0])} "
        f"herkenbaar was: '{d.k('Geen')} namen en gezichten in de groep.'"
    )


@shape("zin:bestand-foto")
def z43(d, c, r):
    sl = d.slug(c.res)
    fn = d.p(sl, "PERSON")
    return f"{d.k('Bijlage')}: {fn}_voordeur_{r.randint(1, 9)}.jpg ({d.k('camerabeelden')} van {d.k(r.choice(DAYS))})."


@shape("zin:broer-betrokken")
def z44(d, c, r):
    y = c.youths[1]
    br = relative(r, y)
    return (
        f"Ook {d.full(br)}, de oudere broer van {d.first(y)}, was erbij; hij is {d.k('meerderjarig')} en werd "
        f"{d.k('heengezonden')}."
    )


@shape("zin:gebiedsverbod")
def z45(d, c, r):
    return (
        f"De {d.k('burgemeester')} legde {d.full(c.youths[0])} een {d.k('gebiedsverbod')} op voor "
        f"{d.k(c.wijk)} (besluit {d.p(case_number(r, 'oov'), 'CASE_NUMBER')})."
    )


@shape("zin:inbraakpreventie")
def z46(d, c, r):
    return (
        f"De {d.k('inbraakpreventie-adviseur')} bezocht {d.ref(c.res)} en adviseerde {d.k('PKVW')}-sloten en "
        f"een lamp met {d.k('schemerschakelaar')}."
    )


@shape("zin:boa-bodycam")
def z47(d, c, r):
    return (
        f"De {d.k('bodycam')} van {d.full(c.boa)} liep mee; de beelden zijn opgeslagen onder "
        f"{d.p(case_number(r, 'boa'), 'CASE_NUMBER')}."
    )


@shape("zin:incidentnummer")
def z48(d, c, r):
    return (
        f"Het incident ({d.p(case_number(r, 'inc'), 'CASE_NUMBER')}) is doorgezet naar de "
        f"{d.k('Veiligheidshuis')}-casusregie."
    )


@shape("zin:mor-melding")
def z49(d, c, r):
    return (
        f"Eerder meldde {d.full(c.nb)} een kapotte lantaarnpaal via de {d.k('Fixi')}-app "
        f"(melding {d.p(case_number(r, 'mor'), 'CASE_NUMBER')}); de lamp brandt nog steeds niet."
    )


@shape("zin:telefoon-ouder")
def z50(d, c, r):
    y = c.youths[1]
    return (
        f"De moeder van {d.first(y)} is bereikbaar op {d.p(phone(r), 'PHONE')}; zij spreekt "
        f"{d.k(r.choice(['Arabisch', 'Pools', 'Turks', 'Tigrinya', 'Somalisch']))} en een beetje Nederlands."
    )


@shape("zin:postcode-los")
def z51(d, c, r):
    return (
        f"De {d.k('postcodecheck')} ({d.p(c.pc, 'POSTCODE')}) laat zien dat de woning in het "
        f"{d.k('cameragebied')} valt."
    )


@shape("zin:jongere-met-bsn-dob")
def z52(d, c, r):
    y = c.youths[-1]
    dob = d.p(dob_text(r, c.dob_y), "DATE_OF_BIRTH")
    return f"{d.k('Personalia')}: {d.full(y)}, {dob}, BSN {d.p(bsn(r), 'BSN')}, woonachtig {addr(d, c, 2)}."


@shape("zin:vergadering-opkomst")
def z53(d, c, r):
    return (
        f"Bij de {d.k('veiligheidsavond')} in de {d.k('gymzaal')} waren {r.randint(25, 80)} bewoners; "
        f"{d.ref(c.res)} vroeg waarom er niets met de meldingen gebeurt."
    )


@shape("zin:handle-in-groep")
def z54(d, c, r):
    return (
        f"In de groep schreef {d.handle(c.youths[0])} dat '{d.k('de wijk')} van hen is'; dat account is gemeld bij "
        f"{d.k('Instagram')}."
    )


@shape("zin:buur-email")
def z55(d, c, r):
    return (
        f"{d.full(c.nb)} stuurde de beelden vanaf {d.email(c.nb)} naar de wijkagent en vroeg om "
        f"{d.k('terugkoppeling')}."
    )


@shape("zin:mediator-terug")
def z56(d, c, r):
    return (
        f"{d.k('Bemiddelaar')} {d.full(c.med)} ({d.k('Buurtbemiddeling')}) belt beide partijen over "
        f"{d.k('zes weken')} terug."
    )


BODY = [f for n, f in SHAPES.items() if n.startswith("zin:")]


@shape("zin:known")
def z_known(d, c, r):
    word, is_first, ordinary, clause = c.known
    intro = r.choice(["Zij vertelde dat", "Volgens de melder bleek dat", "Ook werd genoemd dat", "Het viel op dat"])
    d.k(ordinary)
    return f"{intro} {clause}."


@shape("zin:known-bare")
def z_known2(d, c, r):
    return f"{d.sur(c.res)} wil dat de {d.k('gemeente')} haar op de hoogte houdt."


# ---------------------------------------------------------------- chat lines (buurtpreventie app)


@shape("chat:inbreker")
def ch1(d, c, r):
    return f"Let op!! Verdachte man in donkere jas bij {addr(d, c)}, probeert {d.k('deurklinken')} 🚨"


@shape("chat:scooter")
def ch2(d, c, r):
    return f"scooter van {d.low(c.fam)} is gejat, {d.p(c.plate, 'LICENSE_PLATE')}, wie heeft iets gezien??"


@shape("chat:groep")
def ch3(d, c, r):
    return f"weer die groep bij de {d.k('bankjes')} op de {street(d, c)}, al {d.k('muziek')} keihard"


@shape("chat:wijkagent-tag")
def ch4(d, c, r):
    return f"heb {d.first(c.wa)} (wijkagent) even ge-appt, hij komt langs"


@shape("chat:vuurwerk")
def ch5(d, c, r):
    return f"{d.k('Knallen')} bij de {d.k('flat')} al sinds 8 uur, mijn hond is helemaal overstuur"


@shape("chat:sabma")
def ch6(d, c, r):
    return f"{d.k('SAAR')} graag: Signaleer, Alarmeer 112, Alarmeer de groep, Reageer — geen eigen acties!"


@shape("chat:tel")
def ch7(d, c, r):
    return f"mijn nummer voor de nieuwe mensen: {d.p(phone(r), 'PHONE')} ({d.low(c.nb)})"


@shape("chat:busje")
def ch8(d, c, r):
    return f"wit busje {d.p(plate(r), 'LICENSE_PLATE')} rijdt al 3x rond, foto gemaakt"


@shape("chat:camera")
def ch9(d, c, r):
    return f"heeft iemand {d.k('beelden')} van de {d.k('ring')}-camera? bij {d.sur(c.nb)} is ook aan de deur gemorreld"


@shape("chat:bedankt")
def ch10(d, c, r):
    return f"{d.k('Dank')} allemaal, politie is er. {d.k('Goed')} opgelet 👍"


CHAT = [f for n, f in SHAPES.items() if n.startswith("chat:")]


def chat_name(d, q):
    style = d.r.randrange(4)
    if style == 0:
        return d.full(q)
    if style == 1:
        return d.p(f"{q.first} {q.root[0]}.", "PERSON")
    if style == 2:
        return d.first(q)
    return d.p(f"{q.first} {q.surname}", "PERSON")


# ---------------------------------------------------------------- document kinds


def body(d, c, r, n):
    fns = r.sample(BODY, n)
    out = []
    for fn in fns:
        d.shapes.append(fn.shape)
        out.append(fn(d, c, r))
    return out


def use(d, name, c, r):
    d.shapes.append(name)
    return SHAPES[name](d, c, r)


@shape("doc:incidentregistratie")
def k1(d, c, r):
    head = [
        f"{d.k('Incidentregistratie')} {d.k('Politie')} {d.k('Basisteam')} {c.city}",
        f"{d.k('Registratienummer')}: {d.p(case_number(r, 'inc'), 'CASE_NUMBER')}",
        f"{d.k('Pleegadres')}: {addr(d, c)}, {d.p(c.pc, 'POSTCODE')} {c.city}",
        f"{d.k('Melder')}: {d.full(c.res)}, tel. {d.phone_of(c.res)}",
        "Toedracht:",
    ]
    d.shapes += ["regel:inc-kop", "regel:inc-melder"]
    return "\n".join(head + body(d, c, r, r.randint(3, 5)))


@shape("doc:boa-pv")
def k2(d, c, r):
    d.shapes += ["regel:pv-verbalisant", "regel:pv-verdachte", "regel:pv-slot"]
    y = c.youths[0]
    head = [
        f"{d.k('PROCES-VERBAAL')} {d.k('VAN BEVINDINGEN')}",
        f"{d.k('Nummer')}: {d.p(case_number(r, 'boa'), 'CASE_NUMBER')}",
        f"{d.k('Verbalisant')}: {d.upper(c.boa)}, {d.first(c.boa)}, {d.k('buitengewoon opsporingsambtenaar')} "
        f"({d.k('Domein I')}), {d.k('Team Handhaving')} {c.city}.",
        f"{d.k('Verdachte')}: {d.upper(y)}, {d.first(y)}, geboren {d.p(dob_text(r, c.dob_y), 'DATE_OF_BIRTH')}, "
        f"{d.k('wonende')} {addr(d, c, 2)}.",
    ]
    tail = [
        f"Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te {c.city} op "
        f"{r.randint(1, 28)} {d.k(r.choice(MONTHS))} 2026."
    ]
    return "\n".join(head + body(d, c, r, r.randint(2, 4)) + tail)


@shape("doc:buurtpreventie-app")
def k3(d, c, r):
    d.shapes.append("regel:app-kop")
    members = [c.res, c.nb, c.fam]
    lines = [f"{d.k('WhatsApp')} {d.k('Buurtpreventie')} {c.wijk} 🏘️"]
    h, m = r.randint(18, 23), r.randint(0, 50)
    for fn in r.sample(CHAT, r.randint(4, 6)):
        d.shapes.append(fn.shape)
        who = chat_name(d, r.choice(members))
        m = (m + r.randint(1, 9)) % 60
        lines.append(f"[{h:02d}:{m:02d}] {who}: {fn(d, c, r)}")
    if r.random() < 0.6:
        lines += body(d, c, r, 1)
    return "\n".join(lines)


@shape("doc:brief-burgemeester")
def k4(d, c, r):
    d.shapes += ["regel:brief-adres", "regel:brief-aanhef", "regel:brief-slot"]
    head = [
        f"{d.k('Gemeente')} {c.city} — {d.k('Kabinet')} van de {d.k('Burgemeester')}",
        f"{d.k('Aan')} {d.init(c.res)}",
        f"{addr(d, c)}",
        f"{d.p(c.pc, 'POSTCODE')} {c.city}",
        f"{d.k('Ons kenmerk')}: {d.p(case_number(r, 'oov'), 'CASE_NUMBER')}",
        f"{d.k('Onderwerp')}: {r.choice(['uw zorgen over de veiligheid in de wijk', 'sluiting van een woning', 'cameratoezicht'])}",
        f"Geachte {r.choice(['mevrouw', 'heer'])} {d.sur(c.res)},",
    ]
    tail = [f"{d.k('Met vriendelijke groet')},", f"{d.full(c.burg)}, {d.k('burgemeester')}"]
    return "\n".join(head + body(d, c, r, r.randint(2, 4)) + tail)


@shape("doc:notulen-veiligheidsoverleg")
def k5(d, c, r):
    d.shapes += ["regel:notulen-aanwezig", "regel:notulen-actiepunt"]
    head = [
        f"{d.k('Notulen')} {d.k('Wijkveiligheidsoverleg')} {c.wijk}, {day(r)}",
        f"{d.k('Aanwezig')}: {d.full(c.wa)} ({d.k('wijkagent')}), {d.full(c.boa)} ({d.k('BOA')}), "
        f"{d.full(c.jw)} ({d.k('jongerenwerk')}), {d.full(c.adv)} ({d.k('OOV')}), namens bewoners {d.full(c.res)}.",
        f"1. {d.k('Opening')} en {d.k('mededelingen')}",
    ]
    tail = [
        f"{d.k('Actiepunt')}: {d.sur(c.wa)} en {d.sur(c.jw)} lopen samen een avondronde "
        f"(voor {r.randint(1, 28)} {r.choice(MONTHS)})."
    ]
    return "\n".join(head + body(d, c, r, r.randint(3, 5)) + tail)


@shape("doc:jongerenwerker-notities")
def k6(d, c, r):
    d.shapes += ["regel:jw-kop", "regel:jw-vervolg"]
    head = [
        f"{d.k('Notities')} {d.k('straathoekwerk')} — {d.first(c.jw)}, {day(r)}",
        f"{d.k('Dossier')} {d.p(case_number(r, 'jw'), 'CASE_NUMBER')}",
        f"- {d.k('Ronde')} langs {street(d, c)} en het {d.k('trapveldje')}",
    ]
    b = ["- " + s for s in body(d, c, r, r.randint(3, 4))]
    tail = [f"- {d.k('Vervolg')}: gesprek met {d.first(c.youths[0])} en {d.poss(c.youths[1])} moeder inplannen."]
    return "\n".join(head + b + tail)


@shape("doc:bemiddelingsverslag")
def k7(d, c, r):
    d.shapes += ["regel:bm-partijen", "regel:bm-afspraken"]
    head = [
        f"{d.k('Samenvatting')} {d.k('bemiddelingsgesprek')} ({d.p(case_number(r, 'bmd'), 'CASE_NUMBER')})",
        f"{d.k('Partijen')}: bewoner {d.full(c.res)} en de jongeren {d.first(c.youths[0])} en "
        f"{d.first(c.youths[1])}; gespreksleider {d.full(c.med)}.",
        f"{d.k('Locatie')}: {d.k('wijkcentrum')} {c.wijk}.",
    ]
    tail = [f"{d.k('Afspraken')} zijn ondertekend; {d.sur(c.med)} evalueert in {d.k(r.choice(MONTHS))}."]
    return "\n".join(head + body(d, c, r, r.randint(3, 4)) + tail)


@shape("doc:mma-doormelding")
def k8(d, c, r):
    d.shapes += ["regel:mma-kop"]
    head = [
        f"{d.k('Doormelding')} {d.k('Meld Misdaad Anoniem')} aan de {d.k('gemeente')} {c.city}",
        f"{d.k('Meldnummer')}: {d.p(case_number(r, 'mma'), 'CASE_NUMBER')}",
        f"{d.k('Betreft')}: {r.choice(['handel in verdovende middelen', 'wapenbezit', 'witwassen via een kapsalon'])} "
        f"op {addr(d, c, 3)}.",
    ]
    return "\n".join(head + body(d, c, r, r.randint(2, 4)))


@shape("doc:email-bewoner")
def k9(d, c, r):
    d.shapes += ["regel:mail-kop", "regel:mail-ondertekening"]
    em = d.email(c.res)
    head = [
        f"{d.k('Van')}: {d.full(c.res)} <{em}>",
        f"{d.k('Aan')}: {d.k('veiligheid@' + c.slug + '.nl')}",
        f"{d.k('Onderwerp')}: {r.choice(['Ik voel me niet meer veilig', 'Overlast jongeren', 'Camera buren'])}",
        f"Beste {d.k('mensen')} van de gemeente,",
    ]
    tail = [f"{d.k('Groet')}, {d.first(c.res)} ({addr(d, c)}, {d.phone_of(c.res)})"]
    return "\n".join(head + body(d, c, r, r.randint(2, 4)) + tail)


@shape("doc:uitnodiging-ouders")
def k10(d, c, r):
    d.shapes += ["regel:ouders-aanhef", "regel:ouders-datum"]
    y = c.youths[0]
    head = [
        f"{d.k('Uitnodiging')} {d.k('oudergesprek')} — {d.k('Politie')} en {d.k('Jongerenwerk')} {c.wijk}",
        f"Aan de ouders/verzorgers van {d.full(y)}, {addr(d, c, 2)}",
        f"{d.k('Wij')} nodigen u uit op {day(r)} om {d.k('19.30')} uur in het {d.k('politiebureau')}.",
    ]
    return "\n".join(head + body(d, c, r, r.randint(2, 4)))


@shape("doc:besluit-sluiting")
def k11(d, c, r):
    d.shapes += ["regel:besluit-overwegingen", "regel:besluit-dictum"]
    head = [
        f"{d.k('BESLUIT')} {d.k('SLUITING')} {d.k('WONING')}",
        f"{d.k('Zaaknummer')} {d.p(case_number(r, '13b'), 'CASE_NUMBER')}",
        f"{d.k('Overwegingen')}: op {addr(d, c, 3)} is een handelshoeveelheid aangetroffen; "
        f"{d.k('hoofdhuurder')} {d.full(c.nb)} is gehoord.",
    ]
    tail = [
        f"{d.k('Besluit')}: de woning wordt gesloten. {d.k('Bezwaar')} binnen {d.k('zes weken')}.",
        f"{d.full(c.burg)}, {d.k('burgemeester')} van {c.city}",
    ]
    return "\n".join(head + body(d, c, r, r.randint(2, 3)) + tail)


KINDS = [f for n, f in SHAPES.items() if n.startswith("doc:")]
LINE_SHAPES = [
    "regel:inc-kop",
    "regel:inc-melder",
    "regel:pv-verbalisant",
    "regel:pv-verdachte",
    "regel:pv-slot",
    "regel:app-kop",
    "regel:brief-adres",
    "regel:brief-aanhef",
    "regel:brief-slot",
    "regel:notulen-aanwezig",
    "regel:notulen-actiepunt",
    "regel:jw-kop",
    "regel:jw-vervolg",
    "regel:bm-partijen",
    "regel:bm-afspraken",
    "regel:mma-kop",
    "regel:mail-kop",
    "regel:mail-ondertekening",
    "regel:ouders-aanhef",
    "regel:ouders-datum",
    "regel:besluit-overwegingen",
    "regel:besluit-dictum",
]
for _n in LINE_SHAPES:
    SHAPES.setdefault(_n, None)


# ---------------------------------------------------------------- one document, the gate, the corpus


def draw(i, r):
    d = Doc(r)
    known = i % 4 == 1
    c = build_ctx(d, r, i, known)
    kind = KINDS[i % len(KINDS)] if r.random() < 0.5 else r.choice(KINDS)
    d.shapes.append(kind.shape)
    text = kind(d, c, r)
    if known:
        extra = [use(d, "zin:known", c, r), use(d, "zin:known-bare", c, r)]
        if c.res.full not in text:
            extra.insert(0, f"{d.k('Betrokken')} bewoner: {d.full(c.res)}.")
        lines = text.split("\n")
        pos = r.randint(2, len(lines))
        lines[pos:pos] = extra
        text = "\n".join(lines)
    pii = [it for it in d.pii if it["text"] in text]
    doc = {"id": f"fresh33f-{i:04d}", "text": text, "pii": pii, "keep": [k for k in d.keep if k in text]}
    if known:
        kn = {"names": [c.res.full]}
        for lab, key in (("EMAIL", "emails"), ("PHONE", "phones")):
            own = [it["text"] for it in pii if it["label"] == lab and d.owner.get(it["text"]) is c.res]
            if own:
                kn[key] = own
        doc["known"] = kn
    return doc, d.shapes


def _name_words(doc):
    words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.findall(r"\w+", it["text"].lower()):
                if w not in PARTICLES and len(w) > 1:
                    words.add(w)
    return words


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
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
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w for w in re.findall(r"\w+", n.lower()) if w not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        shared = {w for w in re.findall(r"\w+", k.lower()) if len(w) > 1 and w not in PARTICLES} & names
        if shared and not (k.islower() and shared <= known_words and k in known_words):
            return f"keep {k!r} shares {shared} with a name"
    if "known" in doc and not known_words & {k for k in doc["keep"] if k.islower()}:
        return "known document without the ordinary use in keep"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc, shapes = draw(i, r)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} fails its gate: {gate(doc)}")
        docs.append(doc)
        used.update(set(shapes))
    return docs, used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs, used, redraws = generate()
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh33f_texts.jsonl is up to date" if same else "fresh33f_texts.jsonl differs")
        sys.exit(0 if same else 1)
    if a.stats:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}; shapes used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")


if __name__ == "__main__":
    main()
