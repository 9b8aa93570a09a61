"""fresh29d: blind anonymizer corpus of transcribed spoken Dutch (voicemails, calls, dictation, meetings, voice messages).

Usage (from the project root, PYTHONPATH=.):
  python tests/anonymizer/fresh29d/make_fresh29d.py           write fresh29d_texts.jsonl
  python tests/anonymizer/fresh29d/make_fresh29d.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh29d/make_fresh29d.py --stats   counts per label, shapes, known-name docs, redraws
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
sys.path.insert(0, str(HERE))
from names29d import KNOWN, KNOWN_FIRST, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score29d", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20262304
N_DOCS = 300
OUT = HERE / "fresh29d_texts.jsonl"
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
PARTICLES = _score.PARTICLES

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(f):
        SHAPES[name] = f
        return f

    return deco


# ----------------------------------------------------------------------------------------------- numbers and codes
UNITS = [
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}
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
MON_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def num_word(n: int) -> str:
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t]
    sep = "ën" if UNITS[u].endswith("e") else "en"
    return UNITS[u] + sep + TENS[t]


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def iban(r) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(c, 36)) for c in base)) % 97
    return f"NL{chk:02d}{bank}{acct}"


PLATE_L = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def postcode(r) -> tuple[str, str]:
    while True:
        ls = r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        if ls not in ("SA", "SD", "SS"):
            return str(r.randint(1011, 9989)), ls


def mobile(r) -> str:
    return "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))


CITIES = [
    ("Zwolle", "038"),
    ("Deventer", "0570"),
    ("Apeldoorn", "055"),
    ("Almere", "036"),
    ("Lelystad", "0320"),
    ("Tilburg", "013"),
    ("Breda", "076"),
    ("Leeuwarden", "058"),
    ("Heerlen", "045"),
    ("Dordrecht", "078"),
    ("Zaanstad", "075"),
    ("Enschede", "053"),
    ("Emmen", "0591"),
    ("Venlo", "077"),
]
STREET_A = [
    "Vlas",
    "Koren",
    "Hennep",
    "Lijster",
    "Kalk",
    "Turf",
    "Zilverschoon",
    "Wilgenroos",
    "Pluimzegge",
    "Rietgors",
    "Heidelibel",
    "Kievitsbloem",
    "Ratelaar",
    "Boekweit",
    "Dotterbloem",
    "Spurrie",
]
STREET_B = ["straat", "laan", "plantsoen", "hof", "kade", "singel", "erf", "pad", "gracht", "dreef", "weg", "veld"]
DEPTS = [
    "Sociaal Domein",
    "Publiekszaken",
    "Belastingen",
    "Vergunningen",
    "Schuldhulpverlening",
    "Leerplicht",
    "Klantcontactcentrum",
    "Zorgloket",
    "Handhaving",
    "Burgerzaken",
    "Wijkteam",
    "Jeugd en Gezin",
]
FUNCS = [
    "consulent",
    "klantmanager",
    "handhaver",
    "wijkcoach",
    "leerplichtambtenaar",
    "casemanager",
    "jurist",
    "beleidsmedewerker",
    "wijkverpleegkundige",
    "opbouwwerker",
]
ALPHA = {
    "a": "Anton",
    "b": "Bernard",
    "c": "Cornelis",
    "d": "Dirk",
    "e": "Eduard",
    "f": "Ferdinand",
    "g": "Gerard",
    "h": "Hendrik",
    "i": "Izaak",
    "j": "Johan",
    "k": "Karel",
    "l": "Lodewijk",
    "m": "Maria",
    "n": "Nico",
    "o": "Otto",
    "p": "Pieter",
    "q": "Quotiënt",
    "r": "Richard",
    "s": "Simon",
    "t": "Teunis",
    "u": "Utrecht",
    "v": "Victor",
    "w": "Willem",
    "x": "Xantippe",
    "y": "Ypsilon",
    "z": "Zacharias",
}


# ----------------------------------------------------------------------------------------------- people
class Person:
    def __init__(self, first, particle, stem, known_word=None):
        self.first, self.particle, self.stem, self.known_word = first, particle, stem, known_word

    @property
    def sur(self):
        return (self.particle + " " if self.particle else "") + self.stem


def make_person(r, origin=None, stem=None, first=None):
    origin = origin or r.choice(sorted(ORIGINS))
    firsts, pre, suf, parts = ORIGINS[origin]
    if stem is None:
        stem = r.choice(pre) + r.choice(suf)
        particle = r.choice(parts)
    else:
        particle = ""
    return Person(first or r.choice(firsts), particle, stem), origin


# ----------------------------------------------------------------------------------------------- document context
class Ctx:
    def __init__(self, r, raw: bool, name_caps: bool):
        self.r, self.raw, self.name_caps = r, raw, name_caps
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.origins: set[str] = set()

    def P(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def low(self, s, person=None):
        if self.raw and not (person is not None and person.known_word) and not self.name_caps:
            return s.lower()
        return s

    def name(self, p: Person, form: str) -> str:
        sur_bare = (p.particle[0].upper() + p.particle[1:] + " " + p.stem) if p.particle else p.stem
        forms = {
            "full": f"{p.first} {p.sur}",
            "first": p.first,
            "sur": sur_bare,
            "title": p.sur,
            "init": f"{p.first[0]}. {p.sur}",
            "poss": p.first + ("'s" if p.first[-1].lower() in "aeiouy" else "s"),
        }
        if form in forms:
            s = self.low(forms[form], p)
            if form == "sur" and self.raw and s == s.lower() and p.particle:
                s = p.sur.lower()
            return self.P(s, "PERSON")
        if form == "caps":
            return self.P(f"{p.first} {p.sur}".upper(), "PERSON")
        if form == "file":
            return self.P(re.sub(r"[\s']", "", p.sur).lower(), "PERSON")
        if form == "spelled":
            letters = [c for c in p.stem.lower() if c.isalpha()]
            return self.P(self.r.choice(["-", " ", ". "]).join(letters), "PERSON")
        if form == "handle":
            return self.P(
                f"{p.first.lower()}_{re.sub(r'[^a-z]', '', p.stem.lower())}{self.r.randint(70, 99)}", "PERSON"
            )
        raise KeyError(form)

    def say(self, template: str, **kw) -> str:
        t = template
        if self.raw:
            prot = []

            def _p(m):
                prot.append(m.group(1))
                return f"*\x00{len(prot) - 1}\x00*"

            t = re.sub(r"\*!([^*]+)\*", _p, t)
            t = t.lower()
            t = re.sub(r"[.,;:!?\"()]", "", t)
            t = re.sub(r"\s+", " ", t).strip()
            if self.r.random() < 0.5:
                ws = t.split(" ")
                i = self.r.randrange(len(ws))
                if not any(ch in ws[i] for ch in "{*\x00"):
                    ws.insert(i, self.r.choice(["eh", "uhm", "ehm", ws[i]]))
                t = " ".join(ws)
            t = re.sub("\x00(\\d+)\x00", lambda m: prot[int(m.group(1))], t)
        else:
            t = t.replace("*!", "*")
        for m in re.finditer(r"\*([^*]+)\*", t):
            k = m.group(1).format(**kw)
            if k not in self.keep:
                self.keep.append(k)
        t = t.replace("*", "")
        return t.format(**kw)


def spoken_digits(d: str) -> str:
    return " ".join(UNITS[int(c)] for c in d)


# ----------------------------------------------------------------------------------------------- value shapes
def phone_form(c: Ctx, m: str) -> str:
    r = c.r
    i = r.randrange(9)
    s = [
        "0" + m[:2] + " " + " ".join(m[j : j + 2] for j in range(2, 9, 2)),  # 06 12 34 56 78 (approx)
        "0" + m,
        "0" + m[:1] + "-" + m[1:4] + " " + m[4:7] + " " + m[7:],
        "nul zes " + " ".join([m[1:3], m[3:5], m[5:7], m[7:]]),
        "+31 " + m[0] + " " + m[1:5] + " " + m[5:],
        "0031 " + m[0] + " " + m[1:3] + " " + m[3:6] + " " + m[6:],
        "0" + m[0] + " " + " ".join(m[1:]),
        "(0)" + m[0] + " " + m[1:],
        "06 " + m[1:4] + " " + m[4:7] + " " + m[7:],
    ][i]
    c.shapes.append(f"phone-form-{i}")
    return c.P(s, "PHONE")


def landline(c: Ctx, area: str) -> str:
    n = str(c.r.randint(2000000, 9999999))[: 10 - len(area)]
    s = c.r.choice([f"{area}-{n}", f"{area} {n[:3]} {n[3:5]} {n[5:]}", f"({area}) {n}"])
    return c.P(s, "PHONE")


def postcode_form(c: Ctx) -> str:
    d, ls = c.postcode
    i = c.r.randrange(5)
    s = [f"{d} {ls}", f"{d}{ls}", f"{d} {ls[0]} {ls[1]}", f"{d[:2]} {d[2:]} {ls}", f"{d} {ls}".lower()][i]
    if c.raw:
        s = s.lower()
    c.shapes.append(f"postcode-form-{i}")
    return c.P(s, "POSTCODE")


def bsn_form(c: Ctx, b: str) -> str:
    i = c.r.randrange(5)
    s = [
        b,
        f"{b[:4]} {b[4:6]} {b[6:]}",
        f"{b[:3]}.{b[3:6]}.{b[6:]}",
        f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
        f"{b[:3]} {b[3:6]} {b[6:]}",
    ][i]
    c.shapes.append(f"bsn-form-{i}")
    return c.P(s, "BSN")


def iban_form(c: Ctx, ib: str) -> str:
    i = c.r.randrange(4)
    s = [
        ib,
        " ".join(ib[j : j + 4] for j in range(0, 18, 4)),
        f"{ib[:2]} {ib[2:4]} {ib[4:8]} {ib[8:11]} {ib[11:14]} {ib[14:]}",
        ib.lower(),
    ][i]
    if c.raw and i != 2:
        s = s.lower()
    return c.P(s, "IBAN")


def case_form(c: Ctx) -> str:
    r = c.r
    y = r.choice(["2025", "2026"])
    n = r.randint(10000, 99999)
    i = r.randrange(6)
    s = [
        f"VTA-{y}-{n}",
        f"{y[2:]}/{n}-WB",
        f"BZ.{y}.{n}",
        f"Z{y[2:]}-{str(n)[:4]}-K",
        f"MW {str(n)[:4]} {y}",
        f"KB/{y[2:]}/{n}",
    ][i]
    if c.raw:
        s = s.lower()
    c.shapes.append(f"case-form-{i}")
    return c.P(s, "CASE_NUMBER")


def dob_form(c: Ctx) -> str:
    r = c.r
    y, m, d = r.randint(1938, 2008), r.randint(1, 12), r.randint(1, 28)
    i = r.randrange(8)
    s = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d}/{m}/{str(y)[2:]}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{num_word(d)} {MONTHS[m - 1]} negentien {num_word(y % 100)}"
        if y < 2000
        else f"{num_word(d)} {MONTHS[m - 1]} tweeduizend {num_word(y % 100)}",
        f"{d} {MON_ABBR[m - 1]} '{str(y)[2:]}",
        f"{d} {m} {y}",
    ][i]
    c.shapes.append(f"dob-form-{i}")
    return c.P(s, "DATE_OF_BIRTH")


def address(c: Ctx, spoken=False) -> str:
    if spoken:
        return c.P(c.low(c.street), "ADDRESS")
    return c.P(c.low(c.street) + " " + c.house, "ADDRESS")


# ----------------------------------------------------------------------------------------------- sentence shapes
@shape("s-intro-self")
def s_intro(c):
    return c.say("Ja, *goedemorgen*, u spreekt met {n}, ik bel over mijn *aanvraag*.", n=c.name(c.res, "full"))


@shape("s-spelled-surname")
def s_spelled(c):
    sp = c.name(c.res, "spelled")
    a = c.res.stem[0].lower()
    return c.say(
        "Mijn *achternaam* is {s}, dat is {a} van {w}, ik spel het even: {sp}.",
        s=c.name(c.res, "sur"),
        a=a,
        w=ALPHA.get(a, "Anton"),
        sp=sp,
    )


@shape("s-first-spelled-capital")
def s_first_spelled(c):
    return c.say("De *voornaam* is {f}, met een {l} aan het begin.", f=c.name(c.res, "first"), l=c.res.first[0].upper())


@shape("s-address-digits")
def s_addr(c):
    return c.say("Ik woon op {a} in *!{city}*.", a=address(c), city=c.city)


@shape("s-address-spoken-number")
def s_addr_spoken(c):
    return c.say(
        "Het adres is de {a} nummer {n}, *tweede* *verdieping*.",
        a=address(c, True),
        n=num_word(int(re.sub(r"\D.*", "", c.house))),
    )


@shape("s-postcode-aloud")
def s_pc(c):
    return c.say("*Postcode* {p}, ja, in *!{city}*.", p=postcode_form(c), city=c.city)


@shape("s-postcode-and-address")
def s_pc_addr(c):
    return c.say("Dat is {a}, {p} *!{city}*.", a=address(c), p=postcode_form(c), city=c.city)


@shape("s-phone-callback")
def s_phone(c):
    return c.say("U kunt mij *terugbellen* op {t}, na *drie* uur ben ik thuis.", t=phone_form(c, c.mob))


@shape("s-phone-repeat")
def s_phone_rep(c):
    a = phone_form(c, c.mob)
    b = phone_form(c, c.mob)
    return c.say("Mijn *nummer* is {a}, ik herhaal, {b}.", a=a, b=b)


@shape("s-phone-landline")
def s_land(c):
    return c.say("Of op het *vaste* *nummer* {t}, daar staat een *antwoordapparaat*.", t=landline(c, c.area))


@shape("s-email-spoken")
def s_mail_spoken(c):
    p = c.res
    local = c.low(p.first) + " punt " + c.low(re.sub(r"['\s]", "", p.sur), p)
    if c.raw:
        local = local.lower()
    e = c.P(
        f"{local} apenstaartje {c.r.choice(['hotmail', 'gmail', 'ziggo', 'kpnmail'])} punt {c.r.choice(['com', 'nl'])}",
        "EMAIL",
    )
    return c.say("Mijn *mailadres* is {e}, alles aan elkaar.", e=e)


@shape("s-email-written")
def s_mail(c):
    return c.say("*Mailen* mag ook naar {e}.", e=c.P(c.email, "EMAIL"))


@shape("s-bsn-stated")
def s_bsn(c):
    return c.say("Mijn *burgerservicenummer* is {b}.", b=bsn_form(c, c.bsn))


@shape("s-bsn-readback")
def s_bsn_rb(c):
    return c.say("Ik lees het even *terug*: {a}, klopt dat? Ja, {b}.", a=bsn_form(c, c.bsn), b=bsn_form(c, c.bsn))


@shape("s-iban")
def s_iban(c):
    return c.say("Het *rekeningnummer* voor de *terugbetaling* is {i}.", i=iban_form(c, c.iban))


@shape("s-iban-on-name")
def s_iban_name(c):
    return c.say("De *rekening* {i} staat op naam van {n}.", i=iban_form(c, c.iban), n=c.name(c.fam, "full"))


@shape("s-plate")
def s_plate(c):
    p = c.P(c.plate.lower() if c.raw else c.plate, "LICENSE_PLATE")
    return c.say("De *bestelbus* met *kenteken* {p} staat al weken voor de *deur*.", p=p)


@shape("s-plate-spoken-letters")
def s_plate_sp(c):
    p = c.P(" ".join(c.plate.replace("-", " ").lower().split()), "LICENSE_PLATE")
    return c.say("Het *kenteken*, ik lees het op: {p}, een *grijze* *auto*.", p=p)


@shape("s-case-number")
def s_case(c):
    return c.say("Het gaat over *zaaknummer* {z}, die *brief* kreeg ik *vorige* week.", z=case_form(c))


@shape("s-case-number-official")
def s_case_off(c):
    return c.say("Ik zie het *dossier*, *kenmerk* {z}, dat ligt bij *!{dept}*.", z=case_form(c), dept=c.dept)


@shape("s-dob-cue")
def s_dob(c):
    return c.say("Ik ben *geboren* op {d}.", d=dob_form(c))


@shape("s-dob-no-cue")
def s_dob_nc(c):
    return c.say(
        "Dat is voor mijn moeder, {n}, {d}, zij woont *zelfstandig*.", n=c.name(c.mother, "full"), d=dob_form(c)
    )


@shape("s-dob-check-official")
def s_dob_chk(c):
    return c.say("Voor de *controle*, uw *geboortedatum*? {d}. *Dank* u.", d=dob_form(c))


@shape("s-ordinary-date")
def s_date(c):
    return c.say(
        "De *afspraak* staat op *{wd}* *{dd} {mm}* om *half* *tien*.",
        wd=c.r.choice(WEEKDAYS),
        dd=c.r.randint(2, 28),
        mm=c.r.choice(MONTHS[:4] + MONTHS[5:]),
    )


@shape("s-amount")
def s_amount(c):
    return c.say(
        "Het gaat om een *bedrag* van *!€ {b},{cc}* per *maand*.",
        b=c.r.randint(40, 1900),
        cc=c.r.choice(["00", "50", "25", "95"]),
    )


@shape("s-generic-contact")
def s_generic(c):
    return c.say(
        "Ze zeiden bel *{g}* of mail naar *{m}*, maar daar kwam geen *antwoord*.", g=c.generic_phone, m=c.generic_mail
    )


@shape("s-family-child")
def s_child(c):
    return c.say(
        "Ons *kind* {k} zit op het *!Vakcollege* en heeft *leerlingenvervoer* nodig.", k=c.name(c.child, "first")
    )


@shape("s-family-partner")
def s_partner(c):
    return c.say(
        "Mijn *partner* {n} heeft ook *gebeld*, {p} *telefoon* staat uit.",
        n=c.name(c.fam, "full"),
        p=c.name(c.fam, "poss"),
    )


@shape("s-neighbour")
def s_neigh(c):
    return c.say(
        "De *buurman*, {n}, op *nummer* {h}, maakt elke *nacht* *herrie*.",
        n=c.name(c.neigh, "full"),
        h=c.r.randint(2, 90),
    )


@shape("s-neighbour-title")
def s_neigh_t(c):
    return c.say(
        "Ik heb *mevrouw* {n} van *hiernaast* al drie keer gevraagd de *heg* te snoeien.", n=c.name(c.neigh, "title")
    )


@shape("s-official-mention")
def s_off(c):
    return c.say(
        "Ik heb *gesproken* met {n} van *!{dept}*, die zou *terugbellen*.", n=c.name(c.off, "full"), dept=c.dept
    )


@shape("s-official-initials")
def s_off_init(c):
    return c.say("Er staat *ondertekend* door {n}, {f}.", n=c.name(c.off, "init"), f=c.func)


@shape("s-official-email")
def s_off_mail(c):
    return c.say("Het *verslag* gaat naar {e} en in *kopie* naar *{m}*.", e=c.P(c.off_email, "EMAIL"), m=c.generic_mail)


@shape("s-mediator")
def s_med(c):
    return c.say("*Bemiddelaar* {n} heeft het *gesprek* *voorbereid*.", n=c.name(c.med, "full"))


@shape("s-possessive")
def s_poss(c):
    return c.say("{p} *scootmobiel* past niet in de *berging*.", p=c.name(c.res, "poss"))


@shape("s-file-name")
def s_file(c):
    f = c.name(c.res, "file")
    return c.say(
        "*Bestand*: {fn}, *duur* {m} *minuten*.", fn=f"gesprek-{f}-{c.r.randint(10, 28)}.m4a", m=c.r.randint(3, 40)
    )


@shape("s-handle")
def s_handle(c):
    return c.say("Op *!Facebook* heet ik {h}, daar staan de *foto's*.", h=c.name(c.res, "handle"))


@shape("s-caps-header")
def s_caps(c):
    return c.say("*BETREFT*: {n} – *HUISBEZOEK*", n=c.name(c.res, "caps"))


@shape("s-bare-surname-later")
def s_bare(c):
    return c.say("{s} zegt dat de *schimmel* terugkomt na het *schilderen*.", s=c.name(c.res, "sur"))


@shape("s-first-name-later")
def s_firstl(c):
    return c.say("Ja, {f} hier nog even, ik was iets *vergeten*.", f=c.name(c.res, "first"))


@shape("s-inaudible")
def s_inaud(c):
    return c.say("[*onverstaanbaar*] ... *nee*, sorry, de *verbinding* valt weg.")


@shape("s-crosstalk")
def s_cross(c):
    return c.say("[door elkaar] *wacht*, *wacht*, ik *pak* even een *pen*.")


@shape("s-dictation-commands")
def s_dict(c):
    return c.say("*Woning* is *schoon* komma *keuken* *verouderd* punt nieuwe alinea.")


TOPICS = [
    ("t-huurtoeslag", "Ik moet de *huurtoeslag* *terugbetalen* en de *!Belastingdienst* reageert niet."),
    (
        "t-wmo-traplift",
        "We hebben een *traplift* *aangevraagd* via de *!Wmo*, maar het *Zorgloket* wacht op een *indicatie*.",
    ),
    ("t-bijzondere-bijstand", "De *bijzondere* *bijstand* voor de *wasmachine* is *afgewezen*."),
    (
        "t-afvalcontainer",
        "De *container* is drie *weken* niet *geleegd*, het *!Afvalbedrijf* zegt dat het de *gemeente* is.",
    ),
    ("t-parkeervergunning", "Mijn *parkeervergunning* is *verlopen* en de *handhaver* schreef een *boete* uit."),
    ("t-schuldhulp", "Ik zit in de *schuldhulp* en de *bewindvoerder* betaalt de *huur* niet op tijd."),
    ("t-kwijtschelding", "Het *verzoek* om *kwijtschelding* van de *afvalstoffenheffing* is nooit *beantwoord*."),
    ("t-jeugdzorg", "Het *!Wijkteam* zou *jeugdhulp* regelen, maar de *wachtlijst* is lang."),
    ("t-geluidsoverlast", "Er is *geluidsoverlast* van de *sportschool* onder ons, ook in het *weekend*."),
    ("t-schimmel-woningcorporatie", "De *woningcorporatie* zegt dat de *schimmel* door *stoken* komt."),
    ("t-leerplicht", "De *leerplichtambtenaar* stuurde een *brief* over *verzuim* maar mijn dochter was *ziek*."),
    ("t-omgevingsvergunning", "De *omgevingsvergunning* voor de *dakkapel* ligt al vier *maanden* stil."),
    ("t-participatiewet", "Ik moet van de *!Participatiewet* *solliciteren* terwijl ik *mantelzorg* geef."),
    ("t-stoep-boomwortels", "De *stoep* ligt *omhoog* door *boomwortels*, mijn *rollator* blijft haken."),
]


def _topic(text):
    def f(c):
        return c.say(text)

    return f


for _n, _t in TOPICS:
    SHAPES[_n] = _topic(_t)

CONTENT_SHAPES = [k for k in SHAPES]

# ----------------------------------------------------------------------------------------------- line shapes
LABEL_STYLES = [
    "label-spreker-n",
    "label-timestamp-spreker",
    "label-role-caps",
    "label-initial-letter",
    "label-full-name",
    "label-first-name",
    "label-role-lower",
    "label-dash-timestamp-name",
    "label-teams-guest",
    "label-title-surname",
]
for _l in LABEL_STYLES:
    SHAPES[_l] = None
TS_STYLES = ["ts-brackets-hms", "ts-mm-ss", "ts-parens", "ts-angle-ms", "ts-dots"]
for _l in TS_STYLES:
    SHAPES[_l] = None


def ts(c: Ctx, style: str, sec: int) -> str:
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    return {
        "ts-brackets-hms": f"[{h:02d}:{m:02d}:{s:02d}]",
        "ts-mm-ss": f"{m:02d}:{s:02d}",
        "ts-parens": f"({m}:{s:02d})",
        "ts-angle-ms": f"<{h:02d}:{m:02d}:{s:02d}.{c.r.randint(100, 999)}>",
        "ts-dots": f"[{m:02d}.{s:02d}]",
    }[style]


def label(c: Ctx, style: str, who: str, idx: int) -> str:
    p = {"res": c.res, "off": c.off, "med": c.med}[who]
    role = {"res": "bewoner", "off": c.func, "med": "bemiddelaar"}[who]
    if style == "label-spreker-n":
        return f"Spreker {idx}:"
    if style == "label-timestamp-spreker":
        return f"Spreker {idx}"
    if style == "label-role-caps":
        return role.upper() + ":"
    if style == "label-initial-letter":
        return role[0].upper() + ":"
    if style == "label-full-name":
        return c.P(f"{p.first} {p.sur}", "PERSON") + ":"
    if style == "label-first-name":
        return c.P(p.first, "PERSON") + ":"
    if style == "label-role-lower":
        return f"({role})"
    if style == "label-dash-timestamp-name":
        return "- " + c.P(f"{p.first} {p.sur}", "PERSON")
    if style == "label-teams-guest":
        return c.P(f"{p.first} {p.sur}", "PERSON") + (" (Gast)" if who == "res" else "") + ":"
    return ("mw. " if idx % 2 else "dhr. ") + c.P(p.sur, "PERSON") + ":"


# ----------------------------------------------------------------------------------------------- document kinds
def turns(c: Ctx, who_seq, n_shapes, header_lines):
    lstyle = c.r.choice(LABEL_STYLES)
    tstyle = c.r.choice(TS_STYLES + [None, None])
    c.shapes.append(lstyle)
    if tstyle:
        c.shapes.append(tstyle)
    lines = list(header_lines)
    sec = c.r.randint(0, 40)
    pool = list(n_shapes)
    for i, sh in enumerate(pool):
        who = who_seq[i % len(who_seq)]
        idx = {"res": 1, "off": 2, "med": 3}[who]
        lab = label(c, lstyle, who, idx)
        sec += c.r.randint(4, 70)
        pre = (ts(c, tstyle, sec) + " ") if tstyle else ""
        c.shapes.append(sh)
        lines.append(f"{pre}{lab} {SHAPES[sh](c)}")
    return "\n".join(lines)


def pick(c: Ctx, n, must=()):
    rest = [s for s in CONTENT_SHAPES if s not in must and not (c.known and s == "s-file-name")]
    return list(must) + c.r.sample(rest, n - len(must))


@shape("kind-voicemail-kcc")
def k_vm_kcc(c):
    sh = pick(c, c.r.randint(4, 6), ["s-intro-self"])
    head = c.say(
        "*Voicemail* *!Klantcontactcentrum*, *ontvangen* {d} om {t}, *duur* {s}",
        d=f"{c.r.randint(1, 28)}-{c.r.randint(1, 11)}-2026",
        t=f"{c.r.randint(8, 17)}:{c.r.randint(10, 59)}",
        s=f"0:{c.r.randint(20, 59)}",
    )
    body = " ".join(SHAPES[s](c) for s in sh)
    c.shapes += sh
    return head + "\n" + body


@shape("kind-voicemail-mediator")
def k_vm_med(c):
    sh = pick(c, c.r.randint(4, 6))
    c.shapes += sh
    return (
        c.say("*Bericht* voor {m}:", m=c.name(c.med, "first"))
        + " "
        + " ".join(SHAPES[s](c) for s in sh)
        + " "
        + c.say("*Alvast* *bedankt*, *doei*.")
    )


@shape("kind-call-transcript")
def k_call(c):
    return turns(c, ["off", "res"], pick(c, c.r.randint(5, 7)), [c.say("*Telefoongesprek* *!{dept}*", dept=c.dept)])


@shape("kind-call-cleaned")
def k_call_clean(c):
    return turns(
        c,
        ["off", "res"],
        pick(c, c.r.randint(5, 7)),
        [c.say("*Uitgewerkt* *telefoongesprek*, *gecorrigeerd* door {n}", n=c.name(c.off, "full"))],
    )


@shape("kind-dictation-home-visit")
def k_dict(c):
    sh = pick(c, c.r.randint(4, 6), ["s-dictation-commands"])
    c.shapes += sh
    return c.say("*Dictaat* *huisbezoek* {wd}", wd=c.r.choice(WEEKDAYS)) + "\n" + " ".join(SHAPES[s](c) for s in sh)


@shape("kind-meeting-recording")
def k_meet(c):
    return turns(
        c,
        ["med", "res", "off"],
        pick(c, c.r.randint(6, 8)),
        [
            c.say(
                "*Opname* *overleg* *!{dept}*, *aanwezig*: {a}, {b}, {m}",
                dept=c.dept,
                a=c.name(c.res, "full"),
                b=c.name(c.off, "full"),
                m=c.name(c.med, "full"),
            )
        ],
    )


@shape("kind-whatsapp-voice")
def k_wa(c):
    sh = pick(c, c.r.randint(4, 6))
    c.shapes += sh
    head = c.say(
        "*Spraakbericht* ({s}) van {t} – *automatisch* *uitgeschreven*",
        s=f"{c.r.randint(0, 2)}:{c.r.randint(10, 59)}",
        t=phone_form(c, c.mob),
    )
    return head + "\n" + " ".join(SHAPES[s](c) for s in sh)


@shape("kind-typed-along-note")
def k_note(c):
    sh = pick(c, c.r.randint(4, 6))
    c.shapes += sh
    return (
        c.say("*Meegetypt* *tijdens* *gesprek*, *beller* is {n}:", n=c.name(c.res, "title"))
        + "\n"
        + "\n".join("- " + SHAPES[s](c) for s in sh)
    )


@shape("kind-hearing-audio")
def k_hear(c):
    return turns(
        c,
        ["med", "res"],
        pick(c, c.r.randint(5, 7)),
        [c.say("*Hoorzitting* *!Bezwaarcommissie*, *geluidsopname* *uitgewerkt*")],
    )


@shape("kind-phone-menu-message")
def k_menu(c):
    sh = pick(c, c.r.randint(4, 5))
    c.shapes += sh
    return (
        c.say("[*keuzemenu*: *toets* *twee* voor *!Publiekszaken*] [*piep*]") + " " + " ".join(SHAPES[s](c) for s in sh)
    )


@shape("kind-teams-transcript")
def k_teams(c):
    return turns(
        c,
        ["off", "res", "med"],
        pick(c, c.r.randint(5, 7)),
        [c.say("*Transcriptie* *gestart*"), c.say("*!Teams*-*vergadering* *Afstemming* *!{city}*", city=c.city)],
    )


@shape("kind-interpreter-call")
def k_interp(c):
    return turns(
        c,
        ["off", "res"],
        pick(c, c.r.randint(5, 7)),
        [
            c.say(
                "*Gesprek* via de *tolkentelefoon*, *tolk* *!{lang}*",
                lang=c.r.choice(["Arabisch", "Tigrinya", "Turks", "Pools", "Somalisch", "Dari", "Oekraïens"]),
            )
        ],
    )


KINDS = [k for k in SHAPES if k.startswith("kind-")]
RAW_ALLOWED = set(KINDS) - {"kind-call-cleaned"}


# ----------------------------------------------------------------------------------------------- document
def build(i: int, r: random.Random) -> dict:
    kind = r.choice(KINDS)
    raw = kind in RAW_ALLOWED and r.random() < 0.72
    c = Ctx(r, raw, name_caps=r.random() < 0.25)
    known = c.known = i % 4 == 1
    if known:
        word = r.choice(sorted(KNOWN))
        parts = r.choice(["", "", "de"]) if word not in ("Groen", "Klein", "Zwart") else ""
        c.res = Person(r.choice(KNOWN_FIRST), parts, word, known_word=word)
        c.res_origin = "nederlands"
    else:
        c.res, c.res_origin = make_person(r)
    c.fam = Person(
        r.choice(ORIGINS[c.res_origin][0] if not known else KNOWN_FIRST), c.res.particle, c.res.stem, c.res.known_word
    )
    c.child = Person(
        r.choice(ORIGINS[c.res_origin][0] if not known else KNOWN_FIRST), c.res.particle, c.res.stem, c.res.known_word
    )
    c.mother = Person(
        r.choice(ORIGINS[c.res_origin][0] if not known else KNOWN_FIRST), c.res.particle, c.res.stem, c.res.known_word
    )
    c.neigh, o2 = make_person(r)
    c.off, o3 = make_person(r)
    c.med, o4 = make_person(r)
    c.origins = {c.res_origin, o2, o3, o4}
    c.city, c.area = r.choice(CITIES)
    c.street = r.choice(STREET_A) + r.choice(STREET_B)
    c.house = str(r.randint(1, 99)) + r.choice(["", "", "a", "-2", "-bis"])
    c.postcode = postcode(r)
    c.mob = mobile(r)
    c.bsn, c.iban, c.plate = bsn(r), iban(r), plate(r)
    c.dept, c.func = r.choice(DEPTS), r.choice(FUNCS)
    slug = lambda s: re.sub(r"[^a-z]", "", s.lower().replace("ı", "i"))
    c.email = (
        r.choice(
            [
                f"{slug(c.res.first)}.{slug(c.res.sur)}",
                f"{slug(c.res.first)[0]}{slug(c.res.stem)}{r.randint(60, 99)}",
                f"{slug(c.res.stem)}.{slug(c.res.first)}",
            ]
        )
        + "@"
        + r.choice(["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "live.nl"])
    )
    c.off_email = f"{slug(c.off.first)[0]}.{slug(c.off.sur)}@{c.city.lower()}.nl"
    c.generic_phone = "14 " + c.area
    c.generic_mail = r.choice(["info", "wijkteam", "publiekszaken", "klantcontact"]) + f"@{c.city.lower()}.nl"
    text = SHAPES[kind](c)
    c.shapes.append(kind)
    if known:
        w = c.res.known_word.lower()
        sent = r.choice(KNOWN[c.res.known_word]).format(w=w)
        c.shapes.append("s-known-word-ordinary")
        extra = c.say("Ik zeg het maar even, " + sent.replace(w, "*" + w + "*", 1) + ", dat is *echt* zo.")
        extra2 = c.say("Dit is {n}, nog een *aanvulling*.", n=c.name(c.res, "full"))
        text = text + "\n" + extra2 + " " + extra
    doc = {"id": f"fresh29d-{i:04d}", "text": text, "pii": c.pii, "keep": c.keep}
    if known:
        doc["known"] = {"names": [f"{c.res.first} {c.res.sur}"]}
        if any(p["text"] == c.email for p in c.pii):
            doc["known"]["emails"] = [c.email]
    doc["_shapes"] = sorted(set(c.shapes))
    doc["_origins"] = sorted(c.origins)
    return doc


SHAPES["s-known-word-ordinary"] = None
for _pre, _n in (("phone-form", 9), ("postcode-form", 5), ("bsn-form", 5), ("case-form", 6), ("dob-form", 8)):
    for _j in range(_n):
        SHAPES[f"{_pre}-{_j}"] = None

WORD = re.compile(r"\w+")


def _toks(s: str) -> set[str]:
    return {t for t in WORD.findall(s.lower()) if t not in PARTICLES and len(t) > 1}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for p in doc["pii"]:
        if p["label"] not in LABELS:
            return f"label {p['label']}"
        if p["label"] == "BSN" and not bsn_ok(p["text"]):
            return f"bsn {p['text']}"
        if p["label"] == "IBAN" and not iban_ok(p["text"]):
            return f"iban {p['text']}"
        if p["label"] == "PHONE" and len(re.sub(r"\D", "", p["text"])) < 7:
            return f"phone {p['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for p in doc["pii"]:
        if p["label"] == "PERSON":
            names |= _toks(p["text"])
    kw = doc.get("known", {}).get("names", [])
    known_words = {w.lower() for n in kw for w in n.split()[-1:]}
    for k in doc["keep"]:
        shared = _toks(k) & names
        if shared and not (k == k.lower() and k in known_words and shared == {k}):
            return f"keep {k!r} shares {shared} with a name"
    if "known" in doc:
        w = kw[0].split()[-1].lower()
        if w not in doc["keep"] or not re.search(r"(?<!\w)" + w + r"(?!\w)", doc["text"]):
            return "known word not used in ordinary sense"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        d = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(d) is not None:
            attempt += 1
            redraws += 1
            d = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(d)
    return docs, redraws


def public(d):
    return {k: v for k, v in d.items() if not k.startswith("_")}


def dump(docs):
    return "".join(json.dumps(public(d), ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh29d_texts.jsonl is up to date" if same else "fresh29d_texts.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        registered = len(SHAPES)
        print(f"documents: {len(docs)}")
        for l in LABELS:
            print(f"  {l:<14} {labels[l]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per doc {min(len(d['keep']) for d in docs)})")
        unknown = set(used) - set(SHAPES)
        assert not unknown, unknown
        print(f"shapes registered: {registered}, used: {len(used)}")
        print(f"origin groups used: {len({o for d in docs for o in d['_origins']})}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
