"""Shapes of holdout20's files: school and youth, public health, public order; and the known file's headings."""

from __future__ import annotations

import core20 as C
import pools20 as P

SCHOOLS = [
    "OBS De Regenboog",
    "Het Kompas",
    "Montessorischool Zuid",
    "Stedelijk Lyceum",
    "Cambium College",
    "Daltonschool De Wilg",
    "ROC Midden",
    "Jenaplanschool Het Anker",
    "Praktijkschool Horizon",
    "Vrije School",
]
TEAMS = [
    "Team Leerplicht",
    "Afdeling Onderwijs",
    "Jeugd en Gezin",
    "Sociaal Wijkteam",
    "Bureau Openbare Orde en Veiligheid",
    "Team Toezicht",
    "GGD Infectieziektebestrijding",
    "Jeugdgezondheidszorg",
    "Team Handhaving",
    "Klantcontactcentrum",
]


def _title(pe) -> str:
    return pe.title()


def _school(d):
    return d.k(d.r.choice(SCHOOLS))


def addr_block(d, pe, caps=False):
    r = d.r
    name = pe.caps() if caps else (pe.ini() if r.random() < 0.6 else pe.full())
    tt = ("MEVROUW" if pe.female else "DE HEER") if caps else ("Mevrouw" if pe.female else "De heer")
    town = d.k(r.choice(P.TOWNS + [d.ctx["muni"]] * 3))
    return f"{d.k(tt)} {name}\n{d.street(caps=caps)}\n{d.postcode()}  {town.upper() if caps and False else town}\n"


def official(d, origin=None):
    pe = d.person(origin)
    pe.role = d.r.choice(
        [
            "leerplichtambtenaar",
            "consulent",
            "medewerker",
            "adviseur",
            "jeugdverpleegkundige",
            "inspecteur",
            "handhaver",
            "beleidsmedewerker",
        ]
    )
    return pe


def mediator_line(d):
    m = d.person()
    r = d.r
    k = r.randrange(3)
    if k == 0:
        return f"\n{d.k('Bemiddelaar')}: {m.full()} ({d.work_mail(m)}, {d.phone()})"
    if k == 1:
        return f"\n{d.k('Afstemming')} via {m.ini()}, {d.k('bemiddelaar')} {d.k('Verzoek tot Afstemming')}, {d.k(d.ctx['muni'])}. Paraaf: {m.paraph()}"
    return f"\n{d.k('Notitie')} {d.k('bemiddelaar')} ({m.first_()}): {d.k('gesprek')} gepland op {d.date()}; {d.k('casus')} {d.case(19)}."


# ==== school and youth ============================================================================================
def s_absence(d):
    r = d.r
    par = d.person()
    kid = d.relative(par, child=True)
    sib = d.relative(par)
    mentor, lpa = d.person(), d.person()
    cue = r.choice(["Meldingsnummer", "Verzuimnummer", "Registratienummer", "DUO-melding"])
    return (
        f"{d.k('VERZUIMMELDING')} – {d.k('Verzuimregister')} {d.k(d.ctx['muni'])}\n"
        f"{d.k(cue)}: {d.case(r.choice([0, 1, 21]))}\n"
        f"Leerling: {kid.surfirst()} | BSN {d.bsn()} | {d.k(r.choice(['geb.', 'geboren', 'Geboortedatum']))} {d.dob(2009, 2019)}\n"
        f"School: {_school(d)} ({d.k(r.choice(['groep 6', 'groep 8', 'klas 2B', 'leerjaar 3']))})\n"
        f"Ouder/verzorger: {_title(par)} {par.ini()}, {d.street()}, {d.postcode()} {d.k(d.ctx['muni'])}, tel. {d.phone()}\n"
        f"Mentor: {mentor.full()} ({d.work_mail(mentor) if r.random() < 0.5 else d.muni_mail('leerplicht')})\n"
        f"{d.k('Verzuim')}: {r.randint(9, 40)} uur {d.k('ongeoorloofd')} in {r.randint(3, 8)} weken, laatste melding {d.date()}.\n"
        f"{d.k('Opmerking')} mentor: \"{kid.first_()} komt vaak te laat; volgens de moeder past {kid.first_()} 's ochtends op "
        f'{sib.first_()}."\n'
        f"{d.k('Afgehandeld')} door {d.k('leerplichtambtenaar')} {lpa.ini()} (paraaf {lpa.paraph()})."
    )


