"""Streets known by the street beside them, and cue-led addresses whose street has no street-type suffix.

- A street joined to a street already found is a street too, with or without a suffix: "hoek Polderweg/Zwanenhals",
  "tussen de Molenweg en het Hooimijt", "bij Kerkpad hoek Lisdodde", "bij Het Veer, hoek Schoolstraat", "op de hoek
  van de Mesdaglaan en de Lange Hoeven". Only a capitalised phrase that is no place, ordinary word, public body or
  name is taken, and only one hop from a found street (a chain does not grow).

- A street corner: capitalised phrases around "hoek" or a slash after it ("hoek Polderweg/Zwanenhals", "bij
  Kerkpad hoek Lisdodde", "op de hoek van Zwanenhals en Hooimijt") are streets, also when neither has a suffix.

- A street after a locative preposition and a lower-case article, without a number ("voorbij de Buitenom", "rond
  de Zonnedauw", "aan het eind van de Kaai", "de bewoners van de Brem"), unless the word is formed like a body,
  building, scheme, role or time ("bij de Belastingdienst", "naast de Wethouder"); see ``locative_street_candidates``.

- A place field written "name, town" ("locatie: Groenmarkt, Purmerend"); see ``field_town_streets``.

- No street right after "gemeente", "provincie" and the like ("gemeente Rivierenhof"); see ``drop_named_bodies``.

The first finder runs only when a street was found and reads a short window on each side of it; the second only
when the text holds "hoek".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from . import patterns as P
from .addresscues import NUMBERED_THINGS
from .headlines import title_line
from .rxutil import line_and_cell_starts
from .wordlists import COUNCIL_OF, CUE_WORDS, EVENT_ENDINGS, FACILITY_NOUNS, HOLIDAYS, NAMED_KINDS, NAMED_THING_KINDS

Cand = tuple[int, int, str, str]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞŠŽ"
_CAPWORD = r"[" + _UP + r"][\w'’\-]{2,}"
_PHRASE = r"(?P<w>(?:(?:De|Het|'t)[ \t]+)?" + _CAPWORD + r"(?:[ \t]+" + _CAPWORD + r"){0,2})"
_ART = r"(?:(?:de|het|'t)[ \t]+)"
_LINK_AFTER = re.compile(
    r"(?:[ \t]*/[ \t]*|,?[ \t]+(?:en|of)[ \t]+(?:op[ \t]+)?"
    + _ART
    + r"|,?[ \t]+hoek[ \t]+(?:van[ \t]+)?"
    + _ART
    + r"?)"
    + _PHRASE
    + r"(?![\w\-])"
)
_LINK_BEFORE = re.compile(
    _PHRASE + r"(?:[ \t]*/[ \t]*|,?[ \t]+hoek[ \t]+(?:van[ \t]+)?" + _ART + r"?)\Z"
    r"|(?<![\w\-])(?i:de|het|'t)[ \t]+" + _PHRASE.replace("(?P<w>", "(?P<w2>") + r"[ \t]+(?:en|of)[ \t]+" + _ART + r"\Z"
)
_NOT = frozenset(
    "gemeente stadhuis gemeentehuis politie rechtbank wijkteam buurthuis bibliotheek school kerk moskee supermarkt "
    "winkel bank markt huisarts apotheek ziekenhuis kantoor balie loket centrum station".split()
)


_ORG_ENDINGS = ("dienst", "team", "zaken", "loket", "centrum", "beleid", "regeling", "wet", "raad", "fonds", "bureau")


def _ok(phrase: str, is_place: Callable[[str], bool], is_name: Callable[[str], bool]) -> bool:
    """A phrase beside a street is a street unless it is a place, a public body or building, or a lone name."""
    words = phrase.split()
    last = words[-1]
    if is_place(phrase) or is_place(last) or last.lower() in _NOT or last.lower().endswith(_ORG_ENDINGS):
        return False
    return not (len(words) == 1 and is_name(last))


def linked_street_candidates(
    text: str,
    cands: Iterable[Cand],
    is_word: Callable[[str], bool],
    is_place: Callable[[str], bool],
    is_name: Callable[[str], bool],
) -> Iterator[Cand]:
    """Streets joined to a street found (see the module docstring); weak ("STREET") candidates."""
    found = sorted({(s, e) for s, e, lab, _r in cands if lab in ("ADDRESS", "STREET")})
    if not found:
        return
    taken = set(found)
    for s, e in found:
        m = _LINK_AFTER.match(text, e, min(len(text), e + 60)) if _joiner(text, e, e + 14) else None
        if m:
            a, b = m.span("w")
            if b > a and (a, b) not in taken and _ok(text[a:b], is_place, is_name):
                taken.add((a, b))
                yield a, b, "STREET", "[adres]"
        w0 = max(0, s - 60)
        m = _LINK_BEFORE.search(text, w0, s) if _joiner(text, max(0, s - 14), s) else None
        if m:
            g = "w" if m.group("w") else "w2"
            a, b = m.span(g)
            a = _trim_head(text, a, b, is_word)
            if b > a and (a, b) not in taken and _ok(text[a:b], is_place, is_name):
                taken.add((a, b))
                yield a, b, "STREET", "[adres]"


def _joiner(text: str, a: int, b: int) -> bool:
    """A slash, "en", "of" or "hoek" in ``text[a:b]``: the only ways two streets are joined here."""
    w = text[a:b]
    return "/" in w or " en " in w or " of " in w or "hoek" in w


def _trim_head(text: str, a: int, b: int, is_word) -> int:
    """Drop leading capitalised ordinary words that open a sentence ("Gisteren Kerkpad")."""
    words = text[a:b].split()
    while len(words) > 1 and words[0] not in ("De", "Het", "'t") and is_word(words[0].lower()):
        a = text.index(words[1], a + len(words[0]))
        words = words[1:]
    return a


_PH = _CAPWORD + r"(?:[ \t]+" + _CAPWORD + r"){0,2}"
_CORNER = re.compile(
    r"(?:(?P<a>" + _PH + r"),?[ \t]+hoek[ \t]+(?:van[ \t]+)?" + _ART + r"?(?P<b>" + _PH + r")"
    r"|(?i:hoek|kruising)[ \t]+(?:(?i:van|met)[ \t]+)?" + _ART + r"?(?P<c>" + _PH + r")"
    r"(?:[ \t]*/[ \t]*|[ \t]+(?:en|met)[ \t]+" + _ART + r"?)(?P<d>" + _PH + r"))(?![\w\-])"
)


def corner_street_candidates(
    text: str, is_word: Callable[[str], bool], is_place: Callable[[str], bool], is_name: Callable[[str], bool]
) -> Iterator[Cand]:
    """Both streets of a corner (see the module docstring); strong ("ADDRESS") candidates."""
    if "hoek" not in text and "kruising" not in text.lower():
        return
    for m in _CORNER.finditer(text):
        for g in ("a", "b", "c", "d"):
            if m.group(g) is None:
                continue
            a, b = m.span(g)
            if g == "a":
                a = _trim_head(text, a, b, lambda w: is_word(w) or w in ("bij", "op", "aan"))
                first = text[a:b].split()[0]
                # "bij Het Want, hoek ...": a capitalised article after a lower-case word opens the street's name
                mid = first in ("De", "Het") and bool(_LOWER_WORD_BEFORE.search(text, max(0, a - 20), a))
                if first.lower() in _STOP_OPEN and not mid:
                    continue
            # after an article a capitalised word is no person's name ("de Brink"): only places and bodies are kept
            art = text[max(0, a - 4) : a].lower().endswith(("de ", "het ", "'t "))
            # a town takes no article either: "op de hoek van de Mesdaglaan en de Nieuwland" names two streets
            if _ok(text[a:b], (lambda w: False) if art else is_place, (lambda w: False) if art else is_name):
                yield a, b, "ADDRESS", "[adres]"


_LOWER_WORD_BEFORE = re.compile(r"(?:^|[\s(])(?:bij|op|aan|naast|tegenover|achter|voorbij|langs|rond)[ \t]+\Z")
_STOP_OPEN = frozenset(("de", "het", "een", "op", "bij", "aan", "in", "om", "hoek"))


# "in de Rozengaarde", "inwoner van de Slingerbos", "de familie uit Berkenrode", "de situatie in de Nieuwe Gracht",
# "aan de Oude Vaart": after "in", "van" or "uit" a word with a street ending, after these and "aan", "op", "bij",
# "naar", "langs" a street prefix before a street word.
_SUFFIX_WORD = re.compile(r"[" + _UP + r"][\w'’]{2,}?(?:" + P.STREET_SUFFIX + r"|rode|gors|erij)(?![\w\-])")
_IN_VAN_UIT_LEAD = re.compile(
    r"(?:in|van|uit|aan|op|bij|naar|langs)[ \t]+(?:(?:de|het|'t)[ \t]+)?[" + _UP + r"]"
)  # literal-led scan
_IN_VAN_UIT = re.compile(
    r"(?<![\w\-])(?P<prep>in|van|uit|aan|op|bij|naar|langs)[ \t]+(?:(?:de|het|'t)[ \t]+)?(?P<w>(?:(?:"
    + P.STREET_PREFIX
    + r")[ \t]+)?["
    + _UP
    + r"][\w'’]{2,})(?![\w\-])(?![ \t]+["
    + _UP
    + r"])"
)
_TYPE_WORDS = frozenset(P.STREET_TYPE_WORD.split("|"))


def in_street_candidates(
    text: str, is_word: Callable[[str], bool], is_place: Callable[[str], bool], is_name: Callable[[str], bool]
) -> Iterator[Cand]:
    """A street named after "in", "van" or "uit", or after a locative preposition and an article, without a house
    number (weak "STREET" candidates: a name wins)."""
    yield from _in_van_uit_candidates(text, is_word, is_place, is_name)
    yield from locative_street_candidates(text, is_word, is_place, is_name)
    yield from field_town_streets(text, is_place, is_name)
    yield from _bracket_prefixed_streets(text)
    yield from lower_case_streets(text, is_word)
    yield from _streets_named_as_street(text)


# A street written in lower case by its suffix, after a locative preposition (and an article): "iedereen hier op de
# smidseplein", "de container bij meidoornstraat", "ik woon op de burgemeester van der visserplein nr 132" (round
# eleven); or in capitals in a heading ("MELDING OVERLAST VLASAKKERDREEF"). Only a word no dictionary lists: "op de
# snelweg", "in de hoofdstraat" and "op het fietspad" stay.
_STREET_ENDS_LOW = (
    "straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|pad|akker|burcht|dijk|wal|allee|plantsoen|boulevard|hof|"
    "erf|hage|horst|park"
)
_LOW_PREFIX = (
    r"(?:(?:lange|korte|oude|nieuwe|hoge|lage|grote|kleine|burgemeester|burg\.|dokter|dr\.|prins|prinses|koning|"
    r"koningin|sint|st\.|kapitein|schout|generaal|pastoor|professor|van|de|der|den|ter|ten|'t|het)[ \t]+){0,4}"
)
_LOWER_STREET = re.compile(
    r"(?<![\w\-])(?:op|aan|in|bij|naar|langs|achter|voor|naast|via|rond|vanaf|van|adres)[ \t]+(?:(?:de|het|'t)[ \t]+)?"
    r"(?P<w>" + _LOW_PREFIX + r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{2,}(?:" + _STREET_ENDS_LOW + r"))(?![\w\-])"
    r"(?P<no>[ \t]+(?:nr\.?[ \t]*|nummer[ \t]+)?\d{1,5}[a-z]?(?![\w\-/]))?"
)
_CAPS_STREET = re.compile(
    r"(?<![\w\-])(?P<w>(?:(?:LANGE|KORTE|OUDE|NIEUWE|HOGE|LAGE|GROTE|KLEINE)[ \t]+)?[A-ZÀ-Þ][A-ZÀ-Þ'’\-]{2,}"
    r"(?:" + _STREET_ENDS_LOW.upper() + r"))(?![\w\-])"
)


def lower_case_streets(text: str, is_word: Callable[[str], bool]) -> Iterator[Cand]:
    """Streets in lower case or capitals known by their suffix (weak "STREET" candidates)."""
    for m in _LOWER_STREET.finditer(text):
        w = m.group("w")
        last = w.split()[-1]
        if not is_word(last) and not is_word(last.capitalize()):
            yield m.start("w"), m.end("no") if m.group("no") else m.end("w"), "STREET", "[adres]"
    if _TWO_CAPS_RE.search(text):
        for m in _CAPS_STREET.finditer(text):
            last = m.group("w").split()[-1].lower()
            if not is_word(last) and not is_word(last.capitalize()):
                yield m.start("w"), m.end("w"), "STREET", "[adres]"


_TWO_CAPS_RE = re.compile(r"[A-Z]{4}")


# Neighbourhoods and districts: named without a house number they are no street ("in de Rivierenwijk", "het
# Havenkwartier", "de Spoorzone"); with one they are ("Rivierenwijk 12"), read by the numbered-street finders.
_NEIGHBOURHOOD_ENDS = ("wijk", "buurt", "kwartier", "zone")
_RULE_ENDINGS = ("verordening", "reglement", "verzoek", "besluit", "protocol", "richtlijn")


def _in_van_uit_candidates(
    text: str, is_word: Callable[[str], bool], is_place: Callable[[str], bool], is_name: Callable[[str], bool]
) -> Iterator[Cand]:
    """A street named after "in", "van" or "uit" without a house number."""
    if not any(k in text for k in (" in ", " van ", " uit ", " aan ", " op ", " bij ", " naar ", " langs ")):
        return
    for lead in _IN_VAN_UIT_LEAD.finditer(text):
        m = _IN_VAN_UIT.match(text, lead.start())
        if m is None:
            continue
        w = m.group("w")
        words = w.split()
        last = words[-1]
        if len(words) == 1 and m.group("prep") not in ("in", "van", "uit"):
            continue  # "aan de Zwanengaarde": prep_street_candidates reads one word after the other prepositions
        if len(words) == 2:
            if last not in _TYPE_WORDS and not _SUFFIX_WORD.fullmatch(last):
                continue
        elif not _SUFFIX_WORD.fullmatch(last) or last.lower().endswith(_ORG_ENDINGS):
            continue
        if is_place(w) or is_place(last) or is_name(last) or (len(words) == 1 and last.lower() in _NOT):
            continue  # "de Markt" alone is a square anywhere; "de Korte Markt" is a street
        if last.lower().endswith(_RULE_ENDINGS):
            continue  # "bij het Verzoek tot Afstemming", "volgens de Parkeerverordening": a request or a rule
        if _body_like(last) and last.lower().endswith(_ACTION_NOUN_ENDS):
            continue  # "van de Ledenvergadering": a meeting, no street ending in "ring" (round seventeen)
        if last.lower().endswith(_NEIGHBOURHOOD_ENDS):
            continue  # "in de Rivierenwijk", "uit de Dichterswijk": a neighbourhood (round fourteen)
        if m.group("prep") == "van" and _COUNCIL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "de gemeenteraad van Terhoven": a municipality (round thirty-four, from fresh40c)
        yield m.start("w"), m.end("w"), "STREET", "[adres]"


_COUNCIL_BEFORE = re.compile(COUNCIL_OF + r"[ \t]+$")


# A street without a suffix and without a house number, known by a locative preposition and a lower-case article
# before a capitalised word mid-sentence: "voorbij de Buitenom", "het parkeerbeleid rond de Zonnedauw", "aan het eind
# van de Kaai", "langs de Lange Voren", "overlast bij de Oude Delft". A capitalised word after "de"/"het" is mostly a
# street or a body ("bij de Belastingdienst", "bij het UWV", "naar het Team Inkomen", "de Nationale ombudsman"): a
# body is told by its form (an acronym, an organisation or building ending, an adjective, an ordinary word before a
# second word, a listed body or name), a street by the rest. Weak ("STREET") candidates: a person's name wins.
# The people and parts of a street: "de bewoners van de Brem", "de herinrichting van de Ratelom".
_STREET_PARTS = (
    "bewoner", "bewoners", "omwonenden", "buurtbewoners", "herinrichting", "bestrating",
    "stoep", "stoepen", "trottoir", "riolering", "straatverlichting",
)  # fmt: skip
_LOC_PREP = (
    r"(?i:voorbij|rond|rondom|langs|achter|tegenover|naast|nabij|vlakbij|vanaf|tussen|richting|bij|op|aan|in|naar|"
    r"(?:het|de)[ \t]+(?:eind|einde|begin|hoogte|buurt|overkant|kant|hoek|kruising)[ \t]+van|ter[ \t]+hoogte[ \t]+van|"
    r"(?:huis)?nummer[ \t]+[1-9][\w\-/]*[ \t]+van|nr\.?[ \t]*[1-9][\w\-/]*[ \t]+van|"
    r"(?:" + "|".join(_STREET_PARTS) + r")[ \t]+van)"
)
_STREET_ADJS = (
    r"(?:Oude|Nieuwe|Lange|Korte|Hoge|Lage|Grote|Kleine|Kort|Lang|Hoog|Laag|Groot|Klein|Oud|Nieuw|Binnen|Buiten|"
    r"Noorder|Zuider|Ooster|Wester|Sint|Achter|Voor|Boven|Beneden)"
)
_LOC = re.compile(
    r"(?<![\w'’\-])(?P<prep>" + _LOC_PREP + r")[ \t]+(?P<art>de|het|De|Het)[ \t]+"
    r"(?P<w>(?:" + _STREET_ADJS + r"[ \t]+)?[" + _UP + r"][a-zà-ÿ'’]{2,}(?:-[" + _UP + r"][a-zà-ÿ'’]+)?)"
    r"(?![\w\-])(?![ \t]+(?:[" + _UP + r"]|(?:van|voor|en|der|den|te|ter)[ \t]+[" + _UP + r"]))"
)
_LOC_LEAD = re.compile(r"(?:de|het|De|Het)[ \t]+[" + _UP + r"]")
# Rivers, regions and waters take an article after these ("op de Veluwe", "aan de Maas", "langs de Rijn"); after the
# others a town's name with an article is a street named after it ("voorbij de Noordeinde"). "in de" is read only
# before "nummer" or "nr": "in de Betuwe", "in de Achterhoek", "in de Bijlmer" are regions and districts no list holds.
_AREA_PREPS = frozenset(("op", "aan", "langs", "in", "naar", "richting", "vanaf", "tussen", *_STREET_PARTS))
# "naar de X" only after a verb of moving house: "naar de Voedselbank", "naar de Veluwe" are no streets.
_MOVED = re.compile(r"(?i)\b(?:verhuisd|verhuist|verhuizen|verhuisde|verhuizing|getrokken|ingetrokken|vertrokken)\b")
# "tussen de Vlierdrift en de Ratelom": the second street of the pair.
_AND_SECOND = re.compile(
    r"[ \t]+en[ \t]+(?:de|het)[ \t]+(?P<w>(?:" + _STREET_ADJS + r"[ \t]+)?[" + _UP + r"][a-zà-ÿ'’]{2,})(?![\w\-])"
    r"(?![ \t]+[" + _UP + r"])"
)
_NUMBER_WORD_AFTER = re.compile(r"(?i),?[ \t]+(?:huis)?(?:nummer|nr\b\.?|no\b\.?)")
# Endings of bodies, buildings, schemes and abstract nouns: no street name ends so.
_BODY_ENDS = (
    "dienst", "team", "zaken", "loket", "centrum", "centrale", "beleid", "regeling", "wet", "raad", "bank", "fonds",
    "bedrijf", "bureau", "stichting", "corporatie", "kantoor", "balie", "punt", "zorg", "toezicht", "beheer", "man",
    "school", "kerk", "moskee", "hal", "zaal", "huis", "bibliotheek", "ziekenhuis", "station", "theater", "museum",
    "kliniek", "praktijk", "apotheek", "winkel", "opvang", "toeslag", "uitkering", "subsidie", "vergunning",
    "bijstand", "toegang", "heid", "schap", "isme", "iteit", "atie", "ing", "ische", "isch", "lijke", "bare", "ale",
    "ele", "ieve", "ige", "se", "sche", "ap", "post", "unie", "groep", "club", "bad", "zee", "tie", "ssie", "emie",
    "pie", "lijst", "site", "pagina", "portaal", "formulier", "factuur", "brief", "mail", "app", "paspoort", "kaart",
)  # fmt: skip
# Times of the year and day: "aan het begin van de Zomer", "rond de Jaarwisseling".
_TIME_WORDS = frozenset(
    "zomer winter lente herfst voorjaar najaar zomervakantie jaarwisseling week weekend maand jaar ochtend middag "
    "avond nacht vakantie deadline".split()
)
# After "bij", "op" or "aan" the word may be an employer, a school or a care home: "werkt bij de Regenboog",
# "zit op de Kameleon", "een afspraak bij de Brug", "opgenomen bij de Isala"; or it is described right after it
# ("bij de Regenboog, de basisschool van ..."). Such clauses name no street.
_BODY_CONTEXT = re.compile(
    r"(?i)\b(?:werk|werkt|werken|werkte|werkten|gewerkt|stage|afspraak|afspraken|lid|zit|zat|zitten|opgenomen|"
    r"behandeld|behandeling|aangemeld|ingediend|bekend|schuld|schulden|achterstand|terecht|klant|cliënt|client|"
    r"dossier|aanvraag|gemeld|navragen|vrijwilliger|vrijwilligerswerk|les|school|klas|begeleid|begeleiding)\b"
)
_DESCRIBED_AFTER = re.compile(r",?[ \t]+(?:de|het|een|onze|mijn|die|dat)[ \t]+[a-zà-ÿ]")
_WEAK_PREPS = frozenset(("bij", "op", "aan"))
# Buildings and facilities ("op de Kinderboerderij", "bij het Zwembad"); parks and villages may name streets.
_FACILITY_ENDS = tuple(w for w in FACILITY_NOUNS if w not in ("park", "dorp", "locatie")) + ("boerderij",)
_STREET_ENDS_OK = ("ring", "markt", "meer", "weer", "beer")


def _body_like(word: str) -> bool:
    """A word formed like a body, building, scheme or adjective rather than a street name."""
    low = word.lower()
    if sum(c.isupper() for c in word) > 1 and "-" not in word:
        return True  # "UWV", "IJssel"-like digraphs are no streets of ours either
    if low.endswith(_ACTION_NOUN_ENDS) and not low.endswith("wetering"):
        return True  # "van de Ledenvergadering", "bij de Regeling", "Bewonersvereniging" (round seventeen)
    return low.endswith(_BODY_ENDS + _FACILITY_ENDS) and not low.endswith(_STREET_ENDS_OK)


# Nouns of an action or a body made from a verb: no street's name ends in them ("Wetering" aside).
_ACTION_NOUN_ENDS = ("ering", "eling", "iging", "ading", "uiting")


_GROUPS = frozenset("leden ouders verzorgers kinderen mensen inwoners burgers eigenaren huurders deelnemers".split())


def _people(low: str) -> bool:
    """A plural of people: "bewoners", "leden", "eigenaren" (the singular is a role or relation word)."""
    return (
        low in _GROUPS
        or (low.endswith("s") and low[:-1] in CUE_WORDS)
        or (low.endswith("en") and low[:-2] in CUE_WORDS)
    )


def locative_street_candidates(
    text: str, is_word: Callable[[str], bool], is_place: Callable[[str], bool], is_name: Callable[[str], bool]
) -> Iterator[Cand]:
    """Streets after a locative preposition and an article (see ``_LOC``); weak ("STREET") candidates."""
    for lead in _LOC_LEAD.finditer(text):
        m = _LOC.search(text, max(0, lead.start() - 32), lead.end() + 60)
        if m is None or m.start("art") != lead.start():
            continue
        prep = m.group("prep").lower()
        if prep == "in" and not _NUMBER_WORD_AFTER.match(text, m.end("w")):
            continue  # "in de Betuwe": only "in de Achterom nummer elf", "in de Grutto nr. 4"
        if prep == "naar" and not _MOVED.search(text, max(0, m.start() - 60), m.start()):
            continue
        capital_art = m.group("art")[0].isupper()
        if capital_art and (prep in _WEAK_PREPS or m.start("art") == 0 or text[m.start("art") - 2] in ".!?\n"):
            continue  # "bij De Schakel": a capitalised article opens the names of buildings and clubs too
        # "Wim in 't Veld", "Aan de Stegge": a preposition after a capitalised word may open a surname
        prev = text[max(0, m.start() - 30) : m.start()].rstrip().split()[-1:]
        if prev and prev[0][:1].isupper() and prev[0][-1:] not in ".:!?" and prep in _WEAK_PREPS:
            continue
        words = m.group("w").split()
        last = words[-1]
        low = last.lower()
        if _body_like(last) or is_name(last) or is_name(m.group("w")) or low in HOLIDAYS or low in _TIME_WORDS:
            continue  # "rond de Kerst", "aan het begin van de Zomer"
        if low in CUE_WORDS or low in NUMBERED_THINGS or _people(low):
            continue  # a role, relation, group or numbered thing: "naast de Wethouder", "Aan de Bewoners"
        if len(words) == 1 and is_place(last) and prep.split()[0] in _AREA_PREPS:
            continue
        if len(words) == 1 and last.lower() in _NOT:
            continue
        if (nxt := P.LOWER_NOUN_NEXT.match(text, m.end("w"))) and _body_like(nxt["n"]):
            continue  # "op het Erasmus college", "in het Maxima ziekenhuis": a place named after a person (round 33)
        if low.endswith(_RULE_ENDINGS) or low.endswith(EVENT_ENDINGS):
            continue  # "bij het Verzoek tot Afstemming": a request or a rule, no street; nor an event
        if low.endswith(_NEIGHBOURHOOD_ENDS) and not _NUMBER_WORD_AFTER.match(text, m.end("w")):
            continue  # "in de Rivierenwijk", "uit de Kersenbuurt": a neighbourhood, no street (round fourteen)
        if prep in _WEAK_PREPS and (
            _DESCRIBED_AFTER.match(text, m.end("w")) or _BODY_CONTEXT.search(text, max(0, m.start() - 60), m.start())
        ):
            continue
        if prep.split()[0] in _STREET_PARTS and _DESCRIBED_AFTER.match(text, m.end("w")):
            continue  # "de bewoners van de Regenboog, een woonzorgcentrum"
        yield (m.start("art") if capital_art else m.start("w")), m.end("w"), "STREET", "[adres]"
        second = _AND_SECOND.match(text, m.end("w")) if prep == "tussen" else None
        if second:
            w2 = second.group("w").split()
            if not (_body_like(w2[-1]) or is_name(w2[-1]) or (len(w2) == 1 and is_place(w2[-1]))):
                yield second.start("w"), second.end("w"), "STREET", "[adres]"


# A place field whose value is a name and a town: "locatie: Groenmarkt, Purmerend", "Plaats delict: Oude Delft,
# Deventer", "adres: Buitenom, Vlissingen". The town after the comma tells that the name before it is a street in it;
# a building or body ("locatie: Stadskantoor, Apeldoorn") is no street, nor a town alone ("locatie: Apeldoorn").
_FIELD_TOWN = re.compile(
    r"(?im)(?:^|[|;][ \t]*)[ \t]*[*\-]?[ \t]*(?:locatie|plaats(?:[ \t]+(?:delict|incident|melding))?|plek|waar|"
    r"(?:woon|post|verblijf|huis|correspondentie)?adres|incidentlocatie|meldlocatie)[ \t]*:[ \t]*"
    r"(?P<w>(?:" + _STREET_ADJS + r"[ \t]+)?[" + _UP + r"][\w'’\-]{2,}(?:[ \t]+[" + _UP + r"][\w'’\-]{2,})?)"
    r"[ \t]*,[ \t]*(?P<t>[" + _UP + r"][\w'’\-]+(?:[ \t]+[" + _UP + r"][\w'’\-]+)?)[ \t]*(?:$|[|;])"
)


def field_town_streets(text: str, is_place: Callable[[str], bool], is_name: Callable[[str], bool]) -> Iterator[Cand]:
    """The street in a place field written "name, town" (see ``_FIELD_TOWN``); strong ("ADDRESS") candidates."""
    if ":" not in text or "," not in text:
        return
    for m in P._matches_at(_FIELD_TOWN, text, line_and_cell_starts(text, "|;", at_sep=True)):  # round ten
        w = m.group("w")
        last = w.split()[-1]
        if not is_place(m.group("t")) or _body_like(last) or last.lower() in _NOT or is_name(w):
            continue
        if len(w.split()) == 1 and is_place(w):
            continue  # "locatie: Purmerend, Amsterdam"
        yield m.start("w"), m.end("w"), "ADDRESS", "[adres]"


# "gemeente Zilverhof", "provincie Zuiderland", "waterschap Hunze": the word after these names a public body or an
# area, even when it ends like a street ("-hof", "-veld"). Only weak candidates (no house number) are dropped.
_BODY_BEFORE = re.compile(
    r"(?i)(?:gemeente|provincie|waterschap|regio|stadsdeel|deelgemeente"
    # round twenty-two: a building or an institution named right after its kind ("verpleeghuis De Lindehof",
    # "Cultuurhuis De Kruisweg", "Sportclub Noorderhaven")
    r"|[a-zà-ÿ]*(?:" + NAMED_KINDS + r"))"
    r"[ \t]+(?:(?:de|het|'t|De|Het)[ \t]+)?\Z"
)
# Facilities that every municipality has, named by an ordinary word with a street's ending: without a house number
# they are no one's address ("ter hoogte van de Milieustraat", "Boekenmarkt in Gemeentewerf", round twenty-two)
_FACILITY_WORDS = frozenset(
    "milieustraat gemeentewerf stadswerf marktplein stationsplein dorpsplein kerkplein schoolplein speelplein "
    "museumplein stadspark wijkpark speeltuin kloostertuin stadsbos".split()
)


# A person's body or employer alone in brackets after the name: "Lan Huang (Werkplein)". A street without a number
# takes an article or a preposition; "-plein", "-hof" and "-park" also end the names of service desks and offices.
_CAP_BRACKET_BEFORE = re.compile(r"[" + _UP + r"][\w'’\-]+[ \t]*\(\Z")


# A service named like a square: an abstract word of the social domain before the street word ("Werkplein",
# "Zorgplein", "Jeugdpunt"); squares and courts are named after places, buildings, trees and people instead.
_SERVICE_STEMS = (
    "werk", "zorg", "inkomen", "beleid", "toezicht", "beheer", "vervoer", "welzijn", "jeugd", "leer", "taal",
    "participatie", "schuldhulp", "zaken",
)  # fmt: skip
_OFFICE_ENDS = (
    "dienst", "loket", "centrum", "kantoor", "bureau", "bank", "fonds", "raad", "team", "balie", "stichting",
    "corporatie", "bedrijf", "ombudsman",
)  # fmt: skip
_SERVICE_STREET = re.compile(r"(?i)(?:" + "|".join(_SERVICE_STEMS) + r")(?:plein|hof|punt|park)")


def _named_body(text: str, s: int, e: int) -> bool:
    """The weak street candidate ``text[s:e]`` is the name of a body (see ``_BODY_BEFORE``, ``_CAP_BRACKET_BEFORE``,
    ``_SERVICE_STREET``)."""
    if _BODY_BEFORE.search(text, max(0, s - 24), s) or _SERVICE_STREET.fullmatch(text, s, e):
        return True
    word = text[s:e].split()[-1].lower() if text[s:e].split() else ""
    if word in _FACILITY_WORDS:
        return True
    if " " not in text[s:e] and text[s:e].lower().endswith(_OFFICE_ENDS):
        return True  # "ligt nog bij het Zorgkantoor": an office, whichever finder read it as a street
    return " " not in text[s:e] and text[e : e + 1] == ")" and bool(_CAP_BRACKET_BEFORE.search(text, max(0, s - 40), s))


# A "house number" followed by a month is a day: "Notulen casusoverleg Wijkteam Noord 18 juni".
_MONTH_AFTER = re.compile(
    r"[ \t]+(?i:jan|januari|feb|febr|februari|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|"
    r"september|okt|oktober|nov|november|dec|december)\b"
)


# After these prepositions and an article a body's or service's noun names that body, not a street: "bij de Douane",
# "bij het Taalhuis" (but "bij de Groenmarkt", "bij de Kaai" are streets); a market held on a day is no street either:
# "op de Koningsdagmarkt" (round thirty-one, from fresh37c)
_BODY_PREP_BEFORE = re.compile(r"(?<![\w])(?i:bij|via|richting|vanaf|over)[ \t]+(?:de|het|'t)[ \t]+\Z")
_PLACE_OF_BODY_ENDS = ("huis", "punt", "loket", "kantoor", "winkel", "zaal")
_STREETISH_END = re.compile(r"(?:" + P.STREET_SUFFIX + r")$")
_BODY_NOUNS = frozenset(
    "douane politie marechaussee brandweer rechtbank belastingdienst bibliotheek huisarts apotheek ziekenhuis notaris "
    "bank post kerk moskee school gemeente balie receptie kassa administratie".split()
)
_EVENT_MARKET = re.compile(
    r"(?:koningsdag|kerst|paas|pinkster|rommel|vlooien|boeken|kinder|avond|nacht|winter|zomer|streek|boeren|antiek"
    r"|week|zaterdag|zondag|wijk|buurt)s?markt(?:en)?"
)


_VENUE_HEAD = re.compile(
    r"(?i:" + "|".join(sorted(NAMED_THING_KINDS, key=len, reverse=True)) + r")[ \t]+(?:De|Het|'t)\b"
)


def _service_or_market(text: str, s: int, e: int) -> bool:
    """The street candidate ``text[s:e]`` is a word of the language after "bij de", or a market held on a day."""
    low = text[s:e].lower()
    if _EVENT_MARKET.fullmatch(low):
        return True
    if " " in low or not _BODY_PREP_BEFORE.search(text, max(0, s - 16), s):
        return False
    return low in _BODY_NOUNS or low.endswith(_PLACE_OF_BODY_ENDS) and not _STREETISH_END.search(low)


def drop_named_bodies(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the street candidates that name a body: right after "gemeente", "provincie" and the like, or
    a person's employer in brackets ("Lan Huang (Werkplein)"); and without the addresses whose number is a day
    ("Wijkteam Noord 18 juni")."""
    out: list[Cand] = []
    for c in cands:
        s, e, lab, rep = c
        if lab in ("STREET", "ADDRESS") and _VENUE_HEAD.match(text, s) and not any(ch.isdigit() for ch in text[s:e]):
            continue  # "Locatie: Sporthal De Dreef": a venue named with a street's word (round thirty-one)
        if lab == "STREET" and (_named_body(text, s, e) or title_line(text, s) or _service_or_market(text, s, e)):
            continue  # a body's name; a capital in a headline in title case ("Het Verhaal Achter De Cijfers")
        if lab == "ADDRESS" and text[e - 1 : e].isdigit() and _MONTH_AFTER.match(text, e):
            # the street before the day may still be one ("naar Kerkstraat 12 mei"), a team's name is not
            m = re.search(r"[ \t]+\d+\Z", text[s:e])
            words = text[s : s + m.start()].split() if m else []
            if words and not any(_body_like(w) for w in words):
                out.append((s, s + m.start(), "STREET", rep))
            continue
        out.append(c)
    return out


