"""Document templates for holdout5_shapes.jsonl: free text as residents, mediators and officials write it.

Each template takes a Ctx and returns marked text. Weight on rarer genres: internal memos, council answers,
transcribed letters, voicemail transcripts, calendar invites, neighbour disputes, housing and lawyer letters,
social posts, referral forms, SMS reminders, visitor lists.
"""

from __future__ import annotations

from collections.abc import Callable

from h5core import K
from h5ctx import Ctx

Template = Callable[[Ctx], str]
TEMPLATES: list[Template] = []


def t(fn: Template) -> Template:
    TEMPLATES.append(fn)
    return fn


# ----------------------------------------------------------------- internal memo / notitie


@t
def memo_betreft(x: Ctx) -> str:
    a, b, r, cc = x.person(), x.person(), x.person(), x.person()
    cue, nr = x.case()
    return (
        f"NOTITIE\nAan: {x.full(a)}, {x.dept()}\nVan: {x.full(b)}\ncc: {x.init(cc)}; {K('Team Juridische Zaken')}\n"
        f"Datum: {x.date()}\nBetreft: verzoek tot afstemming {x.title(r)}, {cue} {nr}\n\n"
        f"Bewoner woont sinds 2019 op {x.addr()} en krijgt volgens eigen zeggen steeds een ander antwoord over de "
        f"{x.scheme()}. Voorstel: één contactpersoon aanwijzen. Graag jouw reactie voor {x.weekday()}."
    )


@t
def memo_cc_list(x: Ctx) -> str:
    r, o1, o2, o3 = x.person(gender="f"), x.person(), x.person(), x.person()
    return (
        f"Interne notitie (niet voor publicatie)\nBetreft: klacht {x.full(r)} over handhavingsbrief\n"
        f"Kopie aan: {x.init(o1)} ({x.dept()}), {x.init(o2)}, {x.init(o3)}\n"
        f"De klager stelt dat de brief naar het verkeerde adres ging, namelijk {x.addr()} in plaats van "
        f"{x.addr()}. Zij is te bereiken op {x.phone()}. Advies: excuses en de brief opnieuw versturen."
    )


@t
def memo_followup(x: Ctx) -> str:
    r, o = x.person(), x.person()
    cue, nr = x.case()
    return (
        f"notitie tbv overleg {x.weekday()}\nbetreft: {cue} {nr}\n- {x.sur(r)} (bewoner) voelt zich niet gehoord\n"
        f"- {x.dept()} heeft sinds {x.date()} niets laten weten\n- {x.first(o)} neemt contact op met {x.body()}\n"
        f"- volgende stap: keukentafelgesprek bij {x.title(r)} thuis"
    )


# ----------------------------------------------------------------- council answer


@t
def council_answer(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Beantwoording schriftelijke vragen over de wachttijden bij de {x.scheme()}\n\nVraag 3: Klopt het dat een "
        f"inwoner van de {x.street_only()} meer dan een jaar moest wachten?\nAntwoord: Ja. In het geval van "
        f"{x.title(r)}, dat ook in de media kwam, duurde de afhandeling veertien maanden. {K('Wethouder')} {x.sur(o)} "
        f"heeft {x.title(r)} persoonlijk excuses aangeboden. Het college neemt maatregelen, zie bijlage 2."
    )


@t
def council_answer2(x: Ctx) -> str:
    r = x.person()
    return (
        f"Antwoord op vraag 5 (fractie {K('GroenLinks')}): Het college kan niet ingaan op individuele gevallen. "
        f"Wel kunnen wij melden dat de familie uit {x.street_only()} inmiddels een passende woning heeft in "
        f"{x.ktown()} via {x.corp()}."
        f" De genoemde {x.title(r)} is hierover op {x.date()} geïnformeerd door het {x.dept()}."
    )


# ----------------------------------------------------------------- transcribed handwritten letter


@t
def letter_handwritten(x: Ctx) -> str:
    r, son = x.person(), x.person(gender="m")
    return (
        f"geachte gemeente ik schrijf u omdat ik het niet meer weet mijn zoon {x.first(son)} is vijftien en hij "
        f"heeft geen plek op school sinds de zomer ik heb al drie keer gebeld naar het nummer van de gemeente "
        f"{x.gm_number()} maar ik krijg steeds een ander iemand ik woon op {x.addr()} en mijn nummer is "
        f"{x.phone()} bel mij alstublieft met vriendelijke groet {x.lower(r)}"
    )


@t
def letter_handwritten2(x: Ctx) -> str:
    r, nb = x.person(), x.person()
    return (
        f"aan de bemiddelaar\n\nbeste mevrouw of meneer ik ben {x.lower(r)} en ik woon al tweeëntwintig jaar in dit "
        f"huis aan de {x.street_only()} de buurman {x.sur(nb)} zet elke avond om half elf zijn muziek hard en ik "
        f"kan niet slapen ik ben zesenzeventig en heb het aan mijn hart ik heb een brief gestuurd op "
        f"{x.date()} maar niks gehoord graag een afspraak ik ben thuis behalve op {x.weekday()}"
    )


@t
def letter_handwritten3(x: Ctx) -> str:
    r = x.person()
    return (
        f"hallo ik heb een boete gekregen van {x.amount()} voor mijn auto {x.plate()} maar die stond gewoon op "
        f"mijn eigen oprit op nummer {x.rng.randint(3, 90)} dat is toch niet eerlijk ik heb geen geld ik zit in de "
        f"schulden en de {x.body()} wil ook al geld groetjes {x.first(r)} van de {x.street_only()}"
    )


