"""The shapes of holdout25's four files: reflection and supervision, second languages, the formal route, known."""

from __future__ import annotations

import core25 as C
import pools25 as P
from core25 import Doc, Person

DOB_CUES = ["geboren", "geb.", "geboortedatum", "geboren op", "geboortedatum:", "geb. datum", "geboren d.d."]
TOPICS = [
    ("parkeervergunning", "Team Parkeren"),
    ("kwijtschelding", "Belastingen"),
    ("huishoudelijke hulp", "Team Wmo"),
    ("bijstandsuitkering", "Team Inkomen"),
    ("schuldregeling", "Schuldhulpverlening"),
    ("leerlingenvervoer", "Team Jeugd"),
    ("verhuizing", "Burgerzaken"),
    ("omgevingsvergunning", "Vergunningen"),
    ("boete", "Team Handhaving"),
    ("woonurgentie", "Afdeling Wonen"),
    ("paspoort", "Afdeling Publiekszaken"),
    ("overhangende boom", "Openbare Ruimte"),
]


class Ctx:
    def __init__(self, d: Doc, origins: list[str] | None = None):
        r = d.r
        self.r = r
        self.town = C.town(r)
        self.dom = f"{self.town.lower()}.nl"
        self.res = Person(r, origin=r.choice(origins) if origins else None)
        self.partner = Person(r)
        self.child = Person(r, origin=self.res.origin, surname=self.res.surname, particle=self.res.particle)
        self.child.second = ""
        self.child.nick = ""
        self.med = Person(r)
        self.off = Person(r)
        self.other = Person(r)
        self.topic, self.dept = r.choice(TOPICS)
        self.case = C.case_number(r)
        self.cue = r.choice(C.CASE_CUES)
        self.kid = "dochter" if self.child.sex == "f" else "zoon"


def dob_line(d: Doc, lang: str = "nl") -> str:
    return f"{d.k(d.r.choice(DOB_CUES)) if lang == 'nl' else ''}{' ' if lang == 'nl' else ''}{d.p(C.dob(d.r, lang), 'DATE_OF_BIRTH')}"


def pcline(d: Doc, c: Ctx) -> str:
    return f"{d.p(C.postcode(d.r), 'POSTCODE')} {d.k(c.town)}"


# ====================================================================== reflect (mediators' reflection, supervision)
def r_journal(d: Doc, c: Ctx) -> None:
    r = d.r
    d.w(
        f"{d.k('Reflectieverslag')} {d.k(r.choice(P.WEEKDAYS))} {d.k(C.ordinary_date(r))}\n",
        f"{d.k('Bemiddelaar')}: {d.full(c.med)}\n\n",
        f"{d.k('Situatie')}\n",
        f"In {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')} sprak ik met {d.full(c.res)} ({d.addr()}, {pcline(d, c)}) over de {d.k(c.topic)}. ",
        f"Ook {d.titled(c.off)} van {d.k(c.dept)} schoof aan.\n\n",
        f"{d.k('Taak')}\nMijn rol was te verkennen waar het verzoek echt over ging. ",
        f"Volgens {d.titled(c.res)} lag de brief al weken op de mat.\n\n",
        f"{d.k('Actie')}\nIk belde {d.first(c.res)} terug op {d.p(C.phone(r), 'PHONE')} en vatte samen wat ik hoorde. ",
        f"{d.first(c.off)} zegde toe om voor {d.k(C.ordinary_date(r))} te reageren.\n\n",
        f"{d.k('Resultaat')}\nDe afspraak staat; het bedrag van {d.k(C.amount(r))} is opgeschort.\n\n",
        f"{d.k('Reflectie')}\nIk merkte dat ik te snel naar een oplossing wilde. ",
        f"Wat {d.titled(c.res)} nodig had, was eerst erkenning. Volgende keer vraag ik eerder door.\n",
    )
    d.w(f"— {d.p(c.med.paraph())}\n")


def r_supervision(d: Doc, c: Ctx) -> None:
    r = d.r
    sup = Person(r)
    d.w(
        f"{d.k('SUPERVISIEVERSLAG')} – sessie {r.randint(2, 9)}\n",
        f"{d.k('Supervisor')}: {d.full(sup)} ({d.p(sup.work_email('supervisie-' + c.dom), 'EMAIL')})\n",
        f"{d.k('Supervisant')}: {d.init(c.med)}\n",
        f"{d.k('Datum')}: {d.k(C.ordinary_date(r))}\n\n",
        f"{d.k('Ingebrachte')} casus: {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}, verzoek van {d.titled(c.res, short=True)} over {d.k(c.topic)}.\n",
        f"{d.k('Leervraag')}: hoe blijf ik onpartijdig als een ambtenaar mij als collega aanspreekt?\n\n",
        f"{d.k('Bespreking')}\n{d.first(sup)} vroeg wat er gebeurde toen {d.titled(c.off)} zei dat de zaak ‘al lang was afgehandeld’. ",
        f"{d.first(c.med)} vertelde dat {d.titled(c.res)} toen stilviel en dat haar {c.kid} {d.full(c.child)} het gesprek overnam.\n",
        f"Patroon: ik neem de taal van de organisatie over. {d.p(sup.paraph())} noemt dat ‘meebuigen’.\n\n",
        f"{d.k('Nagekomen')}: {d.titled(c.res)} vroeg of de teruggave naar {d.p(C.iban(r), 'IBAN')} kon; {d.k('BSN')} {d.p(C.bsn(r), 'BSN')} in het dossier.\n",
        f"{d.k('Afspraak')}: volgende sessie op {d.k(r.choice(P.WEEKDAYS))}; {d.first(c.med)} neemt een gespreksopname mee (met toestemming).\n",
    )


