"""The shapes of holdout23's four files: research and evaluation (``research``), the mediator pool's own
organisation (``staff``), residents abroad and across the border (``abroad``) and word-names (``known``)."""

from __future__ import annotations

import pools23 as P
from core23 import Ctx, fold


def _official(c: Ctx, func: str | None = None):
    o = c.person()
    return o, (func or c.ch(P.FUNCTIONS)), c.ch(P.MUNI)


def _sig(c: Ctx, o, func: str, host: str) -> str:
    form = c.ch(["full", "init", "full"])
    lines = [c.name(o, form), c.k(func.capitalize()) if func[0].islower() else func, c.k(c.ch(P.DEPTS))]
    if c.r.random() < 0.6:
        lines.append(c.email(o, work=host))
    if c.r.random() < 0.4:
        lines.append(c.k("14 0" + c.ch(["38", "50", "53", "70", "73", "20"])))
    return "\n".join(lines)


# ---------------------------------------------------------------- research and evaluation
def r_survey(c: Ctx) -> str:
    """A satisfaction-survey export as semicolon CSV with free-text answers."""
    rows = [c.k("resp_id") + ";naam;e-mail;telefoon;cijfer;toelichting"]
    o = c.person()
    for i in range(c.r.randint(3, 6)):
        p = c.person()
        nm = c.name(p, c.ch(["full", "surfirst", "caps", "lower", "init"]))
        em = c.email(p) if c.r.random() < 0.8 else ""
        ph = c.phone() if c.r.random() < 0.6 else ""
        txt = c.ch(
            [
                lambda: f"{c.k('Bemiddelaar')} {c.name(o, 'first')} luisterde goed",
                lambda: f"pas na drie weken gebeld door {c.name(o, c.ch(['title', 'full']))}",
                lambda: f"mijn buurman {c.name(c.person(), 'lower')} had hetzelfde probleem",
                lambda: f"zaak {c.case()} nog steeds niet afgerond",
                lambda: f"goed geholpen, {c.k('Stadskantoor')} was wel lastig te vinden",
                lambda: "geen opmerking",
            ]
        )()
        rows.append(f'R{c.r.randint(100, 999)}{i};{nm};{em};{ph};{c.r.randint(3, 10)};"{txt}"')
    fn = f"{c.k('tevredenheidsonderzoek')}_{c.k('export')}_{c.r.randint(1, 4)}e_kwartaal.csv"
    return (
        f"{c.k('Bestand')}: {fn}\n{c.k('Onderzoek')}: {c.k('Klanttevredenheid')} {c.k('Bureau Afstemming')} 2026\n"
        + "\n".join(rows)
    )


def r_interview(c: Ctx) -> str:
    """An interviewer's field notes of a respondent interview."""
    p, res = c.person(), c.person()
    rel = c.relative(p)
    o, func, host = _official(c, "consulent")
    t = (
        f"{c.k('Veldnotities')} — {c.k('interview')} {c.r.randint(2, 40)}\n"
        f"{c.k('Respondent')}: {c.name(p, c.ch(['full', 'two', 'surfirst']))} ({c.dob_cue()} {c.dob()})\n"
        f"{c.k('Adres')}: {c.addr_line()}\n"
        f"{c.k('Interviewer')}: {c.name(res, 'full')} ({c.name(res, 'paraph')})\n"
        f"{c.k('Datum')}: {c.date()}, {c.k(c.ch(P.WEEKDAYS))}\n\n"
        f"R. vertelt dat {c.name(o, 'title')} van {c.k(c.ch(P.DEPTS))} haar twee keer terugbelde. "
        f'"{c.name(o, "first")} was de enige die echt luisterde," zegt {c.name(p, "sur")}. '
        f"Haar {c.ch(['zoon', 'dochter', 'man', 'vrouw'])} {c.name(rel, 'first')} zat bij het gesprek. "
        f"Het ging om {c.case_cue()} {c.case()}. "
    )
    if c.r.random() < 0.5:
        t += f"Respondent gaf ook haar nummer voor een vervolggesprek: {c.phone()}. "
    t += f"\n{c.k('Codering')}: {c.k('bereikbaarheid')}, {c.k('bejegening')}. — {c.name(res, 'paraph')}"
    return t


