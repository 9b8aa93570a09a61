"""Person-name detection for Dutch case texts.

Names are found as chunks of capitalised words, initials and particles ("J. van der Berg"), then
judged by context first (honorifics, family and role words, "Mijn naam is", verbs of speaking, an
age in brackets) and by openly licensed name lists second. Dutch capitalises only proper nouns
mid-sentence, so a capitalised word that is also an ordinary word ("Visser", "Bos") is a name
there, while at the start of a sentence it needs more evidence. Surnames and first names seen once
are replaced everywhere else in the text with the same ``[persoon N]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    FIRST_NAMES,
    PLACE_WORDS,
    PLACES_FULL,
    STOPWORDS,
    STOPWORDS_AS_FIRST_NAMES,
    SURNAMES,
    WORDS,
    english_words,
)
from .namesites import MONTH_WORDS, TITLE_LINK
from .patterns import FUNCTION_MAILBOXES, STREET_END_OF_NAMES, two_words
from .patterns import STREET_SUFFIX_OF_NAMES as STREET_SUFFIX
from .rxutil import any_of, fast_alternation
from .wordlists import (  # noqa: F401  (re-exported for core.py and tests)
    ABBREV,
    AND_NAME_AFTER,
    ARTICLES,
    CAP_PARTICLES,
    CUE_PHRASES,
    CUE_WORDS,
    GOV_TERMS,
    GOV_TERMS_LOWER,
    GREETINGS_OPENING,
    GREETINGS_TIME,
    HONORIFICS,
    LANGUAGE_NAMES,
    NAME_HEADERS,
    NAME_PARTICLES,
    NAMED_THING_KINDS,
    ORG_SUFFIXES,
    ORG_WORDS,
    PARTICLES,
    PEOPLES,
    PLACE_PREPS,
    POSSESSED_NOUNS,
    RELATIONS,
    ROLES,
    SPEECH_BEFORE,
    WEAK_WORDS,
)


@lru_cache(maxsize=4096)
def _last_words(before: str, n: int = 4) -> tuple[str, ...]:
    """The last ``n`` words of ``before`` in lower case (cached: each chunk asks several times for the same)."""
    return tuple(before[-48:].lower().split()[-n:])


HONORIFIC_END = re.compile(r"(?:\b(?:" + HONORIFICS + r")\.?|\b(?:naam is|heet|genaamd|ben|groet,?|:))\s*$", re.I)


# Official roles that end a compound ("leerplichtambtenaar", "klachtcoördinator", "jeugdconsulent"): the compound
# is a role word too, though no list holds it.
_ROLE_HEADS = (
    "ambtenaar", "medewerker", "medewerkster", "consulent", "consulente", "coördinator", "coordinator", "adviseur",
    "adviseuse", "regisseur", "begeleider", "begeleidster", "hulpverlener", "verlener", "verpleegkundige",
    "teamleider", "casemanager", "behandelaar", "inspecteur", "handhaver", "toezichthouder", "bemiddelaar",
    # round twenty (holdout19): "energiecoach", "klantmanager", "jongerenwerker", "wijkbeheerder"
    "coach", "manager", "werker", "beheerder", "deskundige", "planner",
)  # fmt: skip


def _compound_role(lo: str) -> bool:
    """A compound ending in an official role, its first part a word of four letters or more: "leerplichtambtenaar",
    "klachtcoördinator", "wijkconsulent" (not "medewerker" alone, which is a cue word already)."""
    if len(lo) < 10 or not lo.isalpha():
        return False
    for head in _ROLE_HEADS:
        if lo.endswith(head) and len(lo) - len(head) >= 4:
            return True
    return False


def plural_cue(lo: str) -> bool:
    """ "bewoners", "buurvrouwen", "kinderen", "zussen": plural role words."""
    if lo.endswith("eren") and lo[:-4] in CUE_WORDS:
        return True
    if lo.endswith("en") and len(lo) > 5 and (lo[:-2] in CUE_WORDS or (lo[-3] == lo[-4] and lo[:-3] in CUE_WORDS)):
        return True
    return lo.endswith("s") and len(lo) > 5 and lo[:-1] in CUE_WORDS


_FIELD_KEY = re.compile(r"[\s;,&?|{]")
LIST_CUES = frozenset(
    "aanwezig aanwezigen afwezig afgemeld verhinderd deelnemers aan cc bcc kopie genodigden notulist voorzitter "
    "actie presentielijst".split()
) | {"afwezig m.k.", "afwezig met kennisgeving"}


def _list_cue_line(tail: str) -> bool:
    """True if the line of ``tail`` opens with a list cue and a colon ("Aanwezig: ...", "cc: ...")."""
    line = tail[tail.rfind("\n") + 1 :]
    head, colon, _rest = line.partition(":")
    return bool(colon) and head.strip().lower() in LIST_CUES


# Forms of address that may end a line of running text, the name on the next line ("het verzoek van mw.⏎Bui").
_ADDRESS_AT_BREAK = frozenset("mw. mw mevr. mevr mevrouw dhr. dhr meneer heer hr. mr. dr. mej.".split())


# A word of three or more letters and a full stop that is no abbreviated form of address ("dhr.", "mevr.", "fam.").
_SENTENCE_END_WORD = re.compile(
    r"(?<![\w.])(?!(?:mevr|mvr|mw|mej|dhr|hr|mnr|fam|mr|dr|drs|ir|ing|prof|ds|zr|br|wed|st|bc|ing|kand)\.$)"
    r"[^\W\d_]{3,}\.$",
    re.I,
)


def cue_before(before: str) -> bool:
    """True if the text right before a name announces it (honorific, role word, "Mijn naam is", …)."""
    tail = before.rstrip()
    if tail.endswith(("xx", "xxx")) and _KISSES_OPEN_LINE.search(before):
        return True  # "xx ginika pinke": kisses open the line that signs a message (round twenty-six, from holdout25)
    if tail.endswith("(") and before.endswith("("):
        # "de uitvoerder (Ubah) zegt": a role after its article, and its holder's name in brackets (round twenty-six,
        # from fresh32c); not "moeder (Leeuwarden)", "tolk (Papiaments)", "Medewerker (Avans Hogeschool)"
        m = _ROLE_BRACKET.search(tail)
        return bool(m) and m.group(1).lower() in CUE_WORDS and m.group(1).lower() not in _NOT_BRACKET_ROLES
    if tail.endswith(".") and _SENTENCE_END_WORD.search(tail):
        return False  # "... logeert bij het gezin. Burgerservicenummer:": a cue word ends its own sentence
    if tail.endswith("="):  # "naam=MDG Su; tel=...": a record field named for a person
        return _FIELD_KEY.split(tail[:-1])[-1].lower() in NAME_HEADERS
    if tail.endswith((";", ",")) and _list_cue_line(tail):
        return True  # "Aanwezig: A (inwoner); B namens Team X": the list cue holds for every item
    if "\n" in before[len(tail) :] and tail.endswith(",") and _SALUTATION_LINE.search(tail):
        return False  # "Geachte heer, mevrouw,⏎⏎Namens mijn cliënt": the salutation line announces nobody below it
    if "\n" in before[len(tail) :] and not tail.endswith((":", ",")):
        # "beleidsmedewerker\n\nOmbudsteam": a signature line announces nothing on the next line; but a form of
        # address at a line break of running text does ("het verzoek van mw.\nBui")
        last = tail[max(tail.rfind(" "), tail.rfind("\n")) + 1 :].lower()
        return before.count("\n", len(tail)) == 1 and last in _ADDRESS_AT_BREAK
    cut = max(tail.rfind(" "), tail.rfind("\n"), tail.rfind("\t"))
    last = tail[cut + 1 :].lower().lstrip("([{\"'“‘")  # "(familie Wijnands)": a bracket before the cue word
    if last == "door:":
        return True  # "Aangenomen door:", "Vastgelegd door:": a field naming who did it
    last = last.rstrip(":") if last.endswith(":") and len(last) > 2 else last  # "behandelaar:"
    if last not in _CUE_LAST and last.rstrip(",") not in _CUE_LAST:
        # fast path: most words are no cue at all
        return plural_cue(last.rstrip(",")) or _compound_role(last.rstrip(",:"))
    words = _last_words(before)
    if not words:
        return False
    last = words[-1].lstrip("([{\"'“‘")
    if tail.endswith(",") and last not in CUE_PHRASES and _TITLE_OPENS_LINE.search(tail):
        return False  # "2004 – 2005  Monteur, Albert Heijn": a job and its employer in a CV (round twenty-four)
    if last in CUE_WORDS or last.rstrip(",:") in CUE_WORDS or last in CUE_PHRASES:
        return True  # "mevrouw", "teamleider:" (a field label naming a role)
    for k in (2, 3, 4):
        if len(words) >= k:
            phrase = " ".join(words[-k:]).lstrip("([{\"'“‘")  # "(vraag naar Betsy)": a bracket before the phrase
            if phrase in CUE_PHRASES or phrase.rstrip(",") in CUE_WORDS:
                return True
    return False


_KISSES_OPEN_LINE = re.compile(r"(?:^|\n)[ \t]*xxx?[ \t]+$")  # lower case: "9857  XX HENGELO" is a postcode
_ROLE_BRACKET = re.compile(r"(?<![\w])(?:de|het|onze|jullie|uw)[ \t]+([a-zà-ÿ]+)[ \t]*\($")
_NOT_BRACKET_ROLES = RELATIONS | {"tolk", "klant", "cliënt", "client"}
_TITLE_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[\d–—\-/.]+|nu|heden)[ \t]*)*[A-ZÀ-Þ][a-zà-ÿ]+,$")
_SALUTATION_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:geachte|beste|lieve|hallo|hoi|dag|goedemorgen|goedemiddag)\b[^\n]*$", re.I
)
_CUE_LAST = frozenset(
    CUE_WORDS
    | {p.split()[-1] for p in CUE_PHRASES}
    | {p.split()[-1].rstrip(":") for p in CUE_PHRASES}
    | {w.split()[-1] for w in CUE_WORDS}
)


def weak_before(before: str) -> bool:
    words = _last_words(before, 1)
    return bool(words) and words[-1] in WEAK_WORDS


def org_before(before: str) -> bool:
    """The word right before is an organisation word ("stichting", "afdeling"), on the same line: a heading "...
    Sociaal Domein" names nobody on the next line."""
    if before.rstrip(" \t\u00a0")[-1:] in ("\n", "\r"):
        return False
    words = _last_words(before, 1)
    return bool(words) and words[-1] in ORG_WORDS


