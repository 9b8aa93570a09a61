"""Document context and the shapes of holdout28's four files."""

from __future__ import annotations

import core28 as C
import pools28 as P
from core28 import K

DEPTS = [
    "Team Toegankelijkheid",
    "Sociaal Domein",
    "Publiekszaken",
    "Burgerzaken",
    "Wmo-loket",
    "Team Leefbaarheid",
    "Vergunningen",
    "Stadsbeheer",
    "Team Maatschappelijke Opvang",
    "Klantcontactcentrum",
    "Team Inclusie",
    "Wijkteam Noord",
    "Team Openbare Ruimte",
    "Servicepunt Zorg",
]
FUNCS = [
    "beleidsadviseur",
    "consulent",
    "wijkcoach",
    "teamleider",
    "casemanager",
    "klantmanager",
    "toezichthouder",
    "medewerker vergunningen",
    "straatcoach",
    "ervaringsdeskundige",
    "coördinator",
    "projectleider",
]


class Ctx:
    def __init__(self, r):
        self.r = r
        self.town = r.choice(P.TOWNS)
        self.res = C.person(r)
        self.fam = C.relative(r, self.res)
        self.off = C.person(r)
        self.med = C.person(r)
        self.oth = C.person(r)
        self.street = C.street(r)
        self.addr = (f"{self.street} {C.housenumber(r)}", "ADDRESS")
        self.pc = (C.postcode(r), "POSTCODE")
        self.tel = (C.phone(r), "PHONE")
        self.mail = (self.res.email(r), "EMAIL")
        self.offmail = (self.off.work_email(self.town), "EMAIL")
        self.medmail = (self.med.work_email(self.town), "EMAIL")
        self.bsn = (C.bsn_fmt(r, C.bsn(r)), "BSN")
        self.iban = (C.iban_fmt(r, C.iban(r)), "IBAN")
        self.plate = (C.plate(r), "LICENSE_PLATE")
        self.case = (C.case_number(r), "CASE_NUMBER")
        self.cue = K(r.choice(C.CASE_CUES))
        self.dept = K(r.choice(DEPTS))
        self.func = K(r.choice(FUNCS))
        self.date = K(C.ordinary_date(r))
        self.date2 = K(C.ordinary_date(r))
        self.day = K(r.choice(P.WEEKDAYS))
        self.Town = K(self.town)
        self.generic = K(
            r.choice(
                [
                    f"info@{C.fold(self.town).lower().replace(' ', '')}.nl",
                    "Postbus " + str(r.randint(100, 9999)),
                    "14 0" + str(r.randint(10, 99)),
                    f"afstemming@{C.fold(self.town).lower().replace(' ', '')}.nl",
                ]
            )
        )

    def R(self):
        return self.res.any(self.r)

    def addrline(self):
        r = self.r
        return (
            [self.addr, r.choice([", ", " ", "\n"]), self.pc, " ", self.Town]
            if r.random() < 0.75
            else [self.addr, " te ", self.Town]
        )


def ids_tail(r, c, d):
    """A closing line with structured identifiers in this set's own frames."""
    k = r.randrange(8)
    if k == 0:
        d.t("\n[cue]: [case] | {BSN} [bsn] | [dob]", cue=c.cue, case=c.case, bsn=c.bsn, dob=C.dob(r, False))
    elif k == 1:
        d.t(
            "\nTerugbetaling naar rekening [iban] t.n.v. [who]; vermeld [case].",
            iban=c.iban,
            who=c.res.f_init(r),
            case=c.case,
        )
    elif k == 2:
        d.t("\nBijlage: https://mijn.{loket}.nl/zaken/[case]/stukken (inloggen met {DigiD})", case=c.case)
    elif k == 3:
        d.t("\nBestand: verslag-[sur]-[case].pdf", sur=(C.fold(c.res.sur).lower(), "PERSON"), case=c.case)
    elif k == 4:
        d.t("\nVoertuig [plate] staat op naam van [who] ([dob]).", plate=c.plate, who=c.res.f_full(), dob=C.dob(r))
    elif k == 5:
        d.t("\nBereikbaar via [tel] of [mail]. Algemene vragen: [gen].", tel=c.tel, mail=c.mail, gen=c.generic)
    elif k == 6:
        d.t(
            "\n-- [init] / [para], {[dept]}".replace("{[dept]}", "[dept]"),
            init=c.med.f_init(r),
            para=(c.med.paraph(), "PERSON"),
            dept=c.dept,
        )
    else:
        d.t("\n{Betreft}: [cue] [case], [who], [addr]", cue=c.cue, case=c.case, who=c.res.f_full(), addr=c.addrline())