def s_lp_talk(d):
    r = d.r
    ma = d.person(female=True)
    pa = d.relative(ma, female=False) if r.random() < 0.6 else d.person(female=False)
    kid = d.relative(ma)
    lpa = d.person()
    nick = kid.nickname() if kid.nick else kid.first_()
    return (
        f"{d.k('Verslag')} {d.k('gesprek')} {d.k('leerplicht')} – {d.date()}\n"
        f"{d.k('Aanwezig')}: {ma.full()} ({d.k('moeder')}), {pa.full()} ({d.k('vader')}), {kid.first_()} "
        f"({d.k('leerling')}, {d.dob(2008, 2016)}), {lpa.ini()} ({d.k('leerplichtambtenaar')})\n"
        f"{d.k('Zaak')}: {d.case(0)}\n\n"
        f"{d.k('Aanleiding')}: {kid.first_()} heeft sinds de herfstvakantie veel gemist. Thuis noemen ze hem of haar "
        f"{nick}. {_title(ma).capitalize()} {ma.last()} vertelt dat het gezin in {d.k(d.ctx['muni'])} is verhuisd naar "
        f"de {d.street()}.\n"
        f"{d.k('Afspraken')}:\n1. {kid.first_()} meldt zich elke ochtend bij de conciërge.\n"
        f"2. {pa.last()} belt de mentor bij ziekte ({d.phone()}).\n"
        f"3. {d.k('Evaluatie')} over zes weken; bij geen verbetering volgt een {d.k('proces-verbaal')}.\n"
        f"— {lpa.first_()} {lpa.last() if r.random() < 0.5 else ''}".rstrip()
    )


def s_childcare(d):
    r = d.r
    owner, mgr, insp = d.person(), d.person(), d.person()
    staff = [d.person() for _ in range(r.randint(2, 4))]
    name = d.k(
        r.choice(
            [
                "Kinderdagverblijf De Speelboot",
                "BSO Het Zonnetje",
                "Gastouderbureau Kwetternest",
                "Peuteropvang Boefjes",
                "Kinderopvang Wolkewietje",
            ]
        )
    )
    lines = "\n".join(
        f"- {s.full() if i % 2 else s.surfirst()}, {d.k('geboren')} {d.dob(1965, 2004)}, "
        f"{d.k('Personenregister Kinderopvang')}: {r.choice(['gekoppeld', 'niet gekoppeld'])}"
        for i, s in enumerate(staff)
    )
    return (
        f"{d.k('INSPECTIERAPPORT')} {d.k('KINDEROPVANG')}\n{d.k('Inspectienummer')} {d.case(8)}\n"
        f"{d.k('Locatie')}: {name}, {d.street()}, {d.postcode()} {d.k(d.ctx['muni'])}\n"
        f"{d.k('Houder')}: {owner.ini()} ({d.mail(owner)}, {d.phone()})\n"
        f"{d.k('Locatieverantwoordelijke')}: {mgr.full()}\n"
        f"{d.k('Beroepskrachten')} op de dag van het bezoek ({d.date()}):\n{lines}\n"
        f"{d.k('Bevinding')}: de {d.k('VOG')} van {staff[0].last()} ontbrak. De houder ({owner.last()}) zegt toe dit "
        f"binnen twee weken te herstellen.\n{d.k('Toezichthouder')} {d.k('GGD')}: {insp.ini()}, paraaf {insp.paraph()}"
    )


