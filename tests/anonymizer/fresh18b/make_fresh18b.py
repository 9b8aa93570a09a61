#!/usr/bin/env python3
"""Generator of the blind corpus fresh18b: raw, uncorrected automatic speech recognition output (helper B2).

Captions, SRT and WebVTT subtitle files, diarised transcripts, contact-centre call transcripts with an automatic
summary, voice notes and voicemails in which residents talk about their conflict with the municipality.

    python make_fresh18b.py            write fresh18b_texts.jsonl
    python make_fresh18b.py --check    exit 1 if the committed file differs from what would be written
    python make_fresh18b.py --stats    counts per label, shapes, known-name documents, redraws
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
import names18b as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261412
N_DOCS = 300
OUT = HERE / "fresh18b_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> kind (doc, speaker, mark, utterance)
USED: Counter = Counter()


def shape(kind, name):
    SHAPES[name] = kind
    USED[name] += 1


# ---------------------------------------------------------------- spoken numbers
DIG = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
ORD = {
    1: "eerste",
    2: "tweede",
    3: "derde",
    4: "vierde",
    5: "vijfde",
    6: "zesde",
    7: "zevende",
    8: "achtste",
    9: "negende",
    10: "tiende",
    11: "elfde",
    12: "twaalfde",
}


def nw(n: int) -> str:
    """Dutch number word 0..99."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t]
    en = "ën" if DIG[u].endswith("e") else "en"
    return DIG[u] + en + TENS[t]


def year_words(y: int, r) -> str:
    if y >= 2000:
        return "tweeduizend " + nw(y - 2000) if y > 2000 else "tweeduizend"
    return "negentien" + r.choice(["", " "]) + nw(y - 1900)


def digit_words(s: str, r, p=1.0) -> str:
    return " ".join(DIG[int(ch)] if r.random() < p else ch for ch in s)


def parse_spoken(s: str) -> str:
    """Digits and letters of a spoken or written identifier (for the gate's checksum tests)."""
    out, toks, i = [], re.split(r"[\s\-./]+", s.lower()), 0
    while i < len(toks):
        t = toks[i]
        if t == "dubbel" and i + 1 < len(toks):
            nxt = parse_spoken(toks[i + 1])
            out.append(nxt * 2)
            i += 2
            continue
        if t in DIG:
            out.append(str(DIG.index(t)))
        elif t in ("één",):
            out.append("1")
        else:
            found = False
            for n in range(10, 100):
                if t == nw(n):
                    out.append(str(n))
                    found = True
                    break
            if not found:
                out.append(t)
        i += 1
    return "".join(out).upper()


