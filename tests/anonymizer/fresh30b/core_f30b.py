"""Builders for fresh30b: a document under construction, persons and the structured items."""

from __future__ import annotations

import datetime as dt
import unicodedata

from names_f30b import CITIES, DUTCH_PARTICLES, GROUPS, KNOWN, KNOWN_FIRST_F, KNOWN_FIRST_M, STREET_A, STREET_B

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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
KNOWN_WORDS = {k[1] for k in KNOWN}


def ascii_(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum())


class Person:
    def __init__(self, d, group, female, first, particle, surname):
        self.d, self.group, self.female = d, group, female
        self.first, self.particle, self.surname = first, particle, surname

    @property
    def body(self):
        return (self.particle + " " if self.particle else "") + self.surname

    def _p(self, s):
        return self.d.p(s, "PERSON")

    def full(self):
        return self._p(f"{self.first} {self.body}")

    def sur(self):
        """Surname without first name: particle capitalised (Dutch rule)."""
        if self.particle:
            return self._p(self.particle[0].upper() + self.particle[1:] + " " + self.surname)
        return self._p(self.surname)

    def sur_lp(self):
        return self._p(self.body)

    def fn(self):
        return self._p(self.first)

    def caps(self):
        return self._p(self.body.upper())

    def init(self):
        ini = "".join(w[0] + "." for w in self.first.replace("-", " ").split())
        return self._p(f"{ini} {self.body}")

    def lowfirst(self):
        return self._p(self.first.lower())

    def poss(self):
        f = self.first
        s = f + ("'s" if f[-1] in "aeiouy" else "'" if f[-1] in "sxz" else "s")
        return self._p(s)

    def listname(self):
        """'Molenkamp, Jan van der' with the surname and the first name as two items."""
        tail = f" {self.particle}" if self.particle else ""
        return f"{self._p(self.surname)}, {self._p(self.first)}{tail}"

    def title(self, short=False):
        if short:
            return self.d.r.choice(["mw.", "mevr.", "Mw."]) if self.female else self.d.r.choice(["dhr.", "Dhr.", "hr."])
        return "mevrouw" if self.female else "meneer"

    def local(self):
        r = self.d.r
        f, s = ascii_(self.first).lower(), ascii_(self.body).lower()
        return r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s[:3]}{r.randint(60, 99)}", f"{s}.{f}", f"{f}_{s}"])

    def email(self, domain=None):
        r = self.d.r
        dom = domain or r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "ziggo.nl",
                "kpnmail.nl",
                "outlook.com",
                "live.nl",
                "icloud.com",
                "planet.nl",
                "xs4all.nl",
                "proton.me",
            ]
        )
        return self.d.p(f"{self.local()}@{dom}", "EMAIL")

    def work_email(self, domain):
        f, s = ascii_(self.first).lower(), ascii_(self.body).lower()
        return self.d.p(f"{f[0]}.{s}@{domain}", "EMAIL")


