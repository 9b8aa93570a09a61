"""Shapes of holdout14: money and debt papers, IT and privacy traces, civil affairs and life events, and the known
file. Each shape takes a document context and returns marked text (see core14)."""

from __future__ import annotations

import pools14 as P
from core14 import (
    K,
    M,
    Person,
    address,
    amount,
    bsn,
    case,
    dob,
    family,
    fold,
    iban,
    odate,
    phone,
    pick,
    plate,
    postcode,
    street,
)


class Ctx:
    def __init__(self, r):
        self.r = r
        self.town = pick(r, P.TOWNS)
        self.dom = self.town.lower() + ".nl"
        self.med = Person(r)
        self.offs = [Person(r) for _ in range(3)]
        self.fun = [pick(r, P.FUNCTIONS) for _ in range(3)]
        self.dep = r.sample(P.DEPARTMENTS, 3)
        self.res = Person(r)
        self.partner = family(r, self.res, "f" if self.res.g == "m" else "m") if r.random() < 0.5 else Person(r)
        self.kids = [family(r, self.res) for _ in range(r.randrange(0, 3))]
        self.other = Person(r)

    def T(self) -> str:  # the town, kept
        return K(self.town)

    def gem(self) -> str:
        return K(f"gemeente {self.town}")

    def mailbox(self) -> str:
        return K(
            pick(
                self.r,
                [
                    "info",
                    "belastingen",
                    "schuldhulp",
                    "privacy",
                    "burgerzaken",
                    "afstemming",
                    "begraafplaatsen",
                    "servicedesk",
                ],
            )
            + "@"
            + self.dom
        )

    def kcc(self) -> str:
        return K(pick(self.r, ["14 0", "14 0"]) + str(self.r.randrange(10, 99)))

    def work(self, i: int) -> str:
        return self.offs[i].email(self.r, self.dom)

    def sig(self, i: int) -> str:
        r, o = self.r, self.offs[i]
        s = f"{o.full()}\n{K(self.fun[i])}, {K(self.dep[i])}\n{self.gem()}"
        if r.random() < 0.6:
            s += f"\nT {phone(r, 'l' if r.random() < 0.5 else 'm')} | {self.work(i)}"
        return s


def addr_block(c: Ctx, p: Person, caps: bool = False) -> str:
    r = c.r
    st = street(r)
    nr = str(r.randrange(1, 240)) + pick(r, ["", "", "", "a", "-II", " B"])
    pc = postcode(r)
    if caps:
        head = ("DE HEER " if p.g == "m" else "MEVROUW ") + M("PERSON", f"{p.initials()} {p._sur_lc()}".upper())
        return f"{head}\n{M('ADDRESS', f'{st} {nr}'.upper())}\n{pc}  {K(c.town.upper())}"
    head = pick(r, [p.ini(), p.full(), ("De heer " if p.g == "m" else "Mevrouw ") + p.ini()])
    town = c.town.upper() if r.random() < 0.4 else c.town
    return f"{head}\n{M('ADDRESS', f'{st} {nr}')}\n{pc}  {K(town)}"


# ================================================================ finance


def fin_bank(c: Ctx) -> str:
    r, p = c.r, c.res
    land = Person(r)
    acc = iban(r, "NL")
    rows = [f"{K('Datum')};{K('Omschrijving')};{K('Tegenrekening')};{K('Naam')};{K('Bedrag')}"]
    rows.append(
        f"{odate(r)};{K('Huur')} {K(pick(r, P.MONTHS))};{iban(r, 'NL', 1)};{land.caps()};-{amount(r, 400, 900)}"
    )
    rows.append(
        f"{odate(r)};{K('Tikkie')} van {p.fn() if r.random() < 0.5 else c.partner.nk()};{iban(r, 'NL', 1)};"
        f"{c.partner.ini()};{amount(r, 5, 80)}"
    )
    rows.append(
        f"{odate(r)};{K(pick(r, ['Zorgtoeslag', 'Huurtoeslag', 'Kinderbijslag']))};—;{K(pick(r, ['Dienst Toeslagen', 'SVB']))};"
        f"{amount(r, 50, 400)}"
    )
    rows.append(f"{odate(r)};{K('Verkeersboete')} {case(r, 23)};—;{K('CJIB')};-{amount(r, 40, 300)}")
    if r.random() < 0.6:
        fam = Person(r) if r.random() < 0.5 else family(r, p)
        rows.append(f"{odate(r)};lening terug;{iban(r)};{fam.rev()};-{amount(r, 20, 500)}")
    body = "\n".join(rows)
    head = pick(
        r,
        [
            f"Kopie {K('bankafschrift')} aangeleverd door {p.title(r)}, rekening {acc}",
            f"{K('Afschriften')} {p.full()} ({acc}) — {K('periode')} {K(pick(r, P.MONTHS))}",
            f"Export {K('transacties')} {acc} t.n.v. {p.ini()}",
        ],
    )
    tail = pick(
        r,
        [
            f"{K('Opvallend')}: een storting van {amount(r, 100, 900)} door {c.partner.full()}; navragen bij {c.med.fn()}.",
            f"{K('Notitie')} {c.med.paraph()}: {land.title(r)} int de huur contant bij, zie regel 2.",
            f"Besproken met {c.offs[0].title(r)} ({K(c.dep[0])}) op {odate(r)}.",
        ],
    )
    return f"{head}\n\n{body}\n\n{tail}"