# ================================================================ file 1: access (disability, accessibility, low literacy)
def a_interpreter(r, c, d):
    kind = r.choice(["NGT-tolk", "schrijftolk", "tolk-gebarentaal", "doventolk", "tolk voor doofblinden"])
    d.t(
        "{Tolkopdracht} — {bevestiging}\n{Opdrachtnummer}: [case]\n{Aanvrager}: [off], [func], [dept]\n{Cliënt}: [res] ([dob])\n"
        "{Datum}: [day] [date], 10.00–11.30 uur\n{Locatie}: {Stadskantoor}, {spreekkamer} 3\n{Soort tolk}: {[kind]}\n{Tolk}: [tolk]\n"
        "{Contact cliënt}: [tel] (alleen sms of WhatsApp, geen spraak)\n",
        case=c.case,
        off=c.off.f_full(),
        func=c.func,
        dept=c.dept,
        res=c.res.f_surfirst(),
        dob=C.dob(r, False),
        day=c.day,
        date=c.date,
        kind=kind,
        tolk=c.oth.f_full(),
        tel=c.tel,
    )
    d.t(
        "Opmerking: [first] neemt {haar} partner mee, [fam]. Graag dezelfde tolk als bij het gesprek op [d2].".replace(
            "{haar}", "haar" if c.res.gender == "f" else "zijn"
        ),
        first=c.res.f_first(),
        fam=c.fam.f_full(),
        d2=c.date2,
    )


def a_easyread(r, c, d):
    d.t(
        "{Brief} in {eenvoudige taal}\n\nBeste [t],\n\n{Wat} is er aan de hand?\nU {belde} ons op [date]. U kunt de {formulieren} niet goed lezen. "
        "Dat is {lastig}.\n\n{Wat} gaan wij doen?\n[med] komt bij u thuis. Dat is op [day] [date2]. [mfirst] {helpt} u met het {formulier}.\n"
        "Uw {adres} is: [addr].\n\n{Wat} moet u {meenemen}?\n- uw {pas} met uw {BSN}: [bsn]\n- uw {bankpas} (rekening [iban])\n\n"
        "{Vragen}? Bel [med2] op [tel2]. Of bel [gen].\n\n{Groet},\n[off]\n[dept]",
        t=c.res.f_title(r),
        date=c.date,
        med=c.med.f_full(),
        day=c.day,
        date2=c.date2,
        mfirst=c.med.f_first(),
        addr=c.addrline(),
        bsn=c.bsn,
        iban=c.iban,
        med2=c.med.f_first(),
        tel2=(C.phone(r), "PHONE"),
        gen=c.generic,
        off=c.off.f_full(),
        dept=c.dept,
    )


def a_audit(r, c, d):
    bld = r.choice(
        [
            "Bibliotheek De Kroonluchter",
            "Sporthal Het Ravelijn",
            "Wijkcentrum De Zandloper",
            "Zwembad De Meerval",
            "Stadskantoor",
            "Theater De Spiegelzaal",
        ]
    )
    d.t(
        "{Schouw toegankelijkheid} [bld]\n{Datum}: [date]\n{Aanwezig}: [off] ([func]), [med] ({bemiddelaar}), [res] ({ervaringsdeskundige}, "
        "{rolstoelgebruiker}), [oth] ({gebouwbeheerder})\n\n{Bevindingen}\n1. De {hellingbaan} bij de {hoofdingang} is te steil; [r1] kon niet zelfstandig naar binnen.\n"
        "2. De {invalidentoilet} wordt als {opslag} gebruikt.\n3. {Ringleiding} in de zaal werkt niet; [r2] {hoorde} niets van de {voorstelling}.\n"
        "4. {Bewegwijzering} zonder {braille}.\n\n{Afspraak}: [o2] zorgt vóór [date2] voor een {offerte}. [r3] krijgt bericht via [mail].",
        bld=K(bld),
        date=c.date,
        off=c.off.f_full(),
        func=c.func,
        med=c.med.f_full(),
        res=c.res.f_full(),
        oth=c.oth.f_full(),
        r1=c.res.f_title(r),
        r2=c.res.f_first(),
        o2=c.off.f_title(r),
        date2=c.date2,
        r3=c.res.f_sur(),
        mail=c.mail,
    )


def a_relay(r, c, d):
    t0 = r.randint(9, 16)
    d.t("{Verslag} {schrijftolkgesprek} ([dept]), [cue] [case]\n", dept=c.dept, cue=c.cue, case=c.case)
    lines = [
        ("{INWONER}", "goedemiddag u spreekt met [R] ik ben doof en bel via de {tolkcentrale}"),
        ("{GEMEENTE}", "goedemiddag, met [O] van [dept], waarmee kan ik u helpen?"),
        (
            "{INWONER}",
            "mijn {aanvraag} voor een {trapliftsubsidie} staat al weken stil, mijn zoon [F] heeft ook al gemaild",
        ),
        ("{GEMEENTE}", "ik zie het dossier. Klopt uw adres nog, [A]?"),
        ("{INWONER}", "ja en mijn {geboortedatum} is [DOB] als u dat nodig hebt"),
        ("{GEMEENTE}", "dank u. [M], onze {bemiddelaar}, belt u terug via de {tolkcentrale} op [day]"),
        ("{TOLK}", "(tolk [T] meldt: inwoner knikt, {verbinding} slecht)"),
    ]
    for i, (who, txt) in enumerate(lines):
        d.t(
            f"{t0:02d}:{i * 2 + r.randint(0, 1):02d} [who]: " + txt + "\n",
            who=K(who.strip("{}")),
            R=c.res.any(r),
            O=c.off.f_full(),
            dept=c.dept,
            F=c.fam.f_first(),
            A=c.addrline(),
            DOB=C.dob(r, False),
            M=c.med.f_full(),
            day=c.day,
            T=c.oth.f_init(r),
        )


