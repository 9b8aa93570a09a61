"""Generate fresh38b: a blind anonymizer corpus of tourism and short-stay rental texts (helper B1, round 32).

    python tests/anonymizer/fresh38b/make_fresh38b.py            write fresh38b_texts.jsonl
    python tests/anonymizer/fresh38b/make_fresh38b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh38b/make_fresh38b.py --stats    counts per label, shapes, known names, redraws

Seed 20261322; document i draws from random.Random("20261322-<i>"), a redraw from "20261322-<i>-<attempt>".
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names38b  # noqa: E402
import shapes38b  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261322
N_DOCS = 300
OUT = HERE / "fresh38b_texts.jsonl"
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
PARTICLES = _score.PARTICLES

# ---------------------------------------------------------------------------------------------- shapes registry
SHAPES: dict[str, str] = {}
for _pool, _d in shapes38b.SENTENCES.items():
    for _k, _v in _d.items():
        SHAPES["sentence:" + _k] = _v
for _k, _v in shapes38b.LINES.items():
    SHAPES["line:" + _k] = _v
for _k, _v in shapes38b.DOCS.items():
    SHAPES["doc:" + _k] = _v
for _k in shapes38b.KNOWN:
    SHAPES["known:" + _k] = shapes38b.KNOWN[_k][1][0]

# ---------------------------------------------------------------------------------------------- value material
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
CITIES = [
    ("Zandvoort", "zandvoort.nl", "14 023"),
    ("Domburg", "veere.nl", "14 0118"),
    ("Den Burg", "texel.nl", "14 0222"),
    ("Valkenburg", "valkenburg.nl", "14 043"),
    ("Giethoorn", "steenwijkerland.nl", "14 0521"),
    ("Renesse", "schouwen-duiveland.nl", "14 0111"),
    ("Schoorl", "bergen-nh.nl", "14 072"),
    ("Noordwijk", "noordwijk.nl", "14 071"),
    ("Nes", "ameland.nl", "14 0519"),
    ("Cadzand", "sluis.nl", "14 0117"),
    ("Ootmarsum", "dinkelland.nl", "14 0541"),
    ("Harderwijk", "harderwijk.nl", "14 0341"),
    ("Maastricht", "gemeentemaastricht.nl", "14 043"),
    ("Amsterdam", "amsterdam.nl", "14 020"),
    ("Egmond aan Zee", "bergen-nh.nl", "14 072"),
    ("Vlieland", "vlieland.nl", "14 0562"),
    ("Enkhuizen", "enkhuizen.nl", "14 0228"),
    ("Delft", "delft.nl", "14 015"),
    ("Haarlem", "haarlem.nl", "14 023"),
    ("Scheveningen", "denhaag.nl", "14 070"),
]
GUEST_CITIES = [
    "Keulen",
    "Antwerpen",
    "Düsseldorf",
    "Gent",
    "Utrecht",
    "Eindhoven",
    "Leeds",
    "Poznań",
    "Lyon",
    "Rotterdam",
    "Tilburg",
    "Münster",
    "Hasselt",
    "Groningen",
    "Aken",
    "Zwolle",
]
INFO_LOCAL = ["info", "toeristenbelasting", "vakantieverhuur", "handhaving", "belastingen"]
PLATFORMS = ["Airbnb", "Booking.com", "Vrbo", "Natuurhuisje", "Holidu"]
CAMPS = ["De Lepelaar", "Zeeduin", "De Kievitsbloem", "Duinrust", "Strandpark Noordzee", "Het Groene Eiland"]
HOTELS = ["De Branding", "Zeezicht", "De Zilte Zoen", "Duinhotel Panorama", "Het Vlaggeschip", "Badhotel Westkust"]
COMPLEXES = ["Duinstaete", "Het Baken", "De Pier", "Residentie Zilvermeeuw", "Havenlicht"]
STREET_A = [
    "Duinroos",
    "Zeereep",
    "Helmgras",
    "Vuurtoren",
    "Strandvlo",
    "Meeuwen",
    "Kievit",
    "Boswachter",
    "Schelp",
    "Zilvermeeuw",
    "Zandloper",
    "Lisdodde",
    "Klaproos",
    "Duindoorn",
    "Wadden",
    "Dijkgraaf",
    "Tulpen",
    "Molen",
    "Haven",
    "Pier",
    "Lepelaar",
    "Jutter",
    "Kaapstander",
    "Zeil",
    "Getijden",
    "Strandpaal",
    "Loods",
    "Boei",
]
STREET_B = ["straat", "weg", "pad", "laan", "dreef", "kade", "hof", "plein", "dijk", "steeg", "singel"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "xs4all.nl",
    "icloud.com",
    "hetnet.nl",
]
FOREIGN_DOMAINS = ["gmx.de", "web.de", "telenet.be", "skynet.be", "btinternet.com", "wp.pl", "orange.fr"]
FOREIGN_GROUPS = [
    "german",
    "flemish",
    "british",
    "polish",
    "italian",
    "spanish",
    "portuguese",
    "romanian",
    "bulgarian",
    "hungarian",
    "ukrainian",
]
LANDLINE = ["0222", "0118", "023", "071", "043", "0519", "0111", "072", "0341", "0117", "0541", "0562", "020", "015"]
TITLES = {"f": ["mevrouw", "mw.", "mevr."], "m": ["de heer", "dhr.", "meneer"]}


def d(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def bsn_ok(s: str) -> bool:
    x = re.sub(r"\D", "", s)
    if len(x) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(x[:8], range(9, 1, -1))) - int(x[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    x = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", x):
        return False
    x = x[4:] + x[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def make_bsn(r):
    while True:
        ds = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
        c = sum(v * w for v, w in zip(ds, range(9, 1, -1))) % 11
        if c < 10:
            s = "".join(map(str, ds + [c]))
            return r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r, country="NL"):
    if country == "NL":
        bban = r.choice(BANKS) + d(r, 10)
    elif country == "DE":
        bban = d(r, 18)
    else:
        bban = d(r, 12)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    s = f"{country}{check:02d}{bban}"
    if r.random() < 0.3:
        return s
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def make_plate(r, foreign=False):
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    if foreign:
        return r.choice(
            [
                f"{r.choice(['K', 'D', 'HH', 'MS', 'BOR', 'KLE', 'DU'])}-{L(2)} {r.randrange(10, 9999)}",
                f"{r.randrange(1, 3)}-{L(3)}-{d(r, 3)}",
                f"{r.choice(['PO', 'WR', 'KR'])} {d(r, 4)}{L(1)}",
            ]
        )
    return r.choice(
        [
            f"{d(r, 2)}-{L(3)}-{d(r, 1)}",
            f"{d(r, 1)}-{L(3)}-{d(r, 2)}",
            f"{L(2)}-{d(r, 3)}-{L(1)}",
            f"{L(1)}-{d(r, 3)}-{L(2)}",
            f"{L(3)}-{d(r, 2)}-{L(1)}",
            f"{d(r, 1)}-{L(2)}-{d(r, 3)}",
        ]
    )


def make_phone(r, foreign=False):
    if foreign:
        return r.choice(
            [
                f"+49 1{d(r, 2)} {d(r, 7)}",
                f"+32 4{d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                f"+44 7{d(r, 3)} {d(r, 6)}",
                f"+48 {d(r, 3)} {d(r, 3)} {d(r, 3)}",
            ]
        )
    m = str(r.randrange(1, 10)) + d(r, 7)
    area = r.choice(LANDLINE)
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"+31 6 {m}",
            f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"{area}-{d(r, 10 - len(area))}",
            f"({area}) {d(r, 10 - len(area))}",
        ]
    )


def make_postcode(r):
    while True:
        le = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if le not in ("SA", "SD", "SS"):
            n = r.randrange(1011, 9999)
            return r.choice([f"{n} {le}", f"{n}{le}"])


def make_dob(r, child=False):
    y = r.randrange(2009, 2022) if child else r.randrange(1938, 2005)
    m, dd = r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(
        [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}-{m}-{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd} {MON_ABBR[m - 1]} {y}",
            f"{dd} {MONTHS[m - 1].upper()} {y}",
            f"{dd:02d}{m:02d}{y}",
            f"{dd} {MONTHS[m - 1]} '{y % 100:02d}",
        ]
    )


def make_date(r):
    day = datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randrange(330))
    return r.choice(
        [
            f"{day.day} {MONTHS[day.month - 1]} 2026",
            f"{day.day} {MONTHS[day.month - 1]}",
            f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}",
            f"{day.day:02d}-{day.month:02d}-2026",
        ]
    )


def make_amount(r):
    e = r.randrange(40, 9000)
    s = f"{e:,}".replace(",", ".")
    return f"€ {s},{r.choice(['00', '50', '25', '80', '60'])}"


def make_case(r, kind):
    yy = r.choice(["25", "26"])
    if kind == "reg":
        al = "ABCDEFGHKMNPQRSTUVWXYZ23456789"
        return f"RG-{d(r, 4)}-{''.join(r.choice(al) for _ in range(4))}-{''.join(r.choice(al) for _ in range(4))}"
    if kind == "aanslag":
        return r.choice([f"TB-20{yy}-{d(r, 7)}", f"AS 20{yy} {d(r, 6)}"])
    return r.choice(
        [
            f"VTA-{yy}-{d(r, 5)}",
            f"Z20{yy}-{d(r, 6)}",
            f"HH/VV/{yy}/{d(r, 4)}",
            f"OV.{yy}.{d(r, 5)}",
            f"KL-{d(r, 4)}-{r.choice(PLATE_LETTERS)}{r.choice(PLATE_LETTERS)}",
            f"BB{yy}.{d(r, 4)}",
        ]
    )


# ---------------------------------------------------------------------------------------------- persons
class Person:
    def __init__(self, ctx, role, group, gender, first, particle, last, base, child=False):
        self.ctx, self.role, self.group, self.g = ctx, role, group, gender
        self.first, self.particle, self.last, self.base, self.child = first, particle, last, base, child
        self.vals: dict[str, str] = {}

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    @property
    def bare(self):
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.last
        return self.last

    def words(self):
        return {w.lower() for w in re.findall(r"\w+", self.full) if w.lower() not in PARTICLES and len(w) > 1}

    def foreign(self):
        return self.role in ("G", "G2", "G3", "K") and self.group in FOREIGN_GROUPS

    def _val(self, key, fn):
        if key not in self.vals:
            self.vals[key] = fn()
        return self.vals[key]

    def ascii_last(self):
        return names38b.asciify((self.particle + self.last).replace(" ", "").replace("'", "").replace("-", "")).lower()

    def form(self, f):
        r, c = self.ctx.r, self.ctx
        P = lambda t, lab="PERSON": c.pii(t, lab)
        title = self._val("title", lambda: r.choice(TITLES[self.g]))
        if f == "":
            return P(self.full)
        if f in ("t", "T"):
            t = title if f == "t" else title[0].upper() + title[1:]
            return f"{t} {P(self.bare)}"
        if f in ("tf", "Tf"):
            t = title if f == "tf" else title[0].upper() + title[1:]
            return f"{t} {P(self.full)}"
        if f == "f":
            return P(self.first)
        if f == "l":
            return P(self.bare)
        if f == "i":
            ini = self._val(
                "ini", lambda: self.first[0] + "." + (r.choice("ACEHJMPW") + "." if r.random() < 0.5 else "")
            )
            return P(ini + " " + (self.particle + " " if self.particle else "") + self.last)
        if f == "U":
            return P((self.first[0] + ". " + (self.particle + " " if self.particle else "") + self.last).upper())
        if f == "lc":
            return P(self.first.lower())
        if f == "fp":
            return P(self.first + ("'" if self.first[-1] in "sxz" else "'s" if self.first[-1] in "aeiouy" else "s"))
        if f == "lp":
            b = self.bare
            return f"{title} " + P(b + ("'" if b[-1] in "sxz" else "'s" if b[-1] in "aeiouy" else "s"))
        if f == "h":
            return P(self._val("h", lambda: names38b.asciify(self.first).lower() + self.ascii_last()))
        if f == "file":
            return P(names38b.asciify(self.first).lower() + "_" + self.ascii_last())
        if f in ("pr", "Pr"):
            w = "zij" if self.g == "f" else "hij"
            return w if f == "pr" else w.capitalize()
        if f in ("pos", "Pos"):
            w = "haar" if self.g == "f" else "zijn"
            return w if f == "pos" else w.capitalize()
        if f == "mail":

            def mk():
                fa, la = names38b.asciify(self.first).lower(), self.ascii_last()
                loc = r.choice(
                    [
                        f"{fa}.{la}",
                        f"{fa[0]}.{la}",
                        f"{la}{d(r, 2)}",
                        f"{fa}{la}",
                        f"{fa}_{la}{d(r, 2)}",
                        f"{la}.{fa[0]}",
                    ]
                )
                dom = r.choice(FOREIGN_DOMAINS if self.foreign() else MAIL_DOMAINS)
                return f"{loc}@{dom}"

            return P(self._val("mail", mk), "EMAIL")
        if f == "tel":
            return P(self._val("tel", lambda: make_phone(r, self.foreign())), "PHONE")
        if f == "dob":
            return P(self._val("dob", lambda: make_dob(r, self.child)), "DATE_OF_BIRTH")
        if f in ("adr", "str"):
            street = self._val("str", lambda: c.street(self))
            if f == "str":
                return P(street, "ADDRESS")
            num = self._val("num", lambda: str(r.randrange(1, 220)) + r.choice(["", "", "", "a", "-2", "B", " hs"]))
            return P(f"{street} {num}", "ADDRESS")
        if f == "pc":
            return P(self._val("pc", lambda: make_postcode(r)), "POSTCODE")
        if f == "city":
            return c.keep(self._val("city", lambda: r.choice(GUEST_CITIES) if self.role[0] in "GKHA" else c.city))
        if f == "bsn":
            return P(self._val("bsn", lambda: make_bsn(r)), "BSN")
        if f == "iban":
            cc = "NL"
            if self.foreign():
                cc = r.choice(["DE", "BE"])
            return P(self._val("iban", lambda: make_iban(r, cc)), "IBAN")
        if f == "plate":
            return P(self._val("plate", lambda: make_plate(r, self.foreign())), "LICENSE_PLATE")
        raise KeyError(f)


ALL_GROUPS = sorted(names38b.GROUPS)


class Ctx:
    def __init__(self, r, known_idx):
        self.r = r
        self.pii_items: list[dict] = []
        self.keeps: list[str] = []
        self.persons: dict[str, Person] = {}
        self.vals: dict[str, str] = {}
        self.city, self.domain, self.k14 = r.choice(CITIES)
        self.known = None
        self.streets: set[str] = set()
        if known_idx:
            self.known = r.choice(sorted(shapes38b.KNOWN))
        self.used: list[str] = []

    def pii(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii_items:
            self.pii_items.append(item)
        return text

    def keep(self, word):
        if word not in self.keeps:
            self.keeps.append(word)
        return word

    def street(self, p):
        if p.role == "N2" and "N" in self.persons and "str" in self.persons["N"].vals and self.r.random() < 0.5:
            return self.persons["N"].vals["str"]
        while True:
            s = self.r.choice(STREET_A) + self.r.choice(STREET_B)
            if s not in self.streets:
                self.streets.add(s)
                return s

    def person(self, role):
        if role in self.persons:
            return self.persons[role]
        r = self.r
        taken = set().union(*(p.words() for p in self.persons.values())) if self.persons else set()
        for _ in range(100):
            gender = r.choice("mf")
            if role in ("F", "K"):
                head = self.person("R" if role == "F" else "G")
                first, part, last, base = names38b.make_name(r, head.group, gender, head.base)
                part, group = head.particle, head.group
                if head.base[0] != "@" and names38b.GROUPS[head.group][5] is None:
                    last = head.last
            else:
                if role[0] in "GK" and r.random() < 0.6:
                    group = r.choice(FOREIGN_GROUPS)
                else:
                    group = r.choice(ALL_GROUPS)
                first, part, last, base = names38b.make_name(r, group, gender)
                if role == "R" and self.known:
                    parts = shapes38b.KNOWN[self.known][0]
                    part = r.choice(parts)
                    last, base = self.known.capitalize(), ("@", self.known.capitalize(), "", part)
            p = Person(self, role, group, gender, first, part, last, base, child=(role == "K"))
            w = p.words()
            own = {first.lower()} | ({x.lower() for x in re.findall(r"\w+", p.full)} - PARTICLES)
            if role in ("F", "K"):
                clash = {first.lower()} & taken
            else:
                clash = w & taken
            if not clash and len(own) >= 1:
                self.persons[role] = p
                return p
        raise RuntimeError("no name")

    def value(self, key):
        r = self.r
        if key == "w":
            return self.keep(self.known)
        if key in self.vals:
            v = self.vals[key]
        else:
            if key.startswith("date"):
                v = make_date(r)
            elif key.startswith("time"):
                v = f"{r.randrange(0, 24):02d}:{r.randrange(60):02d}"
            elif key.startswith("amt"):
                v = make_amount(r)
            elif key == "tarief":
                v = f"€ {r.randrange(1, 7)},{r.choice(['15', '40', '65', '85', '95'])}"
            elif key == "city":
                v = self.city
            elif key in ("case", "case2"):
                v = make_case(r, "case")
            elif key == "reg":
                v = make_case(r, "reg")
            elif key == "aanslag":
                v = make_case(r, "aanslag")
            elif key == "boeking":
                v = r.choice(
                    [
                        "HM" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
                        f"{d(r, 4)}.{d(r, 3)}.{d(r, 3)}",
                    ]
                )
            elif key == "nights":
                v = str(r.randrange(1, 15))
            elif key == "info":
                v = f"{r.choice(INFO_LOCAL)}@{self.domain}"
            elif key == "k14":
                v = self.k14
            elif key == "camp":
                v = r.choice(CAMPS)
            elif key == "hotel":
                v = r.choice(HOTELS)
            elif key == "complex":
                v = r.choice(COMPLEXES)
            elif key == "platform":
                v = r.choice(PLATFORMS)
            elif key == "year":
                v = r.choice(["2025", "2026"])
            elif key == "week":
                v = str(r.randrange(1, 53))
            else:
                raise KeyError(key)
            self.vals[key] = v
        label = {"case": "CASE_NUMBER", "case2": "CASE_NUMBER", "reg": "CASE_NUMBER", "aanslag": "CASE_NUMBER"}.get(key)
        if label:
            return self.pii(v, label)
        if key in ("boeking", "nights", "week") or key.startswith("time"):
            return v
        return self.keep(v)


PH = re.compile(r"\{(\w+)(?:\.(\w+))?\}")


def expand(ctx: Ctx, template: str) -> str:
    r = ctx.r
    pools = {k: sorted(v) for k, v in shapes38b.SENTENCES.items()}
    slots = re.findall(r"<S:\w+>", template)
    known_slot = r.randrange(len(slots)) if ctx.known and slots else -1
    counter = [0]

    def sent(m):
        i = counter[0]
        counter[0] += 1
        if i == known_slot:
            ctx.used.append("known:" + ctx.known)
            return shapes38b.KNOWN[ctx.known][1][0]
        pool = pools[m.group(1)]
        name = pool.pop(r.randrange(len(pool)))
        ctx.used.append("sentence:" + name)
        return shapes38b.SENTENCES[m.group(1)][name]

    def line(m):
        ctx.used.append("line:" + m.group(1))
        return shapes38b.LINES[m.group(1)]

    text = re.sub(r"<S:(\w+)>", sent, template)
    text = re.sub(r"<L:(\w+)>", line, text)

    def ph(m):
        role, form = m.group(1), m.group(2)
        if form is None and role not in ("R", "F", "N", "N2", "G", "G2", "G3", "K", "H", "O", "O2", "M", "A"):
            return ctx.value(role)
        return ctx.person(role).form(form or "")

    text = PH.sub(ph, text)
    text = re.sub(r"~([^~]+)~", lambda m: ctx.keep(m.group(1)), text)
    return text


def build(i: int, attempt: int) -> dict:
    seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    r = random.Random(seed)
    ctx = Ctx(r, i % 4 == 1)
    kind = r.choice(sorted(shapes38b.DOCS))
    ctx.used.append("doc:" + kind)
    text = expand(ctx, shapes38b.DOCS[kind])
    doc = {"id": f"fresh38b-{i:04d}", "text": text, "pii": ctx.pii_items, "keep": ctx.keeps}
    if ctx.known:
        R = ctx.persons["R"]
        known = {"names": [R.full]}
        if "mail" in R.vals:
            known["emails"] = [R.vals["mail"]]
        if "tel" in R.vals:
            known["phones"] = [R.vals["tel"]]
        doc["known"] = known
    doc["_used"] = ctx.used
    return doc


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when ``doc`` passes all gates, else the reason."""
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
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & name_words
        for w in shared:
            if not (w in known_words and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", k)):
                return f"keep {k!r} shares {w!r} with a name"
    return None


def generate() -> tuple[list[dict], int, Counter]:
    docs, redraws, used = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            try:
                doc = build(i, attempt)
                reason = gate(doc)
            except (RuntimeError, KeyError) as e:
                reason = f"build: {e}"
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {reason}")
        used.update(doc.pop("_used"))
        docs.append(doc)
    return docs, redraws, used


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, redraws, used = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh38b_texts.jsonl is up to date" if same else "fresh38b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total pii':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        kinds = Counter(k.split(":")[0] for k in used)
        per_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        print(f"shapes registered: {len(SHAPES)}; used: {len(used)} distinct ({per_kind})")
        print(f"origin groups: {len(names38b.GROUPS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures in output: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
