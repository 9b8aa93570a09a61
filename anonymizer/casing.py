"""A case-normalised view of a text, so names written in lower case or ALL CAPS are judged like "Name".

Residents write "kan jan mij terugbellen" and headings say "VERSLAG HUISBEZOEK FAMILIE DOELWIJT".
The person detector relies on Dutch capitalisation (only proper nouns are capitalised mid-sentence),
so it is run on a *view* of the text of exactly the same length in which:

- a lower-case word that is a name by positive evidence is capitalised (rules ``LOWER_RULES``), and
- every ALL-CAPS word is rewritten as it would be written in a sentence: names capitalised
  ("Doelwijt"), particles and ordinary words in lower case ("familie", "de"), acronyms unchanged
  (rules ``CAPS_RULES``).

Offsets in the view are offsets in the text, so entities found in the view are cut from the text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import lowmodel
from .extend import HOLDER_BEFORE
from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS, english_words, split_compound
from .lowernames import lower_names, self_named_surnames, slot_names, surnames_after_firsts
from .namesites import LOWER_INITIAL, lower_initial_names
from .persons import LIST_CUES, SURNAME_SHAPE, VERB_AFTER
from .rxutil import find_all, word_alternation
from .wordlists import (
    CHAT_WORDS,
    CUE_WORDS,
    DIALECT_GREETINGS_OPENING,
    DIALECT_GREETINGS_TIME,
    FOREIGN_WORDS,
    GOV_TERMS,
    HEADING_NOUNS,
    LOWER_ABBREVIATIONS,
    NAME_PARTICLES,
    ORG_WORDS,
    role_compound,
)

# Words of letters (any script), with inner hyphens and apostrophes; not inside e-mail addresses,
# URLs, file names or codes.
WORD_RE = re.compile(r"(?<![\w@/\\.\-'’])[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*(?![\w@/\\]|\.\w|-\d)")
_LW = r"[a-zà-öø-ÿ\u0100-\u024f][\w'’]*(?:-[^\W\d_][\w'’]*)*"
LOWER_WORD_RE = re.compile(
    r"(?<![\w@/\\.\-'’])[a-zà-öø-ÿ\u0100-\u024f][\w'’]*(?:-[^\W\d_][\w'’]*)*(?![\w@/\\]|\.\w|-\d)"
)
_HAS_LOWER_CANDIDATE = re.compile(r"(?:^|[\s(\"'“‘,;:])[a-zà-öø-ÿ\u0100-\u024f]")
_TWO_CAPS = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][A-ZÀ-ÖØ-Þ\u0100-\u024f]")  # one leading class: a fast scan

# Words right before a lower-case name that announce it ("meneer jagesar", "ik ben fadoua", "groetjes sanne").
LOWER_CUES = frozenset(CUE_WORDS) | {
    "ben",
    "heet",
    "heten",
    "naam",
    "naam:",
    "groetjes",
    "groetjes,",
    "groet",
    "groet,",
    "groeten",
    "groeten,",
    "gr",
    "gr.",
    "grt",
    "mvg",
    "mvg,",
    "vriendelijke",
    "namens",
    "genaamd",
    "tav",
    "t.a.v.",
    "aan:",
    "van:",
    "cc:",
    "betreft:",
}
# Words after a lower-case unknown word that make it the subject or sender: "want shurandy zou",
# "jan van de sociale dienst".
_AFTER_PERSON = re.compile(
    r"\s+(?:van\s+(?:de|het|team|afdeling)\b|namens\b|zou\b|zegt\b|zei\b|belde\b|belt\b|heeft\b|had\b|"
    r"mailde\b|appte\b|kwam\b|komt\b|vroeg\b|vraagt\b|vindt\b|vond\b|wil\b|wilde\b|is\s+(?:boos|ziek)\b|"
    r"en\s+ik\b|\(\d)"
)
_DETERMINERS = frozenset(
    {"de", "het", "een", "mijn", "je", "jouw", "uw", "onze", "ons", "hun", "zijn", "haar", "die", "dat"}
)
_LOWER_PARTICLES = frozenset(NAME_PARTICLES) | {"in", "op", "'t", "’t", "t", "a"}


def _cap(w: str) -> str:
    """``w`` with its first letter upper case and the rest lower case, same length (else unchanged)."""
    out = w[:1].upper() + w[1:].lower()
    return out if len(out) == len(w) else w


def _listed(w: str) -> bool:
    c = _cap(w)
    return c in FIRST_NAMES or c in SURNAMES


def _is_word(w: str) -> bool:
    lo = w.lower()
    return lo in WORDS or lo in STOPWORDS


def _parts(w: str) -> list[str]:
    return [p for p in w.split("-") if p]


# ---------------------------------------------------------------- lower-case names


class _Word:
    __slots__ = ("start", "end", "text", "name", "prev", "next_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.name = False


_ACADEMIC_TITLES = frozenset("drs dr mr ir ing prof ds bc msc ma ba llm phd".split())


def _lower_unknown(w: str) -> bool:
    """An unknown lower-case word: no Dutch word or chat word; of a hyphenated word at least one part unknown
    and no part a function word or scheme ("tesfay-pinas", not "wmo-consulent")."""
    parts = _parts(w)
    if len(w) < 3 or not parts or w in _ACADEMIC_TITLES or w in HONORIFIC_LOWER or w in CUE_WORDS:
        return False  # "mevrouw drs. van Rijswijk", "t.a.v. mevr. Bosma": a title or form of address, no name
    if len(parts) == 1:
        # "kinderburgemeester": a role glued to a word is no name (round thirty-two, from fresh38e)
        return not _is_word(w) and w not in CHAT_WORDS and not (role_compound(w) and not _listed(w))
    return any(not _is_word(p) and p not in CHAT_WORDS and len(p) >= 2 for p in parts) and not any(
        p in STOPWORDS or _cap(p) in GOV_TERMS or p.upper() in GOV_TERMS for p in parts
    )


_CODE_PARTS = frozenset("nr nummer tel fax mob id no num".split())


def rule_lower_listed_name(w: str, prev: str, after: str) -> bool:
    """A lower-case word that is on a name list and is no Dutch word ("kan jan-willem mij bellen")."""
    parts = _parts(w)
    if any(p in _CODE_PARTS for p in parts):
        return False  # "sofi-nr", "tel-nr": an abbreviation joined to a word, no name
    if len(parts) > 1 and (_cap_parts(w) in FIRST_NAMES or _cap_parts(w) in SURNAMES):
        return True  # "jan-willem"
    return (
        len(w) >= 3
        and w not in CHAT_WORDS
        and all(not _is_word(p) or p in _LOWER_PARTICLES for p in parts)
        and any(_listed(p) for p in parts)
    )


def rule_lower_after_cue(w: str, prev: str, after: str) -> bool:
    """An unknown lower-case word after an honorific, role or greeting ("meneer kovalenko", "groetjes hylke")."""
    return prev in LOWER_CUES and _lower_unknown(w)


def rule_lower_first_name_after_relation(w: str, prev: str, after: str) -> bool:
    """A listed first name that is also a word, right after a relation word ("mijn man wouter")."""
    return prev in _RELATION_TOKENS and w not in STOPWORDS and w not in CUE_WORDS and _cap(w) in FIRST_NAMES


def rule_lower_listed_word_after_honorific(w: str, prev: str, after: str) -> bool:
    """A Dutch word that is also a surname, right after an honorific ("mevrouw pinas", "meneer kool")."""
    return (
        prev in HONORIFIC_LOWER and all(_listed(p) for p in _parts(w)) and w not in STOPWORDS and not _VERBISH.search(w)
    )


# greetings of a call or a message, also in regional languages and dialects: "Goiemörn, hjir maarten", "hoij mia"
# (round twenty-five, from the blind corpus fresh31d)
_DIALECT_GREETINGS = "|".join((*DIALECT_GREETINGS_OPENING, *DIALECT_GREETINGS_TIME))
_GREETING_BEFORE = re.compile(
    r"(?:hallo|hoi|hey|hee|goedemorgen|goedemiddag|goedenavond|dag|spreekt|hier\s+is|dit\s+is|"
    + _DIALECT_GREETINGS
    + r")[,!]?\s+(?:met\s+|(?:hier|hjir)\s+)?$",
    re.I,
)


def rule_lower_caller(w: str, prev: str, after: str, before: str = "") -> bool:
    """An unknown or listed lower-case word right after a telephone greeting ("hallo, met kübra ...")."""
    return bool(_GREETING_BEFORE.search(before)) and (
        _lower_unknown(w) or rule_lower_listed_name(w, "", "") or (w not in STOPWORDS and _cap(w) in FIRST_NAMES)
    )


# Whitespace tokens (any case, with their usual punctuation) that switch on the honorific and greeting scans.
_HONORIFIC_TOKENS = frozenset("meneer mevrouw mevr mevr. mw mw. dhr dhr. heer familie fam fam. juf meester".split())
_GREETING_TOKENS = frozenset(
    "hallo hallo, hallo! hoi hoi, hoi! hey hey, hee hee, goedemorgen goedemorgen, goedemiddag goedemiddag, "
    "goedenavond goedenavond, spreekt".split()
) | frozenset(w + p for w in _DIALECT_GREETINGS.split("|") for p in ("", ",", "!"))
_RELATIONS = (
    "man vrouw zoon dochter buurman buurvrouw broer zus moeder vader oom tante opa oma neef nicht vriend vriendin "
    "partner echtgenoot echtgenote kleinzoon kleindochter schoonzoon schoondochter collega"
).split()
_RELATION_TOKENS = frozenset(_RELATIONS)
_RELATION_WORD_RE = re.compile(
    r"(?<![\w'’])(?:mijn|m'n|m’n|mn|onze|zijn|z'n|z’n|haar|hun|je|jouw|uw)\s+(?:"
    + "|".join(_RELATIONS)
    + r")\s+(?P<w>"
    + _LW
    + r")(?![\w@/\\]|\.\w|-\d)"
)
_GATE_TOKENS_ANYCASE = frozenset(
    v
    for t in _HONORIFIC_TOKENS
    | _GREETING_TOKENS
    | frozenset("groetjes groetjes, groet groet, groeten groeten, mvg mvg, gr gr. gr, liefs liefs, doei".split())
    for v in (t, t.capitalize(), t.upper())
)
_GREETING_WORD_RE = re.compile(
    r"(?i:hallo|hoi|hey|hee|goedemorgen|goedemiddag|goedenavond|spreekt|hier\s+is|dit\s+is|"
    + _DIALECT_GREETINGS
    + r")[,!]?\s+"
    r"(?:(?i:dit|hier)\s+is\s+|(?i:hier|hjir),?\s+|met\s+)?"  # "hoi dit is merel", "goeie, hjir grietje"
    r"(?P<w>[a-zà-öø-ÿ\u0100-\u024f][\w'’]*(?:-[^\W\d_][\w'’]*)*)(?![\w@/\\]|\.\w|-\d)"
)


_CLOSING_TOKENS = frozenset(
    "groetjes groetjes, groet groet, groeten groeten, mvg mvg, gr gr. gr, liefs liefs, doei".split()
)
# A new sentence right after a sign-off, where a message ends without a line break: "groetjes griet Griet vindt",
# "groet kees prins Aan het eind ..." (a lower-case surname between them).
_NEXT_SENTENCE = (
    r"(?:[ \t]+(?P<w2>[a-zà-öø-ÿ][\w'’]*(?:-[^\W\d_][\w'’]*)*))?"
    r"(?:[ \t]+['\"‘“]?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]|(?<=[a-zà-öø-ÿ'’])[ \t]*(?:\r?\n|$))"
)
# A first name signing off at the end of a line: "groetjes marc", "mvg, rik."
_CLOSING_WORD_RE = re.compile(
    r"(?<![\w])(?i:groetjes|groeten|groet|mvg|gr\.?|liefs|doei)[,!]?[ \t]+"
    r"(?P<w>[a-zà-öø-ÿ\u0100-\u024f][\w'’]*(?:-[^\W\d_][\w'’]*)*)(?=[ \t]*(?:$|\n|[.!,(])|(?P<next>"
    + _NEXT_SENTENCE
    + r"))",
    re.M,
)
# The sign-off closes the message: only a surname in brackets, then a blank line or the end ("mvg mei⏎⏎",
# "groetjes roos (Schouten)"). There the word signs, even when it is also a Dutch word.
_SIGNOFF_END = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[.!]?[ \t]*(?:\r?\n[ \t]*\r?\n|\s*$)")
# A salutation alone on its line: "Hoi helder⏎", "Beste ed,⏎".
_SALUTATION_RE = re.compile(
    r"^[ \t]*(?i:hoi|hallo|hey|hee|beste|lieve|dag)[ \t]+(?P<w>" + _LW + r")[ \t]*[,!]?[ \t]*\r?\n", re.M
)
_SALUTATION_TOKENS = frozenset(v for t in ("beste", "lieve", "dag") for v in (t, t.capitalize(), t.upper()))
# Words that follow a greeting or sign-off without being anybody's name.
_NOT_SIGNER = frozenset(
    "allemaal iedereen allen terug team weer thuis lezer lezers buren bewoners collega collega's daar hier "
    "ouders jongens meiden mensen samen nogmaals vanuit namens".split()
)


def _signs(w: str) -> bool:
    """A lower-case word in the signing or greeting position may be a name: no function, cue or group word."""
    return w not in STOPWORDS and w not in CUE_WORDS and w not in _NOT_SIGNER and len(w) >= 2


def _signs_before_sentence(m: re.Match[str]) -> bool:
    """The sign-off word (and a lower-case surname after it) is followed by a new sentence; the surname, if any, is
    no function word either ("groet kees prins Aan het eind", not "groetjes aan Iedereen")."""
    if m.group("next") is None:
        return False
    second = m.group("w2") or ""
    return not second or _signs(second)


def rule_lower_subject(w: str, prev: str, after: str) -> bool:
    """An unknown lower-case word as subject or sender, not after an article ("want shurandy van de sociale
    dienst zou ...")."""
    return _lower_unknown(w) and prev not in _DETERMINERS and bool(_AFTER_PERSON.match(after))


# After "die" pointing at someone: "wie is die prasono eigenlijk", "en dan die kar asoy van de wijkteam", "die emeka
# kaas van nummer 57" (round twenty, from fresh12a, fresh12d and fresh18b).
_AFTER_POINTED = re.compile(
    r"(?:\s+[a-zà-öø-ÿ][\w'’-]*)?\s+(?:van\s+(?:de|het|team|afdeling|nummer|nr)\b|eigenlijk\b|die\s+(?:heeft|had|is|was|kwam)\b)"
)


def rule_lower_pointed_at(w: str, prev: str, after: str) -> bool:
    """An unknown lower-case word after "die" that points at a person (see ``_AFTER_POINTED``)."""
    return prev == "die" and _lower_unknown(w) and bool(_AFTER_POINTED.match(after))


LOWER_RULES: tuple[Callable[[str, str, str], bool], ...] = (
    rule_lower_listed_name,
    rule_lower_first_name_after_relation,
    rule_lower_after_cue,
    rule_lower_listed_word_after_honorific,
    rule_lower_subject,
    rule_lower_pointed_at,
)
HONORIFIC_LOWER = frozenset("meneer mevrouw mevr mevr. mw mw. dhr dhr. heer familie fam fam. juf meester".split())
_VERBISH = re.compile(r"(?:de|te|den|ten|t)$")


def _lower_words(text: str) -> list[_Word]:
    return [_Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


_HONORIFIC_LOWER_RE = re.compile(
    r"[MmDdHhFfJj](?<!\w[MmDdHhFfJj])(?:(?<=[Mm])(?:eneer|evrouw|evr\.?|w\.?|eester)|(?<=[Dd])hr\.?|(?<=[Hh])eer|"
    r"(?<=[Ff])(?:amilie|am\.?)|(?<=[Jj])uf)\s+(?P<w>" + _LW + r")(?![\w@/\\]|\.\w|-\d)"
)
_PART_ALT = "|".join(re.escape(x) for x in sorted(_LOWER_PARTICLES, key=len, reverse=True))
# The word before a candidate, with the name particles between them: "fadoua |el |khatib".
_BEFORE_RE = re.compile(r"(?P<w>[^\s,:;()]+)(?P<chain>(?: (?:" + _PART_ALT + r"))*)(?P<gap>[ \-])$", re.I)
# Name particles and a lower-case word right after a name: "taras| van den heuvel|", "mihaela| huisman|".
_PARTICLE_TAIL = re.compile(r"(?P<chain>(?: (?:" + _PART_ALT + r"))*) (?P<w>" + _LW + r")(?![\w@/\\]|\.\w|-\d)")
_WORD_BEFORE = re.compile(r"(?<![\w@.\-])(?P<w>" + _LW + r") $")
_PREV_RE = re.compile(r"(?P<w>[^\s]+)[\s,:]*$")


def _cap_parts(w: str) -> str:
    return "-".join(_cap(p) for p in w.split("-"))


def _compound(w: str) -> bool:
    """A Dutch compound of two words ("parkeervergunning", "keukentafelgesprek"), also with a linking s."""
    return split_compound(w, linking_s=True)


@lru_cache(maxsize=65536)
def candidate_word(w: str) -> bool:
    """A lower-case word the case view looks at as a possible name (the lower-case model's candidates too)."""
    return _candidate_type(w)


def _candidate_type(w: str) -> bool:
    """A lower-case word that may be a name: no Dutch word or compound, or a hyphenated listed name."""
    if not w[0].islower() or len(w) < 3 or w in WORDS or w in STOPWORDS or w in CHAT_WORDS or w in FOREIGN_WORDS:
        return False
    if w in english_words() and not _listed(w):
        return False  # "wasn", "delivered": an English word that no name list holds (round twenty-one)
    if w in LOWER_ABBREVIATIONS:
        return False  # "Daan geb. 5 mei": an abbreviation, no surname (round twenty-one)
    if "_" in w:
        return False  # "user_Id", "max_value": a name in code, no person's
    if w[-2:] in ("'s", "’s") and w[-3] in "aeiouy" and w[:-2] in WORDS and not _listed(w[:-2]):
        return False  # "foto's", "auto's", "baby's": a plural of a word after a vowel (round thirty, from fresh36b)
    if "-" not in w:
        return _listed(w) or not (_compound(w) or role_compound(w))  # "kinderburgemeester" (round thirty-two)
    if not all(_is_word(p) for p in _parts(w)):
        return True
    c = _cap_parts(w)
    return c in FIRST_NAMES or c in SURNAMES


_PUNCT = ".,;:!?()[]{}\"'“”‘’«»…/*"


_TYPES_CACHE: dict[str, tuple[str, ...]] = {}
# the text _lower_view read last and its candidate types, which _two_unknown_words asks for again
_LAST_TYPES: list[Any] = [None, frozenset()]
_NO_TYPES: set[str] = set()  # the tokens of _TYPES_CACHE without a type: a text's tokens drop them in one set operation


def _token_types(w: str) -> tuple[str, ...]:
    """The lower-case non-word words inside one whitespace token ("(fadoua," -> ("fadoua",)), cached."""
    got = _TYPES_CACHE.get(w)
    if got is not None:
        return got
    out: tuple[str, ...] = ()
    c = w[0]
    if not (c.isupper() or c.isdigit()):
        t = w.strip(_PUNCT)
        if t and t[0].islower() and len(t) >= 3 and t not in WORDS and t not in STOPWORDS:
            out = tuple(m.group() for m in LOWER_WORD_RE.finditer(t) if m.group() not in WORDS)
    if len(_TYPES_CACHE) > 200_000:
        _TYPES_CACHE.clear()
        _NO_TYPES.clear()
    _TYPES_CACHE[w] = out
    if not out:
        _NO_TYPES.add(w)
    return out


def _lower_types(tokens: set[str]) -> set[str]:
    """The distinct lower-case words among whitespace ``tokens`` that are no Dutch word (set operations first)."""
    out: set[str] = set()
    for w in (tokens - WORDS) - _NO_TYPES:  # most tokens were seen before and hold no type
        got = _TYPES_CACHE.get(w)
        if got is None:
            got = _token_types(w)
        if got:
            out.update(got)
    return out


def _continues_name(text: str, start: int, t: str, named: set[int]) -> bool:
    """``t`` follows a name, directly or after name particles ("fadoua shevchenko", "truus el khatib"), or
    follows an honorific and name particles ("meneer el khatib", "mevrouw van der berg")."""
    before = text[max(0, start - 60) : start]
    if not before or before[-1] not in " -":
        return False
    hyphen = before[-1] == "-"
    words = before[:-1].split(" ")
    chain = 0
    while len(words) > 1 and words[-1].lower() in _LOWER_PARTICLES and not hyphen:
        words.pop()
        chain += 1
    w = words[-1]
    if not w:
        return False
    w_end = start - 1 - sum(len(x) + 1 for x in before[:-1].split(" ")[len(words) :])
    honorific = chain > 0 and w.lower() in HONORIFIC_LOWER
    if not (honorific or w_end in named or (w[0].isupper() and w.isalpha() and not _is_word(w))):
        return False
    if chain or hyphen:
        return (
            t not in STOPWORDS
            and t not in ORG_WORDS
            and t not in CUE_WORDS
            and _cap(t) not in GOV_TERMS
            and (honorific or chain >= 2 or _listed(t) or not _is_word(t) or _cap(t) in SURNAMES)
        )
    return (
        _lower_unknown(t)
        or rule_lower_listed_name(t, "", "")
        or (t not in STOPWORDS and (_cap(t) in SURNAMES or bool(SURNAME_SHAPE.search(_cap(t)))))
    )


def _capitalise(chars: list[str], start: int, t: str) -> None:
    off = start
    for k, part in enumerate(t.split("-")):
        if part and (k == 0 or part not in _LOWER_PARTICLES):
            up = part[0].upper()
            if len(up) == 1:
                chars[off] = up
        off += len(part) + 1


_ANY_GATE_TOKENS = _GATE_TOKENS_ANYCASE | _CLOSING_TOKENS | _SALUTATION_TOKENS | _RELATION_TOKENS


# Where a candidate type stands as a whole word (``_lower_view``): the two sides of one pattern, asked at each
# occurrence. No two occurrences that both hold overlap (the characters inside a type all fail _TYPE_BEFORE).
_TYPE_BEFORE = re.compile(r"(?<![\w@/\\.\-'’])")
_TYPE_AFTER = re.compile(r"(?![\w@/\\]|\.\w|-[\w\d])")


def _model_says_name(text: str, s: int, e: int, t: str, facts: tuple[frozenset[str], bool] | None) -> bool:
    """The lower-case model is confident that the candidate ``t`` at ``s:e`` is a name (``lowmodel``)."""
    return lowmodel.model_candidate(t) and lowmodel.name_prob(text, s, e, facts) >= lowmodel.THRESHOLD


def _model_names(text: str, view: str, chars: list[str], types: set[str]) -> bool:
    """Capitalise in ``chars`` the candidates of ``types`` still in lower case in ``view`` that the lower-case model
    calls a name, after every rule of position has had its say."""
    facts = lowmodel.doc_facts(text)
    changed = False
    for w in sorted(types):
        if not lowmodel.model_candidate(w):
            continue
        for p in find_all(text, (w,)):
            e = p + len(w)
            if text[max(0, p - 3) : p] in ("'s ", "’s "):
                continue  # "Fenne's schoolpas": what a name owns, no name (round thirty-two, from fresh38d)
            if view[p].islower() and _TYPE_BEFORE.match(text, p) and _TYPE_AFTER.match(text, e):
                if lowmodel.name_prob(text, p, e, facts) >= lowmodel.THRESHOLD:
                    _capitalise(chars, p, w)
                    changed = True
    return changed


def _lower_view(text: str, chars: list[str]) -> bool:
    """Capitalise lower-case names in ``chars`` (a list of the characters of ``text``); True if any.

    Only occurrences of candidate words are looked at (unknown lower-case words, words after an
    honorific), so ordinary text costs one regex scan."""
    occ: dict[int, tuple[int, str]] = {}
    signoffs: set[int] = set()
    # the tokens that any gate below asks for, in one intersection (round nine: each gate then reads this small set)
    tokens = set(text.split())
    gates = tokens & _ANY_GATE_TOKENS
    lowered = {t.lower() for t in gates & _GATE_TOKENS_ANYCASE}
    honorifics = bool(lowered & _HONORIFIC_TOKENS)
    for m in _HONORIFIC_LOWER_RE.finditer(text) if honorifics else ():
        w = m.group("w")
        if w in _LOWER_PARTICLES:  # "mevrouw van der berg": the word after the particles
            tail = _PARTICLE_TAIL.match(text, m.start("w") - 1)
            tw = tail.group("w") if tail else ""
            # "dhr. in den Bosch": no particle as the name; "de meester van groep vijf": no ordinary word either
            many = bool(tail) and len(tail.group("chain").split()) >= 2  # "familie in 't veld": two particles
            if (
                tail
                and tw not in _LOWER_PARTICLES
                and (many or (tw not in WORDS and tw not in STOPWORDS) or _listed(tw))
            ):
                occ[tail.start("w")] = (tail.end("w"), tw)
        elif (w not in WORDS and w not in STOPWORDS) or _listed(w):
            occ[m.start("w")] = (m.end("w"), w)
    greetings = bool(lowered & _GREETING_TOKENS)
    for m in _GREETING_WORD_RE.finditer(text) if greetings else ():
        w = m.group("w")
        if w not in STOPWORDS and _cap(w) in FIRST_NAMES:
            occ.setdefault(m.start("w"), (m.end("w"), w))
    if lowered & _CLOSING_TOKENS or gates & _CLOSING_TOKENS:  # "groetjes marc": a listed first name signing off
        for m in _CLOSING_WORD_RE.finditer(text):
            w = m.group("w")
            if _signs(w) and (
                _cap(w) in FIRST_NAMES or _SIGNOFF_END.match(text, m.end("w")) or _signs_before_sentence(m)
            ):
                occ.setdefault(m.start("w"), (m.end("w"), w))
                signoffs.add(m.start("w"))
                if m.group("w2") and _signs_before_sentence(m):  # "groet daan dekkers Aan het eind": the surname
                    occ.setdefault(m.start("w2"), (m.end("w2"), m.group("w2")))
                    signoffs.add(m.start("w2"))
    if greetings or gates & _SALUTATION_TOKENS:  # "Hoi helder⏎": the one word of a salutation line
        for m in _SALUTATION_RE.finditer(text):
            if _signs(m.group("w")):
                occ.setdefault(m.start("w"), (m.end("w"), m.group("w")))
                signoffs.add(m.start("w"))
    if gates & _RELATION_TOKENS:  # "mijn man wouter": a listed first name after a relation word
        for m in _RELATION_WORD_RE.finditer(text):
            w = m.group("w")
            if w not in STOPWORDS and w not in CUE_WORDS and _cap(w) in FIRST_NAMES:
                occ.setdefault(m.start("w"), (m.end("w"), w))
    types = {w for w in _lower_types(tokens) if _candidate_type(w)}
    _LAST_TYPES[0], _LAST_TYPES[1] = text, types
    # every whole occurrence (round nine: found by str.find, no pattern compiled for each word); in a fixed order,
    # so that where two types start at one place ("rami's", "rami") the outcome does not depend on
    # the hash seed (round fourteen); the shorter last, so that the name itself is judged rather than its clitic
    for w in sorted(types, key=lambda x: (-len(x), x)):
        for p in find_all(text, (w,)):
            if _TYPE_BEFORE.match(text, p) and _TYPE_AFTER.match(text, p + len(w)):
                occ[p] = (p + len(w), w)
    if not occ:
        return False
    named: set[int] = set()  # end offsets of words judged a name
    changed = False
    for s in sorted(occ):
        e, t = occ[s]
        pm = _PREV_RE.search(text, max(0, s - 40), s)
        p = pm.group("w").lower() if pm else ""
        if (
            s in signoffs
            or any(rule(t, p, text[e : e + 40]) for rule in LOWER_RULES)
            or rule_lower_caller(t, p, "", text[max(0, s - 30) : s])
            or _continues_name(text, s, t, named)
        ):
            _capitalise(chars, s, t)
            named.add(e)
            changed = True
    # a Dutch word after a name and its particles: "taras van den heuvel", "mihaela huisman"
    starts = {s: occ[s][1] for s in occ if occ[s][0] in named}
    for e in sorted(named):
        m = _PARTICLE_TAIL.match(text, e)
        if m and m.start("w") not in occ and _continues_name(text, m.start("w"), m.group("w"), named):
            _capitalise(chars, m.start("w"), m.group("w"))
            starts[m.start("w")] = m.group("w")
            changed = True
    # a name judged above, written again after a cue: "... groetjes wouter"
    named_types = set(starts.values())
    if named_types:
        for m in WORD_RE.finditer(text):
            w = m.group()
            if w in named_types and m.start() not in starts:
                pm = _PREV_RE.search(text, max(0, m.start() - 40), m.start())
                if pm and pm.group("w").lower() in LOWER_CUES:
                    _capitalise(chars, m.start(), w)
                    changed = True
    # a listed first name that is also a word, right before a name: "jun acheampong"
    for s in starts:
        m = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if m and m.group("w") not in STOPWORDS and m.group("w") not in LOWER_CUES and _cap(m.group("w")) in FIRST_NAMES:
            _capitalise(chars, m.start("w"), m.group("w"))
            changed = True
    return changed


# ---------------------------------------------------------------- ALL CAPS

CAPS_CUES = frozenset(LOWER_CUES) | {
    "verslag",
    "betreft",
    "naam",
    "aan",
    "van",
    "onderwerp",
    "inzake",
    "dossier",
    "cliënt",
    "client",
    "klant",
    "verzoeker",
    "verzoekster",
    "aanvrager",
    "melder",
    "bewoner",
    "betrokkene",
    "deelnemer",
    "met",
}


# Short words of running text that the stop-word list lacks, so a shouted sentence keeps them as words (round 11).
_SHORT_WORDS = frozenset("mij hem toe weg nee ja net heb ben doe zeg jou jullie".split())


def _caps_class(w: str) -> str:
    """'particle', 'acronym', 'name' (listed, no word), 'wordname' (word and listed), 'word' or 'unknown'."""
    lo = w.lower()
    if lo in _LOWER_PARTICLES:
        return "particle"
    if w in GOV_TERMS or _cap(w) in GOV_TERMS or not re.search(r"[AEIOUYÀ-Ý]", w):
        return "acronym"
    if len(w) <= 3 and not _listed(w):
        if (lo in STOPWORDS or lo in _SHORT_WORDS) and len(w) >= 2:
            return "word"  # "RINIA VROOM IS NIET BEREIKBAAR", "DAT X MIJ TERUGBELT": a word in capitals, no acronym
        if w.isascii():
            return "acronym"
        return "unknown"  # "DIHYA AÏT BRAHIM": a letter outside ASCII is no acronym's
    parts = _parts(w)
    if len(parts) > 1 and parts[-1].lower() in _LOWER_PARTICLES and parts[0].lower() not in _LOWER_PARTICLES:
        return "wordname"  # "PRONK-VAN LIER": a surname glued to the particle of the next one
    listed = any(_listed(p) for p in parts if p.lower() not in _LOWER_PARTICLES)
    word = all(_is_word(p) or p.lower() in _LOWER_PARTICLES for p in parts)
    if listed and not word:
        return "name"
    if listed:
        return "wordname"
    return "word" if word else "unknown"


# Four or five capitals with a vowel that end in two consonants no name or word ends in: "COPD", "ADHD", "OCMW";
# taken as an acronym only where no word in capitals stands beside it.
_NAME_ENDS = (
    "ND NG RT ST RD LD NK RK LT NS RS TH CH SH GH NT LK MP RN RM LS MS TS KS CK FF LL SS TT NN MM RG LM RF LF FT SK "
    "HT PS GS DS BS NZ TZ RZ LZ DT LP RP MB NC RC SZ CZ NH PH KH ZH DZ WN WS WL WK RB RV LV"
).split()
_ACRONYM_END = re.compile(r"^(?=[A-Z]{0,3}[AEIOUY])[A-Z]{2,3}(?!" + "|".join(_NAME_ENDS) + r")[B-DF-HJ-NP-TV-XZ]{2}$")


def rule_caps_listed_name(cls: str, cue: bool, beside_name: bool) -> bool:
    """An ALL-CAPS word on a name list that is no Dutch word ("MEHMET")."""
    return cls == "name"


def rule_caps_after_cue(cls: str, cue: bool | str, beside_name: bool) -> bool:
    """An ALL-CAPS unknown word or surname-word after a cue ("FAMILIE DOELWIJT", "FAMILIE KLEIN"); after an
    honorific any word ("FAMILIE SNEL")."""
    return (cue and cls in ("unknown", "wordname")) or (cue == "honorific" and cls == "word")


def rule_caps_beside_name(cls: str, cue: bool, beside_name: bool | str) -> bool:
    """An ALL-CAPS unknown word or surname-word next to a name ("RADJESH AYDIN", "TWAN DE GROOT"); after a name
    and its particles any word ("RACHID VAN DEN AKKER")."""
    return (beside_name and cls in ("unknown", "wordname", "name")) or (beside_name == "particles" and cls == "word")


def rule_caps_unknown_pair(cls: str, cue: bool, beside_unknown: bool) -> bool:
    """Two ALL-CAPS words side by side that are no Dutch word, no acronym and on no list ("SENAIT KRAVCHUK")."""
    return cls == "unknown" and beside_unknown


def rule_caps_unknown_before_verb(cls: str, text: str, end: int, prev: str) -> bool:
    """An ALL-CAPS word that is no Dutch word, or a listed name that is also one, right before a verb and not after
    an article, is its subject: "AFSPRAAK: TRIJNTJE BELT HET CJG" (not "DE MAN BELT")."""
    return cls in ("unknown", "wordname") and prev not in _DETERMINERS and bool(VERB_AFTER.match(text[end : end + 40]))


def rule_caps_written_as_name(cls: str, w: str, text: str) -> bool:
    """An ALL-CAPS word that is no plain Dutch word and that the same text also writes capitalised mid-sentence is
    that name in capitals: "GEORGIEV: Welke brief?" beside "u spreekt met Ivaylo Georgiev"."""
    if cls not in ("unknown", "wordname", "name"):
        return False
    name = _cap(w)  # round nine: found by str.find and the two sides of the pattern, no pattern compiled per word
    return any(_MID_BEFORE.match(text, p) and _MID_AFTER.match(text, p + len(name)) for p in find_all(text, (name,)))


# The sides of "a capitalised word mid-sentence" (``rule_caps_written_as_name``): a lower-case letter or a comma and a
# space before it, no word character or hyphen after it.
_MID_BEFORE = re.compile(r"(?<=[a-zà-ÿ,] )")
_MID_AFTER = re.compile(r"(?![\w\-])")


def rule_caps_first_and_surname(w: str, cls: str, left: str, right: str) -> bool:
    """An ALL-CAPS listed first name right before an ALL-CAPS listed surname, or that surname right after it, is a
    name even when both are also words: "MEREL VISSER - BEZWAAR" (``left``/``right``: the ALL-CAPS word on that
    side with a single space between, or "")."""
    if cls not in ("wordname", "name"):
        return False
    if _cap(w) in FIRST_NAMES and right and _cap(right) in SURNAMES and _caps_class(right) in ("wordname", "name"):
        return True
    return (
        bool(left) and _cap(w) in SURNAMES and _cap(left) in FIRST_NAMES and _caps_class(left) in ("wordname", "name")
    )


_LINE_END_AFTER = re.compile(r"[ \t]*(?:$|\r?\n|[;|–-])", re.M)


def rule_caps_surname_comma_first(
    words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str], cue: bool, name: set[int]
) -> bool:
    """After a cue, "SURNAME, FIRST" in capitals ending the line or field is a name, whatever the words: "DOSSIER
    MEHARI, FREWEINI", "BETREFT: HORST, PETRA TER" (the first name after the comma, then particles, then the end);
    the first name too, once its surname is one (``name``: the words found so far)."""
    if (
        i - 1 in name
        and i - 1 in is_caps
        and text[words[i - 1].end : words[i].start] == ", "
        and cls[i] in ("unknown", "name", "wordname")
    ):
        k = i + 1
        while k in is_caps and cls[k] == "particle" and text[words[k - 1].end : words[k].start] == " ":
            k += 1
        return bool(_LINE_END_AFTER.match(text, words[k - 1].end))
    j = i + 1
    if cue and j in is_caps and text[words[i].end : words[j].start] == ", ":
        k = j + 1
        while k in is_caps and cls[k] == "particle" and text[words[k - 1].end : words[k].start] == " ":
            k += 1
        end = words[k - 1].end
        return (
            cls[i] not in ("particle", "acronym")
            and cls[j] in ("unknown", "name", "wordname")
            and bool(_LINE_END_AFTER.match(text, end))
        )
    return False


CAPS_RULES = (rule_caps_listed_name, rule_caps_after_cue, rule_caps_beside_name)
# Mail-header words that announce a name only as a header ("VAN: JANSEN", "AAN JANSEN"), not as a preposition.
_HEADER_CUES = frozenset({"van", "aan", "met"})


_UP = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x370, 0x530)]) if c.isupper())
CAPS_WORD_RE = re.compile(
    r"(?<![\w@/\\.\-'’])['’]?[" + _UP + r"][" + _UP + r"'’]*[" + _UP + r"](?:-[" + _UP + r"'’]+)*(?![\w@/\\]|\.\w|-\d)"
)


