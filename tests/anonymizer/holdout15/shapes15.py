"""holdout15: the shapes of the four files (care and support, work and learning, housing and living, known)."""

from __future__ import annotations

from core15 import (
    CASE_CUES,
    MONTHS,
    TITLES,
    TOWNS,
    WEEKDAYS,
    Doc,
    bsn,
    bsn_fmt,
    case,
    dob,
    fold,
    housenr,
    iban,
    iban_fmt,
    mobile,
    phone,
    plain_date,
    plate,
    postcode,
    street,
)

PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "yahoo.com",
    "planet.nl",
    "xs4all.nl",
    "telfort.nl",
    "proton.me",
    "hetnet.nl",
    "upcmail.nl",
    "gmx.de",
    "caiway.nl",
]
DEPTS = [
    "Sociaal Wijkteam",
    "Team Wmo",
    "Werk en Inkomen",
    "Jeugd en Gezin",
    "Schuldhulpverlening",
    "Leerplicht",
    "Publiekszaken",
    "Team Participatie",
    "Wonen en Leefomgeving",
    "Handhaving",
    "Team Inburgering",
    "Klantcontactcentrum",
    "Beschermd Wonen",
    "Maatschappelijke Ondersteuning",
    "Werkgeversservicepunt",
]
SCHEMES = [
    "Wmo 2015",
    "Participatiewet",
    "Jeugdwet",
    "Wet inburgering 2021",
    "Huisvestingswet",
    "Woningwet",
    "Wet langdurige zorg",
    "Zorgverzekeringswet",
    "Individuele Inkomenstoeslag",
    "Persoonsgebonden Budget",
    "Bijzondere Bijstand",
    "Wet gemeentelijke schuldhulpverlening",
    "Opiumwet",
    "Algemene Plaatselijke Verordening",
]
ORGS = [
    "Thuiszorg Zonnehuis",
    "Woonstichting Eigen Haard",
    "Vluchtelingenwerk",
    "Humanitas",
    "GGD",
    "Veilig Thuis",
    "Stichting Present",
    "Leger des Heils",
    "Buurtbemiddeling",
    "Het Juridisch Loket",
    "UWV",
    "Kredietbank",
    "Voedselbank",
    "Jongerenloket",
    "Taalhuis",
    "Wijkracht",
    "MEE",
    "Zorgkantoor",
    "CAK",
    "SVB",
    "Woonbond",
    "Huurcommissie",
    "ROC Rijnstad",
    "Openbare Bibliotheek",
    "Moskee Al Fath",
    "Parochie Sint Jozef",
]
BUILDINGS = [
    "Wijkcentrum De Schakel",
    "Buurthuis Het Anker",
    "Gezondheidscentrum Oost",
    "Stadskantoor",
    "Het Klokhuis",
    "Brede School De Regenboog",
    "Sporthal De Boog",
    "Bibliotheek Centrum",
    "Zorgcentrum Avondrood",
    "Dienstencentrum De Kroon",
    "Wijkpost Noord",
]
EVENTS = [
    "Koningsdag",
    "Burendag",
    "Open Dag",
    "Week van de Mantelzorg",
    "Ramadan",
    "Suikerfeest",
    "Kerst",
    "Pasen",
    "Sinterklaas",
    "Herfstvakantie",
    "Keti Koti",
    "Nationale Ouderendag",
    "Dag van de Arbeid",
]
FUNCS = [
    "Wmo-consulent",
    "casemanager",
    "wijkverpleegkundige",
    "jobcoach",
    "klantmanager",
    "huismeester",
    "woonconsulent",
    "leerplichtambtenaar",
    "bemiddelaar",
    "praktijkondersteuner",
    "handhaver",
    "taalcoach",
    "trajectbegeleider",
    "bewindvoerder",
    "mantelzorgconsulent",
    "wijkagent",
    "huisarts",
    "ergotherapeut",
]


def K(d: Doc, pool):
    return d.K(d.r.choice(pool))


def title(d: Doc, p) -> str:
    return d.r.choice(TITLES[p.g])


def nm(d: Doc, p, style=None) -> str:
    """One written form of ``p`` as a marked item, a title (not part of the item) where the form takes one."""
    r = d.r
    style = style or r.choice(["full", "full", "title", "ini", "title", "first", "fullest", "surfirst"])
    if style == "title":
        return f"{title(d, p)} {d.P(p.bare)}"
    if style == "ini":
        return d.P(p.ini)
    if style == "first":
        return d.P(p.first)
    if style == "bare":
        return d.P(p.bare)
    if style == "surfirst":
        return d.P(p.surfirst)
    if style == "upper":
        return d.P(f"{p.initials} {p.upper}")
    if style == "fullest":
        return d.P(p.fullest)
    if style == "nick":
        return d.P(p.nick or p.first)
    if style == "lower":
        return d.P(p.full.lower())
    if style == "paraph":
        return d.P(p.paraph)
    return d.P(p.full)


def pmail(d: Doc, p) -> str:
    return d.T(f"{p.mailname(d.r)}@{d.r.choice(PROVIDERS)}", "EMAIL")


def wmail(d: Doc, p, town) -> str:
    dom = fold(town).lower().replace(" ", "")
    loc = (
        f"{fold(p.first).lower()}.{fold(p.psur).lower().replace(' ', '').replace(chr(39), '')}"
        if d.r.random() < 0.6
        else f"{fold(p.first)[0].lower()}{fold(p.psur).lower().replace(' ', '').replace(chr(39), '')}"
    )
    return d.T(f"{loc}@{dom}.nl", "EMAIL")


def addr(d: Doc, town, with_pc=True, sur=None) -> str:
    r = d.r
    s = street(r, sur)
    out = d.A(f"{s} {housenr(r)}")
    if with_pc:
        out += r.choice([", ", "\n", " te ", ", "]) + d.T(postcode(r), "POSTCODE") + " " + d.K(town)
    return out


def cue(d: Doc) -> str:
    return d.K(d.r.choice(CASE_CUES))


def caseline(d: Doc) -> str:
    c = d.r.choice(CASE_CUES)
    return f"{d.K(c[0].upper() + c[1:])}: {d.T(case(d.r), 'CASE_NUMBER')}"


def dobline(d: Doc, lo=1936, hi=2011) -> str:
    r = d.r
    v = d.T(dob(r, lo, hi), "DATE_OF_BIRTH")
    return r.choice(
        [
            f"geboren {v}",
            f"Geboortedatum: {v}",
            f"geb. {v}",
            f"(geb. {v})",
            f"{v}",
            f"* {v}",
            f"geboren op {v}",
            f"Geb.datum {v}",
            f"DOB {v}",
            f"geboortedatum {v}",
        ]
    )


def kdate(d: Doc) -> str:
    return d.K(plain_date(d.r))


