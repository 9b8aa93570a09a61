"""The decision whether a chunk of capitalised words is a person's name, as named rules.

``persons.find_person_chunks`` finds candidate chunks and trims words that cannot open a name ("Volgens",
"mevrouw"); what is left is described by an ``Evidence`` (its tokens, the words around it, and for each word
whether it is a listed first name or surname, an ordinary word or a place). The rules below are tried in order:
the first that applies decides, either with the kind of evidence that makes the chunk a name ("strong",
"lexical", ...) or with ``None`` (not a person: a department, a scheme, a street, a place, a public body).
Each rule is a small function whose docstring says why it holds. Prefer removing an unknown capitalised word in
a person-like position over keeping it; keep a word only on positive evidence that it is no person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar

from .addresscues import NUMBERED_THINGS, STREET_WORDS
from .headlines import title_line
from .lexicon import (
    ENGLISH_LISTED_WORDS,
    ENGLISH_MARKERS,
    FAMOUS,
    FIRST_NAMES,
    PLACES_FULL,
    STOPWORDS,
    SURNAMES,
    WORDS,
    english_all,
    english_words,
    foreign_text,
    split_compound,
    two_words_glued,
)
from .model import chunk_prob, review
from .namesites import (
    _CLOSE_QUOTES,
    AREA_WORDS,
    role_after,
    rule_apposition_after_role,
    rule_area_named,
    rule_body_beside_body,
    rule_body_on_whose_behalf,
    rule_byline,
    rule_capital_particle_subject,
    rule_chat_initials,
    rule_employer,
    rule_genitive_before_possession,
    rule_initials_before_person_verb,
    rule_inner_a_name,
    rule_month_as_name,
    rule_name_above_function,
    rule_name_after_closing_line,
    rule_name_after_department,
    rule_name_after_role_colon,
    rule_name_before_own_email,
    rule_name_beside_self,
    rule_name_here,
    rule_name_in_brackets_before_colon,
    rule_name_of_team,
    rule_named_structure,
    rule_nickname,
    rule_place_adjective,
    rule_place_name_tail,
    rule_post_author,
    rule_self_in_brackets,
    rule_signature_word,
    rule_speaker_ends_sentence,
    rule_story_heading,
    rule_word_before_van_body,
    talked_with,
)
from .patterns import LOWER_NOUN_NEXT, STREET_END, _abstract_noun
from .persons import (
    AFTER_POSTCODE,
    ASKS_AFTER,
    BRACKET_AFTER,
    CAMEL_CASE,
    CUE_AFTER_STRONG,
    HONORIFIC_END,
    NATIONALITY_SHAPE,
    ROLE_AFTER,
    SPEECH_AFTER,
    VERB_AFTER,
    Tok,
    _department_pair_at,
    _is_word,
    _last_words,
    _name_info,
    _org_like,
    _org_suffix_ok,
    cue_before,
    ordinary_compound,
    org_before,
    org_head_ok,
    org_in_brackets_after,
    rule_body_name,
    rule_sentence_subject,
    rule_short_name_part,
    two_syllable_given_name,
    weak_org,
)
from .wordlists import (
    AND_NAME_AFTER,
    ARTICLES,
    BUSINESS_WORDS,
    COUNCIL_OF,
    COURSE_KINDS,
    CUE_WORDS,
    EVENT_ENDINGS,
    FACILITY_NOUNS,
    FOREIGN_GREETINGS,
    FOREIGN_ONLY_MONTHS,
    FOREIGN_WORDS,
    GOV_TERMS,
    GOV_TERMS_LOWER,
    GREETINGS_OPENING,
    GREETINGS_TIME,
    HEADING_NOUNS,
    HOLIDAYS,
    HONORIFIC_WORDS,
    HONORIFICS,
    INTERJECTIONS,
    LANGUAGE_NAMES,
    LIST_KINDS,
    NAME_PARTICLES,
    NAMED_AFTER_GLUED,
    NAMED_KINDS,
    NAMED_THING_KINDS,
    NEWS_KINDS,
    ORG_SUFFIXES,
    ORG_WORDS,
    OTHER_SCRIPT_WORDS,
    PARTIES,
    PEOPLES,
    PLACE_PREPS,
    RELATIONS,
    ROLES,
    SCHOOL_WORDS,
    SPEECH_BEFORE,
    WEAK_WORDS,
)

T = TypeVar("T")


class lazy(Generic[T]):
    """A property computed once per object. Unlike ``functools.cached_property`` on Python 3.11 it takes no lock,
    which made it the costliest part of judging a chunk."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


_ASK_IT_BEFORE = re.compile(r"(?i:\bvraag)[ \t]+het[ \t]*$")
_ASK_BEFORE = re.compile(r"(?i:\bvraag)[ \t]*$")
_BUT_AFTER = re.compile(r"[ \t]+maar\b")
# "die" after a noun that an article or a possessive opens ("de rijhal die", "haar nieuwe buurman die"), not after a
# verb ("Ik rijd die Toyota"): it opens a relative clause
_RELATIVE_DIE = re.compile(
    r"(?<![\w'’-])(?i:de|het|een|deze|onze|mijn|zijn|haar|hun|uw|jullie)[ \t]+(?:[a-zà-ÿ]{3,}[ \t]+)?"
    r"(?P<n>[a-zà-ÿ]{3,})[ \t]+die[ \t]*$"
)


class Evidence:
    """What is known about one trimmed chunk; the costlier facts are computed when a rule first asks."""

    def __init__(
        self,
        text: str,
        chunk: list[Tok],
        email_tokens: frozenset[str],
        sent_initial: bool,
        role_van: bool,
        cue_seen: tuple[int, bool] = (-1, False),
    ) -> None:
        self.text, self.chunk, self.email_tokens = text, chunk, email_tokens
        self._cue_seen = cue_seen
        self.sent_initial, self.role_van = sent_initial, role_van
        self.name_toks = [t for t in chunk if not t.particle and not t.initial]
        self.start, self.end = chunk[0].start, chunk[-1].end
        self.before = text[max(0, self.start - 48) : self.start]
        self.after = text[self.end : self.end + 40]
        self.surface = text[self.start : self.end]
        self.has_initials = any(t.initial for t in chunk)

    @lazy
    def strong_before(self) -> bool:
        if self.role_van:
            return False
        pos, cue = self._cue_seen
        return cue if pos == self.start else cue_before(self.before)

    @lazy
    def strong_after(self) -> bool:
        return bool(CUE_AFTER_STRONG.match(self.after))

    @lazy
    def prev_word(self) -> str:
        prev = _last_words(self.before, 1)
        return prev[0] if prev else ""

    @lazy
    def infos(self) -> list[tuple[bool, bool, bool, bool]]:
        """(first name, surname, ordinary word, place) per name word."""
        return [_name_info(t.text) for t in self.name_toks]

    @lazy
    def lexical(self) -> list[bool]:
        return [fn or sn for fn, sn, _w, _p in self.infos]

    @lazy
    def unknown(self) -> list[bool]:
        return [not (fn or sn) and not w and not p for fn, sn, w, p in self.infos]

    @lazy
    def namey(self) -> list[bool]:
        return [(fn or sn) and not w and not p for fn, sn, w, p in self.infos]

    @lazy
    def pure_words(self) -> list[bool]:
        return [w and not (fn or sn) for fn, sn, w, _p in self.infos]

    @lazy
    def places(self) -> list[bool]:
        return [p and not (fn or sn) for fn, sn, _w, p in self.infos]

    @lazy
    def verb_after(self) -> bool:
        return bool(VERB_AFTER.match(self.after)) or bool(AND_NAME_AFTER.match(self.after))

    @lazy
    def first_is_initial_word(self) -> bool:
        return self.sent_initial and self.chunk[0] is self.name_toks[0]

    @lazy
    def place_prep(self) -> bool:
        return self.prev_word in PLACE_PREPS

    @lazy
    def asked_whom(self) -> bool:
        """ "vraag het X maar": the chunk names whom to ask ("het" before it or as its lead particle)."""
        if not _BUT_AFTER.match(self.after):
            return False
        c = self.chunk
        if c[0].particle and c[0].text.lower() == "het" and c[1] is self.name_toks[0]:
            return _ASK_BEFORE.search(self.before[-16:]) is not None
        return self.prev_word == "het" and _ASK_IT_BEFORE.search(self.before[-24:]) is not None

    @lazy
    def slotted(self) -> bool:
        """Every name word was written in lower case where a person stands and the case view capitalised it for
        that ("op naam van rietje woltelhof-kaberyi?", "woont met khadse."): the slot is the evidence, though the
        word is an ordinary word or looks like an adjective (round twenty-seven)."""
        from .casing import slot_starts  # casing imports persons, which imports this module

        starts = slot_starts(self.text)
        return bool(starts) and all(t.start in starts for t in self.name_toks)

    @lazy
    def article(self) -> bool:
        c = self.chunk
        if self.asked_whom:
            return False  # "vraag het Rikkert maar": whom to ask, not a thing (round twenty-five, from fresh14d)
        return (
            self.prev_word in ARTICLES
            or (c[0].cap and c[0].sent_start and c[0].text in ("De", "Het"))
            or (c[0].particle and not c[0].cap and c[0].text in ("de", "het") and c[1] is self.name_toks[0])
        )

    @lazy
    def conj_dat(self) -> bool:
        """ "dat" before the chunk is the conjunction, not the article: "zegt dat Yodit sinds ..." (the subject of the
        clause); an unknown word there is not a thing named by "dat". So is "die" after a noun, a relative pronoun: "de
        rijhal die Lászt Farkgh wil bouwen" (round twenty-five, from holdout24)."""
        if self.chunk[0].particle:
            return False
        if self.prev_word == "die":
            m = _RELATIVE_DIE.search(self.before[-40:])
            return m is not None and m["n"] not in STOPWORDS  # not "met die", "van die": a demonstrative
        return self.prev_word == "dat"

    @lazy
    def lead(self) -> list[Tok]:
        """Particles in front of the first name word."""
        return [t for t in self.chunk if t.particle and t.start < self.name_toks[0].start]

    @lazy
    def strong_particles(self) -> bool:
        """ "van der Zwaan", "ten Brink", "De Lange" (mid-sentence): a surname by its particles."""
        lead = self.lead
        return bool(lead) and (
            len(lead) >= 2
            or lead[0].text.lower() in ("ter", "ten", "'t", "’t", "el", "von", "du", "le", "la")
            or (lead[0].cap and not lead[0].sent_start)
        )

    @lazy
    def inner_particles(self) -> list[str]:
        first, last = self.name_toks[0].start, self.name_toks[-1].start
        return [t.text.lower() for t in self.chunk if t.particle and first < t.start < last]

    @lazy
    def mid(self) -> bool:
        """The (single) name word stands mid-sentence."""
        return not (self.name_toks[0].sent_start or self.first_is_initial_word)

    def any_weak_org(self, toks: list[Tok] | None = None) -> bool:
        return any(weak_org(t.text) for t in (self.name_toks if toks is None else toks))


Rule = Callable[[Evidence], bool]

# ---------------------------------------------------------------- rules for every chunk


# A year and a lower-case function word look like a postcode in lower case: "Sinds 2025 is Jurelda Koeiman dakloos".
_YEAR_AND_WORD = re.compile(r"\b(?:19|20)\d\d (?:is|en|op|in|de|of|al|nu|zo|te|ik|we|ze|er|om|na)\s*$")


# A foreign postcode after a street's house number and a comma, on the same line: five figures (Germany, France,
# Spain, Italy), two and three figures (Poland), four (Belgium), a country letter in front ("D-52062"); or five figures
# or the Polish shape after a street written number first ("46 chemin des Vignes, 40643").
_ABROAD_POSTCODE_BEFORE = re.compile(
    r"(?:\d{1,4}[a-zA-Z]?(?:[ \t]*[\-/][ \t]*\w{1,4})?,[ \t]*(?:[A-Z]{1,2}-)?(?:\d{5}|\d{2}-\d{3}|[1-9]\d{3})"
    r"|^[ \t]*(?:[^\n]*[:(][ \t]*)?\d{1,4}[ \t]+[^\W\d_][^\n,]{2,40},[ \t]*(?:[A-Z]{1,2}-)?(?:\d{5}|\d{2}-\d{3}))"
    r"[ \t]+$",
    re.M,
)


def rule_after_abroad_postcode(ev: Evidence) -> bool:
    """A town after a foreign postcode that follows a house number and a comma: "Schulstraße 70, 97354 Aachen",
    "ulica Lipowa 151, 25-769 Rzeszów" (round twenty-four, from holdout23). A listed name that is no known place
    stays a name ("Kamer 12, 4011 Jansen")."""
    if ev.strong_before or not _ABROAD_POSTCODE_BEFORE.search(ev.before[-60:]):
        return False
    return ev.surface in PLACES_FULL or not any(fn or sn for fn, sn, _w, _p in ev.infos)


def rule_after_postcode(ev: Evidence) -> bool:
    """A place right after a postcode ("1234 AB Lelystad") is no person; a word that opens the next line after a
    record ending in a postcode is not that place unless the chunk is one known place ("3253 ht⏎Elisa en ...")."""
    if not AFTER_POSTCODE.search(ev.before[-10:]) or _YEAR_AND_WORD.search(ev.before[-10:]):
        return False
    if "\n" in ev.before[-3:] and ev.surface not in PLACES_FULL and not ev.surface.isupper():
        return bool(re.match(r"[ \t]*(?:\r?\n|$)", ev.after))  # a place alone on its line ("1234 AB⏎Lelystad")
    return True


def _particle_surname(ev: Evidence) -> bool:
    """Initials or a particle before listed surnames: "H. van Wijk", "Van Wijk" name a person, though "wijk" alone
    may name a district."""
    return (ev.has_initials or any(c.particle for c in ev.chunk)) and all(t.text in SURNAMES for t in ev.name_toks)


_AREA_WORDS = frozenset({"noord", "zuid", "oost", "west", "centrum", "midden", "noordoost", "zuidwest", "stad"})
_NAMED_BODY_WORDS = frozenset({"stichting", "fonds", "vereniging", "genootschap", "prijs", "lezing", "leerstoel"}) | {
    # a place of worship and its own name: "Synagoge Beth Chaim", "Gurdwara Sahib Guru Nanak Darbar" (round 28)
    *("synagoge", "sjoel", "gurdwara", "mandir", "vihara", "pagode", "cemevi", "parochie"),
    *("gebedshuis", "evangeliegemeente", "pinkstergemeente", "baptistengemeente", "geloofsgemeenschap"),
}


def _person_after_body_at(ev: Evidence) -> int:
    """Where a person's name starts after a body in the same chunk, or -1: a department, team, scheme or law (after
    ordinary words only), an optional "van", then a listed first name and a surname, none of them a body or a place:
    "Sociaal Wijkteam Omar Al-Maswish", "Participatiewet van Srinivas Krishnamanian" (round fifteen). A body named
    after a person ("Stichting Anne Frank") is no such pair."""
    nt = ev.name_toks
    last_body = -1
    for i, t in enumerate(nt):
        lo = t.text.lower()
        if t.text in GOV_TERMS or lo in ORG_WORDS:
            if lo in _NAMED_BODY_WORDS:
                return -1
            last_body = i
        elif last_body == i - 1 and (lo in _AREA_WORDS or ev.places[i]):
            last_body = i  # "Jeugdteam Noord", "Wijkteam Kanaleneiland": the body's area is part of it
        elif t.text in FIRST_NAMES or t.text in SURNAMES or not _is_word(t.text):
            break
    rest = nt[last_body + 1 :]
    if last_body < 0 or len(rest) < 2 or any(ev.pure_words[last_body + 1 :]):
        return -1
    if rest[0].text in GOV_TERMS:
        return -1
    if any(_org_like(r.text) or ev.places[last_body + 1 + k] for k, r in enumerate(rest)):
        return -1
    start = ev.chunk.index(rest[0])
    for j in range(start + 1, len(ev.chunk) - 2):
        c = ev.chunk[j]
        if c.text == "van" and ev.chunk[j + 1].text in FIRST_NAMES:
            return j + 1  # "de Belgische eID van Agus Vink": the thing of the body, then the person (round 32)
    return start


def rule_person_after_body(ev: Evidence) -> bool:
    """A body, then a person's full name in one chunk: the name is a person, the body stays (see
    ``_person_after_body_at``)."""
    return len(ev.name_toks) >= 3 and _person_after_body_at(ev) > 0


def _body_after_person_at(ev: Evidence) -> int:
    """Where a public body's name starts that closes a chunk after a person's full name, or -1: "belt Froukje
    Rinsedestra Veilig Thuis (...)" (round twenty-seven, from holdout26). The name is a listed or unknown first word
    and a last word that is no ordinary word, none of them a body, place or scheme word; the body is two or more words
    of ``GOV_TERMS``."""
    nt = ev.name_toks
    k = len(nt)
    while k > 0 and nt[k - 1].text in GOV_TERMS:
        k -= 1
    if k < 2 or len(nt) - k < 2:
        return -1  # one word after a name may be what is named after the person: "Christiaan Huygens College"
    head = nt[:k]
    if any(t.text.lower() in ORG_WORDS or t.text.isupper() or ev.places[i] for i, t in enumerate(head)):
        return -1
    if not (head[0].text in FIRST_NAMES or ev.unknown[0]) or ev.pure_words[k - 1] or _is_word(head[-1].text):
        return -1
    if any(_org_like(t.text) for t in head):
        return -1
    return ev.chunk.index(nt[k])


def rule_person_before_body(ev: Evidence) -> bool:
    """A person's full name, then the body they work for or call, in one chunk: the name is a person, the body stays
    (see ``_body_after_person_at``)."""
    return len(ev.name_toks) >= 3 and _body_after_person_at(ev) > 0


_ROLE_AFTER_HYPHEN = re.compile(r"-(?P<role>[a-zà-ÿ]{3,})$")


def rule_role_of_body(ev: Evidence) -> bool:
    """A body's name glued to a role by a hyphen is that role, not a person: "Rode Kruis-vrijwilliger", "GGD-arts"
    (round twenty-four, from holdout17: the name comes after it)."""
    last = ev.name_toks[-1].text
    m = _ROLE_AFTER_HYPHEN.search(last)
    if not m or m.group("role") not in CUE_WORDS or _person_only_cue(ev):
        return False
    stem = last[: m.start()]  # a word, a body or an acronym, not a name: "Jan Smit-medewerker" stays a person
    return stem.isupper() or stem in GOV_TERMS or weak_org(stem) or (stem.lower() in WORDS and stem not in SURNAMES)


def rule_body(ev: Evidence) -> bool:
    """An organisation word opening the chunk after ordinary words names a body ("Gemeente Westland"), also a
    capitalised compound with an organisation ending ("Woonbedrijf Lindestad")."""
    if _particle_surname(ev):
        return False
    first = ev.name_toks[0].text
    if rule_body_name(ev.name_toks):
        return True
    if len(ev.name_toks) < 2 or not _org_compound(first):
        return False
    if first.lower() in HEADING_NOUNS and rule_title_word_before_surname(ev):
        return False  # "Supervisie Tjeerdsma": a title and whom it is about, though "-isie" ends like "Divisie"
    second = ev.name_toks[1].text
    # "Opmerking Karim Benali:", "Uitnodiging Ayoub Tahiri": a noun in "-ing" before a listed first name heads a line
    # about a person; a body's compound name goes on in words ("Woonstichting Lindestad", round thirteen)
    if first.lower().endswith("ing") and len(ev.name_toks) == 3 and ev.unknown[1] and (ev.unknown[2] or ev.infos[2][1]):
        return False  # "Verhuizing Joskeline Derkatsova per 1 mei": two name words no list has (round 33, own probe)
    return not (first.lower().endswith("ing") and second in FIRST_NAMES and not _is_word(second))


# A form of address or a relation names a person, never a department: "mevrouw Stadspas", "mijn buurman
# Stadspas" are people called Stadspas.
PERSON_ONLY_CUES = RELATIONS | HONORIFIC_WORDS | {"mijnheer"}


_NAMING_PHRASES = ("mijn naam is", "ik heet", "heet", "heette", "genaamd")


def _person_only_cue(ev: Evidence) -> bool:
    """The cue before can only announce a person: a form of address, a relation, or "mijn naam is"."""
    if ev.prev_word in PERSON_ONLY_CUES:
        return True
    tail = " ".join(_last_words(ev.before, 4))
    return tail.endswith(_NAMING_PHRASES)


# The last word of a body or building named after a person: "Anne Frank Huis", "Máxima Centrum", "Willem de Zwijger
# College"; as the end of a compound only words no surname ends in ("Maartenskliniek", not "Oosterhuis").
_NAMED_AFTER_WORDS = frozenset(FACILITY_NOUNS) | {
    "ziekenhuis", "museum", "college", "instituut", "lyceum", "fonds", "stichting", "academie", "stadion", "zaal",
}  # fmt: skip
# Titles that schools and colleges carry in their names: "Dr. Schaepmanschool", "Mgr. Zwijsencollege".
_SCHOOL_TITLES = frozenset({"dr.", "dr", "mgr.", "mgr", "prof.", "prof", "st.", "sint", "pater", "ds."})
_NAMED_AFTER_ENDS = (
    "kliniek",
    "ziekenhuis",
    "centrum",
    "college",
    "instituut",
    "museum",
    "lyceum",
    "academie",
    "school",
)

