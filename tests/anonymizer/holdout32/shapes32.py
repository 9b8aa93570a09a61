"""Shapes of holdout32's four files: venues (hiring municipal buildings), play (playgrounds, beaches, outdoor
water), noise (installations and devices between neighbours) and known (word-names)."""

from __future__ import annotations

from core32 import (
    CASE_CUES,
    MONTHS,
    WEEKDAYS,
    Doc,
    Person,
    address,
    bsn,
    casenr,
    dob,
    fold,
    iban,
    landline,
    mobile,
    muni_mail,
    phone,
    plain_date,
    plate,
    postcode,
    street_name,
)
from pools32 import DEPTS, FIRST_WORDS, PARTICLE_WORDS, TOWNS, WORDS

VENUES = [
    "Wijkcentrum De Kandelaar",
    "Sporthal De Wetering",
    "Buurthuis Het Anker",
    "Gymzaal Populierenschool",
    "Dorpshuis De Schakel",
    "Cultuurhuis De Spiegel",
    "Zwembad De Wielewaal",
    "Stadsboerderij Het Hoefijzer",
    "Raadszaal",
    "Muziekkoepel Stadspark",
    "Sportpark Oosterwei",
    "Jongerencentrum De Loods",
]
ACTIVITIES = [
    "bingoavond",
    "verjaardagsfeest",
    "rouwbijeenkomst",
    "yogales",
    "repetitie van het koor",
    "huiswerkklas",
    "bijeenkomst van de moskeevereniging",
    "taalcafé",
    "toernooi zaalvoetbal",
    "buurtvergadering",
    "kaartclub",
    "bruiloftsreceptie",
    "dansles",
]
PLAYS = [
    "speeltuin Vlinderveld",
    "speelveld Kikkerpoel",
    "het strandje bij de Zandplas",
    "de zwemsteiger aan de Vaart",
    "het waterspeelplein",
    "de skatebaan bij de Loods",
    "het trapveldje",
    "de natuurspeeltuin in het Hoge Bos",
]
DEVICES = [
    "warmtepomp",
    "airco-unit",
    "zendmast",
    "windturbine",
    "deurbelcamera",
    "drone",
    "ventilatiebox",
    "zonnepaneelomvormer",
    "luchtwarmtepomp",
    "beveiligingscamera",
    "laadpaal",
    "koelinstallatie",
]


def ctx(r):
    med = Person(r, origin=r.choice(["nl", "nl", "fy", "vl", "tr", "ma", "sc", "pl", "gh", "it"]))
    off = Person(r)
    return med, off


def case_line(r, d, lead=None):
    c = casenr(r)
    cue = r.choice(CASE_CUES)
    d.t(lead or "").t(f"«{cue[0].upper() + cue[1:]}»: {{c}}", c=c) if r.random() < 0.5 else d.t(lead or "").t(
        f"Onder «{cue}» {{c}}", c=c
    )
    return c


def sign(r, d, p, func="bemiddelaar"):
    st = r.randrange(5)
    if st == 0:
        d.t("\n\nMet vriendelijke groet,\n{n}\n«" + func[0].upper() + func[1:] + "», gemeente «Vechtstede»", n=p.full())
    elif st == 1:
        d.t("\n\nGroet, {n}", n=p.first_only())
    elif st == 2:
        d.t("\n\n{n} | {m} | {t}", n=p.full(), m=p.work_email(), t=landline(r))
    elif st == 3:
        d.t("\n\n— {n} ({pp})", n=p.init_name(), pp=p.paraph())
    else:
        d.t("\n\nNamens het «college», {n}, «" + func + "»", n=p.full2())


