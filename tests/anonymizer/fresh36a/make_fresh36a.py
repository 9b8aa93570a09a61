"""Generator of the blind anonymizer corpus fresh36a: investigations of social-assistance fraud by the municipality.

Written blind by helper A1 (round thirty). Every document draws from its own random stream
``random.Random("20261301-<i>")``; a document that fails ``gate()`` is redrawn from ``"20261301-<i>-<attempt>"``.

    python tests/anonymizer/fresh36a/make_fresh36a.py           # write fresh36a_texts.jsonl
    python tests/anonymizer/fresh36a/make_fresh36a.py --check   # exit 1 if the committed file differs
    python tests/anonymizer/fresh36a/make_fresh36a.py --stats   # counts per label, shapes, known names, redraws
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
from names36a import CITIES, KNOWN, ORIGINS, PROVIDERS, STREET_A, STREET_B, ascii_fold  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = "20261301"
N_DOCS = 300
OUT = HERE / "fresh36a_texts.jsonl"
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

# ---------------------------------------------------------------- markup: ⟦text¦LABEL⟧ is personal data, «text» a keep word
_PAT = re.compile(r"⟦(.*?)¦([A-Z_]+)⟧|«(.*?)»", re.S)


def M(s: str, label: str) -> str:
    assert label in LABELS, label
    return f"⟦{s}¦{label}⟧"


def K(s: str) -> str:
    return f"«{s}»"


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    out, pii, keep, pos = [], [], [], 0
    for m in _PAT.finditer(marked):
        out.append(marked[pos : m.start()])
        if m.group(1) is not None:
            out.append(m.group(1))
            item = {"text": m.group(1), "label": m.group(2)}
            if item not in pii:
                pii.append(item)
        else:
            out.append(m.group(3))
            if m.group(3) not in keep:
                keep.append(m.group(3))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


# ---------------------------------------------------------------- numbers and codes
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
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if bsn_ok(d):
            return r.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def make_iban(r: random.Random) -> str:
    cc, bban = r.choice([("NL", None)] * 6 + [("BE", None), ("DE", None), ("PL", None)])
    if cc == "NL":
        bban = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range({"BE": 12, "DE": 18, "PL": 24}[cc]))
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    full = f"{cc}{98 - num % 97:02d}{bban}"
    assert iban_ok(full)
    return r.choice([full, " ".join(full[i : i + 4] for i in range(0, len(full), 4))])


PLATE_L = "BDFGHJKLNPRSTVXZ"


def make_plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))
    p = r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )
    return p if r.random() < 0.8 else p.replace("-", "")


def make_phone(r: random.Random) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if r.random() < 0.65:
        n = str(r.randint(1, 9)) + d(7)
        return r.choice(
            [
                f"06-{n}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 6 {n[:4]} {n[4:]}",
                f"0031 6 {n}",
                f"06{n}",
                f"(06) {n[:4]} {n[4:]}",
            ]
        )
    area = r.choice(["075", "036", "013", "053", "078", "058", "045", "0320", "010", "0492", "026", "024"])
    n = str(r.randint(2, 9)) + d(9 - len(area))
    return r.choice([f"{area}-{n}", f"({area}) {n[:3]} {n[3:]}", f"+31 {area[1:]} {n}", f"{area} {n[:3]} {n[3:]}"])


def make_postcode(r: random.Random) -> str:
    while True:
        lt = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if lt not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9998)
    return r.choice([f"{n} {lt}", f"{n} {lt}", f"{n}{lt}"])


def make_case(r: random.Random, kind: str) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    yy = r.choice(["24", "25", "26"])
    return {
        "sr": lambda: r.choice([f"SR-{yy}-{d(5)}", f"SR/{yy}/{d(4)}-{r.choice('ABCK')}"]),
        "hpw": lambda: f"HPW/20{yy}/{d(4)}",
        "tv": lambda: f"TV.{yy}.{d(6)}",
        "bb": lambda: f"BB{yy}-{d(4)}-{r.choice('FGHK')}",
        "mld": lambda: f"MLD-{d(5)}",
        "vrh": lambda: f"VRH {d(4)}/{yy}",
        "bzw": lambda: f"BZW-20{yy}-{d(3)}",
        "vta": lambda: f"VTA-{yy}{d(4)}",
        "inv": lambda: f"INV/{d(6)}/{yy}",
        "om": lambda: f"PV-{d(2)}.{d(3)}.{d(3)}",
    }[kind]()


def dob_parts(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(1952, 2004)


DOB_STYLES = {
    "long_cue": lambda D, Mo, Y: ("geboren op ", f"{D} {MONTHS[Mo - 1]} {Y}", ""),
    "geb_dash": lambda D, Mo, Y: ("geb. ", f"{D:02d}-{Mo:02d}-{Y}", ""),
    "iso_field": lambda D, Mo, Y: ("geboortedatum: ", f"{Y}-{Mo:02d}-{D:02d}", ""),
    "degree_dots": lambda D, Mo, Y: ("(°", f"{D:02d}.{Mo:02d}.{Y}", ")"),
    "star_short": lambda D, Mo, Y: ("* ", f"{D}-{Mo}-{Y}", ""),
    "slash_cue": lambda D, Mo, Y: ("geboren ", f"{D}/{Mo}/{Y}", ""),
    "compact_field": lambda D, Mo, Y: ("geb.datum ", f"{D:02d}{Mo:02d}{Y}", ""),
    "abbr_month": lambda D, Mo, Y: ("geb. ", f"{D} {MON_ABBR[Mo - 1]} {Y}", ""),
    "apostrophe_year": lambda D, Mo, Y: ("geboren ", f"{D} {MONTHS[Mo - 1]} '{str(Y)[2:]}", ""),
    "english_caps": lambda D, Mo, Y: ("DOB ", f"{D:02d} {MON_EN[Mo - 1]} {Y}", ""),
    "bare_paren": lambda D, Mo, Y: ("(", f"{D:02d}-{Mo:02d}-{Y}", ")"),
    "bare_iso_paren": lambda D, Mo, Y: ("(", f"{Y}-{Mo:02d}-{D:02d}", ")"),
    "bare_long_comma": lambda D, Mo, Y: (", ", f"{D} {MONTHS[Mo - 1]} {Y}", ","),
    "zijn_verjaardag": lambda D, Mo, Y: ("die op ", f"{D} {MONTHS[Mo - 1]} {Y}", " is geboren"),
}


# ---------------------------------------------------------------- persons
ORIGIN_NAMES = sorted(ORIGINS)


class Person:
    def __init__(self, r, origin=None, gender=None, family=None, known=None):
        self.r = r
        if known:
            origin = "Nederlands"
        self.origin = origin or r.choice(ORIGIN_NAMES)
        males, females, pre, suf, lead = ORIGINS[self.origin]
        if known:
            gender = (
                "m"
                if re.search(r"\b(hij|zijn|hem)\b", known[2])
                else "v"
                if re.search(r"\b(zij|haar)\b", known[2])
                else None
            )
        self.gender = gender or r.choice("mv")
        self.first = r.choice(males if self.gender == "m" else females)
        self.known = bool(known)
        if family is not None:
            self.particle, self.last, self.known_word = family.particle, family.last, None
            self.known = False
        elif known:
            sur = known[0]
            self.particle, self.last = sur.rsplit(" ", 1) if " " in sur else ("", sur)
            self.known_word = known[1]
        else:
            lw = r.choice(lead)
            if self.origin == "Nederlands met tussenvoegsel":
                self.particle, self.last = lw.strip(), r.choice(pre) + r.choice(suf)
            else:
                self.particle, self.last = "", lw + r.choice(pre) + r.choice(suf)
            self.known_word = None
        self.mail = None

    # plain strings
    def full_s(self):
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    def formal_s(self):
        return (self.particle[0].upper() + self.particle[1:] + " " + self.last) if self.particle else self.last

    def initials_s(self):
        return "".join(p[0] + "." for p in re.split(r"[ -]", self.first))

    # marked forms
    def full(self):
        return M(self.full_s(), "PERSON")

    def formal(self):
        return M(self.formal_s(), "PERSON")

    def first_(self):
        return M(self.first, "PERSON")

    def ini(self):
        return M(self.initials_s() + " " + " ".join(x for x in (self.particle, self.last) if x), "PERSON")

    def caps(self):
        return M(self.full_s().upper(), "PERSON")

    def rev(self):
        return M(f"{self.last.upper()}, {self.first}" + (f" {self.particle}" if self.particle else ""), "PERSON")

    def low(self):
        return M(self.full_s().lower(), "PERSON") if not self.known else self.full()

    def poss(self, first=False):
        base = self.first if first else self.formal_s()
        if base[-1] in "aeiouy":
            s = base + "'s"
        elif base[-1] in "sxz":
            s = base + "'"
        else:
            s = base + "s"
        return M(s, "PERSON")

    def title(self):
        return self.r.choice(["mevrouw ", "mevr. ", "mw. "] if self.gender == "v" else ["de heer ", "meneer ", "dhr. "])

    def ref(self):
        """A random way to refer to this person in running text (the title is not part of the item)."""
        c = self.r.random()
        if c < 0.4:
            return self.full()
        if c < 0.75:
            return self.title() + self.formal()
        if c < 0.9:
            return self.ini()
        return self.title() + self.ini()

    def pron(self):
        return "zij" if self.gender == "v" else "hij"

    def poss_pron(self):
        return "haar" if self.gender == "v" else "zijn"

    def email(self):
        if self.mail is None:
            f, l = (
                ascii_fold(self.first).lower().replace(" ", ""),
                ascii_fold(self.last).lower().replace(" ", "").replace("'", ""),
            )
            p = ascii_fold(self.particle).replace(" ", "").replace("'", "").lower()
            local = self.r.choice(
                [f"{f}.{p}{l}", f"{f[0]}.{p}{l}", f"{f}{p}{l}{self.r.randint(70, 99)}", f"{p}{l}.{f}", f"{f}_{l}"]
            )
            self.mail = local + "@" + self.r.choice(PROVIDERS)
        return M(self.mail, "EMAIL")

    def work_email(self, dom):
        f, l = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "")
        p = ascii_fold(self.particle).replace(" ", "").replace("'", "").lower()
        return M(f"{f[0]}.{p}{l}@{dom}.nl", "EMAIL")

    def handle(self):
        f, l = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "")
        return M(self.r.choice([f"@{f}_{l}", f"@{f}.{l}{self.r.randint(1, 99)}", f"@{f[0]}{l}_official"]), "PERSON")


# ---------------------------------------------------------------- document context
ROLES = {
    "rech": ("sociaal rechercheur", "Sociale Recherche"),
    "hh": ("handhavingsconsulent", "Handhaving Participatiewet"),
    "km": ("klantmanager", "Werk en Inkomen"),
    "tl": ("teamleider", "Sociale Recherche"),
    "jur": ("jurist", "Bezwaar en Beroep"),
    "inv": ("medewerker", "Invordering"),
    "tolk": ("tolk", "Tolkencentrum"),
}


class Doc:
    def __init__(self, r: random.Random, known_entry=None):
        self.r = r
        self.city, self.dom = r.choice(CITIES)
        self.res = Person(r, known=known_entry)
        self.known_entry = known_entry
        self.cast = {}
        street = r.choice(STREET_A) + r.choice(STREET_B)
        self.street = street
        self.num = r.randint(2, 180)
        self.addr_s = street + " " + self.house(self.num)
        self.pc = make_postcode(r)
        self.shapes = []
        self.res_phone = make_phone(r)
        self.res_phone_used = False
        self.res_mail_used = False
        self.cases = {}
        self.s14 = f"14 0{r.randint(10, 99)}"

    def house(self, n):
        return self.r.choice(
            [str(n), str(n), f"{n}{self.r.choice('ABC')}", f"{n}-{self.r.randint(1, 4)}", f"{n}-II", f"{n}b"]
        )

    def p(self, role):
        if role not in self.cast:
            r = self.r
            if role == "partner":
                self.cast[role] = Person(r, gender="m" if self.res.gender == "v" else "v")
            elif role in ("kind", "kind2"):
                self.cast[role] = Person(r, origin=self.res.origin, family=self.res)
            elif role == "broer":
                self.cast[role] = Person(r, origin=self.res.origin, gender="m", family=self.res)
            else:
                self.cast[role] = Person(r)
        return self.cast[role]

    def off(self, role, style=None):
        """An official with function and department."""
        p = self.p(role)
        fn, dept = ROLES[role]
        style = style or self.r.choice(["a", "b", "c"])
        if style == "a":
            return f"{fn} {p.full()} ({K(dept)})"
        if style == "b":
            return f"{p.full()}, {fn} bij het team {K(dept)}"
        return f"{fn} {p.ini()} van {K(dept)}"

    def case(self, kind):
        if kind not in self.cases:
            self.cases[kind] = make_case(self.r, kind)
        return M(self.cases[kind], "CASE_NUMBER")

    def addr(self):
        return M(self.addr_s, "ADDRESS")

    def nb_addr(self):
        n = self.num + self.r.choice([-2, 2, 1, -1, 4])
        return M(f"{self.street} {n}", "ADDRESS")

    def street_only(self):
        return M(self.street, "ADDRESS")

    def pcode(self):
        return M(self.pc, "POSTCODE")

    def phone(self):
        self.res_phone_used = True
        return M(self.res_phone, "PHONE")

    def other_phone(self):
        return M(make_phone(self.r), "PHONE")

    def mail(self):
        self.res_mail_used = True
        return self.res.email()

    def bsn(self):
        return M(make_bsn(self.r), "BSN")

    def iban(self):
        return M(make_iban(self.r), "IBAN")

    def plate(self):
        return M(make_plate(self.r), "LICENSE_PLATE")

    def dob(self, style=None):
        """The resident's date of birth (one date per document), in a random style."""
        style = style or self.r.choice(sorted(DOB_STYLES))
        if not hasattr(self, "dob_parts"):
            self.dob_parts = dob_parts(self.r)
        pre, item, post = DOB_STYLES[style](*self.dob_parts)
        return f"{pre}{M(item, 'DATE_OF_BIRTH')}{post}"

    def date(self):
        y = self.r.choice([2024, 2025, 2026])
        D, Mo = self.r.randint(1, 28), self.r.randint(1, 12)
        return K(self.r.choice([f"{D} {MONTHS[Mo - 1]} {y}", f"{D} {MONTHS[Mo - 1]} {y}", f"{D:02d}-{Mo:02d}-{y}"]))

    def amount(self, lo=150, hi=14000):
        v = self.r.randint(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return K(self.r.choice([f"€ {s}", f"€{s}", f"{s} euro"]))

    def weekday(self):
        return K(self.r.choice(WEEKDAYS))

    def Weekday(self):
        return K(self.r.choice(WEEKDAYS).capitalize())

    def mon(self):
        return K(self.r.choice(MONTHS))

    def gen_mail(self, box):
        return K(f"{box}@{self.dom}.nl")

    def known_sentence(self):
        sur, word, sent = self.known_entry
        return sent.replace("{w}", K(word))

    def pick(self, pool, n):
        names = self.r.sample(POOLS[pool], min(n, len(POOLS[pool])))
        return [self.use(nm) for nm in names]

    def use(self, name):
        self.shapes.append(name)
        return SHAPES[name](self)


SHAPES: dict = {}
POOLS: dict = {}


def shape(pool):
    def deco(f):
        SHAPES[f.__name__] = f
        POOLS.setdefault(pool, []).append(f.__name__)
        return f

    return deco


def cap(s: str) -> str:
    """Capitalise the first visible character of a marked string."""
    i = 1 if s[:1] in "⟦«" else 0
    return s[:i] + s[i : i + 1].upper() + s[i + 1 :]


def other_addr(d):
    return M(f"{d.r.choice(STREET_A)}{d.r.choice(STREET_B)} {d.house(d.r.randint(1, 240))}", "ADDRESS")


def other_city(d):
    return K(d.r.choice([c for c, _ in CITIES if c != d.city]))


# ---------------------------------------------------------------- sentence shapes: tips from neighbours
@shape("tip")
def tip_auto_voor_deur(d):
    car = d.r.choice(
        ["grijze Volkswagen Caddy", "donkere Opel Astra", "Renault Kangoo", "blauwe Toyota Yaris", "Peugeot bestelbus"]
    )
    return (
        f"Volgens de {K('melder')} staat een {car} met {K('kenteken')} {d.plate()} vrijwel elke nacht voor {d.addr()}; "
        f"de auto zou van {d.p('partner').full()} zijn."
    )


@shape("tip")
def tip_partner_woont_in(d):
    nb = d.p("nb")
    return (
        f"Buurvrouw {nb.full()} ({d.nb_addr()}) schrijft dat {d.p('partner').full()} sinds {d.mon()} vast bij "
        f"{d.res.ref()} woont en 's ochtends de {K('kinderen')} naar {K('school')} brengt."
    )


@shape("tip")
def tip_zwart_werk(d):
    return (
        f"Een anonieme beller meldt dat {d.res.ref()} op {d.weekday()} en zaterdag werkt in een {K('nagelstudio')} "
        f"in het {K('winkelcentrum')}, zonder dat dit aan {K('Werk en Inkomen')} is doorgegeven."
    )


@shape("tip")
def tip_vakantie_buitenland(d):
    land = d.r.choice(["Marokko", "Turkije", "Suriname", "Polen", "Ghana", "Curaçao"])
    return (
        f"De melder hoorde van {d.p('kind').first_()} dat het gezin drie maanden in {K(land)} verblijft; "
        f"de {K('uitkering')} loopt volgens de melder gewoon door."
    )


@shape("tip")
def tip_anoniem_bel(d):
    return (
        f"{K('Tip')} binnengekomen via het {K('Meldpunt Fraude')} ({d.case('mld')}); de melder wil anoniem blijven, "
        f"maar laat voor vragen het nummer {d.other_phone()} achter."
    )


@shape("tip")
def tip_social_media(d):
    return (
        f"Op Instagram ({d.res.handle()}) staan foto's van een nieuwe {K('scooter')} en van een {K('bruiloft')} in "
        f"{K('Antwerpen')}; de melder vraagt zich af hoe {d.res.pron()} dat betaalt."
    )


@shape("tip")
def tip_brievenbus_namen(d):
    return (
        f"Op de {K('brievenbus')} van {d.addr()} staan volgens de tipgever twee namen: {d.res.caps()} en "
        f"{d.p('partner').caps()}."
    )


@shape("tip")
def tip_geluid_trappenhuis(d):
    nb = d.p("nb2")
    return (
        f"De bovenbuurman, {nb.full()}, hoort elke avond een mannenstem en ziet werkschoenen in het "
        f"{K('trappenhuis')}; {nb.pron()} is bereikbaar via {nb.email()}."
    )


# ---------------------------------------------------------------- unannounced home visits
@shape("visit")
def vis_aanbellen(d):
    return (
        f"Op {d.date()} om 09.10 uur belden {d.off('rech', 'a')} en {d.p('hh').full()} aan bij {d.addr()}, "
        f"{d.pcode()} {K(d.city)}; {d.res.title()}{d.res.formal()} deed open en liet de {K('controleurs')} binnen."
    )


@shape("visit")
def vis_tandenborstels(d):
    return (
        f"In de {K('badkamer')} stonden twee tandenborstels en scheerspullen; volgens {d.res.ref()} zijn die van "
        f"{d.res.poss_pron()} broer {d.p('broer').first_()}, die soms blijft slapen."
    )


@shape("visit")
def vis_kledingkast(d):
    return (
        f"In de {K('slaapkamer')} hing mannenkleding in maat XL; {d.res.ref()} verklaarde dat die van "
        f"{d.p('partner').poss(first=True)} vorige relatie is en nog opgehaald moet worden."
    )


@shape("visit")
def vis_weigering(d):
    return (
        f"{cap(d.res.ref())} weigerde de toegang tot de woning. De {K('handhavers')} hebben gewezen op de gevolgen "
        f"van weigering voor het recht op {K('bijstand')} ({K('Participatiewet')}, artikel 53a)."
    )


@shape("visit")
def vis_toestemming(d):
    return (
        f"{K('Toestemmingsverklaring')} huisbezoek ondertekend door {d.res.ini()}, {d.dob()}, in aanwezigheid van "
        f"{d.p('hh').ini()}."
    )


@shape("visit")
def vis_post_andere_naam(d):
    return (
        f"Op de deurmat lag post gericht aan {d.p('partner').ini()} op dit adres, waaronder een envelop van de "
        f"{K('Belastingdienst')} en een {K('aanmaning')} van een telefoonprovider."
    )


@shape("visit")
def vis_kinderkamer(d):
    return (
        f"{K('Kinderkamer')} van {d.p('kind').first_()} en {d.p('kind2').first_()}: stapelbed, schoolspullen, geen "
        f"aanwijzingen voor een tweede volwassene in huis."
    )


@shape("visit")
def vis_huurcontract(d):
    return (
        f"Het {K('huurcontract')} staat op naam van {d.res.full()} alleen; ingangsdatum {d.date()}, kale huur "
        f"{d.amount(500, 1100)} per maand."
    )


# ---------------------------------------------------------------- interview records (verhoor)
@shape("verhoor")
def vh_cautie(d):
    return (
        f"V: U bent niet verplicht om op mijn vragen te antwoorden. Begrijpt u dat?\n"
        f"A: Ja. Ik ben {d.res.full()}, {d.dob()}, en ik woon op {d.addr()} in {K(d.city)}."
    )


@shape("verhoor")
def vh_vraag_inkomen(d):
    return (
        f"V: Heeft u sinds {d.mon()} inkomsten gehad naast uw {K('uitkering')}?\n"
        f"A: Alleen {d.amount(50, 600)} die mijn broer {d.p('broer').full()} mij leende voor de {K('huur')}."
    )


@shape("verhoor")
def vh_vraag_auto(d):
    return (
        f"V: Op wiens naam staat de auto met kenteken {d.plate()}?\n"
        f"A: Op naam van {d.p('partner').full()}. Ik heb niet eens een {K('rijbewijs')}."
    )


@shape("verhoor")
def vh_vraag_rekening(d):
    return (
        f"V: Wij zagen contante stortingen op rekening {d.iban()}. Van wie is die rekening?\n"
        f"A: Van mijn moeder. Ik heb er een pas van om haar {K('boodschappen')} te doen."
    )


@shape("verhoor")
def vh_vraag_partner(d):
    pa = d.p("partner")
    return (
        f"V: Kent u {pa.full()}?\n"
        f"A: {pa.first_()} is de vader van {d.p('kind').first_()}. {cap(pa.pron())} woont bij "
        f"{pa.poss_pron()} moeder in {other_city(d)}."
    )


@shape("verhoor")
def vh_ondertekening(d):
    return (
        f"Na voorlezing volhardt {d.res.ini()} bij {d.res.poss_pron()} {K('verklaring')} en ondertekent. "
        f"Verhoorder: {d.off('rech')}. Kenmerk {d.case('vrh')}."
    )


@shape("verhoor")
def vh_tolk(d):
    taal = d.r.choice(["Arabisch", "Tigrinya", "Turks", "Pools", "Somalisch", "Dari"])
    return (
        f"Het {K('verhoor')} vond plaats met {d.off('tolk', 'a')}, taal: {K(taal)}, via de telefoon "
        f"({d.other_phone()})."
    )


@shape("verhoor")
def vh_vraag_werk(d):
    return (
        f"V: Een {K('getuige')} zegt dat u op {d.weekday()} in een {K('distributiecentrum')} werkt. Klopt dat?\n"
        f"A: Nee. Dat is mijn nicht {d.p('nicht').full()}, wij lijken op elkaar."
    )


# ---------------------------------------------------------------- recovery (terugvordering)
@shape("recovery")
def tv_bedrag_periode(d):
    return (
        f"Over de periode van {d.date()} tot en met {d.date()} is ten onrechte {d.amount()} aan {K('bijstand')} "
        f"verstrekt aan {d.res.ref()}. Dit bedrag wordt teruggevorderd ({d.case('tv')})."
    )


@shape("recovery")
def tv_rekening(d):
    return (
        f"De {K('vordering')} wordt verrekend met de uitkering die op rekening {d.iban()} ten name van "
        f"{d.res.ini()} wordt gestort."
    )


@shape("recovery")
def tv_verrekening(d):
    return (
        f"Wij houden maandelijks {d.amount(20, 180)} in op uw {K('uitkering')}, totdat de {K('vordering')} van "
        f"{d.amount()} is afgelost. Daarbij blijft de {K('beslagvrije voet')} gerespecteerd."
    )


@shape("recovery")
def tv_bsn_regel(d):
    return f"Betreft: {K('terugvordering')} bijstand | BSN {d.bsn()} | {K('dossier')} {d.case('tv')} | {d.res.rev()}"


@shape("recovery")
def tv_beslag(d):
    return (
        f"Omdat betaling uitbleef, is op {d.date()} beslag gelegd. Contactpersoon: {d.off('inv')}, telefoon {K(d.s14)}."
    )


@shape("recovery")
def tv_kwijtschelding(d):
    return (
        f"Het verzoek om {K('kwijtschelding')} van {d.res.full()} (BSN {d.bsn()}) is afgewezen, omdat de "
        f"{K('vordering')} is ontstaan door schending van de {K('inlichtingenplicht')}."
    )


# ---------------------------------------------------------------- fines (boete)
@shape("fine")
def bt_hoogte(d):
    return (
        f"De {K('boete')} bedraagt {d.amount(100, 5000)}. Dit is gebaseerd op het {K('benadelingsbedrag')} en de "
        f"mate van verwijtbaarheid (grove schuld)."
    )


@shape("fine")
def bt_verwijtbaarheid(d):
    return (
        f"{cap(d.res.ref())} heeft de {K('inlichtingenplicht')} geschonden door inkomsten uit "
        f"{K('pakketbezorging')} niet te melden."
    )


@shape("fine")
def bt_draagkracht(d):
    return (
        f"Bij de hoogte van de boete is rekening gehouden met de {K('draagkracht')}: {d.res.ref()} heeft ook "
        f"schulden bij het {K('CJIB')} en de {K('Belastingdienst')}."
    )


@shape("fine")
def bt_recidive(d):
    return (
        f"Eerder, op {d.date()}, kreeg {d.res.ref()} al een {K('waarschuwing')} (kenmerk {d.case('bb')}); "
        f"daarom is nu een {K('boete')} opgelegd."
    )


# ---------------------------------------------------------------- residents who say they were wrongly suspected
@shape("defence")
def df_ontkenning(d):
    pa = d.p("partner")
    return (
        f"Ik, {d.res.full()}, heb nooit samengewoond met {pa.full()}. {pa.first_()} kwam alleen om "
        f"{d.p('kind').first_()} op te halen voor het {K('weekend')}."
    )


@shape("defence")
def df_ex_partner_adres(d):
    return (
        f"Mijn ex woont al sinds {d.date()} op {other_addr(d)} in {other_city(d)}; dat staat ook zo in de "
        f"{K('Basisregistratie Personen')}."
    )


@shape("defence")
def df_logeerpartij(d):
    return (
        f"Mijn broer {d.p('broer').full()} heeft twee weken bij mij op de bank geslapen na zijn "
        f"{K('scheiding')}. Is dat nu {K('fraude')}?"
    )


@shape("defence")
def df_bewijsstukken(d):
    return (
        f"Als {K('bewijs')} stuur ik mee: bankafschriften van rekening {d.iban()}, de huurovereenkomst van "
        f"{d.p('partner').formal()} en een verklaring van buurvrouw {d.p('nb').full()}."
    )


@shape("defence")
def df_stress(d):
    return (
        f"Sinds het huisbezoek slaap ik slecht. Mijn {K('huisarts')}, dokter {d.p('arts').formal()}, heeft mij "
        f"doorverwezen naar de {K('praktijkondersteuner')}."
    )


@shape("defence")
def df_nooit_gehoord(d):
    return (
        f"Niemand heeft mij gevraagd wat er echt aan de hand was. Ik heb in {d.mon()} twee keer gebeld naar "
        f"{K(d.s14)} en ben nooit teruggebeld."
    )


@shape("defence")
def df_familie_bezoek(d):
    return (
        f"{cap(d.p('nb').ref())} denkt dat er een man bij mij woont, maar dat is mijn neef {d.p('neef').full()}, "
        f"die mij helpt met de {K('boodschappen')}."
    )


# ---------------------------------------------------------------- lawyers
@shape("lawyer")
def adv_bezwaar_kenmerk(d):
    return (
        f"Namens {K('cliënt')} {d.res.full()}, {d.dob()}, maak ik {K('bezwaar')} tegen het besluit van "
        f"{d.date()} met kenmerk {d.case('tv')}."
    )


@shape("lawyer")
def adv_onrechtmatig_bewijs(d):
    return (
        f"De {K('toestemming')} voor het huisbezoek was niet vrijwillig: {d.res.title()}{d.res.formal()} is niet "
        f"gewezen op het recht om te weigeren. Het verkregen {K('bewijs')} moet buiten beschouwing blijven."
    )


@shape("lawyer")
def adv_artikel8(d):
    return (
        f"Het stelselmatig observeren van de woning aan de {d.street_only()} is een inbreuk op artikel 8 van het "
        f"{K('EVRM')} (recht op {K('privéleven')})."
    )


@shape("lawyer")
def adv_verzoek_stukken(d):
    return (
        f"Ik verzoek om toezending van het volledige {K('dossier')}, inclusief de melding {d.case('mld')} en het "
        f"{K('observatieverslag')} van {d.p('rech').ini()}."
    )


@shape("lawyer")
def adv_hardheid(d):
    return (
        f"Gelet op de dringende redenen (schulden, twee minderjarige kinderen, {d.res.poss()} gezondheid) "
        f"verzoek ik van {K('terugvordering')} af te zien."
    )


# ---------------------------------------------------------------- mediators
@shape("mediation")
def med_afspraak(d):
    return (
        f"{K('Afspraak')}: {d.off('km', 'c')} belt {d.res.ref()} vóór {d.weekday()} terug over de hoogte van de "
        f"{K('aflossing')}."
    )


@shape("mediation")
def med_gesprek(d):
    return (
        f"{K('Bemiddelaar')} {d.p('med').full()} sprak op {d.date()} met {d.res.ref()} en met {d.off('tl', 'a')}; "
        f"beide partijen willen de zaak zonder {K('bezwaarprocedure')} afronden."
    )


@shape("mediation")
def med_leerpunt(d):
    return (
        f"{K('Leerpunt')} voor de {K('Sociale Recherche')}: vertel bij een {K('huisbezoek')} altijd vooraf dat "
        f"weigeren mag en wat daarvan de gevolgen zijn."
    )


@shape("mediation")
def med_terugbellen(d):
    med = d.p("med")
    return (
        f"{med.first_()} belde {d.res.first_()} op {d.phone()} met de {K('controlevraag')}: is alles besproken? "
        f"{cap(d.res.pron())} mag altijd terugkomen."
    )


@shape("mediation")
def med_excuses(d):
    return (
        f"{K('Teamleider')} {d.p('tl').full()} bood namens de {K('gemeente')} excuses aan voor de toon van de "
        f"brief van {d.date()}."
    )


@shape("mediation")
def med_verwisseling(d):
    return (
        f"Het bleek een {K('verwisseling')}: de melding ging over een bewoner met hetzelfde huisnummer in een "
        f"andere straat; het BSN {d.bsn()} was aan het verkeerde {K('dossier')} gekoppeld."
    )


# ---------------------------------------------------------------- register checks
@shape("registry")
def reg_brp(d):
    return (
        f"{K('BRP')}-bevraging {d.date()}: op {d.addr()}, {d.pcode()}, staan ingeschreven {d.res.ini()} en "
        f"{d.p('kind').ini()}."
    )


@shape("registry")
def reg_rdw(d):
    return f"{K('RDW')}: kenteken {d.plate()} staat sinds {d.date()} op naam van {d.p('partner').ini()}."


@shape("registry")
def reg_kvk(d):
    return f"{K('KvK')}: geen inschrijving van een eenmanszaak op naam van {d.res.rev()}."


@shape("registry")
def reg_bank(d):
    return (
        f"Bankgegevens opgevraagd van {d.iban()} (tenaamstelling {d.res.ini()}), periode {d.mon()} tot en met "
        f"{d.mon()}."
    )


@shape("registry")
def reg_energie(d):
    firm = d.r.choice(["Vattenfall", "Eneco", "Essent", "Greenchoice"])
    return (
        f"{K('Verbruiksgegevens')} van {K(firm)} voor {d.addr()}: {d.r.randint(1100, 2900)} kWh per jaar, passend "
        f"bij een eenpersoonshuishouden."
    )


@shape("registry")
def reg_suwinet(d):
    return (
        f"{K('Suwinet')}-inkijk: {d.res.caps()}, BSN {d.bsn()}, {d.dob()}; geen loongegevens bekend bij het {K('UWV')}."
    )


# ---------------------------------------------------------------- administrative lines
@shape("admin")
def adm_contact(d):
    return (
        f"Vragen? Bel {K(d.s14)} of mail naar {d.gen_mail('socialerecherche')}. Vermeld altijd uw "
        f"{K('dossiernummer')} {d.case('sr')}."
    )


@shape("admin")
def adm_bezwaar_termijn(d):
    return (
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken {K('bezwaar')} maken bij het college "
        f"van burgemeester en wethouders van {K(d.city)}."
    )


@shape("admin")
def adm_privacy(d):
    return (
        f"Uw gegevens worden verwerkt volgens de {K('Algemene verordening gegevensbescherming')}; vragen daarover "
        f"kunt u mailen naar {d.gen_mail('privacy')}."
    )


@shape("admin")
def adm_bijlagen(d):
    sur = d.res.last.lower().replace(" ", "")
    fname = M(sur, "PERSON") if not d.res.known else d.res.formal()
    return (
        f"{K('Bijlagen')}: verhoorverslag-{fname}.pdf, {d.case('vrh')} foto's huisbezoek.zip, "
        f"{K('observatierapport')}.docx"
    )


@shape("admin")
def adm_kenmerk(d):
    return f"Ons kenmerk: {d.case('sr')} | Uw kenmerk: {d.case('bzw')} | Datum: {d.date()}"


# ---------------------------------------------------------------- document kinds
@shape("doc")
def doc_tipformulier(d):
    nb = d.p("nb")
    lines = [
        f"{K('Meldformulier')} {K('samenlevingsfraude')} — {K('gemeente')} {K(d.city)}",
        f"Naam melder: {nb.full()} (wil anoniem blijven)",
        f"Over wie gaat uw melding: {d.res.full()}, {d.addr()}, {d.pcode()}",
        "Wat ziet u: " + " ".join(d.pick("tip", 2)),
        f"Sinds wanneer: {d.mon()}",
        f"{K('Kenteken')} (indien bekend): {d.plate()}",
    ]
    return "\n".join(lines)


@shape("doc")
def doc_tip_telefoonnotitie(d):
    return (
        f"{K('Telefoonnotitie')} {d.Weekday()} {d.date()}, opgenomen door {d.off('hh', 'b')}. "
        + " ".join(d.pick("tip", 2))
        + f" Doorgezet naar de {K('Sociale Recherche')} onder {d.case('mld')}."
    )


@shape("doc")
def doc_tip_mail_buurman(d):
    nb = d.p("nb")
    return (
        f"Van: {nb.email()}\nAan: {d.gen_mail('handhaving')}\nOnderwerp: {K('Melding')} over {d.street_only()}\n\n"
        f"Goedemiddag,\n\n" + " ".join(d.pick("tip", 2)) + f"\n\nMet vriendelijke groet,\n{nb.full()}\n{d.nb_addr()}"
    )


@shape("doc")
def doc_huisbezoek_rapport(d):
    return (
        f"{K('Rapport')} huisbezoek — {d.case('hpw')}\n"
        + "\n".join("- " + s for s in d.pick("visit", 3))
        + f"\n{K('Conclusie')}: nader onderzoek door de {K('Sociale Recherche')}."
    )


@shape("doc")
def doc_huisbezoek_brief_achteraf(d):
    return (
        f"Geachte {d.res.title()}{d.res.formal()},\n\nOp {d.date()} hebben twee medewerkers van {K('Handhaving')} "
        f"een huisbezoek afgelegd op uw adres {d.addr()}. "
        + " ".join(d.pick("visit", 2))
        + "\n\n"
        + d.use("adm_contact")
        + f"\n\nMet vriendelijke groet,\n{d.p('tl').full()}\n{K('Teamleider')} "
        f"{K('Handhaving Participatiewet')}"
    )


@shape("doc")
def doc_verhoor_pv(d):
    return (
        f"{K('PROCES-VERBAAL')} VAN VERHOOR {d.case('vrh')}\nVerdachte: {d.res.caps()}, {d.dob()}\n"
        f"Plaats: {K('Stadskantoor')} {K(d.city)}, {K('spreekkamer')} 3\n" + "\n".join(d.pick("verhoor", 4))
    )


@shape("doc")
def doc_uitnodiging_verhoor(d):
    return (
        f"{d.res.caps()}\n{d.addr()}\n{d.pcode()} {K(d.city.upper())}\n\n{K('Uitnodiging')} voor een verhoor als "
        f"{K('verdachte')}\n\nU wordt verdacht van het niet melden van inkomsten. Wij nodigen u uit op "
        f"{d.weekday()} {d.date()} om 10.30 uur. U mag een {K('advocaat')} meenemen. "
        + d.use("adm_contact")
        + "\n"
        + d.use("adm_privacy")
    )


@shape("doc")
def doc_besluit_terugvordering(d):
    return (
        d.use("adm_kenmerk")
        + f"\n{K('Besluit')} {K('terugvordering')}\n"
        + d.use("tv_bsn_regel")
        + "\n\n"
        + " ".join(d.pick("recovery", 2))
        + "\n\n"
        + d.use("adm_bezwaar_termijn")
    )


@shape("doc")
def doc_besluit_boete(d):
    return (
        f"{K('BOETEBESLUIT')} {d.case('bb')}\nAan: {d.res.ref()}, {d.addr()}, {d.pcode()} {K(d.city)}\n\n"
        + " ".join(d.pick("fine", 3))
        + "\n"
        + d.use("adm_bezwaar_termijn")
    )


@shape("doc")
def doc_voornemen_boete(d):
    return (
        f"{K('Voornemen')} tot het opleggen van een {K('bestuurlijke boete')}\n{K('Geachte')} {d.res.title()}"
        f"{d.res.formal()},\n" + " ".join(d.pick("fine", 2)) + f" U kunt binnen twee weken uw {K('zienswijze')} "
        f"geven, schriftelijk of mondeling bij {d.off('jur', 'b')}."
    )


@shape("doc")
def doc_bezwaarschrift_advocaat(d):
    adv = d.p("adv")
    return (
        f"{K('Bezwaarschrift')}\n\nVan: mr. {adv.full()}, {K('advocaat')}, {adv.work_email('sociaal-advocaat')}\n"
        + " ".join(d.pick("lawyer", 3))
        + f"\n\nmr. {adv.ini()}\n"
        + d.use("adm_bijlagen")
    )


@shape("doc")
def doc_brief_inwoner_onterecht(d):
    return (
        f"{K('Aan')} de {K('Sociale Recherche')} van de {K('gemeente')} {K(d.city)},\n\n"
        + " ".join(d.pick("defence", 3))
        + f"\n\nU kunt mij bellen op {d.phone()}.\n{d.res.full()}"
    )


@shape("doc")
def doc_forumpost(d):
    r = d.res
    return (
        f"{K('Forum')} › {K('Bijstand')} › 'ze denken dat ik fraude pleeg'\n"
        f"geplaatst door {r.handle()} · {d.date()}\n"
        f"hoi allemaal, ik ben {r.low()} uit {K(d.city)} en ik ben helemaal op. twee mannen van de "
        f"{K('sociale recherche')} stonden zomaar voor de deur op {d.addr()}. "
        + " ".join(d.pick("defence", 2))
        + f" wie weet hoe {K('bezwaar')} werkt?"
    )


@shape("doc")
def doc_verslag_bemiddeling(d):
    return f"{K('Verslag')} {K('bemiddeling')} {d.case('vta')}\n{K('Inwoner')}: {d.res.full()}\n" + "\n".join(
        d.pick("mediation", 3)
    )


@shape("doc")
def doc_chat_export(d):
    r, med = d.res, d.p("med")
    return (
        f"[{d.date()} 19:02] {r.first_()}: ze willen {d.amount()} terug en een {K('boete')}\n"
        f"[19:04] {med.full()}: dat is schrikken. heeft u het {K('besluit')} met kenmerk {d.case('tv')} bij de hand?\n"
        f"[19:05] {r.first_()}: ja. mijn {K('advocaat')} {d.p('adv').full()} zegt bezwaar maken\n"
        f"[19:07] {med.first_()}: " + d.pick("mediation", 1)[0]
    )


@shape("doc")
def doc_interne_memo(d):
    return (
        f"{K('MEMO')} — {K('vertrouwelijk')}\nAan: {d.off('tl', 'c')}\nVan: {d.off('rech', 'c')}\n"
        f"Betreft: {d.res.rev()}, {d.case('sr')}\n"
        + " ".join(d.pick("registry", 3))
        + f"\nAdvies: {K('verhoor')} plannen."
    )


@shape("doc")
def doc_zaaklogboek(d):
    return (
        f"{K('Logboek')} {d.case('sr')}\n{d.date()}: melding ontvangen ({d.case('mld')}).\n"
        f"{d.date()}: "
        + d.pick("registry", 1)[0]
        + f"\n{d.date()}: "
        + d.pick("visit", 1)[0]
        + f"\n{d.date()}: dossier overgedragen aan {d.off('jur', 'a')}."
    )


@shape("doc")
def doc_betalingsregeling(d):
    return (
        f"{K('Betalingsregeling')} {d.case('inv')}\n{K('Schuldenaar')}: {d.res.full()}, {d.dob()}\n"
        f"{K('Rekening')} schuldenaar: {d.iban()}\n"
        + d.use("tv_verrekening")
        + f"\nAkkoord {K('Invordering')}: {d.p('inv').ini()}"
    )


@shape("doc")
def doc_hoorzitting(d):
    return (
        f"{K('Verslag')} {K('hoorzitting')} {K('bezwaarcommissie')} {d.case('bzw')}\nAanwezig: {d.res.ref()}, "
        f"gemachtigde mr. {d.p('adv').full()}, namens het college {d.off('jur', 'b')}.\n"
        + " ".join(d.pick("lawyer", 2))
        + " "
        + d.pick("defence", 1)[0]
    )


@shape("doc")
def doc_aangifte_om(d):
    return (
        f"{K('Aangifte')} {K('uitkeringsfraude')} — {d.case('om')}\nVerdachte: {d.res.rev()}, {d.dob()}, "
        f"wonende {d.addr()}, {d.pcode()} {K(d.city)}, BSN {d.bsn()}\n"
        + " ".join(d.pick("registry", 2))
        + f"\n{K('Benadelingsbedrag')}: {d.amount(10000, 60000)}. Opgemaakt door {d.off('rech', 'a')}."
    )


@shape("doc")
def doc_voicemail(d):
    r = d.res
    return (
        f'{K("Voicemail")} {d.Weekday()} 16:48, nummer {d.phone()}: "Ja, goedemiddag, u spreekt met '
        f"{r.full()}, {d.dob()}. Ik bel over de brief met {K('kenmerk')} {d.case('tv')}. "
        + d.pick("defence", 1)[0]
        + ' Wilt u mij terugbellen?"'
    )


@shape("doc")
def doc_registercheck_tabel(d):
    r = d.res
    return (
        f"{K('Controle')} {K('registers')} | {d.case('hpw')}\n{K('Naam')} | {r.rev()}\n{K('Adres')} | {d.addr()}, "
        f"{d.pcode()}\n{K('Geboortedatum')} | {d.dob('bare_paren')}\nBSN | {d.bsn()}\n{K('Voertuig')} | {d.plate()}\n"
        + "\n".join("Bevinding | " + s for s in d.pick("registry", 2))
    )


@shape("doc")
def doc_klacht_ombudsman(d):
    return (
        f"{K('Klacht')} aan de {K('Nationale ombudsman')}\n{K('Indiener')}: {d.res.full()}, {d.mail()}\n"
        + " ".join(d.pick("defence", 2))
        + " "
        + d.pick("lawyer", 1)[0]
    )


@shape("doc")
def doc_overdracht_invordering(d):
    return (
        f"{K('Overdracht')} naar {K('Invordering')}\n"
        + d.pick("recovery", 1)[0]
        + "\n"
        + d.use("tv_beslag")
        + f"\nDebiteur: {d.res.ini()}, {d.addr()}, telefoon {d.phone()}"
    )


@shape("doc")
def doc_intake_bemiddelaar(d):
    med = d.p("med")
    return (
        f"{K('Intake')} {K('verzoek tot afstemming')} {d.case('vta')}\n{K('Kanaal')}: telefoon, {d.phone()}\n"
        f"{K('Inwoner')}: {d.res.full()}, {d.mail()}\n{K('Bemiddelaar')}: {med.full()}\n"
        + " ".join(d.pick("defence", 2))
        + "\n"
        + d.pick("mediation", 1)[0]
    )


KNOWN_LEADS = ["Aanvulling: ", "Let op: ", "Uit de notities: ", "Opmerking: ", "Noot van de rechercheur: "]


def build(r: random.Random, i: int) -> dict:
    known_entry = KNOWN[r.randrange(len(KNOWN))] if i % 4 == 1 else None
    d = Doc(r, known_entry)
    kind = r.choice(POOLS["doc"])
    body = d.use(kind)
    if known_entry:
        lines = body.split("\n")
        pos = r.randint(1, len(lines))
        lines.insert(pos, r.choice(KNOWN_LEADS) + d.known_sentence() + ".")
        body = "\n".join(lines)
    text, pii, keep = parse(body)
    doc = {"id": f"fresh36a-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known_entry:
        kn = {"names": [d.res.full_s()]}
        if d.res_mail_used:
            kn["emails"] = [d.res.mail]
        if d.res_phone_used:
            kn["phones"] = [d.res_phone]
        doc["known"] = kn
    doc["_shapes"] = list(dict.fromkeys(d.shapes))
    doc["_origins"] = sorted({p.origin for p in [d.res, *d.cast.values()]})
    return doc


# ---------------------------------------------------------------- gate
def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"unknown label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"BSN fails the eleven-test: {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"IBAN fails mod-97: {item['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep is not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
        if not any(w.capitalize() in i["text"] for i in doc["pii"] if i["label"] == "PERSON" for w in known_words):
            return "known resident not named"
    for k in doc["keep"]:
        for w in _words(k) & name_words:
            if not (w in known_words and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", k)):
                return f"keep {k!r} shares the name word {w!r}"
    return None


# ---------------------------------------------------------------- main
def generate() -> tuple[list[dict], dict]:
    docs, info = [], {"redraws": 0, "shapes": Counter(), "origins": Counter(), "reasons": Counter()}
    for i in range(N_DOCS):
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc = build(random.Random(seed), i)
            reason = gate(doc)
            if reason is None:
                break
            info["reasons"][reason.split(":")[0]] += 1
            attempt += 1
            assert attempt < 50, (i, reason)
        info["redraws"] += attempt
        info["shapes"].update(doc.pop("_shapes"))
        info["origins"].update(doc.pop("_origins"))
        docs.append(doc)
    return docs, info


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, info = generate()
    data = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh36a_texts.jsonl is up to date" if same else "fresh36a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  pii items total {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        used = info["shapes"]
        print(
            f"shapes registered: {len(SHAPES)} (documents {len(POOLS['doc'])}, lines/sentences "
            f"{len(SHAPES) - len(POOLS['doc'])}); used: {len(used)}"
        )
        print(f"origin groups in names: {len(info['origins'])} of {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {info['redraws']}" + (f" ({dict(info['reasons'])})" if info["redraws"] else ""))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
