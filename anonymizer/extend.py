"""Growth rules around names: initials in every spelling, the surname after a first name, "Surname, First".

Each rule is a small function that takes the text, the character mask of what is already an entity and the
person spans found so far, and returns new ``(start, end, person)`` spans (it never shrinks a span). They run
after the person chunks are judged, so they only add evidence that a name continues; core.py calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .columns import form_first_line
from .lexicon import FAMOUS, FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS, english_words, foreign_text
from .persons import VERB_AFTER, _name_info, _org_like, ordinary_compound, two_syllable_given_name
from .rxutil import ascii_fold_lower, find_all, finditer_past_lookbehind, matches_at_opening_words, opening_words
from .wordlists import (
    ABBREV,
    CHAT_WORDS,
    CUE_WORDS,
    FOREIGN_WORDS,
    GOV_TERMS,
    GREETINGS_CLOSING,
    GREETINGS_OPENING,
    HOLIDAYS,
    HONORIFICS,
    LOWER_ABBREVIATIONS,
    NAME_HEADERS,
    NAME_PARTICLES,
    ORG_WORDS,
    PARTIES,
    RELATIONS,
    ROLES,
    SCHOOL_WORDS,
)

P = TypeVar("P")
Span = tuple[int, int, P]

_PARTICLE = r"(?:van|de|der|den|ter|ten|te|in|op|het|'t|’t|v\.d\.|vd|la|le|du|da|di|el|al|ait|ben|bin)"
# Initials right before a name: "J.P. ", "J. P. ", "j.p. ", "JP ", with particles after them ("JJP van ").
INITIALS_BEFORE = re.compile(
    r"(?:(?<![\w.])(?P<dots>(?:[A-Za-z]\.[ \u00a0]?){1,4})|(?<![\w.\-])(?P<caps>(?-i:[A-ZÀ-ÖØ-Þ]{2,4}))[ \u00a0])"
    r"[ \u00a0]*(?:" + _PARTICLE + r"[ \u00a0])*$",
    re.I,
)
# Initials with dots, particles and a word: "A. P. K. de koning", "i. van salm", "F.L. DE HAAS", "RDJ DE HAAS".
INITIALS_NAME = re.compile(
    r"(?<![\w.\-])(?:(?P<dots>(?:[A-Za-z]\.[ \u00a0]?){1,4})"
    r"|(?P<caps>(?-i:[A-ZÀ-ÖØ-Þ]{2,4}))[ \u00a0](?=" + _PARTICLE + r"[ \u00a0]))"
    r"[ \u00a0]*(?P<parts>(?:" + _PARTICLE + r"[ \u00a0]){0,3})"
    r"(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)",
    re.I,
)
# The surname after a first name, in lower case or capitals after particles: "Iris van dalem", "Iris VAN DER MAST".
SURNAME_AFTER = re.compile(
    r"[ \u00a0](?P<parts>(?:" + _PARTICLE + r"[ \u00a0]){1,3})(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)", re.I
)
# "Kuiper, Iris" / "Van Dam, Iris" at the start of a field or a numbered or bulleted item ("2. Kuiper, Iris"): the
# surname written before the first name.
SURNAME_FIRST = re.compile(
    r"(?:^|(?<=[\n\"'“;|\t(:—–]))[ \t]*(?P<item>(?:\d{1,3}[.)]|[-*•])[ \t]+)?"
    # particles in any case: "TER HULHUIS, Anna", "VON SCHWARZRICHS, Erik", "AL TAMIEMI, Mustafa" (round nineteen)
    r"(?P<sur>(?:(?i:van|de|der|den|ter|ten|el|al|in|'t|von|zu|da|dos|du|la|le|ben|bin|abu)[ ]){0,3}"
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’]*(?:-[\w'’]+)*), $"
)
_GREETING_BEFORE = re.compile(
    r"(?:^|[\s\]>:])(?:ja|nee|hoi|hallo|hey|hee|hi|dag|beste|lieve|bedankt|dank je|dankjewel|oké|ok|top|"
    r"goedemorgen|goedemiddag|goedenavond|groetjes|groet|doei),?[ \u00a0]*$",
    re.I,
)


def _blocked(mask: bytearray, s: int, e: int) -> bool:
    return mask.find(1, s, e) != -1


def _take(mask: bytearray, s: int, e: int) -> None:
    mask[s:e] = b"\x01" * (e - s)


# Dotted abbreviations that look like initials ("i.v.m.", "t.a.v."), written without their dots.
DOTTED_ABBREV = frozenset(
    "ivm tav nav mbt ovv oa dwz bv bijv zsm tzt iom ipv evt vs ca mvg tnv cq aub svp pb vd ad nb ps mi "
    "ng zgn resp dd vnl mn ihkv ivb zoz".split()
)


def _is_abbrev(initials: str) -> bool:
    """ "i.v.m.", "t.a.v.", "o.a.": abbreviations, not initials (one letter is an initial)."""
    squashed = initials.replace(" ", "").replace("\u00a0", "")
    letters = squashed.replace(".", "").lower()
    if letters in DOTTED_ABBREV and len(letters) >= 2:
        return True  # "d.d.", "i.v.m.": written with a dot after every letter, still the abbreviation
    if letters in ABBREV and squashed.count(".") >= len(letters) > 1:
        return False  # "m.r. Zerrouki": a dot after every letter makes initials, not the title "mr."
    return len(letters) >= 2 and (letters in DOTTED_ABBREV or letters in ABBREV)


def _surname_word(word: str, with_particles: bool, any_word: bool = False) -> bool:
    """A word that can be a surname after initials or a first name: no function, role or organisation word; an
    ordinary word only after particles when it is a listed surname ("de koning" -> Koning), or where the spelling
    marks a surname (``any_word``: after a capitalised particle, "Warre Van bruggen"; in capitals after initials,
    "R. HUISMAN")."""
    lo = word.lower()
    cap = word[:1].upper() + word[1:].lower()
    if lo in STOPWORDS or lo in CUE_WORDS or lo in ORG_WORDS or cap in GOV_TERMS or word in GOV_TERMS:
        return False
    if len(lo) <= 2 and word.islower():
        return False  # "meneer Haverkamp van nr 8": an abbreviation, no surname
    if lo not in WORDS or any_word:
        return True
    return with_particles and cap in SURNAMES


# whose name an account is in, right before it: "t.n.v.", "ten name van", "op naam van" (casing.py reads it too)
HOLDER_BEFORE = re.compile(r"(?i:\bt\.?\s?n\.?\s?v\.?|\bten name van|\bop naam van)[ \t]*\Z")


def _caps_after_particles(word: str) -> bool:
    """ "R.D. VAN DER MEER": after initials and particles a word in capitals is a surname even when it is a function
    word ("meer"); no role, organisation or body."""
    lo = word.lower()
    return lo not in CUE_WORDS and lo not in ORG_WORDS and word not in GOV_TERMS and len(word) > 2


def rule_initials_before_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """Initials in any spelling right before a found name belong to it: "J.P. [Bakker]", "m. [Durmuş]",
    "JJP van [Formbach]", "OE [Tarhan]". Abbreviations ("i.v.m.") and acronyms of bodies ("UWV") are no initials."""
    out: list[Span[P]] = []
    for s, e, person in spans:
        if s == 0:
            continue
        if text[s - 1] == "(" and text[e : e + 1] == ")" and s >= 3:
            # "mr. J.A. ([Jan-Albert]) Terwisscha": the initials before the first name in brackets
            m = INITIALS_BEFORE.search(text, max(0, s - 34), s - 1)
            if m and m.group("dots") and not _is_abbrev(m.group("dots")) and not _blocked(mask, m.start(), s - 2):
                ie = m.start() + len(m.group("dots").rstrip())
                out.append((m.start(), ie, person))
                _take(mask, m.start(), ie)
            continue
        m = INITIALS_BEFORE.search(text, max(0, s - 32), s)
        if not m or _blocked(mask, m.start(), s):
            continue
        if m.group("dots") and _is_abbrev(m.group("dots")):
            continue
        caps = m.group("caps")
        if caps and (
            caps in GOV_TERMS
            or caps.lower() in ORG_WORDS
            or (len(caps) > 2 and caps.lower() in CUE_WORDS)
            or not caps.isupper()
        ):
            continue  # "BOA FO": a role in capitals before a colleague's initials (round nineteen)
        if caps and caps.lower() in STOPWORDS and text[s:e].isupper():
            continue  # "IK WIL DAT ESRA ERSOY": a word of a shouted sentence, no initials (round eleven)
        out.append((m.start(), s, person))
        _take(mask, m.start(), s)
    return out


# Cheap scans for where initials may start (a charset first, so the regex engine skips ahead quickly); the full
# pattern is then matched only there.
_DOT_INITIAL = re.compile(r"\.(?<![\w.\-][A-Za-z]\.)(?<=[A-Za-z]\.)")  # the dot of "J.", found by its literal
_CAPS_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]{1,3}[ \u00a0](?=(?i:" + _PARTICLE + r")[ \u00a0])")


def _initial_starts(text: str) -> list[int]:
    """Sorted start offsets of possible initials: "J." not inside a word or after another initial; "RDJ de"."""
    starts = [m.start() - 1 for m in _DOT_INITIAL.finditer(text)]
    for m in _CAPS_INITIALS.finditer(text):
        st = m.start()
        if m.group()[:-1].isupper() and (st == 0 or not (text[st - 1].isalnum() or text[st - 1] in ".-_")):
            starts.append(st)
    return sorted(set(starts))


# A cell of initials before the name's cell, with at most an empty or particle cell between: "M.;;Kanhai;...",
# "T.L.|van|Dijk", "A.B.<TAB>Jansen" (a record without header).
_INITIALS_CELL_BEFORE = re.compile(
    r"(?:^|(?<=[\n;|\t,]))[ ]*(?P<ini>(?:[A-ZÀ-ÖØ-Þ]\.[ ]?){1,4})[ ]*"
    r"(?:[;|\t,][ ]*(?:(?:van|de|der|den|ten|ter|te|in|op|'t|het|la|le|du|da|di|el|al)[ ]?){0,3}[ ]*)?[;|\t,][ ]*\Z"
)


# ... and after it: "ZAAK-770275;Mirik;Z.;5-11-1940;Heerlen" (round twelve)
_INITIALS_CELL_AFTER = re.compile(r"[ ]*[;|\t][ ]*(?P<ini>(?:[A-ZÀ-ÖØ-Þ]\.[ ]?){1,4})[ ]*(?=[;|\t]|$)", re.M)


def rule_initials_cell_before_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """Initials alone in the cell before or after a found name's cell belong to it: "M.;;Kanhai;Akkerwinde;86",
    "Mirik;Z.;5-11-1940"."""
    if ";" not in text and "|" not in text and "\t" not in text and "," not in text:
        return []
    out: list[Span[P]] = []
    for s, e, person in spans:
        after = _INITIALS_CELL_AFTER.match(text, e)
        if after and not _blocked(mask, after.start("ini"), after.end("ini")) and not _is_abbrev(after.group("ini")):
            out.append((after.start("ini"), after.start("ini") + len(after.group("ini").rstrip()), person))
            _take(mask, after.start("ini"), after.end("ini"))
        m = _INITIALS_CELL_BEFORE.search(text, max(0, s - 32), s)
        if not m or _blocked(mask, m.start("ini"), m.end("ini")) or _is_abbrev(m.group("ini")):
            continue
        out.append((m.start("ini"), m.start("ini") + len(m.group("ini").rstrip()), person))
        _take(mask, m.start("ini"), m.end("ini"))
    return out


_SCHOOL_ENDS = (*SCHOOL_WORDS, "prijs", "fonds")  # and prizes and funds named after a person


def rule_initials_with_surname(text: str, mask: bytearray, new_person: Callable[[str], P]) -> list[Span[P]]:
    """Initials followed by a surname in any case: "A. P. K. de koning", "i. van salm", "F.L. DE HAAS",
    "RDJ DE HAAS" (capital initials without dots only with particles after them)."""
    if "." not in text and not re.search(r"[A-Z]{2}", text):
        return []
    out: list[Span[P]] = []
    for s in _initial_starts(text):
        m = INITIALS_NAME.match(text, s)
        if not m:
            continue
        e = m.end()
        if _blocked(mask, s, e):
            continue
        dots, caps, word, parts = m.group("dots"), m.group("caps"), m.group("word"), m.group("parts")
        if dots and _is_abbrev(dots):
            continue  # "i.v.m. de aanvraag"
        if caps and (caps in GOV_TERMS or caps.lower() in ORG_WORDS):
            continue  # "UWV de ..."
        # "R. HUISMAN", "I.H. VAN WEERT": a word in capitals after initials with dots is a surname, word or not;
        # so is any word after initials that an account's holder cue announces ("t.n.v. r. kok")
        caps_word = bool(dots) and word.isupper() and len(word) > 1 and dots[0].isupper()
        caps_word = caps_word or (bool(dots) and bool(HOLDER_BEFORE.search(text, max(0, s - 20), s)))
        if (
            not parts
            and not caps_word
            and (word.lower() in WORDS or (bool(dots) and len(dots.replace(" ", "")) == 2 and dots[0].islower()))
        ):
            continue  # "o. zonder": one lower-case letter and an ordinary word is no name
        if not _surname_word(word, bool(parts), caps_word) and not (
            caps_word and parts and _caps_after_particles(word)
        ):
            continue
        if text[s:e] in FAMOUS:
            continue  # "M.C. Escher", "Jac. P. Thijsse": a famous person (round thirty-two)
        if not caps_word and word.lower().endswith(_SCHOOL_ENDS) and len(word) > 10:
            continue  # "de Jac. P. Thijsseschool": a school named after a person (round thirty-two, from fresh38e)
        out.append((s, e, new_person(word[:1].upper() + word[1:].lower())))
        _take(mask, s, e)
    return out


# A surname alone in brackets right after a name: "groetjes ali (Al-Tamimi)", "Storm (Bergsma)".
_BRACKET_SURNAME = re.compile(r"[ \t]?\((?P<word>[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’]+(?:-[A-Za-zÀ-ÿ][\w'’]+)*)\)")


def rule_surname_in_brackets(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """One capitalised word alone in brackets right after a found name is its surname: "groetjes ali (Al-Tamimi)";
    a department, scheme, role or ordinary word in brackets ("Jan (Wmo)", "Jan (verslag)") is not."""
    out: list[Span[P]] = []
    for _s, e, person in spans:
        if text[e : e + 2].lstrip(" \t")[:1] != "(":
            continue
        m = _BRACKET_SURNAME.match(text, e)
        if not m or _blocked(mask, m.start("word"), m.end("word")):
            continue
        word = m.group("word")
        if not all(_surname_word(p, True) for p in word.split("-") if p.lower() not in _PARTICLE_WORDS):
            continue
        fn, sn, _word, place = _name_info(word)
        is_word = word.lower() in WORDS or word.lower() in STOPWORDS  # a compound of words may be a surname
        if word.isupper() or _org_like(word) or (is_word and not sn) or (place and not (fn or sn)):
            continue  # "(Ombudsteam)", "(Belastingsamenwerking)", "(Zwolle)"
        if place and text[_s:e].count(" ") >= 1 and getattr(person, "surname", None):
            continue  # "Yılhan Gökoğlu (Emmen)": a full name, then a place that is also a surname (round eleven)
        signed = text[_s : _s + 1].islower()  # "groetjes roos (Schouten)": a chat signature adds the surname
        # a listed given name alone, then an unknown word that is no body: "Noortje (Oosterwierda) reageerde" (r. 32)
        given = " " not in text[_s:e] and text[_s : _s + 1].isupper() and not (is_word or fn or ordinary_compound(word))
        if not (signed or sn or given or word.startswith(("Al-", "El-", "Ait-", "Abu-"))):
            continue  # "IJsbrand (Woonbron)": an unknown word in brackets after a capitalised name may be its body
        out.append((m.start("word"), m.end("word"), person))
        _take(mask, m.start("word"), m.end("word"))
    return out


_LINKED_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’]*|\b(?:des|der|van|de|het|voor|en))[ \t]+\Z")  # a longer name's end
_SURNAME_BEFORE_BRACKET = re.compile(r"(?<![\w'’\-])(?P<word>[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’]{2,})[ \t]?\($")


def rule_surname_before_brackets(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """An unlisted capitalised word right before a found name alone in brackets is its surname: "Pelsmaekers (Joke)
    heeft de sleutel" (round thirty-three, the round's probe); a body, place or ordinary word is not
    ("Wijkteam (Anna)")."""
    out: list[Span[P]] = []
    for s, e, person in spans:
        if text[e : e + 1] != ")" or not s or text[s - 1] != "(" or not text[s:e].isalpha():
            continue  # one given name alone in the brackets, not "Leger des Heils (I. Hadiwan)"
        m = _SURNAME_BEFORE_BRACKET.search(text, max(0, s - 40), s)
        if not m or _blocked(mask, m.start("word"), m.end("word")):
            continue
        if _LINKED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        word = m.group("word")
        fn, sn, is_word, place = _name_info(word)
        if is_word or place or word.isupper() or _org_like(word) or word.lower() in STOPWORDS or word in FAMOUS:
            continue
        out.append((m.start("word"), m.end("word"), person))
        _take(mask, m.start("word"), m.end("word"))
    return out


# A capitalised particle before a lower-case word that is no ordinary word: "De cammen", "Van der vloet" (Flemish
# surnames are often written so). Where it stands decides (``rule_capital_particle_surname``).
_CAP_PARTICLE_LOWER = re.compile(
    r"(?<![\w'’])(?P<p>(?:De|Van|Ver|Le|La|Du|Da|Di|Del|Della|Dos|Das)(?:[ \u00a0](?:de|der|den|het|la|le))?)"
    r"[ \u00a0](?P<w>[a-zà-öø-ÿ][a-zà-öø-ÿ'’]{2,}(?:-[a-zà-öø-ÿ]+)*)(?![\w'’])"
)
# Before it: a form of address or role word ("wethouder", "prof."), initials ("L."), or the start of a field.
_CAP_PARTICLE_BEFORE = re.compile(
    r"(?:(?:^|[\s(])(?P<cue>[a-zà-ÿ]+\.?)|(?:^|(?<=[\s(]))(?P<ini>(?:[A-Z]\.[ ]?){1,4})|[:|\t;])[ \t]*\Z"
)
# After it, at the start of a field: the end of the field or a contact ("De cammen, Lieve", "De cammen <...>").
_CAP_PARTICLE_FIELD_END = re.compile(r"[ \t]*(?:,|\(|<|\||;|\t|\r?\n|$)")


def rule_capital_particle_surname(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A capitalised particle and a lower-case word nobody uses as a word, after a form of address, a role or
    initials ("wethouder De cauteren", "L. De cammen"), or as a whole field ("Eigenaar: De cammen, Lieve"). Ordinary
    words after a capital article stay ("De aanvraag is binnen", "Van harte")."""
    if "D" not in text and "V" not in text and "L" not in text:
        return []
    out: list[Span[P]] = []
    for m in finditer_past_lookbehind(_CAP_PARTICLE_LOWER, text):  # round nine: the engine skips to "D", "V", "L"
        s, e = m.span()
        word = m.group("w")
        if _blocked(mask, s, e) or word in STOPWORDS or word in CUE_WORDS or word in ORG_WORDS:
            continue
        b = _CAP_PARTICLE_BEFORE.search(text, max(0, s - 24), s)
        if not b:
            continue
        cue = b.group("cue")
        if cue is not None and cue not in CUE_WORDS and (cue.endswith(".") or cue not in CUE_WORDS):
            continue  # "prof.", "wethouder"; not the end of a sentence ("de wijkagent. De schade")
        if b.group("ini"):
            if not _blocked(mask, b.start("ini"), s):
                s = b.start("ini")  # "L. De cammen": the initials belong to the name
        elif cue is None:
            # at the start of a field only as the whole field, and no ordinary word: "Eigenaar: De cammen, Lieve",
            # not "Onderwerp: De aanvraag, en meer"
            if word in WORDS or not _CAP_PARTICLE_FIELD_END.match(text, e):
                continue
        out.append((s, e, new_person([m.group("p"), word[:1].upper() + word[1:]])))
        _take(mask, s, e)
    return out


