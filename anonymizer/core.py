"""Orchestration: run the detectors, resolve overlaps, number persons, build the replaced text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import extend as X
from . import patterns as P
from .abroad import address_end, foreign_addresses, shield_places
from .addresscues import (
    NUMBERED_THINGS,
    find_article_streets,
    find_cued_addresses,
    find_field_streets,
    find_prefixed_streets,
    find_streets_at_number,
)
from .addresslines import (
    bar_column_streets,
    block_streets,
    list_item_streets,
    location_field_streets,
    record_line_streets,
    street_after_name,
    street_in_brackets_after_name,
    town_comma_streets,
)
from .birthkeys import drop_kept, record_dates, year_after_name
from .casenumbers import bare_codes, case_number_twins, find_case_more, letter_codes
from .casing import LOWER_CUES, case_view
from .columns import rule_space_aligned_names
from .coordination import (
    rule_caps_surname_after_name,
    rule_contact_names,
    rule_coordinated_names,
    rule_initialisms_of_names,
    rule_initials_joined_to_name,
    rule_name_broken_at_line_end,
    rule_name_tag_after_department,
    rule_names_written_again,
    rule_particle_before_name,
    rule_self_intro_before_street,
    rule_short_name_before_full,
    rule_signoff_lower_name,
    rule_spelled_names,
    rule_word_among_listed_names,
)
from .dictation import dictated_view
from .fields import abbreviated_street_candidates, caps_street_candidates, find_fields
from .judge import month_in_date
from .lexicon import FIRST_NAMES, PLACE_WORDS, PLACES_FULL, STOPWORDS, SURNAMES, WORDS
from .mrz import mrz_dates_of_birth, rule_mrz_names
from .namesites import grow_around_names
from .nicknames import (
    rule_call_names,
    rule_diminutives_before_surnames,
    rule_glued_titles,
    rule_names_after_addresses,
    rule_names_before_birth_dates,
)
from .olddates import (
    after_today,
    compact_dates_of_birth,
    coordinated_dates_of_birth,
    ocr_dates_of_birth,
    old_dates_of_birth,
    young_dates_of_birth,
)
from .paraphs import rule_initials_in_brackets_after_name, rule_paraphs
from .pathnames import mail_names_in_paths, names_in_document_files, names_in_paths
from .patterns import FUNCTION_MAILBOXES as MAILBOXES
from .patterns import MONTHS
from .peers import rule_slot_peers
from .persons import CUE_WORDS, GOV_TERMS, PARTICLES, VERB_AFTER, Person, Tok, find_person_chunks, tokenize
from .records import rule_records, shield_records
from .rxutil import ascii_fold_lower, find_all
from .scripts import other_script_identifiers, rule_other_script_names
from .social import (
    rule_bare_initials,
    rule_forum_authors,
    rule_handles,
    rule_login_ids,
    rule_platform_users,
    rule_user_names,
    shield_hashtags,
)
from .speakers import (
    rule_address_block_name,
    rule_caps_signature,
    rule_case_number_column,
    rule_case_number_siblings,
    rule_dates_in_person_rows,
    rule_field_values,
    rule_initials_cell,
    rule_initials_column,
    rule_mail_display_names,
    rule_name_before_birth_date_in_item,
    rule_name_below_label,
    rule_name_fields,
    rule_speaker_run,
    rule_table_first_cells,
    rule_vocative_openers,
)
from .spoken import find_spoken, house_number_end
from .streets import corner_street_candidates, drop_named_bodies, in_street_candidates, linked_street_candidates
from .transcripts import rule_spelled_and_genitives, rule_spelling_alphabet, rule_transcript_speakers, spelling_runs
from .wordlists import POSSESSED_NOUNS, RELATIONS


@dataclass(frozen=True, slots=True)
class Entity:
    """One piece of personal data: offsets into the input text, label, original and placeholder."""

    start: int
    end: int
    label: str
    original: str
    replacement: str


@dataclass
class Result:
    """The anonymized text and the entities that were replaced in it."""

    text: str
    entities: list[Entity]


@dataclass
class Known:
    """Personal data known from the request record; removed wherever it appears."""

    names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


# Lower number wins an overlap.
PRIORITY = {
    "KNOWN": 0,
    "EMAIL": 1,
    "URL": 1,
    "IBAN": 2,
    "DATE_OF_BIRTH": 3,
    "BSN": 4,
    "PHONE": 5,
    "IP": 5,
    "LICENSE_PLATE": 6,
    "POSTCODE": 7,
    "CASE_NUMBER": 8,
    "ADDRESS": 9,
}


def _is_word(w: str) -> bool:
    return w in WORDS or w in STOPWORDS


def _is_gov(w: str) -> bool:
    return w in GOV_TERMS


def _is_name_or_gov(w: str) -> bool:
    return w in GOV_TERMS or w in FIRST_NAMES or w in SURNAMES


def _is_place(w: str) -> bool:
    return w in PLACES_FULL or w in PLACE_WORDS


def _digits_national(s: str) -> str:
    d = re.sub(r"\D", "", s)
    if d.startswith("0031"):
        d = d[4:]
    elif d.startswith("31") and (s.strip().startswith("+") or len(d) == 11):
        d = d[2:]
    if d.startswith("0"):
        d = d[1:]
    return d


PHONE_ANY = re.compile(r"(?<![\w+])(?:\+|00)?[\d(][\d \-().]{5,20}\d(?!\d)")


_LOCAL_BEFORE = re.compile(r"(?<![\w.])")  # the sides of a known address's local part written alone
_LOCAL_AFTER = re.compile(r"(?![\w])")


def _literal_spans(
    text: str, literal: str, before: re.Pattern[str] | None, after: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """The spans of ``re.finditer(before + re.escape(literal) + after, text, re.I)`` (the sides zero-width patterns),
    without compiling a pattern for each request (round nine): for an ASCII literal its occurrences in the folded
    lower-case text (``rxutil.ascii_fold_lower``: where ``(?i:literal)`` matches), the sides asked there, none starting
    inside the one before."""
    f = ascii_fold_lower(text)
    if f is None or not literal.isascii():
        rx = (before.pattern if before else "") + re.escape(literal) + (after.pattern if after else "")
        return [m.span() for m in re.finditer(rx, text, re.I)]
    out: list[tuple[int, int]] = []
    end = 0
    n = len(literal)
    for p in find_all(f, (literal.lower(),)):
        if p >= end and (before is None or before.match(text, p)) and (after is None or after.match(text, p + n)):
            end = p + n
            out.append((p, end))
    return out


def _known_candidates(text: str, known: Known | None) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    if not known:
        return out
    for em in known.emails:
        em = em.strip()
        if not em:
            continue
        for s, e in _literal_spans(text, em, None, None):
            out.append((s, e, "EMAIL", "[e-mailadres]"))
        local = em.split("@")[0]
        if len(local) >= 4:
            for s, e in _literal_spans(text, local, _LOCAL_BEFORE, _LOCAL_AFTER):
                out.append((s, e, "EMAIL", "[e-mailadres]"))
    targets = {_digits_national(p) for p in known.phones if len(re.sub(r"\D", "", p)) >= 6}
    if targets:
        for m in PHONE_ANY.finditer(text):
            g = m.group()
            if _digits_national(g) in targets:
                out.append((m.start(), m.end(), "PHONE", "[telefoonnummer]"))
            else:
                # a known number inside a longer run of digits
                d = re.sub(r"\D", "", g)
                for t in targets:
                    if len(t) >= 7 and t in d:
                        out.append((m.start(), m.end(), "PHONE", "[telefoonnummer]"))
                        break
    return out


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_FINDERS = (
    P.find_email,
    P.find_url,
    P.find_ip,
    P.find_iban,
    P.find_dob,
    P.find_bsn,
    P.find_phone,
    P.find_plate,
    P.find_postcode,
    P.find_case,
    find_case_more,
    letter_codes,
    find_fields,
)
# Finders of which every match holds a digit: skipped for a text without one (a third of a case write-up's
# documents), in the same order otherwise.
_DIGIT_FINDERS = frozenset(
    {P.find_iban, P.find_dob, P.find_bsn, P.find_phone, P.find_plate, P.find_postcode, P.find_case, find_case_more}
)
_FINDERS_NO_DIGIT = tuple(f for f in _FINDERS if f not in _DIGIT_FINDERS)
_DIGIT = re.compile(r"\d")


def _plural_subject(text: str, end: int, word: str) -> bool:
    """``word`` is a Dutch plural noun and the word after it ends as a plural verb does ("Merels nestelen")."""
    nxt = _NOUN_AFTER.match(text, end)
    return word.lower() in WORDS and nxt is not None and nxt.group().strip().endswith("en")


_NOUN_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]{4,}\b")
_SHORT_WORD_AFTER = re.compile(r"[ \t]+([a-zà-ÿ]{3,})\b")


def _noun_after(text: str, end: int) -> bool:
    """A lower-case word after ``end`` that is no function word: "Kosters portemonnee", "Brouwers map" (round 29)."""
    m = _SHORT_WORD_AFTER.match(text, end)
    return m is not None and (len(m.group(1)) >= 4 or m.group(1) not in STOPWORDS)


_POSSESSION_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(POSSESSED_NOUNS, key=len, reverse=True)) + r")\b")


def _structured(text: str, toks: list[Tok]) -> list[tuple[int, int, str, str]]:
    text = P.fold_separators(text)  # "06\u00a012345678": no-break spaces and hyphens as plain ones (same length)
    low = _lower_same_length(text)
    digits = bool(P.digit_runs(text))  # the shared scan the finders of numbers read (patterns.digit_runs)
    cands: list[tuple[int, int, str, str]] = []
    for finder in _FINDERS if digits else _FINDERS_NO_DIGIT:
        cands.extend(finder(text, low))
    cands.extend(P.street_candidates(text, toks, _is_word, _is_place))
    if digits:  # a house number
        cands.extend(P.lower_street_candidates(text, low, _is_word))
        cands.extend(caps_street_candidates(text, low, _is_word))
        cands.extend(abbreviated_street_candidates(text))
        cands.extend(P.bare_street_candidates(text, _is_word, _is_place, _is_gov))
        cands.extend(P.address_line_candidates(text, low, _is_place, _is_gov))
        cands.extend(find_cued_addresses(text, _is_place, _is_gov))
        cands.extend(block_streets(text, _is_place, _is_gov))
        cands.extend(record_line_streets(text, _is_place, _is_gov))
    cands.extend(P.prep_street_candidates(text, low, _is_word, _is_place, _is_name_or_gov))
    cands.extend(find_article_streets(text, _is_word, _is_place, _is_name_or_gov))
    cands.extend(find_field_streets(text, low, _is_gov))
    cands.extend(find_streets_at_number(text, _is_gov, _is_word))  # "Klepsydrapark ter hoogte van nummer 50"
    cands.extend(location_field_streets(text, low, _is_place, _is_gov))
    cands.extend(find_prefixed_streets(text, _is_word, _is_gov))
    cands.extend(list_item_streets(text, cands, _is_place, _is_gov))
    cands.extend(bar_column_streets(text, cands, _is_word, _is_place, _is_gov))  # addresslines.py
    cands.extend(town_comma_streets(text, low, _is_place, _is_gov))  # addresslines.py
    cands.extend(linked_street_candidates(text, cands, _is_word, _is_place, _is_name_or_gov))
    cands.extend(corner_street_candidates(text, _is_word, _is_place, _is_name_or_gov))
    cands.extend(in_street_candidates(text, _is_word, _is_place, _is_name_or_gov))
    return drop_named_bodies(text, cands)


def _resolve(cands: list[tuple[int, int, str, str, int]]) -> list[tuple[int, int, str, str]]:
    """Keep the best candidate per region: lower priority number first, then the longer one."""
    cands.sort(key=lambda c: (c[4], -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str, str]] = []
    used = bytearray(max((c[1] for c in cands), default=0))
    for s, e, label, repl, _prio in cands:
        if e <= s or used.find(1, s, e) != -1:
            continue
        used[s:e] = b"\x01" * (e - s)
        taken.append((s, e, label, repl))
    taken.sort()
    return taken


def _strip_s(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) and len(w) > 3 else w


_HOUSE_NO_START = re.compile(r"\s+\d")


def _repeat_structured(
    text: str, spans: list[tuple[int, int, str, str]], mask: bytearray
) -> list[tuple[int, int, str, str]]:
    """Other mentions of something already found: the same number or code again without its cue,
    and a street named again without its house number ("Bongerd 130" ... "op de Bongerd")."""
    targets: dict[str, tuple[str, str]] = {}
    for s, e, label, repl in spans:
        if label in ("DATE_OF_BIRTH", "URL"):
            continue
        original = text[s:e]
        if label == "ADDRESS":
            m = _HOUSE_NO_START.search(original)
            if m and m.start() >= 3:
                targets.setdefault(original[: m.start()], (label, repl))
        if len(original) >= 4:
            targets.setdefault(original, (label, repl))
    extra: list[tuple[int, int, str, str]] = []
    for needle, (label, repl) in targets.items():
        pos = text.find(needle)
        # a case number glued into a file name: "verslag-tehranipour-2026/TK/1781.pdf" (round twenty-nine)
        glue = "@" if label == "CASE_NUMBER" and len(needle) >= 6 else "-_@"
        while pos != -1:
            end = pos + len(needle)
            before_ok = pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in glue)
            after_ok = end == len(text) or not (text[end].isalnum() or text[end] in glue)
            if before_ok and after_ok and mask.find(1, pos, end) == -1:
                extra.append((pos, end, label, repl))
                mask[pos:end] = b"\x01" * (end - pos)
            pos = text.find(needle, end)
    return extra


# A postcode in lower case right after a found address or e-mail address, closing its line or cell: "Anna Smit
# <anna@…> 9230 bc", "[adres]<TAB>3117 en<TAB>28 september" (round nineteen, from the blind petitions corpus fresh25a).
_POSTCODE_AFTER_FOUND = re.compile(
    r"[ \t,;>)]{1,3}(?P<pc>[1-9]\d{3}[ \t]?[a-z]{2})(?=[ \t]*(?:$|[\t,;|)(]|\.(?:\s|$))|[ \t]+[A-Z])", re.M
)  # also before a bracket or a sentence's full stop: "Dorpsstraat 4, 3828 je (bewoner ...)" (round thirty-four)


# A Belgian or German postcode after an address the Dutch rules found, before its town: "Kerkhofstraat 19, 3630
# Maasmechelen", "Eichenring 33b, 52134 Herzogenrath" (round thirty, from fresh36b: 65 such postcodes stayed)
_ABROAD_CODE_AFTER_FOUND = re.compile(
    r"[ \t]*,[ \t]*(?P<pc>(?:[A-Z]{1,2}-)?[1-9]\d{3,4})[ \t]+(?!(?i:" + MONTHS + r")\b)[A-ZÀ-ÖØ-Þ][a-zà-ÿ]"
)


def _postcodes_after_found(
    text: str, spans: list[tuple[int, int, str, str]], mask: bytearray
) -> list[tuple[int, int, str, str]]:
    """The lower-case postcode right after an address or an e-mail address found before; a foreign one after an
    address."""
    out: list[tuple[int, int, str, str]] = []
    for _s, e, label, _r in spans:
        if label not in ("ADDRESS", "EMAIL"):
            continue
        if label == "ADDRESS" and text[e : e + 1] == ",":
            m = _ABROAD_CODE_AFTER_FOUND.match(text, e)
            if m and mask.find(1, m.start("pc"), m.end("pc")) == -1:
                out.append((m.start("pc"), m.end("pc"), "POSTCODE", "[postcode]"))
                mask[m.start("pc") : m.end("pc")] = b"\x01" * (m.end("pc") - m.start("pc"))
                continue
        m = _POSTCODE_AFTER_FOUND.match(text, e)
        if (
            m
            and mask.find(1, m.start("pc"), m.end("pc")) == -1
            and text[m.end("pc") - 2 : m.end("pc")] not in ("sa", "sd", "ss")
        ):
            out.append((m.start("pc"), m.end("pc"), "POSTCODE", "[postcode]"))
            mask[m.start("pc") : m.end("pc")] = b"\x01" * (m.end("pc") - m.start("pc"))
    return out


def _parts_of(p: Person) -> set[str]:
    return p.parts


def _name_parts(toks: list[Tok]) -> list[str]:
    return [_strip_s(t.text) for t in toks if not t.particle and not t.initial and len(t.text) > 1]


# Surinamese-Chinese surnames joined by "A": "Kon A Kwie", "Tjon A Hoi", "TSAI A HOI" (round twenty-three, from
# fresh29a). Over the development data such three words were 270 names; the others opened with a greeting, a title or
# a numbered thing ("Beste A Boateng", "Partij A"), which stay. The
# person rules read the "A" as an initial and split the name ("Ronald Kon [A] Kwie"); the pieces are joined here, with
# a first name right before.
_A_SURNAME = re.compile(r"(?<![\w.])(?P<a>[A-Z][a-z]{1,5}|[A-Z]{2,6}) A (?P<b>[A-Z][a-z]{1,6}|[A-Z]{2,6})(?![\w.])")


_A_NOT_FIRST = frozenset(("beste", "geachte", "partij", "tip", "dag", "hoi", "hallo", "aan", "van", "door", "voor"))
_A_NOT_LAST = frozenset(("en", "of", "de", "het", "een", "is", "in", "op", "te"))


def _join_a_surnames(text: str, spans: list[tuple[int, int, Person]], reg: _Registry) -> list[tuple[int, int, Person]]:
    """Person spans with a surname joined by "A" made whole: one span from the first name to the surname's end."""
    for m in _A_SURNAME.finditer(text):
        a, b = m.group("a"), m.group("b")
        if (
            a.lower() in _A_NOT_FIRST
            or a.lower() in CUE_WORDS
            or a.lower() in NUMBERED_THINGS
            or b.lower() in _A_NOT_LAST
        ):
            continue  # "Beste A Boateng", "Meneer A Warsame", "Partij A", "Groep A Noord"
        start, end = m.start(), m.end()
        touching = [x for x in spans if x[0] < end and start < x[1] or (x[1] == start - 1 and text[x[1]] == " ")]
        person = touching[0][2] if touching else reg.assign([a, b], "structure", surname_hint=True)
        start = min([start, *(x[0] for x in touching)])
        end = max([end, *(x[1] for x in touching)])
        spans = [x for x in spans if x not in touching] + [(start, end, person)]
    return sorted(spans, key=lambda x: x[0])


