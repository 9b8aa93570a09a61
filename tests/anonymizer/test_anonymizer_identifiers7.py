"""Structured identifiers in shapes found on the development corpora in round seven (issue 10): a lower-case
postcode after a floor written out ("213 rood, 7066 ch"), a phone number that mixes figures and number words from
its second group on ("06 40 vier drie 29 42"), beside the ordinary numbers in the same places that must stay.
"""

from __future__ import annotations

import pytest

from anonymizer import anonymize


@pytest.mark.parametrize(
    ("text", "gone", "label"),
    [
        ("De aanvraag (Leeuweriklaan 213 rood, 7066 ch) is binnen.", "7066", "[postcode]"),
        ("Kerkstraat 12 boven, 1234 ab Utrecht", "1234", "[postcode]"),
        ("Kade 3 zwart, 3011 xb Rotterdam", "3011", "[postcode]"),
        ("mijn nummer is 06 40 vier drie 29 42 graag terugbellen", "29 42", "[telefoonnummer]"),
        ("bel me op 010 44 zeven acht 121 graag", "121", "[telefoonnummer]"),
    ],
)
def test_identifiers_go(text: str, gone: str, label: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert label in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Er waren 06 12 twee mensen bij.", "06 12 twee"),
        ("Hij woont in huis 4 en 1234 en zo verder.", "1234"),
        ("Om 0 8 vier uur begint het.", "0 8 vier"),
        ("Het pand heeft 12 kamers, 1234 ab is geen postcode hier.", "12 kamers"),
    ],
)
def test_ordinary_numbers_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


@pytest.mark.parametrize(
    "text", ["06 " * 5000 + "vier", "0 " * 3000, "1234 rood, " * 2000, "06 ４０ vier drie ２９ ４２"]
)
def test_odd_input(text: str) -> None:
    out = anonymize(text).text
    assert isinstance(out, str)