def r_consent(c: Ctx) -> str:
    """An informed-consent form for research, filled in."""
    p, res = c.person(), c.person()
    host = c.ch(P.MUNI)
    box = c.ch(["[x]", "☒", "(X)"])
    return (
        f"{c.k('TOESTEMMINGSVERKLARING')} {c.k('DEELNAME')} {c.k('ONDERZOEK')}\n"
        f"{c.k('Projectcode')}: {c.case()}\n"
        f"{c.k('Naam')} {c.k('deelnemer')}: {c.name(p, c.ch(['full', 'caps', 'two']))}\n"
        f"{c.k('Geboortedatum')}: {c.dob()}\n"
        f"{c.k('E-mail')}: {c.email(p)}\n"
        f"{box} Ik heb de informatiebrief van {c.date()} gelezen.\n"
        f"{box} Mijn gegevens worden bewaard volgens de {c.k('AVG')}.\n"
        f"{box} Ik mag worden gebeld op {c.phone()}.\n"
        f"{c.k('Paraaf')} {c.k('deelnemer')}: {c.name(p, 'paraph')}    {c.k('Onderzoeker')}: {c.name(res, 'init')} "
        f"({c.email(res, work=host)})\n"
        f"Vragen? Mail {c.muni_mail()}."
    )


def r_focus(c: Ctx) -> str:
    """Notes of a focus group with a legend of participants and quotes."""
    ps = [c.person() for _ in range(c.r.randint(3, 5))]
    lead = c.person()
    legend = "\n".join(f"P{i + 1} = {c.name(p, c.ch(['full', 'init', 'surfirst']))}" for i, p in enumerate(ps))
    quotes = []
    for i, p in enumerate(ps):
        q = c.ch(
            [
                lambda: f'P{i + 1} ({c.name(p, "first")}): "Ik kreeg nooit antwoord op mijn mail."',
                lambda: f'P{i + 1}: "Bij {c.k(c.ch(P.BUILDINGS))} weet niemand waar je moet zijn."',
                lambda: f"P{i + 1} ({c.name(p, 'sur')}) vertelt over {c.k('kenmerk')} {c.case()}.",
                lambda: f"{c.name(p, 'first')} vult aan dat {c.name(ps[0], 'first')} gelijk heeft.",
            ]
        )()
        quotes.append(q)
    return (
        f"{c.k('Focusgroep')} {c.k('Burgerfonds')} — {c.k(c.ch(P.BUILDINGS))}, {c.date()}\n"
        f"{c.k('Gespreksleider')}: {c.name(lead, 'full')}\n{c.k('Legenda')}:\n{legend}\n\n"
        + "\n".join(quotes)
        + f"\n\n{c.k('Actie')}: {c.name(lead, 'paraph')} stuurt het verslag rond."
    )


def r_sample(c: Ctx) -> str:
    """A recruitment call list for research as a pipe table."""
    caller = c.person()
    rows = [
        "| " + c.k("zaak") + " | " + c.k("inwoner") + " | tel | " + c.k("status") + " | wie |",
        "|---|---|---|---|---|",
    ]
    for _ in range(c.r.randint(3, 6)):
        p = c.person()
        rows.append(
            f"| {c.case()} | {c.name(p, c.ch(['surfirst', 'init', 'full']))} | {c.phone()} | "
            f"{c.k(c.ch(['gebeld', 'voicemail', 'weigert', 'terugbellen', 'akkoord']))} | {c.name(caller, 'paraph')} |"
        )
    return (
        f"{c.k('Steekproef')} {c.k('evaluatie')} {c.k('pilot')} — {c.k('Team Onderzoek en Statistiek')}\n"
        + "\n".join(rows)
        + f"\n{c.k('Legenda')}: {c.name(caller, 'paraph')} = {c.name(caller, 'full')}"
    )


