"""Core of holdout14: marked-text renderer, people and identifiers (standard library only).

A shape writes marked text: ``M(label, text)`` marks a personal item, ``K(text)`` a keep word. ``render()`` turns it
into the document's text with its ``pii`` (each distinct item once, in order) and ``keep`` lists.
"""

from __future__ import annotations

import re
import unicodedata

import pools14 as P

_M = re.compile("\x01([A-Z_]+)\x02(.*?)\x03|\x04(.*?)\x05", re.S)


def M(label: str, text: str) -> str:
    return f"\x01{label}\x02{text}\x03"


def K(text: str) -> str:
    return f"\x04{text}\x05"


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    out, pii, keep, pos = [], [], [], 0
    seen = set()
    for m in _M.finditer(marked):
        out.append(marked[pos : m.start()])
        pos = m.end()
        if m.group(1):
            t = m.group(2)
            out.append(t)
            if (t, m.group(1)) not in seen:
                seen.add((t, m.group(1)))
                pii.append({"text": t, "label": m.group(1)})
        else:
            t = m.group(3)
            out.append(t)
            if t not in keep:
                keep.append(t)
    out.append(marked[pos:])
    return "".join(out), pii, keep


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- people


def _head(name: str) -> str:
    m = re.match(r"[^aeiouyAEIOUY]*[aeiouyAEIOUY]+", fold(name))
    return name[: m.end()] if m else name


def _tail(name: str) -> str:
    f = fold(name)
    m = re.match(r"[^aeiouyAEIOUY]*[aeiouyAEIOUY]+", f)
    return name[m.end() :] if m else ""


def compose_first(r, names: list[str]) -> str:
    for _ in range(6):
        a, b = pick(r, names), pick(r, names)
        if a == b or "-" in a or "-" in b:
            continue
        n = _head(a) + _tail(b)
        if 4 <= len(n) <= 10 and n not in names:
            return n[0].upper() + n[1:].lower()
    return pick(r, names)


REGISTRY: list = []  # the people drawn for the current document (for --audit)


