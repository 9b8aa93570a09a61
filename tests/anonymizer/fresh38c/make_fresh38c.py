"""Seeded generator of the blind corpus fresh38c: harbours, waterways and boats (helper C1, round thirty-two).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh38c/make_fresh38c.py           write fresh38c_texts.jsonl
    python tests/anonymizer/fresh38c/make_fresh38c.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh38c/make_fresh38c.py --stats   counts per label, shapes, known names, redraws
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
from names38c import KNOWN, ORIGINS, ascii_fold  # noqa: E402

_spec = importlib.util.spec_from_file_location("score38c", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261323
N_DOCS = 300
OUT = HERE / "fresh38c_texts.jsonl"
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

KINDS: dict = {}  # document kinds (frames)
SENTS: dict = {}  # sentence and line shapes used in the body


def kind(fn):
    KINDS["kind:" + fn.__name__[2:]] = fn
    return fn


def sent(fn):
    SENTS["sent:" + fn.__name__[2:]] = fn
    return fn


# ---------------------------------------------------------------- structured values


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def make_bsn(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(d[i] * (9 - i) for i in range(8)) % 11
        if c <= 9:
            s = "".join(map(str, d + [c]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r):
    bank = r.choice(["ABNA", "RABO", "INGB", "ASNB", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    cc = 98 - int(num) % 97
    s = f"NL{cc:02d}{bank}{acct}"
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, len(s), 4))])


def make_plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{a(2)}-{d(3)}-{a(1)}",
            f"{d(1)}-{a(3)}-{d(2)}",
            f"{a(1)}-{d(3)}-{a(2)}",
            f"{d(2)}-{a(3)}-{d(1)}",
            f"{a(3)}-{d(2)}-{a(1)}",
            f"{d(1)}-{a(2)}-{d(3)}",
            f"W{a(1)}-{d(2)}-{d(2)}",
        ]
    )


def make_case(r):
    yy = r.choice(["25", "26"])
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"LIG-20{yy}-{d(4)}",
            f"HVG/{yy}/{d(5)}",
            f"WRK.{yy}.{d(3)}",
            f"Z/{yy}/{d(6)}/BSB",
            f"VTA-{d(4)}-{yy}",
            f"SCH{yy}-{d(4)}",
            f"REG 20{yy}.{d(4)}",
            f"OV-VS{d(4)}",
            f"KW{yy}.{d(2)}.{d(3)}",
            f"HM/{d(3)}/{yy}",
        ]
    )


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


def make_dob(r):
    y, m, dd = r.randint(1941, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}-{m}-{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd} {MON3[m - 1]}. {y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d} {MON3[m - 1].upper()} {y}",
            f"{dd} {MONTHS[m - 1]} '{str(y)[2:]}",
        ]
    )


def make_date(r):
    y, m, dd = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{dd} {MONTHS[m - 1]} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd} {MONTHS[m - 1]}"])


def make_postcode(r):
    s = f"{r.randint(1000, 9999)}{''.join(r.choice('ABCEGHJKLMNPRSTVWXZ') for _ in range(2))}"
    return r.choice([s[:4] + " " + s[4:], s[:4] + " " + s[4:], s])


STREET_HEAD = [
    "Tjalk",
    "Botter",
    "Schokker",
    "Baken",
    "Loods",
    "Zeilmakers",
    "Roeiers",
    "Kreeften",
    "Garnalen",
    "Ankersmid",
    "Touwslagers",
    "Netboeters",
    "Schelpen",
    "Meerpaal",
    "Dukdalf",
    "Reddings",
    "Kaapstander",
    "Fuik",
    "Spiering",
    "Bolder",
]
STREET_TAIL = ["kade", "straat", "weg", "pad", "dijk", "hof", "laan", "wal", "steeg", "gracht"]


def make_street(r):
    return r.choice(STREET_HEAD) + r.choice(STREET_TAIL)


def make_houseno(r):
    n = r.randint(1, 180)
    return r.choice([str(n), str(n), f"{n}a", f"{n}-B", f"{n} rd", f"{n}-II"])


PLACES = [
    ("Harlingen", "0517"),
    ("Den Helder", "0223"),
    ("Lemmer", "0514"),
    ("Enkhuizen", "0228"),
    ("Urk", "0527"),
    ("Vlissingen", "0118"),
    ("Zierikzee", "0111"),
    ("Kampen", "038"),
    ("Dordrecht", "078"),
    ("Gorinchem", "0183"),
    ("IJmuiden", "0255"),
    ("Terneuzen", "0115"),
    ("Delfzijl", "0596"),
    ("Makkum", "0515"),
    ("Hoorn", "0229"),
    ("Muiden", "0294"),
    ("Stavoren", "0514"),
    ("Monnickendam", "0299"),
    ("Yerseke", "0113"),
    ("Elburg", "0525"),
    ("Zoutkamp", "0595"),
]

VESSELS = [
    "Noordster",
    "Albatros",
    "Zeemeeuw",
    "Eendracht",
    "Zwerver",
    "Avontuur",
    "Morgenrood",
    "Stormvogel",
    "Waterhoen",
    "Pelikaan",
    "Kwikstaart",
    "Zeester",
    "Windroos",
    "Nooitgedacht",
    "Zilvermeeuw",
    "Aalscholver",
    "Vertrouwen",
    "Barracuda",
    "Dolfijn",
    "Goede Verwachting",
    "Blauwe Reiger",
    "Twee Gebroeders",
]
VTYPES = [
    "sloep",
    "zeilboot",
    "motorkruiser",
    "kotter",
    "botter",
    "tjalk",
    "kajuitzeiler",
    "platbodem",
    "speedboot",
    "schouw",
    "vlet",
    "garnalenkotter",
    "grundel",
    "rubberboot",
]
OFFICIALS = [
    ("havenmeester", "Havendienst"),
    ("brugwachter", "Brug- en Sluisbediening"),
    ("sluiswachter", "Brug- en Sluisbediening"),
    ("medewerker vergunningen", "Vergunningen Water"),
    ("handhaver", "Team Toezicht Water"),
    ("jurist", "Juridische Zaken"),
    ("schadebehandelaar", "Team Schade en Verzekeringen"),
    ("beleidsadviseur", "Beleid Havens en Vaarwegen"),
    ("coördinator", "Veerdiensten"),
    ("inspecteur", "Havenbeheer"),
    ("accountmanager", "Havengelden"),
]
DOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "planet.nl",
    "xs4all.nl",
    "home.nl",
    "caiway.nl",
    "zeelandnet.nl",
    "live.nl",
    "hetnet.nl",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first, particle, core, origin, known_word=None):
        self.first, self.particle, self.core, self.origin, self.known_word = first, particle, core, origin, known_word

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.core) if x)

    @property
    def bare(self):
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.core
        return self.core

    @property
    def init(self):
        return " ".join(x for x in (self.first[0] + ".", self.particle, self.core) if x)

    @property
    def caps(self):
        return self.bare.upper()

    @property
    def poss(self):
        b = self.bare
        if b[-1] in "sxz":
            return b + "'"
        if b[-1] in "aiouy":
            return b + "'s"
        return b + "s"

    @property
    def handle(self):
        return ascii_fold(self.first + self.core).lower().replace(" ", "").replace("-", "")


def make_person(r, origin=None, core=None, particle=None):
    origin = origin or r.choice(sorted(ORIGINS))
    firsts, heads, tails, parts = ORIGINS[origin]
    if core is None:
        core = r.choice(heads) + (r.choice(tails) if tails else "")
    if particle is None:
        particle = r.choice(parts)
    return Person(r.choice(firsts), particle, core, origin)


# ---------------------------------------------------------------- document builder


class B:
    def __init__(self, r):
        self.r, self.pii, self.keep = r, [], []

    def p(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, text):
        if text not in self.keep:
            self.keep.append(text)
        return text


class Ctx:
    """The cast and data of one document; each value is drawn once and registered where it is written."""

    def __init__(self, b, r, known):
        self.b, self.r = b, r
        self.place, self.ac = r.choice(PLACES)
        if known is not None:
            part, core, word, sentence = known
            self.R = make_person(
                r,
                origin=r.choice(
                    ["Nederlands", "Fries", "Surinaams-Creools", "Antilliaans", "Marokkaans", "Moluks", "Indonesisch"]
                ),
                core=core,
                particle=part,
            )
            self.R.known_word, self.known_sentence = word, sentence
        else:
            self.R = make_person(r)
            self.known_sentence = None
        self.F = Person(r.choice(ORIGINS[self.R.origin][0]), self.R.particle, self.R.core, self.R.origin)
        while self.F.first == self.R.first:
            self.F.first = r.choice(ORIGINS[self.R.origin][0] + ["Noa", "Sem", "Lotte"])
        self.N = make_person(r)
        self.O = make_person(r)
        self.ofunc, self.odept = r.choice(OFFICIALS)
        self.O2 = make_person(r)
        self.o2func, self.o2dept = r.choice([o for o in OFFICIALS if o[0] != self.ofunc])
        self.M = make_person(r)
        self.V = r.choice(VESSELS)
        self.V2 = r.choice([v for v in VESSELS if v != self.V])
        self.T = r.choice(VTYPES)
        self.street, self.no = make_street(r), make_houseno(r)
        self.nstreet = make_street(r)
        self.pc = make_postcode(r)
        self._cache = {}

    def once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn(self.r)
        return self._cache[key]

    # names
    def n(self, who="R", form="full"):
        p = getattr(self, who)
        return self.b.p(getattr(p, form), "PERSON")

    def addr(self):
        return self.b.p(f"{self.street} {self.no}", "ADDRESS")

    def street_only(self):
        return self.b.p(self.street, "ADDRESS")

    def postcode(self):
        return self.b.p(self.pc, "POSTCODE")

    def phone(self, who="R"):
        def mk(r):
            if r.random() < 0.7:
                d = "".join(str(r.randint(0, 9)) for _ in range(8))
                return r.choice(
                    [
                        f"06-{d}",
                        f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                        f"+31 6 {d}",
                        f"+31 (0)6 {d[:4]} {d[4:]}",
                        f"0031 6 {d}",
                        f"06{d}",
                    ]
                )
            ac = self.ac
            d = "".join(str(r.randint(1, 9)) for _ in range(10 - len(ac)))
            return r.choice([f"{ac}-{d}", f"({ac}) {d}", f"+31 {ac[1:]} {d}", f"{ac} {d[:2]} {d[2:4]} {d[4:]}"])

        return self.b.p(self.once("phone" + who, mk), "PHONE")

    def email(self, who="R"):
        p = getattr(self, who)

        def mk(r):
            f, c = ascii_fold(p.first).lower(), ascii_fold(p.core).lower().replace(" ", "").replace("-", "")
            local = r.choice(
                [
                    f"{f}.{c}",
                    f"{f[0]}{c}",
                    f"{c}{r.randint(10, 99)}",
                    f"{f}{r.randint(60, 99)}",
                    f"{f[0]}.{c}",
                    f"{ascii_fold(self.V).lower().replace(' ', '')}{r.randint(1, 99)}",
                ]
            )
            return f"{local}@{r.choice(DOMAINS)}"

        return self.b.p(self.once("email" + who, mk), "EMAIL")

    def bsn(self):
        return self.b.p(self.once("bsn", make_bsn), "BSN")

    def iban(self):
        return self.b.p(self.once("iban", make_iban), "IBAN")

    def plate(self):
        return self.b.p(self.once("plate", make_plate), "LICENSE_PLATE")

    def case(self):
        return self.b.p(self.once("case", make_case), "CASE_NUMBER")

    def dob(self):
        return self.b.p(self.once("dob", make_dob), "DATE_OF_BIRTH")

    def fdob(self):
        return self.b.p(self.once("fdob", make_dob), "DATE_OF_BIRTH")

    # keeps
    def k(self, w):
        return self.b.k(w)

    def date(self, key="d"):
        return self.b.k(self.once("date" + key, make_date))

    def amount(self, key="a", lo=40, hi=2400):
        return "€ " + self.b.k(
            self.once("amt" + key, lambda r: f"{r.randint(lo, hi)},{r.choice(['00', '50', '25', '80', '15'])}")
        )

    def vessel(self, which="V"):
        return self.b.k(getattr(self, which))

    def placek(self):
        return self.b.k(self.place)

    def gen_mail(self):
        return self.b.k(f"info@{self.place.lower().replace(' ', '')}.nl")

    def gen_phone(self):
        return self.b.k(f"14 {self.ac}")

    def func(self, which="O"):
        return self.b.k(self.ofunc if which == "O" else self.o2func)

    def dept(self, which="O"):
        return self.b.k(self.odept if which == "O" else self.o2dept)

    def cue(self):
        return self.b.k(self.r.choice(["zaaknummer", "dossiernummer", "kenmerk", "referentie", "zaak"]))

    def weekday(self):
        return self.b.k(self.once("wd", lambda r: r.choice(WEEKDAYS)))


# ---------------------------------------------------------------- sentence and line shapes (body)


@sent
def s_berth_request(b, c):
    return (
        f"{c.n()} vraagt een vaste {c.k('ligplaats')} aan voor de {c.T} {c.vessel()} in de "
        f"{c.k('Passantenhaven')} van {c.placek()}."
    )


@sent
def s_waitlist(b, c):
    return (
        f"Volgens de {c.k('wachtlijst')} staat {c.n('R', 'bare' if c.R.particle else 'full')} sinds "
        f"{c.date()} op plaats {c.r.randint(3, 140)}."
    )


@sent
def s_harbour_dues(b, c):
    return (
        f"Het {c.k('havengeld')} over het seizoen bedraagt {c.amount()} en is nog niet betaald "
        f"(zie {c.cue()} {c.case()})."
    )


@sent
def s_refund(b, c):
    return f"Het te veel betaalde {c.k('liggeld')} wordt teruggestort op {c.iban()} ten name van {c.n('R', 'init')}."


@sent
def s_bridge_wait(b, c):
    return (
        f"Op {c.weekday()} wachtte {c.n('R', 'first')} met de {c.vessel()} ruim veertig minuten voor de "
        f"{c.k('Zeesluis')} omdat de {c.func()} niet reageerde op de marifoon."
    )


@sent
def s_bridge_keeper_quote(b, c):
    return (
        f"{c.k(c.ofunc.capitalize())} {c.n('O')} ({c.dept()}) schrijft: 'Bij windkracht zeven draaien wij de brug "
        f"niet, ook niet voor de {c.vessel()}.'"
    )


@sent
def s_lock_damage(b, c):
    return (
        f"Tijdens het schutten op {c.date()} sloeg de {c.T} van {c.n('R', 'bare')} tegen de sluisdeur; "
        f"de {c.k('schade')} wordt geschat op {c.amount()}."
    )


@sent
def s_registration(b, c):
    return (
        f"Het vaartuig {c.vessel()} staat in het {c.k('Kadaster')} op naam van {c.n()}, geboren "
        f"{c.dob()}, BSN {c.bsn()}."
    )


@sent
def s_transfer(b, c):
    return (
        f"Bij de overdracht van de {c.vessel()} aan {c.n('N')} is de {c.k('ligplaatsvergunning')} niet "
        f"meegegaan; die blijft persoonsgebonden."
    )


@sent
def s_fisherman(b, c):
    return (
        f"{c.k('Beroepsvisser')} {c.n()} (geb. {c.dob()}) vist met de {c.vessel()} op spiering en "
        f"wil een {c.k('ontheffing')} voor het lossen aan de {c.k('Visafslag')}."
    )


@sent
def s_club(b, c):
    return (
        f"{c.k('Watersportvereniging')} {c.vessel('V2')} meldt dat lid {c.n()} al twee jaar "
        f"geen {c.k('contributie')} betaalt."
    )


@sent
def s_marina_contract(b, c):
    return (
        f"Het {c.k('Jachthaven')}contract van {c.n('R', 'init')} loopt af op {c.date('e')}; de box aan "
        f"steiger {c.r.choice('ABCDEF')} is al aan een ander toegezegd."
    )


@sent
def s_ferry_complaint(b, c):
    return (
        f"{c.n('R', 'first')} kon op {c.date()} niet mee met de {c.k('Veerpont')} omdat de auto met "
        f"kenteken {c.plate()} te lang was voor het dek."
    )


@sent
def s_ferry_subscription(b, c):
    return (
        f"Het {c.k('abonnement')} voor de veerdienst staat op naam van {c.n('F')}; de {c.k('korting')} "
        f"voor {c.k('eilandbewoners')} geldt alleen op {c.addr()}."
    )


@sent
def s_wreck(b, c):
    return (
        f"De {c.k('gemeente')} heeft de gezonken {c.T} bij de {c.street_only()} op {c.date()} laten "
        f"lichten; de kosten van {c.amount()} worden verhaald op {c.n('R', 'bare')}."
    )


@sent
def s_wreck_notice(b, c):
    return (
        f"Op de boeg van de {c.vessel()} hangt een {c.k('waarschuwingssticker')}: binnen veertien dagen "
        f"verwijderen, anders ruimt {c.dept()} het vaartuig op ({c.case()})."
    )


@sent
def s_quay_damage(b, c):
    return (
        f"Een vrachtauto met kenteken {c.plate()} reed tegen de kademuur aan de {c.street_only()}; "
        f"{c.k('Havenbeheer')} heeft de eigenaar, {c.n()}, aansprakelijk gesteld."
    )


@sent
def s_neighbour(b, c):
    return (
        f"Buurman {c.n('N')} van {c.b.p(c.nstreet, 'ADDRESS')} bevestigt dat de {c.T} al sinds "
        f"{c.k('Pasen')} onbeheerd ligt."
    )


@sent
def s_family(b, c):
    return (
        f"Omdat {c.n('R', 'bare')} in het ziekenhuis ligt, regelt {c.n('F', 'first')} "
        f"{c.n('F', 'bare') if not c.R.particle else ''} de zaken rond de boot.".replace("  ", " ")
    )


@sent
def s_family_dob(b, c):
    return f"Gemachtigde: {c.n('F')}, geboortedatum {c.fdob()}, bereikbaar op {c.phone('F')}."


@sent
def s_mediator(b, c):
    return (
        f"{c.k('Bemiddelaar')} {c.n('M')} heeft op {c.date('m')} met {c.n('O')} van {c.dept()} "
        f"afgesproken dat de {c.k('aanmaning')} wordt ingetrokken."
    )


@sent
def s_mediator_q(b, c):
    return (
        f"{c.n('M')} vroeg {c.n('R', 'bare')} of alles besproken is; "
        f"het antwoord was 'ja, als de {c.k('factuur')} klopt'."
    )


@sent
def s_contact_line(b, c):
    return f"Telefoon: {c.phone()} | E-mail: {c.email()}"


@sent
def s_contact_sentence(b, c):
    return f"U kunt {c.n('R', 'first')} bellen op {c.phone()} of mailen naar {c.email()}."


@sent
def s_address_line(b, c):
    return f"Adres: {c.addr()}, {c.postcode()} {c.placek()}"


@sent
def s_houseboat(b, c):
    return (
        f"Het {c.k('woonschip')} van {c.n()} ligt aan de {c.addr()} ({c.postcode()}); de "
        f"{c.k('Omgevingsdienst')} twijfelt of de ligplaats legaal is."
    )


@sent
def s_plate_trailer(b, c):
    return (
        f"De trailer met kenteken {c.plate()} staat al weken op de {c.k('Trailerhelling')}; "
        f"{c.n('R', 'caps')} staat als houder geregistreerd."
    )


@sent
def s_log_time(b, c):
    h, m = c.r.randint(6, 21), c.r.choice(["05", "12", "20", "34", "47", "58"])
    return f"{h:02d}:{m} {c.vessel()} gemeld bij {c.k('Spoorbrug')}, schipper {c.n('R', 'init')}, {c.phone()}"


@sent
def s_log_refusal(b, c):
    h = c.r.randint(6, 21)
    return f"{h:02d}:00 doorvaart geweigerd — {c.T} te hoog, eigenaar {c.n('R', 'bare')} wordt teruggebeld"


@sent
def s_iban_direct_debit(b, c):
    return (
        f"{c.k('Machtiging')} voor {c.k('automatische')} incasso van het {c.k('bootplaatsgeld')}: "
        f"rekening {c.iban()}, {c.n('R', 'init')}."
    )


@sent
def s_bsn_request(b, c):
    return (
        f"Voor de aanvraag van een {c.k('vaarbewijs')}-verklaring is het BSN van {c.n('R', 'first')} nodig: {c.bsn()}."
    )


@sent
def s_dob_plain(b, c):
    return f"{c.n()}, {c.dob()}, {c.k('ligplaatshouder')} sinds {c.r.randint(1990, 2020)}."


@sent
def s_dob_star(b, c):
    return f"Eigenaar: {c.n('R', 'caps')} (*{c.dob()})"


@sent
def s_age_claim(b, c):
    return (
        f"{c.n('R', 'first')} is geboren op {c.dob()} en zegt dat de {c.k('seniorenkorting')} op het "
        f"liggeld voor hem had moeten gelden."
    )


@sent
def s_email_forward(b, c):
    return (
        f"Doorgestuurd door {c.n('O', 'init')} <{c.email('O')}> aan {c.k('Juridische')} "
        f"{c.k('Zaken')}, met verwijzing naar {c.case()}."
    )


@sent
def s_photo_file(b, c):
    if c.R.known_word:
        return f"Bijlage: foto_{c.k('steiger')}_{c.r.randint(1, 40)}.jpg ({c.k('Havendienst')})."
    h = c.b.p(c.R.core.lower().replace(" ", "").replace("-", ""), "PERSON")
    return f"Bijlage: foto_{h}_{c.k('steiger')}.jpg en {c.k('schaderapport')}_{h}.pdf"


@sent
def s_handle(b, c):
    if c.R.known_word:
        return (
            f"Op het forum van de {c.k('Jachthaven')} schreef een lid over de {c.vessel()} en de {c.k('kadeplanken')}."
        )
    h = c.b.p(c.R.handle, "PERSON")
    return f"Op {c.k('Facebook')} plaatste @{h} foto's van de kapotte {c.k('meerpalen')} in de haven van {c.placek()}."


@sent
def s_possessive(b, c):
    return (
        f"{c.n('R', 'poss')} {c.T} is volgens de {c.k('Havenverordening')} te lang voor de box "
        f"aan de {c.k('Oostkade')}."
    )


@sent
def s_two_officials(b, c):
    return (
        f"{c.n('O')} ({c.func()}, {c.dept()}) en {c.n('O2')} ({c.func('O2')}, {c.dept('O2')}) zijn het "
        f"oneens over wie de {c.k('baggerkosten')} draagt."
    )


@sent
def s_official_phone(b, c):
    return f"Voor vragen: {c.n('O', 'init')}, {c.func()}, {c.k('rechtstreeks')} {c.phone('O')} of via {c.gen_phone()}."


@sent
def s_generic_contact(b, c):
    return (
        f"Algemene vragen over {c.k('Havengelden')} kunt u sturen naar {c.gen_mail()} of stellen via {c.gen_phone()}."
    )


@sent
def s_fine(b, c):
    return (
        f"{c.k('Bestuurlijke')} {c.k('strafbeschikking')}: varen zonder {c.k('vignet')} op de "
        f"{c.k('Stadsgracht')}; opgelegd aan {c.n('R', 'init')}, {c.cue()} {c.case()}."
    )


@sent
def s_speeding(b, c):
    return (
        f"De {c.k('Binnenvaartpolitie')} mat op de {c.k('Vaart')} een snelheid van 14 km/u; de "
        f"{c.T} {c.vessel()} van {c.n('R', 'bare')} mocht 6."
    )


@sent
def s_noise(b, c):
    return (
        f"Bewoners van de {c.street_only()} klagen over de {c.k('aggregaat')} van de {c.vessel()}; "
        f"{c.n('N', 'full')} noemt het 'een herrie tot middernacht'."
    )


@sent
def s_storm_damage(b, c):
    return (
        f"Na de {c.k('najaarsstorm')} van {c.date()} lag de {c.T} van {c.n('F')} op de kant; "
        f"de {c.k('verzekeraar')} wijst naar de gemeente."
    )


@sent
def s_insurance(b, c):
    return (
        f"Polisnummer en schadenummer staan in het dossier {c.case()}; {c.n('R', 'first')} heeft "
        f"{c.amount('b', 200, 9000)} geclaimd voor {c.k('reparatie')} van het roer."
    )


@sent
def s_deadline(b, c):
    return (
        f"{c.n('O', 'bare')} belooft uiterlijk {c.date('dl')} een {c.k('besluit')} over de "
        f"{c.k('verplaatsing')} naar de {c.k('Buitenhaven')}."
    )


@sent
def s_harbour_master_visit(b, c):
    return (
        f"De {c.k('havenmeester')}, {c.n('O')}, kwam op {c.weekday()} langs bij de {c.vessel()} en "
        f"constateerde dat de {c.k('walstroomkabel')} over het pad liep."
    )


@sent
def s_electricity(b, c):
    return (
        f"Het {c.k('walstroom')}verbruik van {c.r.randint(120, 2400)} kWh is in rekening gebracht op "
        f"{c.n('R', 'init')}, {c.addr()}."
    )


@sent
def s_dinghy(b, c):
    return (
        f"Een {c.k('bijboot')} zonder naam, vermoedelijk van {c.n('N')}, "
        f"dreef op {c.date('b')} de {c.k('Vissershaven')} in."
    )


@sent
def s_quote_resident(b, c):
    return (
        f"'Ik lig hier al sinds mijn {c.r.choice(['twintigste', 'dertigste', 'veertigste'])}', zegt "
        f"{c.n('R', 'bare')}, 'en nu moet de {c.vessel()} ineens weg?'"
    )


@sent
def s_crew_list(b, c):
    return f"Bemanning: {c.n()} ({c.dob()}) en {c.n('F')} ({c.fdob()})."


@sent
def s_eni(b, c):
    return (
        f"Het {c.k('Europees')} {c.k('scheepsnummer')} van de {c.vessel()} is bekend bij {c.k('Rijkswaterstaat')}; "
        f"eigenaar {c.n('R', 'init')} woont op {c.addr()}."
    )


@sent
def s_sale_ad(b, c):
    return (
        f"Te koop: {c.T} {c.vessel()}, {c.k('bouwjaar')} {c.r.randint(1960, 2015)}, vraagprijs "
        f"{c.amount('s', 1500, 39000)}; info {c.phone()} ({c.n('R', 'first')})."
    )


@sent
def s_swimming(b, c):
    return (
        f"De {c.k('reddingsbrigade')} haalde op {c.date()} een zwemmer uit de {c.k('Kolk')}; melder was "
        f"{c.n('N')}, {c.phone('N')}."
    )


@sent
def s_pilot(b, c):
    return (
        f"{c.k('Loods')} {c.n('O2')} van de {c.dept('O2')} adviseerde de {c.vessel()} om bij "
        f"{c.k('hoogwater')} te vertrekken."
    )


@sent
def s_ice(b, c):
    return (
        f"Bij het {c.k('ijsvrij')} houden van de haven in {c.k('januari')} werd de schroef van "
        f"{c.n('R', 'poss')} boot beschadigd."
    )


@sent
def s_kayak(b, c):
    return (
        f"{c.k('Kanoverhuur')} aan de {c.street_only()} vraagt of {c.n('R', 'first')} de steiger "
        f"mag delen; {c.k('Vergunningverlening')} wil eerst een tekening."
    )


@sent
def s_waterschap(b, c):
    return (
        f"Het {c.k('Waterschap')} stuurde {c.n('R', 'init')} een aanslag {c.k('watersysteemheffing')} "
        f"voor de {c.vessel()}, terwijl dat geen woning is."
    )


@sent
def s_bank_dispute(b, c):
    return (
        f"Volgens {c.n('R', 'bare')} is het bedrag van {c.amount()} twee keer afgeschreven van "
        f"{c.iban()}; het tweede bedrag staat onder {c.case()}."
    )


@sent
def s_parking(b, c):
    return (
        f"De {c.k('parkeerontheffing')} voor de {c.k('Havenparkeerplaats')} hoort bij kenteken "
        f"{c.plate()}, niet bij de boot van {c.n('R', 'first')}."
    )


@sent
def s_divorce(b, c):
    return (
        f"Na de scheiding wonen {c.n('R', 'first')} en {c.n('F', 'first')} apart; beide namen staan "
        f"nog op de {c.k('ligplaatsvergunning')}."
    )


@sent
def s_caps_header(b, c):
    return f"BETREFT: {c.n('R', 'caps')} — {c.k('LIGPLAATS')} {c.k(c.V.upper())}"


@sent
def s_cctv(b, c):
    return (
        f"Op de beelden van de {c.k('havencamera')} is te zien dat {c.n('N', 'first')} de tros van "
        f"de {c.vessel()} losmaakte."
    )


@sent
def s_festival(b, c):
    return (
        f"Tijdens {c.k('Sail')} en de {c.k('Visserijdagen')} mag {c.n()} zijn plek niet gebruiken; "
        f"de {c.k('compensatie')} is {c.amount('c', 50, 400)}."
    )


@sent
def s_pump(b, c):
    return (
        f"Het {c.k('vuilwaterinnamepunt')} bij de {c.k('Noordersluis')} was kapot, waardoor "
        f"{c.n('R', 'bare')} de tank niet kon legen."
    )


@sent
def s_permit_number(b, c):
    return f"{c.k('Vergunningnummer')}: {c.case()} | {c.k('Geldig')} tot: {c.date('g')} | Houder: {c.n('R', 'init')}"


@sent
def s_question_list(b, c):
    return (
        f"Vragen van {c.n('R', 'first')}: (1) waarom is de box verkleind, (2) waarom is het "
        f"{c.k('tarief')} verhoogd, (3) wie is {c.n('O')}?"
    )


@sent
def s_signature(b, c):
    return f"Met vriendelijke groet,\n{c.n('R')}\n{c.addr()}\n{c.postcode()} {c.placek()}"


@sent
def s_official_signature(b, c):
    return f"{c.n('O')}\n{c.k(c.ofunc.capitalize())}\n{c.k('Gemeente')} {c.placek()}, {c.dept()}"


@sent
def s_concerns(b, c):
    return f"{c.k('Betrokkene')}: {c.n()} ({c.k('eigenaar')} van de {c.vessel()})"


@sent
def s_known(b, c):
    # the known-name document's ordinary use of the name's word; in other documents a plain line
    if c.known_sentence:
        c.k(c.R.known_word)
        return c.known_sentence
    return f"De {c.k('kademuur')} aan de {c.k('Westhaven')} is in {c.k('maart')} gestut met damwanden."


# ---------------------------------------------------------------- document kinds (frames)


def body(c, lo=3, hi=5, avoid=()):
    pool = [k for k in SENTS if k not in avoid and k != "sent:known"]
    picks = c.r.sample(pool, c.r.randint(lo, hi))
    c.used.extend(picks)
    return [SENTS[k](c.b, c) for k in picks]


@kind
def k_email(c):
    lines = [
        f"Van: {c.n()} <{c.email()}>",
        f"Aan: {c.k('Havendienst')} {c.placek()}",
        f"Onderwerp: {c.k('ligplaats')} {c.vessel()}",
        "",
        f"Beste {c.func()},",
        "",
    ]
    return lines + body(c) + ["", f"Groet, {c.n('R', 'first')}"]


@kind
def k_permit_decision(c):
    return (
        [
            f"{c.k('BESLUIT')} {c.k('LIGPLAATSVERGUNNING')}",
            f"{c.k(c.r.choice(['Zaaknummer', 'Kenmerk', 'Dossier']))}: {c.case()}",
            f"Aanvrager: {c.n('R', 'init')}, {c.addr()}, {c.postcode()} {c.placek()}",
            f"Op grond van de {c.k('Havenverordening')} wordt de vergunning verleend voor de {c.vessel()}.",
        ]
        + body(c, 2, 4)
        + [f"Burgemeester en wethouders van {c.placek()}"]
    )


@kind
def k_invoice(c):
    return (
        [
            f"{c.k('FACTUUR')} {c.k('HAVENGELD')} {c.r.choice(['2025', '2026'])}",
            f"Debiteur: {c.n('R', 'caps')}",
            f"Omschrijving: liggeld {c.T} {c.vessel()} — {c.amount()}",
            f"Te betalen vóór {c.date('v')}",
        ]
        + body(c, 2, 4)
        + [f"Vragen? {c.gen_mail()}"]
    )


@kind
def k_bridge_log(c):
    return [
        f"{c.k('Logboek')} {c.k('Brugwachtershuis')} — {c.weekday()} {c.date()}",
        f"Dienst: {c.n('O', 'init')} ({c.func()})",
    ] + body(c, 3, 5)


@kind
def k_lock_report(c):
    return (
        [
            f"{c.k('Incidentrapport')} {c.k('Sluiscomplex')}",
            f"Naam schipper: {c.n()}",
            f"Vaartuig: {c.vessel()} ({c.T})",
            f"Datum incident: {c.date()}",
        ]
        + body(c, 2, 4)
        + [f"Opgemaakt door {c.n('O')}, {c.dept()}"]
    )


@kind
def k_wreck_report(c):
    return (
        [
            f"{c.k('Melding')} {c.k('Openbare')} {c.k('Ruimte')} — verlaten vaartuig",
            f"Locatie: {c.street_only()}, {c.placek()}",
            f"Melder: {c.n('N')} ({c.phone('N')})",
        ]
        + body(c, 2, 4)
        + [f"Status: in behandeling bij {c.dept()}"]
    )


@kind
def k_damage_form(c):
    return [
        f"{c.k('Schadeformulier')} kademuur en vaartuigen",
        f"Benadeelde: {c.n()}",
        f"Geboortedatum: {c.dob()}",
        f"IBAN voor uitkering: {c.iban()}",
    ] + body(c, 2, 4)


@kind
def k_ferry_chat(c):
    return [
        f"[{c.k('Chat')} {c.k('Veerdienst')}] {c.date()}",
        f"Klant ({c.n('R', 'first')}): mijn kaart werkt niet",
        f"{c.k('Medewerker')}: wat is uw e-mailadres?",
        f"Klant: {c.email()}",
    ] + body(c, 2, 4)


@kind
def k_club_minutes(c):
    return [
        f"{c.k('Notulen')} {c.k('Ledenvergadering')} {c.k('Watersportvereniging')}",
        f"Aanwezig: {c.n('R', 'init')}, {c.n('N', 'init')}, {c.n('M', 'init')}",
        f"Punt 4: {c.k('Botenstalling')} en de {c.vessel()}",
    ] + body(c, 3, 5)


@kind
def k_registry_table(c):
    return [
        f"{c.k('Register')} {c.k('Vaartuigen')} — uittreksel",
        "Vaartuig | Type | Eigenaar | Geboren",
        f"{c.vessel()} | {c.T} | {c.n('R', 'init')} | {c.dob()}",
        f"{c.vessel('V2')} | {c.k('sloep')} | {c.n('N', 'init')} | —",
    ] + body(c, 2, 3)


@kind
def k_objection(c):
    return (
        [
            f"{c.k('Bezwaarschrift')} tegen de aanslag liggeld",
            f"Ondergetekende, {c.n()}, wonende aan {c.addr()}",
            f"te {c.placek()}, maakt bezwaar tegen {c.cue()} {c.case()}.",
        ]
        + body(c, 2, 4)
        + [s_signature(c.b, c)]
    )


@kind
def k_fishing_exemption(c):
    return [
        f"{c.k('Aanvraag')} {c.k('ontheffing')} {c.k('Visserij')}",
        f"Aanvrager: {c.n('R', 'caps')}",
        f"BSN: {c.bsn()}",
        f"Schip: {c.vessel()}",
    ] + body(c, 2, 4)


@kind
def k_phone_note(c):
    return [
        f"{c.k('Telefoonnotitie')} {c.k('KCC')} {c.date()}",
        f"Beller: {c.n()}, terugbellen op {c.phone()}",
        f"Voor: {c.n('O', 'init')} ({c.dept()})",
    ] + body(c, 2, 4)


@kind
def k_memo(c):
    return [
        f"{c.k('Memo')}",
        f"Van: {c.n('O')}, {c.dept()}",
        f"Aan: {c.n('O2')}, {c.dept('O2')}",
        f"Over: de {c.vessel()} van {c.n('R', 'bare')}",
    ] + body(c, 2, 4)


@kind
def k_app_thread(c):
    return [
        f"{c.k('Berichten')} {c.k('Steigerapp')} {c.k('Jachthaven')}",
        f"{c.n('R', 'first')}: heeft iemand de {c.vessel()} gezien?",
        f"{c.n('N', 'first')}: ligt bij de {c.k('Spuisluis')}",
    ] + body(c, 2, 4)


@kind
def k_mediation_report(c):
    return (
        [
            f"{c.k('Verslag')} {c.k('afstemmingsgesprek')}",
            f"Verzoeker: {c.n()}",
            f"{c.k('Bemiddelaar')}: {c.n('M')}",
            f"{c.k(c.r.choice(['Zaaknummer', 'Kenmerk', 'Dossier']))}: {c.case()}",
        ]
        + body(c, 3, 5)
        + [f"{c.k('Controlevraag')} gesteld op {c.date('cv')}."]
    )


@kind
def k_removal_order(c):
    return [
        f"{c.k('Aanschrijving')} {c.k('verwijdering')} {c.k('vaartuig')}",
        f"Aan: {c.n('R', 'init')}",
        f"{c.addr()}",
        f"{c.postcode()} {c.placek()}",
        f"U wordt gelast de {c.vessel()} vóór {c.date('v')} te verwijderen.",
    ] + body(c, 2, 3)


@kind
def k_waitlist_overview(c):
    return [
        f"{c.k('Overzicht')} {c.k('wachtlijst')} {c.k('ligplaatsen')}",
        f"1. {c.n('N', 'init')} — {c.vessel('V2')}",
        f"2. {c.n('R', 'init')} — {c.vessel()} — sinds {c.date()}",
    ] + body(c, 2, 3)


@kind
def k_news_item(c):
    return [
        f"{c.k('Havennieuws')} {c.placek()}",
        f"{c.k('Nieuwe')} {c.k('steigers')} in de {c.k('Binnenhaven')}: {c.n('O')}, {c.func()}, licht toe.",
    ] + body(c, 2, 4)


@kind
def k_quay_inspection(c):
    return [
        f"{c.k('Inspectierapport')} {c.k('kademuren')} {c.date()}",
        f"Inspecteur: {c.n('O')}",
        f"Bevinding: verzakking ter hoogte van {c.addr()}",
    ] + body(c, 2, 4)


# ---------------------------------------------------------------- generation and gates


def _words(s):
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
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    return None


def build(i, r):
    b = B(r)
    known = KNOWN[(i // 4) % len(KNOWN)] if i % 4 == 1 else None
    c = Ctx(b, r, known)
    c.used = []
    kname = sorted(KINDS)[i % len(KINDS)]
    lines = KINDS[kname](c)
    if known and not any(it["text"] == c.R.full for it in b.pii):
        lines.insert(1, s_concerns(b, c))
        c.used.append("sent:concerns")
    if known:
        pos = r.randint(1, len(lines))
        lines.insert(pos, s_known(b, c))
        c.used.append("sent:known")
    elif r.random() < 0.3:
        lines.append(s_known(b, c))
        c.used.append("sent:known")
    doc = {"id": f"fresh38c-{i:04d}", "text": "\n".join(lines).strip(), "pii": b.pii, "keep": b.keep}
    if known:
        kn = {"names": [c.R.full]}
        for key, cache in (("emails", "emailR"), ("phones", "phoneR")):
            own = c._cache.get(cache)
            if own and any(it["text"] == own for it in b.pii):
                kn[key] = [own]
        doc["known"] = kn
    return doc, [kname] + c.used


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt, r = 0, random.Random(f"{SEED}-{i}")
        while True:
            doc, used = build(i, r)
            if gate(doc) is None and len(doc["keep"]) >= 5:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"{doc['id']}: {gate(doc)}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh38c_texts.jsonl is up to date" if same else "fresh38c_texts.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes registered: {len(KINDS)} kinds + {len(SENTS)} sentence/line shapes = {len(KINDS) + len(SENTS)}")
        print(f"shapes used: {len(shapes)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures in final corpus: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