VERBS_AFTER = (
    r"zei|zegt|zeggen|belde|belt|meldde|meldt|vroeg|vraagt|schreef|schrijft|stuurde|stuurt|mailde|"
    r"mailt|appte|appt|klaagde|klaagt|vertelde|vertelt|legde|legt|gaf|geeft|antwoordde|antwoordt|"
    r"reageerde|reageert|liet|laat|wacht|wachtte|woont|woonde|kwam|komt|diende|dient|ontving|ontvangt|"
    r"kreeg|krijgt|verklaarde|verklaart|benadrukte|bevestigde|bevestigt|beloofde|belooft|stelde|"
    r"sprak|spreekt|ging|gaat|heeft|had|hebben|was|waren|is|zijn|wil|wilde|wilden|vindt|vond|"
    r"moest|moet|kon|kan|zou|zal|werd|wordt|weet|wist|hoorde|hoort|zag|ziet|kent|kende|"
    r"tekende|tekent|betaalde|betaalt|ontvangt|verhuisde|verhuist|overleed|werkt|werkte|"
    r"maakte|maakt|deed|doet|nam|neemt|bracht|brengt|hielp|helpt|zocht|zoekt|probeerde|"
    r"probeert|diende|dient|ondertekende|schrok|heeft|huilde|lachte|twijfelde|sliep|voelt|voelde|"
    r"begreep|begrijpt|snapte|snapt|dacht|denkt|hoopte|hoopt|vergat|vergeet|besloot|beslist|weigerde|weigert|"
    # more verbs of which a person is the usual subject (round ten)
    r"bleek|blijkt|bleef|blijft|stond|staat|zat|zit|lag|ligt|mocht|mag|hoefde|hoeft|liep|loopt|viel|valt|hield|"
    r"houdt|koos|kiest|miste|mist|zette|zet|leverde|levert|vulde|vult|stopte|stopt|begon|begint|regelde|regelt|"
    r"opende|opent|las|leest|kocht|koopt|verkocht|verkoopt|huurde|huurt|leende|leent|toonde|toont|gebruikte|gebruikt|"
    r"ontdekte|ontdekt|merkte|merkt|noemde|noemt|erkende|erkent|accepteerde|accepteert|wees|wijst|verloor|"
    r"verliest|won|wint|betaalde|trok|trekt|schoof|schuift|sprak|vroeg|eiste|eist|wenste|wenst|verwachtte|"
    r"verwacht|herinnerde|herinnert|ontkende|ontkent|vertrok|vertrekt|arriveerde|verscheen|verschijnt|bezocht|"
    r"bezoekt|verzorgde|verzorgt|zorgde|zorgt|kookte|kookt|reed|rijdt|fietste|fietst|leefde|leeft|overleefde|"
    r"stierf|sterft|trouwde|trouwt|scheidde|scheidt|kreeg|ontving|heeft|"
    # what a body does (round thirty-three, own probe): "Quirijntje zwom naar de kant", "Tesmiro rende weg"
    r"zwom|zwemt|sprong|springt|vloog|rende|rent|gooide|gooit|sloeg|slaat|schopte|schopt|klom|klimt|dook|duikt|"
    r"dronk|drinkt|rookte|rookt|vluchtte|vlucht|verdween|verdwijnt|wandelde|wandelt|slaapt|huilt|lacht|schreeuwde|"
    r"schreeuwt|zweeg|zwijgt|ruimde|ruimt|bewaarde|bewaart|verzamelde|verzamelt|"
    r"die\s+(?:met|al|nog|in|op|bij|sinds|toen|zelf|net|pas|ook|daar|hier|zijn|haar|de|het|een)|"
    # a to-do item: the person to phone, mail or ask ("* Grzesztof terugmailen")
    r"terugmailen|terugbellen|nabellen|bellen|mailen|appen|informeren|uitnodigen|herinneren|bedanken|feliciteren|"
    r"vragen\s+(?:om|of|naar|wanneer|hoe)|"
    r"en\s+(?:zijn|haar)\s+\w+"
)
CUE_AFTER_STRONG = re.compile(  # every shape opens with "(", ",", " g", " *" or " °": the look-ahead fails fast
    r"^(?=\s*[(,]|\s+[g*°])\s*(?:\(\s*\d{1,3}(?:\s*(?:jaar|jr\.?|j\.))?\s*\)|,\s*\d{1,3}\s*(?:jaar|jr\.?)\b|,\s*\d{1,3}\s*,|"
    r"\(\s*(?:bsn|geb|geboren)|"
    r",\s*(?:geboren|geb\.|geb\.?\s?datum|geboortedatum|dob\b|d\.o\.b\.|°)|"
    # a birth key and the date right after the name: "kiosk: OBIWALE gd 16 jul '81" (round eighteen)
    r"[ \t]+(?:geb\.?|gd\.?)[ \t]+\d|"
    r"[ \t]+[*°][ \t]*\d|"  # the birth date under a name on a gravestone: "YOGALINGAM Nirosha * 12-03-1933 † ..."
    r"\s*\(\s*(?:de\s+|onze\s+|mijn\s+)?(?:team|afdeling|namens|" + ROLES + r")\b)",
    re.I,
)
AFTER_POSTCODE = re.compile(r"(?<![\w])\d{4}\s?[A-Za-z]{2}\s*,?\s*$")  # "2797 dr ZOETERMEER": the place, in any case
# More verbs of speaking or asking that take a person as subject: "Timmer geeft aan dat", "Kraai vraagt of".
ASKS_AFTER = re.compile(
    r"^\s+(?:(?:geeft\s+aan|vraagt|meldt|laat\s+weten|belt\s+terug|mailt|appt|voelt\s+zich|gaat\s+akkoord)\b"
    r"|akkoord(?=\s*(?:[.;,\n]|$)))"
)
# Verbs that nearly always have a person as subject: "Schaap belde", "Bouwman zei".
SPEECH_AFTER = re.compile(
    r"^,?\s*(?:zei|zegt|belde|mailde|appte|schreef|vertelde|vertelt|meldde|klaagde|antwoordde|reageerde|"
    r"vroeg|stuurde|liet\s+weten|gaf\s+aan|legde\s+uit|kwam\s+langs|tekende|ondertekende|huilde|lachte|"
    r"(?:noteerde|noteert)(?=\s*:)|schrijft|antwoordt|meldt|mailt|appt|vraagt|klaagt)\b"
)
# An apposition with a role right after the name: "Esra, de moeder van twee kinderen, ...".
ROLE_AFTER = re.compile(r"^\s*,\s*(?:de|het|een|onze|mijn|haar|zijn|hun|uw)?\s*(?:" + ROLES + r")\b", re.I)
# The verbs as a prefix tree: same matches, 3x faster under re.I.
VERB_AFTER = re.compile(r"^,?\s*(?:" + fast_alternation(VERBS_AFTER) + r")\b", re.I)


# Upper-case letters of the Latin, Greek and Cyrillic blocks (names in Dutch texts use these scripts).
_UPPER = "".join(
    c for c in map(chr, [*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)]) if c.isupper()
)
# Only tokens that can be part of a name are produced: capitalised words, initials, particles.
# Only tokens that can start or continue a name: capitalised words and initials.
TOKEN_RE = re.compile(
    r"["
    + _UPPER
    + r"](?<![^\W_]["  # "_Marijke Veldkamp_" (Markdown emphasis), "bezwaar_fam_Dijkhuizen": "_" opens a name
    + _UPPER
    + r"])(?<![\-.]["
    + _UPPER
    + r"])(?<![\w'’]['’]["
    + _UPPER
    + r"])(?<!['’]["
    + _UPPER
    + r"](?=[\W\d_]))"
    r"(?:[a-z]?\.(?:["
    + _UPPER
    + r"][a-z]?\.){0,3}(?=[\s\-])|\.(?:["
    + _UPPER
    + r"]\.){0,2}["
    + _UPPER
    + r"](?=[ \u00a0])"
    r"|[\w'’]*(?:-[^\W\d_][\w'’]*)*)"
)
_SENT_END_OR_SPACE = frozenset('.!?:;•*"“”([‘« \t\n\r\u00a0#>-+|')
_OPENERS = frozenset('!?:;•*"“”([‘«„|\t')  # table cells and record fields start like a sentence


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    initial: bool = False
    cap: bool = False
    particle: bool = False
    sent_start: bool = False


@dataclass
class Person:
    ident: int
    first: str | None = None
    surname: str | None = None
    parts: set[str] = field(default_factory=set)
    known: bool = False


def _is_word(t: str) -> bool:
    lo = t.lower()
    return lo in WORDS or lo in STOPWORDS


# Endings typical of surnames (Frisian, Groningen, Twente, Polish, Slavic, Ukrainian, Turkish, Indian, Dutch
# patronymics). Applied only to capitalised words that are neither ordinary words nor on a list.
SURNAME_SHAPE = re.compile(
    r"(?:stra|sma|inga|enga|ema|ama|ingh|ink|elink|ing[ah]|ski|ska|cki|cka|wicz|czyk|czak|ović|evic|ević|"
    r"ovic|enko|chuk|shyn|ova|eva|ov|ev|oğlu|oglu|çı|ci|gil|soy|han|kaya|demir|zadeh|poor|singh|"
    r"persad|sewdien|baran|sen|ssen|sz|ink|huis|kamp|veld|berg|dijk|hof|horst|broek|beek|bosch)$"
)


# Last parts of Dutch compound surnames ("Molenkamp", "Zonneveld", "Kuipershoek", "Schuurman"): a compound that
# ends in one of these may be a name, so it gets no evidence of being an ordinary word.
_SURNAME_TAILS = (
    "kamp", "veld", "huis", "huizen", "berg", "bergen", "dijk", "hof", "hoven", "horst", "broek", "beek", "bosch",
    "bos", "man", "mans", "ink", "vliet", "land", "meester", "maker", "hoek", "kaas", "boom", "water", "hout",
    "stein", "wijk", "laar", "loo", "haar", "voort", "doorn", "zand", "burg", "steen", "gaard", "weg", "straat",
    "laan", "kerk", "molen", "meer", "dam", "donk", "hage", "heuvel", "wal", "schot", "dal", "graaf", "koop",
    "smit", "smid", "bakker", "visser", "boer", "ma", "stra", "sma", "inga", "ema", "ing", "er", "ers",
    # trades that end surnames ("Vuurmolenaar", "Oudschilder", "Nieuwkramer"; round thirty-three, own probe)
    "molenaar", "schilder", "kuiper", "brouwer", "jager", "kramer", "slager", "snijder", "wever", "herder", "schipper",
    "ruiter", "koster", "verver", "zager",
    # and more trades ("Klompenhouwer", "Dijkbouwer", "Houtdraaier"; round thirty-four, own probe)
    "houwer", "bouwer", "draaier", "drager", "timmer",
)  # fmt: skip


# Ends of compounds that name a number or mark of a file, which no surname has, though "er" ends surnames:
# "Vorderingnummer", "Machtigingskenmerk".
_ADMIN_TAILS = frozenset({"nummer", "nummers", "kenmerk", "kenmerken"})


@lru_cache(maxsize=4096)
def _surname_tail(x: str) -> bool:
    """A word that is, or barely extends, a usual end of a surname ("bergen", "maker", "boers"); "kinder" and
    "vereniging" end in one only by their last letters (round seventeen)."""
    ends = [tail for tail in _SURNAME_TAILS if x.endswith(tail)]
    # a street word stays excluded as before ("akker"); "plein" never was ("Zorgplein" is a body's name)
    return any(len(x) - len(tail) <= 2 or x in _STREET_TAILS for tail in ends)


# "Rietgorsakker", "Esdoornakker": a street's name, no ordinary word
_STREET_TAILS = frozenset(STREET_SUFFIX.split("|"))


