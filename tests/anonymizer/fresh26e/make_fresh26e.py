"""Generate fresh26e: a blind annotated corpus of Dutch texts about animals in the municipality (dog tax, barking,
bites and muzzle orders, stray cats and the shelter, chickens and pigeons, animal-welfare reports, grazing land,
vets' letters, owners' messages). Standard library only.

Usage: make_fresh26e.py [--check | --stats]
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
from names26e import GROUPS, KNOWN  # noqa: E402

_spec = importlib.util.spec_from_file_location("score26e", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 202620105
N_DOCS = 300
OUT = HERE / "fresh26e_texts.jsonl"
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

KINDS: dict[str, callable] = {}
LINES: dict[str, callable] = {}


def kind(f):
    KINDS["kind:" + f.__name__] = f
    return f


def line(f):
    LINES["line:" + f.__name__] = f
    return f


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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
PLACES = [
    "Oldebroek",
    "Hardenberg",
    "Meppel",
    "Steenwijk",
    "Kampen",
    "Heerenveen",
    "Emmen",
    "Tiel",
    "Culemborg",
    "Gorinchem",
    "Woerden",
    "Zeist",
    "Veenendaal",
    "Harderwijk",
    "Sneek",
    "Assen",
    "Hoogeveen",
    "Coevorden",
    "Zutphen",
    "Deventer",
    "Oosterhout",
    "Roosendaal",
    "Weert",
    "Venray",
    "Hoorn",
    "Purmerend",
]
STREET_A = [
    "Kievit",
    "Merel",
    "Zwaluw",
    "Eiken",
    "Linden",
    "Molen",
    "Haven",
    "Esdoorn",
    "Hazel",
    "Klaver",
    "Boekweit",
    "Lijster",
    "Wilgen",
    "Berken",
    "Gersten",
    "Vlas",
    "Koren",
    "Hoefslag",
    "Stalhouder",
    "Schaapskooi",
    "Fazant",
    "Meidoorn",
    "Sleedoorn",
    "Leeuwerik",
]
STREET_B = ["straat", "laan", "weg", "hof", "pad", "singel", "kade", "dreef", "erf", "akker"]
DOGS = ["Bobbie", "Rakker", "Saar", "Kees", "Luna", "Max", "Pip", "Django", "Bella", "Loki", "Snuf", "Tibo"]
BREEDS = [
    "labrador",
    "Mechelse herder",
    "stafford",
    "border collie",
    "jack russell",
    "Duitse herder",
    "teckel",
    "Franse bulldog",
    "kooiker",
    "golden retriever",
    "husky",
    "Hollandse herder",
]
CATCOL = ["cyperse", "rode", "zwart-witte", "lapjes", "grijze", "schildpad"]
DOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "icloud.com",
    "xs4all.nl",
    "proton.me",
]
DEPTS = [
    ("medewerker", "Team Belastingen"),
    ("BOA", "Team Handhaving"),
    ("beleidsadviseur", "Dierenwelzijn"),
    ("toezichthouder", "Openbare Ruimte"),
    ("jurist", "Bezwaar en Beroep"),
    ("invorderaar", "Team Belastingen"),
    ("coördinator", "Wijkteam Noord"),
    ("adviseur", "Vastgoed en Grondzaken"),
    ("teamleider", "Handhaving"),
    ("klantadviseur", "Klantcontactcentrum"),
]


# ---------------------------------------------------------------- numbers and codes


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d + [last]))
            return r.choice([n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def _iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return 98 - int(num) % 97


def iban(r):
    if r.random() < 0.85:
        bban = r.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
        c = "NL"
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
        c = "BE"
    full = f"{c}{_iban_check(c, bban):02d}{bban}"
    style = r.random()
    if style < 0.6:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    if style < 0.8:
        return full
    return " ".join(full[i : i + 4] for i in range(0, len(full), 4)).lower() if c == "NL" else full


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


def phone(r):
    n8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["038", "0521", "0523", "0513", "0591", "0344", "0345", "0183", "0348", "0341", "0515", "0592"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice(
        [
            f"06-{n8}",
            f"06 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}",
            f"+31 6 {n8[:4]} {n8[4:]}",
            f"+316{n8}",
            f"{area}-{rest}",
            f"({area}) {rest}",
            f"0031 6 {n8}",
            f"06{n8}",
        ]
    )


def postcode(r):
    letters = "ABCEGHJKLMNPRTVWXZ"
    p = f"{r.randint(1000, 9999)}{r.choice(letters)}{r.choice(letters)}"
    return r.choice([p[:4] + " " + p[4:], p[:4] + " " + p[4:], p])


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda k: "".join(r.choice(L) for _ in range(k))
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{n(2)}-{a(3)}-{n(1)}",
            f"{a(2)}-{n(3)}-{a(1)}",
            f"{n(1)}-{a(3)}-{n(2)}",
            f"{a(3)}-{n(2)}-{a(1)}",
            f"{n(1)}-{a(2)}-{n(3)}",
            f"{a(1)}-{n(3)}-{a(2)}",
            f"V-{n(3)}-{a(2)}",
        ]
    )


def case(r, kind_=None):
    y = r.choice(["2024", "2025", "2026"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    forms = {
        "tax": [f"HB{y[2:]}-{n(6)}", f"HOND/{y}/{n(5)}", f"AJ{y}.{n(4)}.{n(2)}"],
        "enf": [f"HH-DW-{y}-{n(4)}", f"MKG/{y[2:]}/{n(3)}", f"BOA{y[2:]}{n(5)}"],
        "shelter": [f"ASL-{y[2:]}{n(4)}", f"OPV.{y}.{n(4)}"],
        "welfare": [f"DWM {y}-{n(5)}", f"144-{y[2:]}-{n(6)}"],
        "land": [f"GRZ-{n(3)}/{y}", f"GBO{y[2:]}.{n(3)}"],
        "med": [f"BEM/{y}/{n(3)}", f"MED-{y[2:]}-{n(4)}"],
        "bz": [f"BZ{y}/{n(5)}", f"Z-{y}-{n(6)}"],
    }
    k = kind_ or r.choice(list(forms))
    return r.choice(forms[k])


def rdate(r, y0=2025, y1=2026):
    return r.randint(1, 28), r.randint(1, 12), r.randint(y0, y1)


def ordinary_date(r):
    d, m, y = rdate(r)
    return r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]}"])


def dob_forms(r):
    """(text as it appears with its cue, the DOB item)."""
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2007)
    st = r.randrange(11)
    if st == 0:
        v = f"{d} {MONTHS[m - 1]} {y}"
        return f"geboren op {v}", v
    if st == 1:
        v = f"{d:02d}-{m:02d}-{y}"
        return f"geb. {v}", v
    if st == 2:
        v = f"{y}-{m:02d}-{d:02d}"
        return f"geboortedatum {v}", v
    if st == 3:
        v = f"{d}.{m}.{y}"
        return f"°{v}", v
    if st == 4:
        v = f"{d:02d}/{m:02d}/{y}"
        return f"* {v}", v
    if st == 5:
        v = f"{d} {MON3[m - 1]}. {y}"
        return f"geb. {v}", v
    if st == 6:
        v = f"{d:02d}-{m:02d}-{y}"
        return v, v
    if st == 7:
        v = f"{d} {MONTHS[m - 1]} '{str(y)[2:]}"
        return f"geboren {v}", v
    if st == 8:
        v = f"{d:02d}{m:02d}{y}"
        return f"geb.datum {v}", v
    if st == 9:
        v = f"{d} {MONTHS[m - 1]} {y}"
        return v, v
    v = f"{d:02d}.{m:02d}.{y}"
    return f"DOB {v}", v


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, group=None, surname=None, female=None, known=None):
        self.group = group or r.choice(list(GROUPS))
        males, females, roots, ends, pre = GROUPS[self.group]
        self.female = r.random() < 0.5 if female is None else female
        self.first = r.choice(females if self.female else males)
        self.particle = ""
        if known:
            root, part, _, _ = known
            self.particle, self.core = part, root
            self.group = "Dutch"
            self.first = r.choice(GROUPS["Dutch"][1] if self.female else GROUPS["Dutch"][0] + ["Kees", "Henk"])
        elif surname is not None:
            self.particle, self.core = surname
        else:
            core = r.choice(roots) + r.choice(ends)
            if self.group == "Dutch":
                if r.random() < 0.7:
                    self.particle = r.choice(pre)
            elif self.group == "Flemish":
                core = r.choice(pre) + core if r.choice(pre).endswith(" ") else r.choice(pre) + core
                core = core[0].upper() + core[1:]
            elif pre and r.random() < 0.7:
                core = r.choice(pre) + (core if pre[0].endswith(" ") or pre[0].endswith("-") else core.lower())
            self.core = core
        if self.group == "Chinese" and r.random() < 0.4:
            self.first = self.first  # given names stay one word

    @property
    def last(self):
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def Last(self):
        s = self.last
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def poss(self):
        c = self.core
        return c + ("'s" if c[-1] in "aeiouy" else "s")

    def handle(self, r):
        base = r.choice(
            [
                self.first.lower() + self.core.lower().replace(" ", ""),
                self.first.lower() + "_" + self.core.lower().replace(" ", ""),
                self.first[0].lower() + self.core.lower().replace(" ", "") + str(r.randint(70, 99)),
            ]
        )
        return re.sub(r"[^a-z0-9_çğışöüéáóúíñłńśźżőăâțș]", "", base)

    def email(self, r):
        c = re.sub(r"[^a-z\-]", "", self.core.lower().replace(" ", ""))
        f = self.first.lower()
        p = self.particle.replace(" ", "").replace("'", "")
        local = r.choice([f"{f}.{p}{c}", f"{f[0]}.{p}{c}", f"{f}{c}{r.randint(1, 99)}", f"{c}.{f}", f"{f}-{c}"])
        local = re.sub(r"[^a-z0-9.\-]", "", local.encode("ascii", "ignore").decode())
        return f"{local}@{r.choice(DOMAINS)}"

    def title(self, r):
        return r.choice(["mevrouw", "mevr.", "mw."] if self.female else ["meneer", "de heer", "dhr."])

    def Title(self, r):
        return r.choice(["Mevrouw", "Mevr."] if self.female else ["Meneer", "De heer", "Dhr."])

    def pro(self):
        return "zij" if self.female else "hij"

    def zijn(self):
        return "haar" if self.female else "zijn"


class Ctx:
    def __init__(self, r, i, known):
        self.r, self.i = r, i
        self.pii, self.keep, self.shapes = [], [], []
        self.known = known
        self.res = Person(r, known=known)
        self._cache = {}

    def p(self, text, label):
        if (text, label) not in [(x["text"], x["label"]) for x in self.pii]:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        self.keep.extend(words)
        return words[0] if words else ""

    # cast, created on first use
    def _get(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @property
    def fam(self):
        return self._get(
            "fam",
            lambda: Person(self.r, self.res.group, (self.res.particle, self.res.core), female=not self.res.female),
        )

    @property
    def nb(self):
        return self._get("nb", lambda: Person(self.r))

    @property
    def nb2(self):
        return self._get("nb2", lambda: Person(self.r))

    @property
    def off(self):
        return self._get("off", lambda: Person(self.r))

    @property
    def dept(self):
        return self._get("dept", lambda: self.r.choice(DEPTS))

    @property
    def med(self):
        return self._get("med", lambda: Person(self.r))

    @property
    def vet(self):
        return self._get("vet", lambda: Person(self.r))

    @property
    def boa(self):
        return self._get("boa", lambda: Person(self.r))

    @property
    def staff(self):
        return self._get("staff", lambda: Person(self.r))

    @property
    def place(self):
        return self._get("place", lambda: self.r.choice(PLACES))

    @property
    def dog(self):
        return self._get("dog", lambda: self.r.choice(DOGS))

    @property
    def breed(self):
        return self._get("breed", lambda: self.r.choice(BREEDS))

    # forms of a person, each registered
    def full(self, p):
        return self.p(p.full, "PERSON")

    def last(self, p, start=False):
        return self.p(p.Last if start else p.last, "PERSON")

    def first(self, p):
        return self.p(p.first, "PERSON")

    def init(self, p):
        return self.p(f"{p.first[0]}. {p.last}", "PERSON")

    def upper(self, p):
        return self.p(p.full.upper(), "PERSON")

    def poss(self, p):
        return self.p(p.poss(), "PERSON")

    def handle(self, p):
        return self.p(self._get(("h", id(p)), lambda: p.handle(self.r)), "PERSON")

    def email(self, p):
        return self.p(self._get(("e", id(p)), lambda: p.email(self.r)), "EMAIL")

    def phone(self, p):
        return self.p(self._get(("t", id(p)), lambda: phone(self.r)), "PHONE")

    def official(self, p=None):
        p = p or self.off
        fn, dp = self.dept
        self.k(dp.split()[-1])
        return f"{self.full(p)}, {fn} {dp}"

    def address(self, p=None, street_only=False):
        key = ("a", id(p or self.res))
        st, nr = self._get(
            key,
            lambda: (
                self.r.choice(STREET_A) + self.r.choice(STREET_B),
                self.r.choice(
                    [
                        str(self.r.randint(1, 180)),
                        f"{self.r.randint(1, 90)}a",
                        f"{self.r.randint(1, 60)}-{self.r.randint(1, 3)}",
                        f"{self.r.randint(2, 99)} B",
                    ]
                ),
            ),
        )
        if street_only:
            return self.p(st, "ADDRESS")
        return self.p(f"{st} {nr}", "ADDRESS")

    def pc(self, p=None):
        return self.p(self._get(("pc", id(p or self.res)), lambda: postcode(self.r)), "POSTCODE")

    def case(self, kind_):
        return self.p(self._get(("c", kind_), lambda: case(self.r, kind_)), "CASE_NUMBER")

    def bsn(self, p=None):
        return self.p(self._get(("b", id(p or self.res)), lambda: bsn(self.r)), "BSN")

    def iban(self, p=None):
        return self.p(self._get(("i", id(p or self.res)), lambda: iban(self.r)), "IBAN")

    def plate(self):
        return self.p(self._get("plate", lambda: plate(self.r)), "LICENSE_PLATE")

    def dob(self, p=None):
        cue, v = self._get(("d", id(p or self.res)), lambda: dob_forms(self.r))
        self.p(v, "DATE_OF_BIRTH")
        return cue

    def dob_value(self, p=None):
        self.dob(p)
        return self._cache[("d", id(p or self.res))][1]

    def date(self):
        s = ordinary_date(self.r)
        self.k(s.split()[1] if " " in s else s)
        return s

    def amount(self):
        a = self.r.choice(["126,48", "84,00", "171,60", "59,25", "243,12", "99,-", "112,80", "35,00", "67,40"])
        self.k(a)
        return f"€ {a}"


def sentence(c, name):
    c.shapes.append("line:" + name)
    return LINES["line:" + name](c.r, c)


# ---------------------------------------------------------------- line shapes (sentences, lines)


@line
def tax_assessment(r, c):
    c.k("Aanslag", "hondenbelasting", "belastingjaar")
    return (
        f"Aanslag {c.case('tax')}: hondenbelasting voor belastingjaar {r.choice(['2025', '2026'])} op naam van "
        f"{c.full(c.res)}, {c.address()}, {c.pc()} {c.place}. Bedrag {c.amount()} voor {r.randint(1, 3)} hond(en)."
    )


@line
def tax_second_dog(r, c):
    c.k("tarief", "tweede", "verhoogde")
    return (
        f"Voor de tweede hond geldt het verhoogde tarief van {c.amount()}; {c.title_of(c.res)} {c.last(c.res)} "
        f"heeft volgens onze registratie sinds {c.date()} twee honden."
    )


@line
def tax_no_dog(r, c):
    c.k("Wij", "aanslag", "vernietigen", "overlijdensverklaring", "dierenarts")
    return (
        f"Wij hebben de aanslag van {c.full(c.fam)} vernietigd nadat een overlijdensverklaring van de dierenarts "
        f"was ontvangen; de hond {c.dog} is op {c.date()} ingeslapen."
    )


@line
def tax_refund(r, c):
    c.k("restitutie", "rekeningnummer", "Team")
    return (
        f"De restitutie van {c.amount()} wordt binnen zes weken overgemaakt naar rekeningnummer {c.iban()} "
        f"t.n.v. {c.init(c.res)}, aldus Team Belastingen."
    )


@line
def tax_penning(r, c):
    c.k("hondenpenning", "halsband", "Belastingen")
    return (
        f"Bij controle in het park droeg de {c.breed} geen hondenpenning aan de halsband; eigenaar "
        f"{c.full(c.res)} ({c.dob()}) zegt de penning in {c.date()} te hebben aangevraagd bij Belastingen."
    )


@line
def tax_direct_debit(r, c):
    c.k("automatische", "incasso", "termijnen", "machtiging")
    return (
        f"Ik wil graag een machtiging afgeven voor automatische incasso in termijnen van rekening {c.iban()}. "
        f"Mijn BSN is {c.bsn()}."
    )


@line
def tax_remission(r, c):
    c.k("kwijtschelding", "inkomen", "bijstandsnorm", "Kwijtscheldingsregeling")
    return (
        f"Op grond van de Kwijtscheldingsregeling vraagt {c.full(c.res)} (BSN {c.bsn()}) kwijtschelding, omdat "
        f"het inkomen onder de bijstandsnorm ligt; {c.title_of(c.fam)} {c.full(c.fam)} woont mee."
    )


@line
def tax_wrong_name(r, c):
    c.k("registratie", "eigenaar", "overgeschreven")
    return (
        f"Volgens de registratie is de hond sinds {c.date()} overgeschreven naar {c.poss(c.res)} "
        f"ex-partner {c.full(c.fam)}, maar de aanslag kwam toch bij ons."
    )


@line
def tax_caps_field(r, c):
    c.k("Belastingplichtige", "Objectadres", "Soort")
    return (
        f"Belastingplichtige: {c.upper(c.res)}\nObjectadres: {c.address()}\n{c.pc()}  {c.place.upper()}\n"
        f"Soort: hondenbelasting, {r.randint(1, 3)} hond(en)"
    )


@line
def barking_complaint(r, c):
    c.k("blaft", "overdag", "geluidsoverlast", "Handhaving")
    return (
        f"De {c.breed} van {c.full(c.nb)} op {c.address(c.nb)} blaft overdag soms uren achter elkaar; "
        f"{c.title_of(c.res)} {c.last(c.res)} meldde de geluidsoverlast bij Handhaving."
    )


@line
def barking_log(r, c):
    c.k("Logboek", "geblaft", "minuten")
    d = r.choice(DAYS)
    c.k(d)
    return (
        f"Logboek {d}: 06.10–06.55 geblaft, 13.20–14.05 gejank, 22.40 weer {r.randint(10, 40)} minuten "
        f"(genoteerd door {c.first(c.res)})."
    )


@line
def barking_warning(r, c):
    c.k("waarschuwing", "Algemene", "Plaatselijke", "Verordening")
    return (
        f"{c.Title_of(c.nb)} {c.last(c.nb, True)} heeft op grond van de Algemene Plaatselijke Verordening een "
        f"schriftelijke waarschuwing gekregen (kenmerk {c.case('enf')})."
    )


@line
def barking_response(r, c):
    c.k("Mijn", "alleen", "hondenuitlaatservice", "werkdagen")
    return (
        f"Mijn hond is nooit langer dan twee uur alleen, schrijft {c.full(c.nb)}; op werkdagen komt een "
        f"hondenuitlaatservice. Bellen kan op {c.phone(c.nb)}."
    )


@line
def barking_recording(r, c):
    c.k("geluidsopname", "bijlage", "slaapkamer")
    h = c.handle(c.res)
    return (
        f"In de bijlage zit een geluidsopname vanuit de slaapkamer: opname-{h}-{r.randint(1, 9)}.m4a "
        f"({r.randint(2, 9)} MB)."
    )


@line
def bite_incident(r, c):
    c.k("bijtincident", "speelveld", "huisarts", "Ambulance")
    return (
        f"Op {c.date()} is de zoon van {c.full(c.res)} bij het speelveld aan de {c.address(c.nb, True)} gebeten "
        f"door een loslopende {c.breed}; de huisarts heeft de wond gehecht (bijtincident, geen Ambulance nodig)."
    )


@line
def bite_owner_details(r, c):
    c.k("Eigenaar", "Kenteken", "geparkeerd")
    return (
        f"Eigenaar van de hond: {c.full(c.nb)}, {c.dob(c.nb)}, wonend {c.address(c.nb)}. Kenteken van de "
        f"bestelbus waarmee {c.nb.pro()} vertrok: {c.plate()} (geparkeerd bij de ingang)."
    )


@line
def bite_victim_statement(r, c):
    c.k("Verklaring", "aangevlogen", "kuit")
    return (
        f'Verklaring {c.first(c.fam)} {c.last(c.fam)}: "de hond kwam zonder blaffen aangevlogen en beet me '
        f'in mijn kuit, de eigenaar riep alleen maar {c.dog}!"'
    )


@line
def bite_boa_note(r, c):
    c.k("BOA", "opgemaakt", "Proces-verbaal", "aanlijnplicht")
    return (
        f"BOA {c.init(c.boa)} heeft proces-verbaal opgemaakt wegens overtreding van de aanlijnplicht; "
        f"Proces-verbaal nummer {c.case('enf')}."
    )


@line
def muzzle_intent(r, c):
    c.k("voornemen", "muilkorfgebod", "aanlijngebod", "zienswijze")
    return (
        f"Wij zijn voornemens {c.title_of(c.nb)} {c.full(c.nb)} een muilkorfgebod en aanlijngebod op te leggen "
        f"voor de {c.breed}. U kunt binnen twee weken een zienswijze indienen."
    )


@line
def muzzle_decision(r, c):
    c.k("Besluit", "openbare", "ruimte", "gedragstest")
    return (
        f"Besluit: de hond van {c.full(c.nb)} ({c.address(c.nb)}, {c.pc(c.nb)}) draagt in de openbare ruimte "
        f"een muilkorf tot een gedragstest anders uitwijst. Zaak {c.case('enf')}."
    )


@line
def muzzle_penalty(r, c):
    c.k("dwangsom", "overtreding", "maximaal")
    return (
        f"Per geconstateerde overtreding verbeurt {c.last(c.nb)} een dwangsom van {c.amount()}, met een "
        f"maximaal bedrag van € 2.500."
    )


@line
def muzzle_objection(r, c):
    c.k("bezwaar", "Gedragsdeskundige", "rapport")
    return (
        f"Namens mijn cliënt {c.full(c.nb)} maak ik bezwaar tegen het muilkorfgebod; het rapport van "
        f"Gedragsdeskundige {c.full(c.vet)} toont aan dat de hond niet agressief is."
    )


@line
def muzzle_check(r, c):
    c.k("hercontrole", "uitlaatroute", "zonder")
    return (
        f"Bij hercontrole op {c.date()} liep {c.first(c.nb)} met de hond zonder muilkorf over de uitlaatroute "
        f"langs de {c.address(c.nb2, True)}."
    )


@line
def stray_cat_intake(r, c):
    col = r.choice(CATCOL)
    c.k("zwerfkat", "Dierenasiel", "chip", "gevonden")
    return (
        f"Gevonden: {col} zwerfkat zonder chip, opgevangen door {c.full(c.res)} ({c.phone(c.res)}) en "
        f"afgegeven bij het Dierenasiel, intakenummer {c.case('shelter')}."
    )


@line
def stray_cat_feeding(r, c):
    c.k("voeren", "kolonie", "castratieprogramma", "Stichting")
    return (
        f"Buurvrouw {c.first(c.nb2)} {c.last(c.nb2)} voert al jaren een kolonie van {r.randint(5, 14)} katten; "
        f"Stichting Zwerfkatten wil ze meenemen in het castratieprogramma."
    )


@line
def shelter_owner_found(r, c):
    c.k("eigenaar", "Chipregistratie", "opgehaald")
    return (
        f"Via de Chipregistratie is de eigenaar gevonden: {c.full(c.res)}, {c.address()} te {c.place}. "
        f"De kat is op {c.date()} opgehaald."
    )


@line
def shelter_costs(r, c):
    c.k("opvangkosten", "dagen", "Factuur")
    return (
        f"Factuur opvangkosten: {r.randint(3, 14)} dagen à € 14,50 plus vaccinatie; te voldoen door "
        f"{c.init(c.res)} onder vermelding van {c.case('shelter')}."
    )


@line
def shelter_staff_note(r, c):
    c.k("Notitie", "dierverzorger", "schuw", "quarantaine")
    return (
        f"Notitie dierverzorger {c.first(c.staff)}: kat is schuw, eet goed, blijft nog {r.randint(3, 10)} dagen in "
        f"quarantaine. Contact eigenaar via {c.email(c.res)}."
    )


@line
def shelter_adoption(r, c):
    c.k("Adoptie", "adoptiebedrag", "Adoptant")
    return (
        f"Adoptant: {c.full(c.res)}, {c.dob()}, {c.address()}, {c.pc()} {c.place}. Adoptiebedrag {c.amount()} "
        f"voldaan via {c.iban()}."
    )


@line
def chickens_complaint(r, c):
    c.k("kippen", "haan", "kraait", "ratten")
    return (
        f"Sinds {c.full(c.nb)} kippen houdt in de achtertuin van {c.address(c.nb)}, kraait de haan vanaf vijf uur en "
        f"zien wij ratten bij de schutting."
    )


@line
def chickens_rules(r, c):
    c.k("Volgens", "bestemmingsplan", "hobbymatig", "toegestaan")
    return (
        f"Volgens het bestemmingsplan is het hobbymatig houden van maximaal tien kippen toegestaan, "
        f"antwoordt {c.official()}."
    )


@line
def pigeons_loft(r, c):
    c.k("duivenhok", "postduiven", "vergunning", "omgevingsvergunning")
    return (
        f"{c.Title_of(c.nb)} {c.last(c.nb, True)} heeft een duivenhok met {r.randint(20, 80)} postduiven gebouwd zonder "
        f"omgevingsvergunning; het hok staat tegen de erfgrens van {c.address(c.res)}."
    )


@line
def pigeons_droppings(r, c):
    c.k("duivenpoep", "zonnepanelen", "schoonmaken")
    return (
        f"De duivenpoep ligt op onze zonnepanelen en de was, schrijft {c.first(c.res)} in een e-mail aan "
        f"{c.email(c.off) if r.random() < 0.5 else 'info@gemeente.nl'}."
    )


@line
def welfare_report(r, c):
    c.k("Dierenpolitie", "doorgezet", "verwaarlozing", "144")
    return (
        f"De melding over mogelijke verwaarlozing van een hond op {c.address(c.nb)} is doorgezet naar de "
        f"Dierenpolitie via 144 (meldnummer {c.case('welfare')})."
    )


@line
def welfare_observation(r, c):
    c.k("mager", "buiten", "vastgebonden", "waterbak")
    return (
        f"De hond van {c.full(c.nb)} staat dag en nacht buiten vastgebonden, is mager en heeft geen waterbak, "
        f"meldt {c.full(c.res)} ({c.phone(c.res)})."
    )


@line
def welfare_followup(r, c):
    c.k("Landelijke", "Inspectiedienst", "Dierenbescherming", "bezoek")
    return (
        f"De Landelijke Inspectiedienst Dierenbescherming bracht op {c.date()} een bezoek aan {c.address(c.nb)}; "
        f"eigenaar {c.init(c.nb)} kreeg een aanwijzing."
    )


@line
def welfare_anonymous(r, c):
    c.k("anoniem", "melder", "terugbellen")
    return (
        f"De melder wil anoniem blijven maar mag worden teruggebeld op {c.phone(c.res)}; "
        f"de naam {c.full(c.res)} wordt niet doorgegeven aan de eigenaar."
    )


@line
def horses_land(r, c):
    c.k("gemeentegrond", "paarden", "gebruiksovereenkomst", "perceel")
    return (
        f"Op het perceel gemeentegrond achter de {c.address(c.nb2, True)} staan {r.randint(2, 5)} paarden van "
        f"{c.full(c.res)} zonder gebruiksovereenkomst."
    )


@line
def sheep_lease(r, c):
    c.k("Gebruiksovereenkomst", "schapen", "jaarlijkse", "vergoeding")
    return (
        f"Gebruiksovereenkomst {c.case('land')}: {c.full(c.res)}, {c.dob()}, mag {r.randint(10, 40)} "
        f"schapen laten grazen tegen een jaarlijkse vergoeding van {c.amount()}."
    )


@line
def horse_trailer(r, c):
    c.k("paardentrailer", "bermen", "parkeerplaats")
    return (
        f"De paardentrailer met kenteken {c.plate()} van {c.poss(c.res)} manege staat al weken op de "
        f"parkeerplaats en beschadigt de bermen."
    )


@line
def fence_broken(r, c):
    c.k("afrastering", "ontsnapt", "Openbare", "Ruimte")
    return (
        f"Het schrikdraad is kapot en de pony's zijn ontsnapt; Openbare Ruimte belde {c.first(c.res)} op "
        f"{c.phone(c.res)} maar kreeg geen gehoor. De afrastering wordt {c.date()} hersteld."
    )


@line
def vet_statement(r, c):
    c.k("Dierenartsenpraktijk", "verklaring", "behandeling", "gezondheid")
    return (
        f"Dierenartsenpraktijk {c.place}: hierbij verklaar ik, {c.full(c.vet)}, dat de hond van "
        f"{c.full(c.res)} sinds {c.date()} bij ons in behandeling is; de gezondheid is redelijk."
    )


@line
def vet_assistance_dog(r, c):
    c.k("hulphond", "vrijstelling", "Assistentiehond")
    return (
        f"Het betreft een Assistentiehond (hulphond) van {c.full(c.res)}, {c.dob()}; daarom vragen wij "
        f"vrijstelling van hondenbelasting."
    )


@line
def vet_euthanasia(r, c):
    c.k("euthanasie", "gecremeerd", "Crematorium")
    return (
        f"Op {c.date()} is bij {c.poss(c.res)} hond euthanasie toegepast; het dier is gecremeerd bij "
        f"Crematorium De Regenboog. Getekend, {c.init(c.vet)}, dierenarts."
    )


@line
def vet_chip(r, c):
    c.k("Chipnummer", "geregistreerd", "databank")
    chip = "528" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return f"Chipnummer {chip}, geregistreerd in de databank op naam van {c.full(c.res)}, {c.address()}, {c.pc()}."


@line
def whatsapp_neighbour(r, c):
    c.k("morgen", "sorry", "hek")
    h = c.handle(c.nb)
    return (
        f"[{r.randint(7, 22)}:{r.randint(10, 59)}] {h}: sorry van gisteren, het hek stond open. "
        f"morgen komt er een nieuw slot op"
    )


@line
def whatsapp_lost_dog(r, c):
    c.k("VERMIST", "Gezien", "bellen")
    return (
        f"VERMIST!! onze {c.breed} {c.dog}, weggelopen bij {c.address(c.res, True)}. Gezien? bellen naar "
        f"{c.first(c.res).lower()} {c.phone(c.res)} of {c.first(c.fam)} {c.phone(c.fam)}"
    )


@line
def whatsapp_lower(r, c):
    c.k("buurtapp", "kattenbak", "tuin")
    return (
        f"in de buurtapp schreef {c.p(c.res.first.lower(), 'PERSON')} dat de kat van "
        f"{c.p(c.nb.core.lower(), 'PERSON')} weer in haar tuin als kattenbak gebruikt"
    )


@line
def whatsapp_voice(r, c):
    c.k("spraakbericht", "Doorgestuurd")
    return (
        f"Doorgestuurd spraakbericht van {c.full(c.nb)} ({c.phone(c.nb)}), {r.randint(1, 4)}:{r.randint(10, 59)} min."
    )


@line
def mediation_intro(r, c):
    c.k("Buurtbemiddeling", "gesprek", "neutraal")
    return (
        f"Buurtbemiddeling: mediator {c.full(c.med)} voerde op {c.date()} een gesprek met {c.full(c.res)} en "
        f"{c.full(c.nb)} op een neutraal adres."
    )


@line
def mediation_agreement(r, c):
    c.k("Afspraak", "Afspraken", "evaluatie", "wekelijks")
    return (
        f"Afspraken: {c.first(c.nb)} laat de hond niet langer dan drie uur alleen; {c.first(c.res)} belt eerst "
        f"aan voordat {c.res.pro()} een melding doet. Evaluatie wekelijks door {c.last(c.med)}."
    )


@line
def mediation_quote(r, c):
    c.k("tranen", "vriendschap", "vroeger")
    return (
        f'"Vroeger pasten we op elkaars dieren," zei {c.last(c.nb, True)} met tranen in de ogen, '
        f'"die vriendschap mis ik."'
    )


@line
def mediation_closing(r, c):
    c.k("Vertrouwelijk", "dossier", "afgesloten")
    return (
        f"Vertrouwelijk. Het dossier {c.case('med')} wordt na {r.randint(4, 12)} weken afgesloten; vragen aan "
        f"{c.email(c.med)}."
    )


@line
def kcc_phone_note(r, c):
    c.k("Telefoonnotitie", "Klantcontactcentrum", "terugbelverzoek")
    return (
        f"Telefoonnotitie Klantcontactcentrum, {r.choice(DAYS)} {r.randint(8, 16)}:{r.randint(10, 59)}: "
        f"{c.full(c.res)} belde over de hondenbelasting, terugbelverzoek naar {c.phone(c.res)}."
    )


@line
def kcc_identity(r, c):
    c.k("Identiteit", "gecontroleerd", "geboortedatum")
    return (
        f"Identiteit gecontroleerd aan de hand van geboortedatum en BSN ({c.bsn()}); de beller noemde als "
        f"geboortedatum {c.dob_value()}."
    )


@line
def email_signature(r, c):
    c.k("Met", "groet")
    return f"Met vriendelijke groet,\n{c.full(c.res)}\n{c.address()}\n{c.pc()} {c.place}\n{c.phone(c.res)}"


@line
def email_header(r, c):
    c.k("Onderwerp", "Van", "Aan")
    return (
        f"Van: {c.full(c.res)} <{c.email(c.res)}>\nAan: Gemeente {c.place} <info@{c.place.lower()}.nl>\n"
        f"Onderwerp: {r.choice(['hond buren', 'aanslag hond', 'katten', 'kippen achter', 'paarden weiland'])}"
    )


@line
def official_signoff(r, c):
    c.k("Hoogachtend", "namens", "burgemeester")
    return f"Hoogachtend,\nnamens de burgemeester,\n{c.official()}"


@line
def contact_generic(r, c):
    c.k("Heeft", "vragen", "Klantcontactcentrum")
    code = r.choice(["14 0521", "14 0523", "14 0344", "14 0183"])
    c.k(code)
    return f"Heeft u vragen? Bel het Klantcontactcentrum via {code} of mail info@gemeente-{c.place.lower()}.nl."


@line
def appeal_rights(r, c):
    c.k("Bezwaar", "Algemene", "wet", "bestuursrecht", "weken")
    return (
        "Bezwaar: op grond van de Algemene wet bestuursrecht kunt u binnen zes weken na dagtekening "
        "bezwaar maken bij het college."
    )


@line
def family_mention(r, c):
    c.k("dochter", "uitlaten", "school")
    kid = Person(r, c.res.group, (c.res.particle, c.res.core))
    return f"Onze dochter {c.full(kid)} laat de hond uit voor en na school; {c.first(kid)} is {r.randint(12, 17)} jaar."


@line
def partner_signs(r, c):
    c.k("Ondertekend", "beiden", "eigenaren")
    return f"Ondertekend door beide eigenaren: {c.full(c.res)} en {c.full(c.fam)}."


@line
def form_block(r, c):
    c.k("Naam", "Adres", "Postcode", "Telefoon")
    return (
        f"Naam: {c.p(f'{c.res.core}, {c.res.first}' + (f' {c.res.particle}' if c.res.particle else ''), 'PERSON')}\n"
        f"Adres: {c.address()}\nPostcode: {c.pc()}\nTelefoon: {c.phone(c.res)}\nGeboortedatum: {c.dob_value()}"
    )


@line
def form_checkbox(r, c):
    c.k("Aanmelding", "Afmelding", "Wijziging")
    t = r.choice(
        [
            "[x] Aanmelding  [ ] Afmelding  [ ] Wijziging",
            "[ ] Aanmelding  [x] Afmelding  [ ] Wijziging",
            "[ ] Aanmelding  [ ] Afmelding  [x] Wijziging",
        ]
    )
    return t + f"\nHond: {c.breed}, roepnaam {c.dog}, eigenaar {c.init(c.res)}"


@line
def file_name(r, c):
    c.k("Bijlagen", "foto")
    ln = c.p(c.res.core.lower().replace(" ", ""), "PERSON")
    return f"Bijlagen: {ln}-foto-hond-1.jpg, bezwaar_{ln}_{r.choice(['2025', '2026'])}.pdf"


@line
def board_reply(r, c):
    c.k("Reactie", "wijkagent", "schriftelijk")
    return (
        f"Reactie van wijkagent {c.full(c.boa)}: de melding van {c.title_of(c.res)} {c.last(c.res)} is "
        f"schriftelijk bevestigd."
    )


@line
def internal_forward(r, c):
    c.k("Collega", "doorsturen", "afhandeling")
    return (
        f"Collega {c.first(c.off)}, kun je deze doorsturen naar {c.full(c.boa)} voor verdere afhandeling? "
        f"Groet, {c.first(c.staff)}"
    )


@line
def social_post(r, c):
    c.k("Facebook", "buurtgroep", "reacties")
    return (
        f'Facebook-post in de buurtgroep door {c.full(c.nb2)}: "wie is de eigenaar van die zwarte kater?" '
        f"({r.randint(3, 60)} reacties, o.a. van @{c.handle(c.res)})."
    )


@line
def plate_car_dog(r, c):
    c.k("auto", "hitte", "ruit", "parkeerterrein")
    return (
        f"Bij {r.randint(26, 34)} graden zat een hond in een auto ({c.plate()}) op het parkeerterrein bij de "
        f"sporthal; de BOA sloeg de ruit in na overleg met de Dierenpolitie."
    )


@line
def moving_dogs(r, c):
    c.k("verhuisd", "afmelden", "nieuwe")
    return (
        f"Wij zijn per {c.date()} verhuisd van {c.address()} naar een nieuwe woning in {r.choice(PLACES)}; "
        f"graag de hond afmelden. {c.full(c.res)}, BSN {c.bsn()}."
    )


@line
def hearing_report(r, c):
    c.k("Hoorzitting", "commissie", "aanwezig")
    return (
        f"Hoorzitting commissie bezwaarschriften, dossier {c.case('bz')}: aanwezig {c.full(c.res)} (bezwaarmaker), "
        f"{c.official()}."
    )


@line
def payment_reminder(r, c):
    c.k("Herinnering", "openstaand", "dwangbevel")
    return (
        f"Herinnering: het openstaande bedrag van {c.amount()} voor de hondenbelasting is nog niet ontvangen. "
        f"Zonder betaling volgt een dwangbevel. Kenmerk {c.case('tax')}."
    )


@line
def rabbit_dumped(r, c):
    c.k("konijnen", "gedumpt", "vijver")
    return (
        f"Bij de vijver zijn {r.randint(3, 9)} konijnen gedumpt; een buurtbewoner, {c.full(c.nb2)}, "
        f"heeft ze in een kartonnen doos gezet."
    )


@line
def exotic_animal(r, c):
    c.k("slang", "terrarium", "Reptielenopvang")
    return (
        f"In de woning van {c.full(c.nb)} aan de {c.address(c.nb, True)} trof de BOA een slang in een te klein "
        f"terrarium aan; de Reptielenopvang is ingeschakeld."
    )


@line
def dob_loose(r, c):
    c.k("aanvrager", "Gegevens")
    return f"Gegevens aanvrager: {c.full(c.res)}, {c.dob()}, {c.address()}, {c.pc()}."


@line
def phone_and_mail(r, c):
    c.k("Bereikbaar", "avond")
    return f"Bereikbaar na zes uur 's avonds op {c.phone(c.res)} of via {c.email(c.res)}."


@line
def dog_school(r, c):
    c.k("hondenschool", "cursus", "certificaat")
    return (
        f"{c.full(c.res)} heeft met de hond de cursus Gehoorzaamheid bij de hondenschool gevolgd "
        f"(certificaat van {c.date()})."
    )


@line
def dog_walker_permit(r, c):
    c.k("uitlaatservice", "ontheffing", "maximaal")
    return (
        f"De uitlaatservice van {c.full(c.nb2)} ({c.email(c.nb2)}) vraagt ontheffing om maximaal acht honden "
        f"tegelijk in het Stadsbos uit te laten."
    )


@line
def upper_address_block(r, c):
    c.k("AANGETEKEND")
    st = c.address()
    up = c.p(st.upper(), "ADDRESS")
    return f"AANGETEKEND\n{c.upper(c.res)}\n{up}\n{c.pc()} {c.place.upper()}"


# helpers used by shapes
def _title_of(self, p):
    return p.title(self.r)


def _Title_of(self, p):
    return p.Title(self.r)


Ctx.title_of = _title_of
Ctx.Title_of = _Title_of

# ---------------------------------------------------------------- document kinds

POOLS = {
    "tax": [
        "tax_assessment",
        "tax_second_dog",
        "tax_no_dog",
        "tax_refund",
        "tax_penning",
        "tax_direct_debit",
        "tax_remission",
        "tax_wrong_name",
        "tax_caps_field",
        "payment_reminder",
        "moving_dogs",
        "vet_assistance_dog",
        "form_checkbox",
        "kcc_identity",
        "partner_signs",
        "vet_euthanasia",
    ],
    "bark": [
        "barking_complaint",
        "barking_log",
        "barking_warning",
        "barking_response",
        "barking_recording",
        "whatsapp_neighbour",
        "mediation_quote",
        "board_reply",
        "family_mention",
        "social_post",
    ],
    "bite": [
        "bite_incident",
        "bite_owner_details",
        "bite_victim_statement",
        "bite_boa_note",
        "muzzle_intent",
        "muzzle_decision",
        "muzzle_penalty",
        "muzzle_objection",
        "muzzle_check",
        "plate_car_dog",
    ],
    "shelter": [
        "stray_cat_intake",
        "stray_cat_feeding",
        "shelter_owner_found",
        "shelter_costs",
        "shelter_staff_note",
        "shelter_adoption",
        "vet_chip",
        "rabbit_dumped",
        "whatsapp_lost_dog",
        "whatsapp_lower",
    ],
    "garden": [
        "chickens_complaint",
        "chickens_rules",
        "pigeons_loft",
        "pigeons_droppings",
        "whatsapp_lower",
        "mediation_quote",
        "board_reply",
    ],
    "welfare": [
        "welfare_report",
        "welfare_observation",
        "welfare_followup",
        "welfare_anonymous",
        "exotic_animal",
        "plate_car_dog",
        "internal_forward",
    ],
    "land": ["horses_land", "sheep_lease", "horse_trailer", "fence_broken", "internal_forward"],
    "vet": ["vet_statement", "vet_assistance_dog", "vet_euthanasia", "vet_chip", "dog_school"],
    "med": ["mediation_intro", "mediation_agreement", "mediation_quote", "mediation_closing", "barking_log"],
    "misc": [
        "dob_loose",
        "phone_and_mail",
        "dog_walker_permit",
        "family_mention",
        "file_name",
        "form_block",
        "whatsapp_voice",
        "hearing_report",
        "kcc_phone_note",
    ],
}


def _body(c, pools, n):
    names = []
    for pool in pools:
        names.extend(POOLS[pool])
    names = [nm for nm in dict.fromkeys(names) if "line:" + nm not in c.shapes]
    c.r.shuffle(names)
    return [sentence(c, nm) for nm in names[:n]]


@kind
def objection_letter(r, c):
    c.k("Betreft", "bezwaarschrift", "Geachte")
    head = f"{c.place}, {c.date()}\n\nBetreft: bezwaarschrift tegen aanslag {c.case('tax')}\n\nGeachte heer, mevrouw,"
    return [head] + _body(c, ["tax"], r.randint(2, 3)) + [sentence(c, "email_signature")]


@kind
def registration_form(r, c):
    c.k("Registratieformulier", "Hondenbelasting")
    return ["REGISTRATIEFORMULIER HONDENBELASTING", sentence(c, "form_checkbox"), sentence(c, "form_block")] + _body(
        c, ["tax"], 1
    )


@kind
def neighbour_chat(r, c):
    c.k("Groepschat")
    return [f"Groepschat {r.choice(STREET_A)}buren (geëxporteerd)"] + _body(c, ["bark", "garden"], r.randint(2, 4))


@kind
def boa_report(r, c):
    c.k("RAPPORTAGE", "Handhaving", "Toezicht")
    return (
        [f"RAPPORTAGE Toezicht en Handhaving – {c.date()}"]
        + _body(c, ["bite"], r.randint(2, 3))
        + [sentence(c, "board_reply")]
    )


@kind
def muzzle_order(r, c):
    c.k("Aangetekend", "Onderwerp")
    return [
        f"Aangetekend\nOnderwerp: last onder dwangsom, zaak {c.case('enf')}",
        sentence(c, r.choice(["muzzle_intent", "muzzle_decision"])),
        sentence(c, "muzzle_penalty"),
        sentence(c, "appeal_rights"),
        sentence(c, "official_signoff"),
    ]


@kind
def shelter_intake(r, c):
    c.k("INTAKE", "Dierenopvang")
    return ["INTAKE Dierenopvang"] + _body(c, ["shelter"], r.randint(2, 4))


@kind
def vet_letter(r, c):
    c.k("Aan", "verzoek", "eigenaar")
    return (
        ["Aan wie het aangaat,", sentence(c, "vet_statement")]
        + _body(c, ["vet"], r.randint(1, 2))
        + [f"Op verzoek van de eigenaar opgesteld, {c.date()}."]
    )


@kind
def welfare_referral(r, c):
    c.k("Doorverwijzing", "Meldkamer")
    return ["Doorverwijzing Meldkamer Dierenwelzijn 144"] + _body(c, ["welfare"], r.randint(2, 3))


@kind
def garden_email(r, c):
    return [sentence(c, "email_header")] + _body(c, ["garden"], r.randint(2, 3)) + [sentence(c, "email_signature")]


@kind
def land_contract(r, c):
    c.k("OVEREENKOMST", "Grondzaken", "Artikel")
    return (
        ["OVEREENKOMST TIJDELIJK GEBRUIK GEMEENTEGROND – Vastgoed en Grondzaken", "Artikel 1."]
        + _body(c, ["land"], r.randint(2, 3))
        + [sentence(c, "partner_signs")]
    )


@kind
def mediation_report(r, c):
    c.k("Verslag", "intake")
    return [f"Verslag intake Buurtbemiddeling {c.place}"] + _body(c, ["med"], r.randint(2, 4))


@kind
def remission_request(r, c):
    c.k("Verzoek", "Kwijtschelding")
    return [
        "Verzoek om Kwijtschelding gemeentelijke belastingen",
        sentence(c, "tax_remission"),
        sentence(c, "tax_direct_debit"),
        sentence(c, "dob_loose"),
    ]


@kind
def phone_memo(r, c):
    return (
        [sentence(c, "kcc_phone_note"), sentence(c, "kcc_identity")]
        + _body(c, ["tax", "bark"], 1)
        + [sentence(c, "internal_forward")]
    )


@kind
def dog_deregistration(r, c):
    c.k("Afmelding", "hond")
    return ["Afmelding hond(en)"] + _body(c, ["tax"], 2) + [sentence(c, "phone_and_mail")]


@kind
def reminder_letter(r, c):
    return [sentence(c, "upper_address_block"), sentence(c, "payment_reminder"), sentence(c, "contact_generic")]


@kind
def opinion_muzzle(r, c):
    c.k("Zienswijze", "voornemen")
    return (
        [f"Zienswijze op het voornemen tot een muilkorfgebod ({c.case('enf')})", sentence(c, "muzzle_objection")]
        + _body(c, ["bite", "vet"], 1)
        + [sentence(c, "email_signature")]
    )


@kind
def internal_mail(r, c):
    c.k("Intern", "CC")
    return [f"Intern – CC: {c.full(c.staff)}", sentence(c, "internal_forward")] + _body(
        c, ["welfare", "shelter", "land"], r.randint(1, 2)
    )


@kind
def social_thread(r, c):
    return [sentence(c, "social_post")] + _body(c, ["shelter", "bark"], r.randint(1, 3))


@kind
def adoption_contract(r, c):
    c.k("Adoptiecontract", "Dierenasiel")
    return (
        [f"Adoptiecontract Dierenasiel {c.place}", sentence(c, "shelter_adoption")]
        + _body(c, ["shelter", "vet"], 1)
        + [sentence(c, "partner_signs")]
    )


@kind
def hearing_minutes(r, c):
    c.k("Notulen")
    return ["Notulen", sentence(c, "hearing_report")] + _body(c, ["tax", "bite", "misc"], r.randint(2, 3))


@kind
def owner_message(r, c):
    return _body(c, ["misc", "bark", "shelter"], r.randint(2, 4))


# ---------------------------------------------------------------- assembling and gates

WORD = re.compile(r"[\wÀ-ÿ'’-]+")


def _name_words(doc):
    out = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s,_.@\-]+", it["text"]):
                w = w.lower()
                if len(w) > 1 and w not in PARTICLES:
                    out.add(w)
    return out


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
    names = _name_words(doc)
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w.lower() for w in n.split()}
    for k in doc["keep"]:
        for w in re.split(r"[^\wÀ-ÿ]+", k):
            wl = w.lower()
            if len(wl) > 1 and wl not in PARTICLES and wl in names and not (k == wl and wl in known_words):
                return f"keep {k!r} shares a name word"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def build(i, attempt):
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = r.choice(KNOWN) if i % 4 == 1 else None
    c = Ctx(r, i, known)
    kname = r.choice(sorted(KINDS))
    c.shapes.append(kname)
    parts = KINDS[kname](r, c)
    if known:
        pos = r.randint(1, len(parts))
        parts.insert(pos, known[2])
        c.shapes.append("known:ordinary-use")
        c.k(known[3])
        c.full(c.res)
        if c.res.last not in " ".join(parts):
            parts.append(f"{c.Title_of(c.res)} {c.last(c.res)} vraagt om een reactie.")
    text = "\n".join(parts) if kname != "kind:owner_message" else " ".join(parts)
    # keep: whole words that occur in the text, no duplicates
    keep = []
    for k in c.keep:
        if k not in keep and re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            keep.append(k)
    pii = [it for it in c.pii if it["text"] in text]
    doc = {"id": f"fresh26e-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        kn = {"names": [c.res.full]}
        em = [
            it["text"]
            for it in pii
            if it["label"] == "EMAIL" and ("e", id(c.res)) in c._cache and it["text"] == c._cache[("e", id(c.res))]
        ]
        ph = [
            it["text"]
            for it in pii
            if it["label"] == "PHONE" and ("t", id(c.res)) in c._cache and it["text"] == c._cache[("t", id(c.res))]
        ]
        if em:
            kn["emails"] = em
        if ph:
            kn["phones"] = ph
        doc = {"id": doc["id"], "text": text, "known": kn, "pii": pii, "keep": keep}
    return doc, c.shapes


def drop_name_keeps(doc):
    """Leave out keep words that share a word with a person's name (the gate's third rule), except the known use."""
    names = _name_words(doc)
    kw = {w.lower() for n in doc.get("known", {}).get("names", []) for w in n.split()}
    doc["keep"] = [
        k
        for k in doc["keep"]
        if not any(
            w.lower() in names and not (k == w.lower() and w.lower() in kw)
            for w in re.split(r"[^\wÀ-ÿ]+", k)
            if len(w) > 1 and w.lower() not in PARTICLES
        )
    ]
    return doc


def generate():
    docs, shapes, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        for attempt in range(200):
            doc, used = build(i, attempt)
            doc = drop_name_keeps(doc)
            why = gate(doc)
            if why is None:
                break
            redraws += 1
            reasons[why.split(":")[0].split(" ")[0]] += 1
        else:
            raise SystemExit(f"document {i} never passed: {why}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws, reasons


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws, reasons = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh26e_texts.jsonl is up to date" if same else "fresh26e_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        registered = len(KINDS) + len(LINES) + 1
        used = list(shapes)
        print(
            f"shapes registered: {registered} ({len(KINDS)} document kinds, {len(LINES)} line shapes, "
            f"1 known-name ordinary-use sentence); distinct shapes used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws} ({', '.join(f'{k} {v}' for k, v in sorted(reasons.items())) or 'none'})")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
