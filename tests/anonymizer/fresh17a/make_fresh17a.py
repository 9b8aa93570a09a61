"""Generate fresh17a: a blind corpus of Dutch speech-made texts (transcripts, call records, dictation, voice notes).

Usage (from the project root, PYTHONPATH=.):
  python tests/anonymizer/fresh17a/make_fresh17a.py            write fresh17a_texts.jsonl
  python tests/anonymizer/fresh17a/make_fresh17a.py --check    exit 1 if the committed file differs
  python tests/anonymizer/fresh17a/make_fresh17a.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


F = _load("fresh17a_forms", HERE / "fresh17a_forms.py")
_names = _load("fresh17a_names", HERE / "fresh17a_names.py")
ORIGINS, compose = _names.ORIGINS, _names.compose
_score = _load("f17a_score", HERE.parent / "corpora" / "score.py")
check_doc, leaked = _score.check_doc, _score.leaked
ASCII = str.maketrans(
    dict(
        pair.split(":")
        for pair in "ı:i ö:o ü:u ş:s ç:c ğ:g é:e ë:e è:e ä:a ï:i ń:n ł:l ś:s ż:z "
        "ą:a ę:e ó:o á:a í:i ú:u ã:a õ:o ñ:n â:a ê:e î:i ô:o û:u à:a ć:c č:c ž:z š:s".split()
    )
)

SEED = 20261351
N_DOCS = 300
OUT = HERE / "fresh17a_texts.jsonl"
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
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

SHAPES: dict[str, str] = {}  # shape name -> kind of shape


def shape(kind: str):
    def deco(fn):
        SHAPES[fn.__name__] = kind
        return fn

    return deco


# ----------------------------------------------------------------------------------------------------------------
# people


class Person:
    def __init__(self, r: random.Random, origin: str, first: str | None = None, pre: str = "", core: str = ""):
        f0, p0, c0 = compose(r, origin)
        self.first = first or f0
        self.pre, self.core = (pre, core) if core else (p0, c0)
        self.female = r.random() < 0.5
        self.lower_ok = True

    @property
    def surname(self) -> str:  # as written after a first name
        if not self.pre:
            return self.core
        return self.pre + self.core if self.pre.endswith(("-", " ")) else f"{self.pre} {self.core}"

    @property
    def bare(self) -> str:  # without first name: first particle capitalised
        s = self.surname
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "de heer"

    @property
    def initials(self) -> str:
        return self.first[0] + ". " + self.surname

    @property
    def tag(self) -> str:  # initials as a speaker tag: first letter, particles small, core letter
        parts = self.pre.replace("-", " ").split() if self.pre else []
        return self.first[0] + "".join(p[0].lower() if p.lower() in PARTICLES else p[0] for p in parts) + self.core[0]


def possessive(name: str) -> str:
    if name[-1] in "sxz":
        return name + "'"
    if name[-1] in "aeiouy":
        return name + "'s"
    return name + "s"


def misheard(r: random.Random, word: str) -> str:
    subs = [
        ("v", "f"),
        ("ij", "ei"),
        ("ou", "au"),
        ("y", "i"),
        ("ck", "k"),
        ("dt", "t"),
        ("oe", "ou"),
        ("ie", "i"),
        ("kk", "k"),
        ("z", "s"),
        ("a", "aa"),
        ("e", "ee"),
        ("i", "ie"),
        ("o", "oo"),
    ]
    r.shuffle(subs)
    low = word.lower()
    for a, b in subs:
        if a in low[1:]:
            i = low.index(a, 1)
            out = word[:i] + b + word[i + len(a) :]
            if out.lower() != low:
                return out
    return word + "e"


KNOWN_WORDS = [
    # (word, surname or first name, ordinary use in lower case, the keep word)
    ("Visser", "s", "de visser bij de vijver had zijn hengel laten liggen", "visser"),
    ("Molenaar", "s", "de molenaar van de korenmolen zag het gebeuren", "molenaar"),
    ("Koster", "s", "de koster deed de kerk pas om tien uur open", "koster"),
    ("Schipper", "s", "de schipper van het pontje belde de politie", "schipper"),
    ("Timmerman", "s", "een timmerman heeft de schutting provisorisch gerepareerd", "timmerman"),
    ("Brouwer", "s", "de brouwer van het buurtcafé zet de kratten op de stoep", "brouwer"),
    ("Mol", "s", "er zit een mol in het grasveld achter de flat", "mol"),
    ("Vink", "s", "er zit elke ochtend een vink op de vensterbank", "vink"),
    ("Storm", "s", "na de storm lag de boom dwars over het fietspad", "storm"),
    ("Winter", "s", "afgelopen winter vroor de leiding in de berging kapot", "winter"),
    ("Berg", "s", "er ligt al weken een berg grofvuil bij de container", "berg"),
    ("Bos", "s", "in het bos achter de school worden bomen gekapt", "bos"),
    ("Post", "s", "de post komt bij ons steeds op het verkeerde adres", "post"),
    ("Koning", "s", "op de markt noemen ze hem de koning van de kaas", "koning"),
    ("Baas", "s", "mijn baas wil een verklaring van de gemeente", "baas"),
    ("Groen", "s", "het groen in de wijk wordt niet meer gemaaid", "groen"),
    ("Beek", "s", "de beek achter de tuinen stroomt over bij regen", "beek"),
    ("Hoek", "s", "op de hoek van de straat staat een kapotte lantaarn", "hoek"),
    ("Zwaan", "s", "er broedt een zwaan vlak naast het pad", "zwaan"),
    ("Klaver", "s", "het gazon staat vol klaver en paardenbloemen", "klaver"),
    ("Steen", "s", "iemand heeft een steen door de ruit gegooid", "steen"),
    ("Schaap", "s", "er liep een schaap los op de dijk", "schaap"),
    ("Kroon", "s", "de tandarts zette een kroon op mijn kies", "kroon"),
    ("Merel", "f", "er nestelt een merel in de dakgoot", "merel"),
    ("Roos", "f", "de roos in de voortuin is platgetrapt", "roos"),
    ("Iris", "f", "de oogarts zag een ontsteking aan de iris", "iris"),
    ("Jasmijn", "f", "de jasmijn groeit over de schutting heen", "jasmijn"),
    ("Linde", "f", "de linde voor het huis lekt kleverig sap op de auto", "linde"),
]
DUTCH_FIRSTS = ["Gerrit", "Annelies", "Pieter", "Marloes", "Hans", "Ingeborg", "Teun", "Wilma", "Evert", "Dorien"]


# ----------------------------------------------------------------------------------------------------------------
# the document under construction


class Doc:
    def __init__(self, r: random.Random, did: str):
        self.r, self.id = r, did
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known: dict | None = None

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def s(self, name: str) -> None:
        assert name in SHAPES, name
        if name not in self.shapes:
            self.shapes.append(name)


# ----------------------------------------------------------------------------------------------------------------
# identifier forms


def dob_form(d: Doc, c: dict) -> str:
    r = d.r
    y, m, day = c["dob"]
    st = r.choice(
        ["num_dash", "num_slash", "num_dot", "words", "ordinal", "month_word", "short_year", "iso", "mixed", "spaced"]
    )
    if st == "num_dash":
        t = f"{day:02d}-{m:02d}-{y}"
    elif st == "num_slash":
        t = f"{day}/{m}/{y}"
    elif st == "num_dot":
        t = f"{day}.{m:02d}.{str(y)[2:]}"
    elif st == "words":
        t = f"{F.nl(day)} {F.MONTHS[m - 1]} {F.year_words(y, r)}"
    elif st == "ordinal":
        t = f"{F.ordinal(day)} {F.MONTHS[m - 1]} {F.year_words(y, r)}"
    elif st == "month_word":
        t = f"{day} {F.MONTHS[m - 1]} {y}"
    elif st == "short_year":
        t = f"{day} {F.MONTHS[m - 1][:3]} '{str(y)[2:]}"
    elif st == "iso":
        t = f"{y}-{m:02d}-{day:02d}"
    elif st == "mixed":
        t = f"{F.nl(day)} {m} {y}"
    else:
        t = f"{day} {m} {y}"
    return d.p(t, "DATE_OF_BIRTH")


def bsn_form(d: Doc, c: dict) -> str:
    b, r = c["bsn"], d.r
    st = r.choice(["plain", "groups", "dots", "digits_spaced", "words", "mixed"])
    if st == "plain":
        t = b
    elif st == "groups":
        t = f"{b[:4]} {b[4:6]} {b[6:]}"
    elif st == "dots":
        t = f"{b[:3]}.{b[3:6]}.{b[6:]}"
    elif st == "digits_spaced":
        t = " ".join(b)
    elif st == "words":
        t = " ".join(F.SAY_DIGIT[int(x)] for x in b)
    else:
        t = " ".join(F.SAY_DIGIT[int(x)] for x in b[:3]) + " " + b[3:6] + " " + b[6:]
    return d.p(t, "BSN")


def iban_form(d: Doc, c: dict) -> str:
    i, r = c["iban"], d.r
    st = r.choice(["compact", "groups", "lower", "spoken"])
    if st == "compact":
        t = i
    elif st == "groups":
        t = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    elif st == "lower":
        t = i.lower()
    else:
        t = f"{i[:2]} {i[2:4]} {i[4:8]} " + " ".join(F.SAY_DIGIT[int(x)] for x in i[8:12]) + f" {i[12:16]} {i[16:]}"
    return d.p(t, "IBAN")


def phone_form(d: Doc, c: dict, variant: int = 0) -> str:
    p, r = c["phone"], d.r  # ten digits, 06...
    st = r.choice(["pairs", "dash", "intl", "words_lead", "plain", "dotted"]) if variant == 0 else "pairs"
    if st == "pairs":
        t = f"{p[:2]} {p[2:4]} {p[4:6]} {p[6:8]} {p[8:]}"
    elif st == "dash":
        t = f"{p[:2]}-{p[2:]}"
    elif st == "intl":
        t = f"+31 {p[1]} {p[2:6]} {p[6:]}"
    elif st == "words_lead":
        t = f"nul zes {p[2:]}"
    elif st == "plain":
        t = p
    else:
        t = f"{p[:2]}.{p[2:5]}.{p[5:8]}.{p[8:]}"
    return d.p(t, "PHONE")


def email_form(d: Doc, c: dict, spoken: bool | None = None) -> str:
    local, dom = c["email"]
    if spoken is None:
        spoken = d.r.random() < 0.4
    if spoken:
        said = local.replace(".", " punt ").replace("_", " underscore ").replace("-", " streepje ")
        t = f"{said} apenstaartje {dom.replace('.', ' punt ')}"
    else:
        t = f"{local}@{dom}"
    return d.p(t, "EMAIL")


def address_form(d: Doc, c: dict) -> str:
    street, num = c["street"], c["num"]
    st = d.r.choice(["plain", "words", "split", "letter"])
    if st == "plain":
        t = f"{street} {num}"
    elif st == "words":
        t = f"{street} {F.nl(num)}"
    elif st == "split":
        base = street[: -len(c["street_end"])]
        t = f"{base} {c['street_end']} {num}"
    else:
        t = f"{street} {num}{d.r.choice('abc')}"
    return d.p(t, "ADDRESS")


def postcode_form(d: Doc, c: dict) -> str:
    n, L = c["postcode"]
    st = d.r.choice(["plain", "joined", "lower", "spelled", "digit_words"])
    if st == "plain":
        t = f"{n} {L}"
    elif st == "joined":
        t = f"{n}{L}"
    elif st == "lower":
        t = f"{n} {L.lower()}"
    elif st == "spelled":
        t = f"{n} {F.spell_letters(L, d.r, d.r.choice(['van', 'zoals']))}"
    else:
        t = " ".join(F.SAY_DIGIT[int(x)] for x in n) + f" {L}"
    return d.p(t, "POSTCODE")


def plate_form(d: Doc, c: dict) -> str:
    pl = c["plate"]
    st = d.r.choice(["plain", "nodash", "spelled", "lower"])
    if st == "plain":
        t = pl
    elif st == "nodash":
        t = pl.replace("-", " ")
    elif st == "spelled":
        t = " ".join(ch if ch.isdigit() else f"{ch} van {F.ALPHABET[ch]}" for ch in pl.replace("-", ""))
    else:
        t = pl.lower()
    return d.p(t, "LICENSE_PLATE")


def case_form(d: Doc, c: dict) -> str:
    cs = c["case"]
    st = d.r.choice(["plain", "plain", "spoken"])
    if st == "spoken":
        t = " ".join(ch if ch.isalpha() else F.SAY_DIGIT[int(ch)] if ch.isdigit() else "streep" for ch in cs)
        t = re.sub(r"\s+", " ", t)
    else:
        t = cs
    return d.p(t, "CASE_NUMBER")


def make_case(r: random.Random) -> str:
    fmt = r.randrange(6)
    n = r.randint(1000, 99999)
    if fmt == 0:
        return f"VTA-26-{n:05d}"
    if fmt == 1:
        return f"HZ{r.randint(24, 26)}.{n % 10000:04d}.{r.choice('BKMW')}"
    if fmt == 2:
        return f"BZC/{r.randint(2024, 2026)}/{n}-{r.randint(1, 9)}"
    if fmt == 3:
        return f"MED{r.randint(24, 26)}-{n % 1000:03d}{r.choice('ABC')}"
    if fmt == 4:
        return f"KCC{n:05d}{r.choice('XYZ')}"
    return f"RC-{r.choice(['WZ', 'RO', 'BM'])}-{n % 10000:04d}"


def make_plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def ls(k):
        return "".join(r.choice(L) for _ in range(k))

    def ds(k):
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    return r.choice(
        [
            f"{ls(2)}-{ds(3)}-{ls(1)}",
            f"{ds(1)}-{ls(3)}-{ds(2)}",
            f"{ls(3)}-{ds(2)}-{ls(1)}",
            f"{ds(2)}-{ls(3)}-{ds(1)}",
            f"{ls(1)}-{ds(3)}-{ls(2)}",
        ]
    )


STREET_ROOTS = [
    "Ganzerik",
    "Lijsterbes",
    "Vlasakker",
    "Kiekendief",
    "Pimpernel",
    "Wedeblom",
    "Zuringvelds",
    "Hoefslag",
    "Kortenhoeve",
    "Ramenas",
    "Bosbraam",
    "Tuinkers",
    "Walstro",
    "Ereprijs",
    "Gagel",
]
STREET_ENDS = ["straat", "laan", "hof", "singel", "weg", "gaarde", "kade", "pad"]
PLACES = [
    "Deventer",
    "Zaanstad",
    "Heerenveen",
    "Roosendaal",
    "Almelo",
    "Schiedam",
    "Purmerend",
    "Veenendaal",
    "Emmen",
    "Hoogeveen",
    "Zutphen",
    "Vlaardingen",
    "Kampen",
    "Meppel",
    "Tiel",
    "Oss",
]
MAIL_DOMS = ["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "icloud.com"]
DEPTS = [
    "Team Vergunningen",
    "Team Wmo",
    "Afdeling Belastingen",
    "Team Handhaving",
    "Klantcontactcentrum",
    "Team Schuldhulp",
    "Afdeling Burgerzaken",
    "Team Wijkbeheer",
    "Team Jeugd",
    "Afdeling Werk en Inkomen",
]
FUNCTIONS = [
    "consulent",
    "beleidsmedewerker",
    "handhaver",
    "wijkregisseur",
    "klantmanager",
    "jurist",
    "medewerker",
    "teamleider",
    "casemanager",
]
TOPICS = [
    ("bezwaar tegen de afwijzing van de", "Wmo-indicatie", "Zorg", "Wmo"),
    ("klacht over de", "parkeervergunning", "Parkeren", "Wegenverkeerswet"),
    ("zienswijze op de", "omgevingsvergunning", "Vergunningen", "Omgevingswet"),
    ("bezwaar tegen de", "aanslag afvalstoffenheffing", "Belastingen", "Gemeentewet"),
    ("verzoek om herziening van de", "bijzondere bijstand", "Inkomen", "Participatiewet"),
    ("melding over de", "overlast van de jongerenplek", "Wijkbeheer", "Algemene Plaatselijke Verordening"),
    ("klacht over de", "herindeling van de schoolroute", "Verkeer", "Wegenverkeerswet"),
]


def make_cast(d: Doc, idx: int) -> dict:
    r = d.r
    origins = list(ORIGINS)
    res_origin = r.choice(origins)
    res = Person(r, res_origin)
    if idx % 4 == 1:
        word, kind, use, kw = r.choice(KNOWN_WORDS)
        if kind == "s":
            res = Person(r, "dutch", first=r.choice(DUTCH_FIRSTS), pre=r.choice(["", "", "de"]), core=word)
            res.female = DUTCH_FIRSTS.index(res.first) % 2 == 1
        else:
            res = Person(r, res_origin, first=word)
            res.female = True
        res.lower_ok = False
        d.known = {"names": [res.full]}
        known = (word, use, kw)
    else:
        known = None
    fam = Person(r, res_origin, pre=res.pre, core=res.core)
    fam.lower_ok = res.lower_ok
    neigh = Person(r, r.choice(origins))
    off = Person(r, r.choice(origins))
    chair = Person(r, r.choice(origins))
    street_end = r.choice(STREET_ENDS)
    street = r.choice(STREET_ROOTS) + street_end
    y = r.randint(1938, 2006)
    local_base = (res.first + "." + res.core).lower().replace(" ", "").replace("'", "")
    local = r.choice([local_base, res.first.lower() + str(r.randint(10, 99)), res.first[0].lower() + res.core.lower()])
    local = re.sub(r"[^a-z0-9._]", "", local.translate(ASCII))
    if len(local) < 4:
        local = local + str(r.randint(100, 999))
    c = {
        "res": res,
        "fam": fam,
        "neigh": neigh,
        "off": off,
        "chair": chair,
        "known": known,
        "dept": r.choice(DEPTS),
        "func": r.choice(FUNCTIONS),
        "place": r.choice(PLACES),
        "topic": r.choice(TOPICS),
        "street": street,
        "street_end": street_end,
        "num": r.randint(2, 98),
        "postcode": (str(r.randint(1011, 9999)), r.choice("BCDGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLNPRSTVXZ")),
        "dob": (y, r.randint(1, 12), r.randint(1, 28)),
        "bsn": F.make_bsn(r),
        "iban": F.make_iban(r),
        "phone": "06" + str(r.randint(10000000, 99999999)),
        "email": (local, r.choice(MAIL_DOMS)),
        "plate": make_plate(r),
        "case": make_case(r),
        "meeting": (r.randint(1, 28), r.randint(1, 12), 2026),
        "fam_rel": r.choice(["zoon", "dochter", "moeder", "vader", "broer", "zus"]),
        "sec": r.randint(20, 400),
    }
    return c


# ----------------------------------------------------------------------------------------------------------------
# name forms (each a shape)


@shape("name form")
def nf_full(d: Doc, p: Person) -> str:
    d.s("nf_full")
    return d.p(p.full, "PERSON")


@shape("name form")
def nf_title(d: Doc, p: Person) -> str:
    d.s("nf_title")
    return f"{p.title} {d.p(p.bare, 'PERSON')}"


@shape("name form")
def nf_first(d: Doc, p: Person) -> str:
    d.s("nf_first")
    return d.p(p.first, "PERSON")


@shape("name form")
def nf_initial(d: Doc, p: Person) -> str:
    d.s("nf_initial")
    return d.p(p.initials, "PERSON")


@shape("name form")
def nf_upper(d: Doc, p: Person) -> str:
    d.s("nf_upper")
    return d.p(p.bare.upper(), "PERSON")


@shape("name form")
def nf_lower(d: Doc, p: Person) -> str:
    d.s("nf_lower")
    if not p.lower_ok:
        return nf_title(d, p)
    return d.p(p.full.lower(), "PERSON")


@shape("name form")
def nf_possessive(d: Doc, p: Person) -> str:
    d.s("nf_possessive")
    return d.p(possessive(p.first), "PERSON")


def name(d: Doc, p: Person, allowed: tuple = ("full", "title", "first", "initial", "upper", "lower", "poss")) -> str:
    form = d.r.choice(allowed)
    fn = {
        "full": nf_full,
        "title": nf_title,
        "first": nf_first,
        "initial": nf_initial,
        "upper": nf_upper,
        "lower": nf_lower,
        "poss": nf_possessive,
    }[form]
    return fn(d, p)


# ----------------------------------------------------------------------------------------------------------------
# speaker labels and time codes


@shape("speaker label")
def sp_full(d: Doc, p: Person, role: str) -> str:
    return d.p(p.full, "PERSON")


@shape("speaker label")
def sp_title(d: Doc, p: Person, role: str) -> str:
    t = "Mevrouw" if p.female else "De heer"
    return f"{t} {d.p(p.bare, 'PERSON')}"


@shape("speaker label")
def sp_role(d: Doc, p: Person, role: str) -> str:
    return role


@shape("speaker label")
def sp_initials(d: Doc, p: Person, role: str) -> str:
    return d.p(p.tag, "PERSON")


@shape("speaker label")
def sp_number(d: Doc, p: Person, role: str) -> str:
    return f"Spreker {d.r.randint(1, 9)}"


@shape("speaker label")
def sp_bracket(d: Doc, p: Person, role: str) -> str:
    return f"[{d.p(p.bare, 'PERSON')}]"


@shape("speaker label")
def sp_upper(d: Doc, p: Person, role: str) -> str:
    t = "MEVROUW" if p.female else "DE HEER"
    return f"{t} {d.p(p.bare.upper(), 'PERSON')}"


@shape("speaker label")
def sp_role_name(d: Doc, p: Person, role: str) -> str:
    return f"{role} ({d.p(p.bare, 'PERSON')})"


@shape("speaker label")
def sp_number_name(d: Doc, p: Person, role: str) -> str:
    return f"SPK{d.r.randint(1, 6)} ({d.p(p.full, 'PERSON')})"


SPEAKER_STYLES = [
    sp_full,
    sp_title,
    sp_role,
    sp_initials,
    sp_number,
    sp_bracket,
    sp_upper,
    sp_role_name,
    sp_number_name,
]


@shape("time code")
def tc_brackets(sec: int) -> str:
    return f"[{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}]"


@shape("time code")
def tc_paren_short(sec: int) -> str:
    return f"({sec // 60}:{sec % 60:02d})"


@shape("time code")
def tc_srt(sec: int) -> str:
    e = sec + 3
    start = f"00:{sec // 60:02d}:{sec % 60:02d},{sec * 37 % 1000:03d}"
    return f"{start} --> 00:{e // 60:02d}:{e % 60:02d},{sec * 91 % 1000:03d}"


@shape("time code")
def tc_clock(sec: int) -> str:
    return f"{19 + sec // 3600}u{sec % 3600 // 60:02d}"


@shape("time code")
def tc_seconds(sec: int) -> str:
    return f"t={sec}s"


@shape("time code")
def tc_decimal(sec: int) -> str:
    return f"{sec // 60}:{sec % 60:02d}.{sec % 10}"


@shape("time code")
def tc_hash(sec: int) -> str:
    return f"#{sec // 60:02d}m{sec % 60:02d}s"


TIME_STYLES = [tc_brackets, tc_paren_short, tc_clock, tc_seconds, tc_decimal, tc_hash]


# ----------------------------------------------------------------------------------------------------------------
# utterances (sentence shapes); each returns spoken text and registers its items and keep words


def hes(r: random.Random) -> str:
    return r.choice(["eh, ", "ehm ", "uh ", "nou, ", "ja eh ", "", ""])


@shape("utterance")
def u_bsn(d: Doc, c: dict) -> str:
    return f"{hes(d.r)}mijn {d.k('burgerservicenummer')} is {bsn_form(d, c)}, dat staat ook op de {d.k('brief')}."


@shape("utterance")
def u_bsn_check(d: Doc, c: dict) -> str:
    return f"Ik lees even terug: BSN {bsn_form(d, c)}. {d.k('Klopt')} dat? Ja. Ja, dat klopt."


@shape("utterance")
def u_dob_cue(d: Doc, c: dict) -> str:
    return f"{hes(d.r)}ik ben geboren op {dob_form(d, c)}, in {d.k(c['place'])}."


@shape("utterance")
def u_dob_nocue(d: Doc, c: dict) -> str:
    return f"{d.k('Controlevraag')} voor de {d.k('verificatie')}. {hes(d.r)}{dob_form(d, c)}. Dank u."


@shape("utterance")
def u_dob_child(d: Doc, c: dict) -> str:
    rel = c["fam_rel"]
    fam = c["fam"]
    return f"mijn {d.k(rel)} {name(d, fam, ('full', 'first'))} is van {dob_form(d, c)} en woont nog {d.k('thuis')}."


@shape("utterance")
def u_phone(d: Doc, c: dict) -> str:
    return f"U kunt mij bellen op {phone_form(d, c)}, {hes(d.r)}liefst na {d.k('vijven')}."


@shape("utterance")
def u_phone_readback(d: Doc, c: dict) -> str:
    a = phone_form(d, c)
    b = phone_form(d, c, 1)
    return f"{d.k('Terugbelnummer')} {a}. — Dus {b}? — Ja, {d.k('precies')}."


@shape("utterance")
def u_email_spoken(d: Doc, c: dict) -> str:
    return f"mijn mail is {email_form(d, c, True)}, alles aan elkaar en met kleine letters."


@shape("utterance")
def u_email_written(d: Doc, c: dict) -> str:
    return f"{d.k('Stuur')} de {d.k('uitnodiging')} maar naar {email_form(d, c, False)}."


@shape("utterance")
def u_address(d: Doc, c: dict) -> str:
    return f"{hes(d.r)}wij wonen op de {address_form(d, c)} in {d.k(c['place'])}, {d.k('tweede')} verdieping."


@shape("utterance")
def u_address_postcode(d: Doc, c: dict) -> str:
    return f"{d.k('Adres')}: {address_form(d, c)}, postcode {postcode_form(d, c)}."


@shape("utterance")
def u_street_alone(d: Doc, c: dict) -> str:
    st = d.p(c["street"], "ADDRESS")
    return f"het gaat om het {d.k('speelveldje')} aan de {st}, daar bij de {d.k('containers')}."


@shape("utterance")
def u_postcode_spelled(d: Doc, c: dict) -> str:
    n, L = c["postcode"]
    t = d.p(f"{n} {F.spell_letters(L, d.r, 'van')}", "POSTCODE")
    return f"De postcode is {t}. {d.k('Nee')}, {d.k('geen')} spatie."


@shape("utterance")
def u_iban(d: Doc, c: dict) -> str:
    amount = d.r.choice(["€ 312,40", "€ 1.186,00", "€ 74,95", "€ 2.450"])
    return f"het {d.k('bedrag')} van {d.k(amount)} moet naar {iban_form(d, c)}."


@shape("utterance")
def u_iban_readback(d: Doc, c: dict) -> str:
    return f"{d.k('Rekeningnummer')}, {hes(d.r)}{iban_form(d, c)}, op naam van {nf_full(d, c['res'])}."


@shape("utterance")
def u_plate(d: Doc, c: dict) -> str:
    return f"de {d.k('bekeuring')} was voor {plate_form(d, c)}, maar die auto had ik toen al {d.k('verkocht')}."


@shape("utterance")
def u_plate_spelled(d: Doc, c: dict) -> str:
    pl = c["plate"].replace("-", "")
    t = d.p(" ".join(ch if ch.isdigit() else f"{ch} zoals {F.ALPHABET[ch].lower()}" for ch in pl), "LICENSE_PLATE")
    return f"{d.k('Kenteken')}: {t}. Een {d.k('bestelbus')}, wit."


@shape("utterance")
def u_case(d: Doc, c: dict) -> str:
    return f"Het {d.k('zaaknummer')} is {case_form(d, c)}, dat staat rechtsboven."


@shape("utterance")
def u_case_file(d: Doc, c: dict) -> str:
    cs = d.p(c["case"], "CASE_NUMBER")
    return f"In het {d.k('dossier')} onder {cs} zit alleen de {d.k('aanvraag')}, niet de {d.k('foto')}'s."


@shape("utterance")
def u_name_spelled(d: Doc, c: dict) -> str:
    res = c["res"]
    sp = d.p("-".join(res.core.upper()), "PERSON")
    return f"{d.k('Achternaam')} {d.p(res.bare, 'PERSON')}, ik spel: {sp}."


@shape("utterance")
def u_name_alphabet(d: Doc, c: dict) -> str:
    res = c["res"]
    letters = [ch for ch in res.core.upper() if ch in F.ALPHABET][:4]
    sp = d.p(", ".join(f"{ch} van {F.ALPHABET[ch]}" for ch in letters), "PERSON")
    return f"Met een {letters[0]}? {d.k('Ja')}: {sp}, enzovoort."


@shape("utterance")
def u_misheard(d: Doc, c: dict) -> str:
    res = c["res"]
    wrong = misheard(d.r, res.core)
    if wrong.lower() == res.core.lower():
        wrong = res.core + "e"
    w = d.p(wrong, "PERSON")
    return (
        f"[transcript: {res.title} {w}] — {d.k('correctie')} van de {d.k('notulist')}: bedoeld is "
        f"{res.title} {d.p(res.bare, 'PERSON')}."
    )


@shape("utterance")
def u_family(d: Doc, c: dict) -> str:
    fam = c["fam"]
    return (
        f"{hes(d.r)}mijn {d.k(c['fam_rel'])}, {nf_full(d, fam)}, heeft de {d.k('formulieren')} "
        f"ingevuld, want ik zie het niet meer zo goed."
    )


@shape("utterance")
def u_neighbour(d: Doc, c: dict) -> str:
    n = c["neigh"]
    return (
        f"de de de {d.k('buurman')}, {name(d, n, ('full', 'title', 'lower'))}, die zet zijn {d.k('scooter')} "
        f"steeds in de {d.k('portiek')}."
    )


@shape("utterance")
def u_official(d: Doc, c: dict) -> str:
    o = c["off"]
    return (
        f"Ik heb gesproken met {nf_full(d, o)}, {d.k(c['func'])} bij {d.k(c['dept'])}, en die zei "
        f"dat het {d.k('besluit')} binnen zes weken zou komen."
    )


@shape("utterance")
def u_official_initials(d: Doc, c: dict) -> str:
    o = c["off"]
    return f"{d.k('Behandelaar')}: {nf_initial(d, o)} ({d.k(c['dept'])})."


@shape("utterance")
def u_interrupt(d: Doc, c: dict) -> str:
    return f"maar ik wil alleen zeg— [onderbreking] — {d.k('Sorry')}, gaat u verder."


@shape("utterance")
def u_overlap(d: Doc, c: dict) -> str:
    return f"<<{d.k('nee')} dat is niet>> [door elkaar] ...dat is niet wat de {d.k('wijkagent')} zei."


@shape("utterance")
def u_split_words(d: Doc, c: dict) -> str:
    return f"ik heb een bezwaar schrift in gediend bij het gemeente huis, {d.k('vorige')} week al."


@shape("utterance")
def u_joined_words(d: Doc, c: dict) -> str:
    return f"dewethouder heeft datgezegd op de {d.k('inloopavond')} in {d.k('wijkcentrum')} De Schakel."


@shape("utterance")
def u_homophone(d: Doc, c: dict) -> str:
    return f"hij zij dat de weik {d.k('binnenkort')} op de schop gaat, en het tuinhek word {d.k('vervangen')}."


@shape("utterance")
def u_amount(d: Doc, c: dict) -> str:
    return (
        f"het gaat om {d.k('honderdtwintig')} euro per maand, {hes(d.r)}of nee, {d.k('€ 126')}, met de "
        f"{d.k('indexatie')} erbij."
    )


@shape("utterance")
def u_meeting_date(d: Doc, c: dict) -> str:
    day, m, y = c["meeting"]
    dt = f"{day} {F.MONTHS[m - 1]} {y}"
    return f"De {d.k('hoorzitting')} is verplaatst naar {d.k(dt)}, om {d.k('half')} tien."


@shape("utterance")
def u_generic_contact(d: Doc, c: dict) -> str:
    num = d.r.choice(["14 0570", "14 0598", "14 0294", "14 0523"])
    return f"Bel anders het algemene nummer, {d.k(num)}, of mail naar {d.k('info@gemeente.nl')}."


@shape("utterance")
def u_weekday(d: Doc, c: dict) -> str:
    day = d.r.choice(["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"])
    return f"{d.k(day)} is het {d.k('spreekuur')} in de {d.k('bibliotheek')}, toch? Of is dat verhuisd?"


@shape("utterance")
def u_topic(d: Doc, c: dict) -> str:
    pre, subj, _cat, law = c["topic"]
    return f"Het gaat over mijn {pre} {d.k(subj)}, op grond van de {d.k(law)}, {hes(d.r)}als ik het goed heb."


@shape("utterance")
def u_repeat_name(d: Doc, c: dict) -> str:
    res = c["res"]
    return (
        f"{d.p(res.bare, 'PERSON')}, {d.p(res.bare, 'PERSON')}... ja, {d.k('zonder')} trema. Dat gaat "
        f"altijd fout bij de {d.k('balie')}."
    )


@shape("utterance")
def u_possessive(d: Doc, c: dict) -> str:
    res = c["res"]
    return f"Dat is {nf_possessive(d, res)} {d.k('fiets')}, die staat al {d.k('maanden')} in de {d.k('stalling')}."


@shape("utterance")
def u_inaudible(d: Doc, c: dict) -> str:
    return f"dat heeft [onverstaanbaar] gezegd, {hes(d.r)}in de {d.k('commissie')} van {d.k('januari')}."


@shape("utterance")
def u_filename(d: Doc, c: dict) -> str:
    res = c["res"]
    core = re.sub(r"[^a-z]", "", res.core.lower().translate(ASCII))
    if not res.lower_ok or len(core) < 3:
        return f"De {d.k('opname')} staat in de {d.k('map')} {d.k('Bezwaren')}."
    fname = d.p(core, "PERSON")
    return f"De {d.k('opname')} is opgeslagen als opname_{fname}_{d.r.randint(100, 999)}.m4a in de {d.k('map')}."


@shape("utterance")
def u_known_ordinary(d: Doc, c: dict) -> str:
    word, use, kw = c["known"]
    d.k(kw)
    return f"{hes(d.r)}en toen, {use}, dat was het {d.k('moment')} dat {nf_full(d, c['res'])} belde."


UTTERANCES = [u for n, u in list(globals().items()) if n.startswith("u_") and n != "u_known_ordinary"]


# said by the official, chair or agent rather than by the resident
OTHERS_SAY = {
    "u_bsn_check",
    "u_dob_nocue",
    "u_phone_readback",
    "u_case_file",
    "u_misheard",
    "u_official_initials",
    "u_meeting_date",
    "u_generic_contact",
    "u_iban_readback",
    "u_filename",
    "u_inaudible",
    "u_name_alphabet",
}


def said(d: Doc, c: dict, n: int) -> list[tuple[bool, str]]:
    """``n`` utterances as (said by the resident, text)."""
    pool = list(UTTERANCES)
    d.r.shuffle(pool)
    out = []
    for fn in pool[:n]:
        d.s(fn.__name__)
        out.append((fn.__name__ not in OTHERS_SAY, fn(d, c)))
    if c["known"]:
        d.s("u_known_ordinary")
        out.insert(d.r.randrange(len(out) + 1), (True, u_known_ordinary(d, c)))
    return out


def utterances(d: Doc, c: dict, n: int) -> list[str]:
    return [t for _, t in said(d, c, n)]


def dictate(d: Doc, text: str) -> str:
    """Punctuation outside the personal items spoken as dictation commands."""
    keep = {}
    for k, item in enumerate(sorted(d.pii, key=lambda it: -len(it["text"]))):
        if item["text"] in text:
            keep[f"\x00{k}\x00"] = item["text"]
            text = text.replace(item["text"], f"\x00{k}\x00")
    text = re.sub(r"\.(\s|$)", r" punt\1", text)
    text = re.sub(r",\s", " komma ", text)
    text = re.sub(r"\?(\s|$)", r" vraagteken\1", text)
    text = re.sub(r":\s", " dubbele punt ", text)
    for ph, orig in keep.items():
        text = text.replace(ph, orig)
    return text


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


# ----------------------------------------------------------------------------------------------------------------
# document kinds


def turns(d: Doc, c: dict, speakers: list[tuple[Person, str]], n: int, fmt: str) -> list[str]:
    """Speaker turns: each speaker gets a label style; ``fmt`` is the turn line shape."""
    r = d.r
    labels = {}
    for p, role in speakers:
        sty = r.choice(SPEAKER_STYLES)
        d.s(sty.__name__)
        labels[id(p)] = sty(d, p, role)
    tstyle = r.choice(TIME_STYLES)
    d.s(tstyle.__name__)
    says = said(d, c, n)
    lines, sec = [], c["sec"]
    fillers = ["Goed.", "Mm-hm.", "Ja.", "Gaat u verder.", "[stilte]", "Dank u wel."]
    others = [sp for k, sp in enumerate(speakers) if k != 1]
    for i, (by_res, text) in enumerate(says):
        p, _role = speakers[1] if by_res else others[i % len(others)]
        lab = labels[id(p)]
        sec += r.randint(4, 70)
        tc = tstyle(sec)
        text = cap(text)
        if fmt == "colon":
            lines.append(f"{lab}: {text}")
        elif fmt == "tc_colon":
            lines.append(f"{tc} {lab}: {text}")
        elif fmt == "tc_after":
            lines.append(f"{lab} {tc}: {text}")
        elif fmt == "block":
            lines.append(f"{tc}\n{lab.upper() if lab.isupper() else lab}\n{text}\n")
        elif fmt == "dash":
            lines.append(f"— {lab} — {text}")
        else:  # tab
            lines.append(f"{tc}\t{lab}\t{text}")
        if r.random() < 0.3:
            other = speakers[1] if p is speakers[0][0] else speakers[0]
            lines.append(f"{labels[id(other[0])]}: {r.choice(fillers)}")
    return lines


TURN_FMTS = ["colon", "tc_colon", "tc_after", "block", "dash", "tab"]
SHAPES["dictation_commands"] = "line shape"
for _f in TURN_FMTS:
    SHAPES["turn_" + _f] = "turn line"


def speakers_for(c: dict, roles: list[tuple[str, str]]) -> list[tuple[Person, str]]:
    return [(c[key], role) for key, role in roles]


@shape("document kind")
def k_hearing(d: Doc, c: dict) -> str:
    fmt = d.r.choice(TURN_FMTS)
    d.s("turn_" + fmt)
    head = [
        f"{d.k('Hoorzitting')} {d.k('Commissie')} {d.k('bezwaarschriften')} — {d.k('gemeente')} {d.k(c['place'])}",
        f"{d.k('Opname')} automatisch uitgeschreven, niet gecorrigeerd.",
    ]
    sp = speakers_for(c, [("chair", "Voorzitter"), ("res", "Bezwaarmaker"), ("off", "Gemachtigde")])
    return "\n".join(head + turns(d, c, sp, d.r.randint(6, 9), fmt))


@shape("document kind")
def k_mediation(d: Doc, c: dict) -> str:
    fmt = d.r.choice(TURN_FMTS)
    d.s("turn_" + fmt)
    head = [
        f"{d.k('Buurtbemiddeling')} — {d.k('intakegesprek')} ({d.k('vertrouwelijk')})",
        f"{d.k('Bemiddelaar')}: {nf_full(d, c['chair'])}",
    ]
    sp = speakers_for(c, [("chair", "Bemiddelaar"), ("res", "Partij A"), ("neigh", "Partij B")])
    return "\n".join(head + turns(d, c, sp, d.r.randint(6, 9), fmt))


@shape("document kind")
def k_neighbourhood(d: Doc, c: dict) -> str:
    fmt = d.r.choice(TURN_FMTS)
    d.s("turn_" + fmt)
    head = [
        f"{d.k('Bewonersavond')} {d.k('herinrichting')} {d.k(c['place'])}-Noord, {d.k('buurthuis')} {d.k('De Kolk')}",
        f"{d.k('Aanwezig')}: circa veertig {d.k('bewoners')}, {d.k(c['dept'])}.",
    ]
    sp = speakers_for(c, [("off", "Wijkmanager"), ("res", "Inspreker"), ("neigh", "Bewoner")])
    return "\n".join(head + turns(d, c, sp, d.r.randint(6, 9), fmt))


@shape("document kind")
def k_committee(d: Doc, c: dict) -> str:
    fmt = d.r.choice(TURN_FMTS)
    d.s("turn_" + fmt)
    head = [
        f"{d.k('Raadscommissie')} {d.k('Samenleving')} — {d.k('spreekrecht')} {d.k('burgers')}",
        f"{d.k('Agendapunt')} 4. {d.k('Livestream')}, automatische {d.k('ondertiteling')}.",
    ]
    sp = speakers_for(c, [("chair", "Voorzitter"), ("res", "Inspreker"), ("off", "Wethouder")])
    return "\n".join(head + turns(d, c, sp, d.r.randint(6, 9), fmt))


@shape("document kind")
def k_call(d: Doc, c: dict) -> str:
    r = d.r
    head = [
        f"{d.k('Gespreksregistratie')} {d.k('Klantcontactcentrum')} | kanaal: telefoon | "
        f"{d.k('spraakherkenning')}: {r.randint(71, 96)}%",
        f"{d.k('Medewerker')}: {nf_initial(d, c['off'])} | {d.k('Categorie')}: {d.k(c['topic'][2])}",
    ]
    sp = [(c["off"], "Agent"), (c["res"], "Beller")]
    body = turns(d, c, sp, r.randint(6, 9), "colon")
    d.s("turn_colon")
    tail = [f"{d.k('Afhandeling')}: terugbelverzoek naar {d.k(c['dept'])}."]
    return "\n".join(head + body + tail)


@shape("document kind")
def k_dictated_letter(d: Doc, c: dict) -> str:
    r = d.r
    res = c["res"]
    says = utterances(d, c, r.randint(4, 6))
    d.s("dictation_commands")
    body = " ".join(dictate(d, cap(t)) for t in says)
    greet = f"{d.k('Geachte')} {res.title} {d.p(res.bare, 'PERSON')} komma nieuwe regel nieuwe regel"
    intro = (
        f"naar aanleiding van ons {d.k('telefoongesprek')} van {d.k('gisteren')} komma bevestig ik "
        f"het volgende dubbele punt nieuwe regel"
    )
    end = (
        f"nieuwe alinea met vriendelijke groet komma nieuwe regel {nf_full(d, c['off'])} nieuwe regel "
        f"{d.k(c['func'])} komma {d.k(c['dept'])} nieuwe regel einde dictaat"
    )
    head = f"[{d.k('Dicteerbestand')} {r.randint(10, 99)}-{r.randint(100, 999)}, {d.k('spraakherkenning')} aan]"
    return "\n".join([head, greet, intro, body, end])


@shape("document kind")
def k_dictated_note(d: Doc, c: dict) -> str:
    r = d.r
    says = utterances(d, c, r.randint(4, 6))
    d.s("dictation_commands")
    text = " nieuwe regel ".join(dictate(d, t) for t in says)
    head = (
        f"{d.k('Gespreksnotitie')} ingesproken door {nf_full(d, c['off'])} ({d.k(c['dept'])}) "
        f"dubbele punt nieuwe alinea"
    )
    return f"{head}\n{text}\nhaakje openen {d.k('uitwerken')} voor {d.k('vrijdag')} haakje sluiten"


@shape("document kind")
def k_voice_chat(d: Doc, c: dict) -> str:
    r = d.r
    res = c["res"]
    if res.lower_ok:
        handle = d.p(f"{res.first.lower()}_{res.core.lower()}", "PERSON")
    else:
        handle = f"{d.p(res.full, 'PERSON')}"
    says = utterances(d, c, r.randint(4, 6))
    day, m, y = c["meeting"]
    lines = [f"{d.k('Chat')} {d.k('Wijkteam')} {d.k(c['place'])} — {d.k('export')}"]
    for i, t in enumerate(says):
        who = handle if i % 2 == 0 else nf_first(d, c["off"])
        d.s("nf_first")
        lines.append(
            f"[{day:02d}-{m:02d}-{y % 100} {9 + i}:{r.randint(10, 59)}] {who}: 🎤 "
            f"{d.k('Spraakbericht')} (0:{r.randint(10, 59)}) » {cap(t)}"
        )
    return "\n".join(lines)


@shape("document kind")
def k_subtitles(d: Doc, c: dict) -> str:
    r = d.r
    says = utterances(d, c, r.randint(5, 7))
    d.s("tc_srt")
    blocks, sec = [], c["sec"]
    for i, t in enumerate(says, 1):
        sec += r.randint(3, 40)
        blocks.append(f"{i}\n{tc_srt(sec)}\n{cap(t)}\n")
    head = f"{d.k('Ondertitels')} {d.k('Commissievergadering')} {d.k(c['place'])} (automatisch)"
    return head + "\n\n" + "\n".join(blocks)


@shape("document kind")
def k_voicemail(d: Doc, c: dict) -> str:
    r = d.r
    says = utterances(d, c, r.randint(4, 6))
    head = (
        f"{d.k('Voicemail')} ontvangen op {d.k(c['dept'])} — {d.k('duur')} 1:{r.randint(10, 59)} — "
        f"{d.k('transcriptie')} (bèta)"
    )
    open_ = f"Ja, goedemiddag, u spreekt met {name(d, c['res'], ('full', 'title'))}, eh..."
    return head + "\n" + open_ + " " + " ... ".join(says) + f" {d.k('Doei')}. [{d.k('einde')} bericht]"


@shape("document kind")
def k_verbatim(d: Doc, c: dict) -> str:
    fmt = d.r.choice(["colon", "dash"])
    d.s("turn_" + fmt)
    head = [
        f"{d.k('WOORDELIJK')} {d.k('VERSLAG')} — uitgetypt door {d.k('notulist')}",
        f"{d.k('Zaak')}: {d.p(c['case'], 'CASE_NUMBER')}",
    ]
    sp = speakers_for(c, [("chair", "Voorzitter"), ("res", "Belanghebbende"), ("fam", "Bijstaand familielid")])
    return "\n".join(head + turns(d, c, sp, d.r.randint(6, 8), fmt))


@shape("document kind")
def k_kitchen_table(d: Doc, c: dict) -> str:
    fmt = d.r.choice(["tc_colon", "tab", "tc_after"])
    d.s("turn_" + fmt)
    head = [
        f"{d.k('Keukentafelgesprek')} {d.k('Wmo')} — {d.k('huisbezoek')}",
        f"{d.k('Opgenomen')} met {d.k('toestemming')}; {d.k('transcriptie')} door software.",
    ]
    sp = speakers_for(c, [("off", "Consulent"), ("res", "Cliënt"), ("fam", "Mantelzorger")])
    return "\n".join(head + turns(d, c, sp, d.r.randint(6, 9), fmt))


KINDS = [
    k_hearing,
    k_mediation,
    k_neighbourhood,
    k_committee,
    k_call,
    k_dictated_letter,
    k_dictated_note,
    k_voice_chat,
    k_subtitles,
    k_voicemail,
    k_verbatim,
    k_kitchen_table,
]


# ----------------------------------------------------------------------------------------------------------------
# gate


def _words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", s)


def gate(doc: dict) -> str | None:
    """None if ``doc`` passes every gate, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not F.elf_ok(F.digits_of(item["text"])):
            return f"BSN {item['text']}"
        if item["label"] == "IBAN" and not F.iban_ok(F.digits_of(item["text"])):
            return f"IBAN {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w.lower() for w in _words(n)}
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= {w.lower() for w in _words(item["text"]) if w.lower() not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in _words(k):
            if len(w) > 1 and w.lower() not in PARTICLES and w.lower() in name_words:
                if not (w == w.lower() and w in known_words):
                    return f"keep word {k!r} shares {w!r} with a name"
    i = int(doc["id"].rsplit("-", 1)[1])
    if (i % 4 == 1) != ("known" in doc):
        return "known-name document rule"
    if "known" in doc:
        kn = doc["known"]["names"][0]
        if {"text": kn, "label": "PERSON"} not in doc["pii"]:
            return "known name not in pii"
        if not any(w == w.lower() and w in known_words for k in doc["keep"] for w in _words(k)):
            return "no ordinary use of the known name's word in keep"
    return None


# ----------------------------------------------------------------------------------------------------------------
# generation


def build(i: int, stream: str) -> tuple[dict, list[str]]:
    r = random.Random(stream)
    did = f"fresh17a-{i:04d}"
    d = Doc(r, did)
    c = make_cast(d, i)
    kind = KINDS[(i * 7 + r.randrange(3)) % len(KINDS)]
    d.s(kind.__name__)
    text = kind(d, c)
    doc = {"id": did, "text": text, "pii": d.pii, "keep": d.keep}
    if d.known is not None:
        known = dict(d.known)
        emails = [it["text"] for it in d.pii if it["label"] == "EMAIL" and "@" in it["text"]]
        phones = [it["text"] for it in d.pii if it["label"] == "PHONE"]
        if emails:
            known["emails"] = emails[:1]
        if phones:
            known["phones"] = phones[:1]
        doc["known"] = known
    return doc, d.shapes


def generate() -> tuple[list[dict], Counter, Counter]:
    docs, shapes_used, redraws = [], Counter(), Counter()
    for i in range(N_DOCS):
        doc, shp = build(i, f"{SEED}-{i}")
        attempt = 0
        while (why := gate(doc)) is not None:
            attempt += 1
            redraws[why.split(":")[0].split(" ")[0]] += 1
            if attempt > 60:
                raise SystemExit(f"{doc['id']}: {why}")
            doc, shp = build(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes_used.update(shp)
    return docs, shapes_used, redraws


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes_used, redraws = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh17a_texts.jsonl is up to date" if same else "fresh17a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        kinds = Counter(SHAPES[s] for s in shapes_used)
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shapes_used)} "
            f"({', '.join(f'{k}: {v}' for k, v in sorted(kinds.items()))})"
        )
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {sum(redraws.values())} ({', '.join(f'{k}: {v}' for k, v in redraws.most_common())})")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