# ---------------------------------------------------------------- identifiers
def make_bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def bsn_ok(s: str) -> bool:
    d = parse_spoken(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def make_iban(r) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    t = parse_spoken(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", t):
        return False
    return int("".join(str(int(ch, 36)) for ch in t[4:] + t[:4])) % 97 == 1


def strip_diacritics(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, particle, core, role, group):
        self.first, self.particle, self.core, self.role, self.group = first, particle, core, role, group
        self.known_word = None

    @property
    def sur(self):
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def sur_alone(self):
        s = self.sur
        return s[0].upper() + s[1:]


def compose_name(r, group):
    firsts, pre, suf, parts, fparts = N.GROUPS[group]
    if fparts and r.random() < 0.4:
        first = r.choice(fparts[0]) + r.choice(fparts[1])
    else:
        first = r.choice(firsts)
    core = r.choice(pre) + r.choice(suf)
    if group == "chinese" or group == "vietnamese":
        core = r.choice(pre)
    particle = ""
    if parts and (group == "dutch_particle" or r.random() < 0.5):
        particle = r.choice(parts)
    if group == "moroccan" and particle:
        core, particle = "El " + core, ""
    return first, particle, core


def new_person(r, role, group=None, used=None):
    for _ in range(50):
        g = group or r.choice(list(N.GROUPS))
        first, particle, core = compose_name(r, g)
        if used is not None and (first in used or core in used):
            continue
        if used is not None:
            used.update([first, core])
        return Person(first, particle, core, role, g)
    raise RuntimeError("no name")


def relative(r, base, role, used):
    firsts = N.GROUPS[base.group][0] if base.group in N.GROUPS else N.KNOWN_FIRSTS
    for _ in range(50):
        f = r.choice(firsts if r.random() < 0.8 else N.KNOWN_FIRSTS)
        if f not in used and f != base.first:
            used.add(f)
            return Person(f, base.particle, base.core, role, base.group)
    raise RuntimeError("no relative")


def misheard(core: str) -> str:
    s = strip_diacritics(core).lower()
    for a, b in [
        ("ij", "ei"),
        ("y", "ie"),
        ("c", "k"),
        ("ou", "au"),
        ("oe", "u"),
        ("sh", "sj"),
        ("kh", "g"),
        ("z", "s"),
        ("w", "v"),
        ("dt", "t"),
        ("ph", "f"),
        ("th", "t"),
        ("ae", "a"),
        ("ee", "e"),
    ]:
        if a in s:
            return s.replace(a, b, 1)
    return s[:-1] + s[-1] * 2 if s[-1] in "aeiou" else s + "e"


# ---------------------------------------------------------------- segments
class P:  # personal item
    def __init__(self, text, label):
        self.text, self.label = text, label


class K:  # keep word
    def __init__(self, text, fixed=False):
        self.text, self.fixed = text, fixed


class S:  # system text, not re-cased
    def __init__(self, text):
        self.text = text


FUNCTIONS = [
    "beleidsmedewerker",
    "handhaver",
    "consulent",
    "klantmanager",
    "wijkcoach",
    "jurist",
    "teamleider",
    "behandelaar",
    "medewerker",
    "inspecteur",
    "casemanager",
]
DEPTS = [
    "burgerzaken",
    "vergunningen",
    "belastingen",
    "handhaving",
    "schuldhulpverlening",
    "parkeerbeheer",
    "leerplicht",
    "stadsbeheer",
    "werk en inkomen",
    "bezwaar en beroep",
    "jeugdzorg",
    "omgevingsdienst",
]
TOPICS = [  # (phrase spoken, keep words in it)
    ("de last onder dwangsom voor de dakkapel", ["dwangsom", "dakkapel"]),
    ("de terugvordering van de bijstand", ["terugvordering", "bijstand"]),
    ("de parkeerboete die ik twee keer heb gekregen", ["parkeerboete"]),
    ("de kapvergunning voor de walnoot in de tuin", ["kapvergunning", "walnoot"]),
    ("de afwijzing van de traplift via de wmo", ["traplift", "wmo"]),
    ("de woz beschikking die veel te hoog is", ["beschikking"]),
    ("het dwangbevel voor de afvalstoffenheffing", ["dwangbevel", "afvalstoffenheffing"]),
    ("de uitschrijving uit de brp na het adresonderzoek", ["uitschrijving", "adresonderzoek"]),
    ("de geluidsoverlast van de horeca onder ons", ["geluidsoverlast", "horeca"]),
    ("het weggesleepte busje bij de markt", ["weggesleepte", "busje"]),
    ("de kwijtschelding van de rioolheffing", ["kwijtschelding", "rioolheffing"]),
    ("het leerlingenvervoer voor mijn zoon", ["leerlingenvervoer"]),
    ("de scootmobiel die al maanden kapot is", ["scootmobiel"]),
    ("de schutting die de handhaving weg wil hebben", ["schutting"]),
    ("de hondenbelasting terwijl de hond al dood is", ["hondenbelasting"]),
    ("de boete voor het afval naast de container", ["boete", "container"]),
    ("de mantelzorgwoning in de achtertuin", ["mantelzorgwoning", "achtertuin"]),
    ("het urgentieverzoek voor een andere woning", ["urgentieverzoek", "woning"]),
]
FILLERS = ["eh", "uhm", "nou ja", "ehm", "hè", "zeg maar", "weet je", "ja ja", "nou", "eh eh"]
BROKEN = [
    "de de gemeente",
    "ge- gemeente",
    "ik ik heb",
    "be- bezwaar",
    "het het is",
    "ze ze zeggen",
    "wa- wacht",
    "brie- brief",
    "dat dat klopt",
]


class Ctx:
    def __init__(self, r, i, known):
        self.r, self.i = r, i
        used = set()
        self.used = used
        if known:
            sur = r.choice(list(N.KNOWN))
            part, core = sur.split(" ", 1) if " " in sur else ("", sur)
            self.res = Person(r.choice(N.KNOWN_FIRSTS), part, core, "bewoner", "dutch_known")
            self.res.known_word = N.KNOWN[sur][0]
            used.update([self.res.first, core])
        else:
            self.res = new_person(r, "bewoner", used=used)
        self.known = known
        self.fam = relative(r, self.res, "", used)
        fem = self.fam.first in N.FEMALE
        self.fam.role = r.choice(["dochter", "vrouw", "zus"] if fem else ["zoon", "man", "broer"])
        self.nb = new_person(r, "buurman", used=used)
        self.off = new_person(r, "ambtenaar", used=used)
        self.off.function, self.off.dept = r.choice(FUNCTIONS), r.choice(DEPTS)
        self.off2 = new_person(r, "ambtenaar", used=used)
        self.off2.function, self.off2.dept = r.choice(FUNCTIONS), r.choice([d for d in DEPTS if d != self.off.dept])
        self.med = new_person(r, "mediator", used=used)
        self.ex = new_person(r, "ex", used=used)
        self.place = r.choice(N.PLACES)
        self.place2 = r.choice([p for p in N.PLACES if p != self.place])
        self.street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
        self.street2 = r.choice([s for s in N.STREET_A if not self.street.startswith(s)]) + r.choice(N.STREET_B)
        self.num = r.randint(2, 180)
        self.suffix = r.choice(["", "", "", "a", " bis", "-2", " huis"])
        self.pc = f"{r.randint(1000, 9999)} {r.choice('BCDEGHJKLMNPRTVWXZ')}{r.choice('BCEGHJKLMNPRTVWXZ')}"
        self.phone = "06" + "".join(str(r.randint(0, 9)) for _ in range(8))
        self.phone2 = (
            "0"
            + r.choice(["10", "20", "30", "40", "50", "70", "75", "13", "24", "45"])
            + "".join(str(r.randint(0, 9)) for _ in range(7))
        )
        self.bsn, self.bsn2 = make_bsn(r), make_bsn(r)
        self.iban = make_iban(r)
        self.dob = (r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2004))
        self.dob_child = (r.randint(1, 28), r.randint(1, 12), r.randint(2008, 2020))
        L = "BDFGHJKLNPRSTVXZ"
        self.plate = r.choice(
            [
                lambda: f"{r.choice(L)}{r.choice(L)}-{r.randint(100, 999)}-{r.choice(L)}",
                lambda: f"{r.randint(1, 9)}-{r.choice(L)}{r.choice(L)}{r.choice(L)}-{r.randint(10, 99)}",
                lambda: f"{r.randint(10, 99)}-{r.choice(L)}{r.choice(L)}{r.choice(L)}-{r.randint(1, 9)}",
                lambda: f"{r.choice(L)}{r.choice(L)}{r.choice(L)}-{r.randint(10, 99)}-{r.choice(L)}",
                lambda: f"{r.choice(L)}-{r.randint(100, 999)}-{r.choice(L)}{r.choice(L)}",
            ]
        )()
        yy = r.randint(23, 26)
        self.case = r.choice(
            [
                lambda: f"VTA-20{yy}-{r.randint(1000, 9999)}",
                lambda: f"MOR{r.randint(100000, 999999)}",
                lambda: f"BZW/{yy}/{r.randint(10000, 99999)}",
                lambda: f"ZK{yy}.{r.randint(100, 999)}.{r.randint(10, 99)}",
                lambda: f"HH-{r.randint(1000, 9999)}-{r.choice(L)}{r.choice(L)}",
                lambda: f"WZ{r.randint(1000000, 9999999)}",
                lambda: f"D{yy}-{r.randint(100, 999)}-{r.randint(100, 999)}",
            ]
        )()
        self.call_id = f"{r.randint(10, 99)}{r.choice('abcdef')}{r.randint(1000, 9999)}"
        self.topic = r.choice(TOPICS)
        self.mode = "names" if known else r.choice(["lower", "lower", "lower", "random", "names"])
        self.email_user = r.choice(["dot", "initial", "joined", "year"])
        self.provider = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "live.nl",
                "icloud.com",
                "xs4all.nl",
                "home.nl",
                "planet.nl",
            ]
        )
        self.known_emails, self.known_phones = [], []

    # ---- casing of personal names
    def case_name(self, s: str, p: Person) -> str:
        if p.known_word:
            return s
        if self.mode == "lower" or (self.mode == "random" and self.r.random() < 0.6):
            return s.lower()
        return s

    def name(self, p: Person, form: str):
        r = self.r
        if p.known_word and form not in ("full", "first", "sur", "sur_alone", "poss_first", "poss_sur", "upper"):
            form = r.choice(["full", "sur"])
        if form == "full":
            return P(self.case_name(p.full, p), "PERSON")
        if form == "first":
            return P(self.case_name(p.first, p), "PERSON")
        if form == "sur":
            return P(self.case_name(p.sur, p), "PERSON")
        if form == "sur_alone":
            return P(self.case_name(p.sur_alone, p), "PERSON")
        if form == "poss_first":
            return P(self.case_name(p.first, p) + "'s", "PERSON")
        if form == "poss_sur":
            return P(self.case_name(p.sur, p) + "'s", "PERSON")
        if form == "upper":
            return P(p.full.upper(), "PERSON")
        if form == "joined":
            shape("utterance", "name_joined")
            if " " in p.sur:
                return P(p.sur.replace(" ", "").lower(), "PERSON")
            return P((p.first + p.core).replace(" ", "").replace("-", "").lower(), "PERSON")
        if form == "nodiac":
            t = strip_diacritics(p.full).lower()
            if t != p.full.lower():
                shape("utterance", "name_nodiacritics")
            return P(t, "PERSON")
        if form == "split":
            c = p.core.replace(" ", "").replace("-", "")
            if len(c) >= 6:
                k = len(c) // 2
                return P(f"{c[:k]} {c[k:]}".lower(), "PERSON")
            return P(self.case_name(p.core, p), "PERSON")
        if form == "spelled":
            c = strip_diacritics(p.core.replace(" ", "").replace("-", ""))
            sp = "-".join(c.lower() if self.mode == "lower" else c.upper())
            return P(sp, "PERSON")
        if form == "misheard":
            return P(misheard(p.core), "PERSON")
        raise ValueError(form)

    def title(self, p: Person) -> str:
        fem = p.first in N.FEMALE
        return self.r.choice(["mevrouw", "mevr", "mw"] if fem else ["meneer", "de heer", "dhr"])

    # ---- identifiers in spoken or written forms
    def bsn_f(self, b=None):
        r, b = self.r, b or self.bsn
        st = r.randrange(6)
        shape("identifier", f"bsn_style{st}")
        t = [
            b,
            f"{b[:3]} {b[3:6]} {b[6:]}",
            digit_words(b, r),
            digit_words(b, r, 0.5),
            f"{b[:4]} {b[4:6]} {b[6:]}",
            " ".join(b[i : i + 2] for i in range(0, 9, 2)),
        ][st]
        return P(t, "BSN")

    def iban_f(self):
        r, x = self.r, self.iban
        st = r.randrange(5)
        shape("identifier", f"iban_style{st}")
        g = " ".join(x[i : i + 4] for i in range(0, 18, 4))
        t = [
            g,
            x.lower(),
            " ".join(x[:2].lower()) + " " + x[2:4] + " " + " ".join(x[4:8].lower()) + " " + x[8:],
            g.lower(),
            x[:4].lower() + " " + x[4:8].lower() + " " + digit_words(x[8:], r, 0.6),
        ][st]
        return P(t, "IBAN")

    def phone_f(self, ph=None):
        r, ph = self.r, ph or self.phone
        st = r.randrange(6)
        shape("identifier", f"phone_style{st}")
        if ph.startswith("06"):
            rest = ph[2:]
            t = [
                f"nul zes {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
                f"06 {rest}",
                f"06-{rest}",
                " ".join(ph),
                f"+31 6 {rest[:4]} {rest[4:]}",
                f"nul zes {rest[:4]} {digit_words(rest[4:], r, 0.3)}",
            ][st]
        else:
            a, rest = ph[:3], ph[3:]
            t = [
                f"{a} {rest}",
                f"{a}-{rest}",
                f"nul {nw(int(a[1:]))} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"{a} {rest[:3]} {rest[3:]}",
                f"+31 {a[1:]} {rest}",
                f"({a}) {rest}",
            ][st]
        return P(t, "PHONE")

    def email_f(self, p=None, spoken=None):
        r, p = self.r, p or self.res
        f, s = strip_diacritics(p.first).lower(), strip_diacritics(p.sur).lower().replace(" ", "").replace("'", "")
        user = (
            {
                "dot": f"{f}.{s}",
                "initial": f"{f[0]}.{s}",
                "joined": f"{f}{s}",
                "year": f"{f}{s}{self.dob[2] % 100:02d}",
            }[self.email_user]
            if p is self.res
            else f"{f[0]}.{s}"
        )
        dom = self.provider if p is self.res else f"{self.place.lower()}.nl"
        addr = f"{user}@{dom}"
        if p is self.res and addr not in self.known_emails:
            self.known_emails.append(addr)
        spoken = r.random() < 0.5 if spoken is None else spoken
        if spoken:
            shape("utterance", "email_spoken")
            u = user.replace(".", " punt ")
            d = dom.replace(".", " punt ")
            return P(f"{u} {r.choice(['apenstaartje', 'at', 'add'])} {d}", "EMAIL")
        return P(addr, "EMAIL")

    def addr_f(self, with_num=True):
        r = self.r
        st = self.street if self.mode != "random" or r.random() < 0.5 else self.street.lower()
        st = st.lower() if self.mode == "lower" else st
        if not with_num:
            return P(st, "ADDRESS")
        if r.random() < 0.35 and self.num < 100 and not self.suffix:
            shape("utterance", "address_number_words")
            return P(f"{st} {nw(self.num)}", "ADDRESS")
        return P(f"{st} {self.num}{self.suffix}", "ADDRESS")

    def pc_f(self):
        r, pc = self.r, self.pc
        st = r.randrange(5)
        shape("identifier", f"postcode_style{st}")
        d, l = pc[:4], pc[5:]
        t = [
            pc,
            pc.lower(),
            (d + l).lower(),
            f"{d[:2]} {d[2:]} {l[0].lower()} {l[1].lower()}",
            f"{nw(int(d[:2]))} {nw(int(d[2:]))} {l[0].lower()} {l[1].lower()}" if d[2] != "0" else pc.lower(),
        ][st]
        return P(t, "POSTCODE")

    def plate_f(self):
        r, x = self.r, self.plate
        st = r.randrange(4)
        shape("identifier", f"plate_style{st}")
        t = [x, x.lower().replace("-", " "), " ".join(x.replace("-", "")).lower(), x.replace("-", "").lower()][st]
        return P(t, "LICENSE_PLATE")

    def case_f(self):
        r, x = self.r, self.case
        st = r.randrange(3)
        shape("identifier", f"case_style{st}")
        if st == 0:
            return P(x, "CASE_NUMBER")
        if st == 1:
            return P(x.lower(), "CASE_NUMBER")
        out = []
        for ch in x:
            out.append({"-": "streepje", "/": "slash", ".": "punt"}.get(ch, ch.lower()))
        return P(" ".join(out), "CASE_NUMBER")

    def dob_f(self, dob=None):
        r = self.r
        d, m, y = dob or self.dob
        st = r.randrange(10)
        shape("identifier", f"dob_style{st}")
        t = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{nw(d)} {MONTHS[m - 1]} {year_words(y, r)}",
            f"{d} {m} {y % 100:02d}",
            f"{d}{m:02d}{y}" if d > 9 else f"0{d}{m:02d}{y}",
            f"de {ORD[d] if d in ORD else str(d) + 'e'} van de {ORD[m]} {y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/'{y % 100:02d}",
            f"{nw(d)} {MONTHS[m - 1]} '{y % 100:02d}",
            f"{d}.{m:02d}.{y}",
        ][st]
        return P(t, "DATE_OF_BIRTH")

    def k(self, w):
        return K(w)

    def topic_segs(self):
        phrase, kws = self.topic
        out = []
        for w in phrase.split(" "):
            out.append(K(w) if w in kws else w)
        return out

    def fill(self):
        return self.r.choice(FILLERS)

    def date(self):
        r = self.r
        return [r.choice(DAYS), str(r.randint(1, 28)), r.choice(MONTHS[6:])]


