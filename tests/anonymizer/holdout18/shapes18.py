"""The shapes of holdout18's four files: transport, leisure, household and known."""

from __future__ import annotations

from random import Random

from core18 import (
    CASE_CUES,
    B,
    Nm,
    Person,
    amount,
    bsn,
    bsn_fmt,
    case_no,
    dob,
    housenr,
    iban,
    iban_fmt,
    odate,
    phone,
    plate,
    postcode,
    street,
    town,
)
from pools18 import KNOWN_FIRST, KNOWN_SURNAMES


def P(x: str, label: str) -> tuple:
    return (x, label)


def K(x: str) -> tuple:
    return (x, "KEEP")


class Ctx:
    """One document's setting: town, mediator, officials and the resident's household."""

    def __init__(self, r: Random, known_person: Person | None = None) -> None:
        self.r = r
        self.town = town(r)
        self.med = Person(r)
        self.off = Person(r)
        self.off2 = Person(r)
        self.res = known_person or Person(r)
        self.partner = Person(r, sur=(self.res.part, self.res.sur) if r.random() < 0.5 else None)
        self.child = Person(r, sur=(self.res.part, self.res.sur), young=True)
        self.child2 = Person(r, sur=(self.res.part, self.res.sur), young=True)
        self.nb = Person(r)
        self.street = street(r)
        self.nr = housenr(r)
        self.pc = postcode(r)
        self.phone = phone(r, r.choice("mml"))
        self.case = case_no(r)

    def cue(self) -> str:
        return self.r.choice(CASE_CUES)

    def addr(self) -> tuple:
        return P(f"{self.street} {self.nr}", "ADDRESS")

    def tf(self) -> str:
        return self.r.choice(["", "", "full", "ini", "lastcap"])


def name_any(c: Ctx, pe: Person, forms=("full", "full", "ini", "first", "lastcap", "caps", "nick")) -> Nm:
    f = c.r.choice(forms)
    return Nm(pe, f, title=f in ("lastcap", "ini") and c.r.random() < 0.7)


def sign(b: B, c: Ctx, pe: Person, func: str) -> None:
    r = c.r
    st = r.randrange(4)
    if st == 0:
        b.f(
            "\n\nMet vriendelijke groet,\n{n}\n<<{func}>>, gemeente <<{town}>>\n{m}",
            n=Nm(pe),
            func=func,
            town=c.town,
            m=P(pe.work_email(c.town), "EMAIL"),
        )
        # the function and town are keep words written through the template markers below
    elif st == 1:
        b.f(
            "\n\n{n} | <<{func}>> | T <<14 0{ac}>> | {m}",
            n=Nm(pe, "ini"),
            func=func,
            ac=r.randint(10, 99),
            m=P(pe.work_email(c.town), "EMAIL"),
        )
    elif st == 2:
        b.f("\n\nparaaf: {p} ({n})", p=Nm(pe, "paraph"), n=Nm(pe, "full"))
    else:
        b.f("\n\nGroet, {n}", n=Nm(pe, "first"))


def _tk(s: str) -> str:
    """A template (kept for readability of the headers)."""
    return s


# ---- transport ---------------------------------------------------------------------------------------------------
SCHOOLS = [
    "De Regenboog",
    "Het Kompas",
    "De Wilgenstam",
    "Mytylschool De Brug",
    "De Piramide",
    "Het Palet",
    "Cluster 4-school De Horizon",
    "Praktijkonderwijs Het Anker",
]


def t_student_transport(c: Ctx) -> B:
    r, b = c.r, B()
    ch = c.child
    b.f(
        _tk("<<AANVRAAG LEERLINGENVERVOER>> schooljaar <<2026-2027>>\n{cue} {case}\n\n"),
        cue=K(r.choice(["Aanvraagnummer", "Zaaknummer", "Kenmerk"])),
        case=P(c.case, "CASE_NUMBER"),
    )
    b.f(
        "1. Naam leerling: {n}\n2. Geboortedatum: {d}\n3. <<BSN>> leerling: {bsn}\n",
        n=Nm(ch, r.choice(["full", "sfirst"])),
        d=P(dob(r, 2009, 2020), "DATE_OF_BIRTH"),
        bsn=P(bsn_fmt(r, bsn(r)), "BSN"),
    )
    b.f(
        "4. Adres: {a}, {pc} <<{t}>>\n5. School: <<{s}>> in <<{t2}>>\n6. Ouder/verzorger: {p} (tel. {ph}, {m})\n",
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        t=c.town,
        s=r.choice(SCHOOLS),
        t2=town(r),
        p=Nm(c.res, r.choice(["full", "ini"]), title=True),
        ph=P(c.phone, "PHONE"),
        m=P(c.res.email(), "EMAIL"),
    )
    b.f(
        "7. Vervoersvorm: <<{v}>>\n8. Rekeningnummer voor de <<reiskostenvergoeding>>: {ib} t.n.v. {n}\n",
        v=r.choice(["aangepast vervoer", "openbaar vervoer met begeleiding", "eigen vervoer", "fietsvergoeding"]),
        ib=P(iban_fmt(r, iban(r)), "IBAN"),
        n=Nm(c.res, "ini"),
    )
    b.f(
        "\n<<Toelichting>> ouder: „{f} kan niet alleen reizen sinds de <<operatie>> in <<{mo}>>. Zijn broer/zus {s2} zit op een andere school.”\n",
        f=Nm(ch, "first"),
        mo=r.choice(["maart", "oktober", "januari"]),
        s2=Nm(c.child2, "first"),
    )
    b.f(
        "\n<<Advies>> consulent {o} (<<Team Leerlingenvervoer>>): afstand {km} km, <<medische verklaring>> van {d} ontvangen op <<{od}>>. ",
        o=Nm(c.off, r.choice(["full", "ini"])),
        km=r.randint(6, 31),
        d=Nm(c.off2, "lastcap", title=True),
        od=odate(r),
    )
    b.f(
        "Besluit: <<toegekend>> voor <<{per}>>.",
        per=r.choice(["het hele schooljaar", "één jaar", "de periode tot de zomervakantie"]),
    )
    if r.random() < 0.5:
        b.f(
            "\n\nNotitie bemiddelaar {m}: ouder belde op <<{od}>> dat de taxi {x} keer te laat kwam; gesproken met {o}.",
            m=Nm(c.med, "paraph"),
            od=odate(r),
            x=r.randint(2, 6),
            o=Nm(c.off, "first"),
        )
    return b


