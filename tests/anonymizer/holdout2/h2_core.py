"""Building blocks of the second held-out corpus: marked-up text, invented identifiers, the annotation self-check.

A template writes text with marked items: ``m("PERSON", "Femke Postma")`` or ``keep("Wijkteam")``. ``render`` strips
the marks and returns the plain text with its ``pii`` and ``keep`` lists. ``check`` proves the annotation is exact
under the shared scorer's definitions (a copy of them lives here so the generator runs without ../shared):

- every pii and keep string occurs in the text;
- with every pii span blanked out, no pii item counts as leaked (so each personal item is listed at every mention);
- with every pii span blanked out, every keep string still occurs (so keep strings are ordinary words outside pii);
- nothing that looks like a personal identifier (long digit runs, e-mail addresses, postcodes, plates) is left
  in the blanked text unless it is a listed keep string.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass

from h2_pools import (
    BANKS,
    BODY_ARTICLE,
    EMAIL_DOMAINS,
    FAMILY_FIRST,
    FOREIGN_PHONES,
    LANDLINE_CODES,
    MONTHS,
    MONTHS_SHORT,
    MUNICIPALITIES,
    ORIGINS,
    STREETS,
    TEAM_ARTICLE,
    WEEKDAYS,
)

LABELS = (
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
)
MARK = re.compile("\x02([A-Z_]+)\x1f(.*?)\x03", re.S)
BLANK = "\u2588"


def m(label: str, text: str) -> str:
    """Mark ``text`` as a personal item of ``label``."""
    assert label in LABELS, label
    return f"\x02{label}\x1f{text}\x03"


def keep(text: str) -> str:
    """Mark ``text`` as an ordinary word that must survive anonymization."""
    return f"\x02KEEP\x1f{text}\x03"


# ---------------------------------------------------------------- the shared scorer's definitions (a faithful copy)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def norm(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s).upper()


def name_parts(name: str) -> list[str]:
    return [p for p in name.split() if p.lower() not in PARTICLES and len(p) > 1]


def leaked(item: dict, out: str) -> bool:
    """True when the gold item can still be read in ``out`` (as score_anonymizer.py decides)."""
    text, label = item["text"], item["label"]
    if label in ("PERSON", "ADDRESS"):
        parts = name_parts(text) if label == "PERSON" else [text.rsplit(" ", 1)[0] if re.search(r"\d", text) else text]
        for p in parts:
            for form in {p, p[0].upper() + p[1:]} if label == "PERSON" else {p}:
                if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", out):
                    return True
        return False
    if label == "EMAIL":
        return text.split("@")[0].lower() in out.lower()
    if label == "PHONE":
        digits = re.sub(r"\D", "", text)[-7:]
        return digits in re.sub(r"\D", "", out)
    if label == "DATE_OF_BIRTH" and not re.fullmatch(r"[\d\-]+", text):
        return text.lower() in out.lower()
    return norm(text) in norm(out)


# ---------------------------------------------------------------- rendering and checking
class AnnotationError(ValueError):
    """The generated document's annotation is not exact."""


def render(marked: str) -> tuple[str, list[dict], list[str], list[tuple[int, int]], list[tuple[int, int]]]:
    """Plain text, pii items (unique, in order), keep strings (unique), pii spans and keep spans."""
    out, pii, keeps, pii_spans, keep_spans = [], [], [], [], []
    pos = 0
    length = 0
    for mo in MARK.finditer(marked):
        chunk = marked[pos : mo.start()]
        out.append(chunk)
        length += len(chunk)
        label, text = mo.group(1), mo.group(2)
        if "\x02" in text or "\x03" in text:
            raise AnnotationError(f"nested mark in {text!r}")
        span = (length, length + len(text))
        out.append(text)
        length += len(text)
        pos = mo.end()
        if label == "KEEP":
            keep_spans.append(span)
            if text not in keeps:
                keeps.append(text)
        else:
            pii_spans.append(span)
            item = {"text": text, "label": label}
            if item not in pii:
                pii.append(item)
    out.append(marked[pos:])
    text = "".join(out)
    if "\x02" in text or "\x03" in text or "\x1f" in text:
        raise AnnotationError("unbalanced mark")
    return text, pii, keeps, pii_spans, keep_spans


