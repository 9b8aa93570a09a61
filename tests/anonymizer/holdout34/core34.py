"""Identifiers, people and the document builder of holdout34 (standard library only).

The builder records every personal item as a template writes it (``Doc.p``) and every keep word (``Doc.k``);
people are dicts whose forms (full, title + surname, surname-first, initials, capitals, paraph, first name,
nickname) are written through the builder, so each form is annotated where it occurs."""

from __future__ import annotations

import unicodedata

from pools34 import (
    DUTCH_FIRST,
    EN_MONTHS,
    MAILHOSTS,
    MONTHS,
    NICKS,
    ORIGINS,
    STREET_A,
    STREET_B,
    TITLED,
    TOWNS,
    WEEKDAYS,
)

DUTCH_PARTICLE_ORIGINS = {"dutch", "limburg"}
NUMWORDS = [
    "",
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
    "negenentwintig",
    "dertig",
    "eenendertig",
]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- people
def _first(r, o):
    a, b = ORIGINS[o][0].split(), ORIGINS[o][1]
    if o == "dutch" and r.random() < 0.5:
        return r.choice(DUTCH_FIRST)
    if b is None:
        return r.choice(a)
    x, y = r.choice(a), r.choice(b.split())
    return f"{x} {y}" if y[:1].isupper() else _cap(x + y)


def _surname(r, o):
    _, _, sp, ss, _ = ORIGINS[o]
    if not sp.strip():
        return r.choice(ss.split())
    x, y = r.choice(sp.split()), r.choice(ss.split())
    if x.endswith(("'", "-")) or x in ("Mc", "Mac", "Fitz"):
        return x + _cap(y)
    return x + y


def person(r, origin=None, core=None, gender=None, particle=None):
    o = origin or r.choice(list(ORIGINS))
    parts = ORIGINS[o][4]
    c = core or _surname(r, o)
    if core is None and r.random() < 0.07:
        c = c + "-" + _surname(r, r.choice(list(ORIGINS)))
    part = particle if particle is not None else (r.choice(parts) if parts and r.random() < 0.5 else "")
    first = _first(r, o)
    first2 = _first(r, o) if r.random() < 0.3 else ""
    if first2 == first or " " in first or " " in first2:
        first2 = ""
    return {
        "o": o,
        "first": first,
        "first2": first2,
        "part": part,
        "core": c,
        "g": gender or r.choice("mv"),
        "nick": r.choice(NICKS) if r.random() < 0.15 else "",
    }


def relative(r, p, gender=None):
    """A family member sharing the family name."""
    q = person(r, p["o"], core=p["core"], particle=p["part"], gender=gender)
    while q["first"] == p["first"]:
        q["first"] = _first(r, p["o"])
    return q


def _sur(p):
    part = p["part"]
    if part and p["o"] in DUTCH_PARTICLE_ORIGINS:
        part = _cap(part) if not part.startswith("'") else part
    return f"{part} {p['core']}".strip()


def _initials(p, r):
    names = [p["first"]] + ([p["first2"]] if p["first2"] else [])
    ini = "".join(w[0] + "." for nm in names for w in nm.split())
    style = r.random()
    if style < 0.15:
        ini = ini.replace(".", "")
    elif style < 0.25:
        ini = ini.replace(".", ". ").strip()
    return ini


# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[dict] = []
        self.streets: list[str] = []

    def _reg(self, p):
        if not any(q is p for q in self.people):
            self.people.append(p)

    def p(self, text: str, label: str = "PERSON") -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def ks(self, seq) -> str:
        return self.k(self.r.choice(seq))

    # person forms
    def full(self, p, two=False):
        self._reg(p)
        f = p["first"] + (" " + p["first2"] if two and p["first2"] else "")
        return self.p(f"{f} {p['part'] + ' ' if p['part'] else ''}{p['core']}")

    def sur(self, p):
        self._reg(p)
        return self.p(_sur(p))

    def titled(self, p):
        self._reg(p)
        t = self.r.choice(
            {"m": ["de heer", "meneer", "dhr.", "Dhr."], "v": ["mevrouw", "mw.", "mevr.", "Mevrouw"]}[p["g"]]
        )
        return f"{t} {self.sur(p)}"

    def surfirst(self, p):
        self._reg(p)
        tail = f"{p['first']} {p['part']}".strip()
        if self.r.random() < 0.4:
            tail = f"{_initials(p, self.r)} {p['part']}".strip()
        return self.p(f"{p['core']}, {tail}")

    def init(self, p):
        self._reg(p)
        return self.p(f"{_initials(p, self.r)} {p['part'] + ' ' if p['part'] else ''}{p['core']}")

    def caps(self, p):
        self._reg(p)
        return self.p(f"{p['first']} {p['part'] + ' ' if p['part'] else ''}{p['core']}".upper())

    def caps_sur(self, p):
        self._reg(p)
        return self.p(f"{p['core'].upper()}, {p['first']}")

    def paraph(self, p):
        self._reg(p)
        s = p["first"][0] + "".join(w[0] for w in p["part"].replace("'", "").split()) + p["core"][0]
        return self.p(s)

    def first(self, p):
        self._reg(p)
        return self.p(p["first"])

    def nick(self, p):
        self._reg(p)
        return self.p(p["nick"] or p["first"])

    def nickq(self, p):
        """First name, nickname in quotes, surname (one item), e.g. Mohamed 'Mo' El Hadi."""
        self._reg(p)
        if not p["nick"]:
            return self.full(p)
        return self.p(f"{p['first']} '{self.nick(p)}' {p['part'] + ' ' if p['part'] else ''}{p['core']}")

    def any(self, p, forms=("full", "titled", "surfirst", "init", "caps", "first")):
        return getattr(self, self.r.choice(forms))(p)

    # addresses and identifiers
    def street(self, num=True, titled_names=None):
        r = self.r
        if titled_names and r.random() < 0.2:
            s = f"{r.choice(TITLED)} {r.choice(titled_names)}{r.choice(['straat', 'laan', 'plein'])}"
        elif r.random() < 0.1:
            s = f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(STREET_A)}{r.choice(STREET_B)}"
        else:
            mid = (
                r.choice(["", "gors", "waard", "hoeve", "kamp", "wierde", "horst", "donk", "laak"])
                if r.random() < 0.7
                else ""
            )
            s = r.choice(STREET_A) + mid + r.choice(STREET_B)
        self.streets.append(s)
        if not num:
            return self.p(s, "ADDRESS")
        n = str(r.randint(1, 240))
        n += r.choice(["", "", "", "a", "B", "-II", "-3", " bis", "/2", " rood", "-hs", " A"])
        return self.p(f"{s} {n}", "ADDRESS")

    def postcode(self):
        r = self.r
        while True:
            ll = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
            if ll not in ("SA", "SD", "SS"):
                break
        n = str(r.randint(1011, 9999))
        return self.p(r.choice([f"{n} {ll}", f"{n} {ll}", f"{n}{ll}", f"{n} {ll.lower()}", f"{n}-{ll}"]), "POSTCODE")

    def phone(self, kind=None):
        r = self.r
        kind = kind or r.choice(["mob", "mob", "mob", "land", "foreign"])
        if kind == "mob":
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            a, b = d[1:5], d[5:]
            s = r.choice(
                [
                    f"06-{d[1:]}",
                    f"06 {a} {b}",
                    f"+31 6 {d[1:]}",
                    f"+31 (0)6 {a} {b}",
                    f"06{d[1:]}",
                    f"06 - {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                    f"0031 6 {d[1:]}",
                    f"(06) {a}-{b}",
                    f"+316{d[1:]}",
                    f"06.{d[1:3]}.{d[3:5]}.{d[5:7]}.{d[7:]}",
                ]
            )
        elif kind == "land":
            area = r.choice(
                [
                    "038",
                    "0570",
                    "055",
                    "058",
                    "0592",
                    "036",
                    "0320",
                    "023",
                    "071",
                    "0182",
                    "015",
                    "078",
                    "076",
                    "013",
                    "077",
                    "0475",
                    "046",
                    "026",
                    "024",
                    "0318",
                    "074",
                    "053",
                    "0591",
                    "0229",
                    "0299",
                    "075",
                    "0118",
                ]
            )
            rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
            rest = str(r.randint(2, 9)) + rest[1:]
            s = r.choice(
                [
                    f"{area}-{rest}",
                    f"{area} {rest}",
                    f"({area}) {rest}",
                    f"+31 {area[1:]} {rest}",
                    f"{area}-{rest[:3]} {rest[3:]}",
                ]
            )
        else:
            s = r.choice(
                [
                    f"+32 4{r.randint(60, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    f"+49 15{r.randint(1, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                    f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+40 7{r.randint(20, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    f"+212 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                    f"0044 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                    f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+351 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+359 8{r.randint(70, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+380 {r.randint(50, 99)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    f"+597 {r.randint(710, 899)}-{r.randint(1000, 9999)}",
                    f"+5999 {r.randint(510, 699)} {r.randint(1000, 9999)}",
                    f"+63 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                    f"0049 17{r.randint(0, 9)} {r.randint(1000000, 9999999)}",
                ]
            )
        return self.p(s, "PHONE")

    def email(self, p, work_domain=None):
        r = self.r
        f = fold(p["first"]).lower().replace(" ", "").replace("'", "")
        c = fold(p["core"]).lower().replace(" ", "").replace("'", "")
        pt = fold(p["part"]).lower().replace(" ", "").replace("'", "")
        if work_domain:
            local = r.choice([f"{f[0]}.{pt}{c}", f"{f}.{pt}{c}", f"{f[0]}{pt}{c}"])
            return self.p(f"{local}@{work_domain}", "EMAIL")
        local = r.choice(
            [
                f"{f}.{pt}{c}",
                f"{f}{c}{r.randint(60, 99)}",
                f"{f[0]}{c}",
                f"{c}.{f}",
                f"{f}_{c}",
                f"{f}.{c}{r.randint(1, 9)}",
                f"{c}{f[0]}{r.randint(1950, 2008)}",
                f"{f}+vve.{c}",
                f"{f}-{c}",
            ]
        )
        return self.p(f"{local}@{r.choice(MAILHOSTS)}", "EMAIL")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            if d[0] == 0 and r.random() < 0.8:
                d[0] = r.randint(1, 6)
            s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if s < 10:
                n = "".join(map(str, d + [s]))
                return self.p(
                    r.choice(
                        [n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]
                    ),
                    "BSN",
                )

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(["NL"] * 8 + ["BE", "DE", "PL", "ES", "PT", "RO", "TR", "IT", "BG", "LT", "FR"])
        dig = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        let = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        bban = {
            "NL": lambda: (
                r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]) + dig(10)
            ),
            "BE": lambda: dig(12),
            "DE": lambda: dig(18),
            "PL": lambda: dig(24),
            "ES": lambda: dig(20),
            "PT": lambda: dig(21),
            "RO": lambda: let(4) + dig(16),
            "TR": lambda: dig(5) + "0" + dig(16),
            "IT": lambda: let(1) + dig(22),
            "BG": lambda: let(4) + dig(14),
            "LT": lambda: dig(16),
            "FR": lambda: dig(23),
        }[cc]()
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return self.p(r.choice([grouped, grouped, iban, grouped.lower() if r.random() < 0.2 else iban]), "IBAN")

    def plate(self):
        r = self.r
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
        s = "".join(r.choice(PLATE_LETTERS) if ch == "X" else str(r.randint(0, 9)) if ch == "9" else ch for ch in code)
        s = r.choice([s, s, s, s.replace("-", ""), s.replace("-", " "), s.lower()])
        return self.p(s, "LICENSE_PLATE")

    def casenr(self, kind=None):
        r = self.r
        y = r.choice(["25", "26"])
        Y = "20" + y
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        fmts = {
            "vve": [f"VVE-{y}-{n(5)}", f"EIG{y}/{n(4)}", f"AP.{Y}.{n(4)}-W", f"VE{n(2)}-{y}-{n(3)}"],
            "groen": [f"KAP-{Y}-{n(4)}", f"GRN/{y}/{n(5)}", f"ERF{y}.{n(4)}", f"BM-{n(3)}-{y}", f"{Y}-TUIN-{n(3)}"],
            "verhuur": [f"VHR/{Y}/{n(4)}", f"KV-{y}{n(4)}", f"TR.{y}.{n(5)}", f"HV{Y}-{n(3)}a", f"LOD-{y}-{n(4)}"],
            "gen": [
                f"ZA{y}-{n(6)}",
                f"BZW.{Y}.{n(4)}",
                f"AFS/{y}/{n(4)}",
                f"{y}{n(2)}-VTA-{n(3)}",
                f"OB-{Y}-{n(5)}",
                f"DV{n(2)}.{y}.{n(4)}",
                f"Z{Y}{n(5)}",
            ],
        }
        return self.p(r.choice(fmts.get(kind or "gen", fmts["gen"]) + fmts["gen"][:2]), "CASE_NUMBER")

    def dob(self, young=False, style=None):
        r = self.r
        y = r.randint(2005, 2009) if young else r.randint(1936, 2003)
        m, dd = r.randint(1, 12), r.randint(1, 28)
        st = style if style is not None else r.randint(0, 16)
        s = [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd}.{m}.{y}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd} {MONTHS[m - 1][:3]}. {y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}-{m}-'{str(y)[2:]}",
            f"{dd} {MONTHS[m - 1].upper()} {y}",
            f"{NUMWORDS[dd]} {MONTHS[m - 1]} {y}",
            f"{dd}{'ste' if dd in (1, 8) or dd >= 20 else 'de'} {MONTHS[m - 1]} {y}",
            f"{WEEKDAYS[(y * 7 + m * 3 + dd) % 7]} {dd} {MONTHS[m - 1]} {y}",
            f"{y}{m:02d}{dd:02d}",
            f"{dd:02d}{m:02d}{y}",
            f"{EN_MONTHS[m - 1]} {dd}, {y}",
            f"{dd}/{m}/{str(y)[2:]}",
            f"{dd} {EN_MONTHS[m - 1][:3]} {y}",
            f"{dd}-{ROMAN[m]}-{y}",
        ][st]
        return self.p(s, "DATE_OF_BIRTH")

    # kept ordinary things
    def date(self, style=None):
        r = self.r
        y, m, dd = r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 28)
        st = style if style is not None else r.randint(0, 4)
        s = [
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd} {MONTHS[m - 1]}",
            f"{dd}-{m:02d}-{y}",
            f"{WEEKDAYS[(dd + m) % 7]} {dd} {MONTHS[m - 1]}",
            f"{y}-{m:02d}-{dd:02d}",
        ][st]
        return self.k(s)

    def amount(self):
        r = self.r
        return self.k(
            r.choice(
                [
                    f"€ {r.randint(12, 3800)},{r.randint(0, 99):02d}",
                    f"€{r.randint(50, 9000)}",
                    f"{r.randint(2, 900)} euro",
                    f"EUR {r.randint(100, 25000)},00",
                ]
            )
        )

    def town(self):
        return self.k(self.r.choice(TOWNS))
