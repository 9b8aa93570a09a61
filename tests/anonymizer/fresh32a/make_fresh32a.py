"""Generator of the blind corpus fresh32a: debts, collection and debt counselling (helper A1, round twenty-six).

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh32a/make_fresh32a.py           write fresh32a_texts.jsonl
    python tests/anonymizer/fresh32a/make_fresh32a.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh32a/make_fresh32a.py --stats   counts per label, shapes, known names, redraws

Every document draws from its own stream random.Random("20261261-<i>"); a document failing gate() is redrawn from
"20261261-<i>-<attempt>". Standard library only.
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
import names32a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("_score32a", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = "20261261"
N_DOCS = 300
OUT = HERE / "fresh32a_texts.jsonl"
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

KINDS: dict = {}  # document kinds
SENTS: dict = {}  # sentence and line shapes


def kind(name):
    def reg(f):
        KINDS[name] = f
        return f

    return reg


def sent(name):
    def reg(f):
        SENTS[name] = f
        return f

    return reg


# ----------------------------------------------------------------------------------------------- identifiers

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag".split()
BANKS = "ABNA RABO INGB SNSB ASNB TRIO KNAB BUNQ RBRB".split()
PLATE_L = "BDFGHJKLNPRSTVXZ"


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r):
    bank, acct = r.choice(BANKS), "".join(str(r.randint(0, 9)) for _ in range(10))
    t = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_fmt(r, s):
    st = r.random()
    if st < 0.5:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if st < 0.85:
        return s
    return s.lower()


def postcode(r):
    while True:
        lt = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if lt not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return f"{n} {lt}" if r.random() < 0.7 else f"{n}{lt}"


def phone(r):
    st = r.randint(0, 5)
    a = "".join(str(r.randint(0, 9)) for _ in range(8))
    if st == 0:
        return f"06-{a}"
    if st == 1:
        return f"06 {a[:4]} {a[4:]}"
    if st == 2:
        return f"+31 6 {a}"
    if st == 3:
        return f"+31(0)6-{a[:4]} {a[4:]}"
    if st == 4:
        return f"0{r.choice(['570', '53', '78', '45', '36'])}-{a[:6]}"
    return f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}"


def plate(r):
    L = lambda: r.choice(PLATE_L)
    D = lambda: str(r.randint(0, 9))
    st = r.randint(0, 4)
    if st == 0:
        return f"{L()}{L()}-{D()}{D()}{D()}-{L()}"
    if st == 1:
        return f"{r.randint(1, 9)}-{L()}{L()}{L()}-{D()}{D()}"
    if st == 2:
        return f"{L()}-{D()}{D()}{D()}-{L()}{L()}"
    if st == 3:
        return f"{D()}{D()}-{L()}{L()}{L()}-{r.randint(1, 9)}"
    return f"{L()}{L()}{L()}-{D()}{D()}-{L()}"


def case_no(r, kind_=None):
    yy = r.choice([25, 26])
    n = r.randint(100, 99999)
    st = kind_ if kind_ is not None else r.randint(0, 7)
    return [
        f"SHV-{yy}-{n:05d}",
        f"20{yy}/SH/{n % 10000:04d}",
        f"BK.{yy}.{n % 10000:04d}",
        f"{r.randint(10, 99)}-{r.randint(100000, 999999)}",
        f"WSNP/{yy}/{n % 1000:03d}-{r.choice('ABKT')}",
        f"TV-20{yy}-{n % 10000:04d}",
        f"{r.randint(1000, 9999)}.{r.randint(10, 99)}.{r.randint(1000, 9999)}",
        f"KL{yy}{r.choice('ABCDEFGHJK')}{n:05d}",
    ][st]


def dob(r):
    y, m, dd = r.randint(1944, 2006), r.randint(1, 12), r.randint(1, 28)
    st = r.randint(0, 9)
    return [
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MON3[m - 1]}. {y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd}-{m}-{y}",
        f"{y}{m:02d}{dd:02d}",
        f"{dd} {MONTHS[m - 1].capitalize()} {y}",
        f"{dd}/{m}/{y}",
    ][st]


def odate(r):
    """An ordinary date in 2025-2026 (keep word)."""
    y, m, dd = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    st = r.randint(0, 3)
    return [f"{dd} {MONTHS[m - 1]} {y}", f"{dd} {MONTHS[m - 1]}", f"{dd:02d}-{m:02d}-{y}", f"1 {MONTHS[m - 1]} {y}"][st]


def amount(r, lo=15, hi=4800):
    e = r.randint(lo, hi)
    c = r.choice([0, 0, r.randint(1, 99)])
    es = f"{e:,}".replace(",", ".")
    st = r.randint(0, 3)
    if st == 0:
        return f"€ {es},{c:02d}"
    if st == 1:
        return f"€{es},-" if c == 0 else f"€{es},{c:02d}"
    if st == 2:
        return f"EUR {es},{c:02d}"
    return f"€ {es}"


def translit(s):
    a, b = "şŞıİöÖüÜçÇğĞéèëáíóúñãõâêôäïåłŁńśźżąęčžšėūā", "sSiIoOuUcCgGeeeaiounaoaeoaialLnszzaeczseua"
    assert len(a) == len(b)
    tbl = str.maketrans(a, b)
    return s.translate(tbl)


# ----------------------------------------------------------------------------------------------- persons


def _split(s):
    return s.split("|") if "|" in s else s.split()


class Person:
    def __init__(self, first, particle, base, female, origin):
        self.first, self.particle, self.base, self.female, self.origin = first, particle, base, female, origin
        self.known_word = None

    @property
    def sur(self):  # as after a first name or initial
        return f"{self.particle} {self.base}" if self.particle else self.base

    @property
    def sur_alone(self):  # standalone: particle capitalised
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def title(self):
        return "mevrouw" if self.female else "meneer"

    @property
    def title_short(self):
        return "mw." if self.female else "dhr."

    @property
    def initials(self):
        return "".join(p[0] + "." for p in re.split(r"[ -]", self.first) if p)


def make_person(r, origin=None, female=None, base=None, particle=None):
    origin = origin or r.choice(list(N.ORIGINS))
    fem_s, male_s, fparts, heads, tails = N.ORIGINS[origin]
    female = r.random() < 0.55 if female is None else female
    if fparts and r.random() < 0.5:
        hs, ts = fparts
        first = r.choice(hs.split()) + r.choice(ts.split())
    else:
        first = r.choice(_split(fem_s if female else male_s))
    if base is None:
        if origin == "Nederlands-tussenvoegsel":
            particle = r.choice(N.PARTICLES_NL)
            base = r.choice(heads.split())
        elif origin == "Vlaams":
            if r.random() < 0.5:
                particle, base = "De", r.choice(["Poorter", "Smedt", "Backer", "Wilde", "Clercq"])
            else:
                base = r.choice(heads.split()) + r.choice(tails.split())
        elif not tails:
            base = r.choice(heads.split())
        else:
            base = r.choice(heads.split()) + r.choice(tails.split())
    return Person(first, particle, base, female, origin)


def relative(r, p, female=None):
    """A family member sharing p's family name (a first name of the same origin)."""
    q = make_person(r, origin=p.origin, female=female, base=p.base, particle=p.particle)
    while q.first == p.first:
        q = make_person(r, origin=p.origin, female=female, base=p.base, particle=p.particle)
    return q