_ROLE_KEY_BEFORE = re.compile(r"(?:^|[\s(])(?i:naam|" + ROLES + r")[ \t]*:[ \t]*$")


def rule_named_after_person(ev: Evidence) -> bool:
    """Names ending in a building or institution word name that place, not a person: "Melding van Anne Frank Huis",
    "(Prinses Máxima Centrum)", "bij Sint Maartenskliniek". A form of address before still names a person."""
    nt = ev.name_toks
    if len(nt) < 2 or (_person_only_cue(ev) and not _titled_school(ev)):
        return False
    if len(nt) == 2 and len(nt[0].text) == 1 and nt[0].text.isupper() and _ROLE_KEY_BEFORE.search(ev.before):
        return False  # "Onderzoeker: K Bos": an initial and a word after a role's key (round twenty-four: 123 persons)
    if two_syllable_given_name(nt[0].text.split("-")):
        return False  # "Marktmeester Hye-jin Park": a romanised given name before the surname (round twenty-eight)
    last = nt[-1].text.lower()
    glued = any(last.endswith(x) and len(last) >= len(x) + 4 for x in (*_NAMED_AFTER_ENDS, *NAMED_AFTER_GLUED))
    if ev.chunk[-2].text in ("de", "het") and not glued:
        return False  # "Achter de Kerk": a street; but "Willem de Zwijgerschool" is a school
    if any(last.endswith(x) and len(last) >= len(x) + 3 for x in NAMED_AFTER_GLUED) and nt[-1].text not in SURNAMES:
        return True
    return last in _NAMED_AFTER_WORDS or (last.endswith(_NAMED_AFTER_ENDS) and nt[-1].text not in SURNAMES)


def rule_famous_name(ev: Evidence) -> bool:
    """The name of a famous person, as written, is no resident's: "een tentoonstelling over Rembrandt", "vernoemd
    naar Hella Haasse", "uit Max Havelaar" (round thirty-two, from fresh38e). A form of address or a relation before
    still names a person."""
    nt = ev.name_toks
    if not nt or _person_only_cue(ev):
        return False
    name = ev.text[nt[0].start : nt[-1].end]
    return name in FAMOUS or ("-" in nt[-1].text and name.rsplit("-", 1)[0] in FAMOUS)  # "Max Havelaar-koffie"


_COMPANY_FORMS = frozenset(("B.V.", "N.V.", "V.O.F.", "C.V.", "B.V", "N.V"))


def rule_company_form_inside(ev: Evidence) -> bool:
    """A firm's legal form closing the chunk makes it a firm: "van Deloitte B.V." (round thirty-two)."""
    c = ev.chunk
    tail = ev.text[c[0].start : c[-1].end + 1]
    return any(tail.rstrip(" .,;:)").endswith(f.rstrip(".")) for f in _COMPANY_FORMS) and c[-1].initial


_PLACE_LINKS = frozenset(("in de", "in het", "op de", "op het", "aan de", "voor de", "uit de", "onder de"))


def rule_word_with_place_link(ev: Evidence) -> bool:
    """An ordinary word, a place's link and a word name a body or a scheme: "bij Welzijn in de Wijk", "Zorg voor de
    Buurt" (round thirty-three, from fresh39b); a given name before the link names a person ("Anne in de Betouw")."""
    nt = ev.name_toks
    if len(nt) != 2 or _person_only_cue(ev) or nt[0].text in FIRST_NAMES:
        return False
    link = ev.text[nt[0].end : nt[1].start].strip().lower()
    return link in _PLACE_LINKS and nt[0].text.lower() in WORDS and nt[0].text not in SURNAMES


def rule_name_before_facility_noun(ev: Evidence) -> bool:
    """After "het" a name before a building's or body's noun in lower case names the place: "in het Maxima
    ziekenhuis", "het Erasmus college" (round thirty-three, from fresh39b)."""
    m = LOWER_NOUN_NEXT.match(ev.after)
    return bool(m) and ev.prev_word == "het" and m["n"] in _NAMED_AFTER_WORDS and not _person_only_cue(ev)


def rule_house_after_het(ev: Evidence) -> bool:
    """After "het" one word ending in "huis" names a house or museum named after a person: "het Spinozahuis" (round
    thirty-three, from last round's leads); "het" never stands before a surname. So does an article before a name
    and a building's word after a hyphen: "de Mandela-school"."""
    nt = ev.name_toks
    if len(nt) != 1 or ev.prev_word not in ("het", "de") or _person_only_cue(ev) or ev.chunk[0] is not nt[0]:
        return False
    if _CAPITAL_PARTICLE_BEFORE.search(ev.before[-12:]):
        return False  # "- Van het Haverhuis, Everten": the article is the surname's particle
    m = _PARTICLES_BEFORE.search(ev.before[-60:])
    if m and (HONORIFIC_END.search(m["head"]) or (m["head"].split()[-1:] or [""])[0] in FIRST_NAMES):
        return False  # "mevrouw van het Veldhuis", "Anna van het Veldhuis": a surname's particles
    if _BUILDING_AFTER_HYPHEN.match(ev.after):
        return True  # "de Mandela-school", "het Thorbecke-museum" (but "het Nakamura-huis" is a home: extend.py)
    lo = nt[0].text.lower()
    return ev.prev_word == "het" and lo.endswith("huis") and len(lo) >= 8


_PARTICLES_BEFORE = re.compile(r"(?P<head>.*?)[ \t]+(?i:van|in|op|uit|ver)[ \t]+(?:het|de|'t)[ \t]+\Z", re.S)
_CAPITAL_PARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:Van|In|Op|Ver|Uit|Van der|Van den)[ \t]+(?:het|de|'t)[ \t]+\Z")
_BUILDING_AFTER_HYPHEN = re.compile(r"-(?:museum|school|college|gebouw|zaal|centrum|bibliotheek|brug|stichting)\b")


def rule_word_then_label(ev: Evidence) -> bool:
    """An ordinary word and one capital as its label name a part or a variant: "Zie Bijlage A.", "Fase B", "Zone C"
    (round thirty-two). Not a listed surname ("Bakker A.")."""
    c = ev.chunk
    if len(c) != 2 or c[0] is not (ev.name_toks[0] if ev.name_toks else None) or not c[1].initial:
        return False
    w = c[0].text
    return len(c[1].text.rstrip(".")) == 1 and w.lower() in WORDS and w not in SURNAMES and w not in FIRST_NAMES


def _titled_school(ev: Evidence) -> bool:
    """A school's or college's title before a name ending in a school's word: "het Dr. Nassau College" (round
    thirty-two, from fresh38e)."""
    return ev.prev_word.lower() in _SCHOOL_TITLES and ev.name_toks[-1].text.lower() in SCHOOL_WORDS


def rule_glued_school(ev: Evidence) -> bool:
    """A name whose last word is glued to a school or institution word names that place, also after the title the
    place's name carries: "Dr. Schaepmanschool", "Willem de Zwijgerschool", "naar de Mgr. Zwijsencollege" (round
    fifteen). No surname ends so."""
    nt = ev.name_toks
    if not nt or not (ev.prev_word in _SCHOOL_TITLES or not _person_only_cue(ev)):
        return False
    if talked_with(ev.before):
        return False  # "Ik heb met Rietbrug gesproken": a person (round thirty-three, the round's probe)
    last = nt[-1].text.lower()
    end = next((x for x in (*_NAMED_AFTER_ENDS, "school", *NAMED_AFTER_GLUED) if last.endswith(x)), "")
    if ev.has_initials and end not in SCHOOL_WORDS:
        return False  # but "de Jac. P. Thijsseschool": initials of the person a school is named after (round 32)
    return bool(end) and len(last) >= len(end) + 4 and nt[-1].text not in SURNAMES and last not in WORDS


_COLON_THEN_NAME = re.compile(r"[ \t]*:[ \t]*(?:[A-ZÀ-ÖØ-Þ]|(?:" + HONORIFICS + r")[ \t])")


def rule_body_then_its_person(ev: Evidence) -> bool:
    """ "namens Woonstad Rotterdam: Jagesar": after "namens" the words before a colon and a name are the body the
    person speaks for."""
    return ev.prev_word == "namens" and bool(_COLON_THEN_NAME.match(ev.after))


_BODY_COLON_BEFORE = re.compile(r"(?i:namens)[ \t][^\n:]{2,60}:[ \t]*(?:(?:" + HONORIFICS + r")[ \t]+)?$")


def rule_person_after_body_colon(ev: Evidence) -> bool:
    """ "namens Woonbron Delft: Oudshoorn": the name after the body and its colon is the person who speaks for it."""
    return ev.before.rstrip(" \t")[-1:] in (":", ".") and bool(_BODY_COLON_BEFORE.search(ev.before))


_CASE_BRACKET_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:zaak|zaaknummer|zaaknr|dossier|dossiernummer|dossiernr"
    # a person's own numbers and birth: "Wouter (burgerservicenummer …)", "Jan (geb. 3-4-1980)" (round nineteen)
    r"|bsn|burgerservicenummer|geb|geboren|geboortedatum)\b",
    re.I,
)


def rule_name_before_case_bracket(ev: Evidence) -> bool:
    """A name with its case number, service number or birth in brackets is the person of the case: "Kim (zaak
    VTA-2026-1234) wachtte", "Wouter (burgerservicenummer …)". Not
    a word after an article ("de Aanvraag (dossier 3)") nor a body or scheme ("De Wmo (zaak 12)")."""
    if not ev.after.lstrip(" \t").startswith("(") or ev.article or not _CASE_BRACKET_AFTER.match(ev.after):
        return False
    return any(ev.lexical) or any(ev.unknown)


def rule_header_cell(ev: Evidence) -> bool:
    """An ordinary word alone in a cell of a tab-separated row of such words is a column's header, even after "Naam":
    "Naam<TAB>Adres<TAB>PC<TAB>Tel"."""
    if len(ev.chunk) != 1 or not ev.before.endswith("\t") or ev.after[:1] not in ("\t", "\n", "\r", ""):
        return False
    fn, sn, word, _place = ev.infos[0]
    line = ev.before[ev.before.rfind("\n") + 1 :] + ev.surface + ev.after.split("\n", 1)[0]
    return word and not (fn or sn) and line.count("\t") >= 2 and not any(c.isdigit() for c in line)


def rule_department_after_cue(ev: Evidence) -> bool:
    """After a role word, a department or scheme is no name: "de teamleider Werk en Inkomen", "consulent Wmo".
    Not after a form of address or a relation, which always announce a person."""
    return (
        (ev.strong_before or ev.strong_after)
        and not _person_only_cue(ev)
        and not _particle_surname(ev)
        and not ev.has_initials  # "Behandeld door: R.T Heemskerk": initials make a person of a place-like word
        and (
            all(t.text in GOV_TERMS or t.text.lower() in ORG_WORDS or _org_like(t.text) for t in ev.name_toks)
            or _department_pair_at(ev.text, ev.name_toks[-1])  # "(klantmanager, Bezwaar en Beroep)"
            or _compound_department(ev)
        )
    )


def _compound_department(ev: Evidence) -> bool:
    """One compound of Dutch words after a role, no listed name: "toezichthouder Vakantieverhuur" (round
    thirty-two, from fresh38b)."""
    nt = ev.name_toks
    if len(nt) != 1 or not ev.strong_before:
        return False
    w = nt[0].text
    lo = w.lower()
    return (
        ordinary_compound(w)
        and w not in SURNAMES
        and w not in FIRST_NAMES
        and split_compound(lo, head=5, tail=5)  # not "Verstegen"
        and not STREET_END.search(lo)  # "bewoners Kooikersakker": a street
    )


def rule_acronym_before_cue(ev: Evidence) -> bool:
    """An acronym with a person-like cue only after it ("UWV (team ...)") is a body; after an honorific it is a
    name in capitals."""
    return ev.strong_after and not ev.strong_before and all(t.text.isupper() and len(t.text) > 1 for t in ev.name_toks)


_TLD_AFTER = re.compile(r"\.(?:nl|com|org|net|eu|be|de|info|nu|io|frl|amsterdam)(?![\w@])", re.I)


def rule_site_name(ev: Evidence) -> bool:
    """A word right before ".nl" names a website, not a person: "Verlorenofgevonden.nl", "Thuisarts.nl" (round
    thirty-four, from fresh40a)."""
    return bool(_TLD_AFTER.match(ev.after)) and all(
        _is_word(t.text) and t.text not in FIRST_NAMES for t in ev.name_toks[:-1]
    )


_TOWN_OF_COUNCIL = re.compile(COUNCIL_OF + r"[ \t]+van[ \t]+$")


def rule_town_of_council(ev: Evidence) -> bool:
    """One word after "de gemeenteraad van" names the town, not a person: "Aan de gemeenteraad van Terhoven" (round
    thirty-four, from fresh40c); "van" may open the chunk."""
    c = ev.chunk[1:] if ev.chunk[0].text == "van" else ev.chunk
    before = ev.before + "van " if c is not ev.chunk else ev.before
    return len(c) == 1 and not c[0].particle and bool(_TOWN_OF_COUNCIL.search(before[-40:]))


_DEVICE_LINE_BEFORE = re.compile(r"(?i:verzonden (?:vanaf|met|via) mijn|sent from my)[^\n]{1,40}\r?\n[ \t]*$")


def rule_name_under_device_line(ev: Evidence) -> bool:
    """One or two words alone on the line under "Verzonden vanaf mijn iPhone" sign a message (round thirty-four,
    own probe)."""
    return (
        len(ev.name_toks) <= 2
        and bool(_DEVICE_LINE_BEFORE.search(ev.before[-80:]))
        and bool(_LINE_END.match(ev.after))
        and not any(t.text in GOV_TERMS or t.text.lower() in STOPWORDS for t in ev.name_toks)
    )


_CHECKBOX_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\[[ \txX✓✔vV]?\][ \t]*$")
_CONTACT_TODO = re.compile(r"[ \t]+(?:terug)?(?:bellen|mailen|appen|informeren|uitnodigen|vragen|spreken|mee)\b")


def rule_checklist_item(ev: Evidence) -> bool:
    """Ordinary words after a check box open a checklist's item, no name: "[ ] Sanitair werkt", "[x] Post geopend"
    (round thirty-four, from holdout33's home inspections)."""
    return (
        bool(_CHECKBOX_BEFORE.search(ev.before))
        and all(_is_word(t.text) and t.text not in FIRST_NAMES for t in ev.name_toks)
        and not _CONTACT_TODO.match(ev.after)
        and not ev.after.lstrip(" \t").startswith(":")  # "[ ] Spreeuw: spreekuur plannen": whose item it is
        and not any(t.particle for t in ev.chunk)
        and not ev.strong_before
    )


def rule_named_building(ev: Evidence) -> bool:
    """A capital article after a building or facility word opens that place's own name: "buurthuis De Schakel",
    "sporthal De Wielewaal", "wijkcentrum Het Anker"."""
    return ev.chunk[0].cap and ev.chunk[0].text in ("De", "Het", "'t", "Den") and ev.prev_word.endswith(FACILITY_NOUNS)


_THING_TITLE_AFTER = re.compile(r" (?:(?:tot|voor|ter|inzake|op) [A-ZÀ-ÖØ-Þ]|des [A-Za-zÀ-ÖØ-öø-ÿ])")


_FACILITY_HEADS = (*FACILITY_NOUNS, "paviljoen", "zaal", "honk", "kantoor", "plaats", "hof")
# lodgings, moorings, shops and eateries before their own name with a capital article: "Pension De Morgenster",
# "Jachthaven De Punt", "Eetcafé De Kroon" (round twenty, from holdout19). Without the article the word after a shop
# may be its owner's name ("Bakkerij Pietrzczyk", "Lunchroom Biniam"), judged as any other.
_LODGING_HEADS = ("pension", "haven", "verblijf", "herberg", "hoeve", "molen", "hostel", "logement", "motel")
_LODGING_HEADS += ("eetcafé", "salon", "grillroom", "bistro", "pizzeria", "lunchroom", "snackbar", "bakkerij")
_LODGING_HEADS += ("slagerij", "cafetaria", "brasserie", "kiosk", "wasserette", "drogisterij", "theehuis", "toko")


def _lodging_with_article(ev: Evidence) -> bool:
    """A facility, lodging or shop word of any length, then a capital article: "Camping De Waterhoen"."""
    head = ev.name_toks[0].text
    return (
        len(ev.chunk) > 2
        and ev.chunk[0] is ev.name_toks[0]
        and ev.chunk[1].text in ("De", "Het", "'t", "Den")
        and head.lower().endswith(_FACILITY_HEADS + _LODGING_HEADS)
        and head not in SURNAMES
        and head not in FIRST_NAMES
        and (_is_word(head.lower()) or ordinary_compound(head))
    )


def rule_facility_named(ev: Evidence) -> bool:
    """A facility word, or a compound ending in one, before a word no name list holds names that place: "in
    Wijkpaviljoen Zonnehoek", "Cultuurhuis Stroomland", "Muziekcentrum Maasoever" (round thirteen). Not a listed
    surname ("Veldhuis") and no listed first name after it ("Buurthuis Anna")."""
    toks = ev.name_toks
    if len(toks) < 2 or ev.has_initials:
        return False
    head = toks[0].text
    lo = head.lower()
    if _lodging_with_article(ev):
        return not HONORIFIC_END.search(ev.before)  # "Camping De Waterhoen", "Hotel De Zwaan": a short facility word
    if len(lo) < 8 or not lo.endswith(_FACILITY_HEADS) or head in SURNAMES or head in FIRST_NAMES:
        return False
    if not (_is_word(lo) or ordinary_compound(head)):
        return False
    if len(ev.chunk) > 2 and ev.chunk[1].text in ("De", "Het", "'t", "Den"):
        return not HONORIFIC_END.search(ev.before)  # "Huisartsenpraktijk De Linde": a capital article opens its name
    return not any(fn for fn, _sn, _w, _p in ev.infos[1:]) and not HONORIFIC_END.search(ev.before)


# A facility word, or a compound ending in one, right before the chunk, with a capital article between or not:
# "Apotheek Het Hart", "Apotheek Centraal", "Huisartsenpraktijk De Linde" at a line's start (round sixteen, holdout15).
_FACILITY_BEFORE = re.compile(r"(?:^|(?<=[^\w\-]))(?P<f>[A-Za-zÀ-ÿ]{4,})[ \t]+(?P<art>(?:De|Het|'t|Den)[ \t]+)?$")


def rule_facility_before(ev: Evidence) -> bool:
    """A facility word before the chunk names a place: the chunk is its name after a capital article, or any word no
    name list holds ("Apotheek Centraal"); a listed name may be a doctor's ("Huisartsenpraktijk Jansen")."""
    if ev.chunk[0].particle and not ev.chunk[0].cap:
        return False  # "voor het huis van Senait Habtegiorgis": whose house it is
    m = _FACILITY_BEFORE.search(ev.before)
    if m is None:
        return False
    f = m.group("f")
    lo = f.lower()
    tail = next((h for h in _FACILITY_HEADS if lo.endswith(h)), "")
    if not tail or (lo != tail and len(tail) < 5) or f in SURNAMES or f in FIRST_NAMES:
        return False  # a compound on a short tail may be a name: "Vishal" ("vis" + "hal")
    if not (_is_word(lo) or ordinary_compound(f)):
        return False
    if m.group("art"):
        return True
    return not any(fn or sn for fn, sn, _w, _p in ev.infos)


def rule_body_at_place(ev: Evidence) -> bool:
    """A body's office in a place is no person, even after a cue: "Aan: GGZ Hoogeveen", "Aan: Veilig Thuis Venlo" (an
    acronym of a body, or ordinary words no name list holds, then a place; round sixteen, from holdout15)."""
    nt = ev.name_toks
    if len(nt) < 2 or ev.has_initials or not ev.infos[-1][3] or ev.infos[-1][0]:
        return False
    heads = nt[:-1]
    if all(
        t.text in GOV_TERMS or (t.text.isupper() and 3 <= len(t.text) <= 5 and info[2])
        for t, info in zip(heads, ev.infos, strict=False)
    ):
        return True  # "GGZ Hoogeveen", "MEE Alkmaar": a body's acronym (a listed word in capitals) and a place
    # two ordinary words or more and a place no surname: "Veilig Thuis Venlo", not "Hoop de Boer", "Erven Haarlem"
    if len(heads) < 2 or ev.infos[-1][1] or any(len(t.text) < 3 for t in heads):
        return False
    return all(w and not fn and not sn for fn, sn, w, _p in ev.infos[:-1])


def rule_adjective_title(ev: Evidence) -> bool:
    """An inflected adjective before capitalised ordinary words, none on a name list, names a scheme or body, even
    after a cue: "Van de Bijzondere Bijstand", "opbouwwerker, Ruimtelijke Ordening", "de Sociale Dienst"."""
    nt = ev.name_toks
    return (
        len(nt) >= 2
        and nt[0].text.endswith("e")
        and not nt[0].text.endswith("je")  # "Ik ben Jantje Mosterd": a diminutive first name, no adjective
        and all(_is_word(t.text) and t.text not in FIRST_NAMES and t.text not in SURNAMES for t in nt)
    )


