#!/usr/bin/env python3
"""Generate the fresh11c corpus (helper H6, round ten, written blind): the case work of mediators and officials.

Case logs and timelines, conversation reports, agreements, minutes with action tables, handover notes, internal
e-mails and memos, intake and evaluation forms, lawyers' letters, hearing reports and CRM exports, by twelve
invented professionals with their own habits. Names are composed from syllables typical of each origin.

Usage: make_fresh11c.py [--check]   (--check: exit 0 iff the committed file equals a fresh generation)
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 111212
N_DOCS = 300
OUT = HERE / "fresh11c_cases.jsonl"

_spec = importlib.util.spec_from_file_location("fresh11c_score", HERE.parent / "corpora" / "score.py")
assert _spec and _spec.loader
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

LABELS = {
    "PERSON",
    "ADDRESS",
    "BSN",
    "IBAN",
    "PHONE",
    "EMAIL",
    "POSTCODE",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}
PARTICLES = SCORE.PARTICLES
TITLES = ("mevrouw", "mevr", "mw", "mw.", "dhr", "dhr.", "de heer", "heer", "meneer", "mr", "mr.", "dr", "dr.", "drs")

# ---------------------------------------------------------------- identifiers


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0 and d != "000000000"


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        rest = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            s = "".join(map(str, d)) + str(rest)
            if bsn_ok(s):
                return s


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", t):
        return False
    num = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(num) % 97 == 1


def iban(r) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def fmt_bsn(r, s: str) -> str:
    return r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def fmt_iban(r, s: str) -> str:
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, 18, 4))])


def phone(r) -> str:
    mob = "6" + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    area = r.choice(["38", "570", "33", "55", "58", "13", "36", "10", "77", "591", "229", "76", "75"])
    rest = "".join(str(r.randint(1, 9)) for _ in range(9 - len(area)))
    land = area + rest
    return r.choice(
        [
            f"06-{mob[1:]}",
            f"06 {mob[1:5]} {mob[5:]}",
            f"+31 6 {mob[1:5]} {mob[5:]}",
            f"+316{mob[1:]}",
            f"06{mob[1:]}",
            f"0{area}-{rest}",
            f"(0{area}) {rest[:3]} {rest[3:]}",
            f"+31 (0){area} {rest}",
            f"0031 {land}",
        ]
    )


def plate(r) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def ls(n):
        return "".join(r.choice(L) for _ in range(n))

    def ds(n):
        return "".join(str(r.randint(1, 9)) for _ in range(n))

    p = r.choice(
        [f"{ls(2)}-{ds(3)}-{ls(1)}", f"{ds(1)}-{ls(3)}-{ds(2)}", f"{ls(1)}-{ds(3)}-{ls(2)}", f"{ds(2)}-{ls(3)}-{ds(1)}"]
    )
    return r.choice([p, p, p.replace("-", "")])


def case_no(r) -> str:
    y = r.choice(["24", "25", "26"])
    n = r.randint(1000, 99999)
    return r.choice(
        [
            f"VTA-20{y}-{n:05d}",
            f"Z/{y}/{r.randint(100000, 999999)}",
            f"AFS{y}.{n:05d}",
            f"BZ-{y}-{r.randint(100, 999)}",
            f"20{y}-{r.randint(10000, 99999)}/BZW",
            f"KL{r.randint(100000, 999999)}",
            f"M{y}-{r.randint(1000, 9999)}",
        ]
    )


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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def dob(r) -> str:
    y, m, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y}",
        ]
    )


def postcode(r) -> str:
    n = r.randint(1011, 9999)
    a = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return r.choice([f"{n} {a}", f"{n} {a}", f"{n}{a}"])


# ---------------------------------------------------------------- names (composed per origin)

ORIGINS = {
    "nl": (
        ["Ger", "Wil", "Joh", "Mar", "Hen", "Ber", "Jor", "Fem", "Lot", "Ank", "Sjoer", "Tjal", "Hil", "Ri", "Wob"],
        ["ke", "trud", "rit", "jan", "nard", "dina", "tje", "ma", "bert", "lina", "mijn", "do"],
        ["Ber", "Hol", "Wes", "Kamp", "Ooster", "Ver", "Lange", "Mul", "Brink", "Stee", "Haver", "Rade", "Wolt", "Sij"],
        ["kamp", "huis", "ink", "man", "stra", "ga", "hof", "veld", "beek", "horst", "werf", "mond", "gerink"],
    ),
    "tr": (
        ["Ay", "Mer", "Yıl", "Tu", "Se", "Em", "Ke", "Bu", "Öz", "Ser", "Gül", "Hü"],
        ["han", "ve", "dız", "lin", "nan", "ket", "can", "sel", "rem", "tül"],
        ["Kara", "Yıl", "Ak", "Öz", "Demir", "Çe", "Kay", "Tok", "Bay", "Gök"],
        ["oğlu", "dağ", "taş", "kan", "soy", "türk", "göz", "lıkaya", "çınar", "ören"],
    ),
    "ma": (
        ["Mo", "Ab", "Kha", "Na", "Ya", "Ou", "Sa", "Za", "Ha", "Fa", "Ri"],
        ["hcine", "dija", "ouar", "ssine", "ssama", "mira", "kariya", "nane", "tiha", "douane", "zlane"],
        ["El Ha", "Bou", "Ait Ou", "Am", "Az", "Ouh", "Ta", "Cha", "Lah", "Mes"],
        ["mdaoui", "zidi", "hammou", "rabti", "ouzi", "addou", "ghaoui", "rifi", "ssaoudi", "kini"],
    ),
    "sr": (
        ["Ra", "Shi", "Ani", "Su", "Dev", "Kav", "Pri", "Ro", "Na", "Vi"],
        ["jesh", "tal", "ndra", "shma", "ita", "rani", "nesh", "dhi", "ndi"],
        ["Ram", "Jag", "Sew", "Bal", "Per", "Kal", "Mah", "Soek", "Bis"],
        ["dien", "harai", "bali", "nath", "lakhan", "sad", "toe", "khoe", "ambar", "ardjo"],
    ),
    "cr": (
        ["Mar", "Gle", "Ro", "Je", "Shu", "Qui", "Ci", "Dwa"],
        ["lon", "ndy", "ailey", "vaughn", "ntsje", "rella", "nesha", "yne"],
        ["Mart", "Wij", "Fel", "Doe", "Ren", "Cor", "Ler", "Kal", "Pin"],
        ["ina", "ngaarde", "tersen", "kel", "nie", "sberg", "zoe", "dorp", "toor"],
    ),
    "pl": (
        ["Ka", "Mał", "Zbi", "Ag", "Ma", "Prze", "Dor", "Wo", "Ja"],
        ["tarzyna", "gorzata", "gniew", "nieszka", "rek", "mysław", "ota", "jciech", "dwiga"],
        ["Kowal", "Nowa", "Wiś", "Zaj", "Lewan", "Grab", "Szczep", "Woź", "Pawl"],
        ["czyk", "kowski", "niewska", "ączek", "owska", "iak", "ańczuk", "ecka"],
    ),
    "ar": (
        ["Ha", "Ra", "Ma", "Ya", "Lu", "Ay", "Ta", "Wa", "Ba"],
        ["mid", "shad", "zen", "man", "ayya", "rek", "ssim", "sel", "ssam"],
        ["Al-Ha", "Al-Ra", "Kha", "Ja", "Na", "Da", "Sha", "Qa"],
        ["ssani", "ddad", "tib", "shidi", "baji", "hhal", "mmour", "bbagh", "rqawi"],
    ),
    "er": (
        ["Tes", "Me", "Se", "Yo", "Ab", "Hi", "Fi", "Ak"],
        ["faye", "ron", "lam", "nas", "raham", "wet", "lmon", "berhet"],
        ["Ghe", "Tek", "Wol", "Hai", "Be", "Ka", "Mehr", "Tes"],
        ["bremed", "leab", "degiorgis", "lemariam", "rhane", "sai", "etab", "fazghi"],
    ),
    "cn": (
        ["Wei", "Xiao", "Li", "Mei", "Thi", "Minh", "Jia", "Hao"],
        ["lan", "ying", "hua", "anh", "ting", "xin", "jun", "thu"],
        ["Ch", "Ng", "Tr", "Zh", "Hu", "Lu", "Ph"],
        ["enwu", "uyen", "ieu", "ouming", "ynh", "ang", "uong"],
    ),
    "mol": (
        ["Ma", "Ro", "Ni", "Se", "Yo", "Ju", "Ele"],
        ["rinus", "nald", "nah", "pus", "hanna", "lius", "onora"],
        ["Ma", "Lat", "Pe", "Sa", "Wat", "Tu", "Lei"],
        ["tulessy", "uperi", "itella", "hetapy", "timena", "palupessy", "wakabessy"],
    ),
    "gh": (
        ["Kwa", "Ako", "Chi", "Olu", "Ade", "Efu", "Yaw"],
        ["me", "sua", "oma", "wale", "bayo", "nam", "ku"],
        ["Ow", "Ase", "Ok", "Ade", "Nwa", "Boa", "Ag"],
        ["usu", "dunso", "afor", "yemi", "chukwu", "tengi", "yemang"],
    ),
}
# surnames and first names that are also ordinary Dutch words
WORD_LAST = ["Vink", "Mol", "Kok", "Winter", "Koning", "Groen", "Schaap", "Haas", "Zomer", "Vos", "Storm", "Spreeuw"]
WORD_FIRST = ["Roos", "Merel", "Sterre", "Mees", "Jade", "Hazel", "Lente", "Dewi"]
NL_PARTICLES = ["van", "van der", "de", "ter", "van den", "van de", "te"]


class Person:
    def __init__(self, first: str, particle: str, last: str, female: bool):
        self.first, self.particle, self.last, self.female = first, particle, last, female

    @property
    def sur(self) -> str:
        return f"{self.particle} {self.last}".strip()

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def ini(self) -> str:
        return self.first[0] + "."

    @property
    def paraph(self) -> str:
        return (self.first[0] + "".join(w[0] for w in self.particle.split()) + self.last[0]).upper()

    def ascii(self, s: str) -> str:
        table = str.maketrans("ıİğĞşŞçÇöÖüÜéèëłŁńśźżąęóćŃŚŹŻĄĘÓĆ", "iIgGsScCoOuUeeelLnszzaeocNSZZAEOC")
        return re.sub(r"[^a-z]", "", s.translate(table).lower())


def person(r, used: set) -> Person:
    while True:
        origin = r.choice(list(ORIGINS) + ["nl", "nl", "nl"])
        fa, fb, la, lb = ORIGINS[origin]
        first = r.choice(fa) + r.choice(fb)
        last = (r.choice(la) + r.choice(lb)).replace(" ", " ")
        if " " in last:
            a, b = last.split(" ", 1)
            last = a + " " + b[0].upper() + b[1:] if b[0].islower() else last
        particle = ""
        if origin == "nl":
            if r.random() < 0.35:
                particle = r.choice(NL_PARTICLES)
            if r.random() < 0.25:
                last = r.choice(WORD_LAST)
            if r.random() < 0.2:
                first = r.choice(WORD_FIRST)
        p = Person(first, particle, last, r.random() < 0.5)
        words = {w.lower() for w in (first + " " + last).split()}
        if not words & used and len(first) > 2:
            used |= words
            return p


# ---------------------------------------------------------------- keep-word material

TOWNS = [
    "Zwolle",
    "Deventer",
    "Amersfoort",
    "Apeldoorn",
    "Leeuwarden",
    "Tilburg",
    "Almere",
    "Schiedam",
    "Venlo",
    "Emmen",
    "Breda",
    "Zaanstad",
    "Heerlen",
    "Gouda",
    "Hoogeveen",
]
TEAMS = [
    "team Wijkzaken",
    "afdeling Vergunningen, Toezicht en Handhaving",
    "team Inkomen",
    "Klantcontactcentrum",
    "Sociaal Wijkteam",
    "team Juridische Zaken",
    "team Belastingen",
    "afdeling Openbare Ruimte",
    "team Schuldhulpverlening",
    "team Leerplicht",
]
FUNCTIONS = [
    "consulent",
    "beleidsmedewerker",
    "teamleider",
    "klachtencoördinator",
    "handhaver",
    "wijkregisseur",
    "jurist",
    "casemanager",
    "medewerker Wmo",
    "accountmanager",
]
TOPICS = [
    ("parkeervergunning", ["parkeervergunning", "Parkeerbeheer", "naheffingsaanslag"]),
    ("Wmo-voorziening", ["Wmo", "traplift", "indicatie"]),
    ("bijzondere bijstand", ["bijzondere bijstand", "Participatiewet", "terugvordering"]),
    ("kwijtschelding", ["kwijtschelding", "gemeentelijke belastingen", "afvalstoffenheffing"]),
    ("omgevingsvergunning", ["omgevingsvergunning", "dakkapel", "welstandscommissie"]),
    ("geluidsoverlast", ["geluidsoverlast", "buurtbemiddeling", "wijkagent"]),
    ("leerlingenvervoer", ["leerlingenvervoer", "taxibus", "Leerplichtwet"]),
    ("WOZ-beschikking", ["WOZ-beschikking", "taxatieverslag", "bezwaarschrift"]),
    ("schuldhulp", ["schuldhulpverlening", "budgetbeheer", "beslagvrije voet"]),
    ("jeugdhulp", ["jeugdhulp", "Jeugdwet", "gezinscoach"]),
    ("afvalcontainer", ["ondergrondse container", "afvalpas", "Meldpunt Openbare Ruimte"]),
    ("boom", ["kapvergunning", "groenbeheer", "boomdeskundige"]),
]
ORGS = [
    "GGD",
    "UWV",
    "Woningcorporatie Thuisvast",
    "Stichting MEE",
    "Het Juridisch Loket",
    "Nationale ombudsman",
    "Veilig Thuis",
    "Sociaal Raadslieden",
]
PLACES = [
    "het stadhuis",
    "wijkcentrum De Kroon",
    "de bibliotheek",
    "het Stadskantoor",
    "buurthuis Het Anker",
    "de Stadswinkel",
]
STREET_A = [
    "Linde",
    "Kastanje",
    "Molen",
    "Vlas",
    "Kievit",
    "Roggen",
    "Zilver",
    "Heide",
    "Brem",
    "Turf",
    "Zeil",
    "Koren",
    "Hazelaar",
    "Wilgen",
    "Ganzen",
    "Beuken",
    "Dotter",
    "Ijssel",
    "Lijster",
    "Klaver",
]
STREET_B = [
    "straat",
    "laan",
    "weg",
    "hof",
    "singel",
    "kade",
    "dreef",
    "plein",
    "erf",
    "pad",
    "stede",
    "gaarde",
    "akker",
    "veld",
]
STREET_PRE = ["", "", "", "Oude ", "Burg. ", "Korte ", "Van Heeckeren"]
MAILHOSTS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "icloud.com"]


def street(r) -> str:
    pre = r.choice(STREET_PRE)
    if pre == "Van Heeckeren":
        return "Van Heeckerenstraat"
    return pre + r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), f"{n}{r.choice('ABC')}", f"{n}-{r.randint(1, 4)}", f"{n} bis"])


def money(r) -> str:
    return f"€ {r.randint(12, 4800)},{r.randint(0, 99):02d}"


def day_date(r, year: int | None = None) -> str:
    y = year or r.choice([2025, 2026])
    return f"{r.randint(1, 28)} {r.choice(MONTHS)} {y}"


# ---------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r, town: str):
        self.r, self.town = r, town
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: set = set()

    def add(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def P(self, text: str) -> str:
        return self.add(text, "PERSON")

    def person(self) -> Person:
        return person(self.r, self.used)

    def email(self, p: Person, host: str | None = None) -> str:
        r = self.r
        f, s = p.ascii(p.first), p.ascii(p.last)
        pa = p.ascii(p.particle)
        local = r.choice([f"{f}.{pa}{s}", f"{f[0]}.{pa}{s}", f"{f}{r.randint(10, 99)}", f"{s}.{f[0]}", f"{f}_{s}"])
        return self.add(f"{local}@{host or r.choice(MAILHOSTS)}", "EMAIL")

    def address(self) -> tuple[str, str]:
        st = street(self.r)
        return self.add(f"{st} {housenr(self.r)}", "ADDRESS"), st

    def sur(self, p: Person, cap: bool = False) -> str:
        s = p.sur
        if cap:
            s = s[0].upper() + s[1:]
        return self.P(s)

    def title(self, p: Person) -> str:
        return self.r.choice(["mevrouw", "mw.", "mevr."]) if p.female else self.r.choice(["de heer", "dhr.", "meneer"])

    def tref(self, p: Person) -> str:
        """A title and a surname form."""
        t = self.title(p)
        return f"{t} {self.sur(p)}"

    def out(self, i: int, text: str, known: dict | None = None) -> dict:
        pii = [it for it in self.pii if it["text"] in text]
        keep = [k for k in self.keep if k in text]
        d = {"id": f"fresh11c-{i:04d}", "text": text, "pii": pii, "keep": keep}
        if known:
            d["known"] = known
        return d


# ---------------------------------------------------------------- the professionals and their genres


def resident_block(D: Doc, p: Person, level: int) -> dict:
    """Structured data of a resident, each as written; level 0..3 picks how much."""
    r = D.r
    data: dict = {}
    if level >= 1 or r.random() < 0.5:
        data["phone"] = D.add(phone(r), "PHONE")
    if level >= 1 and r.random() < 0.7:
        data["email"] = D.email(p)
    if level >= 2:
        data["addr"], data["street"] = D.address()
        data["pc"] = D.add(postcode(r), "POSTCODE")
    if level >= 2 and r.random() < 0.6:
        data["dob"] = D.add(dob(r), "DATE_OF_BIRTH")
    if level >= 3 and r.random() < 0.7:
        data["bsn"] = D.add(fmt_bsn(r, bsn(r)), "BSN")
    if level >= 3 and r.random() < 0.5:
        data["iban"] = D.add(fmt_iban(r, iban(r)), "IBAN")
    return data


def g_timeline(D: Doc, A: Person, i: int):
    """Mediator A: dated case log, own paraph per entry, resident by first name after the first line."""
    r = D.r
    res, off = D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    cn = D.add(case_no(r), "CASE_NUMBER")
    team, fn = r.choice(TEAMS), r.choice(FUNCTIONS)
    D.k(team), D.k(kw[0]), D.k(D.town)
    lines = [f"Logboek afstemming {cn} – {kw[0]}", ""]
    day = r.randint(2, 20)
    mon = r.randint(1, 10)
    fmt = r.choice(["{d:02d}-{m:02d}", "{d}/{m}", "{d:02d}.{m:02d}"])
    entries = [
        f"Verzoek binnen via portal. {D.P(res.full)} ({D.k(D.town)}) wil afstemming over {kw[0]}.",
        f"Gebeld met {D.P(res.first)}; {'zij' if res.female else 'hij'} is bereikbaar op {D.add(phone(r), 'PHONE')}.",
        f"Contact {team}: {D.P(off.ini + ' ' + off.sur)} ({D.k(fn)}) pakt het op.",
        f"{D.P(res.first)} meldt dat er nog niets is gebeurd. Herinnering gestuurd aan {D.sur(off, True)}.",
        f"Gesprek op {D.k(r.choice(DAYS))} in {D.k(r.choice(PLACES))}. Afspraak: {D.k(kw[1])} wordt opnieuw bekeken.",
        f"Terugkoppeling aan {D.P(res.first)}'s dochter {D.P(D.person().first)} (mantelzorger).",
        f"Zaak gesloten, {D.P(res.first)} tevreden. Evaluatie verstuurd.",
    ]
    n = r.randint(4, 7)
    picked = sorted(r.sample(range(3, len(entries)), n - 3))
    chosen = entries[:3] + [entries[j] for j in picked]
    for e in chosen:
        lines.append(f"{fmt.format(d=day, m=mon)}  {e}  [{D.P(A.paraph)}]")
        day += r.randint(1, 5)
        if day > 28:
            day, mon = day - 27, mon + 1
    return "\n".join(lines), {"names": [res.full]} if r.random() < 0.4 else None


def g_report(D: Doc, A: Person, i: int):
    """Mediator B: conversation report with attendance list, mr./mw. titles, surnames only in the body."""
    r = D.r
    res, off, rel = D.person(), D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    team, fn = r.choice(TEAMS), r.choice(FUNCTIONS)
    for w in (team, fn, kw[0], kw[2], D.town):
        D.k(w)
    dat = D.k(day_date(r))
    data = resident_block(D, res, r.randint(0, 2))
    att = [
        f"- {D.P(res.full)}, verzoeker",
        f"- {D.P(rel.full)}, {'buurvrouw' if rel.female else 'buurman'} (ondersteunt verzoeker)",
        f"- {D.P(off.full)}, {fn}, {team}, gemeente {D.town}",
        f"- {D.P(A.full)}, onafhankelijk bemiddelaar (verslag)",
    ]
    body = [
        f"GESPREKSVERSLAG – {dat}" if r.random() < 0.5 else f"Gesprek {D.sur(res, True)} – {dat}",
        "",
        "Aanwezig:",
        *att,
        "",
        f"{D.title(res).capitalize()} {D.sur(res)} legt uit dat de {kw[0]} sinds maanden speelt. "
        f"{D.title(off).capitalize()} {D.sur(off)} erkent dat de brief over de {D.k(kw[1])} onduidelijk was.",
        f"{D.P(rel.first)} vult aan dat {D.P(res.first)} de brief pas na de termijn ontving.",
    ]
    if "addr" in data:
        body.append(f"Het gaat om de woning aan de {data['addr']} ({data['pc']}).")
    if "phone" in data:
        body.append(f"Verzoeker wil voortaan gebeld worden op {data['phone']}.")
    body.append(f"Vervolg: {D.sur(off, True)} stuurt voor {D.k(r.choice(DAYS))} een nieuw voorstel over de {kw[2]}.")
    body.append(f"\n{D.P(A.ini + ' ' + A.sur)}")
    known = {"names": [res.full], **({"phones": [data["phone"]]} if "phone" in data else {})}
    return "\n".join(body), known if r.random() < 0.35 else None


def g_agreement(D: Doc, A: Person, i: int):
    """Mediator C: agreements table 'wie | wat | wanneer', i.o.m. and t.a.v., paraphs in the table."""
    r = D.r
    res, off, off2 = D.person(), D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    team = D.k(r.choice(TEAMS))
    D.k(kw[0]), D.k(D.town)
    cn = D.add(case_no(r), "CASE_NUMBER")
    d1, d2, d3 = (D.k(day_date(r, 2026)) for _ in range(3))
    rows = [
        f"| {D.P(off.paraph)} | nieuw besluit {kw[0]} i.o.m. {D.P(off2.ini + ' ' + off2.sur)} | {d1} |",
        f"| {D.P(res.ini + ' ' + res.sur)} | stukken {D.k(kw[1])} aanleveren t.a.v. {D.sur(off, True)} | {d2} |",
        f"| {D.P(A.paraph)} | evaluatiegesprek plannen met {D.P(res.first)} | {d3} |",
    ]
    text = [
        f"AFSPRAKEN n.a.v. afstemmingsgesprek – dossier {cn}",
        f"Partijen: {D.P(res.full)} en gemeente {D.town} ({team}), vertegenwoordigd door {D.P(off.full)}.",
        "",
        "| wie | wat | wanneer |",
        "|---|---|---|",
        *rows,
        "",
        f"Afkortingen: {off.paraph} = {D.P(off.full)}; {A.paraph} = {D.P(A.full)}.",
    ]
    if r.random() < 0.5:
        iban_s = D.add(fmt_iban(r, iban(r)), "IBAN")
        text.insert(
            -1, f"Terugbetaling van {D.k(money(r))} volgt op rekening {iban_s} t.n.v. {D.P(res.ini + ' ' + res.sur)}."
        )
    known = None
    if r.random() < 0.45:
        ph = D.add(phone(r), "PHONE")
        text.append(f"Bereikbaarheid verzoeker: {ph}.")
        known = {"names": [res.full], "phones": [ph]}
    return "\n".join(text), known


def g_email(D: Doc, A: Person, i: int):
    """Official D: internal e-mail with headers; colleague addresses on the municipal domain; signature block."""
    r = D.r
    res, col = D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    team, fn = D.k(r.choice(TEAMS)), D.k(r.choice(FUNCTIONS))
    D.k(D.town), D.k(kw[0])
    dom = D.town.lower() + ".nl"
    ea = D.email(A, dom)
    ec = D.email(col, dom)
    cn = D.add(case_no(r), "CASE_NUMBER")
    data = resident_block(D, res, r.randint(1, 3))
    body = [
        f"Van: {D.P(A.full)} <{ea}>",
        f"Aan: {D.P(col.full)} <{ec}>",
        f"Onderwerp: RE: {kw[0]} {D.P(res.ini + ' ' + res.sur)} ({cn})",
        f"Bijlage: verzoek {D.P(res.full)}.pdf",
        "",
        f"Hoi {D.P(col.first)},",
        "",
        f"{D.title(res).capitalize()} {D.sur(res)} heeft via het portaal om afstemming gevraagd. "
        f"Ik heb de {D.k(kw[2])} nog eens nagekeken en volgens mij hadden we {D.sur(res)} eerder moeten bellen.",
    ]
    if "bsn" in data:
        body.append(f"BSN voor het opzoeken in het zaaksysteem: {data['bsn']}.")
    if "addr" in data:
        body.append(f"Adres: {data['addr']}, {data['pc']} {D.town}.")
    if "email" in data:
        body.append(f"Mail verzoeker: {data['email']}")
    body += [
        f"Kun jij voor {D.k(r.choice(DAYS))} terugkoppelen aan de bemiddelaar?",
        "",
        "Groet,",
        D.P(A.first),
        "",
        f"{D.P(A.full)} | {fn} | {team} | Gemeente {D.town}",
        f"T {D.add(phone(r), 'PHONE')}",
    ]
    if r.random() < 0.5:
        body += [
            "",
            f"Op {D.k(day_date(r))} schreef {D.P(col.full)} <{ec}>:",
            f"> {D.P(A.first)}, weet jij wie {D.sur(res)} heeft gesproken? De bemiddelaar, {D.P(D.person().full)}, "
            f"vraagt naar het verslag van de {D.k(r.choice(PLACES))}.",
        ]
    known = None
    if "email" in data and r.random() < 0.6:
        known = {"names": [res.full], "emails": [data["email"]]}
    return "\n".join(body), known


def g_memo(D: Doc, A: Person, i: int):
    """Official E: memo with Aan/Van/Datum/Betreft, surnames with particles, a licence plate for parking cases."""
    r = D.r
    res, boss = D.person(), D.person()
    kw = TOPICS[0][1] if r.random() < 0.4 else r.choice(TOPICS)[1]
    team = D.k(r.choice(TEAMS))
    D.k(kw[0]), D.k(D.town)
    dat = D.k(day_date(r))
    cn = D.add(case_no(r), "CASE_NUMBER")
    lines = [
        "MEMO",
        f"Aan:      {D.P(boss.ini + ' ' + boss.sur)}, teamleider",
        f"Van:      {D.P(A.ini + ' ' + A.sur)}",
        f"Datum:    {dat}",
        f"Betreft:  verzoek tot afstemming {D.tref(res)} ({cn})",
        "",
        f"Aanleiding. {D.title(res).capitalize()} {D.sur(res)} ({D.add(dob(r), 'DATE_OF_BIRTH')}) is het niet "
        f"eens met de {kw[0]}.",
    ]
    if kw[0] == "parkeervergunning" or r.random() < 0.45:
        pl = D.add(plate(r), "LICENSE_PLATE")
        lines.append(f"Het kenteken {pl} staat op naam van {D.sur(res)}, de {D.k(kw[2])} ging naar het oude adres.")
    if r.random() < 0.4:
        lines.append(f"Burgerservicenummer {D.add(fmt_bsn(r, bsn(r)), 'BSN')}, zie het zaaksysteem.")
    lines.append(
        f"Advies. Het {team} stelt voor de kosten ({D.k(money(r))}) te vergoeden en {D.sur(res)} excuses aan te bieden."
    )
    if r.random() < 0.5:
        lines.append(f"Afgestemd met {D.P(boss.first)} tijdens het overleg op {D.k(r.choice(DAYS))}.")
    lines.append(f"\n{D.P(A.paraph)}/{D.P(boss.paraph)}")
    return "\n".join(lines), None


def g_intake(D: Doc, A: Person, i: int):
    """Intake worker F: form with labelled fields, dense personal data, a contact person."""
    r = D.r
    res, cp = D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    D.k(kw[0]), D.k(D.town)
    data = resident_block(D, res, 3)
    lines = [
        "INTAKEFORMULIER VERZOEK TOT AFSTEMMING",
        f"Zaaknummer:      {D.add(case_no(r), 'CASE_NUMBER')}",
        f"Naam:            {D.P(res.sur)}, {D.P(res.first)}"
        if r.random() < 0.5
        else f"Naam:            {D.P(res.full)}",
        f"Geboortedatum:   {data.get('dob') or D.add(dob(r), 'DATE_OF_BIRTH')}",
        f"Adres:           {data['addr']}",
        f"Postcode/plaats: {data['pc']} {D.town}",
        f"Telefoon:        {data.get('phone') or D.add(phone(r), 'PHONE')}",
    ]
    if "email" in data:
        lines.append(f"E-mail:          {data['email']}")
    if "bsn" in data:
        lines.append(f"BSN:             {data['bsn']}")
    if "iban" in data:
        lines.append(f"Rekeningnr.:     {data['iban']}")
    lines += [
        f"Contactpersoon:  {D.P(cp.full)} "
        f"({r.choice(['zoon', 'dochter', 'zus', 'broer', 'buurman', 'buurvrouw'])}), {D.add(phone(r), 'PHONE')}",
        f"Onderwerp:       {kw[0]} / {D.k(kw[1])}",
        f"Betrokken:       {D.k(r.choice(ORGS))}",
        f"Intake door:     {D.P(A.full)} op {D.k(day_date(r))}",
        "",
        f"Toelichting: {D.P(res.first)} heeft al drie keer gebeld met {D.k(r.choice(TEAMS))}. {D.P(cp.first)} "
        f"helpt met de post.",
    ]
    full_used = any(ln.endswith(res.full) for ln in lines)
    known = (
        {"names": [res.full], "phones": [lines[6].split(":", 1)[1].strip()]} if full_used and r.random() < 0.6 else None
    )
    return "\n".join(lines), known


def g_lawyer(D: Doc, A: Person, i: int):
    """Lawyer G: formal letter on behalf of a client, 'mr.' titles, client named in full once then 'cliënt(e)'."""
    r = D.r
    res, off = D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    D.k(kw[0]), D.k(D.town)
    cn = D.add(case_no(r), "CASE_NUMBER")
    addr, st = D.address()
    pc = D.add(postcode(r), "POSTCODE")
    cl = "cliënte" if res.female else "cliënt"
    lines = [
        f"Gemeente {D.town}",
        f"t.a.v. {D.title(off)} {D.P(off.ini + ' ' + off.sur)}, {D.k(r.choice(TEAMS))}",
        "",
        f"Uw kenmerk: {cn}",
        f"Betreft: {D.P(res.full)}, {addr}, {pc} {D.town}",
        "",
        f"Geachte {'mevrouw' if off.female else 'heer'} {D.sur(off, True)},",
        "",
        f"Namens {cl}, {D.title(res)} {D.P(res.ini + ' ' + res.sur)}, geboren op {D.add(dob(r), 'DATE_OF_BIRTH')}, "
        f"bericht ik u over de {kw[0]}. {cl.capitalize()} heeft op {D.k(day_date(r))} een verzoek tot "
        f"afstemming ingediend.",
        f"Het besluit over de {D.k(kw[1])} is niet zorgvuldig voorbereid. {D.sur(res, True)} is nooit gehoord.",
    ]
    if r.random() < 0.5:
        doc = D.person()
        lines.append(
            f"Bijgevoegd is een verklaring van huisarts dr. {D.P(doc.ini + ' ' + doc.sur)} over de gezondheid van {cl}."
        )
    if r.random() < 0.4:
        lines.append(f"Het bedrag van {D.k(money(r))} kan worden overgemaakt op {D.add(fmt_iban(r, iban(r)), 'IBAN')}.")
    lines += [
        f"Ik verzoek u binnen twee weken te reageren. Een kopie gaat naar de bemiddelaar, {D.P(D.person().full)}.",
        "",
        "Hoogachtend,",
        "",
        f"mr. {D.P(A.full)}",
        f"advocaat, {D.email(A, 'advocatenkantoor-' + D.town.lower() + '.nl')}, {D.add(phone(r), 'PHONE')}",
    ]
    return "\n".join(lines), {"names": [res.full]} if r.random() < 0.3 else None


def g_hearing(D: Doc, A: Person, i: int):
    """Secretary H of the objections committee: hearing report, chair and members, objector and representative."""
    r = D.r
    chair, mem, res, gm, off = (D.person() for _ in range(5))
    topic, kw = r.choice(TOPICS)
    D.k(kw[0]), D.k(D.town)
    cn = D.add(case_no(r), "CASE_NUMBER")
    lines = [
        "VERSLAG HOORZITTING COMMISSIE BEZWAARSCHRIFTEN",
        f"Zaak: {cn}   Datum: {D.k(day_date(r))}   Locatie: {D.k(r.choice(PLACES))}",
        "",
        f"Commissie: mr. {D.P(chair.ini + ' ' + chair.sur)} (voorzitter), {D.P(mem.ini + ' ' + mem.sur)} (lid)",
        f"Secretaris: {D.P(A.full)}",
        f"Bezwaarmaker: {D.title(res)} {D.P(res.full)}, bijgestaan door mr. {D.P(gm.ini + ' ' + gm.sur)}",
        f"Namens het college: {D.P(off.full)}, {D.k(r.choice(FUNCTIONS))}",
        "",
        f"De voorzitter opent de zitting. Mr. {D.sur(gm, True)} licht het bezwaar tegen de {kw[0]} toe.",
        f"{D.sur(res, True)} verklaart dat {'zij' if res.female else 'hij'} de {D.k(kw[1])} niet heeft ontvangen.",
        f"{D.sur(off, True)} antwoordt dat het besluit op {D.k(day_date(r))} is verzonden.",
        f"Op vragen van {D.sur(mem)} zegt {D.sur(off)} dat een afstemmingsgesprek niet is aangeboden.",
        "Het dossier wordt na de zitting aangevuld. De voorzitter sluit de zitting.",
    ]
    return "\n".join(lines), {"names": [res.full]} if r.random() < 0.25 else None


def g_crm(D: Doc, A: Person, i: int):
    """CRM export pasted by I: semicolon rows with names, phones, statuses and owners' paraphs."""
    r = D.r
    D.k(D.town)
    hdr = "zaaknr;naam;telefoon;onderwerp;status;behandelaar;laatste contact"
    rows = [hdr]
    n = r.randint(3, 6)
    own = [D.person() for _ in range(2)]
    for _ in range(n):
        p = D.person()
        if r.random() < 0.5:
            nm = f"{D.P(p.last)}, {D.P(p.first)}" + (f" {p.particle}" if p.particle else "")
        else:
            nm = D.P(p.full)
        topic, kw = r.choice(TOPICS)
        o = r.choice(own)
        rows.append(
            f"{D.add(case_no(r), 'CASE_NUMBER')};{nm};{D.add(phone(r), 'PHONE')};{D.k(kw[0])};"
            f"{D.k(r.choice(['open', 'in behandeling', 'afgesloten', 'wacht op reactie']))};{D.P(o.paraph)};"
            f"{D.k(day_date(r))}"
        )
    note = (
        f"Export uit het CRM door {D.P(A.full)} ({D.k(r.choice(TEAMS))}), gemeente {D.town}. Behandelaars: "
        + ", ".join(f"{o.paraph} = {D.P(o.full)}" for o in own)
    )
    return note + "\n\n" + "\n".join(rows), None


