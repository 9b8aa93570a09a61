"""Generate the fresh11w corpus (helper H5, round ten, written blind): texts residents write themselves.

Run ``python make_fresh11w.py`` to (re)write the file, ``--check`` to compare the committed file with fresh output
(exit 0 iff equal). Every document passes ``gate()``; a drawn document that fails is drawn again from the same
seeded stream, so the output is deterministic.
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
SEED = 111211
OUT = HERE / "fresh11w_residents.jsonl"
N_DOCS = 300
LABELS = {
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "POSTCODE",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
TITLES = {"mevrouw", "meneer", "mevr", "mevr.", "mw", "mw.", "dhr", "dhr.", "heer", "de heer", "dr", "dr.", "mr."}


def _load_score():
    spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# ---------------------------------------------------------------- identifiers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - int(d[8])) % 11 == 0


BANKS = ("ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB")


def iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in base))
    check = 98 - num % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_written(r: random.Random) -> str:
    s = iban(r)
    style = r.randint(0, 4)
    if style == 0:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if style == 1:
        return s.lower()
    if style == 2:
        return s[:4] + " " + s[4:8] + " " + s[8:]
    if style == 3:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
    return s


def bsn_written(r: random.Random) -> str:
    s = bsn(r)
    style = r.randint(0, 3)
    if style == 0:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if style == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == 2:
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    return s


def phone(r: random.Random) -> str:
    if r.random() < 0.75:
        d = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        style = r.randint(0, 7)
        if style == 0:
            return f"0{d[0]}-{d[1:]}"
        if style == 1:
            return f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"
        if style == 2:
            return f"+31 {d[0]} {d[1:5]} {d[5:]}"
        if style == 3:
            return f"0031{d}"
        if style == 4:
            return f"0{d}"
        if style == 5:
            return f"0{d[0]} - {d[1:5]} {d[5:]}"
        if style == 6:
            return f"(06) {d[1:4]} {d[4:6]} {d[6:]}"
        return f"06/{d[1:5]}.{d[5:]}"
    area = r.choice(("020", "010", "070", "030", "038", "050", "043", "0591", "0575", "0475"))
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice((f"{area}-{rest}", f"{area} {rest}", f"({area}) {rest}", f"{area}{rest}"))


def postcode(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
    return r.choice((f"{n} {letters}", f"{n}{letters}", f"{n} {letters.lower()}", f"{n}{letters.lower()}"))


def plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def let(k: int) -> str:
        return "".join(r.choice(L) for _ in range(k))

    def dig(k: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    p = r.choice(
        (
            f"{dig(2)}-{let(3)}-{dig(1)}",
            f"{let(2)}-{dig(3)}-{let(1)}",
            f"{dig(1)}-{let(3)}-{dig(2)}",
            f"{let(3)}-{dig(2)}-{let(1)}",
            f"{let(1)}-{dig(3)}-{let(2)}",
            f"{dig(2)}-{let(2)}-{let(2)}",
        )
    )
    style = r.randint(0, 3)
    if style == 1:
        return p.replace("-", "").lower()
    if style == 2:
        return p.replace("-", " ")
    return p


def case_number(r: random.Random) -> str:
    y = r.randint(2022, 2026)
    n = r.randint(1000, 999999)
    return r.choice(
        (
            f"Z-{y}-{n:06d}",
            f"Z/{y % 100}/{n:06d}",
            f"VTA-{y}-{n % 10000:04d}",
            f"VTA{y}{n % 10000:04d}",
            f"WMO/{y}/{n % 100000:05d}",
            f"ZK{y % 100}.{n:06d}",
            f"BZ-{y}-{n % 100000:05d}",
            f"zaak {y}-{n:06d}",
            f"{y}/{n:06d}",
            f"#{n:06d}",
        )
    )


MONTHS = (
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
)


def dob(r: random.Random, old: bool = False) -> str:
    y = r.randint(1928, 1958) if old else r.randint(1950, 2008)
    m, d = r.randint(1, 12), r.randint(1, 28)
    style = r.randint(0, 5)
    if style == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if style == 1:
        return f"{d}-{m}-{y}"
    if style == 2:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 3:
        return f"{d}/{m}/{y % 100:02d}"
    if style == 4:
        return f"{d}.{m}.{y}"
    return f"{d} {MONTHS[m - 1][:3]} '{y % 100:02d}"


# ---------------------------------------------------------------- names, composed per origin

ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # first-name starts, first-name ends, surname starts, surname ends
    "nl": (
        ("Wil", "Ger", "Jo", "Hen", "Ma", "Tie", "Bre", "Lie", "An", "Ri", "Fe", "Jan", "Ber", "Wou", "Kee"),
        ("mke", "nie", "rtje", "trijn", "nske", "bert", "lof", "nard", "sje", "ke", "lien", "do", "mer"),
        ("Ver", "Over", "Hoog", "Brem", "Wes", "Stok", "Zand", "Leem", "Brak", "Hul", "Kamp", "Bos", "Dal", "Rot"),
        ("kes", "hoven", "mans", "ink", "erink", "kamp", "beek", "werf", "huis", "stee", "egge", "ert", "sink"),
    ),
    "fy": (
        ("Sjo", "Hid", "Tsj", "Auk", "Wyt", "Fok", "Jel", "Rin", "Sie", "Eel"),
        ("erd", "ke", "sje", "tske", "ze", "ma", "bren", "le"),
        ("Hoek", "Wier", "Dijk", "Post", "Hal", "Bij", "Sie", "Terp", "Hol", "Wyn"),
        ("stra", "inga", "sma", "ema", "enga", "stra", "ma"),
    ),
    "ma": (
        ("Mou", "Bil", "Kha", "Nou", "Ya", "Za", "Ha", "Ou", "Sou", "Ik", "Fa"),
        ("nir", "lal", "dija", "reddine", "ssine", "karia", "fsa", "ssam", "kram", "tima", "mia"),
        ("El Ha", "El Ma", "Bou", "Ait ", "Ben ", "Aza", "Am", "Ouar", "Tah", "Zer"),
        ("rouchi", "jdoubi", "kili", "Yassin", "Haddou", "ouzi", "rani", "ghali", "iri", "zani"),
    ),
    "tr": (
        ("Mer", "Emi", "Tu", "Bur", "Ay", "Ze", "Kaa", "Hü", "Sel", "Öz", "Gül"),
        ("ve", "ne", "ğba", "ak", "şe", "ynep", "an", "lya", "in", "can", "ten"),
        ("Kara", "Yıl", "Ak", "Öz", "Demir", "Çe", "Kurt", "Şa", "Tek", "Ay"),
        ("oğlu", "dız", "taş", "türk", "kaya", "lik", "han", "soy", "gün", "er"),
    ),
    "sr": (
        ("Ra", "Sha", "Kav", "Dew", "Anj", "Roe", "Pri", "Vi", "Sun", "Nee", "Gi"),
        ("dj", "nti", "ita", "anand", "ali", "shni", "sha", "tra", "ndra", "esh"),
        ("Ram", "Ma", "Sew", "Jag", "Kal", "Bis", "Hard", "Chan", "Dhar", "Koe"),
        ("dien", "harsingh", "nath", "bali", "pat", "soe", "djan", "kisoen", "ai", "manohar"),
    ),
    "cw": (
        ("Jur", "Shu", "Ri", "Jea", "Di", "Mar", "Ge", "Eu", "Ro", "Kur"),
        ("ienne", "gendry", "sha", "nelis", "shawn", "ly", "ric", "dency"),
        ("Mar", "Cel", "Fran", "Isen", "Go", "Mar", "Zim", "Ma", "Wal", "Pie"),
        ("tina", "estina", "cisca", "ia", "ressa", "ciano", "merman", "le", "lé", "terz"),
    ),
    "pl": (
        ("Agn", "Kry", "Woj", "Ma", "Prze", "Dor", "Bar", "Ka", "Łu", "Zbi"),
        ("ieszka", "styna", "ciech", "łgorzata", "mek", "ota", "tosz", "sia", "kasz", "gniew"),
        ("Kowa", "Wiś", "Nowa", "Grab", "Zie", "Sto", "Dąb", "Pawł", "Mrocz", "Szew"),
        ("lczyk", "niewska", "kowski", "owski", "lińska", "czyk", "rowska", "ak", "ek"),
    ),
    "sy": (
        ("Ra", "Ha", "Mo", "Lay", "Am", "Ka", "Sa", "Nou", "Ta", "Ba"),
        ("sha", "nan", "hanad", "la", "jad", "reem", "mer", "ra", "rek", "sel"),
        ("Al ", "Al-", "Ha", "Kha", "Da", "Ab", "Sha", "Ma"),
        ("Hamwi", "Halabi", "tib", "mdan", "raki", "ssan", "bbagh", "rdini", "sri"),
    ),
    "er": (
        ("Se", "Ha", "Ye", "Mi", "Te", "Fi", "Ab", "Ru"),
        ("mhar", "gos", "men", "ret", "sfay", "lmon", "raham", "ta"),
        ("Tes", "Ha", "Gebre", "Wel", "Ye", "Ke", "Ber", "Ab"),
        ("faye", "gos", "mariam", "degiorgis", "mane", "flom", "he", "raha"),
    ),
    "id": (
        ("Wi", "Su", "Ha", "Ti", "Har", "Ret", "Wa", "In"),
        ("dya", "santi", "rtono", "neke", "yono", "no", "tini", "dah"),
        ("Sup", "Tjoe", "Ha", "Lie", "Sa", "Pat", "Koe", "Djo"),
        ("riadi", "ng", "lim", "mbeek", "rdjo", "ipeilohy", "smin", "ko"),
    ),
    "gh": (
        ("Kwa", "Ako", "Ye", "Ko", "Ab", "Efu", "Ama", "Ka"),
        ("me", "sua", "boah", "fi", "ena", "a", "ku", "mina"),
        ("Ase", "Ow", "Bo", "Me", "Os", "Dan", "An", "Ofo"),
        ("dua", "usu", "ateng", "nsah", "ei", "so", "kwah", "ri"),
    ),
    "cn": (
        ("Wei", "Li", "Xiu", "Jun", "Mei", "Hao", "Yu", "Lan"),
        ("", "ying", "ling", "hua", "fang", "jie", "ming", ""),
        ("Ch", "Zh", "W", "L", "T", "H", "Y", "X"),
        ("eung", "ang", "ong", "iu", "sang", "uen", "ee", "ao"),
    ),
    "so": (
        ("Ho", "Fa", "Ab", "Ay", "Ma", "Il", "Sa"),
        ("odan", "rhiya", "dirahman", "aan", "hamud", "hamed", "ciid"),
        ("War", "Fa", "Ja", "Xa", "Du", "Gu"),
        ("same", "arah", "ma", "siye", "ale", "led"),
    ),
    "af": (
        ("Far", "Ze", "Sho", "Ba", "Mah", "Par", "Ka"),
        ("had", "lmai", "ukat", "hram", "boob", "isa", "mran"),
        ("Ah", "Sul", "Ra", "Kar", "Nik", "Jaf", "Ha"),
        ("madzai", "tani", "himi", "zai", "pour", "ari", "ssani"),
    ),
    "pt": (
        ("Jo", "Ma", "Ri", "Lu", "Cle", "Fer", "Is"),
        ("ão", "nuela", "cardo", "ísa", "ide", "nanda", "abel"),
        ("Fer", "Tav", "Mon", "Sem", "Lop", "Gon", "Var"),
        ("reira", "ares", "teiro", "edo", "es da Graça", "çalves", "ela"),
    ),
}
WORD_SURNAMES = ("Vink", "Wolf", "Groen", "Snel", "Winter", "Hoek", "Kort", "Vos", "Zwaan", "Schaap", "Brink", "Bos")
WORD_FIRSTS = ("Roos", "Wil", "Berend", "Hoop", "Dewi", "Mees", "Sterre", "Zon", "Jade", "Storm")
NICKS = ("Mo", "Bas", "Sjaan", "Tonnie", "Ria", "Ome Kees", "Mimi", "Jojo", "Pim", "Tijs")
DUTCH_PREFIX = ("van", "van de", "van der", "de", "ter", "van den", "den", "in 't")


class Person:
    def __init__(self, first: str, last: str, prefix: str = "") -> None:
        self.first, self.last, self.prefix = first, last, prefix

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.prefix, self.last) if x)

    @property
    def surname(self) -> str:
        return (self.prefix[0].upper() + self.prefix[1:] + " " + self.last) if self.prefix else self.last

    @property
    def surname_mid(self) -> str:
        return (self.prefix + " " + self.last) if self.prefix else self.last


def person(r: random.Random, origin: str | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS) + ["nl", "nl", "nl", "word"])
    if origin == "word":
        return Person(r.choice(WORD_FIRSTS), r.choice(WORD_SURNAMES), r.choice(("", "", "de")))
    fs, fe, ss, se = ORIGINS[origin]
    first = r.choice(fs) + r.choice(fe)
    last = " ".join(w[0].upper() + w[1:] for w in (r.choice(ss) + r.choice(se)).split())
    if origin == "cn":
        first = (r.choice(fs) + r.choice(fe)).capitalize()
    prefix = r.choice(DUTCH_PREFIX) if origin in ("nl",) and r.random() < 0.4 else ""
    return Person(first, last, prefix)


STREET_PARTS = (
    ("Wilg", "Brem", "Hazel", "Kievit", "Zwaluw", "Karper", "Lijster", "Tuimel", "Roggen", "Vlas", "Molen", "Esdoorn"),
    ("hofstraat", "akkerweg", "dreef", "laan", "gaarde", "kamp", "veldweg", "singel", "hof", "erf", "pad", "donk"),
)


def street(r: random.Random) -> str:
    return r.choice(STREET_PARTS[0]) + r.choice(STREET_PARTS[1])


def housenr(r: random.Random) -> str:
    n = str(r.randint(1, 214))
    return n + r.choice(("", "", "", "a", "B", "-2", " bis", "-II"))


# ---------------------------------------------------------------- keep words

DEPARTMENTS = (
    "afdeling Wmo",
    "afdeling Burgerzaken",
    "Sociaal Domein",
    "afdeling Belastingen",
    "Schulddienstverlening",
    "Wijkteam",
    "Handhaving",
    "afdeling Vergunningen",
    "Klantcontactcentrum",
    "afdeling Leerplicht",
)
SCHEMES = (
    "bijzondere bijstand",
    "huurtoeslag",
    "kwijtschelding",
    "Participatiewet",
    "Wmo",
    "parkeervergunning",
    "leerlingenvervoer",
    "persoonsgebonden budget",
    "energietoeslag",
    "Jeugdwet",
)
ORGS = (
    "Belastingdienst",
    "UWV",
    "SVB",
    "CAK",
    "GGD",
    "Juridisch Loket",
    "Nationale ombudsman",
    "woningcorporatie",
    "Veilig Thuis",
    "Zorgkantoor",
)
TOWNS = ("Zwolle", "Apeldoorn", "Tilburg", "Leeuwarden", "Almere", "Schiedam", "Heerlen", "Emmen", "Deventer", "Venlo")


def the(dept: str) -> str:
    """``dept`` with its article: het Wijkteam, de afdeling Wmo."""
    return ("het " if dept.lower() in ("wijkteam", "klantcontactcentrum") else "de ") + dept


PLACES = ("stadhuis", "bibliotheek", "wijkcentrum", "gemeentehuis", "Stadskantoor", "speeltuin", "milieustraat")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
LAWS = ("Awb", "Wet open overheid", "AVG", "Woningwet", "APV")


def date_plain(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(MONTHS)}"


def amount(r: random.Random) -> str:
    return r.choice((f"€ {r.randint(20, 2400)},{r.randint(0, 99):02d}", f"{r.randint(15, 900)} euro"))


# ---------------------------------------------------------------- document builder


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def name(self, pers: Person, form: str = "full") -> str:
        if form == "full":
            return self.p(pers.full, "PERSON")
        if form == "first":
            return self.p(pers.first, "PERSON")
        if form == "last":
            return self.p(pers.surname, "PERSON")
        if form == "mid":
            return self.p(pers.surname_mid, "PERSON")
        if form == "lower":
            return self.p(pers.first.lower(), "PERSON")
        if form == "upper":
            return self.p(pers.full.upper(), "PERSON")
        if form == "upperlast":
            return self.p(pers.last.upper(), "PERSON")
        if form == "init":
            return self.p(f"{pers.first[0]}. {pers.surname_mid}", "PERSON")
        raise ValueError(form)

    def addr(self, r: random.Random) -> tuple[str, str]:
        s = street(r)
        return s, self.p(f"{s} {housenr(r)}", "ADDRESS")

    def email(self, r: random.Random, pers: Person) -> str:
        f, ln = pers.first.lower(), re.sub(r"\W", "", pers.last.lower())
        local = r.choice(
            (
                f"{f}.{ln}",
                f"{f}{ln}{r.randint(1, 99)}",
                f"{f[0]}.{ln}",
                f"{ln}.{f}",
                f"{f}_{r.randint(1950, 2009)}",
                f"{ln}{r.randint(10, 999)}",
            )
        )
        local = unicodedata.normalize("NFKD", local.replace("ı", "i").replace("ł", "l"))
        local = re.sub(r"[^a-z0-9._]", "", local)
        dom = r.choice(("hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "icloud.com"))
        return self.p(f"{local}@{dom}", "EMAIL")

    def build(self, did: str, text: str, known: dict | None = None) -> dict:
        d = {"id": did, "text": text, "pii": self.pii, "keep": self.keep}
        if known:
            d["known"] = known
        return d


def keeps(r: random.Random, dc: Doc, n: int = 3) -> list[str]:
    pools = (DEPARTMENTS, SCHEMES, ORGS, TOWNS, PLACES, WEEKDAYS, LAWS)
    return [dc.k(r.choice(pools[i % len(pools)])) for i in r.sample(range(len(pools)), n)]


# ---------------------------------------------------------------- voices


def v_elderly_letter(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r, r.choice(("nl", "nl", "fy", "id", "sr")))
    wife = person(r, "nl")
    wife.last = me.last
    wife.prefix = me.prefix
    dept, scheme, town = dc.k(r.choice(DEPARTMENTS)), dc.k(r.choice(SCHEMES)), dc.k(r.choice(TOWNS))
    s, a = dc.addr(r)
    pc = dc.p(postcode(r), "POSTCODE")
    day = dc.k(date_plain(r))
    lines = [
        "Geachte heer, mevrouw,",
        f"Hierbij wend ik mij tot u, ondergetekende {dc.name(me)}, wonende {a}, {pc} {town}.",
        f"Op {day} ontving ik een brief van {the(dept)} over mijn {scheme}. Ik begrijp deze brief niet.",
    ]
    if r.random() < 0.5:
        lines.append(f"Mijn echtgenote, mevrouw {dc.name(wife)}, is sinds het voorjaar in het verpleeghuis.")
        lines.append(f"Zij is geboren op {dc.p(dob(r, True), 'DATE_OF_BIRTH')}.")
    if r.random() < 0.5:
        lines.append(f"Mijn burgerservicenummer is {dc.p(bsn_written(r), 'BSN')}.")
    if r.random() < 0.4:
        lines.append(
            f"Het geld kan worden overgemaakt op rekeningnummer {dc.p(iban_written(r), 'IBAN')} t.n.v. "
            f"{dc.name(me, 'init')}."
        )
    if r.random() < 0.6:
        lines.append(f"U kunt mij overdag telefonisch bereiken op {dc.p(phone(r), 'PHONE')} (vaste lijn).")
    official = person(r)
    if r.random() < 0.5:
        lines.append(f"Ik heb reeds gesproken met de heer {dc.name(official, 'last')}, maar die wist het ook niet.")
    lines.append(f"Met de meeste hoogachting,\n\n{dc.name(me, 'init')}")
    if r.random() < 0.3:
        lines.append(
            f"(getypt door de {dc.k('bibliotheek')} naar de handgeschreven brief van de heer {dc.name(me, 'last')})"
        )
    return "\n".join(lines), None


def v_texting(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r, r.choice(("nl", "ma", "tr", "cw", "sr", "word")))
    scheme, org = dc.k(r.choice(SCHEMES)), dc.k(r.choice(ORGS))
    wd = dc.k(r.choice(WEEKDAYS))
    bits = [f"hoi ik ben {dc.name(me, 'lower')} 👋", f"mn {scheme} is gestopt en {org} zegt dat ligt bij jullie??"]
    if r.random() < 0.5:
        bf = person(r, r.choice(("nl", "ma", "cw")))
        bits.append(f"mn vriend {dc.name(bf, 'lower')} heeft {wd} al gebeld maar niemand nam op")
    elif r.random() < 0.5:
        nick = dc.p(r.choice(NICKS), "PERSON")
        bits.append(f"{nick} van hiernaast zegt dat ik {wd} moet klagen")
    else:
        bits.append(f"heb {wd} gebeld maar kreeg steeds de wachtrij")
    if r.random() < 0.6:
        bits.append(f"app me ff op {dc.p(phone(r), 'PHONE')} pls")
    if r.random() < 0.4:
        bits.append(f"of mail {dc.email(r, me)}")
    if r.random() < 0.4:
        bits.append(f"zaaknr was {dc.p(case_number(r), 'CASE_NUMBER')} ofzo")
    if r.random() < 0.3:
        bits.append(f"k woon {dc.addr(r)[1]} btw")
    bits.append(r.choice(("thx", "dankjee", "groetjes", "x")))
    if r.random() < 0.3:
        bits.append(f"{me.first.lower()} {dc.p(me.surname_mid.lower(), 'PERSON')}")
    sep = r.choice(("\n", " ", " .. "))
    known = None
    if r.random() < 0.3:
        known = {"names": [me.first]}
    return sep.join(bits), known


def v_angry(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    dept = dc.k(r.choice(DEPARTMENTS).upper())
    amt = dc.k(amount(r))
    lines = [
        f"{dc.k('Schandalig')}. IK BEN HET ZAT!!! Al DRIE keer gebeld met {dept} en NIEMAND belt terug.",
        f"Ik moet {amt} betalen voor iets wat ik NIET heb gedaan.",
    ]
    if r.random() < 0.5:
        pl = dc.p(plate(r), "LICENSE_PLATE")
        lines.append(f"Mijn auto ({pl}) stond GEWOON op mijn eigen oprit!!")
    if r.random() < 0.5:
        off = person(r)
        lines.append(
            f"En die {dc.name(off, 'first')} van de telefoon zei dat ik maar een brief moest sturen. ECHT NIET NORMAAL."
        )
    lines.append(f"{dc.name(me, 'upper')}")
    if r.random() < 0.6:
        lines.append(f"tel {dc.p(phone(r), 'PHONE')}")
    if r.random() < 0.4:
        lines.append(f"kenmerk: {dc.p(case_number(r), 'CASE_NUMBER')}")
    known = {"names": [me.full]} if r.random() < 0.25 else None
    return "\n".join(lines), known


def v_non_native(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    origin = r.choice(("sy", "er", "pl", "tr", "ma", "cn", "gh"))
    me = person(r, origin)
    man = person(r, origin)
    man.last = me.last
    kid = person(r, origin)
    kid.last = me.last
    scheme, org, town = dc.k(r.choice(SCHEMES)), dc.k(r.choice(ORGS)), dc.k(r.choice(TOWNS))
    lines = [
        f"Goedendag, mijn naam is {dc.name(me)}. Ik woon in {town} sinds 4 jaar.",
        f"Ik heb probleem met {scheme}. {org} stuur brief maar ik snap niet.",
        f"Mijn man {dc.name(man, 'first')} is ziek, hij kan niet werken.",
    ]
    if r.random() < 0.6:
        lines.append(
            f"Onze zoon {dc.name(kid, 'first')} is geboren {dc.p(dob(r), 'DATE_OF_BIRTH')}, hij gaat naar school."
        )
    if r.random() < 0.4:
        lines.append(f"BSN van mij: {dc.p(bsn_written(r), 'BSN')}")
    if r.random() < 0.5:
        lines.append(f"Adres: {dc.addr(r)[1]} {dc.p(postcode(r), 'POSTCODE')}")
    if r.random() < 0.6:
        lines.append(f"Telefoon {dc.p(phone(r), 'PHONE')}, mijn dochter spreek beter Nederlands.")
    if r.random() < 0.4:
        lines.append(f"Email: {dc.email(r, me)}")
    lines.append("Dank u wel voor hulp.")
    known = {"names": [me.full]} if r.random() < 0.3 else None
    return " ".join(lines), known


def v_dialect(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r, r.choice(("nl", "fy")))
    wife = person(r, "nl")
    dept, wd = dc.k(r.choice(DEPARTMENTS)), dc.k(r.choice(WEEKDAYS))
    variant = r.randint(0, 2)
    if variant == 0:  # Brabants
        lines = [
            f"Hedde gij da gezien? Ons {dc.name(wife, 'first')} hee {wd} nog gebeld mee {the(dept)}.",
            f"Ik ben {dc.name(me)} en ik wil dè ge da effe uitzoekt, want ons {dc.name(wife, 'first')} "
            "slaapt er nie meer van.",
        ]
    elif variant == 1:  # Limburgs-ish
        lines = [
            f"Ich bin {dc.name(me)} en ich höb 'ne breef gehad van {the(dept)}.",
            f"Miene vrouw {dc.name(wife, 'first')} zaet dat ich mót belle, mer gae nemt nooit op, ouch nie op {wd}.",
        ]
    else:  # Gronings-ish
        lines = [
            f"Moi, mien noam is {dc.name(me)}. Ik heb {wd} n braif kregen van {dept}.",
            f"Mien vraauw {dc.name(wife, 'first')} zegt: doar mout ie wat mit doun.",
        ]
    if r.random() < 0.5:
        lines.append(f"Belt ons mor op {dc.p(phone(r), 'PHONE')}.")
    if r.random() < 0.4:
        lines.append(f"Wij wonen op {dc.addr(r)[1]}.")
    if r.random() < 0.3:
        lines.append(f"Nummer van de brief: {dc.p(case_number(r), 'CASE_NUMBER')}")
    return "\n".join(lines), None


def v_on_behalf(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    mum = person(r, r.choice(("nl", "id", "sr", "tr", "ma", "fy")))
    if r.random() < 0.5:
        me.last, me.prefix = mum.last, mum.prefix
    scheme, dept, place = dc.k(r.choice(SCHEMES)), dc.k(r.choice(DEPARTMENTS)), dc.k(r.choice(PLACES))
    rel, title, she = r.choice((("moeder", "mevrouw", "Zij"), ("vader", "meneer", "Hij"), ("oma", "mevrouw", "Zij")))
    lines = [
        f"Beste medewerker, ik schrijf namens mijn {rel}, {title} {dc.name(mum)}, geboren "
        f"{dc.p(dob(r, True), 'DATE_OF_BIRTH')}.",
        f"{she} is zelf niet meer goed in staat om te schrijven. De {scheme} is stopgezet door {the(dept)}.",
    ]
    if r.random() < 0.6:
        lines.append(f"{she} woont nog zelfstandig op de {dc.addr(r)[1]}, vlak bij het {place}.")
    else:
        lines.append(f"We zijn samen naar het {place} gegaan maar daar konden ze niets doen.")
    if r.random() < 0.5:
        lines.append(f"BSN: {dc.p(bsn_written(r), 'BSN')}, rekening {dc.p(iban_written(r), 'IBAN')}.")
    if r.random() < 0.5:
        lines.append(f"{title.capitalize()} {dc.name(mum, 'last')} heeft een machtiging voor mij getekend.")
    lines.append(f"Met vriendelijke groet, {dc.name(me)} (zoon/dochter)")
    if r.random() < 0.7:
        lines.append(f"{dc.p(phone(r), 'PHONE')} | {dc.email(r, me)}")
    known = {"names": [mum.full]} if r.random() < 0.4 else None
    return "\n".join(lines), known


def v_neighbour(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    nb = person(r)
    nb2 = person(r)
    dept, law = dc.k(r.choice(("Handhaving", "afdeling Vergunningen", "Wijkteam"))), dc.k(r.choice(LAWS))
    s = street(r)
    mine = dc.p(f"{s} {r.randint(2, 60)}", "ADDRESS")
    lines = [
        f"Ik woon op {mine} en ik heb al maanden last van de buren.",
        f"Meneer {dc.name(nb, 'last')} van nummer {r.randint(61, 99)} zet zijn aanhanger steeds voor mijn deur.",
    ]
    if r.random() < 0.6:
        lines.append(f"Kenteken van die aanhanger/auto: {dc.p(plate(r), 'LICENSE_PLATE')}.")
    lines.append(f"Volgens mij mag dat niet volgens de {law}. Ik heb {dept} gebeld, niks gebeurd.")
    if r.random() < 0.5:
        lines.append(f"Zijn vrouw {dc.name(nb2, 'first')} schreeuwt dan ook nog naar mijn kinderen.")
        if r.random() < 0.5:
            lines.append(f"{dc.name(nb2, 'first')}s hond blaft de hele nacht.")
    if r.random() < 0.5:
        lines.append(f"Ook de verhuurder, {dc.name(person(r))}, doet er niks aan.")
    lines.append(f"Groet, {dc.name(me)}")
    if r.random() < 0.5:
        lines.append(f"{dc.p(phone(r), 'PHONE')}")
    return "\n".join(lines), None


def v_carer(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    cared = person(r)
    scheme, org = dc.k(r.choice(("Wmo", "persoonsgebonden budget", "Jeugdwet"))), dc.k(r.choice(ORGS))
    wd = dc.k(r.choice(WEEKDAYS))
    rel = r.choice(("schoonvader", "broer", "buurvrouw", "zoon", "tante"))
    lines = [
        f"Als mantelzorger voor mijn {rel} {dc.name(cared)} loop ik vast.",
        f"De indicatie voor de {scheme} is verlopen en het {org} stuurt rekeningen.",
        f"{dc.name(cared, 'first')}'s medicijnen moeten elke dag, dat regel ik allemaal, ook op {wd}.",
    ]
    if r.random() < 0.5:
        lines.append(f"Geboortedatum {dc.name(cared, 'first')}: {dc.p(dob(r), 'DATE_OF_BIRTH')}")
    if r.random() < 0.5:
        off = person(r)
        lines.append(f"De consulent, {dc.name(off, 'first')} geloof ik, zou terugbellen maar dat is niet gebeurd.")
    else:
        lines.append(f"Die meneer van de {dc.k('Wmo-loket')} zou terugbellen maar dat is niet gebeurd.")
    if r.random() < 0.4:
        lines.append(f"Dossiernummer {dc.p(case_number(r), 'CASE_NUMBER')}.")
    lines.append(f"{dc.name(me)}, {dc.p(phone(r), 'PHONE')}")
    known = {"names": [me.full], "phones": []} if r.random() < 0.3 else None
    if known:
        known["phones"] = [i["text"] for i in dc.pii if i["label"] == "PHONE"]
    return "\n".join(lines), known


def v_voicemail(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    dept = dc.k(r.choice(DEPARTMENTS))
    tm = f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}"
    ph = phone(r)
    lines = [
        f"[voicemail {dc.k(r.choice(WEEKDAYS))} {tm}, uitgeschreven]",
        f"Ja, goedemorgen, u spreekt met {dc.name(me)}, eh, ik bel over de brief van {dept}.",
        f"Ik ben, eh, terug te bellen op {dc.p(ph, 'PHONE')}, nogmaals {dc.p(re.sub(chr(32), ' - ', ph), 'PHONE')}.",
    ]
    if r.random() < 0.5:
        lines.append(f"Het gaat over mijn zoon {dc.name(person(r), 'first')}, die zit in de brugklas.")
    if r.random() < 0.4:
        lines.append(f"Het nummer op de brief is eh {dc.p(case_number(r), 'CASE_NUMBER')}.")
    lines.append(f"Nou ja, {dc.name(me, 'last')} dus. Dag.")
    return " ".join(lines), None


def v_social(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    town, place = dc.k(r.choice(TOWNS)), dc.k(r.choice(PLACES))
    lines = [
        f"@gemeente{town} al 6 weken wachten op antwoord over de {place}. Schandalig. #{town.lower()}",
        f"Gesproken met {dc.name(person(r), 'first')} aan de balie, zou 'uitgezocht worden'. Ja ja.",
    ]
    if r.random() < 0.5:
        lines.append(f"DM me maar, ik ben {dc.name(me)} (of bel {dc.p(phone(r), 'PHONE')})")
    else:
        lines.append(f"groet {dc.name(me, 'lower')}")
    if r.random() < 0.3:
        lines.append(f"ref {dc.p(case_number(r), 'CASE_NUMBER')}")
    return "\n".join(lines), None


def v_followup(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    off = person(r)
    dept, day, amt = dc.k(r.choice(DEPARTMENTS)), dc.k(date_plain(r)), dc.k(amount(r))
    lines = [
        f"Onderwerp: Re: mijn verzoek {dc.p(case_number(r), 'CASE_NUMBER')}",
        f"Beste {dc.name(off, 'first')},",
        f"Op {day} heb ik u gebeld over de terugvordering van {amt}. U zou het navragen bij {dept}.",
        f"{dc.k('Helaas')} heb ik nog niets gehoord.",
    ]
    if r.random() < 0.5:
        lines.append(
            f"Het bedrag mag terug op {dc.p(iban_written(r), 'IBAN')} (rekening van mijn partner "
            f"{dc.name(person(r), 'full')})."
        )
    if r.random() < 0.4:
        lines.append(f"Mijn BSN staat in het dossier: {dc.p(bsn_written(r), 'BSN')}.")
    lines.append(f"Groet,\n{dc.name(me)}")
    if r.random() < 0.5:
        lines.append(f"Verstuurd vanaf mijn iPhone | {dc.email(r, me)}")
    known = None
    if r.random() < 0.3:
        known = {"names": [me.full], "emails": [i["text"] for i in dc.pii if i["label"] == "EMAIL"]}
    return "\n".join(lines), known


def v_webform(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    scheme, org = dc.k(r.choice(SCHEMES)), dc.k(r.choice(ORGS))
    s, a = dc.addr(r)
    fields = [
        f"Naam: {dc.name(me)}",
        f"Adres: {a}",
        f"Postcode/plaats: {dc.p(postcode(r), 'POSTCODE')} {dc.k(r.choice(TOWNS))}",
        f"Telefoon: {dc.p(phone(r), 'PHONE')}",
    ]
    if r.random() < 0.6:
        fields.append(f"E-mail: {dc.email(r, me)}")
    if r.random() < 0.4:
        fields.append(f"Geboortedatum: {dc.p(dob(r), 'DATE_OF_BIRTH')}")
    body = (
        f"Omschrijving: Sinds de verhuizing naar de {dc.p(s, 'ADDRESS')} krijg ik geen {scheme} meer. "
        f"Het {org} verwijst naar de gemeente en de gemeente naar het {org}."
    )
    if r.random() < 0.5:
        body += f" Mijn dochter {dc.name(person(r), 'first')} helpt mij met dit formulier."
    fields.append(body)
    known = {"names": [me.full], "phones": [fields[3].split(": ", 1)[1]]} if r.random() < 0.4 else None
    return "\n".join(fields), known


def v_whatsapp(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    a, b = person(r), person(r)
    if r.random() < 0.5:
        b.last, b.prefix = a.last, a.prefix
    scheme, wd, amt = dc.k(r.choice(SCHEMES)), dc.k(r.choice(WEEKDAYS)), dc.k(amount(r))
    clock = [r.randint(8 * 60, 20 * 60)]

    def ts() -> str:
        clock[0] += r.randint(1, 40)
        return f"[{clock[0] // 60 % 24:02d}:{clock[0] % 60:02d}]"

    an, bn = dc.name(a, "first"), dc.name(b, "first")
    lines = [
        f"{ts()} {an}: heb jij die brief over {scheme} nog",
        f"{ts()} {bn}: ja ligt hier. ze willen {amt} terug 🙄",
        f"{ts()} {an}: bel jij {wd}? ik moet werken",
    ]
    if r.random() < 0.5:
        lines.append(f"{ts()} {bn}: nummer van die mevrouw is {dc.p(phone(r), 'PHONE')}")
    if r.random() < 0.4:
        lines.append(f"{ts()} {an}: zet anders {dc.p(case_number(r), 'CASE_NUMBER')} erbij")
    if r.random() < 0.4:
        lines.append(f"{ts()} {bn}: en mn bsn {dc.p(bsn_written(r), 'BSN')} toch?")
    lines.insert(0, f"(doorgestuurd WhatsApp-gesprek tussen {dc.name(a)} en {dc.name(b, 'lower')})")
    return "\n".join(lines), None


def v_tenant(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r)
    landlord = person(r)
    org, law, town = (
        dc.k(r.choice(("woningcorporatie", "Huurcommissie", "Juridisch Loket"))),
        dc.k(r.choice(LAWS)),
        dc.k(r.choice(TOWNS)),
    )
    s = street(r)
    a = dc.p(f"{s} {housenr(r)}", "ADDRESS")
    bare = dc.p(s, "ADDRESS")
    lines = [
        f"Aan de gemeente {town},",
        f"Ik huur sinds {dc.k(str(r.randint(2009, 2024)))} een kamer op {a} van de heer {dc.name(landlord)}.",
        f"{dc.k('Schimmel')} overal. Er zit schimmel in de badkamer en {dc.name(landlord, 'last')} reageert niet.",
        f"Iedereen aan de {bare} heeft hetzelfde probleem.",
        f"De {org} zegt dat de gemeente moet handhaven op grond van de {law}.",
    ]
    if r.random() < 0.5:
        lines.append(f"De huur ({dc.k(amount(r))}) betaal ik keurig via {dc.p(iban_written(r), 'IBAN')}.")
    if r.random() < 0.4:
        lines.append(f"Zijn busje ({dc.p(plate(r), 'LICENSE_PLATE')}) staat er soms, dan is hij er wel.")
    lines.append(f"Vriendelijke groet,\n{dc.name(me)}\n{dc.email(r, me)}")
    known = None
    if r.random() < 0.35:
        known = {"names": [me.full], "emails": [i["text"] for i in dc.pii if i["label"] == "EMAIL"]}
    return "\n".join(lines), known


def v_handwritten(r: random.Random, dc: Doc) -> tuple[str, dict | None]:
    me = person(r, r.choice(("nl", "fy", "sr", "id", "cw")))
    grand = person(r)
    dept, day, place = dc.k(r.choice(DEPARTMENTS)), dc.k(date_plain(r)), dc.k(r.choice(PLACES))
    lines = [
        "[brief, overgetypt door medewerker; handschrift slecht leesbaar]",
        f"Aan {dept}. Ik ben {dc.name(me)} en ik ben {dc.k(f'{r.randint(71, 94)} jaar')} oud.",
        f"Op {day} ben ik bij het {place} geweest [onleesbaar] maar er was niemand.",
        f"Mijn kleinzoon {dc.name(grand, 'first')} heeft gezegd dat ik moet schrijven.",
    ]
    if r.random() < 0.6:
        pc = dc.p(postcode(r), "POSTCODE")
        lines.append(f"Mijn adres is {dc.addr(r)[1]}, {pc}.")
    if r.random() < 0.5:
        lines.append(f"Geb. {dc.p(dob(r, True), 'DATE_OF_BIRTH')}, sofinummer {dc.p(bsn_written(r), 'BSN')}")
    if r.random() < 0.5:
        lines.append(f"Tel. {dc.p(phone(r), 'PHONE')} (na 10 uur)")
    lines.append(f"Hoogachtend, {dc.name(me, 'init')}")
    return "\n".join(lines), None


VOICES = (
    ("letter", v_elderly_letter, 24),
    ("text", v_texting, 26),
    ("angry", v_angry, 20),
    ("nonnative", v_non_native, 26),
    ("dialect", v_dialect, 20),
    ("behalf", v_on_behalf, 26),
    ("neighbour", v_neighbour, 24),
    ("carer", v_carer, 22),
    ("voicemail", v_voicemail, 18),
    ("social", v_social, 16),
    ("followup", v_followup, 18),
    ("webform", v_webform, 18),
    ("whatsapp", v_whatsapp, 22),
    ("tenant", v_tenant, 20),
    ("handwritten", v_handwritten, 18),
)


# ---------------------------------------------------------------- gate


def _name_words(d: dict) -> set[str]:
    out = set()
    for i in d["pii"]:
        if i["label"] == "PERSON":
            out |= {w.lower() for w in re.findall(r"[^\W\d_]+", i["text"]) if len(w) > 1 and w.lower() not in PARTICLES}
    return out


def problems(d: dict) -> list[str]:
    found = []
    text = d["text"]
    for i in d["pii"]:
        if i["label"] not in LABELS:
            found.append(f"unknown label {i['label']}")
        if i["text"] not in text:
            found.append(f"not in text: {i['text']!r}")
        if i["label"] == "PERSON":
            low = i["text"].lower()
            if any(low == t or low.startswith(t + " ") for t in TITLES):
                found.append(f"title inside name: {i['text']!r}")
        if i["label"] == "BSN" and not bsn_ok(i["text"]):
            found.append(f"BSN check fails: {i['text']!r}")
        if i["label"] == "IBAN" and not iban_ok(i["text"]):
            found.append(f"IBAN check fails: {i['text']!r}")
    if found:
        return found
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        found.append(f"check_doc: {e}")
    emails = {i["text"] for i in d["pii"] if i["label"] == "EMAIL"}
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if m.group(0).rstrip(".") not in emails:
            found.append(f"e-mail address not annotated as EMAIL: {m.group(0)!r}")
    blank = text
    for i in sorted(d["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(i["text"], "[x]")
    names = _name_words(d)
    for w in sorted(names):
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", blank, re.IGNORECASE):
            found.append(f"name word {w!r} left unannotated in some case form")
    for k in d["keep"]:
        shared = {w.lower() for w in re.findall(r"[^\W\d_]+", k) if len(w) > 1} & names
        if shared:
            found.append(f"keep word {k!r} shares {sorted(shared)} with a name")
    return found


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes every annotation gate, else the first problem."""
    found = problems(doc)
    if not doc.get("keep"):
        found.append("no keep words")
    if known:
        kn = doc.get("known")
        if not kn or not kn.get("names"):
            found.append("no known record")
        else:
            persons = {i["text"].casefold() for i in doc["pii"] if i["label"] == "PERSON"}
            for n in kn["names"]:
                if n.casefold() not in persons:
                    found.append(f"known name not annotated: {n!r}")
            for key, label in (("emails", "EMAIL"), ("phones", "PHONE")):
                have = {i["text"] for i in doc["pii"] if i["label"] == label}
                for v in kn.get(key, []):
                    if v not in have:
                        found.append(f"known {key} not annotated: {v!r}")
    return found[0] if found else None


