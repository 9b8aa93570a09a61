"""People, numbers and addresses for fresh34a: each mention registers its personal data on the document context."""

from __future__ import annotations

import datetime as dt
import string

from names34a import (
    BANKS,
    DUTCH_PARTICLES,
    GROUPS,
    MAIL_DOMAINS,
    MONTHS,
    MONTHS_SHORT,
    STREET_A,
    STREET_B,
    STREET_PRE,
    WEEKDAYS,
)

GROUP_NAMES = sorted(GROUPS)
TITLES = {"f": ["mevrouw", "mevrouw", "mevr.", "mw."], "m": ["meneer", "de heer", "dhr.", "de heer"]}


def _first(r, group, sex):
    fem, mal, _ = GROUPS[group]
    x = r.choice(fem if sex == "f" else mal)
    return x[0] + x[1] if isinstance(x, tuple) else x


def _surname(r, group, sex):
    pre, stems, suf = GROUPS[group][2]
    s = r.choice(suf)
    stem = r.choice(stems)
    if s == "SKI":
        s = "ska" if sex == "f" else "ski"
        if stem.endswith("ń"):
            stem = stem[:-1] + "n"
            s = "ska" if sex == "f" else "ski"
    elif group == "oekraiens":
        s = "ko" if stem.endswith("en") else r.choice(["uk", "enko", "yshyn"])
    elif s == "OV":
        s = "ova" if sex == "f" else "ov"
    p = r.choice(pre)
    core = stem + s
    if p.endswith(" ") or p.endswith("-"):
        core = p + core[0].upper() + core[1:]
    elif p:
        core = p + core
    return core


class Person:
    def __init__(self, first, particle, core, sex, group):
        self.first, self.particle, self.core, self.sex, self.group = first, particle, core, sex, group

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.core) if x)

    @property
    def sur(self):
        """Surname standing alone (Dutch particle capitalised)."""
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.core
        return self.core

    @property
    def sur_after(self):
        """Surname after a first name or initials (particle lower case)."""
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def initials(self):
        return "".join(w[0] + "." for w in self.first.replace("-", " ").split())

    def poss(self, form):
        if form[-1] in "sxz":
            return form + "'"
        if form[-1] in "aeiouy" and not form.endswith("ee"):
            return form + "'s"
        return form + "s"


def make_person(r, group=None, sex=None, core=None, particle=None):
    group = group or r.choice(GROUP_NAMES)
    sex = sex or r.choice("fm")
    first = _first(r, group, sex)
    if core is None:
        core = _surname(r, group, sex)
        if group == "nederlands" and particle is None:
            particle = r.choice(DUTCH_PARTICLES)
    return Person(first, particle or "", core, sex, group)


def relative(r, p, sex=None):
    """A family member sharing the family name."""
    sex = sex or r.choice("fm")
    core = p.core
    if p.group in ("pools",) and core.endswith(("ska", "ski")):
        core = core[:-1] + ("a" if sex == "f" else "i")
    if p.group == "bulgaars":
        core = core.rstrip("a") + ("a" if sex == "f" else "")
    return Person(_first(r, p.group, sex), p.particle, core, sex, p.group)