# the same in lower case, as speech is written down: "mevrouw tjon a fat", "steven lie a fat" (round thirty, from
# fresh16a's transcripts): a short found name, "a" and one short word
_LOWER_A_TAIL = re.compile(r" a (?P<b>[a-z]{2,6})\b(?![\-'’])")
_TITLE_BEFORE = re.compile(r"(?i:\b(?:mevrouw|mevr|mw|meneer|dhr|heer|familie|fam)\.?)[ \t]+\Z")


def _lower_a_tails(text: str, spans: list[tuple[int, int, Person]]) -> list[tuple[int, int, Person]]:
    """Person spans that end in a short lower-case word before "a" and a short word, made whole."""
    out = []
    for s, e, p in spans:
        last = text[s:e].rsplit(" ", 1)[-1]
        titled = " " in text[s:e] or _TITLE_BEFORE.search(text, max(0, s - 12), s)
        m = _LOWER_A_TAIL.match(text, e) if titled and last.islower() and len(last) <= 5 else None
        if m and m.group("b") not in STOPWORDS:
            e = m.end()
        out.append((s, e, p))
    return out


class _Registry:
    """Assigns ``[persoon N]`` numbers: the same person keeps one number inside one text."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def assign(self, parts: list[str], kind: str, surname_hint: bool = False) -> Person:
        from .lexicon import FIRST_NAMES

        split = {x for part in parts for x in part.split("-") if x}
        for p in self.people:
            if p.known and split <= p.parts:  # the resident again, in another spelling of the same parts
                return p
        if len(parts) >= 2:
            first, surname = parts[0], parts[-1]
            for p in reversed(self.people):
                if p.surname == surname and (p.first in (None, first)):
                    p.first = p.first or first
                    p.parts.update(parts)
                    return p
            for p in reversed(self.people):
                if p.surname is None and p.first == first:
                    p.surname = surname
                    p.parts.update(parts)
                    return p
            person = Person(len(self.people) + 1, first, surname, set(parts))
            self.people.append(person)
            return person
        t = parts[0]
        if "-" in t:  # "Wijk-Hoogland" of a known "Gerda van Wijk-Hoogland"
            sub = set(t.split("-"))
            for p in reversed(self.people):
                if sub <= p.parts:
                    return p
        for p in reversed(self.people):
            if p.surname == t:
                return p
        for p in reversed(self.people):
            if p.first == t:
                return p
        for p in reversed(self.people):
            if t in p.parts:
                return p
        is_first = (t in FIRST_NAMES) and not surname_hint
        person = Person(len(self.people) + 1, t if is_first else None, None if is_first else t, {t})
        self.people.append(person)
        return person


_HONORIFIC_BEFORE = re.compile(r"(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|heer|familie|fam\.?)\s+$", re.I)
_INITIALS_AFTER = re.compile(r",[ \t]*(?:[A-Za-z]\.[ \t]?){1,4}(?![\w])")
_PARTICLE_GAP = re.compile(r"[ \-](?:(?:van|de|der|den|ter|ten|te|in|op|'t|’t|el|al)[ \-])*")


def _known_part_pattern(parts: list[str]) -> re.Pattern[str]:
    """Any of the known name parts (in lower case) as a whole word in any case, the longest first."""
    alt = "|".join(re.escape(a) for a in sorted(parts, key=len, reverse=True))
    return re.compile(r"(?<![\w\-@.])(?:" + alt + r")(?![\w@])", re.I)


_PART_BEFORE = re.compile(r"(?<![\w\-@.])")  # the two sides of _known_part_pattern, asked at each occurrence
_PART_AFTER = re.compile(r"(?![\w@])")


def _known_part_spans(text: str, parts: list[str]) -> list[tuple[int, int]]:
    """The spans of ``_known_part_pattern(parts).finditer(text)``, without compiling a pattern for each request's
    names (round nine: ~60 µs a compile). For ASCII parts: their occurrences in the folded lower-case text
    (``rxutil.ascii_fold_lower``: where ``(?i:part)`` matches), at each the longest part whose two sides hold (as the
    alternation, longest first, takes it), none starting inside the one before. Other parts compile the pattern."""
    f = ascii_fold_lower(text)
    if f is None or not all(p.isascii() for p in parts):
        return [m.span() for m in _known_part_pattern(parts).finditer(text)]
    longest_first = sorted(parts, key=len, reverse=True)
    out: list[tuple[int, int]] = []
    end = 0
    for p in find_all(f, parts):
        if p < end or not _PART_BEFORE.match(text, p):
            continue
        for part in longest_first:
            if f.startswith(part, p) and _PART_AFTER.match(text, p + len(part)):
                end = p + len(part)
                out.append((p, end))
                break
    return out


_ARTICLE_CUE_BEFORE = re.compile(r"(?<![\w'’])(?:de|het|een|dit|dat|die|deze)[ \t]+\w+[ \t]+$", re.I)


def _capitalised_elsewhere(text: str, lo: str) -> bool:
    """The text writes ``lo`` capitalised as a word of its own somewhere (literal finds, no pattern per text)."""
    cap = lo[:1].upper() + lo[1:]
    i = text.find(cap)
    while i != -1:
        j = i + len(cap)
        if not text[i - 1 : i].isalpha() and not text[j : j + 1].isalpha():
            return True
        i = text.find(cap, j)
    return False


def _known_lower(
    text: str, mask: bytearray, known_parts: list[str], lookup: dict[str, Person]
) -> list[tuple[int, int, Person]]:
    """Known name parts in any case. A part that is also an ordinary word ("zomer", "boer") only where it
    names the person: capitalised (found before), after an honorific, or beside another part of the name."""
    lower_lookup = {k.lower(): lookup[k] for k in known_parts if k in lookup}
    if not lower_lookup:
        return []
    hits = [(s, e, text[s:e].lower()) for s, e in _known_part_spans(text, list(lower_lookup))]
    out: list[tuple[int, int, Person]] = []
    for k, (s, e, lo) in enumerate(hits):
        if mask.find(1, s, e) != -1:
            continue
        if _is_word(lo) and not (text[s:e].isupper() and e - s > 1):  # "HOOGLAND" names the person
            beside = (k > 0 and _PARTICLE_GAP.fullmatch(text, hits[k - 1][1], s)) or (
                k + 1 < len(hits) and _PARTICLE_GAP.fullmatch(text, e, hits[k + 1][0])
            )
            prev = text[max(0, s - 20) : s].split()[-1:]
            cue = bool(prev) and prev[0].lower().rstrip(",:") in LOWER_CUES
            # "visser, r." (the surname written first, initials after it); "Mw. R. Visser (roos)" (a found name,
            # then the part in brackets)
            listed = bool(_INITIALS_AFTER.match(text, e)) or (
                text[s - 2 : s] == " (" and text[e : e + 1] == ")" and s >= 3 and mask[s - 3] == 1
            )
            if not beside and not cue and not listed and not _HONORIFIC_BEFORE.search(text, max(0, s - 20), s):
                continue  # "in de zomer", "een groot bedrag": an ordinary word
            if cue and not beside and not listed and _ARTICLE_CUE_BEFORE.search(text, max(0, s - 24), s):
                if text[s:e].islower() and _capitalised_elsewhere(text, lo):
                    continue  # "Joost Kaas ... verkocht het gezin kaas": a text that writes the name capitalised
                    # writes the ordinary word after "het gezin", "de bewoner" in lower case (round ten)
        out.append((s, e, lower_lookup[lo]))
        mask[s:e] = b"\x01" * (e - s)
    return out


def _known_stopword_parts(
    text: str, mask: bytearray, known_stop: list[tuple[str, Person]]
) -> list[tuple[int, int, Person]]:
    """A known first name that is a function word ("Wil", "Dan") only capitalised, right before the person's
    other name part ("Wil [de Haan]")."""
    out: list[tuple[int, int, Person]] = []
    for word, person in known_stop:
        # also in capitals before the rest in capitals: "BROER ISHIMOTO" (round twenty-one)
        for m in re.finditer(r"(?<![\w\-])(?:" + re.escape(word) + "|" + re.escape(word.upper()) + r")(?=[ \-])", text):
            s, e = m.span()
            if mask.find(1, s, e) != -1:
                continue
            gap = _PARTICLE_GAP.match(text, e)
            if gap and gap.end() < len(text) and mask[gap.end()] and mask.find(0, gap.end(), gap.end() + 1) == -1:
                out.append((s, e, person))
                mask[s:e] = b"\x01" * (e - s)
    return out


# A title or initials right before a name part: "mevrouw Kan", "A. Kan", "dhr Broer".
_TITLE_BEFORE_PART = re.compile(
    r"(?:(?<![\w])(?i:mevrouw|mevr|mw|mej|de heer|heer|dhr|hr|meneer|familie|fam)\.?|(?<![\w.])(?:[A-Z]\.[ \t]?){1,4})"
    r"[ \t]*$"
)
# Words after which a capitalised word is a thing or a relation, not the person: "de Kan", "zijn Broer".
_ARTICLE_BEFORE_PART = frozenset("de het een zijn haar mijn je jouw uw onze ons hun die deze dat dit elke geen".split())
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _known_word_parts_named(
    text: str, mask: bytearray, known_words: list[tuple[str, Person]]
) -> list[tuple[int, int, Person]]:
    """A known name part that is also a word ("Kan" of "Agnieszka Kan", "Broer" of "Broer Ishimoto") where it names
    the person: after a title or initials ("mevrouw Kan", "A. Kan", "MEVROUW KAN"), or capitalised in the middle of a
    sentence, not after an article or a possessive ("zegt Kan.", "Volgens Broer gaat ..."). The ordinary word stays:
    "een kan water", "zijn broer", "Broer" opening a sentence (round twenty-one, from holdout20)."""
    out: list[tuple[int, int, Person]] = []
    for word, person in known_words:
        cap = word[:1].upper() + word[1:].lower()
        for m in re.finditer(r"(?<![\w\-])(?:" + re.escape(cap) + "|" + re.escape(cap.upper()) + r")(?![\w\-])", text):
            s, e = m.span()
            if mask.find(1, s, e) != -1:
                continue
            before = text[max(0, s - 30) : s]
            if not _TITLE_BEFORE_PART.search(before):
                prev = before.rstrip(" \t")
                if m.group() != cap or not prev or len(before) == len(prev):
                    continue
                if not (prev[-1].islower() or prev[-1] == ","):
                    continue  # a sentence or a line opens with the word
                w = _LAST_WORD.search(prev)
                if w and w.group(1).lower() in _ARTICLE_BEFORE_PART:
                    continue
            out.append((s, e, person))
            mask[s:e] = b"\x01" * (e - s)
    return out


_WORD_BEFORE_GAP = re.compile(r"(?P<w>[^\W\d_]+)[ \-]$")


def _known_last_word_parts(
    text: str, mask: bytearray, known_after: list[tuple[str, Person, set[str]]]
) -> list[tuple[int, int, Person]]:
    """A known last name part that is a function or title word ("Das", "Meester") in any case, right after another
    part of the same name that was found ("Mahsa Das", "MAHSA DAS")."""
    out: list[tuple[int, int, Person]] = []
    for word, person, others in known_after:
        for m in re.finditer(r"(?<=[ \-])" + re.escape(word) + r"(?![\w\-])", text, re.I):
            s, e = m.span()
            if mask.find(1, s, e) != -1 or s < 2 or not mask[s - 2]:
                continue
            prev = _WORD_BEFORE_GAP.search(text, max(0, s - 40), s)
            if prev and prev["w"].lower() in others:
                out.append((s, e, person))
                mask[s:e] = b"\x01" * (e - s)
    return out


SURNAME_CUE = re.compile(r"\b(?:mevrouw|mevr\.?|mw\.?|de\s+heer|heer|dhr\.?|meneer|familie|fam\.?)\s*$", re.I)


_HYPHEN_TAIL = re.compile(r"-(?P<w>[^\W\d_][\w'’]*)")


# a finite verb after the name and no subject after the verb (an inverted sentence: "Dan belde hij")
_VERB_NO_SUBJECT = re.compile(r"[ \t]+(?P<v>[a-zà-ÿ]{2,})\b(?![ \t]+(?:hij|zij|ze|ik|we|wij|het|er|u|je|jij|men)\b)")


def _stopword_surnames_before_verb(
    text: str, mask: bytearray, people: list[Person], toks: list[Tok]
) -> list[tuple[int, int, Person]]:
    """A found surname that is also a function word, alone and capitalised before a verb with no subject after it:
    "Om belde de ambulance" beside "Raand Om" (round thirty-three, from holdout32)."""
    stops = {p.surname: p for p in people if p.surname and p.surname.lower() in STOPWORDS and len(p.surname) > 1}
    out: list[tuple[int, int, Person]] = []
    for t in toks if stops else ():
        p = stops.get(t.text)
        m = _VERB_NO_SUBJECT.match(text, t.end) if p is not None else None
        if m and VERB_AFTER.match(" " + m["v"]) and mask.find(1, t.start, t.end) == -1:
            out.append((t.start, t.end, p))
            mask[t.start : t.end] = b"\x01" * (t.end - t.start)
    return out


def _hyphen_tails(text: str, mask: bytearray, spans: list[tuple[int, int, Person]]) -> list[tuple[int, int, Person]]:
    """A person's span followed by a hyphen and another part of the same person's name, in any case, takes it:
    "merel de [haas]-vink" for the resident "Merel de Haas-Vink" (the lower-case view took one part)."""
    if "-" not in text:
        return spans
    out = []
    for s, e, p in spans:
        m = _HYPHEN_TAIL.match(text, e)
        if m and mask.find(1, e, m.end()) == -1:
            low = {q.lower() for part in p.parts for q in part.split("-")}
            if m.group("w").lower() in low:
                mask[e : m.end()] = b"\x01" * (m.end() - e)
                e = m.end()
        out.append((s, e, p))
    return out


_VAN_HEAD = re.compile(r"van[ \u00a0]+(?=[A-ZÀ-ÖØ-Þ])")


def _written_without_van(text: str, name: str) -> bool:
    """``name`` stands somewhere in ``text`` as a word of its own, not right after "van " or "Van " (literal finds:
    no pattern is compiled for each text's names)."""
    i = text.find(name)
    while i != -1:
        before, after = text[i - 1 : i], text[i + len(name) : i + len(name) + 1]
        alone = not (before.isalnum() or before in "'’_") and not (after.isalnum() or after in "'’_")
        if alone and text[max(0, i - 4) : i] not in ("van ", "Van "):
            return True
        i = text.find(name, i + 1)
    return False


# The particle that closes a name written surname first: "Brückhaus, L. von,", "Gallello, A. Del |" (round sixteen,
# from holdout15: the particle stayed behind the placeholder)
_SURNAME_FIRST_END = re.compile(r",[ \u00a0]?(?:[A-ZÀ-Þ]\.[ \u00a0]?){1,4}$")
_CLOSING_PARTICLE = re.compile(
    r"[ \u00a0](?i:van|von|de|der|den|ter|ten|te|el|al|ben|bin|del|della|da|das|dos|do|di|du|le|la|mac|mc|"
    r"van der|van den|von der|von dem|von den|"
    r"van de|in 't|in ’t|op de|'t|’t|"
    # "Zeraoui, N. El-", "Bruyens, H. D'" (round thirty); before a full stop or a bracket too (round thirty-three)
    r"el-|al-|d'|d’|abu|ait|ibn|bou)(?=[ \t]*(?:[,;:)|(]|\.(?:\s|$)|$))",
    re.M,
)


# The surname's particle and the initials after a found surname, as an index sorts a name: "Loohoven van, E",
# "Jiménez de, R. A.", "Hamdonk in 't, L" (round thirty-one, from holdout30)
_PARTICLE_THEN_GIVEN = re.compile(
    r"[ \u00a0](?:van der|van den|van de|von der|von den|in 't|in ’t|van|von|de|der|den|ter|ten|te|del|da|dos|do|di"
    r"|du|le|la)[ \u00a0]?,[ \u00a0]?(?:[A-ZÀ-ÞĀ-Ž]\.?[ \u00a0]?){0,3}[A-ZÀ-ÞĀ-Ž](?:\.|(?![\w'’\-]))"
)


def _closing_particles(
    text: str, mask: bytearray, spans: list[tuple[int, int, Person]]
) -> list[tuple[int, int, Person]]:
    """A name written "Surname, I." takes the particle after the initials: "[Brückhaus, L.] von," -> one name. So
    does a first name after a found surname and a comma: "[Mouradinho], [Joana] dos," (round twenty-seven)."""
    out = []
    ends = {e for _s, e, _p in spans}
    for s, e, p in spans:
        after_surname = s >= 2 and text[s - 2 : s] == ", " and (s - 2) in ends
        if (text[e - 1 : e] == "." and _SURNAME_FIRST_END.search(text, s, e)) or after_surname:
            m = _CLOSING_PARTICLE.match(text, e)
            if m and mask.find(1, e, m.end()) == -1:
                mask[e : m.end()] = b"\x01" * (m.end() - e)
                e = m.end()
        elif text[e : e + 1] == " " and "," in text[e : e + 12]:
            m = _PARTICLE_THEN_GIVEN.match(text, e)
            if m and mask.find(1, e, m.end()) == -1:
                mask[e : m.end()] = b"\x01" * (m.end() - e)
                e = m.end()
        out.append((s, e, p))
    return out


# A nickname quoted between a first name and a surname: "Hidde 'Moos' Rijkehof" (round thirty, from holdout29)
_QUOTED_NICKNAME = re.compile(
    r"[ \t]+['‘\"“][^\W\d_][\w\-]{1,20}['’\"”][ \t]+(?P<s>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+)?)\b"
)


def _quoted_nicknames(
    text: str, mask: bytearray, spans: list[tuple[int, int, Person]]
) -> list[tuple[int, int, Person]]:
    """A quoted word after a found name and before a surname is that person's nickname: the span takes it, and the
    surname too when only a first name was found ("Karel 'Kees' Bouwmeester")."""
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return spans
    starts = {s for s, _e, _p in spans}
    out = []
    grown: list[tuple[int, int]] = []
    for s, e, p in spans:
        m = _QUOTED_NICKNAME.match(text, e)
        if m and m.start("s") in starts:
            e = m.start() + len(text[m.start() : m.start("s")].rstrip(" \t"))  # to the closing quote
        elif m and p.surname is None and p.first and m.group("s").lower() not in STOPWORDS:
            e = m.end() if mask.find(1, m.start("s"), m.end("s")) == -1 else e
        if m and e > m.start():  # the span took the nickname (and the surname)
            mask[s:e] = b"\x01" * (e - s)
            grown.append((s, e))
        out.append((s, e, p))
    # a nickname found as a name of its own goes into the span that took it
    return [x for x in out if not any(a <= x[0] and x[1] <= b and (a, b) != x[:2] for a, b in grown)]


def _van_as_preposition(text: str, spans: list[tuple[int, int, Person]]) -> list[tuple[int, int, Person]]:
    """A lower-case "van" that opens a person's span is the preposition when the same text names that person without
    it elsewhere: "Op advies van Okkerse" beside "Okkerse, Leontien", "het verhaal van Okafor-Bruinsma" beside
    "Mevrouw Okafor-Bruinsma". The word stays in the text."""
    if "van " not in text:
        return spans
    ends = {e for _s, e, _p in spans}
    out = []
    for s, e, p in spans:
        m = _VAN_HEAD.match(text, s)
        if m and s not in ends and _written_without_van(text, text[m.end() : e]):
            s = m.end()  # "ABCW [van Lier]" (s in ends): after initials taken as part of the name "van" is a particle
        out.append((s, e, p))
    return out


_IDENT_JOINERS = frozenset("-_./")


def _parts_in_identifiers(text: str, mask: bytearray, lookup: dict[str, Person]) -> list[tuple[int, int, Person]]:
    """A found name part inside a file name, path or code, joined by "-", "_", "." or "/": "bezwaar_fam_Dijkhuizen.pdf",
    "brief-Oosterwijk-2026.docx" (the tokenizer reads no name inside such a word). Ordinary words stay."""
    if not any(c in text for c in "-_/"):
        return []
    out: list[tuple[int, int, Person]] = []
    for part in sorted(lookup, key=len, reverse=True):  # longest first, as an alternation would take them
        if len(part) < 4 or not part[:1].isupper() or _is_word(part):
            continue
        s = text.find(part)  # literal finds: no pattern compiled for each text's names (round nine, H3's note)
        while s != -1:
            e = s + len(part)
            before, after = text[s - 1 : s], text[e : e + 1]
            joined = before in _IDENT_JOINERS or after in _IDENT_JOINERS
            bounded = not (before.isalpha() and before != "_") and not (after.isalpha() and after != "_")
            sentence_end = after == "." and text[e + 1 : e + 2].isspace()
            if joined and bounded and not sentence_end and mask.find(1, s, e) == -1:
                out.append((s, e, lookup[part]))
                mask[s:e] = b"\x01" * (e - s)
            s = text.find(part, e)
    return out


def _initial_logins(text: str, mask: bytearray, lookup: dict[str, Person]) -> list[tuple[int, int, Person]]:
    """One or two initials glued to a found surname in lower case is that family's login or file tag:
    "Inlognaam: rmancini", "ktg-verslag-gmancini-1311.pdf", "jdecock" (round fifteen). An ordinary word stays."""
    out: list[tuple[int, int, Person]] = []
    low = text.lower()
    for part, person in lookup.items():
        key = part.lower().replace("-", "").replace(" ", "")
        if len(key) < 3 or not part[:1].isupper() or not key.isalpha():
            continue
        s = low.find(key)
        while s != -1:
            e = s + len(key)
            a = s
            while a > 0 and s - a < 2 and "a" <= low[a - 1] <= "z":
                a -= 1
            if (
                a < s
                and not ("a" <= low[a - 1 : a] <= "z")
                and not low[e : e + 1].isalpha()
                and text[a:e].islower()
                and not _is_word(text[a:e])
                and (len(key) >= 5 or text[a - 1 : a] in _IDENT_JOINERS or text[e : e + 1] in _IDENT_JOINERS)
                and mask.find(1, a, e) == -1
            ):
                out.append((a, e, person))
                mask[a:e] = b"\x01" * (e - a)
            s = low.find(key, e)
    return out


# a user name made of a name and a number or other letters: "mariporn2010 op insta", "oğuz2008", "min-jun2013",
# "'bramslo18'", "boateng_y90", "DurkTheGoat08", "xxkwamexx" (round fourteen)
_USER_NAME = re.compile(
    r"(?<![\w@.\-/])(?P<n>[^\W\d_][\w.\-]*?(?:\d{1,4}|_[\w.]+|xx|(?<=[a-z])[A-Z][a-z]+\w*))(?![\w@\-/]|\.\w)"
)


def _handles_of_names(text: str, mask: bytearray, lookup: dict[str, Person]) -> list[tuple[int, int, Person]]:
    """A user name that holds a found name part is that person's, in any case: "Mariporn ... (mariporn2010 op
    insta)", "Bram (de jongeren noemen hem 'bramslo18')". Ordinary words with a number ("week12") stay."""
    if "_" not in text and not any(map(str.isdigit, text)) and "xx" not in text:
        return []
    parts: dict[str, Person] = {}
    for part, person in lookup.items():
        if len(part) >= 3 and part[:1].isupper() and part.replace("-", "").isalpha():
            parts.setdefault(part.lower().replace("-", ""), person)
    if not parts:
        return []
    # each piece of a user name is a piece of the text's lower case (hyphens dropped), so some part must be in that;
    # a capital sigma lowers by its neighbours (round twenty, speed: a look before the scan of every word)
    flat = text.lower().replace("-", "")
    if "\u03a3" not in text and not any(key in flat for key in parts):
        return []
    out: list[tuple[int, int, Person]] = []
    for m in _USER_NAME.finditer(text):
        token = m.group("n").lower()
        letters = [w.removeprefix("xx").removesuffix("xx") for w in re.sub(r"[\d_.]+", " ", token).split()]
        letters += [w.replace("-", "") for w in letters if "-" in w]
        person = None
        for key, p in parts.items():
            if any(w.startswith(key) or (len(key) >= 4 and w.endswith(key)) for w in letters):
                person = p
                break
        if person is not None and mask.find(1, m.start(), m.end()) == -1:
            out.append((m.start(), m.end(), person))
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


_EN_WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday".split())
_DATE_AFTER_WEEKDAY = re.compile(
    r",?[ \t\u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+[A-Za-z]"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)"
)


