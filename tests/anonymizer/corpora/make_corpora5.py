"""Generate H7's fifth anonymizer corpus, ``shapes5.jsonl``: one small family of documents per shape that failed on
``tests/anonymizer/holdout3/`` (promoted to a development set in round four), written with other names, words and
sentences, to check that each rule fixed there is general rather than fitted.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora5

Standard library only, deterministic (seed 20261205). Shape families (``family`` in each document's id):

- ``chat``: a chat copied without time stamps, speakers in any case, one line with a stamp without a year;
- ``actions``: action points "- Name: verb ..." beside a role ("- bemiddelaar: ...") and labels ("Datum:");
- ``messenger``: the go-between of a message ("heeft via X laten weten"), beside a channel ("via WhatsApp");
- ``relation``: a relative with the relation in brackets ("X (mevrouw Y haar kleinzoon) tolkt");
- ``asks``: a bare surname opening a sentence before "vraagt"/"geeft aan";
- ``fields``: name fields of a form or log in any case ("Voorletters: KT", "naam='X Y'", "BEHANDELAAR: X Y");
- ``heading``: a title word before the name on the first line ("Verhuismelding X Y"); a place as surname in an
  "Achternaam:" field;
- ``vanbody``: a name before "van" and a department ("ik heb X van Team Schuldhulp gesproken");
- ``rows``: dates of birth as cells of a family table or a CSV row, and in brackets after a name, beside a log
  date with a time (kept).

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.anonymizer.corpora.score import leaked

OUT = Path(__file__).resolve().parent / "shapes5.jsonl"

FIRST = ["Wietse", "Chidinma", "Yusra", "Oleksandr", "Dunya", "Teuntje", "Rukiye", "Bartel", "Nomvula", "Jorinde",
         "Kwame", "Sevgi", "Arvid", "Lieneke", "Tarik", "Marijke", "Obinna", "Femmigje", "Radu", "Zehra"]  # fmt: skip
SUR = ["Oldenhuis", "Nwachukwu", "Karadağ", "Bosschaart", "Tjoe-Awie", "Wolters", "Hoekstra", "Ramdin", "Kuipers",
       "Zwiers", "Olthof", "Yıldırım", "Brouwers", "Dijkhuis", "Mensah", "Feddema", "Pranger", "Lakerveld"]  # fmt: skip
REL = ["kleinzoon", "nicht", "schoonzoon", "dochter", "neef"]
DEPTS = ["Team Schuldhulp", "Afdeling Vergunningen", "Klantcontactcentrum", "Wijkteam Noord"]


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {
        "id": f"s5-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in pii],
        "keep": keep,
    }


def chat(r: random.Random, n: int) -> dict:
    a, b, c = r.sample(FIRST, 3)
    sa = r.choice(SUR)
    text = (
        f"[{r.randint(1, 28)}-{r.randint(1, 12)} {r.randint(8, 21)}:{r.randint(10, 59)}] {a} {sa}: "
        f"heeft iemand al iets gehoord van {r.choice(DEPTS)}?\n"
        f"{a} {sa}: ik wacht nog steeds op de brief\n"
        f"{b.lower()}: nee nog niks, morgen bel ik weer\n"
        f"{c}: 👍"
    )
    return _doc("chat", n, text, [(f"{a} {sa}", "PERSON"), (b.lower(), "PERSON"), (c, "PERSON")], ["brief"])


def actions(r: random.Random, n: int) -> dict:
    a, b = r.sample(FIRST, 2)
    sa = r.choice(SUR)
    dept = r.choice(DEPTS)
    text = (
        f"Datum: {r.randint(1, 28)} maart\nPlaats: {dept}\n\nActiepunten:\n"
        f"- {a} {sa}: navragen bij het UWV\n- {b}: loonstroken opsturen\n- bemiddelaar: terugkoppelen"
    )
    return _doc("actions", n, text, [(f"{a} {sa}", "PERSON"), (b, "PERSON")], ["Datum", "Plaats", "bemiddelaar"])


def messenger(r: random.Random, n: int) -> dict:
    a = r.choice(FIRST)
    s = r.choice(SUR)
    text = (
        f"Mevrouw {s} heeft via {a} laten weten dat ze de afspraak niet haalt. "
        "Eerder had ze via WhatsApp laten weten dat de brief kwijt was."
    )
    return _doc("messenger", n, text, [(s, "PERSON"), (a, "PERSON")], ["WhatsApp"])


def relation(r: random.Random, n: int) -> dict:
    a = r.choice(FIRST)
    s = r.choice(SUR)
    rel = r.choice(REL)
    text = (
        f"Aanwezig: mevrouw {s} en de bemiddelaar.\n{a} (mevrouw {s} haar {rel}) tolkt, zij spreekt weinig Nederlands."
    )
    return _doc("relation", n, text, [(s, "PERSON"), (a, "PERSON")], [rel, "Nederlands"])


def asks(r: random.Random, n: int) -> dict:
    a = r.choice(FIRST)
    s = r.choice(SUR)
    verb = r.choice(["vraagt of", "geeft aan dat"])
    text = f"Terugbelverzoek doorgezet naar {a} {s}.\n{s} {verb} de beschikking al verstuurd is."
    return _doc("asks", n, text, [(f"{a} {s}", "PERSON"), (s, "PERSON")], ["Terugbelverzoek", "beschikking"])


def fields(r: random.Random, n: int) -> dict:
    a, b = r.sample(FIRST, 2)
    sa, sb = r.sample(SUR, 2)
    ini = "".join(r.sample("ABDEGHJKLMPRSTW", 2))
    shape = n % 3
    if shape == 0:
        text = f"Formulier (export)\nVoorletters: {ini}\nTussenvoegsel: \nAchternaam: {sa}\nWoonplaats: Zwolle"
        pii = [(ini, "PERSON"), (sa, "PERSON")]
    elif shape == 1:
        text = f"2026-02-0{r.randint(1, 9)} 10:12:01 INFO form.submit naam='{a} {sa}' kanaal=web status=ontvangen"
        pii = [(f"{a} {sa}", "PERSON")]
    else:
        text = f"DOSSIER - VERTROUWELIJK\nBEHANDELAAR: {b.upper()} {sb.upper()}\nAFDELING: {r.choice(DEPTS).upper()}"
        pii = [(f"{b.upper()} {sb.upper()}", "PERSON")]
    return _doc("fields", n, text, pii, ["Woonplaats" if shape == 0 else "status" if shape == 1 else "AFDELING"])


def rows(r: random.Random, n: int) -> dict:
    a, b = r.sample(FIRST, 2)
    sa = r.choice(SUR)
    d1 = f"{r.randint(10, 28):02d}{r.randint(1, 12):02d}{r.randint(1950, 1999)}"
    d2 = f"{r.randint(1, 28)} {r.choice(['mei', 'juni', 'oktober'])} '{r.randint(10, 22)}"
    shape = n % 2
    if shape == 0:
        text = (
            f"Gezinssamenstelling:\n{sa}, {a} | {d1} | aanvrager\n{b} {sa} | {d2} | kind\n"
            f"Log: 2025-03-0{r.randint(1, 9)} 14:40 | status in_verkenning"
        )
    else:
        text = f"Leerlingenvervoer:\n{a} {sa} ({d2}) - ophaaladres school\n{b} {sa};{d1};Team Leerplicht"
    pii = [(sa, "PERSON"), (a, "PERSON"), (b, "PERSON"), (d1, "DATE_OF_BIRTH"), (d2, "DATE_OF_BIRTH")]
    return _doc("rows", n, text, pii, ["aanvrager" if shape == 0 else "Team Leerplicht"])


def heading(r: random.Random, n: int) -> dict:
    a = r.choice(FIRST)
    sa = r.choice(SUR)
    title = r.choice(["Verhuismelding", "Adreswijziging", "Aanvraagformulier", "Intakeverslag"])
    place = r.choice(["Tiel", "Meppel", "Weert", "Harderwijk"])
    if n % 2:
        text = f"{title} {a} {sa}\nOud adres: onbekend\nIngang: 1 {r.choice(['mei', 'juni'])}"
        pii = [(f"{a} {sa}", "PERSON")]
    else:  # a place as surname in a field that holds only a name part
        ini = f"{a[0]}.{r.choice('BDKMT')}."
        text = f"{title}\nVoorletters: {ini}\nTussenvoegsel: van\nAchternaam: {place}"
        pii = [(ini, "PERSON"), (place, "PERSON")]
    return _doc("heading", n, text, pii, [title, "Ingang" if n % 2 else "Tussenvoegsel"])


def vanbody(r: random.Random, n: int) -> dict:
    a = r.choice(FIRST)
    sa = r.choice(SUR)
    dept = r.choice(["Frontoffice Wmo", "Team Schuldhulp", "Afdeling Vergunningen", "Klantcontactcentrum Zuid"])
    if n % 2:
        text = f"Groet,\nik heb {a} van {dept} gesproken, ze belt je vandaag nog."
        pii = [(a, "PERSON")]
    else:
        text = f"Goedendag,\n\n{a} {sa} van {dept} zei dat het geregeld zou worden."
        pii = [(f"{a} {sa}", "PERSON")]
    return _doc("vanbody", n, text, pii, [dept.split()[-1]])


FAMILIES = (chat, actions, messenger, relation, asks, fields, rows, heading, vanbody)


def _check(d: dict) -> None:
    text = d["text"]
    for item in d["pii"]:
        assert item["text"] in text, (d["id"], item)
        assert leaked(item, text), (d["id"], item)
    blank = text
    for item in sorted(d["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    for item in d["pii"]:
        assert not leaked(item, blank), (d["id"], item)
    for w in d["keep"]:
        assert w.lower() in blank.lower(), (d["id"], w)


def generate() -> list[dict]:
    """The corpus: eight documents per family, deterministic."""
    r = random.Random(20261205)
    docs = [fam(r, n) for fam in FAMILIES for n in range(8)]
    for d in docs:
        _check(d)
    return docs


def main() -> None:
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