def street(r):
    return r.choice(N.STREET_HEADS) + r.choice(N.STREET_TAILS)


# ----------------------------------------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r, known=False):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known = None
        town, t14, dom = r.choice(N.TOWNS)
        self.town, self.t14, self.dom = town, t14, dom
        self.gemmail = f"{r.choice(['schuldhulp', 'info', 'geldzaken', 'invordering', 'kwijtschelding'])}@{dom}"
        self.used_names: set = set()
        self.res = self.person(known=known)
        self.partner = relative(r, self.res, female=not self.res.female) if r.random() < 0.5 else None
        self.kids = [relative(r, self.res) for _ in range(r.randint(0, 2))]
        self.addr_street = street(r)
        self.addr_no = r.choice(
            [
                str(r.randint(1, 180)),
                f"{r.randint(1, 90)}{r.choice('ABC')}",
                f"{r.randint(1, 60)}-{r.randint(1, 3)}",
                f"{r.randint(2, 120)} hs",
                f"{r.randint(1, 99)}-bis",
            ]
        )
        self.pc = postcode(r)
        self.bsn = bsn(r)
        self.iban = iban(r)
        self.tel = phone(r)
        self.cache: dict = {}

    def person(self, known=False, **kw):
        r = self.r
        for _ in range(50):
            if known:
                base, word, sentence = r.choice(N.KNOWN)
                p = make_person(r, origin=r.choice(["Nederlands", "Fries", "Nederlands"]), base=base)
                p.known_word = (word, sentence)
            else:
                p = make_person(r, **kw)
            words = {w.lower() for w in re.split(r"[\s\-']+", p.full) if w}
            if not (words & self.used_names):
                self.used_names |= words
                return p
        return p

    def get(self, role, **kw):
        if role not in self.cache:
            self.cache[role] = self.person(**kw)
        return self.cache[role]

    # -- pii registration
    def p(self, text, label):
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    # -- name forms
    def full(self, x):
        return self.p(x.full, "PERSON")

    def first(self, x):
        return self.p(x.first, "PERSON")

    def last(self, x):
        return self.p(x.sur_alone, "PERSON")

    def formal(self, x, short=False):
        return f"{x.title_short if short else x.title} {self.last(x)}"

    def ini(self, x):
        return self.p(f"{x.initials} {x.sur}", "PERSON")

    def low(self, x, part="full"):
        if x.known_word:
            return self.full(x)
        t = {"full": x.full, "first": x.first}[part].lower()
        return self.p(t, "PERSON")

    def caps(self, x, part="sur"):
        t = {"sur": x.sur_alone, "full": x.full}[part].upper()
        return self.p(t, "PERSON")

    def rev(self, x):
        return f"{self.p(x.sur_alone, 'PERSON')}, {self.p(x.first, 'PERSON')}"

    def poss(self, x, part="first"):
        t = x.first if part == "first" else x.sur_alone
        self.p(t, "PERSON")
        if t[-1] in "aeiouy":
            return t + "'s"
        if t[-1] in "sxzş":
            return t + "'"
        return self.p(t + "s", "PERSON")

    def any_name(self, x):
        return self.r.choice([self.full, self.formal, self.ini, self.full])(x)

    # -- structured items
    def adres(self, caps=False):
        t = f"{self.addr_street} {self.addr_no}"
        if caps:
            t = t.upper()
        return self.p(t, "ADDRESS")

    def straat(self):
        return self.p(self.addr_street, "ADDRESS")

    def postc(self):
        return self.p(self.pc, "POSTCODE")

    def bsn_(self):
        s = self.bsn
        st = self.r.randint(0, 2)
        t = s if st == 0 else (f"{s[:4]}.{s[4:6]}.{s[6:]}" if st == 1 else f"{s[:3]} {s[3:6]} {s[6:]}")
        return self.p(t, "BSN")

    def iban_(self):
        if "iban" not in self.cache:
            self.cache["iban"] = iban_fmt(self.r, self.iban)
        return self.p(self.cache["iban"], "IBAN")

    def tel_(self):
        return self.p(self.tel, "PHONE")

    def mail(self, x=None):
        x = x or self.res
        key = ("mail", x.full)
        if key not in self.cache:
            r = self.r
            f, s = translit(x.first).lower().replace(" ", ""), translit(x.sur).lower().replace(" ", "").replace("'", "")
            loc = r.choice(
                [f"{f}.{s}", f"{f[0]}.{s}", f"{s}{r.randint(1, 99)}", f"{f}{s[:3]}{r.randint(70, 99)}", f"{f}_{s}"]
            )
            self.cache[key] = (
                f"{loc}@{r.choice(['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'icloud.com'])}"
            )
        return self.p(self.cache[key], "EMAIL")

    def work_mail(self, x, dom):
        f, s = translit(x.first).lower().replace(" ", ""), translit(x.sur).lower().replace(" ", "").replace("'", "")
        return self.p(f"{f[0]}.{s}@{dom}", "EMAIL")

    def dob_(self, x=None):
        key = ("dob", (x or self.res).full)
        if key not in self.cache:
            self.cache[key] = dob(self.r)
        return self.p(self.cache[key], "DATE_OF_BIRTH")

    def case(self, kind_=None, key="case"):
        if key not in self.cache:
            self.cache[key] = case_no(self.r, kind_)
        return self.p(self.cache[key], "CASE_NUMBER")

    def plate_(self):
        if "plate" not in self.cache:
            self.cache["plate"] = plate(self.r)
        return self.p(self.cache["plate"], "LICENSE_PLATE")

    # -- keep items
    def amt(self, lo=15, hi=4800):
        a = amount(self.r, lo, hi)
        self.k(a)
        return a

    def date(self):
        t = odate(self.r)
        self.k(t)
        return t

    def kw(self, word):
        self.k(word)
        return word

    def s(self, name):
        self.shapes.append(name)
        return SENTS[name](self)

    def pick(self, *names, n=1):
        chosen = self.r.sample([x for x in names if x not in self.shapes], n)
        return [self.s(c) for c in chosen]


# ----------------------------------------------------------------------------------------------- creditor material