class Person:
    def __init__(
        self,
        r,
        group: str | None = None,
        gender: str | None = None,
        sur: str | None = None,
        particle: str | None = None,
        first: str | None = None,
    ):
        REGISTRY.append(self)
        self.group = group or pick(r, list(P.GROUPS))
        male, female, pre, suf, parts = P.GROUPS[self.group]
        self.g = gender or pick(r, "mf")
        firsts = (male if self.g == "m" else female).split()
        self.first = first or (compose_first(r, firsts) if r.random() < 0.4 else pick(r, firsts))
        self.first2 = pick(r, (male if self.g == "m" else female).split()) if r.random() < 0.45 else ""
        if self.first2 == self.first:
            self.first2 = ""
        if sur is None:
            sur = pick(r, pre.split()) + pick(r, suf.split())
            if self.g == "f":
                for a, b in P.FEMALE.get(self.group, []):
                    if sur.endswith(a):
                        sur = sur[: -len(a)] + b
                        break
            if r.random() < 0.07:  # double-barrelled across origins
                g2 = pick(r, list(P.GROUPS))
                sur = sur + "-" + pick(r, P.GROUPS[g2][2].split()) + pick(r, P.GROUPS[g2][3].split())
        self.sur = sur
        self.particle = pick(r, parts) if particle is None else particle
        self.nick = P.NICK.get(self.first) or (
            self.first[:3] + pick(r, ["ie", "je", "y", "o"]) if len(self.first) > 4 and r.random() < 0.5 else ""
        )

    # plain strings
    def _sur_lc(self) -> str:
        p = self.particle
        if not p:
            return self.sur
        return p + self.sur if p.endswith(("'", "-")) else p + " " + self.sur

    def _sur_cap(self) -> str:
        s = self._sur_lc()
        return s[0].upper() + s[1:]

    def initials(self, style: int = 0) -> str:
        ls = [self.first[0]] + ([self.first2[0]] if self.first2 else [])
        return ["".join(c + "." for c in ls), "".join(ls), " ".join(c + "." for c in ls)][style % 3]

    # marked forms
    def full(self) -> str:
        return M("PERSON", f"{self.first} {self._sur_lc()}")

    def fn(self) -> str:
        return M("PERSON", self.first)

    def sn(self) -> str:
        return M("PERSON", self._sur_cap())

    def ini(self, style: int = 0) -> str:
        return M("PERSON", f"{self.initials(style)} {self._sur_lc()}")

    def caps(self) -> str:
        return M("PERSON", f"{self.first} {self._sur_lc()}".upper())

    def scaps(self) -> str:
        return M("PERSON", self._sur_cap().upper())

    def low(self) -> str:
        return M("PERSON", f"{self.first} {self._sur_lc()}".lower())

    def rev(self) -> str:
        tail = f" {self.particle}" if self.particle and not self.particle.endswith(("'", "-")) else ""
        if tail:
            return M("PERSON", self.sur) + ", " + M("PERSON", self.initials()) + tail
        return M("PERSON", self._sur_lc()) + ", " + M("PERSON", self.first)

    def poss(self, r) -> str:
        s = self._sur_cap()
        if s[-1] in "sxz":
            return M("PERSON", s) + "'"
        return M("PERSON", s) + "'s" if r.random() < 0.5 else M("PERSON", s + "s")

    def nk(self) -> str:
        return M("PERSON", self.nick) if self.nick else self.fn()

    def paraph(self) -> str:
        p = "".join(w[0].lower() for w in self.particle.replace("'", " ").split())
        return M("PERSON", self.initials(1) + p + self.sur[0].upper())

    def title(self, r) -> str:
        t = pick(r, ["mevrouw", "mw.", "mevr.", "Mw."] if self.g == "f" else ["de heer", "dhr.", "meneer", "Dhr."])
        return f"{t} {self.sn()}"

    def any(self, r) -> str:
        k = r.random()
        if k < 0.35:
            return self.full()
        if k < 0.55:
            return self.title(r)
        if k < 0.7:
            return self.ini(r.randrange(3))
        if k < 0.85:
            return self.sn()
        return self.fn()

    def uid(self) -> str:
        return M("PERSON", fold(self.first[0] + self.sur).lower().replace("'", "").replace("-", ""))

    def email(self, r, work: str | None = None) -> str:
        f = fold(self.first).lower().replace("-", "")
        s = fold(self._sur_lc()).lower().replace(" ", "").replace("'", "")
        if work:
            loc = pick(r, [f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"])
            return M("EMAIL", f"{loc}@{work}")
        loc = pick(
            r,
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{f}{s}{r.randrange(60, 99)}",
                f"{s}.{f}",
                f"{f}_{s}",
                f"{f}{r.randrange(1, 999)}",
                f"{s}{f[0]}{r.randrange(1960, 2010)}",
                f"{f}.{s}+post",
            ],
        )
        return M("EMAIL", f"{loc}@{pick(r, P.PROVIDERS)}")


def family(r, p: Person, gender: str | None = None) -> Person:
    return Person(r, group=p.group, gender=gender, sur=p.sur, particle=p.particle)


# ---------------------------------------------------------------- identifiers


def bsn(r, style: int | None = None) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            d.append(last)
            break
    t = "".join(map(str, d))
    style = r.randrange(6) if style is None else style
    return M(
        "BSN",
        [
            t,
            t,
            f"{t[:4]}.{t[4:6]}.{t[6:]}",
            f"{t[:3]} {t[3:6]} {t[6:]}",
            f"{t[:3]}-{t[3:6]}-{t[6:]}",
            f"{t[:2]}.{t[2:4]}.{t[4:6]}.{t[6:]}",
        ][style],
    )


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


IBAN_FMT = {  # country: BBAN pattern (n digit, a letter, c alnum)
    "NL": None,
    "BE": "n12",
    "DE": "n18",
    "FR": "n10c11n2",
    "ES": "n20",
    "PT": "n21",
    "IT": "a1n10c12",
    "PL": "n24",
    "CZ": "n20",
    "SK": "n20",
    "HU": "n24",
    "SI": "n15",
    "EE": "n16",
    "FI": "n14",
    "NO": "n11",
    "SE": "n20",
    "DK": "n14",
    "IE": "a4n14",
    "GB": "a4n14",
    "RO": "a4c16",
    "BG": "a4n6c8",
    "HR": "n17",
    "LT": "n16",
    "LV": "a4c13",
    "GR": "n7c16",
    "TR": "n5n1n16",
    "CH": "n5c12",
    "AT": "n16",
    "LU": "n3c13",
}
NL_BANKS = "INGB ABNA RABO SNSB ASNB TRIO BUNQ KNAB RBRB FVLB HAND NTSB".split()


def _bban(r, pat: str) -> str:
    out = []
    for kind, n in re.findall(r"([nac])(\d+)", pat):
        for _ in range(int(n)):
            if kind == "n":
                out.append(str(r.randrange(10)))
            elif kind == "a":
                out.append(chr(65 + r.randrange(26)))
            else:
                out.append(str(r.randrange(10)) if r.random() < 0.6 else chr(65 + r.randrange(26)))
    return "".join(out)


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t)) and _num(t[4:] + t[:4]) % 97 == 1