def med_note(r, d, med, res):
    d.t(r.choice(["\n\n---\n", "\n\n* * *\n", "\n\n=====\n"]))
    d.t("«Notitie» «bemiddelaar» ({dt}): ", dt=plain_date(r))
    x = r.randrange(4)
    if x == 0:
        d.t(
            "gebeld met {n} op {ph}; «afspraak» gemaakt voor {wd}. ",
            n=res.title(),
            ph=phone(r),
            wd="«" + WEEKDAYS[r.randrange(5)] + "»",
        )
    elif x == 1:
        d.t("{n} stuurde «foto's» via {m}. ", n=res.first_only(), m=res.email())
    elif x == 2:
        d.t("«Controlevraag» gesteld aan {n}; alles besproken. ", n=res.full())
    else:
        d.t(
            "{n} geeft «toestemming» voor «publicatie» in de «kennisbank». BSN {b} niet overnemen. ",
            n=res.title(),
            b=bsn(r),
        )
    case_line(r, d)
    d.t(" – {p}", p=med.paraph())


# ================================================================ venues


def v_booking_csv(r, d, med, off):
    d.t(f"«Export» «zaalboekingen» «{r.choice(['week', 'maand'])}» {r.randint(1, 52)}\n")
    d.t("datum;zaal;huurder;telefoon;e-mail;activiteit;bedrag\n")
    people = []
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        people.append(p)
        form = r.choice([p.full, p.rev, p.caps, p.init_name])()
        d.t(
            f"{plain_date(r)};«{r.choice(VENUES)}»;{{n}};{{ph}};{{m}};{r.choice(ACTIVITIES)};€ {r.randint(35, 420)},00\n",
            n=form,
            ph=phone(r),
            m=p.email(),
        )
    p = r.choice(people)
    d.t("\n«Opmerking» {o}: {n} betaalde de «borg» nog niet, {ib}.", o=off.first_only(), n=p.title(), ib=iban(r))
    return p


def v_deposit_letter(r, d, med, off):
    p = Person(r)
    d.t("{n}\n{a}\n{pc} «" + r.choice(TOWNS) + "»\n\n", n=p.full(), a=address(r), pc=postcode(r))
    case_line(r, d)
    d.t(f"\n«Onderwerp»: «terugbetaling» «borg» «{r.choice(VENUES)}»\n\nGeachte heer/mevrouw ")
    d.t(
        "{t},\n\nU huurde op {dt} de zaal voor een {act}. De «beheerder», {b}, constateerde na afloop «schade» aan de «vloer». ",
        t=p.title(),
        dt=plain_date(r),
        act=r.choice(ACTIVITIES),
        b=off.full(),
    )
    d.t(
        f"Wij houden € {r.randint(25, 150)},- in en maken de rest over op {{ib}} ten name van {{n}}.",
        ib=iban(r),
        n=p.init_name(),
    )
    if r.random() < 0.5:
        d.t(
            " Uw zoon {k} was volgens de «beheerder» de «sleutelhouder».",
            k=Person(r, origin=p.origin, sur=p.sur, particle=p.particle).first_only(),
        )
    sign(r, d, off, "medewerker Vastgoed")
    return p


def v_key_register(r, d, med, off):
    d.t("| «sleutel» | «pas» | houder | mobiel | uitgifte | «retour» |\n|---|---|---|---|---|---|\n")
    people = []
    for i in range(r.randint(3, 6)):
        p = Person(r)
        people.append(p)
        d.t(
            f"| S-{r.randint(10, 99)} | {r.randint(100, 999)} | {{n}} | {{ph}} | {plain_date(r)} | {r.choice(['ja', 'nee', '—'])} |\n",
            n=r.choice([p.full, p.rev, p.init_name, p.caps])(),
            ph=mobile(r),
        )
    p = r.choice(people)
    d.t("\n«Alarmcode» van {n} is gewijzigd door {o} ({op}). ", n=p.title(), o=off.init_name(), op=off.paraph())
    d.t("«Team Accommodaties», «" + r.choice(VENUES) + "».")
    return p