def a_screenreader(r, c, d):
    d.t(
        "{Onderwerp}: {Formulier} niet leesbaar met {schermlezer} ([case])\n\nGeachte [t],\n\nIk ben {blind} en gebruik een {schermlezer}. "
        "Het {aanvraagformulier} voor de {Individuele inkomenstoeslag} is een {gescande} {PDF} zonder tekst. Mijn {schermlezer} leest alleen "
        "'{afbeelding}'. Mijn buurvrouw [oth] heeft het voorgelezen, maar ik wil mijn {BSN} ([bsn]) niet aan haar geven.\n"
        "Ook de {knop} 'Verzenden' heeft geen {label}. Kunt u mij een {toegankelijk} {formulier} sturen via [mail]?\n\n"
        "Met vriendelijke groet,\n[res]\n[addr]\n[tel]",
        case=c.case,
        t=c.off.f_title(r),
        oth=c.oth.f_full(),
        bsn=c.bsn,
        mail=c.mail,
        res=c.res.f_full(),
        addr=c.addrline(),
        tel=c.tel,
    )
    d.t(
        "\n\n> {Doorgestuurd} aan [o] ([dept]): graag vóór [date] reageren, bestand aanvraag-[s].pdf bijgevoegd.",
        o=c.off.f_first(),
        dept=c.dept,
        date=c.date,
        s=(C.fold(c.res.sur).lower().replace(" ", "-"), "PERSON"),
    )


def a_parking(r, c, d):
    d.t(
        "{Aanvraag} {gehandicaptenparkeerplaats} op {kenteken}\n{Aanvrager}: [res], [dob]\n{Adres}: [addr]\n{Kenteken}: [plate]\n"
        "{BSN}: [bsn]\n{Medisch advies}: {GGD} {keuring} op [date]; {loopafstand} minder dan 100 meter.\n\n"
        "{Toelichting} [med]: [r1] parkeert nu bij de {supermarkt} en loopt met {rollator}. {Buurman} [oth] klaagt dat [r2] 'zijn' plek inneemt. "
        "[r3] wil geen ruzie en vraagt om {afstemming} met [dept].\n[cue]: [case]",
        res=c.res.f_full(),
        dob=C.dob(r),
        addr=c.addrline(),
        plate=c.plate,
        bsn=c.bsn,
        date=c.date,
        med=c.med.f_init(r),
        r1=c.res.f_title(r),
        oth=c.oth.f_title(r),
        r2=c.res.f_first(),
        r3=c.res.f_sur(),
        dept=c.dept,
        cue=c.cue,
        case=c.case,
    )


def a_dog(r, c, d):
    d.t(
        "{Incidentmelding} — {hulphond} geweigerd\n{Wanneer}: [day] [date]\n{Waar}: {Klantcontactcentrum}, {balie} 2\n\n"
        "[res] kwam met {assistentiehond} Bo voor een {afspraak} bij [dept]. {Beveiliger} [oth] weigerde de hond. [r2] liet het {legitimatiebewijs} "
        "van de hond zien ({KNGF}). Daarna belde [r3]'s dochter [fam] ([ftel]) boos naar [gen].\n"
        "{Afspraak}: [off] ({teamleider}) biedt excuses aan en belt [r4] terug op [tel]. {Zaaknummer} [case].",
        day=c.day,
        date=c.date,
        res=c.res.f_full(),
        dept=c.dept,
        oth=c.oth.f_full(),
        r2=c.res.f_title(r),
        r3=c.res.f_first(),
        fam=C.Person(c.fam.first, c.res.sur, c.res.particle, "f", c.res.origin).f_full(),
        ftel=(C.phone(r), "PHONE"),
        gen=c.generic,
        off=c.off.f_full(),
        r4=c.res.f_title(r),
        tel=c.tel,
        case=c.case,
    )


