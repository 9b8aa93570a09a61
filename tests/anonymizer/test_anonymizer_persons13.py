"""Person names known by their slot, in lower case, in capitals or as ordinary words (round seven: lowernames.py
``slot_names``, casing.py, namesites.py, coordination.py, columns.py), with the own corpus ``corpora/persons13.jsonl``
(make_corpora13.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize
from anonymizer.columns import rule_space_aligned_names
from tests.anonymizer.corpora.make_corpora13 import generate
from tests.anonymizer.corpora.score import cli_outputs, score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "persons13.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_persons13_corpus_is_what_its_generator_writes() -> None:
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_persons13_corpus_through_the_cli() -> None:
    docs = _docs()
    outs = cli_outputs(docs, ROOT)
    res = score(docs, outs)
    assert res["leaks"] == {}, res["examples"]
    assert res["keep_rate"] == 1.0


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("kan anneloes van team Parkeren mij terugbellen? het gaat over de boete", "anneloes"),
        ("Het water staat al dagen in de kelder, zegt ingeborg", "ingeborg"),
        ("Het water staat in de kelder, zegt ingeborg De huurder is boos.", "ingeborg"),
        ("Voor de traplift is nog geen besluit genomen, aldus Zadel.", "Zadel"),
        ("de lamp is kapot, groetjes ingeborg Ingeborg zegt dat het al weken zo is.", "ingeborg"),
        ("het hek is stuk, groet henrike smulders Aan de overkant ligt ook glas.", "smulders"),
        ("zeg maar tegen ahmadou dat ik morgen kom", "ahmadou"),
        ("ik heb gisteren met rosalind dekkers gebeld en zij zou terugbellen", "dekkers"),
        ("ff een vraagje: xiao lan zei vorige week dat het klaar was", "xiao"),
        ("GUNNHILD AÏT OUFELLA IS NIET BEREIKBAAR.", "GUNNHILD"),
        ("Volgens mevrouw Kruik is de brief weg. HENRIKE KRUIK IS NIET BEREIKBAAR.", "KRUIK"),
        ("De aanvraag van Anneloes Ketel is toegekend. Het bezwaar van mw. Ketel is ingetrokken.", "Anneloes"),
        ("Telefoonlijst:\nJoop ter Wiel ..... 06-12345678", "Joop"),
        ("De medewerker Publiekszaken Ingeborg Falk belde de heer Haddou.", "Ingeborg"),
        ("Sinds maart 2024 is Ahmadou Faye dakloos.", "Ahmadou"),
        ("hoi met henrike molenaar\nik bel over de brief", "molenaar"),
        ("u spreekt met xiao mei ik bel over de toeslag", "mei"),
        ("DOSSIER ZADEL, GUNNHILD\nvraag over de aanvraag", "ZADEL"),
        ("Bewoners:\nKetel, A.B., 03-02-1961, huurder", "Ketel"),
        ("Overzicht: Algra, S. (ex-partner: Rosalind Molen)", "Molen"),
        ("Een medewerker van de bibliotheek, Henrike Spiegel, belde ons.", "Spiegel"),
        ("Ik heb gesproken met Xiuying Zhao van Ruimtelijke Ordening.", "Zhao"),
        ("De brief van Oana Popescu-van der Kolk kwam terug.", "Kolk"),
        ("groetjes, ingeborg de wit-van de molen\nDe buurvrouw belt nog.", "molen"),
        ("- 10:30 WANG JIA YING, zonder afspraak", "WANG"),
        ("Moeder van Oana Pronk-van Dam HENRIKE PRONK-VAN DAM belde weer.", "HENRIKE"),
        ("Het verzoek komt van Rosalind Kalm en Ben Okafor. Rosalind en Ben vragen bijstand aan.", "Ben vragen"),
        ("Afgehandeld door ph.j. de Graaf", "ph.j."),
        ("Verhuizing Anne-Fleur Zadelhoff\nOud adres: onbekend", "Anne-Fleur"),
        ("status: open\nmelder: oosterbaan\nlocatie: onbekend", "oosterbaan"),
        ("Het gesprek met mevrouw A.B.C. van de Kettering (geb. 1-2-1960) ging goed.", "Kettering"),
        ("Het bezwaar van dhr. in den Kamp is gegrond.", "Kamp"),
        ("Kwijtschelding:\nSpiegel, A.B., 12-03-1961, huurder", "Spiegel"),
        ("en toen vroeg ahmadou of het klopte", "ahmadou"),
        ("TASSADIT KRUIK IS NIET BEREIKBAAR, BEL HET LOKET", "TASSADIT"),
        ("actiepunten:\n- Zadel belt de verhuurder\n- [ ] Henrike levert de stukken aan", "Zadel"),
        ("HENRIKE HALVERSTAD SPIEGEL IS NIET BEREIKBAAR", "SPIEGEL"),
        ("YIDIR OKAFOR IS NIET BEREIKBAAR, BEL INGEBORG ZADEL OP 06-12345678", "ZADEL"),
        ("het hek is stuk\n\nmet vriendelijke groet radoslav kruik", "kruik"),
        ("hallo dit is henrike molen ik heb de brief niet gehad", "molen"),
        ("[10:02] inwoner: hoi met gunnhild nwachukwu spiegel-kalm\n[10:03] inwoner: mijn toeslag", "spiegel-kalm"),
        ("de lamp is kapot, groetjes ingeborg 'Ik word van het kastje naar de muur gestuurd'", "ingeborg"),
        ("volgens henrike zadel zelf is de brief nooit aangekomen.", "zadel"),
        ("rosalind van der kruik hier, kan iemand mij even terugbellen?", "kruik"),
        ("ik heb gisteren met radoslav ketel gebeld en die zou het doorgeven", "ketel"),
        ("de auto is weggesleept!!\n\nYIDIR TER SPIEGEL\ntel 06-12345678", "SPIEGEL"),
        ("ik heb gisteren met tassadit el molen gebeld en die zou", "molen"),
        ("wo gebeld met xiuying dekker, geeft aan: de boom staat scheef", "dekker"),
        ("ahmadou hier. op de verjaardag van de koning is het druk", "ahmadou"),
        ("namens het college,\n\nINGEBORG Okafor\nteamleider", "INGEBORG"),
        ("| status open | TASSADIT Nwachukwu", "TASSADIT"),
        ('naam,geboortedatum\n"HENRIKE KOWALCZYK MOLEN",02031999', "MOLEN"),
        ("Klopt dat?\n\nGr.\nSterre\n\nVerzonden vanaf mijn iPhone", "Sterre"),
        ("Ik heb gesproken met Yidir Kruik van Ruimtelijke Ordening, maar die wist van niets", "Kruik"),
        ("hoi dit is merel spiegel ik heb de brief niet", "spiegel"),
    ],
)
def test_names_in_person_slots_go(text: str, gone: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("kan iemand van de gemeente mij terugbellen?", "iemand"),
        ("kan de wijkagent van team Noord ons helpen?", "wijkagent"),
        ("Het duurt al weken, zegt de buurman.", "buurman"),
        ("Dat klopt niet, zegt Handhaving.", "Handhaving"),
        ("Het is te laat, aldus Klantcontactcentrum.", "Klantcontactcentrum"),
        ("de lamp is kapot. groetjes aan iedereen Tot morgen!", "iedereen"),
        ("zeg maar tegen de buurvrouw dat ik kom", "buurvrouw"),
        ("ik heb met de wijkagent gebeld", "wijkagent"),
        ("HET LOKET IS NIET BEREIKBAAR, BEL HET KCC OP 14 020", "KCC"),
        ("BEZWAAR PARKEERBOETE IS ONTVANGEN", "PARKEERBOETE"),
        ("De medewerker Burgerzaken Team Noord heeft gebeld.", "Burgerzaken"),
        ("De medewerker Publiekszaken Ingeborg Falk belde.", "Publiekszaken"),
        ("Ik heb gesproken met Xiuying Zhao van Ruimtelijke Ordening.", "Ruimtelijke Ordening"),
        ("hoi met de wijkagent even over de brief", "wijkagent"),
        ("BETREFT: BEZWAAR, PARKEERBOETE\nDe boete is onterecht.", "PARKEERBOETE"),
        ("De medewerker van het loket, Team Noord, belt terug.", "Team Noord"),
        ("contactpersoon: Wijkteam Noord", "Wijkteam Noord"),
        ("Het is te laat, zegt men.", "men"),
        ("Dat klopt, zegt mama. Ze is boos.", "mama"),
        ("melder: anoniem\nlocatie: de markt", "anoniem"),
        ("Rosalind Kalm belde. Ben je thuis? vroeg ze.", "Ben je"),
        ("BEL HET UWV OP MAANDAG", "UWV"),
        ("toen belde de buurman nog over de brief", "buurman"),
        ("KLACHT AFVALINZAMELING IS NIET BEHANDELD", "AFVALINZAMELING"),
        ("LEKKAGE BADKAMER IS NIET VERHOLPEN", "BADKAMER"),
        ("actiepunten:\n- Gemeente stuurt een brief\n- [ ] Henrike levert de stukken aan", "Gemeente"),
        ("actiepunten:\n- Bel niet voor maandag\n- [ ] Henrike levert de stukken aan", "Bel niet"),
        ("ROOS BLOEIT", "ROOS"),
        ("ONDERWERP: GLASVEZEL AANSLUITING", "GLASVEZEL"),
        ("volgens planning is het klaar", "planning"),
        ("wij hier, kunnen jullie ons bellen?", "wij hier"),
        ("KLACHT OVER DE BUREN IS NIET BEHANDELD", "BUREN"),
        ("ik heb gebeld met de wijkagent, die zou terugbellen", "wijkagent"),
        ("Wijkteam hier, we komen morgen langs", "Wijkteam"),
        ("INCIDENT Rotterdam", "INCIDENT"),
        ("WMO Zorgloket", "Zorgloket"),
        ("Met vriendelijke groet,\nTeam Wonen", "Team Wonen"),
        ("hoi dit is de buurman van nummer 12", "buurman"),
    ],
)
def test_ordinary_words_in_those_slots_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


def test_space_aligned_table() -> None:
    text = (
        "Naam          BSN           Postcode\n"
        "Ketel         111222333     1234 AB\n"
        "Molen         123456782     2345 xt\n"
    )
    out = anonymize(text).text
    assert "Ketel" not in out and "Molen" not in out, out
    assert out.startswith("Naam          BSN           Postcode"), out


@pytest.mark.parametrize(
    "text",
    ["", "Naam  ", "Naam  BSN\n", "Naam  BSN\n  \n", "Naam    BSN\nx  y\n" * 3000, "naam  x\n" + "a  b\n" * 5000],
)
def test_space_aligned_odd_input(text: str) -> None:
    mask = bytearray(len(text))
    found: list[tuple[int, int, int]] = []
    for s, e, _p in rule_space_aligned_names(text, mask, lambda parts: 0, found):
        assert 0 <= s < e <= len(text)
    assert isinstance(anonymize(text).text, str)