def r_intervision(d: Doc, c: Ctx) -> None:
    r = d.r
    peers = [Person(r) for _ in range(3)]
    d.w(
        f"{d.k('Intervisie')} {d.k('Bemiddelaarspool')} {d.k(c.town)} – {d.k(C.ordinary_date(r))}\n",
        "Aanwezig: " + ", ".join(f"{d.first(x)} ({d.p(x.paraph())})" for x in peers) + f", {d.full(c.med)}\n",
        f"{d.k('Methode')}: {d.k('incidentmethode')}\n",
        f"{d.k('Inbrenger')}: {d.first(c.med)}\n\n",
        f"Incident: tijdens een gesprek in {d.k('Wijkcentrum De Driesprong')} werd {d.titled(c.res)} boos op {d.init(c.off)}. ",
        f"Haar buurman {d.full(c.other)} ({d.addr()}) stond buiten te filmen.\n\n",
        f"Vragen:\n- {d.p(peers[0].paraph())}: wat zei {d.titled(c.res)} precies vlak daarvoor?\n",
        f"- {d.p(peers[1].paraph())}: wist {d.first(c.off)} dat er een {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')} liep?\n",
        f"- {d.p(peers[2].paraph())}: had je {d.titled(c.other)} kunnen aanspreken?\n\n",
        f"{d.k('Advies')} van {d.first(peers[r.randrange(3)])}: bij escalatie eerst pauzeren, dan samenvatten.\n",
    )


def r_register(d: Doc, c: Ctx) -> None:
    r = d.r
    d.w(
        f"{d.k('Leerpuntenregister')} {d.k('kwartaal')} {r.randint(1, 4)}\n\n| nr | leerpunt | eigenaar | zaak | status |\n|---|---|---|---|---|\n"
    )
    owners = [Person(r) for _ in range(r.randint(2, 4))]
    for i, o in enumerate(owners, 1):
        cs = C.case_number(r)
        who = r.choice([d.init, d.full, d.titled])(o)
        lp = r.choice(
            [
                "brieven in begrijpelijke taal",
                "terugbelnorm binnen twee werkdagen",
                "één contactpersoon per dossier",
                "termijnen vooraf noemen",
                "dubbele incasso voorkomen",
                "tolk standaard aanbieden",
            ]
        )
        d.w(
            f"| {i} | {d.k(lp)} | {who} | {d.p(cs, 'CASE_NUMBER')} | {d.k(r.choice(['open', 'lopend', 'afgerond']))} |\n"
        )
    d.w(
        f"\n{d.k('Toelichting')}: in {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')} bleek dat {d.titled(c.res)} ",
        f"tweemaal dezelfde brief kreeg. {d.first(c.med)} legde dit voor aan {d.full(c.off)} ({d.k(c.dept)}).\n",
        f"Contact leerpunten: {d.k('leren@' + c.dom)}\n",
    )


SPOKEN = {"komma": ",", "punt": "."}


def r_dictation(d: Doc, c: Ctx) -> None:
    r = d.r
    res = c.res
    st = C.street(r)
    num = r.randint(2, 180)
    d.w(
        f"[{d.k('dictaat')} {d.p(c.med.first.lower())} – {d.k('spraakherkenning')}]\n",
        f"verslag huisbezoek komma {d.k(c.cue)} {d.p(c.case.lower(), 'CASE_NUMBER')} punt ",
        f"op bezoek geweest bij {c.res.title()} {d.p(res.sur_alone().lower())} komma {d.p(res.first.lower())} {d.p(res.sur().lower())} ",
        f"komma adres {d.p(f'{st.lower()} {num}', 'ADDRESS')} punt nieuwe alinea ",
        f"{d.k('geboren')} {d.p(C.dob(r), 'DATE_OF_BIRTH')} komma woont daar sinds {d.k('vorig jaar')} met {d.p(c.child.first.lower())} punt ",
        f"telefoon {d.p(C.mobile(r), 'PHONE')} punt nieuwe alinea ",
        f"zij vertelt dat {d.p(c.off.first.lower())} van {d.k(c.dept.lower())} niet terugbelde punt ",
        f"actie voor mij komma bellen met {c.off.title()} {d.p(c.off.sur_alone().lower())} voor {d.k(r.choice(P.WEEKDAYS))} punt ",
        "einde dictaat\n",
    )
    if r.random() < 0.5:
        d.w(
            f"[{d.k('gecorrigeerd')} door {d.init(c.med)}: adres is {d.p(f'{st} {num}', 'ADDRESS')}, naam {d.full(res)}]\n"
        )


