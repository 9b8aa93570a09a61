"""The document builder of holdout21: text pieces, annotated items and keep words, and people's written forms."""

from __future__ import annotations

import ids21 as I
import pools21 as PL


def P(t):
    return ("PERSON", t)


def K(t):
    return ("KEEP", t)


class Doc:
    def __init__(self, r):
        self.r = r
        self.parts: list[str] = []
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.people: list[PL.Person] = []
        self.streets: list[str] = []

    def __call__(self, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, str):
                self.parts.append(x)
            elif isinstance(x, list):
                self(*x)
            else:
                lab, t = x
                self.parts.append(t)
                if lab == "KEEP":
                    if t not in self.keep:
                        self.keep.append(t)
                elif (t, lab) not in self.pii:
                    self.pii.append((t, lab))
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def out(self, known=None) -> dict:
        d = {"text": self.text(), "pii": [{"text": t, "label": lab} for t, lab in self.pii], "keep": list(self.keep)}
        if known:
            d["known"] = known
        d["_meta"] = {"persons": [(p.first, p.surname) for p in self.people], "streets": list(self.streets)}
        return d

    # ---- people ----
    def person(self, origin=None, gender=None, family_of=None, newcomer=False):
        r = self.r
        if newcomer and origin is None and r.random() < 0.8:
            origin = r.choice(PL.NEWCOMER)
        if family_of is not None:
            p = PL.Person(
                r, origin=family_of.origin, gender=gender, surname=family_of.surname, particle=family_of.particle
            )
            p.head, p.tail = family_of.head, family_of.tail
            if (
                family_of.origin in ("polish", "bulgarian", "lithuanian", "czech", "greek", "russian")
                and p.gender != family_of.gender
            ):
                p.surname = family_of.surname  # keeps the family's written form; the forms differ only by gender
        else:
            p = PL.Person(r, origin=origin, gender=gender)
        self.people.append(p)
        return p

    def title(self, p, start=False):
        r = self.r
        t = r.choice(
            ["mevrouw", "mevrouw", "mw.", "mevr."] if p.gender == "f" else ["de heer", "de heer", "dhr.", "meneer"]
        )
        return t[0].upper() + t[1:] if start else t

    def nm(self, p, form=None, start=False):
        """Segments for one written form of ``p`` (titles outside the item)."""
        r = self.r
        form = form or r.choice(["full", "full", "full", "title", "title", "initials", "first", "full2", "nickq"])
        if form == "full":
            return [P(p.full())]
        if form == "full2":
            return [P(p.full2())]
        if form == "title":
            return [self.title(p, start) + " ", P(p.sur(cap=True))]
        if form == "titlefull":
            return [self.title(p, start) + " ", P(p.full())]
        if form == "initials":
            return [P(p.initials(r.randint(0, 3)))]
        if form == "tinitials":
            return [self.title(p, start) + " ", P(p.initials(r.randint(0, 3)))]
        if form == "first":
            return [P(p.first)]
        if form == "nick":
            return [P(p.nick)] if p.nick else [P(p.first)]
        if form == "nickq":
            if not p.nick:
                return [P(p.full())]
            q = r.choice(['"', "'", "“"])
            q2 = {"“": "”"}.get(q, q)
            return [P(p.first), f" {q}", P(p.nick), f"{q2} ", P(p.sur())]
        if form == "caps":
            return [P(p.caps())]
        if form == "lower":
            return [P(p.lower())]
        if form == "fold":
            return [P(PL.fold(p.full()))]
        if form == "surfirst":
            a, b = p.surfirst()
            return [P(a), ", ", P(b)]
        if form == "surfirstcaps":
            return [P(p.sur(cap=True).upper()), ", ", P(p.first)]
        if form == "paraph":
            return [P(p.paraph())]
        if form == "sur":
            return [P(p.sur(cap=True))]
        raise ValueError(form)

    # ---- contact data ----
    def street(self, caps=False, lower=False):
        r = self.r
        s = r.choice(PL.ST_PRE) + r.choice(PL.ST_SUF)
        if r.random() < 0.1:
            s = r.choice(["Korte ", "Lange ", "Oude ", "Nieuwe "]) + s
        self.streets.append(s)
        return s.upper() if caps else s.lower() if lower else s

    def housenr(self):
        r = self.r
        n = r.randint(1, 240)
        return r.choice(
            [
                f"{n}",
                f"{n}",
                f"{n}",
                f"{n}a",
                f"{n}B",
                f"{n}-II",
                f"{n}-{r.randint(1, 4)}",
                f"{n} bis",
                f"{n} hs",
                f"{n}/{r.randint(1, 9)}",
            ]
        )

    def address(self, caps=False, lower=False):
        return ("ADDRESS", f"{self.street(caps, lower)} {self.housenr()}")

    def pc(self):
        return ("POSTCODE", I.postcode(self.r))

    def phone(self, kind=None):
        r = self.r
        f = {"m": I.mobile, "l": I.landline, "f": I.foreign}.get(kind, I.phone)
        return ("PHONE", f(r))

    def email(self, p):
        return ("EMAIL", f"{p.email_local(self.r)}@{self.r.choice(PL.PROVIDERS)}")

    def work_email(self, p, domain):
        return ("EMAIL", p.work_email(domain))

    def bsn(self):
        return ("BSN", I.bsn_spell(self.r, I.bsn(self.r)))

    def iban(self, country=None):
        r = self.r
        c = country or ("NL" if r.random() < 0.7 else r.choice(list(I.IBAN_SPEC)))
        return ("IBAN", I.iban_spell(r, I.iban(r, c)))

    def plate(self):
        return ("LICENSE_PLATE", I.plate(self.r))

    def case(self):
        return ("CASE_NUMBER", I.case_number(self.r))

    def dob(self, y0=1938, y1=2008, styles=None):
        d, m, y = I.dob_parts(self.r, y0, y1)
        return ("DATE_OF_BIRTH", I.date_style(self.r, d, m, y, styles))

    def date(self, year=2026):
        return K(I.ordinary_date(self.r, year))