def v_cancel_thread(r, d, med, off):
    p = Person(r)
    c = casenr(r)
    d.t(
        "Van: {n} <{m}>\nAan: " + muni_mail(r) + "\n«Onderwerp»: RE: «annulering» «" + r.choice(VENUES) + "» [{c}]\n\n",
        n=p.full(),
        m=p.email(),
        c=c,
    )
    d.t(
        "Hoi {o},\n\nDoor het «overlijden» van mijn moeder {mo} moet het feest van {dt} helaas niet door. Kunt u de «huur» terugstorten? Bel gerust: {ph}.\n\n{f}\n\n",
        o=off.first_only(),
        mo=Person(r, origin=p.origin).full(),
        dt=plain_date(r),
        ph=phone(r),
        f=p.first_only(),
    )
    d.t(
        "> Op {dt} schreef {o} <{om}>:\n> Beste {t}, de «boeking» {c} is «bevestigd». «Sleutels» ophalen bij de «balie» van het «Stadskantoor».\n",
        dt=plain_date(r),
        o=off.full(),
        om=off.work_email(),
        t=p.title(),
        c=c,
    )
    return p


def v_planning(r, d, med, off):
    d.t(f"«Zaalplanning» «{r.choice(VENUES)}» – «week» {r.randint(1, 52)}\n\n")
    people = []
    for wd in r.sample(WEEKDAYS, r.randint(3, 5)):
        p = Person(r)
        people.append(p)
        d.t(
            f"«{wd[0].upper() + wd[1:]}» {r.randint(8, 20)}:00–{r.randint(21, 23)}:00  {r.choice(ACTIVITIES)} – «contact» {{n}}, {{ph}}\n",
            n=r.choice([p.full, p.init_name, p.nickq, p.lower])(),
            ph=phone(r),
        )
    d.t(
        "\nBEGIN:VEVENT\nSUMMARY:«Sleuteloverdracht»\nATTENDEE;CN={n}:mailto:{m}\nORGANIZER;CN={o}:mailto:{om}\nEND:VEVENT",
        n=people[0].full(),
        m=people[0].email(),
        o=off.full(),
        om=off.work_email(),
    )
    return people[0]


def v_damage_report(r, d, med, off):
    p = Person(r)
    d.t("«SCHADERAPPORT» «" + r.choice(VENUES).upper() + "»\n")
    d.t(
        "«Beheerder»: {b}\n«Huurder»: {n}, {a}, {pc}\n«Geboortedatum» «huurder»: {db}\n«Kenteken» «bestelbus»: {pl}\n",
        b=off.rev(),
        n=p.rev(),
        a=address(r),
        pc=postcode(r),
        db=dob(r),
        pl=plate(r),
    )
    d.t(f"«Omschrijving»: na de {r.choice(ACTIVITIES)} een kapotte «nooduitgang» en «brandmelder». ")
    d.t(
        "Volgens {t} heeft zijn neef {ne} de deur opengezet. «Foto's»: schade-{l}-{y}.jpg\n",
        t=p.title(),
        ne=Person(r, origin=p.origin).first_only(),
        l=(fold(p.sur).lower(), "PERSON"),
        y=r.randint(2025, 2026),
    )
    case_line(r, d, "")
    return p


def v_request_form(r, d, med, off):
    p = Person(r)
    d.t(
        "«Aanvraagformulier» «gebruik» «"
        + r.choice(VENUES)
        + "»\n1. «Naam» «aanvrager»: {n}\n2. «Vereniging»: «Stichting "
        + r.choice(["Samen Sterk", "De Brug", "Buurtkracht", "Kleurrijk Oost", "Vrienden van het Park"])
        + "»\n3. «Adres»: {a}, {pc}\n4. «Telefoon»: {ph}\n5. «E-mail»: {m}\n",
        n=p.full2(),
        a=address(r),
        pc=postcode(r),
        ph=phone(r),
        m=p.email(),
    )
    d.t(
        "6. BSN (alleen bij «kwijtschelding»): {b}\n7. «Penningmeester»: {pm}\n8. «Datum»: "
        + plain_date(r)
        + "\n«Handtekening»: {pa}\n",
        b=bsn(r),
        pm=Person(r).init_name(),
        pa=p.paraph(),
    )
    return p


# ================================================================ play


