"""Building blocks of the fresh40c generator: the shape registry, the document under construction, people, places
and the numbers (BSN, IBAN, phones, postcodes, plates, case numbers, dates of birth)."""

from __future__ import annotations

from fresh40c_names import DUTCH_PARTICLES, GROUP_WEIGHTS, GROUPS, KNOWN_FIRSTS, KNOWN_PARTICLE_SURNAMES, KNOWN_SURNAMES

SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind: str):
    """Register a document kind ('document'), a line shape ('line') or a sentence shape ('sentence')."""

    def deco(fn):
        def wrapped(d, *a, **kw):
            d.use(fn.__name__)
            return fn(d, *a, **kw)

        wrapped.__name__ = fn.__name__
        SHAPES[fn.__name__] = (kind, wrapped)
        return wrapped

    return deco


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
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def cap_tokens(s: str) -> str:
    out, up = [], True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -"
    return "".join(out)


class Person:
    def __init__(self, first, surname, origin, female, particle=""):
        self.first, self.surname, self.origin, self.female, self.particle = first, surname, origin, female, particle

    @property
    def family(self):  # surname as written after a first name or initial: 'van der Hoogkamp'
        return f"{self.particle} {self.surname}" if self.particle else self.surname

    @property
    def bare(self):  # surname alone: 'Van der Hoogkamp'
        return self.family[0].upper() + self.family[1:]

    @property
    def full(self):
        return f"{self.first} {self.family}"

    @property
    def initials(self):
        return "".join(p[0] + "." for p in self.first.replace("-", " ").split())

    @property
    def slug(self):  # lower case surname glued, as in file names
        return self.family.lower().replace(" ", "").replace("'", "")


