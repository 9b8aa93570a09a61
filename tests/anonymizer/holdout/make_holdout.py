"""Generate the held-out anonymizer corpora: deterministic (fixed seed), self-checking, stdlib only.

    .venv/bin/python tests/anonymizer/holdout/make_holdout.py [OUTDIR]

Writes holdout_shapes.jsonl (general text in many shapes), holdout_known.jsonl (residents whose names are ordinary
Dutch words, with "known" set, and those words used as words) and holdout_structured.jsonl (identifiers in many
notations) in the format of ../shared/data/pii_dev2.jsonl. Every document is checked before it is written: each gold
item and keep word occurs in the text, each gold item is readable there by the scorer's own leak test, and an ideal
anonymizer (one that replaces exactly the gold items) leaks nothing and keeps every keep word. A document that fails
is drawn again. When ../shared/data is present the generator also asserts that no person or street name part of the
held-out files occurs in the dev files.
"""

# ruff: noqa: E501  (Dutch sentence templates read better unbroken)

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import idents as I  # noqa: E402
import pools as P  # noqa: E402
from scoring import leaked, name_parts  # noqa: E402

SEED = 20261203
DEV = HERE.parents[2].parent / "shared" / "data"

# ----------------------------------------------------------------------------------------------------------- people


def _g(*names: str) -> tuple[list, list]:
    """Male and female first-name pools of the origins ``names`` (pool name prefixes in pools.py)."""
    return (
        [getattr(P, f"{n}_M") for n in names if hasattr(P, f"{n}_M")],
        [getattr(P, f"{n}_F") for n in names if hasattr(P, f"{n}_F")],
    )


ORIGINS = {  # origin: (weight, (male first-name pools, female first-name pools), surname pools)
    "dutch": (26, _g("DUTCH_FIRST", "DUTCH_FIRST_OWN"), [P.DUTCH_LAST, P.DUTCH_LAST_OWN, P.DUTCH_LAST_OWN]),
    "dutch_particle": (14, _g("DUTCH_FIRST", "DUTCH_FIRST_OWN"), None),
    "flemish": (3, _g("FLEMISH_FIRST"), [P.FLEMISH_LAST]),
    "turkish": (8, _g("TURKISH_FIRST", "TURKISH_FIRST_OWN", "TURKISH_FIRST_OWN"), [P.TURKISH_LAST]),
    "moroccan": (8, _g("MOROCCAN_FIRST"), [P.MOROCCAN_LAST]),
    "hindustani": (5, _g("HINDUSTANI_FIRST_OWN", "HINDUSTANI_FIRST_OWN", "HINDUSTANI_FIRST"), [P.HINDUSTANI_LAST]),
    "surinamese": (4, _g("SURINAMESE_FIRST"), [P.SURINAMESE_LAST]),
    "antillean": (3, _g("ANTILLEAN_FIRST"), [P.ANTILLEAN_LAST]),
    "moluccan_indonesian": (3, _g("INDONESIAN_FIRST", "DUTCH_FIRST_OWN"), [P.MOLUCCAN_LAST, P.INDONESIAN_LAST]),
    "chinese": (4, _g("CHINESE_FIRST"), [P.CHINESE_LAST]),
    "polish": (4, _g("POLISH_FIRST"), [P.POLISH_LAST_M]),
    "syrian": (3, _g("SYRIAN_FIRST"), [P.SYRIAN_LAST]),
    "eritrean": (3, _g("ERITREAN_FIRST"), [P.ERITREAN_LAST]),
    "ukrainian": (3, _g("UKRAINIAN_FIRST"), [P.UKRAINIAN_LAST]),
    "afghan_iranian": (2, _g("AFGHAN_IRANIAN_FIRST"), [P.AFGHAN_IRANIAN_LAST]),
    "somali": (2, _g("SOMALI_FIRST"), [P.SOMALI_LAST, P.SOMALI_SWAHILI_LAST]),
    "ghanaian": (1, _g("GHANAIAN_FIRST"), [P.GHANAIAN_LAST]),
    "romanian": (1, _g("ROMANIAN_FIRST"), [P.ROMANIAN_LAST]),
    "portuguese": (1, _g("PORTUGUESE_FIRST"), [P.PORTUGUESE_LAST]),
}


@dataclass
class Person:
    first: str
    particle: str  # "van der", "" ...
    last: str  # may be double-barrelled: "Ruiter-van Dongen"
    female: bool
    initials: str

    @property
    def surname(self) -> str:
        return f"{self.particle} {self.last}".strip()

    @property
    def Surname(self) -> str:
        s = self.surname
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def init_full(self) -> str:
        return f"{self.initials} {self.surname}"

    def title(self, rng: random.Random, cap: bool = False) -> str:
        t = rng.choice(
            ["mevrouw", "mevrouw", "mevr.", "mw."] if self.female else ["meneer", "de heer", "dhr.", "meneer"]
        )
        return t[0].upper() + t[1:] if cap else t


def translit(s: str) -> str:
    s = s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "'": "", " ": ""}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", translit(s))