def a_literacy(r, c, d):
    d.t(
        "{Taalhuis} — {hulp} bij {formulieren}\n\nIk schrijf namens [res]. [r1] kan niet goed lezen en schrijven en vroeg mij, {vrijwilliger} [vol], "
        "om hulp. [r2] heeft een {brief} gekregen over een {terugvordering} van de {bijzondere bijstand}. Het gaat om {€ 412,50}.\n"
        "[r3] wil het terugbetalen in {termijnen} van {€ 25} vanaf rekening [iban].\nWij komen elke [day] in de {bibliotheek}.\n"
        "{Telefoon} [r4]: [tel]. {Geboortedatum}: [dob]. [cue] van de {brief}: [case].\n\n{Groet}, [vol2] ([vmail])",
        res=c.res.f_full(),
        r1=c.res.f_first(),
        vol=c.oth.f_full(),
        r2=c.res.f_title(r),
        r3=c.res.f_sur(),
        iban=c.iban,
        day=c.day,
        r4=c.res.f_first(),
        tel=c.tel,
        dob=C.dob(r, False),
        cue=c.cue,
        case=c.case,
        vol2=c.oth.f_first(),
        vmail=(c.oth.email(r), "EMAIL"),
    )


ACCESS = [a_interpreter, a_easyread, a_audit, a_relay, a_screenreader, a_parking, a_dog, a_literacy]


# ================================================================ file 2: faith (religion, worldview, community rites)
RELIG = [
    ("{moskee}", "{imam}", "{vrijdaggebed}", "{Ramadan}"),
    ("{kerk}", "{dominee}", "{zondagsdienst}", "{Pasen}"),
    ("{mandir}", "{pandit}", "{avondgebed}", "{Divali}"),
    ("{gurdwara}", "{granthi}", "{langar}", "{Vaisakhi}"),
    ("{synagoge}", "{rabbijn}", "{sjabbatdienst}", "{Jom Kipoer}"),
    ("{parochie}", "{pastoor}", "{mis}", "{Kerstmis}"),
    ("{pagode}", "{monnik}", "{meditatie}", "{Vesak}"),
    ("{cemevi}", "{dede}", "{cem}", "{Asjoera}"),
]


def f_burial(r, c, d):
    house, clergy, rite, fest = r.choice(RELIG)
    vak = {"{moskee}": "{islamitische}", "{synagoge}": "{joodse}", "{cemevi}": "{alevitische}"}.get(house, "{algemene}")
    d.t(
        "{Uitvaartverzorging} {Rozenhof} — {verzoek} {begraafplaats} {Oosterveld}\n\nNamens de familie van [dec] ([dob]) vragen wij een graf in het "
        + vak
        + " {vak}, met de {grafrichting} zoals de [clergy] van de [house] heeft aangegeven. De {begrafenis} moet binnen 24 uur, "
        "dus op [day]. {Contactpersoon} familie: [fam], [tel], [mail].\n{Rekening} voor de {leges}: [iban].\n"
        "[o] ([dept]) heeft al ingestemd; [m] stemt af met de {beheerder}. [cue] [case].",
        dec=c.res.f_full(),
        dob=C.dob(r),
        clergy=K(clergy.strip("{}")),
        house=K(house.strip("{}")),
        day=c.day,
        fam=c.fam.f_full(),
        tel=c.tel,
        mail=(c.fam.email(r), "EMAIL"),
        iban=c.iban,
        o=c.off.f_title(r),
        dept=c.dept,
        m=c.med.f_full(),
        cue=c.cue,
        case=c.case,
    )


def f_noise(r, c, d):
    house, clergy, rite, fest = r.choice(RELIG)
    bells = "{klokgelui}" if house in ("{kerk}", "{parochie}") else "{versterkte oproep}"
    d.t("{Gespreksverslag} {bemiddeling} " + bells + " — [date]\n", date=c.date)
    d.t(
        "{Aanwezig}: [res] ({omwonende}, [addr]), [oth] ({bestuurslid} " + house + "), [med] ({bemiddelaar})\n\n"
        "[r1] heeft last van het "
        + bells
        + " voor het "
        + rite
        + ", vooral in de {zomer} met de ramen open. [o1] legt uit dat het bestuur "
        "het geluid al zachter heeft gezet. [r2] wil weten wie de {geluidsmeting} doet: [dept] of de {omgevingsdienst}.\n"
        "{Afspraken}:\n• [o2] stuurt het {rooster} rond "
        + fest
        + " naar [mail].\n• [m] belt [r3] op [day] ([tel]).\n• {Evaluatie} op [date2].",
        res=c.res.f_full(),
        addr=c.addr,
        oth=c.oth.f_full(),
        med=c.med.f_full(),
        r1=c.res.f_title(r),
        o1=c.oth.f_title(r),
        r2=c.res.f_first(),
        dept=c.dept,
        o2=c.oth.f_first(),
        mail=c.mail,
        m=c.med.f_first(),
        r3=c.res.f_title(r),
        day=c.day,
        tel=c.tel,
        date2=c.date2,
    )