def fin_debts(c: Ctx) -> str:
    r, p = c.r, c.res
    uncle = Person(r)
    creds = [
        (K("CJIB"), case(r, 23)),
        (K(pick(r, ["Menzis", "Zilveren Kruis", "CZ"])), case(r, 23)),
        (K(pick(r, ["Eneco", "Vattenfall", "Vodafone", "Ziggo"])), case(r, 24)),
        (K("Belastingen") + " " + c.T(), case(r, 2)),
        (K(pick(r, ["Ymere", "Woonbron"])), case(r, 16)),
    ]
    r.shuffle(creds)
    rows = "\n".join(
        f"| {a} | {b} | {amount(r, 30, 3000)} | {K(pick(r, ['open', 'regeling', 'beslag', 'betwist']))} |"
        for a, b in creds[: r.randrange(3, 6)]
    )
    rows += f"\n| particulier: {uncle.full()} ({K(pick(r, ['oom', 'buurman', 'ex-collega']))}) | — | {amount(r, 100, 900)} | mondeling |"
    part = f"{K('Partner')}: {c.partner.full()}, geb. {dob(r)}\n" if r.random() < 0.6 else ""
    return (
        f"{K('SCHULDENOVERZICHT')} — {K('Schuldhulpverlening')} {c.gem()}\n"
        f"{K('Cliënt')}: {p.rev()}   geb. {dob(r)}   {K('BSN')} {bsn(r)}\n{part}"
        f"{K('Adres')}: {address(r)}, {postcode(r)} {c.T()}\n"
        f"{K('Dossiernummer')} {case(r, 1)}\n\n"
        f"| {K('Schuldeiser')} | {K('Vorderingnummer')} | {K('Openstaand')} | {K('Status')} |\n|---|---|---|---|\n{rows}\n\n"
        f"{K('Contactpersoon')}: {c.offs[0].full()}, {K(c.fun[0])}, {c.work(0)}"
    )


def fin_budget(c: Ctx) -> str:
    r, p = c.r, c.res
    kids = "".join(f"\n- {K('kindgebonden budget')} voor {k.fn()} ({dob(r, lo=2008, hi=2024)})" for k in c.kids)
    return (
        f"{K('BUDGETPLAN')} {p.scaps()} — {K('opgesteld')} {odate(r)} door {c.offs[1].ini()}\n\n"
        f"{K('Inkomsten')}\n- {K('uitkering')} {K(pick(r, ['UWV', 'Participatiewet']))}: {amount(r, 900, 1600)}"
        f"\n- {K('huurtoeslag')}: {amount(r, 100, 350)}{kids}\n\n"
        f"{K('Uitgaven')}\n- {K('huur')} aan {pick(r, [K('Ymere'), K('Woonbron')])}: {amount(r, 500, 900)}"
        f"\n- {K('zorgverzekering')}: {amount(r, 120, 160)}"
        f"\n- {K('aflossing')} aan {c.other.full()} (via {iban(r)}): {amount(r, 25, 100)}\n\n"
        f"{K('Afspraak')}: {p.fn()} houdt het {K('kasboek')} bij; {c.partner.fn()} levert de loonstroken aan. "
        f"{K('Vragen')}? {c.offs[1].fn()} is {K(pick(r, P.WEEKDAYS))} bereikbaar op {phone(r, 'm')}."
    )


def fin_arrangement(c: Ctx) -> str:
    r, p = c.r, c.res
    n = r.randrange(3, 13)
    return (
        f"{addr_block(c, p, r.random() < 0.4)}\n\n"
        f"{K('Ons kenmerk')}: {case(r, 16)}\n{K('Datum')}: {odate(r)}\n"
        f"{K('Onderwerp')}: {K('betalingsregeling')} {K('aanslag gemeentelijke belastingen')}\n\n"
        f"Geachte {p.title(r)},\n\n"
        f"U heeft gevraagd het bedrag van {amount(r, 200, 2000)} in {K(str(n) + ' termijnen')} te betalen. "
        f"Dat is akkoord. Wij schrijven elke maand af van rekening {iban(r)} t.n.v. {p.ini(r.randrange(3))}. "
        f"Heeft u vragen, bel {c.kcc()} of mail {c.mailbox()}.\n\n"
        f"Met vriendelijke groet,\n\n{c.sig(0)}"
    )


def fin_garnish(c: Ctx) -> str:
    r, p = c.r, c.res
    bail = Person(r)
    return (
        f"{K('Gerechtsdeurwaarder')} {bail.full()} — {K('mededeling beslag')}\n"
        f"{K('Beslagnummer')} {case(r, 21)}\n\n"
        f"{K('Geëxecuteerde')}: {p.full()}, geboren {dob(r)}, {K('BSN')} {bsn(r)}\n"
        f"{K('Woonadres')}: {address(r)} te {c.T()}\n"
        f"{K('Derde-beslagene')}: {K(pick(r, ['UWV', 'SVB', 'Stadsbank']))}\n\n"
        f"De {K('beslagvrije voet')} is berekend op {amount(r, 1100, 1700)}. {bail.title(r)} heeft op {odate(r)} "
        f"gebeld met {c.offs[2].title(r)} van {K(c.dep[2])} ({phone(r, 'l')}). "
        f"{p.sn()} is het niet eens met de berekening; {p.poss(r)} {K('partner')} {c.partner.fn()} verdient "
        f"volgens {bail.sn()} bij."
    )