# ----------------------------------------------------------------- voicemail transcripts


@t
def voicemail(x: Ctx) -> str:
    r = x.person()
    return (
        f"[voicemail, automatisch uitgeschreven] ja goedemiddag u spreekt met {x.lower(r)} ik bel over de brief "
        f"van de {x.scheme()} die ik heb gekregen kunt u mij terugbellen op {x.spoken_phone()} dank u wel"
    )


@t
def voicemail2(x: Ctx) -> str:
    r, o = x.person(), x.person()
    cue, nr = x.case()
    return (
        f"Transcriptie voicemail {x.weekday()} {x.time()}: hoi met {x.first(r)} eh ik heb vanochtend "
        f"gesproken met {x.lower(o)} over mijn zaak {nr} en die zou terugbellen maar dat is niet gebeurd mijn "
        f"nummer is {x.spoken_phone()} of anders mailen naar {x.email(r)} oke doei"
    )


@t
def voicemail3(x: Ctx) -> str:
    r = x.person()
    return (
        f"spraakbericht (transcriptie kan fouten bevatten): goedemorgen dit is {x.title(r, formal=False)} van "
        f"{x.addr()} de {K('lantaarnpaal')} voor mijn deur is al twee weken kapot en het is heel donker "
        f"ik ben bang als "
        f"ik thuiskom na mijn werk bij {x.building()} mijn nummer is {x.spoken_phone()}"
    )


# ----------------------------------------------------------------- calendar invites and meeting notes


@t
def invite(x: Ctx) -> str:
    a, b, c_, r = x.person(), x.person(), x.person(), x.person()
    return (
        f"Onderwerp: Afstemmingsoverleg casus {x.sur(r)}\nWanneer: {x.weekday()} {x.date()} {x.time()}-{x.time()}\n"
        f"Locatie: {x.building()}, spreekkamer 2.14\nOrganisator: {x.full(a)}\nDeelnemers: {x.full(b)}; "
        f"{x.full(c_)}; {x.work_email(a)}\n\nAgenda: 1. kennismaken 2. stand van zaken {x.scheme()} 3. afspraken"
    )


@t
def invite_teams(x: Ctx) -> str:
    a, b, r = x.person(), x.person(), x.person()
    cue, nr = x.case()
    return (
        f"Uitnodiging: overleg {cue} {nr}\n{x.weekday()} {x.date()}, {x.time()}\nMicrosoft Teams-vergadering\n"
        f"Vereist: {x.sur(a)}, {x.first(a)}; {x.sur(b)}, {x.first(b)}\nOptioneel: {x.dept()}\n"
        f"Toelichting: bespreken van het verzoek van {x.full(r)} ({x.phone()})."
    )


@t
def minutes_kitchen(x: Ctx) -> str:
    r1, r2, kid, m = x.person(), x.person(), x.person(), x.person()
    return (
        f"Verslag keukentafelgesprek {x.date()}\nAanwezig: {x.full(r1)} en {x.full(r2)} (bewoners), "
        f"{x.full(m)} (bemiddelaar)\nAfwezig: {x.dept()} (afgemeld)\n\n{x.first(r1)} vertelt dat {x.first(kid)} "
        f"sinds de verhuizing niet meer naar de opvang gaat. {x.first(r2)} vindt dat de gemeente te traag is met "
        f"de {x.scheme()}. Afgesproken dat {x.first(m)} voor {x.weekday()} belt met {x.body()}."
    )


@t
def minutes_team(x: Ctx) -> str:
    a, b, r1, r2 = x.person(), x.person(), x.person(), x.person()
    return (
        f"Notulen casusoverleg {x.dept()} {x.date()}\nDeelnemers: {x.init(a)}, {x.init(b)}, {x.body()}\n"
        f"1. {x.initials_only(r1)}: wacht op besluit {x.scheme()}, bellen voor {x.weekday()}\n"
        f"2. {x.initials_only(r2)}: dossier compleet, afsluiten\n3. rondvraag: geen"
    )


# ----------------------------------------------------------------- neighbour disputes with several families


@t
def dispute_families(x: Ctx) -> str:
    f1, f2 = x.person(), x.person()
    k1, k2, k3 = x.person(), x.person(), x.person(gender="f")
    n = x.rng.randint(2, 40)
    return (
        f"{K('Burenruzie')} {x.street_only()}: fam. {x.sur(f1)} nr. {n} en fam. {x.sur(f2)} nr. {n + 2}. De kinderen "
        f"{x.first(k1)} (9) en {x.first(k2)} (11) van {x.sur(f1)} spelen voetbal tegen de schutting, volgens "
        f"{x.title(f2)} al maanden. {x.first(k3)}, de dochter van {x.sur(f2)}, zou de bal hebben lekgestoken. "
        f"Voorstel: samen om tafel in {x.building()}."
    )


@t
def dispute_families2(x: Ctx) -> str:
    f1, f2, f3 = x.person(), x.person(), x.person()
    k1, k2 = x.person(), x.person()
    return (
        f"melding: ruzie tussen drie gezinnen in het portiek van {x.addr()}. Fam. {x.sur(f1)} klaagt over de "
        f"hond van {x.sur(f2)}; {x.sur(f3)} zegt dat {x.first(k1)} en {x.first(k2)} elke middag in het trappenhuis "
        f"zitten. Wijkagent is ingelicht. {x.corp()} komt op {x.weekday()} langs."
    )


