#!/usr/bin/env python3
"""fresh30d: blind corpus of complaints about the conduct of named officials (helper F30D, round twenty-four).

Usage (from the project root, PYTHONPATH=.):
  python tests/anonymizer/fresh30d/make_fresh30d.py            write fresh30d_texts.jsonl
  python tests/anonymizer/fresh30d/make_fresh30d.py --check    exit 1 if the committed file differs
  python tests/anonymizer/fresh30d/make_fresh30d.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import datetime
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
from f30d_names import KNOWN_PARTICLE, KNOWN_WORDS, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("f30d_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20262404
N_DOCS = 300
OUT = HERE / "fresh30d_texts.jsonl"
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
    def deco(f):
        SHAPES[name] = f
        f.shape = name
        return f

    return deco


# ---------------------------------------------------------------- helpers


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    d = list(map(int, s))
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r: random.Random, spaced: bool) -> str:
    bank = r.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
    chk = 98 - num % 97
    s = f"NL{chk:02d}{bank}{acc}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

GEMEENTEN = [
    "Zwolle",
    "Deventer",
    "Apeldoorn",
    "Leeuwarden",
    "Heerenveen",
    "Tilburg",
    "Breda",
    "Almere",
    "Lelystad",
    "Schiedam",
    "Vlaardingen",
    "Zaanstad",
    "Haarlem",
    "Leiden",
    "Delft",
    "Dordrecht",
    "Arnhem",
    "Nijmegen",
    "Enschede",
    "Hengelo",
    "Maastricht",
    "Venlo",
    "Helmond",
    "Eindhoven",
    "Amersfoort",
    "Groningen",
    "Assen",
    "Emmen",
    "Purmerend",
    "Hoorn",
    "Alkmaar",
    "Gouda",
    "Roosendaal",
    "Oss",
    "Sittard-Geleen",
]
ROLES = [  # function, team (capitalised team word is a keep), subject of the contact
    ("handhaver", "team Handhaving", "de boete voor mijn fiets"),
    ("baliemedewerker", "team Burgerzaken", "mijn aanvraag voor een paspoort"),
    ("klantmanager", "team Werk en Inkomen", "de stopzetting van mijn uitkering"),
    ("consulent Wmo", "Wijkteam Centrum", "de aanvraag voor een scootmobiel"),
    ("toezichthouder", "team Bouw- en Woningtoezicht", "de controle van mijn dakkapel"),
    ("leerplichtambtenaar", "team Leerplicht", "het verzuim van mijn dochter"),
    ("medewerker Belastingen", "team Belastingen", "de aanslag afvalstoffenheffing"),
    ("vergunningverlener", "team Vergunningen", "mijn omgevingsvergunning"),
    ("wijkregisseur", "team Openbare Ruimte", "de kapotte lantaarnpaal"),
    ("medewerker Klantcontactcentrum", "Klantcontactcentrum", "mijn telefoontje over de rolcontainer"),
    ("schuldhulpverlener", "team Schulddienstverlening", "mijn betalingsregeling"),
    ("parkeercontroleur", "team Parkeren", "de naheffing voor mijn auto"),
    ("jeugdconsulent", "team Jeugd", "de indicatie voor mijn zoon"),
    ("inburgeringsconsulent", "team Inburgering", "mijn inburgeringsplan"),
]
STREET_ROOTS = [
    "Vlier",
    "Hazel",
    "Kievit",
    "Molen",
    "Duinroos",
    "Goudsbloem",
    "Reiger",
    "Lijster",
    "Mees",
    "Eiken",
    "Berken",
    "Wilgen",
    "Klaver",
    "Tulp",
    "Boterbloem",
    "Koekoek",
    "Merel",
    "Zwaluw",
    "Hyacint",
    "Kastanje",
    "Plataan",
    "Ganzen",
    "Roerdomp",
    "Zonnedauw",
    "Esdoorn",
    "Lindeboom",
    "Vuurdoorn",
    "Hulst",
]
STREET_TYPES = ["straat", "laan", "hof", "weg", "singel", "erf", "plein", "kade", "dreef", "pad", "gaarde", "veld"]
PROVIDERS = [
    "hotmail.com",
    "gmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "live.nl",
    "xs4all.nl",
    "telfort.nl",
    "icloud.com",
    "proton.me",
]


class P:
    def __init__(self, origin, first, part, core, g):
        self.origin, self.first, self.part, self.core, self.g = origin, first, part, core, g
        self.role = self.team = self.about = None

    @property
    def full(self):
        return f"{self.first} {self.part + ' ' if self.part else ''}{self.core}"

    @property
    def sur(self):  # standing alone or after a title: particle capitalised
        return (self.part[0].upper() + self.part[1:] + " " if self.part else "") + self.core

    @property
    def surl(self):  # after initials or first name: particle as is
        return (self.part + " " if self.part else "") + self.core


def make_person(r, origin=None, g=None, core=None, part=None):
    origin = origin or r.choice(sorted(ORIGINS))
    males, females, parts, roots, ends = ORIGINS[origin]
    g = g or r.choice("mf")
    first = r.choice(males if g == "m" else females)
    if core is None:
        core = r.choice(roots) + r.choice(ends)
        if origin == "Polish" and g == "f" and core.endswith("ski"):
            core = core[:-1] + "a"
        if origin == "Bulgarian" and g == "f":
            core += "a"
        if origin == "Syrian" or origin == "Iraqi":
            core = ("Al-" if r.random() < 0.6 else "") + core
        if origin == "Chinese" and r.random() < 0.5:
            core = core + r.choice(["", "-Li", "-Wang"])
        part = r.choice(parts) if parts and r.random() < (0.9 if origin == "Dutch" else 0.4) else ""
        if origin in ("Syrian", "Iraqi") and part and core.startswith("Al-"):
            part = ""
    if origin == "Chinese":
        first = first  # given names composed in the list already
    return P(origin, first, part or "", core, g)


def relative(r, p):
    q = make_person(r, p.origin, core=p.core, part=p.part)
    while q.first == p.first:
        q = make_person(r, p.origin, core=p.core, part=p.part)
    return q


def rdate(r, year=2026, m0=1, m1=11):
    d = datetime.date(year, r.randint(m0, m1), r.randint(1, 28))
    return d


def fdate(r, d, style=None):
    style = style or r.choice(["long", "long", "num", "wd"])
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def dob_text(r, y0=1938, y1=2006):
    d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    st = r.randrange(8)
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day} {MON3[d.month - 1]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.'{str(d.year)[2:]}",
    ][st]


def phone(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.7
    if mobile:
        n = "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"06-{n}",
                f"06 {n[:4]} {n[4:]}",
                f"+31 6 {n}",
                f"0031 6 {n[:2]} {n[2:5]} {n[5:]}",
                f"06{n}",
                f"(06) {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            ]
        )
    area = r.choice(["038", "053", "058", "013", "076", "036", "010", "023", "071", "015", "078", "026", "024", "043"])
    n = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice([f"{area}-{n}", f"{area} {n[:3]} {n[3:5]} {n[5:]}", f"({area}) {n}", f"+31 {area[1:]} {n}"])


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
            f"{a(1)}-{n(3)}-{a(2)}",
            f"{n(2)}-{a(2)}-{a(2)}",
        ]
    )


def postcode(r):
    L = "ABCEGHJKLMNPRTVWXZ"
    return f"{r.randint(1000, 9999)} {r.choice(L)}{r.choice(L)}"


def case_klacht(r):
    n = r.randint(1, 1999)
    y = r.choice(["2026", "26"])
    return r.choice(
        [
            f"KLB {y}/{n:04d}",
            f"K{y[-2:]}.{n:04d}-HV",
            f"{y}-KLA-{n:05d}",
            f"Kl/{y[-2:]}/{n}/AZ",
            f"KC-{y}-{n:04d}-{r.choice('ABCDEFGH')}",
            f"klacht-{y}{n:05d}",
        ]
    )


def case_other(r, kind):
    n = r.randint(100, 99999)
    if kind == "omb":
        return r.choice([f"OMB 2026.{n:05d}", f"NO/26/{n:05d}", f"2026-OM-{n:05d}"])
    if kind == "int":
        return r.choice([f"INT-26-{n % 1000:03d}", f"IM/2026/{n % 1000:03d}", f"VIM.26.{n % 1000:03d}"])
    if kind == "fine":
        return r.choice(
            [
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"NHA-{n:06d}",
                f"PV 26-{n:05d}",
            ]
        )
    return r.choice([f"WI-{n:06d}", f"zaak {n:06d}".split()[1], f"Z/26/{n:06d}", f"DOS-{n:05d}"])


# ---------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.lines: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known = None

    def P(self, text, label):
        if not any(x["text"] == text and x["label"] == label for x in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def s(self, text, *keeps):
        self.lines.append(text)
        self.k(*keeps)

    def use(self, f, c):
        self.shapes.append(f.shape)
        f(self, c)

    # name forms; each records the form it writes
    def full(self, p):
        return self.P(p.full, "PERSON")

    def sur(self, p):
        return self.P(p.sur, "PERSON")

    def ini(self, p):
        return self.P(f"{p.first[0]}. {p.surl}", "PERSON")

    def first(self, p):
        return self.P(p.first, "PERSON")

    def low(self, p):
        return self.P(p.surl.lower(), "PERSON")

    def lowfull(self, p):
        return self.P(p.full.lower(), "PERSON")

    def caps(self, p):
        return self.P(p.sur.upper(), "PERSON")

    def poss(self, p):
        w = p.first
        return self.P(w + ("'s" if w[-1] in "aeiouy" else "s"), "PERSON")

    def miss(self, p):
        c = p.core
        r = self.r
        folded = ascii_fold(c)
        if folded != c:
            m = folded
        elif len(c) < 4:
            m = c + c[-1]
        else:
            j = r.randrange(1, len(c) - 1)
            op = r.choice(["dbl", "swap", "drop"])
            if op == "dbl":
                m = c[:j] + c[j] + c[j:]
            elif op == "swap":
                m = c[:j] + c[j + 1] + c[j] + c[j + 2 :]
            else:
                m = c[:j] + c[j + 1 :]
        if m == c:
            m = c + c[-1]
        return self.P(m, "PERSON")

    def nick(self, p):
        f = p.first
        short = f[:3] if f[2].lower() not in "aeiouy" else f[:4]
        return self.P(short + self.r.choice(["ie", "tje", "ke"]), "PERSON")

    def initials(self, p):
        parts = [p.first[0]] + [x[0] for x in p.part.split()] + [p.core[0]]
        return self.P("".join(parts), "PERSON")

    def handle(self, p):
        return self.P(ascii_fold(p.first[0] + p.surl.replace(" ", "").replace("'", "")).lower(), "PERSON")

    def fname(self, p):
        return self.P(ascii_fold(p.sur.replace(" ", "").replace("'", "")), "PERSON")

    def title(self, p, short=False):
        if short:
            return self.r.choice(["mw.", "mevr."]) if p.g == "f" else self.r.choice(["dhr.", "de heer"])
        return "mevrouw" if p.g == "f" else self.r.choice(["de heer", "meneer"])

    def tsur(self, p, short=False):
        return f"{self.title(p, short)} {self.sur(p)}"

    def any_name(self, p):
        return self.r.choice([self.full, self.ini, self.tsur])(p)

    def email_off(self, p, c):
        loc = ascii_fold(p.first[0] + "." + p.surl.replace(" ", "").replace("'", "")).lower()
        return self.P(f"{loc}@{c['dom']}", "EMAIL")

    def email_res(self, p):
        r = self.r
        f, s = ascii_fold(p.first).lower(), ascii_fold(p.core).lower().replace("-", "")
        loc = r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}{s}{r.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}{r.randint(1950, 2005)}",
                f"{f}_{s}",
                f"fam.{s}",
            ]
        )
        return self.P(f"{loc}@{r.choice(PROVIDERS)}", "EMAIL")

    def text(self):
        return "\n".join(self.lines)


def context(r, i):
    g = r.choice(GEMEENTEN)
    dom = ascii_fold(g).lower().replace(" ", "") + ".nl"
    role, team, about = r.choice(ROLES)
    R = make_person(r)
    c = {
        "G": g,
        "dom": dom,
        "R": R,
        "F": relative(r, R),
        "N": make_person(r),
        "O": make_person(r),
        "C": make_person(r),
        "T": make_person(r),
        "X": make_person(r),
        "M": make_person(r),
        "role": role,
        "team": team,
        "about": about,
        "kl": case_klacht(r),
        "omb": case_other(r, "omb"),
        "int": case_other(r, "int"),
        "fine": case_other(r, "fine"),
        "dos": case_other(r, "dos"),
        "d1": rdate(r, m0=1, m1=6),
        "d2": rdate(r, m0=7, m1=9),
        "d3": rdate(r, m0=10, m1=11),
        "street": r.choice(STREET_ROOTS) + r.choice(STREET_TYPES),
        "nr": str(r.randint(1, 240)) + r.choice(["", "", "a", "B", "-2", "-III", " bis"]),
        "pc": postcode(r),
        "tel": phone(r),
        "offtel": phone(r, mobile=False) if r.random() < 0.5 else phone(r, True),
        "bsn": bsn(r),
        "iban": iban(r, r.random() < 0.7),
        "plate": plate(r),
        "dob": dob_text(r),
        "dobF": dob_text(r, 2008, 2020),
        "gen": f"14 0{r.randint(10, 99)}",
        "amount": f"€ {r.randint(35, 2400)},{r.choice(['00', '50', '95'])}",
        "known": None,
    }
    c["nr"] = c["nr"].replace(" bis", "bis")
    if i % 4 == 1:
        word, use = r.choice(KNOWN_WORDS)
        part = KNOWN_PARTICLE.get(word, "") if r.random() < 0.6 else ""
        c["R"] = make_person(r, "Dutch", core=word, part=part)
        c["F"] = relative(r, c["R"])
        c["known"] = (word, use)
    return c


# ---------------------------------------------------------------- shared line shapes


def addr(d, c):
    return d.P(f"{c['street']} {c['nr']}", "ADDRESS")


def dobs(d, c, p=None):
    r = d.r
    t = d.P(c["dob"], "DATE_OF_BIRTH")
    return r.choice([f"geboren op {t}", f"geb. {t}", f"geboortedatum {t}", f"({t})", f"°{t}", f"van {t}"])


@shape("line:afzenderblok")
def s_sender(d, c):
    R = c["R"]
    d.s(f"{d.full(R)}\n{addr(d, c)}\n{d.P(c['pc'], 'POSTCODE')} {c['G']}")


@shape("line:plaats-datum")
def s_placedate(d, c):
    d.s(f"{c['G']}, {fdate(d.r, c['d1'], 'long')}", c["G"])


@shape("line:betreft-klacht")
def s_betreft(d, c):
    d.s(
        f"Betreft: klacht over de behandeling door {d.any_name(c['O'])} ({c['role']})",
        "Betreft",
        "klacht",
        "behandeling",
    )


@shape("line:aanhef")
def s_aanhef(d, c):
    d.s(
        d.r.choice(
            [
                "Geacht college,",
                "Geachte klachtencoördinator,",
                "Beste mensen van de gemeente,",
                "Aan de klachtenfunctionaris,",
            ]
        )
    )


@shape("line:ondertekening-burger")
def s_sign_res(d, c):
    R = c["R"]
    how = d.r.randrange(3)
    if how == 0:
        extra = f"tel. {d.P(c['tel'], 'PHONE')}"
    elif how == 1:
        extra = f"e-mail {d.email_res(R)}"
    else:
        extra = f"{d.P(c['tel'], 'PHONE')} / {d.email_res(R)}"
    d.s(f"Met vriendelijke groet,\n{d.full(R)}\n{extra}", "Met", "vriendelijke", "groet")


# complaint letter sentences
@shape("sent:gesprek-aan-balie")
def s_balie(d, c):
    O = c["O"]
    d.s(
        f"Op {fdate(d.r, c['d1'], 'wd')} had ik aan de balie van het Stadskantoor een gesprek met {d.full(O)} over "
        f"{c['about']}.",
        "Stadskantoor",
        "balie",
        "gesprek",
    )


@shape("sent:toon-van-gesprek")
def s_toon(d, c):
    O = c["O"]
    d.s(
        f"{d.title(O).capitalize()} {d.sur(O)} verhief meerdere keren de stem en zei letterlijk: 'Daar ga ik niet over, "
        f"u moet niet zo zeuren.'",
        "Daar",
        "letterlijk",
        "zeuren",
    )


@shape("sent:telefoon-opgehangen")
def s_hangup(d, c):
    O = c["O"]
    d.s(
        f"Toen ik terugbelde naar {c['gen']} werd ik doorverbonden met {d.ini(O)}, die na twee minuten de hoorn "
        f"erop gooide.",
        c["gen"],
        "terugbelde",
        "doorverbonden",
        "minuten",
    )


@shape("sent:vader-mee")
def s_vader(d, c):
    F = c["F"]
    d.s(f"Mijn {'broer' if F.g == 'm' else 'zus'} {d.full(F)} was erbij en kan alles bevestigen.", "Mijn", "bevestigen")


@shape("sent:buurman-getuige")
def s_buur(d, c):
    N = c["N"]
    d.s(
        f"Ook mijn buurvrouw, {d.title(N)} {d.sur(N)} van nummer {d.r.randint(2, 99)}, hoorde hoe ik werd "
        f"toegesproken.",
        "Ook",
        "buurvrouw",
        "toegesproken",
    )


@shape("sent:bsn-vermeld")
def s_bsn(d, c):
    d.s(
        f"Mijn burgerservicenummer is {d.P(c['bsn'], 'BSN')}, zodat u mijn dossier kunt vinden.",
        "burgerservicenummer",
        "dossier",
    )


@shape("sent:dossiernummer")
def s_dos(d, c):
    d.s(f"Het gaat om dossier {d.P(c['dos'], 'CASE_NUMBER')} bij {c['team']}.", "Het", "dossier", c["team"].split()[-1])


@shape("sent:wil-excuses")
def s_excuus(d, c):
    O = c["O"]
    d.s(
        f"Ik wil dat {d.sur(O)} zijn of haar excuses aanbiedt en dat een andere medewerker mijn zaak overneemt.",
        "excuses",
        "medewerker",
        "overneemt",
    )


@shape("sent:geboortedatum-kind")
def s_kind(d, c):
    F = c["F"]
    t = d.P(c["dobF"], "DATE_OF_BIRTH")
    d.s(
        f"Het gaat ook over mijn kind {d.first(F)}, geboren {t}, die sinds september niet meer naar school durft.",
        "Het",
        "school",
        "september",
    )


@shape("sent:rekeningnummer-terugbetaling")
def s_iban(d, c):
    d.s(
        f"De kosten van {c['amount']} wil ik terug op rekening {d.P(c['iban'], 'IBAN')} t.n.v. {d.ini(c['R'])}.",
        "De",
        "kosten",
        c["amount"],
        "rekening",
    )


@shape("sent:kenteken-boete")
def s_plate(d, c):
    O = c["O"]
    d.s(
        f"De naheffing {d.P(c['fine'], 'CASE_NUMBER')} voor mijn auto met kenteken {d.P(c['plate'], 'LICENSE_PLATE')} "
        f"is uitgeschreven door {d.full(O)}, terwijl mijn gehandicaptenkaart achter de voorruit lag.",
        "De",
        "naheffing",
        "kenteken",
        "gehandicaptenkaart",
        "voorruit",
    )


@shape("sent:eerder-geklaagd")
def s_eerder(d, c):
    d.s(
        f"Ik heb al eerder geklaagd, onder nummer {d.P(c['kl'], 'CASE_NUMBER')}, maar daar is nooit iets mee gedaan.",
        "Ik",
        "eerder",
        "geklaagd",
        "nummer",
    )


@shape("sent:collega-genoemd")
def s_collega(d, c):
    X = c["X"]
    d.s(f"Haar collega {d.first(X)} stond ernaast en grinnikte alleen maar.", "Haar", "collega", "grinnikte")


@shape("sent:persoonsgegevens-regel")
def s_pers(d, c):
    d.s(f"Voor de volledigheid: ik ben {dobs(d, c)} en mijn BSN is {d.P(c['bsn'], 'BSN')}.", "Voor", "volledigheid")


@shape("sent:vergoeding-reiskosten")
def s_reis(d, c):
    d.s(
        f"Voor de drie keer dat ik voor niets naar het Stadskantoor kwam, vraag ik reiskostenvergoeding op "
        f"{d.P(c['iban'], 'IBAN')}.",
        "Voor",
        "Stadskantoor",
        "reiskostenvergoeding",
    )


# angry e-mail sentences (lower case, nicknames, misspellings)
@shape("angry:lowercase-naam")
def a_low(d, c):
    O = c["O"]
    d.s(f"die {d.low(O)} van {c['team'].split()[-1].lower()} denkt dat ze boven de wet staat!!", "die", "denkt", "wet")


@shape("angry:bijnaam")
def a_nick(d, c):
    O = c["O"]
    d.s(
        f"Iedereen in de wijk noemt {'hem' if O.g == 'm' else 'haar'} al '{d.nick(O)}' omdat er nooit iets gebeurt.",
        "Iedereen",
        "wijk",
        "noemt",
        "gebeurt",
    )


@shape("angry:verkeerd-gespeld")
def a_miss(d, c):
    O = c["O"]
    d.s(
        f"Ik eis dat meneer of mevrouw {d.miss(O)} (ik weet niet eens hoe je dat spelt) ontslagen wordt.",
        "Ik",
        "eis",
        "ontslagen",
        "spelt",
    )


@shape("angry:hoofdletters")
def a_caps(d, c):
    O = c["O"]
    d.s(f"NOOIT MEER WIL IK MET {d.caps(O)} PRATEN. NOOIT.", "NOOIT", "PRATEN")


@shape("angry:initialen")
def a_ini(d, c):
    O = c["O"]
    d.s(
        f"{d.initials(O)} (zo ondertekent die persoon de mails) reageert al zes weken niet.",
        "ondertekent",
        "persoon",
        "reageert",
        "weken",
    )


@shape("angry:uitroep-telefoon")
def a_tel(d, c):
    d.s(
        f"bel me gewoon terug op {d.P(c['tel'], 'PHONE')} ipv mij van het kastje naar de muur te sturen",
        "bel",
        "kastje",
        "muur",
    )


@shape("angry:voornaam-bezittelijk")
def a_poss(d, c):
    O = c["O"]
    d.s(
        f"{d.poss(O)} arrogantie is niet normaal voor iemand die betaald wordt van ons belastinggeld.",
        "arrogantie",
        "normaal",
        "belastinggeld",
    )


@shape("angry:hele-naam-klein")
def a_lowfull(d, c):
    O = c["O"]
    d.s(f"naam van die medewerker: {d.lowfull(O)}, zo staat het op het kaartje", "naam", "medewerker", "kaartje")


@shape("angry:wethouder-dreigen")
def a_pers(d, c):
    d.s(
        f"Als de gemeente {c['G']} hier niks mee doet stap ik naar de krant en naar de wethouder.",
        "Als",
        "gemeente",
        c["G"],
        "krant",
        "wethouder",
    )


@shape("angry:afzender-kort")
def a_sign(d, c):
    R = c["R"]
    name = d.P(R.first.lower(), "PERSON") if d.r.random() < 0.5 else d.first(R)
    d.s(f"gr {name}\n{d.email_res(R)}", "gr")


# webform
@shape("form:klachtformulier")
def f_form(d, c):
    R, O = c["R"], c["O"]
    d.s("Klachtformulier (digitaal ingediend)", "Klachtformulier", "digitaal", "ingediend")
    d.s(f"Naam indiener: {d.full(R)}", "Naam", "indiener")
    d.s(f"Geboortedatum: {d.P(c['dob'], 'DATE_OF_BIRTH')}", "Geboortedatum")
    d.s(f"Adres: {addr(d, c)}, {d.P(c['pc'], 'POSTCODE')} {c['G']}", "Adres")
    d.s(f"Telefoonnummer: {d.P(c['tel'], 'PHONE')}", "Telefoonnummer")
    d.s(f"BSN (optioneel): {d.P(c['bsn'], 'BSN')}", "optioneel")
    d.s(f"Over welke medewerker gaat uw klacht? {d.full(O)}, {c['role']} bij {c['team']}", "Over", "medewerker")


@shape("form:omschrijving")
def f_omschr(d, c):
    O = c["O"]
    d.s(
        f"Omschrijving: bij het huisbezoek op {fdate(d.r, c['d1'], 'num')} stond {d.sur(O)} binnen tien minuten weer "
        f"buiten en noteerde dingen die ik nooit gezegd heb.",
        "Omschrijving",
        "huisbezoek",
        "minuten",
        "noteerde",
    )


@shape("form:gewenste-oplossing")
def f_opl(d, c):
    d.s(
        "Gewenste oplossing: een nieuw gesprek met een andere consulent en inzage in het verslag.",
        "Gewenste",
        "oplossing",
        "consulent",
        "inzage",
        "verslag",
    )


# acknowledgement by the coordinator
@shape("ack:kop")
def k_kop(d, c):
    R = c["R"]
    d.s(
        f"Aan: {d.tsur(R)}\nOns kenmerk: {d.P(c['kl'], 'CASE_NUMBER')}\nDatum: {fdate(d.r, c['d2'], 'long')}",
        "Aan",
        "Ons",
        "kenmerk",
        "Datum",
    )


@shape("ack:ontvangst")
def k_ontv(d, c):
    d.s(
        f"Wij hebben uw klacht van {fdate(d.r, c['d1'], 'long')} in goede orde ontvangen. U ontvangt binnen zes weken "
        f"een beslissing, zoals artikel 9:11 van de Algemene wet bestuursrecht voorschrijft.",
        "Wij",
        "ontvangen",
        "Algemene",
        "bestuursrecht",
        "artikel",
    )


@shape("ack:over-wie")
def k_wie(d, c):
    O = c["O"]
    d.s(
        f"Uw klacht gaat over de gedraging van {d.full(O)}, {c['role']} van {c['team']}. Wij sturen "
        f"{'hem' if O.g == 'm' else 'haar'} een kopie van uw brief.",
        "Uw",
        "gedraging",
        "kopie",
        "brief",
    )


@shape("ack:behandelaar")
def k_beh(d, c):
    C = c["C"]
    d.s(
        f"Uw klacht wordt behandeld door {d.full(C)}, klachtencoördinator. U kunt {'hem' if C.g == 'm' else 'haar'} "
        f"bereiken via {d.email_off(C, c)} of via {c['gen']}.",
        "Uw",
        "klachtencoördinator",
        c["gen"],
    )


@shape("ack:hoorzitting-uitnodiging")
def k_hoor(d, c):
    d.s(
        f"Wij nodigen u uit voor een hoorgesprek op {fdate(d.r, c['d2'], 'wd')} om 14.00 uur in het Stadhuis, "
        f"kamer 2.14.",
        "Wij",
        "hoorgesprek",
        "Stadhuis",
        "kamer",
    )


@shape("ack:info-mail")
def k_info(d, c):
    d.s(
        f"Heeft u vragen? Mail naar klachten@{c['dom']} en vermeld uw kenmerk.",
        "Heeft",
        f"klachten@{c['dom']}",
        "kenmerk",
    )


@shape("ack:ondertekening-coordinator")
def k_sign(d, c):
    C = c["C"]
    d.s(
        f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n{d.ini(C)}\n"
        f"Klachtencoördinator",
        "Met",
        "college",
        "burgemeester",
        "Klachtencoördinator",
    )


# hearing report
@shape("hoor:kop")
def h_kop(d, c):
    d.s(
        f"HOORVERSLAG klacht {d.P(c['kl'], 'CASE_NUMBER')}\nDatum hoorzitting: {fdate(d.r, c['d2'], 'long')}",
        "HOORVERSLAG",
        "Datum",
        "hoorzitting",
    )


@shape("hoor:aanwezig")
def h_aanw(d, c):
    R, O, C, F = c["R"], c["O"], c["C"], c["F"]
    d.s(
        f"Aanwezig: {d.full(R)} (klager), {d.full(F)} ({'zoon' if F.g == 'm' else 'dochter'} van klager), "
        f"{d.full(O)} (beklaagde, {c['role']}), {d.full(C)} (voorzitter, klachtencoördinator)",
        "Aanwezig",
        "klager",
        "beklaagde",
        "voorzitter",
    )


@shape("hoor:afwezig-teamleider")
def h_afw(d, c):
    T = c["T"]
    d.s(f"Afwezig met bericht: {d.ini(T)}, teamleider {c['team']}.", "Afwezig", "bericht", "teamleider")


@shape("hoor:klager-zegt")
def h_klager(d, c):
    R, O = c["R"], c["O"]
    d.s(
        f"{d.sur(R)}: 'Ik voelde me als een crimineel behandeld. {d.title(O).capitalize()} {d.sur(O)} keek me niet "
        f"eens aan.'",
        "Ik",
        "crimineel",
        "behandeld",
    )


@shape("hoor:beklaagde-zegt")
def h_bekl(d, c):
    O = c["O"]
    d.s(
        f"{d.sur(O)} licht toe dat het die ochtend erg druk was en dat {'hij' if O.g == 'm' else 'zij'} de klager "
        f"meerdere keren heeft gevraagd rustig te blijven.",
        "ochtend",
        "druk",
        "rustig",
    )


@shape("hoor:voorzitter-vraagt")
def h_vz(d, c):
    C, R = c["C"], c["R"]
    d.s(
        f"De voorzitter ({d.initials(C)}) vraagt {d.tsur(R)} wat voor {'hem' if R.g == 'm' else 'haar'} een "
        f"goede afloop zou zijn.",
        "De",
        "voorzitter",
        "afloop",
    )


@shape("hoor:familielid-vult-aan")
def h_fam(d, c):
    F = c["F"]
    d.s(
        f"{d.first(F)} vult aan dat de brief van {fdate(d.r, c['d1'], 'num')} pas drie weken later in de bus lag.",
        "brief",
        "weken",
        "bus",
    )


@shape("hoor:tolk")
def h_tolk(d, c):
    X = c["X"]
    d.s(
        f"Het gesprek werd gevoerd met hulp van tolk {d.full(X)} (Tolk- en Vertaalcentrum).",
        "Het",
        "gesprek",
        "tolk",
        "Vertaalcentrum",
    )


@shape("hoor:afspraak")
def h_afspr(d, c):
    d.s(
        f"Afgesproken is dat de teamleider uiterlijk {fdate(d.r, c['d3'], 'long')} schriftelijk reageert.",
        "Afgesproken",
        "teamleider",
        "uiterlijk",
        "schriftelijk",
    )


@shape("hoor:verslaglegging")
def h_vl(d, c):
    X = c["X"]
    d.s(
        f"Verslag: {d.ini(X)}, notulist. Het verslag is op {fdate(d.r, c['d2'], 'num')} aan beide partijen "
        f"toegestuurd.",
        "Verslag",
        "notulist",
        "partijen",
        "toegestuurd",
    )


# official's own written response
@shape("resp:aanhef-intern")
def r_aanh(d, c):
    C = c["C"]
    d.s(f"Beste {d.first(C)},", "Beste")


@shape("resp:eigen-lezing")
def r_lez(d, c):
    R = c["R"]
    d.s(
        f"Hierbij mijn reactie op de klacht van {d.tsur(R)}. Ik herken mij niet in het beeld dat wordt geschetst.",
        "Hierbij",
        "reactie",
        "beeld",
        "geschetst",
    )


@shape("resp:regels-uitgelegd")
def r_regels(d, c):
    d.s(
        f"Ik heb uitgelegd dat ik zonder bewijsstukken geen besluit kan nemen over {c['about']}.",
        "Ik",
        "uitgelegd",
        "bewijsstukken",
        "besluit",
    )


@shape("resp:erkenning")
def r_erk(d, c):
    R = c["R"]
    d.s(
        f"Achteraf had ik {d.sur(R)} beter moeten laten uitpraten; dat spijt me oprecht.",
        "Achteraf",
        "uitpraten",
        "oprecht",
    )


@shape("resp:collega-bevestigt")
def r_coll(d, c):
    X = c["X"]
    d.s(
        f"Mijn collega {d.full(X)} zat in de spreekkamer ernaast en kan bevestigen dat ik niet heb geschreeuwd.",
        "Mijn",
        "collega",
        "spreekkamer",
        "geschreeuwd",
    )


@shape("resp:handtekening-functie")
def r_sign(d, c):
    O = c["O"]
    d.s(
        f"Groet,\n{d.full(O)}\n{c['role'].capitalize()} | {c['team'][0].upper() + c['team'][1:]} | "
        f"{d.P(c['offtel'], 'PHONE')}",
        "Groet",
    )


# conclusion letter
@shape("concl:oordeel-gegrond")
def c_geg(d, c):
    O = c["O"]
    d.s(
        f"Wij vinden uw klacht over de bejegening door {d.ini(O)} gegrond. De medewerker had u niet zo te woord mogen "
        f"staan.",
        "Wij",
        "bejegening",
        "gegrond",
        "medewerker",
    )


@shape("concl:oordeel-ongegrond")
def c_ong(d, c):
    O = c["O"]
    d.s(
        f"Wij vinden uw klacht ongegrond: uit het hoorverslag blijkt niet dat {d.tsur(O)} onheus heeft gehandeld.",
        "Wij",
        "ongegrond",
        "hoorverslag",
        "onheus",
    )


@shape("concl:deels-gegrond")
def c_deels(d, c):
    d.s(
        "Het onderdeel over de wachttijd vinden wij gegrond; het onderdeel over de toon van het gesprek ongegrond.",
        "Het",
        "onderdeel",
        "wachttijd",
        "gegrond",
        "ongegrond",
    )


@shape("concl:maatregel")
def c_maat(d, c):
    T = c["T"]
    d.s(
        f"Teamleider {d.full(T)} heeft de klacht in het teamoverleg van {fdate(d.r, c['d3'], 'wd')} besproken.",
        "Teamleider",
        "teamoverleg",
    )


@shape("concl:ombudsman-wijzing")
def c_omb(d, c):
    d.s(
        "Bent u het niet eens met deze afhandeling? Dan kunt u binnen een jaar terecht bij de Nationale ombudsman, "
        "Postbus 93122, 2509 AC Den Haag.",
        "Bent",
        "afhandeling",
        "Nationale",
        "ombudsman",
        "Postbus",
    )


@shape("concl:briefkop")
def c_kop(d, c):
    R = c["R"]
    d.s(
        f"{d.full(R)}\n{addr(d, c)}\n{d.P(c['pc'], 'POSTCODE')}  {c['G'].upper()}\n\nUw kenmerk: "
        f"{d.P(c['kl'], 'CASE_NUMBER')}",
        "Uw",
        "kenmerk",
    )


@shape("concl:onderwerp")
def c_ond(d, c):
    d.s("Onderwerp: afhandeling van uw klacht", "Onderwerp", "afhandeling")


# internal e-mails
@shape("mail:headers")
def m_head(d, c):
    T, C, O = c["T"], c["C"], c["O"]
    d.s(
        f"Van: {d.full(T)} <{d.email_off(T, c)}>\nAan: {d.full(C)}\nCC: {d.email_off(O, c)}\n"
        f"Onderwerp: RE: klacht {d.P(c['kl'], 'CASE_NUMBER')}",
        "Van",
        "Aan",
        "Onderwerp",
    )


@shape("mail:teamleider-vraagt")
def m_tl(d, c):
    O = c["O"]
    d.s(
        f"Kun je mij de stukken sturen voordat ik met {d.first(O)} ga praten? Ik wil eerst het hele dossier zien.",
        "Kun",
        "stukken",
        "dossier",
    )


@shape("mail:mijn-collega")
def m_myc(d, c):
    O = c["O"]
    d.s(
        f"Mijn collega {d.sur(O)} staat nu al voor de derde keer in een klacht; dat moeten we serieus nemen.",
        "Mijn",
        "collega",
        "derde",
        "serieus",
    )


@shape("mail:bijlage")
def m_att(d, c):
    R = c["R"]
    d.s(f"Bijlage: Klacht_{d.fname(R)}_{c['d1'].strftime('%Y%m%d')}.pdf", "Bijlage")


@shape("mail:doorsturen")
def m_fwd(d, c):
    C, R = c["C"], c["R"]
    d.s(
        f"{d.first(C)}, hierbij de mail van {d.tsur(R, True)} die gisteren via het Klantcontactcentrum binnenkwam.",
        "hierbij",
        "gisteren",
        "Klantcontactcentrum",
    )


@shape("mail:coordinator-termijn")
def m_term(d, c):
    d.s(
        f"Let op: de termijn van zes weken verloopt op {fdate(d.r, c['d3'], 'num')}, dus graag je reactie voor vrijdag.",
        "Let",
        "termijn",
        "reactie",
        "vrijdag",
    )


@shape("mail:handtekening-intern")
def m_sign(d, c):
    C = c["C"]
    d.s(
        f"{d.full(C)}\nKlachtencoördinator | Concernstaf\nBereikbaar ma-do via {d.P(c['offtel'], 'PHONE')}",
        "Klachtencoördinator",
        "Concernstaf",
        "Bereikbaar",
    )


# integrity report
@shape("int:kop")
def i_kop(d, c):
    d.s(
        f"MELDING VERMOEDEN INTEGRITEITSSCHENDING\nRegistratienummer: {d.P(c['int'], 'CASE_NUMBER')}\nVertrouwelijk",
        "MELDING",
        "Registratienummer",
        "Vertrouwelijk",
    )


@shape("int:melder")
def i_melder(d, c):
    X = c["X"]
    d.s(f"Melder: {d.full(X)}, {d.email_off(X, c)}", "Melder")


@shape("int:betrokkene")
def i_betr(d, c):
    O = c["O"]
    d.s(f"Betrokkene: {d.full(O)}, {c['role']}, {c['team']}", "Betrokkene")


@shape("int:feitenrelaas")
def i_feit(d, c):
    O, R = c["O"], c["R"]
    d.s(
        f"Ik zag op {fdate(d.r, c['d2'], 'long')} dat mijn collega {d.first(O)} het adres van {d.full(R)} opzocht in "
        f"de basisregistratie zonder dat daar een dossier voor open stond.",
        "Ik",
        "collega",
        "basisregistratie",
        "dossier",
    )


@shape("int:kenteken-dienstauto")
def i_auto(d, c):
    O = c["O"]
    d.s(
        f"Daarna reed {d.sur(O)} met de dienstauto ({d.P(c['plate'], 'LICENSE_PLATE')}) naar de woning aan de "
        f"{d.P(c['street'], 'ADDRESS')}.",
        "Daarna",
        "dienstauto",
        "woning",
    )


@shape("int:vertrouwenspersoon")
def i_vp(d, c):
    M = c["M"]
    d.s(
        f"Ik heb dit eerst besproken met vertrouwenspersoon {d.full(M)}, die mij aanraadde het te melden.",
        "Ik",
        "vertrouwenspersoon",
        "aanraadde",
    )


# ombudsman
@shape("omb:verzoekschrift")
def o_verz(d, c):
    R, O = c["R"], c["O"]
    d.s(
        f"Verzoekschrift aan de Nationale ombudsman\nVerzoeker: {d.full(R)}, {dobs(d, c)}\nKlacht over: gemeente "
        f"{c['G']}, in het bijzonder {d.full(O)}",
        "Verzoekschrift",
        "Nationale",
        "ombudsman",
        "Verzoeker",
        "gemeente",
    )


@shape("omb:gemeentelijke-afhandeling")
def o_afh(d, c):
    d.s(
        f"De gemeente heeft mijn klacht ({d.P(c['kl'], 'CASE_NUMBER')}) ongegrond verklaard, maar niemand heeft naar "
        f"mijn kant van het verhaal geluisterd.",
        "De",
        "gemeente",
        "ongegrond",
        "verhaal",
    )


@shape("omb:dossiernummer-ombudsman")
def o_nr(d, c):
    R = c["R"]
    d.s(
        f"Geachte {d.tsur(R)}, uw verzoek is bij ons geregistreerd onder nummer {d.P(c['omb'], 'CASE_NUMBER')}.",
        "Geachte",
        "verzoek",
        "geregistreerd",
        "nummer",
    )


@shape("omb:bemiddelaar")
def o_bem(d, c):
    M = c["M"]
    d.s(
        f"Onze medewerker {d.full(M)} neemt telefonisch contact met u op om te bekijken of een bemiddelend gesprek "
        f"mogelijk is.",
        "Onze",
        "medewerker",
        "telefonisch",
        "bemiddelend",
    )


@shape("omb:contactgegevens-verzoeker")
def o_cont(d, c):
    R = c["R"]
    d.s(f"Contact: {d.P(c['tel'], 'PHONE')}, {d.email_res(R)}, {addr(d, c)} te {c['G']}", "Contact")


# telephone note
@shape("tel:notitie-kop")
def t_kop(d, c):
    R = c["R"]
    d.s(
        f"TELEFOONNOTITIE {fdate(d.r, c['d2'], 'num')}, {d.r.randint(9, 16)}:{d.r.choice(['05', '20', '40', '55'])}\n"
        f"Beller: {d.tsur(R, True)}, {d.P(c['tel'], 'PHONE')}",
        "TELEFOONNOTITIE",
        "Beller",
    )


@shape("tel:samenvatting")
def t_sam(d, c):
    O = c["O"]
    d.s(
        f"Beller is boos over het gesprek met {d.ini(O)} en wil een klacht indienen. Uitgelegd dat dit ook "
        f"mondeling kan.",
        "Beller",
        "boos",
        "Uitgelegd",
        "mondeling",
    )


@shape("tel:terugbelverzoek")
def t_terug(d, c):
    T = c["T"]
    d.s(f"Terugbelverzoek uitgezet bij teamleider {d.sur(T)}.", "Terugbelverzoek", "teamleider")


# chat
@shape("chat:teams-bericht")
def ch_teams(d, c):
    T, O = c["T"], c["O"]
    d.s(
        f"[{d.r.randint(8, 17)}:{d.r.randint(10, 59)}] {d.full(T)}: @{d.handle(O)} heb je die klacht al gezien? "
        f"Die meneer belt nu elke dag.",
        "Die",
        "klacht",
        "elke",
    )


@shape("chat:antwoord-ambtenaar")
def ch_ans(d, c):
    O = c["O"]
    d.s(
        f"[{d.r.randint(8, 17)}:{d.r.randint(10, 59)}] {d.full(O)}: ja, ik schrijf vandaag mijn reactie. Is "
        f"{d.first(c['C'])} ook aangehaakt?",
        "Is",
        "vandaag",
        "reactie",
        "aangehaakt",
    )


@shape("chat:whatsapp-familie")
def ch_wa(d, c):
    F, R = c["F"], c["R"]
    d.s(
        f"{d.first(F)}: {('pap' if R.g == 'm' else 'mam')}, heb je die klacht nou verstuurd of moet ik het doen? "
        f"stuur anders je geboortedatum even, {d.P(c['dob'], 'DATE_OF_BIRTH')} toch?",
        "stuur",
        "geboortedatum",
        "toch",
    )


# extension, registration, apology, informal handling, commission
@shape("verd:termijnverlenging")
def v_verl(d, c):
    R = c["R"]
    d.s(
        f"Geachte {d.tsur(R)},\nDe behandeling van uw klacht {d.P(c['kl'], 'CASE_NUMBER')} duurt langer dan zes "
        f"weken. Wij verdagen de beslissing met ten hoogste vier weken.",
        "Geachte",
        "behandeling",
        "verdagen",
        "beslissing",
    )


@shape("verd:reden")
def v_red(d, c):
    O = c["O"]
    d.s(
        f"De reden is dat {d.tsur(O)} tot {fdate(d.r, c['d3'], 'long')} met verlof is en wij ook "
        f"{'zijn' if O.g == 'm' else 'haar'} kant willen horen.",
        "De",
        "reden",
        "verlof",
        "kant",
    )


@shape("reg:export-regel")
def g_reg(d, c):
    R, O = c["R"], c["O"]
    d.s(
        f"{d.P(c['kl'], 'CASE_NUMBER')} | ontv. {fdate(d.r, c['d1'], 'num')} | klager: {d.ini(R)} | beklaagde: "
        f"{d.full(O)} | afdeling: {c['team'][0].upper() + c['team'][1:]} | status: in behandeling",
        "ontv",
        "klager",
        "beklaagde",
        "afdeling",
        "status",
    )


@shape("reg:categorie")
def g_cat(d, c):
    d.s(
        "Categorie: bejegening / houding medewerker | Kanaal: e-mail | Prioriteit: normaal",
        "Categorie",
        "bejegening",
        "Kanaal",
        "Prioriteit",
    )


@shape("excuus:teamleider")
def e_tl(d, c):
    R, T, O = c["R"], c["T"], c["O"]
    d.s(
        f"Beste {d.tsur(R)},\nNamens {c['team']} bied ik u excuses aan voor het gesprek met mijn collega "
        f"{d.ini(O)}. Dat ging niet zoals het hoort.",
        "Beste",
        "Namens",
        "excuses",
        "collega",
    )
    d.s(f"Met vriendelijke groet,\n{d.full(T)}, teamleider", "Met", "vriendelijke", "groet", "teamleider")


@shape("excuus:bloemen")
def e_bl(d, c):
    d.s(
        f"Als blijk van excuses ontvangt u een bos bloemen en de vergoeding van {c['amount']}.",
        "Als",
        "blijk",
        "bloemen",
        "vergoeding",
        c["amount"],
    )


@shape("inf:bemiddelaar-notitie")
def n_bem(d, c):
    M, R, O = c["M"], c["R"], c["O"]
    d.s(
        f"Notitie informele afhandeling ({d.initials(M)}): gesprek met {d.full(R)} en {d.sur(O)} op "
        f"{fdate(d.r, c['d2'], 'wd')} in wijkcentrum De Kubus.",
        "Notitie",
        "informele",
        "afhandeling",
        "wijkcentrum",
        "Kubus",
    )


@shape("inf:uitkomst")
def n_uit(d, c):
    R = c["R"]
    d.s(
        f"Uitkomst: {d.sur(R)} trekt de klacht in, op voorwaarde dat het dossier {d.P(c['dos'], 'CASE_NUMBER')} "
        f"binnen twee weken wordt herzien.",
        "Uitkomst",
        "voorwaarde",
        "dossier",
        "herzien",
    )


@shape("comm:advies")
def cm_adv(d, c):
    R, O = c["R"], c["O"]
    d.s(
        f"ADVIES VAN DE KLACHTENCOMMISSIE inzake de klacht van {d.full(R)} tegen {d.full(O)}",
        "ADVIES",
        "KLACHTENCOMMISSIE",
        "inzake",
    )


@shape("comm:overweging")
def cm_ov(d, c):
    O = c["O"]
    d.s(
        f"De commissie overweegt dat {d.sur(O)} als {c['role']} een voorbeeldfunctie heeft en dat van "
        f"{'hem' if O.g == 'm' else 'haar'} mag worden verwacht dat {'hij' if O.g == 'm' else 'zij'} geduldig "
        f"uitleg geeft.",
        "De",
        "commissie",
        "overweegt",
        "voorbeeldfunctie",
        "uitleg",
    )


@shape("comm:leden")
def cm_led(d, c):
    M, X = c["M"], c["X"]
    d.s(
        f"Leden: {d.ini(M)} (voorzitter), {d.ini(X)} (lid). Secretaris: {d.full(c['C'])}.",
        "Leden",
        "voorzitter",
        "lid",
        "Secretaris",
    )


@shape("sms:herinnering")
def sm_her(d, c):
    d.s(
        f"SMS van gemeente {c['G']}: Herinnering hoorgesprek {fdate(d.r, c['d2'], 'num')} 10.30 uur. Vragen? Bel "
        f"{c['gen']}. Kenmerk {d.P(c['kl'], 'CASE_NUMBER')}",
        "SMS",
        "Herinnering",
        "hoorgesprek",
        "Kenmerk",
    )


@shape("sent:adres-in-lopende-tekst")
def s_addr(d, c):
    R = c["R"]
    d.s(
        f"Ik woon sinds 2011 op {addr(d, c)} en heb nooit eerder problemen gehad met de gemeente.",
        "Ik",
        "problemen",
        "gemeente",
    )


@shape("sent:mediator-voorstel")
def s_med(d, c):
    M = c["M"]
    d.s(
        f"Bemiddelaar {d.full(M)} stelde voor eerst een verzoek tot afstemming te doen in plaats van een formele klacht.",
        "Bemiddelaar",
        "verzoek",
        "afstemming",
        "formele",
    )


@shape("sent:geboortedatum-zonder-cue")
def s_dob_nocue(d, c):
    R = c["R"]
    d.s(
        f"{d.full(R)} ({d.P(c['dob'], 'DATE_OF_BIRTH')}) staat volgens {c['team']} als vertrokken naar onbekend "
        f"ingeschreven, wat niet klopt.",
        "vertrokken",
        "onbekend",
        "ingeschreven",
    )


# known-name sentences: the ordinary lower-case use of the word in the resident's name
@shape("known:ordinair-gebruik")
def kn_use(d, c):
    word, use = c["known"]
    d.s(
        f"Het gesprek ging eigenlijk over {use}, maar dat wilde de medewerker niet horen.",
        "Het",
        "gesprek",
        "medewerker",
        word.lower(),
    )


@shape("known:ordinair-tussenzin")
def kn_mid(d, c):
    word, use = c["known"]
    d.s(f"Omdat ik het had over {use}, werd ik uitgelachen.", "Omdat", "uitgelachen", word.lower())


# ---------------------------------------------------------------- document kinds


def pick(r, fs, k):
    return r.sample(fs, min(k, len(fs)))


DOC_KINDS = {}


def kind(name):
    def deco(f):
        DOC_KINDS[name] = f
        SHAPES["doc:" + name] = f
        f.shape = "doc:" + name
        return f

    return deco


BODY = [
    s_balie,
    s_toon,
    s_hangup,
    s_vader,
    s_buur,
    s_bsn,
    s_dos,
    s_excuus,
    s_kind,
    s_iban,
    s_plate,
    s_eerder,
    s_collega,
    s_addr,
    s_med,
    s_dob_nocue,
    s_pers,
    s_reis,
]
ANGRY = [a_low, a_nick, a_miss, a_caps, a_ini, a_tel, a_poss, a_lowfull, a_pers]


@kind("klachtbrief")
def dk_letter(d, c, r):
    for f in (s_sender, s_placedate, s_betreft, s_aanhef):
        d.use(f, c)
    for f in pick(r, BODY, r.randint(3, 5)):
        d.use(f, c)
    d.use(s_sign_res, c)


@kind("boze-mail")
def dk_angry(d, c, r):
    d.s(f"Onderwerp: {r.choice(['KLACHT!!!', 'klacht over jullie medewerker', 'Dit pik ik niet'])}", "Onderwerp")
    for f in pick(r, ANGRY, r.randint(3, 5)):
        d.use(f, c)
    for f in pick(r, BODY, 1):
        d.use(f, c)
    d.use(a_sign, c)


@kind("klachtformulier")
def dk_form(d, c, r):
    for f in (f_form, f_omschr, f_opl):
        d.use(f, c)
    if r.random() < 0.5:
        d.use(r.choice([s_bsn, s_iban, s_plate]), c)


@kind("ontvangstbevestiging")
def dk_ack(d, c, r):
    d.use(k_kop, c)
    for f in [k_ontv] + pick(r, [k_wie, k_beh, k_hoor, k_info], r.randint(2, 4)):
        d.use(f, c)
    d.use(k_sign, c)


@kind("hoorverslag")
def dk_hoor(d, c, r):
    d.use(h_kop, c)
    d.use(h_aanw, c)
    for f in pick(r, [h_afw, h_klager, h_bekl, h_vz, h_fam, h_tolk, h_afspr], r.randint(3, 5)):
        d.use(f, c)
    d.use(h_vl, c)


@kind("reactie-ambtenaar")
def dk_resp(d, c, r):
    d.use(r_aanh, c)
    for f in [r_lez] + pick(r, [r_regels, r_erk, r_coll], r.randint(1, 3)):
        d.use(f, c)
    d.use(r_sign, c)


@kind("afdoeningsbrief")
def dk_concl(d, c, r):
    d.use(c_kop, c)
    d.use(c_ond, c)
    d.use(r.choice([c_geg, c_ong, c_deels]), c)
    for f in pick(r, [c_maat, e_bl, h_afspr], r.randint(1, 2)):
        d.use(f, c)
    d.use(c_omb, c)
    d.use(k_sign, c)


@kind("interne-mail")
def dk_mail(d, c, r):
    d.use(m_head, c)
    for f in pick(r, [m_tl, m_myc, m_att, m_fwd, m_term], r.randint(2, 4)):
        d.use(f, c)
    d.use(m_sign, c)


@kind("integriteitsmelding")
def dk_int(d, c, r):
    for f in (i_kop, i_melder, i_betr, i_feit):
        d.use(f, c)
    for f in pick(r, [i_auto, i_vp], r.randint(1, 2)):
        d.use(f, c)


@kind("ombudsman")
def dk_omb(d, c, r):
    if r.random() < 0.5:
        d.use(o_verz, c)
        d.use(o_afh, c)
        d.use(o_cont, c)
    else:
        d.use(o_nr, c)
        d.use(o_bem, c)
        d.use(o_afh, c)
    d.use(r.choice(BODY), c)


@kind("telefoonnotitie")
def dk_tel(d, c, r):
    for f in (t_kop, t_sam):
        d.use(f, c)
    for f in pick(r, [t_terug, s_eerder, s_dos, s_kind], r.randint(1, 3)):
        d.use(f, c)


@kind("chat")
def dk_chat(d, c, r):
    d.use(ch_teams, c)
    d.use(ch_ans, c)
    d.use(r.choice([m_myc, m_term, m_tl]), c)
    if r.random() < 0.5:
        d.use(ch_wa, c)


@kind("termijnverlenging")
def dk_verl(d, c, r):
    d.use(v_verl, c)
    d.use(v_red, c)
    d.use(k_info, c)
    d.use(k_sign, c)


@kind("registratie")
def dk_reg(d, c, r):
    d.use(g_reg, c)
    d.use(g_cat, c)
    for f in pick(r, [t_sam, s_dos, h_afspr], r.randint(1, 2)):
        d.use(f, c)


@kind("excuusbrief")
def dk_exc(d, c, r):
    d.use(e_tl, c)
    if r.random() < 0.6:
        d.use(e_bl, c)
    d.use(r.choice([s_iban, s_eerder, c_maat]), c)


@kind("informele-afhandeling")
def dk_inf(d, c, r):
    d.use(n_bem, c)
    d.use(s_med, c)
    d.use(n_uit, c)
    d.use(r.choice([s_toon, h_klager, r_erk]), c)


@kind("klachtencommissie")
def dk_comm(d, c, r):
    d.use(cm_adv, c)
    d.use(cm_ov, c)
    d.use(r.choice([c_geg, c_ong, c_deels]), c)
    d.use(cm_led, c)


@kind("sms-en-mail")
def dk_sms(d, c, r):
    d.use(sm_her, c)
    for f in pick(r, ANGRY, 2):
        d.use(f, c)
    d.use(a_sign, c)


def build(i: int, attempt: int) -> tuple[dict, Doc]:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    c = context(r, i)
    d = Doc(r, i)
    kname = sorted(DOC_KINDS)[i % len(DOC_KINDS)] if attempt == 0 else r.choice(sorted(DOC_KINDS))
    d.shapes.append("doc:" + kname)
    DOC_KINDS[kname](d, c, r)
    if c["known"]:
        f = r.choice([kn_use, kn_mid])
        d.use(f, c)
        R = c["R"]
        if not any(x["text"] == R.full for x in d.pii):
            d.lines.insert(0, f"Klager: {d.full(R)}")
            d.k("Klager")
    doc = {"id": f"fresh30d-{i:04d}", "text": d.text(), "pii": d.pii, "keep": d.keep}
    if c["known"]:
        R = c["R"]
        kn = {"names": [R.full]}
        em = [x["text"] for x in d.pii if x["label"] == "EMAIL" and ascii_fold(R.core).lower() in x["text"]]
        ph = [c["tel"]] if any(x["text"] == c["tel"] for x in d.pii) else []
        if em:
            kn["emails"] = em
        if ph:
            kn["phones"] = ph
        doc["known"] = kn
    return doc, d


# ---------------------------------------------------------------- gate


def _name_words(t):
    return {w.lower() for w in re.findall(r"\w+", t) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _name_words(n)
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _name_words(it["text"])
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k):
            if w.lower() in PARTICLES or len(w) <= 1:
                continue
            if w.lower() in names and not (w.islower() and w in known_words):
                return f"keep '{k}' shares a word with a name"
    return None


def generate():
    docs, stats = [], {"redraws": 0, "shapes": Counter(), "origins": Counter()}
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc, d = build(i, attempt)
            why = gate(doc)
            if why is None and len(doc["keep"]) >= 5:
                break
            attempt += 1
            stats["redraws"] += 1
            if attempt > 60:
                raise SystemExit(f"{i}: {why}")
        stats["shapes"].update(set(d.shapes))
        docs.append(doc)
    return docs, stats


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, stats = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh30d_texts.jsonl is up to date" if same else "fresh30d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  pii total      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes: {len(stats['shapes'])} used of {len(SHAPES)} registered "
            f"({sum(1 for s in stats['shapes'] if s.startswith('doc:'))} document kinds)"
        )
        print(f"origin groups in the name tables: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {stats['redraws']}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