_CAPS_T = re.compile(r"(?<!\w)['’]T(?= )")


_CUE_GAPS = ("", ":", ".", "'t", "’t")
_NAME_GAPS = (" ", "-", " 'T ", " ’T ", " 't ", " ’t ")


def _caps_left(words: list[Any], text: str, i: int, is_caps: set[int], step: int = -1) -> str:
    """The ALL-CAPS word beside word ``i`` (before it, or after it with ``step`` 1) with one space between, or ""."""
    j = i + step
    if j not in is_caps:
        return ""
    lo, hi = min(i, j), max(i, j)
    return words[j].text if text[words[lo].end : words[hi].start] == " " else ""


def _unknown_name_word(w: str) -> bool:
    """An ALL-CAPS word on no list that is no Dutch word, compound or hyphenated term: a name's shape."""
    lo = w.lower()
    return "-" not in w and len(w) >= 3 and not _compound(lo) and lo not in CHAT_WORDS and w not in GOV_TERMS


def _run_word(words: list[Any], i: int, is_caps: set[int], cls: dict[int, str]) -> bool:
    """ALL-CAPS word ``i`` may be part of a name: no particle, acronym, function, cue, body or heading word."""
    if i not in is_caps or cls[i] not in ("unknown", "word", "wordname", "name"):
        return False
    w = words[i].text
    lo = w.lower()
    if lo in STOPWORDS or lo in CAPS_CUES or lo in CUE_WORDS or lo in ORG_WORDS or lo in HEADING_NOUNS:
        return False
    return w not in GOV_TERMS


