"""Identifiers, people and the document builder of holdout25 (standard library only)."""

from __future__ import annotations

import re
import unicodedata

import pools25 as P

REG = {"first": set(), "sur": set(), "street": set()}  # what the accepted documents drew (for --audit)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
def bsn_digits(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn(r) -> str:
    b = bsn_digits(r)
    return r.choice(
        [
            b,
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}",
        ]
    )


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    c = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1


BANKS = "ABNA RABO INGB SNSB ASNB TRIO KNAB BUNQ RBRB FVLB HAND NNBA".split()
IBAN_LEN = {"BE": 12, "DE": 18, "FR": 23, "ES": 20, "PL": 24, "PT": 21, "AT": 16, "TR": 22, "LU": 16, "IT": 0, "RO": 0}


def iban(r, cc: str | None = None) -> str:
    cc = cc or r.choice(["NL"] * 6 + ["BE", "DE", "FR", "ES", "PL", "PT", "AT", "TR", "IT", "RO"])
    if cc == "NL":
        bban = r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "IT":
        bban = r.choice("ABCDEFX") + "".join(str(r.randint(0, 9)) for _ in range(22))
    elif cc == "RO":
        bban = r.choice(["BTRL", "RNCB", "BRDE"]) + "".join(str(r.randint(0, 9)) for _ in range(16))
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(IBAN_LEN[cc]))
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
    c = cc + _iban_check(cc, bban) + bban
    style = r.random()
    if style < 0.5:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    if style < 0.75:
        return c
    if style < 0.85:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4)).lower()
    if style < 0.93:
        return "-".join(c[i : i + 4] for i in range(0, len(c), 4))
    return cc + " " + c[2:]


AREA = "010 020 030 040 050 053 058 070 071 072 073 074 075 076 077 078 079 0113 0118 0162 0313 0320 0341 0413 0475 0495 0513 0522 0575 0591".split()
FOREIGN = [
    ("+48", "5## ### ###"),
    ("+90", "53# ### ## ##"),
    ("+44", "7### ######"),
    ("+212", "6 ## ## ## ##"),
    ("+597", "8## ####"),
    ("+599", "9 5## ####"),
    ("+351", "91# ### ###"),
    ("+34", "6## ## ## ##"),
    ("+49", "15# #######"),
    ("+32", "47# ## ## ##"),
    ("+40", "72# ### ###"),
    ("+380", "67 ### ## ##"),
    ("+963", "9## ### ###"),
    ("+251", "91 ### ####"),
    ("+33", "6 ## ## ## ##"),
    ("+39", "3## ### ####"),
]


def _fill(r, pat: str) -> str:
    return "".join(str(r.randint(0, 9)) if c == "#" else c for c in pat)


def mobile(r) -> str:
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{n}",
            f"06 {n[:4]} {n[4:]}",
            f"06{n}",
            f"+31 6 {n}",
            f"+316{n}",
            f"0031 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"(06) {n[:4]} {n[4:]}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"+31 (0)6 {n}",
            f"06/{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
        ]
    )


def landline(r) -> str:
    a = r.choice(AREA)
    n = "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(10 - len(a)))
    return r.choice([f"{a}-{n}", f"{a} {n}", f"{a}{n}", f"+31 {a[1:]} {n}", f"({a}) {n}"])


def foreign_phone(r, cc: str | None = None) -> str:
    pre, pat = next((f for f in FOREIGN if f[0] == cc), None) or r.choice(FOREIGN)
    num = _fill(r, pat)
    return r.choice([f"{pre} {num}", f"00{pre[1:]} {num}"])


def phone(r) -> str:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.85 else foreign_phone(r)


PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def postcode(r) -> str:
    n = r.randint(1000, 9999)
    lt = r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
    return r.choice([f"{n} {lt}", f"{n} {lt}", f"{n}{lt}", f"{n} {lt.lower()}", f"{n}-{lt}"])


PLATE_L = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
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
    "L-99-LLL",
    "9-LL-999",
    "999-LL-9",
]


