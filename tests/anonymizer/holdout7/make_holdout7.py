#!/usr/bin/env python3
"""Generate holdout7, the held-out anonymizer corpus of round seven (seed 3122026).

Usage: make_holdout7.py            write the four .jsonl files next to this script
       make_holdout7.py --check    verify that the committed files equal what the generator makes
       make_holdout7.py --audit    also run the 5-gram and name audit against ../shared/data (if present)

Templates hold placeholders ``{kind}`` or ``{kind:n}`` (n = person number within the template; a capital first
letter capitalises the output) and keep words as ``[[word]]``. Every filled document is self-checked with the
scorer's own leak test (tests/anonymizer/corpora/score.py): each pii string occurs, with all pii blanked nothing
leaks and every keep word survives; a keep word is never a name part of a person in the same document (except
in the known file, where that is the point).
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpora"))

from pools import (  # noqa: E402
    AREA,
    DAYS,
    DEPTS,
    EMAIL_DOMAINS,
    LAWS,
    MONTHS,
    MUNI_BOXES,
    NAMES,
    NEUTER_STREETS,
    ORGS,
    ORIGIN_WEIGHTS,
    PLACES,
    ROLES,
    STREETS,
    TOPICS,
    TOWNS,
)
from score import leaked  # noqa: E402

from templates import DEV2, DEVSTYLE, KNOWN_PERSON, KNOWN_WORDS, STRUCTURED  # noqa: E402

SEED = 3122026
FILES = {
    "holdout7_dev2style.jsonl": 400,
    "holdout7_devstyle.jsonl": 200,
    "holdout7_known.jsonl": 150,
    "holdout7_structured.jsonl": 200,
}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
]
NL_BANKS = "ABNA RABO INGB SNSB ASNB TRIO KNAB BUNQ RBRB FVLB".split()


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


POOL = {o: (_split(m), _split(f), _split(s)) for o, (m, f, s) in NAMES.items()}


# ---------------------------------------------------------------- identifiers
def bsn(r: random.Random) -> str:
    """A nine-digit number that passes the eleven-test."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    kind = r.choices(["NL", "BE", "DE"], [8, 2, 1])[0]
    if kind == "NL":
        bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif kind == "BE":
        first = r.randint(10**9, 10**10 - 1)
        chk = first % 97 or 97
        bban = f"{first}{chk:02d}"
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
    raw = kind + _iban_check(kind, bban) + bban
    if r.random() < 0.55:
        raw = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def plate(r: random.Random) -> str:
    code = r.choice(SIDECODES)
    out = "".join(r.choice(PLATE_LETTERS) if c == "X" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    if r.random() < 0.1:
        out = out.replace("-", "")
    return out


def postcode(r: random.Random) -> str:
    n = r.randint(1000, 9999)
    while True:
        lt = r.choice(PLATE_LETTERS + "ACEMWY") + r.choice(PLATE_LETTERS + "AEMWY")
        if lt not in ("SA", "SD", "SS"):
            break
    form = r.choices(["{} {}", "{}{}", "{}{}l", "{}-{}"], [5, 3, 1, 1])[0]
    if form.endswith("l"):
        return f"{n}{lt.lower()}"
    return form.format(n, lt)


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def mobile(r: random.Random) -> str:
    d = digits(r, 8)
    forms = [
        f"06-{d}",
        f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
        f"(06) {d[:4]} {d[4:]}",
        f"+31 6 {d}",
        f"+31(0)6-{d}",
        f"0031 6 {d[:4]} {d[4:]}",
        f"06{d}",
        f"+316{d}",
        f"06 - {d[:4]} {d[4:]}",
        f"+31 6 {d[:2]} {d[2:5]} {d[5:]}",
    ]
    return r.choice(forms)


def landline(r: random.Random) -> str:
    area = r.choice(sorted(set(AREA.values())))
    d = digits(r, 10 - len(area))
    a0 = area[1:]
    forms = [
        f"{area}-{d}",
        f"({area}) {d[:3]} {d[3:5]} {d[5:]}",
        f"{area} - {d[:2]} {d[2:4]} {d[4:]}",
        f"+31 {a0} {d}",
        f"0031 {a0} {d}",
        f"+31 (0){a0} {d[:3]} {d[3:]}",
        f"{area} {d}",
    ]
    return r.choice(forms)


def foreign(r: random.Random) -> str:
    forms = [
        f"0032 47{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
        f"+32 (0)9 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
        f"+49 17{digits(r, 1)} {digits(r, 7)}",
        f"0049 211 {digits(r, 7)}",
        f"+90 532 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
        f"+212 6{digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
        f"+48 60{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
        f"+40 72{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
        f"+359 88 {digits(r, 3)} {digits(r, 4)}",
        f"+380 67 {digits(r, 3)} {digits(r, 4)}",
        f"+44 7700 {digits(r, 6)}",
        f"00 32 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
    ]
    return r.choice(forms)


def case_number(r: random.Random) -> str:
    forms = [
        f"Z/2026/{digits(r, 6)}",
        f"Z-26-{digits(r, 6)}",
        f"ZK26-{digits(r, 6)}",
        f"BZ-2026-{digits(r, 4)}",
        f"2026.{digits(r, 5)}",
        f"GEM/VTH/2026/{digits(r, 4)}",
        f"26-{digits(r, 4)}",
        f"U26.{digits(r, 5)}",
        f"D/26/{digits(r, 6)}",
        f"INT-2026-{digits(r, 5)}",
        f"W2026-{digits(r, 5)}",
        f"BB/26/{digits(r, 4)}",
        f"2026-{digits(r, 7)}",
        f"SD{digits(r, 7)}",
        f"AWB 26/{digits(r, 4)}",
    ]
    return r.choice(forms)


def dob_parts(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2012)


def dob_text(r: random.Random) -> str:
    d, m, y = dob_parts(r)
    forms = [
        f"{d}-{m}-{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{y}",
        f"{d} {MONTHS[m - 1][:3]}. {y}",
    ]
    return r.choice(forms)


# ---------------------------------------------------------------- people
def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    """One invented person: first name, surname (particles lower case) and gender."""

    def __init__(self, r: random.Random, origin: str | None = None) -> None:
        if origin is None:
            origins = sorted(POOL)
            origin = r.choices(origins, [ORIGIN_WEIGHTS.get(o, 1) for o in origins])[0]
        males, females, surnames = POOL[origin]
        self.gender = r.choice("mf")
        self.first = r.choice(males if self.gender == "m" else females)
        sur = r.choice(surnames)
        if r.random() < 0.08:  # married / double name
            o2 = r.choice(sorted(POOL))
            other = r.choice(POOL[o2][2])
            sur = f"{sur}-{other}" if r.random() < 0.5 else f"{other}-{sur}"
            sur = sur[0].upper() + sur[1:]
        self.sur = sur
        self.r = r
        self.initials = (
            self.first[0] + "." + "".join(r.choice("ACEHJMPRW") + "." for _ in range(r.choice([0, 0, 1, 2])))
        )
        self._email: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def email(self) -> str:
        if self._email is None:
            r = self.r
            f = ascii_fold(self.first).lower().replace(" ", "")
            s = re.sub(r"[^a-z]", "", ascii_fold(self.sur).lower())
            local = r.choice(
                [
                    f"{f}.{s}",
                    f"{f[0]}.{s}",
                    f"{f}{s}{r.randint(1, 99)}",
                    f"{f}_{s}",
                    f"{s}.{f}",
                    f"{f}{r.randint(1960, 2005)}",
                    f"{f[0]}{s}{r.randint(10, 99)}",
                ]
            )
            self._email = f"{local}@{r.choice(EMAIL_DOMAINS)}"
        return self._email


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def possessive(name: str) -> str:
    if name[-1] in "sxz":
        return name + "'"
    if name[-1] in "aeiouy":
        return name + "'s"
    return name + "s"


# ---------------------------------------------------------------- filling
PH = re.compile(r"\{(\w+)(?::(\d))?\}|\[\[(.+?)\]\]")
Seg = tuple[str, str | None]  # (text, label); label "KEEP" for keep words, None for plain text


class Filler:
    """Fills one template: persons by number, identifiers fresh per placeholder."""

    def __init__(self, r: random.Random, persons: dict[int, Person] | None = None, town: str | None = None):
        self.r = r
        self.persons = persons if persons is not None else {}
        self.town = town or r.choice(TOWNS)

    def person(self, n: int) -> Person:
        if n not in self.persons:
            used = {p.first for p in self.persons.values()} | {p.sur for p in self.persons.values()}
            while True:
                p = Person(self.r)
                if p.first not in used and p.sur not in used:
                    break
            self.persons[n] = p
        return self.persons[n]

    def title(self, p: Person) -> str:
        r = self.r
        if r.random() < 0.12:
            return r.choice(["mr.", "dr.", "ir.", "drs."])
        if p.gender == "f":
            return r.choice(["mevrouw", "mevrouw", "mevr.", "mw.", "mevrouw"])
        return r.choice(["de heer", "de heer", "dhr.", "meneer", "meneer"])

    def sur_after_title(self, p: Person) -> str:
        return cap(p.sur) if self.r.random() < 0.4 else p.sur

    def segs(self, kind: str, n: int) -> list[Seg]:
        r = self.r
        P = "PERSON"
        if kind in (
            "full",
            "first",
            "sur",
            "tsur",
            "init",
            "inits",
            "tinit",
            "sfirst",
            "caps",
            "lower",
            "lfirst",
            "poss",
            "em",
            "hij",
            "pos",
            "kid",
            "lsur",
            "fullposs",
            "buur",
            "zoon",
            "hem",
        ):
            p = self.person(n)
            if kind == "full":
                return [(p.full, P)]
            if kind == "first":
                return [(p.first, P)]
            if kind == "sur":
                return [(p.sur, P)]
            if kind == "lsur":
                return [(p.sur.lower(), P)]
            if kind == "tsur":
                return [(self.title(p) + " ", None), (self.sur_after_title(p), P)]
            if kind == "init":
                sur = p.sur
                if sur.startswith("El ") and r.random() < 0.5:
                    sur = "el " + sur[3:]
                return [(f"{p.initials} {sur}", P)]
            if kind == "inits":
                return [(p.initials, P)]
            if kind == "tinit":
                t = "De heer" if p.gender == "m" else "Mevrouw"
                return [(t + " ", None), (f"{p.initials} {p.sur}", P)]
            if kind == "sfirst":
                return [(cap(p.sur), P), (", ", None), (p.initials, P)]
            if kind == "caps":
                return [(p.full.upper(), P)]
            if kind == "lower":
                return [(p.full.lower(), P)]
            if kind == "lfirst":
                return [(p.first.lower(), P)]
            if kind == "poss":
                f = possessive(p.first)
                return (
                    [(f, P)] if f.endswith("s") and not f.endswith("'") else [(p.first, P), (f[len(p.first) :], None)]
                )
            if kind == "fullposs":
                f = possessive(p.sur)
                return (
                    [(p.first + " ", P), (p.sur, P), (f[len(p.sur) :], None)]
                    if f != p.sur + "s"
                    else [(p.first, P), (" ", None), (f, P)]
                )
            if kind == "em":
                return [(p.email(), "EMAIL")]
            if kind == "hij":
                return [("hij" if p.gender == "m" else "zij", None)]
            if kind == "pos":
                return [("zijn" if p.gender == "m" else "haar", None)]
            if kind == "kid":
                kid = Person(r)
                return [(f"{kid.first} {p.sur}", P)]
            if kind == "hem":
                return [("hem" if p.gender == "m" else "haar", None)]
            if kind == "buur":
                return [("buurman" if p.gender == "m" else "buurvrouw", "KEEP")]
            if kind == "zoon":
                return [("zoon" if p.gender == "m" else "dochter", None)]
        if kind == "street":
            return [(r.choice(STREETS), "ADDRESS")]
        if kind == "aDDRX":  # an address in capitals, as in a heading
            return [(self.segs("addr", n)[0][0].upper(), "ADDRESS")]
        if kind == "nstreet":
            return [(r.choice(NEUTER_STREETS), "ADDRESS")]
        if kind == "addr":
            nr = str(r.randint(1, 240))
            add = r.choices(["", "a", " A", "-bis", "-III", " hs", "-2", " B", "-1"], [12, 2, 1, 1, 1, 1, 1, 1, 1])[0]
            return [(f"{r.choice(STREETS)} {nr}{add}", "ADDRESS")]
        if kind == "num":
            return [(str(r.randint(2, 180)), None)]
        if kind == "pc":
            return [(postcode(r), "POSTCODE")]
        if kind == "town":
            return [(self.town, None)]
        if kind == "TOWN":
            return [(self.town.upper(), None)]
        if kind == "muni":
            return [("gemeente " + self.town, "KEEP")]
        if kind == "mob":
            return [(mobile(r), "PHONE")]
        if kind == "phone":
            return [(mobile(r) if r.random() < 0.6 else landline(r), "PHONE")]
        if kind == "fphone":
            return [(foreign(r), "PHONE")]
        if kind == "gem":  # a personal e-mail address not tied to a named person
            p = Person(r)
            return [(p.email(), "EMAIL")]
        if kind == "bsn":
            b = bsn(r)
            b = r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}.{b[3:6]}.{b[6:]}"])
            return [(b, "BSN")]
        if kind == "iban":
            return [(iban(r), "IBAN")]
        if kind == "plate":
            return [(plate(r), "LICENSE_PLATE")]
        if kind == "case":
            return [(case_number(r), "CASE_NUMBER")]
        if kind == "dob":
            return [(dob_text(r), "DATE_OF_BIRTH")]
        if kind == "dobyear":
            return [(str(r.randint(1940, 2008)), "DATE_OF_BIRTH")]
        if kind == "kidyear":
            return [(str(r.randint(2007, 2021)), "DATE_OF_BIRTH")]
        if kind == "kiddob":
            return [(f"{r.randint(1, 28)}-{r.randint(1, 12)}-{r.randint(2010, 2019)}", "DATE_OF_BIRTH")]
        if kind == "cdate":
            if not hasattr(self, "_cdate"):
                self._cdate = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026"
            return [(self._cdate, "KEEP")]
        if kind == "dobshort":
            d, m, y = dob_parts(r)
            return [(f"{d}-{m}-{y}", "DATE_OF_BIRTH")]
        if kind == "date":
            d = f"{r.randint(1, 28)} {r.choice(MONTHS)}"
            return [(d + (" 2026" if r.random() < 0.4 else ""), "KEEP")]
        if kind == "numdate":
            return [(f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026", "KEEP")]
        if kind == "day":
            return [(r.choice(DAYS), "KEEP")]
        if kind == "month":
            return [(r.choice(MONTHS), "KEEP")]
        if kind == "time":
            return [(f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45', '05', '40'])}", None)]
        if kind == "amount":
            e = r.randint(12, 4800)
            return [(r.choice([f"€ {e},00", f"€{e},-", f"{e} euro", f"€ {e},{r.randint(10, 99)}"]), "KEEP")]
        if kind == "age":
            return [(str(r.randint(19, 88)), None)]
        if kind == "dept":
            return [(r.choice(DEPTS), "KEEP")]
        if kind == "role":
            return [(r.choice(ROLES), "KEEP")]
        if kind == "org":
            return [(r.choice(ORGS), "KEEP")]
        if kind == "law":
            return [(r.choice(LAWS), "KEEP")]
        if kind == "place":
            return [(r.choice(PLACES), "KEEP")]
        if kind == "topic":
            return [(r.choice(TOPICS), "KEEP")]
        if kind == "svc":
            return [("14 " + AREA.get(self.town, r.choice(sorted(AREA.values()))), "KEEP")]
        if kind == "infomail":
            slug = ascii_fold(self.town).lower().replace(" ", "")
            return [(f"{r.choice(MUNI_BOXES)}@{r.choice([slug, 'gemeente' + slug, 'gemeente-' + slug])}.nl", "KEEP")]
        raise KeyError(kind)

    def fill(self, template: str) -> list[Seg]:
        out: list[Seg] = []
        pos = 0
        for m in PH.finditer(template):
            out.append((template[pos : m.start()], None))
            pos = m.end()
            if m.group(3) is not None:
                out.append((m.group(3), "KEEP"))
                continue
            kind, n = m.group(1), int(m.group(2) or 1)
            up = kind[0].isupper() and kind not in ("TOWN",)
            segs = self.segs(kind[0].lower() + kind[1:] if up else kind, n)
            if up:
                segs[0] = (cap(segs[0][0]), segs[0][1])
            out.extend(segs)
        out.append((template[pos:], None))
        return out


def render(segs: list[Seg]) -> tuple[str, list[dict], list[str]]:
    text = "".join(s for s, _ in segs)
    pii: list[dict] = []
    keep: list[str] = []
    for s, label in segs:
        if label == "KEEP":
            if s.lower() not in {k.lower() for k in keep}:
                keep.append(s)
        elif label:
            item = {"text": s, "label": label}
            if item not in pii:
                pii.append(item)
    return text, pii, keep


# ---------------------------------------------------------------- checks
def name_parts(text: str) -> set[str]:
    parts = set()
    for w in re.split(r"[\s\-,]+", text):
        w = w.strip(".'").lower()
        if len(w) > 1:
            parts.add(w)
    return parts


def check(d: dict, known_file: bool = False) -> str | None:
    """Why the document is wrong, or None. The scorer's own leak test decides leaks."""
    text = d["text"]
    for item in d["pii"]:
        if item["text"] not in text:
            return f"pii not in text: {item}"
        if item["label"] == "BSN" and not bsn_valid(item["text"]):
            return "bad bsn"
        if item["label"] == "IBAN" and not iban_valid(item["text"]):
            return "bad iban"
    blank = text
    for item in sorted(d["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[X]")
    for item in d["pii"]:
        if leaked(item, blank):
            return f"leaks after blanking: {item}"
    for k in d["keep"]:
        if k not in text or k.lower() not in blank.lower():
            return f"keep lost: {k}"
    if not known_file:
        parts = set()
        for item in d["pii"]:
            if item["label"] == "PERSON":
                parts |= name_parts(item["text"])
        for k in d["keep"]:
            if parts & set(re.findall(r"\w+", k.lower())):
                return f"keep shares a name part: {k}"
        streets = {i["text"].lower() for i in d["pii"] if i["label"] == "ADDRESS"}
        if any(s in k.lower() for s in streets for k in d["keep"]):
            return "keep shares a street"
    # the same surface must not be both a pii item and a keep word
    if {i["text"].lower() for i in d["pii"]} & {k.lower() for k in d["keep"]}:
        return "pii equals keep"
    return None


# ---------------------------------------------------------------- documents
def build(r: random.Random, make, known_file: bool = False, tries: int = 40) -> tuple[dict, int]:
    for attempt in range(tries):
        d = make(r)
        if check(d, known_file) is None:
            return d, attempt
    raise RuntimeError(f"no valid document after {tries} tries: {check(d, known_file)} in {d['text']!r}")


def join_sentences(r: random.Random, parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        sep = r.choices([" ", "\n", "\n\n"], [6, 2, 1])[0]
        if sep == " " and not re.search(r"[.!?:\"’)\]]\s*$|[^\w\s]$", out):
            sep = "\n"  # an informal line without a full stop ends the line
        if p.startswith("Met vriendelijke groet"):
            sep = "\n\n"
        out += sep + p
    return out


def make_dev2(r: random.Random, order: list[int]) -> dict:
    k = r.choice([3, 3, 4, 4, 5])
    idx = [order.pop() if order else r.randrange(len(DEV2)) for _ in range(k)]
    idx.sort(key=lambda i: DEV2[i].startswith("Met vriendelijke groet"))  # a signature closes the paragraph
    town = r.choice(TOWNS)
    texts, pii, keep = [], [], []
    for i in idx:
        t, p, kp = render(Filler(r, town=town).fill(DEV2[i]))
        texts.append(t)
        pii += [x for x in p if x not in pii]
        keep += [x for x in kp if x not in keep]
    return {"text": join_sentences(r, texts), "pii": pii, "keep": keep}


def make_dev(r: random.Random, order: list[int]) -> dict:
    k = r.choice([2, 2, 3])
    idx = [order.pop() if order else r.randrange(len(DEVSTYLE)) for _ in range(k)]
    town = r.choice(TOWNS)
    texts, pii, keep = [], [], []
    for i in idx:
        t, p, kp = render(Filler(r, town=town).fill(DEVSTYLE[i]))
        texts.append(t)
        pii += [x for x in p if x not in pii]
        keep += [x for x in kp if x not in keep]
    return {"text": " ".join(texts), "pii": pii, "keep": keep}


def make_structured(r: random.Random, order: list[int]) -> dict:
    i = order.pop() if order else r.randrange(len(STRUCTURED))
    t, p, kp = render(Filler(r).fill(STRUCTURED[i]))
    return {"text": t, "pii": p, "keep": kp}


def make_known(r: random.Random, order: list[int]) -> dict:
    i = order.pop() if order else r.randrange(len(KNOWN_WORDS))
    entry = KNOWN_WORDS[i]
    part, where, ordinary = entry["name"], entry["where"], entry["ordinary"]
    p = Person(r)
    if where == "first":
        p.first = part
        p.gender = entry.get("gender", p.gender)
        p.initials = part[0] + "."
    else:
        p.sur = part
    f = Filler(r, persons={1: p})
    shapes = r.sample(KNOWN_PERSON, r.choice([1, 2, 2]))
    lead = "{full} " + r.choice(["meldt zich bij", "neemt contact op met", "schrijft aan", "belt met"]) + " {dept}."
    pieces = [lead] + shapes
    ords = r.sample(ordinary, min(len(ordinary), r.choice([1, 1, 2])))
    segs: list[Seg] = []
    chunks = [f.fill(x) for x in pieces] + [Filler(r, persons={}).fill(o) for o in ords]
    first, rest = chunks[0], chunks[1:]
    r.shuffle(rest)
    for c in [first] + rest:
        if segs:
            ended = re.search(r"[.!?:)]\s*$", "".join(s for s, _ in segs))
            segs.append((" " if ended else "\n", None))
        segs.extend(c)
    if r.random() < 0.25:
        segs.extend([("\n", None)] + f.fill(r.choice(["Groet, {first}", "Mvg, {full}", "Groetjes, {lfirst}"])))
    text, pii, keep = render(segs)
    known: dict = {"names": [p.full]}
    emails = [x["text"] for x in pii if x["label"] == "EMAIL"]
    phones = [x["text"] for x in pii if x["label"] == "PHONE"]
    if emails:
        known["emails"] = emails
    if phones:
        known["phones"] = phones
    return {"text": text, "known": known, "pii": pii, "keep": keep}


def generate() -> dict[str, list[dict]]:
    r = random.Random(SEED)
    out: dict[str, list[dict]] = {}
    retries = Counter()
    specs = [
        ("holdout7_dev2style.jsonl", "h7-dev2", make_dev2, DEV2, False),
        ("holdout7_devstyle.jsonl", "h7-dev", make_dev, DEVSTYLE, False),
        ("holdout7_known.jsonl", "h7-known", make_known, KNOWN_WORDS, True),
        ("holdout7_structured.jsonl", "h7-struct", make_structured, STRUCTURED, False),
    ]
    for fname, prefix, maker, shapes, known_file in specs:
        order: list[int] = []
        docs = []
        for n in range(FILES[fname]):
            if not order:
                order = list(range(len(shapes)))
                r.shuffle(order)
            d, tries = build(r, lambda rr, mk=maker, od=order: mk(rr, od), known_file)
            retries[fname] += tries
            doc = {"id": f"{prefix}-{n:04d}", "text": d["text"]}
            if "known" in d:
                doc["known"] = d["known"]
            doc["pii"] = d["pii"]
            doc["keep"] = d["keep"]
            docs.append(doc)
        out[fname] = docs
    RETRIES.clear()
    RETRIES.update(retries)
    return out


# How often each file's documents were redrawn in the last ``generate()`` (printed by ``main``).
RETRIES: Counter[str] = Counter()


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


# ---------------------------------------------------------------- audit
def audit(files: dict[str, list[dict]]) -> int:
    """5-gram and vocabulary overlap with the shared development files; returns the number of findings."""
    shared = HERE.parents[2].parent / "shared" / "data"
    paths = [shared / f for f in ("pii_dev.jsonl", "pii_dev2.jsonl", "pii_known_dev.jsonl")]
    if not all(p.exists() for p in paths):
        print("audit: shared files not found, skipped")
        return 0
    theirs = [json.loads(line) for p in paths for line in p.open(encoding="utf-8") if line.strip()]

    def grams(t: str) -> set[tuple[str, ...]]:
        w = re.findall(r"\w+", t.lower())
        return {tuple(w[i : i + 5]) for i in range(len(w) - 4)}

    their_grams: set = set()
    their_names: set[str] = set()
    their_caps: set[str] = set()
    for d in theirs:
        their_grams |= grams(d["text"])
        their_caps |= set(re.findall(r"\b[A-ZÀ-Ý][\w'-]+", d["text"]))
        for i in d["pii"]:
            if i["label"] in ("PERSON", "ADDRESS"):
                their_names |= {
                    w
                    for w in re.findall(r"[\w']+", i["text"])
                    if len(w) > 1
                    and w.lower() not in ("van", "de", "der", "den", "het", "ter", "ten", "in", "op", "el", "al", "a")
                }
    shared_grams = Counter()
    for docs in files.values():
        for d in docs:
            for g in grams(d["text"]) & their_grams:
                shared_grams[" ".join(g)] += 1
    print(f"audit: {len(shared_grams)} distinct 5-grams shared with the dev files")
    for g, c in shared_grams.most_common(40):
        print(f"  {c:4d}  {g}")
    mine_names = set()
    for m, f, s in POOL.values():
        for n in m + f + s:
            mine_names |= {w for w in re.findall(r"[\w']+", n) if len(w) > 1}
    name_hits = sorted(n for n in mine_names if n in their_names)
    print(f"audit: {len(name_hits)} name parts also in the dev files' PERSON/ADDRESS items: {name_hits}")
    place_hits = sorted(
        {w for s in STREETS + NEUTER_STREETS + TOWNS for w in [s] if w in their_caps or s in their_names}
        | {s for s in STREETS + NEUTER_STREETS if any(s in d["text"] for d in theirs)}
    )
    print(f"audit: {len(place_hits)} streets/towns also in the dev files: {place_hits}")
    kw = sorted({e["name"] for e in KNOWN_WORDS if e["name"] in their_names})
    print(f"audit: {len(kw)} known-file name words also in the dev files: {kw}")
    return len(name_hits) + len(place_hits) + len(kw)


def main(argv: list[str]) -> int:
    files = generate()
    for fname, docs in files.items():
        c = Counter(i["label"] for d in docs for i in d["pii"])
        print(
            f"{fname}: {len(docs)} docs, {sum(c.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"retries {RETRIES[fname]}: {dict(sorted(c.items()))}"
        )
    if "--check" in argv:
        bad = [f for f, docs in files.items() if not (HERE / f).exists() or (HERE / f).read_text("utf-8") != dump(docs)]
        if bad:
            print("differs from the generator:", bad)
            return 1
        print("check: committed files equal the generator's output")
        return 0
    for fname, docs in files.items():
        (HERE / fname).write_text(dump(docs), encoding="utf-8")
    if "--audit" in argv:
        audit(files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