def r_vignette(c: Ctx) -> str:
    """A case vignette in an evaluation report, with an appendix line that carries identifiers."""
    p, o, m = c.person(), c.person(), c.person()
    child = c.relative(p)
    t = (
        f"## {c.k('Casus')} {c.r.randint(1, 12)}: een {c.k('parkeervergunning')}\n\n"
        f"{c.name(p, 'full')} ({c.r.randint(30, 80)}) woont aan de {c.pii(c.street(), 'ADDRESS')}. "
        f"Na een weigering van {c.k('Team Parkeren')} belde {c.name(p, 'sur')} met bemiddelaar {c.name(m, 'full')}. "
        f"Ook {c.ch(['haar', 'zijn'])} {c.ch(['dochter', 'zoon'])} {c.name(child, 'full')} schreef mee. "
        f"{c.name(m, 'sur')} sprak met {c.name(o, 'title')} ({c.k('Afdeling Vergunningen')}).\n\n"
        f"{c.k('Bijlage')} {c.k('intern')}: BSN {c.bsn()}, {c.k('kenteken')} {c.plate()}, {c.case_cue()} {c.case()}."
    )
    if c.r.random() < 0.5:
        t += f" Restitutie naar {c.iban()} t.n.v. {c.name(p, 'init')}."
    return t


def r_mystery(c: Ctx) -> str:
    """A mystery-guest report on a desk visit or phone call."""
    o, g = c.person(), c.person()
    return (
        f"{c.k('Mystery')} {c.k('guest')} {c.k('rapportage')} {c.case()}\n"
        f"{c.k('Bezoek')}: {c.k(c.ch(P.BUILDINGS))}, {c.k(c.ch(P.WEEKDAYS))} {c.date()}\n"
        f"{c.k('Mystery guest')}: {c.name(g, c.ch(['full', 'init']))}, {c.k('bereikbaar')} {c.mobile()}\n"
        f"Aan de balie geholpen door {c.name(o, 'first')} (naambordje: {c.name(o, 'full')}). "
        f"Gevraagd naar de {c.k('Regeling Vrijwilligersvergoeding')}; antwoord binnen vijf minuten. "
        f"De medewerker noteerde mijn postcode {c.postcode()} en mijn {c.k('e-mailadres')} {c.email(g)}.\n"
        f"{c.k('Score')}: {c.r.randint(5, 10)}/10 — {c.name(g, 'paraph')}"
    )


def r_openanswers(c: Ctx) -> str:
    """Coded open survey answers as JSON lines."""
    out = []
    for _ in range(c.r.randint(2, 4)):
        p, o = c.person(), c.person()
        ans = c.ch(
            [
                lambda: f"{c.name(o, 'full')} hielp mij snel",
                lambda: f"ik woon {c.pii(c.street(), 'ADDRESS')} en niemand kwam kijken",
                lambda: f"bel mij maar op {c.phone()}",
                lambda: f"mijn {c.k('kenmerk')} was {c.case()}",
                lambda: f"{c.name(o, 'title')} was onbeleefd",
            ]
        )()
        out.append(
            '{"respondent": "'
            + c.name(p, c.ch(["full", "lower", "ascii"]))
            + '", "antwoord": "'
            + ans
            + '", "code": "'
            + c.k(c.ch(["BEJEGENING", "SNELHEID", "BEREIKBAARHEID", "UITKOMST"]))
            + '"}'
        )
    return (
        f"{c.k('Codeerbestand')} {c.k('open')} {c.k('antwoorden')} ({c.k('Woo')}-{c.k('verzoek')} {c.case()}):\n"
        + "\n".join(out)
    )


