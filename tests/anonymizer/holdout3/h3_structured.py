"""holdout3_structured.jsonl: identifiers in lists, tables, forms, CSV, key: value blocks, JSON-ish fragments,
e-mail headers, vCards and system logs. Every template below is one shape."""

import random

SHAPES: list[str] = [
    # 1 key: value block of an intake form
    "Naam: {r.full}\nAdres: {r.addr}\nPostcode/plaats: {r.pc} {ptown}\nTelefoon: {r.phone}\nE-mail: {r.email}\n"
    "BSN: {r.bsn}\nGeboortedatum: {r.dob}\nIBAN: {r.iban}\nZaaknummer: {casenr}\nRegeling: {scheme}",
    # 2 CSV export with a header
    "zaaknr;naam;geboortedatum;telefoon;postcode;afdeling\n{casenr};{r.full};{r.dob};{r.phone};{r.pc};{dept}\n"
    "{case2nr};{n.full};{n.dob};{n.phone};{n.pc};{dept}",
    # 3 Markdown table
    "| Naam | BSN | Telefoon | Kenteken |\n|---|---|---|---|\n| {r.full} | {r.bsn} | {r.phone} | {r.plate} |\n"
    "| {p.full} | {p.bsn} | {p.phone} | - |",
    # 4 JSON-ish fragment
    '{"verzoeker": "{r.full}", "bsn": "{r.bsn}", "iban": "{r.iban}", "tel": "{r.phone}", "email": "{r.email}", '
    '"regeling": "{scheme}", "ontvangen": "{date}"}',
    # 5 English mail header
    "From: {r.full} <{r.email}>\nTo: {info}\nCc: {o.email}\nDate: {date}\nSubject: {casenr} {topic}\n"
    "Reply-To: {r.email}\n\nzie bijlage",
    # 6 Dutch Outlook header
    "Van: {o.full} <{o.email}>\nVerzonden: {date} {time}\nAan: {r.email}\nCC: {m.email}\nOnderwerp: RE: {case}\n",
    # 7 complaint form export with split name fields
    "Klachtformulier (export {date})\nVoorletters: {r.ini}\nTussenvoegsel: {r.tv}\nAchternaam: {r.bare}\n"
    "Straat + huisnr: {r.addr}\nPostcode: {r.pc}\nWoonplaats: {ptown}\nTelefoonnummer: {r.phone}\n"
    "Klacht over: {dept}",
    # 8 list of people involved
    "Betrokkenen:\n- {r.full}, {r.addr}, {r.pc} {ptown}\n- {n.full}, tel. {n.phone}\n- {o.full} ({role}, {dept})",
    # 9 parking fines
    "Naheffing {casenr} - kenteken {r.plate} - {date} - {amount}\nNaheffing {case2nr} - kenteken {p.plate} - {date} - "
    "{amount}",
    # 10 bank details
    "Rekeninghouder: {r.init}\nIBAN: {r.iban}\nt.n.v. {r.full}\nOmschrijving: terugbetaling {scheme}",
    # 11 vCard
    "BEGIN:VCARD\nVERSION:3.0\nFN:{r.full}\nTEL;TYPE=CELL:{r.phone}\nEMAIL:{r.email}\nADR:;;{r.addr};{ptown};;"
    "{r.pc};NL\nEND:VCARD",
    # 12 official's signature block
    "{o.full}\n{role}\n{dept}\n{gem}\nBezoekadres: {building}\nT: {pubnr}\nM: {o.phone}\n{o.email}\n{site}",
    # 13 timestamped status log
    "2025-03-04 10:12 | {casenr} | {r.init} | status ontvangen\n2025-03-06 14:40 | {casenr} | {r.init} | "
    "status in_verkenning | {m.init}",
    # 14 tab-separated export
    "naam\tbsn\tgeb.datum\tiban\n{r.full}\t{r.bsn}\t{r.dob}\t{r.iban}\n{p.full}\t{p.bsn}\t{p.dob}\t{p.iban}",
    # 15 one-line record with semicolons
    "gegevens: {r.full}; {r.dob}; {r.bsn}; {r.iban}; {r.phone}",
    # 16 postal address block
    "{r.Hon}\n{r.addr}\n{r.pc} {ptown}\n\nBetreft: {case}",
    # 17 dates of birth next to ordinary dates
    "Datum ontvangst: {date}\nGeboortedatum aanvrager: {r.dob}\nDatum besluit: {date}\nGeboren (partner): {p.dob}\n"
    "Termijn: [[zes weken]]",
    # 18 SMS notification
    "SMS verzonden aan {r.phone} op {date}:\n'Uw afspraak op {date} om {time} is bevestigd. Kenmerk {casenr}. "
    "Vragen? Bel {pubnr}.'",
    # 19 YAML-ish
    "verzoeker:\n  naam: {r.full}\n  telefoon: '{r.phone}'\n  email: {r.email}\n  bsn: {r.bsn}\nzaak: {casenr}\n"
    "afdeling: {dept}",
    # 20 application log line
    "INFO request.submit name='{r.full}' email={r.email} phone={r.phone} channel=web\n"
    "WARN duplicate check bsn={r.bsn} matched {case}",
    # 21 payments
    "Uitbetaling {amount} aan {r.init}, {r.iban}, o.v.v. {casenr}\nUitbetaling {amount} aan {n.init}, {n.iban}",
    # 22 change of address
    "Adreswijziging {r.full}\nOud adres: {r.addr}, {r.pc}\nNieuw adres: {r.addr2}, {r.pc2} {ptown}\n"
    "Ingangsdatum: {date}",
    # 23 forwarded Outlook chain
    "-----Oorspronkelijk bericht-----\nVan: {r.full} [mailto:{r.email}]\nVerzonden: {date}\nAan: {info}\n"
    "Onderwerp: {case}\n\n-----Oorspronkelijk bericht-----\nVan: {o.full} [mailto:{o.email}]\nAan: {r.email}",
    # 24 HTML table fragment
    "<tr><td>{r.full}</td><td>{r.phone}</td><td>{r.email}</td></tr>\n<tr><td>{n.full}</td><td>{n.phone}</td>"
    "<td>{n.email}</td></tr>",
    # 25 intake register
    "Registratie VTA {casenr} | kanaal: telefoon | {r.hon} | {r.phone} | thema: {topic} | afdeling: {dept}",
    # 26 vehicle record
    "Kenteken: {r.plate}   Merk: Opel   Kleur: grijs\nTenaamstelling: {r.rev}\nAdres: {r.addr}, {r.pc}",
    # 27 household composition
    "Gezinssamenstelling:\n{r.rev} | {r.dob} | aanvrager\n{p.rev} | {p.dob} | partner\n{s.first} | {s.dob} | kind",
    # 28 confidential cover sheet
    "DOSSIER {casenr} - VERTROUWELIJK\n{r.SUR}, {r.ini}\nBSN {r.bsn}\nGEB. {r.dob}\nBEHANDELAAR: {o.caps}",
    # 29 numbered contact list
    "Contactpersonen:\n1. {r.full} - {r.phone}\n2. {p.full} (partner) - {p.phone}\n3. {w.full} (bewindvoerder) - "
    "{w.email}",
    # 30 quick note with inline identifiers
    "nwe gegevens {r.hon}: tel {r.phone2} / mail {r.email} / rek.nr {r.iban}",
    # 31 CSV without header, comma separated and quoted
    '"{r.full}","{r.addr}","{r.pc}","{r.phone}","{casenr}"\n"{n.full}","{n.addr}","{n.pc}","{n.phone}","{case2nr}"',
    # 32 identification check
    "Identiteit gecontroleerd: ja\nBSN: {r.bsn}\nGeboortedatum: {r.dob}\nID-bewijs getoond aan {o.init} op {date}",
    # 33 key=value parking permit
    "vergunning=bewoners; kenteken={r.plate}; houder={r.full}; adres={r.addr}; ingang={date}; kosten={amount}",
    # 34 school transport list
    "Leerlingenvervoer {month}:\n{s.full} ({s.dob}) - ophaaladres {r.addr} - contact {r.phone}\n"
    "{d.full} ({d.dob}) - ophaaladres {n.addr} - contact {n.phone}",
]


def count_shapes() -> int:
    return len(SHAPES)


def build(ctx, rng: random.Random, i: int) -> None:
    """Shape i (cycling), sometimes two shapes in one document, as in a pasted export."""
    ctx.render(SHAPES[i % len(SHAPES)])
    if rng.random() < 0.2:
        ctx.doc.t("\n\n")
        ctx.render(rng.choice(SHAPES))