def s_placement(d):
    r = d.r
    par = d.person()
    kid = d.relative(par)
    case = d.case(10)
    return (
        addr_block(d, par) + "\n"
        f"{d.k('Aan')} het {d.k('College van burgemeester en wethouders')}\n"
        f"{d.k('Betreft')}: {d.k('bezwaar')} plaatsing {d.k('brugklas')}, {d.k('kenmerk')} {case}\n\n"
        f"{d.k('Geachte')} heer, mevrouw,\n\nOnze dochter/zoon {kid.full()}, geboren op {d.dob(2012, 2015)}, is bij de "
        f"{d.k('loting')} op {d.date()} niet geplaatst op {_school(d)}. Wij wonen {r.randint(3, 9)}00 meter van de school "
        f"en {kid.first_()} heeft daar een {d.k('nicht')} in de klas. De uitslag staat op "
        f"https://aanmelden.{d.ctx['domain']}/plaatsing/{case}.\n\nMet vriendelijke groet,\n\n{par.full()}\n"
        f"{d.phone()} | {d.mail(par)}"
    )


def s_internship(d):
    r = d.r
    st, sup, coord = d.person(), d.person(), d.person()
    return (
        f"{d.k('STAGEOVEREENKOMST')} {d.k('BPV')} – {d.k('ROC Midden')}\n{d.k('Overeenkomstnummer')}: {d.case(17)}\n\n"
        f"1. {d.k('Student')}: {st.surfirst()}\n2. {d.k('Geboortedatum')}: {d.dob(2003, 2009)}\n"
        f"3. {d.k('Adres')}: {d.street()}, {d.postcode()} {d.k(r.choice(P.TOWNS))}\n4. {d.k('Telefoon')}: {d.phone()}\n"
        f"5. {d.k('Stagevergoeding')} naar {d.iban()} t.n.v. {st.ini()}\n"
        f"6. {d.k('Praktijkopleider')}: {sup.full()}, {d.phone('land')}, {d.mail(sup)}\n"
        f"7. {d.k('BPV-coördinator')}: {coord.ini()} ({d.work_mail(coord)})\n\n"
        f"{d.k('Opmerking')}: {st.first_()} reist met de auto van {sup.first_()} mee ({d.k('kenteken')} {d.plate()})."
    )


def s_classchat(d):
    r = d.r
    ps = [d.person() for _ in range(r.randint(3, 4))]
    kids = [d.relative(p) for p in ps[:2]]
    t = lambda: f"[{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-26 {r.randint(7, 21):02d}:{r.randint(0, 59):02d}]"
    lines = [
        f"{t()} {ps[0].full()}: wie rijdt er vrijdag naar de {d.k('schoolreis')}? ik kan 3 kids mee, {d.k('kenteken')} {d.plate()}",
        f"{t()} {ps[1].first_()}: {kids[1].first_()} gaat met jou mee als dat mag :)",
        f"{t()} {ps[2].lower()}: wij wonen {d.street()} dus ik haal {kids[0].first_()} wel op",
        f"{t()} {ps[0].first_()}: top! mijn nummer is {d.phone()} voor als het misgaat",
        f"{t()} {ps[1].full()}: {d.k('Juf')} {ps[-1].last()} vraagt of iemand de {d.k('EHBO')}-doos meeneemt",
    ]
    return f"{d.k('WhatsApp')}-{d.k('export')} {d.k('Ouders groep 7')} ({_school(d)})\n" + "\n".join(lines)


def _ocr(s: str, r) -> str:
    rep = [("l", "1"), ("e", "c"), ("m", "rn"), ("o", "0"), ("a", "ä"), ("i", "í")]
    for a, b in r.sample(rep, 2):
        if a in s[1:]:
            i = s.index(a, 1)
            s = s[:i] + b + s[i + 1 :]
            break
    return s