def f_booking(r, c, d):
    house, clergy, rite, fest = r.choice(RELIG)
    d.t(
        "{Reservering} {buurthuis} De {Kandelaar}\n{Activiteit}: "
        + fest
        + "-maaltijd voor de {buurt}\n{Datum}: [date], vanaf 19.30 uur\n"
        "{Contactpersoon}: [res], [tel]\n{E-mail}: [mail]\n{Borg}: {€ 150}, terug te storten op [iban]\n{Reserveringsnummer}: [case]\n\n"
        "{Opmerking} {beheer} ([off]): vorig jaar liep de maaltijd uit tot na middernacht; [r1] belooft dat [fam] en [oth] helpen met "
        "{opruimen}. {Geen} {alcohol} in de zaal op verzoek van de " + house + ".",
        date=c.date,
        res=c.res.f_full(),
        tel=c.tel,
        mail=c.mail,
        iban=c.iban,
        case=c.case,
        off=c.off.f_init(r),
        r1=c.res.f_first(),
        fam=c.fam.f_first(),
        oth=c.oth.f_full(),
    )


def f_dialogue(r, c, d):
    d.t(
        "{Interreligieus beraad} [town] — {actielijst} [date]\n\n| {wie} | {wat} | {wanneer} |\n|---|---|---|\n",
        town=c.Town,
        date=c.date,
    )
    ppl = [c.res, c.oth, c.off, c.med, C.person(r)]
    for p in ppl:
        house, clergy, rite, fest = r.choice(RELIG)
        d.t(
            "| [p] (" + clergy + ") | {uitnodiging} " + fest + " {rondsturen} | [when] |\n",
            p=r.choice([p.f_full(), p.f_init(r), p.f_title(r)]),
            when=K(C.ordinary_date(r)),
        )
    d.t(
        "\n{Notulist}: [m] ([mm]). {Volgende} {beraad} op [day] in de {bibliotheek}.",
        m=c.med.f_full(),
        mm=c.medmail,
        day=c.day,
    )


def f_chaplain(r, c, d):
    house, clergy, rite, fest = r.choice(RELIG)
    d.t(
        "{Notitie} {geestelijk verzorger} — {vertrouwelijk}\n\nIk sprak [res] ([dob]) op [date]. [r1] voelt zich niet gehoord door [dept]: "
        "de {uitkering} werd stopgezet omdat [r2] tijdens "
        + fest
        + " drie weken bij {familie} in het buitenland was. [r3]'s broer [fam] "
        "bevestigt dat de reis was gemeld bij [off]. Ik heb [m] gevraagd om een {verzoek tot afstemming} te registreren.\n"
        "{Contact}: [tel] / [addr].\n— [para]",
        res=c.res.f_full(),
        dob=C.dob(r),
        date=c.date,
        r1=c.res.f_title(r),
        dept=c.dept,
        r2=c.res.f_first(),
        r3=c.res.f_first(),
        fam=C.Person(C.person(r, c.res.origin, "m").first, c.res.sur, c.res.particle, "m", c.res.origin).f_full(),
        off=c.off.f_title(r),
        m=c.med.f_full(),
        tel=c.tel,
        addr=c.addrline(),
        para=(c.oth.paraph(), "PERSON"),
    )


def f_procession(r, c, d):
    house, clergy, rite, fest = r.choice(RELIG)
    d.t(
        "{Melding} {optocht} "
        + fest
        + "\n{Organisator}: [res] namens de "
        + house
        + "\n{Route}: {Stationsplein} – {Markt} – {Stadspark}\n"
        "{Aantal deelnemers}: ca. 400\n{Verkeersregelaars}: [o1], [o2] en [o3]\n{Voertuig} {geluidswagen}: [plate]\n{Telefoon} op de dag: [tel]\n"
        "{Meldingsnummer}: [case]\n\n{Advies} {politie}: geen bezwaar. {Advies} [dept] ([off]): {afzetting} bij de {Markt} vóór 13.00 uur.",
        res=c.res.f_full(),
        o1=c.oth.f_full(),
        o2=c.fam.f_full(),
        o3=C.person(r).f_init(r),
        plate=c.plate,
        tel=c.tel,
        case=c.case,
        dept=c.dept,
        off=c.off.f_full(),
    )


def f_chat(r, c, d):
    house, clergy, rite, fest = r.choice(RELIG)
    lo = c.res.first.lower()
    d.t(
        "[[date], 18:02] [r]: hoi [m], de {halal} {maaltijden} op het {Bevrijdingsfestival} waren weer op voordat wij aan de beurt waren\n"
        "[[date], 18:05] [mm]: vervelend [r1]! ik zet het door naar [o] van {Evenementen}\n"
        "[[date], 18:06] [r]: ook geen {vegetarisch} voor de mensen van de "
        + house
        + ". mijn nummer is [tel] als [o] wil bellen\n"
        "[[date], 18:11] [mm]: genoteerd onder [case] 👍\n[[date], 18:12] [r]: top. groetjes aan [f]\n",
        date=c.date,
        r=(lo, "PERSON"),
        m=c.med.f_first(),
        mm=c.med.f_first(),
        r1=(lo, "PERSON"),
        o=c.off.f_first(),
        tel=c.tel,
        case=c.case,
        f=c.oth.f_first(),
    )


FAITH = [f_burial, f_noise, f_booking, f_dialogue, f_chaplain, f_procession, f_chat]