# ---------------------------------------------------------------- numbers and codes


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def bsn_ok(x):
    x = x.replace(".", "").replace(" ", "")
    if not (x.isdigit() and len(x) == 9):
        return False
    d = list(map(int, x))
    return (sum(a * w for a, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(x):
    x = x.replace(" ", "").upper()
    s = x[4:] + x[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return len(x) == 18 and int(num) % 97 == 1


def iban(r, style=None):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    s = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    style = style if style is not None else r.randint(0, 2)
    if style == 0:
        return raw
    if style == 1:
        return " ".join(raw[i : i + 4] for i in range(0, 18, 4))
    return raw.lower() if r.random() < 0.3 else raw


def phone(r, kind=None):
    kind = kind or r.choice(["mob", "mob", "mob2", "intl", "land", "land2", "abroad"])
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if kind == "mob":
        m = "6" + d(8)
        return r.choice(
            [f"0{m[:1]}-{m[1:]}", f"0{m}", f"0{m[:1]} {m[1:5]} {m[5:]}", f"0{m[:1]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}"]
        )
    if kind == "mob2":
        m = "6" + d(8)
        return f"0{m[:1]}.{m[1:3]}.{m[3:5]}.{m[5:7]}.{m[7:]}"
    if kind == "intl":
        m = d(8)
        return r.choice([f"+31 6 {m}", f"+31 (0)6 {m[:4]} {m[4:]}", f"0031 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"])
    if kind == "land":
        area = r.choice(["010", "020", "030", "040", "050", "070", "075", "036", "058", "013", "038", "053"])
        n = d(7)
        return r.choice([f"{area}-{n}", f"({area}) {n[:3]} {n[3:5]} {n[5:]}", f"{area} {n[:3]} {n[3:]}"])
    if kind == "land2":
        area = r.choice(["0229", "0299", "0481", "0513", "0546", "0575", "0591", "0115"])
        n = d(6)
        return f"{area}-{n[:2]} {n[2:4]} {n[4:]}"
    cc = r.choice(
        [
            "+212 6",
            "+90 532",
            "+597",
            "+599 9",
            "+48 601",
            "+963 944",
            "+291 7",
            "+233 24",
            "+62 812",
            "+380 67",
            "+49 171",
        ]
    )
    n = d(7)
    return f"{cc} {n[:3]} {n[3:5]} {n[5:]}"


def postcode(r):
    while True:
        letters = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1000, 9999)
    return r.choice([f"{n} {letters}", f"{n}{letters}", f"{n} {letters}", f"{n}{letters.lower()}"])


def street(r):
    return r.choice(STREET_PRE) + r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r):
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), f"{n}a", f"{n}-II", f"{n}-2", f"{n}B", f"{n}-hs"])


PLATE_PATTERNS = [
    "LL-99-99",
    "99-LL-99",
    "99-99-LL",
    "LL-99-LL",
    "LL-LL-99",
    "99-LL-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "9-LL-999",
]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(r):
    pat = r.choice(PLATE_PATTERNS)
    return "".join(r.choice(PLATE_LETTERS) if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in pat)


def case_number(r):
    y = r.choice([2026, 2027])
    yy = y % 100
    n = r.randint(1, 99999)
    return r.choice(
        [
            f"BS-{y}-{n:06d}",
            f"HUW/{yy}/{n % 10000:04d}",
            f"NG.{y}.{n % 10000:04d}",
            f"ERK-{yy}-{n:05d}",
            f"Z{yy}-{r.randint(100000, 999999)}",
            f"BABS/{y}/{n % 1000:03d}",
            f"VTA-{y}-{n % 10000:04d}",
            f"{y}-BZ-{n % 10000:04d}",
            f"LEG-{yy}-{n % 10000:04d}",
            f"NK{yy}-{n:05d}",
            f"PS {y}/{n % 100000:05d}",
            f"BRS{yy}.{n % 1000:03d}.{r.randint(10, 99)}",
        ]
    )


def dob(r, ymd=None):
    """A date of birth in one of nine styles; ``ymd`` keeps one person's date the same across mentions."""
    y, m, d = ymd or (r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28))
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS_SHORT[m - 1]} {y}",
            f"{d} {MONTHS[m - 1].capitalize()} {y}",
            f"{d}{'e' if d != 1 else 'ste'} van {MONTHS[m - 1]} {y}",
        ]
    )


def ceremony_date(r):
    """An ordinary (not birth) date in 2027 with its weekday: (weekday, 'd maand yyyy')."""
    day = dt.date(2027, 1, 1) + dt.timedelta(days=r.randint(0, 364))
    return WEEKDAYS[day.weekday()], f"{day.day} {MONTHS[day.month - 1]} {day.year}", MONTHS[day.month - 1]


def email_for(r, p, *, partner=None):
    f = p.first.split()[0].lower().replace("-", "")
    s = p.core.lower().replace(" ", "").replace("-", "")
    part = p.particle.replace(" ", "").replace("'", "") if p.particle else ""
    local = r.choice(
        [f"{f}.{part}{s}", f"{f[0]}.{part}{s}", f"{f}{s}{r.randint(1, 99)}", f"{f}_{s}", f"{s}.{f}", f"{f}{s[:3]}"]
    )
    if partner is not None:
        g = partner.first.split()[0].lower().replace("-", "")
        local = r.choice([f"{f}en{g}", f"{f}.{g}.trouwen", f"{f}-en-{g}"])
    local = "".join(c for c in local if c.isascii() and (c.isalnum() or c in "._-")) or "post"
    if len(local) < 6:
        local += str(r.randint(10, 99))
    return f"{local}@{r.choice(MAIL_DOMAINS)}"
