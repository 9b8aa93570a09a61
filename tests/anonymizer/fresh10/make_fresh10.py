#!/usr/bin/env python3
"""Generate the fresh10 corpus (helper H2, round ten, written blind).

Two files of annotated Dutch text, ``{"id", "text", "pii": [{"text", "label"}], "keep": [...]}`` per line (some
lines also carry ``"known": {"names", "emails", "phones"}``, the request record's own data):

* ``fresh10_kb.jsonl``: knowledge-base article drafts by eight mediators with their own writing habits;
* ``fresh10_notes.jsonl``: mediators' raw notes (phone notes, chat, voice memos, agenda, e-mail, lists, ...).

Names, streets and e-mail addresses are composed from syllables typical of each origin, so most appear in no
list. Templates mark keep phrases as ⟦…⟧ and personal items as ⟪LABEL|…⟫; ``finalize`` strips the marks and
collects the annotation. Every document passes ``gate`` (a rejected draft is redrawn from the same stream).

Usage: make_fresh10.py [--check]   (--check: exit 0 iff the committed files equal fresh output)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 101210
N_KB = 350
N_NOTES = 250
LABELS = {
    "PERSON",
    "ADDRESS",
    "EMAIL",
    "PHONE",
    "BSN",
    "IBAN",
    "POSTCODE",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}


def _load_score():
    spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()
PARTICLE_WORDS = SCORE.PARTICLES | {"van", "de", "den", "der", "ten", "ter", "te", "het", "'t", "la", "le", "du", "da"}

# --------------------------------------------------------------------------------------------------- names
# origin: (female first-name prefixes, female suffixes, male prefixes, male suffixes, surname prefixes, suffixes)
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str], list[str], list[str]]] = {
    "nl": (
        ["Jor", "Wil", "Ma", "Ger", "Lie", "Roos", "An", "Tin", "Mar", "Ee"],
        ["ien", "lemijn", "rieke", "da", "sbeth", "anne", "ke", "ja", "tje", "vje"],
        ["Jor", "Wou", "Ger", "Ber", "Hen", "Tij", "Ar", "Ko", "Joost", "Rut"],
        ["rit", "ter", "ben", "nd", "drik", "men", "jen", "bert", "ger", "gier"],
        ["Zand", "Hoog", "Molen", "Ooster", "Wester", "Hout", "Steen", "Wijn", "Ros", "Brink", "Kamp", "Leeu"],
        ["horst", "kamp", "veld", "hof", "beek", "broek", "inga", "hout", "sink", "dorp", "wijk", "mans"],
    ),
    "fy": (
        ["Tjit", "Sjoe", "Ou", "Jel", "Hyl", "Fok", "Ryn", "Wyt"],
        ["ske", "kje", "tsje", "ke", "sje", "tje"],
        ["Sjo", "Douw", "Hyl", "Wyb", "Jel", "Fok", "Tsjal", "Ate"],
        ["erd", "e", "ke", "ren", "mer", "ling"],
        ["Wyb", "Hoek", "Dyk", "Tsjep", "Sij", "Bou", "Hettin", "Fok"],
        ["enga", "stra", "sma", "inga", "ema", "ksma"],
    ),
    "be": (
        ["Lie", "Sien", "Fien", "Ka", "Ja", "Ma"],
        ["ke", "tje", "ne", "trien", "lien", "rieke"],
        ["Wout", "Jef", "Stij", "Sep", "War", "Bart"],
        ["er", "ke", "n", "pe", "d", "je"],
        ["Vande", "Verh", "Dewa", "Goe", "Van Ha", "Ver", "Cl", "Ma"],
        ["ghe", "velde", "meulen", "thals", "elst", "aert", "ckx", "mans"],
    ),
    "ma": (
        ["Ka", "Na", "Sou", "Fa", "Ha", "Ya", "Chai", "Ou"],
        ["rima", "dia", "fiane", "touma", "jar", "smina", "mae", "mayma"],
        ["Mo", "Ya", "Ab", "Ha", "Za", "Rid", "Mou", "Bil"],
        ["hssine", "ssir", "delhak", "kim", "karia", "ouan", "stafa", "al"],
        ["El Ha", "El Ou", "Bou", "Am", "Ben Ta", "Az", "El Ba", "Ouah"],
        ["ddouti", "rrak", "zidi", "rani", "hali", "ttaji", "bbari", "ssani"],
    ),
    "tr": (
        ["Bü", "Gül", "Ze", "Öz", "Şe", "El", "Tu", "Ay"],
        ["şra", "şen", "ynep", "lem", "rife", "if", "ğba", "ten"],
        ["Em", "Ka", "Se", "Yi", "Ce", "Öz", "Tu", "Gö"],
        ["re", "an", "rkan", "ğit", "mal", "can", "ncay", "khan"],
        ["Yıl", "Ak", "Öz", "Tur", "Çe", "Kılı", "Şim", "Dur"],
        ["dırım", "soy", "taş", "oğlu", "kaya", "bulut", "demir", "gün"],
    ),
    "sr": (
        ["Sha", "Su", "An", "Dew", "Ke", "Ra", "Vie", "Ri"],
        ["rmila", "nita", "jali", "ika", "shia", "dha", "ra", "tika"],
        ["Ra", "Ash", "Vi", "Ke", "Sun", "Dhan", "Ro", "Ro"],
        ["djesh", "win", "shnu", "shav", "il", "raj", "mano", "stam"],
        ["Ram", "Jag", "Bal", "Mah", "Sew", "Kro", "Pawi", "Lin"],
        ["dhani", "roep", "karan", "esar", "dien", "modjo", "rono", "ger"],
    ),
    "aw": (
        ["Shu", "Gi", "Zu", "Ki", "Dei", "Ro"],
        ["rayla", "selle", "leika", "mberly", "dre", "sanna"],
        ["Jur", "Rig", "Giov", "Dem", "Shur", "Ky"],
        ["ensley", "noldo", "anny", "etrio", "ndley", "ano"],
        ["Mar", "Cor", "Fran", "Isa", "Gir", "Cle"],
        ["tijn", "sen", "cisca", "ldo", "igio", "ofa"],
    ),
    "id": (
        ["Wa", "Su", "Ang", "Ret", "Ni", "Lies"],
        ["hyuni", "santi", "gelina", "no", "ken", "je"],
        ["Bu", "Yo", "Tri", "Ag", "Har", "Ru"],
        ["di", "hanes", "ono", "us", "yanto", "dy"],
        ["Lat", "Ten", "Pat", "Sah", "Wat", "Tuh"],
        ["uheru", "umahina", "tipeilohy", "elessy", "imena", "pessy"],
    ),
    "cn": (
        ["Xiao", "Mei", "Hui", "Qing", "Jia", "Yu"],
        ["ling", "hua", "yan", "fang", "lan", "wen"],
        ["Jun", "Zhi", "Ming", "Hao", "Wei", "Jian"],
        ["hao", "jie", "wen", "yu", "feng", "long"],
        ["Ch", "Zh", "Hu", "Li", "Ku", "Ti"],
        ["ang", "ou", "ong", "ao", "uan", "en"],
    ),
    "vn": (
        ["Thu", "Hoa", "Lan", "Huong", "Ngoc", "Mai"],
        ["", "", "", "", "", ""],
        ["Minh", "Duc", "Tuan", "Quang", "Thanh", "Khanh"],
        ["", "", "", "", "", ""],
        ["Ngu", "Tr", "Ph", "Ho", "Du", "Ng"],
        ["yen", "an", "am", "ang", "ong", "o"],
    ),
    "pl": (
        ["Kata", "Mał", "Agni", "Dor", "Jo", "Ew"],
        ["rzyna", "gorzata", "eszka", "ota", "anna", "lina"],
        ["Woj", "Grze", "Zbig", "Prze", "Tom", "Krzy"],
        ["ciech", "gorz", "niew", "mysław", "asz", "sztof"],
        ["Kowal", "Dąbrow", "Szyman", "Krawcz", "Grabow", "Wrób", "Kamiń", "Zaj"],
        ["ski", "czyk", "iak", "iewicz", "owski", "ek"],
    ),
    "ro": (
        ["Io", "Ade", "Flo", "Ro", "Cris", "Ale"],
        ["nela", "lina", "rina", "xana", "tina", "xia"],
        ["Mi", "Vasi", "Ale", "Cris", "Flo", "Ra"],
        ["hai", "le", "xandru", "tian", "rin", "du"],
        ["Pop", "Dumi", "Stoi", "Con", "Mun", "Ciob"],
        ["escu", "trescu", "ca", "eanu", "achi", "oiu"],
    ),
    "sy": (
        ["Ra", "Lu", "Nou", "Ba", "Ha", "Sa"],
        ["sha", "na", "rhan", "yan", "la", "lma"],
        ["Ah", "Mah", "Kha", "Ya", "Ba", "Sa"],
        ["mad", "moud", "led", "zan", "sel", "mer"],
        ["Al-Ha", "Al-Sha", "Kha", "Al-Ma", "Dar", "Al-Za"],
        ["mwi", "bani", "louf", "ssar", "wish", "tari"],
    ),
    "er": (
        ["Se", "Lu", "Fi", "Sa", "Bi", "Ye"],
        ["mhar", "wam", "ori", "ba", "niam", "rusalem"],
        ["Ti", "Yo", "Ha", "Mu", "Fi", "Ber"],
        ["rhas", "nas", "gos", "lu", "lmon", "ekhet"],
        ["Tes", "Gebre", "Hab", "Wel", "Ket", "Abr"],
        ["fay", "meskel", "tom", "degiorgis", "ema", "aham"],
    ),
    "so": (
        ["Ca", "Fa", "Hod", "Ifr", "Xa", "Sa"],
        ["weys", "adumo", "an", "ah", "liimo", "hra"],
        ["Ab", "Mu", "Ca", "Xa", "Ab", "Sha"],
        ["dirahman", "ktar", "bdi", "sān", "dikarim", "rmarke"],
        ["Ja", "Cab", "Ol", "Wa", "Ismaa", "Cis"],
        ["amac", "di", "ow", "rsame", "iil", "e"],
    ),
    "af": (
        ["Zar", "Fer", "Sha", "Ma", "Na", "Pa"],
        ["ghona", "eshta", "rin", "liha", "hid", "ri"],
        ["Ah", "Moh", "Nas", "Hab", "Ja", "Sha"],
        ["mad", "ammad", "ir", "ib", "wid", "fiq"],
        ["Ah", "Na", "Ka", "Hak", "Sul", "Wa"],
        ["madzai", "zari", "rimi", "imi", "tani", "rdak"],
    ),
    "ir": (
        ["Sha", "Pa", "Ni", "Ro", "Ka", "Ma"],
        ["rzad", "risa", "loufar", "ya", "veh", "hsa"],
        ["Da", "Ba", "Far", "Ka", "Ar", "Beh"],
        ["riush", "hram", "had", "mran", "ash", "zad"],
        ["Nik", "Gol", "Rah", "Mir", "Shir", "Teh"],
        ["pour", "zadeh", "nejad", "abadi", "rani", "doust"],
    ),
    "ua": (
        ["Ok", "Iry", "Ta", "Yu", "Ha", "Ol"],
        ["sana", "na", "misa", "liia", "lyna", "ena"],
        ["Ole", "Dmy", "Myko", "Vo", "Ta", "Bo"],
        ["ksandr", "tro", "la", "lodymyr", "ras", "hdan"],
        ["Shev", "Kova", "Bondar", "Tkach", "Kravch", "Lys"],
        ["chenko", "lenko", "uk", "enko", "iv", "chuk"],
    ),
    "gh": (
        ["Ak", "Ef", "Ad", "Ab", "Am", "Ya"],
        ["ua", "osua", "joa", "ena", "ma", "ba"],
        ["Kwa", "Ko", "Ya", "Kwe", "Kof", "Ato"],
        ["me", "fi", "w", "ku", "i", "bena"],
        ["Ow", "As", "Men", "Bo", "Dar", "Yeb"],
        ["usu", "ante", "sah", "ateng", "ko", "oah"],
    ),
    "ng": (
        ["Ngo", "Chi", "Ife", "Fun", "Ade", "Ola"],
        ["zi", "oma", "oma", "mi", "ola", "ide"],
        ["Olu", "Ob", "Tun", "Chu", "Eme", "Ade"],
        ["wadamilare", "inna", "de", "kwuma", "ka", "bayo"],
        ["Okon", "Eze", "Nwa", "Ogun", "Ade", "Ok"],
        ["kwo", "ani", "chukwu", "logun", "yemi", "afor"],
    ),
    "pt": (
        ["Ma", "Lu", "Fer", "In", "Ra", "Jo"],
        ["riana", "ísa", "nanda", "ês", "quel", "ana"],
        ["Jo", "Rui", "Ti", "Gon", "Du", "Nu"],
        ["ão", "", "ago", "çalo", "arte", "no"],
        ["Ferr", "Pe", "Sil", "Car", "Ro", "Fon"],
        ["eira", "reira", "veira", "valho", "drigues", "seca"],
    ),
    "it": (
        ["Fran", "Chia", "Ste", "Ro", "Giu", "Ma"],
        ["cesca", "ra", "fania", "berta", "lia", "rtina"],
        ["Gio", "Ales", "Lo", "Ma", "Ste", "Fe"],
        ["vanni", "sandro", "renzo", "tteo", "fano", "derico"],
        ["Ros", "Bian", "Colom", "Ric", "Gal", "Bru"],
        ["selli", "chetti", "bini", "cardi", "lucci", "netti"],
    ),
    "gr": (
        ["Kon", "Elef", "Va", "Kat", "Ath", "Des"],
        ["stantina", "theria", "sia", "erina", "ina", "pina"],
        ["Gior", "Dim", "Ni", "Kon", "Spy", "Vas"],
        ["gos", "itris", "kos", "stantinos", "ros", "ilis"],
        ["Papa", "Geor", "Niko", "Dimi", "Christo", "Vas"],
        ["dopoulos", "giou", "laidis", "triou", "foridis", "ilakis"],
    ),
    "in": (
        ["Pri", "Kav", "Sun", "Deep", "Ani", "Ma"],
        ["ya", "ita", "ita", "ika", "sha", "dhuri"],
        ["Raj", "Ar", "Vik", "Ani", "Ro", "Sid"],
        ["esh", "jun", "ram", "ket", "han", "dharth"],
        ["Shar", "Ver", "Kris", "Iy", "Pat", "Ban"],
        ["ma", "mani", "hnan", "engar", "wardhan", "erjee"],
    ),
    "ph": (
        ["Ma", "Ro", "Lo", "Che", "Ri", "Jo"],
        ["ricel", "wena", "vely", "rry", "za", "vy"],
        ["Jer", "Ar", "Jo", "Ri", "Ed", "Ro"],
        ["ome", "nel", "nel", "zaldy", "win", "mel"],
        ["San", "Ma", "Ban", "Vil", "Agu", "Pan"],
        ["tos", "lonzo", "aag", "lanueva", "ilar", "gilinan"],
    ),
    "gb": (
        ["Char", "Geor", "Em", "Ame", "Har", "Ros"],
        ["lotte", "gina", "ily", "lia", "riet", "alind"],
        ["Oli", "Har", "Jam", "Fre", "Alis", "Geof"],
        ["ver", "ry", "ie", "ddie", "tair", "frey"],
        ["Ash", "Whit", "Brad", "Pem", "Thorn", "Cart"],
        ["worth", "more", "ford", "bridge", "ton", "wright"],
    ),
}
# surnames that are also ordinary Dutch words (with a particle where usual)
WORD_SURNAMES = [
    "Visser",
    "Bakker",
    "Koning",
    "de Wit",
    "Groen",
    "Zomer",
    "Mooij",
    "de Boer",
    "Smit",
    "Kok",
    "Schaap",
    "de Vos",
    "de Haan",
    "Klein",
    "de Groot",
    "Storm",
    "Snel",
    "Brouwer",
    "Kuiper",
    "Vink",
    "Post",
    "Bos",
    "Winter",
    "Kramer",
    "Dekker",
    "Hoek",
    "Dam",
    "van den Berg",
    "Veen",
    "Stam",
    "'t Hart",
    "Wolf",
    "Baas",
    "de Ridder",
    "Prins",
    "de Graaf",
    "Blom",
    "Schipper",
    "Molenaar",
    "Boom",
    "Vrolijk",
    "de Zwart",
    "Rood",
    "de Jager",
    "Mol",
    "Spijker",
    "Koster",
    "Valk",
    "Hamer",
    "Kaal",
]
WORD_SURNAME_WORDS = {w.lower() for s in WORD_SURNAMES for w in s.split() if w.lower() not in PARTICLE_WORDS}
# origins with few, very common family names: drawn from a list instead of composed
FAMILY_NAMES = {
    "vn": ["Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Vo", "Dang", "Bui", "Ngo", "Duong", "Trinh", "Dinh"],
    "cn": ["Chen", "Zhang", "Huang", "Zhou", "Lin", "Liang", "Kwok", "Tang", "Cheung", "Lau", "Yip", "Wong", "Chan"],
}
ORIGIN_WEIGHTS = {"nl": 10, "fy": 3, "be": 3, "ma": 6, "tr": 6, "sr": 5, "aw": 2, "id": 3, "cn": 2, "vn": 2}
NL_PARTICLES = ["van", "van der", "van den", "de", "ter", "van de", "ten", "in 't", "van 't"]
TITLES_F = ["mevrouw", "mevr.", "mw.", "mevrouw"]
TITLES_M = ["meneer", "de heer", "dhr.", "meneer"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, r: random.Random, origin: str | None = None, word_surname: bool = False) -> None:
        if origin is None:
            pool = list(ORIGINS)
            weights = [ORIGIN_WEIGHTS.get(o, 1.5) for o in pool]
            origin = r.choices(pool, weights)[0]
        self.origin = origin
        fp, fs, mp, ms, sp, ss = ORIGINS[origin]
        self.female = r.random() < 0.55
        if self.female:
            self.first = r.choice(fp) + r.choice(fs)
        else:
            self.first = r.choice(mp) + r.choice(ms)
        if origin == "vn":
            self.first = r.choice(fp if self.female else mp)
            self.middle = "Thi" if self.female else r.choice(["Van", "Huu", "Quoc"])
        else:
            self.middle = ""
        self.particle = ""
        if word_surname or (origin == "nl" and r.random() < 0.3):
            w = r.choice(WORD_SURNAMES)
            if " " in w:
                self.particle, self.last = w.rsplit(" ", 1)
            else:
                self.last = w
            self.middle = ""
        elif origin in FAMILY_NAMES:
            self.last = r.choice(FAMILY_NAMES[origin])
        else:
            self.last = r.choice(sp) + r.choice(ss)
            if self.last.startswith("El ") or self.last.startswith("Ben "):
                pass
            elif origin == "nl" and r.random() < 0.55:
                self.particle = r.choice(NL_PARTICLES)
            elif origin == "be" and r.random() < 0.3:
                self.particle = r.choice(["De", "Van", "Vanden"])
                self.last = self.last.replace("Van Ha", "Ha").replace("Vande", "Vel")
            elif origin == "pt" and r.random() < 0.3:
                self.particle = "da"
        if " " in self.last:  # "Van Ha..." style prefixes: keep the whole as surname
            pass
        if self.last.lower() in PARTICLE_WORDS or len(self.last) < 3:
            self.last = self.last + "ssen"
        self.second = ""
        if self.female and r.random() < 0.15:  # double-barrelled married name
            other = Person(r, word_surname=r.random() < 0.5)
            self.second = (other.particle + " " + other.last).strip()
        self.initials = (
            self.first[0] + "." + ("".join(r.choice("ABCDEFGHJKLMNPRSTW") + "." for _ in range(r.randint(0, 2))))
        )
        self.nick = self.first[:3] + r.choice(["ie", "tje", "s", "y"]) if len(self.first) >= 5 else self.first
        self.title = r.choice(TITLES_F if self.female else TITLES_M)

    # ---- forms
    def lastname(self) -> str:
        s = (self.particle + " " + self.last).strip()
        return s + ("-" + self.second if self.second else "")

    def last_cap(self) -> str:
        s = self.lastname()
        return s[0].upper() + s[1:] if self.particle and self.particle != "'t" else s

    def full(self) -> str:
        if self.origin == "vn" and self.middle:
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.first} {self.lastname()}"

    def short_full(self) -> str:
        return f"{self.first} {self.lastname()}"

    def init_name(self) -> str:
        return f"{self.initials} {self.lastname()}"

    def tag(self) -> str:  # JvdZ
        p = "".join(w[0] for w in self.particle.replace("'t", "t").split())
        return self.first[0] + p + self.last[0]

    def email_local(self, r: random.Random) -> str:
        f, lst = ascii_fold(self.first).lower(), ascii_fold(self.last).lower().replace(" ", "")
        p = ascii_fold(self.particle).lower().replace(" ", "")
        shapes = [
            f"{f}.{p}{lst}",
            f"{f[0]}.{p}{lst}",
            f"{f}{lst}{r.randint(60, 99)}",
            f"{lst}_{f}",
            f"{f}_{p}{lst}",
            f"{f}.{lst}{r.randint(1, 9)}",
        ]
        return r.choice(shapes)

    def words(self) -> set[str]:
        ws = re.split(r"[\s\-]+", f"{self.first} {self.middle} {self.lastname()} {self.nick}")
        return {w.lower().strip(".'") for w in ws if w and w.lower() not in PARTICLE_WORDS and len(w) > 1}


def P(s: str) -> str:
    return f"⟪PERSON|{s}⟫"


def K(s: str) -> str:
    return f"⟦{s}⟧"


def X(label: str, s: str) -> str:
    return f"⟪{label}|{s}⟫"


class Ref:
    """A person as the templates use them: every rendering goes through here, so every mention is annotated."""

    def __init__(self, p: Person, r: random.Random) -> None:
        self.p, self.r = p, r

    @property
    def full(self) -> str:
        return P(self.p.full())

    @property
    def first(self) -> str:
        return P(self.p.first)

    @property
    def last(self) -> str:
        return P(self.p.last_cap())

    @property
    def last_lc(self) -> str:
        return P(self.p.lastname())

    @property
    def init(self) -> str:
        return P(self.p.init_name())

    @property
    def lc(self) -> str:
        return P(self.p.short_full().lower())

    @property
    def first_lc(self) -> str:
        return P(self.p.first.lower())

    @property
    def surname_lc(self) -> str:
        return P(self.p.last.lower())

    @property
    def upper(self) -> str:
        return P(self.p.lastname().upper())

    @property
    def nick(self) -> str:
        return P(self.p.nick)

    @property
    def tag(self) -> str:
        return P(self.p.tag())

    @property
    def titled(self) -> str:  # "mevrouw Van der Zandhorst"
        return f"{self.p.title} {P(self.p.last_cap())}"

    @property
    def titled_full(self) -> str:
        return f"{self.p.title} {P(self.p.full())}"

    @property
    def poss(self) -> str:  # Karims / Ines' / Wei's
        f = self.p.first
        if f[-1] in "sxz":
            return P(f) + "'"
        if f[-1] in "aeiouy":
            return P(f) + "'s"
        return P(f) + "s"

    @property
    def poss_last(self) -> str:
        s = self.p.last_cap()
        if s[-1] in "sxz":
            return P(s) + "'"
        return P(s) + "'s"

    @property
    def Titled(self) -> str:
        t = self.p.title
        return f"{t[0].upper() + t[1:]} {P(self.p.last_cap())}"

    @property
    def Titled_full(self) -> str:
        t = self.p.title
        return f"{t[0].upper() + t[1:]} {P(self.p.full())}"

    def Later(self) -> str:
        return self.r.choice([self.Titled, self.first, self.last, self.Titled])

    def any(self) -> str:
        return self.r.choice([self.full, self.titled, self.titled_full, self.init, self.first])

    def later(self) -> str:
        return self.r.choice([self.titled, self.first, self.last, self.titled])

    @property
    def he(self) -> str:
        return "zij" if self.p.female else "hij"

    @property
    def He(self) -> str:
        return "Zij" if self.p.female else "Hij"

    @property
    def his(self) -> str:
        return "haar" if self.p.female else "zijn"

    @property
    def His(self) -> str:
        return "Haar" if self.p.female else "Zijn"

    @property
    def him(self) -> str:
        return "haar" if self.p.female else "hem"


# --------------------------------------------------------------------------------------------------- identifiers
def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d + [last]))
            return r.choice(
                [n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"]
            )


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    num = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    country = r.choices(["NL", "BE", "DE"], [8, 1, 1])[0]
    if country == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    elif country == "BE":
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    t = f"{country}{check:02d}{bban}"
    shape = r.random()
    if shape < 0.45:
        return " ".join(t[i : i + 4] for i in range(0, len(t), 4))
    if shape < 0.85:
        return t
    return " ".join(t[i : i + 4] for i in range(0, len(t), 4)).lower()


def phone(r: random.Random) -> str:
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["020", "010", "070", "030", "050", "024", "043", "0591", "0513", "0299", "0162", "076"])
    rest = "".join(str(r.randint(1, 9)) for _ in range(10 - len(area)))
    shapes = [
        f"06-{m}",
        f"06 {m[:4]} {m[4:]}",
        f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        f"+31 6 {m[:4]} {m[4:]}",
        f"+31(0)6-{m}",
        f"0031 6 {m}",
        f"06{m}",
        f"{area}-{rest}",
        f"({area}) {rest[:3]} {rest[3:]}",
        f"{area} {rest}",
        f"+31 {area[1:]} {rest}",
        f"+32 4{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        f"06-{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        f"06.{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}",
    ]
    return r.choice(shapes)


def postcode(r: random.Random) -> str:
    letters = "ABCEGHJKLMNPRTVWXZ"
    while True:
        a, b = r.choice(letters), r.choice(letters)
        if a + b not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {a}{b}", f"{n}{a}{b}", f"{n} {a}{b}", f"{n} {a.lower()}{b.lower()}"])


def plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def ls(k: int) -> str:
        return "".join(r.choice(L) for _ in range(k))

    def ds(k: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    shapes = [
        f"{ds(2)}-{ls(3)}-{ds(1)}",
        f"{ls(2)}-{ds(3)}-{ls(1)}",
        f"{ds(1)}-{ls(3)}-{ds(2)}",
        f"{ls(3)}-{ds(2)}-{ls(1)}",
        f"{ls(1)}-{ds(3)}-{ls(2)}",
        f"{ds(2)}-{ls(2)}-{ls(2)}",
        f"{ls(2)}-{ls(2)}-{ds(2)}",
        f"{ds(1)}-{ls(2)}-{ds(3)}",
        f"{ls(2)}-{ds(2)}-{ds(2)}",
    ]
    s = r.choice(shapes)
    return s if r.random() < 0.8 else (s.lower() if r.random() < 0.5 else s.replace("-", ""))


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
MONTHS_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]


def dob(r: random.Random) -> str:
    y, m, d = r.randint(1934, 2009), r.randint(1, 12), r.randint(1, 28)
    shapes = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONTHS_ABBR[m - 1]} {y}",
        f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
    ]
    return r.choice(shapes)


def kept_date(r: random.Random) -> str:
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS[m - 1]}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{r.choice(WEEKDAYS)} {d} {MONTHS[m - 1]}",
        ]
    )


def case_number(r: random.Random) -> tuple[str, str]:
    y = r.randint(2022, 2026)
    n = r.randint(100, 99999)
    cue, num = r.choice(
        [
            ("zaaknummer", f"Z-{y}-{n:05d}"),
            ("zaaknummer", f"Z/{y % 100}/{n:06d}"),
            ("kenmerk", f"{y}/VTA/{n:04d}"),
            ("ons kenmerk", f"UIT-{y % 100}-{n:05d}"),
            ("dossiernummer", f"D{y % 100}.{n:05d}"),
            ("referentie", f"VTA-{y}-{n:04d}"),
            ("meldingnummer", f"M{y}-{n:05d}"),
            ("bezwaarnummer", f"BZ/{y}/{n:04d}"),
            ("aanvraagnummer", f"OLO{r.randint(1000000, 9999999)}"),
            ("kenmerk", f"WMO-{y % 100}-{n:04d}"),
            ("dossier", f"JZ/{y}/{n:03d}"),
            ("zaak", f"{y}-{n:06d}"),
            ("beschikkingsnummer", f"B{y}{n:06d}"),
            ("aanslagnummer", f"{r.randint(1000, 9999)}.{r.randint(10, 99)}.{r.randint(1000, 9999)}"),
            ("kenmerk", f"KW{y % 100}/{n:05d}"),
        ]
    )
    return cue, num


MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "planet.nl",
    "icloud.com",
]
HOUSE = ["12", "7a", "104-2", "33 bis", "15-III", "8 hs", "221B", "3", "56", "141", "9-1", "27 A", "18-bis", "62"]


def street(r: random.Random) -> str:
    stems = [
        "Kastanje",
        "Hooi",
        "Lijster",
        "Vlas",
        "Beuken",
        "Turf",
        "Zilver",
        "Meidoorn",
        "Klaver",
        "Schans",
        "Gouw",
        "Wilgen",
        "Rogge",
        "Bleek",
        "Koren",
        "Hazel",
        "Distel",
        "Ganzen",
        "Brem",
        "Linnen",
        "Tolhuis",
        "Kievits",
        "Speelmans",
        "Zwaluw",
        "Vlinder",
        "Anjer",
        "Boekweit",
        "Ketel",
        "Hennep",
        "Spaarne",
    ]
    suf = [
        "straat",
        "laan",
        "weg",
        "hof",
        "gracht",
        "kade",
        "singel",
        "plein",
        "dreef",
        "pad",
        "steeg",
        "erf",
        "akker",
        "dijk",
        "wal",
        "baan",
        "hoek",
        "veld",
    ]
    s = r.choice(stems) + r.choice(suf)
    roll = r.random()
    if roll < 0.12:
        s = "Oude " + s
    elif roll < 0.2:
        s = s + " Noord"
    elif roll < 0.3:
        q = Person(r, origin=r.choice(["nl", "fy", "be"]))
        s = f"{q.first} {q.last}{r.choice(['straat', 'laan', 'plein'])}".replace(" ", " ", 1)
    return s


def house(r: random.Random) -> str:
    if r.random() < 0.3:
        return r.choice(HOUSE)
    n = r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 320)])
    suffix = r.choice(["", "", "", "a", "b", "c", " bis", "-2", "-1", "-III", " hs", "B", " A", "-bis", " rood", "-A"])
    return f"{n}{suffix}"


# --------------------------------------------------------------------------------------------------- keep vocab
TOWNS = [
    "Zwolle",
    "Amersfoort",
    "Leeuwarden",
    "Heerenveen",
    "Deventer",
    "Tilburg",
    "Breda",
    "Nijmegen",
    "Almere",
    "Assen",
    "Emmen",
    "Haarlem",
    "Delft",
    "Venlo",
    "Roermond",
    "Middelburg",
    "Goes",
    "Hoorn",
    "Alkmaar",
    "Zaanstad",
    "Lelystad",
    "Apeldoorn",
    "Enschede",
    "Hengelo",
    "Maastricht",
    "Schiedam",
    "Gouda",
    "Den Helder",
    "Sittard-Geleen",
    "Vlaardingen",
    "Dordrecht",
    "Zoetermeer",
    "Helmond",
    "Oss",
    "Sneek",
    "Harderwijk",
]
PLACES = [
    "het Stadskantoor",
    "de bibliotheek",
    "het gemeentehuis",
    "wijkcentrum De Schakel",
    "het buurthuis",
    "de balie van Burgerzaken",
    "het Wmo-loket",
    "de raadzaal",
    "het inloopspreekuur",
    "het sportpark",
    "de Stadswinkel",
    "het wijkteamkantoor",
]
ORGS = [
    "het Juridisch Loket",
    "de Belastingdienst",
    "het UWV",
    "de SVB",
    "het CAK",
    "Veilig Thuis",
    "de GGD",
    "de Nationale ombudsman",
    "de woningcorporatie",
    "de Omgevingsdienst",
    "Stichting Humanitas",
    "de Voedselbank",
    "de Kinderombudsman",
    "het Zorgkantoor",
]
SENT_START = [
    "Daarna",
    "Helaas",
    "Uiteindelijk",
    "Gelukkig",
    "Achteraf",
    "Intussen",
    "Toen",
    "Eerst",
    "Inmiddels",
    "Vervolgens",
    "Opvallend",
]
AMOUNTS = [
    "€ 245,00",
    "€1.180,-",
    "312 euro",
    "€ 87,50",
    "€2.450",
    "€ 65,- per maand",
    "1.320 euro",
    "€ 19,95",
    "€ 4.700,00",
    "€ 132,40",
    "€ 560,-",
    "ruim 900 euro",
]

# topics: key -> department/team, law/scheme, thing, official function, problems, outcomes, lesson
TOPICS = {
    "bijstand": dict(
        dept="Werk en Inkomen",
        team="team Inkomen",
        law="Participatiewet",
        thing="bijstandsuitkering",
        fn=["klantmanager", "consulent inkomen", "teamleider"],
        problem=[
            "de ⟦bijstandsuitkering⟧ was stopgezet omdat een ⟦bankafschrift⟧ zou ontbreken",
            "de ⟦bijstandsuitkering⟧ vanwege een vermeende ⟦kostendelersnorm⟧ was verlaagd",
        ],
        outcome=["de uitkering met ⟦terugwerkende kracht⟧ werd hersteld", "er binnen een week een ⟦nabetaling⟧ kwam"],
        lesson="Een ontbrekend stuk mag niet zonder belronde tot stopzetting leiden.",
    ),
    "wmo": dict(
        dept="Zorg en Welzijn",
        team="het Wmo-team",
        law="Wmo 2015",
        thing="traplift",
        fn=["Wmo-consulent", "ergotherapeut", "indicatiesteller"],
        problem=[
            "de aanvraag voor een ⟦traplift⟧ al maanden stil lag",
            "de ⟦huishoudelijke hulp⟧ zonder ⟦beschikking⟧ was teruggebracht naar twee uur",
        ],
        outcome=["er binnen drie weken een ⟦keukentafelgesprek⟧ kwam", "de ⟦beschikking⟧ werd herzien"],
        lesson="Een wijziging in zorg vraagt altijd eerst een gesprek.",
    ),
    "parkeren": dict(
        dept="Mobiliteit",
        team="team Parkeren",
        law="Parkeerverordening",
        thing="parkeervergunning",
        fn=["medewerker parkeren", "handhaver", "beleidsadviseur mobiliteit"],
        problem=[
            "de ⟦parkeervergunning⟧ werd geweigerd omdat de ⟦wachtlijst⟧ vol zou zijn",
            "er een ⟦naheffingsaanslag⟧ kwam terwijl de ⟦bezoekersregeling⟧ wel was geactiveerd",
        ],
        outcome=["de ⟦naheffingsaanslag⟧ werd ingetrokken", "alsnog een ⟦gehandicaptenparkeerkaart⟧ werd verstrekt"],
        lesson="Leg uit hoe de wachtlijst werkt voordat iemand afgewezen wordt.",
    ),
    "afval": dict(
        dept="Stadsbeheer",
        team="team Afval en Reiniging",
        law="Afvalstoffenverordening",
        thing="container",
        fn=["wijkbeheerder", "medewerker afvalinzameling", "coördinator reiniging"],
        problem=[
            "de ⟦container⟧ al vier weken niet werd geleegd",
            "er een ⟦boete⟧ kwam voor ⟦bijplaatsing⟧ van een doos naast de ⟦ondergrondse container⟧",
        ],
        outcome=["de ⟦boete⟧ werd kwijtgescholden", "de ⟦route⟧ van de vuilniswagen werd aangepast"],
        lesson="Een boete zonder foto of waarschuwing overtuigt niemand.",
    ),
    "bouw": dict(
        dept="Vergunningen, Toezicht en Handhaving",
        team="team Vergunningen",
        law="Omgevingswet",
        thing="dakkapel",
        fn=["vergunningverlener", "inspecteur", "jurist"],
        problem=[
            "de aanvraag voor een ⟦dakkapel⟧ buiten behandeling werd gesteld",
            "de ⟦omgevingsvergunning⟧ voor een ⟦aanbouw⟧ na de ⟦beslistermijn⟧ bleef liggen",
        ],
        outcome=["de ⟦welstandscommissie⟧ opnieuw keek", "de ⟦omgevingsvergunning⟧ binnen twee weken werd verleend"],
        lesson="Vraag ontbrekende tekeningen op voordat de termijn verloopt.",
    ),
    "schuld": dict(
        dept="Schulddienstverlening",
        team="team Geldzaken",
        law="Wet gemeentelijke schuldhulpverlening",
        thing="schuldhulp",
        fn=["schuldhulpverlener", "budgetcoach", "intaker"],
        problem=[
            "het ⟦intakegesprek⟧ voor ⟦schuldhulp⟧ drie keer werd verzet",
            "de ⟦beslaglegging⟧ doorliep terwijl het ⟦moratorium⟧ al was aangevraagd",
        ],
        outcome=["er een ⟦budgetbeheer⟧ op maat kwam", "de ⟦deurwaarder⟧ het beslag opschortte"],
        lesson="Wie om schuldhulp vraagt, moet binnen drie dagen een mens spreken.",
    ),
    "leerlingenvervoer": dict(
        dept="Onderwijs",
        team="team Leerlingenvervoer",
        law="verordening leerlingenvervoer",
        thing="taxibusje",
        fn=["medewerker leerlingenvervoer", "leerplichtambtenaar", "beleidsmedewerker onderwijs"],
        problem=[
            "het ⟦taxibusje⟧ structureel te laat kwam bij de ⟦speciale school⟧",
            "de ⟦vervoersvoorziening⟧ na de ⟦zomervakantie⟧ niet werd verlengd",
        ],
        outcome=[
            "de ⟦vervoerder⟧ een nieuwe planning kreeg",
            "de ⟦vervoersvoorziening⟧ voor het hele ⟦schooljaar⟧ werd toegekend",
        ],
        lesson="Betrek de school bij elke wijziging in het vervoer.",
    ),
    "kwijtschelding": dict(
        dept="Belastingen",
        team="team Heffen en Innen",
        law="Invorderingswet",
        thing="kwijtschelding",
        fn=["medewerker belastingen", "invorderaar", "teamleider belastingen"],
        problem=[
            "het verzoek om ⟦kwijtschelding⟧ van de ⟦afvalstoffenheffing⟧ werd afgewezen",
            "er een ⟦aanmaning⟧ kwam terwijl de ⟦kwijtschelding⟧ nog liep",
        ],
        outcome=["de ⟦aanmaning⟧ werd ingetrokken", "de ⟦kwijtschelding⟧ alsnog werd verleend"],
        lesson="Stuur geen aanmaning zolang een verzoek loopt.",
    ),
    "jeugd": dict(
        dept="Jeugd en Gezin",
        team="het Jeugdteam",
        law="Jeugdwet",
        thing="jeugdhulp",
        fn=["jeugdconsulent", "gezinscoach", "teamleider jeugd"],
        problem=[
            "de ⟦jeugdhulp⟧ stopte omdat de ⟦indicatie⟧ was verlopen",
            "de ⟦wachtlijst⟧ voor ⟦dagbehandeling⟧ zes maanden bleek",
        ],
        outcome=["er een ⟦overbruggingsplan⟧ kwam", "de ⟦indicatie⟧ tot de zomer werd verlengd"],
        lesson="Bewaak einddata van indicaties en bel tijdig.",
    ),
    "overlast": dict(
        dept="Openbare Orde en Veiligheid",
        team="team Wijkzaken",
        law="APV",
        thing="geluidsoverlast",
        fn=["wijkregisseur", "handhaver", "medewerker veiligheid"],
        problem=[
            "de meldingen over ⟦geluidsoverlast⟧ van een ⟦bedrijfspand⟧ niet werden opgepakt",
            "er maandenlang ⟦stankoverlast⟧ was van een ⟦houtkachel⟧",
        ],
        outcome=["er een ⟦buurtbemiddeling⟧ kwam", "de ⟦handhaving⟧ ook 's avonds langsging"],
        lesson="Laat melders weten wat er met hun melding gebeurt.",
    ),
    "woz": dict(
        dept="Belastingen",
        team="team WOZ",
        law="Wet WOZ",
        thing="WOZ-waarde",
        fn=["taxateur", "medewerker WOZ", "jurist belastingen"],
        problem=["de ⟦WOZ-waarde⟧ ver boven de ⟦verkoopprijs⟧ lag", "het ⟦taxatieverslag⟧ niet werd toegestuurd"],
        outcome=["de ⟦WOZ-waarde⟧ werd verlaagd", "een ⟦taxateur⟧ de woning kwam bekijken"],
        lesson="Stuur het taxatieverslag mee met elke beschikking.",
    ),
    "omgeving": dict(
        dept="Ruimte",
        team="team Omgevingsvergunningen",
        law="Omgevingswet",
        thing="kapvergunning",
        fn=["vergunningverlener", "boomdeskundige", "omgevingsmanager"],
        problem=[
            "de ⟦kapvergunning⟧ voor een zieke ⟦eik⟧ uitbleef",
            "de ⟦buren⟧ niet werden geïnformeerd over een ⟦evenementenvergunning⟧",
        ],
        outcome=["de ⟦kapvergunning⟧ er kwam met een ⟦herplantplicht⟧", "er een ⟦informatieavond⟧ kwam"],
        lesson="Betrek omwonenden voordat een besluit valt.",
    ),
    "huur": dict(
        dept="Wonen",
        team="team Wonen",
        law="Huisvestingsverordening",
        thing="urgentieverklaring",
        fn=["woonconsulent", "medewerker urgentie", "beleidsmedewerker wonen"],
        problem=[
            "de ⟦urgentieverklaring⟧ na een ⟦scheiding⟧ werd geweigerd",
            "de ⟦schimmel⟧ in de woning door de ⟦verhuurder⟧ niet werd aangepakt",
        ],
        outcome=["de ⟦urgentieverklaring⟧ alsnog werd afgegeven", "de ⟦woningcorporatie⟧ herstel toezegde"],
        lesson="Kijk bij urgentie naar de hele situatie, niet alleen naar het formulier.",
    ),
    "burgerzaken": dict(
        dept="Burgerzaken",
        team="team Publiekszaken",
        law="Wet BRP",
        thing="inschrijving",
        fn=["medewerker burgerzaken", "adresonderzoeker", "teamleider publiekszaken"],
        problem=[
            "de ⟦inschrijving⟧ in de ⟦BRP⟧ na een ⟦adresonderzoek⟧ werd beëindigd",
            "een ⟦paspoort⟧ door een fout in de ⟦BRP⟧ niet kon worden aangevraagd",
        ],
        outcome=["de ⟦inschrijving⟧ werd hersteld", "er een ⟦spoedafspraak⟧ kwam"],
        lesson="Een adresonderzoek begint met een huisbezoek, niet met een brief.",
    ),
}

# --------------------------------------------------------------------------------------------------- document building
MARK = re.compile(r"⟪([A-Z_]+)\|([^⟫]*)⟫|⟦([^⟧]*)⟧")


def finalize(doc_id: str, raw: str, known: dict | None = None) -> dict:
    pii: list[dict] = []
    keep: list[str] = []
    seen = set()

    def sub(m: re.Match) -> str:
        if m.group(1):
            key = (m.group(2), m.group(1))
            if key not in seen:
                seen.add(key)
                pii.append({"text": m.group(2), "label": m.group(1)})
            return m.group(2)
        if m.group(3) not in keep:
            keep.append(m.group(3))
        return m.group(3)

    text = MARK.sub(sub, raw)
    d = {"id": doc_id, "text": text, "pii": pii, "keep": keep}
    if known:
        d["known"] = known
    return d


class Case:
    """The people, identifiers and vocabulary of one document."""

    def __init__(self, r: random.Random, known_style: bool = False) -> None:
        self.r = r
        self.topic_key = r.choice(list(TOPICS))
        self.t = TOPICS[self.topic_key]
        self.res = Ref(Person(r, word_surname=known_style or r.random() < 0.2), r)
        self.fam = Ref(Person(r), r)
        if r.random() < 0.6:  # family usually shares the surname
            self.fam.p.last, self.fam.p.particle, self.fam.p.second = self.res.p.last, self.res.p.particle, ""
            self.fam.p.origin = self.res.p.origin
            if self.fam.p.first == self.res.p.first:
                self.fam.p.first += "a"
        self.off = Ref(Person(r), r)
        self.med = Ref(Person(r), r)
        self.med2 = Ref(Person(r), r)
        self.other = Ref(Person(r, word_surname=r.random() < 0.3), r)
        if self.fam.p.female:
            self.rel = r.choice(["dochter", "partner", "zus", "moeder", "kleindochter", "schoonmoeder", "nicht"])
        else:
            self.rel = r.choice(["zoon", "partner", "broer", "vader", "schoonzoon", "kleinzoon", "neef"])
        self.other_role = r.choice(
            [
                "buurvrouw" if self.other.p.female else "buurman",
                "verhuurder",
                "werkgever",
                "huisarts",
                "mantelzorger",
                "begeleider",
                "schuldeiser",
                "docent",
                "wijkverpleegkundige",
                "bewindvoerder",
                "praktijkondersteuner",
            ]
        )
        if self.other_role == "huisarts":
            self.other.p.title = r.choice(["dr.", "dokter", "huisarts"])
        self.fn = r.choice(self.t["fn"])
        self.town = r.choice(TOWNS)
        self.place = r.choice(PLACES)
        self.org = r.choice(ORGS)
        self.amount = r.choice(AMOUNTS)
        self.date1, self.date2 = kept_date(r), kept_date(r)
        self.wd = r.choice(WEEKDAYS)
        self.street = street(r)
        self.house = house(r)
        self.street2 = street(r)
        self.pc = postcode(r)
        self.cue, self.case = case_number(r)
        dom = r.choice(MAIL_DOMAINS)
        self.email_res = f"{self.res.p.email_local(r)}@{dom}"
        town_dom = ascii_fold(self.town).lower().replace(" ", "").replace("-", "")
        self.email_off = f"{self.off.p.email_local(r)}@{r.choice([town_dom + '.nl', 'gemeente-' + town_dom + '.nl'])}"
        self.phone, self.phone2 = phone(r), phone(r)
        self.bsn, self.iban, self.dob, self.plate = bsn(r), iban(r), dob(r), plate(r)
        self.start = r.choice(SENT_START)
        self.problem = r.choice(self.t["problem"])
        self.outcome = r.choice(self.t["outcome"])
        # which identifiers this document carries (lower density than names)
        self.ids = {
            k
            for k, p in [
                ("addr", 0.35),
                ("pc", 0.2),
                ("phone", 0.3),
                ("email", 0.25),
                ("bsn", 0.12),
                ("iban", 0.12),
                ("dob", 0.15),
                ("plate", 0.08),
                ("case", 0.3),
                ("phone2", 0.1),
                ("email_off", 0.1),
                ("street2", 0.12),
            ]
            if r.random() < p
        }
        if self.topic_key == "parkeren" and r.random() < 0.6:
            self.ids.add("plate")

    # vocabulary as marked strings
    def k(self, s: str) -> str:
        return K(s)

    @property
    def dept(self) -> str:
        return K(self.t["dept"])

    @property
    def team(self) -> str:
        return K(self.t["team"])

    @property
    def law(self) -> str:
        return K(self.t["law"])

    @property
    def Town(self) -> str:
        return K(self.town)

    @property
    def addr(self) -> str:
        return X("ADDRESS", f"{self.street} {self.house}")

    @property
    def street_only(self) -> str:
        return X("ADDRESS", self.street)

    @property
    def addr2(self) -> str:
        return X("ADDRESS", self.street2)

    @property
    def PC(self) -> str:
        return X("POSTCODE", self.pc)

    @property
    def Phone(self) -> str:
        return X("PHONE", self.phone)

    @property
    def Phone2(self) -> str:
        return X("PHONE", self.phone2)

    @property
    def Email(self) -> str:
        return X("EMAIL", self.email_res)

    @property
    def EmailOff(self) -> str:
        return X("EMAIL", self.email_off)

    @property
    def BSN(self) -> str:
        return X("BSN", self.bsn)

    @property
    def IBAN(self) -> str:
        return X("IBAN", self.iban)

    @property
    def DOB(self) -> str:
        return X("DATE_OF_BIRTH", self.dob)

    @property
    def Plate(self) -> str:
        return X("LICENSE_PLATE", self.plate)

    @property
    def Case(self) -> str:
        return f"{K(self.cue)} {X('CASE_NUMBER', self.case)}"

    @property
    def d1(self) -> str:
        return K(self.date1)

    @property
    def d2(self) -> str:
        return K(self.date2)

    @property
    def Amount(self) -> str:
        return K(self.amount)

    @property
    def Wd(self) -> str:
        return K(self.wd)

    @property
    def Place(self) -> str:
        return K(self.place)

    @property
    def Org(self) -> str:
        return K(self.org)

    @property
    def Start(self) -> str:
        return K(self.start)

    def where(self) -> str:
        """An address phrase according to the identifiers drawn (may be empty)."""
        r = self.r
        if "addr" not in self.ids:
            return ""
        if "pc" in self.ids:
            return r.choice(
                [
                    f" aan de {self.addr}, {self.PC} {self.Town}",
                    f" ({self.addr}, {self.PC})",
                    f" op {self.addr} ({self.PC} {self.Town})",
                ]
            )
        return r.choice([f" aan de {self.addr}", f" op {self.addr} in {self.Town}", f" ({self.addr})"])

    def contact(self) -> str:
        r = self.r
        bits = []
        if "phone" in self.ids:
            bits.append(
                r.choice([f"tel. {self.Phone}", f"bereikbaar op {self.Phone}", f"mobiel {self.Phone}", f"{self.Phone}"])
            )
        if "email" in self.ids:
            bits.append(r.choice([f"mail: {self.Email}", f"{self.Email}", f"e-mail {self.Email}"]))
        return ", ".join(bits)

    def person_ids(self) -> str:
        r = self.r
        bits = []
        if "dob" in self.ids:
            bits.append(
                r.choice(
                    [
                        f"geboren {self.DOB}",
                        f"geb. {self.DOB}",
                        f"geboortedatum {self.DOB}",
                        f"°{self.DOB}",
                        f"* {self.DOB}",
                        self.DOB,
                    ]
                )
            )
        if "bsn" in self.ids:
            bits.append(
                r.choice(
                    [f"BSN {self.BSN}", f"bsn: {self.BSN}", f"burgerservicenummer {self.BSN}", f"sofinr. {self.BSN}"]
                )
            )
        if "iban" in self.ids:
            bits.append(
                r.choice([f"rekening {self.IBAN}", f"IBAN {self.IBAN}", f"rek.nr. {self.IBAN}", f"op {self.IBAN}"])
            )
        return ", ".join(bits)

    def known(self) -> dict:
        kn = {"names": [self.res.p.short_full()]}
        if "email" in self.ids:
            kn["emails"] = [self.email_res]
        if "phone" in self.ids:
            kn["phones"] = [re.sub(r"[^\d+]", "", self.phone)]
        return kn


# --------------------------------------------------------------------------------------------------- KB styles
def _extras(c: Case) -> list[str]:
    """Optional identifier sentences, in a neutral register."""
    r, out = c.r, []
    pid = c.person_ids()
    if pid:
        out.append(r.choice([f"Gegevens in het dossier: {pid}.", f"In de aanvraag stonden {pid}.", f"({pid})"]))
    if "case" in c.ids:
        out.append(r.choice([f"Het ging om {c.Case}.", f"De zaak liep onder {c.Case}.", f"Zie {c.Case}."]))
    if "plate" in c.ids:
        out.append(
            r.choice(
                [
                    f"Het ging om de auto met kenteken {c.Plate}.",
                    f"De ⟦naheffing⟧ hoorde bij {c.Plate}.",
                    f"De bus ({c.Plate}) stond op de ⟦invalidenparkeerplaats⟧.",
                ]
            )
        )
    if "street2" in c.ids:
        out.append(
            r.choice(
                [f"Ook bewoners van de {c.addr2} hadden last.", f"De situatie bij de {c.addr2} was vergelijkbaar."]
            )
        )
    if "phone2" in c.ids:
        out.append(f"De {c.other_role} gaf {c.Phone2} op als terugbelnummer.")
    if "email_off" in c.ids:
        out.append(f"Vragen liepen via {c.EmailOff}.")
    h = homograph(c)
    if h:
        out.append(h)
    return out


def alt(c: Case, *variants: str) -> str:
    """One of several phrasings (all are rendered; only the chosen one enters the text)."""
    return c.r.choice(variants)


def kb_narrative(c: Case) -> str:
    """Mediator 1: long narrative paragraphs in the past tense."""
    res, off, med, fam, oth = c.res, c.off, c.med, c.fam, c.other
    s = [
        alt(
            c,
            f"{K('In het voorjaar')} meldde {res.titled_full}{c.where()} zich bij het ⟦Verzoek tot Afstemming⟧. "
            f"{res.He} vertelde dat {c.problem}.",
            f"{res.Titled_full}{c.where()} klopte {K('in de herfst')} aan bij {c.Place}, omdat {c.problem}.",
            f"Het verzoek kwam binnen via {res.poss} {c.rel}: {res.titled_full} durfde zelf niet te bellen. "
            f"{res.He} had gemerkt dat {c.problem}.",
        ),
        alt(
            c,
            f"{res.His} {c.rel} {fam.full} had al eerder gebeld met {c.dept}, maar niemand had teruggebeld.",
            f"{fam.full}, {res.his} {c.rel}, had het dossier bijgehouden in een map vol brieven.",
            f"Volgens {fam.full} ({c.rel}) was er al drie keer gebeld met {c.dept}.",
        ),
        alt(
            c,
            f"Bemiddelaar {med.full} nam contact op met {off.full}, {c.fn} bij {c.team}. {off.Later()} zag "
            f"meteen dat er iets was misgegaan.",
            f"{med.full} legde de vraag voor aan {off.full} van {c.team}; {off.first} beloofde binnen een week "
            f"te reageren.",
            f"Bij {c.team} kwam de vraag terecht bij {off.titled_full}, {c.fn}, die {med.first} nog dezelfde dag "
            f"terugbelde.",
        ),
        f"Op {c.d1} zaten {res.later()}, {fam.first} en {off.later()} samen in {c.Place}.",
        alt(
            c,
            f"{c.Start} bleek dat de {c.law} wel degelijk ruimte bood.",
            f"{c.Start} bleek dat {c.Org} al eerder om dezelfde gegevens had gevraagd.",
            f"{c.Start} ging het ook over geld: er stond {c.Amount} open.",
        ),
        alt(
            c,
            f"De {c.other_role}, {oth.full}, bevestigde het verhaal van {res.later()}.",
            f"Ook {oth.titled_full}, de {c.other_role}, schreef een korte verklaring.",
        ),
        f"{K('Uiteindelijk')} werd afgesproken dat {c.outcome}. {res.Titled} was opgelucht.",
        alt(
            c,
            f"Bij de afsluiting op {c.d2} vroeg {med.first} of alles was besproken; {res.he} kon daar volmondig "
            f"ja op zeggen.",
            f"Op {c.d2} belde {med.first} nog één keer. {res.Later()} liet weten dat alles geregeld was.",
        ),
    ]
    s[3:3] = _extras(c)
    if c.contact():
        s.insert(1, f"{res.He} gaf als contactgegevens op: {c.contact()}.")
    n = c.r.choice([2, 3, 4])
    return "\n\n".join(" ".join(s[i : i + n]) for i in range(0, len(s), n)) + f"\n\nLeerpunt: {c.t['lesson']}"


def kb_bullets(c: Case) -> str:
    """Mediator 2: terse bullet points."""
    r = c.r
    res, off, med, fam = c.res, c.off, c.med, c.fam
    b = r.choice(["- ", "* ", "• "])
    lines = [
        alt(c, f"**{K('Thema')}:** {c.t['thing']} ({c.dept})", f"{K('Thema')}: {c.t['thing']} / {c.dept}"),
        f"{b}verzoeker: {alt(c, res.init, res.full, res.titled)}{(', ' + c.contact()) if c.contact() else ''}",
        f"{b}{c.rel}: {fam.first} (belt mee)",
        f"{b}probleem: {c.problem}",
        alt(
            c,
            f"{b}contact gemeente: {off.last_lc}, {c.fn}, {c.team}",
            f"{b}gemeente: {off.first} {off.last_lc} ({c.team})",
            f"{b}behandelaar {c.team}: {off.init}",
        ),
        f"{b}bemiddelaar: {med.full}",
        f"{b}gesprek: {c.Wd} {c.d1}, {c.Place}",
        f"{b}{c.other_role}: {c.other.init}",
        f"{b}resultaat: afgesproken dat {c.outcome}",
        alt(c, f"{b}controlevraag gesteld op {c.d2}, {res.later()} tevreden", f"{b}afgerond {c.d2}"),
        f"{b}{K('leerpunt')}: {c.t['lesson'].lower()}",
    ]
    if r.random() < 0.4:
        lines.insert(4, f"{b}bedrag: {c.Amount}")
    for e in _extras(c):
        lines.insert(r.randint(2, len(lines) - 1), b + e[0].lower() + e[1:])
    if "addr" in c.ids:
        lines.insert(2, f"{b}adres: {c.addr}" + (f", {c.PC}" if "pc" in c.ids else "") + f" {c.Town}")
    return "\n".join(lines)


def kb_quotes(c: Case) -> str:
    """Mediator 3: lots of quoted speech."""
    r = c.r
    res, off, med, fam, oth = c.res, c.off, c.med, c.fam, c.other
    q1, q2 = r.choice([("„", "”"), ("'", "'"), ("\u2018", "\u2019"), ('"', '"')]), r.choice([("„", "”"), ("'", "'")])
    s = [
        alt(
            c,
            f"{q1[0]}Ik weet niet meer bij wie ik moet aankloppen{q1[1]}, zei {res.titled} bij het eerste gesprek.",
            f"{q1[0]}Niemand belt terug{q1[1]} – dat waren de eerste woorden van {res.titled_full}.",
            f"{res.Titled_full} begon met: {q1[0]}Ik wil gewoon weten waar ik aan toe ben.{q1[1]}",
        ),
        f"{res.He} legde uit dat {c.problem}.",
        alt(
            c,
            f"{q2[0]}Mijn {c.rel} {fam.first} heeft alles opgestuurd, maar we horen niks{q2[1]}, vulde {res.he} aan.",
            f"{fam.first} ({c.rel}) zei: {q2[0]}We hebben alles drie keer opgestuurd.{q2[1]}",
        ),
        f"{med.full} belde met {off.titled_full} van {c.team}. {q1[0]}Dit had nooit zo mogen lopen{q1[1]}, gaf "
        f"{off.later()} toe.",
        alt(
            c,
            f"{K('Volgens')} {oth.titled} ({c.other_role}) was de situatie al maanden bekend: {q2[0]}{res.first} "
            f"heeft het echt zwaar.{q2[1]}",
            f"{oth.full}, de {c.other_role}, zei het zo: {q2[0]}Bij {res.last} is de rek eruit.{q2[1]}",
        ),
        f"Op {c.d1} volgde een gesprek in {c.Place}. {q1[0]}We gaan het vandaag regelen{q1[1]}, beloofde {off.first}.",
        f"Resultaat: afgesproken werd dat {c.outcome}. {q2[0]}Dank u wel, {med.first}{q2[1]}, schreef "
        f"{res.titled} op {c.d2}.",
    ]
    s[4:4] = _extras(c)
    if "addr" in c.ids or c.contact():
        s.insert(1, f"{res.He} woont{c.where() or ' in ' + c.Town}{'; ' + c.contact() if c.contact() else ''}.")
    return " ".join(s) + f"\n\n{K('Les')}: {c.t['lesson']}"


def kb_qa(c: Case) -> str:
    """Mediator 4: questions and answers."""
    res, off, med, fam = c.res, c.off, c.med, c.fam
    parts = [
        f"{K('Wat was het probleem?')}\n{res.Titled_full}{c.where()} meldde dat {c.problem}.",
        f"{K('Wie waren erbij?')}\n{res.Later()}, {res.his} {c.rel} {fam.full}, {off.init} ({c.fn}, {c.team}) "
        f"en bemiddelaar {med.full}.",
        alt(
            c,
            f"{K('Wat hebben we gedaan?')}\n{med.first} belde {off.titled} op {c.Wd} en plande een gesprek op "
            f"{c.d1} in {c.Place}.",
            f"{K('Wat hebben we gedaan?')}\nEerst geluisterd. Daarna heeft {med.first} de {c.law} naast de brief "
            f"gelegd en {off.first} gebeld.",
        ),
        f"{K('Wat was de uitkomst?')}\n{K('Uiteindelijk')} is afgesproken dat {c.outcome}.",
        f"{K('Wat leren we ervan?')}\n{c.t['lesson']}",
    ]
    ex = _extras(c)
    if ex or c.contact():
        extra = " ".join(ex + ([f"Contact: {c.contact()}."] if c.contact() else []))
        parts.insert(2, f"{K('Welke gegevens speelden een rol?')}\n{extra}")
    if c.r.random() < 0.5:
        parts.insert(-1, f"{K('Is alles besproken?')}\nJa, zei {res.first} op {c.d2}. {res.He} mag altijd terugkomen.")
    return "\n\n".join(parts)


def kb_wij(c: Case) -> str:
    """Mediator 5: first person plural."""
    res, off, med, med2, fam, oth = c.res, c.off, c.med, c.med2, c.fam, c.other
    s = [
        alt(
            c,
            f"Wij spraken op {c.d1} met {res.titled_full} over {res.his} {c.k(c.t['thing'])}. {res.He} vertelde "
            f"ons dat {c.problem}.",
            f"Op {c.d1} zochten wij {res.titled_full} thuis op. Het ging om de {c.k(c.t['thing'])}: {res.he} zag "
            f"dat {c.problem}.",
        ),
        f"Samen met {med2.full} zijn we daarna naar {c.Place} gegaan, waar {off.full} ({c.fn}) ons ontving.",
        alt(
            c,
            f"Wij merkten dat {res.first} vooral gehoord wilde worden. {res.His} {c.rel}, {fam.first}, deed het "
            f"woord toen het moeilijk werd.",
            f"We zagen hoe moe {res.first} was; gelukkig hielp {fam.full}, {res.his} {c.rel}, met de papieren.",
        ),
        f"Met {off.last} van {c.team} hebben we afgesproken dat {c.outcome}. Dat hebben we op {c.d2} gecontroleerd.",
        f"Ook {oth.full} ({c.other_role}) hebben we gesproken; {oth.he} herkende het beeld.",
        alt(
            c,
            f"Wij, {med.first} en {med2.first}, sluiten af met dit leerpunt: {c.t['lesson']}",
            f"{med.first} en {med2.first_lc} – ons leerpunt: {c.t['lesson']}",
        ),
    ]
    s[2:2] = _extras(c)
    if c.where() or c.contact():
        s.insert(
            1, f"{res.Titled} woont{c.where() or ' in ' + c.Town}{'; contact: ' + c.contact() if c.contact() else ''}."
        )
    return " ".join(s)


def kb_table(c: Case) -> str:
    """Mediator 6: Markdown tables and bold labels."""
    res, off, med, fam = c.res, c.off, c.med, c.fam
    rows = [
        ("Verzoeker", alt(c, res.full, res.init, f"{res.last}, {P(res.p.first)}")),
        ("Betrokkene", f"{fam.full} ({c.rel})"),
        ("Afdeling", f"{c.dept}, {c.team}"),
        ("Contactpersoon", f"{off.init}, {c.fn}"),
        ("Bemiddelaar", f"{med.full}"),
        ("Datum gesprek", f"{c.d1}"),
    ]
    if c.r.random() < 0.4:
        rows.append(("Bedrag", c.Amount))
    if "addr" in c.ids:
        rows.insert(1, ("Adres", f"{c.addr}{', ' + c.PC if 'pc' in c.ids else ''}, {c.Town}"))
    if c.contact():
        rows.insert(2, ("Contact", c.contact()))
    if "case" in c.ids:
        rows.append((K(c.cue.capitalize()), X("CASE_NUMBER", c.case)))
    if "dob" in c.ids:
        rows.append(("Geboortedatum", c.DOB))
    if "bsn" in c.ids:
        rows.append(("BSN", c.BSN))
    if "iban" in c.ids:
        rows.append(("IBAN", c.IBAN))
    if "plate" in c.ids:
        rows.append(("Kenteken", c.Plate))
    head = alt(c, "| veld | waarde |\n| --- | --- |", "| | |\n|---|---|", "| **Gegeven** | **Inhoud** |\n|:--|:--|")
    table = head + "\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    body = (
        f"**{K('Situatie')}:** verzoeker meldde dat {c.problem}.\n\n"
        f"**{K('Afstemming')}:** {med.first} sprak met {off.titled} en {res.titled}.\n\n"
        f"**{K('Uitkomst')}:** afgesproken is dat {c.outcome}.\n\n**{K('Leerpunt')}:** {c.t['lesson']}"
    )
    for e in _extras(c):
        if "⟪" in e and not any(x in e for x in ("CASE_NUMBER", "DATE_OF_BIRTH", "BSN|", "IBAN|", "LICENSE")):
            body += f"\n\n**{K('Noot')}:** {e}"
    return f"## {c.t['thing'].capitalize()} in {c.Town}\n\n{table}\n\n{body}"


def kb_formal(c: Case) -> str:
    """Mediator 7: very formal, passives."""
    res, off, med, fam, oth = c.res, c.off, c.med, c.fam, c.other
    s = [
        alt(
            c,
            f"Door {res.titled_full}{c.where()} werd op {c.d1} een verzoek tot afstemming ingediend.",
            f"Op {c.d1} werd namens {res.titled_full}{c.where()} door {res.his} {c.rel} een verzoek ingediend.",
        ),
        f"Gesteld werd dat {c.problem}.",
        alt(
            c,
            f"Namens {c.dept} werd het verzoek behandeld door {off.init}, {c.fn}.",
            f"Het verzoek werd ter behandeling voorgelegd aan {off.titled_full} ({c.team}).",
        ),
        f"Door de bemiddelaar, {med.init}, werd tevens contact opgenomen met {oth.titled_full} ({c.other_role}).",
        f"Ook werd {res.his} {c.rel}, {fam.titled}, gehoord.",
        alt(
            c,
            f"Op grond van de {c.law} werd vastgesteld dat {c.outcome}.",
            f"Na raadpleging van {c.Org} en toetsing aan de {c.law} werd besloten dat {c.outcome}.",
        ),
        f"Het verzoek werd op {c.d2} als opgelost afgesloten; door {res.titled} werd bevestigd dat alle punten "
        f"waren besproken.",
    ]
    s[3:3] = _extras(c)
    if c.contact():
        s.insert(1, f"Contactgegevens verzoeker: {c.contact()}.")
    return " ".join(s) + f" {K('Geconstateerd')} werd: {c.t['lesson'][0].lower() + c.t['lesson'][1:]}"


def kb_chatty(c: Case) -> str:
    """Mediator 8: chatty, with parentheses and dashes."""
    res, off, med, fam, oth = c.res, c.off, c.med, c.fam, c.other
    s = [
        alt(
            c,
            f"Dit was er eentje (zucht) – {res.titled} ({res.first} voor vrienden){c.where()} belde ons omdat "
            f"{c.problem}.",
            f"Nou – {res.titled_full}{c.where()} (lieve {'vrouw' if res.p.female else 'man'}, wel pittig) "
            f"mailde ons omdat {c.problem}.",
        ),
        f"{res.His} {c.rel} – {fam.full} – had trouwens al drie keer gebeld (!) met {c.dept}.",
        alt(
            c,
            f"Ik ({med.first}) heb toen maar gewoon {off.full} gebeld – {c.fn} bij {c.team}, superbehulpzaam trouwens.",
            f"Ik heb {off.first} van {c.team} even geappt (ja, dat mag) – binnen het uur antwoord.",
        ),
        f"En ja hoor: op {c.d1} zaten we om tafel in {c.Place} (met koffie, uiteraard).",
        f"De {c.other_role} ({oth.titled}) schoof ook even aan – handig, want {oth.he} wist precies hoe het zat.",
        f"Uitkomst? Afgesproken dat {c.outcome} – en {res.first} was blij (ik ook, eerlijk gezegd).",
        f"Les voor ons allemaal – {c.t['lesson'][0].lower() + c.t['lesson'][1:]}",
    ]
    s[3:3] = ["(" + e.rstrip(".") + ")" if not e.startswith("(") else e for e in _extras(c)]
    if c.contact():
        s.insert(1, f"(Nummer/mail voor de volledigheid: {c.contact()}.)")
    return " ".join(s)


def kb_timeline(c: Case) -> str:
    """A mediator who writes a dated log."""
    r = c.r
    res, off, med, fam, oth = c.res, c.off, c.med, c.fam, c.other
    rows = [
        f"{c.d1} – {res.full} meldt zich via {K('het webformulier')}, omdat {c.problem}.",
        f"{c.Wd} – {med.first} belt terug; {res.his} {c.rel} {fam.full} luistert mee.",
        f"{K('dag 3')} – contact met {off.init} ({c.fn}, {c.dept}).",
        f"{K('dag 5')} – {oth.titled} ({c.other_role}) stuurt een verklaring.",
        f"{K('dag 9')} – gesprek in {c.Place} met {res.later()} en {off.later()}.",
        f"{c.d2} – afgesproken dat {c.outcome}; controlevraag gesteld aan {res.first}.",
    ]
    for e in _extras(c):
        rows.insert(r.randint(1, len(rows) - 1), f"{K('tussendoor')} – {e}")
    if c.contact() or "addr" in c.ids:
        rows.insert(
            1, f"{K('gegevens')} – {(c.where().strip(' ()') + '; ') if c.where() else ''}{c.contact()}".rstrip("; ")
        )
    return f"{K('Tijdlijn')} ({c.t['thing']}, {c.Town})\n" + "\n".join(rows) + f"\n{K('Leerpunt')}: {c.t['lesson']}"


def kb_letter(c: Case) -> str:
    """A mediator who drafts the article as a letter to colleagues, signed."""
    r = c.r
    res, off, med, fam, oth = c.res, c.off, c.med, c.fam, c.other
    body = [
        f"{K('Beste collega')}'s,",
        "",
        f"Graag deel ik een casus uit {c.Town}. {res.Titled_full}{c.where()} vroeg om afstemming omdat {c.problem}.",
        f"{res.He} had het gevoel van het kastje naar de muur te worden gestuurd; "
        f"ook {res.poss} {c.rel} {fam.first} merkte dat.",
        f"Na een gesprek met {off.full} ({c.team}) en met {oth.full}, {res.his} {c.other_role}, werd "
        f"afgesproken dat {c.outcome}.",
    ]
    ex = _extras(c)
    if ex:
        body.append(" ".join(ex))
    body += [
        "",
        f"{K('Wat ik ervan leerde')}: {c.t['lesson']}",
        "",
        r.choice(["Hartelijke groet,", "Met collegiale groet,", "Groet,"]),
        med.full,
        f"{K('bemiddelaar')} {K('Verzoek tot Afstemming')}",
    ]
    if "email_off" in c.ids:
        body.append(c.EmailOff)
    return "\n".join(body)


HOMOGRAPHS = {
    "Bakker": "werkt zelf als bakker in een supermarkt",
    "Visser": "was vroeger visser op de Noordzee",
    "Koning": "noemt zichzelf lachend de koning van het formulier",
    "Schipper": "is schipper op een vrachtschip",
    "Kramer": "staat als kramer op de weekmarkt",
    "Molenaar": "werkt als vrijwillig molenaar in de molen",
    "Koster": "is koster van de dorpskerk",
    "Storm": "vertelde over de storm van vorige winter",
    "Winter": "zag op tegen de winter zonder verwarming",
    "Zomer": "hoopte dat alles voor de zomer geregeld zou zijn",
    "Groen": "wilde de tuin groen houden",
    "Snel": "wilde snel duidelijkheid",
    "Klein": "woont klein, in een flat van twee kamers",
    "Boom": "ergerde zich aan een boom die de goot verstopte",
    "Post": "kreeg de post steeds op het verkeerde adres",
    "Hamer": "liet de hamer van de aannemer zien",
}


def homograph(c: Case) -> str:
    """For a resident whose surname is an ordinary word: a sentence that uses that word in lower case."""
    phrase = HOMOGRAPHS.get(c.res.p.last)
    if not phrase or c.res.p.particle:
        return ""
    return f"{c.res.first} {phrase}."


KB_STYLES = [kb_narrative, kb_bullets, kb_quotes, kb_qa, kb_wij, kb_table, kb_formal, kb_chatty, kb_timeline, kb_letter]


# --------------------------------------------------------------------------------------------------- note genres
def note_phone(c: Case) -> str:
    r = c.r
    res, off = c.res, c.off
    t = f"{r.randint(8, 17)}:{r.choice(['05', '15', '30', '42', '50'])}"
    who = r.choice([res.titled, res.lc, res.init, res.surname_lc])
    lines = [
        f"tel {t} {who}{(' (' + c.Phone + ')') if 'phone' in c.ids else ''}",
        f"belt over {c.k(c.t['thing'])}: klacht dat {c.problem}",
        f"zegt dat {off.first_lc} van {c.team} zou terugbellen, niet gebeurd",
        f"afgesproken: ik bel {c.Wd} terug" + (f", {c.Case}" if "case" in c.ids else ""),
    ]
    if c.person_ids():
        lines.insert(2, c.person_ids())
    if "addr" in c.ids:
        lines.insert(1, f"woont {c.addr}" + (f" {c.PC}" if "pc" in c.ids else ""))
    return "\n".join(lines)


def note_chat(c: Case) -> str:
    r = c.r
    a, b, res, off = c.med, c.med2, c.res, c.off
    h = r.randint(8, 16)
    msgs = [
        (a, f"heb jij {res.first_lc} al gesproken? gaat over {c.k(c.t['thing'])}"),
        (b, f"ja, gisteren. {res.his} {c.rel} was er ook bij. {off.first_lc} van {c.team} doet moeilijk"),
        (a, f"volgens {off.first} kan het pas na {c.d1}"),
        (b, f"{a.first_lc} en ik moeten even bellen dan. {res.poss} {c.rel} belt anders weer de {c.k('wethouder')}"),
        (a, "ok, ik plan iets in" + (f" (tel {c.Phone})" if "phone" in c.ids else "")),
    ]
    if "case" in c.ids:
        msgs.insert(2, (b, f"{c.Case}"))
    if "email" in c.ids:
        msgs.insert(3, (a, f"{res.his} mail is {c.Email} trouwens"))
    out = []
    for i, (who, m) in enumerate(msgs):
        name = r.choice([who.first_lc, who.first, who.tag])
        out.append(f"[{h:02d}:{10 + 3 * i:02d}] {name}: {m}")
    return "\n".join(out)


def note_memo(c: Case) -> str:
    res, off, fam, oth = c.res, c.off, c.fam, c.other
    s = [
        f"{K('memo')} – eh, ja, dus ik kom net bij {res.titled}{c.where()} vandaan, uh,",
        f"het gaat over {c.k(c.t['thing'])}, eh, dat {c.problem}, en, eh, {fam.first} – de {c.rel} – zat er ook bij.",
        f"{fam.first} zei dat {off.last} van {c.dept} het dossier had, maar dat die, eh, nooit terugbelt.",
        f"de {c.other_role}, {oth.first_lc} {oth.surname_lc}, wil ook wel iets verklaren.",
        f"ik moet nog {K('terugbellen')} voor {c.Wd}, even noteren.",
    ]
    if c.person_ids():
        s.insert(3, f"gegevens: {c.person_ids()}, eh, klopt volgens mij.")
    if c.contact():
        s.insert(4, f"nummer is, eh, {c.contact()}.")
    return " ".join(s)


def note_agenda(c: Case) -> str:
    res, off, med2, fam, oth = c.res, c.off, c.med2, c.fam, c.other
    wd = [w[:2] for w in WEEKDAYS[:5]]
    lines = [
        f"{wd[0]} 09:30 huisbezoek fam. {res.last}{' – ' + c.addr if 'addr' in c.ids else ''} (met {med2.first_lc})",
        f"{wd[1]} 11:00 overleg {off.init} ({c.team}) re {c.k(c.t['thing'])}",
        f"{wd[2]} 14:00 {c.Place}: gesprek {res.first} + {c.rel} {fam.first}",
        f"{wd[3]} 10:15 bellen {oth.titled} ({c.other_role})" + (f" {c.Phone2}" if "phone2" in c.ids else ""),
        f"{wd[4]} 16:00 {K('intervisie')} – {res.tag} inbrengen",
    ]
    if "case" in c.ids:
        lines[1] += f" – {c.Case}"
    if c.contact():
        lines.append(f"nb: {res.first_lc} – {c.contact()}")
    return "\n".join(lines)


def note_mail(c: Case) -> str:
    """An e-mail to a mediator, from the official or from the resident, with a signature."""
    r = c.r
    res, off, med, fam = c.res, c.off, c.med, c.fam
    from_official = r.random() < 0.5
    who = off if from_official else res
    addr = (
        c.EmailOff
        if from_official and "email_off" in c.ids
        else c.Email
        if not from_official and "email" in c.ids
        else ""
    )
    head = f"Van: {who.full}" + (f" <{addr}>" if addr else "")
    body = [
        head,
        f"Aan: {med.full}",
        f"Onderwerp: {c.k(c.t['thing'])} {res.last}"
        + (f" ({K(c.cue)} {X('CASE_NUMBER', c.case)})" if "case" in c.ids else ""),
        "",
        alt(c, f"Beste {med.first},", f"Hoi {med.first_lc},", f"Geachte {med.p.title} {med.last},"),
        "",
    ]
    if from_official:
        body += [
            f"Hierbij even een update over {res.titled}: {res.he} meldt dat {c.problem}.",
            f"Ik heb {c.d1} met {res.first} en {res.his} {c.rel} {fam.first} gesproken; haalbaar is dat {c.outcome}.",
        ]
    else:
        body += [
            f"Ik schrijf u omdat {c.problem}. Mijn {c.rel} {fam.full} heeft al gebeld met {c.dept}.",
            f"Op {c.d1} sprak ik {off.titled} van {c.team}, maar ik hoor niets meer.",
        ]
    if c.person_ids():
        body.append(f"Voor de volledigheid: {c.person_ids()}.")
    if "addr" in c.ids:
        body.append(f"Adres: {c.addr}" + (f", {c.PC}" if "pc" in c.ids else "") + f" {c.Town}")
    sig_name = alt(c, who.first, who.full)
    body += ["", r.choice(["Groet,", "Met vriendelijke groet,", "Hartelijke groet,", "Gr."]), sig_name]
    if from_official:
        body.append(f"{c.fn} | {c.team} | gemeente {c.Town}")
        if "phone" in c.ids:
            body.append(f"{res.first} is bereikbaar op {c.Phone}")
    elif "phone" in c.ids:
        body.append(c.Phone)
    if not from_official and r.random() < 0.3:
        body += ["", "Verstuurd vanaf mijn iPhone"]
    return "\n".join(body)


def note_list(c: Case) -> str:
    r = c.r
    res, off, med2, fam, oth = c.res, c.off, c.med2, c.fam, c.other
    items = [
        f"bellen met {res.lc} ({c.k(c.t['thing'])})",
        f"brief naar fam. {res.last_lc}",
        f"{off.first_lc} ({c.team}) vragen naar de {c.law}",
        f"{fam.first} terugmailen",
        f"formulier klaarleggen voor {alt(c, res.first_lc, res.titled, res.nick)}",
        f"{med2.first} vragen om mee te gaan naar {c.Place}",
        f"{oth.lc} – {c.other_role} – verklaring",
    ]
    if "case" in c.ids:
        items.insert(2, f"{c.Case} opzoeken")
    if "plate" in c.ids:
        items.append(f"kenteken {c.Plate} checken bij {K('Parkeren')}")
    if c.person_ids():
        items.append(c.person_ids())
    if c.contact():
        items.append(c.contact())
    r.shuffle(items)
    bullet = r.choice(["- ", "* ", "• ", "[ ] "])
    return f"{K('todo')} {c.Wd}:\n" + "\n".join(bullet + i for i in items)


def note_handover(c: Case) -> str:
    res, off, med, med2, fam = c.res, c.off, c.med, c.med2, c.fam
    s = [
        f"{K('Overdracht')}: {med2.tag} neemt het dossier {res.upper} over van {med.first}.",
        f"{res.Titled} ({res.first}){c.where()}: meldt dat {c.problem}.",
        f"{med.first} en ik hebben {c.d1} met {off.full} gesproken, namens {c.team}.",
        f"{res.poss_last} {c.rel} ({fam.first_lc}) belt vaak, is aardig maar ongeduldig.",
        f"Volgende stap: zorgen dat {c.outcome} – check bij {off.later()} op {c.d2}.",
    ]
    s[3:3] = _extras(c)
    if c.contact():
        s.append(f"Contact: {c.contact()}")
    return "\n".join(s)


def note_sms(c: Case) -> str:
    r = c.r
    res, med, med2, off = c.res, c.med, c.med2, c.off
    s = [
        f"Hoi {med2.nick}, kun je {res.titled} terugbellen{' op ' + c.Phone if 'phone' in c.ids else ''}? "
        f"{res.He} is boos over de {c.k(c.t['thing'])}.",
        f"{off.first} van {c.dept} weet ervan.",
        f"Thx! {med.first_lc}",
    ]
    if "case" in c.ids:
        s.insert(1, f"({c.Case})")
    if r.random() < 0.5:
        s.insert(1, f"{res.first} zei dat {res.his} {c.rel} ook gebeld heeft.")
    return " ".join(s)


def note_form(c: Case) -> str:
    """An intake form typed in by a mediator from a phone call."""
    r = c.r
    res, med = c.res, c.med
    name = r.choice([f"{res.last}, {P(res.p.initials)}", res.full, res.init, res.upper + " " + P(res.p.first)])
    rows = [f"{K('Naam')}: {name}", f"{K('Onderwerp')}: {c.k(c.t['thing'])} ({c.dept})"]
    if "addr" in c.ids:
        rows.append(f"{K('Adres')}: {c.addr}" + (f", {c.PC}" if "pc" in c.ids else "") + f" {c.Town}")
    if "dob" in c.ids:
        rows.append(f"{K('Geboortedatum')}: {c.DOB}")
    if "bsn" in c.ids:
        rows.append(f"{K('BSN')}: {c.BSN}")
    if "phone" in c.ids:
        rows.append(f"{K('Telefoon')}: {c.Phone}")
    if "email" in c.ids:
        rows.append(f"{K('E-mail')}: {c.Email}")
    if "iban" in c.ids:
        rows.append(f"{K('Rekening')}: {c.IBAN}")
    if "case" in c.ids:
        rows.append(f"{K(c.cue.capitalize())}: {X('CASE_NUMBER', c.case)}")
    if "plate" in c.ids:
        rows.append(f"{K('Kenteken')}: {c.Plate}")
    rows.append(f"{K('Toelichting')}: {res.he} meldt dat {c.problem}; {res.his} {c.rel} {c.fam.first} helpt.")
    rows.append(f"{K('Behandelaar')}: {r.choice([med.tag, med.first, med.init])}")
    return "\n".join(rows)


def note_thread(c: Case) -> str:
    """An e-mail reply with the quoted earlier message below it."""
    res, off, med = c.res, c.off, c.med
    sender = (
        c.EmailOff
        if "email_off" in c.ids
        else K(f"afstemming@{ascii_fold(c.town).lower().replace(' ', '').replace('-', '')}.nl")
    )
    top = [
        f"Hoi {off.first},",
        "",
        f"Dank je. Ik laat {res.titled} weten dat {c.outcome}. {res.first} belt me anders wel weer, haha.",
        "",
        f"Gr. {med.first_lc}",
        "",
        f"Op {c.d1} schreef {off.full} <{sender}>:",
        f"> Beste {med.first},",
        f"> ik heb het dossier van {res.titled_full} bekeken. Klopt het dat {c.problem}?",
    ]
    if "case" in c.ids:
        top.append(f"> Het gaat om {c.Case}.")
    if c.contact():
        top.append(f"> Contact: {c.contact()}.")
    top.append(f"> Groet, {off.first}")
    return "\n".join(top)


def note_group(c: Case) -> str:
    """A team group chat: names at the start of the lines, some lower case, possessives."""
    res, off, med, med2, fam, oth = c.res, c.off, c.med, c.med2, c.fam, c.other
    lines = [
        f"{med.first}: wie kan morgen mee naar {res.titled}?",
        f"{med2.first_lc}: ik! volgens {off.last} van {c.dept} is er iets misgegaan met de {c.k(c.t['thing'])}",
        f"{med.first}: top. {fam.first} ({res.poss} {c.rel}) is er ook",
        f"{med2.first_lc}: {oth.first}, de {c.other_role}, belde ook al, {oth.he} zei dat {c.problem}",
        f"{med.first}: ok. {med2.first} en ik gaan {c.Wd}",
    ]
    if "addr" in c.ids:
        lines.insert(1, f"{med.first}: adres is {c.addr}" + (f" {c.PC}" if "pc" in c.ids else ""))
    if "phone" in c.ids:
        lines.append(f"{med2.first_lc}: nummer {res.first_lc}: {c.Phone}")
    return "\n".join(lines)


NOTE_GENRES = [
    note_phone,
    note_chat,
    note_memo,
    note_agenda,
    note_mail,
    note_list,
    note_handover,
    note_sms,
    note_form,
    note_thread,
    note_group,
]


# --------------------------------------------------------------------------------------------------- the gate
def _name_words(pii: list[dict]) -> set[str]:
    out = set()
    for i in pii:
        if i["label"] == "PERSON":
            for w in re.split(r"[\s\-]+", i["text"]):
                w = w.strip(".,'’").lower()
                if w and w not in PARTICLE_WORDS and len(w) > 1:
                    out.add(w)
    return out


def problems(doc: dict, known: bool = False) -> list[str]:
    """Everything wrong with ``doc``'s annotation (empty: it passes)."""
    out: list[str] = []
    text = doc.get("text", "")
    for item in doc.get("pii", []):
        if item.get("label") not in LABELS:
            out.append(f"unknown label {item.get('label')!r}")
        if item.get("text", "") not in text:
            out.append(f"pii not in text: {item.get('text')!r}")
        if item.get("label") == "BSN" and not bsn_ok(item["text"]):
            out.append(f"BSN fails the eleven-test: {item['text']!r}")
        if item.get("label") == "IBAN" and not iban_ok(item["text"]):
            out.append(f"IBAN fails mod-97: {item['text']!r}")
        if item.get("label") == "PERSON" and re.match(
            r"(?i)(mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer)\s", item["text"]
        ):
            out.append(f"title inside a person item: {item['text']!r}")
    if out:
        return out
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        out.append(f"check_doc: {e}")
    names = _name_words(doc["pii"])
    for k in doc.get("keep", []):
        for w in re.split(r"[\s\-/]+", k):
            w = w.strip(".,:;()'’?!").lower()
            if w and w not in PARTICLE_WORDS and len(w) > 1 and w in names:
                out.append(f"keep {k!r} shares the word {w!r} with a name")
    if known or "known" in doc:
        kn = doc.get("known")
        if not isinstance(kn, dict) or not kn.get("names"):
            out.append("no known record")
        else:
            for n in kn.get("names", []):
                if not any(w.lower() in names for w in re.split(r"[\s\-]+", n) if w.lower() not in PARTICLE_WORDS):
                    out.append(f"known name {n!r} not annotated")
            emails = {i["text"] for i in doc["pii"] if i["label"] == "EMAIL"}
            for e in kn.get("emails", []):
                if e not in emails:
                    out.append(f"known e-mail {e!r} not annotated")
            tails = {re.sub(r"\D", "", i["text"])[-7:] for i in doc["pii"] if i["label"] == "PHONE"}
            for p in kn.get("phones", []):
                if re.sub(r"\D", "", p)[-7:] not in tails:
                    out.append(f"known phone {p!r} not annotated")
    return out


