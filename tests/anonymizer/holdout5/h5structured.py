"""Templates for holdout5_structured.jsonl: identifiers in lists, tables, forms, CSV, key: value blocks,
JSON-ish fragments, e-mail headers and exports."""

from __future__ import annotations

from collections.abc import Callable

from h5core import K
from h5ctx import Ctx

Template = Callable[[Ctx], str]
TEMPLATES: list[Template] = []


def t(fn: Template) -> Template:
    TEMPLATES.append(fn)
    return fn


@t
def kv_block(x: Ctx) -> str:
    p = x.person()
    nr = x.case()[1]
    return (
        f"Naam: {x.full(p)}\nAdres: {x.addr()}\nPostcode/plaats: {x.postcode()} {x.town()}\nTelefoon: {x.phone()}\n"
        f"E-mail: {x.email(p)}\nBSN: {x.bsn()}\nGeboortedatum: {x.dob()}\nZaaknummer: {nr}\nRegeling: {x.scheme()}"
    )


@t
def kv_lower(x: Ctx) -> str:
    p = x.person()
    return (
        f"naam aanvrager : {x.lower(p)}\nbsn : {x.bsn()}\niban : {x.iban()}\ntel : {x.mobile()}\n"
        f"bedrag : {x.amount()}\nteam : {x.dept()}"
    )


@t
def csv_export(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        "naam;straat;postcode;telefoon;regeling\n"
        f"{x.full(a)};{x.addr()};{x.postcode()};{x.phone()};{x.scheme()}\n"
        f"{x.full(b)};{x.addr()};{x.postcode()};{x.phone()};{x.scheme()}"
    )


@t
def csv_comma(x: Ctx) -> str:
    a, b = x.person(), x.person()
    na, nb = x.case()[1], x.case()[1]
    return (
        "zaak,achternaam,voornaam,geboortedatum,kenteken\n"
        f'{na},"{x.sur(a)}",{x.first(a)},{x.dob()},{x.plate()}\n'
        f'{nb},"{x.sur(b)}",{x.first(b)},{x.dob()},{x.plate()}'
    )


@t
def tsv(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        "datum\tmelder\ttelefoon\tlocatie\n"
        f"{x.date()}\t{x.full(a)}\t{x.phone()}\t{x.street_only()}\n"
        f"{x.date()}\t{x.full(b)}\t{x.phone()}\t{x.addr()}"
    )


@t
def md_table(x: Ctx) -> str:
    a, b, c_ = x.person(), x.person(), x.person()
    return (
        "| Naam | BSN | IBAN |\n|:--|:--|:--|\n"
        f"| {x.full(a)} | {x.bsn()} | {x.iban()} |\n| {x.full(b)} | {x.bsn()} | {x.iban()} |\n"
        f"| {x.init(c_)} | {x.bsn()} | {x.iban()} |"
    )


@t
def json_frag(x: Ctx) -> str:
    p = x.person()
    return (
        f'{{"aanvrager": "{x.full(p)}", "bsn": "{x.bsn()}", "email": "{x.email(p)}", "telefoon": "{x.phone()}", '
        f'"adres": {{"straat": "{x.addr()}", "postcode": "{x.postcode()}"}}, "team": "{x.dept()}"}}'
    )


@t
def json_list(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f"[{{'naam': '{x.full(a)}', 'geb': '{x.dob()}', 'kenteken': '{x.plate()}'}},\n "
        f"{{'naam': '{x.full(b)}', 'geb': '{x.dob()}', 'kenteken': '{x.plate()}'}}]"
    )


@t
def mail_headers(x: Ctx) -> str:
    a, b, c_ = x.person(), x.person(), x.person()
    cue, nr = x.case()
    return (
        f"From: {x.full(a)} <{x.email(a)}>\nTo: {x.info_mail()}\nCc: {x.full(b)} <{x.work_email(b)}>, "
        f"{x.work_email(c_)}\nSubject: RE: {cue} {nr}\nDate: {x.weekday()} {x.date()}\n\nZie bijlage."
    )