def p_incident(r, d, med, off):
    kid = Person(r)
    par = Person(r, origin=kid.origin, sur=kid.sur, particle=kid.particle)
    d.t("«Incidentmelding» «" + r.choice(PLAYS) + "»\n«Datum»: " + plain_date(r) + "\n")
    d.t(
        "«Kind»: {k} (geboren {db})\n«Ouder»: {p}, {ph}\n«Adres»: {a}\n",
        k=kid.full(),
        db=dob(r, 2013, 2021),
        p=par.full(),
        ph=mobile(r),
        a=address(r),
    )
    d.t(
        "«Toedracht»: {kf} viel van de «klimtoren»; de «bevestiging» van het «valdempend» «tegel» ontbrak. {t} belde de «ambulance». ",
        kf=kid.first_only(),
        t=par.title(),
    )
    d.t("«Inspecteur» {i} ({ip}) keurde het «toestel» af.", i=off.init_name(), ip=off.paraph())
    return par


def p_lifeguard_log(r, d, med, off):
    d.t(f"«Logboek» «reddingsbrigade» – {r.choice(PLAYS)}\n")
    people = []
    for h in sorted(r.sample(range(10, 19), r.randint(3, 5))):
        p = Person(r)
        people.append(p)
        x = r.randrange(4)
        if x == 0:
            d.t(
                f"{h}:{r.randint(10, 59)} «vermist» kind gemeld door {{n}} ({{ph}}); gevonden bij de «ijskraam».\n",
                n=p.full(),
                ph=mobile(r),
            )
        elif x == 1:
            d.t(f"{h}:{r.randint(10, 59)} «EHBO»: {{n}} gestoken door een «wesp», «koelen».\n", n=p.lower())
        elif x == 2:
            d.t(
                f"{h}:{r.randint(10, 59)} «jetski» met «kenteken» {{pl}} te dicht bij het «zwemgebied»; eigenaar {{n}}.\n",
                pl=plate(r),
                n=p.rev(),
            )
        else:
            d.t(
                f"{h}:{r.randint(10, 59)} {{n}} klaagt over «blauwalg»; «verwezen» naar «Waterschap» en {{m}}.\n",
                n=p.caps(),
                m=muni_mail(r),
            )
    d.t("«Dienst»: {a} en {b}.", a=off.first_only(), b=med.nickq())
    return people[0]


def p_playstreet(r, d, med, off):
    d.t(
        "«Aanvraag» «speelstraat» {s}\n«Aanvrager»: {n}, {m}\n\n«Handtekeningen» «bewoners»:\n",
        s=(street_name(r), "ADDRESS"),
        n=(p := Person(r)).full(),
        m=p.email(),
    )
    street = street_name(r)
    for _ in range(r.randint(3, 6)):
        q = Person(r)
        d.t("- {n}, {a} – «akkoord»\n", n=r.choice([q.full, q.init_name, q.caps, q.rev])(), a=address(r, street))
    d.t("\n«Verkeersbesluit» nodig volgens {o} van «" + r.choice(DEPTS) + "».", o=off.full())
    return p


def p_youth_msg(r, d, med, off):
    kid = Person(r)
    fr = Person(r)
    d.t(
        "heyy ik ben {k} en ik ben 14 (geb {db}). de «skatebaan» is kapot sinds «"
        + r.choice(MONTHS)
        + "» en {f} is gisteren gevallen!! ",
        k=kid.lower(),
        db=dob(r, 2010, 2013),
        f=fr.first_only(),
    )
    d.t(
        "mijn moeder {mo} zegt dat ik de «gemeente» moet mailen. bel me: {ph} of insta @{h}\n",
        mo=Person(r, origin=kid.origin, sur=kid.sur, particle=kid.particle).full(),
        ph=mobile(r),
        h=(fold(kid.first).lower() + "_" + fold(kid.sur).lower().replace(" ", ""), "PERSON"),
    )
    d.t(
        "\n«Antwoord» «jongerenwerker» {j}: Hoi {kf}, top dat je dit meldt! Ik kom {wd} kijken met {o}.",
        j=med.full(),
        kf=kid.first_only(),
        wd="«" + WEEKDAYS[r.randrange(5)] + "»",
        o=off.title(),
    )
    return kid