# Lower-case words after which a surname alone in capitals, inside running text, names a person: "door SCHOUTEN",
# "bij PETERS", "(zie TJON-A-FAT)", "op naam van HUISMAN".
_CAPS_PERSON_BEFORE = frozenset({"door", "bij", "zie", "namens", "aan", "met", "van", "voor", "tegen", "via", "cc"})


def rule_caps_surname_in_running_text(
    words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str]
) -> bool:
    """A single word in capitals that is on a name list or on no list, inside a sentence in ordinary case, after a
    preposition that takes a person ("door SCHOUTEN", "bij PETERS") or after particles in capitals ("Bezwaar VAN
    DONGEN (kenmerk ...)"). The word after it is not in capitals (no heading, no shouting); an ordinary word in
    capitals ("zie BIJLAGE") and acronyms stay."""
    if cls[i] not in ("name", "wordname", "unknown") or len(words[i].text) < 3:
        return False
    if i + 1 < len(words) and (i + 1) in is_caps and text[words[i].end : words[i + 1].start].strip() == "":
        return False
    j = i - 1
    while j in is_caps and cls[j] == "particle" and text[words[j].end : words[j + 1].start] in _NAME_GAPS:
        j -= 1
    if j < 0 or j in is_caps or not words[j].text[:1].isalpha():
        return False
    gap = text[words[j].end : words[j + 1].start]
    if "\n" in gap:
        return False
    return j < i - 1 or (words[j].text.lower() in _CAPS_PERSON_BEFORE and words[j].text.islower())


