"""Generate the own corpus ``addresses.jsonl``: addresses whose street has no street-type suffix, is an ordinary
word or carries a town's name, known only by where they stand (issue 10, round six; anonymizer/addresscues.py),
beside numbered things that are no address and must stay.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora11

Standard library only, deterministic (seed 20261211). Street names are made of parts (a plant, bird, ship, star or
painter's name; a town's name; two-word names with an adjective; "Laan van X"), so no list of streets is learnt.
Families (``family`` in each document's id): ``cue`` (an address word earlier in the sentence), ``reside`` (a verb
of living and a preposition, words between), ``bracket`` (the address in brackets after a name), ``start`` (the
sentence opens with "Op"/"Aan"), ``town`` (a town's name with a house number), ``article`` (a street without number
whose ending is also a town's, after a lower-case article), ``keeps`` (numbered things).

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.anonymizer.corpora.score import family_docs, write_corpus

OUT = Path(__file__).resolve().parent / "addresses.jsonl"

WORDS = ["Dotterbloem", "Grutto", "Koggeschip", "Pleiaden", "Hobbema", "Klaproos", "Wielewaal", "Schouw",
         "Andromeda", "Ruisdael", "Fluitekruid", "Tureluur", "Botter", "Cassiopeia", "Steen", "Weegbree",
         "Scholekster", "Praam"]  # fmt: skip
TOWNS = ["Wieringerwaard", "Oosterhesselen", "Nieuw-Buinen", "Haulerwijk", "Ruinerwold", "Zuidwolde", "Langezwaag"]
ADJ = ["Oude", "Nieuwe", "Lange", "Korte", "Hoge", "Lage"]
TOWN2 = ["Rijn", "Vaart", "Haven", "Gouwe", "Delft", "Dijk", "Vest"]
SURN = ["Wijnbergen", "Oosterkamp", "Feenstra", "Dijkhuizen", "Okafor", "Rahimi", "Sedláček"]
TITLE = ["De heer", "Mevrouw", "Dhr.", "Mw."]
ADDS = ["", "", "", "a", " B", "-2", " hs", "-I"]
TOPO_HEAD = ["Reiger", "Lijsterbes", "Hazel", "Wilgen", "Meidoorn", "Valken", "Otter", "Vossen", "Kraanvogel"]
TOPO_TAIL = ["horst", "weide", "vliet", "hoven", "gaarde", "akker", "beemd", "rade", "kamp", "vaart", "hage", "donk"]
NUMBERED = ["Bijlage", "Fase", "Groep", "Kamer", "Hoofdstuk", "Stap", "Ronde", "Zaal", "Loket", "Lijn"]


def _street(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return r.choice(WORDS)
    if k == 1:
        return f"{r.choice(ADJ)} {r.choice(TOWN2)}"
    if k == 2:
        return f"Laan van {r.choice(WORDS)}"
    return r.choice(WORDS)


def _addr(r: random.Random, street: str | None = None) -> str:
    return f"{street or _street(r)} {r.randint(1, 240)}{r.choice(ADDS)}"


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {
        "id": f"c11-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in pii],
        "keep": keep,
    }


def cue(r: random.Random, n: int) -> dict:
    a = _addr(r)
    s = r.choice(
        [
            "Het adres van de melder is {a}; de brief ging naar een oud adres.",
            "Als woonadres staat in de basisregistratie nog {a} vermeld.",
            "Het postadres dat de corporatie gebruikt, luidt {a}.",
            "Volgens het formulier is haar adres sinds de verhuizing {a}.",
        ]
    ).format(a=a)
    return _doc("cue", n, s + " De behandelaar belt deze week terug.", [(a, "ADDRESS")], ["behandelaar"])


def reside(r: random.Random, n: int) -> dict:
    a = _addr(r)
    s = r.choice(
        [
            "Zij woont sinds de zomer van vorig jaar op {a} met haar twee kinderen.",
            "De familie is in maart verhuisd van {a} naar een benedenwoning.",
            "Hij staat ingeschreven op {a}, maar verblijft bij zijn broer.",
            "De melder woonde tot 2024 aan de {a}.",
        ]
    ).format(a=a)
    return _doc("reside", n, s, [(a, "ADDRESS")], ["kinderen"] if "kinderen" in s else [])


def bracket(r: random.Random, n: int) -> dict:
    a, sur, t = _addr(r), r.choice(SURN), r.choice(TITLE)
    s = f"{t} {sur} ({a}) belde opnieuw over de schutting van de buren."
    return _doc("bracket", n, s, [(sur, "PERSON"), (a, "ADDRESS")], ["schutting"])


def start(r: random.Random, n: int) -> dict:
    a = _addr(r)
    s = r.choice(["Op {a} staat al maanden een aanhanger.", "Aan {a} is de stoep opgebroken sinds de storm."])
    return _doc("start", n, s.format(a=a), [(a, "ADDRESS")], ["aanhanger"] if "aanhanger" in s else ["stoep"])


def town(r: random.Random, n: int) -> dict:
    a = _addr(r, r.choice(TOWNS))
    s = r.choice(["De container op {a} is niet geleegd.", "Bij de woning aan {a} lekt het dak."]).format(a=a)
    return _doc("town", n, s, [(a, "ADDRESS")], ["container"] if "container" in s else ["dak"])


def article(r: random.Random, n: int) -> dict:
    st = r.choice(TOPO_HEAD) + r.choice(TOPO_TAIL)
    s = r.choice(
        [
            "Voorbij de {s} staat al weken een kapotte lantaarnpaal.",
            "Aan het eind van de {s} is de speeltuin afgesloten.",
            "Mijn moeder woont in de {s}, vlak bij de school.",
            "De bewoners van de {s} klagen over de hangjongeren.",
        ]
    ).format(s=st)
    return _doc("article", n, s, [(st, "ADDRESS")], [])


def keeps(r: random.Random, n: int) -> dict:
    a, b = r.sample(NUMBERED, 2)
    x, y = r.randint(1, 12), r.randint(1, 12)
    s = f"Zie {a} {x} van het verslag; het adres staat op de brief. Op {b} {y} kunt u terecht met uw vraag."
    return _doc("keeps", n, s, [], [f"{a} {x}", f"{b} {y}"])


FAMILIES = ((cue, 24), (reside, 24), (bracket, 16), (start, 12), (town, 12), (article, 16), (keeps, 12))


def generate() -> list[dict]:
    """The corpus documents, each checked by ``check_doc``."""
    return family_docs(FAMILIES, 20261211)


def main() -> None:
    write_corpus(generate(), OUT)


if __name__ == "__main__":
    main()