def p_inspection(r, d, med, off):
    d.t(
        "«Inspectierapport» «speeltoestellen» (WAS)\n«Locatie»: " + r.choice(PLAYS) + ", nabij {a} {pc}\n",
        a=address(r),
        pc=postcode(r),
    )
    d.t("«Inspecteur»: {i}\n\n| «toestel» | «bevinding» | «risico» |\n|---|---|---|\n", i=off.rev())
    for _ in range(r.randint(2, 4)):
        d.t(
            f"| {r.choice(['«schommel»', '«glijbaan»', '«kabelbaan»', '«zandbak»', '«wipkip»'])} | {r.choice(['«splinters»', '«loszittende» bout', '«scheur»', '«zwerfvuil»'])} | {r.choice(['hoog', 'laag', 'midden'])} |\n"
        )
    p = Person(r)
    d.t("\n«Melder» {n} ({ph}) woont naast het «speelveld» en vroeg om een «hek».", n=p.full(), ph=phone(r))
    case_line(r, d, " ")
    return p


def p_swim_permit(r, d, med, off):
    p = Person(r)
    d.t(
        "«Ontheffing» «zwemwedstrijd» / «evenement» aan het water\n«Organisator»: {n}\n«Geboortedatum»: {db}\n«Adres»: {a}, {pc}\n«IBAN» «leges»: {ib}\n«Mobiel»: {ph}\n",
        n=p.full2(),
        db=dob(r),
        a=address(r),
        pc=postcode(r),
        ib=iban(r),
        ph=mobile(r),
    )
    d.t(
        "«Hulpverlening» door {h}; «havenmeester» {hm} sluit de «vaargeul» tussen 10.00 en 12.00 uur. ",
        h=Person(r).full(),
        hm=off.full(),
    )
    d.t("«Bezwaar» van {b} (boot {pl}) is «doorgestuurd».", b=Person(r).init_name(), pl=plate(r))
    return p


# ================================================================ noise


def n_diary(r, d, med, off):
    p = Person(r)
    nb = Person(r)
    dev = r.choice(DEVICES)
    d.t(f"«Geluidsdagboek» – {dev} van de buren\n«Ingevuld door»: {{n}}, {{a}}\n\n", n=p.full(), a=address(r))
    for _ in range(r.randint(3, 5)):
        d.t(
            f"{plain_date(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} – {r.choice(['brommen', 'tikken', 'zoemen', 'gieren', 'ratelen'])}, «"
            + r.choice(["slaapkamer", "tuin", "woonkamer", "zolder"])
            + "»\n"
        )
    d.t(
        "\n{b} zegt dat de {dev} «gecertificeerd» is. Zijn vrouw {v} belt niet meer terug ({ph}).",
        b=nb.title(),
        dev=dev,
        v=Person(r, origin=nb.origin, sur=nb.sur, particle=nb.particle, gender="f").first_only(),
        ph=phone(r),
    )
    return p


def n_measure(r, d, med, off):
    p = Person(r)
    d.t(
        "«Meetrapport» «geluid» «"
        + r.choice(DEPTS)
        + "»\n«Adres» «klager»: {a}, {pc}\n«Klager»: {n}\n«Bron»: "
        + r.choice(DEVICES)
        + " bij {b}\n",
        a=address(r),
        pc=postcode(r),
        n=p.rev(),
        b=address(r),
    )
    d.t(f"«Gemeten»: {r.randint(31, 58)} dB(A) «nachtperiode»; «norm» {r.choice([35, 40, 45])} dB(A).\n")
    if r.random() < 0.3:
        d.t(
            "«Kosten» «meting» verhaald op eigenaar {o}, BSN {b}, {ib}.\n",
            o=Person(r).init_name(),
            b=bsn(r),
            ib=iban(r),
        )
    d.t("«Meting» door {i} met {j}.\n", i=off.init_name(), j=Person(r).full())
    case_line(r, d)
    return p


