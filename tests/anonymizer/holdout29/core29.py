"""Core of holdout29: people, identifiers, the document builder and the gate (standard library only)."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

try:
    from . import pools29 as P
except ImportError:  # loaded by file path
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import pools29 as P

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("score_for_holdout29", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
assert _spec and _spec.loader
_spec.loader.exec_module(SCORE)

LABELS = {
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
}
NAME_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "el",
    "al",
    "abu",
    "ait",
    "bou",
    "dos",
    "da",
    "do",
    "di",
    "del",
    "lo",
    "dela",
    "delos",
    "von",
    "mc",
    "mac",
    "o",
    "fitz",
    "d",
    "vanden",
    "vande",
    "vander",
    "ver",
}
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
MON_EN = [
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYWORDS = [
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "eenentwintig",
    "tweeëntwintig",
    "drieëntwintig",
    "vierentwintig",
    "vijfentwintig",
    "zesentwintig",
    "zevenentwintig",
    "achtentwintig",
]


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in NAME_PARTICLES}


# ---------------------------------------------------------------- people
def _join(r, names: list[str]) -> str:
    a, b = r.sample(names, 2) if len(names) > 1 else (names[0], names[0])
    ma = re.search(r"^[^aeiouyàâéèêëïîôöüûáíóúąęėųūāēīōœ]*[aeiouyàâéèêëïîôöüûáíóúąęėųūāēīō]+", a, re.I)
    mb = re.search(r"[aeiouyàâéèêëïîôöüûáíóúąęėųūāēīō]+[^aeiouyàâéèêëïîôöüûáíóúąęėųūāēīō]+[a-zà-ž]*$", b[1:], re.I)
    if not ma or not mb or " " in a or " " in b or "-" in a or "-" in b:
        return a
    head = a[: ma.end()]
    tail = b[1:][mb.start() :]
    tail = re.sub(r"^[aeiouyàâéèêëïîôöüûáíóúąęėųūāēīō]+", "", tail, flags=re.I)
    out = head + tail
    return out if 3 <= len(out) <= 11 else a


FEMALE = [
    ("ski", "ska"),
    ("cki", "cka"),
    ("czyk", "czyk"),
    ("opoulos", "opoulou"),
    ("idis", "idou"),
    ("auskas", "auskienė"),
    ("aitis", "aitienė"),
    ("ūnas", "ūnienė"),
    ("ák", "áková"),
    ("otný", "otná"),
    ("oda", "odová"),
    ("íček", "íčková"),
    ("ov", "ova"),
    ("ev", "eva"),
]


class Person:
    def __init__(
        self,
        r,
        origin: str | None = None,
        gender: str | None = None,
        sur: str | None = None,
        part: str | None = None,
        _inner: bool = False,
    ):
        self.origin = origin or r.choice(list(P.ORIGINS))
        fF, fM, heads, tails, slist, parts, fnparts = P.ORIGINS[self.origin]
        self.g = gender or r.choice("FM")
        if fnparts:
            self.first = r.choice(fnparts) + r.choice(fnparts).lower()
        else:
            pool = fF if self.g == "F" else fM
            self.first = _join(r, pool) if r.random() < 0.3 else r.choice(pool)
        if sur is None:
            if heads and (not slist or r.random() < 0.75):
                core = r.choice(heads) + r.choice(tails)
                core = core[0].upper() + core[1:]
                if self.g == "F":
                    for a, b in FEMALE:
                        if core.endswith(a) and self.origin in ("polish", "greek", "lithuanian", "czech", "bulgarian"):
                            core = core[: -len(a)] + b
                            break
            else:
                core = r.choice(slist)
            part = None
            if parts and r.random() < 0.7:
                part = r.choice(parts)
            if r.random() < 0.08 and not _inner:
                other = Person(r, gender=self.g, _inner=True)
                core = core + "-" + other.core
            sur = core
        self.core = sur
        self.part = part
        self.nick = r.choice(P.NICKS) if r.random() < 0.12 else None
        self.second = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.4 else ""

    # forms -------------------------------------------------------
    def sur(self) -> str:
        if not self.part:
            return self.core
        glue = "" if self.part.endswith(("'", "-")) and self.part not in ("van 't", "in 't") else " "
        return self.part + glue + self.core

    def Sur(self) -> str:
        s = self.sur()
        return s[0].upper() + s[1:]

    def full(self) -> str:
        return f"{self.first} {self.sur()}"

    def initials(self) -> str:
        f = self.first.replace("-", " ").split()
        ini = "".join(x[0] + "." for x in f) + (self.second + "." if self.second else "")
        return ini

    def with_initials(self, r) -> str:
        ini = self.initials()
        if r.random() < 0.3:
            ini = ini.replace(".", ". ").strip() if len(ini) > 2 else ini
        return f"{ini} {self.sur()}"

    def sur_first(self, r) -> str:
        c = r.randrange(3)
        if c == 0:
            return f"{self.core}, {self.initials()}" + (f" {self.part}" if self.part else "")
        if c == 1:
            return f"{self.Sur()}, {self.first}"
        return f"{self.sur().upper()}, {self.first}"

    def caps(self) -> str:
        return self.full().upper()

    def paraph(self) -> str:
        p = "".join(x[0] for x in self.first.replace("-", " ").split())
        if self.part:
            p += "".join(x[0].lower() for x in self.part.replace("'", " ").split())
        return p + "".join(x[0] for x in re.split(r"[- ]", self.core) if x)

    def title(self) -> str:
        return "mevrouw" if self.g == "F" else "de heer"

    def short_title(self, r) -> str:
        return r.choice(["mw.", "mevr.", "Mw."]) if self.g == "F" else r.choice(["dhr.", "Dhr.", "meneer"])

    def email(self, r, domain: str | None = None) -> str:
        f = fold(self.first).lower().replace(" ", "").replace("'", "")
        s = fold(self.sur()).lower().replace(" ", "").replace("'", "")
        if domain:
            return f"{f[0]}.{s}@{domain}"
        prov = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "live.nl",
                "icloud.com",
                "yahoo.com",
                "xs4all.nl",
                "planet.nl",
                "proton.me",
                "telenet.be",
                "web.de",
                "gmx.net",
            ]
        )
        c = r.randrange(5)
        local = [
            f"{f}.{s}",
            f"{f[0]}{s}{r.randint(60, 99)}",
            f"{s}_{f}",
            f"{f}{s[:3]}{r.randint(1, 9)}",
            f"{f}.{s}+post",
        ][c]
        return f"{local}@{prov}"


# ---------------------------------------------------------------- identifiers
def bsn(r) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s == 10:
            continue
        n = "".join(map(str, d)) + str(s)
        c = r.randrange(5)
        return [
            n,
            f"{n[:4]}.{n[4:6]}.{n[6:]}",
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:3]}-{n[3:6]}-{n[6:]}",
            f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        ][c]


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


IBAN_FMT = {
    "NL": ("A4", 10),
    "BE": ("", 12),
    "DE": ("", 18),
    "FR": ("", 23),
    "ES": ("", 20),
    "PL": ("", 24),
    "TR": ("", 22),
    "RO": ("A4", 16),
    "PT": ("", 21),
    "IT": ("A1", 22),
    "LU": ("", 16),
    "BG": ("A4", 14),
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]


def iban_ok(s: str) -> bool:
    s = re.sub(r"[\s\-]", "", s).upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r, country: str | None = None) -> str:
    cc = country or (r.choice(list(IBAN_FMT)) if r.random() < 0.3 else "NL")
    pre, n = IBAN_FMT[cc]
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(n))
    else:
        letters = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(int(pre[1:]) if pre else 0))
        bban = letters + "".join(str(r.randint(0, 9)) for _ in range(n))
    t = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    full = f"{cc}{chk:02d}{bban}"
    c = r.randrange(4)
    if c == 0:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    if c == 1:
        return full
    if c == 2:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4)).lower()
    return full[:4] + " " + full[4:]


def phone(r) -> str:
    c = r.randrange(12)
    d8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    if c <= 5:
        return [
            f"06-{d8}",
            f"06 {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}",
            f"+31 6 {d8[:4]} {d8[4:]}",
            f"+316{d8}",
            f"(06) {d8[:4]}-{d8[4:]}",
            f"0031 6 {d8}",
        ][c]
    if c <= 8:
        area = r.choice(["038", "0570", "058", "0182", "075", "0344", "0229", "0591", "0475", "0118", "0341"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
        return [f"{area}-{rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31 {area[1:]} {rest}"][c - 6]
    cc, ln = r.choice(
        [
            ("+32", 9),
            ("+49", 10),
            ("+48", 9),
            ("+90", 10),
            ("+212", 9),
            ("+40", 9),
            ("+44", 10),
            ("+351", 9),
            ("+380", 9),
            ("+251", 9),
            ("+233", 9),
        ]
    )
    num = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(ln - 1))
    return f"{cc} {num[:3]} {num[3:6]} {num[6:]}" if r.random() < 0.6 else f"00{cc[1:]}{num}"


def postcode(r) -> str:
    n = r.randint(1011, 9999)
    ab = r.choice("BCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
    return r.choice([f"{n} {ab}", f"{n}{ab}", f"{n} {ab}", f"{n}  {ab}".replace("  ", " ")])


def plate(r) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda k: "".join(r.choice(L) for _ in range(k))
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    c = r.randrange(9)
    p = [
        f"{n(2)}-{a(3)}-{n(1)}",
        f"{a(2)}-{n(3)}-{a(1)}",
        f"{n(1)}-{a(3)}-{n(2)}",
        f"{a(3)}-{n(2)}-{a(1)}",
        f"{a(1)}-{n(3)}-{a(2)}",
        f"{n(2)}-{a(2)}-{n(2)}",
        f"{a(2)}-{a(2)}-{n(2)}",
        f"{n(3)}-{a(2)}-{n(1)}",
        f"{a(2)}-{n(2)}-{a(2)}",
    ][c]
    s = r.random()
    if s < 0.2:
        return p.replace("-", "")
    if s < 0.3:
        return p.lower()
    if s < 0.4:
        return p.replace("-", " ")
    return p


def dob(r) -> tuple[str, str]:
    """(text, style) of a date of birth."""
    y, m, dd = r.randint(1938, 2012), r.randint(1, 12), r.randint(1, 28)
    c = r.randrange(14)
    t = [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}/{m}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MONTHS[m - 1][:3]}. {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}-{m}-'{str(y)[2:]}",
        f"{dd} {MONTHS[m - 1].upper()} {y}",
        f"{DAYWORDS[dd - 1]} {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{dd:02d}",
        f"{MON_EN[m - 1]} {dd}, {y}",
        f"{dd}/{m:02d}/{str(y)[2:]}",
        f"{dd:02d}{m:02d}{y}",
        f"{dd} {MONTHS[m - 1][:3].capitalize()} {y}",
    ][c]
    return t, str(c)


def odate(r) -> str:
    """An ordinary (kept) date in 2025-2027."""
    y, m, dd = r.choice([2025, 2026, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    c = r.randrange(5)
    return [
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{WEEKDAYS[r.randrange(7)]} {dd} {MONTHS[m - 1]}",
        f"{dd} {MONTHS[m - 1]}",
        f"{MONTHS[m - 1]} {y}",
        f"{dd} {MONTHS[m - 1][:3]} {y}",
    ][c]


def amount(r) -> str:
    e = r.choice([r.randint(12, 95), r.randint(100, 980), r.randint(1000, 9800)])
    c = r.randint(0, 99)
    return f"€ {e:,}".replace(",", ".") + f",{c:02d}" if r.random() < 0.7 else f"{e} euro"


def street(r) -> str:
    c = r.random()
    if c < 0.12:
        return f"{r.choice(P.STREET_TITLES)} {Person(r).core}{r.choice(['straat', 'laan', 'weg', 'kade'])}"
    s = r.choice(P.STREET_HEADS) + r.choice(P.STREET_TAILS)
    if c < 0.22:
        s = r.choice(P.STREET_PREFIX) + " " + s
    return s


def housenr(r) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [
            str(n),
            str(n),
            str(n),
            f"{n}a",
            f"{n}B",
            f"{n}-II",
            f"{n}-3",
            f"{n} bis",
            f"{n}/2",
            f"{n} rood",
            f"{n}-ws",
            f"{n} t/o",
        ]
    )


# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[Person] = []

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, w: str) -> str:
        if w not in self.keep:
            self.keep.append(w)
        return w

    def kk(self, *ws: str) -> str:
        return self.k(self.r.choice(ws))

    # people
    def new(self, **kw) -> Person:
        p = Person(self.r, **kw)
        self.people.append(p)
        return p

    def kin(self, p: Person, gender: str | None = None) -> Person:
        q = Person(self.r, origin=p.origin, gender=gender, sur=p.core, part=p.part)
        self.people.append(q)
        return q

    def n(self, person: Person, form: str = "full") -> str:
        r = self.r
        if form == "full":
            return self.p(person.full(), "PERSON")
        if form == "title":  # title + surname (particle capitalised)
            return f"{person.title() if r.random() < 0.5 else person.short_title(r)} " + self.p(person.Sur(), "PERSON")
        if form == "Sur":
            return self.p(person.Sur(), "PERSON")
        if form == "bare":
            return self.p(person.core, "PERSON")
        if form == "first":
            return self.p(person.first, "PERSON")
        if form == "ini":
            return self.p(person.with_initials(r), "PERSON")
        if form == "surfirst":
            return self.p(person.sur_first(r), "PERSON")
        if form == "caps":
            return self.p(person.caps(), "PERSON")
        if form == "paraph":
            return self.p(person.paraph(), "PERSON")
        if form == "lower":
            return self.p(person.full().lower(), "PERSON")
        if form == "nick":
            if person.nick:
                return (
                    self.p(f"{person.first} '{person.nick}' {person.sur()}", "PERSON")
                    if r.random() < 0.5
                    else self.p(person.nick, "PERSON")
                )
            return self.p(person.first, "PERSON")
        if form == "poss":
            f = person.first
            if f.endswith(("s", "z", "x")):
                return self.p(f, "PERSON") + "'"
            if f[-1] in "aeiouy":
                return self.p(f, "PERSON") + "'s"
            return self.p(f + "s", "PERSON")
        if form == "fold":
            fo = fold(person.full())
            return self.p(fo, "PERSON")
        raise ValueError(form)

    def any(self, person: Person, forms=("full", "title", "ini", "surfirst", "caps")) -> str:
        return self.n(person, self.r.choice(forms))

    # identifiers
    def addr(self) -> str:
        return self.p(f"{street(self.r)} {housenr(self.r)}", "ADDRESS")

    def street_only(self) -> str:
        return self.p(street(self.r), "ADDRESS")

    def pc(self) -> str:
        return self.p(postcode(self.r), "POSTCODE")

    def tel(self) -> str:
        return self.p(phone(self.r), "PHONE")

    def mail(self, person: Person, domain: str | None = None) -> str:
        return self.p(person.email(self.r, domain), "EMAIL")

    def bsn(self) -> str:
        return self.p(bsn(self.r), "BSN")

    def iban(self, cc: str | None = None) -> str:
        return self.p(iban(self.r, cc), "IBAN")

    def plate(self) -> str:
        return self.p(plate(self.r), "LICENSE_PLATE")

    def dob(self) -> str:
        return self.p(dob(self.r)[0], "DATE_OF_BIRTH")

    def case(self, fmt) -> str:
        return self.p(fmt(self.r), "CASE_NUMBER")

    def date(self) -> str:
        return self.k(odate(self.r))

    def eur(self) -> str:
        return self.k(amount(self.r))

    def town(self) -> str:
        return self.k(self.r.choice(P.TOWNS))

    def full_address(self, sep: str = ", ") -> str:
        return f"{self.addr()}{sep}{self.pc()} {self.town()}"

    def build(self, did: str, text: str, known: dict | None = None) -> dict:
        # keep only keep words that occur as whole words and share no word with a name
        names = set()
        for it in self.pii:
            if it["label"] == "PERSON":
                names |= words(it["text"])
        kw = []
        for k in self.keep:
            if k in kw or not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
                continue
            if known is None and words(k) & names:
                continue
            kw.append(k)
        text = re.sub(
            r"(^|[.!?]\s+|\n)(mevrouw|de heer|meneer|mw\.|mevr\.|dhr\.)",
            lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:],
            text,
        )
        pii = list(self.pii)
        d = {"id": did, "text": text}
        if known is not None:
            d["known"] = known
        d["pii"] = pii
        d["keep"] = kw
        return d


# ---------------------------------------------------------------- gate
def gate(doc: dict, known: bool) -> str | None:
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not whole {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    keepw = set()
    for k in doc["keep"]:
        keepw |= words(k)
    if not known:
        names = set()
        for t in persons:
            names |= words(t)
        if names & keepw:
            return f"keep shares name word {sorted(names & keepw)}"
        return None
    kn = doc.get("known", {}).get("names") or []
    if not kn:
        return "no known name"
    if not all(n in persons for n in kn):
        return "known name not annotated"
    kw = words(" ".join(kn))
    ok = False
    for w in kw:
        in_person = any(w in words(t) for t in persons)
        in_keep = any(w in re.findall(r"[^\W\d_]+", k) for k in doc["keep"])  # lower case, ordinary sense
        ok = ok or (in_person and in_keep)
    if not ok:
        return "known word not both annotated and kept"
    others = set()
    for t in persons:
        if not (words(t) & kw):
            others |= words(t)
    if others & keepw:
        return f"keep shares other name word {sorted(others & keepw)}"
    for e in doc["known"].get("emails", []):
        if {"text": e, "label": "EMAIL"} not in doc["pii"]:
            return "known email not annotated"
    for ph in doc["known"].get("phones", []):
        if {"text": ph, "label": "PHONE"} not in doc["pii"]:
            return "known phone not annotated"
    return None
