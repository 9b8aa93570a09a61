"""Generate fresh24d_texts.jsonl: a blind anonymizer corpus of social-media and online neighbourhood-group text.

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh24d/make_fresh24d.py            write the corpus
    python tests/anonymizer/fresh24d/make_fresh24d.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh24d/make_fresh24d.py --stats    counts per label, shapes, known docs, redraws
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
import lines24d as L  # noqa: E402
from names24d import GROUPS, KNOWN_WORDS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score24d", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202618104
N_DOCS = 300
OUT = HERE / "fresh24d_texts.jsonl"
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
PARTICLES = score.PARTICLES | {"'t"}

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
MUNIS = [
    "Zwolle",
    "Deventer",
    "Almere",
    "Tilburg",
    "Leeuwarden",
    "Schiedam",
    "Zaanstad",
    "Amersfoort",
    "Arnhem",
    "Nijmegen",
    "Haarlem",
    "Delft",
    "Helmond",
    "Venlo",
    "Emmen",
    "Lelystad",
    "Dordrecht",
    "Alkmaar",
    "Hengelo",
    "Sittard",
    "Purmerend",
    "Gouda",
]
HOODS = [
    "Kruidenwijk",
    "Vogelbuurt",
    "Waterfront",
    "Oude Centrum",
    "Rivierenkwartier",
    "Bloemenbuurt",
    "Stadshagen",
    "Tuindorp",
    "Hofkwartier",
    "Molenwijk",
    "Zeeheldenbuurt",
    "Parkhaven",
]
STREET_A = [
    "Linden",
    "Meidoorn",
    "Kievit",
    "Zwaluw",
    "Schepen",
    "Esdoorn",
    "Jasmijn",
    "Reiger",
    "Hazel",
    "Lijster",
    "Vlier",
    "Goudsbloem",
    "Ooievaar",
    "Populier",
    "Karekiet",
    "Dotter",
    "Wilgenroosje",
    "Fuut",
]
STREET_B = ["laan", "straat", "hof", "weg", "pad", "singel", "kade", "erf", "dreef", "plantsoen", "gaarde"]
DEPTS = [
    "team Openbare Ruimte",
    "afdeling Vergunningen",
    "team Werk en Inkomen",
    "afdeling Belastingen",
    "team Jeugd en Gezin",
    "Klantcontactcentrum",
    "afdeling Handhaving en Toezicht",
    "team Wijkbeheer",
    "Sociaal Domein",
    "afdeling Burgerzaken",
]
FUNCS = [
    "Wijkbeheerder",
    "Beleidsmedewerker",
    "Consulent",
    "Handhaver",
    "Teamleider",
    "Wijkcoördinator",
    "Klantmanager",
    "Juridisch Adviseur",
    "Communicatieadviseur",
]
TAGS = [
    "#grofvuil",
    "#buurtapp",
    "#parkeren",
    "#wateroverlast",
    "#afvalbak",
    "#Burendag",
    "#hondenpoep",
    "#fietspad",
    "#zwerfafval",
    "#gemeenteraad",
]
EMOS = ["🙄", "👍", "😡", "🚮", "🚲", "🏠", "💡", "🙏", "😤", "🤷‍♀️", "👀", "💩"]
PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "live.nl",
    "proton.me",
    "xs4all.nl",
    "planet.nl",
    "yahoo.com",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_L = "BDFGHJKLNPRSTVXZ"

SHAPES: dict[str, str] = {}  # shape name -> kind


def reg(kind: str, names) -> None:
    for n in names:
        SHAPES[f"{kind}:{n}"] = kind


for _role, _lst in (("res", L.RES), ("off", L.OFF), ("web", L.WEB), ("med", L.MED), ("mod", L.MOD), ("known", L.KNOWN)):
    reg("line", [f"{_role}{i:02d}" for i in range(len(_lst))])

DISPLAYS = ["full", "lower", "caps", "first_init", "handle", "fam", "emoji", "sur_comma", "parent"]
reg("display", DISPLAYS)
DOB_STYLES = ["dash", "slash", "words", "iso", "dots_short", "mon3", "caps_words", "nozero"]
reg("dob", DOB_STYLES)


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def poss(name: str) -> str:
    if name[-1] in "sxz" or name.endswith("sch"):
        return name + "'"
    if name[-1] in "aiouyé":
        return name + "'s"
    return name + "s"


class Person:
    def __init__(self, ctx, first: str, sur: str, group: str, role: str = "res"):
        self.ctx, self.first, self.sur, self.group, self.role = ctx, first, sur, group, role
        self.cache: dict[str, str] = {}
        self.no_lower = False
        self.dstyle = ctx.r.choice(DISPLAYS)
        self.fam = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def get(self, key: str, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]


class Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def t(self, s: str):
        self.parts.append(s)

    def p(self, s: str, label: str):
        self.parts.append(s)
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)

    def k(self, s: str):
        self.parts.append(s)
        if s not in self.keep:
            self.keep.append(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


TOK = re.compile(r"\{([A-Za-z0-9_.]+)\}|\[([^\]]+)\]")


class Ctx:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.b = Builder()
        self.used: Counter = Counter()
        self.muni = r.choice(MUNIS)
        self.hood = r.choice(HOODS)
        self.case = None
        self.residents = [self.person() for _ in range(r.randint(3, 5))]
        self.O = self.person("off")
        self.M = self.person("med")
        self.W = self.person("web")
        self.R = None
        if known:
            word = r.choice(sorted(KNOWN_WORDS))
            self.R = self.residents[0]
            self.R.sur = word
            self.R.no_lower = True
            if self.R.dstyle in ("lower", "parent"):
                self.R.dstyle = "full"
            self.known_word = word
        self.A = self.residents[0]
        self.B = self.residents[1]

    # --- names -------------------------------------------------------------------------------------------------
    def first_name(self, group: str) -> str:
        spec = GROUPS[group][0]
        if isinstance(spec, tuple):
            a, b = self.r.choice(spec[0]), self.r.choice(spec[1])
            return a + (" " + b if group == "Vietnamese" else b)
        return self.r.choice(spec)

    def surname(self, group: str) -> str:
        _, pre, suf, parts = GROUPS[group]
        return self.r.choice(parts) + self.r.choice(pre) + self.r.choice(suf)

    def person(self, role: str = "res") -> Person:
        g = self.r.choice(sorted(GROUPS))
        return Person(self, self.first_name(g), self.surname(g), g, role)

    def family(self, p: Person) -> Person:
        if p.fam is None:
            p.fam = Person(self, self.first_name(p.group), p.sur, p.group)
            p.fam.no_lower = p.no_lower
        return p.fam

    # --- structured values -------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone(self) -> str:
        r = self.r
        m = "6" + str(r.randint(1, 9)) + self.digits(7)
        land = r.choice(["10", "20", "30", "40", "50", "70", "38", "53", "73", "15", "23", "33"])
        f = r.randint(0, 6)
        if f == 0:
            return "0" + m[:1] + "-" + m[1:]
        if f == 1:
            return "0" + m[0] + " " + " ".join(m[i : i + 2] for i in range(1, 9, 2))
        if f == 2:
            return "+31 6 " + m[1:5] + " " + m[5:]
        if f == 3:
            return "+31" + m
        if f == 4:
            return "0031 6 " + m[1:]
        if f == 5:
            return "0" + land + "-" + self.digits(7)
        return "(0" + land + ") " + self.digits(3) + " " + self.digits(4)

    def email(self, p: Person) -> str:
        f, s = ascii_(p.first).lower().replace(" ", ""), ascii_(p.sur).lower().replace(" ", "").replace("'", "")
        style = self.r.randint(0, 4)
        local = [
            f"{f}.{s}",
            f"{f[0]}.{s}{self.r.randint(10, 99)}",
            f"{s}.{f}",
            f"{f}{s}{self.r.randint(1960, 2005)}",
            f"{f}_{s[:4]}",
        ][style]
        return f"{local}@{self.r.choice(PROVIDERS)}"

    def handle(self, p: Person) -> str:
        f, s = ascii_(p.first).replace(" ", ""), ascii_(p.sur).replace(" ", "").replace("'", "")
        style = self.r.randint(0, 5)
        return [
            f"{f.lower()}_{s.lower()}{self.r.randint(70, 99)}",
            f"fam.{cap(s)}",
            f"{f.lower()}{s[:3].lower()}",
            f"{cap(s)}{f[0]}",
            f"{f}_{self.hood.split()[0][:5].lower()}",
            f"{s.lower()}.{f.lower()}",
        ][style]

    def postcode(self) -> str:
        while True:
            lt = self.r.choice("ABCDEFGHJKLMNPRSTVWXZ") + self.r.choice("ABCDEFGHJKLMNPRSTVWXZ")
            if lt not in ("SA", "SD", "SS"):
                break
        n = str(self.r.randint(1011, 9999))
        return n + (" " if self.r.random() < 0.7 else "") + lt

    def street(self) -> str:
        return self.r.choice(STREET_A) + self.r.choice(STREET_B)

    def housenr(self) -> str:
        n = str(self.r.randint(1, 240))
        return n + self.r.choice(["", "", "", "-B", "a", " bis", "-2", "-hs"])

    def dob(self) -> str:
        r = self.r
        y, m, d = r.randint(1938, 2009), r.randint(1, 12), r.randint(1, 28)
        style = r.choice(DOB_STYLES)
        self.used["dob:" + style] += 1
        return {
            "dash": f"{d:02d}-{m:02d}-{y}",
            "slash": f"{d}/{m:02d}/{y}",
            "words": f"{d} {MONTHS[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "dots_short": f"{d:02d}.{m:02d}.{y % 100:02d}",
            "mon3": f"{d} {MON3[m - 1]}. {y}",
            "caps_words": f"{d} {MONTHS[m - 1].upper()} {y}",
            "nozero": f"{d}-{m}-{y}",
        }[style]

    def bsn(self) -> str:
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            rest = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=False)) % 11
            if rest < 10:
                s = "".join(map(str, ds + [rest]))
                break
        f = self.r.randint(0, 2)
        return s if f == 0 else (f"{s[:4]}.{s[4:6]}.{s[6:]}" if f == 1 else f"{s[:3]} {s[3:6]} {s[6:]}")

    def iban(self) -> str:
        bank, acc = self.r.choice(BANKS), self.digits(10)
        num = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
        s = f"NL{98 - num % 97:02d}{bank}{acc}"
        f = self.r.randint(0, 2)
        if f == 0:
            return s
        grouped = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return grouped if f == 1 else grouped.lower()

    def plate(self) -> str:
        r, c = self.r, lambda n: "".join(self.r.choice(PLATE_L) for _ in range(n))
        d = self.digits
        s = r.choice(
            [
                f"{c(2)}-{d(3)}-{c(1)}",
                f"{d(2)}-{c(3)}-{d(1)}",
                f"{c(1)}-{d(3)}-{c(2)}",
                f"{c(3)}-{d(2)}-{c(1)}",
                f"{d(1)}-{c(3)}-{d(2)}",
                f"{c(2)}-{c(2)}-{d(2)}",
            ]
        )
        return s.replace("-", "") if r.random() < 0.15 else s

    def casenr(self) -> str:
        r, d = self.r, self.digits
        y = r.choice(["24", "25", "26"])
        return r.choice(
            [
                f"Z-20{y}-{d(6)}",
                f"MLD/{y}/{d(5)}",
                f"WEB-{d(5)}-{y}",
                f"BZW 20{y}.{d(4)}",
                f"SZ{d(7)}",
                f"OR-{y}-{r.randint(10, 12)}-{d(4)}",
                f"KCC{d(6)}",
                f"BAS/{d(4)}/{y}",
            ]
        )

    def date(self) -> str:
        m = self.r.randint(0, 11)
        s = f"{self.r.randint(1, 28)} {MONTHS[m]}"
        return s + (f" {self.r.randint(2024, 2026)}" if self.r.random() < 0.4 else "")

    # --- template tokens -------------------------------------------------------------------------------------
    def render(self, tpl: str, **who):
        saved = {k: getattr(self, k) for k in who}
        for k, v in who.items():
            setattr(self, k, v)
        pos = 0
        for m in TOK.finditer(tpl):
            self.b.t(tpl[pos : m.start()])
            if m.group(2):
                self.b.k(m.group(2))
            else:
                self.tok(m.group(1))
            pos = m.end()
        self.b.t(tpl[pos:])
        for k, v in saved.items():
            setattr(self, k, v)

    def who(self, letter: str) -> Person:
        if letter == "K":
            return self.family(self.A)
        if letter == "R":
            return self.R or self.A
        return getattr(self, letter)

    def tok(self, t: str):
        b, r = self.b, self.r
        simple = {
            "ADDR": "A.addr",
            "STREET": "A.street",
            "PC": "A.pc",
            "DOB": "A.dob",
            "BSN": "A.bsn",
            "IBAN": "A.iban",
            "PLATE": "A.plate",
            "TEL": "A.tel",
            "MAIL": "A.mail",
        }
        t = simple.get(t, t)
        if t == "CASE":
            if self.case is None:
                self.case = self.casenr()
            return b.p(self.case, "CASE_NUMBER")
        if t == "MUNI":
            return b.k(self.muni)
        if t == "HOOD":
            return b.k(self.hood)
        if t == "DAY":
            return b.k(r.choice(DAYS))
        if t == "DATE":
            d = self.date()
            b.t(d.split()[0] + " ")
            b.k(d.split()[1])
            return b.t(d[len(d.split()[0]) + len(d.split()[1]) + 1 :])
        if t == "AMT":
            return b.k(f"€{r.randint(45, 480)},{r.choice(['00', '50', '95'])}")
        if t == "TAG":
            return b.k(r.choice(TAGS + ["#" + self.muni]))
        if t == "EMO":
            return b.t(r.choice(EMOS))
        if t == "LINK":
            return b.t(
                r.choice(["bit.ly/", "t.co/", "tinyurl.com/", "buff.ly/"])
                + "".join(r.choice("abcdefghkmnpqrstuvwxyzABCDEFGHKMNPQRSTUVWXYZ") for _ in range(7))
            )
        if t == "GEN":
            return b.k(r.choice(["14 038", "14 020", "14 0570", "14 053", "14 0900"]))
        if t == "INFO":
            return b.k(r.choice(["info@", "contact@", "klantcontact@"]) + "gemeente" + self.muni.lower() + ".nl")
        if t == "N":
            return b.t(str(r.randint(2, 48)))
        letter, _, attr = t.partition(".")
        p = self.who(letter)
        P = "PERSON"
        if attr == "":
            return b.p(p.full, P)
        if attr == "f":
            return b.p(p.first, P)
        if attr == "s":
            return b.p(p.sur, P)
        if attr == "S":
            return b.p(cap(p.sur), P)
        if attr == "l":
            return b.p(p.full if p.no_lower else p.full.lower(), P)
        if attr == "u":
            return b.p(p.full.upper(), P)
        if attr == "h":
            return b.p(p.get("h", lambda: self.handle(p)), P)
        if attr == "fp":
            return b.p(poss(p.first), P)
        if attr == "sp":
            return b.p(poss(cap(p.sur)), P)
        if attr == "i":
            return b.p(f"{p.first[0]}. {cap(p.sur)}", P)
        if attr == "file":
            f = p.get(
                "file",
                lambda: r.choice(
                    ["{s}_{f}_bezwaar.pdf", "Scan_{f}{s}.jpg", "IMG_{s}_{y}.png", "aanvraag-{f}-{s}.docx"]
                ).format(
                    f=ascii_(p.first).replace(" ", ""),
                    s=ascii_(p.sur).replace(" ", "").replace("'", ""),
                    y=r.randint(2024, 2026),
                ),
            )
            return b.p(f, P)
        if attr == "d":
            return self.display(p)
        if attr == "mail":
            return b.p(p.get("mail", lambda: self.email(p)), "EMAIL")
        if attr == "tel":
            return b.p(p.get("tel", self.phone), "PHONE")
        if attr in ("addr", "street"):
            st = p.get("street", self.street)
            nr = p.get("nr", self.housenr)
            return b.p(st if attr == "street" else f"{st} {nr}", "ADDRESS")
        if attr == "pc":
            return b.p(p.get("pc", self.postcode), "POSTCODE")
        if attr == "dob":
            return b.p(p.get("dob", self.dob), "DATE_OF_BIRTH")
        if attr == "bsn":
            return b.p(p.get("bsn", self.bsn), "BSN")
        if attr == "iban":
            return b.p(p.get("iban", self.iban), "IBAN")
        if attr == "plate":
            return b.p(p.get("plate", self.plate), "LICENSE_PLATE")
        if attr == "func":
            return b.k(p.get("func", lambda: r.choice(FUNCS)))
        if attr == "dept":
            return b.k(p.get("dept", lambda: r.choice(DEPTS)))
        raise KeyError(t)

    def display(self, p: Person):
        b, st = self.b, p.dstyle
        self.used["display:" + st] += 1
        if st == "full":
            b.p(p.full, "PERSON")
        elif st == "lower":
            b.p(p.full if p.no_lower else p.full.lower(), "PERSON")
        elif st == "caps":
            b.p(p.full.upper(), "PERSON")
        elif st == "first_init":
            b.p(f"{p.first} {cap(p.sur)[0]}.", "PERSON")
        elif st == "handle":
            b.t("@")
            b.p(p.get("h", lambda: self.handle(p)), "PERSON")
        elif st == "fam":
            b.t("Fam. ")
            b.p(cap(p.sur), "PERSON")
        elif st == "emoji":
            b.p(p.first, "PERSON")
            b.t(" " + self.r.choice(["🌻", "🌷", "⚽", "🐾", "☕", "🏡"]))
        elif st == "sur_comma":
            b.p(f"{cap(p.sur)}, {p.first[0]}.", "PERSON")
        else:  # parent: "Mama van <child>"
            b.t(self.r.choice(["Mama van ", "Papa van ", "Oma van "]))
            b.p(self.family(p).first, "PERSON")

    # --- posts ------------------------------------------------------------------------------------------------
    def body(self, role: str, author: Person, other: Person):
        lst = {"res": L.RES, "off": L.OFF, "web": L.WEB, "med": L.MED, "mod": L.MOD}[role]
        i = self.r.randrange(len(lst))
        self.used[f"line:{role}{i:02d}"] += 1
        self.render(lst[i], A=author, B=other)

    def known_line(self, author: Person):
        i = self.r.randrange(len(L.KNOWN))
        self.used[f"line:known{i:02d}"] += 1
        phrase = KNOWN_WORDS[self.known_word].replace("{k}", "[" + self.known_word.lower() + "]")
        tpl = L.KNOWN[i].replace("{P}", phrase)
        self.render(tpl, A=author)


from frames24d import FRAMES  # noqa: E402

reg("frame", sorted(FRAMES))


def make_doc(i: int, r: random.Random, used: Counter) -> dict:
    known = i % 4 == 1
    ctx = Ctx(r, known)
    name = r.choice(sorted(FRAMES))
    ctx.used["frame:" + name] += 1
    FRAMES[name](ctx)
    b = ctx.b
    d = {"id": f"fresh24d-{i:04d}", "text": b.text, "pii": b.pii, "keep": b.keep}
    if known:
        R = ctx.R
        kn = {"names": [R.full]}
        if "mail" in R.cache and R.cache["mail"] in b.text:
            kn["emails"] = [R.cache["mail"]]
        if "tel" in R.cache and R.cache["tel"] in b.text:
            kn["phones"] = [R.cache["tel"]]
        d["known"] = kn
    d["_used"] = ctx.used
    return d


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"[\W_\d]+", s.lower()) if len(w) > 1 and w not in PARTICLES]


def gate(doc: dict) -> str | None:
    """None if the document passes all three gates, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN":
            ds = [int(c) for c in re.sub(r"\D", "", it["text"])]
            if len(ds) != 9 or (sum(d * w for d, w in zip(ds[:8], range(9, 1, -1), strict=False)) - ds[8]) % 11:
                return f"bsn {it['text']}"
        if it["label"] == "IBAN":
            s = re.sub(r"\s", "", it["text"]).upper()
            if int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
                return f"iban {it['text']}"
    known_words = {w for n in doc.get("known", {}).get("names", []) for w in _words(n)}
    name_words = {w for it in doc["pii"] if it["label"] == "PERSON" for w in _words(it["text"])}
    for k in doc["keep"]:
        for w in re.split(r"[\W_\d]+", k):
            if len(w) > 1 and w.lower() in name_words and not (w == w.lower() and w in known_words):
                return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate(stats: dict | None = None) -> list[dict]:
    docs, redraws, used = [], 0, Counter()
    for i in range(N_DOCS):
        r, attempt = random.Random(f"{SEED}-{i}"), 0
        while True:
            d = make_doc(i, r, used)
            u = d.pop("_used")
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            r = random.Random(f"{SEED}-{i}-{attempt}")
        used.update(u)
        docs.append(d)
    if stats is not None:
        stats.update(redraws=redraws, used=used)
    return docs


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(generate())
        print("fresh24d_texts.jsonl is up to date" if same else "fresh24d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        st: dict = {}
        docs = generate(st)
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        used = st["used"]
        kinds = Counter(SHAPES[s] for s in SHAPES if used[s])
        print(
            f"shapes registered: {len(SHAPES)}, used: {sum(1 for s in SHAPES if used[s])} "
            f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"redraws: {st['redraws']}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    docs = generate()
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