ENERGY = ["Vattenfall", "Eneco", "Essent", "Budget Energie", "Greenchoice"]
INSURERS = ["Zilveren Kruis", "Menzis", "VGZ", "CZ", "ONVZ"]
AGENCIES = ["Incassobureau Maasoever", "Vorderingsbeheer Kempenland", "Incassodienst Veluwezoom", "Lowell", "Intrum"]
BAILIFFS = [
    "Gerechtsdeurwaarderskantoor Vechtdal",
    "Gerechtsdeurwaarderskantoor Delta Noord",
    "Deurwaarderskantoor IJsselvallei",
    "Gerechtsdeurwaarderskantoor Peelrand",
]
PUBLIC = ["CJIB", "DUO", "Belastingdienst", "Dienst Toeslagen", "UWV", "Sociale Verzekeringsbank"]
LANDLORDS = ["Woonstichting Vechthorst", "Woningcorporatie Lingehof", "Stichting Woonkracht Oost"]
TEAMS = [
    "Schulddienstverlening",
    "Team Invordering",
    "Werk en Inkomen",
    "Team Terugvordering en Verhaal",
    "Belastingen",
    "Geldzaken",
    "Sociaal Wijkteam",
]


def firm_iban(d):
    t = iban_fmt(d.r, iban(d.r))
    d.k(t)
    return t


# ----------------------------------------------------------------------------------------------- sentence shapes


@sent("s_partner_werk")
def _(d):
    if d.partner:
        return (
            f"Haar partner {d.full(d.partner)} werkt via een uitzendbureau in de Nachtploeg."
            if d.res.female
            else f"Zijn partner {d.full(d.partner)} werkt parttime in de thuiszorg."
        )
    d.k("alleenstaand")
    return "De aanvrager is alleenstaand en heeft geen vast werk."


@sent("s_kinderen")
def _(d):
    if not d.kids:
        d.k("Kinderen")
        return "Kinderen: geen."
    names = " en ".join(d.first(c) for c in d.kids)
    d.k("schoolgaande")
    return (
        f"In het huishouden wonen {'een kind' if len(d.kids) == 1 else 'twee kinderen'}: {names}, beiden schoolgaande."
        if len(d.kids) > 1
        else f"In het huishouden woont het schoolgaande kind {names}."
    )


@sent("s_buurvrouw")
def _(d):
    b = d.get("buur")
    d.k("Buurvrouw" if b.female else "Buurman", "sleutel")
    return f"{'Buurvrouw' if b.female else 'Buurman'} {d.full(b)} heeft een sleutel en opent de post als de aanvrager opgenomen is."


@sent("s_official_fn")
def _(d):
    o, team = d.get("amb"), d.r.choice(TEAMS)
    d.k(team)
    return f"Contactpersoon bij de gemeente is {d.full(o)}, medewerker {team}."


@sent("s_official_bel")
def _(d):
    o = d.get("amb")
    d.k(d.t14, "bereikbaar")
    return f"Voor vragen is {d.formal(o)} op werkdagen bereikbaar via {d.t14}."


@sent("s_mediator")
def _(d):
    m = d.get("bem")
    d.k("bemiddelaar", "Verzoek", "afstemming")
    return f"Het Verzoek tot afstemming is toegewezen aan bemiddelaar {d.full(m)}."


@sent("s_mediator_lower")
def _(d):
    m = d.get("bem")
    d.k("teruggebeld")
    return f"(notitie {d.low(m, 'first')}: inwoner teruggebeld, zij wacht nog op het dossier)"


@sent("s_dob_cue")
def _(d):
    d.k("Geboren")
    return f"Geboren op {d.dob_()} te {d.kw(d.r.choice(['Paramaribo', 'Willemstad', 'Kayseri', 'Nador', 'Gdańsk', 'Asmara', 'Mogadishu', 'Kumasi', 'Surabaya', 'Damascus', 'Sneek', 'Leeuwarden', 'Meppel']))}."


@sent("s_dob_paren")
def _(d):
    return f"{d.full(d.res)} (°{d.dob_()}) is bij ons bekend sinds {d.date()}."


@sent("s_dob_bare")
def _(d):
    d.k("Inkomen")
    return f"{d.ini(d.res)}, {d.dob_()}, {d.adres()}. Inkomen uit {d.kw(d.r.choice(['Participatiewet', 'WIA-uitkering', 'AOW', 'Ziektewet']))}."


@sent("s_bsn_line")
def _(d):
    d.k("Burgerservicenummer")
    return f"Burgerservicenummer: {d.bsn_()}"


@sent("s_bsn_inline")
def _(d):
    d.k("Basisregistratie")
    return f"Het BSN {d.bsn_()} is gecontroleerd in de Basisregistratie Personen."


@sent("s_iban_inwoner")
def _(d):
    d.k("leefgeld", "wekelijks")
    return f"Het leefgeld wordt wekelijks overgemaakt op {d.iban_()} t.n.v. {d.ini(d.res)}."


@sent("s_iban_firm")
def _(d):
    f = d.r.choice(PUBLIC + ENERGY)
    d.k(f, "rekening")
    return f"Betalingen aan {f} lopen via hun rekening {firm_iban(d)} onder vermelding van het betalingskenmerk."


@sent("s_tel_mail")
def _(d):
    d.k("Bereikbaar")
    return f"Bereikbaar op {d.tel_()} of per mail: {d.mail()}."


@sent("s_adres_pc")
def _(d):
    d.k(d.town)
    return f"Woonadres: {d.adres()}, {d.postc()} {d.town}"


@sent("s_straat_alleen")
def _(d):
    d.k("portiek", "trap")
    return f"De woning aan de {d.straat()} ligt op de derde etage; de portiek heeft geen lift en de trap is steil."


@sent("s_auto")
def _(d):
    d.k("Rijksdienst", "Wegverkeer", "beslag")
    return f"Volgens de Rijksdienst voor het Wegverkeer staat de {d.kw(d.r.choice(['Opel Corsa', 'Toyota Yaris', 'Peugeot 208', 'bestelbus']))} met kenteken {d.plate_()} op naam van {d.full(d.res)}; er ligt beslag op."


@sent("s_plate_short")
def _(d):
    d.k("parkeerboetes", "openstaand")
    return f"Op de auto ({d.plate_()}) staan drie parkeerboetes openstaand bij het {d.kw('CJIB')}."


@sent("s_leefgeld")
def _(d):
    d.k("Leefgeld", "per week")
    return f"Leefgeld per week: {d.amt(40, 180)}."


@sent("s_aflossing")
def _(d):
    d.k("aflossingscapaciteit", "crediteuren")
    return f"De aflossingscapaciteit is vastgesteld op {d.amt(0, 260)} per maand, te verdelen over alle crediteuren."


@sent("s_bvv")
def _(d):
    d.k("beslagvrije voet")
    return f"De beslagvrije voet bedraagt {d.amt(1100, 1900)} netto per maand."


@sent("s_terugvordering")
def _(d):
    d.k("terugvordering", "inlichtingenplicht")
    return f"De terugvordering van {d.amt(800, 14000)} is ontstaan doordat de inlichtingenplicht niet is nagekomen."


