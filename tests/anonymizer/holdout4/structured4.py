"""holdout4_structured.jsonl: identifiers in lists, tables, forms, CSV, key: value blocks, JSON-ish, headers."""

from __future__ import annotations

from collections.abc import Callable

import pools4 as P
from core4 import Ctx
from shapes4 import SIGN_ROLES


def _iso(c: Ctx) -> str:
    return c.K(f"{c.rng.choice([2024, 2025, 2026])}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}")


def _time(c: Ctx) -> str:
    return f"{c.rng.randint(8, 17)}:{c.rng.choice(['00', '15', '30', '45'])}"


def f_keyvalue(c: Ctx) -> str:
    p = c.person()
    return (
        f"Naam: {p.full()}\nBSN: {c.bsn()}\nGeboortedatum: {c.dob(False)}\nAdres: {c.address()}\n"
        f"Postcode/plaats: {c.postcode()} {c.kp(P.TOWNS)}\nTelefoon: {c.phone()}\nE-mail: {p.email()}\n"
        f"IBAN: {c.iban()}\nRegeling: {c.kp(P.SCHEMES)}"
    )


def f_csv(c: Ctx) -> str:
    rows = ["naam;geboortedatum;bsn;telefoon;regeling"]
    for _ in range(c.rng.randint(2, 4)):
        p = c.person()
        rows.append(f"{p.full()};{c.dob(False)};{c.bsn()};{c.phone()};{c.kp(P.SCHEMES)}")
    return "\n".join(rows)


def f_markdown(c: Ctx) -> str:
    rows = ["| Naam | Adres | Telefoon | Zaak |", "|------|-------|----------|------|"]
    for _ in range(c.rng.randint(2, 3)):
        p = c.person()
        rows.append(f"| {p.initials()} | {c.address()} | {c.phone()} | {c.case()} |")
    return f"Overzicht {c.kp(P.TEAMS)}\n\n" + "\n".join(rows)


def f_json(c: Ctx) -> str:
    p = c.person()
    return (
        f'{{"melder": "{p.full()}", "bsn": "{c.bsn()}", "telefoon": "{c.phone()}", '
        f'"email": "{p.email()}", "kenteken": "{c.plate()}", "afdeling": "{c.kp(P.TEAMS)}", '
        f'"aangemaakt": "{_iso(c)}"}}'
    )


def f_mailheader(c: Ctx) -> str:
    r, o = c.person(), c.person()
    muni = c.rng.choice(["zwolle", "amersfoort", "deventer", "gouda"])
    return (
        f"Van: {r.full()} <{r.email()}>\nVerzonden: {c.date()} {_time(c)}\n"
        f"Aan: {o.full()} <{o.work_email(muni)}>\nCC: {c.kp(P.MUNI_MAILS)}\n"
        f"Onderwerp: RE: uw zaak {c.case()}\n\nzie bijlage, mijn bsn is {c.bsn()}"
    )


def f_formexport(c: Ctx) -> str:
    p = c.person(origin="dutch")
    ini = c.P("".join(w[0] + "." for w in p.first_name.split("-")))
    tv = f"Tussenvoegsel: {p.particle}\n" if p.particle else ""
    return (
        f"Formulier: Klacht\nIngediend op: {c.date()}\nVoorletters: {ini}\n{tv}"
        f"Achternaam: {c.P(p.surname)}\nStraat + huisnummer: {c.address()}\nPostcode: {c.postcode()}\n"
        f"Telefoonnummer: {c.phone()}\nOnderwerp: {c.kp(P.TEAMS)}"
    )


def f_parking(c: Ctx) -> str:
    return (
        f"Naheffingsaanslag parkeerbelasting\nKenteken: {c.plate()}\nDatum overtreding: {c.date()}\n"
        f"Aanslagnummer: {c.case()}\nBedrag: {c.K('€ 72,90')}\nBezwaar via {c.kp(P.MUNI_WWW)}"
    )


def f_household(c: Ctx) -> str:
    a, b, k = c.person(), c.person(), c.person()
    return (
        f"Samenstelling huishouden:\n- aanvrager: {a.full()} (geb. {c.dob()})\n"
        f"- partner: {b.full()}, {c.dob()}\n- kind: {k.given()} *{c.dob(young=True)}\n- inkomen: {c.kp(P.BODIES)}"
    )