def fin_remission(c: Ctx) -> str:
    r, p = c.r, c.res
    hh = ", ".join(f"{k.fn()} ({dob(r, lo=2007, hi=2024)})" for k in c.kids) or "geen kinderen"
    return (
        f"{K('Besluit')} {K('kwijtschelding')} — {case(r, 14)}\n\n"
        f"{K('Aanvrager')}: {p.ini()}, {address(r)}, {postcode(r)} {c.T()}\n"
        f"{K('Huishouden')}: {c.partner.full()}; {hh}\n"
        f"{K('Vermogen')}: auto {plate(r)} ({K('dagwaarde')} {amount(r, 800, 4000)}), "
        f"{K('spaarrekening')} {iban(r)}\n\n"
        f"{K('Overweging')}: de dagwaarde van de auto ligt onder de grens; de aanvraag wordt "
        f"{K(pick(r, ['toegewezen', 'gedeeltelijk toegewezen', 'afgewezen']))}. "
        f"Bezwaar kan binnen {K('zes weken')} ({K('Algemene wet bestuursrecht')}).\n\n{c.offs[0].paraph()} / {odate(r)}"
    )


def fin_fund(c: Ctx) -> str:
    r = c.r
    lines = [
        f"{K('Burgerfonds')} {c.T()} — {K('mutaties')} {K(pick(r, ['eerste', 'tweede', 'derde', 'vierde']) + ' kwartaal')}",
        f"{K('datum')} | {K('soort')} | {K('bedrag')} | {K('omschrijving')} | {K('rekening')} | {K('akkoord')}",
    ]
    people = [c.res, c.other, Person(r)]
    for q in people[: r.randrange(2, 4)]:
        lines.append(
            f"{odate(r)} | {K('uitgave')} | {amount(r, 50, 750)} | {K('noodhulp')} {q.ini()} ({case(r, 22)}) | "
            f"{iban(r)} | {c.offs[r.randrange(3)].paraph()}"
        )
    lines.append(
        f"{odate(r)} | {K('correctie')} | -{amount(r, 50, 750)} | {K('tegenboeking')}: dubbel uitbetaald aan "
        f"{c.res.sn()} | — | {c.med.paraph()}"
    )
    lines.append(
        f"{odate(r)} | {K('inkomsten')} | {amount(r, 1000, 9000)} | {K('bijdrage')} {K(pick(r, ['Stichting Doen', 'Rabobank Foundation', 'Oranje Fonds']))} | — | —"
    )
    return "\n".join(lines)


def fin_sepa(c: Ctx) -> str:
    r, p = c.r, c.res
    return (
        f"{K('Van')}: {p.full()} <{p.email(r)}>\n{K('Aan')}: {c.mailbox()}\n"
        f"{K('Onderwerp')}: {K('incasso')} ten onrechte — {K('machtigingskenmerk')} {case(r, 15)}\n\n"
        f"Goedendag,\n\nIk heb de {K('machtiging')} op {odate(r)} ingetrokken maar er is toch {amount(r, 20, 300)} "
        f"van mijn rekening {iban(r)} afgeschreven. Mijn {K(pick(r, ['vrouw', 'man', 'partner']))} {c.partner.fn()} "
        f"heeft ook al gebeld met {K(c.dep[0])}. Graag {K('terugstorten')}.\n\n"
        f"{pick(r, ['Groet', 'Mvg', 'Met vriendelijke groet'])},\n{pick(r, [p.full(), p.ini(), p.fn()])}\n{phone(r)}"
    )


def fin_toeslag(c: Ctx) -> str:
    r, p = c.r, c.res
    kids = "\n".join(f"  - {k.full()}, geb. {dob(r, lo=2005, hi=2020)}" for k in c.kids) or "  - (geen)"
    return (
        f"{K('HERSTELOPERATIE')} {K('kinderopvangtoeslag')} — {K('brede ondersteuning')} {c.gem()}\n"
        f"{K('Ouder')}: {p.full()} ({K('BSN')} {bsn(r)}), {K('ex-partner')}: {c.partner.full()}\n"
        f"{K('Kinderen')}:\n{kids}\n"
        f"{K('Compensatie')} {K('Dienst Toeslagen')}: {amount(r, 30000, 30001)} op {iban(r)}.\n"
        f"{K('Hulpvraag')}: {K('schulden')} en {K('wonen')}. {K('Vervolg')}: {c.offs[1].full()} "
        f"({K(c.fun[1])}) plant op {odate(r)} een {K('keukentafelgesprek')} bij {address(r)}."
    )


def fin_talk(c: Ctx) -> str:
    r, p = c.r, c.res
    return (
        f"{K('Gesprek')} {odate(r)}, {K(pick(r, P.BUILDINGS))}. Aanwezig: {p.full()}, {c.partner.full()}, "
        f"{c.offs[0].ini()} ({K(c.dep[0])}) en {c.med.full()} ({K('bemiddelaar')}).\n\n"
        f"{p.fn()} vertelt dat de {K('aanmaning')} van {K(pick(r, ['CJIB', 'Belastingdienst', 'DUO']))} "
        f"binnenkwam toen {c.partner.fn()} net {K('werkloos')} was. {c.offs[0].sn()} legt uit dat "
        f"{K(pick(r, P.SCHEMES))} nog mogelijk is. {K('Afspraken')}:\n"
        f"1. {c.offs[0].fn()} vraagt {K('uitstel van betaling')} aan ({case(r)}).\n"
        f"2. {p.fn()} stuurt de {K('loonstroken')} naar {c.work(0)}.\n"
        f"3. {c.med.fn()} belt {p.title(r)} op {odate(r)} terug op {phone(r)}."
    )


FINANCE = [
    fin_bank,
    fin_debts,
    fin_budget,
    fin_arrangement,
    fin_garnish,
    fin_remission,
    fin_fund,
    fin_sepa,
    fin_toeslag,
    fin_talk,
]


# ================================================================ systems


