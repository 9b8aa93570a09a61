"""Dutch personal-data removal for published case texts (plain Python, no Flask imports).

>>> anonymize("Mevrouw Priya Bakker belde op 06-12345678.").text
'Mevrouw [persoon 1] belde op [telefoonnummer].'

- ``anonymize(text, known=None) -> Result``: the replaced text and the entities.
- ``find_entities(text, known=None) -> list[Entity]``: only the entities (for highlighting in an
  editor); ``Entity.start``/``end`` are offsets into the *input* text, ``original`` is the text found
  and ``replacement`` the placeholder ``anonymize`` puts in its place.
- ``Known(names=[...], emails=[...], phones=[...])``: personal data from the request record (the
  resident's own name, e-mail, phone). Every part of the name (first name or surname alone, any
  case), the e-mail and the phone in any notation are removed wherever they appear; a name part that
  is also an ordinary word ("de Groot", "Zomer") only where it names the person (capitalised, ALL
  CAPS, after an honorific or greeting, beside another part of the name), so "een groot bedrag" stays.
- ``is_ordinary_word(word)``: whether a word is an ordinary Dutch word (for callers that match
  record data themselves).

Labels and placeholders (``LABELS``): PERSON ``[persoon N]`` (the same person keeps its number in
one text, also when named later by surname or first name only), ADDRESS ``[adres]``, POSTCODE
``[postcode]``, BSN ``[BSN]``, IBAN ``[IBAN]``, PHONE ``[telefoonnummer]``, EMAIL ``[e-mailadres]``,
LICENSE_PLATE ``[kenteken]``, DATE_OF_BIRTH ``[geboortedatum] 1971`` (the year is kept),
CASE_NUMBER ``[zaaknummer]``, URL ``[url]``, IP ``[IP-adres]``.

Command line: ``python -m anonymizer --jsonl`` (``{"id","text"}`` lines in, ``{"id","text","entities"}``
lines out) and ``python -m anonymizer FILE``.
"""

from .core import Entity, Known, Result, anonymize, find_entities
from .lexicon import STOPWORDS, WORDS


def is_ordinary_word(word: str) -> bool:
    """True if ``word`` (any case) is an ordinary Dutch word ("groot", "zomer"): a name part that is one
    should only be replaced where it names the person (capitalised), not where it is the word."""
    lo = word.casefold()
    return lo in WORDS or lo in STOPWORDS


LABELS: dict[str, str] = {
    "PERSON": "[persoon N]",
    "ADDRESS": "[adres]",
    "POSTCODE": "[postcode]",
    "BSN": "[BSN]",
    "IBAN": "[IBAN]",
    "PHONE": "[telefoonnummer]",
    "EMAIL": "[e-mailadres]",
    "LICENSE_PLATE": "[kenteken]",
    "DATE_OF_BIRTH": "[geboortedatum]",
    "CASE_NUMBER": "[zaaknummer]",
    "URL": "[url]",
    "IP": "[IP-adres]",
}

__all__ = ["LABELS", "Entity", "Known", "Result", "anonymize", "find_entities", "is_ordinary_word"]