# "Een inwoner (Abebe Alemu, Oude Vaart) kreeg ...": a street named by a position word and a name, last in a bracket
# after a name and a comma. The word after the adjective must not name a building ("(Jan Smit, Oude Kerk)").
_NOT_AFTER_ADJ = frozenset(("toren", "molen", "begraafplaats"))
_BRACKET_PREFIXED = re.compile(
    r"\([^()\n]{2,60},[ \t]*(?P<w>" + _STREET_ADJS + r"[ \t]+[" + _UP + r"][a-zà-ÿ'’\-]{2,})[ \t]*\)"
)


def _bracket_prefixed_streets(text: str) -> Iterator[Cand]:
    """Streets like "Oude Vaart" last in a bracket after a name (see ``_BRACKET_PREFIXED``); weak candidates."""
    if "(" not in text:
        return
    for m in _BRACKET_PREFIXED.finditer(text):
        last = m.group("w").split()[-1]
        if _body_like(last) or last.lower() in _NOT or last.lower() in _NOT_AFTER_ADJ:
            continue
        yield m.start("w"), m.end("w"), "STREET", "[adres]"


# "de straat (Hooischelfgaarde) staat verkeerd", "straatnaam Berkenrode": a word with a street ending right after the
# word "straat" or "straatnaam" (round twelve).
_NAMED_AS_STREET = re.compile(
    r"(?<![\w\-])(?:[Ss]traat(?:naam)?|STRAAT(?:NAAM)?)[ \t]*[(:,]?[ \t]*(?P<w>" + _SUFFIX_WORD.pattern + r")"
)


def _streets_named_as_street(text: str) -> Iterator[Cand]:
    """A street named right after the word "straat" (see ``_NAMED_AS_STREET``); weak candidates."""
    if "traat" not in text and "TRAAT" not in text:
        return
    for m in _NAMED_AS_STREET.finditer(text):
        yield m.start("w"), m.end("w"), "STREET", "[adres]"
