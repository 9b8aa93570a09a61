"""Blind anonymizer corpus fresh28c: rooms, students, labour migrants and their landlords (helper F28C).

Usage: make_fresh28c.py [--check | --stats]   (run from the project root with PYTHONPATH=.)
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
import names28c as NM  # noqa: E402

_spec = importlib.util.spec_from_file_location("score28c", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SEED = 20262203
N_DOCS = 300
OUT = HERE / "fresh28c_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape id -> template (or doc-kind description)


def reg(prefix: str, templates: list[str]) -> list[tuple[str, str]]:
    out = []
    for i, t in enumerate(templates):
        sid = f"{prefix}:{i:02d}"
        SHAPES[sid] = t
        out.append((sid, t))
    return out


# ---------------------------------------------------------------- identifiers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _mod97(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return len(s) >= 15 and _mod97(s) == 1


def iban(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.7:
        body = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
        cc = "NL"
    elif kind < 0.8:
        cc, body = "PL", "".join(str(r.randint(0, 9)) for _ in range(24))
    elif kind < 0.9:
        cc, body = "RO", r.choice(["BTRL", "RNCB", "BRDE"]) + "".join(str(r.randint(0, 9)) for _ in range(16))
    else:
        cc, body = "BE", "".join(str(r.randint(0, 9)) for _ in range(12))
    chk = 98 - _mod97(cc + "00" + body)
    s = f"{cc}{chk:02d}{body}"
    if r.random() < 0.6:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def phone(r: random.Random, foreign: bool) -> str:
    if foreign and r.random() < 0.6:
        f = r.choice(["pl", "ro", "tr", "bg"])
        if f == "pl":
            return f"+48 {r.choice('5678')}{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if f == "ro":
            return f"+40 7{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if f == "tr":
            return f"+90 5{r.randint(10, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        return f"+359 8{r.randint(7, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    d = str(r.randint(1, 5)) + d[1:]
    style = r.randrange(6)
    if style == 0:
        return f"06-{d}"
    if style == 1:
        return f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if style == 2:
        return f"+31 6 {d[:4]} {d[4:]}"
    if style == 3:
        return f"+31 (0)6 {d}"
    if style == 4:
        return f"0031 6 {d[:2]} {d[2:5]} {d[5:]}"
    return f"06{d}"


def plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    n = lambda k: "".join(str(r.randint(1, 9)) for _ in range(k))
    return r.choice(
        [
            f"{a(2)}-{n(3)}-{a(1)}",
            f"{n(2)}-{a(3)}-{n(1)}",
            f"{n(1)}-{a(3)}-{n(2)}",
            f"{a(3)}-{n(2)}-{a(1)}",
            f"{a(1)}-{n(3)}-{a(2)}",
            f"{a(2)}-{a(2)}-{n(2)}",
        ]
    )


def case_number(r: random.Random) -> str:
    y = r.choice([24, 25, 26])
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"KVV-{y}-{d(5)}",
            f"OZV/20{y}/{d(4)}",
            f"WGV.20{y}.{d(4)}",
            f"MGV-{d(5)}-{r.choice('ABCDK')}",
            f"Z20{y}-{d(6)}",
            f"HC/{y}/{d(5)}",
            f"AO 20{y}-{d(4)}",
            f"TH{y}.{d(4)}.{d(2)}",
            f"BWT/{d(4)}/{y}",
            f"VTH-20{y}-KV{d(4)}",
            f"HVV {d(3)}-{d(3)}/{y}",
            f"BO{y}K{d(5)}",
        ]
    )


def postcode(r: random.Random) -> str:
    while True:
        lt = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if lt not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return f"{n} {lt}" if r.random() < 0.75 else f"{n}{lt}"


def date_text(r: random.Random, y: int, m: int, d: int, dob: bool) -> str:
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {NM.MONTHS[m - 1]} {y}",
        f"{d} {NM.MON_ABBR[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
    ]
    if dob:
        styles.append(f"{d}-{m}-'{y % 100:02d}")
    return r.choice(styles)


ASCII = str.maketrans(
    {
        "ı": "i",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ö": "o",
        "ü": "u",
        "Ö": "o",
        "Ç": "c",
        "Ş": "s",
        "ł": "l",
        "Ł": "l",
        "ą": "a",
        "ę": "e",
        "ś": "s",
        "ń": "n",
        "ż": "z",
        "ź": "z",
        "ó": "o",
        "ć": "c",
        "ț": "t",
        "ș": "s",
        "ă": "a",
        "â": "a",
        "á": "a",
        "é": "e",
        "í": "i",
        "ú": "u",
        "ē": "e",
        "ā": "a",
        "ī": "i",
        "ū": "u",
        "ņ": "n",
        "š": "s",
        "ž": "z",
        "č": "c",
        "ė": "e",
        "Ž": "z",
        "ã": "a",
        "ê": "e",
        "ò": "o",
        "Š": "s",
        "ŝ": "s",
        "'": "",
        " ": "",
        "-": "",
    }
)


def asc(s: str) -> str:
    return s.lower().translate(ASCII)


# ---------------------------------------------------------------- persons


class Person:
    def __init__(self, r: random.Random, group: str, gender: str, first: str, particle: str, root: str):
        self.r, self.group, self.g = r, group, gender
        self.first, self.particle, self.root = first, particle, root
        self._email = self._bsn = self._iban = self._phone = None
        self.resident = False
        self.dob = (r.randint(1958, 2006), r.randint(1, 12), r.randint(1, 28))

    @property
    def surname(self):
        return f"{self.particle}{self.root}"

    def attr(self, a: str, b: Builder) -> str:
        r = self.r
        if a == "full":
            return b.pii(f"{self.first} {self.surname}", "PERSON")
        if a == "first":
            return b.pii(self.first, "PERSON")
        if a == "firstlow":
            return b.pii(self.first.lower(), "PERSON")
        if a == "last":
            return b.pii(self.surname[0].upper() + self.surname[1:], "PERSON")
        if a == "upper":
            return b.pii(self.surname.upper(), "PERSON")
        if a == "init":
            return b.pii(f"{self.first[0]}. {self.surname}", "PERSON")
        if a == "poss":
            f = self.first
            p = f + "'" if f[-1] in "sxz" else f + "'s" if f[-1] in "aeiouy" else f + "s"
            return b.pii(p, "PERSON")
        if a == "handle":
            return "@" + b.pii(asc(self.first) + "." + asc(self.root)[:4] + str(self.dob[0] % 100), "PERSON")
        if a == "file":
            return b.pii(asc(self.root), "PERSON")
        if a == "email":
            if not self._email:
                f, s = asc(self.first), asc(self.surname)
                loc = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}{s}{r.randint(1, 99)}", f"{f}_{s}"])
                dom = r.choice(
                    [
                        "gmail.com",
                        "hotmail.com",
                        "outlook.com",
                        "live.nl",
                        "ziggo.nl",
                        "kpnmail.nl",
                        "yahoo.com",
                        "icloud.com",
                        "proton.me",
                    ]
                    + (["wp.pl", "o2.pl"] if self.group == "pools" else [])
                )
                self._email = f"{loc}@{dom}"
            return b.pii(self._email, "EMAIL")
        if a == "phone":
            if not self._phone:
                self._phone = phone(r, self.resident and self.group in ("pools", "roemeens", "bulgaars", "turks"))
            return b.pii(self._phone, "PHONE")
        if a == "dob":
            return b.pii(date_text(r, *self.dob, dob=True), "DATE_OF_BIRTH")
        if a == "bsn":
            if not self._bsn:
                self._bsn = bsn(r)
            s = self._bsn
            s = r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
            return b.pii(s, "BSN")
        if a == "iban":
            if not self._iban:
                self._iban = iban(r)
            return b.pii(self._iban, "IBAN")
        if a == "title":
            return "mevrouw" if self.g == "f" else "de heer"
        if a == "Title":
            return "Mevrouw" if self.g == "f" else "De heer"
        if a == "dhr":
            return r.choice(["mevr.", "mw."]) if self.g == "f" else "dhr."
        if a == "zij":
            return "zij" if self.g == "f" else "hij"
        if a == "Zij":
            return "Zij" if self.g == "f" else "Hij"
        if a == "haar":
            return "haar" if self.g == "f" else "zijn"
        raise KeyError(a)


def make_person(r: random.Random, group: str | None = None, gender: str | None = None, surname=None) -> Person:
    group = group or r.choice(sorted(NM.GROUPS))
    gender = gender or r.choice("mf")
    males, females, prefixes, roots, suffixes = NM.GROUPS[group]
    first = r.choice(males if gender == "m" else females)
    if surname:
        particle, root = surname
    else:
        pre = r.choice(prefixes)
        if pre and not pre.endswith((" ", "-")) and group != "nederlands":
            pre = pre + "\0"
        suf = r.choice(suffixes)
        if isinstance(suf, tuple):
            suf = suf[0] if gender == "m" else suf[1]
        root_ = r.choice(roots) + suf
        if group == "nederlands":
            particle, root = pre, root_
        else:
            if pre.endswith("\0"):
                pre, root_ = pre[:-1], root_[0].lower() + root_[1:]
            particle, root = "", pre + root_
    return Person(r, group, gender, first, particle, root)


# ---------------------------------------------------------------- builder


class Builder:
    def __init__(self, r: random.Random):
        self.r = r
        self.items: list[tuple[str, str]] = []
        self.keeps: list[str] = []
        self.shapes: list[str] = []
        self.residents: list[Person] = []
        self.roles: dict[str, Person] = {}
        self.family: dict[int, Person] = {}
        self.city, self.c14, self.cdom = r.choice(NM.CITIES)
        self.street = r.choice(NM.STREET_ROOTS) + r.choice(NM.STREET_SUFFIXES)
        self.nr = f"{r.randint(2, 180)}{r.choice(['', '', 'a', 'A', 'B', '-2', '-3', '-bis', '-1'])}"
        self.nr = self.nr.replace("-bis", "bis")
        self.pc = postcode(r)
        self.case = case_number(r)
        self.case2 = case_number(r)
        self.plate = plate(r)
        self.known: Person | None = None
        self.room: int | None = None

    def pii(self, text: str, label: str) -> str:
        if (text, label) not in self.items:
            self.items.append((text, label))
        return text

    def keep(self, w: str) -> str:
        if w not in self.keeps:
            self.keeps.append(w)
        return w

    def person(self, role: str) -> Person:
        r = self.r
        if role == "F":
            base = self.roles["R"]
            if id(base) not in self.family:
                p = make_person(r, base.group, surname=(base.particle, base.root))
                tries = 0
                while p.first == base.first and tries < 10:
                    p = make_person(r, base.group, surname=(base.particle, base.root))
                    tries += 1
                self.family[id(base)] = p
            return self.family[id(base)]
        if role not in self.roles:
            self.roles[role] = make_person(r)
        return self.roles[role]

    def val(self, m: re.Match) -> str:
        key, attr = m.group(1), m.group(2)
        r = self.r
        if attr:
            return self.person(key).attr(attr, self)
        if key == "ADDR":
            return self.pii(f"{self.street} {self.nr}", "ADDRESS")
        if key == "STREET":
            return self.pii(self.street, "ADDRESS")
        if key == "PC":
            return self.pii(self.pc, "POSTCODE")
        if key == "CITY":
            return self.city
        if key == "CASE":
            return self.pii(self.case, "CASE_NUMBER")
        if key == "CASE2":
            return self.pii(self.case2, "CASE_NUMBER")
        if key == "PLATE":
            return self.pii(self.plate, "LICENSE_PLATE")
        if key == "NADDR":
            base = int(re.match(r"[0-9]+", self.nr).group())
            return self.pii(f"{self.street} {base + r.choice([1, 2, -1])}", "ADDRESS")
        if key == "OADDR":
            st = r.choice(NM.STREET_ROOTS) + r.choice(NM.STREET_SUFFIXES)
            return self.pii(f"{st} {r.randint(1, 220)}", "ADDRESS")
        if key == "DATE":
            return date_text(r, r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), dob=False)
        if key == "AMT":
            return r.choice(
                [
                    f"€ {r.randint(35, 140) * 5}",
                    f"€{r.randint(35, 140) * 5},-",
                    f"€ {r.randint(4, 9)}{r.choice('05')}0,00",
                ]
            )
        if key == "ROOM":
            return str(self.room) if self.room else str(r.randint(1, 9))
        if key == "NUM":
            return str(r.randint(5, 14))
        if key == "TIME":
            return f"{r.randint(7, 23):02d}:{r.randint(0, 59):02d}"
        if key == "C14":
            return self.c14
        if key == "CMAIL":
            return r.choice(["info", "meldpunt", "vergunningen", "wonen"]) + "@" + self.cdom
        raise KeyError(key)

    def render(self, t: str) -> str:
        s = re.sub(r"\{(\w+)(?:\.(\w+))?\}", self.val, t)

        def k(m):
            return self.keep(m.group(1))

        return re.sub(r"\[\[(.+?)\]\]", k, s)

    def use(self, shape: tuple[str, str], resident: Person | None = None) -> str:
        sid, t = shape
        self.shapes.append(sid)
        res = self.residents
        if resident is not None:
            self.roles["R"] = resident
        elif res:
            self.roles["R"] = self.r.choice(res)
        if len(res) > 1:
            self.roles["S"] = self.r.choice([p for p in res if p is not self.roles["R"]])
        elif "S" not in self.roles:
            self.roles["S"] = make_person(self.r)
        return self.render(t)


# ---------------------------------------------------------------- shapes

ROOM_LINES = reg(
    "room",
    [
        "[[Kamer]] {ROOM}: {R.full}, geb. {R.dob}, ingeschreven sinds [[{DATE}]]",
        "kamer {ROOM} — {R.upper}, {R.first} ({R.dob})",
        "{ROOM}. {R.full} — BSN {R.bsn} — [[matras]] op de vloer",
        "Kamer {ROOM} ({NUM} m²): {R.full} en {S.full}; [[rookmelder]] ontbreekt",
        "kamer {ROOM}: {R.init}, [[nationaliteit]] niet gevraagd, geboren op {R.dob}",
        "- k{ROOM} | {R.full} | {R.dob} | tel. {R.phone}",
        "Kamer {ROOM} (zolder): {R.full}, werkt via het [[uitzendbureau]] in de [[kassen]]",
        "Kamer {ROOM}: niemand aanwezig, wel [[bed]] en koffer van {R.full}",
        "Kamer {ROOM}: {R.full} (huurder) met [[partner]] {F.full}",
        "Kamer {ROOM} — bewoner {R.full}, [[huurprijs]] {AMT} per maand, geen [[contract]] getoond",
        "Kamer {ROOM}: {R.full}; [[legitimatie]] gezien, geboortedatum {R.dob}",
        "Kamer {ROOM}: {R.full}, [[student]] aan de [[Hogeschool]], * {R.dob}",
        "Kamer {ROOM}: {R.last}, {R.first} — [[brandblusser]] verlopen",
        "Kamer {ROOM}: {R.full}, e-mail {R.email}, [[slot]] op de deur",
        "kamer {ROOM}: {R.full} en [[familielid]] {F.first} ({F.dob})",
        "Kamer {ROOM} (souterrain): {R.full}; [[vluchtweg]] geblokkeerd door fietsen",
        "Kamer {ROOM}: volgens de [[verhuurder]] alleen '{R.first}', achternaam niet opgegeven",
        "Kamer {ROOM}: {R.full}, huur per [[pin]] of naar {R.iban}",
        "Kamer {ROOM}: {R.full} — staat niet in de [[BRP]] op dit adres",
        "Kamer {ROOM} | {R.full} | sinds [[{DATE}]] | borg betaald: {AMT}",
    ],
)

CHAT_LINES = reg(
    "chat",
    [
        "[{TIME}] {R.first}: wie heeft de [[vuilniszakken]] weer in de gang gezet?? @{S.first}",
        "[{TIME}] {R.first}: {L.first} komt morgen om 10 uur voor de [[inspectie]], ruim je spullen op",
        "[{TIME}] {R.first}: {S.firstlow} je moet nog {AMT} betalen voor de [[energierekening]]",
        "[{TIME}] {R.first}: mijn [[borg]] is nog steeds niet terug, iemand anders ook niet? {R.handle}",
        "[{TIME}] {R.first}: er staat een man van de [[gemeente]] voor de deur, doet iemand open?",
        "[{TIME}] {R.first}: ik heb de [[Huurcommissie]] gebeld, zaak {CASE} loopt nu",
        "[{TIME}] {R.first}: nieuwe jongen op kamer {ROOM} heet {S.full}, zeg even hoi",
        "[{TIME}] {R.first}: {S.poss} fiets staat weer voor de [[nooduitgang]]",
        "[{TIME}] {R.first}: de [[wasmachine]] is stuk, ik heb {L.first} al 3x geappt op {L.phone}",
        "[{TIME}] {R.first}: bus van het uitzendbureau ({PLATE}) staat weer op de stoep, [[handhaving]] was hier",
        "[{TIME}] {R.first}: vergeet niet: [[dinsdag]] komt de [[brandweer]] kijken",
    ],
)

SENTENCES = reg(
    "sent",
    [
        "Bij de [[controle]] op [[{DATE}]] bleken in het pand {NUM} personen te verblijven terwijl de [[vergunning]] voor vier kamers geldt.",
        "Volgens {R.title} {R.last} betaalt iedere bewoner {AMT} per maand, contant aan de [[beheerder]].",
        "{R.full} ({R.dob}) verklaarde sinds [[{DATE}]] in het pand te wonen.",
        "De [[rookmelders]] op de overloop waren losgekoppeld; {S.full} gaf aan dat ze 's nachts afgingen.",
        "Op het adres staan volgens de [[Basisregistratie]] Personen meer mensen ingeschreven dan er wonen, onder wie {R.full} en {S.full}.",
        "{R.Zij} heeft de [[borg]] van {AMT} overgemaakt van rekening {R.iban}, maar kreeg bij vertrek niets terug.",
        "De [[verhuurder]], {L.full}, heeft geen [[registratie]] onder de [[Wet]] goed verhuurderschap.",
        "Contact met de [[bemiddelaar]] verliep via {I.full} ({I.phone}), die ook de sleutels beheert.",
        "Wij verzoeken u uiterlijk [[{DATE}]] te reageren onder vermelding van [[zaaknummer]] {CASE}.",
        "{R.poss} broer {F.full} logeert volgens de [[toezichthouder]] al maanden op de bank in de woonkamer.",
        "Het [[omzettingsvergunning]]-dossier {CASE2} bevat geen [[plattegrond]] van de tweede verdieping.",
        "[[Buurtbewoner]] {N.full} van {NADDR} meldde [[geluidsoverlast]] en afval naast de [[container]].",
        "De [[bewoners]] hebben geen schriftelijk [[huurcontract]]; {R.first} liet alleen een app-bericht van de eigenaar zien.",
        "Huurder {R.full}, geboren {R.dob}, BSN {R.bsn}, vraagt de [[Huurcommissie]] om een [[uitspraak]] over de servicekosten.",
        "Een busje met kenteken {PLATE} brengt elke ochtend om zes uur de bewoners naar het werk.",
        "In de [[gedeelde]] keuken ontbrak een [[blusdeken]]; {S.title} {S.last} zei dat die al een jaar weg is.",
        "De [[handhaver]] heeft de eigenaar een [[last]] onder dwangsom aangezegd van {AMT} per week.",
        "Op [[{DATE}]] heeft {O.full} van team [[Wonen]] en [[Toezicht]] het pand bezocht.",
        "Voor vragen kunt u bellen met [[{C14}]] of mailen naar [[{CMAIL}]].",
        "{R.first} en {S.first} delen een kamer van {NUM} m², gescheiden door een [[gordijn]].",
        "De [[huisregels]] verbieden bezoek na 22.00 uur; volgens {R.full} werd dat met boetes van {AMT} gehandhaafd.",
        "Het [[Juridisch]] [[Loket]] heeft {R.title} {R.last} geadviseerd een [[verzoekschrift]] in te dienen.",
        "{R.full} kreeg op [[{DATE}]] een briefje onder de deur dat {R.zij} binnen een week moest vertrekken.",
        "Bij de [[inschrijving]] gaf {R.full} als vorig adres {OADDR} op.",
        "De eigenaar wil de [[kamerverhuurvergunning]] overzetten op naam van een familielid, {L.full}.",
        "De [[bemiddelingskosten]] van {AMT} zijn volgens {R.full} in strijd met de [[wet]].",
        "Zijn telefoonnummer is {R.phone}; {R.zij} spreekt weinig Nederlands, wel [[Engels]].",
        "Ook {F.full}, een familielid van {R.first}, staat op dit adres ingeschreven maar woont er niet.",
        "[[Foto's]] van de schimmel zijn opgeslagen als schimmel-{R.file}-kamer{ROOM}.jpg in het dossier.",
        "De [[brandweer]] adviseert de [[zolderkamer]] niet meer te verhuren zolang er geen tweede [[vluchtweg]] is.",
        "Volgens {L.title} {L.last} zijn alle bewoners 'vrienden van de familie' en is er geen sprake van [[verhuur]].",
        "Aanwezig bij het gesprek: {R.full}, {S.full}, [[tolk]] Pools en {O.full} ([[Vergunningen]]).",
        "{R.Zij} is per e-mail bereikbaar via {R.email}.",
        "De [[huurprijs]] van {AMT} ligt ver boven het maximum volgens het [[puntenstelsel]].",
        "Het pand aan de {STREET} staat bekend als 'het [[arbeidsmigrantenhuis]]'.",
        "Dossier {CASE}: [[overbewoning]], [[brandonveilig]], {NUM} bewoners aangetroffen.",
    ],
)

SIGNOFF = reg(
    "sign",
    [
        "Met vriendelijke groet,\n{O.full}\n[[Toezichthouder]] [[Wonen]], gemeente [[{CITY}]]",
        "{O.init}\n[[Team]] [[Kamerverhuur]] | {O.phone}",
        "Groet, {L.first}\n{L.phone}",
        "Namens de [[huurdersvereniging]],\n{M.full}",
        "Ondertekend: {L.full} ([[verhuurder]]) en {R.full} ([[huurder]])",
        "Gemeente [[{CITY}]] — [[Meldpunt]] [[Goed]] [[Verhuurderschap]] — [[{C14}]]",
    ],
)

KIND_SENT = {
    "inspectie": reg(
        "insp",
        [
            "RAPPORT [[CONTROLE]] [[KAMERVERHUUR]] — {ADDR}, {PC} [[{CITY}]] — [[kenmerk]] {CASE}",
            "[[Aangetroffen]] [[bewoners]] per kamer:",
            "[[Conclusie]]: het pand wordt bewoond door meer huishoudens dan de [[vergunning]] toestaat.",
            "De [[nooduitgang]] aan de achterzijde was afgesloten met een [[hangslot]].",
        ],
    ),
    "contract": reg(
        "contr",
        [
            "[[HUUROVEREENKOMST]] [[ONZELFSTANDIGE]] [[WOONRUIMTE]] — kamer {ROOM}, {ADDR}, {PC} [[{CITY}]]",
            "[[Ondergetekenden]]: {L.full}, hierna '[[verhuurder]]', en {R.full}, geboren {R.dob}, hierna '[[huurder]]'.",
            "[[Artikel]] 4. De [[waarborgsom]] bedraagt {AMT} en wordt gestort op {L.iban}.",
            "[[Artikel]] 7. [[Huurder]] schrijft zich binnen vijf dagen in bij de gemeente en toont daarvan bewijs.",
        ],
    ),
    "mail": reg(
        "mail",
        [
            "Van: {L.email}\nAan: {R.email}\n[[Onderwerp]]: [[eindafrekening]] kamer {ROOM}",
            "Beste {R.first},\n[[Je]] [[borg]] van {AMT} houd ik in voor de schoonmaak en de kapotte deur.",
            "Ik heb gezien dat je een [[klacht]] hebt ingediend bij het meldpunt ({CASE}). Dat vind ik jammer.",
            "[[Bijlage]]: borgbewijs-{R.file}.pdf",
        ],
    ),
    "deur": reg(
        "door",
        [
            "[[AAN]] [[ALLE]] [[BEWONERS]] {ADDR}",
            "[[Maandag]] [[{DATE}]] komt de gemeente. Wie niet ingeschreven staat moet die dag [[weg]] zijn. — {L.first}",
            "{R.upper} kamer {ROOM}: [[huurachterstand]] {AMT}. [[Betalen]] voor vrijdag!",
            "[[Fietsen]] in de gang worden verwijderd. [[Vragen]]? App {L.phone}",
        ],
    ),
    "meldpunt": reg(
        "meld",
        [
            "[[Melding]] {CASE} — [[Meldpunt]] [[Goed]] [[Verhuurderschap]] [[{CITY}]]",
            "[[Adres]] [[woning]]: {ADDR}, {PC}\n[[Naam]] [[melder]]: {R.full}\n[[Telefoon]]: {R.phone}",
            "[[Omschrijving]]: de verhuurder {L.full} vraagt {AMT} [[sleutelgeld]] en dreigt met [[ontruiming]].",
            "[[Melder]] wil [[anoniem]] blijven tegenover de verhuurder.",
        ],
    ),
    "bemiddeling": reg(
        "bem",
        [
            "[[Verslag]] [[bemiddelingsgesprek]] [[{DATE}]] — [[Buurtbemiddeling]] [[{CITY}]]",
            "[[Bemiddelaar]]: {M.full}. [[Partijen]]: {R.full} (kamer {ROOM}) en {L.full} ([[eigenaar]]).",
            "{M.first} vatte samen: {R.first} wil de [[borg]] terug, {L.last} wil eerst de sleutels.",
            "[[Afspraak]]: {L.first} maakt het bedrag uiterlijk [[{DATE}]] over naar {R.iban}.",
        ],
    ),
    "bond": reg(
        "bond",
        [
            "[[Huurteam]] [[{CITY}]] | [[Studentenhuisvesting]]\n[[Betreft]]: {ADDR}, {PC}",
            "Geachte {L.title} {L.last},\nNamens onze leden {R.full} en {S.full} maken wij [[bezwaar]] tegen de [[huurverhoging]].",
            "Wij wijzen u op artikel 7:248 van het [[Burgerlijk]] [[Wetboek]] en op de [[Wet]] betaalbare huur.",
            "[[Kopie]] aan: [[Huurcommissie]], {O.full} ([[gemeente]])",
        ],
    ),
    "huurcommissie": reg(
        "hc",
        [
            "[[Uitspraak]] van de [[Huurcommissie]] in [[zaak]] {CASE}",
            "[[Verzoeker]]: {R.full}, wonende {ADDR} te [[{CITY}]]. [[Verweerder]]: {L.full}.",
            "De [[zitting]] vond plaats op [[{DATE}]]; verweerder was niet aanwezig.",
            "De commissie stelt de huurprijs vast op {AMT} per maand met ingang van [[{DATE}]].",
        ],
    ),
    "besluit": reg(
        "bes",
        [
            "[[Besluit]] op uw [[aanvraag]] [[omzettingsvergunning]] {CASE}",
            "Geachte {R.title} {R.last},\nU vroeg op [[{DATE}]] een vergunning aan voor {ADDR}, {PC}.",
            "Wij [[weigeren]] de vergunning omdat het [[quotum]] voor kamerverhuur in deze straat is bereikt.",
            "[[Bezwaar]] maken kan binnen zes weken; vermeld dan {CASE}.",
        ],
    ),
    "brp": reg(
        "brp",
        [
            "[[Adresonderzoek]] [[BRP]] {CASE} — {ADDR}, {PC}",
            "[[Ingeschreven]]: {R.full} ({R.dob}), {S.full} ({S.dob}) en nog {NUM} anderen.",
            "[[Bevinding]]: {S.first} woont volgens eigen zeggen sinds [[{DATE}]] in [[Polen]].",
            "[[Voornemen]]: uitschrijving van {S.init} naar '[[onbekend]] [[verblijf]]'.",
        ],
    ),
    "bemiddelaar": reg(
        "int",
        [
            "[[WhatsApp]] van {I.full} ([[Huisvesting]] [[Flexwerk]]):",
            "Hallo {R.first}, vanaf [[{DATE}]] ga je naar {ADDR}. Huur {AMT} per week gaat van je [[loon]] af.",
            "Stuur me een foto van je paspoort en je BSN. Ik heb nu: {R.bsn}?",
            "[[Sleutel]] ligt bij {S.first} op kamer {ROOM}.",
        ],
    ),
    "chat": reg(
        "chatkind",
        [
            "[[Groepsapp]] '{STREET} [[huisgenoten]]'",
        ],
    ),
}

KNOWN_SHAPES = reg(
    "known",
    [
        "{K.full} (kamer {ROOM}) heeft de [[melding]] mede ondertekend. {WORD} {K.Title} {K.last} vraagt om een [[reactie]].",
        "Ook {K.full} woont hier. {WORD} Volgens {K.last} wist de verhuurder daarvan.",
        "{K.full} vertelde het volgende. {WORD} {K.Zij} wil dat de [[gemeente]] ingrijpt; {K.last} heeft foto's.",
    ],
)

ALL_KINDS = sorted(KIND_SENT)
for _k in ALL_KINDS:
    SHAPES[f"kind:{_k}"] = _k


# ---------------------------------------------------------------- documents


def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    b = Builder(r)
    kind = ALL_KINDS[i % len(ALL_KINDS)] if r.random() < 0.5 else r.choice(ALL_KINDS)
    b.shapes.append(f"kind:{kind}")
    n_res = r.randint(3, 7)
    b.residents = [make_person(r) for _ in range(n_res)]
    for p in b.residents:
        p.resident = True
    if i % 4 == 1:
        particle, word, sent = r.choice(NM.KNOWN)
        kp = make_person(r, "nederlands", surname=(particle, word))
        b.known = kp
        b.residents.insert(r.randrange(len(b.residents) + 1), kp)
        b.roles["K"] = kp
    lines: list[str] = []
    ks = KIND_SENT[kind]
    main = b.residents[0]
    lines.append(b.use(ks[0], resident=main))
    if kind == "chat":
        for _ in range(r.randint(6, 10)):
            lines.append(b.use(r.choice(CHAT_LINES)))
    else:
        for s in ks[1:]:
            if r.random() < 0.8:
                lines.append(b.use(s, resident=main))
        if kind in ("inspectie", "brp", "meldpunt", "bond") or r.random() < 0.4:
            rooms = r.sample(range(1, 10), len(b.residents))
            for p, room in zip(b.residents, sorted(rooms)):
                b.room = room
                lines.append(b.use(r.choice(ROOM_LINES), resident=p))
            b.room = None
        for s in r.sample(SENTENCES, r.randint(3, 6)):
            lines.append(b.use(s))
    if b.known is not None:
        particle, word, sent = next(k for k in NM.KNOWN if k[1] == b.known.root)
        sid, t = r.choice(KNOWN_SHAPES)
        b.shapes.append(sid)
        b.roles["R"] = b.known
        lines.append(b.render(t.replace("{WORD}", sent)))
        b.known_word = word.lower()
    lines.append(b.use(r.choice(SIGNOFF)))
    text = "\n".join(lines)
    doc = {
        "id": f"fresh28c-{i:04d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in b.items],
        "keep": [k for k in b.keeps],
    }
    if b.known is not None:
        kp = b.known
        known = {"names": [f"{kp.first} {kp.surname}"]}
        if kp._email and kp._email in text:
            known["emails"] = [kp._email]
        if kp._phone and kp._phone in text:
            known["phones"] = [kp._phone]
        doc["known"] = known
        doc["_kw"] = b.known_word
    return doc, b.shapes


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLES}


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
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    kw = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            kw |= _words(n)
    for k in doc["keep"]:
        clash = _words(k) & names
        if clash and not (k == k.lower() and clash <= kw):
            return f"keep {k!r} shares {clash} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keeps"
    if "known" in doc:
        kwd = [w for w in kw if w in {k for k in doc["keep"]}]
        if not kwd:
            return "known word not in keep"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc, used = build(i, random.Random(seed))
            doc.pop("_kw", None)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(doc)}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh28c_texts.jsonl is up to date" if same else "fresh28c_texts.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(shapes)}")
        kinds = Counter(s.split(":")[0] for s in SHAPES)
        print("  by family: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        groups = len(NM.GROUPS)
        print(f"origin groups: {groups}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
