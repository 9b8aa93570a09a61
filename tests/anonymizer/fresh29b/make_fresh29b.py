"""Blind anonymizer corpus fresh29b: youth care and family support under the Jeugdwet (helper F29B).

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh29b/make_fresh29b.py            write fresh29b_texts.jsonl
    python tests/anonymizer/fresh29b/make_fresh29b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh29b/make_fresh29b.py --stats    counts per label, shapes, known names, redraws
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
import fresh29b_names as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("_f29b_score", HERE.parent / "corpora" / "score.py")
assert _spec is not None and _spec.loader is not None
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20262302
N_DOCS = 300
OUT = HERE / "fresh29b_texts.jsonl"
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

SHAPES: set[str] = set()  # every registered shape name


def reg(*names: str) -> None:
    SHAPES.update(names)


# ---------------------------------------------------------------------------------------------------- numbers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r: random.Random) -> str:
    bank = r.choice(N.BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _iban_num(bank + acct + "NL00") % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s)
    return len(s) == 18 and _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_bsn(r, s):
    k = r.randrange(3)
    reg("bsn.plain", "bsn.dots", "bsn.spaces")
    return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"][k]


def fmt_iban(r, s):
    reg("iban.plain", "iban.grouped")
    return s if r.random() < 0.4 else " ".join(s[i : i + 4] for i in range(0, 18, 4))


def phone(r):
    reg("phone.06dash", "phone.06space", "phone.plus31", "phone.0031", "phone.landline", "phone.06dots")
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    k = r.randrange(6)
    if k == 0:
        return f"06-{n}"
    if k == 1:
        return f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if k == 2:
        return f"+31 6 {n[:4]} {n[4:]}"
    if k == 3:
        return f"0031 6 {n}"
    if k == 4:
        area = r.choice(["055", "0570", "058", "013", "010", "036", "024", "078"])
        return f"{area}-{n[: 7 - (len(area) - 3)]}"
    return f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}"


def postcode(r):
    letters = "BCEGHJKLMNPRTVWXZ"
    while True:
        pc = f"{r.randint(1000, 9999)} {r.choice(letters)}{r.choice(letters)}"
        if pc[-2:] not in ("SS", "SD", "SA"):
            return pc if r.random() < 0.7 else pc.replace(" ", "")


def plate(r):
    reg("plate.99XXX9", "plate.XX999X", "plate.9XXX99", "plate.XXX99X")
    c = "BDFGHJKLNPRSTVXZ"
    L = lambda n: "".join(r.choice(c) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [f"{D(2)}-{L(3)}-{D(1)}", f"{L(2)}-{D(3)}-{L(1)}", f"{D(1)}-{L(3)}-{D(2)}", f"{L(3)}-{D(2)}-{L(1)}"]
    )


def case_no(r, kind="jw"):
    reg("case.jw", "case.wt", "case.bjh", "case.court", "case.klacht", "case.pz", "case.ots")
    y = r.choice(["2025", "2026"])
    n = r.randint(1000, 99999)
    if kind == "court":
        return f"C/{r.randint(10, 19)}/{r.randint(700000, 799999)} / JE RK {y[2:]}-{r.randint(100, 2999)}"
    if kind == "klacht":
        return f"KL-JH-{y[2:]}{n:05d}"
    if kind == "pz":
        return f"PZ{y[2:]}.{n:05d}"
    if kind == "ots":
        return f"OTS/{y}/{n:05d}"
    return r.choice([f"JW-{y}-{n:06d}", f"WT.{n:05d}.{y[2:]}", f"BJH-{y[2:]}-{n:05d}", f"JZ{y}/{n:05d}"])


def dob(r, d, age):
    """A date of birth for someone of ``age`` in a random style; returns (text to write, pii text)."""
    y = 2026 - age - (1 if r.random() < 0.5 else 0)
    m = r.randint(1, 12)
    day = r.randint(1, 28)
    styles = [
        ("dob.cue_long", f"geboren op {day} {N.MONTHS[m - 1]} {y}", f"{day} {N.MONTHS[m - 1]} {y}"),
        ("dob.geb_dash", f"geb. {day:02d}-{m:02d}-{y}", f"{day:02d}-{m:02d}-{y}"),
        ("dob.bare_slash", f"{day:02d}/{m:02d}/{y}", f"{day:02d}/{m:02d}/{y}"),
        ("dob.dotted", f"{day}.{m}.{y}", f"{day}.{m}.{y}"),
        ("dob.iso", f"{y}-{m:02d}-{day:02d}", f"{y}-{m:02d}-{day:02d}"),
        ("dob.short_month", f"{day} {N.MONTHS_SHORT[m - 1]} {y}", f"{day} {N.MONTHS_SHORT[m - 1]} {y}"),
        ("dob.star", f"* {day}-{m}-{y}", f"{day}-{m}-{y}"),
        (
            "dob.apostrophe",
            f"geboortedatum {day} {N.MONTHS[m - 1]} '{str(y)[2:]}",
            f"{day} {N.MONTHS[m - 1]} '{str(y)[2:]}",
        ),
    ]
    reg(*(s[0] for s in styles))
    name, shown, item = r.choice(styles)
    d.shape(name)
    d.p(item, "DATE_OF_BIRTH")
    return shown


def odate(r, year=2026):
    m = r.randint(1, 12)
    return f"{r.randint(1, 28)} {N.MONTHS[m - 1]} {year}"


# ---------------------------------------------------------------------------------------------------- people


class Person:
    def __init__(self, first, sur, part="", g="f", origin="", known=False):
        self.first, self.sur, self.part, self.g, self.origin, self.known = first, sur, part, g, origin, known
        self.phone = self.email = self.street = None

    @property
    def full(self):
        return f"{self.first} {self.part + ' ' if self.part else ''}{self.sur}"

    @property
    def bare(self):  # surname without first name: particle capitalised
        if not self.part:
            return self.sur
        return f"{self.part[0].upper()}{self.part[1:]} {self.sur}"

    @property
    def initial(self):
        return f"{self.first[0]}. {self.part + ' ' if self.part else ''}{self.sur}"

    def words(self):
        return [w for w in re.split(r"[\s\-]+", self.full) if w.lower() not in PARTICLES and len(w) > 1]


def surname(r, origin, g):
    fem, mal, a, b, parts = N.ORIGINS[origin]
    s = r.choice(a) + r.choice(b)
    if origin == "pools" and g == "f" and s.endswith("ski"):
        s = s[:-1] + "a"
    if origin == "bulgaars" and g == "f":
        s += "a"
    part = r.choice(parts) if parts else ""
    return s, part


def person(r, g=None, origin=None, sur=None, part=None):
    origin = origin or r.choice(list(N.ORIGINS))
    g = g or r.choice("fm")
    fem, mal = N.ORIGINS[origin][:2]
    first = r.choice(fem if g == "f" else mal)
    if sur is None:
        sur, part = surname(r, origin, g)
    return Person(first, sur, part or "", g, origin)


class Doc:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.lines: list[str] = []
        self.known = None

    def p(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def shape(self, name):
        reg(name)
        self.shapes.append(name)

    def k(self, s):
        def _one(m):
            if m.group(1) not in self.keep:
                self.keep.append(m.group(1))
            return m.group(1)

        return re.sub(r"\[\[(.+?)\]\]", _one, s)

    def add(self, shape, s):
        if callable(s):
            s = s()
        self.shape(shape)
        self.lines.append(self.k(s))

    # name forms -------------------------------------------------------------------------------------------
    def full(self, p):
        return self.p(p.full, "PERSON")

    def first(self, p):
        return self.p(p.first, "PERSON")

    def bare(self, p):
        return self.p(p.bare, "PERSON")

    def initial(self, p):
        return self.p(p.initial, "PERSON")

    def upper(self, p):
        return self.p(p.full.upper(), "PERSON")

    def low(self, p):  # lower-case first name in informal text (a known resident keeps capitals)
        return self.p(p.first if p.known else p.first.lower(), "PERSON")

    def poss(self, p):
        f = p.first
        form = f + ("'" if f[-1] in "sxz" else "'s" if f[-1] in "aeiouy" else "s")
        return self.p(form, "PERSON")

    def inverted(self, p):
        return f"{self.bare(p)}, {self.first(p)}"

    def ph(self, p):
        if not p.phone:
            p.phone = phone(self.r)
        return self.p(p.phone, "PHONE")

    def mail(self, p):
        if not p.email:
            loc = re.sub(
                r"[^a-z0-9.]",
                "",
                (p.first + "." + (p.part + p.sur).replace(" ", ""))
                .lower()
                .translate(str.maketrans("ıöüçğşéáàèäãêíóąęłńśźżćățşđạầễặ", "iouçgseaaeaaeioaelnszzcatsdaaea")),
            )
            loc = self.r.choice(
                [
                    loc,
                    loc.replace(".", "_") + str(self.r.randint(70, 99)),
                    p.first.lower()[:1] + "." + loc.split(".", 1)[1],
                ]
            )
            loc = re.sub(r"[^a-z0-9._]", "", loc)
            p.email = f"{loc}@{self.r.choice(N.MAIL_HOSTS)}"
        return self.p(p.email, "EMAIL")

    def addr(self, p, town=True):
        if not p.street:
            p.street = (
                self.r.choice(N.STREET_A) + self.r.choice(N.STREET_B),
                str(self.r.randint(1, 220)) + self.r.choice(["", "", "", "A", "-2", " bis", "-III"]),
                postcode(self.r),
            )
        st, nr, pc = p.street
        a = self.p(f"{st} {nr}", "ADDRESS")
        if town:
            return f"{a}, {self.p(pc, 'POSTCODE')} {self.town}"
        return a

    def street_only(self, p):
        return self.p(p.street[0], "ADDRESS")


# ---------------------------------------------------------------------------------------------------- context


def school_of(r, age):
    if age < 4:
        return r.choice(["de peuteropvang", "het kinderdagverblijf"]), None
    if age <= 12:
        return r.choice(N.SCHOOLS[:6]), f"groep {min(8, max(1, age - 4 + r.randint(0, 1)))}"
    return r.choice(N.SCHOOLS[5:]), f"klas {min(4, age - 11)}"


def make_context(d: Doc, known_word=None):
    r = d.r
    o1 = r.choice(list(N.ORIGINS))
    o2 = o1 if r.random() < 0.5 else r.choice(list(N.ORIGINS))
    mother = person(r, "f", o1)
    father = person(r, "m", o2)
    if known_word:
        w, part, sent, extra = known_word
        target = mother if r.random() < 0.6 else father
        if part == "FIRST":
            target = mother
            target.first = w
            target.origin = "nederlands"
        else:
            target.sur, target.part = w, part
        target.known = True
        d.known = (target, w, sent, extra)
    kid_sur = (father.sur, father.part) if r.random() < 0.7 else (mother.sur, mother.part)
    kids = []
    want = r.randint(1, 3)
    while len(kids) < want:
        g = r.choice("fm")
        c = person(r, g, o2 if kid_sur[0] == father.sur else o1, *kid_sur)
        c.age = r.randint(2, 17)
        c.school, c.group = school_of(r, c.age)
        if all(c.first != k.first for k in kids) and c.first not in (mother.first, father.first):
            kids.append(c)
    kids.sort(key=lambda c: -c.age)
    step = person(r, "m" if r.random() < 0.5 else "f") if r.random() < 0.4 else None
    oma = person(r, "f", o1, mother.sur, mother.part)
    opa = person(r, "m", o2, father.sur, father.part)
    d.town = r.choice(N.TOWNS)
    staff = {
        "consulent": person(r),
        "wijkteam": person(r),
        "gezinsvoogd": person(r),
        "huisarts": person(r),
        "bemiddelaar": person(r),
        "ib": person(r),
        "coach": person(r),
        "pleegzorg": person(r),
        "behandelaar": person(r),
        "jurist": person(r),
        "teamleider": person(r),
    }
    pleeg = (person(r, "f"), person(r, "m")) if r.random() < 0.5 else None
    if pleeg:
        pleeg[1].sur, pleeg[1].part = (
            (pleeg[0].sur, pleeg[0].part) if r.random() < 0.5 else (pleeg[1].sur, pleeg[1].part)
        )
    neighbour = person(r)
    parent = mother if r.random() < 0.6 else father
    if d.known:
        parent = d.known[0]
    ctx = dict(
        mother=mother,
        father=father,
        kids=kids,
        step=step,
        oma=oma,
        opa=opa,
        staff=staff,
        pleeg=pleeg,
        neighbour=neighbour,
        parent=parent,
        other=father if parent is mother else mother,
        provider=r.choice(N.PROVIDERS),
        gi=r.choice(N.GB_BODIES),
        pz=r.choice(N.PLEEG),
        practice=r.choice(N.PRACTICES),
        club=r.choice(N.CLUBS),
    )
    return ctx


def known_line(d: Doc):
    if d.known:
        _, w, sent, extra = d.known
        d.add("known.ordinary_use", sent.replace("{w}", f"[[{w.lower()}]]"))
        for e in extra:
            if e not in d.keep:
                d.keep.append(e)


def longest(name):
    return max(name.split(), key=len)


def kid_phrase(d, c):
    d.shape("phrase.kid_age_group")
    grp = f", {c.group}" if c.group else ""
    return f"{d.full(c)} ({c.age} jaar{grp})"


# ---------------------------------------------------------------------------------------------------- kinds


def k_gezinsplan(d, c):
    r, s = d.r, c["staff"]
    d.add("gp.title", f"[[Gezinsplan]] [[Wijkteam]] {d.town}, dossier {d.p(case_no(r), 'CASE_NUMBER')}")
    d.keep.append(d.town)
    rows = [("moeder", c["mother"]), ("vader", c["father"])] + [("kind", k) for k in c["kids"]]
    if c["step"]:
        rows.append(("partner van moeder" if r.random() < 0.5 else "stiefvader", c["step"]))
    rows.append(("oma (mz)", c["oma"]))
    style = r.randrange(3)
    if style == 0:
        d.add("gp.table.pipe_head", "| [[Rol]] | [[Naam]] | [[Geboortedatum]] |")
        for role, p in rows:
            age = getattr(p, "age", r.randint(28, 48) if role != "oma (mz)" else r.randint(58, 75))
            d.add("gp.table.pipe_row", f"| {role} | {d.full(p)} | {dob(r, d, age)} |")
    elif style == 1:
        d.add("gp.table.colon_head", "[[Gezinssamenstelling]]:")
        for role, p in rows:
            extra = f" — {p.group}, {p.school}" if getattr(p, "group", None) else ""
            d.add("gp.table.colon_row", f"- {role}: {d.inverted(p)}{extra}")
    else:
        d.add("gp.table.tab_head", "[[Naam]]\t[[Relatie]]\t[[Woont]]")
        for role, p in rows:
            where = "thuis" if role in ("moeder", "kind", "stiefvader", "partner van moeder") else "elders"
            d.add("gp.table.tab_row", f"{d.initial(p)}\t{role}\t{where}")
    kid = r.choice(c["kids"])
    opts = [
        (
            "gp.goal",
            lambda: (
                f"[[Doel]] 1: {kid_phrase(d, kid)} gaat weer vijf dagen per week naar {kid.school}; de [[leerplichtambtenaar]] is op de hoogte."
            ),
        ),
        (
            "gp.strength",
            lambda: (
                f"[[Krachten]]: {d.bare(c['mother'])} is betrokken en zoekt zelf hulp; het netwerk rond {d.poss(kid)} gezin is klein."
            ),
        ),
        (
            "gp.concern",
            lambda: (
                f"[[Zorgen]]: er is veel spanning tussen {d.first(c['mother'])} en {d.first(c['father'])} over de omgang."
            ),
        ),
        (
            "gp.agreement",
            lambda: (
                f"[[Afspraak]]: {d.full(s['consulent'])} ([[jeugdconsulent]], [[team Jeugd en Gezin]]) belt op {r.choice(N.WEEKDAYS)} {odate(r)} om de voortgang te bespreken."
            ),
        ),
        (
            "gp.signoff",
            lambda: (
                f"[[Akkoord]] ouders: {d.initial(c['mother'])} en {d.initial(c['father'])}, [[getekend]] op {odate(r)}."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    known_line(d)


def k_verwijsbrief(d, c):
    r, s = d.r, c["staff"]
    kid = r.choice(c["kids"])
    d.add("ref.header", f"{c['practice']}\n[[Verwijzing]] [[jeugdhulp]] ([[Jeugdwet]] artikel 2.6)")
    d.keep.append("Huisartsenpraktijk" if c["practice"].startswith("Huisartsenp") else c["practice"].split()[0])
    d.add("ref.patient", f"[[Patiënt]]: {d.full(kid)}, {dob(r, d, kid.age)}, BSN {d.p(fmt_bsn(r, bsn(r)), 'BSN')}")
    d.add("ref.address", f"[[Adres]]: {d.addr(c['parent'])}")
    d.add("ref.to", f"[[Aan]]: {c['provider']}, [[aanmeldteam]]")
    d.keep.append(longest(c["provider"]))
    opts = [
        (
            "ref.reason",
            lambda: (
                f"Geachte collega, hierbij verwijs ik {d.first(kid)} in verband met somberheid en schoolverzuim sinds de [[herfstvakantie]]."
            ),
        ),
        (
            "ref.history",
            lambda: (
                f"[[Voorgeschiedenis]]: eerder begeleid door het [[wijkteam]] (contactpersoon {d.full(s['wijkteam'])}, {d.ph(s['wijkteam'])})."
            ),
        ),
        (
            "ref.parents",
            lambda: (
                f"Moeder ({d.full(c['mother'])}) en vader ({d.full(c['father'])}) wonen apart; beiden zijn akkoord met de verwijzing."
            ),
        ),
        (
            "ref.urgency",
            lambda: (
                "[[Urgentie]]: graag binnen vier weken; de [[wachttijd]] bij de vorige aanbieder was veertien weken."
            ),
        ),
        ("ref.sign", lambda: f"Met collegiale groet,\n{d.p(s['huisarts'].initial, 'PERSON')}, [[huisarts]]"),
    ]
    for sh, t in opts[:3] + r.sample(opts[3:], 2):
        d.add(sh, t)
    known_line(d)


def k_beschikking(d, c):
    r, s = d.r, c["staff"]
    par = c["parent"]
    kid = r.choice(c["kids"])
    d.add("dec.sender", f"[[Gemeente]] {d.town} | [[Sociaal Domein]] | [[Postbus]] {r.randint(100, 9999)}")
    d.keep.append(d.town)
    d.add(
        "dec.addressee",
        f"{r.choice(['Mevrouw', 'De heer'] if par.g == 'f' else ['De heer'])} {d.initial(par)}\n{d.addr(par)}",
    )
    d.add("dec.ref", f"[[Ons kenmerk]]: {d.p(case_no(r), 'CASE_NUMBER')}   [[Datum]]: {odate(r)}")
    d.add("dec.subject", f"[[Onderwerp]]: [[beschikking]] [[jeugdhulp]] voor {d.full(kid)}, {dob(r, d, kid.age)}")
    opts = [
        (
            "dec.grant",
            lambda: (
                f"Wij kennen {d.first(kid)} [[ambulante]] [[begeleiding]] toe bij {c['provider']}, twee uur per week, van {odate(r)} tot en met {odate(r, 2027)}."
            ),
        ),
        (
            "dec.refuse",
            lambda: (
                f"Wij wijzen de aanvraag voor [[logeeropvang]] af, omdat het [[netwerk]] van {d.poss(kid)} ouders dit volgens ons kan bieden."
            ),
        ),
        (
            "dec.pgb",
            lambda: (
                f"Het [[persoonsgebonden budget]] van € {r.randint(900, 6000)},00 maken wij over naar de [[Sociale Verzekeringsbank]]."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 2):
        d.add(sh, t)
    d.add(
        "dec.objection",
        "[[Bezwaar]]: bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de [[verzenddatum]] "
        "een bezwaarschrift sturen aan het [[college]] van burgemeester en wethouders ([[Awb]] artikel 6:7).",
    )
    d.add(
        "dec.contact",
        f"[[Vragen]]? Bel [[14 0{r.randint(10, 99)}]] of mail [[jeugd@{d.town.lower().replace(' ', '')}.nl]].",
    )
    d.add("dec.sign", f"Met vriendelijke groet,\n{d.full(s['consulent'])}\n[[Jeugdconsulent]], [[team Toegang Jeugd]]")
    known_line(d)


def k_ecogram(d, c):
    r, s = d.r, c["staff"]
    kid = r.choice(c["kids"])
    d.add("eco.title", f"[[Ecogram]] {d.upper(kid)} — [[opgesteld]] met {d.first(kid)} op {odate(r)}")
    items = [
        ("eco.line.oma", lambda: f"oma (mz): {d.full(c['oma'])}, ziet {d.first(kid)} elke [[woensdag]] — [[steunend]]"),
        ("eco.line.opa", lambda: f"opa (vz) {d.bare(c['opa'])} — weinig contact sinds de scheiding"),
        ("eco.line.school", lambda: f"[[school]]: {kid.school}; juf/meester en intern begeleider {d.full(s['ib'])}"),
        ("eco.line.coach", lambda: f"[[sport]]: {c['club']}, trainer {d.first(s['coach'])} ({d.ph(s['coach'])})"),
        (
            "eco.line.neighbour",
            lambda: (
                f"buurvrouw/buurman {d.full(c['neighbour'])} ({d.street_only(c['parent']) if c['parent'].street else 'zelfde portiek'}) — vangt op na school"
            ),
        ),
        (
            "eco.line.sibling",
            lambda: (
                "[[broer]]/[[zus]]: " + ", ".join(kid_phrase(d, k) for k in c["kids"] if k is not kid)
                if len(c["kids"]) > 1
                else "geen broers of zussen"
            ),
        ),
        (
            "eco.line.step",
            lambda: (
                f"nieuwe partner van vader/moeder: {d.full(c['step'])} — [[spanning]]"
                if c["step"]
                else "geen nieuwe partners bekend"
            ),
        ),
    ]
    if c["parent"].street is None:
        d.addr(c["parent"], town=False)
    d.add("eco.line.home", f"[[thuis]]: {d.addr(c['parent'])}")
    for sh, t in r.sample(items, 5):
        d.add(sh, t)
    d.add("eco.legend", "[[Legenda]]: dikke lijn = sterk, stippellijn = zwak, kruisje = [[conflict]].")
    known_line(d)


def k_whatsapp(d, c):
    r, s = d.r, c["staff"]
    par, con = c["parent"], s["consulent"]
    kid = r.choice(c["kids"])
    t = lambda: f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}]"
    pn = par.first
    d.p(pn, "PERSON")
    msgs = [
        (
            "wa.greet",
            lambda: f"{t()} {pn}: goedemorgen {d.low(con)}, {d.low(kid)} is vandaag weer niet naar school gegaan",
        ),
        (
            "wa.reply",
            lambda: (
                f"{t()} {d.first(con)} ([[Wijkteam]]): Dank je voor het bericht. Zullen we [[donderdag]] om tien uur bellen?"
            ),
        ),
        ("wa.phone", lambda: f"{t()} {pn}: ok. mijn nieuwe nummer is {d.ph(par)} want oude telefoon is kapot"),
        ("wa.waitlist", lambda: f"{t()} {pn}: en hoe zit het met de [[wachtlijst]] bij {c['provider']}?? al 11 weken"),
        (
            "wa.reply_wait",
            lambda: (
                f"{t()} {d.first(con)} ([[Wijkteam]]): Ik heb gisteren gebeld met {d.full(s['behandelaar'])}. Er is in [[maart]] mogelijk plek."
            ),
        ),
        ("wa.ex", lambda: f"{t()} {pn}: {d.low(c['other'])} heeft de kinderen dit weekend niet opgehaald. weer niet"),
        ("wa.voice", lambda: f"{t()} {pn}: [[spraakbericht]] 0:{r.randint(10, 59)}"),
        (
            "wa.photo",
            lambda: (
                f"{t()} {pn}: <[[bijlage]]: brief-{d.p(par.bare.replace(' ', ''), 'PERSON')}-{odate(r).replace(' ', '')}.jpg>"
            ),
        ),
    ]
    d.add("wa.header", f"[[WhatsApp]]-gesprek {pn} — {d.full(con)}, [[jeugdconsulent]] [[gemeente]] {d.town}")
    d.keep.append(d.town)
    picks = [msgs[0], msgs[1]] + r.sample(msgs[2:], 4)
    for sh, tx in picks:
        d.add(sh, tx)
    known_line(d)


def k_kindbrief(d, c):
    r = d.r
    kid = max(c["kids"], key=lambda k: k.age)
    if kid.age < 8:
        kid.age = r.randint(9, 15)
        kid.school, kid.group = school_of(r, kid.age)
    lines = [
        (
            "child.open",
            lambda: f"[[Hoi]], ik ben {d.first(kid)} en ik ben {kid.age}. Ik zit in {kid.group} van {kid.school}.",
        ),
        (
            "child.wish",
            lambda: (
                f"Ik wil niet meer elke week wisselen. Bij papa ({d.low(c['father'])}) is het leuk maar ik mis mijn [[kamer]]."
            ),
        ),
        (
            "child.sibling",
            lambda: (
                "Mijn broertje/zusje "
                + (d.low(c["kids"][-1]) if c["kids"][-1] is not kid else "(die heb ik niet)")
                + " huilt veel als mama boos is."
            ),
        ),
        ("child.oma", lambda: f"Het liefst ben ik bij oma {d.first(c['oma'])}, daar mag ik [[koken]]."),
        (
            "child.handle",
            lambda: (
                f"Je mag me appen of op insta: @{d.p((kid.first + '_' + kid.sur.replace(' ', '')).lower() + str(2026 - kid.age)[2:], 'PERSON')}"
            ),
        ),
        ("child.school", lambda: "Op [[school]] gaat het [[slecht]] omdat ik moe ben. Juf zegt dat ik [[slim]] ben."),
        (
            "child.secret",
            lambda: f"Niet aan {d.low(c['step']) if c['step'] else 'papa'} vertellen wat ik hier schrijf alsjeblieft.",
        ),
    ]
    d.add("child.title", f"[[Briefje]] voor de [[rechter]] / [[jeugdconsulent]] ({odate(r)})")
    for sh, tx in [lines[0]] + r.sample(lines[1:], 4):
        d.add(sh, tx)
    d.add(
        "child.sign",
        f"[[Groetjes]] {d.low(kid) if r.random() < 0.5 else d.first(kid)} " + r.choice(["xxx", ":)", "<3"]),
    )
    known_line(d)


def k_mediation_intake(d, c):
    r, s = d.r, c["staff"]
    m, f = c["mother"], c["father"]
    d.add("med.intake.title", f"[[Intake]] [[verzoek tot afstemming]] — [[bemiddelaar]] {d.full(s['bemiddelaar'])}")
    d.add("med.intake.ref", f"[[Registratienummer]] {d.p(case_no(r), 'CASE_NUMBER')}; [[kanaal]]: [[telefoon]]")
    d.add("med.intake.who", f"[[Verzoeker]]: {d.full(c['parent'])} ({d.ph(c['parent'])}, {d.mail(c['parent'])})")
    opts = [
        (
            "med.intake.issue",
            lambda: (
                f"[[Kern]]: moeder ({d.bare(m)}) en vader ({d.bare(f)}) zijn het oneens met de [[beschikking]] over {d.full(r.choice(c['kids']))}."
            ),
        ),
        (
            "med.intake.history",
            lambda: f"Eerdere klacht bij {c['provider']} is volgens {d.first(c['parent'])} nooit beantwoord.",
        ),
        (
            "med.intake.official",
            lambda: (
                f"[[Betrokken]] ambtenaar: {d.full(s['consulent'])}, [[team Toegang Jeugd]]; [[teamleider]] {d.full(s['teamleider'])}."
            ),
        ),
        (
            "med.intake.control",
            lambda: "[[Controlevraag]] gesteld: is alles besproken? Verzoeker zegt ja en mag altijd terugkomen.",
        ),
        (
            "med.intake.dob",
            lambda: (
                f"{d.first(c['parent'])} ({dob(r, d, r.randint(27, 49))}) wil niet dat de ex-partner het dossier inziet."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    known_line(d)


def k_mediation_agreement(d, c):
    r, s = d.r, c["staff"]
    m, f = c["mother"], c["father"]
    kid = r.choice(c["kids"])
    d.add("med.agr.title", f"[[Afsprakenlijst]] [[bemiddeling]] {odate(r)}")
    d.add(
        "med.agr.parties",
        f"[[Aanwezig]]: {d.full(m)}, {d.full(f)}, {d.full(s['consulent'])} ([[gemeente]]), [[bemiddelaar]] {d.initial(s['bemiddelaar'])}",
    )
    opts = [
        (
            "med.agr.item1",
            lambda: f"1. {d.bare(f)} haalt {d.first(kid)} om de week op [[vrijdag]] om 17.00 uur op bij {kid.school}.",
        ),
        (
            "med.agr.item2",
            lambda: f"2. De [[gemeente]] neemt binnen tien werkdagen een nieuw besluit; [[deadline]] {odate(r)}.",
        ),
        ("med.agr.item3", lambda: f"3. {d.bare(m)} krijgt een kopie van het [[verslag]] per e-mail op {d.mail(m)}."),
        (
            "med.agr.item4",
            lambda: (
                f"4. Bij nieuwe problemen belt {d.first(m)} eerst met {d.first(s['bemiddelaar'])} ({d.ph(s['bemiddelaar'])})."
            ),
        ),
        (
            "med.agr.item5",
            lambda: (
                f"5. Kosten van [[reiskosten]] voor de [[omgang]] worden gedeeld: € {r.randint(20, 90)},- per maand."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    d.add("med.agr.sign", f"[[Voor akkoord]]: ______ ({d.initial(m)})   ______ ({d.initial(f)})")
    known_line(d)


def k_klacht(d, c):
    r, s = d.r, c["staff"]
    par = c["parent"]
    kid = r.choice(c["kids"])
    d.add("cmp.to", f"[[Aan]]: [[klachtenfunctionaris]] {c['provider']}\n[[Van]]: {d.full(par)}, {d.addr(par)}")
    d.keep.append(longest(c["provider"]))
    d.add(
        "cmp.subject",
        f"[[Betreft]]: [[klacht]] over de behandeling van mijn zoon/dochter {d.full(kid)} ({dob(r, d, kid.age)})",
    )
    opts = [
        (
            "cmp.body.cancel",
            lambda: (
                f"Sinds [[januari]] zijn vier afspraken met {d.full(s['behandelaar'])} afgezegd, steeds op het laatste moment."
            ),
        ),
        (
            "cmp.body.report",
            lambda: (
                f"In het [[verslag]] staat dat {d.first(kid)} niet wil praten. Dat klopt niet; {d.first(kid)} is nooit gevraagd."
            ),
        ),
        (
            "cmp.body.privacy",
            lambda: f"Het verslag is naar mijn ex {d.full(c['other'])} gestuurd zonder mijn [[toestemming]].",
        ),
        ("cmp.body.wish", lambda: "Ik wil een gesprek met de [[teamleider]] en een andere [[behandelaar]]."),
        ("cmp.body.ref", lambda: f"Uw kenmerk: {d.p(case_no(r, 'klacht'), 'CASE_NUMBER')}."),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    d.add("cmp.close", f"[[Hoogachtend]],\n{d.full(par)}\n{d.ph(par)}")
    known_line(d)


def k_wachtlijst(d, c):
    r, s = d.r, c["staff"]
    kid = r.choice(c["kids"])
    par = c["parent"]
    d.add("wl.header", f"{c['provider']} — [[Aanmeldbureau]]")
    d.keep.append(longest(c["provider"]))
    d.add("wl.to", f"[[Ouders]] van {d.full(kid)}\n{d.addr(par)}")
    d.add(
        "wl.ref", f"[[Cliëntnummer]]: {d.p(str(r.randint(100000, 999999)) + '-' + str(r.randint(1, 9)), 'CASE_NUMBER')}"
    )
    opts = [
        (
            "wl.status",
            lambda: (
                f"{kid_phrase(d, kid)} staat sinds {odate(r, 2025)} op onze [[wachtlijst]] voor [[gezinsbehandeling]]."
            ),
        ),
        (
            "wl.estimate",
            lambda: (
                f"De verwachte [[wachttijd]] is nog {r.randint(6, 30)} weken. In de tussentijd kunt u terecht bij het [[wijkteam]]."
            ),
        ),
        (
            "wl.overbrugging",
            lambda: (
                f"[[Overbruggingszorg]]: {d.full(s['behandelaar'])} belt u elke [[maandag]] om te horen hoe het gaat."
            ),
        ),
        ("wl.crisis", lambda: "Bij [[crisis]] belt u [[Veilig Thuis]] (0800-2000) of de [[crisisdienst]]."),
        (
            "wl.bsn",
            lambda: (
                f"Wij hebben de volgende gegevens ontvangen van de [[verwijzer]]: BSN {d.p(fmt_bsn(r, bsn(r)), 'BSN')}, {dob(r, d, kid.age)}."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    known_line(d)


def k_gezinsvoogd(d, c):
    r, s = d.r, c["staff"]
    gv = s["gezinsvoogd"]
    kid = r.choice(c["kids"])
    d.add("gv.title", f"[[Voortgangsverslag]] [[ondertoezichtstelling]] — {c['gi']}")
    d.keep.append(c["gi"].split()[0])
    d.add(
        "gv.case",
        f"[[Zaaknummer]] [[rechtbank]]: {d.p(case_no(r, 'court'), 'CASE_NUMBER')}; intern {d.p(case_no(r, 'ots'), 'CASE_NUMBER')}",
    )
    d.add("gv.kid", f"[[Minderjarige]]: {d.p(kid.bare.upper(), 'PERSON')}, {d.first(kid)} — {dob(r, d, kid.age)}")
    d.add("gv.author", f"[[Gezinsvoogd]]: {d.full(gv)}, {d.mail(gv)}, {d.ph(gv)}")
    opts = [
        (
            "gv.contact",
            lambda: (
                f"{d.first(kid)} woont sinds {odate(r, 2025)} in het pleeggezin van {d.full(c['pleeg'][0])} en {d.full(c['pleeg'][1])}."
                if c["pleeg"]
                else f"{d.first(kid)} woont bij moeder; [[uithuisplaatsing]] is niet nodig gebleken."
            ),
        ),
        (
            "gv.parents",
            lambda: (
                f"Moeder {d.bare(c['mother'])} werkt goed mee; vader {d.bare(c['father'])} kwam niet naar twee [[gesprekken]]."
            ),
        ),
        (
            "gv.advice",
            lambda: (
                f"[[Advies]]: verlenging van de [[ondertoezichtstelling]] met twaalf maanden, tot {odate(r, 2027)}."
            ),
        ),
        (
            "gv.visit",
            lambda: (
                f"[[Huisbezoek]] op {r.choice(N.WEEKDAYS)} {odate(r)} aan de {d.street_only(c['parent']) if c['parent'].street else d.addr(c['parent'], False)}."
            ),
        ),
        (
            "gv.school",
            lambda: f"Volgens {d.full(s['ib'])} ([[intern begeleider]], {kid.school}) is de aanwezigheid verbeterd.",
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    known_line(d)


def k_pleegzorg(d, c):
    r, s = d.r, c["staff"]
    kid = r.choice(c["kids"])
    pm, pv = c["pleeg"] or (person(r, "f"), person(r, "m"))
    d.add("pz.title", f"[[Matchingsverslag]] {c['pz']} — dossier {d.p(case_no(r, 'pz'), 'CASE_NUMBER')}")
    d.keep.append("Pleegzorg")
    d.add("pz.table.head", "[[Betrokkene]] | [[Rol]]")
    for role, p in [
        ("pleegkind", kid),
        ("pleegmoeder", pm),
        ("pleegvader", pv),
        ("moeder", c["mother"]),
        ("pleegzorgbegeleider", s["pleegzorg"]),
    ]:
        d.add("pz.table.row", f"{d.full(p)} | {role}")
    opts = [
        (
            "pz.kennismaking",
            lambda: f"De [[kennismaking]] vond plaats op {odate(r)} bij {d.bare(pm)} thuis, {d.addr(pm)}.",
        ),
        (
            "pz.kid",
            lambda: f"{d.first(kid)} ({kid.age}) heeft een eigen [[kamer]] gekregen en fietst zelf naar {kid.school}.",
        ),
        (
            "pz.visits",
            lambda: (
                f"[[Bezoekregeling]]: moeder ziet {d.first(kid)} elke twee weken [[begeleid]] bij {c['pz'].split()[0]}."
            ),
        ),
        (
            "pz.allowance",
            lambda: (
                f"De [[pleegvergoeding]] wordt gestort op {d.p(fmt_iban(r, iban(r)), 'IBAN')} t.n.v. {d.initial(pm)}."
            ),
        ),
        (
            "pz.car",
            lambda: (
                f"Pleegvader rijdt {d.first(kid)} naar [[therapie]] met de auto ({d.p(plate(r), 'LICENSE_PLATE')})."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    known_line(d)


def k_zorgmelding(d, c):
    r, s = d.r, c["staff"]
    kid = [k for k in c["kids"] if k.group] or c["kids"]
    kid = r.choice(kid)
    if not kid.group:
        kid.age = 9
        kid.school, kid.group = school_of(r, 9)
    d.add("school.header", f"{kid.school} — [[Zorgmelding]] aan [[wijkteam]] ({odate(r)})")
    d.keep.append(kid.school.split()[-1])
    d.add("school.who", f"[[Leerling]]: {d.inverted(kid)}, {kid.group}, {dob(r, d, kid.age)}")
    opts = [
        ("school.absence", lambda: f"[[Verzuim]]: {r.randint(9, 40)} ongeoorloofde uren sinds de [[kerstvakantie]]."),
        (
            "school.signals",
            lambda: f"{d.first(kid)} komt vaak zonder ontbijt en in dezelfde kleren; [[gym]] wordt overgeslagen.",
        ),
        ("school.sib", lambda: "[[Kinderen]] in het gezin: " + "; ".join(kid_phrase(d, k) for k in c["kids"])),
        (
            "school.talk",
            lambda: f"Gesprek met moeder {d.full(c['mother'])} op {r.choice(N.WEEKDAYS)}: zij herkent de zorgen.",
        ),
        ("school.ib", lambda: f"[[Melder]]: {d.full(s['ib'])}, [[intern begeleider]], {d.mail(s['ib'])}"),
        ("school.consent", lambda: "[[Toestemming]] ouders voor deze melding: ja (mondeling)."),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    known_line(d)


def k_telnotitie(d, c):
    r, s = d.r, c["staff"]
    par = c["parent"]
    d.add(
        "tel.head",
        f"[[Telefoonnotitie]] {r.choice(N.WEEKDAYS)} {odate(r)}, {r.randint(8, 16)}.{r.choice(['05', '20', '45'])} uur",
    )
    d.add("tel.caller", f"[[Beller]]: {d.full(par)} (tel. {d.ph(par)})")
    opts = [
        (
            "tel.gist",
            lambda: (
                f"{d.bare(par)} belt boos: de [[beschikking]] voor {d.full(r.choice(c['kids']))} is verlopen en {c['provider']} stopt de [[begeleiding]]."
            ),
        ),
        (
            "tel.bsn",
            lambda: (
                f"Ter controle BSN genoemd: {d.p(fmt_bsn(r, bsn(r)), 'BSN')}; [[dossier]] {d.p(case_no(r), 'CASE_NUMBER')}."
            ),
        ),
        (
            "tel.action",
            lambda: f"[[Actie]]: terugbelverzoek uitgezet bij {d.full(s['consulent'])}, [[binnen]] twee werkdagen.",
        ),
        ("tel.address", lambda: f"Nieuw adres doorgegeven: {d.addr(par)} (verhuisd na [[scheiding]])."),
        ("tel.ex", lambda: f"Vader/moeder {d.full(c['other'])} mag dit adres niet krijgen ([[contactverbod]])."),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    d.add("tel.by", f"[[Genoteerd]] door: {d.initial(s['wijkteam'])}, [[Klantcontactcentrum]]")
    known_line(d)


def k_ouder_mail(d, c):
    r, s = d.r, c["staff"]
    par = c["parent"]
    kid = r.choice(c["kids"])
    con = s["wijkteam"]
    d.add(
        "mail.headers",
        f"[[Van]]: {d.mail(par)}\n[[Aan]]: {d.mail(con)}\n[[Onderwerp]]: {d.first(kid)} / [[wachtlijst]]",
    )
    d.add("mail.salute", f"Beste {d.first(con)},")
    opts = [
        (
            "mail.body.noanswer",
            lambda: (
                f"Ik heb u op {odate(r)} al gemaild maar nog geen antwoord. {d.first(kid)} ({kid.age}) slaapt bijna niet meer."
            ),
        ),
        ("mail.body.gp", lambda: f"Onze huisarts {d.initial(s['huisarts'])} zegt dat de [[verwijzing]] bij u ligt."),
        (
            "mail.body.ex",
            lambda: f"Zijn/haar vader {d.full(c['other'])} heeft gezag maar reageert niet op mijn berichten.",
        ),
        (
            "mail.body.dob",
            lambda: (
                f"Voor de zekerheid de gegevens van {d.first(kid)}: {dob(r, d, kid.age)}, BSN {d.p(fmt_bsn(r, bsn(r)), 'BSN')}."
            ),
        ),
        (
            "mail.body.oma",
            lambda: (
                f"Mijn moeder {d.full(c['oma'])} kan [[dinsdag]] en [[donderdag]] oppassen als er een [[afspraak]] is."
            ),
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    d.add("mail.sign", f"Groet, {d.first(par)}\n\nVerstuurd vanaf mijn iPhone")
    known_line(d)


def k_reiskosten(d, c):
    r, s = d.r, c["staff"]
    pm = c["pleeg"][0] if c["pleeg"] else c["parent"]
    kid = r.choice(c["kids"])
    d.add(
        "km.title",
        f"[[Declaratie]] [[reiskosten]] [[pleegouder]] — {['januari', 'februari', 'maart', 'april'][r.randrange(4)]} 2026",
    )
    d.keep.append("2026")
    d.add(
        "km.who",
        f"[[Naam]] [[declarant]]: {d.full(pm)}\n[[Kenteken]]: {d.p(plate(r), 'LICENSE_PLATE')}\n[[Rekeningnummer]]: {d.p(fmt_iban(r, iban(r)), 'IBAN')}",
    )
    for _ in range(r.randint(2, 3)):
        d.add("km.row", f"{odate(r)} — {d.first(kid)} naar [[bezoek]] moeder ({d.town}) — {r.randint(12, 80)} km")
    d.keep.append(d.town)
    d.add("km.total", f"[[Totaal]] € {r.randint(20, 140)},{r.randint(10, 99)} (€ 0,23 per km)")
    d.add("km.approve", f"[[Akkoord]] pleegzorgbegeleider {d.full(s['pleegzorg'])}, {c['pz']}")
    known_line(d)


def k_mdo(d, c):
    r, s = d.r, c["staff"]
    kid = r.choice(c["kids"])
    d.add(
        "mdo.title",
        f"[[Verslag]] [[multidisciplinair overleg]] {d.p(kid.first + ' ' + kid.sur.upper() if not kid.part else kid.full, 'PERSON')}",
    )
    d.add(
        "mdo.present",
        "[[Aanwezig]]: "
        + "; ".join(
            f"{d.full(p)} ({f})"
            for p, f in [
                (s["consulent"], "jeugdconsulent"),
                (s["gezinsvoogd"], "gezinsvoogd"),
                (s["ib"], "school"),
                (s["behandelaar"], c["provider"]),
            ]
        ),
    )
    d.keep.append(longest(c["provider"]))
    d.add("mdo.absent", f"[[Afwezig]] met bericht: {d.full(s['huisarts'])} ([[huisarts]])")
    opts = [
        (
            "mdo.point.risk",
            lambda: (
                f"[[Risicotaxatie]]: de [[veiligheid]] van {d.first(kid)} is voldoende, maar de zorgen over {d.poss(kid)} broertjes blijven."
            ),
        ),
        ("mdo.point.plan", lambda: f"[[Besluit]]: {d.bare(s['behandelaar'])} start {odate(r)} met [[gezinstherapie]]."),
        (
            "mdo.point.parent",
            lambda: (
                f"Ouders ({d.first(c['mother'])} en {d.first(c['father'])}) worden na afloop gebeld door {d.first(s['consulent'])}."
            ),
        ),
        (
            "mdo.point.next",
            lambda: f"[[Volgend overleg]]: {r.choice(N.WEEKDAYS)} {odate(r)}, [[Stadskantoor]] {d.town}.",
        ),
    ]
    for sh, t in r.sample(opts, 3):
        d.add(sh, t)
    known_line(d)


def k_bezwaar(d, c):
    r, s = d.r, c["staff"]
    par = c["parent"]
    kid = r.choice(c["kids"])
    d.add("obj.sender", f"{d.full(par)}\n{d.addr(par)}\n{d.ph(par)}")
    d.add(
        "obj.to",
        f"[[Aan]] het [[college]] van burgemeester en wethouders van {d.town}, t.a.v. de [[Commissie bezwaarschriften]]",
    )
    d.keep.append(d.town)
    d.add("obj.subject", f"[[Betreft]]: [[bezwaar]] tegen [[besluit]] {d.p(case_no(r), 'CASE_NUMBER')} van {odate(r)}")
    opts = [
        (
            "obj.ground.hours",
            lambda: (
                f"De [[gemeente]] heeft de [[begeleiding]] van {d.full(kid)} ({dob(r, d, kid.age)}) teruggebracht van vier naar twee uur. Daar ben ik het niet mee eens."
            ),
        ),
        (
            "obj.ground.noconsult",
            lambda: f"Ik ben niet gehoord. {d.full(s['consulent'])} heeft alleen met de school gesproken.",
        ),
        (
            "obj.ground.both",
            lambda: f"Ik bezwaar mede namens de andere ouder, {d.full(c['other'])}; wij hebben samen het [[gezag]].",
        ),
        (
            "obj.hearing",
            lambda: (
                "Ik wil graag [[gehoord]] worden en verzoek om een [[voorlopige voorziening]] zolang het bezwaar loopt."
            ),
        ),
        (
            "obj.iban",
            lambda: f"De eigen bijdrage voor vervoer graag terugstorten op {d.p(fmt_iban(r, iban(r)), 'IBAN')}.",
        ),
    ]
    for sh, t in r.sample(opts, 4):
        d.add(sh, t)
    d.add("obj.sign", f"{d.town}, {odate(r)}\n[[Handtekening]]: {d.initial(par)}")
    known_line(d)


def k_logboek(d, c):
    """A youth worker's visit log with a short timeline of dated entries."""
    r, s = d.r, c["staff"]
    kid = r.choice(c["kids"])
    d.add(
        "log.title", f"[[Logboek]] [[ambulante begeleiding]] — cliënt {d.full(kid)} — {d.p(case_no(r), 'CASE_NUMBER')}"
    )
    entries = [
        (
            "log.entry.visit",
            lambda: f"{odate(r)}: [[huisbezoek]], {d.first(kid)} en {d.first(c['parent'])} aanwezig; rustige sfeer.",
        ),
        (
            "log.entry.noshow",
            lambda: (
                f"{odate(r)}: niet thuis gegeven. [[Kaartje]] achtergelaten bij de deur ({d.street_only(c['parent']) if c['parent'].street else d.addr(c['parent'], False)})."
            ),
        ),
        ("log.entry.school", lambda: f"{odate(r)}: overleg met {d.full(s['ib'])} van {kid.school}."),
        (
            "log.entry.neighbour",
            lambda: f"{odate(r)}: buurman {d.bare(c['neighbour'])} belde over geschreeuw in de nacht.",
        ),
        ("log.entry.plan", lambda: f"{odate(r)}: [[evaluatie]] van het [[gezinsplan]] met {d.full(s['consulent'])}."),
    ]
    for sh, t in r.sample(entries, 4):
        d.add(sh, t)
    d.add("log.sign", f"— {d.first(s['behandelaar'])}, [[ambulant hulpverlener]] {c['provider']}")
    d.keep.append(longest(c["provider"]))
    known_line(d)


