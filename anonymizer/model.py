"""A small statistical person model: evidence beside the named rules of ``judge.py``.

A logistic regression on hashed features says how likely a token of a name chunk is part of a person's name.
It looks at the token's shape, affixes and word-list membership, at two words of context on each side (their
lower-case form only when it is an ordinary Dutch word, so the model cannot learn the corpora's name pools), at
the layout of the line, at the cues the rules already compute and at the whole document (the word also written in
lower case, or named mid-sentence elsewhere; the genre: lower-case lines, speaker labels). It never decides
alone: ``review`` is called by ``judge.decide`` after the first rule has decided, and only overrides a decision the
rules took on weak evidence (``WEAK_KEEP``, ``WEAK_REMOVE``) when the model is confident. Weights live in
``data/person_model.bin.gz`` (float32, ``2**BITS`` entries), written by
``python -m anonymizer.tools.train_model`` and loaded on first use.
Pure Python and deterministic: the same text always gives the same answer.
"""

from __future__ import annotations

import gzip
import math
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS
from .wordlists import CUE_WORDS, FOREIGN_WORDS, GOV_TERMS, ORG_WORDS, RELATIONS

if TYPE_CHECKING:
    from .judge import Evidence

BITS = 18
MASK = (1 << BITS) - 1
MODEL_PATH = Path(__file__).resolve().parent / "data" / "person_model.bin.gz"

# Rules whose "not a person" rests on weak evidence, with the mean probability from which a confident model makes
# the chunk a name: no rule applied, an unknown word opening a sentence, a listed word that is also an ordinary word
# opening a sentence, a two-letter word; and, only when the model is very sure, veto rules whose evidence is a word
# list or a position a name can share (a public body, an acronym, a department after a role word, a place word, a
# word after a postcode or after a place preposition).
WEAK_KEEP: dict[str, float] = {
    "": 0.6,
    "rule_unknown": 0.65,
    "rule_listed_word": 0.9,
    "rule_short": 0.7,
    "rule_public_body": 0.9,
    "rule_acronym": 0.9,
    "rule_department_after_cue": 0.9,
    "rule_place_word": 0.9,
    "rule_after_postcode": 0.95,
    "rule_listed_word_after_place_prep": 0.95,
    "rule_named_after_person": 0.93,
    "rule_organisation_before": 0.95,
    "rule_facility_named": 0.9,
}
# Veto rules that decide many chunks of ordinary text (every "Gemeente X", "Team Y"): the model is asked only when
# a word of the chunk is a listed first name or surname, so text without one pays nothing.
LISTED_ONLY = frozenset({"rule_public_body"})
# Rules whose "person" rests on weak evidence (a capitalised word in a proper-noun position, nothing more), with
# the mean probability up to which a model confident that the chunk is no name keeps it.
WEAK_REMOVE: dict[str, float] = {
    "rule_capitalised_word_mid": 0.1,
    "rule_unknown_mid": 0.1,
    "rule_capitalised_words_after_weak_word": 0.05,
}
PURE_WORD_REMOVE: dict[str, float] = {"rule_capitalised_word_mid": 0.3}
# Round eleven lowered the two first thresholds (0.85 -> 0.6, 0.87 -> 0.65): on the four corpora blind authors wrote
# that round, never seen by this model, PERSON leaks fell by a fifth (fresh12b 19 -> 14, fresh12c 34 -> 26, fresh12d
# 72 -> 58, holdout10 39 -> 36) with no keep word lost there; the development corpora lost 14 keep words in 109,133
# items (OCR misreadings and form keys opening a line).
# The thresholds were chosen on out-of-fold predictions: chunk statistics per rule (the training tool's ``--oof``)
# and whole documents, each corpus group scored by a model trained without it (``--oof-docs``).
# Veto rules the model may overrule only for name-shaped words, the first no Dutch word, none abbreviated or in
# capitals: "bureau van Giacomo Castado" (a person's office), "app Sien"; not "Firma Jansen B.V." (round twelve).
NAME_SHAPED_ONLY = frozenset({"rule_organisation_before"})


_COMPANY_FORM_AFTER = re.compile(r"^[ \t]*(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|&[ \t]*(?:Zn|Zonen))(?![\w])")


