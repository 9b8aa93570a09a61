"""Word lists bundled in ``anonymizer/data`` (sources in DATA_SOURCES.md), loaded once on import."""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    """The lines of a bundled list. A gzip file is inflated in one call (``zlib`` with the gzip header; round ten:
    faster at start-up than reading through ``gzip.open``), with line ends read as ``gzip.open`` in text mode reads
    them (universal newlines)."""
    path = DATA / name
    if name.endswith(".gz"):
        text = zlib.decompress(path.read_bytes(), 31).decode("utf-8")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text.split("\n")
    return path.read_text(encoding="utf-8").split("\n")


# Function words and other very frequent words that are never taken as a name on their own,
# even when some locale lists them as a first name or surname.
STOPWORDS = frozenset(
    """
de het een en of maar want dus dan als in op aan bij met van voor naar uit over om tot door tegen
onder tussen na sinds zonder via per ik jij je u hij zij ze wij we jullie hun hen haar zijn mijn
uw ons onze dit dat deze die wat wie waar hoe wanneer waarom welke er hier daar niet geen wel
ook nog al nu toen zo heel erg veel weinig meer minder alle elke ieder is was wordt werd heeft had
kan kon zal zou moet moest mag mocht wil wilde gaat ging komt kwam doet deed zegt zei
volgens namens tijdens gisteren vandaag morgen daarna daarom verder echter bovendien inmiddels
intussen uiteindelijk helaas gelukkig vervolgens eerst later nadat omdat hoewel terwijl zodra
ondanks samen beide sommige vorige volgende afgelopen iedere beste geachte hallo hoi graag dank
bedankt groet groeten vriendelijke hoogachtend daarnaast tenslotte ten slotte kortom zowel noch
zelfs alleen nooit altijd soms vaak opnieuw weer toch even ruim bijna precies ongeveer pas maar
wel waarna waardoor waarbij waarin waarop zowel evenals behalve zoals tot dus immers namelijk
dankzij wegens vanwege vanaf vanuit tegenover naast nabij benevens gedurende jegens
krachtens middels omstreeks omtrent rondom sedert blijkens aangaande alsmede ingevolge inclusief exclusief
qua één eén
""".split()
)

# The field words of forms in the languages residents write in (Turkish, Polish, Arabic transliterated, English,
# German, French, Spanish, Portuguese): "Doğum tarihi:", "Nazwisko:", "Geburtsdatum:" are keys, no names (round ten).
FORM_WORDS_ABROAD = frozenset(
    """
doğum dogum tarihi tarih adı adi soyadı soyadi soyad adres adresi telefon cep imię imie nazwisko urodzenia ulica
miasto kod pocztowy ism tarikh milad al-milad unwan surname firstname birth birthday address phone mobile
geburtsdatum geburtsort vorname nachname anschrift strasse straße wohnort naissance prénom prenom adresse
nacimiento nombre apellido apellidos dirección direccion teléfono telefono nascimento morada apelido
data nașterii naşterii nasterii nașterea numele prenumele adresa narození narozeni rođenja rodjenja születési
""".split()  # round thirty-one: Romanian, Czech, Croatian and Hungarian birth keys ("Data nașterii:", holdout30)
)
WORDS: frozenset[str] = frozenset(filter(None, _lines("dutch_words.txt.gz"))) | FORM_WORDS_ABROAD  # non-empty lines


@lru_cache(maxsize=1)
def english_all() -> frozenset[str]:
    """Lower-case English words (``data/english_words.txt.gz``), loaded when first asked for, not at import, so
    start-up pays nothing (round twenty-one)."""
    words = {w for w in _lines("english_words.txt.gz") if w and not w.startswith("#")}
    return frozenset(words | {_british(w) for w in words if _AMERICAN_END.search(w)} | _BRITISH)


# British spellings of the list's American words: "legalised", "organisation" (-ise for -ize), and a few -re and
# -our words ("centre", "neighbour"; round thirty-one, from fresh37b)
_AMERICAN_END = re.compile(r"iz(?:e|ed|es|ing|ation|ations)$")
_BRITISH = frozenset(
    "centre centres metre metres theatre theatres litre litres fibre calibre colour colours favour favours honour "
    "behaviour neighbour neighbours neighbourhood labour harbour humour rumour flavour endeavour licence cheque "
    "programme programmes catalogue enrolment".split()
)