def _shield_dates(text: str, toks: list[Tok], mask: bytearray) -> list[tuple[int, int]]:
    """Months and English weekdays written in dates are no names, nor the first name of a person named again:
    "Jan Smit ... Thu, Jan 8, 2026" (masked before any person rule runs, unmasked for the date rules after them)."""
    out: list[tuple[int, int]] = []
    for t in toks:
        w = t.text.rstrip(".").lower()
        if len(w) > 9:
            continue
        if month_in_date(text, t.start, t.end) or (
            w in _EN_WEEKDAYS and _DATE_AFTER_WEEKDAY.match(text, t.end) is not None
        ):
            if mask.find(1, t.start, t.end) == -1:
                mask[t.start : t.end] = b"\x01" * (t.end - t.start)
                out.append((t.start, t.end))
    return out


def find_entities(text: str, known: Known | None = None) -> list[Entity]:
    """Find personal data in ``text``; offsets refer to ``text`` itself."""
    if not text:
        return []
    view = dictated_view(text)
    if view is None:
        return _find_entities(text, known)
    # a dictated text is read with its spoken punctuation written as signs (anonymizer/dictation.py)
    written, starts, ends = view
    found = []
    for ent in _find_entities(written, known):
        s, e = starts[ent.start], ends[ent.end - 1]
        found.append(Entity(s, e, ent.label, text[s:e], ent.replacement))
    return found


