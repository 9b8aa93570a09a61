"""Per-document generation context: people, addresses and identifiers, each returned already marked."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import h5core as c
import h5pools as pools

T = TypeVar("T")

_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


@dataclass
class Person:
    first: str
    sur: str
    gender: str  # "f" or "m"
    order: str  # "gs" or "sg"

    @property
    def full(self) -> str:
        return f"{self.sur} {self.first}" if self.order == "sg" else f"{self.first} {self.sur}"

    @property
    def sur_cap(self) -> str:
        """Surname without a first name before it: the first particle gets a capital (mevrouw Van der Meulen)."""
        if self.sur.split()[0].lower() in _PARTICLES or self.sur.startswith("'t"):
            return self.sur if self.sur.startswith("'t") else self.sur[0].upper() + self.sur[1:]
        return self.sur[0].upper() + self.sur[1:]

    @property
    def initials(self) -> list[str]:
        return [p[0].upper() for p in re.split(r"[\s-]+", self.first) if p]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Ctx:
    """Random source plus the marks of one document; `names` collects every person used."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: list[str] = []
        self.known: dict[str, list[str]] | None = None
        self.gm = rng.choice(pools.MUNICIPALITIES)

    # ------------------------------------------------------------------ choice helpers
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ------------------------------------------------------------------ people
    def person(self, origin: str | None = None, gender: str | None = None, word: float = 0.12) -> Person:
        while True:
            o = origin or self.pick(["dutch", "dutch", "dutch", *pools.ORIGINS])
            fem, mal, surs, order = pools.ORIGINS[o]
            g = gender or self.pick("fm")
            first = self.pick(fem if g == "f" else mal)
            sur = self.pick(surs)
            if order == "gs" and self.chance(word):
                if self.chance(0.5):
                    first = self.pick(pools.WORD_FIRST)
                else:
                    sur = self.pick(pools.WORD_SUR)
            p = Person(first, sur, g, order)
            if all(p.full != n for n in self.names):
                return p

    def _use(self, p: Person, s: str) -> str:
        self.names.append(p.full)
        return c.mark("PERSON", s)

    def full(self, p: Person) -> str:
        return self._use(p, p.full)

    def first(self, p: Person) -> str:
        return self._use(p, p.first if p.order == "gs" else p.full)

    def sur(self, p: Person) -> str:
        return self._use(p, p.sur_cap)

    def lower(self, p: Person) -> str:
        return self._use(p, p.full.lower())

    def caps(self, p: Person) -> str:
        return self._use(p, p.full.upper())

    def title(self, p: Person, formal: bool = True) -> str:
        if p.gender == "f":
            t = self.pick(["mevrouw", "mevr.", "mw.", "mw", "mevrouw"] if formal else ["mevrouw", "mw", "mevr"])
        else:
            t = self.pick(["meneer", "dhr.", "de heer", "dhr", "meneer"] if formal else ["meneer", "dhr", "mnr"])
        return f"{t} {self.sur(p)}"

    def init(self, p: Person) -> str:
        """Initials plus surname in one of many spellings."""
        if p.order == "sg":
            return self.title(p)
        ini = p.initials
        style = self.rng.randrange(6)
        if style == 0:
            s = "".join(i + "." for i in ini) + " " + p.sur
        elif style == 1:
            s = " ".join(i + "." for i in ini) + " " + p.sur
        elif style == 2:
            s = "".join(ini) + " " + p.sur
        elif style == 3:
            s = ini[0] + ". " + p.sur
        elif style == 4:
            s = p.sur_cap + ", " + "".join(i + "." for i in ini)
        else:
            s = "".join(i.lower() + "." for i in ini) + " " + p.sur.lower()
        return self._use(p, s)

    def initials_only(self, p: Person, with_surname: bool = True) -> str:
        """A.B. as mediators write in their own log (with_surname=False: the first names' initials)."""
        ini = p.initials + (
            [w[0].upper() for w in p.sur.split() if w.lower() not in _PARTICLES][:1] if with_surname else []
        )
        return self._use(p, ".".join(ini) + ".")

    def poss(self, p: Person) -> str:
        """Possessive: Yusufs school, Roos' moeder, Nadia's zoon."""
        n = p.first if p.order == "gs" else p.full
        if n[-1] in "sxzSXZ":
            return self._use(p, n) + "'"
        if n[-1].lower() in "aeiouy":
            return self._use(p, n) + "'s"
        return self._use(p, n + "s")

    def nick(self, p: Person) -> str | None:
        n = pools.NICKNAMES.get(p.first)
        if not n:
            return None
        self.names.append(n)
        return c.mark("PERSON", n)

    def handle(self, p: Person) -> str:
        """A social-media handle made from the name."""
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.sur).lower())
        h = "@" + self.pick([f"{f}{s}", f"{f}_{s[:4]}", f"{f}{self.rng.randint(70, 99)}", f"{s}.{f[:1]}", f"x{f}x"])
        self.names.append(h)
        return c.mark("PERSON", h)

    def any_form(self, p: Person) -> str:
        return self.pick([self.full, self.title, self.init, self.full, self.title])(p)

    # ------------------------------------------------------------------ places
    def street(self) -> str:
        return self.pick(pools.STREETS)

    def number(self) -> str:
        n = str(self.rng.randint(1, 212))
        style = self.rng.randrange(10)
        suf = ["", "", "", "-B", " hs", " II", " rood", "a", " A", "-3"][style]
        return n + suf

    def addr(self, street: str | None = None) -> str:
        return c.mark("ADDRESS", f"{street or self.street()} {self.number()}")

    def street_only(self, street: str | None = None) -> str:
        return c.mark("ADDRESS", street or self.street())

    def postcode(self) -> str:
        return c.mark("POSTCODE", c.postcode(self.rng))

    def town(self) -> str:
        return self.pick(pools.TOWNS)

    def foreign_addr(self) -> str:
        country, street, bus, towns = self.pick(pools.FOREIGN)
        n = str(self.rng.randint(2, 160))
        if bus:
            n += f" {bus} {self.rng.randint(1, 12)}"
        town = self.pick(towns)
        land = {"BE": self.pick(["België", "Belgie", "BE"]), "DE": self.pick(["Duitsland", "Deutschland", "D"])}[
            country
        ]
        return f"{c.mark('ADDRESS', f'{street} {n}')}, {town} ({land})"

    # ------------------------------------------------------------------ identifiers
    def phone(self) -> str:
        return c.mark("PHONE", c.phone(self.rng))

    def mobile(self) -> str:
        return c.mark("PHONE", c.mobile(self.rng))

    def landline(self) -> str:
        return c.mark("PHONE", c.landline(self.rng))

    def foreign_phone(self) -> str:
        return c.mark("PHONE", c.foreign_phone(self.rng))

    def spoken_phone(self) -> str:
        return c.mark("PHONE", c.spoken_mobile(self.rng))

    def email(self, p: Person) -> str:
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.sur).lower())
        nn = str(self.rng.randint(2, 99))
        local = self.pick(
            [
                f"{f}.{s}",
                f"{f[0]}{s}{nn}",
                f"{f}{s[:3]}{nn}",
                f"{s}.{f[0]}",
                f"{f}_{s}",
                f"{f}{nn}{s[:2]}",
                f"{f}.{s}{nn}",
                f"mail.{f}{s[:1]}",
            ]
        )
        return c.mark("EMAIL", f"{local}@{self.pick(pools.MAIL_DOMAINS)}")

    def work_email(self, p: Person) -> str:
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.sur).lower())
        local = self.pick([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"])
        return c.mark("EMAIL", f"{local}@{self.gm[1]}")

    def bsn(self) -> str:
        return c.mark("BSN", c.fmt_bsn(self.rng, c.bsn(self.rng)))

    def iban(self, country: str = "NL") -> str:
        return c.mark("IBAN", c.fmt_iban(self.rng, c.iban(self.rng, country)))

    def plate(self) -> str:
        return c.mark("LICENSE_PLATE", c.plate(self.rng))

    def case(self) -> tuple[str, str]:
        cue, num = c.case_number(self.rng)
        return cue, c.mark("CASE_NUMBER", num)

    def dob(self, child: bool = False) -> str:
        return c.mark("DATE_OF_BIRTH", c.dob(self.rng, 2008, 2021) if child else c.dob(self.rng))

    # ------------------------------------------------------------------ keep words
    def date(self) -> str:
        return c.K(c.ordinary_date(self.rng))

    def gemeente(self) -> str:
        return c.K(f"gemeente {self.gm[0]}")

    def info_mail(self) -> str:
        return c.K(self.pick(["info", "noreply", "post", "klantcontact", "wijkteams"]) + "@" + self.gm[1])

    def www(self) -> str:
        return c.K(f"www.{self.gm[1]}")

    def gm_number(self) -> str:
        return c.K(self.gm[2])

    def dept(self) -> str:
        return c.K(self.pick(pools.DEPARTMENTS))

    def scheme(self) -> str:
        return c.K(self.pick(pools.SCHEMES))

    def body(self) -> str:
        return c.K(self.pick(pools.BODIES))

    def amount(self) -> str:
        return c.K(self.pick(pools.AMOUNTS))

    def weekday(self) -> str:
        return c.K(self.pick(pools.WEEKDAYS))

    def holiday(self) -> str:
        return c.K(self.pick(pools.HOLIDAYS))

    def building(self) -> str:
        return c.K(self.pick(pools.PUBLIC_BUILDINGS))

    def public_number(self) -> str:
        return c.K(self.pick(pools.PUBLIC_NUMBERS))

    def ktown(self) -> str:
        return c.K(self.town())

    def postbus(self) -> str:
        return c.K(f"Postbus {self.rng.randint(10, 20000)}")

    def corp(self) -> str:
        return c.K(self.pick(pools.CORPORATIONS))

    def law(self) -> str:
        return c.K(self.pick(pools.LAW_FIRMS))

    def time(self) -> str:
        return f"{self.rng.randint(8, 20)}:{self.pick(['00', '15', '30', '45'])}"

    def short_date(self) -> str:
        return f"{self.rng.randint(1, 28)}/{self.rng.randint(1, 12)}"