# ================================================================ file 3: street (homelessness, postal address, shelter, addiction)
def s_postaddr(r, c, d):
    d.t(
        "{Aanvraag} {briefadres}\n{Aanvrager}: [res], [dob], {BSN} [bsn]\n{Laatste woonadres}: [old]\n"
        "{Briefadres bij}: [host], [addr]\n{Verklaring hoofdbewoner}: [host2] geeft toestemming, {handtekening} aanwezig.\n"
        "{Reden}: {dakloos} sinds [date] na {relatiebreuk} met [fam].\n{Telefoon}: [tel]\n\n{Beoordeling} [dept] ([off]): {akkoord}, "
        "{inschrijving} in de {BRP} per [date2]. [cue]: [case].",
        res=c.res.f_full(),
        dob=C.dob(r, False),
        bsn=c.bsn,
        old=[(f"{C.street(r)} {C.housenumber(r)}", "ADDRESS"), " ", K(r.choice(P.TOWNS))],
        host=c.oth.f_full(),
        addr=c.addrline(),
        host2=c.oth.f_title(r),
        date=c.date,
        fam=C.person(r).f_full(),
        tel=c.tel,
        dept=c.dept,
        off=c.off.f_init(r),
        date2=c.date2,
        cue=c.cue,
        case=c.case,
    )


def s_intake(r, c, d):
    nick = c.res.nick or "Lange"
    d.t(
        "{INTAKE} {NACHTOPVANG} — [day] [date]\n{Naam}: [sf]\n{Roepnaam}: [nick]\n{Geboren}: [dob]\n{BSN}: [bsn]\n"
        "{Inkomen}: {Participatiewet}, rekening [iban]\n{Verslaving}: {alcohol}, in {behandeling} bij {Tactus}\n{Contact} {familie}: [fam] ([tel])\n"
        "{Bijzonderheden}: [n2] slaapt soms in de {fietsenstalling} bij het {station}. Kent [oth] uit de {dagopvang}.\n"
        "{Intake} door [off], [func]. {Kamer} 4, {bed} B.",
        day=c.day,
        date=c.date,
        sf=c.res.f_surfirst(),
        nick=(nick, "PERSON"),
        dob=C.dob(r, False),
        bsn=c.bsn,
        iban=c.iban,
        fam=c.fam.f_full(),
        tel=(C.phone(r), "PHONE"),
        n2=(nick, "PERSON"),
        oth=c.oth.f_first(),
        off=c.off.f_full(),
        func=c.func,
    )


def s_outreach(r, c, d):
    d.t("{Logboek} {straatteam} [town], [day] [date]\n", town=c.Town, day=c.day, date=c.date)
    spots = ["{Stationsplein}", "{Stadspark}", "{parkeergarage} {Centrum}", "{Bibliotheek}", "{Markt}", "{volkstuinen}"]
    r.shuffle(spots)
    h = r.randint(20, 22)
    d.t(
        f"{h}.15 " + spots[0] + ": [a] ([lo]) ligt onder de {luifel}, wil geen {opvang}. Deken gegeven.\n",
        a=c.res.f_first(),
        lo=c.res.f_lower(),
    )
    d.t(
        f"{h}.50 " + spots[1] + ": [b] en [c] samen, [c2] heeft een {wond} aan de voet → {straatdokter} morgen.\n",
        b=c.oth.f_full(),
        c=c.fam.f_full(),
        c2=c.fam.f_first(),
    )
    d.t(
        f"{h + 1}.30 " + spots[2] + ": auto [pl] met iemand die erin slaapt; {kenteken} doorgegeven aan [o].\n",
        pl=c.plate,
        o=c.off.f_title(r),
    )
    d.t(
        f"{h + 1}.55 {{terugkoppeling}} aan [m] ([mt]). [ini]\n",
        m=c.med.f_full(),
        mt=(C.phone(r), "PHONE"),
        ini=(c.off.paraph(), "PERSON"),
    )


def s_referral(r, c, d):
    org = r.choice(
        ["{Tactus}", "{Brijder}", "{Novadic-Kentron}", "{Jellinek}", "{Iriszorg}", "{Verslavingszorg Noord}"]
    )
    d.t(
        "{Verwijsbrief} "
        + org
        + "\n\n{Aan}: {intaketeam}\n{Van}: [off], [dept] ([om])\n{Betreft}: [res], [dob], [addr]\n\n"
        "{Geachte collega},\n\nHierbij verwijs ik [r1] voor {ambulante} {behandeling}. [r2] gebruikt dagelijks {crack} en heeft {schulden} "
        "bij de {woningcorporatie}. {Huisarts}: [dr]. {Contactpersoon} uit het netwerk: [fam] ([tel]).\n[cue]: [case]\n\n{Met collegiale groet},\n[off2]",
        off=c.off.f_full(),
        dept=c.dept,
        om=c.offmail,
        res=c.res.f_full(),
        dob=C.dob(r),
        addr=c.addrline(),
        r1=c.res.f_title(r),
        r2=c.res.f_sur(),
        dr=[C.person(r).f_title(r)],
        fam=c.fam.f_full(),
        tel=c.tel,
        cue=c.cue,
        case=c.case,
        off2=c.off.f_init(r),
    )


