"""Speakers and owners named by the structure of a run of "X: ..." lines (no Flask imports).

A chat copied without time stamps ("Henk Baas: ik bel morgen" / "orlin: 👍") and a list of action points
("- Sanne de Wit: navragen bij DUO" / "- Wubbo: bankafschriften opsturen") name one person per line before the
colon. When another line of the same run was already judged to name a person there, a single word in that place
is a person too, in any case, unless it is positively something else: a field label ("Besluit:", "Actie:"), a role
("bemiddelaar:"), a body or a scheme, an acronym. A run without any person keeps its labels ("Datum:", "Plaats:").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS
from .namesites import MONTH_WORDS
from .paraphs import is_code
from .patterns import CHILD_WORD, DAY_WORDS, FUNCTION_MAILBOXES
from .persons import (
    CUE_WORDS,
    GOV_TERMS,
    NATIONALITY_SHAPE,
    ORG_WORDS,
    PARTICLES,
    _org_like,
    ordinary_compound,
    plural_cue,
    weak_org,
)
from .rxutil import fast_alternation
from .scan import at_digit_runs, ends_with_key
from .wordlists import (
    CHAT_WORDS,
    GOV_TERMS_LOWER,
    GREETINGS_CLOSING,
    GREETINGS_OPENING,
    GREETINGS_TIME,
    INTERJECTIONS,
    NAME_HEADERS,
)

P = TypeVar("P")
Span = tuple[int, int, P]

# "lead X: value": X is what stands before the first colon of the line (no digits), after a chat time stamp if any.
# Also after a transcript's time mark without brackets: "#03m50s MT: ..." (round twenty-four; not after a clock time,
# which opens a log's entries: "14:29 pers: woordvoerder ...")
_LINE = re.compile(
    r"^(?:\[[\d/:\-., ]{3,22}\][ \t]*|#?\d{1,2}m\d{2}s[ \t]+)?(?P<lead>[ \t]*(?:[-*•–][ \t]+)?)"
    r"(?P<x>[^\W\d_][^:\n\d\[\]<>@|]{0,48}?):(?:[ \t]|$)",
    re.M,
)
_ONE_WORD = re.compile(r"[^\W\d_][\w'’\-]{1,30}")
_NUMBER_VALUE = re.compile(r"[ \t]*(?:€|eur\b|\d)", re.I)

# Labels that open a field, heading or minute item, not a person ("Besluit: ...", "Actie: ...").
FIELD_LABELS = frozenset(
    (
        "aan van cc bcc onderwerp betreft datum tijd plaats locatie adres tel telefoon mobiel email e-mail mail "
        "naam status actie acties actiepunt actiepunten besluit besluiten afspraak afspraken vraag vragen antwoord "
        "reactie opmerking opmerkingen notitie notities conclusie samenvatting update tip let nb ps bijlage "
        "bijlagen kenmerk zaak dossier zaaknummer referentie aanwezig afwezig verslag agenda punt wie wat wanneer "
        "waar hoe waarom toelichting resultaat uitkomst situatie vervolg planning deadline termijn prioriteit "
        "categorie thema afdeling team contact bron kanaal inhoud bericht tekst info informatie overig algemeen "
        "iedereen allen allemaal alle ik jij wij zij hij u jullie wij "
        # the keys of e-mail headers in English and German ("From:", "Subject:", "Betreff:") and Dutch ones not above
        "from to sent date subject attachment attachments importance verzonden kopie von an gesendet betreff anhang "
        # who speaks in a chat's log without being a person ("Systeem: Arben neemt het gesprek over", round 22)
        "systeem system chatbot bot melding notificatie automatisch"
    ).split()
)


def body_word(word: str) -> bool:
    """A body, department or scheme word ("Wmo", "Woonbron", "Klantcontactcentrum"); unlike ``weak_org`` a word
    with the ending of a nationality ("Wietse") counts only as a nationality beside a noun, so not here."""
    return word in GOV_TERMS or (weak_org(word) and not NATIONALITY_SHAPE.search(word.lower()))


def _not_a_person(word: str) -> bool:
    lo = word.lower()
    return (
        lo in FIELD_LABELS
        or lo in CUE_WORDS
        or plural_cue(lo)
        or lo in ORG_WORDS
        or body_word(word)
        or (word.isupper() and len(word) > 1)
    )


def _label_may_name(word: str) -> bool:
    """A label beside role labels names a speaker unless it is an ordinary word: listed names, places (surnames
    such as "Heemskerk") and the genitive form of a listed surname ("Dekkers") count."""
    return (
        word.lower() not in WORDS
        or word in FIRST_NAMES
        or word in SURNAMES
        or word in PLACES_FULL
        or (word.endswith("s") and word[:-1] in SURNAMES)
    )


def _speaker_role(label: str) -> bool:
    """A speaker named by role in a transcript: one capital letter ("M", "B") or a role word ("Bewoner")."""
    return (len(label) == 1 and label.isupper()) or label.lower() in CUE_WORDS


def _caps_speaker(word: str, text: str, beside_names: bool = False) -> bool:
    """An ALL-CAPS label beside role labels ("BEWONER:") is a speaker's surname, also when it is a word ("KING:"),
    if the text writes it as a name mid-sentence ("u spreekt met Søren King") or it is no word and no acronym.

    With ``beside_names`` the label stands in a run whose other labels are names ("KEES:", "MIA:" beside
    "CAROLIEN:"): then it is a speaker's name too when it is a listed name or no word, unless it is a code as well
    as a role, a body or a field (round fourteen, from holdout13's podcasts)."""
    if not (word.isupper() and len(word) > 2) or _speaker_role(word) or word in GOV_TERMS:
        return False
    cap = word[0] + word[1:].lower()
    lo = word.lower()
    if lo in FIELD_LABELS or lo in CUE_WORDS or lo in ORG_WORDS or body_word(cap) or (beside_names and is_code(word)):
        return False
    if beside_names and (cap in FIRST_NAMES or cap in SURNAMES or lo not in WORDS):
        return True
    if re.search(r"[a-zà-ÿ,] " + re.escape(cap) + r"(?![\w\-])", text):
        return True
    return lo not in WORDS and lo not in STOPWORDS and bool(re.search(r"[AEIOUY]", word)) and len(word) > 3


def _runs(text: str, line_re: re.Pattern[str] = _LINE) -> list[list[re.Match[str]]]:
    """Consecutive "X: ..." lines of the same kind (all bullets or none), each run at least two lines long."""
    runs: list[list[re.Match[str]]] = []
    prev_end, prev_bullet = -2, False
    for m in line_re.finditer(text):
        bullet = bool(m.group("lead").strip())
        if runs and text[prev_end : m.start()].strip("\r\n ") == "" and bullet == prev_bullet:
            runs[-1].append(m)
        else:
            runs.append([m])
        prev_end = text.find("\n", m.end())
        prev_end = len(text) if prev_end == -1 else prev_end
        prev_bullet = bullet
    return [r for r in runs if len(r) >= 2]


_ADDRESS_ONLY = re.compile(r"(?i:(?:de[ \t]+)?(?:heer|mevrouw|mevr\.?|mw\.?|dhr\.?|meneer)[ \t]+)")
_SPEAKER_INITIALS = re.compile(r"[A-Z](?:[A-Z]{1,2}|[a-z]{1,3}[A-Z])")
_NOT_INI = frozenset(("PS", "NB", "OK", "CC", "RE", "FW", "TEL", "TAV", "BTW", "NVT", "TBD", "ZZP"))


def rule_speaker_run(
    text: str,
    mask: bytearray,
    person_spans: Sequence[tuple[int, int, object]],
    new_person: Callable[[list[str]], P],
) -> list[Span[P]]:
    """A single word before the colon of a line is a person when a line of the same run names a person there.

    A lower-case word only in a run without bullets (a chat: "zon: sorry voor de late reactie"); in a list of
    action points a lower-case word is a role or a label ("- bemiddelaar: terugkoppelen")."""
    if ":" not in text or not person_spans:
        return []
    covered = [(s, e) for s, e, _p in person_spans]
    out: list[Span[P]] = []
    seen: dict[str, P] = {}
    for run in _runs(text):
        peers = 0
        for m in run:
            s, e = m.span("x")
            if any(ps <= s and e <= pe + 1 or (ps <= s < pe and text[pe:e].strip(" '’s") == "") for ps, pe in covered):
                peers += 1
            elif any(s < ps and pe >= e - 1 and _ADDRESS_ONLY.fullmatch(text, s, ps) for ps, pe in covered):
                peers += 1  # "De heer De Koning: ...", "Mevrouw Macaraeg: ..." (round twenty-four, from fresh17a)
        # a transcript: the other speakers are roles ("M:", "B:", "Bewoner:"), so an unknown capitalised label
        # beside them is a speaker by name ("Munteanu: ik heb de heer ... gemaild")
        bullet = bool(run[0].group("lead").strip())
        # (not in a bulleted list of fields: "* Bewoner: …⏎* Buren: …" names roles, no speakers; round nineteen)
        roles = not peers and not bullet and sum(1 for m in run if _speaker_role(m.group("x"))) >= 2
        # turns come back in a conversation; a list of fields names each key once ("Klant: …⏎Klantmanager: …⏎
        # Jobcoach: …", round twenty-two)
        roles = roles and len({m.group("x").lower() for m in run}) < len(run)
        if not peers and not roles:
            continue
        for m in run:
            s, e = m.span("x")
            word = m.group("x")
            if not _ONE_WORD.fullmatch(word) or mask.find(1, s, e) != -1:
                continue
            caps = (roles and _caps_speaker(word, text)) or (peers > 0 and _caps_speaker(word, text, beside_names=True))
            # a speaker's initials in a conversation: "MT: Dat heeft ..." beside "Cliënt:" (round twenty-four, from
            # fresh17a; the codes of a field, "BSN:", "PS:", stay)
            caps = caps or bool(
                _SPEAKER_INITIALS.fullmatch(word) and not is_code(word) and word.upper() not in _NOT_INI
            )
            if roles and not caps and not (word[0].isupper() and _label_may_name(word)):
                continue
            if not caps and _not_a_person(word) and not (roles and (word in SURNAMES or word in PLACES_FULL)):
                continue  # beside role labels a place name is a surname ("Heemskerk:"), not a body
            if not word[0].isupper() and bullet:
                continue
            if (
                peers
                and not caps
                and not bullet
                and word[0].isupper()
                and text[m.start()] != "["
                and not _label_may_name(word)
            ):
                continue  # "Aangifte: ja, ...", "Link: https://...": an ordinary word keys a field (round 22)
            if word.lower() in WORDS and _NUMBER_VALUE.match(text, m.end()):
                continue  # "Kosten: € 250,00" beside "Jan: ik heb gebeld": a field with an amount, no speaker
            key = word.lower()
            if key not in seen:
                seen[key] = new_person([word[:1].upper() + word[1:]])
            out.append((s, e, seen[key]))
            mask[s:e] = b"\x01" * (e - s)
    return out


# "X | ... | ...": the first cell of a table row without a header line, a name of one to four words.
_ROW = re.compile(r"^(?P<lead>[ \t]*)(?P<x>[^\W\d_][^\n\d|:;=<>@\[\]()]{0,48}?)[ \t]*\|[^\n]*\|", re.M)
_CAP_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def rule_table_first_cells(
    text: str,
    mask: bytearray,
    person_spans: Sequence[tuple[int, int, object]],
    new_person: Callable[[list[str]], P],
) -> list[Span[P]]:
    """The first cells of consecutive table rows name the same kind of thing: when one of them opens with a person
    ("Bos, Ch. | 1998 | aanvrager"), a cell of one to four capitalised words in another row is a person too
    ("Wietse Pranger | ... | kind"), unless a word is a body, a label or a role."""
    if "|" not in text or not person_spans:
        return []
    starts = {s for s, _e, _p in person_spans}
    out: list[Span[P]] = []
    for run in _runs(text, _ROW):
        if not any(m.start("x") in starts for m in run):
            continue
        for m in run:
            s, e = m.span("x")
            words = _CAP_WORD.findall(m.group("x"))
            names = [w for w in words if w.lower() not in PARTICLES]
            if (
                not names
                or len(names) > 4
                or mask.find(1, s, e) != -1
                or not all(w[0].isupper() for w in names)
                or any(_not_a_person(w) for w in names)
            ):
                continue
            out.append((s, e, new_person(names)))
            mask[s:e] = b"\x01" * (e - s)
    return out


# ---------------------------------------------------------------- name fields and dates in person rows

# Field names whose value is (part of) a person's name, beside NAME_HEADERS: "Voorletters: s.j.m.",
# "Tenaamstelling: Heijnen, T.", "houder=Kees Bos", "BEHANDELAAR: ED HEIJNEN".
NAME_FIELDS = NAME_HEADERS | frozenset(
    "voorletters initialen tenaamstelling tenaamgesteld houder kentekenhouder ontvanger begunstigde "
    "gemachtigde contact ondertekend opgesteld behandeld user gebruiker "
    # round fourteen (fresh19a): an account holder, whoever lodged a request, an administrator, the undersigned
    "rekeninghouder indiener bewindvoerder "
    # round eighteen (holdout17's visitor registers and call-back queues): a visitor, a caller, a finder
    "bezoeker bezoekster beller belster vinder "
    # round twenty (fresh26a's WOZ reports): the party a decision is about
    "belanghebbende "
    # round twenty-four (holdout23's survey exports): who answered a survey or an interview
    "respondent respondente geïnterviewde".split()
)
# Led by the field names themselves (a prefix tree, case-insensitive): most positions fail on their first letter.
_FIELD_LINE = re.compile(
    r"(?<![\w\-])(?P<key>"
    + fast_alternation("|".join(sorted(NAME_FIELDS, key=len, reverse=True)))
    # a note on the key in brackets: "Naam (niet verplicht): jert vervelde" (round twenty, from fresh26d)
    + r")['\"]?(?:[ \t]*\((?-i:[a-zà-ÿ])[^()\n:]{0,29}\))?"
    + r"(?:[ \t]*(?::|=)|[ \t]+[-–](?=[ \t]))[ \t]*"  # a JSON key closes its quote: "achternaam": "King"
    r"(?P<q>['\"]?)"
    # an OCR'd form reads a letter as 0 or 1 inside a name: "Achternaam : NGALONG0 |", "Voornamen : He1en ~"
    r"(?P<val>[^\W\d_](?:[^\n\d:;=,|'\"<>@\[\]()]|(?<=[^\W\d_])[01](?=[^\W\d_]|[ \t]*[|~\n])){0,60}?"
    r"(?:,[ \t]*(?:[^\W\d_]{1,3}\.?){1,4})?)"
    r"(?:(?<=[^'\"])(?P=q)(?<=['\"])|[ \t]*(?=[;,&|\n]|$))",
    re.M | re.I,
)
_NEXT_KEY_IN_VALUE = re.compile(r"[ \t]+(?i:geb\.|geboren\b|geb\.?datum|geboortedatum|bsn\b|tel\.|telefoon\b)")
_VALUE_WORD = re.compile(r"[^\W\d_][\w.'’\-]*")
_FIELD_KEYS = tuple(k.lower() for k in NAME_FIELDS)


# Fields that hold nothing but a part of a name: their value is never a body or a place ("Achternaam: Rijswijk").
PURE_NAME_FIELDS = frozenset(
    "voorletters initialen voornaam voornamen roepnaam achternaam geslachtsnaam familienaam firstname lastname "
    "first_name last_name surname".split()
)


def _name_value(val: str, pure: bool = False, keyed: bool = False) -> list[str] | None:
    """The name parts of a field value, or None when it is no name (a body, a team, ordinary words); in a field
    that holds only a name part (``pure``) any value is a name."""
    words = _VALUE_WORD.findall(val)
    if not words or len(words) > 6:
        return None
    first = words[0]
    # "naam: Verkerk": after a name key (``keyed``) one word that ends like a building ("kerk") but is no Dutch word
    # is a surname (round twelve)
    building = body_word(first) and not (
        keyed and len(words) == 1 and first.lower() not in WORDS and not ordinary_compound(first)
    )
    if not pure and (first.lower() in ORG_WORDS or building or first.lower() in FIELD_LABELS):
        return None
    caps = all(w.isupper() for w in words)  # "AL JUBADI, HUDA": a name in capitals, its particle first
    if (
        not pure
        and first.lower() in STOPWORDS
        and first.capitalize() not in FIRST_NAMES
        and len(words) > 1
        and not caps
    ):
        return None  # "Bewoner: Mijn buurman, die ...": a speaker's sentence opening with a function word
    parts = [w.strip(".") for w in words if w.lower() not in PARTICLES]
    if not parts or (not pure and len(parts) == 1 and parts[0].lower() in _ANSWERS):
        return None  # "Bewoner: ja", "Gemachtigde: nvt": an answer, no name (round nineteen)
    particle_inside = any(w.lower() in PARTICLES for w in words[1:-1])  # "roos van kampen" (round twenty)
    if (
        not pure
        and not particle_inside
        and all(w.islower() and len(w) > 3 and (w in WORDS or w in STOPWORDS) for w in parts)
    ):
        return None  # "aanvrager: de bewoner zelf"
    if not pure and any(w.islower() and w in STOPWORDS and w.capitalize() not in FIRST_NAMES for w in parts):
        return None  # "Bewoner: Ja hallo met Hennie Oosterhout": a speaker's sentence, the name in it is judged
    return parts


_ANSWERS = frozenset("ja nee ok oké oke nvt n.v.t geen onbekend idem zelf jazeker klopt".split())


_FUNCTION_AFTER_COMMA = re.compile(r",[ \t]*(?P<w>[a-zà-ÿ]{3,})\b")


def rule_name_fields(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The value of a field that holds a name is a person's name in any case or spelling: "Voorletters: RH",
    "Achternaam: heijnen", "name='Ngozi Afolabi'", "BEHANDELAAR: ED HEIJNEN", "Tenaamstelling: Visser, T.".
    A value opening with an organisation word or a department ("Behandelaar: Team Inkomen") is kept."""
    out: list[Span[P]] = _html_name_cells(text, mask, new_person) if "<t" in text else []
    if not ends_with_key(text, _FIELD_KEYS, ":=-–"):  # no "key:" of a name field at all: the common case, one look
        return out
    for m in _FIELD_LINE.finditer(text):
        key = m.group("key").strip().lower().replace(" ", "")
        if key not in NAME_FIELDS:
            continue
        s, e = m.span("val")
        val = m.group("val").rstrip()
        cut = _NEXT_KEY_IN_VALUE.search(val)
        if cut:  # "Client: INMACULADA TER HOEK   geb.|...": the next field's key ends the name (round fourteen)
            val = val[: cut.start()]
        cut = _FUNCTION_AFTER_COMMA.search(val)
        if cut and cut.group("w") in WORDS and any(c.isupper() for c in val[: cut.start()]):
            val = val[: cut.start()]  # "Contact: Joost Oostdijk, verkoop.": a lower-case department after the name
        e = s + len(val)
        parts = _name_value(val, key in PURE_NAME_FIELDS, keyed=True)
        if parts is None or mask.find(1, s, e) != -1 and mask.find(0, s, e) == -1:
            continue
        person = new_person([p[:1].upper() + p[1:].lower() if p.isupper() and len(p) > 3 else p for p in parts])
        # take the free stretches only (a part may already be a person)
        i = s
        while i < e:
            if mask[i]:
                i += 1
                continue
            j = i
            while j < e and not mask[j]:
                j += 1
            seg = text[i:j]
            a = i + len(seg) - len(seg.lstrip(" ,"))
            b = j - (len(seg) - len(seg.rstrip(" ,")))
            # a particle only beside the rest of the name: "Belanghebbende: AL JUBADI, HUDA" (round twenty)
            if a < b and any(c.isalpha() for c in text[a:b]) and (text[a:b].lower() not in PARTICLES or e - s > b - a):
                out.append((a, b, person))
                mask[a:b] = b"\x01" * (b - a)
            i = j
    return out


# A mail header's sender or recipients with their addresses: "Van: ty oz <t.oz@…>", "Aan: a b <…>; c d <…>".
_MAIL_HEADER = re.compile(
    r"^[ \t>]*(?i:van|aan|cc|bcc|from|to|afzender|ontvanger)[ \t]*:[ \t]*(?P<rest>[^\n]*<[^<>\n]*@[^\n]*)$", re.M
)
_DISPLAY_NAME = re.compile(
    r"(?P<val>[^<>;,()\n\"]{2,60}?)[ \t]*[\"']?[ \t]*(?:\([^()\n]*\)[ \t]*)?<(?P<mail>[^<>\s]*@[^<>\s]*)>"
)


def rule_mail_display_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The display name before an address in a mail header names its owner in any case ("Van: ming xu <…>"); a
    body's or a team's mailbox ("Gemeente Tiel <info@…>", "noreply <…>") is kept."""
    out: list[Span[P]] = []
    if "<" not in text:
        return out
    for h in _MAIL_HEADER.finditer(text):
        for m in _DISPLAY_NAME.finditer(h.group("rest")):
            val = m.group("val").strip(" \t\"'")
            s = h.start("rest") + m.start("val") + m.group("val").find(val)
            e = s + len(val)
            if not val or mask.find(0, s, e) == -1:
                continue
            parts = _name_value(val, False, keyed=True)
            words = [w for w in val.split() if w.lower() not in PARTICLES]
            if parts is None or not words or any(_org_like(w.capitalize()) for w in words):
                continue
            local = m.group("mail").split("@")[0].lower()
            one = words[0].lower()
            if len(words) == 1 and not (one in local and one not in FUNCTION_MAILBOXES and one not in WORDS):
                continue  # "noreply <noreply@…>" names no one; "mariska <mariska1987@…>" does
            person = new_person([w[:1].upper() + w[1:] for w in words])
            for w in re.finditer(r"\S+", val):  # the words not yet found ("lieselot [ver cauwelaere]")
                a, b = s + w.start(), s + w.end()
                if mask.find(1, a, b) == -1 and w.group().lower() not in PARTICLES:
                    out.append((a, b, person))
                    mask[a:b] = b"\x01" * (b - a)
    return out


# A colleague addressed by first name opening a forwarded mail or a note, the sentence going on in lower case:
# "Plamen, zie hieronder.", "Uwe, kun jij dit oppakken?" (round nineteen, from the officials' corpus fresh25d).
_VOCATIVE_OPENER = re.compile(r"^[ \t]*(?P<n>[A-ZÀ-Þ][a-zà-ÿ]{2,15}),[ \t]+(?=[a-z])", re.M)
# greetings and exclamations of any language that open a line so ("Hello, my name is", "Wallah, ik heb")
_NOT_VOCATIVE = (
    GREETINGS_OPENING
    | GREETINGS_TIME
    | GREETINGS_CLOSING
    | INTERJECTIONS
    | CHAT_WORDS
    | frozenset(
        "hello hi hey wallah walla yallah yalla inshallah insha'allah wollah bro sorry please thanks okay oké "
        "yekenyeley salaam salam merhaba selam hola ciao bonjour dzień cześć shukran".split()
    )
)
_DATE_WORD_AFTER = re.compile(
    r"[ \t]*(?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|"
    r"juli|augustus|september|oktober|november|december)",
    re.I,
)


def rule_vocative_openers(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A line that opens with a first name or a word of no dictionary and a comma, going on in lower case, speaks to
    that person. An ordinary word ("Goed, dan ..."), a greeting or a body is kept."""
    out: list[Span[P]] = []
    if ",\x20" not in text:
        return out
    for m in _VOCATIVE_OPENER.finditer(text):
        s, e = m.span("n")
        n = m.group("n")
        lo = n.lower()
        if mask.find(1, s, e) != -1 or lo in STOPWORDS or lo in GOV_TERMS_LOWER or _org_like(n):
            continue
        if (lo in WORDS and n not in FIRST_NAMES) or n in PLACES_FULL or lo in _NOT_VOCATIVE:
            continue
        if n not in FIRST_NAMES and ordinary_compound(n):
            continue  # "Intakeverslag, opgesteld door ...": a compound word heads the line (round twenty-two)
        if _DATE_WORD_AFTER.match(text, m.end()):
            continue  # "Breda, maandag 3 mei": a place and a date head a letter
        out.append((s, e, new_person([n])))
        mask[s:e] = b"\x01" * (e - s)
    return out


# A name in capitals alone on the line under a closing formula: "Voor akkoord,⏎ADEBANI⏎23 augustus 2026" (round
# nineteen, from the blind building-plans corpus fresh25b).
_CAPS_SIGNATURE = re.compile(
    r"^[ \t]*(?i:voor akkoord|akkoord|met (?:vriendelijke )?groet(?:en)?|hoogachtend|groet(?:en|jes)?|"
    r"vriendelijke groet(?:en)?|namens [^\n]{2,40})[ \t]*[,.]?[ \t]*\r?\n(?:[ \t]*\r?\n)?"
    r"[ \t]*(?P<n>[A-ZÀ-ÖØ-Þ\u0100-\u017f'’\-]{2,}(?:[ \t]+[A-ZÀ-ÖØ-Þ\u0100-\u017f'’\-]{2,}){0,3})[ \t]*(?=\r?\n|$)",
    re.M,
)


def rule_caps_signature(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The capitals under a closing formula sign the letter, unless they name a body, a place or ordinary words
    ("BURGEMEESTER EN WETHOUDERS")."""
    out: list[Span[P]] = []
    for m in _CAPS_SIGNATURE.finditer(text):
        s, e = m.span("n")
        words = [w for w in m.group("n").split() if w.lower() not in PARTICLES]
        if mask.find(1, s, e) != -1 or not words:
            continue
        if any(w in GOV_TERMS or _org_like(w.capitalize()) or w.capitalize() in PLACES_FULL for w in words):
            continue
        if all(w.lower() in WORDS or w.lower() in STOPWORDS for w in words):
            continue
        out.append((s, e, new_person([w.capitalize() for w in words])))
        mask[s:e] = b"\x01" * (e - s)
    return out


# A name key in one HTML cell and the value in the next: "<td>Naam</td><td>Bakker</td>" (round twelve).
_HTML_NAME_CELL = re.compile(
    r"<t[dh](?:\s[^<>]*)?>[ \t]*(?P<key>[^<>\n]{2,30}?)[ \t]*:?[ \t]*</t[dh]>[ \t\n]*<td(?:\s[^<>]*)?>[ \t]*"
    r"(?P<val>[^<>\n]{1,60}?)[ \t]*</td>",
    re.I,
)


def _html_name_cells(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    out: list[Span[P]] = []
    for m in _HTML_NAME_CELL.finditer(text):
        key = m.group("key").strip().lower().replace(" ", "")
        if key not in NAME_FIELDS:
            continue
        s, e = m.span("val")
        parts = _name_value(m.group("val"), key in PURE_NAME_FIELDS, keyed=True)
        if parts is None or mask.find(1, s, e) != -1:
            continue
        out.append((s, e, new_person(parts)))
        mask[s:e] = b"\x01" * (e - s)
    return out


_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
)
_DATE = re.compile(
    r"(?=\d)(?<![\w/\-.])(?:(?P<d1>\d{1,2})[-/.]\d{1,2}[-/.](?P<y1>\d{4}|\d{2})"
    r"|(?P<d8>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?P<y8>19\d\d|20[0-2]\d))"
    r"|(?P<y9>19\d\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"  # "19471220" (round sixteen)
    r"|\d{1,2}[ \u00a0]+" + _MONTHS + r"[ \u00a0]+(?P<y3>\d{4}|['’]\d{2}))(?![\w/\-]|[ \u00a0]*\d{1,2}:\d\d)",
    re.I,
)


def _year(m: re.Match[str]) -> str:
    y = (m.group("y1") or m.group("y8") or m.group("y9") or m.group("y3") or "").lstrip("'’")
    if len(y) == 2:
        y = ("20" if int(y) <= 26 else "19") + y
    return y


_BIRTH_HEADER = re.compile(r"geb|birth|dob|born|leeftijd|do[gğ]um|urodz|naiss|nacim|nasc", re.I)
_DATE_HEADER = re.compile(r"datum|date|dag|wanneer|tijd|moment|periode|ontvangen|verzonden", re.I)


def _event_date_column(text: str, ls: int, s: int) -> bool:
    """The date at ``s`` (its line starting at ``ls``) stands in a column whose header names a date that is no date of
    birth ("datum", "wanneer", "contactdatum")."""
    line_end = text.find("\n", s)
    row = text[ls : len(text) if line_end == -1 else line_end]
    sep = max("|;\t", key=row.count)
    col = text[ls:s].count(sep)
    header = None
    pos = ls
    while pos > 0:  # walk up the lines of the table to its first line
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start : pos - 1]
        if prev.count(sep) < 2 and (not prev.strip() or prev.strip(" -+=")):
            break  # a border line of an ASCII table ("+-----+-----+") is part of the table (round nine)
        if prev.strip(" |-:\t+="):
            header = prev
        pos = prev_start
    if header is None:
        return False
    cells = header.split(sep)
    cell = cells[col] if col < len(cells) else ""
    if _BIRTH_HEADER.search(cell):
        return False
    # a table with its own birth column: a date in any other column ("laatste contact", "aangemeld") is another date;
    # so is a date under any other named header ("deadline", "laatste contact", "termijn") (round eleven)
    named = bool(cell.strip(" \t*_:#")) and not any(ch.isdigit() for ch in header)  # a header line, not a data row
    return named or any(_BIRTH_HEADER.search(c) for c in cells)


_LAST_YEAR = date.today().year - 1
# A birth cue in the lines above a row: a header ("geb.", "geboortedatum", "Geburtsdatum") or a child word.
_BIRTH_NEAR = re.compile(
    r"(?i:\bgeb(?:oren|oorte\w*|\.|d\b|\b)|birth|\bdob\b|born|leeftijd|do[gğ]um|urodz|naiss|nacim|nasc)|"
    + CHILD_WORD.pattern
)


_BRACKET_GAP = re.compile(r"[ \t]*\([ \t]*")


def rule_dates_in_person_rows(
    text: str, mask: bytearray, person_spans: Sequence[tuple[int, int, object]]
) -> list[tuple[int, int, str, str]]:
    """A date that is a whole cell of a row naming a person ("Bos, Ch. | 27062004 | aanvrager", "X;7 juli '01;...")
    or stands in brackets right after a person ("Mila (28 april '19)") is that person's date of birth. A date with a
    time after it is a log stamp, not a birth date."""
    if not person_spans:
        return []
    starts = sorted(s for s, _e, _p in person_spans)
    ends = sorted(e for _s, e, _p in person_spans)
    out: list[tuple[int, int, str, str]] = []
    for m in at_digit_runs(_DATE, text):  # every match opens a run of digits
        s, e = m.span()
        if mask.find(1, s, e) != -1:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le == -1 else le
        line = text[ls:le]
        before, after = text[ls:s].rstrip(" \t"), text[e:le].lstrip(" \t")
        row = any(
            line.count(sep) >= 2 and before.endswith(sep) and (after.startswith(sep) or not after) for sep in "|;\t"
        )
        # a comma-separated or fixed-width record ("X,841092928,12-03-1980,Utrecht", "X         J.        19471220  Y"):
        # a date at least twelve years back only (round sixteen, from the blind corpus fresh22d)
        loose = not row and (
            (line.count(",") >= 2 and before.endswith(",") and (after.startswith(",") or not after))
            or (text[max(ls, s - 3) : s] == "   " and (text[e : e + 1] in " \t" or e == le))
        )
        row = row or loose
        bracket = before.endswith("(") and after.startswith(")") and not after.startswith("):")  # "X (date):" heads
        if not (row or bracket):
            continue
        if row and _event_date_column(text, ls, s):
            continue  # "| datum | wie | wat |" above: the date of a contact, not of a birth
        if not any(ls <= p < le for p in starts):
            continue
        if bracket and not any(ls <= p < s for p in starts):
            continue
        if bracket and not any(_BRACKET_GAP.fullmatch(text, pe, s) for pe in ends if ls <= pe <= s):
            continue  # "Overdracht Roya -> Io (9 oktober 2026)" is dated; "Mila (28 april '19)" (round eleven)
        y = _year(m)
        if not y or not 1900 <= int(y) <= date.today().year:
            continue
        if loose and int(y) > date.today().year - 12 and not CHILD_WORD.search(text, ls, le):
            continue
        if (
            row
            and int(y) >= _LAST_YEAR
            and not CHILD_WORD.search(text, ls, le)
            and not _BIRTH_NEAR.search(text, max(0, ls - 600), ls)
        ):
            continue  # "INS-26-926 | 20-12-2025 | Petitie van X": a recent date is the listed item's (round 17)
        if bracket and ls == 0 and int(y) >= _LAST_YEAR and text[le : le + 2] == "\n\n":
            continue  # "Overzicht bewoners Wierdehof (26 juli 2025)⏎⏎": the date of a heading (round nine)
        if bracket and int(y) >= _LAST_YEAR and not CHILD_WORD.search(text, ls, s):
            continue  # "Overdracht Roya -> Io (9 oktober 2026)": a recent date names a child only (round eleven)
        out.append((s, e, "DATE_OF_BIRTH", "[geboortedatum] " + y))
        mask[s:e] = b"\x01" * (e - s)
    return out


# ---------------------------------------------------------------- values by the layout of a form or card

# A vCard address: "ADR;TYPE=HOME:;;Terp 2-III;Tilburg;;8866PX;NL" (post box; extended; street; place; ...).
_VCARD_ADR = re.compile(r"^ADR[^:\n]*:[^;\n]*;[^;\n]*;(?P<street>[^;\n]*[^\W\d_][^;\n]*);", re.M)
_SPOKEN_DATE = re.compile(
    r"(?<![\w])(?:" + DAY_WORDS + r"|\d{1,2})[ \u00a0]+" + _MONTHS + r"[ \u00a0]+(?P<y>(?:19|20)\d\d)(?!\d)", re.I
)
# A question for the date of birth at the end of a line; the answer is on the next line.
_BIRTH_QUESTION = re.compile(r"(?:geboortedatum|geboren|geboortejaar)\b[^\n?]{0,30}\?[ \t]*\r?\n", re.I)


def rule_field_values(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """Values known by the layout around them: the street of a vCard ``ADR`` line ("ADR:;;Terp 2-III;Tilburg;;"),
    and a date on the line that answers a question for the date of birth, in figures or in words ("M: Mag ik uw
    geboortedatum?⏎Bewoner: zeventien januari 1939.")."""
    out: list[tuple[int, int, str, str]] = []
    if "ADR" in text:
        for m in _VCARD_ADR.finditer(text):
            s, e = m.span("street")
            if mask.find(1, s, e) == -1 and any(c.isdigit() for c in m.group("street")):
                out.append((s, e, "ADDRESS", "[adres]"))
                mask[s:e] = b"\x01" * (e - s)
    if "?" in text:
        for q in _BIRTH_QUESTION.finditer(text):
            line_end = text.find("\n", q.end())
            line_end = len(text) if line_end == -1 else line_end
            d = _SPOKEN_DATE.search(text, q.end(), line_end)
            if d and mask.find(1, d.start(), d.end()) == -1:
                out.append((d.start(), d.end(), "DATE_OF_BIRTH", "[geboortedatum] " + d.group("y")))
                mask[d.start() : d.end()] = b"\x01" * (d.end() - d.start())
    return out


# A form copied as text, each label on its own line and its value on the next ("Achternaam⏎Sultani⏎Voornamen⏎").
_LABEL_LINE = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z][A-Za-z ]{2,24}?)[ \t]*:?[ \t]*\r?\n"
    r"(?=[ \t]*(?P<val>[^\W\d_][^\n\d:;|<>@]{0,40}?)[ \t]*$)",  # the value in a look-ahead: it may be the next label
    re.M,
)


