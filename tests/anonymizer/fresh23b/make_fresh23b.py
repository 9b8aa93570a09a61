"""Generator of the blind fresh23b corpus: money trouble (debt counselling, payment arrangements, bailiffs, energy
and water notices, rent arrears, benefit recoveries, budget plans, residents' own messages).

    python tests/anonymizer/fresh23b/make_fresh23b.py            # write fresh23b_texts.jsonl
    python tests/anonymizer/fresh23b/make_fresh23b.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh23b/make_fresh23b.py --stats    # counts per label, shapes, known names, redraws
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
from names23b import CITIES, DUTCH_PARTICLES, KNOWN, ORIGINS, STREET_ROOTS, STREET_SUFFIXES, ascii_low  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 202617102
N_DOCS = 300
OUT = HERE / "fresh23b_texts.jsonl"
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

SHAPES: dict[str, object] = {}  # registered shape name -> function


def shape(name):
    def deco(fn):
        SHAPES[name] = fn
        fn.shape_name = name
        return fn

    return deco


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

ENERGY = ["Vattenfall", "Eneco", "Essent", "Budget Energie", "Greenchoice", "Vandebron", "Energiedirect"]
WATER = ["Vitens", "Evides", "Waternet", "Brabant Water", "Dunea", "Oasen", "WMD Drinkwater"]
HOUSING = [
    "Ymere",
    "Portaal",
    "Woonstad Rotterdam",
    "Vidomes",
    "Mitros",
    "Havensteder",
    "Eigen Haard",
    "Stadgenoot",
    "Woonbedrijf",
    "Parteon",
    "Wonion",
    "Domijn",
]
BAILIFF = ["Flanderijn", "GGN", "Gerechtsdeurwaarders Noord", "Incasso Zuid Gerechtsdeurwaarders", "Vesting Finance"]
CREDITORS = [
    "CJIB",
    "CAK",
    "DUO",
    "Belastingdienst",
    "Ziggo",
    "Odido",
    "Wehkamp",
    "Klarna",
    "Zilveren Kruis",
    "Menzis",
    "VGZ",
    "Waterschap",
    "Afvalstoffenheffing",
    "Intrum",
    "Lowell",
]


# ----------------------------------------------------------------------------------------------- numbers


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def iban(r):
    bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bank}{acct}"


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return bool(re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s)) and int(num) % 97 == 1


def fmt_iban(r, s):
    st = r.random()
    if st < 0.45:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if st < 0.8:
        return s
    if st < 0.9:
        return s.lower()
    return s[:4] + " " + s[4:8] + " " + s[8:]


def fmt_bsn(r, s):
    st = r.random()
    if st < 0.5:
        return s
    if st < 0.75:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def phone(r, mobile=True):
    if mobile:
        n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        st = r.randrange(6)
        return [
            f"06-{n[1:]}",
            f"06 {n[1:5]} {n[5:]}",
            f"+31 6 {n[1:]}",
            f"+31 (0)6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"0031 {n}",
            f"06{n[1:]}",
        ][st]
    area = r.choice(["010", "020", "030", "040", "050", "070", "024", "026", "045", "053", "058", "075", "078"])
    n = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice([f"{area}-{n}", f"({area}) {n[:3]} {n[3:5]} {n[5:]}", f"{area} {n[:3]} {n[3:]}"])


def postcode(r):
    while True:
        pair = r.choice("ABCDEFGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if pair not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(1000, 9999)} {pair}" if r.random() < 0.75 else f"{r.randint(1000, 9999)}{pair}"


def plate(r):
    c = "BDFGHJKLNPRSTVXZ"
    L = lambda n: "".join(r.choice(c) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(2)}-{L(2)}".replace("-", "-", 1),
        ]
    )


def case_number(r):
    y = r.choice(["2025", "2026"])
    yy = y[2:]
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"SHV-{y}-{n(5)}",
            f"GKB {yy}.{n(4)}",
            f"TV-{yy}-{n(5)}",
            f"BBZ.{y}.{n(4)}",
            f"VTA/{yy}/{n(4)}",
            f"KWS-{y}-{n(4)}",
            f"INK/SD/{yy}-{n(4)}",
            f"DOS.{yy}.{n(5)}-SH",
            f"Z{yy}-{n(6)}",
            f"SD{yy}.{n(3)}.{n(3)}",
            f"VS-{n(4)}-{yy}",
            f"WSNP/{y}/{n(3)}",
        ]
    )


def company_ref(r, kind):
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return {
        "klant": f"{n(9)}",
        "contract": f"{n(2)}-{n(6)}",
        "factuur": f"F{n(8)}",
        "huur": f"{n(4)}.{n(3)}.{n(2)}",
        "incasso": f"{n(2)}.{n(3)}.{n(3)}",
        "cjib": f"{n(4)} {n(4)} {n(4)} {n(4)}",
    }[kind]


def eur(r, lo, hi):
    x = r.randint(lo * 100, hi * 100) / 100
    whole, cents = f"{x:.2f}".split(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return f"€ {whole},{cents}"


def odate(r, style=None):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
    st = r.randrange(3) if style is None else style
    return [f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"][st]


def dob(r, year_lo=1950, year_hi=2004):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(year_lo, year_hi)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON3[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{m}-{y}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {MONTHS[m - 1].capitalize()} {y}",
            f"{d}/{m}/'{str(y)[2:]}",
        ]
    )


# ----------------------------------------------------------------------------------------------- persons


class Person:
    def __init__(self, r, origin=None, core=None, particle=None, first=None):
        self.origin = origin or r.choice(list(ORIGINS))
        firsts, pre, roots, sufs, dutch = ORIGINS[self.origin]
        self.first = first or r.choice(firsts)
        if core is None:
            p, root, suf = r.choice(pre), r.choice(roots), r.choice(sufs)
            core = p + (root.capitalize() if p.endswith((" ", "-")) else (root.lower() if p else root)) + suf
            if dutch and particle is None:
                particle = r.choice(DUTCH_PARTICLES) if r.random() < 0.75 else ""
        self.core, self.particle = core, particle or ""

    def relative(self, r):
        """A household member sharing the family name."""
        firsts = ORIGINS[self.origin][0]
        return Person(r, self.origin, self.core, self.particle, r.choice([f for f in firsts if f != self.first]))

    @property
    def mid(self):
        return f"{self.particle} {self.core}" if self.particle else self.core

    def form(self, f):
        ini = self.first[0] + "."
        part = self.particle
        if f == "full":
            return f"{self.first} {self.mid}"
        if f == "first":
            return self.first
        if f == "sur":
            return (part[0].upper() + part[1:] + " " + self.core) if part else self.core
        if f == "init":
            return f"{ini} {self.mid}"
        if f == "caps":
            return f"{self.first} {self.mid}".upper()
        if f == "capsur":
            return self.form("sur").upper()
        if f == "inv":
            return f"{self.core}, {ini}" + (f" {part}" if part else "")
        if f == "invfull":
            return f"{self.core.upper()}, {self.first}" + (f" {part}" if part else "")
        if f == "poss":
            return self.first + ("'" if self.first[-1] in "sxz" else "'s")
        if f == "handle":
            return ascii_low(self.first) + "_" + ascii_low(self.core)[:8]
        if f == "file":
            return ascii_low(self.core) + "-" + ascii_low(self.first)[:1]
        raise KeyError(f)

    def email(self, r):
        f, c, p = ascii_low(self.first), ascii_low(self.core), ascii_low(self.particle)
        local = r.choice([f"{f}.{p}{c}", f"{f[0]}.{p}{c}", f"{f}{c}{r.randint(70, 99)}", f"{c}.{f}", f"{f}_{c[:5]}"])
        return (
            local
            + "@"
            + r.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "live.nl",
                    "icloud.com",
                    "hotmail.nl",
                ]
            )
        )

    def work_email(self, r, domain):
        return f"{ascii_low(self.first)[0]}.{ascii_low(self.particle)}{ascii_low(self.core)}@{domain}"


# ----------------------------------------------------------------------------------------------- document builder


class D:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii, self.keep, self.shapes = [], [], []
        self.seen = set()

    def p(self, text, label):
        if (text, label) not in self.seen:
            self.seen.add((text, label))
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, w):
        if w not in self.keep:
            self.keep.append(w)
        return w

    def n(self, person, form="full"):
        return self.p(person.form(form), "PERSON")

    def sh(self, name):
        if name not in self.shapes:
            self.shapes.append(name)


class Ctx:
    """Everything one document may mention about one household and the people around it."""

    def __init__(self, r, known):
        self.known = known
        if known:
            word, parts, sent = known
            self.res = Person(r, r.choice(["Nederlands"] * 3 + list(ORIGINS)), word, r.choice(parts))
            if self.res.origin not in ("Nederlands", "Fries", "Vlaams"):
                self.res.first = r.choice(ORIGINS[self.res.origin][0])
        else:
            self.res = Person(r)
        self.partner = Person(r, self.res.origin if r.random() < 0.6 else None)
        self.kids = [self.res.relative(r) for _ in range(r.randint(1, 3))]
        self.neighbour = Person(r)
        self.counsellor, self.coach, self.staff, self.bailiff = Person(r), Person(r), Person(r), Person(r)
        self.official, self.mediator, self.housing = Person(r), Person(r), Person(r)
        self.street = r.choice(STREET_ROOTS) + r.choice(STREET_SUFFIXES)
        self.nr = r.choice(
            [
                str(r.randint(1, 180)),
                f"{r.randint(1, 90)}-{r.randint(1, 3)}",
                f"{r.randint(1, 60)} A",
                f"{r.randint(1, 99)}bis",
                f"{r.randint(100, 240)}-II",
                f"{r.randint(2, 70)}b",
            ]
        )
        self.pc, self.city = postcode(r), r.choice(CITIES)
        self.phone, self.phone2 = phone(r), phone(r, mobile=r.random() < 0.5)
        self.email = self.res.email(r)
        self.bsn, self.bsn2 = bsn(r), bsn(r)
        self.iban = iban(r)
        self.dob, self.dob2 = dob(r), dob(r)
        self.kid_dobs = [dob(r, 2006, 2022) for _ in self.kids]
        self.case, self.case2 = case_number(r), case_number(r)
        self.plate = plate(r)
        self.energy, self.water, self.housing_org = r.choice(ENERGY), r.choice(WATER), r.choice(HOUSING)
        self.bailiff_org = r.choice(BAILIFF)
        self.area = r.choice(["010", "020", "030", "040", "050", "070", "024", "026", "045", "053", "058", "075"])


# ----------------------------------------------------------------------------------------------- shapes


def addr(d, c, caps=False):
    a = f"{c.street} {c.nr}"
    return d.p(a.upper() if caps else a, "ADDRESS")


@shape("line:intake-fields")
def s_intake_fields(d, c, r):
    return "\n".join(
        [
            f"Naam aanvrager: {d.n(c.res, r.choice(['full', 'inv']))}",
            f"{d.k('Geboortedatum')}: {d.p(c.dob, 'DATE_OF_BIRTH')}",
            f"BSN: {d.p(fmt_bsn(r, c.bsn), 'BSN')}",
            f"Adres: {addr(d, c)}, {d.p(c.pc, 'POSTCODE')} {d.k(c.city)}",
            f"Telefoon: {d.p(c.phone, 'PHONE')}",
            f"E-mail: {d.p(c.email, 'EMAIL')}",
        ]
    )


@shape("line:household-table")
def s_household(d, c, r):
    rows = [
        f"{d.k('Gezinssamenstelling')}:",
        "| naam | relatie | geboren |",
        "|---|---|---|",
        f"| {d.n(c.res, 'inv')} | aanvrager | {d.p(c.dob, 'DATE_OF_BIRTH')} |",
        f"| {d.n(c.partner, 'inv')} | partner | {d.p(c.dob2, 'DATE_OF_BIRTH')} |",
    ]
    for kid, kd in zip(c.kids, c.kid_dobs, strict=False):
        rows.append(f"| {d.n(kid, 'inv')} | kind | {d.p(kd, 'DATE_OF_BIRTH')} |")
    return "\n".join(rows)


@shape("line:creditor-table")
def s_creditors(d, c, r):
    cr = r.sample(CREDITORS, r.randint(3, 5)) + [c.energy, c.housing_org]
    rows = [f"{d.k('Schuldeiser')} | referentie | {d.k('openstaand')} | aanbod p/m"]
    tot = 0
    for name in cr:
        amt = r.randint(80, 4200)
        tot += amt
        rows.append(
            f"{d.k(name)} | {company_ref(r, r.choice(['klant', 'contract', 'factuur', 'incasso']))} | "
            f"€ {amt},00 | € {max(5, amt // 60)},00"
        )
    rows.append(f"{d.k('Totaal')} | | {d.k(f'€ {tot:,}'.replace(',', '.') + ',00')} |")
    return "\n".join(rows)


@shape("line:budget-lines")
def s_budget(d, c, r):
    inc = eur(r, 1100, 1900)
    return "\n".join(
        [
            f"{d.k('Inkomsten')}: uitkering {d.k('Participatiewet')} {d.k(inc)}, kindgebonden budget "
            f"{eur(r, 150, 420)}",
            f"{d.k('Vaste lasten')}: huur {d.k(eur(r, 520, 890))}, energie "
            f"{eur(r, 140, 310)}, water {eur(r, 20, 45)}, zorgverzekering {eur(r, 120, 290)}",
            f"{d.k('Leefgeld')} per week: {eur(r, 45, 110)}",
        ]
    )


@shape("sent:counsellor-intro")
def s_counsellor_intro(d, c, r):
    return (
        f"{d.k('Schuldhulpverlener')} {d.n(c.counsellor)} van het team {d.k('Schuldhulpverlening')} van "
        f"{d.k('Gemeente')} {d.k(c.city)} voert het dossier {d.p(c.case, 'CASE_NUMBER')}."
    )


@shape("sent:arrangement")
def s_arrangement(d, c, r):
    return (
        f"{d.k('Met')} {d.k(c.energy)} is een {d.k('betalingsregeling')} afgesproken van {d.k(eur(r, 25, 90))} "
        f"per maand vanaf {d.k(odate(r, 0))}."
    )


@shape("sent:bailiff-garnish")
def s_garnish(d, c, r):
    return (
        f"{d.k(c.bailiff_org)} heeft op {d.k(odate(r, 0))} {d.k('beslag')} gelegd op rekening "
        f"{d.p(fmt_iban(r, c.iban), 'IBAN')} van {d.n(c.res, r.choice(['full', 'init']))}."
    )


@shape("sent:bailiff-car")
def s_car(d, c, r):
    return (
        f"{d.k('Daarnaast')} is {d.k('beslag')} aangekondigd op de auto met kenteken "
        f"{d.p(c.plate, 'LICENSE_PLATE')}, getaxeerd op {d.k(eur(r, 400, 3500))}."
    )


@shape("sent:beslagvrije-voet")
def s_bvv(d, c, r):
    return (
        f"{d.k('Volgens')} de berekening is de {d.k('beslagvrije voet')} {d.k(eur(r, 1100, 1700))}; "
        f"{d.n(c.res, 'sur')} vindt dat te laag."
    )


@shape("sent:energy-cutoff")
def s_cutoff(d, c, r):
    return (
        f"{d.k(c.energy)} kondigt afsluiting aan op {d.k(odate(r, 0))} wegens een achterstand van "
        f"{d.k(eur(r, 300, 1800))} op het adres {addr(d, c)}."
    )


@shape("sent:water-notice")
def s_water(d, c, r):
    return (
        f"{d.k(c.water)} meldt dat de waterlevering aan {addr(d, c)} in {d.p(c.pc, 'POSTCODE')} "
        f"{d.k(c.city)} wordt beperkt als {d.k(eur(r, 80, 400))} niet voor {d.k(odate(r, 0))} is betaald."
    )


@shape("sent:rent-arrears")
def s_rent(d, c, r):
    return (
        f"{d.k('Woonconsulent')} {d.n(c.housing)} van {d.k(c.housing_org)} schrijft dat de huurachterstand "
        f"is opgelopen tot {d.k(eur(r, 900, 4800))}, {d.k('drie maanden')} huur."
    )


@shape("sent:recovery")
def s_recovery(d, c, r):
    return (
        f"{d.k('Het')} team {d.k('Terugvordering')} vordert {d.k(eur(r, 400, 9000))} aan bijstand terug onder "
        f"zaaknummer {d.p(c.case2, 'CASE_NUMBER')}, omdat inkomsten van {d.n(c.partner)} niet waren gemeld."
    )


@shape("sent:resident-own")
def s_own(d, c, r):
    return (
        f"{d.k('Ik')} ben {d.n(c.res, 'first')} en ik schaam me. {d.k('Sinds')} mijn uren zijn verminderd, "
        f"lukt het niet meer om de {d.k('huur')} te betalen."
    )


@shape("sent:resident-partner")
def s_partner(d, c, r):
    return (
        f"{d.k('Mijn')} man {d.n(c.partner, 'first')} wil niet dat ik hulp vraag, maar {d.n(c.partner, 'poss')} "
        f"{d.k('loon')} komt pas op de {r.randint(20, 28)}e binnen."
    )


@shape("sent:kids")
def s_kids(d, c, r):
    k = c.kids[0]
    return (
        f"{d.k('Onze')} {d.k('zoon')} {d.n(k)} (geboren {d.p(c.kid_dobs[0], 'DATE_OF_BIRTH')}) heeft "
        f"schoolspullen nodig; de {d.k('Stichting Leergeld')} helpt misschien."
    )


@shape("sent:neighbour")
def s_neighbour(d, c, r):
    return (
        f"{d.k('Buurvrouw')} {d.n(c.neighbour)} van nummer {r.randint(1, 99)} brengt de post van "
        f"{d.n(c.res, 'sur')} naar de {d.k('Formulierenbrigade')}."
    )


@shape("sent:mediator")
def s_mediator(d, c, r):
    return (
        f"{d.k('Bemiddelaar')} {d.n(c.mediator)} van {d.k('Verzoek tot Afstemming')} legt de vraag voor aan "
        f"{d.k('klantmanager')} {d.n(c.official)} van de afdeling {d.k('Inkomen')}."
    )


@shape("sent:mediator-agreement")
def s_agreement(d, c, r):
    return (
        f"{d.k('Afspraak')}: {d.n(c.official, 'sur')} zet de {d.k('terugvordering')} stil tot "
        f"{d.k(odate(r, 0))}; {d.n(c.mediator, 'first')} belt {d.n(c.res, 'sur')} daarna."
    )


@shape("sent:phone-call")
def s_phonecall(d, c, r):
    return (
        f"{d.k('Telefonisch')} contact op {d.k(DAYS[r.randrange(5)])} met {d.n(c.res, 'init')} via "
        f"{d.p(c.phone, 'PHONE')}: {d.k('geen')} gehoor, voicemail ingesproken."
    )


@shape("sent:email-reply")
def s_emailreply(d, c, r):
    dom = r.choice(["schuldhulp", "inkomen", "sociaal"]) + "." + ascii_low(c.city) + ".nl"
    return (
        f"{d.k('Antwoord')} graag naar {d.p(c.counsellor.work_email(r, dom), 'EMAIL')} of via het algemene "
        f"nummer {d.k('14 ' + c.area)}."
    )


@shape("sent:generic-contact")
def s_generic(d, c, r):
    return (
        f"{d.k('Vragen')}? {d.k('Mail')} {d.k('info@' + ascii_low(c.city) + '.nl')} of bel {d.k('14 ' + c.area)} "
        f"op werkdagen tussen {d.k('9.00')} en {d.k('17.00')} uur."
    )


@shape("sent:toeslagen")
def s_toeslagen(d, c, r):
    return (
        f"{d.k('Dienst Toeslagen')} vordert {d.k(eur(r, 200, 3200))} {d.k('huurtoeslag')} terug over "
        f"{d.k('2025')}; {d.n(c.res, 'full')} ({d.k('BSN')} {d.p(fmt_bsn(r, c.bsn), 'BSN')}) vraagt uitstel."
    )


@shape("sent:dob-cue-geb")
def s_dobgeb(d, c, r):
    return f"{d.k('Betreft')}: {d.n(c.res, 'full')}, geb. {d.p(c.dob, 'DATE_OF_BIRTH')}, {addr(d, c)}."


@shape("sent:dob-nocue")
def s_dobnocue(d, c, r):
    return (
        f"{d.n(c.partner, 'full')} ({d.p(c.dob2, 'DATE_OF_BIRTH')}) staat mede op het huurcontract; "
        f"{d.k('Huurcontract')} nummer {company_ref(r, 'huur')}."
    )


@shape("sent:cjib")
def s_cjib(d, c, r):
    return (
        f"{d.k('Het')} {d.k('CJIB')} stuurde een {d.k('aanmaning')} voor een verkeersboete met kenteken "
        f"{d.p(c.plate, 'LICENSE_PLATE')}; betalingskenmerk {company_ref(r, 'cjib')}, bedrag {d.k(eur(r, 90, 480))}."
    )


@shape("sent:cak")
def s_cak(d, c, r):
    return (
        f"{d.k('Het')} {d.k('CAK')} heeft {d.n(c.res, 'init')} aangemeld als wanbetaler; de bestuursrechtelijke "
        f"premie is {d.k(eur(r, 150, 190))} per maand."
    )


@shape("sent:moratorium")
def s_moratorium(d, c, r):
    return (
        f"{d.k('Wij')} vragen een {d.k('moratorium')} van zes maanden aan bij de rechtbank voor "
        f"{d.n(c.res, 'full')}, {d.k(addr(d, c) and 'wonende')} aan de {d.p(c.street, 'ADDRESS')}."
    )


@shape("sent:wsnp")
def s_wsnp(d, c, r):
    return (
        f"{d.k('Het')} verzoek tot toelating tot de {d.k('Wsnp')} voor {d.n(c.res, 'capsur')} is ingediend "
        f"onder {d.p(c.case, 'CASE_NUMBER')} na een mislukt {d.k('minnelijk traject')}."
    )


@shape("sent:vroegsignalering")
def s_vroeg(d, c, r):
    return (
        f"{d.k('Vroegsignalering')}: {d.k(c.housing_org)}, {d.k(c.energy)} en {d.k(c.water)} meldden in "
        f"{d.k(MONTHS[r.randrange(12)])} betalingsachterstanden bij {addr(d, c)}; {d.n(c.coach)} ging langs."
    )


@shape("sent:coach-visit")
def s_coach(d, c, r):
    return (
        f"{d.k('Budgetcoach')} {d.n(c.coach)} van {d.k('Schuldhulpmaatje')} heeft samen met "
        f"{d.n(c.res, 'first')} alle enveloppen geopend en gesorteerd."
    )


@shape("sent:budgetbeheer")
def s_bb(d, c, r):
    return (
        f"{d.k('Budgetbeheer')} betaalt vanaf rekening {d.p(fmt_iban(r, c.iban), 'IBAN')} de vaste lasten; "
        f"{d.n(c.res, 'sur')} krijgt {d.k(eur(r, 50, 120))} leefgeld per week."
    )


@shape("sent:kwijtschelding")
def s_kwijt(d, c, r):
    return (
        f"{d.k('Kwijtschelding')} van de gemeentelijke belastingen ({d.k(eur(r, 300, 900))}) is toegekend onder "
        f"{d.p(c.case2, 'CASE_NUMBER')}."
    )


@shape("sent:noodfonds")
def s_noodfonds(d, c, r):
    return (
        f"{d.k('Uit')} het {d.k('Noodfonds Energie')} kreeg het huishouden in {d.k(MONTHS[r.randrange(12)])} "
        f"{d.k(eur(r, 60, 200))} per maand."
    )


@shape("sent:email-forward")
def s_forward(d, c, r):
    return (
        f"{d.k('Doorgestuurd')} bericht van {d.p(c.email, 'EMAIL')} aan {d.n(c.counsellor, 'init')}: "
        f"„{d.k('Bijgaand')} de brieven van {d.k(c.bailiff_org)}.”"
    )


@shape("sent:attachment-file")
def s_file(d, c, r):
    return f"{d.k('Bijlage')}: budgetplan-{d.n(c.res, 'file')}-{d.k('2026')}.pdf en {d.k('inkomensverklaring')}.jpg"


@shape("sent:whatsapp-handle")
def s_handle(d, c, r):
    return (
        f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}] @{d.n(c.res, 'handle')}: {d.k('Hoi')}, de "
        f"{d.k('deurwaarder')} stond weer voor de deur 😟"
    )


@shape("sent:whatsapp-reply")
def s_wreply(d, c, r):
    return (
        f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}] {d.n(c.counsellor, 'first')} "
        f"({d.k('Schuldhulp')}): {d.k('Niet')} opendoen is geen oplossing, {d.n(c.res, 'first')}. "
        f"{d.k('Stuur')} een foto van de brief."
    )


@shape("sent:header-caps")
def s_header_caps(d, c, r):
    return f"{d.n(c.res, 'caps')}\n{addr(d, c, caps=True)}\n{d.p(c.pc, 'POSTCODE')}  {d.k(c.city.upper())}"


@shape("sent:header-invfull")
def s_header_inv(d, c, r):
    return f"{d.k('Debiteur')}: {d.n(c.res, 'invfull')} — {d.k('geboortedatum')} {d.p(c.dob, 'DATE_OF_BIRTH')}"


@shape("sent:dob-born-on")
def s_bornon(d, c, r):
    return (
        f"{d.n(c.res, 'sur')} is geboren op {d.p(c.dob, 'DATE_OF_BIRTH')} en is daarmee geen jongere meer "
        f"in de zin van de {d.k('Jongerenregeling')}."
    )


@shape("sent:dob-star")
def s_dobstar(d, c, r):
    return (
        f"{d.k('Aanvrager')}: {d.n(c.res, 'init')} (* {d.p(c.dob, 'DATE_OF_BIRTH')}); partner: "
        f"{d.n(c.partner, 'init')} (* {d.p(c.dob2, 'DATE_OF_BIRTH')})."
    )


@shape("sent:partner-email")
def s_pemail(d, c, r):
    em = c.partner.email(r)
    return (
        f"{d.k('Ook')} {d.n(c.partner)} wil meelezen via {d.p(em, 'EMAIL')}; {d.k('toestemming')} is "
        f"getekend op {d.k(odate(r, 1))}."
    )


@shape("sent:landline")
def s_landline(d, c, r):
    return f"{d.k('Vaste')} telefoon {d.n(c.res, 'sur')}: {d.p(c.phone2, 'PHONE')}, liefst na {d.k('15.00')} uur."


@shape("sent:staff-signoff")
def s_signoff(d, c, r):
    return f"{d.k('Met')} vriendelijke groet,\n{d.n(c.staff)}\n{d.k('Debiteurenbeheer')} {d.k(c.energy)}"


@shape("sent:bailiff-signoff")
def s_bsign(d, c, r):
    return f"{d.k('Hoogachtend')},\n{d.n(c.bailiff, 'init')}, {d.k('gerechtsdeurwaarder')}\n{d.k(c.bailiff_org)}"


@shape("sent:housing-signoff")
def s_hsign(d, c, r):
    return f"{d.k('Groet')},\n{d.n(c.housing)}\n{d.k('Team Huurincasso')}, {d.k(c.housing_org)}"


@shape("sent:official-signoff")
def s_osign(d, c, r):
    return (
        f"{d.n(c.official)}\n{d.k('Klantmanager')} {d.k('Terugvordering en Verhaal')}\n{d.k('Gemeente')} {d.k(c.city)}"
    )


@shape("sent:case-journal")
def s_journal(d, c, r):
    return "\n".join(
        [
            f"{d.k(odate(r, 1))} — {d.k('Intake')} met {d.n(c.res, 'full')}; {d.k('stukken')} compleet.",
            f"{d.k(odate(r, 1))} — {d.k('Schuldeisers')} aangeschreven, {d.k('saldo')}-opgaven gevraagd.",
            f"{d.k(odate(r, 1))} — {d.n(c.counsellor, 'first')}: {d.k('gesprek')} met "
            f"{d.n(c.res, 'sur')} en {d.n(c.partner, 'first')}.",
        ]
    )


@shape("sent:subject-line")
def s_subject(d, c, r):
    return f"{d.k('Onderwerp')}: {d.k('huurachterstand')} {addr(d, c)} — uw dossier {d.p(c.case, 'CASE_NUMBER')}"


@shape("sent:salutation-sur")
def s_sal(d, c, r):
    return f"{d.k('Geachte')} {r.choice(['mevrouw', 'heer', 'mevrouw/meneer'])} {d.n(c.res, 'sur')},"


@shape("sent:salutation-first")
def s_salf(d, c, r):
    return f"{d.k('Beste')} {d.n(c.res, 'first')},"


@shape("sent:collection-costs")
def s_costs(d, c, r):
    return (
        f"{d.k('Bovenop')} de hoofdsom van {d.k(eur(r, 100, 900))} komen {d.k('incassokosten')} van "
        f"{d.k(eur(r, 40, 140))} en wettelijke rente; totaal te voldoen vóór {d.k(odate(r, 0))}."
    )


@shape("sent:dispute")
def s_dispute(d, c, r):
    return (
        f"{d.n(c.res, 'full')} betwist de {d.k('eindafrekening')} van {d.k(c.energy)}: de meterstand van "
        f"{d.k(odate(r, 0))} klopt volgens {d.k('haar') if r.random() < 0.5 else d.k('hem')} niet."
    )


@shape("sent:kid-possessive")
def s_kidposs(d, c, r):
    k = c.kids[-1]
    return (
        f"{d.n(k, 'poss')} {d.k('schoolreis')} ({d.k(eur(r, 40, 160))}) is betaald uit het "
        f"{d.k('Kindpakket')}; {d.n(k)} staat ingeschreven als kind van {d.n(c.res, 'init')}."
    )


@shape("sent:kid-dob-list")
def s_kiddob(d, c, r):
    parts = [f"{d.n(k, 'first')} ({d.p(kd, 'DATE_OF_BIRTH')})" for k, kd in zip(c.kids, c.kid_dobs, strict=False)]
    return f"{d.k('Thuiswonende')} kinderen: " + ", ".join(parts) + "."


@shape("sent:iban-refund")
def s_refund(d, c, r):
    return (
        f"{d.k('Het')} tegoed van {d.k(eur(r, 20, 300))} wordt teruggestort op {d.p(fmt_iban(r, c.iban), 'IBAN')} "
        f"ten name van {d.n(c.res, 'init')}."
    )


@shape("sent:address-alone")
def s_street(d, c, r):
    return (
        f"{d.k('Sinds')} de verhuizing naar de {d.p(c.street, 'ADDRESS')} in {d.k(c.city)} loopt de "
        f"{d.k('voorschotnota')} achter."
    )


@shape("sent:postcode-compact")
def s_pcline(d, c, r):
    pc = d.p(c.pc.replace(" ", ""), "POSTCODE")
    return f"{d.k('Correspondentieadres')}: {addr(d, c)}, {pc} {d.k(c.city)}."


@shape("sent:official-dept")
def s_official(d, c, r):
    return (
        f"{d.k('Beleidsmedewerker')} {d.n(c.official)} van {d.k('Werk en Inkomen')} bevestigt dat de "
        f"{d.k('bijzondere bijstand')} voor de {d.k('wasmachine')} is toegekend."
    )


@shape("sent:official-email")
def s_offmail(d, c, r):
    dom = ascii_low(c.city) + ".nl"
    return (
        f"{d.k('Reacties')} naar {d.p(c.official.work_email(r, dom), 'EMAIL')} of via {d.k('Mijn')} "
        f"{d.k('Loket')} onder vermelding van {d.p(c.case2, 'CASE_NUMBER')}."
    )


@shape("sent:resident-apology")
def s_apology(d, c, r):
    return (
        f"{d.k('Sorry')} dat ik niet reageerde op de brief van {d.k(odate(r, 0))}. {d.k('Ik')} was opgenomen in "
        f"het {d.k('ziekenhuis')} en {d.n(c.kids[0], 'first')} heeft de post bewaard."
    )


@shape("sent:resident-question")
def s_rquestion(d, c, r):
    return (
        f"{d.k('Kan')} ik de {d.k('betalingsregeling')} met {d.k(c.housing_org)} aanpassen naar "
        f"{d.k(eur(r, 30, 80))}? {d.k('Groetjes')}, {d.n(c.res, 'first')}"
    )


@shape("sent:control-question")
def s_control(d, c, r):
    return (
        f"{d.k('Controlevraag')} aan {d.n(c.res, 'sur')}: is alles besproken? {d.k('Antwoord')}: "
        f"„{d.k('Ja')}, alleen de {d.k('zorgverzekering')} nog niet.”"
    )


@shape("sent:staff-phone")
def s_staffphone(d, c, r):
    return (
        f"{d.k('Voor')} vragen kunt u {d.n(c.staff, 'first')} rechtstreeks bellen op {d.p(phone(r, False), 'PHONE')}"
        f" of {d.k('klantenservice')} via {d.k('0800-' + str(r.randint(1000, 9999)))}."
    )


@shape("sent:bsn-dob-combo")
def s_combo(d, c, r):
    return (
        f"{d.k('Persoonsgegevens')} gecontroleerd: BSN {d.p(fmt_bsn(r, c.bsn), 'BSN')}, "
        f"{d.k('geb.datum')} {d.p(c.dob, 'DATE_OF_BIRTH')}, {d.k('ID-kaart')} geldig."
    )


@shape("sent:partner-bsn")
def s_pbsn(d, c, r):
    return (
        f"{d.k('Partner')} {d.n(c.partner, 'init')} heeft BSN {d.p(fmt_bsn(r, c.bsn2), 'BSN')} en werkt "
        f"via een {d.k('uitzendbureau')}."
    )


@shape("sent:deadline")
def s_deadline(d, c, r):
    return (
        f"{d.k('Reageert')} u niet vóór {d.k(odate(r, 0))}, dan volgt een {d.k('dagvaarding')} bij de "
        f"{d.k('kantonrechter')}."
    )


@shape("sent:eviction")
def s_evict(d, c, r):
    return (
        f"{d.k('De')} ontruiming van {addr(d, c)} is gepland op {d.k(odate(r, 0))}; {d.n(c.housing, 'sur')} "
        f"wil die nog voorkomen met een {d.k('tweede kans')}-afspraak."
    )


@shape("sent:partner-income")
def s_pincome(d, c, r):
    return (
        f"{d.n(c.partner, 'poss')} {d.k('inkomsten')} uit {d.k('schoonmaakwerk')} ({d.k(eur(r, 200, 700))} "
        f"per maand) zijn niet opgegeven bij {d.k('Werk en Inkomen')}."
    )


@shape("sent:cc-line")
def s_cc(d, c, r):
    return f"{d.k('Kopie')} aan: {d.n(c.counsellor, 'init')} ({d.k('Schuldhulpverlening')}), {d.n(c.mediator, 'init')}"


@shape("sent:mediator-note")
def s_mnote(d, c, r):
    return (
        f"{d.k('Notitie')} {d.n(c.mediator, 'first')}: {d.n(c.res, 'sur')} voelt zich van het kastje naar de "
        f"muur gestuurd tussen {d.k('Toeslagen')} en de {d.k('Kredietbank')}."
    )


@shape("sent:resident-caps-sur")
def s_capsur(d, c, r):
    return f"{d.k('AAN')}: FAMILIE {d.n(c.res, 'capsur')}, {addr(d, c, caps=True)}"


@shape("sent:wage-garnish")
def s_wage(d, c, r):
    return (
        f"{d.k('Loonbeslag')} bij de werkgever van {d.n(c.partner)} is opgeheven per {d.k(odate(r, 0))} "
        f"na bemiddeling door {d.n(c.counsellor, 'sur')}."
    )


@shape("sent:water-leak")
def s_wleak(d, c, r):
    return (
        f"{d.k('Na')} een lekkage werd het verbruik op {d.k(c.water)}-aansluiting {company_ref(r, 'klant')} "
        f"geschat op {d.k(str(r.randint(90, 400)) + ' m³')}."
    )


@shape("sent:debt-total")
def s_total(d, c, r):
    return (
        f"{d.k('De')} totale schuld van {d.n(c.res, 'sur')} en {d.n(c.partner, 'sur')} bedraagt "
        f"{d.k(eur(r, 4000, 48000))} bij {d.k(str(r.randint(6, 19)) + ' schuldeisers')}."
    )


@shape("sent:known-ordinary")
def s_known(d, c, r):
    word, _, sent = c.known
    d.k(word.lower())
    return sent.format(w=word.lower())


@shape("sent:resident-named")
def s_named(d, c, r):
    return f"{d.k('Inwoner')}: {d.n(c.res)}, sinds {d.k(odate(r, 0))} bekend bij het {d.k('Sociaal Wijkteam')}."


DOC_KINDS = {}


def doc_kind(name, head, body, tail, nbody=(3, 5)):
    DOC_KINDS[name] = (head, body, tail, nbody)


B = SHAPES  # short alias
doc_kind(
    "doc:intake-form",
    ["line:intake-fields"],
    [
        "line:household-table",
        "sent:counsellor-intro",
        "line:budget-lines",
        "sent:partner-bsn",
        "sent:kid-dob-list",
        "sent:landline",
        "sent:debt-total",
    ],
    ["sent:cc-line"],
)
doc_kind(
    "doc:budget-plan",
    ["sent:header-invfull"],
    [
        "line:creditor-table",
        "line:budget-lines",
        "sent:budgetbeheer",
        "sent:arrangement",
        "sent:noodfonds",
        "sent:debt-total",
    ],
    ["sent:attachment-file"],
)
doc_kind(
    "doc:bailiff-letter",
    ["sent:header-caps"],
    [
        "sent:bailiff-garnish",
        "sent:bailiff-car",
        "sent:collection-costs",
        "sent:deadline",
        "sent:beslagvrije-voet",
        "sent:dob-cue-geb",
    ],
    ["sent:bailiff-signoff"],
)
doc_kind(
    "doc:energy-notice",
    ["sent:salutation-sur"],
    [
        "sent:energy-cutoff",
        "sent:noodfonds",
        "sent:dispute",
        "sent:staff-phone",
        "sent:arrangement",
        "sent:iban-refund",
    ],
    ["sent:staff-signoff"],
)
doc_kind(
    "doc:water-notice",
    ["sent:resident-caps-sur"],
    ["sent:water-notice", "sent:water-leak", "sent:collection-costs", "sent:iban-refund", "sent:postcode-compact"],
    ["sent:generic-contact"],
)
doc_kind(
    "doc:rent-arrears",
    ["sent:subject-line", "sent:salutation-sur"],
    ["sent:rent-arrears", "sent:eviction", "sent:deadline", "sent:dob-nocue", "sent:address-alone"],
    ["sent:housing-signoff"],
)
doc_kind(
    "doc:benefit-recovery",
    ["sent:dob-cue-geb"],
    ["sent:recovery", "sent:partner-income", "sent:partner-bsn", "sent:official-email", "sent:bsn-dob-combo"],
    ["sent:official-signoff"],
)
doc_kind(
    "doc:whatsapp",
    ["sent:whatsapp-handle"],
    ["sent:whatsapp-reply", "sent:resident-question", "sent:resident-apology", "sent:kids", "sent:resident-own"],
    [],
    nbody=(2, 4),
)
doc_kind(
    "doc:resident-email",
    ["sent:salutation-first"],
    [
        "sent:resident-own",
        "sent:resident-partner",
        "sent:kids",
        "sent:resident-apology",
        "sent:landline",
        "sent:partner-email",
    ],
    ["sent:resident-question"],
)
doc_kind(
    "doc:case-journal",
    ["sent:counsellor-intro"],
    ["sent:case-journal", "sent:phone-call", "sent:coach-visit", "sent:wage-garnish", "sent:cak", "sent:cjib"],
    ["sent:email-reply"],
)
doc_kind(
    "doc:mediation-record",
    ["sent:mediator"],
    ["sent:mediator-agreement", "sent:mediator-note", "sent:recovery", "sent:toeslagen", "sent:control-question"],
    ["sent:generic-contact"],
)
doc_kind(
    "doc:moratorium-request",
    ["sent:header-invfull"],
    ["sent:moratorium", "sent:eviction", "sent:energy-cutoff", "sent:dob-star", "sent:debt-total"],
    ["sent:cc-line"],
)
doc_kind(
    "doc:early-warning-report",
    ["sent:vroegsignalering"],
    ["sent:coach-visit", "sent:neighbour", "sent:kids", "sent:noodfonds", "sent:landline"],
    ["sent:email-reply"],
)
doc_kind(
    "doc:toeslagen-letter",
    ["sent:salutation-sur"],
    ["sent:toeslagen", "sent:iban-refund", "sent:kid-possessive", "sent:bsn-dob-combo"],
    ["sent:generic-contact"],
)
doc_kind(
    "doc:phone-note",
    ["sent:phone-call"],
    ["sent:resident-partner", "sent:cak", "sent:beslagvrije-voet", "sent:dob-born-on", "sent:wage-garnish"],
    ["sent:email-reply"],
)
doc_kind(
    "doc:household-overview",
    ["line:household-table"],
    ["sent:kid-possessive", "sent:partner-income", "sent:address-alone", "sent:postcode-compact"],
    ["sent:cc-line"],
)
doc_kind(
    "doc:wsnp-request",
    ["sent:wsnp"],
    ["line:creditor-table", "sent:dob-star", "sent:bsn-dob-combo", "sent:moratorium"],
    ["sent:cc-line"],
)
doc_kind(
    "doc:tax-waiver",
    ["sent:dob-cue-geb"],
    ["sent:kwijtschelding", "line:budget-lines", "sent:official-dept", "sent:official-email"],
    ["sent:official-signoff"],
)
doc_kind(
    "doc:budget-statement",
    ["sent:header-caps"],
    ["sent:budgetbeheer", "sent:iban-refund", "sent:cjib", "sent:noodfonds", "sent:kid-possessive"],
    ["sent:attachment-file"],
)
doc_kind(
    "doc:neighbour-letter",
    ["sent:neighbour"],
    ["sent:resident-own", "sent:address-alone", "sent:kids", "sent:control-question"],
    ["sent:generic-contact"],
)
doc_kind(
    "doc:objection-draft",
    ["sent:subject-line"],
    ["sent:recovery", "sent:dob-born-on", "sent:partner-income", "sent:email-forward", "sent:official-dept"],
    ["sent:cc-line"],
)
doc_kind(
    "doc:forwarded-mail",
    ["sent:email-forward"],
    ["sent:bailiff-garnish", "sent:collection-costs", "sent:resident-question", "sent:attachment-file"],
    ["sent:email-reply"],
)
doc_kind(
    "doc:cak-notice",
    ["sent:header-invfull"],
    ["sent:cak", "sent:bsn-dob-combo", "sent:iban-refund", "sent:deadline"],
    ["sent:generic-contact"],
)
doc_kind(
    "doc:fine-notice",
    ["sent:resident-caps-sur"],
    ["sent:cjib", "sent:bailiff-car", "sent:collection-costs", "sent:dob-cue-geb"],
    ["sent:bailiff-signoff"],
)


def make_doc(i, rs):
    r = random.Random(rs)
    known = KNOWN[(i // 4) % len(KNOWN)] if i % 4 == 1 else None
    c = Ctx(r, known)
    d = D(r, i)
    kind = sorted(DOC_KINDS)[i % len(DOC_KINDS)] if r.random() < 0.5 else r.choice(sorted(DOC_KINDS))
    head, body, tail, (lo, hi) = DOC_KINDS[kind]
    d.sh(kind)
    picks = list(head) + r.sample(body, min(len(body), r.randint(lo, hi))) + list(tail)
    if known and "sent:known-ordinary" not in picks:
        picks.insert(r.randint(len(head), len(picks) - 1), "sent:known-ordinary")
    parts = []
    for name in picks:
        d.sh(name)
        parts.append(SHAPES[name](d, c, r))
    if known and c.res.form("full") not in "\n".join(parts):
        d.sh("sent:resident-named")
        parts.insert(len(head), SHAPES["sent:resident-named"](d, c, r))
    sep = (
        "\n"
        if kind in ("doc:whatsapp", "doc:intake-form", "doc:budget-plan", "doc:case-journal")
        else r.choice(["\n", " ", "\n\n"])
    )
    doc = {"id": f"fresh23b-{i:04d}", "text": sep.join(parts), "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [c.res.form("full")]}
        if c.email in doc["text"]:
            kn["emails"] = [c.email]
        if c.phone in doc["text"]:
            kn["phones"] = [c.phone]
        doc = {"id": doc["id"], "text": doc["text"], "known": kn, "pii": d.pii, "keep": d.keep}
    return doc, d.shapes


def _name_words(s):
    return {w.lower() for w in re.findall(r"[\w'’-]+", s) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than five keep words"
    known_words = set()
    if "known" in doc:
        for nm in doc["known"]["names"]:
            known_words |= _name_words(nm)
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= {w.strip(".,'’") for w in _name_words(item["text"])}
    names.discard("")
    for k in doc["keep"]:
        if k == k.lower() and k in known_words:
            continue
        common = _name_words(k) & names
        if common:
            return f"keep {k!r} shares {sorted(common)} with a name"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = make_doc(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(doc)}")
            doc, sh = make_doc(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh23b_texts.jsonl is up to date" if same else "fresh23b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = [s for s in shapes if s.startswith("doc:")]
        print(
            f"shapes used: {len(shapes)} of {len(SHAPES) + len(DOC_KINDS)} registered "
            f"({len(kinds)} document kinds, {len(shapes) - len(kinds)} line/sentence shapes)"
        )
        origins = len(ORIGINS)
        print(f"origin groups: {origins}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