def g_handover(D: Doc, A: Person, i: int):
    """Mediator J: informal handover note, lower-case names, arrows, first names only."""
    r = D.r
    res, nb, col = D.person(), D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    D.k(kw[0]), D.k(D.town)
    lines = [
        f"overdracht {D.town} – {D.k(day_date(r))}",
        "",
        f"hoi {D.P(col.first.lower())}, hierbij mijn lopende dossiers nu ik met verlof ga.",
        "",
        f"1) {D.P(res.first.lower())} {D.P(res.sur.lower())} – {kw[0]} -> gesprek met {D.k(r.choice(TEAMS))} staat, "
        f"{D.P(res.first)} wil wel dat haar buurman {D.P(nb.first)} erbij is. tel {D.add(phone(r), 'PHONE')}",
        f"   let op: {D.P(nb.first.lower())} is zelf ook boos over de {D.k(kw[1])}.",
    ]
    if r.random() < 0.4:
        ll = D.person()
        lines.append(
            f"   verhuurder {D.P(ll.full)} ({D.k(r.choice(ORGS))}) reageert niet, {D.P(ll.last.lower())} zit op "
            f"vakantie."
        )
    if r.random() < 0.6:
        p2 = D.person()
        lines.append(
            f"2) {D.P(p2.full)} ({D.add(case_no(r), 'CASE_NUMBER')}) – wacht op {D.k(r.choice(ORGS))}, niks "
            f"doen tot {D.k(r.choice(DAYS))}."
        )
        if r.random() < 0.5:
            a, st = D.address()
            lines.append(f"   woont {a}, {D.add(postcode(r), 'POSTCODE')}, bel niet na 17 uur.")
    lines += ["", f"groetjes, {D.P(A.first.lower())}"]
    return "\n".join(lines), None


