"""More templates of holdout2_shapes.jsonl: narratives, hand-overs, invitations, voicemail, group chats, dossiers."""

from __future__ import annotations

import datetime as dt

from h2_core import Gen, cap, keep, m, the_body, the_team
from h2_known import word_person
from h2_pools import APPLY_SCHEMES, BODIES, DECIDING_TEAMS, ORGS, PUBLIC_NUMBERS, ROLES, SCHEMES, TEAMS, WEEKDAYS


def P(t: str) -> str:
    return m("PERSON", t)


def A(t: str) -> str:
    return m("ADDRESS", t)


def K(t: str) -> str:
    return keep(t)


def complaint_narrative(g: Gen) -> str:
    res = g.person()
    partner = g.person(origin=res.origin, gender="m" if res.gender == "f" else "f")
    kid = g.child_name(res.origin, "m")
    neighbour = g.person()
    year = g.r.randrange(2012, 2024)
    street = g.street()
    rel = "man" if partner.gender == "m" else "vrouw"
    paras = [
        g.pick(
            [
                f"Sinds wij in {year} aan de {A(street)} zijn komen wonen, is er elke zomer wateroverlast.",
                f"Wij wonen sinds {year} in een hoekhuis aan de {A(street)}. Bij elke regenbui loopt de kelder vol.",
            ]
        ),
        f"Mijn {rel} {P(partner.first)} heeft het al vier keer gemeld bij {the_team(g.pick(TEAMS))}.",
        g.pick(
            [
                f"Onze {'buurvrouw' if neighbour.gender == 'f' else 'buurman'}, {P(neighbour.full)}, heeft "
                "hetzelfde probleem en is er ziek van.",
                f"Ook {g.title(neighbour)} {P(neighbour.ref)} van hiernaast heeft foto's gestuurd.",
            ]
        ),
        f"Ons zoontje {P(kid)} durft niet meer in de tuin te spelen.",
        f"Ik wil graag dat iemand komt kijken. Met vriendelijke groet, {P(res.full)}",
    ]
    return "\n\n".join([" ".join(paras[:2]), " ".join(paras[2:4]), paras[4]])


def handover(g: Gen) -> str:
    a, b, res, contact = g.person(), g.person(), g.person(), g.person()
    cue, num = g.case()
    org = g.pick(ORGS)
    d = g.day()
    return "\n".join(
        [
            f"Overdracht {cue}{m('CASE_NUMBER', num)}",
            f"Van: {P(a.full)} ({g.pick(ROLES)}) — naar: {P(b.full)}",
            f"Ingangsdatum: {K(g.date_words(d))}",
            "",
            f"{res.title.capitalize()} {P(res.full)} heeft een schuld bij {the_body(g.pick(BODIES))} en wacht op een "
            f"regeling. Contactpersoon bij {K(org)} is {P(contact.full)}, bereikbaar op {m('PHONE', g.phone())}.",
            f"{P(b.first)}, let op: {P(res.ref)} wil niet op {K(g.pick(WEEKDAYS))} gebeld worden.",
        ]
    )


def invitation(g: Gen) -> str:
    res, off, extra = g.person(), g.person(), g.person()
    d = g.day(2024, 2025)
    while d.weekday() > 4:
        d += dt.timedelta(days=1)
    who = [f"{res.title} {P(res.full)}", f"{P(off.full)} ({K(g.pick(ROLES))}, {K(g.pick(TEAMS))})"]
    if g.chance(0.6):
        who.append(f"{P(extra.initialed)} ({K(g.pick(ORGS))})")
    return "\n".join(
        [
            f"Uitnodiging gesprek over {K(g.pick(SCHEMES))}",
            f"Wanneer: {K(g.date_words(d, weekday=True))}, {g.time()} uur",
            f"Waar: {K('stadskantoor')}, spreekkamer {g.r.randrange(1, 12)}",
            "Met: " + "; ".join(who),
            "",
            f"Kunt u niet? Bel dan {K(g.k14())} en vraag naar {P(off.first)}.",
        ]
    )