def s_costs_ocr(d):
    r = d.r
    par = d.person()
    kids = [d.relative(par) for _ in range(r.randint(1, 3))]
    ocrname = d.p(_ocr(C.join(par.first, par.sur_in()), r), "PERSON")
    par.full()
    kidlines = "\n".join(
        f"   {k.first_()} {d.k('geb.')} {d.dob(2008, 2020)}   {d.k('school')}: {_school(d)}" for k in kids
    )
    return (
        f"[{d.k('scan')} {d.k('handgeschreven')} {d.k('formulier')}, {d.k('OCR')}]\n"
        f"{d.k('AANVRAAG')} {d.k('SCHOOLKOSTENREGELING')} {d.k(str(r.choice([2025, 2026])))}\n"
        f"1 Naam aanvrager: {ocrname}\n2 BSN: {d.bsn()}\n3 Adres: {d.street(caps=r.random() < 0.3)}  {d.postcode()}\n"
        f"4 IBAN: {d.iban('NL')}\n5 Kinderen:\n{kidlines}\n"
        f"{d.k('Stempel')}: {d.k('ontvangen')} {d.date()} — {d.k('Zaaknr')} {d.case(9)}\n"
        f"({d.k('Kantlijn')}: gebeld met {par.full()}, nummer {d.phone()} klopt)"
    )


def s_parent_foreign(d):
    r = d.r
    par = d.person(r.choice(["pl", "tr", "ar", "ua", "ro", "es", "pt", "er"]))
    kid = d.relative(par)
    teacher = d.person()
    lang = r.randrange(4)
    if lang == 0:
        body = (
            f"Hello, I am the mother/father of {kid.full()} ({d.k('groep 5')}). {kid.first_()} was sick on {d.date()}, "
            f"please don't send the {d.k('leerplicht')} letter again. My number {d.phone('foreign')}."
        )
    elif lang == 1:
        body = (
            f"Dzień dobry, {kid.first_()} był chory. Proszę o kontakt: {d.phone('foreign')}. Pozdrawiam, {par.full()}"
        )
    elif lang == 2:
        body = (
            f"Merhaba {d.k('Juf')} {teacher.last()}, {kid.first_()} bugün okula gelemiyor, hasta. "
            f"Adresimiz {d.street()}. Teşekkürler, {par.full()}"
        )
    else:
        body = (
            f"Goedemorgen, ik ben {par.full()}, moeder van {kid.first_()}. Sorry my Dutch not good. "
            f"{kid.first_()} heeft {d.k('koorts')}. Bel mij {d.phone()}"
        )
    return (
        f"{d.k('Bericht')} {d.k('ouderportaal')} → {teacher.ini()}\n{body}\n\n"
        f"[{d.k('Vertaalnotitie')} {d.k('administratie')}: afwezigheid gemeld door {par.last()}; geen actie "
        f"{d.k('leerplicht')}, {d.k('kenmerk')} {d.case(1)}]"
    )


SCHOOL = [s_absence, s_lp_talk, s_childcare, s_placement, s_internship, s_classchat, s_costs_ocr, s_parent_foreign]


# ==== public health ===============================================================================================
def h_bco(d):
    r = d.r
    idx = d.person()
    gp = d.person()
    contacts = [d.relative(idx) if i == 0 else d.person() for i in range(r.randint(2, 4))]
    rows = "\n".join(
        f"| {c.surfirst() if i % 2 else c.full()} | {d.k(r.choice(['huisgenoot', 'collega', 'klasgenoot', 'partner', 'bezoek']))} | "
        f"{d.phone()} | {d.date()} |"
        for i, c in enumerate(contacts)
    )
    return (
        f"{d.k('BRON- EN CONTACTONDERZOEK')} ({d.k('BCO')})\n{d.k('BCO-nummer')}: {d.case(2)}\n"
        f"{d.k('Indexpatiënt')}: {idx.surfirst()}, {d.k('geboortedatum')} {d.dob(1935, 2015)}, BSN {d.bsn()}\n"
        f"{d.k('Adres')}: {d.street()}, {d.postcode()} {d.k(d.ctx['muni'])}\n"
        f"{d.k('Huisarts')}: {d.k('dokter')} {gp.last()} ({d.phone('land')})\n"
        f"{d.k('Ziekte')}: {d.k(r.choice(['mazelen', 'kinkhoest', 'tuberculose', 'hepatitis A', 'Legionella']))}; "
        f"{d.k('eerste ziektedag')} {d.date()}\n\n| naam | relatie | telefoon | laatste contact |\n|---|---|---|---|\n{rows}\n\n"
        f"{d.k('Notitie')}: {contacts[0].first_()} is niet gevaccineerd; advies via {d.muni_mail('infectieziekten')}."
    )