def r_roleplay(d: Doc, c: Ctx) -> None:
    r = d.r
    actor = Person(r)
    d.w(
        f"{d.k('Rollenspel')} {d.k('training')} {d.k('Gespreksvoering')} – gebaseerd op {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}\n",
        f"Rol A ({d.k('inwoner')}): {d.full(c.res)}, gespeeld door {d.full(actor)}\n",
        f"Rol B ({d.k('ambtenaar')}): {d.titled(c.off)}, {d.k(r.choice(P.FUNCTIONS))} bij {d.k(c.dept)}\n",
        f"Rol C ({d.k('bemiddelaar')}): {d.first(c.med)}\n\n",
    )
    fa, fb, fc = c.res.first, c.off.first, c.med.first
    d.p(fa), d.p(fb), d.p(fc)
    d.w(
        f"{fa}: Ik heb drie keer gebeld en niemand weet van mijn {d.k(c.topic)}.\n",
        f"{fb}: Dat begrijp ik, maar het systeem laat iets anders zien.\n",
        f"{fc}: Zullen we eerst samen kijken wat er precies binnenkwam?\n",
        f"{fa}: Mijn {c.kid} {d.full(c.child)} heeft het formulier nog gemaild naar {d.k('info@' + c.dom)}.\n\n",
        f"Let op voor {d.k('trainers')}: in de echte zaak woonde {d.titled(c.res)} aan de {d.addr()}; gebruik in de zaal een verzonnen adres.\n",
    )


def r_quarter(d: Doc, c: Ctx) -> None:
    r = d.r
    coord = Person(r)
    a, b = Person(r), Person(r)
    d.w(
        f"Beste {d.first(coord)},\n\nHierbij mijn {d.k('kwartaalreflectie')}. Drie zaken bleven hangen.\n\n",
        f"1. {d.titled(a)} ({d.k(C.CASE_CUES[0])} {d.p(C.case_number(r), 'CASE_NUMBER')}): na {d.k('zes weken')} kwam er eindelijk een besluit.\n",
        f"2. De familie {d.p(b.sur_alone())}: {d.first(b)} belde me op {d.p(C.phone(r), 'PHONE')} terwijl ik met verlof was; hun auto ({d.p(C.plate(r), 'LICENSE_PLATE')}) was weggesleept.\n",
        f"3. {d.full(c.res)} wil haar verhaal delen in de {d.k('Kennisbank')}; toestemming staat in {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}.\n\n",
        f"Wat ik leerde: ik noteer afspraken met {d.k(c.dept)} voortaan met een datum. {d.titled(c.off)} waardeerde dat.\n\n",
        f"Groet,\n{d.full(c.med)}\n{d.p(c.med.work_email('afstemming.' + c.dom), 'EMAIL')}\n",
    )


def r_ethics(d: Doc, c: Ctx) -> None:
    r = d.r
    coord = Person(r)
    d.w(
        f"{d.k('Onderwerp')}: {d.k('vraag over onpartijdigheid')}\n\n",
        f"Hoi {d.first(coord)},\n\nIk ken {d.full(c.res)} privé van de {d.k(r.choice(['voetbalvereniging', 'koorrepetitie', 'moestuinvereniging']))}. ",
        f"Haar {c.kid} {d.full(c.child)} zit bij mijn dochter in de klas. Nu komt er een verzoek binnen ({d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}) ",
        f"over de {d.k(c.topic)}. Kan {d.full(c.other)} het overnemen? Zij woont niet in {d.k(c.town)}.\n\n",
        f"{d.k('Antwoord')} {d.p(coord.paraph())}: ja, draag het over; noteer het in het dossier. {d.first(c.other)} belt {d.titled(c.res)} ",
        f"{d.k(r.choice(P.WEEKDAYS))}.\n",
    )


REFLECT = [r_journal, r_supervision, r_intervision, r_register, r_dictation, r_roleplay, r_quarter, r_ethics]


# ====================================================================== languages (second and mixed languages)
def l_english(d: Doc, c: Ctx) -> None:
    r = d.r
    res = c.res
    hon = "Ms" if res.sex == "f" else "Mr"
    d.w(
        f"{d.k('Subject')}: {d.k(c.topic)} – {d.p(c.case, 'CASE_NUMBER')}\n\n",
        f"Dear {hon} {d.p(c.off.sur_alone())},\n\nMy name is {d.full(res)} and I moved to {d.k(c.town)} last year. ",
        f"I live at {d.addr()}, {pcline(d, c)}. I was born on {d.p(C.dob(r, 'en'), 'DATE_OF_BIRTH')}. ",
        f"My partner {d.full(c.partner)} told me the {d.k('municipality')} lost my documents. ",
        f"Could you please call me on {d.p(C.foreign_phone(r, '+44') if r.random() < 0.5 else C.mobile(r), 'PHONE')}?\n\n",
        f"Kind regards,\n{d.first(res)}\n\n---\n",
        f"Beste {d.first(res)},\n\nDank voor uw bericht. Ik heb uw {d.k(c.cue)} doorgezet naar {d.k(c.dept)}; ",
        f"{d.full(c.med)} van {d.k('Verzoek tot Afstemming')} belt u {d.k(r.choice(P.WEEKDAYS))} (in het Engels).\n\n",
        f"Met vriendelijke groet,\n{d.init(c.off)}\n",
    )


def l_polish(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin="pools")
    tolk = Person(r)
    ad = d.addr()
    ph = d.p(C.foreign_phone(r, "+48") if r.random() < 0.6 else C.mobile(r), "PHONE")
    d.w(
        f"Dzień dobry, nazywam się {d.full(res)}. Mieszkam przy {ad} w {d.k(c.town)}. ",
        f"{d.k('Urodzona') if res.sex == 'f' else d.k('Urodzony')} {d.p(C.dob(r, 'pl'), 'DATE_OF_BIRTH')}. ",
        f"Pracodawca {d.full(c.other)} nie zapłacił mi za {d.k('kwiecień')}. Mój numer: {ph}.\n\n",
        f"[{d.k('Vertaling')} {d.full(tolk)}, {d.k('tolknummer')} {d.k(str(r.randint(10000, 99999)))}]\n",
        f"Goedendag, mijn naam is {d.full(res)}. Ik woon aan de {ad} in {c.town}. Mijn werkgever {d.titled(c.other)} ",
        f"heeft mij april niet betaald. Mijn nummer: {ph}.\n\n",
        f"{d.k('Notitie')} {d.p(c.med.paraph())}: {d.titled(res)} spreekt weinig Nederlands; afspraak met tolk op {d.k(C.ordinary_date(r))}, {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}.\n",
    )


