"""Spoken and written forms of numbers, dates and identifiers for the fresh17a corpus (standard library only)."""

from __future__ import annotations

import random
import re

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
TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
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
DIGIT_WORDS = {
    "nul": "0",
    "een": "1",
    "één": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}
SAY_DIGIT = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
# a spelling alphabet of this corpus's own (not the official one)
ALPHABET = {
    "A": "Appel",
    "B": "Boom",
    "C": "Citroen",
    "D": "Dak",
    "E": "Ezel",
    "F": "Fiets",
    "G": "Gras",
    "H": "Huis",
    "I": "Inkt",
    "J": "Jas",
    "K": "Kaas",
    "L": "Lamp",
    "M": "Maan",
    "N": "Noot",
    "O": "Oven",
    "P": "Pen",
    "Q": "Quiz",
    "R": "Radio",
    "S": "Sok",
    "T": "Tafel",
    "U": "Uil",
    "V": "Vork",
    "W": "Water",
    "X": "Xylofoon",
    "Y": "Yoghurt",
    "Z": "Zeef",
}


def nl(n: int) -> str:
    """Dutch number word for 0..99."""
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t]
    unit = UNITS[u]
    return unit + ("ën" if unit.endswith("e") else "en") + TENS[t]


def ordinal(n: int) -> str:
    if n == 1:
        return "eerste"
    if n == 3:
        return "derde"
    if n == 8:
        return "achtste"
    return nl(n) + ("ste" if n >= 20 else "de")


def year_words(y: int, r: random.Random) -> str:
    c, x = divmod(y, 100)
    if c == 19:
        if r.random() < 0.5:
            return "negentienhonderd" + (nl(x) if x else "")
        return "negentien " + (nl(x) if x >= 10 else "honderd" + (nl(x) if x else ""))
    return "tweeduizend" + ("" if x == 0 else (" " if r.random() < 0.5 else "") + nl(x))


def spell_letters(s: str, r: random.Random, style: str) -> str:
    out = []
    for ch in s:
        up = ch.upper()
        if up in ALPHABET:
            word = ALPHABET[up]
            out.append(f"{up} van {word}" if style == "van" else f"{up} zoals {word.lower()}")
        else:
            out.append(ch)
    return ", ".join(out)


def elf_ok(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isdigit():
        return False
    s = sum(int(bsn[i]) * (9 - i) for i in range(8)) - int(bsn[8])
    return s % 11 == 0


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            if elf_ok(s):
                return s


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban(r: random.Random) -> str:
    bank = r.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    t = bank + acct + "NL00"
    check = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return f"NL{check:02d}{bank}{acct}"


def digits_of(text: str) -> str:
    """The digits of an identifier written in figures, number words or both (single digit words only)."""
    out = []
    for tok in re.findall(r"[^\W\d_]+|\d", text.lower()):
        if tok.isdigit():
            out.append(tok)
        elif tok in DIGIT_WORDS:
            out.append(DIGIT_WORDS[tok])
        else:
            out.append(tok.upper())
    return "".join(out)
