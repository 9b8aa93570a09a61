"""Blind anonymizer corpus fresh37b: international residents writing in English (or English and Dutch) to the
municipality and the mediator, and the Dutch or English answers of officials and mediators.

Seeded: document i draws from random.Random("20261312-<i>"); a document failing gate() is redrawn from
"20261312-<i>-<attempt>". Options: none = write fresh37b_texts.jsonl; --check = exit 1 if the committed file
differs; --stats = counts per label, shapes, known-name documents, redraws.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fresh37b_names import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = "20261312"
N_DOCS = 300
OUT = HERE / "fresh37b_texts.jsonl"
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
PARTICLES = score.PARTICLES | {"op", "in"}

SHAPES: dict[str, tuple[str, str, object]] = {}  # name -> (kind, group, function)


def shape(kind: str, group: str):
    def reg(fn):
        SHAPES[fn.__name__] = (kind, group, fn)
        return fn

    return reg


# ----------------------------------------------------------------------------------------------- value makers
CITIES = [
    "Amstelveen",
    "Eindhoven",
    "Veldhoven",
    "Delft",
    "Leiden",
    "Utrecht",
    "Rotterdam",
    "Haarlem",
    "Wageningen",
    "Enschede",
    "Nijmegen",
    "Maastricht",
    "Groningen",
    "Diemen",
    "Rijswijk",
    "Hoofddorp",
]
STREET_A = [
    "Linden",
    "Eiken",
    "Berken",
    "Kastanje",
    "Vlier",
    "Meidoorn",
    "Populier",
    "Esdoorn",
    "Hazelaar",
    "Koren",
    "Vlas",
    "Zilversmid",
    "Pelikaan",
    "Reiger",
    "Zwaluw",
    "Merel",
    "Kievit",
    "Spaarne",
    "Dommel",
    "Hoefsmid",
    "Klaproos",
    "Korenbloem",
    "Lijster",
    "Pauw",
    "Otter",
]
STREET_B = ["laan", "straat", "weg", "hof", "plein", "kade", "gracht", "singel", "dreef", "pad", "erf"]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_NL = [
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
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
COUNTRIES = [
    "India",
    "Brazil",
    "Poland",
    "Turkey",
    "China",
    "Canada",
    "Portugal",
    "Greece",
    "Nigeria",
    "Mexico",
    "Japan",
    "Hungary",
    "Ukraine",
    "Iran",
    "Indonesia",
    "Ghana",
]
EMPLOYERS = [
    "a chip machine maker",
    "a university hospital",
    "a biotech start-up",
    "the TU campus",
    "an engineering firm",
    "a logistics company",
    "a bank on the Zuidas",
    "a research institute",
]
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
CONS = "BDFGHJKLNPRSTVXZ"
MAILDOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "hotmail.com",
    "proton.me",
    "icloud.com",
    "web.de",
    "wp.pl",
    "uol.com.br",
    "qq.com",
    "yandex.com",
    "live.nl",
]


def ascii_(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn(r: random.Random) -> str:
    while True:
        ds = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, ds + [last]))


def bsn_ok(s: str) -> bool:
    ds = [int(c) for c in re.sub(r"\D", "", s)]
    return len(ds) == 9 and (sum(d * w for d, w in zip(ds, range(9, 1, -1))) - ds[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.8:
        country, bban = "NL", r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif kind < 0.9:
        country, bban = "DE", "".join(str(r.randint(0, 9)) for _ in range(18))
    else:
        country, bban = (
            "GB",
            r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + "".join(str(r.randint(0, 9)) for _ in range(14)),
        )
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    full = country + f"{98 - int(num) % 97:02d}" + bban
    if r.random() < 0.55:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r: random.Random) -> str:
    k = r.randrange(11)
    d8 = digits(r, 8)
    return [
        lambda: f"+31 6 {d8[:4]} {d8[4:]}",
        lambda: f"06-{d8}",
        lambda: f"06 {d8[:2]} {d8[2:5]} {d8[5:]}",
        lambda: f"+31 (0)6 {d8}",
        lambda: f"+44 7{d8[:3]} {digits(r, 6)}",
        lambda: f"+91 9{d8[:4]} {digits(r, 5)}",
        lambda: f"+1 (6{d8[:2]}) {d8[2:5]}-{digits(r, 4)}",
        lambda: f"+55 11 9{d8[:4]}-{digits(r, 4)}",
        lambda: f"+48 5{d8[:2]} {d8[2:5]} {d8[5:]}",
        lambda: f"+90 53{d8[0]} {d8[1:4]} {d8[4:6]} {d8[6:]}",
        lambda: f"+86 13{d8[0]} {d8[1:5]} {digits(r, 4)}",
    ][k]()


def postcode(r: random.Random) -> str:
    while True:
        letters = r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    num = str(r.randint(1011, 9999))
    return num + (" " if r.random() < 0.75 else "") + letters


def plate(r: random.Random) -> str:
    c = lambda n: "".join(r.choice(CONS) for _ in range(n))
    d = lambda n: digits(r, n) if n == 1 else str(r.randint(10 ** (n - 1), 10**n - 1))
    return r.choice(
        [
            lambda: f"{c(2)}-{d(3)}-{c(1)}",
            lambda: f"{d(1)}-{c(3)}-{d(2)}",
            lambda: f"{c(3)}-{d(2)}-{c(1)}",
            lambda: f"{c(1)}-{d(3)}-{c(2)}",
            lambda: f"{d(2)}-{c(3)}-{d(1)}",
            lambda: f"{c(2)}-{c(2)}-{d(2)}",
        ]
    )()


def case_number(r: random.Random) -> str:
    y = r.choice(["25", "26"])
    return r.choice(
        [
            lambda: f"IDSK-20{y}-{digits(r, 5)}",
            lambda: f"BRP/{y}/{digits(r, 6)}",
            lambda: f"PV-{digits(r, 4)}-{y}",
            lambda: f"Z/{y}/{digits(r, 7)}",
            lambda: f"VTA.20{y}.{digits(r, 4)}",
            lambda: f"ZK{y}-{digits(r, 6)}",
            lambda: f"MED-{y}-{digits(r, 4)}",
            lambda: f"WOZ{y}.{digits(r, 3)}.{digits(r, 3)}",
            lambda: f"EXP{digits(r, 6)}/{y}",
            lambda: f"LP-{y}{digits(r, 4)}-K",
        ]
    )()


def dob_string(r: random.Random, lang: str) -> str:
    y, m, dd = r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)
    styles = [
        lambda: f"{dd} {MONTHS_EN[m - 1]} {y}",
        lambda: f"{MONTHS_EN[m - 1]} {dd}, {y}",
        lambda: f"{dd:02d}/{m:02d}/{y}",
        lambda: f"{dd:02d}-{m:02d}-{y}",
        lambda: f"{y}-{m:02d}-{dd:02d}",
        lambda: f"{dd:02d}.{m:02d}.{y}",
        lambda: f"{dd} {MONTHS_EN[m - 1][:3]} {y}",
        lambda: f"{m:02d}/{dd:02d}/{y}",
    ]
    if lang == "nl":
        styles += [
            lambda: f"{dd} {MONTHS_NL[m - 1]} {y}",
            lambda: f"{dd}-{MONTHS_NL[m - 1][:3]}-{y}",
            lambda: f"{dd} {MONTHS_NL[m - 1]} '{str(y)[2:]}",
        ]
    else:
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th")
        styles += [lambda: f"{dd}{sfx} of {MONTHS_EN[m - 1]} {y}", lambda: f"{dd}{sfx} {MONTHS_EN[m - 1]} {y}"]
    return r.choice(styles)()


def child_dob(r: random.Random, lang: str) -> str:
    y, m, dd = r.randint(2011, 2025), r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS_NL[m - 1] if lang == "nl" else MONTHS_EN[m - 1]
    return r.choice([f"{dd} {mon} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}"])


# ----------------------------------------------------------------------------------------------- persons
class Person:
    def __init__(self, first: str, particle: str, core: str, female: bool, origin: str):
        self.first, self.particle, self.core, self.female, self.origin = first, particle, core, female, origin

    @property
    def sur(self) -> str:
        return f"{self.particle} {self.core}".strip()

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"


def make_surname(r: random.Random, origin: str) -> tuple[str, str]:
    _f, _m, stems, ends, particles = ORIGINS[origin]
    stems = stems.split()
    if ends is None:
        core = r.choice(stems)
    else:
        core = r.choice(stems) + r.choice(ends.split())
        if origin == "Polish" and core.endswith("ski") and r.random() < 0.5:
            core = core[:-1] + "a"
    particle = r.choice(particles) if particles and (origin != "Brazilian" or r.random() < 0.3) else ""
    return particle, core


def make_person(r: random.Random, origin: str | None = None, female: bool | None = None, used=()) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    female = r.random() < 0.5 if female is None else female
    while True:
        first = r.choice(ORIGINS[origin][0 if female else 1].split())
        particle, core = make_surname(r, origin)
        p = Person(first, particle, core, female, origin)
        if first not in used and core not in used:
            return p


# ----------------------------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.used: set[str] = set()
        self.known = None
        self.city = r.choice(CITIES)
        self.gem = self.city.lower()
        self.origin = r.choice(list(ORIGINS))
        if known:
            sur, word, phrase = r.choice(KNOWN)
            parts = sur.split()
            first = r.choice(ORIGINS[self.origin][0 if r.random() < 0.5 else 1].split())
            self.R = Person(
                first, " ".join(parts[:-1]), parts[-1], first in ORIGINS[self.origin][0].split(), self.origin
            )
            self.known = (word, phrase)
        else:
            self.R = make_person(r, self.origin)
        self._reg(self.R)
        self._cache = {}

    def _reg(self, p: Person):
        self.used |= {p.first, p.core}

    def person(self, role: str) -> Person:
        if role not in self._cache:
            r = self.r
            if role in ("P", "C", "C2"):
                female = (not self.R.female) if role == "P" else None
                first_pool = ORIGINS[self.origin][0 if (female if female is not None else r.random() < 0.5) else 1]
                choices = [f for f in first_pool.split() if f not in self.used]
                p = Person(r.choice(choices), self.R.particle, self.R.core, female, self.origin)
            else:
                p = make_person(r, None, used=self.used)
            self._reg(p)
            self._cache[role] = p
        return self._cache[role]

    # pii helpers
    def p(self, text: str, label: str) -> str:
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def full(self, role="R") -> str:
        return self.p(self.person(role).full if role != "R" else self.R.full, "PERSON")

    def P(self, role="R") -> Person:
        return self.R if role == "R" else self.person(role)

    def first(self, role="R") -> str:
        return self.p(self.P(role).first, "PERSON")

    def sur(self, role="R", nl_title=False) -> str:
        s = self.P(role).sur
        if nl_title:
            s = s[0].upper() + s[1:]
        return self.p(s, "PERSON")

    def mr(self, role="R", lang="en") -> str:
        pp = self.P(role)
        if lang == "nl":
            return ("mevrouw " if pp.female else "de heer ") + self.sur(role, True)
        return ("Ms " if pp.female else "Mr ") + self.sur(role, False)

    def poss(self, role="R") -> str:
        f = self.P(role).first
        return self.p(f + ("'" if f.endswith("s") else "'s"), "PERSON")

    def caps(self, role="R") -> str:
        return self.p(self.P(role).full.upper(), "PERSON")

    def initial(self, role="R") -> str:
        pp = self.P(role)
        return self.p(f"{pp.first[0]}. {pp.sur}", "PERSON")

    def low(self, role="R") -> str:
        return self.p(ascii_(self.P(role).core).lower(), "PERSON")

    def email(self, role="R") -> str:
        if ("email", role) not in self._cache:
            pp, r = self.P(role), self.r
            f, c = ascii_(pp.first).lower().replace("-", ""), ascii_(pp.core).lower()
            local = r.choice(
                [
                    f"{f}.{c}",
                    f"{f[0]}.{c}{r.randint(2, 99)}",
                    f"{c}.{f}",
                    f"{f}{c}{r.randint(70, 99)}",
                    f"{f}_{c[:4]}",
                    f"{f}.{c[:1]}.{r.randint(100, 999)}",
                ]
            )
            self._cache[("email", role)] = f"{local}@{r.choice(MAILDOMAINS)}"
        return self.p(self._cache[("email", role)], "EMAIL")

    def _val(self, key, fn, label):
        if key not in self._cache:
            self._cache[key] = fn()
        return self.p(self._cache[key], label)

    def phone(self, role="R", n=0):
        return self._val(("phone", role, n), lambda: phone(self.r), "PHONE")

    def bsn(self, role="R"):
        def mk():
            b = bsn(self.r)
            st = self.r.random()
            return b if st < 0.6 else (f"{b[:4]}.{b[4:6]}.{b[6:]}" if st < 0.8 else f"{b[:3]} {b[3:6]} {b[6:]}")

        return self._val(("bsn", role), mk, "BSN")

    def iban(self, role="R"):
        return self._val(("iban", role), lambda: iban(self.r), "IBAN")

    def plate(self, role="R"):
        return self._val(("plate", role), lambda: plate(self.r), "LICENSE_PLATE")

    def case(self, n=0):
        return self._val(("case", n), lambda: case_number(self.r), "CASE_NUMBER")

    def dob(self, role="R", lang="en"):
        fn = (lambda: child_dob(self.r, lang)) if role.startswith("C") else (lambda: dob_string(self.r, lang))
        return self._val(("dob", role), fn, "DATE_OF_BIRTH")

    def street(self, n=0):
        if ("street", n) not in self._cache:
            while True:
                s = self.r.choice(STREET_A) + self.r.choice(STREET_B)
                if s not in self._cache.values():
                    break
            self._cache[("street", n)] = s
        return self._cache[("street", n)]

    def addr(self, n=0):
        def mk():
            num = str(self.r.randint(1, 240))
            num += self.r.choice(["", "", "", "A", "B", "-1", "-2", "-III", "hs", "bis"])
            return f"{self.street(n)} {num}"

        return self._val(("addr", n), mk, "ADDRESS")

    def street_only(self, n=0):
        return self.p(self.street(n), "ADDRESS")

    def pc(self, n=0):
        return self._val(("pc", n), lambda: postcode(self.r), "POSTCODE")

    # ordinary values for keep
    def date(self, lang="en") -> str:
        r = self.r
        m, dd, y = r.randint(1, 12), r.randint(1, 28), r.choice([2025, 2026])
        if lang == "nl":
            return f"{dd} {self.k(MONTHS_NL[m - 1])} {y}"
        return r.choice([f"{dd} {self.k(MONTHS_EN[m - 1])} {y}", f"{self.k(MONTHS_EN[m - 1])} {dd}"])

    def day(self, lang="en") -> str:
        return self.k(self.r.choice(DAYS_NL if lang == "nl" else DAYS_EN))

    def amount(self) -> str:
        return self.k(f"{self.r.randint(12, 980)},{self.r.choice(['00', '50', '25', '75', '40'])}")

    def one(self, *opts):
        return self.r.choice(opts)

    def kw(self, *words):
        """Pick one of ``words`` and keep it."""
        return self.k(self.r.choice(words))


# ----------------------------------------------------------------------------------------------- sentence shapes
# resident, English
@shape("sentence", "en")
def en_moved(d):
    return (
        f"I moved to {d.k(d.city)} from {d.k(d.r.choice(COUNTRIES))} on {d.date()} and I still have no "
        f"{d.kw('appointment', 'registration')} with {d.k('Burgerzaken')}."
    )


@shape("sentence", "en")
def en_bsn_cancelled(d):
    return (
        f"My BSN appointment at the {d.kw('Stadskantoor', 'Stadswinkel')} was cancelled twice, "
        f"the last time on {d.date()} (your reference {d.case()})."
    )


@shape("sentence", "en")
def en_bsn_pair(d):
    return f"For the record: my BSN is {d.bsn()} and my {d.kw('husband', 'wife', 'partner')} {d.full('P')} has {d.bsn('P')}."


@shape("sentence", "en")
def en_intro_dob(d):
    return (
        f"My name is {d.full()}, born {d.dob()}, and I work at {d.r.choice(EMPLOYERS)} as a "
        f"{d.kw('knowledge', 'highly')} {d.k('migrant') if d.r.random() < 0.5 else 'skilled migrant'}."
    )


@shape("sentence", "en")
def en_landlord_refuses(d):
    return (
        f"Our landlord, {d.full('L')}, refuses to let us register at {d.addr()}, {d.pc()} {d.k(d.city)}, "
        f"because the {d.kw('contract', 'lease')} is 'only for one person'."
    )


@shape("sentence", "en")
def en_mould(d):
    return (
        f"There is mould in the bedroom at {d.addr()} and {d.mr('L')} keeps saying it is our {d.kw('fault', 'problem')}; "
        f"the {d.k('Huurcommissie')} told us to ask the municipality first."
    )


@shape("sentence", "en")
def en_permit_applied(d):
    return (
        f"I applied for a {d.k('parking')} permit for my car ({d.plate()}) on {d.date()}, but the "
        f"{d.k('Parkeerloket')} says the car must be registered in my own name."
    )


@shape("sentence", "en")
def en_parking_fine(d):
    return (
        f"Yesterday I got a fine of EUR {d.amount()} for {d.plate()} while my {d.kw('permit', 'visitor')} "
        f"code was valid for the whole {d.k('zone')}."
    )


@shape("sentence", "en")
def en_school_place(d):
    return (
        f"Our {d.kw('son', 'daughter')} {d.first('C')} (born {d.dob('C')}) still has no school place; the "
        f"{d.k('Leerplicht')} office says we must wait until {d.date()}."
    )


@shape("sentence", "en")
def en_school_possessive(d):
    return (
        f"{d.poss('C')} application for the {d.k('International')} {d.k('Department')} was refused because "
        f"our {d.kw('registration', 'address')} was not yet final."
    )


@shape("sentence", "en")
def en_waste_tax(d):
    return (
        f"I received a bill for waste tax ({d.k('afvalstoffenheffing')}) of EUR {d.amount()} for {d.addr()}, "
        f"but we only moved in in {d.k(d.r.choice(MONTHS_EN))}."
    )


@shape("sentence", "en")
def en_refund(d):
    return (
        f"Please refund the amount to {d.iban()} in the name of {d.full()}, not to my {d.kw('employer', 'landlord')}."
    )


@shape("sentence", "en")
def en_woz(d):
    return (
        f"The {d.k('WOZ')} value of our {d.kw('apartment', 'flat')} looks far too high compared with the rest "
        f"of the {d.street_only()}."
    )


@shape("sentence", "en")
def en_contact(d):
    return f"You can reach me on {d.phone()} (also {d.k('WhatsApp')}) or by e-mail at {d.email()}."


@shape("sentence", "en")
def en_two_numbers(d):
    return (
        f"My Dutch number is {d.phone()}; my old {d.k(d.r.choice(COUNTRIES))} number {d.phone('R', 1)} "
        f"only works in the {d.kw('evening', 'weekend')}."
    )


@shape("sentence", "en")
def en_partner_arrived(d):
    return (
        f"My {d.kw('wife', 'husband', 'partner')} {d.full('P')} arrived on {d.date()} with a residence permit "
        f"from the {d.k('IND')} and needs {'her' if d.P('P').female else 'his'} own appointment too."
    )


@shape("sentence", "en")
def en_digid(d):
    return (
        f"Without {d.k('DigiD')} I cannot log in to {d.k('Mijn')} {d.k('Gemeente')}, and without a BSN I "
        f"cannot get {d.k('DigiD')}."
    )


@shape("sentence", "en")
def en_neighbour_van(d):
    return (
        f"Our neighbour {d.full('N')} from {d.addr(1)} parks a van ({d.plate('N')}) on our permit spot "
        f"almost every {d.day()}."
    )


@shape("sentence", "en")
def en_old_address_mail(d):
    return (
        f"Letters for {d.first('P')} still go to our old address, {d.addr(2)} in {d.k(d.r.choice(CITIES))}, "
        f"although we reported the move in {d.k(d.r.choice(MONTHS_EN))}."
    )


@shape("sentence", "en")
def en_attachments(d):
    name = d.low() if d.known is None else d.p(ascii_(d.R.first).lower(), "PERSON")
    return (
        f"{d.k('Attached')}: passport-{name}.pdf, rental-contract-{name}.pdf and the "
        f"{d.k('Employer')} {d.k('Declaration')}."
    )


@shape("sentence", "en")
def en_ruling_deadline(d):
    return (
        f"The {d.k('30%')} ruling depends on my registration, and the {d.k('Belastingdienst')} deadline is {d.date()}."
    )


@shape("sentence", "en")
def en_spoke_official(d):
    o = d.P("O")
    return (
        f"I spoke with {d.full('O')} from {d.k(o_dept(d))} on {d.day()}, who promised a call back "
        f"within five working days. Nobody called."
    )


@shape("sentence", "en")
def en_student_room(d):
    return (
        f"I am a master student at {d.kw('TU', 'Universiteit', 'Hogeschool')} and my room at {d.addr()} is "
        f"rented through {d.kw('Studentenhuisvesting', 'DUWO', 'SSH')}; they say I cannot register there."
    )


@shape("sentence", "en")
def en_deregister(d):
    return (
        f"We leave the Netherlands on {d.date()} and want to deregister; our new address abroad will follow, "
        f"{d.k('RNI')} {d.kw('registration', 'desk')} is fine for now."
    )


@shape("sentence", "en")
def en_birth_register(d):
    return (
        f"Our daughter {d.full('C')} was born on {d.dob('C')} at the {d.k('Maxima')} {d.k('Medisch')} "
        f"{d.k('Centrum')} and we need to register her birth."
    )


@shape("sentence", "en")
def en_dog_tax(d):
    return (
        f"We also got a dog tax bill ({d.k('hondenbelasting')}) although we do not have a dog; "
        f"the {d.k('Belastingen')} desk could not explain it."
    )


@shape("sentence", "en")
def en_bike_depot(d):
    return (
        f"My bike was removed from the station and the {d.k('Fietsdepot')} wants EUR {d.amount()}; "
        f"the sticker was in Dutch only."
    )


@shape("sentence", "en")
def en_rude(d):
    return (
        f"{d.mr('O')} at the front desk was quite rude to my {d.kw('husband', 'wife')} {d.first('P')}, "
        f"who does not speak Dutch yet."
    )


@shape("sentence", "en")
def en_translation(d):
    return (
        f"Could you please send the decision in English? The letter of {d.date()} (file {d.case()}) was "
        f"only in Dutch and {d.k('Google')} {d.k('Translate')} made no sense of it."
    )


@shape("sentence", "en")
def en_husband_dob(d):
    return f"Details of my partner: {d.full('P')}, date of birth {d.dob('P')}, same {d.k('nationality')} as me."


@shape("sentence", "en")
def en_noise_above(d):
    return (
        f"The people above us at {d.addr(1)} play loud music until three at night, and the "
        f"{d.k('Wijkagent')} told us to write to you."
    )


@shape("sentence", "en")
def en_bins_street(d):
    return f"The bins on the {d.street_only()} are never emptied on {d.day()}; the {d.k('Afvalapp')} says they are."


@shape("sentence", "en")
def en_group_school(d):
    return (
        f"{d.first('C')} is now in group {d.r.randint(3, 8)} at {d.kw('De Regenboog', 'De Vlinder', 'Het Kompas')} "
        f"but the {d.k('Newcomer')} class ends in {d.k(d.r.choice(MONTHS_EN))}."
    )


@shape("sentence", "en")
def en_no_show(d):
    return (
        f"On {d.date()} I waited an hour at the {d.k('Expat')} {d.k('Centre')} for appointment {d.case()}, "
        f"but nobody called my name."
    )


@shape("sentence", "en")
def en_handle(d):
    h = ascii_(d.R.first).lower().replace("-", "") + "." + (ascii_(d.R.core).lower() if d.known is None else "nl")
    return (
        f"I also posted about this in the {d.k('Facebook')} group for internationals as "
        f"@{d.p(h, 'PERSON')}, and many others have the same problem."
    )


# resident, mixed English/Dutch
@shape("sentence", "mix")
def mix_sorry(d):
    return (
        f"Sorry dat ik in het Engels schrijf, mijn Nederlands is nog niet zo goed. I follow a "
        f"{d.k('Dutch')} course at the {d.kw('Volksuniversiteit', 'Bibliotheek')}."
    )


@shape("sentence", "mix")
def mix_question_permit(d):
    return (
        f"Ik heb een vraag over de {d.k('parkeervergunning')}, but the website only explains it in Dutch "
        f"and my kenteken is {d.plate()}."
    )


@shape("sentence", "mix")
def mix_bsn_dob(d):
    return f"Mijn BSN is {d.bsn()} en mijn geboortedatum is {d.dob('R', 'nl')}, if you need it to find my file."


@shape("sentence", "mix")
def mix_callme(d):
    return (
        f"Kunt u mij bellen op {d.phone()}? {d.k('Mornings')} are best, ik werk vanaf één uur op "
        f"{d.k(d.r.choice(DAYS_NL))}."
    )


@shape("sentence", "mix")
def mix_live_since(d):
    return (
        f"We wonen sinds {d.k(d.r.choice(MONTHS_NL))} op {d.addr()} ({d.pc()}), and still no letter from "
        f"the {d.k('gemeente')}."
    )


@shape("sentence", "mix")
def mix_thanks_med(d):
    return f"Hoi {d.first('M')}, thanks for your help {d.k('gisteren')}! {d.k('Burgerzaken')} called me this morning."


@shape("sentence", "mix")
def mix_email_signoff(d):
    return f"Groetjes / kind regards, {d.first()} ({d.email()})"


@shape("sentence", "mix")
def mix_kid_dob(d):
    return (
        f"Onze zoon {d.full('C')}, geb. {d.dob('C', 'nl')}, moet naar de {d.k('basisschool')}, "
        f"but all schools in the {d.k('wijk')} are full."
    )


@shape("sentence", "mix")
def mix_iban_wrong(d):
    return (
        f"De {d.k('terugbetaling')} ging naar het verkeerde rekeningnummer; the right one is {d.iban()}, "
        f"t.n.v. {d.initial()}."
    )


# official, Dutch
def o_dept(d):
    if "dept" not in d._cache:
        d._cache["dept"] = d.r.choice(
            ["Burgerzaken", "Parkeren", "Belastingen", "Leerplicht", "Wonen", "Publiekszaken", "Vergunningen"]
        )
    return d._cache["dept"]


def o_func(d):
    if "func" not in d._cache:
        d._cache["func"] = d.r.choice(
            ["klantmanager", "medewerker", "adviseur", "teamleider", "coördinator", "consulent"]
        )
    return d._cache["func"]


@shape("sentence", "nl")
def nl_received(d):
    return f"Wij hebben uw verzoek van {d.date('nl')} ontvangen en geregistreerd onder {d.k('zaaknummer')} {d.case()}."


@shape("sentence", "nl")
def nl_counter_slot(d):
    return (
        f"U kunt op {d.day('nl')} {d.date('nl')} om {d.r.randint(9, 15)}.{d.one('00', '15', '30', '45')} uur "
        f"terecht bij de balie van {d.k('Burgerzaken')} in het {d.k('Stadskantoor')}."
    )


@shape("sentence", "nl")
def nl_brp_check(d):
    return (
        f"Uit de {d.k('Basisregistratie')} {d.k('Personen')} blijkt dat {d.full()} (geboren {d.dob('R', 'nl')}) "
        f"sinds {d.date('nl')} staat ingeschreven op {d.addr()}."
    )


@shape("sentence", "nl")
def nl_permit_granted(d):
    return (
        f"De {d.k('parkeervergunning')} voor het voertuig met kenteken {d.plate()} is verleend met ingang van "
        f"{d.date('nl')}."
    )


@shape("sentence", "nl")
def nl_refund(d):
    return (
        f"Het bedrag van € {d.amount()} wordt binnen tien {d.k('werkdagen')} teruggestort op rekening "
        f"{d.iban()} ten name van {d.initial()}."
    )


@shape("sentence", "nl")
def nl_leerplicht(d):
    return (
        f"{d.k('Leerplichtambtenaar')} {d.full('O')} heeft contact opgenomen met de school van "
        f"{d.first('C')} over een plek in de {d.k('Internationale')} {d.k('Schakelklas')}."
    )


@shape("sentence", "nl")
def nl_generic_contact(d):
    return (
        f"Heeft u nog vragen? Bel dan {d.k('14')} {d.k('0' + str(d.r.choice([10, 20, 30, 40, 50, 70, 73])))} of mail naar "
        f"{d.k('info@' + d.gem + '.nl')} en vermeld uw {d.k('kenmerk')}."
    )


@shape("sentence", "nl")
def nl_landlord_letter(d):
    return (
        f"Uw verhuurder, {d.full('L')}, is door het team {d.k('Wonen')} aangeschreven over de staat van de "
        f"woning aan de {d.street_only()}."
    )


@shape("sentence", "nl")
def nl_incomplete(d):
    return (
        f"Uw aanvraag is nog niet compleet: wij missen een kopie van het {d.k('huurcontract')} en de "
        f"{d.k('geboorteakte')} van {d.full('C')}."
    )


@shape("sentence", "nl")
def nl_objection(d):
    return (
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken {d.k('bezwaar')} maken; "
        f"vermeld daarbij {d.k('dossiernummer')} {d.case()}."
    )


@shape("sentence", "nl")
def nl_missed_call(d):
    return (
        f"Op {d.date('nl')} heeft {d.first('O')} van ons team u gebeld op {d.phone()}, maar u nam niet op; "
        f"wij sturen u daarom deze {d.k('brief')}."
    )


@shape("sentence", "nl")
def nl_child_registered(d):
    return (
        f"Wij hebben {d.full('C')}, geboren op {d.dob('C', 'nl')}, ingeschreven op het adres van "
        f"{d.mr('R', 'nl')} aan de {d.addr()}."
    )


@shape("sentence", "nl")
def nl_post_bsn(d):
    return f"Uw burgerservicenummer ({d.bsn()}) ontvangt u per {d.k('brief')} op {d.addr()}, {d.pc()} {d.k(d.city)}."


@shape("sentence", "nl")
def nl_tax_remission(d):
    return (
        f"Uw verzoek om {d.k('kwijtschelding')} van de {d.k('gemeentelijke')} belastingen voor "
        f"{d.k(str(d.r.choice([2025, 2026])))} is toegekend."
    )


# official, English
@shape("sentence", "en_off")
def eo_ack(d):
    return (
        f"Thank you for your message of {d.date()}. Your request has been registered under {d.k('reference')} "
        f"{d.case()}."
    )


@shape("sentence", "en_off")
def eo_bring_docs(d):
    return (
        f"Please bring your passport, the rental contract for {d.addr()} and the birth certificate of "
        f"{d.full('C')}, {d.k('legalised')} and translated."
    )


@shape("sentence", "en_off")
def eo_bsn_post(d):
    return f"Your BSN ({d.bsn()}) will be sent by post to {d.addr()}, {d.pc()} {d.k(d.city)}, within two weeks."


@shape("sentence", "en_off")
def eo_permit(d):
    return (
        f"The {d.k('parking')} permit for licence plate {d.plate()} is valid from {d.date()}; "
        f"you do not need to display anything in the car."
    )


@shape("sentence", "en_off")
def eo_no_register(d):
    return (
        f"We cannot register {d.full()} at {d.addr()} until the {d.k('landlord')} or the main occupant "
        f"signs the {d.k('Consent')} {d.k('Form')}."
    )


@shape("sentence", "en_off")
def eo_called(d):
    return (
        f"My colleague {d.full('O2')} tried to call you on {d.phone()} on {d.day()}, "
        f"but the number was not {d.k('reachable')}."
    )


@shape("sentence", "en_off")
def eo_contact(d):
    return (
        f"For questions you can call {d.k('14')} {d.k('020')} or write to {d.k('international@' + d.gem + '.nl')}; "
        f"please mention your {d.k('reference')}."
    )


# mediator, Dutch notes
@shape("sentence", "med")
def med_conversation(d):
    return (
        f"Op {d.date('nl')} sprak bemiddelaar {d.full('M')} met {d.full()} en {d.full('O')} "
        f"({d.k(o_func(d))} {d.k(o_dept(d))}) over de vertraagde {d.k('inschrijving')}."
    )


@shape("sentence", "med")
def med_agreement(d):
    return (
        f"{d.k('Afspraak')}: de gemeente neemt vóór {d.date('nl')} een besluit; {d.mr('R', 'nl')} levert een "
        f"kopie van het {d.k('huurcontract')} aan."
    )


@shape("sentence", "med")
def med_observation(d):
    return (
        f"{d.first()} gaf aan dat zij/hij zich van het kastje naar de muur gestuurd voelt; "
        f"de {d.k('taalbarrière')} speelt mee."
    )


@shape("sentence", "med")
def med_family(d):
    return (
        f"Het gezin bestaat uit {d.full()}, {d.full('P')} en {d.full('C')} ({d.dob('C', 'nl')}); "
        f"zij wonen sinds {d.k(d.r.choice(MONTHS_NL))} in {d.k(d.city)}."
    )


@shape("sentence", "med")
def med_next_step(d):
    return (
        f"{d.k('Vervolg')}: {d.sur('M')} belt {d.sur('R', True)} op {d.day('nl')} terug op {d.phone()}; "
        f"{d.k('dossier')} {d.case(1)}."
    )


@shape("sentence", "med")
def med_en_recap(d):
    return (
        f"As agreed in our call on {d.day()}, I asked {d.full('O')} from {d.k(o_dept(d))} to look at "
        f"your file ({d.case()}) again before {d.date()}."
    )


@shape("sentence", "med")
def med_permit_outcome(d):
    return (
        f"{d.k('Uitkomst')}: de vergunning voor {d.plate()} wordt met terugwerkende kracht verleend; "
        f"de boete van € {d.amount()} vervalt."
    )


# ----------------------------------------------------------------------------------------------- field lines
@shape("line", "field")
def f_name(d):
    return f"{d.kw('Name', 'Naam', 'Full name')}: {d.caps() if d.r.random() < 0.3 else d.full()}"


@shape("line", "field")
def f_dob(d):
    return f"{d.one('Date of birth', 'Geboortedatum', 'DOB', 'D.o.b.')}: {d.dob()}"


@shape("line", "field")
def f_address(d):
    return f"{d.kw('Address', 'Adres')}: {d.addr()}, {d.pc()} {d.k(d.city)}"


@shape("line", "field")
def f_phone(d):
    return f"{d.kw('Phone', 'Mobile', 'Telefoon')}: {d.phone()}"


@shape("line", "field")
def f_email(d):
    return f"{d.one('E-mail', 'Email', 'E-mailadres')}: {d.email()}"


@shape("line", "field")
def f_bsn(d):
    return f"{d.one('BSN', 'Burgerservicenummer', 'Citizen service number')}: {d.bsn()}"


@shape("line", "field")
def f_plate(d):
    return f"{d.one('Kenteken / licence plate', 'Licence plate', 'Kenteken')}: {d.plate()}"


@shape("line", "field")
def f_iban(d):
    return f"IBAN: {d.iban()} t.n.v. {d.initial()}"


@shape("line", "field")
def f_case(d):
    return f"{d.kw('Zaaknummer', 'Reference', 'Kenmerk', 'Dossier')}: {d.case()}"


@shape("line", "field")
def f_subject(d):
    return (
        f"{d.kw('Subject', 'Onderwerp')}: {d.kw('Registration', 'Parking', 'Housing', 'Schools', 'Taxes')} "
        f"{d.kw('question', 'complaint', 'request')}"
    )


@shape("line", "field")
def f_nodob_paren(d):
    return f"{d.kw('Applicant', 'Aanvrager')}: {d.full()} ({d.dob()})"


# ----------------------------------------------------------------------------------------------- frames
def body(d, groups, n):
    pool = [name for name, (kind, g, _f) in SHAPES.items() if kind == "sentence" and g in groups]
    picks = d.r.sample(pool, min(n, len(pool)))
    out = []
    for name in picks:
        d.shapes.append(name)
        out.append(SHAPES[name][2](d))
    return out


def fields(d, n):
    pool = [name for name, (kind, g, _f) in SHAPES.items() if kind == "line"]
    picks = d.r.sample(pool, n)
    out = []
    for name in picks:
        d.shapes.append(name)
        out.append(SHAPES[name][2](d))
    return out


def known_line(d):
    if d.known is None:
        return []
    word, phrase = d.known
    d.k(word)
    return [
        d.r.choice(
            [
                f"PS: het gaat om de woning {phrase}.",
                f"Ter info: ik schrijf dit {phrase}.",
                f"(Ons huis ligt {phrase}.)",
                f"Kleine toevoeging: {phrase}, zoals ik al zei.",
            ]
        )
        if d.r.random() < 0.5
        else f"Ik noem het maar even: {phrase}."
    ]


def signature_official(d, lang):
    o = d.full("O")
    func, dept = o_func(d), o_dept(d)
    if lang == "nl":
        return ["Met vriendelijke groet,", "", o, f"{d.k(func)}, afdeling {d.k(dept)}", f"Gemeente {d.k(d.city)}"]
    return ["Kind regards,", "", o, f"{d.k(func)} | {d.k(dept)}", f"Municipality of {d.k(d.city)}"]


@shape("doc", "frame")
def doc_resident_email_en(d):
    lines = [
        f"{d.kw('Subject', 'Re')}: {d.kw('Registration', 'Appointment', 'Permit')} – {d.caps()}",
        "",
        d.one("Dear Sir or Madam,", "Dear municipality,", "Hello,"),
        "",
    ]
    lines += body(d, ("en",), d.r.randint(3, 5)) + known_line(d)
    lines += ["", d.one("Kind regards,", "Best regards,", "Thanks in advance,"), d.full()]
    return lines


@shape("doc", "frame")
def doc_resident_mixed(d):
    lines = [f"{d.k('Beste')} {d.k('gemeente')},", ""]
    lines += body(d, ("mix", "en"), d.r.randint(3, 5)) + known_line(d)
    lines += ["", f"{d.k('Met')} {d.k('vriendelijke')} groet / best, {d.full()}"]
    return lines


@shape("doc", "frame")
def doc_official_reply_nl(d):
    lines = [f"{d.k('Onderwerp')}: uw bericht, {d.k('kenmerk')} {d.case()}", "", f"Geachte {d.mr('R', 'nl')},", ""]
    lines += body(d, ("nl",), d.r.randint(3, 4)) + known_line(d)
    lines += [""] + signature_official(d, "nl")
    return lines


@shape("doc", "frame")
def doc_official_reply_en(d):
    lines = [f"Dear {d.mr()},", ""]
    lines += body(d, ("en_off",), d.r.randint(3, 4)) + known_line(d)
    lines += [""] + signature_official(d, "en")
    return lines


@shape("doc", "frame")
def doc_mediator_report(d):
    lines = [f"{d.k('Verslag')} {d.k('afstemmingsgesprek')} – {d.k('dossier')} {d.case()}", ""]
    lines += ["- " + s for s in body(d, ("med",), d.r.randint(3, 4)) + known_line(d)]
    lines += ["", f"{d.full('M')}, {d.k('bemiddelaar')}"]
    return lines


@shape("doc", "frame")
def doc_web_form(d):
    lines = [f"{d.k('Contactformulier')} {d.k('International')} {d.k('Desk')} – {d.k('submitted')} {d.date()}"]
    lines += fields(d, d.r.randint(4, 6))
    lines += [f"{d.k('Message')}:"] + body(d, ("en", "mix"), 2) + known_line(d)
    return lines


@shape("doc", "frame")
def doc_chat(d):
    t = d.r.randint(9, 16)
    who = d.first()
    lines = [f"{d.k('Chat')} {d.k('transcript')} {d.k('Gemeente')} {d.k(d.city)} – {d.date()}"]
    for i, s in enumerate(body(d, ("en", "mix"), 3) + known_line(d)):
        lines.append(f"[{t}:{10 + 7 * i:02d}] {who}: {s}")
        if i == 0:
            lines.append(
                f"[{t}:{12 + 7 * i:02d}] {d.k('Agent')}: {d.one('Thank you, let me check.', 'One moment please.')}"
            )
    return lines


@shape("doc", "frame")
def doc_appointment_confirmation(d):
    lines = [
        f"{d.k('Appointment')} {d.k('confirmation')} / {d.k('Afspraakbevestiging')}",
        "",
        f"Dear {d.full()},",
        f"{d.k('Your')} appointment for a BSN {d.k('registration')} is on {d.date()}.",
    ]
    lines += fields(d, 3) + body(d, ("en_off",), 2) + known_line(d)
    return lines


@shape("doc", "frame")
def doc_phone_note(d):
    lines = [f"{d.k('Telefoonnotitie')} {d.date('nl')} – {d.k('beller')}: {d.full()}, tel. {d.phone()}"]
    lines += body(d, ("nl", "med"), 3) + known_line(d)
    lines += [f"{d.k('Genoteerd')} door: {d.initial('O')}"]
    return lines


@shape("doc", "frame")
def doc_forwarded(d):
    lines = [
        "---------- Forwarded message ---------",
        f"From: {d.full()} <{d.email()}>",
        f"Date: {d.date()}",
        f"To: {d.k('international@' + d.gem + '.nl')}",
        "",
    ]
    lines += body(d, ("en",), 3) + known_line(d)
    lines += [
        "",
        f"{d.k('Doorgestuurd')} naar {d.full('M')} ({d.k('bemiddelaar')}) met het verzoek om contact op te nemen.",
    ]
    return lines


@shape("doc", "frame")
def doc_intake_checklist(d):
    lines = [f"{d.k('Intake')} {d.k('Newcomers')} – {d.k(d.city)}", f"{d.k('Resident')}: {d.full()}"]
    lines += ["[x] " + s for s in fields(d, 4)]
    lines += [f"{d.k('Notes')}: " + " ".join(body(d, ("en", "nl"), 2) + known_line(d))]
    return lines


@shape("doc", "frame")
def doc_text_to_mediator(d):
    lines = [f"Hi {d.first('M')},"] + body(d, ("mix", "en"), d.r.randint(2, 4)) + known_line(d)
    lines += [f"{d.k('Thanks')}, {d.first()}", f"{d.k('Sent')} from my phone"]
    return lines


@shape("doc", "frame")
def doc_complaint_form(d):
    lines = [f"{d.k('KLACHTFORMULIER')} / {d.k('COMPLAINT')} {d.k('FORM')}", f"{d.k('Complainant')}: {d.caps()}"]
    lines += fields(d, 3) + [f"{d.k('Complaint')}:"] + body(d, ("en",), 3) + known_line(d)
    lines += [f"{d.k('Handled')} by: {d.full('O')}, {d.k(o_func(d))} {d.k(o_dept(d))}"]
    return lines


@shape("doc", "frame")
def doc_mediator_email_en(d):
    lines = [f"Dear {d.first()},", ""]
    lines += body(d, ("med", "en_off"), 3) + known_line(d)
    lines += ["", "Warm regards,", d.full("M"), f"{d.k('Mediator')}, {d.k('Verzoek')} tot {d.k('Afstemming')}"]
    return lines


FRAMES = [n for n, (kind, _g, _f) in SHAPES.items() if kind == "doc"]


# ----------------------------------------------------------------------------------------------- gate, build
def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", item["text"]):
                if w.lower() not in PARTICLES and len(w) > 1:
                    name_words.add(w.lower())
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= {w for w in n.split() if w.lower() not in PARTICLES}
    for k in doc["keep"]:
        for w in re.findall(r"[^\W\d_]+", k):
            if w.lower() in name_words and not (w.islower() and any(w == a.lower() for a in allowed)):
                return f"keep {k!r} shares a word with a name"
    return None


def build(i: int, rng: random.Random) -> tuple[dict, list[str]]:
    known = i % 4 == 1
    d = Doc(rng, known)
    frame = rng.choice(FRAMES)
    d.shapes.append(frame)
    text = "\n".join(SHAPES[frame][2](d)).strip()
    doc = {"id": f"fresh37b-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [d.R.full]}
        if ("email", "R") in d._cache:
            kn["emails"] = [d._cache[("email", "R")]]
        if ("phone", "R", 0) in d._cache:
            kn["phones"] = [d._cache[("phone", "R", 0)]]
        if d.R.full not in text:
            d.full()
            doc["text"] = text = text + f"\n({d.R.full})"
        doc["known"] = kn
    return doc, d.shapes


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        doc, used = build(i, random.Random(f"{SEED}-{i}"))
        while gate(doc) is not None or len(doc["keep"]) < 5:
            attempt += 1
            redraws += 1
            doc, used = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws


def render(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh37b_texts.jsonl is up to date" if same else "fresh37b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for label in LABELS:
            print(f"  {label:<14} {labels[label]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)}; shapes used: {len(shapes)} "
            f"(frames {sum(1 for s in shapes if SHAPES[s][0] == 'doc')}, "
            f"sentences {sum(1 for s in shapes if SHAPES[s][0] == 'sentence')}, "
            f"field lines {sum(1 for s in shapes if SHAPES[s][0] == 'line')})"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