def n_antenna_objection(r, d, med, off):
    p = Person(r)
    d.t(
        "{n}\n{a}\n{pc} «" + r.choice(TOWNS) + "»\n\nAan het «college» van «burgemeester» en «wethouders»\n\n",
        n=p.caps(),
        a=address(r),
        pc=postcode(r),
    )
    d.t("«Bezwaar» tegen de «omgevingsvergunning» voor de «zendmast» aan de {s}, ", s=(street_name(r), "ADDRESS"))
    case_line(r, d, "")
    d.t(
        ".\n\nIk, {n}, geboren op {db}, woon op 40 meter van de «mast». Mijn buurman {bb} en mevrouw {bt} sluiten zich aan. ",
        n=p.full(),
        db=dob(r),
        bb=Person(r).full(),
        bt=Person(r).title(),
    )
    if r.random() < 0.5:
        d.t("«Proceskosten» graag op {ib} t.n.v. {n}. ", ib=iban(r), n=p.init_name())
    d.t("«Telefoon»: {ph}. «Handtekening»: {pa}", ph=phone(r), pa=p.init_name())
    return p


def n_camera_chat(r, d, med, off):
    a, b = Person(r), Person(r)
    mm = sorted(r.sample(range(10, 60), 3))
    d.t(
        f"[{plain_date(r)} 21:{mm[0]}] {{an}}: die «deurbelcamera» van {{bt}} filmt gewoon mijn «oprit»\n",
        an=a.full(),
        bt=b.title(),
    )
    d.t(f"[21:{mm[1]}] {{bn}}: hij staat alleen op de «stoep» gericht hoor\n", bn=b.first_only())
    d.t(
        f"[21:{mm[2]}] {{an}}: ik heb je «kenteken» {{pl}} al doorgegeven aan de «wijkagent» {{w}}\n",
        an=a.first_only(),
        pl=plate(r),
        w=off.full(),
    )
    d.t(
        f"[22:0{r.randint(0, 9)}] {{bn}} heeft de groep verlaten\n\n«Doorgestuurd» naar de «bemiddelaar» {{m}} ({{mm}}).",
        bn=b.caps(),
        m=med.full(),
        mm=med.work_email(),
    )
    return a


def n_drone(r, d, med, off):
    p = Person(r)
    d.t("«Melding» «drone» boven «achtertuin»\n«Melder»: {n}, {ph}, {m}\n", n=p.full(), ph=phone(r), m=p.email())
    q = Person(r)
    d.t(
        "«Piloot» volgens melder: {q}, {a}, rijdt in een auto met «kenteken» {pl}. ",
        q=q.nickq(),
        a=address(r),
        pl=plate(r),
    )
    d.t(
        "{t} zegt dat {qf} zijn dochter {dd} filmde. «Handhaving» ({o}) heeft het «ILT» ingelicht.",
        t=p.title(),
        qf=q.first_only(),
        dd=Person(r, origin=p.origin, sur=p.sur, particle=p.particle, gender="f").first_only(),
        o=off.init_name(),
    )
    return p


def n_heatpump_mediation(r, d, med, off):
    a, b = Person(r), Person(r)
    d.t(
        "«Verslag» «buurtbemiddeling» – «"
        + r.choice(DEVICES)
        + "»\n«Aanwezig»: {a} ({aa}), {b} ({ba}), «bemiddelaars» {m} en {m2}\n\n",
        a=a.full(),
        aa=address(r),
        b=b.rev(),
        ba=address(r),
        m=med.full(),
        m2=Person(r).full(),
    )
    d.t(
        "{at} legt uit dat het «geluid» 's nachts doorgaat. {bt} biedt aan een «omkasting» te plaatsen voor {dt}. ",
        at=a.title(),
        bt=b.title(),
        dt=plain_date(r),
    )
    d.t("«Afspraak»: {af} belt {bf} bij «overlast» ({ph}).", af=a.first_only(), bf=b.first_only(), ph=mobile(r))
    return a


# ================================================================ known


def k_person(r):
    word = r.choice(list(WORDS))
    if word in FIRST_WORDS:
        p = Person(r, origin="nl")
        p.first = word
        p.second = None
        p.nick = None
    else:
        p = Person(r, origin="nl", sur=word, particle=PARTICLE_WORDS.get(word, "") if r.random() < 0.8 else "")
        if p.sur not in PARTICLE_WORDS:
            p.particle = ""
    return p, word


