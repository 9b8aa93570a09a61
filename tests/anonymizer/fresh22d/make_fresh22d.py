"""Generator of the blind anonymizer corpus fresh22d: data as systems hand it over (form submissions, JSON/XML
messages, CSV and fixed-width exports, log lines, audit trails, generated notifications, SMS, payment references,
spreadsheet tables), pasted into case files and support tickets.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh22d/make_fresh22d.py            write fresh22d_texts.jsonl
    python tests/anonymizer/fresh22d/make_fresh22d.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh22d/make_fresh22d.py --stats    counts per label, shapes, known-name documents, redraws
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
from names22d import DUTCH_PARTICLES, KNOWN_PARTICLE, KNOWN_WORDS, ORIGINS, PLACES, STREET_A, STREET_B, fold  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 202616131
N_DOCS = 300
OUT = HERE / "fresh22d_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape id -> short description; filled by @shape


def shape(kind: str, variants: dict[str, str]):
    """Register a document kind and its variants (each variant is one shape)."""

    def deco(fn):
        for v, desc in variants.items():
            SHAPES[f"{kind}/{v}"] = desc
        fn.kind, fn.variants = kind, list(variants)
        return fn

    return deco


# ----------------------------------------------------------------------------------------------- numbers and codes


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            return r.choice([s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r, spaced=None):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    s = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    if spaced is None:
        spaced = r.random() < 0.5
    return " ".join(s[i : i + 4] for i in range(0, 18, 4)) if spaced else s


def make_postcode(r, style=None):
    while True:
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9991)
    style = style or r.choice(["sp", "sp", "nosp"])
    return f"{n} {letters}" if style == "sp" else f"{n}{letters}"


def make_phone(r, style=None):
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["38", "570", "55", "58", "36", "13", "10", "74", "75", "492", "320", "72", "591", "77", "182"])
    style = style or r.choice(["06-", "06sp", "+316", "+316c", "0031", "(06)", "land", "land2", "+31land", "06c"])
    if style == "06-":
        return f"06-{m}"
    if style == "06sp":
        return f"06 {m[:4]} {m[4:]}"
    if style == "+316":
        return f"+31 6 {m}"
    if style == "+316c":
        return f"+316{m}"
    if style == "0031":
        return f"0031 6 {m[:4]} {m[4:]}"
    if style == "(06)":
        return f"(06) {m[:3]} {m[3:6]} {m[6:]}"
    if style == "06c":
        return f"06{m}"
    rest = m[: 9 - len(area)]
    if style == "land":
        return f"0{area}-{rest}"
    if style == "land2":
        return f"0{area} {rest[:3]} {rest[3:]}"
    return f"+31 (0){area} {rest}"


def make_plate(r, dashes=True):
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    parts = r.choice(
        [
            (L(2), D(3), L(1)),
            (D(2), L(3), D(1)),
            (D(1), L(3), D(2)),
            (L(1), D(3), L(2)),
            (L(3), D(2), L(1)),
            (D(1), L(2), D(3)),
            (L(2), D(2), L(2)),
        ]
    )
    return "-".join(parts) if dashes else "".join(parts)


def make_case(r):
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    y = r.choice(["2025", "2026"])
    return r.choice(
        [
            f"Z-{y}-{n(6)}",
            f"VTA/{y}/{n(5)}",
            f"BZ.{y}.{n(4)}",
            f"DOS-{n(5)}-{y[2:]}",
            f"W{y}.{n(5)}",
            f"{y}/SD/{n(5)}",
            f"HH-{y}-{n(4)}",
            f"MOR{n(7)}",
            f"ZD{y[2:]}-{n(5)}",
            f"VRG-{y}-{n(3)}-B",
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
EN_MONTHS = [
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def make_dob(r, style=None, year_range=(1938, 2009)):
    y, m, d = r.randint(*year_range), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["iso", "compact", "nl-", "nl/", "nl.", "long", "mon3", "mon3-", "en", "us", "ddmmyyyy"])
    return {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "nl-": f"{d:02d}-{m:02d}-{y}",
        "nl/": f"{d:02d}/{m:02d}/{y}",
        "nl.": f"{d}.{m}.{y}",
        "long": f"{d} {MONTHS[m - 1]} {y}",
        "mon3": f"{d} {MON3[m - 1]}. {y}",
        "mon3-": f"{d:02d}-{MON3[m - 1]}-{y}",
        "en": f"{d} {EN_MONTHS[m - 1]} {y}",
        "us": f"{EN_MONTHS[m - 1]} {d}, {y}",
        "ddmmyyyy": f"{d:02d}{m:02d}{y}",
    }[style]


# ----------------------------------------------------------------------------------------------- people

MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "home.nl",
    "yahoo.com",
    "proton.me",
]


class Person:
    def __init__(self, r, origin=None, gender=None, sur=None, prefix=None, first=None):
        self.origin = origin or r.choice(sorted(ORIGINS))
        males, females, A, B, kind = ORIGINS[self.origin]
        self.g = gender or r.choice("MV")
        pool = males if self.g == "M" else females
        self.first = first or r.choice(pool)
        self.prefix = ""
        if sur:
            self.sur, self.prefix = sur, prefix or ""
        else:
            a, b = r.choice(A), r.choice(B)
            if kind == "pl" and self.g == "V" and b.endswith("ski"):
                b = b[:-1] + "a"
            if kind == "bg" and self.g == "V":
                b += "a"
            self.sur = a + b
            if kind == "particle" or (kind == "plain" and self.origin == "Nederlands" and r.random() < 0.3):
                self.prefix = r.choice(DUTCH_PARTICLES)
        second = [x for x in pool if x != self.first]
        self.voornamen = self.first + (" " + r.choice(second) if r.random() < 0.45 else "")
        self.initials = "".join(w[0] + "." for w in self.voornamen.replace("-", " ").split())
        self.r = r
        self.mailno = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(60, 99))])
        self.hstyle = r.randint(0, 2)

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.prefix, self.sur) if x)

    @property
    def prefsur(self):
        return f"{self.prefix} {self.sur}" if self.prefix else self.sur

    @property
    def Prefsur(self):
        p = self.prefsur
        return p[0].upper() + p[1:]

    def _compact(self, s):
        return fold(s).lower().replace(" ", "").replace("'", "")

    @property
    def handle(self):
        f, s = self._compact(self.first), self._compact(self.prefix + self.sur)
        return [f[0] + s, f + "." + s.replace("-", ""), s + f[0]][self.hstyle]

    @property
    def email(self):
        f, s = self._compact(self.first).replace("-", ""), self._compact(self.prefix + self.sur)
        local = [f"{f}.{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}{s}"][self.hstyle] + self.mailno
        return f"{local}@{self.domain}"

    def set_domain(self, r):
        self.domain = r.choice(MAIL_DOMAINS)
        return self


DEPTS = [
    "Burgerzaken",
    "Vergunningen",
    "Sociaal Domein",
    "Openbare Ruimte",
    "Belastingen",
    "Handhaving",
    "Klantcontactcentrum",
    "Leerplicht",
    "Schuldhulpverlening",
    "Werk en Inkomen",
    "Wonen",
    "Jeugd en Gezin",
    "Informatiebeheer",
    "Juridische Zaken",
]
FUNCS = [
    "casemanager",
    "consulent",
    "klantmanager",
    "handhaver",
    "beleidsmedewerker",
    "teamleider",
    "medewerker frontoffice",
    "wijkcoach",
    "leerplichtambtenaar",
    "functioneel beheerder",
    "jurist",
]
SUBJECTS = [
    ("parkeervergunning", "Parkeren"),
    ("kwijtschelding", "Belastingen"),
    ("huurtoeslag", "Toeslagen"),
    ("bijzondere bijstand", "Participatiewet"),
    ("omgevingsvergunning", "Omgevingswet"),
    ("leerlingenvervoer", "Leerlingenvervoer"),
    ("Wmo-maatwerkvoorziening", "Wmo"),
    ("gehandicaptenparkeerkaart", "Parkeren"),
    ("afvalstoffenheffing", "Belastingen"),
    ("geluidsoverlast", "Buurtbemiddeling"),
    ("standplaatsvergunning", "Markt"),
    ("verhuizing", "BRP"),
]
NOTES = [
    "container is drie weken niet geleegd",
    "lantaarnpaal knippert al sinds januari",
    "aanvraag staat volgens het portaal nog op ontvangen",
    "betaling van de toeslag is gestopt zonder bericht",
    "buren draaien tot laat harde muziek",
    "stoeptegels liggen scheef na werkzaamheden",
    "bezwaar tegen de aanslag, bedrag klopt niet",
    "vraagt om uitstel van de termijn",
    "brief is twee keer verstuurd met verschillende bedragen",
    "wacht op terugbelverzoek van vorige week",
]


def muni(r):
    place = r.choice(PLACES)
    dom = "gemeente" + place.lower().replace(" ", "")
    return place, dom


# ----------------------------------------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.place, self.mdom = muni(r)
        self.known_word = None
        self.known_phrase = None
        if known:
            word, phrase = r.choice(KNOWN_WORDS)
            pre = KNOWN_PARTICLE.get(word, "")
            first = r.choice(ORIGINS["Nederlands"][0] + ORIGINS["Nederlands"][1] + ORIGINS["Fries"][1])
            g = "M" if first in ORIGINS["Nederlands"][0] else "V"
            self.res = Person(r, origin="Nederlands", gender=g, sur=word, prefix=pre, first=first)
            self.res.voornamen = first
            self.res.initials = first[0] + "."
            self.known_word, self.known_phrase = word.lower(), phrase
        else:
            self.res = Person(r)
        self.res.set_domain(r)
        # family member sharing the family name, neighbour, official, mediator
        self.fam = Person(r, origin=self.res.origin, sur=self.res.sur, prefix=self.res.prefix).set_domain(r)
        if self.fam.first == self.res.first:
            self.fam = Person(r, origin="Nederlands", sur=self.res.sur, prefix=self.res.prefix).set_domain(r)
        self.nb = Person(r).set_domain(r)
        self.off = Person(r).set_domain(r)
        self.off.domain = self.mdom + ".nl"
        self.off.dept = r.choice(DEPTS)
        self.off.func = r.choice(FUNCS)
        self.med = Person(r).set_domain(r)
        self.street = r.choice(STREET_A) + r.choice(STREET_B)
        self.nr = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "B", "-2", "-II", "-hs"])
        self.nbnr = str(r.randint(1, 180))
        self.nrdigits = re.match(r"\d+", self.nr).group()
        self.pc = make_postcode(r)
        self.subject, self.scheme = r.choice(SUBJECTS)
        self.used_note = False

    # pii and keep
    def p(self, text: str, label: str) -> str:
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def name(self, P: Person, form="full") -> str:
        t = {
            "full": P.full,
            "first": P.first,
            "sur": P.sur,
            "prefsur": P.prefsur,
            "Prefsur": P.Prefsur,
            "init": P.initials,
            "initsur": f"{P.initials} {P.prefsur}",
            "upper": P.sur.upper(),
            "UPFULL": P.full.upper(),
            "handle": P.handle,
            "voornamen": P.voornamen,
            "poss": P.first + ("'" if P.first[-1] in "sxz" else ("'s" if P.first[-1] in "aeiouy" else "s")),
            "surinit": f"{P.sur}, {P.initials}" + (f" {P.prefix}" if P.prefix else ""),
            "VOORN": P.voornamen.upper(),
            "fullvoorn": " ".join(x for x in (P.voornamen, P.prefix, P.sur) if x),
        }[form]
        return self.p(t, "PERSON")

    def email(self, P: Person) -> str:
        return self.p(P.email, "EMAIL")

    def addr(self, upper=False, nb=False) -> str:
        t = f"{self.street} {self.nbnr if nb else self.nr}"
        return self.p(t.upper() if upper else t, "ADDRESS")

    def note(self) -> str:
        """A free-text remark; in a known-name document the ordinary use of the known word (once)."""
        if self.known_phrase and not self.used_note:
            self.used_note = True
            self.k(self.known_word)
            return self.known_phrase
        return self.r.choice(NOTES)

    def sh(self, fn, v):
        self.shapes.append(f"{fn.kind}/{v}")

    def odate(self, style=None):
        """An ordinary (non-birth) date in 2026, kept."""
        m, d = self.r.randint(1, 11), self.r.randint(1, 28)
        style = style or self.r.choice(["nl", "iso", "long"])
        if style == "iso":
            return self.k(f"2026-{m:02d}-{d:02d}")
        if style == "nl":
            return self.k(f"{d:02d}-{m:02d}-2026")
        self.k(MONTHS[m - 1])
        return f"{d} {MONTHS[m - 1]} 2026"

    def ts(self):
        m, d, h, mi, s = (
            self.r.randint(1, 11),
            self.r.randint(1, 28),
            self.r.randint(7, 18),
            self.r.randint(0, 59),
            self.r.randint(0, 59),
        )
        return f"2026-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"

    def amount(self):
        a = f"{self.r.randint(12, 2400)},{self.r.choice(['00', '50', '95', '25', '40'])}"
        return self.k(a)

    def ip(self):
        return f"{self.r.choice([10, 172, 192, 145, 83, 31])}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"


# ----------------------------------------------------------------------------------------------- shapes


@shape(
    "webform",
    {
        "nl": "Veld: waarde list with Dutch field names",
        "en": "Field: value list with English names",
        "nvt": "Dutch form with empty and n.v.t. fields",
        "split": "form with name split in parts",
        "md": "form rendered as **Veld:** waarde lines",
    },
)
def webform(b, r):
    v = r.choice(webform.variants)
    b.sh(webform, v)
    R = b.res
    if v == "en":
        b.k("Submitted")
        lines = [
            f"Form: {b.k('Contactformulier')}",
            f"Submitted: {b.odate('iso')} {r.randint(8, 22)}:{r.randint(10, 59)}",
            f"Name: {b.name(R)}",
            f"Date of birth: {b.p(make_dob(r, r.choice(['iso', 'en', 'us'])), 'DATE_OF_BIRTH')}",
            f"Email: {b.email(R)}",
            f"Phone: {b.p(make_phone(r), 'PHONE')}",
            f"Address: {b.addr()}, {b.p(b.pc, 'POSTCODE')} {b.k(b.place)}",
            f"Subject: {b.k(b.subject)}",
            f"Message: {b.note()}",
        ]
    elif v == "split":
        b.k("Voorletters")
        lines = [
            f"Aanvraag {b.k(b.subject)}",
            f"Voorletters: {b.name(R, 'init')}",
            f"Tussenvoegsel: {R.prefix or 'n.v.t.'}",
            f"Achternaam: {b.name(R, 'sur')}",
            f"Geboortedatum (dd-mm-jjjj): {b.p(make_dob(r, 'nl-'), 'DATE_OF_BIRTH')}",
            f"BSN: {b.p(make_bsn(r), 'BSN')}",
            f"Straat + huisnummer: {b.addr()}",
            f"Postcode: {b.p(b.pc, 'POSTCODE')}",
            f"Woonplaats: {b.k(b.place)}",
            f"IBAN: {b.p(make_iban(r), 'IBAN')}",
            f"Toelichting: {b.note()}",
        ]
    elif v == "nvt":
        b.k("Kenteken")
        lines = [
            f"Melding via {b.k('Klantportaal')}",
            f"Naam melder: {b.name(R)}",
            "Namens: n.v.t.",
            f"Telefoon: {b.p(make_phone(r), 'PHONE')}",
            "Telefoon 2:",
            f"E-mail: {b.email(R)}",
            f"Adres: {b.addr()}",
            f"Kenteken voertuig: {b.p(make_plate(r), 'LICENSE_PLATE')}",
            "Bijlage: geen",
            f"Omschrijving: {b.note()}",
            f"Terugkoppeling gewenst: {b.k('Ja')}",
        ]
    elif v == "md":
        lines = [
            f"**{b.k('Onderwerp')}:** {b.k(b.subject)}",
            f"**Naam:** {b.name(R, 'fullvoorn')}",
            f"**Geboren:** {b.p(make_dob(r, 'long'), 'DATE_OF_BIRTH')}",
            f"**Adres:** {b.addr()}",
            f"**Postcode en plaats:** {b.p(b.pc, 'POSTCODE')} {b.k(b.place)}",
            f"**Mobiel:** {b.p(make_phone(r, '06-'), 'PHONE')}",
            f"**Opmerking:** {b.note()}",
        ]
    else:
        lines = [
            f"Formulier: {b.k('Melding')} {b.k('Openbare Ruimte')}",
            f"Ingediend op: {b.odate('nl')}",
            f"Naam: {b.name(R)}",
            f"Geboortedatum: {b.p(make_dob(r, 'nl/'), 'DATE_OF_BIRTH')}",
            f"Adres: {b.addr()}",
            f"Postcode: {b.p(b.pc, 'POSTCODE')}",
            f"Plaats: {b.k(b.place)}",
            f"Telefoonnummer: {b.p(make_phone(r), 'PHONE')}",
            f"E-mailadres: {b.email(R)}",
            f"Toelichting: {b.note()}",
        ]
    return "\n".join(lines)


@shape(
    "json",
    {
        "brp": "API person JSON with voornamen/geslachtsnaam/voorvoegsel",
        "en": "flat JSON with English keys",
        "nested": "nested JSON with contact and adres objects",
        "family": "JSON with an array of household members",
        "compact": "one-line minified JSON",
    },
)
def jsonfrag(b, r):
    v = r.choice(jsonfrag.variants)
    b.sh(jsonfrag, v)
    R, F = b.res, b.fam
    if v == "brp":
        b.k("geslachtsnaam")
        obj = {
            "burgerservicenummer": b.p(make_bsn(r).replace(".", "").replace(" ", ""), "BSN"),
            "naam": {
                "voornamen": b.name(R, "voornamen"),
                "voorvoegsel": R.prefix or None,
                "geslachtsnaam": b.name(R, "sur"),
                "voorletters": b.name(R, "init"),
            },
            "geboorte": {"datum": {"datum": b.p(make_dob(r, "iso"), "DATE_OF_BIRTH")}, "plaats": b.k(r.choice(PLACES))},
            "verblijfplaats": {
                "straat": b.p(b.street, "ADDRESS"),
                "huisnummer": b.nr,
                "postcode": b.p(b.pc.replace(" ", ""), "POSTCODE"),
                "woonplaats": b.k(b.place),
            },
        }
        return f"Antwoord {b.k('BRP')} API ({b.k('Haal Centraal')}):\n" + json.dumps(obj, ensure_ascii=False, indent=2)
    if v == "en":
        obj = {
            "firstName": b.name(R, "first"),
            "lastName": b.name(R, "Prefsur") if R.prefix else b.name(R, "sur"),
            "birthDate": b.p(make_dob(r, "iso"), "DATE_OF_BIRTH"),
            "email": b.email(R),
            "phone": b.p(make_phone(r, "+316c"), "PHONE"),
            "licensePlate": b.p(make_plate(r, False), "LICENSE_PLATE"),
            "caseId": b.p(make_case(r), "CASE_NUMBER"),
            "status": b.k("pending"),
            "channel": b.k("webform"),
        }
        return json.dumps(obj, ensure_ascii=False, indent=2)
    if v == "nested":
        obj = {
            "zaak": {
                "id": b.p(make_case(r), "CASE_NUMBER"),
                "type": b.k(b.subject),
                "registratiedatum": b.odate("iso"),
            },
            "betrokkene": {
                "naam": b.name(R),
                "rol": b.k("aanvrager"),
                "contact": {"telefoon": b.p(make_phone(r), "PHONE"), "email": b.email(R)},
                "adres": {"straatHuisnummer": b.addr(), "postcode": b.p(b.pc, "POSTCODE"), "plaats": b.k(b.place)},
            },
            "behandelaar": {"naam": b.name(b.off), "afdeling": b.k(b.off.dept)},
            "toelichting": b.note(),
        }
        return json.dumps(obj, ensure_ascii=False, indent=2)
    if v == "family":
        b.k("huishouden")
        obj = {
            "huishouden": [
                {
                    "rol": "hoofdbewoner",
                    "naam": b.name(R),
                    "geboortedatum": b.p(make_dob(r, "compact"), "DATE_OF_BIRTH"),
                    "bsn": b.p(make_bsn(r).replace(".", "").replace(" ", ""), "BSN"),
                },
                {
                    "rol": b.k("partner"),
                    "naam": b.name(F),
                    "geboortedatum": b.p(make_dob(r, "compact"), "DATE_OF_BIRTH"),
                    "bsn": b.p(make_bsn(r).replace(".", "").replace(" ", ""), "BSN"),
                },
                {
                    "rol": "kind",
                    "voornaam": b.name(
                        Person(r, origin=R.origin, gender=r.choice("MV"), first=None, sur=R.sur, prefix=R.prefix),
                        "first",
                    ),
                    "geboortedatum": b.p(make_dob(r, "compact", (2010, 2024)), "DATE_OF_BIRTH"),
                },
            ],
            "adres": b.addr(),
            "opmerking": b.note(),
            "regeling": b.k(b.scheme),
        }
        return f"Export {b.k('Inkomensondersteuning')}:\n" + json.dumps(obj, ensure_ascii=False, indent=1)
    obj = {
        "evt": "melding.aangemaakt",
        "ts": b.ts(),
        "melder": b.name(R, "initsur"),
        "tel": b.p(make_phone(r, "06c"), "PHONE"),
        "mail": b.email(R),
        "locatie": b.addr(),
        "omschrijving": b.note(),
        "categorie": b.k("Afval"),
    }
    b.k("melding")
    return f"{b.k('Webhook')} payload: " + json.dumps(obj, ensure_ascii=False)


@shape(
    "xml",
    {
        "stuf": "StUF-BG npsLk01 fragment",
        "ns": "XML with namespace prefixes and split name parts",
        "zgw": "case-system XML with betrokkene and behandelaar",
        "upper": "XML from old system with caps values",
    },
)
def xmlfrag(b, r):
    v = r.choice(xmlfrag.variants)
    b.sh(xmlfrag, v)
    R = b.res
    if v == "stuf":
        b.k("StUF")
        return "\n".join(
            [
                f"Bericht uit {b.k('Basisregistratie')} (StUF-BG, npsLk01):",
                '<BG:object StUF:entiteittype="NPS">',
                f"  <BG:inp.bsn>{b.p(make_bsn(r).replace('.', '').replace(' ', ''), 'BSN')}</BG:inp.bsn>",
                f"  <BG:geslachtsnaam>{b.name(R, 'sur')}</BG:geslachtsnaam>",
                f"  <BG:voorvoegselGeslachtsnaam>{R.prefix}</BG:voorvoegselGeslachtsnaam>",
                f"  <BG:voorletters>{b.name(R, 'init')}</BG:voorletters>",
                f"  <BG:voornamen>{b.name(R, 'voornamen')}</BG:voornamen>",
                f"  <BG:geboortedatum>{b.p(make_dob(r, 'compact'), 'DATE_OF_BIRTH')}</BG:geboortedatum>",
                f"  <BG:verblijfsadres><BG:gor.straatnaam>{b.p(b.street, 'ADDRESS')}</BG:gor.straatnaam>"
                f"<BG:aoa.huisnummer>{b.nrdigits}</BG:aoa.huisnummer>"
                f"<BG:aoa.postcode>{b.p(b.pc.replace(' ', ''), 'POSTCODE')}</BG:aoa.postcode>"
                f"<BG:wpl.woonplaatsNaam>{b.k(b.place)}</BG:wpl.woonplaatsNaam></BG:verblijfsadres>",
                f"  <BG:inp.burgerlijkeStaat>{b.k('gehuwd')}</BG:inp.burgerlijkeStaat>",
                "</BG:object>",
            ]
        )
    if v == "ns":
        b.k("Aanvraag")
        return "\n".join(
            [
                f'<aanvraag:Aanvraag xmlns:aanvraag="urn:{b.mdom}:aanvraag">',
                f"  <aanvraag:Regeling>{b.k(b.scheme)}</aanvraag:Regeling>",
                "  <aanvraag:Aanvrager>",
                f"    <aanvraag:Voornaam>{b.name(R, 'first')}</aanvraag:Voornaam>",
                f"    <aanvraag:Voorvoegsel>{R.prefix or 'n.v.t.'}</aanvraag:Voorvoegsel>",
                f"    <aanvraag:Achternaam>{b.name(R, 'sur')}</aanvraag:Achternaam>",
                f"    <aanvraag:Geboortedatum>{b.p(make_dob(r, 'iso'), 'DATE_OF_BIRTH')}</aanvraag:Geboortedatum>",
                f"    <aanvraag:Rekeningnummer>{b.p(make_iban(r, False), 'IBAN')}</aanvraag:Rekeningnummer>",
                f"    <aanvraag:Telefoon>{b.p(make_phone(r), 'PHONE')}</aanvraag:Telefoon>",
                "  </aanvraag:Aanvrager>",
                f"  <aanvraag:Motivering>{b.note()}</aanvraag:Motivering>",
                f'  <aanvraag:Bedrag valuta="EUR">{b.amount()}</aanvraag:Bedrag>',
                "</aanvraag:Aanvraag>",
            ]
        )
    if v == "zgw":
        return "\n".join(
            [
                f'<zaak nummer="{b.p(make_case(r), "CASE_NUMBER")}" type="{b.k(b.subject)}">',
                f"  <startdatum>{b.odate('iso')}</startdatum>",
                f'  <betrokkene rol="{b.k("initiator")}">{b.name(R)}</betrokkene>',
                f'  <betrokkene rol="{b.k("belanghebbende")}">{b.name(b.nb)}</betrokkene>',
                f"  <adres>{b.addr()}, {b.p(b.pc, 'POSTCODE')} {b.k(b.place)}</adres>",
                f'  <behandelaar afdeling="{b.k(b.off.dept)}">{b.name(b.off, "initsur")}</behandelaar>',
                f"  <omschrijving>{b.note()}</omschrijving>",
                "</zaak>",
            ]
        )
    b.k("KLANT")
    return "\n".join(
        [
            "<KLANT>",
            f"  <NAAM>{b.name(R, 'upper')}</NAAM><VRL>{b.name(R, 'init')}</VRL><VV>{R.prefix.upper()}</VV>",
            f"  <GEBDAT>{b.p(make_dob(r, 'ddmmyyyy'), 'DATE_OF_BIRTH')}</GEBDAT>",
            f"  <STRAAT>{b.addr(upper=True)}</STRAAT><PC>{b.p(b.pc.replace(' ', ''), 'POSTCODE')}</PC>",
            f"  <PLAATS>{b.k(b.place.upper())}</PLAATS>",
            f"  <KENTEKEN>{b.p(make_plate(r, False), 'LICENSE_PLATE')}</KENTEKEN>",
            f"  <OPM>{b.note()}</OPM>",
            "</KLANT>",
        ]
    )


@shape(
    "csv",
    {
        "header-semi": "CSV with header, semicolon separated",
        "noheader-comma": "CSV row without header, commas",
        "quoted": "quoted CSV with English header",
        "multi": "CSV with several household rows",
    },
)
def csvfrag(b, r):
    v = r.choice(csvfrag.variants)
    b.sh(csvfrag, v)
    R, F = b.res, b.fam
    if v == "header-semi":
        b.k("achternaam")
        head = "relatienr;voorletters;tussenvoegsel;achternaam;geboortedatum;postcode;huisnr;iban;opmerking"
        row = ";".join(
            [
                str(r.randint(100000, 999999)),
                b.name(R, "init"),
                R.prefix,
                b.name(R, "sur"),
                b.p(make_dob(r, "nl-"), "DATE_OF_BIRTH"),
                b.p(b.pc.replace(" ", ""), "POSTCODE"),
                b.nr,
                b.p(make_iban(r, False), "IBAN"),
                b.note(),
            ]
        )
        return f"Uit {b.k('Excel')} export {b.k('debiteuren')}:\n{head}\n{row}"
    if v == "noheader-comma":
        row = ",".join(
            [
                b.p(make_case(r), "CASE_NUMBER"),
                b.name(R),
                b.p(make_bsn(r).replace(".", "").replace(" ", ""), "BSN"),
                b.addr(),
                b.p(b.pc, "POSTCODE"),
                b.k(b.place),
                b.p(make_phone(r, "06c"), "PHONE"),
                b.k("open"),
            ]
        )
        return f"Regel uit de {b.k('wachtlijst')} (zonder kop):\n{row}"
    if v == "quoted":
        head = '"Full name","E-mail","Mobile","Date of birth","Plate","Remarks"'
        row = ",".join(
            f'"{x}"'
            for x in [
                b.name(R),
                b.email(R),
                b.p(make_phone(r, "+316"), "PHONE"),
                b.p(make_dob(r, "nl/"), "DATE_OF_BIRTH"),
                b.p(make_plate(r), "LICENSE_PLATE"),
                b.note(),
            ]
        )
        b.k("Remarks")
        return f"{b.k('Parkeerbeheer')} CSV:\n{head}\n{row}"
    b.k("gezinslid")
    head = "dossier;gezinslid;naam;geb_datum;rol"
    case = b.p(make_case(r), "CASE_NUMBER")
    kid = Person(r, origin=R.origin, sur=R.sur, prefix=R.prefix)
    rows = [
        f"{case};1;{b.name(R)};{b.p(make_dob(r, 'iso'), 'DATE_OF_BIRTH')};{b.k('aanvrager')}",
        f"{case};2;{b.name(F)};{b.p(make_dob(r, 'iso'), 'DATE_OF_BIRTH')};{b.k('partner')}",
        f"{case};3;{b.name(kid)};{b.p(make_dob(r, 'iso', (2011, 2023)), 'DATE_OF_BIRTH')};kind",
    ]
    return f"Gezinssamenstelling ({b.k('Jeugd en Gezin')}):\n{head}\n" + "\n".join(rows) + f"\n# {b.note()}"


@shape(
    "fixed",
    {
        "caps": "fixed-width mainframe record in capitals",
        "rectype": "fixed-width with record-type prefixes",
        "ruler": "fixed-width with column ruler line",
        "gba": "LO3-style persoonslijst element lines",
    },
)
def fixedw(b, r):
    v = r.choice(fixedw.variants)
    b.sh(fixedw, v)
    R = b.res
    if v == "caps":
        b.k("MUTATIE")
        rec = (
            f"{b.name(R, 'upper'):<24}{b.name(R, 'init'):<8}{R.prefix.upper():<8}"
            f"{b.p(make_dob(r, 'compact'), 'DATE_OF_BIRTH')}  {b.addr(upper=True):<30}{b.p(b.pc.replace(' ', ''), 'POSTCODE')}"
        )
        return f"Uitdraai {b.k('mainframe')} (record MUTATIE, {b.odate('nl')}):\n{rec}\nREDEN: {b.note()}"
    if v == "rectype":
        lines = [
            f"01 {b.p(make_bsn(r).replace('.', '').replace(' ', ''), 'BSN')} {b.name(R, 'upper'):<20}{b.name(R, 'init')}",
            f"02 {b.addr(upper=True):<28}{b.p(b.pc, 'POSTCODE')}  {b.k(b.place.upper())}",
            f"03 {b.p(make_iban(r, False), 'IBAN')}  {b.amount()}",
            "09 EINDE",
        ]
        b.k("EINDE")
        return f"Batchbestand {b.k('Uitkeringen')}:\n" + "\n".join(lines) + f"\nNotitie behandelaar: {b.note()}"
    if v == "ruler":
        ruler = "----+----1----+----2----+----3----+----4----+----5"
        rec = f"{b.name(R, 'UPFULL'):<30}{b.p(make_dob(r, 'ddmmyyyy'), 'DATE_OF_BIRTH')} {b.p(make_plate(r, False), 'LICENSE_PLATE')}"
        return f"{b.k('Kentekenregister')} extract:\n{ruler}\n{rec}\nOpmerking: {b.note()}"
    b.k("Geslachtsnaam")
    lines = [
        f"01.01.20 Burgerservicenummer   {b.p(make_bsn(r).replace('.', '').replace(' ', ''), 'BSN')}",
        f"01.02.10 Voornamen             {b.name(R, 'voornamen')}",
        f"01.02.30 Voorvoegsel           {R.prefix}",
        f"01.02.40 Geslachtsnaam         {b.name(R, 'sur')}",
        f"01.03.10 Geboortedatum         {b.p(make_dob(r, 'compact'), 'DATE_OF_BIRTH')}",
        f"08.11.20 Straatnaam            {b.p(b.street, 'ADDRESS')}",
        f"08.11.60 Postcode              {b.p(b.pc.replace(' ', ''), 'POSTCODE')}",
    ]
    return f"Persoonslijst ({b.k('Burgerzaken')}):\n" + "\n".join(lines) + f"\nToelichting: {b.note()}"


@shape(
    "log",
    {
        "access": "web access log lines with user and IP",
        "pylog": "application log with level and logger",
        "java": "Java exception log with user data",
        "syslog": "syslog lines from the mail relay",
        "logfmt": "key=value logfmt lines",
    },
)
def logfrag(b, r):
    v = r.choice(logfrag.variants)
    b.sh(logfrag, v)
    R = b.res
    h = b.name(R, "handle") if v in ("access", "pylog", "logfmt") else None
    if v == "access":
        b.k("GET")
        return "\n".join(
            [
                f'{b.ip()} - {h} [{r.randint(1, 28):02d}/Mar/2026:{r.randint(8, 20)}:{r.randint(10, 59)}:11 +0100] "GET /mijnloket/zaken HTTP/1.1" 200 5120',
                f'{b.ip()} - {h} [{r.randint(1, 28):02d}/Mar/2026:{r.randint(8, 20)}:{r.randint(10, 59)}:40 +0100] "POST /mijnloket/upload?bestand=id-{h}.pdf HTTP/1.1" 413 0',
                f"Toelichting {b.k('Servicedesk')}: upload te groot, {b.note()}",
            ]
        )
    if v == "pylog":
        b.k("ERROR")
        return "\n".join(
            [
                f"{b.ts()} INFO portal.auth login ok user={h} ip={b.ip()}",
                f"{b.ts()} WARNING portal.forms validatie geboortedatum '{b.p(make_dob(r, 'nl.'), 'DATE_OF_BIRTH')}' voor {b.name(R)}",
                f"{b.ts()} ERROR portal.mail bounce {b.email(R)} (mailbox full)",
                f"{b.ts()} INFO portal.zaken zaak {b.p(make_case(r), 'CASE_NUMBER')} gekoppeld aan {h}",
            ]
        )
    if v == "java":
        b.k("persoon")
        return "\n".join(
            [
                f"{b.ts()} [http-nio-8080-exec-{r.randint(1, 9)}] ERROR nl.gemeente.{b.k('koppeling')}.BrpClient",
                f"java.lang.IllegalStateException: persoon niet gevonden bsn={b.p(make_bsn(r).replace('.', '').replace(' ', ''), 'BSN')} naam='{b.name(R, 'surinit')}'",
                "    at nl.gemeente.koppeling.BrpClient.zoek(BrpClient.java:212)",
                f"Melding servicedesk: {b.note()}",
            ]
        )
    if v == "syslog":
        b.k("postfix")
        return "\n".join(
            [
                f"Mar {r.randint(1, 28):2d} {r.randint(8, 20):02d}:{r.randint(10, 59)}:02 relay01 postfix/smtp[{r.randint(1000, 9999)}]: to=<{b.email(R)}>, status=deferred",
                f"Mar {r.randint(1, 28):2d} {r.randint(8, 20):02d}:{r.randint(10, 59)}:09 relay01 postfix/smtp[{r.randint(1000, 9999)}]: to=<{b.email(b.nb)}>, status=sent",
                f"Ticket {b.k('Applicatiebeheer')}: bericht over {b.k(b.subject)} kwam niet aan bij {b.name(R)}; {b.note()}",
            ]
        )
    b.k("level")
    return "\n".join(
        [
            f'time={b.ts()} level=info msg="sms verstuurd" to={b.p(make_phone(r, "+316c"), "PHONE")} user={h}',
            f'time={b.ts()} level=warn msg="adres niet gevonden" straat="{b.addr()}" postcode={b.p(b.pc.replace(" ", ""), "POSTCODE")}',
            f'time={b.ts()} level=info msg="{b.note()}" zaak={b.p(make_case(r), "CASE_NUMBER")}',
        ]
    )


@shape(
    "audit",
    {
        "iso": "audit trail with ISO timestamps and user names",
        "table": "audit trail as pipe table",
        "nl": "audit trail with Dutch date-times and full names",
        "diff": "audit with old -> new values",
    },
)
def audit(b, r):
    v = r.choice(audit.variants)
    b.sh(audit, v)
    R, O = b.res, b.off
    ho = b.name(O, "handle") if v != "nl" else None
    case = b.p(make_case(r), "CASE_NUMBER")
    if v == "iso":
        b.k("wijzigde")
        return "\n".join(
            [
                f"{b.ts()} gebruiker {ho} opende zaak {case}",
                f"{b.ts()} gebruiker {ho} wijzigde status van {b.k('ingediend')} naar {b.k('in behandeling')}",
                f"{b.ts()} gebruiker {b.name(b.med, 'handle')} voegde notitie toe: {b.note()}",
                f"{b.ts()} systeem verstuurde bevestiging aan {b.email(R)}",
            ]
        )
    if v == "table":
        b.k("Actie")
        return "\n".join(
            [
                "| Tijdstip | Gebruiker | Actie | Object |",
                "|---|---|---|---|",
                f"| {b.ts()} | {ho} | {b.k('inzage')} | dossier {case} |",
                f"| {b.ts()} | {ho} | {b.k('export')} | persoon {b.name(R)} |",
                f"| {b.ts()} | {b.name(b.med, 'handle')} | {b.k('afgesloten')} | {b.note()} |",
            ]
        )
    if v == "nl":
        return "\n".join(
            [
                f"{b.odate('nl')} 09:{r.randint(10, 59)} - {b.name(O)} ({b.k(O.dept)}) heeft de zaak {case} overgedragen",
                f"{b.odate('nl')} 14:{r.randint(10, 59)} - {b.name(b.med)} ({b.k('Buurtbemiddeling')}) heeft contact gelegd met {b.name(R, 'Prefsur') if R.prefix else b.name(R, 'sur')}",
                f"Laatste notitie: {b.note()}",
            ]
        )
    b.k("oud")
    return "\n".join(
        [
            f"[{b.ts()}] {ho} wijzigde persoon {b.name(R, 'initsur')} in zaak {case}:",
            f"  telefoon: oud={b.p(make_phone(r), 'PHONE')} nieuw={b.p(make_phone(r), 'PHONE')}",
            f"  adres: oud={b.addr(nb=True)} nieuw={b.addr()}",
            f"  reden: {b.note()}",
        ]
    )


@shape(
    "notify",
    {
        "assigned": "case system e-mail: zaak toegewezen aan",
        "deadline": "case system e-mail: termijn verloopt",
        "status": "case system e-mail: status gewijzigd",
        "task": "case system e-mail: nieuwe taak with link",
        "en": "English notification from a SaaS tool",
    },
)
def notify(b, r):
    v = r.choice(notify.variants)
    b.sh(notify, v)
    R, O = b.res, b.off
    case = b.p(make_case(r), "CASE_NUMBER")
    if v == "assigned":
        b.k("toegewezen")
        return "\n".join(
            [
                f"Van: noreply@{b.mdom}.nl",
                f"Onderwerp: Zaak {case} is toegewezen aan u",
                f"Beste {b.name(O, 'first')},",
                "",
                f"Zaak {case} ({b.k(b.subject)}) van {b.name(R)} is toegewezen aan {b.name(O)}, {b.k(O.func)} bij {b.k(O.dept)}.",
                f"Aanvrager bereikbaar via {b.p(make_phone(r), 'PHONE')}. Notitie: {b.note()}",
                f"Dit bericht is automatisch verzonden door {b.k('Zaaksysteem')}.",
            ]
        )
    if v == "deadline":
        b.k("termijn")
        return "\n".join(
            [
                f"[{b.k('Zaaksysteem')}] Herinnering: de termijn van zaak {case} verloopt op {b.odate('long')}.",
                f"Betrokkene: {b.name(R, 'initsur')}, {b.addr()}, {b.p(b.pc, 'POSTCODE')} {b.k(b.place)}",
                f"Behandelaar: {b.name(O)} ({b.k(O.dept)})",
                f"Laatste notitie: {b.note()}",
            ]
        )
    if v == "status":
        b.k("afgehandeld")
        return "\n".join(
            [
                f"Geachte heer/mevrouw {b.name(R, 'Prefsur')},",
                "",
                f"De status van uw zaak {case} is gewijzigd in: afgehandeld.",
                f"Vragen? Bel {b.k('14 0' + str(r.randint(10, 99)))} of mail {b.k('info@' + b.mdom + '.nl')}.",
                f"Met vriendelijke groet, {b.k('Team')} {b.k(O.dept)}",
            ]
        )
    if v == "task":
        b.k("taak")
        return "\n".join(
            [
                f"Nieuwe taak voor {b.name(O, 'handle')}: controleer {b.name(R, 'poss')} aanvraag {b.k(b.subject)}",
                f"Link: https://zaken.{b.mdom}.nl/zaak/{case}/taak/{r.randint(100, 999)}",
                f"Deadline: {b.odate('nl')}",
                f"Notitie van {b.name(b.med)}: {b.note()}",
            ]
        )
    b.k("Reminder")
    return "\n".join(
        [
            f"Reminder: case {case} assigned to {b.name(O)}",
            f"Requester: {b.name(R)} <{b.email(R)}>",
            f"Due: {b.odate('iso')}",
            f"Notes: {b.note()}",
            f"Sent by {b.k('Topdesk')} on behalf of {b.k(O.dept)}",
        ]
    )


@shape(
    "sms",
    {
        "appt": "SMS appointment reminder",
        "docs": "SMS missing documents",
        "pay": "SMS payment reminder",
        "log": "SMS gateway log export",
    },
)
def sms(b, r):
    v = r.choice(sms.variants)
    b.sh(sms, v)
    R = b.res
    ph = b.p(make_phone(r, r.choice(["+316c", "06c", "+316"])), "PHONE")
    if v == "appt":
        b.k("afspraak")
        return (
            f"SMS aan {ph}: Beste {b.name(R, 'first')}, herinnering aan uw afspraak op {b.k(r.choice(WEEKDAYS))} "
            f"{b.odate('long')} om 10:30 bij {b.k('Stadswinkel')} {b.k(b.place)}. Afzeggen? Bel {b.k('14 0' + str(r.randint(10, 99)))}."
        )
    if v == "docs":
        b.k("loonstroken")
        return (
            f"SMS ({b.k('verzonden')} {b.odate('nl')}) naar {ph}: Dhr./mevr. {b.name(R, 'Prefsur')}, voor zaak "
            f"{b.p(make_case(r), 'CASE_NUMBER')} missen nog uw loonstroken. Upload via {b.k('Mijn')} {b.k(b.place)}."
        )
    if v == "pay":
        b.k("betalingsregeling")
        return (
            f"Tekst SMS {ph}: {b.name(R, 'first')}, uw betalingsregeling: termijn EUR {b.amount()} staat open. "
            f"Kenmerk {b.p(make_case(r), 'CASE_NUMBER')}. {b.k('Team')} {b.k('Belastingen')}"
        )
    b.k("DELIVERED")
    return "\n".join(
        [
            "msisdn;bericht;status",
            f"{ph};Herinnering {b.k(b.subject)} voor {b.name(R)};DELIVERED",
            f"{b.p(make_phone(r, '+316c'), 'PHONE')};Herinnering {b.k(b.subject)} voor {b.name(b.fam)};FAILED",
        ]
    )


@shape(
    "pay",
    {
        "epc": "EPC QR payload",
        "kenmerk": "payment reference lines from a bank statement",
        "mt940": "MT940-like statement line",
        "sepa": "SEPA direct debit mandate fields",
    },
)
def payfrag(b, r):
    v = r.choice(payfrag.variants)
    b.sh(payfrag, v)
    R = b.res
    if v == "epc":
        b.k("Inhoud")
        return "\n".join(
            [
                f"Inhoud QR-code op de {b.k('aanmaning')}:",
                "BCD",
                "002",
                "1",
                "SCT",
                "BNGHNL2G",
                f"Gemeente {b.k(b.place)}",
                f"{b.k('BNG')}-{b.k('rekening')}",
                f"EUR{r.randint(10, 900)}.{r.randint(10, 99)}",
                "",
                f"{b.p(make_case(r), 'CASE_NUMBER')}",
                f"Aanslag {b.name(R, 'initsur')}",
                f"Notitie: {b.note()}",
            ]
        )
    if v == "kenmerk":
        b.k("Omschrijving")
        return "\n".join(
            [
                f"{b.odate('nl')}  Bij  {b.amount()}  Naam: {b.name(R, 'UPFULL')}  IBAN: {b.p(make_iban(r, False), 'IBAN')}",
                f"Omschrijving: betaling {b.k('kwijtschelding')} dossier {b.p(make_case(r), 'CASE_NUMBER')}",
                f"Opmerking {b.k('Debiteurenbeheer')}: {b.note()}",
            ]
        )
    if v == "mt940":
        b.k("MT940")
        return "\n".join(
            [
                f"MT940 regel uit {b.k('Financiën')}:",
                f":61:2603{r.randint(10, 28)}C{r.randint(10, 900)},{r.randint(10, 99)}NTRFNONREF",
                f":86:/TRTP/SEPA OVERBOEKING/IBAN/{b.p(make_iban(r, False), 'IBAN')}/NAME/{b.name(R, 'UPFULL')}/REMI/{b.p(make_case(r), 'CASE_NUMBER')}",
                f"Notitie: {b.note()}",
            ]
        )
    b.k("Machtiging")
    return "\n".join(
        [
            f"Machtiging {b.k('automatische incasso')}",
            f"Naam rekeninghouder: {b.name(R, 'initsur')}",
            f"IBAN: {b.p(make_iban(r, True), 'IBAN')}",
            f"Adres: {b.addr()}",
            f"Postcode/plaats: {b.p(b.pc, 'POSTCODE')} {b.k(b.place)}",
            f"Kenmerk machtiging: {b.p(make_case(r), 'CASE_NUMBER')}",
            f"Opmerking: {b.note()}",
        ]
    )


@shape(
    "sheet",
    {
        "tabs": "spreadsheet rows copied with tabs and header",
        "tabs-noheader": "tab rows without header",
        "pipes": "spreadsheet pasted as pipe table",
        "planning": "spreadsheet planning with weekdays",
    },
)
def sheet(b, r):
    v = r.choice(sheet.variants)
    b.sh(sheet, v)
    R, N = b.res, b.nb
    if v == "tabs":
        b.k("Naam")
        return "\n".join(
            [
                f"Overzicht {b.k('huisbezoeken')}:",
                "Naam\tAdres\tTelefoon\tGeb.datum\tOpmerking",
                f"{b.name(R)}\t{b.addr()}\t{b.p(make_phone(r), 'PHONE')}\t{b.p(make_dob(r, 'nl-'), 'DATE_OF_BIRTH')}\t{b.note()}",
                f"{b.name(N)}\t{b.addr(nb=True)}\t{b.p(make_phone(r), 'PHONE')}\t\tn.v.t.",
            ]
        )
    if v == "tabs-noheader":
        return "\n".join(
            [
                f"Geplakt uit {b.k('Excel')} ({b.k('tabblad')} {b.k('Klachten')}):",
                f"{b.p(make_case(r), 'CASE_NUMBER')}\t{b.odate('nl')}\t{b.name(R, 'surinit')}\t{b.email(R)}\t{b.note()}",
                f"{b.p(make_case(r), 'CASE_NUMBER')}\t{b.odate('nl')}\t{b.name(N, 'surinit')}\t{b.email(N)}\t{b.k('doorgezet')}",
            ]
        )
    if v == "pipes":
        b.k("Kenteken")
        return "\n".join(
            [
                f"Lijst {b.k('ontheffingen')} {b.k('milieuzone')}:",
                "| Kenteken | Houder | Geldig tot |",
                f"| {b.p(make_plate(r), 'LICENSE_PLATE')} | {b.name(R)} | {b.odate('nl')} |",
                f"| {b.p(make_plate(r), 'LICENSE_PLATE')} | {b.name(N, 'initsur')} | {b.odate('nl')} |",
                f"Noot: {b.note()}",
            ]
        )
    b.k("Planning")
    return "\n".join(
        [
            f"Planning {b.k('Buurtbemiddeling')}",
            "Dag\tBemiddelaar\tPartij A\tPartij B",
            f"{b.k(r.choice(WEEKDAYS))}\t{b.name(b.med)}\t{b.name(R)}\t{b.name(N)}",
            f"Notitie: {b.note()}",
        ]
    )


@shape("vcard", {"v3": "vCard 3.0 export", "v4": "vCard 4.0 with structured N field"})
def vcard(b, r):
    v = r.choice(vcard.variants)
    b.sh(vcard, v)
    R = b.res
    b.k("BEGIN")
    b.k("Contact")
    if v == "v3":
        return "\n".join(
            [
                "Contact uit de adresboek-export:",
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"FN:{b.name(R)}",
                f"TEL;TYPE=CELL:{b.p(make_phone(r, '+316'), 'PHONE')}",
                f"EMAIL:{b.email(R)}",
                f"ADR;TYPE=HOME:;;{b.addr()};{b.k(b.place)};;{b.p(b.pc, 'POSTCODE')};{b.k('Nederland')}",
                f"NOTE:{b.note()}",
                "END:VCARD",
            ]
        )
    return "\n".join(
        [
            "Contact uit de adresboek-export:",
            "BEGIN:VCARD",
            "VERSION:4.0",
            f"N:{b.name(R, 'sur')};{b.name(R, 'first')};;;",
            f"BDAY:{b.p(make_dob(r, 'compact'), 'DATE_OF_BIRTH')}",
            f"TEL:{b.p(make_phone(r, '+316c'), 'PHONE')}",
            f"ORG:{b.k('Huurdersvereniging')}",
            f"NOTE:{b.note()}",
            "END:VCARD",
        ]
    )


@shape("ical", {"event": "iCalendar VEVENT with attendees", "teams": "meeting invite text from a calendar tool"})
def ical(b, r):
    v = r.choice(ical.variants)
    b.sh(ical, v)
    R, O, M = b.res, b.off, b.med
    if v == "event":
        b.k("SUMMARY")
        return "\n".join(
            [
                "BEGIN:VEVENT",
                f"SUMMARY:{b.k('Huisbezoek')} {b.k(b.subject)}",
                f"DTSTART:2026{r.randint(1, 11):02d}{r.randint(10, 28)}T093000",
                f"ORGANIZER;CN={b.name(O)}:mailto:{b.email(O)}",
                f"ATTENDEE;CN={b.name(R)}:mailto:{b.email(R)}",
                f"LOCATION:{b.addr()}",
                f"DESCRIPTION:{b.note()}",
                "END:VEVENT",
            ]
        )
    b.k("Uitnodiging")
    return "\n".join(
        [
            f"Uitnodiging: {b.k('Bemiddelingsgesprek')} {b.k(r.choice(WEEKDAYS))} {b.odate('long')}",
            f"Organisator: {b.name(M)} ({b.k('bemiddelaar')})",
            f"Deelnemers: {b.name(R)}; {b.name(b.nb)}; {b.name(O)}",
            f"Locatie: {b.k('Wijkcentrum')} {b.k('De Linde')}",
            f"Agenda: {b.note()}",
        ]
    )


@shape("mailhdr", {"rfc": "raw e-mail headers pasted in a ticket", "fwd": "forwarded message block"})
def mailhdr(b, r):
    v = r.choice(mailhdr.variants)
    b.sh(mailhdr, v)
    R, O = b.res, b.off
    if v == "rfc":
        b.k("Subject")
        return "\n".join(
            [
                f"Return-Path: <{b.email(R)}>",
                f'From: "{b.name(R)}" <{b.email(R)}>',
                f"To: {b.k('info@' + b.mdom + '.nl')}",
                f"Subject: RE: {b.k(b.subject)} {b.p(make_case(r), 'CASE_NUMBER')}",
                f"X-Originating-IP: [{b.ip()}]",
                "",
                b.note(),
            ]
        )
    b.k("Doorgestuurd")
    return "\n".join(
        [
            "---------- Doorgestuurd bericht ----------",
            f"Van: {b.name(O)} <{b.email(O)}>",
            f"Datum: {b.k(r.choice(WEEKDAYS))} {b.odate('long')}",
            f"Aan: {b.name(b.med)} <{b.email(b.med)}>",
            f"Onderwerp: bemiddeling {b.name(R, 'Prefsur')} / {b.name(b.nb, 'Prefsur')}",
            "",
            b.note(),
        ]
    )


@shape("sql", {"insert": "SQL INSERT statement from a database dump", "select": "SQL query result in psql layout"})
def sqlfrag(b, r):
    v = r.choice(sqlfrag.variants)
    b.sh(sqlfrag, v)
    R = b.res
    if v == "insert":
        b.k("INSERT")
        return (
            f"INSERT INTO klant (bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, iban) VALUES "
            f"('{b.p(make_bsn(r).replace('.', '').replace(' ', ''), 'BSN')}', '{b.name(R, 'voornamen')}', "
            f"'{R.prefix}', '{b.name(R, 'sur')}', '{b.p(make_dob(r, 'iso'), 'DATE_OF_BIRTH')}', "
            f"'{b.p(make_iban(r, False), 'IBAN')}'); -- {b.note()}"
        )
    b.k("rows")
    return "\n".join(
        [
            " zaaknr        | naam                          | kenteken",
            "---------------+-------------------------------+----------",
            f" {b.p(make_case(r), 'CASE_NUMBER'):<13} | {b.name(R):<29} | {b.p(make_plate(r), 'LICENSE_PLATE')}",
            f" {b.p(make_case(r), 'CASE_NUMBER'):<13} | {b.name(b.nb):<29} | {b.p(make_plate(r), 'LICENSE_PLATE')}",
            "(2 rows)",
            f"-- {b.note()}",
        ]
    )


@shape("http", {"urlenc": "form-urlencoded POST body", "query": "URL with query parameters in an error report"})
def httpfrag(b, r):
    v = r.choice(httpfrag.variants)
    b.sh(httpfrag, v)
    R = b.res
    enc = lambda s: s.replace(" ", "+").replace("@", "%40")  # noqa: E731
    if v == "urlenc":
        b.k("POST")
        first, sur, mail = R.first, R.sur, R.email
        b.name(R, "first"), b.name(R, "sur")
        body = (
            f"voornaam={first}&tussenvoegsel={enc(R.prefix)}&achternaam={sur}&email={enc(mail)}"
            f"&postcode={b.p(b.pc.replace(' ', ''), 'POSTCODE')}&telefoon={b.p(make_phone(r, '06c'), 'PHONE')}"
        )
        b.p(enc(mail), "EMAIL")
        return f"POST /api/v1/{b.k('meldingen')} HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n{body}\n\n{b.k('Foutmelding')}: 422, {b.note()}"
    b.k("Foutrapport")
    return (
        f"Foutrapport: https://{b.mdom}.nl/loket/afspraak?naam={b.name(R, 'handle')}&geb={b.p(make_dob(r, 'compact'), 'DATE_OF_BIRTH')}"
        f"&zaak={b.p(make_case(r), 'CASE_NUMBER')} gaf een {b.k('time-out')}. Melder: {b.note()}"
    )


@shape("files", {"list": "list of uploaded file names with names in them", "zip": "archive listing"})
def files(b, r):
    v = r.choice(files.variants)
    b.sh(files, v)
    R = b.res
    h = b.name(R, "handle")
    case = b.p(make_case(r), "CASE_NUMBER")
    if v == "list":
        b.k("Bijlagen")
        return "\n".join(
            [
                f"Bijlagen bij het verzoek ({case}):",
                f"- paspoort-{h}.pdf ({r.randint(200, 900)} kB)",
                f"- {b.k('loonstrook')}-{b.k('maart')}-{h}.pdf",
                f"- {b.k('huurcontract')}.jpg",
                f"Controle {b.k('Informatiebeheer')}: {b.note()}",
            ]
        )
    b.k("Archief")
    return "\n".join(
        [
            f"Archief {case}.zip:",
            f"  {case}/intake-{h}.docx",
            f"  {case}/{b.k('beschikking')}.pdf",
            f"  {case}/{b.k('bezwaar')}-{h}.pdf",
            f"Opmerking: {b.note()}",
        ]
    )


@shape(
    "ticket",
    {
        "head": "support ticket header block",
        "chat": "chat transcript export with timestamps",
        "yaml": "YAML export of a contact moment",
    },
)
def ticket(b, r):
    v = r.choice(ticket.variants)
    b.sh(ticket, v)
    R, O = b.res, b.off
    if v == "head":
        b.k("Prioriteit")
        return "\n".join(
            [
                f"Ticket #{r.randint(10000, 99999)}",
                f"Aangemaakt door: {b.name(O, 'handle')}",
                f"Prioriteit: {b.k('Hoog')}",
                f"Categorie: {b.k('Privacy')}",
                f"Melder: {b.name(R)} ({b.p(make_phone(r), 'PHONE')})",
                f"Omschrijving: {b.note()}",
            ]
        )
    if v == "chat":
        b.k("Chatgesprek")
        return "\n".join(
            [
                f"Chatgesprek {b.k('Webcare')} {b.odate('nl')}",
                f"[10:{r.randint(10, 59)}] {b.name(R, 'first')}: {b.note()}",
                f"[10:{r.randint(10, 59)}] {b.name(O, 'first')} ({b.k('Klantcontactcentrum')}): mag ik uw geboortedatum?",
                f"[10:{r.randint(10, 59)}] {b.name(R, 'first')}: {b.p(make_dob(r, r.choice(['nl-', 'long', 'nl.'])), 'DATE_OF_BIRTH')}",
            ]
        )
    b.k("contactmoment")
    return "\n".join(
        [
            "contactmoment:",
            f"  kanaal: {b.k('telefoon')}",
            f'  klant: "{b.name(R)}"',
            f'  bsn: "{b.p(make_bsn(r), "BSN")}"',
            f'  adres: "{b.addr()}"',
            f"  medewerker: {b.name(O, 'handle')}",
            f"  afdeling: {b.k(O.dept)}",
            f'  samenvatting: "{b.note()}"',
        ]
    )


@shape(
    "parking",
    {
        "scan": "scan-car log line with plate and holder",
        "naheffing": "naheffingsaanslag record fields",
        "vergunning": "residents' parking permit record",
    },
)
def parking(b, r):
    v = r.choice(parking.variants)
    b.sh(parking, v)
    R = b.res
    plate = b.p(make_plate(r, r.random() < 0.6), "LICENSE_PLATE")
    if v == "scan":
        b.k("Scanauto")
        return "\n".join(
            [
                f"Scanauto {b.k('Parkeerbeheer')} {b.ts()} zone {b.k('Centrum')}-{r.randint(1, 9)} {plate} GEEN_RECHT",
                f"Houder volgens opvraging: {b.name(R, 'UPFULL')}, {b.addr(upper=True)}",
                f"Handmatige toelichting: {b.note()}",
            ]
        )
    if v == "naheffing":
        b.k("Naheffingsaanslag")
        return "\n".join(
            [
                f"Naheffingsaanslag {b.p(make_case(r), 'CASE_NUMBER')}",
                f"Kenteken: {plate}",
                f"Tenaamstelling: {b.name(R, 'surinit')}",
                f"Bedrag: EUR {b.amount()}",
                f"Tijdstip: {b.odate('nl')} {r.randint(8, 21)}:{r.randint(10, 59)}",
                f"Bezwaar: {b.note()}",
            ]
        )
    b.k("Bewonersvergunning")
    return "\n".join(
        [
            f"Bewonersvergunning {b.k('Zone')} {r.choice('ABCDE')}",
            f"Vergunninghouder: {b.name(R)}",
            f"Adres: {b.addr()}",
            f"Kenteken 1: {plate}",
            "Kenteken 2: n.v.t.",
            f"Geldig van {b.odate('nl')} tot {b.odate('nl')}",
            f"Notitie: {b.note()}",
        ]
    )


@shape("dms", {"meta": "document metadata from the document management system", "props": "Word document properties"})
def dms(b, r):
    v = r.choice(dms.variants)
    b.sh(dms, v)
    R, O = b.res, b.off
    if v == "meta":
        b.k("Documenttype")
        return "\n".join(
            [
                f"Titel: {b.k('Besluit')} op {b.k(b.subject)} {b.name(R, 'Prefsur')}",
                f"Documenttype: {b.k('Beschikking')}",
                f"Zaaknummer: {b.p(make_case(r), 'CASE_NUMBER')}",
                f"Auteur: {b.name(O)}",
                f"Laatst gewijzigd door: {b.name(O, 'handle')}",
                f"Vertrouwelijkheid: {b.k('intern')}",
                f"Samenvatting: {b.note()}",
            ]
        )
    b.k("Eigenschappen")
    return "\n".join(
        [
            f"Eigenschappen van intake-{b.name(R, 'handle')}.docx:",
            f"  Auteur: {b.name(O, 'initsur')}",
            f"  Bedrijf: {b.k('Gemeente')} {b.k(b.place)}",
            f"  Trefwoorden: {b.k(b.scheme)}; {b.name(R, 'sur')}",
            f"  Opmerkingen: {b.note()}",
        ]
    )


@shape(
    "merge", {"record": "mail-merge data record with placeholders", "preview": "letter preview with one unfilled field"}
)
def merge(b, r):
    v = r.choice(merge.variants)
    b.sh(merge, v)
    R = b.res
    if v == "record":
        b.k("Samenvoegvelden")
        aanhef = "Geachte heer" if R.g == "M" else "Geachte mevrouw"
        return "\n".join(
            [
                "Samenvoegvelden (record 1):",
                f"«Aanhef» = {aanhef} {b.name(R, 'Prefsur')}",
                f"«Naam» = {b.name(R, 'initsur')}",
                f"«Adres» = {b.addr()}",
                f"«PostcodePlaats» = {b.p(b.pc, 'POSTCODE')} {b.k(b.place.upper())}",
                f"«Kenmerk» = {b.p(make_case(r), 'CASE_NUMBER')}",
                f"«Extra» = {b.note()}",
            ]
        )
    b.k("Voorbeeldweergave")
    return "\n".join(
        [
            f"Voorbeeldweergave brief ({b.k('Sjabloon')} {b.k(b.scheme)}):",
            f"{b.name(R, 'initsur')}",
            f"{b.addr()}",
            f"{b.p(b.pc, 'POSTCODE')} {b.k(b.place.upper())}",
            f"Betreft: uw aanvraag van {b.odate('long')}, geboren {b.p(make_dob(r, 'long'), 'DATE_OF_BIRTH')}",
            "Geachte {{AANHEF}},",
            f"Notitie: {b.note()}",
        ]
    )


@shape("badge", {"access": "access-control log with badge numbers", "visitor": "visitor registration export"})
def badge(b, r):
    v = r.choice(badge.variants)
    b.sh(badge, v)
    R, O = b.res, b.off
    if v == "access":
        b.k("Stadskantoor")
        return "\n".join(
            [
                f"Toegangslog {b.k('Stadskantoor')} ingang {b.k('Oost')}:",
                f"{b.ts()} pas {r.randint(100000, 999999)} {b.name(O)} {b.k('toegestaan')}",
                f"{b.ts()} pas {r.randint(100000, 999999)} {b.name(b.med)} {b.k('geweigerd')}",
                f"Vraag {b.k('Facilitair')}: {b.note()}",
            ]
        )
    b.k("Bezoeker")
    return "\n".join(
        [
            "Bezoeker;Bedrijf;Bezoekt;Aankomst;Kenteken",
            f"{b.name(R)};particulier;{b.name(O)};{b.odate('nl')} 13:05;{b.p(make_plate(r), 'LICENSE_PLATE')}",
            f"{b.name(b.nb)};{b.k('Woningcorporatie')};{b.name(O)};{b.odate('nl')} 13:20;",
            f"Opmerking {b.k('receptie')}: {b.note()}",
        ]
    )


@shape("ldap", {"ldif": "LDIF entry from the directory", "ad": "Active Directory account table"})
def ldap(b, r):
    v = r.choice(ldap.variants)
    b.sh(ldap, v)
    O = b.off
    if v == "ldif":
        b.k("objectClass")
        return "\n".join(
            [
                f"dn: uid={b.name(O, 'handle')},ou={b.k('medewerkers')},dc={b.mdom},dc=nl",
                "objectClass: inetOrgPerson",
                f"cn: {b.name(O)}",
                f"sn: {b.name(O, 'sur')}",
                f"givenName: {b.name(O, 'first')}",
                f"mail: {b.email(O)}",
                f"telephoneNumber: {b.p(make_phone(r, 'land'), 'PHONE')}",
                f"departmentNumber: {b.k(O.dept)}",
                f"# {b.note()}",
            ]
        )
    b.k("SamAccountName")
    return "\n".join(
        [
            "SamAccountName\tDisplayName\tDepartment\tTitle",
            f"{b.name(O, 'handle')}\t{b.name(O)}\t{b.k(O.dept)}\t{b.k(O.func)}",
            f"{b.name(b.med, 'handle')}\t{b.name(b.med)}\t{b.k('Buurtbemiddeling')}\t{b.k('bemiddelaar')}",
            f"Aanleiding: {b.note()}",
        ]
    )


@shape("queue", {"display": "queue system log with called numbers", "print": "printed queue ticket text"})
def queue(b, r):
    v = r.choice(queue.variants)
    b.sh(queue, v)
    R = b.res
    if v == "display":
        b.k("Loket")
        return "\n".join(
            [
                f"Wachtrij {b.k('Publiekshal')} {b.odate('nl')}",
                f"A{r.randint(10, 99)} -> Loket {r.randint(1, 12)} | {b.name(R, 'initsur')} | {b.k(b.subject)}",
                f"B{r.randint(10, 99)} -> Loket {r.randint(1, 12)} | {b.name(b.nb, 'initsur')} | {b.k('paspoort')}",
                f"Opmerking: {b.note()}",
            ]
        )
    b.k("Volgnummer")
    return "\n".join(
        [
            f"Volgnummer C{r.randint(100, 999)}",
            f"Welkom {b.name(R, 'first')}!",
            f"Afspraak: {b.k(b.subject)} om 11:15",
            f"Geboortedatum ter controle: {b.p(make_dob(r, 'mon3-'), 'DATE_OF_BIRTH')}",
            f"Adres: {b.k(b.place)}, {b.k('Stadhuisplein')}",
            f"Notitie: {b.note()}",
        ]
    )


INTROS = {
    "intro/ticket": "support ticket line introducing a paste",
    "intro/dossier": "case-file note introducing a paste",
    "intro/privacy": "privacy officer note about a data export",
    "intro/none": "no introduction",
    "intro/forward": "forwarding line from another department",
    "intro/export": "export header with system name and date",
    "outro/mediator": "closing line naming the mediator",
    "outro/official": "closing line naming the official with function",
}
SHAPES.update(INTROS)
KINDS = [
    webform,
    jsonfrag,
    xmlfrag,
    csvfrag,
    fixedw,
    logfrag,
    audit,
    notify,
    sms,
    payfrag,
    sheet,
    vcard,
    ical,
    mailhdr,
    sqlfrag,
    httpfrag,
    files,
    ticket,
    parking,
    dms,
    merge,
    badge,
    ldap,
    queue,
]


def build(r, known: bool) -> tuple[dict, list[str]]:
    b = Doc(r, known)
    parts = []
    intro = r.choice([k for k in INTROS if k.startswith("intro/")])
    b.shapes.append(intro)
    if intro == "intro/ticket":
        parts.append(
            f"{b.k('Servicedesk')}-ticket, {b.k(r.choice(WEEKDAYS))} {b.odate('long')}: gegevens hieronder geplakt door "
            f"{b.name(b.off)} ({b.k(b.off.dept)})."
        )
    elif intro == "intro/dossier":
        parts.append(
            f"{b.k('Dossiernotitie')} {b.p(make_case(r), 'CASE_NUMBER')} - {b.k('Verzoek')} tot {b.k('Afstemming')}, "
            f"onderwerp {b.k(b.subject)}:"
        )
    elif intro == "intro/privacy":
        parts.append(
            f"{b.k('Functionaris')} {b.k('Gegevensbescherming')}: onderstaande export bevat persoonsgegevens, "
            f"{b.k('graag')} {b.k('anonimiseren')} voor de {b.k('kennisbank')}."
        )
    elif intro == "intro/forward":
        parts.append(
            f"Doorgestuurd vanuit {b.k(b.off.dept)} door {b.name(b.off, 'initsur')}, {b.k(b.off.func)}, "
            f"met het verzoek om {b.k('advies')}."
        )
    elif intro == "intro/export":
        parts.append(
            f"=== {b.k('Export')} {b.k(r.choice(['Suite4Gemeenten', 'Key2Burgerzaken', 'iBurgerzaken', 'Centric']))} "
            f"{b.odate('iso')} ==="
        )
    kinds = r.sample(KINDS, 2 if r.random() < 0.35 else 1)
    for fn in kinds:
        parts.append(fn(b, r))
    if not b.used_note and b.known_phrase:
        parts.append(f"Aanvulling: {b.note()}.")
    out = r.random()
    if out < 0.3:
        b.shapes.append("outro/mediator")
        parts.append(f"{b.k('Buurtbemiddeling')}: {b.name(b.med)} neemt contact op met {b.name(b.res, 'Prefsur')}.")
    elif out < 0.55:
        b.shapes.append("outro/official")
        parts.append(f"{b.k('Behandelaar')}: {b.name(b.off)}, {b.k(b.off.func)} {b.k(b.off.dept)}, {b.email(b.off)}")
    # a keep-rich footer when needed
    if len(b.keep) < 5:
        parts.append(
            f"{b.k('Gemeente')} {b.k(b.place)} - {b.k('Klantcontactcentrum')} - {b.k('info@' + b.mdom + '.nl')}"
        )
    text = "\n\n".join(parts)
    d = {"text": text, "pii": b.pii, "keep": b.keep}
    if known:
        kn = {"names": [b.res.full]}
        em = [i["text"] for i in b.pii if i["label"] == "EMAIL" and i["text"] == b.res.email]
        if em and r.random() < 0.7:
            kn["emails"] = em
        d["known"] = kn
    b.shapes.extend(f"origin:{P.origin}" for P in (b.res, b.fam, b.nb, b.off, b.med))
    return d, b.shapes


# ----------------------------------------------------------------------------------------------- gate


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


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
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = {
        w for i in doc["pii"] if i["label"] == "PERSON" for w in _words(i["text"]) if w not in PARTICLES and len(w) > 1
    }
    known_words = set()
    if "known" in doc:
        known_words = {w for n in doc["known"]["names"] for w in _words(n) if w not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in _words(k):
            if w in PARTICLES or len(w) <= 1 or w not in name_words:
                continue
            if k == w and w in known_words and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                continue
            return f"keep {k!r} shares a word with a name"
    if "known" in doc:
        if not any(k in known_words for k in doc["keep"]):
            return "known word not kept in its ordinary use"
    return None


def generate():
    docs, shapes, redraws = [], [], 0
    for i in range(N_DOCS):
        known = i % 4 == 1
        for attempt in range(200):
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            d, sh = build(r, known)
            d = {"id": f"fresh22d-{i:04d}", **d}
            if "known" in d:
                d = {k: d[k] for k in ("id", "text", "known", "pii", "keep")}
            if gate(d) is None:
                break
            redraws += 1
        else:
            raise RuntimeError(f"document {i} fails its gate: {gate(d)}")
        docs.append(d)
        shapes.append(sh)
    return docs, shapes, redraws


def render(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh22d_texts.jsonl is up to date" if same else "fresh22d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        used = Counter(s for sh in shapes for s in sh if not s.startswith("origin:"))
        origins = {s for sh in shapes for s in sh if s.startswith("origin:")}
        print(f"documents: {len(docs)}")
        print(f"pii items: {sum(labels.values())}")
        for lab in LABELS:
            print(f"  {lab:<14} {labels[lab]}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes registered: {len(SHAPES)}; shapes used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"origin groups: {len(ORIGINS)} defined, {len(origins)} drawn")
        print(f"all documents pass gate(): {all(gate(d) is None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