def sys_issue(c: Ctx) -> str:
    r, p, o = c.r, c.res, c.offs[0]
    return (
        f"### [BUG] {K('Statuspagina')} toont verkeerde naam ({case(r, 17)})\n\n"
        f"**{K('Gemeld door')}:** {o.full()} ({K(c.dep[0])})  \n**{K('Toegewezen aan')}:** @{c.offs[1].uid()}  \n"
        f"**{K('Labels')}:** `{K('bug')}`, `{K('privacy')}`\n\n"
        f"**{K('Stappen')}**\n1. Open het verzoek {case(r)} in de {K('backoffice')}.\n"
        f"2. Wijzig het telefoonnummer van {p.title(r)}.\n3. De statuspagina toont daarna {c.other.full()}.\n\n"
        f'```json\n{{"naam": "{p.full()}", "email": "{p.email(r)}", "telefoon": "{phone(r)}", '
        f'"adres": "{address(r)}", "postcode": "{postcode(r)}", "geboortedatum": "{dob(r, iso_only=True)}"}}\n```\n\n'
        f"> @{o.uid()} dit is productiedata van {p.sn()}; graag uit het {K('ticket')} halen ({K('AVG')}). "
        f"— {c.offs[1].fn()}"
    )


def sys_trace(c: Ctx) -> str:
    r, p = c.r, c.res
    b = bsn(r, 0)
    return (
        f"[{K('ERROR')}] {odate(r)} 10:{r.randrange(10, 59)}:{r.randrange(10, 59)} portal.intake\n"
        f'Traceback (most recent call last):\n  File "/srv/portal/portal/intake.py", line {r.randrange(80, 400)}, in submit\n'
        f"    db.session.commit()\nsqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint "
        f'"ix_residents_bsn"\nDETAIL:  Key (bsn)=({b}) already exists.\n'
        f"[parameters: {{'naam': '{p.full()}', 'email': '{p.email(r)}', 'telefoon': '{phone(r)}', "
        f"'geb': '{dob(r, iso_only=True)}'}}]\n\n"
        f"{K('Analyse')} ({c.offs[0].paraph()}): {p.sn()} stond al ingeschreven via het {K('Klantcontactcentrum')}. "
        f"{K('Samengevoegd')} met {K('klantnummer')} {case(r, 23)}."
    )


def sys_sql(c: Ctx) -> str:
    r, p, q = c.r, c.res, c.other
    return (
        f"-- {K('hersteloperatie')} {case(r, 19)}, {K('uitgevoerd')} door {c.offs[0].uid()} op {odate(r)}\n"
        f"INSERT INTO verzoeken (naam, adres, postcode, telefoon, email) VALUES\n"
        f"  ('{p.full()}', '{address(r)}', '{postcode(r)}', '{phone(r)}', '{p.email(r)}'),\n"
        f"  ('{q.full()}', '{address(r)}', '{postcode(r)}', '{phone(r)}', NULL);\n"
        f"UPDATE bewoners SET iban = '{iban(r, style=1)}' WHERE bsn = '{bsn(r, 0)}';\n"
        f"DELETE FROM contacten WHERE achternaam = '{p.sn()}' AND {K('kanaal')} = '{K('balie')}';\n"
        f"-- {K('reviewer')}: {c.offs[1].full()}, {K(c.fun[1])}"
    )


def sys_log(c: Ctx) -> str:
    r, p = c.r, c.res
    u = c.offs[0].uid()
    lines = []
    for _ in range(r.randrange(3, 6)):
        ip = f"10.{r.randrange(1, 20)}.{r.randrange(1, 250)}.{r.randrange(1, 250)}"
        k = r.randrange(4)
        if k == 0:
            path = f"/bemiddeling/zoek?q={M('PERSON', fold(p.sur).lower())}"
        elif k == 1:
            path = f"/verzoek/nieuw?email={p.email(r)}"
        elif k == 2:
            path = f"/bemiddeling/verzoek/{case(r, 17)}"
        else:
            path = f"/api/v1/knowledge?q={K('kwijtschelding')}"
        lines.append(
            f"{ip} - {u} [{r.randrange(10, 28)}/Mar/2026:1{r.randrange(0, 7)}:{r.randrange(10, 59)}:"
            f'{r.randrange(10, 59)} +0100] "GET {path} HTTP/1.1" {pick(r, ["200", "302", "404"])} {r.randrange(300, 9000)}'
        )
    return (
        f"{K('Toegangslog')} {K('backoffice')} ({K('export')} voor {K('Privacyteam')}, {case(r, 4)})\n"
        + "\n".join(lines)
        + f"\n\n{K('Vraag')} van {c.offs[1].title(r)}: waarom zocht gebruiker {u} op {p.poss(r)} naam zonder "
        f"{K('lopend verzoek')}?"
    )


def sys_sar(c: Ctx) -> str:
    r, p = c.r, c.res
    return (
        f"{K('INZAGEVERZOEK')} {K('AVG')} — {K('registratie')} {case(r, 3)}\n"
        f"{K('Verzoeker')}: {p.rev()}\n{K('Geboortedatum')}: {dob(r)}\n{K('Adres')}: {address(r)}, {postcode(r)} {c.T()}\n"
        f"{K('E-mail')}: {p.email(r)}\n{K('Ontvangen')}: {odate(r)} ({K('termijn')}: {K('een maand')})\n"
        f"{K('Identiteit')} gecontroleerd door {c.offs[0].ini()} aan de {K('balie')}.\n\n"
        f"{K('Gevonden')} in: {K('zaaksysteem')} ({case(r)}), {K('mailbox')} {c.mailbox()}, "
        f"{K('notities')} van {c.med.full()}.\n"
        f"{K('Niet verstrekt')}: gegevens over {c.other.full()} ({K('derde')}).\n"
        f"{K('Antwoord')} verstuurd op {odate(r)} door {c.offs[1].full()}, {K('privacy officer')}."
    )


