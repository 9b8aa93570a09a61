"""Generate fresh37d: a blind annotated corpus on caravan dwellers, Sinti, Roma, travelling showmen and the municipality.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh37d/make_fresh37d.py            # write fresh37d_texts.jsonl
    python tests/anonymizer/fresh37d/make_fresh37d.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh37d/make_fresh37d.py --stats    # counts per label, shapes, known names, redraws
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
from names37d import CALL_NAMES, FIRST_COMPOSED, KNOWN_WORDS, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score37d", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261314
N_DOCS = 300
OUT = HERE / "fresh37d_texts.jsonl"
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

SHAPES: dict[str, object] = {}  # name -> function; sentence shapes, line shapes and document kinds
SENT: list[str] = []  # names of free sentence shapes
KINDS: list[str] = []  # names of document kinds


def sentence(name):
    def deco(f):
        SHAPES[name] = f
        SENT.append(name)
        return f

    return deco


def kind(name):
    def deco(f):
        SHAPES[name] = f
        KINDS.append(name)
        return f

    return deco


def line(name):
    def deco(f):
        SHAPES[name] = f
        return f

    return deco


# ---------------------------------------------------------------- material

PLACES = (
    "Tilburg Oss Nijmegen Ede Deventer Veenendaal Emmen Helmond Roosendaal Venlo Heerlen Almelo Assen Hoorn "
    "Vlaardingen Dordrecht Gouda Leeuwarden Breda Apeldoorn Zaanstad Enschede Maastricht Sittard Kampen"
).split()
STREET_ROOTS = (
    "Kievit Wilgen Zandkuil Meidoorn Ketelaar Zwaluw Vlier Hazel Grutto Lijster Kampeer Heide Rietgors "
    "Elzen Ooievaar Marskramer Paardenmarkt Plataan Beuken Klaproos Berken Vossenholen"
).split()
STREET_TAILS = "pad weg laan straat erf hof dreef kamp".split()
MAIL_HOSTS = "ziggo.nl kpnmail.nl hotmail.com gmail.com live.nl outlook.com planet.nl icloud.com".split()
BANKS = "ABNA INGB RABO SNSB ASNB TRIO KNAB BUNQ RBRB".split()
DEPTS = [
    "Team Woonwagenzaken",
    "afdeling Wonen",
    "Team Vergunningen",
    "afdeling Leerplicht",
    "Team Evenementen",
    "afdeling Handhaving",
    "Team Sociaal Domein",
    "Team Grondzaken",
    "afdeling Publiekszaken",
    "Team Bezwaar",
]
FUNCTIONS = [
    "woonwagenconsulent",
    "leerplichtambtenaar",
    "beleidsmedewerker",
    "vergunningverlener",
    "wijkcoördinator",
    "handhaver",
    "jurist",
    "teamleider",
    "evenementencoördinator",
    "wethouder",
]
ATTRACTIONS = [
    "de zweefmolen",
    "de botsauto's",
    "een oliebollenkraam",
    "de rups",
    "een grijpautomaat",
    "het spookhuis",
    "de draaimolen",
    "een schiettent",
    "de autoscooter",
    "een suikerspinkraam",
]
FAIRS = ["Pinksterkermis", "Najaarskermis", "Zomerkermis", "Paaskermis", "Septemberkermis"]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON_ABBR = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
NUM_WORDS = "twee drie vier vijf zes zeven acht negen tien elf twaalf".split()


class Person:
    def __init__(self, first, root, particle="", gender="v", origin=""):
        self.first, self.root, self.particle, self.gender, self.origin = first, root, particle, gender, origin
        self.no_lower = False

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.root) if x)

    @property
    def bare(self):
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.root
        return self.root

    @property
    def title(self):
        return "mevrouw" if self.gender == "v" else "de heer"


class Doc:
    """The state of one document being drawn."""

    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: list[str] = []
        self.people: list[Person] = []
        self.is_known = known
        self.known_person: Person | None = None
        self.known_emails: list[str] = []
        self.known_phones: list[str] = []
        self.place = r.choice(PLACES)
        self.gem = self.place.lower().replace(" ", "")
        self.family: Person | None = None

    # ---- bookkeeping
    def add(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def c(self, seq):
        return self.r.choice(seq)

    def use(self, name):
        self.used.append(name)
        return SHAPES[name](self)

    # ---- persons
    def new_person(self, origin=None, gender=None, surname_of: Person | None = None) -> Person:
        r = self.r
        for _ in range(50):
            o = origin or r.choice(list(ORIGINS))
            fem, mal, pre, suf, parts = ORIGINS[o]
            g = gender or r.choice("vm")
            first = r.choice((fem if g == "v" else mal).split())
            if o in FIRST_COMPOSED and r.random() < 0.4:
                fb, fe, mb, me = FIRST_COMPOSED[o]
                first = r.choice((fb if g == "v" else mb).split()) + r.choice((fe if g == "v" else me).split())
            if surname_of is not None:
                p = Person(first, surname_of.root, surname_of.particle, g, surname_of.origin)
            else:
                root = r.choice(pre.split()) + r.choice(suf.split())
                if o == "marokkaans" and r.random() < 0.5:
                    root = (
                        r.choice(["El", "Ben", "Ait"])
                        + " "
                        + r.choice(["Hadd", "Amr", "Tahi", "Bouk"])
                        + r.choice(["ouchi", "ani", "ari"])
                    )
                particle = r.choice(parts.split("|")) if parts and (o != "vlaams" or r.random() < 0.6) else ""
                if o == "vlaams" and particle:
                    particle = particle.lower() if particle != "Vande" else "Vande"
                    if particle == "Vande":
                        root, particle = "Vande" + root.lower(), ""
                p = Person(first, root, particle, g, o)
            if all(p.first != q.first and p.full != q.full for q in self.people):
                if surname_of is None and any(q.root == p.root for q in self.people):
                    continue
                self.people.append(p)
                return p
        raise RuntimeError("no fresh name")

    def resident(self):
        if self.is_known and self.known_person is None:
            root = self.c(sorted(KNOWN_WORDS))
            o = self.c(["nederlands", "sinti", "brabants_limburgs", "fries"])
            p = self.new_person(origin=o)
            p.root, p.particle, p.origin = root, "", "nederlands"
            p.no_lower = True
            self.known_person = p
            self.family = p
            return p
        if self.family is None:
            self.family = self.new_person()
            return self.family
        return self.new_person()

    def relative(self, of: Person | None = None, gender=None):
        return self.new_person(surname_of=of or self.family or self.resident(), gender=gender)

    def official(self):
        p = self.new_person()
        return p

    # ---- name forms (every form is registered as PERSON)
    def full(self, p):
        return self.add(p.full, "PERSON")

    def sur(self, p):
        return self.add(p.bare, "PERSON")

    def sur_after_title(self, p):
        return self.add(p.bare, "PERSON")

    def first(self, p):
        return self.add(p.first, "PERSON")

    def initials(self, p):
        ini = p.first[0] + "."
        return self.add(f"{ini} {p.particle + ' ' if p.particle else ''}{p.root}", "PERSON")

    def poss(self, p):
        b = p.bare
        if b[-1] in "sxz":
            f = b + "'"
        elif b[-1] in "aeiouy":
            f = b + "'s"
        else:
            f = b + "s"
        return self.add(f, "PERSON")

    def upper(self, p):
        return self.add(p.root.upper(), "PERSON")

    def lower_full(self, p):
        if p.no_lower:
            return self.full(p)
        return self.add(p.full.lower(), "PERSON")

    def lower_first(self, p):
        if p.no_lower:
            return self.first(p)
        return self.add(p.first.lower(), "PERSON")

    def plural(self, p):
        return (
            self.add(p.root + ("'s" if p.root[-1] in "aeiouy" else "s" if p.root[-1] not in "sxz" else ""), "PERSON")
            if p.root[-1] not in "sxz"
            else self.sur(p)
        )

    def slug(self, p):
        s = re.sub(r"[^a-z]", "", p.root.lower().replace("ı", "i"))
        s = s or "x"
        if p.no_lower:
            return None
        return s

    def handle(self, p):
        base = (p.first + p.root).replace(" ", "").replace("'", "")
        f = self.c(
            [
                f"@{base.lower()}{self.r.randint(1, 99)}",
                f"@{p.first}_{p.root.replace(' ', '')}",
                f"{p.first}{p.root.replace(' ', '')}.{self.r.randint(70, 99)}",
            ]
        )
        return self.add(f, "PERSON")

    def call_name(self):
        for _ in range(20):
            n = self.c(CALL_NAMES)
            if all(n != q.first for q in self.people):
                self.people.append(Person(n, "", "", "m", "roepnaam"))
                return self.add(n, "PERSON")
        return self.add("Zippo", "PERSON")

    # ---- structured items
    def addr(self, alone=False):
        street = self.c(STREET_ROOTS) + self.c(STREET_TAILS)
        if alone:
            return self.add(street, "ADDRESS")
        num = str(self.r.randint(1, 140)) + self.c(["", "", "", "a", "b", "-2", "-11"])
        return self.add(f"{street} {num}", "ADDRESS")

    def postcode(self):
        while True:
            letters = "".join(self.r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
            if letters not in ("SA", "SD", "SS"):
                break
        pc = f"{self.r.randint(1000, 9999)}{self.c([' ', ' ', ''])}{letters}"
        return self.add(pc, "POSTCODE")

    def phone(self, p=None):
        r = self.r
        mob = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        area = self.c(["13", "40", "24", "73", "76", "77", "45", "318", "591"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        f = self.c(
            [
                f"0{mob[0]}-{mob[1:]}",
                f"+31 {mob[0]} {mob[1:5]} {mob[5:]}",
                f"06 {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
                f"0031{mob}",
                f"0{area}-{rest}",
                f"(0{area}) {rest[:3]} {rest[3:]}",
                f"+31 (0){mob}",
            ]
        )
        self.add(f, "PHONE")
        if p is not None and p is self.known_person:
            self.known_phones.append(f)
        return f

    def email(self, p):
        h = self.c(MAIL_HOSTS)
        fn = re.sub(r"[^a-z]", "", p.first.lower()) or "x"
        rn = re.sub(r"[^a-z]", "", p.root.lower()) or "y"
        local = self.c(
            [
                f"{fn}.{rn}",
                f"{fn[0]}.{rn}",
                f"{rn}{self.r.randint(60, 99)}",
                f"{fn}{rn}",
                f"fam.{rn}",
                f"{fn}_{rn}{self.r.randint(1, 9)}",
            ]
        )
        e = self.add(f"{local}@{h}", "EMAIL")
        if p is self.known_person:
            self.known_emails.append(e)
        return e

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            d[0] = r.randint(1, 6)
            s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
            if s <= 9:
                d.append(s)
                break
        s = "".join(map(str, d))
        return self.add(self.c([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"]), "BSN")

    def iban(self):
        r = self.r
        bank = self.c(BANKS)
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
        chk = 98 - int(num) % 97
        ib = f"NL{chk:02d}{bank}{acct}"
        f = self.c([ib, " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)), ib.lower() if r.random() < 0.1 else ib])
        return self.add(f, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        f = self.c(
            [
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"W{L(1)}-{L(2)}-{D(2)}",
                f"O{L(1)}-{D(2)}-{L(2)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"V{L(1)}-{D(3)}-{L(1)}",
            ]
        )
        return self.add(f, "LICENSE_PLATE")

    def case(self, kind=None):
        r = self.r
        y = r.choice([2024, 2025, 2026])
        n = r.randint(10, 99999)
        fmts = {
            "stp": f"STP-{y}-{n:05d}",
            "wl": f"WL/{y % 100}/{n:04d}",
            "krm": f"KRM.{y}.{n:04d}",
            "lpl": f"LPL-{r.randint(100, 999)}-{y % 100}",
            "bez": f"BZW {y}/{n:05d}",
            "hh": f"HH{y % 100}-{n:05d}K",
            "zk": f"Z-{y}-WW-{n:04d}",
            "emv": f"EVG/{y}/{n:03d}",
            "dos": f"DOS {r.randint(10, 99)}.{n:05d}",
            "klc": f"KL-WWB-{n:04d}-{y % 100}",
        }
        f = fmts[kind] if kind else r.choice(list(fmts.values()))
        return self.add(f, "CASE_NUMBER")

    def dob(self):
        r = self.r
        y, m, d = r.randint(1938, 2019), r.randint(1, 12), r.randint(1, 28)
        f = self.c(
            [
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {MON_ABBR[m - 1]} {y}",
                f"{d:02d}{m:02d}{y}",
                f"{d} {MONTHS[m - 1].capitalize()} {y}",
            ]
        )
        return self.add(f, "DATE_OF_BIRTH")

    def child_dob(self):
        r = self.r
        y, m, d = r.randint(2010, 2021), r.randint(1, 12), r.randint(1, 28)
        f = self.c([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d}/{m}/{y}"])
        return self.add(f, "DATE_OF_BIRTH")

    # ---- ordinary (keep) material
    def date(self):
        d, m = self.r.randint(1, 28), self.r.randint(1, 12)
        y = self.c([2025, 2026])
        mon = MONTHS[m - 1]
        self.k(mon)
        return f"{d} {mon} {y}"

    def num_date(self):
        return f"{self.r.randint(1, 28):02d}-{self.r.randint(1, 12):02d}-{self.c([2025, 2026])}"

    def day(self):
        w = self.c(WEEKDAYS)
        self.k(w)
        return w

    def amount(self):
        a = self.c(
            [
                f"{self.r.randint(2, 48) * 25}",
                f"{self.r.randint(1, 9)}.{self.r.randint(100, 999)},{self.c(['00', '50', '25'])}",
            ]
        )
        self.k(a)
        return "€ " + a

    def dept(self):
        d = self.c(DEPTS)
        self.k(d.split(" ", 1)[1])
        return d

    def func(self):
        f = self.c(FUNCTIONS)
        self.k(f)
        return f

    def info(self):
        e = self.c([f"info@{self.gem}.nl", f"woonwagenzaken@{self.gem}.nl", f"kermis@{self.gem}.nl"])
        self.k(e)
        return e

    def tel14(self):
        t = f"14 0{self.r.randint(10, 99)}"
        self.k(t)
        return t


# ---------------------------------------------------------------- free sentence shapes


@sentence("wachtlijst_positie")
def _(d):
    p = d.resident()
    n = d.r.randint(2, 41)
    d.k("wachtlijst", "standplaats", "inschrijving")
    return (
        f"{p.title.capitalize()} {d.sur(p)} staat op plaats {n} van de wachtlijst voor een standplaats; "
        f"de inschrijving loopt sinds {d.date()} onder nummer {d.case('wl')}."
    )


@sentence("wachtlijst_jaren")
def _(d):
    p = d.resident()
    d.k("Woonwagenzaken", "jaar", "kinderen")
    n = d.c(NUM_WORDS)
    return (
        f"Al {n} jaar wacht {d.full(p)} op een plek op het terrein waar de ouders staan; intussen woont "
        f"het gezin met drie kinderen bij een zus in. Woonwagenzaken kan geen datum noemen."
    )


@sentence("excuses_gemeente")
def _(d):
    d.k("excuses", "uitsterfbeleid", "Sinti", "Roma", "woonwagenbewoners", "college")
    return (
        f"Op {d.date()} bood het college van {d.place} excuses aan voor het uitsterfbeleid, waardoor Sinti, Roma "
        f"en woonwagenbewoners decennialang geen nieuwe standplaatsen kregen."
    )


@sentence("excuses_brief_reactie")
def _(d):
    p = d.resident()
    d.k("excuses", "papier", "standplaats")
    return (
        f'"Die excuses staan op papier, maar mijn zoon heeft nog steeds geen standplaats," zei {d.full(p)} '
        f"tijdens de bijeenkomst."
    )


@sentence("familie_netwerk")
def _(d):
    a = d.resident()
    b = d.relative(a, "m")
    c2 = d.relative(a, "m")
    d.k("familie", "neef", "terrein")
    return (
        f"Op het terrein aan de {d.addr(alone=True)} wonen vier generaties van de familie {d.sur(a)}: "
        f"{d.full(a)}, diens broer {d.full(b)} en neef {d.full(c2)}."
    )


@sentence("roepnaam")
def _(d):
    p = d.resident()
    d.k("roepnaam", "familie", "iedereen")
    return (
        f"In de familie heet {d.full(p)} gewoon {d.call_name()}; onder die roepnaam kent iedereen op het "
        f"terrein deze bewoner."
    )


@sentence("roepnaam_brief")
def _(d):
    p = d.resident()
    n = d.call_name()
    d.k("Gemeentelijke", "basisadministratie", "brieven")
    return (
        f'Brieven aan "{n} {d.sur(p)}" komen niet aan, want in de Gemeentelijke basisadministratie staat '
        f"de bewoner als {d.full(p)}."
    )


@sentence("zelfde_achternaam")
def _(d):
    p = d.resident()
    q = d.relative(p)
    d.k("achternaam", "verwisseld", "dossiers")
    return (
        f"Omdat zes bewoners dezelfde achternaam dragen, zijn de dossiers van {d.full(p)} en {d.full(q)} "
        f"twee keer verwisseld."
    )


@sentence("geboortedatum_verwarring")
def _(d):
    p = d.resident()
    q = d.relative(p)
    d.k("verwarring", "geboortedatum", "voornaam")
    return (
        f"Ter voorkoming van verwarring: {d.full(p)} is geboren op {d.dob()}, een nicht met bijna dezelfde "
        f"voornaam is {d.full(q)} (geb. {d.dob()})."
    )


@sentence("bemiddelaar_kent")
def _(d):
    m = d.official()
    p = d.resident()
    d.k("bemiddelaar", "vertrouwen", "families")
    return (
        f"Bemiddelaar {d.full(m)} kent de families al twintig jaar en geniet vertrouwen en belde "
        f"{d.title_of(p)} {d.sur(p)} voordat de brief de deur uitging."
    )


@sentence("bemiddelaar_telefoon")
def _(d):
    m = d.official()
    d.k("bereikbaar", "bemiddelaar", "werkdagen")
    return f"De bemiddelaar, {d.full(m)}, is op werkdagen bereikbaar via {d.phone(m)} of {d.email(m)}."


@sentence("kermis_vergunning")
def _(d):
    p = d.resident()
    fair = d.c(FAIRS)
    d.k(fair, "vergunning", "aangevraagd")
    return (
        f"Voor de {fair} heeft {d.full(p)} een vergunning aangevraagd voor {d.c(ATTRACTIONS)} "
        f"(zaaknummer {d.case('krm')})."
    )


@sentence("kermis_loting")
def _(d):
    p = d.resident()
    d.k("loting", "kermisexploitanten", "plaatsen")
    return (
        f"Bij de loting onder kermisexploitanten viel {d.sur(p)} buiten de boot: er waren {d.r.randint(30, 80)} "
        f"aanvragen voor {d.r.randint(12, 25)} plaatsen."
    )


@sentence("kermis_stroom")
def _(d):
    p = d.resident()
    d.k("aansluiting", "stroom", "Evenementen")
    return (
        f"{d.poss(p)} aansluiting op de stroomkast bleek te licht; Team Evenementen beloofde vóór "
        f"{d.day()} een zwaardere kast."
    )


@sentence("kenteken_trekker")
def _(d):
    p = d.resident()
    d.k("trekker", "wagen", "Kenteken")
    return f"Kenteken trekker: {d.plate()}; kenteken wagen: {d.plate()} (beide op naam van {d.full(p)})."


@sentence("kenteken_handhaving")
def _(d):
    d.k("Handhaving", "bekeuring", "parkeerplaats")
    return (
        f"Handhaving schreef een bekeuring uit voor de caravan met kenteken {d.plate()} op de parkeerplaats "
        f"bij het sportpark."
    )


@sentence("leerplicht_verzuim")
def _(d):
    p = d.resident()
    ch = d.relative(p)
    d.k("leerplichtambtenaar", "verzuim", "basisschool")
    return (
        f"De leerplichtambtenaar meldt verzuim van {d.full(ch)}, geboren {d.child_dob()}, leerling van de "
        f"basisschool; ouder {d.full(p)} is uitgenodigd (dossier {d.case('lpl')})."
    )


@sentence("leerplicht_reizen")
def _(d):
    ch = d.relative(d.resident())
    d.k("reizende", "schoolperiode", "Leerplichtwet")
    return (
        f"Omdat het gezin tijdens het kermisseizoen reist, volgt {d.first(ch)} onderwijs via de school voor "
        f"reizende kinderen; volgens de Leerplichtwet telt die schoolperiode gewoon mee."
    )


@sentence("leerplicht_vrijstelling")
def _(d):
    p = d.resident()
    ch = d.relative(p)
    d.k("vrijstelling", "uitvaart", "dagen")
    return f"Voor de uitvaart van opa vroeg {d.sur(p)} vrijstelling voor {d.first(ch)}; de school gaf drie dagen."


@sentence("bsn_opgave")
def _(d):
    p = d.resident()
    d.k("burgerservicenummer", "opgegeven")
    return f"Het burgerservicenummer van {d.full(p)} is opgegeven als {d.bsn()}."


@sentence("iban_borg")
def _(d):
    p = d.resident()
    d.k("waarborgsom", "terugbetaald", "rekening")
    return f"De waarborgsom van {d.amount()} wordt terugbetaald op rekening {d.iban()} t.n.v. {d.initials(p)}."


@sentence("iban_huur")
def _(d):
    p = d.resident()
    d.k("standplaatshuur", "maand", "incasso")
    return (
        f"De standplaatshuur ({d.amount()} per maand) wordt via incasso afgeschreven van {d.iban()}, "
        f"rekeninghouder {d.full(p)}."
    )


@sentence("adres_postcode")
def _(d):
    p = d.resident()
    d.k(d.place)
    return f"{d.full(p)} woont op {d.addr()}, {d.postcode()} {d.place}."


@sentence("adres_nieuwe_plek")
def _(d):
    p = d.resident()
    d.k("nieuwe", "standplaats", "oplevering")
    return (
        f"De nieuwe standplaats voor {d.title_of(p)} {d.sur(p)} komt aan de {d.addr()}; oplevering staat "
        f"gepland voor {d.date()}."
    )


@sentence("geboren_zin_cue")
def _(d):
    p = d.resident()
    d.k("Geboortedatum", "aanvrager")
    return f"Aanvrager: {d.full(p)}. Geboortedatum: {d.dob()}."


@sentence("geboren_los")
def _(d):
    p = d.resident()
    d.k("generatie", "wagen")
    return f"{d.full(p)} ({d.dob()}) groeide op in een wagen en is de derde generatie op dit terrein."


@sentence("geboren_op")
def _(d):
    p = d.resident()
    d.k("kamp", "oorlog")
    return (
        f"{d.full(p)} werd geboren op {d.dob()} op het terrein bij {d.place}; de grootvader overleefde de "
        f"oorlog in een kamp."
    )


@sentence("telefoon_terugbel")
def _(d):
    p = d.resident()
    d.k("terugbellen", "middag", "voorkeur")
    return (
        f"{d.title_of(p).capitalize()} {d.sur(p)} wil graag teruggebeld worden op {d.phone(p)}, bij voorkeur "
        f"in de middag."
    )


@sentence("email_zoon")
def _(d):
    p = d.resident()
    s = d.relative(p, "m")
    d.k("mailt", "namens", "ouder", "leest")
    return f"Zoon {d.first(s)} mailt namens de ouder vanaf {d.email(s)}, omdat {d.sur(p)} zelf niet leest."


@sentence("geen_post")
def _(d):
    p = d.resident()
    d.k("brievenbus", "post", "Publiekszaken")
    return (
        f"Op het terrein is geen brievenbus per wagen; post voor {d.full(p)} gaat naar het adres van "
        f"een tante, {d.addr()}. Publiekszaken noteerde dit als briefadres."
    )


@sentence("briefadres")
def _(d):
    p = d.resident()
    d.k("briefadres", "inschrijving", "Basisregistratie")
    return (
        f"Het briefadres van {d.full(p)} ({d.addr()}, {d.postcode()}) is in de Basisregistratie Personen "
        f"vastgelegd; de inschrijving is daarmee hersteld."
    )


@sentence("handhaving_aanbouw")
def _(d):
    p = d.resident()
    d.k("aanbouw", "omgevingsvergunning", "last")
    return (
        f"De handhaver legde {d.full(p)} een last onder dwangsom op voor een aanbouw zonder "
        f"omgevingsvergunning (kenmerk {d.case('hh')})."
    )


@sentence("bezwaar_ingediend")
def _(d):
    p = d.resident()
    d.k("bezwaarschrift", "weigering", "ontvangen")
    return f"Het bezwaarschrift van {d.full(p)} tegen de weigering is op {d.date()} ontvangen onder {d.case('bez')}."


@sentence("hoorzitting")
def _(d):
    p = d.resident()
    m = d.official()
    d.k("hoorzitting", "commissie", "Bezwaarschriften")
    return (
        f"Tijdens de hoorzitting van de commissie Bezwaarschriften sprak {d.sur(p)} namens de hele familie; "
        f"{d.full(m)} ({d.func()}) lichtte het besluit toe."
    )


@sentence("ambtenaar_functie")
def _(d):
    m = d.official()
    dep = d.dept()
    return f"Behandelend ambtenaar: {d.full(m)}, {d.func()}, {dep}."


@sentence("ambtenaar_initialen")
def _(d):
    m = d.official()
    d.k("dossier", "overgedragen", "collega")
    return f"Het dossier is overgedragen aan collega {d.initials(m)} van {d.dept()}."


@sentence("nationale_ombudsman")
def _(d):
    p = d.resident()
    d.k("Nationale", "Ombudsman", "rapport", "woonwagenbewoners")
    return (
        f"{d.full(p)} verwees naar het rapport van de Nationale Ombudsman over woonwagenbewoners: "
        f'"Ze horen ons pas als er iets misgaat."'
    )


@sentence("beleidskader")
def _(d):
    d.k("Beleidskader", "Woonwagen-", "standplaatsenbeleid", "behoefteonderzoek")
    return (
        "Volgens het Beleidskader gemeentelijk Woonwagen- en standplaatsenbeleid moet de gemeente eerst een "
        "behoefteonderzoek doen."
    )


@sentence("behoefteonderzoek")
def _(d):
    d.k("behoefteonderzoek", "huishoudens", "standplaatsen")
    n = d.r.randint(15, 70)
    return (
        f"Uit het behoefteonderzoek blijkt dat {n} huishoudens een standplaats willen, terwijl er maar "
        f"{d.r.randint(2, 9)} standplaatsen vrijkomen."
    )


@sentence("corporatie_toewijzing")
def _(d):
    p = d.resident()
    d.k("woningcorporatie", "toewijzing", "familiebinding")
    return (
        f"De woningcorporatie hield bij de toewijzing geen rekening met familiebinding; {d.full(p)} kwam "
        f"daardoor op een terrein ver van de eigen familie."
    )


@sentence("chalet_aankoop")
def _(d):
    p = d.resident()
    d.k("chalet", "koopwagen", "taxatie")
    return f"{d.full(p)} wil de koopwagen vervangen door een chalet; de taxatie kwam uit op {d.amount()}."


@sentence("mantelzorg_wagen")
def _(d):
    p = d.resident()
    q = d.relative(p)
    d.k("mantelzorgwagen", "tijdelijk", "mantelzorger")
    return (
        f"Voor de zorg aan {d.full(q)} vraagt {d.first(p)} als mantelzorger tijdelijk een mantelzorgwagen naast de "
        f"wagen van de familie."
    )


@sentence("bijeenkomst_buurthuis")
def _(d):
    wd = d.day()
    d.k("bijeenkomst", "buurthuis", "koffie")
    return f"Op {wd} is er een bijeenkomst in het buurthuis; de koffie staat om half acht klaar."


@sentence("wethouder_bezoek")
def _(d):
    w = d.official()
    p = d.resident()
    d.k("wethouder", "bezoek", "beloofde")
    return (
        f"Wethouder {d.full(w)} bracht een bezoek aan het terrein en beloofde {d.sur_after_title(p)} "
        f"persoonlijk een antwoord."
    )


@sentence("privacy_lijst")
def _(d):
    d.k("privacy", "namenlijst", "gemeente", "registratie")
    return (
        "Veel families wantrouwen elke namenlijst van de gemeente, omdat registratie in het verleden tot "
        "deportatie leidde; privacy is hier geen formaliteit."
    )


@sentence("kerk_bedevaart")
def _(d):
    p = d.resident()
    d.k("bedevaart", "mei", "Kevelaer")
    return f"Zoals elk jaar in mei gaat de familie van {d.full(p)} op bedevaart naar Kevelaer."


@sentence("ziekte_opa")
def _(d):
    p = d.resident()
    d.k("ziekenhuis", "bezoek", "tientallen")
    return (
        f"Toen {d.full(p)} in het ziekenhuis lag, kwamen er tientallen familieleden op bezoek; de beveiliging "
        f"belde de politie."
    )


@sentence("whatsapp_citaat")
def _(d):
    p = d.resident()
    d.k("app", "gemeente", "weer")
    return f'In de app schreef {d.lower_first(p)}: "gemeente heeft weer niks laten horen, ik word er moe van".'


@sentence("handle_facebook")
def _(d):
    p = d.resident()
    d.k("Facebook", "foto's", "geplaatst")
    return f"Op Facebook heeft {d.handle(p)} foto's van de ontruiming geplaatst."


@sentence("bestandsnaam")
def _(d):
    p = d.resident()
    s = d.slug(p)
    d.k("bijlage", "huurcontract")
    if s is None:
        return f"In de bijlage zit het huurcontract van {d.full(p)}."
    d.add(s, "PERSON")
    return f"In de bijlage: huurcontract-{s}-{d.c([2025, 2026])}.pdf en een kopie van de kaart."


@sentence("hoofdletters_betreft")
def _(d):
    p = d.resident()
    d.k("Betreft", "STANDPLAATS")
    return f"Betreft: STANDPLAATS FAM. {d.upper(p)} / {d.case('stp')}"


@sentence("meervoud_familie")
def _(d):
    p = d.resident()
    d.k("ruzie", "nooit", "terrein")
    return f"De {d.plural(p)} en de buren hebben nooit ruzie gehad, zegt de beheerder van het terrein."


@sentence("bezoekregeling_terrein")
def _(d):
    p = d.resident()
    d.k("slagboom", "sleutel", "beheerder")
    return (
        f"De beheerder gaf {d.title_of(p)} {d.sur(p)} geen sleutel van de slagboom; nu kan de ambulance niet "
        f"direct doorrijden."
    )


@sentence("riolering")
def _(d):
    wd = d.day()
    d.k("riolering", "verstopt", "aannemer")
    return f"De riolering op het terrein is al weken verstopt; de aannemer komt pas op {wd}."


@sentence("overleg_datum")
def _(d):
    m = d.official()
    d.k("overleg", "gepland", "uur")
    return f"Een overleg met {d.full(m)} is gepland op {d.date()} om {d.r.randint(9, 16)}.00 uur."


@sentence("bedrag_kwijtschelding")
def _(d):
    p = d.resident()
    d.k("kwijtschelding", "precariobelasting")
    return f"{d.full(p)} vroeg kwijtschelding van de precariobelasting van {d.amount()}."


@sentence("kind_inschrijving_school")
def _(d):
    p = d.resident()
    ch = d.relative(p)
    d.k("inschrijving", "groep", "ingeschreven")
    return f"{d.full(ch)} (geb. {d.child_dob()}) is ingeschreven in groep {d.r.randint(1, 8)}."


@sentence("schoolmaatschappelijk")
def _(d):
    m = d.official()
    ch = d.relative(d.resident())
    d.k("schoolmaatschappelijk", "werker", "huisbezoek")
    return f"Schoolmaatschappelijk werker {d.full(m)} legde een huisbezoek af bij het gezin van {d.first(ch)}."


@sentence("possessief_wagen")
def _(d):
    p = d.resident()
    d.k("wagen", "schade", "verzekeraar")
    return f"{d.poss(p)} wagen liep schade op; de verzekeraar wacht op het rapport van de gemeente."


@sentence("oudere_spreekt")
def _(d):
    p = d.resident()
    d.k("vroeger", "trokken", "paard")
    return (
        f'"Vroeger trokken we met paard en wagen," vertelt {d.full(p)}, "en nu mogen we niet eens '
        f'een tweede wagen neerzetten."'
    )


@sentence("roma_taal")
def _(d):
    p = d.resident()
    d.k("tolk", "Romanes", "gesprek")
    return f"Bij het gesprek met {d.full(p)} was een tolk Romanes aanwezig."


@sentence("sinti_herdenking")
def _(d):
    d.k("herdenking", "augustus", "Sinti", "Roma")
    return "Op 2 augustus is de herdenking van de Sinti en Roma die in de oorlog zijn vermoord."


@sentence("email_cc")
def _(d):
    a = d.official()
    b = d.official()
    d.k("kopie", "Wonen")
    return f"In kopie: {d.email(a)} en {d.email(b)} (afdeling Wonen)."


@sentence("dob_compact")
def _(d):
    p = d.resident()
    d.k("gezinssamenstelling")
    return f"Gezinssamenstelling: {d.full(p)}, °{d.dob()}; partner {d.full(d.new_person())}, °{d.dob()}."


@sentence("wachtlijst_kind_volwassen")
def _(d):
    p = d.resident()
    ch = d.relative(p)
    d.k("volwassen", "ingeschreven", "wachtlijst")
    return (
        f"Zodra {d.first(ch)} achttien werd, heeft {d.sur(p)} dat kind ingeschreven op de wachtlijst; volwassen "
        f"kinderen krijgen anders nooit een plek."
    )


@sentence("notitie_bemiddelaar_bron")
def _(d):
    m = d.official()
    d.k("notitie", "verslag", "akkoord")
    return f"Notitie {d.initials(m)}: de familie is akkoord met het verslag."


# ---------------------------------------------------------------- line shapes (used inside document kinds)


@line("regel_naw")
def _(d):
    p = d.resident()
    d.k("Naam", "Adres")
    return f"Naam: {d.full(p)}\nAdres: {d.addr()}\nPostcode: {d.postcode()} {d.place}"


@line("regel_tel_mail")
def _(d):
    p = d.family or d.resident()
    d.k("Telefoon", "E-mail")
    return f"Telefoon: {d.phone(p)}\nE-mail: {d.email(p)}"


@line("regel_wachtlijst_tabel")
def _(d):
    rows = []
    for i in range(d.r.randint(2, 4)):
        p = d.new_person()
        rows.append(f"{i + 1} | {d.full(p)} | {d.num_date()} | {d.case('wl')}")
    d.k("Positie", "inschrijfdatum", "registratienummer")
    return "Positie | naam | inschrijfdatum | registratienummer\n" + "\n".join(rows)


@line("regel_aanwezig")
def _(d):
    m = d.official()
    n = d.official()
    p = d.resident()
    d.k("Aanwezig", "bemiddelaar", "notulen")
    return f"Aanwezig: {d.full(p)}, {d.full(m)} ({d.func()}), {d.full(n)} (bemiddelaar); notulen: {d.initials(n)}."


@line("regel_chat")
def _(d):
    p = d.resident()
    q = d.relative(p)
    t = f"{d.r.randint(7, 22):02d}:{d.r.randint(0, 59):02d}"
    d.k("morgen", "wethouder", "brief")
    return (
        f"[{t}] {d.lower_first(p)}: heb jij die brief van de gemeente al?\n"
        f"[{t}] {d.first(q)}: ja, morgen bellen met de wethouder, {d.lower_first(p)}"
    )


@line("regel_chat_tel")
def _(d):
    p = d.resident()
    d.k("nummer", "nieuw")
    return f"[bericht] {d.lower_full(p)}: mijn nieuwe nummer is {d.phone(p)}"


@line("regel_formulier_kermis")
def _(d):
    p = d.resident()
    d.k("Attractie", "Afmetingen", "meter")
    return (
        f"Aanvrager: {d.full(p)}\nAttractie: {d.c(ATTRACTIONS)}\nAfmetingen: {d.r.randint(6, 30)} x "
        f"{d.r.randint(4, 20)} meter\nKenteken trekker: {d.plate()}"
    )


@line("regel_leerling")
def _(d):
    p = d.resident()
    ch = d.relative(p)
    d.k("Leerling", "Ouder", "Verzuimuren")
    return f"Leerling: {d.full(ch)} ({d.child_dob()})\nOuder/verzorger: {d.full(p)}\nVerzuimuren: {d.r.randint(8, 90)}"


@line("regel_bsn_iban")
def _(d):
    d.k("BSN", "IBAN")
    return f"BSN: {d.bsn()} | IBAN: {d.iban()}"


@line("regel_kenmerk")
def _(d):
    d.k("Kenmerk", "Datum")
    return f"Kenmerk: {d.case()}\nDatum: {d.date()}"


@line("regel_ondertekening")
def _(d):
    m = d.official()
    f = d.func()
    return f"Met vriendelijke groet,\n\n{d.full(m)}\n{f}, {d.dept()}\nT {d.tel14()} | {d.info()}"


@line("regel_aanhef")
def _(d):
    p = d.family or d.resident()
    return f"Geachte {'mevrouw' if p.gender == 'v' else 'heer'} {d.sur(p)},"


@line("regel_telefoonnotitie")
def _(d):
    p = d.resident()
    d.k("Beller", "Teruggebeld", "Onderwerp")
    return (
        f"Beller: {d.full(p)} ({d.phone(p)})\nOnderwerp: {d.c(['standplaats', 'kermisvergunning', 'leerplicht', 'huur'])}"
        f"\nTeruggebeld: {d.day()}"
    )


@line("regel_bullet_actie")
def _(d):
    m = d.official()
    d.k("Actie", "vóór")
    return f"- Actie {d.sur(m)}: reactie vóór {d.date()}"


@line("regel_raadsvraag")
def _(d):
    d.k("Vraag", "college", "woonwagenbewoners", "Antwoord")
    return (
        "Vraag 1: Is het college bereid de wachtlijst voor woonwagenbewoners openbaar te maken?\n"
        "Antwoord: Het college maakt alleen geanonimiseerde aantallen openbaar."
    )


@line("regel_mail_kop")
def _(d):
    p = d.family or d.resident()
    d.k("Van", "Aan", "Onderwerp")
    return f"Van: {d.email(p)}\nAan: {d.info()}\nOnderwerp: {d.c(['standplaats', 'wachtlijst', 'kermis', 'school'])}"


# ---------------------------------------------------------------- document kinds


def _body(d, lo, hi):
    names = d.r.sample(SENT, d.r.randint(lo, hi))
    return [d.use(n) for n in names]


def _known_sentence(d):
    if d.is_known:
        p = d.known_person or d.resident()
        word, sent = KNOWN_WORDS[p.root]
        d.k(word)
        d.used.append("zin_bekende_naam_gewoon_woord")
        return [f"{d.full(p)} is de aanvrager.", sent]
    return []


@kind("brief_gemeente")
def _(d):
    parts = [f"Gemeente {d.place} — {d.dept()}", d.use("regel_kenmerk"), d.use("regel_aanhef")]
    parts += _known_sentence(d) + _body(d, 2, 4) + [d.use("regel_ondertekening")]
    return "\n".join(parts)


@kind("email_bewoner")
def _(d):
    d.resident()
    parts = [d.use("regel_mail_kop"), "Beste mensen,"] + _known_sentence(d) + _body(d, 2, 3)
    parts += ["Groet,", d.full(d.family)]
    return "\n".join(parts)


@kind("familieapp")
def _(d):
    d.k("Familieapp")
    parts = ["Familieapp (doorgestuurd door de bemiddelaar)", d.use("regel_chat"), d.use("regel_chat_tel")]
    parts += _known_sentence(d) + _body(d, 1, 2)
    return "\n".join(parts)


@kind("gespreksverslag")
def _(d):
    d.k("Gespreksverslag", "Afspraken")
    parts = [f"Gespreksverslag {d.date()}", d.use("regel_aanwezig")] + _known_sentence(d) + _body(d, 2, 3)
    parts += ["Afspraken:", d.use("regel_bullet_actie")]
    return "\n".join(parts)


@kind("wachtlijst_uittreksel")
def _(d):
    d.k("Uittreksel", "wachtlijst")
    parts = [f"Uittreksel wachtlijst standplaatsen {d.place}", d.use("regel_wachtlijst_tabel")]
    parts += _known_sentence(d) + _body(d, 1, 3)
    return "\n".join(parts)


@kind("aanvraag_kermis")
def _(d):
    d.k("Aanvraag", "evenementenvergunning")
    parts = ["Aanvraag evenementenvergunning", d.use("regel_formulier_kermis"), d.use("regel_tel_mail")]
    parts += _known_sentence(d) + _body(d, 1, 3)
    return "\n".join(parts)


@kind("telefoonnotitie")
def _(d):
    d.k("Telefoonnotitie")
    parts = [f"Telefoonnotitie {d.num_date()}", d.use("regel_telefoonnotitie")] + _known_sentence(d) + _body(d, 1, 3)
    return "\n".join(parts)


@kind("verzuimmelding")
def _(d):
    d.k("Verzuimmelding", "Leerplicht")
    parts = [f"Verzuimmelding — afdeling Leerplicht {d.place}", d.use("regel_leerling")]
    parts += _known_sentence(d) + _body(d, 2, 3)
    return "\n".join(parts)


@kind("raadsvragen")
def _(d):
    d.k("Schriftelijke", "vragen", "raadslid")
    m = d.official()
    parts = [f"Schriftelijke vragen van raadslid {d.full(m)}", d.use("regel_raadsvraag")]
    parts += _known_sentence(d) + _body(d, 1, 3)
    return "\n".join(parts)


@kind("dossiernotitie_bemiddelaar")
def _(d):
    d.k("Dossiernotitie")
    parts = [f"Dossiernotitie bemiddelaar — {d.case('dos')}"] + _known_sentence(d)
    parts += ["- " + s for s in _body(d, 3, 4)]
    return "\n".join(parts)


@kind("klacht_formulier")
def _(d):
    d.k("Klachtformulier", "Omschrijving")
    parts = ["Klachtformulier", d.use("regel_naw"), d.use("regel_bsn_iban"), "Omschrijving:"]
    parts += _known_sentence(d) + _body(d, 1, 3)
    return "\n".join(parts)


@kind("overdracht_collega")
def _(d):
    d.k("Overdracht", "Hoi")
    a = d.official()
    parts = [f"Overdracht aan {d.full(a)}", f"Hoi {d.first(a)}, even de stand van zaken:"]
    parts += _known_sentence(d) + _body(d, 2, 4)
    return "\n".join(parts)


@kind("intranetbericht")
def _(d):
    d.k("Intranet", "excuses")
    parts = [f"Intranet {d.place}: een jaar na de excuses"] + _known_sentence(d) + _body(d, 2, 3)
    return "\n\n".join(parts)


SHAPES["zin_bekende_naam_gewoon_woord"] = _known_sentence


def _title_of(self, p):
    return p.title


Doc.title_of = _title_of


# ---------------------------------------------------------------- gate and generation


def _words(s):
    return [w.lower() for w in re.findall(r"\w+", s)]


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN":
            s = re.sub(r"\D", "", item["text"])
            if len(s) != 9 or (sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) - int(s[8])) % 11:
                return f"bsn {item['text']}"
        if item["label"] == "IBAN":
            s = item["text"].replace(" ", "").upper()
            if int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 != 1:
                return f"iban {item['text']}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= {w for w in _words(item["text"]) if w not in PARTICLES and len(w) > 1}
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w for w in _words(n) if w not in PARTICLES and len(w) > 1}
    for kw in doc["keep"]:
        for w in _words(kw):
            if w in name_words and not (kw == kw.lower() and w in known_words):
                return f"keep {kw!r} shares {w!r} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def draw(i: int, r: random.Random) -> dict:
    d = Doc(r, known=(i % 4 == 1))
    k = KINDS[i % len(KINDS)] if r.random() < 0.6 else r.choice(KINDS)
    d.used.append(k)
    text = SHAPES[k](d)
    pii_texts = [it["text"] for it in d.pii]
    keep = []
    for w in d.keep:
        if w in text and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) and w not in keep:
            if not any(w in t for t in pii_texts) or w.lower() in _blank(text, pii_texts).lower():
                keep.append(w)
    doc = {"id": f"fresh37d-{i:04d}", "text": text, "pii": d.pii, "keep": keep[:14]}
    if d.is_known:
        kn = {"names": [d.known_person.full]}
        if d.known_emails:
            kn["emails"] = d.known_emails
        if d.known_phones:
            kn["phones"] = d.known_phones
        doc["known"] = kn
    doc["_shapes"] = d.used
    return doc


def _blank(text, pii_texts):
    for t in sorted(pii_texts, key=len, reverse=True):
        text = text.replace(t, "[x]")
    return text


def generate():
    docs, redraws, shapes_used = [], 0, Counter()
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            doc = draw(i, r)
            shapes = doc.pop("_shapes")
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise RuntimeError(f"{doc['id']}: {gate(doc)}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        shapes_used.update(set(shapes))
        docs.append(
            {k: doc[k] for k in ("id", "text", "pii", "keep")} | ({"known": doc["known"]} if "known" in doc else {})
        )
    return docs, redraws, shapes_used


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes_used = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh37d_texts.jsonl is up to date" if same else "fresh37d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)} (document kinds {len(KINDS)}, sentence shapes {len(SENT)}, "
            f"line shapes {len(SHAPES) - len(KINDS) - len(SENT)})"
        )
        print(f"shapes used: {len(shapes_used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"origin groups: {len(ORIGINS)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