def t_ride_log(c: Ctx) -> B:
    r, b = c.r, B()
    drv = [Person(r) for _ in range(2)]
    b.f(
        _tk("<<Regiotaxi>> – ritoverzicht pashouder\n<<pasnummer>> {pas}\nPashouder: {n} ({d})\n\n"),
        pas=P(case_no(r), "CASE_NUMBER"),
        n=Nm(c.res, r.choice(["sfirst", "full", "caps"])),
        d=P(dob(r, 1930, 1965), "DATE_OF_BIRTH"),
    )
    b.t("| datum | tijd | van | naar | chauffeur | voertuig |\n|---|---|---|---|---|---|\n")
    for _i in range(r.randint(2, 5)):
        dest = r.choice(
            [
                "Ziekenhuis",
                "Dagbesteding De Linde",
                "Huisartsenpraktijk",
                "Gezondheidscentrum",
                "Station",
                "Wijkcentrum",
            ]
        )
        own = r.random() < 0.6
        b.f(_tk("| <<{d}>> | {h}:{m:02d} | "), d=odate(r), h=r.randint(7, 18), m=r.choice([0, 15, 30, 45]))
        if own:
            b.f("{a} | <<{dest}>> | ", a=c.addr(), dest=dest)
        else:
            b.f("<<{dest}>> | {a} | ", a=c.addr(), dest=dest)
        d = r.choice(drv)
        b.f("{n} | {pl} |\n", n=Nm(d, r.choice(["first", "full", "paraph"])), pl=P(plate(r), "LICENSE_PLATE"))
    b.f(
        "\n<<Klacht>> van {n} (gemeld via {ph}): „De chauffeur {d} liet me twintig minuten wachten in de regen.” ",
        n=Nm(c.res, "lastcap", title=True),
        ph=P(c.phone, "PHONE"),
        d=Nm(drv[0], "first"),
    )
    b.f(
        "<<Vervoerder>> heeft de klacht onder {cue} {cs} geregistreerd; reactie via {m}.",
        cue=K(c.cue()),
        cs=P(c.case, "CASE_NUMBER"),
        m=P(c.res.email(), "EMAIL"),
    )
    return b


def t_parking(c: Ctx) -> B:
    r, b = c.r, B()
    pl1, pl2 = plate(r), plate(r)
    b.f(
        _tk("<<Aanvraag parkeervergunning bewoners>> – <<Parkeerzone>> <<{z}>>\n"),
        z=r.choice(["Centrum-Oost", "Binnenstad", "Stationsgebied", "Havenkwartier"]),
    )
    b.f(
        "Aanvrager: {n}\nAdres: {a}\n<<Postcode>>: {pc}\nGeboortedatum: {d}\nKenteken: {p1}\nE-mail: {m}\n",
        n=Nm(c.res, r.choice(["full", "ini"])),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        d=P(dob(r), "DATE_OF_BIRTH"),
        p1=P(pl1, "LICENSE_PLATE"),
        m=P(c.res.email(), "EMAIL"),
    )
    if r.random() < 0.6:
        b.f("Tweede voertuig (partner {pn}): {p2}\n", pn=Nm(c.partner, "full"), p2=P(pl2, "LICENSE_PLATE"))
    b.t("\n<<Bezoekersparkeren>> – app-log\n")
    for _ in range(r.randint(2, 4)):
        b.f(
            "<<{d}>> {h}:{m:02d} start {p} ({who})\n",
            d=odate(r),
            h=r.randint(8, 21),
            m=r.randint(0, 59),
            p=P(plate(r), "LICENSE_PLATE"),
            who=Nm(Person(r), r.choice(["first", "full", "nick"])),
        )
    b.f(
        "\n<<Beschikking>> {cue} {cs}: de vergunning is <<{res}>>. ",
        cue=K(r.choice(["beschikkingsnummer", "kenmerk", "zaaknummer"])),
        cs=P(c.case, "CASE_NUMBER"),
        res=r.choice(["verleend", "geweigerd omdat de wachtlijst vol is", "verleend onder voorwaarden"]),
    )
    b.f("Behandeld door {o}, <<Afdeling Parkeren>>.", o=Nm(c.off, r.choice(["ini", "full"])))
    if r.random() < 0.5:
        b.f(
            "\n\nBemiddeling: {n} vroeg om afstemming omdat de mantelzorger {mz} geen plek vindt. <<Bemiddelaar>> {m} belde {ph}.",
            n=Nm(c.res, "lastcap", title=True),
            mz=Nm(c.nb, "full"),
            m=Nm(c.med, "full"),
            ph=P(phone(r), "PHONE"),
        )
    return b