def g_minutes(D: Doc, A: Person, i: int):
    """Minute-taker K: minutes of a case meeting, attendance with functions, action table with paraphs."""
    r = D.r
    ps = [D.person() for _ in range(4)]
    res = D.person()
    topic, kw = r.choice(TOPICS)
    D.k(kw[0]), D.k(D.town)
    fns = r.sample(FUNCTIONS, 3)
    for f in fns:
        D.k(f)
    lines = [
        f"Notulen casusoverleg {D.k(r.choice(DAYS))} {D.k(day_date(r))}",
        f"Aanwezig: {', '.join(f'{D.P(p.full)} ({f})' for p, f in zip(ps[:3], fns, strict=True))}, "
        f"{D.P(A.full)} (notulen)",
        f"Afwezig: {D.P(ps[3].full)} (m.k.)",
        "",
        f"1. Casus {D.P(res.ini + ' ' + res.sur)} ({D.add(case_no(r), 'CASE_NUMBER')}): {kw[0]}.",
        f"   {D.P(ps[0].first)} meldt dat {D.sur(res)} sinds {D.k(r.choice(MONTHS))} geen reactie kreeg. "
        f"{D.P(ps[1].first)} neemt contact op met {D.k(r.choice(ORGS))}.",
        "",
        "Actiepunten",
        "nr | actie | wie | deadline",
        f"1 | {D.k(kw[1])} opnieuw beoordelen | {D.P(ps[0].paraph)} | {D.k(day_date(r, 2026))}",
        f"2 | terugkoppeling aan {D.sur(res)} | {D.P(ps[1].paraph)}/{D.P(A.paraph)} | {D.k(day_date(r, 2026))}",
    ]
    return "\n".join(lines), None