def rule_title_of_thing(ev: Evidence) -> bool:
    """An ordinary word joined by "tot", "voor", "op" to a capitalised word names a service, scheme or law, not a
    person, even after a role word: "bemiddelaar Verzoek tot Afstemming", "Centrum voor Jeugd"; so does the
    genitive "des", which no Dutch name has: "namens Leger des Heils"."""
    if len(ev.name_toks) != 1 or not _THING_TITLE_AFTER.match(ev.after) or not ev.pure_words[0]:
        return False
    # a form of address names a person whatever follows: "het raam van mevrouw Vanstrepen op de Graanbeurspad"
    return not _HONORIFIC_BEFORE.search(ev.before)  # defined below, with the rule for a make's key


def rule_interjection(ev: Evidence) -> bool:
    """A word that opens a spoken reply is no name, even after a speaker label: "Bewoner: Ja hallo met ..."."""
    return len(ev.chunk) == 1 and ev.chunk[0].text.lower() in INTERJECTIONS


# Roles that a company or body fills as often as a person: after them an organisation's name is no person.
_ORG_ROLES = frozenset(
    "verhuurder verhuurster werkgever eigenaar huisbaas schuldeiser woningcorporatie corporatie zorgaanbieder "
    "aanbieder leverancier energieleverancier zorgverzekeraar verzekeraar incassobureau deurwaarder".split()
)
_ORG_NAME_ENDS = ("wonen", "goed", "bond", "groep", "zorg", "bouw", "beheer", "huis", "stad", "dorp", "energie", "net")


_NUMBER_KEYS = frozenset(("kenmerk", "referentie", "ref", "dossier", "zaak", "casus", "klantnummer", "registratie"))
_NUMBER_AFTER_KEY = re.compile(r"\.?:?[ \t]+(?:[A-Za-z]{0,4}[\-/.]?\d|\d)")


def rule_key_before_number(ev: Evidence) -> bool:
    """A capitalised key of a number right before it is no name: "Afspraken Kenmerk 2026.25.310", "check Zaaknummer
    24.2403.BZ", "belt over Dossiernr. KL-3328" (round eleven)."""
    if len(ev.name_toks) != 1:
        return False
    lo = ev.name_toks[0].text.lower().rstrip(".")
    key = lo in _NUMBER_KEYS or (lo.endswith(("nummer", "nr", "nrs")) and lo != "nr")
    return key and ev.name_toks[0].text not in SURNAMES and bool(_NUMBER_AFTER_KEY.match(ev.after))


def rule_organisation_in_org_role(ev: Evidence) -> bool:
    """After a role that companies fill ("De verhuurder, Woongoed Lindehoven, wilde ...", "werkgever Portaalwonen")
    a name that reads as an organisation is none: a compound word or an organisation's ending, no listed name. "De
    verhuurder, Jan Bakker" stays a person."""
    head = ev.before[-40:].rstrip(" \t,:(").split()
    if not head or head[-1].lower() not in _ORG_ROLES:
        return False
    words = [t.text for t in ev.name_toks]
    if any(w in FIRST_NAMES for w in words):
        return False
    c = ev.chunk
    if any(c[i].particle and c[i + 1].particle for i in range(1, len(c) - 2)):
        return False  # "de werkgever Sies van 't Heemstede": two particles inside make a surname (round 27)
    if len(words) == 2 and thing_kind(words[0].lower()) and _owner_name(ev):
        return False  # "Eigenaar Camping Oztoprak": a venue named after its owner (round thirty-three)
    return any(
        (weak_org(w) or ordinary_compound(w) or (len(w) > 6 and w.lower().endswith(_ORG_NAME_ENDS)))
        and w not in SURNAMES
        for w in words
    )


def rule_closing_abbreviation(ev: Evidence) -> bool:
    """A closing abbreviation read as initials opens the signature: "Gr. Koos", "Grt. Bram" (the name after it)."""
    return (
        len(ev.chunk) >= 2
        and ev.chunk[0].text in ("Gr.", "Grt.", "Gr", "Grt", "Mvg", "Mvg.", "MVG")
        and not ev.chunk[1].initial
        and (not ev.before.strip(" \t") or ev.before.rstrip(" \t")[-1:] in "\n.!?")
    )


def rule_postscript(ev: Evidence) -> bool:
    """ "PS:", "P.S." or "NB:" opening a line under a greeting is a postscript, not the signer (round twenty-eight,
    from fresh34b)."""
    return (
        len(ev.chunk) == 1
        and ev.chunk[0].text.replace(".", "") in ("PS", "PPS", "NB")
        and ev.after.lstrip(" \t")[:1] in (":", "")
        and (not ev.before.strip(" \t") or ev.before.rstrip(" \t")[-1:] == "\n")
    )


# A field for what was done or agreed: its value is a sentence ("Actie: Teruggebeld door J. Dorrebeek; Afspraak
# gemaakt voor huisbezoek"), though "Actie:" also lists who acts ("Actie: PdV; JK").
_ACTION_LABELS = frozenset(
    "actie acties actiepunt actiepunten opmerking opmerkingen notitie notities toelichting besluit besluiten afspraak "
    "afspraken vervolg resultaat uitkomst status update reactie conclusie samenvatting situatie planning stand".split()
)
_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?P<k>[^\W\d_][\w ]{0,24}?)[ \t]*:[ \t]*(?:[^\n:]*;[ \t]*)?$"
)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-zà-ÿ]{2,})")


def rule_sentence_after_action_field(ev: Evidence) -> bool:
    """An ordinary word on no name list that opens the value of an action or note field, or an item of it after a
    semicolon, and is followed by a lower-case word, is the first word of a sentence: "Actie: Teruggebeld door ...;
    Afspraak gemaakt". A name there is on a list ("Actie: Jansen belt terug") or stands alone ("Actie: PdV")."""
    if len(ev.chunk) != 1 or not ev.name_toks or not ev.pure_words[0]:
        return False
    m = _LABEL_BEFORE.search(ev.before)
    if not m or m.group("k").strip().lower() not in _ACTION_LABELS:
        return False
    nxt = _LOWER_WORD_AFTER.match(ev.after)
    return bool(nxt) and nxt.group(1) not in NAME_PARTICLES


# Makes of cars, vans and scooters: a make and a model ("Renault Clio", "Volkswagen Polo", "Kia Picanto") is a vehicle.
_VEHICLE_MAKES = frozenset(
    "Renault Volkswagen VW Opel Kia Toyota Peugeot Citroën Citroen Ford Fiat Nissan Tesla Volvo Seat Skoda Škoda "
    "Hyundai BMW Mercedes Mercedes-Benz Audi Mazda Suzuki Dacia Honda Mitsubishi Lexus Porsche Jeep Polestar "
    "Cupra Subaru Chevrolet Chrysler Iveco Vespa Piaggio Yamaha Kawasaki Sym Kymco Gazelle Batavus Sparta".split()
)


# Models of cars and vans whose names are no Dutch word (checked as well as dictionary words, figures and capitals).
_VEHICLE_MODELS = frozenset(
    "Clio Captur Megane Mégane Twingo Kangoo Zoe Trafic Polo Passat Tiguan Touran Caddy Transporter "
    "Crafter Corsa Astra Mokka Vivaro Picanto Sportage Ceed Niro Rio Yaris Aygo Corolla Auris Prius Rav4 "
    "Hilux Partner Expert Boxer Berlingo Jumpy Jumper Picasso Fiesta Focus Kuga Transit Puma Panda Punto "
    "Ducato Doblo Qashqai Micra Juke Leaf Navara Octavia Fabia Superb Kodiaq Karoq Ibiza Leon Arona Ateca "
    "Tucson Kona Ioniq Sprinter Vito Citan Sandero Duster Logan Jogger Civic Jazz Swift Vitara Ignis "
    "Fortwo Outlander Cayenne Macan Wrangler Renegade Compass Mustang Kadjar Austral".split()
)


# Makes of phones, computers, bicycles and prams: the words after one name its model ("Xiaomi Redmi Note", "OnePlus
# Nord", "Union Lieve", "Joolz Day"), of two words or one (round thirty-four, from fresh40a's found property)
_DEVICE_MAKES = frozenset(
    "Samsung Xiaomi Huawei OnePlus Oppo Motorola Nokia Apple Google Sony Lenovo Dell Asus Acer Microsoft Garmin "
    "Fitbit Bose JBL Union Cortina Stromer VanMoof Koga Giant Trek Cube Bugaboo Mutsy Joolz Cybex Stokke".split()
)


def rule_vehicle(ev: Evidence) -> bool:
    """A make of car before its model is a vehicle, not a person: "een Renault Clio", "de Volkswagen Polo"; a make
    of phone, computer or bicycle before one or two words of its model too."""
    toks = [t for t in ev.name_toks if t.text.lower() not in ("de", "het", "een")]
    if 2 <= len(toks) <= 3 and toks[0].text in _DEVICE_MAKES and not any(t.particle for t in toks):
        return all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text[:1] == "i" for t in toks[1:])
    if len(toks) != 2 or toks[0].text not in _VEHICLE_MAKES:
        return False  # "de Volkswagen Polo van Jan": the owner's name is judged with the rest
    if any(t.particle for t in ev.chunk[ev.chunk.index(toks[0]) + 1 :]):
        return False  # "Mercedes de la Casteldez": particles after the make make a name (round twenty-eight)
    model = toks[1].text
    if not (_is_word(model) or any(c.isdigit() for c in model) or model in _VEHICLE_MODELS or model.isupper()):
        return False  # "Mercedes Casteldez": an unknown word after a make that is a first name too is a surname
    return model[:1].isupper() and model not in SURNAMES  # "Ford Kuipers" is a person


# An imperative of contacting opening a sentence before the number or address to use: "Bel (020) 123 45 67",
# "Mail info@…", "App 06-…" (round nineteen).
_CONTACT_VERBS = frozenset(("Bel", "Mail", "App", "Sms", "Whatsapp", "Appen", "Bellen", "Mailen"))
_CONTACT_AFTER = re.compile(r"[ \t]*(?:\(?\+?\d|[\w.+\-]+@|(?:naar|op|via|met)\b)")


def rule_contact_verb(ev: Evidence) -> bool:
    """ "Bel (020) 123 45 67": the verb asks to call the number; "Bel Jansen" goes on to a name."""
    return (
        len(ev.chunk) == 1
        and ev.chunk[0].text in _CONTACT_VERBS
        and ev.chunk[0].sent_start
        and bool(_CONTACT_AFTER.match(ev.after))
    )


# The key of a field that holds a make or a model: "Merk: Sparta, kleur grijs", "Type: Cortina" (round nineteen).
_MAKE_KEY_BEFORE = re.compile(r"(?i:\b(?:merk|model|fabrikaat|type|uitvoering))[ \t]*:[ \t]*$")


def rule_make_field(ev: Evidence) -> bool:
    """The value of a make or model field is a brand, not a person: "Merk: Sparta", "Fabrikaat: Batavus"."""
    return len(ev.name_toks) <= 2 and bool(_MAKE_KEY_BEFORE.search(ev.before))


_HONORIFIC_BEFORE = re.compile(r"(?i:\b(?:" + HONORIFICS + r"))[ \t]*$")


def rule_party(ev: Evidence) -> bool:
    """A political party is no person, also after a cue that announces one: "De motie werd ingediend door SP";
    after a form of address it is a surname ("mevrouw Volt")."""
    if len(ev.name_toks) != 1 or ev.name_toks[0].text not in PARTIES or _HONORIFIC_BEFORE.search(ev.before):
        return False
    return not _COLLEAGUE_AFTER.match(ev.after)  # "Verwerkt door SP (Team Basisregistraties)", "door SP op 3 juli"


_COLLEAGUE_AFTER = re.compile(r"[ \t]*\((?i:team|afdeling)\b|[ \t]+op[ \t]+\d")


_TITLE_ABBREVIATIONS = frozenset("dhr mw mevr mvr hr mr dr drs ir ing prof fam".split())


def rule_words_before_title(ev: Evidence) -> bool:
    """Ordinary words before a form of address that the chunk ran into are no name: "15:00 Terugbellen Dhr. Balaitis"
    (the name after the title is judged on its own)."""
    toks = ev.name_toks
    if len(toks) < 2 or toks[-1].text.lower() not in _TITLE_ABBREVIATIONS or not ev.after.startswith("."):
        return False
    return all(t.text.lower() in WORDS and t.text not in FIRST_NAMES and t.text not in SURNAMES for t in toks[:-1])


_COUNT_IN_BRACKETS = re.compile(r"[ \t]*\(\d{1,5}\)")


def rule_count_after_plural(ev: Evidence) -> bool:
    """A plural noun with a number in brackets is a count, not a person's age: "Wijkkrant Waterfront — Reacties (4)",
    "Meldingen (12)" (round eighteen, from fresh24d)."""
    if len(ev.name_toks) != 1 or ev.strong_before or not _COUNT_IN_BRACKETS.match(ev.after):
        return False
    w = ev.name_toks[0].text
    low = w.lower()
    if low.endswith(("ers", "aars", "iers")) or w[:-1] in SURNAMES:
        return False  # "Kuipers (84)", "Bakkers (7)": a trade's plural is also a surname
    return low in WORDS and low.endswith(("s", "en")) and w not in FIRST_NAMES and w not in SURNAMES


def rule_cue(ev: Evidence) -> bool:
    """An honorific, role or relation word before ("mevrouw", "buurman", "Aanwezig:"), or an age, birth date or
    role in brackets after ("Kees (94)") announces a person."""
    return ev.strong_before or ev.strong_after


_SMALL_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}[a-z]?(?![\d\-/.:]\d|\d)")


_ROLE_BRACKET_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*\($")
_AGE_CLOSE_AFTER = re.compile(r",[ \t]*\d{1,3}(?:[ \t]*(?:jaar|jr\.?))?\)")


def rule_role_bracket_age(ev: Evidence) -> bool:
    """A role, then a word and an age in brackets, names the person, even a place name: "Bewoner (Hoogeveen, 67)"."""
    if not ev.before.endswith(("(", "(\n")):  # the pattern ends with the bracket: a cheap test first (same bool)
        return False
    m = _ROLE_BRACKET_BEFORE.search(ev.before)
    return bool(m) and m.group(1).lower() in CUE_WORDS and bool(_AGE_CLOSE_AFTER.match(ev.after))


_CASE_NOUNS = frozenset({"casus", "zaak", "dossier", "kwestie", "klacht", "melding"})
_CASE_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:de|het|deze|die|dit|in|over)\s+(\w+)\s+$", re.I)


def rule_case_named_after(ev: Evidence) -> bool:
    """A case named after its resident: "over de casus Bouwman", "in de zaak Bouwman", also when the name is a word;
    bodies, schemes, districts and verbs stay ("het dossier Wmo", "de casus Noord", "de zaak Parkeren")."""
    if ev.prev_word not in _CASE_NOUNS:  # the pattern's last word is the case noun: a cheap test first (same bool)
        return False
    m = _CASE_NOUN_BEFORE.search(ev.before[-40:])
    if not m or m.group(1).lower() not in _CASE_NOUNS or len(ev.name_toks) > 3:
        return False
    return all(
        t.text not in GOV_TERMS
        and not weak_org(t.text)
        and t.text.lower() not in _DISTRICT_WORDS
        and (t.text in SURNAMES or t.text in FIRST_NAMES or not t.text.endswith("en"))
        for t in ev.name_toks
    )


_DISTRICT_WORDS = frozenset("noord zuid oost west centrum midden binnenstad".split())


_COLOURS = frozenset(
    "witte zwarte rode blauwe grijze groene gele oranje zilveren zilverkleurige donkere lichte bruine paarse".split()
)
# Makes of cars beside a licence plate or a colour ("een witte Opel", "(Peugeot, 45TZ88)"): no persons.
CAR_MAKES = frozenset(
    "Opel Peugeot Renault Volkswagen VW Toyota Ford Fiat Citroën Citroen Kia Hyundai Skoda Škoda Audi BMW Mercedes "
    "Volvo Nissan Mazda Suzuki Seat Dacia Tesla Honda Mitsubishi Lancia Alfa Jeep Saab Lexus Mini Smart Porsche".split()
)


def rule_thing_after_colour(ev: Evidence) -> bool:
    """A capitalised word after a colour, or a make of car, names a thing: "een witte Golf", "(Peugeot, 45TZ88)"."""
    if ev.prev_word in _COLOURS:
        return True
    return (
        len(ev.name_toks) == 1
        and ev.name_toks[0].text in CAR_MAKES
        and bool(_CAR_CONTEXT.search(ev.before[-40:] + " " + ev.after[:40]))
    )


# A car beside the word: a plate ("45-TZ-88", "[kenteken]" once replaced), or a word for a vehicle.
_CAR_CONTEXT = re.compile(
    r"(?i:\b(?:auto|wagen|voertuig|kenteken|geparkeerd|parkeert|bestelbus|busje))"
    r"|\b(?=[A-Za-z-]*\d)(?=[\dA-Za-z-]*[A-Za-z])[A-Za-z0-9]{1,3}-?[A-Za-z0-9]{2,3}-?[A-Za-z0-9]{1,2}\b"
)


def rule_numbered_thing(ev: Evidence) -> bool:
    """A noun that numbers things, before a small number, is no person: "Zie Bijlage 2", "Zie Lijn 5",
    "Stap 4 van het plan" (a cue before would have decided already: "mevrouw Kamer")."""
    return ev.chunk[-1].text.lower() in NUMBERED_THINGS and _SMALL_NUMBER_AFTER.match(ev.after) is not None


def rule_org_in_brackets(ev: Evidence) -> bool:
    """A department or body in brackets right after names the person who works there: "Bulut (Bezwaar en Beroep)
    stuurt", "Ghada (Klachtenbureau)". Not when the words are themselves a body, scheme, acronym or place; an
    ordinary word ("Bouwmeester") only as the subject of a verb after the bracket."""
    after = ev.text[ev.end : ev.end + 64]
    if not org_in_brackets_after(after):
        return False
    particle = any(c.particle for c in ev.chunk)
    for t in ev.name_toks:
        if particle and t.text in SURNAMES:
            continue  # "Van Wijk (Stadsbeheer)": a particle makes the word a surname
        if t.text in GOV_TERMS or _org_like(t.text) or t.text in PLACES_FULL or (t.text.isupper() and len(t.text) > 1):
            return False
    if all(w and not (fn or sn) for fn, sn, w, _p in ev.infos):
        m = BRACKET_AFTER.match(after)
        return bool(m) and bool(VERB_AFTER.match(after[m.end() :]))
    return True


# "heeft via Lieke laten weten", "via Ben doorgegeven": the go-between of a message is a person.
_MESSAGE_AFTER = re.compile(r"^\s+(?:(?:laten|liet|laat)\s+weten|doorgegeven|doorgeven|gehoord|vernomen)\b")
# A relation in brackets after the name: "Kornelis (de zoon van mevrouw Bos)", "Tamar (mevrouw Bos haar dochter)".
_RELATION_IN_BRACKETS = re.compile(
    r"^\s*\([^()\n]{0,48}?\b(?:" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r")\b[^()\n]{0,24}\)"
)


_HOLIDAY_LAST = frozenset(h.split(" ")[-1] for h in HOLIDAYS)  # the last word of every holiday (a cheap test first)


def rule_words_in_title_line(ev: Evidence) -> bool:
    """Ordinary words in a headline written in title case are no name: every word is capitalised there, so the
    capital says nothing. Only when every name word is a dictionary word or a place that no name list holds, and no
    honorific stands before; an unknown word or a listed name in the headline is judged as anywhere else (round
    thirteen: "Buren Vinden Elkaar Weer", "Wijkkrant Emmen")."""
    if not title_line(ev.text, ev.start):
        return False  # asked first: remembered per line, while the words' facts are computed per chunk
    if not all((w or p) and not fn and (p or not sn) for fn, sn, w, p in ev.infos):
        return False
    return not HONORIFIC_END.search(ev.before)


_PLURAL_ENDS = ("ers", "ten", "den", "nen", "gen", "len", "ren", "'s")
_GREETING_WORDS_OPEN = GREETINGS_OPENING | {"geachte"}
_GREETING_BEFORE = re.compile(
    r"(?:^|[\s'\"‘“(])(?i:" + "|".join(sorted(_GREETING_WORDS_OPEN)) + r")[ \t]+$"
)  # "Beste Inwoners", "Geachte Leden": a greeting right before the word


_QUOTE_BEFORE = re.compile(r"[\"'“‘„«][^\n\"“”„«»]{0,60}$")
_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’", "„": "”", "«": "»"}


def _quoted_span(text: str, start: int, end: int) -> str | None:
    """The text between the quotes around ``start``..``end`` on one line (at most 60 characters), or None."""
    a = max(text.rfind("\n", 0, start), start - 60)
    for i in range(start - 1, a, -1):
        c = text[i]
        if c in ("'", "’") and text[i + 1 : i + 3] in ("t ", "s "):
            continue  # "van 't Hof", "'s-Hertogenbosch": an apostrophe, no quote
        if c in _QUOTE_PAIRS and (i == 0 or not text[i - 1].isalnum()):
            close = _QUOTE_PAIRS[c]
            j = text.find(close, end)
            nl = text.find("\n", end)
            if j == -1 or (nl != -1 and j > nl) or j - i > 62 or (j + 1 < len(text) and text[j + 1].isalnum()):
                return None
            if text[i - 1 : i] in ("", "\n", ",", ";", "\t") and text[j + 1 : j + 2] in (
                "",
                "\n",
                "\r",
                ",",
                ";",
                "\t",
            ):
                return None  # a quoted field of a CSV line: '"Sliusar, Tao",Karel Doormanstraat 66'
            return text[i + 1 : j]
    return None