@t
def dispute_children(x: Ctx) -> str:
    m, k1, k2, nb = x.person(gender="f"), x.person(), x.person(), x.person()
    return (
        f"{x.poss(k1)} fiets is weer gestolen uit de gezamenlijke berging zegt {x.title(m)}. Ze denkt dat "
        f"{x.first(k2)} van de overkant (fam. {x.sur(nb)}) er meer van weet. Buren zijn het eens dat er een "
        f"slot op de berging moet, {x.corp()} betaalt."
    )


# ----------------------------------------------------------------- housing corporation / lawyer letters


@t
def corp_letter(x: Ctx) -> str:
    r, o = x.person(), x.person()
    cue, nr = x.case()
    return (
        f"{x.corp()}\n{x.postbus()}\n\n{x.title(r)}\n{x.addr()}\n{x.postcode()} {x.town()}\n\n{cue}: {nr}\n\n"
        f'Geachte {x.title(r)},\n\nU schreef ons op {x.date()}: "Ik woon hier al jaren met schimmel en '
        f'niemand doet iets." Wij begrijpen uw zorg. Onze {K("opzichter")} {x.full(o)} komt bij u langs.\n\n'
        f"Met vriendelijke groet,\n{x.full(o)}\nOpzichter"
    )


@t
def lawyer_letter(x: Ctx) -> str:
    r, adv = x.person(), x.person()
    return (
        f"{x.law()}\n\nBetreft: cliënte {x.full(r)}, geboren {x.dob()}\n\nNamens cliënte maak ik bezwaar tegen "
        f'de terugvordering van {x.amount()}. Cliënte verklaart: "Ik heb alles op tijd doorgegeven, ik heb '
        f'de mails nog." Haar BSN is {x.bsn()}. Ik verzoek u de invordering op te schorten.\n\n'
        f"mr. {x.full(adv)}\nadvocaat"
    )


@t
def lawyer_letter2(x: Ctx) -> str:
    r, adv = x.person(gender="m"), x.person()
    return (
        f"Geachte heer, mevrouw,\n\nIn de zaak van mijn cliënt, de heer {x.sur(r)}, wonende te "
        f"{x.addr()}, verwijs ik naar het gesprek met uw medewerker op {x.date()}. Mijn cliënt zei toen letterlijk: "
        f"'ik wil gewoon dat mijn kinderen een dak boven hun hoofd hebben'. Hij is te bereiken via mijn kantoor.\n\n"
        f"Hoogachtend,\nmr. {x.init(adv)}"
    )


# ----------------------------------------------------------------- social media


@t
def social_post(x: Ctx) -> str:
    r = x.person()
    h = x.handle(r)
    return (
        f"{h}: al 3 weken geen afvalophaal in de {x.street_only()} en de {x.gemeente()} reageert niet "
        f"#{x.gm[0].replace(' ', '').lower()} #afval {K('@' + x.gm[0].replace(' ', '') + 'Gemeente')}"
    )


@t
def social_post2(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"{x.handle(r)} schreef: shoutout naar {x.first(o)} van het {x.dept()}!! eindelijk iemand die luistert "
        f"#wijkteam #dankjewel\n\nreactie {x.handle(x.person())}: bij mij ook zo gegaan, stuur haar een dm"
    )


@t
def social_post3(x: Ctx) -> str:
    r = x.person()
    return (
        f"Facebookgroep {K('Buurt ' + x.pick(['Noord', 'Oost', 'Zuid', 'West']))}: wie weet wie de witte bus "
        f"met kenteken "
        f"{x.plate()} steeds op de stoep zet bij {x.addr()}? ik heb al gebeld met {x.body()} en het "
        f"{x.dept()} - {x.first(r)}"
    )


# ----------------------------------------------------------------- referral form


@t
def referral(x: Ctx) -> str:
    r, o, kid = x.person(), x.person(), x.person(gender="m")
    return (
        f"Verwijzing naar {x.dept()}\nVerwijzer: {x.full(o)}, {x.work_email(o)}\nCliënt: {x.full(r)}, "
        f"geb. {x.dob()}\nAdres: {x.addr()}, {x.postcode()} {x.town()}\nTelefoon: {x.phone()}\n"
        f"Gezinssituatie: alleenstaand met zoon {x.first(kid)} ({x.rng.randint(3, 16)})\nReden: schulden, "
        f"dreigende huisuitzetting, hulp nodig bij aanvraag {x.scheme()}"
    )


@t
def referral2(x: Ctx) -> str:
    r, r2 = x.person(gender="f"), x.person(gender="m")
    return (
        f"aanmelding sociaal werk via {x.body()}. mevrouw is bekend bij de {x.body()} en heeft een "
        f"achterstand bij {x.corp()}. partner {x.full(r2)} woont niet meer thuis. contact via dochter op "
        f"{x.mobile()}. hoofdaanvrager: {x.full(r)}, bsn {x.bsn()}"
    )


# ----------------------------------------------------------------- SMS


@t
def sms(x: Ctx) -> str:
    r = x.person()
    return (
        f"SMS aan {x.mobile()}: Beste {x.first(r)}, herinnering: morgen {x.time()} gesprek in {x.building()}. "
        f"Verhinderd? Bel {x.gm_number()}. Gr. {x.dept()}"
    )