@sent("s_kwijt_afw")
def _(d):
    d.k("kwijtschelding", "afvalstoffenheffing", "Belastingen")
    return f"Het verzoek om kwijtschelding van de afvalstoffenheffing is door Belastingen afgewezen op {d.date()}."


@sent("s_wsnp")
def _(d):
    b = d.get("bewind")
    d.k("Wsnp", "bewindvoerder")
    return f"Sinds de toelating tot de Wsnp is {d.full(b)} bewindvoerder; alle post gaat via het kantoor in {d.kw(d.r.choice(['Zwolle', 'Arnhem', 'Utrecht', 'Den Bosch', 'Assen']))}."


@sent("s_voedselbank")
def _(d):
    d.k("Voedselbank", "pakket", "intake")
    return (
        f"De Voedselbank {d.kw(d.town)} verstrekt na de intake een pakket voor {d.r.choice(['drie', 'zes'])} maanden."
    )


@sent("s_deurwaarder_naam")
def _(d):
    g = d.get("dw")
    b = d.r.choice(BAILIFFS)
    d.k(b, "gerechtsdeurwaarder")
    return f"Namens {b} is gerechtsdeurwaarder {d.full(g)} aan de deur geweest."


@sent("s_deurwaarder_formal")
def _(d):
    g = d.get("dw")
    d.k("beslagexploot", "betekend")
    return f"Het beslagexploot is op {d.date()} door {d.formal(g)} in persoon betekend."


@sent("s_klantnummer")
def _(d):
    c = d.r.choice(ENERGY + INSURERS)
    d.k(c, "klantnummer")
    return f"Bij {c} staat een achterstand onder klantnummer {d.case(3, 'klant')}."


@sent("s_dossiernummer")
def _(d):
    d.k("dossiernummer", "Vermeld")
    return f"Vermeld bij alle correspondentie het dossiernummer {d.case(0)}."


@sent("s_poss_res")
def _(d):
    d.k("inkomsten", "onregelmatig")
    return f"{d.poss(d.res, 'first')} inkomsten zijn onregelmatig sinds de overstap naar een nulurencontract."


@sent("s_poss_sur")
def _(d):
    d.k("schuldenlast", "opgelopen")
    return f"Familie {d.last(d.res)} kwam in beeld toen de schuldenlast was opgelopen tot {d.amt(3000, 60000)}."


@sent("s_low_chat")
def _(d):
    d.k("morgen", "afspraak")
    return f"ik heb {d.low(d.res, 'first')} gezegd dat ze morgen de afschriften meeneemt naar de afspraak"


@sent("s_caps_heading")
def _(d):
    d.k("DOSSIER", "SCHULDHULP")
    return f"DOSSIER SCHULDHULP — {d.caps(d.res)}"


@sent("s_rev_name")
def _(d):
    d.k("Aanvrager")
    return f"Aanvrager: {d.rev(d.res)}"


@sent("s_bestand")
def _(d):
    s = d.res.sur_alone if d.res.known_word else translit(d.res.sur).replace(" ", "").replace("'", "").lower()
    d.p(s, "PERSON")
    d.k("Bijlage")
    return f"Bijlage: budgetplan_{s}_{d.r.choice(['v2', 'def', 'concept'])}.xlsx"


@sent("s_handle")
def _(d):
    h = (translit(d.res.first) + translit(d.res.base)).lower().replace(" ", "").replace("'", "") + str(
        d.r.randint(1, 99)
    )
    d.p(h, "PERSON")
    d.k("Facebook", "Marktplaats")
    return f"Ze verkoopt spullen op Marktplaats en Facebook onder de naam @{h}."


@sent("s_kind_school")
def _(d):
    if not d.kids:
        d.k("schoolkosten", "Stichting Leergeld")
        return f"Voor schoolkosten is een aanvraag gedaan bij Stichting Leergeld ({d.amt(50, 400)})."
    c = d.kids[0]
    d.k("Stichting Leergeld", "laptop")
    return f"Voor {d.first(c)} is via Stichting Leergeld een laptop aangevraagd."


@sent("s_werkgever")
def _(d):
    w = d.get("hr")
    d.k("salarisadministratie", "loonbeslag")
    return f"De salarisadministratie ({d.full(w)}) heeft het loonbeslag per {d.date()} verwerkt."


@sent("s_control_q")
def _(d):
    d.k("Is alles besproken", "terugkomen")
    return (
        f"Is alles besproken? {d.formal(d.res)} zegt ja en weet dat zij kan terugkomen."
        if d.res.female
        else f"Is alles besproken? {d.formal(d.res)} zegt ja en weet dat hij kan terugkomen."
    )


@sent("s_zorg")
def _(d):
    z = d.r.choice(INSURERS)
    d.k(z, "wanbetalersregeling", "bestuursrechtelijke premie")
    return f"Door de achterstand bij {z} is {d.full(d.res)} aangemeld voor de wanbetalersregeling; het CAK int nu de bestuursrechtelijke premie."


@sent("s_duo")
def _(d):
    d.k("DUO", "draagkrachtmeting", "studieschuld")
    return f"Voor de studieschuld bij DUO is een draagkrachtmeting aangevraagd; tot die tijd geldt {d.amt(0, 120)} per maand."


@sent("s_energie")
def _(d):
    e = d.r.choice(ENERGY)
    d.k(e, "afsluiting", "stookseizoen")
    return f"{e} heeft afsluiting aangekondigd, maar in het stookseizoen mag dat niet zonder melding bij de gemeente."


@sent("s_huur")
def _(d):
    l_ = d.r.choice(LANDLORDS)
    d.k(l_, "huurachterstand", "vroegsignalering")
    return f"{l_} meldde een huurachterstand van twee maanden via vroegsignalering."


@sent("s_neighbour_low")
def _(d):
    b = d.get("buur")
    d.k("buren", "thee")
    return f"de buren ({d.low(b)}) komen soms langs met thee en helpen met de formulieren."


@sent("s_vrijwilliger")
def _(d):
    v = d.get("maatje")
    d.k("Schuldhulpmaatje", "vrijwilliger")
    return f"{d.full(v)} is als vrijwilliger van Schuldhulpmaatje gekoppeld en komt om de week."


@sent("s_coach")
def _(d):
    c = d.get("coach")
    d.k("Budgetcoach", "Geldzaken")
    return f"Budgetcoach {d.full(c)} (team Geldzaken) stelt het budgetplan op."


@sent("s_coach_mail")
def _(d):
    c = d.get("coach")
    d.k("direct")
    return f"Mail direct naar {d.work_mail(c, d.dom)} of naar het algemene adres {d.kw(d.gemmail)}."


