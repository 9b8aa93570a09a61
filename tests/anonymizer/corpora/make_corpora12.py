"""Generate the own corpus ``addresses2.jsonl``: streets without a street-type suffix (issue 10, round seven;
anonymizer/addresscues.py and anonymizer/streets.py), known by the shape around them, beside bodies, buildings,
schools, regions and numbered things after the same prepositions that must stay.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora12

Standard library only, deterministic (seed 20261203). Street names are built from invented parts (a plant, bird or
trade word and a tail that is no street-type suffix: "Distelkaai", "Vlierdrift", "Ratelom"; an adjective and such a
word: "Korte Brem"; a town's name: "voorbij de Zetten"), so no list of streets is learnt. Families (``family`` in
each document's id):

- ``pc``: the street and house number right before a postcode (after a comma, a bar, spaces or on the next line);
- ``town``: the street and house number before ", <town>" or "in <town>";
- ``mail``: "de post gaat naar X 36", an addition on the number after "bij"/"naar";
- ``inner``: "het huisbezoek bij mw. <name> aan de X 12" (a title's full stop ends no sentence);
- ``loc``: no number, after a locative preposition and an article ("voorbij de X", "rond de X", "aan het eind van de
  X", "Achter de X", "op nummer 12 van de X", "vanaf de X", "verhuisd naar de X");
- ``bij``: no number after "bij"/"op"/"aan" and an article, in clauses about the street;
- ``townst``: a street named after a town, after an article ("bij de Zetten", "op de hoek van de Xstraat en de Zetten");
- ``field``: "locatie: X, <town>";
- ``keeps``: bodies, buildings, schools, regions, rivers and numbered things after the same prepositions.

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.anonymizer.corpora.score import family_docs, write_corpus

OUT = Path(__file__).resolve().parent / "addresses2.jsonl"

HEADS = ["Distel", "Vlier", "Ratel", "Brem", "Wikke", "Zwaluw", "Mispel", "Kwartel", "Tarwe", "Kuiper", "Vlas",
         "Hennep", "Kemphaan", "Pimpernel", "Smient", "Gagel"]  # fmt: skip
TAILS = ["kaai", "drift", "om", "einde", "land", "dauw", "werf", "gors", "terp", "vonder", "hil", "wad"]
ADJ = ["Oude", "Nieuwe", "Lange", "Korte", "Hoge"]
SINGLE = ["Brem", "Wikke", "Vonder", "Smient", "Gagel", "Mispel"]
TOWNS = ["Zwolle", "Harderwijk", "Soest", "Zevenaar", "Oostvoorne", "Akkrum", "Wormer", "Huissen"]
TOWN_STREETS = ["Zetten", "Paterswolde", "Westzaan", "Schoonebeek", "Haalderen", "Velserbroek"]
FIRST = ["Fenna", "Lotte", "Ayoub", "Mirthe", "Tobias", "Ilse"]
SURN = ["Wijnhout", "Okonkwo", "Brandsma", "Lindqvist", "Haddou", "Verkerk", "Nowicka"]
TITLE = ["mw.", "dhr.", "mevr.", "Dhr.", "Mw."]
ADDS = ["", "", "a", "bis", "-1", "-II", " hs", "B"]


def _name(r: random.Random) -> str:
    """An invented street name without a street-type suffix."""
    k = r.randrange(3)
    if k == 0:
        return r.choice(HEADS) + r.choice(TAILS)
    if k == 1:
        return f"{r.choice(ADJ)} {r.choice(SINGLE)}"
    return r.choice(HEADS) + r.choice(TAILS)


def _no(r: random.Random, plain: bool = False) -> str:
    return f"{r.randint(1, 240)}{'' if plain else r.choice(ADDS)}"


def _pc(r: random.Random) -> str:
    d = r.randint(1000, 9999)
    le = "".join(r.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
    return r.choice([f"{d} {le}", f"{d}{le}", f"{d}-{le}", f"{d}  {le}", f"{d} {le.lower()}"])


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {
        "id": f"c12-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in pii],
        "keep": keep,
    }


def pc(r: random.Random, n: int) -> dict:
    a, p, t, s = f"{_name(r)} {_no(r)}", _pc(r), r.choice(TOWNS), r.choice(SURN)
    form = r.randrange(4)
    if form == 0:
        text = f"Postadres van dhr. {s}: {a}, {p} {t}. De aanvraag is compleet."
    elif form == 1:
        text = f"Afzender: J. {s}\n{a}\n{p}  {t}\n\nAan het college van burgemeester en wethouders"
    elif form == 2:
        text = f"{s}, K.; 12-03-1971; {a}, {p} {t}\nBehandelaar: team Wonen"
    else:
        text = f"naam: {s} | {a} | {p} {t} | status: open"
    keep = ["aanvraag"] if form == 0 else ["college"] if form == 1 else ["Behandelaar"] if form == 2 else ["status"]
    return _doc("pc", n, text, [(s, "PERSON"), (a, "ADDRESS"), (p, "POSTCODE")], keep)


def town(r: random.Random, n: int) -> dict:
    a, t = f"{_name(r)} {_no(r)}", r.choice(TOWNS)
    text = r.choice(
        [
            "De brief is verstuurd aan {a}, {t}. Er kwam geen reactie.",
            "Het pakket ligt klaar voor {a} in {t}; de bezorger belt aan.",
            "Melding van overlast bij {a}, {t}. De handhaver gaat kijken.",
        ]
    ).format(a=a, t=t)
    keep = ["reactie"] if "reactie" in text else ["bezorger"] if "bezorger" in text else ["handhaver"]
    return _doc("town", n, text, [(a, "ADDRESS")], keep)


def mail(r: random.Random, n: int) -> dict:
    name = r.choice(HEADS) + r.choice(TAILS)
    k = r.randrange(3)
    if k == 0:
        a = f"{name} {_no(r, plain=True)}"
        text = f"Sinds de brand is de familie dakloos; hun post gaat naar {a}."
        keep = ["dakloos"]
    elif k == 1:
        a = f"{name} {r.randint(1, 240)}{r.choice(['a', 'bis', '-2', 'B'])}"
        text = f"De handhaver gaat niet meer langs bij {a} zolang de afspraak loopt."
        keep = ["handhaver"]
    else:
        a = f"{name} {_no(r, plain=True)}"
        text = f"Stuur de brieven voortaan naar {a}, zegt de bewindvoerder."
        keep = ["bewindvoerder"]
    return _doc("mail", n, text, [(a, "ADDRESS")], keep)


def inner(r: random.Random, n: int) -> dict:
    a, s, t = f"{r.choice(ADJ)} {r.choice(SINGLE)} {_no(r)}", r.choice(SURN), r.choice(TITLE[:3])
    text = r.choice(
        [
            "Het huisbezoek bij {t} {s} aan de {a} ging niet door omdat niemand opendeed.",
            "Het gesprek met {t} {s} op de {a} duurde een uur.",
        ]
    ).format(t=t, s=s, a=a)
    return _doc("inner", n, text, [(s, "PERSON"), (a, "ADDRESS")], ["huisbezoek"] if "huisbezoek" in text else [])


def loc(r: random.Random, n: int) -> dict:
    st = _name(r)
    text = r.choice(
        [
            "voorbij de {s} staat sinds gisteren een container in brand.",
            "Het parkeerbeleid rond de {s} zorgt voor veel klachten.",
            "Aan het eind van de {s} ligt al weken een matras.",
            "Achter de {s} is de stoep opengebroken.",
            "Bij de schouw langs de {s} zag de handhaver een scheve paal.",
            "Bewoners tegenover de {s} klagen over te hard rijden.",
            "Ter hoogte van de {s} is de verlichting kapot.",
            "zij woont op nummer {no} van de {s} en wil anoniem blijven.",
            "Vanaf de {s} rijden de auto's veel te hard.",
            "Het gezin is in mei verhuisd naar de {s}.",
        ]
    ).format(s=st, no=_no(r))
    return _doc("loc", n, text, [(st, "ADDRESS")], [])


def bij(r: random.Random, n: int) -> dict:
    st = _name(r)
    text = r.choice(
        [
            "De fietsenrekken bij de {s} zijn zonder aankondiging weggehaald.",
            "Een bewoner meldde overlast bij de {s}.",
            "bericht: lantaarnpaal kapot bij de {s}",
            "Buurtbewoners klagen over het lawaai van het evenement op de {s}.",
            "Het zwerfvuil bij de {s} wordt niet opgeruimd.",
        ]
    ).format(s=st)
    keep = [k for k in ("fietsenrekken", "overlast", "lantaarnpaal", "evenement", "zwerfvuil") if k in text]
    return _doc("bij", n, text, [(st, "ADDRESS")], keep)


def townst(r: random.Random, n: int) -> dict:
    st = r.choice(TOWN_STREETS)
    k = r.randrange(3)
    if k == 0:
        text = f"De fietsenrekken bij de {st} zijn weggehaald."
    elif k == 1:
        text = f"Het parkeerbeleid rond de {st} raakt ook de bewoners."
    else:
        other = r.choice(HEADS) + "steeg"
        text = f"Zij woont op de hoek van de {other} en de {st}, waar de lichten kapot zijn."
        return _doc("townst", n, text, [(other, "ADDRESS"), (st, "ADDRESS")], ["lichten"])
    return _doc("townst", n, text, [(st, "ADDRESS")], [])


def field(r: random.Random, n: int) -> dict:
    st, t = _name(r), r.choice(TOWNS)
    s = f"{r.choice(FIRST)} {r.choice(SURN)}".lower()
    text = f"ID: MLD-{r.randint(10000, 99999)}\nstatus: open\nmelder: {s}\nlocatie: {st}, {t}\n"
    return _doc("field", n, text, [(s, "PERSON"), (st, "ADDRESS")], ["status"])


KEEP_SENTENCES = [
    ("Mevrouw is bekend bij de Voedselbank en heeft een schuld bij de Belastingdienst.", ["Voedselbank",
                                                                                        "Belastingdienst"]),
    ("Wij hebben uw gegevens gecontroleerd bij het UWV.", ["UWV"]),
    ("Het dossier ligt bij de Raad van State.", ["Raad van State"]),
    ("Ik heb een afspraak bij de Huisartsenpost op dinsdag.", ["Huisartsenpost"]),
    ("Hij stapt naar de Nationale ombudsman.", ["Nationale ombudsman"]),
    ("Wij hebben uw verzoek doorgestuurd naar het Team Inkomen.", ["Team Inkomen"]),
    ("Zij meldt zich bij het Wijkteam Centrum.", ["Wijkteam Centrum"]),
    ("De vraag ligt bij de Sociale Dienst.", ["Sociale Dienst"]),
    ("Ik heb een afspraak bij de Regenboog, de basisschool van mijn zoon.", ["Regenboog"]),
    ("Zij werkt al jaren bij de Kredietunie.", ["Kredietunie"]),
    ("We fietsen in de Betuwe; zij woont in de Bijlmer.", ["Betuwe", "Bijlmer"]),
    ("Het gesprek is in het Stadskantoor, daarna bij het Servicepunt.", ["Stadskantoor", "Servicepunt"]),
    ("Ga naar Bijlage 2 en lees Hoofdstuk 3.", ["Bijlage 2", "Hoofdstuk 3"]),
    ("Het staat op Pagina 4 van de brief.", ["Pagina 4"]),
    ("locatie: Stadskantoor, Zwolle", ["Stadskantoor"]),
    ("Bezoekadres: Stadskantoor\nTelefoon: 14 038", ["Stadskantoor"]),
    ("Het plan van de provincie en de gemeente Zilverhof gaat door.", ["gemeente Zilverhof"]),
    ("Wij wachten nog steeds op de Participatiewet.", ["Participatiewet"]),
    ("Dat mag naast de Bijzondere Bijstand.", ["Bijzondere Bijstand"]),
    ("De kano ligt aan de Dokkumer Ee.", ["Dokkumer Ee"]),
    ("Hij gaat elke week naar de Voedselbank.", ["Voedselbank"]),
    ("Rond de Ramadan en tussen de Kerst en Oud en Nieuw is het spreekuur korter.", ["Ramadan", "Kerst"]),
]  # fmt: skip


def keeps(r: random.Random, n: int) -> dict:
    text, keep = KEEP_SENTENCES[n % len(KEEP_SENTENCES)]
    return _doc("keeps", n, text, [], keep)


FAMILIES = (
    (pc, 20),
    (town, 12),
    (mail, 12),
    (inner, 10),
    (loc, 24),
    (bij, 16),
    (townst, 10),
    (field, 8),
    (keeps, len(KEEP_SENTENCES)),
)


def generate() -> list[dict]:
    """The corpus documents, each checked by ``check_doc``."""
    return family_docs(FAMILIES, 20261203)


def main() -> None:
    write_corpus(generate(), OUT)


if __name__ == "__main__":
    main()
