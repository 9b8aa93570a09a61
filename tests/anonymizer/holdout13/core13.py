"""People, identifiers and the marked-text renderer of holdout13 (standard library only).

A shape writes text with marks: ``M(text, label)`` is a personal item, ``K(text)`` a keep word. ``render`` strips the
marks and records every item exactly as it was written, so every form in which an item occurs is annotated.
"""

from __future__ import annotations

import re
import string
from random import Random

import pools13 as PL

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
SCORER_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def M(text: str, label: str) -> str:
    return f"\x01{label}\x02{text}\x03"


def K(text: str) -> str:
    return f"\x04{text}\x05"


_MARK = re.compile(r"\x01([A-Z_]+)\x02(.*?)\x03|\x04(.*?)\x05", re.S)


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    out, pii, keep, pos = [], [], [], 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        if m.group(1):
            out.append(m.group(2))
            item = {"text": m.group(2), "label": m.group(1)}
            if item not in pii:
                pii.append(item)
        else:
            out.append(m.group(3))
            if m.group(3) not in keep:
                keep.append(m.group(3))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


# ---------------------------------------------------------------- origins and people
class Origin:
    def __init__(self, line: str) -> None:
        code, m, f, pre, suf, part = line.split("|")
        self.code, self.m, self.f = code, m.split(","), f.split(",")
        self.pre, self.suf = pre.split(","), suf.split(",")
        self.part = [p for p in part.split(";") if p]


ORIGINS = [Origin(x) for x in PL.ORIGINS.strip().splitlines()]
_V = set("aeiouyáéíóúàèëïöüâêîôûąęőűåæøœəāēīōūǎěǐǒǔ")


def _vowel_cut(name: str) -> int:
    i = 0
    while i < len(name) and name[i].lower() not in _V:
        i += 1
    while i < len(name) and name[i].lower() in _V:
        i += 1
    return max(i, 1)


def first_name(r: Random, o: Origin, g: str) -> str:
    pool = o.m if g == "m" else o.f
    if r.random() < 0.4 and len(pool) >= 3:
        a, b = r.sample(pool, 2)
        if " " not in a + b and "-" not in a + b:
            head = a[: _vowel_cut(a)]
            tail = b[_vowel_cut(b) :]
            if len(tail) >= 2 and len(head + tail) >= 4:
                return head + tail
    return r.choice(pool)


def surname(r: Random, o: Origin, g: str) -> str:
    suf = r.choice(o.suf)
    if "/" in suf:
        suf = suf.split("/")[1 if g == "f" else 0]
    return r.choice(o.pre) + suf


class Person:
    def __init__(
        self,
        r: Random,
        origin: Origin | None = None,
        g: str | None = None,
        family: Person | None = None,
        first: str | None = None,
        sur: str | None = None,
        part: str | None = None,
    ) -> None:
        self.o = origin or (family.o if family else r.choice(ORIGINS))
        self.g = g or r.choice("mf")
        self.first = first or first_name(r, self.o, self.g)
        if family:
            self.part, self.sur = family.part, family.sur
        else:
            self.part = (
                part if part is not None else (r.choice(self.o.part) if self.o.part and r.random() < 0.6 else "")
            )
            self.sur = sur or surname(r, self.o, self.g)
            if sur is None and r.random() < 0.07:
                self.sur += "-" + surname(r, r.choice(ORIGINS), self.g)
        self.second = r.choice(string.ascii_uppercase.replace("Q", "").replace("X", "")) if r.random() < 0.45 else ""
        self.nick = (self.first[:3] + r.choice(["ie", "y", "o", "tje"])).capitalize() if r.random() < 0.25 else ""

    # plain strings (callers mark them)
    def sname(self, cap: bool = False) -> str:
        p = self.part
        if not p:
            return self.sur
        if cap or p[0].isupper():
            p = p[0].upper() + p[1:]
        return p + self.sur if p.endswith(("'", "-")) else f"{p} {self.sur}"

    def full(self) -> str:
        return f"{self.first} {self.sname()}"

    def initials(self) -> str:
        ini = "".join(w[0].upper() + "." for w in re.split(r"[\s-]", self.first) if w)
        return ini + (self.second + "." if self.second else "")

    def paraph(self) -> str:
        ini = self.initials().replace(".", "")
        pp = "".join(w[0].lower() for w in self.part.replace("'", " ").replace("-", " ").split()) if self.part else ""
        return ini + pp + self.sur[0].upper()

    def title(self) -> str:
        return "mevrouw" if self.g == "f" else "de heer"

    def short_title(self, r: Random) -> str:
        return r.choice(["mw.", "mevr.", "Mw."] if self.g == "f" else ["dhr.", "Dhr.", "meneer"])

    def words(self) -> set[str]:
        return {w.lower() for w in re.findall(r"[\w']+", self.full())}


