"""fresh37a: blind anonymizer corpus — notaries, the land registry (Kadaster) and property transactions touching the
municipality. Seeded generator (seed 20261311; document i draws from random.Random("20261311-<i>"), a redraw from
"20261311-<i>-<attempt>").

    python tests/anonymizer/fresh37a/make_fresh37a.py            write fresh37a_texts.jsonl
    python tests/anonymizer/fresh37a/make_fresh37a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh37a/make_fresh37a.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names37a import GROUPS, KNOWN_WORDS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score37a", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261311
N_DOCS = 300
OUT = HERE / "fresh37a_texts.jsonl"
LABELS = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
)
PARTICLES = score.PARTICLES

# --------------------------------------------------------------------------------------------------- small data
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
MON_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
CITIES = [
    "Hardenberg",
    "Meppel",
    "Kampen",
    "Harderwijk",
    "Zutphen",
    "Tiel",
    "Culemborg",
    "Woerden",
    "Gorinchem",
    "Heerenveen",
    "Sneek",
    "Assen",
    "Emmen",
    "Veendam",
    "Winschoten",
    "Oss",
    "Veghel",
    "Roermond",
    "Weert",
    "Goes",
    "Middelburg",
    "Terneuzen",
    "Purmerend",
    "Hoorn",
    "Schagen",
    "Lelystad",
    "Dronten",
    "Almelo",
    "Doetinchem",
    "Nijkerk",
    "Barneveld",
    "Oldenzaal",
    "Coevorden",
    "Hoogeveen",
    "Zeist",
    "Houten",
]
STREET_PRE = [
    "Lijster",
    "Gagel",
    "Brem",
    "Kievit",
    "Hazelaar",
    "Vlier",
    "Distel",
    "Zeggen",
    "Riet",
    "Kamille",
    "Wilgen",
    "Hulst",
    "Merel",
    "Spreeuw",
    "Reiger",
    "Berken",
    "Klaver",
    "Lupine",
    "Tarwe",
    "Gersten",
    "Vlas",
    "Hoven",
    "Kolk",
    "Vaart",
    "Mee",
    "Pluvier",
    "Gruttos",
    "Zwanen",
]
STREET_SUF = ["hof", "laan", "straat", "weg", "pad", "kamp", "singel", "erf", "dreef", "gaarde", "veld", "kade"]
DEPTS = [
    "Grondzaken",
    "Vastgoed",
    "Ruimtelijke Ordening",
    "Handhaving",
    "Burgerzaken",
    "Juridische Zaken",
    "Wonen",
    "Publiekszaken",
    "Stadsontwikkeling",
    "Vergunningen",
    "Grondbedrijf",
]
FUNCS = [
    "jurist",
    "beleidsmedewerker",
    "accountmanager",
    "toezichthouder",
    "handhaver",
    "taxateur",
    "teamleider",
    "projectleider",
    "adviseur",
    "medewerker",
]
AGENCIES = [
    "Kavelpunt Makelaardij",
    "Woonvast Makelaars",
    "Eemland Wonen",
    "Rivierland Makelaars",
    "Hanzestad Vastgoed",
    "Polderhuis Makelaardij",
    "Veluwezoom Wonen",
    "Noorderpoort Makelaars",
]
NOTARIATEN = [
    "Notariaat Eemstede",
    "Notariskantoor De Poort",
    "Notarissen aan de Vaart",
    "Notariaat Hanzeland",
    "Notariskantoor Het Baken",
    "Notariaat De Linde",
    "Notarishuis Rivierenland",
]
PROVIDERS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "planet.nl",
    "xs4all.nl",
    "icloud.com",
    "live.nl",
    "hetnet.nl",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LET = "BDFGHJKLNPRSTVXZ"
PC_LET = "BCEGHJKLMNPRTVWXZ"


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------------- numbers
def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            digits = "".join(map(str, d + [last]))
            style = r.randint(0, 2)
            if style == 1:
                return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"
            if style == 2:
                return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
            return digits


def bsn_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 9:
        return False
    s = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    raw = f"NL{check:02d}{bank}{acct}"
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(text: str) -> bool:
    raw = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", raw):
        return False
    return int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1


def phone(r: random.Random, mobile: bool | None = None) -> str:
    mobile = r.random() < 0.65 if mobile is None else mobile
    if mobile:
        d = f"{r.randint(10000000, 99999999)}"
        return r.choice(
            [
                f"06-{d}",
                f"06 {d[:4]} {d[4:]}",
                f"+31 6 {d}",
                f"+31 (0)6 {d[:2]} {d[2:5]} {d[5:]}",
                f"06{d}",
                f"0031 6 {d[:4]}{d[4:]}",
            ]
        )
    area = r.choice(["0522", "0513", "0591", "0345", "0418", "0575", "0172", "0299", "0341", "0113"])
    d = f"{r.randint(200000, 999999)}"
    return r.choice(
        [f"{area}-{d}", f"({area}) {d[:2]} {d[2:4]} {d[4:]}", f"{area} {d[:3]} {d[3:]}", f"+31 {area[1:]} {d}"]
    )


def postcode(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    lets = r.choice(PC_LET) + r.choice(PC_LET)
    return f"{n} {lets}" if r.random() < 0.8 else f"{n}{lets}"


def plate(r: random.Random) -> str:
    L = lambda k: "".join(r.choice(PLATE_LET) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def case_number(r: random.Random, kind: str) -> str:
    yy, yyyy = r.choice(["24", "25", "26"]), r.choice(["2024", "2025", "2026"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    forms = {
        "grond": [f"GZ-{yy}-{n(5)}", f"GRB/{yyyy}/{n(4)}", f"VG.{yy}.{n(4)}.K"],
        "wvg": [f"VKR/{yyyy}/{n(4)}", f"WVG {yy}.{n(4)}", f"VKR-{n(3)}-{yy}"],
        "zbp": [f"ZBP.{yy}.{n(4)}.{r.choice('ABCH')}", f"HZB-{yyyy}-{n(4)}", f"ZB/{n(5)}/{yy}"],
        "asb": [f"ASB {yyyy}-{n(3)}", f"AS/{yyyy}/{n(5)}", f"KVB-{n(4)}-{yy}"],
        "spl": [f"SPL{yy}/{n(4)}", f"OV-{yyyy}-{n(6)}", f"KS.{n(4)}.{yy}"],
        "vta": [f"VTA-{yyyy}-{n(5)}", f"VTA/{yy}/{n(4)}", f"AF-{yy}-{n(4)}-V"],
    }
    return r.choice(forms[kind])


def some_date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(0, 11), r.choice([2024, 2025, 2026])
    return r.choice([f"{d} {MONTHS[m]} {y}", f"{d} {MONTHS[m]}"])


def dob(r: random.Random, young: bool = False) -> str:
    y = r.randint(1994, 2007) if young else r.randint(1938, 1976)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y}",
            f"{d} {MON_SHORT[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}-{m}-{y}",
            f"{d} {MONTHS[m - 1].upper()} {y}",
            f"{d}e {MONTHS[m - 1]} {y}",
        ]
    )


DOB_CUES = [
    "geboren op {}",
    "geb. {}",
    "(*{})",
    "geboortedatum {}",
    "geboren {}",
    "geb.datum: {}",
    "geboren d.d. {}",
    "° {}",
]


# ---------------------------------------------------------------------------------------------------- persons
def _split(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


class Person:
    def __init__(
        self,
        r: random.Random,
        group: str | None = None,
        female: bool | None = None,
        surname: tuple[str, str] | None = None,
        allow_lower: bool = True,
    ):
        self.group = group or r.choice(sorted(GROUPS))
        fem, mal, parts, pre, suf, parts_p = GROUPS[self.group]
        self.female = r.random() < 0.5 if female is None else female
        names = _split(fem if self.female else mal)
        if parts and r.random() < 0.5:
            a, b = parts[0] if self.female else parts[1]
            self.first = r.choice(a.split()) + r.choice(b.split())
        else:
            self.first = r.choice(names).replace("_", " ")
        if surname:
            self.particle, self.core = surname
        else:
            core = r.choice(_split(pre)).strip()
            if suf:
                core = core + r.choice(suf.split())
            self.core = core
            self.particle = r.choice(parts_p.split("|")) if parts_p else ""
        self.allow_lower = allow_lower
        self.second_initial = r.choice("ACEHJMPW") if r.random() < 0.4 else ""
        self.caps_style = r.randint(0, 1)

    def family(self, r: random.Random, female: bool | None = None) -> Person:
        p = Person(r, self.group, female, (self.particle, self.core), self.allow_lower)
        return p

    @property
    def sur(self) -> str:
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def Sur(self) -> str:
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def ini(self) -> str:
        parts = re.split(r"[ -]", self.first)
        i = "".join(p[0] + "." for p in parts if p) + (self.second_initial + "." if self.second_initial else "")
        return f"{i} {self.sur}"

    def slot(self, attr: str) -> list[tuple[str, str | None, bool]]:
        P = "PERSON"
        if attr == "full":
            return [(self.full, P, False)]
        if attr == "first":
            return [(self.first, P, False)]
        if attr == "lfirst":
            return [(self.first.lower() if self.allow_lower else self.first, P, False)]
        if attr == "sur":
            return [(self.sur, P, False)]
        if attr == "Sur":
            return [(self.Sur, P, False)]
        if attr == "ini":
            return [(self.ini, P, False)]
        if attr == "caps":
            return [(self.sur.upper(), P, False)]
        if attr == "capsfull":
            if self.caps_style:
                return [(f"{self.sur.upper()}, {self.first}", P, False)]
            return [(f"{self.first} {self.sur.upper()}", P, False)]
        if attr == "poss":
            s = self.sur
            return [(s + ("'s" if s[-1] in "aeiouy" else "'" if s[-1] in "sxz" else "s"), P, False)]
        if attr == "file":
            return [(re.sub(r"[ '\-]", "", self.Sur), P, False)]
        if attr == "handle":
            h = fold(re.sub(r"[ '\-]", "", self.sur)).lower()
            return [(h if self.allow_lower else fold(re.sub(r"[ '\-]", "", self.Sur)), P, False)]
        if attr == "title":
            return [("mevrouw" if self.female else "de heer", None, False)]
        if attr == "Title":
            return [("Mevrouw" if self.female else "De heer", None, False)]
        if attr == "ttl":
            return [("mw." if self.female else "dhr.", None, False)]
        if attr == "zij":
            return [("zij" if self.female else "hij", None, False)]
        if attr == "Zij":
            return [("Zij" if self.female else "Hij", None, False)]
        if attr == "kind":
            return [("dochter" if self.female else "zoon", None, False)]
        if attr == "haar":
            return [("haar" if self.female else "zijn", None, False)]
        raise KeyError(attr)


class Ctx:
    def __init__(self, r: random.Random, known: tuple | None):
        self.r = r
        if known:
            word, parts, _sent = known
            particle = r.choice(parts.split("|"))
            grp = r.choice(
                [
                    "nederlands",
                    "nederlands",
                    "fries",
                    "marokkaans",
                    "surinaams-creools",
                    "antilliaans",
                    "moluks",
                    "indonesisch",
                    "ghanees",
                    "pools",
                ]
            )
            self.res = Person(r, grp, surname=(particle, word), allow_lower=False)
        else:
            self.res = Person(r)
        if r.random() < 0.55:
            self.partner = self.res.family(r, not self.res.female)
        else:
            self.partner = Person(r, female=not self.res.female)
        self.child = self.res.family(r)
        while self.child.first in (self.res.first, self.partner.first):
            self.child = self.res.family(r)
        self.cp = Person(r)
        self.nb = Person(r)
        self.off1 = Person(r)
        self.off2 = Person(r)
        self.notary = Person(r)
        self.agent = Person(r)
        self.med = Person(r)
        self.persons = {
            k: getattr(self, k)
            for k in ("res", "partner", "child", "cp", "nb", "off1", "off2", "notary", "agent", "med")
        }
        self.func1, self.func2 = r.sample(FUNCS, 2)
        self.dept1, self.dept2 = r.sample(DEPTS, 2)
        self.city, self.city2, self.bplace = r.sample(CITIES, 3)
        self.street = r.choice(STREET_PRE) + r.choice(STREET_SUF)
        self.street2 = r.choice(STREET_PRE) + r.choice(STREET_SUF)
        while self.street2 == self.street:
            self.street2 = r.choice(STREET_PRE) + r.choice(STREET_SUF)
        self.num = f"{r.randint(1, 240)}{r.choice(['', '', '', 'a', 'b', '-1', '-II'])}"
        self.num2 = f"{r.randint(1, 240)}{r.choice(['', '', 'a', '-3'])}"
        self.pc, self.pc2 = postcode(r), postcode(r)
        self.phone, self.phone_agent, self.phone_nb = phone(r), phone(r, True), phone(r)
        h = fold(re.sub(r"[ '\-]", "", self.res.core)).lower()
        f = fold(self.res.first.split()[0].split("-")[0]).lower()
        self.email = r.choice(
            [
                f"{f}.{h}@{r.choice(PROVIDERS)}",
                f"{f[0]}{h}{r.randint(60, 99)}@{r.choice(PROVIDERS)}",
                f"{h}.{f}@{r.choice(PROVIDERS)}",
                f"{f}{r.randint(1, 99)}@{r.choice(PROVIDERS)}",
            ]
        )
        ah = fold(re.sub(r"[ '\-]", "", self.agent.core)).lower()
        self.agency = r.choice(AGENCIES)
        dom = self.agency.split()[0].lower() + ".nl"
        self.email_agent = r.choice(
            [
                f"{fold(self.agent.first.split()[0]).lower()}@{dom}",
                f"{ah}@{dom}",
                f"{fold(self.agent.first[0]).lower()}.{ah}@{dom}",
            ]
        )
        self.email_nb = (
            f"{fold(self.nb.first.split()[0]).lower()}.{fold(re.sub(r'[ -]', '', self.nb.core)).lower()}"
            f"@{r.choice(PROVIDERS)}"
        )
        self.bsn, self.bsn_p, self.bsn_cp = bsn(r), bsn(r), bsn(r)
        self.iban = iban(r)
        self.plate, self.plate2 = plate(r), plate(r)
        self.cases = {k: case_number(r, k) for k in ("grond", "wvg", "zbp", "asb", "spl", "vta")}
        self.dob_res, self.dob_p, self.dob_cp, self.dob_ch = dob(r), dob(r), dob(r), dob(r, True)
        self.date1, self.date2, self.date3 = some_date(r), some_date(r), some_date(r)
        self.amount = f"{r.randint(180, 690)}.{r.choice(['000', '500', '250', '750'])}"
        self.amount2 = f"{r.randint(2, 60)}.{r.randint(0, 9)}{r.choice(['00', '50'])}"
        self.weekday = r.choice(WEEKDAYS)
        self.month = r.choice(MONTHS)
        self.notariaat = r.choice(NOTARIATEN)
        self.tel14 = "14 0" + str(r.randint(100, 599))
        self.info = f"info@{self.city.lower()}.nl"
        self.grond_mail = f"grondzaken@{self.city.lower()}.nl"
        self.sectie = r.choice("ABCDEFGHKLMNOPRS")
        self.perceel = str(r.randint(120, 9899))
        self.m2 = str(r.randint(90, 1400))
        self.time = lambda: f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"

    def slot(self, key: str, attr: str | None) -> list[tuple[str, str | None, bool]]:
        r = self.r
        if key in self.persons:
            p = self.persons[key]
            if attr == "func":
                return [(self.func1 if key == "off1" else self.func2, None, True)]
            if attr == "dept":
                return [(self.dept1 if key == "off1" else self.dept2, None, True)]
            if attr == "bsn":
                return [({"res": self.bsn, "partner": self.bsn_p, "cp": self.bsn_cp}[key], "BSN", False)]
            if attr in ("dob", "dobc"):
                d = {"res": self.dob_res, "partner": self.dob_p, "cp": self.dob_cp, "child": self.dob_ch}[key]
                if attr == "dob":
                    return [(d, "DATE_OF_BIRTH", False)]
                cue = r.choice(DOB_CUES)
                a, b = cue.split("{}")
                return [(a, None, False), (d, "DATE_OF_BIRTH", False), (b, None, False)]
            return p.slot(attr)
        simple = {
            "addr": (f"{self.street} {self.num}", "ADDRESS", False),
            "addr2": (f"{self.street2} {self.num2}", "ADDRESS", False),
            "street": (self.street, "ADDRESS", False),
            "street2": (self.street2, "ADDRESS", False),
            "pc": (self.pc, "POSTCODE", False),
            "pc2": (self.pc2, "POSTCODE", False),
            "city": (self.city, None, True),
            "city2": (self.city2, None, True),
            "bplace": (self.bplace, None, True),
            "phone": (self.phone, "PHONE", False),
            "phone_agent": (self.phone_agent, "PHONE", False),
            "phone_nb": (self.phone_nb, "PHONE", False),
            "email": (self.email, "EMAIL", False),
            "email_agent": (self.email_agent, "EMAIL", False),
            "email_nb": (self.email_nb, "EMAIL", False),
            "iban": (self.iban, "IBAN", False),
            "plate": (self.plate, "LICENSE_PLATE", False),
            "plate2": (self.plate2, "LICENSE_PLATE", False),
            "date1": (self.date1, None, True),
            "date2": (self.date2, None, True),
            "date3": (self.date3, None, True),
            "amount": (self.amount, None, True),
            "amount2": (self.amount2, None, True),
            "weekday": (self.weekday, None, True),
            "month": (self.month, None, True),
            "notariaat": (self.notariaat, None, True),
            "agency": (self.agency, None, True),
            "tel14": (self.tel14, None, True),
            "info": (self.info, None, True),
            "grondmail": (self.grond_mail, None, True),
            "sectie": (self.sectie, None, False),
            "perceel": (self.perceel, None, False),
            "m2": (self.m2, None, False),
            "time": (self.time(), None, False),
        }
        if key == "case":
            return [(self.cases[attr], "CASE_NUMBER", False)]
        if key == "fulladdr":
            return [
                (f"{self.street} {self.num}", "ADDRESS", False),
                (", ", None, False),
                (self.pc, "POSTCODE", False),
                (" ", None, False),
                (self.city, None, True),
            ]
        if key == "fulladdr2":
            return [
                (f"{self.street2} {self.num2}", "ADDRESS", False),
                (", ", None, False),
                (self.pc2, "POSTCODE", False),
                (" ", None, False),
                (self.city, None, True),
            ]
        if key == "parcel":
            return [
                (f"kadastraal bekend gemeente {self.city}, sectie {self.sectie}, nummer {self.perceel}", None, False)
            ]
        return [simple[key]]


SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}|\[\[(.+?)\]\]")


def render(tpl: str, ctx: Ctx) -> list[tuple[str, str | None, bool]]:
    segs, pos = [], 0
    for m in SLOT.finditer(tpl):
        segs.append((tpl[pos : m.start()], None, False))
        if m.group(3):
            segs.append((m.group(3), None, True))
        else:
            segs.extend(ctx.slot(m.group(1), m.group(2)))
        pos = m.end()
    segs.append((tpl[pos:], None, False))
    return segs


# ---------------------------------------------------------------------------------------------------- shapes
# Document kinds: (name, head, separator between body sentences, tail, chat?)
FRAMES = {
    "frame-koopakte-uittreksel": (
        "UITTREKSEL [[KOOPAKTE]]\n[[Verkoper]]: {cp.capsfull}\n[[Koper]]: {res.capsfull}\n[[Object]]: woning "
        "{fulladdr}, {parcel}\n\n",
        " ",
        "\n[[Koopsom]]: € {amount}, kosten koper.",
    ),
    "frame-hypotheekakte": (
        "CONCEPT [[HYPOTHEEKAKTE]] — {notariaat}\n[[Hypotheekgever]]: {res.full}, {res.dobc}\n"
        "[[Onderpand]]: {fulladdr}\n\n",
        " ",
        "\n[[Hoofdsom]]: € {amount}.",
    ),
    "frame-notarisbrief": (
        "{notariaat}\nAan het college van burgemeester en wethouders van {city}, afdeling {off1.dept}\n"
        "[[Betreft]]: {case.wvg}, {street}\n\nGeachte heer, mevrouw,\n\n",
        " ",
        "\n\nMet vriendelijke groet,\n{notary.ini}, [[kandidaat-notaris]]",
    ),
    "frame-makelaarsmail": (
        "Van: {agent.full} <{email_agent}>\nAan: {grondmail}\n[[Onderwerp]]: [[voorkeursrecht]] {street}\n\n"
        "Goedemiddag,\n\n",
        " ",
        "\n\nGroet,\n{agent.first}\n{agency} | {phone_agent}",
    ),
    "frame-kadasterbericht": (
        "KADASTRAAL BERICHT OBJECT\n[[Gemeente]]: {city}\nSectie {sectie}, perceel {perceel}, {m2} m²\n"
        "[[Gerechtigde]]: {res.capsfull}\n[[Recht]]: eigendom\n\n[[Toelichting]]: ",
        " ",
        "",
    ),
    "frame-wvg-besluit": (
        "Besluit op [[aanbieding]] — Wet voorkeursrecht gemeenten\n[[Zaaknummer]]: {case.wvg}\n"
        "[[Aanbieder]]: {res.ini}, {fulladdr}\n\n",
        " ",
        "\n\n[[Bezwaar]] kan binnen zes weken.",
    ),
    "frame-zelfbewoning-brief": (
        "[[Handhaving]] [[zelfbewoningsplicht]] — [[vooraankondiging]]\n{res.Title} {res.ini}\n{fulladdr}\n\n"
        "[[Kenmerk]]: {case.zbp}\n\n",
        " ",
        "\n\n[[Vragen]]? Bel {tel14} of mail {info}.",
    ),
    "frame-ingebrekestelling": (
        "[[Ingebrekestelling]] [[antispeculatiebeding]]\n[[Kenmerk]]: {case.asb}\nAan: {res.ttl} {res.ini}\n\n",
        " ",
        "\n\nHoogachtend,\n{off1.full}, {off1.func} {off1.dept}",
    ),
    "frame-splitsingsformulier": (
        "Aanvraagformulier [[kavelsplitsing]]\n1. [[Aanvrager]]: {res.full}\n2. [[Adres]]: {fulladdr}\n"
        "3. Telefoon: {phone}\n4. E-mail: {email}\n5. [[Toelichting]]: ",
        " ",
        "\n6. [[Datum]]: {date3}",
    ),
    "frame-verkenningsverslag": (
        "[[Verslag]] verkenning — verzoek {case.vta}\n[[Bemiddelaar]]: {med.full}\n[[Thema]]: grond en wonen\n\n",
        "\n",
        "",
    ),
    "frame-telefoonnotitie": (
        "[[Telefoonnotitie]] {off1.dept}, {weekday} {date1}\nBeller: {res.title} {res.sur}, tel. {phone}\n\n",
        " ",
        "\nTerugbellen vóór {date2}.",
    ),
    "frame-kennisbankconcept": (
        "Concept [[kennisbankartikel]] (nog te anonimiseren)\n\n[[Situatie]]\n",
        " ",
        "\n\n[[Uitkomst]]\nZie het [[dossier]].",
    ),
    "frame-bezwaarschrift": (
        "{res.full}\n{fulladdr}\n\nAan het college van burgemeester en wethouders van {city}\n\n"
        "[[Onderwerp]]: [[bezwaar]] tegen besluit {case.grond}\n\n",
        " ",
        "\n\nHoogachtend,\n{res.ini}",
    ),
    "frame-appgroep": ("Appgroep '[[Overdracht]] {street}'\n", "\n", ""),
    "frame-taxatiememo": (
        "[[Memo]] taxatie ten behoeve van [[grondverkoop]]\n[[Opdrachtgever]]: afdeling {off1.dept}\n"
        "[[Object]]: {fulladdr}\n\n",
        " ",
        "\n[[Getaxeerde]] waarde: € {amount}.",
    ),
    "frame-erfpachtbrief": (
        "[[Erfpacht]]: aanbod tot [[omzetting]] in eigendom\n[[Erfpachter]]: {res.ini}\n[[Kenmerk]]: {case.grond}\n\n",
        " ",
        "\n\nDit aanbod is zes maanden geldig.",
    ),
    "frame-checklist": ("[[Checklist]] overdracht {street} ({notariaat})\n- ", "\n- ", ""),
}

BODY = {
    "koopakte-passeerde": "Op {date1} passeerde bij {notariaat} de [[koopakte]] voor de woning aan de {addr}; "
    "{res.full} is sindsdien [[eigenaar]].",
    "brief-voorkeursrecht": "{res.Title} {res.sur} ontving op {date1} een brief over het [[voorkeursrecht]] van de "
    "[[gemeente]] op het perceel, {parcel}.",
    "hypotheek-schuldenaar": "In de [[hypotheekakte]] staat {res.ini} vermeld als [[schuldenaar]], samen met "
    "{partner.full}.",
    "zbp-inschrijving": "Volgens {off1.full} ({off1.func}, afdeling {off1.dept}) staat {res.title} {res.sur} sinds "
    "{date1} niet meer ingeschreven op de {addr}, wat in strijd is met de [[zelfbewoningsplicht]].",
    "zbp-verweer": "{res.Sur} stelt dat {res.zij} wel degelijk op het adres woont en alleen in {month} tijdelijk bij "
    "familie in {city2} verbleef.",
    "asb-artikel": "Het [[antispeculatiebeding]] in artikel 12 van de [[koopakte]] bepaalt een [[boete]] van € "
    "{amount2} bij doorverkoop binnen vijf jaar.",
    "asb-vordering": "De [[gemeente]] vordert die [[boete]] nu onder {case.asb}; {res.title} {res.sur} vraagt om een "
    "[[betalingsregeling]].",
    "waarborgsom-iban": "Terugbetaling van de [[waarborgsom]] van € {amount2} gaat naar rekening {iban} ten name van "
    "{res.ini}.",
    "brk-uittreksel": "Het [[uittreksel]] uit de [[Basisregistratie]] Kadaster noemt {res.capsfull}, {res.dobc}, als "
    "[[eigenaar]] van {addr}.",
    "kadastraal-regel": "Kadastrale aanduiding: {parcel}; grootte ongeveer {m2} m²; [[gerechtigde]] {res.ini}.",
    "splitsing-aanvraag": "Voor de [[splitsing]] van de kavel aan de {street2} vroeg {res.full} een "
    "[[omgevingsvergunning]] aan; het [[zaaknummer]] is {case.spl}.",
    "buur-zienswijze": "De buurman, {nb.full} van {addr2}, diende een [[zienswijze]] in tegen de [[splitsing]].",
    "buur-vrees": "{nb.Title} {nb.sur} vreest dat het afgesplitste stuk grond tot aan de [[erfgrens]] wordt bebouwd.",
    "makelaar-financiering": "Makelaar {agent.full} van {agency} mailde vanaf {email_agent} dat de koper het "
    "[[financieringsvoorbehoud]] al heeft laten vervallen.",
    "makelaar-bereikbaar": "{agent.Sur} is voor de [[planning]] bereikbaar op {phone_agent}, ook op {weekday}.",
    "notaris-transport": "Notaris {notary.ini} wacht met het [[transport]] tot de gemeente verklaart geen gebruik te "
    "maken van het [[voorkeursrecht]].",
    "notaris-aanbiedingsplicht": "Volgens notaris {notary.sur} moet eerst de [[aanbiedingsplicht]] worden nageleefd "
    "voordat {res.title} {res.sur} aan een derde mag verkopen.",
    "college-besluit": "Het [[college]] besloot op {date2} het perceel niet te verwerven; het [[besluit]] ging naar "
    "{res.full}, {fulladdr}.",
    "tel14-doorverbonden": "{res.Title} {res.sur} belde op {weekday} {date1} met het algemene nummer {tel14} en werd "
    "drie keer [[doorverbonden]].",
    "bereikbaarheid": "{res.Zij} is telefonisch bereikbaar op {phone} en per [[e-mail]] via {email}.",
    "kind-bewoning": "De {child.kind} van {res.title} {res.sur}, {child.full}, woont inmiddels in de woning; de vraag "
    "is of dat telt als [[bewoning]] door de [[eigenaar]].",
    "kind-brp": "Volgens de [[BRP]] staat {child.first} (geboren {child.dob}) sinds {month} op het adres "
    "[[ingeschreven]].",
    "partner-mede-eigenaar": "{partner.full} (BSN {partner.bsn}) is [[mede-eigenaar]] voor de onverdeelde helft.",
    "kenteken-controle": "Bij de [[controle]] stond de auto met kenteken {plate} van {res.title} {res.sur} in {month} "
    "vrijwel nooit voor de deur, aldus de [[toezichthouder]].",
    "bouwkeet-kenteken": "Op de bouwkavel staan al weken een bouwkeet en een aanhanger ({plate2}); {nb.full} meldde "
    "dit bij {off2.dept}.",
    "bemiddelaar-gesprek": "De [[bemiddelaar]], {med.full}, sprak op {date2} met {off1.full} en {res.title} "
    "{res.sur} aan één tafel.",
    "bemiddelaar-citaat": "{med.Sur} noteerde: 'Het gaat {res.haar} niet om de [[boete]], maar om de toon van de "
    "brieven.'",
    "afspraak-ontheffing": "[[Afspraak]]: {off1.dept} beoordeelt vóór {date3} of [[ontheffing]] van de "
    "[[zelfbewoningsplicht]] alsnog kan worden verleend.",
    "verhuur-toestemming": "{res.Title} {res.sur} werkt tijdelijk in het buitenland en wil de woning [[verhuren]]; "
    "daarvoor is [[toestemming]] van de gemeente nodig.",
    "kettingbeding-advocaat": "Volgens {res.poss} [[advocaat]] is het [[kettingbeding]] bij de vorige overdracht nooit "
    "correct doorgegeven.",
    "leveringsakte-ontbreekt": "In de [[leveringsakte]] uit 2019 ontbreekt het [[kettingbeding]], zodat {res.full} "
    "zich er niet aan gebonden voelt.",
    "erfpacht-afkoopsom": "De [[erfpacht]] wordt omgezet naar eigendom; {res.title} {res.sur} betwist de "
    "[[afkoopsom]] van € {amount2}.",
    "opstalrecht": "{res.Sur} kocht de grond in 1998 van de gemeente, maar het [[opstalrecht]] voor de garage is nooit "
    "ingeschreven.",
    "identificatie": "Bij de [[overdracht]] is {res.ini} geïdentificeerd met een paspoort; geboortedatum {res.dob}.",
    "gegevens-koper": "Gegevens koper: {res.capsfull}, {res.dob} te {bplace}, wonende {fulladdr}.",
    "gegevens-verkoper": "Gegevens verkoper: {cp.capsfull}, {cp.dobc}, BSN {cp.bsn}.",
    "taxateur-waarde": "De [[taxateur]] schatte de waarde in het vrije verkeer op € {amount}, ruim boven de "
    "[[grondprijs]] die de gemeente rekent.",
    "verkoopbesluit-dossier": "Het [[verkoopbesluit]] van {date1} zit in het [[dossier]] onder {case.grond}.",
    "kenmerkregel": "[[Ons kenmerk]]: {case.grond} — [[uw kenmerk]]: {case.zbp}",
    "bezwaar-aanhouden": "Namens {res.full} verzoek ik u het [[bezwaar]] aan te houden zolang de [[bemiddeling]] "
    "loopt.",
    "appartementsrechten": "De [[vergadering]] van eigenaars aan de {street} moet nog instemmen met de splitsing in "
    "[[appartementsrechten]].",
    "beslag-belastingdienst": "Op het [[kadasterbericht]] staat een [[beslag]] van de Belastingdienst op het aandeel "
    "van {partner.full}.",
    "scheiding-hypotheek": "Sinds de [[scheiding]] woont {partner.first} niet meer in de woning; de hypotheek staat "
    "nog op beide namen.",
    "mail-citaat": "{res.Title} {res.sur} mailde op {date2} vanaf {email}: 'Ik wil gewoon weten of ik mag "
    "[[verkopen]].'",
    "hardheidsclausule": "Reactie [[gemeente]]: een beroep op de [[hardheidsclausule]] is mogelijk als de verkoop "
    "volgt uit ziekte, scheiding of overlijden.",
    "overlijden-erven": "Na het overlijden van {partner.full} op {date1} willen de [[erven]] de woning aan de {street} "
    "verkopen.",
    "volmacht": "De [[notariële]] [[volmacht]] is getekend door {partner.ini}, die inmiddels in {city2} woont.",
    "opkoopbescherming": "Let op: postcodegebied {pc} valt onder de [[opkoopbescherming]] uit de "
    "[[Huisvestingsverordening]].",
    "garagebox": "{res.full} huurt ook een [[garagebox]] aan de {street2}; die hoort niet bij de koop.",
    "zaak-overgedragen": "De zaak {case.grond} is overgedragen aan {off2.full} ({off2.func}) van {off2.dept}.",
    "toezegging-werkdagen": "{off2.Sur} zegde toe binnen tien [[werkdagen]] te reageren; op {date2} was er nog niets.",
    "erfdienstbaarheid": "Bij inschrijving in de [[openbare registers]] bleek het perceel belast met een "
    "[[erfdienstbaarheid]] van overpad ten gunste van {nb.full}.",
    "buur-pad": "{nb.Sur} gebruikt dat pad dagelijks om bij de achterkant van {addr2} te komen.",
    "sleuteloverdracht": "Bij de [[sleuteloverdracht]] op {weekday} waren {res.first} en {child.first} aanwezig.",
    "loting-kavel": "{res.Title} {res.sur}, geboren {res.dob} in {bplace}, kocht de kavel via de [[loting]] van 2021.",
    "bijlage-bestand": "[[Bijlage]]: koopakte_{res.file}_2024.pdf en [[kadasteruittreksel]]-{res.file}.pdf",
    "bouwplan-bestemmingsplan": "Het [[bouwplan]] op de afgesplitste kavel moet passen in het [[omgevingsplan]]; "
    "{off1.full} twijfelt daaraan.",
    "concept-nooit": "Mail van {res.first}: ik heb de [[koopakte]] nooit getekend gezien, alleen een concept van "
    "{notariaat}.",
    "startersvrijstelling": "{res.Sur} betaalde geen [[overdrachtsbelasting]] omdat {res.zij} de "
    "[[startersvrijstelling]] claimde; de Belastingdienst ziet dat anders.",
    "ondertekening": "[[Getekend]] te {city}, {date1}: {res.ini} en {partner.ini}.",
    "adresblok": "Aan: {res.Title} {res.ini}, {fulladdr}",
    "loting-registratie": "Uw [[registratienummer]] bij de [[loting]] was {case.grond}; bewaar dit nummer goed.",
    "meetrapport": "Het [[meetrapport]] van het Kadaster ({date2}) wijkt {m2} m² af van de kaart die {res.full} kreeg.",
    "snipperstrook": "{res.Title} {res.sur} wil de [[snipperstrook]] naast de {street} kopen; de gemeente wil eerst "
    "weten hoe lang {res.zij} die al gebruikt.",
    "verjaring": "Over [[verjaring]] zegt {res.sur}: 'Wij gebruiken die strook al sinds 1996 als tuin.'",
    "foto-hek": "Op de foto's van {nb.full} staat in 2004 nog een gemeentelijk [[hek]] op de grens.",
    "makelaar-verklaring": "De [[makelaar]] van de koper, {agent.full}, vroeg de gemeente om een [[verklaring]] van "
    "afstand van het voorkeursrecht.",
    "makelaar-citaat": "{agent.Sur}: 'Zonder die [[verklaring]] weigert de notaris te passeren.'",
    "status-verzoek": "[[Status]] verzoek {case.vta}: in afstemming sinds {date3}.",
    "controlevraag": "[[Controlevraag]] aan {res.title} {res.sur} op {date3}: is alles besproken? Antwoord: ja, "
    "behalve de [[rente]] over de boete.",
    "taxatierapport-eis": "De [[hypotheekverstrekker]] van {res.ini} eist een [[taxatierapport]] dat niet ouder is "
    "dan zes maanden.",
    "partner-borg": "{partner.Title} {partner.sur}, geboren {partner.dob}, tekende mee als [[borg]].",
    "aktegegevens-lijst": "Voor de akte: {res.full}, {res.dob}, BSN {res.bsn}; {partner.full}, {partner.dob}, BSN "
    "{partner.bsn}.",
    "kentekenregistratie": "[[Kentekenregistratie]]: {plate} staat op naam van {res.ini}.",
    "buur-mail": "{nb.Title} {nb.sur} stuurde vanaf {email_nb} foto's van de [[bouwwerkzaamheden]] naar {grondmail}.",
    "buur-telefoon": "Telefoonnummer buurman {nb.sur}: {phone_nb} ([[terugbelverzoek]] van {date2}).",
    "hoofdletter-akte": "DE ONDERGETEKENDEN: {res.capsfull} en {partner.capsfull}, hierna [[gezamenlijk]] te noemen: "
    "de koper.",
    "antispeculatie-doorverkoop": "{res.Sur} wil de woning na drie jaar [[doorverkopen]] omdat {res.zij} een baan in "
    "{city2} heeft gekregen.",
    "iban-boete": "De [[boete]] van € {amount2} is op {date2} afgeschreven van {iban}.",
    "dob-zonder-cue": "{res.full} ({res.dob}) en {child.full} ({child.dob}) staan samen op het adres [[ingeschreven]].",
}

CHAT_TEMPLATES = [
    "[{time}] {agent.lfirst}: koper wil vóór 1 juli [[passeren]], lukt dat met die [[voorkeursrecht]]-toestemming?",
    "[{time}] {res.lfirst}: ik heb {off1.sur} van de gemeente nog steeds niet gesproken",
    "[{time}] {agent.lfirst}: bel {off1.dept} anders via {tel14}, vraag naar [[grondverkoop]]",
    "[{time}] {res.lfirst}: de [[notaris]] wil eerst de [[verklaring]] zien",
    "[{time}] {agent.lfirst}: {res.first}, stuur je je kopie id even naar {email_agent}? [[Alvast]] bedankt",
    "[{time}] {agent.lfirst}: {res.first}, de [[taxatie]] voor {res.poss} kavel komt {weekday}",
]

SHAPES = sorted(FRAMES) + sorted(BODY) + ["chat-lines", "known-ordinary-use"]


# ---------------------------------------------------------------------------------------------------- documents
def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    known = KNOWN_WORDS[r.randrange(len(KNOWN_WORDS))] if i % 4 == 1 else None
    ctx = Ctx(r, known)
    frame = sorted(FRAMES)[r.randrange(len(FRAMES))]
    head, sep, tail = FRAMES[frame]
    shapes = [frame]
    segs = render(head, ctx)
    if frame == "frame-appgroep":
        picks = r.sample(CHAT_TEMPLATES, r.randint(3, 5))
        shapes.append("chat-lines")
        body = picks
        if known:
            body = body + [f"[{{time}}] {{agent.lfirst}}: {known[2]}"]
    else:
        names = r.sample(sorted(BODY), r.randint(4, 6))
        shapes += names
        body = [BODY[n] for n in names]
        if known:
            body.insert(r.randint(1, len(body)), known[2])
    if known:
        shapes.append("known-ordinary-use")
    for k, tpl in enumerate(body):
        if k:
            segs.append((sep, None, False))
        segs.extend(render(tpl, ctx))
    segs.extend(render(tail, ctx))
    text = "".join(s[0] for s in segs)
    pii, keep = [], []
    for t, label, is_keep in segs:
        if label and {"text": t, "label": label} not in pii:
            pii.append({"text": t, "label": label})
        if is_keep and t not in keep:
            keep.append(t)
    doc = {"id": f"fresh37a-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        k = {"names": [ctx.res.full]}
        if ctx.email in text:
            k["emails"] = [ctx.email]
        if ctx.phone in text:
            k["phones"] = [ctx.phone]
        doc["known"] = k
    return doc, shapes


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"\w+", name.lower()) if w not in PARTICLES and len(w) > 1]


def gate(doc: dict) -> str | None:
    """None when the document passes all three gates, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label: {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn: {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban: {item['text']}"
    if len(doc["keep"]) < 5:
        return "keep-count: fewer than 5 keep words"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words.update(_name_words(item["text"]))
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words.update(_name_words(n))
    for k in doc["keep"]:
        for w in _name_words(k):
            if w in name_words and not (k == k.lower() and w in known_words):
                return f"keep-name: {k!r} shares {w!r} with a name"
    return None


REDRAWS: Counter = Counter()


def generate() -> tuple[list[dict], Counter, int]:
    docs, shapes_used, redraws = [], Counter(), 0
    REDRAWS.clear()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc, shapes = build(i, random.Random(seed))
            reason = gate(doc)
            if reason is None:
                break
            REDRAWS[reason.split(":")[0]] += 1
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise RuntimeError(f"{doc['id']}: {reason}")
        docs.append(doc)
        shapes_used.update(shapes)
    return docs, shapes_used, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes_used, redraws = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh37a_texts.jsonl is up to date" if same else "fresh37a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]:5d}")
        print(f"  {'total':14s} {sum(labels.values()):5d}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shapes_used)} "
            f"({len(FRAMES)} document kinds, {len(BODY)} sentence shapes, chat lines, known ordinary use)"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws} " + (str(dict(REDRAWS)) if REDRAWS else ""))
        print(f"origin groups in the name material: {len(GROUPS)}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