def l_turkish(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin="turks")
    nep = Person(r, origin="turks", surname=res.surname)
    nep.second = ""
    t = f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}"
    d.w(
        f"[{t}] {d.first(res)}: abi ik heb die brief van {d.k('Belastingen')} gekregen ya, ik moet {d.k(C.amount(r))} betalen 😩\n",
        f"[{t}] {d.first(nep)}: tamam, stuur foto. wie heeft getekend?\n",
        f"[{t}] {d.first(res)}: {d.init(c.off)}, {d.k('afdeling')} {d.k(c.dept)}. {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}\n",
        f"[{t}] {d.first(nep)}: ben ararım yarın, sen {d.k('bemiddelaar')} {d.first(c.med)} ile konuş, numarası {d.p(C.phone(r), 'PHONE')}\n",
        f"[{t}] {d.first(res)}: ok canım. adresim hâlâ {d.addr()} he, yeni adres değil\n\n",
        f"{d.k('Samenvatting')} door {d.full(c.med)}: {d.titled(res)} en zijn neef {d.full(nep)} vragen uitstel van betaling; ",
        f"{d.k('geboortedatum')} {d.titled(res)}: {d.p(C.dob(r, 'tr'), 'DATE_OF_BIRTH')}.\n",
    )


def l_papiamento(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin="antilliaans")
    ch = Person(r, origin="antilliaans", surname=res.surname, particle=res.particle)
    ch.second = ""
    d.w(
        f"Bon dia, mi nomber ta {d.full(res)}. Mi ta biba na {d.addr()}, {pcline(d, c)}. ",
        f"Mi yu {d.first(ch)} mester di {d.k('leerlingenvervoer')} pero e karta di {d.k('gemeente')} no a yega. ",
        f"Por fabor yama mi: {d.p(C.foreign_phone(r, '+599') if r.random() < 0.4 else C.mobile(r), 'PHONE')}.\n",
        f"Masha danki,\n{d.titled(res)}\n\n",
        f"({d.k('Nederlands')}, door {d.first(c.med)}): {d.titled(res)} vraagt naar het {d.k('leerlingenvervoer')} voor zoon {d.full(ch)}, ",
        f"{d.k('geboren')} {d.p(C.dob(r, lo=2010, hi=2019), 'DATE_OF_BIRTH')}. {d.k(c.cue)}: {d.p(c.case, 'CASE_NUMBER')}.\n",
    )


def l_interpreter(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin=r.choice(["syrisch", "marokkaans", "afghaans", "iraans", "eritrees", "somalisch"]))
    tolk = Person(r, origin=res.origin)
    lang = {
        "syrisch": "Arabisch",
        "marokkaans": "Tarifit",
        "afghaans": "Dari",
        "iraans": "Farsi",
        "eritrees": "Tigrinya",
        "somalisch": "Somalisch",
    }[res.origin]
    d.w(
        f"{d.k('Gespreksverslag')} met {d.k('tolk')} {d.k(lang)}\n",
        f"{d.k('Aanwezig')}: {d.full(res)}, {d.full(tolk)} ({d.k('tolk')}, {d.k('Tolk- en Vertaalcentrum Nederland')}), ",
        f"{d.init(c.off)} ({d.k(r.choice(P.FUNCTIONS))}), {d.full(c.med)}\n",
        f"{d.k('Zaak')}: {d.p(c.case, 'CASE_NUMBER')}\n\n",
        f"Via de tolk vertelt {d.titled(res)} dat de {d.k(c.topic)} is gestopt na de verhuizing naar {d.addr()}. ",
        f"Zijn broer {d.full(Person(r, origin=res.origin, surname=res.surname))} helpt met post. ",
        f"{d.first(tolk)} vertaalt de brief van {d.k(c.dept)} woord voor woord. {d.titled(c.off)} legt uit wat nodig is.\n\n",
        f"{d.k('Afspraken')}: {d.k('BSN')} van {d.titled(res)} ({d.p(C.bsn(r), 'BSN')}) gecontroleerd; nieuwe afspraak met dezelfde tolk; ",
        f"{d.first(c.med)} stuurt de samenvatting ook in het {d.k(lang)}.\n",
    )


def l_machine(d: Doc, c: Ctx) -> None:
    r = d.r
    lang, origin, langname = r.choice(
        [("es", "spaans", "Spaans"), ("pt", "portugees", "Portugees"), ("pt", "kaapverdisch", "Portugees")]
    )
    res = Person(r, origin=origin)
    ad = d.addr()
    ib = d.p(C.iban(r, r.choice(["NL", "ES" if lang == "es" else "PT"])), "IBAN")
    if lang == "es":
        orig = f"Me llamo {d.full(res)}, nacido el {d.p(C.dob(r, 'es'), 'DATE_OF_BIRTH')}. Vivo en {ad}. Mi cuenta es {ib}."
    else:
        orig = f"O meu nome é {d.full(res)}, nascido em {d.p(C.dob(r, 'pt'), 'DATE_OF_BIRTH')}. Moro na {ad}. A minha conta é {ib}."
    d.w(
        f"{d.k('Origineel')} ({d.k(langname)}):\n{orig}\n\n",
        f"[{d.k('Automatisch vertaald')} – {d.k('controleer de vertaling')}]\n",
        f"Mijn naam is {d.full(res)}, {d.k('geboren')} op {d.p(C.dob(r), 'DATE_OF_BIRTH')}. Ik woon op {ad}. Mijn rekening is {ib}.\n\n",
        f"{d.k('Opmerking')} {d.init(c.med)}: geboortedatum in de vertaling klopt niet met het origineel; nagevraagd bij {d.titled(res)} ",
        f"via {d.p(res.email(r), 'EMAIL')}. {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}.\n",
    )


