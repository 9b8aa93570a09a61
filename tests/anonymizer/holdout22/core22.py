"""Core of holdout22: identifiers, people and the document builder that records every item as a template writes it."""

from __future__ import annotations

import datetime
import string
import unicodedata
from random import Random

import pools22 as P

LET = "BDFGHJKLNPRSTVXZ"


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Doc:
    """Collects text with its pii items and keep words; ``p``/``k`` return the string they record."""

    def __init__(self, r: Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[Person] = []

    def p(self, text: str, label: str = "PERSON") -> str:
        if text and {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def done(self, did: str, text: str, known: dict | None = None) -> dict:
        d = {"id": did, "text": text}
        if known:
            d["known"] = known
        d["pii"] = [i for i in self.pii if i["text"] in text]
        d["keep"] = [k for k in self.keep if k in text]
        return d

    # -- identifiers --------------------------------------------------------------------------------------------------
    def bsn(self) -> str:
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
            if s < 10:
                n = "".join(map(str, d)) + str(s)
                break
        f = r.choice(
            [
                n,
                f"{n[:4]}.{n[4:6]}.{n[6:]}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
                n,
            ]
        )
        return self.p(f, "BSN")

    def iban(
        self, countries: str = "NL NL NL NL NL BE DE FR ES IT PT PL TR RO BG LU AT HR LT GR CH DK IE CZ SE HU"
    ) -> str:
        r = self.r
        c = r.choice(countries.split())
        dg = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        al = lambda n: "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))
        lt = lambda n: "".join(r.choice(string.ascii_uppercase) for _ in range(n))
        bban = {
            "NL": lambda: (
                r.choice(
                    ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "NTSB"]
                )
                + dg(10)
            ),
            "BE": lambda: dg(12),
            "DE": lambda: dg(18),
            "FR": lambda: dg(10) + al(11) + dg(2),
            "ES": lambda: dg(20),
            "IT": lambda: lt(1) + dg(10) + al(12),
            "PT": lambda: dg(21),
            "PL": lambda: dg(24),
            "TR": lambda: dg(5) + "0" + al(16),
            "RO": lambda: lt(4) + al(16),
            "BG": lambda: lt(4) + dg(6) + al(8),
            "LU": lambda: dg(3) + al(13),
            "AT": lambda: dg(16),
            "HR": lambda: dg(17),
            "LT": lambda: dg(16),
            "GR": lambda: dg(7) + al(16),
            "CH": lambda: dg(5) + al(12),
            "DK": lambda: dg(14),
            "IE": lambda: lt(4) + dg(14),
            "CZ": lambda: dg(20),
            "SE": lambda: dg(20),
            "HU": lambda: dg(24),
        }[c]()
        num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
        iban = f"{c}{98 - int(num) % 97:02d}{bban}"
        sty = r.random()
        if sty < 0.45:
            out = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        elif sty < 0.75:
            out = iban
        elif sty < 0.85:
            out = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)).lower()
        elif sty < 0.93:
            out = "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        else:
            out = iban[:2] + " " + iban[2:4] + " " + iban[4:]
        return self.p(out, "IBAN")

    def phone(self, town: str = "Zwolle", kind: str = "") -> str:
        r = self.r
        kind = kind or r.choice(["m", "m", "m", "l", "l", "f"])
        if kind == "m":
            n = "6" + r.choice("12345") + "".join(r.choice(string.digits) for _ in range(7))
            a, b = n[1:], n
            f = r.choice(
                [
                    f"0{b}",
                    f"06-{a}",
                    f"06 {a[:4]} {a[4:]}",
                    f"+31 6 {a}",
                    f"+31 (0)6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                    f"0031 6 {a}",
                    f"(06) {a[:4]}-{a[4:]}",
                    f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                    f"+316{a}",
                    f"06/{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
                    f"+31-(0)6-{a}",
                    f"06.{a[:4]}.{a[4:]}",
                ]
            )
        elif kind == "l":
            ac = P.AREA.get(town) or r.choice(list(P.AREA.values()))
            rest = "".join(r.choice(string.digits[1:]) for _ in range(10 - len(ac)))
            f = r.choice(
                [
                    f"{ac}-{rest}",
                    f"{ac} {rest}",
                    f"({ac}) {rest}",
                    f"+31 {ac[1:]} {rest}",
                    f"{ac}-{rest[:3]} {rest[3:]}",
                    f"0031 {ac[1:]} {rest}",
                    f"{ac}{rest}",
                ]
            )
        else:
            cc, ln = r.choice(
                [
                    ("32", 9),
                    ("49", 10),
                    ("90", 10),
                    ("212", 9),
                    ("48", 9),
                    ("40", 9),
                    ("380", 9),
                    ("597", 7),
                    ("599", 7),
                    ("44", 10),
                    ("351", 9),
                    ("233", 9),
                    ("234", 10),
                    ("30", 10),
                    ("39", 10),
                    ("34", 9),
                    ("963", 9),
                    ("251", 9),
                    ("291", 7),
                    ("93", 9),
                ]
            )
            num = str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(ln - 1))
            f = r.choice([f"+{cc} {num}", f"00{cc} {num}", f"+{cc} {num[:3]} {num[3:]}", f"+{cc}-{num}"])
        return self.p(f, "PHONE")

    def postcode(self) -> str:
        r = self.r
        n = r.randint(1000, 9999)
        l2 = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        f = r.choice([f"{n} {l2}", f"{n} {l2}", f"{n}{l2}", f"{n} {l2.lower()}", f"{n}  {l2}"])
        return self.p(f, "POSTCODE")

    def plate(self) -> str:
        r = self.r
        L = lambda: r.choice(LET)
        D = lambda: str(r.randint(0, 9))
        code = r.randint(1, 14)
        pat = {
            1: "LL-DD-DD",
            2: "DD-DD-LL",
            3: "DD-LL-DD",
            4: "LL-DD-LL",
            5: "LL-LL-DD",
            6: "DD-LL-LL",
            7: "DD-LLL-D",
            8: "D-LLL-DD",
            9: "LL-DDD-L",
            10: "L-DDD-LL",
            11: "LLL-DD-L",
            12: "L-DD-LLL",
            13: "D-LL-DDD",
            14: "DDD-LL-D",
        }[code]
        s = "".join(L() if c == "L" else D() if c == "D" else c for c in pat)
        x = r.random()
        if x < 0.15:
            s = s.replace("-", "")
        elif x < 0.25:
            s = s.replace("-", " ")
        elif x < 0.33:
            s = s.lower()
        return self.p(s, "LICENSE_PLATE")

    def case(self, kinds: str = "") -> str:
        r = self.r
        n = lambda k: "".join(r.choice(string.digits) for _ in range(k))
        fm = [
            f"VK-2026-{n(5)}",
            f"STB/26/{n(4)}",
            f"VLM-26.{n(4)}",
            f"KL26-{n(4)}-E",
            f"GRN-2026-{n(3)}",
            f"VT/26/{n(5)}",
            f"DIER-26-{n(4)}",
            f"BOOM.2026.{n(4)}",
            f"PERS-26-{n(4)}",
            f"TKD/2026/{n(4)}",
            f"PUB-26-{n(4)}-K",
            f"MED2026.{n(4)}",
            f"INZ-26/{n(4)}",
            f"FOT-2026-{n(4)}",
            f"BWR26-{n(5)}",
            f"AFS/22/2026/{n(4)}",
            f"RVB-26-{n(4)}",
            f"OPV.26.{n(4)}",
            f"KND-2026-{n(4)}",
            f"GZ-26-{n(4)}",
            f"HND26/{n(4)}",
            f"ZAAK-{n(6)}-{n(1)}",
            f"#AF22-{n(4)}",
            f"KAP-{n(2)}-26-{n(3)}",
            f"SRV 26/{n(5)}",
            f"WLZ-26-0{n(3)}-B",
        ]
        return self.p(r.choice(fm), "CASE_NUMBER")

    def dob(self, y0: int = 1940, y1: int = 2004, cue: bool | None = None) -> str:
        r = self.r
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        mn = P.MONTHS[m - 1]
        sty = r.randint(0, 16)
        wd = P.WEEKDAYS[datetime.date(y, m, d).weekday()]
        s = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {mn} {y}",
            f"{d} {mn[:3] + '.' if len(mn) > 4 else mn} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{m}-'{y % 100:02d}",
            f"{d} {mn.upper()} {y}",
            f"{P.NUM_WORDS[d - 1]} {mn} {y}",
            f"{d}{'ste' if d in (1, 8) or d >= 20 else 'de'} {mn} {y}",
            f"{wd} {d} {mn} {y}",
            f"{y}{m:02d}{d:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{P.MONTHS_EN[m - 1]} {d}, {y}",
            f"{d}/{m}/{y % 100:02d}",
            f"{d} {P.MONTHS_EN[m - 1][:3]} {y}",
            f"{d}-{m}-{y}",
        ][sty]
        item = self.p(s, "DATE_OF_BIRTH")
        if cue is None:
            cue = r.random() < 0.7
        if not cue:
            return item
        c = r.choice(
            ["geboren", "geb.", "geboren op", "geboortedatum", "°", "geb. op", "d.o.b.", "geboortedatum:", "geb.datum"]
        )
        return f"{c} {item}"

    def date(self) -> str:
        """An ordinary (kept) date in 2025-2027."""
        r = self.r
        y = r.choice([2025, 2026, 2026, 2026, 2027])
        m, d = r.randint(1, 12), r.randint(1, 28)
        s = r.choice(
            [
                f"{d} {P.MONTHS[m - 1]} {y}",
                f"{d}-{m:02d}-{y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {P.MONTHS[m - 1]}",
                f"{P.WEEKDAYS[datetime.date(y, m, d).weekday()]} {d} {P.MONTHS[m - 1]}",
                f"{y}-{m:02d}-{d:02d}",
            ]
        )
        return self.k(s)

    def street(self, num: bool = True) -> str:
        r = self.r
        if r.random() < 0.1:
            sur = Person(self, "dutch").sur_core
            st = f"{r.choice(P.STREET_TITLE)} {sur}{r.choice(['straat', 'laan', 'plein', 'weg'])}"
        else:
            st = r.choice(P.STREET_PRE).lower().capitalize() + r.choice(P.STREET_SUF)
            if r.random() < 0.1:
                st = r.choice(["Korte", "Lange", "Oude", "Nieuwe"]) + " " + st
        if not num:
            return self.p(st, "ADDRESS")
        hn = str(r.randint(1, 240)) + r.choice(["", "", "", "", "a", "B", "-II", "-3", " bis", "/2", " hs", "A"])
        return self.p(f"{st} {hn}", "ADDRESS")

    def town(self) -> str:
        return self.k(self.r.choice(P.TOWNS))

    def amount(self) -> str:
        r = self.r
        cents = r.choice(["00", "50", "25", "95"])
        return self.k(
            r.choice([f"€ {r.randint(5, 900)},{cents}", f"€{r.randint(10, 400)},-", f"{r.randint(10, 500)} euro"])
        )


