"""Generate H3's sixth-round corpus of records, lists and addresses, ``structured3.jsonl``.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora8

Families (one shape each, written fresh with invented names and streets, nothing from any dev or held-out file):
household tables (role, name, date of birth in many spellings), field lists set off by tabs with a name line on
top, forms with dotted leaders, SQL inserts, tables with a street or location column, call lists (name, cue, phone),
lists of children and emergency contacts, pipe-separated records, bank lines (account, then the counterparty),
street corners and streets joined to a street, addresses whose street has no street-type suffix beside a cue or a
postcode. Keep words are the field keys and the dates that are no birth.
Deterministic (a fixed seed, no third-party generator).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "structured3.jsonl"

FIRST = tuple(
    "Marijke Tobias Femke Ruben Lotte Bram Ilse Niels Sanne Joost Hanneke Wessel Yara Ilias Nadia Mehmet Leyla "
    "Oumaima Kofi Adaeze Tomasz Agnieszka Radu Ioana Wei Arjun Priya Sipke Tjitske Gerrit Aukje Lucas Elif "
    "Hamza Soufiane Demi Quinten Roos Mirjam Olusegun Chidi Dariusz Katarzyna Bogdan Fatma Ricardo Zoë Thijmen".split()
)
LAST = tuple(
    "Hovenier Brouwers Kuipers Wolters Dijkstra Veenstra Terpstra Kortenhoef Baasbank Oudejans Vlietstra Yilmaz "
    "Kaya Öztürk Amrani Bouzid Mensah Okonkwo Nowicki Wiśniewski Popescu Lungu Chen Liu Ramdin Sewcharan "
    "Koopmans Hoekstra Bergsma Lindeboom Ravensbergen Zuidhof Haverman Stuifbergen Drenth Wiersma Akkerman".split()
)
PARTICLE_LAST = ("Van Dongen", "De Kruijf", "Van der Poel", "Ten Brinke", "Van 't Slot", "De Wit-Haverman")
# Street names without a street-type suffix (such streets are common in newer districts)
BARE_STREETS = tuple(
    "Korenbloem Zwanenhals Hazelaar Vlasakker Zilverschoon Duizendblad Klaverweide Roggeveld Spoorzicht "
    "Boterweide Hooimijt Wilgenkamp Zeggeveld Lisdodde Dotterbloem Kievitsbloem Waterlelie Pijlkruid".split()
)
TWO_WORD_STREETS = ("Het Zwanenveer", "De Kolkwaard", "Lange Hoeven", "Oude Ruiterij", "Het Hoogwerf", "De Molenkamp")
CITIES = ("Zwolle", "Deventer", "Assen", "Leiden", "Gouda", "Almelo", "Hoorn", "Venlo", "Sneek", "Tiel")
ROLES = ("ouder", "partner", "kind 1", "kind 2", "kind 3", "moeder", "vader", "zoon", "dochter", "aanvrager")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober")
SHORT = ("jan.", "feb.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")


class Doc:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def add(self, text: str, label: str) -> str:
        self.pii.append({"text": text, "label": label})
        return text

    def kept(self, text: str) -> str:
        self.keep.append(text)
        return text

    def name(self, full: bool = True) -> str:
        r = self.rng
        n = f"{r.choice(FIRST)} {r.choice(LAST + PARTICLE_LAST)}" if full else r.choice(FIRST)
        return self.add(n, "PERSON")

    def dob(self, lo: int = 1935, hi: int = 2019) -> str:
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(lo, hi)
        forms = (
            f"{d:02d}/{m:02d}/{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}/{y}",
            f"{d} {MONTHS[m % 10]} {y}",
            f"{d} {MONTHS[m % 10].capitalize()} {y}",
            f"{d} {SHORT[m % 11]} {y}",
        )
        return self.add(r.choice(forms), "DATE_OF_BIRTH")

    def recent(self) -> str:
        r = self.rng
        return self.kept(f"{r.randint(1, 28)} {r.choice(MONTHS)} 2026")

    def pc(self) -> str:
        r = self.rng
        letters = "ABCEGHJKLMNPRSTVWXZ"
        sep = r.choice(("", " ", "  "))
        return self.add(f"{r.randint(1000, 9999)}{sep}{r.choice(letters)}{r.choice(letters)}", "POSTCODE")

    def bare_street(self, head: str = "straat") -> str:
        # a lone word of the language ("Korenbloem") is a street only under a "straat" header
        return self.rng.choice(BARE_STREETS + TWO_WORD_STREETS if head == "straat" else TWO_WORD_STREETS)

    def number(self) -> str:
        r = self.rng
        return f"{r.randint(1, 240)}{r.choice(('', '', ' A', '-B', ' II', ' rd', '/2'))}"


def _bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        total = sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = total % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def household(d: Doc, r: random.Random) -> str:
    head = r.choice(("Gezinssamenstelling", "Samenstelling huishouden", "Gezinsleden", "Huishouden"))
    sep = r.choice(("   ", "\t", "      "))
    rows = [f"{'ouder':<10}{sep}{d.name()}{sep}{d.dob(1940, 1995)}"]
    for k in range(r.randint(1, 3)):
        role = r.choice(("kind", "partner", "zoon", "dochter")) + (f" {k + 1}" if r.random() < 0.5 else "")
        full = role.startswith("partner") or r.random() < 0.3
        rows.append(f"{role:<10}{sep}{d.name(full)}{sep}{d.dob(2000, 2020)}")
    tail = f"Ingangsdatum{sep}{d.recent()}" if r.random() < 0.5 else "Controle door de balie, akkoord."
    return "\n".join([head, *rows, tail])


def tab_fields(d: Doc, r: random.Random) -> str:
    name = d.name()
    if r.random() < 0.4:
        name_line = f"Naam\t{name.upper()}"
        d.pii[-1]["text"] = name.upper()
    else:
        name_line = f"Naam\t{name}"
    bsn = d.add(_bsn(r), "BSN")
    lines = [
        name_line,
        f"{d.kept(r.choice(('Geb.datum', 'Geboortedatum')))}\t{d.dob(1940, 2000)}",
        f"{d.kept(r.choice(('Burgerservicenummer', 'BSN-nummer')))}\t{bsn}",
        f"{d.kept('Telefoonnummer')}\t{d.add('06-' + str(r.randint(10000000, 99999999)), 'PHONE')}",
        f"{d.kept('Datum aanvraag')}\t{d.recent()}",
        f"{d.kept(r.choice(('Gevraagd bedrag', 'Bedrag')))}\t{d.kept(str(r.randint(20, 900)) + ' euro')}",
    ]
    return "\n".join(lines)


def leader_form(d: Doc, r: random.Random) -> str:
    last = d.add(r.choice(LAST + PARTICLE_LAST), "PERSON")
    init = d.add(r.choice(("A.", "K.", "M.J.", "T.", "E.W.", "S.")), "PERSON")
    lines = [
        f"Achternaam ........ {last}",
        f"Voorletters ....... {init}",
        f"Geboren ........... {d.dob(1935, 2005)}",
        f"Plaats ............ {d.kept(r.choice(CITIES))}",
        f"Handtekening ...... {d.kept('(getekend)')}",
    ]
    return d.kept(r.choice(("Aanvraagformulier", "Formulier bijzondere bijstand", "Opgave"))) + "\n" + "\n".join(lines)


def sql_insert(d: Doc, r: random.Random) -> str:
    name = d.name()
    first = name.split()[0].lower()
    mail = d.add(f"{first}{r.randint(10, 99)}@example.nl", "EMAIL")
    tel = d.add(r.choice((f"06{r.randint(10000000, 99999999)}", f"+31(0)6-{r.randint(10000000, 99999999)}")), "PHONE")
    table = r.choice(("melding", "aanvraag", "contact"))
    return (
        f"{d.kept('INSERT INTO')} {table} (naam, tel, email, postcode) {d.kept('VALUES')} "
        f"('{name}', '{tel}', '{mail}', '{d.pc()}');"
    )


def street_column(d: Doc, r: random.Random) -> str:
    head = r.choice(("straat", "locatie", "adres"))
    if r.random() < 0.5:
        rows = [f"| bewoner | {head} | vraag |", "|---|---|---|"]
        for _ in range(2):
            rows.append(
                f"| {d.name()} | {d.add(d.bare_street(head), 'ADDRESS')} | {d.kept(r.choice(('afval', 'Wmo')))} |"
            )
    else:
        rows = [f"datum\tmelder\t{head}"]
        for _ in range(2):
            rows.append(
                f"{d.kept(str(r.randint(1, 28)) + '-03-2026')}\t{d.name()}\t{d.add(d.bare_street(head), 'ADDRESS')}"
            )
    return "\n".join(rows)


def _iban(r: random.Random) -> str:
    bank = r.choice(("INGB", "RABO", "ABNA", "SNSB", "TRIO"))
    return f"NL{r.randint(10, 99)}{bank}0{r.randint(100000000, 999999999)}"


def _phone(d: Doc, r: random.Random) -> str:
    n = f"06{r.randint(10000000, 99999999)}"
    forms = (n, f"{n[:2]}-{n[2:]}", f"+31 6 {n[2:6]} {n[6:]}", f"({n[:3]}) {n[3:]}", f"{n[:2]} - {n[2:6]} {n[6:]}")
    return d.add(r.choice(forms), "PHONE")


def call_list(d: Doc, r: random.Random) -> str:
    day = r.choice(("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"))
    lines = [d.kept("Terugbellijst") + " " + day]
    lines.append(f"{d.name()} tel: {_phone(d, r)}")
    lines.append(f"{r.choice(('mw', 'dhr', 'mevr.', 'meneer'))} {d.add(r.choice(LAST), 'PERSON')} tel. {_phone(d, r)}")
    lines.append(f"{d.name(False)} — {_phone(d, r)}")
    lines.append(f"{d.add(r.choice(LAST) + ', ' + r.choice('ABDEHJKMPRSTW') + '.', 'PERSON')} / {_phone(d, r)}")
    lines.append(f"{d.kept('Bij geen gehoor')}: {d.kept('0800-' + str(r.randint(1000, 9999)))}")
    return "\n".join(lines)


def kin_list(d: Doc, r: random.Random) -> str:
    head = d.kept(r.choice(("Inwonende kinderen", "Kinderen", "Overige gezinsleden")))
    rows = [f"{d.name(r.random() < 0.5)}, {d.dob(2001, 2019)}" for _ in range(r.randint(2, 3))]
    contacts = [f"- {d.name(False)} ({d.kept(r.choice(('zus', 'oom', 'buurvrouw', 'moeder')))}): {_phone(d, r)}"]
    return "\n".join([head, *rows, "", d.kept("Noodcontacten"), *contacts])


def pipe_record(d: Doc, r: random.Random) -> str:
    cells = [
        d.name(),
        d.add(_bsn(r), "BSN"),
        d.add(_iban(r), "IBAN"),
        d.dob(1940, 2000),
        _phone(d, r),
    ]
    return d.kept("Export") + " " + d.kept("klantgegevens") + "\n" + " | ".join(cells)


def bank_lines(d: Doc, r: random.Random) -> str:
    rows = [d.kept("Afschrijvingen")]
    for _ in range(2):
        name = d.name()
        if r.random() < 0.5:
            name = name.upper()
            d.pii[-1]["text"] = name
        amount = d.kept(f"€ {r.randint(10, 900)},{r.randint(10, 99)}")
        iban = d.add(_iban(r), "IBAN")
        rows.append(f"{r.randint(1, 28)} {r.choice(MONTHS)}  {amount}  naar {iban}  {name}  omschrijving huur")
    return "\n".join(rows)


def corner(d: Doc, r: random.Random) -> str:
    a = d.add(r.choice(BARE_STREETS), "ADDRESS")
    b = d.add(r.choice([x for x in BARE_STREETS if x != a] + list(TWO_WORD_STREETS)), "ADDRESS")
    forms = (
        f"Sinds {d.kept('maandag')} ligt er op de hoek {a}/{b} een berg grofvuil.",
        f"De lantaarnpaal bij {a} hoek {b} is al weken {d.kept('kapot')}.",
        f"Op de hoek van de {a} en de {b} staat een {d.kept('container')} die niet wordt geleegd.",
        f"Melding: {d.kept('zwerfafval')} op de kruising {a}/{b}, graag opruimen.",
    )
    return r.choice(forms)


def linked(d: Doc, r: random.Random) -> str:
    a = d.add(r.choice(("Molenweg", "Stationsstraat", "Kerklaan", "Havenkade", "Dorpsstraat")), "ADDRESS")
    b = d.add(r.choice(BARE_STREETS), "ADDRESS")
    forms = (
        f"De bouwput tussen de {a} en het {b} is niet {d.kept('afgezet')}.",
        f"Het probleem speelt bij {b}, hoek {a}, waar de stoeptegels {d.kept('los')} liggen.",
    )
    return r.choice(forms)


def cue_address(d: Doc, r: random.Random) -> str:
    street = d.bare_street()
    addr = d.add(f"{street} {d.number()}", "ADDRESS")
    city = d.kept(r.choice(CITIES))
    forms = (
        f"Ondergetekende {d.name()}, wonende {addr}, {d.pc()} {city}, maakt {d.kept('bezwaar')} tegen het besluit.",
        f"wij wonen op {addr} ({d.pc()}) sinds {d.kept('12 jaar')} en nu moeten we weg",
        f"{d.name()}, {addr}, {d.pc()} {city.upper()}",
        f"Straat + huisnr: {addr}\nPostcode: {d.pc()}\nWoonplaats: {city}",
        f"{d.kept('vergunning')}=bewoners; adres={addr}; {d.kept('ingang')}=1 {d.kept('maart 2026')}",
        f"{d.kept('Leerlingenvervoer')}: ophaaladres {addr} - {d.kept('contact')} {_phone(d, r)}",
        f'"{d.name()}","{addr}","{d.pc()}","{d.kept("Wmo")}"',
    )
    return r.choice(forms)


def keys_and_boxes(d: Doc, r: random.Random) -> str:
    city = r.choice(CITIES)
    box = d.kept(f"Postbus {r.randint(10, 19999)}")
    team = d.kept(f"{r.choice(('wijkteams', 'meldingen', 'klachten', 'vergunningen'))}@{city.lower()}.nl")
    street = d.add(f"{r.choice(('Molenweg', 'Kerklaan', 'Dorpsstraat'))} {r.randint(1, 99)}", "ADDRESS")
    forms = (
        f"IBAN: {d.add(_iban(r), 'IBAN')}\n{d.kept('Incassant')}: gemeente {city}, {box}",
        f"From: {d.name()} <{d.add(f'mail{r.randint(100, 999)}@example.nl', 'EMAIL')}>\nTo: {team}\nSubject: melding",
        f"{d.kept('Adres moeder')}: {street}\n{d.kept('Adres vader')}: {d.kept('onbekend')}",
        f"{d.kept('Aanwezig')}: {d.kept('Fam.')} {d.add(r.choice(LAST), 'PERSON')} en {d.name()}",
        f"Stuur het formulier naar {box}, {d.pc()} {city} of mail naar {team}.",
    )
    return r.choice(forms)


def dash_phones(d: Doc, r: random.Random) -> str:
    n = f"{r.randint(10000000, 99999999)}"
    dash = r.choice(("–", "—"))
    local = d.add(r.choice((f"06 {dash} {n}", f"020 {dash} {n[:7]}", f"06{dash}{n}")), "PHONE")
    cc = r.choice(("212", "48", "40", "33"))  # nine digits after the country code there
    foreign = d.add(
        f"+{cc} {r.randint(1, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        "PHONE",
    )
    forms = (
        f"Bel mij terug op {local}, {d.kept('liefst')} na {d.kept('17 uur')}.",
        f"{d.kept('datum')}\t{d.kept('melder')}\t{d.kept('telefoon')}\n{d.kept('3 mei')}\t{d.name()}\t{foreign}",
        f"Mijn familie is bereikbaar op {foreign} en ikzelf op {local}.",
    )
    return r.choice(forms)


SUFFIX_STREETS = ("Zwanengaarde", "Elzenrode", "Wilgenhage", "Berkenhout", "Vlasakker", "Esdoornhof", "Kievitsweide")


def in_street(d: Doc, r: random.Random) -> str:
    street = d.add(r.choice(SUFFIX_STREETS + ("Nieuwe Gracht", "Oude Vaart", "Lange Hoeven")), "ADDRESS")
    pair = f"{r.choice(('Oude', 'Nieuwe', 'Korte'))} {r.choice(('Vaart', 'Gracht', 'Haven', 'Markt'))}"
    forms = (
        f"Wel kunnen wij melden dat de familie uit {street} een {d.kept('passende woning')} heeft.",
        f"Klopt het dat een inwoner van de {street} meer dan een jaar moest {d.kept('wachten')}?",
        f"Wij begrijpen dat de situatie in de {street} u veel zorgen geeft; de {d.kept('Tweede Kamer')} is ingelicht.",
        f"Sinds de herinrichting van de {street} kom ik niet meer bij de {d.kept('Belastingdienst')}.",
        f"De {d.kept('bakkerij')} aan de {d.add(pair, 'ADDRESS')} is {d.kept('dicht')}.",
    )
    return r.choice(forms)


FAMILIES: tuple[tuple[str, Callable[[Doc, random.Random], str]], ...] = (
    ("household", household),
    ("tabfields", tab_fields),
    ("leader", leader_form),
    ("sql", sql_insert),
    ("streetcol", street_column),
    ("calllist", call_list),
    ("kin", kin_list),
    ("pipe", pipe_record),
    ("bank", bank_lines),
    ("corner", corner),
    ("linked", linked),
    ("cueaddr", cue_address),
    ("keys", keys_and_boxes),
    ("phones", dash_phones),
    ("instreet", in_street),
)


def main(per_family: int = 16, seed: int = 6306) -> None:
    rng = random.Random(seed)
    rows = []
    for fam, make in FAMILIES:
        for i in range(per_family):
            d = Doc(rng)
            text = make(d, rng)
            keep = [k for k in dict.fromkeys(d.keep) if k in text]
            rows.append({"id": f"st3-{fam}-{i:02d}", "text": text, "pii": d.pii, "keep": keep})
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(f"{len(rows)} documents -> {OUT}")


if __name__ == "__main__":
    main()