def rule_words_in_quoted_title(ev: Evidence) -> bool:
    """Dictionary words in a quoted title are no name: "de documentaire 'Wie Luistert Er'", "het rapport 'Stemmen uit
    de Wijk'", "het spreekuur 'de Keukentafel'" (round thirteen). Only words no first-name list holds; one word alone
    only when it is a compound (a nickname in quotes is a name: 'Beer')."""
    if ev.has_initials or not _QUOTE_BEFORE.search(ev.before):
        return False  # '"F.J. in 't Veld"': initials make a name; no quote opens before the chunk
    pairs = zip(ev.name_toks, ev.infos, strict=True)
    if not all((w or ordinary_compound(t.text)) and not fn for t, (fn, _sn, w, _p) in pairs):
        return False
    quoted = _quoted_span(ev.text, ev.start, ev.end)
    if quoted is None:
        return False
    if quoted.rstrip()[-1:] in ".!?,;:":
        return False  # a quoted sentence: "'Bakker belt morgen terug.'"
    words = re.findall(r"[^\W\d_][\w'’\-]*", quoted)
    content = [x for x in words if len(x) > 2 and x.lower() not in STOPWORDS]
    if any(sn for _fn, sn, _w, _p in ev.infos) and len(content) < 3:
        return False  # a listed surname ('"W. S. Blom"') only inside a longer title
    if len(content) >= 2 or (len(words) >= 3 and len(content) == 1):
        return all(x[0].isupper() for x in words if len(x) > 2)  # a title in title case: "Samen Aan Tafel"
    if len(words) == 2 and words[0].lower() in ("de", "het", "een", "'t"):
        return not ev.infos[0][1]  # "'de Keukentafel'": a thing's name, with its article
    return len(ev.name_toks) == 1 and ordinary_compound(ev.name_toks[0].text) and not ev.infos[0][1]


def rule_group_greeted(ev: Evidence) -> bool:
    """A plural noun after a greeting greets a group, no person: "Beste Inwoners", "Geachte Leden", "Lieve
    Vrijwilligers" (round thirteen). Only a dictionary word that no name list holds."""
    toks = ev.name_toks
    if len(toks) > 2 or not toks[-1].text.lower().endswith(_PLURAL_ENDS):
        return False
    if len(toks) == 2 and toks[0].text.lower() in _GREETING_WORDS_OPEN and toks[0] is ev.chunk[0]:
        toks = toks[1:]  # "Lieve Buurtgenoten,": the greeting is a listed first name too
    elif len(ev.chunk) != 1 or not _GREETING_BEFORE.search(ev.before):
        return False
    if len(toks) != 1 or not ev.after.startswith((",", "!", "\n")):
        return False
    fn, sn, w, _p = _name_info(toks[0].text)
    lo = toks[0].text.lower()
    return (
        w
        and not fn
        and not sn
        and (lo.endswith(("ers", "ten", "den", "nen", "gen", "len", "ren")) or lo.endswith("'s"))
    )


_CALENDAR_EVENT_AFTER = re.compile(r"[ \t]+van[ \t]+(?:de|het)[ \t]+[A-ZÀ-ÖØ-Þ]")
_CALENDAR_NOUNS = frozenset("dag week weekend maand jaar nacht avond middag ochtend".split())


def rule_event_named_by_time(ev: Evidence) -> bool:
    """A time word before "van de" and a capital names an event, no person: "Week van de Afstemming", "Maand van de
    Mantelzorg", "Nacht van de Vluchteling" (round thirteen)."""
    toks = ev.name_toks
    if toks[0].text.lower() not in _CALENDAR_NOUNS:
        return False
    if len(toks) == 1:
        return ev.chunk[-1] is toks[0] and bool(_CALENDAR_EVENT_AFTER.match(ev.after))
    # "de Dag van de Mediation" in one chunk: the event's name after "van de", an ordinary word or a scheme
    inner = [t.text.lower() for t in ev.chunk if t.particle and toks[0].start < t.start < toks[1].start]
    last_fn, last_sn, last_w, _p = ev.infos[1]
    return len(toks) == 2 and inner[:1] == ["van"] and not last_fn and (last_w or not last_sn)


def rule_holiday(ev: Evidence) -> bool:
    """A holiday or feast day is a date, not a person: "voor Hemelvaartsdag", "sinds Tweede Kerstdag", "Keti Koti"."""
    if ev.chunk[-1].text.lower() not in _HOLIDAY_LAST:
        return False
    words = [t.text.lower() for t in ev.chunk]
    return " ".join(words) in HOLIDAYS or (
        len(words) <= 2 and words[-1] in HOLIDAYS and words[0] in ("eerste", "tweede")
    )


# Month names and their abbreviations in Dutch and English, lower case, without a full stop.
_MONTH_ABBREVS = frozenset(
    "jan januari january feb februari february mrt maart mar march apr april mei may jun juni june jul juli july "
    "aug augustus august sep sept september okt oktober oct october nov november dec december".split()
)
# Month names of the other languages ``birthkeys`` reads in dates (round thirty-one): "Mai" in "24 mai 1967".
_OTHER_MONTHS = frozenset(FOREIGN_ONLY_MONTHS.split("|"))
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th|e|ste|de)?\.?[ \t\u00a0]+$")
_WEEKDAY_BEFORE = re.compile(r"(?:^|[\s,])(?:mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo)\.?,?[ \t\u00a0]+$")
_DAY_YEAR_AFTER = re.compile(r"\.?[ \t\u00a0]+(?:\d{1,2},?[ \t\u00a0]+)?\d{4}\b|\.?[ \t\u00a0]+\d{1,2}(?:,|\b)")


_PREV_WORD = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t\u00a0]+$")
_MONTH_PREPS = frozenset(
    "on by until till since from before after of in during early late mid end op per tot vanaf sinds voor na eind "
    "begin half medio is was".split()
)
_IN_MONTH = frozenset("in during since until till early late mid end of sinds eind begin half medio".split())
_DAY_AFTER = re.compile(r"[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?(?![\w:\-/]|[.,]\d)")
_NO_NAME_AFTER = re.compile(r"(?:[ \t\u00a0]*(?:[.,;:!?)]|$|\n)|[ \t\u00a0]+[a-z])")