def s_bank(r, c, d):
    d.t(
        "{Verzoek} {basisbankrekening}\n\n[res] ([dob]) heeft geen vast adres en geen {bankrekening} meer sinds de {bank} de rekening "
        "[iban] heeft opgezegd. Met {briefadres} [addr] kan [r1] een {basisbankrekening} openen. [o] van [dept] ondertekent de "
        "{verklaring}. {Uitkering} wordt tot dan {contant} uitbetaald aan de {balie}.\n{Telefoon}: [tel]; {e-mail}: [mail]. {Ons kenmerk} [case].",
        res=c.res.f_full(),
        dob=C.dob(r),
        iban=c.iban,
        addr=c.addrline(),
        r1=c.res.f_first(),
        o=c.off.f_title(r),
        dept=c.dept,
        tel=c.tel,
        mail=c.mail,
        case=c.case,
    )


def s_cold(r, c, d):
    d.t(
        "{WINTERREGELING} {actief} — [day] [date] ({vorst} verwacht)\n\n{Aangemeld} voor de {extra opvang} in {Sporthal} {Zuid}:\n",
        day=c.day,
        date=c.date,
    )
    for p in [c.res, c.oth, C.person(r), C.person(r)]:
        d.t("- [p], [b]\n", p=r.choice([p.f_caps(), p.f_full(), p.f_surfirst()]), b=C.dob(r, False))
    d.t(
        "\n{Coördinatie}: [o] ([ot]). {Vervoer} met bus [pl]. Nieuwe {aanmeldingen} via [gen].",
        o=c.off.f_full(),
        ot=(C.phone(r), "PHONE"),
        pl=c.plate,
        gen=c.generic,
    )


def s_car(r, c, d):
    d.t(
        "{Handhaving} — {slapen in auto}\n{Kenteken}: [pl]\n{Locatie}: {parkeerterrein} {Sportpark}\n{Datum}: [date]\n\n"
        "{Boa} [boa] trof [res] aan die al twee weken in de auto woont. [r1] toonde een {rijbewijs}, {geboortedatum} [dob]. "
        "Geen {boete} opgelegd; doorverwezen naar [dept]. [r2] gaf het nummer [tel] en het {adres} van een vriend: [addr].\n[cue] [case]",
        pl=c.plate,
        date=c.date,
        boa=c.off.f_full(),
        res=c.res.f_full(),
        r1=c.res.f_title(r),
        dob=C.dob(r, False),
        dept=c.dept,
        r2=c.res.f_first(),
        tel=c.tel,
        addr=c.addr,
        cue=c.cue,
        case=c.case,
    )


def s_neighbours(r, c, d):
    d.t(
        "{Buurtoverleg} {opvanglocatie} [loc] — [date]\n\n[n1] ([n1a]) en [n2] meldden {overlast}: {winkelwagens}, {blikjes} en "
        "geschreeuw 's nachts. {Locatiemanager} [lm] erkent dat één {bewoner}, bekend als '[nick]', vaak dronken terugkomt. [m] stelde voor om "
        "een {buurtapp} te maken met [lm2] als {aanspreekpunt} ([lmt]).\n{Volgende} {overleg}: [date2], {Buurthuis}.",
        loc=K(r.choice(["De Overloop", "Het Anker", "De Herberg", "Het Baken", "De Brug"])),
        date=c.date,
        n1=c.res.f_full(),
        n1a=c.addr,
        n2=c.fam.f_title(r),
        lm=c.off.f_full(),
        nick=(c.oth.nick or c.oth.first, "PERSON"),
        m=c.med.f_full(),
        lm2=c.off.f_first(),
        lmt=c.tel,
        date2=c.date2,
    )


STREET = [s_postaddr, s_intake, s_outreach, s_referral, s_bank, s_cold, s_car, s_neighbours]


# ================================================================ known file
def known_person(r, entry):
    word, is_first, parts, phrases = entry
    g = r.choice("fm")
    if is_first:
        sur = r.choice(P.KNOWN_SUR)
        p = C.Person(word, sur, None, g, "dutch")
    else:
        first = r.choice(P.KNOWN_FIRST_F if g == "f" else P.KNOWN_FIRST_M)
        part = r.choice(parts) if parts and r.random() < 0.6 else None
        p = C.Person(first, word, part, g, "dutch")
    return p, phrases


KSHAPES = 10