@t
def sms2(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"sms van {x.phone()} ({x.first(r)}): ik kan {x.weekday()} niet, kan het ook {x.weekday()}? groet\n"
        f"antwoord {x.first(o)}: prima, zelfde tijd"
    )


# ----------------------------------------------------------------- visitor list


@t
def visitors(x: Ctx) -> str:
    a, b, c_, d = x.person(), x.person(), x.person(), x.person()
    return (
        f"bezoek {x.date()}:\n- {x.time()} {x.full(a)} (inloop, vraag over {x.scheme()})\n- {x.time()} "
        f"{x.title(b)} + tolk\n- {x.time()} {x.caps(c_)}, zonder afspraak\n- {x.time()} {x.first(d)} ivm "
        f"brief {x.body()}"
    )


@t
def visitors2(x: Ctx) -> str:
    a, b, c_ = x.person(), x.person(), x.person()
    return (
        f"Bezoekers spreekuur {x.building()} ({x.weekday()}): {x.init(a)}; {x.title(b)}; {x.lower(c_)}. "
        f"Allen doorverwezen naar het {x.dept()}."
    )


# ----------------------------------------------------------------- mediator logs


@t
def log_short(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"{x.pick(['ma', 'di', 'wo', 'do', 'vr'])} {x.short_date()} gebeld met {x.title(r)}, boos over "
        f"{x.scheme()}. tel. {x.phone()}. doorgezet naar {x.first(o)} ({x.dept()})."
    )


@t
def log_initials(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"{x.short_date()}: {x.initials_only(r)} belt opnieuw. Nog steeds geen reactie van {x.body()}. "
        f"Afgesproken dat ik {x.sur(o)} mail. {x.short_date()}: {x.initials_only(r)} tevreden, zaak dicht."
    )


@t
def log_long(x: Ctx) -> str:
    r, p2, o = x.person(), x.person(), x.person()
    cue, nr = x.case()
    return (
        f"Logboek {cue} {nr}\n{x.short_date()} intake met {x.full(r)} en partner {x.first(p2)} bij hen thuis "
        f"({x.addr()}). Veel post ongeopend. {x.short_date()} met {x.init(o)} van {x.dept()} gesproken: "
        f"aanvraag {x.scheme()} staat nog open. {x.short_date()} {x.first(r)} belt huilend, dreigt afsluiting."
    )


# ----------------------------------------------------------------- agreements


@t
def agreement(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Afgesproken met {x.full(o)} ({x.dept()}) dat de terugvordering bij {x.title(r)} wordt stopgezet tot "
        f"{x.date()}. {x.sur(o)} stuurt een bevestiging naar {x.email(r)}."
    )


@t
def agreement2(x: Ctx) -> str:
    a, b, m = x.person(), x.person(), x.person()
    return (
        f"{K('Vaststellingsovereenkomst')}\nPartij 1: {x.full(a)}, {x.addr()}\nPartij 2: {x.full(b)}, {x.addr()}\n"
        f"Bemiddelaar: {x.full(m)}\n\n1. {x.sur(a)} haalt de {K('schutting')} binnen {K('zes weken')} weg.\n"
        f"2. {x.sur(b)} "
        f"betaalt de helft, {x.amount()}.\n3. Bij nieuwe ruzie eerst contact met {x.dept()}."
    )


@t
def agreement3(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"we hebben afgesproken dat {x.first(r)} voortaan zelf de post openmaakt en dat {x.first(o)} van het "
        f"{x.dept()} elke {x.weekday()} meekijkt. de {x.scheme()} aanvraag gaat {x.date()} de deur uit."
    )


# ----------------------------------------------------------------- mails and signatures


@t
def mail_signature(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Beste {x.title(r)},\n\nHierbij de toegezegde uitleg over de {x.scheme()}. Bij vragen hoor ik het graag."
        f"\n\nMet vriendelijke groet,\n\n{x.full(o)}\nConsulent {x.dept()}\n{x.gemeente()}\nT {x.landline()}\n"
        f"E {x.work_email(o)}\nWerkdagen: ma, di, do"
    )


@t
def mail_forward(x: Ctx) -> str:
    a, b, r = x.person(), x.person(), x.person(gender="f")
    return (
        f"---------- Doorgestuurd bericht ---------\nVan: {x.full(a)} <{x.work_email(a)}>\nDatum: {x.date()}\n"
        f"Onderwerp: FW: vraag {x.sur(r)}\nAan: {x.full(b)}\n\n{x.first(b)}, kun jij hiernaar kijken? "
        f"{x.title(r)} belde net weer, ze is erg boos.\n\n> Van: {x.email(r)}\n> ik wacht al 8 weken op "
        f"antwoord over mijn {x.scheme()}!!"
    )


@t
def mail_resident(x: Ctx) -> str:
    r, kid = x.person(), x.person(gender="f")
    return (
        f"goedendag,\nmijn naam is {x.full(r)} en ik heb een vraag over het {x.scheme()} voor mijn dochter "
        f"{x.first(kid)}, zij is geboren op {x.dob(child=True)}. wie kan mij helpen? u kunt mij bellen op "
        f"{x.phone()} na 16 uur.\ngroetjes"
    )


