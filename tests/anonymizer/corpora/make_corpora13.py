"""Generate the own corpus ``persons13.jsonl``: person names known by the slot they stand in, written in lower case,
in capitals, or as ordinary Dutch words (issue 10, round seven; anonymizer/lowernames.py, casing.py, namesites.py,
coordination.py, columns.py), beside hard keep sentences that use the same slots for ordinary words.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora13

Standard library only, deterministic (seed 20261203). The names are invented here, of many origins, and none is taken
from a development corpus. Families (``family`` in each document's id):

- ``request``: the lower-case subject of a request ("kan yusra van team Wonen mij terugbellen?");
- ``speaker``: the speaker after a verb of speech that ends the sentence, lower case or a word-name (", zegt bogdan",
  ", aldus Stoer.");
- ``signoff``: a sign-off running into the next sentence ("groetjes imre Imre's zoon ...", "groet dagny wouters Aan");
- ``told``: "zeg maar tegen kasia dat ...", "ik heb gisteren met tjitske oosterbaan gebeld";
- ``caps``: a line in capitals ("WIEBKE HALVERSTAD IS NIET BEREIKBAAR, BEL ...", "DIHYA AÏT ..."), and a word-name
  written again in capitals after it stood in a sentence;
- ``table``: a table aligned with spaces under a "Naam" header, its surnames ordinary words;
- ``before``: a first name before a surname found elsewhere ("van Thandiwe Kalm ... mw. Kalm"), before strong particles
  ("Joop ten Hove ....."), and after a role and a department ("De medewerker Burgerzaken Imre Falk");
- ``intro``: a caller's lower-case surname after the first name ("hoi met yusra hofstede", "ik ben kasia visser en");
- ``record``: "DOSSIER KALM, WIEBKE", "Kalm, R.K., 12-03-1970", "(ex-partner: Wiebke Kalm)", an apposition after a role
  ("Een vrijwilliger van het buurthuis, Wiebke Kalm, begeleidt ...");
- ``signed``: a signature after a closing line, "hallo dit is X Y ik ...", a name in a line of capitals after "BEL",
  doers of action items beside a found name;
- ``keeps``: the same slots and words as ordinary Dutch ("kan iemand van de gemeente mij terugbellen?", ", zegt de
  buurman.", "groetjes aan iedereen", "tegen betaling", "BEL HET KCC OP 14 020", ", zegt Handhaving.").

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.anonymizer.corpora.score import family_docs, write_corpus

OUT = Path(__file__).resolve().parent / "persons13.jsonl"

# lower-case first names of many origins (none a Dutch word)
LOWER_FIRST = ["yusra", "bogdan", "oluwaseun", "thandiwe", "priya", "wiebke", "ayodele", "kasia", "tjitske",
               "imre", "dagny", "svetlana", "nnamdi", "marisol", "hyun", "anouk", "radoslav", "eszter", "kwabena",
               "leontien"]  # fmt: skip
CAPS_FIRST = ["WIEBKE", "NNAMDI", "SVETLANA", "MARISOL", "KWABENA", "RADOSLAV", "ESZTER", "THANDIWE"]
CAPS_SURN = ["HALVERSTAD", "KOWALCZYK", "NWACHUKWU", "LINDQVIST", "OOSTERBAAN", "ABUBAKAR"]
# surnames that are also Dutch words
WORD_SURN = ["Stoer", "Kalm", "Trots", "Ketel", "Molen", "Zadel", "Kruik", "Spiegel"]
FIRST = ["Thandiwe", "Oluwaseun", "Wiebke", "Radoslav", "Eszter", "Kwabena", "Nnamdi", "Marisol"]
DEPTS = ["Burgerzaken", "Publiekszaken", "Belastingen", "Inburgering"]
TEAMS = ["team Wonen", "afdeling Belastingen", "het Wijkteam", "team Jeugd en Gezin", "Publiekszaken"]
TOPICS = ["mijn bijzondere bijstand", "de kwijtschelding", "mijn parkeervergunning", "de huurtoeslag"]


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {
        "id": f"c13-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in pii],
        "keep": keep,
    }


def _bsn(r: random.Random) -> str:
    """A nine-digit number that passes the eleven test, as a real BSN does."""
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def _phone(r: random.Random) -> str:
    return f"06-{r.randint(10000000, 99999999)}"


def request(r: random.Random, n: int) -> dict:
    name = r.choice(LOWER_FIRST)
    team = r.choice(TEAMS)
    s = r.choice(
        [
            "kan {n} van {t} mij terugbellen? het gaat over {o}",
            "Goedemiddag. Kan {n} van {t} mij even bellen? het gaat over {o}.",
            "ik heb een vraag, kan {n} bij {t} ons helpen met {o}?",
        ]
    ).format(n=name, t=team, o=r.choice(TOPICS))
    return _doc("request", n, s, [(name, "PERSON")], [team])


def speaker(r: random.Random, n: int) -> dict:
    k = n % 3
    if k == 0:
        name = r.choice(LOWER_FIRST)
        s = f"De container staat al drie dagen in de brand, zegt {name}"
        return _doc("speaker", n, s, [(name, "PERSON")], ["container"])
    if k == 1:
        name = r.choice(LOWER_FIRST)
        s = f"Over de aanvraag is nog geen besluit genomen, zegt {name} De klantmanager belt volgende week."
        return _doc("speaker", n, s, [(name, "PERSON")], ["klantmanager"])
    name = r.choice(WORD_SURN)
    verb = r.choice(["zegt", "aldus", "vertelt", "meldt"])
    s = f"Voor de woonvoorziening van mevrouw Haddou is nog geen besluit genomen, {verb} {name}."
    return _doc("speaker", n, s, [(name, "PERSON"), ("Haddou", "PERSON")], ["woonvoorziening"])


def signoff(r: random.Random, n: int) -> dict:
    if n % 2:
        first = r.choice(LOWER_FIRST)
        s = f"de stoeptegels liggen los bij de school, groetjes {first} {first.capitalize()} vindt dat het snel moet."
        return _doc("signoff", n, s, [(first, "PERSON"), (first.capitalize(), "PERSON")], ["stoeptegels"])
    first, sur = r.choice(LOWER_FIRST), r.choice(["oosterbaan", "wouters", "lindqvist", "ferreira"])
    s = f"ik woon hier al jaren en de lamp is kapot, groet {first} {sur} Aan het eind van de straat ligt ook afval."
    return _doc("signoff", n, s, [(f"{first} {sur}", "PERSON")], ["afval"])


def told(r: random.Random, n: int) -> dict:
    if n % 2:
        name = r.choice(LOWER_FIRST)
        s = f"mijn moeder is ziek. zeg maar tegen {name} dat ik morgen langskom met de papieren."
        return _doc("told", n, s, [(name, "PERSON")], ["papieren"])
    first, sur = r.choice(LOWER_FIRST), r.choice(["oosterbaan", "nwachukwu", "halverstad", "kowalczyk"])
    s = f"klopt dat? ik heb gisteren met {first} {sur} gebeld en die zou het doorgeven aan de afdeling."
    return _doc("told", n, s, [(f"{first} {sur}", "PERSON")], ["doorgeven"])


def caps(r: random.Random, n: int) -> dict:
    k = n % 3
    ph = _phone(r)
    if k == 0:
        a, b = r.sample(CAPS_FIRST, 2)
        x, y = r.sample(CAPS_SURN, 2)
        s = f"{a} {x} IS NIET BEREIKBAAR, BEL {b} {y} OP {ph}"
        return _doc("caps", n, s, [(f"{a} {x}", "PERSON"), (f"{b} {y}", "PERSON"), (ph, "PHONE")], ["BEREIKBAAR"])
    if k == 1:
        first = r.choice(["DIHYA", "TASSADIT", "YIDIR", "MASSINISSA"])
        s = f"{first} AÏT {r.choice(['BRAHIM', 'HAMOU'])} IS NIET BEREIKBAAR, BEL HET LOKET OP {ph}"
        full = s.split(" IS ")[0]
        return _doc("caps", n, s, [(full, "PERSON"), (ph, "PHONE")], ["LOKET"])
    w = r.choice(WORD_SURN)
    first = r.choice(CAPS_FIRST)
    s = f"Volgens mevrouw {w} is de brief nooit aangekomen. {first} {w.upper()} IS NIET BEREIKBAAR."
    return _doc("caps", n, s, [(w, "PERSON"), (f"{first} {w.upper()}", "PERSON")], ["brief"])


def table(r: random.Random, n: int) -> dict:
    rows = r.sample(WORD_SURN, 3)
    lines = ["Naam          BSN           Postcode"]
    pii: list[tuple[str, str]] = []
    for w in rows:
        bsn = _bsn(r)
        pc = f"{r.randint(1000, 9999)} {r.choice(['kb', 'AB', 'xt', 'RM'])}"
        lines.append(f"{w:<14}{bsn:<14}{pc}")
        pii += [(w, "PERSON"), (bsn, "BSN"), (pc, "POSTCODE")]
    s = "\n".join(lines) + "\n(ingang: 1 maart 2026)"
    return _doc("table", n, s, pii, ["Postcode", "ingang"])


def before(r: random.Random, n: int) -> dict:
    k = n % 3
    if k == 0:
        first, sur = r.choice(FIRST), r.choice(WORD_SURN)
        s = (
            f"De aanvraag voor een WOZ-beschikking van {first} {sur} is toegekend. "
            f"Het bezwaar van mw. {sur} is ingetrokken."
        )
        return _doc("before", n, s, [(f"{first} {sur}", "PERSON"), (sur, "PERSON")], ["WOZ-beschikking"])
    if k == 1:
        first = r.choice(["Joop", "Ben", "Kees", "Truus"])
        sur = r.choice(["ten Hove", "ter Borg", "van der Wiel", "de la Fuente"])
        ph = _phone(r)
        s = f"Telefoonlijst:\n{first} {sur} ..... {ph}\nWijkagent ..... 0900-8844"
        return _doc("before", n, s, [(f"{first} {sur}", "PERSON"), (ph, "PHONE")], ["Wijkagent"])
    dept = r.choice(DEPTS)
    first, sur = r.choice(["Imre", "Griet", "Jürgen", "Oluwaseun"]), r.choice(["Falk", "De Smet", "Schröder", "Okoye"])
    s = f"De medewerker {dept} {first} {sur} nam contact op met de heer Haddou over de aanvraag."
    return _doc("before", n, s, [(f"{first} {sur}", "PERSON"), ("Haddou", "PERSON")], [dept])


def intro(r: random.Random, n: int) -> dict:
    first = r.choice(LOWER_FIRST)
    sur = r.choice(["hofstede", "molenaar", "prins-bakker", "visser", "smit", "kalm"])
    s = r.choice(
        [
            "[10:02] inwoner: hoi met {f} {s}\n[10:03] inwoner: mijn toeslag is gestopt",
            "ja goedemiddag u spreekt met {f} {s} ik bel over de brief van vorige week",
            "hoi ik ben {f} {s} en ik woon sinds kort in de wijk",
        ]
    ).format(f=first, s=sur)
    return _doc(
        "intro",
        n,
        s,
        [(f"{first} {sur}", "PERSON")],
        ["brief" if "brief" in s else "wijk" if "wijk" in s else "toeslag"],
    )


def record(r: random.Random, n: int) -> dict:
    k = n % 4
    sur, first = r.choice(WORD_SURN), r.choice(CAPS_FIRST)
    if k == 0:
        s = f"DOSSIER {sur.upper()}, {first}\nff een vraagje over de aanvraag"
        return _doc("record", n, s, [(f"{sur.upper()}, {first}", "PERSON")], ["vraagje"])
    if k == 1:
        y = r.randint(1940, 2004)
        s = f"Betrokkenen:\n{sur}, R.K., 12-03-{y}, bewoner\nHaddou, S., 4-4-1990, partner"
        return _doc(
            "record",
            n,
            s,
            [
                (f"{sur}, R.K.", "PERSON"),
                ("Haddou, S.", "PERSON"),
                (f"12-03-{y}", "DATE_OF_BIRTH"),
                ("4-4-1990", "DATE_OF_BIRTH"),
            ],
            ["Betrokkenen"],
        )
    if k == 2:
        f2 = first.capitalize()
        s = f"Overzicht: Algra, S. (ex-partner: {f2} {sur})"
        return _doc("record", n, s, [("Algra, S.", "PERSON"), (f"{f2} {sur}", "PERSON")], ["Overzicht"])
    f2 = first.capitalize()
    s = f"Een vrijwilliger van het buurthuis, {f2} {sur}, begeleidt de heer Haddou naar het gesprek."
    return _doc("record", n, s, [(f"{f2} {sur}", "PERSON"), ("Haddou", "PERSON")], ["vrijwilliger"])


def signed(r: random.Random, n: int) -> dict:
    k = n % 5
    first, sur = r.choice(LOWER_FIRST), r.choice(["kalm", "molen", "ketel", "spiegel", "zadel"])
    if k == 0:
        s = f"het hek is stuk\n\nmet vriendelijke groet {first} {sur}"
        return _doc("signed", n, s, [(f"{first} {sur}", "PERSON")], ["hek"])
    if k == 1:
        s = f"Klopt dat?\n\nGr.\n{first.capitalize()}\n\nVerzonden vanaf mijn iPhone"
        return _doc("signed", n, s, [(first.capitalize(), "PERSON")], ["Verzonden"])
    if k == 2:
        s = f"hallo dit is {first} {sur} ik heb de brief van de gemeente niet gehad"
        return _doc("signed", n, s, [(f"{first} {sur}", "PERSON")], ["gemeente"])
    if k == 3:
        a, b = r.choice(CAPS_FIRST), r.choice(["SPIEGEL", "KALM", "ZADEL"])
        ph = _phone(r)
        s = f"HET LOKET IS DICHT, BEL {a} {b} OP {ph}"
        return _doc("signed", n, s, [(f"{a} {b}", "PERSON"), (ph, "PHONE")], ["LOKET"])
    w, doer = r.choice(WORD_SURN), r.choice(FIRST)
    s = f"actiepunten:\n- {w} belt de verhuurder\n- [ ] {doer} levert de stukken aan\n- Gemeente stuurt een brief"
    return _doc("signed", n, s, [(w, "PERSON"), (doer, "PERSON")], ["Gemeente", "verhuurder"])


def keeps(r: random.Random, n: int) -> dict:
    s = [
        ("kan iemand van de gemeente mij terugbellen? het gaat over de kwijtschelding", ["iemand"]),
        ("Het duurt al weken, zegt de buurman. De brief is nooit gekomen.", ["buurman"]),
        ("Dat klopt niet, zegt Handhaving. De boete blijft staan.", ["Handhaving"]),
        ("Het is te laat, aldus Klantcontactcentrum.", ["Klantcontactcentrum"]),
        ("de lamp is kapot. groetjes aan iedereen Tot morgen!", ["iedereen"]),
        ("groeten uit Zeeland Wij komen maandag terug.", ["Zeeland"]),
        ("zeg maar tegen de buurvrouw dat ik morgen langskom", ["buurvrouw"]),
        ("ik heb met de wijkagent gebeld en die zou terugbellen", ["wijkagent"]),
        ("Alleen tegen betaling dat is de regel.", ["betaling"]),
        ("HET LOKET IS NIET BEREIKBAAR, BEL HET KCC OP 14 020", ["KCC", "LOKET"]),
        ("BEZWAAR PARKEERBOETE IS ONTVANGEN OP 3 MAART", ["PARKEERBOETE"]),
        ("kan de wijkagent van team Noord ons helpen met de overlast?", ["wijkagent"]),
        ("De medewerker Burgerzaken Team Noord heeft gebeld.", ["Burgerzaken"]),
        ("Sinds 2025 is Wijkzorg Noord verhuisd.", ["Wijkzorg"]),
        ("Ik heb gesproken met Lotte Zhao van Sociale Zaken.", ["Sociale Zaken"]),
        ("contactpersoon: Wijkteam Noord", ["Wijkteam Noord"]),
        ("De medewerker van het loket, Team Noord, belt terug.", ["Team Noord"]),
        ("BETREFT: BEZWAAR, PARKEERBOETE\nDe boete is onterecht.", ["PARKEERBOETE"]),
        ("hoi met de wijkagent even over de brief", ["wijkagent"]),
    ][n % 19]
    return _doc("keeps", n, s[0], [], s[1])


FAMILIES = (
    (request, 12),
    (speaker, 12),
    (signoff, 10),
    (told, 10),
    (caps, 12),
    (table, 6),
    (before, 12),
    (intro, 9),
    (record, 12),
    (signed, 10),
    (keeps, 19),
)


def generate() -> list[dict]:
    """The corpus documents, each checked by ``check_doc``."""
    return family_docs(FAMILIES, 20261203)


def main() -> None:
    write_corpus(generate(), OUT)


if __name__ == "__main__":
    main()
