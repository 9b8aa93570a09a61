"""People, identifiers and the template renderer of holdout11 (standard library only).

A shape is a template string; ``Ctx.render`` fills its slots and records each personal item exactly as written
(``pii``) and each ordinary word that must survive (``keep``). Slots:

- ``{A.full}``, ``{A.first}``, ``{A.sur}`` (particle capitalised), ``{A.surl}``, ``{A.last}`` (no particle),
  ``{A.ini}``, ``{A.caps}``, ``{A.capsur}``, ``{A.poss}``, ``{A.nick}``, ``{A.email}``, ``{A.uid}``, ``{A.file}``,
  ``{A.phone}``, ``{A.addr}``, ``{A.street}``, ``{A.pc}``, ``{A.dob}``, ``{A.bsn}``, ``{A.iban}``, ``{A.plate}``,
  ``{A.tsur}`` (title and surname, the title not annotated), ``{A.tfull}``, ``{A.fn}`` (function, kept),
  pronouns ``{A.zij}``/``{A.Zij}``/``{A.haar}``/``{A.Haar}``/``{A.hem}``, ``{A.mevr}``, ``{A.kind}``,
  ``{A.ouder}``, ``{A.partner}``. Letters A..H are people; A is the resident, B a relative of A, M the mediator,
  O/P/Q officials.
- ``{k:a|b}`` a kept word (one of the alternatives), ``{c:a|b}`` a plain choice, ``{town}``, ``{dept}``,
  ``{scheme}``, ``{org}``, ``{fn}``, ``{place}``, ``{date}``, ``{amount}``, ``{gmail}``, ``{cue}`` (kept);
  ``{phone}``, ``{mobile}``, ``{land}``, ``{foreign}``, ``{bsn}``, ``{iban}``, ``{pc}``, ``{plate}``, ``{case}``,
  ``{dob}``, ``{addr}``, ``{street}`` (personal); ``{time}``, ``{n}`` plain. An upper-case slot name (``{TOWN}``,
  ``{CASE}``, ``{DATE}``...) is drawn once per document.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata

import pools11 as P

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
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def eleven_ok(bsn: str) -> bool:
    d = re.sub(r"\D", "", bsn)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d != "000000000"


def iban_ok(iban: str) -> bool:
    s = re.sub(r"[\s.\-]", "", iban).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------- identifiers


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10 and d[0] + d[1] > 0:
            b = "".join(map(str, d + [s]))
            if eleven_ok(b):
                break
    f = r.randrange(6)
    return [
        b,
        f"{b[:4]}.{b[4:6]}.{b[6:]}",
        f"{b[:3]} {b[3:6]} {b[6:]}",
        f"{b[:3]}-{b[3:6]}-{b[6:]}",
        f"{b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}",
        f"{b[:3]}.{b[3:6]}.{b[6:]}",
    ][f]


IBAN_SPEC = {
    "NL": lambda r: (
        r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
        + "".join(str(r.randint(0, 9)) for _ in range(10))
    ),
    "BE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(12)),
    "DE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(18)),
    "FR": lambda r: "".join(str(r.randint(0, 9)) for _ in range(23)),
    "AT": lambda r: "".join(str(r.randint(0, 9)) for _ in range(16)),
    "IE": lambda r: "AIBK" + "".join(str(r.randint(0, 9)) for _ in range(14)),
    "IT": lambda r: "X" + "".join(str(r.randint(0, 9)) for _ in range(22)),
    "PL": lambda r: "".join(str(r.randint(0, 9)) for _ in range(24)),
    "TR": lambda r: "".join(str(r.randint(0, 9)) for _ in range(22)),
    "RO": lambda r: "BTRL" + "".join(str(r.randint(0, 9)) for _ in range(16)),
    "SE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(20)),
}


def make_iban(r: random.Random, country: str | None = None) -> str:
    cc = country or r.choice(["NL"] * 8 + list(IBAN_SPEC))
    bban = IBAN_SPEC[cc](r)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    raw = f"{cc}{ck:02d}{bban}"
    f = r.randrange(7)
    groups = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if f == 0:
        return raw
    if f == 1:
        return groups.lower()
    if f == 2:
        return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if f == 3:
        return raw[:4] + " " + raw[4:]
    return groups


def make_pc(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    a = r.choice("BCDEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
    return r.choice([f"{n} {a}", f"{n}{a}", f"{n} {a.lower()}", f"{n}-{a}", f"{n}{a.lower()}", f"{n}  {a}"])


PLATE_CODES = [
    "LL-99-99",
    "99-99-LL",
    "99-LL-99",
    "LL-99-LL",
    "LL-LL-99",
    "99-LL-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
    "999-LL-9",
    "L-99-LLL",
]


def make_plate(r: random.Random) -> str:
    code = r.choice(PLATE_CODES)
    s = "".join(r.choice("BDFGHJKLNPRSTVXZ") if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    f = r.randrange(5)
    return [s, s.replace("-", ""), s.replace("-", " "), s.lower(), s][f]


def make_case(r: random.Random) -> str:
    y = r.choice(["25", "26"])
    yy = "20" + y
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    forms = [
        f"VTA-{yy}-{d(4)}",
        f"AFS/{y}/{d(5)}",
        f"MED-{y}-{d(4)}",
        f"BMD.{yy}.{d(4)}",
        f"WMO/{y}/{d(5)}-B",
        f"Z/{y}/{d(6)}",
        f"ZK{y}-{d(6)}",
        f"{yy}-{d(6)}",
        f"BZ {yy}/{d(4)}",
        f"INT-{y}-{d(5)}",
        f"D/{yy}/{d(3)}.{d(3)}",
        f"W{y}.{d(5)}",
        f"MEL-{yy}-{d(5)}",
        f"Z{yy}-{d(8)}",
        f"HZ/BB/{y}/{d(4)}",
        f"{yy}.{d(2)}.{d(4)}",
        f"KL-{y}/{d(4)}",
        f"SOC{y}-{d(4)}",
        f"REG {y}.{d(4)}.A",
        f"OB-{d(3)}-{y}",
        f"#{d(6)}",
        f"V{y}/{d(3)}/{d(3)}",
        f"PV-{yy}{d(5)}",
        f"GEM{d(7)}",
    ]
    return r.choice(forms)


def make_phone(r: random.Random, kind: str = "any") -> str:
    if kind == "any":
        kind = r.choice(["mobile"] * 5 + ["land"] * 3 + ["foreign"] * 2)
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    if kind == "mobile":
        n = str(r.randint(1, 9)) + d(7)
        a, b, c, e = n[:2], n[2:4], n[4:6], n[6:]
        return r.choice(
            [
                f"06-{n[:4]} {n[4:]}",
                f"06 {a} {b} {c} {e}",
                f"+31 6 {n[:4]} {n[4:]}",
                f"+316-{n}",
                f"06{n}",
                f"(06) {n[:4]}-{n[4:]}",
                f"06 {n[:3]} {n[3:6]} {n[6:]}",
                f"+31 (0)6 {a} {b} {c} {e}",
                f"0031-6-{n}",
                f"06.{n[:4]}.{n[4:]}",
                f"06 - {a} {b} {c} {e}",
                f"+31 6-{a} {b} {c} {e}",
                f"06/{n[:4]}{n[4:]}",
                f"+31.6.{n}",
                f"06–{n}",
            ]
        )
    if kind == "land":
        area = r.choice(["010", "020", "030", "070", "050", "040", "0513", "0575", "0299", "0478", "0344", "0162"])
        k = 10 - len(area)
        n = d(k)
        n = str(r.randint(2, 8)) + n[1:]
        sp = f"{n[:3]} {n[3:5]} {n[5:]}" if k == 7 else f"{n[:2]} {n[2:4]} {n[4:]}"
        return r.choice(
            [
                f"{area}-{n}",
                f"({area}) {sp}",
                f"{area} - {sp}",
                f"+31 (0){area[1:]} {n}",
                f"{area}/{n}",
                f"+31 {area[1:]} {sp}",
                f"{area} {n}",
                f"0031 {area[1:]} {n}",
            ]
        )
    return r.choice(
        [
            f"+32 470 {d(2)} {d(2)} {d(2)}",
            f"+49 151 {d(8)}",
            f"+90 532 {d(3)} {d(2)} {d(2)}",
            f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+597 {d(3)}-{d(4)}",
            f"+599 9 {d(3)} {d(4)}",
            f"+44 7700 {d(6)}",
            f"+48 {d(3)} {d(3)} {d(3)}",
            f"+380 67 {d(3)} {d(4)}",
            f"0033 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"+351 91{d(1)} {d(3)} {d(3)}",
            f"00963 9{d(2)} {d(3)} {d(3)}",
            f"+233 24 {d(3)} {d(4)}",
            f"+40 7{d(2)} {d(3)} {d(3)}",
        ]
    )


def make_dob(r: random.Random) -> str:
    y, m, dd = r.randint(1934, 2011), r.randint(1, 12), r.randint(1, 28)
    f = r.randrange(15)
    return [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}/{m}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MON3[m - 1]} {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}-{m}-'{str(y)[2:]}",
        f"{dd:02d}{m:02d}{y}",
        f"{dd} {ROMAN[m - 1]} {y}",
        f"{dd} {MONTHS[m - 1]} '{str(y)[2:]}",
        f"{EN[m - 1]} {dd}, {y}",
        f"{dd} {MONTHS[m - 1].capitalize()} {y}",
        f"{dd:02d}/{m:02d}/{str(y)[2:]}",
        f"{dd}e {MONTHS[m - 1]} {y}",
        f"{dd:02d}-{MON3[m - 1].rstrip('.').upper()}-{y}",
    ][f]


def make_date(r: random.Random) -> str:
    y, m, dd = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} {MONTHS[m - 1]}",
            f"{dd} {MON3[m - 1]} {y}",
            f"{r.choice(WEEKDAYS)} {dd} {MONTHS[m - 1]}",
            f"{dd}/{m}/{y}",
        ]
    )


def make_amount(r: random.Random) -> str:
    v = r.choice([r.randint(15, 999), r.randint(1000, 25000)])
    c = r.randint(0, 99)
    t = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {t},{c:02d}", f"€{t},-", f"EUR {t}", f"{t} euro", f"€ {t}"])


def make_street(r: random.Random) -> str:
    x = r.random()
    if x < 0.1:
        return (
            r.choice(["Burgemeester ", "Dokter ", "Pastoor "])
            + r.choice(P.STREET_PERSON)
            + r.choice(["laan", "straat", "plein"])
        )
    base = r.choice(P.STREET_PRE) + r.choice(P.STREET_SUF)
    if x < 0.22:
        return r.choice(["Korte ", "Lange ", "Oude ", "Nieuwe "]) + base
    return base


def house_no(r: random.Random) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n)] * 5 + [f"{n}a", f"{n}-II", f"{n}-3", f"{n}B", f"{n} hs", f"{n}-bis"])


# ---------------------------------------------------------------- people

TITLES_F = ["mevrouw", "mevrouw", "mw.", "mevr.", "Mw.", "Mevr.", "Mevrouw"]
TITLES_M = ["meneer", "de heer", "dhr.", "Dhr.", "de heer", "Meneer", "mijnheer"]


class Person:
    def __init__(
        self,
        r: random.Random,
        origin: str | None = None,
        gender: str | None = None,
        surname: str | None = None,
        official: bool = False,
    ) -> None:
        self.r = r
        self.origin = origin or r.choice(list(P.ORIGINS))
        o = P.ORIGINS[self.origin]
        self.g = gender or r.choice("mf")
        self.first = r.choice(o[self.g])
        fp = P.FIRST_PARTS.get(self.origin, {}).get(self.g)
        if fp and r.random() < 0.5:
            self.first = r.choice(fp[0]) + r.choice(fp[1])
        if surname is None:
            if o.get("pre") and (not o.get("lst") or r.random() < 0.8):
                surname = r.choice(o["pre"]) + r.choice(o["suf"])
                if self.origin == "polish" and self.g == "f" and surname.endswith("ski"):
                    surname = surname[:-1] + "a"
                if self.origin == "bulgarian" and self.g == "f" and surname.endswith(("ov", "ev")):
                    surname += "a"
            else:
                surname = r.choice(o["lst"])
            if o.get("part") and r.random() < 0.6:
                surname = r.choice(o["part"]) + " " + surname
            if r.random() < 0.07:  # double-barrelled, across origins
                other = Person(r, gender=self.g)
                surname = surname + "-" + other.surcap
        self.surl = surname
        self.official = official
        self.fnword = r.choice(P.FUNCTIONS) if official else ""
        self.nickname = o.get("nick", {}).get(self.first)
        self._cache: dict[str, str] = {}

    @property
    def surcap(self) -> str:
        return self.surl[0].upper() + self.surl[1:]

    @property
    def last(self) -> str:
        words = self.surl.split(" ")
        i = 0
        while i < len(words) - 1 and words[i].lower() in {"van", "de", "der", "den", "ter", "te", "in", "'t", "op"}:
            i += 1
        return " ".join(words[i:])

    @property
    def full(self) -> str:
        return f"{self.first} {self.surl}"

    def initials(self) -> str:
        parts = re.split(r"[ -]", self.first)
        letters = [p[0] for p in parts if p]
        if len(letters) == 1 and self.r.random() < 0.5:
            letters.append(self.r.choice("AJMHPCEW"))
        return self.r.choice([".".join(letters) + ".", "".join(letters), " ".join(letters), ".".join(letters)])

    def email(self) -> str:
        if "email" in self._cache:
            return self._cache["email"]
        r = self.r
        f = fold(self.first).lower().replace(" ", "").replace("'", "")
        s = fold(self.surl).lower().replace(" ", "").replace("'", "")
        last = fold(self.last).lower().replace(" ", "").replace("'", "")
        if self.official:
            local = r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{last}", f"{f}.{last}"])
            dom = fold(r.choice(P.TOWNS)).lower().replace(" ", "") + ".nl"
        else:
            local = r.choice(
                [
                    f"{f}.{s}",
                    f"{f[0]}.{last}{r.randint(60, 99)}",
                    f"{last}_{f[0]}",
                    f"{f}+gemeente",
                    f"{f}{last}",
                    f"{f}_{last[:4]}",
                    f"{last}.{f}",
                    f"{f[0]}{last}.{r.randint(1, 9)}",
                    f"{f}.{r.randint(1960, 2005)}",
                ]
            )
            dom = r.choice(P.DOMAINS)
        self._cache["email"] = local + "@" + dom
        return self._cache["email"]

    def uid(self) -> str:
        f = fold(self.first).lower().replace(" ", "")
        last = fold(self.last).lower().replace(" ", "").replace("'", "").replace("-", "")
        return self.r.choice([f[0] + last, f + last[:1], f"{last}{f[0]}", f"{f[:3]}{last[:3]}"])


# ---------------------------------------------------------------- the renderer

SLOT = re.compile(r"\{([^{}]+)\}")
# The people of the last draw of each document (for the audit; a redraw overwrites its document's entry).
PEOPLE: dict[str, list[tuple[str, str]]] = {}


class Ctx:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.people: dict[str, Person] = {}
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.once: dict[str, str] = {}
        self.town = r.choice(P.TOWNS)
        self.word = ""
        self.phrases: list[str] = []

    # people -------------------------------------------------------------
    def person(self, L: str) -> Person:
        if L not in self.people:
            r = self.r
            if L == "B" and "A" in self.people and r.random() < 0.7:
                a = self.people["A"]
                self.people[L] = Person(r, a.origin, surname=a.surl)
            elif L in "OPQM":
                self.people[L] = Person(r, official=True)
            else:
                self.people[L] = Person(r)
            p = self.people[L]
            used = {q.first for k, q in self.people.items() if k != L}
            for _ in range(20):
                if p.first not in used:
                    break
                p.first = r.choice(P.ORIGINS[p.origin][p.g])
        return self.people[L]

    def item(self, text: str, label: str) -> str:
        assert label in LABELS, label
        self.pii.append((text, label))
        return text

    def k(self, text: str) -> str:
        self.keep.append(text)
        return text

    def pslot(self, L: str, attr: str) -> str:
        p = self.person(L)
        r = self.r
        c = p._cache
        it = self.item
        if attr == "full":
            return it(p.full, "PERSON")
        if attr == "first":
            return it(p.first, "PERSON")
        if attr == "sur":
            return it(p.surcap, "PERSON")
        if attr == "surl":
            return it(p.surl, "PERSON")
        if attr == "last":
            return it(p.last, "PERSON")
        if attr == "ini":
            if "ini" not in c:
                c["ini"] = p.initials()
            return it(f"{c['ini']} {p.surl}", "PERSON")
        if attr == "caps":
            return it(p.full.upper(), "PERSON")
        if attr == "capsur":
            return it(p.surl.upper(), "PERSON")
        if attr == "poss":
            name = r.choice([p.first, p.surcap])
            if name[-1] in "sxzSXZ":
                return it(name, "PERSON") + "'"
            if name[-1] in "aeiouyAEIOUY":
                return it(name, "PERSON") + "'s"
            return it(name + "s", "PERSON")
        if attr == "nick":
            n = p.nickname or p.first.split(" ")[0].split("-")[0][:4]
            return it(n, "PERSON")
        if attr == "email":
            return it(p.email(), "EMAIL")
        if attr == "uid":
            if "uid" not in c:
                c["uid"] = p.uid()
            return it(c["uid"], "PERSON")
        if attr == "file":
            f = fold(p.last).lower().replace(" ", "").replace("'", "")
            return it(f, "PERSON")
        if attr in ("phone", "mobile", "land", "foreign"):
            key = "ph_" + attr
            if key not in c:
                c[key] = make_phone(r, "any" if attr == "phone" else attr)
            return it(c[key], "PHONE")
        if attr == "street":
            if "street" not in c:
                c["street"] = make_street(r)
            return it(c["street"], "ADDRESS")
        if attr == "addr":
            if "street" not in c:
                c["street"] = make_street(r)
            if "no" not in c:
                c["no"] = house_no(r)
            return it(f"{c['street']} {c['no']}", "ADDRESS")
        for a, fn, lab in (
            ("pc", make_pc, "POSTCODE"),
            ("dob", make_dob, "DATE_OF_BIRTH"),
            ("bsn", make_bsn, "BSN"),
            ("iban", make_iban, "IBAN"),
            ("plate", make_plate, "LICENSE_PLATE"),
            ("case", make_case, "CASE_NUMBER"),
        ):
            if attr == a:
                if a not in c:
                    c[a] = fn(r)
                return it(c[a], lab)
        if attr == "gdob":
            cue = r.choice(["geboren op ", "geb. ", "geboortedatum ", "° ", "*", "DOB ", "geb.dat.: ", "Geboren: "])
            return cue + self.pslot(L, "dob")
        if attr in ("gsur", "gfull"):
            t = r.choice(["mevrouw", "mevrouw", "mw.", "Mevr."] if p.g == "f" else ["heer", "meneer", "dhr.", "heer"])
            return t + " " + it(p.surcap if attr == "gsur" else p.full, "PERSON")
        if attr == "tsur":
            return self.title(p) + " " + it(p.surcap, "PERSON")
        if attr == "tfull":
            return self.title(p) + " " + it(p.full, "PERSON")
        if attr == "tini":
            return self.title(p) + " " + self.pslot(L, "ini")
        if attr == "fn":
            if not p.fnword:
                p.fnword = r.choice(P.FUNCTIONS)
            return self.k(p.fnword)
        f = p.g == "f"
        words = {
            "zij": ("zij", "hij"),
            "Zij": ("Zij", "Hij"),
            "haar": ("haar", "zijn"),
            "Haar": ("Haar", "Zijn"),
            "hem": ("haar", "hem"),
            "mevr": ("mevrouw", "meneer"),
            "kind": ("dochter", "zoon"),
            "ouder": ("moeder", "vader"),
            "partner": ("vrouw", "man"),
            "Mevr": ("Mevrouw", "Meneer"),
            "heer": ("mevrouw", "heer"),
            "zus": ("zus", "broer"),
            "buur": ("buurvrouw", "buurman"),
            "zn": ("d'r", "z'n"),
        }
        if attr in words:
            return words[attr][0 if f else 1]
        raise KeyError(attr)

    def title(self, p: Person) -> str:
        return self.r.choice(TITLES_F if p.g == "f" else TITLES_M)

    # slots ---------------------------------------------------------------
    def slot(self, spec: str) -> str:
        r = self.r
        if spec.startswith("k:"):
            return self.k(r.choice(spec[2:].split("|")))
        if spec.startswith("c:"):
            return r.choice(spec[2:].split("|"))
        if re.fullmatch(r"[A-HMOPQ]\.\w+", spec):
            return self.pslot(spec[0], spec[2:])
        if spec == "W":
            phrase = self.r.choice(self.phrases)
            self.k(self.word.lower())
            return phrase
        if spec.isupper() and spec.lower() != spec:
            if spec not in self.once:
                self.once[spec] = self.slot(spec.lower())
                return self.once[spec]
            v = self.once[spec]
            self._rerecord(spec.lower(), v)
            return v
        makers = {
            "phone": (lambda: make_phone(r), "PHONE"),
            "mobile": (lambda: make_phone(r, "mobile"), "PHONE"),
            "land": (lambda: make_phone(r, "land"), "PHONE"),
            "foreign": (lambda: make_phone(r, "foreign"), "PHONE"),
            "bsn": (lambda: make_bsn(r), "BSN"),
            "iban": (lambda: make_iban(r), "IBAN"),
            "pc": (lambda: make_pc(r), "POSTCODE"),
            "plate": (lambda: make_plate(r), "LICENSE_PLATE"),
            "case": (lambda: make_case(r), "CASE_NUMBER"),
            "dob": (lambda: make_dob(r), "DATE_OF_BIRTH"),
            "addr": (lambda: f"{make_street(r)} {house_no(r)}", "ADDRESS"),
            "street": (lambda: make_street(r), "ADDRESS"),
        }
        if spec in makers:
            fn, lab = makers[spec]
            return self.item(fn(), lab)
        kept = {
            "town": lambda: r.choice(P.TOWNS),
            "dept": lambda: r.choice(P.DEPTS),
            "scheme": lambda: r.choice(P.SCHEMES),
            "org": lambda: r.choice(P.ORGS),
            "fn": lambda: r.choice(P.FUNCTIONS),
            "place": lambda: r.choice(P.PLACES),
            "date": lambda: make_date(r),
            "amount": lambda: make_amount(r),
            "cue": lambda: r.choice(P.CASE_CUES),
            "gmail": lambda: r.choice(P.GENERIC_MAIL).format(t=fold(self.town).lower().replace(" ", "")),
            "kcc": lambda: "14 0" + r.choice(["10", "20", "30", "40", "50", "53", "55", "58", "70", "73", "76"]),
        }
        if spec in kept:
            return self.k(kept[spec]())
        if spec == "time":
            return f"{r.randint(8, 17)}:{r.choice(['00', '05', '15', '30', '40', '45', '50'])}"
        if spec == "sdate":  # ascending dates within a document (timelines)
            if not hasattr(self, "day"):
                self.day = r.randint(0, 300)
            self.day += r.randint(2, 20)
            day = datetime.date(2025, 1, 1) + datetime.timedelta(days=self.day)
            return self.k(
                r.choice([f"{day.day} {MONTHS[day.month - 1]} {day.year}", f"{day.day:02d}-{day.month:02d}-{day.year}"])
            )
        if spec == "n":
            return str(r.randint(2, 9))
        if spec == "mytown":
            return self.k(self.town)
        raise KeyError(spec)

    def _rerecord(self, spec: str, v: str) -> None:
        for t, lab in self.pii:
            if t == v:
                self.pii.append((t, lab))
                return
        self.keep.append(v)

    def render(self, tpl: str) -> str:
        while SLOT.search(tpl):
            tpl = SLOT.sub(lambda m: self.slot(m.group(1)), tpl)
        return tpl

    def doc(self, did: str, text: str, known: dict | None = None) -> dict:
        seen, pii = set(), []
        for t, lab in self.pii:
            if (t, lab) not in seen and t in text:
                seen.add((t, lab))
                pii.append({"text": t, "label": lab})
        keep = []
        for k in self.keep:
            if k not in keep and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
                keep.append(k)
        PEOPLE[did] = [(p.first, p.surl) for p in self.people.values() if p.first in text or p.surl in text]
        d = {"id": did, "text": text}
        if known is not None:
            d["known"] = known
        d["pii"] = pii
        d["keep"] = keep
        return d