def gate(doc: dict, known: bool = False) -> str | None:
    """None when ``doc`` passes every annotation gate, else the first problem. ``known``: the document must carry a
    ``known`` record (the request record's own data) whose names, e-mails and phones are all annotated."""
    p = problems(doc, known)
    return p[0] if p else None


# --------------------------------------------------------------------------------------------------- generation
def _make(r: random.Random, doc_id: str, styles: list, i: int, known_rate: float) -> tuple[dict, int]:
    tries = 0
    while True:
        tries += 1
        want_known = r.random() < known_rate
        c = Case(r, known_style=want_known)
        style = styles[(i + tries - 1) % len(styles)]
        raw = style(c)
        d = finalize(doc_id, raw, c.known() if want_known else None)
        if want_known and not any(
            w.lower() in _name_words(d["pii"]) for w in c.res.p.short_full().split() if w.lower() not in PARTICLE_WORDS
        ):
            d.pop("known", None)
        if gate(d, "known" in d) is None:
            return d, tries - 1
        if tries > 50:
            raise RuntimeError(f"{doc_id}: {problems(d)}")


def generate() -> tuple[list[dict], list[dict], int]:
    r = random.Random(SEED)
    kb, notes, redraws = [], [], 0
    for i in range(N_KB):
        d, n = _make(r, f"fresh10-kb-{i:04d}", KB_STYLES, i, 0.25)
        kb.append(d)
        redraws += n
    for i in range(N_NOTES):
        d, n = _make(r, f"fresh10-notes-{i:04d}", NOTE_GENRES, i, 0.1)
        notes.append(d)
        redraws += n
    return kb, notes, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 0 iff the committed files equal fresh output")
    a = ap.parse_args()
    kb, notes, redraws = generate()
    files = {"fresh10_kb.jsonl": kb, "fresh10_notes.jsonl": notes}
    status = 0
    for name, docs in files.items():
        path = HERE / name
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        keeps = sum(len(d["keep"]) for d in docs)
        known = sum("known" in d for d in docs)
        print(f"{name}: {len(docs)} docs, {sum(labels.values())} pii, {keeps} keep, {known} with known")
        for lab in sorted(labels):
            print(f"  {lab:15s} {labels[lab]}")
        if a.check:
            if not path.exists() or path.read_text(encoding="utf-8") != dump(docs):
                print(f"  DIFFERS: {name}")
                status = 1
        else:
            path.write_text(dump(docs), encoding="utf-8")
    allc = Counter(i["label"] for d in kb + notes for i in d["pii"])
    print("total:", dict(sorted(allc.items())), f"redraws={redraws}")
    return status


if __name__ == "__main__":
    sys.exit(main())
