"""Identifiers, people and the marker builder of holdout33 (round thirty-three, helper H1). Standard library only."""

from __future__ import annotations

import datetime
import re
import unicodedata

from pools33 import (
    DAYWORDS,
    FEMALE_FORMS,
    MONTHS,
    MONTHS_EN,
    NICKNAMES,
    ORIGINS,
    PROVIDERS,
    STREET_PRE,
    STREET_SUF,
    STREET_TITLED,
    WEEKDAYS,
)

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
_PI, _PM, _PE, _KI, _KE = "\x01", "\x02", "\x03", "\x04", "\x05"


def M(label: str, s: str) -> str:
    """Mark ``s`` as a personal item of ``label``."""
    return f"{_PI}{label}{_PM}{s}{_PE}"


def P(s: str) -> str:
    return M("PERSON", s)


def K(s: str) -> str:
    """Mark ``s`` as a keep word."""
    return f"{_KI}{s}{_KE}"


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the markers: the plain text, the pii items (first occurrence order, unique) and the keep words."""
    out, pii, keep, seen = [], [], [], set()
    pos = 0
    for m in re.finditer(f"{_PI}([A-Z_]+){_PM}(.*?){_PE}|{_KI}(.*?){_KE}", marked, re.S):
        out.append(marked[pos : m.start()])
        if m.group(1):
            out.append(m.group(2))
            if (m.group(2), m.group(1)) not in seen:
                seen.add((m.group(2), m.group(1)))
                pii.append({"text": m.group(2), "label": m.group(1)})
        else:
            out.append(m.group(3))
            if m.group(3) not in keep:
                keep.append(m.group(3))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice(
                [
                    s,
                    s,
                    s,
                    f"{s[:4]}.{s[4:6]}.{s[6:]}",
                    f"{s[:3]} {s[3:6]} {s[6:]}",
                    f"{s[:3]}-{s[3:6]}-{s[6:]}",
                    f"{s[:2]} {s[2:5]} {s[5:]}",
                ]
            )


def iban_ok(s: str) -> bool:
    s = re.sub(r"[^A-Za-z0-9]", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return len(s) > 14 and int(num) % 97 == 1


_IBAN = {
    "NL": "BBBB0000000000",
    "BE": "000000000000",
    "DE": "000000000000000000",
    "FR": "00000000000000000000000",
    "ES": "00000000000000000000",
    "PL": "000000000000000000000000",
    "TR": "000000000000000000000000",
    "RO": "BBBB0000000000000000",
    "PT": "000000000000000000000",
    "IT": "B0000000000000000000000",
    "LT": "0000000000000000",
    "BG": "BBBB000000000000000",
    "GR": "0000000000000000000000000",
    "AT": "0000000000000000",
    "LU": "0000000000000000",
}
_NLBANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "REVO", "NTSB"]


def iban(r, country: str | None = None) -> str:
    c = country or r.choice(["NL"] * 8 + list(_IBAN))
    if c == "NL":
        bban = r.choice(_NLBANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") if ch == "B" else str(r.randint(0, 9)) for ch in _IBAN[c])
    num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    s = f"{c}{98 - int(num) % 97:02d}{bban}"
    grouped = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return r.choice(
        [
            grouped,
            grouped,
            s,
            s.lower() if r.random() < 0.3 else s,
            grouped.replace(" ", "-"),
            f"{s[:2]} {s[2:4]} {s[4:]}",
        ]
    )


def mobile(r) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:4]} {d[4:]}",
            f"+31 6 {d}",
            f"+31 (0)6 {d[:4]} {d[4:]}",
            f"06{d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"0031 6 {d}",
            f"(06) {d[:3]} {d[3:6]} {d[6:]}",
            f"06/{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
            f"+316{d}",
            f"06 - {d}",
        ]
    )


_AREAS = [
    "010",
    "020",
    "030",
    "040",
    "050",
    "070",
    "0115",
    "0118",
    "0172",
    "0181",
    "0223",
    "0255",
    "0299",
    "0314",
    "0320",
    "0345",
    "0413",
    "0475",
    "0492",
    "0513",
    "0522",
    "0546",
    "0591",
    "038",
    "053",
    "074",
]


def landline(r) -> str:
    a = r.choice(_AREAS)
    d = "".join(str(r.randint(0, 9)) for _ in range(10 - len(a)))
    return r.choice([f"{a}-{d}", f"{a} {d}", f"({a}) {d}", f"+31 {a[1:]} {d}", f"{a}{d}", f"{a} - {d[:3]} {d[3:]}"])


_FOREIGN = [
    ("32", 9),
    ("49", 11),
    ("48", 9),
    ("90", 10),
    ("212", 9),
    ("40", 9),
    ("234", 10),
    ("44", 10),
    ("359", 9),
    ("380", 9),
    ("370", 8),
    ("30", 10),
    ("39", 10),
    ("34", 9),
    ("351", 9),
    ("963", 9),
    ("251", 9),
    ("252", 9),
    ("93", 9),
    ("98", 10),
    ("233", 9),
    ("243", 9),
    ("94", 9),
    ("92", 10),
    ("63", 10),
    ("353", 9),
    ("36", 9),
    ("66", 9),
    ("81", 10),
    ("374", 8),
]


def foreign(r) -> str:
    cc, n = r.choice(_FOREIGN)
    d = "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))
    return r.choice([f"+{cc} {d}", f"00{cc} {d}", f"+{cc} {d[:3]} {d[3:6]} {d[6:]}", f"+{cc}{d}"])


def phone(r) -> str:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.85 else foreign(r)


def postcode(r) -> str:
    while True:
        l = r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {l}", f"{n} {l}", f"{n}{l}", f"{n} {l.lower()}", f"{n}  {l}"])


_PL = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    X = lambda k: "".join(r.choice(_PL) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    forms = [
        (X(2), D(2), D(2)),
        (D(2), D(2), X(2)),
        (D(2), X(2), D(2)),
        (X(2), D(2), X(2)),
        (X(2), X(2), D(2)),
        (D(2), X(2), X(2)),
        (D(2), X(3), D(1)),
        (D(1), X(3), D(2)),
        (X(2), D(3), X(1)),
        (X(1), D(3), X(2)),
        (X(3), D(2), X(1)),
        (X(1), D(2), X(3)),
        (D(1), X(2), D(3)),
        (D(3), X(2), D(1)),
    ]
    p = r.choice(forms)
    if p[0][0] == "0":
        p = (str(r.randint(1, 9)) + p[0][1:],) + p[1:]
    x = r.random()
    return "-".join(p) if x < 0.6 else "".join(p) if x < 0.75 else " ".join(p) if x < 0.85 else "-".join(p).lower()


_CASE = [
    lambda r, y: f"HV-{y}-{r.randint(1000, 99999):05d}",
    lambda r, y: f"VHZ{y % 100}/{r.randint(100, 9999):04d}",
    lambda r, y: f"PK.{y % 100}.{r.randint(10000, 99999)}",
    lambda r, y: f"REG-{y % 100}-{r.randint(1000, 999999):06d}",
    lambda r, y: f"AFS/{y % 100}/{r.choice('ABCDH')}/{r.randint(100, 9999):04d}",
    lambda r, y: f"M{y % 100}.{r.randint(1, 12):02d}.{r.randint(100, 999)}",
    lambda r, y: f"VTA33-{r.randint(100, 9999):04d}",
    lambda r, y: f"DL-{y}-{r.randint(10, 999):03d}",
    lambda r, y: f"OPL/{y}/{r.randint(1000, 9999)}",
    lambda r, y: f"#HZ-{r.randint(1000, 9999)}-{y % 100}",
    lambda r, y: f"{y}.K.{r.randint(100, 9999)}",
    lambda r, y: f"WV{y % 100}-{r.randint(1000, 9999)}-{r.choice('abc')}",
    lambda r, y: f"BRP-MUT-{y % 100}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 99):02d}",
    lambda r, y: f"ZN{r.randint(100000, 9999999):07d}",
    lambda r, y: f"SCAN-{y % 100}-{r.randint(10000, 99999)}",
    lambda r, y: f"PST/{y}/{r.randint(1, 12):02d}/{r.randint(100, 9999)}",
    lambda r, y: f"OD{y % 100}.{r.randint(1000, 9999)}.VZ",
    lambda r, y: f"HYG-{r.randint(100, 999)}/{y % 100}",
    lambda r, y: f"VM {y}-{r.randint(1000, 9999)}",
    lambda r, y: f"RTR{y % 100}{r.randint(10000, 99999)}",
    lambda r, y: f"W{y % 100}-OV-{r.randint(100, 9999):04d}",
    lambda r, y: f"BZ33.{y}.{r.randint(10, 999)}",
    lambda r, y: f"GMD/{r.randint(1000, 9999)}/{y % 100}-b",
    lambda r, y: f"AV-{r.randint(100000, 999999)}",
    lambda r, y: f"K{y}{r.randint(1, 12):02d}-{r.randint(100, 999)}",
    lambda r, y: f"ONG.{y % 100}.{r.randint(1000, 9999)}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "poststuknummer",
    "meldingnummer",
    "casus",
    "zaak",
    "ref.",
    "referentie",
    "mutatienummer",
    "documentnummer",
    "aanvraagnummer",
    "dossier",
    "volgnr.",
    "uw kenmerk",
    "zaak-id",
    "meldnr.",
    "inschrijfnummer",
    "besluitnummer",
    "klantnummer",
]


def case(r) -> str:
    return r.choice(_CASE)(r, r.choice([2025, 2026, 2026]))


def dob(r, lo=1935, hi=2008) -> str:
    d = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
    y, m, dd = d.year, d.month, d.day
    st = r.randrange(17)
    return [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MONTHS[m - 1][:3]}. {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}-{m}-'{y % 100:02d}",
        f"{dd} {MONTHS[m - 1].upper()} {y}",
        f"{DAYWORDS[dd - 1]} {MONTHS[m - 1]} {y}",
        f"{dd}e {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{dd:02d}",
        f"{dd:02d}{m:02d}{y}",
        f"{MONTHS_EN[m - 1]} {dd}, {y}",
        f"{dd}/{m}/{y % 100:02d}",
        f"{dd} {MONTHS_EN[m - 1][:3]} {y}",
        f"{dd}-{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][m - 1]}-{y}",
        f"{dd} {MONTHS[m - 1]} '{y % 100:02d}",
    ][st]


DOB_CUES = [
    "geboren",
    "geb.",
    "geboortedatum",
    "geb.datum",
    "d.o.b.",
    "geboren op",
    "geb. d.d.",
    "Geboortedatum:",
    "°",
    "gebdat.",
    "geboorte:",
    "DOB",
    "geboren (volgens ID)",
]


def plain_date(r, year=None) -> str:
    d = datetime.date(year or r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28))
    wd = WEEKDAYS[d.weekday()]
    return r.choice(
        [
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{wd} {d.day} {MONTHS[d.month - 1]}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day} {MONTHS[d.month - 1][:3]}.",
            f"{d.day}/{d.month}",
        ]
    )


def amount(r) -> str:
    v = r.randint(5, 4000)
    return r.choice([f"€ {v},-", f"€{v},{r.randint(0, 99):02d}", f"{v} euro", f"EUR {v}.00"])


# ---------------------------------------------------------------- people
class Person:
    def __init__(
        self,
        r,
        origin: str | None = None,
        surname: str | None = None,
        particle: str | None = None,
        first: str | None = None,
        female: bool | None = None,
    ):
        self.origin = origin or r.choice(list(ORIGINS))
        firsts, fparts, pre, suf, parts = ORIGINS[self.origin]
        if first:
            self.first = first
        elif fparts and r.random() < 0.5:
            self.first = r.choice(fparts[0]) + r.choice(fparts[1])
        else:
            self.first = r.choice(firsts)
        self.female = self.first.endswith(("a", "ė", "e")) if female is None else female
        if surname is None:
            surname = r.choice(pre) + r.choice(suf)
            if self.origin in FEMALE_FORMS and self.female:
                a, b = FEMALE_FORMS[self.origin]
                if surname.endswith(a):
                    surname = surname[: -len(a)] + b
            if r.random() < 0.07:
                o2 = r.choice(list(ORIGINS))
                surname += "-" + r.choice(ORIGINS[o2][2]) + r.choice(ORIGINS[o2][3])
            if particle is None and parts and r.random() < 0.75:
                particle = r.choice(parts)
        self.surname = surname
        self.particle = particle or ""
        self.second = r.choice([f for f in firsts if f != self.first]) if r.random() < 0.3 else ""
        self.nick = r.choice(NICKNAMES) if r.random() < 0.08 else ""

    def _sur(self, cap: bool) -> str:
        p = self.particle
        if not p:
            return self.surname
        if p.endswith("-") or p == "D'":
            return p + self.surname
        if p[0].islower() and cap:
            p = p[0].upper() + p[1:]
        return f"{p} {self.surname}"

    def sur(self) -> str:  # bare surname with particle, capitalised as when it stands alone
        return self._sur(True)

    def full(self) -> str:
        return f"{self.first} {self._sur(False)}"

    def fulltwo(self) -> str:
        return f"{self.first} {self.second} {self._sur(False)}" if self.second else self.full()

    def initials(self) -> str:
        ini = "".join(x[0] + "." for x in re.split(r"[\s-]", self.fulltwo().rsplit(" " + self._sur(False), 1)[0]) if x)
        return f"{ini} {self._sur(False)}"

    def paraph(self, r) -> str:
        p = "".join(w[0] for w in self.particle.replace("'", "").split()) if self.particle else ""
        s = self.first[0] + (p.lower() if p else "") + fold(self.surname)[0]
        return r.choice([s, s.upper(), s.lower()])

    def caps(self) -> str:
        return self.full().upper()

    def fold_full(self) -> str:
        return fold(self.full())

    def email(self, r) -> str:
        f, s = fold(self.first).lower().replace(" ", ""), fold(self.sur()).lower().replace(" ", "").replace("'", "")
        return (
            r.choice(
                [
                    f"{f}.{s}",
                    f"{f[0]}.{s}",
                    f"{s}.{f}",
                    f"{f}_{s}",
                    f"{f}{s}{r.randint(1, 99)}",
                    f"{f[0]}{s}{r.randint(60, 2008)}",
                    f"{s}-{f[0]}",
                    f"{f}.{s}+post",
                ]
            )
            + "@"
            + r.choice(PROVIDERS)
        )

    def work_email(self, r, domain: str) -> str:
        f, s = fold(self.first).lower().replace(" ", ""), fold(self.sur()).lower().replace(" ", "").replace("'", "")
        return r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"]) + "@" + domain

    def name_words(self) -> set[str]:
        return {w for w in re.findall(r"[\w']+", (self.fulltwo() + " " + self.nick).lower()) if len(w) > 1}


def street(r) -> str:
    if r.random() < 0.12:
        o = r.choice(list(ORIGINS))
        return f"{r.choice(STREET_TITLED)} {r.choice(ORIGINS[o][2])}{r.choice(ORIGINS[o][3])}{r.choice(['straat', 'laan', 'plein'])}"
    pre = r.choice(STREET_PRE)
    x = r.random()
    if x < 0.1:
        return f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {pre}{r.choice(STREET_SUF)}"
    return pre + r.choice(STREET_SUF)


def housenr(r) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n)] * 5 + [f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n}-hs", f"{n}A"])
