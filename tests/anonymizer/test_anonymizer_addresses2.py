"""Streets without a street-type suffix known by the shape around them (anonymizer/addresscues.py: a postcode or town
after the house number, a mail cue, a title's full stop; anonymizer/streets.py: a locative preposition and an article,
a "locatie: X, town" field, "gemeente X"), with the own corpus ``corpora/addresses2.jsonl`` (make_corpora12.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize, core
from anonymizer.streets import drop_named_bodies, field_town_streets, locative_street_candidates
from tests.anonymizer.corpora.make_corpora12 import generate
from tests.anonymizer.corpora.score import cli_outputs, score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "addresses2.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_addresses2_corpus_is_what_its_generator_writes() -> None:
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_addresses2_corpus_through_the_cli() -> None:
    docs = _docs()
    res = score(docs, cli_outputs(docs, ROOT))
    assert res["leaks"] == {}, res["examples"]
    assert res["keep_rate"] == 1.0


def test_addresses2_corpus_through_the_library() -> None:
    docs = _docs()
    res = score(docs, {d["id"]: anonymize(d["text"]).text for d in docs})
    assert res["leaks"] == {}, res["examples"]
    assert res["keep_rate"] == 1.0


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # 1. a street and house number right before a postcode or a town
        ("Postadres van dhr. Brandsma: Mispelwerf 192bis, 3345-WA Harderwijk. De heer belt.", "Mispelwerf"),
        ("Afzender: K. Haddou\nRatelom 206b\n3438NE  Soest\n", "Ratelom"),
        ("Lindqvist, T., 07.05.1978, Gagelhil 160-1, 2994  WS Wormer", "Gagelhil"),
        ("naam: Verkerk | Vlasterp 211 | 8368 lh Zwolle | status: open", "Vlasterp"),
        ("De brief is verstuurd aan Smientdauw 14, Akkrum. Er kwam geen reactie.", "Smientdauw"),
        ("Het pakket ligt klaar voor Wikkegors 3 in Huissen.", "Wikkegors"),
        ("Melder: Vlierdrift 12 - 1234 AB Zwolle", "Vlierdrift"),
        ("De woning Hennepom 12 te Zwolle is verkocht.", "Hennepom"),
        ("Hij woont nu Ratelkaai 12 (Zwolle).", "Ratelkaai"),
        ("ik woon Ratelom 12 en heb een vraag.", "Ratelom"),
        ("Het pand Smientdrift 7 staat leeg.", "Smientdrift"),
        ("Woonachtig te Zwolle, Ratelom 14.", "Ratelom"),
        ("Een inwoner (Fenna Brandsma, Korte Wikke) kreeg twee keer een aanslag.", "Korte Wikke"),
        ("De melder (Gagelwad 9) wil anoniem blijven.", "Gagelwad"),
        ("Adreswijziging: van Ratelom 9 naar Gagelhil 12.", "Ratelom"),
        ("Graag de brief sturen naar mevrouw Jansen, Vlasdauw 12.", "Vlasdauw"),
        ("Pand Mispelom 2 is gesloopt.", "Mispelom"),
        ("Fam. Öztürk, Kwartelom 3", "Kwartelom"),
        ("Verhuisd naar Kwartelstraat 12 mei 2024 volgens de BRP.", "Kwartelstraat"),
        ("Mevrouw J. de Vries, Ratelom 12 belde.", "Ratelom"),
        ("ik woon op de vlierdrift 128a en mijn pasje werkt niet", "vlierdrift"),
        ("wij wonen aan korte gagel 12 sinds 2003", "korte gagel"),
        ("Het college besloot de woning aan de Het\nVonder 71 aan te merken als urgent.", "Het\nVonder"),
        # 2. after an address verb or preposition, also past a title's full stop and a name
        ("Sinds de brand is hij dakloos; zijn post gaat naar Tarwevonder 36.", "Tarwevonder"),
        ("De handhaver gaat niet meer langs bij Hennepwad 41A zolang de afspraak loopt.", "Hennepwad"),
        ("Het huisbezoek bij mw. Nowicka aan de Korte Brem 119 ging niet door.", "Korte Brem"),
        # 3. no number, after a locative preposition and an article
        ("voorbij de Kemphaanland staat een container in de brand.", "Kemphaanland"),
        ("Het parkeerbeleid rond de Pimpernelkaai raakt ook dhr. Verkerk.", "Pimpernelkaai"),
        ("Aan het eind van de Distelom staat al maanden een aanhanger.", "Distelom"),
        ("Achter de Lange Smient is de stoep opengebroken.", "Lange Smient"),
        ("Bij de schouw langs de Oude Gagel zag de handhaver een scheve paal.", "Oude Gagel"),
        ("De fietsenrekken bij de Zwaluwdrift zijn weggehaald.", "Zwaluwdrift"),
        ("Buurtbewoners klagen over het evenement op de Vlierwerf.", "Vlierwerf"),
        ("zij woont op nummer 132-1 van de Gagelterp en wil anoniem blijven.", "Gagelterp"),
        ("ik woon in de Wikkeom nummer elf al sinds 1987.", "Wikkeom"),
        ("Tussen de Vlierdrift en de Ratelom ligt een fietspad vol glas.", "Ratelom"),
        ("Tussen de Vlierdrift en de Ratelom ligt een fietspad vol glas.", "Vlierdrift"),
        ("Vanaf de Gagelhil rijden de auto's te hard.", "Gagelhil"),
        ("Het gezin is verhuisd naar de Kwartelterp.", "Kwartelterp"),
        ("De bewoners van de Brem klagen over ratten.", "Brem"),
        ("De fietsenrekken bij de Waterlelie zijn weg.", "Waterlelie"),
        ("Sinds de herinrichting van de Ratelom kom ik er niet meer.", "Ratelom"),
        ("Bij hen thuis (Hennepom 78) lag veel post.", "Hennepom"),
        ("Ruzie in het portiek van Smientwad 121 II.", "Smientwad"),
        ("De fam. Okonkwo woont tegenover Het Vonder.", "Vonder"),
        ("Het probleem speelt bij Het Vonder, hoek Kwartelsteeg, waar de tegels los liggen.", "Het Vonder"),
        ("De fietsenrekken bij de Paterswolde zijn weggehaald.", "Paterswolde"),
        ("Zij woont op de hoek van de Kwartelsteeg en de Westzaan, waar de lichten kapot zijn.", "Westzaan"),
        # 4. a place field "name, town"
        ("ID: 123\nstatus: open\nlocatie: Brem, Zwolle\n", "Brem"),
        ("plaats delict: Hoge Mispel, Soest", "Hoge Mispel"),
    ],
)
def test_streets_without_suffix_go(text: str, gone: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert "[adres]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mevrouw is bekend bij de Voedselbank en heeft een schuld bij de Belastingdienst.", "Voedselbank"),
        ("Wij hebben uw gegevens gecontroleerd bij het UWV.", "UWV"),
        ("Het dossier ligt bij de Raad van State.", "Raad van State"),
        ("Ik heb een afspraak bij de Huisartsenpost op dinsdag.", "Huisartsenpost"),
        ("Hij stapt naar de Nationale ombudsman.", "Nationale ombudsman"),
        ("Wij hebben uw verzoek doorgestuurd naar het Team Inkomen.", "Team Inkomen"),
        ("De vraag ligt bij de Sociale Dienst.", "Sociale Dienst"),
        ("Ik heb een afspraak bij de Regenboog, de basisschool van mijn zoon.", "Regenboog"),
        ("Zij werkt al jaren bij de Kredietunie.", "Kredietunie"),
        ("Zij werkt als verpleegkundige bij de Isala.", "Isala"),
        ("We fietsen in de Betuwe en in de Bijlmer.", "Bijlmer"),
        ("Het gesprek is in het Stadskantoor, daarna bij het Servicepunt.", "Servicepunt"),
        ("Het gesprek werd gevoerd in het Engels.", "Engels"),
        ("Ga naar Bijlage 2 en lees Hoofdstuk 3.", "Bijlage 2"),
        ("Het staat op Pagina 4 van de brief.", "Pagina 4"),
        ("Stap uit bij Perron 3 en loop door.", "Perron 3"),
        ("Zie Fase 3 Zwolle.", "Fase 3"),
        ("Zijn dochter (Groep 7) zit op school.", "Groep 7"),
        ("ik woon op nummer 12 van de flat", "nummer 12"),
        ("ik woon op de derde verdieping 3 hoog", "verdieping 3"),
        ("ik woon al 12 jaar op de brem", "12 jaar"),
        ("In Utrecht, Zeist 3 en Soest 2 zijn de meeste meldingen.", "Zeist 3"),
        ("Amsterdam, 12 mei 2025", "12 mei"),
        ("Wij wonen 12 jaar in Zwolle.", "12 jaar"),
        ("locatie: Stadskantoor, Zwolle", "Stadskantoor"),
        ("locatie: Zwolle", "Zwolle"),
        ("Bezoekadres: Stadskantoor\nTelefoon: 14 038", "Stadskantoor"),
        ("Het plan van de provincie en de gemeente Zilverhof gaat door.", "gemeente Zilverhof"),
        ("Groet,\nAnna\nteam Wonen | gemeente Berkenhof", "gemeente Berkenhof"),
        ("Wij wachten nog steeds op de Participatiewet.", "Participatiewet"),
        ("Dat mag naast de Bijzondere Bijstand.", "Bijzondere Bijstand"),
        ("De kano ligt aan de Dokkumer Ee.", "Dokkumer Ee"),
        ("Hij gaat elke week naar de Voedselbank.", "Voedselbank"),
        ("De bewoners van de Regenboog, een woonzorgcentrum, zijn verhuisd.", "Regenboog"),
        ("Sanne van de Voedselbank belde terug.", "Voedselbank"),
        ("Rond de Ramadan is het spreekuur korter.", "Ramadan"),
        ("De laptop draait op het oude systeem (Windows 10).", "Windows 10"),
        ("Wij kwamen aan bij de Receptie.", "Receptie"),
        ("We zwemmen bij het Zwembad en eten bij het Theehuis.", "Theehuis"),
        ("Dit zat bij de Factuur.", "Factuur"),
        ("Het ligt bij de Huurders van de flat.", "Huurders"),
        ("Klacht nr. 44 - parkeren", "Klacht nr. 44"),
        ("De koster (Jan Smit, Oude Kerk) belde.", "Oude Kerk"),
        ("Notulen casusoverleg Wijkteam Noord 18 juni", "Wijkteam Noord"),
        ("Factuur nr. 12 is betaald.", "Factuur nr. 12"),
        ("Lan Huang (Werkplein) zegde een terugbelafspraak af.", "Werkplein"),
        ("Thaís Oliveira vindt dat Werkplein haar brief kwijt is.", "Werkplein"),
        ("De klacht over Zorgplein is doorgestuurd.", "Zorgplein"),
        ("Hij woont op De Gagel 7. Zijn aanvraag ligt nog bij het Zorgkantoor.", "Zorgkantoor"),
        ("De informatie staat bij de Website.", "Website"),
        ("Het is voorbij de Deadline.", "Deadline"),
        ("Aan het begin van de Zomer gaan we weg.", "Zomer"),
    ],
)
def test_bodies_buildings_and_areas_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    ["", "bij de", "bij de " + "Aa " * 5000, "voorbij de \x00 Brem", "locatie: " + "Aa, " * 3000 + "Zwolle",
     "rond de " + "A" * 20000, "aan het eind van de Ⅻ", "locatie: Brem, " + "Z" * 5000, "gemeente " * 3000],
)  # fmt: skip
def test_odd_input(text: str) -> None:
    cands = list(locative_street_candidates(text, core._is_word, core._is_place, core._is_name_or_gov))
    cands += list(field_town_streets(text, core._is_place, core._is_name_or_gov))
    for s, e, _label, _r in cands:
        assert 0 <= s < e <= len(text)
    assert len(drop_named_bodies(text, cands)) <= len(cands)
    assert isinstance(anonymize(text).text, str)