def h_vacc_csv(d):
    r = d.r
    base = d.person()
    people = [base] + [d.relative(base) for _ in range(r.randint(1, 2))] + [d.person() for _ in range(r.randint(1, 2))]
    rows = "\n".join(
        f"{p.core_()};{p.first_()};{d.dob(1950, 2024, r.choice([0, 5, 9, 13]))};{d.bsn()};{d.date()};"
        f"{d.k(r.choice(['BMR', 'DTP', 'HPV', 'MenACWY', 'Hepatitis B']))}"
        for p in people
    )
    fname = d.p(C.fold(base.core).lower().replace(" ", "-"), "PERSON")
    return (
        f"{d.k('Bestand')}: vaccinaties-{fname}-{d.k('2026')}.csv\n"
        f"achternaam;voornaam;geboortedatum;bsn;datum;vaccin\n{rows}\n"
        f"# {d.k('export')} {d.k('Jeugdgezondheidszorg')}, {d.k('dossier')} {d.case(11)}"
    )


def h_tattoo(d):
    r = d.r
    owner = d.person()
    artists = [d.person() for _ in range(r.randint(1, 3))]
    insp = d.person()
    studio = d.k(r.choice(["Studio Zwarte Naald", "Inktwerk Centrum", "Piercing Palace", "Tattoo Atelier Noord"]))
    al = ", ".join(a.full() if i % 2 == 0 else a.nickname() + f" ({a.full()})" for i, a in enumerate(artists))
    return (
        f"{d.k('Hygiëne-inspectie')} {d.k('tatoeëren')} en {d.k('piercen')}\n{d.k('Inspectie')}: {d.case(15)} – {d.date()}\n"
        f"{d.k('Studio')}: {studio}, {d.street()}\n{d.k('Vergunninghouder')}: {owner.surfirst()}, {d.k('geboren')} "
        f"{d.dob(1970, 2000)}, {d.phone()}\n{d.k('Aanwezige')} {d.k('tatoeëerders')}: {al}\n"
        f"{d.k('Bevindingen')}: {d.k('autoclaaf')} niet gevalideerd; {artists[0].last()} droeg geen handschoenen. "
        f"{owner.last()} krijgt een {d.k('herinspectie')}.\n{d.k('Inspecteur')}: {insp.ini()} ({d.work_mail(insp)})"
    )


def h_oggz(d):
    _r = d.r
    rep, res, sis, worker = d.person(), d.person(), None, d.person()
    sis = d.relative(res, female=True)
    return (
        f"{d.k('Meldpunt Zorg en Overlast')} – {d.k('melding')} {d.case(16)}\n"
        f"{d.k('Melder')}: {rep.full()} ({d.k('buurvrouw')}/{d.k('buurman')}), {d.phone()}\n"
        f"{d.k('Betreft')}: {res.surfirst()}, {d.dob(1940, 1990)}, {d.street()}\n"
        f'{d.k("Melding")}: "meneer/mevrouw {res.last()} loopt \'s nachts op straat en roept, de post stapelt zich op"\n\n'
        f"{d.k('Verslag')} {d.k('bemoeizorg')} ({worker.first_()}):\n"
        f"- {d.k('maandag')}: niet open gedaan; briefje in de bus.\n"
        f"- {d.k('woensdag')}: {res.first_()} kort gesproken aan de deur, wil geen hulp.\n"
        f"- {d.k('vrijdag')}: {d.k('zus')} {sis.full()} gebeld ({d.phone()}); zij komt zaterdag langs.\n"
        f"{d.k('Vervolg')}: {d.k('casusoverleg')} met {d.k('Sociaal Wijkteam')}. — {worker.paraph()}"
    )