def iban(r, country: str | None = None, style: int | None = None) -> str:
    country = country or (pick(r, list(IBAN_FMT)) if r.random() < 0.35 else "NL")
    bban = pick(r, NL_BANKS) + _bban(r, "n10") if country == "NL" else _bban(r, IBAN_FMT[country])
    ck = 98 - _num(bban + country + "00") % 97
    t = f"{country}{ck:02d}{bban}"
    grp = " ".join(t[i : i + 4] for i in range(0, len(t), 4))
    style = r.randrange(6) if style is None else style
    return M(
        "IBAN",
        [grp, t, grp, grp.lower(), "-".join(t[i : i + 4] for i in range(0, len(t), 4)), f"{t[:4]} {t[4:]}"][style],
    )


AREA = (
    "010 020 023 024 026 030 033 035 036 038 040 043 045 046 050 053 055 058 070 071 072 073 074 075 076 077 "
    "078 079 0113 0162 0222 0251 0299 0313 0341 0413 0478 0492 0511 0522 0546 0591 0299".split()
)
FOREIGN = [
    ("32", 9),
    ("49", 11),
    ("48", 9),
    ("90", 10),
    ("212", 9),
    ("597", 7),
    ("599", 7),
    ("44", 10),
    ("351", 9),
    ("380", 9),
    ("40", 9),
    ("359", 9),
    ("963", 9),
    ("251", 9),
    ("291", 7),
    ("252", 9),
    ("93", 9),
    ("98", 10),
    ("233", 9),
    ("234", 10),
    ("243", 9),
    ("94", 9),
    ("92", 10),
    ("63", 10),
    ("353", 9),
    ("36", 9),
    ("66", 9),
    ("81", 10),
    ("82", 10),
    ("374", 8),
    ("238", 7),
    ("30", 10),
]


def phone(r, kind: str | None = None) -> str:
    kind = kind or pick(r, ["m", "m", "m", "l", "f"])
    if kind == "m":
        d = "6" + "".join(str(r.randrange(10)) for _ in range(8))
        a, b = d[1:], d
        t = pick(
            r,
            [
                f"0{b}",
                f"06-{a}",
                f"06 {a[:4]} {a[4:]}",
                f"+31 6 {a}",
                f"+31(0)6 {a[:4]} {a[4:]}",
                f"0031 6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"+316{a}",
                f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
                f"(06) {a[:4]}-{a[4:]}",
                f"+31 (0)6-{a}",
                f"06 – {a}",
            ],
        )
    elif kind == "l":
        ac = pick(r, AREA)
        rest = "".join(str(r.randrange(1, 10) if i == 0 else r.randrange(10)) for i in range(10 - len(ac)))
        t = pick(
            r,
            [
                f"{ac}-{rest}",
                f"{ac} {rest}",
                f"({ac}) {rest}",
                f"+31 {ac[1:]} {rest}",
                f"{ac}-{rest[:3]} {rest[3:]}" if len(rest) > 5 else f"{ac}-{rest}",
            ],
        )
    else:
        cc, n = pick(r, FOREIGN)
        rest = "".join(str(r.randrange(1, 10) if i == 0 else r.randrange(10)) for i in range(n))
        t = pick(r, [f"+{cc} {rest}", f"00{cc} {rest}", f"+{cc} {rest[:3]} {rest[3:]}", f"+{cc}-{rest}"])
    return M("PHONE", t)


LET = "BDFGHJKLNPRSTVXZ"


def postcode(r) -> str:
    n = str(r.randrange(1000, 9999))
    l2 = pick(r, LET) + pick(r, LET)
    return M("POSTCODE", pick(r, [f"{n} {l2}", f"{n}{l2}", f"{n} {l2}", f"{n} {l2.lower()}", f"{n}-{l2}"]))


def plate(r) -> str:
    def L(k):
        return "".join(pick(r, LET) for _ in range(k))

    def D(k):
        return "".join(str(r.randrange(10)) for _ in range(k))

    forms = [
        (L(2), D(2), D(2)),
        (D(2), D(2), L(2)),
        (D(2), L(2), D(2)),
        (L(2), D(2), L(2)),
        (L(2), L(2), D(2)),
        (D(2), L(2), L(2)),
        (D(2), L(3), D(1)),
        (D(1), L(3), D(2)),
        (L(2), D(3), L(1)),
        (L(1), D(3), L(2)),
        (L(3), D(2), L(1)),
        (L(1), D(2), L(3)),
        (D(1), L(2), D(3)),
        (D(3), L(2), D(1)),
    ]
    parts = pick(r, forms)
    k = r.random()
    t = (
        "-".join(parts)
        if k < 0.6
        else ("".join(parts) if k < 0.75 else (" ".join(parts) if k < 0.88 else "-".join(parts).lower()))
    )
    return M("LICENSE_PLATE", t)