def _british(w: str) -> str:
    i = w.rfind("iz")
    return w[:i] + "is" + w[i + 2 :]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words that are no Dutch words ("came", "because", "regards")."""
    return english_all() - WORDS - STOPWORDS


# Words that mark a sentence as English; words that are Dutch as well ("is", "we", "in", "was", "kind", "of") are left
# out.
ENGLISH_MARKERS = frozenset(
    "the and you your my am are were for with this that have has please thank thanks our it be will would could "
    "should not from they them his what when where which who how about because there here can does did if i i'm "
    "i've i'll i'd we're you're it's don't can't sorry hello dear regards".split()
)
# Everyday English words that a name list holds too ("My", "Can", "Good"): in an English sentence, words.
ENGLISH_LISTED_WORDS = frozenset("my can good best kind so all no nice great fine happy sure also just yes".split())
FIRST_NAMES: frozenset[str] = frozenset(w for w in _lines("first_names.txt") if w and w.lower() not in STOPWORDS)
# Listed first names that are also function words ("Elke", "Dan"): kept out of FIRST_NAMES, asked for by position.
STOPWORDS_AS_FIRST_NAMES: frozenset[str] = frozenset(
    w for w in _lines("first_names.txt") if w and w.lower() in STOPWORDS
)
SURNAMES: frozenset[str] = frozenset(w for w in _lines("surnames.txt") if w and w.lower() not in STOPWORDS)
# Famous people whose names places and prizes carry ("vernoemd naar Hella Haasse"), as written (round thirty-two)
FAMOUS: frozenset[str] = frozenset(w for w in _lines("famous.txt") if w and not w.startswith("#"))
PLACES_FULL: frozenset[str] = frozenset(
    w
    for w in (*_lines("places.txt"), *_lines("neighbourhoods.txt"), *_lines("places_abroad.txt"))
    if w and not w.startswith("#")
)
# Single words of place names ("Den Haag" -> "Haag"), to keep street-free place names.
PLACE_WORDS: frozenset[str] = frozenset(
    p for w in PLACES_FULL for p in w.replace("-", " ").split() if p[:1].isupper() and len(p) > 2
)


def _foreign_only() -> frozenset[str]:
    from .wordlists import FOREIGN_WORDS

    return frozenset(w for w in FOREIGN_WORDS if w not in WORDS and w not in STOPWORDS)


# Common words of other languages that are no Dutch words: two in a line make it a line in that language.
FOREIGN_ONLY: frozenset[str] = _foreign_only()
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def foreign_text(text: str) -> bool:
    """``text`` (a line or a window of one) is in another language than Dutch: it holds two distinct common words of
    Polish, Turkish, Spanish, Portuguese, French, German, Italian or Romanian that are no Dutch words."""
    return len({w for w in _LETTER_RUN.findall(text.lower()) if w in FOREIGN_ONLY}) >= 2


def split_compound(lo: str, head: int = 3, tail: int = 4, linking_s: bool = False) -> bool:
    """``lo`` (lower case) is two Dutch words glued, the first at least ``head`` letters, the last at least ``tail``:
    "huisbezoek", "duinrust"; with ``linking_s`` also "parkeersvergunning"-like joins ("stadsdeel")."""
    for i in range(head, len(lo) - tail + 1):
        if lo[i:] in WORDS and (lo[:i] in WORDS or (linking_s and lo[i - 1] == "s" and lo[: i - 1] in WORDS)):
            return True
    return False


def two_words_glued(w: str) -> bool:
    """``w`` is two words of three letters or more glued with a capital: "WijkApp", "BuurtApp", "ZorgNet" (round
    thirty-one): an app's or a service's name, no paraph and no person."""
    k = next((i for i in range(1, len(w)) if w[i].isupper()), 0)
    a, b = w[:k].lower(), w[k:].lower()
    return len(a) >= 3 and len(b) >= 3 and a in WORDS and (b in WORDS or b in english_all())