def voicemail(g: Gen) -> str:
    res = g.person()
    d = g.pick("123456") + g.digits(7)
    first = f"06-{d}"
    again = f"nul zes {' '.join(d)}" if g.chance(0.2) else f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    street = g.address()
    spoken = g.pick(
        [
            f"'Ja, goedemiddag, u spreekt met {P(res.full)}, eh, van de {A(street)}. Het gaat over de brief van "
            f"{K(g.date_words(year=False))}. Wilt u mij terugbellen op {m('PHONE', first)}? Nog een keer: "
            f"{m('PHONE', again)}. Dank u wel.'",
            f"'Hallo, met {P(res.first)}... {P(res.full)}. Ik woon op {A(street)} en er ligt nog steeds "
            f"grofvuil voor de deur. Mijn nummer is {m('PHONE', first)}.'",
        ]
    )
    return f"Voicemail {K(g.pick(WEEKDAYS))} {g.time()} (uitgeschreven door het {K('Klantcontactcentrum')}):\n{spoken}"


def group_chat(g: Gen) -> str:
    a, b, c, res = g.person(), g.person(), g.person(), g.person()
    t = g.times(5)
    lines = [
        f"[{t[0]}] {P(a.full)}: wie heeft {g.title(res)} {P(res.ref)} vandaag gesproken?",
        f"[{t[1]}] {P(b.full)}: ik! {res.pron} was erg boos over {K(g.pick(SCHEMES))}",
        f"[{t[2]}] {P(a.full)}: oké. {P(c.first)}, kun jij {res.poss} dossier even checken?",
        f"[{t[3]}] {P(c.full)}: doe ik na de lunch 👍",
        f"[{t[4]}] {P(b.full)}: {res.poss} nummer staat in het systeem, {m('PHONE', g.phone(res))}",
    ]
    return "\n".join(lines)


def caps_dossier(g: Gen) -> str:
    res, off = g.person(), g.person()
    dob = g.dob()
    head = g.pick([res.sur_first(0), res.sur_first(1), res.full]).upper()
    return "\n".join(
        [
            f"DOSSIER: {P(head)} (GEB. {m('DATE_OF_BIRTH', dob.upper())})",
            f"REGELING: {K(g.pick(SCHEMES).upper())}",
            f"BEHANDELAAR: {P(off.full.upper())}",
            "",
            f"Samenvatting: {g.title(res)} {P(res.ref)} is na een scheiding verhuisd naar de {A(g.address())}. "
            f"Het {K('UWV')} heeft de uitkering verlaagd; {res.pron} kan de huur niet meer betalen.",
        ]
    )


def resident_letter(g: Gen) -> str:
    res, off = g.person(), g.person()
    cue, num = g.case()
    city = g.muni[0]
    decision = g.day()
    pc = g.postcode()
    return "\n".join(
        [
            P(res.full),
            A(g.address()),
            f"{m('POSTCODE', pc)} {city}",
            "",
            f"Aan het college van burgemeester en wethouders van {K(city)}",
            f"t.a.v. {P(off.initialed)}, {K(g.pick(DECIDING_TEAMS))}",
            "",
            f"Betreft: bezwaar tegen het besluit van {K(g.date_words(decision))}, {cue}{m('CASE_NUMBER', num)}",
            "",
            "Geacht college,",
            "",
            f"Hierbij maak ik bezwaar tegen uw besluit over mijn "
            f"{K(g.pick(['uitkering', 'bijzondere bijstand', 'kwijtschelding', 'parkeervergunning']))}. "
            "U schrijft dat ik mijn "
            "inkomsten niet heb doorgegeven, maar ik heb dat wel gedaan, telefonisch, met een medewerker die zich "
            f"voorstelde als {P(g.person().first)}.",
            "",
            "Hoogachtend,",
            "",
            P(res.full),
        ]
    )