# ---------------------------------------------------------------- utterance templates
UTT: dict[str, tuple] = {}


def utt(role, name):
    def deco(fn):
        UTT[name] = (role, fn)
        SHAPES[name] = "utterance"
        return fn

    return deco


@utt("R", "u_intro_full")
def _(c):
    return ["ja goedemiddag u spreekt met", c.name(c.res, "full"), c.fill(), "ik bel over", *c.topic_segs()]


@utt("R", "u_intro_repeat_first")
def _(c):
    f = c.name(c.res, "first")
    return [
        "hallo ja met",
        f,
        P(f.text, "PERSON"),
        c.fill(),
        c.name(c.res, "full"),
        "sorry de",
        K("verbinding"),
        "hapert",
    ]


@utt("R", "u_spell_sur")
def _(c):
    return ["mijn achternaam is", c.name(c.res, "sur"), "dat spel ik", c.name(c.res, "spelled"), "ja precies"]


@utt("R", "u_joined_sur")
def _(c):
    return ["het staat in jullie systeem als", c.name(c.res, "joined"), "aan elkaar maar dat is fout"]


@utt("R", "u_dob_cue")
def _(c):
    return ["mijn geboortedatum is", c.fill(), c.dob_f()]


@utt("R", "u_dob_nocue")
def _(c):
    return ["ik ben van", c.dob_f(), "dus ik ben niet meer de jongste"]