def rule_name_below_label(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The line below a label that names a part of a name is that part, in a form copied with each label on its own
    line: "Achternaam⏎Sultani", "Voornamen⏎Kees-Jan". Only labels that hold nothing but a name part count."""
    if "\n" not in text:
        return []
    low = text.lower()
    if not any(k in low for k in ("naam", "voorletter", "initialen", "name")):
        return []
    out: list[Span[P]] = []
    for m in _LABEL_LINE.finditer(text):
        key = m.group("key").strip().lower().replace(" ", "")
        if key not in PURE_NAME_FIELDS:
            continue
        s, e = m.span("val")
        if mask.find(1, s, e) != -1:
            continue
        parts = _name_value(m.group("val"), pure=True)
        if not parts:
            continue
        out.append((s, e, new_person(parts)))
        mask[s:e] = b"\x01" * (e - s)
    return out


_SHORT_CASE = re.compile(r"(?<![\w/\-.])\d{2}/\d{3,6}(?![\w/\-]|\.\d)")


def _column(text: str, s: int) -> tuple[str, int] | None:
    """Where ``s`` stands in its line: ("start", 0) as its first word, (sep, n) as the n-th cell, else None."""
    ls = text.rfind("\n", 0, s) + 1
    head = text[ls:s]
    if not head.strip(" \t"):
        return ("start", 0)
    for sep in "|\t;":
        if head.rstrip(" ").endswith(sep):
            return (sep, head.count(sep))
    return None


def rule_case_number_siblings(
    text: str, mask: bytearray, spans: Sequence[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A short number of the shape "25/4120" in the same place of a list or table as a case number on another line
    ("  ZK-2026-055090  mevrouw X⏎  25/4120  Y", "| 26/0791 |" below "| Z/26/049080 |") is a case number too. Dates
    ("18/1", "24/2") have too few digits to match."""
    if "/" not in text:
        return []
    cases = [(s, _column(text, s)) for s, _e, lab, _r in spans if lab == "CASE_NUMBER"]
    if not cases:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in at_digit_runs(_SHORT_CASE, text):  # every match opens a run of digits
        s, e = m.span()
        if mask.find(1, s, e) != -1:
            continue
        col = _column(text, s)
        ls = text.rfind("\n", 0, s) + 1
        if col is not None and any(c == col and not ls <= cs < s for cs, c in cases):
            out.append((s, e, "CASE_NUMBER", "[zaaknummer]"))
            mask[s:e] = b"\x01" * (e - s)
    return out


# A table column headed by a number of a file ("Vorderingnummer", "Dossiernr.", "Kenmerk", "Referentie"): every cell
# below it that reads as a code is a case number, whatever its format ("25-SCH-84855", "DEB45161687"). Headers naming
# another kind of number (a phone, an account, a house, a count, a shop's order) are no case column.
# also the decision or request the number belongs to: "| eigenaar | vergunning |" (round twenty, from holdout19)
_CASE_HEAD = re.compile(
    r"(?i)(?:nummer|nr\.?|kenmerk|referentie|ref\.?|dossier|zaak|vergunning|beschikking|aanvraag|besluit)$"
)
_OTHER_HEAD = re.compile(
    r"(?i)telefoon|iban|bsn|burgerservice|postcode|kenteken|kvk|btw|paspoort|datum|"
    r"^[ *_]*(?:tel|mobiel|gsm|rekening|huis|sofi|order|artikel|bestel|product|volg|regel|versie|pagina|bijlage|rij|"
    r"week|jaar|kamer|document|pas|ean|factuur|nr\b|nummer\b)"
)
# also with single spaces between its groups: "SW 26 15862" (round twenty-one, from fresh27c)
_CODE_CELL = re.compile(r"[A-Za-z0-9][A-Za-z0-9/\-._]*(?: [A-Za-z0-9/\-._]+){0,3}")
_DATE_CELL = re.compile(r"\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}")


# A row of a table aligned with spaces: three cells or more parted by two spaces or more (round twenty-one, from
# fresh27b's waiting lists: "   1  Morozjova, S.    26.06.1961  2739-528-31   3 jr 2 mnd").
_ALIGNED_ROW = re.compile(r"[ ]*\S+(?: \S+)*(?:[ ]{2,}\S+(?: \S+)*){2,}[ ]*$")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def _row_cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of the stripped cells of a row parted by ``sep`` (outer bars of a Markdown row left off); with
    ``sep`` two spaces, the cells of a space-aligned row."""
    if sep == "  ":
        return [m.span() for m in _ALIGNED_CELL.finditer(line)]
    out = []
    i = 0
    for part in line.split(sep):
        a = i + len(part) - len(part.lstrip())
        b = i + len(part.rstrip())
        out.append((a, b))
        i += len(part) + 1
    if sep == "|" and line.strip().startswith("|"):
        out = out[1:]
    return out


def _code_cell(cell: str) -> bool:
    """A cell that reads as a file's code: one token, digits in it, and letters beside them or at least five digits;
    no date, amount or time."""
    if not _CODE_CELL.fullmatch(cell) or _DATE_CELL.fullmatch(cell):
        return False
    if " " in cell and any(g.strip(".,").isalpha() and not g.isupper() for g in cell.split()):
        return False  # "12 mei 2026", "3 jr 2 mnd": words between the numbers
    digits = sum(c.isdigit() for c in cell)
    letters = sum(c.isalpha() for c in cell)
    return digits >= 3 and (letters > 0 or digits >= 5 or any(c in "/-_" for c in cell))


def _column_cells(text: str, head_ok: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of every cell below a header cell that ``head_ok`` accepts, in tables whose cells are parted by
    bars or tabs, down to the first line without the separator. The header is the cue for its whole column."""
    lines = text.split("\n")
    offs = []
    o = 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line else "  " if _ALIGNED_ROW.match(line) else ""
        head = _row_cells(line, sep) if sep else []
        cols = [k for k, (a, b) in enumerate(head) if head_ok(line[a:b])]
        j = i + 1
        while cols and j < len(lines) and sep in lines[j]:
            cells = _row_cells(lines[j], sep)
            if sep == "  " and len(cells) != len(head):
                break  # a space-aligned table ends where a line has other columns
            for k in cols:
                if k < len(cells) and cells[k][0] < cells[k][1]:
                    yield offs[j] + cells[k][0], offs[j] + cells[k][1]
            j += 1
        i = j


def _case_head(cell: str) -> bool:
    return bool(_CASE_HEAD.search(cell.strip(" *_:"))) and not _OTHER_HEAD.search(cell) and len(cell) <= 30


def rule_case_number_column(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """Cells under a table header naming a file's number ("| Schuldeiser | Vorderingnummer |⏎| Ymere | 25-SCH-84855
    |") are case numbers: the header is the cue for the whole column."""
    if "|" not in text and "\t" not in text and "   " not in text:
        return []
    out: list[tuple[int, int, str, str]] = []
    for s, e in _column_cells(text, _case_head):
        if mask.find(1, s, e) == -1 and _code_cell(text[s:e]):
            out.append((s, e, "CASE_NUMBER", "[zaaknummer]"))
            mask[s:e] = b"\x01" * (e - s)
    return out


# A table column headed by who approved or handled a line ("akkoord", "paraaf", "fiat", "wie"): each cell of
# capitals alone is a colleague's initials ("| noodhulp ... | NL16 ... | TA", "| — | UvdS"), round fifteen.
_PARAPH_HEAD = re.compile(
    r"(?i)(?:akkoord|akk\.?|paraaf|paraph|parafen|initialen|fiat|gezien|goedgekeurd|accord|wie|door|mdw|"
    r"medewerker|behandelaar|uitvoerder|vastgelegd door|ingevoerd door|"
    # who served the customer, in a counter's appointment list ("| klant | geb. | bij |"), round eighteen
    r"bij|baliemedewerker|klerk|geholpen door|behandeld door|afgehandeld door|toegewezen aan|ambtenaar|consulent)$"
)
_INITIALS_ONLY = re.compile(r"[A-ZÀ-Þ](?:[A-ZÀ-Þ]{1,3}|[a-z]{1,3}[A-ZÀ-Þ])")


def rule_initials_column(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The cells of initials under an approval or handler column are colleagues: the header is the cue for the whole
    column; the same initials are the same person."""
    if "|" not in text and "\t" not in text:
        return []
    out: list[Span[P]] = []
    people: dict[str, P] = {}
    cells = list(_column_cells(text, lambda cell: bool(_PARAPH_HEAD.fullmatch(cell.strip(" *_:")))))
    # a column with colleagues' initials in it holds initials even where they spell a code ("| TS |", "| NN |");
    # a body's or scheme's name ("| WMO |") stays one
    column_of_initials = any(_INITIALS_ONLY.fullmatch(text[s:e]) and not is_code(text[s:e]) for s, e in cells)
    for s, e in cells:
        ini = text[s:e]
        if not _INITIALS_ONLY.fullmatch(ini) or mask.find(1, s, e) != -1:
            continue
        if is_code(ini) and (not column_of_initials or ini in GOV_TERMS or ini.lower() in GOV_TERMS_LOWER):
            continue
        person = people.get(ini)
        if person is None:
            person = people[ini] = new_person([ini])
        out.append((s, e, person))
        mask[s:e] = b"\x01" * (e - s)
    return out


# A cell of a table or log that is initials without dots and one surname: "| SC Tesfamariam |", "BEJ Visser⏎".
_INITIALS_CELL = re.compile(
    r"(?:^|(?<=[|\t]))[ \t]*(?P<ini>[A-Z]{1,4})[ \t](?P<sur>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)"
    r"[ \t]*(?=[|\t]|$)",
    re.M,
)


def rule_initials_cell(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A whole cell of a table or a log line that holds capital initials without dots and a surname is a person:
    "| SC Tesfamariam |", "| B Tadesse |", "... | BEJ Visser". An acronym of a body ("GGD Zwolle", "UWV Werkbedrijf")
    or a word that is only an ordinary word or place is not."""
    if "|" not in text and "\t" not in text:
        return []
    out: list[Span[P]] = []
    for m in _INITIALS_CELL.finditer(text):
        s, e = m.start("ini"), m.end("sur")
        if mask.find(1, s, e) != -1:
            continue
        ini, sur = m.group("ini"), m.group("sur")
        if ini in GOV_TERMS or ini.lower() in ORG_WORDS or body_word(sur) or sur in GOV_TERMS:
            continue
        if not _label_may_name(sur):
            continue  # "| MR Afgehandeld |": initials before an ordinary word
        out.append((s, e, new_person([sur])))
        mask[s:e] = b"\x01" * (e - s)
    return out


# An address block: a name line, a street line with a house number, a postcode line ("Lama X⏎Tulpenstraat 115⏎4740 LG").
_ADDRESS_BLOCK = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t][\w'’\-]+){1,3}?)[ \t]*\r?\n"
    r"[ \t]*(?P<street>[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?:[ \t][\w'’.\-]+){0,3})[ \t]+\d{1,5}[^\n]{0,12}\r?\n"
    r"[ \t]*[1-9]\d{3}[ \t]{0,3}[A-Za-z]{2}(?![\w])",
    re.M,
)


_BLOCK_OPENERS = frozenset(("aan", "de", "het", "voor", "t.a.v.", "tav", "attentie", "bij", "en", "of", "p/a"))


def rule_address_block_name(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """The line above a street line and a postcode line of an address block is the addressee's name, every word of it,
    also a first name that is a Dutch word ("Lama Kabbani⏎Tulpenstraat 115⏎4740 LG Zwolle"). A body ("Gemeente
    Zwolle⏎Postbus 10") or a line with a role, title or function word is not."""
    if "\n" not in text:
        return []
    out: list[Span[P]] = []
    for m in _ADDRESS_BLOCK.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        if m.group("street").split()[0].lower() in ("postbus", "antwoordnummer"):
            continue
        caps = all(w.isupper() for w in words if len(w) > 1)  # "GRIET ZIJLSTRA": judged as "Griet Zijlstra"
        function_words = [w for w in words if w.lower() in STOPWORDS and w.lower() not in PARTICLES]
        if any(not caps or w.lower() in _BLOCK_OPENERS for w in function_words):
            continue  # "Aan de bewoners", "T.a.v. de afdeling": no name line; in capitals a first name may be a
            # function word ("EVEN HULSESTEE", round twenty-seven, from holdout26)
        if any(
            _not_a_person(c) and c not in MONTH_WORDS  # "JUNI STATIA": a month on a name line is a first name
            for c in (w[:1] + w[1:].lower() if caps else w for w in words if w.lower() not in PARTICLES)
        ):
            continue
        if mask.find(0, s, e) == -1:
            continue  # already found whole
        parts = [w for w in words if w.lower() not in PARTICLES]
        person = new_person(parts)
        i = s
        while i < e:  # take the free stretches only
            if mask[i]:
                i += 1
                continue
            j = i
            while j < e and not mask[j]:
                j += 1
            seg = text[i:j]
            a = i + len(seg) - len(seg.lstrip(" \t"))
            b = j - (len(seg) - len(seg.rstrip(" \t")))
            if a < b and text[a:b].lower() not in PARTICLES:
                out.append((a, b, person))
                mask[a:b] = b"\x01" * (b - a)
            i = j
    return out


# A list item or a keyed line that opens with a name and a comma before a full date long past: "bed 2: Leda,
# 16.8.1995 – schorsing verlopen", "3. Plamen, 13-11-2001" (round eighteen, from holdout17's night-shelter bed lists).
# The date after the name is then taken as its birth date by the rule for a date right after a person's name.
_ITEM_NAME_DATE = re.compile(
    r"(?:^[ \t]*(?:\d{1,3}[.)]|[-*•])?|:)[ \t]*"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]{2,}(?:[ \t][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]{2,}){0,2}),[ \t]*"
    r"(?=(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+)?\d{1,2}[-./ ])",
    re.M,
)
_LONG_PAST_YEAR = re.compile(r"\d{1,2}[-./ ](?:\d{1,2}|[a-z]{3,9})[-./ ](?P<y>(?:19|20)\d\d|['’]\d\d)(?![\d\-/])")


def rule_name_before_birth_date_in_item(
    text: str, mask: bytearray, new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """The capitalised name opening a list item or keyed line before a comma and a full date long past is a
    person's; a word, a place, a body or a label is not."""
    if "," not in text:
        return []
    out: list[Span[P]] = []
    for m in _ITEM_NAME_DATE.finditer(text):
        s, e = m.span("n")
        d = _LONG_PAST_YEAR.match(text, m.end())
        if d is None or mask.find(1, s, e) != -1:
            continue
        y = d.group("y").lstrip("'’")
        year = int(y) if len(y) == 4 else 1900 + int(y) if int(y) > date.today().year % 100 else 2000 + int(y)
        if not 1900 <= year <= date.today().year - 12:
            continue
        words = m.group("n").split()
        if any(
            _not_a_person(w) or w in PLACES_FULL or w in MONTH_WORDS or (w.lower() in WORDS and w not in FIRST_NAMES)
            for w in words
        ):
            continue
        out.append((s, e, new_person(words)))
        mask[s:e] = b"\x01" * (e - s)
    return out