# ---------------------------------------------------------------- the mediator pool's own organisation
def s_application(c: Ctx) -> str:
    p = c.person()
    a, b = c.person(), c.person()
    return (
        f"{c.k('Sollicitatie')} {c.k('vrijwillig')} {c.k('bemiddelaar')} — {c.case_cue()} {c.case()}\n\n"
        f"{c.k('Geachte')} {c.k('selectiecommissie')},\n\nGraag meld ik mij aan als bemiddelaar. Ik ben "
        f"{c.name(p, 'two')}, {c.dob_cue()} {c.dob(1950, 2003)}, en woon aan de {c.addr_line()}. "
        f"Ik werkte twaalf jaar bij de {c.k(c.ch(P.ORGS))}.\n\n{c.k('Met vriendelijke groet')},\n{c.name(p, 'full')}\n"
        f"{c.phone()} | {c.email(p)}\n\n---\n{c.k('Notitie')} {c.k('selectiecommissie')} ({c.name(a, 'paraph')}, "
        f"{c.name(b, 'paraph')}): {c.name(p, 'sur')} uitnodigen op {c.k(c.ch(P.WEEKDAYS))}; "
        f"{c.name(b, c.ch(['first', 'full']))} belt."
    )


def s_expenses(c: Ctx) -> str:
    m = c.person()
    rows = []
    for _ in range(c.r.randint(2, 4)):
        rows.append(
            f"{c.date()} | {c.k('huisbezoek')} {c.case()} | {c.r.randint(4, 48)} km | € {c.r.randint(1, 16)},{c.r.randint(10, 99)}"
        )
    return (
        f"{c.k('DECLARATIEFORMULIER')} {c.k('REISKOSTEN')} — {c.k('Regeling Vrijwilligersvergoeding')}\n"
        f"{c.k('Declaratienummer')}: {c.case()}\n{c.k('Naam')}: {c.name(m, c.ch(['surfirst', 'full', 'caps']))}\n"
        f"{c.k('IBAN')}: {c.iban()}\n{c.k('Kenteken')}: {c.plate()}\n"
        + "\n".join(rows)
        + f"\n{c.k('Akkoord')} {c.k('coördinator')}: {c.name(c.person(), c.ch(['paraph', 'init']))}"
    )


def s_roster(c: Ctx) -> str:
    rows = ["| " + c.k("dag") + " | " + c.k("dienst") + " | bemiddelaar | bereikbaar |", "|---|---|---|---|"]
    ms = [c.person() for _ in range(c.r.randint(3, 5))]
    for i, m in enumerate(ms):
        rows.append(
            f"| {c.k(P.WEEKDAYS[i].capitalize())} | {c.k(c.ch(['piket', 'spreekuur', 'intake']))} | "
            f"{c.name(m, c.ch(['full', 'init', 'first', 'surfirst']))} | {c.phone()} |"
        )
    swap = f"\n{c.k('Ruil')}: {c.name(ms[0], 'first')} neemt {c.k('vrijdag')} over van {c.name(ms[-1], 'full')}."
    return (
        f"{c.k('Piketrooster')} {c.k('Bureau Afstemming')} {c.k('week')} {c.r.randint(1, 52)}\n"
        + "\n".join(rows)
        + swap
    )


def s_intervision(c: Ctx) -> str:
    m, sup, p = c.person(), c.person(), c.person()
    return (
        f"{c.k('Intervisie')} / {c.k('supervisie')} — {c.date()}\n{c.k('Inbrenger')}: {c.name(m, 'full')}\n"
        f"{c.k('Begeleider')}: {c.name(sup, c.ch(['full', 'init']))}\n\n"
        f"{c.name(m, 'first')} brengt {c.k('casus')} {c.case()} in: een inwoner ({c.name(p, 'first')}, "
        f"{p.lastname()[0]}.) die boos werd toen {c.k('Team Wonen')} de afspraak afzegde. "
        f"Reflectie: ik nam het gesprek over van de ambtenaar. {c.name(sup, 'sur')} vraagt: wat had "
        f"{c.name(p, 'first')} eigenlijk nodig?\n{c.k('Leerpunt')}: eerst luisteren (LOL). — {c.name(m, 'paraph')}"
    )