@utt("R", "u_bsn_pass")
def _(c):
    return ["wacht ik pak even mijn", K("pasje"), c.fill(), "het nummer is", c.bsn_f()]


@utt("R", "u_bsn_bsn")
def _(c):
    return ["mijn bsn", c.fill(), c.bsn_f(), "heb ik al drie keer doorgegeven"]


@utt("R", "u_address_live")
def _(c):
    return ["ik woon op de", c.addr_f(), "in", K(c.place), "al twintig jaar"]


@utt("R", "u_postcode")
def _(c):
    return [K("postcode"), c.pc_f(), c.fill(), "ja dat klopt"]


@utt("R", "u_phone_reach")
def _(c):
    return ["u kunt me", K("bereiken"), "op", c.phone_f(), "na vijf uur"]


@utt("R", "u_email")
def _(c):
    return ["mijn mail is", c.email_f(), "alles kleine letters"]


@utt("R", "u_iban")
def _(c):
    return ["het geld moet terug op", c.iban_f(), "dat is mijn", K("rekening")]


@utt("R", "u_plate_tow")
def _(c):
    return ["ze hebben mijn auto", c.plate_f(), "gewoon weggesleept zonder", K("waarschuwing")]


@utt("R", "u_case_letter")
def _(c):
    return ["op de brief staat", c.k("zaaknummer"), c.case_f(), c.fill(), "van", K(c.off.dept)]