@t
def mail_reply_chain(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Op {x.weekday()} {x.date()} schreef {x.full(r)} <{x.email(r)}>:\n> dank u wel voor het gesprek\n\n"
        f"Graag gedaan {x.title(r)}. Ik heb het doorgezet naar {x.body()}.\nGroet, {x.first(o)}"
    )


@t
def mail_out_of_office(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f"Automatisch antwoord: ik ben afwezig tot en met {x.date()}. Voor dringende zaken kunt u contact "
        f"opnemen met mijn collega {x.full(b)} via {x.work_email(b)} of met het {x.dept()} via "
        f"{x.gm_number()}.\n{x.full(a)}"
    )


# ----------------------------------------------------------------- WhatsApp, chat


@t
def whatsapp(x: Ctx) -> str:
    r, m = x.person(), x.person()
    d = x.short_date()
    h = x.rng.randint(8, 20)
    t1, t2, t3 = (f"{h}:{mi:02d}" for mi in sorted(x.rng.sample(range(60), 3)))
    return (
        f"[{d} {t1}] {x.first(r)}: hoi {x.first(m)} de brief van {x.body()} is er\n"
        f"[{d} {t2}] {x.first(m)}: top! stuur je een foto?\n[{d} {t3}] "
        f"{x.first(r)}: ja. ze willen {x.amount()} terug 😢"
    )


@t
def whatsapp_group(x: Ctx) -> str:
    a, b, c_ = x.person(), x.person(), x.person()
    return (
        f"Groepsapp buurtpreventie\n{x.first(a)}: er loopt weer iemand met een zaklamp bij de garages\n"
        f"{x.first(b)}: ik zie hem ook, bij {x.addr()}\n{x.first(c_)}: politie gebeld, melding gedaan\n"
        f"{x.first(a)}: thx {x.first(c_)}"
    )


@t
def chat_portal(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Chat {x.www()} {x.time()}\nBezoeker: hallo ik ben {x.full(r)}, mijn kenteken {x.plate()} staat "
        f"niet in het parkeersysteem\nMedewerker ({x.first(o)}): dag {x.title(r)}, ik kijk even mee. "
        f"Welke vergunning heeft u?"
    )


# ----------------------------------------------------------------- complaint, phone note, case note


@t
def complaint_export(x: Ctx) -> str:
    r = x.person()
    return (
        f"Klachtformulier (export)\nnaam melder ........ {x.full(r)}\ne-mail ............. {x.email(r)}\n"
        f"omschrijving ....... al weken stank uit het riool bij {x.street_only()} hoek "
        f"{x.street_only()}, ook op {x.holiday()} niemand bereikbaar\ngewenste oplossing  iemand die komt kijken"
    )


@t
def phone_note(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Telefoonnotitie {x.date()}\nBeller: {x.title(r)} ({x.phone()})\nVoor: {x.full(o)}\n"
        f"Boodschap: wil weten waarom de {x.scheme()} is stopgezet. Graag terugbellen tussen {K('9 en 12')}."
    )


@t
def phone_note2(x: Ctx) -> str:
    r, rel = x.person(gender="f"), x.person(gender="m")
    return (
        f"tel. gesprek met broer van {x.title(r)}, {x.first(rel)}, woont over de grens ({x.foreign_addr()}) en "
        f"belt namens haar. Nummer broer: {x.foreign_phone()}."
        f" Hij heeft een volmacht en komt {x.weekday()} naar {x.ktown()}."
    )


@t
def case_note(x: Ctx) -> str:
    r, p2 = x.person(), x.person()
    return (
        f"Casusbeschrijving: {x.full(r)} ({x.rng.randint(24, 80)}) woont met {x.first(p2)} op {x.addr()}. "
        f"Inkomen uit {x.body()}, {x.amount()} per maand. Schulden bij {x.body()} en {x.corp()}."
    )


@t
def case_note_family_abroad(x: Ctx) -> str:
    r, m = x.person(), x.person(gender="f")
    return (
        f"De moeder van {x.full(r)}, {x.full(m)}, woont over de grens op {x.foreign_addr()} en wil de "
        f"mantelzorg overnemen. {x.sur(r)} vraagt of dat gevolgen heeft voor de {x.scheme()}."
    )


# ----------------------------------------------------------------- PDF paste, markdown, transcript, misc


@t
def pdf_paste(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"Pagina 1 van 2\n{x.gemeente()} | {x.postbus()} | {x.www()}\nAan de heer/mevrouw\n{x.caps(r)}\n"
        f"{x.addr()}\n{x.postcode()}  {x.town().upper()}\nDatum {x.date()}\nOnderwerp beschikking "
        f"{x.scheme()}\nBehandeld door {x.init(o)}"
    )


@t
def markdown_table(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f"| bewoner | straat | vraag |\n|---|---|---|\n| {x.full(a)} | {x.street_only()} | {x.scheme()} |\n"
        f"| {x.full(b)} | {x.street_only()} | afval |"
    )


@t
def transcript(x: Ctx) -> str:
    r, m = x.person(), x.person()
    return (
        f"Gespreksverslag (letterlijk)\n{x.sur(m).upper()}: Goedemiddag, u spreekt met {x.full(m)}.\n"
        f"{K('BEWONER')}: Ja, met {x.full(r)}, ik bel over die brief.\n{x.sur(m).upper()}: Welke brief bedoelt u?\n"
        f"BEWONER: Van de {x.scheme()}, over {x.amount()}."
    )