def month_in_date(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a month written in a date, also in English and abbreviated: "vr, 2 Jan 2026 at
    20:10", "Thu, Jan 8, 2026"."""
    word = text[start:end].rstrip(".").lower()
    before, after = text[max(0, start - 24) : start], text[end : end + 12]
    if word in _OTHER_MONTHS:  # "24 mai 1967", "Vojtěch, 3 Juni 1990": a day and a year of four figures around it
        prev = _PREV_WORD.search(before)
        if prev and prev.group(1).lower() in _FOREIGN_MONTH_PREPS:
            return True  # "Seit März wohne ich", "depuis mars" (round thirty-one, from holdout25)
        return bool(_DAY_BEFORE.search(before) and re.match(r"[ \t\u00a0]+(?:19|20)\d\d\b", after))
    if word not in _MONTH_ABBREVS:
        return False
    prev = _PREV_WORD.search(before)
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in _MONTH_PREPS and (
        _DAY_AFTER.match(after) or prev_word in _IN_MONTH and _NO_NAME_AFTER.match(after)
    ):
        return True  # "We leave on August 22", "we only moved in in August." (round thirty-one, from fresh37b)
    if _DAY_BEFORE.search(before) and re.match(r"\.?[ \t\u00a0]+\d{2,4}\b", after):
        return True
    if before[-1:] in "/-" and after[:1] == before[-1:] and re.search(r"\d{1,2}[/\-]$", before):
        return bool(re.match(r"[/\-]\d{2,4}\b", after))  # a server log's "18/Mar/2026:16:34:19", "03-Mar-2026"
    return bool(_WEEKDAY_BEFORE.search(before.lower())) and bool(_DAY_YEAR_AFTER.match(after))


def rule_month_in_date(ev: Evidence) -> bool:
    """A month written in a date is no first name ("2 Jan 2026")."""
    return len(ev.chunk) == 1 and month_in_date(ev.text, ev.start, ev.end)


# A separator line of a forwarded or quoted e-mail: "-------- Forwarded message --------", "-----Original Message-----".
_SEPARATOR_BEFORE = re.compile(r"(?:^|\n)[ \t>]*[-_=]{2,}[ \t]*(?:\w+[ \t]+){0,2}$")
_SEPARATOR_AFTER = re.compile(r"(?:[ \t]+\w+){0,2}[ \t]*[-_=]{2,}[ \t]*(?:\n|$)")


def rule_mail_separator(ev: Evidence) -> bool:
    """Words between the dashes of an e-mail's separator line are no names."""
    b = ev.before
    if "--" not in b and "__" not in b and "==" not in b:  # the line's dashes: a cheap test first (same bool)
        return False
    if not (_SEPARATOR_BEFORE.search(b) and _SEPARATOR_AFTER.match(ev.after)):
        return False
    return not _SEPARATOR_BY.search(b)  # "--- Vertaling door Kaiming Zhou ---": who made it (round sixteen)


# A word before the chunk on a separator line that makes it a person's: "--- Vertaling door X ---", "--- Bericht van X".
_SEPARATOR_BY = re.compile(r"(?i:\b(?:door|van|by|from|namens|vertaler|tolk))[ \t]+$")


def _no_body(ev: Evidence) -> bool:
    """No word of the chunk is a body, scheme, acronym or a brand written with an inner capital ("WhatsApp")."""
    return not any(
        t.text in GOV_TERMS
        or weak_org(t.text)
        or _org_like(t.text)
        or (t.text.isupper() and len(t.text) > 1)
        or any(c.isupper() for c in t.text[1:])
        for t in ev.name_toks
    )


def rule_messenger(ev: Evidence) -> bool:
    """The go-between of a message is a person: "heeft via Lieke laten weten dat", though "via" mostly opens a
    channel or body ("via het Wijkteam")."""
    return ev.prev_word == "via" and bool(_MESSAGE_AFTER.match(ev.after)) and _no_body(ev)


# A possessive pronoun and a noun after the chunk, as residents write "X's school": "Anaand haar school zegt", "Wojtek
# zijn fiets is weg" (round sixteen, from the blind corpus fresh22b).
_POSSESSIVE_AFTER = re.compile(r"[ \t]+(?:haar|zijn|z'n|z’n|d'r|d’r)[ \t]+[a-zà-ÿ]{3,}")


def rule_owner_before_possessive(ev: Evidence) -> bool:
    """A word that is no ordinary word or place before "haar"/"zijn" and a noun is the owner's name."""
    if not _POSSESSIVE_AFTER.match(ev.after):
        return False
    if any((w and not fn) or p for fn, _s, w, p in ev.infos):
        return False  # "Gemeente haar beleid", "Utrecht zijn ..." : an ordinary word or a place
    return _no_body(ev)


_CONTACT_TO = re.compile(
    r"(?i)\b(?:terug)?(?:bel(?:len|t|de)|mail(?:en|t|de)|app(?:en|t|te)|stuur|stuurt|stuurde|sturen|"
    r"(?:terug|door)?(?:gebeld|gemaild|geappt|gestuurd)|doorsturen|doorgestuurd|terugbellen|terugmailen)"
    r"[ \t]+naar[ \t]+$"
)


def rule_contact_to(ev: Evidence) -> bool:
    """Whom a call or message goes to is a person: "z.s.m. terugbellen naar Sem", "doorgestuurd naar Joy Kok";
    not a place, body or building ("bellen naar Utrecht", "doorgestuurd naar Burgerzaken")."""
    if ev.before.rstrip(" \t\n")[-4:].lower() != "naar":  # the pattern's last word, a cheap test first (same bool)
        return False
    if not _CONTACT_TO.search(ev.before[-40:]) or not _no_body(ev):
        return False
    first = ev.chunk[0].text
    if first not in FIRST_NAMES and (first.lower() in WORDS or ordinary_compound(first)):
        return False  # "doorgestuurd naar Nationale ombudsman", "naar Werkplein": an ordinary word or compound
    return first not in PLACES_FULL and not first.lower().endswith(ORG_SUFFIXES) and first.lower() not in ORG_WORDS


def rule_relation_in_brackets(ev: Evidence) -> bool:
    """A relation in brackets right after names a relative: "Kornelis (mevrouw Bos haar zoon) tolkt"."""
    return ev.after.lstrip()[:1] == "(" and bool(_RELATION_IN_BRACKETS.match(ev.after)) and _no_body(ev)


# Initials without dots right before the chunk: "cc ZGJ Bhattacharya", "via OJJ Ox" (the trimmed head of the chunk).
# "\Z", not "$": capitals before a line break are no initials of the name on the next line ("cc ZGJ ⏎Kermani")
_GLUED_INITIALS_BEFORE = re.compile(r"(?:^|[\s(,;:/])(?P<ini>[A-ZÀ-ÖØ-Þ]{2,3})[ \u00a0]\Z")


def _singles_before_last(ev: Evidence) -> int:
    """How many single capitals (initials without dots: "S H Kermani") stand before the chunk's last word; -1 if
    another word does."""
    singles = 0
    for t in ev.chunk[:-1]:
        if len(t.text) == 1 and t.text.isupper():
            singles += 1
        elif not t.particle:
            return -1
    return singles


# The legal form or kind of a club or firm written before its name: "SV Rapiditas", "VV Zwaluwen", "Bouw BV"
# (round seventeen). A name after them is the body's, not a person's.
BODY_FORMS = frozenset(
    "SV VV FC RKSV RKVV SC HC MHC KV CKV KC ZV ZPC TC LTC TTV TV AV GV BC HV VC JC IJC CV NV BV VOF".split()
)


_BODY_FORM_BEFORE = re.compile(r"(?:^|[\s(\[\"'])(?:" + "|".join(sorted(BODY_FORMS)) + r")[ \u00a0]\Z")


def rule_body_form_before(ev: Evidence) -> bool:
    """A name right after the kind or legal form of a club or firm is that body's: "derby tegen SV Rapiditas",
    "VV Zwaluwen", "Bouwbedrijf BV Kremers" (round seventeen)."""
    if ev.has_initials or not _BODY_FORM_BEFORE.search(ev.before[-8:]):
        return False
    # the capitals may be a person's initials ("SC McCormack", "FC Sultzai-Kraanvogel"): only a name no list holds,
    # of one plain word, is the body's
    fn, sn, _word, _place = ev.infos[-1]
    last = ev.name_toks[-1].text
    return len(ev.name_toks) == 1 and not (fn or sn) and "-" not in last and not last.startswith(("Mc", "Mac", "O'"))


def _glued_initials_before(ev: Evidence) -> bool:
    """Two or three capitals right before the chunk that are no acronym, word, postcode letters or heading."""
    m = _GLUED_INITIALS_BEFORE.search(ev.before[-6:])
    if not m or m.group("ini") in GOV_TERMS or m.group("ini") in BODY_FORMS or m.group("ini").lower() in STOPWORDS:
        return False
    if ev.before[: -len(m.group())].rstrip()[-1:].isdigit():
        return False  # the letters of a postcode ("6925 ET HEERENVEEN")
    line_start = ev.before.rfind("\n") + 1
    return not ev.before[line_start:].isupper()  # "VERSLAG HUISBEZOEK AI OEI": a heading in capitals


def rule_bare_initials(ev: Evidence) -> bool:
    """Initials written without dots before a surname: spaced single capitals ("via S H Kermani", "C F S Beitel") or
    two or three glued capitals ("cc ZGJ Bhattacharya"), no known acronym. The surname is no ordinary word, place or
    body ("KPN Mobiel", "TU Delft" stay)."""
    last = ev.name_toks[-1]
    if last.text.isupper() or not last.cap or any(len(t.text) > 1 for t in ev.name_toks[:-1]):
        return False
    fn, sn, word, place = ev.infos[-1]
    if (word and not sn) or (place and not sn) or weak_org(last.text) or last.text in GOV_TERMS:
        return False
    singles = _singles_before_last(ev)
    if singles >= 2:
        return True  # "S H Kermani": spaced capitals no acronym is written as
    return singles == 0 and len(ev.chunk) == 1 and _glued_initials_before(ev)


# also a code holding a figure: "Reservekenteken PB-240-F (Adeyemi)" (round twenty-seven, from fresh33d)
_CONTACT_BEFORE_BRACKET = re.compile(r"(?:\d|\d[\w-]*|@[\w.-]+\.[a-z]{2,})[ \t]*\($")


def rule_name_in_brackets_after_contact(ev: Evidence) -> bool:
    """A single name in brackets right after a phone number or e-mail address is its owner: "SMS van 06-... (Jeanny)".
    Words, places and bodies stay ("(mobiel)", "(Werk)", "(Utrecht)", "(KCC)")."""
    if not (ev.before.endswith("(") and ev.after.startswith(")") and len(ev.chunk) == 1):
        return False
    tok = ev.chunk[0].text
    fn, sn, word, place = ev.infos[0]
    return (
        bool(_CONTACT_BEFORE_BRACKET.search(ev.before))
        and not tok.isupper()
        and (fn or sn or not (word or place))
        and not (place and not fn)
        and not weak_org(tok)
        and tok not in GOV_TERMS
    )


# also two relations joined by a slash, the last one read: "Moeder/vader (Tsjalling)" (round nineteen)
_RELATION_BEFORE_BRACKET = re.compile(r"(?:^|[\s,;:(/])(?P<rel>[a-zà-ÿ]+)[ \t]*\($")


# The resident's roles in a case, named like a relative: "bewoner (Dimitrellis) voelt zich niet gehoord" (round eleven).
_CASE_ROLES = frozenset(
    (
        "bewoner bewoonster inwoner inwoonster verzoeker verzoekster aanvrager aanvraagster cliënt client melder "
        "klager klaagster indiener bezwaarmaker belanghebbende betrokkene huurder huurster"
    ).split()
)


def rule_name_in_brackets_after_relation(ev: Evidence) -> bool:
    """A name alone in brackets after a relation or a resident's role is that person: "dochter (Roos) was erbij",
    "bewoner (Dimitrellis) voelt zich ..."."""
    m = _RELATION_BEFORE_BRACKET.search(ev.before.lower()) if ev.before.endswith("(") else None
    if not m or not ev.after.startswith(")") or not _no_body(ev):
        return False
    rel = m.group("rel")
    return rel in RELATIONS or (rel in _CASE_ROLES and ev.surface not in PLACES_FULL)


def rule_asks_subject(ev: Evidence) -> bool:
    """A single word opening a sentence before a verb of asking or telling is its subject: "Kraai vraagt of",
    "Timmer geeft aan dat" (a noun would have an article)."""
    tok = ev.name_toks[0]
    if not (len(ev.name_toks) == 1 and tok.sent_start and _no_body(ev)):
        return False
    m = ASKS_AFTER.match(ev.after)
    if not m or tok.text.lower() in _NOT_SUBJECTS:
        return False
    # "Kees akkoord" names who agrees; "Helemaal akkoord", "Volledig akkoord" are adverbs and adjectives
    return "akkoord" not in m.group() or not (ev.pure_words[0] and _ADVERB_SHAPE.search(tok.text.lower()))


_NOT_SUBJECTS = frozenset("iedereen allen beiden partijen niemand alles prima".split())
_ADVERB_SHAPE = re.compile(r"(?:ig|lijk|baar|aal|ent|end|eel|ief|los|vol|zeker)$")


def rule_speech_before(ev: Evidence) -> bool:
    """A quote attribution ("aldus Hoogeveen") names the speaker, unless the word is an ordinary word or compound
    ("reageerde Klantcontactcentrum", "belde Omgevingsdienst": a body answers too)."""
    last = ev.name_toks[-1].text
    return (
        ev.prev_word in SPEECH_BEFORE
        and not _is_word(last)
        and not ordinary_compound(last)
        and not any(t.text in GOV_TERMS for t in ev.name_toks)  # "zegt Backoffice Wmo"
        and not _lower_compound_tail(last)  # "vraagt Wmo-maatwerkvoorziening aan"
    )


def _lower_compound_tail(word: str) -> bool:
    """A hyphenated word ending in a lower-case ordinary word is a compound noun, no name ("Wmo-maatwerkvoorziening",
    "Jeugdzorg-indicatie"); names join capitalised parts ("Halabawi-Rumrov")."""
    head, _, tail = word.rpartition("-")
    if not head or len(tail) < 4 or not tail.islower():
        return False
    return _is_word(tail) or ordinary_compound(tail) or head in GOV_TERMS or _is_word(head.lower())


def rule_apposition(ev: Evidence) -> bool:
    """A role in apposition ("Esra, de moeder van twee kinderen") describes a person; bodies and ordinary words
    that are no names are excluded."""
    return (
        bool(ROLE_AFTER.match(ev.after))
        and not any(weak_org(t.text) or t.text in GOV_TERMS for t in ev.name_toks)
        and not all(_is_word(t.text) and t.text not in FIRST_NAMES and t.text not in SURNAMES for t in ev.name_toks)
        and not (ev.place_prep and all(ev.places))  # "vluchteling uit Oekraïne, mijn vrouw ...": a place
        and not (all(ev.places) and _body_before(ev))  # "Burgerzaken Roermond, contactpersoon ...": the body's town
    )


_LAST_WORD = re.compile(r"([^\W\d_][\w\-]*)[ \t]+$")


def _body_before(ev: Evidence) -> bool:
    """The word right before the chunk names a body or a department (round thirty-four, from holdout33)."""
    m = _LAST_WORD.search(ev.before[-40:])
    return bool(m) and (m.group(1) in GOV_TERMS or _org_like(m.group(1)))


_AMOUNT_OR_NUMBER_AFTER = re.compile(r":[ \t]*(?:€|eur\b|\d)", re.I)


def rule_bold_key(ev: Evidence) -> bool:
    """An ordinary word in bold before a colon is a key of a write-up, though it is also a surname: "**Noot:**",
    "**Uitkomst:**". A speaker in bold whose name is no word ("**Jan:** ...") is left to the other rules."""
    return (
        len(ev.chunk) == 1
        and ev.before.endswith(("**", "__"))
        and ev.after.startswith((":**", ":__", "**:", "__:"))
        and _is_word(ev.name_toks[0].text)
    )


def rule_dialogue(ev: Evidence) -> bool:
    """A listed name opening a line before a colon is a speaker: "Jan: ik heb gebeld"."""
    return (
        ev.after.startswith(":")
        and not _AMOUNT_OR_NUMBER_AFTER.match(ev.after)  # "Kosten: € 250": a field, no speaker
        and ev.chunk[0].sent_start
        and all(t.text in FIRST_NAMES or t.text in SURNAMES for t in ev.name_toks)
        # "| Taal: Oekraïens": an ordinary word keying a field of a row is no speaker (round nineteen)
        and not (ev.before.rstrip(" \t")[-1:] in ("|", ";") and all(_is_word(t.text) for t in ev.name_toks))
        # "Taal: Farsi" between "Datum: ..." lines: a field among fields keyed by ordinary words (round twenty-two)
        and not (all(_is_word(t.text) for t in ev.name_toks) and _beside_word_keys(ev.text, ev.start))
        # "Kosten:⏎- bloembakken": an ordinary word heading a list (round thirty-four, from fresh40c)
        and not (_LIST_UNDER.match(ev.after) and all(_is_word(t.text) for t in ev.name_toks))
    )


_LIST_UNDER = re.compile(r":[ \t]*\r?\n[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]")


# what a speaker says after the colon: a quote or a clause in the first or second person ("Orikaye: 'ik ga nergens
# heen'", "Dravenko: ja, dat klopt"); a field's value is a thing, a number or a name
_SPEECH_AFTER_COLON = re.compile(
    r":[ \t]*['\"‘“]?[ \t]*(?i:ik|we|wij|je|jij|u|mijn|ons|onze|nee|ja|jawel|oké|ok|dat|dit|daar|hier|maar|sorry)\b"
)


def rule_unknown_speaker(ev: Evidence) -> bool:
    """A word no list holds, alone at a line's start before a colon and speech, is its speaker (round thirty-three,
    the round's probe)."""
    if len(ev.name_toks) != 1 or not ev.unknown[0] or not ev.chunk[0].sent_start:
        return False
    if _QUOTE_AFTER_COLON.match(ev.after):
        return True  # "... als tuin.' Sarmodikromo: 'Zonder die verklaring ...'": a quotation follows the speaker
    return bool(_SPEECH_AFTER_COLON.match(ev.after)) and ev.before.rstrip(" \t")[-1:] in ("", "\n")


_QUOTE_AFTER_COLON = re.compile(r":[ \t]*['\"‘“][A-ZÀ-Þ]")


_KEY_LINE = re.compile(r"[ \t]*(?P<k>[^\W\d_][\w\-]{1,24})[ \t]*:(?:[ \t]|$)")


def _beside_word_keys(text: str, s: int) -> bool:
    """The line above or below the one at ``s`` opens with an ordinary word (no name) and a colon: a list of fields."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    starts = [text.rfind("\n", 0, ls - 1) + 1] if ls > 0 else []
    starts += [le + 1] if le != -1 else []
    keys = [m["k"].capitalize() for m in (_KEY_LINE.match(text, p) for p in starts) if m]
    return any(_is_word(k) and k not in FIRST_NAMES and k not in SURNAMES for k in keys)


# The verb and then its subject pronoun: the word before is an adverb ("Letterlijk schreef hij:"), round twelve.
_SPEECH_THEN_PRONOUN = re.compile(r"^,?\s*\w+\s+(?:hij|zij|ze|ik|we|wij|u|je|jij|men)\b")


# Pronouns that open a sentence before a verb of speaking: "Niemand belde mij terug" (round twelve).
_PRONOUN_SUBJECTS = frozenset(
    "niemand iemand iedereen allen alles niets men elk ieder wie die dat dit zij hij ze we wij ik jij je u het er "
    "zelf velen sommigen enkelen anderen beiden".split()
)


# Papers and systems that "say" something: "Paspoort zegt Bahram, de IND schrijft Behram" (round twenty-one).
_SAYING_THINGS = frozenset(
    "paspoort brief formulier contract huurcontract besluit beschikking systeem computer website app site wet "
    "regel regeling rapport verslag dossier uittreksel verklaring aanvraag factuur kaart pas".split()
)


def rule_speech_subject(ev: Evidence) -> bool:
    """A single word opening a sentence with a verb of speaking after it is its speaker: "Schaap belde"."""
    tok = ev.name_toks[0]
    return (
        len(ev.name_toks) == 1
        and tok.sent_start
        and bool(SPEECH_AFTER.match(ev.after))
        and not _SPEECH_THEN_PRONOUN.match(ev.after)
        and tok.text.lower() not in _PRONOUN_SUBJECTS
        and not weak_org(tok.text)
        and tok.text not in GOV_TERMS
        and not ev.has_initials
        and tok.text.lower() not in _SAYING_THINGS
    )


def rule_known_place(ev: Evidence) -> bool:
    """A listed place name is no person."""
    return ev.surface in PLACES_FULL


def rule_initials_and_particles(ev: Evidence) -> bool:
    """Initials, particles and a word: "S.R.M. in 't Veld"."""
    c = ev.chunk
    return ev.has_initials and any(t.particle for t in c[1:]) and not c[-1].initial and c[0].initial


def rule_initials_and_name(ev: Evidence) -> bool:
    """Initials before a listed or unknown word, or mid-sentence before any word: "J. Kuiper", "A.B. Storm"."""
    if not (ev.has_initials and not ev.chunk[-1].initial):
        return False
    fn, sn, word, _place = _name_info(ev.name_toks[-1].text)
    return sn or fn or not word or (ev.chunk[0].initial and not ev.chunk[0].sent_start)


def rule_acronym(ev: Evidence) -> bool:
    """A word in capitals without a cue is an acronym ("UWV", "GGD"), not a name; the key of a number that closes a
    name ("gaf Marieke Molsveld BSN 577702695 op") is cut off before the judge (``persons``)."""
    if _initials_then_surname(ev):
        return False
    return any(t.text.isupper() and len(t.text) > 1 for t in ev.name_toks)


# two capitals that spell no body, code or scheme
_TWO_CAP_CODES = frozenset(
    "NL EN BE DE FR UK US EU ES IT PL TR AR NB PS CC OK PM AM VS ID WA AH NS TU VU HU UT UU RU EUR OV TV PC AI HR WW "
    "WO OM NN GL SP CU".split()
)


def _initials_then_surname(ev: Evidence) -> bool:
    """Two capitals before one unknown word of five letters or more, mid-sentence, are initials and a surname:
    "steunbrief van TA Vardanyan", "- WJ Vergoosters, nr. 8" (round twenty-eight, from holdout27); not a code
    ("AH Zaandam" names a place, "NS Reizigers" a word)."""
    nt = ev.name_toks
    if len(nt) != 2 or len(nt[0].text) != 2 or not nt[0].text.isupper() or nt[0].text in _TWO_CAP_CODES:
        return False
    if nt[0].text in GOV_TERMS or nt[0].sent_start and not ev.before.rstrip(" \t").endswith(("-", "•", "*")):
        return False
    last = nt[1].text
    return ev.unknown[1] and len(last) >= 5 and last[1:].islower() and not _org_like(last)


_CAP_WORD_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w\-]+)[ \u00a0]$")


_TITLE_WORD_LINE = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-ÖØ-Þ][\w\-]{3,}[ \t]$")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")
# A line that opens with a bracket, or ends in one or a comma: "[Vertaling Milsiislava Dimitova, tolknummer 99601]"
# (round twenty-six, from holdout25).
_BRACKET_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*[\[(][ \t]*\Z")
_TITLE_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$|[,\])])")


def _opens_line(before: str) -> bool:
    """The text before a chunk is a line start, or a line start and an opening bracket."""
    return before.rstrip(" \t")[-1:] in ("", "\n") or bool(_BRACKET_OPENS_LINE.search(before))


def _title_offset(ev: Evidence) -> int:
    """1 when the chunk itself opens a line with a title word before two or more words, 0 when a title word alone
    stands before the chunk on its line, -1 otherwise."""
    if _TITLE_WORD_LINE.search(ev.before):
        return 0
    first = ev.name_toks[0]
    if len(ev.name_toks) < 3 or ev.chunk[0] is not first or not _opens_line(ev.before):
        return -1
    fn, sn, word, place = ev.infos[0]
    return 1 if (word or weak_org(first.text)) and not (fn or sn or place) and len(first.text) > 3 else -1


def _double_first_name(word: str) -> bool:
    """A first name of two listed first names joined by a hyphen ("Hans-Peter", "Job-Arend"), though each part may
    also be a word."""
    parts = word.split("-")
    return len(parts) == 2 and all(len(p) >= 2 and p in FIRST_NAMES for p in parts)


def rule_name_after_title_word(ev: Evidence) -> bool:
    """A first name and a surname ending a line after one title word ("Adreswijziging Farid Ahmadzai",
    "Klachtformulier Noor Bakker") name the person the document is about; the title is no name and no body.
    The first name is listed (not an ordinary word) or unknown; no word is a place or a body."""
    if len(ev.name_toks) < 2 or not _TITLE_LINE_END.match(ev.after):
        return False
    off = _title_offset(ev)
    if off < 0 or len(ev.name_toks) - off < 2:
        return False
    infos, toks = ev.infos[off:], ev.name_toks[off:]
    fn0, _sn0, w0, _p0 = infos[0]
    return (
        ((fn0 and not w0) or ev.unknown[off] or _double_first_name(toks[0].text))
        and not any(p for _f, _s, _w, p in infos)
        and not any(weak_org(t.text) or t.text in GOV_TERMS for t in toks)
    )


def _adjective_and_noun(toks: list[Tok]) -> bool:
    """Two ordinary words, the first an inflected adjective on no name list, name a department: "Ruimtelijke
    Ordening", "Sociale Zaken", "Openbare Ruimte" (a surname after "van" is one word or has particles)."""
    if len(toks) != 2:
        return False
    a, b = (_name_info(t.text) for t in toks)
    return toks[0].text.endswith("e") and a[2] and not (a[0] or a[1]) and b[2] and not (b[0] or b[3])


def _long_plain_word(word: str) -> bool:
    """A long ordinary word or compound on no name or place list ("Jeugdhulp", "Schuldhulpverlening")."""
    if len(word) < 8:
        return False
    fn, sn, plain, place = _name_info(word)
    return not (fn or sn or place) and (plain or ordinary_compound(word))


def _name_before_body_van(ev: Evidence) -> int:
    """The index in the chunk of a lower-case "van" after which a body follows and before which a name stands
    ("Feven van Backoffice Wmo", "Trijntje van Lier van Team Zorg"), or -1."""
    chunk = ev.chunk
    for i in range(len(chunk) - 2, 0, -1):
        if chunk[i].text != "van":
            continue
        after = [t for t in chunk[i + 1 :] if not t.particle]
        before = [t for t in chunk[:i] if not t.particle and not t.initial]
        if (
            not after
            or not before
            or not (
                any(
                    t.text in GOV_TERMS
                    or (
                        (
                            t.text.lower() in ORG_WORDS
                            or _org_compound(t.text)
                            or weak_org(t.text)
                            or (len(after) == 1 and _long_plain_word(t.text))  # "van Jeugdhulp"
                        )
                        and not _name_info(t.text)[1]  # "Annelies van Wijk": a surname, no body
                    )
                    for t in after
                )
                or _adjective_and_noun(after)
            )
        ):
            continue
        infos = [_name_info(t.text) for t in before]
        fn0, sn0, w0, p0 = infos[0]
        first_ok = (fn0 and (not w0 or len(infos) > 1)) or not (fn0 or sn0 or w0 or p0)  # "Trijntje van Lier"
        first_ok = first_ok or (sn0 and not w0 and len(infos) == 1 and ev.strong_before)  # "mijnheer Wiersstra van"
        # later words listed names, or words on no list at all ("Yuting Zhao van Ruimtelijke Ordening")
        rest_ok = all(((sn or fn) or not (w or sn or fn)) and not p for fn, sn, w, p in infos[1:]) or (
            first_ok and not w0 and len(infos) == 2 and not infos[1][3]  # "Yusra Trots van ...": a word-surname
        )
        bodies = any(t.text in GOV_TERMS or weak_org(t.text) for t in before)
        return i if first_ok and rest_ok and not bodies and not p0 else -1
    return -1


def rule_name_van_body(ev: Evidence) -> bool:
    """A name before "van" and a department or body names an official of it: "ik heb Feven van Backoffice Wmo
    gesproken", "Hüseyin Demir van Backoffice Wmo zei" (the body after "van" is kept)."""
    c = ev.chunk
    if ev.article and ev.name_toks[0].text.isupper():
        return False  # "de ISK van het Stedelijk College": an article before an acronym names a thing (round 19)
    if len(c) == 3 and c[1].text == "van" and c[0].text in FIRST_NAMES and c[2].text in PLACES_FULL:
        return False  # "Jeroen van Rijswijk": a surname of the "van <place>" kind, not an official of the town
    if any(
        t.text == "van" and c[i + 1].text in ("'t", "’t") and i + 2 < len(c) and not _is_word(c[i + 2].text)
        for i, t in enumerate(c[:-1])
    ):
        return False  # "Roel van 't Hulsbeek": "van 't" opens a surname, no body's name (round twenty-four)
    return any(t.text == "van" for t in c[1:-1]) and _name_before_body_van(ev) > 0


def rule_organisation_before(ev: Evidence) -> bool:
    """After an organisation word ("stichting", "afdeling", a capitalised compound such as "Woonstichting") the
    words name the organisation."""
    if org_before(ev.before):
        if ev.prev_word in AREA_WORDS and (_first_name_and_more(ev) or _name_then_role(ev)):
            return False  # "namens de gemeente Pieter Bos": no municipality is called that (round eleven)
        # "via WhatsApp", "via Woongoed Middenland" name the channel; "via Natasja Wolf" names a person
        return not (ev.before.rstrip().lower().endswith("via") and _via_person(ev))
    m = _CAP_WORD_BEFORE.search(ev.before)
    if not (m and not ev.strong_before and _org_compound(m.group(1)) and m.group(1).lower() not in CUE_WORDS):
        return False
    if (
        m.group(1).lower() in HEADING_NOUNS
        and len(ev.name_toks) <= 3
        and (_TITLE_LINE_END.match(ev.after) or ev.after[:1] == ":")
        and _opens_line(ev.before[: m.start()])
    ):  # "Reflectie Hamet", "[Vertaling Haoming Gao, tolk ...]", "Toelichting L Oosterders: ...": a title and whom it
        return False  # is about or who wrote it, though it ends like "Directie"
    # "de Bibliotheekpas van Ky Schwarzenbach": two or more words of no dictionary after "van" name the card's owner
    heads = [t.text for t in ev.chunk if not t.particle]
    owner = (
        len(heads) >= 2 and not all(_is_word(h) for h in heads) and (heads[0] in FIRST_NAMES or not _is_word(heads[0]))
    )  # "van Mia Ayoğlu": a listed first name and a surname of no dictionary
    return not (ev.chunk[0].text == "van" and owner)


def _name_then_role(ev: Evidence) -> bool:
    """Two name words, no listed place, then a role: "gemeente Kostas Karaidis (Wmo-consulent)" (round 33, fresh39b)."""
    return len(ev.name_toks) >= 2 and ev.surface not in PLACES_FULL and role_after(ev.after)


def _first_name_and_more(ev: Evidence) -> bool:
    """A listed first name and another name word, together no listed place: "Pieter Bos", not "Stede Broec"."""
    toks = ev.name_toks
    return len(toks) >= 2 and toks[0].text in FIRST_NAMES and ev.surface not in PLACES_FULL and not toks[0].initial


# The person model's probability from which an unknown word after "via" is taken for a name: channels and brands
# ("Teams", "Marktplaats", "Buurtzorg") score below 0.1, unknown first names 0.5-0.8.
_VIA_UNKNOWN_P = 0.5


def _via_person(ev: Evidence) -> bool:
    """After "via": a first name and a surname (either listed) name a person, not a channel or body; so does a listed
    first name alone that is no word ("doorgestuurd via Mustafa", not "via Teams")."""
    toks = [t.text for t in ev.chunk if not t.particle]
    if len(toks) == 1:
        if toks[0] in GOV_TERMS or _is_word(toks[0]):
            return False
        if toks[0] in FIRST_NAMES:
            return True
        # "Via Gülşen kreeg ik het nummer": a word nobody lists, no place or brand shape, that reads as a name
        return ev.unknown[0] and not weak_org(toks[0]) and chunk_prob(ev) >= _VIA_UNKNOWN_P
    return len(toks) >= 2 and (toks[0] in FIRST_NAMES or toks[-1] in SURNAMES) and not _org_compound(toks[0])


def _org_compound(word: str) -> bool:
    """A capitalised compound with an organisation ending ("Woonbedrijf", "Klachtenbureau", "Woonstichting"), not a
    listed name."""
    lo = word.lower()
    return (
        len(lo) > 7
        and lo.endswith(ORG_SUFFIXES)
        and _org_suffix_ok(lo)
        and org_head_ok(word)
        and word not in FIRST_NAMES
        and word not in SURNAMES
    )


def rule_email_name(ev: Evidence) -> bool:
    """A word that is also the name part of an e-mail address in the text is that person's name."""
    if not ev.email_tokens:
        return False
    squashed = "".join(t.text.lower() for t in ev.chunk if not t.initial)
    return any(t.text.lower() in ev.email_tokens for t in ev.name_toks) or squashed in ev.email_tokens


def rule_public_body(ev: Evidence) -> bool:
    """Schemes and public bodies ("Wmo", "Sociaal Wijkteam", "Albert Heijn") are no persons; the key of a number
    after a name ("Ruben Oudakker KvK 12345678") makes no body of it."""
    nt = ev.name_toks
    return all(t.text in GOV_TERMS for t in nt) or (
        len(nt) > 1 and ((nt[0].text in GOV_TERMS and not any(ev.lexical[1:])) or nt[-1].text in GOV_TERMS)
    )


_ENGLISH_WORD_RE = re.compile(r"[A-Za-z']+")


def _line_around(before: str, after: str) -> str:
    """The text of the same line within 120 characters on either side of a place."""
    return before[-120:].rsplit("\n", 1)[-1] + " " + after[:120].split("\n", 1)[0]


def english_around(before: str, after: str) -> bool:
    """The words around a place in the text, on its line, are English: within 120 characters on either side two
    distinct English markers ("the", "you", "please", ...), or three lower-case English words that are no Dutch
    words ("name", "live", "since")."""
    seen = set(_ENGLISH_WORD_RE.findall(_line_around(before, after)))
    if len({w.lower() for w in seen} & ENGLISH_MARKERS) >= 2:
        return True
    lower = [w for w in seen if w.islower()]
    english, only = english_all(), english_words()
    dutch_only = sum(1 for w in lower if (w in WORDS or w in STOPWORDS) and w not in english)
    return sum(1 for w in lower if w in english) >= 3 and any(w in only for w in lower) and dutch_only < 2


# Greetings and closings of English messages, never a name: "Regards, Iryna", "Cheers".
_ENGLISH_SALUTATIONS = frozenset("regards cheers thanks hello hi hey dear greetings sincerely yours".split())


def foreign_line(before: str, after: str) -> bool:
    """The line around a place is written in another language than Dutch: two distinct common words of Polish,
    Turkish, Spanish, Portuguese, French, German, Italian or Romanian that are no Dutch words (round twenty-one)."""
    return foreign_text(_line_around(before, after))


_GERMAN_DETERMINERS = frozenset(
    "das dem ein eine einen einem einer kein keine keinen mein meine meinen meinem sein seine seinen ihr ihre ihren "
    "unser unsere unseren".split()
)
# the words before a language's name: an interpreter, a translation, "in het"
_LANGUAGE_BEFORE = frozenset(("tolk", "tolken", "het", "vertaling", "vertaald", "taal", "moedertaal", "spreekt"))


def rule_foreign_words(ev: Evidence) -> bool:
    """Capitalised common words of a letter in another language are no names: "Proszę", "Merhaba", "Saludos",
    "Vielen Dank" (round twenty-one). A word that a name list holds counts only in such a line, never after a cue."""
    toks = ev.name_toks
    if ev.prev_word in _LANGUAGE_BEFORE and len(toks) == 1 and toks[0].text.lower() in LANGUAGE_NAMES:
        return True  # "tolk Kurmanci", "in het Papiamentu" (round twenty-five), not "mevrouw Dari", "Frans Smit"
    if ev.prev_word in _GERMAN_DETERMINERS and not ev.strong_before and foreign_line(ev.before, ev.after):
        return True  # "hat eine Parkgebühr bekommen": a German noun after its article (round thirty-one)
    if len(toks) == 1 and toks[0].text.lower() in PEOPLES and not ev.strong_before:
        return True  # "Sinti, Roma en woonwagenbewoners": peoples (round thirty-one)
    if not ev.strong_before and " ".join(t.text.lower() for t in toks) in FOREIGN_GREETINGS:
        return True  # "Guten Tag,": a greeting, whatever the line around it
    if ev.strong_before or not all(t.text.lower() in FOREIGN_WORDS for t in toks):
        return False
    if any(len(t.text) <= 3 for t in toks) or any(fn or sn for fn, sn, _w, _p in ev.infos):
        return foreign_line(ev.before, ev.after)  # "Guten Tag", but "Pan Wei", "Na Goliash" in a Dutch line
    return True


def rule_other_script_words(ev: Evidence) -> bool:
    """Capitalised words of Ukrainian, Russian, Bulgarian or Greek that are function words, greetings or form keys
    are no names: "Дякую", "Будь", "Прізвище", "Ευχαριστώ" (round twenty-one, from fresh27e)."""
    return all(t.text.lower() in OTHER_SCRIPT_WORDS for t in ev.name_toks)


def rule_named_after_course_word(ev: Evidence) -> bool:
    """After a course's, project's or list's word the words name that thing: "de cursus Klik & Tik", "Presentielijst
    Digisterker — Bibliotheek Tilburg" (round thirty-two, from holdout31); not a listed name ("de training Ahmed
    gaf", "Presentielijst Jansen") and not after a title or cue."""
    prev = ev.prev_word.lower()
    if not (prev in COURSE_KINDS or prev in LIST_KINDS) or ev.strong_before or ev.chunk[0].particle:
        return False  # but "het project van Dereje Kebedese": whose project
    return not any((t.text in FIRST_NAMES or t.text in SURNAMES) and t.text.lower() not in WORDS for t in ev.name_toks)


def rule_business_name(ev: Evidence) -> bool:
    """Two words or more headed by a venue's, course's or group's kind, or opened or closed by a shop's word, name
    that thing, not a person: "Poppodium De Kelder", "Cursus Klik en Tik", "Kimbap Corner" (round thirty-one, from
    fresh37c and fresh37e). A title or cue before keeps it a name, and so does a name among the other words: a shop
    is often named after its owner ("Nagelstudio Duc", "Imrans Snackbar", "Lunchroom Biniam")."""
    nt, c = ev.name_toks, ev.chunk
    if not ev.strong_before and any(two_words_glued(t.text) for t in nt):
        return True  # "BuurtApp Zuid", "WijkApp Oost": an app's name
    if c[0].text in ("De", "Het") and (ev.prev_word.lower() in NEWS_KINDS or ev.prev_word.lower() in NAMED_THING_KINDS):
        return not any(t.text in FIRST_NAMES for t in nt)  # "Wijkbericht De Akkers", "zwembad De Wetering"
    if len(nt) < 2:
        return False
    first = nt[0].text.lower()
    headed = thing_kind(first)
    if (ev.strong_before and (not headed or _person_only_cue(ev))) or not (  # "Beheerder Camping Duinrust" (r. 32)
        headed or any(t.text.lower() in BUSINESS_WORDS for t in (nt[0], nt[1], nt[-1]))
    ):
        return False
    rest = [t.text for t in (nt[1:] if headed else nt) if not t.particle and t.text.lower() not in BUSINESS_WORDS]
    k = next((i for i, t in enumerate(c) if t is nt[0]), -1)
    if headed and 0 <= k < len(c) - 2 and c[k + 1].text in ("De", "Het", "'t", "’t"):
        return True  # "Sporthal De Dreef", "Wijkcentrum Het Anker": a kind, then a name with its article
    if first in COURSE_KINDS:
        return not any(w in FIRST_NAMES and w.lower() not in WORDS for w in rest)  # "Cursus Digisterker"
    return not any(_name_or_unknown(w) and not (headed and _two_plain_words(w)) for w in rest)


def _two_plain_words(w: str) -> bool:
    """An unlisted word glued of two Dutch words of three letters or more: "Duinrust", "Zeezicht"; after a venue's
    kind it names the place ("Camping Duinrust", "Hotel Zeezicht"; round thirty-two, from fresh38b)."""
    lo = w.lower()
    if w in SURNAMES or w in FIRST_NAMES or not lo.isalpha():
        return False
    return split_compound(lo, tail=3)


# the last part of a compound naming a room, a hall or a place where people meet: "Buurtkamer De Linde",
# "Wijkzaal Het Anker" (round thirty-two, from holdout31); not "huis", the end of many surnames ("Steenhuis")
_THING_TAILS = ("kamer", "zaal", "centrum", "tuin", "kerk", "school", "bibliotheek", "winkel", "werkplaats", "kantine")
# and ensembles: "Kinderkoor Zingzang", "Jeugdstrijkorkest Allegro", "Slagwerkgroep Tromgeroffel" (round 33, fresh39c)
_THING_TAILS += ("koor", "orkest", "ensemble", "kwartet", "groep", "band")


def thing_kind(lo: str) -> bool:
    """A lower-case word that names a kind of venue, course or group: listed, or a compound of a word and a room's
    or a meeting place's word."""
    if lo in NAMED_THING_KINDS:
        return True
    return any(lo.endswith(t) and len(lo) - len(t) >= 3 and lo[: -len(t)] in WORDS for t in _THING_TAILS)


_GENITIVE = re.compile(r"(?:['’]s|['’]|s)\Z")


def _name_or_unknown(w: str) -> bool:
    """A listed name, also in the genitive ("Samira's"), or no word of a language nor a place."""
    stem = _GENITIVE.sub("", w)
    return w in FIRST_NAMES or w in SURNAMES or stem in FIRST_NAMES or stem in SURNAMES or not _plain_or_place(w)


def _plain_or_place(w: str) -> bool:
    lo = w.lower()
    return lo in WORDS or lo in english_all() or w in PLACES_FULL


_EVENT_ENDS = (*EVENT_ENDINGS, "avond", "markt", "café", "cafe")
_FOREIGN_MONTH_PREPS = frozenset("seit im ab bis anfang ende depuis desde od do od".split())
_PERIOD_WORDS = frozenset(("Week", "Dag", "Nacht", "Maand", "Jaar"))
_WEEKDAYS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())