def ascii_fold(s: str) -> str:
    import unicodedata

    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
def bsn(r: Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def bsn_form(r: Random, b: str) -> str:
    return r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"])


IBAN_SPEC = {
    "NL": None,
    "BE": "12d",
    "DE": "18d",
    "FR": "23d",
    "ES": "20d",
    "PL": "24d",
    "TR": "22d",
    "PT": "21d",
    "AT": "16d",
    "CH": "17d",
    "SE": "20d",
    "GB": "4a14d",
    "IE": "4a14d",
    "LU": "16d",
    "HU": "24d",
    "CZ": "20d",
}
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "REVO"]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r: Random) -> str:
    cc = "NL" if r.random() < 0.6 else r.choice(sorted(IBAN_SPEC)[1:] if False else [c for c in IBAN_SPEC if c != "NL"])
    spec = IBAN_SPEC[cc]
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(r.choice(string.digits) for _ in range(10))
    else:
        m = re.fullmatch(r"(?:(\d+)a)?(\d+)d", spec)
        na, nd = int(m.group(1) or 0), int(m.group(2))
        bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(na)) + "".join(
            r.choice(string.digits) for _ in range(nd)
        )
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_form(r: Random, i: str) -> str:
    g = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return r.choice([g, g, i, i.lower(), g.replace(" ", "-"), f"{i[:2]} {i[2:4]} {i[4:]}"])


def phone(r: Random) -> str:
    d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    k = r.random()
    if k < 0.55:
        n = "6" + str(r.randint(1, 5)) + d(7)
        return r.choice(
            [
                f"0{n}",
                f"0{n[:1]}-{n[1:]}",
                f"0{n[:1]} {n[1:5]} {n[5:]}",
                f"+31 {n[:1]} {n[1:]}",
                f"+31{n}",
                f"0031 {n[:1]} {n[1:5]} {n[5:]}",
                f"0{n[:1]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"(0{n[:1]}) {n[1:]}",
                f"0{n[:1]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}",
            ]
        )
    if k < 0.85:
        area = r.choice(
            [
                "010",
                "020",
                "030",
                "050",
                "053",
                "070",
                "074",
                "076",
                "0591",
                "0592",
                "045",
                "046",
                "0478",
                "038",
                "036",
                "0570",
                "0182",
                "0299",
            ]
        )
        rest = d(10 - len(area))
        return r.choice([f"{area}-{rest}", f"{area} {rest}", f"({area}) {rest}", f"+31 {area[1:]} {rest}"])
    cc = r.choice(
        [
            "+32 4",
            "+48 6",
            "+90 5",
            "+212 6",
            "+49 15",
            "+40 7",
            "+359 8",
            "+380 6",
            "+44 7",
            "+351 9",
            "+597 8",
            "+599 9",
            "+251 9",
            "+234 8",
            "+63 9",
            "+98 91",
        ]
    )
    return f"{cc}{d(2)} {d(3)} {d(3)}" if r.random() < 0.5 else f"00{cc[1:].replace(' ', ' ')}{d(2)} {d(6)}"


def postcode(r: Random) -> str:
    n = r.randint(1011, 9999)
    while True:
        lt = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if lt not in ("SA", "SD", "SS"):
            break
    return r.choice([f"{n} {lt}", f"{n} {lt}", f"{n}{lt}", f"{n} {lt.lower()}"])


def street(r: Random) -> str:
    return r.choice(PL.STREET_PRE) + r.choice(PL.STREET_SUF)


def house(r: Random) -> str:
    n = r.randint(1, 212)
    return r.choice([str(n), str(n), str(n), f"{n}a", f"{n}B", f"{n}-II", f"{n} bis", f"{n}-3"])


def plate(r: Random) -> str:
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))  # noqa: E731
    D = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    p = r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"{L(2)}-{L(2)}-{D(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
            f"{L(2)}-{D(2)}-{L(2)}",
        ]
    )
    return r.choice([p, p, p.replace("-", ""), p.lower(), p.replace("-", " ")])