def known_doc(r, c, d, entry):
    p, phrases = known_person(r, entry)
    word = entry[0]
    c.res = p
    c.mail = (p.email(r), "EMAIL")
    c.fam = C.Person(C.person(r, "dutch").first, p.sur, p.particle, r.choice("fm"), "dutch") if not entry[1] else c.fam
    ph1, ph2 = r.sample(phrases, 2)
    wkey = word.lower()
    ph1 = ph1.replace("{" + wkey + "}", "{" + wkey + "}")
    k = r.randrange(KSHAPES)
    ref = p.f_first() if entry[1] else p.f_title(r)
    if k == 0:
        d.t(
            "{Contactnotitie} [date]\n[full] belde over de {melding}: "
            + ph1
            + ". [ref] vraagt of [dept] iets kan doen. {Terugbellen} op [tel].",
            date=c.date,
            full=p.f_full(),
            ref=ref,
            dept=c.dept,
            tel=c.tel,
        )
    elif k == 1:
        d.t(
            "{Onderwerp}: [case] — {reactie} [full]\n\n{Beste} [m],\n\nZoals besproken: "
            + ph1
            + ". Ik hoop dat u dit kunt oppakken.\n\n{Groet},\n[full2]\n[mail]",
            case=c.case,
            full=p.f_full(),
            m=c.med.f_first(),
            full2=p.f_full(),
            mail=c.mail,
        )
    elif k == 2:
        d.t(
            "| {naam} | {adres} | {melding} |\n|---|---|---|\n| [full] | [addr] | "
            + ph1
            + " |\n\n{Toelichting}: volgens [ref] is het niet de eerste keer.",
            full=p.f_surfirst(),
            addr=c.addr,
            ref=ref,
        )
    elif k == 3:
        d.t(
            "{HUISBEZOEK} [caps]\n{Aanwezig}: [full], [fam] en [m] ({bemiddelaar}).\nIn de woonkamer werd duidelijk dat "
            + ph1
            + ". [ref] wil "
            "een {afspraak} met [dept].",
            caps=p.f_caps(),
            full=p.f_full(),
            fam=c.fam.f_first(),
            m=c.med.f_full(),
            ref=ref,
            dept=c.dept,
        )
    elif k == 4:
        d.t(
            "[[date] 09:14] [first]: goedemorgen, "
            + ph1
            + "\n[[date] 09:20] [m]: dank je [first2], ik kijk ernaar. {Zaak} [case]\n",
            date=c.date,
            first=p.f_first(),
            m=c.med.f_first(),
            first2=p.f_first(),
            case=c.case,
        )
    elif k == 5:
        d.t(
            "{Bezwaar} van [init], [dob]\n{Kenmerk} [case]\n\n{Bezwaarmaker} stelt dat "
            + ph1
            + " en dat [dept] daar niets mee deed. [ref]'s "
            "{buurvrouw} [oth] kan dat bevestigen.",
            init=p.f_init(r),
            dob=C.dob(r),
            case=c.case,
            dept=c.dept,
            ref=ref,
            oth=c.oth.f_full(),
        )
    elif k == 6:
        d.t(
            "{Terugbelverzoek}\n{Voor}: [off]\n{Van}: [full], [tel]\n{Over}: " + ph1 + ".\n{Aangenomen door}: [para]",
            off=c.off.f_first(),
            full=p.f_full(),
            tel=c.tel,
            para=(c.med.paraph(), "PERSON"),
        )
    elif k == 7:
        d.t(
            "{Evaluatie} {afstemming} [case]\n\nMet [full] is afgesproken dat [dept] het oplost. Bij het {eindgesprek} zei [ref] nog: '"
            + ph1
            + ", dat "
            "blijft lastig.' {Controlevraag} beantwoord op [date].",
            case=c.case,
            full=p.f_full(),
            dept=c.dept,
            ref=ref,
            date=c.date,
        )
    elif k == 8:
        d.t(
            "{Intake} ([day])\n{Achternaam}: [sur]\n{Voornaam}: [first]\n{E-mail}: [mail]\n{Vraag}: "
            + ph1
            + "; wil graag {uitleg}.",
            day=c.day,
            sur=(p.Surname, "PERSON"),
            first=p.f_first(),
            mail=c.mail,
        )
    else:
        d.t(
            "{Raadsvraag} van de {fractie} over de {melding} van [full] uit de {wijk}: klopt het dat "
            + ph1
            + "? En wat heeft [dept] [ref] {beloofd}?",
            full=p.f_full(),
            dept=c.dept,
            ref=ref,
        )
    if r.random() < 0.5:
        d.t(("\n" if k in (2, 4, 6, 8) else " ") + "{Daarnaast}: " + ph2 + ".")
    if p.full not in d.text() or (k in (4, 6) and r.random() < 0.5):
        d.t(
            r.choice(
                [
                    "\n— [full]",
                    "\n{Naam} {verzoeker}: [full]",
                    "\n(getekend) [full]",
                    "\n{Ingevuld} door [full]",
                    "\n[[full]]",
                    "\n{Dossier} [full]",
                ]
            ),
            full=p.f_full(),
        )
    known = {"names": [p.full]}
    if r.random() < 0.35:
        known["emails"] = [c.mail[0]]
    if r.random() < 0.35:
        known["phones"] = [c.tel[0]]
    return known