def ordinary_compound(t: str) -> bool:
    """A capitalised token that is an ordinary Dutch compound, or its plural, though no list has it: "Kleuterplaats",
    "Fietshek", "Bomenbesluit" (two words, the last not a usual end of a surname). Positive evidence of a word."""
    lo = t.lower()
    if len(lo) < 8 or not lo.isalpha():
        return False
    stems = [lo] + ([lo[:-2]] if lo.endswith("en") else []) + ([lo[:-1]] if lo.endswith("s") else [])
    for c in stems:
        for i in range(3, len(c) - 3):
            head, tail = c[:i], c[i:]
            if (
                len(tail) < (6 if i == 3 else 5)  # a head of three letters before a long word: "Valrisico" (r. 25),
                or (i == 3 and c.endswith("s"))  # not a surname's genitive: "Minderdes schuur"
                or tail not in WORDS
                or (tail not in _ADMIN_TAILS and any(_surname_tail(x) for x in (tail, tail[:-1], tail[:-2])))
            ):
                continue
            if head in WORDS:
                return True
            if i > 3 and ((head[-1] in "se" and head[:-1] in WORDS) or (head[-2:] == "en" and head[:-2] in WORDS)):
                return True
            if len(head) >= 9 and two_words(head) and not STREET_END_OF_NAMES.search(tail):
                return True  # three words: "Raadsinformatiebijeenkomst", not a street's "Windwijzerakker" (r. 19)
    return False


_NAME_INFO: dict[str, tuple[bool, bool, bool, bool]] = {}  # token -> _name_info, remembered (the lists never change)


def _name_info(t: str) -> tuple[bool, bool, bool, bool]:
    """(first name, surname, ordinary word, place) for one capitalised token (parts of a hyphen pair)."""
    got = _NAME_INFO.get(t)
    if got is None:
        got = _name_info_of(t)
        if len(_NAME_INFO) > 100_000:
            _NAME_INFO.clear()
        _NAME_INFO[t] = got
    return got


_SHORT_PREFIXES = frozenset("ex oud co non pre vice anti pro ov tv cd pc sms wmo pgb ggz bso dvd".split())
_VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")


def two_syllable_given_name(parts: list[str]) -> bool:
    """Two short syllables joined by a hyphen, the second in lower case ("Ji-ho", "Min-jun", "Dong-hyun"): a
    romanised given name, not a Dutch compound ("Wmo-team", "Ex-man", "Mm-hm")."""
    if len(parts) != 2:
        return False
    head, tail = parts
    # the first syllable of up to five letters: "Seung-ho", "Hyun-woo" (round twenty-eight)
    if not (2 <= len(head) <= 5 and 2 <= len(tail) <= 4 and head[:1].isupper() and head[1:].islower()):
        return False
    if not tail.isalpha() or not head.isalpha() or head.lower() in _SHORT_PREFIXES or head in GOV_TERMS:
        return False
    if not (_VOWEL.search(head.lower()) and _VOWEL.search(tail)):
        return False
    return not _is_word(head) or not _is_word(tail) or (len(head) <= 3 and len(tail) <= 3)


def _name_info_of(t: str) -> tuple[bool, bool, bool, bool]:
    if "-" in t:
        parts = t.split("-")
        if any(p[:1].islower() and p.lower() not in PARTICLES for p in parts[1:]):
            if two_syllable_given_name(parts):
                return False, False, False, False  # "Ji-ho", "Min-jun", "Seo-yeon": a Korean given name (round 14)
            return False, False, True, False  # a compound like "Wmo-voorziening"
        infos = [_name_info(p) for p in parts if p]
        fn = any(i[0] for i in infos)
        sn = any(i[1] for i in infos)
        return fn, sn, all(i[2] for i in infos), all(i[3] for i in infos)
    if t.endswith(("'s", "’s")) and len(t) > 3:
        t = t[:-2]  # "Jansen's", "De Mol's"
    fn, sn = t in FIRST_NAMES, t in SURNAMES
    word = _is_word(t)
    if not (fn or sn or word) and ordinary_compound(t):
        word = True  # "Kleuterplaatsen", "Fietshek": a compound of Dutch words, not a name
    elif not (fn or sn or word) and SURNAME_SHAPE.search(t):
        sn = True  # "Wiersma", "Kowalczyk", "Petrović", "Kovalenko": surname by its ending
    return fn, sn, word, t in PLACES_FULL or (t in PLACE_WORDS and not fn and not sn)


_MARKDOWN_MARKERS = frozenset("#>*-+")


_BLOCK_TAG_BEFORE = re.compile(r"<(?:td|th|p|li|div|h[1-6]|tr|br|dd|dt)(?:\s[^<>]*)?/?>\Z", re.I)


# A date or time opening a line of a log: "03-02", "13/9", "19.05", "2026-02-03 14:02", "14:02".
# a line opening with a date or a time, or a form's field number ("5 Postcode / Woonplaats:", round fourteen)
_LINE_STAMP = re.compile(
    r"[ \t]*(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?(?:[ \t,]+\d{1,2}[:.]\d\d)?|\d{1,2}:\d\d|\d{1,2})"
)


_QUOTED_WORD = re.compile(r"[\w\-]+['’]")


def _sent_start(text: str, pos: int) -> bool:
    """True if position ``pos`` starts a sentence, a line, a quote or a bracketed part."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0:
        return True
    c = text[j]
    if c == "\n" or c == "\r" or c in _OPENERS:
        return True
    if c in "'’\"”" and j > 0 and text[j - 1] in ".!?":
        return True  # "... dan een verre vriend.' Vroeger, toen ik ...": a quotation ended with its sentence (r. 33)
    if c == "'" and (j == 0 or text[j - 1] in " \t\r\n(:[—–") and not _QUOTED_WORD.match(text, pos):
        return True  # "te horen: 'Daarvoor moet u ...'": a straight quote opening a quotation (round twelve); not
        # a single quoted word ("door de buren 'Bur' genoemd": a nickname)
    if c.isdigit() and _LINE_STAMP.fullmatch(text, text.rfind("\n", 0, j) + 1, j + 1):
        return True  # "03-02  Verzoek binnen via portal.": a log line opens after its date or time (round eleven)
    if c == ">" and _BLOCK_TAG_BEFORE.search(text, max(0, j - 40), j + 1):
        return True  # "<td>Naam</td>", "<p>Geachte": a block or cell tag opens a sentence
    if c in "–—" or (c == "-" and j > 0 and text[j - 1] == "-"):
        return j > 0 and text[j - 1] in " \t-"  # "A. Beek -- Vanaf april ...": a dash between two clauses
    if c in _MARKDOWN_MARKERS:  # "## Uitkomst", "- Leerpunt", "> Citaat": a Markdown line start
        k = j
        while k >= 0 and (text[k] in _MARKDOWN_MARKERS or text[k] in " \t"):
            k -= 1
        if k < 0 or text[k] in "\r\n":
            return True
    if c == ".":
        k = j - 1
        while k >= 0 and text[k].isalpha():
            k -= 1
        word = text[k + 1 : j]
        if word.lower() in ABBREV or (
            len(word) == 1 and (word.isupper() or word != "u") and not (k >= 0 and text[k].isdigit())
        ):
            return False  # "J. Scheer", "n.h. Scheer": an initial; but "... bellen wij u. Daarna", and a house
            # number's letter ends a sentence: "op Dragonlaan 122a. Twaalf bewoners" (round thirty-two)
        return True
    return False


# also "Mijn", "U", "Graag" ... opening the next sentence, and a form of address with its dot: "in de e-mails van dhr.
# Ho. Mijn gegevens: ..." (round twenty-eight, from holdout27)
_NEXT_SENTENCE = re.compile(
    r"(?:[ \t]+(?:Ze|Zij|Hij|Het|De|Dat|Die|Dit|Ik|We|Wij|Er|Toen|Daarna|Hun|Haar|Zijn|Mijn|Onze|Ons|U|Uw|Jij|Je|"
    r"Graag|Kunt|Wilt|Kan|Wat|Hoe|Waarom|Wanneer|Maar|En|Ook|Dan|Nu|Zo|Omdat|Volgens|Bij|Na|Op|In)\b|\s*$|[ \t]*\r?\n)"
)
_RELATION_BEFORE = re.compile(r"(?:^|\s)(?P<w>[a-zà-ÿ]+)\.?[ \t]$")


def _short_name_ends_sentence(text: str, st: int, en: int) -> bool:
    """ "Ed." right after a relation word or a form of address, ending a sentence, is a two-letter name, not an
    initial: "haar broer Ed. Ze had ..." ("Th. de Vries" goes on with the name)."""
    m = _RELATION_BEFORE.search(text, max(0, st - 24), st)
    return bool(m) and m.group("w") in _CUE_LAST and bool(_NEXT_SENTENCE.match(text, en))


def _quote_opened(text: str, st: int, q: str) -> bool:
    """The quote ``q`` ending the token at ``st`` closes one opened earlier on its line ("'Helen Berhane'", "Aan:
    'Jeroen Vos'"), so it is no possessive ("Thijs' fiets")."""
    line_start = text.rfind("\n", 0, st) + 1
    o = text.rfind(q if q == "'" else "‘", line_start, st)
    return o != -1 and (o == line_start or not text[o - 1].isalnum()) and q not in text[o + 1 : st]


def tokenize(text: str) -> list[Tok]:
    """Name-candidate tokens (capitalised words, initials, particles) with sentence-start flags."""
    toks: list[Tok] = []
    append = toks.append
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        st, en = m.span()
        cap = t[0].isupper()
        initial = cap and (
            (t[-1] == "." and (len(t) == 2 or t.lower() not in CUE_WORDS)) or (t[1:2] == "." and t[-1].isupper())
        )  # "J.", "J.P.", and "P.M" (the last dot left out)
        if initial and len(t) == 3 and t[1].islower() and _short_name_ends_sentence(text, st, en):
            t, en, initial = t[:2], en - 1, False  # "haar broer Ed. Ze had ...": a two-letter name, then a full stop
        if t[-1] == "_" and len(t) > 2:
            stripped = t.rstrip("_")
            t, en = stripped, st + len(stripped)  # "_Marijke Veldkamp_": the closing mark of Markdown emphasis
        if t[-1] in "'’" and len(t) > 2 and (t[-2] not in "sxzSXZ" or _quote_opened(text, st, t[-1])):
            t, en = t[:-1], en - 1  # "'Helen Berhane'": a closing quote; a possessive one follows s ("Thijs'")
        particle = not initial and t.lower() in PARTICLES
        # fast path: "word Word" in the middle of a sentence
        sent = cap and not (
            st >= 2
            and text[st - 1] == " "
            and text[st - 2] not in _SENT_END_OR_SPACE
            and not text[st - 2].isdigit()
            and not (text[st - 2] in "'’" and text[st - 3 : st - 2] in (".", "!", "?"))  # "vriend.' Vroeger"
        )
        append(Tok(st, en, t, initial, cap, particle, sent and _sent_start(text, st)))
    return toks


def _blocked(start: int, end: int, mask: bytearray) -> bool:
    """True if any character in [start, end) is already part of an entity."""
    return mask.find(1, start, end) != -1


_LOCAL_END = re.compile(r"[\w.+\-]+$")
_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")


def _email_tokens(text: str) -> frozenset[str]:
    """Name-like pieces of e-mail addresses ("mei.deboer@…" -> mei, deboer, de boer)."""
    if "@" not in text:
        return frozenset()
    out: set[str] = set()
    at = text.find("@")
    while at != -1:
        m = _LOCAL_END.search(text, max(0, at - 64), at)
        at = text.find("@", at + 1)
        if not m:
            continue
        for p in _LOCAL_SPLIT.split(m.group().lower()):
            if len(p) >= 3 and p not in STOPWORDS and p not in FUNCTION_MAILBOXES and p not in GOV_TERMS_LOWER:
                out.add(p)
    return frozenset(out)


_LINK_WORDS = sorted(
    NAME_PARTICLES
    | {
        "in 't",
        "in het",
        "op de",
        "op den",
        "op 't",
        "uit de",
        "uit den",
        "van het",
        "bij de",
        "in den",
        "in de",
        "a",
        "te",
    },  # "Tjon a Fong"; a capital "A" is a token of its own; "Siebe te Riele" (not "te Utrecht", see the loop)
    key=len,
    reverse=True,
)
_LP_ALT = "|".join(re.escape(p) for p in _LINK_WORDS)
# Particles between two capitalised tokens: "Noor| van den |Berg"; "het" only after a capitalised "Van", itself a
# token: "de heer Van| het |Vlietlingen" (round twenty-six, from holdout25).
LINK_RE = re.compile(r"(?<=Van)[ \u00a0]het[ \u00a0]|[ \u00a0](?:(?:" + _LP_ALT + r")[ \u00a0]){0,4}")
_LEAD_ALT = "|".join(
    re.escape(p)
    for p in sorted(
        (NAME_PARTICLES - {"al", "ben", "bin", "do", "da", "di", "y", "mac"}) | {"in 't", "in ’t", "in den", "in het"},
        key=len,
        reverse=True,
    )
)
# Name particles right before a capitalised token: "dhr. |van 't |Hof".
# The last word before a token is a particle (cheap test before ``LEAD_RE``): "... de |Vries", "'t |Hart".
_LEAD_LAST = re.compile(r".*(?:^|[\s\u00a0])(?:" + _LEAD_ALT + r"|den|het|'t|’t)[ \u00a0]$", re.S)
LEAD_RE = re.compile(r"(?:(?<=\s)|^)((?:(?:" + _LEAD_ALT + r")[ \u00a0]){1,4})$")
_WORD_RE = re.compile(r"\S\S*")


def _particle_toks(text: str, start: int, end: int) -> list[Tok]:
    return [
        Tok(start + m.start(), start + m.end(), m.group(), particle=True) for m in _WORD_RE.finditer(text[start:end])
    ]


def _plain_sentence_start(text: str, t: Tok) -> bool:
    lo = t.text.lower()
    if lo not in STOPWORDS and lo not in WORDS:
        return False
    if t.text in FIRST_NAMES or t.text in SURNAMES:
        return False
    if text[t.start - 2 : t.start - 1] in (":", ";", ",") or text[t.start - 1 : t.start] == "\n":
        if cue_before(text[max(0, t.start - 48) : t.start]):  # also "het verzoek van mw.\nBui" (a line break)
            return False  # "notulist: Les": a list cue announces the name
    after = text[t.end : t.end + 40]
    # _PLAIN_START_AFTER: CUE_AFTER_STRONG, SPEECH_AFTER, VERB_AFTER, ASKS_AFTER or DEPARTMENT_AFTER, in one call
    return not (_PLAIN_START_AFTER.match(after) or org_in_brackets_after(after))


# A department, body or organisation in brackets right after a word: "Bulut (Bezwaar en Beroep) stuurt",
# "Aangenomen door: Ghada (Klachtenbureau)", "H. Smit (SVB)".
BRACKET_AFTER = re.compile(r"[ \t]*\((?P<org>[^()\n]{2,60})\)")


def org_in_brackets_after(after: str) -> bool:
    """The bracket after the word opens with a department, scheme, body or acronym: the word beside it is a
    person working there (an official's name is personal data too)."""
    m = BRACKET_AFTER.match(after)
    if not m:
        return False
    org = m.group("org")
    first = org.split()[0].strip(",;")
    if first in GOV_TERMS or _org_like(first) or (first.isupper() and 2 <= len(first) <= 6 and first.isalpha()):
        return True
    pair = WORD_PAIR.fullmatch(org.strip())  # "(Bezwaar en Beroep)", "(Werk en Inkomen)": a department
    return bool(pair) and all(_is_word(w) and w not in FIRST_NAMES and w not in SURNAMES for w in pair.groups())


# Two capitalised ordinary words joined by "en" name a department: "Bezwaar en Beroep", "Werk en Inkomen".
WORD_PAIR = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) en ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)")