def _name_shaped(ev: Evidence) -> bool:
    toks = [t for t in ev.name_toks if not t.particle]
    if not toks or toks[0].text.lower() in WORDS or _COMPANY_FORM_AFTER.match(ev.after):
        return False
    return all("." not in t.text and not (t.text.isupper() and len(t.text) > 1) for t in ev.chunk if not t.particle)


T_ADD = WEAK_KEEP[""]
T_DROP = WEAK_REMOVE["rule_unknown_mid"]

_STREET_END = re.compile(r"(?:straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|hof|park|dijk|pad)$", re.I)

_NUMBER_AFTER = re.compile(r"\s*(?:\d|/)")

_weights: array | None = None
# Set to a list by the training tool: ``review`` then records every decision instead of changing it.
COLLECT: list[tuple[Any, ...]] | None = None
# Set to a list by the training tool's ``--where``: ``review`` records (evidence, rule, kind, final kind) and decides.
TRACE: list[tuple[Any, ...]] | None = None
ENABLED = os.environ.get("ANONYMIZER_MODEL", "on") != "off"


def read_weights(path: Path, size: int) -> array:
    """``size`` float32 weights from a file written by ``save``; a missing or wrong file gives zeros (p = 0.5)."""
    w = array("f")
    if path.exists():
        w.frombytes(gzip.decompress(path.read_bytes()))
        if sys.byteorder == "big":
            w.byteswap()  # stored little-endian
    if len(w) != size:
        w = array("f", bytes(4 * size))
    return w


def load(path: Path | str | None = None) -> array:
    """Load (or reload from ``path``) the weights; a missing file gives an all-zero model (probability 0.5)."""
    global _weights
    _weights = read_weights(Path(path) if path else MODEL_PATH, MASK + 1)
    return _weights


def set_weights(w: array) -> None:
    """Use ``w`` (for instance freshly trained) instead of the bundled weights."""
    global _weights
    _weights = w


def save(w: array, path: Path | str) -> None:
    """Write weights compactly and deterministically (little-endian float32, gzip without a time stamp)."""
    if sys.byteorder == "big":
        w = array("f", w)
        w.byteswap()
    Path(path).write_bytes(gzip.compress(w.tobytes(), compresslevel=9, mtime=0))


_SHAPE_SUBS = ((re.compile(r"[A-ZÀ-ÖØ-Þ]"), "X"), (re.compile(r"[a-zß-öø-ÿ]"), "x"), (re.compile(r"\d"), "d"))
_RUN = re.compile(r"(.)\1+")
_SHAPES: dict[str, str] = {}  # word -> shape, remembered (five substitutions per word cost ~10 µs)


def shape(word: str) -> str:
    """ "Jansen" -> "Xx", "JANSEN" -> "X", "J." -> "X.", "Ait-Ali" -> "Xx-Xx", "Sanne's" -> "Xx'x"."""
    got = _SHAPES.get(word)
    if got is not None:
        return got
    s = word
    for rx, rep in _SHAPE_SUBS:
        s = rx.sub(rep, s)
    s = re.sub(r"[^Xxd.\-'’]", "o", s).replace("’", "'")
    s = _RUN.sub(r"\1", s)[:8]
    if len(_SHAPES) > 100_000:
        _SHAPES.clear()
    _SHAPES[word] = s
    return s


def _word_feats(prefix: str, word: str, out: list[str]) -> None:
    """Features of a context word: its lower-case form if it is an ordinary word, else its shape and lists."""
    lo = word.lower()
    if not word:
        out.append(prefix + "=<none>")
        return
    if not word[0].isalpha():
        out.append(prefix + "=p" + word[:1])
        return
    if lo in STOPWORDS or lo in CUE_WORDS or lo in RELATIONS or lo in ORG_WORDS:
        out.append(prefix + "=w:" + lo)
    elif lo in WORDS and word not in FIRST_NAMES and word not in SURNAMES:
        out.append(prefix + "=w:" + lo)
        if word[0].isupper():
            out.append(prefix + "s=" + shape(word))
    else:
        out.append(prefix + "s=" + shape(word))
        if word in FIRST_NAMES or word.capitalize() in FIRST_NAMES:
            out.append(prefix + "fn")
        if word in SURNAMES or word.capitalize() in SURNAMES:
            out.append(prefix + "sn")


_TOKEN = re.compile(r"[\w'’]+|[^\w\s]", re.UNICODE)


