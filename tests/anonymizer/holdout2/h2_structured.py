"""Templates of holdout2_structured.jsonl: identifiers in many notations inside forms, tables, lists and exports."""

from __future__ import annotations

from h2_core import Gen, keep, m, the_body
from h2_pools import BODIES, MUNICIPAL_SCHEMES, ORGS, PUBLIC_NUMBERS, ROLES, SCHEMES, TEAMS


def P(t: str) -> str:
    return m("PERSON", t)


def K(t: str) -> str:
    return keep(t)


def name_any(g: Gen, p) -> str:
    return g.pick([p.full, p.initialed, p.sur_first(0), p.sur_first(1), p.sur_first(2)])


def form(g: Gen) -> str:
    res, partner = g.person(), g.person()
    city = g.muni[0]
    scheme = g.pick(MUNICIPAL_SCHEMES)
    with_partner = g.chance(0.5)
    lines = [
        f"AANVRAAGFORMULIER {K(scheme.upper())}",
        "",
        "Gegevens aanvrager",
        f"Naam: {P(name_any(g, res))}",
        f"BSN: {m('BSN', g.bsn())}",
        f"{K('Geboortedatum')}: {m('DATE_OF_BIRTH', g.dob())}",
        f"Adres: {m('ADDRESS', g.address())}",
        f"Postcode en woonplaats: {m('POSTCODE', g.postcode())} {city}",
        f"Telefoon: {m('PHONE', g.phone(res))}",
        f"E-mailadres: {m('EMAIL', g.email(res))}",
        f"IBAN: {m('IBAN', g.iban())}",
        f"Ten name van: {P(res.initialed)}",
    ]
    if with_partner:
        lines += [
            "",
            "Gegevens partner",
            f"Naam: {P(name_any(g, partner))}",
            f"BSN: {m('BSN', g.bsn())}",
            f"{K('Geboortedatum')}: {m('DATE_OF_BIRTH', g.dob())}",
        ]
    lines += [
        "",
        f"Gevraagd bedrag: {K(g.amount())}",
        f"Datum aanvraag: {K(g.date_digits())}",
        f"Ingevuld door: {K(g.pick(['aanvrager', 'mantelzorger', 'schuldhulpverlener']))}",
    ]
    return "\n".join(lines)


def parking_table(g: Gen) -> str:
    rows = []
    for _ in range(g.r.randrange(3, 6)):
        p = g.person()
        rows.append(
            f"| {P(name_any(g, p))} | {m('ADDRESS', g.address())} | {m('LICENSE_PLATE', g.plate())} | "
            f"{K(g.pick(['bewonersvergunning', 'bedrijfsvergunning', 'mantelzorgvergunning']))} | "
            f"{K(g.amount())} |"
        )
    head = [
        f"Overzicht aanvragen {K('parkeervergunning')} {K(g.pick(['januari', 'februari', 'maart', 'april']))}",
        "",
        f"| Naam | Adres | {K('Kenteken')} | Soort | Bedrag |",
        "|---|---|---|---|---|",
    ]
    return "\n".join(head + rows)


def csv_export(g: Gen) -> str:
    sep = g.pick([";", ",", "\t"])
    cols = ["zaaknummer", "naam", "geboortedatum", "bsn", "iban", "bedrag"]
    lines = [sep.join(K(c) if c in ("geboortedatum", "bedrag") else c for c in cols)]
    for _ in range(g.r.randrange(2, 5)):
        p = g.person()
        amount = f"{g.r.randrange(20, 3000)}{'.' if sep == ',' else ','}{g.pick(['00', '50', '25', '80'])}"
        name = p.full if sep == "," else name_any(g, p)
        lines.append(
            sep.join(
                [
                    m("CASE_NUMBER", g.case()[1]),
                    P(name),
                    m("DATE_OF_BIRTH", g.dob()),
                    m("BSN", g.bsn()),
                    m("IBAN", g.iban()),
                    K(amount),
                ]
            )
        )
    return f"Export {K(g.pick(SCHEMES))} ({K(g.date_words())})\n" + "\n".join(lines)


def household(g: Gen) -> str:
    a = g.person()
    b = g.person()
    kids = [g.child_name(a.origin) for _ in range(g.r.randrange(1, 4))]  # first names only, as on such lists
    lines = [
        f"Samenstelling huishouden ({K(g.pick(SCHEMES))}):",
        f"- {P(a.full)}, aanvrager, geb. {m('DATE_OF_BIRTH', g.dob())}, BSN {m('BSN', g.bsn())}",
        f"- {P(b.full)}, partner, geboren {m('DATE_OF_BIRTH', g.dob())}, BSN {m('BSN', g.bsn())}",
    ]
    for kid in kids:
        lines.append(f"- {P(kid)} ({K('kind')}), {m('DATE_OF_BIRTH', g.dob(child=True))}")
    lines.append(f"Woonadres: {m('ADDRESS', g.address())}, {m('POSTCODE', g.postcode())} {g.muni[0]}")
    return "\n".join(lines)