def h_jgz(d):
    r = d.r
    kid = d.person()
    mum = d.relative(kid, female=True)
    dad = d.person(female=False)
    physio, nurse = d.person(), d.person()
    return (
        f"{d.k('JGZ')} {d.k('contactmoment')} — {kid.capsur()}, {kid.first_()}\n"
        f"{d.k('Cliëntnummer')} {d.case(11)} | {d.k('geboren')} {d.dob(2019, 2025)} | BSN {d.bsn()}\n"
        f"{d.k('Ouders')}: {mum.full()} en {dad.full()}, {d.street()}, {d.postcode()}\n"
        f"{d.k('Gewicht')} {r.randint(6, 24)},{r.randint(0, 9)} kg; {d.k('lengte')} {r.randint(60, 120)} cm.\n"
        f"{d.k('Bijzonderheden')}: {d.k('moeder')} ({mum.first_()}) maakt zich zorgen over de motoriek. Verwezen naar "
        f"{d.k('kinderfysiotherapeut')} {physio.ini()}, {d.phone('land')}.\n"
        f"{d.k('Volgende afspraak')}: {d.date()} bij {d.k('jeugdverpleegkundige')} {nurse.full()}."
    )


def h_travel_mail(d):
    r = d.r
    pe = d.person()
    clerk = d.person()
    return (
        f"{d.k('Van')}: {d.k('GGD Reizigersvaccinaties')} <{d.k('reizigers@ggd.nl')}>\n"
        f"{d.k('Aan')}: {pe.full()} <{d.mail(pe)}>\n{d.k('Onderwerp')}: {d.k('Bevestiging')} {d.k('afspraak')} {d.case(3)}\n\n"
        f"{d.k('Beste')} {pe.first_()},\n\nU heeft een afspraak op {d.date()} om {r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])} "
        f"voor {d.k(r.choice(['gele koorts', 'rabiës', 'buiktyfus', 'hepatitis A']))}. Neem uw paspoort mee; de "
        f"geboortedatum op uw aanmelding ({d.dob(1950, 2007)}) moet kloppen.\nTerugbetaling van het teveel betaalde gaat "
        f"naar {d.iban()}.\n\n{d.k('Met vriendelijke groet')},\n{clerk.first_()} {clerk.last()}\n{d.k('Reizigersspreekuur')}"
    )


def h_mould(d):
    r = d.r
    ten = d.person(r.choice(["ie", "in", "de", "it", "es", "gr", "pl"]))
    land = d.person()
    adv = d.person()
    return (
        f"{d.k('Subject')}: mould in our rental – {d.street()}\n\nHi, my name is {ten.full()}. Since {d.date()} there is "
        f"black mould in the bedroom of my son {d.relative(ten).first_()}. The landlord, mr. {land.last()}, says it is our "
        f"fault. Can the {d.k('GGD')} help? You can reach me on {d.phone()} or {d.mail(ten)}.\n\n"
        f"> {d.k('Antwoord')} {d.k('medisch milieukundige')} {adv.ini()}:\n> {d.k('Beste')} {ten.first_()}, vocht en "
        f"{d.k('schimmel')} zijn een zaak voor de verhuurder. Ik heb {land.full()} gebeld ({d.phone('land')}). "
        f"{d.k('Dossier')} {d.case(3)}."
    )


HEALTH = [h_bco, h_vacc_csv, h_tattoo, h_oggz, h_jgz, h_travel_mail, h_mould]


