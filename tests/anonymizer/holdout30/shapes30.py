"""Shapes of holdout30's files: the municipality as customer and payer (supply), food, clothing and in-kind aid (aid),
labour migrants, agencies and short-stay housing (migrant). Each shape fills a ``Doc`` and returns the text."""

from __future__ import annotations

import random

import core30 as C
import pools30 as P
from core30 import Address, Doc, Person

DEPTS = [
    "team Crediteurenadministratie",
    "afdeling Financiën",
    "team Inkoop",
    "afdeling Bedrijfsvoering",
    "team Sociaal Domein",
    "Klantcontactcentrum",
    "team Werk en Inkomen",
    "afdeling Vergunningen",
    "team Toezicht en Handhaving",
    "team Bijzondere Bijstand",
    "Wijkteam Noord",
    "Wijkteam Oost",
    "team Huisvesting",
    "afdeling Publiekszaken",
    "team Schuldhulpverlening",
]
FUNCS = [
    "inkoopadviseur",
    "medewerker crediteuren",
    "controller",
    "consulent",
    "beleidsmedewerker",
    "toezichthouder",
    "handhaver",
    "wijkcoach",
    "teamleider",
    "contractmanager",
    "klantmanager",
    "coördinator",
    "sociaal werker",
    "buitengewoon opsporingsambtenaar",
]
MED_TITLES = ["bemiddelaar", "onafhankelijk bemiddelaar"]


def title(r: random.Random, p: Person) -> str:
    return r.choice(["mevrouw", "mw.", "Mevr.", "mevr.", "Mw."] if p.female else ["de heer", "dhr.", "Dhr.", "meneer"])


def N(d: Doc, p: Person, form: str | None = None) -> str:
    r = d.r
    if p not in d.people:
        d.people.append(p)
    form = form or r.choice(["full", "full", "full", "first", "sur_t", "init", "full2", "rev", "caps"])
    if form == "full":
        return d.per(p.full)
    if form == "full2":
        return d.per(p.full2)
    if form == "first":
        return d.per(p.first)
    if form == "sur":
        return d.per(p.sur_cap)
    if form == "sur_t":
        return f"{title(r, p)} {d.per(p.sur_cap)}"
    if form == "init":
        return d.per(p.initial_name())
    if form == "init_t":
        return f"{title(r, p)} {d.per(p.initial_name())}"
    if form == "rev":
        return d.per(p.rev())
    if form == "caps":
        return d.per(p.caps())
    if form == "lower":
        return d.per(p.full.lower())
    if form == "paraph":
        return d.per(p.paraph())
    if form == "nick":
        if p.nick:
            return d.per(f"{p.first} '{p.nick}' {p.sur}")
        return d.per(p.full)
    raise ValueError(form)


def adr_block(d: Doc, a: Address, caps: bool = False) -> str:
    line = a.line.upper() if caps else a.line
    return f"{d.adr(line)}\n{d.pc(a.pc)} {d.k(a.town.upper() if caps else a.town)}"


def dob(d: Doc, young: bool = False, style: int | None = None) -> str:
    return d.dob(C.dob_fmt(d.r, C.dob_date(d.r, young), style))


def ctx(r: random.Random, d: Doc) -> dict:
    town = r.choice(P.TOWNS)
    slug = town.lower().replace(" ", "")
    med = Person(r)
    off = Person(r)
    return {"town": town, "dom": f"{slug}.nl", "med": med, "off": off, "dept": r.choice(DEPTS), "func": r.choice(FUNCS)}


def gen_contact(d: Doc, c: dict) -> str:
    r = d.r
    opt = r.randrange(5)
    if opt == 0:
        return f"{d.k('info@' + c['dom'])}"
    if opt == 1:
        return f"{d.k('Postbus')} {r.randint(10, 9999)}, {d.k(c['town'])}"
    if opt == 2:
        return f"telefoon {d.k('14 0' + str(r.randint(10, 999)))}"
    if opt == 3:
        return d.k(f"crediteuren@{c['dom']}")
    return d.k(f"afstemming@{c['dom']}")


def cue(d: Doc) -> str:
    return d.k(
        d.r.choice(
            [
                "zaaknummer",
                "kenmerk",
                "Kenmerk",
                "referentie",
                "dossiernummer",
                "Zaaknr.",
                "ons kenmerk",
                "uw kenmerk",
                "registratienummer",
                "volgnummer",
                "Dossier",
                "bestelnummer",
                "inkoopordernummer",
                "crediteurnummer",
                "aanvraagnummer",
                "pasnummer",
                "meldingsnummer",
                "afstemmingszaak",
                "casus",
                "Ref.",
            ]
        )
    )


def med_sign(d: Doc, c: dict) -> str:
    r = d.r
    m = c["med"]
    x = r.randrange(4)
    if x == 0:
        return f"{N(d, m, 'full')}, {d.k('bemiddelaar')} {d.k('Verzoek tot Afstemming')}"
    if x == 1:
        return f"— {N(d, m, 'paraph')}"
    if x == 2:
        return f"{N(d, m, 'first')} ({d.k('bemiddelaar')}, {d.mail(m.work_email(c['dom']))})"
    return f"{d.k('Bemiddelaar')}: {N(d, m, 'init')}"


def ps(d: Doc, c: dict, p: Person) -> str:
    """A postscript with identifiers."""
    r = d.r
    x = r.randrange(6)
    if x == 0:
        return f"\n\n{d.k('Intern')}: {d.k('BSN')} {d.bsn(C.bsn(r))}, {d.k('IBAN')} {d.iban(C.iban(r))} ({N(d, p, 'rev')})."
    if x == 1:
        return f"\n\n{d.k('Bijlage')}: {d.case('scan_' + p.core.lower().replace(' ', '') + '_' + C.case_number(r).replace('/', '-') + '.pdf')}"
    if x == 2:
        return f"\n\nP.S. {N(d, p, 'first')} is vanaf {d.k(r.choice(C.WEEKDAYS))} bereikbaar op {d.tel(C.phone(r))}."
    if x == 3:
        return f"\n\n{d.k('Controle')}: geboortedatum {dob(d)} klopt met de {d.k('basisregistratie')}; {cue(d)} {d.case(C.case_number(r))}."
    if x == 4:
        return f"\n\n[{d.k('portaal')}] https://{c['dom']}/zaken/{d.case(C.case_number(r))}/overzicht"
    return f"\n\n{d.k('Kenteken')} op naam van {N(d, p, 'init')}: {d.plate(C.plate(r))}."