def payment(g: Gen) -> str:
    p = g.person()
    cue, num = g.case()
    foreign = g.chance(0.25)
    return (
        f"Wilt u {K(g.amount())} overmaken naar {m('IBAN', g.iban(foreign))} t.n.v. {P(p.initialed)} "
        f"o.v.v. {cue}{m('CASE_NUMBER', num)}? Heeft u vragen, bel dan {K(g.k14())} of kijk op "
        f"{K('www.' + g.muni[2])}. Betaalt u niet voor {K(g.date_words())}, dan volgt een aanmaning."
    )


def contact_list(g: Gen) -> str:
    team = g.pick(TEAMS)
    lines = [f"Bereikbaarheid {K(team)}", ""]
    for _ in range(g.r.randrange(3, 6)):
        o = g.person()
        sep = g.pick(["\t", " | ", " - "])
        lines.append(
            sep.join(
                [
                    P(o.full),
                    K(g.pick(ROLES)),
                    m("PHONE", g.landline() if g.chance(0.5) else g.mobile()),
                    m("EMAIL", g.work_email(o)),
                ]
            )
        )
    lines += [
        "",
        f"Algemeen: {K(g.k14())} of {K('info@' + g.muni[2])}",
        f"Buiten kantooruren: {K(g.pick(PUBLIC_NUMBERS))}",
    ]
    return "\n".join(lines)


def pipe_records(g: Gen) -> str:
    lines = [f"Meldingen {K(g.pick(BODIES))}:"]
    for _ in range(g.r.randrange(2, 5)):
        p = g.person()
        fields = [f"Naam: {P(name_any(g, p))}", f"BSN: {m('BSN', g.bsn())}", f"Tel: {m('PHONE', g.phone(p))}"]
        if g.chance(0.5):
            fields.append(f"{K('Kenteken')}: {m('LICENSE_PLATE', g.plate())}")
        if g.chance(0.5):
            fields.append(f"Postcode: {m('POSTCODE', g.postcode())}")
        lines.append(" | ".join(fields))
    return "\n".join(lines)


def plates(g: Gen) -> str:
    lines = [f"Controle {K('Handhaving')} {K(g.date_words(weekday=True))}", "Geconstateerde voertuigen:"]
    for i in range(g.r.randrange(2, 5)):
        p = g.person()
        what = g.pick(["foutparkeren", "geen vergunning", "op de stoep", "laden en lossen buiten tijden"])
        lines.append(f"{i + 1}. {m('LICENSE_PLATE', g.plate())} — {K(what)} — houder {P(name_any(g, p))}")
    lines.append(f"Boete per overtreding: {K(g.amount())}")
    return "\n".join(lines)


def case_list(g: Gen) -> str:
    lines = ["Zaken in behandeling:"]
    for i in range(g.r.randrange(3, 6)):
        p = g.person()
        num = g.case()[1]
        lines.append(
            f"{i + 1}) {m('CASE_NUMBER', num)} — {g.title(p)} {P(p.ref)} — {K(g.pick(SCHEMES))} — "
            f"termijn {K(g.date_digits())}"
        )
    return "\n".join(lines)


def kv_export(g: Gen) -> str:
    p = g.person()
    fields = [
        f"naam={P(p.full)}",
        f"bsn={m('BSN', g.bsn())}",
        f"geboortedatum={m('DATE_OF_BIRTH', g.dob())}",
        f"adres={m('ADDRESS', g.address())}",
        f"postcode={m('POSTCODE', g.postcode())}",
        f"telefoon={m('PHONE', g.phone(p))}",
        f"email={m('EMAIL', g.email(p))}",
        f"regeling={K(g.pick(SCHEMES))}",
        f"status={K(g.pick(['toegekend', 'afgewezen', 'in behandeling']))}",
    ]
    g.r.shuffle(fields)
    return "; ".join(fields)


def address_labels(g: Gen) -> str:
    blocks = []
    for _ in range(g.r.randrange(2, 4)):
        p = g.person()
        head = ("Mevrouw " if p.gender == "f" else "De heer ") + P(p.initialed)
        if g.chance(0.3):
            head = f"Familie {P(p.ref)}"
        blocks.append(f"{head}\n{m('ADDRESS', g.address())}\n{m('POSTCODE', g.postcode())}  {g.muni[0].upper()}")
    return f"Adresetiketten {K(g.pick(SCHEMES))}, verzending {K(g.date_words())}\n\n" + "\n\n".join(blocks)


def foreign_contacts(g: Gen) -> str:
    res = g.person(
        origin=g.pick(
            [
                "turkish",
                "moroccan",
                "hindustani",
                "antillean",
                "polish",
                "syrian",
                "eritrean",
                "ukrainian",
                "somali",
                "ghanaian",
                "vietnamese",
                "chinese",
            ]
        )
    )
    lines = [f"Dossier {P(res.full)}", "Contactpersonen:"]
    for rel in g.r.sample(["broer", "zus", "moeder", "neef", "tante", "vader"], 2):
        c = g.person(origin=res.origin)
        lines.append(f"- {P(c.full)} ({K(rel)}): {m('PHONE', g.foreign(res.origin))}")
    lines.append(f"- zelf: {m('PHONE', g.mobile())}")
    return "\n".join(lines)


