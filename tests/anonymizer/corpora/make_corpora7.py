"""Generate the seventh own anonymizer corpus, ``shapes7.jsonl``: genres none of the earlier corpora had (issue 10,
round five): voicemail and speech-recognition transcripts with numbers spoken as words, addresses of family members
abroad, structured records with birth dates under many keys and in many formats, calendar invites and meeting notes
with attendee lists, social-media posts with handles, and SMS reminders and visitor lists.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora7

Standard library only, deterministic (seed 20261207), own names, streets and words (no name part of the shared dev
files: ``test_corpora_repeat_no_dev_name``). Families (``family`` in each
document's id): ``voicemail``, ``abroad``, ``records``, ``invites``, ``social``, ``visits``, ``transcripts``
(lower-case speech output, digits spoken one by one, +31, a birth date as three numbers, a lower-case street),
``logs`` (bare initials in a log, JSON name keys, an iCalendar ATTENDEE line, an English birth-date field).

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives. A phone number spoken wholly in
words has no digit the scorer could compare, so the phones here keep at least their last digits as figures.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.anonymizer.corpora.score import leaked

OUT = Path(__file__).resolve().parent / "shapes7.jsonl"

FIRST = ["Hope", "Grace", "Floortje", "Teun", "Wietske", "Orhan", "Soufiane", "Zeynep", "Ravi", "Liesbeth", "Dewi",
         "Oumaima", "Gijsbert", "Maaike", "Rachid", "Volkan", "Saskia", "Jurre"]  # fmt: skip
SUR = ["Brown", "King", "Vlietstra", "Hoogendijk", "Kahveci", "Benali", "Jagessar", "Zwanenburg", "Korteweg", "Nijboer",
       "Elshout", "Gündoğdu", "Tjoa", "Pronk", "Haverkamp", "Lodewijks"]  # fmt: skip
ARABIC = ["al-Haddouchi", "el-Ouazzani", "bin Salem", "ould Cheikh", "Abu Rayya", "el-Soussi"]
STREETS = ["Lijsterbeslaan", "Korenbloemstraat", "Vlasakker", "Populierenweg", "Zwanenhof", "Klaprooslaan"]
UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip
MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def words(n: int) -> str:
    """A number below 100 in Dutch words ("vierendertig", "tweeëntwintig")."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t]
    unit = UNITS[u]
    return unit + ("ën" if unit.endswith("e") else "en") + TENS[t]


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {
        "id": f"s7-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in pii],
        "keep": keep,
    }


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(SUR)}"


def _spoken_phone(r: random.Random, n: int) -> str:
    pairs = [r.randint(10, 99) for _ in range(4)]
    tail = f"{pairs[2]} {pairs[3]}"
    if n % 4 == 0:
        return f"nul zes {words(pairs[0])} {words(pairs[1])} {tail}"
    if n % 4 == 1:
        digs = "".join(str(p) for p in pairs[:2])
        return "nul zes " + " ".join(UNITS[int(c)] for c in digs) + f" {tail}"
    if n % 4 == 2:
        return f"nul {words(r.choice([20, 30, 40, 50, 70, 10]))} {r.randint(100, 999)} {pairs[2]} {pairs[3]}"
    return f"06 {words(pairs[0])} {words(pairs[1])} {tail}"


def _spoken_date(r: random.Random) -> tuple[str, int]:
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1941, 1999)
    d = words(day)
    if day > 20 and day % 10 and r.random() < 0.5:
        d = d.replace("en", " en ", 1) if not d.startswith(("twee", "drie")) else d
    y = f"negentien {words(year % 100)}" if r.random() < 0.7 else f"negentienhonderd{words(year % 100)}"
    return f"{d} {MONTHS[month - 1]} {y}", year