def rule_caps_unknown_beside_word(words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str]) -> bool:
    """A run of two or three ALL-CAPS words with single spaces, standing alone between function words, punctuation
    or the line's ends, is a name when one word is on no list and no Dutch word or compound, or when it opens with a
    listed first name: "RINIA VROOM IS NIET BEREIKBAAR", "BEL FLEUR HALVERSTAD SPIEGEL OP ...", "BEL WOUTER ZADEL OP".
    No word may be a function, cue, body or heading word ("KLACHT AFVALINZAMELING" stays)."""
    if not _run_word(words, i, is_caps, cls):
        return False
    lo = hi = i
    while True:  # grow over single spaces, also over particles inside the run ("LEONTIEN TER SPIEGEL")
        k = lo - 1
        while k in is_caps and cls[k] == "particle" and text[words[k].end : words[k + 1].start] == " ":
            k -= 1
        if not (_run_word(words, k, is_caps, cls) and text[words[k].end : words[k + 1].start] == " "):
            break
        lo = k
    while True:
        k = hi + 1
        while k in is_caps and cls[k] == "particle" and text[words[k - 1].end : words[k].start] == " ":
            k += 1
        if not (_run_word(words, k, is_caps, cls) and text[words[k - 1].end : words[k].start] == " "):
            break
        hi = k
    names = [k for k in range(lo, hi + 1) if cls[k] != "particle"]
    if not 2 <= len(names) <= 3:
        return False
    for edge, step in ((lo, -1), (hi, 1)):  # the run stands alone: no further capitalised word joins it
        j = edge + step
        if (
            j in is_caps
            and text[words[min(edge, j)].end : words[max(edge, j)].start] == " "
            and cls[j]
            not in (
                "particle",
                "acronym",
            )
        ):
            jl = words[j].text.lower()
            if jl not in STOPWORDS and jl not in CAPS_CUES and jl not in HEADING_NOUNS and jl not in CUE_WORDS:
                return False  # (a heading word before it is no part of it: "RE: BEZWAAR MENNO VONK /")
    if any(cls[k] == "unknown" and _unknown_name_word(words[k].text) for k in names):
        return True
    if not (_cap(words[lo].text) in FIRST_NAMES and cls[lo] in ("name", "wordname")):
        return False
    if len(names) == 3:  # "ESZTER KOWALCZYK TROTS": a listed first name, a listed name that is no word, a word
        return any(cls[k] == "name" for k in names[1:])
    return not words[hi].text.lower().endswith(("t", "en"))  # "ROOS BLOEIT": a verb after the first name