def sys_breach(c: Ctx) -> str:
    r, p, q = c.r, c.res, c.other
    kid = f", {c.kids[0].full()} (geb. {dob(r, lo=2008, hi=2022)})" if c.kids else ""
    return (
        f"{K('Datalekregister')} — {K('melding')} {case(r, 4)}\n"
        f"{K('Ontdekt')}: {odate(r)} door {c.offs[0].full()} ({K(c.dep[0])})\n"
        f"{K('Wat')}: een brief over {K(pick(r, P.SCHEMES))} van {p.title(r)} is verstuurd naar {q.full()}, "
        f"{address(r)}.\n{K('Betrokkenen')}: {p.full()} (geb. {dob(r)}){kid}\n"
        f"{K('Gegevens')}: naam, adres, {K('BSN')} {bsn(r)}, {K('IBAN')} {iban(r)}, {K('kenteken')} {plate(r)}\n"
        f"{K('Maatregel')}: {q.sn()} heeft de brief op {odate(r)} vernietigd (bevestigd per mail, {q.email(r)}).\n"
        f"{K('Melding')} {K('Autoriteit Persoonsgegevens')}: {K(pick(r, ['nee', 'ja']))}, "
        f"{K('afweging')} {c.offs[1].ini()} ({K('FG')})."
    )


def sys_xml(c: Ctx) -> str:
    r, p = c.r, c.res
    v = p.first + (" " + p.first2 if p.first2 else "")
    vv = (
        f"<BG:voorvoegselGeslachtsnaam>{p.particle}</BG:voorvoegselGeslachtsnaam>"
        if p.particle and not p.particle.endswith(("'", "-"))
        else ""
    )
    sur = p.sur if vv else p._sur_lc()
    return (
        f"<!-- {K('bericht')} {K('BRP')}-{K('bevraging')} {case(r, 20)}, {K('opgevraagd')} door {c.offs[0].uid()} -->\n"
        f"<BG:npsAntwoord>\n  <BG:inp.bsn>{bsn(r, 0)}</BG:inp.bsn>\n"
        f"  <BG:voornamen>{M('PERSON', v)}</BG:voornamen>\n  {vv}\n"
        f"  <BG:geslachtsnaam>{M('PERSON', sur)}</BG:geslachtsnaam>\n"
        f"  <BG:geboortedatum>{dob(r, 9)}</BG:geboortedatum>\n"
        f"  <BG:verblijfsadres>{address(r)}</BG:verblijfsadres>\n  <BG:postcode>{postcode(r)}</BG:postcode>\n"
        f"  <BG:woonplaatsnaam>{c.T()}</BG:woonplaatsnaam>\n</BG:npsAntwoord>\n"
        f"<!-- {K('doelbinding')}: {K(pick(r, P.SCHEMES))} -->"
    )


def sys_eml(c: Ctx) -> str:
    r, p = c.r, c.res
    o = c.offs[0]
    return (
        f'Return-Path: <{p.email(r)}>\nFrom: "{p.rev()}" <{p.email(r)}>\nTo: {c.mailbox()}\nCc: {o.email(r, c.dom)}\n'
        f"Subject: RE: {K('uw kenmerk')} {case(r)}\nMessage-ID: <{r.randrange(10**8, 10**9)}@mail.{pick(r, P.PROVIDERS)}>\n"
        f'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n'
        f"Beste {o.fn()},\n\nHierbij mijn {K('loonstrook')} en de {K('huurovereenkomst')}. Mijn nieuwe nummer is "
        f'{phone(r)}.\n\n{p.fn()}\n\n--b1\nContent-Disposition: attachment; filename="{K("loonstrook")}-'
        f'{M("PERSON", fold(p.sur).lower())}-{K(pick(r, P.MONTHS))}.pdf"\n--b1--'
    )


def sys_crm(c: Ctx) -> str:
    r, p = c.r, c.res
    twin = family(r, p)
    return (
        f"{K('Ontdubbelrapport')} {K('klantregister')} — {K('run')} {odate(r)}\n"
        f"{K('Kandidaat')} 1: {p.full()} | {dob(r, 0)} | {address(r)} | {case(r, 23)}\n"
        f"{K('Kandidaat')} 2: {twin.full()} | {dob(r, 0)} | {address(r)} | {case(r, 23)}\n"
        f"{K('Voertuig')} {K('parkeervergunning')}: {plate(r)}\n"
        f"{K('Score')}: 0,{r.randrange(70, 99)} — {K('niet samenvoegen')} ({K('broer of zus')}?)\n\n"
        f"{K('Wijzigingslog')}:\n"
        f"- {K('telefoonnummer')} gewijzigd van {phone(r)} naar {phone(r)} door {c.offs[0].uid()}\n"
        f"- {K('e-mailadres')} gewijzigd naar {p.email(r)} door {c.offs[1].uid()}\n"
        f'- {K("notitie")}: "{p.fn()} belde namens {twin.fn()}" ({c.offs[1].paraph()})'
    )