@t
def parentheses(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"De {K('melder')} ({x.full(r)}) wil niet dat de buren weten wie heeft gebeld. "
        f"{K('Handhaver')} ({x.init(o)}) gaat "
        f"{x.weekday()} kijken bij {x.street_only()}."
    )


@t
def nickname(x: Ctx) -> str:
    from h5ctx import Person
    from h5pools import NICKNAMES

    base = x.person(gender="m")
    first = x.pick([n for n in NICKNAMES if n not in ("Anne-Fleur", "Wilma", "Aleksandra", "Tsvetelina", "Kimberley")])
    r = Person(first, base.sur, "m", "gs")
    nk = x.nick(r)
    alias = f" (zegt zelf: noem me maar {nk})" if nk else ""
    return (
        f"{K('Jongerenwerker')} meldt dat {x.full(r)}{alias} weer op straat slaapt. Hij heeft geen postadres en geen "
        f"uitkering van het {x.body()}. Briefadres aanvragen bij {x.dept()}."
    )


@t
def english_names(x: Ctx) -> str:
    r = x.person(origin=x.pick(["ghanaian", "nigerian", "suri_creole", "other_europe"]), gender="f")
    return (
        f"{x.full(r)} is op {x.date()} met haar twee kinderen in de noodopvang in {x.ktown()} gekomen. "
        f"{x.sur(r)} spreekt "
        f"{K('Engels')}, tolk is niet nodig. Afspraak met {x.body()} op {x.weekday()}."
    )


@t
def arabic_names(x: Ctx) -> str:
    r = x.person(origin=x.pick(["syrian", "iraqi", "moroccan"]))
    o = x.person()
    return (
        f"{K('Statushouder')} {x.full(r)} wacht op gezinshereniging via de {x.body()}. {x.title(r)} heeft een kamer "
        f"op {x.addr()}, te klein voor het gezin. Contactpersoon {x.full(o)}."
    )


@t
def east_asian(x: Ctx) -> str:
    r = x.person(origin=x.pick(["chinese", "vietnamese"]))
    o = x.person()
    return (
        f"{K('Ondernemer')} {x.full(r)} (restaurant aan de {x.street_only()}) krijgt een naheffing "
        f"{K('toeristenbelasting')}. {x.title(r)} zegt dat {x.full(o)} van {x.dept()} iets anders heeft beloofd."
    )


@t
def east_europe(x: Ctx) -> str:
    r, r2 = x.person(origin=x.pick(["polish", "romanian", "bulgarian", "ukrainian"])), x.person()
    return (
        f"{K('Arbeidsmigranten')} in de woning {x.addr()}: {x.full(r)} en {x.full(r2)}. "
        f"Zij werken via een uitzendbureau in "
        f"{x.ktown()} en staan niet ingeschreven in de BRP. {x.dept()} onderzoekt of het pand illegaal wordt verhuurd."
    )


@t
def names_numbers(x: Ctx) -> str:
    f1, f2 = x.person(), x.person()
    return (
        f"Fam. {x.sur(f1)} nr. {x.rng.randint(2, 80)} en {x.sur(f2)} nr. {x.rng.randint(2, 80)} hebben samen "
        f"een boom laten kappen zonder {K('vergunning')}. Boete {x.amount()} elk."
    )


@t
def caps_lower(x: Ctx) -> str:
    a, b = x.person(), x.person()
    return (
        f"LET OP: {x.caps(a)} HEEFT GEBELD, DRINGEND TERUGBELLEN!! ook {x.lower(b)} wacht nog op antwoord "
        f"van {x.dept()}"
    )


@t
def possessives(x: Ctx) -> str:
    k, m = x.person(), x.person(gender="f")
    return (
        f"{x.poss(k)} moeder ({x.full(m)}) wil dat het {x.body()} meekijkt. {x.poss(m)} uitkering is sinds "
        f"{x.date()} stopgezet."
    )


@t
def hyphenated_married(x: Ctx) -> str:
    w = x.person(origin="dutch", gender="f")
    r = x.person()
    married = f"{w.sur.split()[-1]}-{r.sur.split()[-1]}".replace(" ", "")
    x.names.append(married)
    from h5core import mark

    return (
        f"{x.pick(['mevrouw', 'Mevr.', 'mw.'])} {mark('PERSON', married)} belt namens haar man {x.full(r)}. "
        f"Hij ligt in het ziekenhuis en kan de {x.scheme()} niet zelf regelen."
    )


@t
def diacritics(x: Ctx) -> str:
    r = x.person(origin=x.pick(["turkish", "polish", "romanian", "portuguese", "other_europe", "vietnamese"]))
    return (
        f"Let op de juiste spelling: {x.full(r)}, niet zonder accenten. In het vorige besluit stond de naam "
        f"fout, daardoor kon de {x.body()} het niet koppelen."
    )


@t
def horn_africa(x: Ctx) -> str:
    r = x.person(origin=x.pick(["eritrean", "ethiopian", "somali"]))
    i = x.person()
    return (
        f"Gesprek met {x.full(r)} via {K('tolk')} {x.first(i)}. {x.sur(r)} heeft een brief van de {x.body()} niet "
        f"begrepen en is daardoor te laat met bezwaar. Termijn verliep {x.date()}."
    )