def rule_caps_unknown_in_shouting(words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str]) -> bool:
    """A word of a name's shape (no Dutch word, compound, acronym or listed term, five letters or more) inside a
    sentence shouted in capitals, among at least three Dutch words in capitals on its line: "PRAWKUSUMA VAN NR 128
    HEEFT WEER EEN FEEST", "ZEG TEGEN FORTES DAT IK DE PAPIEREN HEB" (round twenty, from fresh14d)."""
    w = words[i].text
    if cls[i] != "unknown" or len(w) < 5 or not _unknown_name_word(w):
        return False
    lo = w.lower()
    if lo in ORG_WORDS or lo in CUE_WORDS or lo in HEADING_NOUNS or _cap(w) in PLACES_FULL:
        return False
    dutch = 0
    for step in (-1, 1):
        j = i + step
        while (
            0 <= j < len(words) and abs(j - i) <= 6 and "\n" not in text[words[min(i, j)].end : words[max(i, j)].start]
        ):
            if j in is_caps and cls[j] == "word" and words[j].text.lower() in STOPWORDS:
                dutch += 1
            j += step
    return dutch >= 3


_ITEM_BEFORE = re.compile(r"(?:[:,;]|[ \t]en)[ \t]*\Z")
_ITEM_AFTER = re.compile(r"[ \t]*(?:[,;(\n]|en[ \t]|$)")


