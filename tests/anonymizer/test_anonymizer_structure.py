"""Names found by the structure around them (anonymizer/extend.py) and the decision as named rules (judge.py).

Every example is invented for its shape; none is copied from a corpus.
"""

from __future__ import annotations

import inspect

import pytest

from anonymizer import Known, anonymize, find_entities, judge


def _gone(text: str, *parts: str, known: Known | None = None) -> str:
    out = anonymize(text, known).text
    for p in parts:
        assert p not in out, (p, out)
    return out


@pytest.mark.parametrize(
    "text, parts",
    [
        # initials in every spelling, before a name found by other evidence
        ("Gesprek met J.P. Vosmeer over de aanslag.", ["J.P.", "Vosmeer"]),
        ("Gesprek met j.p. Vosmeer over de aanslag.", ["j.p.", "Vosmeer"]),
        ("Gesprek met J. P. Vosmeer over de aanslag.", ["J. P.", "Vosmeer"]),
        ("Gesprek met JP van Vosmeer over de aanslag.", ["JP", "Vosmeer"]),
        # initials and a surname in lower case or capitals
        ("Gesprek met K. L. van tessel over de aanslag.", ["K. L.", "tessel"]),
        ("Gesprek met F.L. DE KROON over de aanslag.", ["F.L.", "KROON"]),
        ("Gesprek met RDJ VAN TESSEL over de aanslag.", ["RDJ", "TESSEL"]),
        # a surname after a first name, in lower case or capitals
        ("Daarna sprak Marloes van tessel met de wijkcoach.", ["Marloes", "tessel"]),
        ("Daarna sprak Marloes VAN TESSEL met de wijkcoach.", ["Marloes", "TESSEL"]),
        # "Surname, First" fields and a surname with its initials after a comma, any case
        ('"Okonkwo, Marloes",Dorpsstraat 3', ["Okonkwo", "Marloes"]),
        ("dossier van tessel, w. – de aanvrager was niet thuis", ["tessel", "w."]),
        ("dossier DE KROON, Y.H.S. – de aanvrager was niet thuis", ["KROON", "Y.H.S."]),
        ("Dossier Van Tessel, H. K. – de aanvrager was niet thuis", ["Tessel", "H. K."]),
        # a surname with particles found once is the same person again, with a first name before it
        ("dossier van tessel, w. – aanvrager meldt dat qadira van tessel belde", ["qadira", "tessel"]),
        # columns headed "naam" in a comma-separated table, whatever the words
        ("voornaam,achternaam,telefoon\nBas,Snoek,06-12345678\nRoos,Visser,06-87654321\n", ["Snoek", "Roos"]),
        # chat speakers in any case
        ("03/04/25, 09:01 - qadira: goedemorgen\n03/04/25, 09:02 - qadira: de container is vol", ["qadira"]),
        ("[12-03-2025 14:22] Tjerk Okonkwo: is mijn aanvraag binnen?", ["Tjerk", "Okonkwo"]),
        # a found name again in lower case; an ordinary-word name only where it is spoken to
        ("Oleksij Bondar belde. Later: ja, oleksij, dat klopt.", ["Oleksij", "oleksij"]),
        # list cues hold for every item; record fields named for a person
        ("Aanwezig: Tjerk Okonkwo (inwoner); Wessel Snoek namens Team Wonen", ["Okonkwo", "Wessel", "Snoek"]),
        ("notulist: Mais", ["Mais"]),
        ("naam=MDG Su; tel=06-12345678", ["MDG Su"]),
        # a display name before an address, a sign-off in lower case, a greeting
        ("Beste Ping,\n\nDank voor uw bericht.", ["Ping"]),
        ("wie weet hoe je bezwaar maakt? groetjes marc", ["marc"]),
        # an unknown word before a department opens a sentence about a person
        ("Xiaoming van Voedselbank belt u morgen.", ["Xiaoming"]),
        # a function word capitalised inside a name keeps the name whole
        ("dossier De Werd, H. K. – meldt dat hayali de werd niet thuis was.", ["Werd", "werd", "hayali"]),
    ],
)
def test_names_by_structure(text: str, parts: list[str]) -> None:
    _gone(text, *parts)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Gemeente Westland: ja, dat klopt.", ["Gemeente Westland"]),
        ("De vraag ging naar Sociaal Team De Brug.", ["Sociaal Team De Brug"]),
        ("Hoogachtend,\n\nTjerk Okonkwo\nbeleidsmedewerker\n\nOmbudsteam", ["Ombudsteam", "beleidsmedewerker"]),
        ("Vragen? Mail info@westland.nl of kijk op www.westland.nl/contact.", ["www.westland.nl/contact"]),
        ("Het besluit, J. de Vries schreef het.", ["Het besluit"]),
        ("Dit gebeurt i.v.m. de aanvraag.", ["i.v.m. de aanvraag"]),
        ("De heer Jansen, BSN 111222333, woont in Zwolle.", [", BSN"]),
        ("ik ben Oleksij de Kroon en woon in Zwolle", ["ik ben"]),
        ("Iris van de gemeente belde terug.", ["van de gemeente"]),
        ("De groeten aan de buren.", ["groeten aan de buren"]),
    ],
)
def test_bodies_and_ordinary_words_kept(text: str, kept: list[str]) -> None:
    out = anonymize(text).text
    for k in kept:
        assert k in out, (k, out)


def test_json_birth_date_and_record() -> None:
    out = _gone(
        '{"naam": "Tjerk Okonkwo", "geboortedatum": "18.06.1951", "afdeling": "Stadsloket"}', "Okonkwo", "18.06"
    )
    assert "[geboortedatum] 1951" in out and "Stadsloket" in out


def test_structure_spans_are_offsets_into_the_input() -> None:
    text = "dossier VAN TESSEL, M. S. – meldt dat marloes van tessel niet thuis was.\nvoornaam,achternaam\nBas,Snoek\n"
    ents = find_entities(text)
    assert ents and all(text[e.start : e.end] == e.original for e in ents)
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False))
    people = {e.replacement for e in ents if text[e.start : e.end].lower().endswith("tessel")}
    assert len(people) == 1  # the surname in capitals and in lower case is one person


def test_known_name_still_keeps_the_ordinary_word() -> None:
    known = Known(names=["Marloes Zomer"])
    out = anonymize("Marloes Zomer belde. In de zomer is het loket dicht. Mevrouw Zomer wacht.", known).text
    assert "In de zomer" in out and "Zomer" not in out.replace("In de zomer", "")


@pytest.mark.parametrize("bad", ["", " ", "\x00", "<script>alert(1)</script>", "é" * 5000, "J. " * 2000, ", a." * 3000])
def test_odd_input_does_not_break(bad: str) -> None:
    res = anonymize(bad)
    assert isinstance(res.text, str)
    assert all(bad[e.start : e.end] == e.original for e in res.entities)


def test_every_decision_rule_is_named_and_documented() -> None:
    """The person decision is a table of small named rules, each saying why it holds."""
    for table in (judge.COMMON_RULES, judge.MULTI_RULES, judge.SINGLE_RULES):
        for rule, outcome in table:
            assert rule.__name__.startswith("rule_"), rule
            assert inspect.getdoc(rule), rule.__name__
            assert outcome is None or isinstance(outcome, str)
            assert len(inspect.getsource(rule).splitlines()) <= 25, rule.__name__