@utt("R", "u_official_said")
def _(c):
    return ["die", c.off.function, "van", K(c.off.dept), c.name(c.off, "full"), "die zei dat het in orde was"]


@utt("R", "u_official_callback")
def _(c):
    return [
        "ik heb gebeld met",
        c.fill(),
        c.name(c.off, "first"),
        "van",
        c.off.dept,
        "die zou",
        K("terugbellen"),
        "maar nou ja niks",
    ]


@utt("R", "u_family_helps")
def _(c):
    return ["mijn", c.fam.role, c.name(c.fam, "full"), "helpt me met de", K("brieven")]


@utt("R", "u_neighbour_saw")
def _(c):
    return [
        "mijn",
        "buurvrouw" if c.nb.first in N.FEMALE else "buurman",
        c.fill(),
        c.name(c.nb, "full"),
        "op nummer",
        str(c.r.randint(1, 99)),
        "die heeft het ook gezien",
    ]


@utt("R", "u_unintelligible")
def _(c):
    return [c.title(c.off2), "[onverstaanbaar]", c.name(c.off2, "sur"), "van", K(c.off2.dept), "weet er ook van"]


@utt("R", "u_misheard")
def _(c):
    return [c.title(c.off), c.name(c.off, "misheard"), c.fill(), c.name(c.off, "sur"), "bedoel ik"]


@utt("R", "u_split_name")
def _(c):
    return ["en dan die", c.name(c.off2, "split"), "van de", K("wijkteam"), "die kwam niet opdagen"]


