"""Marked-text helpers for holdout8: a person and the many written forms of personal data.

Templates write *marked* text: ``pii(label, s)`` wraps a personal item, ``keep(s)`` an ordinary word that must
survive. ``render`` strips the marks and returns the plain text with its annotation.
"""

from __future__ import annotations

import datetime
import random
import unicodedata
from dataclasses import dataclass

import ids8
import pools8

_P, _S, _E, _K, _KE = "\x01", "\x02", "\x03", "\x04", "\x05"
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op"}


def pii(label: str, s: str) -> str:
    """Mark ``s`` as a personal item with ``label``."""
    return f"{_P}{label}{_S}{s}{_E}"


def keep(s: str) -> str:
    """Mark ``s`` as an ordinary word that must survive."""
    return f"{_K}{s}{_KE}"


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    """Plain text, pii items (first occurrence order, no duplicates) and keep words of a marked text."""
    out, items, keeps = [], [], []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == _P:
            j, e = marked.index(_S, i), marked.index(_E, i)
            item = {"text": marked[j + 1 : e], "label": marked[i + 1 : j]}
            if item not in items:
                items.append(item)
            out.append(item["text"])
            i = e + 1
        elif c == _K:
            e = marked.index(_KE, i)
            w = marked[i + 1 : e]
            if w not in keeps:
                keeps.append(w)
            out.append(w)
            i = e + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), items, keeps


def ascii_fold(s: str) -> str:
    """Lower-case ASCII form of a name part, for e-mail addresses."""
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


@dataclass
class Person:
    """A drawn person: first name, surname (with any particle in lower case), sex, origin and initials."""

    first: str
    sur: str
    female: bool
    origin: str
    initials: str

    @property
    def core(self) -> str:
        """The surname without its particle."""
        words = self.sur.split()
        while len(words) > 1 and words[0].lower() in PARTICLE_WORDS:
            words = words[1:]
        return " ".join(words)

    @property
    def sur_cap(self) -> str:
        """The surname as written without a first name before it (particle capitalised)."""
        if self.sur.startswith("'t "):
            return "'T" + self.sur[2:]
        return self.sur[0].upper() + self.sur[1:]