def voicemail(r: random.Random, n: int) -> dict:
    name, phone = _name(r), _spoken_phone(r, n)
    street, house = r.choice(STREETS), words(r.randint(2, 89))
    if n % 3 == 0:
        text = (
            f"Voicemail 0{r.randint(1, 9)}:{r.randint(10, 59)} (automatisch uitgeschreven)\n"
            f"goedemiddag u spreekt met {name} ik bel over de brief van de gemeente over de kwijtschelding "
            f"mijn nummer is {phone} wilt u mij terugbellen dank u wel"
        )
        return _doc("voicemail", n, text, [(name, "PERSON"), (phone, "PHONE")], ["kwijtschelding", "terugbellen"])
    if n % 3 == 1:
        text = (
            f"ja hallo met {name} ik woon op de {street} nummer {house} en de stoep is al weken kapot "
            f"kunt u mij bellen op {phone} alvast bedankt"
        )
        return _doc("voicemail", n, text, [(name, "PERSON"), (street, "ADDRESS"), (phone, "PHONE")], ["stoep", "kapot"])
    dob, _year = _spoken_date(r)
    text = (
        f"transcriptie gesprek\nbeller: ja goedemorgen met {name}\nmedewerker: wat is uw geboortedatum\n"
        f"beller: {dob}\nmedewerker: dank u ik zet de aanvraag voor de parkeervergunning door\n"
        f"beller: mijn nummer is {phone}"
    )
    return _doc(
        "voicemail", n, text, [(name, "PERSON"), (dob, "DATE_OF_BIRTH"), (phone, "PHONE")], ["parkeervergunning"]
    )


def abroad(r: random.Random, n: int) -> dict:
    name = _name(r)
    k = n % 5
    if k == 0:
        addr, rest, keep = (
            f"Molenstraat {r.randint(2, 99)} bus {r.randint(1, 9)}",
            f"{r.randint(1000, 9999)} Gent",
            "Gent",
        )
    elif k == 1:
        addr, rest, keep = f"Lindenstraße {r.randint(2, 99)}", f"{r.randint(10000, 99999)} Köln", "Köln"
    elif k == 2:
        addr, rest, keep = f"Rue Ibn Khaldoun {r.randint(2, 99)}", "Tanger", "Tanger"
    elif k == 3:
        addr, rest, keep = f"Cumhuriyet Caddesi No: {r.randint(2, 99)}", "Kayseri", "Kayseri"
    else:
        addr, rest, keep = f"Kwattaweg {r.randint(2, 299)}", "Paramaribo", "Paramaribo"
    rel = r.choice(["broer", "zus", "moeder", "oom", "dochter"])
    text = (
        f"Contactgegevens familie\nNaam: {name}\nRelatie: {rel}\nAdres: {addr}, {rest}\n"
        "Post voor de gemeente: Postbus 123, 9700 AB Groningen."
    )
    return _doc("abroad", n, text, [(name, "PERSON"), (addr, "ADDRESS")], ["Relatie", keep, "Postbus 123"])


def _dob_value(r: random.Random, k: int) -> tuple[str, str]:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1945, 2004)
    forms = [
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}/{m:02d}/'{y % 100:02d}",
        f"{d} {MON_SHORT[m - 1]} {y}",
        f"{y}{m:02d}{d:02d}",
    ]
    return forms[k % len(forms)], f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"


def records(r: random.Random, n: int) -> dict:
    name = _name(r)
    key = ["geboortedatum", "geb.datum", "geb", "dob", "DOB", "birthdate", "date_of_birth", "geboren_op"][n % 8]
    other = ["datum", "aanmaakdatum", "created", "ingediend", "verzonden"][n % 5]
    dob, plain = _dob_value(r, n)
    fmt = n % 5
    if fmt == 0:
        text = json.dumps({"naam": name, key: dob, other: plain, "status": "open"}, ensure_ascii=False)
    elif fmt == 1:
        text = f"melding:\n  naam: {name}\n  {key}: {dob}\n  {other}: {plain}\n  status: open"
    elif fmt == 2:
        text = (
            f"<melding><naam>{name}</naam><{key}>{dob}</{key}><{other}>{plain}</{other}><status>open</status></melding>"
        )
    elif fmt == 3:
        text = f"naam;{key};{other};status\n{name};{dob};{plain};open"
    else:
        bday = (
            dob
            if dob.isdigit() or dob[:4].isdigit()
            else f"{r.randint(1950, 1999)}0{r.randint(1, 9)}1{r.randint(0, 9)}"
        )
        text = f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nBDAY:{bday}\nREV:{plain}\nEND:VCARD"
        return _doc("records", n, text, [(name, "PERSON"), (bday, "DATE_OF_BIRTH")], [plain, "VCARD"])
    return _doc("records", n, text, [(name, "PERSON"), (dob, "DATE_OF_BIRTH")], [plain, "status"])


