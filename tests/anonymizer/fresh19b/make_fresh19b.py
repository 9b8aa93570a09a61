#!/usr/bin/env python3
"""Blind anonymizer corpus fresh19b: speech turned into text (calls, intakes, hearings, voice messages, dictation).

Usage (from the project root, PYTHONPATH=.):
  make_fresh19b.py            write fresh19b_texts.jsonl
  make_fresh19b.py --check    exit 1 if the committed file differs from what would be written
  make_fresh19b.py --stats    counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import f19b_data as D  # noqa: E402

ROOT = HERE.parents[2]
OUT = HERE / "fresh19b_texts.jsonl"
SEED = 20261416
N_DOCS = 300
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
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

_spec = importlib.util.spec_from_file_location("_f19b_score", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SHAPES: dict[str, str] = {}  # shape name -> kind (document / labels / dialogue / mono)
DIALOGUE, MONO = [], []


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = kind
        if kind == "dialogue":
            DIALOGUE.append(f)
        elif kind == "mono":
            MONO.append(f)
        return f

    return deco


# ---------------------------------------------------------------- numbers said aloud
UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}
WORDNUM = (
    {w: i for i, w in enumerate(UNITS)}
    | {"één": 1}
    | {w: 10 + i for i, w in enumerate(TEENS)}
    | {w: k * 10 for k, w in TENS.items()}
)
COMPOUND = re.compile(r"^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(" + "|".join(TENS.values()) + ")$")
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
ORD = {
    1: "eerste",
    2: "tweede",
    3: "derde",
    4: "vierde",
    5: "vijfde",
    6: "zesde",
    7: "zevende",
    8: "achtste",
    9: "negende",
    10: "tiende",
    11: "elfde",
    12: "twaalfde",
    13: "dertiende",
    14: "veertiende",
    15: "vijftiende",
    16: "zestiende",
    17: "zeventiende",
    18: "achttiende",
    19: "negentiende",
    20: "twintigste",
}


def unit_word(r, d):
    return ("één" if r.random() < 0.5 else "een") if d == 1 else UNITS[d]


def num_word(r, n):
    """0..99 in Dutch words."""
    if n < 10:
        return unit_word(r, n)
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t]
    uw = UNITS[u] if u != 1 else "een"
    return uw + ("ën" if uw.endswith("e") else "en") + TENS[t]


def year_words(r, y):
    if y >= 2000:
        rest = y - 2000
        return "tweeduizend" + ((" " if r.random() < 0.5 else "") + num_word(r, rest) if rest else "")
    return "negentien" + (" " if r.random() < 0.4 else "") + num_word(r, y - 1900)


def chunk_say(r, c, words):
    """One chunk of digits as a single spoken token-run."""
    if not words:
        return c
    if len(c) == 2 and c[0] != "0":
        return num_word(r, int(c))
    return " ".join(unit_word(r, int(x)) for x in c)


def say_digits(r, digits, style):
    """Digits said aloud: plain, spaced, triples, pairs, words, pairwords, mixed, correction, dubbel."""
    if style == "plain":
        return digits
    if style == "spaced":
        return " ".join(digits)
    if style == "triples":
        return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
    if style == "pairs":
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    if style == "words":
        out, i = [], 0
        while i < len(digits):
            if i + 1 < len(digits) and digits[i] == digits[i + 1] and r.random() < 0.6:
                out.append("dubbel " + UNITS[int(digits[i])])
                i += 2
            else:
                out.append(unit_word(r, int(digits[i])))
                i += 1
        return " ".join(out)
    chunks = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    if style == "pairwords":
        return (
            ", ".join(chunk_say(r, c, True) for c in chunks)
            if r.random() < 0.5
            else " ".join(chunk_say(r, c, True) for c in chunks)
        )
    if style == "mixed":
        return " ".join(chunk_say(r, c, r.random() < 0.5) for c in chunks)
    if style == "correction":
        k = r.randrange(1, len(chunks))
        c = chunks[k]
        wrong = c
        while wrong == c:
            wrong = "".join(str(r.randrange(10)) for _ in c)
        words = r.random() < 0.6
        wrong_tok = (
            num_word(r, int(wrong))
            if (words and len(wrong) == 2 and wrong[0] != "0") or (words and len(wrong) == 1)
            else wrong
        )
        marker = r.choice(["nee wacht,", "eh nee,", "nee sorry,", "pardon,", "och nee,"])
        pre = " ".join(chunk_say(r, x, words) for x in chunks[:k])
        post = " ".join(chunk_say(r, x, words) for x in chunks[k:])
        return f"{pre} {wrong_tok} {marker} {post}"
    raise ValueError(style)


def spoken_to_code(s):
    """Read a spoken identifier back: number words to digits, spelling alphabet to letters, corrections applied."""
    s = re.sub(r"\b([A-Za-z]) van [A-Za-z]+\b", r"\1", s)
    groups = []
    dubbel = False
    for tok in re.findall(r"[0-9A-Za-zÀ-ÿ]+", s):
        t = tok.lower()
        if t in ("nee", "pardon"):
            if groups:
                groups.pop()
            continue
        if t in ("eh", "ehm", "uh", "wacht", "sorry", "och"):
            continue
        if t == "dubbel":
            dubbel = True
            continue
        m = COMPOUND.match(t)
        if m:
            g = str(WORDNUM[m.group(2)] + WORDNUM[m.group(1)])
        elif t in WORDNUM:
            g = str(WORDNUM[t])
        else:
            g = tok.upper()
        groups.append(g * 2 if dubbel else g)
        dubbel = False
    return "".join(groups)


def bsn_ok(code):
    if not re.fullmatch(r"\d{9}", code):
        return False
    return (sum(int(c) * w for c, w in zip(code[:8], range(9, 1, -1), strict=False)) - int(code[8])) % 11 == 0


def iban_ok(code):
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", code):
        return False
    x = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in x)) % 97 == 1


def make_bsn(r):
    while True:
        d = [r.randrange(1, 7)] + [r.randrange(10) for _ in range(7)]
        s = sum(v * w for v, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if s < 10:
            code = "".join(map(str, d)) + str(s)
            if bsn_ok(code):
                return code


def make_iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    x = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in x)) % 97
    return f"NL{chk:02d}{bank}{acct}"


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, r, origin=None, sur=None, g=None, first=None):
        self.origin = origin or r.choice(list(D.ORIGINS))
        m, f, pre, roots, suf = D.ORIGINS[self.origin]
        self.g = g or r.choice("mf")
        pool = m if self.g == "m" else f
        if first:
            self.first = first
        elif isinstance(pool, tuple):
            a, b = pool
            self.first = r.choice(a) + (" " if self.origin == "vietnamese" else "") + r.choice(b)
        else:
            self.first = r.choice(pool)
        self.sur = sur or (r.choice(pre) + r.choice(roots) + r.choice(suf)).strip()
        self.protect = False

    @property
    def full(self):
        if self.origin == "chinese" and len(self.first) % 2 == 0:
            return f"{self.sur} {self.first}"
        return f"{self.first} {self.sur}"

    def sur_cap(self):
        return self.sur[0].upper() + self.sur[1:]

    def main(self):
        """the last word of the surname (for spelling and handles)"""
        return self.sur.split()[-1].replace("-", "")

    def title(self, r):
        return r.choice(["mevrouw", "mw.", "mevr."]) if self.g == "f" else r.choice(["meneer", "dhr.", "de heer"])


# ---------------------------------------------------------------- document under construction
PII_RE = re.compile("\x01([A-Z_]+)\x02(.*?)\x03|\x04(.*?)\x05", re.S)


class Doc:
    def __init__(self, r, i, known):
        self.r, self.i, self.known = r, i, known
        self.low = r.random() < 0.5
        self.nopunct = self.low and r.random() < 0.5
        self.shapes = []
        self.res = Person(r)
        if known:
            if r.random() < 0.12:
                w = r.choice(sorted(D.KNOWN_FIRST))
                self.res = Person(r, first=w, g="f")
                self.kword = D.KNOWN_FIRST[w]
            else:
                w = r.choice(sorted(D.KNOWN))
                self.res = Person(
                    r,
                    sur=w,
                    origin=r.choice(
                        [
                            "dutch",
                            "frisian",
                            "moroccan",
                            "turkish",
                            "polish",
                            "surinamese_creole",
                            "ghanaian",
                            "indonesian",
                        ]
                    ),
                )
                self.kword = D.KNOWN[w]
            self.res.protect = True
        self.fam = Person(r, origin=self.res.origin, sur=self.res.sur)
        while self.fam.first == self.res.first:
            self.fam = Person(r, origin=self.res.origin, sur=self.res.sur)
        self.fam.protect = self.res.protect
        self.nb = Person(r)
        self.off = Person(r)
        self.med = Person(r)
        self.chair = Person(r)
        self.dept = r.choice(D.DEPARTMENTS)
        self.func = r.choice(D.FUNCTIONS)
        self.city = r.choice(D.CITIES)
        self.street = r.choice(D.STREET_ROOTS) + r.choice(D.STREET_SUFFIXES)
        self.nr = r.randrange(1, 180)
        self.bsn = make_bsn(r)
        self.iban = make_iban(r)
        self.phone = "06" + "".join(str(r.randrange(10)) for _ in range(8))
        self.pc = f"{r.randrange(1000, 9999)}{r.choice('BCDEGHJKLMNPRTVWXZ')}{r.choice('BCDEGHJKLMNPRTVWXZ')}"
        y = r.randrange(1941, 2006)
        self.dob = (r.randrange(1, 29), r.randrange(1, 13), y)
        self.used_phone = self.used_email = None
        self.spk = {}
        self.t = r.randrange(0, 40)

    # markers
    def P(self, text, label):
        if self.low and label != "PERSON":
            text = text.lower()
        return f"\x01{label}\x02{text}\x03"

    def K(self, word):
        return f"\x04{word}\x05"

    def nm(self, p, form="full"):
        r = self.r
        if form == "full":
            s = p.full
        elif form == "first":
            s = p.first
        elif form == "sur":
            s = p.sur_cap() if r.random() < 0.6 else p.sur
        elif form == "initial":
            s = f"{p.first[0]}. {p.sur_cap()}"
        elif form == "poss":
            s = p.sur_cap()
            s += "'s" if s[-1] in "aeiouy" else ("'" if s[-1] in "sxz" else "s")
        elif form == "caps":
            s = p.sur.upper()
        else:
            raise ValueError(form)
        if self.low and not p.protect and form != "caps":
            s = s.lower()
        return self.P(s, "PERSON")

    def odate(self):
        r = self.r
        return f"{self.K(r.choice(WEEKDAYS))} {r.randrange(1, 29)} {self.K(r.choice(MONTHS))}"

    def amount(self):
        a = f"{self.r.randrange(20, 2400)},{self.r.choice(['00', '50', '25', '95'])}"
        return self.K(a) + " euro"

    # identifiers in spoken forms
    def say_bsn(self):
        st = self.r.choice(["plain", "triples", "spaced", "words", "pairwords", "mixed", "correction", "dotted"])
        self.shapes.append("bsn_" + st)
        if st == "dotted":
            return self.P(f"{self.bsn[:4]}.{self.bsn[4:6]}.{self.bsn[6:]}", "BSN")
        return self.P(say_digits(self.r, self.bsn, st), "BSN")

    def say_iban(self):
        r, c = self.r, self.iban
        st = r.choice(["blocks", "run", "checkwords", "alphabet", "lettersapart", "digitwords"])
        self.shapes.append("iban_" + st)
        if st == "blocks":
            s = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        elif st == "run":
            s = c
        elif st == "checkwords":
            s = f"{c[:2]} {chunk_say(r, c[2:4], True)} {c[4:8]} {say_digits(r, c[8:], 'pairs')}"
        elif st == "alphabet":
            s = (
                f"{c[0]} van {D.ALPHABET[c[0].lower()]} {c[1]} van {D.ALPHABET[c[1].lower()]} {c[2:4]} "
                + f"{c[4:8]} {say_digits(r, c[8:], 'triples')}"
            )
        elif st == "lettersapart":
            s = (
                " ".join(c[:2].lower())
                + f" {c[2:4]} "
                + " ".join(c[4:8].lower())
                + " "
                + say_digits(r, c[8:], "spaced")
            )
        else:
            s = f"{c[:2]} {c[2:4]} {c[4:8]} " + say_digits(r, c[8:], r.choice(["words", "pairwords"]))
        return self.P(s, "IBAN")

    def say_phone(self, which=None):
        r, p = self.r, which or self.phone
        st = r.choice(["dash", "pairs", "run", "plus", "nulzes", "spaced", "correction", "twofour", "0031"])
        self.shapes.append("phone_" + st)
        if st == "dash":
            s = f"{p[:2]}-{p[2:]}"
        elif st == "pairs":
            s = f"{p[:2]} " + " ".join(p[i : i + 2] for i in range(2, 10, 2))
        elif st == "run":
            s = p
        elif st == "plus":
            s = f"+31 {p[1]} {p[2:6]} {p[6:]}"
        elif st == "nulzes":
            s = f"nul {UNITS[int(p[1])]} {p[2:4]} {p[4:6]} {p[6:8]} {p[8:]}"
        elif st == "spaced":
            s = " ".join(p)
        elif st == "correction":
            wrong = p[:4] + str((int(p[4]) + 3) % 10)
            s = f"{wrong[:2]} {wrong[2:]} {r.choice(['nee wacht', 'o nee sorry', 'eh nee'])}, {p[:2]} {p[2:6]} {p[6:]}"
        elif st == "twofour":
            s = f"{p[:2]} {p[2:4]} {p[4:6]} {p[6:]}"
        else:
            s = f"0031 {p[1:]}"
        if which is None:
            self.used_phone = f"{p[:2]}-{p[2:]}"
        return self.P(s, "PHONE")

    def say_email(self, p=None, spoken=None):
        r = self.r
        p = p or self.res
        loc = r.choice(
            [
                f"{p.first}.{p.main()}",
                f"{p.first[0]}{p.main()}",
                f"{p.main()}{r.randrange(60, 99)}",
                f"{p.first}{p.main()[:3]}",
            ]
        ).lower()
        loc = loc.translate(str.maketrans("ışğçöüéèáíóúłąęńśżźćčžđ", "isgcoueeaiouaeanszzcczd")).replace(" ", "")
        prov = r.choice(D.PROVIDERS)
        if p is self.res:
            self.used_email = f"{loc}@{prov}"
        spoken = r.random() < 0.55 if spoken is None else spoken
        self.shapes.append("email_" + ("spoken" if spoken else "written"))
        if not spoken:
            return self.P(f"{loc}@{prov}", "EMAIL")
        name, dom = prov.split(".")
        at = r.choice(["apenstaartje", "at", "ad", "at-teken"])
        loc_s = loc.replace(".", " punt ")
        return self.P(f"{loc_s} {at} {name} punt {dom}", "EMAIL")

    def say_pc(self):
        r, c = self.r, self.pc
        st = r.choice(["std", "run", "words", "pairs", "alphabet", "spelled"])
        self.shapes.append("postcode_" + st)
        if st == "std":
            s = f"{c[:4]} {c[4:]}"
        elif st == "run":
            s = c
        elif st == "words":
            s = f"{num_word(r, int(c[:2]))} {num_word(r, int(c[2:4]))} {c[4].lower()} {c[5].lower()}"
        elif st == "pairs":
            s = f"{c[:2]} {c[2:4]} {c[4:]}"
        elif st == "alphabet":
            s = f"{c[:4]} {c[4]} van {D.ALPHABET[c[4].lower()]} {c[5]} van {D.ALPHABET[c[5].lower()]}"
        else:
            s = f"{c[:4]} {c[4]}-{c[5]}"
        return self.P(s, "POSTCODE")

    def say_addr(self):
        r = self.r
        st = r.choice(["after", "before_words", "after_words", "nummer_aan", "toevoeging"])
        self.shapes.append("address_" + st)
        if st == "after":
            return self.P(f"{self.street} {self.nr}", "ADDRESS")
        if st == "before_words":
            return self.P(f"{num_word(r, self.nr % 100)} {self.street.lower()}", "ADDRESS")
        if st == "after_words":
            return self.P(f"{self.street} {num_word(r, self.nr % 100)}", "ADDRESS")
        if st == "nummer_aan":
            return f"nummer {self.nr} aan de " + self.P(self.street, "ADDRESS")
        return self.P(f"{self.street} {self.nr}{r.choice([' a', ' b', '-2', ' huis', 'bis'])}", "ADDRESS")

    def say_dob(self, dob=None):
        r = self.r
        dd, mm, yy = dob or self.dob
        st = r.choice(
            ["words", "wordsyear", "numdash", "slash", "iso", "month", "monthshort", "ordinal", "dotted", "mixed"]
        )
        self.shapes.append("dob_" + st)
        if st == "words":
            s = f"{num_word(r, dd) if dd < 100 else dd} {MONTHS[mm - 1]} {year_words(r, yy)}"
        elif st == "wordsyear":
            s = f"{dd} {MONTHS[mm - 1]} {year_words(r, yy)}"
        elif st == "numdash":
            s = f"{dd:02d}-{mm:02d}-{yy}"
        elif st == "slash":
            s = f"{dd}/{mm}/{str(yy)[2:]}"
        elif st == "iso":
            s = f"{yy}-{mm:02d}-{dd:02d}"
        elif st == "month":
            s = f"{dd} {MONTHS[mm - 1]} {yy}"
        elif st == "monthshort":
            s = f"{dd} {MONTHS[mm - 1][:3]} '{str(yy)[2:]}"
        elif st == "ordinal":
            s = f"de {ORD.get(dd, str(dd) + 'e')} van de {ORD.get(mm, str(mm) + 'e')} {num_word(r, yy % 100)}"
        elif st == "dotted":
            s = f"{dd}.{mm}.{yy}"
        else:
            s = f"{num_word(r, dd)} {num_word(r, mm)} {num_word(r, yy % 100)}"
        return self.P(s, "DATE_OF_BIRTH")

    def say_plate(self):
        r = self.r
        L = "BDFGHJKLNPRSTVXZ"
        sc = r.choice(["LL-999-L", "99-LLL-9", "L-999-LL", "LL-99-LL", "9-LLL-99"])
        plate = "".join(r.choice(L) if ch == "L" else (str(r.randrange(10)) if ch == "9" else ch) for ch in sc)
        st = r.choice(["written", "spaced", "alphabet", "lower", "words"])
        self.shapes.append("plate_" + st)
        parts = plate.split("-")
        if st == "written":
            s = plate
        elif st == "spaced":
            s = " ".join(ch for ch in plate if ch != "-")
        elif st == "alphabet":
            s = ", ".join(f"{ch} van {D.ALPHABET[ch.lower()]}" if ch.isalpha() else ch for ch in plate if ch != "-")
        elif st == "lower":
            s = " ".join(p.lower() for p in parts)
        else:
            s = " ".join(
                " ".join(ch.lower() for ch in p) if p.isalpha() else " ".join(unit_word(r, int(x)) for x in p)
                for p in parts
            )
        return self.P(s, "LICENSE_PLATE")

    def say_case(self):
        r = self.r
        fmt = r.choice(
            [
                "VTA-{y}-{n4}",
                "Z/{Y}/{n6}",
                "BZ {y}.{n2}.{n4}",
                "VA{y}-{n5}",
                "KCC-{n4}-{y}",
                "WMO/{Y}/{n4}-K",
                "HZ{y}{n4}",
                "DOS {n3}-{n3}-{y}",
            ]
        )
        n = {f"n{k}": "".join(str(r.randrange(10)) for _ in range(k)) for k in range(2, 7)}
        code = fmt.format(y=r.choice(["25", "26"]), Y=r.choice(["2025", "2026"]), **n)
        st = r.choice(["written", "written", "spoken", "lowerspaced"])
        self.shapes.append("case_" + st)
        if st == "written":
            s = code
        elif st == "lowerspaced":
            s = re.sub(r"[-/.]", " ", code).lower()
        else:
            toks = []
            for part in re.findall(r"[A-Z]+|\d+", code):
                if part.isalpha():
                    toks.append(" ".join(part.lower()))
                else:
                    toks.append(say_digits(r, part, r.choice(["pairwords", "words", "mixed"])))
            s = " ".join(toks)
        return self.P(s, "CASE_NUMBER")

    def spell(self, p):
        """a surname spelled aloud: with the spelling alphabet or letter by letter"""
        w = p.main()
        if not w.isascii():
            return self.nm(p, "sur")
        if self.r.random() < 0.5:
            self.shapes.append("spell_alphabet")
            s = ", ".join(f"{ch.upper()} van {D.ALPHABET[ch]}" for ch in w.lower())
        else:
            self.shapes.append("spell_hyphen")
            s = "-".join(w.lower())
        return self.P(s, "PERSON")


# ---------------------------------------------------------------- dialogue shapes: each returns [(role, text)]
@shape("dialogue")
def s_greeting_kcc(d):
    return [
        (
            "off",
            f"goedemiddag u spreekt met {d.nm(d.off, 'first')} van het {d.K('Klantcontactcentrum')}, "
            f"waarmee kan ik u {d.K('helpen')}",
        ),
        ("res", f"ja hallo eh met {d.nm(d.res)}, ik bel over de {d.K('brief')} van {d.K(d.dept)}"),
    ]


@shape("dialogue")
def s_spell_request(d):
    return [
        ("off", f"kunt u uw {d.K('achternaam')} even spellen"),
        ("res", f"ja {d.nm(d.res, 'sur')}, dat is {d.spell(d.res)}"),
        ("off", f"{d.K('dank')} u"),
    ]


@shape("dialogue")
def s_bsn_asked(d):
    return [
        ("off", f"mag ik voor de {d.K('controle')} uw burgerservicenummer"),
        ("res", f"eh ja even pakken hoor... {d.say_bsn()}"),
    ]


@shape("dialogue")
def s_bsn_readback(d):
    return [
        ("res", f"mijn bsn is {d.say_bsn()}"),
        ("off", f"ik herhaal {d.say_bsn()}, {d.K('klopt')} dat"),
        ("res", "ja dat klopt"),
    ]


@shape("dialogue")
def s_dob_asked(d):
    return [("off", f"en uw {d.K('geboortedatum')}"), ("res", f"{d.say_dob()}")]


@shape("dialogue")
def s_dob_nocue(d):
    return [("off", "dan zoek ik u even op"), ("res", f"ik ben van {d.say_dob()} als dat {d.K('helpt')}")]


@shape("dialogue")
def s_address_asked(d):
    return [
        ("off", f"en u woont nog op het {d.K('adres')}"),
        ("res", f"ja {d.say_addr()} in {d.K(d.city)}, postcode {d.say_pc()}"),
    ]


@shape("dialogue")
def s_address_moved(d):
    return [
        ("res", f"we zijn in {d.K(d.r.choice(MONTHS))} verhuisd naar {d.say_addr()}"),
        ("off", f"dat staat nog niet in de {d.K('basisregistratie')}, dat moet via {d.K('Burgerzaken')}"),
    ]


@shape("dialogue")
def s_phone_callback(d):
    return [
        ("off", f"op welk {d.K('nummer')} kan de {d.K(d.func)} u terugbellen"),
        ("res", f"eh {d.say_phone()}, na {d.K('drie')} uur"),
    ]


@shape("dialogue")
def s_email_asked(d):
    return [("off", f"heeft u een {d.K('mailadres')}"), ("res", f"ja dat is {d.say_email()}")]


@shape("dialogue")
def s_iban(d):
    return [
        ("res", f"het geld moet terug op {d.say_iban()}"),
        ("off", f"ik zet het door naar de {d.K('crediteurenadministratie')}"),
    ]


@shape("dialogue")
def s_plate(d):
    return [
        ("res", f"die {d.K('naheffing')} ging over de auto met kenteken {d.say_plate()}"),
        ("off", f"die staat bij {d.K('Parkeerbeheer')} geregistreerd met {d.amount()}"),
    ]


@shape("dialogue")
def s_case(d):
    return [("off", f"heeft u een {d.K('zaaknummer')}"), ("res", f"ja het staat bovenaan, {d.say_case()}")]


@shape("dialogue")
def s_case_readout(d):
    return [("off", f"uw {d.K('dossier')} staat onder {d.say_case()}, ik zie een {d.K('aantekening')} van {d.odate()}")]


@shape("dialogue")
def s_family_child(d):
    return [
        (
            "res",
            f"het gaat eigenlijk om mijn {'dochter' if d.fam.g == 'f' else 'zoon'} {d.nm(d.fam)}, "
            f"die is geboren op {d.say_dob((d.r.randrange(1, 29), d.r.randrange(1, 13), d.r.randrange(2008, 2022)))}",
        ),
        ("off", f"en {d.nm(d.fam, 'first')} gaat naar {d.K('school')} in {d.K(d.city)}?"),
    ]


@shape("dialogue")
def s_partner_possessive(d):
    return [
        (
            "res",
            f"{d.nm(d.fam, 'first')} mijn {'vrouw' if d.fam.g == 'f' else 'man'} dus, die heeft de "
            f"{d.K('aanvraag')} gedaan maar alles staat op {d.nm(d.fam, 'poss')} naam",
        ),
        ("off", f"dan heb ik een {d.K('machtiging')} nodig"),
    ]


@shape("dialogue")
def s_neighbour(d):
    return [
        (
            "res",
            f"de buurman, {d.nb.title(d.r)} {d.nm(d.nb, 'sur')}, die zet zijn {d.K('afval')} steeds bij "
            f"onze {d.K('schutting')}",
        ),
        ("nb", f"dat is niet waar, ik {d.nm(d.nb)} woon hier al {d.K('twintig')} jaar"),
    ]


@shape("dialogue")
def s_official_function(d):
    return [
        ("res", f"ik had eerder contact met {d.nm(d.off)}, {d.K(d.func)} bij {d.K(d.dept)}"),
        ("med", f"en wat heeft {d.off.title(d.r)} {d.nm(d.off, 'sur')} toen {d.K('toegezegd')}"),
    ]


@shape("dialogue")
def s_official_email(d):
    return [
        ("med", f"ik mail {d.nm(d.off, 'first')} even, dat is {d.say_email(d.off, spoken=False)}"),
        ("res", f"ja graag, want via de {d.K('Klantenservice')} kom ik nergens"),
    ]


@shape("dialogue")
def s_mediator_intro(d):
    return [
        (
            "med",
            f"mijn naam is {d.nm(d.med)}, ik ben {d.K('bemiddelaar')} bij {d.K('Verzoek')} tot "
            f"{d.K('Afstemming')}, ik neem het {d.K('gesprek')} op als u dat goed vindt",
        ),
        ("res", "ja hoor prima"),
    ]


@shape("dialogue")
def s_interruption(d):
    return [
        ("res", f"ja maar de {d.K('brief')} zei dat ik --"),
        ("off", "sorry dat ik u onderbreek, welke brief bedoelt u"),
        ("res", f"die van {d.odate()}, over de {d.K(d.r.choice(D.SCHEMES))}"),
    ]


@shape("dialogue")
def s_hesitation(d):
    return [
        (
            "res",
            f"ik heb eh, ik had dus eh de eh de {d.K('formulieren')} ingevuld en toen eh ja toen hoorde ik "
            f"niks meer van {d.K(d.dept)}",
        )
    ]


@shape("dialogue")
def s_amount(d):
    return [
        (
            "res",
            f"ze willen {d.amount()} terug voor de {d.K(d.r.choice(['energietoeslag', 'kwijtschelding', 'bijstand']))}",
        ),
        ("off", f"ik zie inderdaad een {d.K('vordering')}"),
    ]


@shape("dialogue")
def s_generic_contact(d):
    n = d.r.choice(["14 020", "14 030", "14 040", "14 050", "14 070"])
    return [("off", f"u kunt ook bellen met {d.K(n)} of mailen naar {d.K('info@gemeente.nl')}")]


@shape("dialogue")
def s_control_question(d):
    return [
        ("med", f"dan de {d.K('controlevraag')}: is alles {d.K('besproken')} wat u wilde bespreken"),
        ("res", f"ja, behalve de {d.K('huurachterstand')} misschien"),
    ]


@shape("dialogue")
def s_agreement(d):
    return [
        ("med", f"{d.K('afspraak')} is dus dat {d.nm(d.off, 'initial')} van {d.K(d.dept)} u voor {d.odate()} belt"),
        ("off", f"ja dat {d.K('noteer')} ik"),
    ]


@shape("dialogue")
def s_chair_floor(d):
    return [
        (
            "chair",
            f"ik geef het woord aan {d.res.title(d.r)} {d.nm(d.res, 'sur')}, u heeft het "
            f"{d.K('bezwaarschrift')} ingediend",
        ),
        ("res", f"ja dank u {d.K('voorzitter')}"),
    ]


@shape("dialogue")
def s_kitchen(d):
    return [
        ("res", f"wilt u {d.K('koffie')}? {d.nm(d.fam, 'first')} zet net"),
        ("off", f"graag, dan kijken we daarna naar de {d.K('huishoudelijke')} {d.K('hulp')}"),
    ]


@shape("dialogue")
def s_inaudible(d):
    return [
        ("res", f"[onverstaanbaar] ... en toen zei {d.nm(d.off, 'first')} dat het [overspraak] {d.K('geregeld')} was"),
        ("off", f"dat kan ik niet terugvinden in het {d.K('systeem')}"),
    ]


@shape("dialogue")
def s_name_correction(d):
    return [
        ("off", f"dus {d.nm(d.res)}"),
        ("res", f"nee {d.nm(d.res, 'sur')}, met de {d.K('hoofdletter')}, ja precies"),
    ]


@shape("dialogue")
def s_children_list(d):
    kids = [Person(d.r, origin=d.res.origin, sur=d.res.sur) for _ in range(2)]
    while len({d.res.first, d.fam.first, kids[0].first, kids[1].first}) < 4:
        kids = [Person(d.r, origin=d.res.origin, sur=d.res.sur) for _ in range(2)]
    for k in kids:
        k.protect = d.res.protect
    return [
        (
            "res",
            f"de {d.K('kinderen')} zijn {d.nm(kids[0], 'first')} en {d.nm(kids[1], 'first')}, "
            f"allebei op de {d.K('basisschool')}",
        )
    ]


@shape("dialogue")
def s_neighbour_address(d):
    st = d.r.choice(D.STREET_ROOTS) + d.r.choice(D.STREET_SUFFIXES)
    return [
        (
            "nb",
            f"ik woon er schuin tegenover, {d.P(f'{st} {d.r.randrange(1, 90)}', 'ADDRESS')}, en ik hoor "
            f"het elke {d.K('nacht')}",
        )
    ]


@shape("dialogue")
def s_attendees(d):
    return [
        (
            "med",
            f"{d.K('aanwezig')} zijn {d.nm(d.res)}, {d.nm(d.fam)}, {d.nm(d.off)} van {d.K(d.dept)} "
            f"en ik, {d.nm(d.med, 'first')}",
        )
    ]


@shape("dialogue")
def s_transfer(d):
    t = d.r.choice(D.DEPARTMENTS)
    return [
        ("off", f"ik verbind u door met {d.K(t)}, een {d.K('moment')}"),
        ("off", f"[{d.K('wachtmuziek')}]"),
        ("off", f"ja goedemorgen met {d.nm(d.nb, 'first')}, {d.K(d.func)}"),
    ]


@shape("dialogue")
def s_law(d):
    return [
        (
            "off",
            f"dat valt onder de {d.K(d.r.choice(['Participatiewet', 'Jeugdwet', 'Wmo', 'Awb']))}, "
            f"daar hebben we {d.K('regels')} voor",
        ),
        ("res", f"ja maar regels zijn niet {d.K('alles')}"),
    ]


@shape("dialogue")
def s_building(d):
    return [
        (
            "med",
            f"we kunnen ook afspreken in het {d.K(d.r.choice(['Stadskantoor', 'Wijkcentrum', 'Buurthuis']))}, "
            f"op {d.K(d.r.choice(WEEKDAYS))} ochtend",
        )
    ]


@shape("dialogue")
def s_caps_surname(d):
    return [("off", f"ik zie hier {d.nm(d.res, 'caps')} staan, in {d.K('hoofdletters')}, en een {d.K('notitie')}")]


@shape("dialogue")
def s_dob_family_readback(d):
    return [
        (
            "off",
            f"en {d.nm(d.fam, 'first')} is van {d.say_dob((d.r.randrange(1, 29), d.r.randrange(1, 13), d.r.randrange(1940, 2005)))}?",
        ),
        ("fam", f"ja {d.K('precies')}"),
    ]


@shape("dialogue")
def s_bsn_family(d):
    d.bsn = make_bsn(d.r)
    return [("off", f"en het bsn van {d.nm(d.fam, 'first')}"), ("res", f"wacht dat moet ik opzoeken... {d.say_bsn()}")]


@shape("dialogue")
def s_second_phone(d):
    p2 = "0" + d.r.choice(["10", "20", "70", "30", "40", "50"]) + "".join(str(d.r.randrange(10)) for _ in range(7))
    return [("res", f"of op het vaste {d.K('nummer')} van mijn {d.K('moeder')}, {d.say_phone(p2)}")]


@shape("dialogue")
def s_known_word(d):
    if not d.known:
        return [("res", f"het is gewoon een {d.K('puinhoop')} met die {d.K('formulieren')}")]
    w, tpl = d.kword
    return [
        ("res", tpl.format(w=d.K(w)) + f", dus ja, {d.K('vandaar')}"),
        ("off", f"ik begrijp het {d.res.title(d.r)} {d.nm(d.res, 'sur')}"),
    ]


# ---------------------------------------------------------------- monologue shapes (voice message / dictation)
@shape("mono")
def m_voicemail_open(d):
    return [f"ja hallo met {d.nm(d.res)}, ik bel over mijn {d.K('aanvraag')} voor {d.K(d.r.choice(D.SCHEMES))}"]


@shape("mono")
def m_voicemail_callback(d):
    return [f"wilt u mij terugbellen op {d.say_phone()}, ik ben er tot {d.K('vijf')} uur"]


@shape("mono")
def m_voicemail_close(d):
    return [f"nou {d.K('groetjes')} {d.nm(d.res, 'first')}, {d.K('doei')}"]


@shape("mono")
def m_dict_header(d):
    return [f"{d.K('dictaat')} {d.nm(d.med, 'initial')}, {d.K('bemiddelaar')}, {d.odate()}, nieuwe regel"]


@shape("mono")
def m_dict_subject(d):
    return [f"betreft {d.nm(d.res)} {d.say_dob()} wonend {d.say_addr()} komma {d.say_pc()} {d.K(d.city)}"]


@shape("mono")
def m_dict_case(d):
    return [f"{d.K('dossier')} {d.say_case()} punt {d.K('inwoner')} belde over {d.K(d.dept)}"]


@shape("mono")
def m_dict_filename(d):
    loc = re.sub(r"\W", "", d.res.main().lower())
    if d.res.protect:
        return [f"{d.K('opname')} staat in de map {d.K('intake')} onder het {d.K('kenmerk')} van vandaag"]
    return [
        f"{d.K('opname')} opgeslagen als intake_{d.P(loc, 'PERSON')}_{d.r.randrange(10, 99)}.m4a in de map "
        f"{d.K('intake')}"
    ]


@shape("mono")
def m_dict_official(d):
    return [f"overleg gehad met {d.nm(d.off, 'caps')} van {d.K(d.dept)}, {d.K(d.func)}, die belt terug"]


@shape("mono")
def m_voice_neighbour(d):
    return [f"en die van hiernaast, {d.nm(d.nb)}, die zegt dat ik {d.K('lieg')} maar ik heb gewoon {d.K('foto')}'s"]


@shape("mono")
def m_voice_bsn(d):
    return [f"mijn bsn voor als u dat nodig heeft is {d.say_bsn()}"]


@shape("mono")
def m_voice_email(d):
    return [f"of mail me op {d.say_email()}, dat lees ik wel op mijn {d.K('telefoon')}"]


@shape("mono")
def m_voice_iban(d):
    return [f"het {d.K('rekeningnummer')} is {d.say_iban()}"]


@shape("mono")
def m_voice_plate(d):
    return [f"het gaat om de {d.K('wegsleepregeling')}, mijn auto {d.say_plate()} is weggesleept op {d.odate()}"]


@shape("mono")
def m_dict_family(d):
    return [f"{d.K('gezin')} bestaat uit {d.nm(d.res, 'first')}, partner {d.nm(d.fam)} en twee {d.K('kinderen')}"]


@shape("mono")
def m_dict_action(d):
    return [
        f"{d.K('actiepunt')}: {d.nm(d.off, 'first')} zoekt uit waarom de {d.K(d.r.choice(D.SCHEMES))} is "
        f"gestopt, {d.K('deadline')} {d.odate()}"
    ]


@shape("mono")
def m_voice_repair(d):
    return [f"ik woon op eh, nee ik woonde, we zijn nu op {d.say_addr()}, sinds {d.K(d.r.choice(MONTHS))}"]


@shape("mono")
def m_voice_spell(d):
    return [f"mijn achternaam is {d.nm(d.res, 'sur')}, {d.spell(d.res)}, want het gaat altijd {d.K('fout')}"]


@shape("mono")
def m_known(d):
    if not d.known:
        return [
            f"het {d.K('loket')} was weer {d.K('dicht')} toen {'de inwoner' if getattr(d, 'dictation', False) else 'ik'} kwam"
        ]
    w, tpl = d.kword
    if getattr(d, "dictation", False):
        return [
            f"{d.K('inwoner')} vertelt letterlijk: "
            + tpl.format(w=d.K(w))
            + f", einde citaat, {d.res.title(d.r)} {d.nm(d.res, 'sur')} wil vooral {d.K('duidelijkheid')}"
        ]
    return [tpl.format(w=d.K(w)) + f", en {d.nm(d.res, 'sur')} is dus mijn {d.K('achternaam')}"]


@shape("mono")
def m_amount(d):
    if getattr(d, "dictation", False):
        return [f"volgens {d.K('inwoner')} is er {d.amount()} afgeschreven ondanks {d.K('kwijtschelding')}"]
    return [f"er is {d.amount()} afgeschreven terwijl ik {d.K('kwijtschelding')} had"]


@shape("mono")
def m_dict_dob_nocue(d):
    return [
        f"{d.nm(d.fam)}, {d.say_dob((d.r.randrange(1, 29), d.r.randrange(1, 13), d.r.randrange(1938, 2010)))}, "
        f"is {d.K('mantelzorger')}"
    ]


# ---------------------------------------------------------------- speaker-label styles
ROLE_WORDS = {
    "res": "Beller",
    "off": "Medewerker",
    "med": "Bemiddelaar",
    "fam": "Partner",
    "nb": "Buurman",
    "chair": "Voorzitter",
}
ROLE_CODES = {"res": "INW", "off": "GEM", "med": "BEM", "fam": "FAM", "nb": "BUUR", "chair": "VZ"}


def _idx(d, role):
    return d.spk.setdefault(role, len(d.spk))


def _person(d, role):
    return {"res": d.res, "off": d.off, "med": d.med, "fam": d.fam, "nb": d.nb, "chair": d.chair}[role]


@shape("labels")
def lab_letters(d, role):
    return "ABCDEF"[_idx(d, role)] + ":"


@shape("labels")
def lab_spreker(d, role):
    return f"Spreker {_idx(d, role) + 1}:"


@shape("labels")
def lab_bracket(d, role):
    return f"[spreker {_idx(d, role) + 1}]"


@shape("labels")
def lab_asr(d, role):
    return f"SPEAKER_{_idx(d, role):02d}:"


@shape("labels")
def lab_codes(d, role):
    return ROLE_CODES[role] + ":"


@shape("labels")
def lab_words(d, role):
    return ROLE_WORDS[role] + ":"


@shape("labels")
def lab_time(d, role):
    d.t += d.r.randrange(3, 40)
    return f"{d.t // 60:02d}:{d.t % 60:02d} Spreker {_idx(d, role) + 1}"


@shape("labels")
def lab_first(d, role):
    return d.nm(_person(d, role), "first") + ":"


@shape("labels")
def lab_title(d, role):
    p = _person(d, role)
    return f"{'mw.' if p.g == 'f' else 'dhr.'} {d.nm(p, 'sur')}:"


@shape("labels")
def lab_dash(d, role):
    return "-"


@shape("labels")
def lab_paren(d, role):
    return f"({ROLE_WORDS[role].lower()})"


@shape("labels")
def lab_arrow(d, role):
    return ROLE_CODES[role] + " >"


@shape("labels")
def lab_lower(d, role):
    return ROLE_WORDS[role].lower() + " -"


@shape("labels")
def lab_interview(d, role):
    return "Interviewer:" if role in ("med", "off", "chair") else "Respondent:"


@shape("labels")
def lab_caps(d, role):
    return ROLE_WORDS[role].upper() + ":"


@shape("labels")
def lab_unknown(d, role):
    return "(onbekende spreker)" if role in ("fam", "nb") else f"spreker {_idx(d, role) + 1}:"


LABEL_FUNCS = [f for f in list(globals().values()) if callable(f) and getattr(f, "__name__", "").startswith("lab_")]


# ---------------------------------------------------------------- document kinds
RESTRICT = {
    "s_chair_floor": ("k_hearing",),
    "s_kitchen": ("k_kitchen_table", "k_intake"),
    "s_greeting_kcc": ("k_kcc_call", "k_no_header_call", "k_desk_visit"),
    "s_transfer": ("k_kcc_call", "k_no_header_call"),
    "s_mediator_intro": ("k_intake", "k_neighbour_mediation", "k_teams_asr", "k_kitchen_table"),
    "s_neighbour": ("k_neighbour_mediation", "k_intake", "k_kitchen_table", "k_hearing", "k_teams_asr"),
    "s_control_question": ("k_intake", "k_neighbour_mediation", "k_teams_asr", "k_kitchen_table"),
}


def _dialogue(d, roles_map, n, header, labels=None):
    r = d.r
    lab = labels or r.choice(LABEL_FUNCS)
    d.shapes.append(lab.__name__)
    pool = [f for f in DIALOGUE if d.kind in RESTRICT.get(f.__name__, (d.kind,))]
    picks = r.sample(pool, n)
    if d.known and s_known_word not in picks:
        picks[r.randrange(len(picks))] = s_known_word
    lines = [header] if header else []
    sep = "\n" if r.random() < 0.7 else " "
    for f in picks:
        d.shapes.append(f.__name__)
        for role, text in f(d):
            role = roles_map.get(role, role)
            lines.append(f"{lab(d, role)} {text}")
    return sep.join(lines)


VOICE_FIRST, VOICE_LAST, DICT_FIRST = "m_voicemail_open", "m_voicemail_close", "m_dict_header"
DICT_SHAPES = {
    "m_dict_header",
    "m_dict_subject",
    "m_dict_case",
    "m_dict_filename",
    "m_dict_official",
    "m_dict_family",
    "m_dict_action",
    "m_dict_dob_nocue",
    "m_known",
    "m_amount",
}


def _mono(d, n, header, dictation):
    r = d.r
    if dictation:
        pool = [f for f in MONO if f.__name__ in DICT_SHAPES and f.__name__ != DICT_FIRST]
        first, last = (globals()[DICT_FIRST] if r.random() < 0.7 else None), None
    else:
        pool = [
            f
            for f in MONO
            if f.__name__ not in DICT_SHAPES - {"m_known", "m_amount"} and f.__name__ not in (VOICE_FIRST, VOICE_LAST)
        ]
        first = globals()[VOICE_FIRST] if r.random() < 0.8 else None
        last = globals()[VOICE_LAST] if r.random() < 0.7 else None
    picks = r.sample(pool, min(n, len(pool)))
    if d.known and m_known not in picks:
        picks[r.randrange(len(picks))] = m_known
    picks = ([first] if first else []) + picks + ([last] if last else [])
    d.dictation = dictation
    parts = [header] if header else []
    for f in picks:
        d.shapes.append(f.__name__)
        parts.extend(f(d))
    return (" " if r.random() < 0.6 else "\n").join(parts)


@shape("document")
def k_kcc_call(d):
    return _dialogue(
        d,
        {"med": "off", "chair": "off"},
        d.r.randrange(5, 8),
        f"{d.K('Transcript')} telefoongesprek {d.K('KCC')} {d.odate()}",
    )


@shape("document")
def k_intake(d):
    return _dialogue(
        d, {"off": "med", "chair": "med"}, d.r.randrange(5, 8), f"{d.K('Opname')} intakegesprek, {d.K('bemiddeling')}"
    )


@shape("document")
def k_hearing(d):
    return _dialogue(
        d, {"med": "chair"}, d.r.randrange(5, 8), f"{d.K('Hoorzitting')} {d.K('Bezwaarcommissie')}, automatisch verslag"
    )


@shape("document")
def k_kitchen_table(d):
    return _dialogue(d, {"chair": "off"}, d.r.randrange(5, 8), f"{d.K('Keukentafelgesprek')} huisbezoek {d.odate()}")


@shape("document")
def k_neighbour_mediation(d):
    return _dialogue(
        d, {"off": "med", "chair": "med"}, d.r.randrange(5, 8), f"{d.K('Buurtbemiddeling')}, {d.K('driegesprek')}"
    )


@shape("document")
def k_teams_asr(d):
    return _dialogue(
        d, {"chair": "med"}, d.r.randrange(5, 8), f"{d.K('Teams')}-opname, automatische transcriptie", labels=lab_time
    )


@shape("document")
def k_desk_visit(d):
    return _dialogue(
        d,
        {"med": "off", "chair": "off"},
        d.r.randrange(4, 7),
        f"{d.K('Balie')} {d.K('Stadswinkel')}, gesprek opgenomen",
    )


@shape("document")
def k_no_header_call(d):
    return _dialogue(d, {"chair": "off"}, d.r.randrange(5, 8), "")


@shape("document")
def k_voicemail(d):
    return _mono(d, d.r.randrange(5, 8), f"{d.K('Voicemail')} ontvangen {d.odate()}, {d.K('uitgeschreven')}:", False)


@shape("document")
def k_whatsapp_voice(d):
    return _mono(d, d.r.randrange(5, 8), f"{d.K('Spraakbericht')} via {d.K('WhatsApp')} (automatisch omgezet)", False)


@shape("document")
def k_dictation(d):
    return _mono(d, d.r.randrange(4, 7), "", True)


@shape("document")
def k_hurried_typist(d):
    return _mono(d, d.r.randrange(5, 8), f"{d.K('tel')}. notitie {d.K('terugbelverzoek')} --", True)


KINDS = [
    k_kcc_call,
    k_intake,
    k_hearing,
    k_kitchen_table,
    k_neighbour_mediation,
    k_teams_asr,
    k_desk_visit,
    k_no_header_call,
    k_voicemail,
    k_whatsapp_voice,
    k_dictation,
    k_hurried_typist,
]


# ---------------------------------------------------------------- assembly
def render(d, raw):
    def plain(s):
        if d.low:
            s = s.lower()
        if d.nopunct:
            s = re.sub(r"[.,!?;:](?=\s|$)", "", s)
        return s

    text, pii, keep, pos = [], [], [], 0
    for m in PII_RE.finditer(raw):
        text.append(plain(raw[pos : m.start()]))
        if m.group(1):
            text.append(m.group(2))
            item = {"text": m.group(2), "label": m.group(1)}
            if item not in pii:
                pii.append(item)
        else:
            w = m.group(3).lower() if d.low else m.group(3)
            text.append(w)
            if w not in keep:
                keep.append(w)
        pos = m.end()
    text.append(plain(raw[pos:]))
    return re.sub(r"[ \t]+", " ", "".join(text)).strip(), pii, keep


def build(i, stream):
    r = random.Random(stream)
    d = Doc(r, i, known=(i % 4 == 1))
    kind = r.choice(KINDS)
    d.kind = kind.__name__
    d.shapes.append(kind.__name__)
    text, pii, keep = render(d, kind(d))
    doc = {"id": f"fresh19b-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if d.known:
        k = {"names": [d.res.full]}
        if d.used_email:
            k["emails"] = [d.used_email]
        if d.used_phone:
            k["phones"] = [d.used_phone]
        doc["known"] = k
    return doc, sorted(set(d.shapes))


def _words(s):
    return {w for w in re.findall(r"[\w'-]+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(spoken_to_code(item["text"])):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(spoken_to_code(item["text"])):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<![\w@.])" + re.escape(k) + r"(?![\w@])", text):
            return f"keep not a whole word: {k}"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k} shares a name word"
    if "known" in doc:
        if not any(k == k.lower() and k in known_words for k in doc["keep"]):
            return "known name without ordinary use"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = build(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            if attempt > 50:
                raise SystemExit(f"document {i}: no passing draw: {gate(doc)}")
            redraws += 1
            doc, sh = build(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs, shapes, redraws = generate()
    out = dump(docs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh19b_texts.jsonl is up to date" if same else "fresh19b_texts.jsonl differs from the generator")
        sys.exit(0 if same else 1)
    if a.stats:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  pii items total {sum(labels.values())}; keep words {sum(len(d['keep']) for d in docs)}")
        used = [s for s in shapes]
        by_kind = Counter(SHAPES.get(s, s.split("_")[0] + " variants") for s in used)
        print(
            f"shapes used: {len(used)} (registered functions {len(SHAPES)}; "
            + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
            + ")"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")


if __name__ == "__main__":
    main()
