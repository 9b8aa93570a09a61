"""Slots of the template language: one document's cast (resident, partner, neighbour, officials, mediator)
and its identifiers, written into a :class:`h3_core.Doc`."""

from __future__ import annotations

import random
import re
import unicodedata

import h3_core as C
import h3_pools as P

FEMALE_KEYS = {"z", "d"}  # a daughter, a mother or sister
MALE_KEYS = {"v", "s"}  # a father or brother, a son
CHILD_KEYS = {"s", "d", "k"}
FAMILY_KEYS = {"v", "s", "z", "d", "p"}
# streets that read well after 'de' or 'op de' without a number ('De Bocht' only appears with one)
BARE_STREETS = [s for s in P.STREETS if not s.startswith(("De ", "Het "))]
# everyday misspellings and short forms of residents' own writing
TYPOS = [
    ("wordt", "word"),
    ("gebeld", "gebelt"),
    ("nog steeds", "nogsteeds"),
    ("eigenlijk", "eigelijk"),
    ("misschien", "misschein"),
    (" even ", " ff "),
    ("zo snel mogelijk", "zsm"),
    ("alstublieft", "aub"),
    ("vriendelijke groet", "vr gr"),
    ("terugbelt", "terug belt"),
    ("helemaal", "heelemaal"),
    ("bijvoorbeeld", "bijv"),
    ("ziekenhuis", "zkh"),
    ("telefoon", "tel"),
    ("weken", "weeken"),
    ("niemand", "niemant"),
    (". ", ".. "),
    ("?", "??"),
    ("afgehandeld", "afgehandelt"),
    ("gebeurd", "gebeurt"),
    ("gekregen", "gekregen!"),
]
TOKEN = re.compile(r"\{([A-Za-z0-9_.]+)\}|\[\[(.+?)\]\]")


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _mailpart(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def split_particle(sur: str) -> tuple[str, str]:
    """('Wal', 'van der') for 'van der Wal'; (sur, '') without a particle."""
    m = re.match(r"((?:(?:van|de|der|den|ten|ter|in|'t|la|op)\s)+)(.+)", sur)
    return (m.group(2), m.group(1).strip()) if m else (sur, "")


class Ctx:
    """Everything one document says about its people; values are fixed once drawn, so a second mention matches."""

    def __init__(self, rng: random.Random, doc: C.Doc) -> None:
        self.rng = rng
        self.doc = doc
        self.people: dict[str, C.Person] = {}
        self.town = rng.choice(P.TOWNS)
        self.values: dict[str, str] = {}
        self.used_first: set[str] = set()
        self.sloppy = False

    # -- people
    def person(self, key: str) -> C.Person:
        if key not in self.people:
            family = key in FAMILY_KEYS and "r" in self.people and self.rng.random() < 0.85
            while True:
                female = True if key in FEMALE_KEYS else False if key in MALE_KEYS else None
                origin = self.people["r"].origin if family else None
                person = C.make_person(self.rng, origin=origin, female=female)
                # two people in one file never share a name part (the annotation would be ambiguous)
                parts = set(re.split(r"[\s\-]+", person.full.lower())) - C.PARTICLES
                if not parts & self.used_first:
                    break
            self.used_first |= parts
            if family and not person.sf and self.rng.random() < 0.5:
                person.sur, person.married = self.people["r"].sur, None
            self.people[key] = person
        return self.people[key]

    def put(self, key: str, person: C.Person) -> None:
        self.people[key] = person
        self.used_first |= set(re.split(r"[\s\-]+", person.full.lower())) - C.PARTICLES

    def value(self, name: str, make) -> str:
        if name not in self.values:
            self.values[name] = make()
        return self.values[name]

    # -- writing
    def render(self, template: str) -> None:
        d, pos = self.doc, 0
        for m in TOKEN.finditer(template):
            d.t(self.literal(template[pos : m.start()], pos == 0))
            if m.group(1):
                self.slot(m.group(1))
            else:
                d.k(m.group(2))
            pos = m.end()
        d.t(self.literal(template[pos:], pos == 0))

    def literal(self, s: str, at_start: bool) -> str:
        """Template text as written; in a sloppy document with everyday misspellings and missing capitals."""
        if not self.sloppy or not s:
            return s
        for right, wrong in TYPOS:
            if right in s and self.rng.random() < 0.5:
                s = s.replace(right, wrong)
        if at_start and s[0].isupper() and self.rng.random() < 0.5:
            s = s[0].lower() + s[1:]
        return s

    def slot(self, name: str) -> None:
        d, rng = self.doc, self.rng
        if "." in name:
            key, form = name.split(".", 1)
            self.person_slot(self.person(key), key, form)
            return
        if name == "case":
            cue, num = self.value("case", lambda: "\t".join(C.case_number(rng))).split("\t")
            d.t(cue + " ")
            d.p(num, "CASE_NUMBER")
        elif name == "casenr":
            _cue, num = self.value("case", lambda: "\t".join(C.case_number(rng))).split("\t")
            d.p(num, "CASE_NUMBER")
        elif name == "case2":
            cue, num = self.value("case2", lambda: "\t".join(C.case_number(rng))).split("\t")
            d.t(cue + " ")
            d.p(num, "CASE_NUMBER")
        elif name == "case2nr":
            _cue, num = self.value("case2", lambda: "\t".join(C.case_number(rng))).split("\t")
            d.p(num, "CASE_NUMBER")
        elif name == "dept":
            d.k(rng.choice(P.DEPARTMENTS))
        elif name == "scheme":
            d.k(rng.choice(P.SCHEMES))
        elif name == "body":
            d.k(rng.choice(P.BODIES))
        elif name == "building":
            d.k(rng.choice(P.BUILDINGS))
        elif name == "holiday":
            d.k(rng.choice(P.HOLIDAYS))
        elif name == "role":
            d.k(rng.choice(P.ROLES))
        elif name == "topic":
            d.k(rng.choice(P.TOPICS))
        elif name == "date":
            d.k(C.ordinary_date(rng))
        elif name == "wd":
            d.k(rng.choice(P.WEEKDAYS))
        elif name == "wds":
            d.t(rng.choice(P.WD_SHORT))
        elif name == "month":
            d.k(rng.choice(P.MONTHS))
        elif name == "amount":
            d.k(C.amount(rng))
        elif name == "pubnr":
            d.k(C.public_number(rng))
        elif name == "gem":
            d.k(f"gemeente {self.town}")
        elif name == "town":
            d.k(self.town)
        elif name == "ptown":
            d.t(self.town.upper() if rng.random() < 0.2 else self.town)
        elif name == "info":
            host = self.town.lower().replace(" ", "")
            d.k(rng.choice(["info", "noreply", "klachten", "wmo", "postbus", "vta"]) + f"@{host}.nl")
        elif name == "site":
            host = self.town.lower().replace(" ", "")
            d.k(rng.choice([f"www.{host}.nl", f"https://www.{host}.nl/afstemming", f"{host}.nl/klacht"]))
        elif name == "street":
            d.p(self.value("street", lambda: rng.choice(BARE_STREETS)), "ADDRESS")
        elif name == "street2":
            d.p(
                self.value("street2", lambda: rng.choice([s for s in BARE_STREETS if s != self.values.get("street")])),
                "ADDRESS",
            )
        elif name == "plate":
            d.p(self.value("plate", lambda: C.plate(rng)), "LICENSE_PLATE")
        elif name == "time":
            d.t(f"{rng.randint(8, 21)}:{rng.choice(['00', '15', '30', '45', '10'])}")
        elif name == "dm":
            d.t(
                rng.choice([f"{rng.randint(1, 28)}/{rng.randint(1, 12)}", f"{rng.randint(1, 28)}-{rng.randint(1, 12)}"])
            )
        elif name == "num":
            d.t(str(rng.randint(2, 14)))
        else:
            raise KeyError(name)

    def person_slot(self, p: C.Person, key: str, form: str) -> None:
        d, rng = self.doc, self.rng
        if form == "full":
            d.p(p.full, "PERSON")
        elif form == "Full":
            d.p(C.cap_particle(p.full), "PERSON")
        elif form == "first":
            d.p(p.call, "PERSON")
        elif form == "nick":
            d.p(p.nick or p.call, "PERSON")
        elif form == "nickq":  # Abdellah "Abdel" El Khayari
            if p.nick and not p.sf:
                d.p(p.first, "PERSON")
                d.t(' "')
                d.p(p.nick, "PERSON")
                d.t('" ')
                d.p(p.sur, "PERSON")
            else:
                d.p(p.full, "PERSON")
        elif form == "lowfirst":
            d.p(p.call.lower(), "PERSON")
        elif form == "sur":
            d.p(p.sur, "PERSON")
        elif form == "Sur":
            d.p(C.cap_particle(p.sur), "PERSON")
        elif form in ("hon", "Hon"):
            hon = rng.choice(C.HON_F if p.female else C.HON_M)
            if form == "Hon":
                hon = hon[0].upper() + hon[1:]
            d.t(hon + " ")
            if p.married and rng.random() < 0.5:
                d.p(p.married, "PERSON")
            else:
                d.p(C.cap_particle(p.sur) if rng.random() < 0.5 else p.sur, "PERSON")
        elif form == "ini":
            d.p(p.initials, "PERSON")
        elif form == "bare":  # surname without its particle, as in a form's 'achternaam' field
            bare, _tv = split_particle(p.sur)
            d.p(bare, "PERSON")
        elif form == "tv":
            d.t(split_particle(p.sur)[1])
        elif form == "init":
            d.p(f"{p.initials} {p.sur}", "PERSON")
        elif form == "formal":
            title = rng.choice(["mr. ", "drs. ", "ir. ", "", "", "mr. drs. ", "dr. "])
            d.t(title)
            d.p(f"{p.initials} {p.sur}", "PERSON")
        elif form == "low":
            d.p(p.full.lower(), "PERSON")
        elif form == "caps":
            d.p(p.full.upper(), "PERSON")
        elif form == "SUR":
            d.p(p.sur.upper(), "PERSON")
        elif form == "rev":
            sur = p.sur
            bare, tv = split_particle(sur)
            if tv and rng.random() < 0.5:  # the registry's way: 'Wal, S. van der'
                d.p(bare, "PERSON")
                d.t(", ")
                d.p(p.initials, "PERSON")
                d.t(" " + tv)
            else:
                d.p(C.cap_particle(sur), "PERSON")
                d.t(", ")
                d.p(p.initials if rng.random() < 0.6 else p.call, "PERSON")
        elif form == "poss":
            item, suffix = C.possessive(p.call)
            d.p(item, "PERSON")
            d.t(suffix)
        elif form == "married":
            d.t(rng.choice(["mevrouw ", "mevr. ", "mw. "]))
            d.p(p.married or C.cap_particle(p.sur), "PERSON")
        elif form in ("zij", "Zij", "haar", "Haar", "hem"):
            word = {
                "zij": ("ze", "hij"),
                "Zij": ("Ze", "Hij"),
                "haar": ("haar", "zijn"),
                "Haar": ("Haar", "Zijn"),
                "hem": ("haar", "hem"),
            }[form]
            d.t(word[0] if p.female else word[1])
        elif form == "phone":
            d.p(self.value(key + ".phone", lambda: C.phone(rng)), "PHONE")
        elif form == "phone2":
            d.p(self.value(key + ".phone2", lambda: C.phone(rng)), "PHONE")
        elif form == "email":
            d.p(self.value(key + ".email", lambda: self.email(p, key)), "EMAIL")
        elif form == "bsn":
            d.p(self.value(key + ".bsn", lambda: C.bsn(rng)), "BSN")
        elif form == "iban":
            d.p(self.value(key + ".iban", lambda: C.iban(rng)), "IBAN")
        elif form == "dob":
            d.p(self.value(key + ".dob", lambda: C.date_of_birth(rng, child=key in CHILD_KEYS)), "DATE_OF_BIRTH")
        elif form == "addr2":
            d.p(self.value(key + ".addr2", lambda: C.address(rng)), "ADDRESS")
        elif form == "pc2":
            d.p(self.value(key + ".pc2", lambda: C.postcode(rng)), "POSTCODE")
        elif form == "addr":
            d.p(
                self.value(
                    key + ".addr",
                    lambda: f"{self.values.get(key + '.street') or rng.choice(P.STREETS)} {C.house_number(rng)}",
                ),
                "ADDRESS",
            )
        elif form == "pc":
            d.p(self.value(key + ".pc", lambda: C.postcode(rng)), "POSTCODE")
        elif form == "plate":
            d.p(self.value(key + ".plate", lambda: C.plate(rng)), "LICENSE_PLATE")
        elif form == "street":
            d.p(self.street_of(key), "ADDRESS")
        else:
            raise KeyError(form)

    def street_of(self, key: str) -> str:
        return self.value(key + ".street", lambda: self.rng.choice(BARE_STREETS))

    def email(self, p: C.Person, key: str) -> str:
        rng = self.rng
        first = _mailpart(p.call)
        sur = _mailpart(p.sur)
        if key in ("o", "o2", "m", "b"):  # work address at the municipality
            host = _mailpart(self.town)
            local = rng.choice([f"{first[0]}.{sur}", f"{first}.{sur}", f"{first[0]}{sur}"])
            return f"{local}@{host}.nl"
        local = rng.choice(
            [
                f"{first}.{sur}",
                f"{first[0]}.{sur}",
                f"{first}{sur}{rng.randint(1, 99)}",
                f"{sur}.{first}",
                f"{first}_{sur}",
                f"{first}{rng.randint(1950, 2005)}",
                f"{first}-{sur}",
                f"{sur}{first[0]}",
                f"{(p.nick and _mailpart(p.nick)) or first}.{sur}{rng.randint(1, 9)}",
            ]
        )
        return f"{local}@{rng.choice(P.MAIL_PROVIDERS)}"