def invites(r: random.Random, n: int) -> dict:
    a, b, c = _name(r), f"{r.choice(FIRST)} {r.choice(ARABIC)}", _name(r)
    fam = r.choice(SUR)
    mail = f"{c.split()[0].lower()}.{r.randint(10, 99)}@outlook.com"
    k = n % 3
    if k == 0:
        text = (
            f"Onderwerp: Afstemming buurtoverlast\nOrganisator: {a}\nDeelnemers: {b}; {c} <{mail}>; "
            "Team Wijkzaken\nOptioneel: Wijkagent\nLocatie: Stadskantoor, zaal 2"
        )
        pii = [(a, "PERSON"), (b, "PERSON"), (c, "PERSON"), (mail, "EMAIL")]
        return _doc("invites", n, text, pii, ["Afstemming", "Team Wijkzaken", "Wijkagent", "Stadskantoor"])
    if k == 1:
        text = (
            f"Verslag bewonersoverleg\nAanwezig: {a}, {b}, Fam. {fam} nr. {r.randint(2, 60)}\n"
            "Afwezig met bericht: de wijkcoördinator\n1. De geluidsoverlast in het weekend is besproken."
        )
        return _doc("invites", n, text, [(a, "PERSON"), (b, "PERSON"), (fam, "PERSON")], ["wijkcoördinator", "weekend"])
    text = (
        f"Uitnodiging: intake bemiddeling\nWanneer: {r.randint(1, 28)} november 2026 10:00-11:00\n"
        f"Deelnemers: {a}; {c}\nOptioneel: {b}\nNeem uw brief mee."
    )
    return _doc("invites", n, text, [(a, "PERSON"), (c, "PERSON"), (b, "PERSON")], ["intake", "november 2026", "brief"])


def social(r: random.Random, n: int) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    handle = f"@{first.lower()}_{r.randint(70, 99)}"
    tag = r.choice(["#Wijkfeest", "#Burendag", "#Zwerfafval", "#Speeltuin"])
    if n % 2 == 0:
        text = (
            f"Weer een bus vol rommel in het park {tag} {handle} bedankt voor het helpen! "
            "Gemeente, wanneer komt er een bak?"
        )
        return _doc("social", n, text, [(handle, "PERSON")], [tag, "rommel", "Gemeente"])
    text = (
        f"Bericht via Facebook van {first} {sur}: 'Sinds de verbouwing bij de buren is het elke avond herrie.' "
        f"Gedeeld door {handle} met {tag}."
    )
    return _doc("social", n, text, [(f"{first} {sur}", "PERSON"), (handle, "PERSON")], [tag, "verbouwing", "herrie"])


def visits(r: random.Random, n: int) -> dict:
    a, b = _name(r), f"{r.choice(FIRST)} {r.choice(ARABIC)}"
    if n % 3 == 0:
        text = (
            f"SMS {r.randint(1, 28)}-11-2026: Herinnering: uw gesprek met de bemiddelaar is morgen om 14:00 in het "
            f"Stadskantoor. Afmelden? Bel 14 050. Groet, {a}"
        )
        return _doc("visits", n, text, [(a, "PERSON")], ["Herinnering", "14 050", "Stadskantoor"])
    if n % 3 == 1:
        text = f"bezoek: {a}, {b}\nreden: huisbezoek na klacht over stank\nduur: 45 min"
        return _doc("visits", n, text, [(a, "PERSON"), (b, "PERSON")], ["huisbezoek", "stank"])
    text = (
        f"Verwijzing naar Sociaal Wijkteam\nAanmelder: {a} (buurtbemiddeling)\nCliënt: {b}\n"
        f"Reden: schulden en spanningen met de buren\nAkkoord cliënt: ja"
    )
    return _doc("visits", n, text, [(a, "PERSON"), (b, "PERSON")], ["Sociaal Wijkteam", "schulden", "Akkoord"])