def s_screening(c: Ctx) -> str:
    p = c.person()
    return (
        f"{c.k('Aanvraag')} {c.k('VOG')} ({c.k('Justis')}) — {c.k('aanvraagnummer')} {c.case()}\n"
        f"{c.k('Achternaam')}: {c.pii(p.lastname(), 'PERSON')}\n{c.k('Voornamen')}: {c.pii((p.first + ' ' + p.second).strip(), 'PERSON')}\n"
        f"BSN: {c.bsn()}\n{c.k('Geboortedatum')}: {c.dob(1950, 2004)}\n{c.k('Geboorteplaats')}: {c.k(c.ch(P.TOWNS))}\n"
        f"{c.k('Adres')}: {c.addr_line(c.r.random() < 0.3)}\n{c.k('Functie')}: {c.k('vrijwillig')} {c.k('bemiddelaar')}\n"
        f"{c.k('Screeningsprofiel')}: 45, 84\nIngediend door {c.name(c.person(), c.ch(['init', 'full']))}, "
        f"{c.k('Team Personeel en Organisatie')}."
    )


def s_complaint(c: Ctx) -> str:
    p, m = c.person(), c.person()
    co, func, host = _official(c, "coördinator")
    return (
        f"{c.k('Onderwerp')}: {c.k('klacht')} over bemiddelaar ({c.case()})\n\n"
        f"Beste {c.k('coördinator')},\n\nIk ben niet tevreden over {c.name(m, c.ch(['full', 'title']))}. "
        f"{c.ch(['Zij', 'Hij'])} beloofde op {c.date()} terug te bellen en deed dat niet. Mijn man "
        f"{c.name(c.relative(p, 'm'), 'first')} heeft drie keer gebeld.\n\n{c.name(p, 'full')}\n{c.addr_line()}\n\n"
        f"> {c.k('Reactie')}: {c.k('Geachte')} {c.name(p, 'title')}, ik heb met {c.name(m, 'sur')} gesproken.\n"
        + _sig(c, co, func, host)
    )


def s_training(c: Ctx) -> str:
    rows = []
    for _ in range(c.r.randint(3, 6)):
        p = c.person()
        rows.append(
            f"{c.name(p, c.ch(['full', 'init', 'surfirst', 'caps']))}\t{c.email(p)}\t{c.k(c.ch(['aanwezig', 'afgemeld', 'ziek']))}"
        )
    t = c.person()
    return (
        f'{c.k("Presentielijst")} {c.k("training")} "{c.k("Luisteren")}, {c.k("Oplossen")}, {c.k("Leren")}" — '
        f"{c.k(c.ch(P.BUILDINGS))}, {c.date()}\n{c.k('Trainer')}: {c.name(t, 'full')}\n"
        + "\n".join(rows)
        + f"\n{c.k('Certificaat')} {c.k('volgt')} per {c.k('post')}."
    )


def s_exit(c: Ctx) -> str:
    m, co = c.person(), c.person()
    return (
        f"{c.k('Exitgesprek')} — {c.date()}\n{c.name(m, 'full')} stopt per {c.date()} als bemiddelaar. "
        f"{c.name(m, 'first')} noemt de samenwerking met {c.name(co, 'title')} prettig, maar de werkdruk te hoog. "
        f"Laptop ingeleverd; {c.k('pasje')} {c.k('ingenomen')}. Nieuwe {c.k('adres')} voor de jaaropgave: "
        f"{c.addr_line()}.\n{c.k('Vastgelegd')} door {c.name(co, 'paraph')}."
    )


# ---------------------------------------------------------------- residents abroad and across the border
def a_emigration(c: Ctx) -> str:
    p = c.person()
    fa, cc = c.foreign_address()
    return (
        f"{c.k('Aangifte')} {c.k('vertrek')} naar het {c.k('buitenland')} ({c.k('Wet BRP')})\n"
        f"{c.k('Zaaknummer')}: {c.case()}\n{c.k('Naam')}: {c.name(p, c.ch(['surfirst', 'full', 'caps']))}\n"
        f"BSN: {c.bsn()}\n{c.k('Geboortedatum')}: {c.dob()}\n{c.k('Oud adres')}: {c.addr_line()}\n"
        f"{c.k('Nieuw')} {c.k('adres')}: {fa} ({cc})\n{c.k('Telefoon')}: {c.foreign_phone(cc)}\n"
        f"{c.k('Vertrekdatum')}: {c.date()}\n{c.k('Meeverhuizende')} {c.k('gezinsleden')}: "
        f"{c.name(c.relative(p), 'first')}, {c.dob()}"
    )