class G:
    """One document's draw context: the random stream and the people, streets and numbers drawn so far."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.used: set[str] = set()

    # ---- simple draws
    def pick(self, seq: list) -> object:
        """One element of ``seq``."""
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.r.random() < p

    def person(self, origin: str | None = None, female: bool | None = None, word: bool = False) -> Person:
        """A new person not sharing a first name or surname with anyone drawn earlier in this document."""
        r = self.r
        for _ in range(200):
            o = origin or r.choice(sorted(pools8.ORIGINS))
            fem = r.random() < 0.5 if female is None else female
            fs, ms, ss = pools8.ORIGINS[o]
            first = r.choice(fs if fem else ms)
            sur = r.choice(ss)
            if word or r.random() < 0.06:
                sur = r.choice(pools8.WORD_SURNAMES)
            if r.random() < 0.05:
                first = r.choice(pools8.WORD_FIRSTS_F if fem else pools8.WORD_FIRSTS_M)
            if fem and r.random() < 0.08 and " " not in sur:
                second = r.choice(pools8.MARRIED_SECOND)
                if second.split()[-1] != sur:
                    sur = f"{sur}-{second}"
            key_parts = {first.lower(), *(w.lower() for w in sur.replace("-", " ").split())} - PARTICLE_WORDS
            if key_parts & self.used:
                continue
            self.used |= key_parts
            ini = first[0] + "."
            if r.random() < 0.5:
                ini += r.choice("ABCDEFGHJKLMNPRSTW") + "."
                if r.random() < 0.3:
                    ini += r.choice("ABCDEFGHJKLMNPRSTW") + "."
            return Person(first, sur, fem, o, ini)
        raise RuntimeError("no fresh person")

    # ---- name forms (the personal part marked, titles outside the mark)
    def full(self, p: Person) -> str:
        """First name and surname."""
        return pii("PERSON", f"{p.first} {p.sur}")

    def first(self, p: Person) -> str:
        """First name only."""
        return pii("PERSON", p.first)

    def sur(self, p: Person, start: bool = False) -> str:
        """Bare surname; particle capitalised at sentence start."""
        return pii("PERSON", p.sur_cap if start else p.sur)

    def title(self, p: Person, cap: bool = False) -> str:
        """A title or form of address before the surname, sometimes with initials."""
        r = self.r
        if p.female:
            t = r.choice(["mevrouw", "mevr.", "mw.", "mevrouw", "mr.", "dr.", "drs.", "ing."])
        else:
            t = r.choice(["meneer", "de heer", "dhr.", "dhr", "mr.", "dr.", "ir.", "drs.", "prof.", "ing."])
        if cap:
            t = t[0].upper() + t[1:]
        if r.random() < 0.3:
            return f"{t} {pii('PERSON', p.initials + ' ' + p.sur)}"
        return f"{t} {pii('PERSON', r.choice([p.sur, p.sur_cap]))}"

    def init(self, p: Person) -> str:
        """Initials and surname in one of several spellings (J.P., J P, JP)."""
        ini = p.initials
        style = self.r.randint(0, 3)
        if style == 1 and len(ini) > 2:
            ini = " ".join(ini.replace(".", ""))
        elif style == 2 and len(ini) > 2:
            ini = ini.replace(".", "")
        return pii("PERSON", f"{ini} {p.sur}")

    def sfirst(self, p: Person) -> str:
        """Surname first, then initials or first name: 'Vos, K.L.' marked as two items."""
        words = p.sur.split()
        if words[0].lower() in PARTICLE_WORDS and len(words) > 1 and self.r.random() < 0.5:
            lead = p.core
            particle = " " + " ".join(words[: len(words) - len(p.core.split())])
        else:
            lead, particle = p.sur_cap, ""
        tail = p.initials if self.r.random() < 0.6 else p.first
        return f"{pii('PERSON', lead)}, {pii('PERSON', tail)}{particle}"

    def poss(self, p: Person, use_first: bool = True) -> str:
        """Possessive as written: Daans, Lisa's, Joris'."""
        n = p.first if use_first else p.sur_cap
        if n[-1] in "sxz":
            w = n + "'"
        elif n[-1] in "aeiouy" and not n.endswith("ee"):
            w = n + "'s"
        else:
            w = n + "s"
        return pii("PERSON", w)

    def caps(self, p: Person) -> str:
        """The full name in capitals."""
        return pii("PERSON", f"{p.first} {p.sur}".upper())

    def lower(self, p: Person, full: bool = False) -> str:
        """First name (or full name) in lower case, as in chat."""
        return pii("PERSON", (f"{p.first} {p.sur}" if full else p.first).lower())

    def any_form(self, p: Person, start: bool = False) -> str:
        """A random formal reference to ``p``."""
        x = self.r.randint(0, 4)
        if x == 0:
            return self.full(p)
        if x == 1:
            return self.title(p, cap=start)
        if x == 2:
            return self.init(p)
        if x == 3:
            return self.sur(p, start=True) if start else self.title(p)
        return self.full(p)

    def nick(self, p: Person) -> str | None:
        """The nickname of ``p`` in quotes, if the pool has one."""
        n = pools8.NICKNAMES.get(p.first)
        return f"'{pii('PERSON', n)}'" if n else None

    def people(self, ps: list[str]) -> str:
        """A Dutch enumeration: 'a, b en c'."""
        return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " en " + ps[-1]

    # ---- addresses and places
    def street_name(self) -> str:
        """A street name not used before in this document."""
        for _ in range(100):
            s = self.r.choice(pools8.PERSON_STREETS if self.r.random() < 0.2 else pools8.STREETS)
            if s not in self.used:
                self.used.add(s)
                return s
        raise RuntimeError("no fresh street")

    def number(self) -> str:
        """A house number with an optional addition."""
        return str(self.r.randint(1, 240)) + self.r.choice(pools8.HOUSE_SUFFIX)

    def addr(self, street: str | None = None, caps: bool = False, lower: bool = False) -> str:
        """A marked 'Street 12a' (in capitals or lower case if asked)."""
        s = f"{street or self.street_name()} {self.number()}"
        return pii("ADDRESS", s.upper() if caps else s.lower() if lower else s)

    def bare_street(self, street: str | None = None) -> str:
        """A marked street name without a number."""
        return pii("ADDRESS", street or self.street_name())

    def town(self, mark: bool = True) -> str:
        """A town, marked keep if ``mark``."""
        t = self.r.choice(pools8.TOWNS)
        return keep(t) if mark else t

    def pc(self) -> str:
        """A marked postcode."""
        return pii("POSTCODE", ids8.postcode(self.r))

    # ---- numbers
    def phone(self, kind: str = "any") -> str:
        """A marked phone number."""
        f = {"any": ids8.phone, "mobile": ids8.mobile, "land": ids8.landline, "foreign": ids8.foreign_phone}[kind]
        return pii("PHONE", f(self.r))

    def email(self, p: Person | None = None) -> str:
        """A marked personal e-mail address, name-based when ``p`` is given."""
        r = self.r
        if p is None:
            p = self.person()
        f = ascii_fold(p.first.replace(" ", "").replace("-", ""))
        s = ascii_fold(p.sur.replace(" ", "").replace("'", "").replace("-", ""))
        c = ascii_fold(p.core.replace(" ", "").replace("'", "").replace("-", ""))
        y = str(r.randint(60, 99) if r.random() < 0.5 else r.randint(1, 999))
        local = r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}.{c}",
                f"{f}{c}{y}",
                f"{c}.{f}",
                f"{f}_{c}",
                f"{f}.{c}+gemeente",
                f"{c}{f[0]}{y}",
                f"{f}-{s}",
                f"{f}.{p.initials[2:3].lower() or 'x'}.{c}",
            ]
        )
        if len(local) < 6:
            local += y
        return pii("EMAIL", f"{local}@{r.choice(pools8.EMAIL_DOMAINS)}")

    def bsn(self) -> str:
        """A marked BSN."""
        return pii("BSN", ids8.bsn(self.r))

    def iban(self) -> str:
        """A marked IBAN."""
        return pii("IBAN", ids8.iban(self.r))

    def plate(self) -> str:
        """A marked licence plate."""
        return pii("LICENSE_PLATE", ids8.plate(self.r))

    def case(self) -> str:
        """A marked case number."""
        return pii("CASE_NUMBER", ids8.case_number(self.r))

    def case_cued(self) -> str:
        """A case number after one of many cue words (the cue kept)."""
        cue = self.r.choice(
            [
                "zaaknummer",
                "zaaknr.",
                "dossiernummer",
                "dossiernr.",
                "kenmerk",
                "ons kenmerk",
                "uw kenmerk",
                "referentie",
                "onder nummer",
                "registratienummer",
                "meldingsnummer",
                "zaak",
            ]
        )
        sep = self.r.choice([" ", ": ", " "])
        return f"{keep(cue)}{sep}{self.case()}"

    def dob(self, cue: bool = True) -> str:
        """A marked date of birth in one of many styles, with or without a cue word before it."""
        r = self.r
        d, m, y = ids8.dob_parts(r)
        style = r.randint(0, 14)
        if style == 11:
            body = f"de {d}e van {ids8.MONTHS[m - 1]} {y}"
            text = pii("DATE_OF_BIRTH", body)
        elif style == 12:
            text = pii("DATE_OF_BIRTH", f"{d} {ids8.MONTHS[m - 1]} '{y % 100:02d}")
        elif style == 13:
            wd = ids8.WEEKDAYS[datetime.date(y, m, d).weekday()]
            text = f"{wd} " + pii("DATE_OF_BIRTH", f"{d} {ids8.MONTHS[m - 1]} {y}")
        elif style == 14:
            text = pii("DATE_OF_BIRTH", f"{d} {ids8.MONTHS[m - 1].capitalize()} {y}")
        else:
            text = pii("DATE_OF_BIRTH", ids8.dob_text(r, d, m, y, style))
        if not cue:
            return text
        c = r.choice(
            [
                "geboren op ",
                "geb. ",
                "geboortedatum: ",
                "geb.datum ",
                "DOB: ",
                "d.o.b. ",
                "geboren ",
                "geb.: ",
                "Geboortedatum ",
                "° ",
                "geboren op ",
                "geb ",
            ]
        )
        if style == 11:
            c = "geboren op "
        return c + text

    def age_dob(self) -> str:
        """Age and birth date together: '(41 jaar, geb. 3 mei 1984)'."""
        d, m, y = ids8.dob_parts(self.r)
        body = ids8.dob_text(self.r, d, m, y, self.r.choice([0, 2, 3, 7]))
        return f"({2025 - y} jaar, geb. {pii('DATE_OF_BIRTH', body)})"

    # ---- ordinary words kept
    def k(self, s: str) -> str:
        """Mark ``s`` keep."""
        return keep(s)

    def kdate(self) -> str:
        """An ordinary written-out date, kept."""
        return keep(ids8.ordinary_date(self.r))

    def kday(self) -> str:
        """A weekday, kept."""
        return keep(self.r.choice(ids8.WEEKDAYS[:5]))

    def dept(self) -> str:
        """A department, kept."""
        return keep(self.r.choice(pools8.DEPARTMENTS))

    def role(self) -> str:
        """A role word (not kept: it may stand next to a title)."""
        return self.r.choice(pools8.ROLES)

    def scheme(self) -> str:
        """A scheme or law, kept."""
        return keep(self.r.choice(pools8.SCHEMES))

    def org(self) -> str:
        """An organisation, kept."""
        return keep(self.r.choice(pools8.ORGS))

    def place(self) -> str:
        """A public place, kept."""
        return keep(self.r.choice(pools8.PUBLIC_PLACES))

    def amount(self) -> str:
        """An amount, kept."""
        return keep(self.r.choice(pools8.AMOUNTS))

    def service(self, town: str) -> str:
        """A generic municipal address or service number, kept."""
        slug = town.lower().replace(" ", "")
        return keep(
            self.r.choice(
                [
                    f"info@{slug}.nl",
                    f"noreply@{slug}.nl",
                    f"wmo@{slug}.nl",
                    f"14 0{self.r.randint(10, 99)}",
                    f"belastingen@{slug}.nl",
                ]
            )
        )

    def topic(self) -> tuple[str, str]:
        """A (subject, complaint) pair; the subject kept."""
        a, b = self.r.choice(pools8.TOPICS)
        return keep(a), b

    def time(self) -> str:
        """A clock time."""
        return f"{self.r.randint(8, 17):02d}:{self.r.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"

    def times(self, n: int) -> list[str]:
        """``n`` increasing clock times on one working day."""
        m = self.r.randint(8 * 60, 10 * 60)
        out = []
        for _ in range(n):
            out.append(f"{m // 60:02d}:{m % 60:02d}")
            m += self.r.randint(3, 55)
        return out