def dob_table(g: Gen) -> str:
    lines = [
        f"Deelnemers {K(g.pick(['taalcursus', 'budgetcursus', 'werkervaringsplek']))}",
        "",
        "| Naam | Geb.datum | Telefoon |",
        "|---|---|---|",
    ]
    for _ in range(g.r.randrange(3, 6)):
        p = g.person()
        lines.append(f"| {P(name_any(g, p))} | {m('DATE_OF_BIRTH', g.dob())} | {m('PHONE', g.phone(p))} |")
    lines.append(f"Start: {K(g.date_words(weekday=True))}, {K(g.pick(ORGS))}")
    return "\n".join(lines)


def iban_change(g: Gen) -> str:
    p = g.person()
    return "\n".join(
        [
            f"Wijziging rekeningnummer ({K(g.pick(SCHEMES))})",
            f"Cliënt: {P(name_any(g, p))}, {m('CASE_NUMBER', g.case()[1])}",
            f"Oud: {m('IBAN', g.iban())}",
            f"Nieuw: {m('IBAN', g.iban(g.chance(0.2)))} t.n.v. {P(p.initialed)}",
            f"Ingangsdatum: {K(g.date_words())}",
        ]
    )


TEMPLATES = [
    form,
    parking_table,
    csv_export,
    household,
    payment,
    contact_list,
    pipe_records,
    plates,
    case_list,
    kv_export,
    address_labels,
    foreign_contacts,
    dob_table,
    iban_change,
]


def sepa_batch(g: Gen) -> str:
    lines = [f"Betaalbatch {K(g.pick(SCHEMES))} {K(g.date_digits())}", "", "IBAN | Naam | Bedrag | Omschrijving"]
    for _ in range(g.r.randrange(3, 6)):
        p = g.person()
        cue, num = g.case()
        lines.append(
            f"{m('IBAN', g.iban(g.chance(0.15)))} | {P(name_any(g, p))} | {K(g.amount())} | "
            f"{cue}{m('CASE_NUMBER', num)}"
        )
    lines.append(f"Totaal: {len(lines) - 3} betalingen")
    return "\n".join(lines)


def truancy(g: Gen) -> str:
    school = g.pick(["OBS De Regenboog", "Het Baken", "CBS De Wegwijzer", "Montessorischool Oost", "Het Stedelijk"])
    lines = [f"Verzuimmeldingen {K(school)} — {K(g.pick(['week 12', 'week 37', 'week 45', 'week 3']))}", ""]
    for _ in range(g.r.randrange(2, 4)):
        parent = g.person()
        kid = g.person(origin=parent.origin, double=False)
        kid.sur = parent.sur
        lines.append(
            f"- {P(kid.full)} ({m('DATE_OF_BIRTH', g.dob(child=True))}), {K('ongeoorloofd verzuim')}; "
            f"ouder: {P(parent.full)}, {m('PHONE', g.phone(parent))}"
        )
    lines.append(f"Doorgezet naar {K('Leerplicht')}.")
    return "\n".join(lines)


def vertical_table(g: Gen) -> str:
    p = g.person()
    rows = [
        ("Naam", P(name_any(g, p))),
        ("BSN", m("BSN", g.bsn())),
        (K("Geboortedatum"), m("DATE_OF_BIRTH", g.dob())),
        ("Adres", f"{m('ADDRESS', g.address())}, {m('POSTCODE', g.postcode())} {g.muni[0]}"),
        ("Telefoon", m("PHONE", g.phone(p))),
        (K("Kenteken"), m("LICENSE_PLATE", g.plate())),
        ("Regeling", K(g.pick(SCHEMES))),
    ]
    keep_rows = rows[:1] + g.r.sample(rows[1:], 4)
    return "\n".join(["| Veld | Waarde |", "|---|---|"] + [f"| {a} | {b} |" for a, b in keep_rows])


def vehicle_register(g: Gen) -> str:
    p = g.person()
    since = g.day(2015, 2024)
    return "\n".join(
        [
            "Uittreksel kentekenregister",
            f"{K('Kenteken')}: {m('LICENSE_PLATE', g.plate())}",
            f"Tenaamgesteld op: {P(p.sur_first(g.r.randrange(3)))}",
            f"Sinds: {K(g.date_words(since))}",
            f"Adres: {m('ADDRESS', g.address())}",
            f"       {m('POSTCODE', g.postcode())} {g.muni[0].upper()}",
            f"Bron: {the_body('RDW')}, opgevraagd door {K('Parkeerbeheer')}",
        ]
    )


TEMPLATES += [sepa_batch, truancy, vertical_table, vehicle_register]