def transcripts(r: random.Random, n: int) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    pairs = [r.randint(10, 99) for _ in range(4)]
    k = n % 4
    if k == 0:
        digits = "0 6 " + " ".join(f"{p // 10} {p % 10}" for p in pairs)
        text = (
            f"ja goedemiddag met {first.lower()} {sur.lower()} ik bel over de geluidsoverlast mijn nummer is {digits}"
        )
        name = f"{first.lower()} {sur.lower()}"
        return _doc("transcripts", n, text, [(name, "PERSON"), (digits, "PHONE")], ["geluidsoverlast"])
    if k == 1:
        phone = f"plus eenendertig zes {words(pairs[0])} {words(pairs[1])} {pairs[2]} {pairs[3]}"
        text = f"hallo u spreekt met {first} {sur} ik zit nu in het buitenland bel me op {phone} dank u"
        return _doc("transcripts", n, text, [(f"{first} {sur}", "PERSON"), (phone, "PHONE")], ["buitenland"])
    if k == 2:
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(50, 99)
        dob = f"{words(d)} {words(m)} {words(y)}"
        text = (
            f"medewerker: naam en geboortedatum graag\nbeller: {first} {sur} mijn geboortedatum is {dob}\n"
            "medewerker: dank u"
        )
        return _doc("transcripts", n, text, [(f"{first} {sur}", "PERSON"), (dob, "DATE_OF_BIRTH")], ["medewerker"])
    street = r.choice(STREETS).lower()
    text = f"ja met {first} {sur} ik woon op de {street} {words(r.randint(2, 89))} en de lantaarnpaal doet het niet"
    return _doc("transcripts", n, text, [(f"{first} {sur}", "PERSON"), (street, "ADDRESS")], ["lantaarnpaal"])


def logs(r: random.Random, n: int) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    ini = ".".join(r.sample("ABDEGHJKLMNRSTW", 2)) + "."
    k = n % 4
    if k == 0:
        text = (
            f"Logboek melding\n09:{r.randint(10, 59)} {ini} belde over de container\n"
            f"10:{r.randint(10, 59)} teruggebeld, geen gehoor"
        )
        return _doc("logs", n, text, [(ini, "PERSON")], ["Logboek", "container", "geen gehoor"])
    if k == 1:
        text = json.dumps({"voornaam": first, "achternaam": sur, "status": "open"}, ensure_ascii=False)
        return _doc("logs", n, text, [(first, "PERSON"), (sur, "PERSON")], ["status", "open"])
    if k == 2:
        mail = f"{first.lower()}.{r.randint(10, 99)}@gmail.com"
        text = (
            f"BEGIN:VEVENT\nSUMMARY:Bemiddelingsgesprek\nDTSTART:20261{r.randint(1, 2)}0{r.randint(1, 9)}T100000\n"
            f"ATTENDEE;CN={first} {sur};ROLE=REQ-PARTICIPANT:mailto:{mail}\nEND:VEVENT"
        )
        return _doc("logs", n, text, [(f"{first} {sur}", "PERSON"), (mail, "EMAIL")], ["Bemiddelingsgesprek"])
    y = r.randint(1950, 1999)
    dob = f"{r.randint(1, 28)} {r.choice(['March', 'May', 'June', 'October'])} {y}"
    text = f"Name: {first} {sur}\nDate of birth: {dob}\nRegistered: 2026-0{r.randint(1, 9)}-1{r.randint(0, 9)}"
    return _doc("logs", n, text, [(f"{first} {sur}", "PERSON"), (dob, "DATE_OF_BIRTH")], ["Registered"])


FAMILIES = (voicemail, abroad, records, invites, social, visits, transcripts, logs)


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
    """The corpus: twelve documents per family, deterministic."""
    r = random.Random(20261207)
    docs = [fam(r, n) for fam in FAMILIES for n in range(12)]
    for d in docs:
        _check(d)
    return docs


def main() -> None:
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
