"""Document context for holdout4: persons, addresses and identifiers that register their own annotation."""

from __future__ import annotations

import random
import re
import unicodedata

import ids4
import pools4 as P

FEMALE = set(
    "Anke Marieke Sanne Femke Ineke Joke Lotte Maartje Annelies Bo Roos Anne-Marie Marie-José Hennie Riet Esmee "
    "Wytske Sietske Baukje Tjitske Jildou Ayşe Zeynep Fatma Selin Esra Hatice Derya Fatima Khadija Nadia Naima "
    "Imane Tafsut Itto Loubna Shanice Ruth Germaine Anjali Sunita Shanti Priya Nandini Sri Sumiati Tini Karijem "
    "Giselle Kimberley Ashanti Dewi Mirna Sandra Agnieszka Magdalena Małgorzata Joanna Ioana Elena Gabriela Roxana "
    "Desislava Petya Tsvetelina Rasha Lama Rana Hiba Zainab Ruqaya Duaa Mariam Zahra Shabnam Nazia Shirin Leila "
    "Maryam Ladan Senait Selam Saba Lidya Tigist Meseret Hana Hodan Fadumo Ifrah Sahra Akosua Ama Abena Efua Ngozi "
    "Funmilayo Chiamaka Ifeoma Olena Yulia Kateryna Oksana Carla Ivone Elisangela Djosy Inês Beatriz Catarina "
    "Larissa Juliana Camila Bloem Hoop Mei Joy Faith Merel Lieve Xiaoling Ling Fang Yan".split()
)
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    def __init__(self, c: Ctx, first: str, particle: str, surname: str, surname_first: bool = False) -> None:
        self.c, self.first_name, self.particle, self.surname = c, first, particle, surname
        self.surname_first = surname_first
        self.female = first in FEMALE if not surname_first else ("Thi" in first or c.rng.random() < 0.4)
        if surname_first and first.startswith("Van "):
            self.female = False
        self._agree()

    def _agree(self) -> None:
        """Slavic surnames agree with the gender of the first name (Kowalska / Kowalski, Petrova / Petrov)."""
        s = self.surname
        if self.female:
            for m, f in (("ski", "ska"), ("ov", "ova"), ("ev", "eva")):
                if s.endswith(m):
                    self.surname = s[: -len(m)] + f
        else:
            for m, f in (("ski", "ska"), ("ov", "ova"), ("ev", "eva")):
                if s.endswith(f):
                    self.surname = s[: -len(f)] + m

    # pronouns and kin words that agree with the person
    def zij(self) -> str:
        return "zij" if self.female else "hij"

    def haar(self) -> str:
        return "haar" if self.female else "zijn"

    def hem(self) -> str:
        return "haar" if self.female else "hem"

    def kind(self) -> str:
        return "dochter" if self.female else "zoon"

    def ouder(self) -> str:
        return "moeder" if self.female else "vader"

    # plain strings (not registered)
    def _sur(self, cap: bool = False) -> str:
        if not self.particle:
            return self.surname
        part = self.particle[0].upper() + self.particle[1:] if cap else self.particle
        return f"{part} {self.surname}"

    def _full(self) -> str:
        if self.surname_first:
            return f"{self.surname} {self.first_name}"
        return f"{self.first_name} {self._sur()}"

    # registered forms
    def full(self) -> str:
        return self.c.P(self._full())

    def sur(self, cap: bool = True) -> str:
        return self.c.P(self._sur(cap=cap))

    def first(self) -> str:
        return self.c.P(self._call())

    def _call(self) -> str:
        """The name people call them by: the first name; for surname-first names the last given name."""
        return self.first_name.split()[-1] if self.surname_first else self.first_name

    def given(self) -> str:
        """The given name (for surname-first names: the part after the surname)."""
        return self.c.P(self.first_name)

    def title(self, cap: bool = False) -> str:
        t = (
            ("mevrouw" if self.female else "meneer")
            if self.c.rng.random() < 0.6
            else ("mw." if self.female else "dhr.")
        )
        if self.c.rng.random() < 0.25:
            t = "mevr." if self.female else "de heer"
        return t[0].upper() + t[1:] if cap else t

    def formal(self, cap: bool = False) -> str:
        return f"{self.title(cap)} {self.sur(cap=True)}"

    def initials(self) -> str:
        if self.surname_first:
            return self.full()
        letters = [w[0] for w in re.split(r"[\s-]", self.first_name) if w]
        if self.c.rng.random() < 0.4:
            letters.append(self.c.rng.choice("ABCDEGHJKLMNPRSTW"))
        style = self.c.rng.randint(0, 4)
        ini = [
            ".".join(letters) + ".",
            "".join(letters),
            ". ".join(letters) + ".",
            ".".join(letters),
            ".".join(x.lower() for x in letters) + ".",
        ][style]
        return self.c.P(f"{ini} {self._sur()}")

    def caps(self) -> str:
        return self.c.P(self._full().upper())

    def lower(self) -> str:
        return self.c.P(self._full().lower())

    def lower_first(self) -> str:
        return self.c.P(self._call().lower())

    def poss(self) -> str:
        """Possessive of the first name: "Roos' moeder", "Yusufs school", "Fatima's zoon"."""
        f = self._call()
        if f[-1] in "sxz":
            return self.c.P(f) + "'"
        if f[-1] in "aiouy" or f.endswith("é"):
            return self.c.P(f) + "'s"
        return self.c.P(f + "s")

    def nick(self) -> str:
        return self.c.P(P.NICK.get(self.first_name, self.first_name))

    def email(self) -> str:
        rng = self.c.rng
        f = ascii_fold(self.first_name).lower().replace(" ", "")
        s = ascii_fold(self.surname).lower().replace(" ", "").replace("'", "")
        p = ascii_fold(self.particle).lower().replace(" ", "").replace("'", "")
        local = rng.choice(
            [
                f"{f}.{p}{s}",
                f"{f}{s}{rng.randint(1, 99)}",
                f"{f[0]}.{p}{s}",
                f"{s}.{f}",
                f"{f}_{s}",
                f"{f}{rng.randint(1960, 2005)}",
                f"{p}{s}{f[0]}",
            ]
        )
        return self.c.EM(f"{local}@{rng.choice(P.MAIL_DOMAINS)}")

    def work_email(self, muni: str) -> str:
        f = ascii_fold(self.first_name).lower().replace(" ", "")[0]
        s = ascii_fold(self.particle + self.surname).lower().replace(" ", "").replace("'", "")
        return self.c.EM(f"{f}.{s}@{muni}.nl")


class Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pii: list[dict[str, str]] = []
        self.keep: list[str] = []
        self.used_surnames: set[str] = set()

    def _add(self, s: str, label: str) -> str:
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return s

    def P(self, s: str) -> str:
        return self._add(s, "PERSON")

    def A(self, s: str) -> str:
        return self._add(s, "ADDRESS")

    def EM(self, s: str) -> str:
        return self._add(s, "EMAIL")

    def K(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def pick(self, seq: list[str]) -> str:
        return self.rng.choice(seq)

    def kp(self, seq: list[str]) -> str:
        return self.K(self.rng.choice(seq))

    # identifiers
    def bsn(self, plain: bool = False) -> str:
        return self._add(ids4.bsn(self.rng) if plain else ids4.bsn_spelled(self.rng), "BSN")

    def iban(self) -> str:
        return self._add(ids4.iban_spelled(self.rng), "IBAN")

    def plate(self) -> str:
        return self._add(ids4.plate(self.rng), "LICENSE_PLATE")

    def phone(self, kind: str = "any") -> str:
        f = {"any": ids4.phone, "mobile": ids4.mobile, "land": ids4.landline, "foreign": ids4.foreign}[kind]
        return self._add(f(self.rng), "PHONE")

    def case_plain(self, s: str) -> str:
        """A customer or file number written by the caller: annotated like a case number."""
        return self._add(s, "CASE_NUMBER")

    def case(self) -> str:
        return self._add(ids4.case_number(self.rng), "CASE_NUMBER")

    def dob(self, written_ok: bool = False, young: bool = False) -> str:
        return self._add(ids4.dob(self.rng, written_ok, young), "DATE_OF_BIRTH")

    def postcode(self) -> str:
        return self._add(ids4.postcode(self.rng), "POSTCODE")

    def date(self) -> str:
        """An ordinary (event) date, kept."""
        return self.K(ids4.ordinary_date(self.rng))

    def street(self) -> str:
        return self.A(self.pick(P.STREETS))

    def address(self) -> str:
        st = self.pick(P.STREETS)
        hn = ids4.housenumber(self.rng)
        return self.A(f"{st} {hn}")

    def full_address(self) -> str:
        """Street + number, postcode and town (town kept)."""
        a = self.address()
        pc = self.postcode()
        sep = self.rng.choice([", ", "\n", " "])
        town = self.rng.choice(P.TOWNS)
        if self.rng.random() < 0.3:
            return f"{a}{sep}{pc} {town.upper()}"
        return f"{a}{sep}{pc} {self.K(town)}"

    def person(self, origin: str | None = None, word_first: bool = False) -> Person:
        rng = self.rng
        for _ in range(50):
            o = (
                origin
                or rng.choices(
                    list(P.ORIGINS) + ["chinese", "vietnamese"],
                    weights=[14] + [2] * (len(P.ORIGINS) - 1) + [2, 2],
                )[0]
            )
            if o in ("chinese", "vietnamese"):
                sur, giv = P.CHINESE if o == "chinese" else P.VIETNAMESE
                p = Person(self, rng.choice(giv), "", rng.choice(sur), surname_first=True)
            else:
                firsts, surs = P.ORIGINS[o]
                first = rng.choice(P.WORD_FIRST) if word_first or rng.random() < 0.05 else rng.choice(firsts)
                raw = rng.choice(surs)
                if "|" in raw and raw.count("|") == 1 and " " not in raw.split("|")[1] and "-" not in raw:
                    particle, surname = raw.split("|")
                elif "|" in raw:
                    particle, surname = "", raw.replace("|", " ")
                else:
                    particle, surname = "", raw
                if o == "dutch" and rng.random() < 0.08 and not particle:
                    other = rng.choice([s for s in surs if "|" not in s and "-" not in s])
                    surname = f"{surname}-{other}"
                p = Person(self, first, particle, surname)
            if p.surname not in self.used_surnames and p.first_name not in self.used_surnames:
                self.used_surnames.add(p.surname)
                self.used_surnames.add(p.first_name)
                return p
        return p