def amount(d: Doc) -> str:
    r = d.r
    return d.K(
        r.choice(["€ ", "EUR ", "€"])
        + f"{r.randrange(12, 2400)},{r.choice(['00', '50', '25', '95', '-'])}".replace(",-0", ",-")
    )


class Ctx:
    """The people and places of one document."""

    def __init__(self, d: Doc):
        r = d.r
        self.town = r.choice(TOWNS)
        self.res = d.person()
        self.partner = d.person() if r.random() < 0.6 else None
        self.kid = d.relative(self.res) if r.random() < 0.6 else None
        self.off = d.person()
        self.med = d.person()
        self.third = d.person()
        self.dept = r.choice(DEPTS)
        self.func = r.choice(FUNCS)


# ================================================================ care and support
def care_keukentafel(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    kid = c.kid or d.relative(p)
    t = (
        f"{d.K('VERSLAG KEUKENTAFELGESPREK')} – {K(d, ['Wmo 2015', 'Maatschappelijke Ondersteuning'])}\n"
        f"{caseline(d)}\n{d.K('Datum gesprek')}: {kdate(d)}\n{d.K('Locatie')}: {d.K('thuis')}, {addr(d, c.town)}\n"
        f"{d.K('Aanwezig')}: {nm(d, p, 'full')} ({dobline(d, 1936, 1960)}), {nm(d, kid, 'full')} ({d.K('zoon') if kid.g == 'm' else d.K('dochter')}, "
        f"{d.K('mantelzorger')}), {nm(d, c.off, 'full')} ({d.K(c.func)}, {d.K(c.dept)})\n\n"
        f"{d.K('Hulpvraag')}\n{title(d, p).capitalize()} {d.P(p.bare)} vertelt dat {'hij' if p.g == 'm' else 'zij'} sinds "
        f"{d.K(r.choice(['de val', 'de heupoperatie', 'het herseninfarct', 'de opname']))} niet meer zelf kan douchen. "
        f"{d.P(kid.first)} komt {d.K(r.choice(WEEKDAYS))} en {d.K(r.choice(WEEKDAYS))} langs en doet de boodschappen.\n\n"
        f"{d.K('Zelfredzaamheid')}\n- {d.K('Huishouden')}: {r.choice(['beperkt', 'niet', 'deels'])}\n- {d.K('Mobiliteit')}: "
        f"{r.choice(['rollator binnen', 'scootmobiel nodig', 'trap lukt niet'])}\n- {d.K('Financiën')}: "
        f"{r.choice(['via bewindvoerder', 'zelf, met hulp van ' + d.P(kid.first), 'geen zorgen'])}\n\n"
        f"{d.K('Afspraken')}\n1. {nm(d, c.off, 'ini')} vraagt een {d.K('traplift')} aan bij {K(d, ORGS)}.\n"
        f"2. {d.P(kid.first)} belt bij problemen {d.T(phone(r), 'PHONE')} of mailt {wmail(d, c.off, c.town)}.\n"
        f"3. {d.K('Evaluatie')} op {kdate(d)} in {K(d, BUILDINGS)}.\n\n"
        + (
            f"{d.K('Gehandicaptenparkeerkaart')} {d.K('voor kenteken')} {d.T(plate(r), 'LICENSE_PLATE')}\n"
            if r.random() < 0.5
            else ""
        )
        + f"{d.K('Contact mantelzorger')}: {pmail(d, kid)}, {d.T(mobile(r), 'PHONE')}\n{d.K('Opgesteld door')}: {nm(d, c.off, 'paraph')}"
    )
    return t


def care_zorgplan(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    rows = []
    for i in range(r.randrange(3, 6)):
        who = r.choice([c.off, c.med, c.third] + ([c.partner] if c.partner else []))
        rows.append(
            f"| {i + 1} | {d.K(r.choice(['Dagbesteding', 'Huishoudelijke hulp', 'Begeleiding', 'Medicatie', 'Schulden', 'Sociaal netwerk', 'Persoonlijke verzorging']))} "
            f"| {r.choice(['twee keer per week', 'elke ochtend', 'wekelijks overleg', 'per direct'])} | {nm(d, who, r.choice(['ini', 'full', 'first']))} | {kdate(d)} |"
        )
    return (
        f"# {d.K('Zorgplan')} {nm(d, p, 'upper')}\n\n{d.K('Cliënt')}: {nm(d, p, 'surfirst')}, {dobline(d)}\n"
        f"{d.K('BSN')}: {d.T(bsn_fmt(r, bsn(r)), 'BSN')}\n{d.K('Adres')}: {addr(d, c.town)}\n{caseline(d)}\n"
        f"{d.K('Regie')}: {nm(d, c.off, 'full')}, {d.K(c.dept)}\n\n"
        f"| nr | {d.K('doel')} | {d.K('frequentie')} | {d.K('wie')} | {d.K('evaluatie')} |\n|---|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{d.K('Ondertekening')}: {nm(d, p, 'ini')} en {nm(d, c.off, 'ini')}, {kdate(d)}"
    )


def care_verwijs(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    doc = c.third
    return (
        f"{d.K('Huisartsenpraktijk')} {K(d, ['De Linde', 'Het Plein', 'Oost', 'Centrum', 'De Wiekslag'])}\n"
        f"{d.K('Verwijsbrief')} – {d.K('vertrouwelijk')}\n\n{d.K('Aan')}: {K(d, ['GGZ', 'Sociaal Wijkteam', 'Veilig Thuis', 'MEE'])} {d.K(c.town)}\n"
        f"{d.K('Betreft')}: {nm(d, p, 'fullest')}, {dobline(d)}, {addr(d, c.town)}\n"
        f"{d.K('Telefoon')}: {d.T(phone(r), 'PHONE')}\n\n{d.K('Geachte collega')},\n\n"
        f"Graag verwijs ik {title(d, p)} {d.P(p.bare)} naar u voor {d.K(r.choice(['begeleiding bij somberheid', 'praktische ondersteuning', 'een integrale aanpak']))}. "
        + (f"{d.P(c.partner.first)}, de partner van {d.P(p.first)}, is {d.K('overbelast')}. " if c.partner else "")
        + f"Eerder contact liep via {nm(d, c.off, 'title')} ({d.K(c.dept)}, {kdate(d)}).\n\n"
        f"{d.K('Met collegiale groet')},\n\n{nm(d, doc, 'ini')}, {d.K('huisarts')}\n{wmail(d, doc, c.town)}"
    )


def care_rooster(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    staff = [d.person() for _ in range(r.randrange(2, 4))]
    lines = [
        f"{d.K('ROOSTER THUISZORG')} – {d.K('week')} {r.randrange(2, 52)} – {nm(d, p, 'ini')}, {addr(d, c.town, with_pc=r.random() < 0.5)}"
    ]
    for wd in r.sample(WEEKDAYS, r.randrange(3, 6)):
        s = r.choice(staff)
        lines.append(
            f"{d.K(wd.capitalize())} {r.randrange(7, 10):02d}:{r.choice(['00', '15', '30', '45'])} | {d.K(r.choice(['wassen en aankleden', 'steunkousen', 'medicatie', 'douchen', 'ontbijt klaarzetten']))} | {nm(d, s, r.choice(['first', 'full', 'nick']))}"
        )
    lines.append(
        f"{d.K('Bij ziekte')}: {d.K('planning')} {d.T(phone(r), 'PHONE')} – {d.K('sleutelkluis')} {d.K('code via')} {nm(d, staff[0], 'first')}"
    )
    lines.append(f"{d.K('Contactpersoon')}: {nm(d, c.kid or c.third, 'full')}, {d.T(mobile(r), 'PHONE')}")
    return "\n".join(lines)


def care_gezinsplan(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    kids = [d.relative(p) for _ in range(r.randrange(1, 4))]
    net = [d.person() for _ in range(2)]
    t = [
        f"{d.K('GEZINSPLAN')} {d.K('familie')} {d.P(p.upper)} – {K(d, ['Jeugdwet', 'Jeugd en Gezin'])}",
        caseline(d),
        f"{d.K('Ouder')}: {nm(d, p, 'full')}, {dobline(d, 1970, 1998)}, {pmail(d, p)}",
    ]
    if c.partner:
        t.append(
            f"{d.K('Ouder')} 2: {nm(d, c.partner, 'full')} ({d.K('woont elders')}: {addr(d, r.choice(TOWNS), with_pc=False)})"
        )
    for k in kids:
        t.append(
            f"- {nm(d, k, 'first')} {d.P(p.psur)}, {d.T(dob(r, 2008, 2024), 'DATE_OF_BIRTH')}, {d.K(r.choice(['groep 4', 'brugklas', 'kinderopvang', 'speciaal onderwijs', 'mbo']))}"
        )
    t.append(
        f"\n{d.K('Netwerkcirkel')}: {nm(d, net[0], 'first')} ({d.K('oma')}), {nm(d, net[1], 'full')} ({d.K('buurvrouw')}), "
        f"{nm(d, c.off, 'title')} ({d.K('jeugdconsulent')})"
    )
    t.append(f"{d.K('Wat gaat goed')}: {d.P(kids[0].first)} gaat graag naar {K(d, BUILDINGS)}.")
    t.append(
        f"{d.K('Zorgen')}: {d.K('huurachterstand')} van {amount(d)}; {d.K('rekening')} {d.T(iban_fmt(r, iban(r)), 'IBAN')}."
    )
    t.append(f"{d.K('Volgende bespreking')}: {kdate(d)} – {nm(d, c.med, 'paraph')}")
    return "\n".join(t)


def care_medicatie(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    meds = r.sample(
        [
            "Metoprolol 50 mg",
            "Omeprazol 20 mg",
            "Paracetamol 500 mg",
            "Metformine 500 mg",
            "Simvastatine 40 mg",
            "Furosemide 40 mg",
            "Oxazepam 10 mg",
            "Levothyroxine 75 mcg",
        ],
        3,
    )
    return (
        f"{d.K('Apotheek')} {K(d, ['De Gaper', 'Zuid', 'Het Hart', 'Centraal'])} – {d.K('Medicatieoverzicht')} {kdate(d)}\n"
        f"{d.K('Patiënt')}: {nm(d, p, r.choice(['surfirst', 'ini', 'upper']))}\n{d.K('Geboortedatum')}: {d.T(dob(r), 'DATE_OF_BIRTH')}\n"
        f"{d.K('BSN')} {d.T(bsn_fmt(r, bsn(r)), 'BSN')} | {d.K('Huisarts')}: {nm(d, c.third, 'ini')}\n"
        + "\n".join(f"- {d.K(m)} {r.choice(['1x daags', '2x daags', 'zo nodig'])}" for m in meds)
        + f"\n{d.K('Opmerking')}: {d.K('baxterrol')} {d.K('wordt bezorgd')} bij {d.P(p.first)}; {d.K('buren')} ({nm(d, c.med, 'title')}) {d.K('hebben sleutel')}."
        f"\n{d.K('Vragen')}: {d.T(phone(r), 'PHONE')}"
    )


def care_mantelzorg(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    carer = c.kid or d.relative(p)
    ent = []
    for _ in range(r.randrange(3, 6)):
        opts = [
            f"{d.P(p.first)} was verward, twee keer gebeld met {nm(d, c.third, 'title')}",
            f"vandaag {d.K(r.choice(WEEKDAYS))} boodschappen gedaan, {d.P(p.first)} sliep",
            f"brief van {K(d, ORGS)} over de {d.K('eigen bijdrage')} {amount(d)}",
            f"{nm(d, c.off, 'first')} van de gemeente kwam langs, aardig",
            f"{d.P(p.first)} wil niet naar {K(d, BUILDINGS)}",
        ]
        ent.append(f"{kdate(d)} – {r.choice(opts)}")
    return (
        f"{d.K('mantelzorgdagboek')} van {nm(d, carer, 'lower')} (voor {d.K('Week van de Mantelzorg')})\n"
        + "\n".join(ent)
        + f"\n\n{d.K('waardering')}: {d.K('mantelzorgcompliment')} aangevraagd, {d.K('rekening')} {d.T(iban_fmt(r, iban(r, 'NL')), 'IBAN')} t.n.v. {nm(d, carer, 'ini')}"
    )


# ================================================================ work and learning
def work_cv(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    jobs = [
        (
            r.randrange(2004, 2024),
            r.choice(
                [
                    "Orderpicker",
                    "Schoonmaker",
                    "Kok",
                    "Chauffeur",
                    "Kassamedewerker",
                    "Lasser",
                    "Doktersassistent",
                    "Magazijnmedewerker",
                    "Kapper",
                    "Monteur",
                ]
            ),
            r.choice(
                [
                    "PostNL",
                    "Albert Heijn",
                    "Vebego",
                    "Schiphol",
                    "Bakkerij Bart",
                    "Bouwbedrijf Heijmans",
                    "Zorggroep Oost",
                ]
            ),
        )
        for _ in range(r.randrange(2, 4))
    ]
    t = [
        f"{d.K('CURRICULUM VITAE')}",
        "",
        f"{nm(d, p, r.choice(['fullest', 'full']))}",
        f"{addr(d, c.town)}",
        f"{d.T(mobile(r), 'PHONE')} | {pmail(d, p)}",
        f"{d.K('Geboortedatum')}: {d.T(dob(r, 1965, 2006), 'DATE_OF_BIRTH')}",
        f"{d.K('Rijbewijs')}: {d.K(r.choice(['B', 'B, C', 'geen']))}",
        "",
        f"{d.K('Werkervaring')}",
    ]
    for y, j, o in sorted(jobs):
        t.append(f"{d.K(str(y))} – {y + r.randrange(1, 4)}  {d.K(j)}, {d.K(o)}")
    t += [
        "",
        f"{d.K('Opleiding')}",
        f"{d.K(r.choice(['MBO 2 Logistiek', 'VMBO', 'Entreeopleiding', 'Inburgering B1', 'HBO Verpleegkunde (niet afgerond)']))}",
        "",
        f"{d.K('Talen')}: {d.K('Nederlands')} ({d.K(r.choice(['A2', 'B1', 'B2', 'moedertaal']))}), {d.K(r.choice(['Engels', 'Arabisch', 'Turks', 'Pools', 'Tigrinya']))}",
        f"{d.K('Referentie')}: {nm(d, c.third, 'full')}, {d.T(phone(r), 'PHONE')}",
        f"{d.K('Bestand')}: CV_{d.P(fold(p.sur))}_{d.K(str(r.choice([2025, 2026])))}.pdf",
    ]
    return "\n".join(t)


def work_sollicitatie(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    boss = c.third
    return (
        f"{nm(d, p, 'full')}\n{addr(d, c.town)}\n{pmail(d, p)}\n\n{d.K(c.town)}, {kdate(d)}\n\n"
        f"{d.K('Aan')}: {nm(d, boss, 'title')}, {d.K('afdeling')} {d.K(r.choice(['HR', 'Personeelszaken', 'Recruitment']))}\n"
        f"{d.K('Betreft')}: {d.K('sollicitatie')} {d.K(r.choice(['productiemedewerker', 'helpende zorg', 'buschauffeur', 'klantenservicemedewerker']))} ({d.K('vacature')} {d.T(case(r), 'CASE_NUMBER')})\n\n"
        f"{d.K('Geachte')} {title(d, boss)} {d.P(boss.bare)},\n\n"
        f"Via {nm(d, c.off, 'first')} van het {K(d, ['Werkgeversservicepunt', 'UWV', 'Jongerenloket'])} hoorde ik van uw {d.K('vacature')}. "
        f"Ik ben {r.randrange(19, 60)} jaar en heb {d.K('ervaring')} in {d.K(r.choice(['de logistiek', 'de zorg', 'de horeca', 'de schoonmaak']))}. "
        f"{nm(d, c.off, 'title')} ({d.K('jobcoach')}) wil graag een {d.K('proefplaatsing')} bespreken.\n\n"
        f"{d.K('Met vriendelijke groet')},\n{nm(d, p, r.choice(['ini', 'full', 'first']))}\n{d.T(mobile(r), 'PHONE')}"
    )


def work_traject(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    return (
        f"{d.K('TRAJECTPLAN')} {d.K('Participatiewet')} – {d.K(c.town)}\n{d.K('trajectnummer')}: {d.T(case(r), 'CASE_NUMBER')}\n"
        f"{d.K('Klant')}: {nm(d, p, 'surfirst')} | {d.K('BSN')}: {d.T(bsn_fmt(r, bsn(r)), 'BSN')} | {dobline(d, 1960, 2005)}\n"
        f"{d.K('Klantmanager')}: {nm(d, c.off, 'full')} ({wmail(d, c.off, c.town)})\n"
        f"{d.K('Jobcoach')}: {nm(d, c.med, 'full')}, {K(d, ['Werkbedrijf', 'Wijkracht', 'Humanitas'])}\n\n"
        f"{d.K('Fase')} {r.randrange(1, 5)} – {d.K(r.choice(['Activering', 'Werkfit', 'Plaatsing', 'Nazorg']))}\n"
        f"{d.K('Doel')}: {d.P(p.first)} werkt vanaf {d.K(r.choice(MONTHS))} {r.randrange(8, 32)} {d.K('uur')} per {d.K('week')}.\n"
        f"{d.K('Belemmeringen')}: {d.K(r.choice(['taal', 'kinderopvang', 'schulden', 'rugklachten', 'geen vervoer']))}"
        + (f"; partner {nm(d, c.partner, 'full')} {d.K('werkt in ploegendienst')}" if c.partner else "")
        + "\n"
        f"{d.K('Reiskosten')}: {amount(d)} per {d.K('maand')} naar {d.T(iban_fmt(r, iban(r)), 'IBAN')}\n"
        f"{d.K('Akkoord')}: {nm(d, p, 'paraph')} / {nm(d, c.off, 'paraph')} – {kdate(d)}"
    )


def work_voortgang(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    boss = c.third
    return (
        f"{d.K('Voortgangsrapportage')} {d.K('jobcoaching')} – {d.K('periode')} {d.K(r.choice(MONTHS))}\n{caseline(d)}\n\n"
        f"{d.K('Werknemer')}: {nm(d, p, 'full')}\n{d.K('Werkgever')}: {d.K(r.choice(['Groenbedrijf Oost', 'Kringloop De Cirkel', 'Hotel Het Veerhuis', 'Drukkerij Dekker & Zn']))}, "
        f"{d.K('leidinggevende')} {nm(d, boss, 'full')} ({d.T(phone(r), 'PHONE')})\n\n"
        f"{title(d, p).capitalize()} {d.P(p.bare)} is {d.K('gemotiveerd')}. Volgens {d.P(boss.first)} "
        f"{r.choice(['komt hij/zij altijd op tijd', 'moet het tempo omhoog', 'helpt hij/zij collega ' + nm(d, d.person(), 'first') + ' goed'])}. "
        f"{d.K('Loonwaarde')}: {r.randrange(40, 90)}%.\n{d.K('Verzuim')}: {r.randrange(0, 5)} {d.K('dagen')}.\n"
        f"{d.K('Volgende stap')}: {d.K('driegesprek')} op {kdate(d)} met {nm(d, c.off, 'ini')}.\n\n{nm(d, c.med, 'full')}, {d.K('jobcoach')}"
    )


def work_inburgering(d: Doc, c: Ctx) -> str:
    r = d.r
    ppl = [
        d.person(
            origin=r.choice(
                [
                    "ma",
                    "tr",
                    "er",
                    "ar",
                    "af",
                    "ua",
                    "so",
                    "et",
                    "ir",
                    "pl",
                    "sd",
                    "eg",
                    "ng",
                    "cd",
                    "am",
                    "ph",
                    "th",
                    "vn",
                    "cn",
                ]
            )
        )
        for _ in range(r.randrange(4, 8))
    ]
    teacher = c.off
    t = [
        f"{d.K('Presentielijst')} {d.K('Taalklas')} {d.K(r.choice(['B1', 'A2', 'Alfabetisering']))} – {K(d, ['Taalhuis', 'ROC Rijnstad', 'Openbare Bibliotheek'])} – {kdate(d)}",
        f"{d.K('Docent')}: {nm(d, teacher, r.choice(['full', 'title']))}",
        "",
        f"{d.K('nr')};{d.K('Achternaam')};{d.K('Voornaam')};{d.K('Aanwezig')};{d.K('Opmerking')}",
    ]
    for i, q in enumerate(ppl, 1):
        t.append(
            f"{i};{d.P(q.psur)};{d.P(q.first)};{r.choice(['ja', 'nee', 'te laat'])};{r.choice(['', 'ziek gemeld', 'examen op ' + d.K(plain_date(r)), 'tolk nodig', 'tel ' + d.T(mobile(r), 'PHONE'), cue(d) + ' ' + d.T(case(r), 'CASE_NUMBER')])}"
        )
    t.append(f"\n{d.K('Paraaf docent')}: {nm(d, teacher, 'paraph')}")
    return "\n".join(t)


def work_vrijwilligers(d: Doc, c: Ctx) -> str:
    r = d.r
    vols = [d.person() for _ in range(r.randrange(3, 6))]
    t = [
        f"{d.K('Vrijwilligersrooster')} {K(d, ['Voedselbank', 'Stichting Present', 'Repair Café', 'Buurthuis Het Anker'])} – {d.K(r.choice(EVENTS))}"
    ]
    for v in vols:
        t.append(
            f"* {d.K(r.choice(WEEKDAYS).capitalize())} {r.choice(['ochtend', 'middag', 'avond'])}: {nm(d, v, r.choice(['full', 'first', 'nick', 'full']))} – {d.K(r.choice(['uitgifte', 'intake', 'chauffeur', 'koffie', 'kassa']))}"
            + (f" ({d.T(mobile(r), 'PHONE')})" if r.random() < 0.5 else "")
        )
    t.append(f"{d.K('Coördinator')}: {nm(d, c.med, 'full')}, {pmail(d, c.med)}")
    t.append(f"{d.K('VOG')} {d.K('aangevraagd')} voor {nm(d, vols[0], 'ini')} ({dobline(d, 1950, 2006)})")
    return "\n".join(t)


def work_ziekmelding(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    return (
        f"{d.K('Van')}: {nm(d, p, 'full')} <{pmail(d, p)}>\n{d.K('Aan')}: {d.K('verzuim@')}{d.K(fold(c.town).lower().replace(' ', ''))}.nl\n"
        f"{d.K('Onderwerp')}: {d.K('ziekmelding')} {nm(d, p, 'bare')} – {d.T(case(r), 'CASE_NUMBER')}\n\n"
        f"{d.K('Beste')} {nm(d, c.off, 'first')},\n\nik ben vandaag {d.K(r.choice(WEEKDAYS))} ziek. {r.choice(['Mijn rug', 'Mijn dochter', 'Ik'])} "
        f"{r.choice(['moet naar de fysio', 'heeft koorts', 'lig in bed'])}. {nm(d, c.third, 'first')} neemt mijn dienst bij {K(d, ['Kringloop De Cirkel', 'Groenbedrijf Oost', 'Wijkcentrum De Schakel'])} over.\n"
        f"{d.K('Bereikbaar')} op {d.T(mobile(r), 'PHONE')}.\n\n{d.K('groet')},\n{nm(d, p, r.choice(['first', 'nick']))}"
    )


def work_referentie(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    ref = c.third
    return (
        f"{d.K('Referentiecheck')} – {kdate(d)} – {d.K('telefonisch')}\n{d.K('Kandidaat')}: {nm(d, p, 'full')}, {dobline(d, 1965, 2006)}\n"
        f"{d.K('Referent')}: {nm(d, ref, 'full')}, {d.K('voormalig')} {d.K(r.choice(['teamleider', 'werkgever', 'stagebegeleider']))}, {d.T(phone(r), 'PHONE')}\n"
        f"{d.P(ref.first)} noemt {d.P(p.first)} {d.K(r.choice(['betrouwbaar', 'zelfstandig', 'behulpzaam']))}. "
        f"Hij/zij werkte samen met {nm(d, d.person(), 'full')} in {d.K(r.choice(TOWNS))}.\n"
        f"{d.K('Rijbewijscheck')}: {d.K('kenteken bedrijfsbus')} {d.T(plate(r), 'LICENSE_PLATE')}\n{d.K('Genoteerd door')}: {nm(d, c.off, 'ini')}"
    )


# ================================================================ housing and living
def house_dagboek(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    nb = c.third
    nb2 = d.relative(nb)
    ent = []
    for _ in range(r.randrange(4, 8)):
        ent.append(
            f"{kdate(d)} {r.randrange(18, 24)}:{r.choice(['05', '20', '40', '55'])} – "
            + r.choice(
                [
                    f"harde muziek bij {nm(d, nb, r.choice(['bare', 'title', 'first']))}, {d.K('geluidsoverlast')}",
                    f"{d.P(nb2.first)} schreeuwde op de galerij",
                    f"hond van {nm(d, nb, 'title')} blafte twee uur",
                    f"auto {d.T(plate(r), 'LICENSE_PLATE')} weer op de {d.K('invalidenparkeerplaats')}",
                    f"gebeld met {d.K('wijkagent')} {nm(d, c.off, 'full')}",
                    f"{d.K('melding')} gedaan bij {K(d, ['Woonstichting Eigen Haard', 'Buurtbemiddeling', 'Handhaving'])}, {cue(d)} {d.T(case(r), 'CASE_NUMBER')}",
                ]
            )
        )
    return (
        f"{d.K('OVERLASTDAGBOEK')}\n{d.K('Naam')}: {nm(d, p, 'full')}\n{d.K('Adres')}: {addr(d, c.town)}\n"
        f"{d.K('Overlast door')}: {d.K('bewoners van')} {addr(d, c.town, with_pc=False)} ({d.K('familie')} {d.P(nb.bare)})\n\n"
        + "\n".join(ent)
        + f"\n\n{d.K('Handtekening')}: {nm(d, p, 'ini')}"
    )


def house_reparatie(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    return (
        f"{d.K('Reparatieverzoek')} #{d.T(case(r), 'CASE_NUMBER')}\n{d.K('Status')}: {d.K(r.choice(['Ingepland', 'Open', 'Wacht op onderdeel']))}\n"
        f"{d.K('Huurder')}: {nm(d, p, r.choice(['surfirst', 'full', 'upper']))}\n{d.K('Adres')}: {addr(d, c.town)}\n"
        f"{d.K('Telefoon')}: {d.T(phone(r), 'PHONE')} | {d.K('E-mail')}: {pmail(d, p)}\n"
        f"{d.K('Omschrijving')}: {d.K(r.choice(['schimmel in badkamer', 'lekkage dak', 'cv-ketel valt uit', 'voordeur klemt', 'tochtende kozijnen']))}\n"
        f"{d.K('Monteur')}: {nm(d, c.third, r.choice(['first', 'full']))} – {d.K('afspraak')} {kdate(d)} {d.K('tussen')} 8:00 en 12:00\n"
        f"{d.K('Notitie huismeester')} ({nm(d, c.off, 'paraph')}): {d.K('sleutel')} bij {d.K('buurvrouw')} {nm(d, d.person(), 'title')}, {d.K('nummer')} {r.randrange(1, 99)}."
    )


def house_urgentie(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    t = [
        f"{d.K('AANVRAAG URGENTIEVERKLARING')} ({d.K('Huisvestingsverordening')} {d.K(c.town)})",
        caseline(d),
        "",
        f"1. {d.K('Aanvrager')}: {nm(d, p, 'fullest')}, {dobline(d, 1950, 2004)}",
        f"   {d.K('BSN')} {d.T(bsn_fmt(r, bsn(r)), 'BSN')}",
        f"   {d.K('Huidig adres')}: {addr(d, c.town)}",
    ]
    if c.partner:
        t.append(f"2. {d.K('Partner')}: {nm(d, c.partner, 'full')}, {d.T(dob(r), 'DATE_OF_BIRTH')}")
    if c.kid:
        t.append(f"3. {d.K('Kinderen')}: {nm(d, c.kid, 'first')} ({d.T(dob(r, 2010, 2024), 'DATE_OF_BIRTH')})")
    t += [
        f"4. {d.K('Reden')}: {d.K(r.choice(['echtscheiding', 'huiselijk geweld', 'sloop', 'medische noodzaak', 'uitstroom opvang']))}; "
        f"{d.K('verklaring')} van {nm(d, c.third, 'title')} ({K(d, ['Veilig Thuis', 'GGD', 'Leger des Heils'])}) bijgevoegd",
        f"5. {d.K('Inkomen')}: {amount(d)} {d.K('netto')}, {d.K('rekening')} {d.T(iban_fmt(r, iban(r)), 'IBAN')}",
        f"6. {d.K('Bereikbaar')}: {d.T(phone(r), 'PHONE')}, {pmail(d, p)}",
        "",
        f"{d.K('Advies')} {d.K('woonconsulent')} {nm(d, c.off, 'ini')}: {d.K(r.choice(['toekennen', 'afwijzen', 'aanhouden']))}",
    ]
    return "\n".join(t)


def house_buurtbemiddeling(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    nb = c.third
    return (
        f"{d.K('Buurtbemiddeling')} {d.K(c.town)} – {d.K('intake')} {kdate(d)}\n{caseline(d)}\n\n"
        f"{d.K('Partij A')}: {nm(d, p, 'full')}, {addr(d, c.town, with_pc=False)}, {d.T(phone(r), 'PHONE')}\n"
        f"{d.K('Partij B')}: {nm(d, nb, 'full')}, {addr(d, c.town, with_pc=False)}\n"
        f"{d.K('Bemiddelaars')}: {nm(d, c.med, 'first')} en {nm(d, c.off, 'first')} ({d.K('vrijwilligers')})\n\n"
        f"{d.P(p.first)} ergert zich aan de {d.K(r.choice(['schutting', 'heg', 'barbecue', 'scooter', 'trampoline']))} van {d.P(nb.bare)}. "
        f"{nm(d, nb, 'title')} zegt dat {d.P(p.first)} {d.K('foto’s')} maakt van de kinderen. "
        f"{d.K('Gesprek')} in {K(d, BUILDINGS)} op {d.K(r.choice(WEEKDAYS))}.\n{d.K('Verwijzer')}: {K(d, ['Woonstichting Eigen Haard', 'Wijkpost Noord', 'wijkagent'])}"
    )


def house_huurcontract(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    land = c.third
    return (
        f"{d.K('HUUROVEREENKOMST')} {d.K('WOONRUIMTE')} ({d.K('uittreksel')})\n{d.K('huurcontractnummer')} {d.T(case(r), 'CASE_NUMBER')}\n\n"
        f"{d.K('Verhuurder')}: {nm(d, land, 'ini')}, {addr(d, r.choice(TOWNS))}, {d.T(iban_fmt(r, iban(r)), 'IBAN')}\n"
        f"{d.K('Huurder')}: {nm(d, p, 'fullest')}, {dobline(d, 1950, 2005)}"
        + (f", en {nm(d, c.partner, 'full')}" if c.partner else "")
        + f"\n{d.K('Gehuurde')}: {addr(d, c.town)}\n{d.K('Ingangsdatum')}: {kdate(d)} | {d.K('Kale huur')}: {amount(d)}\n"
        f"{d.K('Parkeerplaats')} {d.K('nr')}. {r.randrange(1, 80)} {d.K('voor kenteken')} {d.T(plate(r), 'LICENSE_PLATE')}\n"
        f"{d.K('Opmerking bemiddelaar')} {nm(d, c.med, 'ini')}: {d.K('verhuurder')} {d.P(land.bare)} {d.K('weigert')} {d.K('huurverlaging')}; {d.K('Huurcommissie')}."
    )


def house_boa(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    boa1, boa2 = c.off, c.med
    return (
        f"{d.K('BEVINDINGENRAPPORT')} {d.K('Handhaving')} – {d.K('Algemene Plaatselijke Verordening')}\n{d.K('Bonnummer')}: {d.T(case(r), 'CASE_NUMBER')}\n"
        f"{d.K('Verbalisanten')}: {nm(d, boa1, 'ini')} ({d.K('BOA')} {r.randrange(1000, 9999)}) en {nm(d, boa2, 'ini')}\n"
        f"{d.K('Plaats')}: {d.A(street(r))} {d.K('ter hoogte van')} {d.K('nummer')} {r.randrange(1, 99)}, {d.K(c.town)}; {kdate(d)}\n\n"
        f"{d.K('Betrokkene')}: {nm(d, p, 'upper')}, {dobline(d, 1950, 2007)}, {addr(d, c.town)}\n"
        f"{d.K('Voertuig')}: {d.T(plate(r), 'LICENSE_PLATE')}\n"
        f"{d.K('Bevinding')}: {d.K(r.choice(['grofvuil naast container', 'afval in de bosjes', 'fiets aan hek', 'hond niet aangelijnd', 'drinken op straat']))}. "
        f"{title(d, p).capitalize()} {d.P(p.bare)} verklaarde dat {nm(d, c.third, 'first')} het had neergezet.\n"
        f"{d.K('Waarschuwing')} gegeven; {d.K('foto')} {d.K('IMG')}_{r.randrange(1000, 9999)}.jpg."
    )


def house_toewijzing(d: Doc, c: Ctx) -> str:
    r = d.r
    ppl = [d.person() for _ in range(r.randrange(3, 6))]
    t = [
        f"{d.K('Toewijzingslijst')} {d.A(street(r))} ({d.K(r.choice(['nieuwbouw', 'lotingwoning', 'seniorenwoning']))}) – {K(d, ['Woonstichting Eigen Haard', 'Woonbond'])}",
        f"| {d.K('rang')} | {d.K('woningzoekende')} | {d.K('inschrijfduur')} | {d.K('geboortedatum')} |",
        "|---|---|---|---|",
    ]
    for i, q in enumerate(ppl, 1):
        t.append(
            f"| {i} | {nm(d, q, r.choice(['surfirst', 'ini', 'full']))} | {r.randrange(1, 14)} {d.K('jaar')} | {d.T(dob(r), 'DATE_OF_BIRTH')} |"
        )
    t.append(f"{d.K('Vastgesteld')}: {kdate(d)}, {nm(d, c.off, 'paraph')}")
    return "\n".join(t)


def house_huurachterstand(d: Doc, c: Ctx) -> str:
    r, p = d.r, c.res
    return (
        f"{d.K('Vroegsignalering')} – {d.K('signaal')} {d.K('huurachterstand')}\n{caseline(d)}\n"
        f"{d.K('Bewoner')}: {nm(d, p, 'surfirst')}, {addr(d, c.town)}\n{d.K('Achterstand')}: {amount(d)} ({r.randrange(2, 5)} {d.K('maanden')})\n"
        f"{d.K('Huisbezoek')} {kdate(d)} door {nm(d, c.off, 'full')} en {nm(d, c.med, 'first')}: {d.K('niemand thuis')}, {d.K('kaartje')} {d.K('achtergelaten')}.\n"
        f"{d.K('Daarna')} {d.K('gebeld')}: {d.T(phone(r), 'PHONE')}; {d.P(p.first)} {d.K('wil')} {d.K('betalingsregeling')} van {amount(d)}.\n"
        f"{d.K('Incasso')} {d.K('vanaf')} {d.T(iban_fmt(r, iban(r)), 'IBAN')}."
    )


CARE = [care_keukentafel, care_zorgplan, care_verwijs, care_rooster, care_gezinsplan, care_medicatie, care_mantelzorg]
WORK = [
    work_cv,
    work_sollicitatie,
    work_traject,
    work_voortgang,
    work_inburgering,
    work_vrijwilligers,
    work_ziekmelding,
    work_referentie,
]
HOUSE = [
    house_dagboek,
    house_reparatie,
    house_urgentie,
    house_buurtbemiddeling,
    house_huurcontract,
    house_boa,
    house_toewijzing,
    house_huurachterstand,
]


def family_doc(d: Doc, shapes, n: int) -> str:
    r = d.r
    c = Ctx(d)
    main = shapes[n % len(shapes)](d, c)
    if r.random() < 0.2:
        other = r.choice(shapes)(d, Ctx(d))
        main += "\n\n---\n\n" + other
    return main


# ================================================================ known: word-names
# (word, phrases with the word in its ordinary sense, lower case); surnames, then first names.
WORD_SURNAMES = {
    "Visser": ["de visser bij de haven", "geen visser"],
    "Molenaar": ["de molenaar van de korenmolen", "een molenaar"],
    "Kok": ["de kok van het buurthuis", "een kok"],
    "Brouwer": ["de brouwer van het stadsbier", "een brouwer"],
    "Timmerman": ["een timmerman", "de timmerman van de corporatie"],
    "Schipper": ["de schipper van de pont", "een schipper"],
    "Slager": ["de slager op de hoek", "bij de slager"],
    "Herder": ["een herder met schapen", "de herder"],
    "Koster": ["de koster van de kerk", "een koster"],
    "Jager": ["de jager in het bos", "een jager"],
    "Ruiter": ["een ruiter op het fietspad", "de ruiter"],
    "Vogel": ["een vogel in de dakgoot", "de vogel"],
    "Vos": ["een vos bij de kippen", "de vos"],
    "Wolf": ["de wolf op de Veluwe", "een wolf"],
    "Haas": ["een haas in het veld", "de haas"],
    "Valk": ["een valk boven de snelweg", "de valk"],
    "Zwaan": ["de zwaan in de vijver", "een zwaan"],
    "Kraai": ["een kraai op het dak", "de kraai"],
    "Mol": ["een mol in het gazon", "de mol"],
    "Snoek": ["een snoek in de sloot", "de snoek"],
    "Baars": ["een baars gevangen", "de baars"],
    "Brink": ["op de brink van het dorp", "de brink"],
    "Dijk": ["over de dijk", "de dijk"],
    "Veld": ["het veld achter de school", "een veld"],
    "Akker": ["de akker naast de boerderij", "een akker"],
    "Heuvel": ["de heuvel achter het huis", "een heuvel"],
    "Sloot": ["in de sloot", "de sloot"],
    "Beek": ["de beek langs het pad", "een beek"],
    "Winter": ["deze winter", "de winter"],
    "Groen": ["het groen in de wijk", "meer groen"],
    "Bruin": ["bruin brood", "bruin geverfd"],
    "Klein": ["een klein huis", "te klein"],
    "Groot": ["een groot probleem", "te groot"],
    "Hamer": ["een hamer en spijkers", "de hamer"],
    "Spijker": ["een spijker in de band", "de spijker"],
    "Bijl": ["een bijl in de schuur", "de bijl"],
    "Kelder": ["de kelder stond blank", "een kelder"],
    "Toren": ["de toren van de kerk", "een toren"],
    "Brug": ["de brug over het kanaal", "een brug"],
    "Poort": ["de poort achter het huis", "een poort"],
    "Schilder": ["de schilder kwam niet", "een schilder"],
    "Post": ["de post van vandaag", "geen post"],
    "Stam": ["de stam van de boom", "een stam"],
    "Tak": ["een tak op de auto", "de tak"],
    "Kraan": ["de kraan lekt", "een kraan"],
    "Ketel": ["de ketel is kapot", "een nieuwe ketel"],
    "Pijl": ["een pijl op de stoep", "de pijl"],
    "Zeeman": ["een zeeman", "de zeeman"],
    "Stuurman": ["de stuurman", "een stuurman"],
    "Prins": ["de prins uit het sprookje", "een prins"],
    "Graaf": ["de graaf van het kasteel", "een graaf"],
    "Bisschop": ["de bisschop", "een bisschop"],
    "Ridder": ["een ridder", "de ridder"],
    "Knecht": ["de knecht op de boerderij", "een knecht"],
    "Held": ["een held", "de held"],
    "Eik": ["de eik voor het huis", "een eik"],
    "Berk": ["een berk in de tuin", "de berk"],
    "Bos": ["het bos achter de flat", "een bos bloemen"],
    "Berg": ["een berg wasgoed", "de berg"],
    "Koopman": ["een koopman", "de koopman"],
    "Gans": ["een gans", "de gans"],
    "Reiger": ["een reiger bij de vijver", "de reiger"],
    "Uil": ["een uil in de schuur", "de uil"],
    "Ekster": ["een ekster", "de ekster"],
    "Spreeuw": ["een spreeuw", "de spreeuw"],
    "Otter": ["een otter", "de otter"],
    "Bever": ["een bever in de rivier", "de bever"],
    "Hert": ["een hert", "het hert"],
    "Paling": ["gerookte paling", "de paling"],
    "Haring": ["een haring", "de haring"],
    "Raaf": ["een raaf", "de raaf"],
    "Specht": ["een specht", "de specht"],
    "Kuiper": ["de kuiper met zijn vaten", "een kuiper"],
}
WORD_FIRST = {
    "Lot": ["het lot van de wijk", "een lot uit de loterij"],
    "Mees": ["een mees op het voederhuisje", "de mees"],
    "Lieve": ["lieve buurvrouw", "een lieve groet"],
    "Fleur": ["in de fleur van het leven", "wat fleur"],
    "Mare": ["de mare dat de flat gesloopt wordt", "een mare"],
    "Linde": ["de linde op het plein", "een linde"],
    "Dag": ["een dag later", "de hele dag"],
}
KPARTS = ["", "", "", "de", "van der", "van de", "van 't", "ter", "van den"]


def known_person(d: Doc, n: int):
    r = d.r
    words = list(WORD_SURNAMES) + list(WORD_FIRST)
    w = words[n % len(words)]
    if w in WORD_FIRST:
        p = d.person(origin="nl")
        p.first, p.first2, p.nick = w, None, None
        return p, w, WORD_FIRST[w]
    p = d.person(origin=r.choice(["nl", "nl", "fy", "li", "be", "sc", "nl"]), sur=w, part=r.choice(KPARTS))
    p.nick = None
    return p, w, WORD_SURNAMES[w]


def _ph(d: Doc, phrase):
    return d.K(phrase)


KNOWN_SHAPES = []


def _ks(f):
    KNOWN_SHAPES.append(f)
    return f


@_ks
def k_keukentafel(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('Verslag')} {d.K('keukentafelgesprek')} – {nm(d, p, 'full')}\n{caseline(d)}\n"
        f"{title(d, p).capitalize()} {d.P(p.bare)} vertelt over {_ph(d, ph[0])}. Volgens {nm(d, c.off, 'first')} ({d.K(c.dept)}) "
        f"is een {d.K(r.choice(['traplift', 'douchestoel', 'scootmobiel']))} nodig. {d.K('Evaluatie')} op {kdate(d)}."
    )


@_ks
def k_cv(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('CURRICULUM VITAE')}\n{nm(d, p, 'full')}\n{addr(d, c.town)}\n{d.T(mobile(r), 'PHONE')}\n"
        f"{d.K('Profiel')}: ik werkte jaren samen met {_ph(d, ph[0])} en zoek nu werk in {d.K(r.choice(['de zorg', 'de logistiek', 'de groenvoorziening']))}.\n"
        f"{d.K('Referentie')}: {nm(d, c.third, 'full')}"
    )


@_ks
def k_dagboek(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('OVERLASTDAGBOEK')} {d.P(p.upper)}\n{kdate(d)} – weer lawaai; {nm(d, c.third, 'title')} had het over {_ph(d, ph[0])}.\n"
        f"{kdate(d)} – gebeld met {d.K('wijkagent')} {nm(d, c.off, 'full')}, {cue(d)} {d.T(case(r), 'CASE_NUMBER')}.\n"
        f"{d.K('Ingevuld door')}: {nm(d, p, 'full')}"
    )


@_ks
def k_reparatie(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('Reparatieverzoek')} {d.T(case(r), 'CASE_NUMBER')}\n{d.K('Huurder')}: {nm(d, p, 'surfirst')} ({nm(d, p, 'full')})\n"
        f"{d.K('Omschrijving')}: in het gesprek ging het ook over {_ph(d, ph[0])}; {d.K('monteur')} {nm(d, c.third, 'first')} komt {d.K(r.choice(WEEKDAYS))}.\n"
        f"{d.K('Telefoon')}: {d.T(phone(r), 'PHONE')}"
    )


@_ks
def k_voortgang(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('Voortgang')} {d.K('jobcoaching')} {nm(d, p, 'full')}\n{title(d, p).capitalize()} {d.P(p.bare)} werkt bij "
        f"{d.K(r.choice(['Kringloop De Cirkel', 'Groenbedrijf Oost']))} en heeft het vaak over {_ph(d, ph[0])}. "
        f"{d.K('Leidinggevende')} {nm(d, c.third, 'full')} is tevreden.\n{d.K('Jobcoach')}: {nm(d, c.med, 'ini')}"
    )


@_ks
def k_urgentie(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('Aanvraag urgentie')} – {caseline(d)}\n{d.K('Aanvrager')}: {nm(d, p, 'ini')}, {dobline(d)}\n"
        f"{d.K('Toelichting')}: de aanvrager noemde {_ph(d, ph[0])}. {d.P(p.first)} kan niet blijven.\n"
        f"{d.K('Advies')} van {nm(d, c.off, 'title')}: {d.K(r.choice(['toekennen', 'aanhouden']))}. ({nm(d, p, 'full')})"
    )


@_ks
def k_buren(d, c, p, ph):
    r = d.r
    nb = c.third
    return (
        f"{d.K('Buurtbemiddeling')} – {d.K('intake')} {kdate(d)}\n{d.K('Partij A')}: {nm(d, p, 'full')}, {d.T(phone(r), 'PHONE')}\n"
        f"{d.K('Partij B')}: {nm(d, nb, 'full')}\n{d.P(nb.first)} klaagt over {_ph(d, ph[0])}; {title(d, p)} {d.P(p.bare)} ontkent.\n"
        f"{d.K('Bemiddelaar')}: {nm(d, c.med, 'first')}"
    )


@_ks
def k_rooster(d, c, p, ph):
    r = d.r
    return (
        f"{d.K('Rooster')} {d.K('thuiszorg')} – {nm(d, p, 'ini')} ({nm(d, p, 'full')})\n"
        f"{d.K(r.choice(WEEKDAYS).capitalize())} 08:30 | {d.K('douchen')} | {nm(d, c.off, 'first')}\n"
        f"{d.K('Let op')}: cliënt praat graag over {_ph(d, ph[0])}.\n{d.K('Contact')}: {pmail(d, p)}"
    )


def known_doc(d: Doc, n: int) -> tuple[str, dict]:
    r = d.r
    c = Ctx(d)
    p, w, ph = known_person(d, n)
    c.res = p
    text = KNOWN_SHAPES[n % len(KNOWN_SHAPES)](d, c, p, ph)
    if r.random() < 0.5:
        text += f"\n\nPS: ook {_ph(d, ph[1])} kwam nog ter sprake."
    if r.random() < 0.3:
        text += f"\n{d.K('Naam in dossier')}: {nm(d, p, r.choice(['upper', 'full', 'ini']))}"
    known = {"names": [p.full]}
    return text, known