def rule_caps_list_item(words: list[Any], text: str, i: int, cls: dict[int, str]) -> bool:
    """A one-word item in capitals of a list of people, no plain Dutch word or acronym: "PRESENTIELIJST: HULSTSTEE,
    BAKKER en Tigist Haile waren aanwezig", "Aanwezig: OGUNAYO, ..." (round twenty-six, from fresh32b)."""
    if cls[i] not in ("unknown", "wordname", "name"):
        return False
    w = words[i]
    line = text[text.rfind("\n", 0, w.start) + 1 : w.start]
    line = line.rsplit(". ", 1)[-1]  # "... krijgt een oorkonde. PRESENTIELIJST: PINAS, ..."
    head, colon, _rest = line.partition(":")
    if not colon or head.strip().lower() not in LIST_CUES or not _ITEM_BEFORE.search(line):
        return False
    return bool(_ITEM_AFTER.match(text, w.end)) and w.text.lower() not in ORG_WORDS and w.text not in GOV_TERMS


_TITLE_AFTER = re.compile(r" (?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)(?![\w\-])")


def rule_caps_first_and_title_surname(w: str, cls: str, text: str, end: int) -> bool:
    """A first name in capitals (listed, or on no list at all) right before a capitalised surname that is no word,
    or a listed one after a listed first name: "MEREL Zadelhoff", "XIUYING Okoye" (a signature or a form written
    half in capitals)."""
    listed = cls in ("name", "wordname") and _cap(w) in FIRST_NAMES
    if not (listed or (cls == "unknown" and _unknown_name_word(w))):
        return False
    m = _TITLE_AFTER.match(text, end)
    if not m:
        return False
    sur = m.group("w")
    if sur in GOV_TERMS or sur.lower() in ORG_WORDS or sur in PLACES_FULL:
        return False
    return (listed and sur in SURNAMES) or not (_is_word(sur) or _compound(sur.lower()))


