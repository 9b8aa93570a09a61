"""Document kinds and line/sentence shapes of the fresh27c corpus, and the Doc builder that records every personal
item in every form it is written in. Keep words are written in the templates as [[word]]."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fresh27c_names import KNOWN_PARTICLE, KNOWN_WORDS, ORIGINS, ascii_slug

SHAPES: dict[str, str] = {}


def reg(name: str, what: str) -> str:
    SHAPES[name] = what
    return name


# ----------------------------------------------------------------------------------------------------------- data
TOWNS = [  # town, 14-number suffix, first two postcode digits
    ("Zaanstad", "075", "15"),
    ("Almere", "036", "13"),
    ("Apeldoorn", "055", "73"),
    ("Tilburg", "013", "50"),
    ("Leeuwarden", "058", "89"),
    ("Heerlen", "045", "64"),
    ("Dordrecht", "078", "33"),
    ("Enschede", "053", "75"),
    ("Den Helder", "0223", "17"),
    ("Lelystad", "0320", "82"),
    ("Zwolle", "038", "80"),
    ("Breda", "076", "48"),
    ("Deventer", "0570", "74"),
    ("Schiedam", "010", "31"),
    ("Emmen", "0591", "78"),
    ("Venlo", "077", "59"),
    ("Nijmegen", "024", "65"),
    ("Amersfoort", "033", "38"),
    ("Roermond", "0475", "60"),
    ("Hoorn", "0229", "16"),
]
SW_COMPANIES = [
    "Werkbedrijf Oostwaarts",
    "Werkvoorziening De Bolder",
    "Participatiebedrijf Vlechtwerk",
    "SW-bedrijf De Zaagtand",
    "Werkbedrijf Middenpoort",
    "Werkvoorzieningschap Scheldezoom",
    "Leerwerkbedrijf De Vlonder",
    "Werkbedrijf Kanaalzone",
]
REINT = [
    "Re-integratiebureau Stapsteen",
    "Jobcoachbureau Opstap",
    "Trajectbureau Koersvast",
    "Werkfit Oost",
    "Bureau Doorstart",
    "Re-integratiebedrijf Springplank",
]
EMPLOYERS = [
    "Logistiek Centrum Oostpoort",
    "Kringloopwinkel De Tweede Ronde",
    "Fietsenmakerij Trapkracht",
    "Cateraar Smulwerk",
    "Drukkerij Zetwerk",
    "Hoveniersbedrijf Groenrijk",
    "Tuincentrum De Kas",
    "Verpakkingsbedrijf Doosvast",
    "Schoonmaakbedrijf Glansrijk",
    "Autowasstraat Sopvrij",
    "Hotel De Wadden",
    "Zorgcentrum Avondrood",
    "Supermarkt Versplein",
    "Wasserij Strijkvrij",
]
ARBO = ["Arbodienst Werkwijs", "Bedrijfsgezondheidscentrum Fitwerk", "Arbodienst Balans"]
LAW = ["Sociale Advocatuur Noordkwartier", "Advocatenkollektief Zuidwal", "Rechtswinkel Havenstad"]
JOBS = [
    "orderpicker",
    "magazijnmedewerker",
    "schoonmaker",
    "medewerker groenvoorziening",
    "productiemedewerker",
    "vakkenvuller",
    "afwasser",
    "chauffeur bestelbus",
    "inpakker",
    "fietsenmaker",
    "receptionist",
    "medewerker wasserij",
    "kassamedewerker",
    "heftruckchauffeur",
]
WORK_TASKS = ["inpakken", "sorteren", "schoonmaken", "snoeien", "etiketteren", "solderen", "strijken", "bestraten"]
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
STREET_A = [
    "Linden",
    "Eiken",
    "Berken",
    "Kievit",
    "Spreeuw",
    "Tulp",
    "Vlas",
    "Koren",
    "Kastanje",
    "Gerbera",
    "Zilver",
    "Koper",
    "Schelde",
    "Dinkel",
    "Regge",
    "Vecht",
    "Hazelaar",
    "Wilgen",
    "Leeuwerik",
    "Jasmijn",
    "Distel",
    "Klaproos",
    "Lijster",
    "Vuurdoorn",
]
STREET_B = ["straat", "laan", "hof", "weg", "plein", "singel", "kade", "pad", "erf", "dreef", "gaarde", "wal"]
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MAIL_DOMAINS = [
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "yahoo.com",
    "hetnet.nl",
]

KNOWN_SENT = reg("known:ordinary-use", "sentence using a known name's word in its ordinary sense")
for _n, _w in [
    ("dob:geboren-op", "geboren op 14 maart 1986"),
    ("dob:geb-dash", "geb. 14-03-1986"),
    ("dob:iso", "Geboortedatum: 1986-03-14"),
    ("dob:bare-slash", "(14/03/1986) without cue"),
    ("dob:star-dots", "* 14.03.1986"),
    ("dob:short-month", "geboren 14 mrt. 1986"),
    ("dob:apostrophe-year", "geb.datum 14-3-'86"),
    ("dob:clause", "die op 14 maart 1986 is geboren"),
    ("dob:compact", "Geb.: 14031986"),
    ("dob:age-and-date", "39 jaar, geboren 1986-03-14"),
    ("dob:degree", "(°14-03-1986)"),
    ("dob:bare-long", "14 maart 1986 in a column without cue"),
]:
    reg(_n, _w)
for _n, _w in [
    ("phone:mob-dash", "06-12345678"),
    ("phone:mob-grouped", "06 1234 5678"),
    ("phone:intl", "+31 6 12345678"),
    ("phone:intl-zero", "+31 (0)6 123 456 78"),
    ("phone:double-zero", "0031 6 1234 5678"),
    ("phone:land-dash", "010-2345678"),
    ("phone:land-brackets", "(0591) 23 45 67"),
]:
    reg(_n, _w)
CASE_FORMATS = {
    "case:pw": ("Dossiernummer", lambda r: f"PW-2026-{r.randint(1000, 99999):06d}"),
    "case:re": ("Trajectnummer", lambda r: f"RE/26/{r.randint(100, 99999):05d}"),
    "case:trj": ("Trajectcode", lambda r: f"TRJ.{r.randint(1000, 9999)}.26"),
    "case:sw": ("Registratienummer", lambda r: f"SW 26 {r.randint(10000, 99999)}"),
    "case:lks": ("Aanvraagnummer", lambda r: f"LKS-26-{r.randint(1000, 9999)}-{r.choice('ABCDEF')}"),
    "case:maat": ("Besluitnummer", lambda r: f"MAAT 2026/{r.randint(1, 2999):04d}"),
    "case:bzw": ("Bezwaarnummer", lambda r: f"BZW-26-{r.randint(1, 99999):05d}"),
    "case:zaak": ("Zaaknummer", lambda r: f"{r.randint(1000, 9999)}/PW/26"),
    "case:klant": ("Klantnummer", lambda r: f"K{r.randint(1000, 9999):04d}.{r.randint(1000, 9999)}"),
}
for _n in CASE_FORMATS:
    reg(_n, f"case number {CASE_FORMATS[_n][0]}")
for _n in ["addr:comma-line", "addr:letter-block", "addr:woonachtig", "addr:pc-brackets", "addr:street-only"]:
    reg(_n, "address line")
GREETINGS = [
    reg("close:mvg", "Met vriendelijke groet, name, function"),
    reg("close:hartelijke", "Hartelijke groet, first name"),
    reg("close:namens", "Namens het college, name"),
    reg("close:groetjes", "Groetjes, first name"),
    reg("close:hoogachtend", "Hoogachtend, mr. name"),
    reg("close:alvast-bedankt", "Alvast bedankt, name"),
]


# ---------------------------------------------------------------------------------------------------------- people
@dataclass
class Person:
    given: str
    particle: str
    core: str
    female: bool
    origin: str
    no_lower: bool = False
    emails: list = field(default_factory=list)
    phones: list = field(default_factory=list)

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.given, self.particle, self.core) if x)

    @property
    def sur(self) -> str:
        if not self.particle:
            return self.core
        return self.particle[0].upper() + self.particle[1:] + " " + self.core

    @property
    def inits(self) -> str:
        return "".join(p[0] + "." for p in re.split(r"[\s-]+", self.given))

    @property
    def slug(self) -> str:
        return ascii_slug(self.particle + self.core)

    @property
    def gslug(self) -> str:
        return ascii_slug(self.given)


def draw_origin(r) -> str:
    names = list(ORIGINS)
    weights = [4 if n.startswith("nederlands") else 1 for n in names]
    return r.choices(names, weights)[0]


def draw_surname(r, origin: str, female: bool) -> tuple[str, str]:
    o = ORIGINS[origin]
    j = o["join"]
    if j == "cat":
        core = r.choice(o["a"]) + r.choice(o["b"])
    elif j == "maghreb":
        a, b = r.choice(o["a"]), r.choice(o["b"])
        core = a + (b.lower() if a in ("Bel", "Bou") else b)
    elif j == "arab":
        core = r.choice(o["a"]) + r.choice(o["b"])
    elif j == "slav":
        core = r.choice(o["a"]) + ("ova" if female else "ov")
    elif j == "two":
        core = " ".join(r.sample(o["a"], 2))
    else:
        core = r.choice(o["a"])
    if origin == "pools" and female and core.endswith("ski"):
        core = core[:-1] + "a"
    particle = r.choice(o["particles"]) if "particles" in o else ""
    if origin.startswith("nederlands") and r.random() < 0.08 and female:
        core = core + "-" + r.choice(ORIGINS["nederlands"]["a"]) + r.choice(ORIGINS["nederlands"]["b"])
    return particle, core


def draw_given(r, origin: str, female: bool) -> str:
    o = ORIGINS[origin]
    if "given2" in o and r.random() < 0.6:
        return r.choice(o["given2"][0]) + r.choice(o["given2"][1])
    return r.choice(o["f"] if female else o["m"])


def draw_person(r, origin: str | None = None, female: bool | None = None) -> Person:
    origin = origin or draw_origin(r)
    female = r.random() < 0.5 if female is None else female
    particle, core = draw_surname(r, origin, female)
    return Person(draw_given(r, origin, female), particle, core, female, origin)


def known_word_of(doc: dict) -> str:
    for k in doc["keep"]:
        if k == k.lower():
            for w in doc["known"]["names"][0].split():
                if w.lower() == k:
                    return k
    return "?"


# -------------------------------------------------------------------------------------------------------- document
class Doc:
    def __init__(self, r, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.shapes: set[str] = set()
        self.is_known = known
        self.town, self.code14, self.pc2 = r.choice(TOWNS)
        self.tslug = ascii_slug(self.town)
        self.known_sentence = None
        self.origins: set[str] = set()
        self.client = self._client()
        self.origins.add(self.client.origin)
        self.used_names: set[str] = set()

    # ---- people
    def _client(self) -> Person:
        r = self.r
        if not self.is_known:
            return draw_person(r)
        word, where, sents = r.choice(KNOWN_WORDS)
        self.known_sentence = r.choice(sents)
        origin = draw_origin(r)
        if where == "given":
            female = True if word not in ("Storm",) else r.random() < 0.5
            p = draw_person(r, origin, female)
            p.given = word
        else:
            female = r.random() < 0.5
            given = draw_given(r, origin, female)
            particle = KNOWN_PARTICLE.get(word, r.choice(["", "", "de"]))
            p = Person(given, particle, word, female, origin)
        p.no_lower = True
        return p

    def person(self, origin=None, female=None) -> Person:
        for _ in range(20):
            p = draw_person(self.r, origin, female)
            words = {p.given, p.core} | set(p.core.split())
            if not words & self.used_names and p.core != self.client.core and p.given != self.client.given:
                self.used_names |= words
                self.origins.add(p.origin)
                return p
        return p

    def relative(self, p: Person, female=None) -> Person:
        female = self.r.random() < 0.5 if female is None else female
        g = draw_given(self.r, p.origin, female)
        while g == p.given:
            g = draw_given(self.r, p.origin, female)
        return Person(g, p.particle, p.core, female, p.origin, no_lower=p.no_lower)

    def add(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def sh(self, name: str) -> None:
        assert name in SHAPES, name
        self.shapes.add(name)

    # name forms
    def full(self, p):
        return self.add(p.full, "PERSON")

    def sur(self, p):
        return self.add(p.sur, "PERSON")

    def giv(self, p):
        return self.add(p.given, "PERSON")

    def ini(self, p):  # "S. van der Hoogeveld"
        return self.add(p.inits + " " + " ".join(x for x in (p.particle, p.core) if x), "PERSON")

    def up(self, p):  # "VAN DER HOOGEVELD"
        return self.add(p.sur.upper(), "PERSON")

    def lst(self, p):  # "Hoogeveld, S. van der"
        return self.add(f"{p.core}, {p.inits}" + (f" {p.particle}" if p.particle else ""), "PERSON")

    def lowslug(self, p, given=False):  # "vanderhoogeveld" (file names, handles)
        if p.no_lower:
            return None
        return self.add(p.gslug + p.slug if given else p.slug, "PERSON")

    def lowgiv(self, p):
        if p.no_lower:
            return None
        return self.add(p.given.lower(), "PERSON")

    def title(self, p, cap=False, short=False):
        r = self.r
        if short:
            t = r.choice(["mw.", "mevr."]) if p.female else "dhr."
        else:
            t = "mevrouw" if p.female else r.choice(["de heer", "meneer"])
        return t[0].upper() + t[1:] if cap else t

    def ref(self, p, cap=False, short=False):
        return f"{self.title(p, cap, short)} {self.sur(p)}"

    def fileref(self, p, stem: str, ext: str = "pdf") -> str:
        s = self.lowslug(p)
        if s is None:
            return f"{stem}-2026-{self.r.randint(10, 99)}.{ext}"
        return f"{stem}-{s}-2026.{ext}"

    # ---- structured items
    def phone(self, p: Person | None = None, mobile: bool = True) -> str:
        r = self.r
        if mobile:
            n = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
            style = r.choice(
                ["phone:mob-dash", "phone:mob-grouped", "phone:intl", "phone:intl-zero", "phone:double-zero"]
            )
            s = {
                "phone:mob-dash": f"0{n[0]}-{n[1:]}",
                "phone:mob-grouped": f"0{n[0]} {n[1:5]} {n[5:]}",
                "phone:intl": f"+31 {n[0]} {n[1:]}",
                "phone:intl-zero": f"+31 (0){n[0]} {n[1:4]} {n[4:7]} {n[7:]}",
                "phone:double-zero": f"0031 {n[0]} {n[1:5]} {n[5:]}",
            }[style]
        else:
            area = self.code14 if len(self.code14) == 4 else self.code14
            rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
            rest = str(r.randint(2, 9)) + rest[1:]
            style = r.choice(["phone:land-dash", "phone:land-brackets"])
            if style == "phone:land-dash":
                s = f"{area}-{rest}"
            else:
                s = (
                    f"({area}) "
                    + " ".join(rest[i : i + 2] for i in range(0, len(rest) - 1, 2))
                    + (rest[-1] if len(rest) % 2 else "")
                )
        self.sh(style)
        if p is not None:
            p.phones.append(s)
        return self.add(s, "PHONE")

    def email(self, p: Person, domain: str | None = None) -> str:
        r = self.r
        if domain is None:
            domain = r.choice(MAIL_DOMAINS)
            local = r.choice(
                [
                    f"{p.gslug}.{p.slug}",
                    f"{p.gslug[0]}{p.slug}",
                    f"{p.slug}{r.randint(60, 99)}",
                    f"{p.gslug}_{p.slug[:5]}",
                    f"{p.gslug}{r.randint(1, 99)}",
                ]
            )
        else:
            local = r.choice([f"{p.gslug[0]}.{p.slug}", f"{p.gslug}.{p.slug}"])
        s = f"{local}@{domain}"
        p.emails.append(s)
        return self.add(s, "EMAIL")

    def orgdomain(self) -> str:
        return self.r.choice([f"{self.tslug}.nl", f"werkplein-{self.tslug}.nl", f"sd{self.tslug}.nl"])

    def generic_mail(self) -> str:
        return f"[[{self.r.choice(['info', 'werk', 'participatie', 'klantcontact'])}@{self.orgdomain()}]]"

    def generic_phone(self) -> str:
        return f"[[14 {self.code14}]]"

    def bsn(self) -> str:
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            c = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
            if c < 10:
                s = "".join(map(str, d + [c]))
                break
        style = r.randint(0, 2)
        s = s if style == 0 else (f"{s[:4]}.{s[4:6]}.{s[6:]}" if style == 1 else f"{s[:3]} {s[3:6]} {s[6:]}")
        return self.add(s, "BSN")

    def iban(self) -> str:
        r = self.r
        bank = r.choice(BANKS)
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = int("".join(str(int(ch, 36)) for ch in bank + acct + "NL00"))
        c = f"NL{98 - num % 97:02d}{bank}{acct}"
        s = c if r.random() < 0.4 else " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return self.add(s, "IBAN")

    def plate(self) -> str:
        r = self.r
        L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{D(2)}-{L(2)}-{D(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
            ]
        )
        return self.add(s, "LICENSE_PLATE")

    def case(self, fmt: str | None = None) -> tuple[str, str]:
        """(cue word as keep mark, case number)."""
        fmt = fmt or self.r.choice(list(CASE_FORMATS))
        self.sh(fmt)
        cue, make = CASE_FORMATS[fmt]
        return f"[[{cue}]]", self.add(make(self.r), "CASE_NUMBER")

    def dob(self, p: Person | None = None, style: str | None = None) -> str:
        """A date of birth with (or without) its cue; only the date itself is the item."""
        r = self.r
        y, m, dd = r.randint(1959, 2005), r.randint(1, 12), r.randint(1, 28)
        style = style or r.choice([s for s in SHAPES if s.startswith("dob:") and s != "dob:bare-long"])
        self.sh(style)
        a = lambda s: self.add(s, "DATE_OF_BIRTH")
        if style == "dob:geboren-op":
            return f"geboren op {a(f'{dd} {MONTHS[m - 1]} {y}')}"
        if style == "dob:geb-dash":
            return f"geb. {a(f'{dd:02d}-{m:02d}-{y}')}"
        if style == "dob:iso":
            return f"[[geboortedatum]] {a(f'{y}-{m:02d}-{dd:02d}')}"
        if style == "dob:bare-slash":
            return f"({a(f'{dd:02d}/{m:02d}/{y}')})"
        if style == "dob:star-dots":
            return f"* {a(f'{dd:02d}.{m:02d}.{y}')}"
        if style == "dob:short-month":
            return f"geboren {a(f'{dd} {MONTHS_SHORT[m - 1]} {y}')}"
        if style == "dob:apostrophe-year":
            return f"geb.datum {a(f'{dd}-{m}-' + chr(39) + f'{y % 100:02d}')}"
        if style == "dob:clause":
            return f"die op {a(f'{dd} {MONTHS[m - 1]} {y}')} is geboren"
        if style == "dob:compact":
            return f"geb.: {a(f'{dd:02d}{m:02d}{y}')}"
        if style == "dob:age-and-date":
            return f"{2026 - y} jaar, geboren {a(f'{y}-{m:02d}-{dd:02d}')}"
        if style == "dob:degree":
            return f"(°{a(f'{dd:02d}-{m:02d}-{y}')})"
        return a(f"{dd} {MONTHS[m - 1]} {y}")  # dob:bare-long

    def street(self) -> str:
        return self.r.choice(STREET_A) + self.r.choice(STREET_B)

    def housenr(self) -> str:
        r = self.r
        n = str(r.randint(1, 240))
        return r.choice([n, n, n, n + r.choice("abc"), n + "-" + str(r.randint(1, 3)), n + " hs", n + "A"])

    def postcode(self) -> str:
        r = self.r
        pc = f"{self.pc2}{r.randint(10, 99)} {r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}"
        return pc if r.random() < 0.75 else pc.replace(" ", "")

    def addr(self, style: str | None = None) -> str:
        r = self.r
        style = style or r.choice(["addr:comma-line", "addr:letter-block", "addr:woonachtig", "addr:pc-brackets"])
        self.sh(style)
        st = self.add(f"{self.street()} {self.housenr()}", "ADDRESS")
        if style == "addr:woonachtig":
            return f"woonachtig aan de {st} te [[{self.town}]]"
        pc = self.add(self.postcode(), "POSTCODE")
        if style == "addr:comma-line":
            return f"{st}, {pc} [[{self.town}]]"
        if style == "addr:letter-block":
            return f"{st}\n{pc}  [[{self.town.upper()}]]"
        return f"{st} ({pc})"

    def street_only(self) -> str:
        self.sh("addr:street-only")
        return self.add(self.street(), "ADDRESS")

    # ---- ordinary things
    def date(self, month: int | None = None) -> str:
        r = self.r
        m = month or r.randint(1, 12)
        return f"{r.randint(1, 28)} {MONTHS[m - 1]} 2026"

    def ndate(self) -> str:
        r = self.r
        return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026"

    def amount(self, lo=40, hi=2400) -> str:
        v = self.r.randint(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"[[€ {s}]]"

    def closing(self, p: Person, func: str, kind: str | None = None) -> str:
        kind = kind or self.r.choice(["close:mvg", "close:namens"])
        self.sh(kind)
        if kind == "close:mvg":
            return f"Met vriendelijke groet,\n{self.full(p)}\n{func}"
        if kind == "close:hartelijke":
            return f"Hartelijke groet,\n{self.giv(p)}"
        if kind == "close:namens":
            return f"Namens het college van burgemeester en wethouders,\n{self.ini(p)}, {func}"
        if kind == "close:groetjes":
            return f"Groetjes, {self.giv(p)}"
        if kind == "close:hoogachtend":
            return f"Hoogachtend,\nmr. {self.full(p)}\n{func}"
        return f"Alvast bedankt,\n{self.full(p)}"

    def pick(self, shape_prefix: str, options: dict):
        name = self.r.choice(sorted(options))
        self.sh(f"{shape_prefix}:{name}")
        return options[name]

    # ---- render
    def render(self, doc_id: str, kind) -> dict:
        self.sh(kind.shape)
        blocks, sep = kind(self)
        if self.is_known:
            self.sh(KNOWN_SENT)
            if sep == "\n\n":  # letters and mails: just before the closing block
                pos = len(blocks) - 1
            elif sep == "\n":  # lists and forms: a remark line at or near the end
                pos = len(blocks) - self.r.randint(0, 1)
            else:  # running text: anywhere after the first sentence
                pos = self.r.randint(1, len(blocks))
            blocks.insert(pos, ("Opmerking: " if sep == "\n" else "") + self.known_sentence)
        raw = sep.join(blocks)
        keep: list[str] = []
        for k in re.findall(r"\[\[(.+?)\]\]", raw):
            if k not in keep:
                keep.append(k)
        text = re.sub(r"\[\[(.+?)\]\]", r"\1", raw)
        doc = {"id": doc_id, "text": text, "pii": [i for i in self.pii if i["text"] in text], "keep": keep}
        if self.is_known:
            c = self.client
            known = {"names": [c.full]}
            if any(e in text for e in c.emails):
                known["emails"] = [e for e in c.emails if e in text]
            if any(p in text for p in c.phones):
                known["phones"] = [p for p in c.phones if p in text]
            doc["known"] = known
        return doc


# ------------------------------------------------------------------------------------------------------------ kinds
KINDS: list = []


def kind(name: str, what: str):
    def deco(f):
        f.shape = reg(f"kind:{name}", what)
        KINDS.append(f)
        return f

    return deco


SICK_SENTS = {
    "griep": "[[Griep]] met koorts; verwacht volgende week weer te starten.",
    "rug": "Last van de onderrug na het tillen van kratten; huisarts bezocht.",
    "psychisch": "Geeft aan dat het thuis niet goed gaat en dat slapen moeilijk is.",
    "operatie": "Geplande [[operatie]] aan de knie; herstel duurt naar verwachting zes weken.",
    "kind-ziek": "Kan niet komen omdat een kind ziek is en er geen opvang is.",
}
SICK_FIRST = {
    "griep": "Ik heb [[griep]] met koorts en hoop volgende week weer te starten.",
    "rug": "Ik heb last van mijn onderrug na het tillen van kratten en ben naar de huisarts geweest.",
    "psychisch": "Het gaat thuis niet goed en ik slaap slecht.",
    "operatie": "Ik heb een [[operatie]] aan mijn knie; het herstel duurt ongeveer zes weken.",
    "kind-ziek": "Mijn kind is ziek en ik heb geen opvang.",
}
for _k in SICK_SENTS:
    reg(f"sick:{_k}", "reason for a sick report (third person in notes, first person in the client's own mail)")
REASON_SENTS = {
    "te-weinig-sollicitaties": "In de maand [[oktober]] zijn twee in plaats van vier sollicitaties ingeleverd.",
    "niet-verschenen": "U bent niet verschenen op het gesprek bij het [[Werkgeversservicepunt]].",
    "weigering": "U heeft een aangeboden functie als {job} geweigerd zonder geldige reden.",
    "verwijtbaar-ontslag": "Uw proefplaatsing is beëindigd omdat u zich herhaaldelijk niet aan de huisregels hield.",
    "tegenprestatie": "U bent niet gestart met de afgesproken [[tegenprestatie]] bij de buurtkamer.",
}
for _k in REASON_SENTS:
    reg(f"reason:{_k}", "reason for a sanction")
FAMILY_SENTS = {
    "partner-werkt": "Haar partner {rel} werkt in ploegendienst, dus de kinderopvang is krap.",
    "zoon-tolk": "Zoon {rel} tolkt tijdens gesprekken omdat de Nederlandse taal nog lastig is.",
    "broer-vervoer": "Broer {rel} brengt hem met de auto naar de werkplek zolang er geen busverbinding is.",
    "moeder-mantelzorg": "De zorg voor moeder {rel} kost twee middagen per week.",
}
for _k in FAMILY_SENTS:
    reg(f"family:{_k}", "sentence about a family member")


def family(d: Doc, p: Person) -> str:
    key = d.r.choice(sorted(FAMILY_SENTS))
    d.sh(f"family:{key}")
    female = {"partner-werkt": None, "zoon-tolk": False, "broer-vervoer": False, "moeder-mantelzorg": True}[key]
    rel = d.relative(p, female)
    return FAMILY_SENTS[key].format(rel=d.full(rel))


def sick(d: Doc, first: bool = False) -> str:
    key = d.r.choice(sorted(SICK_SENTS))
    d.sh(f"sick:{key}")
    return (SICK_FIRST if first else SICK_SENTS)[key]


def reason(d: Doc) -> str:
    key = d.r.choice(sorted(REASON_SENTS))
    d.sh(f"reason:{key}")
    return REASON_SENTS[key].format(job=d.r.choice(JOBS))


@kind("voortgangsrapportage", "job coach's progress report with numbered sections")
def k_progress(d: Doc):
    r, c = d.r, d.client
    coach = d.person()
    bureau = r.choice(REINT)
    cue, nr = d.case(r.choice(["case:re", "case:trj"]))
    n = r.randint(14, 24)
    return [
        f"[[Voortgangsrapportage]] re-integratie — [[{bureau}]]",
        f"Deelnemer: {d.full(c)}, {d.dob(c)}, tel. {d.phone(c)}\n{cue}: {nr}\nJobcoach: {d.full(coach)} ({d.email(coach, bureau.split()[-1].lower() + '.nl')})",
        f"1. [[Aanwezigheid]]\n{d.ref(c, cap=True)} was {n - r.randint(1, 5)} van de {n} afgesproken dagdelen aanwezig. {sick(d)}",
        f"2. [[Werkhouding]]\n{d.giv(c)} werkt nauwkeurig bij het {r.choice(WORK_TASKS)}, maar vraagt weinig hulp als iets niet lukt.",
        "3. [[Vervolg]]\nAdvies: het traject met drie maanden verlengen en in [[januari]] een loonwaardemeting laten doen.",
    ], "\n\n"


@kind("presentielijst", "weekly attendance list of a work placement, names as 'SURNAME, I.' or 'Core, I. particle'")
def k_attendance(d: Doc):
    r = d.r
    people = [d.client] + [d.person() for _ in range(r.randint(3, 5))]
    r.shuffle(people)
    tl = d.person()
    rows = []
    for p in people:
        name = d.add(f"{p.sur.upper()}, {p.inits}", "PERSON") if r.random() < 0.5 else d.lst(p)
        marks = " | ".join(r.choice("xxxxzax–") for _ in range(5))
        rows.append(f"{name} | {marks}")
    return [
        f"[[PRESENTIELIJST]] werkervaringsplaatsen — [[{r.choice(SW_COMPANIES)}]] — week {r.randint(2, 51)}",
        f"Afdeling: [[{r.choice(['Inpak', 'Montage', 'Groen', 'Textiel', 'Kantine'])}]] | [[Teamleider]]: {d.ini(tl)}",
        "Naam | ma | di | wo | do | vr",
        *rows,
        "[[Legenda]]: x = aanwezig, z = [[ziek]] gemeld, a = afwezig zonder bericht, – = geen werkdag",
    ], "\n"


@kind("urenbriefje", "weekly timesheet of a seconded employee with wage subsidy")
def k_timesheet(d: Doc):
    r, c = d.r, d.client
    boss = d.person()
    cue, nr = d.case("case:lks")
    rows, tot = [], 0.0
    for wd in WEEKDAYS[: r.randint(3, 5)]:
        h = r.choice([4.0, 6.0, 7.5, 8.0])
        tot += h
        rows.append(f"[[{wd.capitalize()}]]  {r.choice(['07:30', '08:00', '08:30'])}  {h:.1f} uur".replace(".", ","))
    return [
        f"[[Urenverantwoording]] [[detachering]] — {r.choice(EMPLOYERS)}",
        f"Werknemer: {d.full(c)} | {cue}: {nr}",
        *rows,
        f"Totaal: {tot:.1f} uur. [[Handtekening]] leidinggevende: {d.ini(boss)}".replace(".0 uur", ",0 uur").replace(
            ".5 uur", ",5 uur"
        ),
    ], "\n"


@kind("sollicitatielijst", "monthly job-application log filled in by the client, rows with date, employer, job, result")
def k_applog(d: Doc):
    r, c = d.r, d.client
    cue, nr = d.case(r.choice(["case:klant", "case:pw"]))
    m = r.randint(1, 12)
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append(
            f"{r.randint(1, 28):02d}-{m:02d}-2026 | {r.choice(EMPLOYERS)} | {r.choice(JOBS)} | "
            f"{r.choice(['via [[Werkzoeken]]', 'open sollicitatie', 'via uitzendbureau', 'telefonisch'])} | "
            f"{r.choice(['afgewezen', 'geen reactie', 'gesprek gehad', 'wacht op antwoord'])}"
        )
    return [
        f"[[Sollicitatieformulier]] {MONTHS[m - 1]} 2026 — verplichting: vier sollicitaties per maand",
        f"Naam: {d.full(c)}, {d.addr('addr:comma-line')} | {cue} {nr}",
        "Datum | Werkgever | Functie | Hoe | Resultaat",
        *rows,
        f"[[Inleveren]] bij [[Werk en Inkomen]] vóór de vijfde van de maand, of mail naar {d.generic_mail()}.",
    ], "\n"


@kind("evaluatiegesprek", "report of an evaluation talk at the end of a work placement")
def k_evaluation(d: Doc):
    r, c = d.r, d.client
    cons, boss = d.person(), d.person()
    emp = r.choice(EMPLOYERS)
    return [
        f"[[Verslag]] [[evaluatiegesprek]] werkervaringsplaats {d.date()}",
        f"Aanwezig: {d.full(c)}, {d.full(boss)} (leidinggevende {emp}), {d.full(cons)} ([[klantmanager]]).",
        f"{d.giv(boss)} is tevreden over het tempo; wel komt {d.ref(c)} op [[maandag]] vaak te laat door de bus.",
        f"{d.sur(c)} wil graag blijven en vraagt of er een contract in zit. {family(d, c)}",
        f"[[Afspraak]]: {d.sur(cons)} vraagt [[loonkostensubsidie]] aan; de plaatsing loopt door tot {d.date()}.",
    ], " "


@kind("maatregelbesluit", "sanction decision letter lowering the benefit, with address block and objection clause")
def k_sanction(d: Doc):
    r, c = d.r, d.client
    off = d.person()
    cue, nr = d.case("case:maat")
    pct = r.choice(["100%", "50%", "20%"])
    return [
        f"{d.title(c, cap=True)} {d.ini(c)}\n{d.addr('addr:letter-block')}",
        f"Ons kenmerk: {nr} | Datum: {d.date()}\nOnderwerp: [[verlaging]] van uw [[bijstandsuitkering]]",
        f"Geachte {d.ref(c)},",
        f"{reason(d)} Daarom verlagen wij uw uitkering op grond van artikel 18 van de [[Participatiewet]] met {pct} "
        f"gedurende één maand. Het verlaagde bedrag van {d.amount(300, 1200)} wordt gestort op {d.iban()}.",
        f"[[Bezwaar]]? Dat kan binnen zes weken na de datum van deze brief. Vragen: bel {d.generic_phone()}.",
        d.closing(off, "[[consulent]] [[Werk en Inkomen]]"),
    ], "\n\n"


@kind("telefoonnotitie", "short phone note by a consultant, terse style with arrows")
def k_phonenote(d: Doc):
    r, c = d.r, d.client
    cons = d.person()
    cue, nr = d.case()
    return [
        f"[[Telefoonnotitie]] {d.ndate()} {r.randint(8, 16)}:{r.choice(['05', '20', '35', '50'])} — {d.ini(cons)}",
        f"{cue} {nr}. Beller: {d.full(c)}, tel. {d.phone(c)}, [[BSN]] ter controle {d.bsn()}.",
        f"→ meldt zich [[ziek]] voor de [[werkervaringsplaats]]. {sick(d)}",
        f"→ {d.sur(c)} wil terugbellen met de [[bedrijfsarts]]; doorgezet naar {d.ini(d.person())} ([[Team Participatie]]).",
    ], "\n"


@kind("whatsapp-werkteam", "WhatsApp group of a sheltered work team with timestamps, first names, handles")
def k_whatsapp(d: Doc):
    r, c = d.r, d.client
    tl = d.person()
    mates = [d.person() for _ in range(2)]
    grp = r.choice(["Ploeg Groen Noord", "Inpak Hal 3", "Wasserij ochtend", "Kantineteam"])
    times = iter(sorted(f"{r.randint(6, 9):02d}:{r.randint(0, 59):02d}" for _ in range(6)))
    t = lambda: next(times)
    lines = [f"[[WhatsApp]] groep '[[{grp}]]'"]
    lines.append(f"[{t()}] {d.giv(tl)}: Morgen beginnen we om 7 uur bij de [[sporthal]], niet bij de loods.")
    h = d.lowgiv(mates[0])
    lines.append(f"[{t()}] {d.giv(mates[1])}: @{h if h else d.giv(mates[0])} jij neemt de bladblazer mee?")
    lines.append(f"[{t()}] {d.giv(mates[0])}: 👍")
    hc = d.lowgiv(c)
    lines.append(
        f"[{t()}] {d.full(c)}: ik ben ziek, vanavond naar de dokter. {'@' + d.lowgiv(tl) if d.lowgiv(tl) else ''}"
    )
    lines.append(
        f"[{t()}] {d.giv(tl)}: Beterschap {hc if hc else d.giv(c)}! Wel even bellen met {d.phone(tl)} voor de [[ziekmelding]]."
    )
    lines.append(f"[{t()}] {d.giv(mates[1])}: [[Vrijdag]] is de [[barbecue]] toch?")
    return lines, "\n"


@kind("mail-werkgever", "e-mail from a participating employer to the job coach about wage subsidy")
def k_employer_mail(d: Doc):
    r, c = d.r, d.client
    boss, coach = d.person(), d.person()
    emp = r.choice(EMPLOYERS)
    dom = ascii_slug(emp.split()[-1]) + ".nl"
    cue, nr = d.case("case:lks")
    return [
        f"Van: {d.full(boss)} <{d.email(boss, dom)}>\nAan: {d.email(coach, d.orgdomain())}\nOnderwerp: {cue} {nr}",
        f"Hoi {d.giv(coach)},",
        f"{d.giv(c)} doet het goed bij ons in het magazijn. We willen per [[1 {r.choice(MONTHS)}]] een contract van 24 uur "
        f"aanbieden, als de [[loonkostensubsidie]] rond komt. De [[loonwaarde]] schat ik zelf op 60 procent.",
        f"Kun je ook regelen dat {d.ref(c)} de [[no-riskpolis]] houdt? Dat was voor ons de voorwaarde.",
        d.closing(boss, "", "close:alvast-bedankt"),
    ], "\n\n"


@kind("aanvraagformulier-lks", "wage subsidy application form with labelled fields")
def k_lks_form(d: Doc):
    r, c = d.r, d.client
    boss = d.person()
    cue, nr = d.case("case:lks")
    return [
        "[[Aanvraagformulier]] [[Loonkostensubsidie]] (artikel 10d [[Participatiewet]])",
        f"{cue}: {nr}",
        f"Werkgever: {r.choice(EMPLOYERS)} | Contactpersoon: {d.full(boss)} | Telefoon: {d.phone(boss, mobile=r.random() < 0.5)}",
        f"Werknemer: {d.lst(c)}",
        f"Geboortedatum werknemer: {d.dob(c, 'dob:bare-long')}",
        f"BSN werknemer: {d.bsn()}",
        f"Ingangsdatum dienstverband: {d.ndate()} | Uren per week: {r.choice([20, 24, 28, 32, 36])}",
        f"Rekeningnummer werkgever: {d.iban()}",
        "[[Bijlagen]]: arbeidsovereenkomst, [[loonstrook]]",
    ], "\n"


@kind("loonwaardemeting", "occupational expert's wage value assessment report")
def k_wage_value(d: Doc):
    r, c = d.r, d.client
    ad = d.person()
    cue, nr = d.case()
    lw = r.randint(35, 80)
    return [
        f"[[Rapport]] [[loonwaardemeting]] — {cue} {nr}",
        f"Werknemer: {d.ini(c)}, {d.dob(c)}. Functie: {r.choice(JOBS)} bij {r.choice(EMPLOYERS)}.",
        f"De [[arbeidsdeskundige]] {d.full(ad)} observeerde op {d.date()} een volledige werkdag.",
        f"Taken zoals {r.choice(WORK_TASKS)} gaan in een lager tempo; kwaliteit is goed. "
        f"De loonwaarde van {d.sur(c)} is vastgesteld op {lw} procent.",
        f"[[Herbeoordeling]] over twaalf maanden. Bestand: {d.fileref(c, 'loonwaarde')}",
    ], "\n"


@kind("advies-bedrijfsarts", "company doctor's advice to employer and consultant, no medical details")
def k_doctor(d: Doc):
    r, c = d.r, d.client
    doc_ = d.person()
    arbo = r.choice(ARBO)
    return [
        f"[[Advies]] [[bedrijfsarts]] — [[{arbo}]]",
        f"Betreft: {d.full(c)}, {d.dob(c)}",
        f"Op {d.date()} sprak ik {d.ref(c, short=True)} op het [[spreekuur]]. Er is sprake van beperkingen door ziekte.",
        f"{d.sur(c)} kan {r.choice(['halve dagen', 'vier uur per dag', 'drie dagen per week'])} aangepast werk doen, "
        f"zonder tillen boven tien kilo. Opbouw in overleg met de [[jobcoach]].",
        f"{d.full(doc_)}, [[bedrijfsarts]] (BIG-geregistreerd)",
    ], "\n"


@kind("ziekmelding-mail", "client's informal e-mail reporting sick during the trajectory")
def k_sick_mail(d: Doc):
    r, c = d.r, d.client
    coach = d.person()
    mail = d.email(c)
    return [
        f"Van: {mail}\n[[Onderwerp]]: ziek",
        f"Beste {d.giv(coach)},",
        f"Ik kan deze week niet komen naar [[{r.choice(SW_COMPANIES)}]]. {sick(d, first=True)} "
        f"Mijn [[huisarts]] zegt [[rust]] houden. Ik heb ook de [[teamleider]] gebeld.",
        f"Wilt u het doorgeven aan de [[uitkering]]? Mijn nummer is {d.phone(c)}.",
        d.closing(c, "", r.choice(["close:groetjes", "close:hartelijke"])),
    ], "\n\n"


@kind("bezwaarschrift-advocaat", "lawyer's objection letter against a sanction decision")
def k_objection(d: Doc):
    r, c = d.r, d.client
    law = d.person()
    firm = r.choice(LAW)
    cue, nr = d.case("case:maat")
    cue2, nr2 = d.case("case:bzw")
    return [
        f"[[{firm}]]\nAan het college van burgemeester en wethouders van [[{d.town}]]\nt.a.v. [[Afdeling Bezwaar en Beroep]]",
        f"Betreft: [[bezwaar]] namens {d.full(c)}, {d.addr('addr:woonachtig')}, {d.dob(c, 'dob:geboren-op')}\n"
        f"Uw besluit: {nr} | Ons dossier: {nr2}",
        "Geacht college,",
        f'Het besluit stelt: "{reason(d)}" Namens cliënt maak ik bezwaar tegen de [[maatregel]]. {d.ref(c, cap=True)} was op de bewuste dag aantoonbaar '
        f"ziek; een verklaring van de huisarts volgt. Van verwijtbaarheid is geen sprake. Ik verzoek u cliënt te horen.",
        d.closing(law, f"advocaat, [[{firm}]]", "close:hoogachtend"),
    ], "\n\n"


@kind("mediationverslag", "mediator's report of a mediation between client and consultant")
def k_mediation(d: Doc):
    r, c = d.r, d.client
    med, cons = d.person(), d.person()
    return [
        f"[[Mediation]] — verslag tweede sessie ({d.date()})",
        f"Partijen: {d.full(c)} en {d.full(cons)} ([[klantmanager]], [[Werk en Inkomen]]). Mediator: {d.full(med)}.",
        f"{d.giv(c)} voelt zich niet gehoord sinds de [[sollicitatieplicht]] werd aangescherpt. "
        f"{d.sur(cons)} legt uit dat de regels gelden voor iedereen.",
        f"Beide partijen spreken af dat {d.sur(c)} eerst een [[taaltraject]] volgt. {family(d, c)}",
        f"Volgende sessie op [[{r.choice(WEEKDAYS)}]] in het [[Stadskantoor]].",
    ], " "


@kind("tegenprestatie-brief", "letter about the agreed tegenprestatie (unpaid community work)")
def k_tegenprestatie(d: Doc):
    r, c = d.r, d.client
    off = d.person()
    cue, nr = d.case()
    place = r.choice(["de buurtkamer", "de voedselbank", "het repair café", "de speeltuin"])
    return [
        f"{d.title(c, cap=True, short=True)} {d.ini(c)}\n{d.addr('addr:comma-line')}",
        f"{cue}: {nr}",
        f"Beste {d.ref(c)},",
        f"Zoals besproken gaat u vanaf {d.date()} acht uur per week als [[tegenprestatie]] aan de slag bij {place}. "
        f"Dit is onbetaald werk naar vermogen, zoals de [[Participatiewet]] vraagt.",
        f"Kunt u niet op een afgesproken [[dinsdag]]? Meld dat dan bij {d.email(off, d.orgdomain())}. "
        f"Wij sturen het rooster naar {d.email(c)}.",
        d.closing(off, "[[participatiecoach]]", "close:mvg"),
    ], "\n\n"


@kind("plan-van-aanpak", "trajectory plan with goals as bullet points")
def k_plan(d: Doc):
    r, c = d.r, d.client
    coach = d.person()
    cue, nr = d.case(r.choice(["case:re", "case:trj", "case:pw"]))
    return [
        f"[[Plan van aanpak]] — {d.full(c)} — {cue} {nr}",
        f"Opgesteld door {d.full(coach)}, [[jobcoach]], op {d.date()}.",
        f"• [[Doel]] 1: binnen zes maanden een [[werkervaringsplaats]] als {r.choice(JOBS)}.",
        f"• Doel 2: {d.giv(c)} haalt het [[heftruckcertificaat]].",
        f"• Doel 3: {family(d, c)}",
        f"• Evaluatie elke zes weken; verslag in {d.fileref(c, 'pva')}.",
    ], "\n"


@kind("advies-beschut-werk", "summary of the UWV advice on sheltered work (beschut werk)")
def k_sheltered_advice(d: Doc):
    r, c = d.r, d.client
    ad = d.person()
    cue, nr = d.case("case:sw")
    return [
        "[[Samenvatting]] advies [[beschut werk]] ([[UWV]])",
        f"Aanvrager: {d.full(c)} — {d.dob(c)} — BSN {d.bsn()} — {cue} {nr}",
        f"De [[arbeidsdeskundige]] {d.ini(ad)} concludeert dat {d.sur(c)} alleen kan werken met intensieve begeleiding "
        f"en aanpassingen van de werkplek. Het advies is positief.",
        f"De gemeente [[{d.town}]] biedt een plek aan bij [[{r.choice(SW_COMPANIES)}]].",
    ], "\n"


@kind("incidentmelding", "team leader's incident report in a sheltered company")
def k_incident(d: Doc):
    r, c = d.r, d.client
    tl, other = d.person(), d.person()
    return [
        f"[[Incidentmelding]] — [[{r.choice(SW_COMPANIES)}]], hal {r.randint(1, 6)}",
        f"Datum: {d.ndate()} | Gemeld door: {d.full(tl)}, [[teamleider]]",
        f"Betrokkenen: {d.up(c)} ({d.giv(c)}) en {d.up(other)} ({d.giv(other)})",
        f"[[Bedrijfsbus]] {d.plate()} stond op dat moment bij het [[laadperron]].",
        f"Wat gebeurde er: tijdens het {r.choice(WORK_TASKS)} ontstond ruzie over de pauze. "
        f"{d.giv(other)} duwde {d.giv(c)}; niemand raakte gewond.",
        f"[[Maatregel]]: gesprek met beiden op [[{r.choice(WEEKDAYS)}]]; melding aan de [[jobcoach]].",
    ], "\n"


@kind("dienstrooster", "weekly roster of a sheltered team, one line per person with initials and hours")
def k_roster(d: Doc):
    r = d.r
    people = [d.client] + [d.person() for _ in range(r.randint(2, 4))]
    lines = [
        f"[[Rooster]] week {r.randint(2, 51)} — [[{r.choice(SW_COMPANIES)}]] — team [[{r.choice(['Montage', 'Inpak', 'Groen'])}]]"
    ]
    for p in people:
        days = ", ".join(
            sorted(r.sample(["ma", "di", "wo", "do", "vr"], r.randint(2, 5)), key=["ma", "di", "wo", "do", "vr"].index)
        )
        lines.append(f"{d.ini(p)} — {days} — {r.choice(['07:30-12:00', '08:00-16:30', '12:30-16:30'])}")
    lines.append(f"Ruilen alleen via de [[planner]]: {d.generic_mail()}")
    lines.append("[[Busvervoer]] vertrekt om 07:05 bij het [[station]].")
    return lines, "\n"


@kind("uitnodiging", "invitation letter for a talk at the Werkplein")
def k_invitation(d: Doc):
    r, c = d.r, d.client
    off = d.person()
    cue, nr = d.case()
    return [
        f"{d.full(c)}\n{d.addr(r.choice(['addr:letter-block', 'addr:comma-line']))}",
        f"{cue}: {nr}",
        f"Beste {d.giv(c)},",
        f"U bent uitgenodigd voor een gesprek over werk op [[{r.choice(WEEKDAYS)}]] {d.date()} om 10:30 uur "
        f"op het [[Werkplein]]. Neem uw identiteitsbewijs en uw [[cv]] mee.",
        f"Bent u verhinderd? Bel {d.generic_phone()} of mail {d.generic_mail()}.",
        d.closing(off, "[[werkconsulent]]", "close:mvg"),
    ], "\n\n"


@kind("boetebesluit", "fine decision for breaching the duty to inform (inlichtingenplicht)")
def k_fine(d: Doc):
    r, c = d.r, d.client
    off = d.person()
    cue, nr = d.case(r.choice(["case:zaak", "case:pw"]))
    return [
        f"[[Besluit]] [[bestuurlijke boete]] — {cue} {nr}",
        f"Aan: {d.ref(c, short=True)}, {d.addr('addr:pc-brackets')}",
        f"U heeft niet gemeld dat u vanaf {d.date()} werkte via een uitzendbureau. Daardoor is {d.amount(200, 3000)} "
        f"te veel bijstand betaald. Wij leggen een boete op van {d.amount(50, 600)}.",
        f"Ook staat sinds [[maart]] een auto met kenteken {d.plate()} op uw naam. "
        f"De [[terugvordering]] loopt via [[Debiteurenbeheer]]. U kunt in [[bezwaar]] gaan.",
        d.closing(off, "[[Handhaving]]", "close:namens"),
    ], "\n\n"


@kind("klachtbrief", "client's complaint letter in the first person")
def k_complaint(d: Doc):
    r, c = d.r, d.client
    coach = d.person()
    return [
        "[[Klacht]] over mijn [[jobcoach]]",
        f"Mijn naam is {d.full(c)}, {d.dob(c)}. Ik woon {d.addr('addr:woonachtig')}.",
        f"Sinds {r.choice(MONTHS)} heb ik een traject bij [[{r.choice(REINT)}]]. Mijn jobcoach {d.ref(coach)} "
        f"belt nooit terug en zegt dat ik mijn [[uitkering]] kwijtraak als ik niet naar het [[sorteercentrum]] ga.",
        f"Ik wil een andere coach. U kunt mij bereiken op {d.phone(c)} of {d.email(c)}. Mijn BSN is {d.bsn()}.",
        d.closing(c, "", "close:alvast-bedankt"),
    ], "\n\n"


@kind("intakeformulier", "intake form for a reintegration trajectory, labelled fields")
def k_intake(d: Doc):
    r, c = d.r, d.client
    coach = d.person()
    cue, nr = d.case()
    return [
        f"[[INTAKE]] re-integratie — {cue} {nr}",
        f"Achternaam: {d.up(c)}",
        f"Voornaam: {d.giv(c)}",
        f"Geboortedatum: {d.dob(c, 'dob:bare-long')}",
        f"Adres: {d.addr('addr:comma-line')}",
        f"Telefoon: {d.phone(c)} | E-mail: {d.email(c)}",
        f"Opleiding: [[vmbo]] | Rijbewijs: {r.choice(['ja', 'nee'])} | Taalniveau: [[A2]]",
        f"Intaker: {d.ini(coach)}",
    ], "\n"


@kind("proefplaatsing", "trial placement agreement with articles")
def k_trial(d: Doc):
    r, c = d.r, d.client
    boss, off = d.person(), d.person()
    emp = r.choice(EMPLOYERS)
    return [
        "[[Overeenkomst]] [[proefplaatsing]]",
        f"Partijen: de gemeente [[{d.town}]], vertegenwoordigd door {d.full(off)}; {emp}, vertegenwoordigd door "
        f"{d.full(boss)}; en {d.full(c)}, {d.dob(c, 'dob:clause')}.",
        "[[Artikel]] 1. De proefplaatsing duurt twee maanden, met behoud van uitkering.",
        f"[[Artikel]] 2. {d.sur(c)} werkt als {r.choice(JOBS)} en wordt begeleid door {d.sur(boss)}.",
        "[[Artikel]] 3. Bij [[ziekte]] meldt de deelnemer zich vóór 9 uur bij beide partijen.",
    ], "\n"


@kind("logboek-jobcoach", "job coach's diary with dated one-line entries")
def k_coachlog(d: Doc):
    r, c = d.r, d.client
    boss = d.person()
    m = r.randint(1, 11)
    e = [f"[[Logboek]] jobcoaching {d.full(c)}"]
    e.append(f"{r.randint(1, 9)} [[{MONTHS[m - 1]}]]: [[kennismaking]] op de werkvloer met {d.full(boss)}.")
    e.append(f"{r.randint(10, 19)} {MONTHS[m - 1]}: {d.giv(c)} is de [[werkschoenen]] vergeten; opgelost.")
    e.append(f"{r.randint(20, 28)} {MONTHS[m - 1]}: gesprek met {d.giv(boss)} over het [[tempo]]. {sick(d)}")
    e.append(f"{r.randint(1, 28)} [[{MONTHS[m]}]]: [[werkplekaanpassing]] aangevraagd ([[tilhulp]]).")
    return e, "\n"


@kind("overdracht", "handover note from one consultant to a colleague")
def k_handover(d: Doc):
    r, c = d.r, d.client
    a, b = d.person(), d.person()
    cue, nr = d.case()
    return [
        f"Hoi {d.giv(b)}, hierbij de [[overdracht]] van {d.full(c)} ({cue} {nr}).",
        f"Ze staat ingeschreven op {d.addr('addr:comma-line')} maar verblijft volgens de buren vaak in [[Rotterdam]].",
        f"Let op: {d.sur(c)} heeft een [[vrijstelling]] van de arbeidsplicht aangevraagd. {family(d, c)}",
        f"Dossierstukken staan in {d.fileref(c, 'overdracht', 'docx')}. Succes! {d.giv(a)}",
    ], "\n"


@kind("reiskostendeclaratie", "travel expense claim for driving to the placement: plate, kilometres, account")
def k_travel(d: Doc):
    r, c = d.r, d.client
    cue, nr = d.case()
    km = r.randint(8, 45)
    return [
        f"[[Declaratie]] [[reiskosten]] werkervaringsplaats — {cue} {nr}",
        f"Naam: {d.ini(c)} | Kenteken auto: {d.plate()}",
        f"Ritten: {r.randint(6, 20)} × {km} km retour × [[€ 0,23]]",
        f"Uitbetalen op: {d.iban()} t.n.v. {d.ini(c)}",
        f"Datum: {d.ndate()} | Handtekening deelnemer: [[akkoord]]",
        "[[Parkeerkosten]] worden alleen met bonnetje vergoed.",
    ], "\n"


@kind("vacaturematch", "employer service desk's note matching a client to a vacancy")
def k_match(d: Doc):
    r, c = d.r, d.client
    acc = d.person()
    emp = r.choice(EMPLOYERS)
    job = r.choice(JOBS)
    return [
        f"[[Werkgeversservicepunt]] — [[match]] {job}",
        f"{emp} zoekt per direct een {job} (32 uur, [[proefplaatsing]] mogelijk).",
        f"Voorgedragen: {d.full(c)}, {d.dob(c)}, rijbewijs B, eigen auto {d.plate()}.",
        f"[[Accountmanager]] {d.full(acc)} ({d.phone(acc)}) belt de werkgever op [[{r.choice(WEEKDAYS)}]].",
        f"{d.giv(c)} heeft al ervaring met {r.choice(WORK_TASKS)}.",
    ], "\n"


@kind("hoorzitting", "minutes of the objection committee's hearing")
def k_hearing(d: Doc):
    r, c = d.r, d.client
    chair, law, off = d.person(), d.person(), d.person()
    cue, nr = d.case("case:bzw")
    return [
        f"[[Verslag]] [[hoorzitting]] [[Commissie bezwaarschriften]] — {cue} {nr}",
        f"Voorzitter: {d.full(chair)}. Bezwaarde: {d.full(c)}, bijgestaan door mr. {d.full(law)}. "
        f"Namens het college: {d.full(off)}.",
        f'Het besluit: "{reason(d)}" Mr. {d.sur(law)} stelt dat de [[maatregel]] te zwaar is. {d.ref(c, cap=True)} zegt dat de brief nooit '
        f"is aangekomen op {d.street_only()}.",
        f"{d.sur(off)} wijst erop dat de brief ook digitaal in de [[Berichtenbox]] stond.",
        "De commissie adviseert binnen zes weken.",
    ], "\n"


@kind("sms-herinnering", "text-message reminder and the client's reply")
def k_sms(d: Doc):
    r, c = d.r, d.client
    return [
        f"[[SMS]] van [[Werkplein]] [[{d.town}]] aan {d.phone(c)}:",
        f'"Herinnering: [[morgen]] om 9:00 uur start uw [[werkfittraining]]. Afmelden via {d.generic_phone()}."',
        'Antwoord: "ok ik kom. groet ' + (d.full(c) if r.random() < 0.5 else d.giv(c)) + '"',
        "[[Status]]: bevestigd",
        "[[Locatie]]: [[Leslokaal]] 2",
    ], "\n"


@kind("voicemail", "transcribed voicemail from a client to a job coach")
def k_voicemail(d: Doc):
    r, c = d.r, d.client
    coach = d.person()
    return [
        f"[[Voicemail]] ({d.ndate()}, 08:12) — automatisch uitgeschreven",
        f'"Ja goedemorgen, met {d.full(c)}, eh, voor {d.giv(coach)}. Ik bel over de [[werkplek]] bij '
        f"[[{r.choice(SW_COMPANIES)}]]. Ik heb een brief gehad over mijn uitkering, mijn kenmerk is {d.case()[1]}. "
        f'Kunt u terugbellen op {d.phone(c)}? Ik ben er na tweeën. [[Dank]] u wel."',
        f"[[Terugbelverzoek]] aangemaakt voor {d.ini(coach)}.",
        "[[Prioriteit]]: normaal.",
    ], "\n"


@kind("mdo-notulen", "minutes of a multidisciplinary meeting with agenda items")
def k_mdo(d: Doc):
    r, c = d.r, d.client
    coach, ad, cons = d.person(), d.person(), d.person()
    return [
        f"[[Notulen]] [[multidisciplinair overleg]] {d.date()}",
        f"Aanwezig: {d.ini(coach)} ([[jobcoach]]), {d.ini(ad)} ([[arbeidsdeskundige]]), {d.ini(cons)} ([[consulent]])",
        f"Casus {d.sur(c)} ({d.dob(c, r.choice(['dob:degree', 'dob:star-dots', 'dob:bare-slash']))}): "
        f"werkt nu drie ochtenden bij [[{r.choice(SW_COMPANIES)}]].",
        f"{d.sur(ad)} ziet meer mogelijkheden; {d.sur(coach)} twijfelt vanwege de rugklachten.",
        f"[[Besluit]]: aanvraag [[indicatie beschut werk]] voorbereiden. [[Actie]]: {d.sur(cons)}.",
    ], "\n"


@kind("verzuimoverzicht", "absence overview table from a sheltered company's HR")
def k_absence(d: Doc):
    r = d.r
    people = [d.client] + [d.person() for _ in range(r.randint(2, 3))]
    lines = [
        f"[[Verzuimoverzicht]] [[kwartaal]] {r.randint(1, 4)} — [[{r.choice(SW_COMPANIES)}]]",
        "Medewerker | personeelsnr | ziektedagen | frequentie",
    ]
    for p in people:
        lines.append(f"{d.lst(p)} | {d.case('case:sw')[1]} | {r.randint(0, 30)} | {r.randint(0, 5)}")
    lines.append("[[Verzuimpercentage]] afdeling: " + f"{r.randint(4, 14)},{r.randint(0, 9)}%")
    lines.append("Bij frequentie vanaf 3: gesprek met de [[bedrijfsarts]].")
    return lines, "\n"


@kind("referentiebrief", "employer's reference letter at the end of a placement")
def k_reference(d: Doc):
    r, c = d.r, d.client
    boss = d.person()
    emp = r.choice(EMPLOYERS)
    return [
        "[[Referentie]]",
        f"Hierbij verklaar ik dat {d.full(c)}, {d.dob(c, 'dob:geboren-op')}, van {d.date()} tot {d.date()} bij "
        f"{emp} heeft gewerkt als {r.choice(JOBS)} in het kader van een [[werkervaringsplaats]].",
        f"{d.giv(c)} is [[betrouwbaar]], [[vriendelijk]] tegen [[klanten]] en leert snel. {d.giv(c)}'s inzet op drukke "
        f"[[zaterdagen]] viel op.",
        f"Voor vragen ben ik bereikbaar op {d.phone(boss, mobile=False)}.",
        d.closing(boss, "[[bedrijfsleider]]", "close:mvg"),
    ], "\n\n"


@kind("memo-premie", "internal memo on a participation bonus and no-risk policy")
def k_memo(d: Doc):
    r, c = d.r, d.client
    a, b = d.person(), d.person()
    cue, nr = d.case()
    return [
        f"[[MEMO]]\nVan: {d.ini(a)}, [[Team Participatie]]\nAan: {d.ini(b)}, [[Beleid]]",
        f"Onderwerp: [[premie]] [[participatieplaats]] {d.sur(c)} ({cue} {nr})",
        f"{d.ref(c, cap=True)} heeft zes maanden onafgebroken bij de [[kringloop]] gewerkt. Volgens de verordening "
        f"bestaat daarmee recht op de premie van {d.amount(200, 450)}. Uitbetalen op {d.iban()}.",
        "Graag akkoord vóór [[vrijdag]].",
    ], "\n\n"


@kind("webchat", "transcript of a municipal web chat with the client")
def k_webchat(d: Doc):
    r, c = d.r, d.client
    ag = d.person()
    return [
        f"[[Chatgesprek]] [[Klantcontactcentrum]] — {d.ndate()}",
        f"{d.giv(ag)} (medewerker): Goedemiddag, waarmee kan ik u helpen?",
        f"{d.full(c)}: mijn uitkering is lager deze maand, ik snap niet waarom",
        f"{d.giv(ag)} (medewerker): Mag ik uw geboortedatum en postcode ter controle?",
        f"{d.giv(c)}: {d.dob(c, 'dob:bare-long')} en {d.add(d.postcode(), 'POSTCODE')}",
        f"{d.giv(ag)} (medewerker): Dank u. Er is een [[maatregel]] opgelegd omdat de [[sollicitatielijst]] ontbrak. "
        f"De brief staat in uw [[Berichtenbox]].",
    ], "\n"


@kind("teamleider-rapportage", "sheltered company's team leader's half-year report for the municipality")
def k_tl_report(d: Doc):
    r, c = d.r, d.client
    tl = d.person()
    sw = r.choice(SW_COMPANIES)
    cue, nr = d.case("case:sw")
    return [
        f"[[Halfjaarrapportage]] [[beschut werk]] — [[{sw}]]",
        f"Medewerker: {d.full(c)} | {cue} {nr} | {d.dob(c)} | BSN {d.bsn()}",
        f"{d.giv(c)} werkt 28 uur per week op de afdeling {r.choice(['Montage', 'Textiel', 'Kantine'])}. "
        f"Het werk ({r.choice(WORK_TASKS)}) gaat goed zolang de taken vastliggen.",
        f"Wisselingen in het team geven onrust; {d.ref(c)} heeft dan extra uitleg nodig.",
        f"[[Advies]]: plaatsing voortzetten. — {d.full(tl)}, [[teamleider]], {d.phone(tl, mobile=False)}",
    ], "\n"


@kind("brief-aan-werkgever", "municipality's letter to an employer granting wage subsidy")
def k_grant(d: Doc):
    r, c = d.r, d.client
    boss, off = d.person(), d.person()
    emp = r.choice(EMPLOYERS)
    cue, nr = d.case("case:lks")
    return [
        f"{emp}\nt.a.v. {d.ref(boss)}\n{d.addr('addr:letter-block')}",
        f"{cue}: {nr}",
        f"Geachte {d.ref(boss)},",
        f"U krijgt [[loonkostensubsidie]] voor het dienstverband met {d.ini(c)}. De subsidie bedraagt {d.amount(600, 1800)} "
        f"per maand en wordt elk [[kwartaal]] achteraf betaald. Een [[jobcoach]] begeleidt de werknemer de eerste zes maanden.",
        d.closing(off, "[[Werkgeversservicepunt]]", "close:mvg"),
    ], "\n\n"


@kind("werkplein-agenda", "consultant's day agenda with time slots and client names")
def k_agenda(d: Doc):
    r = d.r
    cons = d.person()
    people = [d.client] + [d.person() for _ in range(2)]
    r.shuffle(people)
    lines = [f"[[Agenda]] {d.ini(cons)} — [[{r.choice(WEEKDAYS).capitalize()}]] — [[Werkplein]] [[{d.town}]]"]
    slots = ["09:00", "10:15", "11:30", "13:30", "14:45"]
    what = ["[[intake]]", "[[evaluatie]]", "[[heronderzoek]]", "[[sollicitatietraining]]", "[[huisbezoek]]"]
    for s, p, w in zip(slots, people, r.sample(what, 3), strict=False):
        lines.append(f"{s}  {w} {d.ref(p, short=True)}" + (f" — {d.phone(p)}" if r.random() < 0.4 else ""))
    lines.append("16:00  [[teamoverleg]]")
    return lines, "\n"