KINDS = [
    k_gezinsplan,
    k_verwijsbrief,
    k_beschikking,
    k_ecogram,
    k_whatsapp,
    k_kindbrief,
    k_mediation_intake,
    k_mediation_agreement,
    k_klacht,
    k_wachtlijst,
    k_gezinsvoogd,
    k_pleegzorg,
    k_zorgmelding,
    k_telnotitie,
    k_ouder_mail,
    k_reiskosten,
    k_mdo,
    k_bezwaar,
    k_logboek,
]


# ---------------------------------------------------------------------------------------------------- gate


def gate(doc: dict) -> str | None:
    """None when ``doc`` passes all gates, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s\-,.'_]+", it["text"]):
                if len(w) > 1 and w.lower() not in PARTICLES:
                    name_words.add(w.lower())
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= {w.lower() for w in n.split()}
    for k in doc["keep"]:
        for w in re.split(r"[\s\-,.'/()@]+", k):
            wl = w.lower()
            if len(w) > 1 and wl not in PARTICLES and wl in name_words:
                if not (wl in allowed and w == wl):
                    return f"keep word {k!r} shares {w!r} with a name"
    return None


# ---------------------------------------------------------------------------------------------------- build


def build(i: int, r: random.Random) -> dict:
    d = Doc(r)
    kw = r.choice(N.KNOWN) if i % 4 == 1 else None
    c = make_context(d, kw)
    kind = KINDS[i % len(KINDS)] if r.random() < 0.8 else r.choice(KINDS)
    if kind in (k_gezinsvoogd,) and not c["pleeg"] and r.random() < 0.5:
        c["pleeg"] = (person(r, "f"), person(r, "m"))
    kind_name = "kind." + kind.__name__[2:]
    d.shape(kind_name)
    kind(d, c)
    if d.known:
        p = d.known[0]
        if r.random() < 0.5:
            d.add(
                "known.full_then_bare",
                f"[[Verzoeker]] is {d.full(p)}. {'Mevrouw' if p.g == 'f' else 'De heer'} {d.bare(p)} "
                "vraagt om een [[reactie]] vóór de [[herfstvakantie]].",
            )
        else:
            d.add("known.full_mention", f"{d.full(p)} wil dat het [[verslag]] wordt aangepast.")
    doc = {"id": f"fresh29b-{i:04d}", "text": "\n".join(d.lines), "pii": d.pii, "keep": d.keep}
    if d.known:
        p = d.known[0]
        known = {"names": [p.full]}
        if p.email and p.email in doc["text"]:
            known["emails"] = [p.email]
        if p.phone and p.phone in doc["text"]:
            known["phones"] = [p.phone]
        doc["known"] = known
    doc["_shapes"] = d.shapes
    return doc


def generate() -> tuple[list[dict], int, set]:
    docs, redraws, used = [], 0, set()
    for i in range(N_DOCS):
        doc = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate({k: v for k, v in doc.items() if k != "_shapes"}) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i} keeps failing: {gate(doc)}")
            doc = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        used.update(doc.pop("_shapes"))
        docs.append(doc)
    return docs, redraws, used


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, used = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh29b_texts.jsonl is up to date" if same else "fresh29b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes used: {len(used)} (registered: {len(SHAPES)}); document kinds: {sum(1 for s in used if s.startswith('kind.'))}"
        )
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"origin groups in name material: {len(N.ORIGINS)}")
        print(f"redraws: {redraws}")
        print(f"all pass gate: {all(gate(d) is None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