def known_doc(r, d, med, off):
    p, word = k_person(r)
    ph1, ph2 = r.sample(WORDS[word], 2)
    shape = r.randrange(8)
    em = p.email() if r.random() < 0.35 else None
    tel = mobile(r) if r.random() < 0.4 else None
    wref = p.first_only() if word in FIRST_WORDS else p.title()
    if shape == 0:
        d.t(
            "«Gespreksverslag» {dt}\n{n} belde over de «zaalhuur». Ze vertelde over " + "«" + ph1 + "»" + ". ",
            dt=plain_date(r),
            n=p.full(),
        )
        d.t("Daarna sprak {m} met {w} over de «borg».", m=med.first_only(), w=wref)
    elif shape == 1:
        d.t("«Telefoonnotitie»: {w} meldt dat in de «speeltuin» «" + ph1 + "» ligt; ", w=p.full())
        d.t("volgens {w} is dat al weken zo.", w=wref)
    elif shape == 2:
        d.t("«Melding» over «geluid». Bij {n} thuis staat «" + ph1 + "». ", n=p.full())
        case_line(r, d, "")
        d.t(".")
    elif shape == 3:
        d.t(
            "| «naam» | «onderwerp» |\n|---|---|\n| {n} | «" + ph1 + "» |\n",
            n=p.rev() if word not in FIRST_WORDS else p.full(),
        )
        d.t("\n«Toelichting»: de «klacht» van {w} ging over «" + ph2 + "».", w=wref)
        ph2 = None
    elif shape == 4:
        d.t(
            "Beste {w},\n\nDank voor uw bericht over " + "«" + ph1 + "»" + ". De «beheerder» komt langs.\n\n{m}",
            w=wref,
            m=med.full(),
        )
    elif shape == 5:
        d.t("«Huisbezoek» bij {n} ({a}). In het gesprek ging het over «" + ph1 + "».", n=p.caps(), a=address(r))
    elif shape == 6:
        d.t("Voor de «kennisbank»: «inwoner» {w} vroeg om «bemiddeling»; het ging om «" + ph1 + "».", w=p.full())
    else:
        d.t("«Terugbelverzoek» {n} – «onderwerp»: «" + ph1 + "» (" + plain_date(r) + ")", n=p.full())
    if ph2 and r.random() < 0.5:
        d.t(" Ook «" + ph2 + "» kwam ter sprake.")
    if em:
        d.t(" Mail: {e}.", e=em)
    if tel:
        d.t(" Tel. {t}.", t=tel)
    if shape not in (0, 4, 6, 7) or r.random() < 0.3:
        d.t("\n\n{n}", n=p.full())
    known = {"names": [p.full()[0]]}
    if em:
        known["emails"] = [em[0]]
    if tel:
        known["phones"] = [tel[0]]
    return p, word, known


FILES = {
    "venues": (
        300,
        [v_booking_csv, v_deposit_letter, v_key_register, v_cancel_thread, v_planning, v_damage_report, v_request_form],
    ),
    "play": (300, [p_incident, p_lifeguard_log, p_playstreet, p_youth_msg, p_inspection, p_swim_permit]),
    "noise": (250, [n_diary, n_measure, n_antenna_objection, n_camera_chat, n_drone, n_heatpump_mediation]),
}


def build(r, fname: str, n: int) -> dict:
    d = Doc()
    med, off = ctx(r)
    if fname == "known":
        p, word, known = known_doc(r, d, med, off)
        return {"text": d.text(), "pii": d.pii, "keep": d.keep, "known": known, "_word": word, "_names": [med, off]}
    shapes = FILES[fname][1]
    main = shapes[n % len(shapes)]
    res = main(r, d, med, off)
    if r.random() < 0.2:
        d.t(r.choice(["\n\n---\n", "\n\n* * *\n"]))
        r.choice([s for s in shapes if s is not main])(r, d, med, off)
    if r.random() < 0.3:
        med_note(r, d, med, res)
    return {"text": d.text(), "pii": d.pii, "keep": d.keep}