def sys_ticket(c: Ctx) -> str:
    r, p = c.r, c.res
    return (
        f"{K('Melding')} {case(r, 6)} — {K('Servicedesk ICT')}\n{K('Melder')}: {c.offs[0].full()} ({K(c.dep[0])}), "
        f"{phone(r, 'l')}\n{K('Behandelaar')}: {c.offs[1].full()}\n{K('Object')}: {K('scanstraat')} {c.T()}\n"
        f"{K('Korte omschrijving')}: {K('scan')} van de {K('brief')} van {p.title(r)} ({case(r)}) staat in de map van "
        f"{c.other.full()}\n{K('Actie')}: {c.offs[1].fn()} heeft het bestand `{M('PERSON', fold(p.sur).upper())}"
        f"-{K('bezwaar')}.pdf` verplaatst; {c.offs[0].fn()} informeert {c.med.full()}."
    )


SYSTEMS = [sys_issue, sys_trace, sys_sql, sys_log, sys_sar, sys_breach, sys_xml, sys_eml, sys_crm, sys_ticket]


# ================================================================ civil


def civ_grave(c: Ctx) -> str:
    r, p = c.r, c.res
    dec = family(r, p) if r.random() < 0.6 else Person(r)
    vak = f"{pick(r, 'ABCDEFGH')}-{r.randrange(1, 300)}"
    return (
        f"{addr_block(c, p)}\n\n{K('Ons kenmerk')} {case(r, 9)}\n{K('Onderwerp')}: {K('grafrechten')} "
        f"{K('Algemene Begraafplaats Zuid')}, {K('vak')} {K(vak)}\n\n"
        f"Geachte {p.title(r)},\n\nU bent {K('rechthebbende')} van het graf van {dec.full()}, geboren {dob(r, 3, 1920, 1960)}. "
        f"Het {K('grafrecht')} verloopt op {odate(r, 2027)}. Wilt u verlengen, dan betaalt u {amount(r, 400, 1500)} "
        f"voor {K('tien jaar')}. Hoort de {K('beheerder')} niets, dan volgt {K('ruiming')} volgens de "
        f"{K('Wet op de lijkbezorging')}.\n\n{c.sig(0)}"
    )


def civ_adres(c: Ctx) -> str:
    r, p = c.r, c.res
    st = street(r)
    nr = r.randrange(1, 200)
    occ = [p, c.partner, c.other, Person(r)][: r.randrange(2, 5)]
    lines = "\n".join(f"{i + 1}. {q.rev()}, geb. {dob(r)}" for i, q in enumerate(occ))
    return (
        f"{K('RAPPORT ADRESONDERZOEK')} {case(r, 10)}\n{K('Adres')}: {M('ADDRESS', f'{st} {nr}')}, {c.T()}\n"
        f"{K('Aanleiding')}: {K('signaal')} {K('Belastingen')} (post retour)\n\n"
        f"{K('Ingeschreven')}:\n{lines}\n\n"
        f"{K('Huisbezoek')} {odate(r)} door {c.offs[0].ini()} en {c.offs[1].ini()}. Open gedaan door {c.other.fn()}. "
        f"Voor de deur stond {plate(r)}. Volgens de {K('buren')} woont {p.title(r)} sinds {K(pick(r, P.MONTHS))} bij "
        f"een {K('vriendin')} aan de {M('ADDRESS', street(r))}.\n"
        f"{K('Conclusie')}: {K('uitschrijven')} {p.sn()} ({K('vertrokken onbekend waarheen')})."
    )


def civ_marriage(c: Ctx) -> str:
    r, p, q = c.r, c.res, c.partner
    w1, w2 = Person(r), Person(r)
    babs = Person(r)
    return (
        f"{K('MELDING VOORGENOMEN HUWELIJK')} — {case(r, 11)}\n\n"
        f"{K('Partner')} 1: {p.full()}, geb. {dob(r)}, {K('BSN')} {bsn(r)}\n"
        f"{K('Partner')} 2: {q.full()}, geb. {dob(r)}, {K('nationaliteit')} {K(pick(r, ['Pools', 'Turks', 'Marokkaans', 'Braziliaans', 'Ghanees', 'Syrisch']))}\n"
        f"{K('Getuigen')}: {w1.full()} ({dob(r)}), {w2.ini()} ({address(r)}, {c.T()})\n"
        f"{K('Ceremonie')}: {odate(r)} in de {K('Trouwzaal')} van het {K('Oude Raadhuis')}, "
        f"{K('trouwambtenaar')} {babs.full()}.\n{K('Naamgebruik')} na het huwelijk: {M('PERSON', q.sur + '-' + p.sur)}.\n"
        f"{K('Contact')}: {p.email(r)} / {phone(r)}"
    )


def civ_natur(c: Ctx) -> str:
    r = c.r
    ppl = [c.res, c.other, Person(r), Person(r)][: r.randrange(2, 5)]
    rows = "\n".join(
        f"| {q.sn()} | {q.fn()} | {dob(r)} | {case(r, 12)} | {K(pick(r, ['Syrië', 'Eritrea', 'Marokko', 'Turkije', 'Suriname', 'Polen', 'Iran']))} |"
        for q in ppl
    )
    return (
        f"{K('Naturalisatieceremonie')} {odate(r)}, {K('Raadzaal')} — {K('deelnemerslijst')}\n"
        f"| {K('Geslachtsnaam')} | {K('Voornamen')} | {K('Geboortedatum')} | {K('IND-nummer')} | {K('Geboorteland')} |\n"
        f"|---|---|---|---|---|\n{rows}\n\n"
        f"{K('Uitreiking')} door {K('burgemeester')} en {c.offs[0].full()} ({K('Publiekszaken')}). "
        f"{ppl[0].title(r)} neemt {K('twee gasten')} mee."
    )