class Doc:
    def __init__(self, r, did):
        self.r, self.id = r, did
        self.pii, self.keep, self.shapes, self.people = [], [], [], []
        self.known = None
        self.surnames, self.firsts, self.streets = set(), set(), set()
        self.nums = set()

    def p(self, s, label):
        if not any(i["text"] == s and i["label"] == label for i in self.pii):
            self.pii.append({"text": s, "label": label})
        return s

    def k(self, *ws):
        for w in ws:
            if w not in self.keep:
                self.keep.append(w)
        return ws[0]

    def use(self, name):
        self.shapes.append(name)

    # ---- persons ----
    def person(self, group=None, female=None):
        r = self.r
        for _ in range(200):
            g = group or (r.choice(["nederlands"] * 6 + ["fries"] * 2 + list(GROUPS)))
            fem = r.random() < 0.5 if female is None else female
            ff, mf, pre, suf, _j = GROUPS[g]
            first = r.choice(ff if fem else mf)
            sur = r.choice(pre) + r.choice(suf)
            if g == "pools" and fem and sur.endswith("ski"):
                sur = sur[:-1] + "a"
            particle = r.choice(DUTCH_PARTICLES) if g == "nederlands" and r.random() < 0.6 else ""
            if fem and r.random() < 0.12:
                og = r.choice(list(GROUPS))
                sur = sur + "-" + r.choice(GROUPS[og][2]).replace(" ", "") + r.choice(GROUPS[og][3]).lstrip("-")
            if sur in KNOWN_WORDS or sur in self.surnames or first in self.firsts:
                continue
            if any(sur.startswith(w) or w in sur.split("-") for w in KNOWN_WORDS):
                continue
            self.surnames.add(sur)
            self.firsts.add(first)
            p = Person(self, g, fem, first, particle, sur)
            self.people.append(p)
            return p
        raise RuntimeError("no name")

    def relative(self, p, female=None):
        r = self.r
        ff, mf = GROUPS[p.group][0], GROUPS[p.group][1]
        for _ in range(100):
            fem = r.random() < 0.5 if female is None else female
            first = r.choice(ff if fem else mf)
            if first not in self.firsts:
                self.firsts.add(first)
                q = Person(self, p.group, fem, first, p.particle, p.surname.split("-")[0])
                self.people.append(q)
                return q
        raise RuntimeError("no relative")

    def known_person(self):
        r = self.r
        part, sur, word, frag = r.choice(KNOWN)
        fem = r.random() < 0.5
        first = r.choice(KNOWN_FIRST_F if fem else KNOWN_FIRST_M)
        self.surnames.add(sur)
        self.firsts.add(first)
        p = Person(self, "nederlands", fem, first, part, sur)
        self.people.append(p)
        p.word, p.frag = word, frag
        return p

    # ---- structured items ----
    def street(self):
        r = self.r
        for _ in range(50):
            s = r.choice(STREET_A) + r.choice(STREET_B)
            if s not in self.streets:
                self.streets.add(s)
                return s
        raise RuntimeError("street")

    def addr(self, street, r_num=True):
        r = self.r
        n = r.randint(1, 240)
        suffix = r.choice(["", "", "", "A", "B", "-1", "-2", "-3", "-hs", "c"])
        return self.p(f"{street} {n}{suffix}", "ADDRESS")

    def street_item(self, street):
        return self.p(street, "ADDRESS")

    def postcode(self):
        r = self.r
        while True:
            a, b = r.choice("BCDEGHJKLMNPRSTVWXZ"), r.choice("ABCEGHJKLMNPRTVWXZ")
            if a + b not in ("SA", "SD", "SS"):
                break
        sep = r.choice([" ", " ", ""])
        return self.p(f"{r.randint(1011, 9999)}{sep}{a}{b}", "POSTCODE")

    def phone(self, mobile=None):
        r = self.r
        mob = r.random() < 0.7 if mobile is None else mobile
        if mob:
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            fmt = r.choice(["06-{a}", "06 {b} {c}", "+31 6 {b} {c}", "0031 6 {a}", "06{a}", "+31 (0)6 {a}", "06 {d}"])
            a = d[1:]
            s = fmt.format(a=a, b=a[:4], c=a[4:], d=" ".join([a[:2], a[2:4], a[4:6], a[6:]]))
        else:
            area = r.choice(["075", "078", "013", "0546", "045", "058", "0570", "0475", "010", "0320", "0182", "0229"])
            rest = "".join(str(r.randint(1, 9)) for _ in range(10 - len(area)))
            s = r.choice(
                [f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31 {area[1:]} {rest}"]
            )
        return self.p(s, "PHONE")

    def bsn(self):
        r = self.r
        while True:
            ds = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(x * w for x, w in zip(ds, range(9, 1, -1)))
            last = s % 11
            if last <= 9:
                t = "".join(map(str, ds)) + str(last)
                break
        t = r.choice([t, t, f"{t[:4]}.{t[4:6]}.{t[6:]}", f"{t[:3]} {t[3:6]} {t[6:]}"])
        return self.p(t, "BSN")

    def iban(self):
        r = self.r
        bank = r.choice(["INGB", "RABO", "ABNA", "ASNB", "TRIO", "SNSB", "KNAB", "BUNQ", "RBRB"])
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
        chk = 98 - int(num) % 97
        s = f"NL{chk:02d}{bank}{acct}"
        if r.random() < 0.6:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return self.p(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(2)}-{D(2)}-{L(2)}",
            ]
        )
        return self.p(s, "LICENSE_PLATE")

    def case(self, kind):
        r = self.r
        for _ in range(20):
            n = r.randint(10, 99999)
            if n not in self.nums:
                self.nums.add(n)
                break
        s = {
            "evac": f"EVR-26-{n:05d}",
            "opv": f"OPV/2026/{n:05d}",
            "ct": f"CT26.{n:05d}",
            "nb": f"NB-2026-{n:05d}",
            "sh": f"SH-{r.choice(['ZW', 'NO', 'MN', 'ZO'])}-{n:06d}",
            "wc": f"HD {r.randint(10, 89)}-{n:05d}-{r.choice('ABKR')}",
            "bem": f"BEM/26/{n:05d}",
            "bz": f"BZ.26.{r.randint(1, 11):02d}.{n:05d}",
            "sch": f"SCH-2026-{n:05d}-R",
            "zaak": f"Z/26/{n:06d}",
            "zorg": f"ZB{n:06d}",
        }[kind]
        return self.p(s, "CASE_NUMBER")

    def dob(self, lo=1932, hi=2024):
        r = self.r
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        day = r.randint(1, 28)
        st = r.randrange(10)
        s = [
            f"{day:02d}-{m:02d}-{y}",
            f"{day:02d}/{m:02d}/{y}",
            f"{day:02d}.{m:02d}.{y}",
            f"{day} {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{day}-{m}-{y}",
            f"{day} {MON3[m - 1]} {y}",
            f"{day:02d}{m:02d}{y}",
            f"{day}/{m}/'{str(y)[2:]}",
            f"{day} {MONTHS[m - 1][:3]} '{str(y)[2:]}",
        ][st]
        return self.p(s, "DATE_OF_BIRTH")


def ordinary_date(d, date: dt.date, style=None):
    """An ordinary (non-birth) date; its month or weekday word goes into keep."""
    r = d.r
    st = r.randrange(4) if style is None else style
    if st == 0:
        d.k(DAYS[date.weekday()], MONTHS[date.month - 1])
        return f"{DAYS[date.weekday()]} {date.day} {MONTHS[date.month - 1]}"
    if st == 1:
        d.k(MONTHS[date.month - 1])
        return f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    if st == 2:
        s = f"{date.day:02d}-{date.month:02d}-{date.year}"
        d.k(s)
        return s
    d.k(DAYS[date.weekday()])
    return f"{DAYS[date.weekday()]} {date.day}/{date.month}"


def city(d):
    c = d.r.choice(CITIES)
    d.k(c)
    return c