@utt("R", "u_amount")
def _(c):
    a = c.r.randint(120, 950)
    return [
        "ik heb",
        str(a),
        "euro betaald",
        c.fill(),
        ("" if a < 200 else nw(a // 100)) + "honderd",
        "nog wat",
        K("euro"),
    ]


@utt("R", "u_letter_date")
def _(c):
    d = c.date()
    return ["op", K(d[0]), d[1], K(d[2]), "kreeg ik de", K("beschikking"), "van", K(c.off.dept)]


@utt("R", "u_spouse_tax")
def _(c):
    return ["de", K("aanslag"), "stond op naam van mijn", c.fam.role, c.name(c.fam, "first"), c.name(c.fam, "sur")]


@utt("R", "u_child_dob")
def _(c):
    return [
        "mijn",
        c.fam.role,
        c.name(c.fam, "first"),
        "geboren",
        c.dob_f(c.dob_child),
        "valt ook onder de",
        K("regeling"),
    ]


@utt("R", "u_ex_car")
def _(c):
    return [
        "mijn ex",
        c.name(c.ex, "full"),
        "heeft de auto nog op",
        "haar" if c.ex.first in N.FEMALE else "zijn",
        "naam",
        c.plate_f(),
    ]


@utt("R", "u_object_decision")
def _(c):
    d = c.date()
    return ["ik wil", c.fill(), "bezwaar maken tegen het", K("besluit"), "van", d[1], K(d[2])]


@utt("R", "u_partner_phone")
def _(c):
    return ["of bel mijn", c.fam.role, c.name(c.fam, "first"), "op", c.phone_f(c.phone2)]


@utt("R", "u_sibling_place")
def _(c):
    return [
        "mijn",
        c.fam.role,
        c.name(c.fam, "poss_first"),
        "adres is in",
        K(c.place2),
        "daar kwam de",
        K("aanmaning"),
        "ook",
    ]


@utt("R", "u_broken_words")
def _(c):
    return [c.r.choice(BROKEN), "niks gedaan", c.r.choice(BROKEN), "het", K("dossier"), "kwijt"]


@utt("R", "u_corner_streets")
def _(c):
    return [
        "het is op de hoek van de",
        c.addr_f(False),
        "en de",
        P(c.street2.lower(), "ADDRESS"),
        "bij de",
        K("speeltuin"),
    ]


@utt("R", "u_possessive_official")
def _(c):
    return [c.name(c.off, "poss_sur"), "collega van", K(c.off.dept), "zei precies het tegenovergestelde"]


@utt("R", "u_nodiac")
def _(c):
    seg = c.name(c.res, "nodiac")
    if seg.text != c.res.full.lower():
        return ["het is", seg, "zonder die tekentjes op de brief"]
    return ["het is", seg, "zo staat het ook op de", K("brief")]


@utt("R", "u_voicemail_hello")
def _(c):
    return [
        "hallo met",
        c.name(c.res, "full"),
        "ik probeer",
        c.name(c.off, "full"),
        "te bereiken over",
        *c.topic_segs(),
    ]


@utt("R", "u_reminder_self")
def _(c):
    d = c.date()
    return ["niet vergeten", c.name(c.off, "first"), "bellen over", c.case_f(), "voor", K(d[0])]


@utt("R", "u_numbers_mixed")
def _(c):
    return [
        "ik ben",
        nw(c.r.randint(30, 89)),
        "jaar en ik heb",
        str(c.r.randint(2, 6)),
        K("kinderen"),
        c.fill(),
        "en dan dit",
    ]


@utt("R", "u_wheelchair")
def _(c):
    return ["ik zit in een", K("rolstoel"), "en de", K("wmo"), c.fill(), "die doet niks"]


@utt("R", "u_old_address")
def _(c):
    return ["vroeger woonden we op de", P(c.street2, "ADDRESS"), "maar nu", c.addr_f()]


@utt("R", "u_full_postal")
def _(c):
    return ["mijn adres is", c.addr_f(), c.pc_f(), K(c.place)]


@utt("R", "u_neighbour_sur")
def _(c):
    return ["die", c.title(c.nb), c.name(c.nb, "sur"), "van hiernaast heeft ook een", K("melding"), "gedaan"]


@utt("O", "o_verify_dob")
def _(c):
    return ["klopt het dat u geboren bent op", c.dob_f()]


@utt("O", "o_verify_address")
def _(c):
    return ["uw adres is nog steeds", c.addr_f(), c.pc_f(), "in", K(c.place)]


@utt("O", "o_self_intro")
def _(c):
    return ["u spreekt met", c.name(c.off, "full"), c.off.function, "bij", K(c.off.dept), "waarmee kan ik u helpen"]


@utt("O", "o_file_case")
def _(c):
    return [
        "ik heb het",
        K("dossier"),
        "voor me",
        c.fill(),
        c.case_f(),
        "op naam van",
        c.title(c.res),
        c.name(c.res, "sur"),
    ]


@utt("O", "o_ask_bsn")
def _(c):
    return ["mag ik uw", K("burgerservicenummer"), c.fill(), "ja", c.bsn_f(), "dank u"]


@utt("O", "o_repeat_phone")
def _(c):
    return ["ik herhaal even", c.phone_f(), "klopt dat"]


@utt("O", "o_official_email")
def _(c):
    return ["u kunt mij mailen op", c.email_f(c.off), "of algemeen", K(f"info@{c.place.lower()}.nl")]


@utt("O", "o_general_number")
def _(c):
    return ["anders belt u", K(f"14 0{c.r.randint(10, 99)}"), "en vraagt u naar", K("team"), c.off2.dept]


@utt("O", "o_melding_date")
def _(c):
    d = c.date()
    return ["ik zie hier een", K("melding"), "van", d[1], K(d[2]), "op naam van", c.name(c.res, "full")]


@utt("O", "o_colleague")
def _(c):
    return ["mijn collega", c.name(c.off2, "full"), c.off2.function, "van", K(c.off2.dept), "neemt het over"]


@utt("O", "o_iban_check")
def _(c):
    return ["wij hebben als", K("rekeningnummer"), c.iban_f(), "staan"]


@utt("O", "o_plate_check")
def _(c):
    return ["het gaat om het", K("kenteken"), c.plate_f(), "toch"]


@utt("O", "o_spell_back")
def _(c):
    return ["dus", c.name(c.res, "spelled"), "met", c.fill(), "ja ik heb het"]


@utt("O", "o_term")
def _(c):
    return ["u heeft zes weken", K("bezwaartermijn"), "en dat staat ook in de", K("brief")]


@utt("O", "o_email_resident")
def _(c):
    return ["en uw mailadres", c.email_f(spoken=False), "klopt dat nog"]


@utt("M", "m_intro")
def _(c):
    return ["ik ben", c.name(c.med, "full"), "mediator van de gemeente", K(c.place), "ik zit hier", K("neutraal")]


@utt("M", "m_summary")
def _(c):
    return [
        "dus als ik het goed begrijp",
        c.title(c.res),
        c.name(c.res, "sur"),
        "wilt u dat",
        *c.topic_segs(),
        "wordt heroverwogen",
    ]


@utt("M", "m_ask_official")
def _(c):
    return [c.name(c.off, "first"), "kunt u vanuit", K(c.off.dept), "uitleggen waarom"]


@utt("M", "m_agreement")
def _(c):
    d = c.date()
    return [
        "we spreken af dat",
        c.name(c.off2, "sur_alone"),
        "voor",
        K(d[0]),
        "terugkoppelt aan",
        c.name(c.res, "first"),
    ]


@utt("F", "f_family_speaks")
def _(c):
    return ["ik ben", c.name(c.fam, "first"), "de", c.fam.role, "van", c.name(c.res, "full"), "ik doe het", K("woord")]


@utt("F", "f_family_poss")
def _(c):
    return [c.name(c.res, "poss_first"), "brieven komen nooit aan", c.fill(), "die", K("brievenbus"), "is kapot"]


@utt("U", "x_unknown_remark")
def _(c):
    return ["[onverstaanbaar]", c.fill(), "de", K("wethouder"), "weet het ook"]


@utt("U", "x_neighbour_joined")
def _(c):
    return ["was het niet", c.name(c.nb, "joined"), "die heeft", K("geklaagd")]


TOPIC_ROLE = {"R", "O", "M", "F", "U"}


# ---------------------------------------------------------------- document kinds
def ts_srt(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{int((t % 1) * 1000):03d}"


def ts_vtt(t):
    return ts_srt(t).replace(",", ".")


SPK_STYLES = {
    "spk_under": lambda n: f"spk_{n}",
    "speaker_caps": lambda n: f"SPEAKER_{n:02d}",
    "spreker_num": lambda n: f"Spreker {n + 1}",
    "spreker_letter": lambda n: f"Spreker {'ABCDE'[n]}",
    "deelnemer": lambda n: f"Deelnemer {n + 3}",
    "s_short": lambda n: f"S{n + 1}",
}
for _k in SPK_STYLES:
    SHAPES[_k] = "speaker"
SHAPES["spk_onbekend"] = "speaker"
ROLE_NUM = {"R": 0, "O": 1, "M": 2, "F": 3, "U": 4}


def mark(c, segs):
    r = c.r
    x = r.random()
    if x < 0.15:
        shape("mark", "mark_conf")
        return segs + [f"({r.randint(21, 69) / 100:.2f})"]
    if x < 0.22:
        shape("mark", "mark_unk")
        return segs + ["<unk>"]
    if x < 0.28:
        shape("mark", "mark_stars")
        return segs + ["***"]
    return segs


def pick_utts(c, roles, n):
    r = c.r
    names = [k for k, (ro, _) in UTT.items() if ro in roles]
    out = []
    if c.known:
        out.append(("R", "u_intro_full"))
    while len(out) < n:
        k = r.choice(names)
        if (UTT[k][0], k) not in out:
            out.append((UTT[k][0], k))
    r.shuffle(out)
    res = []
    for role, k in out:
        shape("utterance", k)
        res.append((role, mark(c, UTT[k][1](c))))
    if c.known:
        word, phrase = N.KNOWN[(c.res.particle + " " + c.res.core).strip()]
        pre, post = phrase.split(word, 1) if f" {word} " in f" {phrase} " else (phrase, "")
        res.insert(r.randrange(len(res) + 1), ("R", [pre.strip(), K(word, fixed=True), post.strip()]))
        shape("utterance", "u_known_ordinary")
    return res


def doc_srt(c, r):
    t = r.uniform(0, 300)
    out = []
    for n, (role, segs) in enumerate(pick_utts(c, "ROMFU", r.randint(6, 10)), 1):
        d = r.uniform(1.5, 6)
        pre = [S(f"[{c.spk(role)}]")] if c.spk_in_text else []
        out += [S(f"{n}\n{ts_srt(t)} --> {ts_srt(t + d)}\n")] + pre + segs + [S("\n\n")]
        t += d + r.uniform(0, 1)
    return out


def doc_vtt(c, r):
    t = r.uniform(0, 300)
    out = [S("WEBVTT\n"), S(r.choice(["Kind: captions\nLanguage: nl\n\n", "\nNOTE automatisch gegenereerd\n\n", "\n"]))]
    for n, (role, segs) in enumerate(pick_utts(c, "ROMFU", r.randint(6, 10)), 1):
        d = r.uniform(1.5, 6)
        cue_id = r.choice([f"{n}\n", f"seg-{n:03d}\n", ""])
        out += [S(f"{cue_id}{ts_vtt(t)} --> {ts_vtt(t + d)}\n<v {c.spk(role)}>")] + segs + [S("</v>\n\n")]
        t += d + r.uniform(0, 1)
    return out


def doc_meeting(c, r):
    h, m, s = r.randint(8, 16), r.randint(0, 59), r.randint(0, 59)
    out = [K(r.choice(["Live", "Transcriptie", "Ondertiteling"]), True), S(" vergadering (automatisch)\n")]
    for role, segs in pick_utts(c, "ROMFU", r.randint(6, 11)):
        s += r.randint(3, 40)
        m, s = m + s // 60, s % 60
        h, m = h + m // 60, m % 60
        out += [S(f"[{h:02d}:{m:02d}:{s:02d}] {c.spk(role)}: ")] + segs + [S("\n")]
    return out


def doc_diar(c, r):
    t = r.uniform(0, 100)
    out = []
    for role, segs in pick_utts(c, "ROMFU", r.randint(6, 11)):
        d = r.uniform(2, 9)
        out += [S(f"{c.spk(role)} [{t:.1f}-{t + d:.1f}] ")] + segs + [S("\n")]
        t += d
    return out


def doc_hearing(c, r):
    out = [
        K(r.choice(["Hoorzitting", "Adviescommissie"]), True),
        S(" bezwaarschriften – "),
        K("automatische", True),
        S(" transcriptie, niet gecorrigeerd\n\n"),
    ]
    t = r.randint(30, 600)
    for role, segs in pick_utts(c, "ROMF", r.randint(7, 11)):
        t += r.randint(5, 70)
        out += [S(f"{c.spk(role)}  {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}\n")] + segs + [S("\n\n")]
    return out


def doc_json(c, r):
    t = r.uniform(0, 60)
    out = []
    for role, segs in pick_utts(c, "ROMFU", r.randint(6, 9)):
        d = r.uniform(1, 7)
        out += (
            [
                S(
                    f'{{"speaker": "{c.spk(role)}", "start": {t:.2f}, "end": {t + d:.2f}, '
                    f'"confidence": {r.randint(40, 97) / 100}, "text": "'
                )
            ]
            + segs
            + [S('"}\n')]
        )
        t += d
    return out


def doc_call(c, r):
    d = c.date()
    agent = r.choice(["Agent", "Medewerker", "spk_1"])
    klant = r.choice(["Klant", "Beller", "spk_0"])
    out = [
        S(f"Gesprek-ID: {c.call_id}\nKanaal: telefoon\nDatum: "),
        K(d[0].capitalize(), True),
        S(f" {d[1]} "),
        K(d[2], True),
        S(f" 2026\nWachtrij: {c.off.dept.capitalize()}\n\nTranscript (automatisch)\n"),
    ]
    for role, segs in pick_utts(c, "RO", r.randint(5, 9)):
        out += [S(f"{agent if role == 'O' else klant}: ")] + segs + [S("\n")]
    shape("doc", "call_summary")
    kws = c.topic[1]
    summ = [
        S("\nAutomatische samenvatting: Klant "),
        P(c.res.full, "PERSON"),
        S(" (geb. "),
        P(f"{c.dob[0]}-{c.dob[1]}-{c.dob[2]}", "DATE_OF_BIRTH"),
        S(") belt over "),
        S(c.topic[0] + ". "),
        K("Terugbelverzoek", True),
        S(" naar "),
        P(f"06-{c.phone[2:]}", "PHONE"),
        S(".\n"),
    ]
    if r.random() < 0.5:
        shape("doc", "call_summary_case")
        summ += [S("Zaak: "), P(c.case, "CASE_NUMBER"), S("\n")]
    summ += [K("Trefwoorden", True), S(": " + ", ".join(kws + [c.off.dept]) + "\n")]
    return out + summ


def doc_voicenote(c, r):
    d = c.date()
    out = [
        K("Spraakmemo", True),
        S(f" {d[0]} {r.randint(7, 22)}:{r.randint(0, 59):02d}\n"),
        K("Transcriptie", True),
        S(":\n"),
    ]
    for _, segs in pick_utts(c, "R", r.randint(5, 8)):
        out += segs
    return out


def doc_voicemail(c, r):
    ph = c.phone_f()
    out = [
        K("Nieuwe", True),
        S(f" voicemail · {r.randint(0, 2)}:{r.randint(5, 59):02d}\nVan: "),
        P(ph.text, "PHONE"),
        S("\n"),
    ]
    for _, segs in pick_utts(c, "R", r.randint(4, 7)):
        out += segs
    out += [S("\n(transcriptie " + r.choice(["onzeker", "betrouwbaarheid laag", "automatisch"]) + ")")]
    return out


DOCS = {
    "doc_srt": doc_srt,
    "doc_vtt": doc_vtt,
    "doc_meeting": doc_meeting,
    "doc_diar": doc_diar,
    "doc_hearing": doc_hearing,
    "doc_json": doc_json,
    "doc_call": doc_call,
    "doc_voicenote": doc_voicenote,
    "doc_voicemail": doc_voicemail,
}
for _k in DOCS:
    SHAPES[_k] = "doc"
SHAPES.update(
    {
        "call_summary": "doc",
        "call_summary_case": "doc",
        "mark_conf": "mark",
        "mark_unk": "mark",
        "mark_stars": "mark",
        "name_joined": "utterance",
        "name_nodiacritics": "utterance",
        "address_number_words": "utterance",
        "email_spoken": "utterance",
        "u_known_ordinary": "utterance",
        "speaker_names_meeting": "speaker",
    }
)
for _n, _k in [
    (6, "bsn_style"),
    (5, "iban_style"),
    (6, "phone_style"),
    (5, "postcode_style"),
    (4, "plate_style"),
    (3, "case_style"),
    (10, "dob_style"),
]:
    for _j in range(_n):
        SHAPES[f"{_k}{_j}"] = "identifier"


# ---------------------------------------------------------------- assembly
def render(c, segs):
    r = c.r
    parts, pii, keep = [], [], []
    for s in segs:
        if isinstance(s, str):
            if not s:
                continue
            t = s
            if c.mode == "random":
                t = " ".join(w.capitalize() if r.random() < 0.12 else w for w in t.split(" "))
            parts.append(t + " ")
        elif isinstance(s, P):
            parts.append(s.text + " ")
            pii.append({"text": s.text, "label": s.label})
        elif isinstance(s, K):
            t = s.text
            if c.mode == "random" and not s.fixed and r.random() < 0.3:
                t = t.capitalize()
            parts.append(t + " ")
            keep.append(t)
        else:
            if parts and s.text and s.text[0] in '\n"(<*)' and parts[-1].endswith(" "):
                parts[-1] = parts[-1][:-1]
            parts.append(s.text)
    text = "".join(parts).strip()
    text = re.sub(r"[ ]+\n", "\n", text)
    text = re.sub(r"  +", " ", text)
    text = re.sub(r" ([:,.])(\s)", r"\1\2", text)
    seen, pii2 = set(), []
    for it in pii:
        if (it["text"], it["label"]) not in seen:
            seen.add((it["text"], it["label"]))
            pii2.append(it)
    kseen, keep2 = set(), []
    for k in keep:
        if k.lower() not in kseen:
            kseen.add(k.lower())
            keep2.append(k)
    return text, pii2, keep2


def build(i: int, stream: str) -> dict:
    r = random.Random(stream)
    known = i % 4 == 1
    c = Ctx(r, i, known)
    kind = r.choice(list(DOCS))
    shape("doc", kind)
    style = r.choice(list(SPK_STYLES))
    c.spk_in_text = r.random() < 0.5
    use_names = kind == "doc_meeting" and r.random() < 0.3

    def spk(role, _style=style):
        if role == "U" and r.random() < 0.7:
            shape("speaker", "spk_onbekend")
            return "Onbekend"
        if use_names and role in ("O", "M"):
            shape("speaker", "speaker_names_meeting")
            return "\u00a7" + role + "\u00a7"
        shape("speaker", _style)
        return SPK_STYLES[_style](ROLE_NUM[role])

    c.spk = spk
    segs = DOCS[kind](c, r)
    # speaker labels that are names (meeting app shows the participant's display name)
    fixed = []
    for s in segs:
        m = re.search("\u00a7([OM])\u00a7", s.text) if isinstance(s, S) else None
        if m:
            person = c.off if m.group(1) == "O" else c.med
            fixed += [S(s.text[: m.start()]), P(person.full, "PERSON"), S(s.text[m.end() :])]
        else:
            fixed.append(s)
    text, pii, keep = render(c, fixed)
    doc = {"id": f"fresh18b-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        doc["known"] = {"names": [c.res.full]}
        em = [e for e in c.known_emails if e in text]
        if em:
            doc["known"]["emails"] = em
        phs = [
            it["text"] for it in pii if it["label"] == "PHONE" and re.sub(r"\D", "", it["text"]).endswith(c.phone[-7:])
        ]
        if phs:
            doc["known"]["phones"] = phs[:1]
    return doc


# ---------------------------------------------------------------- gate
def _name_words(doc):
    words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s\-']+", it["text"].lower()):
                w = w.rstrip("s") if False else w
                if w and w not in PARTICLES and len(w) > 1:
                    words.add(w)
    for n in doc.get("known", {}).get("names", []):
        words.update(w for w in n.lower().split() if w not in PARTICLES and len(w) > 1)
    return words


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
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    names = _name_words(doc)
    known_words = set()
    if "known" in doc:
        known_words = {w.lower() for n in doc["known"]["names"] for w in n.split()}
    for k in doc["keep"]:
        for w in re.split(r"[\s\-@.]+", k.lower()):
            if w in PARTICLES or len(w) < 2:
                continue
            if w in names and not (k == k.lower() and w in known_words):
                return f"keep {k} shares a word with a name"
    if "known" in doc:
        kw = [w for w in known_words if w in doc["keep"]]
        if not kw:
            return "known doc without the ordinary use in keep"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        stream, attempt = f"{SEED}-{i}", 0
        while True:
            snap = USED.copy()
            d = build(i, stream)
            why = gate(d)
            if why is None:
                break
            USED.clear()
            USED.update(snap)
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"{i}: {why}")
            stream = f"{SEED}-{i}-{attempt}"
        docs.append(d)
    return docs, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh18b_texts.jsonl is up to date" if same else "fresh18b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        used = [s for s in SHAPES if USED[s]]
        kinds = Counter(SHAPES[s] for s in used)
        print(
            f"shapes used: {len(used)} of {len(SHAPES)} registered ("
            + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            + ")"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"all pass gate(): {all(gate(d) is None for d in docs)}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
