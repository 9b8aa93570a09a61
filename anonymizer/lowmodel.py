"""A statistical model for names written in lower case (round eleven).

Residents and colleagues write names in lower case in chats, notes and hurried mails ("bel parisa ff terug",
"zowel robel ghebrzghi als dewi zeggen", "die oksana van nummer 73"). The rules of ``casing``/``lowernames`` know a
name there by a listed first name or by one of a few dozen positions; a new writer uses other positions, and the
names of many residents are on no list. This model reads what any writer's text shows around a lower-case word that
no Dutch word list has: the words before and after it (an ordinary Dutch word as itself, anything else by its
class), the punctuation beside it, its own shape (endings, length, accents, hyphen) and whether the document writes
it capitalised elsewhere. A logistic regression on hashed features, like ``model.py``; weights in
``data/lower_model.bin.gz``, written by ``python -m anonymizer.tools.train_lowmodel``.

It never reads the words of a name pool: the word itself enters only by its shape and affixes, context words only
when they are ordinary Dutch words. Pure Python and deterministic.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from pathlib import Path

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS
from .model import read_weights
from .wordlists import CHAT_WORDS, CUE_WORDS, FOREIGN_WORDS

BITS = 16
MASK = (1 << BITS) - 1
MODEL_PATH = Path(__file__).resolve().parent / "data" / "lower_model.bin.gz"
# The probability from which a lower-case candidate is written as a name in the case view (chosen out of fold on the
# blind corpora of round eleven for a precision of about 0.9: see docs/anonymizer.md, "Round eleven").
THRESHOLD = 0.5

_weights: array | None = None
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüı")


def load(path: Path | str | None = None) -> array:
    """Load (or reload from ``path``) the weights; a missing file gives an all-zero model (probability 0.5)."""
    global _weights
    _weights = read_weights(Path(path) if path else MODEL_PATH, MASK + 1)
    return _weights


def set_weights(w: array) -> None:
    """Use ``w`` (the training tool)."""
    global _weights
    _weights = w


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def model_candidate(w: str) -> bool:
    """Of the case view's lower-case candidates, those the model judges: no place name written in lower case, no
    word of another language mixed into the Dutch, no infinitive that lost its n, no word misread by OCR."""
    lo = w.lower()
    if len(lo) >= 6 and lo + "n" in WORDS:
        return False  # "invulle", "betale": an infinitive without its n
    ocr = lo.replace("vv", "w").replace("rn", "m").replace("cl", "d")
    if ocr != lo and (ocr in WORDS or ocr in STOPWORDS):
        return False  # "vveken", "bezvvaar": a scanned word read with the wrong letters
    return lo not in FOREIGN_WORDS and _cap(lo) not in PLACES_FULL


def _near_word(lo: str) -> bool:
    """A misspelt Dutch word: "invulle" (invullen), "gebelt" (gebeld), "gestuurt" (gestuurd)."""
    return (
        lo + "n" in WORDS
        or lo + "e" in WORDS
        or (len(lo) > 4 and lo[:-1] in WORDS)
        or (lo.endswith("t") and lo[:-1] + "d" in WORDS)
        or (lo.endswith("d") and lo[:-1] + "t" in WORDS)
    )


def _cls(w: str) -> str:
    """A context word as the model may see it: an ordinary word as itself, anything else by its class."""
    lo = w.lower()
    if lo in STOPWORDS or lo in CHAT_WORDS or lo in CUE_WORDS or (lo in WORDS and len(lo) <= 12):
        return lo
    if w[:1].isupper():
        return "<Cap>" if _cap(lo) not in PLACES_FULL else "<Place>"
    return "<unk>"


def _context(text: str, s: int, e: int) -> tuple[list[str], list[str], str, str]:
    """Two words before and after the span, and the characters right before and after it."""
    left = text[max(0, s - 60) : s]
    right = text[e : e + 60]
    lw = _WORD.findall(left)[-2:]
    rw = _WORD.findall(right)[:2]
    lb = left.rstrip(" \t")[-1:] or "^"
    ra = right.lstrip(" \t")[:1] or "$"
    return lw, rw, lb, ra


def features(text: str, s: int, e: int, capitalised_elsewhere: bool = False, informal: bool = False) -> list[str]:
    """The features of the lower-case word at ``text[s:e]``."""
    w = text[s:e]
    lo = w.lower()
    f = ["bias", "sfx3:" + lo[-3:], "sfx2:" + lo[-2:], "pfx2:" + lo[:2], "len:" + str(min(len(lo), 12))]
    if not lo.isascii():
        f.append("diacritics")
    if "-" in lo:
        f.append("hyphen")
    f.append("cv:" + "".join("v" if c in _VOWELS else "c" for c in lo[-3:]))
    c = _cap(lo)
    if c in FIRST_NAMES:
        f.append("listed_first")
    if c in SURNAMES:
        f.append("listed_surname")
    if lo in WORDS:
        f.append("word")
    if c in PLACES_FULL:
        f.append("place")
    if _near_word(lo):
        f.append("near_word")
    lw, rw, lb, ra = _context(text, s, e)
    p1 = _cls(lw[-1]) if lw else "<none>"
    p2 = _cls(lw[-2]) if len(lw) > 1 else "<none>"
    n1 = _cls(rw[0]) if rw else "<none>"
    n2 = _cls(rw[1]) if len(rw) > 1 else "<none>"
    f += ["p1:" + p1, "p2:" + p2, "n1:" + n1, "n2:" + n2, "p21:" + p2 + "_" + p1, "n12:" + n1 + "_" + n2]
    f += ["p1n1:" + p1 + "_" + n1, "lb:" + lb, "ra:" + ra, "lbp1:" + lb + "_" + p1, "ran1:" + ra + "_" + n1]
    if capitalised_elsewhere:
        f.append("cap_elsewhere")
    if informal:
        f.append("informal")
    return f


_SLOTS: dict[str, int] = {}


def _slot(feature: str) -> int:
    i = _SLOTS.get(feature)
    if i is None:
        if len(_SLOTS) > 200_000:
            _SLOTS.clear()
        i = _SLOTS[feature] = zlib.crc32(feature.encode("utf-8", "surrogatepass")) & MASK
    return i


def prob_of(feats: list[str], w: array | None = None) -> float:
    """The model's probability for a feature list."""
    w = w if w is not None else (_weights if _weights is not None else load())
    z = sum(w[_slot(x)] for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def doc_facts(text: str) -> tuple[frozenset[str], bool]:
    """Words the document writes capitalised (in lower case), and whether it is informal (most lines start in lower
    case)."""
    caps = frozenset(m.group().lower() for m in _WORD.finditer(text) if m.group()[:1].isupper())
    lines = [ln.lstrip(" \t-*•>") for ln in text.splitlines() if ln.strip()]
    informal = bool(lines) and sum(1 for ln in lines if ln[:1].islower()) * 2 >= len(lines)
    return caps, informal


def name_prob(text: str, s: int, e: int, facts: tuple[frozenset[str], bool] | None = None) -> float:
    """Probability that the lower-case word at ``text[s:e]`` is (part of) a person's name."""
    caps, informal = facts if facts is not None else doc_facts(text)
    return prob_of(features(text, s, e, text[s:e].lower() in caps, informal))