def _short_name_part(words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str]) -> bool:
    """Word ``i`` (two or three capitals with a vowel) stands between two ALL-CAPS words with single spaces, one of
    them a listed name and neither a function word nor an acronym: a syllable of a name ("WANG XIU YING")."""
    w = words[i].text
    if w in GOV_TERMS or not re.search(r"[AEIOUY]", w) or i - 1 not in is_caps or i + 1 not in is_caps:
        return False
    if text[words[i - 1].end : words[i].start] != " " or text[words[i].end : words[i + 1].start] != " ":
        return False
    sides = (cls[i - 1], cls[i + 1])
    return all(c in ("name", "wordname", "unknown") for c in sides) and "name" in sides


def _short_surname_after_given(words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str]) -> bool:
    """Word ``i`` (two or three capitals, no body's acronym) right after a listed given name in capitals, closing the
    run of capitals: a short surname or its prefix ("MEERA VU klaagt", "KOFI NG", "IMOGEN MC RAFFERTY"; round
    thirty-three, from holdout32)."""
    w = words[i].text
    if w in GOV_TERMS or not (re.search(r"[AEIOUY]", w) or w in ("NG", "MC")) or i - 1 not in is_caps:
        return False
    if cls[i - 1] != "name" or text[words[i - 1].end : words[i].start] != " ":
        return False
    return i + 1 not in is_caps or (cls[i + 1] == "unknown" and w == "MC")


def _surname_after_particles(words: list[Any], text: str, i: int, is_caps: set[int], cls: dict[int, str]) -> bool:
    """Word ``i`` (two or three capitals with a vowel, no body's acronym) follows ALL-CAPS particles that follow an
    ALL-CAPS name word: "LIEKE VAN 'T HOF", "JAN VAN DE BOS"."""
    w = words[i].text
    if len(w) > 3 or w in GOV_TERMS or not re.search(r"[AEIOUY]", w):
        return False
    j = i - 1
    while j in is_caps and cls[j] == "particle" and text[words[j].end : words[j + 1].start] in _NAME_GAPS:
        j -= 1
    return (
        j < i - 1
        and j in is_caps
        and cls[j] in ("name", "wordname", "unknown")
        and text[words[j].end : words[j + 1].start] in _NAME_GAPS
    )


_CODE_COLON = re.compile(r":[A-Z0-9]")


_HOLDER_RUN_END = re.compile(r"[ \t]*(?:[?.,;:!)]|\r?\n|$)")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý\u0100-\u024f\u1ea0-\u1ef9]")


def _holder_runs(words: list[Any], text: str, caps_idx: list[int], is_caps: set[int]) -> set[int]:
    """A run of one to four words in capitals after "op naam van" or "t.n.v.", closing the clause, names whom an
    account or a payment is in: "naar LT08 ... op naam van NGÔ HỮU DŨNG?" (round twenty-seven, from holdout26);
    not a body ("op naam van GEMEENTE UTRECHT", "t.n.v. CJG")."""
    out: set[int] = set()
    for i in caps_idx:
        if (i - 1) in is_caps or not HOLDER_BEFORE.search(text, max(0, words[i].start - 16), words[i].start):
            continue
        run = [i]
        while run[-1] + 1 in is_caps and text[words[run[-1]].end : words[run[-1] + 1].start] == " " and len(run) < 4:
            run.append(run[-1] + 1)
        if (run[-1] + 1) in is_caps or not _HOLDER_RUN_END.match(text, words[run[-1]].end):
            continue
        ws = [words[k].text for k in run]
        if any(w.lower() in ORG_WORDS or w in GOV_TERMS or not _VOWEL.search(w) for w in ws):
            continue
        out.update(run)
    return out


def _caps_view(text: str, chars: list[str]) -> bool:
    holder = "naam" in text or "NAAM" in text or "name" in text or "n.v" in text  # see _holder_runs
    if not holder and not any(_caps_class(m.group()) != "acronym" for m in CAPS_WORD_RE.finditer(text)):
        return False
    words = _lower_words(text)
    caps_idx = [i for i, w in enumerate(words) if len(w.text) >= 2 and w.text.isupper()]
    if not caps_idx:
        return False
    is_caps = {i for i in caps_idx}
    cls = {i: _caps_class(words[i].text) for i in caps_idx}
    for i in caps_idx:  # "WANG XIU YING": a short pronounceable word between two name words is a name part
        if cls[i] != "acronym" or len(words[i].text) > 3:
            continue
        if _short_name_part(words, text, i, is_caps, cls) or _short_surname_after_given(words, text, i, is_caps, cls):
            cls[i] = "unknown"
    for i in caps_idx:  # "LIEKE VAN 'T HOF": a short word after a name and its particles is the surname
        if cls[i] == "acronym" and _surname_after_particles(words, text, i, is_caps, cls):
            cls[i] = "word"
    for i in caps_idx:  # "bekend met COPD en diabetes": alone in ordinary text, an unpronounceable end (round 15)
        if (
            cls[i] == "unknown"
            and (i - 1) not in is_caps
            and (i + 1) not in is_caps
            and _ACRONYM_END.search(words[i].text)
        ):
            cls[i] = "acronym"
    name: set[int] = set()
    # round eleven: an unknown word in capitals that the lower-case model, reading the text in lower case, calls a name
    lowered = text.lower() if any(cls[i] == "unknown" for i in caps_idx) else ""
    if len(lowered) == len(text):
        facts = lowmodel.doc_facts(lowered)
        for i in caps_idx:
            lw = lowered[words[i].start : words[i].end]
            if (
                cls[i] == "unknown"
                and candidate_word(lw)
                and not _CODE_COLON.match(text, words[i].end)  # "ECLI:NL:RVS:...": a code's prefix
                and _model_says_name(lowered, words[i].start, words[i].end, lw, facts)
            ):
                name.add(i)
    if holder:  # also in capitals of Vietnamese, which CAPS_WORD_RE does not read ("TRẦN VĂN BẢO")
        for i in _holder_runs(words, text, caps_idx, is_caps):
            name.add(i)
            if cls[i] == "acronym":
                cls[i] = "unknown"
    for _round in range(3):
        grew = False
        for i in caps_idx:
            if i in name or cls[i] in ("particle", "acronym"):
                continue
            prev = words[i - 1].text.lower() if i else ""
            gap = text[words[i - 1].end : words[i].start] if i else ""
            cue: bool | str = bool(prev) and prev.rstrip(":") in CAPS_CUES and gap.strip().lower() in _CUE_GAPS
            if cue and prev in _HEADER_CUES and ":" not in gap and not words[i - 1].text.isupper():
                cue = False  # "het terrein van MEE": a lower-case preposition, not a mail header "VAN: JANSEN"
            if cue and prev in HONORIFIC_LOWER:
                cue = "honorific"
            beside = False
            for step in (-1, 1):
                j = i + step
                while j in is_caps and cls[j] == "particle":
                    j += step
                if j in name and j in is_caps:
                    lo, hi = min(i, j), max(i, j)
                    if all(text[words[k].end : words[k + 1].start] in _NAME_GAPS for k in range(lo, hi)):
                        beside = "particles" if (step == -1 and hi - lo > 1) else (beside or True)
            pair = any(
                j in is_caps and cls[j] == "unknown" and text[words[min(i, j)].end : words[max(i, j)].start] == " "
                for j in (i - 1, i + 1)
            )
            if (
                any(rule(cls[i], cue, beside) for rule in CAPS_RULES)
                or rule_caps_unknown_pair(cls[i], cue, pair)
                or rule_caps_unknown_before_verb(cls[i], text, words[i].end, prev)
                or rule_caps_written_as_name(cls[i], words[i].text, text)
                or rule_caps_surname_comma_first(words, text, i, is_caps, cls, bool(cue), name)
                or rule_caps_unknown_beside_word(words, text, i, is_caps, cls)
                or rule_caps_surname_in_running_text(words, text, i, is_caps, cls)
                or rule_caps_unknown_in_shouting(words, text, i, is_caps, cls)
                or rule_caps_list_item(words, text, i, cls)
                or rule_caps_first_and_title_surname(words[i].text, cls[i], text, words[i].end)
                or rule_caps_first_and_surname(
                    cls=cls[i],
                    w=words[i].text,
                    left=_caps_left(words, text, i, is_caps),
                    right=_caps_left(words, text, i, is_caps, step=1),
                )
            ):
                name.add(i)
                grew = True
        if not grew:
            break
    changed = False
    for m in _CAPS_T.finditer(text):  # "FAMILIE 'T HART": the particle in lower case
        chars[m.start() + 1] = "t"
        changed = True
    for i in caps_idx:
        w = words[i]
        if cls[i] == "acronym":
            continue
        if i in name:
            pieces = w.text.split("-")
            out = "-".join(p.lower() if k and p.lower() in _LOWER_PARTICLES else _cap(p) for k, p in enumerate(pieces))
        else:
            out = w.text.lower()
        if len(out) == len(w.text):
            chars[w.start : w.end] = out
            changed = True
    return changed