class Doc:
    """One document under construction: records gold items and keep words as the text is written."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.known: dict[str, list[str]] = {}

    # recording
    def p(self, text: str, label: str = "PERSON") -> str:
        self.pii.append((text, label))
        return text

    def k(self, text: str) -> str:
        self.keep.append(text)
        return text

    def c(self, seq):
        return self.rng.choice(seq)

    # people
    def person(self, origin: str | None = None, female: bool | None = None) -> Person:
        r = self.rng
        if origin is None:
            names = list(ORIGINS)
            origin = r.choices(names, weights=[ORIGINS[n][0] for n in names])[0]
        _, (males, females), lasts = ORIGINS[origin]
        female = r.random() < 0.5 if female is None else female
        first = r.choice(r.choice(females if female else males))
        if origin == "dutch_particle":
            particle, last = r.choice(P.DUTCH_PARTICLE)
        else:
            particle, last = "", r.choice(r.choice(lasts))
        if origin == "polish" and female:
            last = re.sub(r"(ski|cki|dzki)$", lambda m: m.group(1)[:-1] + "a", last)
        if female and origin.startswith("dutch") and r.random() < 0.25:  # married name: partner's name first
            pp, pl = r.choice(P.DUTCH_PARTICLE) if r.random() < 0.5 else ("", r.choice(P.DUTCH_LAST_OWN))
            last = f"{pl}-{particle + ' ' if particle else ''}{last}"
            particle = pp
        n_init = r.choice([1, 1, 2, 2, 3])
        extra = [r.choice("ACEGHJMPRSTW") for _ in range(n_init - 1)]
        initials = "".join(f"{x}." for x in [first[0].upper()] + extra)
        return Person(first, particle, last, female, initials)

    def name(self, p: Person, style: str) -> str:
        """Write ``p`` in ``style`` and record the personal part (titles are not personal data)."""
        r = self.rng
        if style == "full":
            return self.p(p.full)
        if style == "init":
            return self.p(p.init_full)
        if style == "title":
            return f"{p.title(r)} {self.p(p.Surname)}"
        if style == "Title":
            return f"{p.title(r, cap=True)} {self.p(p.Surname)}"
        if style == "title_init":
            return f"{p.title(r)} {self.p(p.init_full)}"
        if style == "first":
            return self.p(p.first)
        if style == "last":
            return self.p(p.Surname)
        if style == "upper":
            return self.p(p.full.upper())
        if style == "lower":
            return self.p(p.full.lower())
        if style == "first_lower":
            return self.p(p.first.lower())
        if style == "rev":  # registry style: "Ruiter, A.J. de"
            core = self.p(p.last)
            ini = self.p(p.initials)
            return f"{core}, {ini}{' ' + p.particle if p.particle else ''}"
        if style == "rev_full":
            core = self.p(p.last)
            return f"{core}, {self.p(p.first)}{' ' + p.particle if p.particle else ''}"
        raise ValueError(style)

    def possessive(self, p: Person, first: bool = True) -> str:
        base = p.first if first else p.Surname
        if base[-1] in "sxz":
            return self.p(base) + "'"
        if base[-1] in "aeiouy":
            return self.p(base) + "'s"
        return self.p(base + "s")

    # identifiers
    def bsn(self) -> str:
        return self.p(I.bsn(self.rng), "BSN")

    def iban(self, country: str | None = None) -> str:
        return self.p(I.iban(self.rng, country), "IBAN")

    def phone(self, kind: str | None = None) -> str:
        return self.p(I.phone(self.rng, kind), "PHONE")

    def postcode(self) -> str:
        return self.p(I.postcode(self.rng), "POSTCODE")

    def plate(self) -> str:
        return self.p(I.plate(self.rng), "LICENSE_PLATE")

    def case(self) -> str:
        return self.p(I.case_number(self.rng), "CASE_NUMBER")

    def dob(self) -> str:
        return self.p(I.dob(self.rng), "DATE_OF_BIRTH")

    def email(self, p: Person, official_of: str | None = None) -> str:
        r = self.rng
        f, last = translit(p.first).replace("-", ""), translit(p.surname.replace("-", ""))
        if official_of:
            local = r.choice([f"{f[0]}.{last}", f"{f}.{last}", f"{f[0]}{last}"])
            dom = r.choice([f"{slug(official_of)}.nl", f"gemeente{slug(official_of)}.nl"])
        else:
            local = r.choice(
                [
                    f"{f}.{last}",
                    f"{f[0]}.{last}",
                    f"{f}{last}{r.randint(1, 99)}",
                    f"{f}_{last}",
                    f"{last}.{f}",
                    f"{f}{r.randint(1950, 2009)}",
                    f"{last}{f[0]}{r.randint(1, 9)}",
                    f"{f}.{last[:3]}{r.randint(10, 99)}",
                ]
            )
            dom = r.choice(
                [
                    "ziggo.nl",
                    "kpnmail.nl",
                    "gmail.com",
                    "outlook.com",
                    "icloud.com",
                    "telfort.nl",
                    "home.nl",
                    "upcmail.nl",
                    "yahoo.com",
                    "proton.me",
                    "hetnet.nl",
                    "quicknet.nl",
                    "online.nl",
                    "solcon.nl",
                    "hotmail.nl",
                    "live.com",
                    "me.com",
                    "tele2.nl",
                ]
            )
        return self.p(f"{local}@{dom}", "EMAIL")

    def street_name(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            return r.choice(P.STREET_FULL)
        root = r.choice(P.STREET_ROOTS)
        suffix = r.choice([s for s in P.STREET_SUFFIX if not root.lower().endswith(s)])
        return f"{root}{suffix}"

    def house_number(self) -> str:
        r = self.rng
        n = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 320)]))
        return n + r.choice(["", "", "", "", "a", "B", "-2", "-III", "-hs", "bis", "-1", "C", "-H"])

    def address(self, lower: bool = False, upper: bool = False) -> str:
        s = f"{self.street_name()} {self.house_number()}"
        s = s.lower() if lower else s.upper() if upper else s
        return self.p(s, "ADDRESS")

    def street(self) -> str:
        return self.p(self.street_name(), "ADDRESS")

    # ordinary words (keep)
    def mun(self) -> str:
        return self.c(P.MUNICIPALITIES)

    def dept(self) -> str:
        return self.k(self.c(P.DEPARTMENTS))

    def scheme(self) -> str:
        return self.k(self.c(P.SCHEMES))

    def body(self) -> str:
        return self.k(self.c(P.BODIES))

    def corp(self) -> str:
        return self.k(self.c(P.CORPORATIONS))

    def date(self) -> str:
        return self.k(I.other_date(self.rng))

    def amount(self) -> str:
        return self.k(I.amount(self.rng))

    def public_number(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return self.k(f"14 0{r.choice(I.AREA2 + I.AREA3)[1:]}")
        return self.k(r.choice(P.PUBLIC_NUMBERS))

    def www(self, m: str) -> str:
        return self.k(
            self.c(
                [f"www.{slug(m)}.nl", f"www.{slug(m)}.nl/{self.c(['wmo', 'bijstand', 'afval', 'parkeren', 'loket'])}"]
            )
        )

    def info_mail(self, m: str) -> str:
        return self.k(f"{self.c(['info', 'post', 'wmo', 'loket', 'bezwaar', 'klachten'])}@{slug(m)}.nl")


def sentence_case(s: str) -> str:
    return s[0].upper() + s[1:]


# ------------------------------------------------------------------------------------------ shapes (general corpus)


def s_sig_official(d: Doc) -> str:
    p, m = d.person(), d.mun()
    lines = [
        d.c(
            ["Met vriendelijke groet,", "Vriendelijke groet,", "Hartelijke groet,", "Met hartelijke groet,", "Groeten,"]
        ),
        "",
    ]
    lines.append(d.name(p, d.c(["full", "full", "init"])))
    lines.append(f"{d.c(P.ROLES)} | {d.dept()}" if d.rng.random() < 0.6 else f"{d.c(P.ROLES)}, {d.dept()}")
    lines.append(d.k(f"Gemeente {m}"))
    if d.rng.random() < 0.6:
        lines.append(f"{d.c(['T', 'Tel.', 'Mobiel', 'M'])} {d.phone(d.c(['mobile', 'land2', 'land3']))}")
    else:
        lines.append(f"Telefoon {d.k(f'14 0{d.c(I.AREA2 + I.AREA3)[1:]}')} (algemeen nummer)")
    if d.rng.random() < 0.7:
        lines.append(f"{d.c(['E', 'E-mail', 'Mail'])} {d.email(p, official_of=m)}")
    if d.rng.random() < 0.4:
        lines.append(
            f"Ik werk op {d.k(d.c(['maandag, dinsdag en donderdag', 'dinsdag t/m vrijdag', 'maandag t/m donderdag']))}."
        )
    lines.append(d.www(m))
    return "\n".join(lines)


def s_sig_resident(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"{d.c(['Groetjes,', 'Gr.', 'Groet'])}\n{d.name(p, d.c(['first', 'first_lower']))}\n\n{d.k('Verzonden vanaf mijn iPhone')}"
    if v == 1:
        return f"mvg {d.name(p, 'lower')}"
    if v == 2:
        return (
            f"Met vriendelijke groet,\n{d.name(p, 'full')}\n{d.address()}\n{d.postcode()} {d.k(d.mun())}\n{d.phone()}"
        )
    return f"Alvast bedankt!\n{d.name(p, 'init')} ({d.email(p)})"


def s_minutes(d: Doc) -> str:
    a, b, c, e, f = (d.person() for _ in range(5))
    role_a = d.c(P.ROLES)
    kind = d.c(["keukentafelgesprek", "afstemmingsgesprek", "overleg", "huisbezoek", "driegesprek"])
    head = f"Verslag {d.k(kind)} {d.date()}"
    att = d.c(["Aanwezig", "Aanwezigen", "Deelnemers"])
    line = (
        f"{att}: {d.name(a, d.c(['full', 'init']))} ({role_a}, {d.dept()}), {d.name(b, 'full')} (bewoner), "
        f"{d.name(c, d.c(['full', 'title_init']))} ({d.c(['dochter', 'mantelzorger', 'buurvrouw', 'tolk', 'vriendin'] if c.female else ['zoon', 'mantelzorger', 'buurman', 'tolk', 'broer'])})"
    )
    if d.rng.random() < 0.5:
        line += f" en {d.name(e, 'full')} ({d.corp()})"
    lines = [head, line]
    if d.rng.random() < 0.6:
        lines.append(f"{d.c(['Afwezig', 'Afwezig m.k.', 'Afgemeld'])}: {d.name(f, d.c(['full', 'init']))}")
    lines.append(f"Notulist: {d.name(d.person(), 'init')}")
    lines.append("1. Opening")
    lines.append(f"{d.name(a, 'last')} opent het gesprek en legt uit wat {d.k('verzoek tot afstemming')} betekent.")
    lines.append("2. Afspraken")
    lines.append(f"- {d.name(b, 'first')} levert de {d.k('bankafschriften')} aan vóór {d.date()}.")
    lines.append(f"- {d.name(a, 'Title')} vraagt bij {d.body()} een nieuwe berekening op.")
    return "\n".join(lines)


def s_table(d: Doc) -> str:
    cols = d.rng.sample(["Geboortedatum", "Adres", "Telefoon", "BSN", "Kenteken", "Postcode"], 3)
    head = "| " + " | ".join(["Naam"] + [d.k(c) for c in cols]) + " |"
    rows = [head, "|" + "---|" * (len(cols) + 1)]
    for _ in range(d.rng.randint(1, 3)):
        p = d.person()
        cells = [d.name(p, d.c(["rev", "rev", "full", "init"]))]
        for c in cols:
            cells.append(
                {
                    "Geboortedatum": d.dob,
                    "Adres": d.address,
                    "Telefoon": d.phone,
                    "BSN": d.bsn,
                    "Kenteken": d.plate,
                    "Postcode": d.postcode,
                }[c]()
            )
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def s_csv(d: Doc) -> str:
    sep = d.c([";", ",", ";"])
    cols = d.rng.sample(["geboortedatum", "postcode", "telefoon", "email", "iban", "zaaknummer"], 3)
    lines = [sep.join(["naam"] + [d.k(c) for c in cols])]
    for _ in range(d.rng.randint(1, 3)):
        p = d.person()
        name = d.name(p, d.c(["full", "full", "upper"]))
        if sep == "," and d.rng.random() < 0.5:
            name = f'"{name}"'
        vals = [name]
        for c in cols:
            vals.append(
                {
                    "geboortedatum": d.dob,
                    "postcode": d.postcode,
                    "telefoon": d.phone,
                    "email": lambda p=p: d.email(p),
                    "iban": d.iban,
                    "zaaknummer": d.case,
                }[c]()
            )
        lines.append(sep.join(vals))
    return "\n".join(lines)


def s_bullets(d: Doc) -> str:
    p, b = d.person(), d.c(["•", "-", "*", "–"])
    lines = [d.c(["Gegevens van de melder:", "Contactgegevens aanvrager", "Persoonsgegevens:", "Wie meldt:"])]
    lines.append(f"{b} naam: {d.name(p, d.c(['full', 'init', 'rev_full']))}")
    fields = d.rng.sample(["adres", "tel", "mail", "geb", "bsn"], d.rng.randint(2, 4))
    for f in fields:
        if f == "adres":
            lines.append(f"{b} adres: {d.address()}, {d.postcode()} {d.k(d.mun())}")
        elif f == "tel":
            lines.append(f"{b} {d.c(['tel', 'tel.', 'telefoon', 'tel.nr.'])}: {d.phone()}")
        elif f == "mail":
            lines.append(f"{b} {d.c(['e-mail', 'mail', 'emailadres'])}: {d.email(p)}")
        elif f == "geb":
            lines.append(f"{b} {d.c(['geboren', 'geb.datum', 'geboortedatum'])}: {d.dob()}")
        else:
            lines.append(f"{b} BSN: {d.bsn()}")
    lines.append(
        f"{b} voorkeur: {d.k(d.c(['bellen na 17.00 uur', 'alleen per post', 'liever WhatsApp', 'graag met tolk']))}"
    )
    return "\n".join(lines)


QUOTES = [
    "Ik heb vier keer gebeld en niemand belt terug.",
    "Ze zeggen steeds dat het dossier kwijt is.",
    "Ik wil gewoon weten waar ik aan toe ben.",
    "Het lijkt wel of niemand verantwoordelijk is.",
    "Sinds de verbouwing kan ik mijn rolstoel niet meer kwijt.",
    "Mijn kinderen slapen slecht door het lawaai.",
    "Eerst moest het digitaal, toen weer op papier.",
    "Ik snap de brief niet, er staan alleen artikelnummers in.",
]


def s_quote(d: Doc) -> str:
    p, q = d.person(), d.c(QUOTES)
    d.k(" ".join(q.split()[:3]))
    v = d.rng.randint(0, 4)
    if v == 0:
        return f"„{q[:-1]}”, zegt {d.name(p, 'full')} ({d.rng.randint(19, 91)})."
    if v == 1:
        return f"{d.name(p, 'full')}: '{q}'"
    if v == 2:
        return f'Volgens {d.name(p, "title")} ("{q[:-1]}") is er sindsdien niets gebeurd.'
    if v == 3:
        return f"‘{q}’ Dat schreef {d.name(p, 'init')} in een brief aan de {d.k('gemeenteraad')}."
    return f"«{q}» — {d.name(p, 'first')}, bewoner van de {d.street()}"


def s_chat(d: Doc) -> str:
    p, o = d.person(), d.person()
    v = d.rng.randint(0, 4)
    if v == 0:
        return (
            f"hoi ik ben {d.name(p, 'lower')} en ik woon op de {d.address(lower=True)}. mijn {d.k('uitkering')} "
            f"is nog steeds niet gestort!! kan iemand mij bellen op {d.phone('mobile')}"
        )
    if v == 1:
        return (
            f"hallo, kan {d.name(o, 'first_lower')} van het {d.k(d.c(['wijkteam', 'sociaal team', 'jongerenloket']))} "
            f"mij terugbellen? het gaat over mijn zoon {d.name(d.person(), 'first_lower')}"
        )
    if v == 2:
        return (
            f"goedemiddag, mijn naam is {d.name(p, 'first_lower')}. ik heb een vraag over de "
            f"{d.k(d.c(['kwijtschelding', 'huurtoeslag', 'energietoeslag', 'afvalpas']))} want ik snap er niks van"
        )
    if v == 3:
        return (
            f"ff een vraagje: {d.name(o, 'first_lower')} zei vorige week dat het geregeld was maar ik heb nog "
            f"niks gehoord. groetjes {d.name(p, 'first_lower')}"
        )
    return (
        f"ik heb gisteren met {d.name(o, 'lower')} gebeld en die zou het doorgeven aan "
        f"{d.k(d.c(['de afdeling', 'haar collega', 'de teamleider']))}. klopt dat?"
    )


def s_caps(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"BETREFT: {d.k('BEZWAAR')} {d.name(p, 'upper')} – {d.case()}"
    if v == 1:
        core = d.p(p.last.upper())
        return f"DOSSIER {core}, {d.p(p.first.upper())}{' ' + p.particle.upper() if p.particle else ''}"
    if v == 2:
        return f"{d.k('VERZOEK TOT AFSTEMMING')} — {d.name(p, 'upper')} ({d.mun().upper()})"
    return f"NAAM AANVRAGER: {d.name(p, 'upper')}\nADRES: {d.address(upper=True)}"


def s_possessive(d: Doc) -> str:
    p = d.person(
        origin=d.c(
            [
                "dutch",
                "turkish",
                "moroccan",
                "hindustani",
                "polish",
                "chinese",
                "syrian",
                "eritrean",
                "ukrainian",
                "surinamese",
            ]
        )
    )
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"{d.possessive(p)} moeder woont sinds kort in een {d.k('verpleeghuis')}."
    if v == 1:
        return f"De auto van {d.possessive(p, first=False)} buurman blokkeert al weken de {d.k('uitrit')}."
    if v == 2:
        return f"Op {d.possessive(p)} verjaardag kwam de {d.k('aanmaning')} binnen."
    return f"Het is {d.possessive(p)} {d.k('tweede')} aanvraag dit jaar."


def s_surname_first(d: Doc) -> str:
    v = d.rng.randint(0, 2)
    if v == 0:
        p = d.person()
        return f"{d.k('Verzoeker')}: {d.name(p, 'rev')} (geb. {d.dob()})"
    if v == 1:
        a, b = d.person(), d.person()
        return (
            f"{d.k('Betrokkenen')}:\n1. {d.name(a, 'rev')} – {d.c(P.ROLES)}\n"
            f"2. {d.name(b, 'rev')} – {d.k('ervaringsdeskundige')}"
        )
    p = d.person()
    return f"{d.name(p, 'rev_full')} ({d.dob()}), {d.address()}"


def s_official_org(d: Doc) -> str:
    o = d.person()
    v = d.rng.randint(0, 4)
    if v == 0:
        return f"Ik heb gesproken met {d.name(o, 'full')} van {d.dept()}, maar die wist van niets."
    if v == 1:
        return f"{d.name(o, 'init')} ({d.dept()}) heeft toegezegd dat de beslissing binnen {d.k('zes weken')} komt."
    if v == 2:
        return f"Namens {d.corp()} was {d.name(o, 'full')} aanwezig; {d.name(o, 'first')} neemt de reparatie op zich."
    if v == 3:
        return f"{d.name(o, 'Title')} van de afdeling {d.dept()} belt u na het overleg terug."
    return f"{d.name(o, 'full')} namens de woningcorporatie ({d.corp()}) zegt dat de {d.k('schimmel')} wordt aangepakt."


def s_bare_surname(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    intro = f"{d.name(p, d.c(['title', 'full']))} {d.c(['meldde zich aan de balie.', 'stuurde een e-mail.'])} "
    if v == 0:
        return (
            intro
            + f"{d.name(p, 'last')} belde op {d.date()} terug en zegt dat de {d.k('beschikking')} nooit is aangekomen."
        )
    if v == 1:
        return f"{d.name(p, 'last')} wil alleen contact per brief. {d.k('De brief van')} {d.date()} ligt nog open."
    if v == 2:
        return intro + f"{d.name(p, 'last')} heeft inmiddels {d.k('betalingsachterstanden')} bij de energieleverancier."
    return f"{d.name(p, 'last')} heeft gelijk: de {d.k('termijn')} is verstreken."


def s_officials(d: Doc) -> str:
    o = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return (
            f"{d.k('Wethouder')} {d.name(o, 'full')} heeft de {d.k('gemeenteraad')} beloofd dat de wachtlijst "
            f"voor {d.scheme()} dit jaar verdwijnt."
        )
    if v == 1:
        return f"De {d.k('burgemeester')}, {d.name(o, 'init')}, opende op {d.date()} het nieuwe {d.k('wijkcentrum')}."
    if v == 2:
        return f"Behandelend jurist: mr. {d.name(o, 'init')}. {d.k('Bezwaarcommissie')} zitting op {d.date()}."
    return f"Teamleider {d.name(o, 'full')} heeft excuses aangeboden voor de {d.k('late reactie')}."


def s_streets(d: Doc) -> str:
    v = d.rng.randint(0, 4)
    if v == 0:
        return f"De jongeren hangen 's avonds {d.k('achter de')} {d.street()} en maken veel {d.k('lawaai')}."
    if v == 1:
        return (
            f"{d.k('Op de hoek van de')} {d.street()} en de {d.street()} staat al weken een kapotte "
            f"{d.k('lantaarnpaal')}."
        )
    if v == 2:
        return f"Langs de {d.street()} liggen de {d.k('stoeptegels')} scheef, vooral bij de {d.k('bushalte')}."
    if v == 3:
        return f"Aan het eind van de {d.street()} wordt zwerfvuil gedumpt, vlak bij de {d.k('glasbak')}."
    return f"De {d.k('bouwput')} tussen de {d.street()} en het {d.street()} is niet afgezet."


def s_address(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 2)
    if v == 0:
        return f"{d.name(p, 'Title')} woont op {d.address()}, {d.postcode()} {d.k(d.mun())}."
    if v == 1:
        return f"Verhuisd van {d.address()} naar {d.address()} per {d.date()}."
    return f"Correspondentieadres: {d.address()}, {d.postcode()}  {d.mun().upper()}"


def s_contact(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Bereikbaar na 17.00 uur op {d.phone()} of via {d.email(p)}."
    if v == 1:
        return f"Haar dochter {d.name(p, 'first')} woont in het buitenland en is te bereiken op {d.phone('foreign')}."
    if v == 2:
        return f"Tel.nr. van de {d.k('buurvrouw')}: {d.phone()} (alleen overdag)."
    return f"Stuur de stukken naar {d.email(p)} of bel {d.name(p, 'first')} op {d.phone()}."


def s_bank(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 2)
    if v == 0:
        return f"Graag het bedrag van {d.amount()} terugstorten op {d.iban()} t.n.v. {d.name(p, 'init')}."
    if v == 1:
        return f"{d.k('Rekeningnummer')} (IBAN): {d.iban()}, ten name van {d.name(p, 'title_init')}."
    return f"Het {d.k('voorschot')} van {d.amount()} is op {d.date()} overgemaakt naar {d.iban()}."


def s_bsn(d: Doc) -> str:
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Mijn BSN is {d.bsn()}, dat staat ook op de {d.k('beschikking')}."
    if v == 1:
        return f"{d.k('Burgerservicenummer')}: {d.bsn()}"
    if v == 2:
        return f"De aanvraag (bsn {d.bsn()}) is {d.k('doorgestuurd')} naar {d.body()}."
    return f"Zijn oude sofinummer {d.bsn()} is nog steeds zijn BSN."


def s_plate(d: Doc) -> str:
    v = d.rng.randint(0, 3)
    if v == 0:
        return (
            f"Een {d.k(d.c(['bestelbus', 'camper', 'aanhanger', 'scooter']))} met kenteken {d.plate()} staat al "
            f"drie weken op het {d.k('trottoir')}."
        )
    if v == 1:
        return f"{d.plate()} is op {d.date()} {d.k('weggesleept')}."
    if v == 2:
        return f"{d.k('Naheffingsaanslag')} voor kent. {d.plate()}, bedrag {d.amount()}."
    return f"Beide auto's ({d.plate()} en {d.plate()}) hebben een {d.k('vergunning')} voor de {d.k('bewonerszone')}."


def s_case(d: Doc) -> str:
    v = d.rng.randint(0, 4)
    if v == 0:
        return f"{d.k('Zaaknummer')}: {d.case()}"
    if v == 1:
        return f"Ons kenmerk {d.case()}, uw kenmerk {d.case()}."
    if v == 2:
        return f"Onder dossiernummer {d.case()} is uw {d.k('klacht')} geregistreerd."
    if v == 3:
        return f"Vermeld bij contact altijd {d.case()}."
    return f"Referentie [{d.case()}] — {d.k('in behandeling')}"


def s_dob(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"{d.name(p, 'full')}, geboren op {d.dob()}, vraagt een {d.k('parkeervergunning')} aan."
    if v == 1:
        return f"{d.name(p, 'title_init')} (geb. {d.dob()}) woont {d.k('zelfstandig')}."
    if v == 2:
        return f"{d.name(p, 'full')}, {d.dob()}, {d.address()}"
    return f"°{d.dob()} – {d.name(p, 'init')}"


def s_family(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Haar {d.k('ex-partner')} {d.name(d.person(), 'first')} betaalt geen {d.k('alimentatie')} meer."
    if v == 1:
        k1, k2 = d.person(), d.person()
        return (
            f"De kinderen {d.name(k1, 'first')} ({d.rng.randint(3, 9)}) en {d.name(k2, 'first')} "
            f"({d.rng.randint(10, 17)}) gaan naar de {d.k('buitenschoolse opvang')}."
        )
    if v == 2:
        return f"Schoonmoeder {d.name(p, 'title')} {d.k('logeert')} sinds de zomer bij het gezin."
    return f"Mijn {d.k('buurvrouw' if p.female else 'buurman')}, {d.name(p, 'full')}, kan dit {d.k('bevestigen')}."


def s_letter_open(d: Doc) -> str:
    p = d.person()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Geachte {'mevrouw' if p.female else 'heer'} {d.p(p.Surname)},\n\n{d.k('Naar aanleiding van')} uw brief van {d.date()}:"
    if v == 1:
        return f"Beste {d.name(p, 'first')},\n\nDank voor je {d.k('reactie')}."
    if v == 2:
        return f"Geachte {'mevrouw' if p.female else 'heer'} {d.name(p, 'init')},"
    return f"Hallo {d.name(p, 'first')}!\nIk stuur je de {d.k('formulieren')} nog even na."


def s_whatsapp(d: Doc) -> str:
    a, b = d.person(), d.person()
    h = d.rng.randint(8, 21)
    return (
        f"[{h:02d}:{d.rng.randint(10, 29)}] {d.name(a, 'first')}: ik heb nog steeds geen {d.k('geld')} ontvangen\n"
        f"[{h:02d}:{d.rng.randint(30, 59)}] {d.name(b, 'full')}: ik kijk het na en bel je {d.k('morgen')}"
    )


def s_forward(d: Doc) -> str:
    p, m = d.person(), d.mun()
    return (
        f"Van: {d.name(p, 'full')} <{d.email(p)}>\nVerzonden: {d.k(d.c(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']))} "
        f"{d.date()} 09:14\nAan: {d.dept()} <{d.info_mail(m)}>\nOnderwerp: RE: {d.k(d.c(['uw aanvraag', 'bezwaar', 'melding']))} {d.case()}"
    )


def s_phone_note(d: Doc) -> str:
    p, o = d.person(), d.person()
    return (
        f"{d.k('Telefoonnotitie')} {d.date()}\nBeller: {d.name(p, 'title')} (tel. {d.phone()})\n"
        f"Onderwerp: {d.scheme()}\nTerugbelverzoek voor: {d.name(o, 'first')} ({d.dept()})"
    )


def s_referral(d: Doc) -> str:
    m = d.mun()
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Doorverwezen naar {d.body()} (bereikbaar via {d.public_number()})."
    if v == 1:
        return f"Zie ook {d.www(m)} of bel {d.public_number()}."
    if v == 2:
        return f"Voor vragen over {d.scheme()} kunt u mailen naar {d.info_mail(m)}."
    return f"Bel bij spoed {d.public_number()}; de {d.k(f'gemeente {m}')} is op {d.k('Koningsdag')} gesloten."


def s_no_pii(d: Doc) -> str:
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Het college heeft op {d.date()} besloten de {d.scheme()} te verhogen naar {d.amount()}."
    if v == 1:
        return f"In {d.rng.randint(2019, 2025)} kwamen {d.k(str(d.rng.randint(120, 980)))} verzoeken binnen bij {d.dept()}."
    if v == 2:
        return f"{d.body()} en {d.body()} werken samen aan één {d.k('loket')} voor {d.scheme()}."
    return f"De {d.k('Sociale Dienst')} en {d.corp()} hebben afgesproken dat {d.k('huisuitzetting')} wordt voorkomen."


def s_complaint_official(d: Doc) -> str:
    o = d.person()
    return (
        f"Ik ben te woord gestaan door {'een mevrouw die zei dat ze' if o.female else 'een meneer die zei dat hij'} "
        f"{d.name(o, 'first')} heette, maar {'ze' if o.female else 'hij'} wilde {'haar' if o.female else 'zijn'} "
        f"{d.k('achternaam')} niet geven."
    )


def s_formal(d: Doc) -> str:
    p = d.person()
    return (
        f"{d.k('Ondergetekende')}, {d.name(p, 'full')}, wonende te {d.k(d.mun())} aan de {d.address()}, "
        f"verklaart dat de gegevens {d.k('naar waarheid')} zijn ingevuld."
    )


def s_academic(d: Doc) -> str:
    a, b, c = d.person(), d.person(), d.person()
    return (
        f"De {d.k('bezwaarcommissie')} (voorzitter mr. {d.name(a, 'init')}, leden drs. {d.name(b, 'last')} en "
        f"ing. {d.name(c, 'full')}) adviseert het bezwaar {d.k('gegrond')} te verklaren."
    )


def s_family_name(d: Doc) -> str:
    a = d.person(origin=d.c(["dutch", "turkish", "moroccan", "surinamese", "syrian", "polish"]))
    v = d.rng.randint(0, 2)
    if v == 0:
        return f"De familie {d.name(a, 'last')} uit {d.k(d.mun())} wacht al {d.k('twee jaar')} op een woning."
    if v == 1:
        return f"Fam. {d.name(a, 'last')} heeft {d.k('vijf kinderen')} en woont in een {d.k('driekamerwoning')}."
    b = d.person(origin="dutch")
    return f"Het gezin {d.p(a.last)}-{d.p(b.last)} is {d.k('verhuisd')} naar {d.k(d.mun())}."


def s_two_people(d: Doc) -> str:
    a = d.person()
    b_first = d.person().first
    return (
        f"{d.p(b_first)} en {d.name(a, 'full')} hebben samen een {d.k('bezwaarschrift')} ingediend tegen de "
        f"{d.k('WOZ-waarde')}."
    )


def s_word_name(d: Doc) -> str:
    particle, last, uses = d.c(WORD_SURNAMES)
    p = d.person(origin="dutch")
    p = Person(p.first, particle, last, p.female, p.initials)
    use = word_sentence(d, d.c(uses))
    v = d.rng.randint(0, 2)
    if v == 0:
        return f"{d.name(p, 'Title')} belde over de {d.scheme()}. {use}"
    if v == 1:
        return f"{use} Dat meldde {d.name(p, 'full')} via het {d.k('contactformulier')}."
    return f"{use} {d.name(p, 'last')} vraagt of de gemeente daar iets aan doet."


def s_tempting(d: Doc) -> str:
    v = d.rng.randint(0, 5)
    if v == 0:
        return f"Volgens {d.body()} is de {d.k('aanvraag')} compleet, maar {d.dept()} ziet dat anders."
    if v == 1:
        return f"{d.dept()} belde terug en zegt dat het {d.k('bezwaar')} is ontvangen."
    if v == 2:
        return f"Ik heb {d.corp()} gisteren gesproken; {d.body()} stuurt de stukken door."
    if v == 3:
        return f"Namens {d.body()} was er niemand aanwezig bij het gesprek met {d.dept()}."
    if v == 4:
        return f"Mevrouw werkt bij {d.corp()} en meneer bij {d.k(d.c(['Albert Heijn', 'PostNL', 'de NS', 'Schiphol', 'Philips']))}."
    return f"Op {d.k(d.c(['Koningsdag', 'Bevrijdingsdag', 'Tweede Pinksterdag', 'Hemelvaartsdag']))} is {d.dept()} gesloten; bel dan {d.public_number()}."


def s_article(d: Doc) -> str:
    p, o = d.person(), d.person()
    age = d.rng.randint(23, 88)
    return (
        f"## {d.k('Situatie')}\n{d.name(p, 'Title')} ({age}) uit {d.k(d.mun())} kreeg een {d.k('terugvordering')} van "
        f"{d.amount()}. {d.name(p, 'first')} begreep de brief niet.\n\n## {d.k('Afstemming')}\n"
        f"De bemiddelaar sprak met {d.name(o, d.c(['full', 'init']))} ({d.dept()}). Samen met {d.name(p, 'last')} "
        f"is een {d.k('betalingsregeling')} getroffen."
    )


def s_reply_quote(d: Doc) -> str:
    p, o = d.person(), d.person()
    m = d.mun()
    return (
        f"Dank u, ik wacht af.\n\n> Op {d.date()} om {d.rng.randint(8, 17)}:{d.rng.randint(10, 59)} schreef "
        f"{d.name(o, 'full')} <{d.email(o, official_of=m)}>:\n> Beste {d.name(p, 'title')},\n> Uw "
        f"{d.k('melding')} is doorgezet naar {d.dept()}."
    )


def s_address_block(d: Doc) -> str:
    p = d.person()
    head = d.c(["Aan:", "Retouradres: Postbus 15, 7400 AA", "Per post en per e-mail", "Aangetekend"])
    if head.startswith("Retouradres"):
        d.k("Postbus 15")
    who = d.c(
        [
            f"{'Mevrouw' if p.female else 'De heer'} {d.name(p, 'init')}",
            f"T.a.v. {d.name(p, 'title_init')}",
            f"{d.name(p, 'full')}",
            f"Fam. {d.name(p, 'last')}",
        ]
    )
    return f"{head}\n{who}\n{d.address()}\n{d.postcode()}  {d.k(d.mun().upper())}"


def s_role_paren(d: Doc) -> str:
    o, p = d.person(), d.person()
    v = d.rng.randint(0, 2)
    if v == 0:
        return f"De {d.k('wijkagent')} ({d.name(o, 'init')}) is op de hoogte en komt langs bij {d.name(p, 'title')}."
    if v == 1:
        return (
            f"Contactpersoon bij {d.corp()}: {d.name(o, 'full')}, {d.k(d.c(['huismeester', 'woonconsulent', 'buurtbeheerder']))}"
            f", tel. {d.phone(d.c(['mobile', 'land2']))}."
        )
    return f"Melder: {d.name(p, 'full')} (buurvrouw van {d.name(d.person(), 'title')})."


SHAPES = [
    (s_sig_official, 5),
    (s_sig_resident, 3),
    (s_minutes, 3),
    (s_table, 3),
    (s_csv, 2),
    (s_bullets, 3),
    (s_quote, 4),
    (s_chat, 5),
    (s_caps, 3),
    (s_possessive, 3),
    (s_surname_first, 3),
    (s_official_org, 5),
    (s_bare_surname, 4),
    (s_officials, 3),
    (s_streets, 4),
    (s_address, 3),
    (s_contact, 3),
    (s_bank, 2),
    (s_bsn, 2),
    (s_plate, 2),
    (s_case, 3),
    (s_dob, 3),
    (s_family, 3),
    (s_letter_open, 3),
    (s_whatsapp, 2),
    (s_forward, 2),
    (s_phone_note, 2),
    (s_referral, 4),
    (s_no_pii, 4),
    (s_complaint_official, 2),
    (s_formal, 2),
    (s_academic, 1),
    (s_family_name, 2),
    (s_two_people, 2),
    (s_word_name, 3),
    (s_tempting, 3),
    (s_article, 2),
    (s_reply_quote, 2),
    (s_address_block, 2),
    (s_role_paren, 3),
]


def shapes_doc(d: Doc) -> str:
    funcs = d.rng.choices([f for f, _ in SHAPES], weights=[w for _, w in SHAPES], k=d.rng.randint(2, 4))
    parts = [f(d) for f in funcs]
    out = parts[0]
    for part in parts[1:]:
        if "\n" in part or "\n" in out[-40:]:
            out += "\n\n" + part
        else:
            out += (" " if out[-1] in ".!?:;)" else "\n") + part
    return out


# ------------------------------------------------------------------ known corpus: names that are ordinary words

# Surnames that are Dutch words: (particle, surname, sentences using the word as a word; the keep word in braces)
WORD_SURNAMES = [
    (
        "",
        "Vink",
        [
            "Zet een {vinkje} bij akkoord en stuur het formulier terug.",
            "Er zit al dagen een {vink} in het vogelhuisje bij de speeltuin.",
        ],
    ),
    ("", "Valk", ["Boven het weiland cirkelt een {valk}, zegt de boswachter."]),
    ("de", "Haas", ["'s Ochtends rent er een {haas} over het fietspad."]),
    ("de", "Vos", ["Volgens de buren haalt een {vos} 's nachts de kippen weg."]),
    ("", "Kraai", ["Een {kraai} pikt de afvalzakken open als ze te vroeg buiten staan."]),
    ("", "Zwaan", ["In de vijver broedt een {zwaan}, daarom is het pad afgesloten."]),
    (
        "",
        "Winter",
        [
            "Na de {winterstop} gaat de bouw weer verder.",
            "Sinds de {winter} lekt het dak van de berging.",
            "Deze {winter} was de verwarming drie keer kapot.",
        ],
    ),
    (
        "",
        "Groen",
        [
            "De {groenvoorziening} in het plantsoen is verwaarloosd.",
            "Het {groen} in de wijk wordt te weinig gemaaid.",
            "De aannemer kreeg {groen} licht van de wijkraad.",
        ],
    ),
    ("", "Zwart", ["Hij wil het {zwart} op wit hebben."]),
    ("de", "Wit", ["De muren zijn {wit} geschilderd, maar de schimmel komt terug."]),
    ("", "Blauw", ["Het hek bij de school is {blauw} geverfd."]),
    ("de", "Bruin", ["Uit de kraan komt {bruin} water, al sinds de werkzaamheden."]),
    (
        "",
        "Koning",
        ["Op {Koningsdag} is de vrijmarkt in de straat.", "Op de dag van de {koning} is het stadhuis dicht."],
    ),
    (
        "",
        "Bos",
        [
            "De {bosrand} achter de wijk ligt vol afval.",
            "Achter de school ligt een {bos} waar 's avonds wordt gecrost.",
        ],
    ),
    ("", "Steen", ["Iemand heeft een {steen} door de ruit van de berging gegooid."]),
    ("", "Kok", ["De {kok} van het buurthuis kookt op dinsdag voor ouderen."]),
    ("", "Koster", ["De {koster} van de kerk opent het gebouw voor de inloop."]),
    ("", "Molenaar", ["De {molenaar} geeft rondleidingen in de korenmolen."]),
    ("", "Schipper", ["De {schipper} van de pont vaart na tien uur niet meer."]),
    ("", "Timmerman", ["Een {timmerman} komt de voordeur repareren."]),
    ("", "Slager", ["De {slager} op de hoek laat zijn afval op de stoep staan."]),
    ("", "Koopman", ["Er stond een {koopman} aan de deur met een energiecontract."]),
    ("", "Herder", ["Een {herder} laat zijn schapen grazen op de dijk."]),
    ("de", "Jager", ["Een {jager} heeft de schade aan de gewassen gemeld."]),
    ("", "Boom", ["Bij de storm is een {boom} op de schuur gevallen."]),
    (
        "",
        "Stam",
        ["Hij zoekt zijn {stamboom} uit in het archief.", "De {stam} van de omgewaaide boom ligt nog op straat."],
    ),
    ("de", "Hoop", ["Ze had de {hoop} al opgegeven."]),
    ("", "Kort", ["De verhuurder geeft geen {korting} op de servicekosten.", "Het gesprek was {kort} maar duidelijk."]),
    ("", "Brood", ["Ze heeft geen geld meer voor {brood} aan het eind van de maand."]),
    ("", "Baas", ["Haar {baas} wil een verklaring van de gemeente."]),
    ("", "Vogel", ["Een {vogel} heeft een nest gebouwd in de dakgoot."]),
    (
        "van",
        "Zon",
        [
            "De {zonnepanelen} op het dak zijn nooit aangesloten.",
            "In de zomer staat de {zon} de hele middag op het balkon.",
        ],
    ),
    ("van den", "Akker", ["Naast het huis ligt een {akker} die wordt bespoten."]),
    ("van der", "Sluis", ["De {sluis} is tot het voorjaar gesloten voor boten."]),
    ("van der", "Poort", ["De {poort} naar de binnentuin staat altijd open."]),
    (
        "van der",
        "Meer",
        [
            "Er zijn {meerdere} brieven zoekgeraakt bij de verhuizing.",
            "Hij wil {meer} uitleg over de berekening.",
            "Er is {meer} tijd nodig voor het onderzoek.",
        ],
    ),
    ("van der", "Wal", ["De boot ligt aan de {wal} en lekt olie."]),
    ("van de", "Kamp", ["De kinderen gaan in de zomer op {kamp} met de scouting."]),
    ("de", "Wolf", ["Er is een {wolf} gezien in het natuurgebied."]),
    ("de", "Beer", ["Het kind slaapt niet zonder zijn {beer}."]),
    ("de", "Leeuw", ["Op de gevel staat een {leeuw} van steen."]),
    ("de", "Man", ["Zijn dochter verleent {mantelzorg} sinds zijn val.", "De {man} aan de balie was erg vriendelijk."]),
    ("de", "Goede", ["Ze heeft de {goede} formulieren ingevuld."]),
    (
        "",
        "Post",
        [
            "De {postbode} komt al twee weken niet in de straat.",
            "De {post} wordt niet bezorgd omdat de brievenbus kapot is.",
            "Uw {post} ligt bij de buren.",
        ],
    ),
    ("", "Hamer", ["Met een {hamer} is de brievenbus vernield."]),
    ("", "Bijl", ["De politie vond een {bijl} in de schuur."]),
    ("van der", "Ploeg", ["De {ploeg} van de gemeente komt maandag snoeien."]),
    ("van der", "Zee", ["Ze woont vlak bij de {zee} en heeft last van zand in huis."]),
    ("", "Mast", ["De {mast} op het dak van de flat zorgt voor storing."]),
    ("van 't", "Hof", ["In het {hof} achter de flat staan bankjes."]),
    (
        "van",
        "Hout",
        ["Een {houtkachel} in de flat geeft stankoverlast.", "De schuur is van {hout} en zit vol houtworm."],
    ),
    ("van", "Noord", ["Hij is verhuisd naar {noord} omdat daar een woning vrijkwam."]),
    (
        "",
        "Engel",
        [
            "Zij spreekt alleen {Engels} en kreeg de brief in het Nederlands.",
            "De buurvrouw is een {engel}, zegt ze, want die doet de boodschappen.",
        ],
    ),
    ("", "Tas", ["Haar {tas} met papieren is in de bus blijven liggen."]),
    ("", "Bal", ["Het {balkon} lekt bij elke regenbui.", "De kinderen spelen met een {bal} tegen de garagedeuren."]),
    ("", "Lam", ["Bij de kinderboerderij is een {lam} geboren."]),
    ("", "Tang", ["De monteur was zijn {tang} vergeten."]),
    ("", "Kroon", ["De tandarts zegt dat er een {kroon} nodig is, maar die wordt niet vergoed."]),
    ("", "Bloem", ["Op het graf ligt elke week een {bloem}."]),
    ("", "Honing", ["De imker verkoopt {honing} op de markt."]),
]
# First names that are Dutch words: (first name, female, sentences)
WORD_FIRSTS = [
    ("Merel", True, ["Elke ochtend zingt een {merel} op de antenne."]),
    ("Linde", True, ["De {linde} voor het huis laat plakkerige druppels vallen."]),
    ("Iris", True, ["Langs de sloot bloeit een gele {iris}."]),
    ("Jasmijn", True, ["De {jasmijn} in de gemeenschappelijke tuin is gesnoeid."]),
    ("Madelief", True, ["Op het grasveld staat geen {madelief} meer na het maaien."]),
    ("Bas", False, ["Haar zoon speelt {bas} in de schoolband."]),
    ("Rob", False, ["Op het strand lag een {rob} die hulp nodig had."]),
    ("Mees", False, ["In het vogelhuisje woont een {mees}."]),
    ("Lot", True, ["Ze heeft haar {lot} in handen van de gemeente gelegd.", "Hij kocht een {lot} van de loterij."]),
    ("Lieve", True, ["Haar {lieve} buurvrouw helpt met de formulieren."]),
    ("Ram", False, ["Op de kinderboerderij staat een {ram} met grote hoorns."]),
    ("Job", False, ["Hij heeft eindelijk een {job} gevonden in de haven."]),
]


def word_sentence(d: Doc, template: str) -> str:
    keep = re.search(r"\{([^}]+)\}", template).group(1)
    d.k(keep)
    return template.replace("{" + keep + "}", keep)


def known_doc(d: Doc) -> str:
    r = d.rng
    if r.random() < 0.7:
        particle, last, uses = r.choice(WORD_SURNAMES)
        base = d.person(origin=r.choice(["dutch", "dutch", "turkish", "moroccan", "surinamese", "polish"]))
        res = Person(base.first, particle, last, base.female, f"{base.first[0]}.")
        word_part = "last"
    else:
        first, female, uses = r.choice(WORD_FIRSTS)
        base = d.person(female=female)
        res = Person(first, base.particle, base.last, female, f"{first[0]}.")
        word_part = "first"
    d.known["names"] = [res.full]
    person_sentences = [
        lambda: f"{d.name(res, 'full')} vraagt om uitstel van betaling.",
        lambda: f"{d.name(res, 'Title')} belde op {d.date()} over de {d.scheme()}.",
        lambda: f"{d.name(res, 'last')} is het niet eens met het besluit van {d.dept()}.",
        lambda: f"Volgens {d.name(res, 'title')} is de brief nooit aangekomen.",
        lambda: f"{d.name(res, 'init')} woont sinds {r.randint(1990, 2022)} in {d.k(d.mun())}.",
        lambda: f"De aanvraag van {d.name(res, 'first')} is nog niet {d.k('behandeld')}.",
        lambda: f"{d.possessive(res)} dochter helpt met de {d.k('administratie')}.",
        lambda: f"Aanwezig: {d.name(res, 'full')} (bewoner) en {d.name(d.person(), 'full')} ({d.c(P.ROLES)}).",
        lambda: f"Met vriendelijke groet,\n{d.name(res, 'full')}",
        lambda: f"Geachte {'mevrouw' if res.female else 'heer'} {d.name(res, 'last')},",
        lambda: f"{d.name(res, 'upper')} – {d.k('BEZWAARSCHRIFT')}",
        lambda: f"{d.name(res, 'rev')} ({d.dob()})",
        lambda: f"{d.name(res, 'last')} belde terug: het {d.k('gesprek')} gaat door.",
        lambda: f"Ik heb {d.name(res, 'first')} gisteren {d.k('gesproken')} over de {d.scheme()}.",
        lambda: f"{d.name(res, 'full')} van de {d.k('bewonerscommissie')} vraagt om een gesprek.",
    ]
    if word_part == "last":  # the first name is no word here, so it may also appear in lower case
        person_sentences.append(lambda: f"hoi, met {d.name(res, 'first_lower')}. ik bel over mijn {d.k('aanvraag')}")
    word = (res.last if word_part == "last" else res.first).lower()
    plain = [lambda u=u: word_sentence(d, u) for u in uses if "{" + word + "}" in u]
    compound = [lambda u=u: word_sentence(d, u) for u in uses if "{" + word + "}" not in u]
    if r.random() < 0.12:  # informal: the known name in lower case, its word not used as a word in this text
        low = [
            lambda: f"volgens {d.name(res, 'lower')} zelf is de {d.k('brief')} nooit aangekomen.",
            lambda: (
                f"hoi, ik ben {d.name(res, 'lower')} en ik wacht nog steeds op mijn {d.k(d.c(['uitkering', 'toeslag', 'pas']))}"
            ),
            lambda: f"{d.name(res, 'lower')} hier, kan iemand mij even {d.k('terugbellen')}?",
        ]
        chosen = r.sample(low, r.randint(1, 2))
    else:
        chosen = r.sample(person_sentences, r.randint(1, 3)) + r.sample(plain, r.randint(1, len(plain)))
        chosen += [f for f in compound if r.random() < 0.6]
    pieces = [f() for f in chosen]
    if r.random() < 0.35:  # the record's own contact data, in the text in another notation
        digits = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        written = d.p(r.choice([f"06-{digits[1:]}", f"06 {digits[1:5]} {digits[5:]}", f"+31 6 {digits[1:]}"]), "PHONE")
        d.known["phones"] = [f"0{digits}"]
        pieces.append(f"{d.c(['Terugbellen op', 'Bereikbaar op', 'Tel.'])} {written}.")
    if r.random() < 0.3:
        e = d.email(res)
        d.known["emails"] = [e]
        pieces.append(f"Reactie graag naar {e}.")
    if r.random() < 0.4:
        pieces.append(s_official_org(d))
    if r.random() < 0.3:
        pieces.append(s_referral(d))
    r.shuffle(pieces)
    # a greeting line goes last, a salutation first
    pieces.sort(key=lambda s: 1 if s.startswith("Met vriendelijke groet") else -1 if s.startswith("Geachte") else 0)
    return " ".join(pieces).replace(",\n ", ",\n")


# ---------------------------------------------------------------------- structured corpus: identifiers in forms

FIELD_LABELS = {
    "name": ["Naam", "Naam aanvrager", "Achternaam, voorletters", "Naam cliënt"],
    "dob": ["Geboortedatum", "Geb.datum", "Geboren", "Datum van geboorte"],
    "bsn": ["BSN", "Burgerservicenummer", "BSN-nummer", "Bsn"],
    "address": ["Adres", "Straat + huisnummer", "Woonadres"],
    "pc": ["Postcode", "Postcode/plaats", "PC"],
    "phone": ["Telefoon", "Telefoonnummer", "Tel. (mobiel)", "Bereikbaar op"],
    "email": ["E-mail", "E-mailadres", "Email"],
    "iban": ["IBAN", "Rekeningnummer", "Bankrekening (IBAN)"],
    "plate": ["Kenteken", "Kenteken voertuig"],
    "case": ["Zaaknummer", "Dossiernummer", "Kenmerk", "Ons kenmerk"],
}


def st_form(d: Doc) -> str:
    p = d.person()
    keys = ["name"] + d.rng.sample([k for k in FIELD_LABELS if k != "name"], d.rng.randint(4, 8))
    sep = d.c([": ", ": ", "\t", " = "])
    lines = []
    for k in keys:
        lab = d.c(FIELD_LABELS[k])
        if k == "name":
            val = d.name(p, "rev" if lab.startswith("Achternaam") else d.c(["full", "init", "upper"]))
        elif k == "pc":
            val = f"{d.postcode()} {d.k(d.mun())}" if "plaats" in lab else d.postcode()
        else:
            val = {
                "dob": d.dob,
                "bsn": d.bsn,
                "address": d.address,
                "phone": d.phone,
                "email": lambda: d.email(p),
                "iban": d.iban,
                "plate": d.plate,
                "case": d.case,
            }[k]()
        lines.append(f"{d.k(lab)}{sep}{val}")
    if d.rng.random() < 0.6:
        lines.append(f"{d.k('Datum aanvraag')}{sep}{d.date()}")
    if d.rng.random() < 0.5:
        lines.append(f"{d.k(d.c(['Bedrag', 'Gevraagd bedrag', 'Hoogte uitkering']))}{sep}{d.amount()}")
    return "\n".join(lines)


def st_log(d: Doc) -> str:
    ts = f"{d.rng.choice([2024, 2025])}-{d.rng.randint(1, 12):02d}-{d.rng.randint(1, 28):02d}T{d.rng.randint(7, 18):02d}:{d.rng.randint(10, 59)}"
    parts = [f"{d.k(d.c(['intake', 'melding', 'aanvraag', 'wijziging']))}"]
    for k in d.rng.sample(["bsn", "pc", "kenteken", "zaak", "iban", "tel"], 3):
        if k == "iban":
            v = d.p(I.iban(d.rng).replace(" ", ""), "IBAN")
        else:
            v = {"bsn": d.bsn, "pc": d.postcode, "kenteken": d.plate, "zaak": d.case, "tel": d.phone}[k]()
        parts.append(f"{k}={v}")
    return f"{ts} INFO " + " ".join(parts)


def st_letterhead(d: Doc) -> str:
    o, m = d.person(), d.mun()
    return (
        f"{d.k('Ons kenmerk')}: {d.case()}\n{d.k('Uw kenmerk')}: {d.case()}\nBehandeld door: {d.name(o, 'init')}\n"
        f"Doorkiesnummer: {d.phone(d.c(['land2', 'land3']))}\n{d.k('Bijlage(n)')}: {d.rng.randint(1, 4)}\n"
        f"{d.k(f'Postbus {d.rng.randint(10, 999) * 10}')}, {d.k(m)}"
    )


def st_bank_line(d: Doc) -> str:
    p = d.person()
    return (
        f"{d.date()}  -{d.amount()}  {d.iban()}  {d.name(p, 'upper')}  {d.k('omschrijving')}: "
        f"huur {d.k(d.c(I.MONTHS))} {d.case()}"
    )


def st_parking(d: Doc) -> str:
    return (
        f"{d.k('Naheffingsaanslag')} {d.case()} — kenteken {d.plate()} — {d.amount()} — {d.date()} — "
        f"{d.k('parkeerbelasting')}"
    )


def st_inline(d: Doc) -> str:
    v = d.rng.randint(0, 3)
    if v == 0:
        return f"Mijn BSN is {d.bsn()} en mijn rekeningnummer {d.iban()}."
    if v == 1:
        return f"Kunt u het {d.k('teveel betaalde')} terugboeken naar {d.iban('BE' if d.rng.random() < 0.5 else 'DE')}?"
    if v == 2:
        return f"Mijn nieuwe adres is {d.address()} ({d.postcode()}), mijn nummer blijft {d.phone()}."
    return f"Geboren {d.dob()} in {d.k(d.c(['Paramaribo', 'Willemstad', 'Izmir', 'Nador', 'Aleppo', 'Asmara', 'Kyiv', 'Gdańsk']))}, sinds {d.rng.randint(1990, 2023)} in Nederland."


def st_contacts(d: Doc) -> str:
    lines = [d.k(d.c(["Contactpersonen:", "Noodcontacten", "Familie in het buitenland:"]))]
    for _ in range(d.rng.randint(2, 3)):
        p = d.person()
        rel = d.c(
            ["zus", "moeder", "tante", "nicht", "dochter"] if p.female else ["broer", "vader", "oom", "neef", "zoon"]
        )
        lines.append(f"- {d.name(p, d.c(['full', 'first']))} ({rel}): {d.phone(d.c(['foreign', 'foreign', 'mobile']))}")
    return "\n".join(lines)


def st_plates(d: Doc) -> str:
    n = d.rng.randint(2, 4)
    return (
        f"{d.k('Ontheffing')} {d.k('milieuzone')} aangevraagd voor: "
        + ", ".join(d.plate() for _ in range(n))
        + f". Geldig tot {d.date()}."
    )


def st_dobs(d: Doc) -> str:
    lines = [d.k(d.c(["Gezinssamenstelling:", "Inwonende kinderen", "Huishouden"]))]
    for _ in range(d.rng.randint(2, 4)):
        p = d.person()
        lines.append(f"{d.name(p, d.c(['first', 'full', 'init']))}, {d.dob()}")
    return "\n".join(lines)


STRUCTURED_SHAPES = [
    (st_form, 6),
    (st_log, 2),
    (st_letterhead, 2),
    (st_bank_line, 2),
    (st_parking, 2),
    (st_inline, 3),
    (st_contacts, 2),
    (st_plates, 1),
    (st_dobs, 2),
    (s_csv, 2),
    (s_table, 2),
    (s_referral, 2),
    (s_no_pii, 1),
]


def structured_doc(d: Doc) -> str:
    funcs = d.rng.choices(
        [f for f, _ in STRUCTURED_SHAPES], weights=[w for _, w in STRUCTURED_SHAPES], k=d.rng.randint(1, 3)
    )
    return "\n\n".join(f(d) for f in funcs)


# ------------------------------------------------------------------------------------------- self-check and output


def ideal_output(text: str, pii: list[dict]) -> str:
    """What an anonymizer that replaces exactly the gold items (every occurrence) would write."""
    out = text
    for s in sorted({i["text"] for i in pii}, key=len, reverse=True):
        out = re.sub(r"(?<![\w])" + re.escape(s) + r"(?![\w])", "[X]", out)
    return out


def check(doc: dict) -> list[str]:
    """Reasons why ``doc`` is not annotated exactly right (empty when it is)."""
    text, errs = doc["text"], []
    ideal = ideal_output(text, doc["pii"])
    for item in doc["pii"]:
        if item["text"] not in text:
            errs.append(f"gold item not in text: {item}")
        elif not leaked(item, text):
            errs.append(f"gold item not readable by the scorer in the original: {item}")
        elif leaked(item, ideal):
            errs.append(f"ideal output still leaks (unannotated mention or clash with kept text): {item}")
        if item["label"] == "PERSON" and not name_parts(item["text"]):
            errs.append(f"person item without a name part: {item}")
        if item["label"] == "BSN" and not I.bsn_valid(item["text"]):
            errs.append(f"invalid BSN: {item}")
        if item["label"] == "IBAN" and not I.iban_valid(item["text"]):
            errs.append(f"invalid IBAN: {item}")
    for w in doc["keep"]:
        if w.lower() not in text.lower():
            errs.append(f"keep word not in text: {w!r}")
        elif w.lower() not in ideal.lower():
            errs.append(f"keep word only inside personal data: {w!r}")
    for name in doc.get("known", {}).get("names", []):
        if not any(p.lower() in text.lower() for p in name_parts(name)):
            errs.append(f"known name not in text: {name}")
    return errs


def build(kind: str, n: int, rng: random.Random, make) -> list[dict]:
    docs = []
    while len(docs) < n:
        for _attempt in range(100):
            d = Doc(rng)
            text = make(d)
            pii, seen = [], set()
            for t, lab in d.pii:
                if (t, lab) not in seen:
                    seen.add((t, lab))
                    pii.append({"text": t, "label": lab})
            keep = list(dict.fromkeys(d.keep))
            doc = {"id": f"holdout-{kind}-{len(docs):04d}", "text": text, "pii": pii, "keep": keep}
            if d.known:
                doc = {"id": doc["id"], "text": text, "known": d.known, "pii": pii, "keep": keep}
            if not check(doc):
                docs.append(doc)
                break
        else:
            raise RuntimeError(f"cannot draw a clean {kind} document: {check(doc)}")
    return docs


def dev_overlap(corpora: dict[str, list[dict]]) -> list[str]:
    """Person/street name parts of the held-out files that also occur in the dev files (should be none)."""
    if not DEV.is_dir():
        return []
    dev_parts, dev_text = set(), []
    for f in sorted(DEV.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                dd = json.loads(line)
                dev_text.append(dd["text"])
                for item in dd["pii"]:
                    if item["label"] in ("PERSON", "ADDRESS"):
                        dev_parts.update(
                            t.lower()
                            for t in re.split(r"[\s\-,']+", item["text"])
                            if len(t) > 2 and not re.search(r"\d", t)
                        )
    dev_parts -= {"van", "der", "den", "ter", "ten", "het"}
    bad = set()
    for docs in corpora.values():
        for doc in docs:
            for item in doc["pii"]:
                if item["label"] in ("PERSON", "ADDRESS"):
                    for t in re.split(r"[\s\-,']+", item["text"]):
                        if t.lower() in dev_parts and not re.fullmatch(
                            r"([A-Za-z]\.)+|[IVXivx]+|\w+\.|Generaal|Pastoor", t, re.I
                        ):
                            bad.add(t)
    return sorted(bad)


def generate() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    return {
        "holdout_shapes.jsonl": build("shapes", 300, rng, shapes_doc),
        "holdout_known.jsonl": build("known", 150, rng, known_doc),
        "holdout_structured.jsonl": build("structured", 150, rng, structured_doc),
    }


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else HERE
    corpora = generate()
    overlap = dev_overlap(corpora)
    if overlap:
        print("name parts shared with the dev corpora:", overlap[:50], file=sys.stderr)
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    for fname, docs in corpora.items():
        (outdir / fname).write_text(dump(docs), encoding="utf-8")
        print(f"{fname}: {len(docs)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
