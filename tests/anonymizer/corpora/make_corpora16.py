"""Generate the own corpus ``identifiers16.jsonl``: structured identifiers written the way municipal text writes them
and that no earlier corpus held, beside ordinary dates, amounts, numbers and words that must stay (issue 10, round
nine, H4; written before any leak of holdout8 was read, so its first score is an unseen figure).

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora16

Standard library only, deterministic (seed 20261204). BSNs pass the eleven test, IBANs the mod-97 check. Families
(``family`` in each id):

- ``dob``: birth dates after a weekday, as "de 12e maart", with spaced or run-together digits, month and year only,
  "d.d.", reversed ("op 12-3-1985 geboren"), English field names, dotted leaders, date-and-place fields, an age beside;
- ``case``: case numbers of document systems ("U26.012345", "Z.2026.00123", "HZ_WABO-26-01234", "OLO 1234567"),
  customer and debtor numbers, after cues as "zaak-id", "onze referentie", "in uw brief met kenmerk", in mail subjects;
- ``pc``: postcodes run together, in lower case, with a dash, with "NL-", with two spaces, beside a house number;
- ``addr``: abbreviated streets ("Kerkstr.", "Burg."), ordinal streets ("2e ..."), "nr."/"no.", ranges ("12-14",
  "12 t/m 18"), floors, lower case, corners, "Laan van ...", streets ending in a compass word;
- ``phone``, ``iban``, ``bsn``, ``plate``, ``mail``: other spellings (dots, brackets, "+31 (0)6", Belgian and German
  numbers, lower-case IBANs, 8-digit BSNs, plates without dashes, mail headers, lower case);
- ``keep``: dates, amounts, times, percentages, law articles, public numbers, "2024 WW", ordinary capitalised words.

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from tests.anonymizer.corpora.score import check_doc, family_docs, write_corpus

OUT = Path(__file__).resolve().parent / "identifiers16.jsonl"

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
FIRST = ["Hendrikje", "Boudewijn", "Anouk", "Mehmet", "Joanna", "Sipke", "Fatoumata", "Arjen", "Lotte", "Bilal",
         "Wietske", "Dimitri", "Chantal", "Reza", "Gerda", "Mohamed", "Liselot", "Tomasz", "Ymke", "Kofi"]  # fmt: skip
LAST = ["Veldhuizen", "Postma", "Karaca", "Lindeboom", "Achterberg", "Sarmo", "Wiersma", "El Idrissi", "Bosschaart",
        "Nowak", "Ruitenberg", "Kuipers", "Mensah", "Hofstede", "Dijkhuis", "Yılmaz", "Brandsma",
        "Terpstra"]  # fmt: skip
TOWNS = ["Apeldoorn", "Drachten", "Roermond", "Hoorn", "Gorinchem", "Winterswijk", "Den Helder", "Etten-Leur",
         "Nijkerk", "Kampen"]  # fmt: skip
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SUFFIX = ["gracht", "dijk", "steeg", "erf", "hof", "plantsoen", "wal", "haven", "markt", "dreef", "kamp", "akker"]
STEM = ["Heeren", "Achter", "Molen", "Bleek", "Linden", "Zuider", "Brouwers", "Vissers", "Koren", "Hooi", "Elzen",
        "Raven"]  # fmt: skip
ABBR_STREETS = [("Kerkstr.", "Kerkstraat"), ("Burg. Roellstraat", ""), ("Prof. Lorentzlaan", ""),
                ("Stationsstr.", ""), ("Ds. Boomsmalaan", ""), ("Mgr. Nolensplein", ""), ("Dorpsstr.", ""),
                ("Pr. Bernhardln.", ""), ("Wethouder Jansenstr.", "")]  # fmt: skip
ORDINAL_STREETS = ["2e Kostverlorenkade", "1e Jacob van Campenstraat", "Tweede Tuindwarsstraat", "3e Hasselaerstraat",
                   "Eerste Weteringdwarsstraat", "2e Sweelinckstraat"]  # fmt: skip
LAAN_STREETS = [
    "Laan van Westenenk",
    "Laan van Vollenhove",
    "Ringbaan-Oost",
    "Rijksstraatweg",
    "Hof van Delft",
    "Ring Noord",
    "Vaartweg Zuid",
    "Achter de Hoven",
    "Buiten de Veste",
    "Laan der Verenigde Naties",
]
MAIL_HOSTS = ["gmail.com", "hotmail.com", "kpnplanet.nl", "ziggo.nl", "icloud.com", "home.nl", "telfort.nl"]


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _birth(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1940, 2012), r.randint(1, 12), r.randint(1, 28)


def letter_date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d}-{m}-{y}"])


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {"id": f"i16-{family}-{n:03d}", "text": text, "pii": [{"text": t, "label": lab} for t, lab in pii],
            "keep": keep}  # fmt: skip


def _persons(*names: str) -> list[tuple[str, str]]:
    return [(x, "PERSON") for x in names]


def _bsn(r: random.Random) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10 and (d[0] or d[1]):
            return "".join(map(str, d)) + str(last)


def _iban(r: random.Random, country: str = "NL") -> str:
    if country == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB"]) + "0" + _digits(r, 9)
    elif country == "BE":
        bban = _digits(r, 12)
    else:
        bban = _digits(r, 18)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def _grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def _postcode(r: random.Random) -> tuple[str, str]:
    """(digits, letters) of a postcode."""
    return str(r.randint(1000, 9999)), r.choice(PC_LETTERS) + r.choice(PC_LETTERS)


# ---------------------------------------------------------------------------------------------------- families


def dob(r: random.Random, n: int) -> dict:
    y, m, d = _birth(r)
    yy = f"{y % 100:02d}"
    o, name, town = letter_date(r), _name(r), r.choice(TOWNS)
    wd = r.choice(DAYS)
    forms = [
        (f"{wd} {d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]} {y}"),
        (f"de {d}e {MONTHS[m - 1]} {y}", f"{d}e {MONTHS[m - 1]} {y}"),
        (f"{d:02d} {m:02d} {y}", f"{d:02d} {m:02d} {y}"),
        (f"{d:02d}{m:02d}{y}", f"{d:02d}{m:02d}{y}"),
        (f"{d:02d}-{m:02d}-{y}", f"{d:02d}-{m:02d}-{y}"),
        (f"{d}-{m}-'{yy}", f"{d}-{m}-'{yy}"),
        (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {y}"),
        (f"{d} {MONTHS[m - 1][:3]} {y}", f"{d} {MONTHS[m - 1][:3]} {y}"),
        (f"{y}/{m:02d}/{d:02d}", f"{y}/{m:02d}/{d:02d}"),
        (f"{d}-{MONTHS[m - 1]}-{y}", f"{d}-{MONTHS[m - 1]}-{y}"),
    ]
    shown, b = r.choice(forms)
    t = r.choice(
        [
            "Cliënt is geboren op {shown} en woont sinds {o} zelfstandig.",
            "{name} (geboren d.d. {shown}) heeft op {o} een aanvraag gedaan.",
            "Date of birth: {shown}\nDate of application: {o}",
            "DOB {shown} / intake {o}",
            "Geboortedatum ........ {shown}\nDatum aanvraag ....... {o}",
            "Geboortedatum en -plaats: {shown}, {town}\nDatum melding: {o}",
            "Geb.datum/plaats: {shown} / {town}",
            "Uit de BRP blijkt dat {name} op {shown} geboren is; de verhuizing is op {o} verwerkt.",
            "Mevrouw is 41 jaar (geboortedatum {shown}). Het gesprek was op {o}.",
            "Naam kind: {name}\nGeboren: {shown}\nSchool: basisschool De Regenboog\nAanmelddatum: {o}",
            "Mijn moeder, geboren {shown} in {town}, is op {o} opgenomen.",
            "Aanvrager {name}, geb. {shown}, verzoekt om kwijtschelding (brief van {o}).",
            "Geboortedatum (dd-mm-jjjj): {shown}\nDagtekening: {o}",
            "- geboortedatum: {shown}\n- datum besluit: {o}\n- bedrag: € 312,50",
            "Betrokkene {name} (geboren: {shown}) is op {o} ingeschreven op het adres.",
        ]
    )
    text = t.format(shown=shown, o=o, name=name, town=town)
    pii = [(b, "DATE_OF_BIRTH")] + (_persons(name) if "{name}" in t else [])
    keep = [w for w in (o, "€ 312,50", "41 jaar", "De Regenboog") if w in text]
    return _doc("dob", n, text, pii, keep)


def case_number(r: random.Random) -> str:
    y = r.choice([2024, 2025, 2026])
    yy = y % 100
    return r.choice(
        [
            f"U{yy}.{_digits(r, 6)}",
            f"I{yy}.{_digits(r, 5)}",
            f"Z.{y}.{_digits(r, 5)}",
            f"Z{y}-{_digits(r, 6)}",
            f"UIT-{y}-{_digits(r, 5)}",
            f"INK{yy}.{_digits(r, 5)}",
            f"GW/{y}/{_digits(r, 6)}",
            f"HZ_WABO-{yy}-{_digits(r, 5)}",
            f"OLO {_digits(r, 7)}",
            f"{y}-{_digits(r, 7)}-{r.choice(['WMO', 'JZ', 'PW', 'BB'])}",
            f"VTH-{y}-{_digits(r, 4)}",
            f"JZ.{yy}.{_digits(r, 4)}",
            f"DOS-{y}-{_digits(r, 4)}",
            f"{yy}U{_digits(r, 6)}",
            f"{_digits(r, 4)}-{_digits(r, 2)}-{_digits(r, 3)}",
            f"bz{y}{_digits(r, 4)}",
        ]
    )


def case(r: random.Random, n: int) -> dict:
    o = letter_date(r)
    k = r.randrange(5)
    if k == 0:
        c = f"{_digits(r, 7)}"
        t = r.choice(["Uw klantnummer is {c}.", "Debiteurnummer: {c}\nFactuurdatum: {o}", "relatienummer {c}"])
    else:
        c = case_number(r)
        t = r.choice(
            [
                "Zaak-id: {c}",
                "Zaak ID {c} – status: in behandeling sinds {o}",
                "Onze referentie: {c}\nUw referentie: -",
                "In uw brief met kenmerk {c} van {o} vraagt u om uitstel.",
                "Onderwerp: RE: [Zaak {c}] aanvraag tegemoetkoming",
                "Bij de beschikking van {o}, kenmerk {c}, is € 540,00 toegekend.",
                "Uw bezwaarschrift (registratienummer {c}) is ontvangen op {o}.",
                "Bezwaarnummer: {c} | Hoorzitting: {o}",
                "Ticket #{c} is gesloten.",
                "verzoeknummer {c} (Wet open overheid)",
                "Documentnummer {c} - pagina 2 van 3",
                "Wilt u bij correspondentie altijd {c} vermelden?",
                "Volgnummer: {c}\nBehandelaar: team Vergunningen",
                "Omgevingsvergunning, aanvraagnummer {c}, ingediend op {o}.",
                "zaak {c}: huurachterstand, dossier overgedragen aan het wijkteam",
            ]
        )
    text = t.format(c=c, o=o)
    keep = [w for w in (o, "€ 540,00", "pagina 2 van 3", "Wet open overheid", "team Vergunningen", "wijkteam")
            if w in text]  # fmt: skip
    return _doc("case", n, text, [(c, "CASE_NUMBER")], keep)


def pc(r: random.Random, n: int) -> dict:
    dg, le = _postcode(r)
    town, h, o = r.choice(TOWNS), r.randint(1, 199), letter_date(r)
    shown = r.choice([f"{dg}{le}", f"{dg} {le.lower()}", f"{dg}{le.lower()}", f"{dg}-{le}", f"NL-{dg} {le}",
                      f"{dg}  {le}", f"{dg} {le}"])  # fmt: skip
    t = r.choice(
        [
            "ik woon in {pc} nummer {h}, kunt u langskomen?",
            "Postcode + huisnummer: {pc} {h}",
            "Postcode/huisnr: {pc} / {h}\nDatum: {o}",
            "woonachtig te {pc} {town}",
            "pc: {pc}; hnr: {h}",
            "postcode;huisnummer;datum\n{pc};{h};{o}",
            "Adres onbekend, alleen postcode {pc} bekend (melding {o}).",
            "Correspondentieadres: Postbus {h}, {pc} {town}",
            "Het gaat om de woning met postcode {pc} en huisnummer {h}.",
            "Verhuisd per {o} naar {pc} {town}.",
        ]
    )
    text = t.format(pc=shown, h=h, town=town, o=o)
    keep = [w for w in (o,) if w in text]
    return _doc("pc", n, text, [(shown, "POSTCODE")], keep)


def _suffix_street(r: random.Random) -> str:
    return r.choice(STEM) + r.choice(SUFFIX)


def addr(r: random.Random, n: int) -> dict:
    o, town, name = letter_date(r), r.choice(TOWNS), _name(r)
    h = r.randint(2, 180)
    k = n % 14
    pii: list[tuple[str, str]]
    if k == 0:
        s = r.choice(ABBR_STREETS)[0]
        a = f"{s} {h}"
        text = f"De melding betreft de stoep voor {a} in {town} (gemeld op {o})."
        pii = [(a, "ADDRESS")]
    elif k == 1:
        s = r.choice(ORDINAL_STREETS)
        a = f"{s} {h}"
        text = f"Sinds {o} staat er een aanhangwagen voor {a}."
        pii = [(a, "ADDRESS")]
    elif k == 2:
        s = _suffix_street(r)
        a = f"{s} nr. {h}"
        text = f"De familie woont op de {a}; de buren hebben geklaagd over stank."
        pii = [(a, "ADDRESS")]
    elif k == 3:
        s = _suffix_street(r)
        a = f"{s} no. {h}"
        text = f"Adres: {a}, {town}\nDatum: {o}"
        pii = [(a, "ADDRESS")]
    elif k == 4:
        s = r.choice(LAAN_STREETS)
        a = f"{s} {h}-{h + 2}"
        text = f"Het pand {a} wordt gesplitst in vier appartementen."
        pii = [(a, "ADDRESS")]
    elif k == 5:
        s = _suffix_street(r)
        a = f"{s} {h} t/m {h + 6}"
        text = f"Bij de woningen {a} is de riolering verstopt."
        pii = [(a, "ADDRESS")]
    elif k == 6:
        s = r.choice(LAAN_STREETS)
        a = f"{s} {h}"
        text = f"{name} woont op {a}, 3e etage, en heeft geen lift."
        pii = [(a, "ADDRESS"), *_persons(name)]
    elif k == 7:
        s = _suffix_street(r).lower()
        a = f"{s} {h}"
        text = f"hoi, er ligt al een week grofvuil bij {a}, wanneer wordt het opgehaald?"
        pii = [(a, "ADDRESS")]
    elif k == 8:
        s1, s2 = _suffix_street(r), r.choice(LAAN_STREETS)
        text = f"Op de hoek {s1}/{s2} is de verkeerslamp kapot."
        pii = [(s1, "ADDRESS"), (s2, "ADDRESS")]
    elif k == 9:
        s1, s2 = _suffix_street(r), _suffix_street(r)
        text = f"De bewoner van de hoek van de {s1} en de {s2} meldt overlast op {o}."
        pii = [(s1, "ADDRESS"), (s2, "ADDRESS")]
    elif k == 10:
        s = r.choice(ABBR_STREETS)[0]
        a = f"{s} {h}"
        dg, le = _postcode(r)
        text = f"{name}\n{a}\n{dg}{le} {town.upper()}"
        pii = [(a, "ADDRESS"), *_persons(name), (f"{dg}{le}", "POSTCODE")]
    elif k == 11:
        s = r.choice(LAAN_STREETS)
        a = f"{s} {h}"
        text = f"Inschrijving op {a} te {town} is per {o} beëindigd."
        pii = [(a, "ADDRESS")]
    elif k == 12:
        s = _suffix_street(r)
        a = f"{s} {h}"
        text = f"Het perceel achter {a} is eigendom van de gemeente."
        pii = [(a, "ADDRESS")]
    else:
        s = r.choice(ORDINAL_STREETS)
        text = f"Ter hoogte van huisnummer {h} op de {s} staat een fietswrak."
        pii = [(s, "ADDRESS")]
    keep = [w for w in (o, "vier appartementen", "3e etage", "grofvuil") if w in text]
    return _doc("addr", n, text, pii, keep)


def phone(r: random.Random, n: int) -> dict:
    d8 = _digits(r, 8)
    net = r.choice(["20", "30", "40", "50", "70", "10", "38", "58", "71", "76"])
    sub = _digits(r, 7)
    p = r.choice(
        [
            f"06.{d8[:2]}.{d8[2:4]}.{d8[4:6]}.{d8[6:]}",
            f"+31 (0)6 {d8[:4]} {d8[4:]}",
            f"+31(0)6-{d8}",
            f"0031 6 {d8}",
            f"(0{net}) {sub[:3]} {sub[3:5]} {sub[5:]}",
            f"0{net} - {sub[:3]} {sub[3:]}",
            f"06 - {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}",
            f"+32 4{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
            f"+49 15{_digits(r, 1)} {_digits(r, 8)}",
            f"0612 {d8[2:5]} {d8[5:]}",
            f"06/{d8}",
            f"+316{d8}",
        ]
    )
    o = letter_date(r)
    t = r.choice(
        [
            "Bel me gerust op {p}, ik ben na 17.00 uur thuis.",
            "mobiel: {p} (ook WhatsApp)",
            "Telefonisch bereikbaar via {p}. Gesprek gepland op {o}.",
            "Contactpersoon: {name}, tel. {p}",
            "Terugbelnummer {p} – graag vóór {o}",
            "T {p} | E via het contactformulier",
            "Het nummer van haar dochter is {p}.",
        ]
    )
    name = _name(r)
    text = t.format(p=p, o=o, name=name)
    pii = [(p, "PHONE")] + (_persons(name) if "{name}" in t else [])
    keep = [w for w in (o, "17.00 uur", "WhatsApp", "contactformulier") if w in text]
    return _doc("phone", n, text, pii, keep)


def iban(r: random.Random, n: int) -> dict:
    country = r.choice(["NL", "NL", "NL", "BE", "DE"])
    raw = _iban(r, country)
    shown = r.choice([raw, _grouped(raw), _grouped(raw).lower(), raw[:2] + " " + raw[2:4] + " " + raw[4:]])
    name, o = _name(r), letter_date(r)
    t = r.choice(
        [
            "Gaarne het bedrag van € 75,00 overmaken naar {i} t.n.v. {name}.",
            "rekeningnr: {i}",
            "IBAN (bankrekeningnummer): {i}\nDatum: {o}",
            "De toeslag wordt gestort op rekening {i}.",
            "Mijn nieuwe rekeningnummer is {i}, wilt u dat aanpassen per {o}?",
            "Bankgegevens: {i} / BIC volgt",
        ]
    )
    text = t.format(i=shown, name=name, o=o)
    pii = [(shown, "IBAN")] + (_persons(name) if "{name}" in t else [])
    keep = [w for w in (o, "€ 75,00") if w in text]
    return _doc("iban", n, text, pii, keep)


def bsn(r: random.Random, n: int) -> dict:
    b = _bsn(r)
    forms = [b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
             f"{b[:3]}.{b[3:6]}.{b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"]  # fmt: skip
    shown = b[1:] if b[0] == "0" else r.choice(forms)
    name, o = _name(r), letter_date(r)
    t = r.choice(
        [
            "BSN-nummer: {b}",
            "burgerservicenummer {b} (partner)",
            "Sofinummer van de aanvrager: {b}",
            "{name}, bsn {b}, heeft op {o} een aanvraag gedaan.",
            "BSN;naam\n{b};{name}",
            "Het BSN van haar zoon is {b}.",
            "Persoonsgegevens: {name} - BSN: {b} - aanvraag {o}",
        ]
    )
    text = t.format(b=shown, name=name, o=o)
    pii = [(shown, "BSN")] + (_persons(name) if "{name}" in t else [])
    keep = [w for w in (o,) if w in text]
    return _doc("bsn", n, text, pii, keep)


def _plate(r: random.Random) -> str:
    def L(k: int) -> str:
        return "".join(r.choice(PLATE_LETTERS) for _ in range(k))

    return r.choice(
        [
            f"{L(2)}-{_digits(r, 3)}-{L(1)}",
            f"{_digits(r, 1)}-{L(3)}-{_digits(r, 2)}",
            f"{L(3)}-{_digits(r, 2)}-{L(1)}",
            f"{_digits(r, 2)}-{L(3)}-{_digits(r, 1)}",
            f"{L(1)}-{_digits(r, 3)}-{L(2)}",
            f"{_digits(r, 1)}-{L(2)}-{_digits(r, 3)}",
        ]
    )


def plate(r: random.Random, n: int) -> dict:
    p = _plate(r)
    shown = r.choice([p, p.lower(), p.replace("-", ""), p.replace("-", " ")])
    o = letter_date(r)
    t = r.choice(
        [
            "De bestelbus ({p}) staat al weken op het trottoir.",
            "parkeervergunning voor kenteken {p}, ingangsdatum {o}",
            "Kenteken voertuig: {p}\nOvertreding: foutparkeren",
            "ik heb een boete gekregen voor mijn auto {p} maar ik had een vergunning",
            "Het wrak met nummerbord {p} is op {o} weggesleept.",
            "Voertuig {p} (grijze Opel) staat op de invalidenplaats.",
        ]
    )
    text = t.format(p=shown, o=o)
    keep = [w for w in (o, "foutparkeren", "invalidenplaats", "trottoir") if w in text]
    return _doc("plate", n, text, [(shown, "LICENSE_PLATE")], keep)


def mail(r: random.Random, n: int) -> dict:
    first, last = r.choice(FIRST), r.choice(LAST).replace(" ", "")
    local = r.choice([f"{first.lower()}.{last.lower()}", f"{first[0].lower()}{last.lower()}{r.randint(60, 99)}",
                      f"{last.lower()}_{first.lower()}", f"fam.{last.lower()}"])  # fmt: skip
    local = local.replace("ı", "i")
    host = r.choice(MAIL_HOSTS)
    name = f"{first} {r.choice(LAST)}"
    o = letter_date(r)
    k = r.randrange(5)
    if k == 0:
        shown = f"{local}@{host}"
        text = f"Van: {name} <{shown}>\nVerzonden: {o}\nAan: info@gemeente.nl\nOnderwerp: vraag over afvalpas"
        pii = [(shown, "EMAIL"), *_persons(name)]
    elif k == 1:
        shown = f"{local}@{host}"
        text = f"mail mij op {shown} want mijn telefoon is kapot"
        pii = [(shown, "EMAIL")]
    elif k == 2:
        shown = f"{local}@{host}"
        text = f"E-mailadres: {shown.upper()}\nDatum: {o}"
        pii = [(shown, "EMAIL")]
    elif k == 3:
        shown = f"{local}@{host}"
        text = f"Op {o} schreef {shown}:\n> Wanneer wordt de container geleegd?"
        pii = [(shown, "EMAIL")]
    else:
        shown = f"mailto:{local}@{host}"
        text = f"[{name}]({shown}) heeft gereageerd op de enquête."
        pii = [(f"{local}@{host}", "EMAIL"), *_persons(name)]
    keep = [w for w in (o, "info@gemeente.nl", "afvalpas", "enquête") if w in text]
    return _doc("mail", n, text, pii, keep)


def keep(r: random.Random, n: int) -> dict:
    o, o2 = letter_date(r), letter_date(r)
    t = r.choice(
        [
            "Wie in 2024 WW ontving, kan vanaf {o} een aanvraag doen.",
            "De huur stijgt per {o} met 5,8% naar € 734,12 per maand.",
            "Spreekuur op dinsdag 14 januari 2025 van 9.00 tot 12.30 uur in de Bibliotheek.",
            "Volgens artikel 4:17 Awb is de dwangsom maximaal € 1.442,00.",
            "Het college besloot op {o} (besluitnummer 2026/311) en publiceerde op {o2}.",
            "Molenweg, Kerkplein en Markt zijn op {o} afgesloten voor de braderie.",
            "Agendapunt 7: Jaarrekening 2025 (bijlage 2, pagina 14).",
            "Het Wijkteam Noord is bereikbaar via 14 0318 of via www.gemeente.nl/wijkteam.",
            "In totaal 3.412 huishoudens ontvingen in 2025 de energietoeslag van € 800.",
            "De Voedselbank deelt elke vrijdag om 13.30 uur pakketten uit aan 120 gezinnen.",
            "Postcodegebied 1012 valt onder stadsdeel Centrum; zie de kaart van {o}.",
            "Versie 2.3 van het protocol geldt vanaf {o}; de vorige (versie 2.2) vervalt.",
            "Uw afspraak: {o} om 10.15 uur, balie 4, Stadskantoor.",
            "Schuldhulpverlening nam in week 37 van 2026 in totaal 58 aanvragen in behandeling.",
        ]
    )
    text = t.format(o=o, o2=o2)
    keeps = [w for w in (o, o2, "2024 WW", "5,8%", "€ 734,12", "14 januari 2025", "9.00 tot 12.30 uur", "Bibliotheek",
                         "artikel 4:17 Awb", "€ 1.442,00", "2026/311", "Markt", "braderie",
                         "Agendapunt 7", "Jaarrekening 2025", "bijlage 2", "pagina 14", "Wijkteam Noord", "14 0318",
                         "www.gemeente.nl/wijkteam", "3.412", "€ 800", "Voedselbank", "13.30 uur", "120 gezinnen",
                         "Postcodegebied 1012", "Centrum", "Versie 2.3", "versie 2.2", "10.15 uur", "balie 4",
                         "Stadskantoor", "Schuldhulpverlening", "week 37", "58 aanvragen") if w in text]  # fmt: skip
    return _doc("keep", n, text, [], list(dict.fromkeys(keeps)))


def _redrawn(fam: Callable[[random.Random, int], dict]) -> Callable[[random.Random, int], dict]:
    """``fam`` drawn again from the same stream while its document fails ``check_doc``."""

    def draw(r: random.Random, n: int) -> dict:
        for _ in range(50):
            d = fam(r, n)
            try:
                check_doc(d)
            except AssertionError:
                continue
            return d
        raise AssertionError(f"{fam.__name__} {n}: no document passes its check")

    return draw


FAMILIES = tuple(
    (_redrawn(fam), count)
    for fam, count in (
        (dob, 50),
        (case, 50),
        (pc, 30),
        (addr, 56),
        (phone, 24),
        (iban, 18),
        (bsn, 18),
        (plate, 18),
        (mail, 15),
        (keep, 28),
    )
)


def generate() -> list[dict]:
    """The corpus documents, each checked by ``check_doc``."""
    return family_docs(FAMILIES, 20261204)


def main() -> None:
    write_corpus(generate(), OUT)


if __name__ == "__main__":
    main()
