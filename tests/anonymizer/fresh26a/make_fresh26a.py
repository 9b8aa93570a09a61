"""Generator of the blind corpus fresh26a: municipal taxes and WOZ valuations (helper F26A, round twenty).

Usage: make_fresh26a.py [--check | --stats]
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
from names26a import KNOWN_PARTICLE, KNOWN_WORDS, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score26a", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202620101
N_DOCS = 300
OUT = HERE / "fresh26a_texts.jsonl"
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
PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "vande",
    "vanden",
}

TOWNS = [
    "Deventer",
    "Apeldoorn",
    "Zutphen",
    "Hoorn",
    "Purmerend",
    "Tiel",
    "Culemborg",
    "Veenendaal",
    "Heerhugowaard",
    "Sneek",
    "Drachten",
    "Emmen",
    "Assen",
    "Roosendaal",
    "Bergen op Zoom",
    "Oss",
    "Uden",
    "Venlo",
    "Weert",
    "Kerkrade",
    "Vlaardingen",
    "Spijkenisse",
    "Gouda",
    "Alphen aan den Rijn",
    "Lelystad",
    "Almelo",
    "Hengelo",
    "Harderwijk",
    "Den Helder",
    "Hoogeveen",
    "Meppel",
    "Terneuzen",
    "Goes",
    "Woerden",
    "Nieuwegein",
]
STREETS = [
    "Populierenlaan",
    "Kastanjehof",
    "Reigerstraat",
    "Zwanebloemweg",
    "Schoolpad",
    "Noorderhaven",
    "Kanaaldijk Oost",
    "Prins Hendrikkade",
    "Van Heutszstraat",
    "Marktsteeg",
    "Lijsterbeslaan",
    "Boerhaavestraat",
    "Esdoornplantsoen",
    "Oude Veerweg",
    "Hofstede",
    "Tjalkstraat",
    "Brinkhof",
    "Koeweide",
    "Jupiterlaan",
    "Wilgenkamp",
    "Zuiderhagen",
    "Bernhardplein",
    "Sluiskade",
    "Anjerhof",
    "Torenstraat",
    "De Vlonder",
    "Hazelaarweg",
    "Kolkweg",
    "Palmhof",
    "Melkweg",
    "Schoenerstraat",
    "Het Spijk",
    "Laan van Westenenk",
    "Achter de Muur",
    "Ganzenmarkt",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]

SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = (kind, f)
        return f

    return deco


# ----------------------------------------------------------------------------- data items


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    d = list(map(int, s))
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    t = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in t)) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    st = r.random()
    if st < 0.45:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if st < 0.85:
        return raw
    return raw.lower() if st < 0.93 else raw[:4] + " " + raw[4:8] + " " + raw[8:]


def phone(r):
    st = r.randrange(8)
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(
        ["0570", "055", "0575", "0229", "0344", "0318", "0515", "0591", "0165", "0412", "077", "045", "0182"]
    )
    rest = "".join(str(r.randint(1, 9)) for _ in range(10 - len(area)))
    return [
        f"06-{m}",
        f"06 {m[:4]} {m[4:]}",
        f"+31 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        f"0031 6 {m}",
        f"{area}-{rest}",
        f"({area}) {rest[:2]} {rest[2:4]} {rest[4:]}",
        f"+31 (0){area[1:]} {rest}",
        f"06.{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}",
    ][st]


def postcode(r):
    while True:
        let = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if let not in ("SA", "SD", "SS"):
            break
    num = r.randint(1011, 9999)
    return r.choice([f"{num} {let}", f"{num} {let}", f"{num}{let}"])


def plate(r):
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
        ]
    )


def case_no(r, kind):
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    yr = r.choice(["25", "26"])
    return {
        "aanslag": f"{d(4)}.{d(2)}.{d(5)}",
        "woz": f"WOZ/20{yr}/{d(6)}",
        "bezwaar": f"BZW-{yr}-{d(5)}",
        "kwijt": f"KS{yr}.{d(4)}-{r.choice('ABCDEFGH')}",
        "inv": f"INV/{d(3)}/{yr}/{d(4)}",
        "dwang": f"DB-20{yr}-{d(6)}",
        "hond": f"HB{d(5)}/{yr}",
        "toer": f"TB-{d(4)}-20{yr}",
        "zaak": f"Z{yr}-{d(4)}-{d(3)}",
        "object": f"{d(4)} {d(4)} {d(4)}",
        "ombuds": f"OMB {yr}.{d(3)}",
        "regeling": f"BR-{d(6)}",
    }[kind]


def dob_str(r):
    y, m, dd = r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)
    st = r.randrange(9)
    return [
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MON3[m - 1]} {y}",
        f"{dd:02d}{m:02d}{y}",
        f"{dd} {MONTHS[m - 1].capitalize()} {y}",
    ][st]


def odate(r, year=None, style=None):
    y = year or r.choice([2025, 2026])
    m, dd = r.randint(1, 12), r.randint(1, 28)
    st = r.randrange(4) if style is None else style
    return [
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd} {MONTHS[m - 1]}",
        f"{DAYS[r.randrange(5)]} {dd} {MONTHS[m - 1]}",
    ][st]


def money(r, lo, hi, cents=True):
    v = r.randint(lo, hi)
    s = f"{v:,}".replace(",", ".")
    if cents:
        s += "," + f"{r.randint(0, 99):02d}"
    return "€ " + s


# ----------------------------------------------------------------------------- persons


class Person:
    def __init__(self, first, particle, last, female, origin):
        self.first, self.particle, self.last, self.female, self.origin = first, particle, last, female, origin
        self.email = self.phone = None

    @property
    def sur(self):  # surname with particle, as after a first name or initial
        return f"{self.particle} {self.last}" if self.particle else self.last

    @property
    def sur_cap(self):  # surname standing alone
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def initials(self):
        return "".join(p[0] + "." for p in re.split(r"[\s-]+", self.first) if p)


def make_person(r, origin=None, female=None, last=None, particle=None):
    origin = origin or r.choice(list(ORIGINS))
    fem_names, male_names, spec = ORIGINS[origin]
    female = r.random() < 0.5 if female is None else female
    first = r.choice(fem_names if female else male_names)
    part = ""
    if last is None:
        if spec[0] == "compose":
            last = r.choice(spec[1]) + r.choice(spec[2])
        elif spec[0] == "particle":
            part, last = r.choice(spec[1]), r.choice(spec[2])
        else:
            last = r.choice(spec[1])
        if origin == "pools" and female and last.endswith("ski"):
            last = last[:-1] + "a"
    if particle is not None:
        part = particle
    return Person(first, part, last, female, origin)


def poss(name):
    if name[-1] in "sxzß":
        return name + "'"
    if name[-1] in "aeiouyé":
        return name + "'s"
    return name + "s"


def title(p, formal=True):
    if p.female:
        return "mevrouw" if formal else "mw."
    return "de heer" if formal else "dhr."


# ----------------------------------------------------------------------------- document context


class Ctx:
    def __init__(self, r, known_word=None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.town = r.choice(TOWNS)
        self.known = None
        origin = r.choice(list(ORIGINS))
        if known_word:
            self.res = make_person(r, origin=origin, last=known_word, particle=KNOWN_PARTICLE.get(known_word, ""))
            self.known = known_word
        else:
            self.res = make_person(r, origin=origin)
        self.partner = None
        self._used_streets = set()
        self.home = None
        self.home_pc = None
        self.persons = [self.res]

    def p(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    # persons
    def new(self, **kw):
        q = make_person(self.r, **kw)
        self.persons.append(q)
        return q

    def relative(self, p, female=None):
        taken = {x.first for x in self.persons}
        for _ in range(20):
            q = make_person(self.r, origin=p.origin, female=female, last=p.last, particle=p.particle)
            if q.first not in taken:
                break
        self.persons.append(q)
        return q

    def full(self, p):
        return self.p(p.full, "PERSON")

    def first(self, p):
        return self.p(p.first, "PERSON")

    def sur(self, p):
        return self.p(p.sur_cap, "PERSON")

    def ini(self, p):
        return self.p(f"{p.initials} {p.sur}", "PERSON")

    def possf(self, p):
        return self.p(poss(p.sur_cap), "PERSON")

    def upper(self, p):
        return self.p(f"{p.sur.upper()}, {p.first.upper()}", "PERSON")

    def lower(self, p):
        return self.p(p.full.lower(), "PERSON")

    def t_sur(self, p, formal=True):
        return f"{title(p, formal)} {self.sur(p)}"

    def t_full(self, p, formal=True):
        return f"{title(p, formal)} {self.full(p)}"

    # places and numbers
    def street(self):
        while True:
            s = self.r.choice(STREETS)
            if s not in self._used_streets:
                self._used_streets.add(s)
                return s

    def addr(self, street=None):
        s = street or self.street()
        n = self.r.randint(1, 240)
        suf = self.r.choice(["", "", "", "a", "-II", " B", "-3", "bis"])
        return self.p(f"{s} {n}{suf}" if suf != " B" else f"{s} {n}{suf}", "ADDRESS")

    def home_addr(self):
        if self.home is None:
            self.home = self.addr()
            self.home_pc = postcode(self.r)
        return self.home

    def pc(self, code=None):
        return self.p(code or postcode(self.r), "POSTCODE")

    def home_line(self):
        a = self.home_addr()
        return f"{a}, {self.pc(self.home_pc)} {self.k(self.town)}"

    def tel(self, p=None):
        t = self.p(phone(self.r), "PHONE")
        if p is not None and p.phone is None:
            p.phone = t
        return t

    def mail(self, p):
        r = self.r
        fi = p.first.split()[0].lower()
        la = re.sub(
            r"[^a-z]",
            "",
            p.last.lower()
            .replace("ı", "i")
            .replace("ç", "c")
            .replace("ğ", "g")
            .replace("ş", "s")
            .replace("ö", "o")
            .replace("ü", "u")
            .replace("ł", "l")
            .replace("ś", "s")
            .replace("é", "e"),
        )
        fi = (
            re.sub(
                r"[^a-z]",
                "",
                fi.replace("ü", "u")
                .replace("ö", "o")
                .replace("ł", "l")
                .replace("é", "e")
                .replace("ñ", "n")
                .replace("ó", "o")
                .replace("á", "a")
                .replace("ê", "e")
                .replace("ç", "c")
                .replace("ğ", "g")
                .replace("ß", "ss")
                .replace("ė", "e")
                .replace("í", "i"),
            )
            or "x"
        )
        local = r.choice(
            [
                f"{fi}.{la}",
                f"{fi[0]}{la}{r.randint(60, 99)}",
                f"{la}.{fi}",
                f"fam{la}",
                f"{fi}_{la[:4]}{r.randint(1, 9)}",
            ]
        )
        dom = r.choice(
            ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "xs4all.nl", "live.nl", "planet.nl", "outlook.com"]
        )
        e = self.p(f"{local}@{dom}", "EMAIL")
        if p.email is None:
            p.email = e
        return e

    def work_mail(self, p):
        la = re.sub(r"[^a-z]", "", p.last.lower())
        return self.p(f"{p.first[0].lower()}.{la}@{self.town.lower().replace(' ', '')}.nl", "EMAIL")

    def bsn(self):
        return self.p(bsn(self.r), "BSN")

    def iban(self):
        return self.p(iban(self.r), "IBAN")

    def plate(self):
        return self.p(plate(self.r), "LICENSE_PLATE")

    def case(self, kind):
        return self.p(case_no(self.r, kind), "CASE_NUMBER")

    def dob(self):
        return self.p(dob_str(self.r), "DATE_OF_BIRTH")

    def money(self, lo, hi, cents=True):
        return self.k(money(self.r, lo, hi, cents).replace("€ ", "").strip())

    def date(self, **kw):
        return self.k(odate(self.r, **kw))


def eur(c, lo, hi, cents=True):
    return "€ " + c.money(lo, hi, cents)


# ============================================================================= FRAMES (document kinds)


@shape("frame")
def f_aanslagbiljet(c):
    r = c.r
    head = (
        f"{c.k('Gemeente')} {c.k(c.town)} – {c.k('Aanslagbiljet')} {c.k('gemeentelijke')} belastingen 2026\n"
        f"Aanslagnummer: {c.case('aanslag')}\nDagtekening: {c.date(year=2026, style=1)}\n"
        f"{c.full(c.res)}\n{c.home_line()}\n"
        f"Objectnummer {c.case('object')} | {c.k('WOZ-waarde')} per 1-1-2025: {eur(c, 180000, 640000, False)}\n"
    )
    tail = (
        f"\n{c.k('Betalen')} kan in tien termijnen via automatische incasso. Vragen? Bel 14 {c.k('0' + str(r.randint(500, 599)))} "
        f"of mail {c.k('belastingen@' + c.town.lower().replace(' ', '') + '.nl')}."
    )
    return head, tail


@shape("frame")
def f_bezwaarschrift(c):
    head = (
        f"{c.full(c.res)}\n{c.home_line()}\n\n{c.k('Aan')} het college van burgemeester en wethouders van {c.k(c.town)}\n"
        f"{c.k('Betreft')}: {c.k('bezwaar')} tegen de {c.k('WOZ-beschikking')} met kenmerk {c.case('woz')}\n\n"
        f"Geachte heer, mevrouw,\n"
    )
    tail = f"\nIk verzoek u mij te horen.\n\nHoogachtend,\n{c.ini(c.res)}"
    return head, tail


@shape("frame")
def f_webformulier(c):
    p = c.res
    head = (
        f"[{c.k('Webformulier')} Kwijtschelding aanvragen – ingediend {c.date(year=2026, style=1)} 21:47]\n"
        f"Naam aanvrager: {c.full(p)}\nGeboortedatum: {c.dob()}\nBSN: {c.bsn()}\n"
        f"Adres: {c.home_addr()}\nPostcode: {c.pc(c.home_pc)}\nWoonplaats: {c.k(c.town)}\n"
        f"Telefoon: {c.tel(p)}\nE-mail: {c.mail(p)}\nToelichting:\n"
    )
    tail = f"\n[x] Ik verklaar dit formulier naar waarheid te hebben ingevuld.\n{c.k('Bijlagen')}: 3"
    return head, tail


@shape("frame")
def f_telefoonnotitie(c):
    r = c.r
    off = c.new()
    head = (
        f"{c.k('TELEFOONNOTITIE')} {c.k('Klantcontactcentrum')} – {c.date(year=2026, style=3)}, {r.randint(8, 16)}:{r.randint(10, 59)}\n"
        f"Beller: {c.t_full(c.res, False)}, tel. {c.tel(c.res)}\nAangenomen door: {c.ini(off)}\n"
        f"Zaak: {c.case('zaak')}\n"
    )
    tail = f"\nTerugbelverzoek doorgezet naar {c.k('Team Heffen')}."
    return head, tail


@shape("frame")
def f_email_boos(c):
    p = c.res
    head = (
        f"Van: {c.mail(p)}\nAan: {c.k('belastingen@' + c.town.lower().replace(' ', '') + '.nl')}\n"
        f"Onderwerp: {c.k('WEER')} een {c.k('aanmaning')}!!!\n\n"
    )
    tail = f"\n\nIk ben er klaar mee.\n{c.first(p)}\n\n{c.k('Verzonden')} vanaf mijn Samsung"
    return head, tail


@shape("frame")
def f_taxatieverslag(c):
    tax = c.new()
    head = (
        f"{c.k('TAXATIEVERSLAG')} {c.k('WOZ')} – waardepeildatum 1 januari 2025\n"
        f"Object: {c.home_line()}\nBelanghebbende: {c.upper(c.res)}\n"
        f"Taxateur: {c.ini(tax)}, {c.k('register-taxateur')} {c.k('Team Waardebepaling')}\n"
        f"Dossier {c.case('woz')}\n"
    )
    tail = (
        f"\nGetaxeerde waarde: {eur(c, 190000, 720000, False)}. {c.k('Bouwjaar')} {c.k(str(c.r.randint(1925, 2012)))}."
    )
    return head, tail


@shape("frame")
def f_uitspraak(c):
    amb = c.new()
    head = (
        f"{c.k('UITSPRAAK')} OP {c.k('BEZWAAR')}\nKenmerk: {c.case('bezwaar')}\n"
        f"Aan: {c.t_full(c.res)}, {c.home_addr()}, {c.pc(c.home_pc)} {c.k(c.town)}\n\n"
    )
    tail = (
        f"\n\nU kunt binnen zes weken {c.k('beroep')} instellen bij de {c.k('rechtbank')}.\n"
        f"Namens de {c.k('heffingsambtenaar')},\n{c.ini(amb)}\n{c.k('Juridische')} Zaken"
    )
    return head, tail


@shape("frame")
def f_deurwaardersbrief(c):
    dw = c.new()
    head = (
        f"{c.k('Gerechtsdeurwaarderskantoor')} {c.k('Overdijk')} & {c.k('Partners')}\n"
        f"{c.k('BETEKENING')} {c.k('DWANGBEVEL')} nr. {c.case('dwang')}\n"
        f"Aan: {c.upper(c.res)}, {c.home_addr()} te {c.k(c.town)}\n"
    )
    tail = f"\nDe gerechtsdeurwaarder,\n{c.ini(dw)}\n{c.k('Invordering')} namens de gemeente {c.k(c.town)}"
    return head, tail


@shape("frame")
def f_ombudsrapport(c):
    om = c.new()
    c.mediator = om
    head = (
        f"{c.k('Ombudsman')} {c.k('Regio')} {c.k(c.town)} – {c.k('verslag')} {c.k('bemiddeling')} {c.case('ombuds')}\n"
        f"Verzoeker: {c.t_full(c.res)}\nBemiddelaar: {c.full(om)}\n\n"
    )
    tail = (
        f"\n\n{c.k('Afspraak')}: de gemeente reageert binnen tien werkdagen. Vragen aan {c.sur(om)} via "
        f"{c.k('ombudsman@' + c.town.lower().replace(' ', '') + '.nl')}."
    )
    return head, tail


@shape("frame")
def f_budgetcoach(c):
    bc = c.new()
    head = (
        f"{c.k('Schuldhulpverlening')} {c.k('Plangroep')} – {c.k('intakeverslag')}\nCliënt: {c.full(c.res)} "
        f"(geb. {c.dob()})\nBudgetcoach: {c.full(bc)}\n"
    )
    tail = f"\n{c.k('Vervolg')}: {c.first(bc)} stuurt het verzoek naar {c.k('Team Kwijtschelding')}."
    return head, tail


@shape("frame")
def f_betalingsregeling(c):
    head = (
        f"{c.k('BEVESTIGING')} {c.k('BETALINGSREGELING')} {c.case('regeling')}\n"
        f"{c.t_full(c.res)}\n{c.home_line()}\n"
        f"Incasso van rekening {c.iban()} t.n.v. {c.ini(c.res)}\n\n"
    )
    tail = f"\n\nMist u twee termijnen, dan vervalt de regeling. {c.k('Invordering')}, gemeente {c.k(c.town)}"
    return head, tail


@shape("frame")
def f_whatsapp(c):
    p = c.res
    head = f"[{c.k('Chatgesprek')} met {c.k('Belastingloket')} – {c.date(year=2026, style=1)}]\n{c.first(p)}: hallo ik heb een vraag\n"
    tail = f"\n{c.k('Medewerker')}: Ik zet het door, u hoort het binnen vijf werkdagen.\n{c.first(p)}: ok bedankt"
    return head, tail


@shape("frame")
def f_toeristenbelasting(c):
    head = (
        f"{c.k('Aangifte')} {c.k('toeristenbelasting')} 2025 – {c.k('kleinschalige')} verhuur\n"
        f"Exploitant: {c.full(c.res)}\nAdres verhuurobject: {c.home_line()}\n"
        f"Registratienummer: {c.case('toer')}\n"
    )
    tail = f"\nTarief 2025: {eur(c, 1, 3)} per persoon per nacht."
    return head, tail


@shape("frame")
def f_hondenbelasting(c):
    head = (
        f"{c.k('Aanmelding')}/{c.k('afmelding')} {c.k('hondenbelasting')}\nHoudersnummer {c.case('hond')}\n"
        f"{c.full(c.res)}, {c.home_line()}\n"
    )
    tail = f"\n{c.k('Controle')} door {c.k('Stadstoezicht')} kan steekproefsgewijs plaatsvinden."
    return head, tail


@shape("frame")
def f_interne_memo(c):
    a, b = c.new(), c.new()
    head = (
        f"{c.k('MEMO')}\nVan: {c.ini(a)} ({c.k('Invordering')})\nAan: {c.ini(b)} ({c.k('Heffingen')})\n"
        f"{c.k('Onderwerp')}: dossier {c.t_sur(c.res)}, {c.case('zaak')}\n\n"
    )
    tail = f"\n\nGraag jouw akkoord voor {c.date(year=2026, style=3)}. {c.first(a)}"
    return head, tail


@shape("frame")
def f_brief_voorzichtig(c):
    head = f"{c.k(c.town)}, {c.date(year=2026, style=0)}\n\n{c.k('Beste')} meneer of mevrouw van de {c.k('belastingen')},\n\n"
    tail = (
        f"\n\nIk hoop dat u mij kunt helpen. Sorry als ik het niet goed heb opgeschreven.\n\n"
        f"Met vriendelijke groet,\n{c.full(c.res)}\n{c.home_line()}"
    )
    return head, tail


@shape("frame")
def f_verwarde_brief(c):
    head = f"{c.k('Hallo')},\n\nik snap het niet. {c.k('Eerst')} kreeg ik een brief en nu weer een andere brief.\n"
    tail = f"\n\nwat moet ik doen?\ngroet {c.lower(c.res)}\n{c.home_addr()}"
    return head, tail


@shape("frame")
def f_klachtformulier(c):
    head = (
        f"{c.k('KLACHTFORMULIER')} – {c.k('Klachtencoördinator')}\n"
        f"1. Naam: {c.full(c.res)}\n2. Geboren: {c.dob()}\n3. Telefoon: {c.tel(c.res)}\n4. Klacht over:\n"
    )
    tail = f"\n5. Gewenste oplossing: {c.k('excuses')} en {c.k('terugbetaling')}."
    return head, tail


FRAMES = [n for n, (k, _) in SHAPES.items() if k == "frame"]

# ============================================================================= BLOCKS


@shape("block")
def b_woz_te_hoog(c):
    return (
        f"De {c.k('WOZ-waarde')} van mijn woning aan de {c.home_addr()} is vastgesteld op {eur(c, 300000, 520000, False)}. "
        f"Dat is veel te hoog: de woning heeft een {c.k('verouderde')} keuken en de badkamer is uit {c.k(str(c.r.randint(1970, 1995)))}."
    )


@shape("block")
def b_vergelijk_tabel(c):
    r = c.r
    rows = [f"| {c.k('Adres')} | {c.k('Bouwjaar')} | m² | {c.k('Verkoopprijs')} | {c.k('Datum')} |"]
    for _ in range(r.randint(2, 4)):
        rows.append(
            f"| {c.addr()} | {r.randint(1930, 2010)} | {r.randint(70, 160)} | {eur(c, 240000, 610000, False)} | "
            f"{c.date(year=2024, style=1)} |"
        )
    return f"{c.k('Vergelijkingsobjecten')}:\n" + "\n".join(rows)


@shape("block")
def b_vergelijk_lijst(c):
    a1, a2 = c.addr(), c.addr()
    return (
        f"De {c.k('taxateur')} vergelijkt mijn huis met {a1} en {a2}, maar dat zijn {c.k('vrijstaande')} woningen "
        f"met een {c.k('garage')}. Mijn woning is een {c.k('tussenwoning')}."
    )


@shape("block")
def b_zelfde_straat(c):
    s = c.street()
    a, b = c.addr(s), c.addr(s)
    return (
        f"Het {c.k('vergelijkingsobject')} {a} ligt in dezelfde straat, maar {b} is in {c.date(year=2024, style=0)} "
        f"voor {eur(c, 200000, 400000, False)} verkocht en dat is juist veel lager. Waarom telt de {c.p(s, 'ADDRESS')} "
        f"dan niet mee?"
    )


@shape("block")
def b_taxateur_reactie(c):
    tax = c.new()
    return (
        f"Taxateur {c.full(tax)} ({c.k('Team')} {c.k('Waardebepaling')}) heeft de woning op {c.date(year=2026, style=3)} "
        f"{c.k('inpandig')} bekeken. {c.sur(tax)} ziet geen aanleiding de waarde te verlagen; de {c.k('onderhoudstoestand')} "
        f"is als 'redelijk' beoordeeld."
    )


@shape("block")
def b_grondstaffel(c):
    return (
        f"{c.k('Grondstaffel')}: eerste 150 m² à {eur(c, 300, 450, False)}, daarboven {eur(c, 60, 140, False)} per m². "
        f"{c.k('Kavel')} {c.home_addr()}: {c.r.randint(120, 600)} m²."
    )


@shape("block")
def b_kwijtschelding_budget(c):
    _r = c.r
    return (
        f"{c.k('Maandbudget')} huishouden {c.sur(c.res)}:\n"
        f"- {c.k('Inkomen')} ({c.k('Participatiewet')}): {eur(c, 1100, 1900)}\n- {c.k('Huur')}: {eur(c, 550, 980)}\n"
        f"- {c.k('Zorgverzekering')}: {eur(c, 130, 290)}\n- {c.k('Energie')}: {eur(c, 90, 260)}\n"
        f"- {c.k('Aflossing')} schulden: {eur(c, 40, 180)}"
    )


@shape("block")
def b_kwijtschelding_afwijzing(c):
    return (
        f"Wij wijzen uw verzoek om {c.k('kwijtschelding')} af, omdat uw {c.k('betalingscapaciteit')} hoger is dan nul. "
        f"Uw auto met kenteken {c.plate()} heeft een waarde boven de {c.k('vrijstelling')} van {eur(c, 2800, 3600, False)}."
    )


@shape("block")
def b_kwijtschelding_partner(c):
    pt = c.relative(c.res, female=not c.res.female)
    return (
        f"Mijn {'man' if not pt.female else 'vrouw'} {c.full(pt)} (geboren {c.dob()}) heeft sinds {c.date(year=2025, style=0)} "
        f"geen werk meer. {c.first(pt)} krijgt een {c.k('WW-uitkering')} van {eur(c, 900, 1500)}."
    )


@shape("block")
def b_kwijtschelding_iban(c):
    return (
        f"Het {c.k('restitutiebedrag')} kan worden overgemaakt op {c.iban()} ten name van {c.ini(c.res)}. "
        f"Mijn BSN is {c.bsn()}."
    )


@shape("block")
def b_aanmaning(c):
    return (
        f"{c.k('AANMANING')} – Wij hebben de {c.k('termijnen')} van aanslag {c.case('aanslag')} niet ontvangen. "
        f"Betaal {eur(c, 120, 1400)} plus {c.k('aanmaningskosten')} van {eur(c, 7, 16)} binnen veertien dagen."
    )


@shape("block")
def b_dwangbevel(c):
    return (
        f"Omdat de aanmaning onbetaald bleef, is een {c.k('dwangbevel')} uitgevaardigd. De kosten van betekening "
        f"({eur(c, 40, 60)}) komen voor rekening van {c.t_sur(c.res)}."
    )


@shape("block")
def b_beslag(c):
    return (
        f"Bij {c.k('uitblijven')} van betaling leggen wij {c.k('beslag')} op uw inboedel en op het voertuig {c.plate()}. "
        f"Ook {c.k('loonbeslag')} bij uw werkgever is mogelijk."
    )


@shape("block")
def b_deurwaarder_bezoek(c):
    dw = c.new()
    return (
        f"Op {c.date(year=2026, style=3)} stond deurwaarder {c.full(dw)} om half acht bij {c.home_addr()} voor de deur. "
        f"{c.sur(dw)} zei tegen mijn zoon dat de {c.k('televisie')} werd meegenomen."
    )


@shape("block")
def b_regeling_schema(c):
    r = c.r
    n = r.randint(3, 5)
    lines = [f"{c.k('Betalingsschema')}:"]
    for i in range(n):
        lines.append(f"  termijn {i + 1}: {c.date(year=2026, style=1)} – {eur(c, 40, 260)}")
    return "\n".join(lines)


@shape("block")
def b_regeling_verzoek(c):
    return (
        f"Kan ik het bedrag in {c.k(str(c.r.randint(4, 12)))} {c.k('maanden')} afbetalen? Ik kan {eur(c, 25, 90, False)} per maand "
        f"missen. Mijn rekeningnummer is {c.iban()}."
    )


@shape("block")
def b_afval_tarief(c):
    return (
        f"De {c.k('afvalstoffenheffing')} voor een {c.k('meerpersoonshuishouden')} is {eur(c, 280, 420)}; "
        f"een {c.k('eenpersoonshuishouden')} betaalt {eur(c, 200, 300)}. Bij {c.home_addr()} woont alleen {c.t_sur(c.res)}."
    )


@shape("block")
def b_afval_klacht(c):
    buur = c.new()
    return (
        f"Mijn {c.k('container')} staat sinds {c.date(year=2026, style=2)} bij de buren, {c.full(buur)} van nummer "
        f"{c.r.randint(2, 90)}. Ik betaal wel, maar er wordt niets {c.k('opgehaald')}."
    )


@shape("block")
def b_riool(c):
    return (
        f"De {c.k('rioolheffing')} is dit jaar {c.k('gestegen')} naar {eur(c, 190, 330)}. Voor het pand {c.addr()} "
        f"betaal ik als {c.k('eigenaar')} én als {c.k('gebruiker')}, dat klopt toch niet?"
    )


@shape("block")
def b_hond_afmelden(c):
    return (
        f"Onze hond is op {c.date(year=2025, style=0)} {c.k('overleden')}. Toch krijgen wij nog een aanslag "
        f"{c.k('hondenbelasting')} ({eur(c, 90, 140)}). Bijgevoegd de verklaring van de {c.k('dierenarts')}."
    )


@shape("block")
def b_hond_controle(c):
    ctr = c.new()
    return (
        f"{c.k('Handhaver')} {c.ini(ctr)} zag op {c.date(year=2026, style=3)} twee honden in de tuin van {c.home_addr()}. "
        f"Er staat er maar één {c.k('geregistreerd')}."
    )


@shape("block")
def b_toerist_nachten(c):
    r = c.r
    return (
        f"{c.k('Overnachtingen')}: {r.randint(40, 180)} nachten, {r.randint(80, 500)} gasten. "
        f"Verhuur via {c.k('Airbnb')} en {c.k('Booking')}; contact verhuurder {c.tel(c.res)}."
    )


@shape("block")
def b_toerist_naheffing(c):
    return (
        f"Omdat de aangifte over 2024 ontbreekt, volgt een {c.k('naheffingsaanslag')} met kenmerk {c.case('toer')} "
        f"en een {c.k('verzuimboete')} van {eur(c, 60, 400, False)}."
    )


@shape("block")
def b_boze_zin(c):
    return (
        f"{c.k('WAAROM')} moet ik dit {c.k('ALWEER')} uitleggen?? Ik heb op {c.date(year=2026, style=0)} al gebeld met "
        f"een {c.k('mevrouw')} die zei dat het geregeld was!!"
    )


@shape("block")
def b_bevestiging_gebeld(c):
    amb = c.new()
    return (
        f"Ik heb gesproken met {c.full(amb)} van {c.k('Belastingen')}. {c.possf(amb)} collega zou terugbellen "
        f"op {c.tel(c.res)}, maar dat is niet gebeurd."
    )


@shape("block")
def b_partner_overleden(c):
    pt = c.relative(c.res, female=not c.res.female)
    return (
        f"Mijn {'vrouw' if pt.female else 'man'} {c.full(pt)} is op {c.date(year=2025, style=0)} overleden. "
        f"De aanslag staat nog op naam van {c.ini(pt)}. Graag op mijn naam zetten."
    )


@shape("block")
def b_kind_uitwonend(c):
    kid = c.relative(c.res)
    return (
        f"Onze {'dochter' if kid.female else 'zoon'} {c.first(kid)} (geb. {c.dob()}) staat nog ingeschreven op ons adres, "
        f"maar studeert in {c.k(c.r.choice(['Nijmegen', 'Leiden', 'Enschede', 'Wageningen']))}."
    )


@shape("block")
def b_geboortedatum_kaal(c):
    return f"{c.upper(c.res)} – {c.dob()} – {c.bsn()} – {c.k('Kwijtschelding')} 2026"


@shape("block")
def b_gegevens_regel(c):
    return (
        f"Gegevens belastingplichtige: {c.ini(c.res)}, geboortedatum {c.dob()}, rekening {c.iban()}, "
        f"mobiel {c.tel(c.res)}."
    )


@shape("block")
def b_mediator(c):
    om = c.new()
    return (
        f"De {c.k('bemiddelaar')} van de ombudsman, {c.full(om)}, heeft met beide partijen gesproken. "
        f"{c.sur(om)} stelt voor de {c.k('invordering')} drie maanden op te schorten."
    )


@shape("block")
def b_mediator_tel(c):
    om = c.new()
    return (
        f"Bemiddelaar {c.ini(om)} is bereikbaar op {c.tel()} en via {c.work_mail(om)} "
        f"({c.k('dinsdag')} en {c.k('donderdag')})."
    )


@shape("block")
def b_ambtenaar_handtekening(c):
    a = c.new()
    return (
        f"Met vriendelijke groet,\n{c.full(a)}\n{c.k('Medewerker')} {c.k('Heffingen')} en {c.k('Invordering')}\n"
        f"T 14 0{c.r.randint(500, 599)} | E {c.work_mail(a)}"
    )


@shape("block")
def b_bijlage_bestand(c):
    p = c.res
    fn = f"bezwaar-WOZ-{p.last}-{c.r.randint(1, 9)}.pdf"
    c.p(p.last, "PERSON")
    return (
        f"{c.k('Bijlage')}: {fn} ({c.k('taxatierapport')} van een onafhankelijke {c.k('makelaar')}, "
        f"{eur(c, 250, 600, False)} kosten)."
    )


@shape("block")
def b_bijlage_zaaknummer(c):
    z = case_no(c.r, "bezwaar")
    c.p(z, "CASE_NUMBER")
    fn = z.replace("-", "_")
    c.p(fn, "CASE_NUMBER")
    return (
        f"Zie {c.k('bijlage')} {fn}_foto's.zip ({c.k('foto')}'s van de {c.k('scheuren')} in de muur) bij bezwaar {z}."
    )


@shape("block")
def b_gebrek_fundering(c):
    return (
        f"De {c.k('fundering')} van {c.home_addr()} is aangetast door {c.k('paalrot')}. Het {c.k('funderingsonderzoek')} "
        f"van {c.date(year=2025, style=0)} raamt het herstel op {eur(c, 40000, 120000, False)}."
    )


@shape("block")
def b_gebrek_asbest(c):
    return (
        f"In de {c.k('garage')} zit {c.k('asbest')}. {c.k('Sanering')} kost volgens de offerte {eur(c, 3000, 14000, False)}; "
        f"dat moet toch van de {c.k('waarde')} af?"
    )


@shape("block")
def b_proceskosten(c):
    return (
        f"Wij vragen een {c.k('proceskostenvergoeding')} van {eur(c, 600, 1400, False)} op grond van de "
        f"{c.k('Awb')}. Uitbetaling op {c.iban()}."
    )


@shape("block")
def b_no_cure(c):
    bur = c.new()
    return (
        f"Dit bezwaar wordt ingediend door {c.full(bur)} van {c.k('WOZ-Bezwaarloket')} {c.k('BV')} namens {c.t_sur(c.res)} "
        f"(machtiging {c.case('zaak')})."
    )


@shape("block")
def b_uitspraak_gegrond(c):
    return (
        f"Uw bezwaar is {c.k('gegrond')}. De WOZ-waarde wordt verlaagd naar {eur(c, 180000, 400000, False)}; "
        f"de aanslag {c.case('aanslag')} wordt {c.k('verminderd')}."
    )


@shape("block")
def b_uitspraak_ongegrond(c):
    return (
        f"Uw bezwaar is {c.k('ongegrond')}. De verkopen in de buurt, waaronder {c.addr()}, {c.k('onderbouwen')} "
        f"de vastgestelde waarde."
    )


@shape("block")
def b_hoorzitting(c):
    v = c.new()
    return (
        f"{c.k('Hoorzitting')} op {c.date(year=2026, style=3)} in het {c.k('Stadskantoor')}. Aanwezig: {c.t_full(c.res)}, "
        f"{c.possf(c.res)} {c.k('schoonzoon')} en voorzitter {c.ini(v)}."
    )


@shape("block")
def b_schuldenlijst(c):
    lines = [f"{c.k('Schuldeisers')}:"]
    for cred in c.r.sample(
        ["Belastingdienst", "Zilveren Kruis", "Vattenfall", "Vodafone", "Waterschap", "Woonstichting"], 3
    ):
        lines.append(f"• {c.k(cred)} – {eur(c, 80, 3200)}")
    lines.append(f"• Gemeente (aanslag {c.case('aanslag')}) – {eur(c, 200, 900)}")
    return "\n".join(lines)


@shape("block")
def b_coach_notitie(c):
    bc = c.new()
    return (
        f"{c.k('Budgetcoach')} {c.first(bc)} ({c.k('Humanitas')}) heeft samen met {c.t_sur(c.res)} de {c.k('bankafschriften')} "
        f"van drie maanden bekeken. Er is geen {c.k('vermogen')}."
    )


@shape("block")
def b_buurman_verkoop(c):
    b = c.new()
    return (
        f"Mijn buurman {c.full(b)} heeft zijn huis op {c.addr()} vorig jaar verkocht voor veel minder. "
        f"{c.first(b)} vindt het ook raar dat mijn waarde hoger is."
    )


@shape("block")
def b_bezwaar_termijn(c):
    return (
        f"Ik weet dat de {c.k('bezwaartermijn')} van zes weken is verstreken. Ik lag van {c.date(year=2026, style=2)} tot "
        f"{c.date(year=2026, style=2)} in het {c.k('ziekenhuis')}."
    )


@shape("block")
def b_contact_gegevens(c):
    return f"Telefonisch bereikbaar: {c.tel(c.res)} (na 17.00 uur). {c.k('Mail')}: {c.mail(c.res)}"


@shape("block")
def b_tel_gesprek(c):
    return (
        f"{c.k('Beller')} belt over aanslag {c.case('aanslag')}. Zegt dat het {c.k('bedrag')} al is betaald op "
        f"{c.date(year=2026, style=1)} vanaf {c.iban()}. {c.k('Betaling')} nog niet gevonden."
    )


@shape("block")
def b_tel_adreswijziging(c):
    oud = c.addr()
    return (
        f"{c.k('Adreswijziging')}: {c.sur(c.res)} is verhuisd van {oud} naar {c.home_addr()} ({c.pc(c.home_pc)}). "
        f"{c.k('Correspondentie')} ging naar het oude adres."
    )


@shape("block")
def b_chat_regels(c):
    p = c.res
    return (
        f"{c.first(p)}: mijn bsn is {c.bsn()}\n{c.k('Medewerker')}: Dank u. Ik zie een openstaand bedrag van {eur(c, 80, 700)}.\n"
        f"{c.first(p)}: dat heb ik toch al betaald??"
    )


@shape("block")
def b_mail_quote(c):
    a = c.new()
    return (
        f"> Op {c.date(year=2026, style=3)} schreef {c.full(a)} <{c.work_mail(a)}>:\n"
        f"> Uw verzoek is in {c.k('behandeling')}."
    )


@shape("block")
def b_stapel_post(c):
    return (
        f"Ik heb {c.k('alles')} in een map gestopt: drie {c.k('aanmaningen')}, een {c.k('dwangbevel')} en een brief "
        f"met kenmerk {c.case('inv')}. Ik durfde de enveloppen niet open te maken."
    )


@shape("block")
def b_automatische_incasso(c):
    return (
        f"De {c.k('automatische')} {c.k('incasso')} van {c.iban()} is {c.k('gestorneerd')} omdat er te weinig saldo was. "
        f"Daarom kwam er een aanmaning."
    )


@shape("block")
def b_ozb_niet_woning(c):
    return (
        f"Voor het bedrijfspand {c.addr()} betaalt {c.full(c.new())} ook {c.k('OZB')} {c.k('niet-woningen')} "
        f"({c.k('tarief')} {c.k(str(c.r.randint(1, 4)) + ',' + str(c.r.randint(1000, 9999)))}‰ van de waarde)."
    )


@shape("block")
def b_mantelzorg_woning(c):
    m = c.relative(c.res, female=True)
    return (
        f"In de {c.k('mantelzorgwoning')} achter ons huis woont mijn moeder {c.full(m)}, geboren {c.dob()}. "
        f"Die woning heeft geen eigen {c.k('huisnummer')}."
    )


@shape("block")
def b_verhuurder_plate(c):
    return (
        f"Gasten parkeren op eigen terrein; de auto van de gastvrouw ({c.plate()}) staat in de {c.k('parkeergarage')}."
    )


@shape("block")
def b_inwonend_kind_werk(c):
    kid = c.relative(c.res)
    return (
        f"{c.first(kid)} woont nog thuis en werkt in de {c.k('supermarkt')}. Telt dat {c.k('inkomen')} mee "
        f"voor de kwijtschelding van {c.possf(c.res)} aanslag?"
    )


@shape("block")
def b_verwarring_aanslagen(c):
    return (
        f"Ik heb twee aanslagen: {c.case('aanslag')} en {c.case('aanslag')}. Is de tweede een {c.k('vergissing')}? "
        f"Allebei voor {c.home_addr()}."
    )


@shape("block")
def b_waterschap(c):
    return (
        f"Let op: de {c.k('zuiveringsheffing')} komt van het {c.k('Waterschap')}, niet van de gemeente. "
        f"Bezwaar daartegen gaat naar het {c.k('Waterschapshuis')}."
    )


@shape("block")
def b_inspectie_verslag(c):
    return (
        f"{c.k('Opname')} {c.date(year=2026, style=1)}: {c.k('dakkapel')} aanwezig, {c.k('uitbouw')} {c.r.randint(8, 30)} m², "
        f"{c.k('zolder')} niet als verblijfsruimte ingericht. Bewoner {c.full(c.res)} was aanwezig."
    )


@shape("block")
def b_model_taxatie(c):
    return (
        f"De waarde is bepaald met een {c.k('modelmatige')} waardering ({c.k('vergelijkingsmethode')}). "
        f"{c.k('Marktgegevens')} tot {c.date(year=2025, style=0)} zijn gebruikt."
    )


@shape("block")
def b_stemmingszin_boos2(c):
    amb = c.new()
    return (
        f"En die {c.k('ambtenaar')} {c.sur(amb)} aan de telefoon was ontzettend {c.k('onbeschoft')}. "
        f"Ik wil dat {c.sur(amb)} mij {c.k('excuses')} aanbiedt."
    )


@shape("block")
def b_ww_zzp(c):
    return (
        f"Ik ben {c.k('zzp')}'er en had in 2025 een {c.k('omzet')} van {eur(c, 8000, 22000, False)}. "
        f"De {c.k('jaarcijfers')} van mijn boekhouder stuur ik mee."
    )


@shape("block")
def b_gescheiden(c):
    ex = c.new(female=not c.res.female)
    return (
        f"Sinds de {c.k('scheiding')} woont {c.full(ex)} op {c.addr()}. De aanslag voor ons oude huis moet op "
        f"{c.possf(ex)} naam, niet op de mijne."
    )


@shape("block")
def b_kind_dob_tabel(c):
    rows = [f"| Naam | {c.k('Geboortedatum')} | {c.k('Relatie')} |"]
    for _ in range(c.r.randint(1, 3)):
        kid = c.relative(c.res)
        rows.append(f"| {c.first(kid)} | {c.dob()} | {'dochter' if kid.female else 'zoon'} |")
    return f"{c.k('Samenstelling')} huishouden:\n" + "\n".join(rows)


@shape("block")
def b_vrijstelling_ks(c):
    return (
        f"Wij kennen {c.k('kwijtschelding')} toe voor de afvalstoffenheffing en de rioolheffing. Voor de {c.k('OZB')} "
        f"bestaat geen kwijtschelding. {c.k('Besluit')} {c.case('kwijt')}."
    )


@shape("block")
def b_heroverweging(c):
    return (
        f"Ik vraag om {c.k('administratief')} {c.k('beroep')} tegen besluit {c.case('kwijt')}. Mijn situatie is sinds "
        f"{c.date(year=2026, style=2)} {c.k('verslechterd')}."
    )


@shape("block")
def b_bsn_in_zin(c):
    return f"Ter {c.k('controle')}: het burgerservicenummer van {c.ini(c.res)} eindigt niet op nul, het is {c.bsn()}."


@shape("block")
def b_kenteken_vrijstelling(c):
    return f"De auto ({c.plate()}) is nodig voor mijn werk in de {c.k('nachtdienst')}; er rijdt dan geen {c.k('bus')}."


@shape("block")
def b_opschorting(c):
    return (
        f"Zolang het bezwaar loopt, is de {c.k('invordering')} van aanslag {c.case('aanslag')} {c.k('opgeschort')} "
        f"tot {c.date(year=2026, style=0)}."
    )


@shape("block")
def b_vraag_uitleg(c):
    return (
        f"Wat is een {c.k('waardepeildatum')}? En waarom staat er 2025 op een aanslag voor {c.k('2026')}? "
        f"Mijn buurvrouw zegt dat dat normaal is."
    )


@shape("block")
def b_gemeente_contact(c):
    t = c.town.lower().replace(" ", "")
    return (
        f"Heeft u nog vragen? Kijk op {c.k('www.' + t + '.nl/belastingen')} of bel {c.k('14')} {c.k('0' + str(c.r.randint(500, 599)))} "
        f"({c.k('werkdagen')} 9.00–17.00)."
    )


@shape("block")
def b_postcode_los(c):
    return (
        f"Postcode en huisnummer van het object: {c.pc()} / {c.r.randint(1, 200)}. {c.k('Gebruiksoppervlakte')} "
        f"{c.r.randint(60, 190)} m²."
    )


@shape("block")
def b_familie_aanslag(c):
    return f"De {c.k('familie')} {c.sur(c.res)} heeft bezwaar gemaakt namens alle bewoners van {c.home_addr()}."


@shape("block")
def b_curator(c):
    bw = c.new()
    return (
        f"{c.full(c.res)} staat onder {c.k('beschermingsbewind')}. {c.k('Bewindvoerder')} {c.ini(bw)} "
        f"({c.tel()}) beheert de rekening {c.iban()}."
    )


@shape("block")
def b_overwaarde_reactie(c):
    return (
        f"Ja mijn huis is meer waard geworden maar ik verkoop het toch niet, dus waarom moet ik dan meer betalen? "
        f"Mijn {c.k('pensioen')} stijgt ook niet."
    )


@shape("block")
def b_vervolg_actie(c):
    a = c.new()
    return (
        f"{c.k('Actie')}: {c.ini(a)} ({c.k('Team')} {c.k('Klantcontact')}) belt {c.t_sur(c.res, False)} terug vóór "
        f"{c.date(year=2026, style=2)}."
    )


BLOCKS = [n for n, (k, _) in SHAPES.items() if k == "block"]


def b_known(c):
    """Lower-case ordinary use of the known name's word (part of every known-name document)."""
    use = c.r.choice(KNOWN_WORDS[c.known])
    use = re.sub(r"\b(hij|zij)\b", "zij" if c.res.female else "hij", use)
    use = re.sub(r"\bhaar\b", "haar" if c.res.female else "hem", use)
    c.k(c.known.lower())
    return f"{c.k('Volgens')} {c.t_sur(c.res)} geldt het volgende: {use}."


