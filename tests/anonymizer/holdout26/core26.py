"""Identifiers, people and the document builder of holdout26 (round twenty-six)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import pools26 as P

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
EN_MON = "January February March April May June July August September October November December".split()
DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
NUMW = (
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig "
    "zesentwintig zevenentwintig achtentwintig negenentwintig dertig eenendertig"
).split()


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum((9 - i) * x for i, x in enumerate(d)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice(
                [
                    s,
                    s,
                    f"{s[:4]}.{s[4:6]}.{s[6:]}",
                    f"{s[:3]} {s[3:6]} {s[6:]}",
                    f"{s[:3]}-{s[3:6]}-{s[6:]}",
                    f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                ]
            )


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum((9 - i) * int(x) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    t = re.sub(r"[\s\-.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


BANKS = "RABO INGB ABNA SNSB ASNB TRIO KNAB BUNQ RBRB FVLB HAND NTSB".split()


def iban(r, country: str | None = None) -> str:
    cc = country or r.choice(
        ["NL"] * 8 + ["BE", "DE", "FR", "ES", "PL", "TR", "PT", "IT", "MA", "RO", "BG", "AT", "LT"]
    )
    dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    al = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    bban = {
        "NL": lambda: r.choice(BANKS) + dg(10),
        "BE": lambda: dg(12),
        "DE": lambda: dg(18),
        "FR": lambda: dg(23),
        "ES": lambda: dg(20),
        "PL": lambda: dg(24),
        "TR": lambda: dg(5) + "0" + dg(16),
        "PT": lambda: dg(21),
        "IT": lambda: al(1) + dg(10) + dg(12),
        "MA": lambda: dg(24),
        "RO": lambda: al(4) + dg(16),
        "BG": lambda: al(4) + dg(6) + dg(8),
        "AT": lambda: dg(16),
        "LT": lambda: dg(16),
    }[cc]()
    s = cc + _iban_check(cc, bban) + bban
    st = r.random()
    if st < 0.55:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if st < 0.8:
        return s
    if st < 0.88:
        return s.lower() if cc == "NL" else s
    if st < 0.94:
        return "-".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s[:4] + " " + s[4:]


def phone(r, kind: str | None = None) -> str:
    kind = kind or r.choice(["m", "m", "m", "m", "l", "l", "f"])
    if kind == "m":
        n = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        a, b = n[1:], n
        return r.choice(
            [
                f"0{b[:1]}-{a}",
                f"0{b[:1]} {a[:4]} {a[4:]}",
                f"+31 6 {a}",
                f"+31 (0)6 {a[:4]} {a[4:6]} {a[6:]}",
                f"0031 6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
                f"06{a}",
                f"06 - {a[:2]} {a[2:5]} {a[5:]}",
                f"+316{a}",
                f"(06) {a[:4]}-{a[4:]}",
            ]
        )
    if kind == "l":
        area = r.choice(
            [
                "010",
                "020",
                "030",
                "013",
                "024",
                "026",
                "038",
                "040",
                "043",
                "050",
                "053",
                "055",
                "058",
                "070",
                "071",
                "072",
                "073",
                "075",
                "076",
                "077",
                "078",
                "0118",
                "0162",
                "0172",
                "0313",
                "0341",
                "0416",
                "0475",
                "0523",
                "0548",
                "0570",
                "0591",
            ]
        )
        k = 10 - len(area)
        n = "".join(str(r.randint(0, 9)) for _ in range(k))
        n = str(r.randint(2, 9)) + n[1:]
        return r.choice(
            [
                f"{area}-{n}",
                f"{area} {n[:3]} {n[3:]}" if k == 7 else f"{area} {n[:2]} {n[2:4]} {n[4:]}",
                f"({area}) {n}",
                f"+31 {area[1:]} {n}",
                f"{area} - {n}",
            ]
        )
    cc, ln = r.choice(
        [
            ("+32 4", 8),
            ("+49 15", 9),
            ("+212 6", 8),
            ("+90 53", 8),
            ("+48 5", 8),
            ("+597 8", 6),
            ("+599 9 5", 6),
            ("+44 7", 9),
            ("+33 6", 8),
            ("+40 7", 8),
            ("+359 8", 8),
            ("+380 6", 8),
            ("+251 9", 8),
            ("+252 6", 7),
            ("+93 7", 8),
            ("+98 91", 8),
            ("+963 9", 8),
            ("+297 56", 5),
        ]
    )
    n = "".join(str(r.randint(0, 9)) for _ in range(ln))
    return r.choice([f"{cc}{n}", f"{cc} {n[:2]} {n[2:4]} {n[4:]}", f"{cc.replace('+', '00')}{n}"])


PLATE_LET = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    L = lambda: r.choice(PLATE_LET)
    D = lambda: str(r.randint(0, 9))
    code = r.choice(
        [
            "XX-99-99",
            "99-99-XX",
            "99-XX-99",
            "XX-99-XX",
            "XX-XX-99",
            "99-XX-XX",
            "99-XXX-9",
            "9-XXX-99",
            "XX-999-X",
            "X-999-XX",
            "XXX-99-X",
            "X-99-XXX",
            "9-XX-999",
            "999-XX-9",
        ]
    )
    s = "".join(L() if c == "X" else D() if c == "9" else c for c in code)
    st = r.random()
    return s if st < 0.65 else s.replace("-", "") if st < 0.8 else s.replace("-", " ") if st < 0.9 else s.lower()


def postcode(r) -> str:
    while True:
        lt = r.choice(PLATE_LET + "AEMOUWY") + r.choice(PLATE_LET + "AEMOUWY")
        if lt not in ("SA", "SD", "SS"):
            break
    n = str(r.randint(1000, 9999))
    return r.choice([f"{n} {lt}", f"{n} {lt}", f"{n}{lt}", f"{n} {lt.lower()}", f"{n}  {lt}"])


CASE_FMT = [
    lambda r, y: f"FRD-{y}-{r.randint(100, 99999):05d}",
    lambda r, y: f"ID/20{y}/{r.randint(1, 9999):04d}",
    lambda r, y: f"NZ{y}.{r.randint(1000, 9999)}",
    lambda r, y: f"OPL-20{y}-{r.randint(1, 999):04d}-{r.choice('KLMR')}",
    lambda r, y: f"20{y}.FAM.{r.randint(1, 9999):04d}",
    lambda r, y: f"RC-{y}/{r.randint(10000, 99999)}",
    lambda r, y: f"HS{y}-{r.randint(1, 9999):04d}",
    lambda r, y: f"VT-20{y}-{r.randint(1000, 9999)}",
    lambda r, y: f"NAZ/{y}/{r.randint(1, 99999):05d}",
    lambda r, y: f"SH-{y}.{r.randint(1000, 9999)}",
    lambda r, y: f"TS 20{y}-{r.randint(10000, 99999)}",
    lambda r, y: f"HLT{y}/{r.randint(1, 9999):04d}",
    lambda r, y: f"KB-{y}-{r.randint(1, 999999):06d}",
    lambda r, y: f"LB{y}.{r.randint(10000, 99999)}",
    lambda r, y: f"ZW-{r.randint(1, 12):02d}{y}-{r.randint(100, 999)}",
    lambda r, y: f"GZ20{y}/{r.randint(1, 12):02d}/{r.randint(1, 9999):04d}",
    lambda r, y: f"AF-{y}-FAM-{r.randint(1, 9999):04d}",
    lambda r, y: f"{y}/VIA/{r.randint(1, 9999):04d}",
    lambda r, y: f"DGD-20{y}-{r.randint(10000, 99999)}",
    lambda r, y: f"MF{y}x{r.randint(1000, 9999)}",
    lambda r, y: f"ERK-20{y}-{r.randint(1, 9999):04d}",
    lambda r, y: f"NW/{y}/{r.randint(1, 999):04d}",
    lambda r, y: f"PLN{r.randint(100000, 999999)}-{y}",
    lambda r, y: f"BO.{y}.{r.randint(100, 999)}.{r.randint(10, 99)}",
    lambda r, y: f"W{y}-{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}",
    lambda r, y: f"JR-{r.randint(1, 99):02d}-{y}-{r.randint(100, 999)}",
    lambda r, y: f"CJG{y}{r.randint(10000, 99999)}",
    lambda r, y: f"MED-20{y}-{r.randint(1, 999):03d}",
]


def case(r) -> str:
    return r.choice(CASE_FMT)(r, r.choice(["24", "25", "26", "26", "26"]))


def birth(r, lo: int = 1938, hi: int = 2006) -> dt.date:
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def dob_text(r, d: dt.date) -> str:
    st = r.randrange(17)
    y2 = f"{d.year % 100:02d}"
    return [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {MON3[d.month - 1]}. {d.year}" if d.month != 5 else f"{d.day} mei {d.year}",
        d.isoformat(),
        f"{d.day}-{d.month}-'{y2}",
        f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}",
        f"{NUMW[d.day - 1]} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day}{'ste' if d.day in (1, 8) or d.day >= 20 else 'de'} {MONTHS[d.month - 1]} {d.year}",
        f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.year}{d.month:02d}{d.day:02d}",
        f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
        f"{d.day}/{d.month}/{y2}",
        f"{d.day} {EN_MON[d.month - 1][:3]} {d.year}",
        f"{d.day:02d}{d.month:02d}{d.year}",
    ][st]


def odate(r, year: int = 2026) -> str:
    """An ordinary (kept) date in 2025/2026."""
    d = dt.date(r.choice([2025, year, year]), r.randint(1, 12), r.randint(1, 28))
    return r.choice(
        [
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS[d.month - 1]}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
            f"{d.day}-{d.month}-{d.year}",
            d.isoformat(),
        ]
    )


def amount(r) -> str:
    v = r.randint(15, 4800)
    return r.choice([f"€ {v},-", f"€{v},{r.randint(0, 99):02d}", f"{v} euro", f"EUR {v}.{r.randint(0, 99):02d}"])


# ---------------------------------------------------------------- people
def _cap_part(p: str) -> str:
    return p[0].upper() + p[1:] if p else p


@dataclass
class Person:
    first: str
    sur: str  # without particle
    particle: str = ""
    gender: str = "m"
    group: str = "nl"
    firsts: list = field(default_factory=list)  # all first names (official)
    nick: str = ""
    order: str = "wf"  # "fw" for family-name-first cultures (Vietnamese, Chinese, Korean, Hungarian)

    def full(self) -> str:
        if self.order == "sf":
            return f"{self.sur} {self.first}"
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    def last(self) -> str:
        """The family name without a first name (particle capitalised as Dutch does after a title)."""
        return " ".join(
            x for x in (_cap_part(self.particle) if self.group in ("nl", "nlp", "li") else self.particle, self.sur) if x
        )

    def last_lower(self) -> str:
        return " ".join(x for x in (self.particle, self.sur) if x)

    def initials(self, r) -> str:
        ini = [f[0] for f in (self.firsts or [self.first])]
        st = r.choice(["J.P.", "J. P.", "JP", "J.P"])
        if st == "J.P.":
            s = ".".join(ini) + "."
        elif st == "J. P.":
            s = ". ".join(ini) + "."
        elif st == "JP":
            s = "".join(ini)
        else:
            s = ".".join(ini)
        if "-" in self.first and st == "J.P.":
            a, b = self.first.split("-", 1)
            s = f"{a[0]}.-{b[0]}."
        return f"{s} {self.last_lower()}" if r.random() < 0.5 or not self.particle else f"{s} {self.last()}"

    def sur_first(self, r) -> str:
        if self.particle and r.random() < 0.5:
            return f"{self.sur}, {' '.join(self.firsts or [self.first])} {self.particle}"
        return (
            f"{self.last()}, {' '.join(self.firsts or [self.first])}"
            if r.random() < 0.6
            else f"{self.last()}, {self.first}"
        )

    def official(self) -> str:
        return " ".join(x for x in (" ".join(self.firsts or [self.first]), self.particle, self.sur) if x)

    def paraph(self) -> str:
        parts = (
            [self.first[0]]
            + [w.strip("'")[0].lower() for w in self.particle.split()]
            + [re.sub(r"[^\w]", "", self.sur)[0]]
        )
        return "".join(parts)


def _compose(r, g: dict, key_pre="pre", key_suf="suf") -> str:
    pre, suf = r.choice(g[key_pre]), r.choice(g[key_suf])
    if suf.startswith("A "):
        return f"{pre} {suf}"
    if r.random() < 0.6:
        # an inner syllable of the origin's sound, so that the name is on no list
        mid = r.choice(P.MIDS.get(g.get("mid", ""), P.MIDS["gen"]))
        if pre[-1].lower() in "aeiouyáéíóúàèìòùâêîôûäëïöüıęąėūāēīō" and mid[0] in "aeiouy":
            mid = mid[1:] or mid
        pre = pre + mid
    return pre + suf


def _fem(rule: str, s: str) -> str:
    if rule == "pl":
        return re.sub(r"(ski|cki)$", lambda m: m.group(1)[:-1] + "a", s)
    if rule == "a":
        return s + "a" if re.search(r"(ov|ev|in)$", s) else s
    if rule == "lt":
        return re.sub(r"(as|us|is)$", "ienė", s)
    if rule == "cz":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("ný"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if rule == "gr":
        return re.sub(
            r"(opoulos|akis|idis|atos|ellis)$",
            lambda m: {"opoulos": "opoulou", "akis": "aki", "idis": "idou", "atos": "atou", "ellis": "elli"}[
                m.group(1)
            ],
            s,
        )
    return s


def surname(r, grp: str, gender: str) -> tuple[str, str]:
    g = P.G[grp]
    particle = ""
    if grp == "vi":
        return r.choice(g["sur"]), ""
    if "sur" in g and ("pre" not in g or r.random() < 0.5):
        s = r.choice(g["sur"])
    elif grp == "li" and r.random() < 0.35:
        s = g["verpre"] + r.choice(g["versuf"])
    else:
        s = _compose(r, g)
    if "fem" in g and gender == "f":
        s = _fem(g["fem"], s)
    if grp == "nlp":
        particle = r.choice(g["part"])
    elif "part" in g and r.random() < 0.5:
        pt = r.choice(g["part"])
        if pt in ("O'", "Mc", "Mac", "D'", "Al-", "El-"):
            s = pt + s
        elif grp in ("vl",):
            s = f"{pt} {s}" if pt != "Ver" else pt + s.lower()
        elif grp in ("ma", "ar", "it", "ph"):
            s = f"{pt} {s}"
        else:
            particle = pt
    if grp == "es" and r.random() < 0.6:
        s = f"{s} {_compose(r, g)}"
    return s, particle


def first_name(r, grp: str, gender: str) -> str:
    g = P.G[grp]
    pool = g.get(gender) or []
    if "fpre" in g and (not pool or r.random() < 0.45):
        return r.choice(g["fpre"]) + r.choice(g["fsuf"])
    if grp not in ("vi",) and len(pool) > 3 and r.random() < 0.45:
        a, b = r.sample(pool, 2)
        va = [i for i, c in enumerate(a) if c.lower() in "aeiouy" and 1 < i < len(a) - 1]
        vb = [i for i, c in enumerate(b) if c.lower() in "aeiouy" and 0 < i < len(b) - 1]
        if va and vb:
            return a[: va[0] + 1] + b[vb[-1] + 1 :]
    return r.choice(pool)


def person(
    r, grp: str | None = None, gender: str | None = None, sur: tuple | None = None, double: bool | None = None
) -> Person:
    grp = grp or r.choices(list(P.WEIGHTS), weights=list(P.WEIGHTS.values()))[0]
    gender = gender or r.choice("mf")
    if grp == "vi":
        g = P.G["vi"]
        s = sur[0] if sur else r.choice(g["sur"])
        mid = r.choice(g["mid_m" if gender == "m" else "mid_f"])
        giv = r.choice(g[gender])
        p = Person(first=f"{mid} {giv}", sur=s, gender=gender, group=grp, order="sf")
        p.nick = giv
        return p
    first = first_name(r, grp, gender)
    if sur:
        s, part = sur
    else:
        s, part = surname(r, grp, gender)
    p = Person(first=first, sur=s, particle=part, gender=gender, group=grp)
    if grp in ("zh", "kr", "hu") and r.random() < 0.3:
        p.order = "sf"
    if r.random() < 0.3 and grp not in ("zh", "kr", "short"):
        second = first_name(r, grp, gender)
        if second != first:
            p.firsts = [first, second]
    if double is None:
        double = r.random() < 0.07
    if double and not sur and grp not in ("es", "zh", "kr", "short"):
        g2 = r.choices(list(P.WEIGHTS), weights=list(P.WEIGHTS.values()))[0]
        s2, p2 = surname(r, g2 if g2 not in ("vi", "es") else "nl", gender)
        if " " not in s2 or p2:
            p.sur = f"{p.sur}-{p2 + ' ' if p2 else ''}{s2}"
    stem = re.sub(r"[^A-Za-zÀ-ÿ]", "", first)[: 3 + r.randint(0, 1)]
    p.nick = (stem + r.choice(P.NICK_SUF)) if len(stem) >= 2 else first
    return p


def family_member(r, p: Person, gender: str | None = None) -> Person:
    q = person(r, p.group if p.group != "vi" else "vi", gender, sur=(p.sur, p.particle), double=False)
    for _ in range(5):
        if q.first != p.first and q.nick != p.nick:
            break
        q = person(r, p.group if p.group != "vi" else "vi", gender, sur=(p.sur, p.particle), double=False)
    if p.group == "vi":
        q.sur = p.sur
    return q


def street(r) -> str:
    if r.random() < 0.1:
        s = person(r, "nl")
        return f"{r.choice(P.STREET_TITLE)} {s.sur}{r.choice(['straat', 'laan', 'singel', 'plein'])}"
    if r.random() < 0.55:
        return r.choice(P.STREET_PRE) + r.choice(P.STREET_MID) + r.choice(P.STREET_END)
    return r.choice(P.STREET_PRE) + r.choice(P.STREET_SUF)


def house_no(r) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n)] * 6 + [f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n} bis", f"{n}/2", f"{n} rood", f"{n}-A"])


def email(r, p: Person, work: str | None = None) -> str:
    fn, sn = fold(p.first.split()[0]).lower(), re.sub(r"[^a-z]", "", fold(p.sur).lower())
    pt = re.sub(r"[^a-z]", "", p.particle.lower())
    if work:
        return r.choice([f"{fn[0]}.{pt}{sn}@{work}", f"{fn}.{pt}{sn}@{work}", f"{fn[0]}{sn}@{work}"])
    y = str(r.randint(60, 99)) if r.random() < 0.5 else str(r.randint(1960, 2005))
    loc = r.choice(
        [
            f"{fn}.{pt}{sn}",
            f"{fn}{sn}{y}",
            f"{fn[0]}.{sn}",
            f"{sn}.{fn}",
            f"{fn}_{sn}",
            f"{fn}.{sn}+post",
            f"{sn}{fn[0]}{y[-2:]}",
            f"{fn}{y}",
        ]
    )
    if len(loc) < 6:
        loc += y
    return f"{loc}@{r.choice(P.MAIL_PROV)}"


# ---------------------------------------------------------------- builder
class Pi(str):
    """A personal item: its text and its label."""

    def __new__(cls, text: str, label: str):
        o = super().__new__(cls, text)
        o.label = label
        return o


class Kp(str):
    """A keep word or phrase."""


SLOT = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []

    def add(self, x) -> None:
        if isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
            return
        if isinstance(x, Pi):
            self.pii.append((str(x), x.label))
        elif isinstance(x, Kp):
            self.keep.append(str(x))
        self.parts.append(str(x))

    def t(self, tpl: str, **kw) -> Doc:
        pos = 0
        for m in SLOT.finditer(tpl):
            self.parts.append(tpl[pos : m.start()])
            if m.group(1):
                self.add(kw[m.group(1)])
            else:
                self.add(Kp(re.sub(r"\{(\w+)\}", lambda g: str(kw[g.group(1)]), m.group(2))))
            pos = m.end()
        self.parts.append(tpl[pos:])
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def build(self, did: str, known: dict | None = None) -> dict:
        text = self.text()
        pii, seen = [], set()
        for t, lab in self.pii:
            if (t, lab) not in seen and t.strip():
                seen.add((t, lab))
                pii.append({"text": t, "label": lab})
        keep, ks = [], set()
        for k in self.keep:
            if k not in ks and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
                ks.add(k)
                keep.append(k)
        d = {"id": did, "text": text}
        if known:
            d["known"] = known
        d["pii"] = pii
        d["keep"] = keep
        return d