def case_number(r: Random, year: int = 2026) -> str:
    yy = year % 100
    D = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    L = lambda: r.choice("ABCDEFGHKMPRSTVW")  # noqa: E731
    return r.choice(
        [
            f"VTA13-{year}-{D(4)}",
            f"AFT/{yy}/{D(5)}",
            f"BSL-{year}-{D(4)}-{L()}",
            f"{year}.MED.{D(5)}",
            f"BZK{yy}-{D(4)}",
            f"OVL-{yy}{D(2)}-{D(3)}",
            f"MDB{D(7)}",
            f"BB{yy}/{D(5)}",
            f"A{yy}.{D(3)}.{D(3)}",
            f"BSL/{D(4)}/{yy}",
            f"KC-{D(6)}",
            f"WIJK{yy}-{D(4)}",
            f"DB-{year}-{D(3)}-{L()}{L()}",
            f"{D(4)}-VTA-{yy}",
            f"PLN/{yy}/{D(4)}",
            f"OB{year}{D(4)}",
            f"JGD-{yy}.{D(4)}",
            f"HRZ{yy}/{D(3)}-{L()}",
            f"NOT-{year}/{D(3)}",
            f"AGD{yy}{D(2)}.{D(2)}",
        ]
    )


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "dossiernummer",
    "besluitnummer",
    "agendapunt",
    "registratienummer",
    "ons kenmerk",
    "referentie",
    "zaak",
    "bezwaarnummer",
    "afstemmingsnummer",
    "meldingnummer",
    "casusnummer",
]


def dob(r: Random, young: bool = False) -> tuple[str, str]:
    """A date of birth: (text, plain style name)."""
    y = r.randint(2007, 2014) if young else r.randint(1936, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = PL.MONTHS[m - 1]
    words = [
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
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {mon} {y}",
        f"{d} {mon[:3]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{y % 100:02d}",
        f"{d} {mon.upper()} {y}",
        f"{words[d - 1]} {mon} {y}",
        f"{d:02d}{m:02d}{y}",
        f"{d}e {mon} {y}",
    ]
    return r.choice(styles), ""


def spoken_dob(r: Random, young: bool = False) -> str:
    y = r.randint(2007, 2014) if young else r.randint(1950, 1999)
    m, d = r.randint(1, 12), r.randint(1, 28)
    units = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    tens = {
        2: "twintig",
        3: "dertig",
        4: "veertig",
        5: "vijftig",
        6: "zestig",
        7: "zeventig",
        8: "tachtig",
        9: "negentig",
    }
    teen = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]

    def num(n: int) -> str:
        if n < 10:
            return units[n]
        if n < 20:
            return teen[n - 10]
        t, u = divmod(n, 10)
        if not u:
            return tens[t]
        link = "ën" if units[u].endswith("e") else "en"
        return units[u] + link + tens[t]

    yr = f"negentien{num(y % 100)}" if y < 2000 else f"tweeduizend{num(y % 100)}"
    return f"{num(d)} {PL.MONTHS[m - 1]} {yr}"


def ordinary_date(r: Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.choice([2025, 2026, 2026])
    return r.choice(
        [
            f"{d} {PL.MONTHS[m - 1]} {y}",
            f"{d} {PL.MONTHS[m - 1]}",
            f"{d:02d}-{m:02d}-{y}",
            f"{PL.WEEKDAYS[r.randint(0, 4)]} {d} {PL.MONTHS[m - 1]}",
        ]
    )


def email(r: Random, p: Person) -> str:
    f, s = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.sur).lower().replace("'", "").replace(" ", "")
    pp = ascii_fold(p.part).lower().replace(" ", "").replace("'", "") if p.part else ""
    local = r.choice(
        [
            f"{f}.{pp}{s}",
            f"{f[0]}{pp}{s}",
            f"{f}_{s}{r.randint(1, 99)}",
            f"{s}.{f}",
            f"{f}{r.randint(1960, 2012)}",
            f"{f}.{s}+gemeente",
            f"{pp}{s}{f[0]}",
        ]
    )
    return f"{local}@{r.choice(PL.MAILHOSTS)}"


def work_email(p: Person, dom: str = "gemeente.nl") -> str:
    s = ascii_fold(p.sname()).lower().replace(" ", "").replace("'", "")
    return f"{ascii_fold(p.first).lower().replace(' ', '')[0]}.{s}@{dom}"