# ============================================================================= building and gates


def name_words(text):
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in PARTICLES and len(w) > 1]


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
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= set(name_words(n))
    nw = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            nw |= set(name_words(it["text"]))
    for k in doc["keep"]:
        for w in re.findall(r"[^\W\d_]+", k):
            if w.lower() in PARTICLES or len(w) < 2:
                continue
            if w.lower() in nw and not (w.lower() in known_words and w == w.lower()):
                return f"keep {k!r} shares a name word"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    known_word = None
    if i % 4 == 1:
        known_word = sorted(KNOWN_WORDS)[(i // 4) % len(KNOWN_WORDS)]
    c = Ctx(r, known_word)
    frame = FRAMES[i % len(FRAMES)] if r.random() < 0.5 else r.choice(FRAMES)
    blocks = r.sample(BLOCKS, r.randint(2, 4))
    head, tail = SHAPES[frame][1](c)
    body = [SHAPES[b][1](c) for b in blocks]
    if known_word:
        body.insert(r.randrange(len(body) + 1), b_known(c))
    sep = (
        "\n"
        if frame
        in (
            "f_aanslagbiljet",
            "f_webformulier",
            "f_telefoonnotitie",
            "f_klachtformulier",
            "f_whatsapp",
            "f_hondenbelasting",
            "f_toeristenbelasting",
            "f_taxatieverslag",
            "f_budgetcoach",
        )
        else "\n\n"
    )
    text = head + sep.join(b for b in body if b) + tail
    doc = {"id": f"fresh26a-{i:04d}", "text": text, "pii": c.pii, "keep": c.keep}
    if known_word:
        kn = {"names": [c.res.full]}
        if c.res.email:
            kn["emails"] = [c.res.email]
        if c.res.phone:
            kn["phones"] = [c.res.phone]
        doc["known"] = kn
        doc = {"id": doc["id"], "text": text, "known": kn, "pii": c.pii, "keep": c.keep}
    return doc, [frame] + blocks


def generate():
    docs, used, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            doc, shapes = build(i, r)
            why = gate(doc)
            if why is None:
                break
            reasons[why.split(":")[0]] += 1
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"{doc['id']}: no passing draw ({why})")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        used.update(shapes)
        if "known" in doc:
            used["b_known"] += 1
    return docs, used, redraws, reasons


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws, reasons = generate()
    content = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == content
        print("fresh26a_texts.jsonl is up to date" if same else "fresh26a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        n_shapes = len(SHAPES) + 1
        print(
            f"shapes registered: {n_shapes} ({len(FRAMES)} document kinds, {len(BLOCKS)} blocks, 1 known-name sentence); "
            f"used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws} " + (str(dict(sorted(reasons.items()))) if reasons else ""))
        fails = [d["id"] for d in docs if gate(d)]
        print(f"gate failures: {len(fails)}")
        return 0
    OUT.write_text(content, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