def a_commuter(c: Ctx) -> str:
    p = c.person(origin=c.ch(["de", "nl", "vl", "pl"]))
    cc = c.ch(["DE", "BE"])
    fa, _ = c.foreign_address(cc)
    o = c.person()
    hello = "Guten Tag" if cc == "DE" else "Goeiedag"
    return (
        f"{c.k('Onderwerp')}: {c.k('grensarbeider')} / {c.k('Grenzgänger')} – {c.case()}\n\n{c.k(hello)},\n\n"
        f"ik woon in {fa} en werk in Nederland. Meine Frage: valt mijn moeder {c.name(c.relative(p, 'f'), 'full')} "
        f"onder de {c.k('Wmo')}? Sie wohnt noch in {c.k(c.ch(P.TOWNS))}. {c.name(o, 'title')} zei dat ik u moest mailen.\n"
        f"Bitte rufen Sie mich an: {c.foreign_phone(cc)}.\n\n{c.k('Mit freundlichen Grüßen')} / {c.k('met vriendelijke groet')}\n"
        f"{c.name(p, c.ch(['full', 'init']))}\n{c.k('IBAN')} {c.iban(cc)}"
    )


def a_legalisation(c: Ctx) -> str:
    p, t = (
        c.person(origin=c.ch(["ma", "tr", "sy", "er", "gh", "ng", "ph", "cd", "ua", "ro", "pl", "br_pt"])),
        c.person(),
    )
    lang = c.ch(
        [
            ("Frans", "né le", "fr"),
            ("Engels", "born on", "en"),
            ("Duits", "geboren am", "de"),
            ("Spaans", "nacido el", "es"),
        ]
    )
    return (
        f"{c.k('Beëdigde')} {c.k('vertaling')} uit het {c.k(lang[0])} — {c.k('registratienummer')} {c.case()}\n"
        f"{c.k('Akte')} van {c.k('geboorte')}: {c.name(p, c.ch(['full', 'caps', 'two']))}, "
        f"{c.k(lang[1])} {c.dob()} te {c.k(c.ch(['Casablanca', 'Kumasi', 'Lagos', 'Manila', 'Kinshasa', 'Lviv', 'Iași', 'Recife', 'Asmara']))}\n"
        f"{c.k('Vader')}: {c.name(c.relative(p, 'm'), 'full')}\n{c.k('Moeder')}: {c.name(c.person(), 'full')}\n"
        f"{c.k('Apostille')} nr. {c.case()}\n{c.k('Vertaler')}: {c.name(t, 'init')}, {c.k('Wbtv')}-nummer {c.r.randint(10000, 99999)}, "
        f"{c.email(t)}"
    )


def a_rni(c: Ctx) -> str:
    p = c.person()
    fa, cc = c.foreign_address()
    clerk = c.person()
    return (
        f"{c.k('Inschrijving')} {c.k('RNI')} ({c.k('niet-ingezetene')}) — {c.k('Servicepunt Noord')}\n"
        f"{c.k('Klant')}: {c.name(p, c.ch(['surfirst', 'full']))}, {c.dob_cue()} {c.dob()}\n"
        f"{c.k('Woonadres')} {c.k('buitenland')}: {fa}\n{c.k('Tel.')}: {c.foreign_phone(cc)}\n"
        f"BSN {c.k('toegekend')}: {c.bsn()}\n{c.k('Baliemedewerker')}: {c.name(clerk, c.ch(['first', 'paraph', 'init']))}\n"
        f"{c.k('Opmerking')}: paspoort gezien; {c.k('referentie')} {c.case()}."
    )


def a_relative(c: Ctx) -> str:
    parent = c.person()
    child = c.relative(parent)
    fa, cc = c.foreign_address()
    m = c.person()
    return (
        f"Van: {c.name(child, 'full')} <{c.email(child)}>\nAan: {c.muni_mail()}\n{c.k('Onderwerp')}: mijn vader, {c.case()}\n\n"
        f"{c.k('Beste')} {c.name(m, c.ch(['first', 'full']))},\n\nik woon sinds 2019 in het buitenland ({fa}) en kan niet "
        f"naar het gesprek komen. Mijn vader {c.name(parent, c.ch(['full', 'title']))} woont nog aan de "
        f"{c.address()}. Kunt u mij bellen op {c.foreign_phone(cc)}? {c.name(parent, 'sur')} hoort slecht.\n\n"
        f"Groet,\n{c.name(child, 'first')}"
    )