class Doc:
    def __init__(self, r, known=False):
        self.r = r
        self.known = known
        self.lines: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.persons: list[Person] = []
        self.origins: list[str] = []
        self.known_person = None
        self.known_extra: dict[str, list[str]] = {}
        self.used_surnames: set[str] = set()
        self.used_streets: set[str] = set()
        self.year = r.choice([2025, 2026])
        self.places = self._places()

    # ---- bookkeeping -------------------------------------------------------------------------------------------
    def use(self, name):
        self.shapes.append(name)

    def add(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *words):
        for w in words:
            if w and w not in self.keep:
                self.keep.append(w)

    def line(self, s):
        self.lines.append(s)

    def finish(self, doc_id):
        text = "\n".join(self.lines)
        doc = {"id": doc_id, "text": text, "pii": self.pii, "keep": self.keep}
        if self.known_person is not None:
            doc["known"] = {"names": [self.known_person.full], **self.known_extra}
        return doc

    # ---- people ------------------------------------------------------------------------------------------------
    def person(self, origin=None, female=None, family_of=None):
        r = self.r
        if family_of is not None:
            origin, particle, surname = family_of.origin, family_of.particle, family_of.surname
        else:
            if origin is None:
                names = list(GROUPS)
                origin = r.choices(names, [GROUP_WEIGHTS.get(n, 1) for n in names])[0]
            particle, surname = "", ""
            for _ in range(20):
                parts = GROUPS[origin][2]
                surname = cap_tokens("".join(r.choice(p) for p in parts))
                particle = r.choice(DUTCH_PARTICLES) if origin == "dutch" else ""
                if surname not in self.used_surnames:
                    break
        if female is None:
            female = r.random() < 0.5
        firsts = GROUPS[origin][1 if female else 0]
        if origin == "chinese":
            first = r.choice(["Mei Ling", "Li Na", "Hui Min", "Xiu", "Yan", "Qing"] if female else firsts.split())
        else:
            first = r.choice(firsts.split())
        taken = {p.first for p in self.persons}
        if first in taken:
            first = r.choice([f for f in firsts.split() if f not in taken] or [first])
        p = Person(first, surname, origin, female, particle)
        self.used_surnames.add(surname)
        self.persons.append(p)
        self.origins.append(origin)
        return p

    def known_resident(self):
        """The resident whose name holds an ordinary Dutch word; returns (person, ordinary sentence, word)."""
        r = self.r
        choice = r.random()
        if choice < 0.72:
            sur = r.choice(sorted(KNOWN_SURNAMES))
            tmpl, word = KNOWN_SURNAMES[sur], sur.lower()
            p = self.person(origin="dutch")
            p.surname, p.particle = sur, ""
        elif choice < 0.86:
            full = r.choice(sorted(k for k, v in KNOWN_PARTICLE_SURNAMES.items() if v))
            stem, tmpl = KNOWN_PARTICLE_SURNAMES[full]
            word = stem.lower()
            p = self.person(origin="dutch")
            p.particle, p.surname = full.rsplit(" ", 1)[0], stem
        else:
            first = r.choice(sorted(k for k, v in KNOWN_FIRSTS.items() if v))
            tmpl, word = KNOWN_FIRSTS[first], first.lower()
            p = self.person(origin=r.choice(["dutch", "frisian"]), female=True)
            p.first = first
        self.known_person = p
        return p, tmpl.format(w=word), word

    # name forms, each registered as PERSON
    def full(self, p):
        return self.add(p.full, "PERSON")

    def bare(self, p):
        return self.add(p.bare, "PERSON")

    def first(self, p):
        return self.add(p.first, "PERSON")

    def init(self, p):
        return self.add(f"{p.initials} {p.family}", "PERSON")

    def upper(self, p):
        return self.add(p.full.upper(), "PERSON")

    def upper_sur(self, p):
        return self.add(p.bare.upper(), "PERSON")

    def lower_first(self, p):
        return self.add(p.first.lower(), "PERSON")

    def slug(self, p):
        return self.add(p.slug, "PERSON")

    def comma(self, p):  # 'Hoogkamp, Gerrit van der' / 'Tahrouchi, Hafida'
        s = f"{p.surname}, {p.first}" + (f" {p.particle}" if p.particle else "")
        return self.add(s, "PERSON")

    def title(self, p):
        return self.r.choice(["mevrouw", "mevr.", "mw."] if p.female else ["de heer", "dhr.", "meneer"])

    def poss(self, p):
        """Possessive of the surname: the name is the item, the ending is not."""
        name = self.add(p.bare, "PERSON")
        return name + ("'" if name.endswith(("s", "z", "x")) else "'s")

    def any_name(self, p):
        return self.r.choice([self.full, self.full, self.init])(p)

    # ---- contact data ------------------------------------------------------------------------------------------
    def email(self, p):
        r = self.r
        first = p.first.lower().split()[0]
        sur = p.surname.lower().replace(" ", "").replace("-", "")
        fam = p.family.lower().replace(" ", "").replace("'", "")
        local = r.choice(
            [
                f"{first}.{sur}",
                f"{first[0]}.{fam}",
                f"{first}{sur}{r.randint(1, 99)}",
                f"fam.{fam}",
                f"{sur}.{first}",
                f"{first}_{sur}",
            ]
        )
        local = (
            local.replace("ş", "s")
            .replace("ö", "o")
            .replace("ü", "u")
            .replace("ı", "i")
            .replace("ğ", "g")
            .replace("ç", "c")
            .replace("ł", "l")
            .replace("ą", "a")
            .replace("ó", "o")
            .replace("ś", "s")
            .replace("é", "e")
            .replace("á", "a")
            .replace("í", "i")
            .replace("ú", "u")
            .replace("ñ", "n")
            .replace("ă", "a")
            .replace("ț", "t")
            .replace("ž", "z")
            .replace("ć", "c")
            .replace("č", "c")
            .replace("ê", "e")
            .replace("î", "i")
        )
        dom = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "ziggo.nl",
                "kpnmail.nl",
                "outlook.com",
                "live.nl",
                "xs4all.nl",
                "planet.nl",
                "icloud.com",
                "home.nl",
                "upcmail.nl",
                "protonmail.com",
            ]
        )
        e = self.add(f"{local}@{dom}", "EMAIL")
        if p is self.known_person:
            self.known_extra.setdefault("emails", []).append(e)
        return e

    def phone(self, p=None, mobile=None):
        r = self.r
        if mobile is None:
            mobile = r.random() < 0.7
        if mobile:
            n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            s = r.choice(
                [
                    f"06-{n[1:]}",
                    f"06 {n[1:5]} {n[5:]}",
                    f"+31 6 {n[1:]}",
                    f"+31 (0)6 {n[1:3]} {n[3:6]} {n[6:]}",
                    f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"0031 6 {n[1:]}",
                    f"06{n[1:]}",
                ]
            )
        else:
            area = r.choice(["0513", "0521", "0592", "0475", "0495", "0343", "0229", "0174", "0546", "0418"])
            rest = "".join(str(r.randint(0, 9)) for _ in range(6))
            s = r.choice(
                [
                    f"{area}-{rest}",
                    f"({area}) {rest[:2]} {rest[2:4]} {rest[4:]}",
                    f"{area} {rest}",
                    f"+31 {area[1:]} {rest}",
                ]
            )
        s = self.add(s, "PHONE")
        if p is not None and p is self.known_person:
            self.known_extra.setdefault("phones", []).append(s)
        return s

    def street(self):
        r = self.r
        for _ in range(30):
            if r.random() < 0.2:
                s = (
                    r.choice(["Oude", "Korte", "Lange", "Nieuwe", "Achter de", "Hoge", "Lage"])
                    + " "
                    + r.choice(["Kerkweg", "Dijk", "Molenstraat", "Hoofdweg", "Brink", "Veldweg", "Gracht", "Buren"])
                )
            else:
                s = r.choice(
                    [
                        "Vlier",
                        "Hazel",
                        "Esdoorn",
                        "Weide",
                        "Zuider",
                        "Akker",
                        "Turf",
                        "Heide",
                        "Beuken",
                        "Klaver",
                        "Roggen",
                        "Boekweit",
                        "Zwaluw",
                        "Kievit",
                        "Wilgen",
                        "Elzen",
                        "Vennen",
                        "Koren",
                        "Hooi",
                        "Schapen",
                        "Lijster",
                        "Spechten",
                        "Meidoorn",
                        "Berken",
                    ]
                ) + r.choice(
                    [
                        "straat",
                        "weg",
                        "laan",
                        "pad",
                        "dreef",
                        "hof",
                        "erf",
                        "singel",
                        "akker",
                        "kamp",
                        "hoek",
                        "gaarde",
                        "horst",
                        "veld",
                    ]
                )
            if s not in self.used_streets:
                self.used_streets.add(s)
                return s
        return s

    def address(self, street=None):
        r = self.r
        st = street or self.street()
        num = str(r.randint(1, 180))
        num += r.choice(["", "", "", "", "a", "b", "-2", "-1", " A", "-bis"]) if r.random() < 0.35 else ""
        return self.add(f"{st} {num}", "ADDRESS")

    def postcode(self):
        r = self.r
        while True:
            lt = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
            if lt not in ("SA", "SD", "SS"):
                break
        s = f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{lt}"
        return self.add(s, "POSTCODE")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            if d[0] == 0:
                continue
            s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if s == 10:
                continue
            d.append(s)
            raw = "".join(map(str, d))
            return self.add(
                r.choice([raw, raw, f"{raw[:4]}.{raw[4:6]}.{raw[6:]}", f"{raw[:3]} {raw[3:6]} {raw[6:]}"]), "BSN"
            )

    def iban(self):
        r = self.r
        if r.random() < 0.12:
            body = "".join(str(r.randint(0, 9)) for _ in range(12))
            cc = "BE"
        else:
            body = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
                str(r.randint(0, 9)) for _ in range(10)
            )
            cc = "NL"
        num = int("".join(str(int(c, 36)) for c in body + cc + "00"))
        chk = f"{98 - num % 97:02d}"
        raw = cc + chk + body
        grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return self.add(r.choice([raw, grouped, grouped]), "IBAN")

    def plate(self):
        r = self.r

        def L(n):
            return "".join(r.choice(PLATE_LETTERS) for _ in range(n))

        def N(n):
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        s = r.choice(
            [
                f"{N(2)}-{L(3)}-{N(1)}",
                f"{L(2)}-{N(3)}-{L(1)}",
                f"{N(1)}-{L(3)}-{N(2)}",
                f"{L(3)}-{N(2)}-{L(1)}",
                f"{L(1)}-{N(3)}-{L(2)}",
                f"{N(2)}-{L(2)}-{L(2)}".replace("-", "-", 1),
            ]
        )
        return self.add(s, "LICENSE_PLATE")

    def case(self, kind=None):
        r = self.r
        y2, y4 = str(self.year)[2:], str(self.year)
        fmts = {
            "lb": f"LB-{y2}-{r.randint(100, 999)}",
            "zaak": f"Z/{y2}/{r.randint(100000, 999999)}",
            "wk": f"{y4}-WK-{r.randint(1000, 9999):05d}",
            "dr": f"DR{y2}.{r.randint(10, 99)}.{r.randint(100, 999)}",
            "int": f"INT.{y2}.{r.randint(1000, 9999)}",
            "bb": f"BB/{r.randint(100, 999):04d}/{y2}",
            "obj": f"OR-{r.choice('KLMNP')}{r.randint(10000, 99999)}",
            "bez": f"BZW {y4}/{r.randint(10, 99)}-{r.randint(100, 999)}",
        }
        key = kind or r.choice(sorted(fmts))
        return self.add(fmts[key], "CASE_NUMBER")

    def dob(self, cue=True):
        """A date of birth in one of many styles; returns the text with or without a cue around it."""
        r = self.r
        y, m, dd = r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28)
        style = r.randrange(9)
        if style == 0:
            s = f"{dd} {MONTHS[m - 1]} {y}"
        elif style == 1:
            s = f"{dd:02d}-{m:02d}-{y}"
        elif style == 2:
            s = f"{dd}-{m}-{y}"
        elif style == 3:
            s = f"{dd:02d}.{m:02d}.{y}"
        elif style == 4:
            s = f"{dd} {MONTHS_SHORT[m - 1]} {y}"
        elif style == 5:
            s = f"{y}-{m:02d}-{dd:02d}"
        elif style == 6:
            s = f"{dd}/{m}/{y}"
        elif style == 7:
            s = f"{dd:02d}/{m:02d}/{str(y)[2:]}"
        else:
            s = f"{dd} {MONTHS[m - 1].capitalize()} {y}"
        self.add(s, "DATE_OF_BIRTH")
        if not cue:
            return s
        return r.choice(
            [f"geboren {s}", f"geb. {s}", f"geboortedatum {s}", f"° {s}", f"* {s}", f"geboren op {s}", f"geb.datum {s}"]
        )

    def date(self, weekday=True):
        """An ordinary date in the document's year, keeping its weekday and month."""
        r = self.r
        m, dd = r.randint(1, 12), r.randint(1, 28)
        wd = r.choice(WEEKDAYS)
        self.k(MONTHS[m - 1])
        if weekday:
            self.k(wd)
            return f"{wd} {dd} {MONTHS[m - 1]} {self.year}"
        return f"{dd} {MONTHS[m - 1]} {self.year}"

    def amount(self):
        r = self.r
        v = r.choice([r.randint(2, 95) * 50, r.randint(100, 9000)])
        s = f"{v:,}".replace(",", ".")
        self.k(s)
        return r.choice([f"€ {s}", f"€{s},-", f"{s} euro", f"€ {s},00"])

    # ---- places ------------------------------------------------------------------------------------------------
    def _places(self):
        r = self.r
        a = [
            "holt",
            "vee",
            "bru",
            "wes",
            "ooster",
            "heide",
            "zande",
            "ter",
            "ell",
            "marle",
            "rode",
            "gast",
            "lutte",
            "eest",
            "wijn",
            "hunse",
        ]
        b = [
            "rijp",
            "hoven",
            "veen",
            "horst",
            "loo",
            "wolde",
            "dorp",
            "buren",
            "um",
            "ster",
            "laar",
            "broek",
            "zijl",
            "werd",
        ]
        names: list[str] = []
        while len(names) < 4:
            n = cap_tokens(r.choice(a) + r.choice(b))
            if n not in names:
                names.append(n)
        village, hamlet, gem, wijkbase = names
        wijk = r.choice(["Noord", "Oost", "Zuid", "West", "Centrum"])
        return {
            "village": village,
            "hamlet": hamlet,
            "gemeente": gem,
            "wijk": f"{wijkbase}-{wijk}",
            "wijkname": r.choice(
                [
                    "Vogelbuurt",
                    "Bloemenwijk",
                    "Schildersbuurt",
                    "Molenkwartier",
                    "Rivierenbuurt",
                    "Bomenbuurt",
                    "Stationskwartier",
                    "Componistenbuurt",
                    "Havenkwartier",
                ]
            ),
            "church": r.choice(
                [
                    "Dorpskerk",
                    "Sint-Bavokerk",
                    "Mariakerk",
                    "Sint-Martinuskerk",
                    "Nicolaaskerk",
                    "Protestantse Kerk",
                    "Sint-Jozefkerk",
                    "Laurentiuskerk",
                ]
            ),
            "school": r.choice(
                [
                    "OBS De Vlinderhof",
                    "CBS De Regenboog",
                    "Basisschool De Wegwijzer",
                    "Kindcentrum Het Kompas",
                    "OBS De Springplank",
                    "RKBS Sint-Jozef",
                    "CBS De Zaaier",
                    "Jenaplanschool De Wilgenhoek",
                ]
            ),
            "assoc": r.choice(
                [
                    "Oranjevereniging",
                    "IJsclub Nooit Gedacht",
                    "Toneelvereniging Kunst na Arbeid",
                    "Muziekvereniging Crescendo",
                    "Voetbalvereniging Voorwaarts",
                    "Biljartclub De Keu",
                    "Tuinclub Groei en Bloei",
                    "Vrouwen van Nu",
                    "Historische Vereniging",
                    "Carnavalsvereniging De Kielegatters",
                ]
            ),
            "hall": r.choice(
                [
                    "Dorpshuis De Schakel",
                    "Buurthuis Het Trefpunt",
                    "MFA De Brug",
                    "Dorpshuis De Kolk",
                    "Wijkcentrum De Til",
                    "Buurtkamer De Stek",
                    "Dorpshuis Ons Huis",
                ]
            ),
            "square": r.choice(["Brinkplein", "Marktplein", "Kerkplein", "Dorpsplein", "Stationsplein", "Pleintje"]),
        }