# "Kovalenko van Belastingen ziet ...": a department right after a bare word opening a sentence.
DEPARTMENT_AFTER = re.compile(
    r"^\s+(?:van|namens|bij)\s+(?:de\s+|het\s+|team\s+|afdeling\s+)?(?P<org>[" + "A-ZÀ-ÖØ-Þ" + r"][\w\-]+)"
)
_PLAIN_START_AFTER = any_of(CUE_AFTER_STRONG, SPEECH_AFTER, VERB_AFTER, ASKS_AFTER, DEPARTMENT_AFTER)

# Predicates whose subject is nearly always a person: "Zomer is het niet eens met ...".
PERSON_PREDICATE = re.compile(
    r"^,?\s+(?:is|was)\s+(?:het\s+(?:er\s+)?(?:(?:helemaal\s+|echt\s+)?niet\s+|wel\s+)?(?:mee\s+)?(?:on)?eens|boos|"
    r"ontevreden|"
    r"teleurgesteld|verdrietig|bang|bezorgd|overleden|verhuisd|getrouwd|gescheiden|zwanger|mantelzorger|"
    # away from work: "Rodel is met verlof vanaf vrijdag" (round twenty-nine, from holdout13's minutes)
    r"met\s+(?:verlof|vakantie|pensioen|ziekteverlof|zwangerschapsverlof)|ziek|ziekgemeld|op\s+vakantie)\b"
)
# A lower-case noun after a possessive: "Hoeks buurman", "Wei's aanvraag" (not a verb or function word).
POSSESSED_AFTER = re.compile(r"\s+(?P<noun>[a-zà-öø-ÿ][\w\-]{2,})")
INITIALS_AFTER = re.compile(r",\s?(?:[" + _UPPER + r"]\.[ \u00a0]?){1,5}(?<! )(?=[\s;,).|–\"”-]|$)")
# Particles after the initials, before the end of a field: "Beek, S. van |", "Brouw, R.R. op den |".
PARTICLES_THEN_FIELD_END = re.compile(
    r"(?:[ \u00a0](?:van|de|der|den|op|in|te|ter|ten|het|'t|’t)){1,3}(?=[ \t]*(?:[|;\t\r\n]|$))"
)
# A field ends at a separator, a line end, or a closing quote before one: '1,"Hamer, R.M.",r.hamer@...' in CSV.
_FIELD_END = re.compile(r"[ \t]*(?:[|;\t\r\n]|[\"”][ \t]*(?:[,;|\t\r\n]|$)|$)")


def initials_end(text: str, pos: int) -> int:
    """Where the initials after a surname written first end ("Bakker, J.P."), with trailing particles at a field
    end ("Beek, S. van |"); -1 if none follow ``pos``."""
    m = INITIALS_AFTER.match(text, pos)
    if not m:
        return -1
    p = PARTICLES_THEN_FIELD_END.match(text, m.end())
    return p.end() if p else m.end()


_FIELD_SEPARATORS = frozenset(";|\t")
_DIGIT_AFTER = re.compile(r"\.?[ \t]*\d")


_HEADER_RULE_BELOW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*(?:\r?\n|$)")


_COMPASS_FIELDS = frozenset("Noord Oost Zuid West Centrum Midden Noordoost Noordwest Zuidoost Zuidwest".split())


# Column headers that name a place, a thing or a property, never a person: the cells below them are no names
# ("Locatie;Dienst" over "Molen;middag", "| nationaliteit |" over "| Deens |"; round twenty, from holdout19). The
# labels of a header row are no names either ("Achternaam;Voornaam;Telefoon;E-mail").
_THING_HEADERS = frozenset(
    "locatie plaats woonplaats nationaliteit functie afdeling dienst team branche product status categorie soort "
    "type object gebouw wijk buurt gemeente land taal dagdeel".split()
)
_LABEL_HEADERS = _THING_HEADERS | frozenset(
    "naam voornaam voornamen achternaam telefoon telefoonnummer e-mail email mail adres postcode datum geboortedatum "
    "geb.datum kenteken bsn iban tel mobiel".split()
)


# The first line of each block of lines holding a separator, per line start: one pass per text and separator, so a
# table of n rows costs O(n), not O(n²) (the last text only, as ``casing`` keeps its token types).
_BLOCK_TOPS: list[object] = [None, {}]


def _block_top(text: str, ls: int, sep: str) -> int:
    """The start of the first line of the block of ``sep``-holding lines that the line at ``ls`` belongs to."""
    if _BLOCK_TOPS[0] is not text:
        _BLOCK_TOPS[0], _BLOCK_TOPS[1] = text, {}
    tops = _BLOCK_TOPS[1].get(sep)
    if tops is None:
        tops, run_top, pos = {}, -1, 0
        for line in text.split("\n"):
            if sep in line:
                run_top = pos if run_top < 0 else run_top
                tops[pos] = run_top
            else:  # a line without the separator: the block above it, if any
                tops[pos] = pos if run_top < 0 else run_top
                run_top = -1
            pos += len(line) + 1
        _BLOCK_TOPS[1][sep] = tops
    return tops[ls]


def _column_header(text: str, s: int, sep: str) -> tuple[str, bool]:
    """The header of the column of the cell at ``s`` (the first line of its block of ``sep``-separated lines,
    lower case) and whether the cell stands in that header line itself; ("", False) when there is none."""
    ls = text.rfind("\n", 0, s) + 1
    col = text.count(sep, ls, s) - (1 if text[ls : ls + 1] == "|" else 0)
    top = _block_top(text, ls, sep)
    end = text.find("\n", top)
    head = text[top : len(text) if end == -1 else end].strip().strip("|").split(sep)
    if col >= len(head) or top == ls and not any(h.strip().lower() in _LABEL_HEADERS for h in head):
        return "", False
    return head[col].strip().lower(), top == ls


def _cell_sides(text: str, s: int, e: int) -> tuple[str, str]:
    """The characters around ``s:e`` past spaces: a field separator, a line break ("\\n" at the text's ends)."""
    i = s - 1
    while i >= 0 and text[i] in " \u00a0":
        i -= 1
    j = e
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    return (text[i] if i >= 0 else "\n"), (text[j] if j < len(text) else "\n")