def a_consular(c: Ctx) -> str:
    p = c.person(origin=c.ch(["ie", "ph", "in", "gh", "ng", "pk", "ta"]))
    o = c.person()
    return (
        f"{c.k('Embassy')} of the {c.k('Netherlands')} — {c.k('Consular')} {c.k('Affairs')}\n"
        f"Our ref.: {c.case()}\n\nDear {c.name(o, c.ch(['title', 'full']))},\n\nWe received a request from "
        f"{c.name(p, 'full')} ({c.k('date of birth')} {c.dob()}), who lived at {c.addr_line()} until 2024. "
        f"{c.ch(['Mr', 'Ms'])} {c.name(p, 'sur')} asks whether the municipality can confirm the deregistration. "
        f"Please reply to {c.email(p)} or call {c.foreign_phone(c.ch(['GB', 'TR', 'MA', 'SR']))}.\n\n"
        f"{c.k('Kind regards')},\n{c.name(c.person(), 'init')}"
    )


def a_carexport(c: Ctx) -> str:
    p = c.person(origin=c.ch(["pl", "ro", "bg", "lt", "ua", "cz", "hu"]))
    fa, cc = c.foreign_address(c.ch(["PL", "DE"]))
    return (
        f"{c.k('Melding')} {c.k('export')} {c.k('voertuig')} — {c.k('meldingsnummer')} {c.case()}\n"
        f"{c.k('Kenteken')}: {c.plate()}\n{c.k('Eigenaar')}: {c.name(p, c.ch(['full', 'caps', 'surfirst']))}\n"
        f"{c.k('Adres')} in NL: {c.addr_line()}\n{c.k('Bestemming')}: {fa}\n"
        f"{c.name(p, 'first')} vraagt teruggave van de {c.k('parkeervergunning')} op {c.iban(c.ch(['NL', 'PL', 'DE', 'LU', 'AT']))}.\n"
        f"{c.k('Behandeld')} door: {c.name(c.person(), 'paraph')}"
    )


def a_mixed(c: Ctx) -> str:
    p = c.person(origin=c.ch(["es", "pt", "it", "tr", "ma", "cv", "br_pt", "sy"]))
    o = c.person()
    opener = c.ch(["Hola, buenos días.", "Bom dia!", "Buongiorno,", "Merhaba,", "Salam alaikum,", "Marhaba,"])
    return (
        f"{opener} sorry mijn Nederlands is niet goed. Ik ben {c.name(p, c.ch(['full', 'lower', 'ascii']))}, "
        f"ik woon nu half jaar in {c.k(c.ch(['Spanje', 'Portugal', 'Italië', 'Turkije', 'Marokko']))} en half jaar hier "
        f"op {c.addr_line()}. Mevrouw {c.name(o, 'sur')} zei dat ik {c.k('brief')} moet sturen. "
        f"My number: {c.foreign_phone(c.ch(['ES', 'PT', 'TR', 'MA']))}. {c.k('Zaak')} {c.case()}. "
        f"Gracias / obrigado / dank u.\n{c.name(p, 'first')}"
    )