def plate(r) -> str:
    sc = r.choice(SIDECODES)
    s = "".join(r.choice(PLATE_L) if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in sc)
    x = r.random()
    return s if x < 0.6 else s.replace("-", "") if x < 0.75 else s.lower() if x < 0.87 else s.replace("-", " ")


CASE_FORMATS = [
    "BZC-{Y}-{n5}",
    "HZ{y}/{n4}-K",
    "OMB.{Y}.{n3}.{d2}",
    "KL{y}-{n4}",
    "BAC/{y}/{n4}",
    "AV-{n4}-{Y}",
    "VTA.{y}.K{n4}",
    "RB{y}-{n3}-{n3}",
    "DZ-{Y}-{n4}/B",
    "NO-{y}.{n5}",
    "BOB {Y}/{n4}",
    "ADV-{y}-{n4}-C",
    "KBA{y}{n5}",
    "HRZ/{n4}/{y}",
    "T{y}.{d2}-{n4}",
    "WOO-{y}-{n4}",
    "ZAAK-{n4}-{y}",
    "INT/K/{y}/{n4}",
    "MED-{y}-A{n3}",
    "BZW/{y}/{d2}.{d2}",
    "SUP{y}-{n3}",
    "LP-{Y}-{n3}",
    "TLK.{n5}.{y}",
    "RFL/{y}/{n3}",
]


def case_number(r, fmt: str | None = None) -> str:
    fmt = fmt or r.choice(CASE_FORMATS)
    y = r.choice(["25", "26"])
    return fmt.format(
        Y="20" + y,
        y=y,
        n5=f"{r.randint(10000, 99999)}",
        n4=f"{r.randint(1000, 9999)}",
        n3=f"{r.randint(100, 999)}",
        d2=f"{r.randint(10, 99)}",
    )


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "dossiernummer",
    "ons kenmerk",
    "uw kenmerk",
    "registratienummer",
    "klachtnummer",
    "bezwaarnummer",
    "referentie",
    "zaak",
    "dossier",
    "casus",
    "verzoeknummer",
    "volgnummer",
    "zaakcode",
]

MONTH_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = "January February March April May June July August September October November December".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
DAY_WORDS = [
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
]