def case(r, kind: int | None = None) -> str:
    y = pick(r, ["25", "26"])
    Y = "20" + y

    def n(k):
        return "".join(str(r.randrange(10)) for _ in range(k))

    fmts = [
        f"BRZ-{y}/{n(5)}",
        f"SHV.{Y}.{n(5)}",
        f"INV/{y}/{n(4)}-{r.randrange(1, 9)}",
        f"AVG-{Y}-{n(4)}",
        f"DLK{y}-{n(4)}",
        f"TKT-{n(5)}",
        f"INC{n(7)}",
        f"RFC-{Y}-{n(3)}",
        f"BGR/{Y}/{n(4)}",
        f"GR-{y}-{n(5)}",
        f"ADO.{y}.{n(4)}",
        f"HUW{Y}-{n(4)}",
        f"NAT-{y}-{n(4)}-{pick(r, 'KLMN')}",
        f"BB{y}/{n(4)}/0{r.randrange(1, 9)}",
        f"KWS-{Y}-{n(4)}",
        f"BR/{y}/K/{n(4)}",
        f"{y}-SCH-{n(5)}",
        f"PORTAL-{n(4)}",
        f"HR{y}.{n(4)}.{pick(r, 'ABC')}",
        f"WRK-{y}-{n(6)}",
        f"Z{y}.{n(6)}",
        f"LB-{Y}-{n(4)}",
        f"FND-{y}-{n(4)}",
        f"DEB{n(8)}",
        f"KL-{n(3)}-{n(3)}-{n(2)}",
        f"AKT {Y}-A-{n(4)}",
        f"OND/{y}/{n(4)}",
    ]
    return M("CASE_NUMBER", fmts[r.randrange(len(fmts)) if kind is None else kind])


MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN = [
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
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dob_parts(r, lo: int = 1938, hi: int = 2006):
    return r.randrange(1, 29), r.randrange(1, 13), r.randrange(lo, hi)


def dob(r, style: int | None = None, lo: int = 1938, hi: int = 2006, iso_only: bool = False) -> str:
    import datetime

    d, m, y = dob_parts(r, lo, hi)
    if iso_only:
        return M("DATE_OF_BIRTH", f"{y}-{m:02d}-{d:02d}")
    wd = WD[datetime.date(y, m, d).weekday()]
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {P.MONTHS[m - 1]} {y}",
        f"{d} {MON_ABBR[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {P.MONTHS[m - 1].upper()} {y}",
        f"{wd} {d} {P.MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{EN[m - 1]} {d}, {y}",
        f"{d}-{ROMAN[m - 1]}-{y}",
        f"{d} {P.MONTHS[m - 1]} '{str(y)[2:]}",
        f"{y}/{m:02d}/{d:02d}",
        f"{d}e {P.MONTHS[m - 1]} {y}",
        f"{d:02d}-{MON_ABBR[m - 1].rstrip('.').upper()}-{y}",
    ]
    return M("DATE_OF_BIRTH", styles[r.randrange(len(styles)) if style is None else style])


def odate(r, year: int = 2026) -> str:
    """An ordinary (kept) date."""
    d, m = r.randrange(1, 29), r.randrange(1, 13)
    return K(
        pick(
            r,
            [
                f"{d} {P.MONTHS[m - 1]} {year}",
                f"{d:02d}-{m:02d}-{year}",
                f"{d} {P.MONTHS[m - 1]}",
                f"{year}-{m:02d}-{d:02d}",
                f"{d}/{m}/{year}",
            ],
        )
    )


def amount(r, lo: int = 5, hi: int = 4000) -> str:
    v = r.randrange(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return K(pick(r, [f"€ {s}", f"€{s}", f"EUR {s}"]))


def street(r, people: list | None = None) -> str:
    k = r.random()
    if k < 0.12:
        pre = pick(r, P.STREET_TITLE) + " " + Person(r).sur
        return pre + pick(r, ["straat", "laan", "weg", "plein"])
    if k < 0.22:
        return pick(r, ["Korte ", "Lange ", "Oude ", "Nieuwe "]) + pick(r, P.STREET_PRE) + pick(r, P.STREET_SUF)
    return pick(r, P.STREET_PRE) + pick(r, P.STREET_SUF)


def housenr(r) -> str:
    n = str(r.randrange(1, 240))
    return pick(
        r,
        [
            n,
            n,
            n,
            n + pick(r, "abcd"),
            n + pick(r, "ABC"),
            n + "-II",
            n + "-" + str(r.randrange(1, 5)),
            n + " hs",
            n + " bis",
            n + "/2",
        ],
    )


def address(r, st: str | None = None) -> str:
    return M("ADDRESS", f"{st or street(r)} {housenr(r)}")