def rule_event_name(ev: Evidence) -> bool:
    """A word of eight letters or more ending as an event does names the event, not a person: "Burendag", "Nationale
    Opschoondag", "Zomerfestival Parkpop", "Taalcafé" (round thirty-one, from fresh37e); weekdays and listed names
    ("Zondag", a surname) stay for the other rules."""
    nt = ev.name_toks
    c = ev.chunk
    if len(c) >= 3 and c[0].text in _PERIOD_WORDS and c[1].particle and _is_word(c[-1].text) and not ev.strong_before:
        return c[-1].text not in FIRST_NAMES  # "Week van het Geld", "Dag van de Buurt", "Nacht van de Vluchteling"
    honorific = ev.prev_word.rstrip(".").lower() in HONORIFICS or ev.prev_word.lower() in HONORIFIC_WORDS
    if ev.strong_before and (honorific or len(nt) > 2 or any(t.text in FIRST_NAMES for t in nt)):
        return False  # "vrijwilliger Nationale Opschoondag" is the event's volunteer; "mevrouw Anna Burendag" not
    for t in nt:
        lo = t.text.lower()
        if len(lo) >= 8 and lo.endswith(_EVENT_ENDS) and lo not in _WEEKDAYS:
            if t.text not in SURNAMES and t.text not in FIRST_NAMES:
                return True
    return False


def rule_english_words(ev: Evidence) -> bool:
    """In an English sentence, capitalised words that are all English words and on no name list are no name: "Dear
    Sir", "Kind regards", "Monday", "Municipality" (round twenty-one). A title or cue before keeps it a name."""
    if len(ev.name_toks) == 1 and ev.name_toks[0].text.lower() in _ENGLISH_SALUTATIONS:
        return True
    if ev.strong_before or any(
        (fn or sn) and t.text.lower() not in ENGLISH_LISTED_WORDS
        for t, (fn, sn, _w, _p) in zip(ev.name_toks, ev.infos, strict=False)
    ):
        return False
    words = english_words()
    if not all(t.text.lower() in words or t.text.lower() in WORDS for t in ev.name_toks):
        return False
    low = [t.text.lower() for t in ev.name_toks]
    if len(low) >= 2 and all(len(w) >= 4 and w in english_all() for w in low) and any(w not in WORDS for w in low):
        return True  # "Consular Affairs", "Social Security": English words only, on a line of their own too (round 24)
    return not all(t.text.lower() in WORDS for t in ev.name_toks) and english_around(ev.before, ev.after)


# "Het" in capitals inside a sentence, after a word that is no particle ("buurttuin Het Groene Hart"); not the
# lower-case pronoun ("was het Kwaku Agyori", "vraag het Rêzan maar") nor a particle ("Van het Haverhuis")
_HET_BEFORE = re.compile(r"(?<![Vv]an)(?<![Vv]an[ ])[^\s.!?:][ \t]+Het[ \t]+\Z")
_ACRONYM_DE_BEFORE = re.compile(r"(?<![\w.])[A-Z]{3,6}[ \t]+(?:De|Het|'t)[ \t]+\Z")
_ENGLISH_LINK_BEFORE = re.compile(r"(?<![\w])[A-Z][a-z]+[ \t]+(?:to|of|the|for|and|in|on)[ \t]+\Z")


def rule_named_thing_after_het(ev: Evidence) -> bool:
    """A capitalised name right after the article "het" names a thing, never a person: "buurttuin Het Groene Hart",
    "in het Groene Hart" (round twenty-eight, from fresh34e); a club or a school after its acronym and "De" likewise
    ("ATV De Zonnebloem", "CBS De Regenboog"), when the name is an ordinary word; and an English title's word after
    its link word ("de Right to Challenge")."""
    if _HET_BEFORE.search(ev.before[-12:]) and not ev.strong_before:
        return True
    if ev.chunk[0].particle and ev.chunk[0].text in ("De", "Het") and len(ev.name_toks) == 1:
        prefix = ev.before[-8:] + ev.chunk[0].text + " "
        if _ACRONYM_DE_BEFORE.search(prefix) and _is_word(ev.name_toks[0].text) and ev.infos[0][2]:
            return not ev.infos[0][0]
    if len(ev.name_toks) == 1 and _ENGLISH_LINK_BEFORE.search(ev.before[-30:]):
        return ev.name_toks[0].text.lower() in english_words() and not (ev.infos[0][0] or ev.infos[0][1])
    return False


_DEPARTMENT_PAIR_BEFORE = re.compile(
    r"(?i:\b(?:team|afdeling|sector|cluster|domein|unit|dienst|directie|bureau))[ \t]+[A-ZÀ-Þ][a-zà-ÿ]+[ \t]+en[ \t]+$"
)


def rule_second_word_of_department(ev: Evidence) -> bool:
    """An ordinary word after "<department word> <Word> en" ends a department's name: "team Riolering en Water",
    "afdeling Werk en Inkomen" (round twenty-six, from fresh32c)."""
    if len(ev.name_toks) != 1:
        return False
    first_name, _surname, word, _place = ev.infos[0]
    if not word or first_name or not _DEPARTMENT_PAIR_BEFORE.search(ev.before[-60:]):
        return False
    return bool(_LINE_END.match(ev.after)) or ev.after[:1] in (".", ",", ";", ":", ")")  # "en Storm vonden": a person


def rule_named_by_slot(ev: Evidence) -> bool:
    """Words written in lower case that the case view capitalised because they stand where a person stands (see
    ``Evidence.slotted``) name that person."""
    return ev.slotted


COMMON_RULES: tuple[tuple[Rule, str | None], ...] = (
    (rule_famous_name, None),
    (rule_company_form_inside, None),
    (rule_word_then_label, None),
    (rule_house_after_het, None),
    (rule_name_before_facility_noun, None),
    (rule_word_with_place_link, None),
    (rule_second_word_of_department, None),
    (rule_after_postcode, None),
    (rule_after_abroad_postcode, None),
    (rule_english_words, None),
    (rule_named_after_course_word, None),
    (rule_business_name, None),
    (rule_event_name, None),
    (rule_other_script_words, None),
    (rule_foreign_words, None),
    (rule_named_by_slot, "context"),
    (rule_role_of_body, None),
    (rule_name_in_brackets_before_colon, "strong"),
    (rule_body_on_whose_behalf, None),
    (rule_place_name_tail, None),
    (rule_named_structure, None),
    (rule_area_named, None),
    (rule_key_before_number, None),
    (rule_nickname, "strong"),
    (rule_inner_a_name, "context"),
    (rule_name_of_team, "context"),
    (rule_month_as_name, "context"),
    (rule_holiday, None),
    (rule_named_thing_after_het, None),
    (rule_words_in_title_line, None),
    (rule_words_in_quoted_title, None),
    (rule_event_named_by_time, None),
    (rule_group_greeted, None),
    (rule_bold_key, None),
    (rule_month_in_date, None),
    (rule_mail_separator, None),
    (rule_messenger, "context"),
    (rule_owner_before_possessive, "context"),
    (rule_contact_to, "context"),
    (rule_relation_in_brackets, "strong"),
    (rule_name_in_brackets_after_relation, "strong"),
    (rule_name_in_brackets_after_contact, "strong"),
    (rule_bare_initials, "initials"),
    (rule_body_form_before, None),
    (rule_vehicle, None),
    (rule_make_field, None),
    (rule_name_after_title_word, "titled"),
    (rule_name_van_body, "van-body"),
    (rule_name_after_department, "title-surname"),
    (rule_person_after_body, "after-body"),
    (rule_person_before_body, "before-body"),
    (rule_body, None),
    (rule_header_cell, None),
    (rule_body_then_its_person, None),
    (rule_person_after_body_colon, "strong"),
    (rule_name_before_case_bracket, "strong"),
    (rule_glued_school, None),
    (rule_named_after_person, None),
    (rule_department_after_cue, None),
    (rule_chat_initials, "initials"),
    (rule_initials_before_person_verb, "initials"),
    (rule_acronym_before_cue, None),
    (rule_checklist_item, None),
    (rule_name_under_device_line, "context"),
    (rule_town_of_council, None),
    (rule_site_name, None),
    (rule_interjection, None),
    (rule_named_building, None),
    (rule_facility_named, None),
    (rule_facility_before, None),
    (rule_title_of_thing, None),
    (rule_adjective_title, None),
    (rule_organisation_in_org_role, None),
    (rule_closing_abbreviation, "title-surname"),
    (rule_postscript, None),
    (rule_sentence_after_action_field, None),
    (rule_body_at_place, None),
    (rule_words_before_title, None),
    (rule_count_after_plural, None),
    (rule_party, None),
    (rule_contact_verb, None),
    (rule_cue, "strong"),
    (rule_thing_after_colour, None),
    (rule_role_bracket_age, "strong"),
    (rule_case_named_after, "context"),
    (rule_numbered_thing, None),
    (rule_org_in_brackets, "strong"),
    (rule_speech_before, "speech"),
    (rule_speaker_ends_sentence, "speech"),
    (rule_name_after_role_colon, "strong"),
    (rule_byline, "strong"),
    (rule_name_before_own_email, "strong"),
    (rule_self_in_brackets, "strong"),
    (rule_word_before_van_body, "context"),
    (rule_name_above_function, "strong"),
    (rule_post_author, "strong"),
    (rule_genitive_before_possession, "genitive"),
    (rule_story_heading, "context"),
    (rule_apposition_after_role, "apposition"),
    (rule_name_here, "speech"),
    (rule_name_after_closing_line, "strong"),
    (rule_signature_word, "strong"),
    (rule_name_beside_self, "context"),
    (rule_apposition, "apposition"),
    (rule_dialogue, "dialogue"),
    (rule_unknown_speaker, "dialogue"),
    (rule_speech_subject, "speech"),
    (rule_asks_subject, "speech"),
    (rule_capital_particle_subject, "speech"),
    (rule_known_place, None),
    (rule_place_adjective, None),
    (rule_employer, None),
    (rule_body_beside_body, None),
    (rule_initials_and_particles, "initials"),
    (rule_initials_and_name, "initials"),
    (rule_acronym, None),
    (rule_organisation_before, None),
    (rule_email_name, "email"),
    (rule_public_body, None),
)

# ---------------------------------------------------------------- two or more name words


_POINTED_AFTER = re.compile(r"[ \t]+(?:van[ \t]+(?:de|het|team|afdeling)\b|die[ \t]+(?:heeft|had|is|was|kwam)\b)")


def rule_article_before_words(ev: Evidence) -> bool:
    """An article before words on no name list names a thing: "De Nederlandse Schuldhulproute"."""
    if ev.conj_dat and len(ev.name_toks) >= 2 and all(t.text.istitle() for t in ev.name_toks):
        return False  # "dat Ed Schaap de aanvraag ...": "dat" opens a clause whose subject is a name
    if ev.prev_word in ("die", "deze") and all(ev.unknown) and _POINTED_AFTER.match(ev.after):
        return False  # "en dan die naza rimi van de wijkteam": "die" points at a person (round thirty-two)
    return ev.article and not any(ev.lexical) and not ev.role_van and not (ev.conj_dat and all(ev.unknown))


def rule_capital_particle_inside(ev: Evidence) -> bool:
    """A capitalised particle inside the chunk joins name parts: "Mei El Idrissi", "Jan De Vries"."""
    return any(t.cap and t.particle for t in ev.chunk[1:]) and not ev.first_is_initial_word


def rule_place_after_preposition(ev: Evidence) -> bool:
    """After a place preposition ("in", "uit"), places without a first name are places: "uit Den Bosch"."""
    return ev.place_prep and not any(fn for fn, _s, _w, _p in ev.infos) and (any(ev.places) or len(ev.infos) == 1)


def rule_listed_words(ev: Evidence) -> bool:
    """Listed name words and no ordinary word, not opening with a place: "Peter Lindeboom"."""
    return any(ev.lexical) and not any(ev.pure_words) and not ev.places[0]


def rule_first_name_first(ev: Evidence) -> bool:
    """A listed first name in front, no place in the middle: "Wendelien Hoogeveen"."""
    return ev.infos[0][0] and not ev.infos[0][3] and not any(ev.places[1:-1])


def rule_initial_then_name(ev: Evidence) -> bool:
    """A capital written as an initial without its full stop, then a listed first name or surname that is no word:
    "Kopie aan: ..., D Kebede, j. croes" (round thirty-one)."""
    nt = ev.name_toks
    if len(nt) != 2 or len(nt[0].text) != 1 or not nt[0].text.isupper():
        return False
    w = nt[1].text
    return (w in FIRST_NAMES or w in SURNAMES) and not _is_word(w) and not ev.places[1]


def rule_listed_name_mid_sentence(ev: Evidence) -> bool:
    """A listed word that is no ordinary word opens the chunk mid-sentence: "samen met Baran Hofstede"."""
    return (
        ev.namey[0]
        and not ev.first_is_initial_word
        and not ev.article
        and not ev.place_prep
        and not ev.any_weak_org(ev.name_toks[1:])
    )


def rule_surname_last(ev: Evidence) -> bool:
    """A listed surname last, not every other word an ordinary word, mid-sentence."""
    pw = ev.pure_words
    return ev.infos[-1][1] and not pw[-1] and sum(pw) <= len(ev.infos) - 1 and not ev.first_is_initial_word


def rule_title_word_before_surname(ev: Evidence) -> bool:
    """A heading of one ordinary word and a surname ("Logboek Kaya", "Notities Op den Kamp") names the person the
    notes are about; the title word stays. Before a colon a remark's heading names its writer in up to three words
    ("Noot Lama Al-Rifeh: ...", round twenty-seven)."""
    first = ev.name_toks[0]
    n = len(ev.name_toks)
    colon = ev.after[:1] == ":" and _opens_line(ev.before)
    return (
        (n == 2 or (colon and n <= 4))
        and ev.chunk[0] is first
        and (
            colon
            or (_opens_line(ev.before) and bool(_TITLE_LINE_END.match(ev.after)))
            or (ev.before[-1:] in ("‘", "'", '"', "“") and ev.after[:1] in ("’", "'", '"', "”"))  # a quoted title
        )
        and first.text.lower().endswith(HEADING_NOUNS)
        and (ev.pure_words[0] or (colon and first.text.lower() in HEADING_NOUNS))  # "Noot" is a surname too
        and not all(ev.pure_words[1:])
        and not ev.any_weak_org(ev.name_toks[1:])
    )


def rule_foreign_word_before_name(ev: Evidence) -> bool:
    """A common word of another language opening the chunk, then a name: "Pracodawca Leisa Schwarzwig nie zapłacił"
    (Polish "the employer"; round twenty-six, from holdout25). The name after it is one no list calls a word."""
    toks = ev.name_toks
    if len(toks) < 3 or ev.chunk[0] is not toks[0] or toks[0].text.lower() not in FOREIGN_WORDS:
        return False
    if toks[0].text in FIRST_NAMES or toks[0].text in SURNAMES:
        return False
    rest = ev.infos[1:]
    return (
        all(t.text.lower() not in FOREIGN_WORDS for t in toks[1:])
        and not any(ev.pure_words[1:])
        and not any(p for _f, _s, _w, p in rest)
        and not any(weak_org(t.text) or t.text in GOV_TERMS for t in toks[1:])
    )


