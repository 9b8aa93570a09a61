"""Blind corpus fresh39b: residents' long personal narratives (life stories, letters, diaries) with Dutch PII.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh39b/make_fresh39b.py            write fresh39b_texts.jsonl
    python tests/anonymizer/fresh39b/make_fresh39b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh39b/make_fresh39b.py --stats    counts per label, shapes, known names, redraws

Seed 20261332; document i draws from random.Random("20261332-<i>"); a document failing gate() is redrawn from
"20261332-<i>-<attempt>". Standard library only.
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
import names39b as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score39b", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261332
N_DOCS = 300
OUT = HERE / "fresh39b_texts.jsonl"
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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

# ---------------------------------------------------------------------------------------------------- shapes
SHAPES: dict[str, str] = {}  # shape name -> kind (document, opening, dateline, sentence, closing)


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = kind
        f.kind = kind
        return f

    return deco


# ---------------------------------------------------------------------------------------------------- people
class P:
    def __init__(self, first, particle, core, gender, org, func=None, dept=None):
        self.first, self.particle, self.core, self.g, self.org = first, particle, core, gender, org
        self.func, self.dept, self.known_word = func, dept, None
        self.nick = None

    @property
    def last(self):
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def bare(self):
        return (self.particle[0].upper() + self.particle[1:] + " " + self.core) if self.particle else self.core

    def his(self):
        return "haar" if self.g == "v" else "zijn"

    def title(self):
        return "mevrouw" if self.g == "v" else "meneer"


def poss(w: str) -> str:
    if w[-1] in "sxz":
        return w + "'"
    if w[-1] in "aeiouy" and not w.endswith(("ee", "ie", "oe")):
        return w + "'s"
    return w + "s"


class Doc:
    def __init__(self, r: random.Random, known: bool):
        self.r, self.known = r, known
        self.pii: list[dict] = []
        self.keeps: list[str] = []
        self.shapes: list[str] = []
        self.persons: list[P] = []

    def x(self, text: str, label: str) -> str:
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def n(self, p: P, form: str = "full") -> str:
        """Register and return a person form."""
        if p.known_word and form in ("lower", "lowerfull"):
            form = "first"
        if form == "full":
            t = p.full
        elif form == "first":
            t = p.first
        elif form == "bare":
            t = p.bare
        elif form == "initial":
            t = f"{p.first[0]}. {p.last}"
        elif form == "caps":
            t = p.full.upper()
        elif form == "capsbare":
            t = p.bare.upper()
        elif form == "lower":
            t = p.first.lower()
        elif form == "lowerfull":
            t = p.full.lower()
        elif form == "poss":
            t = poss(p.first)
        elif form == "possbare":
            t = poss(p.bare)
        elif form == "nick":
            t = p.nick or p.first
        elif form == "firstlast":  # title + surname with lower-case particle
            t = p.last
        else:
            raise ValueError(form)
        return self.x(t, "PERSON")

    def k(self, *words):
        self.keeps.extend(words)

    def s(self, name):
        self.shapes.append(name)


# ---------------------------------------------------------------------------------------------------- data
def fdate(r, y0=2019, y1=2026, style=None):
    y, m, dd = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["long", "num", "long", "slash"])
    if style == "long":
        return f"{dd} {MONTHS[m - 1]} {y}", MONTHS[m - 1]
    if style == "num":
        return f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}-{m:02d}-{y}"
    return f"{dd}/{m}/{y}", f"{dd}/{m}/{y}"


def dob(r, y0=1940, y1=2020):
    y, m, dd = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    st = r.randrange(9)
    if st == 0:
        return f"{dd:02d}-{m:02d}-{y}"
    if st == 1:
        return f"{dd} {MONTHS[m - 1]} {y}"
    if st == 2:
        return f"{dd:02d}.{m:02d}.{y}"
    if st == 3:
        return f"{dd}/{m}/{y}"
    if st == 4:
        return f"{dd} {MON_ABBR[m - 1]} {y}"
    if st == 5:
        return f"{y}-{m:02d}-{dd:02d}"
    if st == 6:
        return f"{dd}-{m}-'{str(y)[2:]}"
    if st == 7:
        return f"{WEEKDAYS[r.randrange(7)]} {dd} {MONTHS[m - 1]} {y}"
    return f"{dd} {MONTHS[m - 1].capitalize()} {y}"


def phone(r):
    d8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    st = r.randrange(8)
    if st == 0:
        return f"06-{d8}"
    if st == 1:
        return f"06 {d8[:4]} {d8[4:]}"
    if st == 2:
        return f"+31 6 {d8[:2]} {d8[2:5]} {d8[5:]}"
    if st == 3:
        return f"+31 (0)6 {d8[:4]} {d8[4:]}"
    if st == 4:
        return f"0031-6-{d8}"
    area = r.choice(["036", "013", "075", "055", "058", "077", "078", "0320", "0492", "0591"])
    rest = "".join(str(r.randint(1, 9)) for _ in range(10 - len(area)))
    if st == 5:
        return f"{area}-{rest}"
    if st == 6:
        return f"({area}) {rest[:3]} {rest[3:]}"
    head = 3 if len(rest) % 2 else 2
    return f"{area} {rest[:head]} {' '.join(rest[i : i + 2] for i in range(head, len(rest), 2))}"


def postcode(r):
    L = "BCEGHJKLMNPRTVWXZ"
    return f"{r.randint(1000, 9999)}{r.choice(['', ' '])}{r.choice(L)}{r.choice(L)}"


def plate(r):
    C, D = "BDFGHJKLNPRSTVXZ", "0123456789"
    a = lambda n: "".join(r.choice(C) for _ in range(n))
    b = lambda n: "".join(r.choice(D) for _ in range(n))
    return r.choice(
        [
            f"{a(2)}-{b(3)}-{a(1)}",
            f"{b(1)}-{a(3)}-{b(2)}",
            f"{a(1)}-{b(3)}-{a(2)}",
            f"{a(3)}-{b(2)}-{a(1)}",
            f"{b(2)}-{a(3)}-{b(1)}",
            f"{b(2)}-{a(2)}-{b(2)}",
        ]
    )


def case_no(r):
    y = r.randint(19, 26)
    n = r.randint(1000, 99999)
    return r.choice(
        [
            f"VTA-{2000 + y}-{n:05d}",
            f"BMD/{y}/{n:05d}-W",
            f"WT{y}.{n:05d}.S",
            f"OVL {2000 + y} {n:05d}",
            f"afst-{y}-{n:06d}",
            f"MZ{2000 + y}/{n:05d}/N",
            f"{2000 + y}.BB.{n:05d}",
            f"H&T-{n:05d}-{y}",
            f"SD{y}-{n:05d}-R",
            f"Z-{y}{n:05d}-KLA",
        ]
    )


def amount(r):
    v = r.choice([r.randint(35, 990), r.randint(1000, 9800)])
    c = r.choice(["", ",50", ",-", ",25", ",80"])
    s = f"{v:,}".replace(",", ".") + c
    return s


def slug(s):
    t = s.lower()
    for a, b in (
        ("ş", "s"),
        ("ğ", "g"),
        ("ı", "i"),
        ("ç", "c"),
        ("ö", "o"),
        ("ü", "u"),
        ("ł", "l"),
        ("ś", "s"),
        ("ą", "a"),
        ("ž", "z"),
        ("ć", "c"),
        ("ă", "a"),
        ("ș", "s"),
        ("ã", "a"),
        ("ê", "e"),
        ("ạ", "a"),
        ("ầ", "a"),
        ("ỳ", "y"),
        ("õ", "o"),
        ("đ", "d"),
        ("ặ", "a"),
        ("ù", "u"),
        ("ư", "u"),
        ("ơ", "o"),
        ("ë", "e"),
        ("ï", "i"),
        ("é", "e"),
    ):
        t = t.replace(a, b)
    return re.sub(r"[^a-z]", "", t)


FUNCS = [
    ("wijkconsulent", "het Sociaal Wijkteam"),
    ("handhaver", "de afdeling Toezicht en Handhaving"),
    ("beleidsmedewerker", "de afdeling Wonen"),
    ("schuldhulpverlener", "Schuldhulp en Budgetbeheer"),
    ("medewerker", "het Klantcontactcentrum"),
    ("jeugdconsulent", "het Centrum voor Jeugd en Gezin"),
    ("wijkagent", "de politie"),
    ("klachtbehandelaar", "de Klachtencommissie"),
    ("consulent", "Werk en Inkomen"),
    ("woonconsulent", "Woonstichting Samen Thuis"),
    ("casemanager", "Veilig Thuis"),
    ("opbouwwerker", "Welzijn in de Wijk"),
    ("leerplichtambtenaar", "het Leerplichtbureau"),
    ("Wmo-consulent", "het Zorgloket"),
]
DEPT_KEEP = {
    "het Sociaal Wijkteam": ["Sociaal", "Wijkteam"],
    "de afdeling Toezicht en Handhaving": ["Toezicht", "Handhaving"],
    "de afdeling Wonen": ["Wonen"],
    "Schuldhulp en Budgetbeheer": ["Schuldhulp", "Budgetbeheer"],
    "het Klantcontactcentrum": ["Klantcontactcentrum"],
    "het Centrum voor Jeugd en Gezin": ["Centrum", "Jeugd", "Gezin"],
    "de politie": ["politie"],
    "de Klachtencommissie": ["Klachtencommissie"],
    "Werk en Inkomen": ["Werk", "Inkomen"],
    "Woonstichting Samen Thuis": ["Woonstichting"],
    "Veilig Thuis": ["Veilig", "Thuis"],
    "Welzijn in de Wijk": ["Welzijn"],
    "het Leerplichtbureau": ["Leerplichtbureau"],
    "het Zorgloket": ["Zorgloket"],
}
BUILDINGS = [
    "het Stadskantoor",
    "buurthuis De Schakel",
    "wijkcentrum De Brug",
    "de bibliotheek",
    "het Servicepunt",
    "het Gezondheidscentrum",
    "de moskee aan het plein",
    "de Pinksterkerk",
    "het Wijkpaleis",
]
BUILD_KEEP = {
    "het Stadskantoor": "Stadskantoor",
    "buurthuis De Schakel": "Schakel",
    "wijkcentrum De Brug": "Brug",
    "de bibliotheek": "bibliotheek",
    "het Servicepunt": "Servicepunt",
    "het Gezondheidscentrum": "Gezondheidscentrum",
    "de moskee aan het plein": "moskee",
    "de Pinksterkerk": "Pinksterkerk",
    "het Wijkpaleis": "Wijkpaleis",
}
EVENTS = [
    ("Koningsdag", "Koningsdag"),
    ("het Suikerfeest", "Suikerfeest"),
    ("Keti Koti", "Keti"),
    ("de Nationale Buitenspeeldag", "Buitenspeeldag"),
    ("Sinterklaas", "Sinterklaas"),
    ("de burendag", "burendag"),
    ("oudejaarsavond", "oudejaarsavond"),
    ("het Offerfeest", "Offerfeest"),
    ("Chinees Nieuwjaar", "Nieuwjaar"),
    ("Pasen", "Pasen"),
]
ORGS = [
    "de Sociale Verzekeringsbank",
    "het UWV",
    "de Belastingdienst",
    "het Juridisch Loket",
    "Stichting Vluchtelingenwerk",
    "de Voedselbank",
    "het Leger des Heils",
    "de GGD",
]
ORG_KEEP = {
    "de Sociale Verzekeringsbank": "Verzekeringsbank",
    "het UWV": "UWV",
    "de Belastingdienst": "Belastingdienst",
    "het Juridisch Loket": "Loket",
    "Stichting Vluchtelingenwerk": "Vluchtelingenwerk",
    "de Voedselbank": "Voedselbank",
    "het Leger des Heils": "Heils",
    "de GGD": "GGD",
}


class Cast:
    pass


def mkperson(r, org=None, g=None, particle=None, core=None):
    org = org or r.choice(list(N.ORIGINS))
    g = g or r.choice("vm")
    first, p, c = N.person_name(r, org, g)
    if core is not None:
        p, c = particle, core
    return P(first, p, c, g, org)


def build_cast(r, known: bool) -> Cast:
    c = Cast()
    weights = list(N.ORIGINS)
    org = r.choice(weights + ["Nederlands met tussenvoegsel"] * 4)
    R = mkperson(r, org)
    c.kw = None
    if known:
        kind, part, word, low, sent = r.choice(N.KNOWN_WORDS)
        if kind == "sur":
            R = P(
                r.choice(N.ORIGINS["Nederlands"][0] + N.ORIGINS["Nederlands met tussenvoegsel"][1]),
                part,
                word,
                r.choice("vm"),
                "Nederlands",
            )
            if R.first in N.ORIGINS["Nederlands met tussenvoegsel"][1] or R.first in N.ORIGINS["Nederlands"][1]:
                R.g = "m"
            else:
                R.g = "v"
        else:
            _, p, cc = N.person_name(r, "Nederlands met tussenvoegsel" if r.random() < 0.5 else "Nederlands", "v")
            R = P(word, p, cc, "v", "Nederlands")
        R.known_word = low
        c.kw = (kind, word, low, sent)
    c.R = R
    # partner: same origin mostly, other gender
    pg = "m" if R.g == "v" else "v"
    c.partner = mkperson(r, org if r.random() < 0.7 else None, pg)
    fam = R if R.g == "m" or r.random() < 0.5 else c.partner  # the family name the children carry
    c.kids = []
    want = r.randint(1, 3)
    while len(c.kids) < want:
        kg = r.choice("vm")
        first, _, _ = N.person_name(r, fam.org if fam.org in N.ORIGINS else org, kg)
        if any(first == k.first for k in c.kids) or first in (R.first, c.partner.first):
            continue
        c.kids.append(P(first, fam.particle, fam.core, kg, fam.org))
    c.father = P(N.person_name(r, R.org, "m")[0], R.particle, R.core, "m", R.org)
    if c.father.first == R.first:
        c.father.first = (
            N.person_name(r, "Nederlands", "m")[0] if R.org == "Nederlands" else c.father.first + "-" + "Ali"
        )
    c.mother = mkperson(r, R.org, "v")
    used = {R.first, c.partner.first, c.father.first, c.mother.first} | {k.first for k in c.kids}
    sg = r.choice("vm")
    sf = N.person_name(r, R.org, sg)[0]
    for _ in range(20):
        if sf not in used:
            break
        sf = N.person_name(r, r.choice(list(N.ORIGINS)), sg)[0]
    c.sib = P(sf, R.particle, R.core, sg, R.org)
    c.sib.nick = r.choice(["Bakkie", "Tijger", "Kiki", "Jojo", "Mimi", "Toto", "Sjaak", "Pien", "Dodo", "Bolle"])
    c.nb1, c.nb2, c.nb3 = mkperson(r), mkperson(r), mkperson(r)
    c.o1, c.o2 = mkperson(r), mkperson(r)
    c.o1.func, c.o1.dept = r.choice(FUNCS)
    c.o2.func, c.o2.dept = r.choice([f for f in FUNCS if f[0] != c.o1.func])
    c.med = mkperson(r)
    c.city = r.choice(N.CITIES)
    c.elsewhere = r.choice(N.ELSEWHERE)
    c.street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
    c.nr = str(r.randint(1, 240)) + r.choice(["", "", "", "A", "-2", "-bis", "B", "-III"])
    c.street2 = r.choice(N.STREET_A) + r.choice(N.STREET_B)
    while c.street2 == c.street:
        c.street2 = r.choice(N.STREET_A) + r.choice(N.STREET_B)
    c.nr2 = str(r.randint(1, 240))
    c.pc = postcode(r)
    c.phone, c.phone2 = phone(r), phone(r)
    dom = r.choice(
        [
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "ziggo.nl",
            "kpnmail.nl",
            "live.nl",
            "planet.nl",
            "xs4all.nl",
            "icloud.com",
            "yahoo.com",
        ]
    )
    fs, ls = slug(R.first), slug(R.core)
    c.email = r.choice(
        [
            f"{fs}.{ls}@{dom}",
            f"{fs[0]}.{ls}{r.randint(60, 99)}@{dom}",
            f"{fs}{ls}@{dom}",
            f"fam.{ls}@{dom}",
            f"{ls}.{fs}{r.randint(1, 9)}@{dom}",
        ]
    )
    c.nbemail = f"{slug(c.nb1.first)}_{slug(c.nb1.core)}@{r.choice(['gmail.com', 'hotmail.nl', 'live.com'])}"
    c.bsn = N.bsn(r)
    kb = N.bsn(r)
    c.kbsn = r.choice([kb, f"{kb[:4]}.{kb[4:6]}.{kb[6:]}"])
    c.bsn_fmt = r.choice([c.bsn, f"{c.bsn[:4]}.{c.bsn[4:6]}.{c.bsn[6:]}", f"{c.bsn[:3]} {c.bsn[3:6]} {c.bsn[6:]}"])
    ib = N.iban(r)
    c.iban = r.choice([ib, " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))])
    c.plate, c.plate2 = plate(r), plate(r)
    c.case, c.case2 = case_no(r), case_no(r)
    c.rdob = dob(r, 1945, 2000)
    c.kdob = dob(r, 2004, 2021)
    c.pdob = dob(r, 1945, 2000)
    c.year = r.randint(1978, 2016)
    return c


# ---------------------------------------------------------------------------------------------------- sentences
def pick_kid(d, c):
    return d.r.choice(c.kids)


@shape("sentence")
def s_intro_life(d, c):
    d.k("Nederland", c.city)
    return (
        f"Ik ben {d.n(c.R)}, geboren op {d.x(c.rdob, 'DATE_OF_BIRTH')} in {c.elsewhere}, en sinds {c.year} woon ik "
        f"met mijn gezin aan de {d.x(c.street + ' ' + c.nr, 'ADDRESS')} in {c.city}."
    )


@shape("sentence")
def s_intro_arrival(d, c):
    d.k("Nederland", "Schiphol", "koffer")
    return (
        f"Toen ik in {c.year} met één koffer op Schiphol aankwam, wist ik niets van Nederland; mijn naam is "
        f"{d.n(c.R)} en mijn geboortedatum is {d.x(c.rdob, 'DATE_OF_BIRTH')}."
    )


@shape("sentence")
def s_intro_whywrite(d, c):
    d.k("Niemand", "verhaal", "gemeente", "volgorde")
    return (
        f"Niemand bij de gemeente kent het hele verhaal, daarom schrijf ik, {d.n(c.R, 'first')}, "
        f"het hier in de goede volgorde op."
    )


@shape("sentence")
def s_family_kids(d, c):
    names = [d.n(k, "first") for k in c.kids]
    lst = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    fam = c.kids[0]
    d.k("kinderen", "Samen")
    return (
        f"Samen met {d.n(c.partner)} kreeg ik {'een kind' if len(names) == 1 else str(len(names)) + ' kinderen'}: "
        f"{lst} {d.n(fam, 'firstlast') if fam.particle else d.n(fam, 'bare')}."
    )


@shape("sentence")
def s_relation_then_name(d, c):
    k = pick_kid(d, c)
    rel = "dochter" if k.g == "v" else "zoon"
    d.k(rel, "groep", "basisschool")
    return (
        f"Mijn {rel} — ik noem {'haar' if k.g == 'v' else 'hem'} hier gewoon bij de naam, {d.n(k, 'first')} — "
        f"zat toen in groep acht van de basisschool om de hoek."
    )


@shape("sentence")
def s_flash_father(d, c):
    d.k("vrijdag", "thee")
    return (
        f"Toen mijn vader {d.n(c.father, 'first')} nog leefde, kwam {d.n(c.nb2)} elke vrijdag bij ons thee "
        f"drinken en was er nooit ruzie in de straat."
    )


@shape("sentence")
def s_flash_mother(d, c):
    y = d.r.randint(1995, 2022)
    d.k("buur", "vriend", str(y))
    return (
        f"Mijn moeder, {d.n(c.mother)}, die in {y} overleed, zei altijd: 'Een goede buur is beter dan een "
        f"verre vriend.'"
    )


@shape("sentence")
def s_nickname(d, c):
    d.k("broer", "zus", "bijnaam")
    rel = "zus" if c.sib.g == "v" else "broer"
    return (
        f"Mijn {rel} {d.n(c.sib)}, die iedereen in de familie {d.n(c.sib, 'nick')} noemt sinds de bijnaam op de "
        f"camping bleef hangen, heeft alles van dichtbij meegemaakt."
    )


@shape("sentence")
def s_lower_informal(d, c):
    d.k("zei", "goed", "koffie")
    return (
        f"en toen zei {d.n(c.nb2, 'lower')} nog dat het wel goed zou komen, maar daarna hebben we nooit meer "
        f"samen koffie gedronken"
    )


@shape("sentence")
def s_possessive(d, c):
    k = pick_kid(d, c)
    d.k("fiets", "schuur", "politie")
    return f"{d.n(k, 'poss')} fiets werd twee keer uit de schuur gehaald en de politie deed er niets mee."


@shape("sentence")
def s_possessive_bare(d, c):
    d.k("schutting", "tuin", "centimeter")
    return (
        f"De schutting van de familie {d.n(c.nb1, 'bare')} staat volgens mij veertig centimeter in onze tuin, "
        f"en {d.n(c.nb1, 'possbare')} zoon heeft dat ook toegegeven."
    )


@shape("sentence")
def s_nb_arrive(d, c):
    m = d.r.choice(MONTHS)
    y = d.r.randint(2015, 2024)
    d.k(m, "partner", "nummer")
    return (
        f"In {m} {y} kwam {d.n(c.nb1)} met {c.nb1.his()} partner naast ons wonen, op nummer "
        f"{d.r.randint(1, 200)}, en de eerste maanden ging alles prima."
    )


@shape("sentence")
def s_nb_noise(d, c):
    d.k("muziek", "nacht", "woont")
    return (
        f"Vanaf die tijd hoorden we bijna elke nacht harde muziek uit het huis van {c.nb1.title()} "
        f"{d.n(c.nb1, 'bare')}, die boven ons woont aan de {d.x(c.street + ' ' + c.nr2, 'ADDRESS')}."
    )


@shape("sentence")
def s_nb_subordinate(d, c):
    y = d.r.randint(2016, 2024)
    d.k("woningcorporatie", "lekkage", "badkamer", "schimmel")
    return (
        f"Omdat de woningcorporatie, die volgens {d.n(c.nb2)} al in {y} van de lekkage wist, niets deed, "
        f"zit er nu schimmel in de badkamer van iedereen op de galerij."
    )


@shape("sentence")
def s_quote_said(d, c):
    d.k("kinderen", "lawaai", "vuilniszak")
    return (
        f"'Jullie kinderen maken veel te veel lawaai,' zei {d.n(c.nb1, 'first')} toen ik de vuilniszak buiten zette, "
        f"'en dat pik ik niet langer.'"
    )


@shape("sentence")
def s_dialogue(d, c):
    d.k("Waarom", "Omdat", "deur")
    return (
        f"'Waarom bel je niet gewoon aan?' vroeg ik. 'Omdat jij toch nooit opendoet,' antwoordde "
        f"{d.n(c.nb1, 'bare')}. 'Ik sta hier nu,' zei ik, 'dus zeg het maar.' Daarna ging de deur dicht."
    )


@shape("sentence")
def s_dialogue_lines(d, c):
    d.k("Ik", "Jij", "wijkagent")
    return (
        f"Ik: 'Heb jij de wijkagent gebeld?'\n{d.n(c.nb3, 'first')}: 'Nee, dat was {d.n(c.nb1, 'first')}.'\n"
        f"Ik: 'Waarom zegt niemand dat tegen mij?'\n{d.n(c.nb3, 'first')}: 'Jij luistert toch niet.'"
    )


@shape("sentence")
def s_reported(d, c):
    d.k("auto", "parkeerplaats", "gezien")
    return (
        f"Mijn buurvrouw vertelde later dat {d.n(c.nb3)} had gezien hoe {d.n(c.nb1, 'first')} met een sleutel "
        f"langs mijn auto liep op de parkeerplaats achter de flat."
    )


@shape("sentence")
def s_list_meeting(d, c):
    b = d.r.choice(BUILDINGS)
    d.k(BUILD_KEEP[b], "bijeenkomst", "avond", c.o1.func)
    return (
        f"Bij de bijeenkomst in {b} waren die avond {d.n(c.nb1)}, {d.n(c.nb2)} met {c.nb2.his()} dochter, "
        f"de oude {c.nb3.title()} {d.n(c.nb3, 'bare')} van de hoek, en namens de gemeente {d.n(c.o1)} "
        f"({c.o1.func}), die het meeste van de tijd aantekeningen maakte."
    )


@shape("sentence")
def s_list_party(d, c):
    k = pick_kid(d, c)
    d.k("verjaardagsfeest", "schoonzus", "buurjongen")
    return (
        f"Op het verjaardagsfeest van {d.n(k, 'first')} waren mijn schoonzus {d.n(c.mother, 'first')}, "
        f"de buurjongen {d.n(c.nb3, 'first')}, mijn broer met zijn vrouw en natuurlijk {d.n(c.partner, 'first')}, "
        f"die de taart had gebakken."
    )


@shape("sentence")
def s_list_funeral(d, c):
    m = d.r.choice(MONTHS)
    d.k("begrafenis", m, "familie")
    return (
        f"Op de begrafenis van mijn vader in {m} stonden {d.n(c.nb2)}, {d.n(c.nb3)} en zelfs {d.n(c.nb1)} naast "
        f"ons, en ik dacht even dat de ruzie voorbij was, maar de familie zag dat anders."
    )


@shape("sentence")
def s_midclause_long(d, c):
    wd = d.r.choice(WEEKDAYS)
    dt, kp = fdate(d.r, 2020, 2025, "long")
    org = d.r.choice(ORGS)
    d.k(wd, kp, ORG_KEEP[org])
    return (
        f"Het was {wd} {dt}, de dag waarop {d.n(c.nb2)}, die toen nog bij {org} werkte en daardoor veel "
        f"mensen in de wijk kende, voor het eerst zei dat ik beter kon verhuizen."
    )


@shape("sentence")
def s_two_in_clause(d, c):
    m = d.r.choice(MONTHS)
    d.k(m, "ruzie", "bemiddeling")
    return (
        f"Ik weet niet of {d.n(c.nb1, 'first')} en {d.n(c.nb3, 'first')}, die sinds de ruzie in {m} niet meer "
        f"met elkaar praten, allebei mee willen doen aan de bemiddeling."
    )


@shape("sentence")
def s_official_call(d, c):
    dt, kp = fdate(d.r, 2021, 2026)
    d.k(kp, c.o1.func, *DEPT_KEEP[c.o1.dept])
    return (
        f"Op {dt} belde ik met {d.n(c.o1)}, {c.o1.func} bij {c.o1.dept}, die beloofde dat er binnen twee weken "
        f"iemand langs zou komen."
    )


@shape("sentence")
def s_official_letter(d, c):
    dt, kp = fdate(d.r, 2021, 2026, "long")
    d.k(kp, "brief", c.o2.func, *DEPT_KEEP[c.o2.dept])
    return (
        f"In de brief van {dt}, ondertekend door {d.n(c.o2, 'initial')} ({c.o2.func}, {re.sub('^(de|het) ', '', c.o2.dept)}), staat "
        f"dat de klacht ongegrond is, maar niemand heeft ooit met mij gesproken."
    )


@shape("sentence")
def s_official_quote(d, c):
    d.k("telefoon", *DEPT_KEEP[c.o2.dept])
    return (
        f"'Wij kunnen daar helaas niets aan doen,' zei {c.o2.title()} {d.n(c.o2, 'bare')} van {c.o2.dept} "
        f"aan de telefoon, en daarna werd ik drie keer doorverbonden."
    )


@shape("sentence")
def s_official_visit(d, c):
    wd = d.r.choice(WEEKDAYS)
    d.k(wd, "huisbezoek", c.o1.func)
    return (
        f"Pas toen {d.n(c.o1, 'first')}, de {c.o1.func} die ons sinds vorig jaar begeleidt, op {wd} een "
        f"huisbezoek kwam doen, zag iemand met eigen ogen hoe het hier is."
    )


@shape("sentence")
def s_mediator_intro(d, c):
    d.k("wijkagent", "bemiddelaar", "gesprek")
    return (
        f"Via de wijkagent kwam ik terecht bij de bemiddelaar, {d.n(c.med)}, die voorstelde om eerst met ieder "
        f"apart een gesprek te voeren."
    )


@shape("sentence")
def s_mediator_meet(d, c):
    b = d.r.choice(BUILDINGS)
    dt, kp = fdate(d.r, 2023, 2026, "long")
    d.k(BUILD_KEEP[b], kp, "afspraken")
    return (
        f"Bij het gesprek met {d.n(c.med, 'first')} op {dt} in {b} hebben {d.n(c.nb1, 'bare')} en ik voor het "
        f"eerst afspraken op papier gezet."
    )


@shape("sentence")
def s_mediator_quote(d, c):
    d.k("verleden", "Probeer")
    return (
        f"'Probeer het verleden even te laten rusten,' zei {c.med.title()} {d.n(c.med, 'bare')}, "
        f"'en vertel me wat u nu nodig heeft.'"
    )


@shape("sentence")
def s_bsn(d, c):
    d.k("burgerservicenummer", "dossier")
    return f"Mijn burgerservicenummer is {d.x(c.bsn_fmt, 'BSN')}, voor het geval u mijn dossier erbij moet pakken."


@shape("sentence")
def s_bsn_kid(d, c):
    k = pick_kid(d, c)
    d.k("toeslag", "Belastingdienst")
    return (
        f"De toeslag voor {d.n(k, 'first')} (BSN {d.x(c.kbsn, 'BSN')}) is door de Belastingdienst "
        f"stopgezet zonder dat iemand het ons uitlegde."
    )


@shape("sentence")
def s_iban_rent(d, c):
    a = amount(d.r)
    d.k(a, "huur", "maand")
    return f"De huur van € {a} schrijf ik elke maand over van {d.x(c.iban, 'IBAN')}, nooit te laat."


@shape("sentence")
def s_iban_refund(d, c):
    a = amount(d.r)
    d.k(a, "bedrag", "Stadskantoor")
    return (
        f"Het bedrag van € {a} dat ik aan het Stadskantoor te veel betaalde, kunt u terugstorten op "
        f"{d.x(c.iban, 'IBAN')} ten name van {d.n(c.R, 'initial')}."
    )


@shape("sentence")
def s_plate_nb(d, c):
    d.k("bestelbus", "invalidenparkeerplaats", "maanden")
    return (
        f"De bestelbus van {d.n(c.nb1, 'bare')}, kenteken {d.x(c.plate, 'LICENSE_PLATE')}, staat al maanden op "
        f"de invalidenparkeerplaats die voor mijn moeder is bedoeld."
    )


@shape("sentence")
def s_plate_own(d, c):
    d.k("Opel", "bekrast", "aangifte")
    return (
        f"Mijn eigen auto, een grijze Opel met kenteken {d.x(c.plate2, 'LICENSE_PLATE')}, is twee keer bekrast; "
        f"van beide keren heb ik aangifte gedaan."
    )


@shape("sentence")
def s_case_report(d, c):
    m = d.r.choice(MONTHS)
    d.k(m, "melding", *DEPT_KEEP[c.o1.dept])
    return f"Onder zaaknummer {d.x(c.case, 'CASE_NUMBER')} heb ik in {m} al een melding gedaan bij {c.o1.dept}."


@shape("sentence")
def s_case_ref(d, c):
    d.k("kenmerk", "bezwaar", "Awb")
    return (
        f"Uw besluit met kenmerk {d.x(c.case, 'CASE_NUMBER')} heb ik niet begrepen, en ik wil er bezwaar tegen "
        f"maken zoals de Awb dat toestaat."
    )


@shape("sentence")
def s_case_police(d, c):
    d.k("wijkagent", "registratienummer")
    return (
        f"De wijkagent, {d.n(c.o1 if c.o1.func == 'wijkagent' else c.nb3)}, schreef alles op onder "
        f"registratienummer {d.x(c.case2, 'CASE_NUMBER')}."
    )


@shape("sentence")
def s_phone(d, c):
    d.k("overdag", "nachtdienst")
    return (
        f"U kunt mij overdag bereiken op {d.x(c.phone, 'PHONE')}; 's avonds werk ik in de nachtdienst en neem "
        f"ik niet op."
    )


@shape("sentence")
def s_phone_partner(d, c):
    d.k("Nederlands", "beter")
    return (
        f"Als ik niet opneem, kunt u {d.n(c.partner, 'first')} bellen op {d.x(c.phone2, 'PHONE')}, "
        f"{'zij' if c.partner.g == 'v' else 'hij'} spreekt beter Nederlands dan ik."
    )


@shape("sentence")
def s_email(d, c):
    k = pick_kid(d, c)
    d.k("Mailen", "dochter", "zoon")
    return (
        f"Mailen kan naar {d.x(c.email, 'EMAIL')}; {d.n(k, 'first')} leest met me mee omdat de brieven van de "
        f"gemeente voor mij moeilijk zijn."
    )


@shape("sentence")
def s_email_nb(d, c):
    d.k("berichten", "beledigend", "Facebook")
    return (
        f"Vanaf {d.x(c.nbemail, 'EMAIL')} kreeg ik die week zes berichten, allemaal beledigend, en dezelfde tekst "
        f"stond ook op Facebook."
    )


@shape("sentence")
def s_postcode(d, c):
    d.k(c.city, "adres")
    return (
        f"Ons adres is nog steeds {d.x(c.street + ' ' + c.nr, 'ADDRESS')}, {d.x(c.pc, 'POSTCODE')} {c.city}, "
        f"ook al heeft de post dat vaak verkeerd."
    )


@shape("sentence")
def s_street_only(d, c):
    d.k("winkelcentrum", "verhuisden")
    return (
        f"Voordat we verhuisden woonden we aan de {d.x(c.street2, 'ADDRESS')}, vlak bij het winkelcentrum, waar "
        f"niemand elkaar lastigviel."
    )


@shape("sentence")
def s_move_history(d, c):
    y = d.r.randint(2005, 2020)
    d.k(str(y), "portiekflat", "tuin")
    return (
        f"In {y} verhuisden we van de {d.x(c.street2 + ' ' + c.nr2, 'ADDRESS')}, een portiekflat zonder lift, "
        f"naar dit huis met een tuin."
    )


@shape("sentence")
def s_dob_kid_cue(d, c):
    k = pick_kid(d, c)
    d.k("astma", "huisarts")
    return (
        f"Mijn jongste, {d.n(k, 'first')} (geboren {d.x(c.kdob, 'DATE_OF_BIRTH')}), heeft astma en volgens de "
        f"huisarts maakt de schimmel dat erger."
    )


@shape("sentence")
def s_dob_nocue(d, c):
    k = pick_kid(d, c)
    d.k("school", "leerlingenvervoer")
    return (
        f"{d.n(k)}, {d.x(c.kdob, 'DATE_OF_BIRTH')}, gaat sinds de zomer naar een andere school en heeft "
        f"leerlingenvervoer nodig."
    )


@shape("sentence")
def s_dob_partner(d, c):
    rel = "vrouw" if c.partner.g == "v" else "man"
    d.k(rel, "ziekenhuis", "werk")
    return (
        f"Mijn {rel} {d.n(c.partner)} (geb. {d.x(c.pdob, 'DATE_OF_BIRTH')}) lag die winter in het ziekenhuis, "
        f"en ik moest alles alleen doen naast mijn werk."
    )


@shape("sentence")
def s_dob_self_plain(d, c):
    d.k("Geboortedatum", "leeftijd")
    return (
        f"Geboortedatum, omdat het formulier erom vroeg: {d.x(c.rdob, 'DATE_OF_BIRTH')}. Mijn leeftijd zou "
        f"volgens de consulent niet uitmaken."
    )


@shape("sentence")
def s_handle(d, c):
    h = slug(c.nb1.first) + "_" + slug(c.nb1.core)[:6] + str(d.r.randint(1, 99))
    d.k("Instagram", "foto's", "voordeur")
    return (
        f"Op Instagram zet {d.n(c.nb1, 'first')} onder de naam @{d.x(h, 'PERSON')} foto's van onze voordeur met "
        f"lelijke teksten erbij."
    )


@shape("sentence")
def s_filename(d, c):
    fn_core = slug(c.R.first) + slug(c.R.core) if c.R.known_word or d.r.random() < 0.4 else slug(c.R.core)
    fn = f"{fn_core}-{d.r.choice(['schade', 'lekkage', 'verklaring', 'tijdlijn'])}-{d.r.randint(1, 9)}"
    d.k("bijlage", "foto's", "pdf")
    d.x(fn_core, "PERSON")
    return f"Als bijlage stuur ik de foto's mee in het bestand {fn}.pdf, dat mijn neef voor mij heeft gemaakt."


@shape("sentence")
def s_caps_mention(d, c):
    d.k("envelop", "gemeente", "hoofdletters")
    return f"Op de envelop van de gemeente stond in hoofdletters {d.n(c.R, 'caps')}, alsof ik iets verkeerd had gedaan."


@shape("sentence")
def s_whatsapp(d, c):
    dt, kp = fdate(d.r, 2022, 2026, "num")
    d.k(kp, "appje", "huisbaas")
    return f"In een appje van {dt} schreef {d.n(c.nb1, 'first')}: 'als je nog 1 keer klaagt bel ik je huisbaas'."


@shape("sentence")
def s_hospital(d, c):
    k = pick_kid(d, c)
    y = d.r.randint(2010, 2024)
    d.k(str(y), "ziekenhuis", "Maxima")
    return (
        f"Toen {d.n(k, 'first')} in {y} met een longontsteking in het Maxima ziekenhuis lag, was {d.n(c.nb2, 'first')} "
        f"de enige die kwam vragen hoe het ging."
    )


@shape("sentence")
def s_school_flash(d, c):
    d.k("Vroeger", "vriendin", "basisschool")
    return (
        f"Vroeger, toen ik nog op de basisschool in {c.elsewhere} zat, had ik een vriendin die {d.n(c.nb3, 'first')} "
        f"heette, en ik dacht dat het hier ook zo zou gaan."
    )


@shape("sentence")
def s_relation_inlaw(d, c):
    d.k("nicht", "advocaat", "brief")
    return f"De man van mijn nicht — {d.n(c.nb3)} — is advocaat en heeft de eerste brief voor ons geschreven."


@shape("sentence")
def s_speech_to_me(d, c):
    d.k("Laat", "zegt")
    return (
        f"'{d.n(c.R, 'first')}, laat het nou los,' zegt {d.n(c.partner, 'first')} dan, maar hoe kan ik dat "
        f"als het elke dag doorgaat?"
    )


@shape("sentence")
def s_event(d, c):
    ev, kp = d.r.choice(EVENTS)
    d.k(kp, "straat", "vlaggetjes")
    return (
        f"Tijdens {ev} hingen {d.n(c.nb2, 'first')} en ik nog samen vlaggetjes op in de straat; dat lijkt nu heel "
        f"lang geleden."
    )


@shape("sentence")
def s_amount_damage(d, c):
    a = amount(d.r)
    d.k(a, "schade", "verzekering")
    return f"De schade aan de voordeur kostte € {a}, en de verzekering betaalt daar niets van terug."


@shape("sentence")
def s_filler_sleep(d, c):
    d.k("Sindsdien", "huisarts", "slaap")
    return "Sindsdien slaap ik slecht en ben ik twee keer bij de huisarts geweest voor mijn hart."


@shape("sentence")
def s_filler_school(d, c):
    d.k("school", "zorgmelding", "Jeugd")
    return "De school heeft in het voorjaar een zorgmelding gedaan bij het Centrum voor Jeugd en Gezin."


@shape("sentence")
def s_filler_scheme(d, c):
    d.k("bijzondere", "bijstand", "Participatiewet")
    return "Voor de verhuiskosten heb ik bijzondere bijstand aangevraagd op grond van de Participatiewet."


@shape("sentence")
def s_ordinary_dates(d, c):
    d1, k1 = fdate(d.r, 2024, 2026, "num")
    d2, k2 = fdate(d.r, 2024, 2026, "long")
    d.k(k1, k2, "hoorzitting")
    return f"De hoorzitting is verplaatst van {d1} naar {d2}, maar niemand heeft mij dat laten weten."


@shape("sentence")
def s_generic_contact(d, c):
    nr = "14 0" + str(d.r.randint(10, 99))
    dom = slug(c.city)
    d.k(f"info@{dom}.nl", "Klantcontactcentrum")
    return f"Het Klantcontactcentrum ({nr}) en info@{dom}.nl verwezen mij steeds naar elkaar door."


@shape("sentence")
def s_sister_in_clause(d, c):
    rel = "zus" if c.sib.g == "v" else "broer"
    d.k(rel, "tolk", "gesprekken")
    return (
        f"Mijn {rel} {d.n(c.sib, 'first')}, die nu in {c.elsewhere} woont maar toen nog twee straten verderop "
        f"zat, was bij de eerste gesprekken mijn tolk."
    )


@shape("sentence")
def s_father_capsbare(d, c):
    d.k("grafsteen", "begraafplaats")
    return (
        f"Op de grafsteen van mijn vader op de begraafplaats staat alleen {d.n(c.father, 'capsbare')} en een "
        f"jaartal, zo wilde hij het."
    )


@shape("sentence")
def s_lowerfull(d, c):
    d.k("echt", "gemeente")
    return (
        f"ik heb echt alles geprobeerd, vraag het maar aan {d.n(c.nb3, 'lowerfull')}, die heeft alles gezien "
        f"en ook de gemeente gebeld"
    )


@shape("sentence")
def s_nb_email_and_street(d, c):
    d.k("brievenbus", "nacht")
    return (
        f"Het briefje in onze brievenbus, 's nachts bezorgd, was ondertekend met '{d.n(c.nb1, 'initial')}, "
        f"{d.x(c.street, 'ADDRESS')}'."
    )


@shape("sentence")
def s_mediator_official_pair(d, c):
    d.k("bemiddelaar", "verslag", c.o2.func)
    return (
        f"Het verslag van de bemiddelaar {d.n(c.med, 'initial')} ging in kopie naar {d.n(c.o2)}, {c.o2.func}, "
        f"zonder dat ik het eerst had gelezen."
    )


SENT_POOLS = {
    "intro": [s_intro_life, s_intro_arrival, s_intro_whywrite, s_family_kids, s_dob_partner, s_dob_self_plain],
    "family": [
        s_relation_then_name,
        s_flash_father,
        s_flash_mother,
        s_nickname,
        s_possessive,
        s_dob_kid_cue,
        s_dob_nocue,
        s_hospital,
        s_school_flash,
        s_relation_inlaw,
        s_sister_in_clause,
        s_father_capsbare,
        s_speech_to_me,
    ],
    "conflict": [
        s_nb_arrive,
        s_nb_noise,
        s_nb_subordinate,
        s_quote_said,
        s_dialogue,
        s_dialogue_lines,
        s_reported,
        s_possessive_bare,
        s_two_in_clause,
        s_midclause_long,
        s_whatsapp,
        s_handle,
        s_email_nb,
        s_lower_informal,
        s_lowerfull,
        s_plate_nb,
        s_nb_email_and_street,
        s_event,
        s_amount_damage,
    ],
    "people": [s_list_meeting, s_list_party, s_list_funeral],
    "officials": [
        s_official_call,
        s_official_letter,
        s_official_quote,
        s_official_visit,
        s_mediator_intro,
        s_mediator_meet,
        s_mediator_quote,
        s_mediator_official_pair,
        s_case_police,
        s_filler_school,
        s_filler_scheme,
        s_ordinary_dates,
        s_generic_contact,
        s_caps_mention,
    ],
    "data": [
        s_bsn,
        s_bsn_kid,
        s_iban_rent,
        s_iban_refund,
        s_plate_own,
        s_case_report,
        s_case_ref,
        s_phone,
        s_phone_partner,
        s_email,
        s_postcode,
        s_street_only,
        s_move_history,
        s_filename,
        s_filler_sleep,
    ],
}


def sentences(d, c, pool, n):
    out = []
    pool = [f for f in SENT_POOLS[pool] if f.__name__ not in d.shapes]
    d.r.shuffle(pool)
    for f in pool[:n]:
        d.s(f.__name__)
        out.append(f(d, c))
    return out


# ---------------------------------------------------------------------------------------------------- date lines
@shape("dateline")
def dl_weekday(d, c):
    dt, kp = fdate(d.r, 2024, 2026, "long")
    wd = d.r.choice(WEEKDAYS)
    d.k(wd.capitalize(), kp)
    return f"{wd.capitalize()} {dt}"


@shape("dateline")
def dl_numeric(d, c):
    dt, kp = fdate(d.r, 2024, 2026, "num")
    d.k(kp)
    return f"{dt}:"


@shape("dateline")
def dl_short(d, c):
    wd = d.r.choice(["Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo"])
    return f"{wd} {d.r.randint(1, 28)}/{d.r.randint(1, 12)} —"


@shape("dateline")
def dl_evening(d, c):
    wd = d.r.choice(WEEKDAYS)
    m = d.r.choice(MONTHS)
    d.k(m)
    return f"{wd.capitalize()}avond, {d.r.randint(1, 28)} {m}"


@shape("dateline")
def dl_bracket(d, c):
    dt, kp = fdate(d.r, 2024, 2026, "long")
    d.k(kp)
    return f"[{dt}]"


@shape("dateline")
def dl_time(d, c):
    dt, kp = fdate(d.r, 2024, 2026, "num")
    d.k(kp)
    return f"{dt}, {d.r.randint(6, 23):02d}.{d.r.choice(['00', '15', '30', '45'])} uur"


DATELINES = [dl_weekday, dl_numeric, dl_short, dl_evening, dl_bracket, dl_time]


# ---------------------------------------------------------------------------------------------------- openings / closings
@shape("opening")
def op_dear_mediator(d, c):
    d.k("Beste", "bemiddelaar")
    return f"Beste {d.n(c.med, 'first')},\n\nU vroeg mij om alles op te schrijven. Dat doe ik hieronder, als bemiddelaar moet u het weten."


@shape("opening")
def op_dear_sir(d, c):
    d.k("Geachte", "heer", "mevrouw")
    return "Geachte heer, mevrouw,"


@shape("opening")
def op_betreft(d, c):
    d.k("Betreft", "Verzoek", "Afstemming")
    return f"Betreft: Verzoek tot Afstemming, dossier {d.x(c.case, 'CASE_NUMBER')}\n\nGeachte {c.med.title()} {d.n(c.med, 'bare')},"


@shape("opening")
def op_title_story(d, c):
    d.k("Mijn", "verhaal")
    return f"MIJN VERHAAL — {d.n(c.R, 'caps')}"


@shape("opening")
def op_to_alderman(d, c):
    d.k("Aan", "wethouder", "Wonen")
    return "Aan de wethouder van Wonen en Leefbaarheid,"


@shape("opening")
def op_hoi(d, c):
    d.k("Hoi", "mail")
    return f"Hoi {d.n(c.o1, 'first')}, hier nog de lange mail die ik beloofde."


OPENINGS = [op_dear_mediator, op_dear_sir, op_betreft, op_title_story, op_to_alderman, op_hoi]


@shape("closing")
def cl_regards_full(d, c):
    d.k("Met", "vriendelijke", "groet")
    return f"Met vriendelijke groet,\n\n{d.n(c.R)}\n{d.x(c.street + ' ' + c.nr, 'ADDRESS')}\n{d.x(c.pc, 'POSTCODE')} {c.city}\n{d.x(c.phone, 'PHONE')}"


@shape("closing")
def cl_caps_signature(d, c):
    d.k("Hoogachtend", "Ondertekend")
    return f"Hoogachtend,\nOndertekend: {d.n(c.R, 'caps')}, geboren {d.x(c.rdob, 'DATE_OF_BIRTH')}"


@shape("closing")
def cl_first_only(d, c):
    d.k("Groetjes", "Bedankt")
    return f"Bedankt dat u dit helemaal hebt gelezen.\nGroetjes, {d.n(c.R, 'first')}\n{d.x(c.email, 'EMAIL')}"


@shape("closing")
def cl_family(d, c):
    d.k("Namens", "familie")
    return f"Namens de hele familie,\n{d.n(c.R, 'initial')} en {d.n(c.partner)}\ntel. {d.x(c.phone, 'PHONE')}"


@shape("closing")
def cl_ps(d, c):
    d.k("PS", "kenmerk")
    return (
        f"{d.n(c.R)}\n\nPS: ik heb nog steeds geen antwoord op mijn klacht met kenmerk {d.x(c.case2, 'CASE_NUMBER')}."
    )


@shape("closing")
def cl_none(d, c):
    d.k("Einde")
    return f"Einde van mijn verhaal. — {d.n(c.R, 'first')}"


CLOSINGS = [cl_regards_full, cl_caps_signature, cl_first_only, cl_family, cl_ps, cl_none]


# ---------------------------------------------------------------------------------------------------- document kinds
def para(lines):
    return " ".join(lines)


@shape("document")
def doc_letter_mediator(d, c):
    o = d.r.choice([op_dear_mediator, op_betreft])
    d.s(o.__name__)
    parts = [
        o(d, c),
        para(sentences(d, c, "intro", 2)),
        para(sentences(d, c, "family", 2)),
        para(sentences(d, c, "conflict", 4)),
        para(sentences(d, c, "officials", 2)),
        para(sentences(d, c, "data", 3)),
    ]
    return parts


@shape("document")
def doc_life_story(d, c):
    d.s("op_title_story")
    parts = [
        op_title_story(d, c),
        para(sentences(d, c, "intro", 3)),
        para(sentences(d, c, "family", 4)),
        para(sentences(d, c, "people", 1) + sentences(d, c, "conflict", 3)),
        para(sentences(d, c, "data", 2)),
    ]
    return parts


@shape("document")
def doc_diary(d, c):
    parts = [d.r.choice(["Dagboek", "Mijn logboek van de overlast", "Wat er gebeurde, dag voor dag"])]
    d.k("Dagboek", "logboek", "overlast", "gebeurde")
    for pool, n in (("conflict", 2), ("conflict", 1), ("family", 1), ("officials", 2), ("conflict", 2), ("data", 2)):
        dl = d.r.choice(DATELINES)
        d.s(dl.__name__)
        parts.append(dl(d, c) + "\n" + para(sentences(d, c, pool, n)))
    return parts


@shape("document")
def doc_email_municipality(d, c):
    d.s("op_hoi")
    parts = [
        "Onderwerp: nog een keer mijn hele verhaal",
        op_hoi(d, c),
        para(sentences(d, c, "intro", 1) + sentences(d, c, "conflict", 3)),
        para(sentences(d, c, "officials", 3)),
        para(sentences(d, c, "data", 3)),
    ]
    d.k("Onderwerp")
    return parts


@shape("document")
def doc_complaint(d, c):
    d.s("op_dear_sir")
    parts = [
        op_dear_sir(d, c),
        "Hierbij dien ik een klacht in over de manier waarop mijn zaak is behandeld.",
        para(sentences(d, c, "officials", 4)),
        para(sentences(d, c, "conflict", 2)),
        para(sentences(d, c, "data", 3)),
    ]
    d.k("Hierbij", "klacht", "zaak")
    return parts


@shape("document")
def doc_alderman(d, c):
    d.s("op_to_alderman")
    parts = [
        op_to_alderman(d, c),
        para(sentences(d, c, "intro", 2)),
        para(sentences(d, c, "family", 2)),
        para(sentences(d, c, "conflict", 2) + sentences(d, c, "people", 1)),
        para(sentences(d, c, "data", 3)),
    ]
    return parts


@shape("document")
def doc_timeline_prose(d, c):
    parts = ["Tijdlijn, zo goed als ik het me herinner"]
    d.k("Tijdlijn", "Eerst", "Daarna", "Uiteindelijk")
    for lead, pool, n in (
        ("Eerst", "intro", 1),
        ("Daarna", "conflict", 2),
        ("Toen", "family", 1),
        ("Later", "officials", 2),
        ("Uiteindelijk", "data", 2),
    ):
        parts.append(f"{lead}: " + para(sentences(d, c, pool, n)))
    d.k("Later", "Toen")
    return parts


@shape("document")
def doc_statement_witness(d, c):
    parts = [f"Verklaring van een buurtbewoner over de situatie aan de {d.x(c.street, 'ADDRESS')}"]
    d.k("Verklaring", "buurtbewoner", "situatie")
    parts += [
        para(sentences(d, c, "people", 1) + sentences(d, c, "conflict", 3)),
        para(sentences(d, c, "family", 2)),
        para(sentences(d, c, "data", 2)),
    ]
    return parts


@shape("document")
def doc_family_letter(d, c):
    parts = ["Aan de bemiddelaar, van ons allemaal samen"]
    d.k("bemiddelaar", "allemaal")
    parts += [
        para(sentences(d, c, "family", 3)),
        para(sentences(d, c, "intro", 1) + sentences(d, c, "people", 1)),
        para(sentences(d, c, "conflict", 2)),
        para(sentences(d, c, "data", 2)),
    ]
    return parts


@shape("document")
def doc_intake_notes(d, c):
    parts = ["Voor het intakegesprek — wat ik wil vertellen"]
    d.k("intakegesprek", "vertellen")
    for i, (pool, n) in enumerate((("intro", 1), ("family", 2), ("conflict", 2), ("officials", 2), ("data", 2)), 1):
        parts.append(f"{i}. " + para(sentences(d, c, pool, n)))
    return parts


@shape("document")
def doc_addendum(d, c):
    parts = [f"Aanvulling op mijn dossier {d.x(c.case, 'CASE_NUMBER')}"]
    d.k("Aanvulling", "dossier", "vergeten")
    parts += [
        "Na ons gesprek realiseerde ik me dat ik een paar dingen ben vergeten.",
        para(sentences(d, c, "family", 2) + sentences(d, c, "conflict", 2)),
        para(sentences(d, c, "officials", 2)),
        para(sentences(d, c, "data", 2)),
    ]
    d.k("Na", "gesprek")
    return parts


@shape("document")
def doc_open_letter(d, c):
    parts = [f"Open brief aan de bewoners van de {d.x(c.street, 'ADDRESS')}"]
    d.k("Open", "bewoners", "Beste")
    parts += [
        "Beste buren,",
        para(sentences(d, c, "people", 1) + sentences(d, c, "conflict", 2)),
        para(sentences(d, c, "family", 2)),
        para(sentences(d, c, "officials", 1) + sentences(d, c, "data", 2)),
    ]
    d.k("buren")
    return parts


DOC_KINDS = [
    doc_letter_mediator,
    doc_life_story,
    doc_diary,
    doc_email_municipality,
    doc_complaint,
    doc_alderman,
    doc_timeline_prose,
    doc_statement_witness,
    doc_family_letter,
    doc_intake_notes,
    doc_addendum,
    doc_open_letter,
]


# ---------------------------------------------------------------------------------------------------- assembly
def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if w and w not in PARTICLES and len(w) > 1}


def make_doc(i: int, seed_str: str) -> tuple[dict, list[str]]:
    r = random.Random(seed_str)
    known = i % 4 == 1
    d = Doc(r, known)
    c = build_cast(r, known)
    kind = DOC_KINDS[r.randrange(len(DOC_KINDS))]
    d.s(kind.__name__)
    parts = kind(d, c)
    if known:
        # the known resident by full name and bare name, and the ordinary use of the word
        kkind, word, low, sent = c.kw
        d.s("s_known_ordinary")
        parts.insert(1, f"{sent} Ik, {d.n(c.R)}, schrijf dit zelf.")
        parts.insert(
            2,
            f"Ze noemen mij in de buurt gewoon {c.R.title()} {d.n(c.R, 'bare')}."
            if kkind == "sur"
            else f"Iedereen kent mij als {d.n(c.R, 'first')}.",
        )
        d.k(low)
    cl = r.choice(CLOSINGS)
    d.s(cl.__name__)
    parts.append(cl(d, c))
    text = "\n\n".join(
        p[0].upper() + p[1:] if p and p[0].islower() and not p.startswith(("en toen", "ik heb")) else p for p in parts
    )
    doc = {"id": f"fresh39b-{i:04d}", "text": text, "pii": d.pii}
    # keep: whole words of the text, surviving the blanking, sharing no word with a person's name
    blank = text
    for it in sorted(d.pii, key=lambda it: -len(it["text"])):
        blank = blank.replace(it["text"], "[x]")
    namew = set()
    for it in d.pii:
        if it["label"] == "PERSON":
            namew |= _words(it["text"])
    allowed = {c.R.known_word} if known else set()
    keep = []
    for k in d.keeps:
        if k in keep or not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            continue
        if k.lower() not in blank.lower():
            continue
        if _words(k) & namew and not (k in allowed and k.islower()):
            continue
        if known and k.lower() == c.R.known_word and k != c.R.known_word:
            continue
        keep.append(k)
    doc["keep"] = keep
    if known:
        doc["known"] = {"names": [c.R.full]}
        if c.email in text:
            doc["known"]["emails"] = [c.email]
        if c.phone in text:
            doc["known"]["phones"] = [c.phone]
    return doc, d.shapes


def gate(doc: dict) -> str | None:
    """None if the document passes every gate, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not N.bsn_valid(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not N.iban_valid(it["text"]):
            return f"iban {it['text']}"
    namew = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            namew |= _words(it["text"])
    allowed = set()
    for nm in doc.get("known", {}).get("names", []):
        allowed |= _words(nm)
    for k in doc["keep"]:
        shared = _words(k) & namew
        if shared and not (k.islower() and shared <= allowed):
            return f"keep {k!r} shares a name word"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if doc["id"].endswith(tuple("0123456789")) and int(doc["id"][-4:]) % 4 == 1:
        kn = doc.get("known", {}).get("names")
        if not kn or not any(k.islower() and k in _words(kn[0]) for k in doc["keep"]):
            return "known-name document without the ordinary use in keep"
    return None


def generate():
    docs, shapes_used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = make_doc(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} fails its gate: {gate(doc)}")
            doc, sh = make_doc(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes_used.update(sh)
    return docs, shapes_used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh39b_texts.jsonl is up to date" if same else "fresh39b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(used)} "
            f"({', '.join(f'{k} {v}' for k, v in sorted(Counter(SHAPES[s] for s in SHAPES).items()))})"
        )
        print(f"origin groups: {len(N.ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


SHAPES["s_known_ordinary"] = "sentence"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