SUSPECT = [
    (re.compile(r"\d(?:[ .\-]?\d){6,}"), "digit run"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "e-mail address"),
    (re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b"), "postcode"),
    (re.compile(r"\b[A-Z]{1,3}-\d{1,3}-[A-Z]{1,3}\b|\b\d{1,3}-[A-Z]{1,3}-\d{1,3}\b"), "plate"),
    (re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}"), "IBAN"),
]


DATE_RX = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = BLANK
    return "".join(chars)


def check(doc: dict, pii_spans: list[tuple[int, int]], keep_spans: list[tuple[int, int]]) -> None:
    """Raise AnnotationError unless the document's annotation is exact (see the module docstring)."""
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            raise AnnotationError(f"bad label {item}")
        if item["text"] not in text or item["text"] != item["text"].strip() or not item["text"]:
            raise AnnotationError(f"pii not in text: {item}")
    for w in doc["keep"]:
        if w not in text or not w.strip():
            raise AnnotationError(f"keep not in text: {w!r}")
    for a, b in keep_spans:
        for c, d in pii_spans:
            if a < d and c < b:
                raise AnnotationError(f"keep {text[a:b]!r} overlaps pii {text[c:d]!r}")
    blanked = blank(text, pii_spans)
    for item in doc["pii"]:
        if leaked(item, blanked):
            raise AnnotationError(f"unlisted mention of {item} in {blanked!r}")
    low = blanked.lower()
    for w in doc["keep"]:
        if w.lower() not in low:
            raise AnnotationError(f"keep {w!r} only inside pii")
    free = DATE_RX.sub(" ", blank(blanked, keep_spans))
    for rx, what in SUSPECT:
        hit = rx.search(free)
        if hit:
            raise AnnotationError(f"unlisted {what} {hit.group(0)!r} in {doc['id']}")
    known = doc.get("known")
    if known:
        for name in known.get("names", [])[:1]:  # the resident; a writer in the record may go unmentioned
            if not any(
                leaked({"text": name, "label": "PERSON"}, i["text"]) for i in doc["pii"] if i["label"] == "PERSON"
            ):
                raise AnnotationError(f"known name {name!r} not mentioned")


def the_team(name: str) -> str:
    """A team name as kept text with its article: 'het Wijkteam', 'Burgerzaken'."""
    art = TEAM_ARTICLE.get(name, "")
    return f"{art} {keep(name)}" if art else keep(name)


def the_body(name: str, upper: bool = False) -> str:
    """A public body as kept text with its article: 'de SVB', 'het UWV', 'DUO'."""
    art = BODY_ARTICLE.get(name, "")
    if upper:
        art, name = art.upper(), name.upper()
    return f"{art} {keep(name)}" if art else keep(name)


# ---------------------------------------------------------------- invented people and identifiers
FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss"})


def ascii_fold(s: str) -> str:
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


@dataclass
class Person:
    first: str
    sur: str  # as written after a first name: "van der Meulen", "de Wit-Bakker", "Yılmaz"
    gender: str  # "f" or "m"
    origin: str
    extra_initial: str = ""

    @property
    def full(self) -> str:
        if self.origin in FAMILY_FIRST:
            return f"{self.sur} {self.first}"
        return f"{self.first} {self.sur}"

    @property
    def ref(self) -> str:
        """The surname alone, as after 'mevrouw' or opening a sentence: 'Van der Meulen'."""
        return cap(self.sur)

    @property
    def initials(self) -> str:
        letters = [w[0] for w in re.split(r"[\s-]+", self.first) if w]
        if self.extra_initial:
            letters.append(self.extra_initial)
        return "".join(f"{c.upper()}." for c in letters)

    @property
    def initialed(self) -> str:
        return f"{self.initials} {self.sur}"

    def sur_first(self, style: int) -> str:
        """'Van der Meulen, F.' (0), 'de Wit-Bakker, M.J.' (1) or 'Meulen, F. van der' (2)."""
        words = self.sur.split()
        particles = []
        while len(words) > 1 and words[0].lower() in PARTICLES | {"'t"}:
            particles.append(words.pop(0))
        if style == 2 and particles:
            return f"{' '.join(words)}, {self.initials} {' '.join(particles)}"
        if style == 1:
            return f"{self.sur}, {self.initials}"
        return f"{self.ref}, {self.initials}"

    @property
    def title(self) -> str:
        return "mevrouw" if self.gender == "f" else "meneer"

    @property
    def formal(self) -> str:
        return "mevrouw" if self.gender == "f" else "de heer"

    @property
    def pron(self) -> str:
        return "zij" if self.gender == "f" else "hij"

    @property
    def poss(self) -> str:
        return "haar" if self.gender == "f" else "zijn"

    @property
    def last_word(self) -> str:
        return self.sur.split()[-1]


ORIGIN_WEIGHTS = {
    "dutch": 30,
    "turkish": 8,
    "moroccan": 8,
    "hindustani": 5,
    "surinamese": 4,
    "antillean": 4,
    "indonesian": 4,
    "chinese": 4,
    "polish": 5,
    "syrian": 5,
    "eritrean": 4,
    "ukrainian": 5,
    "somali": 3,
    "ghanaian": 4,
    "vietnamese": 3,
    "other": 4,
}
DOUBLE_BARREL_P = 0.12


def eleven_ok(digits: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def iban_check(country: str, bban: str) -> str:
    raw = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in raw)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


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


class Gen:
    """Per-document random source with helpers; remembers the name parts in use so people stay distinct."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.used: set[str] = set()
        self.muni = rng.choice(MUNICIPALITIES)
        self.streets_used: set[str] = set()

    # ---- small helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # ---- people
    def origin(self) -> str:
        names = list(ORIGIN_WEIGHTS)
        return self.r.choices(names, weights=[ORIGIN_WEIGHTS[n] for n in names])[0]

    def _parts_free(self, *names: str) -> bool:
        parts = {p.lower() for n in names for p in re.split(r"[\s\-]+", n) if len(p) > 1}
        parts -= PARTICLES
        return not (parts & self.used)

    def _claim(self, *names: str) -> None:
        self.used |= {p.lower() for n in names for p in re.split(r"[\s\-]+", n) if len(p) > 1} - PARTICLES

    def person(self, origin: str | None = None, gender: str | None = None, double: bool | None = None) -> Person:
        for _ in range(200):
            o = origin or self.origin()
            fem, mal, surs = ORIGINS[o]
            g = gender or self.pick("fm")
            first = self.pick(fem if g == "f" else mal)
            sur = self.pick(surs).replace("|", " ")
            if o == "polish" and g == "f":
                sur = re.sub(r"(sk|ck|dzk)i$", r"\1a", sur)
            dbl = self.chance(DOUBLE_BARREL_P) if double is None else double
            if dbl and o not in FAMILY_FIRST:
                other = self.pick(ORIGINS[self.origin()][2]).replace("|", " ")
                if other == sur:
                    continue
                sur = f"{sur}-{other}"
            if " " in sur.split("-")[0] and sur.split()[0].lower() not in PARTICLES and o == "dutch":
                continue
            if self._parts_free(first, sur):
                self._claim(first, sur)
                extra = self.pick("ABCDEHJKLMPRSTW") if self.chance(0.35) else ""
                return Person(first, sur, g, o, extra)
        raise RuntimeError("no free name")

    def child_name(self, origin: str, gender: str | None = None) -> str:
        fem, mal, _ = ORIGINS[origin]
        pool = fem if gender == "f" else mal if gender == "m" else fem + mal
        for _ in range(100):
            n = self.pick(pool)
            if self._parts_free(n):
                self._claim(n)
                return n
        raise RuntimeError("no free child name")

    def title(self, p: Person) -> str:
        """A form of address as note-takers write it: 'mevrouw', 'mevr.', 'mw.', 'meneer', 'dhr.', 'de heer'."""
        return self.pick(["mevrouw", "mevrouw", "mevr.", "mw."] if p.gender == "f" else ["meneer", "de heer", "dhr."])

    # ---- contact details
    def email(self, p: Person) -> str:
        first = ascii_fold(p.first).lower().replace(" ", "")
        sur = ascii_fold(p.sur).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(p.last_word).lower().replace("'", "")
        year = str(self.r.randrange(1950, 2006))
        shapes = [
            f"{first}.{sur}",
            f"{first[0]}.{sur}",
            f"{first}{sur}{year[2:]}",
            f"{first}_{last}",
            f"{last}.{first}",
            f"{first}{last[0]}{self.r.randrange(10, 99)}",
            f"{first}.{last}{year}",
            f"fam.{last}",
            f"{first[0]}{last}{self.r.randrange(1, 9)}",
        ]
        local = self.pick(shapes)
        if len(local) < 7:
            local += year
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    def work_email(self, p: Person) -> str:
        last = ascii_fold(p.sur).lower().replace(" ", "").replace("'", "")
        first = ascii_fold(p.first).lower().replace(" ", "")
        local = self.pick([f"{first[0]}.{last}", f"{first}.{last}", f"{first[0]}{last}"])
        return f"{local}@{self.muni[2]}"

    def mobile(self) -> str:
        d = self.pick("123456") + self.digits(7)
        shapes = [
            f"06-{d}",
            f"06 {d}",
            f"06 {d[:4]} {d[4:]}",
            f"06-{d[:4]} {d[4:]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"06-{d[:3]} {d[3:6]} {d[6:]}",
            f"06{d}",
            f"+31 6 {d}",
            f"+31 (0)6 {d[:4]} {d[4:]}",
            f"+31612{d[2:]}" if d.startswith("12") else f"+316{d}",
            f"0031 6 {d[:4]} {d[4:]}",
            f"0031-6-{d}",
            f"(06) {d}",
            f"06 - {d}",
            f"+31 6 {d[:2]} {d[2:5]} {d[5:]}",
        ]
        return self.pick(shapes)

    def landline(self) -> str:
        code = self.pick(LANDLINE_CODES)
        n = 10 - len(code)
        sub = self.pick("23456789") + self.digits(n - 1)
        bare = code[1:]
        if n == 7:
            groups = [f"{sub[:3]} {sub[3:]}", f"{sub[:3]} {sub[3:5]} {sub[5:]}", sub]
        else:
            groups = [f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]} {sub[3:]}", sub]
        g = self.pick(groups)
        shapes = [
            f"{code}-{sub}",
            f"{code} {g}",
            f"({code}) {g}",
            f"{code}-{g}",
            f"+31 {bare} {g}",
            f"+31 (0){bare} {sub}",
            f"0031 {bare} {g}",
            f"{code}{sub}",
        ]
        return self.pick(shapes)

    def foreign(self, origin: str) -> str:
        cc, groups = self.pick(FOREIGN_PHONES[origin])
        parts = [self.pick("23456789") + self.digits(groups[0] - 1)] + [self.digits(k) for k in groups[1:]]
        body = " ".join(parts)
        shapes = [f"00{cc} {body}", f"+{cc} {body}", f"00{cc}-{''.join(parts)}", f"+{cc}{''.join(parts)}"]
        return self.pick(shapes)

    def phone(self, p: Person | None = None, kind: str | None = None) -> str:
        kind = kind or self.r.choices(["mobile", "landline", "foreign"], weights=[6, 3, 1 if p else 0])[0]
        if kind == "foreign" and p is not None:
            return self.foreign(p.origin)
        return self.mobile() if kind == "mobile" else self.landline()

    def k14(self) -> str:
        code = self.muni[1][1:]
        return self.pick([f"14 0{code}", f"140{code}", f"14 0{code}"])

    # ---- addresses
    def street(self) -> str:
        for _ in range(100):
            s = self.pick(STREETS)
            if s not in self.streets_used:
                self.streets_used.add(s)
                return s
        raise RuntimeError("no free street")

    def house(self) -> str:
        n = str(self.r.randrange(1, 240))
        suffix = self.r.choices(
            ["", "a", "b", "-II", "-1", " hs", "A", "-3", " bis"], weights=[20, 3, 2, 1, 1, 1, 1, 1, 1]
        )
        return n + suffix[0]

    def address(self, lower: bool = False) -> str:
        s = f"{self.street()} {self.house()}"
        return s.lower() if lower else s

    def postcode(self) -> str:
        d = str(self.r.randrange(1000, 9999))
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        pair = self.pick(letters) + self.pick(letters)
        while pair in ("SA", "SD", "SS"):
            pair = self.pick(letters) + self.pick(letters)
        return self.pick([f"{d} {pair}", f"{d}{pair}", f"{d} {pair}", f"{d} {pair.lower()}", f"{d}{pair.lower()}"])

    # ---- numbers
    def bsn(self) -> str:
        while True:
            d = self.pick("0123456") + self.digits(7)
            weights = [9, 8, 7, 6, 5, 4, 3, 2]
            last = sum(int(c) * w for c, w in zip(d, weights, strict=True)) % 11
            if last < 10 and d[0] + d[1] != "00":
                d += str(last)
                assert eleven_ok(d)
                break
        return self.pick(
            [
                d,
                f"{d[:4]}.{d[4:6]}.{d[6:]}",
                f"{d[:3]} {d[3:6]} {d[6:]}",
                f"{d[:3]}.{d[3:6]}.{d[6:]}",
                d,
                f"{d[:4]} {d[4:6]} {d[6:]}",
            ]
        )

    def iban(self, foreign: bool = False) -> str:
        if foreign:
            country = self.pick(["BE", "DE", "BE"])
            bban = self.digits(12) if country == "BE" else self.digits(18)
        else:
            country = "NL"
            bban = self.pick(BANKS) + self.digits(10)
        iban = country + iban_check(country, bban) + bban
        assert iban_valid(iban)
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return self.pick([iban, grouped, grouped, grouped.lower() if self.chance(0.2) else grouped])

    def plate(self) -> str:
        code = self.pick(SIDECODES)
        s = "".join(
            self.pick(PLATE_LETTERS) if c == "X" else (str(self.r.randrange(10)) if c == "9" else c) for c in code
        )
        return self.r.choices([s, s.replace("-", ""), s.lower(), s.replace("-", " ")], weights=[10, 2, 1, 1])[0]

    def case(self) -> tuple[str, str]:
        """(cue text before the number, case number); the cue is ordinary text."""
        yy = self.pick(["23", "24", "25"])
        shapes = [
            ("zaaknummer ", f"Z/{yy}/{self.digits(6)}"),
            ("zaak ", f"20{yy}-{self.digits(7)}"),
            ("", f"WMO-{yy}-{self.digits(5)}"),
            ("kenmerk: ", self.pick("3456789") + self.digits(6)),
            ("ons kenmerk ", f"U{yy}.{self.digits(6)}"),
            ("dossiernummer ", f"D-20{yy}-{self.digits(4)}"),
            ("", f"JW-20{yy}-{self.digits(4)}"),
            ("klachtnummer ", f"KL/20{yy}/{self.digits(4)}"),
            ("bezwaarnummer ", f"BZ {yy}-{self.digits(4)}"),
            ("aanvraagnummer ", f"OLO{self.digits(7)}"),
            ("zaaknr. ", f"Z-20{yy}-{self.digits(6)}"),
            ("", f"PW-{yy}-{self.digits(5)}"),
        ]
        return self.pick(shapes)

    # ---- dates
    def day(self, y0: int = 2023, y1: int = 2025) -> dt.date:
        return dt.date(self.r.randrange(y0, y1 + 1), self.r.randrange(1, 13), self.r.randrange(1, 29))

    def date_words(self, d: dt.date | None = None, weekday: bool = False, year: bool = True) -> str:
        d = d or self.day()
        s = f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")
        return f"{WEEKDAYS[d.weekday()]} {s}" if weekday else s

    def date_digits(self, d: dt.date | None = None) -> str:
        d = d or self.day()
        return self.pick([f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}", d.isoformat()])

    def dob(self, child: bool = False) -> str:
        y0, y1 = (2008, 2021) if child else (1938, 2007)
        d = dt.date(self.r.randrange(y0, y1), self.r.randrange(1, 13), self.r.randrange(1, 29))
        return self.pick(
            [
                f"{d.day:02d}-{d.month:02d}-{d.year}",
                f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                d.isoformat(),
                f"{d.day}-{d.month}-{d.year}",
                f"{d.day} {MONTHS_SHORT[d.month - 1]}. {d.year}",
                f"{d.day}/{d.month}/{d.year}",
            ]
        )

    def times(self, n: int) -> list[str]:
        """n clock times of one morning or afternoon, in order."""
        start = self.r.randrange(8 * 60, 15 * 60)
        minutes = sorted(start + self.r.randrange(0, 120) for _ in range(n))
        return [f"{t // 60}:{t % 60:02d}" for t in minutes]

    def time(self) -> str:
        return f"{self.r.randrange(8, 18)}:{self.pick(['00', '05', '12', '15', '20', '30', '41', '45', '50'])}"

    def amount(self) -> str:
        euros = self.r.choice([self.r.randrange(12, 99), self.r.randrange(100, 999), self.r.randrange(1000, 4999)])
        cents = self.pick(["00", "50", "25", "95", "10", "-"])
        e = f"{euros:,}".replace(",", ".")
        return self.pick(
            [
                f"€ {e},{cents}" if cents != "-" else f"€ {e},-",
                f"€{e},{cents}" if cents != "-" else f"€ {e}",
                f"EUR {e},{cents}" if cents != "-" else f"{e} euro",
            ]
        )