@sent("s_wik")
def _(d):
    a = d.cache.setdefault("agency", d.r.choice(AGENCIES))
    d.k(a, "incassokosten", "veertiendagenbrief")
    return f"{a} rekent {d.amt(40, 375)} aan incassokosten, terwijl de veertiendagenbrief nooit is ontvangen."


@sent("s_cjib_gijzeling")
def _(d):
    d.k("CJIB", "verhogingen", "gijzeling")
    return f"Het CJIB dreigt na twee verhogingen met gijzeling; de boete is inmiddels {d.amt(90, 1400)}."


@sent("s_belastingdienst")
def _(d):
    d.k("Belastingdienst", "voorlopige aanslag", "betalingsregeling")
    return f"Voor de voorlopige aanslag van de Belastingdienst ({d.amt(200, 5000)}) loopt een betalingsregeling."


@sent("s_moratorium")
def _(d):
    d.k("moratorium", "rechtbank", "dagen")
    return f"De rechtbank {d.kw(d.r.choice(['Overijssel', 'Gelderland', 'Oost-Brabant', 'Noord-Nederland', 'Limburg', 'Rotterdam']))} heeft een moratorium van 180 dagen toegewezen."


@sent("s_saneringskrediet")
def _(d):
    d.k("saneringskrediet", "Kredietbank", "finale kwijting")
    return f"Via de Kredietbank is een saneringskrediet aangeboden; crediteuren krijgen {d.r.randint(8, 40)}% tegen finale kwijting."


@sent("s_kid_birth")
def _(d):
    if not d.kids:
        d.k("zwanger", "uitgerekend")
        return (
            f"{d.formal(d.res)} is zwanger; uitgerekend op {d.date()}."
            if d.res.female
            else f"Zijn vriendin is zwanger; uitgerekend op {d.date()}."
        )
    c = d.kids[0]
    d.k("geboren")
    return f"Zoon/dochter {d.full(c)}, geboren {d.dob_(c)}, staat ook op het adres ingeschreven."


@sent("s_partner_dob")
def _(d):
    if not d.partner:
        d.k("Partner")
        return "Partner: n.v.t."
    d.k("Partner")
    return f"Partner: {d.full(d.partner)} — geb. {d.dob_(d.partner)} — BSN onbekend"


@sent("s_weekday_afspraak")
def _(d):
    wd = d.r.choice(WEEKDAYS)
    d.k(wd.capitalize(), "inloopspreekuur", "Stadskantoor")
    return f"{wd.capitalize()} is er inloopspreekuur in het Stadskantoor, {d.r.randint(9, 13)}.00 uur."


@sent("s_zaaknummer_gem")
def _(d):
    d.k("zaaknummer")
    return f"Ons zaaknummer: {d.case(d.r.choice([1, 2, 5, 7]))}"


@sent("s_beschikkingsnummer_firm")
def _(d):
    d.k("Wet Mulder", "Wahv")
    return f"De boetes vallen onder de Wet Mulder (Wahv); de brochure {d.kw(d.r.choice(['Bezwaar en beroep', 'Betalen in termijnen', 'Wat als ik niet kan betalen']))} ligt bij."


@sent("s_quote_res")
def _(d):
    d.k("durf", "envelop")
    return f'"Ik durf geen envelop meer open te maken," zegt {d.first(d.res)}.'


@sent("s_sms_line")
def _(d):
    d.k("Herinnering")
    return f"Herinnering: uw afspraak met {d.ini(d.get('coach'))} is {d.date()} om {d.r.randint(9, 16)}:{d.r.choice(['00', '15', '30', '45'])}."


@sent("s_toeslag")
def _(d):
    d.k("Dienst Toeslagen", "zorgtoeslag", "kinderopvangtoeslag")
    return f"De Dienst Toeslagen vordert {d.amt(300, 9000)} aan zorgtoeslag en kinderopvangtoeslag terug."


@sent("s_verrekening")
def _(d):
    d.k("verrekend", "bijstand", "Participatiewet")
    return "Het bedrag wordt maandelijks verrekend met de bijstand op grond van artikel 60 Participatiewet."


@sent("s_uitstel")
def _(d):
    d.k("uitstel", "invordering", "Invorderingswet")
    return "Tijdens het onderzoek geldt uitstel van invordering, zoals de Invorderingswet toestaat."


@sent("s_handtekening")
def _(d):
    c = d.get("coach")
    d.k("Met vriendelijke groet", "Schuldhulpverlening")
    return f"Met vriendelijke groet,\n{d.full(c)}\nSchuldhulpverlening {d.kw(d.town)}"


@sent("s_afz_dw")
def _(d):
    g = d.get("dw")
    b = d.r.choice(BAILIFFS)
    d.k(b, "kandidaat-gerechtsdeurwaarder")
    return f"{d.ini(g)}, kandidaat-gerechtsdeurwaarder\n{b}"


@sent("s_psych")
def _(d):
    d.k("huisarts", "slaapt", "spanning")
    return f"Volgens de huisarts slaapt {d.formal(d.res)} slecht door de spanning."


@sent("s_mail_header")
def _(d):
    d.k("Van", "Onderwerp", "Re")
    return f"Van: {d.full(d.res)} <{d.mail()}>\nOnderwerp: Re: uw brief van {d.date()}"


@sent("s_ex_partner")
def _(d):
    ex = d.get("ex", origin=d.r.choice(list(N.ORIGINS)))
    d.k("echtscheiding", "gezamenlijke", "hoofdelijk")
    return f"Na de echtscheiding van {d.full(ex)} bleven de gezamenlijke schulden staan; beiden zijn hoofdelijk aansprakelijk."


@sent("s_sister_help")
def _(d):
    z = relative(d.r, d.res, female=True)
    d.k("zus", "administratie")
    return f"{'Haar' if d.res.female else 'Zijn'} zus {d.full(z)} helpt met de administratie en is gemachtigd."


@sent("s_phone_landline")
def _(d):
    d.k("vaste", "telefoon")
    return f"Alleen op de vaste telefoon bereikbaar: {d.tel_()} (na 17 uur)."


@sent("s_known_use")
def _(d):
    w, sentence = d.res.known_word
    d.k(w)
    return sentence


@sent("s_known_again")
def _(d):
    d.k("spreekuur")
    t = d.formal(d.res)
    return f"{t[0].upper() + t[1:]} kwam zelf naar het spreekuur."


# ----------------------------------------------------------------------------------------------- document kinds

GENERIC = (
    "s_partner_werk",
    "s_kinderen",
    "s_buurvrouw",
    "s_official_fn",
    "s_official_bel",
    "s_poss_res",
    "s_poss_sur",
    "s_psych",
    "s_quote_res",
    "s_weekday_afspraak",
    "s_ex_partner",
    "s_sister_help",
    "s_kind_school",
    "s_energie",
    "s_huur",
    "s_zorg",
    "s_duo",
    "s_toeslag",
    "s_wik",
    "s_cjib_gijzeling",
    "s_belastingdienst",
    "s_iban_firm",
    "s_klantnummer",
    "s_neighbour_low",
    "s_handle",
    "s_straat_alleen",
    "s_kid_birth",
    "s_phone_landline",
)