def in_thing_column(text: str, s: int, e: int) -> bool:
    """The whole cell ``s:e`` of a delimited table stands under a header of places or things, or in a header row of
    field labels (see ``_THING_HEADERS``)."""
    before, after = _cell_sides(text, s, e)
    if before not in _FIELD_SEPARATORS and after not in _FIELD_SEPARATORS:
        return False
    if before not in _FIELD_SEPARATORS and before != "\n" or after not in _FIELD_SEPARATORS and after not in "\r\n":
        return False
    sep = before if before in _FIELD_SEPARATORS else after
    header, in_header = _column_header(text, s, sep)
    line = text[text.rfind("\n", 0, s) + 1 :].split("\n")[0]
    labels = sum(h.strip().lower() in _LABEL_HEADERS for h in line.split(sep))
    return header in _THING_HEADERS or (in_header and labels >= 2)


def rule_record_field(text: str, chunk: list[Tok]) -> bool:
    """A whole field of a delimited record that reads as a name: "Bouzerda;Zahra;14-08-1954", "| Femke Asante |".
    Ordinary words (a header such as "| Adres |") are no name."""
    s, e = chunk[0].start, chunk[-1].end
    before, after = _cell_sides(text, s, e)
    if not ((before in _FIELD_SEPARATORS or before == "\n") and (after in _FIELD_SEPARATORS or after in "\r\n")):
        return False
    if before not in _FIELD_SEPARATORS and after not in _FIELD_SEPARATORS:
        return False
    if _HEADER_RULE_BELOW.match(text, text.find("\n", e) + 1 if "\n" in text[e:] else len(text)):
        return False  # "| Maand | Wijk | Bedrag |" above "|---|---|": the header of a Markdown table names columns
    if in_thing_column(text, s, e):
        return False
    names = [t for t in chunk if not t.particle and not t.initial]
    all_words = all(_is_word(t.text) for t in names)
    if len(chunk) == 1 and chunk[0].text in _COMPASS_FIELDS:
        return False  # "2984;45-64;West;...": a district in a column of districts (round seventeen)
    return bool(names) and all(
        t.cap
        and not (t.text.isupper() and len(t.text) <= 5)  # "| BSN |": an acronym heading a row
        and t.text not in GOV_TERMS
        and t.text not in PLACES_FULL
        and t.text.lower() not in CUE_WORDS
        and not weak_org(t.text)
        and (
            t.text in FIRST_NAMES
            or t.text in SURNAMES
            or not (_is_word(t.text) or ordinary_compound(t.text))  # "| Raadsinformatiebrief |" (round seventeen)
            # "| Ziekenhuis |" is a word; "Lama" beside a surname of no dictionary is a name (round nineteen)
            or (bool(SURNAME_SHAPE.search(t.text)) and not (_is_word(t.text) and all_words))
        )
        for t in names
    )


# After a surname's initials: a date of birth, or particles and a dash before a role (a line of a list of people).
_RECORD_AFTER_INITIALS = re.compile(
    r"(?:,[ \t]*|[ \t]+\(?)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})\b|\d{1,2} [a-z]+ \d{4})"
    r"|(?:[ \t]+(?:van|de|der|den|ter|ten|te|van de|van der|van den))?[ \t]+[–—-][ \t]+[a-z]"
    r"|[ \t]+\((?:aanvrager|aanvraagster|bewoner|bewoonster|melder|partner|klant|cliënt|client|huurder|inwoner"
    r"|betrokkene|verzoeker|verzoekster|belanghebbende|echtgeno(?:ot|te)|moeder|vader|zoon|dochter|kind)\b"
)


def rule_surname_initials(text: str, chunk: list[Tok]) -> bool:
    """A surname written first, its initials after a comma: "Sabajo, N.B.G.", "Van den Akker, F.D."."""
    if not text.startswith(",", chunk[-1].end):
        return False
    names = [t for t in chunk if not t.particle and not t.initial]
    ini = initials_end(text, chunk[-1].end)
    if not names or ini < 0:
        return False
    if _RECORD_AFTER_INITIALS.match(text, ini) and not any(
        t.text in GOV_TERMS or t.text.lower() in CUE_WORDS or t.text.lower() in ORG_WORDS for t in names
    ):
        return True  # "Vroom, R., 12-12-1998, ...", "Koning, J.A.H. de – opbouwwerker": a record line, even a word
    if any(t.text in GOV_TERMS or weak_org(t.text) for t in names):
        return False
    if _FIELD_END.match(text, ini):
        return True  # "| Bouwmeester, F. |", "Tenaamgesteld op: Nijland, T.T.": a whole field, even a word or place
    return all(t.text not in PLACES_FULL for t in names) and (
        any(t.particle for t in chunk)  # "De Werd, H.K.": particles and initials make the word a surname
        or not all(_is_word(t.text) and t.text not in SURNAMES and t.text not in FIRST_NAMES for t in names)
    )


_ENGLISH_VERBS = frozenset("are were have has will can do does should would could".split())


# an article after a lower-case word that is no form of address: "namens de", "bij het" (not "mevrouw de Bruins")
_ARTICLE_AFTER_WORD = re.compile(
    r"(?<![\w'’])(?!(?:mevrouw|meneer|mevr|dhr|mw|heer|fam|familie|dokter|dr|ds|pastoor)\b)[a-zà-ÿ]+\.?[ \t]+"
    r"(?P<art>de|het|een|deze|dit)[ \t]+\Z"
)


def rule_possessive(text: str, tok: Tok) -> bool:
    """A name in the genitive before a noun: "Wei's aanvraag", "Yonas' fiets", "Hoeks buurman", "Huubs brief"."""
    t = tok.text
    if len(t) < 3 or t[-1] not in "s'’":
        return False
    m = POSSESSED_AFTER.match(text, tok.end)
    if not m:
        return False
    noun = m.group("noun")
    if noun in STOPWORDS or VERB_AFTER.match(" " + noun) or noun in PARTICLES:
        return False
    if t.lower() in LANGUAGE_NAMES or t.lower() in PEOPLES:
        return False  # "een tolk Romanes aanwezig": a language, no genitive (round thirty-one, from fresh37d)
    if t[-1] == "s" and t.lower() in english_words() and (noun in english_words() or noun in _ENGLISH_VERBS):
        return False  # "Mornings are best": an English plural before an English word (round thirty-one, fresh37b)
    if t.endswith(("'s", "’s")):
        stem, apostrophe = t[:-2], True
    elif t.endswith(("'", "’")):
        stem, apostrophe = t[:-1], True
    elif t.endswith("s"):
        stem, apostrophe = t[:-1], False
    else:
        return False
    if stem in MONTH_WORDS:  # "Junis dochter": Dutch months take no genitive, so this is a first name
        return noun in POSSESSED_NOUNS or noun in CUE_WORDS
    listed = stem in FIRST_NAMES or stem in SURNAMES
    if len(stem) < 2 or stem in GOV_TERMS or t in GOV_TERMS or weak_org(stem):
        return False  # also a body whose name ends in -s: "Justis gevraagd om een VOG" (round twenty)
    if "-" in t and not apostrophe and (_is_word(t) or any(p.isupper() and len(p) > 1 for p in t.split("-"))):
        return False  # "ID-bewijs getoond", "WOZ-beschikkings": a compound with an acronym, no genitive
    if not apostrophe and not listed and ordinary_compound(t):
        return False  # "Speeltuinplaats hersteld": a compound ending in -s, no genitive
    art = not apostrophe and _ARTICLE_AFTER_WORD.search(text, max(0, tok.start - 40), tok.start)
    if art and (not listed or art["art"] == "het"):
        return False  # "namens de Taalhuis excuses", "in het Antonius ziekenhuis": an article makes it a thing (r. 33)
    if not listed and (stem in PLACES_FULL or stem in PLACE_WORDS):
        return False  # "Amsterdams beleid"
    if apostrophe:
        return not (stem.isupper() and len(stem) <= 4)  # "PGB's", "UWV's": abbreviations
    if not listed and _is_word(t) and not _is_word(stem):
        return False  # "Advies consulent X": the word itself ends in -s; its stem is no name (round nineteen)
    listed = listed or bool(SURNAME_SHAPE.search(stem))
    owned = noun in POSSESSED_NOUNS or noun in CUE_WORDS
    if not listed and _is_word(stem):
        # "Margriets aanvraag": the -s form of an ordinary word is no word itself, before a thing a person has
        return owned and not _is_word(t)
    if not listed and not owned and noun.endswith("en") and _is_word(noun):
        return False  # "De Sociale Dienst en Portalis overleggen": a plural verb, not a thing owned
    return not _is_word(t) or owned


_SUBJECT_STARTS = (" van ", " namens ", " bij ", " is ", " was ", ", is ", ", was ")


def rule_sentence_subject(text: str, tok: Tok) -> bool:
    """A bare capitalised word opening a sentence, followed by its department or a person's predicate:
    "Kovalenko van Belastingen ziet", "Schaap is het niet eens"."""
    if not text.startswith(_SUBJECT_STARTS, tok.end):
        return False
    if tok.text in GOV_TERMS or weak_org(tok.text) or tok.text in PLACES_FULL or tok.text.lower() in CUE_WORDS:
        return False
    lo = tok.text.lower()
    if (
        tok.text not in SURNAMES
        and tok.text not in FIRST_NAMES
        and lo in WORDS
        and len(lo) > 5
        and (lo.endswith("en") or (lo.startswith("ge") and lo.endswith(("d", "t"))))
    ):
        return False  # "Ophalen bij afdeling Stadsbeheer", "Gevonden bij het park": a verb form (round seventeen)
    after = text[tok.end : tok.end + 60]
    d = DEPARTMENT_AFTER.match(after)
    if d:
        org = d.group("org")
        return org in GOV_TERMS or org.lower() in ORG_WORDS or weak_org(org)
    return bool(PERSON_PREDICATE.match(after))


def rule_body_name(name_toks: list[Tok]) -> bool:
    """A name that opens with an organisation word, after nothing but ordinary words, names a body: "Gemeente
    Westland", "Sociaal Team De Brug", "Stichting Present". A listed first name before it ("Anna Bakker Team
    Wonen") keeps the person."""
    for t in name_toks:
        lo = t.text.lower()
        if lo in ORG_WORDS:
            return t is not name_toks[-1] or len(name_toks) == 1
        if t.text in FIRST_NAMES or t.text in SURNAMES or not _is_word(t.text):
            return False
    return False


def _org_like(word: str) -> bool:
    """A department, scheme, body or organisation word ("Belastingen", "Schulddienstverlening", "Wijkteam")."""
    if word in GOV_TERMS or word.lower() in ORG_WORDS:
        return True
    return weak_org(word) and word not in SURNAMES and word not in FIRST_NAMES


_EN_WORD_AFTER = re.compile(r"[ \t]+en[ \t]+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\b")


def _department_pair_at(text: str, nxt: Tok) -> bool:
    """``nxt`` and the word after "en" are capitalised ordinary words, no listed surnames: "Bezwaar en Beroep",
    "Werk en Inkomen", "Zorg en Welzijn" (not "van Dijk en Bos")."""
    if not _is_word(nxt.text) or nxt.text in SURNAMES:
        return False
    m = _EN_WORD_AFTER.match(text, nxt.end)
    return bool(m) and _is_word(m.group(1)) and m.group(1) not in SURNAMES