def l_french(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin=r.choice(["congolees", "vlaams", "marokkaans"]))
    d.w(
        f"Madame, Monsieur,\n\nJe {d.k('soussigné') if res.sex == 'm' else d.k('soussignée')} {d.full(res)}, ",
        f"{'né' if res.sex == 'm' else 'née'} le {d.p(C.dob(r, 'fr'), 'DATE_OF_BIRTH')}, demeurant {d.addr()} à {d.k(c.town)}, ",
        f"conteste la {d.k('décision')} n° {d.p(c.case, 'CASE_NUMBER')}. Ma fille {d.full(Person(r, origin=res.origin, surname=res.surname, particle=res.particle))} ",
        f"peut traduire. Téléphone : {d.p(C.foreign_phone(r, '+32') if r.random() < 0.5 else C.phone(r), 'PHONE')}.\n\n",
        f"Veuillez agréer mes salutations distinguées,\n{d.caps(res)}\n\n",
        f"{d.k('Intern')}: Frans verzoek, doorgezet aan {d.full(c.med)}; {d.titled(c.off)} ({d.k(c.dept)}) geïnformeerd.\n",
    )


def l_german(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin="duits")
    d.w(
        f"Sehr geehrte{'r Herr' if c.off.sex == 'm' else ' Frau'} {d.p(c.off.sur_alone())},\n\n",
        f"mein Name ist {d.full(res)}, {d.k('geboren')} am {d.p(C.dob(r, 'de'), 'DATE_OF_BIRTH')}. Seit {d.k('März')} wohne ich in der {d.addr()}, ",
        f"{pcline(d, c)}. Mein {d.k('Kennzeichen')} {d.p(C.plate(r), 'LICENSE_PLATE')} hat eine {d.k('Parkgebühr')} bekommen, ",
        f"obwohl ich eine {d.k('Parkgenehmigung')} habe ({d.k('Aktenzeichen')} {d.p(c.case, 'CASE_NUMBER')}).\n",
        f"Mit freundlichen Grüßen\n{d.full(res)}\n{d.p(C.foreign_phone(r, '+49'), 'PHONE')}\n\n",
        f"{d.k('Notitie')}: Duitse brief; {d.first(c.med)} belt {d.titled(res)} terug.\n",
    )