# ==== public order ================================================================================================
def o_homeban(d):
    r = d.r
    pe = d.person(female=False)
    victim = d.person(female=True)
    kids = [d.relative(pe) for _ in range(r.randint(1, 2))]
    cop = d.person()
    kl = ", ".join(f"{k.first_()} ({d.dob(2010, 2023)})" for k in kids)
    return (
        f"{d.k('BESCHIKKING')} {d.k('HUISVERBOD')}\n{d.k('Ons kenmerk')}: {d.case(4)}\n\n"
        + addr_block(d, pe, caps=r.random() < 0.4)
        + f"\nDe {d.k('burgemeester')} van {d.k(d.ctx['muni'])} legt aan {pe.full()}, {d.k('geboren')} {d.dob(1960, 2004)}, "
        f"een {d.k('huisverbod')} op voor tien dagen voor de woning {d.street()}.\n"
        f"{d.k('Achterblijvers')}: {victim.first_()} ({d.k('partner')}) en de kinderen {kl}.\n"
        f"{d.k('Opgemaakt')} door {d.k('hulpofficier')} {cop.ini()} op {d.date()}.\n"
        f"{pe.last()} mag geen contact opnemen met {victim.first_()} {victim.last()}."
    )


def o_areaban(d):
    r = d.r
    pe = d.person()
    caps = r.random() < 0.4
    return (
        addr_block(d, pe, caps=caps) + f"\n{d.k('Datum')}: {d.date()}\n{d.k('Besluitnummer')}: {d.case(5)}\n"
        f"{d.k('Onderwerp')}: {d.k('gebiedsverbod')} {d.k('Stationsgebied')}\n\n{d.k('Geachte')} "
        f"{'heer' if not pe.female else 'mevrouw'} {pe.last()},\n\nOp {d.date()} bent u, {d.dob(1975, 2007)}, aangehouden in "
        f"het {d.k('Stationsgebied')} met een auto met {d.k('kenteken')} {d.plate()}. U krijgt een {d.k('gebiedsverbod')} "
        f"van drie maanden. {d.k('Bezwaar')} kan binnen zes weken.\n\n{d.k('De burgemeester')},\n"
        f"namens deze, {d.person().ini()}"
    )


def o_damocles(d):
    r = d.r
    owner, tenant, cop = d.person(), d.person(), d.person()
    return (
        f"{d.k('Voornemen')} {d.k('sluiting')} ({d.k('artikel 13b Opiumwet')})\n{d.k('Zaak')}: {d.case(6)}\n"
        f"{d.k('Pand')}: {d.street()}, {d.postcode()} {d.k(d.ctx['muni'])}\n"
        f"{d.k('Eigenaar')}: {owner.ini()}, {d.street()}\n{d.k('Huurder')}: {tenant.surfirst()} ({d.dob(1970, 2003)})\n"
        f"{d.k('Bestuurlijke rapportage')} {d.k('politie')} van {d.date()}, opgemaakt door {cop.ini()}: in de schuur "
        f"{r.randint(40, 400)} {d.k('hennepplanten')}.\n{tenant.last()} en {owner.last()} kunnen binnen twee weken hun "
        f"{d.k('zienswijze')} geven via {d.muni_mail('oov')}."
    )


def o_camera(d):
    _r = d.r
    pe = d.person()
    return (
        f"{d.k('Verzoek')} {d.k('camerabeelden')} — {d.k('Registratienummer')} {d.case(12)}\n"
        f"{d.k('Naam')}: {pe.full()}\n{d.k('E-mail')}: {d.mail(pe)}\n{d.k('Telefoon')}: {d.phone()}\n"
        f"{d.k('Wat is er gebeurd')}? {d.k('Doorrijden')} na {d.k('aanrijding')} op {d.date()} bij de {d.street(number=False)}. "
        f"De andere auto had {d.k('kenteken')} {d.plate()} (of {d.plate()}). Mijn auto: {d.plate()}.\n"
        f"{d.k('Aangifte')}: ja, {d.k('proces-verbaal')} {d.case(12)}.\n"
        f"{d.k('Link')}: https://meldingen.{d.ctx['domain']}/camera/{d.case(12)}"
    )


