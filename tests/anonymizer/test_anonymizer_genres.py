"""Genres none of the earlier corpora had (issue 10, round five): voicemail transcripts with numbers spoken as words
(anonymizer/spoken.py), birth dates under a record's key (birthkeys.py), addresses abroad (abroad.py), @handles and
#hashtags (social.py). Through the library, with the own corpus ``corpora/shapes7.jsonl`` (make_corpora7.py) checked to
be what its generator writes. Every case says what must go and what must stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize, find_entities
from anonymizer.spoken import find_spoken, value
from tests.anonymizer.corpora.make_corpora7 import generate, words

FILE = Path(__file__).resolve().parent / "corpora" / "shapes7.jsonl"


def _out(text: str) -> str:
    return anonymize(text).text


def test_shapes7_is_what_its_generator_writes() -> None:
    """Deterministic, and every document passed the generator's annotation self-check."""
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


@pytest.mark.parametrize("n", range(100))
def test_number_words_read_back(n: int) -> None:
    assert value(words(n)) == n


@pytest.mark.parametrize(
    "text",
    [
        "mijn nummer is nul zes twaalf vierendertig 56 78 bel maar",
        "mijn nummer is nul zes één twee drie vier vijf zes zeven acht",
        "bel me terug op nul zes, twaalf, vierendertig, 56, 78.",
        "mijn nummer is 0 6 1 2 3 4 5 6 7 8 bel maar",
        "bel me op plus eenendertig zes twaalf vierendertig vijfenzestig zevenentachtig",
        "het vaste nummer is nul vijftig 229 35 61 na zes uur",
    ],
)
def test_a_phone_number_in_words_is_removed(text: str) -> None:
    out = _out(text)
    assert "[telefoonnummer]" in out, out
    assert "vierendertig" not in out and "56 78" not in out and "229" not in out


@pytest.mark.parametrize(
    "text",
    [
        "we waren met nul mensen en twee honden",
        "de score was 0 1 2 3 4 5 6 7 8 9 10",
        "nul zes twaalf",  # too short for a number
        "Bel 14 050 of 0800 1234 voor een afspraak.",
    ],
)
def test_counting_is_no_phone(text: str) -> None:
    assert "[telefoonnummer]" not in _out(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ik ben geboren op zes en twintig maart negentien vijfenzeventig", "vijfenzeventig"),
        ("beller: drieëntwintig januari negentien zesennegentig", "zesennegentig"),
        ("geboren op de eerste mei negentienhonderdtachtig", "tachtig"),
        ("mijn geboortedatum is twaalf drie vijfenzeventig", "vijfenzeventig"),
    ],
)
def test_a_birth_date_in_words_is_removed(text: str, gone: str) -> None:
    out = _out(text)
    assert "[geboortedatum]" in out and gone not in out, out


def test_a_recent_date_in_words_without_a_birth_cue_stays() -> None:
    text = "op twaalf maart tweeduizend zesentwintig is de brief verstuurd"
    assert _out(text) == text


def test_a_house_number_in_words_goes_with_the_street() -> None:
    out = _out("ja hallo ik woon op de Lindelaan nummer achtentwintig en de stoep is kapot")
    assert "achtentwintig" not in out and "Lindelaan" not in out and "stoep" in out
    out = _out("ik woon op de lindelaan achtentwintig en de stoep is kapot")
    assert "lindelaan" not in out and "achtentwintig" not in out, out


@pytest.mark.parametrize(
    ("text", "dob", "kept"),
    [
        (
            '{"naam": "Sietske Tuinstra", "geboortedatum": "1987-03-12", "aanmaakdatum": "2026-11-02"}',
            "03-12",
            "2026-11-02",
        ),
        ("geb.datum: 12.03.1987\ndatum: 04.11.2026", "12.03", "04.11.2026"),
        ("dob: 12/03/'87\ncreated: 2026-11-04", "12/03", "2026-11-04"),
        ("<p><birthdate>1990-05-17</birthdate><ingediend>2026-10-01</ingediend></p>", "05-17", "2026-10-01"),
        ("BEGIN:VCARD\nFN:Marit Walraven\nBDAY:19870312\nREV:2026-06-23\nEND:VCARD", "0312", "2026-06-23"),
        ("naam;geboortedatum;ingediend;status\nKofi Adjei;1979-08-23;2026-04-08;open", "08-23", "2026-04-08"),
        ("naam,date_of_birth,verzonden\nKofi Adjei,23 aug 1979,2026-11-20", "23 aug", "2026-11-20"),
        ("melding:\n  geboren_op: 08/07/'94\n  verzonden: 2026-01-18", "08/07", "2026-01-18"),
    ],
)
def test_a_birth_date_by_its_key_goes_and_other_dates_stay(text: str, dob: str, kept: str) -> None:
    out = _out(text)
    assert dob not in out and "[geboortedatum]" in out, out
    assert kept in out, out