# ---------------------------------------------------------------- known: residents whose names are ordinary words
def known_doc(c: Ctx, word: str, isfirst: bool, phrases: list[str]) -> str:
    r = c.r
    if isfirst:
        p = c.person(first=word, origin=c.ch(["nl", "nlp", "vl", "br"]))
    else:
        part = None
        if r.random() < 0.25:
            part = c.ch(["van der", "de", "van de", "van 't", "ter"])
        p = c.person(last=word, particle=part, origin="nl", first=c.ch(P.WN_FIRST_PLAIN + [None, None]))
    p.nick = ""
    known = {"names": [p.full()]}
    o = c.person()
    ph = phrases[:]
    r.shuffle(ph)
    ph1 = c.k(ph[0])
    ph2 = c.k(ph[1]) if r.random() < 0.5 else ""
    bare = (lambda: c.name(p, "first")) if isfirst else (lambda: c.name(p, c.ch(["sur", "title"])))
    extra = ""
    shape = r.randint(0, 7)
    if shape == 0:
        t = (
            f"{c.k('Verslag')} {c.k('gesprek')} {c.date()}\n{c.name(p, 'full')} meldde zich over {ph1}. "
            f"Volgens {bare()} had de {c.k('wijkbeheerder')} beloofd te komen. "
        )
    elif shape == 1:
        em = c.email(p)
        known["emails"] = [em]
        t = (
            f"Van: {c.name(p, 'full')} <{em}>\n{c.k('Onderwerp')}: {ph1}\n\nGoedemiddag, het gaat om {ph1}. "
            f"Kunt u reageren? {c.k('Groet')}, {bare()}"
        )
    elif shape == 2:
        tel = c.mobile()
        known["phones"] = [tel]
        t = (
            f"{c.k('Telefoonnotitie')} — {c.k('terugbelverzoek')}\n{c.k('Beller')}: {c.name(p, c.ch(['full', 'surfirst']))}, {tel}\n"
            f"{c.k('Onderwerp')}: {ph1}. {bare()} wil vóór {c.k(c.ch(P.WEEKDAYS))} gebeld worden."
        )
    elif shape == 3:
        t = (
            f"| {c.k('naam')} | {c.k('onderwerp')} | {c.k('kenmerk')} |\n|---|---|---|\n| {c.name(p, c.ch(['full', 'init']))} | "
            f"{ph1} | {c.case()} |\n\n{c.k('Toelichting')}: {bare()} vraagt aandacht voor {ph1}."
        )
    elif shape == 4:
        t = (
            f"[{c.date()} 09:{r.randint(10, 59)}] {c.name(p, c.ch(['full', 'first']))}: hoi, kan iemand kijken naar {ph1}?\n"
            f"[{c.date()} 09:{r.randint(10, 59)}] {c.name(o, 'first')}: dag {bare()}, ik kom erop terug."
        )
    elif shape == 5:
        t = (
            f"{c.k('Bezwaarschrift')} — {c.case_cue()} {c.case()}\n{c.k('Indiener')}: {c.name(p, 'init')}, "
            f"{c.dob_cue()} {c.dob()}\n{c.k('Adres')}: {c.addr_line()}\nHet besluit gaat voorbij aan {ph1}."
        )
    elif shape == 6:
        t = (
            f"{c.k('Huisbezoek')} {c.name(p, 'caps')}\n{c.k('Aanwezig')}: {c.name(p, 'full')}, {c.name(o, 'full')}\n"
            f"We bekeken samen {ph1}. {bare()} laat foto's zien."
        )
    else:
        t = (
            f"{c.k('Evaluatie')} {c.k('afstemming')}\n{c.k('Inwoner')}: {c.name(p, 'full')}\nWat ging goed: snel contact. "
            f"Wat kon beter: {ph1} bleef liggen. {bare()} geeft een {r.randint(5, 9)}."
        )
    if ph2:
        extra = f"\nLater ook nog: {ph2}."
    t += extra
    if not any(t == p.full() and lab == "PERSON" for t, lab in c.items):
        t += "\n" + c.ch(["Inwoner", "Betreft", "Naam inwoner", "Verzoeker"]) + ": " + c.name(p, "full")
    t += f"\n— {c.name(o, c.ch(['full', 'init']))}, {c.k(c.ch(P.DEPTS))}"
    c.known = known
    return t


RESEARCH = [r_survey, r_interview, r_consent, r_focus, r_sample, r_vignette, r_mystery, r_openanswers]
STAFF = [s_application, s_expenses, s_roster, s_intervision, s_screening, s_complaint, s_training, s_exit]
ABROAD = [a_emigration, a_commuter, a_legalisation, a_rni, a_relative, a_consular, a_carexport, a_mixed]
_ = fold