def extras(d, n):
    return d.pick(*GENERIC, n=n)


@kind("k_aanvraagformulier")
def _(d):
    d.k("Aanvraag", "schuldhulpverlening", "Wet gemeentelijke schuldhulpverlening")
    lines = [
        f"Aanvraag schuldhulpverlening (Wet gemeentelijke schuldhulpverlening) — gemeente {d.kw(d.town)}",
        d.s("s_rev_name"),
        f"Geboortedatum: {d.dob_()}",
        d.s("s_bsn_line"),
        d.s("s_adres_pc"),
        f"Telefoon: {d.tel_()}",
        f"E-mail: {d.mail()}",
        d.s("s_partner_dob"),
        d.s("s_kinderen"),
        f"Rekeningnummer: {d.iban_()}",
        *extras(d, 2),
    ]
    return "\n".join(lines)


@kind("k_intakeverslag")
def _(d):
    c = d.get("coach")
    d.k("Intakegesprek", "Schulddienstverlening", "stabilisatie")
    head = f"Intakegesprek Schulddienstverlening, {d.date()}, gevoerd door {d.full(c)}."
    body = [
        d.s("s_dob_paren"),
        d.s(d.r.choice(["s_partner_werk", "s_kinderen"])),
        "Eerste fase: stabilisatie van inkomen en vaste lasten.",
        *extras(d, 3),
        d.s("s_dossiernummer"),
    ]
    return head + " " + " ".join(body)


@kind("k_budgetplan")
def _(d):
    d.k("Budgetplan", "Inkomsten", "Uitgaven", "Huur", "Energie", "Zorgverzekering")
    rows = [
        f"Budgetplan {d.caps(d.res, 'full')} — {d.case(2)}",
        "Inkomsten",
        f"  {d.kw(d.r.choice(['Participatiewet', 'Loon', 'WW-uitkering']))}: {d.amt(900, 2300)}",
        f"  Kindgebonden budget: {d.amt(30, 400)}" if d.kids else f"  Huurtoeslag: {d.amt(100, 400)}",
        "Uitgaven",
        f"  Huur: {d.amt(450, 1100)}",
        f"  Energie: {d.amt(80, 320)}",
        f"  Zorgverzekering: {d.amt(120, 300)}",
        d.s("s_leefgeld"),
        d.s("s_aflossing"),
        d.s(d.r.choice(["s_bestand", "s_iban_inwoner"])),
    ]
    return "\n".join(rows)


@kind("k_betalingsregeling")
def _(d):
    a = d.r.choice(AGENCIES + PUBLIC)
    d.k(a, "Betalingsregeling", "termijnen", "akkoord")
    return (
        f"Betreft: Betalingsregeling {d.case(d.r.choice([3, 6, 7]), 'klant')}\n\n"
        f"Geachte {d.formal(d.res)},\n\n{a} gaat akkoord met een betaling in {d.r.randint(6, 36)} termijnen van "
        f"{d.amt(15, 200)}. De eerste termijn is verschuldigd op {d.date()}. "
        + " ".join(extras(d, 2))
        + f"\n\nMaak het bedrag over naar {firm_iban(d)}."
    )


@kind("k_deurwaarder_exploot")
def _(d):
    d.k("EXPLOOT", "BETEKENING", "vonnis", "kantonrechter", "kandidaat-gerechtsdeurwaarder")
    return (
        f"EXPLOOT VAN BETEKENING\nHeden, {d.date()}, heb ik, {d.ini(d.get('dw'))}, kandidaat-gerechtsdeurwaarder, "
        f"op verzoek van {d.kw(d.r.choice(ENERGY + INSURERS + LANDLORDS))} betekend aan {d.full(d.res)}, wonende te "
        f"{d.adres(caps=d.r.random() < 0.3)} {d.postc()} {d.kw(d.town)}, het vonnis van de kantonrechter. "
        + " ".join(d.pick("s_bvv", "s_auto", "s_deurwaarder_formal", n=2))
    )


@kind("k_incasso_aanmaning")
def _(d):
    a = d.cache.setdefault("agency", d.r.choice(AGENCIES))
    d.k(a, "LAATSTE", "AANMANING", "hoofdsom", "rente")
    return (
        f"{a}\nLAATSTE AANMANING\n{d.ini(d.res)}\n{d.adres()}\n{d.postc()}  {d.kw(d.town.upper())}\n\n"
        f"Uw klantnummer: {d.case(3, 'klant')}\nDe hoofdsom van {d.amt(80, 2000)} is vermeerderd met rente. "
        + d.s("s_wik")
    )


@kind("k_dagvaarding")
def _(d):
    d.k("DAGVAARDING", "gedaagde", "zitting", "Kantonrechter")
    rol = f"{d.r.randint(10000, 99999)} CV EXPL {d.r.randint(20, 26)}-{d.r.randint(100, 9999)}"
    d.p(rol, "CASE_NUMBER")
    return (
        f"DAGVAARDING — rolnummer {rol}\nAan gedaagde {d.full(d.res)}, geboren {d.dob_()}, "
        f"thans wonende aan de {d.adres()} te {d.kw(d.town)}. U wordt opgeroepen voor de zitting van de Kantonrechter op {d.date()}. "
        + d.s(d.r.choice(["s_deurwaarder_naam", "s_wik", "s_huur"]))
    )


@kind("k_loonbeslag_werkgever")
def _(d):
    d.k("Mededeling", "derdenbeslag", "werkgever", "beslagvrije voet")
    return (
        f"Mededeling derdenbeslag aan werkgever {d.kw(d.r.choice(['Transportbedrijf Hollandia', 'Schoonmaakbedrijf Glans', 'Distributiecentrum Zuid', 'Zorggroep Meander']))}\n"
        f"Werknemer: {d.rev(d.res)}, geb. {d.dob_()}, BSN {d.bsn_()}\n"
        + d.s("s_bvv")
        + " "
        + d.s("s_werkgever")
        + " "
        + d.s("s_afz_dw").replace("\n", ", ")
    )


@kind("k_terugvordering")
def _(d):
    d.k("Besluit", "terugvordering", "bijstandsuitkering", "bezwaar")
    return (
        f"Besluit terugvordering bijstandsuitkering\nKenmerk: {d.case(5)}\n\nGeachte {d.formal(d.res)},\n"
        + d.s("s_terugvordering")
        + " "
        + d.s("s_verrekening")
        + " "
        + " ".join(extras(d, 1))
        + " U kunt binnen zes weken bezwaar maken.\n\n"
        + d.s("s_handtekening")
    )