def o_boa(d):
    r = d.r
    rows = []
    for _ in range(r.randint(3, 5)):
        pe = d.person()
        rows.append(
            f"| {r.randint(8, 23):02d}:{r.randint(0, 59):02d} | {d.street(number=False)} | "
            f"{pe.surfirst() if r.random() < 0.6 else pe.caps()} | {d.dob(1950, 2008, r.choice([0, 2, 5]))} | "
            f"{d.plate() if r.random() < 0.6 else '–'} | {d.case(13)} |"
        )
    boa = d.person()
    return (
        f"{d.k('Bonnenregister')} {d.k('Team Handhaving')} {d.k(d.ctx['muni'])}, {d.date()}\n\n"
        f"| tijd | locatie | overtreder | geb. | kenteken | bonnummer |\n|---|---|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{d.k('Opgemaakt')}: {d.k('BOA')} {boa.paraph()} ({boa.full()})"
    )


def o_halt(d):
    r = d.r
    kid = d.person()
    par = d.relative(kid)
    w = d.person()
    return (
        f"{d.k('Transcriptie')} {d.k('Halt-gesprek')} — {d.k('Halt-nummer')} {d.case(7)}\n"
        f"[00:00:{r.randint(10, 59)}] {d.k('HALT')} ({w.first_()}): Je bent {kid.first_()} {kid.last()}, "
        f"geboren {d.dob(2008, 2013, r.choice([3, 7, 8]))}?\n"
        f"[00:00:{r.randint(10, 59)}] {kid.first_()}: ja.\n"
        f"[00:01:{r.randint(10, 59)}] {d.k('HALT')}: En dit is je moeder of vader, {par.full()}?\n"
        f"[00:01:{r.randint(10, 59)}] {par.first_()}: ja, we wonen aan de {d.street()}.\n"
        f"[00:02:{r.randint(10, 59)}] {d.k('HALT')}: Het ging om {d.k('vuurwerk')} bij de {d.k('bushalte')} op {d.date()}.\n"
        f"{d.k('Afspraak')}: {r.randint(4, 12)} uur {d.k('werkstraf')} bij de {d.k('Voedselbank')}; {w.ini()}"
    )


def o_safetyhouse(d):
    r = d.r
    pe = d.person()
    parts = [d.person() for _ in range(r.randint(3, 4))]
    legend = "; ".join(f"{p.paraph()} = {p.full()}" for p in parts)
    return (
        f"{d.k('Veiligheidshuis')} – {d.k('casusoverleg')} {d.date()}\n{d.k('Casus')}: {d.case(14)}\n"
        f"{d.k('Betrokkene')}: {pe.capsur()}, {pe.first_()}, {d.dob(1980, 2006)}\n{d.k('Legenda')}: {legend}\n\n"
        f"| nr | {d.k('besluit')} | {d.k('eigenaar')} | {d.k('termijn')} |\n|---|---|---|---|\n"
        f"| 1 | {d.k('huisbezoek')} bij {pe.last()} | {parts[0].paraph()} | {d.date()} |\n"
        f"| 2 | {d.k('contact')} met {d.k('reclassering')} | {parts[1].paraph()} | {d.date()} |\n"
        f"| 3 | {d.k('terugkoppeling')} aan {parts[2].full()} | {parts[2].paraph()} | {d.date()} |"
    )


ORDER = [o_homeban, o_areaban, o_damocles, o_camera, o_boa, o_halt, o_safetyhouse]


# ==== known file ==================================================================================================
KNOWN_HEADS = [
    "Leerplicht – gespreksnotitie",
    "Kinderopvang – klacht",
    "BCO – belnotitie",
    "Vaccinatie – vraag",
    "Camerabeelden – verzoek",
    "Halt – terugkoppeling",
    "Stage – evaluatie",
    "Schoolkosten – aanvraag",
]