def f_tsv(c: Ctx) -> str:
    rows = ["zaak\tdatum\tbehandelaar\tstatus"]
    for _ in range(c.rng.randint(2, 4)):
        rows.append(f"{c.case()}\t{_iso(c)}\t{c.person().initials()}\t{c.K(c.pick(['open', 'gesloten']))}")
    return "\n".join(rows)


def f_xml(c: Ctx) -> str:
    p = c.person()
    return (
        f"<verzoeker><naam>{p.full()}</naam><bsn>{c.bsn()}</bsn><geboortedatum>{c.dob(False)}"
        f"</geboortedatum><iban>{c.iban()}</iban><afdeling>{c.kp(P.TEAMS)}</afdeling></verzoeker>"
    )


def f_transfer(c: Ctx) -> str:
    p = c.person()
    return (
        f"Overboeking {c.K('€ 1.250,00')} van {c.iban()} t.n.v. {p.initials()} o.v.v. {c.case()}, uitgevoerd {c.date()}"
    )


def f_vcard(c: Ctx) -> str:
    p = c.person()
    return (
        f"BEGIN:VCARD\nFN:{p.full()}\nTEL;TYPE=cell:{c.phone('mobile')}\nTEL;TYPE=home:{c.phone('land')}\n"
        f"EMAIL:{p.email()}\nADR:;;{c.address()};{c.kp(P.TOWNS)};;{c.postcode()}\nEND:VCARD"
    )


def f_label(c: Ctx) -> str:
    p = c.person()
    return f"T.a.v. {p.formal(cap=True)}\n{c.address()}\n{c.postcode()}  {c.K(c.pick(P.TOWNS).upper())}"


def f_crm(c: Ctx) -> str:
    lines = []
    for _ in range(c.rng.randint(2, 4)):
        lines.append(
            f"{_iso(c)} | {c.case()} | {c.K(c.pick(['ontvangen', 'in_verkenning', 'opgelost']))} | "
            f"behandelaar: {c.person().full()}"
        )
    return "\n".join(lines)


def f_yaml(c: Ctx) -> str:
    p = c.person()
    return (
        f"verzoeker:\n  naam: {p.full()}\n  geboren: {c.dob(False)}\n  adres: {c.address()}\n"
        f'  postcode: {c.postcode()}\n  telefoon: "{c.phone()}"\nthema: {c.kp(P.SCHEMES)}'
    )


def f_ocr(c: Ctx) -> str:
    p = c.person()
    return (
        f"AANVRAAGFORMULIER {c.K('BIJZONDERE BIJSTAND')}\nAchternaam\n{p.sur()}\nVoornamen\n{p.given()}\n"
        f"Burgerservicenummer\n{c.bsn()}\nGeboortedatum\n{c.dob(False)}\nRekeningnummer (IBAN)\n{c.iban()}"
    )


def f_numbers(c: Ctx) -> str:
    return (
        f"Klantnummer: {c.case_plain(f'K-{c.rng.randint(10000, 99999)}')} | BSN {c.bsn()} | "
        f"relatie {c.case()} | contact via {c.kp(P.PUBLIC_NUMBERS)}"
    )


def f_appointment(c: Ctx) -> str:
    p = c.person()
    return (
        f"Afspraakbevestiging\nWanneer: {c.date()} om {_time(c)}\nWaar: {c.kp(P.BUILDINGS)}\n"
        f"Naam: {p.formal(cap=True)}\nTel: {c.phone()}\nVergeet uw legitimatie niet."
    )


def f_permit(c: Ctx) -> str:
    p = c.person()
    return (
        f"Aanvraag parkeervergunning bewoner\nAanvrager: {p.full()}\nKenteken 1: {c.plate()}\n"
        f"Kenteken 2: {c.plate()}\nAdres: {c.address()}\nIngangsdatum: {c.date()}"
    )