def g_eval(D: Doc, A: Person, i: int):
    """Quality officer L: evaluation form, scores, quotes of the resident, the mediator by name."""
    r = D.r
    res, med = D.person(), D.person()
    topic, kw = r.choice(TOPICS)
    D.k(kw[0]), D.k(D.town)
    lines = [
        "EVALUATIEFORMULIER AFSTEMMING",
        f"Dossier: {D.add(case_no(r), 'CASE_NUMBER')} | Onderwerp: {kw[0]} | Gemeente: {D.town}",
        f"Verzoeker: {D.title(res)} {D.P(res.full)} | Bemiddelaar: {D.P(med.full)}",
        "",
        f"Tevredenheid over de bemiddelaar (1-5): {r.randint(2, 5)}",
        f"Toelichting verzoeker: 'Mevrouw {D.sur(med)} luisterde echt.'"
        if med.female
        else f"Toelichting verzoeker: '{D.P(med.first)} luisterde echt.'",
        f"Is het probleem met de {D.k(kw[1])} opgelost? {D.k(r.choice(['Grotendeels', 'Ja, volledig', 'Nog niet']))}",
        f"Opmerking: {D.sur(res, True)} had liever een gesprek op {D.k(r.choice(PLACES))} gehad.",
        "",
        f"Ingevuld door {D.P(A.ini + ' ' + A.sur)}, kwaliteitsmedewerker, {D.k(day_date(r))}",
    ]
    if r.random() < 0.5:
        em = D.email(res)
        lines.insert(3, f"E-mail verzoeker: {em}")
        return "\n".join(lines), {"names": [res.full], "emails": [em]}
    return "\n".join(lines), None


