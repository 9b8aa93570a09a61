"""Generate H9's structured-identifier corpus, ``structured2.jsonl``: BSNs, postcodes, licence plates, case
numbers and street addresses in every spelling a clerk or a resident uses, in lists, tables, CSV, JSON, forms,
e-mails, minutes, chats, register extracts, payment batches and vertical tables; beside them numbers that are
NOT identifiers (amounts, dates, years, times, percentages, public service numbers, article numbers of laws,
house numbers) as keep words.

    .venv/bin/python -m tests.anonymizer.corpora.make_structured2   # needs faker to regenerate

Every identifier is generated (valid eleven-test BSNs, random sidecodes, random case numbers); streets and
places come from faker's nl_NL provider. Nothing here is taken from the shared dev files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "structured2.jsonl"

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = (
    "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD LL-DDD-L L-DDD-LL LLL-DD-L "
    "D-LL-DDD DDD-LL-D L-DD-LLL LLL-D-LL LL-D-LLL"
).split()
BSN_CUES = (
    "BSN",
    "bsn",
    "BSN:",
    "bsn-nr",
    "bsn-nr.",
    "BSN-nummer",
    "burgerservicenr.",
    "burgerservicenummer",
    "Burgerservicenummer (BSN):",
    "sofinr",
    "sofinummer",
    "sofi-nummer:",
    "bsn nr.",
    "BSN nr:",
    "persoonsnummer (BSN)",
)
CASE_CUES = (
    "zaaknummer",
    "Zaaknummer:",
    "zaaknr.",
    "zaak",
    "dossier",
    "dossiernummer",
    "ons kenmerk",
    "Ons kenmerk:",
    "uw kenmerk",
    "kenmerk:",
    "Kenmerk",
    "referentie",
    "ref.",
    "Ref:",
    "registratienummer",
    "aanvraagnummer",
    "beschikkingsnummer",
    "Beschikkingsnummer:",
    "onder nummer",
)
PLATE_CUES = ("kenteken", "Kenteken:", "auto met kenteken", "de bestelbus", "scooter", "kentekennummer", "nummerbord")
KEEP_SETS = (
    ("€ 1.250,00", "bedrag"),
    ("artikel 2.3.5", "Wmo"),
    ("14 020", "gemeente"),
    ("0800-0432", "gratis"),
    ("2024", "jaar"),
    ("12,5%", "procent"),
    ("10:30", "uur"),
    ("artikel 4:8", "Awb"),
    ("1 januari 2025", "ingang"),
    ("€ 37,50", "leges"),
    ("week 12", "planning"),
    ("artikel 7:1", "bezwaar"),
)


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        total = sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = total % 11
        if last < 10 and any(d):
            return "".join(map(str, d)) + str(last)


def spell_bsn(rng: random.Random, b: str) -> str:
    style = rng.randrange(9)
    if style == 1:
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if style == 2:
        return f"{b[:3]}.{b[3:6]}.{b[6:]}"
    if style == 3:
        return f"{b[:3]}-{b[3:6]}-{b[6:]}"
    if style == 4:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if style == 5:
        return f"{b[:4]} {b[4:6]} {b[6:]}"
    if style == 6 and b[0] == "0":
        return b[1:]  # leading zero dropped by a spreadsheet
    return b


def postcode(rng: random.Random) -> str:
    digits = str(rng.randint(1000, 9999))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2))
    sep = rng.choice(["", " ", " ", "-", "  "])
    pc = digits + sep + letters
    return pc.lower() if rng.random() < 0.35 else pc


def plate(rng: random.Random) -> str:
    code = rng.choice(SIDECODES)
    groups = [
        "".join(rng.choice(PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) for c in g) for g in code.split("-")
    ]
    style = rng.randrange(6)
    p = "-".join(groups)
    if style == 1:
        p = p.lower()
    elif style == 2:
        p = " ".join(groups)
    return p


def plate_nodash(rng: random.Random) -> str:
    p = plate(rng).replace("-", "").replace(" ", "")
    return p.lower() if rng.random() < 0.5 else p


def case_no(rng: random.Random) -> str:
    y2, y4 = rng.randint(18, 26), rng.randint(2018, 2026)
    forms = (
        f"Z/{y2}/{rng.randint(100000, 999999)}",
        f"Z-{y2}-{rng.randint(100000, 999999)}",
        f"{y4}-{rng.randint(0, 9999999):07d}",
        f"WMO-{y2}-{rng.randint(0, 99999):05d}",
        f"JW-{y2}-{rng.randint(0, 99999):05d}",
        f"PW/{y4}/{rng.randint(1000, 99999)}",
        str(rng.randint(1000000, 9999999)),
        f"ZK{y2}{rng.randint(100000, 999999)}",
        f"{y4}/{rng.randint(10000, 999999)}",
        f"BZ-{y4}-{rng.randint(100, 9999)}",
        f"OV-{y4}-{rng.randint(1000, 99999)}",
        f"z/{y2}/{rng.randint(100000, 999999)}",
        f"wmo-{y2}-{rng.randint(0, 99999):05d}",
        f"D{rng.randint(1000000, 9999999)}",
        f"{y4}.{rng.randint(10000, 99999)}",
        f"SZ {y4} {rng.randint(1000, 99999)}",
        f"HH-{rng.randint(100000, 999999)}",
        f"U{y2}.{rng.randint(10000, 99999)}",
    )
    return rng.choice(forms)


class Doc:
    def __init__(self, rng: random.Random, fake) -> None:
        self.rng, self.fake = rng, fake
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def add(self, text: str, label: str) -> str:
        self.pii.append({"text": text, "label": label})
        return text

    def bsn(self) -> str:
        return self.add(spell_bsn(self.rng, bsn(self.rng)), "BSN")

    def pc(self) -> str:
        return self.add(postcode(self.rng), "POSTCODE")

    def plate(self) -> str:
        return self.add(plate(self.rng), "LICENSE_PLATE")

    def plate_nodash(self) -> str:
        return self.add(plate_nodash(self.rng), "LICENSE_PLATE")

    def case(self) -> str:
        return self.add(case_no(self.rng), "CASE_NUMBER")

    def street(self, caps: bool = False) -> str:
        s = f"{self.fake.street_name()} {self.rng.randint(1, 240)}{self.rng.choice(['', '', '', 'a', 'B', '-2'])}"
        return self.add(s.upper() if caps else s, "ADDRESS")

    def city(self, caps: bool = False) -> str:
        c = self.fake.city()
        return c.upper() if caps else c

    def keeps(self) -> str:
        a, b = self.rng.choice(KEEP_SETS)
        self.keep += [a, b]
        return f"({b}: {a})"


def _t_sentence(d: Doc, r: random.Random) -> str:
    return (
        f"De bewoner gaf {r.choice(BSN_CUES)} {d.bsn()} op bij de balie. Het gaat om {r.choice(CASE_CUES)} "
        f"{d.case()}; de woning aan de {d.street()}, {d.pc()} {d.city()} is bezocht {d.keeps()}."
    )


def _t_csv(d: Doc, r: random.Random) -> str:
    rows = ["volgnr;bsn;postcode;kenteken;zaak"]
    for i in range(r.randint(2, 4)):
        rows.append(f"{i + 1};{d.bsn()};{d.pc()};{d.plate()};{d.case()}")
    return "Export parkeervergunningen " + d.keeps() + "\n" + "\n".join(rows)


def _t_csv_comma(d: Doc, r: random.Random) -> str:
    rows = ["BSN,Adres,Postcode,Woonplaats"]
    for _ in range(r.randint(2, 3)):
        rows.append(f"{d.bsn()},{d.street()},{d.pc()},{d.city()}")
    return "\n".join(rows) + "\nTotaal uitbetaald " + d.keeps()


def _t_json(d: Doc, r: random.Random) -> str:
    return (
        f'{{"bsn": "{d.bsn()}", "postcode": "{d.pc()}", "kenteken": "{d.plate()}", '
        f'"zaaknummer": "{d.case()}", "adres": "{d.street()}"}} {d.keeps()}'
    )


def _t_vertical(d: Doc, r: random.Random) -> str:
    lines = [
        "Gegevens aanvrager",
        "",
        "BSN",
        d.bsn(),
        "Straat en huisnummer",
        d.street(),
        "Postcode",
        d.pc(),
        "Woonplaats",
        d.city(),
        "Kenteken",
        d.plate(),
        "Zaaknummer",
        d.case(),
    ]
    return "\n".join(lines) + "\n" + d.keeps()


def _t_table(d: Doc, r: random.Random) -> str:
    rows = ["| BSN | Postcode | Kenteken | Kenmerk |", "|---|---|---|---|"]
    for _ in range(r.randint(2, 4)):
        rows.append(f"| {d.bsn()} | {d.pc()} | {d.plate()} | {d.case()} |")
    return "Overzicht ontheffingen " + d.keeps() + "\n\n" + "\n".join(rows)


def _t_tabs(d: Doc, r: random.Random) -> str:
    rows = ["BSN\tPOSTCODE\tADRES"]
    for _ in range(r.randint(2, 3)):
        rows.append(f"{d.bsn()}\t{d.pc()}\t{d.street(caps=True)}")
    return "\n".join(rows) + "\n" + d.keeps()


def _t_caps_letter(d: Doc, r: random.Random) -> str:
    return (
        f"AAN DE BEWONERS VAN\n{d.street(caps=True)}\n{d.add(postcode(r).upper(), 'POSTCODE')} {d.city(caps=True)}\n\n"
        f"ONS KENMERK: {d.case()}\nUW BSN: {d.bsn()}\n\nGeachte bewoner, {d.keeps()}"
    )


def _t_mail(d: Doc, r: random.Random) -> str:
    return (
        f"Onderwerp: Re: {r.choice(CASE_CUES)} {d.case()}\n\nGoedemiddag,\n\nMijn {r.choice(BSN_CUES)} is "
        f"{d.bsn()} en ik woon op {d.street()} in {d.city()} ({d.pc()}). Mijn auto ({d.plate()}) kreeg een "
        f"naheffing. {d.keeps()}\n\nMet vriendelijke groet"
    )


def _t_chat(d: Doc, r: random.Random) -> str:
    return (
        f"[10:02] inwoner: hoi, mijn kenteken is {d.plate_nodash()}\n[10:03] medewerker: en uw postcode?\n"
        f"[10:03] inwoner: {d.pc()}\n[10:04] medewerker: bsn ook graag\n[10:05] inwoner: {d.bsn()}\n"
        f"[10:06] medewerker: dank u, ik zet het bij zaak {d.case()} {d.keeps()}"
    )


def _t_minutes(d: Doc, r: random.Random) -> str:
    return (
        f"Verslag overleg {d.keeps()}\n1. Opening\n2. Dossier {d.case()}: bezwaar tegen beschikking "
        f"{d.case()} besproken. Bewoner {d.street()} ({d.pc()}) wacht al lang.\n3. Rondvraag: de "
        f"bestelbus {d.plate()} staat weer op de stoep."
    )


def _t_register(d: Doc, r: random.Random) -> str:
    return (
        f"UITTREKSEL BASISREGISTRATIE PERSONEN\nBurgerservicenummer ........ {d.bsn()}\n"
        f"Adres ....................... {d.street()}\nPostcode/woonplaats ........ {d.pc()} {d.city()}\n"
        f"Registratienummer ........... {d.case()}\n{d.keeps()}"
    )


def _t_payment(d: Doc, r: random.Random) -> str:
    rows = ["Betaalbatch bijzondere bijstand"]
    for _ in range(r.randint(2, 4)):
        amount = f"€ {r.randint(20, 900)},{r.randint(0, 99):02d}"
        d.keep.append(amount)
        rows.append(f"- {d.bsn()} | {amount} | kenmerk {d.case()}")
    return "\n".join(rows)


def _t_form(d: Doc, r: random.Random) -> str:
    return (
        f"Aanvraagformulier gehandicaptenparkeerkaart\nBSN-nr: {d.bsn()}\nAdres: {d.street()}, {d.pc()} "
        f"{d.city()}\nKenteken voertuig: {d.plate()}\nAanvraagnummer: {d.case()}\n{d.keeps()}"
    )


def _t_plate_cue(d: Doc, r: random.Random) -> str:
    return (
        f"Handhaving zag {r.choice(PLATE_CUES)} {d.plate_nodash()} en de {r.choice(PLATE_CUES)} {d.plate()} "
        f"bij de {d.street()}. {d.keeps()}"
    )


def _t_nocue(d: Doc, r: random.Random) -> str:
    return (
        f"{d.add(d.fake.first_name(), 'PERSON')} heeft {d.bsn()} als nummer, {d.street()}, {d.pc()}, "
        f"en rijdt in {d.plate()}. "
        f"{d.keeps()}"
    )


def _t_address_line(d: Doc, r: random.Random) -> str:
    return f"Bezoekadres: {d.street()} {d.pc()} {d.city()} {d.keeps()}"


TEMPLATES = (
    _t_sentence,
    _t_csv,
    _t_csv_comma,
    _t_json,
    _t_vertical,
    _t_table,
    _t_tabs,
    _t_caps_letter,
    _t_mail,
    _t_chat,
    _t_minutes,
    _t_register,
    _t_payment,
    _t_form,
    _t_plate_cue,
    _t_nocue,
    _t_address_line,
)


def case_prose(rng: random.Random) -> str:
    y2, y4 = rng.randint(18, 26), rng.randint(2018, 2026)
    return rng.choice(
        (
            f"{y4}-{rng.randint(0, 9999999):07d}",
            f"{y2}/{rng.randint(10000, 99999)}",
            f"ABC/{y4}/{rng.randint(100, 9999)}",
            f"{y2}.{rng.randint(10000, 999999)}",
            f"B-{y4}-{rng.randint(1000, 9999)}",
            f"AV{y4}-{rng.randint(0, 99999):05d}",
            f"R {y4} {rng.randint(1000, 9999)}",
            f"Z{y2}-{rng.randint(100000, 999999)}",
            f"{rng.randint(1000000, 9999999)}",
            f"WMO-{y2}-{rng.randint(0, 99999):05d}",
            f"jz{y2}.{rng.randint(1000, 99999)}",
            f"{rng.randint(100, 999)}-{rng.randint(1000, 99999)}",
        )
    )


def _t_prose_cases(d: Doc, r: random.Random) -> str:
    c1, c2, c3 = (d.add(case_prose(r), "CASE_NUMBER") for _ in range(3))
    return (
        f"Naar aanleiding van uw brief ({r.choice(CASE_CUES)} {c1}) laten wij weten dat {r.choice(CASE_CUES)} "
        f"{c2} is samengevoegd met {r.choice(CASE_CUES)}: {c3}. Zie {d.keeps()} en bel {d.keeps()}."
    )


def _t_grouped_bsn(d: Doc, r: random.Random) -> str:
    b = bsn(r)
    spelled = d.add(
        r.choice((f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:4]} {b[4:6]} {b[6:]}")), "BSN"
    )
    dob = d.add(f"{r.randint(1, 28)}-{r.randint(1, 12)}-19{r.randint(40, 99)}", "DATE_OF_BIRTH")
    return (
        f"Aanvrager: {d.add(d.fake.last_name(), 'PERSON')}, geboren {dob}, "
        f"{spelled}, {d.street()}, {d.pc()} {d.city()}. {d.keeps()}"
    )


def _t_query(d: Doc, r: random.Random) -> str:
    return (
        f"Log: GET /api/personen?bsn={d.bsn()}&postcode={d.add(postcode(r).replace(' ', ''), 'POSTCODE')} "
        f"gaf 404. Daarna bsn={d.bsn()} opnieuw geprobeerd. {d.keeps()}"
    )


def _t_json_num(d: Doc, r: random.Random) -> str:
    b = bsn(r)
    b = d.add(b[1:] if b[0] == "0" else b, "BSN")
    return f'{{"persoon": {{"burgerservicenummer": {b}, "huisnummer": 12, "zaak_id": "{d.case()}"}}}} {d.keeps()}'


def _t_plate_lower(d: Doc, r: random.Random) -> str:
    p = plate(r).replace(" ", "-").lower()
    return (
        f"de {d.add(p, 'LICENSE_PLATE')} stond weer dubbel geparkeerd, net als {r.choice(PLATE_CUES)} "
        f"{d.plate_nodash()}. Ook de {d.add(plate(r).upper().replace('-', ' ').replace(' ', '-'), 'LICENSE_PLATE')}. "
        f"{d.keeps()}"
    )


def _t_caps_one_line(d: Doc, r: random.Random) -> str:
    return (
        f"RETOURADRES: {d.street(caps=True)} {d.add(postcode(r).upper(), 'POSTCODE')} {d.city(caps=True)}\n"
        f"Bewoner van {d.street()}, {d.pc()} {d.city()} meldt overlast. {d.keeps()}"
    )


def _t_header_above(d: Doc, r: random.Random) -> str:
    rows = ["BSN", "-" * 12]
    for _ in range(r.randint(2, 4)):
        rows.append(d.bsn())
    rows += ["", "Kenteken", "-" * 8, d.plate(), d.plate()]
    return "\n".join(rows) + "\n" + d.keeps()


TEMPLATES2 = (
    _t_prose_cases,
    _t_grouped_bsn,
    _t_query,
    _t_json_num,
    _t_plate_lower,
    _t_caps_one_line,
    _t_header_above,
)


KEEP_TRICKY = (
    ("1000kg", "De vrachtwagen van 1000kg mag de brug niet over."),
    ("2500 km", "Het busje reed 2500 km per maand."),
    ("14 0318", "Bel 14 0318 voor een afspraak."),
    ("0800-1234", "Of gratis via 0800-1234."),
    ("€ 123.456,00", "Het budget is € 123.456,00 dit jaar."),
    ("artikel 2.3.5", "Zie artikel 2.3.5 van de Wmo."),
    ("25%", "De korting is 25% voor minima."),
    ("2,5 uur", "Het gesprek duurde 2,5 uur."),
    ("09:15", "We beginnen om 09:15 in zaal 3."),
    ("week 41", "De brief gaat in week 41 de deur uit."),
    ("Wmo 2015", "Op grond van de Wmo 2015 is dit geregeld."),
    ("auto van 2019", "Het gaat om een auto van 2019."),
)


def _t_aligned(d: Doc, r: random.Random) -> str:
    rows = [f"{'Naam':<12}{'BSN':<14}{'Postcode':<10}"]
    for _ in range(r.randint(2, 3)):
        b = bsn(r)
        b = d.add(b[1:] if b[0] == "0" else b, "BSN")
        name = d.add(d.fake.last_name(), "PERSON")
        rows.append(f"{name:<12}  {b:<14}{d.add(postcode(r).lower(), 'POSTCODE'):<10}")
    return "\n".join(rows) + "\n" + d.keeps()


def _t_verb_cues(d: Doc, r: random.Random) -> str:
    return (
        f"mijn postcode is {d.add(postcode(r).lower(), 'POSTCODE')} en mijn kenteken is {d.plate_nodash()}. "
        f"Het gaat om de {d.add(plate(r).lower(), 'LICENSE_PLATE')}. {d.keeps()}"
    )


def _t_scheme_cases(d: Doc, r: random.Random) -> str:
    y2 = r.randint(18, 26)
    scheme = r.choice(("Wmo", "Jw", "Pw", "Tozo", "Bbz", "wmo", "tozo", "WMO", "BBZ"))
    c1 = d.add(f"{scheme}-{y2}-{r.randint(0, 99999):05d}", "CASE_NUMBER")
    c2 = d.add(f"{scheme.lower()}{y2}-{r.randint(100, 99999)}", "CASE_NUMBER")
    c3 = d.add(f"{scheme.upper()}/{2000 + y2}/{r.randint(100, 99999):05d}", "CASE_NUMBER")
    return f"{c1} is afgewezen; {c2} loopt nog en {c3} is gesloten. {d.keeps()}"


def _t_payment_line(d: Doc, r: random.Random) -> str:
    b = bsn(r)
    return (
        f"NL{r.randint(10, 99)}INGB000{r.randint(1000000, 9999999)} EUR {r.randint(10, 999)},{r.randint(0, 99):02d} "
        f"BSN{d.add(b, 'BSN')} {d.case()}\n{d.keeps()}"
    )


def _t_tricky_keep(d: Doc, r: random.Random) -> str:
    picks = r.sample(range(len(KEEP_TRICKY)), 3)
    d.keep += [KEEP_TRICKY[k][0] for k in picks]
    said = " ".join(KEEP_TRICKY[k][1] for k in picks)
    return f"{said} Zaaknummer {d.case()}, postcode {d.pc()}."


TEMPLATES3 = (_t_aligned, _t_verb_cues, _t_scheme_cases, _t_payment_line, _t_tricky_keep)


def main(n: int = 340, n2: int = 140, n3: int = 100, seed: int = 9090) -> None:
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    with OUT.open("w", encoding="utf-8") as fh:
        for i in range(n + n2 + n3):
            d = Doc(rng, fake)
            if i < n:
                text = TEMPLATES[i % len(TEMPLATES)](d, rng)
            elif i < n + n2:
                text = TEMPLATES2[i % len(TEMPLATES2)](d, rng)
            else:
                text = TEMPLATES3[i % len(TEMPLATES3)](d, rng)
            pii = [p for p in d.pii if p["text"] in text]
            assert len(pii) == len(d.pii), (text, d.pii)
            doc = {"id": f"st2-{i:04d}", "text": text, "pii": pii, "keep": d.keep}
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