def f_handover(c: Ctx) -> str:
    lines = [f"Overdracht dossiers {c.kp(P.TEAMS)}:"]
    for _ in range(c.rng.randint(3, 5)):
        p = c.person()
        lines.append(f"  {c.case()}  {p.caps() if c.rng.random() < 0.4 else p.formal()}  -> {c.person().first()}")
    return "\n".join(lines)


def f_query(c: Ctx) -> str:
    p = c.person()
    while " " in p.surname or p.particle or " " in p.first_name:
        p = c.person()
    name = f"{c.P(p.first_name.lower())}+{c.P(p.surname.lower())}"
    return f"GET /zoek?naam={name}&bsn={c.bsn(plain=True)} 200 {_iso(c)}"


def f_signature(c: Ctx) -> str:
    o = c.person()
    muni = c.rng.choice(["zwolle", "amersfoort", "deventer", "gouda"])
    return (
        f"{o.full()}\n{c.kp(SIGN_ROLES)} {c.kp(P.TEAMS)}\nDirect: {c.phone('land')}\nMobiel: {c.phone('mobile')}\n"
        f"{o.work_email(muni)}\nAlgemeen: {c.kp(P.PUBLIC_NUMBERS)} | {c.kp(P.MUNI_MAILS)}"
    )


def f_phonelist(c: Ctx) -> str:
    lines = ["Telefoonlijst:"]
    for _ in range(c.rng.randint(3, 5)):
        lines.append(f"{c.person().full()} ..... {c.phone()}")
    lines.append(f"Storingen {c.kp(P.PUBLIC_NUMBERS)}")
    return "\n".join(lines)


def f_intake(c: Ctx) -> str:
    p = c.person()
    return (
        f"Intake {c.date()}\n[x] {c.K('Wmo')}  [ ] {c.K('Jeugdwet')}  [x] {c.K('schulden')}\n"
        f"Cliënt: {p.full()} (BSN {c.bsn()})\nGeb.datum: {c.dob(False)}\nVerwijzer: {c.kp(P.BODIES)}"
    )


def f_mandate(c: Ctx) -> str:
    a, b = c.person(), c.person()
    return (
        f"MACHTIGING\nOndergetekende {a.full()}, geboren {c.dob()}, BSN {c.bsn()},\nmachtigt hierbij "
        f"{b.full()}, geboren {c.dob()}, om namens hem/haar contact op te nemen met {c.kp(P.BODIES)}."
    )


def f_summary(c: Ctx) -> str:
    p = c.person()
    return (
        f"Melder: {p.full()}, {c.address()}, {c.postcode()} {c.kp(P.TOWNS)}, tel {c.phone()}, "
        f"mail {p.email()}; melding {c.case()} ({c.kp(P.TEAMS)})"
    )


def f_bullets(c: Ctx) -> str:
    return (
        f"Gegevens:\n• BSN: {c.bsn()}\n• IBAN: {c.iban()}\n• kenteken: {c.plate()}\n"
        f"• geboren: {c.dob()}\n• dossier: {c.case()}\n• datum melding: {c.date()}"
    )


def f_sms(c: Ctx) -> str:
    return (
        f'SMS van {c.phone("mobile")} ontvangen {c.date()} {_time(c)}:\n"bel me ff terug ivm '
        f'{c.kp(P.SCHEMES)}, zaak {c.case()}"'
    )


def f_ledger(c: Ctx) -> str:
    lines = ["datum,omschrijving,iban,bedrag"]
    for _ in range(c.rng.randint(2, 3)):
        lines.append(f"{_iso(c)},terugbetaling {c.kp(P.SCHEMES)},{c.iban()},{c.K(str(c.rng.randint(20, 900)) + '.00')}")
    return "\n".join(lines)


FORMATS: list[Callable[[Ctx], str]] = [
    f_keyvalue,
    f_csv,
    f_markdown,
    f_json,
    f_mailheader,
    f_formexport,
    f_parking,
    f_household,
    f_tsv,
    f_xml,
    f_transfer,
    f_vcard,
    f_label,
    f_crm,
    f_yaml,
    f_ocr,
    f_numbers,
    f_appointment,
    f_permit,
    f_handover,
    f_query,
    f_signature,
    f_phonelist,
    f_intake,
    f_mandate,
    f_summary,
    f_bullets,
    f_sms,
    f_ledger,
]