# =============================================================== supply: the municipality as customer and payer
TRADES = [
    "tolk",
    "vertaler",
    "hovenier",
    "schoonmaker",
    "glazenwasser",
    "fotograaf",
    "trainer",
    "coach",
    "klusjesman",
    "gastouder",
    "muziekdocent",
    "cateraar",
    "drukker",
    "schilder",
    "stukadoor",
    "dj",
    "taxichauffeur",
    "boekhouder",
    "webbouwer",
    "beveiliger",
]


def sup_reminder(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    a = Address(r)
    inv = [C.INVOICE_FORMS(r) for _ in range(r.randint(1, 3))]
    trade = r.choice(TRADES)
    order = C.case_number(r)
    off = c["off"]
    lines = [
        f"{N(d, p, r.choice(['full', 'full2', 'caps']))}",
        f"{d.k(trade.capitalize())}",
        adr_block(d, a, r.random() < 0.2),
        f"{d.k('Tel.')} {d.tel(C.mobile(r))} | {d.mail(p.email())}",
        "",
        f"{d.k('Aan')}: {d.k('Gemeente ' + c['town'])}, {d.k(c['dept'])}",
        f"{d.k('Betreft')}: {d.k('herinnering')} openstaande facturen",
        f"{d.k('Uw')} {cue(d)}: {d.case(order)}",
        "",
        f"Geachte {r.choice(['heer', 'mevrouw'])} {N(d, off, 'sur')},",
        "",
    ]
    body = f"Op {d.k(C.plain_date(r))} stuurde ik u {'de volgende facturen' if len(inv) > 1 else 'factuur'} "
    body += ", ".join(f"{d.k('factuurnummer')} {d.case(i)} ({d.k(C.amount(r))})" for i in inv)
    body += f". De betalingstermijn van {d.k('dertig dagen')} is ruim verstreken. Als zelfstandig {trade} heb ik geen buffer; ik vraag u het bedrag over te maken op {d.iban(C.iban(r))} t.n.v. {N(d, p, 'init')}."
    if r.random() < 0.5:
        body += f" Uw collega {N(d, Person(r), r.choice(['full', 'sur_t']))} van de {d.k('Servicedesk')} zei aan de telefoon dat de factuur 'in de workflow hangt'."
    lines += [body, "", "Met vriendelijke groet,", N(d, p, r.choice(["full", "first"]))]
    txt = "\n".join(lines)
    if r.random() < 0.5:
        txt += f"\n\n---\n{d.k('Notitie')} {d.k('bemiddelaar')}: {N(d, p, 'sur')} belde op {d.k(C.plain_date(r))}. Afgesproken met {N(d, off, r.choice(['full', 'init']))} ({d.k(c['func'])}) dat de betaling binnen {d.k('vijf werkdagen')} volgt. {med_sign(d, c)}"
    return txt


def sup_vendor(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    a = Address(r)
    old, new = C.iban_raw(r), C.iban_raw(r, r.choice(["NL", "NL", "BE", "DE", "PL", "RO", "LT"]))
    chk = c["off"]
    rows = [
        f"{d.k('WIJZIGING CREDITEURGEGEVENS')}",
        f"{d.k('Crediteurnummer')}: {d.case(C.case_number(r))}",
        f"1. {d.k('Naam')} {d.k('leverancier')}: {N(d, p, r.choice(['rev', 'caps', 'full2']))} ({d.k('eenmanszaak')})",
        f"2. {d.k('Vestigingsadres')}: {d.adr(a.line)}, {d.pc(a.pc)} {d.k(a.town)}",
        f"3. {d.k('Oud')} {d.k('rekeningnummer')}: {d.iban(C.iban_fmt(r, old))}",
        f"4. {d.k('Nieuw')} {d.k('rekeningnummer')}: {d.iban(C.iban_fmt(r, new))}",
        f"5. {d.k('Reden')}: {r.choice(['overstap naar andere bank', 'zakelijke rekening geopend', 'rekening gedeeld met partner opgeheven', 'bank in het buitenland'])}",
        f"6. {d.k('Telefoon')} voor {d.k('terugbelverificatie')}: {d.tel(C.phone(r))}",
    ]
    if r.random() < 0.5:
        q = p.relative()
        rows.append(f"7. {d.k('Gemachtigde')}: {N(d, q, r.choice(['full', 'init']))}, {d.mail(q.email())}")
    rows.append("")
    rows.append(
        f"{d.k('Verificatie')} {d.k(C.plain_date(r))}: teruggebeld door {N(d, chk, 'paraph')} — "
        + [
            lambda: f"{N(d, p, 'first')} bevestigt de wijziging.",
            lambda: f"nummer onbekend, {d.k('wijziging')} geblokkeerd (vermoeden van {d.k('factuurfraude')}).",
            lambda: f"voicemail; {d.k('tweede poging')} op {d.k(r.choice(C.WEEKDAYS))}.",
        ][r.randrange(3)]()
    )
    if r.random() < 0.6:
        rows.append(
            f"{d.k('Toelichting')} {d.k('bemiddelaar')}: {N(d, p, 'sur_t')} kreeg drie maanden geen betaling omdat de wijziging bleef liggen. "
            f"Contact met {N(d, chk, r.choice(['full', 'sur_t']))}, {d.k(c['dept'])}; {d.k('afspraak')}: handmatige betaling. {med_sign(d, c)}"
        )
    return "\n".join(rows)


def sup_csv(d: Doc, c: dict) -> str:
    r = d.r
    head = f"{d.k('betaaldatum')};{d.k('crediteur')};{d.k('naam')};{d.k('iban')};{d.k('factuur')};{d.k('bedrag')};{d.k('omschrijving')}"
    rows = [f"# {d.k('betaalrun')}-{r.randint(1, 52):02d}-{c['town'].lower().replace(' ', '')}.csv", head]
    ppl = []
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        ppl.append(p)
        nm = N(d, p, r.choice(["rev", "caps", "init", "full"]))
        rows.append(
            f"{d.k(C.plain_date(r)) if r.random() < 0.3 else '2026-0' + str(r.randint(1, 9)) + '-1' + str(r.randint(0, 9))};{d.case(C.case_number(r))};{nm};{d.iban(C.iban_raw(r, r.choice(['NL', 'NL', 'NL', 'BE', 'DE'])))};{d.case(C.INVOICE_FORMS(r))};{d.k(C.amount(r).replace('€ ', '').replace('€', '').replace('EUR ', '').replace(' euro', ''))};{d.k(r.choice(['vertaalwerk', 'groenonderhoud', 'catering', 'tolkdienst', 'training', 'drukwerk', 'schoonmaak', 'vervoer']))}"
        )
    p = r.choice(ppl)
    rows.append("")
    rows.append(
        f"{d.k('Opmerking')} {N(d, c['med'], 'paraph')}: de factuur van {N(d, p, r.choice(['full', 'sur_t']))} staat wel in de run, maar {N(d, p, 'first')} zegt niets ontvangen te hebben. "
        f"{d.k('Navragen')} bij {N(d, c['off'], 'full')} ({d.mail(c['off'].work_email(c['dom']))})."
    )
    return "\n".join(rows)


def sup_tender(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    off = c["off"]
    comp = r.choice(
        ["Groenwerk", "Schoonmaakbedrijf", "Vertaalbureau", "Klussenbedrijf", "Cateringservice", "Hoveniersbedrijf"]
    )
    t = [
        f"{d.k('Van')}: {N(d, p, 'full')} <{d.mail(p.email())}>",
        f"{d.k('Aan')}: {d.k('inkoop@' + c['dom'])}",
        f"{d.k('Onderwerp')}: {d.k('Klacht')} {d.k('aanbesteding')} {d.k('Perceel')} {r.randint(1, 4)} — {cue(d)} {d.case(C.case_number(r))}",
        "",
        f"Geachte {title(r, off)} {N(d, off, 'sur')},",
        "",
        f"Mijn {d.k(comp.lower())} ({d.k('eenmanszaak')}, {d.k('sinds')} {r.randint(1995, 2022)}) schreef in op de {d.k('meervoudig onderhandse')} {d.k('aanbesteding')}. "
        f"Op {d.k(C.plain_date(r))} kreeg ik een {d.k('afwijzing')} zonder {d.k('scores')}. "
        f"Het {d.k('gunningsbesluit')} noemt een bedrijf waarvan de eigenaar, {N(d, Person(r), r.choice(['full', 'init_t']))}, volgens mij in de {d.k('beoordelingscommissie')} zat.",
        "",
        f"Ik wil graag eerst in gesprek voordat ik een formele {d.k('klacht')} indien. Mijn {d.k('accountant')}, {N(d, Person(r), 'full')}, kan aansluiten.",
        "",
        "Met vriendelijke groet,",
        N(d, p, r.choice(["full", "init"])),
        d.tel(C.phone(r)),
    ]
    return "\n".join(t)


def sup_phone(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    q = p.relative(female=not p.female)
    return (
        f"{d.k('telefoonnotitie')} {d.k(C.plain_date(r))} ... gebeld door {N(d, p, 'lower')} ... belt namens "
        f"het bedrijfje van {N(d, q, r.choice(['first', 'full']))} ... ze doen al jaren de {d.k('kerstpakketten')} voor de {d.k('gemeente')} ... "
        f"factuur {d.case(C.INVOICE_FORMS(r))} van {d.k(C.amount(r))} is afgekeurd omdat het {d.k('inkoopordernummer')} ontbrak ... "
        f"dat nummer had {N(d, c['off'], r.choice(['full', 'sur_t']))} nooit gestuurd ... terugbellen op {d.tel(C.mobile(r))} ... "
        f"adres voor de creditnota {d.adr(Address(r).line)} ... {d.k('actie')}: {N(d, c['med'], 'first')} mailt {d.k(c['dept'])} vandaag nog"
    )


def sup_order(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    off = c["off"]
    a = Address(r)
    bld = r.choice(
        ["Stadskantoor", "Gemeentewerf", "Wijkcentrum De Meander", "Sporthal Het Ravelijn", "Bibliotheek", "Raadhuis"]
    )
    return "\n".join(
        [
            f"{d.k('INKOOPORDER')} {d.case(C.case_number(r))}",
            f"{d.k('Datum')}: {d.k(C.plain_date(r))}",
            f"{d.k('Leverancier')}: {N(d, p, r.choice(['caps', 'rev', 'full']))}, {d.adr(a.line)}, {d.pc(a.pc)} {d.k(a.town)}",
            f"{d.k('Afleveradres')}: {d.k(bld)}, {d.k(c['town'])}",
            f"{d.k('Budgethouder')}: {N(d, off, 'init')} ({d.k(c['dept'])})",
            f"{d.k('Contactpersoon')}: {N(d, Person(r), 'full')}, {d.tel(C.landline(r))}",
            f"| {d.k('regel')} | {d.k('omschrijving')} | {d.k('bedrag')} |",
            "|---|---|---|",
            f"| 1 | {d.k(r.choice(['Tolkdiensten', 'Workshop', 'Onderhoud', 'Vervoer', 'Catering']))} | {d.k(C.amount(r))} |",
            f"| 2 | {d.k('Reiskosten')} | {d.k(C.amount(r))} |",
            "",
            f"{d.k('Let op')}: vermeld het ordernummer op de factuur; facturen zonder nummer worden geweigerd door de {d.k('Crediteurenadministratie')}.",
            f"{d.k('Notitie')}: {N(d, p, 'first')} heeft het nummer niet ontvangen, zie mail aan {d.mail(p.email())}. {med_sign(d, c)}",
        ]
    )


def sup_refund(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    q = p.relative(female=not p.female) if r.random() < 0.5 else Person(r)
    a = Address(r, c["town"])
    return "\n".join(
        [
            f"{d.k('Terugbetaling')} {d.k(r.choice(['leges', 'parkeerbelasting', 'precariobelasting', 'marktgeld', 'kosten rijbewijs']))}",
            f"{d.k('Aanvrager')}: {N(d, p, r.choice(['full2', 'rev', 'init_t']))}, geboren {dob(d)}",
            f"{d.k('BSN')}: {d.bsn(C.bsn(r))}",
            f"{d.k('Adres')}: {d.adr(a.line)}, {d.pc(a.pc)}",
            f"{d.k('Bedrag')}: {d.k(C.amount(r))}",
            f"{d.k('Rekening')}: {d.iban(C.iban(r))} t.n.v. {N(d, q, r.choice(['init', 'full']))}",
            "",
            f"{d.k('Toelichting')}: de terugbetaling is {r.choice(['twee', 'drie', 'vier'])} keer gestorneerd omdat de {d.k('tenaamstelling')} niet overeenkomt. "
            f"{N(d, p, 'sur_t')} vraagt of het bedrag op de rekening van {N(d, q, 'first')} mag. {d.k('Afstemming')} met {N(d, c['off'], 'full')} ({d.k(c['func'])}): "
            f"een {d.k('machtiging')} met kopie {d.k('identiteitsbewijs')} volstaat. {med_sign(d, c)}",
        ]
    )


def sup_chat(d: Doc, c: dict) -> str:
    r = d.r
    o1, o2 = c["off"], Person(r)
    p = Person(r)
    nm1, nm2 = N(d, o1, "rev"), N(d, o2, "rev")
    return "\n".join(
        [
            f"[{r.randint(8, 11)}:{r.randint(10, 59)}] {nm1} ({d.k('Financiën')})",
            f"heb jij de factuur van {N(d, p, 'full')} gezien? {d.case(C.INVOICE_FORMS(r))}",
            f"[{r.randint(12, 13)}:{r.randint(10, 59)}] {nm2}",
            f"ja, die stond op naam van {N(d, p, 'first')} maar met het {d.k('rekeningnummer')} van een ander bedrijf, dus tegengehouden",
            f"[{r.randint(14, 15)}:{r.randint(10, 59)}] {nm1} ({d.k('Financiën')})",
            f"de {d.k('bemiddelaar')} {N(d, c['med'], r.choice(['full', 'first']))} belt erover. {N(d, p, 'sur')} wacht al sinds {d.k(r.choice(C.MONTHS))}",
            f"[{r.randint(16, 17)}:{r.randint(10, 59)}] {nm2}",
            f"ok, ik bel {N(d, p, 'first')} zelf even, {d.tel(C.mobile(r))} toch?",
        ]
    )


SUPPLY = [sup_reminder, sup_vendor, sup_csv, sup_tender, sup_phone, sup_order, sup_refund, sup_chat]


# =============================================================== aid: food, clothing and in-kind aid
ORGS = [
    "Voedselbank",
    "Kledingbank",
    "Stichting Leergeld",
    "Stichting Jarige Job",
    "Kringloopwinkel De Tweede Ronde",
    "Buurtkoelkast",
    "Sint voor Ieder Kind",
    "Fietsenbank",
    "Speelgoedbank",
    "Stichting Babyspullen",
    "Voedselpantry",
]


def aid_intake(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    a = Address(r, c["town"])
    rows = [
        f"{d.k('INTAKEFORMULIER')} {d.k('VOEDSELBANK')}",
        f"{d.k('Intakenummer')}: {d.case(C.case_number(r))}",
        f"{d.k('Aanvrager')}: {N(d, p, r.choice(['rev', 'caps', 'full2']))}",
        f"{d.k('Geboortedatum')}: {dob(d)}",
        f"{d.k('Adres')}: {d.adr(a.line)}, {d.pc(a.pc)} {d.k(a.town)}",
        f"{d.k('Telefoon')}: {d.tel(C.phone(r))}",
    ]
    if r.random() < 0.6:
        q = p.relative(female=not p.female) if r.random() < 0.6 else Person(r, female=not p.female)
        rows.append(f"{d.k('Partner')}: {N(d, q, r.choice(['full', 'first']))}, geb. {dob(d)}")
    kids = [p.relative() for _ in range(r.randint(0, 3))]
    for i, k in enumerate(kids, 1):
        rows.append(f"{d.k('Kind')} {i}: {N(d, k, 'first')} ({dob(d, young=True)})")
    rows += [
        f"{d.k('Inkomsten')}: {d.k(C.amount(r))} per maand ({d.k(r.choice(['bijstand', 'loon', 'AOW', 'Wajong', 'WW']))})",
        f"{d.k('Vaste lasten')}: {d.k(C.amount(r))}",
        f"{d.k('Verwijzer')}: {N(d, Person(r), r.choice(['full', 'init']))}, {d.k(r.choice(['Schuldhulpverlening', 'Wijkteam', 'Humanitas', 'Leger des Heils', 'Vluchtelingenwerk']))}",
        f"{d.k('Besluit')}: {r.choice(['toegelaten voor zes maanden', 'afgewezen: inkomen boven de norm', 'aangehouden tot bankafschriften binnen zijn'])}",
    ]
    if r.random() < 0.55:
        rows.append(
            f"\n{d.k('Notitie')} {d.k('bemiddelaar')}: {N(d, p, 'sur_t')} kwam bij ons omdat de {d.k('norm')} een {d.k('toeslag')} meetelt die al is stopgezet. "
            f"Besproken met {N(d, Person(r), 'full')} ({d.k('coördinator')} {d.k('Voedselbank')}): {d.k('herbeoordeling')} op {d.k(C.plain_date(r))}. {med_sign(d, c)}"
        )
    return "\n".join(rows)


def aid_pass(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    ocr = r.random() < 0.4
    nm = p.caps()
    if ocr:
        nm = nm.replace("I", "1", 1).replace("O", "0", 1) if r.random() < 0.5 else nm.replace("M", "RN", 1)
    rows = [
        f"{d.k('KLEDINGBANK')} — {d.k('KLANTENPAS')}",
        f"{d.k('Pasnummer')} {d.case(C.case_number(r))}",
        f"{d.k('Naam')}: {d.per(nm)}",
        f"{d.k('Aantal gezinsleden')}: {r.randint(1, 7)}",
        f"{d.k('Geldig tot')}: {d.k(C.plain_date(r))}",
        f"{d.k('Uitgegeven door')}: {N(d, Person(r), 'paraph')}",
    ]
    if ocr:
        rows.append(
            f"[{d.k('handgeschreven')}: tel {d.tel(C.mobile(r))} — {d.k('dochter')} {N(d, p.relative(True), 'first')} haalt op]"
        )
    rows.append(
        f"\n{d.k('Aantekening')}: pas is {d.k('verlopen')} terwijl {N(d, p, 'first')} nog een {d.k('verwijzing')} heeft. {d.k('Afspraak')} met {N(d, c['off'], 'full')}: pas verlengd. {med_sign(d, c)}"
    )
    return "\n".join(rows)


def aid_table(d: Doc, c: dict) -> str:
    r = d.r
    rows = [
        f"## {d.k('Uitdeellijst')} {d.k('kerstpakketten')} — {d.k(r.choice(['Buurthuis De Kolibrie', 'Wijkcentrum Het Anker', 'Dorpshuis De Linde', 'Parochiezaal']))}",
        "",
        f"| {d.k('nr')} | {d.k('naam')} | {d.k('adres')} | {d.k('telefoon')} | {d.k('opgehaald')} |",
        "|---|---|---|---|---|",
    ]
    vols = [Person(r) for _ in range(2)]
    for i in range(r.randint(3, 7)):
        p = Person(r)
        a = Address(r)
        rows.append(
            f"| {i + 1} | {N(d, p, r.choice(['rev', 'caps', 'init', 'full']))} | {d.adr(a.line)} | {d.tel(C.phone(r))} | {r.choice(['ja', 'nee']) if r.random() < 0.5 else N(d, r.choice(vols), 'paraph')} |"
        )
    rows.append("")
    rows.append(f"{d.k('Legenda')}: " + ", ".join(f"{N(d, v, 'paraph')} = {N(d, v, 'full')}" for v in vols))
    p = Person(r)
    rows.append(
        f"{d.k('Klacht')} via {d.k('afstemming')}: {N(d, p, 'sur_t')} stond niet op de lijst, hoewel {N(d, p, 'first')} zich op {d.k(C.plain_date(r))} had aangemeld. {med_sign(d, c)}"
    )
    return "\n".join(rows)


def aid_birthday(d: Doc, c: dict) -> str:
    r = d.r
    parent = Person(r)
    kid = parent.relative()
    return "\n".join(
        [
            f"{d.k('Aanvraag')} {d.k('verjaardagsbox')} ({d.k('Stichting Jarige Job')})",
            f"{d.k('Kind')}: {N(d, kid, r.choice(['first', 'full']))}, wordt {r.randint(4, 12)} op {dob(d, young=True)}",
            f"{d.k('Ouder')}: {N(d, parent, r.choice(['full', 'init_t', 'rev']))}, {d.mail(parent.email())}, {d.tel(C.mobile(r))}",
            f"{d.k('School')}: {d.k(r.choice(['basisschool De Regenboog', 'Montessorischool', 'OBS De Wilg', 'IKC Het Palet']))}, {d.k('intern begeleider')} {N(d, Person(r), 'full')}",
            f"{d.k('Bezorgadres')}: {d.adr(Address(r).line)}",
            "",
            f"{N(d, kid, 'first')} {d.k('heeft')} graag iets met {d.k(r.choice(['dino’s', 'voetbal', 'unicorns', 'lego', 'knutselen']))}. "
            f"{d.k('Notitie')}: de box kwam vorig jaar te laat; {N(d, parent, 'sur_t')} vroeg om {d.k('afstemming')}. {med_sign(d, c)}",
        ]
    )


def aid_pickup(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    drv = Person(r)
    a = Address(r, c["town"])
    fl = r.choice(["3e etage, geen lift", "begane grond", "2 hoog achter", "portiek, 4e verdieping"])
    return "\n".join(
        [
            f"{d.k('Ophaalopdracht')} {d.k('Kringloopwinkel')} {cue(d)} {d.case(C.case_number(r))}",
            f"{d.k('Klant')}: {N(d, p, r.choice(['full', 'rev', 'caps']))} — {d.adr(a.line)} ({d.k(fl.split(',')[0])}{fl[len(fl.split(',')[0]) :]}), {d.pc(a.pc)}",
            f"{d.k('Bellen')} voor aankomst: {d.tel(C.phone(r))}",
            f"{d.k('Wat')}: {d.k(r.choice(['bank', 'kledingkast', 'wasmachine', 'bed']))} + {d.k(r.choice(['tafel', 'stoelen', 'koelkast']))}",
            f"{d.k('Chauffeur')}: {N(d, drv, r.choice(['first', 'full']))}, {d.k('bus')} {d.plate(C.plate(r))}",
            "",
            f"{d.k('Verslag')}: {N(d, drv, 'first')} stond op {d.k(r.choice(C.WEEKDAYS))} voor een dichte deur; {N(d, p, 'sur_t')} zegt dat niemand belde. "
            f"Nieuwe afspraak via {N(d, c['off'], 'full')} ({d.k(c['dept'])}), {d.k('gratis')} {d.k('inrichting')} via de {d.k('bijzondere bijstand')}. {med_sign(d, c)}",
        ]
    )


def aid_scheme(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    kid = p.relative()
    item = r.choice(["fiets", "laptop", "zwemles", "schoolspullen", "winterjas"])
    return "\n".join(
        [
            f"{d.k('Aanvraag')} {d.k('Kindregeling')} — {d.k(item)}",
            f"{d.k('Aanvraagnummer')}: {d.case(C.case_number(r))}",
            f"{d.k('Naam ouder')}: {N(d, p, r.choice(['full2', 'rev', 'init']))}",
            f"{d.k('BSN')} {d.k('ouder')}: {d.bsn(C.bsn(r))}",
            f"{d.k('Kind')}: {N(d, kid, 'full')}, {d.k('geboren')} {dob(d, young=True)}",
            f"{d.k('IBAN')} voor de {d.k('borg')}: {d.iban(C.iban(r))}",
            f"{d.k('Behandelaar')}: {N(d, c['off'], r.choice(['full', 'init']))}, {d.k(c['dept'])}",
            "",
            f"{d.k('Besluit')}: {r.choice(['toegekend', 'afgewezen', 'aangehouden'])}. {N(d, p, 'sur_t')} {r.choice(['begrijpt niet waarom de', 'vraagt uitleg over de'])} {d.k('inkomensgrens')} "
            f"van {d.k(r.choice(['120%', '130%', '110%']))} van het {d.k('sociaal minimum')}. {med_sign(d, c)}",
        ]
    )


def aid_note(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    coord = Person(r)
    q = p.relative(female=not p.female)
    return "\n".join(
        [
            f"# {d.k('Gespreksverslag')} {d.k(C.plain_date(r))}",
            "",
            f"**{d.k('Aanwezig')}:** {N(d, p, r.choice(['full', 'sur_t']))} ({d.k('inwoner')}), {N(d, coord, 'full')} ({d.k('coördinator')} {d.k(r.choice(ORGS))}), {N(d, c['med'], 'full')} ({d.k('bemiddelaar')})",
            "",
            f"**{d.k('Aanleiding')}:** {N(d, p, 'first')} werd {d.k('weggestuurd')} bij de uitgifte omdat {d.k('partner')} {N(d, q, 'first')} niet meer op het adres staat. "
            f"Het {d.k('briefadres')} is {d.adr(Address(r).line)}.",
            "",
            f"**{d.k('Afspraken')}:**",
            f"- {N(d, coord, 'init')} past de {d.k('registratie')} aan vóór {d.k(C.plain_date(r))}",
            f"- {N(d, p, 'sur')} levert een {d.k('uittreksel')} aan ({cue(d)} {d.case(C.case_number(r))})",
            f"- {N(d, c['med'], 'first')} belt over twee weken ({d.tel(C.phone(r))})",
        ]
    )


def aid_chat(d: Doc, c: dict) -> str:
    r = d.r
    ppl = [Person(r) for _ in range(3)]
    day = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-26"
    lines = [f"{d.k('Buurtkoelkast')} {d.k('vrijwilligers')} — {d.k('chat')} {d.k('export')}"]
    lines.append(
        f"[{day} 08:{r.randint(10, 59)}] {N(d, ppl[0], 'full')}: wie pakt {d.k(r.choice(C.WEEKDAYS))} de {d.k('ochtendronde')}?"
    )
    lines.append(
        f"[{day} 08:{r.randint(10, 59)}] {d.tel(C.mobile(r))}: ik, groetjes {N(d, ppl[1], r.choice(['first', 'lower']))}"
    )
    lines.append(
        f"[{day} 09:{r.randint(10, 59)}] {N(d, ppl[2], 'first')}: {d.k('let op')}, {N(d, ppl[0], 'first')} zag gisteren dat er weer iemand alles meenam"
    )
    lines.append(
        f"[{day} 09:{r.randint(10, 59)}] {N(d, ppl[0], 'full')}: niet doen met namen hier. ik meld het bij de {d.k('gemeente')} ({d.k('meldpunt@' + c['dom'])})"
    )
    if r.random() < 0.6:
        lines.append(
            f"[{day} 10:{r.randint(10, 59)}] {N(d, ppl[1], 'first')}: {d.k('sleutel')} ligt bij {N(d, Person(r), 'sur_t')} op {d.adr(Address(r).line)}"
        )
    return "\n".join(lines)


AID = [aid_intake, aid_pass, aid_table, aid_birthday, aid_pickup, aid_scheme, aid_note, aid_chat]


# =============================================================== migrant: labour migrants, agencies, short-stay housing
MIG_ORIG = ["pol", "pol", "rom", "rom", "bul", "lit", "lat", "ukr", "hun", "cze", "hrv", "por", "spa", "gre", "ita"]
AGENCIES = ["Flexwerk", "Uitzendbureau", "Personeelsdienst", "Agro-uitzend", "Logistiek Flex", "Seizoenswerk"]


def mw(r: random.Random) -> Person:
    return Person(r, r.choice(MIG_ORIG))


def mig_inspect(d: Doc, c: dict) -> str:
    r = d.r
    a = Address(r, c["town"])
    insp = c["off"]
    rows = [
        f"{d.k('RAPPORT')} {d.k('HUISVESTINGSCONTROLE')}",
        f"{cue(d)} {d.case(C.case_number(r))}",
        f"{d.k('Adres')}: {d.adr(a.line)}, {d.pc(a.pc)} {d.k(a.town)}",
        f"{d.k('Controle')}: {d.k(C.plain_date(r))}, {N(d, insp, 'init')} ({d.k('toezichthouder')}) en {N(d, Person(r), 'paraph')}",
        "",
        f"{d.k('Aangetroffen')} {d.k('bewoners')}:",
    ]
    for _ in range(r.randint(3, 6)):
        p = mw(r)
        rows.append(
            f"- {N(d, p, r.choice(['rev', 'caps', 'full']))}, {dob(d, style=r.choice([0, 1, 2, 5, 14, 15, 13]))}"
            + (f", {d.k('BSN')} {d.bsn(C.bsn(r))}" if r.random() < 0.4 else "")
        )
    rows += [
        "",
        f"{d.k('Voertuigen')} voor de deur: {d.plate(C.foreign_plate(r))}, {d.plate(C.plate(r))}",
        f"{d.k('Verhuurder')}/{d.k('uitzendbureau')}: {d.k(r.choice(AGENCIES))}, {d.k('contactpersoon')} {N(d, Person(r), r.choice(['full', 'sur_t']))}, {d.tel(C.phone(r))}",
        f"{d.k('Bevinding')}: {r.randint(6, 12)} personen op {r.randint(48, 90)} m², {d.k('brandveiligheid')} {d.k('onvoldoende')}. {d.k('Vooraankondiging')} {d.k('last onder dwangsom')}.",
    ]
    return "\n".join(rows)


def mig_message(d: Doc, c: dict) -> str:
    r = d.r
    p = mw(r)
    a = Address(r, c["town"])
    tel = C.foreign(
        r,
        {
            "pol": "+48",
            "rom": "+40",
            "bul": "+359",
            "lit": "+370",
            "lat": "+371",
            "ukr": "+380",
            "hun": "+36",
            "cze": "+420",
            "hrv": "+385",
            "por": "+351",
            "spa": "+34",
        }.get(p.origin),
    )
    itp = Person(r)
    lang = {"pol": "pl", "rom": "ro", "bul": "en", "ukr": "en", "lit": "en", "lat": "en"}.get(p.origin, "en")
    if lang == "pl":
        orig = (
            f"Dzień dobry, nazywam się {N(d, p, 'full')}. Mieszkam przy {d.adr(a.line)} od {d.k('marca')}. Agencja zabrała mój paszport i nie oddaje depozytu. "
            f"Mój numer: {d.tel(tel)}. Data urodzenia: {dob(d, style=14)}."
        )
    elif lang == "ro":
        orig = (
            f"Bună ziua, mă numesc {N(d, p, 'full')}. Locuiesc pe {d.adr(a.line)}. Agenția nu mi-a plătit orele suplimentare. "
            f"Telefon: {d.tel(tel)}. Data nașterii: {dob(d, style=15)}."
        )
    else:
        orig = (
            f"Hello, my name is {N(d, p, 'full')}, I live at {d.adr(a.line)} ({d.pc(a.pc)}). The agency deducted {d.k(C.amount(r))} for housing but the room has no heating. "
            f"Phone {d.tel(tel)}, date of birth {dob(d, style=9)}."
        )
    vert = (
        f"{d.k('Vertaling')} ({d.k('tolk')} {N(d, itp, r.choice(['full', 'init']))}): {N(d, p, 'first')} woont sinds kort op {d.adr(a.line)}. "
        f"{r.choice(['Het bureau houdt het paspoort vast', 'Overuren zijn niet betaald', 'De kamer heeft geen verwarming'])}. Bereikbaar op {d.tel(tel)}."
    )
    note = f"{d.k('Actie')}: doorgezet naar {N(d, c['off'], 'full')} ({d.k(c['dept'])}) en de {d.k('Nederlandse Arbeidsinspectie')}. {med_sign(d, c)}"
    return f"{orig}\n\n{vert}\n\n{note}"


def mig_register(d: Doc, c: dict) -> str:
    r = d.r
    a = Address(r, c["town"])
    rows = [
        f"{d.k('Overzicht')} {d.k('inschrijvingen')} op {d.k('adres')} {d.adr(a.line)}, {d.pc(a.pc)}",
        f"{d.k('peildatum')} {d.k(C.plain_date(r))}",
        "",
        f"{d.k('naam')};{d.k('geboortedatum')};{d.k('BSN')};{d.k('sinds')}",
    ]
    for _ in range(r.randint(3, 7)):
        p = mw(r)
        rows.append(
            f"{N(d, p, r.choice(['rev', 'caps']))};{dob(d, style=r.choice([0, 5, 10, 11]))};{d.bsn(C.bsn_digits(r))};{r.randint(2019, 2026)}"
        )
    p = mw(r)
    rows += [
        "",
        f"{d.k('Vraag')} van {N(d, p, 'full')}: post van de {d.k('Belastingdienst')} komt niet aan; het {d.k('uitzendbureau')} opent de brieven. "
        f"{d.k('Afgesproken')} met {N(d, c['off'], 'full')}: {d.k('briefadres')} bij een {d.k('vriendin')}, {N(d, Person(r, p.origin, True), 'full')}. {med_sign(d, c)}",
    ]
    return "\n".join(rows)


def mig_payslip(d: Doc, c: dict) -> str:
    r = d.r
    p = mw(r)
    return "\n".join(
        [
            f"{d.k('LOONSTROOK')} {d.k('week')} {r.randint(1, 52)}",
            f"{d.k('Werknemer')}: {N(d, p, r.choice(['caps', 'rev', 'init']))}",
            f"{d.k('Geboortedatum')}: {dob(d)}",
            f"{d.k('BSN')}: {d.bsn(C.bsn(r))}",
            f"{d.k('Uurloon')}: {d.k(C.amount(r))}",
            f"{d.k('Inhouding huisvesting')}: {d.k(C.amount(r))}",
            f"{d.k('Inhouding zorgverzekering')}: {d.k(C.amount(r))}",
            f"{d.k('Uitbetaald')} op {d.iban(C.iban(r, r.choice(['PL', 'RO', 'BG', 'LT', 'NL', 'LV', 'HU', 'CZ', 'HR', 'PT'])))}",
            "",
            f"{d.k('Toelichting')} {d.k('bemiddelaar')}: {N(d, p, 'first')} betaalt huur voor een bed in een kamer met drie anderen. Het {d.k('bureau')} "
            f"({d.k('contact')}: {N(d, Person(r), 'full')}) stemde in met een gesprek; {N(d, c['off'], 'sur_t')} van {d.k(c['dept'])} sluit aan. {med_sign(d, c)}",
        ]
    )


def mig_agency_mail(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r, r.choice(["nl", "nlp", "bra", "lim", "fry", "ger"]))
    off = c["off"]
    ag = r.choice(AGENCIES)
    return "\n".join(
        [
            f"{d.k('Van')}: {N(d, p, 'full')} <{d.mail(p.work_email(ag.lower().replace(' ', '').replace('-', '') + '.nl'))}>",
            f"{d.k('Onderwerp')}: {d.k('Re')}: {d.k('omgevingsvergunning')} {d.k('huisvesting')} {d.k('arbeidsmigranten')} [{d.case(C.case_number(r))}]",
            "",
            f"Beste {N(d, off, r.choice(['first', 'full']))},",
            "",
            f"Wij willen {r.randint(20, 80)} {d.k('arbeidsmigranten')} huisvesten in het voormalige {d.k(r.choice(['kantoorpand', 'klooster', 'hotel', 'bejaardenhuis']))} aan de {d.adr(Address(r).street)}. "
            f"De {d.k('buurt')} is ongerust; {N(d, Person(r), 'sur_t')} van de {d.k('bewonersvereniging')} vroeg om {d.k('afstemming')}. Ik stel voor dat wij op {d.k(r.choice(C.WEEKDAYS))} met de {d.k('bemiddelaar')} om tafel gaan.",
            "",
            "Met vriendelijke groet,",
            f"{N(d, p, r.choice(['full', 'init']))}",
            f"{d.k(r.choice(['Manager Huisvesting', 'Vestigingsmanager', 'Accountmanager']))} | {d.k(ag)}",
            f"M {d.tel(C.mobile(r))}",
        ]
    )


def mig_meeting(d: Doc, c: dict) -> str:
    r = d.r
    owner = Person(r)
    nb = [Person(r, r.choice(["nl", "nlp", "mar", "tur", "hin", "cre", "fry"])) for _ in range(2)]
    w = mw(r)
    a = Address(r, c["town"])
    return "\n".join(
        [
            f"{d.k('Verslag')} {d.k('bemiddelingsgesprek')} {d.k('short stay')} {d.adr(a.line)}",
            f"{d.k('Datum')}: {d.k(C.plain_date(r))}",
            "",
            f"{d.k('Aanwezig')}: {N(d, owner, r.choice(['full', 'init_t']))} ({d.k('eigenaar')}), {N(d, nb[0], 'full')} en {N(d, nb[1], 'full')} ({d.k('omwonenden')}), "
            f"{N(d, w, 'full')} ({d.k('namens')} de {d.k('bewoners')}), {N(d, c['med'], 'full')} ({d.k('bemiddelaar')})",
            "",
            f"1. {d.k('Geluid')}: {N(d, nb[0], 'first')} hoort 's nachts busjes ({d.plate(C.foreign_plate(r))}) die {d.k('ploegen')} ophalen.",
            f"2. {d.k('Afval')}: {N(d, owner, 'sur')} plaatst een extra {d.k('container')}.",
            f"3. {d.k('Contact')}: {N(d, w, 'first')} is aanspreekpunt, {d.tel(C.foreign(r))}; {N(d, owner, 'first')} op {d.tel(C.mobile(r))}.",
            f"4. {d.k('Evaluatie')} over zes weken, {cue(d)} {d.case(C.case_number(r))}.",
        ]
    )


def mig_vans(d: Doc, c: dict) -> str:
    r = d.r
    p = Person(r)
    a = Address(r, c["town"])
    plates = [C.foreign_plate(r) if r.random() < 0.6 else C.plate(r) for _ in range(r.randint(2, 4))]
    return (
        f"{d.k('Melding')} {d.k('openbare ruimte')} {cue(d)} {d.case(C.case_number(r))}\n{d.k('Melder')}: {N(d, p, r.choice(['full', 'rev']))}, {d.adr(a.line)}, {d.mail(p.email())}\n"
        f"{d.k('Omschrijving')}: elke ochtend om vijf uur staan er busjes met draaiende motor: "
        + ", ".join(d.plate(x) for x in plates)
        + f". Ik heb {N(d, Person(r), 'sur_t')} van het {d.k('uitzendbureau')} al twee keer gebeld. "
        f"{d.k('Reactie')} {d.k('handhaving')} ({N(d, c['off'], 'paraph')}): {d.k('parkeerverbod')} wordt onderzocht."
    )


def mig_schedule(d: Doc, c: dict) -> str:
    r = d.r
    rows = [
        f"{d.k('OPHAALSCHEMA')} {d.k('week')} {r.randint(1, 52)} — {d.k(r.choice(['kassen', 'distributiecentrum', 'slachterij', 'bollenveld']))} {d.k(c['town'])}",
        f"{d.k('tijd')} | {d.k('naam')} | {d.k('ophaaladres')} | {d.k('tel')}",
    ]
    for _ in range(r.randint(3, 6)):
        p = mw(r)
        rows.append(
            f"0{r.randint(4, 6)}:{r.choice(['00', '15', '30', '45'])} | {N(d, p, r.choice(['full', 'caps', 'rev', 'first']))} | {d.adr(Address(r).line)} | {d.tel(C.foreign(r))}"
        )
    drv = Person(r)
    rows += [
        f"{d.k('Chauffeur')}: {N(d, drv, 'full')}, {d.k('bus')} {d.plate(C.plate(r))}",
        f"{d.k('Opmerking')}: schema gedeeld met {N(d, c['med'], 'first')} in verband met de {d.k('klachten')} over de {d.k('ophaaltijden')}.",
    ]
    return "\n".join(rows)


MIGRANT = [mig_inspect, mig_message, mig_register, mig_payslip, mig_agency_mail, mig_meeting, mig_vans, mig_schedule]


# =============================================================== known: the resident's name holds an ordinary word
def known_doc(d: Doc, c: dict, kp: Person, word: str, phrases: list[str], shape: int) -> str:
    r = d.r
    ph = [phrases[0], phrases[1]]
    d.k(ph[0])
    a = Address(r, c["town"])
    off = c["off"]
    use_mail = r.random() < 0.25
    use_tel = r.random() < 0.3
    em = kp.email() if use_mail else ""
    tl = C.phone(r) if use_tel else ""
    d.known = {"names": [kp.full]}
    if use_mail:
        d.known["emails"] = [em]
    if use_tel:
        d.known["phones"] = [tl]
    extra = ""
    if use_mail:
        extra += f" {d.k('E-mail')}: {d.mail(em)}."
    if use_tel:
        extra += f" {d.k('Telefoon')}: {d.tel(tl)}."
    s = shape % 12
    if s == 0:
        t = (
            f"{d.k('Intake')} {d.k('Voedselbank')}: {N(d, kp, 'full')} vertelt dat het geld op is. Thuis staat alleen nog {ph[0]}. "
            f"{N(d, kp, 'sur_t')} woont op {d.adr(a.line)}.{extra}"
        )
    elif s == 1:
        t = (
            f"{d.k('Telefoonnotitie')} {d.k(C.plain_date(r))}: gebeld met {N(d, kp, 'full')} over de onbetaalde factuur {d.case(C.INVOICE_FORMS(r))}. "
            f"Ze had het ook over {ph[0]}. {N(d, kp, 'sur')} belt terug na overleg met {N(d, off, 'full')}.{extra}"
        )
    elif s == 2:
        t = (
            f"{d.k('Gespreksverslag')} {cue(d)} {d.case(C.case_number(r))}\n{d.k('Aanwezig')}: {N(d, kp, 'full')}, {N(d, c['med'], 'full')}\n"
            f"Het gesprek ging eerst over {ph[0]}, daarna over de {d.k('kledingbank')}. {d.k('Afspraak')}: {N(d, kp, 'sur_t')} krijgt een nieuwe pas.{extra}"
        )
    elif s == 3:
        t = (
            f"| {d.k('naam')} | {d.k('onderwerp')} | {d.k('status')} |\n|---|---|---|\n| {N(d, kp, 'rev')} | {d.k('huisvesting')} | {d.k('open')} |\n\n"
            f"{d.k('Toelichting')}: in het gesprek kwam {ph[0]} ter sprake; {N(d, kp, 'sur')} wil dat de {d.k('gemeente')} reageert.{extra}"
        )
    elif s == 4:
        t = (
            f"{d.k('Onderwerp')}: {d.k('betaling')} {d.k('verjaardagsbox')}\n\nBeste {N(d, kp, 'first') if kp.first != word else N(d, kp, 'full')},\n\n"
            f"Dank voor uw bericht over {ph[0]}. {d.k('Wij')} nemen contact op met {N(d, off, 'full')}.\n\n{med_sign(d, c)}{extra}"
        )
    elif s == 5:
        t = (
            f"{N(d, kp, 'caps')}\n{d.k('Huisbezoek')} {d.k(C.plain_date(r))}, {d.adr(a.line)}\n"
            f"{d.k('Situatie')}: in de woonkamer {d.k('viel')} ons {ph[0]} op. {N(d, kp, 'sur_t')} vertelt over de {d.k('uitzendbaan')}.{extra}"
        )
    elif s == 6:
        t = (
            f"{d.k('Bezwaar')} van {N(d, kp, 'init_t')}, {d.k('geboren')} {dob(d)}, tegen het {d.k('besluit')} over de {d.k('bijzondere bijstand')}. "
            f"In de brief staat ook iets over {ph[0]}. {cue(d)} {d.case(C.case_number(r))}.{extra}"
        )
    elif s == 7:
        t = (
            f"[{r.randint(8, 20)}:{r.randint(10, 59)}] {N(d, kp, 'full')}: heb de {d.k('kringloop')} gebeld, die komen pas {d.k(r.choice(C.WEEKDAYS))}\n"
            f"[{r.randint(8, 20)}:{r.randint(10, 59)}] {N(d, c['med'], 'first')}: ok! en hoe is het met {ph[0]}?\n[{r.randint(8, 20)}:{r.randint(10, 59)}] {N(d, kp, 'first')}: gaat wel.{extra}"
        )
    elif s == 8:
        t = (
            f"{d.k('Tijdlijn')} {N(d, kp, 'sur')}\n- {d.k(C.plain_date(r))}: {d.k('aanmelding')} bij de {d.k('bemiddelaar')}\n"
            f"- {d.k(C.plain_date(r))}: gesprek met {N(d, off, 'full')}; het ging ook over {ph[0]}\n- {d.k(C.plain_date(r))}: {d.k('afspraak')} nagekomen{extra}"
        )
    elif s == 9:
        t = (
            f"{d.k('Terugbelverzoek')}: {N(d, kp, 'full')} wil weten waarom de {d.k('betaalrun')} de factuur oversloeg. "
            f"Ze noemde {ph[0]} als voorbeeld van wat ze levert. Graag vóór {d.k(r.choice(C.WEEKDAYS))} bellen.{extra}"
        )
    elif s == 10:
        t = (
            f"{d.k('Huisvestingscontrole')} {d.adr(a.line)}: {N(d, kp, 'full')} ({d.k('beheerder')}) liet ons binnen. In de schuur lag {ph[0]}. "
            f"Volgens {N(d, kp, 'sur_t')} wonen er {r.randint(3, 8)} mensen.{extra}"
        )
    else:
        t = (
            f"{d.k('Evaluatie')}: {N(d, kp, 'full')} is tevreden over de {d.k('afstemming')}. Achteraf ging het vooral over {ph[0]}, "
            f"zegt {N(d, kp, 'sur_t')}. {med_sign(d, c)}{extra}"
        )
    if r.random() < 0.5:
        t += f" Ook {d.k(ph[1])} kwam nog aan bod."
    if r.random() < 0.3 and kp.first == word:
        q = kp.relative()
        t += f" {d.k('Partner')}: {N(d, q, 'full')}."
    if kp.full not in t:
        t += f"\n({d.k('Dossier')}: {N(d, kp, 'full')})"
    return t
