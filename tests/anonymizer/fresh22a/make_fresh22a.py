#!/usr/bin/env python3
"""Generator of the blind anonymizer corpus fresh22a: forwarded e-mail threads written by representatives.

Helper F22A, round sixteen. Seeded (202616101); document i draws from random.Random("202616101-<i>"), a document
failing gate() is redrawn from "202616101-<i>-<attempt>". Usage: make_fresh22a.py [--check | --stats]
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names22a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score22a", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SEED = 202616101
COUNT = 300
OUT = HERE / "fresh22a_texts.jsonl"
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
PARTICLES = SCORE.PARTICLES

SHAPES: set[str] = set()


def reg(*names):
    SHAPES.update(names)


# ----------------------------------------------------------------------------------------------- places, numbers
TOWNS = [
    ("Deventer", "0570"),
    ("Zaanstad", "075"),
    ("Heerlen", "045"),
    ("Leeuwarden", "058"),
    ("Almere", "036"),
    ("Tilburg", "013"),
    ("Schiedam", "010"),
    ("Lelystad", "0320"),
    ("Enschede", "053"),
    ("Venlo", "077"),
    ("Dordrecht", "078"),
    ("Helmond", "0492"),
    ("Alkmaar", "072"),
    ("Gouda", "0182"),
    ("Emmen", "0591"),
    ("Hengelo", "074"),
    ("Purmerend", "0299"),
    ("Hoorn", "0229"),
    ("Vlaardingen", "010"),
    ("Kerkrade", "045"),
    ("Assen", "0592"),
    ("Oss", "0412"),
    ("Capelle aan den IJssel", "010"),
    ("Nieuwegein", "030"),
]
STREET_HEADS = [
    "Esdoorn",
    "Kastanje",
    "Berken",
    "Seringen",
    "Ganzen",
    "Molen",
    "Ooievaars",
    "Tulpen",
    "Wilgen",
    "Karel Doorman",
    "Spoor",
    "Kerk",
    "Spaarne",
    "Hyacinten",
    "Reiger",
    "Zuiderzee",
    "Lisdodde",
    "Klaproos",
    "Sleedoorn",
    "Vlasakker",
    "Havik",
    "Brem",
    "Duinroos",
    "Schelde",
]
STREET_TAILS = ["laan", "straat", "hof", "weg", "plein", "singel", "kade", "dreef", "erf", "pad", "gaarde"]
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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MAIL_DOMAINS = [
    "hotmail.com",
    "hotmail.nl",
    "gmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "outlook.com",
    "planet.nl",
    "home.nl",
    "xs4all.nl",
    "icloud.com",
    "upcmail.nl",
    "telfort.nl",
    "yahoo.com",
]
BANKS = ["ABNA", "RABO", "INGB", "ASNB", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def bsn(r) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def fmt_iban(r, s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if r.random() < 0.6 else s


def fmt_bsn(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def mobile(r) -> str:
    d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"0{d[0]}-{d[1:]}",
            f"0{d[0]} {d[1:5]} {d[5:]}",
            f"+31 {d[0]} {d[1:5]} {d[5:]}",
            f"+31(0){d[0]}-{d[1:]}",
            f"0031 {d[0]} {d[1:]}",
            f"0{d[0]}{d[1:]}",
            f"+31{d}",
            f"0{d[0]}-{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
        ]
    )


def landline(r, area) -> str:
    n = 9 - (len(area) - 1)
    d = "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))
    return r.choice([f"{area}-{d}", f"({area}) {d[:2]} {d[2:4]} {d[4:]}", f"{area} {d}", f"+31 {area[1:]} {d}"])


def postcode(r) -> str:
    while True:
        lt = "".join(r.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
        if lt not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return f"{n} {lt}" if r.random() < 0.7 else f"{n}{lt}"


def plate(r) -> str:
    L = lambda k: "".join(r.choice(PLATE_LETTERS) for _ in range(k))  # noqa: E731
    D = lambda k: "".join(str(r.randint(1, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"{L(2)}-{L(2)}-{D(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def case_number(r, year) -> str:
    yy = year % 100
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"Z/{yy}/{n(6)}",
            f"VTA-{year}-{n(4)}",
            f"WMO{yy}.{n(5)}",
            f"BZ {year}/{n(4)}",
            f"{year}-PW-{n(5)}",
            f"HH/{n(4)}/{yy}",
            f"BB-{yy}{n(5)}-R",
            f"LV.{year}.{n(3)}",
            f"KCC{n(7)}",
            f"D{yy}-{n(3)}-{n(3)}",
            f"OV/{year}/{n(5)}",
            f"BEL-{n(2)}-{n(6)}",
        ]
    )


def street(r) -> str:
    h, t = r.choice(STREET_HEADS), r.choice(STREET_TAILS)
    return h + t if " " not in h else f"{h}{t}"


def house(r) -> str:
    n = str(r.randint(1, 240))
    return r.choice([n, n, n, n + r.choice("abc"), f"{n}-{r.randint(1, 4)}", f"{n}-hs", f"{n} A"[: len(n) + 2]])


def dob_text(r, year_lo, year_hi) -> str:
    y = r.randint(year_lo, year_hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON_ABBR[m - 1].rstrip('.')} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
            f"{d}-{m}-'{y % 100:02d}",
        ]
    )


# ---------------------------------------------------------------------------------------------------- document
class Doc:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: set[str] = set()

    def p(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w and w not in self.keep:
                self.keep.append(w)
        return words[0] if words else ""

    def t(self, shp, tmpl, **kw):
        assert shp in SHAPES, shp
        self.shapes.add(shp)
        s = tmpl.format(**kw)
        for w in re.findall(r"«([^»]+)»", s):
            self.k(w)
        return s.replace("«", "").replace("»", "")

    # name forms (each registers itself)
    def full(self, P):
        return self.p(P.full, "PERSON")

    def bare(self, P):
        return self.p(P.bare, "PERSON")

    def first(self, P):
        return self.p(P.first, "PERSON")

    def init(self, P):
        return self.p(f"{P.first[0]}. {P.sur}", "PERSON")

    def low_first(self, P):
        if getattr(P, "known", False):
            return self.first(P)
        return self.p(P.first.lower(), "PERSON")

    def low_full(self, P):
        if getattr(P, "known", False):
            return self.full(P)
        return self.p(P.full.lower(), "PERSON")

    def up_bare(self, P):
        return self.p(P.bare.upper(), "PERSON")

    def up_full(self, P):
        return self.p(P.full.upper(), "PERSON")

    def poss(self, P):
        f = P.first
        form = f + "'" if f[-1] in "sxz" else (f + "'s" if f[-1] in "aiouy" else f + "s")
        return self.p(form, "PERSON")

    def inv(self, P):
        tail = f" {P.particle}" if P.particle else ""
        first = P.first if self.r.random() < 0.6 else P.first[0] + "."
        return self.p(f"{P.core}, {first}{tail}", "PERSON")

    def title(self, P, style=None):
        r = self.r
        t = r.choice(["mevrouw", "mw.", "mevr."] if P.female else ["de heer", "dhr.", "meneer"])
        if style == "full":
            return f"{t} {self.full(P)}"
        if style == "init":
            return f"{t} {self.init(P)}"
        return f"{t} {self.bare(P)}"

    def email(self, P):
        if P.email is None:
            P.email = make_email(self.r, P)
        return self.p(P.email, "EMAIL")

    def phone(self, P, area=None):
        if P.phone is None:
            P.phone = mobile(self.r) if area is None or self.r.random() < 0.5 else landline(self.r, area)
        return self.p(P.phone, "PHONE")

    def file_slug(self, P):
        s = "".join(w[0].upper() + w[1:] for w in re.split(r"[\s']+", N.ascii_slug_keep(P.sur)) if w)
        return self.p(s, "PERSON")


def _ascii_keep(s: str) -> str:
    import unicodedata

    s = s.translate(N.TRANS_KEEP)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " '"))


N.TRANS_KEEP = str.maketrans({"ł": "l", "ı": "i", "Ł": "L", "ø": "o", "ß": "ss", "-": " "})
N.ascii_slug_keep = _ascii_keep


def make_email(r, P) -> str:
    f, s = P.slug_first, P.slug_sur
    core = N.ascii_slug(P.core)
    dom = r.choice(MAIL_DOMAINS)
    num = r.choice([str(r.randint(1, 99)), str(r.randint(1950, 2005)), str(r.randint(100, 999))])
    local = r.choice(
        [
            f"{f}.{s}",
            f"{f[0]}.{s}",
            f"{f[0]}{s}",
            f"{f}{s}",
            f"{s}.{f[0]}",
            f"{f}{num}",
            f"{f}_{s}{num[-2:]}",
            f"{f}-{core}",
            f"{f[:4]}{core[:4]}{num}",
            f"{core}{num}",
            f"fam.{core}",
            f"{f}.{core}{num[-2:]}",
        ]
    )
    return f"{local}@{dom}"


def official_email(r, P, slug) -> str:
    f, core = P.slug_first, N.ascii_slug(P.core)
    local = r.choice([f"{f[0]}.{N.ascii_slug(P.sur)}", f"{f}.{N.ascii_slug(P.sur)}", f"{f[0]}{core}", f"{core}.{f[0]}"])
    return f"{local}@{slug}"


# ---------------------------------------------------------------------------------------------------- themes
THEMES = [
    dict(
        key="wmo",
        dept="Team Wmo",
        func="consulent Wmo",
        topic="aanvraag «huishoudelijke» hulp",
        problem="De «indicatie» voor huishoudelijke hulp is per {date} stopgezet zonder dat iemand langs is geweest.",
        keep=["indicatie", "huishoudelijke"],
    ),
    dict(
        key="traplift",
        dept="Team Wmo",
        func="Wmo-consulent",
        topic="«traplift»",
        problem="Sinds {date} wacht {he} op een «traplift»; het «keukentafelgesprek» is twee keer afgezegd.",
        keep=["traplift"],
    ),
    dict(
        key="parkeren",
        dept="Vakteam Parkeren",
        func="medewerker Parkeerbeheer",
        topic="«naheffing» parkeren",
        problem="Er is een «naheffingsaanslag» van {amount} euro opgelegd terwijl de «gehandicaptenparkeerkaart» "
        "gewoon achter de voorruit lag.",
        keep=["naheffingsaanslag"],
    ),
    dict(
        key="belasting",
        dept="Team Belastingen",
        func="medewerker Heffen en Invorderen",
        topic="«kwijtschelding» belastingen",
        problem="Het verzoek om «kwijtschelding» van de «afvalstoffenheffing» is afgewezen en nu ligt er een "
        "«dwangbevel» van {amount} euro.",
        keep=["kwijtschelding"],
    ),
    dict(
        key="bijstand",
        dept="Afdeling Werk en Inkomen",
        func="klantmanager",
        topic="«terugvordering» bijstand",
        problem="De «Participatiewet»-uitkering is herzien en er wordt {amount} euro teruggevorderd over een "
        "periode waarin {he} in het ziekenhuis lag.",
        keep=["Participatiewet"],
    ),
    dict(
        key="leerlingenvervoer",
        dept="Team Leerlingenvervoer",
        func="consulent Onderwijs",
        topic="«leerlingenvervoer»",
        problem="De taxi voor het «leerlingenvervoer» komt sinds {date} niet meer opdagen.",
        keep=["leerlingenvervoer"],
    ),
    dict(
        key="brp",
        dept="Team Burgerzaken",
        func="medewerker Burgerzaken",
        topic="«uitschrijving» BRP",
        problem="Na een «adresonderzoek» is {he} per {date} ambtshalve uitgeschreven, terwijl {he} daar gewoon woont.",
        keep=["adresonderzoek"],
    ),
    dict(
        key="schuld",
        dept="Schuldhulpverlening",
        func="schuldhulpverlener",
        topic="«schuldhulp» aanmelding",
        problem="De aanmelding voor «schuldhulpverlening» van {date} is nooit bevestigd en de «beslaglegging» "
        "loopt door.",
        keep=["beslaglegging"],
    ),
    dict(
        key="vergunning",
        dept="Afdeling Vergunningen",
        func="vergunningverlener",
        topic="«omgevingsvergunning» aanbouw",
        problem="Voor de aanbouw met «slaapkamer» beneden is een «omgevingsvergunning» aangevraagd op {date}, "
        "maar de termijn is allang verstreken.",
        keep=["omgevingsvergunning"],
    ),
    dict(
        key="afval",
        dept="Team Afval en Reiniging",
        func="medewerker Stadsbeheer",
        topic="«minicontainer» en pasje",
        problem="De «minicontainer» is op {date} ingenomen en het «afvalpasje» werkt niet meer.",
        keep=["minicontainer"],
    ),
    dict(
        key="bijzbijstand",
        dept="Team Inkomensondersteuning",
        func="consulent Minimaregelingen",
        topic="«bijzondere» bijstand bewindvoeringskosten",
        problem="De «bijzondere» bijstand voor de kosten van «bewindvoering» is per {date} beëindigd.",
        keep=["bewindvoering"],
    ),
]
for th in THEMES:
    th["topic_plain"] = th["topic"].replace("«", "").replace("»", "")


# ---------------------------------------------------------------------------------------------------- shapes
reg(
    # document kinds
    "kind:dochter_dementie",
    "kind:zoon_opname",
    "kind:buurvrouw",
    "kind:bewindvoerder",
    "kind:mentor",
    "kind:advocatenkantoor",
    "kind:wijkwerker",
    "kind:vrijwilliger",
    "kind:kleinzoon",
    "kind:schuldhulpmaatje",
    "kind:corporatie",
    "kind:ouderenadviseur",
    "kind:intern_doorgezet",
    "kind:autoreply_keten",
    # header / embedding shapes
    "hdr:outlook_nl",
    "hdr:outlook_en",
    "hdr:outlook_inverted",
    "hdr:outlook_web_names",
    "hdr:gmail_reply_nl",
    "hdr:gmail_fwd_nl",
    "hdr:gmail_fwd_en",
    "hdr:apple_reply",
    "hdr:apple_fwd",
    "hdr:oorspronkelijk",
    "hdr:en_on_wrote",
    "hdr:mailto",
    # salutations
    "sal:geachte_titel",
    "sal:beste_voornaam",
    "sal:hoi_klein",
    "sal:goedemiddag",
    "sal:ls",
    "sal:heer_mevrouw",
    "sal:beste_twee",
    "sal:dag_titel",
    # signatures
    "sig:ambtenaar_blok",
    "sig:ambtenaar_pijp",
    "sig:tweetalig",
    "sig:bemiddelaar",
    "sig:advocaat",
    "sig:bewindvoerder",
    "sig:iphone",
    "sig:galaxy",
    "sig:klein",
    "sig:familie",
    "sig:wijkwerker",
    "sig:plain",
    # disclaimers
    "disc:gemeente",
    "disc:engels",
    "disc:advocatuur",
    "disc:milieu",
    "disc:avg",
    # auto replies
    "ar:afwezig_collega",
    "ar:deeltijd",
    "ar:engels",
    "ar:verlof_kcc",
    "ar:ontvangst",
    # intro sentences
    "intro:dochter",
    "intro:zoon",
    "intro:buurvrouw",
    "intro:bewindvoerder",
    "intro:mentor",
    "intro:advocaat",
    "intro:wijkwerker",
    "intro:vrijwilliger",
    "intro:zelf",
    "intro:kleinzoon",
    "intro:schuldhulp",
    "intro:corporatie",
    "intro:ouderenadviseur",
    # detail sentences
    "det:formulierblok",
    "det:bsn_los",
    "det:iban_terug",
    "det:iban_beheer",
    "det:kenteken",
    "det:kenmerk_brief",
    "det:telefoon_beide",
    "det:bedrag",
    "det:verhuisd",
    "det:regel_zonder_cue",
    "det:broer_volmacht",
    "det:gebeld_met",
    "det:bijlagen",
    "det:betreft",
    "det:roepnaam",
    "det:bezit_post",
    "det:probleem",
    "det:hoofdletters",
    "det:known_gewoon",
    # requests
    "req:terugbellen",
    "req:post_naar_mij",
    "req:invordering_stop",
    "req:gesprek",
    # official replies
    "rep:machtiging",
    "rep:doorgezet",
    "rep:bsn_vragen",
    "rep:afwijzing",
    "rep:termijn",
    # top messages
    "top:vastgelopen",
    "top:samenvatting",
    "top:advocaat_eerst",
    "top:kort",
    "top:intern",
    "top:ontvangst",
    # subjects
    "subj:fwd_re",
    "subj:kenmerk",
    "subj:naam_caps",
    "subj:automatisch",
    "subj:doorsturen",
)


# ---------------------------------------------------------------------------------------------------- rendering
def quote(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


def fmt_dt_nl(t):
    return f"{WEEKDAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"


def addr_line(d, m, kind_email=True):
    """'Name <email>' display form of a mailbox; m = dict(P or None, disp, email)."""
    return f"{m['disp']} <{m['email']}>" if kind_email else m["disp"]


def header(d, shp, msg):
    r = d.r
    t = msg["time"]
    frm = msg["from"]
    to = "; ".join(x["disp"] + (f" <{x['email']}>" if x["email"] else "") for x in msg["to"])
    cc = "; ".join(x["disp"] + (f" <{x['email']}>" if x["email"] else "") for x in msg.get("cc", []))
    subj = msg["subject"]
    wd, mon = WEEKDAYS[t.weekday()], MONTHS[t.month - 1]
    if shp == "hdr:outlook_nl":
        d.k("Verzonden", "Onderwerp", wd, mon)
        s = f"Van: {frm['disp']} <{frm['email']}>\nVerzonden: {fmt_dt_nl(t)}\nAan: {to}\n"
        s += f"CC: {cc}\n" if cc else ""
        return d.t(shp, s + "Onderwerp: {subj}", subj=subj)
    if shp == "hdr:outlook_inverted":
        d.k("Verzonden", wd)
        inv = d.inv(frm["P"]) if frm.get("P") else frm["disp"]
        return d.t(
            shp,
            "Van: {inv} <{e}>\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subj}",
            inv=inv,
            e=frm["email"],
            when=fmt_dt_nl(t),
            to=to,
            subj=subj,
        )
    if shp == "hdr:outlook_en":
        h = t.hour % 12 or 12
        d.k("Subject")
        s = (
            f"From: {frm['disp']} <{frm['email']}>\nSent: {WEEKDAYS_EN[t.weekday()]}, {MONTHS_EN[t.month - 1]} "
            f"{t.day}, {t.year} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}\nTo: {to}\n"
        )
        s += f"Cc: {cc}\n" if cc else ""
        return d.t(shp, s + "Subject: {subj}", subj=subj)
    if shp == "hdr:outlook_web_names":
        d.k("Verzonden", wd)
        tos = "; ".join(x["disp"] for x in msg["to"])
        return d.t(
            shp,
            "________________________________\nVan: {f}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subj}",
            f=frm["disp"],
            when=fmt_dt_nl(t),
            to=tos,
            subj=subj,
        )
    if shp == "hdr:mailto":
        d.k("Onderwerp", mon)
        return d.t(
            shp,
            "Van: {f} <mailto:{e}>\nDatum: {dd} {mon} {y} om {hm}\nAan: {to}\nOnderwerp: {subj}",
            f=frm["disp"],
            e=frm["email"],
            dd=t.day,
            mon=mon,
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            to=to,
            subj=subj,
        )
    if shp == "hdr:gmail_reply_nl":
        return d.t(
            shp,
            "Op {wd} {dd} {mon} {y} om {hm} schreef {f} <{e}>:",
            wd=WD_ABBR[t.weekday()],
            dd=t.day,
            mon=MON_ABBR[t.month - 1],
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            f=frm["disp"],
            e=frm["email"],
        )
    if shp == "hdr:en_on_wrote":
        return d.t(
            shp,
            "On {wd}, {dd} {mon} {y} at {hm}, {f} <{e}> wrote:",
            wd=WEEKDAYS_EN[t.weekday()][:3],
            dd=t.day,
            mon=MONTHS_EN[t.month - 1][:3],
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            f=frm["disp"],
            e=frm["email"],
        )
    if shp == "hdr:apple_reply":
        return d.t(
            shp,
            "Op {dd} {mon} {y}, om {hm}, heeft {f} <{e}> het volgende geschreven:",
            dd=t.day,
            mon=MON_ABBR[t.month - 1],
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            f=frm["disp"],
            e=frm["email"],
        )
    if shp == "hdr:gmail_fwd_nl":
        d.k("Doorgestuurd")
        return d.t(
            shp,
            "---------- Doorgestuurd bericht ---------\nVan: {f} <{e}>\nDate: {wd} {dd} {mon} {y} om "
            "{hm}\nSubject: {subj}\nTo: {to}",
            f=frm["disp"],
            e=frm["email"],
            wd=WD_ABBR[t.weekday()],
            dd=t.day,
            mon=MON_ABBR[t.month - 1],
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            subj=subj,
            to=to,
        )
    if shp == "hdr:gmail_fwd_en":
        d.k("Forwarded")
        return d.t(
            shp,
            "---------- Forwarded message ---------\nFrom: {f} <{e}>\nDate: {wd}, {dd} {mon} {y} at "
            "{hm}\nSubject: {subj}\nTo: {to}",
            f=frm["disp"],
            e=frm["email"],
            wd=WEEKDAYS_EN[t.weekday()][:3],
            dd=t.day,
            mon=MONTHS_EN[t.month - 1][:3],
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            subj=subj,
            to=to,
        )
    if shp == "hdr:apple_fwd":
        d.k("Datum", mon)
        return d.t(
            shp,
            "Begin doorgestuurd bericht:\n\nVan: {f} <{e}>\nOnderwerp: {subj}\nDatum: {dd} {mon} {y} om "
            "{hm}:{ss} CET\nAan: {to}",
            f=frm["disp"],
            e=frm["email"],
            subj=subj,
            dd=t.day,
            mon=mon,
            y=t.year,
            hm=f"{t.hour:02d}:{t.minute:02d}",
            ss=f"{r.randint(0, 59):02d}",
            to=to,
        )
    if shp == "hdr:oorspronkelijk":
        d.k("Oorspronkelijk")
        return d.t(
            shp,
            "-----Oorspronkelijk bericht-----\nVan: {e}\nVerzonden: {dt}\nAan: {to}\nOnderwerp: {subj}",
            e=frm["email"],
            dt=f"{t.day:02d}-{t.month:02d}-{t.year} {t.hour:02d}:{t.minute:02d}",
            to="; ".join(x["email"] or x["disp"] for x in msg["to"]),
            subj=subj,
        )
    raise KeyError(shp)


QUOTED = {"hdr:gmail_reply_nl", "hdr:en_on_wrote", "hdr:apple_reply"}


def render(d, msgs) -> str:
    """msgs newest first; each message carries 'embed' = the header shape used to include the next (older) one."""
    m = msgs[0]
    parts = [m["body"]]
    if m.get("sig"):
        parts.append(m["sig"])
    if m.get("disc"):
        parts.append(m["disc"])
    text = "\n\n".join(parts)
    if len(msgs) == 1:
        return text
    older = render(d, msgs[1:])
    shp = m["embed"]
    h = header(d, shp, msgs[1])
    if shp in QUOTED:
        return f"{text}\n\n{h}\n\n{quote(older)}"
    return f"{text}\n\n{h}\n\n{older}"


# ---------------------------------------------------------------------------------------------------- parts
def mailbox_person(d, P, email=None, style="full"):
    disp = {
        "full": lambda: d.full(P),
        "low": lambda: d.low_full(P),
        "init": lambda: d.init(P),
        "quoted": lambda: "'" + d.full(P) + "'",
    }[style]()
    return {"P": P, "disp": disp, "email": email or d.email(P)}


def salutation(d, P, P2=None, formal=True):
    r = d.r
    if P2 is not None:
        return d.t("sal:beste_twee", "Beste {a} en {b},", a=d.first(P), b=d.first(P2))
    if P is None:
        return d.t(
            r.choice(["sal:goedemiddag", "sal:ls", "sal:heer_mevrouw"]),
            r.choice(["«Goedemiddag»,", "L.S.,", "Geachte heer/mevrouw,"]),
        )
    if formal:
        if r.random() < 0.5:
            return d.t("sal:geachte_titel", "Geachte {t},", t=d.title(P))
        return d.t("sal:dag_titel", "Dag {t},", t=d.title(P, "full"))
    if r.random() < 0.3:
        return d.t("sal:hoi_klein", "hoi {f},", f=d.low_first(P))
    return d.t("sal:beste_voornaam", "Beste {f},", f=d.first(P))


def sig_official(d, P, th, town, area, email):
    r = d.r
    direct = d.phone(P, area)
    k = r.randrange(3)
    if k == 0:
        return d.t(
            "sig:ambtenaar_blok",
            "Met vriendelijke groet,\n\n{n}\n{func}\n{dept}\n«Gemeente» {town}\n\nT {ph}\n"
            "E {e}\n«Werkdagen»: maandag, dinsdag en donderdag",
            n=d.full(P),
            func=th["func"],
            dept=d.k(th["dept"]),
            town=d.k(town),
            ph=direct,
            e=email,
        )
    if k == 1:
        return d.t(
            "sig:ambtenaar_pijp",
            "{n} | {func} | {dept}\nGemeente {town} | «Postbus» {pb} | direct {ph}",
            n=d.full(P),
            func=th["func"],
            dept=d.k(th["dept"]),
            town=d.k(town),
            pb=r.randint(10, 9999),
            ph=direct,
        )
    return d.t(
        "sig:tweetalig",
        "Vriendelijke groet / Kind regards,\n{n}\n{func}\nM {ph}",
        n=d.init(P),
        func=th["func"],
        ph=direct,
    )


def disclaimer(d, kind, town_slug, firm=None):
    r = d.r
    if kind == "law":
        return d.t(
            "disc:advocatuur",
            "De informatie in dit e-mailbericht is «vertrouwelijk» en uitsluitend bestemd "
            "voor de geadresseerde. Op al onze diensten zijn de «algemene» voorwaarden van "
            "{firm} van toepassing.",
            firm=firm,
        )
    c = r.randrange(4)
    if c == 0:
        return d.t(
            "disc:gemeente",
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht "
            "per abuis ontvangen? Verwijder het dan en informeer de afzender. Aan dit bericht "
            "kunnen geen «rechten» worden ontleend.",
        )
    if c == 1:
        return d.t(
            "disc:engels",
            "This e-mail and any attachments are «confidential» and intended solely for the "
            "addressee. If you have received this message in error, please notify the sender.",
        )
    if c == 2:
        return d.t("disc:milieu", "Denk aan het «milieu» voordat u deze e-mail print.")
    return d.t(
        "disc:avg",
        "Wij gaan zorgvuldig om met uw «persoonsgegevens». Lees in onze «privacyverklaring» op "
        "www.{s}/privacy hoe wij dat doen.",
        s=town_slug,
    )


def auto_reply(d, off, coll, town, area, slug, t):
    r = d.r
    back = t + dt.timedelta(days=r.randint(3, 15))
    wd, mon = WEEKDAYS[back.weekday()], MONTHS[back.month - 1]
    d.k(wd if r.random() < 0.5 else mon)
    c = r.randrange(5)
    if c == 0:
        return d.t(
            "ar:afwezig_collega",
            "Ik ben afwezig tot en met {wd} {dd} {mon}. Uw e-mail wordt niet doorgestuurd."
            " Voor dringende zaken kunt u contact opnemen met mijn collega {c} via {ce} of"
            " {cp}.",
            wd=wd,
            dd=back.day,
            mon=mon,
            c=d.full(coll),
            ce=d.p(coll.email, "EMAIL"),
            cp=d.phone(coll, area),
        )
    if c == 1:
        return d.t(
            "ar:deeltijd",
            "Bedankt voor uw bericht. Ik werk niet op «vrijdag»; op {wd} {dd} {mon} lees ik uw "
            "e-mail. Heeft het haast, bel dan {c} op {cp}.",
            wd=wd,
            dd=back.day,
            mon=mon,
            c=d.title(coll, "full"),
            cp=d.phone(coll, area),
        )
    if c == 2:
        return d.t(
            "ar:engels",
            "I am out of the office until {mon} {dd} with limited access to e-mail. For urgent "
            "matters please contact {c} ({ce}).\n\nIk ben afwezig tot {dd} {nlmon}. Voor dringende "
            "zaken: {c2}, {cp}.",
            mon=MONTHS_EN[back.month - 1],
            dd=back.day,
            nlmon=mon,
            c=d.full(coll),
            ce=d.p(coll.email, "EMAIL"),
            c2=d.init(coll),
            cp=d.phone(coll, area),
        )
    if c == 3:
        return d.t(
            "ar:verlof_kcc",
            "Wegens «verlof» ben ik tot {dd} {mon} niet bereikbaar. Uw bericht wordt niet "
            "automatisch doorgestuurd. Neem voor vragen contact op met het "
            "«Klantcontactcentrum» via {g14} of {info}.",
            dd=back.day,
            mon=mon,
            g14=d.k(f"14 {area}"),
            info=d.k(f"info@{slug}"),
        )
    return d.t(
        "ar:ontvangst",
        "Dit is een automatisch antwoord. Wij hebben uw e-mail in goede orde ontvangen. U "
        "krijgt binnen vijf «werkdagen» een reactie. Vermeld altijd uw «zaaknummer». Met "
        "vriendelijke groet, {n}, {dept}",
        n=d.full(off),
        dept=d.k(d.ctx["th"]["dept"]),
    )


# ---------------------------------------------------------------------------------------------------- documents
KINDS = [
    "dochter",
    "zoon",
    "buurvrouw",
    "bewindvoerder",
    "mentor",
    "advocaat",
    "wijkwerker",
    "vrijwilliger",
    "kleinzoon",
    "schuldhulp",
    "corporatie",
    "ouderenadviseur",
    "intern",
    "autoreply",
]
KIND_SHAPE = {
    "dochter": "kind:dochter_dementie",
    "zoon": "kind:zoon_opname",
    "buurvrouw": "kind:buurvrouw",
    "bewindvoerder": "kind:bewindvoerder",
    "mentor": "kind:mentor",
    "advocaat": "kind:advocatenkantoor",
    "wijkwerker": "kind:wijkwerker",
    "vrijwilliger": "kind:vrijwilliger",
    "kleinzoon": "kind:kleinzoon",
    "schuldhulp": "kind:schuldhulpmaatje",
    "corporatie": "kind:corporatie",
    "ouderenadviseur": "kind:ouderenadviseur",
    "intern": "kind:intern_doorgezet",
    "autoreply": "kind:autoreply_keten",
}
ORGS = {
    "bewindvoerder": ["Kompas Bewindvoering", "Stichting Budgetbeheer Oost", "Horizon Beschermingsbewind"],
    "mentor": ["Stichting Mentorschap Midden", "MentorZorg Noord"],
    "advocaat": ["Advocatenkantoor Het Poortje", "Sociale Advocatuur Rivierenland", "Rechtshulp Oostpoort"],
    "wijkwerker": ["Sociaal Wijkteam Centrum", "Buurtteam Noordoost", "Wijkteam Zuid"],
    "vrijwilliger": ["VluchtelingenWerk"],
    "schuldhulp": ["SchuldHulpMaatje"],
    "corporatie": ["Woonstichting Thuisplein", "Wooncorporatie Eigenhaard", "Woonbron Regio"],
    "ouderenadviseur": ["Welzijn Ouderen"],
}


def org_slug(name):
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("stichting", "het", "advocatenkantoor")]
    return "".join(words[:2]) + ".nl"


def build(r, i) -> dict:
    d = Doc(r, i)
    known_doc = i % 4 == 1
    kind = KINDS[i % len(KINDS)] if r.random() < 0.75 else r.choice(KINDS)
    d.shapes.add(KIND_SHAPE[kind])
    town, area = r.choice(TOWNS)
    slug = re.sub(r"[^a-z]", "", town.lower()) + ".nl"
    th = r.choice(THEMES)
    d.ctx = {"th": th}
    year = 2026
    origins = list(N.ORIGINS)

    # people
    res_female = r.random() < 0.5
    kn = None
    if known_doc:
        kn = r.choice(N.KNOWN)
        word, where, ptcs, sent = kn
        if where == "sur":
            o = r.choice(origins)
            res = N.Person(N.first_name(r, o, res_female), r.choice(ptcs) + word, res_female, o)
        else:
            res_female = word not in ("Bas",)
            o = r.choice(origins)
            res = N.Person(word, N.surname(r, o, res_female), res_female, o)
        res.known = True
    else:
        res = N.person(r, female=res_female)
    family_kinds = {"dochter", "zoon", "kleinzoon"}
    writer_female = r.random() < 0.5
    if kind in family_kinds:
        wr = N.Person(N.first_name(r, res.origin, writer_female), res.sur, writer_female, res.origin)
        if wr.first == res.first:
            wr = N.Person(N.first_name(r, "Nederlands", writer_female), res.sur, writer_female, res.origin)
    elif kind in ("intern", "autoreply"):
        wr = res
    else:
        wr = N.person(r, female=writer_female)
    if known_doc and kind in family_kinds:
        wr.known = True
    off = N.person(r)
    coll = N.person(r)
    med = N.person(r)
    for P in (off, coll, med):
        P.email = official_email(r, P, slug)
    org = r.choice(ORGS.get(kind, ["x"]))
    if kind in ORGS:
        wr.email = official_email(r, wr, org_slug(org))

    # identifiers of the resident
    addr = d.p(f"{street(r)} {house(r)}", "ADDRESS")
    pc = d.p(postcode(r), "POSTCODE")
    elderly = kind in ("dochter", "zoon", "buurvrouw", "kleinzoon", "mentor", "ouderenadviseur")
    dob = d.p(dob_text(r, 1929, 1952) if elderly else dob_text(r, 1958, 2004), "DATE_OF_BIRTH")
    case = d.p(case_number(r, year), "CASE_NUMBER")
    t0 = dt.datetime(year, r.randint(1, 10), r.randint(1, 28), r.randint(7, 21), r.randint(0, 59))
    date0 = f"{t0.day} {MONTHS[t0.month - 1]}"
    d.k(MONTHS[t0.month - 1])
    amount = f"{r.randint(80, 4800)},{r.randint(0, 99):02d}"
    d.k(amount)
    he = "zij" if res.female else "hij"
    his = "haar" if res.female else "zijn"

    # ---- original request (oldest message, writer -> official)
    body = []
    body.append(salutation(d, off if r.random() < 0.4 else None) if r.random() < 0.8 else salutation(d, off))
    intro = {
        "dochter": lambda: d.t(
            "intro:dochter",
            "Ik ben {w}, de dochter van {res} (geboren {dob}). {Pr} heeft sinds "
            "{y} de ziekte van «Alzheimer» en kan {his} eigen post niet meer "
            "lezen.",
            w=d.full(wr),
            res=d.full(res),
            dob=dob,
            Pr="Mijn vader" if not res.female else "Mijn moeder",
            y=r.randint(2018, 2025),
            his=his,
        ),
        "zoon": lambda: d.t(
            "intro:zoon",
            "{Pr}, {res}, ligt sinds {date} in het «ziekenhuis» en gaat daarna naar een "
            "«revalidatiecentrum»; ik regel {his} zaken zolang.",
            Pr="Mijn moeder" if res.female else "Mijn vader",
            res=d.title(res, "full"),
            date=date0,
            his=his,
        ),
        "buurvrouw": lambda: d.t(
            "intro:buurvrouw",
            "Ik schrijf namens {res}, {age} jaar, die naast mij woont en "
            "geen «computer» heeft. {He} heeft mij gevraagd dit voor {his} te "
            "doen.",
            res=d.title(res),
            age=r.randint(82, 97),
            He=he.capitalize(),
            his="haar" if res.female else "hem",
        ),
        "bewindvoerder": lambda: d.t(
            "intro:bewindvoerder",
            "Bij beschikking van de «rechtbank» van {date} ben ik "
            "benoemd tot bewindvoerder van {res}, geboren op {dob}, "
            "wonende {addr}, {pc} {town}.",
            date=date0,
            res=d.full(res),
            dob=dob,
            addr=addr,
            pc=pc,
            town=d.k(town),
        ),
        "mentor": lambda: d.t(
            "intro:mentor",
            "Als «mentor» van {res} (geb. {dob}) wend ik mij tot u met het volgende.",
            res=d.title(res, "full"),
            dob=dob,
        ),
        "advocaat": lambda: d.t(
            "intro:advocaat",
            "Namens cliënt, {res}, wonende aan de {addr} te {town}, maak ik "
            "«bezwaar» tegen uw «besluit» van {date} met kenmerk {case}.",
            res=d.title(res, "full"),
            addr=addr,
            town=d.k(town),
            date=date0,
            case=case,
        ),
        "wijkwerker": lambda: d.t(
            "intro:wijkwerker",
            "Ik ben {w}, wijkwerker bij {team}. Sinds de «zomer» begeleid ik het gezin {res} aan de {addr}.",
            w=d.first(wr),
            team=d.k(org),
            res=d.bare(res),
            addr=addr,
        ),
        "vrijwilliger": lambda: d.t(
            "intro:vrijwilliger",
            "Ik ben «vrijwilliger» bij VluchtelingenWerk en help de "
            "familie {res} met hun post. {f} spreekt nog weinig "
            "Nederlands.",
            res=d.bare(res),
            f=d.first(res),
        ),
        "kleinzoon": lambda: d.t(
            "intro:kleinzoon",
            "Mijn {rel}, {res}, woont nog zelfstandig aan de {addr}. Ik help met de «computer» en de «post».",
            rel="oma" if res.female else "opa",
            res=d.full(res),
            addr=addr,
        ),
        "schuldhulp": lambda: d.t(
            "intro:schuldhulp",
            "Als «schuldhulpmaatje» van {res} stuur ik u namens {him} deze mail.",
            res=d.full(res),
            him="haar" if res.female else "hem",
        ),
        "corporatie": lambda: d.t(
            "intro:corporatie",
            "Vanuit {org} ben ik «contactpersoon» voor de huurder {res} van {addr}, {pc} {town}.",
            org=d.k(org.split()[0]),
            res=d.title(res, "full"),
            addr=addr,
            pc=pc,
            town=d.k(town),
        ),
        "ouderenadviseur": lambda: d.t(
            "intro:ouderenadviseur",
            "Ik ben «ouderenadviseur» bij Welzijn {town} en schrijf mee namens {res}.",
            town=d.k(town),
            res=d.title(res, "full"),
        ),
    }
    if kind in intro:
        body.append(intro[kind]())
    else:  # the resident writes himself (intern / autoreply chains)
        body.append(
            d.t("intro:zelf", "Ik ben {n} en ik schrijf u over mijn {topic}.", n=d.full(res), topic=th["topic"])
        )
    body.append(d.t("det:probleem", th["problem"], date=date0, amount=amount, he=he))
    for w in th["keep"]:
        d.k(w)

    # detail sentences, a random selection
    dets = [
        "bedrag",
        "form",
        "bsn",
        "iban",
        "plate",
        "kenmerk",
        "phones",
        "moved",
        "nocue",
        "broer",
        "gebeld",
        "bijlagen",
        "roepnaam",
        "caps",
    ]
    r.shuffle(dets)
    area_ok = area
    for det in dets[: r.randint(3, 6)]:
        if det == "form":
            body.append(
                d.t(
                    "det:formulierblok",
                    "Naam: {n}\nGeboortedatum: {dob}\nBSN: {bsn}\nAdres: {a}\nPostcode: {pc}\nWoonplaats: {town}",
                    n=d.full(res),
                    dob=dob,
                    bsn=d.p(fmt_bsn(r, bsn(r)), "BSN"),
                    a=addr,
                    pc=pc,
                    town=d.k(town),
                )
            )
        elif det == "bsn":
            body.append(
                d.t(
                    "det:bsn_los",
                    "Het «burgerservicenummer» van {n} is {b}.",
                    n=d.title(res),
                    b=d.p(fmt_bsn(r, bsn(r)), "BSN"),
                )
            )
        elif det == "iban":
            if kind == "bewindvoerder":
                body.append(
                    d.t(
                        "det:iban_beheer",
                        "Alle betalingen lopen via de «beheerrekening» {ib} t.n.v. {org} inzake {n}.",
                        ib=d.p(fmt_iban(r, iban(r)), "IBAN"),
                        org=d.k(org.split()[0]),
                        n=d.init(res),
                    )
                )
            else:
                body.append(
                    d.t(
                        "det:iban_terug",
                        "Het bedrag kan worden «teruggestort» op {ib} t.n.v. {n}.",
                        ib=d.p(fmt_iban(r, iban(r)), "IBAN"),
                        n=d.init(res),
                    )
                )
        elif det == "plate":
            body.append(
                d.t(
                    "det:kenteken",
                    "Het gaat om de auto met «kenteken» {pl}, die op naam van {n} staat.",
                    pl=d.p(plate(r), "LICENSE_PLATE"),
                    n=d.init(res),
                )
            )
        elif det == "kenmerk":
            body.append(
                d.t(
                    "det:kenmerk_brief",
                    "Uw brief had als kenmerk {c} en was gedateerd {dd} {mon}.",
                    c=case,
                    dd=r.randint(1, 28),
                    mon=d.k(r.choice(MONTHS[:10])),
                )
            )
        elif det == "phones":
            body.append(
                d.t(
                    "det:telefoon_beide",
                    "{n} is zelf bereikbaar op {p1}, maar {he} hoort slecht; bel liever mij op {p2}.",
                    n=d.title(res),
                    p1=d.phone(res, area_ok),
                    he=he,
                    p2=d.phone(wr) if wr is not res else d.p(mobile(r), "PHONE"),
                )
            )
        elif det == "moved":
            new = d.p(f"{street(r)} {house(r)}", "ADDRESS")
            body.append(
                d.t(
                    "det:verhuisd",
                    "Sinds {date} woont {he} niet meer aan de {old} maar in «verpleeghuis» De Vijverhof, {new}.",
                    date=f"{r.randint(1, 28)} {d.k(r.choice(MONTHS))}",
                    he=he,
                    old=addr,
                    new=new,
                )
            )
        elif det == "nocue":
            body.append(
                d.t(
                    "det:regel_zonder_cue",
                    "{n}, {dob}, {a}, {pc} {town}",
                    n=d.up_full(res) if r.random() < 0.3 else d.full(res),
                    dob=dob,
                    a=addr,
                    pc=pc,
                    town=d.k(town),
                )
            )
        elif det == "broer":
            sib = N.Person(
                N.first_name(r, res.origin, False), res.sur if kind in family_kinds else wr.sur, False, res.origin
            )
            if sib.first in (res.first, wr.first):
                continue
            body.append(
                d.t(
                    "det:broer_volmacht",
                    "Mijn broer {s} heeft ook een «volmacht»; u kunt hem mailen op {e}.",
                    s=d.full(sib),
                    e=d.email(sib),
                )
            )
        elif det == "gebeld":
            wd = WEEKDAYS[r.randint(0, 4)]
            body.append(
                d.t(
                    "det:gebeld_met",
                    "Op {wd} heb ik gebeld met {o} van het «Klantcontactcentrum»; die zou "
                    "terugbellen, maar dat is niet gebeurd.",
                    wd=d.k(wd),
                    o=d.title(coll),
                )
            )
        elif det == "bijlagen":
            body.append(
                d.t(
                    "det:bijlagen",
                    "«Bijlagen»: volmacht-{f1}.pdf; «uittreksel» {f2} {y}.pdf",
                    f1=d.file_slug(res),
                    f2=d.full(res),
                    y=year,
                )
            )
        elif det == "roepnaam":
            nick = res.first[:3] if len(res.first) > 5 else res.first + "tje"
            body.append(
                d.t(
                    "det:roepnaam",
                    "Iedereen noemt {him} {nick}, {poss} post staat op die naam.",
                    him="haar" if res.female else "hem",
                    nick=d.p(nick, "PERSON"),
                    poss=his,
                )
            )
        elif det == "bedrag":
            body.append(
                d.t(
                    "det:bedrag",
                    "Volgens de laatste brief moet {he} nu {a} euro betalen, terwijl {his} "
                    "«inkomen» alleen uit AOW bestaat.",
                    he=he,
                    a=amount,
                    his=his,
                )
            )
        elif det == "caps":
            body.append(
                d.t(
                    "det:hoofdletters",
                    "Op de envelop stond {up}, zonder voornaam, en een oud adres.",
                    up=d.up_bare(res),
                )
            )
    if kn is not None:
        body.append(
            d.t("det:known_gewoon", kn[3], w=d.k(kn[0].lower()), he=he, him="haar" if res.female else "hem", his=his)
        )
    req = r.randrange(4)
    wphone = d.phone(wr) if wr is not res else d.phone(res)
    if req == 0:
        body.append(d.t("req:terugbellen", "Kunt u mij terugbellen op {p}? Ik ben overdag «bereikbaar».", p=wphone))
    elif req == 1:
        body.append(
            d.t(
                "req:post_naar_mij", "Wilt u de «post» voortaan ook naar mij sturen, of mailen naar {e}?", e=d.email(wr)
            )
        )
    elif req == 2:
        body.append(d.t("req:invordering_stop", "Wilt u de «invordering» stopzetten tot dit is uitgezocht?"))
    else:
        body.append(
            d.t(
                "req:gesprek",
                "Graag plan ik een «gesprek» met de consulent, bij {him} thuis.",
                him="haar" if res.female else "hem",
            )
        )
    # writer's signature
    c = r.randrange(6)
    if kind == "advocaat":
        sig = d.t(
            "sig:advocaat",
            "mr. {n}\n«advocaat»\n{org}\nT {p}\nE {e}",
            n=d.init(wr),
            org=org,
            p=d.phone(wr, area),
            e=d.email(wr),
        )
    elif kind in ("bewindvoerder", "mentor"):
        sig = d.t(
            "sig:bewindvoerder",
            "{n}\nBewindvoerder / mentor\n{org}\n«Telefonisch» spreekuur: dinsdag en donderdag 9.00-12.00 uur\nT {p}",
            n=d.full(wr),
            org=d.k(org.split()[-1]),
            p=d.phone(wr, area),
        )
    elif kind == "wijkwerker":
        sig = d.t(
            "sig:wijkwerker",
            "{n}\nWijkwerker | {org}\nM {p}\nIk ben niet «bereikbaar» op woensdag.",
            n=d.full(wr),
            org=org,
            p=d.phone(wr),
        )
    elif kind in family_kinds and c < 2:
        sig = d.t(
            "sig:familie",
            "Met vriendelijke groet,\n{n} ({rel} van {res})\n{p}",
            n=d.full(wr),
            rel=r.choice(["dochter", "zoon"] if kind != "kleinzoon" else ["kleinkind"]),
            res=d.title(res),
            p=d.phone(wr),
        )
    elif c == 0:
        sig = d.t("sig:iphone", "{f}\n\nVerstuurd vanaf mijn «iPhone»", f=d.first(wr))
    elif c == 1:
        sig = d.t("sig:galaxy", "Groet, {f}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.", f=d.first(wr))
    elif c == 2 and not getattr(wr, "known", False):
        sig = d.t("sig:klein", "groetjes {f}", f=d.low_first(wr))
    else:
        sig = d.t("sig:plain", "Met vriendelijke groet,\n\n{n}", n=d.full(wr))
    wr_box = mailbox_person(
        d, wr, style=r.choice(["full", "full", "low", "init"]) if not getattr(wr, "known", False) else "full"
    )
    off_box = {"P": off, "disp": d.full(off), "email": d.p(off.email, "EMAIL")}
    subj_orig = (
        d.t("subj:kenmerk", "{topic} – uw kenmerk {c}", topic=th["topic_plain"], c=case)
        if r.random() < 0.5
        else d.t("subj:naam_caps", "{topic} {up}", topic=th["topic_plain"].capitalize(), up=d.up_bare(res))
    )
    m_orig = dict(body="\n\n".join(body), sig=sig, time=t0, subject=subj_orig, to=[off_box], **{"from": wr_box})
    if r.random() < 0.3:
        m_orig["cc"] = [{"P": None, "disp": "Klantcontactcentrum", "email": d.k(f"info@{slug}")}]

    # ---- official reply (or auto reply)
    t1 = t0 + dt.timedelta(days=r.randint(1, 30), hours=r.randint(1, 6))
    msgs = [m_orig]
    if kind == "autoreply" or r.random() < 0.2:
        ar = auto_reply(d, off, coll, town, area, slug, t1)
        msgs.insert(
            0,
            dict(
                body=ar,
                time=t0 + dt.timedelta(minutes=r.randint(1, 3)),
                subject=d.t("subj:automatisch", "Automatisch antwoord: {s}", s=subj_orig),
                to=[wr_box],
                **{"from": off_box},
            ),
        )
        t1 = t1 + dt.timedelta(days=1)
    if wr is not res and kind in family_kinds and r.random() < 0.3:
        rb = [salutation(d, wr, P2=res)]
    else:
        rb = [salutation(d, wr, formal=True)]
    c = r.randrange(5)
    if c == 0:
        rb.append(
            d.t(
                "rep:machtiging",
                "Dank voor uw e-mail. Om uw vraag te kunnen behandelen hebben wij een "
                "schriftelijke «machtiging» van {n} nodig.",
                n=d.title(res),
            )
        )
    elif c == 1:
        rb.append(
            d.t(
                "rep:doorgezet",
                "Ik heb uw vraag doorgezet naar mijn collega {c} van {dept}; die neemt contact met u op.",
                c=d.full(coll),
                dept=d.k(th["dept"]),
            )
        )
    elif c == 2:
        rb.append(
            d.t(
                "rep:bsn_vragen",
                "Kunt u het BSN en de geboortedatum van {n} doorgeven? Zonder die gegevens "
                "kan ik het «dossier» niet vinden.",
                n=d.title(res),
            )
        )
    elif c == 3:
        rb.append(
            d.t(
                "rep:afwijzing",
                "Helaas kan ik uw verzoek niet honoreren. Tegen het besluit met kenmerk {c} "
                "kunt u binnen zes weken «bezwaar» maken.",
                c=case,
            )
        )
    else:
        rb.append(
            d.t(
                "rep:termijn",
                "Uw aanvraag is in behandeling onder zaaknummer {c}. De wettelijke «beslistermijn» is acht weken.",
                c=case,
            )
        )
    m_rep = dict(
        body="\n\n".join(rb),
        sig=sig_official(d, off, th, town, area, off.email),
        time=t1,
        subject=d.t("subj:fwd_re", "RE: {s}", s=subj_orig),
        to=[wr_box],
        **{"from": off_box},
    )
    if r.random() < 0.5:
        m_rep["disc"] = disclaimer(d, "gem", slug)
    msgs.insert(0, m_rep)

    # ---- top message to the mediator
    t2 = t1 + dt.timedelta(days=r.randint(1, 20), hours=r.randint(1, 5))
    med_box = {"P": None, "disp": "Verzoek tot Afstemming", "email": d.k(f"afstemming@{slug}")}
    tb = []
    if kind == "intern":
        sender = coll
        sbox = {"P": coll, "disp": d.full(coll), "email": d.p(coll.email, "EMAIL")}
        tb.append(
            d.t(
                "top:intern",
                "{sal}\n\nTer info: onderstaande mail van {n} kwam binnen bij het "
                "«Klantcontactcentrum». Kun jij dit oppakken als verzoek tot «afstemming»?",
                sal=salutation(d, med, formal=False),
                n=d.title(res),
            )
        )
        to = [{"P": med, "disp": d.full(med), "email": d.p(med.email, "EMAIL")}]
        top_sig = sig_official(d, coll, th, town, area, coll.email)
    else:
        sender = wr
        sbox = wr_box
        to = [med_box]
        c = r.randrange(4)
        if kind == "advocaat":
            tb.append(
                d.t(
                    "top:advocaat_eerst",
                    "Geachte bemiddelaar,\n\nCliënt wil eerst een poging tot «afstemming» "
                    "doen voordat wij de formele «procedure» voortzetten. De "
                    "correspondentie treft u hieronder aan.",
                )
            )
        elif c == 0:
            tb.append(
                d.t(
                    "top:vastgelopen",
                    "{sal}\n\nHierbij stuur ik u de mailwisseling met de «gemeente» door. Wij "
                    "komen er zo niet uit. Kunt u helpen?",
                    sal=salutation(d, None),
                )
            )
        elif c == 1:
            tb.append(
                d.t(
                    "top:samenvatting",
                    "Beste {m},\n\nZoals telefonisch besproken stuur ik hieronder de hele "
                    "«correspondentie» door. Kort samengevat: {n} wacht nu al {w} weken en "
                    "niemand voelt zich «verantwoordelijk».",
                    m=d.title(med),
                    n=d.title(res),
                    w=r.randint(3, 30),
                )
            )
        else:
            tb.append(d.t("top:kort", "«Zie» onderstaand. Ik hoor graag van u."))
        top_sig = None
        if sender is not res and r.random() < 0.5:
            tb.append(
                d.t(
                    "det:bezit_post",
                    "{p} post ligt intussen bij mij, want {he} kan het niet meer overzien.",
                    p=d.poss(res),
                    he=he,
                )
            )
    if kn is not None and {"text": res.full, "label": "PERSON"} not in d.pii:
        tb.append(d.t("det:betreft", "Betreft: {n}", n=d.full(res)))
    if kn is None and r.random() < 0.2 and sender is not res:
        tb.append(d.t("sal:hoi_klein", "PS {lf} weet ervan en vindt het goed.", lf=d.low_first(res)))
    m_top = dict(
        body="\n\n".join(tb),
        sig=top_sig or d.t("sig:plain", "Met vriendelijke groet,\n\n{n}", n=d.full(sender)),
        time=t2,
        subject=d.t("subj:doorsturen", "{fw}: {s}", fw=r.choice(["Fwd", "FW", "Doorst"]), s=m_rep["subject"]),
        to=to,
        **{"from": sbox},
    )
    if kind == "advocaat":
        m_top["disc"] = disclaimer(d, "law", slug, org)
    elif r.random() < 0.3:
        m_top["disc"] = disclaimer(d, "x", slug)
    msgs.insert(0, m_top)

    if r.random() < 0.25:
        # the mediator's acknowledgement on top of the forwarded thread
        mb = [salutation(d, sender, formal=True)]
        mb.append(
            d.t(
                "top:ontvangst",
                "Dank voor uw bericht. Uw verzoek is geregistreerd onder nummer {c2}. Ik neem "
                "binnen drie «werkdagen» contact op met {n}.",
                c2=d.p(case_number(r, year), "CASE_NUMBER"),
                n=d.title(res),
            )
        )
        msig = d.t(
            "sig:bemiddelaar",
            "Met vriendelijke groet,\n{n}\nOnafhankelijk bemiddelaar Verzoek tot Afstemming\n"
            "«bereikbaar» via {g14} of {mb}",
            n=d.full(med),
            g14=d.k(f"14 {area}"),
            mb=d.k(f"afstemming@{slug}"),
        )
        msgs.insert(
            0,
            dict(
                body="\n\n".join(mb),
                sig=msig,
                time=t2 + dt.timedelta(hours=r.randint(2, 40)),
                subject=d.t("subj:fwd_re", "RE: {s}", s=m_top["subject"]),
                to=[sbox],
                **{"from": {"P": med, "disp": d.full(med), "email": d.p(med.email, "EMAIL")}},
            ),
        )
    d.origins = {P.origin for P in (res, wr, off, coll, med)}

    # embedding styles (how each message carries the older one)
    styles = [
        "hdr:outlook_nl",
        "hdr:outlook_en",
        "hdr:outlook_inverted",
        "hdr:outlook_web_names",
        "hdr:gmail_reply_nl",
        "hdr:gmail_fwd_nl",
        "hdr:gmail_fwd_en",
        "hdr:apple_reply",
        "hdr:apple_fwd",
        "hdr:oorspronkelijk",
        "hdr:en_on_wrote",
        "hdr:mailto",
    ]
    for m in msgs[:-1]:
        m["embed"] = r.choice(styles)
    # the top-level header of the forward itself (as pasted)
    text = render(d, msgs)
    if r.random() < 0.5:
        text = header(d, r.choice(["hdr:outlook_nl", "hdr:outlook_en", "hdr:mailto"]), msgs[0]) + "\n\n" + text
    d.pii = [it for it in d.pii if it["text"] in text]  # values drawn but not written are not items
    blank = text
    for it in sorted(d.pii, key=lambda it: -len(it["text"])):
        blank = blank.replace(it["text"], "[x]")
    keep = [k for k in d.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text) and k.lower() in blank.lower()]
    doc = {"id": f"fresh22a-{i:04d}", "text": text, "pii": d.pii, "keep": keep}
    if kn is not None:
        known = {"names": [res.full]}
        if res.email and {"text": res.email, "label": "EMAIL"} in d.pii:
            known["emails"] = [res.email]
        if res.phone and {"text": res.phone, "label": "PHONE"} in d.pii:
            known["phones"] = [res.phone]
        doc["known"] = known
        doc["_known_word"] = kn[0].lower()
    doc["_shapes"] = sorted(d.shapes)
    doc["_origins"] = sorted(d.origins)
    return doc


# ---------------------------------------------------------------------------------------------------- gate
def _name_words(doc):
    out = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.findall(r"[\w']+", it["text"]):
                if w.lower() not in PARTICLES and len(w) > 1:
                    out.add(w.lower())
    return out


def gate(doc: dict) -> str | None:
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = _name_words(doc)
    kw = None
    if "known" in doc:
        kw = doc.get("_known_word") or None
        if kw is None:
            parts = [w.lower() for w in doc["known"]["names"][0].split()]
            kw = next((k for k in doc["keep"] if k in parts), None)
    for k in doc["keep"]:
        if kw is not None and k == kw:
            continue
        for w in re.findall(r"[\w']+", k):
            if len(w) > 1 and w.lower() not in PARTICLES and w.lower() in names:
                return f"keep {k!r} shares a name word"
    if "known" in doc:
        full = doc["known"]["names"][0]
        if full not in doc["text"]:
            return "known name absent"
        if not any(k == k.lower() and k in [w.lower() for w in full.split()] for k in doc["keep"]):
            return "known name without ordinary use in keep"
    return None


ORIGINS_USED: Counter = Counter()


def generate():
    docs, redraws, shapes = [], 0, Counter()
    for i in range(COUNT):
        doc = build(random.Random(f"{SEED}-{i}"), i)
        attempt = 0
        while (why := gate(doc)) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i}: no passing draw ({why})")
            doc = build(random.Random(f"{SEED}-{i}-{attempt}"), i)
        doc.pop("_known_word", None)
        shapes.update(doc.pop("_shapes"))
        ORIGINS_USED.update(doc.pop("_origins"))
        docs.append(doc)
    return docs, redraws, shapes


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh22a_texts.jsonl is up to date" if same else "fresh22a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lb in LABELS:
            print(f"  {lb:15s} {labels[lb]}")
        print(f"  total pii       {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(shapes)}")
        unused = sorted(SHAPES - set(shapes))
        if unused:
            print(f"  unused: {', '.join(unused)}")
        print(f"origin groups used: {len(ORIGINS_USED)} of {len(N.ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