def _owner_name(ev: Evidence) -> bool:
    """The chunk's last word is a listed surname, or unknown and no two Dutch words glued ("Duinrust")."""
    last = ev.name_toks[-1].text
    if _is_word(last):
        return False  # "Werkgroep Groen en Spelen": a word, though also a surname
    return bool(ev.infos[-1][1]) or (ev.unknown[-1] and not _two_plain_words(last) and not ordinary_compound(last))


def rule_word_before_surname(ev: Evidence) -> bool:
    """One ordinary word before a listed surname: "Kees Meijer"; not a word before a place that some carry as a
    surname: "Tegelwippen Haarlem", "Regentonactie Veenendaal" (round thirty-two, from holdout31)."""
    pw = ev.pure_words
    nt = ev.name_toks
    if len(ev.chunk) == 3 and pw[0] and pw[1] and thing_kind(nt[1].text.lower()) and _owner_name(ev):
        return True  # "Beheerder Camping Yilmaz belde": a venue named after its owner (round thirty-three)
    if not (ev.infos[-1][1] and sum(pw) == 1 and pw[0]):
        return False
    return not (
        len(ev.chunk) == 2
        and nt[-1].text in PLACES_FULL
        and nt[0].text not in FIRST_NAMES
        and ordinary_compound(nt[0].text)
    )  # but "Bezwaar Vries", "Erven Haarlem", "O van der Veen": a word or initial before a surname


def rule_unknown_first(ev: Evidence) -> bool:
    """An unknown word first and only unknown, listed or place words after, with a verb after or mid-sentence:
    "Oksana Kovalenko"."""
    return (
        ev.unknown[0]
        and all(u or p or lx for u, p, lx in zip(ev.unknown, ev.places, ev.lexical, strict=True))
        and (ev.verb_after or not ev.first_is_initial_word)
    )


def rule_unknown_pair(ev: Evidence) -> bool:
    """Two words, the first unknown, no article, no body: "Soufian Schaap en haar zus"."""
    return ev.unknown[0] and len(ev.name_toks) == 2 and not ev.article and not ev.any_weak_org()


def rule_short_part_and_unknown(ev: Evidence) -> bool:
    """A short word (two or three letters) before unknown or listed names is a family or given name of an
    East Asian name, though a word list has it: "Vu Mai Anh", "Ngo Minh", "Mei Ling Leung". Not after an article
    or beside a body."""
    return (
        rule_short_name_part(ev.name_toks[0], ev.name_toks[1:])
        and any(u or n for u, n in zip(ev.unknown[1:], ev.namey[1:], strict=True))
        and not ev.article
        and not ev.any_weak_org()
    )


def rule_strong_particles_multi(ev: Evidence) -> bool:
    """Particles that only surnames have ("ter", "van der") before a word that is not merely ordinary."""
    return ev.strong_particles and not ev.pure_words[0]


def rule_inner_particles(ev: Evidence) -> bool:
    """Particles between the words ("Sietske van der Zwaan", "Jan de Vries"), mid-sentence, no body in front."""
    inner = ev.inner_particles
    last = ev.name_toks[-1].text
    if last.lower() in CUE_WORDS and last not in SURNAMES and ev.name_toks[0].text not in FIRST_NAMES:
        return False  # "Vragen van het Raadslid", "Brief van de Wethouder": a role after the particles is no surname
    return bool(inner) and inner != ["van"] and not ev.first_is_initial_word and not weak_org(ev.name_toks[0].text)


def rule_inner_particles_listed(ev: Evidence) -> bool:
    """Particles between the words after a listed or unknown first word that is no place."""
    inner = ev.inner_particles
    if not (inner and inner != ["van"] and (ev.lexical[0] or ev.unknown[0]) and not ev.places[0]):
        return False
    last = ev.name_toks[-1].text
    # "Lees de Aanmelding", "Volg de Opleiding": a verb, an article and an abstract noun (round twenty-four)
    return last in SURNAMES or not _abstract_noun(last, lambda w: w in WORDS)


def rule_unknown_last(ev: Evidence) -> bool:
    """An unknown last word mid-sentence, no article, no body: "naar Arend Wiśniewska"."""
    return (
        not ev.first_is_initial_word
        and not ev.article
        and ev.unknown[-1]
        and not weak_org(ev.name_toks[0].text)
        and not weak_org(ev.name_toks[-1].text)
    )


def rule_capitalised_words_after_weak_word(ev: Evidence) -> bool:
    """Capitalised ordinary words after "met", "door", "voor" mid-sentence are a name: "samen met Arend Sterk"."""
    return (
        not ev.first_is_initial_word
        and not ev.article
        and not ev.place_prep
        and all(ev.pure_words)
        and ev.prev_word in WEAK_WORDS
        and not ev.any_weak_org()
    )


_BUILDINGS = frozenset("kerk school raad huis museum toren molen brug poort station stadion hal zaal".split())
_SPEECH_BEFORE = frozenset(
    "zegt zei zeggen aldus vertelde vertelt schreef schrijft meldt meldde belde vroeg vraagt antwoordde sprak "
    "mailde appte reageerde".split()
)


def rule_word_names_in_person_position(ev: Evidence) -> bool:
    """Two or more capitalised words mid-sentence where a person stands are a name even when each is also an
    ordinary word: "zegt Bloem Stam", "het conflict met Vos Bloem", "dat Ed Schaap de aanvraag ..." (a body,
    scheme, place or acronym among them keeps them)."""
    if len(ev.name_toks) < 2 or ev.first_is_initial_word or (ev.article and not ev.conj_dat) or ev.place_prep:
        return False
    if not all(t.text[:1].isupper() and not t.text.isupper() for t in ev.name_toks):
        return False
    if ev.any_weak_org() or any(t.text in GOV_TERMS or _org_like(t.text) for t in ev.name_toks):
        return False
    if any(p and not (fn or sn) for fn, sn, _w, p in ev.infos):
        return False
    if ev.name_toks[-1].text.lower() in STREET_WORDS or ev.name_toks[-1].text.lower() in _BUILDINGS:
        return False  # "dat Grote Markt dicht is", "met Oude Kerk"
    return ev.prev_word in WEAK_WORDS or ev.prev_word in _SPEECH_BEFORE or ev.verb_after


def rule_unknown_among_capitals(ev: Evidence) -> bool:
    """Otherwise two or three capitalised words mid-sentence of which one is no word, name or place of any list, and
    none a place, body or scheme, name a person: "bijgestaan door Vishal Chanlal van ...", "van Rodel Hamer" (round
    eleven). A heading or a sentence start is no evidence; an article before makes a thing of it."""
    toks = ev.name_toks
    if not 2 <= len(toks) <= 3 or ev.first_is_initial_word or ev.article or ev.any_weak_org():
        return False
    if any(t.initial or t.text.isupper() or t.text in GOV_TERMS or t.text in PLACES_FULL for t in toks):
        return False
    return any(ev.unknown) and not any(ev.places)


def rule_word_before_place(ev: Evidence) -> bool:
    """An ordinary word that is no first name before a place that is no surname names a site: "Kamp Westerbork"
    (round twenty-nine, from the blind commemoration corpus fresh35b)."""
    if len(ev.chunk) != 2 or len(ev.name_toks) != 2:  # not "Aalt de Zandvoort": a particle makes a surname
        return False
    (fn0, _sn0, w0, _p0), (fn1, sn1, _w1, p1) = ev.infos
    return w0 and not fn0 and p1 and not sn1 and not fn1


MULTI_RULES: tuple[tuple[Rule, str | None], ...] = (
    (rule_article_before_words, None),
    (rule_word_before_place, None),
    (rule_capital_particle_inside, "particle"),
    (rule_place_after_preposition, None),
    (rule_listed_words, "lexical"),
    (rule_first_name_first, "lexical"),
    (rule_initial_then_name, "lexical"),
    (rule_listed_name_mid_sentence, "lexical"),
    (rule_surname_last, "lexical"),
    (rule_title_word_before_surname, "title-surname"),
    (rule_foreign_word_before_name, "title-surname"),
    (rule_word_before_surname, "lexical"),
    (rule_unknown_first, "context"),
    (rule_unknown_pair, "context"),
    (rule_short_part_and_unknown, "context"),
    (rule_strong_particles_multi, "particle"),
    (rule_inner_particles, "particle"),
    (rule_inner_particles_listed, "particle"),
    (rule_unknown_last, "context"),
    (rule_capitalised_words_after_weak_word, "proper-noun"),
    (rule_word_names_in_person_position, "context"),
    (rule_unknown_among_capitals, "context"),
)

# ---------------------------------------------------------------- one name word


def rule_subject_single(ev: Evidence) -> bool:
    """A bare word opening a sentence before its department or a person's predicate: "Schaap is het niet eens"."""
    tok = ev.name_toks[0]
    if tok.text.lower() in HEADING_NOUNS:  # "Overdracht van Hermes: de bak bevat ..." (round thirty-four)
        return False
    return tok.sent_start and len(ev.chunk) == 1 and rule_sentence_subject(ev.text, tok)


def rule_family(ev: Evidence) -> bool:
    """ "De Akkerman's hebben ...": a family named by its plural."""
    t = ev.name_toks[0].text
    return t.endswith(("'s", "’s")) and len(t) > 4 and (ev.article or ev.chunk[0].particle) and not weak_org(t[:-2])


def _lex(ev: Evidence) -> tuple[bool, bool, bool, bool]:
    return ev.infos[0]


_FIELD_OPEN = re.compile(r"(?:^|[|\t:;]|\n)[ \t]*$")
_FIELD_CLOSE = re.compile(r"[ \t]*(?:$|[|\t;,<(]|\r?\n)")


def rule_capital_particle_place(ev: Evidence) -> bool:
    """A place after a capitalised particle is a surname: "Weduwe Van der Meer", "brief van Van Wageningen",
    "| Van Weert |". "Van der"/"Van den" never open a phrase of places; a lone "Van" does only at the start of a
    sentence ("Van Amsterdam naar Utrecht"), so there it counts only as a whole field."""
    i = next((k for k, t in enumerate(ev.chunk) if not t.particle or t.cap), len(ev.chunk))
    parts = [t for t in ev.chunk[i:] if t.particle]  # "van Van Wageningen": the preposition before the name
    if not parts or not parts[0].cap or ev.chunk[i] is not parts[0] or not ev.places[-1]:
        return False
    if len(parts) >= 2:
        return True
    if parts[0].text not in ("Van", "Ver", "Ter", "Ten", "VAN"):
        return False
    if not parts[0].sent_start:
        return True
    return bool(_FIELD_OPEN.search(ev.before)) and bool(_FIELD_CLOSE.match(ev.after))


def rule_place_word(ev: Evidence) -> bool:
    """A place that is on no name list is a place."""
    fn, sn, _w, place = _lex(ev)
    return place and not (fn or sn)


def rule_listed_name_after_place_prep(ev: Evidence) -> bool:
    """A listed surname that is no word, after a place preposition, is a place ("in Emmen")."""
    return ev.namey[0] and ev.place_prep and not _lex(ev)[0]


_HET_END = re.compile(r"(?<![\w'’])het[ \t]+\Z")
_CAPITAL_PARTICLE_END = re.compile(r"(?<![\w'’])(?:Van|In|Op|Uit|Bij|Voor)[ \t]+\Z")


def rule_shaped_word_after_het(ev: Evidence) -> bool:
    """One word after the article "het" that only ends like a surname is a thing: "van het Taalhuis", "in het
    Wijkhuis" (round thirty, from the blind interpreters' corpus fresh36c); a listed surname stays one."""
    t = ev.chunk[0].text
    if len(ev.chunk) != 1 or t in SURNAMES or t in FIRST_NAMES:
        return False
    link = _HET_END.search(ev.before)
    if link is None or ev.strong_before or ev.asked_whom:
        return False  # "vraag het Rêzan maar": whom to ask
    lead = ev.before[: link.start()]  # not "Van het Haverhuis, Everten" nor "mevrouw van het Veldhuis"
    return not _CAPITAL_PARTICLE_END.search(lead) and not HONORIFIC_END.search(
        re.sub(r"\b(?:van|in)[ \t]+\Z", "", lead)
    )


def rule_listed_name(ev: Evidence) -> bool:
    """A listed name that is no ordinary word or place: a person."""
    return ev.namey[0]


def _listed(ev: Evidence) -> bool:
    fn, sn, _w, _p = _lex(ev)
    return fn or sn


def rule_listed_word_after_place_prep(ev: Evidence) -> bool:
    """A listed word that is also an ordinary word, after a place preposition, without surname particles."""
    return _listed(ev) and ev.place_prep and not ev.strong_particles


def rule_listed_word_after_article(ev: Evidence) -> bool:
    """ "de Bakker" without a surname listing after a lower-case article: the word."""
    return _listed(ev) and ev.chunk[0].particle and ev.chunk[0].text.lower() in ("de", "het") and not _lex(ev)[1]


def rule_listed_word_in_position(ev: Evidence) -> bool:
    """A listed word that is also an ordinary word, capitalised mid-sentence, before a verb or after particles."""
    return _listed(ev) and (ev.mid or ev.verb_after or ev.chunk[0].particle)


def rule_listed_word(ev: Evidence) -> bool:
    """Otherwise a listed word that is also an ordinary word opening a sentence is the word."""
    return _listed(ev)


_WEEKDAY_SHORT = frozenset(("Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo", "MA", "DI", "WO", "DO", "VR", "ZA", "ZO"))
_WEEKDAY_AFTER = re.compile(r"\.?(?::|,|[ \t]*\d|[ \t]+(?:ochtend|middag|avond|nacht)\b)")


def rule_weekday_short(ev: Evidence) -> bool:
    """A weekday written short before a date, a time or a colon opens a dated line: "Za: niets", "Vr 10/9 middag"
    (round seventeen, from the care diaries of fresh23c)."""
    return len(ev.chunk) == 1 and ev.chunk[0].text in _WEEKDAY_SHORT and bool(_WEEKDAY_AFTER.match(ev.after))


def rule_short(ev: Evidence) -> bool:
    """Two letters are too little to tell a name."""
    return len(ev.name_toks[0].text) < 3


_PERSON_AFTER = re.compile(
    r"[ \t]+(?:van[ \t]+(?:team[ \t]+|afdeling[ \t]+)?[A-ZÀ-ÖØ-Þ]"
    r"|(?:heeft|had|zegt|zei|weet|wist|belt|belde|vraagt|vroeg)\b)"
)


def _only_nationality_shape(word: str) -> bool:
    """The word is an organisation word only by the ending of a nationality ("Franse", "Sietse")."""
    lo = word.lower()
    return (
        bool(NATIONALITY_SHAPE.search(lo))
        and not CAMEL_CASE.match(word)
        and not (len(lo) > 5 and lo.endswith(ORG_SUFFIXES))
        and lo not in GOV_TERMS_LOWER
    )


_WHO_FROM_AFTER = re.compile(
    r"[ \t]+(?:(?:van|bij|uit)[ \t]+(?:de|het)[ \t]+[\w\-]+[ \t]+(?:zei|zegt|belde|belt|heeft|had|kwam|komt|vond|vindt|"
    r"deed|doet|wilde|wil|riep|schreef|schrijft|stuurde|stuurt|beloofde|belooft|meldde|vertelde|vroeg|weet|wist)\b"
    r"|van[ \t]+(?:hiernaast|ernaast|boven|beneden|de overkant)\b"
    # "wie is die Prasono eigenlijk", "die Emeka Kaas van nummer 57", "die Asoy van de wijkteam die kwam" (round 20)
    r"|eigenlijk\b|van[ \t]+(?:nummer|nr\.?)[ \t]*\d"
    r"|van[ \t]+(?:de|het)[ \t]+[\w\-]+[ \t]+die[ \t]+(?:kwam|komt|heeft|had|is|was)\b"
    # "die Abdikarim met die aanhanger", "die Rutger met zijn hond": a person with what they bring (round 21)
    r"|met[ \t]+(?:die|zijn|haar|hun|z'n|d'r)[ \t]+[a-zà-ÿ][\w\-]+)"
)


def rule_unknown_mid_not_person(ev: Evidence) -> bool:
    """An unknown word mid-sentence after an article, a place preposition or as a body word is no person."""
    if not (ev.unknown[0] and ev.mid) or ev.asked_whom:
        return False
    if ev.prev_word in ("die", "deze") and _WHO_FROM_AFTER.match(ev.after) and not weak_org(ev.name_toks[0].text):
        return False  # "En die Bremer van de telefoon zei ...": a person pointed at, not a thing (round eleven)
    if (ev.article and not ev.strong_particles and not ev.conj_dat) or ev.place_prep:
        return True
    if weak_org(ev.name_toks[0].text):
        # "en Sietse van Juridische Zaken weet": the ending of a nationality ("Franse"), but a person's position
        return not (_only_nationality_shape(ev.name_toks[0].text) and _PERSON_AFTER.match(ev.after))
    return ev.chunk[0].particle and not ev.strong_particles and ev.chunk[0].text.lower() in ("de", "het")


def rule_unknown_mid(ev: Evidence) -> bool:
    """An unknown capitalised word mid-sentence is a proper noun, most likely a person."""
    return ev.unknown[0] and ev.mid


def rule_unknown_before_verb(ev: Evidence) -> bool:
    """An unknown word opening a sentence before a verb is its subject: "Kowalczyk heeft gebeld"."""
    return ev.unknown[0] and ev.verb_after and not weak_org(ev.name_toks[0].text)


_FROM_PLACE_AFTER = re.compile(
    r" uit (?:de |het |'t )?[A-ZÀ-ÖØ-Þ]"
    r"| (?:uit|van) (?:nummer|nr\.?|huisnummer) ?\d"  # "Yuliia uit nummer 23 wil ...": a neighbour
    r"| (?:uit|van) (?:hiernaast|ernaast|de overkant|boven|beneden|tweehoog|driehoog|de benedenwoning|de bovenwoning)\b"
)


def rule_unknown_from_place(ev: Evidence) -> bool:
    """An unknown word opening a sentence and said to come from a place is a person: "Sevda uit de Bloemenwijk
    heeft een klacht ingediend", "Yuliia uit nummer 23", "Mirza van hiernaast"."""
    return ev.unknown[0] and len(ev.name_toks) == 1 and bool(_FROM_PLACE_AFTER.match(ev.after))


def rule_unknown_then_initials(ev: Evidence) -> bool:
    """An unknown word, then initials with their full stops, is a surname written first: "11:50 Bisier A. + kind",
    "Jamsi U." (round thirty-two, from fresh24a's appointment lists)."""
    c = ev.chunk
    return (
        ev.unknown[0]
        and c[0] is ev.name_toks[0]
        and len(c) >= 2
        and all(t.initial for t in c[1:])
        and (c[-1].text.endswith(".") or ev.text[c[-1].end : c[-1].end + 1] == ".")
        and not ev.places[0]
    )


_AND_I_AFTER = re.compile(r"[ \t]+en[ \t]+(?:ik|mijn|m'n|mn)\b")


def rule_unknown_and_i(ev: Evidence) -> bool:
    """An unknown word joined to "ik" or "mijn": "Fleurien en ik hebben de sleutel teruggebracht" (round
    thirty-two, from a probe of unlisted names in new sentence shapes)."""
    return ev.unknown[0] and len(ev.chunk) == 1 and bool(_AND_I_AFTER.match(ev.after))


def rule_unknown(ev: Evidence) -> bool:
    """Otherwise an unknown word opening a sentence is kept (a heading, a brand)."""
    return ev.unknown[0]


def rule_particles_before_word(ev: Evidence) -> bool:
    """An ordinary word after surname particles: "van der Zwaan", but not "van de Nationale ombudsman"."""
    lead_words = [t.text for t in ev.lead]
    return (
        ev.strong_particles and lead_words not in (["van", "de"], ["van", "het"]) and not weak_org(ev.name_toks[0].text)
    )


_PAIR_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) en $")
_PAIR_AFTER = re.compile(r" en ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)(?![\w\-])")


def rule_second_of_word_pair(ev: Evidence) -> bool:
    """Two capitalised ordinary words joined by "en" name a department: "bij Bezwaar en Beroep", "Werk en
    Inkomen". A listed name on the other side of "en" ("Jan en Beer") keeps the person."""
    tok = ev.name_toks[0]
    if len(ev.name_toks) != 1 or not _is_word(tok.text) or tok.text in FIRST_NAMES or tok.text in SURNAMES:
        return False
    m = _PAIR_BEFORE.search(ev.before) or _PAIR_AFTER.match(ev.after)
    return bool(m) and _is_word(m.group(1)) and m.group(1) not in FIRST_NAMES and m.group(1) not in SURNAMES


# A paper, a programme or a building named after its kind: "(Huis-aan-huisblad De Wijkkrant, 26 februari)", "podcast
# Het Buurtgesprek", "wijkcentrum De Schakel" (round twenty-three, from holdout22's press texts; the kinds are
# ``wordlists.NAMED_KINDS``, which the street rules read too).
_KIND_BEFORE = re.compile(r"(?i:[a-zà-ÿ\-]*(?:" + NAMED_KINDS + r"))[ \t]+$")