GENRES = [
    g_timeline,
    g_report,
    g_agreement,
    g_email,
    g_memo,
    g_intake,
    g_lawyer,
    g_hearing,
    g_crm,
    g_handover,
    g_minutes,
    g_eval,
]


# ---------------------------------------------------------------- the gate


def _name_words(text: str) -> set:
    return {w.lower() for w in re.findall(r"[\w'-]+", text) if w.lower() not in PARTICLES and len(w) > 1}


def problems(d: dict) -> list[str]:
    out = []
    text = d["text"]
    for item in d["pii"]:
        if item["label"] not in LABELS:
            out.append(f"label {item['label']}")
        if item["text"] not in text:
            out.append(f"not in text: {item['text']!r}")
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            out.append(f"BSN check digit: {item['text']}")
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            out.append(f"IBAN check digits: {item['text']}")
        if item["label"] == "PERSON":
            low = item["text"].lower()
            if any(low == t or low.startswith(t + " ") for t in TITLES):
                out.append(f"title inside name: {item['text']}")
    if out:
        return out
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        out.append(f"check_doc: {e}")
    # every name part in every case form: blank the items, then look case-insensitively
    blank = text
    for item in sorted(d["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], " ")
    for item in d["pii"]:
        if item["label"] != "PERSON":
            continue
        for w in item["text"].split():
            if w.lower() in PARTICLES or len(w) < 2 or w.endswith("."):
                continue
            if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", blank, re.I):
                out.append(f"name part left: {w}")
    names = set()
    for item in d["pii"]:
        if item["label"] == "PERSON":
            names |= _name_words(item["text"])
    for k in d["keep"]:
        shared = _name_words(k) & names
        if shared:
            out.append(f"keep word {k!r} shares {shared} with a name")
    return out


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes every annotation gate; otherwise the first problem."""
    found = problems(doc)
    if known:
        kn = doc.get("known")
        if not kn:
            found.append("no known record")
        else:
            pii = {(i["text"], i["label"]) for i in doc["pii"]}
            person_words = set()
            for t, lab in pii:
                if lab == "PERSON":
                    person_words |= _name_words(t)
            for n in kn.get("names", []):
                parts = _name_words(n)
                present = {w for w in parts if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", doc["text"], re.I)}
                if not present:
                    found.append(f"known name not in the text: {n}")
                elif present - person_words:
                    found.append(f"known name not annotated: {n}")
            for e in kn.get("emails", []):
                if (e, "EMAIL") not in pii:
                    found.append(f"known e-mail not annotated: {e}")
            for p in kn.get("phones", []):
                if (p, "PHONE") not in pii:
                    found.append(f"known phone not annotated: {p}")
    return found[0] if found else None


# ---------------------------------------------------------------- generation


def generate() -> list[dict]:
    import random

    r = random.Random(SEED)
    authors_used: set = set()
    authors = [person(r, authors_used) for _ in range(len(GENRES))]
    docs = []
    rejected = 0
    for i in range(N_DOCS):
        g = i % len(GENRES)
        while True:
            D = Doc(r, r.choice(TOWNS))
            D.used = set(authors_used)
            text, known = GENRES[g](D, authors[g], i)
            d = D.out(i, text, known)
            if gate(d, bool(known)) is None:
                break
            rejected += 1
        docs.append(d)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    docs = generate()
    body = render(docs)
    labels = Counter(i["label"] for d in docs for i in d["pii"])
    print(f"{OUT.name}: {len(docs)} documents, {sum('known' in d for d in docs)} with known data")
    for lab in sorted(LABELS):
        print(f"  {lab:15s} {labels[lab]}")
    print(f"  keep words      {sum(len(d['keep']) for d in docs)}")
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == body
        print("check:", "identical" if same else "DIFFERS")
        return 0 if same else 1
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
