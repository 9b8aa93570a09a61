"""Identifiers, people and the document builder of holdout23. Standard library only.

Every personal item is recorded by the builder at the moment a template writes it (``Ctx.pii``), so each form that
occurs is annotated; keep words are recorded the same way (``Ctx.k``) and filtered to whole words at the end."""

from __future__ import annotations

import re
import unicodedata
from random import Random

import pools23 as P

LETTERS_PLATE = "BDFGHJKLNPRSTVXZ"
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def fold(s: str) -> str:
    """ASCII-folded spelling (``Öztaş`` -> ``Oztas``)."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn_digits(r: Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    n = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(n) % 97 == 1


def make_iban(r: Random, cc: str) -> str:
    lens = {"BE": 12, "DE": 18, "ES": 20, "PL": 24, "FR": 23, "PT": 21, "LU": 16, "AT": 16, "IT": 0, "TR": 22}
    if cc == "NL":
        bban = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    elif cc == "IT":
        bban = r.choice("ABCDEFGHIJKLMNOPRSTUVXZ") + "".join(str(r.randint(0, 9)) for _ in range(22))
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(lens[cc]))
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return cc + f"{98 - n % 97:02d}" + bban


class Person:
    """A drawn person: origin, first name, particle, surname (possibly double-barrelled), sex, nickname."""

    def __init__(
        self,
        r: Random,
        origin: str | None = None,
        last: str | None = None,
        particle: str | None = None,
        first: str | None = None,
        sex: str | None = None,
    ):
        self.origin = origin or r.choices(list(P.WEIGHTS), list(P.WEIGHTS.values()))[0]
        m, f, pre, suf, parts = P.ORIGINS[self.origin]
        self.sex = sex or r.choice("mf")
        if first is None:
            if self.origin in P.FIRST_PARTS and r.random() < 0.5:
                a, bm, bf = P.FIRST_PARTS[self.origin]
                first = r.choice(a) + r.choice(bm if self.sex == "m" else bf)
            else:
                first = r.choice(m if self.sex == "m" else f)
        self.first = first
        if last is None:
            last = r.choice(pre) + r.choice(suf)
            if self.origin == "pl" and self.sex == "f" and last.endswith("ski"):
                last = last[:-1] + "a"
            if self.origin == "bg" and self.sex == "f":
                last += "a"
            if self.origin == "gr_el" and self.sex == "f" and last.endswith("os"):
                last = last[:-2] + "ou"
            if r.random() < 0.08:
                o2 = r.choice(list(P.ORIGINS))
                last = last + "-" + r.choice(P.ORIGINS[o2][2]) + r.choice(P.ORIGINS[o2][3])
            if particle is None and parts and r.random() < (0.85 if self.origin == "nlp" else 0.4):
                particle = r.choice(parts)
        self.last = last
        self.particle = particle or ""
        self.second = r.choice(m if self.sex == "m" else f) if r.random() < 0.2 else ""
        if self.second == self.first:
            self.second = ""
        self.nick = r.choice(P.NICK) if r.random() < 0.15 else ""

    def _join(self, p: str, last: str) -> str:
        if not p:
            return last
        if p.endswith("'") or p.endswith("-") or p in ("Mc", "Mac"):
            return p + last
        return p + " " + last

    def lastname(self, initial_cap: bool = True) -> str:
        """The surname alone (particle capitalised, as Dutch writes it without a first name)."""
        p = self.particle
        if p and initial_cap and p[0].islower() and self.origin in ("nl", "nlp", "fy", "br", "li", "gr", "tw"):
            p = p[0].upper() + p[1:]
        return self._join(p, self.last)

    def full(self) -> str:
        return self.first + " " + self._join(self.particle, self.last)

    def initials(self, style: int = 0) -> str:
        ini = [self.first[0]] + ([self.second[0]] if self.second else [])
        forms = [".".join(ini) + ".", "".join(ini), ". ".join(ini) + ".", ".".join(ini)]
        return forms[style % 4] + " " + self._join(self.particle, self.last)

    def paraph(self) -> str:
        ini = self.first[0] + (self.second[0] if self.second else "")
        pp = "".join(w[0] for w in self.particle.replace("'", "").split()) if self.particle else ""
        return ini + pp.lower() + fold(self.last)[0]

    def surfirst(self) -> str:
        if self.particle and self.particle[0].islower():
            return f"{self.last}, {self.first} {self.particle}"
        return f"{self._join(self.particle, self.last)}, {self.first}"

    def parts(self) -> list[str]:
        return [w for w in re.split(r"[\s\-]", self.full()) if w]


class Ctx:
    """One document under construction: the random stream, recorded pii and keep words."""

    def __init__(self, r: Random, doc_id: str):
        self.r = r
        self.id = doc_id
        self.items: list[tuple[str, str]] = []
        self.keeps: list[str] = []
        self.people: list[Person] = []
        self.used_last: set[str] = set()
        self.known: dict | None = None

    # --- recording ---
    def pii(self, text: str, label: str) -> str:
        self.items.append((text, label))
        return text

    def k(self, word: str) -> str:
        self.keeps.append(word)
        return word

    def ch(self, seq):
        return self.r.choice(seq)

    # --- people ---
    def person(self, **kw) -> Person:
        for _ in range(20):
            p = Person(self.r, **kw)
            if p.last not in self.used_last or "last" in kw:
                break
        self.used_last.add(p.last)
        self.people.append(p)
        return p

    def relative(self, p: Person, sex: str | None = None) -> Person:
        """A family member sharing the family name."""
        q = Person(self.r, origin=p.origin, last=p.last, particle=p.particle, sex=sex)
        if q.first == p.first:
            q.first = q.first + "-" + self.ch(["Marie", "Jan", "Lou", "Ann"])
        self.people.append(q)
        return q

    def name(self, p: Person, form: str | None = None) -> str:
        """A PERSON item in one of many forms (recorded as written)."""
        form = form or self.ch(["full", "full", "full", "init", "title", "surfirst", "caps", "nick", "two"])
        r = self.r
        if form == "full":
            return self.pii(p.full(), "PERSON")
        if form == "two":
            if p.second:
                return self.pii(f"{p.first} {p.second} {p._join(p.particle, p.last)}", "PERSON")
            return self.pii(p.full(), "PERSON")
        if form == "init":
            return self.pii(p.initials(r.randint(0, 3)), "PERSON")
        if form == "title":
            t = r.choice(["mevrouw", "mw.", "mevr."] if p.sex == "f" else ["de heer", "dhr.", "meneer"])
            return t + " " + self.pii(p.lastname(), "PERSON")
        if form == "sur":
            return self.pii(p.lastname(), "PERSON")
        if form == "first":
            return self.pii(p.first, "PERSON")
        if form == "surfirst":
            return self.pii(p.surfirst(), "PERSON")
        if form == "caps":
            return self.pii(p.full().upper(), "PERSON")
        if form == "capsur":
            return self.pii(p.lastname().upper(), "PERSON")
        if form == "lower":
            return self.pii(p.full().lower(), "PERSON")
        if form == "ascii":
            return self.pii(fold(p.full()), "PERSON")
        if form == "paraph":
            return self.pii(p.paraph(), "PERSON")
        if form == "nick":
            if p.nick:
                return self.pii(f'{p.first} "{p.nick}" {p._join(p.particle, p.last)}', "PERSON")
            return self.pii(p.full(), "PERSON")
        raise ValueError(form)

    # --- identifiers ---
    def bsn(self) -> str:
        d = bsn_digits(self.r)
        st = self.r.randint(0, 5)
        s = [
            d,
            f"{d[:4]}.{d[4:6]}.{d[6:]}",
            f"{d[:3]} {d[3:6]} {d[6:]}",
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:]}",
            f"{d[:4]} {d[4:6]} {d[6:]}",
        ][st]
        return self.pii(s, "BSN")

    def iban(self, cc: str = "NL") -> str:
        raw = make_iban(self.r, cc)
        st = self.r.randint(0, 4)
        if st in (0, 1):
            s = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        elif st == 2:
            s = raw
        elif st == 3:
            s = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)).lower() if cc == "NL" else raw
        else:
            s = raw[:4] + " " + raw[4:]
        return self.pii(s, "IBAN")

    def mobile(self) -> str:
        d = "6" + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        st = self.r.randint(0, 7)
        s = [
            f"0{d}",
            f"0{d[:1]}-{d[1:]}",
            f"0{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"+31 {d[:1]} {d[1:]}",
            f"+31{d}",
            f"0031 {d[:1]} {d[1:5]} {d[5:]}",
            f"0{d[:1]}-{d[1:5]} {d[5:]}",
            f"(0{d[:1]}) {d[1:3]}{d[3:5]}-{d[5:]}",
        ][st]
        return self.pii(s, "PHONE")

    def landline(self) -> str:
        a = self.ch(P.AREA)
        n = "".join(str(self.r.randint(1 if i == 0 else 0, 9)) for i in range(10 - len(a)))
        st = self.r.randint(0, 3)
        s = [f"{a}-{n}", f"{a} {n}", f"({a}) {n}", f"+31 {a[1:]} {n}"][st]
        return self.pii(s, "PHONE")

    def foreign_phone(self, cc: str) -> str:
        pre, ln = P.PHONE_CC[cc]
        n = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(ln - 1))
        if self.r.random() < 0.5:
            s = pre + " " + " ".join(n[i : i + 3] for i in range(0, len(n), 3))
        else:
            s = "00" + pre[1:] + " " + n
        return self.pii(s, "PHONE")

    def phone(self) -> str:
        return self.mobile() if self.r.random() < 0.7 else self.landline()

    def email(self, p: Person, work: str | None = None) -> str:
        f, last = fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace(" ", "").replace("'", "")
        pp = fold(p.particle).lower().replace(" ", "").replace("'", "")
        if work:
            local = self.ch([f"{f[0]}.{pp}{last}", f"{f}.{pp}{last}", f"{f[0]}{last}"])
            return self.pii(f"{local}@{work}", "EMAIL")
        local = self.ch(
            [
                f"{f}.{pp}{last}",
                f"{f}{self.r.randint(60, 99)}",
                f"{f[0]}{pp}{last}",
                f"{last}.{f}",
                f"{f}_{last}{self.r.randint(1, 9)}",
                f"{pp}{last}{self.r.randint(1960, 2008)}",
                f"{f}.{last}+post",
            ]
        )
        return self.pii(f"{local}@{self.ch(P.MAILHOST)}", "EMAIL")

    def postcode(self) -> str:
        n = self.r.randint(1011, 9999)
        l1 = self.ch(PC_LETTERS) + self.ch(PC_LETTERS)
        s = self.ch([f"{n} {l1}", f"{n}{l1}", f"{n} {l1}", f"{n}  {l1}", f"{n} {l1.lower()}"])
        return self.pii(s, "POSTCODE")

    def street(self) -> str:
        if self.r.random() < 0.15:
            q = Person(self.r, origin=self.ch(["nl", "fy", "li", "br", "gr"]))
            return self.ch(P.STREET_TITLES) + " " + q.last + self.ch(["straat", "laan", "plein", "singel"])
        return self.ch(P.STREET_PRE) + self.ch(P.STREET_SUF)

    def address(self, street: str | None = None) -> str:
        st = street or self.street()
        num = str(self.r.randint(1, 212)) + self.ch(P.HOUSE_SUFFIX)
        return self.pii(f"{st} {num}", "ADDRESS")

    def addr_line(self, caps: bool = False) -> str:
        """``Street 12, 1234 AB Town`` (town kept)."""
        st = self.street()
        if caps:
            st = st.upper()
        a = self.address(st)
        town = self.ch(P.TOWNS)
        return f"{a}, {self.postcode()} {self.k(town.upper() if caps else town)}"

    def foreign_address(self, cc: str | None = None) -> tuple[str, str]:
        cc = cc or self.ch([f[0] for f in P.FOREIGN])
        c, streets, pcf, towns = next(f for f in P.FOREIGN if f[0] == cc)
        st = self.ch(streets)
        num = str(self.r.randint(1, 180))
        a = self.pii(f"{st} {num}" if cc not in ("FR",) else f"{num} {st}", "ADDRESS")
        pc = pcf.replace("{5}", f"{self.r.randint(10000, 99999):05d}").replace("{4}", str(self.r.randint(1000, 9999)))
        pc = pc.replace("{2}", f"{self.r.randint(10, 99):02d}").replace("{3}", f"{self.r.randint(100, 999):03d}")
        town = self.k(self.ch(towns))
        return f"{a}, {pc} {town}", cc

    def plate(self) -> str:
        L = lambda n: "".join(self.ch(LETTERS_PLATE) for _ in range(n))
        D = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))
        forms = [
            f"{L(2)}-{D(2)}-{D(2)}",
            f"{D(2)}-{D(2)}-{L(2)}",
            f"{D(2)}-{L(2)}-{D(2)}",
            f"{L(2)}-{D(2)}-{L(2)}",
            f"{L(2)}-{L(2)}-{D(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(2)}-{L(3)}",
            f"{D(3)}-{L(2)}-{D(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
        s = self.ch(forms)
        st = self.r.randint(0, 5)
        if st == 4:
            s = s.replace("-", "")
        elif st == 5:
            s = s.lower()
        return self.pii(s, "LICENSE_PLATE")

    def dob(self, y0: int = 1938, y1: int = 2008) -> str:
        y, m, d = self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)
        M = P.MONTHS[m - 1]
        st = self.r.randint(0, 13)
        s = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{d} {M} {y}",
            f"{d} {M[:3]}. {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {M.upper()} {y}",
            f"{d}/{m}/{str(y)[2:]}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {M[:3].capitalize()} {y}",
            f"{d} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {y}",
            f"{d}-{m}-'{str(y)[2:]}",
        ][st]
        return self.pii(s, "DATE_OF_BIRTH")

    def dob_cue(self) -> str:
        return self.k(self.ch(["geboren", "geb.", "geboortedatum", "Geboortedatum", "geb. datum", "geboren op"]))

    def date(self, year: int = 2026) -> str:
        """A kept ordinary date."""
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        s = self.ch(
            [f"{d} {P.MONTHS[m - 1]} {year}", f"{d:02d}-{m:02d}-{year}", f"{d}-{m}-{year}", f"{d} {P.MONTHS[m - 1]}"]
        )
        return self.k(s)

    def case(self, fmt: str | None = None) -> str:
        r = self.r
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        forms = [
            f"VTA/26/{D(5)}",
            f"ONZ-26-{D(4)}",
            f"EMI.2026.{D(4)}",
            f"VRW26-{D(3)}-{r.choice('ABCDE')}",
            f"HR/{D(2)}/2026/{D(3)}",
            f"DCL-{D(6)}",
            f"AFS26.{D(2)}.{D(4)}",
            f"RNI-2026-{D(5)}",
            f"Q26-{r.choice('ABC')}{D(4)}",
            f"EVA/{D(4)}/26",
            f"INT26_{D(4)}",
            f"BV-26-{D(5)}",
            f"LGS.26.{D(3)}.{D(2)}",
            f"#AF{D(5)}",
            f"ZK26/{D(2)}-{D(4)}",
            f"SUP-26-{D(4)}",
            f"KL/2026/{D(4)}",
        ]
        return self.pii(fmt or r.choice(forms), "CASE_NUMBER")

    def case_cue(self) -> str:
        return self.k(
            self.ch(
                [
                    "zaaknummer",
                    "kenmerk",
                    "ons kenmerk",
                    "dossiernummer",
                    "referentie",
                    "registratienummer",
                    "onderzoeksnummer",
                    "declaratienummer",
                    "aanvraagnummer",
                    "meldingsnummer",
                    "casusnummer",
                    "projectcode",
                    "volgnummer",
                    "Kenmerk",
                    "Zaaknummer",
                    "Referentie",
                ]
            )
        )

    def muni_mail(self) -> str:
        return self.k(
            self.ch(["info@", "onderzoek@", "vrijwilligers@", "afstemming@", "burgerzaken@", "klachten@"])
            + self.ch(P.MUNI)
        )