def _find_entities(text: str, known: Known | None) -> list[Entity]:
    cands = [(s, e, lab, rep, PRIORITY["KNOWN"]) for s, e, lab, rep in _known_candidates(text, known)]
    toks = tokenize(text)
    structured = _structured(text, toks)
    streets = [c for c in structured if c[2] == "STREET"]
    cands += [(s, e, lab, rep, PRIORITY[lab]) for s, e, lab, rep in structured if lab != "STREET"]
    cands += [(s, e, lab, rep, PRIORITY[lab]) for s, e, lab, rep in find_spoken(text)]
    cands += [(s, e, lab, rep, PRIORITY[lab]) for s, e, lab, rep in foreign_addresses(text)]
    dobs, kept_dates = record_dates(text)
    cands = drop_kept(cands + [(s, e, lab, rep, PRIORITY[lab]) for s, e, lab, rep in dobs], kept_dates)
    spans = _resolve(cands)
    spans = [(s, address_end(text, e) if lab == "ADDRESS" else e, lab, rep) for s, e, lab, rep in spans]
    mask = bytearray(len(text))
    for s, e, _l, _r in spans:
        mask[s:e] = b"\x01" * (e - s)
    spans += _repeat_structured(text, spans, mask)
    spans += _postcodes_after_found(text, spans, mask)
    shield_hashtags(text, mask)
    shield_places(text, mask, [(s, e) for s, e, lab, _r in spans + streets if lab in ("ADDRESS", "STREET")])
    shield_records(text, mask, spans)
    date_words = _shield_dates(text, toks, mask)

    soft = bytearray(len(text))
    for s, e, _l, _r in streets:
        soft[s:e] = b"\x01" * (e - s)
    # Persons are judged on a view with lower-case and ALL-CAPS names written as names (same offsets).
    view = case_view(text)
    rec_toks = toks  # the recurrence below reads these
    if view is not text:
        text_toks, toks = toks, tokenize(view)
        # "AF NIKOS'." beside a found "Nikos": the view writes a shouted sentence in lower case, so its ALL-CAPS
        # words are no tokens there; recurrence reads them as written (round twenty-six, fresh32d)
        starts = {t.start for t in toks}
        shouted = [t for t in text_toks if t.start not in starts and t.text.isupper() and len(t.text) > 1]
        rec_toks = sorted([*toks, *shouted], key=lambda t: t.start) if shouted else toks
    chunks = find_person_chunks(view, toks, mask, soft)
    if "@" in text:  # "of algemeen Info@gouda.nl": a function mailbox's local part is no name (round fourteen)
        chunks = [c for c in chunks if not (text[c[1] : c[1] + 1] == "@" and text[c[0] : c[1]].lower() in MAILBOXES)]
    reg = _Registry()
    person_spans: list[tuple[int, int, Person]] = []

    # Known names first, so the resident is [persoon 1] and all parts are searched for.
    known_parts: list[str] = []
    known_stop: list[tuple[str, Person]] = []  # "Wil" of "Wil de Haan": only right before the rest of the name
    known_after: list[tuple[str, Person, set[str]]] = []
    known_words: list[tuple[str, Person]] = []  # parts that are words: "Kan", "Broer" (see _known_word_parts_named)
    if known:
        for name in known.names:
            raw = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
            parts = [w for w in raw if w.lower() not in PARTICLES]
            if len(raw) > 1 and raw[-1].lower() in PARTICLES and len(raw[-1]) > 1:
                parts.append(raw[-1])  # "Das" last in "Mahsa Das" is no particle but the surname
            parts = [w.rstrip(".,") for w in parts if len(w.rstrip(".,")) > 1 and "." not in w.rstrip(".,")]
            stop_parts = [w for w in parts if w.lower() in STOPWORDS and w.lower() not in CUE_WORDS]
            # "Broer" of "Broer Ishimoto": a first name that is a cue word, also right before the rest (round 21)
            stop_parts += [w for w in parts[:1] if w.lower() in CUE_WORDS and len(parts) > 1]
            word_parts = [w for w in parts if w.lower() in CUE_WORDS or w.lower() in STOPWORDS]
            # "Das" of "Mahsa Das", "Meester" of "Adaeze Meester": a function or title word last in the name, only
            # right after the name's other part (round twelve)
            after_parts = [w for w in parts[1:] if w.lower() in CUE_WORDS or w.lower() in STOPWORDS]
            parts = [w for w in parts if w.lower() not in CUE_WORDS and w.lower() not in STOPWORDS]
            if parts:
                person = reg.assign(parts, "known")
                person.known = True
                person.parts.update(x for part in parts for x in part.split("-") if x)
                known_parts.extend(parts)
                known_stop.extend((w, person) for w in stop_parts)
                known_after.extend((w, person, {x.lower() for x in parts}) for w in after_parts)
                known_words.extend((w, person) for w in word_parts)

    for s, e, ctoks, _kind in chunks:
        parts = _name_parts(ctoks) or [ctoks[-1].text]
        hint = bool(SURNAME_CUE.search(text[max(0, s - 20) : s])) or ctoks[0].particle or ctoks[0].initial
        person = reg.assign(parts, _kind, surname_hint=hint)
        person_spans.append((s, e, person))

    if " A " in text:
        person_spans = _join_a_surnames(text, person_spans, reg)
    if " a " in text:
        person_spans = _lower_a_tails(text, person_spans)

    spelled = spelling_runs(text)
    if spelled:  # "S van Simon, T van Theodoor": the run spells one name; "S van Simon" alone is none
        person_spans = [p for p in person_spans if not any(p[0] < e and s < p[1] for s, e in spelled)]

    # Recurrence: every part of every found name, wherever it appears as a capitalised whole word;
    # known parts case-insensitively.
    for s, e, _p in person_spans:
        mask[s:e] = b"\x01" * (e - s)

    # Names by the structure around them, in any case: table columns headed "naam", chat speakers,
    # "van der sloot, w." (anonymizer/extend.py).
    def new_person(parts: list[str]) -> Person:
        return reg.assign(parts, "structure", surname_hint=len(parts) == 1)

    person_spans += rule_space_aligned_names(text, mask, new_person, person_spans)  # columns.py
    person_spans += X.rule_name_columns(text, mask, new_person)
    person_spans += X.rule_xml_name_fields(text, mask, new_person)  # "<Geslachtsnaam>X</Geslachtsnaam>"
    person_spans += X.rule_ical_names(text, mask, new_person)  # "ATTENDEE;CN=Maar Haji:mailto:..."
    person_spans += rule_records(text, mask, new_person)
    person_spans += rule_mrz_names(text, mask, new_person)  # mrz.py: "KURDANI<<RIMA<<<<"
    person_spans += rule_name_fields(text, mask, new_person)
    person_spans += rule_mail_display_names(text, mask, new_person)  # speakers.py: "Van: ming xu <…>"
    person_spans += rule_vocative_openers(text, mask, new_person)  # speakers.py: "Plamen, zie hieronder."
    person_spans += rule_caps_signature(text, mask, new_person)  # speakers.py: "Voor akkoord,⏎ADEBANI"
    person_spans += rule_name_below_label(text, mask, new_person)
    person_spans += rule_initials_cell(text, mask, new_person)
    person_spans += rule_initials_column(text, mask, new_person)  # speakers.py: an "akkoord" column
    person_spans += rule_address_block_name(text, mask, new_person)
    person_spans += rule_handles(text, mask, new_person)
    person_spans += rule_forum_authors(text, mask, new_person)  # social.py: "benali98 schreef:"
    person_spans += rule_user_names(text, mask, new_person)  # social.py: "gewijzigd door j.devries"
    person_spans += rule_login_ids(text, mask, new_person)  # social.py: "| crosini06 |"
    person_spans += rule_platform_users(text, mask, new_person)  # social.py: "u/ZwaanO", "[quote="x"]", "^Bao Hai"
    person_spans += rule_bare_initials(text, mask, new_person)
    person_spans += X.rule_chat_speaker(text, mask, new_person)
    person_spans += X.rule_chat_handles(text, mask, new_person)  # "[21:37] its.yusuf14:", "<dawitale96>"
    person_spans += X.rule_surname_initials_anycase(text, mask, new_person)
    person_spans += rule_spelling_alphabet(text, mask, new_person)  # transcripts.py: "S van Simon, T van Theodoor"
    person_spans += rule_spelled_and_genitives(text, mask, new_person)  # transcripts.py: "d-e-l-i-c", "abebe's"
    person_spans += rule_transcript_speakers(text, mask, new_person)  # "(00:35) SK:", "inwoner (babak):"
    person_spans += rule_speaker_run(text, mask, person_spans, new_person)
    lookup: dict[str, Person] = {}
    for p in reg.people:
        for part in p.parts:
            if len(part) > 1 and part.lower() not in STOPWORDS:
                lookup.setdefault(part, p)
    if lookup:
        for t in rec_toks:
            if t.initial:
                continue
            w = t.text
            end = t.end
            if w.endswith(("'s", "’s")) and len(w) > 3:
                w = w[:-2]
            elif w.endswith(("'", "’")) and len(w) > 3:
                w = w[:-1]  # "‘Gespreksverslag Rodrigues’", "Rodrigues' fiets": a closing quote or a possessive
                end -= 1
            hits: list[tuple[int, int, Person]] = []
            if t.sent_start and w.lower() in RELATIONS and not w.isupper():
                continue  # "Broer en zus kwamen": a relation word opening a sentence, not "Broer" (round 21)
            p = lookup.get(w) or (lookup.get(w.capitalize()) if w.isupper() and len(w) > 1 else None)
            if p is None and w.endswith("s") and len(w) > 3 and _POSSESSION_AFTER.match(text, t.end):
                p = lookup.get(w[:-1])  # "Bevers melding": the genitive of a found name before what is theirs
            if p is None and w.endswith("s") and not w.endswith("ss") and len(w) >= 4 and _noun_after(text, t.end):
                # "werd Kosters portemonnee gestolen": before any lower-case word, capitalised mid-sentence, so no
                # plural noun ("kosters"); not a town's adjective ("Delfts blauw") (round twenty-eight, from fresh34f)
                q = lookup.get(w[:-1]) if w[:-1] not in PLACES_FULL else None
                if q is not None and t.sent_start and (not q.known or _plural_subject(text, t.end, w)):
                    q = None  # "Molenaars werken hard": opening a sentence only the resident's own name is read so,
                    # and not as a plural before its verb ("Merels nestelen in de goot")
                p = (
                    q
                    if q is not None and w[:1].isupper() and not w.isupper() and w[:-1].lower() not in STOPWORDS
                    else None
                )
            if p is not None:
                hits.append((t.start, end, p))
            elif "-" in w:
                off = t.start
                for part in w.split("-"):
                    q = lookup.get(part)
                    if q is not None:
                        hits.append((off, off + len(part), q))
                    off += len(part) + 1
            for s, e, q in hits:
                if mask.find(1, s, e) == -1:
                    person_spans.append((s, e, q))
                    mask[s:e] = b"\x01" * (e - s)
        person_spans += _known_lower(text, mask, known_parts, lookup)
        person_spans += _parts_in_identifiers(text, mask, lookup)
        person_spans += _handles_of_names(text, mask, lookup)
        person_spans += _initial_logins(text, mask, lookup)
    person_spans += _stopword_surnames_before_verb(text, mask, reg.people, rec_toks)
    person_spans += _known_stopword_parts(text, mask, known_stop)
    person_spans += _known_word_parts_named(text, mask, known_words)
    person_spans += _known_last_word_parts(text, mask, known_after)
    person_spans += rule_speaker_run(text, mask, person_spans, new_person)  # peers found by recurrence

    # Growth around the names found: surnames in lower case or capitals, "Surname, First", initials in every
    # spelling, and a found name written again in lower case (anonymizer/extend.py).
    person_spans += X.rule_surname_after_first_name(text, mask, person_spans)
    person_spans += grow_around_names(text, mask, person_spans)  # namesites.py
    person_spans += X.rule_surname_in_brackets(text, mask, person_spans)
    person_spans += X.rule_surname_before_brackets(text, mask, person_spans)
    person_spans += X.rule_surname_before_first_name(text, mask, person_spans)
    person_spans += X.rule_first_names_after_surname_first(text, mask, person_spans)  # "Bos, Gijsbel ("
    person_spans += X.rule_first_word_after_cue(text, mask, person_spans)
    person_spans += X.rule_initials_before_name(text, mask, person_spans)
    person_spans += X.rule_initials_after_name(text, mask, person_spans)
    person_spans += X.rule_initials_cell_before_name(text, mask, person_spans)  # "M.;;Kanhai"
    person_spans += X.rule_initials_with_surname(
        text, mask, lambda word: reg.assign([word], "initials", surname_hint=True)
    )
    person_spans += X.rule_capital_particle_surname(text, mask, new_person)  # "wethouder De cauteren"
    person_spans += X.rule_elided_surname(text, mask, person_spans, new_person)  # "Olaf d'Ancona"
    person_spans += X.rule_email_surname_after_name(text, mask, person_spans)  # "gijs timmer ... gijs.timmer@"
    person_spans += X.rule_names_spelled_by_email(text, mask, new_person)  # "bram visser ... bram.visser@"
    person_spans += rule_call_names(text, mask, person_spans)  # nicknames.py: "onze rayony (eigenlijk ...)"
    person_spans += rule_glued_titles(text, mask, new_person) if "." in text else []  # "fam.Todorov"
    births = [(s, e) for s, e, lab, _r in spans if lab == "DATE_OF_BIRTH"]
    person_spans += rule_names_before_birth_dates(text, mask, births, new_person) if births else []
    addresses = [(s, e) for s, e, lab, _r in spans if lab == "ADDRESS"]
    person_spans += rule_names_after_addresses(text, mask, addresses, new_person) if "(" in text else []
    person_spans += X.rule_family_hyphen(text, mask, new_person)  # "de familie-Aydoğan"
    person_spans += X.rule_name_compound(text, mask, new_person)  # "het Rintjama-dossier"
    person_spans += X.rule_capitalised_function_word(text, mask, new_person)  # "zijn dochter Door belde"
    phrases = X.particle_surnames(text, person_spans)
    person_spans += X.rule_surname_phrase_recurrence(text, mask, phrases)
    person_spans += X.rule_lower_recurrence(text, mask, X.lower_parts(reg.people, _parts_of))
    person_spans += X.rule_first_name_before_surname(text, mask, person_spans)
    person_spans += X.rule_opener_before_surname(text, mask, person_spans)  # "| Rodel [Sumuraeg] |"
    person_spans += X.rule_name_in_brackets_after_name(text, mask, person_spans)  # "Jaow (Caadumo)"
    person_spans += X.rule_particle_gap(text, mask, person_spans)  # "[Wout] Ter Haar [Romeny]"
    person_spans += rule_table_first_cells(text, mask, person_spans, new_person)
    person_spans += rule_coordinated_names(text, mask, person_spans, new_person)  # coordination.py
    person_spans += rule_caps_surname_after_name(text, mask, person_spans)  # coordination.py
    person_spans += rule_particle_before_name(text, mask, person_spans)  # coordination.py
    person_spans += rule_names_written_again(text, mask, person_spans, new_person)  # coordination.py
    person_spans += rule_initialisms_of_names(text, mask, person_spans)  # coordination.py: "(NM, teamleider)"
    person_spans += rule_initials_joined_to_name(text, mask, person_spans, new_person)  # "X (toezichthouder) en WW"
    person_spans += rule_initials_in_brackets_after_name(text, mask, person_spans)  # "agent Dralena (DWM)"
    person_spans += rule_paraphs(text, mask, new_person)  # paraphs.py: "LW/HS", "... op.  [JH]"
    person_spans += rule_spelled_names(text, mask, person_spans, new_person)  # "dat is E-G-A-L"
    person_spans += rule_name_broken_at_line_end(text, mask, person_spans)  # "Tava-⏎res" (grows in place)
    person_spans += rule_signoff_lower_name(text, mask, person_spans, new_person)  # "groet anton ter haar"
    person_spans += rule_self_intro_before_street(text, mask, person_spans, new_person)  # "ik ben tuấn võ van x 8"
    person_spans += rule_contact_names(text, mask, new_person)  # coordination.py: "App Inês via 078-..."
    person_spans += rule_short_name_before_full(text, mask, person_spans)  # "Olo (eigenlijk Oleksandr Lysenuk)"
    person_spans += rule_word_among_listed_names(text, mask, person_spans, new_person)  # ", Armen, "
    person_spans += rule_diminutives_before_surnames(text, mask, person_spans)  # nicknames.py: "Toontje Furdo"
    person_spans += rule_name_tag_after_department(text, mask, new_person)  # "Backoffice Parkeren (Radjesh) reageert"
    person_spans += rule_other_script_names(text, mask, person_spans, new_person)  # scripts.py: "(سلمى الخطيب)"
    person_spans += X.rule_surname_after_first_name(text, mask, person_spans)  # again, for names found since
    person_spans += names_in_document_files(text, mask, new_person)  # "paspoort-zwaans.pdf"
    person_spans += names_in_paths(text, mask, person_spans)  # "daconceicao-huurcontract.pdf"
    person_spans += mail_names_in_paths(text, mask, new_person)  # "lieuwald@…" … "borgbewijs-lieuwald.pdf"
    person_spans += rule_name_before_birth_date_in_item(text, mask, new_person)  # "bed 2: Leda, 16.8.1995"
    person_spans += rule_slot_peers(text, mask, person_spans, new_person)  # peers.py: "| JRD |", "(Fartje)"

    for s, e in date_words:
        mask[s:e] = bytes(e - s)
    # a full date right after a person's name is that person's date of birth: "Jan de Vries 03-04-1978"
    for _s, e, _p in person_spans:
        m = P.DATE_AFTER_NAME.match(text, e)
        if m and mask.find(1, m.start("date"), m.end("date")) == -1:
            year = P.year_of(m) or P.recent_year_of(m)  # "Floor ter Haar (12-01-'07)": a child born in 2007
            # "RE: hoorzitting J. Demir, 24 juni 2025": a date of this or last year after a comma is an event
            recent = bool(year) and int(year) >= P.DOB_YEAR_MAX + 11
            if recent and "(" in text[e : m.start("date")]:
                # "Overdracht Roya -> Io (9 oktober 2026)": a dated heading; a child of last year is named so
                recent = not P.CHILD_WORD.search(text, text.rfind("\n", 0, e) + 1, e)  # (round eleven)
            if year and not recent and P.NAMED_BIRTH_YEAR_MIN <= int(year) <= P.DOB_YEAR_MAX + 12:
                spans.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year))
                mask[m.start("date") : m.end("date")] = b"\x01" * (m.end("date") - m.start("date"))
        item = P.birth_date_in_item(text, e) if m is None else None  # "- Ruud Bal (2019-02-18): kindpakket"
        if item and mask.find(1, item[0], item[1]) == -1:
            spans.append((item[0], item[1], "DATE_OF_BIRTH", "[geboortedatum] " + item[2]))
            mask[item[0] : item[1]] = b"\x01" * (item[1] - item[0])
            continue
        y = year_after_name(text, e) if m is None else None  # "Yolanda Rosaria (1965)": a birth year alone
        y = y or street_after_name(text, e, _is_place, _is_gov)  # "Navin Bhola, Lange Akker 136-2."
        y = y or street_in_brackets_after_name(text, e, _is_place, _is_gov)  # "Habab (Populierenweg)"
        if y and mask.find(1, y[0], y[1]) == -1:
            spans.append(y)
            mask[y[0] : y[1]] = b"\x01" * (y[1] - y[0])

    spans += rule_dates_in_person_rows(text, mask, person_spans)
    spans += rule_field_values(text, mask)
    persons_at = [(s, e) for s, e, _p in person_spans]
    spans += old_dates_of_birth(text, mask, persons_at)  # olddates.py: a full date long past beside a person
    bsns = [(s, e) for s, e, lab, _r in spans if lab == "BSN"]
    spans += young_dates_of_birth(text, mask, persons_at, bsns)  # olddates.py: "Xiaoling Ten (21/11/2015)"
    spans += ocr_dates_of_birth(text, mask)  # olddates.py: "04 01 198S", "geb.|1|1|0|1|1|9|7|2|"
    spans += compact_dates_of_birth(text, mask)  # olddates.py: "bent u, 19780907, aangehouden"
    spans += mrz_dates_of_birth(text, mask)  # mrz.py: "9809251F3212031NLD<<<" on an ID card's copy
    spans += coordinated_dates_of_birth(text, mask, spans)  # olddates.py: "geboren op X en 26-06-2015"
    spans += rule_case_number_siblings(text, mask, spans)
    spans += case_number_twins(text, mask, spans)  # casenumbers.py: "aanslagen: 5041.20.82171 en 2332.25.87805"
    spans += rule_case_number_column(text, mask)  # speakers.py: cells under a "Dossiernummer" header
    spans += other_script_identifiers(text, mask)  # scripts.py: "АІ 1516 ТХ", "出生日期: 1955年5月16日"
    spans += bare_codes(text, mask)  # casenumbers.py: "TLK-269046-2" anywhere (looked for around figures only)

    for s, e, _lab, rep in sorted(streets):
        e = address_end(text, house_number_end(text, e))
        if mask.find(1, s, e) == -1:
            spans.append((s, e, "ADDRESS", rep))
            mask[s:e] = b"\x01" * (e - s)

    # a date later than today is no birth date by a column or a cue further away (round eighteen); right after
    # "geboren" the writer says it is one
    ents = [
        Entity(s, e, lab, text[s:e], rep)
        for s, e, lab, rep in spans
        if lab != "DATE_OF_BIRTH" or not after_today(text[s:e]) or _BORN_RIGHT_BEFORE.search(text, max(0, s - 24), s)
    ]
    person_spans = _van_as_preposition(text, _hyphen_tails(text, mask, _closing_particles(text, mask, person_spans)))
    person_spans = _quoted_nicknames(text, mask, person_spans)
    ents += [Entity(s, e, "PERSON", text[s:e], f"[persoon {p.ident}]") for s, e, p in person_spans]
    ents.sort(key=lambda x: x.start)
    # Merge adjacent person spans of the same person ("[persoon 1] [persoon 1]" -> one)
    merged: list[Entity] = []
    for ent in ents:
        if (
            merged
            and ent.label == "PERSON"
            and merged[-1].label == "PERSON"
            and merged[-1].replacement == ent.replacement
            and text[merged[-1].end : ent.start] in ("", " ", "-")
        ):
            prev = merged.pop()
            ent = Entity(prev.start, ent.end, "PERSON", text[prev.start : ent.end], ent.replacement)
        merged.append(ent)
    return merged


_BORN_RIGHT_BEFORE = re.compile(r"(?i:geb(?:oren|\.|oortedatum)?|born|°|\*)[^\n\d]{0,16}$")


def anonymize(text: str, known: Known | None = None) -> Result:
    """Replace personal data in Dutch ``text`` by readable placeholders such as ``[persoon 1]``."""
    ents = find_entities(text, known)
    out: list[str] = []
    pos = 0
    for ent in ents:
        out.append(text[pos : ent.start])
        out.append(ent.replacement)
        pos = ent.end
    out.append(text[pos:])
    return Result("".join(out), ents)
