"""Text shapes of holdout29: alternative and mobile dwellings, lost-found-towed-seized goods, those who serve
(veterans, volunteer firefighters, citizen responders, reservists, lifeguards), and the known file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pools29 as P
from core29 import MONTHS, Doc, odate

SPOTS = ["Stationsplein", "Busstation", "Markt", "Zwembad De Vlonder", "Stadhuis"]
BIKESPOTS = ["station", "de bieb", "het stadskantoor"]
LOTS = ["damesfiets", "kinderwagen", "elektrische step", "gitaar", "kampeerset", "horloge"]
FIRMS = ["Bouwbedrijf Hanzeveld", "Zorggroep Lindeborg", "Transport Noordkade"]
POSTS = ["Strandpost 3", "Zwemplas De Kuil", "Buitenbad"]
PL = "LICENSE_PLATE"


def be_phone(r) -> str:
    return r.choice(["+32 4", "0032 4"]) + _n(r, 2) + " " + _n(r, 2) + " " + _n(r, 2) + " " + _n(r, 2)


def _n(r, k):
    return "".join(str(r.randint(0, 9)) for _ in range(k))


CASES = [
    lambda r: f"LGP/{r.choice(['2025', '2026'])}/{_n(r, 4)}",
    lambda r: f"VWB-{r.randint(24, 27)}-{_n(r, 5)}",
    lambda r: f"STP.{r.choice(['2025', '2026'])}.{_n(r, 4)}",
    lambda r: f"GV{r.randint(24, 27)}-{_n(r, 5)}",
    lambda r: f"WSR{r.randint(24, 27)}/{_n(r, 5)}",
    lambda r: f"DEP-{_n(r, 4)}-{r.choice('KLMNRT')}",
    lambda r: f"BBL {r.choice(['2025', '2026'])}.{_n(r, 4)}",
    lambda r: f"VET-{r.choice(['2025', '2026'])}-{_n(r, 4)}",
    lambda r: f"BRW/{r.randint(24, 27)}/{_n(r, 3)}",
    lambda r: f"AED{_n(r, 6)}",
    lambda r: f"RB-{_n(r, 2)}.{_n(r, 3)}",
    lambda r: f"2026/PRB/{_n(r, 5)}",
    lambda r: f"K{r.randint(24, 27)}-{_n(r, 4)}",
    lambda r: f"REC.{r.randint(24, 27)}.{_n(r, 4)}",
    lambda r: f"HPK-{_n(r, 5)}-{r.randint(24, 27)}",
    lambda r: f"OPB/{r.choice(['2025', '2026'])}/{_n(r, 3)}",
    lambda r: f"TKH{r.choice(['2025', '2026'])}-{_n(r, 4)}",
    lambda r: f"ZDS-{_n(r, 5)}-{r.randint(24, 27)}",
    lambda r: f"VZ.{_n(r, 6)}.{_n(r, 2)}",
    lambda r: f"AFM-{r.choice(['2025', '2026'])}-{_n(r, 3)}",
    lambda r: f"MLD{_n(r, 2)}A{_n(r, 4)}",
    lambda r: f"BOA.{r.randint(24, 27)}.{_n(r, 5)}",
]
CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "referentienummer",
    "meldnummer",
    "volgnr.",
    "aanvraagnr.",
    "depotnummer",
    "vondstnummer",
    "bonnummer",
    "zaak",
    "uw kenmerk",
    "dossier",
    "verzoeknummer",
    "inzetnummer",
    "beschikking",
]


def case(d: Doc) -> str:
    return d.case(d.r.choice(CASES))


def sal(p) -> str:
    return "mevrouw" if p.g == "F" else "heer"


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def cue_case(d: Doc) -> str:
    r = d.r
    cue = d.k(r.choice(CUES))
    c = case(d)
    return r.choice([f"{cue} {c}", f"{cue}: {c}", f"({cue} {c})"])


def dob_phrase(d: Doc) -> str:
    r = d.r
    t = d.dob()
    c = r.randrange(9)
    return [
        f"geboren op {t}",
        f"geb. {t}",
        f"geboortedatum {t}",
        f"(° {t})",
        f"* {t}",
        f"geb.datum: {t}",
        f"({t})",
        f"geboren {t}",
        f"DOB {t}",
    ][c]


def ps(d: Doc, p) -> str:
    """A postscript with identifiers (30% of documents)."""
    r = d.r
    c = r.randrange(7)
    if c == 0:
        return f"\n\nPS: BSN {d.n(p, 'first')} in het dossier: {d.bsn()}; uitbetaling op {d.iban()}."
    if c == 1:
        return f"\n\nNB terugbellen op {d.tel()} (na {r.randint(16, 19)}.00 uur), niet via {d.k('Klantcontact')}."
    if c == 2:
        return f"\n\nBijlage: scan_{d.p(p.core, 'PERSON')}_{d.case(r.choice(CASES))}.pdf"
    if c == 3:
        return f"\n\nLink: https://mijn.{d.town().lower()}.nl/zaken/{case(d)}/status"
    if c == 4:
        return f"\n\nCorrectie: de naam is {d.n(p, 'full')}, niet {d.p(p.core[:-1] + 'e', 'PERSON')}."
    if c == 5:
        return f"\n\n-- \n{d.n(p, 'ini')} | {d.tel()} | {d.mail(p)}"
    return f"\n\nKenteken auto op het terrein: {d.plate()}. Geboren {d.dob()}."


def official(d: Doc, dom: str):
    p = d.new()
    return p, f"{d.n(p, 'full')} ({d.kk(*FUNCTIONS)}, {d.kk(*DEPTS)}, {d.mail(p, dom)})"


FUNCTIONS = [
    "handhaver",
    "toezichthouder",
    "beleidsmedewerker",
    "casemanager",
    "teamleider",
    "consulent",
    "havenmeester",
    "wijkagent",
    "juridisch adviseur",
    "BOA",
    "bemiddelaar",
    "coördinator",
]
DEPTS = [
    "Vergunningen",
    "Handhaving",
    "Team Wonen",
    "Stadsbeheer",
    "Publiekszaken",
    "Burgerzaken",
    "Wijkteam Oost",
    "Veiligheid",
    "Havendienst",
    "Sociaal Domein",
    "Team Toezicht",
    "Afdeling Ruimte",
]


def gdom(d: Doc) -> str:
    return f"{d.r.choice(P.TOWNS).lower().replace(' ', '')}.nl"


def generic(d: Doc) -> str:
    r = d.r
    return r.choice(
        [
            d.k(f"info@{gdom(d)}"),
            d.k(f"afstemming@{gdom(d)}"),
            d.k("14 0" + str(r.randint(10, 99))),
            d.k(f"Postbus {r.randint(10, 9999)}"),
        ]
    )


# ================================================================= dwell
def dwell_mooring(d: Doc):
    r = d.r
    a = d.new()
    b = d.kin(a, "F" if a.g == "M" else "M") if r.random() < 0.5 else None
    o, ot = official(d, gdom(d))
    boat = r.choice(["woonark", "woonschip", "omgebouwde tjalk", "woonboot op betonbak", "motorschip"])
    t = (
        f"{d.k('Ligplaatsdossier')} {case(d)}\n\n{d.k('Aanvrager')}: {d.n(a, 'surfirst')}"
        f"{(' en ' + d.n(b, 'full')) if b else ''}\n{d.k('Ligplaats')}: {d.street_only()} t.o. nr. {r.randint(2, 90)}, "
        f"{d.pc()} {d.town()}\n{d.k('Geboortedatum')}: {d.dob()}\n{d.k('Vaartuig')}: {d.k(boat)}, lengte "
        f"{r.randint(14, 32)} m\n\n{d.k('Op')} {d.date()} heeft {ot} de {d.k('casco-inspectie')} gedaan. "
        f"{d.n(a, 'title')} was aanwezig. Het {d.k('liggeld')} ({d.eur()} per jaar) wordt geïncasseerd van "
        f"{d.iban()}. {d.k('Inschrijving')} {d.k('BRP')} op de ligplaats: BSN {d.bsn()}.\n"
        f"{d.n(o, 'bare')} adviseert verlenging tot {d.date()}; de {d.k('Woonschepenverordening')} is gevolgd."
    )
    if b and r.random() < 0.6:
        t += f"\n{d.n(b, 'first')} belt liever: {d.tel()}."
    return t, a


def dwell_waitlist(d: Doc):
    r = d.r
    rows = []
    ppl = []
    for i in range(r.randint(3, 6)):
        p = d.new(origin=r.choice(["dutch", "dutch_part", "limburg", "flemish", "dutch", "german"]))
        ppl.append(p)
        gez = r.randint(1, 6)
        rows.append(
            f"| {i + 1} | {d.n(p, r.choice(['surfirst', 'full', 'ini']))} | {d.dob()} | "
            f"{d.k(str(r.randint(2008, 2025)))} | {gez} |"
        )
    head = f"{d.k('Wachtlijst')} {d.k('woonwagenstandplaatsen')} {d.town()} – stand {d.date()}\n\n"
    head += "| nr | naam | geb. | ingeschreven | gezin |\n|---|---|---|---|---|\n" + "\n".join(rows)
    a = ppl[0]
    kid = d.kin(a, "M")
    med = d.new()
    t = (
        head + f"\n\n{d.k('Notitie')} {d.k('bemiddelaar')} ({d.n(med, 'paraph')}): familie {d.n(a, 'bare')} vraagt "
        f"een {d.k('standplaats')} naast de ouders voor zoon {d.n(kid, 'first')}"
        f"{' (' + d.n(kid, 'nick') + ')' if kid.nick else ''}. De {d.k('Huisvestingsverordening')} kent "
        f"{d.k('afstammingsvolgorde')} niet meer; {d.n(a, 'title')} noemt dat 'het einde van ons kamp'. "
        f"{d.k('Afspraak')} met {d.kk(*DEPTS)} op {d.date()}. {cap(cue_case(d))}."
    )
    return t, a


def dwell_park(d: Doc):
    r = d.r
    a = d.new()
    o = d.new()
    park = d.k(r.choice(P.PARKS))
    t = (
        f"{d.k('Aan')}: {d.n(a, 'title')}\n{d.k('Kavel')} {r.randint(1, 240)}, {park}\n{d.addr()}\n{d.pc()}  "
        f"{d.town().upper()}\n\n{d.k('Onderwerp')}: {d.k('persoonsgebonden beschikking')} {d.k('permanente bewoning')}"
        f"\n{d.k('Ons kenmerk')}: {case(d)}\n\n{d.k('Geachte')} {sal(a)} {d.n(a, 'Sur')},\n\n"
        f"U woont sinds {d.k(str(r.randint(1998, 2019)))} permanent in uw chalet. Volgens de {d.k('BRP')} bent u "
        f"{dob_phrase(d)} en staat u ingeschreven onder BSN {d.bsn()}. De {d.k('gedoogbeschikking')} geldt alleen voor "
        f"u{' en uw partner ' + d.n(d.kin(a), 'full') if r.random() < 0.4 else ''}; zij vervalt bij verkoop.\n\n"
        f"Met vriendelijke groet,\n\n{d.n(o, 'full')}\n{d.kk('toezichthouder', 'teamleider Handhaving')}\n"
        f"{d.tel()} | {d.mail(o, gdom(d))}"
    )
    return t, a


def dwell_tiny(d: Doc):
    r = d.r
    a = d.new()
    b = d.new() if r.random() < 0.6 else None
    t = (
        f"{d.k('AANMELDFORMULIER')} {d.k('PILOT')} {d.k('TINY HOUSES')} – {d.k('Kavelronde')} "
        f"{r.randint(2, 5)}\n\n{d.k('Naam aanvrager')}: {d.n(a, r.choice(['full', 'caps', 'surfirst']))}\n"
        f"{d.k('Geboortedatum')}: {d.dob()}\n{d.k('Medebewoner')}: "
        f"{d.n(b, 'full') + ' (' + d.dob() + ')' if b else 'geen'}\n{d.k('Huidig adres')}: {d.full_address()}\n"
        f"{d.k('Telefoon')}: {d.tel()}\n{d.k('E-mail')}: {d.mail(a)}\n{d.k('Motivatie')}: ik woon nu "
        f"{r.choice(['antikraak', 'bij mijn ouders', 'in een studio van 19 m2', 'op een vakantiepark'])} en wil "
        f"{d.k('zelfbouw')}. {('Mijn vriend ' + d.n(b, 'first') + ' kan lassen.') if b else ''}\n"
        f"{d.k('Ingekomen')}: {d.date()}, {cue_case(d)}\n{d.k('Beoordeeld')}: {d.n(d.new(), 'paraph')}"
    )
    return t, a


def dwell_antisquat(d: Doc):
    r = d.r
    a = d.new()
    c = d.new()
    dom = r.choice(["leegstandbeheer.nl", "beheerwacht.nl", "bewaakt-wonen.nl"])
    cs = case(d)
    t = (
        f"{d.k('Van')}: {d.n(c, 'full')} <{d.mail(c, dom)}>\n{d.k('Aan')}: {d.mail(a)}\n{d.k('Onderwerp')}: "
        f"RE: {d.k('opzegging')} {d.k('bruikleenovereenkomst')} [{cs}]\n\nBeste {d.n(a, 'first')},\n\n"
        f"Zoals besproken eindigt de bruikleen van {d.addr()} op {d.date()}. De {d.k('opzegtermijn')} van "
        f"{d.k('28 dagen')} is in acht genomen. De {d.k('borg')} ({d.eur()}) storten we terug op {d.iban()}.\n\n"
        f"Groet,\n{d.n(c, 'first')}\n\n----- {d.k('Doorgestuurd bericht')} -----\n{d.k('Van')}: {d.n(a, 'full')}\n"
        f"Ik heb het {d.k('Meldpunt')} van de gemeente gevraagd te {d.k('bemiddelen')}. Mijn dochter "
        f"{d.n(d.kin(a, 'F'), 'first')} zit op school om de hoek. Bel me: {d.tel()}."
    )
    return t, a


def dwell_careunit(d: Doc):
    r = d.r
    a = d.new()
    par = d.kin(a)
    nb = d.new()
    o = d.new()
    sur = d.p(a.core, "PERSON")
    t = (
        f"{d.k('Schouwrapport')} {d.k('mantelzorgwoning')} – {d.addr()}\n{d.k('Datum schouw')}: {d.date()} | "
        f"{d.k('Schouwer')}: {d.n(o, 'ini')} ({d.n(o, 'paraph')})\n\n{d.k('Bevindingen')}\n- {d.k('Unit')} van "
        f"{r.randint(30, 55)} m2 in de achtertuin, bewoond door {d.n(par, 'full')}, {dob_phrase(d)}.\n"
        f"- {d.k('Mantelzorger')}: {d.n(a, 'full')} ({d.tel()}).\n- Buurman {d.n(nb, 'title')} "
        f"({d.addr()}) klaagt over {d.k('afvoer')} en licht.\n\n"
        f"{d.k('Foto')}'s: foto_{sur}_tuin_0{r.randint(1, 9)}.jpg, "
        f"foto_{sur}_erfgrens.jpg\n{d.k('Vervolg')}: {d.kk('vergunningvrij', 'omgevingsvergunning nodig')}; "
        f"{cue_case(d)}."
    )
    return t, a


def dwell_transfer(d: Doc):
    r = d.r
    a = d.new()
    b = d.new()
    t = (
        f"{d.k('Overdracht')} {d.k('ligplaats')} {d.k('en')} {d.k('woonschip')}\n\n{d.k('Verkoper')}: "
        f"{d.n(a, 'ini')}, {dob_phrase(d)}, {d.full_address()}\n{d.k('Koper')}: {d.n(b, 'ini')}, {dob_phrase(d)}, "
        f"{d.full_address()}\n\n{d.k('Koopsom')} {d.eur()}; de {d.k('ligplaatsvergunning')} gaat alleen over na "
        f"{d.k('toestemming')} van {d.k('Burgemeester en Wethouders')} ({cue_case(d)}). {d.n(b, 'title')} parkeert "
        f"een auto met kenteken {d.plate()} op de {d.k('kade')}. {d.n(a, 'title')} vertrekt naar "
        f"{d.k(r.choice(['Friesland', 'Portugal', 'Zeeland', 'Gent']))}.\n\n{d.k('Getekend')}: {d.n(a, 'paraph')} / "
        f"{d.n(b, 'paraph')}"
    )
    return t, a


def dwell_chat(d: Doc):
    r = d.r
    ppl = [d.new() for _ in range(r.randint(3, 4))]
    mo = r.randint(1, 12)
    lines = [f"{d.k('Groepsapp')} {d.k('Bewonerscommissie')} {d.k(r.choice(P.PARKS))}"]
    h = r.randint(7, 20)
    msgs = [
        lambda p, q: f"wie heeft {d.n(q, r.choice(['first', 'nick']))} gezien? zijn caravan staat open",
        lambda p, q: f"de {d.k('beheerder')} zegt dat we voor {d.date()} weg moeten",
        lambda p, q: f"{d.n(q, 'first')} jij had toch dat nummer van de {d.k('wethouder')}? {d.k('Wonen')}",
        lambda p, q: f"mijn nummer is veranderd: {d.tel()}",
        lambda p, q: f"stuur het maar naar {d.mail(p)}",
        lambda p, q: f"{d.k('Bemiddelaar')} komt {d.k(r.choice(['dinsdag', 'donderdag', 'zaterdag']))} om {h}.00",
        lambda p, q: f"ik heb {d.n(q, 'full')} ingeschreven, {cue_case(d)}",
    ]
    for _i in range(r.randint(4, 7)):
        p, q = r.sample(ppl, 2)
        who = d.n(p, r.choice(["full", "first", "full"]))
        lines.append(
            f"[{r.randint(1, 28):02d}-{mo:02d}-26 {h:02d}:{r.randint(0, 59):02d}] {who}: {r.choice(msgs)(p, q)}"
        )
        h = min(23, h + r.randint(0, 2))
    return "\n".join(lines), ppl[0]


DWELL = [
    dwell_mooring,
    dwell_waitlist,
    dwell_park,
    dwell_tiny,
    dwell_antisquat,
    dwell_careunit,
    dwell_transfer,
    dwell_chat,
]


# ================================================================= found
def found_register(d: Doc):
    r = d.r
    a = d.new()
    f = d.new()
    item = r.choice(
        [
            "zwarte portemonnee",
            "rugzak",
            "sleutelbos met hanger",
            "gehoorapparaat",
            "telefoon in roze hoes",
            "trouwring",
            "laptoptas",
        ]
    )
    t = (
        f"{d.k('Gevonden voorwerpen')} – {d.k('registratie')}\n{d.k('Registratienummer')}: {case(d)}\n"
        f"{d.k('Gevonden op')}: {d.date()} | {d.k('Locatie')}: {d.k(r.choice(SPOTS))}\n"
        f"{d.k('Omschrijving')}: {d.k(item)}"
        + (
            f" met {d.k('rijbewijs')} op naam van {d.n(a, r.choice(['caps', 'ini', 'full']))} ({d.dob()}) en bankpas "
            f"{d.iban('NL')}"
            if r.random() < 0.7
            else f", inhoud onbekend; eigenaar {d.n(a, 'full')}"
        )
        + f"\n{d.k('Vinder')}: {d.n(f, 'surfirst')}, {d.tel()}, wil {d.k('vindersloon')}: "
        f"{d.kk('ja', 'nee')}\n{d.k('Eigenaar geïnformeerd')}: per mail aan {d.mail(a)} op {d.date()}\n"
        f"{d.k('Behandeld')}: {d.n(d.new(), 'paraph')}"
    )
    return t, a


def found_tow(d: Doc):
    r = d.r
    a = d.new()
    boa = d.new()
    pl = d.plate()
    t = (
        f"{d.k('WEGSLEEPBON')} {case(d)}\n{d.k('Kenteken')}: {pl}   {d.k('Merk')}: "
        f"{d.k(r.choice(['Opel', 'Toyota', 'Peugeot', 'Volkswagen', 'Kia', 'Dacia']))}   {d.k('Kleur')}: "
        f"{d.kk('grijs', 'zwart', 'blauw', 'wit')}\n{d.k('Locatie')}: {d.street_only()} "
        f"({d.k('gehandicaptenparkeerplaats')})\n"
        f"{d.k('Handhaver')}: {d.n(boa, 'ini')}, {d.k('BOA')} {d.kk(*DEPTS)}\n{d.k('Kentekenhouder')} (RDW): "
        f"{d.n(a, 'surfirst')}, {d.full_address()}\n{d.k('Kosten')}: {d.eur()} + {d.k('stalling')} "
        f"{d.eur()} per dag\n\n"
        f"--- {d.k('reactie')} {d.k('via')} {d.k('webformulier')} ---\nIk ben {d.n(a, 'full')} en ik heb een "
        f"{d.k('gehandicaptenparkeerkaart')}! Die lag achter de voorruit van "
        f"{d.p(pl.upper() if r.random() < 0.3 else pl, PL)}. "
        f"Meneer {d.n(boa, 'bare')} heeft niet goed gekeken. Ik wil mijn geld terug op {d.iban()}."
    )
    return t, a


def found_bike(d: Doc):
    r = d.r
    a = d.new()
    c = d.new()
    t = (
        f"hoi,\n\nmijn fiets is weg van het {d.k('fietsenrek')} bij {d.k(r.choice(BIKESPOTS))}, "
        f"{d.k('framenummer')} {d.k('WGB' + _n(r, 7))}. volgens de site staat hij in het {d.k('fietsdepot')}. ik kan "
        f"pas na {d.date()} want ik werk in {d.k(r.choice(['Antwerpen', 'Keulen', 'Groningen']))}. mag mijn broer "
        f"{d.n(d.kin(a, 'M'), r.choice(['full', 'lower']))} hem ophalen met mijn {d.k('machtiging')}? mijn gegevens: "
        f"{d.n(a, 'lower')}, {dob_phrase(d)}, {d.tel()}\n\ngroetjes {d.n(a, 'first')}\n\n"
        f"{d.k('Antwoord')} {d.k('Stadswinkel')}:\n{d.k('Beste')} {sal(a)} {d.n(a, 'Sur')}, dat mag. "
        f"Neem een {d.k('kopie')} van uw {d.k('legitimatie')} mee. {d.k('Depotnummer')}: {case(d)}. {d.n(c, 'full')}"
    )
    return t, a


def found_notice(d: Doc):
    r = d.r
    a = d.new()
    obj = r.choice(["AANHANGER", "CARAVAN", "BOOTJE", "BROMFIETS", "FIETS"])
    t = (
        f"{d.k('LET OP')}! {d.k('DEZE')} {d.k(obj)} {d.k('WORDT')} OP {d.k(odate(r).upper())} {d.k('VERWIJDERD')}\n"
        f"({d.k('Artikel')} {r.randint(2, 5)}:{r.randint(10, 30)} {d.k('APV')}) – {cue_case(d)}\n\n"
        f'{d.k("Melding")} van {d.n(a, "full")} ({d.addr()}, {d.mail(a)}):\n"Die {obj.lower()} met kenteken '
        f"{d.plate()} staat al sinds {d.k(MONTHS[r.randrange(12)])} voor mijn deur. Volgens de buren is hij van "
        f"{d.n(d.new(), r.choice(['full', 'title', 'nick']))}, die nu in "
        f'{d.k(r.choice(["Spanje", "Polen", "Turkije", "Suriname"]))} zit."'
    )
    return t, a


def found_seized(d: Doc):
    r = d.r
    a = d.new()
    o1, o2 = d.new(), d.new()
    goods = r.sample(
        [
            "3 fietsen zonder slot",
            "koelkast",
            "partytent",
            "4 autobanden",
            "bouwsteiger",
            "scooter zonder kenteken",
            "2 kratten gereedschap",
            "matras",
        ],
        4,
    )
    lst = "\n".join(f"{i + 1}. {d.k(g)}" for i, g in enumerate(goods))
    t = (
        f"{d.k('PROCES-VERBAAL')} {d.k('VAN')} {d.k('OPSLAG')} ({d.k('bestuursdwang')})\n{cap(cue_case(d))}\n\n"
        f"Op {d.date()} zijn van de {d.k('openbare weg')} bij {d.addr()} de volgende zaken verwijderd:\n{lst}\n\n"
        f"{d.k('Belanghebbende')}: {d.n(a, 'caps')}, {dob_phrase(d)}, BSN {d.bsn()}.\n{d.k('Opgeslagen')}: "
        f"{d.k('Gemeentewerf')} {d.k(r.choice(['Noord', 'De Schans', 'Kanaalweg']))}. {d.k('Afgifte')} binnen "
        f"{d.k('13 weken')} na betaling van {d.eur()}.\n\n{d.k('Opgemaakt')}: {d.n(o1, 'ini')} ({d.n(o1, 'paraph')}), "
        f"{d.n(o2, 'ini')} ({d.n(o2, 'paraph')})"
    )
    return t, a


def found_auction(d: Doc):
    r = d.r
    lots = []
    ppl = []
    for i in range(r.randint(3, 5)):
        lots.append(f"{d.k('Kavel')} {i + 1}: {d.k(r.choice(LOTS))} ({d.k('eigenaar onbekend')})")
    pub = "\n".join(lots)
    t = (
        f"{d.k('Openbare verkoping')} {d.k('onbeheerde goederen')} – {d.date()}, {d.k('Gemeentewerf')}\n{pub}\n\n"
        f"{d.k('Intern')} ({d.k('niet publiceren')}):\n"
    )
    for _ in range(r.randint(2, 3)):
        p = d.new()
        ppl.append(p)
        t += (
            f"- kavel {r.randint(1, len(lots))} geclaimd door {d.n(p, r.choice(['full', 'surfirst', 'ini']))} "
            f"({d.tel()}), {d.k('eigendomsbewijs')}: {d.kk('aankoopbon', 'foto', 'geen')}; {cue_case(d)}\n"
        )
    t += f"{d.n(ppl[0], 'title')} wil {d.k('bemiddeling')}: {d.k('haar')} {d.k('spullen')} zijn al verkocht."
    return t, ppl[0]


def found_passport(d: Doc):
    r = d.r
    a = d.new()
    f = d.new(origin=r.choice(["flemish", "german", "dutch"]))
    t = (
        f"{d.k('Retour')} {d.k('reisdocument')} – {d.k('uitgevende instantie')}\n\n{d.k('Houder')}: "
        f"{d.n(a, 'caps')}\n{d.k('Geboren')}: {d.dob()}\n{d.k('Persoonsnummer')}: {d.bsn()}\n"
        f"{d.k('Gevonden')} in de trein {d.k('Roosendaal')}–{d.k('Antwerpen')} door {d.n(f, 'full')} "
        f"({d.p(be_phone(r), 'PHONE')}).\n"
        f"{d.k('Vermissing')} was al gemeld ({cue_case(d)}); het document is {d.k('ongeldig')}. {d.n(a, 'title')} "
        f"krijgt bericht via {d.mail(a)}."
    )
    return t, a


def found_mediation(d: Doc):
    a = d.new()
    o = d.new()
    med = d.new()
    t = (
        f"## {d.k('Casus')}: {d.k('wegsleepkosten')} {d.k('na')} {d.k('verhuizing')}\n\n"
        f"{d.n(a, 'full')} ({d.addr()}) kreeg een rekening van {d.eur()}: haar auto ({d.plate()}) stond tijdens de "
        f"verhuizing in een {d.k('laad- en loszone')}. {d.n(a, 'first')} had een {d.k('ontheffing')} aangevraagd "
        f"({cue_case(d)}), maar die kwam een dag te laat. {d.k('Bemiddelaar')} {d.n(med, 'full')} belde "
        f"{d.n(o, 'full')} van {d.kk(*DEPTS)}. {d.n(o, 'bare')} zag de fout: de {d.k('aanvraag')} lag op een "
        f"{d.k('verkeerde')} {d.k('stapel')}.\n\n**{d.k('Uitkomst')}**: de kosten worden terugbetaald op {d.iban()}. "
        f'{d.k("Controlevraag")} gesteld op {d.date()}: "Is alles geregeld, {d.n(a, "title")}?" – "Ja."'
    )
    return t, a


FOUND = [
    found_register,
    found_tow,
    found_bike,
    found_notice,
    found_seized,
    found_auction,
    found_passport,
    found_mediation,
]


# ================================================================= serve
MISSIONS = ["UNIFIL", "SFOR", "Uruzgan", "UNPROFOR", "Minusma", "Libanon", "Irak", "Kosovo"]


def serve_vet(d: Doc):
    r = d.r
    a = d.new()
    pa = d.new()
    t = (
        f"{d.k('Veteranenloket')} – {d.k('intake')}\n{d.k('Naam')}: {d.n(a, 'surfirst')}\n{d.k('Geboren')}: "
        f"{d.dob()}\n{d.k('Uitzending')}: {d.k(r.choice(MISSIONS))} ({d.k(str(r.randint(1980, 2012)))})\n"
        f"{d.k('Adres')}: {d.full_address()}\n{d.k('Partner')}: {d.n(pa, 'full')}, {d.tel()}\n\n"
        f"{d.n(a, 'title')} slaapt slecht sinds de {d.k('herdenking')}. Hij wil niet naar de "
        f"{d.k('huisarts')} maar wel naar het {d.k('Veteraneninstituut')}. {d.n(pa, 'first')} zegt: "
        f"'{d.n(a, 'first')} praat alleen met andere veteranen.' {d.k('Doorverwezen')} {d.date()}, {cue_case(d)}."
    )
    return t, a


def serve_roster(d: Doc):
    r = d.r
    rows = []
    ppl = []
    for _i in range(r.randint(4, 6)):
        p = d.new()
        ppl.append(p)
        rows.append(
            f"| {d.n(p, r.choice(['full', 'ini', 'surfirst']))} | "
            f"{d.k(r.choice(['manschap', 'bevelvoerder', 'chauffeur', 'manschap A', 'aspirant']))} | {d.tel()} |"
        )
    a = ppl[0]
    t = (
        f"{d.k('Brandweerpost')} {d.k(r.choice(['Zuid', 'Havenkwartier', 'De Poort']))} – {d.k('ploeg')} "
        f"{r.randint(1, 4)} – {d.k('rooster')} {d.k(MONTHS[r.randrange(12)])}\n\n| naam | functie | pieper/mobiel |\n"
        f"|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{d.k('Knelpunt')}: de werkgever van {d.n(a, 'first')} wil haar niet meer laten gaan bij "
        f"{d.k('dagalarm')}. {d.k('Postcommandant')} {d.n(ppl[1], 'title')} vraagt de gemeente te bemiddelen "
        f"({cue_case(d)})."
    )
    return t, a


def serve_reservist(d: Doc):
    r = d.r
    a = d.new()
    e = d.new()
    t = (
        f"{d.k('Aan')}: {d.n(e, 'full')}, {d.k('directeur')} {d.k(r.choice(FIRMS))}\n"
        f"{d.k('Betreft')}: {d.k('oefening')} van uw {d.k('medewerker')} {d.n(a, 'ini')}\n{cap(cue_case(d))}\n\n"
        f"{d.k('Geachte')} {sal(e)} {d.n(e, 'Sur')},\n\nUw medewerker {d.n(a, 'full')} ({dob_phrase(d)}) is "
        f"{d.k('reservist')} en neemt van {d.date()} tot {d.date()} deel aan een {d.k('oefening')}. U kunt een "
        f"{d.k('tegemoetkoming')} van {d.eur()} aanvragen; {d.k('uitbetaling')} op {d.iban()}. Voor de "
        f"{d.k('salarisadministratie')}: BSN {d.bsn()}.\n\n{d.k('Namens')} de {d.k('Commandant')},\n"
        f"{d.n(d.new(), 'ini')}"
    )
    return t, a


def serve_aed(d: Doc):
    r = d.r
    v = d.new()
    resp = [d.new() for _ in range(r.randint(2, 3))]
    h, m = r.randint(0, 23), r.randint(0, 50)
    t = (
        f"{d.k('Alarmering')} {d.k('burgerhulpverleners')} – {cue_case(d)}\n{h:02d}:{m:02d} {d.k('Melding')} "
        f"{d.k('reanimatie')}: {d.addr()}, {d.pc()}\n"
    )
    for i, p in enumerate(resp):
        t += (
            f"{h:02d}:{m + i + 1:02d} {d.n(p, r.choice(['full', 'ini', 'first']))} "
            f"{d.k(r.choice(['accepteert', 'haalt AED', 'ter plaatse']))}\n"
        )
    t += (
        f"\n{d.k('Bedankbrief')}: {d.k('Beste')} {d.n(resp[0], 'first')}, dankzij jou leeft "
        f"{d.n(v, r.choice(['full', 'title']))} ({dob_phrase(d)}). Zijn dochter {d.n(d.kin(v, 'F'), 'first')} wil je "
        f"graag ontmoeten; haar nummer is {d.tel()}."
    )
    return t, v


def serve_day(d: Doc):
    r = d.r
    rows = []
    ppl = []
    for i in range(r.randint(3, 5)):
        p = d.new()
        ppl.append(p)
        comp = d.kin(p) if r.random() < 0.4 else None
        rows.append(
            f"{i + 1}. {d.n(p, r.choice(['ini', 'full', 'caps']))}"
            f"{' + ' + d.n(comp, 'first') if comp else ''} – {d.k(r.choice(MISSIONS))} – "
            f"{d.k('parkeren')}: {d.plate()}"
        )
    t = (
        f"{d.k('Veteranendag')} {d.town()} – {d.k('aanmeldingen')} {d.k('defilé')} en {d.k('lunch')}\n\n"
        + "\n".join(rows)
        + f"\n\n{d.k('Rolstoel')} nodig: {d.n(ppl[-1], 'title')}. {d.k('Contact')}: {generic(d)}."
    )
    return t, ppl[0]


def serve_lifeguard(d: Doc):
    r = d.r
    kid = d.new()
    par = d.kin(kid)
    g1, g2 = d.new(), d.new()
    t = (
        f"{d.k('Incidentrapport')} {d.k('Reddingsbrigade')} – {d.k(r.choice(POSTS))}\n"
        f"{d.k('Datum')}: {d.date()}  {d.k('Rapport')} {case(d)}\n\n{d.k('Slachtoffer')}: {d.n(kid, 'full')}, "
        f"{dob_phrase(d)}\n{d.k('Ouder')}: {d.n(par, 'full')}, {d.tel()}\n{d.k('Lifeguards')}: {d.n(g1, 'full')}, "
        f"{d.n(g2, 'full')}\n\n{d.n(g1, 'first')} zag {d.n(kid, 'first')} bij de {d.k('boei')} verdwijnen en dook "
        f"erachteraan. {d.n(g2, 'first')} belde {d.k('112')}. {d.n(par, 'title')} was boos op de "
        f"{d.k('strandwacht')} en wil een gesprek met de gemeente."
    )
    return t, par


def serve_allowance(d: Doc):
    r = d.r
    a = d.new()
    t = (
        f"{d.k('Declaratie')} {d.k('vrijwilligersvergoeding')} {d.k(str(r.choice([2025, 2026])))}\n"
        f"{d.k('Naam')}: {d.n(a, 'caps')}\n{d.k('Geboortedatum')}: {d.dob()}\n{d.k('IBAN')}: {d.iban()}\n"
        f"{d.k('BSN')}: {d.bsn()}\n{d.k('Uren')}: {r.randint(40, 300)} ({d.k('oefenavonden')}, {d.k('uitrukken')})\n"
        f"{d.k('Bedrag')}: {d.eur()}\n\n{d.k('Toelichting')} {d.n(a, 'first')}: de vergoeding van "
        f"{d.k(MONTHS[r.randrange(12)])} kwam niet binnen. Ik heb {d.n(d.new(), 'full')} van de "
        f"{d.k('Veiligheidsregio')} gemaild ({d.mail(a)}) maar kreeg geen antwoord. {cap(cue_case(d))}."
    )
    return t, a


def serve_mediation(d: Doc):
    r = d.r
    a = d.new()
    o = d.new()
    med = d.new()
    t = (
        f"{d.k('Onderwerp')}: {d.k('woningaanpassing')} {d.k('veteraan')} – {cue_case(d)}\n\n{d.k('Beste')} "
        f"{d.n(o, 'first')},\n\n{d.n(a, 'full')} ({d.addr()}) raakte in {d.k(r.choice(MISSIONS))} gewond en zit in "
        f"een {d.k('rolstoel')}. De {d.k('Wmo')}-aanvraag voor een {d.k('traplift')} ligt sinds {d.date()} stil. "
        f"Kun jij met {d.n(a, 'title')} bellen ({d.tel()})? Hij vertrouwt '{d.k('de gemeente')}' niet meer na zijn "
        f"{d.k('bezwaar')} in {d.k(str(r.randint(2018, 2024)))}.\n\n{d.k('Groet')},\n{d.n(med, 'full')}\n"
        f"{d.k('Bemiddelaar')} {d.k('Verzoek tot Afstemming')}\n{d.mail(med, gdom(d))}"
    )
    return t, a


SERVE = [
    serve_vet,
    serve_roster,
    serve_reservist,
    serve_aed,
    serve_day,
    serve_lifeguard,
    serve_allowance,
    serve_mediation,
]