# A surname opened by an elided particle: "d'Ancona", "D’Hondt", "dell'Aquila", "l'Abbé" (the tokenizer takes no word
# after a lower-case letter and an apostrophe, so these are grown from the name or initials before them).
_ELIDED_SURNAME = re.compile(r"(?:d|l|dall|dell|degl|D|L)['’][A-ZÀ-ÖØ-Þ][\w'’]+(?:-[^\W\d_][\w'’]*)*")
_INITIALS_ELIDED = re.compile(r"(?<![\w.])(?:[A-ZÀ-ÖØ-Þ]\.?[ \u00a0]){1,4}(?=(?:d|D|l|L)['’][A-ZÀ-ÖØ-Þ])")


def rule_elided_surname(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """ "Olaf d'Ancona", "G d'Ancona": a surname with an elided particle after a found name or after initials."""
    if "'" not in text and "’" not in text:
        return []
    out: list[Span[P]] = []
    for _s, e, person in spans:
        if text[e : e + 1] not in (" ", "\u00a0"):
            continue
        m = _ELIDED_SURNAME.match(text, e + 1)
        if m and not _blocked(mask, e, m.end()):
            out.append((e + 1, m.end(), person))
            _take(mask, e + 1, m.end())
    for m in _INITIALS_ELIDED.finditer(text):
        w = _ELIDED_SURNAME.match(text, m.end())
        if w and not _blocked(mask, m.start(), w.end()):
            out.append((m.start(), w.end(), new_person([w.group()])))
            _take(mask, m.start(), w.end())
    return out


_EMAIL_LOCAL = re.compile(r"([\w.+\-']+)@[\w\-]+\.")


def _email_locals(text: str) -> list[str]:
    """``_EMAIL_LOCAL.findall(text)``, tried only at the start of the run of local-part characters before each "@"
    (round nine: the plain scan tries every word character and backtracks over the rest of its word, 30 µs a text
    with an address). A match runs from its start to an "@" over local-part characters only, so the scan's first
    match after ``pos`` opens at the later of ``pos`` and the start of that run, for the first "@" where one exists."""
    out: list[str] = []
    pos = 0
    a = text.find("@")
    while a != -1:
        if a >= pos:
            r = a
            while r > pos and (text[r - 1].isalnum() or text[r - 1] in "_.+-'"):
                r -= 1
            m = _EMAIL_LOCAL.match(text, r) if r < a else None
            if m is not None:
                out.append(m.group(1))
                pos = m.end()
        a = text.find("@", a + 1)
    return out


_WORD_AFTER_NAME = re.compile(r"[ \u00a0](?P<parts>(?:" + _PARTICLE + r"[ \u00a0]){0,3})(?P<w>[^\W\d_][\w'’]*)", re.I)


def rule_email_surname_after_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """The word after a found name that the same text's e-mail address spells is its surname, whatever its case and
    though it is an ordinary word: "klant gijs timmer ... gijs.timmer@web.de", "joke van 't hof ... j.vanthof97@"."""
    if "@" not in text:
        return []
    pieces = set()
    for local in _email_locals(text):
        for p in re.split(r"[._+\-\d]+", local.lower()):
            if len(p) >= 3:
                pieces.add(p)
    if not pieces:
        return []
    out: list[Span[P]] = []
    for _s, e, person in spans:
        m = _WORD_AFTER_NAME.match(text, e)
        if not m or _blocked(mask, e, m.end()):
            continue
        word = m.group("w").lower()
        squashed = re.sub(r"[\s'’]", "", m.group("parts").lower()) + word
        if word in STOPWORDS or word in CUE_WORDS or word in ORG_WORDS:
            continue
        if word in pieces or squashed in pieces:
            out.append((e + 1, m.end(), person))
            _take(mask, e + 1, m.end())
    return out


def _pair_pattern(first: str, last: str) -> re.Pattern[str]:
    """The two pieces of an address side by side in the text, with up to three particles between them."""
    return re.compile(
        r"(?<![\w@.])" + re.escape(first) + r"[ \u00a0]+(?:" + _PARTICLE + r"[ \u00a0]+){0,3}" + re.escape(last)
        + r"(?![\w@])",
        re.I,
    )  # fmt: skip


# The blanks and up to three particles after the first piece, each level a group (its end is where the last piece may
# stand), tried deepest first as the greedy {0,3} of _pair_pattern tries them.
_GAP_PART = _PARTICLE + r"[ \u00a0]+"
_PAIR_GAP = re.compile(
    rf"(?P<b>[ \u00a0]+)(?:(?P<p1>{_GAP_PART})(?:(?P<p2>{_GAP_PART})(?:(?P<p3>{_GAP_PART}))?)?)?", re.I
)


def _pair_spans(text: str, first: str, last: str) -> list[tuple[int, int]]:
    """The spans of ``_pair_pattern(first, last).finditer(text)``, without compiling a pattern for each address (round
    nine: ~150 µs a compile, each text's address being new). For ASCII pieces: the first piece where it stands in the
    folded lower-case text (``rxutil.ascii_fold_lower``) after no word character, "@" or ".", then ``_PAIR_GAP``; the
    last piece is looked for after the deepest particle first. A particle must be followed by a blank and no two
    particles start alike before one, so the gap has one way through, and the pattern's backtracking only drops
    particles from the end: the same matches. Other pieces compile the pattern."""
    f = ascii_fold_lower(text)
    if f is None or not (first.isascii() and last.isascii()):
        return [m.span() for m in _pair_pattern(first, last).finditer(text)]
    out: list[tuple[int, int]] = []
    end = 0
    for q in find_all(f, (first,)):
        if q < end or (q and (text[q - 1].isalnum() or text[q - 1] in "_@.")):
            continue
        gap = _PAIR_GAP.match(text, q + len(first))
        if gap is None:
            continue
        for k in (gap.end("p3"), gap.end("p2"), gap.end("p1"), gap.end("b")):  # -1: that level did not match
            e = k + len(last)
            if k >= 0 and f.startswith(last, k) and not (e < len(text) and (text[e].isalnum() or text[e] in "_@")):
                out.append((q, e))
                end = e
                break
    return out


def rule_names_spelled_by_email(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """Two words side by side, in any case, that the text's own e-mail address spells as its name parts
    ("klant bram visser ... bram.visser@example.org") are that person's name."""
    if "@" not in text:
        return []
    out: list[Span[P]] = []
    for local in _email_locals(text):
        pieces = [p for p in re.split(r"[._+\-\d]+", local.lower()) if p]
        if len(pieces) != 2 or min(len(p) for p in pieces) < 3:
            continue
        if any(p in STOPWORDS or p in CUE_WORDS or p in ORG_WORDS for p in pieces):
            continue  # "info.bewoners@", "team.wonen@": a mailbox, no name
        for s, e in _pair_spans(text, pieces[0], pieces[1]):
            if not _blocked(mask, s, e):
                out.append((s, e, new_person([pieces[0].title(), pieces[1].title()])))
                _take(mask, s, e)
    return out


# "de familie-Aydoğan", "het gezin-De Vries": the Dutch spelling of a family name joined to "familie" by a hyphen.
_FAMILY_HYPHEN = re.compile(
    r"(?i:\b(?:familie|fam|gezin|echtpaar|zaak|casus|dossier|affaire))-"
    r"(?P<w>(?:(?:De|Van|Ter|Ten|Van der|Van den|Van de)[ ])?"
    r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)*)"
)
_FAMILY_OPENINGS = opening_words(_FAMILY_HYPHEN)  # round ten: tried at these words only, not at every position