@kind("k_kwijtschelding")
def _(d):
    ok = d.r.random() < 0.5
    d.k(*(["kwijtschelding", "rioolheffing", "aanslag", "toegekend"] if ok else ["vermogen", "Aanslagnummer"]))
    return (
        f"Aanslagnummer {d.case(6)} — {d.ini(d.res)}, {d.adres()}\n"
        + (
            f"Uw verzoek om kwijtschelding voor de rioolheffing is toegekend; de aanslag van {d.amt(100, 700)} vervalt."
            if ok
            else d.s("s_kwijt_afw") + " Het vermogen was hoger dan de norm."
        )
        + " "
        + d.s("s_uitstel")
    )


@kind("k_wsnp_verslag")
def _(d):
    d.k("Voortgangsverslag", "schuldsanering", "boedelrekening", "sollicitatieplicht")
    return (
        f"Voortgangsverslag schuldsanering — {d.full(d.res)} — {d.case(4)}\n"
        + d.s("s_wsnp")
        + f" Het vakantiegeld ({d.amt(300, 1500)}) is naar de boedelrekening gegaan. "
        + f"{d.formal(d.res)} voldoet aan de sollicitatieplicht. "
        + " ".join(d.pick("s_moratorium", "s_saneringskrediet", "s_partner_werk", n=1))
    )


@kind("k_voedselbank_bericht")
def _(d):
    v = d.get("vb")
    d.k("Hoi", "uitgifte", "donderdag", "kerstpakket")
    return (
        f"Hoi {d.first(d.res)}, de uitgifte is deze week op donderdag i.p.v. vrijdag. Er is ook een kerstpakket voor jullie. "
        + d.s("s_voedselbank")
        + f" Groetjes, {d.first(v)} (coördinator, {d.kw(d.t14)})"
    )


@kind("k_maatje_appjes")
def _(d):
    v = d.get("maatje")
    t1, t2 = f"{d.r.randint(8, 11)}:{d.r.randint(10, 59)}", f"{d.r.randint(12, 20)}:{d.r.randint(10, 59)}"
    d.k("gelukt", "formulier", "bankafschriften")
    return (
        f"[{t1}] {d.low(v, 'first')}: "
        + d.s("s_low_chat")
        + f"\n[{t1}] {d.first(d.res)}: is gelukt, formulier is ingevuld\n"
        f"[{t2}] {d.low(v, 'first')}: top! neem ook de bankafschriften van {d.iban_()} mee\n" + d.s("s_vrijwilliger")
    )


@kind("k_bemiddelingsnotitie")
def _(d):
    o = d.get("amb")
    d.k("Bemiddelingsnotitie", "Invordering", "Luisteren", "Oplossen", "Leren")
    return (
        f"Bemiddelingsnotitie ({d.s('s_zaaknummer_gem')}) — Luisteren, Oplossen, Leren\n"
        + d.s("s_mediator")
        + " "
        + f"{d.full(d.res)} voelt zich klemgezet tussen de eigen betalingsregeling en Team Invordering, waar {d.full(o)} de dwangbevelen uitstuurt. "
        + d.s(d.r.choice(["s_uitstel", "s_verrekening", "s_bvv"]))
        + " "
        + d.s(d.r.choice(["s_mediator_lower", "s_control_q"]))
    )


@kind("k_email_draad")
def _(d):
    c = d.get("coach")
    d.k("Beste", "aanmaning", "doorgestuurd")
    return (
        d.s("s_mail_header")
        + f"\n\nBeste {d.first(c)},\n\nIk heb weer een aanmaning gekregen, ik heb hem doorgestuurd. "
        + d.s(d.r.choice(["s_energie", "s_zorg", "s_cjib_gijzeling", "s_duo"]))
        + f"\n\nGroet, {d.first(d.res)}\n"
        + d.s("s_coach_mail")
    )


@kind("k_telefoonnotitie")
def _(d):
    d.k("Telefoonnotitie", "Teruggebeld", "Gebeld")
    return (
        f"Telefoonnotitie {d.date()} — Gebeld door {d.formal(d.res, short=True)} ({d.tel_()}). "
        + " ".join(extras(d, 2))
        + f" Teruggebeld door {d.ini(d.get('coach'))}."
    )


@kind("k_schuldenoverzicht")
def _(d):
    d.k("Schuldenoverzicht", "Schuldeiser", "Bedrag", "Totaal")
    cs = d.r.sample(ENERGY[:2] + INSURERS[:2] + PUBLIC + AGENCIES[:2], 4)
    rows = [f"Schuldenoverzicht {d.ini(d.res)} ({d.case(0)})", "Schuldeiser | Bedrag"]
    for c in cs:
        d.k(c)
        rows.append(f"{c} | {d.amt(40, 6000)}")
    rows.append(f"Totaal | {d.amt(3000, 40000)}")
    rows.append(d.s("s_klantnummer"))
    return "\n".join(rows)


@kind("k_huisbezoek")
def _(d):
    d.k("Huisbezoek", "vroegsignalering", "voordeur", "Sociaal Wijkteam")
    return (
        f"Huisbezoek vroegsignalering, {d.date()}, Sociaal Wijkteam. Bij {d.adres()} werd de voordeur na tweede keer aanbellen geopend door "
        f"{d.any_name(d.res)}. " + d.s("s_huur") + " " + " ".join(extras(d, 2))
    )


@kind("k_bvv_berekening")
def _(d):
    d.k("Herberekening", "beslagvrije voet", "toeslagen", "woonkosten")
    return (
        f"Herberekening beslagvrije voet voor {d.full(d.res)} ({d.dob_()}), {d.case(d.r.choice([1, 7]))}\n"
        f"Netto inkomen: {d.amt(1200, 2600)}; toeslagen: {d.amt(50, 500)}; woonkosten: {d.amt(400, 1100)}.\n"
        + d.s("s_bvv")
        + " "
        + d.s("s_deurwaarder_naam")
    )


@kind("k_energie_afsluitbrief")
def _(d):
    e = d.r.choice(ENERGY)
    d.k(e, "Aankondiging", "afsluiting", "meteropnemer")
    return (
        f"{e} — Aankondiging afsluiting\n{d.full(d.res)}\n{d.adres()}\n{d.postc()} {d.kw(d.town)}\n"
        f"Klantnummer {d.case(3, 'klant')}. Op {d.date()} komt een meteropnemer langs. "
        + d.s(d.r.choice(["s_iban_firm", "s_tel_mail"]))
    )


@kind("k_zorgverzekeraar")
def _(d):
    z = d.r.choice(INSURERS)
    d.k(z, "premieachterstand", "Zorgverzekeringswet")
    return (
        f"{z}: premieachterstand {d.formal(d.res, short=True)}, polis {d.case(7)}. "
        f"Op grond van de Zorgverzekeringswet volgt na zes maanden melding. " + d.s("s_zorg") + " " + d.s("s_kid_birth")
    )