def civ_name(c: Ctx) -> str:
    r, p, q = c.r, c.res, c.partner
    return (
        f"{K('Wijziging naamgebruik')} — {case(r, 0)}\n"
        f"{K('Betrokkene')}: {p.ini()}, geboren {dob(r)}\n"
        f"Oud {K('naamgebruik')}: {K('eigen naam')} ({p.sn()})\n"
        f"Nieuw: {K('naam partner')} gevolgd door {K('eigen naam')}: {M('PERSON', q._sur_cap() + '-' + p._sur_lc())}\n"
        f"{K('Reden')}: huwelijk met {q.full()} op {odate(r, 2025)}.\n"
        f"{K('Verwerkt')} door {c.offs[0].paraph()} ({K('Team Basisregistraties')}); {K('brief')} naar {address(r)}, {postcode(r)}."
    )


def civ_death(c: Ctx) -> str:
    r, p = c.r, c.res
    dec = family(r, p)
    ch = [family(r, p) for _ in range(r.randrange(1, 3))]
    nick = f" ('{dec.nk()}')" if dec.nick else ""
    return (
        f"{K('Advertentie')} (door {p.title(r)} meegestuurd bij het verzoek {case(r)}):\n\n"
        f"„{K('Intens verdrietig')} nemen wij afscheid van\n\n{M('PERSON', dec.first)}{nick} {M('PERSON', dec._sur_lc())}\n"
        f"* {dob(r, 3, 1930, 1960)}   † {odate(r, 2026)}\n\n"
        f"{K('echtgenoot')} van {c.partner.full()}\n{K('vader')} en {K('opa')} van "
        + ", ".join(q.fn() for q in ch)
        + f"\n\n{K('Correspondentieadres')}: {p.full()}, {address(r)}, {postcode(r)} {c.T()}”\n\n"
        f"{K('Notitie')} {c.med.paraph()}: de {K('aanslag')} {K('afvalstoffenheffing')} staat nog op naam van {dec.sn()}."
    )


def civ_birth(c: Ctx) -> str:
    r, p = c.r, c.res
    kid = family(r, p)
    return (
        f"{K('Geboorteaangifte')} {case(r, 25)}\n{K('Kind')}: {kid.full()}, geboren {dob(r, 8, 2026, 2027)} "
        f"om {r.randrange(0, 23):02d}:{r.randrange(0, 59):02d} in {K('ziekenhuis')} {c.T()}\n"
        f"{K('Moeder')}: {c.partner.full() if p.g == 'm' else p.full()}\n"
        f"{K('Vader')}: {p.full() if p.g == 'm' else c.partner.full()} ({K('erkenning')} {odate(r, 2025)})\n"
        f"{K('Aangever')}: {p.ini()}, {phone(r, 'm')}\n{K('Ambtenaar')}: {c.offs[0].full()}"
    )


def civ_gazette(c: Ctx) -> str:
    r = c.r
    ppl = [c.res, c.other, Person(r)][: r.randrange(1, 4)]
    rows = "\n".join(f"- {q.full()}, geboren {dob(r)}, laatst bekende adres {address(r)}" for q in ppl)
    return (
        f"{K('GEMEENTEBLAD')} — {K('Officiële bekendmaking')} {c.gem()}\n"
        f"{K('Besluit')} {K('uitschrijving')} {K('Basisregistratie Personen')}\n\n"
        f"{K('Burgemeester en wethouders')} maken bekend dat zij hebben besloten de volgende personen uit te schrijven "
        f"omdat zij niet meer op hun adres wonen:\n{rows}\n\n"
        f"Bezwaar binnen {K('zes weken')} onder vermelding van {case(r, 26)}. Vragen: {c.kcc()}."
    )


def civ_estate(c: Ctx) -> str:
    r, p = c.r, c.res
    dec = family(r, p)
    notary = Person(r)
    heirs = [p] + [family(r, p) for _ in range(r.randrange(1, 3))]
    return (
        f"{K('Notariskantoor')} — mr. {notary.full()}\n{K('Uw kenmerk')}: {case(r, 2)}\n\n"
        f"{K('Betreft')}: {K('nalatenschap')} {dec.ini()}, overleden op {odate(r)} (geb. {dob(r, 1, 1928, 1958)})\n\n"
        f"Geachte heer/mevrouw,\n\nDe erfgenamen zijn: "
        + "; ".join(f"{h.full()} ({address(r)})" for h in heirs)
        + f". Zij aanvaarden {K('beneficiair')}. De openstaande {K('aanslag')} van {amount(r, 100, 1200)} kan worden "
        f"voldaan uit de {K('boedelrekening')} {iban(r)}.\n\nHoogachtend,\n{notary.ini()}\n{notary.email(r, 'notaris-' + c.dom)}"
    )


def civ_genogram(c: Ctx) -> str:
    r, p = c.r, c.res
    gp = family(r, p, "m")
    gm = Person(r, gender="f")
    sib = family(r, p)
    return (
        f"{K('Genogram')} ({K('werkaantekening')} {c.med.paraph()}, {odate(r)})\n"
        f"{gp.full()} (†2019) — {gm.full()} ({dob(r, 6, 1935, 1950)})\n"
        f"  ├─ {p.full()} ({K('verzoeker')}) x {c.partner.full()}\n"
        + "".join(f"  │    └─ {k.fn()} ({dob(r, 6, 2008, 2022)})\n" for k in c.kids)
        + f"  └─ {sib.full()} — {K('contact verbroken')} sinds {K('2021')}\n\n"
        f"{sib.fn()} beheert volgens {p.fn()} de {K('rekening')} van {gm.fn()} ({iban(r)}); "
        f"{K('vermoeden')} van {K('financiële uitbuiting')}. {K('Overleg')} met {c.offs[0].title(r)}."
    )