@t
def carib(x: Ctx) -> str:
    r = x.person(origin=x.pick(["antillean", "suri_creole", "suri_hindustani", "suri_javanese", "capeverdean"]))
    return (
        f"{x.full(r)} is vanuit {K('Curaçao')} teruggekomen en staat nog niet ingeschreven. Zonder BSN geen "
        f"{x.scheme()}. Afspraak {x.dept()} {x.weekday()} {x.time()}."
    )


@t
def afghan_iran(x: Ctx) -> str:
    r = x.person(origin=x.pick(["afghan", "iranian", "brazilian", "moluccan"]))
    return (
        f"dhr/mw onbekend, naam volgens buren {x.full(r)}, woont boven de {K('bakkerij')} aan de {x.street_only()}. "
        f"Veel verhuizingen, mogelijk onderhuur."
    )


@t
def dob_in_text(x: Ctx) -> str:
    r, kid = x.person(), x.person(gender="m")
    return (
        f"{x.full(r)} (geb. {x.dob()}) vraagt een {x.scheme()} aan voor zoon {x.first(kid)}, "
        f"geboren {x.dob(child=True)}. Aanvraag ontvangen op {x.date()}."
    )


@t
def dob_star(x: Ctx) -> str:
    r = x.person()
    return (
        f"{x.caps(r)} *{x.dob()}\ninschrijving {x.addr()} sinds {x.date()}\nopmerking: {x.body()} "
        f"heeft gegevens opgevraagd"
    )


@t
def plate_text(x: Ctx) -> str:
    r = x.person(gender="m")
    return (
        f"Bewoner {x.title(r)} kreeg een {K('parkeerboete')} voor auto {x.plate()}, terwijl hij een "
        f"{K('gehandicaptenparkeerkaart')} heeft. Op {x.holiday()} was het {x.dept()} dicht."
    )


@t
def iban_text(x: Ctx) -> str:
    r = x.person()
    return (
        f"Graag het geld terugstorten op rekening {x.iban()} t.n.v. {x.init(r)}. Het gaat om {x.amount()} "
        f"dat dubbel is afgeschreven."
    )


@t
def bsn_text(x: Ctx) -> str:
    r = x.person()
    return f"zoals gevraagd mijn burgerservicenummer: {x.bsn()}. mijn naam is {x.full(r)}. het gaat om de {x.scheme()}."


@t
def public_numbers(x: Ctx) -> str:
    r = x.person()
    return (
        f"{x.title(r)} had het gratis nummer {x.public_number()} gebeld, maar werd doorgestuurd naar "
        f"{x.gm_number()}. Uiteindelijk via {x.info_mail()} geholpen."
    )


@t
def day_words(x: Ctx) -> str:
    r = x.person()
    return (
        f"Vanaf {x.holiday()} is {x.building()} op {x.weekday()} gesloten. {x.first(r)} vraagt of de "
        f"inloop dan op {x.weekday()} kan. Reactie volgt voor {x.date()}."
    )


@t
def short_names(x: Ctx) -> str:
    from h5core import mark

    first = x.pick(["Bo", "Ali", "Ed", "Li", "Jo", "Ay", "Mo"])
    r = x.person()
    x.names.append(first)
    return (
        f"{mark('PERSON', first)} (buurjongen, {x.rng.randint(12, 17)}) helpt {x.title(r)} met boodschappen. "
        f"{x.title(r)} wil hem iets betalen en vraagt of dat mag naast de {x.scheme()}."
    )


# ----------------------------------------------------------------- more shapes: words as names, officials, typos


def _word_use(x: Ctx, word: str) -> str:
    from h5known import WORD_USE, ordinary

    return ordinary(x.pick(WORD_USE[word]), word)


@t
def word_surname(x: Ctx) -> str:
    from h5known import WORDS_SUR

    base = x.person(word=0.0)
    sur = x.pick(WORDS_SUR)
    from h5ctx import Person

    p = Person(base.first, sur, base.gender, "gs")
    return (
        f"Melding van {x.full(p)} over de {x.street_only()}: {_word_use(x, sur)} {x.title(p)} wil dat "
        f"{x.dept()} vóór {x.holiday()} komt kijken."
    )


@t
def word_firstname(x: Ctx) -> str:
    from h5known import WORDS_FIRST

    base = x.person(word=0.0)
    from h5ctx import Person

    p = Person(x.pick(WORDS_FIRST), base.sur, base.gender, "gs")
    return f"{x.first(p)} belde om {x.time()}. {_word_use(x, p.first)} Terugbellen op {x.phone()}."


@t
def officials_function(x: Ctx) -> str:
    a, b, r = x.person(), x.person(), x.person()
    fa = x.pick(["consulent", "handhaver", "wijkcoach", "klantmanager", "jurist", "boa"])
    fb = x.pick(["teamleider", "beleidsadviseur", "wijkagent", "casemanager"])
    return (
        f"Volgens {K(fa)} {x.sur(a)} is het dossier compleet, maar {K(fb)} {x.sur(b)} ziet dat anders. "
        f"{x.title(r)} zit er tussenin en weet niet meer wie er gebeld moet worden."
    )


@t
def typos_run_on(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"hoi ik heb gebelt met {x.lower(o)} van de gemeete en die zij dat ik ff moest mailen dus bij deze "
        f"ik heb nog steeds geen afsrpaak voor de {x.scheme()} en het is al {x.pick(MONTHS_KEEP)} zsm graag "
        f"mvg {x.first(r)}"
    )


