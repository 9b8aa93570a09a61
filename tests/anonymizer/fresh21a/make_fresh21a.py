"""Generator of the blind corpus fresh21a: mediators' own notes and planning (reflection, intervision and supervision
notes, hand-overs, to-do lists, calendar exports, team chat, typed-out voice memos).

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh21a/make_fresh21a.py            write fresh21a_texts.jsonl
    python tests/anonymizer/fresh21a/make_fresh21a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh21a/make_fresh21a.py --stats    counts per label, shapes, known names, redraws
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
from names21a import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score21a", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 202615111
N_DOCS = 300
OUT = HERE / "fresh21a_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(fn):
        SHAPES[name] = fn
        fn.shape = name
        return fn

    return deco


# ---------------------------------------------------------------- values


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban(r):
    bank = r.choice(["INGB", "RABO", "ABNA", "ASNB", "SNSB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    s = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, 18, 4)), s.lower()[:2].upper() + s[2:]])


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


PL = "BDFGHJKLNPRSTVXZ"


def plate(r):
    L = lambda n: "".join(r.choice(PL) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )


def postcode(r):
    while True:
        lt = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        if lt not in ("SS", "SD", "SA"):
            n = r.randint(1011, 9999)
            return r.choice([f"{n} {lt}", f"{n} {lt}", f"{n}{lt}"])


def mobile(r):
    d = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(
        [
            f"06-{d[1:]}",
            f"06 {d[1:5]} {d[5:]}",
            f"+31 6 {d[1:5]} {d[5:]}",
            f"0{d}",
            f"06 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"+316{d[1:]}",
            f"(06) {d[1:]}",
        ]
    )


def landline(r):
    area = r.choice(["010", "078", "0578", "0599", "040", "050", "043", "024", "013", "0297", "0229", "038"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    rest = str(r.randint(2, 9)) + rest[1:]
    return r.choice([f"{area}-{rest}", f"{area} {rest}", f"({area}) {rest[:3]} {rest[3:]}"])


def case_no(r):
    y = r.choice(["26", "2026", "25"])
    n = r.randint(100, 99999)
    return r.choice(
        [
            f"VTA-{y}-{n:05d}",
            f"MED/{y}/{n:04d}",
            f"AF{y}.{n:05d}",
            f"Z-{y}-{n:05d}",
            f"BM{n:05d}/{y}",
            f"vta{y}-{n:04d}",
            f"OVL.{y}.{n:04d}",
            f"{y}M{n:05d}",
            f"DOS-{n:05d}-{r.choice(PL)}",
            f"WZ/{n:05d}",
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
DAY2 = ["ma", "di", "wo", "do", "vr"]


def dob(r, lo=1950, hi=2024):
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MON3[m - 1]}. {y}",
            f"{d}-{MON3[m - 1]}-{y}",
            f"{d}-{m}-'{str(y)[2:]}",
            f"{d:02d}{m:02d}{y}",
        ]
    )


CITIES = [
    "Dordrecht",
    "Deventer",
    "Schiedam",
    "Emmen",
    "Heerlen",
    "Lelystad",
    "Zaandam",
    "Gouda",
    "Venlo",
    "Delft",
    "Leeuwarden",
    "Almelo",
    "Hoorn",
    "Vlaardingen",
    "Roosendaal",
    "Kampen",
    "Assen",
    "Helmond",
    "Purmerend",
    "Sittard",
    "Den Helder",
    "Oss",
    "Hengelo",
    "Alphen",
]
ST_PRE = [
    "Linden",
    "Berken",
    "Meidoorn",
    "Kastanje",
    "Wilgen",
    "Zwanen",
    "Reiger",
    "Merel",
    "Kievit",
    "Vlas",
    "Hennep",
    "Koren",
    "Rogge",
    "Tarwe",
    "Gors",
    "Schelde",
    "Maas",
    "Vecht",
    "Dommel",
    "Eem",
    "Hyacinten",
    "Tulpen",
    "Leeuwerik",
    "Spreeuwen",
    "Esdoorn",
    "Populier",
    "Klaver",
    "Distel",
    "Lavendel",
    "Jasmijn",
]
ST_SUF = [
    "laan",
    "straat",
    "weg",
    "hof",
    "plein",
    "kade",
    "singel",
    "dreef",
    "pad",
    "erf",
    "gracht",
    "rade",
    "akker",
    "horst",
    "park",
]


def street(r):
    return r.choice(ST_PRE) + r.choice(ST_SUF)


def housenr(r):
    n = r.randint(1, 240)
    return r.choice(
        [
            str(n),
            str(n),
            f"{n}{r.choice('abc')}",
            f"{n}-{r.choice(['I', 'II', '1', '2', 'A'])}",
            f"{n} {r.choice(['A', 'B', 'bis'])}",
        ]
    )


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, origin=None, last=None, part=None, first=None):
        self.origin = origin or r.choice(list(ORIGINS))
        firsts, fparts, (spre, ssuf), parts = ORIGINS[self.origin]
        if first is None:
            first = r.choice(firsts) if not fparts or r.random() < 0.55 else r.choice(fparts[0]) + r.choice(fparts[1])
        self.first = first
        if last is None:
            last = r.choice(spre) + r.choice(ssuf)
            if r.random() < 0.15:
                last = last if r.random() < 0.5 else last
        self.last = last
        self.part = part if part is not None else (r.choice(parts) if parts and r.random() < 0.8 else "")
        self.lc_ok = True
        self.email = None
        self.phone = None
        self.nick = first[:4] if len(first) > 5 and " " not in first else None

    @property
    def full(self):
        return f"{self.first} {self.part + ' ' if self.part else ''}{self.last}"

    @property
    def sur(self):  # as written after a title or alone: particle capitalised
        if self.part:
            return f"{self.part[0].upper()}{self.part[1:]} {self.last}"
        return self.last

    @property
    def sur_mid(self):  # particle lower case after a first initial
        return f"{self.part + ' ' if self.part else ''}{self.last}"

    @property
    def lc(self):
        return self.sur_mid.lower()

    @property
    def ini(self):
        return f"{self.first[0]}.{self.last[0]}."

    def mail(self, r):
        if not self.email:
            f, l_ = ascii_(self.first), ascii_(self.part + self.last)
            dom = r.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "live.nl",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "icloud.com",
                    "yahoo.com",
                ]
            )
            self.email = (
                r.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_}{r.randint(1, 99)}", f"{l_}.{f}", f"{f}_{l_[:4]}"])
                + "@"
                + dom
            )
        return self.email

    def tel(self, r):
        if not self.phone:
            self.phone = mobile(r) if r.random() < 0.8 else landline(r)
        return self.phone


TITLES_F = ["mevr.", "mw.", "mevrouw", "mw"]
TITLES_M = ["dhr.", "meneer", "mr.", "hr."]
FUNCS = [
    ("wijkagent", "Politie"),
    ("woonconsulent", "Woonbron"),
    ("handhaver", "team Toezicht"),
    ("beleidsmedewerker", "afdeling Wonen"),
    ("consulent", "team Wmo"),
    ("jurist", "Juridische Zaken"),
    ("opbouwwerker", "Welzijn Zuid"),
    ("wijkverpleegkundige", "GGD"),
    ("klantmanager", "Werk en Inkomen"),
    ("teamleider", "Wijkteam Noord"),
    ("coördinator", "Buurtbemiddeling"),
    ("casemanager", "Veiligheidshuis"),
]


class B:
    """Builder of one document."""

    def __init__(self, r, known=None):
        self.r, self.pii, self.keep, self.shapes = r, [], [], []
        self.known_word = known
        self.known = None

    def p(self, text, label):
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0] if words else ""

    def n(self, P, style=None):
        """A mention of person P in a style; registers the form as PERSON."""
        r = self.r
        styles = ["full", "first", "sur", "lc", "ini", "fi", "nick", "full"]
        if style is None:
            style = r.choice(styles)
        if style == "lc" and not P.lc_ok:
            style = "sur"
        if style == "nick" and not P.nick:
            style = "first"
        if style == "full":
            return self.p(P.full, "PERSON")
        if style == "first":
            return self.p(P.first, "PERSON")
        if style == "sur":
            return self.p(P.sur, "PERSON")
        if style == "lc":
            return self.p(P.lc, "PERSON")
        if style == "ini":
            return self.p(P.ini, "PERSON")
        if style == "fi":
            return self.p(f"{P.first} {P.last[0]}.", "PERSON")
        if style == "nick":
            return self.p(P.nick, "PERSON")
        if style == "poss":
            if P.first[-1] in "aeiouy":
                return self.p(P.first, "PERSON") + "'s"
            return self.p(P.first + "s", "PERSON")
        if style == "tsur":
            t = r.choice(TITLES_F + TITLES_M)
            return f"{t} {self.p(P.sur, 'PERSON')}"
        raise ValueError(style)

    def addr(self, a, bare=False):
        st, nr = a
        if bare:
            return self.p(st, "ADDRESS")
        return self.p(f"{st} {nr}", "ADDRESS")


class Ctx:
    def __init__(self, r, b, known):
        self.city = r.choice(CITIES)
        st = street(r)
        self.res_addr = (st, housenr(r))
        self.nb_addr = (st if r.random() < 0.6 else street(r), housenr(r))
        self.pc = postcode(r)
        if known:
            surname, part, _, _ = KNOWN[known]
            self.R = Person(r, origin=r.choice(["nederlands", "fries"]), last=surname, part=part)
            self.R.lc_ok = False
        else:
            self.R = Person(r)
        self.N = Person(r)
        self.N2 = Person(r)
        self.O = Person(r)
        self.func, self.dept = r.choice(FUNCS)
        self.M = Person(r)  # the writing mediator
        self.C = Person(r)  # a colleague
        self.C2 = Person(r)
        self.kid = Person(r, origin=self.R.origin, last=self.R.last, part=self.R.part)
        self.kid.lc_ok = self.R.lc_ok
        self.partner = Person(r, origin=self.R.origin, last=self.R.last, part=self.R.part)
        self.partner.lc_ok = self.R.lc_ok
        self.nkid = Person(r, origin=self.N.origin, last=self.N.last, part=self.N.part)
        self.case = case_no(r)
        self.day = r.randint(1, 28)
        self.mon = r.randint(1, 12)
        self.time = f"{r.randint(8, 19):02d}:{r.choice(['00', '15', '30', '45'])}"


def gday(r, b):
    d = r.randint(1, 28)
    m = r.randint(0, 11)
    s = r.choice(
        [f"{DAYS[r.randint(0, 4)]} {d} {MONTHS[m]}", f"{d} {MONTHS[m]}", f"{DAY2[r.randint(0, 4)]} {d}/{m + 1}"]
    )
    for w in s.split():
        if w.isalpha() and len(w) > 2:
            b.k(w)
    return s


# ---------------------------------------------------------------- note sentences (reflection, memo, hand-over)


@shape("zin:gesprek-verliep")
def z1(b, c):
    b.k("gesprek", "huiskamer")
    return (
        f"gesprek met {b.n(c.R)} en {b.n(c.N)} verliep stroef, vooral in het begin. "
        f"{b.n(c.R, 'first')} bleef maar herhalen dat het 'al jaren' zo gaat. huiskamer te klein voor drie stoelen."
    )


@shape("zin:buurvrouw-van")
def z2(b, c):
    b.k("buurvrouw", "Wijkteam")
    return (
        f"de buurvrouw van {b.n(c.R, 'first')} ({b.n(c.N2)}, nr {c.nb_addr[1]}) wil ook mee doen, "
        f"maar die staat al bij het Wijkteam in beeld."
    )


@shape("zin:eigen-gevoel")
def z3(b, c):
    b.k("Merkte", "ongeduldig", "samenvatting")
    return (
        f"Merkte dat ik ongeduldig werd toen {b.n(c.N, 'lc')} voor de derde keer begon over de schutting. "
        f"Volgende keer eerder samenvatting geven."
    )


@shape("zin:adres-afspraak")
def z4(b, c):
    b.k("afspraak", "bellen")
    return (
        f"afspraak bij {b.n(c.R, 'sur')} thuis, {b.addr(c.res_addr)}, {b.p(c.pc, 'POSTCODE')} {b.k(c.city)}. "
        f"aanbellen werkt niet, even bellen: {b.p(c.R.tel(b.r), 'PHONE')}."
    )


@shape("zin:kind-geboren")
def z5(b, c):
    b.k("dochter", "school", "slapen")
    return (
        f"dochter {b.n(c.kid, 'first')} (geb. {b.p(dob(b.r, 2010, 2023), 'DATE_OF_BIRTH')}) kan door het lawaai "
        f"niet slapen, zegt moeder; school heeft het ook opgemerkt."
    )


@shape("zin:kinderen-lijst")
def z6(b, c):
    r = b.r
    k2 = Person(r, origin=c.R.origin, last=c.R.last, part=c.R.part)
    b.k("kinderen", "thuis")
    return (
        f"kinderen: {b.n(c.kid, 'first')} {b.p(dob(r, 2008, 2024), 'DATE_OF_BIRTH')}, "
        f"{b.p(k2.first, 'PERSON')} °{b.p(dob(r, 2008, 2024), 'DATE_OF_BIRTH')} — beide thuis wonend"
    )


@shape("zin:wijkagent-tel")
def z7(b, c):
    b.k(c.func, "contact", [w for w in c.dept.split() if w[0].isupper()][0])
    return f"{c.func} {b.n(c.O, 'full')} ({c.dept}) wil contact na de eerste sessie, tel {b.p(c.O.tel(b.r), 'PHONE')}"


@shape("zin:auto-kenteken")
def z8(b, c):
    b.k("oprit", "foto")
    return (
        f"ruzie gaat eigenlijk om de auto van {b.n(c.N, 'sur')} ({b.p(plate(b.r), 'LICENSE_PLATE')}) die half "
        f"voor de oprit staat. {b.n(c.R, 'first')} heeft er een foto van gemaakt."
    )


@shape("zin:dossiernummer")
def z9(b, c):
    b.k("Dossier", "melding", "woningcorporatie")
    return (
        f"Dossier {b.p(c.case, 'CASE_NUMBER')} — melding kwam via de woningcorporatie, niet via "
        f"{b.n(c.R, 'first')} zelf."
    )


@shape("zin:geld-schulden")
def z10(b, c):
    r = b.r
    amt = f"€ {r.randint(2, 40) * 50}"
    b.k("schulden", "Kredietbank", amt)
    return (
        f"{b.n(c.R, 'first')} noemt terloops schulden ({amt}), betaalt af via rekening "
        f"{b.p(iban(r), 'IBAN')}; doorverwezen naar de Kredietbank."
    )


@shape("zin:bsn-intake")
def z11(b, c):
    b.k("intakeformulier", "Nagevraagd", "Toestemming")
    return (
        f"BSN staat op het intakeformulier verkeerd. Nagevraagd: {b.p(bsn(b.r), 'BSN')}. "
        f"Toestemming voor doorgeven aan het wijkteam gekregen."
    ) + (b.k("BSN") and "")


@shape("zin:mail-noteren")
def z12(b, c):
    b.k("verslag", "digitaal")
    return f"{b.n(c.R, 'first')} wil het verslag digitaal, mail: {b.p(c.R.mail(b.r), 'EMAIL')}"


@shape("zin:partner")
def z13(b, c):
    hol = b.r.choice(["Ramadan", "Kerst", "Suikerfeest", "Oud en Nieuw"])
    b.k("partner", hol.split()[0])
    return (
        f"partner {b.n(c.partner, 'first')} was er ook bij, zei weinig. rond de {hol} is het altijd "
        f"erger volgens {b.n(c.R, 'first')}."
    ) + ""


@shape("zin:mijn-rol")
def z14(b, c):
    b.k("meerzijdige", "partijdig", "Intervisie")
    return (
        f"mijn rol: niet goed gelukt om meerzijdige partijdig te blijven, {b.n(c.N, 'first')} voelde zich "
        f"aangevallen. Intervisie inbrengen?"
    )


@shape("zin:geboortedatum-cue-loos")
def z15(b, c):
    r = b.r
    b.k("jongens", "basketbal", "hangplek")
    return (
        f"jongens van {b.n(c.N, 'sur')}: {b.n(c.nkid, 'first')} ({b.p(dob(r, 2006, 2014), 'DATE_OF_BIRTH')}) "
        f"en een neef, spelen basketbal tot laat bij de hangplek."
    )


@shape("zin:telefoon-in-passing")
def z16(b, c):
    b.k("Terugbellen", "voicemail")
    return f"Terugbellen {b.n(c.N, 'ini')} op {b.p(c.N.tel(b.r), 'PHONE')}, kreeg voicemail."


@shape("zin:straat-zonder-nummer")
def z17(b, c):
    b.k("speeltuintje", "Gemeente", "onderhoud")
    return (
        f"iedereen aan de {b.addr(c.res_addr, bare=True)} kent het speeltuintje, Gemeente doet al twee jaar "
        f"niks aan onderhoud."
    )


@shape("zin:tolk")
def z18(b, c):
    b.k("tolk", "Tolkencentrum", "Arabisch")
    return (
        f"volgende keer tolk regelen via Tolkencentrum (Arabisch), {b.n(c.N2, 'first')} vertaalde nu voor "
        f"{b.n(c.N, 'sur')} en dat werkte niet."
    )


@shape("zin:afspraken-gemaakt")
def z19(b, c):
    b.k("Afspraken", "muziek", "weekend")
    return (
        f"Afspraken: muziek uit om 22.00, in het weekend 23.00. {b.n(c.R, 'first')} stuurt een appje als het "
        f"toch te hard is; {b.n(c.N, 'first')} reageert binnen tien minuten."
    )


@shape("zin:verhuizing")
def z20(b, c):
    r = b.r
    a2 = (street(r), housenr(r))
    b.k("verhuist", "Woningnet", "urgentie")
    return (
        f"{b.n(c.N, 'full')} verhuist mogelijk naar {b.addr(a2)} ({b.p(postcode(r), 'POSTCODE')}), "
        f"loopt via Woningnet, geen urgentie."
    )


@shape("zin:leeftijd-geboren")
def z21(b, c):
    b.k("Bewoner", "alleen", "hulp")
    return (
        f"Bewoner {b.n(c.R, 'tsur')} is geboren op {b.p(dob(b.r, 1935, 1960), 'DATE_OF_BIRTH')}, woont alleen, "
        f"geen hulp aan huis."
    )


@shape("zin:possessief")
def z22(b, c):
    b.k("hond", "Gedrag", "Stichting")
    return (
        f"{b.n(c.N, 'poss')} hond is volgens de anderen het echte probleem. Gedrag besproken, Stichting "
        f"Dierenhulp genoemd."
    ) + ("" if b.k("Dierenhulp") else "")


@shape("zin:eerder-traject")
def z23(b, c):
    r = b.r
    old = case_no(r)
    b.k("traject", "afgesloten", "succes")
    return (
        f"eerder traject ({b.p(old, 'CASE_NUMBER')}) met dezelfde buren in {r.randint(2019, 2024)} afgesloten "
        f"zonder succes, toen met collega {b.n(c.C2, 'first')}."
    )


@shape("zin:zelfreflectie-vraag")
def z24(b, c):
    b.k("Waarom", "stilte", "ruimte")
    return f"Waarom liet ik de stilte niet vallen? {b.n(c.R, 'first')} had net ruimte nodig."


@shape("zin:nabellen-official")
def z25(b, c):
    b.k("navragen", "vergunning", "Omgevingswet")
    return (
        f"navragen bij {b.n(c.O, 'sur')} ({c.func}) of de dakkapel van {b.n(c.N, 'lc')} een vergunning "
        f"heeft onder de Omgevingswet."
    )


@shape("zin:mail-official")
def z26(b, c):
    o = c.O
    dom = b.r.choice(["gemeente.nl", "woonbron.nl", "politie.nl", "ggd.nl"])
    em = f"{ascii_(o.first)[0]}.{ascii_(o.part + o.last)}@{dom}"
    b.k("Mailadres", "algemene", "info@" + dom)
    return f"Mailadres {b.n(o, 'first')}: {b.p(em, 'EMAIL')} (algemene adres info@{dom} leest niemand)."


@shape("zin:geen-pii-observatie")
def z27(b, c):
    b.k("Sfeer", "Koffie", "Energie")
    return "Sfeer: gespannen maar beleefd. Koffie aangeboden, geweigerd. Energie aan het eind beter."


@shape("zin:brief-file")
def z28(b, c):
    lc = c.R.lc.replace(" ", "") if c.R.lc_ok else ascii_(c.R.first)
    fn = f"verslag_{lc}_{c.day:02d}{c.mon:02d}.docx"
    b.p(lc, "PERSON")
    b.k("Verslag", "gedeelde", "map")
    return f"Verslag staat in de gedeelde map als {fn}"


@shape("zin:nummer-kind-school")
def z29(b, c):
    b.k("zoon", "Basisschool", "juf")
    return (
        f"zoon {b.n(c.nkid, 'first')} van {b.n(c.N, 'first')}, op de Basisschool De Regenboog, "
        f"geboren {b.p(dob(b.r, 2013, 2020), 'DATE_OF_BIRTH')}, heeft het tegen de juf gehad over de ruzie."
    )


@shape("zin:huurder-eigenaar")
def z30(b, c):
    b.k("huurder", "eigenaar", "Huurcommissie")
    return f"{b.n(c.R, 'first')} is huurder, {b.n(c.N, 'sur')} eigenaar — scheve verhouding. Huurcommissie speelt niet."


NOTE_LINES = [
    z1,
    z2,
    z3,
    z4,
    z5,
    z6,
    z7,
    z8,
    z9,
    z10,
    z11,
    z12,
    z13,
    z14,
    z15,
    z16,
    z17,
    z18,
    z19,
    z20,
    z21,
    z22,
    z23,
    z24,
    z25,
    z26,
    z27,
    z28,
    z29,
    z30,
]


# ---------------------------------------------------------------- to-do items


@shape("todo:bellen")
def t1(b, c):
    b.k("bellen")
    return f"{b.n(c.R, 'first')} bellen ({b.p(c.R.tel(b.r), 'PHONE')}) over datum 2e gesprek"


@shape("todo:mailen-verslag")
def t2(b, c):
    b.k("verslag", "sturen")
    return f"verslag sturen naar {b.p(c.N.mail(b.r), 'EMAIL')} + cc collega"


@shape("todo:zaak-registreren")
def t3(b, c):
    b.k("registreren", "Registratiesysteem")
    return f"zaak {b.p(c.case, 'CASE_NUMBER')} registreren in Registratiesysteem"


@shape("todo:ruimte-boeken")
def t4(b, c):
    room = b.r.choice(["Buurthuis De Schakel", "Wijkcentrum Het Anker", "Bibliotheek Oost", "Stadskantoor"])
    b.k("ruimte", "boeken", room.split()[0])
    return f"ruimte boeken in {room} voor {gday(b.r, b)}"


@shape("todo:formulier-bsn")
def t5(b, c):
    b.k("aanmeldformulier", "aanvullen")
    return f"aanmeldformulier {b.n(c.R, 'sur')} aanvullen, BSN {b.p(bsn(b.r), 'BSN')}"


@shape("todo:declaratie")
def t6(b, c):
    b.k("declaratie", "kilometers", "parkeren")
    return f"declaratie kilometers + parkeren {b.p(plate(b.r), 'LICENSE_PLATE')} (eigen auto)"


@shape("todo:overdracht-check")
def t7(b, c):
    b.k("overdracht", "checken")
    return f"overdracht aan {b.n(c.C, 'first')} checken — heeft {b.n(c.C, 'first')} het adres ({b.addr(c.res_addr)})?"


@shape("todo:afspraak-official")
def t8(b, c):
    b.k("afstemmen", "wijkagent")
    return f"afstemmen met wijkagent {b.n(c.O, 'fi')}"


@shape("todo:verjaardag")
def t9(b, c):
    b.k("kaartje", "verjaardag")
    return f"kaartje? {b.n(c.kid, 'first')} wordt 18, verjaardag {b.p(dob(b.r, 2007, 2008), 'DATE_OF_BIRTH')}"


@shape("todo:terugbetalen")
def t10(b, c):
    b.k("terugstorten", "borg")
    return f"borg € 25 terugstorten naar {b.p(iban(b.r), 'IBAN')} t.n.v. {b.n(c.N, 'ini')}"


@shape("todo:leeg")
def t11(b, c):
    b.k("Evaluatieformulier", "uitprinten")
    return "Evaluatieformulier uitprinten (x3)"


@shape("todo:buurvrouw-flyer")
def t12(b, c):
    b.k("flyer", "brievenbus")
    return f"flyer in brievenbus {b.addr(c.nb_addr)} ({b.n(c.N2, 'lc')})"


TODO_LINES = [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


# ---------------------------------------------------------------- chat lines


def who(b, P):
    return b.p(P.first, "PERSON")


@shape("chat:vraag-overnemen")
def ch1(b, c):
    b.k("overnemen", "Kan")
    return f"Kan iemand {b.n(c.R, 'lc')} overnemen? ik zit vol tot {gday(b.r, b)}"


@shape("chat:handle-mention")
def ch2(b, c):
    h = ascii_(c.C.first) + "." + ascii_(c.C.last)[:2]
    b.k("dossier", "gezet")
    return f"@{b.p(h, 'PERSON')} heb het dossier van de {b.addr(c.res_addr, bare=True)} in je map gezet"


@shape("chat:adres-check")
def ch3(b, c):
    b.k("klopt", "huisnummer")
    return f"klopt {b.addr(c.nb_addr)} als huisnummer van {b.n(c.N, 'lc')}?"


@shape("chat:bevestiging")
def ch4(b, c):
    b.k("Top", "bedankt")
    return "Top, bedankt!"


@shape("chat:nummer-delen")
def ch5(b, c):
    b.k("nummer", "appen")
    return f"nummer van {b.n(c.N2, 'first')}: {b.p(c.N2.tel(b.r), 'PHONE')} (liever appen)"


@shape("chat:nickname")
def ch6(b, c):
    b.k("gesprek", "aanschuiven")
    return f"{b.n(c.C2, 'nick')} wil bij het gesprek aanschuiven, mag dat?"


@shape("chat:kenteken-melding")
def ch7(b, c):
    b.k("busje", "weer")
    return f"busje {b.p(plate(b.r), 'LICENSE_PLATE')} staat weer op de stoep bij {b.n(c.R, 'sur')}"


@shape("chat:zaaknummer")
def ch8(b, c):
    b.k("welk", "zaaknummer")
    return f"welk zaaknummer? {b.p(c.case, 'CASE_NUMBER')} of de oude?"


@shape("chat:afmelden")
def ch9(b, c):
    b.k("ziek", "Donderdag", "afspraken")
    return "ben ziek, Donderdag afspraken graag verzetten"


@shape("chat:emoji-update")
def ch10(b, c):
    b.k("Update", "getekend", "vaststellingsovereenkomst")
    return f"Update: {b.n(c.R, 'first')} en {b.n(c.N, 'first')} hebben de vaststellingsovereenkomst getekend 🎉"


@shape("chat:mail-delen")
def ch11(b, c):
    b.k("mailadres", "klopt")
    return f"mailadres {b.n(c.R, 'sur')} klopt niet meer, nieuw: {b.p(c.R.mail(b.r), 'EMAIL')}"


@shape("chat:dob-check")
def ch12(b, c):
    b.k("geboortedatum", "systeem")
    return f"geboortedatum {b.n(c.N, 'ini')} in systeem is {b.p(dob(b.r), 'DATE_OF_BIRTH')}, klopt dat?"


CHAT_LINES = [ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9, ch10, ch11, ch12]


# ---------------------------------------------------------------- intervision lines


@shape("iv:casus-initialen")
def iv1(b, c):
    ia = b.p(c.R.first[0] + c.R.last[0], "PERSON")
    ib = b.p(c.N.first[0] + c.N.last[0], "PERSON")
    b.k("Casus", "bovenburen", "leeftijd")
    return f"Casus {ia} (v, leeftijd ca. 50) versus bovenburen {ib} + gezin."


@shape("iv:inbrenger")
def iv2(b, c):
    b.k("Inbrenger", "Vraag")
    return f"Inbrenger: {b.n(c.C, 'first')}. Vraag: hoe houd ik {b.n(c.N, 'first')} aan tafel als hij steeds wegloopt?"


@shape("iv:rondes")
def iv3(b, c):
    b.k("Verhelderingsvragen", "ronde")
    return f"Verhelderingsvragen ronde 1 — {b.n(c.C2, 'first')}: wat wil {b.n(c.R, 'ini')} eigenlijk echt?"


@shape("iv:advies")
def iv4(b, c):
    b.k("Advies", "apart", "Methode")
    return f"Advies van {b.n(c.C2, 'first')}: eerst apart met {b.n(c.N, 'sur')}, Methode Harvard."


@shape("iv:aanwezig")
def iv5(b, c):
    b.k("Aanwezig", "Afwezig", "Notulist")
    return (
        f"Aanwezig: {b.n(c.C, 'first')}, {b.n(c.C2, 'first')}, {b.n(c.M, 'first')}. "
        f"Afwezig: {b.n(Person(b.r), 'first')}. Notulist: ik."
    )


@shape("iv:supervisor")
def iv6(b, c):
    b.k("Supervisor", "tegenoverdracht")
    return f"Supervisor {b.n(c.O, 'full')} wees op tegenoverdracht: {b.n(c.R, 'first')} lijkt op mijn eigen moeder."


@shape("iv:leerdoel")
def iv7(b, c):
    b.k("Leerdoel", "grenzen", "Mediatorsfederatie")
    return "Leerdoel: grenzen aangeven. Uren tellen mee voor de Mediatorsfederatie."


@shape("iv:hypothese")
def iv8(b, c):
    b.k("Hypothese", "geluid", "erkenning")
    return (
        f"Hypothese: het gaat niet om geluid maar om erkenning — {b.n(c.N, 'lc')} voelt zich al jaren "
        f"niet gezien door {b.n(c.R, 'first')}."
    )


IV_LINES = [iv1, iv2, iv3, iv4, iv5, iv6, iv7, iv8]


# ---------------------------------------------------------------- documents


def known_line(b):
    if not b.known_word:
        return None
    _, _, phrase, extra = KNOWN[b.known_word]
    b.k(b.known_word, *extra)
    return phrase


def pick(r, pool, n):
    return r.sample(pool, n)


def stitch(b, lines):
    for fn in lines:
        b.shapes.append(fn.shape)


@shape("doc:reflectie")
def d_reflectie(b, c):
    r = b.r
    lines = pick(r, NOTE_LINES, r.randint(4, 6))
    stitch(b, lines)
    head = f"Reflectie na {b.k('gesprek')} {gday(r, b)} — {b.k('eigen')} aantekeningen"
    body = [fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        body.insert(1, f"achtergrond: {kl}.")
    return head + "\n\n" + "\n".join(body)


@shape("doc:voicememo")
def d_memo(b, c):
    r = b.r
    lines = pick(r, NOTE_LINES, r.randint(3, 5))
    stitch(b, lines)
    parts = [fn(b, c).rstrip(".") for fn in lines]
    kl = known_line(b)
    if kl:
        parts.insert(r.randint(1, len(parts)), f"o ja {kl}")
    b.k("Memo", "auto")
    return f"[Memo {c.time}, ingesproken in de auto] " + " ... ".join(parts) + " ... einde"


@shape("doc:overdracht")
def d_overdracht(b, c):
    r = b.r
    lines = pick(r, NOTE_LINES, r.randint(3, 5))
    stitch(b, lines)
    b.k("Overdracht", "Stand", "Aandachtspunten", "Succes")
    out = [
        f"Overdracht aan {b.n(c.C, 'full')} — zaak {b.p(c.case, 'CASE_NUMBER')}",
        f"Partijen: {b.n(c.R, 'full')} ({b.addr(c.res_addr)}) en {b.n(c.N, 'full')} ({b.addr(c.nb_addr)})",
        "Stand van zaken:",
    ]
    out += ["- " + fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        out.append(f"- let op: {kl}")
    out.append(f"Aandachtspunten: zie boven. Succes! {b.n(c.M, 'first')}")
    return "\n".join(out)


@shape("doc:todo")
def d_todo(b, c):
    r = b.r
    lines = pick(r, TODO_LINES, r.randint(4, 7))
    stitch(b, lines)
    b.k("TODO", "week")
    box = r.choice(["[ ]", "- [ ]", "☐", "*"])
    out = [f"TODO week {r.randint(2, 51)}"] + [f"{box} {fn(b, c)}" for fn in lines]
    kl = known_line(b)
    if kl:
        out.append(f"{box} uitzoeken: {kl}")
    return "\n".join(out)


@shape("doc:ics")
def d_ics(b, c):
    r = b.r
    b.k("VCALENDAR", "VEVENT", "SUMMARY", "LOCATION", "Intake")
    y = 2026
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Buurtbemiddeling//Agenda//NL"]
    evs = r.sample(["intake", "sessie", "huisbezoek", "intervisie", "overleg"], r.randint(2, 3))
    if "intake" not in evs:
        evs[0] = "intake"
    for ev in evs:
        b.shapes.append(f"ics:{ev}")
        m, d, h = r.randint(1, 12), r.randint(1, 28), r.randint(8, 18)
        out += ["BEGIN:VEVENT", f"DTSTART:{y}{m:02d}{d:02d}T{h:02d}0000", f"DTEND:{y}{m:02d}{d:02d}T{h + 1:02d}0000"]
        if ev == "intake":
            out.append(f"SUMMARY:Intake {b.n(c.R, 'sur')} / buren")
            out.append(f"LOCATION:{b.addr(c.res_addr)}\\, {b.p(c.pc, 'POSTCODE')} {c.city}")
            em = c.R.mail(r)
            out.append(f"ATTENDEE;CN={b.n(c.R, 'full')}:mailto:{b.p(em, 'EMAIL')}")
        elif ev == "sessie":
            b.k("Gezamenlijk", "Buurthuis")
            out.append(f"SUMMARY:Gezamenlijk gesprek {b.n(c.R, 'first')} + {b.n(c.N, 'first')}")
            out.append("LOCATION:Buurthuis De Schakel\\, zaal 2")
            out.append(f"DESCRIPTION:zaak {b.p(c.case, 'CASE_NUMBER')}\\nbel {b.p(c.N.tel(r), 'PHONE')} bij uitval")
        elif ev == "huisbezoek":
            b.k("Huisbezoek")
            out.append(f"SUMMARY:Huisbezoek {b.n(c.N, 'tsur')}")
            out.append(f"LOCATION:{b.addr(c.nb_addr)}\\, {c.city}")
        elif ev == "intervisie":
            b.k("Intervisie", "Stadskantoor")
            out.append("SUMMARY:Intervisie team Oost")
            out.append("LOCATION:Stadskantoor\\, kamer 4.12")
            em = f"{ascii_(c.C.first)}.{ascii_(c.C.part + c.C.last)}@buurtbemiddeling.nl"
            out.append(f"ATTENDEE;CN={b.n(c.C, 'full')}:mailto:{b.p(em, 'EMAIL')}")
        else:
            b.k("Overleg")
            out.append(f"SUMMARY:Overleg {c.func} {b.n(c.O, 'sur')}")
            out.append("LOCATION:Teams")
        out += [f"UID:{r.randint(10**7, 10**8)}@agenda", "END:VEVENT"]
    kl = known_line(b)
    if kl:
        out.insert(-1, f"COMMENT:{kl}")
    out.append("END:VCALENDAR")
    b.k(c.city)
    return "\n".join(out)


@shape("doc:csv")
def d_csv(b, c):
    r = b.r
    b.k("Onderwerp", "Locatie", "Begindatum")
    sep = r.choice([";", ","])
    out = [sep.join(["Onderwerp", "Begindatum", "Begintijd", "Locatie", "Deelnemers"])]
    rows = r.sample(["intake", "sessie", "nazorg", "overleg"], 3)
    for row in rows:
        b.shapes.append(f"csv:{row}")
        dt = f"{r.randint(1, 28)}-{r.randint(1, 12)}-2026"
        tm = f"{r.randint(8, 18)}:{r.choice(['00', '30'])}"
        if row == "intake":
            cells = [
                f"Intake {b.n(c.R, 'lc')}",
                dt,
                tm,
                f'"{b.addr(c.res_addr)}{sep} {c.city}"',
                b.p(c.R.mail(r), "EMAIL"),
            ]
        elif row == "sessie":
            b.k("Sessie")
            cells = [
                f"Sessie {b.n(c.R, 'first')}/{b.n(c.N, 'first')}",
                dt,
                tm,
                "Wijkcentrum Het Anker",
                f"{b.n(c.C, 'full')}",
            ]
        elif row == "nazorg":
            b.k("Nazorg", "telefonisch")
            cells = [f"Nazorg {b.n(c.N2, 'sur')}", dt, tm, "telefonisch", b.p(c.N2.tel(r), "PHONE")]
        else:
            b.k("Overleg")
            cells = [f"Overleg {c.func}", dt, tm, c.dept, b.n(c.O, "full")]
        out.append(sep.join(cells))
    kl = known_line(b)
    if kl:
        out.append(sep.join([f"Notitie: {kl}", "", "", "", ""]))
    b.k(c.city)
    return "\n".join(out)


@shape("doc:teamchat")
def d_chat(b, c):
    r = b.r
    lines = pick(r, CHAT_LINES, r.randint(4, 6))
    stitch(b, lines)
    b.k("Teamkanaal")
    speakers = [c.M, c.C, c.C2]
    out = [f"# Teamkanaal Buurtbemiddeling {b.k(c.city)}"]
    h, m = r.randint(8, 16), r.randint(0, 50)
    for fn in lines:
        sp = r.choice(speakers)
        m += r.randint(1, 9)
        out.append(f"[{h:02d}:{m % 60:02d}] {who(b, sp)}: {fn(b, c)}")
    kl = known_line(b)
    if kl:
        out.append(f"[{h + 1:02d}:05] {who(b, c.M)}: en {kl}, dat verklaart veel")
    return "\n".join(out)


@shape("doc:app-tweegesprek")
def d_app(b, c):
    r = b.r
    lines = pick(r, CHAT_LINES, r.randint(3, 5))
    stitch(b, lines)
    b.k("Gisteren", "Vandaag")
    out = []
    for i, fn in enumerate(lines):
        sp = c.M if i % 2 == 0 else c.C
        out.append(
            f"{r.choice(['Gisteren', 'Vandaag'])} {r.randint(8, 21)}:{r.randint(10, 59)} - {who(b, sp)}: {fn(b, c)}"
        )
    if "Gisteren" not in " ".join(out):
        out.append(f"Gisteren 23:{r.randint(10, 59)} - {who(b, c.C)}: ok")
    if "Vandaag" not in " ".join(out):
        out.append(f"Vandaag 07:{r.randint(10, 59)} - {who(b, c.M)}: 👍")
    kl = known_line(b)
    if kl:
        out.append(f"Vandaag 08:02 - {who(b, c.C)}: wist je dat {kl}?")
    return "\n".join(out)


@shape("doc:intervisie")
def d_iv(b, c):
    r = b.r
    lines = pick(r, IV_LINES, r.randint(4, 6))
    extra = pick(r, NOTE_LINES, 1)
    stitch(b, lines + extra)
    b.k("Intervisie", "Incidentmethode")
    out = [f"Intervisie {gday(r, b)} — Incidentmethode"] + [f"• {fn(b, c)}" for fn in lines + extra]
    kl = known_line(b)
    if kl:
        out.append(f"• context: {kl}")
    return "\n".join(out)


@shape("doc:supervisie")
def d_sup(b, c):
    r = b.r
    lines = pick(r, IV_LINES, 3) + pick(r, NOTE_LINES, 2)
    stitch(b, lines)
    b.k("Supervisieverslag", "Thema", "bijeenkomst")
    out = [
        f"Supervisieverslag {b.n(c.M, 'full')}, bijeenkomst {r.randint(2, 8)}",
        f"Thema: {r.choice(['machtsongelijkheid', 'eigen irritatie', 'grenzen', 'neutraliteit'])}",
    ]
    out += [fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        out.insert(2, f"(ter info: {kl})")
    return "\n".join(out)


@shape("doc:telefoonnotitie")
def d_tel(b, c):
    r = b.r
    lines = pick(r, NOTE_LINES, 2)
    stitch(b, lines)
    b.k("Telefoonnotitie", "Belde", "Terugbelverzoek")
    out = [
        f"Telefoonnotitie {gday(r, b)} {c.time}",
        f"Belde: {b.n(c.N, 'tsur')} ({b.p(c.N.tel(r), 'PHONE')})",
        "Terugbelverzoek: ja",
    ] + [fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        out.append(f"zei nog dat {kl}")
    return "\n".join(out)


@shape("doc:weekplanning")
def d_week(b, c):
    r = b.r
    b.k("Planning", "Maandag", "Woensdag", "Vrijdag")
    out = [
        f"Planning week {r.randint(2, 51)} ({b.n(c.M, 'first')})",
        f"Maandag 09:30 intake {b.n(c.R, 'lc')} — {b.addr(c.res_addr)}",
        f"Woensdag {c.time} huisbezoek {b.n(c.N, 'sur')}, {b.addr(c.nb_addr)}, tel {b.p(c.N.tel(r), 'PHONE')}",
        f"Vrijdag 14:00 intervisie, casus {b.n(c.C, 'first')} inbrengen",
    ]
    lines = pick(r, TODO_LINES, 2)
    stitch(b, lines)
    out += ["  + " + fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        out.append(f"  (onthouden: {kl})")
    return "\n".join(out)


@shape("doc:mail-collega")
def d_mailcol(b, c):
    r = b.r
    lines = pick(r, NOTE_LINES, r.randint(2, 4))
    stitch(b, lines)
    b.k("Hoi", "Groet", "Verstuurd")
    out = [f"Hoi {b.n(c.C, 'first')},", "", "even snel over de buren-zaak:"]
    out += [fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        out.append(f"Grappig detail: {kl}.")
    out += ["", f"Groet, {b.n(c.M, 'nick' if c.M.nick else 'first')}", "Verstuurd vanaf mijn telefoon"]
    return "\n".join(out)


@shape("doc:nazorg")
def d_nazorg(b, c):
    r = b.r
    lines = pick(r, NOTE_LINES, r.randint(2, 3))
    stitch(b, lines)
    b.k("Nazorg", "maanden", "rustig")
    out = [
        f"Nazorg zaak {b.p(c.case, 'CASE_NUMBER')} — {r.choice(['drie', 'zes'])} maanden na afsluiting",
        f"{b.n(c.R, 'full')}: het is rustig, afspraken worden gehouden.",
    ] + [fn(b, c) for fn in lines]
    kl = known_line(b)
    if kl:
        out.append(f"wel: {kl}")
    return "\n".join(out)


for _ev in ("intake", "sessie", "huisbezoek", "intervisie", "overleg"):
    SHAPES[f"ics:{_ev}"] = d_ics
for _row in ("intake", "sessie", "nazorg", "overleg"):
    SHAPES[f"csv:{_row}"] = d_csv

DOC_KINDS = [
    d_reflectie,
    d_memo,
    d_overdracht,
    d_todo,
    d_ics,
    d_csv,
    d_chat,
    d_app,
    d_iv,
    d_sup,
    d_tel,
    d_week,
    d_mailcol,
    d_nazorg,
]


# ---------------------------------------------------------------- gate

_WORD = re.compile(r"[^\W_]+")


def _name_words(d):
    out = set()
    for it in d["pii"]:
        if it["label"] == "PERSON":
            for w in _WORD.findall(it["text"].lower()):
                if w not in PARTICLES and len(w) > 1:
                    out.add(w)
    return out


def gate(doc: dict) -> str | None:
    """None if the document passes every gate, else the reason."""
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
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    names = _name_words(doc)
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= {w for w in _WORD.findall(n.lower())}
    for k in doc["keep"]:
        for w in _WORD.findall(k.lower()):
            if w in names and len(w) > 1 and w not in PARTICLES:
                if not (w in allowed and k == k.lower() and k in allowed):
                    return f"keep shares name word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keeps"
    return None


# ---------------------------------------------------------------- generation


def make_doc(i, r):
    known = None
    if i % 4 == 1:
        known = sorted(KNOWN)[(i // 4 + r.randint(0, 3)) % len(KNOWN)]
    b = B(r, known)
    c = Ctx(r, b, known)
    kind = DOC_KINDS[(i + r.randint(0, 2)) % len(DOC_KINDS)] if r.random() < 0.7 else r.choice(DOC_KINDS)
    b.shapes.append(kind.shape)
    text = kind(b, c)
    if known:
        # make sure the known resident appears by full name, capitalised
        if c.R.full not in text:
            text = f"{b.n(c.R, 'full')} — " + text
    d = {"id": f"fresh21a-{i:04d}", "text": text, "pii": b.pii, "keep": b.keep}
    if known:
        kn = {"names": [c.R.full]}
        if c.R.email and c.R.email in text:
            kn["emails"] = [c.R.email]
        if c.R.phone and c.R.phone in text:
            kn["phones"] = [c.R.phone]
        d["known"] = kn
    return d, b.shapes


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        d, sh = make_doc(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(d) is not None:
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"doc {i}: cannot pass gate: {gate(d)}")
            d, sh = make_doc(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(d)
        shapes.update(sh)
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh21a_texts.jsonl is up to date" if same else "fresh21a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for L in LABELS:
            print(f"  {L:14s} {lab[L]}")
        print(f"  total pii      {sum(lab.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(shapes)}")
        kinds = Counter({s: n for s, n in shapes.items() if s.startswith("doc:")})
        print("document kinds: " + ", ".join(f"{s[4:]}={n}" for s, n in sorted(kinds.items())))
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        origins = len(ORIGINS)
        print(f"origin groups in name tables: {origins}")
        print(f"redraws: {redraws}")
        bad = [d["id"] for d in docs if gate(d) is not None]
        print(f"documents failing gate(): {len(bad)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