@t
def mail_headers_nl(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f'Van: "{x.sur(a)}, {x.first(a)}" <{x.work_email(a)}>\nVerzonden: {x.weekday()} {x.date()}\n'
        f"Aan: {x.email(b)}\nOnderwerp: uw melding\n"
    )


@t
def vcard(x: Ctx) -> str:
    p = x.person()
    return (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{x.full(p)}\nTEL;TYPE=cell:{x.mobile()}\nEMAIL:{x.email(p)}\n"
        f"ADR;TYPE=home:;;{x.addr()};{x.town()};;{x.postcode()};NL\nEND:VCARD"
    )


@t
def dotted_form(x: Ctx) -> str:
    p = x.person()
    return (
        f"Achternaam ........ {x.sur(p)}\n"
        f"Voorletters ....... {x.initials_only(p, with_surname=False)}\nGeboren ........... "
        f"{x.dob()}\nBSN ............... {x.bsn()}\nRekeningnummer .... {x.iban()}\nHandtekening ...... (getekend)"
    )


@t
def yaml_like(x: Ctx) -> str:
    p, c_ = x.person(), x.person()
    return (
        f"melding:\n  id: {x.case()[1]}\n  melder: {x.full(p)}\n  contact: {x.phone()}\n  kind: {x.first(c_)}\n"
        f"  geboortedatum_kind: {x.dob(child=True)}\n  afdeling: {x.dept()}"
    )


@t
def brp_extract(x: Ctx) -> str:
    p = x.person()
    return (
        f"UITTREKSEL BASISREGISTRATIE PERSONEN\nGeslachtsnaam: {x.sur(p).upper()}\nVoornamen: {x.first(p)}\n"
        f"Geboortedatum: {x.dob()}\nBurgerservicenummer: {x.bsn()}\nWoonadres: {x.addr()}, {x.postcode()}\n"
        f"Afgegeven door: {x.gemeente()}"
    )


@t
def payment_lines(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f"Afschrijvingen\n{x.date()}  {x.amount()}  naar {x.iban()}  {x.caps(a)}  omschrijving huur\n"
        f"{x.date()}  {x.amount()}  naar {x.iban()}  {x.init(b)}  {x.body()}"
    )


@t
def sepa(x: Ctx) -> str:
    p = x.person()
    return (
        f"Machtiging SEPA\nNaam: {x.full(p)}\nAdres: {x.addr()}\nPostcode en woonplaats: {x.postcode()} "
        f"{x.town()}\nIBAN: {x.iban()}\nIncassant: {x.gemeente()}, {x.postbus()}"
    )


@t
def permit(x: Ctx) -> str:
    p = x.person()
    nr = x.case()[1]
    return (
        f"Parkeervergunning bewoners\nVergunninghouder: {x.init(p)}\nKenteken 1: {x.plate()}\nKenteken 2: "
        f"{x.plate()}\nAdres: {x.addr()}\nVergunningnummer: {nr}\nKosten: {x.amount()} per jaar"
    )


@t
def envelope(x: Ctx) -> str:
    p = x.person()
    return f"{x.caps(p)}\n{x.addr().upper()}\n{x.postcode()}  {x.town().upper()}"


@t
def reference_block(x: Ctx) -> str:
    p = x.person()
    _c1, n1 = x.case()
    _c2, n2 = x.case()
    return (
        f"Uw kenmerk: {n1}\nOns kenmerk: {n2}\nBehandeld door: {x.full(p)}\nTelefoonnummer: {x.landline()}\n"
        f"Datum: {x.date()}\nBijlage(n): 2"
    )


@t
def checkbox_form(x: Ctx) -> str:
    p, q = x.person(), x.person()
    return (
        f"Aanmeldformulier {x.dept()}\n[x] Ik geef toestemming om gegevens te delen met {x.body()}\n"
        f"[ ] Ik wil een tolk\nNaam: {x.full(p)}\nGeboortedatum: {x.dob()}\nContactpersoon: {x.full(q)} "
        f"({x.phone()})"
    )