# ---------------------------------------------------------------- generate


def _draw(r: random.Random, fn, did: str) -> dict:
    for _ in range(200):
        dc = Doc()
        text, known = fn(r, dc)
        d = dc.build(did, text, known)
        if gate(d, "known" in d) is None:
            return d
    raise RuntimeError(f"no passing draw for {did}")


def generate() -> list[dict]:
    r = random.Random(SEED)
    docs = []
    for tag, fn, n in VOICES:
        for i in range(n):
            docs.append(_draw(r, fn, f"fresh11w-{tag}-{i:03d}"))
    order = random.Random(SEED + 1)
    order.shuffle(docs)
    return docs


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def report(docs: list[dict]) -> None:
    labels = Counter(i["label"] for d in docs for i in d["pii"])
    print(
        f"{OUT.name}: {len(docs)} documents, {sum(labels.values())} pii items, {sum(len(d['keep']) for d in docs)} "
        f"keep words, {sum('known' in d for d in docs)} with known data"
    )
    for label in sorted(LABELS):
        print(f"  {label:14s} {labels[label]}")


def main(argv: list[str]) -> int:
    docs = generate()
    fresh = dump(docs)
    report(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == fresh
        print("OK: committed file matches" if same else "MISMATCH: committed file differs from fresh output")
        return 0 if same else 1
    OUT.write_text(fresh, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
