"""Generate fresh37e: a blind anonymizer corpus of municipal texts dense with named things beside the people.

Seed 20261315; document i draws from random.Random("20261315-<i>"); a document failing gate() is redrawn from
"20261315-<i>-<attempt>". Usage: make_fresh37e.py [--check | --stats]
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
from names37e import (  # noqa: E402
    DEPARTMENTS,
    DISTRICTS,
    DUTCH_FIRST,
    FUNCTIONS,
    KNOWN_WORDS,
    ORIGINS,
    PERSON_STREETS,
    PLACES,
    STREET_ROOTS,
    STREET_SUFFIXES,
    THINGS,
)

_spec = importlib.util.spec_from_file_location("score37e", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261315
N_DOCS = 300
OUT = HERE / "fresh37e_texts.jsonl"
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
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "hetnet.nl",
    "proton.me",
    "yahoo.com",
]

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(fn):
        SHAPES[name] = fn
        return fn

    return deco


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- numbers that must validate
def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban(r, country="NL") -> str:
    if country == "NL":
        bban = r.choice(BANKS) + "".join(r.choice("0123456789") for _ in range(10))
    elif country == "BE":
        bban = "".join(r.choice("0123456789") for _ in range(12))
    else:
        bban = "".join(r.choice("0123456789") for _ in range(18))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - num % 97:02d}{bban}"


class Person:
    def __init__(self, first, particle, sur, origin):
        self.first, self.particle, self.sur, self.origin = first, particle, sur, origin
        self.email = self.phone = None

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def bare(self):
        p = self.particle
        return (p[0].upper() + p[1:] + " " if p else "") + self.sur

    @property
    def ini(self):
        i = "".join(w[0] + "." for w in self.first.split())
        return " ".join(x for x in (i, self.particle, self.sur) if x)


# ---------------------------------------------------------------- the document builder
class B:
    def __init__(self, r: random.Random, known: bool):
        self.r, self.known = r, known
        self.pii, self.keep, self.shapes, self.origins = [], [], [], []
        self.residents, self.officials, self.mediator = [], [], None
        self.things_used, self.known_person = set(), None
        self.place = r.choice(PLACES)
        self.slug = self.place.lower()
        self.district = r.choice(DISTRICTS)
        self.muni_phone = "14 0" + str(r.randint(10, 99))
        self.streets_used = set()

    # registration
    def P(self, s, label="PERSON"):
        if s and not any(i["text"] == s and i["label"] == label for i in self.pii):
            self.pii.append({"text": s, "label": label})
        return s

    def K(self, s):
        if s not in self.keep:
            self.keep.append(s)
        return s

    def S(self, name):
        self.shapes.append(name)

    # people
    def _person(self, origin=None, sur=None, particle=None):
        r = self.r
        origin = origin or r.choice(list(ORIGINS))
        firsts, pre, roots, sufs, parts = ORIGINS[origin]
        first = r.choice(firsts)
        if sur is None:
            pf, root = r.choice(pre), r.choice(roots)
            if pf in ("Ver", "Bou"):
                root = root.lower()
            sur = pf + root + r.choice(sufs)
            if origin == "Polish" and sur.endswith("ska") and r.random() < 0.5:
                sur = sur[:-1] + "i"
        if particle is None:
            particle = r.choice(parts) if parts and (origin == "Dutch" or r.random() < 0.3) else ""
        self.origins.append(origin)
        return Person(first, particle, sur, origin)

    def resident(self):
        if self.known and self.known_person is None:
            word = self.r.choice(sorted(KNOWN_WORDS))
            part = KNOWN_WORDS[word][0] if self.r.random() < 0.6 else ""
            p = Person(self.r.choice(DUTCH_FIRST), part, word, "Dutch")
            self.origins.append("Dutch")
            self.known_person = p
            self.residents.append(p)
            return p
        p = self._person()
        self.residents.append(p)
        return p

    def R(self, new_prob=0.35):
        if not self.residents or (len(self.residents) < 3 and self.r.random() < new_prob):
            return self.resident()
        return self.r.choice(self.residents)

    def relative(self, p):
        q = self._person(origin=p.origin, sur=p.sur, particle=p.particle)
        self.residents.append(q)
        return q

    def O(self):
        if not self.officials or (len(self.officials) < 2 and self.r.random() < 0.3):
            o = self._person(
                origin=self.r.choice(
                    [
                        "Dutch",
                        "Dutch",
                        "Frisian",
                        "Moroccan",
                        "Turkish",
                        "Surinamese-Hindustani",
                        "Antillean",
                        "Flemish",
                        "German",
                        "Indonesian",
                        "Polish",
                        "Ghanaian",
                    ]
                )
            )
            o.func, o.dept = self.r.choice(FUNCTIONS), self.r.choice(DEPARTMENTS)
            self.officials.append(o)
            return o
        return self.r.choice(self.officials)

    def M(self):
        if self.mediator is None:
            self.mediator = self._person()
        return self.mediator

    def N(self, p, form="full"):
        """A person's name in one form, registered as pii."""
        r = self.r
        if not getattr(p, "named", False) and form in ("bare", "first"):
            form = "full"
        p.named = True
        if form == "full":
            return self.P(p.full)
        if form == "bare":
            return self.P(p.bare)
        if form == "ini":
            return self.P(p.ini)
        if form == "first":
            return self.P(p.first)
        if form == "lower":
            return self.P(p.full.lower())
        if form == "upper":
            return self.P(p.bare.upper())
        if form == "poss":
            base = r.choice([p.first, p.bare])
            s = base + ("'s" if base[-1] in "aeiouyé" else "'" if base[-1] in "sxz" else "s")
            return self.P(s)
        if form == "rev":
            return f"{self.P(p.bare)}, {self.P(p.first)}"
        raise ValueError(form)

    def ref(self, p):
        """A later reference to someone already named."""
        f = self.r.choice(["bare", "bare", "first", "ini"])
        return self.N(p, f)

    def func(self, o):
        self.K(o.dept)
        return f"{o.func} bij {o.dept}"

    # things and ordinary keep words
    def T(self, cat):
        opts = [t for t in THINGS[cat] if t not in self.things_used]
        t = self.r.choice(opts)
        self.things_used.add(t)
        return self.K(t)

    def TT(self, *cats):
        return self.T(self.r.choice(cats))

    def date(self, keep=True, year=None):
        r = self.r
        d = f"{r.randint(1, 28)} {r.choice(MONTHS)} {year or r.choice([2025, 2026, 2026, 2027])}"
        return self.K(d) if keep else d

    def day(self):
        return self.K(self.r.choice(WEEKDAYS))

    def amount(self):
        r = self.r
        v = r.choice([150, 250, 375, 480, 600, 750, 900, 1250, 1500, 2400, 2750, 3000, 4800, 7500, 12500])
        s = f"€ {v:,}".replace(",", ".") + r.choice(["", ",-", ",00"])
        return self.K(s)

    def info(self):
        return self.K(f"info@{self.slug}.nl")

    def mphone(self):
        return self.K(self.muni_phone)

    # personal data
    def street(self):
        r = self.r
        while True:
            s = r.choice(PERSON_STREETS) if r.random() < 0.12 else r.choice(STREET_ROOTS) + r.choice(STREET_SUFFIXES)
            if s not in self.streets_used:
                self.streets_used.add(s)
                return s

    def addr(self):
        r = self.r
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", "-III", " A"])
        s = f"{self.street()} {num}"
        if s.endswith(" A"):
            s = s[:-2] + "A"
        return self.P(s, "ADDRESS")

    def street_only(self):
        return self.P(self.street(), "ADDRESS")

    def pc(self):
        r = self.r
        while True:
            l2 = r.choice("ABCDEFGHJKLMNPRTVWXZ") + r.choice("ABCDEFGHJKLMNPRTVWXZ")
            if l2 not in ("SA", "SD", "SS"):
                break
        s = f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{l2}"
        return self.P(s, "POSTCODE")

    def phone(self, p=None):
        r = self.r
        d = "".join(r.choice("0123456789") for _ in range(8))
        k = r.randrange(7)
        if k == 0:
            s = f"06-{d}"
        elif k == 1:
            s = f"06 {d[:4]} {d[4:]}"
        elif k == 2:
            s = f"+31 6 {d[:4]} {d[4:]}"
        elif k == 3:
            s = f"+31 (0)6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        elif k == 4:
            area = r.choice(["038", "0570", "033", "058", "045", "015", "010", "075", "036", "0492"])
            s = f"{area}-{d[: 10 - len(area)]}"
        elif k == 5:
            s = f"0031 6 {d}"
        else:
            s = f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"
        if p is not None:
            p.phone = s
        return self.P(s, "PHONE")

    def email(self, p):
        r = self.r
        f, s = ascii_(p.first).lower().replace(" ", ""), ascii_(p.sur).lower().replace(" ", "").replace("'", "")
        part = ascii_(p.particle).replace(" ", "").replace("'", "")
        k = r.randrange(6)
        if k == 0:
            loc = f"{f}.{part}{s}"
        elif k == 1:
            loc = f"{f[0]}.{part}{s}"
        elif k == 2:
            loc = f"{f}{r.randint(60, 99)}"
        elif k == 3:
            loc = f"{s}.{f[0]}{r.randint(1, 9)}"
        elif k == 4:
            loc = f"{f}_{s}"
        else:
            loc = f"{f[:3]}{s}"
        e = f"{loc}@{r.choice(DOMAINS)}"
        p.email = e
        return self.P(e, "EMAIL")

    def work_email(self, o):
        f, s = ascii_(o.first).lower().replace(" ", ""), ascii_(o.sur).lower().replace(" ", "").replace("'", "")
        part = ascii_(o.particle).replace(" ", "").replace("'", "")
        return self.P(f"{f[0]}.{part}{s}@{self.slug}.nl", "EMAIL")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if c < 10:
                s = "".join(map(str, d)) + str(c)
                break
        k = r.randrange(3)
        s = s if k == 0 else f"{s[:4]}.{s[4:6]}.{s[6:]}" if k == 1 else f"{s[:3]} {s[3:6]} {s[6:]}"
        return self.P(s, "BSN")

    def iban(self):
        r = self.r
        s = make_iban(r, r.choice(["NL"] * 8 + ["BE", "DE"]))
        if r.random() < 0.6:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return self.P(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
        D = lambda n: "".join(r.choice("123456789") for _ in range(n))
        s = r.choice(
            [
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{D(2)}-{L(2)}-{L(2)}",
            ]
        )
        if r.random() < 0.2:
            s = s.replace("-", "")
        return self.P(s, "LICENSE_PLATE")

    def case(self):
        r = self.r
        yy, n = r.choice(["25", "26"]), lambda k: "".join(r.choice("0123456789") for _ in range(k))
        s = r.choice(
            [
                f"Z{yy}-{n(6)}",
                f"VTA/20{yy}/{n(4)}",
                f"BZ.{yy}.{n(5)}",
                f"SUB-20{yy}-{n(3)}{r.choice('KMPRT')}",
                f"KL {yy} {n(4)} {r.choice(['RT', 'WB', 'MO'])}",
                f"MB{n(5)}/{yy}",
                f"ZK-{yy}-{n(5)}-BB",
                f"20{yy}.{n(5)}.WMO",
                f"OR{yy}{n(7)}",
                f"BBS/{n(3)}/{yy}",
            ]
        )
        return self.P(s, "CASE_NUMBER")

    def dob(self, p=None):
        """A date of birth with or without a cue, in one of many styles; the pii is the date itself. One person keeps
        one date (the style may differ between mentions)."""
        r = self.r
        y, m, d = r.randint(1938, 2009), r.randint(1, 12), r.randint(1, 28)
        if p is not None:
            if getattr(p, "birth", None) is None:
                p.birth = (y, m, d)
            y, m, d = p.birth
        k = r.randrange(11)
        if k == 0:
            v = f"{d} {MONTHS[m - 1]} {y}"
            return f"geboren op {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 1:
            v = f"{d:02d}-{m:02d}-{y}"
            return f"geb. {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 2:
            v = f"{y}-{m:02d}-{d:02d}"
            return f"geboortedatum {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 3:
            v = f"{d}/{m}/{y}"
            return f"geb. {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 4:
            v = f"{d:02d}.{m:02d}.{y}"
            return f"* {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 5:
            v = f"{d} {MON_ABBR[m - 1]} {y}"
            return f"geboren {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 6:
            v = f"{d:02d}-{m:02d}-{y}"
            return f"{self.P(v, 'DATE_OF_BIRTH')}"
        if k == 7:
            v = f"{d}-{m}-'{y % 100:02d}"
            return f"geb. {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 8:
            v = f"{d} {MONTHS[m - 1].capitalize()} {y}"
            return f"geboren {self.P(v, 'DATE_OF_BIRTH')}"
        if k == 9:
            v = f"{d:02d}{m:02d}{y}"
            return f"geb.datum {self.P(v, 'DATE_OF_BIRTH')}"
        v = f"{d} {MONTHS[m - 1]} {y}"
        return f"leeftijd {2026 - y}, geboortedag {self.P(v, 'DATE_OF_BIRTH')}"


def pick(b, *opts):
    return b.r.choice(opts)


# ---------------------------------------------------------------- sentence shapes
@shape("sent:runs-thing")
def _(b):
    p = b.R()
    return f"{b.TT('project', 'programme', 'club')} wordt al drie jaar getrokken door {b.N(p)} uit {b.K(b.district)}."


@shape("sent:applies-fund-for-event")
def _(b):
    p = b.R()
    return f"Namens {b.TT('club', 'venue')} vraagt {b.N(p)} {b.amount()} uit {b.T('fund')} voor {b.T('event')}."


@shape("sent:complains-about-venue")
def _(b):
    p = b.R()
    return f"{b.N(p)} klaagt over het geluid uit {b.T('venue')} na elf uur 's avonds."


@shape("sent:official-function-dept")
def _(b):
    o = b.O()
    return f"Contactpersoon bij de gemeente is {b.N(o)}, {b.func(o)}."


@shape("sent:official-paren-dept")
def _(b):
    o = b.O()
    return f"{b.N(o)} ({b.K(o.dept)}) beoordeelt de aanvraag voor {b.T('fund')}."


@shape("sent:chair-of-committee")
def _(b):
    p = b.R()
    return f"Voorzitter van de {b.T('committee')} is sinds {b.date()} {b.N(p)}."


@shape("sent:family-volunteers")
def _(b):
    p = b.R(0.6)
    q = b.relative(p)
    return f"{b.N(p)} en {b.N(q)}, uit hetzelfde gezin, helpen elke {b.day()} bij {b.TT('shop', 'venue', 'club')}."


@shape("sent:neighbour-dispute")
def _(b):
    p, q = b.resident(), b.resident()
    return (
        f"Buurman {b.N(q)} ({b.addr()}) ergert zich aan de fietsen die bezoekers van {b.T('shop')} "
        f"voor de deur van {b.N(p, 'bare')} neerzetten."
    )


@shape("sent:mediator-intake")
def _(b):
    m, p = b.M(), b.R()
    return (
        f"Bemiddelaar {b.N(m)} sprak op {b.date()} met {b.N(p)} in {b.T('venue')}; het verzoek gaat "
        f"eigenlijk over de huur van de zaal."
    )


@shape("sent:registered-course")
def _(b):
    p = b.R()
    return f"{b.N(p)} ({b.dob(p)}) staat ingeschreven voor {b.T('course')} in {b.T('venue')}."


@shape("sent:app-report")
def _(b):
    p = b.R()
    return (
        f"Via {b.T('app')} meldde {b.N(p)} een kapotte lantaarnpaal bij {b.TT('venue', 'shop')}; "
        f"de melding kreeg nummer {b.case()}."
    )


@shape("sent:shop-owner-permit")
def _(b):
    p = b.R()
    return (
        f"{b.N(p)}, eigenaar van {b.T('shop')}, wil een terras tijdens {b.T('event')} en vroeg een "
        f"{b.K('ontheffing')} aan."
    )


@shape("sent:foundation-named-after")
def _(b):
    p = b.R()
    return (
        f"De {b.T('club')} is niet genoemd naar iemand uit de buurt, zegt secretaris {b.N(p)}, "
        f"maar heeft wel een band met {b.T('venue')}."
    )


@shape("sent:pays-iban")
def _(b):
    p = b.R()
    return f"Het voorschot van {b.amount()} uit {b.T('fund')} gaat naar {b.iban()} t.n.v. {b.N(p, 'ini')}."


@shape("sent:account-holder-foundation")
def _(b):
    p = b.R()
    return f"Rekeningnummer {b.iban()} staat op naam van {b.T('club')}; penningmeester is {b.N(p)}."


@shape("sent:bsn-for-allowance")
def _(b):
    p = b.R()
    return (
        f"Voor {b.K('Mantelzorgcompliment') if 'Mantelzorgcompliment' not in b.things_used else b.T('fund')} "
        f"is het BSN van {b.N(p)} nodig: {b.bsn()}."
    )


@shape("sent:plate-parking-event")
def _(b):
    p = b.R()
    return f"Tijdens {b.T('event')} stond de bus met kenteken {b.plate()} van {b.N(p)} op de stoep bij {b.T('venue')}."


@shape("sent:plate-permit-venue")
def _(b):
    p = b.R()
    return f"{b.N(p)} vraagt een ontheffing voor {b.K('Parkeerzone')} rond {b.T('venue')} voor de auto {b.plate()}."


@shape("sent:lives-next-to")
def _(b):
    p = b.R()
    return f"{b.N(p)} woont aan de {b.addr()}, {b.pc()} {b.K(b.place)}, pal naast {b.TT('shop', 'venue')}."


@shape("sent:street-only")
def _(b):
    p = b.R()
    return f"Volgens {b.N(p, 'bare')} staan de containers van {b.T('shop')} altijd op de {b.street_only()}."


@shape("sent:call-back")
def _(b):
    p = b.R()
    return f"{b.N(p, 'first')} wil teruggebeld worden op {b.phone(p)}, liefst na {b.K('vijf uur')}."


@shape("sent:mail-from")
def _(b):
    p = b.R()
    return f"Op {b.date()} mailde {b.N(p)} vanaf {b.email(p)} over de opzegging van {b.T('venue')}."


@shape("sent:official-workmail")
def _(b):
    o = b.O()
    return f"Vragen over {b.TT('programme', 'project')} kunnen naar {b.N(o, 'ini')} via {b.work_email(o)}."


@shape("sent:case-cue")
def _(b):
    p = b.R()
    return f"Onder {b.K('zaaknummer')} {b.case()} loopt het verzoek van {b.N(p)} over {b.TT('fund', 'project')}."


@shape("sent:case-file-name")
def _(b):
    p = b.R()
    sl = ascii_(p.sur).lower().replace(" ", "-").replace("'", "")
    b.P(sl)
    f = f"aanvraag-{sl}-{b.r.choice(['buurtfonds', 'subsidie', 'zaalhuur', 'ontheffing'])}.pdf"
    return f"In de bijlage {f} zit de begroting van {b.TT('project', 'event')}."


@shape("sent:handle-social")
def _(b):
    p = b.R()
    h = ascii_(p.first).lower().replace(" ", "") + "_" + ascii_(p.sur).lower().replace(" ", "").replace("'", "")[:6]
    b.P(h)
    return f"Op de pagina van {b.TT('venue', 'club')} reageerde @{h}: dit is al de derde keer dit jaar!"


@shape("sent:possessive")
def _(b):
    p = b.R()
    return f"{b.N(p, 'poss')} idee voor {b.T('project')} won de stemming in de {b.T('committee')}."


@shape("sent:upper-heading")
def _(b):
    p = b.R()
    return f"DOSSIER {b.N(p, 'upper')} — {b.K('ZIE')} {b.K('NOTITIE')} {b.K('WIJKTEAM')}."


@shape("sent:lowercase-chat-line")
def _(b):
    p = b.R()
    return f"{b.K('groetjes')} van {b.N(p, 'lower')}, {b.K('vrijwilliger')} bij {b.T('club')}"


@shape("sent:reversed-name")
def _(b):
    p = b.R()
    return f"Deelnemerslijst {b.T('course')}: {b.N(p, 'rev')} ({b.dob(p)})."


@shape("sent:dob-no-cue")
def _(b):
    p = b.R()
    return f"{b.N(p)}, {b.dob(p)}, krijgt een {b.K('Ooievaarspas')} voor {b.T('course')}."


@shape("sent:mediator-agreement")
def _(b):
    m, o = b.M(), b.O()
    return (
        f"Afspraak: {b.N(o, 'ini')} van {b.K(o.dept)} belt voor {b.date()} terug; {b.N(m, 'first')} "
        f"bewaakt dat als {b.K('bemiddelaar')}."
    )


@shape("sent:official-refers")
def _(b):
    o, p = b.O(), b.R()
    return f"{b.N(o)} verwees {b.N(p, 'bare')} door naar {b.TT('club', 'course')}, omdat {b.T('fund')} al is uitgeput."


@shape("sent:event-organiser-contact")
def _(b):
    p = b.R()
    return f"Organisator van {b.T('event')} is {b.N(p)} ({b.phone(p)}); de vergunning ligt bij {b.K('Vergunningen')}."


@shape("sent:campaign-ambassador")
def _(b):
    p = b.R()
    return f"{b.N(p)} is ambassadeur van {b.T('campaign')} in {b.K(b.district)}."


@shape("sent:rejected-because")
def _(b):
    p = b.R()
    return (
        f"De aanvraag van {b.N(p)} voor {b.T('fund')} is afgewezen omdat {b.T('club')} al geld krijgt "
        f"uit {b.T('programme')}."
    )


@shape("sent:venue-booking-date")
def _(b):
    p = b.R()
    return f"{b.N(p)} huurt de grote zaal van {b.T('venue')} op {b.day()} {b.date()} voor {b.K('veertig')} gasten."


@shape("sent:question-to-official")
def _(b):
    o, p = b.O(), b.R()
    return f"Waarom krijgt {b.T('shop')} wel een standplaats en {b.N(p)} niet, luidt de vraag aan {b.N(o, 'ini')}."


@shape("sent:quote-resident")
def _(b):
    p = b.R()
    return f"\u201eZonder {b.T('venue')} heb ik niemand meer\u201d, zegt {b.N(p, 'first')}."


@shape("sent:working-group-members")
def _(b):
    p, q, s = b.resident(), b.resident(), b.resident()
    return f"In de {b.T('committee')} zitten {b.N(p)}, {b.N(q)} en {b.N(s, 'ini')}."


@shape("sent:child-at-club")
def _(b):
    p = b.R(0.6)
    c = b.relative(p)
    return (
        f"Gezinslid {b.N(c)} ({b.dob(c)}) sport bij {b.T('club')}; {b.N(p, 'bare')} vraagt bijdrage uit "
        f"{b.K('Jeugdsportfonds') if 'Jeugdsportfonds' not in b.things_used else b.T('fund')}."
    )


@shape("sent:cancelled-course")
def _(b):
    p = b.R()
    return f"{b.T('course')} van {b.day()} gaat niet door; {b.N(p, 'first')} van {b.T('venue')} zoekt een nieuwe datum."


@shape("sent:app-login-problem")
def _(b):
    p = b.R()
    return (
        f"{b.N(p)} kan niet inloggen op {b.T('app')} omdat {b.K('DigiD')} een sms stuurt naar {b.phone(p)}, "
        f"een oud nummer."
    )


@shape("sent:thanks-line")
def _(b):
    p = b.R()
    return f"Dank aan {b.N(p)} en iedereen van {b.T('club')} voor de hulp bij {b.T('event')}."


@shape("sent:wijkbudget-vote")
def _(b):
    p = b.R()
    return (
        f"Bij de stemming over {b.K('Leefbaarheidsbudget') if 'Leefbaarheidsbudget' not in b.things_used else b.T('fund')} "
        f"kreeg het plan van {b.N(p)} voor {b.T('project')} de meeste stemmen."
    )


@shape("sent:address-of-club")
def _(b):
    p = b.R()
    return f"Post voor {b.T('club')} gaat voorlopig naar de penningmeester, {b.N(p)}, {b.addr()} in {b.K(b.place)}."


@shape("sent:complaint-about-official")
def _(b):
    o, p = b.O(), b.R()
    return f"{b.N(p)} vindt dat {b.N(o)} ({b.K(o.func)}) de aanvraag voor {b.T('project')} te lang liet liggen."


@shape("sent:dob-registration-cue")
def _(b):
    p = b.R()
    return f"Inschrijving {b.T('course')}: {b.N(p)}, {b.dob(p)}, adres {b.addr()}."


@shape("sent:minutes-action")
def _(b):
    p = b.R()
    return f"Actiepunt: {b.N(p, 'ini')} vraagt offerte aan bij {b.T('shop')} voor {b.T('event')}."


@shape("sent:declined-volunteer")
def _(b):
    p = b.R()
    return f"{b.N(p)} stopt per {b.date()} als vrijwilliger bij {b.T('venue')}; de taken gaan naar {b.T('club')}."


@shape("sent:digital-help")
def _(b):
    p = b.R()
    return f"Bij {b.T('course')} helpt {b.N(p, 'first')} ouderen met {b.T('app')} en {b.K('MijnOverheid') if 'MijnOverheid' not in b.things_used else b.T('app')}."


@shape("sent:two-residents-same-name-thing")
def _(b):
    p = b.R()
    return (
        f"Let op: {b.K('Stichting Thuis') if 'Stichting Thuis' not in b.things_used else b.T('club')} "
        f"is iets anders dan {b.T('programme')}; {b.N(p)} haalde die twee door elkaar."
    )


@shape("sent:invoice-line")
def _(b):
    p = b.R()
    return f"Factuur van {b.T('shop')} voor {b.T('event')}: {b.amount()}, te vergoeden aan {b.N(p, 'ini')}."


@shape("sent:objection-decision")
def _(b):
    p = b.R()
    return (
        f"Tegen het besluit over {b.T('fund')} maakte {b.N(p)} bezwaar; de {b.K('Commissie Bezwaarschriften')} "
        f"hoort de indiener op {b.date()}."
    )


@shape("sent:noise-event-street")
def _(b):
    p = b.R()
    return f"Tijdens {b.T('event')} stond het podium midden op de {b.street_only()}, schrijft {b.N(p)}."


@shape("sent:shopkeeper-handhaving")
def _(b):
    o, p = b.O(), b.R()
    return f"Handhaver {b.N(o)} bezocht {b.T('shop')} van {b.N(p)} op {b.date()} vanwege de reclameborden."


@shape("sent:sport-coach")
def _(b):
    o = b.O()
    return f"Buurtsportcoach {b.N(o)} start op {b.day()} met {b.TT('event', 'course')} in {b.T('venue')}."


@shape("sent:phone-landline-club")
def _(b):
    p = b.R()
    return f"Aanmelden voor {b.T('course')} kan bij {b.N(p)}, tel. {b.phone(p)}, of via {b.info()}."


@shape("sent:muni-contact")
def _(b):
    return f"Algemene vragen: bel {b.mphone()} of mail {b.info()} ({b.K('bereikbaar')} op werkdagen)."


@shape("sent:plural-family")
def _(b):
    p = b.R(0.6)
    return f"De familie {b.N(p, 'bare')} doet al jaren mee aan {b.T('event')} en kookt dan voor {b.T('club')}."


@shape("sent:since-when-waiting")
def _(b):
    p = b.R()
    return f"Sinds {b.date()} wacht {b.N(p)} op geld uit {b.T('fund')} voor {b.T('project')}."


# ---------------------------------------------------------------- line shapes
@shape("line:from-to-subject")
def _(b):
    p = b.sender = b.R()
    return f"Van: {b.N(p)} <{b.email(p)}>\nAan: {b.info()}\n{b.K('Onderwerp')}: {b.T('venue')} en {b.T('event')}"


@shape("line:kenmerk-betreft")
def _(b):
    return f"{b.K('Ons kenmerk')}: {b.case()}\n{b.K('Betreft')}: besluit {b.T('fund')}"


@shape("line:formal-salutation")
def _(b):
    p = b.R()
    p.named = True
    return f"{b.K('Geachte')} heer/mevrouw {b.N(p, 'bare')},"


@shape("line:signoff-official")
def _(b):
    o = b.O()
    return f"{b.K('Met vriendelijke groet')},\n{b.N(o)}\n{o.func}, {b.K(o.dept)}\n{b.K('Gemeente')} {b.K(b.place)}"


@shape("line:signoff-resident")
def _(b):
    p = getattr(b, "sender", None) or b.R()
    return f"{b.K('Groet')},\n{b.N(p)}\n{b.addr()}\n{b.pc()} {b.K(b.place)}\n{b.phone(p)}"


@shape("line:form-field-block")
def _(b):
    p = b.R()
    return (
        f"{b.K('Naam aanvrager')}: {b.N(p)}\n{b.K('Organisatie')}: {b.T('club')}\n{b.K('Adres')}: {b.addr()}, "
        f"{b.pc()} {b.K(b.place)}\n{b.K('Telefoon')}: {b.phone(p)}\n{b.K('IBAN')}: {b.iban()}"
    )


@shape("line:attendance")
def _(b):
    p, q = b.resident(), b.R()
    o = b.O()
    return (
        f"{b.K('Aanwezig')}: {b.N(p)} ({b.K('voorzitter')}), {b.N(q, 'ini')} ({b.K('secretaris')}), "
        f"{b.N(o)} ({b.K(o.dept)})"
    )


@shape("line:absent")
def _(b):
    p = b.resident()
    return f"{b.K('Afwezig')} met bericht: {b.N(p)}"


@shape("line:phone-note-head")
def _(b):
    p = b.R()
    return (
        f"{b.K('Telefoonnotitie')} {b.date()}, {b.r.randint(9, 16)}.{b.r.choice(['05', '20', '45'])} uur\n"
        f"{b.K('Beller')}: {b.N(p)} ({b.phone(p)})"
    )


@shape("line:chat-line")
def _(b):
    p = b.resident()
    b.clock = getattr(b, "clock", b.r.randint(480, 1200)) + b.r.randint(1, 40)
    return f"[{b.clock // 60:02d}:{b.clock % 60:02d}] {b.N(p, 'lower')}: is {b.T('venue')} morgen open??"


@shape("line:table-row")
def _(b):
    p = b.resident()
    return f"{b.N(p)} | {b.K('vrijwilliger')} {b.T('event')} | {b.phone(p)}"


@shape("line:table-head")
def _(b):
    return f"{b.K('Naam')} | {b.K('Rol')} | {b.K('Telefoon')}"


@shape("line:agenda-item")
def _(b):
    p = b.R()
    return f"{b.r.randint(2, 6)}. {b.T('project')} — toelichting door {b.N(p, 'ini')}"


@shape("line:newsletter-head")
def _(b):
    return f"{b.K('Wijkbericht')} {b.K(b.district)} — {b.K(b.r.choice(MONTHS))} 2026"


@shape("line:ps")
def _(b):
    p = b.R()
    return f"{b.K('PS')}: {b.N(p, 'first')} neemt de sleutel van {b.T('venue')} mee."


@shape("line:bsn-field")
def _(b):
    p = b.R()
    return f"{b.K('BSN')}: {b.bsn()} ({b.N(p, 'ini')}, {b.dob(p)})"


@shape("line:intake-parties")
def _(b):
    p, q, m = b.resident(), b.resident(), b.M()
    return (
        f"{b.K('Partij')} A: {b.N(p)}, {b.addr()}\n{b.K('Partij')} B: {b.N(q)}, {b.addr()}\n"
        f"{b.K('Bemiddelaar')}: {b.N(m)}"
    )


@shape("line:decl-head")
def _(b):
    p = b.R()
    return f"{b.K('Declaratie')} {b.T('project')}\n{b.K('Declarant')}: {b.N(p)}\n{b.K('Rekening')}: {b.iban()}"


@shape("line:faq-q")
def _(b):
    return f"{b.K('Vraag')}: kan {b.T('club')} geld krijgen uit {b.T('fund')}?"


@shape("line:confirm-head")
def _(b):
    p = b.R()
    return f"{b.K('Bevestiging')} inschrijving {b.T('course')}\n{b.K('Deelnemer')}: {b.N(p)}, {b.dob(p)}"


@shape("line:incident-head")
def _(b):
    p = b.R()
    return f"{b.K('Melding')} {b.T('app')} {b.case()}\n{b.K('Melder')}: {b.N(p)}, {b.email(p)}"


@shape("line:post-head")
def _(b):
    return f"{b.K('Bericht')} op de Facebookpagina van {b.T('venue')}, {b.date()}:"


@shape("line:objection-head")
def _(b):
    p = b.R()
    return (
        f"{b.K('Bezwaarschrift')}\n{b.K('Indiener')}: {b.N(p)}, {b.addr()}, {b.pc()} {b.K(b.place)}\n"
        f"{b.K('Zaaknummer')}: {b.case()}"
    )


# ---------------------------------------------------------------- known-name shapes
@shape("known:plain")
def _(b):
    return KNOWN_WORDS[b.known_person.sur][1]


@shape("known:in-quote")
def _(b):
    return f"{b.N(b.known_person, 'bare')} schrijft: \u201e{KNOWN_WORDS[b.known_person.sur][1]}\u201d"


@shape("known:after-name")
def _(b):
    p = b.known_person
    s = KNOWN_WORDS[p.sur][1]
    return f"Ook meldt {b.N(p, 'first')}: {s[0].lower() + s[1:]}"


SENTS = [k for k in SHAPES if k.startswith("sent:")]


def sents(b, n):
    out = []
    for name in b.r.sample(SENTS, n):
        b.S(name)
        out.append(SHAPES[name](b))
    return out


def L(b, name):
    b.S(name)
    return SHAPES[name](b)


# ---------------------------------------------------------------- document kinds
@shape("kind:subsidy-form")
def _(b):
    return "\n".join(
        [
            f"{b.K('Aanvraagformulier')} {b.T('fund')}",
            L(b, "line:form-field-block"),
            f"{b.K('Toelichting')}: " + " ".join(sents(b, 3)),
        ]
    )


@shape("kind:committee-minutes")
def _(b):
    return "\n".join(
        [f"{b.K('Verslag')} {b.T('committee')}, {b.day()} {b.date()}", L(b, "line:attendance"), L(b, "line:absent")]
        + [f"{i + 1}. {s}" for i, s in enumerate(sents(b, 3))]
    )


@shape("kind:complaint-email")
def _(b):
    return "\n".join(
        [L(b, "line:from-to-subject"), "", f"{b.K('Beste')} medewerker,"]
        + sents(b, 3)
        + [L(b, "line:signoff-resident")]
    )


@shape("kind:newsletter")
def _(b):
    return "\n".join([L(b, "line:newsletter-head")] + sents(b, 4) + [L(b, "sent:muni-contact")])


@shape("kind:decision-letter")
def _(b):
    return "\n".join(
        [
            L(b, "line:kenmerk-betreft"),
            "",
            L(b, "line:formal-salutation"),
            " ".join(sents(b, 3)),
            L(b, "line:signoff-official"),
        ]
    )


@shape("kind:phone-note")
def _(b):
    return "\n".join([L(b, "line:phone-note-head"), f"{b.K('Notitie')}: " + " ".join(sents(b, 3))])


@shape("kind:chat-export")
def _(b):
    return "\n".join(
        [f"{b.K('Groepsapp')} {b.T('committee')}", L(b, "line:chat-line"), L(b, "line:chat-line")]
        + sents(b, 2)
        + [L(b, "sent:lowercase-chat-line")]
    )


@shape("kind:agenda")
def _(b):
    return "\n".join(
        [
            f"{b.K('Agenda')} {b.T('committee')}",
            f"{b.K('Locatie')}: {b.T('venue')}",
            f"1. {b.K('Opening')}",
            L(b, "line:agenda-item"),
        ]
        + sents(b, 2)
        + [L(b, "line:ps")]
    )


@shape("kind:mediation-intake")
def _(b):
    return "\n".join(
        [f"{b.K('Intakeverslag')} {b.K('Buurtbemiddeling')} {b.K(b.place)}", L(b, "line:intake-parties")] + sents(b, 3)
    )


@shape("kind:volunteer-list")
def _(b):
    return "\n".join(
        [
            f"{b.K('Vrijwilligers')} {b.T('event')}",
            L(b, "line:table-head"),
            L(b, "line:table-row"),
            L(b, "line:table-row"),
        ]
        + sents(b, 2)
    )


@shape("kind:declaration")
def _(b):
    return "\n".join([L(b, "line:decl-head"), sents(b, 1)[0], L(b, "sent:invoice-line")] + sents(b, 1))


@shape("kind:kb-faq")
def _(b):
    return "\n".join([L(b, "line:faq-q"), f"{b.K('Antwoord')}: " + " ".join(sents(b, 3))])


@shape("kind:course-confirmation")
def _(b):
    return "\n".join([L(b, "line:confirm-head"), L(b, "line:bsn-field")] + sents(b, 2))


@shape("kind:objection")
def _(b):
    return "\n".join([L(b, "line:objection-head")] + sents(b, 3))


@shape("kind:app-incident")
def _(b):
    return "\n".join([L(b, "line:incident-head")] + sents(b, 3))


@shape("kind:social-post")
def _(b):
    return "\n".join([L(b, "line:post-head")] + sents(b, 2) + [L(b, "sent:handle-social")])


@shape("kind:plain-paragraph")
def _(b):
    return " ".join(sents(b, 5))


KINDS = [k for k in SHAPES if k.startswith("kind:")]
SENTS = [
    k
    for k in SENTS
    if k not in ("sent:muni-contact", "sent:lowercase-chat-line", "sent:invoice-line", "sent:handle-social")
] + ["sent:muni-contact"]


def build(i: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = i % 4 == 1
    b = B(r, known)
    if known:
        b.resident()
    kind = r.choice(KINDS)
    b.S(kind)
    body = SHAPES[kind](b)
    if known:
        kp = b.known_person
        lead = f"{b.N(kp)} vraagt de gemeente om afstemming over {b.TT('fund', 'project', 'venue')}."
        kn = r.choice([k for k in SHAPES if k.startswith("known:")])
        b.S(kn)
        body = body + "\n" + lead + " " + SHAPES[kn](b)
        w = kp.sur.lower()
        b.K(w)
    doc = {"id": f"fresh37e-{i:04d}", "text": body, "pii": b.pii, "keep": b.keep}
    if known:
        kp = b.known_person
        doc["known"] = {"names": [kp.full]}
        if kp.email and kp.email in body:
            doc["known"]["emails"] = [kp.email]
        if kp.phone and kp.phone in body:
            doc["known"]["phones"] = [kp.phone]
    doc["_shapes"] = b.shapes
    doc["_origins"] = sorted(set(b.origins))
    return doc


# ---------------------------------------------------------------- the gate
def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w']+", s) if len(w) > 1 and w.lower() not in PARTICLES}


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
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
        if not any(it["label"] == "PERSON" and it["text"] == doc["known"]["names"][0] for it in doc["pii"]):
            return "known name not in pii"
        if not any(k.islower() and _words(k) & known_words for k in doc["keep"]):
            return "known word not kept in its ordinary use"
    for k in doc["keep"]:
        shared = _words(k) & names
        for w in shared:
            if not (w in known_words and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", k)):
                return f"keep {k!r} shares {w!r} with a name"
    return None


def generate():
    docs, redraws, meta = [], 0, []
    for i in range(N_DOCS):
        attempt = 0
        while True:
            d = build(i, attempt)
            shapes, origins = d.pop("_shapes"), d.pop("_origins")
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise RuntimeError(f"doc {i}: {gate(d)}")
        docs.append(d)
        meta.append((shapes, origins))
    return docs, redraws, meta


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, meta = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh37e_texts.jsonl is up to date" if same else "fresh37e_texts.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for sh, _ in meta for s in sh)
        origins = Counter(o for _, og in meta for o in og)
        print(f"documents: {len(docs)}")
        print("pii per label:")
        for lab in LABELS:
            print(f"  {lab:14} {labels[lab]}")
        print(f"  {'total':14} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(used)} "
            f"(kind {sum(1 for s in used if s.startswith('kind:'))}, line {sum(1 for s in used if s.startswith('line:'))}, "
            f"sentence {sum(1 for s in used if s.startswith('sent:'))}, known {sum(1 for s in used if s.startswith('known:'))})"
        )
        print(f"origin groups: {len(origins)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