def t_bike_depot(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(
        _tk("<<Fietsdepot>> <<{t}>> – afgifte\n<<Registratienummer>> {cs}\n"), t=c.town, cs=P(case_no(r), "CASE_NUMBER")
    )
    b.f(
        "<<Eigenaar>>: {n}, geboren {d}\nLegitimatie gecontroleerd door {o}\nAdres: {a} ({pc})\nTelefoon: {ph}\n",
        n=Nm(c.res, r.choice(["full", "caps", "sfirst"])),
        d=P(dob(r, 1950, 2008), "DATE_OF_BIRTH"),
        o=Nm(c.off, "paraph"),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        ph=P(c.phone, "PHONE"),
    )
    b.f(
        "<<Merk>>: <<{m}>>, kleur {k}; <<verwijderd>> op <<{od}>> bij <<{loc}>>.\n<<Kosten>>: <<{am}>> (pin).\n",
        m=r.choice(["Gazelle", "Batavus", "Cortina", "Sparta", "Cube"]),
        k=r.choice(["zwart", "grijs", "mintgroen"]),
        od=odate(r),
        loc=r.choice(["Station Noord", "het Stationsplein", "de Marktstraat", "de Bibliotheek"]),
        am=amount(r),
    )
    b.f(
        "\nOpmerking: {n} haalt de fiets op voor zijn/haar dochter {ch}; machtiging meegenomen. Bezwaar tegen de kosten loopt via {m}.",
        n=Nm(c.res, "first"),
        ch=Nm(c.child, "full"),
        m=Nm(c.med, r.choice(["full", "ini"]), title=True),
    )
    return b


def t_bus_incident(c: Ctx) -> B:
    r, b = c.r, B()
    drv = Person(r)
    b.f(
        _tk("<<INCIDENTMELDING>> <<Openbaar Vervoer>> – lijn {l}\nMeldingsnummer {cs}\n"),
        l=r.randint(1, 199),
        cs=P(c.case, "CASE_NUMBER"),
    )
    b.f(
        "<<Chauffeur>>: {d} (<<personeelsnummer>> {pn})\n<<Datum>>: <<{od}>>, halte <<{h}>>\n\n",
        d=Nm(drv, r.choice(["full", "ini"])),
        pn=r.randint(10000, 99999),
        od=odate(r),
        h=r.choice(["Stadhuis", "Ziekenhuis Oost", "Bibliotheek", "Sportpark"]),
    )
    b.f(
        "Een reiziger, {n}, viel bij het uitstappen doordat een auto ({pl}) op de busstrook stond. ",
        n=Nm(c.res, r.choice(["full", "ini"]), title=r.random() < 0.5),
        pl=P(plate(r), "LICENSE_PLATE"),
    )
    b.f(
        "Getuige {w} ({wph}) zag het gebeuren. {d} heeft <<EHBO>> verleend. ",
        w=Nm(c.nb, "full"),
        wph=P(phone(r), "PHONE"),
        d=Nm(drv, "first"),
    )
    b.f(
        "Reiziger woont aan de {a}, {pc}; geboortedatum {dd}.\n",
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        dd=P(dob(r), "DATE_OF_BIRTH"),
    )
    b.f(
        "\nDoorgestuurd naar <<Team Verkeer>> ({o}) en <<bemiddelaar>> {m}: reiziger vraagt om een <<drempel>> of <<paaltjes>>.",
        o=Nm(c.off, r.choice(["full", "ini"])),
        m=Nm(c.med, "full"),
    )
    return b


def t_traffic_request(c: Ctx) -> B:
    r, b = c.r, B()
    signers = [c.res, c.nb, Person(r), Person(r, sur=(c.nb.part, c.nb.sur))]
    b.f(_tk("Onderwerp: <<Verkeersveiligheid>> {st} – verzoek om <<snelheidsremmers>>\n\n"), st=P(c.street, "ADDRESS"))
    b.f(
        "Geachte heer/mevrouw,\n\nWij, bewoners van de {st}, maken ons zorgen over de snelheid van auto's bij basisschool <<{s}>>. ",
        st=P(c.street, "ADDRESS"),
        s=r.choice(SCHOOLS),
    )
    b.f(
        "Vorige week werd de zoon van {n} bijna aangereden door een bestelbus met kenteken {pl}.\n\n",
        n=Nm(c.nb, "lastcap", title=True),
        pl=P(plate(r), "LICENSE_PLATE"),
    )
    b.t("Ondertekend:\n")
    for s in signers:
        b.f(
            "- {n}, {a}\n",
            n=Nm(s, r.choice(["full", "ini", "caps", "lower"])),
            a=P(f"{c.street} {housenr(r)}", "ADDRESS"),
        )
    b.f("\nContact: {n}, {ph}, {m}\n", n=Nm(c.res, "full"), ph=P(c.phone, "PHONE"), m=P(c.res.email(), "EMAIL"))
    b.f(
        "\n---\n<<Reactie>> {o} (<<Verkeer en Mobiliteit>>): {cue} {cs}. <<Snelheidsmeting>> gepland in <<{mo}>>; {n} krijgt bericht.",
        o=Nm(c.off, r.choice(["full", "ini"])),
        cue=K(c.cue()),
        cs=P(c.case, "CASE_NUMBER"),
        mo=r.choice(["april", "juni", "september"]),
        n=Nm(c.res, "lastcap", title=True),
    )
    return b


# ---- leisure -----------------------------------------------------------------------------------------------------
CLUBS = [
    "VV Rood-Wit",
    "Zwemclub De Dolfijn",
    "Judoschool Kano",
    "Muziekschool Allegro",
    "Turnvereniging Olympia",
    "Scouting Jan van Hoof",
    "Atletiekclub Phoenix",
    "Balletstudio Arabesque",
    "Tennisclub De Lobbers",
]


def l_youth_fund(c: Ctx) -> B:
    r, b = c.r, B()
    ch = c.child
    club = r.choice(CLUBS)
    b.f(
        _tk("<<Jeugdfonds Sport & Cultuur>> – aanvraag\n<<Intermediair>>: {i}, <<schoolmaatschappelijk werk>>\n"),
        i=Nm(c.off, r.choice(["full", "ini"])),
    )
    b.f(
        "Kind: {n} (geb. {d})\nOuder: {p}\nAdres: {a}, {pc} <<{t}>>\nTelefoon ouder: {ph}\n",
        n=Nm(ch, r.choice(["full", "sfirst"])),
        d=P(dob(r, 2010, 2020, r.choice([0, 1, 3, 5, 9, 13])), "DATE_OF_BIRTH"),
        p=Nm(c.res, r.choice(["full", "ini"]), title=r.random() < 0.5),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        t=c.town,
        ph=P(c.phone, "PHONE"),
    )
    b.f("<<Vereniging>>: <<{cl}>>, <<contributie>> <<{am}>> per jaar\n", cl=club, am=amount(r))
    b.f(
        "<<Motivatie>>: {f} wil graag bij de club omdat vriendje {v} er ook zit. ",
        f=Nm(ch, "first"),
        v=Nm(Person(r), "first"),
    )
    b.f("Moeder/vader ({p}) heeft een <<schuldhulptraject>> bij <<Kredietbank>>.\n", p=Nm(c.res, "first"))
    b.f(
        "\n{cue}: {cs} – <<goedgekeurd>> door {o} op <<{od}>>.",
        cue=K(r.choice(["Dossiernummer", "Aanvraagnummer", "Referentie"])),
        cs=P(c.case, "CASE_NUMBER"),
        o=Nm(c.off2, "paraph"),
        od=odate(r),
    )
    return b


def l_swim_list(c: Ctx) -> B:
    r, b = c.r, B()
    instr = Person(r)
    b.f(
        _tk("<<Zwemles>> <<Diploma {d}>> – groep {g}, <<{wd}>> {h}:00\n<<Zwembad>> <<{zb}>>, badmeester {i}\n\n"),
        d=r.choice("ABC"),
        g=r.randint(1, 9),
        wd=r.choice(["maandag", "woensdag", "zaterdag"]),
        h=r.randint(9, 17),
        zb=r.choice(["De Wetering", "Het Bolwerk", "De Vennen", "Sportfondsenbad"]),
        i=Nm(instr, r.choice(["full", "first"])),
    )
    b.t("nr;naam;geboortedatum;ouder;telefoon;opmerking\n")
    kids = [c.child] + [Person(r, young=True) for _ in range(r.randint(2, 5))]
    for i, k in enumerate(kids, 1):
        parent = c.res if k is c.child else Person(r, sur=(k.part, k.sur))
        b.f(
            "{i};{n};{d};{p};{ph};",
            i=i,
            n=Nm(k, r.choice(["full", "full", "sfirst"])),
            d=P(dob(r, 2014, 2021, r.choice([0, 1, 2, 5])), "DATE_OF_BIRTH"),
            p=Nm(parent, r.choice(["full", "ini", "first"])),
            ph=P(phone(r, "m"), "PHONE"),
        )
        b.f("<<{o}>>\n", o=r.choice(["astma", "bril", "vervoer via opa", "zwemt met bandjes", "Jeugdfonds", "nieuw"]))
    b.f(
        "\n<<Bemiddeling>>: {p} vroeg afstemming over de <<restitutie>> van <<{am}>> na het sluiten van het bad; {cue} {cs}; uitbetaling naar {ib}.",
        p=Nm(c.res, "lastcap", title=True),
        am=amount(r),
        cue=K(c.cue()),
        cs=P(c.case, "CASE_NUMBER"),
        ib=P(iban_fmt(r, iban(r)), "IBAN"),
    )
    return b


BOOKS = ["De Gruffalo", "Het Achterhuis", "Max Havelaar", "Dolfje Weerwolfje", "Kikker is verliefd", "De Aanslag"]


def l_library(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(_tk("<<Bibliotheek>> <<{t}>> – <<Herinnering>>\n\n"), t=c.town)
    if r.random() < 0.5:
        b.f(
            "{n}\n{a}\n{pc}  <<{tc}>>\n\n",
            n=Nm(c.res, r.choice(["ini", "caps"]), title=r.random() < 0.5),
            a=c.addr(),
            pc=P(c.pc, "POSTCODE"),
            tc=c.town.upper(),
        )
    b.f(
        "Beste {n},\n\nOp uw <<pas>> ({cue} {cs}) staan nog <<{x}>> items die te laat zijn:\n",
        n=Nm(c.res, r.choice(["first", "full"])),
        cue=K(r.choice(["pasnummer", "lidmaatschapsnummer", "klantnummer"])),
        cs=P(case_no(r), "CASE_NUMBER"),
        x=r.choice(["twee", "drie", "vier"]),
    )
    for bk in r.sample(BOOKS, 2):
        b.f("- <<{bk}>> (geleend door {n})\n", bk=bk, n=Nm(r.choice([c.child, c.child2]), "first"))
    b.f(
        "<<Openstaand>>: <<{am}>>. Betalen kan naar de bibliotheek of via de <<Bibliotheekpas>> van {ch}.\n",
        am=amount(r),
        ch=Nm(c.child, "full"),
    )
    b.f(
        "\nNotitie baliemedewerker {o}: klant belde ({ph}) dat de boeken zijn ingeleverd bij het <<Servicepunt>>. "
        "Doorgezet naar <<bemiddelaar>> {m}; moeder geboren {d} vraagt om <<kwijtschelding>>.",
        o=Nm(c.off, "paraph"),
        ph=P(c.phone, "PHONE"),
        m=Nm(c.med, r.choice(["full", "lastcap"]), title=True),
        d=P(dob(r), "DATE_OF_BIRTH"),
    )
    return b


def l_match_report(c: Ctx) -> B:
    r, b = c.r, B()
    ref = Person(r)
    players = [Person(r) for _ in range(3)]
    t1, t2 = r.sample(
        ["VV Rood-Wit", "SV Oosterkwartier", "FC Zuidwijk", "Sportclub Noorderhaven", "RKSV Sint Joris"], 2
    )
    b.f(
        _tk("<<Wedstrijdrapport>> <<{t1}>> – <<{t2}>> (<<{od}>>)\n<<Scheidsrechter>>: {ref}\n\n"),
        t1=t1,
        t2=t2,
        od=odate(r),
        ref=Nm(ref, r.choice(["full", "ini"])),
    )
    for p in players:
        b.f(
            "- rugnummer {nr}: {n} – <<{k}>> wegens <<{w}>>\n",
            nr=r.randint(2, 23),
            n=Nm(p, r.choice(["full", "sfirst", "caps"])),
            k=r.choice(["gele kaart", "rode kaart", "tijdstraf"]),
            w=r.choice(["natrappen", "schelden", "hands", "een duw"]),
        )
    b.f(
        "\nNa afloop liep een toeschouwer, volgens de <<Ordedienst>> {n}, het veld op. ",
        n=Nm(c.res, r.choice(["full", "ini"]), title=True),
    )
    b.f("{p} zei: „Ik ga hem opwachten bij de kantine.”\n", p=Nm(players[0], "first"))
    b.f(
        "\n<<Secretaris>> {s} ({m}, {ph}) vraagt de gemeente om afstemming over het <<stadionverbod>> en de <<Sportpark>>-regels; {cue} {cs}.",
        s=Nm(c.nb, "full"),
        m=P(c.nb.email(), "EMAIL"),
        ph=P(phone(r), "PHONE"),
        cue=K(c.cue()),
        cs=P(c.case, "CASE_NUMBER"),
    )
    return b


def l_camp(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(_tk("<<Inschrijving>> <<Zomerkamp>> <<Speeltuinvereniging>> – week {w}\n\n"), w=r.randint(28, 34))
    for k in (c.child, c.child2):
        b.f(
            "Deelnemer: {n}, geboren {d}, <<allergie>>: <<{a}>>\n",
            n=Nm(k, r.choice(["full", "first"])),
            d=P(dob(r, 2012, 2020), "DATE_OF_BIRTH"),
            a=r.choice(["pinda", "geen", "lactose", "gluten"]),
        )
    b.f(
        "Ouder: {p} ({m})\nAdres: {a}\n<<Noodnummer>>: {ph} (oma, {o})\n",
        p=Nm(c.res, "full"),
        m=P(c.res.email(), "EMAIL"),
        a=c.addr(),
        ph=P(phone(r), "PHONE"),
        o=Nm(Person(r, sur=(c.res.part, c.res.sur) if r.random() < 0.4 else None), "full"),
    )
    b.f("<<Eigen bijdrage>>: <<{am}>> – betaald via {ib}\n", am=amount(r), ib=P(iban_fmt(r, iban(r)), "IBAN"))
    b.f(
        "\nLeiding: {l1} en {l2}. <<Vrijwilligers>> hebben een <<VOG>>.\n",
        l1=Nm(Person(r), "first"),
        l2=Nm(Person(r), r.choice(["first", "nick"])),
    )
    b.f(
        "Mail {p}: „{k} mag niet met de bus, wie haalt hem op?” – doorgestuurd aan {m} ({cue} {cs}).",
        p=Nm(c.res, "first"),
        k=Nm(c.child, "first"),
        m=Nm(c.med, "ini"),
        cue=K(c.cue()),
        cs=P(c.case, "CASE_NUMBER"),
    )
    return b


def l_culture_card(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(
        _tk("<<Cultuurkaart>> / <<Stadspas>> – aanvraag huishouden\n{cue} {cs}\n\n"),
        cue=K(r.choice(["Kenmerk", "Zaaknummer", "Ref."])),
        cs=P(c.case, "CASE_NUMBER"),
    )
    b.f(
        "<<Aanvrager>>: {n}\n<<BSN>>: {bsn}\nGeboortedatum: {d}\n<<Partner>>: {pa} (geb. {d2})\n",
        n=Nm(c.res, r.choice(["sfirst", "full", "caps"])),
        bsn=P(bsn_fmt(r, bsn(r)), "BSN"),
        d=P(dob(r), "DATE_OF_BIRTH"),
        pa=Nm(c.partner, "full"),
        d2=P(dob(r), "DATE_OF_BIRTH"),
    )
    b.f(
        "Kinderen: {k1} en {k2}\nWoonadres: {a}, {pc}\n<<Inkomen>>: <<bijstand>>, <<{am}>> netto\n",
        k1=Nm(c.child, "first"),
        k2=Nm(c.child2, "first"),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        am=amount(r),
    )
    b.f(
        "\n<<Muziekschool>>: {k} wil <<{ins}>> leren bij docent {d}.\n",
        k=Nm(c.child, "first"),
        ins=r.choice(["gitaar", "viool", "drums", "piano"]),
        d=Nm(Person(r), r.choice(["full", "lastcap"]), title=True),
    )
    b.f(
        "\n<<Afstemming>>: de aanvraag bleef {w} weken liggen bij <<Inkomen en Participatie>>. {m} sprak met {o}; toegezegd: besluit vóór <<{od}>>.",
        w=r.randint(4, 12),
        m=Nm(c.med, "first"),
        o=Nm(c.off, r.choice(["full", "ini"])),
        od=odate(r),
    )
    return b


# ---- household ---------------------------------------------------------------------------------------------------
DOGS = ["Bobby", "Luna", "Rocky", "Saartje", "Bolle", "Kiki"]


def h_dog_tax(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(
        _tk("<<Hondenbelasting>> {y} – <<aangifte>> {w}\n{cue} {cs}\n\n"),
        y=2026,
        w=r.choice(["aanmelding", "afmelding"]),
        cue=K(r.choice(["Aanslagnummer", "Kenmerk", "Dossiernummer"])),
        cs=P(c.case, "CASE_NUMBER"),
    )
    b.f(
        "<<Belastingplichtige>>: {n}\n<<Adres>>: {a}, {pc}\n<<Aantal honden>>: {x}\n",
        n=Nm(c.res, r.choice(["sfirst", "ini", "caps"])),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        x=r.randint(1, 3),
    )
    if r.random() < 0.6:
        b.f("<<BSN>>: {bsn}\n", bsn=P(bsn_fmt(r, bsn(r)), "BSN"))
    b.f("<<Automatische incasso>> van {ib} ten name van {n}\n", ib=P(iban_fmt(r, iban(r)), "IBAN"), n=Nm(c.res, "ini"))
    b.f(
        "\nToelichting: <<{dog}>> is in <<{mo}>> overleden; de aanslag van <<{am}>> klopt dus niet. ",
        dog=r.choice(DOGS),
        mo=r.choice(["februari", "mei", "augustus"]),
        am=amount(r),
    )
    b.f(
        "Mijn dochter {ch} heeft het al eens doorgegeven via {m}.", ch=Nm(c.child, "first"), m=P(c.res.email(), "EMAIL")
    )
    b.f(
        "\n\n<<Reactie>> {o} (<<Belastingen>>): <<vermindering>> toegekend; <<bezwaartermijn>> zes weken.",
        o=Nm(c.off, r.choice(["ini", "full"])),
    )
    return b


def h_dog_bite(c: Ctx) -> B:
    r, b = c.r, B()
    boa = Person(r)
    owner = c.nb
    b.f(
        _tk("<<Proces-verbaal van bevindingen>> – <<bijtincident>>\n<<BOA>> {boa}\nMeldingsnummer {cs}\n\n"),
        boa=Nm(boa, r.choice(["ini", "full", "paraph"])),
        cs=P(c.case, "CASE_NUMBER"),
    )
    b.f(
        "Op <<{od}>> omstreeks {h}:{m:02d} uur werd {v} (geb. {d}) aan de {st} gebeten door een hond. ",
        od=odate(r),
        h=r.randint(7, 21),
        m=r.randint(0, 59),
        v=Nm(c.res, r.choice(["full", "ini"]), title=r.random() < 0.4),
        d=P(dob(r), "DATE_OF_BIRTH"),
        st=P(c.street, "ADDRESS"),
    )
    b.f(
        "<<Eigenaar>> van de hond: {o}, wonende {a}, {pc}, tel. {ph}. ",
        o=Nm(owner, r.choice(["full", "caps"])),
        a=P(f"{c.street} {housenr(r)}", "ADDRESS"),
        pc=P(postcode(r), "POSTCODE"),
        ph=P(phone(r), "PHONE"),
    )
    b.f(
        "Getuige {g} verklaarde: „{o2} liet de hond altijd los lopen.”\n",
        g=Nm(Person(r), "full"),
        o2=Nm(owner, "lastcap", title=True),
    )
    b.f(
        "\n<<Maatregel>>: <<aanlijn- en muilkorfgebod>>. Het slachtoffer vraagt via <<bemiddelaar>> {m} om een gesprek met {o}.",
        m=Nm(c.med, "full"),
        o=Nm(owner, "first"),
    )
    return b


def h_bulky_waste(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(_tk("<<Bevestiging>> <<grofvuil>> ophalen\n<<Ophaalnummer>>: {cs}\n\n"), cs=P(case_no(r), "CASE_NUMBER"))
    b.f(
        "Beste {n},\n\nWe halen uw grofvuil op <<{od}>> tussen <<07.30>> en <<16.00>> uur op dit adres:\n{a}\n{pc} <<{t}>>\n\n",
        n=Nm(c.res, r.choice(["full", "first", "lastcap"]), title=r.random() < 0.4),
        od=odate(r),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        t=c.town,
    )
    b.f(
        "Aangemeld: <<{i1}>>, <<{i2}>>. <<Afvalpas>> {cs2}. Vragen: <<{mail}>> of <<14 0{ac}>>.\n",
        i1=r.choice(["bank", "matras", "kast"]),
        i2=r.choice(["koelkast", "tuinset", "vloerkleed"]),
        cs2=P(case_no(r), "CASE_NUMBER"),
        mail=f"afval@{c.town.lower()}.nl",
        ac=r.randint(10, 99),
    )
    b.f(
        "\n---\n<<Melding>> van {n} ({ph}): „Niet opgehaald. De buurman {nb} zegt dat de wagen wel in de straat was.” "
        "<<Afvalinzameling>> ({o}) stuurt de wagen opnieuw; {m} bewaakt de <<afspraak>>.",
        n=Nm(c.res, "full"),
        ph=P(c.phone, "PHONE"),
        nb=Nm(c.nb, "first"),
        o=Nm(c.off, "paraph"),
        m=Nm(c.med, "first"),
    )
    return b


def h_pest(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(
        _tk("<<Ongediertebestrijding>> – werkbon {cs}\n<<Plaagdier>>: <<{p}>>\n"),
        cs=P(c.case, "CASE_NUMBER"),
        p=r.choice(["ratten", "wespen", "kakkerlakken", "muizen", "bedwantsen"]),
    )
    b.f(
        "Melder: {n}, {a} ({pc}), {ph}\n",
        n=Nm(c.res, r.choice(["full", "sfirst", "caps"])),
        a=c.addr(),
        pc=P(c.pc, "POSTCODE"),
        ph=P(c.phone, "PHONE"),
    )
    b.f(
        "<<Bestrijder>>: {b}\n\nBevindingen: nest onder de schuur van de buren ({nb}, nr. {x}). ",
        b=Nm(Person(r), r.choice(["full", "first"])),
        nb=Nm(c.nb, "lastcap", title=True),
        x=housenr(r),
    )
    b.f(
        "Volgens {n} gooit {nb2} brood in de tuin voor de eenden; zijn bestelbus ({pl}) blokkeert de <<inrit>>.\n",
        pl=P(plate(r), "LICENSE_PLATE"),
        n=Nm(c.res, "lastcap", title=True),
        nb2=Nm(c.nb, "first"),
    )
    b.f(
        "<<Vervolg>>: tweede bezoek <<{od}>>; <<Woonstichting>> en <<Team Wijkbeheer>> geïnformeerd ({o}).",
        od=odate(r),
        o=Nm(c.off, r.choice(["full", "ini"])),
    )
    return b


def h_container(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(
        _tk("Van: {n} <{m}>\nAan: <<afvalstoffenheffing@{t}.nl>>\nOnderwerp: Re: <<Aanslag>> {cs}\n\n"),
        n=Nm(c.res, r.choice(["full", "lower"])),
        m=P(c.res.email(), "EMAIL"),
        t=c.town.lower(),
        cs=P(c.case, "CASE_NUMBER"),
    )
    b.f(
        "Hallo,\n\nmijn <<container>> (<<chipnummer>> {chip}) is {x} keer geleegd terwijl ik hem maar twee keer buiten zette. "
        "Volgens mij gebruikt de buurvrouw {nb} hem. Graag de <<{am}>> terug op {ib}.\n\nGroet,\n{n}\n{a}\n{ph}\n",
        chip=r.randint(1000000, 9999999),
        x=r.randint(5, 14),
        nb=Nm(c.nb, r.choice(["first", "full"])),
        am=amount(r),
        ib=P(iban_fmt(r, iban(r)), "IBAN"),
        n=Nm(c.res, r.choice(["first", "full"])),
        a=c.addr(),
        ph=P(c.phone, "PHONE"),
    )
    b.f(
        "\n> Op <<{od}>> schreef {o} namens <<Belastingen>>:\n> De weging is correct volgens de <<Afvalstoffenverordening>>.\n",
        od=odate(r),
        o=Nm(c.off, r.choice(["full", "ini"])),
    )
    return b


def h_woodsmoke(c: Ctx) -> B:
    r, b = c.r, B()
    b.f(
        _tk("<<Logboek>> <<houtrook>> – opgesteld door {n}, {a}\n\n"),
        n=Nm(c.res, r.choice(["full", "ini"])),
        a=c.addr(),
    )
    for _ in range(r.randint(3, 5)):
        b.f(
            "<<{od}>>: {h}:00 uur rook van nr. {x} ({nb}); <<ramen>> dicht, <<hoofdpijn>>.\n",
            od=odate(r),
            h=r.randint(16, 23),
            x=housenr(r),
            nb=Nm(c.nb, r.choice(["lastcap", "first", "caps"]), title=False),
        )
    b.f(
        "\nMijn man {p} heeft <<astma>>. Huisarts {d} schreef een <<verklaring>>. "
        "Ik wil geen ruzie, liever een gesprek met {nb} erbij via de <<buurtbemiddeling>>.\n",
        p=Nm(c.partner, "first"),
        d=Nm(Person(r), "lastcap", title=True),
        nb=Nm(c.nb, "full"),
    )
    b.f(
        "Contact: {ph} | {m} | {cue} {cs}",
        ph=P(c.phone, "PHONE"),
        m=P(c.res.email(), "EMAIL"),
        cue=K(c.cue()),
        cs=P(c.case, "CASE_NUMBER"),
    )
    return b


TRANSPORT = [t_student_transport, t_ride_log, t_parking, t_bike_depot, t_bus_incident, t_traffic_request]
LEISURE = [l_youth_fund, l_swim_list, l_library, l_match_report, l_camp, l_culture_card]
HOUSEHOLD = [h_dog_tax, h_dog_bite, h_bulky_waste, h_pest, h_container, h_woodsmoke]


def compose(r: Random, shapes: list, n: int) -> B:
    c = Ctx(r)
    b = shapes[n % len(shapes)](c)
    if r.random() < 0.2:
        c2 = Ctx(r)
        c2.med = c.med
        b2 = r.choice(shapes)(c2)
        b.t("\n\n---\n\n")
        b.parts += b2.parts
        b.pii += [i for i in b2.pii if i not in b.pii]
        b.keep += [k for k in b2.keep if k not in b.keep]
        b.people += b2.people
    return b


# ---- known -------------------------------------------------------------------------------------------------------
def known_doc(r: Random, n: int) -> tuple[B, dict]:
    words = sorted(KNOWN_SURNAMES) + sorted(KNOWN_FIRST)
    w = words[n % len(words)]
    if w in KNOWN_FIRST:
        res = Person(r)
        res.first = w
        res.initials = w[0] + "."
        phrases = KNOWN_FIRST[w]
        word_form = "first"
    else:
        part = r.choice(["", "", "", "de", "van", "van der", "van den", "van de", "van 't"])
        res = Person(r, sur=(part, w))
        phrases = KNOWN_SURNAMES[w]
        word_form = "lastcap"
    c = Ctx(r, known_person=res)
    b = B()
    shape = n % 8
    ph1, ph2 = phrases
    if shape == 0:
        b.f("<<Aanvraag leerlingenvervoer>> voor {ch}, ouder {n}. ", ch=Nm(c.child, "full"), n=Nm(res, "full"))
        b.f(
            "In het gesprek over de route noemde de ouder {ph} als herkenningspunt, en volgens de ouder is de weg daar te smal. {w} belde {x} keer.",
            ph=K(ph1),
            w=Nm(res, word_form, title=word_form == "lastcap"),
            x=r.randint(2, 5),
        )
    elif shape == 1:
        b.f(
            "Regiotaxi-klacht {cue} {cs}\nPashouder: {n}, {a}\n",
            cue=K(c.cue()),
            cs=P(c.case, "CASE_NUMBER"),
            n=Nm(res, "sfirst"),
            a=c.addr(),
        )
        b.f(
            "De chauffeur zou stoppen bij {ph}, maar reed door. {w} wacht op antwoord.",
            ph=K(ph1),
            w=Nm(res, word_form, title=True),
        )
    elif shape == 2:
        b.f(
            "<<Wedstrijdrapport>>: toeschouwer {n} kwam het veld op. Op zijn spandoek stond iets over {ph}. ",
            n=Nm(res, "full", title=True),
            ph=K(ph1),
        )
        b.f(
            "Secretaris {s} vraagt afstemming over het stadionverbod van {w}.",
            s=Nm(c.nb, "full"),
            w=Nm(res, word_form, title=word_form == "lastcap"),
        )
    elif shape == 3:
        b.f(
            "Beste {w},\n\nuw bibliotheekpas ({cue} {cs}) is geblokkeerd. U leende een boek over {ph}. ",
            w=Nm(res, "full"),
            cue=K("pasnummer"),
            cs=P(case_no(r), "CASE_NUMBER"),
            ph=K(ph1),
        )
        b.f(
            "Bel ons gerust; {n} kan ook langskomen.",
            n=Nm(res, "first" if word_form == "first" else "ini", title=word_form != "first"),
        )
    elif shape == 4:
        b.f(
            "<<Hondenbelasting>>: {n} ({a}, {pc}) meldt de hond af. In de brief staat iets over {ph}. ",
            n=Nm(res, "full", title=True),
            a=c.addr(),
            pc=P(c.pc, "POSTCODE"),
            ph=K(ph1),
        )
        b.f("Geboortedatum {w}: {d}.", w=Nm(res, word_form, title=word_form == "lastcap"), d=P(dob(r), "DATE_OF_BIRTH"))
    elif shape == 5:
        b.f(
            "Grofvuil niet opgehaald bij {n}. Op de stoep staat nog de doos met {ph} erop, zegt de buurman {nb}. ",
            n=Nm(res, "full"),
            ph=K(ph1),
            nb=Nm(c.nb, "full"),
        )
        b.f(
            "{w} vraagt om een nieuwe afspraak via {m}.",
            w=Nm(res, word_form, title=word_form == "lastcap"),
            m=P(res.email(), "EMAIL"),
        )
    elif shape == 6:
        b.f(
            "Zwemles groep {g}: {ch} (ouder {n}, {ph_}). ",
            g=r.randint(1, 6),
            ch=Nm(c.child, "full"),
            n=Nm(res, "full"),
            ph_=P(c.phone, "PHONE"),
        )
        b.f(
            "De ouder vertelde dat het kind een tekening maakte van {ph}. {w} wil een andere groep.",
            ph=K(ph1),
            w=Nm(res, word_form, title=word_form == "lastcap"),
        )
    else:
        b.f(
            "Logboek houtrook, {n}: rook van de buren ({nb}). Op de foto bij de melding is {ph} te zien. ",
            n=Nm(res, "full"),
            nb=Nm(c.nb, "full"),
            ph=K(ph1),
        )
        b.f("Bemiddelaar {m} sprak met {w}.", m=Nm(c.med, "full"), w=Nm(res, word_form, title=word_form == "lastcap"))
    if r.random() < 0.5:
        b.f("\nPS: ook {ph} kwam ter sprake.", ph=K(ph2))
    if r.random() < 0.3:
        b.f("\n({n})", n=Nm(res, "full"))
    known = {"names": [res.full]}
    if r.random() < 0.3 and {"text": res.email(), "label": "EMAIL"} in b.pii:
        known["emails"] = [res.email()]
    if r.random() < 0.6 and {"text": c.phone, "label": "PHONE"} in b.pii:
        known["phones"] = [c.phone]
    return b, known