def test_a_vcard_value_type_is_no_date_key() -> None:
    out = _out("BEGIN:VCARD\nBDAY;VALUE=date:1987-03-12\nEND:VCARD")
    assert "1987-03-12" not in out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Mijn zus woont in Duitsland, Lindenstraße 5, 50667 Köln.", "Lindenstraße", "Köln"),
        ("Adres: Rue Ibn Khaldoun 17, Tanger, Marokko.", "Khaldoun", "Tanger"),
        ("Zijn adres in Marokko is Avenue Hassan II n° 23, Casablanca.", "Hassan", "Casablanca"),
        ("Adres: Atatürk Caddesi No: 15 Daire 4, Kayseri", "Caddesi", "Kayseri"),
        ("Zijn vader woont in de Kerkstraat 12 bus 3, 2000 Antwerpen (België).", "bus 3", "Antwerpen"),
        ("Oma woont aan de Kwattaweg 123 in Paramaribo.", "Kwattaweg", "Paramaribo"),
    ],
)
def test_an_address_abroad_goes_and_its_town_stays(text: str, gone: str, kept: str) -> None:
    out = _out(text)
    assert gone not in out and "[adres]" in out and kept in out, out


def test_a_public_postbus_and_its_town_stay() -> None:
    out = _out("Stuur de brief naar Postbus 123, 3000 Leuven.")
    assert "Postbus 123" in out and "Leuven" in out


def test_a_personal_handle_goes_and_a_hashtag_or_body_stays() -> None:
    out = _out("Top avond! @sietske_t en @gemeente_zwolle bedankt #Burendag #Wijkfeest. Mail: a.b@example.nl")
    assert "sietske_t" not in out and "@[persoon 1]" in out
    assert "@gemeente_zwolle" in out and "#Burendag" in out and "#Wijkfeest" in out
    assert "example.nl" not in out or "[e-mailadres]" in out


def test_an_attendee_list_with_english_word_names_and_particles() -> None:
    out = _out("Deelnemers: Hope King; Grace Brown <g.brown@outlook.com>\nOptioneel: Hope ould Cheikh, Sami bin Salem")
    for part in ("Hope", "King", "Grace", "Brown", "ould", "Cheikh", "Sami", "Salem", "g.brown"):
        assert part not in out, (part, out)
    assert out.startswith("Deelnemers:") and "Optioneel:" in out


def test_a_name_after_a_brand_and_van_goes() -> None:
    out = _out("Bericht via Facebook van Floortje Benali: 'Het is elke avond herrie.'")
    assert "Floortje" not in out and "Benali" not in out and "Facebook" in out


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "nul zes \x00 twaalf",
        "<script>nul zes twaalf vierendertig 56 78</script>",
        "é" * 5000,
        "nul " * 5000,
    ],
)
def test_odd_input_does_not_break_the_finders(text: str) -> None:
    ents = find_entities(text)
    assert all(0 <= e.start < e.end <= len(text) for e in ents)
    assert all(0 <= s < e <= len(text) for s, e, _l, _r in find_spoken(text))


def test_the_script_tag_keeps_no_phone() -> None:
    out = _out("<script>nul zes twaalf vierendertig 56 78</script>")
    assert "56 78" not in out and out.startswith("<script>")


def test_bare_initials_in_a_log_go_and_abbreviations_stay() -> None:
    out = _out("log 12:04 A.B. belde terug; 12:30 overleg met K.L. over de klacht\nN.B. de brief komt later")
    assert "A.B." not in out and "K.L." not in out and "N.B." in out
    for text in ("Firma Jansen B.V. heeft gebeld", "P.V. opgemaakt door de politie", "Zie ook art. 4 lid 2."):
        assert _out(text) == text


def test_a_surname_under_a_quoted_json_key_goes() -> None:
    out = _out('{"voornaam": "Hope", "achternaam": "King", "status": "open"}')
    assert "Hope" not in out and "King" not in out and '"status": "open"' in out


def test_english_keys_months_and_xml_attributes() -> None:
    assert "12 March" not in _out("Date of birth: 12 March 1987")
    assert "1979-08-23" not in _out('<geboortedatum datum="1979-08-23"/>')
    assert _out('<ingediend datum="2026-08-23"/>') == '<ingediend datum="2026-08-23"/>'
    assert _out("Place of birth: Utrecht") == "Place of birth: Utrecht"


def test_a_mobile_number_said_without_its_zero_after_nummer() -> None:
    out = _out("mijn nummer is zes twaalf vierendertig vijfenvijftig 78 dank u")
    assert "vierendertig" not in out and "[telefoonnummer]" in out
    assert _out("we waren met zes twaalf keer") == "we waren met zes twaalf keer"


@pytest.mark.parametrize(
    "key",
    ["Geboortedatum partner", "geb.datum_kind", "date_of_birth_child", "Birth date (moeder)", "geboortedatum 2"],
)
def test_a_birth_key_naming_whose_birth_is_still_a_birth_key(key: str) -> None:
    """A key with a birth stem is never 'another date' (which would keep it), whoever the birth belongs to."""
    text = f"Datum: 01-02-2026\n{key}: 14-07-1983\nAanmaakdatum: 03-02-2026\n"
    out = _out(text)
    assert "14-07-1983" not in out
    assert "01-02-2026" in out and "03-02-2026" in out