def rule_department_after_name(link: str, nxt: str) -> bool:
    """Growth stops at "van (de/het) <Department>": the name before it is judged on its own. A listed surname
    right after a bare "van" continues the name ("Tjitske van Wijk"), though the word may name a district."""
    lk = link.strip().lower()
    if lk == "van" and nxt in SURNAMES and nxt not in GOV_TERMS:
        return False
    if lk in ("van", "van de", "van het", "namens", "bij") and nxt.lower() in NAMED_THING_KINDS:
        return True  # "Sunita Sewkisoen van Gemeenschapshuis De Linde": a venue (round thirty-one, from fresh37e)
    return lk in ("van", "van de", "van het", "namens", "bij") and _org_like(nxt)


# An inflected adjective before a lower-case noun: "Nationale ombudsman", "Sociale dienst", "Openbare ruimte".
_ADJECTIVE_BODY = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+e[ \t]+[a-zà-öø-ÿ]{3,}")


def _first_name_van_place(chunk: list[Tok], link: str, nxt: Tok) -> bool:
    """A listed first name, a bare "van" and a place name is a surname of the "van <place>" kind, not an official of
    that town: "Els van Rijswijk", "Jeroen van Rijswijk" (a body would be "van de gemeente Rijswijk")."""
    return (
        len(chunk) == 1
        and link == " van "
        and chunk[0].text in FIRST_NAMES
        and nxt.text in PLACES_FULL
        and nxt.text.lower() not in ORG_WORDS
    )


_GREETING_WORDS = GREETINGS_OPENING | {"groet", "groetjes"}
# buildings met in "in het Buurthuis", "in de Moskee"
_BUILDING_ENDS = (
    *("huis", "centrum", "gebouw", "hal", "kerk", "moskee", "school", "bibliotheek", "kantine", "zaal", "kantoor"),
    *("winkel", "loket", "theater", "museum", "ziekenhuis", "kliniek", "tempel", "synagoge", "honk", "café"),
)


def rule_short_name_part(h: Tok, rest: list[Tok]) -> bool:
    """A word of two or three letters opening a chunk before names that are no ordinary words is a name part,
    though a word list has it: "Vu Mai Anh", "Bui Duc", "Mei Ling Leung" (family names of two or three letters)."""
    lo = h.text.lower()
    if len(h.text) > 3 or lo in STOPWORDS or lo in _GREETING_WORDS or lo in CUE_WORDS or h.text.isupper():
        return False
    return any(not _is_word(t.text) or t.text in SURNAMES for t in rest if not t.initial)


def rule_role_word_after_name(link: str, nxt: Tok, text: str = "") -> bool:
    """Growth stops at a capitalised role word or function word ("... Iryna Wethouder L. Storm", "Yonas Een").
    A function word that ends the line or stands before a department is the surname ("Tyler Moet namens Team X")."""
    lo = nxt.text.lower()
    if link == " " and nxt.text in ("Het", "Een", "Deze", "Dit", "Die"):
        return True  # "groetjes Małgorzata Het UWV ...": a new sentence without a full stop
    if link != " " or nxt.particle:
        return False
    if lo in STOPWORDS and _STOPWORD_SURNAME_END.match(text, nxt.end):
        return False  # "gemeld door Farhad Dat (06-...)", "Lotte Als en meneer X" (round thirty-three, holdout32)
    if lo in CUE_WORDS and lo not in SENTENCE_OPENERS and text and not _NAME_AFTER_ROLE.match(text, nxt.end):
        return False  # "Ingrid Meester wacht": a role word before a verb or a stop is the surname
    if lo in CUE_WORDS or lo in SENTENCE_OPENERS:
        return True
    if lo not in STOPWORDS or nxt.text in SURNAMES or nxt.text in FIRST_NAMES:
        return False
    if len(nxt.text) <= 3 and _CAP_AFTER.match(text, nxt.end):
        return False  # "Li Na Zhang": a short function word between two capitalised words is a name part
    if len(lo) <= 3 and lo not in _INVERTING_ADVERBS and VERB_AFTER.match(text[nxt.end : nxt.end + 30]):
        return False  # "Raand Om belde" (round thirty-three, from holdout32); not an adverb that opens a sentence
        # without its full stop: "Sharina Zwaan Later ging het ..."
    return not _SURNAME_END.match(text, nxt.end)


_INVERTING_ADVERBS = frozenset(("nu", "dan", "zo", "ook", "nog", "wel", "er", "al", "toe", "uit", "pas", "net", "dus"))
_STOPWORD_SURNAME_END = re.compile(r"[ \t]*\([ \t]*[+0-9]|[ \t]+en[ \t]+(?:mevrouw|meneer|de[ \t]+heer|[A-ZÀ-Þ][a-z])")


_CAP_AFTER = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")
_NUMBER_KEYS_AFTER = frozenset(("BSN", "IBAN", "DOB", "AGB", "BIG", "KVK", "KvK"))
_DIGITS_NEXT = re.compile(r"[ \t:]*(?:nr\.?|nummer)?[ \t:]*\d")


def _short_given_names(chunk: list[Tok], nxt: Tok, text: str) -> bool:
    """ "Wai Man Zhang", "Chi Man Wong": a short unknown given name, then "Man" (a role word too) and a capitalised
    word; the three are one name, not a name and the next one after a role (round twenty-six, from fresh32d)."""
    first = chunk[-1].text
    return (
        nxt.text == "Man"
        and len(first) <= 4
        and not _is_word(first)
        and first not in PLACES_FULL
        and bool(_CAP_AFTER.match(text, nxt.end))
    )


# After a role word that opens the next name: a capital, initials, a particle or a colon ("Wethouder L. Storm").
_NAME_AFTER_ROLE = re.compile(
    r"[ \t]*(?::|$|\r?\n|[,;|)–-])|[ \t]+(?:[A-ZÀ-ÖØ-Þ]|(?:van|de|der|den|ter|ten|te)\b)", re.M
)  # (or the role ends the line or field: "Jan Jansen Wethouder", a signature)


# After a surname that is also a function word: the end of the line or field, or a department.
_SURNAME_END = re.compile(r"[ \t]*(?:$|[\r\n,;)|]|(?:van|namens|bij)[ ]+(?:het[ ]+|de[ ]+)?[A-ZÀ-Þ])", re.M)


# Function words that open a new sentence written without a full stop ("... Jansen Ik bel morgen"); other
# function words capitalised mid-sentence are names ("Tyler Moet", "Anna Wil").
SENTENCE_OPENERS = frozenset(
    "het een de deze dit die dat ik wij we hij zij ze u jij je er maar en ook toen daarna dus want als graag "
    "wilt kunt kan zou ben is was heeft hebben mijn uw onze ons hun".split()
)


_HYPHEN_ROLE = re.compile(r"-[a-zà-ÿ]{3,}$")


def _thing_compound(t: str) -> bool:
    """A hyphenated token whose tail is a word of the language after a scheme's or body's head: "Wmo-aanvraag",
    "Pgb-budget", "GGD-arts"; never a surname's part ("Prins-bakker" may be one)."""
    head, tail = t.rsplit("-", 1)
    if tail not in WORDS or tail in PARTICLES:
        return False
    return head in GOV_TERMS or head.isupper() or head.lower() in GOV_TERMS_LOWER


# greetings that open a sentence inside a line, never a part of a name before them (a flattened letter or mail)
# "Lau Hoi Ming stelt voor", "Cc: Yip Hoi Ming,": a Cantonese given name "Hoi" after a name, or the sentence going
# on after the next part (round thirty-one, from fresh37c); a greeting follows a place or a word ("gemeente Helmond
# Hoi Javier,")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[a-z]")
_GREETINGS_MID_LINE = frozenset(("hoi", "hallo", "hey", "hello", "dear", "hoij", "moi", "moin"))
_AREA_BEFORE = re.compile(r"(?i:\bgemeente|\bprovincie|\bstadsdeel|\bregio)[ \t]+$")