@t
def dob_no_cue(x: Ctx) -> str:
    m, k1, k2 = x.person(gender="f"), x.person(), x.person()
    return (
        f"Gezin {x.sur(m)}: moeder {x.first(m)}, kinderen {x.first(k1)} ({x.dob(child=True)}) en "
        f"{x.first(k2)} ({x.dob(child=True)}). Aanvraag {x.scheme()} ontvangen {x.date()}."
    )


@t
def corner_slash(x: Ctx) -> str:
    r = x.person()
    return (
        f"gevaarlijke oversteek hoek {x.street_only()}/{x.street_only()}, al {K('twee ongelukken')} dit jaar. "
        f"melder {x.init(r)} wil een {K('zebrapad')}. doorgezet naar {x.dept()} op {x.weekday()}."
    )


@t
def ould_bin(x: Ctx) -> str:
    from h5ctx import Person

    sur = x.pick(
        ["ould Abdallah", "ould Cheikh", "bin Saleh", "bin Laden-Haddou", "al-Rashid", "el-Ouardi", "Abu Zaid"]
    )
    first = x.pick(["Mohamed Lemine", "Sidi", "Aicha", "Mariem", "Khalid", "Salma"])
    p = Person(first, sur, "f" if first in ("Aicha", "Mariem", "Salma") else "m", "gs")
    return (
        f"Bij het spreekuur kwam {x.full(p)} met een brief van de {x.body()}. {x.title(p)} heeft geen "
        f"rekening meer sinds {x.pick(MONTHS_KEEP)}; uitbetaling via een kennis."
    )


@t
def month_names(x: Ctx) -> str:
    from h5ctx import Person

    base = x.person(word=0.0)
    p = Person(x.pick(["Juni", "April", "Mei"]), base.sur, "f", "gs")
    month = x.pick(MONTHS_KEEP)
    return (
        f"{x.full(p)} vraagt of de {x.scheme()} vanaf {K(month)} kan ingaan. Eerder is {K('in maart')} "
        f"al een voorschot betaald. {x.poss(p)} dochter helpt met de formulieren."
    )


MONTHS_KEEP = ["januari", "februari", "augustus", "september", "oktober", "november", "december", "juli"]


# ----------------------------------------------------------------- more rare genres

_NUMWORDS = ["drie", "zeven", "elf", "veertien", "eenentwintig", "zevenentwintig", "achtendertig", "tweeënvijftig"]


@t
def letter_numbers_written(x: Ctx) -> str:
    r, d = x.person(), x.person(gender="f")
    return (
        f"beste mensen van de gemeente ik ben {x.full(r)} en woon in de {x.street_only()} nummer "
        f"{x.pick(_NUMWORDS)} al sinds negentien zevenentachtig mijn dochter {x.first(d)} komt twee keer in de "
        f"week maar zij kan ook niet alles doen ik heb hulp nodig met de {x.scheme()} alstublieft"
    )


@t
def end_report(x: Ctx) -> str:
    r, m, o = x.person(), x.person(), x.person()
    cue, nr = x.case()
    return (
        f"Eindverslag bemiddeling ({cue} {nr})\nBemiddelaar: {x.full(m)}\nSituatie: {x.title(r)} kreeg "
        f"tegenstrijdige informatie van {x.dept()} en {x.body()}.\nAfstemming: overleg met {x.init(o)} op "
        f"{x.date()}.\nUitkomst: opgelost. {x.sur(r)} is tevreden.\nLeerpunt: één vast aanspreekpunt."
    )


@t
def kb_draft(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"CONCEPT kennisbankartikel (nog niet anonimiseren vergeten!)\nEen inwoner ({x.full(r)}, "
        f"{x.street_only()}) kreeg twee keer een aanslag voor dezelfde container. Na overleg met {x.first(o)} "
        f"van {x.dept()} is de tweede aanslag vernietigd. Les: controleer dubbele adressen."
    )


@t
def objection(x: Ctx) -> str:
    r = x.person()
    cue, nr = x.case()
    return (
        f"BEZWAARSCHRIFT\n\nOndergetekende {x.full(r)}, wonende {x.addr()}, {x.postcode()} {x.town()}, maakt "
        f'bezwaar tegen het besluit van {x.date()} ({cue} {nr}). Ik citeer uw brief: "U komt niet in aanmerking '
        f'voor {x.scheme()}." Dat klopt niet, want mijn inkomen is {x.amount()}.\n\nHandtekening: '
        f"{x.init(r)}"
    )


@t
def teams_chat(x: Ctx) -> str:
    a, b, r = x.person(), x.person(), x.person()
    return (
        f"{x.sur(a)}, {x.first(a)} {x.time()}\nheb jij die mevrouw van de {x.street_only()} nog gesproken? "
        f"{x.sur(r)} toch?\n{x.sur(b)}, {x.first(b)} {x.time()}\nja, ze komt {x.weekday()} naar "
        f"{x.building()}\n{x.sur(a)}, {x.first(a)}\n👍"
    )


@t
def ombudsman_forward(x: Ctx) -> str:
    r, o = x.person(), x.person()
    return (
        f"De {K('Nationale ombudsman')} stuurt ons de klacht van {x.full(r)} door met het verzoek die eerst zelf "
        f"op te pakken. Klager is bereikbaar via {x.email(r)}. Intern behandelaar: {x.init(o)} "
        f"({x.work_email(o)})."
    )
