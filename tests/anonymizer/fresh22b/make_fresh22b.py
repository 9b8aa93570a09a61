"""fresh22b: blind anonymizer corpus of messages by residents writing learner Dutch and mixed languages (helper F22B).

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh22b/make_fresh22b.py            write fresh22b_texts.jsonl
    python tests/anonymizer/fresh22b/make_fresh22b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh22b/make_fresh22b.py --stats    counts per label, shapes, known names, redraws
Standard library only. Seed 202616111; document i draws from random.Random("202616111-<i>"), a redraw from
"202616111-<i>-<attempt>".
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
import names22b as N  # noqa: E402

SEED = 202616111
N_DOCS = 300
OUT = HERE / "fresh22b_texts.jsonl"
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

_spec = importlib.util.spec_from_file_location("score22b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SHAPES: dict[str, callable] = {}
KINDS: dict[str, callable] = {}


def shape(name, kind=False):
    def deco(fn):
        (KINDS if kind else SHAPES)[name] = fn
        return fn

    return deco


# ---------------------------------------------------------------- identifiers


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def iban(r):
    bank = r.choice(["INGB", "RABO", "ABNA", "ASNB", "SNSB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    return f"NL{98 - num % 97:02d}{bank}{acct}"


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iban_fmt(r, s):
    st = r.randint(0, 3)
    if st == 0:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if st == 1:
        return s.lower()
    if st == 2:
        return s[:2] + " " + s[2:4] + " " + s[4:8] + " " + s[8:]
    return s


def phone(r):
    mob = r.random() < 0.8
    if mob:
        d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        st = r.randint(0, 7)
        return [
            f"06 -{d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}",
            f"0{d[:1]}.{d[1:3]}.{d[3:5]}.{d[5:7]}.{d[7:9]}",
            f"0031 6 {d[1:]}",
            f"+31(0)6 {d[1:5]} {d[5:]}",
            f"0{d}",
            f"06/{d[1:]}",
            f"+316{d[1:]}",
            f"06 {d[1:4]} {d[4:6]} {d[6:]}",
        ][st]
    area = r.choice(["010", "013", "036", "075", "045", "0591"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area} - {rest[:3]} {rest[3:5]} {rest[5:]}", f"{area}-{rest}", f"({area}) {rest}"])


def postcode(r):
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    pc = f"{r.randint(1000, 9999)} {r.choice(letters)}{r.choice(letters)}"
    return r.choice([pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "").lower()])


def plate(r):
    c = "BDFGHJKLNPRSTVXZ"
    L = lambda n: "".join(r.choice(c) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    p = r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(3)}-{L(2)}-{D(1)}",
        ]
    )
    return r.choice([p, p, p.lower(), p.replace("-", ""), p.replace("-", " ")])


def case_number(r):
    y = r.choice(["2025", "2026", "25", "26"])
    n = r.randint(1000, 99999)
    return r.choice(
        [
            f"VTA-{y}-{n:05d}",
            f"WZ.{y}.{n}",
            f"zaak {y}/{n % 10000:04d}-W",
            f"MLD {y} {n:05d}",
            f"#A{y[-2:]}-{n}",
            f"BZ/{n}/{y[-2:]}",
            f"dossier-{n}-{r.choice('KLMRT')}",
            f"INT{y[-2:]}x{n:05d}",
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
EN_MONTHS = [
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
TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
PL_MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]


def dob(r, adult=True):
    y = r.randint(1950, 2001) if adult else r.randint(2008, 2022)
    return y, r.randint(1, 12), r.randint(1, 28)


def dob_fmt(r, t):
    y, m, d = t
    yy = f"{y % 100:02d}"
    st = r.randint(0, 13)
    return [
        f"{d} {MONTHS[m - 1]} {yy}",
        f"{d}.{m}.{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}/{m}/{yy}",
        f"{d} {MONTHS[m - 1][:3]} {y}",
        f"{d} {MONTHS[m - 1]} '{yy}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {EN_MONTHS[m - 1]} {y}",
        f"{d} {TR_MONTHS[m - 1]} {y}",
        f"{d} {PL_MONTHS[m - 1]} {y}",
        f"{d:02d}{m:02d}{y}",
        f"{d} - {m} - {y}",
        f"{d}e {MONTHS[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{yy}",
    ][st]


def ordinary_date(r):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice([f"{d} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1]} 2026", f"{d}-{m}-2026"])


def amount(r):
    return r.choice(
        [f"€ {r.randint(40, 2400)}", f"{r.randint(40, 900)} euro", f"€{r.randint(12, 400)},{r.randint(10, 99)}"]
    )


# ---------------------------------------------------------------- people


def build_surname(r, origin):
    parts = N.ORIGINS[origin][2]
    return "".join(r.choice(p) for p in parts)


def spell_variants(r, name):
    """The name and two phonetic spellings of it, as a parent, a school and a doctor might write it."""
    rules = [
        ("u", "oe"),
        ("ou", "oe"),
        ("y", "j"),
        ("sh", "sj"),
        ("ch", "tsj"),
        ("c", "k"),
        ("ee", "e"),
        ("i", "ie"),
        ("a", "aa"),
        ("e", "é"),
        ("w", "uw"),
        ("k", "c"),
        ("j", "dj"),
        ("o", "oo"),
    ]
    out = [name]
    for a, b in r.sample(rules, len(rules)):
        low = name.lower()
        if a in low[1:]:
            j = low.index(a, 1)
            v = name[:j] + b + name[j + len(a) :]
            if v not in out:
                out.append(v)
        if len(out) == 3:
            return out
    while len(out) < 3:
        out.append(out[-1] + "h")
    return out


def person(r, origin, g=None, sur=None):
    g = g or r.choice("mf")
    first = r.choice(N.ORIGINS[origin][0 if g == "m" else 1])
    sur = sur or build_surname(r, origin)
    return {"first": first, "sur": sur, "full": f"{first} {sur}", "g": g, "origin": origin}


def bare_sur(sur):
    """Surname without first name: a leading particle is capitalised."""
    return sur[0].upper() + sur[1:] if sur.split()[0] in ("van", "de", "ter", "ten", "der", "den") else sur


def title(r, p, lang="nl"):
    if p["g"] == "m":
        return r.choice(["meneer", "dhr.", "de heer", "mijnheer"]) if lang == "nl" else r.choice(["Mr", "Bay", "pan"])
    return r.choice(["mevrouw", "mw.", "mevr."]) if lang == "nl" else r.choice(["Mrs", "Hanım", "pani"])


LANG_OF = {
    "turks": "tr",
    "koerdisch": "tr",
    "marokkaans": "ar",
    "syrisch": "ar",
    "iraaks": "ar",
    "egyptisch": "ar",
    "soedanees": "ar",
    "afghaans": "en",
    "pools": "pl",
    "eritrees": "ti",
    "ethiopisch": "ti",
    "antilliaans": "pap",
    "arubaans": "pap",
    "somalisch": "so",
    "oekraiens": "uk",
}


class Doc:
    def __init__(self, r, i, known):
        self.r, self.i, self.known = r, i, known
        self.pii, self.keep, self.shapes = [], [], []
        self.sub = None

    def p(self, text, label):
        (self.sub if self.sub is not None else self.pii).append((text, label))
        return text

    def k(self, text):
        (self.subk if self.sub is not None else self.keep).append(text)
        return text

    def run(self, name, c, tf=None):
        self.sub, self.subk = [], []
        fn = SHAPES.get(name) or KINDS[name]
        text = fn(self, c)
        if tf:
            text = tf(text)
        for t, lab in self.sub:
            self.pii.append((tf(t) if tf else t, lab))
        for k in self.subk:
            self.keep.append(tf(k) if tf else k)
        self.sub = None
        self.shapes.append(name)
        return text


# name-form helpers (each records the pii item and returns the text)


def nm(d, s):
    return d.p(s, "PERSON")


def poss(d, s):
    return d.p(s + ("'" if s[-1] in "sxz" else "'s"), "PERSON")


# ---------------------------------------------------------------- context


def make_context(r, i, known):
    origin = r.choice(list(N.ORIGINS))
    res = person(r, origin)
    kn = None
    if known:
        kw = r.choice(N.KNOWN)
        pre = r.choice(N.KNOWN_PREFIX.get(kw[0], [""]))
        res = person(r, origin, sur=pre + kw[0])
        kn = kw
    sp = person(r, origin, g="f" if res["g"] == "m" else "m", sur=res["sur"])
    vs = (
        r.choice(N.VARIANTS[origin])
        if origin in N.VARIANTS
        else spell_variants(r, r.choice(N.ORIGINS[origin][r.randint(0, 1)]))
    )
    kid = {"v": vs, "sur": res["sur"], "g": r.choice("mf")}
    kid2_first = r.choice([x for x in N.ORIGINS[origin][r.randint(0, 1)] if x not in (res["first"], sp["first"])])
    norig = r.choice(list(N.ORIGINS))
    neigh = person(r, norig)
    off = person(
        r, r.choice(["nederlands", "fries", "nederlands", "hindostaans", "marokkaans", "turks", "creools", "molukks"])
    )
    func = r.choice(
        [
            ("consulent", "Werk en Inkomen"),
            ("wijkcoach", "Sociaal Wijkteam"),
            ("handhaver", "Toezicht en Handhaving"),
            ("klantmanager", "Schuldhulpverlening"),
            ("leerplichtambtenaar", "Onderwijs"),
            ("medewerker", "Burgerzaken"),
            ("casemanager", "Jeugd en Gezin"),
            ("beleidsmedewerker", "Wonen"),
            ("inburgeringsconsulent", "Inburgering"),
        ]
    )
    med = person(r, r.choice(list(N.ORIGINS)))
    helper = person(r, r.choice(list(N.ORIGINS)))
    street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
    nstreet = r.choice(N.STREET_A) + r.choice(N.STREET_B)
    nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "b", "-2", " II", "-hs"])
    c = dict(
        res=res,
        sp=sp,
        kid=kid,
        kid2=kid2_first,
        neigh=neigh,
        off=off,
        func=func,
        med=med,
        helper=helper,
        street=street,
        nstreet=nstreet,
        nr=nr,
        pc=postcode(r),
        city=r.choice(N.CITIES),
        phone=phone(r),
        phone2=phone(r),
        bsn=bsn(r),
        iban=iban(r),
        plate=plate(r),
        case=case_number(r),
        dob=dob(r),
        kdob=dob(r, adult=False),
        lang=LANG_OF.get(origin, r.choice(["en", "en", "pap", "tr", "ar", "pl"])),
        known=kn,
        origin=origin,
    )
    loc = r.choice(
        [
            res["first"].lower(),
            res["first"][0].lower() + "." + res["sur"].split()[-1].lower(),
            res["sur"].split()[-1].lower() + str(r.randint(60, 99)),
            res["first"].lower() + "_" + str(r.randint(1, 99)),
        ]
    )
    loc = (
        loc.replace("ı", "i").replace("ş", "s").replace("ğ", "g").replace("ü", "u").replace("ö", "o").replace("ç", "c")
    )
    loc = loc.encode("ascii", "ignore").decode() or "user" + str(r.randint(100, 999))
    c["email"] = (
        loc
        + "@"
        + r.choice(["hotmail.com", "gmail.com", "live.nl", "outlook.com", "yahoo.com", "ziggo.nl", "kpnmail.nl"])
    )
    return c


# ---------------------------------------------------------------- shapes: body lines
R = random.Random  # type alias only


def greet(d, c):
    r = d.r
    return {
        "tr": r.choice(["Merhaba", "Selamlar"]),
        "ar": r.choice(["Salam alaikum", "Salaam"]),
        "pl": "Dzień dobry",
        "ti": "Selam",
        "pap": r.choice(["Bon dia", "Bon tardi"]),
        "so": "Iska warran",
        "uk": "Dobryi den",
        "en": "Hello",
    }[c["lang"]]


@shape("intro_naam_is")
def _(d, c):
    g = greet(d, c)
    d.k(g.split()[0])
    return f"{g} ik ben {nm(d, c['res']['full'])} ik woon in {d.k(c['city'])} sinds {d.r.randint(2, 19)} jaar."


@shape("intro_schrijf_voor")
def _(d, c):
    h, res = c["helper"], c["res"]
    return (
        f"{d.k('Goedemiddag')}, ik ben {nm(d, h['first'])} en ik schrijf voor mijn buurvrouw/buurman {nm(d, res['full'])} "
        f"omdat {'hij' if res['g'] == 'm' else 'zij'} nog niet goed {d.k('Nederlands')} kan schrijven."
    )


@shape("intro_caps")
def _(d, c):
    res = c["res"]
    return f"{d.k('GEMEENTE')} {c['city'].upper()} IK {nm(d, res['full'].upper())} HEB PROBLEEM MET {d.k('HUUR')}"


@shape("intro_lower_no_punct")
def _(d, c):
    res = c["res"]
    if d.known:
        return f"hallo mijn naam {nm(d, res['full'])} ik heb gebelt maar niemand neemt op dus ik schrijf hier"
    return f"hallo mijn naam {nm(d, res['full'].lower())} ik heb gebelt maar niemand neemt op dus ik schrijf hier"


@shape("intro_english")
def _(d, c):
    res = c["res"]
    return f"{d.k('Hello')}, my name is {nm(d, res['full'])}, sorry my {d.k('Dutch')} is not good. I write in English and little bit Nederlands."


@shape("intro_van_fam")
def _(d, c):
    return (
        f"Dit bericht is van fam. {nm(d, bare_sur(c['res']['sur']))}, {d.k('Bewonerscommissie')} weet van ons probleem."
    )


@shape("kid_variants")
def _(d, c):
    k = c["kid"]
    a, b, cc = k["v"]
    z = "mijn zoon" if k["g"] == "m" else "mijn dochter"
    return (
        f"Het gaat om {z} {nm(d, a + ' ' + k['sur'])}, op school schrijven ze {nm(d, b)} en bij de huisarts staat {nm(d, cc)}, "
        f"maar het is {d.k('hetzelfde')} kind."
    )


@shape("kid_zijn_school")
def _(d, c):
    k = c["kid"]
    a, b, _c = k["v"]
    pr = "zijn" if k["g"] == "m" else "haar"
    return f"{nm(d, b)} {pr} school zegt {nm(d, a)} moet naar {d.k('Jeugdzorg')} maar ik snap niet waarom"


@shape("kid_dob_cue")
def _(d, c):
    k = c["kid"]
    f = dob_fmt(d.r, c["kdob"])
    return f"{nm(d, k['v'][0])} is geboren {d.p(f, 'DATE_OF_BIRTH')} en zit in groep {d.r.randint(3, 8)}."


@shape("kid_dob_paren")
def _(d, c):
    k = c["kid"]
    f = dob_fmt(d.r, c["kdob"])
    return f"kinderen: {nm(d, k['v'][1])} ({d.p(f, 'DATE_OF_BIRTH')}) en {nm(d, c['kid2'])}, {d.k('allebei')} op de {d.k('Basisschool')}."


@shape("kid_second_name_sur")
def _(d, c):
    return f"Mijn andere kind {nm(d, c['kid2'] + ' ' + c['res']['sur'])} heeft ook {d.k('Logopedie')} nodig."


@shape("spouse_line")
def _(d, c):
    sp = c["sp"]
    rel = "mijn man" if sp["g"] == "m" else "mijn vrouw"
    return f"{rel} {nm(d, sp['first'])} werkt in de nacht dus {nm(d, sp['first'])} kan niet bellen overdag."


@shape("spouse_full_possessive")
def _(d, c):
    sp = c["sp"]
    return f"Op {poss(d, sp['full'])} naam staat het contract, {d.k('Woningcorporatie')} zegt dat ik geen huurder ben."


@shape("spouse_mijn_man_zijn")
def _(d, c):
    sp = c["sp"]
    rel = "mijn man" if sp["g"] == "m" else "mijn vrouw"
    pr = "zijn" if sp["g"] == "m" else "haar"
    return f"{rel} {nm(d, sp['first'])} {pr} uitkering is gestopt sinds {d.k(ordinary_date(d.r))}."


@shape("dob_self_cue")
def _(d, c):
    return f"ik ben geboren {d.p(dob_fmt(d.r, c['dob']), 'DATE_OF_BIRTH')} in {d.k(d.r.choice(['Nador', 'Ankara', 'Asmara', 'Aleppo', 'Mogadishu', 'Willemstad', 'Paramaribo', 'Krakau', 'Kabul', 'Accra']))}."


@shape("dob_self_bare")
def _(d, c):
    return f"{nm(d, c['res']['full'])} {d.p(dob_fmt(d.r, c['dob']), 'DATE_OF_BIRTH')}"


@shape("dob_foreign_cue")
def _(d, c):
    cue = {
        "tr": "doğum tarihi",
        "pl": "data urodzenia",
        "ar": "tarikh al milad",
        "en": "date of birth",
        "ti": "date of birth",
        "pap": "fecha di nacemento",
        "so": "taariikhda dhalashada",
        "uk": "data narodzhennia",
    }[c["lang"]]
    return f"({cue}: {d.p(dob_fmt(d.r, c['dob']), 'DATE_OF_BIRTH')})"


@shape("dob_age_line")
def _(d, c):
    y = c["dob"][0]
    return f"ik ben {2026 - y} jaar, {d.k('geboortedatum')} {d.p(dob_fmt(d.r, c['dob']), 'DATE_OF_BIRTH')}, en heb {d.k('Diabetes')}."


@shape("addr_number_first")
def _(d, c):
    st = c["street"].lower()
    return f"adres is {c['nr']} {nm_addr(d, st)} {d.p(c['pc'], 'POSTCODE')} {d.k(c['city'])}"


def nm_addr(d, s):
    return d.p(s, "ADDRESS")


@shape("addr_lower")
def _(d, c):
    return f"ik woon {nm_addr(d, c['street'].lower() + ' ' + c['nr'])} in {d.k(c['city'])}"


@shape("addr_full_line")
def _(d, c):
    return f"{d.k('Adres')}: {nm_addr(d, c['street'] + ' ' + c['nr'])}, {d.p(c['pc'], 'POSTCODE')} {c['city'].upper()}"


@shape("addr_caps")
def _(d, c):
    return f"{nm_addr(d, (c['street'] + ' ' + c['nr']).upper())} {d.p(c['pc'].upper(), 'POSTCODE')}"


@shape("addr_street_alone")
def _(d, c):
    return f"bij ons in de {nm_addr(d, c['street'])} is alles {d.k('vies')} en de lampen doen het niet"


@shape("neigh_address")
def _(d, c):
    n = c["neigh"]
    return f"de buren op {nm_addr(d, c['nstreet'] + ' ' + str(d.r.randint(1, 99)))}, fam {nm(d, bare_sur(n['sur']))}, maken {d.k('lawaai')} tot 3 uur"


@shape("neigh_named")
def _(d, c):
    n = c["neigh"]
    return f"{'buurman' if n['g'] == 'm' else 'buurvrouw'} {nm(d, n['first'])} zei dat {d.k('Politie')} niks doet. {nm(d, n['full'])} is ook {d.k('boos')}."


@shape("neigh_plate")
def _(d, c):
    n = c["neigh"]
    return f"de auto van {nm(d, n['first'])} ({d.p(c['plate'], 'LICENSE_PLATE')}) staat altijd op de {d.k('invalidenparkeerplaats')}"


@shape("plate_own")
def _(d, c):
    return f"mijn auto {d.k('kenteken')} {d.p(c['plate'], 'LICENSE_PLATE')} kreeg {d.k('boete')} van {d.k(amount(d.r))}"


@shape("plate_caps_line")
def _(d, c):
    return f"{d.k('PARKEERVERGUNNING')} VOOR {d.p(c['plate'].upper(), 'LICENSE_PLATE')} NIET ONTVANGEN"


@shape("phone_space_dash")
def _(d, c):
    return f"bel mij {d.p(c['phone'], 'PHONE')} na 5 uur"


@shape("phone_whatsapp")
def _(d, c):
    return f"{d.k('WhatsApp')} is beter: {d.p(c['phone'], 'PHONE')}"


@shape("phone_helper")
def _(d, c):
    h = c["helper"]
    return f"of bel {nm(d, h['first'])} ({d.k('tolk')}) op {d.p(c['phone2'], 'PHONE')}"


@shape("phone_words_mix")
def _(d, c):
    en = {"tr": "telefon", "pl": "numer telefonu", "ar": "raqm", "pap": "number di telefon"}.get(c["lang"], "phone")
    return f"{en} / tel: {d.p(c['phone'], 'PHONE')}"


@shape("email_line")
def _(d, c):
    return f"mail {d.p(c['email'], 'EMAIL')}"


@shape("email_caps")
def _(d, c):
    return f"{d.k('EMAIL')} {d.p(c['email'].upper(), 'EMAIL')}"


@shape("bsn_line")
def _(d, c):
    b = c["bsn"]
    f = d.r.choice([b, f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}.{b[3:6]}.{b[6:]}", f"{b[:4]} {b[4:]}"])
    return f"{d.r.choice(['bsn', 'BSN nummer', 'burgerservicenummer', 'sofi nr'])} {d.p(f, 'BSN')}"


@shape("bsn_kid")
def _(d, c):
    k = c["kid"]
    return f"bsn van {nm(d, k['v'][0])} is {d.p(bsn(d.r), 'BSN')}"


@shape("iban_line")
def _(d, c):
    return f"{d.k('Rekening')} voor {d.k('Terugbetaling')}: {d.p(iban_fmt(d.r, c['iban']), 'IBAN')} t.n.v. {nm(d, c['res']['first'][0] + '. ' + c['res']['sur'])}"


@shape("iban_spouse")
def _(d, c):
    return f"geld moet op rekening van mijn {'man' if c['sp']['g'] == 'm' else 'vrouw'} {d.p(iban_fmt(d.r, iban(d.r)), 'IBAN')}"


@shape("case_ref")
def _(d, c):
    return f"{d.k('Zaaknummer')} {d.p(c['case'], 'CASE_NUMBER')} (staat op de brief)"


@shape("case_lower")
def _(d, c):
    return f"nummer van brief {d.p(c['case'].lower(), 'CASE_NUMBER')} ik begrijp de brief niet"


@shape("case_file_name")
def _(d, c):
    sur = c["res"]["sur"].split()[-1]
    s = sur if d.known else sur.lower()
    cn = re.sub(r"[^\w]", "", c["case"])
    return f"{d.k('Bijlage')}: scan-{d.p(s, 'PERSON')}-{d.p(cn, 'CASE_NUMBER')}.pdf"


@shape("file_name_passport")
def _(d, c):
    f = c["res"]["first"]
    s = f if d.known else f.lower()
    return f"ik stuur foto {d.k('paspoort')} ({d.k('paspoort')}-{d.p(s, 'PERSON')}.jpg) en {d.k('huurcontract')}"


@shape("official_mention")
def _(d, c):
    o = c["off"]
    fn, dep = c["func"]
    return f"{title(d.r, o)} {nm(d, o['full'])}, {d.k(fn)} van {d.k(dep)}, zei ik moet wachten"


@shape("official_bare")
def _(d, c):
    o = c["off"]
    return f"maar {title(d.r, o)} {nm(d, bare_sur(o['sur']))} belt niet terug."


@shape("official_first_only")
def _(d, c):
    o = c["off"]
    return f"die {d.k('vrouw')}/{d.k('man')} van de balie, {nm(d, o['first'])} ik denk, gaf mij een {d.k('formulier')}"


@shape("mediator_line")
def _(d, c):
    m = c["med"]
    return f"{d.k('Buurtbemiddeling')} heeft {nm(d, m['full'])} gestuurd maar buren kwamen niet."


@shape("mediator_bare")
def _(d, c):
    m = c["med"]
    return f"{nm(d, m['first'])} van bemiddeling zegt {d.k('geduld')}"


# problem statements (no personal data; keep words)
PROBLEMS = [
    ("prob_schimmel", "er is {schimmel} in de slaapkamer van de kinderen en de {verhuurder} doet niks"),
    ("prob_toeslag", "de {Belastingdienst} wil {toeslag} terug, {bedrag} is te veel voor mij"),
    ("prob_inburgering", "ik moet {inburgering} examen maar ik heb geen geld voor {Taalcursus}"),
    ("prob_afval", "de {container} is al {week} vol en ratten komen"),
    ("prob_leerplicht", "brief van {Leerplicht} zegt kind was niet op school maar kind was ziek met {koorts}"),
    ("prob_uitkering", "{Participatiewet} uitkering is gestopt zonder brief, ik heb geen eten in {huis}"),
    ("prob_wmo", "ik heb {rolstoel} nodig en {Wmo} duurt heel lang"),
    ("prob_parkeren", "{parkeren} voor mijn deur is niet mogelijk want {bouwwerk}"),
    ("prob_energie", "{energietoeslag} niet gekregen maar {buurvrouw} wel"),
    ("prob_huur", "de {huur} is omhoog en {Huurcommissie} zegt ik moet zelf brief schrijven"),
    ("prob_geluid", "elke nacht {muziek} heel hard, ik kan niet {slapen}"),
    ("prob_school", "de {Schooladviseur} wil praten maar ik versta niet alles zonder {tolk}"),
    ("prob_schuld", "ik heb {schulden} en {Kredietbank} wil papieren die ik niet heb"),
    ("prob_lift", "de {lift} is kapot en ik woon op {vierde} verdieping met kinderwagen"),
]
PROB_WORDS = {"bedrag": None, "week": None}


def _mk_problem(name, tmpl):
    @shape(name)
    def fn(d, c):
        def sub(m):
            w = m.group(1)
            if w == "bedrag":
                return d.k(amount(d.r))
            if w == "week":
                return d.k(d.r.choice(["twee weken", "drie weken", "tien dagen"]))
            return d.k(w)

        return re.sub(r"\{(\w+)\}", sub, tmpl)

    return fn


for _n, _t in PROBLEMS:
    _mk_problem(_n, _t)


# mixed-language lines
@shape("mix_turkish")
def _(d, c):
    k = c["kid"]["v"][0]
    return f"{d.k('Lütfen')} yardım edin, {nm(d, k)} çok hasta, {d.k('Ziekenhuis')} zegt terugkomen."


@shape("mix_arabic")
def _(d, c):
    return f"{d.k('Wallah')} ik heb alles gedaan, {d.k('inshallah')} komt het goed, shukran voor {d.k('hulp')}."


@shape("mix_polish")
def _(d, c):
    return f"{d.k('Proszę')} o pomoc, mój syn {nm(d, c['kid']['v'][1])} nie ma miejsca w szkole, {d.k('dziękuję')}."


@shape("mix_tigrinya")
def _(d, c):
    return f"{d.k('Yekenyeley')}, adey {nm(d, c['sp']['first'])} ook ziek, ik moet naar {d.k('Vluchtelingenwerk')}."


@shape("mix_papiamento")
def _(d, c):
    return f"{d.k('Danki')} pa bo yudansa, mi yu {nm(d, c['kid']['v'][2])} no tin {d.k('beurs')} ainda."


@shape("mix_english_rant")
def _(d, c):
    return f"{d.k('Please')} I need answer this week, I call {d.k('Monday')} and {d.k('Friday')} but nobody pick up!!!"


@shape("mix_somali")
def _(d, c):
    return f"{d.k('Mahadsanid')} walaal, {nm(d, c['sp']['first'])} wuxuu ku jiraa {d.k('Ziekenhuis')}."


@shape("mix_ukrainian")
def _(d, c):
    return f"{d.k('Diakuiu')} duzhe, {d.k('Opvanglocatie')} zegt wij moeten weg voor {d.k(d.r.choice(MONTHS))}."


@shape("translation_app")
def _(d, c):
    src = {
        "tr": "Oğlum okula gitmek istemiyor",
        "ar": "Ibni la yurid al dhahab ila al madrasa",
        "pl": "Mój syn nie chce iść do szkoły",
        "ti": "Wedey nab timhirti kikeyd ayideliyen",
        "pap": "Mi yu no ke bai skol",
        "so": "Wiilkaygu ma rabo inuu iskuulka aado",
        "uk": "Mii syn ne khoche khodyty do shkoly",
        "en": "My son does not want to go to school",
    }[c["lang"]]
    return f"{src}\n[{d.k('Vertaald')} met {d.k('Google')} Translate:] Mijn zoon wil niet naar school gaan"


@shape("translation_helper_block")
def _(d, c):
    h = c["helper"]
    k = c["kid"]
    return (
        f"--- {d.k('Vertaling')} door {nm(d, h['full'])} ---\n{d.k('Moeder')} zegt dat {nm(d, k['v'][0])} "
        f"sinds {d.k(ordinary_date(d.r))} niet meer eet. {nm(d, h['first'])} heeft dit {d.k('letterlijk')} vertaald."
    )


@shape("translation_side_by_side")
def _(d, c):
    src = {
        "tr": "Ev sahibi tamir yapmıyor",
        "ar": "Sahib al bayt la yusallih shay",
        "pl": "Właściciel nic nie naprawia",
        "pap": "Doño di kas no ta drecha nada",
        "en": "Landlord does not repair anything",
    }.get(c["lang"], "Landlord does not repair anything")
    return f"{src} = {d.k('Verhuurder')} repareert niks"


@shape("shouting_sentence")
def _(d, c):
    return f"{d.k('IK')} WIL DAT {d.k('IEMAND')} KOMT KIJKEN VOOR {d.k('VRIJDAG')}!!!"


@shape("appointment_line")
def _(d, c):
    return f"{d.k('Afspraak')} op {d.k(ordinary_date(d.r))} om {d.r.randint(9, 16)}.{d.r.choice(['00', '30'])} bij {d.k('Stadskantoor')}"


@shape("generic_contact")
def _(d, c):
    city = c["city"].lower()
    return f"op de website staat bel {d.k('14 0' + city[:1].translate(str.maketrans('abcdefghijklmnopqrstuvwxyz', '12345678901234567890123456')) + str(d.r.randint(0, 9)))} of {d.k('info@' + city + '.nl')}"


@shape("voice_filler")
def _(d, c):
    return f"eh ja dus eh {d.k('gisteren')} was ik bij {d.k('Wijkcentrum')} en eh"


@shape("weekday_complaint")
def _(d, c):
    return f"{d.k(d.r.choice(['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag']))} heb ik al gemaild en {d.k('Zaterdag')} weer"


@shape("event_line")
def _(d, c):
    return f"na {d.k(d.r.choice(['Suikerfeest', 'Offerfeest', 'Kerst', 'Koningsdag', 'Ramadan', 'Pasen']))} is er nog steeds geen {d.k('reactie')}"


@shape("thanks_close")
def _(d, c):
    return f"{d.k('Alvast')} bedankt, groet {nm(d, c['res']['first'])}"


@shape("close_sig_caps")
def _(d, c):
    return f"MVG {nm(d, c['res']['full'].upper())}"


@shape("close_family_sig")
def _(d, c):
    return f"groetjes {nm(d, c['res']['first'])} en {nm(d, c['sp']['first'])} ({d.k('familie')} {nm(d, bare_sur(c['res']['sur']))})"


@shape("social_handle")
def _(d, c):
    f = c["res"]["first"]
    s = c["res"]["sur"].split()[-1]
    h = f"{f}_{s}" if d.known else f"{f.lower()}_{s.lower()}"
    return f"je kan ook sturen op {d.k('Instagram')} @{d.p(h, 'PERSON')}"


@shape("res_bare_surname_ref")
def _(d, c):
    res = c["res"]
    return f"{d.k('Familie')} {nm(d, bare_sur(res['sur']))} woont hier al {d.r.randint(5, 30)} jaar"


@shape("res_misspelled_self")
def _(d, c):
    res = c["res"]
    first = res["first"]
    alt = first[:-1] + first[-1] * 2 if first[-1] not in "ıšźżćń" else first + "h"
    return f"(op de brief van de {d.k('Gemeente')} staat mijn naam fout: {nm(d, alt)} in plaats van {nm(d, first)})"


@shape("form_field_block")
def _(d, c):
    res = c["res"]
    return (
        f"{d.k('Voornaam')}: {nm(d, res['first'].upper())}\n{d.k('Achternaam')}: {nm(d, res['sur'])}\n"
        f"{d.k('Geboortedatum')}: {d.p(dob_fmt(d.r, c['dob']), 'DATE_OF_BIRTH')}\n{d.k('Telefoon')}: {d.p(c['phone'], 'PHONE')}"
    )


@shape("form_field_address")
def _(d, c):
    return (
        f"{d.k('Straat')}: {nm_addr(d, c['street'].lower())}  {d.k('Huisnummer')}: {c['nr']}\n"
        f"{d.k('Postcode')}: {d.p(c['pc'], 'POSTCODE')}  {d.k('Woonplaats')}: {d.k(c['city'])}"
    )


# intake worker reply lines
@shape("reply_opening")
def _(d, c):
    res = c["res"]
    return f"Beste {title(d.r, res)} {nm(d, bare_sur(res['sur']))},\n\n{d.k('Dank')} voor uw bericht."


@shape("reply_repeat_names")
def _(d, c):
    k = c["kid"]
    return (
        f"Ik begrijp dat het gaat om uw {'zoon' if k['g'] == 'm' else 'dochter'} {nm(d, k['v'][0])}. "
        f"Om {d.k('verwarring')} te voorkomen gebruik ik de spelling {nm(d, k['v'][0] + ' ' + k['sur'])}, zoals in de {d.k('Basisregistratie')}."
    )


@shape("reply_case_assign")
def _(d, c):
    o = c["off"]
    fn, dep = c["func"]
    return f"Uw {d.k('melding')} heeft nummer {d.p(c['case'], 'CASE_NUMBER')}. {nm(d, o['full'])} ({d.k(fn)}, {d.k(dep)}) neemt contact met u op."


@shape("reply_check_phone")
def _(d, c):
    return f"Klopt het dat wij u kunnen bereiken op {d.p(c['phone'], 'PHONE')}? {d.k('Anders')} hoor ik graag een ander nummer."


@shape("reply_interpreter")
def _(d, c):
    return f"Bij het gesprek is een {d.k('tolk')} aanwezig. {d.k('Wilt')} u uw {d.k('verblijfsvergunning')} meenemen?"


@shape("reply_close")
def _(d, c):
    o = c["off"]
    return f"Met vriendelijke groet,\n{nm(d, o['first'][0] + '. ' + o['sur'])}\n{d.k('Team')} {d.k('Intake')}, {d.k('Gemeente')} {c['city']}"


# known-name ordinary use
@shape("known_ordinary_use")
def _(d, c):
    sent = c["known"][2]
    d.k(c["known"][1])
    full = nm(d, c["res"]["full"])
    return d.r.choice([f"Ik, {full}, wil nog zeggen: {sent}.", f"({full}) ps {sent}", f"nog iets van {full}: {sent}"])


# ---------------------------------------------------------------- document kinds
def up(s):
    return s.upper()


def low(s):
    return s.lower()


BODY_POOL = [s for s in SHAPES if not s.startswith(("reply_", "known_", "intro_", "close_", "thanks_"))]
STRUCT = [
    "bsn_line",
    "bsn_kid",
    "iban_line",
    "iban_spouse",
    "email_line",
    "email_caps",
    "plate_own",
    "plate_caps_line",
    "case_ref",
    "case_lower",
    "phone_space_dash",
    "phone_whatsapp",
    "phone_helper",
    "phone_words_mix",
    "dob_self_cue",
    "dob_foreign_cue",
    "dob_age_line",
    "dob_self_bare",
    "addr_full_line",
    "addr_number_first",
    "neigh_plate",
]
INTROS = [s for s in SHAPES if s.startswith("intro_")]
CLOSES = ["thanks_close", "close_sig_caps", "close_family_sig"]


def body(d, c, n, pool=None):
    pool = pool or BODY_POOL
    names = d.r.sample(pool, n)
    if not any(x in STRUCT for x in names):
        extra = [x for x in STRUCT if x not in d.shapes and x not in names]
        names.append(d.r.choice(extra))
    out = []
    for nmn in names:
        tf = None
        if nmn not in ("known_ordinary_use",) and d.r.random() < 0.12:
            tf = up if (d.known or d.r.random() < 0.5) else low
            if nmn.startswith(("form_", "translation_")):
                tf = None
        out.append(d.run(nmn, c, tf))
    return out


@shape("kind_whatsapp", kind=True)
def _(d, c):
    lines = [d.run(d.r.choice(INTROS), c)] + body(d, c, d.r.randint(3, 5))
    ts = [f"[{d.r.randint(1, 28)}-{d.r.randint(1, 12)}-26 {d.r.randint(7, 23)}:{d.r.randint(10, 59)}]" for _ in lines]
    return "\n".join(f"{t} {ln}" for t, ln in zip(ts, lines, strict=False))


@shape("kind_webform", kind=True)
def _(d, c):
    head = d.run("form_field_block", c)
    adr = d.run("form_field_address", c)
    msg = " ".join(body(d, c, d.r.randint(2, 4)))
    return f"{d.k('Contactformulier')}\n{head}\n{adr}\n{d.k('Uw')} {d.k('vraag')}: {msg}"


@shape("kind_email", kind=True)
def _(d, c):
    subj = d.r.choice(["HELP", "vraag", "klacht!!", "brief niet begrijp", "urgent pls"])
    return (
        f"{d.k('Onderwerp')}: {subj}\n\n"
        + d.run(d.r.choice(INTROS), c)
        + "\n"
        + "\n".join(body(d, c, d.r.randint(3, 5)))
        + "\n"
        + d.run(d.r.choice(CLOSES), c)
    )


@shape("kind_sms", kind=True)
def _(d, c):
    return " ".join(body(d, c, d.r.randint(3, 4))) + " " + d.run("thanks_close", c)


@shape("kind_voicemail", kind=True)
def _(d, c):
    return (
        f"[{d.k('Spraakbericht')}, {d.k('automatisch')} uitgeschreven]\n"
        + d.run("voice_filler", c)
        + " "
        + d.run(d.r.choice(INTROS), c)
        + " "
        + " ".join(body(d, c, d.r.randint(2, 4)))
    )


@shape("kind_helper_letter", kind=True)
def _(d, c):
    return (
        d.run("intro_schrijf_voor", c)
        + "\n"
        + "\n".join(body(d, c, d.r.randint(3, 4)))
        + "\n"
        + d.run("translation_helper_block", c)
    )


@shape("kind_app_translation", kind=True)
def _(d, c):
    return (
        d.run(d.r.choice(INTROS), c)
        + "\n"
        + d.run("translation_app", c)
        + "\n"
        + "\n".join(body(d, c, d.r.randint(2, 4)))
        + "\n"
        + d.run(d.r.choice(CLOSES), c)
    )


@shape("kind_with_intake_reply", kind=True)
def _(d, c):
    first = d.run(d.r.choice(INTROS), c) + " " + " ".join(body(d, c, d.r.randint(2, 3)))
    reply = "\n".join(
        d.run(s, c)
        for s in [
            "reply_opening",
            "reply_repeat_names",
            d.r.choice(["reply_case_assign", "reply_check_phone", "reply_interpreter"]),
            "reply_close",
        ]
    )
    return f"{d.k('Bericht')} {d.k('inwoner')}:\n{first}\n\n{d.k('Antwoord')} {d.k('intake')}:\n{reply}"


@shape("kind_chat", kind=True)
def _(d, c):
    lines = body(d, c, d.r.randint(3, 4))
    out = [f"{d.k('Chatbot')}: Waarmee kan ik u helpen?", "U: " + d.run(d.r.choice(INTROS), c)]
    for ln in lines:
        out.append("U: " + ln)
    out.append(f"{d.k('Medewerker')}: Ik zet uw vraag door.")
    return "\n".join(out)


@shape("kind_caps_complaint", kind=True)
def _(d, c):
    return d.run("intro_caps", c) + "\n" + "\n".join(body(d, c, d.r.randint(3, 4))) + "\n" + d.run("close_sig_caps", c)


@shape("kind_facebook", kind=True)
def _(d, c):
    return (
        f"{d.k('Bericht')} via {d.k('Facebook')}:\n"
        + " ".join(body(d, c, d.r.randint(3, 5)))
        + " "
        + d.run("social_handle", c)
    )


@shape("kind_handwritten", kind=True)
def _(d, c):
    return (
        f"[{d.k('Handgeschreven')} brief, overgetypt door {d.k('Balie')}]\n"
        + d.run("intro_van_fam", c)
        + "\n"
        + "\n".join(body(d, c, d.r.randint(3, 4)))
        + "\n"
        + d.run("close_family_sig", c)
    )


@shape("kind_attachment_note", kind=True)
def _(d, c):
    return (
        d.run(d.r.choice(INTROS), c)
        + "\n"
        + d.run("file_name_passport", c)
        + "\n"
        + d.run("case_file_name", c)
        + "\n"
        + "\n".join(body(d, c, 2))
    )


# ---------------------------------------------------------------- build & gate
def build(i, attempt):
    seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    r = random.Random(seed)
    known = i % 4 == 1
    d = Doc(r, i, known)
    c = make_context(r, i, known)
    kind = r.choice(list(KINDS))
    text = KINDS[kind](d, c)
    d.shapes.append(kind)
    if known:
        sent = d.run("known_ordinary_use", c)
        text = text + "\n" + sent if "\n" in text else text + " " + sent
    pii, seen = [], set()
    for t, lab in d.pii:
        if (t, lab) not in seen:
            seen.add((t, lab))
            pii.append({"text": t, "label": lab})
    keep = []
    for k in d.keep:
        if k not in keep:
            keep.append(k)
    doc = {"id": f"fresh22b-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        doc["known"] = {"names": [c["res"]["full"]]}
        if any(p["text"] == c["email"] for p in pii):
            doc["known"]["emails"] = [c["email"]]
        if any(p["text"] == c["phone"] for p in pii):
            doc["known"]["phones"] = [c["phone"]]
        doc["_ordinary"] = c["known"][1]
    doc["_shapes"] = d.shapes
    return doc


def _words(s):
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in score.PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for p in doc["pii"]:
        if p["label"] not in LABELS:
            return f"label {p['label']}"
        if p["label"] == "BSN" and not bsn_ok(p["text"]):
            return f"bsn {p['text']}"
        if p["label"] == "IBAN" and not iban_ok(p["text"]):
            return f"iban {p['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    known_words = set()
    if "known" in doc:
        full = doc["known"]["names"][0]
        if not any(p["text"] == full and p["label"] == "PERSON" for p in doc["pii"]):
            return "known name not in pii"
        known_words = {w.lower() for w in full.split()}
        ords = [k for k in doc["keep"] if k.islower() and k in known_words]
        if not ords:
            return "known ordinary word missing from keep"
    names = set()
    for p in doc["pii"]:
        if p["label"] == "PERSON":
            names |= _words(p["text"])
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k.islower() and k in known_words and shared == {k}):
            return f"keep {k!r} shares a word with a name"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc = build(i, attempt)
            doc_id = doc["id"]
            assert doc_id
            if gate(_public(doc)) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"doc {i}: no passing draw ({gate(_public(doc))})")
        docs.append(doc)
    return docs, redraws


def _public(doc):
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def render(docs):
    return "".join(json.dumps(_public(d), ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == render(docs)
        print("fresh22b_texts.jsonl is up to date" if ok else "fresh22b_texts.jsonl differs from the generator")
        return 0 if ok else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        reg = len(SHAPES) + len(KINDS)
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {reg} ({len(KINDS)} document kinds, {len(SHAPES)} line/sentence shapes); used: {len(used)}"
        )
        print(f"origin groups: {len(N.ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(render(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws: {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