@t
def family_table(x: Ctx) -> str:
    a, k1, k2 = x.person(), x.person(), x.person()
    return (
        f"Gezinssamenstelling\nouder      {x.full(a)}    {x.dob()}\nkind 1     {x.first(k1)}    "
        f"{x.dob(child=True)}\nkind 2     {x.first(k2)}    {x.dob(child=True)}\nadres      {x.addr()}"
    )


@t
def foreign_contacts(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f"Contactpersonen buitenland\n1. {x.full(a)} - {x.foreign_addr()} - {x.foreign_phone()}\n"
        f"2. {x.full(b)} - {x.foreign_addr()} - {x.foreign_phone()} - IBAN {x.iban('BE')}"
    )


@t
def keyvalue_log(x: Ctx) -> str:
    p = x.person()
    return (
        f"2025-{x.rng.randint(1, 12):02d}-{x.rng.randint(1, 28):02d}T{x.time()}:00Z level=info event=melding "
        f'user="{x.full(p)}" phone="{x.phone()}" plate={x.plate()} team="{x.dept()}"'
    )


@t
def xml_frag(x: Ctx) -> str:
    p = x.person()
    return (
        f"<persoon><naam>{x.full(p)}</naam><bsn>{x.bsn()}</bsn><geboortedatum>{x.dob()}</geboortedatum>"
        f"<email>{x.email(p)}</email></persoon>"
    )


@t
def case_list(x: Ctx) -> str:
    a, b, c_ = x.person(), x.person(), x.person()
    l1, n1 = x.case()
    l2, n2 = x.case()
    l3, n3 = x.case()
    return (
        f"Openstaande zaken {x.dept()}:\n* {l1} {n1} - {x.title(a)} - {x.scheme()}\n* {l2} {n2} - "
        f"{x.title(b)} - {x.scheme()}\n* {l3} {n3} - {x.title(c_)} - {x.scheme()}"
    )


@t
def signature_block(x: Ctx) -> str:
    o = x.person()
    return (
        f"{x.full(o)}\nBeleidsmedewerker | {x.dept()}\n{x.gemeente()} | {x.postbus()}\nT: {x.landline()} | "
        f"M: {x.mobile()}\nE: {x.work_email(o)} | {x.www()}\nAlgemeen: {x.gm_number()} of {x.info_mail()}"
    )


@t
def phone_list(x: Ctx) -> str:
    a, b, c_, d = x.person(), x.person(), x.person(), x.person()
    return (
        f"Bellijst {x.weekday()}\n{x.full(a)} tel: {x.phone()}\n{x.title(b)} tel. {x.phone()}\n"
        f"{x.first(c_)} — {x.phone()}\n{x.init(d)} / {x.phone()}\nBij geen gehoor: {x.public_number()}"
    )


@t
def plates_list(x: Ctx) -> str:
    return (
        f"Foutparkeerders {x.street_only()} ({x.date()}):\n- {x.plate()}\n- {x.plate()}\n- {x.plate()}\n"
        f"Doorgegeven aan {x.dept()}."
    )


@t
def ids_inline(x: Ctx) -> str:
    p = x.person()
    return (
        f"{x.full(p)} | {x.bsn()} | {x.iban()} | {x.dob()} | {x.mobile()} | {x.email(p)} | {x.addr()} | {x.postcode()}"
    )


@t
def sql_insert(x: Ctx) -> str:
    p = x.person()
    return (
        f"INSERT INTO melding (naam, tel, email, postcode) VALUES ('{x.full(p)}', '{x.phone()}', "
        f"'{x.email(p)}', '{x.postcode()}');"
    )


@t
def ids_with_public(x: Ctx) -> str:
    p = x.person()
    return (
        f"Contact bewoner: {x.full(p)}, {x.phone()}\nContact gemeente: {x.gm_number()}, {x.info_mail()}, "
        f"{x.www()}\nLandelijk: {x.body()} {x.public_number()}"
        f"\nPostadres: {K('Antwoordnummer')} {x.rng.randint(100, 9999)}"
    )