def find_person_chunks(
    text: str, toks: list[Tok], blocked: bytearray, soft: bytearray | None = None
) -> list[tuple[int, int, list[Tok], str]]:
    """Return (start, end, name tokens, cue kind) for every chunk judged to be a person's name."""
    out = []
    n = len(toks)
    email_tokens = _email_tokens(text)
    has_fields = ";" in text or "|" in text or "\t" in text
    i = 0
    while i < n:
        t = toks[i]
        if _blocked(t.start, t.end, blocked) or (out and t.start < out[-1][1]):
            i += 1  # inside an entity, or inside the last name found ("Kuipers, J.K." took the initials)
            continue
        if "-" in t.text and _HYPHEN_ROLE.search(t.text) and _thing_compound(t.text):
            i += 1  # "Wmo-aanvraag", "WhatsApp-groep": a thing named after a scheme or platform opens no name
            continue
        chunk = [t]
        # lower-case name particles in front: "dhr. de Vries"
        st = t.start
        lead = (
            LEAD_RE.search(text, max(0, st - 24), st)
            if st >= 2
            and text[st - 1] in " \u00a0"
            and (text[st - 2].islower() or text[st - 2] in "'’")
            and _LEAD_LAST.match(text, max(0, st - 8), st)  # the word right before is a particle at all
            else None
        )
        if lead and not _blocked(lead.start(1), t.start, blocked):
            chunk = _particle_toks(text, lead.start(1), t.start) + chunk
        # grow over capitalised tokens joined by single spaces or particles
        j = i
        while j + 1 < n:
            nxt = toks[j + 1]
            if _blocked(nxt.start, nxt.end, blocked):
                break
            cur = toks[j]
            if nxt.start == cur.end and cur.initial:
                chunk.append(nxt)
                j += 1
                continue
            m = LINK_RE.match(text, cur.end)
            if not m or m.end() != nxt.start:
                break
            if cur.sent_start and m.group().strip() == "het":
                break  # "Van het Hof naar de Markt": a preposition opening a sentence
            if _HYPHEN_ROLE.search(cur.text) and cur.text.rsplit("-", 1)[1] in CUE_WORDS:
                break  # "Rode Kruis-vrijwilliger Sergio": a body's role before the name (round twenty-four)
            if _HYPHEN_ROLE.search(nxt.text) and _thing_compound(nxt.text):
                break  # "Kok Tjeng Hoo de Wmo-aanvraag": a thing named after a scheme (round thirty-one, fresh37c)
            if (
                m.group() == " "
                and nxt.text.lower() in _GREETINGS_MID_LINE
                and not (
                    nxt.text == "Hoi"
                    and (
                        _NAME_GOES_ON.match(text, nxt.end)
                        or not any(_is_word(c.text) or c.text in PLACES_FULL for c in chunk)
                    )
                )
            ):
                break  # "gemeente Helmond Hoi Javier,": a greeting opens a new sentence (round twenty-five)
            if (
                m.group() == " "
                and (nxt.text in FIRST_NAMES or not _is_word(nxt.text))
                and nxt.text not in PLACES_FULL
                and nxt.text not in PLACE_WORDS
                and " ".join(c.text for c in chunk) in PLACES_FULL
                and _AREA_BEFORE.search(text, max(0, chunk[0].start - 16), chunk[0].start)
            ):
                break  # "gemeente Hilversum Giorgos Konou van ...": the town ends, a person's name begins (round 25)
            place_name = m.group() == " van " and _first_name_van_place(chunk, m.group(), nxt)
            if (
                soft is not None
                and m.end() - m.start() > 1
                and _blocked(nxt.start, nxt.end, soft)
                and not place_name
                and (
                    not any(w in _SURNAME_ONLY_PARTICLES for w in m.group().lower().split())
                    or _STREET_END.search(nxt.text.lower())
                )
            ):
                break  # "Jansen van de Kerkstraat": the street is not part of the name; after "van der", "van 't" or
                # "von" a street-like word is a surname ("Jochem van der Gaalwetering"; round twenty-seven)
            if (
                m.group().lower() in (" in het ", " in de ")
                and nxt.text.lower().endswith(_BUILDING_ENDS)
                and nxt.text not in SURNAMES
                and (
                    any(c.text in FIRST_NAMES for c in chunk)
                    or (text[max(0, chunk[0].start - 4) : chunk[0].start] == " en " and not two_words(cur.text.lower()))
                )
            ):
                break  # "tussen Edsel en Oksana in het Buurthuis": a building, no "in het Veld" (round thirty); not
                # after "van het": "Hendrik van het Westerhuis" is a surname
            if m.group() == " te " and (nxt.text in PLACES_FULL or nxt.text in PLACE_WORDS or _is_word(nxt.text)):
                break  # "Jansen te Utrecht": a place of residence, not a surname "te Riele"
            if nxt.text.lower() in ("nr", "nr.", "no", "nummer") and _DIGIT_AFTER.match(text, nxt.end):
                break  # "Prawkusuma van nr 128": the house, not a surname (round twenty)
            if (
                nxt.initial
                and len(chunk) == 1
                and chunk[0].text in GOV_TERMS
                and chunk[0].text not in FIRST_NAMES
                and chunk[0].text not in SURNAMES
            ):
                break  # "RE: Wmo A. Nwayemi": a scheme or body before the initials is not part of the name
            if m.group() == " van " and len(chunk) == 1 and chunk[0].text in GOV_TERMS and nxt.text in FIRST_NAMES:
                break  # "via Facebook van Floortje Benali": the body or brand is not part of the name
            if (
                m.group() == " van "
                and len(heads := [c for c in chunk if not c.particle]) == 1
                and _org_like(heads[0].text)
                and heads[0].text not in FIRST_NAMES
                and (nxt.text in FIRST_NAMES or not _is_word(nxt.text))
                and not nxt.initial
                and not nxt.text.isupper()  # "Aantekening van SC McCormack": initials open the name
            ):
                break  # "via de Bibliotheekpas van Ky Schwarzenbach": a card or service is no part of the owner's name
            if (
                m.group() == " van "
                and _ADJECTIVE_BODY.match(text, nxt.start)
                and _is_word(nxt.text)
                and nxt.text not in SURNAMES
                and not VERB_AFTER.match(text, nxt.end)
            ):
                break  # "Griet Feenstra van Nationale ombudsman": an adjective before a noun opens a body's name
            if m.group() == " van " and _department_pair_at(text, nxt):
                break  # "Oliveira van Bezwaar en Beroep": two capitalised words joined by "en" name a department
            if (
                m.group() == " van "
                and _is_word(nxt.text)
                and nxt.text not in SURNAMES
                and TITLE_LINK.match(text, nxt.end)
            ):
                break  # "Kenan Beginović van Verzoek tot Afstemming": a title of words linked by "tot" names a body

            if (
                rule_department_after_name(m.group(), nxt.text)
                and not place_name
                and not (all(c.initial for c in chunk) and nxt.text not in GOV_TERMS)  # "J.H.C. van de Wetering"
            ):
                break  # "Anna de Vries van Sociaal Domein": the department is not part of the name
            if (
                not all(c.particle for c in chunk)
                and rule_role_word_after_name(m.group(), nxt, text)
                and not _short_given_names(chunk, nxt, text)
            ):
                break  # "groetjes Iryna Wethouder L. Storm": a role word opens the next name
            if m.end() - m.start() > 1:
                chunk.extend(_particle_toks(text, m.start(), m.end()))
            chunk.append(nxt)
            j += 1
        i = j + 1
        single = [c for c in chunk if not c.particle]
        if len(single) == 1 and rule_possessive(text, single[0]):
            tk = single[0]
            if tk.text.endswith(("s", "'", "’")) and not tk.text.endswith(("'s", "’s")):
                # "Hoeks buurman": the name part is "Hoek", so "zonder dat Hoek ..." is the same person
                tk = Tok(tk.start, tk.end, tk.text[:-1], tk.initial, tk.cap, tk.particle, tk.sent_start)
            out.append((single[0].start, single[0].end, [tk], "possessive"))
            continue
        if has_fields and rule_record_field(text, chunk):
            out.append((chunk[0].start, chunk[-1].end, chunk, "field"))
            continue
        if rule_surname_initials(text, chunk):
            ini = initials_end(text, chunk[-1].end)
            lead = chunk[0] if not (chunk[0].particle and not chunk[0].cap) else chunk[1]
            toks_ = [t for t in chunk if t.start >= lead.start]
            ini_tok = Tok(chunk[-1].end, ini, text[chunk[-1].end : ini], initial=True)
            out.append((lead.start, ini, [*toks_, ini_tok], "initials"))
            continue
        if len(chunk) == 1 and t.sent_start and _plain_sentence_start(text, t):
            continue  # "De", "Volgens", "Bewoners" opening a sentence: the common case, skipped early
        res = _judge(text, chunk, email_tokens)
        if res:
            ini = INITIALS_AFTER.match(text, res[1])
            if ini:  # "Bakker, J.P.": surname first, initials after a comma
                res = (res[0], ini.end(), [*res[2], Tok(ini.start(), ini.end(), ini.group(), initial=True)], res[3])
        if (
            res
            and res[2][0].particle
            and not res[2][0].cap
            and len(res[2]) >= 2
            and not res[2][1].particle
            and res[2][0].text.lower() == "van"
            and (
                (len(res[2]) == 2 and res[3] in ("context", "proper-noun"))
                or (res[2][1].text in FIRST_NAMES and not HONORIFIC_END.search(text[max(0, res[0] - 20) : res[0]]))
            )
        ):
            res = (res[2][1].start, res[1], res[2][1:], res[3])  # "bewoners van [Overvecht]"
        if (
            res
            and soft is not None
            and res[3] not in ("strong", "email", "speech", "initials")  # "M.W. Hulshof": initials make a name
            and (
                sum(1 for t in res[2] if not t.particle and not t.initial) == 1
                or _street_not_name(res[2])  # "van de Prins Bernhardlaan"
            )
            and _blocked(res[2][-1].start, res[2][-1].end, soft)
            and not _surname_particles_before_street_like(res[2])
        ):
            res = None  # a lone street-like word ("Sleedoornhof") without a cue stays a street
        if res:
            out.append(res)
    return out


_STREET_END = re.compile(r"(?:straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|plantsoen|boulevard)$")
_SURNAME_ONLY_PARTICLES = frozenset(("der", "den", "von", "'t", "’t", "ten", "ter", "zu", "vom"))


def _surname_particles_before_street_like(chunk: list[Tok]) -> bool:
    """ "von der Böttring", "van 't Heemstede": particles no street takes before a word that only looks like a street
    ("-ring", "-stede"); a real street word ("Van der Helststraat") is still a street (round twenty-seven)."""
    return any(t.particle and t.text.lower() in _SURNAME_ONLY_PARTICLES for t in chunk) and not _STREET_END.search(
        chunk[-1].text.lower()
    )


def _street_not_name(toks: list[Tok]) -> bool:
    """Several words ending in a street word, the first no listed first name: "Prins Bernhardlaan" is a street
    ("Douwe Hulshof", "Jan Verlaan" stay names)."""
    names = [t for t in toks if not t.particle and not t.initial]
    return len(names) >= 2 and names[0].text not in FIRST_NAMES and bool(_STREET_END.search(names[-1].text.lower()))


_SALUTATION_WORDS = GREETINGS_OPENING | GREETINGS_TIME
_OPENING_GREETINGS = frozenset(("dear", "hi", "hello", "hey"))
# First names that are also function words ("Elke", "Dan"), not a salutation or a preposition.
_STOPWORD_FIRST_NAMES = frozenset(
    w.lower()
    for w in STOPWORDS_AS_FIRST_NAMES
    if w.lower() not in _SALUTATION_WORDS and w.lower() not in NAME_PARTICLES and w.lower() not in ("om", "per")
)


def _surname_like(t: Tok) -> bool:
    """A capitalised token that can be a surname: listed as one, or neither a word nor a place ("Vanhoutte")."""
    if t.particle or t.initial or not t.cap or t.text.isupper():
        return False
    fn, sn, word, place = _name_info(t.text)
    return (sn and t.text not in PLACES_FULL) or not (fn or word or place or weak_org(t.text))


def _is_verb(lo: str) -> bool:
    """``lo`` is one of the verb forms that follow a subject's name ("woonde", "belde")."""
    m = VERB_AFTER.match(lo)
    return bool(m) and m.end() == len(lo)


_CAP_ARTICLES = frozenset({"De", "Het", "Een", "DE", "HET", "EEN"})
_LOWER_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")