def _cls(word: str) -> str:
    """A coarse class of a context word: punctuation as itself, a stop word as itself, else its shape."""
    if not word or not word[0].isalnum():
        return word[:1]
    lo = word.lower()
    return lo if lo in STOPWORDS else shape(word)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ][\w'’-]*")
# a capitalised word in the middle of a sentence: after a lower-case word or a comma and one space
_MID_CAP = re.compile(r"(?<=[a-zß-öø-ÿ,] )[A-ZÀ-ÖØ-Þ][\w'’-]*")
# The same words found from their literal space (a fast scan), the character before the space checked in code.
_MID_CAP_AT = re.compile(r" ([A-ZÀ-ÖØ-Þ][\w'’-]*)")
_MID_CAP_BEFORE = frozenset(
    "abcdefghijklmnopqrstuvwxyz," + "".join(map(chr, range(0xDF, 0xF7))) + "".join(map(chr, range(0xF8, 0x100)))
)
_SPEAKER_LINE = re.compile(r"^[^\W\d][\w .'’-]{0,30}:", re.M)
_DOC: list[Any] = [None, None]


class _Doc:
    """Facts about the whole text a chunk stands in, computed once per text: the words it writes in lower case
    (a capitalised word also written in lower case is an ordinary word), the capitalised words it uses in the middle
    of a sentence (a name at a sentence start is often named again later), and genre signals (informal text in lower
    case, speaker labels of a chat or a transcript, key: value records)."""

    __slots__ = ("lower", "mid_caps", "genre")

    def __init__(self, text: str) -> None:
        self.lower = _LowerWords(text)  # as frozenset(_LOWER_WORD.findall(text)) for ``in``, asked word by word
        self.mid_caps = frozenset(
            m.group(1) for m in _MID_CAP_AT.finditer(text) if m.start() and text[m.start() - 1] in _MID_CAP_BEFORE
        )  # _MID_CAP.findall(text)
        lines = [ln for ln in text.split("\n") if ln.strip()]
        n = max(1, len(lines))
        low = sum(1 for ln in lines if ln.lstrip()[:1].islower()) / n
        speakers = len(_SPEAKER_LINE.findall(text)) / n
        self.genre = (
            f"g_low={0 if low < 0.1 else 1 if low < 0.4 else 2}",
            f"g_speak={0 if speakers < 0.1 else 1 if speakers < 0.5 else 2}",
            f"g_lines={0 if n < 4 else 1 if n < 15 else 2}",
        )


_RUN_CHAR = re.compile(r"[\w'’-]")
_RUN_WORD = re.compile(r"[\w'’-]+")
_LOWER_FIRST = re.compile(r"[a-zß-öø-ÿ]")


class _LowerWords:
    """``word in frozenset(_LOWER_WORD.findall(text))`` without listing every word of the text: a match of
    ``_LOWER_WORD`` is a whole run of word characters, apostrophes and hyphens that opens with a lower-case letter, so
    ``word`` is one if it is such a run and stands somewhere in the text with no such character on either side."""

    __slots__ = ("text", "seen")

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        got = self.seen.get(word)
        if got is None:
            got = self.seen[word] = self._find(word)
        return got

    def _find(self, word: str) -> bool:
        if not word or not _LOWER_FIRST.match(word) or not _RUN_WORD.fullmatch(word):
            return False
        text, n = self.text, len(word)
        p = text.find(word)
        while p != -1:
            if (p == 0 or not _RUN_CHAR.match(text, p - 1)) and not _RUN_CHAR.match(text, p + n):
                return True
            p = text.find(word, p + 1)
        return False


def _doc(text: str) -> _Doc:
    if _DOC[0] is not text:
        _DOC[0], _DOC[1] = text, _Doc(text)
    doc: _Doc = _DOC[1]
    return doc


def token_features(ev: Evidence, idx: int) -> list[str]:
    """Hashed-feature strings for name token ``idx`` of the chunk in ``ev``."""
    tok = ev.name_toks[idx]
    text = ev.text
    w = tok.text
    base = w[:-2] if w.endswith(("'s", "’s")) and len(w) > 3 else w
    lo = base.lower()
    fn, sn, word, place = ev.infos[idx]
    f = ["bias", "shape=" + shape(w), "suf3=" + lo[-3:], "suf2=" + lo[-2:], "pre2=" + lo[:2]]
    f.append("len=" + str(min(len(base), 12)))
    f.append(f"lex={int(fn)}{int(sn)}{int(word)}{int(place)}")
    if lo in STOPWORDS:
        f.append("stop")
    if base in GOV_TERMS or lo in ORG_WORDS:
        f.append("org")
    if base in PLACES_FULL:
        f.append("placefull")
    if w.isupper() and len(w) > 1:
        f.append("caps")
    if base != w:
        f.append("poss")
    n = len(ev.name_toks)
    pos = "only" if n == 1 else ("first" if idx == 0 else ("last" if idx == n - 1 else "mid"))
    f.append("pos=" + pos)
    f.append("n=" + str(min(n, 3)))
    f.append(f"ctx={int(ev.strong_before)}{int(ev.strong_after)}{int(ev.verb_after)}{int(ev.article)}")
    f.append(f"place_prep={int(ev.place_prep)}|mid={int(ev.mid)}|init={int(ev.has_initials)}")
    f.append(f"sent={int(tok.sent_start)}|part={int(any(t.particle for t in ev.chunk))}")
    # neighbours inside the chunk: listed or not
    if n > 1:
        o = ev.infos[idx - 1] if idx > 0 else ev.infos[idx + 1]
        f.append(f"nb={int(o[0])}{int(o[1])}{int(o[2])}")
    # words around the token
    left = _TOKEN.findall(text[max(0, tok.start - 40) : tok.start])
    right = _TOKEN.findall(text[tok.end : tok.end + 40])
    l1 = left[-1] if left else ""
    l2 = left[-2] if len(left) > 1 else ""
    r1 = right[0] if right else ""
    r2 = right[1] if len(right) > 1 else ""
    _word_feats("l1", l1, f)
    _word_feats("l2", l2, f)
    _word_feats("r1", r1, f)
    _word_feats("r2", r2, f)
    f.append("l1r1=" + (l1.lower() if l1.lower() in STOPWORDS or not l1[:1].isalpha() else "?") + "|" + r1[:1])
    # line layout
    ls = text.rfind("\n", 0, tok.start) + 1
    le = text.find("\n", tok.end)
    le = len(text) if le < 0 else le
    head = text[ls : tok.start]
    tail = text[tok.end : le]
    f.append("linestart=" + str(int(not head.strip())))
    # conjunctions: what kind of word stands where (a linear model cannot combine them by itself)
    lex = f"{int(fn or sn)}{int(word)}{int(w[:1].isupper())}"
    f.append(f"lex*r1={lex}|{_cls(r1)}")
    f.append(f"lex*l1={lex}|{_cls(l1)}")
    f.append(f"lex*start={lex}|{int(not head.strip())}|{int(tok.sent_start)}")
    f.append("lineend=" + str(int(not tail.strip())))
    if "|" in head or "\t" in head or ";" in head:
        f.append("cell")
    h = head.rstrip()
    if h.endswith((":", "=")):
        words = h[:-1].split()
        lab = words[-1].lower() if words else ""
        f.append("label=" + (lab if lab in WORDS or lab in STOPWORDS else "?"))
    if head.rstrip().endswith("("):
        f.append("inbracket")
    if tail.lstrip().startswith("("):
        f.append("bracketafter")
    if le - ls < 40:
        f.append("shortline")
    prev_line = text[text.rfind("\n", 0, max(0, ls - 1)) + 1 : max(0, ls - 1)].strip().lower()
    if prev_line.endswith(",") or prev_line.startswith(("groet", "met vriendelijke", "hoogachtend", "mvg", "gr")):
        f.append("aftergreeting")
    # the whole document's view of the word, and its genre
    doc = _doc(text)
    low = lo in doc.lower and not w.islower()
    midcap = base in doc.mid_caps and (tok.sent_start or not head.strip())
    f.append(f"doc_low={int(low)}|{lex}")
    f.append(f"doc_midcap={int(midcap)}|{int(tok.sent_start)}")
    f.extend(doc.genre)
    f.append(doc.genre[0] + "|" + lex + "|" + str(int(tok.sent_start)))
    return f


_SLOTS: dict[str, int] = {}  # feature -> its slot in the weights (CRC-32 under MASK), remembered


def _slot(feature: str) -> int:
    """The weight slot of ``feature``; the same few thousand features recur in every text."""
    i = _SLOTS.get(feature)
    if i is None:
        if len(_SLOTS) > 200_000:
            _SLOTS.clear()
        # "surrogatepass": a text may hold a lone surrogate (JSON allows "\\ud83d"); valid text hashes as before
        i = _SLOTS[feature] = zlib.crc32(feature.encode("utf-8", "surrogatepass")) & MASK
    return i


def _logit(feats: list[str], w: array) -> float:
    get = _SLOTS.get
    return sum(w[get(x) or _slot(x)] for x in feats)  # in the order of ``feats``: the same float as before


def token_prob(ev: Evidence, idx: int) -> float:
    """Probability that name token ``idx`` of the chunk is part of a person's name."""
    w = _weights if _weights is not None else load()
    z = _logit(token_features(ev, idx), w)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def chunk_prob(ev: Evidence) -> float:
    """Mean probability over the chunk's name tokens."""
    toks = ev.name_toks
    return sum(token_prob(ev, i) for i in range(len(toks))) / len(toks)


def _street_like(ev: Evidence) -> bool:
    """A street taken for a name stays removed (the address finder may have missed it): a street ending, a house
    number after, or a slash beside ("Achterom/Kerkstraat")."""
    return bool(_STREET_END.search(ev.surface) or _NUMBER_AFTER.match(ev.after)) or ev.before.endswith("/")


_PREV_WORD = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*)[\s,]*$")