CIVIL = [
    civ_grave,
    civ_adres,
    civ_marriage,
    civ_natur,
    civ_name,
    civ_death,
    civ_birth,
    civ_gazette,
    civ_estate,
    civ_genogram,
]


# ================================================================ known


def known_person(r) -> tuple[Person, str, list[str]]:
    if r.random() < 0.15:
        w = pick(r, list(P.KNOWN_FIRST))
        p = Person(r, gender="f" if w not in ("Bas", "Job") else "m", first=w)
        p.first2 = ""
        return p, w, P.KNOWN_FIRST[w]
    w = pick(r, list(P.KNOWN_SUR))
    p = Person(r, sur=w, particle=pick(r, P.KNOWN_PARTICLES))
    if p.particle.startswith("Van"):
        p.particle = p.particle  # Flemish-style capital kept as written
    return p, w, P.KNOWN_SUR[w]


def known_doc(r, shape: int) -> tuple[str, dict]:
    c = Ctx(r)
    p, w, phrases = known_person(r)
    c.res = p
    ph1, ph2 = phrases[0], phrases[1]
    is_first = w == p.first
    bare = p.fn() if is_first else p.sn()
    em, tel = p.email(r), phone(r)
    o = c.offs[0]
    if shape == 0:  # bank statement note
        s = (
            f"{K('Transacties')} {p.full()} ({iban(r)})\n{odate(r)};{K('Huur')};{amount(r, 300, 800)}\n"
            f"{odate(r)};{K('Marktplaats')};{amount(r, 10, 90)}\n\n{K('Notitie')}: volgens {bare} ging het om "
            f"{K(ph1)} die verkocht werd; {o.title(r)} vond dat geen inkomen."
        )
    elif shape == 1:  # debt overview
        s = (
            f"{K('SCHULDENOVERZICHT')} {p.rev()}\n{K('Dossiernummer')} {case(r, 1)}\n"
            f"| {K('CJIB')} | {case(r, 23)} | {amount(r, 50, 900)} |\n\n{bare} vertelt dat de boete kwam na een ritje "
            f"langs {K(ph1)}. {K('Contact')}: {em}"
        )
    elif shape == 2:  # bug report
        s = (
            f"### {K('Fout')} in {K('formulier')} ({case(r, 17)})\n{K('Melder')}: {o.full()}\n\n"
            f'```json\n{{"naam": "{p.full()}", "telefoon": "{tel}"}}\n```\n'
            f"Het veld {K('opmerking')} bevatte alleen de tekst over {K(ph1)}; {bare} had meer geschreven."
        )
    elif shape == 3:  # data breach
        s = (
            f"{K('Datalekregister')} {case(r, 4)}\n{K('Betrokkene')}: {p.full()} (geb. {dob(r)})\n"
            f"{K('Wat')}: een foto van {K(ph1)} met het adres van {p.title(r) if not is_first else p.full()} is gedeeld "
            f"in de {K('nieuwsbrief')}.\n{K('Maatregel')}: foto verwijderd door {o.ini()}."
        )
    elif shape == 4:  # gazette
        s = (
            f"{K('GEMEENTEBLAD')} {c.gem()}\n{K('Omgevingsvergunning')} aangevraagd door {p.ini()} voor het plaatsen van "
            f"{K(ph1)} bij {address(r)}, {postcode(r)} {c.T()}. {K('Zienswijze')} onder {case(r, 26)}.\n"
            f"Vragen aan {o.full()}, {K(c.fun[0])}. {bare} is per mail bereikbaar: {em}"
        )
    elif shape == 5:  # grave letter
        s = (
            f"{K('Onderwerp')}: {K('grafrechten')} {case(r, 9)}\n\nGeachte {p.title(r) if not is_first else p.full()},\n\n"
            f"Op het graf staat nu {K(ph1)} die niet is toegestaan volgens het {K('reglement')}. "
            f"Wij vragen u dit voor {odate(r)} te regelen.\n\n{c.sig(0)}"
        )
    elif shape == 6:  # marriage / witnesses
        s = (
            f"{K('Huwelijk')} {case(r, 11)}: {p.full()} en {c.partner.full() if c.partner.sur != p.sur else Person(r).full()}\n"
            f"{K('Wens')}: trouwen bij {K(ph1)} in het {K('stadspark')}. {bare} belt nog over de {K('trouwambtenaar')} "
            f"({tel})."
        )
    else:  # budget conversation
        s = (
            f"{K('Gesprek')} {odate(r)} met {p.full()}.\n{bare} wil sparen voor {K(ph1)}; {K('budgetcoach')} "
            f"{o.ini()} rekent mee. {K('Volgende afspraak')}: {K(pick(r, P.WEEKDAYS))}."
        )
    if r.random() < 0.5:
        s += f"\n\nPS {pick(r, ['ook', 'verder', 'nog'])} gesproken over {K(ph2)}. ({c.med.paraph()})"
    if r.random() < 0.3:
        s += f"\n{K('Naam')} in het dossier: {p.caps() if r.random() < 0.5 else p.full()}"
    if p.full() not in s:
        s += f"\n{K('Dossier')}: {p.full()}"
    known = {"names": [f"{p.first} {p._sur_lc()}"]}
    if em in s and r.random() < 0.6:
        known["emails"] = [em.split("\x02")[1].rstrip("\x03")]
    if tel in s and r.random() < 0.6:
        known["phones"] = [tel.split("\x02")[1].rstrip("\x03")]
    return s, known