# A file handed on or back to someone: "doorgezet naar Gülnaz, LvdW", "Terug naar Griet.", "terug aan Mehmet".
_CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[,.;'’\")]|\r?\n|$)")
_HANDED_TO = re.compile(
    r"(?i:(?:door)?gezet|terug|overgedragen|overdracht|toegewezen|teruggelegd|doorgegeven)[ \t]+(?:naar|aan)[ \t]+$"
)


def rule_handed_to(ev: Evidence) -> bool:
    """One word after a file was handed on or back to someone, closing the clause, is that colleague: 121 persons over
    the development data; the others were departments, bodies and places, which stay (round twenty-four)."""
    tok = ev.name_toks[0]
    if not _HANDED_TO.search(ev.before[-40:]) or not _CLAUSE_CLOSES.match(ev.after):
        return False
    w = tok.text
    if w in GOV_TERMS or weak_org(w) or w in PLACES_FULL or w.isupper():
        return False
    return w in FIRST_NAMES or w in SURNAMES or not _is_word(w)


def rule_named_after_kind(ev: Evidence) -> bool:
    """A capitalised "De" or "Het" and a word right after a word for a paper, a programme or a building: its name."""
    lead = [t.text for t in ev.chunk if t.particle]
    return (
        len(ev.name_toks) == 1
        and lead in (["De"], ["Het"])
        and ev.chunk[0].text in ("De", "Het")
        and bool(_KIND_BEFORE.search(ev.before))
    )


def rule_institution_title(ev: Evidence) -> bool:
    """A capitalised ordinary word opening a title, not a name: before the genitive "des" ("Leger des Heils"), or an
    adjective on -e before a lower-case word ("Algemene wet bestuursrecht", "Nationale ombudsman")."""
    tok = ev.name_toks[0]
    if len(ev.name_toks) != 1 or tok.text in FIRST_NAMES or tok.text in SURNAMES or not _is_word(tok.text):
        return False
    if ev.after.startswith(" des "):
        return True
    m = _LOWER_WORD_AFTER.match(ev.after)
    if not (tok.text.endswith("e") and m and _is_word(m.group(1)) and m.group(1) not in STOPWORDS):
        return False
    # After particles ("De Nationale ombudsman") only before a body or office: "De Witte belde" is a name.
    return not ev.lead or m.group(1) in _INSTITUTION_NOUNS


_INSTITUTION_NOUNS = GOV_TERMS_LOWER | ORG_WORDS | {r.lower() for r in CUE_WORDS if " " not in r} | {
    "wet", "raad", "bank", "zaken", "politie", "rekenkamer", "ombudsman", "ombudsvrouw", "commissie", "omroep",
}  # fmt: skip


_LOWER_WORD_AFTER = re.compile(r" ([a-zà-öø-ÿ]{3,})(?![\w\-])")


def rule_capitalised_word_mid(ev: Evidence) -> bool:
    """An ordinary word capitalised mid-sentence where no article or preposition explains it is a name:
    "Daarna nam Arend contact op". Verbs and plurals in "-en" are excluded ("Luisteren, Oplossen en Leren")."""
    tok = ev.name_toks[0]
    return (
        ev.mid
        and not ev.article
        and not ev.place_prep
        and not ev.chunk[0].particle
        and not weak_org(tok.text)
        and not tok.text.endswith("en")
        # a capitalised compound of Dutch words is a thing's name ("Wijkmonitor 2026") unless listed (round fourteen)
        and not (
            ordinary_compound(tok.text)
            and tok.text not in FIRST_NAMES
            and tok.text not in SURNAMES
            and not ev.has_initials  # "K. Verstrelde": an initial makes it a surname
            and not _INITIAL_JUST_BEFORE.search(ev.before[-8:])
            and not _HOUSE_NUMBER_OR_CORNER_AFTER.match(ev.after)  # "Goudsbloemvallei 85", "Dotterbloem/De Kolk"
        )
        and (ev.prev_word not in _STRONG_STOPWORDS or _subject_after_conjunction(ev))
        and not ev.before.endswith((" - ", " – ", " — ", "| "))  # "Bijlage 2 - Overzicht betrokkenen": a title
        and not _stop_left_out(ev)
        and not _NUMBERED_AFTER.match(ev.after)  # "[00:03:12] Spreker 2 (...)", "Kamer 12": a numbered thing
    )


_CONJUNCTIONS = frozenset(("dat", "omdat", "zodat", "nadat", "terwijl", "hoewel", "toen"))
_LOWER_CLAUSE_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]{2,}[ \t]+[a-zà-ÿ]")


def _subject_after_conjunction(ev: Evidence) -> bool:
    """The subject of a clause after "dat", "omdat", "toen", the clause going on in lower case: "staat dat Lama
    bijles krijgt" (round twenty-nine, from fresh35a)."""
    return ev.prev_word in _CONJUNCTIONS and bool(_LOWER_CLAUSE_AFTER.match(ev.after))


def _stop_left_out(ev: Evidence) -> bool:
    """ "het is hier stil  Jammer, de ...": two spaces where the full stop was left out, a comma after (round 20)."""
    return ev.before.endswith("  ") and ev.before[-3:-2].islower() and ev.after.startswith(",")


_INITIAL_JUST_BEFORE = re.compile(r"(?<![\w])[A-Z]\.[ \t]*$")
_HOUSE_NUMBER_OR_CORNER_AFTER = re.compile(r"[ \t]*/|[ \t]+(?!(?:19|20)\d\d(?!\d))\d{1,4}(?!\d)")
_NUMBERED_AFTER = re.compile(r"[ \t]\d{1,2}[ \t]*(?:\(|:(?!\d))")
_STRONG_STOPWORDS = STOPWORDS - WEAK_WORDS


def rule_pronoun(ev: Evidence) -> bool:
    """A pronoun is no name, also capitalised before a verb: "'Niemand belde mij terug'" (round twelve)."""
    return len(ev.chunk) == 1 and ev.chunk[0].text.lower() in _PRONOUN_SUBJECTS


_WHOLE_NAME_BRACKET_BEFORE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’\-]*[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’\-]*(?<!\d)[ \t]*\($"
)  # not a key and its code: "Reservekenteken PB-240-F (Adeyemi)"


def rule_affiliation_in_brackets(ev: Evidence) -> bool:
    """An unlisted word alone in brackets right after a whole name names the person's organisation: "Tineke Huisman
    (Talis)" (round twelve; ``extend.rule_name_in_brackets_after_name`` reads the bracket the same way)."""
    tok = ev.chunk[0]
    return (
        len(ev.chunk) == 1
        and tok.text not in FIRST_NAMES
        and ev.after.startswith(")")
        and bool(_WHOLE_NAME_BRACKET_BEFORE.search(ev.before[-60:]))
    )


def rule_word_as_key(ev: Evidence) -> bool:
    """A dictionary word that no name list holds, right before a colon, is a field's key: "Verslag: ST. Akkoord: SH."
    (round thirteen; a speaker named by a surname that is a word is on the surname list: "Vos: ik bel")."""
    fn, sn, w, _p = ev.infos[0]
    return w and not fn and not sn and ev.after.startswith(":") and not ev.after.startswith("://")


SINGLE_RULES: tuple[tuple[Rule, str | None], ...] = (
    (rule_pronoun, None),
    (rule_handed_to, "context"),
    (rule_affiliation_in_brackets, None),
    (rule_subject_single, "subject"),
    (rule_family, "family"),
    (rule_capital_particle_place, "particle"),
    (rule_place_word, None),
    (rule_listed_name_after_place_prep, None),
    (rule_shaped_word_after_het, None),
    (rule_listed_name, "lexical"),
    (rule_listed_word_after_place_prep, None),
    (rule_listed_word_after_article, None),
    (rule_listed_word_in_position, "ambiguous"),
    (rule_listed_word, None),
    (rule_weekday_short, None),
    (rule_short, None),
    (rule_unknown_mid_not_person, None),
    (rule_unknown_mid, "context"),
    (rule_unknown_before_verb, "context"),
    (rule_unknown_from_place, "context"),
    (rule_unknown_then_initials, "initials"),
    (rule_unknown_and_i, "context"),
    (rule_unknown, None),
    (rule_institution_title, None),
    (rule_named_after_kind, None),
    (rule_particles_before_word, "particle"),
    (rule_second_of_word_pair, None),
    (rule_word_as_key, None),
    (rule_capitalised_word_mid, "proper-noun"),
)


# Cheap necessary conditions of rules whose own first test is costly (round eight): where the guard is false the rule
# cannot apply, so the cascade skips it without calling it (the same decisions; a test checks every guard against its
# rule on the chunks of the development corpora and of random text). A rule without a guard is always called.
RULE_GUARDS: dict[Rule, Rule] = {
    # its pattern ends in a line break and blanks after the closing ("Met vriendelijke groet,⏎"), searched in ev.before
    rule_name_after_closing_line: lambda ev: "\n" in ev.before,
    # two or more single capitals before the surname (three tokens at least), or the surname alone in the chunk after
    # two or three glued capitals and a space, which end ev.before (round nine)
    rule_bare_initials: lambda ev: (
        len(ev.chunk) >= 3 or (ev.chunk[0] is ev.name_toks[-1] and "A" <= ev.before[-2:-1] <= "Z")
    ),
}

# The numbers of name words (particles and initials left out) for which a rule can apply at all, where the rule's first
# test asks for it (round eight): the cascade for a chunk of one name word leaves out the rules of two or more and the
# other way round, without calling them (a test checks the rules' own answers outside their range). MULTI_RULES and
# SINGLE_RULES are asked by that number already.
RULE_NAME_WORDS: dict[Rule, tuple[int, int]] = {
    rule_title_of_thing: (1, 1),
    rule_interjection: (1, 1),  # one token in the chunk
    rule_place_adjective: (1, 1),
    rule_name_of_team: (1, 1),
    rule_speaker_ends_sentence: (1, 1),
    rule_asks_subject: (1, 1),
    rule_name_after_title_word: (2, 99),
    rule_adjective_title: (2, 99),
    rule_name_after_department: (3, 99),
    rule_name_here: (1, 3),
    rule_name_after_closing_line: (1, 3),
}


# The facts a rule's first test reads (round nine), declared where the test is exact: the word before the chunk
# (``Evidence.prev_word``), the first character after it, the last character before it, and the number of its tokens.
# A rule is left out of the cascade of every chunk whose facts it cannot apply to, without being called; the
# cascade is built once per table and combination of facts (``_cascade``), so judging a chunk walks only the rules that
# can decide it. A rule without an entry is always asked. A test checks every entry against its rule's own answer on
# every chunk of every development corpus and of random text (``tests/anonymizer/test_anonymizer_speed8.py``): a rule
# changed to apply more widely than its entry says fails there, and its entry must go or widen.
class Needs(NamedTuple):
    """What a rule's first test asks of a chunk; None (or False): nothing."""

    prev_words: frozenset[str] | None = None  # the word before the chunk is one of these
    after_chars: frozenset[str] | None = None  # the first character after the chunk is one of these
    before_chars: frozenset[str] | None = None  # the last character before the chunk is one of these
    tokens: tuple[int, int] | None = None  # the chunk's number of tokens (particles and initials too) is in this range


RULE_NEEDS: dict[Rule, Needs] = {
    rule_name_in_brackets_before_colon: Needs(after_chars=frozenset(")")),  # "):" after the name
    rule_body_on_whose_behalf: Needs(prev_words=frozenset({"namens"})),
    rule_place_name_tail: Needs(prev_words=frozenset({"aan", "op", "bij"})),
    rule_area_named: Needs(prev_words=AREA_WORDS),
    rule_messenger: Needs(prev_words=frozenset({"via"})),
    rule_name_in_brackets_after_relation: Needs(before_chars=frozenset("(")),
    rule_interjection: Needs(tokens=(1, 1)),
    rule_role_bracket_age: Needs(before_chars=frozenset("(\n")),  # the bracket, or the bracket and a line break
    rule_case_named_after: Needs(prev_words=_CASE_NOUNS),
    rule_speech_before: Needs(prev_words=SPEECH_BEFORE),
    rule_apposition_after_role: Needs(after_chars=frozenset(",") | _CLOSE_QUOTES),  # a comma, or a quote and a comma
    rule_signature_word: Needs(tokens=(1, 1)),
    rule_name_beside_self: Needs(tokens=(1, 1)),
    rule_name_van_body: Needs(tokens=(3, 99)),  # "van" between two tokens
    rule_inner_a_name: Needs(tokens=(3, 99)),  # "A" between two tokens
    rule_dialogue: Needs(after_chars=frozenset(":")),
    rule_body_beside_body: Needs(prev_words=frozenset({"en"})),
}
# The values of each fact that some entry names; any other value is one class (so the cascades stay few).
_NEEDED_PREV = frozenset().union(*(n.prev_words for n in RULE_NEEDS.values() if n.prev_words))
_NEEDED_AFTER = frozenset().union(*(n.after_chars for n in RULE_NEEDS.values() if n.after_chars))
_NEEDED_BEFORE = frozenset().union(*(n.before_chars for n in RULE_NEEDS.values() if n.before_chars))

Facts = tuple[
    int, str, str, str, int
]  # name words (4: four or more), word before, character after, before, tokens (3+)
Step = tuple[Rule, Rule | None, str | None, str]  # rule, its guard, outcome, name
_CASCADES: dict[tuple[int, Facts], tuple[tuple[tuple[Rule, str | None], ...], tuple[Step, ...]]] = {}


def _facts(ev: Evidence) -> Facts:
    """The facts of ``ev`` that the entries of ``RULE_NAME_WORDS`` and ``RULE_NEEDS`` read, each value that no entry
    names written as ""."""
    prev, after, before = ev.prev_word, ev.after[:1], ev.before[-1:]
    return (
        min(len(ev.name_toks), 4),
        prev if prev in _NEEDED_PREV else "",
        after if after in _NEEDED_AFTER else "",
        before if before in _NEEDED_BEFORE else "",
        min(len(ev.chunk), 3),
    )


def _can_apply(rule: Rule, facts: Facts) -> bool:
    """Whether ``rule`` can apply to a chunk with ``facts``, by its entries in RULE_NAME_WORDS and RULE_NEEDS."""
    words, prev, after, before, tokens = facts
    lo, hi = RULE_NAME_WORDS.get(rule, (1, 99))
    if not lo <= words <= hi:
        return False
    needs = RULE_NEEDS.get(rule)
    if needs is None:
        return True
    return (
        (needs.prev_words is None or prev in needs.prev_words)
        and (needs.after_chars is None or after in needs.after_chars)
        and (needs.before_chars is None or before in needs.before_chars)
        and (needs.tokens is None or needs.tokens[0] <= tokens <= needs.tokens[1])
    )


def _cascade(rules: tuple[tuple[Rule, str | None], ...], facts: Facts) -> tuple[Step, ...]:
    """``rules`` as steps (rule, guard, outcome, name) for a chunk with ``facts``: the rules that can apply to it, in
    their order. Built once per table and combination of facts."""
    key = (id(rules), facts)
    got = _CASCADES.get(key)
    if got is not None and got[0] is rules:
        return got[1]
    steps = tuple(
        (rule, RULE_GUARDS.get(rule), outcome, rule.__name__) for rule, outcome in rules if _can_apply(rule, facts)
    )
    if len(_CASCADES) > 20_000:  # a bound; the combinations met in practice are a few hundred
        _CASCADES.clear()
    _CASCADES[key] = (rules, steps)
    return steps


def _first(
    rules: tuple[tuple[Rule, str | None], ...], ev: Evidence, facts: Facts | None = None
) -> tuple[str, str | None]:
    """The name of the first rule that applies ("" if none) and its outcome."""
    for rule, guard, outcome, name in _cascade(rules, _facts(ev) if facts is None else facts):
        if (guard is None or guard(ev)) and rule(ev):
            return name, outcome
    return "", None


_GREETING_WORDS = GREETINGS_OPENING | GREETINGS_TIME
# a verb in the past after the name: "Lieve Goossens vroeg kwijtschelding": a first name, no greeting (round 31)
# what follows the name a greeting opens: a comma, the line's end, "en" and the next name ("Lieve Vandepoorter
# (ploegchef) beloofde": no greeting; round thirty-three, from fresh39a)
_GREETING_NAME_END = re.compile(r"[ \t]*(?:[,!:;.\n]|$|en\b|&)")
_VERB_NEXT = re.compile(r"[ \t]+(?:vroeg|belde|kwam|kreeg|schreef|meldde|zei|stuurde|was|is|heeft|had|wil|woont)\b")


_LIST_KEY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:aanwezig|afwezig|deelnemers|genodigden|bestuur|leden)[ \t]*:[ \t]*\Z")


def decide(ev: Evidence) -> tuple[int, int, list[Tok], str] | None:
    """Apply the rules in order; the first that applies decides. No rule: not a person. A decision on weak
    evidence may be turned by the statistical person model when it is confident (``model.review``)."""
    facts = _facts(ev)
    rule, kind = _first(COMMON_RULES, ev, facts)
    if not rule:
        rule, kind = _first(MULTI_RULES if len(ev.name_toks) >= 2 else SINGLE_RULES, ev, facts)
    kind = review(ev, rule, kind)
    if kind is None:
        return None
    c = ev.chunk
    greeting = c[0].text.lower() in _GREETING_WORDS and not (
        c[0].text in FIRST_NAMES and (_VERB_NEXT.match(ev.after) or not _GREETING_NAME_END.match(ev.after))
    )
    if len(c) >= 2 and c[0].sent_start and greeting and not c[1].particle:
        rest = c[1:]  # "Dag Jurre,": the greeting opens the line, the name follows (though "Dag" is a name too)
        return rest[0].start, ev.end, rest, kind
    if len(c) > 2 and c[0].text.lower() == "de" and c[1].text == "Heer":
        rest = c[2:]  # "DE HEER RORDO ZAALVELD" on an address block: the title stays (round thirty-one, holdout20)
        return rest[0].start, ev.end, rest, kind
    lead = 0
    # after a list's key ("Aanwezig: Maison Gomisa (voorzitter)") a foreign word opening the chunk is its first name
    listed = ev.before.rstrip(" \t").endswith(":") and _LIST_KEY_BEFORE.search(ev.before) is not None
    while (
        not listed
        and lead < len(c) - 1
        and c[lead].text.lower() in FOREIGN_WORDS
        and len(c[lead].text) > 3  # not "Pan Wei", "Na Goliash": short words are names too
        and c[lead].text not in FIRST_NAMES
        and c[lead].text not in SURNAMES
        and not c[lead + 1].particle
    ):
        lead += 1  # "Oğlum Emre", "Mein Sohn Jonas": words of another language before the name (round twenty-one)
    dotted = len(c) >= 3 and c[1].initial and len(c[1].text.rstrip(".")) == 1  # "A.", not "Uy." ending a sentence
    if not lead and dotted and not c[0].initial and not c[0].particle:
        w = c[0].text
        if _is_word(w) and w not in FIRST_NAMES and w.lower() not in STOPWORDS and not w.isupper():
            lead = 1  # "Bellen A. Sjaardinga": a verb or noun before the initials opens no name (round twenty-two)
    if lead:
        rest = c[lead:]
        return rest[0].start, ev.end, rest, kind
    if len(c) > 2 and c[0].particle and not c[0].cap and c[1].particle and c[1].cap:
        rest = c[1:]  # "brief van Van Wageningen": the preposition before a capitalised particle stays
        return rest[0].start, ev.end, rest, kind
    if len(c) > 2 and c[0].text == "van" and c[1].text in FIRST_NAMES and not c[1].particle and not c[2].particle:
        rest = c[1:]  # "een buurtgenoot van Evertje Bever": "van" before a first name and a surname is a preposition
        return rest[0].start, ev.end, rest, kind
    last = ev.chunk[-1]
    if len(ev.name_toks) >= 2 and last.text in GOV_TERMS and last.text.isupper() and not ev.chunk[-2].text.isupper():
        head = ev.chunk[:-1]  # "Aangenomen door: Afua KCC": the department's acronym after the name stays
        while head and head[-1].particle:
            head = head[:-1]
        if head:
            return head[0].start, head[-1].end, head, kind
    if kind == "genitive" and len(ev.chunk) == 2 and ev.chunk[1].text in ("BSN", "IBAN"):
        return ev.chunk[0].start, ev.chunk[0].end, ev.chunk[:1], "context"  # "Harpreets BSN": the name only
    if kind == "genitive":
        kind = "context"
    if kind == "after-body":  # "Sociaal Wijkteam Omar Al-Maswish": the name after the body
        rest = ev.chunk[_person_after_body_at(ev) :]
        return rest[0].start, ev.end, rest, "context"
    if kind == "before-body":  # "belt Froukje Rinsedestra Veilig Thuis": the name before the body
        head = ev.chunk[: _body_after_person_at(ev)]
        while head and head[-1].particle:
            head = head[:-1]
        return head[0].start, head[-1].end, head, "context"
    if kind == "title-surname":  # "Logboek Kaya": the surname after the title word
        rest = ev.chunk[1:]
        return rest[0].start, ev.end, rest, "context"
    if kind == "titled" and _title_offset(ev) == 1:  # "Adreswijziging Farid Ahmadzai": the name after the title
        rest = ev.chunk[1:]
        return rest[0].start, ev.end, rest, "context"
    if kind == "van-body":  # "Feven van Backoffice Wmo": the name before "van"
        head = ev.chunk[: _name_before_body_van(ev)]
        return head[0].start, head[-1].end, head, "context"
    if kind == "family":
        chunk = ev.chunk
        fam = chunk[1:] if chunk[0].text.lower() in ("de", "het") and len(chunk) > 1 else chunk
        return fam[0].start, ev.end, fam, kind
    return ev.start, ev.end, ev.chunk, kind