def address_change(g: Gen) -> str:
    res = g.person()
    old, new = g.address(), g.address()
    pc = g.postcode()
    moved = g.day()
    return (
        f"Adreswijziging {K(g.pick(['Burgerzaken', 'Publiekszaken']))}: {P(res.initialed)} is op "
        f"{K(g.date_words(moved))} verhuisd van de {A(old)} naar {A(new)}, {m('POSTCODE', pc)}. "
        f"Post voor {g.title(res)} {P(res.ref)} die nog op het oude adres binnenkomt, gaat retour. "
        f"Vragen? {K(g.pick(PUBLIC_NUMBERS))} (gratis) of {K('www.' + g.muni[2])}."
    )


def signature_heavy(g: Gen) -> str:
    off, res = g.person(), g.person()
    team = g.pick(TEAMS)
    city, _, domain = g.muni
    days = g.pick(["ma, di en do", "maandag t/m donderdag", "di-vr"])
    return "\n".join(
        [
            f"Beste {res.title} {P(res.ref)},",
            "",
            f"Zoals besproken stuur ik u het formulier voor {K(g.pick(APPLY_SCHEMES))}. U kunt het vóór "
            f"{K(g.date_words(year=False))} terugsturen.",
            "",
            "Vriendelijke groet,",
            "",
            P(off.full),
            K(g.pick(ROLES)),
            f"{cap(the_team(team))} | {K('gemeente ' + city)}",
            f"Direct: {m('PHONE', g.landline())} | Mobiel: {m('PHONE', g.mobile())}",
            f"Aanwezig: {days}",
            K("www." + domain),
        ]
    )


def referral(g: Gen) -> str:
    res, om, off = g.person(), g.person(), g.person()
    d = g.day()
    later = d + dt.timedelta(days=g.r.randrange(14, 60))
    text = (
        f"Geen oplossing gevonden. {res.title.capitalize()} {P(res.full)} is op {K(g.date_words(d))} doorverwezen "
        f"naar {the_body('Nationale ombudsman')}. Daar behandelt {P(om.full)} de klacht. {P(off.ref)} "
        f"({K(g.pick(TEAMS))}) stuurt het dossier; {P(res.ref)} krijgt voor {K(g.date_words(later))} bericht."
    )
    return text


def word_names(g: Gen) -> str:
    """Residents and officials whose names are ordinary words, with no record data to help (not "known")."""
    r = word_person(g, prefer_first=False)
    o = word_person(g)
    p, off = r.p, o.p
    return " ".join(
        [
            f"{cap(p.title)} {P(p.ref)} belde met {P(off.full)} van {the_team(g.pick(TEAMS))}.",
            f"{r.usages[0]}.",
            f"{P(off.first)} zegt toe dat {p.title} {P(p.ref)} voor {K(g.date_words(year=False))} antwoord krijgt.",
            f"{o.usages[1]}.",
        ]
    )


def money_prose(g: Gen) -> str:
    """Identifiers in running text rather than in a form."""
    res = g.person()
    dob = g.dob()
    cue = g.pick(["geboren op ", "geb. ", "", "geboortedatum "])
    bsn = m("BSN", g.bsn())
    who = f"{res.title.capitalize()} {P(res.full)} ({bsn if g.chance(0.5) else 'BSN ' + bsn}"
    who += f", {cue}{m('DATE_OF_BIRTH', dob)})"
    lines = [
        f"{who} heeft een achterstand van {K(g.amount())} bij "
        f"{the_body(g.pick(['CAK', 'DUO', 'Belastingdienst', 'UWV', 'SVB', 'Dienst Toeslagen']))}.",
        f"Vanaf {K(g.date_words(year=False))} wordt de uitkering overgemaakt naar {m('IBAN', g.iban())} in plaats "
        f"van {m('IBAN', g.iban(g.chance(0.3)))}.",
        f"De deurwaarder heeft {res.poss} auto ({m('LICENSE_PLATE', g.plate())}) in beslag genomen; {P(res.ref)} "
        f"heeft die nodig voor {res.poss} werk.",
    ]
    return " ".join(lines)


TEMPLATES = [
    money_prose,
    word_names,
    complaint_narrative,
    handover,
    invitation,
    voicemail,
    group_chat,
    caps_dossier,
    resident_letter,
    address_change,
    signature_heavy,
    referral,
]
