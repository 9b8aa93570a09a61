"""Building blocks of the holdout3 corpus: a document builder that records every span it writes,
people with all the ways a name is written, identifiers (valid BSN and IBAN, phones, plates, case numbers,
dates of birth) in many spellings, a small template language, and the annotation self-check.

Template language: ``{slot}`` is filled by :meth:`Ctx.slot` (``r.full`` = the resident's full name,
``o.hon`` = the official with a form of address, ``case`` = the file's case number, ``dept`` = a department
that must be kept, ...); ``[[text]]`` is ordinary text that must be kept.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import h3_pools as P

LABELS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "DATE_OF_BIRTH",
    "LICENSE_PLATE",
    "CASE_NUMBER",
}
STRUCTURED = LABELS - {"PERSON", "ADDRESS"}


class Doc:
    """Text built piece by piece; personal items (with their label) and kept words are recorded as written."""

    def __init__(self, doc_id: str) -> None:
        self.id = doc_id
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.keeps: list[str] = []
        self.known: dict | None = None

    def t(self, s: str) -> None:
        """Plain text (neither personal nor a listed keep)."""
        self.buf.append(s)
        self.pos += len(s)

    def p(self, s: str, label: str) -> None:
        """A personal item."""
        assert label in LABELS, label
        self.spans.append((self.pos, self.pos + len(s), label))
        self.t(s)

    def k(self, s: str) -> None:
        """Ordinary text that must survive."""
        self.keeps.append(s)
        self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.buf)

    def record(self) -> dict:
        text = self.text
        pii, seen = [], set()
        for a, b, label in self.spans:
            key = (text[a:b], label)
            if key not in seen:
                seen.add(key)
                pii.append({"text": key[0], "label": label})
        keep = list(dict.fromkeys(self.keeps))
        out = {"id": self.id, "text": text, "pii": pii, "keep": keep}
        if self.known:
            out["known"] = self.known
        return out


# ---------------------------------------------------------------- the scorer's notion of a leak (for the self-check)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _norm(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s).upper()


def leaked(item: dict, out: str) -> bool:
    """Same rule as ../shared/tools/score_anonymizer.py (kept here so the generator runs on its own)."""
    text, label = item["text"], item["label"]
    if label in ("PERSON", "ADDRESS"):
        if label == "PERSON":
            parts = [p for p in text.split() if p.lower() not in PARTICLES and len(p) > 1]
        else:
            parts = [text.rsplit(" ", 1)[0] if re.search(r"\d", text) else text]
        for p in parts:
            for form in {p, p[0].upper() + p[1:]} if label == "PERSON" else {p}:
                if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", out):
                    return True
        return False
    if label == "EMAIL":
        return text.split("@")[0].lower() in out.lower()
    if label == "PHONE":
        return re.sub(r"\D", "", text)[-7:] in re.sub(r"\D", "", out)
    if label == "DATE_OF_BIRTH" and not re.fullmatch(r"[\d\-]+", text):
        return text.lower() in out.lower()
    return _norm(text) in _norm(out)


def check(doc: Doc) -> str | None:
    """None when the annotation is exact, else the reason.

    A perfect anonymizer (every recorded span replaced) must leak nothing and keep every keep word;
    the untouched text must leak every item. This catches an unlisted second mention of a name, a kept
    word that is also a name part, and identifiers that collide with other digits in the text.
    """
    text = doc.text
    last = -1
    for a, b, _label in sorted(doc.spans):
        if a < last:
            return "overlapping spans"
        last = b
    gold, pos = [], 0
    for a, b, _label in sorted(doc.spans):
        gold.append(text[pos:a])
        gold.append("[X]")
        pos = b
    gold.append(text[pos:])
    gold_text = "".join(gold)
    rec = doc.record()
    for item in rec["pii"]:
        if item["text"] != item["text"].strip() or not item["text"]:
            return f"untrimmed item {item['label']}"
        if not leaked(item, text):
            return f"item not detectable {item['label']}"
        if leaked(item, gold_text):
            return f"item still readable after perfect replacement {item['label']}"
    for w in rec["keep"]:
        if w.lower() not in gold_text.lower():
            return "keep word overlaps an item"
        if w != w.strip() or not w:
            return "untrimmed keep"
    if "\x00" in text:
        return "NUL"
    return None


# ---------------------------------------------------------------- identifiers
BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1]


def bsn_digits(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        if sum(w * x for w, x in zip(BSN_WEIGHTS, d, strict=True)) % 11 == 0:
            return "".join(map(str, d))


def bsn(rng: random.Random) -> str:
    s = bsn_digits(rng)
    style = rng.choice(["plain", "plain", "dots423", "space", "dots333", "dash"])
    if style == "dots423":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == "space":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if style == "dots333":
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    if style == "dash":
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    return s


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban(rng: random.Random) -> str:
    kind = rng.choices(["NL", "BE", "DE"], weights=[10, 1, 1])[0]
    if kind == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
        bban += "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif kind == "BE":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    s = kind + _iban_check(kind, bban) + bban
    style = rng.choice(["spaced", "plain", "spaced", "lower", "lowerspaced"])
    if style in ("spaced", "lowerspaced"):
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if style.startswith("lower"):
        s = s.lower()
    return s


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


AREA3 = [
    "010",
    "020",
    "030",
    "033",
    "035",
    "038",
    "040",
    "043",
    "045",
    "046",
    "050",
    "053",
    "055",
    "058",
    "070",
    "071",
    "072",
    "073",
    "074",
    "076",
    "077",
    "078",
    "079",
]
AREA4 = ["0113", "0162", "0172", "0229", "0251", "0314", "0318", "0341", "0512", "0513", "0591", "0575", "0495"]


def phone(rng: random.Random) -> str:
    kind = rng.choices(["mobile", "land", "foreign"], weights=[6, 3, 2])[0]
    if kind == "mobile":
        n = str(rng.randint(1, 9)) + _digits(rng, 7)
        return rng.choice(
            [
                f"06-{n}",
                f"06 {n[:4]} {n[4:]}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"06{n}",
                f"+31 6 {n[:4]} {n[4:]}",
                f"+31 6 {n}",
                f"+316{n}",
                f"0031 6 {n}",
                f"0031-6-{n}",
                f"(06) {n}",
                f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}",
                f"06-{n[:3]} {n[3:5]} {n[5:]}",
                f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
                f"06 - {n}",
            ]
        )
    if kind == "land":
        if rng.random() < 0.6:
            a, n = rng.choice(AREA3), str(rng.randint(2, 9)) + _digits(rng, 6)
            return rng.choice(
                [
                    f"({a}) {n[:3]} {n[3:5]} {n[5:]}",
                    f"{a}-{n}",
                    f"{a} {n[:3]} {n[3:]}",
                    f"{a}{n}",
                    f"+31 {a[1:]} {n}",
                    f"{a} - {n[:3]} {n[3:5]} {n[5:]}",
                    f"0031 {a[1:]} {n}",
                ]
            )
        a, n = rng.choice(AREA4), str(rng.randint(2, 9)) + _digits(rng, 5)
        return rng.choice([f"{a}-{n}", f"({a}) {n[:2]} {n[2:4]} {n[4:]}", f"{a} - {n}", f"{a} {n}", f"+31 {a[1:]} {n}"])
    c = rng.choice(["be", "de", "tr", "ma", "sr", "cw", "pl", "ua", "ro"])
    if c == "be":
        n = "4" + _digits(rng, 8)
        return rng.choice([f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0032 {n}", f"0032-{n[:3]}-{n[3:]}"])
    if c == "de":
        n = "1" + _digits(rng, 9)
        return rng.choice([f"0049 {n[:3]} {n[3:]}", f"+49 (0){n[:3]} {n[3:]}", f"+49{n}"])
    if c == "tr":
        n = "5" + _digits(rng, 9)
        return rng.choice([f"0090 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+90 {n[:3]} {n[3:6]} {n[6:]}", f"0090{n}"])
    if c == "ma":
        n = rng.choice("67") + _digits(rng, 8)
        return rng.choice([f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"00212 {n}", f"+212-{n}"])
    if c == "sr":
        n = rng.choice("78") + _digits(rng, 6)
        return rng.choice([f"+597 {n[:3]} {n[3:]}", f"00597 {n}", f"+597-{n}"])
    if c == "cw":
        n = "5" + _digits(rng, 6)
        return rng.choice([f"+599 9 {n[:3]} {n[3:]}", f"005999 {n}"])
    if c == "pl":
        n = rng.choice("5678") + _digits(rng, 8)
        return rng.choice([f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"0048{n}"])
    if c == "ua":
        n = rng.choice(["67", "50", "93"]) + _digits(rng, 7)
        return rng.choice([f"+380 {n[:2]} {n[2:5]} {n[5:]}", f"00380 {n}"])
    n = "7" + _digits(rng, 8)
    return rng.choice([f"+40 {n[:3]} {n[3:6]} {n[6:]}", f"0040 {n}"])


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


def plate(rng: random.Random) -> str:
    code = rng.choice(SIDECODES)
    s = "".join(rng.choice(PLATE_LETTERS) if c == "X" else str(rng.randint(0, 9)) if c == "9" else c for c in code)
    style = rng.choice(["dash", "dash", "dash", "plain", "lower", "space"])
    if style == "plain":
        return s.replace("-", "")
    if style == "lower":
        return s.lower()
    if style == "space":
        return s.replace("-", " ")
    return s


def postcode(rng: random.Random) -> str:
    n = rng.randint(1011, 9999)
    while True:
        a, b = rng.choice("ABCDEGHJKLMNPRSTVWXZ"), rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if a + b not in ("SA", "SD", "SS"):
            break
    return rng.choice(
        [f"{n} {a}{b}", f"{n}{a}{b}", f"{n} {a}{b}".lower(), f"{n}{a}{b}".lower(), f"{n} {a}{b}", f"{n}  {a}{b}"]
    )


def house_number(rng: random.Random) -> str:
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    return rng.choice(
        [
            n,
            n,
            n,
            f"{n}-B",
            f"{n} hs",
            f"{n} II",
            f"{n} rood",
            f"{n}a",
            f"{n}-2",
            f"{n}bis",
            f"{n}A",
            f"{n} zw",
            f"{n}-III",
            f"{n}/3",
        ]
    )


def address(rng: random.Random) -> str:
    return f"{rng.choice(P.STREETS)} {house_number(rng)}"


def case_number(rng: random.Random) -> tuple[str, str]:
    """(cue, number): the cue word stays, the number is the personal item."""
    y = rng.choice(["2024", "2025", "2026"])
    yy = y[2:]
    forms = [
        ("zaaknummer", f"ZK-{y}-{rng.randint(1, 99999):06d}"),
        ("zaaknr", f"{yy}/{rng.randint(1, 9999):04d}"),
        ("dossier", f"{y}.{rng.randint(1, 9999):04d}"),
        ("melding", f"#{rng.randint(10000, 99999)}"),
        ("ref.", f"MED-{yy}-{rng.randint(100, 999)}"),
        ("uw kenmerk", f"{y}/{rng.randint(10000, 99999)}/{rng.choice(['AB', 'WZ', 'HH', 'VG', 'BZ'])}"),
        ("ons kenmerk", f"U{yy}.{rng.randint(10000, 99999)}"),
        ("kenmerk", f"Z/{yy}/{rng.randint(100000, 999999)}"),
        ("klachtnummer", f"KL-{yy}-{rng.randint(1, 9999):04d}"),
        ("bezwaarnummer", f"BZW {y}-{rng.randint(100, 9999)}"),
        ("aanvraagnummer", f"OLO{rng.randint(1000000, 9999999)}"),
        ("zaak", f"Z{y}-{rng.randint(1, 99999):05d}"),
        ("registratienummer", f"VTA/{y}/{rng.randint(1, 999):03d}"),
        ("dossiernummer", f"D-{rng.randint(100000, 999999)}"),
        ("ticket", f"INC{rng.randint(1000000, 9999999)}"),
    ]
    return rng.choice(forms)


def date_of_birth(rng: random.Random, child: bool = False) -> str:
    y, m, d = rng.randint(2008, 2021) if child else rng.randint(1931, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {P.MONTHS[m - 1]} {y}",
            f"{d} {P.MONTHS_SHORT[m - 1]} {y}",
            f"{d} {P.MONTHS_SHORT[m - 1]}. {y}",
            f"{d} {P.MONTHS[m - 1]} '{str(y)[2:]}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {P.MONTHS[m - 1].capitalize()} {y}",
        ]
    )


def ordinary_date(rng: random.Random) -> str:
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    wd = rng.choice(P.WEEKDAYS)
    return rng.choice(
        [
            f"{d} {P.MONTHS[m - 1]}",
            f"{d} {P.MONTHS[m - 1]} {y}",
            f"{wd} {d} {P.MONTHS[m - 1]}",
            f"{d}-{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}",
            f"{d} {P.MONTHS_SHORT[m - 1]}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def amount(rng: random.Random) -> str:
    e = rng.choice([rng.randint(12, 99), rng.randint(100, 999), rng.randint(1000, 24000)])
    c = rng.choice(["00", "50", "25", "95", "10"])
    es = f"{e:,}".replace(",", ".")
    return rng.choice([f"€ {es},{c}", f"€{es},-", f"{es} euro", f"EUR {es},{c}", f"€{es}"])


def public_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"14 0{rng.choice(['38', '55', '570', '58', '13', '50', '53', '26'])}",
            f"0800-{rng.randint(1000, 9999)}",
            f"0900-{rng.randint(1000, 9999)}",
            f"0800 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        ]
    )


# ---------------------------------------------------------------- people
HON_F = ["mevrouw", "mevrouw", "mevr.", "mw.", "mevr", "Mevrouw", "mw"]
HON_M = ["meneer", "meneer", "dhr.", "de heer", "dhr", "mnr.", "hr.", "Meneer"]


def cap_particle(s: str) -> str:
    return s[0].upper() + s[1:] if s and s[0].islower() else s


@dataclass
class Person:
    first: str
    sur: str
    female: bool
    origin: str
    sf: bool = False  # surname first
    nick: str | None = None
    initials: str = ""
    married: str | None = None  # "Partner-Own" as a married woman may be addressed
    cache: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.sur} {self.first}" if self.sf else f"{self.first} {self.sur}"

    @property
    def call(self) -> str:
        """The name friends use: the last given name for Vietnamese, else the first name."""
        return self.first.split()[-1] if self.origin == "vietnamese" else self.first


def gendered(sur: str, female: bool) -> str:
    """Polish and Bulgarian surnames agree with the bearer: Kamiński / Kamińska, Petrov / Petrova."""
    if female:
        if sur.endswith(("ski", "cki")):
            return sur[:-1] + "a"
        if sur.endswith(("ov", "ev")):
            return sur + "a"
    else:
        if sur.endswith(("ska", "cka")):
            return sur[:-1] + "i"
        if sur.endswith(("ova", "eva")):
            return sur[:-1]
    return sur


def make_person(rng: random.Random, origin: str | None = None, female: bool | None = None) -> Person:
    origin = origin or rng.choices(list(P.WEIGHTS), weights=list(P.WEIGHTS.values()))[0]
    pool = P.ORIGINS[origin]
    female = rng.random() < 0.5 if female is None else female
    first = rng.choice(pool["f"] if female else pool["m"])
    sur = rng.choice(pool["s"])
    if origin in ("polish", "bulgarian"):
        sur = gendered(sur, female)
    sf = pool.get("order") == "sf" and rng.random() < 0.8
    letters = first[:2] if first.startswith(("Th", "Ch", "Ph", "IJ")) else first[0]
    extra = "".join(rng.choice("ACEGHJMPRSTW") for _ in range(rng.choice([0, 0, 1, 1, 2])))
    initials = [letters, *extra]
    style = rng.choice(["dots", "dots", "dots", "spaced", "bare", "lower"])
    if style == "dots":
        ini = "".join(f"{c}." for c in initials)
    elif style == "spaced":
        ini = " ".join(f"{c}." for c in initials)
    elif style == "bare" and len(initials) > 1 and all(len(c) == 1 for c in initials):
        ini = "".join(initials)
    else:
        ini = "".join(f"{c.lower()}." for c in initials) if style == "lower" else "".join(f"{c}." for c in initials)
    person = Person(first, sur, female, origin, sf, P.NICKNAMES.get(first), ini)
    if (
        female
        and origin in ("dutch", "wordname", "frisian", "sur_hindustani", "antillean", "moluccan")
        and (rng.random() < 0.25)
    ):
        other = rng.choice(P.ORIGINS[rng.choice(["dutch", "wordname", "turkish", "moroccan", "sur_creole"])]["s"])
        if other != sur:
            if rng.random() < 0.5:
                person.sur = f"{sur}-{other}"
            person.married = f"{cap_particle(other)}-{sur}"
    return person


def possessive(name: str) -> tuple[str, str]:
    """(item, suffix) for a possessive: 'Roos' moeder', 'Fatma's', 'Yusufs'."""
    if name[-1] in "sxz" or name.endswith(("sh", "ch")):
        return name, "'"
    if name[-1] in "aiouy" or name[-1] in "éáíóú":
        return name, "'s"
    return name + "s", ""
