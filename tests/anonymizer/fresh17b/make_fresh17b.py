"""fresh17b: a blind corpus of texts for the public (municipal web pages and news, newsletters, social media, press
releases, a council member's blog, annual-report case stories, calendars, interviews, captions, speaker notes, FAQs).

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh17b/make_fresh17b.py            write fresh17b_texts.jsonl
    python tests/anonymizer/fresh17b/make_fresh17b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh17b/make_fresh17b.py --stats    counts per label, shapes, known names, redraws
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
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


score = _load("fresh17b_score", HERE.parent / "corpora" / "score.py")
names = _load("fresh17b_names", HERE / "names17b.py")
V = _load("fresh17b_vocab", HERE / "vocab17b.py")

SEED = 20261352
N_DOCS = 300
OUT = HERE / "fresh17b_texts.jsonl"
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
MIN_KEEP = 12
# lower-case function words are not worth listing as keeps
STOP = {"de", "het", "een", "is", "aan", "op", "in", "van", "en", "te", "bij", "met", "voor", "die", "dat", "er", "ik"}

SHAPES: dict[str, str] = {}  # shape name -> kind ("doc", "line", "sentence")
BODY: list = []
KINDS: list = []


def shape(kind: str):
    def deco(fn):
        SHAPES[fn.__name__] = kind
        if kind == "sentence":
            BODY.append(fn)
        elif kind == "doc":
            KINDS.append(fn)
        return fn

    return deco


# --------------------------------------------------------------------------------------------- valid numbers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s != 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    d = list(map(int, s))
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r: random.Random) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bank + acct + "NL00") % 97
    s = f"NL{check:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if r.random() < 0.6 else s


# --------------------------------------------------------------------------------------------- the document builder


class Doc:
    def __init__(self, r: random.Random, known_word: tuple | None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.people: list = []
        self.seen: set[int] = set()
        self.contact: dict[int, dict] = {}
        self.used_streets: set[str] = set()
        self.known_word = known_word
        self.city = r.choice(V.CITIES)
        self.hood = r.choice(V.HOODS)
        self.building = r.choice(V.BUILDINGS)
        self.programme = r.choice(V.PROGRAMMES)
        self.org = r.choice(V.ORGS)
        self.event = r.choice(V.EVENTS)
        self.dept = r.choice(V.DEPTS)
        self.main = self.resident()
        if known_word:
            word, role, _ = known_word
            if role == "first":
                self.main.first, self.main.female = word, True
                self.main.nick = names._nick(word)
            else:
                self.main.surname = word
        self.main_female = self.main.female

    # -- bookkeeping
    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        for w in re.findall(r"\w+(?:[.'’&-]\w+)*", text):
            if len(w) > 1 and w not in self.keep:
                self.keep.append(w)
        return text

    # -- people
    def resident(self, **kw):
        taken = set().union(*(q.words() for q in self.people)) if self.people else set()
        for _ in range(50):
            q = names.make_person(self.r, **kw)
            if "surname" in kw or not (q.words() - PARTICLES - {"a"}) & taken:
                break
        self.people.append(q)
        return q

    def relative(self, q):
        return self.resident(group=q.group, surname=q.surname)

    def full(self, q) -> str:
        self.seen.add(id(q))
        return self.p(q.full, "PERSON")

    def first(self, q) -> str:
        return self.p(q.first, "PERSON")

    def sur(self, q, title: bool = True) -> str:
        s = self.p(q.sur_cap, "PERSON")
        return f"{q.title} {s}" if title else s

    def ini(self, q) -> str:
        self.seen.add(id(q))
        return self.p(q.initial, "PERSON")

    def nick(self, q) -> str:
        return self.p(q.nick, "PERSON")

    def poss(self, q) -> str:
        return self.p(q.possessive, "PERSON")

    def caps(self, q) -> str:
        return self.p(q.full.upper(), "PERSON")

    def name(self, q) -> str:
        """First mention: the full name (sometimes an initial); later a bare part."""
        if id(q) not in self.seen:
            return self.ini(q) if self.r.random() < 0.15 else self.full(q)
        return self.first(q) if self.r.random() < 0.55 else self.sur(q)

    def _slug(self, s: str) -> str:
        return re.sub(r"[^a-z]", "", names.ascii_fold(s).lower())

    def handle(self, q, at: str = "@") -> str:
        f, s = self._slug(q.first), self._slug(q.surname)
        h = self.r.choice([f + s, f"{f}_{s[0]}", f"{s}.{f}", f"{f}{s[:3]}{self.r.randint(10, 99)}", f"{f}.{s}"])
        return self.p(at + h, "PERSON")

    def email(self, q) -> str:
        f, s = self._slug(q.first), self._slug(q.surname)
        local = self.r.choice([f"{f}.{s}", f"{f[0]}{s}", f"{f}{s}{self.r.randint(1, 99)}", f"{s}.{f}", f"{f}_{s}"])
        dom = self.r.choice(
            ["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl"]
        )
        e = self.p(f"{local}@{dom}", "EMAIL")
        self.contact.setdefault(id(q), {}).setdefault("emails", []).append(e)
        return e

    def work_email(self, q) -> str:
        e = f"{self._slug(q.first)[0]}.{self._slug(q.surname)}@{self.city.lower()}.nl"
        return self.p(e, "EMAIL")

    def filename(self, q, stem: str, ext: str) -> str:
        s = self.p(self._slug(q.surname), "PERSON")
        return f"{stem}_{s}_{self.r.randint(1, 9)}.{ext}"

    def misspelled(self, q) -> str:
        s = q.sur_cap
        i = max(1, len(s) - 3)
        wrong = s[:i] + s[i + 1] + s[i] + s[i + 2 :] if len(s) > i + 1 and s[i] != s[i + 1] else s + "e"
        return self.p(f"{q.first} {wrong}", "PERSON")

    # -- structured data
    def phone(self, q) -> str:
        r = self.r
        n = "".join(str(r.randint(0, 9)) for _ in range(8))
        style = r.randrange(6)
        if style == 0:
            t = f"06-{n}"
        elif style == 1:
            t = f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        elif style == 2:
            t = f"+31 (0)6 {n[:4]} {n[4:]}"
        elif style == 3:
            t = f"+316{n}"
        elif style == 4:
            area = V.AREA[self.city]
            rest = n[: 9 - len(area) + 1]
            t = f"{area}-{rest}"
        else:
            t = f"06 {n[:3]} {n[3:5]} {n[5:]}"
        t = self.p(t, "PHONE")
        self.contact.setdefault(id(q), {}).setdefault("phones", []).append(t)
        return t

    def street(self, number: bool = True) -> str:
        r = self.r
        while True:
            s = r.choice(V.STREET_PRE) + r.choice(V.STREET_SUF)
            if s not in self.used_streets:
                break
        self.used_streets.add(s)
        if not number:
            return self.p(s, "ADDRESS")
        no = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "-2", " B", "-bis"])
        return self.p(f"{s} {no}", "ADDRESS")

    def postcode(self) -> str:
        r = self.r
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        while True:
            pc = r.choice(letters) + r.choice(letters)
            if pc not in ("SA", "SD", "SS"):
                break
        t = f"{r.randint(1011, 9999)}{r.choice([' ', ''])}{pc}"
        return self.p(t, "POSTCODE")

    def plate(self) -> str:
        r = self.r
        L = "BDFGHJKLNPRSTVXZ"

        def a(n):
            return "".join(r.choice(L) for _ in range(n))

        def d(n):
            return "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))

        t = r.choice(
            [
                f"{d(2)}-{a(3)}-{d(1)}",
                f"{d(1)}-{a(3)}-{d(2)}",
                f"{a(2)}-{d(3)}-{a(1)}",
                f"{a(1)}-{d(3)}-{a(2)}",
                f"{a(3)}-{d(2)}-{a(1)}",
            ]
        )
        return self.p(t, "LICENSE_PLATE")

    def case(self) -> str:
        r = self.r
        n = r.randint(100, 99999)
        t = r.choice(
            [
                f"VTA-26-{n:05d}",
                f"AF/2026/WK/{n % 10000:04d}",
                f"Z26-WIJ-{n:05d}",
                f"VA.2026.{n:05d}",
                f"MO-{n % 10000:04d}/26",
                f"RvA26/{n % 10000:04d}-{r.choice('abcdef')}",
            ]
        )
        return self.p(t, "CASE_NUMBER")

    def dob(self, young: bool = False) -> str:
        r = self.r
        y = r.randint(1990, 2012) if young else r.randint(1924, 1975)
        m, day = r.randint(1, 12), r.randint(1, 28)
        style = r.randrange(8)
        t = [
            f"{day} {V.MONTHS[m - 1]} {y}",
            f"{day:02d}-{m:02d}-{y}",
            f"{day}/{m}/{y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{day:02d}.{m:02d}.{y}",
            f"{day} {V.MONTHS_SHORT[m - 1]} {y}",
            f"{day} {V.MONTHS[m - 1]} '{y % 100:02d}",
            f"{day}-{m}-{y}",
        ][style]
        return self.p(t, "DATE_OF_BIRTH")

    # -- ordinary things (kept)
    def date(self) -> str:
        r = self.r
        return self.k(f"{r.choice(V.WEEKDAYS)} {r.randint(1, 28)} {r.choice(V.MONTHS)}")

    def amount(self) -> str:
        return self.k(f"{self.r.choice([250, 500, 750, 1200, 2500, 4000, 15000]):,}".replace(",", "."))

    def body(self, n: int) -> list[str]:
        out = []
        pool = [fn for fn in BODY if fn.__name__ not in self.shapes]
        for fn in self.r.sample(pool, n):
            self.shapes.append(fn.__name__)
            out.append(fn(self))
        return out

    def line(self, fn) -> str:
        self.shapes.append(fn.__name__)
        return fn(self)


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def het(noun: str) -> str:
    return "de" if noun.startswith(("Afdeling", "Groene", "Mantelzorgpas")) else "het"


def zijn(q) -> str:
    return "haar" if q.female else "zijn"


# --------------------------------------------------------------------------------------------- line shapes


@shape("line")
def heading_title_case(d: Doc) -> str:
    return d.k(
        d.r.choice(
            [
                f"Nieuwe Ontmoetingsplek Opent In {d.hood}",
                f"{d.event} Trekt Honderden Bezoekers",
                f"Bewoners {d.hood} Kiezen Zelf Hun Project",
                f"{d.programme}: Eerste Resultaten Bekend",
                f"Meer Groen Voor Het {d.hood}",
            ]
        )
    )


@shape("line")
def heading_sentence_case(d: Doc) -> str:
    return d.k(
        d.r.choice(
            [
                f"Zo werkt {het(d.programme)} {d.programme} in {d.city}",
                f"Vrijwilligers gezocht voor de {d.event}",
                f"Wat doet {het(d.dept)} {d.dept} eigenlijk?",
                f"Terugblik op een druk jaar in de {d.hood}",
            ]
        )
    )


@shape("line")
def dateline(d: Doc) -> str:
    return f"{d.k(d.city)}, {d.date()} {d.k('2026')} –"


@shape("line")
def breadcrumb(d: Doc) -> str:
    return d.k(f"Home › {d.r.choice(['Wonen', 'Zorg en Welzijn', 'Meedoen', 'Bestuur'])} › {d.programme}")


@shape("line")
def last_modified(d: Doc) -> str:
    return d.k("Laatst gewijzigd:") + " " + d.date() + " " + d.k("2026")


@shape("line")
def generic_contact(d: Doc) -> str:
    area = V.AREA[d.city][1:]
    return d.k(f"Vragen? Mail info@{d.city.lower()}.nl of bel 14 0{area}.")


@shape("line")
def caps_banner(d: Doc) -> str:
    return d.k("IN GESPREK MET") + " " + d.caps(d.main)


@shape("line")
def hashtags(d: Doc) -> str:
    return " ".join("#" + d.k(re.sub(r"\W", "", x)) for x in (d.hood, d.city, d.programme))


@shape("line")
def signature(d: Doc) -> str:
    q = d.resident()
    return f"— {d.full(q)}, {d.k(d.r.choice(['redactie', 'eindredactie', 'vrijwilliger redactie']))}"


@shape("line")
def photo_credit(d: Doc) -> str:
    q = d.resident()
    if d.r.random() < 0.5:
        return d.k("Foto:") + " " + d.full(q)
    return d.k("Foto:") + f" {d.ini(q)} / {d.k(d.org)}"


@shape("line")
def text_image_credit(d: Doc) -> str:
    a, b = d.resident(), d.resident()
    return f"{d.k('Tekst:')} {d.full(a)} | {d.k('Beeld:')} {d.full(b)}"


@shape("line")
def list_item_agenda(d: Doc) -> str:
    word = d.r.choice(["Koffieochtend", "Spelletjesmiddag", "Naaicafé", "Computerhulp", "Schrijfhulp"])
    return f"• {d.k(word)} – {d.k(d.r.choice(V.WEEKDAYS))} in {d.k(d.building)}, met {d.first(d.main)}"


# --------------------------------------------------------------------------------------------- body sentences


@shape("sentence")
def quote_resident_after(d: Doc) -> str:
    return f'"{d.k(d.r.choice(V.QUOTES))}", zegt {d.name(d.main)} ({d.r.randint(19, 88)}) uit de {d.k(d.hood)}.'


@shape("sentence")
def quote_resident_before(d: Doc) -> str:
    return f'{d.name(d.main)} {d.k("vertelt")}: "Zonder {het(d.programme)} {d.k(d.programme)} had ik het niet gered."'


@shape("sentence")
def official_quote(d: Doc) -> str:
    q = d.resident()
    f = d.r.choice(V.FUNCS)
    return f'"{d.k(d.r.choice(V.OFFICIAL_QUOTES))}", aldus {d.k(f)} {d.full(q)} van {het(d.dept)} {d.k(d.dept)}.'


@shape("sentence")
def official_opens(d: Doc) -> str:
    q = d.resident()
    f = d.r.choice(["Wethouder", "Burgemeester", "Wijkmanager"])
    return f"{d.k(f)} {d.full(q)} ({d.k(d.dept)}) opende {d.k(d.building)} officieel met een lintje."


@shape("sentence")
def initial_took_part(d: Doc) -> str:
    q = d.resident()
    return f"{d.k('Ook')} {d.ini(q)} uit de {d.k(d.hood)} deed mee aan de {d.k(d.event)}."


@shape("sentence")
def nickname_intro(d: Doc) -> str:
    q = d.main
    return f'{d.name(q)} – in de buurt beter bekend als "{d.nick(q)}" – organiseert al jaren de {d.k(d.event)}.'


@shape("sentence")
def possessive_garden(d: Doc) -> str:
    if id(d.main) not in d.seen:
        d.full(d.main)
        pre = f"{d.k('Bewoner')} {d.main.full} begon klein. "
    else:
        pre = ""
    return pre + f"{d.poss(d.main)} moestuin levert nu elke week groente aan de {d.k(d.org)}."


@shape("sentence")
def handle_thanks(d: Doc) -> str:
    q = d.resident()
    return f"{d.k('Dank')} aan {d.handle(q)} voor de mooie beelden van de {d.k(d.event)}!"


@shape("sentence")
def email_helpers(d: Doc) -> str:
    return f"{d.k('Wie')} wil helpen, kan {d.name(d.main)} mailen via {d.email(d.main)}."


@shape("sentence")
def phone_signup(d: Doc) -> str:
    return f"{d.k('Aanmelden')} kan bij {d.name(d.main)}, {d.phone(d.main)} (liefst na {d.r.randint(17, 19)}.00 uur)."


@shape("sentence")
def address_open_door(d: Doc) -> str:
    day = cap(d.r.choice(V.WEEKDAYS))
    return (
        f"{d.k('Elke')} {d.k(day.lower())} staat de deur open bij {d.name(d.main)}, {d.street()} in de {d.k(d.hood)}."
    )


@shape("sentence")
def address_postcode_box(d: Doc) -> str:
    return (
        f"{d.k('Het')} {d.k('ruilkastje')} staat voor het huis van {d.name(d.main)} ({d.street()}, "
        f"{d.postcode()} {d.k(d.city)})."
    )


@shape("sentence")
def plate_van_moved(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Een')} bestelbus met kenteken {d.plate()} van bewoner {d.full(q)} stond wekenlang op het "
        f"{d.k('Marktplein')}; {d.k(d.dept)} liet hem na overleg verplaatsen."
    )


@shape("sentence")
def plate_found(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Gevonden')} bij de {d.k('Zwaaikom')}: een kentekenplaat {d.plate()}. {d.k('Eigenaar')} "
        f"{d.full(q)} kan hem ophalen bij {d.k(d.building)}."
    )


@shape("sentence")
def bsn_correction(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Let')} op: in een eerdere versie van deze pagina stond per ongeluk het BSN {d.p(bsn(d.r), 'BSN')} "
        f"van {d.full(q)}; die versie is offline gehaald."
    )


@shape("sentence")
def bsn_screenshot(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Op')} de screenshot die {d.full(q)} deelde, was {zijn(q)} burgerservicenummer "
        f"({d.p(bsn(d.r), 'BSN')}) nog leesbaar."
    )


@shape("sentence")
def iban_crowdfund(d: Doc) -> str:
    return (
        f"{d.k('Steunen')} kan via {d.p(iban(d.r), 'IBAN')} t.n.v. {d.ini(d.main)}, onder vermelding van "
        f'"{d.k(d.event)}".'
    )


@shape("sentence")
def iban_refund(d: Doc) -> str:
    return f"{d.name(d.main)} kreeg het voorgeschoten bedrag van € {d.amount()} terug op {d.p(iban(d.r), 'IBAN')}."


@shape("sentence")
def case_story(d: Doc) -> str:
    return f"{d.k('In')} zaak {d.case()} vroeg {d.name(d.main)} om afstemming over {d.k(d.r.choice(V.TOPICS))}."


@shape("sentence")
def case_cue_solved(d: Doc) -> str:
    return f"{d.k('Het')} verzoek ({d.k('kenmerk')} {d.case()}) werd binnen {d.r.randint(3, 15)} werkdagen opgelost."


@shape("sentence")
def dob_born_on(d: Doc) -> str:
    return f"{d.name(d.main)} werd geboren op {d.dob()} en viert dat met de hele {d.k(d.hood)}."


@shape("sentence")
def dob_bare_parens(d: Doc) -> str:
    q = d.resident()
    return f"{d.full(q)} ({d.dob()}) is de oudste deelnemer van de {d.k(d.event)}."


@shape("sentence")
def dob_geb_grandchild(d: Doc) -> str:
    q = d.resident()
    g = d.relative(q)
    return f"{d.k('Op')} de foto: {d.full(q)}, geb. {d.dob()}, met kleinkind {d.full(g)}."


@shape("sentence")
def dob_cue_form(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Jongerenwerker')} {d.full(q)} noemt de jongste winnaar: {d.full(d.relative(q))}, "
        f"geboortedatum {d.dob(young=True)}."
    )


@shape("sentence")
def family_book(d: Doc) -> str:
    q = d.main
    c = d.relative(q)
    return (
        f"{d.name(q)} en {zijn(q)} {d.k('familielid')} {d.full(c)} schreven samen het boek "
        f'"{d.k(d.r.choice(V.TITLES))}".'
    )


@shape("sentence")
def neighbours_cleanup(d: Doc) -> str:
    a, b = d.resident(), d.resident()
    return f"{d.k('Buren')} {d.full(a)} en {d.full(b)} ruimden samen de {d.k(d.hood)} op tijdens {d.k(d.event)}."


@shape("sentence")
def mediator_helped(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Bemiddelaar')} {d.full(q)} hielp {d.name(d.main)} en {het(d.dept)} {d.k(d.dept)} weer met elkaar in "
        f"gesprek."
    )


@shape("sentence")
def calendar_entry(d: Doc) -> str:
    q = d.resident()
    day = cap(d.r.choice(V.WEEKDAYS))
    return (
        f"{d.k(day)} {d.r.randint(1, 28)} {d.k(d.r.choice(V.MONTHS))}, {d.r.randint(10, 20)}.00 uur – "
        f"{d.k(d.event)} in {d.k(d.building)}. {d.k('Info')}: {d.full(q)}."
    )


@shape("sentence")
def thread_reply(d: Doc) -> str:
    q = d.resident()
    return f"↳ {d.handle(q)}: {d.k('Helemaal')} mee eens! {d.k(cap(d.r.choice(V.WEEKDAYS)))} ben ik er weer bij."


@shape("sentence")
def speaker_note_story(d: Doc) -> str:
    return (
        f"{d.k('Noem')} hier het verhaal van {d.first(d.main)} uit de {d.k(d.hood)}: eerst boos, na één gesprek "
        f"weer in contact met {het(d.dept)} {d.k(d.dept)}."
    )


@shape("sentence")
def infographic_source(d: Doc) -> str:
    q = d.resident()
    return f"{d.k('Bron')}: {d.k(d.org)}, {d.k('Wijkmonitor')} 2026. {d.k('Illustratie')}: {d.full(q)}."


@shape("sentence")
def report_title(d: Doc) -> str:
    q = d.resident()
    return (
        f'{d.k("In")} het rapport "{d.k(d.r.choice(V.TITLES))}" beschrijft onderzoeker {d.full(q)} hoe '
        f"bewoners de {d.k(d.r.choice(V.LAWS))} ervaren."
    )


@shape("sentence")
def film_screening(d: Doc) -> str:
    q = d.resident()
    return (
        f'{d.k("De")} documentaire "{d.k(d.r.choice(V.TITLES))}" van maker {d.full(q)} draait op '
        f"{d.k(d.r.choice(V.WEEKDAYS))} in {d.k(d.building)}."
    )


@shape("sentence")
def brand_bakfiets(d: Doc) -> str:
    return (
        f"{d.k('Met')} een {d.k(d.r.choice(['Gazelle', 'Urban Arrow', 'Babboe']))}-bakfiets bezorgt "
        f"{d.name(d.main)} soep bij buren."
    )


@shape("sentence")
def law_explained(d: Doc) -> str:
    law = d.r.choice(V.LAWS)
    return f"{d.k('Volgens')} de {d.k(law)} moet de gemeente binnen {d.k('acht weken')} beslissen op een aanvraag."


@shape("sentence")
def council_question(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Raadslid')} {d.full(q)} ({d.k(d.r.choice(V.PARTIES))}) stelde vragen over de wachttijden bij het "
        f"{d.k(d.dept)}."
    )


@shape("sentence")
def prize_awarded(d: Doc) -> str:
    return (
        f"{d.k('De')} {d.k(d.r.choice(V.PRIZES))} ging dit jaar naar {d.name(d.main)} voor {zijn(d.main)} "
        f"inzet bij de {d.k(d.org)}."
    )


@shape("sentence")
def volunteer_years(d: Doc) -> str:
    return f"{d.name(d.main)} zet zich al {d.r.randint(3, 30)} jaar in als {d.k('vrijwilliger')} bij {d.k(d.org)}."


@shape("sentence")
def interview_question(d: Doc) -> str:
    return f"{d.k('Vraag')}: {d.k('Wat')} betekent de {d.k(d.hood)} voor jou, {d.first(d.main)}?"


@shape("sentence")
def new_coach_welcome(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Welkom')} aan onze nieuwe {d.k('buurtcoach')} {d.full(q)}, bereikbaar via {d.work_email(q)} "
        f"of {d.phone(q)}."
    )


@shape("sentence")
def farewell(d: Doc) -> str:
    q = d.resident()
    return f"{d.k('Na')} {d.r.randint(8, 40)} jaar neemt {d.k('beheerder')} {d.full(q)} afscheid van {d.k(d.building)}."


@shape("sentence")
def instagram_url(d: Doc) -> str:
    q = d.resident()
    h = d.handle(q, at="")
    return f"{d.k('Meer')} foto's op instagram.com/{h} en op de {d.k('Facebook')}-pagina van {d.k(d.building)}."


@shape("sentence")
def street_only_complaint(d: Doc) -> str:
    return (
        f"{d.k('Bewoners')} van de {d.street(number=False)} klaagden over losliggende tegels; het "
        f"{d.k(d.dept)} heeft ze inmiddels vervangen."
    )


@shape("sentence")
def ordinary_dates(d: Doc) -> str:
    return f"{d.k('De')} {d.k('inloop')} is op {d.date()} van 10.00 tot 12.00 uur in {d.k(d.building)}."


@shape("sentence")
def amounts(d: Doc) -> str:
    return (
        f"{d.k(cap(het(d.programme)))} {d.k(d.programme)} kende dit voorjaar € {d.amount()} toe aan "
        f"{d.r.randint(4, 30)} initiatieven."
    )


@shape("sentence")
def motto_quote(d: Doc) -> str:
    return f'{d.k("Het")} motto "{d.k(d.r.choice(V.PHRASES))}" komt van {d.name(d.main)}.'


@shape("sentence")
def first_name_only(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.first(q)} ({d.r.randint(20, 70)}) uit de {d.k(d.hood)} wil liever niet met {zijn(q)} achternaam "
        f"op de website."
    )


@shape("sentence")
def school_mural(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Kinderen')} van {d.k(d.r.choice(V.SCHOOLS))} maakten een muurschildering onder leiding van "
        f"kunstenaar {d.full(q)}."
    )


@shape("sentence")
def poll_result(d: Doc) -> str:
    return (
        f"{d.k('Uit')} de {d.k('buurtpeiling')} blijkt dat {d.r.randint(40, 90)} procent van de bewoners de "
        f"{d.k(d.hood)} een fijne wijk vindt."
    )


@shape("sentence")
def correction_spelling(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Correctie')}: in de vorige nieuwsbrief stond de naam van {d.full(q)} verkeerd gespeld als "
        f'"{d.misspelled(q)}".'
    )


@shape("sentence")
def file_download(d: Doc) -> str:
    fn = d.filename(d.main, d.r.choice(["interview", "portret", "verhaal"]), d.r.choice(["pdf", "jpg", "docx"]))
    return f"{d.k('Download')} het volledige verhaal ({fn}) via de {d.k('Mediatheek')}."


@shape("sentence")
def council_blog_first_person(d: Doc) -> str:
    return (
        f"{d.k('Vorige')} week sprak ik met {d.name(d.main)}, die al maanden wacht op een antwoord van het "
        f"{d.k(d.dept)}."
    )


@shape("sentence")
def faq_answer_generic(d: Doc) -> str:
    area = V.AREA[d.city][1:]
    return (
        f"{d.k('Antwoord')}: {d.k('Neem')} contact op met {het(d.dept)} {d.k(d.dept)} via "
        f"{d.k(f'info@{d.city.lower()}.nl')} of bel {d.k(f'14 0{area}')}."
    )


@shape("sentence")
def faq_question(d: Doc) -> str:
    return (
        f"{d.k('Vraag')}: {d.k('Kan')} ik ook meedoen aan {het(d.programme)} {d.k(d.programme)} "
        f"als ik in {d.k(d.city)} werk?"
    )


@shape("sentence")
def caption_left_right(d: Doc) -> str:
    a = d.resident()
    return f"{d.k('Op')} de foto: {d.name(d.main)} ({d.k('links')}) en {d.full(a)} bij de opening."


@shape("sentence")
def lowercase_informal(d: Doc) -> str:
    q = d.resident()
    low = d.p(q.first.lower(), "PERSON")
    return f"{d.k('Shoutout')} naar {low} die elke {d.k(d.r.choice(V.WEEKDAYS))} de koffie zet!!"


@shape("sentence")
def podcast_guest(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Te')} gast in aflevering {d.r.randint(2, 60)}: {d.full(q)}, "
        f"{d.k(d.r.choice(V.FUNCS))} in de {d.k(d.hood)}."
    )


@shape("sentence")
def committee_list(d: Doc) -> str:
    a, b = d.resident(), d.resident()
    return (
        f"{d.k('Het')} bestuur van de {d.k('Bewonersvereniging')} bestaat uit {d.full(a)} ({d.k('voorzitter')}) "
        f"en {d.ini(b)} ({d.k('penningmeester')})."
    )


@shape("sentence")
def brand_app(d: Doc) -> str:
    return (
        f"{d.k('Via')} de {d.k(d.r.choice(['WhatsApp', 'Signal', 'Telegram']))}-groep van de straat houdt "
        f"{d.name(d.main)} iedereen op de hoogte."
    )


@shape("sentence")
def month_plan(d: Doc) -> str:
    m = d.r.choice(V.MONTHS)
    return (
        f"{d.k('In')} {d.k(m)} start de tweede ronde van {het(d.programme)} {d.k(d.programme)}; "
        f"aanvragen kan tot 1 {d.k(m)}."
    )


@shape("sentence")
def neighbour_address_cake(d: Doc) -> str:
    q = d.resident()
    return f"{d.k('Taart')} ophalen? {d.k('Die')} staat klaar bij {d.full(q)} op {d.street()} ({d.postcode()})."


@shape("sentence")
def jubilee_age(d: Doc) -> str:
    q = d.resident()
    return f"{d.k('Honderd')} jaar werd {d.full(q)} op {d.dob()}; de {d.k('burgemeester')} kwam met bloemen."


@shape("sentence")
def team_member_dept(d: Doc) -> str:
    q = d.resident()
    return (
        f"{d.k('Namens')} {het(d.dept)} {d.k(d.dept)} was {d.k(d.r.choice(V.FUNCS))} {d.full(q)} aanwezig; {d.sur(q)} "
        f"nam de vragen mee."
    )


@shape("sentence")
def parking_case(d: Doc) -> str:
    return (
        f"{d.k('Een')} bezoeker van {d.name(d.main)} kreeg een naheffing voor auto {d.plate()}, terwijl de "
        f"{d.k('bezoekersregeling')} gewoon was betaald."
    )


@shape("line")
def known_ordinary(d: Doc) -> str:
    return d.k(d.known_word[2])


# --------------------------------------------------------------------------------------------- document kinds


@shape("doc")
def news_item(d: Doc) -> list[str]:
    return [d.line(heading_title_case), d.line(dateline)] + d.body(4) + [d.line(generic_contact)]


@shape("doc")
def press_release(d: Doc) -> list[str]:
    q = d.resident()
    head = [d.k("PERSBERICHT"), d.line(heading_sentence_case)]
    note = (
        f"{d.k('Noot')} voor de redactie: voor vragen kunt u contact opnemen met {d.k('woordvoerder')} "
        f"{d.full(q)}, {d.phone(q)}."
    )
    return head + d.body(3) + [note]


@shape("doc")
def centre_newsletter(d: Doc) -> list[str]:
    head = d.k(f"Nieuwsbrief {d.building} – editie {d.r.choice(V.MONTHS)}")
    return [head, d.k("Agenda"), d.line(list_item_agenda), d.k("Even voorstellen")] + d.body(3) + [d.line(signature)]


@shape("doc")
def fund_newsletter(d: Doc) -> list[str]:
    q = d.resident()
    head = d.k("Nieuws van het Burgerfonds")
    granted = f"{d.k('Gehonoreerd')}: {d.k(d.programme)} in de {d.k(d.hood)} (aanvrager: {d.full(q)})"
    return [head, granted] + d.body(3) + [d.line(generic_contact)]


@shape("doc")
def social_post(d: Doc) -> list[str]:
    h = d.handle(d.main)
    d.seen.add(id(d.main))
    lead = d.k(d.r.choice(["Wat een dag!", "Trots op onze buurt.", "Even delen:", "Nieuws uit de straat!"]))
    return [f"{h} · {d.k(d.city)}", lead] + d.body(3) + [d.line(hashtags)]


@shape("doc")
def social_thread(d: Doc) -> list[str]:
    d.full(d.main)
    first = f"1/3 {d.k('Draadje')} over {d.k(d.event)} in de {d.k(d.hood)}, door {d.main.full}."
    return [first] + d.body(3) + [d.line(thread_reply)]


@shape("doc")
def council_blog(d: Doc) -> list[str]:
    q = d.resident()
    head = f"{d.k('Blog')} | {d.k('Raadslid')} {d.full(q)} ({d.k(d.r.choice(V.PARTIES))})"
    return [head, d.line(council_blog_first_person)] + d.body(3) + [f"{d.k('Groet')}, {d.first(q)}"]


@shape("doc")
def annual_case_story(d: Doc) -> list[str]:
    head = d.k(
        f"Jaarverslag 2026 – Casus {d.r.randint(1, 9)}: "
        + d.r.choice(["Een boete die bleef liggen", "Wachten op een traplift", "De brief die niemand las"])
    )
    return [head, d.line(case_story)] + d.body(3)


@shape("doc")
def event_calendar(d: Doc) -> list[str]:
    head = d.k(f"Uitagenda {d.hood} – {d.r.choice(V.MONTHS)}")
    return [head, d.line(calendar_entry), d.line(list_item_agenda)] + d.body(2) + [d.line(generic_contact)]


@shape("doc")
def interview(d: Doc) -> list[str]:
    return (
        [d.line(caps_banner), d.line(interview_question), d.line(quote_resident_before)]
        + d.body(2)
        + [d.line(photo_credit)]
    )


@shape("doc")
def infographic_captions(d: Doc) -> list[str]:
    head = d.k(f"Infographic: {d.programme} in cijfers")
    return [head, d.line(poll_result), d.line(amounts)] + d.body(2) + [d.line(infographic_source)]


@shape("doc")
def slide_notes(d: Doc) -> list[str]:
    n = d.r.randint(2, 14)
    head = d.k(
        f"Dia {n} – {d.r.choice(['Wat Leren We Ervan', 'Resultaten Per Wijk', 'Het Verhaal Achter De Cijfers'])}"
    )
    return [head, d.k("Notities:"), d.line(speaker_note_story)] + d.body(3)


@shape("doc")
def faq_page(d: Doc) -> list[str]:
    return (
        [d.k("Veelgestelde vragen"), d.line(faq_question), d.line(faq_answer_generic)]
        + d.body(3)
        + [d.line(last_modified)]
    )


@shape("doc")
def photo_gallery(d: Doc) -> list[str]:
    head = d.k(f"Fotoserie: {d.event} {d.r.choice(['2026', 'in beeld', 'terugblik'])}")
    return [head, d.line(caption_left_right)] + d.body(3) + [d.line(photo_credit)]


@shape("doc")
def programme_web_page(d: Doc) -> list[str]:
    return [d.line(breadcrumb), d.line(heading_sentence_case)] + d.body(3) + [d.line(last_modified)]


@shape("doc")
def jubilee_news(d: Doc) -> list[str]:
    head = d.k(d.r.choice(["Honderd jaar en nog altijd nieuwsgierig", "Felicitaties Uit De Buurt"]))
    return [head, d.line(dateline), d.line(jubilee_age)] + d.body(3)


@shape("doc")
def mediator_column(d: Doc) -> list[str]:
    q = d.resident()
    head = d.k("Uit de praktijk van de bemiddelaar")
    end = f"— {d.full(q)}, {d.k('bemiddelaar')} {d.k('Verzoek tot Afstemming')}"
    return [head] + d.body(4) + [end]


@shape("doc")
def podcast_notes(d: Doc) -> list[str]:
    head = d.k(f"Podcast {d.r.choice(['Wijkgeluiden', 'Stadsstemmen', 'Onder De Lantaarn'])} – shownotes")
    return [head, d.line(podcast_guest)] + d.body(3) + [d.line(generic_contact)]


@shape("doc")
def volunteer_of_month(d: Doc) -> list[str]:
    d.full(d.main)
    head = f"{d.k('Vrijwilliger')} van de {d.k('Maand')}: {d.main.full}"
    return [head, d.line(volunteer_years)] + d.body(2) + [d.line(text_image_credit)]


@shape("doc")
def appeal_post(d: Doc) -> list[str]:
    head = d.k(d.r.choice(["Gezocht: eigenaar!", "Oproep aan de buurt", "Wie herkent dit?"]))
    return [head, d.line(plate_found)] + d.body(3) + [d.line(hashtags)]


@shape("doc")
def crowdfunding_appeal(d: Doc) -> list[str]:
    head = d.k(
        f"Actie: {d.r.choice(['Een Nieuwe Jeu-de-boulesbaan', 'Kerstdiner Voor Iedereen', 'Zomerkamp Voor Tieners'])}"
    )
    return [head, d.line(iban_crowdfund)] + d.body(3)


@shape("doc")
def council_letter_plain(d: Doc) -> list[str]:
    head = d.k("Raadsinformatiebrief in gewone taal")
    return [head, d.line(law_explained), d.line(council_question)] + d.body(3)


@shape("doc")
def book_review(d: Doc) -> list[str]:
    q = d.resident()
    title = d.r.choice(V.TITLES)
    head = f'{d.k("Boekbespreking")}: "{d.k(title)}" door {d.full(q)}'
    return [head] + d.body(3) + [d.line(signature)]


@shape("doc")
def survey_results(d: Doc) -> list[str]:
    return [d.k(f"Uitslag Buurtpeiling {d.hood}"), d.line(poll_result)] + d.body(3) + [d.line(generic_contact)]


# --------------------------------------------------------------------------------------------- known names

KNOWN_WORDS = [
    ("Visser", "sur", "Op de kade stond een visser met een emmer vol spiering."),
    ("Bakker", "sur", "De bakker op de hoek schonk krentenbollen."),
    ("Kuiper", "sur", "Een kuiper liet zien hoe je een eiken vat maakt."),
    ("Koster", "sur", "De koster van de Grote Kerk opende de toren voor bezoekers."),
    ("Schipper", "sur", "De schipper van het voetveer voer die dag gratis."),
    ("Brouwer", "sur", "Een brouwer van de stadsbrouwerij schonk alcoholvrij bier."),
    ("Molenaar", "sur", "De molenaar van korenmolen De Hoop gaf rondleidingen."),
    ("Kok", "sur", "Een kok van het buurtrestaurant kookte voor zestig mensen."),
    ("Winter", "sur", "Deze winter gaat het inloopspreekuur gewoon door."),
    ("Storm", "sur", "Na de storm van vorige week lagen er takken op het fietspad."),
    ("Vos", "sur", "Een vos liep 's nachts door de volkstuinen."),
    ("Haas", "sur", "Op het grasveld zat een haas die niemand durfde te storen."),
    ("Vink", "sur", "Tijdens de vogeltelling werd een vink gespot."),
    ("Mol", "sur", "Een mol had het sportveld omgewoeld."),
    ("van den Bos", "sur", "De wandeling ging door het bos achter de school."),
    ("Berg", "sur", "Er lag een berg snoeiafval bij de container."),
    ("van der Beek", "sur", "Kinderen zochten kikkervisjes in de beek."),
    ("Groen", "sur", "Bewoners willen meer groen tussen de flats."),
    ("Post", "sur", "De uitnodiging kwam gewoon met de post."),
    ("de Wit", "sur", "De nieuwe bankjes zijn wit geschilderd."),
    ("Roos", "first", "Elke bezoeker kreeg een roos mee naar huis."),
    ("Merel", "first", "In de heg zong een merel."),
    ("Iris", "first", "Langs de vijver bloeit de gele iris."),
    ("Vogel", "sur", "Er zat een vogel op het dak van de tent."),
    ("Boom", "sur", "Na afloop werd er een boom geplant."),
    ("van der Steen", "sur", "Iedere deelnemer beschilderde een steen."),
    ("Klaver", "sur", "Tussen het gras groeide klaver."),
    ("Smid", "sur", "Een smid maakte ter plekke hoefijzers."),
    ("Koning", "sur", "Verkleed als koning liep een jongetje voorop."),
    ("Hoek", "sur", "Het kraampje stond op de hoek bij de bibliotheek."),
]


def known_key(word: str) -> str:
    return word.split()[-1].lower()


# --------------------------------------------------------------------------------------------- generation and gates


def build(r: random.Random, i: int) -> tuple[dict, list[str]]:
    kw = KNOWN_WORDS[(i // 4) % len(KNOWN_WORDS)] if i % 4 == 1 else None
    d = Doc(r, kw)
    kind = KINDS[i % len(KINDS)] if i < len(KINDS) else r.choice(KINDS)
    d.shapes.append(kind.__name__)
    lines = kind(d)
    if kw:
        q = d.main
        if id(q) not in d.seen:
            lines.insert(
                1, f"{d.k('Met')} {d.full(q)} als gastvrouw." if q.female else f"{d.k('Met')} {d.full(q)} als gastheer."
            )
        d.shapes.append("known_ordinary")
        lines.append(known_ordinary(d))
        lines.append(f"{d.k('Volgens')} {d.sur(q)} is dat precies waar het om draait.")
        d.k(known_key(kw[0]))
    lines = [cap(x) if x.startswith(("meneer ", "mevrouw ")) else x for x in lines]
    text = "\n".join(lines)
    text_words = set(re.findall(r"\w+(?:[.'’&-]\w+)*", text))
    keep = [w for w in d.keep if w in text_words and w not in STOP]
    doc = {"id": f"fresh17b-{i:04d}", "text": text, "pii": d.pii, "keep": keep}
    if kw:
        q = d.main
        known = {"names": [q.full]}
        known.update(d.contact.get(id(q), {}))
        doc["known"] = known
    # keeps that clash with a person's name are dropped here (the gate checks what stays)
    doc["keep"] = [w for w in keep if not _keep_clash(doc, w)]
    return doc, d.shapes


def _name_words(doc: dict) -> set[str]:
    out = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            out |= {w.lower() for w in re.findall(r"\w+", it["text"])}
    return {w for w in out if len(w) > 1 and w not in PARTICLES}


def _known_words(doc: dict) -> set[str]:
    return {w.lower() for n in doc.get("known", {}).get("names", []) for w in re.findall(r"\w+", n)}


def _keep_clash(doc: dict, k: str) -> bool:
    nw, kn = _name_words(doc), _known_words(doc)
    for w in re.findall(r"\w+", k):
        wl = w.lower()
        if len(wl) > 1 and wl not in PARTICLES and wl in nw and not (wl in kn and k == k.lower()):
            return True
    return False


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"BSN {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"IBAN {it['text']}"
    if len(doc["keep"]) < MIN_KEEP:
        return f"only {len(doc['keep'])} keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep {k!r} not a whole word"
        if _keep_clash(doc, k):
            return f"keep {k!r} shares a word with a name"
    i = int(doc["id"].rsplit("-", 1)[1])
    if i % 4 == 1:
        kn = doc.get("known")
        if not kn or not kn.get("names"):
            return "known name missing"
        lower = [k for k in doc["keep"] if k == k.lower() and k in _known_words(doc)]
        if not lower or not re.search(r"(?<!\w)" + re.escape(lower[0]) + r"(?!\w)", text):
            return "no lower-case ordinary use of the known name"
    elif "known" in doc:
        return "known data in a document that should have none"
    return None


def generate() -> tuple[list[dict], Counter, int]:
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            doc, used = build(r, i)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"document {i} keeps failing: {gate(doc)}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = generate()
    data = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh17b_texts.jsonl is up to date" if same else "fresh17b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        kinds = Counter(SHAPES.values())
        used = {s for s in shapes if s in SHAPES}
        print(
            f"shapes registered: {len(SHAPES)} ({kinds['doc']} document kinds, {kinds['line']} line shapes, "
            f"{kinds['sentence']} sentence shapes); used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        keeps = [len(d["keep"]) for d in docs]
        print(f"keep words: {sum(keeps)} (min {min(keeps)} per document)")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