def dob(r, lang: str = "nl", lo: int = 1938, hi: int = 2011) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    if lang == "en":
        return r.choice(
            [
                f"{EN_MONTHS[m - 1]} {d}, {y}",
                f"{d} {EN_MONTHS[m - 1]} {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {EN_MONTHS[m - 1][:3]} {y}",
            ]
        )
    if lang == "de":
        return r.choice([f"{d}. {DE_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "pl":
        return r.choice([f"{d} {PL_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y} r."])
    if lang == "tr":
        return r.choice([f"{d} {TR_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "es":
        return r.choice([f"{d} de {ES_MONTHS[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}"])
    if lang == "fr":
        return r.choice([f"{d} {FR_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])
    if lang == "pt":
        return r.choice([f"{d} de {PT_MONTHS[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}"])
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {P.MONTHS[m - 1]} {y}",
        f"{d} {MONTH_ABBR[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {P.MONTHS[m - 1].upper()} {y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{d} {P.MONTHS[m - 1][:3].capitalize()} {y}",
    ]
    if d <= 20:
        styles.append(f"{DAY_WORDS[d - 1]} {P.MONTHS[m - 1]} {y}")
    return r.choice(styles)


def ordinary_date(r) -> str:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {P.MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {P.MONTHS[m - 1]}",
            f"{d}-{m}-{y}",
            f"{WEEKDAYS_C[r.randrange(7)]} {d} {P.MONTHS[m - 1]}",
        ]
    )


WEEKDAYS_C = [w for w in P.WEEKDAYS]


def amount(r) -> str:
    return r.choice(
        [f"€ {r.randint(12, 4800)},{r.randint(0, 99):02d}", f"€{r.randint(20, 2500)},-", f"{r.randint(30, 900)} euro"]
    )


def town(r) -> str:
    return r.choice(P.TOWNS)


# ---------------------------------------------------------------- people
ORIGIN_NAMES = list(P.ORIGINS)
NONDUTCH = [
    o for o in ORIGIN_NAMES if o not in ("nederlands", "nederlands_tussenv", "fries", "gronings", "limburgs", "vlaams")
]


class Person:
    def __init__(
        self,
        r,
        origin: str | None = None,
        sex: str | None = None,
        surname: str | None = None,
        particle: str | None = None,
        first: str | None = None,
    ):
        self.origin = origin or r.choice(ORIGIN_NAMES + ["nederlands", "nederlands_tussenv"] * 3)
        pre, suf, ma, mb, fa, fb, parts = P.ORIGINS[self.origin]
        self.sex = sex or r.choice("mf")
        a, b = (ma, mb) if self.sex == "m" else (fa, fb)
        if first is None:
            first = r.choice(a.split()) + r.choice(b.split())
            if self.origin.endswith("_lijst"):
                first = first.replace("--", "-")
            first = first[0].upper() + first[1:]
        self.first = first
        if surname is None:
            if self.origin in P.LIST_SURNAMES:
                surname = r.choice(P.LIST_SURNAMES[self.origin])
            else:
                surname = r.choice(pre.split()) + r.choice(suf.split())
                if self.origin == "pools" and self.sex == "f" and surname.endswith("ski"):
                    surname = surname[:-1] + "a"
                if self.origin == "bulgaars" and self.sex == "f":
                    surname += "a"
                if self.origin == "grieks" and self.sex == "f" and surname.endswith("os"):
                    surname = surname[:-2] + "ou"
                if self.origin == "litouws" and self.sex == "f":
                    surname = re.sub(r"(as|us|is)$", "ienė", surname)
        self.surname = surname
        if particle is None:
            particle = ""
            if parts and r.random() < (0.8 if self.origin == "nederlands_tussenv" else 0.4):
                particle = r.choice(parts.split("|"))
        self.particle = particle
        self.second = ""
        if r.random() < 0.08:
            self.second = Person(r).surname
        self.nick = r.choice(P.NICKNAMES) if r.random() < 0.12 else ""
        self.first2 = ""
        if r.random() < 0.2 and not self.origin.endswith("_lijst"):
            self.first2 = r.choice(a.split()) + r.choice(b.split())
            self.first2 = self.first2[0].upper() + self.first2[1:]
        if self.origin in ("chinees_lijst", "koreaans_lijst", "vietnamees_lijst"):
            self.particle = ""
        REG["first"].update(w.lower() for w in re.findall(r"[^\W\d_]+", self.first + " " + self.first2))
        REG["sur"].update(w.lower() for w in re.findall(r"[^\W\d_]+", self.surname + " " + self.second))

    # the surname as written after a first name or initials
    def sur(self) -> str:
        s = self.surname + (f"-{self.second}" if self.second else "")
        if not self.particle:
            return s
        if self.particle.endswith("'") or self.particle.endswith("-"):
            return self.particle + s
        return f"{self.particle} {s}"

    # the surname standing alone (after a title): Dutch particles capitalised
    def sur_alone(self) -> str:
        s = self.sur()
        if self.particle and self.origin in ("nederlands_tussenv",):
            s = s[0].upper() + s[1:]
        return s

    def full(self) -> str:
        return f"{self.first} {self.sur()}"

    def initials(self) -> str:
        fi = self.first[0] + "."
        if self.first2:
            fi += self.first2[0] + "."
        return fi

    def init_name(self) -> str:
        return f"{self.initials()} {self.sur()}"

    def paraph(self) -> str:
        p = self.first[0] + "".join(w[0] for w in self.particle.replace("'", "").split() if w) + self.surname[:2]
        return p

    def title(self) -> str:
        return "mevrouw" if self.sex == "f" else "de heer"

    def short_title(self) -> str:
        return "mw." if self.sex == "f" else "dhr."

    def ascii_local(self, r) -> str:
        f, s = fold(self.first).lower(), fold(self.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
        pt = fold(self.particle).lower().replace(" ", "").replace("'", "").replace("-", "")
        x = r.random()
        base = (
            f"{f}.{pt}{s}"
            if x < 0.35
            else f"{f[0]}.{pt}{s}"
            if x < 0.55
            else f"{f}_{s}"
            if x < 0.7
            else f"{s}.{f}"
            if x < 0.8
            else f"{f}{s}"
        )
        if r.random() < 0.4:
            base += str(r.choice([r.randint(60, 99), r.randint(1, 9) * 11, r.randint(1970, 2005)]))
        return base

    def email(self, r) -> str:
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
                "home.nl",
                "proton.me",
                "gmx.de",
                "wp.pl",
                "hotmail.fr",
                "libero.it",
                "telenet.be",
                "caiway.nl",
            ]
        )
        return f"{self.ascii_local(r)}@{prov}"

    def work_email(self, dom: str) -> str:
        s = fold(self.particle + self.surname).lower().replace(" ", "").replace("'", "")
        return f"{fold(self.first[0]).lower()}.{s}@{dom}"


def street(r) -> str:
    x = r.random()
    if x < 0.1:
        s = f"{r.choice(P.STREET_TITLES)} {Person(r, origin=r.choice(['nederlands', 'fries', 'limburgs'])).surname}{r.choice(['straat', 'laan', 'plein'])}"
    elif x < 0.2:
        s = f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(P.STREET_PRE)}{r.choice(['straat', 'gracht', 'dijk'])}"
    else:
        s = r.choice(P.STREET_PRE) + r.choice(P.STREET_SUF)
    REG["street"].add(s)
    return s


def house(r) -> str:
    return r.choice(P.HOUSE).format(n=r.randint(1, 240))


# ---------------------------------------------------------------- builder
class Doc:
    """Text assembled from pieces; every personal item recorded as written, every keep word as it occurs."""

    def __init__(self, r):
        self.r = r
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def w(self, *s: str) -> None:
        self.parts.extend(s)

    def p(self, text: str, label: str = "PERSON") -> str:
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    # people
    def full(self, x: Person) -> str:
        if x.nick and self.r.random() < 0.3:
            return f"{self.p(x.first)} '{self.p(x.nick)}' {self.p(x.sur())}"
        return self.p(x.full())

    def titled(self, x: Person, short: bool = False) -> str:
        t = x.short_title() if short else x.title()
        return f"{t} {self.p(x.sur_alone())}"

    def init(self, x: Person) -> str:
        return self.p(x.init_name())

    def first(self, x: Person) -> str:
        return self.p(x.first)

    def sfirst(self, x: Person) -> str:  # surname-first as two items; the particle goes with the first name
        joined = x.particle.endswith(("'", "-"))
        sur = (x.particle if joined else "") + x.surname + (f"-{x.second}" if x.second else "")
        fi = x.first if self.r.random() < 0.6 else x.initials()
        if x.particle and not joined:
            fi += " " + x.particle
        return f"{self.p(sur)}, {self.p(fi)}"

    def caps(self, x: Person) -> str:
        return self.p(x.full().upper())

    def lower(self, x: Person) -> str:
        return self.p(x.full().lower())

    def any(self, x: Person) -> str:
        f = self.r.choice([self.full, self.full, self.full, self.titled, self.init, self.sfirst, self.caps])
        return f(x)

    def ref(self, x: Person) -> str:  # a later reference
        return self.r.choice([self.titled, self.titled, self.first])(x) if x.sex else self.titled(x)

    def addr(self, st: str | None = None, caps: bool = False) -> str:
        st = st or street(self.r)
        a = f"{st} {house(self.r)}"
        return self.p(a.upper() if caps else a, "ADDRESS")

    def text(self) -> str:
        return "".join(self.parts)

    def out(self, id_: str, known: dict | None = None) -> dict:
        d = {
            "id": id_,
            "text": self.text().replace("Geachte de heer", "Geachte heer").replace("Beste de heer", "Beste heer"),
        }
        if known:
            d["known"] = known
        d["pii"] = self.pii
        d["keep"] = self.keep
        return d
