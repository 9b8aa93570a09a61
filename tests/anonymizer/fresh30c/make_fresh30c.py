"""Generator of the blind anonymizer corpus fresh30c: personal budgets (pgb) and their administration.

Written blind by helper F30C (round twenty-four). Standard library only. Seed 20262403; document i draws from
random.Random("20262403-<i>"); a document failing gate() is redrawn from "20262403-<i>-<attempt>".

Usage: make_fresh30c.py [--check | --stats]
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
import f30c_pools as P  # noqa: E402

_spec = importlib.util.spec_from_file_location("f30c_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

SEED = 20262403
N_DOCS = 300
OUT = HERE / "fresh30c_texts.jsonl"
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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]

SHAPES: set[str] = set()  # every shape name the generator can use (registered at import)


def shape(name: str) -> str:
    SHAPES.add(name)
    return name


# ----------------------------------------------------------------------------------------------------- values


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r):
    bank = r.choice(P.BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    s = f"NL{98 - num % 97:02d}{bank}{acct}"
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, 18, 4)), s])


def make_postcode(r):
    while True:
        l2 = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if l2 not in ("SA", "SD", "SS"):
            n = r.randint(1011, 9999)
            return r.choice([f"{n} {l2}", f"{n}{l2}", f"{n} {l2}"])


def make_phone(r, d):
    st = r.choice(["mob-dash", "mob-space", "intl", "land-dash", "land-brackets", "intl-00", "mob-pairs"])
    d.shape("phone:" + st)
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    a = r.choice(["570", "58", "78", "55", "45", "546", "182", "229", "30"])
    rest = "".join(str(r.randint(1, 9)) for _ in range(9 - len(a)))
    return {
        "mob-dash": f"06-{m}",
        "mob-space": f"06 {m[:4]} {m[4:]}",
        "intl": f"+31 6 {m}",
        "land-dash": f"0{a}-{rest}",
        "land-brackets": f"(0{a}) {rest}",
        "intl-00": f"0031 {a} {rest}",
        "mob-pairs": f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
    }[st]


def make_plate(r):
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# ----------------------------------------------------------------------------------------------------- persons


class Person:
    def __init__(self, first, part, core, gender, origin):
        self.first, self.part, self.core, self.g, self.origin = first, part, core, gender, origin

    @property
    def full(self):
        return f"{self.first} {self.part + ' ' if self.part else ''}{self.core}"

    @property
    def bare(self):  # surname without first name: particle capitalised
        return (cap(self.part) + " " if self.part else "") + self.core

    @property
    def sur(self):  # surname after initials: particle lower case
        return (self.part + " " if self.part else "") + self.core

    @property
    def ini(self):
        return "".join(x[0] + "." for x in self.first.replace("-", " ").split())

    @property
    def handle(self):
        return fold(self.sur).lower().replace(" ", "").replace("'", "").replace("-", "")

    def title(self, style="long"):
        return {
            "long": ("mevrouw", "de heer"),
            "abbr": ("mw.", "dhr."),
            "cap": ("Mevrouw", "De heer"),
            "dear": ("Geachte mevrouw", "Geachte heer"),
        }[style][self.g == "m"]

    def relative(self, r, gender, origin_first=None):
        fl = P.ORIGINS[self.origin][0 if gender == "v" else 1]
        first = r.choice([f for f in fl if f != self.first] or fl)
        core = self.core
        if self.origin == "Pools" and core.endswith(("ski", "ska")):
            core = core[:-1] + ("a" if gender == "v" else "i")
        if self.origin == "Bulgaars":
            core = core.rstrip("a") + ("a" if gender == "v" else "")
        return Person(first, self.part, core, gender, self.origin)


def make_person(r, origin=None, gender=None, avoid=()):
    for _ in range(50):
        origin = origin or r.choice(list(P.ORIGINS))
        gender = gender or r.choice("mv")
        fv, fm, pre, suf, parts = P.ORIGINS[origin]
        first = r.choice(fv if gender == "v" else fm)
        s = r.choice(suf)
        if s == "POL":
            core = r.choice(pre) + r.choice(["ski", "czyk", "ak"] if gender == "m" else ["ska", "czyk", "ak"])
        elif s == "BUL":
            core = r.choice(pre) + ("ova" if gender == "v" else "ov")
        else:
            core = r.choice(pre) + s
        part = r.choice(parts) if parts and r.random() < 0.7 else ""
        p = Person(first, part, core, gender, origin)
        toks = {t.lower() for t in re.findall(r"\w+", p.full)}
        if not any(toks & {t.lower() for t in re.findall(r"\w+", a.full)} - PARTICLES for a in avoid):
            return p
    return p


def make_known(r):
    if r.random() < 0.2:
        first = r.choice(P.KNOWN_FIRST)
        core = r.choice(P.KNOWN)[0]
        while True:
            core = r.choice(["Westerkamp", "Oosthof", "Breuking", "Hoogveen", "Elzinga", "Wielhorst"])
            break
        p = Person(first, r.choice(["", "van", "van der", "de"]), core, "v", "Nederlands")
        return p, P.KNOWN_FIRST_WORD[first], P.KNOWN_FIRST_USE[first]
    core, word, sent = r.choice(P.KNOWN)
    g = (
        "m"
        if re.search(r"\b(hij|hem|Hij)\b", sent)
        else "v"
        if re.search(r"\b(zij|haar|Zij)\b", sent)
        else r.choice("mv")
    )
    first = r.choice(P.DUTCH_FIRST_M if g == "m" else P.DUTCH_FIRST_V)
    part = (
        r.choice(["", "", "", "de"]) if core not in ("Vos", "Hoek", "Post", "Berg") else r.choice(["", "de", "van der"])
    )
    return Person(first, part, core, g, "Nederlands"), word, sent


# ----------------------------------------------------------------------------------------------------- doc builder


class D:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.emails_of: dict[int, list[str]] = {}

    def shape(self, name):
        self.shapes.append(shape(name))

    def p(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    # person forms
    def full(self, x):
        return self.p(x.full, "PERSON")

    def bare(self, x):
        return self.p(x.bare, "PERSON")

    def first(self, x):
        return self.p(x.first, "PERSON")

    def inisur(self, x):
        return self.p(f"{x.ini} {x.sur}", "PERSON")

    def caps(self, x):
        return self.p(x.bare.upper(), "PERSON")

    def poss(self, x):
        f = x.first
        return self.p(f + ("'s" if f[-1] in "aeiouy" else "s"), "PERSON")

    def lower(self, x):
        return self.p(x.handle, "PERSON")

    def titled(self, x, style="long"):
        """title + surname (or sometimes title + full name)"""
        if self.r.random() < 0.5:
            return f"{x.title(style)} {self.bare(x)}"
        return f"{x.title(style)} {self.full(x)}"

    # values
    def dob(self, x_year_lo, x_year_hi, cue=True):
        r = self.r
        y, m, dd = r.randint(x_year_lo, x_year_hi), r.randint(1, 12), r.randint(1, 28)
        st = r.choice(["long", "dash", "slash", "dots", "iso", "mon3", "short-year", "nopad"])
        self.shape("dob:" + st)
        s = {
            "long": f"{dd} {MONTHS[m - 1]} {y}",
            "dash": f"{dd:02d}-{m:02d}-{y}",
            "slash": f"{dd:02d}/{m:02d}/{y}",
            "dots": f"{dd:02d}.{m:02d}.{y}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "mon3": f"{dd} {MON3[m - 1]} {y}",
            "short-year": f"{dd} {MONTHS[m - 1]} '{y % 100:02d}",
            "nopad": f"{dd}-{m}-{y}",
        }[st]
        return self.p(s, "DATE_OF_BIRTH")

    def dob_phrase(self, lo, hi):
        c = self.r.choice(["geboren op", "geb.", "geboortedatum", "°", "bare-paren", "geboren", "comma"])
        self.shape("dobcue:" + c)
        v = self.dob(lo, hi)
        return {
            "geboren op": f", geboren op {v},",
            "geb.": f" (geb. {v})",
            "geboortedatum": f" (geboortedatum {v})",
            "°": f" (° {v})",
            "bare-paren": f" ({v})",
            "geboren": f", geboren {v},",
            "comma": f", {v},",
        }[c]

    def date(self, year=2026):
        r = self.r
        m, dd = r.randint(1, 12), r.randint(1, 28)
        if r.random() < 0.5:
            return self.k(f"{dd} {MONTHS[m - 1]} {year}")
        self.k(MONTHS[m - 1])
        return f"{dd} {MONTHS[m - 1]} {year}"

    def wdate(self, year=2026):
        """weekday + date, the weekday correct for the date (working days only)"""
        import datetime

        while True:
            x = datetime.date(year, self.r.randint(1, 12), self.r.randint(1, 28))
            if x.weekday() < 5:
                break
        self.k(DAYS[x.weekday()])
        return f"{DAYS[x.weekday()]} {x.day} {MONTHS[x.month - 1]} {year}"

    def numdate(self, year=2026):
        r = self.r
        return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}"

    def amount(self, lo, hi):
        v = self.r.randint(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.k(s)

    def address(self, x=None):
        r = self.r
        street = r.choice(P.STREET_A) + r.choice(P.STREET_B)
        num = r.choice(
            [
                str(r.randint(1, 240)),
                f"{r.randint(1, 90)}{r.choice('abc')}",
                f"{r.randint(1, 90)}-{r.randint(1, 3)}",
                f"{r.randint(1, 120)}A",
            ]
        )
        return street, num

    def addr(self, street, num):
        return self.p(f"{street} {num}", "ADDRESS")

    def email(self, x, city=None):
        r = self.r
        f = fold(x.first).lower().replace(" ", "").replace("-", "")
        st = r.choice(["dot", "ini", "year", "nosep"])
        self.shape("email:" + st)
        loc = {
            "dot": f"{f}.{x.handle}",
            "ini": f"{f[0]}.{x.handle}",
            "year": f"{f}{x.handle}{r.randint(50, 99)}",
            "nosep": f"{f}{x.handle}",
        }[st]
        host = f"{city.lower().replace(' ', '')}.nl" if city else r.choice(P.MAILHOSTS)
        self.emails_of.setdefault(id(x), []).append(f"{loc}@{host}")
        return self.p(f"{loc}@{host}", "EMAIL")

    def case(self, kind):
        r = self.r
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        s = {
            "rel": f"BH-{n(8)}",
            "zok": f"ZOK/2026/{n(5)}",
            "wmo": f"WMO-C{n(6)}",
            "jw": f"JW.C.{r.randint(2019, 2026)}.{n(4)}",
            "tv": f"TV26-{n(5)}{r.choice('KLMNPR')}",
            "zv": f"ZV {n(4)} {n(4)}",
            "med": f"MED/pgb/26/{n(3)}",
            "bes": f"BES-2026-WM-{n(4)}",
            "svb": f"{n(2)}.{n(5)}.{n(2)}",
            "onderzoek": f"RH-{n(3)}/{r.choice('ABCD')}{n(2)}",
        }[kind]
        self.shape("case:" + kind)
        return self.p(s, "CASE_NUMBER")


# ----------------------------------------------------------------------------------------------------- context


def context(r, known):
    c = {}
    c["city"] = r.choice(P.CITIES)
    if known:
        c["holder"], c["kword"], c["ksent"] = make_known(r)
    else:
        c["holder"] = make_person(r)
    h = c["holder"]
    c["child"] = h.relative(r, r.choice("mv"))
    c["daughter"] = h.relative(r, "v")
    c["partner"] = make_person(r, avoid=[h])
    c["neighbour"] = make_person(r, avoid=[h, c["partner"]])
    c["official"] = make_person(r, avoid=[h, c["partner"], c["neighbour"]])
    c["official2"] = make_person(r, avoid=[h, c["partner"], c["neighbour"], c["official"]])
    c["mediator"] = make_person(r, avoid=[h, c["partner"], c["neighbour"], c["official"], c["official2"]])
    c["provider"] = r.choice(P.PROVIDERS)
    c["law"] = r.choice(["Wmo 2015", "Jeugdwet"])
    return c


OFFICIALS = [
    ("pgb-consulent", "team Wmo"),
    ("consulent", "Jeugdteam"),
    ("medewerker Klantcontact", "SVB"),
    ("toezichthouder", "team Rechtmatigheid en Handhaving"),
    ("beleidsmedewerker", "afdeling Zorg en Welzijn"),
    ("juridisch medewerker", "team Bezwaar en Beroep"),
    ("medewerker Debiteurenbeheer", "afdeling Financiën"),
    ("kwaliteitsmedewerker", "team Kwaliteit Zorg"),
]


def official_line(d, o, kind=None):
    fn, dept = kind or d.r.choice(OFFICIALS)
    st = d.r.choice(["comma", "dash", "van"])
    d.shape("official:" + st)
    for w in re.findall(r"[A-Z]\w+", dept):
        if w not in ("SVB",):
            d.k(w)
    d.k(fn.split()[-1] if " " in fn else fn)
    if st == "comma":
        return f"{d.full(o)}, {fn}, {dept}"
    if st == "dash":
        return f"{d.inisur(o)} – {fn} ({dept})"
    return f"{d.full(o)} ({fn} van het {dept})" if dept.startswith("team") else f"{d.full(o)}, {fn} bij {dept}"


def known_sentence(d, c):
    if "kword" in c:
        d.shape("known:" + c["kword"])
        d.k(c["kword"])
        return " " + c["ksent"].format(w=c["kword"])
    return ""


def contact_keep(d, c):
    city = c["city"]
    dom = city.lower().replace(" ", "")
    st = d.r.choice(["14", "info", "pgb", "both"])
    d.shape("generic:" + st)
    n14 = f"14 0{d.r.randint(10, 99)}"
    if st == "14":
        return f"Vragen? Bel {d.k(n14)} (op werkdagen van 9 tot 17 uur)."
    if st == "info":
        return f"Mailen kan naar {d.k('info@' + dom + '.nl')}."
    if st == "pgb":
        return f"Het pgb-loket is bereikbaar via {d.k('pgb@' + dom + '.nl')}."
    return f"Telefoon {d.k(n14)}, e-mail {d.k('wmo@' + dom + '.nl')}."


# ----------------------------------------------------------------------------------------------------- kinds


def k_budgetplan(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:budgetplan")
    st, num = d.address()
    L = [
        f"{d.k('Budgetplan')} persoonsgebonden budget – {d.k('Wmo 2015')}",
        f"Gemeente {d.k(city)}, {d.k('Zorgloket')}",
        "",
    ]
    v = r.choice(["full", "split", "caps"])
    d.shape("bp-name:" + v)
    if v == "full":
        L.append(f"Naam budgethouder: {d.full(h)}")
    elif v == "split":
        L += [f"Voornamen: {d.first(h)}", f"Achternaam: {d.bare(h)}"]
    else:
        L.append(f"NAAM (in blokletters): {d.caps(h)}, {d.first(h)}")
    L.append(f"Geboortedatum: {d.dob(1932, 1990)}")
    L.append(f"Burgerservicenummer: {d.p(make_bsn(r), 'BSN')}")
    L.append(f"Straat en huisnummer: {d.addr(st, num)}")
    L.append(f"Postcode / woonplaats: {d.p(make_postcode(r), 'POSTCODE')} {city}")
    L.append(f"Telefoonnummer: {d.p(make_phone(r, d), 'PHONE')}")
    if r.random() < 0.6:
        L.append(f"E-mailadres: {d.email(h)}")
    L.append(f"Cliëntnummer gemeente: {d.case('wmo' if c['law'] == 'Wmo 2015' else 'jw')}")
    L.append("")
    q = r.choice(["why", "who", "goal"])
    d.shape("bp-question:" + q)
    if q == "why":
        L.append(
            f"1. Waarom kiest u voor een pgb en niet voor zorg in natura? {d.k('Ik')} wil zelf bepalen wie er "
            f"over de vloer komt. {d.k('Mijn')} buurvrouw {d.full(c['neighbour'])} kent mijn gewoontes."
        )
    elif q == "who":
        L.append(
            f"2. Wie gaat de ondersteuning geven? {d.k('Mijn')} zoon {d.full(c['child'])} geeft "
            f"{r.randint(4, 16)} uur {d.k('begeleiding')} per week tegen {d.amount(18, 26)} per uur."
        )
    else:
        L.append(
            f"3. Welke doelen wilt u bereiken? {d.k('Zelfstandig')} blijven wonen en mijn administratie op orde "
            f"houden met hulp van {d.titled(c['partner'])}."
        )
    L.append(known_sentence(d, c).strip())
    if r.random() < 0.6:
        d.shape("bp-representative")
        L.append(
            f"Vertegenwoordiger: {d.full(c['daughter'])} (dochter){d.dob_phrase(1955, 1995)} "
            f"tel. {d.p(make_phone(r, d), 'PHONE')}"
        )
    L.append(f"Ondertekend te {city} op {d.date()} door {d.inisur(h)}.")
    L.append(contact_keep(d, c))
    return "\n".join(x for x in L if x is not None)


def k_agreement(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:zorgovereenkomst")
    informal = r.random() < 0.6
    carer = c["child"] if informal and r.random() < 0.6 else (c["neighbour"] if informal else c["partner"])
    st, num = d.address()
    st2, num2 = d.address()
    L = [
        f"{d.k('Zorgovereenkomst')} {'met vaste uren' if informal else 'met zorgverlener'} – nummer {d.case('zok')}",
        "",
        f"{d.k('Partij')} 1, de budgethouder:",
    ]
    v = r.choice(["lines", "sentence"])
    d.shape("za-party:" + v)
    if v == "lines":
        L += [
            f"  naam: {d.full(h)}",
            f"  adres: {d.addr(st, num)}, {d.p(make_postcode(r), 'POSTCODE')} {d.k(city)}",
            f"  relatienummer SVB: {d.case('rel')}",
        ]
    else:
        L.append(
            f"  {d.titled(h, 'cap')}, wonende aan de {d.addr(st, num)} te {d.k(city)}, relatienummer {d.case('rel')}."
        )
    L.append("")
    L.append(f"{d.k('Partij')} 2, de zorgverlener:")
    if informal:
        rel = (
            "zoon"
            if carer is c["child"] and carer.g == "m"
            else ("dochter" if carer is c["child"] else "buurman" if carer.g == "m" else "buurvrouw")
        )
        d.shape("za-carer:informal")
        L += [
            f"  naam: {d.full(carer)}{d.dob_phrase(1950, 2000)} relatie tot budgethouder: {rel}",
            f"  {d.k('Burgerservicenummer')}: {d.p(make_bsn(r), 'BSN')}",
            f"  adres: {d.addr(st2, num2)}, {d.p(make_postcode(r), 'POSTCODE')}",
            f"  rekeningnummer: {d.p(make_iban(r), 'IBAN')} t.n.v. {d.inisur(carer)}",
        ]
    else:
        d.shape("za-carer:zzp")
        L += [
            f"  {d.k(c['provider'])}, vertegenwoordigd door {d.full(carer)}",
            f"  relatienummer zorgverlener: {d.case('zv')}",
            f"  IBAN: {d.p(make_iban(r), 'IBAN')}",
            f"  telefoon: {d.p(make_phone(r, d), 'PHONE')}",
        ]
    L.append("")
    art = r.sample(["tarief", "opzeg", "ziek", "taken"], 2)
    for a in art:
        d.shape("za-article:" + a)
        if a == "tarief":
            L.append(
                f"{d.k('Artikel')} 4 – {d.k('Tarief')}: € {d.amount(17, 62)} per uur, uitbetaling via de {d.k('SVB')}."
            )
        elif a == "opzeg":
            L.append(f"{d.k('Artikel')} 9 – {d.k('Opzegging')}: met een termijn van één maand, schriftelijk.")
        elif a == "ziek":
            L.append(f"{d.k('Artikel')} 6 – Bij ziekte van de zorgverlener regelt {d.bare(carer)} zelf vervanging.")
        else:
            L.append(f"{d.k('Artikel')} 2 – {d.k('Taken')}: hulp bij wassen, aankleden en de {d.k('dagstructuur')}.")
    ks = known_sentence(d, c)
    if ks:
        L.append("Toelichting:" + ks)
    L.append(f"{d.k('Ingangsdatum')}: {d.date()}. Getekend door {d.inisur(h)} en {d.inisur(carer)}.")
    return "\n".join(L)


def k_hours(d, c):
    r, h = d.r, c["holder"]
    d.shape("kind:urendeclaratie")
    carer = c["child"] if r.random() < 0.5 else c["neighbour"]
    m = r.randint(0, 11)
    month = d.k(MONTHS[m])
    v = r.choice(["pipe", "tab", "semicolon"])
    d.shape("hours-table:" + v)
    head = f"{d.k('Urendeclaratie')} {month} 2026 – budgethouder {d.full(h)} ({d.case('rel')})"
    rows = []
    rate = d.amount(19, 45)
    who = [d.full, d.bare, d.inisur][r.randint(0, 2)](carer)
    for _ in range(r.randint(3, 6)):
        dt = f"{r.randint(1, 28):02d}-{m + 1:02d}-2026"
        hrs = r.choice(["2", "2,5", "3", "4", "1,5", "6"])
        if v == "pipe":
            rows.append(f"| {dt} | {hrs} | € {rate} | {who} |")
        elif v == "tab":
            rows.append(f"{dt}\t{hrs} u\t€ {rate}\t{who}")
        else:
            rows.append(f"{dt};{hrs};{rate};{who}")
    hd = {
        "pipe": "| Datum | Uren | Tarief | Zorgverlener |\n|---|---|---|---|",
        "tab": "Datum\tUren\tTarief\tZorgverlener",
        "semicolon": "datum;uren;tarief;zorgverlener",
    }[v]
    d.k("Datum" if v != "semicolon" else "datum")
    tot = r.choice(["total", "note", "file"])
    d.shape("hours-foot:" + tot)
    if tot == "total":
        foot = f"{d.k('Totaal')}: {r.randint(9, 30)} uur. Akkoord budgethouder: {d.inisur(h)}."
    elif tot == "note":
        foot = (
            f"{d.k('Opmerking')}: in week {r.randint(2, 50)} was {d.first(carer)} ziek; {d.first(h)} kreeg toen "
            f"hulp van {d.titled(c['neighbour'])}, die niet is gedeclareerd."
        )
    else:
        foot = f"{d.k('Bijlage')}: urenbriefje-{d.lower(h)}-{month}.pdf, verstuurd via {d.k('Mijn PGB')}."
    return head + "\n\n" + hd + "\n" + "\n".join(rows) + "\n\n" + foot + known_sentence(d, c)


def k_svb_letter(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:svb-brief")
    st, num = d.address()
    L = [d.k("Sociale Verzekeringsbank"), f"{d.k('Afdeling')} {d.k('Trekkingsrecht')}", ""]
    L += [
        f"{h.title('cap')} {d.inisur(h)}",
        d.addr(st, num),
        f"{d.p(make_postcode(r), 'POSTCODE')}  {city.upper()}",
        "",
    ]
    L.append(f"{d.k('Datum')}: {d.date()}")
    L.append(f"{d.k('Relatienummer')}: {d.case('rel')}")
    sub = r.choice(["declined", "stopped", "overview", "new-agreement"])
    d.shape("svb-subject:" + sub)
    L.append("")
    L.append(f"{h.title('dear')} {d.bare(h)},")
    if sub == "declined":
        L.append(
            f"{d.k('Wij')} hebben de declaratie van {d.full(c['child'])} over {d.date()} niet betaald. Het aantal "
            f"uren is hoger dan in de zorgovereenkomst {d.case('zok')} staat."
        )
    elif sub == "stopped":
        L.append(
            f"{d.k('Wij')} hebben de betalingen aan {d.full(c['neighbour'])} stopgezet, omdat de gemeente "
            f"{d.k(city)} uw budget per {d.date()} heeft beëindigd."
        )
    elif sub == "overview":
        L.append(
            f"{d.k('In')} deze brief vindt u het overzicht van uw budget. Er is nog € {d.amount(100, 9000)} "
            f"beschikbaar voor de rest van het jaar."
        )
    else:
        L.append(
            f"{d.k('Wij')} hebben de nieuwe zorgovereenkomst met {d.inisur(c['partner'])} goedgekeurd. De eerste "
            f"betaling volgt binnen tien werkdagen."
        )
    L.append(known_sentence(d, c).strip())
    L.append(f"Heeft u vragen? Zoek dan op {d.k('Mijn PGB')} of bel ons; noem dan uw relatienummer.")
    L.append("")
    L.append(
        f"{d.k('Met')} vriendelijke groet,\n{official_line(d, c['official'], ('medewerker Klantcontact', 'Sociale Verzekeringsbank'))}"
    )
    return "\n".join(L)


def k_municipal_decision(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:toekenningsbesluit")
    st, num = d.address()
    L = [
        f"{d.k('Gemeente')} {d.k(city)}",
        f"{d.k('Besluit')} {d.k(c['law'])} – {d.case('bes')}",
        "",
        f"{d.inisur(h) if r.random() < 0.5 else d.full(h)}",
        f"{d.addr(st, num)}",
        f"{d.p(make_postcode(r), 'POSTCODE')} {city}",
        "",
    ]
    L.append(f"{h.title('dear')} {d.bare(h)},")
    body = r.choice(["grant", "partial", "reject"])
    d.shape("dec-body:" + body)
    if body == "grant":
        L.append(
            f"{d.k('U')} krijgt een pgb van € {d.amount(2000, 38000)} per jaar voor {d.k('begeleiding')} en "
            f"{d.k('huishoudelijke hulp')}, van {d.date()} tot en met 31 december 2027."
        )
    elif body == "partial":
        L.append(
            f"{d.k('Wij')} kennen een deel van uw aanvraag toe. Voor de {d.k('kortdurend verblijf')} krijgt u "
            f"geen pgb, omdat {d.titled(c['partner'])} deze zorg als gebruikelijke hulp kan geven."
        )
    else:
        L.append(
            f"{d.k('Wij')} wijzen uw aanvraag af. Uit het gesprek op {d.date()} bleek niet dat u of uw "
            f"vertegenwoordiger {d.full(c['daughter'])} het pgb zelf kunt beheren."
        )
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Bezwaar')}: bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken.")
    L.append(contact_keep(d, c))
    L.append(
        official_line(
            d, c["official"], ("pgb-consulent", "team Wmo") if c["law"] == "Wmo 2015" else ("consulent", "Jeugdteam")
        )
    )
    return "\n".join(L)


def k_daughter_mail(d, c):
    r, h, city, dau = d.r, c["holder"], c["city"], c["daughter"]
    d.shape("kind:mail-dochter")
    dom = city.lower().replace(" ", "")
    L = [
        f"Van: {d.full(dau)} <{d.email(dau)}>",
        f"Aan: {d.k('pgb@' + dom + '.nl')}",
        f"Onderwerp: pgb van mijn {'vader' if h.g == 'm' else 'moeder'}, {d.case('wmo')}",
        "",
    ]
    greet = r.choice(["Beste", "Goedemiddag", "Hallo"])
    d.shape("mail-greet:" + greet)
    L.append(f"{d.k(greet)} {d.titled(c['official'])},")
    topic = r.choice(["late", "ill", "portal", "rate"])
    d.shape("mail-topic:" + topic)
    father = h
    ouder, pap, zijn = ("vader", "Papa", "Zijn") if h.g == "m" else ("moeder", "Mama", "Haar")
    if topic == "late":
        L.append(
            f"{d.k('Ik')} beheer het budget van mijn {ouder}, {d.full(father)}{d.dob_phrase(1928, 1952)} maar "
            f"de {d.k('SVB')} heeft de uren van {d.full(c['neighbour'])} over {d.k(MONTHS[r.randint(0, 11)])} nog "
            f"steeds niet betaald."
        )
    elif topic == "ill":
        L.append(
            f"{d.k(pap)} ligt sinds {d.date()} in het {d.k('ziekenhuis')}. Ik neem als gewaarborgde hulp "
            f"het beheer over. {d.poss(father)} post kan naar mijn adres: {d.addr(*d.address())}."
        )
    elif topic == "portal":
        L.append(
            f"{d.k('Ik')} kan niet inloggen op {d.k('Mijn PGB')} met de machtiging voor {d.inisur(father)}. "
            f"{zijn} {d.k('burgerservicenummer')} is {d.p(make_bsn(r), 'BSN')}, als u dat nodig heeft."
        )
    else:
        L.append(
            f"{d.k('Kunt')} u het uurtarief van {d.full(c['child'])} aanpassen? Mijn broer werkt sinds "
            f"{d.date()} ook 's avonds bij {d.first(father)}."
        )
    L.append(known_sentence(d, c).strip())
    sign = r.choice(["groet", "dank", "short"])
    d.shape("mail-sign:" + sign)
    L.append(
        {
            "groet": lambda: f"{d.k('Met')} vriendelijke groet,\n{d.full(dau)}\n{d.p(make_phone(r, d), 'PHONE')}",
            "dank": lambda: f"{d.k('Alvast')} bedankt,\n{d.first(dau)} ({d.p(make_phone(r, d), 'PHONE')})",
            "short": lambda: f"Groetjes, {d.first(dau)}",
        }[sign]()
    )
    return "\n".join(L)


def k_reclaim(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:terugvordering")
    st, num = d.address()
    L = [
        f"{d.k('Terugvorderingsbesluit')} persoonsgebonden budget",
        f"{d.k('Zaaknummer')}: {d.case('tv')}",
        f"{d.k('Betreft')}: {d.titled(h, 'abbr')}, {d.addr(st, num)}, {d.k(city)}",
        "",
    ]
    why = r.choice(["unspent", "noaccount", "hospital", "double"])
    d.shape("tv-reason:" + why)
    amt = "€ " + d.amount(300, 14000)
    if why == "unspent":
        L.append(f"{d.k('Over')} 2025 is {amt} niet besteed aan zorg. Dit bedrag vorderen wij terug.")
    elif why == "noaccount":
        L.append(
            f"{d.k('Voor')} een bedrag van {amt} ontbreken urenbriefjes van zorgverlener {d.full(c['neighbour'])}."
        )
    elif why == "hospital":
        L.append(
            f"{d.k('Tijdens')} de opname van {d.bare(h)} van {d.date()} tot {d.date()} is toch zorg gedeclareerd "
            f"(totaal {amt})."
        )
    else:
        L.append(
            f"{d.k('Dezelfde')} uren zijn zowel door {d.inisur(c['child'])} als door {d.k(c['provider'])} "
            f"gedeclareerd; het dubbel betaalde bedrag is {amt}."
        )
    L.append(known_sentence(d, c).strip())
    pay = r.choice(["term", "once"])
    d.shape("tv-pay:" + pay)
    if pay == "term":
        L.append(
            f"{d.k('U')} mag in {r.randint(6, 24)} maandelijkse termijnen betalen. Vermeld bij betaling het zaaknummer."
        )
    else:
        L.append(
            f"{d.k('Wij')} verrekenen het bedrag met uw budget voor 2027, tenzij u binnen zes weken bezwaar maakt."
        )
    L.append(official_line(d, c["official"], ("medewerker Debiteurenbeheer", "afdeling Financiën")))
    return "\n".join(L)


def k_mediation(d, c):
    r, h, med = d.r, c["holder"], c["mediator"]
    d.shape("kind:mediation")
    rep = c["daughter"] if r.random() < 0.6 else c["partner"]
    L = [
        f"{d.k('Verslag')} bemiddelingsgesprek – dossier {d.case('med')}",
        f"{d.k('Bemiddelaar')}: mr. {d.full(med)}, {d.k('MfN-registermediator')}",
        "",
    ]
    pres = r.choice(["list", "sentence"])
    d.shape("med-present:" + pres)
    if pres == "list":
        L += [
            "Aanwezig:",
            f"- {d.full(h)} (budgethouder)",
            f"- {d.full(rep)} (vertegenwoordiger)",
            f"- {official_line(d, c['official'])}",
        ]
    else:
        L.append(
            f"{d.k('Aanwezig')} waren {d.titled(h)}, {'zijn' if h.g == 'm' else 'haar'} vertegenwoordiger {d.full(rep)} en "
            f"namens de gemeente {official_line(d, c['official'])}."
        )
    L.append("")
    issue = r.choice(["amount", "blame", "late"])
    d.shape("med-issue:" + issue)
    if issue == "amount":
        L.append(
            f"{d.k('Geschil')}: de terugvordering van {d.amount(500, 9000)} (zaak {d.case('tv')}). "
            f"{d.bare(rep)} vindt dat de gemeente het budget te laat heeft aangepast."
        )
    elif issue == "blame":
        L.append(
            f"{d.k('Geschil')}: volgens {d.bare(rep)} heeft de {d.k('SVB')} de urenbriefjes kwijtgemaakt; "
            f"de gemeente houdt {d.bare(h)} verantwoordelijk."
        )
    else:
        L.append(f"{d.k('Geschil')}: het besluit kwam pas op {d.date()}, ruim na de wettelijke termijn.")
    L.append(known_sentence(d, c).strip())
    out = r.choice(["deal", "nodeal", "followup"])
    d.shape("med-outcome:" + out)
    L.append(
        {
            "deal": lambda: (
                f"{d.k('Afspraak')}: de gemeente ziet af van de helft; {d.bare(h)} betaalt de rest in termijnen."
            ),
            "nodeal": lambda: (
                f"{d.k('Geen')} overeenstemming bereikt. Partijen kunnen de bezwaarprocedure voortzetten."
            ),
            "followup": lambda: f"{d.k('Vervolg')}: op {d.wdate()} spreekt {d.inisur(med)} de partijen opnieuw.",
        }[out]()
    )
    return "\n".join(L)


def k_inspection(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:huisbezoek")
    carer = c["neighbour"]
    st, num = d.address()
    L = [
        f"{d.k('Rapportage')} huisbezoek {d.k('rechtmatigheid')} pgb – {d.case('onderzoek')}",
        f"{d.k('Toezichthouder')}: {d.inisur(c['official'])}; tweede toezichthouder: {d.inisur(c['official2'])}",
        f"{d.k('Adres')} bezoek: {d.addr(st, num)}, {d.k(city)}",
        "",
    ]
    obs = r.sample(["car", "absent", "quality", "register", "docs"], 3)
    for o in obs:
        d.shape("insp-obs:" + o)
        if o == "car":
            L.append(
                f"- Tijdens het bezoek stond de auto van de zorgverlener ({d.k('kenteken')} "
                f"{d.p(make_plate(r), 'LICENSE_PLATE')}) niet bij de woning, terwijl er volgens de declaratie zorg werd gegeven."
            )
        elif o == "absent":
            L.append(
                f"- {d.k('Budgethouder')} {d.bare(h)} verklaart dat {d.first(carer)} 'bijna elke dag' komt; het "
                f"urenbriefje noemt {r.randint(20, 40)} uur per week."
            )
        elif o == "quality":
            L.append(
                f"- De {d.k('zorgbeschrijving')} ontbreekt. {d.full(carer)} heeft geen diploma, maar wel ervaring."
            )
        elif o == "register":
            L.append(
                f"- {d.k('Zorgverlener')} {d.inisur(carer)} staat ingeschreven op {d.addr(*d.address())}, niet op "
                f"het adres dat in de zorgovereenkomst staat."
            )
        else:
            L.append(
                f"- {d.k('Getoond')} werden: het budgetplan, de zorgovereenkomst en een kopie van het "
                f"identiteitsbewijs van {d.full(h)}{d.dob_phrase(1930, 1985)} met BSN {d.p(make_bsn(r), 'BSN')}."
            )
    L.append(known_sentence(d, c).strip())
    concl = r.choice(["fraud", "ok", "warn"])
    d.shape("insp-concl:" + concl)
    L.append(
        {
            "fraud": lambda: (
                f"{d.k('Conclusie')}: vermoeden van onrechtmatige besteding; het dossier gaat naar {d.k('team Handhaving')}."
            ),
            "ok": lambda: f"{d.k('Conclusie')}: de zorg wordt geleverd zoals afgesproken. Geen vervolg.",
            "warn": lambda: (
                f"{d.k('Conclusie')}: schriftelijke waarschuwing; hercontrole in {d.k(MONTHS[r.randint(0, 11)])}."
            ),
        }[concl]()
    )
    return "\n".join(L)


def k_guaranteed(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:gewaarborgde-hulp")
    rep = c["daughter"] if r.random() < 0.5 else c["child"]
    st, num = d.address()
    L = [
        f"{d.k('Melding')} wijziging {d.k('gewaarborgde hulp')} / {d.k('vertegenwoordiger')}",
        "",
        f"{d.k('Budgethouder')}: {d.full(h)}{d.dob_phrase(1930, 1975)} relatienummer {d.case('rel')}",
        f"{d.k('Reden')} wijziging: ",
    ]
    reason = r.choice(["stroke", "dementia", "hospital"])
    d.shape("gh-reason:" + reason)
    L[-1] += {
        "stroke": lambda: f"{d.bare(h)} heeft een herseninfarct gehad en kan het budget niet meer zelf beheren.",
        "dementia": lambda: f"bij {d.bare(h)} is {d.k('dementie')} vastgesteld.",
        "hospital": lambda: f"langdurige opname in het {d.k('ziekenhuis')} vanaf {d.date()}.",
    }[reason]()
    L.append("")
    L.append(f"{d.k('Nieuwe')} gewaarborgde hulp:")
    v = r.choice(["lines", "prose"])
    d.shape("gh-rep:" + v)
    if v == "lines":
        L += [
            f"  naam: {d.full(rep)}",
            f"  geboortedatum: {d.dob(1950, 2000)}",
            f"  BSN: {d.p(make_bsn(r), 'BSN')}",
            f"  adres: {d.addr(st, num)}, {d.p(make_postcode(r), 'POSTCODE')} {city}",
            f"  telefoon: {d.p(make_phone(r, d), 'PHONE')}",
            f"  e-mail: {d.email(rep)}",
        ]
    else:
        L.append(
            f"  {d.k('Ondergetekende')}, {d.full(rep)}{d.dob_phrase(1950, 2000)} wonend op {d.addr(st, num)} "
            f"({d.p(make_postcode(r), 'POSTCODE')}), bereikbaar op {d.p(make_phone(r, d), 'PHONE')}, neemt de "
            f"taken van de budgethouder over."
        )
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Handtekening')} vorige gewaarborgde hulp: {d.inisur(c['partner'])} (stopt per {d.date()}).")
    L.append(contact_keep(d, c))
    return "\n".join(L)


def k_phone_note(d, c):
    r, h = d.r, c["holder"]
    d.shape("kind:telefoonnotitie")
    caller = r.choice([h, c["daughter"], c["partner"]])
    L = [
        f"{d.k('Telefoonnotitie')} {d.k('Klantcontact')} – {d.wdate()}",
        f"{d.k('Beller')}: {d.full(caller)}",
        f"{d.k('Terugbelnummer')}: {d.p(make_phone(r, d), 'PHONE')}",
        f"{d.k('Dossier')}: {d.case(r.choice(['rel', 'svb']))}",
        "",
    ]
    q = r.choice(["balance", "carerpay", "address", "complaint"])
    d.shape("tel-q:" + q)
    who = (lambda: "de budgethouder") if caller is h else (lambda: d.titled(h))
    L.append(
        {
            "balance": lambda: (
                f"{d.k('Vraag')}: hoeveel budget is er nog over voor {who()}? Saldo genoemd: {d.amount(100, 6000)}."
            ),
            "carerpay": lambda: (
                f"{d.k('Vraag')}: waarom is {d.full(c['neighbour'])} niet betaald over {d.k(MONTHS[r.randint(0, 11)])}?"
            ),
            "address": lambda: (
                f"{d.k('Vraag')}: adreswijziging voor {who()}; nieuw adres {d.addr(*d.address())}, {d.p(make_postcode(r), 'POSTCODE')}."
            ),
            "complaint": lambda: (
                f"{d.k('Klacht')}: beller is boos, omdat {d.first(caller)} drie keer is doorverbonden."
            ),
        }[q]()
    )
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Afgehandeld')} door: {official_line(d, c['official'], ('medewerker Klantcontact', 'SVB'))}")
    return "\n".join(L)


def k_budget_overview(d, c):
    r, h = d.r, c["holder"]
    d.shape("kind:budgetoverzicht")
    L = [
        f"{d.k('Budgetoverzicht')} 2026 – {d.p(h.bare.upper() + ', ' + h.ini, 'PERSON')}",
        f"{d.k('Relatienummer')} {d.case('rel')}",
        "",
    ]
    L.append(f"{d.k('Toegekend')} budget: {d.amount(4000, 40000)}")
    carers = [c["child"], c["neighbour"]][: r.randint(1, 2)]
    for x in carers:
        d.shape("ov-line")
        L.append(f"Betaald aan {d.inisur(x)} (IBAN {d.p(make_iban(r), 'IBAN')}): {d.amount(200, 9000)}")
    L.append(f"{d.k('Nog')} beschikbaar: {d.amount(50, 5000)}")
    n = r.choice(["none", "warn", "known"])
    d.shape("ov-note:" + n)
    if n == "warn":
        L.append(f"{d.k('Let')} op: het budget van {d.first(h)} raakt in {d.k(MONTHS[r.randint(8, 11)])} op.")
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Dit')} overzicht is gemaakt op {d.date()}.")
    return "\n".join(L)


def k_youth(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:jeugd-aanvraag")
    child = c["child"]
    st, num = d.address()
    L = [f"{d.k('Aanvraag')} pgb {d.k('Jeugdwet')} – {d.k('Jeugdteam')} {d.k(city)}", ""]
    v = r.choice(["table", "prose"])
    d.shape("jw-child:" + v)
    if v == "table":
        L += [
            f"Kind: {d.full(child)}",
            f"Geboren: {d.dob(2009, 2022)}",
            f"BSN kind: {d.p(make_bsn(r), 'BSN')}",
            f"Ouder/verzorger: {d.full(h)}",
            f"Adres: {d.addr(st, num)}, {d.p(make_postcode(r), 'POSTCODE')}",
            f"Dossiernummer: {d.case('jw')}",
        ]
    else:
        L.append(
            f"{d.k('Ik')}, {d.full(h)}, vraag een pgb aan voor mijn {'zoon' if child.g == 'm' else 'dochter'} "
            f"{d.first(child)}{d.dob_phrase(2009, 2022)} die bij ons woont op {d.addr(st, num)}. "
            f"Ons dossier bij het Jeugdteam heeft nummer {d.case('jw')}."
        )
    need = r.choice(["autism", "respite", "school"])
    d.shape("jw-need:" + need)
    L.append(
        {
            "autism": lambda: (
                f"{d.k('Door')} {'zijn' if child.g == 'm' else 'haar'} {d.k('autisme')} heeft {d.first(child)} vaste gezichten nodig."
            ),
            "respite": lambda: (
                f"{d.k('Wij')} willen {d.k('logeeropvang')} bij {d.titled(c['neighbour'])} één weekend per maand."
            ),
            "school": lambda: (
                f"{d.k('Na')} school begeleidt {d.full(c['partner'])} {d.poss(child)} huiswerk en vervoer."
            ),
        }[need]()
    )
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Contact')}: {d.p(make_phone(r, d), 'PHONE')} of {d.email(h)}")
    return "\n".join(L)


def k_objection(d, c):
    r, h, city = d.r, c["holder"], c["city"]
    d.shape("kind:bezwaarschrift")
    rep = c["daughter"] if r.random() < 0.5 else c["partner"]
    st, num = d.address()
    L = [
        f"{d.full(rep)}",
        f"{d.addr(st, num)}",
        f"{d.p(make_postcode(r), 'POSTCODE')} {city}",
        "",
        f"{d.k('Aan')} het college van burgemeester en wethouders van {d.k(city)}",
        f"t.a.v. {d.k('team Bezwaar en Beroep')}",
        "",
        f"{d.k('Betreft')}: {d.k('bezwaar')} tegen besluit {d.case(r.choice(['tv', 'bes']))}",
        "",
    ]
    L.append(f"{d.k('Geacht')} college,")
    arg = r.choice(["agent", "calc", "hearing"])
    d.shape("obj-arg:" + arg)
    if arg == "agent":
        L.append(
            f"{d.k('Namens')} {d.titled(h)}{d.dob_phrase(1930, 1970)} maak ik bezwaar. Een machtiging is bijgevoegd."
        )
    elif arg == "calc":
        L.append(
            f"{d.k('De')} berekening klopt niet: de uren van {d.full(c['neighbour'])} in {d.k(MONTHS[r.randint(0, 11)])} "
            f"zijn wel degelijk gewerkt, zie de bijlage {d.k('urenregistratie')}."
        )
    else:
        L.append(
            f"{d.k('Ik')} wil graag worden gehoord. {d.bare(h)} kan zelf niet komen; ik ben bereikbaar via "
            f"{d.p(make_phone(r, d), 'PHONE')} of {d.email(rep)}."
        )
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Hoogachtend')},\n{d.inisur(rep)}")
    return "\n".join(L)


def k_handover(d, c):
    r, h = d.r, c["holder"]
    d.shape("kind:overdracht")
    L = [
        f"{d.k('Overdrachtsnotitie')} pgb-dossier {d.case('wmo')}",
        f"{d.k('Van')}: {official_line(d, c['official'])}",
        f"{d.k('Aan')}: {official_line(d, c['official2'])}",
        "",
    ]
    pts = r.sample(["plate", "family", "dob", "iban"], 2)
    for pt in pts:
        d.shape("ho-point:" + pt)
        if pt == "plate":
            L.append(
                f"- {d.bare(h)} declareert reiskosten voor de auto {d.p(make_plate(r), 'LICENSE_PLATE')} van {d.first(c['child'])}."
            )
        elif pt == "family":
            L.append(
                f"- {d.k('Zoon')} {d.first(c['child'])} en dochter {d.first(c['daughter'])} zijn het oneens over het beheer."
            )
        elif pt == "dob":
            L.append(
                f"- {d.k('Let')} op: in het systeem staat {d.full(h)} met geboortedatum {d.dob(1930, 1980)}, "
                f"maar op het paspoort staat een andere datum."
            )
        else:
            L.append(
                f"- {d.k('Rekeningnummer')} van {d.inisur(c['neighbour'])} gewijzigd in {d.p(make_iban(r), 'IBAN')}."
            )
    L.append(known_sentence(d, c).strip())
    L.append(f"{d.k('Eerstvolgende')} evaluatie: {d.date(2027)}.")
    return "\n".join(L)


KINDS = [
    k_budgetplan,
    k_agreement,
    k_hours,
    k_svb_letter,
    k_municipal_decision,
    k_daughter_mail,
    k_reclaim,
    k_mediation,
    k_inspection,
    k_guaranteed,
    k_phone_note,
    k_budget_overview,
    k_youth,
    k_objection,
    k_handover,
]


# ----------------------------------------------------------------------------------------------------- gate


def _words(s):
    return {w.lower() for w in re.findall(r"[^\W\d_]+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        _score.check_doc(doc)
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
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
            if {"text": n, "label": "PERSON"} not in doc["pii"]:
                return "known name not in pii"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
        for w in re.findall(r"[^\W\d_]+", k):
            wl = w.lower()
            if len(w) > 1 and wl not in PARTICLES and wl in names:
                if not (w == wl and wl in known_words):
                    return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keeps"
    if "known" in doc and not any(k == k.lower() and k in known_words for k in doc["keep"]):
        return "known doc without ordinary use in keep"
    return None


# ----------------------------------------------------------------------------------------------------- build


def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    known = i % 4 == 1
    c = context(r, known)
    d = D(r)
    kind = KINDS[r.randrange(len(KINDS))]
    text = kind(d, c)
    if known and not re.search(r"(?<!\w)" + re.escape(c["holder"].full) + r"(?!\w)", text):
        v = r.choice(["dossier", "system", "ps"])
        d.shape("known-ref:" + v)
        text += {
            "dossier": lambda: f"\n(Dossier van {d.full(c['holder'])}.)",
            "system": lambda: f"\nNaam in het systeem: {d.full(c['holder'])}.",
            "ps": lambda: f"\nPS: het gaat om {d.full(c['holder'])}.",
        }[v]()
    text = re.sub(r"\n{3,}", "\n\n", re.sub(r"\n\n(?=\n)", "\n", text)).strip()
    text = "\n".join(line for line in text.split("\n") if line != "" or True)
    text = re.sub(r"\n(\s*\n)+", "\n\n", text)
    doc = {"id": f"fresh30c-{i:04d}", "text": text, "pii": d.pii, "keep": [k for k in d.keep if k in text]}
    if known:
        doc["known"] = {"names": [c["holder"].full]}
        d.p(c["holder"].full, "PERSON")
        doc["pii"] = d.pii
        em = [e for e in d.emails_of.get(id(c["holder"]), []) if e in text]
        if em:
            doc["known"]["emails"] = em
    return doc, d.shapes


def generate():
    docs, shapes, redraws, redrawn = [], Counter(), 0, []
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc, used = build(i, r)
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            redrawn.append((i, why))
            if attempt > 50:
                raise SystemExit(f"document {i} keeps failing: {why}")
        docs.append(doc)
        shapes.update(set(used))
    return docs, shapes, redraws, redrawn


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws, redrawn = generate()
    data = dump(docs)
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh30c_texts.jsonl is up to date" if ok else "fresh30c_texts.jsonl differs from the generator")
        return 0 if ok else 1
    if "--stats" in argv:
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for k in LABELS:
            print(f"  {k:14s} {lab[k]:5d}")
        print(f"  {'total':14s} {sum(lab.values()):5d}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes used: {len(shapes)} (kinds {sum(1 for s in shapes if s.startswith('kind:'))})")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws} (documents redrawn: {len({i for i, _ in redrawn})})")
        why = Counter(w.split(":")[0] for _, w in redrawn)
        for w, n in why.most_common():
            print(f"  redraw reason {w}: {n}")
        print(f"gate failures in final corpus: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