@kind("k_cjib_auto")
def _(d):
    d.k("Beslag", "auto", "executieveiling")
    return (
        f"Beslag op auto — {d.full(d.res)}, {d.adres()}\n"
        + d.s("s_auto")
        + " "
        + d.s(d.r.choice(["s_plate_short", "s_cjib_gijzeling"]))
        + " Na de executieveiling op "
        + d.date()
        + " volgt een afrekening. "
        + d.s("s_beschikkingsnummer_firm")
    )


@kind("k_duo_studieschuld")
def _(d):
    d.k("studieschuld", "terugbetaling", "aflosvrije")
    return (
        f"Over de studieschuld van {d.full(d.res)} ({d.bsn_()}): de terugbetaling is gestart op {d.date()}. "
        + d.s("s_duo")
        + f" {d.formal(d.res)} vraagt aflosvrije periodes aan. "
        + " ".join(extras(d, 1))
    )


@kind("k_bezwaar_inwoner")
def _(d):
    d.k("Geachte", "bezwaar", "besluit", "Hoogachtend")
    return (
        f"{d.full(d.res)}\n{d.adres()}\n{d.postc()} {d.kw(d.town)}\n\nGeachte heer/mevrouw,\n\nIk maak bezwaar tegen het besluit van {d.date()} "
        f"met kenmerk {d.case(5)}. "
        + d.s(d.r.choice(["s_terugvordering", "s_kwijt_afw", "s_verrekening"]))
        + " "
        + d.s("s_psych")
        + f"\n\nHoogachtend,\n{d.ini(d.res)}\nBSN {d.bsn_()}"
    )


@kind("k_interne_overdracht")
def _(d):
    a, b = d.get("coach"), d.get("amb")
    d.k("Warme", "overdracht", "casus", "Werk en Inkomen")
    return (
        f"Warme overdracht van {d.full(a)} naar {d.full(b)} (Werk en Inkomen). Het gaat om de casus {d.ini(d.res)}, "
        f"{d.dob_()}, {d.case(1)}. " + " ".join(extras(d, 2)) + " " + d.s("s_bsn_inline")
    )


@kind("k_sms_reeks")
def _(d):
    d.k("Gemeente", "Stop")
    return (
        f"Gemeente {d.kw(d.town)}: "
        + d.s("s_sms_line")
        + "\n"
        + f"Gemeente {d.town}: uw aanvraag {d.case(0)} is ontvangen. "
        f"Stop? Bel {d.kw(d.t14)}.\n" + d.s("s_quote_res")
    )


@kind("k_jongerenfonds")
def _(d):
    d.k("Jongerenschuldenfonds", "jongerencoach", "saneringslening")
    y = d.res
    return (
        f"Aanmelding Jongerenschuldenfonds: {d.full(y)}, {d.dob_()}, {d.tel_()}. De jongerencoach adviseert een saneringslening van "
        f"{d.amt(1000, 8000)}. " + d.s(d.r.choice(["s_duo", "s_wik", "s_cjib_gijzeling"])) + " " + d.s("s_handle")
    )


@kind("k_envelop")
def _(d):
    d.k("Retour", "afzender", "Postbus")
    return (
        f"Retour afzender: Postbus {d.r.randint(100, 9999)}, {d.kw(d.town)}\n\n{d.caps(d.res, 'full')}\n{d.adres(caps=True)}\n{d.postc()}\n\n"
        + d.s("s_dob_bare")
        + " "
        + " ".join(extras(d, 2))
    )


@kind("k_schuldhulpmaatje_verslag")
def _(d):
    v = d.get("maatje")
    d.k("Verslag", "Schuldhulpmaatje", "kluisje", "bankpas")
    return (
        f"Verslag Schuldhulpmaatje ({d.date()}): {d.first(v)} en {d.first(d.res)} hebben samen de post gesorteerd in een kluisje-systeem. "
        f"De bankpas ligt bij {d.poss(d.res, 'sur')} zus. "
        + d.s("s_tel_mail")
        + " "
        + d.s(d.r.choice(["s_sister_help", "s_neighbour_low", "s_kinderen"]))
    )


@kind("k_coach_rapport")
def _(d):
    d.k("Rapportage", "Budgetbeheer", "beschermingsbewind")
    return (
        f"Rapportage Budgetbeheer — {d.s('s_caps_heading')}\n"
        + d.s("s_coach")
        + " "
        + d.s("s_dob_cue")
        + " "
        + "Advies: beschermingsbewind. "
        + " ".join(extras(d, 1))
        + "\n"
        + d.s("s_handtekening")
    )


# ----------------------------------------------------------------------------------------------- gate and generation


def _words(s):
    return {w.lower() for w in re.split(r"[^\w']+", s) if w and w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes, else the reason."""
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
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {shared} with a name"
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep {k!r} not a whole word"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if "known" in doc:
        if not doc["known"]["names"]:
            return "known without names"
    return None


def build(i: int, r: random.Random):
    known = i % 4 == 1
    d = Doc(r, known=known)
    kname = list(KINDS)[i] if i < len(KINDS) else r.choice(list(KINDS))
    d.shapes.append(kname)
    text = KINDS[kname](d)
    if known:
        extra = d.s("s_known_use") + " " + d.s("s_known_again")
        if d.res.full not in text:
            extra = d.full(d.res) + " meldde zich bij de gemeente. " + extra
        text = text + "\n" + extra
    doc = {"id": f"fresh32a-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [d.res.full]}
        em = [x["text"] for x in d.pii if x["label"] == "EMAIL" and x["text"] == d.cache.get(("mail", d.res.full))]
        ph = [x["text"] for x in d.pii if x["label"] == "PHONE"]
        if em:
            kn["emails"] = em
        if ph:
            kn["phones"] = ph
        doc["known"] = kn
        doc = {"id": doc["id"], "text": text, "known": kn, "pii": d.pii, "keep": d.keep}
    return doc, d.shapes


def generate():
    docs, shapes, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        for attempt in range(200):
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc, used = build(i, r)
            why = gate(doc)
            if why is None:
                break
            redraws += 1
            reasons[why.split(":")[0].split("'")[0]] += 1
        else:
            raise SystemExit(f"document {i} fails its gate: {why}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws, reasons


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws, reasons = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh32a_texts.jsonl is up to date" if same else "fresh32a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        print(f"pii items: {sum(labels.values())}")
        for lab in LABELS:
            print(f"  {lab}: {labels[lab]}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(KINDS) + len(SENTS)} ({len(KINDS)} document kinds, {len(SENTS)} sentence and line shapes)"
        )
        print(f"shapes used: {len(shapes)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups in the name tables: {len(N.ORIGINS)}")
        print(
            f"redraws: {redraws}"
            + (f" ({', '.join(f'{k}: {v}' for k, v in reasons.most_common())})" if redraws else "")
        )
        print(f"all documents pass gate(): {all(gate(d) is None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