def _after_first_name(ev: Evidence) -> bool:
    """A word right after a listed first name ("Ewelina Zieliński" split by a quote) stays a name: the model does not
    keep it."""
    m = _PREV_WORD.search(ev.before[-32:])
    return bool(m) and m.group(1) in FIRST_NAMES


def review(ev: Evidence, rule: str, kind: str | None) -> str | None:
    """The rules decided ``kind`` (``None``: no person) by ``rule`` (its name, "" if none applied). Return the final
    kind: the model turns a weak keep into a name or a weak name into a keep when it is confident."""
    if COLLECT is not None:
        COLLECT.append((ev, rule, kind))
        return kind
    final = _review(ev, rule, kind) if ENABLED else kind
    if TRACE is not None:
        TRACE.append((ev, rule, kind, final))
    return final


_INITIALS_BEFORE = re.compile(r"(?:(?<![\w.])[A-Z]{1,3}|(?:(?<![\w])[A-Za-z]\.){1,4})[ \t]*$")
_GENITIVE_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")
_NAME_COMMA_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’\-]+),[ \t]*$")


def _pure_word(ev: Evidence) -> bool:
    """An ordinary word that no name list holds, in no name's company: no initials before it, no name coordinated
    with it ("Ifrah en Lente"), no cue before it, not in capitals or with an inner capital, no genitive ("Liefs
    broer"). Capitalised mid-sentence it is more often a thing's name ("in de Raadzaal") than a person's."""
    if ev.has_initials or any(i[0] or i[1] for i in ev.infos) or ev.strong_before:
        return False
    toks = ev.name_toks
    if any(c.isupper() for t in toks for c in t.text[1:]):
        return False
    if ev.prev_word in ("en", "&", "of") or _INITIALS_BEFORE.search(ev.before[-10:]):
        return False
    m = _NAME_COMMA_BEFORE.search(ev.before[-30:])
    if m and (m.group(1) in SURNAMES or m.group(1) in FIRST_NAMES):
        return False  # '"De Haas, Min"': the first name after the surname and a comma
    return not (toks[-1].text.endswith("s") and _GENITIVE_AFTER.match(ev.after))


def _review(ev: Evidence, rule: str, kind: str | None) -> str | None:
    if kind is None:
        t = WEAK_KEEP.get(rule)
        if t is None or (rule in LISTED_ONLY and not any(i[0] or i[1] for i in ev.infos)):
            return kind
        if any(tok.text.lower() in FOREIGN_WORDS for tok in ev.name_toks):
            return kind  # "Policy officer | Belastingen": a word of another language, no name (round eleven)
        if rule in NAME_SHAPED_ONLY and not _name_shaped(ev):
            return kind
        if chunk_prob(ev) >= t:
            return "context"
        return kind
    t = WEAK_REMOVE.get(rule)
    if t is not None and rule in PURE_WORD_REMOVE and _pure_word(ev):
        t = PURE_WORD_REMOVE[rule]
    if t is not None and not _street_like(ev) and not _after_first_name(ev) and chunk_prob(ev) <= t:
        return None
    return kind