def rule_family_hyphen(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """ "de familie-Aydoğan": the name after "familie-", "gezin-", "echtpaar-", and after "zaak-", "casus-" ("de
    zaak-Demir"); the tokenizer reads no name after a hyphen. A body or place stays ("dossier-Wmo")."""
    if "-" not in text:
        return []
    out: list[Span[P]] = []
    for m in matches_at_opening_words(_FAMILY_HYPHEN, _FAMILY_OPENINGS, text):
        s, e = m.span("w")
        word = m.group("w")
        if _blocked(mask, s, e) or word in GOV_TERMS or word.lower() in ORG_WORDS or _name_info(word)[3]:
            continue  # "dossier-Utrecht": a place
        out.append((s, e, new_person([word])))
        _take(mask, s, e)
    return out


# A function word written with a capital in the middle of a sentence, after a word in lower case: a name ("zijn
# dochter Door belde", "had Door het niet volgehouden", "met jou en Oz", round twelve). Pronouns, articles and name
# particles are left: "bent U", "de heer Van Dam" are read elsewhere.
# Led by the capital (a scan from every lower-case word was a cost on every text); the word before is checked after.
_CAP_FUNCTION_WORD = re.compile(
    r"(?<=[a-zà-ÿ,] )(?P<w>[A-Z][a-z]{1,4})(?=[ ,.;:!?)]|$)"
    r"(?![ ](?:de|het|een|die|dit|deze|dat|mijn|zijn|haar|ons|onze|hun|uw|jullie|je|m'n|z'n|d'r)\b)",
    re.M,
)
_LOWER_WORD_BEFORE_CAP = re.compile(r"(?<=[ (\n])[a-zà-ÿ]+ \Z")
_NOT_CAP_NAMES = frozenset(
    "ik u uw hij zij ze we wij jij je het de een van der den ter ten te in op 't het dit dat deze die wie wat "
    "god heer mijn zijn haar ons onze hun jouw elk ieder geen alle veel meer".split()
)
_NEXT_CAP_WORD = re.compile(r"[ ](?P<n>[A-Z][a-zà-ÿ]+)")


def rule_capitalised_function_word(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A capitalised function word mid-sentence after a lower-case word, or after a found name and a comma."""
    out: list[Span[P]] = []
    for m in _CAP_FUNCTION_WORD.finditer(text):
        s, e = m.span("w")
        w = m.group("w")
        lo = w.lower()
        if lo not in STOPWORDS or lo in _NOT_CAP_NAMES or _blocked(mask, s, e):
            continue
        if text[s - 2] == ",":
            if not (s >= 3 and mask[s - 3]):
                continue  # "Aanwezig: Huub, Door Gormans": only after a found name and its comma
        elif not _LOWER_WORD_BEFORE_CAP.search(text, max(0, s - 40), s):
            continue  # "Werk en Inkomen Na de storm": a word with a capital before
        nxt = _NEXT_CAP_WORD.match(text, e)
        if nxt and nxt["n"].lower() in WORDS:
            continue  # "via Mijn Gemeente", "bij Samen Sterk": a name in title case
        out.append((s, e, new_person([w])))
        _take(mask, s, e)
    return out


# "het Rintjama-dossier", "de Nakamura-woning", "de Thanasis-map": an unknown capitalised word before a hyphen and a
# noun of what a person has or is dealt with, after an article (round twelve). Laws and schemes are known words
# ("de Awb-aanvraag", "de Jeugdwet-aanvraag") and stay.
_NAME_COMPOUND = re.compile(
    r"(?i:\b(?:het|de|die|dat|dit|deze))[ \t]+(?P<w>(?:(?:El|Al|Abu|Ben|De|Van|Van der|Van den|Van de)[ ])?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{2,})-(?:dossier|map|woning|huis|gezin|kwestie|casus|verhaal|familie|tuin|auto|schuur|"
    # round thirty-three (the round's probe): "in de Derkatsova-zaak", "de Okafor-ontruiming"
    r"zaak|melding|klacht|verhuizing|erfenis|ontruiming|boedel|inboedel|kinderen|schuld|schulden)\b"
)


def rule_name_compound(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """An unknown name joined by a hyphen to what is theirs (see ``_NAME_COMPOUND``); no word, body or place."""
    if "-" not in text:
        return []
    out: list[Span[P]] = []
    for m in _NAME_COMPOUND.finditer(text):
        s, e = m.span("w")
        word = m.group("w")
        last = word.split()[-1]
        fn, sn, is_word, place = _name_info(last)
        if _blocked(mask, s, e) or last in GOV_TERMS or last.lower() in ORG_WORDS or place or (is_word and not sn):
            continue
        out.append((s, e, new_person([last])))
        _take(mask, s, e)
    return out


# A lower-case word after a found first name, closing a line, a clause or a message: "groetjes .. Anita bisnath",
# "Mvg Ravi kampkamp 👋" (round eleven). Only a word of no language we list: chat words are no surnames.
_LOWER_SURNAME_AFTER = re.compile(
    r"[ \u00a0](?P<word>[a-zà-öø-ÿ\u0100-\u024f][\w'’]{2,}(?:-[\w'’]+)*)(?=[ \t]*(?:$|\r?\n|[.,!?;:)]|[^\w\s]))"
)
_CHAT_WORDS = frozenset(
    "pls plz thx tnx aub svp ajb mvg grt grtz gr thanks please xoxo jwz idd wss ofzo enzo oke okee okay ok xxx".split()
)


def _lower_surname(text: str, s: int, e: int) -> int:
    """The end of a lower-case surname right after the first name at ``s:e``, or 0."""
    m = _LOWER_SURNAME_AFTER.match(text, e)
    if not m:
        return 0
    word = m.group("word")
    lo = word.lower()
    if (
        lo in _CHAT_WORDS
        or lo in WORDS
        or lo in LOWER_ABBREVIATIONS
        or lo in FOREIGN_WORDS
        or ordinary_compound(lo)
        or not _surname_word(word, False)
    ):
        return 0  # "Daan geb. 5 mei": an abbreviation; "Kacper chodzi": a word of another language (round 21)
    line_end = text.find("\n", e)
    if foreign_text(text[text.rfind("\n", 0, s) + 1 : line_end if line_end != -1 else len(text)]):
        return 0  # a line in another language: its lower-case words are no surnames
    if not any(c in "aeiouyàáâäèéêëìíîïòóôöùúûü" for c in lo):
        return 0  # "grtz", "hmm": no word with a vowel, no surname
    return m.end() if " " not in text[s:e].strip() else 0


def rule_surname_after_first_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """After a found first name, particles and a word in lower case or capitals are its surname: "Iris van
    dalem", "Iris VAN DER MAST", "Ayasun de koning". An ordinary word counts only if it is a listed surname, so
    "Iris van de gemeente" stays. Without particles, a lower-case word of no language closing the line is one too
    ("groetjes, Anita bisnath")."""
    out: list[Span[P]] = []
    for _s, e, person in spans:
        end = _lower_surname(text, _s, e) if text[e : e + 1] in (" ", "\u00a0") else 0
        if end and not _blocked(mask, e, end):
            out.append((e, end, person))
            _take(mask, e, end)
            continue
        m = SURNAME_AFTER.match(text, e)
        if not m or _blocked(mask, e, m.end()):
            continue
        word = m.group("word")
        if word[:1].isupper() and not word.isupper():
            continue  # a capitalised surname was judged with the name itself
        if text[_s:e] not in FIRST_NAMES and not text[_s:e].istitle():
            continue
        if " " in text[_s:e].strip():
            continue  # "Ernestine Valk van de bewonerscommissie": a full name has its surname already
        capital = m.group("parts")[:1].isupper()  # "Warre Van bruggen": a capital particle after a first name
        if not _surname_word(word, True, capital):
            continue
        out.append((e, m.end(), person))
        _take(mask, e, m.end())
    return out


_FIELD_END_AFTER = re.compile(r"[ \t]*(?:$|\r?\n|[—–(;|,]|- )")


def rule_surname_before_first_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """ "Kuiper, Iris" at the start of a line, quote or field ("Dossier: Schippers, Anouk"): the surname written first
    belongs to the name, also when it is an ordinary word ("Slot, David"); function, role and organisation words are
    not."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        if s < 3 or text[s - 2 : s] != ", ":
            continue
        m = SURNAME_FIRST.search(text, max(0, s - 48), s)
        if not m:
            continue
        ss, se = m.span("sur")
        sur = m.group("sur").split()[-1]
        if (text[m.start() - 1 : m.start()] == ":" or m.group("item")) and not _FIELD_END_AFTER.match(text, _e):
            continue  # after a label only a whole field: "Dossier: Schippers, Anouk", not "Reactie: Prima, Anouk!"
        if _blocked(mask, ss, se) or sur in GOV_TERMS or sur.lower() in ORG_WORDS or sur.lower() in STOPWORDS:
            continue
        if sur.lower() in CUE_WORDS or sur.lower() in _SALUTES or sur.lower() in CHAT_WORDS:
            continue  # "Buurman, Jan", "Groetjes, Roos", "Oké, reynaldo": an address or a greeting, not a surname
        out.append((ss, se, person))
        _take(mask, ss, se)
    return out


# The field before a surname written first: a line start, a list item, a cell, a label's colon
_FIELD_OPENS = re.compile(r"(?:^|[\n;|\t:(])[ \t]*(?:(?:\d{1,3}[.)]|[-*•])[ \t]+)?\Z")
# the first names after the comma, closing the field: "Oostererhof, Gijsbel (1996-08-07)", "Hulsershof, Henlien Jurre
# (27 nov. 1985)", "Mouradinho, Joana dos," (round twenty-seven, from holdout26's minutes and parenting plans)
_FIRST_NAMES_AFTER_COMMA = re.compile(
    r",[ \t](?P<f>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?"
    r"(?:[ \t][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+){0,2})(?P<p>[ \t](?:van|de|der|den|ter|ten|von|da|do|dos|das|del|di|le|la))?"
    r"(?=[ \t]*(?:[(,;|\t]|\r?\n|$|[ \t]geb(?:oren|\.)|[ \t]°))"
)


def rule_first_names_after_surname_first(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A found surname that opens a field, then a comma and capitalised words closing the field: the words are the
    first names, written after the surname ("Aanwezig: [Oostererhof], Gijsbel (...)"). Not a place, body, role or
    function word ("Bakker, Utrecht", "Jansen, Gemeente")."""
    out: list[Span[P]] = []
    for s, e, person in spans:
        if text[e : e + 2] not in (", ", ",\t") or not _FIELD_OPENS.search(text, max(0, s - 12), s):
            continue
        if any(w.lower() not in NAME_PARTICLES for w in text[s:e].split()[:-1]):
            continue  # a whole name before the comma: "Uitgevoerd door: Tonny Latulessy, European Tree Technician"
        m = _FIRST_NAMES_AFTER_COMMA.match(text, e)
        if not m or _blocked(mask, m.start("f"), m.end()):
            continue
        words = m.group("f").split()
        if any(
            w.lower() in STOPWORDS or w.lower() in CUE_WORDS or w.lower() in ORG_WORDS or w in GOV_TERMS or _org_like(w)
            for w in words
        ):
            continue
        if any(w in PLACES_FULL and w not in FIRST_NAMES for w in words) or words[0].lower() in _SALUTES:
            continue
        end = m.end()
        out.append((m.start("f"), end, person))
        _take(mask, m.start("f"), end)
    return out


# A relative or a role in lower-case running text, then one lower-case word right before a found lower-case surname:
# "mijn buurvrouw lama [gebremedhin]", "griffier rodel [dimaano]" (round twenty-four, from holdout23's survey answers).
_CUE_THEN_WORD = re.compile(
    r"(?:^|[^\w])(?:" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r"|" + ROLES + r")[ \t]+"
    r"(?P<w>[a-zà-ÿ][a-zà-ÿ'’\-]{1,20})[ \t]+$"
)


def rule_first_word_after_cue(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """The lower-case word between a relation or role and a found lower-case surname is the first name, also when
    it is a word ("rodel", "lama"); a function word or a particle is not."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        if s < 4 or not text[s].islower() or text[s - 1] not in " \t":
            continue
        m = _CUE_THEN_WORD.search(text, max(0, s - 64), s)
        if not m:
            continue
        w = m.group("w")
        if w in STOPWORDS or w in CUE_WORDS or w in NAME_PARTICLES or _blocked(mask, m.start("w"), m.end("w")):
            continue
        if VERB_AFTER.match(" " + w) or (w in WORDS and w.endswith(("de", "te", "en", "t"))):
            continue  # "mijn buurman belde jansen": a verb, not a first name
        if w in _SALUTES:
            continue  # "... bij de tandarts groetjes nuria": a greeting before the name
        out.append((m.start("w"), m.end("w"), person))
        _take(mask, m.start("w"), m.end("w"))
    return out


def _quote_opens(text: str, pos: int) -> bool:
    """A single quote right before ``pos`` opens a quoted word: "zoektermen: 'okonkwo', ..." (round twenty-four)."""
    return text[pos - 1] in "'’‘" and (pos < 2 or not text[pos - 2].isalnum())


def _quote_closes(text: str, end: int) -> bool:
    """A single quote at ``end`` closes the word, unlike the one of a genitive ("jan's")."""
    return text[end] in "'’" and (end + 1 == len(text) or not text[end + 1].isalnum())


def rule_lower_recurrence(text: str, mask: bytearray, parts: dict[str, P]) -> list[Span[P]]:
    """A found name written again in lower case: "oleh" after "Oleh Bondar". A part that is also an ordinary
    word ("iris", "thomas") only where it is spoken to: "Ja, iris." """
    out: list[Span[P]] = []
    for lo, person in parts.items():
        ordinary = lo in WORDS
        pos = text.find(lo)
        while pos != -1:
            end = pos + len(lo)
            if (
                (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-_@.'’") or _quote_opens(text, pos))
                and (end == len(text) or not (text[end].isalnum() or text[end] in "-_@'’") or _quote_closes(text, end))
                and not _blocked(mask, pos, end)
                and (
                    not ordinary
                    or (
                        (end == len(text) or text[end] in ",.!?:")
                        and _GREETING_BEFORE.search(text, max(0, pos - 24), pos) is not None
                    )
                )
            ):
                out.append((pos, end, person))
                _take(mask, pos, end)
            pos = text.find(lo, end)
    return out


def lower_parts(people: list[P], parts_of: Callable[[P], set[str]]) -> dict[str, P]:
    """Lower-case forms of found name parts worth searching for again (three letters or more, no function word)."""
    out: dict[str, P] = {}
    for p in people:
        for part in parts_of(p):
            lo = part.lower()
            if len(lo) >= 3 and lo not in STOPWORDS and lo not in CUE_WORDS and lo not in ORG_WORDS and part != lo:
                out.setdefault(lo, p)
    return out


# ---------------------------------------------------------------- structure: columns, chat speakers, lists

# Column headers of the people who did something in a log ("tijdstip;gebruiker;actie"): their cells are user
# names or initials ("j.devries", "pvdberg", "JDV"), people all the same.
USER_HEADERS = frozenset(
    "gebruiker gebruikersnaam user username login ingevoerd_door gewijzigd_door uitgevoerd_door aangemaakt_door".split()
)
# also who handles a case in a pool's export ("dossiercode,...,mediator,uren"; round twenty-seven, from fresh33d)
_COLUMN_HEADERS = NAME_HEADERS | USER_HEADERS | {"voorletters", "initialen", "voorl", "mediator"}
_NAME_HEADER_GATE = re.compile(
    r"[,;\t|](?=[ \"']*(?:" + "|".join(sorted(_COLUMN_HEADERS, key=len, reverse=True)) + r")\b)"
    r"|(?<![^\n])[ \"']*(?:" + "|".join(sorted(_COLUMN_HEADERS, key=len, reverse=True)) + r")[ \"':]*[,;\t|]",
    re.I,
)
_CELL_STRIP = " \t\"'“”"


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each field of one delimited line; double quotes protect separators."""
    out, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return out


def _header_key(cell: str) -> str:
    return cell.strip(_CELL_STRIP).lower().replace(" ", "_").rstrip(":")


# The first cell of a field list ("Geb.datum", "Rekeningnummer", "Postcode/plaats"): a key, not a name.
_FIELD_KEY = re.compile(
    r"(?:^(?:geb|burgerservice|rekening|telefoon|postcode|e-?mail|bsn|iban|adres|datum|kenteken|bedrag)"
    r"|(?:nummer|nr|datum|adres|plaats|bedrag|kenmerk|kenteken|postcode|\bpc|bsn|mail|\btel|telefoon|iban)\.?$)",
    re.I,
)


# "Voornaam:<TAB>Hao": a key closed by a colon opens a field, never a table's header row.
_KEY_COLON_CELL = re.compile(r"[ \t\"']*[^\t;,:\n]{1,40}:[ \t]*[\t;,]")


def _key_value_pair(heads: list[str], lines: list[tuple[int, str]], i: int) -> bool:
    """'Naam<TAB>Dilek Bal' above 'Geb.datum<TAB>...': a list of fields, one per line, not a table headed 'Naam'."""
    if not heads or heads[0].split("\t")[0].rstrip(",:") not in NAME_HEADERS:
        return False
    nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
    first = re.split(r"[\t;,:]", nxt, maxsplit=1)[0].strip()
    return 0 < len(first) <= 40 and bool(_FIELD_KEY.search(first))


def _keys_below(lines: list[tuple[int, str]], i: int, sep: str) -> list[str]:
    """The first cells of the lines after line ``i`` that hold ``sep``, up to the first that does not."""
    out = []
    for _off, nxt in lines[i + 1 :]:
        if sep not in nxt:
            break
        out.append(nxt.split(sep, 1)[0].strip(_CELL_STRIP))
    return out


def rule_name_columns(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """Cells under a header that names people ("naam", "voornaam", "achternaam", "contactpersoon") in a comma-,
    semicolon- or tab-separated table are names, in any case and whatever the words ("Bas,Snoek,...")."""
    if "\n" not in text or not _NAME_HEADER_GATE.search(text):
        return []
    out: list[Span[P]] = []
    pos = 0
    lines: list[tuple[int, str]] = []
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        off, line = lines[i]
        sep = next((s for s in ",;\t|" if line.count(s) >= 1), "")  # "|": a Markdown or ASCII table
        cols: list[int] = []
        if sep:
            heads = [_header_key(line[a:b]) for a, b in _cells(line, sep)]
            cols = [k for k, h in enumerate(heads) if h in _COLUMN_HEADERS or h.startswith("naam_")]
            if len(heads) < 2 or not cols or any(len(h) > 30 for h in heads):
                cols = []
        if cols and any(
            form_first_line([c.strip(_CELL_STRIP) for c in line.split(fs)], _keys_below(lines, i, fs))
            for fs in {sep, "\t"}
            if fs in line
        ):  # the tab parts the key from its value also when the value holds a comma ("Delgado, D.")
            cols = []  # "Naam inwoner<TAB>Delgado, D." above "geb.<TAB>01-01-1965": a form's first field, no header
        if not cols or _key_value_pair(heads, lines, i) or _KEY_COLON_CELL.match(line):
            i += 1
            continue
        width = len(heads)
        i += 1
        while i < len(lines):
            off, line = lines[i]
            cells = _cells(line, sep)
            if not line.strip() or abs(len(cells) - width) > 1:
                break
            spans: list[tuple[int, int]] = []
            for k in cols:
                if k >= len(cells):
                    continue
                a, b = cells[k]
                raw = line[a:b]
                a += len(raw) - len(raw.lstrip(_CELL_STRIP))
                b -= len(raw) - len(raw.rstrip(_CELL_STRIP))
                cell = line[a:b]
                first = cell.split()[0] if cell.split() else ""
                if first.lower() in ORG_WORDS or first in GOV_TERMS:
                    continue  # "| Team Wonen |" under "Behandelaar": a department handles it
                if a < b and any(ch.isalpha() for ch in cell) and not any(ch.isdigit() for ch in cell):
                    spans.append((off + a, off + b))
            free = [(s, e) for s, e in spans if not _blocked(mask, s, e)]
            if free:
                parts = [w for s, e in free for w in re.split(r"[\s,]+", text[s:e]) if len(w) > 1 and "." not in w]
                person = new_person(parts or [text[free[0][0] : free[0][1]]])
                for s, e in free:
                    out.append((s, e, person))
                    _take(mask, s, e)
            i += 1
    return out


# A chat export line: "[12-03-2025 14:22] Naam: ...", "03/04/25, 09:01 - naam: ...", "[4-11 08:15] naam: ..." (no year).
# also with the month in words: "[15 maart, 18:02] rodel: ...", "[23 dec 2025 18:02] lieve: ..." (round twenty-nine)
CHAT_SPEAKER = re.compile(
    r"^\[?(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[ \u00a0](?i:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]{0,7}\.?(?:[ \u00a0]\d{4})?)"
    r",?[ \u00a0]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \u00a0]?[AaPp][Mm])?\]?[ \u00a0]*(?:[-–][ \u00a0]*)?(?:~[ \u00a0]*)?"  # "[2026-01-24 11:45] ~ naam:"
    r"(?P<name>[^\W\d_][^:\n\[\]<>@]{0,48}?):[ \u00a0]",
    re.M,
)
# A chat export that puts the speaker on a line of its own after the time and a middle dot: "ma 13 aug. 14:10 · Har",
# "do 23 jan. 12:04 · ~ Agnieszka", "16:02 · Shirin Wmo gemeente" (round seventeen, from fresh23c).
CHAT_DOT_SPEAKER = re.compile(
    r"^[^\n·]{0,24}\d{1,2}:\d{2}(?::\d{2})?[ \u00a0]+·[ \u00a0]+(?:~[ \u00a0]*)?"
    r"(?P<name>[^\W\d_][^\n·:@<>\[\]]{0,48}?)[ \t]*$",
    re.M,
)
_SPEAKER_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _speaker_name(name: str, start: int) -> tuple[int, int] | None:
    """The span of the person's name in a chat speaker field, without the role, body or emoji after it: "geertje
    (mantelzorg) 💜" -> "geertje", "Naima Wmo gemeente" -> "Naima"."""
    end = start
    for w in _SPEAKER_WORD.finditer(name):
        if name[end - start : w.start()].strip():
            break  # a bracket, an emoji or a sign between the words: the name ended
        lo = w.group().lower()
        if end > start and (lo in ORG_WORDS or w.group() in GOV_TERMS or lo in CUE_WORDS or lo in _BODY_TAIL):
            break
        if w.group().upper() in _LOG_LEVELS:
            return None  # "2026-03-14 10:22 INFO contact aangemaakt: ...": a log line, no speaker
        end = start + w.end()
    return (start, end) if end > start else None


_LOG_LEVELS = frozenset(("INFO", "WARN", "WARNING", "ERROR", "ERR", "DEBUG", "TRACE", "FATAL", "NOTICE", "CRITICAL"))


_BODY_TAIL = frozenset(("gemeente", "wmo", "thuiszorg", "wijkteam", "zorg", "team"))


_TIME = re.compile(r"\d:\d\d")


# A chat line stamped with a time only, or an IRC-style line, whose speaker is a user name: "[21:37] its.yusuf14: ...",
# "<dawitale96> yo wie gaat er mee" (round fourteen, from the blind corpus of young people's texts fresh18d).
# also without brackets: "15:41 maricels: ik krijg steeds ..." (round twenty-eight, from fresh34d's web chats)
_TIME_SPEAKER = re.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \u00a0]*(?P<name>[^\W\d_][\w.\-]{1,40}):[ \u00a0]", re.M)
_IRC_SPEAKER = re.compile(r"^<(?P<name>[^\W\d_][\w.\-]{1,40})>[ \u00a0]", re.M)
# also a first name with the surname's initial glued on: "BertG", "InekeK" (round eighteen, from fresh24a)
_HANDLE_SHAPE = re.compile(
    r"[^\W\d_][\w.\-]*(?:\d|_|\.)[\w.\-]*|xx\w+xx|[A-Z][a-z]+(?:[A-Z][a-z]+)+\w*|[A-Z][a-z]{2,}[A-Z]{1,2}"
)
# the colleague's name in brackets after the body or role that speaks: "[14:36] Gemeente (Amr): Welkom bij de chat"
_ROLE_BRACKET_SPEAKER = re.compile(
    r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \u00a0]*(?P<role>[^\W\d_][\w\-]*)[ \u00a0]*"
    r"\((?P<name>[^\W\d_][\w'’\-]*(?:[ \u00a0][^\W\d_][\w'’\-]*){0,2})\):[ \u00a0]",
    re.M,
)


def _user_name(name: str) -> bool:
    """A chat user name: letters with figures, "_" or "." ("its.evi13", "boateng_y90"), "xx...xx", CamelCase
    ("KaterinaTheGoat"), or one lower-case word that is a first name or no Dutch word ("roos", "dilanzan")."""
    if _HANDLE_SHAPE.fullmatch(name):
        return True
    return name.islower() and (name.capitalize() in FIRST_NAMES or name not in WORDS) and name not in STOPWORDS


def rule_chat_handles(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The user name speaking on a chat line stamped with a time only, or on an IRC-style line, is a person; the
    same user name elsewhere in the text ("@its.evi13", "<its.evi13>") is the same person."""
    if ":" not in text and "<" not in text:
        return []
    out: list[Span[P]] = []
    seen: dict[str, P] = {}
    for rx in (_TIME_SPEAKER, _IRC_SPEAKER):
        for m in rx.finditer(text):
            name = m.group("name").rstrip(".-")
            s = m.start("name")
            e = s + len(name)
            if not _user_name(name) or name.lower() in CUE_WORDS or name in GOV_TERMS or _blocked(mask, s, e):
                continue
            if name not in seen:
                seen[name] = new_person([name])
            out.append((s, e, seen[name]))
            _take(mask, s, e)
    if "(" in text:
        for m in _ROLE_BRACKET_SPEAKER.finditer(text):
            role, name = m.group("role"), m.group("name")
            s, e = m.span("name")
            if not (role.lower() in ORG_WORDS or role in GOV_TERMS or role.lower() in CUE_WORDS):
                continue
            if name in GOV_TERMS or name.lower() in CUE_WORDS or name.lower() in ORG_WORDS or _blocked(mask, s, e):
                continue
            if name not in seen:
                seen[name] = new_person(name.split())
            out.append((s, e, seen[name]))
            _take(mask, s, e)
    for name, person in seen.items():
        if len(name) < 4:
            continue
        for m in re.finditer(r"(?<![\w.\-])" + re.escape(name) + r"(?![\w\-]|\.\w)", text):
            if not _blocked(mask, m.start(), m.end()):
                out.append((m.start(), m.end(), person))
                _take(mask, m.start(), m.end())
    return out


# A chat copied without its dates, the time then the speaker: "15:50 - sohrab: ..." (round twenty-one, from fresh27e).
# Taken only where two lines or more have the shape, and not for a speaker of ordinary words ("10:30 - Pauze:").
CHAT_TIME_SPEAKER = re.compile(
    r"^\d{1,2}:\d{2}[ \u00a0]+[-–][ \u00a0]+(?P<name>[^\W\d_][^:\n\[\]<>@]{0,30}?):[ \u00a0]", re.M
)


def _time_speakers(text: str) -> list[re.Match[str]]:
    found = list(CHAT_TIME_SPEAKER.finditer(text))
    if len(found) < 2:
        return []
    return [
        m
        for m in found
        if not all(w.lower() in WORDS and w[:1].upper() + w[1:] not in FIRST_NAMES for w in m.group("name").split())
    ]


def rule_chat_speaker(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The speaker of a chat export line is a person in any case ("03/04/25, 09:01 - merel: ..."), unless the
    name opens with an organisation word ("Gemeente Westland: ...") or is a role alone ("Bemiddelaar: ...")."""
    if ":" not in text or not _TIME.search(text):
        return []
    out: list[Span[P]] = []
    seen: dict[str, P] = {}
    for m in [*CHAT_SPEAKER.finditer(text), *CHAT_DOT_SPEAKER.finditer(text), *_time_speakers(text)]:
        span = _speaker_name(m.group("name"), m.start("name"))
        if span is None:
            continue
        s, e = span
        name = text[s:e]
        words = name.split()
        if not words or words[0].lower() in ORG_WORDS or name in GOV_TERMS or _blocked(mask, s, e):
            continue
        if len(words) == 1 and name.lower() in CUE_WORDS:
            continue  # "09:20 - Bemiddelaar: ...": a speaker named by role only
        key = name.lower()
        if key not in seen:
            seen[key] = new_person([w[:1].upper() + w[1:] for w in words if len(w) > 1] or [name])
        out.append((s, e, seen[key]))
        _take(mask, s, e)
    for key, person in seen.items():
        # the speaker named again by the others: any word that is no Dutch word ("vervelend rodel!"); a word only
        # where it is called out ("vervelend jeu!", "dank je lieve,") (round twenty-nine, from holdout28)
        if len(key) < 3 or " " in key or key in STOPWORDS:
            continue
        tail = r"(?![\w\-]|\.\w)" if key not in WORDS else r"(?=[!?]|,[ \t]+[a-z])"
        for m in re.finditer(r"(?<![\w.\-@])(?i:" + re.escape(key) + ")" + tail, text):
            if not _blocked(mask, m.start(), m.end()):
                out.append((m.start(), m.end(), person))
                _take(mask, m.start(), m.end())
    return out


# "dossier van der sloot, w.", "DE WIT, Y.H.S.": a surname in lower case or capitals, its initials after a comma.
SURNAME_INITIALS_ANYCASE = re.compile(
    r"(?<![\w\-])(?P<sur>(?P<parts>(?:" + _PARTICLE + r"[ \u00a0]){0,3})(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*))"
    r",[ \u00a0]?(?P<ini>(?:[A-Za-z]\.[ \u00a0]?){1,4}(?![A-Za-z]\.)|(?-i:[A-Z]{1,4})(?=[\s,;)–]|-(?![a-zà-ÿ])|$))"
    r"(?![ \u00a0]*(?-i:[A-ZÀ-Þ][a-zà-ÿ]))",  # a capitalised name after it, read case-sensitively: not "onkruid"
    re.I,
)


_COMMA_INITIAL = re.compile(r",[ \u00a0]?(?:[A-Za-z]\.|[A-Z]{1,4}(?![\w]))")
_SURNAME_TAIL = re.compile(
    r"(?<![\w\-])(?:" + _PARTICLE + r"[ \u00a0]){0,3}[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*$", re.I
)


# After "SURNAME, I." in capitals, a record goes on: a bracket, a separator, a run of spaces, capital particles or the
# line's end ("BROUWER, G. (15.05.64)", "KAMP, J.W. OP DEN   25.11.00").
_CAPS_RECORD_AFTER = re.compile(r"[ \t]*(?:[(,;|]|\r?\n|$)|[ \t]{2,}|[ \t]+(?:VAN|DE|DER|DEN|OP|TER|TEN|IN|HET)\b")


_PARTY_LETTERS = frozenset(p.upper() for p in PARTIES)


def rule_surname_initials_anycase(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A surname in lower case or capitals with its initials after a comma: "van der sloot, w.", "DE WIT, Y.H.S.".
    An ordinary word counts only as a listed surname after a particle ("de bont") or after two particles ("van der
    sloot"), so "het besluit, J." is no name; a capitalised name
    right after the initials ("de brief, J. Jansen") belongs to that name instead."""
    if "," not in text:
        return []
    out: list[Span[P]] = []
    for c in _COMMA_INITIAL.finditer(text):
        tail = _SURNAME_TAIL.search(text, max(0, c.start() - 64), c.start())
        if not tail:
            continue
        m = SURNAME_INITIALS_ANYCASE.match(text, tail.start())
        if not m:
            continue
        s, e = m.span()
        word, parts = m.group("word"), m.group("parts")
        if _blocked(mask, s, e) or (word[:1].isupper() and not word.isupper()):
            continue  # capitalised: judged with the name chunks
        if word in GOV_TERMS or word.upper() in _PARTY_LETTERS:
            continue  # "Akkoord: VVD, CDA en D66": parties listed, no surname before initials (round thirty)
        if word.islower() and not parts and word in english_words() and word.capitalize() not in SURNAMES:
            continue  # "our new address will follow, RNI desk": English words (round thirty-one, from fresh37b)
        if m.group("ini").rstrip(". ").lower() in STOPWORDS or _is_abbrev(m.group("ini")):
            continue
        if (
            not _surname_word(word, bool(parts))
            and len(parts.split()) < 2
            and not (parts and word.isupper())
            and not (word.isupper() and len(word) >= 3 and _CAPS_RECORD_AFTER.match(text, e))
        ):
            continue  # "het besluit, J.": an ordinary word needs a listed surname or two particles
        while e > s and text[e - 1] in " \u00a0":
            e -= 1  # "w. – ...": the space after the initials stays
        out.append((s, e, new_person([word[:1].upper() + word[1:].lower()])))
        _take(mask, s, e)
    return out


_ARTICLE_PHRASE = re.compile(r"(?:de|het|'t|’t) ([^\W\d_]+)")


def _article_and_word(text: str, low: str, pos: int, end: int) -> bool:
    """ "de winter", "De vink", "van de koning": a surname of an article and an ordinary word, which the writer
    capitalises elsewhere ("Wilma de Winter"), written here with the word in lower case and not after a first name
    ("amber de bont"), is the ordinary phrase."""
    m = _ARTICLE_PHRASE.fullmatch(low, pos, end)
    if not m or not text[m.start(1)].islower() or not (m.group(1) in WORDS or m.group(1) in STOPWORDS):
        return False
    word = m.group(1)
    if not re.search(r"(?<![\w'’])" + re.escape(word[0].upper() + word[1:]) + r"(?!\w)", text):
        return False  # the writer never capitalises this surname ("DE WERD" ... "youness de werd")
    prev = low[max(0, pos - 30) : pos].split()[-1:]
    return not (prev and prev[0].capitalize() in FIRST_NAMES)


def rule_surname_phrase_recurrence(text: str, mask: bytearray, phrases: dict[str, P]) -> list[Span[P]]:
    """A surname with its particles found once ("van der sloot") is the same person wherever it appears again, in
    any case: the particles make an ordinary word ("sloot") a name."""
    out: list[Span[P]] = []
    low = text.lower()
    if not phrases or len(low) != len(text):
        return out
    for phrase, person in phrases.items():
        pos = low.find(phrase)
        while pos != -1:
            end = pos + len(phrase)
            if (pos == 0 or not low[pos - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                if pos > 1 and low[pos - 1] == "-" and low[pos - 2].isalpha():
                    while pos > 0 and (low[pos - 1].isalpha() or low[pos - 1] == "-"):
                        pos -= 1  # "smulders-van beek": the first half of a double name belongs to it
                if _blocked(mask, pos, end):  # "[smulders-van] beek": the surname's last word still counts
                    pos = low.rfind(" ", pos, end) + 1
                if not _blocked(mask, pos, end) and not _article_and_word(text, low, pos, end):
                    out.append((pos, end, person))
                    _take(mask, pos, end)
            pos = low.find(phrase, end)
    return out


_SALUTES = GREETINGS_OPENING | GREETINGS_CLOSING
_COPULAS = frozenset("ben bent is was heet heette word wordt werd blijf blijft zijn".split())
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;]|\r?\n|$)")
_WORD_BEFORE = re.compile(
    r"(?<![\w\-])(?P<w>[^\W\d_][\w'’]*)[ \u00a0](?:(?:van|de|der|den|ter|ten|in|'t)[ \u00a0]){0,3}$"
)
# A capitalised word opening a cell (after a line's start and its number, two blanks, a tab or a bar) right before
# a found surname (round nineteen, from the signature lists of fresh25a).
_CELL_FIRST_NAME = re.compile(
    r"(?:^[ \t]*(?:\d{1,4}[.)]?|[-•*])[ \t]+|[ ]{2,}|\t|\|[ \t]*)"
    r"(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)[ ](?:(?:van|de|der|den|ter|ten)[ ]){0,3}$",
    re.M,
)


def _cell_first_name(w: str) -> bool:
    """A listed first name, or a word of no dictionary that names no place, body or role."""
    lo = w.lower()
    if lo in GREETINGS_OPENING or ordinary_compound(w):
        return False
    if w in FIRST_NAMES:
        return True
    return not (
        lo in WORDS or lo in STOPWORDS or lo in CUE_WORDS or lo in ORG_WORDS or w in GOV_TERMS or w in PLACES_FULL
    )


_GIVEN_BEFORE = re.compile(r"(?<![\w\-])(?P<w>[A-Z][a-z]{1,4}-[a-z]{2,4})[ \u00a0]\Z")


_LISTED_FIRST_BEFORE = re.compile(
    r"(?<![\w\-'’.])(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)[ ]"
    r"(?:(?:van|de|der|den|ter|ten|te|op|in|'t|la|del|da|dos|di|du|le)[ ]){0,3}\Z"
)


def _listed_first_name(w: str) -> bool:
    """A listed first name that is no function word, greeting, cue or body word ("Bas", "Mercedes"; not "Dan")."""
    lo = w.lower()
    return (
        w in FIRST_NAMES
        and lo not in STOPWORDS
        and lo not in _SALUTES
        and lo not in CUE_WORDS
        and lo not in ORG_WORDS
        and lo not in _COPULAS
        and w not in GOV_TERMS
        and w not in PLACES_FULL
    )


# A capitalised short word right before a found surname (round twenty-nine, from holdout28): "Verkeersregelaars:
# Marlijn [Brinkschot]", "Briefadres bij: Davit [Beridzadze]", "Rodel [Delos Paguio] stelde voor" - first names that
# the Dutch word list has as ordinary words (a marlin, a davit, a sledge)
_WORD_FIRST_BEFORE = re.compile(r"(?<![\w\-'’.])(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,7})[ ]\Z")
_MID_SENTENCE = re.compile(r"(?:[:,;(/&]|[a-zà-ÿ])[ \t]*\Z")


def _word_first_name(text: str, m: re.Match[str], s: int, e: int) -> bool:
    """``m`` is a first name that is also a word: capitalised mid-sentence, or opening a sentence before a surname of
    two capitalised words; never a function, cue, body, greeting or place word, nor a compound."""
    w = m.group("w")
    lo = w.lower()
    if (
        lo in STOPWORDS
        or lo in CUE_WORDS
        or lo in ORG_WORDS
        or lo in _SALUTES
        or lo in _COPULAS
        or lo in HOLIDAYS
        or lo in NAME_HEADERS  # "servicekosten Naam Maricel Cra": a form's key
        or lo in _CALENDAR
        or w in GOV_TERMS
        or w in PLACES_FULL
        or ordinary_compound(w)
        or _org_like(w)
        or lo.endswith(_ROLE_ENDINGS)
    ):
        return False
    words = text[s:e].split()
    if words[0] in FIRST_NAMES or "." in words[0] or words[0].isupper():
        # "Veteraan Tigist Degeri": the name has its first name, the word before is a title or role; "Zorgplan I.
        # AIT AMRIDI": initials or capitals open the name, the word before is a heading's
        return False
    lead = _MID_SENTENCE.search(text, max(0, m.start() - 4), m.start())
    if lead and ":" not in lead.group():
        return True  # after a lower-case word or in a list: "bij Davit", ", Marlijn"
    if lead:  # after a colon only a key that names people: "Verkeersregelaars: Marlijn", "Briefadres bij: Davit"
        key = _KEY_BEFORE.search(text, max(0, m.start() - 40), m.start())
        return bool(key) and (key.group("k").lower() in _KEY_PEOPLE or key.group("k").lower() in CUE_WORDS)
    # opening a sentence: only before a surname of two capitalised words and a verb ("Rodel Delos Paguio stelde")
    return len(words) >= 2 and all(x[:1].isupper() for x in words) and bool(VERB_AFTER.match(text[e : e + 40]))


_KEY_BEFORE = re.compile(r"(?P<k>[^\W\d_]+)[ \t]*:[ \t]*\Z")
_KEY_PEOPLE = frozenset(
    "bij van aan door met voor namens aanwezig aanwezigen deelnemers leden verkeersregelaars vrijwilligers "
    "sprekers getuigen ondertekenaars contactpersonen".split()
)


_ROLE_ENDINGS = ("aan", "er", "ier", "ist", "eur", "ent", "ant", "ster", "or", "ing", "heid", "schap", "teit")
_CALENDAR = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag".split()
)


def rule_first_name_before_surname(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A first name in any case (listed, or no ordinary word) right before a found surname that opens with a
    particle or is written in lower case: "merel [van der sloot]", "qusai van [dillen]"."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        head = text[s : s + 4].lower()
        given = _GIVEN_BEFORE.search(text, max(0, s - 12), s)
        if given and two_syllable_given_name(given.group("w").split("-")) and not _blocked(mask, given.start(), s):
            # "Voorsteller: Seung-ho [Kang]": a romanised given name of two syllables (round twenty-eight)
            out.append((given.start(), s, person))
            _take(mask, given.start(), s)
            continue
        if not (text[s : s + 1].islower() or head.startswith(("van ", "de ", "ter ", "ten ", "den "))):
            cell = _CELL_FIRST_NAME.search(text, max(0, s - 32), s)
            one = " " not in text[s:_e]  # the surname alone was found
            if one and cell and _cell_first_name(cell.group("w")) and not _blocked(mask, cell.start("w"), s):
                # "3  Sema [Ayhan]  Dorpsstraat 5": a listed first name opening a cell before the found surname
                out.append((cell.start("w"), s, person))
                _take(mask, cell.start("w"), s)
                continue
            listed = _LISTED_FIRST_BEFORE.search(text, max(0, s - 40), s) if one else None
            if listed and _listed_first_name(listed.group("w")) and not _blocked(mask, listed.start("w"), s):
                # "Bas van de [Windhorst] is verhuisd", "Mercedes de la [Casteldez]": a listed first name that is
                # also a word, capitalised right before the found surname and its particles (round twenty-eight)
                out.append((listed.start("w"), s, person))
                _take(mask, listed.start("w"), s)
                continue
            word = _WORD_FIRST_BEFORE.search(text, max(0, s - 12), s)
            if word and _word_first_name(text, word, s, _e) and not _blocked(mask, word.start("w"), s):
                out.append((word.start("w"), s, person))
                _take(mask, word.start("w"), s)
            continue
        m = _WORD_BEFORE.search(text, max(0, s - 32), s)
        if not m or _blocked(mask, m.start(), s):
            continue
        w = m.group("w")
        lo = w.lower()
        if lo in _COPULAS or lo in STOPWORDS or lo in CUE_WORDS or lo in ORG_WORDS or lo in _SALUTES:
            continue  # "ik ben [de Vries]": "ben" is a verb here, though also a first name
        if w in GOV_TERMS or _org_like(w):
            continue  # "volgens de RDW van [Izaak Rehatasina]": a body's or a law's name before "van"
        # "bij de heer verink, runs verink, adres ...": a word alone between commas before the found surname again
        # is that person's first name, though a word too (round twenty-six, from holdout25's dictated notes)
        apposition = (
            text[: m.start()].rstrip(" \t")[-1:] == ","
            and m.end("w") + 1 == s
            and text[s : s + 1].islower()
            and not head.startswith(("van ", "de ", "ter ", "ten ", "den "))  # not "notities van [Jombang ...]"
            and bool(_CLAUSE_END.match(text, _e))
        )
        if (
            (w[:1].upper() + lo[1:]) not in FIRST_NAMES
            and (lo in WORDS or len(lo) < 3 or ordinary_compound(lo))
            and not (apposition and len(lo) >= 3)
        ):
            continue  # "kinderopvangtoeslag van [Rojhat B. Ekinci]": a compound noun is no first name
        out.append((m.start(), s, person))
        _take(mask, m.start(), s)
    return out


_PARTICLE_WORDS = frozenset("van de der den ter ten te in op het 't ’t la le du da di el al ait ben bin".split())


_PARTICLE_PHRASE = re.compile(
    r"(?<![\w'’])(?:(?:van|de|der|den|ter|ten|in|'t|’t|het|la|le|du|el|al)[ \u00a0]){1,3}"
    r"[^\W\d_][\w'’]+(?:-[^\W\d_][\w'’]+)*"
)


def particle_surnames(text: str, spans: list[Span[P]]) -> dict[str, P]:
    """Lower-case surnames with particles in or right before the found names ("van der sloot" of "VAN DER SLOOT,
    w."), to be searched for again."""
    out: dict[str, P] = {}
    low = text.lower()
    if len(low) != len(text):
        return out
    for s, e, person in spans:
        lo = max(0, s - 20)
        for m in _PARTICLE_PHRASE.finditer(low, lo, e):
            if m.end() > s and len(m.group()) >= 6:
                out.setdefault(m.group(), person)
    return out


# Initials after a name, with or without a comma: "[Bont], a.", "[Van Salmen], J. S.", "[van gorp], MNW".
INITIALS_AFTER = re.compile(
    r"(?:,[ \u00a0]?|[ \u00a0])(?:(?P<open>(?:[A-Z]\.){1,3}[A-Z](?![\w.]))|(?P<dots>(?:[A-Za-zÀ-ÿİ]\.[ \u00a0]?){1,4})"
    r"|(?P<caps>[A-Z]{1,4}(?![ \u00a0]*[\d:#])))"
    r"(?=[\s,;:)–|\"”]|-(?![a-zà-ÿ])|$)"  # not a body's capitals before a role: "Kostinova, GZ-psycholoog" (r. 25)
)


def rule_initials_after_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """Initials written after a found surname belong to it: "de bont, a.", "Van Salmen, J. S.", "van gorp, MNW".
    Without a comma only dotted initials count ("[Jansen] NL" is no initial); capitals before a number or colon
    label it ("[Jansen], BSN 111222333")."""
    out: list[Span[P]] = []
    for _s, e, person in spans:
        m = INITIALS_AFTER.match(text, e)
        if not m or _blocked(mask, e, m.end()):
            continue
        dots, caps, open_ = m.group("dots"), m.group("caps"), m.group("open")
        if not text.startswith(",", e) and not dots:
            continue  # "I.G" without its last dot only after a comma: "[Jansen], I.G | voor: ..." (round eighteen)
        if open_ and (_is_abbrev(open_ + ".") or open_ in ("N.V", "B.V", "V.O.F", "C.V")):
            continue  # "Jansen, N.V": a firm's legal form
        if caps and (caps in GOV_TERMS or caps.lower() in ORG_WORDS or caps.lower() in STOPWORDS):
            continue
        if dots and _is_abbrev(dots):
            continue
        end = m.end()
        while end > e and text[end - 1] in " \u00a0":
            end -= 1
        out.append((e, end, person))
        _take(mask, e, end)
    return out


# A word at the opening of a cell, a bold or italic stretch or a list item, right before a found surname: "| Rodel
# [Sumuraeg] |", "Buurman **Rodel [Lumiraeg]**". The name rules read the opening word as a sentence's first word and
# leave it when it is also an ordinary word; before a surname in such a place it is the first name.
# also a cell of a semicolon- or tab-separated export: "VT-2026-9391;Energie Direct;Lotje [Reijnenstee];" (round 27)
_OPENER_BEFORE = re.compile(
    r"(?:^|\n|\|[ \t]*|;[ \t]*|\t|\*\*|(?<![\w*])\*|(?<!\w)_|^[ \t]*[-•][ \t]+|\n[ \t]*[-•][ \t]+)$"
)
_OPENER_WORD = re.compile(r"(?<![\w'’\-])(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,6})[ \u00a0]$")


def rule_opener_before_surname(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A short capitalised word opening a cell, an emphasis or a list item right before a found surname of one word
    that is no ordinary word is its first name; function words, forms of address, bodies and headings stay."""
    from .wordlists import HEADING_NOUNS, INTERJECTIONS

    out: list[Span[P]] = []
    for s, e, person in spans:
        if s < 3 or " " in text[s:e] or _name_info(text[s:e])[2]:
            continue
        m = _OPENER_WORD.search(text, max(0, s - 9), s)
        if not m or _blocked(mask, m.start(), s) or not _OPENER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        w = m.group("w")
        lo = w.lower()
        if (
            lo in STOPWORDS
            or lo in CUE_WORDS
            or lo in ORG_WORDS
            or w in GOV_TERMS
            or lo in HEADING_NOUNS
            or lo in INTERJECTIONS
            or lo in NAME_HEADERS
            or lo in GREETINGS_OPENING
            or lo in GREETINGS_CLOSING
            or _name_info(w)[3]
        ):
            continue
        if _name_info(w)[2] and w not in FIRST_NAMES and text[s:e] in FIRST_NAMES:
            continue  # "Reactie Jochem van 't Kreekwijk:": an ordinary word before a first name is no first name
        out.append((m.start(), s, person))
        _take(mask, m.start(), s)
    return out


# A first name or nickname in brackets right after a found name: "Mevrouw Jaow (Caadumo) belt", "Dhr. Waow
# (Abdikarim)". Words, bodies, places and roles in brackets stay ("Mevrouw Jaow (Wonen)", "(buurvrouw)").
_BRACKET_WORD_AFTER = re.compile(r"[ \t]*\((?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\)")


_HONORIFIC_BEFORE = re.compile(r"(?i:\b(?:" + HONORIFICS + r"))[ \t]+$")


def rule_name_in_brackets_after_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A capitalised word alone in brackets right after a found name is that person's first name or nickname when
    it is a listed first name or no word, body, place or role."""

    out: list[Span[P]] = []
    for _s, e, person in spans:
        m = _BRACKET_WORD_AFTER.match(text, e)
        if not m:
            continue
        ws, we = m.span("w")
        w = m.group("w")
        lo = w.lower()
        if _blocked(mask, ws, we) or lo in CUE_WORDS or lo in ORG_WORDS or w in GOV_TERMS or w in PLACES_FULL:
            continue
        if w not in FIRST_NAMES and (lo in WORDS or lo in STOPWORDS or _org_like(w)):
            continue
        # an unlisted word only after a form of address and a surname alone ("Mevrouw Jaow (Caadumo)"); after a
        # whole name a bracket names the organisation ("Tineke Huisman (Talis)")
        if w not in FIRST_NAMES and (" " in text[_s:e] or not _HONORIFIC_BEFORE.search(text, max(0, _s - 16), _s)):
            continue
        out.append((ws, we, person))
        _take(mask, ws, we)
    return out


# An XML element whose tag names a name field: "<Geslachtsnaam>Wolters</Geslachtsnaam>", "<Voorletters>G.</...>".
_XML_FIELD = re.compile(r"<(?P<tag>[A-Za-z][\w:.\-]{1,40})(?:[ \t][^<>\n]{0,80})?>(?P<v>[^<>\n]{1,60})</(?P=tag)>")
_XML_NAME_TAGS = frozenset({"voorletters", "initialen", "initials", "givenname", "familyname", "fullname", "roepnaam"})


_ICAL_CN = re.compile(r"(?m)^(?:ATTENDEE|ORGANIZER|CONTACT)[^:\n]*?;CN=\"?(?P<v>[^\";:\n]+)\"?[;:]")


def rule_ical_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The common name of a calendar's attendee or organiser: "ATTENDEE;CN=Maar Haji:mailto:..." (round
    thirty-three, from holdout32), whatever its words."""
    if "CN=" not in text:
        return []
    out: list[Span[P]] = []
    for m in _ICAL_CN.finditer(text):
        v = m.group("v").strip()
        if not v or "@" in v or any(c.isdigit() for c in v) or v in GOV_TERMS or _body_value(v):
            continue
        person: P | None = None
        for w in _WORD_RUN.finditer(text, m.start("v"), m.end("v")):
            if _blocked(mask, w.start(), w.end()) or w.group().lower() in _PARTICLE_WORDS:
                continue  # a part the judge took already ("Haji" of "Maar Haji"), or a particle
            person = person or new_person([v.split()[-1]])
            out.append((w.start(), w.end(), person))
            _take(mask, w.start(), w.end())
    return out


_WORD_RUN = re.compile(r"[^\s,;:\"]+")


def _body_value(v: str) -> bool:
    """A team, department or body as a calendar's organiser: "team Wmo", "Wijkteam Noord", "Parkeerbeheer" (a
    lower-case word that is no particle, or only Dutch words and bodies)."""
    words = [w for w in v.split() if w.lower() not in _PARTICLE_WORDS and w.lower() != "en"]
    if any(w[:1].islower() for w in words):
        return True
    return all(_org_like(w) or ordinary_compound(w) or (_name_info(w)[2] and not any(_name_info(w)[:2])) for w in words)


def rule_xml_name_fields(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The value of an XML element named for a name field, in any case: the initials, the surname, the full name.
    The elements of one record are one person ("<Voorletters>G.</Voorletters> ... <Geslachtsnaam>Wolters</...>")."""
    if "</" not in text:
        return []
    out: list[Span[P]] = []
    person: P | None = None
    last_end = -1
    for m in _XML_FIELD.finditer(text):
        tag = m.group("tag").split(":")[-1].lower().replace("_", "").replace("-", "")
        if tag not in NAME_HEADERS and tag not in _XML_NAME_TAGS:
            continue
        s, e = m.span("v")
        v = m.group("v").strip()
        if not v or any(c.isdigit() for c in v) or "@" in v or _blocked(mask, s, e):
            continue
        if person is None or "\n\n" in text[last_end:s] or text.count("\n", last_end, s) > 12:
            person = new_person([v.split()[-1]])
        out.append((s, e, person))
        _take(mask, s, e)
        last_end = e
    return out


# Between two found names only capitalised particles and at most one word: the middle of one surname, "[Wout] Ter
# Haar [Romeny]", "[Kenley] Van der Heide [Bos]" (the chunker cut the name at the capital particle).
_PARTICLE_GAP = re.compile(
    r"[ \u00a0](?:(?:Ter|Ten|Van|De|Den|Der|Te|In|Op|Uit|Van der|Van den|Van de)[ \u00a0])+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+[ \u00a0])?"
)


def rule_particle_gap(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """Capital particles (and one word after them) between two found names of one line are part of the name."""
    out: list[Span[P]] = []
    starts = {s: p for s, _e, p in spans}
    for _s, e, person in spans:
        m = _PARTICLE_GAP.match(text, e)
        if not m or m.end() not in starts or "\n" in m.group() or _blocked(mask, m.start() + 1, m.end() - 1):
            continue
        out.append((m.start() + 1, m.end() - 1, person))
        _take(mask, m.start() + 1, m.end() - 1)
    return out