def _judge(
    text: str, chunk: list[Tok], email_tokens: frozenset[str] = frozenset()
) -> tuple[int, int, list[Tok], str] | None:
    # Trim leading tokens that are not names: honorific/role words, function words, ordinary words
    # at the start of a sentence ("Volgens", "Bewoner"). Stop as soon as a cue precedes the rest.
    sent_initial = chunk[0].sent_start
    if len(chunk) == 1 and chunk[0].text in _CAP_ARTICLES and _LOWER_AFTER.match(text, chunk[0].end):
        return None  # "Aan: De heer P. Smit": an article before a lower-case word names nobody
    if ("|" in text or ";" in text or "\t" in text) and in_thing_column(text, chunk[0].start, chunk[-1].end):
        return None  # "| Deens |" under "| nationaliteit |" (round twenty)
    role_van = False
    cue_seen = (-1, False)  # (offset, cue_before there): the decision asks again for the chunk's start
    while chunk:
        h = chunk[0]
        if h.initial:
            break
        hb = text[max(0, h.start - 48) : h.start]
        cue_seen = (h.start, cue_before(hb))
        if (
            cue_seen[1]
            and len(chunk) == 2
            and h.text.lower() in _SALUTATION_WORDS
            and text[chunk[1].end :].startswith(",")
            and chunk[1].text in FIRST_NAMES
        ):
            chunk = chunk[1:]  # "Bemiddelaar: Dag Marleen, ...": the greeting after a speaker label is no name
            continue
        if (
            cue_seen[1]
            and len(chunk) == 1
            and h.text.lower() in STOPWORDS
            and h.text not in STOPWORDS_AS_FIRST_NAMES
            and _LOWER_AFTER.match(text, h.end)
        ):
            return None  # "Bewoner: Mijn buurman ...": a function word opening the speaker's sentence
        if cue_seen[1] and len(chunk) > 2 and _org_like(h.text) and h.text not in FIRST_NAMES:
            nxt = [t for t in chunk[1:] if not t.particle]
            if len(nxt) >= 2 and not nxt[0].initial and nxt[0].text in FIRST_NAMES and not _is_word(nxt[0].text):
                # "de coördinator Verkiezingen Yetunde Adeleye": after a role word its department, then the person
                # (round twenty, from fresh26b)
                chunk = chunk[1:]
                sent_initial = False
                continue
        if cue_seen[1]:
            # "de medewerker van Team Parkeren": after a role word, "van" is a preposition;
            # after an honorific ("mevrouw van Dijk") it belongs to the name.
            if h.particle and not h.cap and len(chunk) > 1 and not HONORIFIC_END.search(hb):
                chunk = chunk[1:]
                role_van = True
                continue
            break
        lo = h.text.lower()
        if 2 <= len(h.text) <= 4 and h.text.isupper() and len(chunk) > 1 and h.text not in GOV_TERMS:
            chunk = chunk[1:]  # "OE Tarhan", "SPG de Koning": initials without dots, added back by extend.py
            continue
        if h.particle:
            if len(chunk) == 1:
                return None
            if lo in NAME_PARTICLES and (h.cap or lo not in ("ben", "bin", "al", "da", "do", "di", "y")):
                break
            chunk = chunk[1:]
            sent_initial = False
            continue
        fn, sn, word, _place = _name_info(h.text)
        if lo in email_tokens:
            break
        if lo in _OPENING_GREETINGS and h.sent_start and len(chunk) > 1 and not chunk[1].particle:
            chunk = chunk[1:]  # "Dear Tesfay Gebremariam,": an English greeting opens the line (round twenty-four)
            sent_initial = False
            continue
        if lo in STOPWORDS or lo in CUE_WORDS or plural_cue(lo):
            if lo in _STOPWORD_FIRST_NAMES and len(chunk) > 1 and _surname_like(chunk[1]):
                break  # "door Elke Vanhoutte": a first name that is also a function word, before a surname
            if len(chunk) == 1:
                return None
            chunk = chunk[1:]
            sent_initial = False
            continue
        if word and not fn and not sn:
            if not h.sent_start and len(chunk) > 1 and _department_pair_before(hb):
                chunk = chunk[1:]  # "teamleider Werk en [Inkomen] De Jong": the second word of a department
                sent_initial = False
                continue
            if (
                len(chunk) > 2
                and len(h.text) >= 5  # "Mei van Dijk", "Nel van Beek": short words are also first names
                and chunk[1].text == "van"
                and chunk[2].cap
                and not chunk[2].particle
                and not chunk[2].initial
            ):
                chunk = chunk[2:]  # "Het Adres van Dimitris Papadopou": a capitalised noun and "van" before a name
                sent_initial = False
                continue
            if len(chunk) > 1 and not chunk[1].particle and lo.endswith(("de", "te", "den", "ten")) and _is_verb(lo):
                # "HIER WOONDE LEWANDEWICZ", "Belde Jansen terug?": a verb in the past (round twenty-nine); not
                # "Kan Viel Biskan het overnemen?", where the short form is a name
                chunk = chunk[1:]
                sent_initial = False
                continue
            if not h.sent_start:
                break  # capitalised mid-sentence: a proper noun, judged below
            if len(chunk) == 1 and (
                CUE_AFTER_STRONG.match(text[h.end : h.end + 40])
                or SPEECH_AFTER.match(text[h.end : h.end + 30])
                or ASKS_AFTER.match(text[h.end : h.end + 30])
                or rule_sentence_subject(text, h)
                or (len(chunk) > 1 and rule_sentence_subject(text, chunk[-1]))
                or org_in_brackets_after(text[h.end : h.end + 64])
            ):
                break  # "Kees (94 jaar)", "Schaap belde", "Snel van Belastingen ziet"
            nxt = [t for t in chunk[1:] if not t.particle]
            if h.text in MONTH_WORDS and nxt and not nxt[0].initial and not _name_info(nxt[0].text)[2]:
                break  # "Augustus Hofsteenge vraagt": a month before a surname is a first name (namesites.py)
            if len(nxt) >= 2 and not nxt[0].initial and nxt[0].text in FIRST_NAMES and not _is_word(nxt[0].text):
                chunk = chunk[1:]  # "Opmerking Karim Benali:": an ordinary word before a first name and a surname
                sent_initial = False
                continue
            if nxt and not nxt[0].initial:
                nfn, nsn, nword, nplace = _name_info(nxt[-1].text)
                if nsn and h.sent_start and not (chunk[1].text == "van" and ordinary_compound(h.text)):
                    break  # "Kees Meijer": an ordinary word in front of a surname (not "Correspondentieadres van")
                if rule_short_name_part(h, nxt):
                    break
            if len(chunk) == 1:
                return None
            chunk = chunk[1:]
            sent_initial = False
            continue
        break
    if not chunk:
        return None
    if len(chunk) == 1 and chunk[0].particle and chunk[0].cap and cue_seen[1]:
        h = chunk[0]
        if HONORIFIC_END.search(text, max(0, h.start - 48), h.start) and not _CAP_AFTER.match(text, h.end):
            chunk = [Tok(h.start, h.end, h.text, cap=True, sent_start=h.sent_start)]  # "meneer Do,": a surname
    last = chunk[-1]
    if (
        last.particle
        and last.cap
        and not last.sent_start
        and last.text in FIRST_NAMES
        and not _CAP_AFTER.match(text, last.end)
    ):  # "Mail van Ben (slager.ben@...)": a capitalised particle ending the chunk that is a first name
        chunk = [*chunk[:-1], Tok(last.start, last.end, last.text, cap=True, sent_start=False)]
    while chunk and chunk[-1].particle:
        chunk.pop()
    if len(chunk) >= 3 and chunk[-1].text in _NUMBER_KEYS_AFTER and _DIGITS_NEXT.match(text, chunk[-1].end):
        chunk = chunk[:-1]  # "Gisette Marsen DOB 12-03-1990": the key of the number is no name word (round 34)
    if (
        len(chunk) >= 4
        and chunk[-2].text == "van"
        and chunk[-1].text.isupper()
        and 2 <= len(chunk[-1].text) <= 5
        and not any(t.text.isupper() for t in chunk[:-2])
    ):
        chunk = chunk[:-2]  # "Chauffeur Hibaaq Egalame van EBS": the body's letters after "van" (round 34)
    if not chunk:
        return None
    name_toks = [t for t in chunk if not t.particle and not t.initial]
    if not name_toks:
        return None
    return decide(Evidence(text, chunk, email_tokens, sent_initial, role_van, cue_seen))


_PAIR_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) en $")
_CAP_WORD_END = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+ $")


def _department_pair_before(before: str) -> bool:
    """A capitalised ordinary word and "en" right before: "Werk en", "Bezwaar en" open a department's name."""
    m = _PAIR_WORD_BEFORE.search(before)
    if m and _CAP_WORD_END.search(before, 0, m.start(1)):
        return False  # "van Juridische Zaken en Mehari Woldu": a department of two words is whole before "en"
    return bool(m) and _is_word(m.group(1)) and m.group(1) not in FIRST_NAMES and m.group(1) not in SURNAMES


NATIONALITY_SHAPE = re.compile(
    r"(?:[^aeiou]se|sche|isch|ische|aans|aanse|landse|lands|iaans|iaanse)$"
)  # not "Wijnands"


# "BurgerkrachtCentraal", "WhatsApp": brands and organisations, unlike "McDonald" or "DeVries".
CAMEL_CASE = re.compile(r"(?!Mc|Mac|Fitz|De|Di|Le|La|Van|O')[A-Z][a-zà-ÿ]{2,}[A-Z]")


def _org_suffix_ok(lo: str) -> bool:
    """ "-ie" and "-ing" make an organisation word only of an ordinary word or a long compound ("politie",
    "jeugdinspectie", "regeling"), not of a short unknown word ("Mussie", "Rosalie", "Guiying"). "-ingen" is the
    plural of such a word ("Belastingen"), not a surname's end ("van de Berlingen"; round twenty-six)."""
    if lo.endswith("ingen"):
        last = lo.rsplit("-", 1)[-1]
        return last in WORDS or last.capitalize() in PLACES_FULL or _org_suffix_ok(last[:-2])  # "Vlaardingen"
    if lo.endswith("wetering"):  # a watercourse, in surnames and streets: "van der Gaalwetering" (round 27)
        return False
    if lo.endswith(("ie", "ing")):  # "Guiying", "Xiaoming": names, unlike "regeling", "schuldhulpverlening"
        last = lo.rsplit("-", 1)[-1]  # "Ilse-Marie", "Anne-Sophie": a double first name, no body
        if last in WORDS or not lo.endswith("ie"):
            return last in WORDS or len(last) >= 10
        # a long "-ie" word only when it ends in a word ("jeugdinspectie", "klachtencommissie"), not "Zereselassie"
        return len(last) >= 10 and any(last[i:] in WORDS for i in range(1, len(last) - 5))
    if lo.endswith("wet"):  # a law is a word and "wet" ("Jeugdwet", "Omgevingswet"), not "Gebrehiwet" (an Eritrean
        stem = lo.rsplit("-", 1)[-1][:-3]  # name; round twenty-seven, from fresh33d)
        return stem in WORDS or stem[:-1] in WORDS or len(stem) >= 9
    return True


def org_head_ok(word: str) -> bool:
    """An organisation ending makes a compound only after a word of its own: "Wijkraad", "Klachtenbureau", not
    "Coenraad" ("coen" is no word) nor a double first name "Bertha-Mie". Endings in "-ie"/"-ing" are judged by
    ``_org_suffix_ok``."""
    lo = word.lower()
    if "-" in word:
        parts = word.split("-")
        if all(p[:1].isupper() for p in parts) and parts[0] in FIRST_NAMES:
            return False  # "Bertha-Mie", "Anna-Lies": first names, though "mie" and "lies" are words
    if lo.endswith(("ie", "ing")) or lo in WORDS:
        return True
    suffix = max((s for s in ORG_SUFFIXES if lo.endswith(s)), key=len, default="")
    head = lo[: len(lo) - len(suffix)].rsplit("-", 1)[-1]
    return (
        not head
        or len(head) >= 6
        or head in WORDS
        or (len(head) > 4 and head.endswith("s") and head[:-1] in WORDS)  # "Stadsbank": "stad" and a joining s
        or (len(head) > 5 and head.endswith("en") and head[:-2] in WORDS)
    )


def weak_org(word: str) -> bool:
    """Ordinary words that name departments, bodies, schemes or nationalities rather than people."""
    lo = word.lower()
    return (
        bool(CAMEL_CASE.match(word))
        or (len(lo) > 5 and lo.endswith(ORG_SUFFIXES) and _org_suffix_ok(lo))  # "Ling": too short for a suffix
        or lo in GOV_TERMS_LOWER
        or bool(NATIONALITY_SHAPE.search(lo) and word not in FIRST_NAMES and word not in SURNAMES)
    )


# The decision rules build on the helpers above, so they are imported last.
from .judge import Evidence, decide  # noqa: E402