VOW = "aeiouyàáâäèééêëìíîïòóôöùúûüăęėąıı"


def join_names(a: str, b: str) -> str:
    """Two first names of one origin joined at a syllable edge (head of ``a`` up to its first consonant after a vowel,
    tail of ``b`` from its second syllable); ``a`` itself when that gives no good name."""
    if "-" in a or "-" in b or " " in a or " " in b:
        return a

    def edge(w: str) -> int:
        i = 0
        while i < len(w) and w[i].lower() not in VOW:
            i += 1
        while i < len(w) and w[i].lower() in VOW:
            i += 1
        return i

    i, j = edge(a), edge(b)
    head, tail = a[: i + 1], b[j:].lower()
    if i >= len(a) or j >= len(b) or not any(c in VOW for c in tail) or len(head + tail) < 4:
        return a
    if head[-1].lower() == tail[0] or (
        head[-1].lower() not in VOW and tail[0] not in VOW and len(tail) > 1 and tail[1] not in VOW
    ):
        tail = tail[1:]
    return head + tail


class Person:
    """A person with name forms; every form method records what it writes as a PERSON item."""

    def __init__(self, d: Doc, origin: str = "", gender: str = "", family: Person | None = None):
        r = d.r
        self.d = d
        if not origin:
            keys = list(P.ORIGINS)
            origin = r.choices(keys, [P.WEIGHTS.get(k, 1) for k in keys])[0]
        self.origin = origin
        fem, mal, heads, tails, parts, ftails = P.ORIGINS[origin]
        self.g = gender or r.choice("fm")
        names = fem if self.g == "f" else mal
        if r.random() < 0.3 and origin not in ("short", "korean", "vietnamese"):
            a, b = r.sample(names, 2)
            self.first = join_names(a, b)
        else:
            self.first = r.choice(names)
        if origin == "vietnamese":
            self.first = self.first.replace("-", " ")
        if family is not None:
            self.part, self.sur_core, self.origin = family.part, family.sur_core, family.origin
            if ftails and self.g == "f" and family.g == "m":
                for t, ft in ftails.items():
                    if family.sur_core.endswith(t):
                        self.sur_core = family.sur_core[: -len(t)] + ft
                        break
        else:
            tail = r.choice(tails)
            self.sur_core = r.choice(heads) + tail
            if ftails and self.g == "f" and tail in ftails:
                self.sur_core = self.sur_core[: -len(tail)] + ftails[tail]
            self.part = ""
            if parts and (origin == "dutch_particle" or r.random() < 0.5):
                self.part = r.choice(parts)
            if r.random() < 0.07:
                other = Person(d)
                d.people.remove(other)
                self.sur_core = f"{self.sur_core}-{other.sur_core}"
        self.nick = r.choice(P.NICKS) if r.random() < 0.2 else ""
        self.second = ""
        if r.random() < 0.25:
            self.second = r.choice(fem if self.g == "f" else mal)
            if self.second == self.first:
                self.second = ""
        d.people.append(self)

    # -- building blocks ----------------------------------------------------------------------------------------------
    def _join(self, part: str, core: str) -> str:
        if not part:
            return core
        if part.endswith(("'", "-")) or part in ("Mc", "Mac", "Fitz"):
            return part + core
        return f"{part} {core}"

    @property
    def sur(self) -> str:
        return self._join(self.part, self.sur_core)

    @property
    def sur_cap(self) -> str:
        """Surname standing alone (after a title or first in a list): particle capitalised."""
        p = self.part
        return self._join(p[:1].upper() + p[1:] if p else p, self.sur_core)

    def initials(self, sty: int | None = None) -> str:
        r = self.d.r
        fs = [self.first] + ([self.second] if self.second else [])
        ls = [f[0].upper() for f in fs]
        if "-" in self.first and len(ls) == 1:
            ls = [x[0].upper() for x in self.first.split("-")]
        sty = r.randint(0, 3) if sty is None else sty
        if len(ls) == 1 and sty in (1, 3):
            sty = 0
        return ["".join(c + "." for c in ls), "".join(ls), " ".join(c + "." for c in ls), ".".join(ls)][sty]

    # -- forms (recorded) ---------------------------------------------------------------------------------------------
    def full(self) -> str:
        return self.d.p(f"{self.first} {self.sur}")

    def full2(self) -> str:
        """With the second first name where there is one."""
        if self.second:
            return self.d.p(f"{self.first} {self.second} {self.sur}")
        return self.full()

    def fn(self) -> str:
        return self.d.p(self.first)

    def sn(self) -> str:
        return self.d.p(self.sur_cap)

    def title(self) -> str:
        t = self.d.r.choice(
            ["mevrouw", "mevrouw", "mw.", "Mevr.", "mevr."]
            if self.g == "f"
            else ["de heer", "de heer", "dhr.", "meneer", "Dhr."]
        )
        return f"{t} {self.sn()}"

    def ini(self) -> str:
        return self.d.p(f"{self.initials()} {self.sur}")

    def caps(self) -> str:
        return self.d.p(f"{self.first} {self.sur}".upper())

    def lower(self) -> str:
        return self.d.p(f"{self.first} {self.sur}".lower())

    def sfirst(self, with_first: bool | None = None) -> str:
        """Surname-first: two items."""
        r = self.d.r
        s = self.d.p(self.sur_cap if r.random() < 0.8 else self.sur_cap.upper())
        if with_first is None:
            with_first = r.random() < 0.5
        g = self.d.p(self.first if with_first else self.initials())
        return f"{s}, {g}"

    def paraph(self) -> str:
        pa = "".join(w[0] for w in self.part.replace("'", "").split()) if self.part else ""
        return self.d.p(self.first[0].upper() + pa.lower() + self.sur_core[0].upper() + self.sur_core[1:2].lower())

    def nickname(self) -> str:
        return self.d.p(self.nick) if self.nick else self.fn()

    def poss(self) -> str:
        f = self.first
        if f.endswith(("s", "z", "x")):
            return self.d.p(f) + "'"
        if f[-1] in "aeiouy":
            return self.d.p(f) + "'s"
        return self.d.p(f + "s")

    def any(self) -> str:
        r = self.d.r
        return r.choice([self.full, self.full, self.ini, self.title, self.full2])()

    def mail(self) -> str:
        r = self.d.r
        f = fold(self.first).lower().replace(" ", "")
        s = fold(self.sur).lower().replace(" ", "").replace("'", "")
        c = fold(self.sur_core).lower().replace("'", "")
        loc = r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{f}{c}{r.randint(1, 99)}",
                f"{c}.{f}",
                f"{f}_{c}",
                f"{f}.{c}+gemeente",
                f"{f[0]}{c}{r.randint(1950, 2005)}",
                f"{f}.{c}{r.randint(1, 9)}",
            ]
        )
        return self.d.p(f"{loc}@{r.choice(P.PROVIDERS)}", "EMAIL")

    def work(self, town: str) -> str:
        f = fold(self.first).lower()
        s = fold(self.sur).lower().replace(" ", "").replace("'", "")
        loc = self.d.r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"])
        return self.d.p(f"{loc}@{fold(town).lower()}.nl", "EMAIL")


def relative(d: Doc, p: Person, gender: str = "") -> Person:
    return Person(d, p.origin, gender, family=p)