def l_frisian(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(r, origin="fries")
    d.w(
        f"Bêste {d.first(c.med)},\n\nIk bin {d.full(res)} en ik wenje oan de {d.addr()} yn {d.k(r.choice(['Drachten', 'Sneek', 'Leeuwarden']))}. ",
        f"Myn buorman {d.full(c.other)} hat in skuorre boud sûnder {d.k('fergunning')}. ",
        f"Ik ha al trije kear skille mei {d.titled(c.off)}, mar der komt neat fan. ",
        f"Myn nûmer is {d.p(C.phone(r), 'PHONE')}, myn mail {d.p(res.email(r), 'EMAIL')}.\n\n",
        f"Mei freonlike groetnis,\n{d.first(res)}\n\n",
        f"({d.k('Samenvatting')} {d.p(c.med.paraph())}: klacht over een schuur zonder vergunning; {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}.)\n",
    )


def l_codeswitch(d: Doc, c: Ctx) -> None:
    r = d.r
    res = Person(
        r, origin=r.choice(["hindostaans", "creools", "javaans", "marokkaans", "filipijns", "ghanees", "nigeriaans"])
    )
    d.w(
        f"hi {d.p(c.med.first.lower())}, sorry for the late reply!! ik was bij mijn tante in {d.k('Paramaribo') if res.origin in ('hindostaans', 'creools', 'javaans') else d.k('Rotterdam')}. ",
        f"anyway, {d.titled(c.off)} said the {d.k('uitkering')} is stopped because of my new job?? but that job was just {d.k('drie weken')} lol. ",
        f"my {d.k('zaaknummer')} is {d.p(c.case, 'CASE_NUMBER')} en mijn iban {d.p(C.iban(r, 'NL'), 'IBAN')}. ",
        f"can you call me pls, {d.p(C.mobile(r), 'PHONE')}. my mom {d.full(Person(r, origin=res.origin, surname=res.surname, sex='f'))} kan ook opnemen\n",
        f"xx {d.lower(res)}\n",
    )


LANGUAGES = [
    l_english,
    l_polish,
    l_turkish,
    l_papiamento,
    l_interpreter,
    l_machine,
    l_french,
    l_german,
    l_frisian,
    l_codeswitch,
]


# ====================================================================== route (complaints, objection, ombudsman)
def v_hearing(d: Doc, c: Ctx) -> None:
    r = d.r
    chair, mem, sec, rep = Person(r), Person(r), Person(r), Person(r)
    d.w(
        f"{d.k('VERSLAG HOORZITTING')}\n{d.k('Commissie bezwaarschriften')} gemeente {d.k(c.town)}\n",
        f"{d.k(c.cue)}: {d.p(c.case, 'CASE_NUMBER')}\n{d.k('Datum')}: {d.k(C.ordinary_date(r))}\n\n",
        f"{d.k('Voorzitter')}: mr. {d.full(chair)}\n{d.k('Lid')}: {d.init(mem)}\n{d.k('Secretaris')}: {d.full(sec)}\n",
        f"{d.k('Bezwaarmaker')}: {d.full(c.res)}, {d.addr()}, bijgestaan door {d.titled(rep)} ({d.k('gemachtigde')}, {d.k(r.choice(P.ORGS))})\n",
        f"{d.k('Namens het college')}: {d.init(c.off)} ({d.k(r.choice(P.FUNCTIONS))}, {d.k(c.dept)})\n\n",
        f"1. {d.titled(c.res)} licht toe dat de {d.k(c.topic)} zonder gesprek is geweigerd.\n",
        f"2. {d.titled(rep)} wijst op de termijn van de {d.k('Awb')}.\n",
        f"3. {d.titled(c.off)} erkent dat de hoorplicht is vergeten; {d.k('Verzoek tot Afstemming')} ({d.first(c.med)}) had al bemiddeld.\n",
        f"4. De voorzitter sluit de zitting; advies volgt binnen {d.k('zes weken')}.\n\n{d.p(sec.paraph())}\n",
    )


def v_advice(d: Doc, c: Ctx) -> None:
    r = d.r
    d.w(
        f"{d.k('ADVIES')} {d.k('Commissie bezwaarschriften')} – {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}\n\n",
        f"Inzake het bezwaar van {d.full(c.res)}, {d.k('geboren')} {d.p(C.dob(r), 'DATE_OF_BIRTH')}, wonende {d.addr()}, {pcline(d, c)}.\n\n",
        f"{d.k('Overwegingen')}\n1. {d.k('Ontvankelijkheid')}: het bezwaar is op {d.k(C.ordinary_date(r))} ontvangen en tijdig.\n",
        f"2. {d.k('Inhoud')}: {d.titled(c.res)} stelt dat {d.titled(c.off)} de {d.k(c.topic)} onvoldoende heeft gemotiveerd.\n",
        f"3. Partner {d.full(c.partner)} bevestigt dat er nooit een hoorgesprek is geweest.\n\n",
        f"{d.k('Advies')}: het bezwaar {d.k('gegrond')} te verklaren en een vergoeding van {d.k(C.amount(r))} toe te kennen op {d.p(C.iban(r), 'IBAN')}.\n\n",
        f"Namens de commissie,\n{d.init(Person(r))}, {d.k('voorzitter')}\n",
    )


def v_decision(d: Doc, c: Ctx) -> None:
    r = d.r
    caps = r.random() < 0.3
    res = c.res
    nm = d.caps(res) if caps else (f"{res.title().capitalize()} " + d.init(res) if r.random() < 0.5 else d.full(res))
    d.w(
        f"{nm}\n{d.addr(caps=caps)}\n{d.p(C.postcode(r), 'POSTCODE')} {d.k(c.town.upper() if caps else c.town)}\n\n",
        f"{d.k('Ons kenmerk')}: {d.p(c.case, 'CASE_NUMBER')}\n{d.k('Uw kenmerk')}: {d.p(C.case_number(r), 'CASE_NUMBER')}\n",
        f"{d.k('Datum')}: {d.k(C.ordinary_date(r))}\n{d.k('Onderwerp')}: {d.k('beslissing op bezwaar')}\n\n",
        f"Geachte {d.titled(res)},\n\nOp uw bezwaar tegen het besluit over de {d.k(c.topic)} heeft het college als volgt beslist. ",
        f"Wij nemen het advies van de {d.k('Commissie bezwaarschriften')} over. Uw {d.k('BSN')} {d.p(C.bsn(r), 'BSN')} is gecontroleerd.\n\n",
        f"{d.k('Beroep')}: binnen {d.k('zes weken')} bij de {d.k(r.choice(['Rechtbank Overijssel', 'Rechtbank Gelderland', 'Rechtbank Oost-Brabant']))}.\n\n",
        f"Hoogachtend,\nnamens het college van burgemeester en wethouders,\n{d.full(c.off)}\n{d.k(r.choice(P.FUNCTIONS))}, {d.k(c.dept)}\n",
        f"{d.k('Contact')}: {d.p(c.off.work_email(c.dom), 'EMAIL')} of {d.k('14 0' + str(r.randint(10, 99)))}\n",
    )


def v_complaint(d: Doc, c: Ctx) -> None:
    r = d.r
    kc = Person(r)
    d.w(
        f"{d.k('Afhandeling klacht')} {d.k('klachtnummer')} {d.p(c.case, 'CASE_NUMBER')}\n\n",
        f"Beste {d.titled(c.res)},\n\nU diende op {d.k(C.ordinary_date(r))} een klacht in over de bejegening door {d.full(c.off)}. ",
        f"Op {d.k(r.choice(P.WEEKDAYS))} spraken {d.first(kc)} ({d.k('klachtcoördinator')}) en ik met u en uw {c.kid} {d.full(c.child)}.\n",
        f"{d.k('Oordeel')}: uw klacht is {d.k(r.choice(['gegrond', 'deels gegrond', 'ongegrond']))}. {d.titled(c.off)} heeft excuses aangeboden.\n",
        f"{d.k('Leerpunt')}: terugbellen binnen twee werkdagen.\n\n",
        f"Niet tevreden? U kunt naar de {d.k('Nationale Ombudsman')}.\n\n{d.full(kc)}\n{d.p(C.landline(r), 'PHONE')}\n",
    )


def v_ombudsman(d: Doc, c: Ctx) -> None:
    r = d.r
    omb = Person(r)
    d.w(
        f"{d.k('Van')}: {d.full(omb)} <{d.p(omb.work_email('nationaleombudsman.nl'), 'EMAIL')}>\n",
        f"{d.k('Aan')}: {d.k('klachten@' + c.dom)}\n{d.k('Onderwerp')}: {d.k('interventie')} {d.p(C.case_number(r, 'NO-{y}.{n5}'), 'CASE_NUMBER')} – {d.titled(c.res)}\n\n",
        f"Geachte heer, mevrouw,\n\n{d.full(c.res)} ({d.p(C.phone(r), 'PHONE')}) meldde zich bij ons omdat haar {d.k(c.topic)} al maanden stilligt ",
        f"(uw {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}). Wij vragen u binnen {d.k('twee weken')} contact op te nemen met {d.titled(c.res)}. ",
        f"Haar broer {d.full(Person(r, origin=c.res.origin, surname=c.res.surname, particle=c.res.particle, sex='m'))} is gemachtigd.\n\n",
        f"Met vriendelijke groet,\n{d.first(omb)}\n{d.k('Nationale Ombudsman')}\n",
    )


def v_referral(d: Doc, c: Ctx) -> None:
    r = d.r
    d.w(
        f"{d.k('DOORVERWIJZING')} {d.k('formele route')}\n{d.k('Verzoek')}: {d.p(c.case, 'CASE_NUMBER')}\n",
        f"{d.k('Inwoner')}: {d.sfirst(c.res)}\n{d.k('Geboortedatum')}: {d.p(C.dob(r), 'DATE_OF_BIRTH')}\n",
        f"{d.k('BSN')}: {d.p(C.bsn(r), 'BSN')}\n{d.k('Adres')}: {d.addr()}, {pcline(d, c)}\n{d.k('E-mail')}: {d.p(c.res.email(r), 'EMAIL')}\n\n",
        f"{d.k('Samenvatting')}: er is geen oplossing gevonden. {d.titled(c.off)} ({d.k(c.dept)}) blijft bij het besluit over de {d.k(c.topic)}. ",
        f"Ik heb {d.titled(c.res)} gewezen op bezwaar en op de {d.k('Nationale Ombudsman')}.\n",
        f"{d.k('Controlevraag')} gesteld: ‘is alles besproken?’ – ja. {d.k('Status')}: {d.k('doorverwezen')}.\n{d.k('Bemiddelaar')}: {d.init(c.med)}\n",
    )


def v_inventory(d: Doc, c: Ctx) -> None:
    r = d.r
    s = c.res.surname
    d.w(
        f"{d.k('DOSSIERINVENTARIS')} {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}\n\n| nr | datum | stuk | van |\n|---|---|---|---|\n"
    )
    rows = [
        ("bezwaarschrift", c.res),
        ("aanvulling gronden", c.res),
        ("verweerschrift", c.off),
        ("uitnodiging hoorzitting", Person(r)),
        ("machtiging", c.partner),
        ("advies commissie", Person(r)),
    ]
    for i, (stuk, who) in enumerate(rows[: r.randint(4, 6)], 1):
        d.w(f"| {i} | {d.k(C.ordinary_date(r))} | {d.k(stuk)} | {r.choice([d.init, d.full, d.sfirst])(who)} |\n")
    fn = f"{c.case.replace('/', '-')}_bezwaar-{d.p(s)}.pdf"
    d.p(c.case.replace("/", "-"), "CASE_NUMBER")
    d.w(f"\n{d.k('Bestand')}: {fn}\n{d.k('Opgesteld')} door {d.p(Person(r).paraph())}\n")


def v_repair(d: Doc, c: Ctx) -> None:
    r = d.r
    d.w(
        f"{d.full(c.res)}\n{d.addr()}\n{pcline(d, c)}\n\n",
        f"{d.k('Betreft')}: {d.k('herstel verzuim')} – {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}\n\n",
        f"Geachte {d.titled(c.res)},\n\nUw pro-forma bezwaar van {d.k(C.ordinary_date(r))} mist de gronden. ",
        f"U kunt die tot {d.k(C.ordinary_date(r))} aanvullen, per post of via {d.k('bezwaar@' + c.dom)}. ",
        f"Wilt u eerst praten? {d.full(c.med)} van {d.k('Verzoek tot Afstemming')} is bereikbaar via {d.p(c.med.work_email('afstemming.' + c.dom), 'EMAIL')}.\n\n",
        f"Met vriendelijke groet,\n{d.init(c.off)}\n{d.k('Team Bezwaar en Beroep')}\n",
    )


ROUTE = [v_hearing, v_advice, v_decision, v_complaint, v_ombudsman, v_referral, v_inventory, v_repair]


# ====================================================================== known (the resident's name holds an ordinary word)
FRAMES = [
    "Bij het huisbezoek viel me op: {ph}.",
    "Terloops ging het ook over iets anders, namelijk {ph}.",
    "Ze noemde nog, half lachend, {ph}.",
    "In het gesprek kwam kort ter sprake: {ph}.",
    "Verder in de notitie: {ph}, maar dat staat los van de zaak.",
    "Een zijpad in het gesprek: {ph}.",
]
PARTS_KNOWN = ["", "", "", "", "de", "van der", "van den", "van 't", "ter", "van de"]


def known_person(r, word: str, is_first: bool) -> Person:
    if is_first:
        return Person(r, origin=r.choice(["nederlands", "fries", "gronings", "limburgs"]), sex="f", first=word)
    pt = r.choice(PARTS_KNOWN)
    x = Person(r, origin=r.choice(C.ORIGIN_NAMES[:6]), surname=word, particle=pt)
    x.second = ""
    return x


def k_shape(d: Doc, c: Ctx, x: Person, ph: str, shape: int) -> dict:
    r = d.r
    known: dict = {"names": [x.full()]}
    frame = r.choice(FRAMES).format(ph=d.k(ph))
    if shape == 0:
        d.w(
            f"{d.k('Reflectie')} {d.first(c.med)}\nIn {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')} sprak ik met {d.full(x)} over de {d.k(c.topic)}. ",
            f"{frame} Achteraf denk ik dat {d.titled(x)} vooral erkenning zocht.\n",
        )
    elif shape == 1:
        ph_ = d.p(C.phone(r), "PHONE")
        known["phones"] = [ph_]
        d.w(
            f"{d.k('Telefoonnotitie')} {d.k(C.ordinary_date(r))}\n{d.k('Beller')}: {d.full(x)}, {ph_}\n",
            f"{d.k('Onderwerp')}: {d.k(c.topic)} ({d.p(c.case, 'CASE_NUMBER')})\n{frame}\n{d.k('Terugbellen')}: {d.init(c.off)}, {d.k(c.dept)}\n",
        )
    elif shape == 2:
        em = d.p(x.email(r), "EMAIL")
        known["emails"] = [em]
        d.w(
            f"{d.k('Subject')}: {d.k(c.topic)}\nFrom: {d.full(x)} <{em}>\n\nDear mediator, I am {d.full(x)} and I need help with my {d.k('parkeervergunning')}. ",
            f"{frame}\n\n---\n{d.k('Notitie')} {d.p(c.med.paraph())}: Engelstalig verzoek van {d.titled(x)}; {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}.\n",
        )
    elif shape == 3:
        d.w(
            f"{d.k('VERSLAG HOORZITTING')} {d.p(c.case, 'CASE_NUMBER')}\n{d.k('Bezwaarmaker')}: {d.full(x)}, {d.addr()}\n",
            f"{d.k('Namens het college')}: {d.full(c.off)}\n\n{d.titled(x)} licht toe dat de {d.k(c.topic)} is afgewezen. {frame}\n",
        )
    elif shape == 4:
        d.w(
            f"{d.k('Gespreksverslag')} met {d.k('tolk')}\n{d.k('Aanwezig')}: {d.full(x)}, {d.full(c.other)} ({d.k('tolk')}), {d.init(c.med)}\n\n",
            f"Via de tolk vertelt {d.titled(x)} over de {d.k(c.topic)}. {frame} {d.k('Geboortedatum')}: {d.p(C.dob(r), 'DATE_OF_BIRTH')}.\n",
        )
    elif shape == 5:
        d.w(
            f"{d.full(x)}\n{d.addr()}\n{pcline(d, c)}\n\n{d.k('Ons kenmerk')}: {d.p(c.case, 'CASE_NUMBER')}\n\n",
            f"Geachte {d.titled(x)},\n\nUw bezwaar over de {d.k(c.topic)} is {d.k('gegrond')}. {frame}\n\n{d.full(c.off)}\n",
        )
    elif shape == 6:
        d.w(
            f"{d.k('Supervisie')}: casus {d.titled(x)}\n{d.first(c.med)} brengt in dat {d.titled(x)} na het gesprek met {d.titled(c.off)} bleef bellen. ",
            f"{frame} {d.k('Leervraag')}: wanneer sluit ik af?\n",
        )
    elif shape == 7:
        d.w(
            f"| {d.k('datum')} | {d.k('wie')} | {d.k('wat')} |\n|---|---|---|\n| {d.k(C.ordinary_date(r))} | {d.full(x)} | {d.k('intake')} |\n",
            f"| {d.k(C.ordinary_date(r))} | {d.init(c.off)} | {d.k('reactie')} {d.k(c.dept)} |\n\n{frame}\n",
        )
    elif shape == 8:
        em = d.p(x.email(r), "EMAIL")
        known["emails"] = [em]
        d.w(
            f"[{r.randint(8, 20):02d}:{r.randint(10, 59)}] {d.first(x)}: hoi, ik ben het, {d.full(x)}, mail is {em}\n",
            f"[{r.randint(8, 20):02d}:{r.randint(10, 59)}] {d.first(c.med)}: dank je, ik zet het in {d.k(c.cue)} {d.p(c.case, 'CASE_NUMBER')}\n\n{d.k('Samenvatting')}: {frame}\n",
        )
    else:
        d.w(
            f"{d.k('DOORVERWIJZING')}\n{d.k('Inwoner')}: {d.sfirst(x)}\n{d.k('Verzoek')}: {d.p(c.case, 'CASE_NUMBER')}\n",
            f"{d.titled(x)} gaat in bezwaar tegen het besluit over de {d.k(c.topic)}. {frame}\n{d.k('Bemiddelaar')}: {d.full(c.med)}\n",
        )
    if x.full() not in d.text():
        d.w(f"({d.full(x)})\n")
    return known