# the literals that may open a name for lowernames.py: a self-introduction or a verb of speech after a word
# (as a prefix tree of the literal phrases: only whether one occurs is asked, so their order does not matter)
_LOWER_NAMES_CUE = re.compile(
    word_alternation(
        ["ik ben", "naam is", "ik heet", "spreekt met", "gebeld met", "gebelt met", "gesproken met"]
        + [f" {w} " for w in ("zei", "zegt", "belde", "is bang", "vroeg", "vertelde")]
        + [
            f"{own} {rel}"
            for own in ("mijn", "haar", "zijn", "onze", "hun", "uw", "je", "jouw")
            for rel in (
                "zoon dochter broer zus klein neef nicht man vrouw partner vriend buur moeder vader oma opa tante "
                "oom collega"
            ).split()
        ]
    )
)


def _two_unknown_words(text: str) -> bool:
    """At least two lower-case words that are no Dutch word (the cached token types)."""
    if _LAST_TYPES[0] is text:  # _lower_view has just read this very text
        return len(_LAST_TYPES[1]) >= 2
    types = [w for w in _lower_types(set(text.split())) if _candidate_type(w)]
    return len(types) >= 2


class _Slots(threading.local):
    """The offsets of the last case view's words that a person slot capitalised (``slot_names``), per thread."""

    view: str | None = None
    starts: frozenset[int] = frozenset()


_SLOTS = _Slots()


def slot_starts(view: str) -> frozenset[int]:
    """Where in ``view`` (the last ``case_view`` of this thread) a lower-case word was written as a name because it
    stands in a person's slot ("op naam van rietje woltelhof"): evidence for the person judge, which sees only the
    capital."""
    return _SLOTS.starts if _SLOTS.view is view else frozenset()


def case_view(text: str) -> str:
    """``text`` with lower-case and ALL-CAPS names written as names, same length; ``text`` itself if none."""
    slots: list[int] = []
    view = _case_view(text, slots)
    _SLOTS.view, _SLOTS.starts = view, frozenset(slots)
    return view


# A scanner's digit for a letter (round thirty-three, from fresh18a's OCR): at a word's start before three letters or
# more ("5utban", "8abak", "4yalew": S, B, A), inside or closing a word ("Wrob1ewski", "Err0l", "Doraj0": l, o)
_OCR_START = re.compile(r"(?<![\w.,:/\-+€$%])(?P<d>[014568])(?P<rest>[a-zà-ÿ]{3,})(?![\w\-])")
_OCR_INSIDE = re.compile(r"(?<=[A-Za-zà-ÿ][a-zà-ÿ])(?P<d>[01])(?=[a-zà-ÿ]+(?![\w\-])|(?![\w\-]))")
_OCR_CAPITAL = {"0": "O", "1": "I", "4": "A", "5": "S", "6": "G", "8": "B"}
_OCR_SMALL = {"0": "o", "1": "l"}


def _ocr_letters(text: str) -> list[tuple[int, str]]:
    """Where a scanner wrote a digit for a letter of a name, and the letter (see ``_OCR_START``): only where the
    word with its letter is no Dutch word and the letters after the digit are none either ("5jaar", "8ste" stay)."""
    out = []
    for m in _OCR_START.finditer(text):
        rest = m["rest"]
        word = (_OCR_CAPITAL[m["d"]] + rest).lower()
        if rest in WORDS or rest in STOPWORDS or word in WORDS or word in STOPWORDS or rest in ("ste", "den", "jarige"):
            continue
        out.append((m.start("d"), _OCR_CAPITAL[m["d"]]))
    for m in _OCR_INSIDE.finditer(text):
        out.append((m.start("d"), _OCR_SMALL[m["d"]]))
    return out


def _case_view(text: str, slots: list[int]) -> str:
    view = _case_view_letters(text, slots)
    ocr = _ocr_letters(text) if any(c in text for c in "014568") else []
    if not ocr:
        return view
    chars = list(view)
    for pos, letter in ocr:
        chars[pos] = letter
    return "".join(chars)


def _case_view_letters(text: str, slots: list[int]) -> str:
    chars: list[str] | None = None
    if _TWO_CAPS.search(text):  # cheap gate
        chars = list(text)
        if not _caps_view(text, chars):
            chars = None
    lowered = False
    if _HAS_LOWER_CANDIDATE.search(text):
        base = "".join(chars) if chars is not None else text
        chars2 = list(base)
        if _lower_view(base, chars2):
            chars = chars2
            lowered = True
        if lowered or _two_unknown_words(text) or _LOWER_NAMES_CUE.search(text):  # lowernames.py, gated (cached first)
            base = "".join(chars) if chars is not None else text
            chars3 = list(base)
            if lower_names(text, chars3, base):
                chars = chars3
        base = "".join(chars) if chars is not None else text
        chars4 = list(base)
        if slot_names(text, chars4, base, slots):  # lowernames.py: lower-case words in a person's slot
            chars = chars4
        if chars is not None:  # lowernames.py: the surname after a caller's name ("hoi met Baukje hofstede")
            self_named_surnames(text, chars)
        types = (
            _LAST_TYPES[1]
            if _LAST_TYPES[0] is text
            else {w for w in _lower_types(set(text.split())) if _candidate_type(w)}
        )
        if types:  # round eleven: what the lower-case model calls a name
            base = "".join(chars) if chars is not None else text
            chars5 = list(base)
            if _model_names(text, base, chars5, types):
                chars = chars5
        if chars is not None:  # lowernames.py: the surname after a given name ("katarzyna ly gestoken")
            surnames_after_firsts(text, chars)
    if "-" in text and any(x in text for x in _GLUED_ENDS):  # "mevrouw al-Haddouchi": a glued particle opens the name
        for m in _GLUED_PARTICLE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                continue  # inside a word
            if chars is None:
                chars = list(text)
            chars[m.start()] = chars[m.start()].upper()
    if ". " in text and LOWER_INITIAL.search(text):
        base = "".join(chars) if chars is not None else text
        spots = lower_initial_names(base)
        if spots:
            chars = list(base)
            for pos in spots:
                chars[pos] = chars[pos].upper()
    if chars is None:
        return text
    view = "".join(chars)
    return text if view == text else view


_GLUED_PARTICLE = re.compile(r"(?:al|el|abu|ibn|ould|ait)-(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")  # a literal first: fast
_GLUED_ENDS = ("l-", "u-", "n-", "d-", "t-")  # how every match above ends: one of these is in the text (a cheap test)
