"""The document shapes of holdout10: one function per shape, each ``(r, did) -> dict``."""

from __future__ import annotations

import random

import core10 as C
import pools10 as P
from core10 import B


def nr(b: B) -> str:
    return C.house_number(b.r)


def low_addr(b: B) -> str:
    return b.x(C.make_street(b.r).lower() + " " + nr(b), "ADDRESS")


def caps_addr(b: B) -> str:
    return b.x(C.make_street(b.r).upper() + " " + nr(b), "ADDRESS")


def slug(b: B, p: C.Person) -> str:
    """The family name as it appears in a file name (lower case, ASCII, no spaces), annotated."""
    return b.x(C.fold(p.last).lower().replace("'", "").replace(" ", ""), "PERSON")


def age(b: B) -> int:
    return b.r.randint(3, 17)


# =============================================================== requests: what residents type


def rq_runon(r: random.Random, did: str) -> dict:
    b = B(r)
    me, nb = b.person(), b.person()
    t = (
        f"hallo ik ben {b.low(me)} en ik woon al {r.randint(2, 19)} jaar op de {low_addr(b)} maar sinds de zomer "
        f"maakt de buurman {b.low(nb, True)} van hiernaast elke nacht herrie met zijn boxen en ik heb al "
        f"gebelt met {b.org()} maar die zeggen ik moet bij jullie zijn voor {b.topic()} dus hierbij. "
        f"bel me maar op {b.phone(False)} want mail lees ik bijna nooit groetjes {b.low(me, True)}"
    )
    return b.doc(did, t)


def rq_whatsapp(r: random.Random, did: str) -> dict:
    b = B(r)
    ts = iter(b.clocks(6))
    me, med = b.person(female=True), b.person()
    part = b.kin(me, False, same_name=r.random() < 0.4)
    d = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-26"
    me_n = b.nick(me) if r.random() < 0.3 else b.x(b.c([me.full(), me.first, me.first + " " + me.last[0]]), "PERSON")
    lines = [
        f"[{d} {next(ts)}] {me_n}: goedemorgen, is er al nieuws over de {b.scheme()}??",
        f"[{d} {next(ts)}] {b.full(med)}: Goedemorgen {b.first(me)}, ik heb gisteren gesproken met "
        f"{b.named(b.person())} van {b.dept()}. Ik verwacht {b.day()} antwoord.",
        f"[{d} {next(ts)}] {me_n}: oke top. mijn man {b.first(part)} kan ook gebeld worden op {b.phone()}",
        f"[{d} {next(ts)}] {me_n}: <Media weggelaten>",
        f"[{d} {next(ts)}] {med.first}: Dank je. Wil je de brief met {b.cue_case()} nog even doorsturen?",
        f"[{d} {next(ts)}] {me_n}: jaaa doe ik vanavond 👍",
    ]
    b.first(med)
    return b.doc(did, "\n".join(lines))


def rq_caps(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(), b.person()
    t = (
        f"Ik wil een klacht indienen. IK HEB AL DRIE KEER GEBELD MET {'MEVROUW' if off.female else 'MENEER'} "
        f"{b.x(off.sur().upper(), 'PERSON')} EN NIEMAND BELT TERUG!!! Het gaat over de {b.scheme()} die is "
        f"stopgezet per {b.date(1)}. Mijn naam: {b.caps(me)}, adres {caps_addr(b)} {b.pc()} "
        f"{b.town()}. Tel {b.phone()}."
    )
    return b.doc(did, t)


def rq_nonnative(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person(b.c(["arabic", "eritrean", "afghan", "somali", "kurdish", "ukrainian"]))
    son, off = b.kin(me, False), b.person(female=True)
    t = (
        f"Goedendag. Mijn naam is {b.full(me)}, ik kom van {b.c(['Syrië', 'Eritrea', 'Afghanistan', 'Oekraïne'])} "
        f"en woon nu {r.randint(1, 4)} jaar in {b.town()}, adres {b.addr()}. Mijn zoon {b.first(son)} heeft nog geen "
        f"school plek, hij is {age(b)} jaar. Ik heb gesproken met {b.named(off)} maar ik begrijp niet goed wat zij "
        f"zegt over de {b.scheme()}. Kan iemand helpen mij, liefst met tolk. Mijn telefoon {b.phone()}, "
        f"email {b.email(me)}. Dank u wel veel."
    )
    return b.doc(did, t)


def rq_flemish(r: random.Random, did: str) -> dict:
    b = B(r)
    me, ll = b.person("flemish"), b.person()
    t = (
        f"Beste, ge moet weten dat ik hier al sinds {b.date(1)} op antwoord wacht. Mijnen huisbaas, "
        f"ne zekere {b.full(ll)}, wil de {b.topic()} niet oplossen en zegt dat het de schuld is van de gemeente. "
        f"Allee, ik weet het ook niet meer. Ge kunt mij bereiken op {b.phone(True)} of op mijn Nederlands nummer "
        f"{b.phone(False)}. Met vriendelijke groeten, {b.full(me)} ({b.addr()}, {b.town()})"
    )
    return b.doc(did, t)


def rq_voicemail(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(), b.person()
    t = (
        f"[voicemail, uitgeschreven door KCC] ja goeiemiddag u spreekt met eh {b.full(me)}, eh ik bel over die "
        f"brief van {b.dept()}, eh met dat nummer {b.case()}, eh {b.first(off)} zou mij terugbellen maar dat is "
        f"niet gebeurd. eh mijn nummer is {b.phone()}, nogmaals {b.phone() if r.random() < 0.5 else 'dat nummer'}, "
        f"ik ben thuis na drieën. ja. dank u. doei."
    )
    return b.doc(did, t)


def rq_form(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person()
    t = (
        f"naam: {b.low(me)}\nadres: {b.addr()}\npostcode {b.pc()}  plaats {b.town()}\n"
        f"tel nr {b.phone()}\ngeboren {b.dob()}\nmail: {b.email(me)}\n"
        f"wat is er aan de hand: ik krijg steeds een {b.topic()} terwijl ik alles heb betaald via {b.iban()}, "
        f"kan iemand dat uitzoeken?\nmet welke afdeling had u al contact: {b.dept()}"
    )
    return b.doc(did, t)


def rq_neighbours(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, d, me = b.person(), b.person(), b.person(), b.person()
    st = C.make_street(r)
    t = (
        f"Namens een groep bewoners van de {b.street(st)}: het gaat om de families {b.sur(a, True)}, "
        f"{b.sur(c, True)} en {b.sur(d, True)}, allemaal op de even kant. Sinds de werkzaamheden van "
        f"{b.org()} staat het water in de tuin. {b.sur(a, True)} heeft foto's. Contactpersoon ben ik, "
        f"{b.full(me)}, {b.x(st + ' ' + nr(b), 'ADDRESS')}, tel. {b.phone()}."
    )
    return b.doc(did, t)


def rq_family(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person(female=False)
    wife = b.kin(me, True, same_name=r.random() < 0.5)
    kids = [b.kin(me) for _ in range(3)]
    t = (
        f"Mijn vrouw {b.first(wife)} en ik ({b.first(me)}) hebben drie kinderen: {b.first(kids[0])}, "
        f"{b.first(kids[1])} en {b.first(kids[2])}. {b.first(kids[2])} is geboren op {b.dob(True)} en heeft "
        f"{b.c(['autisme', 'astma', 'een beperking'])}. Voor het {b.scheme()} moesten we alles opnieuw aanleveren, "
        f"terwijl {b.named(b.person())} van {b.dept()} op {b.date(0)} zei dat het rond was. "
        f"Groet, fam. {b.sur(me, True)}"
    )
    return b.doc(did, t)


def rq_plate(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person()
    t = (
        f"ik heb een boete gekregen voor mijn auto ({b.plate()}) maar ik had gewoon een "
        f"{b.k('parkeervergunning')}!! de handhaver zei dat mijn kenteken niet in het systeem stond. "
        f"mijn vorige auto was de {b.plate()}, misschien staat die er nog in? {b.low(me, True)} "
        f"({b.phone()})"
    )
    return b.doc(did, t)


def rq_money(r: random.Random, did: str) -> dict:
    b = B(r)
    me, bw = b.person(), b.person()
    t = (
        f"Goeiedag, kunt u het teveel betaalde bedrag terugstorten op {b.iban()} t.n.v. {b.ini(me)}? "
        f"Mijn BSN is {b.bsn()}. Mijn bewindvoerder {b.full(bw)} ({b.email(bw)}) weet ervan. Het gaat om "
        f"de {b.scheme()} van {b.k(['€ 312,50', '€ 88,-', '€ 1.240', '€ 45,00'])}. Bvd, {b.first(me)}"
    )
    return b.doc(did, t)


def rq_behalf(r: random.Random, did: str) -> dict:
    b = B(r)
    mom = b.person(b.c(["turkish", "moroccan", "hindustani", "chinese", "vietnamese"]), female=True)
    me = b.kin(mom, same_name=r.random() < 0.7)
    t = (
        f"Ik schrijf namens mijn moeder, {b.full(mom)} (geboren {b.dob()}), zij spreekt weinig Nederlands. "
        f"Ze woont op {b.addr()} in {b.town()}. Sinds {b.date(1)} is haar {b.scheme()} gestopt en ze krijgt "
        f"brieven die ze niet snapt. Wilt u contact opnemen met mij, {b.full(me)}, via {b.phone()}? "
        f"Mijn moeder heeft een {b.k('machtiging')} getekend."
    )
    return b.doc(did, t)


def rq_typos(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(), b.person()
    t = (
        f"geachte,, ik heb op {b.day()} gebeld met {b.named(off)} maar die zij dat ik een formulier moest "
        f"invulle want de {b.scheme()} loopt niet meer. maar ik heb dat formulier al gestuurt op {b.date(2)}!! "
        f"ik snap er niks meer van. mvg {b.full(me)} , {b.addr()}"
    )
    return b.doc(did, t)


def rq_questions(r: random.Random, did: str) -> dict:
    b = B(r)
    a, me = b.person(), b.person()
    t = (
        f"Wie is {b.full(a)} eigenlijk? Waarom belt {b.first(a)} mij op zondag? En waarom weet "
        f"{b.sur(a)} meer over mijn {b.scheme()} dan ik zelf? Ik wil graag weten wie er in mijn dossier kijkt. "
        f"{b.full(me)}, {b.email(me)}"
    )
    return b.doc(did, t)


def rq_polish(r: random.Random, did: str) -> dict:
    b = B(r)
    me, boss = b.person("polish"), b.person()
    t = (
        f"Dzień dobry, ik ben {b.full(me)}, ik werk bij uitzendbureau en mijn baas {b.named(boss)} zegt ik moet "
        f"inschrijven bij gemeente. Maar ik woon op adres van uitzendbureau, {b.addr()}, {b.pc()} {b.town()}, "
        f"met 8 personen. Is dat goed? Mój numer: {b.phone()}. Dziękuję, {b.first(me)}"
    )
    return b.doc(did, t)


def rq_turkmix(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person("turkish")
    abi = b.kin(me, False)
    t = (
        f"merhaba, ik ben {b.low(me, True)}, mijn abi {b.first(abi)} heeft gezegd dat ik jullie moet mailen. "
        f"de {b.topic()} in ons huis is echt erg, kinderen zijn ziek. verhuurder zegt wallahi niet mijn probleem. "
        f"we wonen {low_addr(b)}. tel {b.phone()} tesekkürler"
    )
    return b.doc(did, t)


def rq_official_names(r: random.Random, did: str) -> dict:
    b = B(r)
    cop, off, me = b.person(), b.person(), b.person()
    t = (
        f"Er is al van alles gebeurd: de wijkagent, {b.full(cop)}, is twee keer langs geweest, en "
        f"{b.first(off)} van {b.dept()} heeft beloofd dat er een {b.misc()} komt. {b.sur(cop, True)} zei zelf dat "
        f"het zo niet langer kan. Toch gebeurt er niets. Ik ben {b.full(me)} en woon op {b.addr()}."
    )
    return b.doc(did, t)


def rq_followup(r: random.Random, did: str) -> dict:
    b = B(r)
    me, med = b.person(), b.person()
    t = (
        f"Re: uw verzoek tot afstemming ({b.cue_case()})\n\nhoi {b.first(med)}, sorry voor de late reactie. "
        f"hierbij de foto's van de {b.topic()}. de verhuurder ({b.org()}) is nog steeds niet geweest. "
        f"ik ben er {b.day()} en {b.day()} na 16u.\n\ngroetjes,\n{b.first(me)}\n{b.phone()}\n\n"
        "Verstuurd vanaf mijn iPhone"
    )
    return b.doc(did, t)


def rq_elderly(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person(female=True)
    late, dr = b.kin(me, False), b.person()
    t = (
        f"Geachte heer of mevrouw,\n\nMijn naam is {b.full(me)}, ik ben {r.randint(78, 94)} jaar en sinds het "
        f"overlijden van mijn man {b.first(late)} woon ik alleen op {b.addr()}. Mijn huisarts, dokter "
        f"{b.sur(dr, True)}, vindt dat ik een {b.k('traplift')} nodig heb. De aanvraag is afgewezen. Ik begrijp "
        f"de brief niet. Mijn kleinzoon helpt mij met deze mail.\n\nHoogachtend,\n{b.ini(me)}"
    )
    return b.doc(did, t)


def rq_bullets(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(3)]
    me = b.person()
    t = (
        f"wat er allemaal mis ging:\n- {b.full(ps[0])} van {b.org()} zou langskomen, kwam niet\n"
        f"- {b.named(ps[1])} ({b.dept()}) zei dat het dossier kwijt was\n"
        f"- mijn buurvrouw {b.first(ps[2])} heeft alles gezien en wil getuigen\n"
        f"- sinds {b.date(0)} geen {b.scheme()} meer\nik ben {b.full(me)}, {b.phone()}"
    )
    return b.doc(did, t)


def rq_chatline(r: random.Random, did: str) -> dict:
    b = B(r)
    ts = iter(b.clocks(5))
    me, x = b.person(), b.person()
    t = (
        f"{next(ts)} - {b.first(me)}: is dit de goeie plek voor klacht?\n"
        f"{next(ts)} - Chatbot: Ja, u kunt hier een verzoek tot afstemming doen.\n"
        f"{next(ts)} - {me.first}: ok. het gaat om {b.named(x)} die mijn {b.scheme()} heeft stopgezet\n"
        f"{next(ts)} - {me.first}: mijn bsn is {b.bsn()} en ik woon {b.addr()}\n"
        f"{next(ts)} - Chatbot: Dank u. Een bemiddelaar neemt contact op via {b.k(P.NUM14)}."
    )
    return b.doc(did, t)


def rq_kid_school(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person(female=False)
    kid, lp = b.kin(me, True), b.person()
    t = (
        f"Onze dochter {b.full(kid)} ({age(b)}, geb. {b.dob(True)}) mag niet meer met het {b.k('leerlingenvervoer')} "
        f"mee. Volgens leerplichtambtenaar {b.full(lp)} is de afstand te kort, maar {b.first(kid)} heeft een "
        f"indicatie. Vader: {b.full(me)}, {b.phone()}, {b.email(me)}."
    )
    return b.doc(did, t)


def rq_handle(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person()
    handle = b.x(
        C.fold(me.first).lower() + "_" + C.fold(me.last).lower().split("-")[0][:5] + str(r.randint(1, 99)), "PERSON"
    )
    t = (
        f"Gebruikersnaam: {handle}\nBericht: ik heb mn account aangemaakt als {handle} maar mn echte naam is "
        f"{b.full(me)}. kan dat aangepast worden? ik woon op {b.addr()}, {b.pc()}."
    )
    return b.doc(did, t)


def rq_landlord(r: random.Random, did: str) -> dict:
    b = B(r)
    ll, me = b.person(), b.person()
    part = b.person(female=False)
    t = (
        f"Mijn verhuurder is een particulier: {b.full(ll)}, {b.phone()}. {b.sur(ll, True)} weigert de "
        f"{b.topic()} te repareren. Ik heb het huurcontract met mijn vriend {b.first(part)} getekend in "
        f"{b.date(1)} en betaal elke maand via {b.iban()}. Kan de gemeente iets doen? {b.full(me)}"
    )
    return b.doc(did, t)


def rq_sms(r: random.Random, did: str) -> dict:
    b = B(r)
    me, med = b.person(), b.person()
    t = (
        f"SMS van {b.phone()} ontvangen {b.date(2)} {b.clock()}:\n"
        f'"Hoi {b.first(med)} met {b.first(me)} hier vd {b.street()}. kom dr morgen niet uit, kan {b.day()}?"\n'
        f'SMS aan {me.first}: "Prima, {b.day()} {b.clock()} bij {b.place()}. Gr {med.first}"'
    )
    return b.doc(did, t)


def rq_english_mix(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(b.c(["british", "nigerian", "ghanaian", "southasian", "filipino"])), b.person()
    t = (
        f"Hello, sorry my Dutch is not so good. My name is {b.full(me)} and I live at {b.addr()}, {b.pc()}. "
        f"I got a letter about {b.topic()} from {b.named(off)}. I called {b.k(P.NUM14)} but they said "
        f"ik moet een verzoek doen hier. My number is {b.phone()}. Thank you, {b.first(me)}"
    )
    return b.doc(did, t)


def rq_antillean(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person("antillean")
    kid = b.kin(me, False)
    t = (
        f"Bon dia, ami ta {b.full(me)}. Ik woon sinds {b.date(1)} in {b.town()} met mijn zoon {b.first(kid)}. "
        f"De {b.scheme()} is nog niet geregeld, ik heb alles ingeleverd bij {b.dept()}. Mi number ta {b.phone()}. "
        f"Danki!"
    )
    return b.doc(did, t)


def rq_split_addr(r: random.Random, did: str) -> dict:
    b = B(r)
    me, x = b.person(), b.person()
    st = C.make_street(r)
    t = (
        f"De overlast komt van nummer {r.randint(2, 90)} op de {b.street(st)}, daar woont {b.full(x)}. "
        f"Ik woon zelf op {b.x(st + ' ' + nr(b), 'ADDRESS')}, dus vlak ernaast. {b.first(x)} laat de hond de hele "
        f"dag blaffen. Ik heb het al gemeld bij {b.dept()}. – {b.full(me)}"
    )
    return b.doc(did, t)


def rq_dictation(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(), b.person()
    t = (
        f"hallo punt mijn naam is {b.low(me)} komma ik woon op de {low_addr(b)} in {b.town().lower()} punt "
        f"ik heb een vraag over de {b.scheme()} vraagteken {b.low(off, True)} van de gemeente zou mij bellen maar "
        f"dat is niet gebeurd punt nieuwe regel mijn nummer is {b.phone(False)} punt groeten {b.low(me, True)}"
    )
    return b.doc(did, t)


def rq_sranan(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person(b.c(["creole", "hindustani", "javanese"]))
    nb = b.person()
    t = (
        f"Odi, mi nen na {b.full(me)}. Ik woon op {b.addr()} en mijn buurvrouw {b.first(nb)} gooit alles over de "
        f"schutting, a no bun. Ik heb het gezegd tegen {b.named(b.person())} van {b.org()} maar no wan sma e "
        f"arki. Mijn nummer: {b.phone()}. Tangi, {b.first(me)}"
    )
    return b.doc(did, t)


def rq_dialect(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(b.c(["dutch", "dutch", "flemish", "word"])), b.person()
    if r.random() < 0.5:
        t = (
            f"Ich höb al drei kier gebeld mit {b.named(off)} van {b.dept()}, mer d'r gebäörtj niks. De "
            f"{b.topic()} is nog altied neet opgelos. Groete, {b.full(me)}, {b.addr()}, {b.phone()}"
        )
    else:
        t = (
            f"Houdoe, ik ben {b.first(me)} {b.x(me.sur(), 'PERSON')} en ik snap er de ballen van. Da "
            f"{b.scheme()} gedoe duurt nou al maanden. Die {b.first(off)} van de gemeente zee dat ik moest wachten. "
            f"Bel mij mar op {b.phone()}, ik woon op {b.addr()}."
        )
    return b.doc(did, t)


def rq_ex(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person(female=True)
    ex = b.person(female=False)
    t = (
        f"Mijn ex-partner {b.full(ex)} (geb. {b.dob()}) staat nog steeds ingeschreven op mijn adres, "
        f"{b.addr()}. Daardoor krijg ik geen {b.scheme()}. {b.sur(ex, True)} woont allang in {b.town()}. "
        f"Zijn auto, de {b.plate()}, staat ook nog op mijn naam. Wat moet ik doen? {b.full(me)}, {b.email(me)}"
    )
    return b.doc(did, t)


def rq_subject(r: random.Random, did: str) -> dict:
    b = B(r)
    me, off = b.person(), b.person()
    t = (
        f"Onderwerp: {b.cue_case()} – {b.full(me)} – {b.topic()}\n\nZie onderwerp. Al {r.randint(3, 12)} "
        f"weken niks gehoord van {b.ini(off)}. Graag actie.\n{b.first(me)}"
    )
    return b.doc(did, t)


def rq_odd_phones(r: random.Random, did: str) -> dict:
    b = B(r)
    me = b.person()
    kid = b.kin(me)
    t = (
        f"u kan mij bellen op {b.phone(False)} (na 18u!!) of anders mijn dochter {b.first(kid)} op "
        f"{b.phone(False)} (alleen whatsapp). vaste lijn {b.phone(False)} werkt niet meer. "
        f"gr. {b.low(me)}"
    )
    return b.doc(did, t)


def rq_gossip(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, d, me = b.person(), b.person(), b.person(), b.person()
    t = (
        f"en toen zei {b.low(a, True)} tegen {b.low(c, True)} dat de gemeente toch niks doet, en {b.low(d)} van "
        f"driehoog zei dat ook al. iedereen hier op de {b.x(C.make_street(r).lower(), 'ADDRESS')} heeft last van de "
        f"{b.topic()}. kunnen jullie niet gewoon een keer komen kijken? {b.low(me, True)}"
    )
    return b.doc(did, t)


# =============================================================== casefiles: mediators' notes


def official(b: B, p: C.Person | None = None) -> str:
    """Name, function, team and municipality of an official."""
    p = p or b.person()
    return f"{b.full(p)} ({b.func()}, {b.dept()}, gemeente {b.town()})"


def cf_timeline(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off, nb = b.person(), b.person(), b.person()
    d = [C.plain_date(r, 3) for _ in range(4)]
    for x in d:
        b.k(x)
    t = (
        f"TIJDLIJN {b.cue_case()}\n"
        f"{d[0]} {b.clock()}  verzoek binnen via portaal, indiener {b.full(res)} ({b.addr()})\n"
        f"{d[1]} {b.clock()}  tel. contact met {b.named(res)}, klacht over {b.topic()} door buren "
        f"({b.full(nb)})\n"
        f"{d[2]} {b.clock()}  mail aan {b.full(off)} ({b.dept()}), cc {b.email(off, True)}\n"
        f"{d[3]} {b.clock()}  {b.sur(off, True)} belt terug: wil eerst huisbezoek"
    )
    return b.doc(did, t)


def cf_gespreksverslag(r: random.Random, did: str) -> dict:
    b = B(r)
    res, part, off, med = b.person(), b.person(), b.person(), b.person()
    t = (
        f"Gespreksverslag {b.date(0)}, {b.place()}\n"
        f"Aanwezig: {b.full(res)} (bewoner), {b.full(part)} (partner), {official(b, off)}, {b.full(med)} "
        f"(bemiddelaar)\n\n"
        f"{b.first(res)} vertelt dat de {b.scheme()} sinds {b.date(1)} is stopgezet. {b.sur(off, True)} legt uit "
        f"dat er een inlichting ontbrak. {b.first(part)} vult aan dat het formulier wel is opgestuurd. "
        f"Afgesproken dat {b.sur(off)} de stukken opnieuw opvraagt bij {b.org()}."
    )
    return b.doc(did, t)


def cf_afspraken(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off, off2 = b.person(), b.person(), b.person()
    rows = [
        f"| {b.ini(off)} | nagaan of {b.scheme()} met terugwerkende kracht kan | {b.date(1)} |",
        f"| {b.full(res)} | bankafschriften aanleveren ({b.iban()}) | {b.day()} |",
        f"| {b.x(off2.initials(1) + off2.last[0], 'PERSON')} | terugbellen op {b.phone()} | wk {r.randint(2, 50)} |",
    ]
    b.x(off2.initials(1) + off2.last[0], "PERSON")
    t = (
        f"Afspraken {b.cue_case()}\n\n| wie | wat | wanneer |\n|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{b.x(off2.initials(1) + off2.last[0], 'PERSON')} = {b.full(off2)}, {b.dept()}."
    )
    return b.doc(did, t)


def cf_phonenote(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off, col = b.person(), b.person(), b.person()
    t = (
        f"Tel.not. {b.day()[:2]} {b.date(2)}: {b.c(['dhr.', 'mw.'])} {b.sur(res)} (tel. {b.phone()}) belt i.o.m. "
        f"{b.named(off)} t.a.v. {b.topic()}. Wil terugbelverzoek van {b.first(col)} ({b.dept()}). "
        f"Doorgezet, cc {b.email(col, True)}. Vlgd contact wk {r.randint(2, 50)}."
    )
    return b.doc(did, t)


def cf_handover(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, res, off = b.person(), b.person(), b.person(), b.person()
    t = (
        f"Overdracht {b.first(a)} -> {b.first(c)} ({b.date(0)})\n"
        f"Bewoner: {b.full(res)} (roepnaam {b.nick(res)})\n"
        f"Lopend: {b.cue_case()} ({b.sur(res, True)}). Bewoner is {b.c(['wantrouwig', 'boos', 'moe', 'vriendelijk'])}, "
        f"spreekt liever met een vrouw. Contact bij {b.dept()} is {b.full(off)}, direct {b.phone()}. "
        f"Let op: {b.first(res)} heeft een {b.k('betalingsregeling')} lopen bij {b.org()}. Succes! {a.first}"
    )
    return b.doc(did, t)


def cf_intake(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    p2, k1 = b.kin(res, not res.female, same_name=r.random() < 0.3), b.kin(res)
    t = (
        f"INTAKEFORMULIER\nNaam aanvrager: {b.sur(res, True)}, {b.x(res.first, 'PERSON')}\n"
        f"Geb.datum: {b.dob()}\nBSN: {b.bsn()}\nAdres: {b.addr()}, {b.pc()} {b.town()}\n"
        f"Telefoon: {b.phone()}\nE-mail: {b.email(res)}\n"
        f"Gezinssamenstelling: partner {b.full(p2)} (geb. {b.dob()}), kind {b.first(k1)} (geb. {b.dob(True)})\n"
        f"Hulpvraag: {b.scheme()}, {b.topic()}\nEerder contact met: {b.dept()}"
    )
    return b.doc(did, t)


def cf_evaluation(r: random.Random, did: str) -> dict:
    b = B(r)
    res, med = b.person(), b.person()
    t = (
        f"Evaluatie afgesloten casus ({b.cue_case()})\nBemiddelaar: {b.ini(med)}\n"
        f'Tevredenheid bewoner: {r.randint(4, 10)}/10\nToelichting: "Eindelijk luisterde er iemand," aldus '
        f'{b.named(res)}. "{b.first(med)} heeft meer gedaan dan {b.dept()} in twee jaar."\n'
        f"Leerpunt: {b.k('ontvangstbevestiging')} sneller versturen."
    )
    return b.doc(did, t)


def cf_todo(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(4)]
    t = (
        f"TODO wk {r.randint(2, 50)}\n[ ] bellen {b.named(ps[0])} ({b.phone()})\n"
        f"[x] brief {b.org()} doorsturen naar {b.first(ps[1])}\n"
        f"[ ] {b.sur(ps[2], True)}: nieuwe {b.misc()} plannen, voorkeur {b.day()}\n"
        f"[ ] check {b.cue_case()} bij {b.full(ps[3])}\n[ ] {b.k('huisbezoek')} {b.addr()}"
    )
    return b.doc(did, t)


def cf_invite(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(3)]
    t = (
        f"Uitnodiging: afstemmingsoverleg\nWanneer: {b.day()} {b.date(1)}, {b.clock()}-{b.clock()}\n"
        f"Waar: {b.place()}, zaal 2\nDeelnemers: {b.full(ps[0])}; {b.ini(ps[1])} ({b.dept()}); "
        f"{b.email(ps[2], True)}\nAgenda: 1. opening 2. stand van zaken {b.scheme()} 3. afspraken\n"
        f"Organisator: {b.first(ps[0])}"
    )
    return b.doc(did, t)


def cf_escalation(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off, mgr = b.person(), b.person(), b.person()
    t = (
        f"Aan: {b.full(mgr)}, teamleider\nBetreft: escalatie {b.cue_case()}\n\n"
        f"Ondanks drie verzoeken heeft {b.named(off)} ({b.dept()}) niet gereageerd. De situatie van "
        f"{b.full(res)} verslechtert: {b.topic()}, {b.topic()}. Graag jouw hulp om via {b.sur(mgr)} "
        f"een gesprek te regelen. Dank, {b.first(b.person())}"
    )
    return b.doc(did, t)


def cf_visit(r: random.Random, did: str) -> dict:
    b = B(r)
    res, med = b.person(), b.person()
    kid = b.kin(res, True)
    t = (
        f"Huisbezoek {b.addr()} ({b.date(0)})\nAanwezig: {b.named(res)}, dochter {b.first(kid)}.\n"
        f"Woning: {b.topic()} in badkamer en slaapkamer van {b.poss(kid)} kamer. Verhuurder {b.org()} is "
        f"op de hoogte. Foto's opgeslagen als huisbezoek_{slug(b, res)}"
        f"_{r.randint(1, 9)}.jpg. – {b.ini(med)}"
    )
    return b.doc(did, t)


def cf_referral(r: random.Random, did: str) -> dict:
    b = B(r)
    res, to = b.person(), b.person()
    t = (
        f"Doorverwijzing naar {b.org()} t.a.v. {b.full(to)}\n\nGraag uw aandacht voor {b.named(res)}, "
        f"wonende {b.addr()}, {b.pc()} {b.town()}, geb. {b.dob()}. Cliënt heeft schulden bij o.a. {b.org()}. "
        f"Toestemming cliënt voor gegevensuitwisseling: ja ({b.date(2)})."
    )
    return b.doc(did, t)


def cf_log(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, res = b.person(), b.person(), b.person()
    ua = b.x(C.fold(a.first[0] + a.last.split("-")[0]).lower().replace("'", ""), "PERSON")
    uc = b.x(
        C.fold(c.first.split()[0].split("-")[0]).lower() + "." + C.fold(c.last.split("-")[0][:4]).lower(), "PERSON"
    )
    t = (
        f"{C.plain_date(r, 3)} {b.clock()} status gewijzigd naar 'in behandeling' door {ua}\n"
        f"{C.plain_date(r, 3)} {b.clock()} notitie toegevoegd door {uc}: {b.named(res)} gebeld, geen gehoor\n"
        f"{C.plain_date(r, 3)} {b.clock()} bijlage 'brief_{slug(b, res)}.pdf' "
        f"toegevoegd door {ua}\n({b.full(a)} en {b.full(c)}, {b.dept()})"
    )
    return b.doc(did, t)


def cf_parties(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, d = b.person(), b.person(), b.person()
    t = (
        f"Partijen\n- verzoeker: {b.full(a)} ({b.dob()}), {b.addr()}\n"
        f"- wederpartij: {b.full(c)} (buurman, {b.phone()})\n"
        f"- betrokken: {official(b, d)}\nKern: {b.topic()}. {b.sur(a, True)} en {b.sur(c, True)} praten niet meer "
        f"met elkaar sinds {b.date(1)}."
    )
    return b.doc(did, t)


def cf_closing(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off = b.person(), b.person()
    t = (
        f"Afsluiting {b.cue_case()}. Resultaat: {b.scheme()} alsnog toegekend per {b.date(0)}. "
        f"{b.named(off)} heeft de beschikking op {b.date(1)} verstuurd naar {b.addr()}. {b.full(res)} is "
        f"tevreden en heeft toestemming gegeven voor een geanonimiseerd kennisbankartikel."
    )
    return b.doc(did, t)


def cf_quote(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off = b.person(), b.person()
    t = (
        f"Citaat uit het gesprek met {b.full(res)}: „Ik heb {b.first(off)} van {b.dept()} wel tien keer gemaild, "
        f"op {b.email(off, True)}, en nooit antwoord.” Volgens {b.sur(res)} ging het om de {b.scheme()}. "
        f"{b.sur(off, True)} ontkent dat."
    )
    return b.doc(did, t)


def cf_week(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(5)]
    t = (
        f"Weekplanning\nma: intake {b.full(ps[0])} ({b.phone()})\n"
        f"di: overleg met {b.named(ps[1])} over {b.scheme()}\n"
        f"wo: vrij\ndo: huisbezoek fam. {b.sur(ps[2], True)}, {b.addr()}\n"
        f"vr: terugkoppeling aan {b.first(ps[3])}; {b.ini(ps[4])} belt over {b.cue_case()}"
    )
    return b.doc(did, t)


def cf_risk(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    kid = b.kin(res)
    t = (
        f"Risicotaxatie\nCliënt: {b.full(res)}, geb. {b.dob()}\nKind(eren): {b.first(kid)} (geb. {b.dob(True)})\n"
        f"Signalen: {b.topic()}, dreigende {b.k('ontruiming')}\nMelding {b.org()}: nee\n"
        f"Auto cliënt ({b.plate()}) staat op naam van ex-partner."
    )
    return b.doc(did, t)


def cf_stream(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c = b.person(female=True), b.person()
    d = b.kin(a, False)
    t = (
        f"{b.day()[:2]} {r.randint(1, 28)}/{r.randint(1, 12)} tel mw {b.sur(a)}, wil terugbelverzoek van "
        f"{b.first(c)} ({b.dept()}), doorgezet; {b.sur(a)} boos want al {r.randint(3, 9)}x gebeld. "
        f"nb: zoon {b.first(d)} belt soms namens haar, {b.phone()}."
    )
    return b.doc(did, t)


def cf_intervision(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, res = b.person(), b.person(), b.person()
    ia = b.x(a.initials(1) + "".join(w[0].upper() for w in a.sur().split()), "PERSON")
    t = (
        f"Intervisie {b.date(0)} – inbreng {ia}\nCasus: bewoner ({b.sur(res, True)}) voelt zich niet gehoord door "
        f"{b.dept()}. Vraag van {ia}: hoe blijf ik neutraal als {b.first(c)} van de gemeente steeds afzegt? "
        f"Tip {b.ini(c)}: vaste belafspraak op {b.day()}."
    )
    return b.doc(did, t)


def cf_agenda(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(3)]
    t = (
        f"Agenda casusoverleg {b.date(1)}\n1. {b.cue_case()} – {b.full(ps[0])} ({b.scheme()})\n"
        f"2. {b.cue_case()} – fam. {b.sur(ps[1], True)} ({b.topic()})\n3. rondvraag\n"
        f"Voorzitter: {b.full(ps[2])}; notulen: {b.first(ps[2])}"
    )
    return b.doc(did, t)


def cf_consent(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    t = (
        f"TOESTEMMINGSVERKLARING\nOndergetekende {b.full(res)}, geboren op {b.dob()}, wonende {b.addr()} te "
        f"{b.town()}, geeft toestemming aan de bemiddelaar om informatie op te vragen bij {b.org()} en "
        f"{b.dept()}.\nDatum: {b.date(2)}    Handtekening: {b.ini(res)}"
    )
    return b.doc(did, t)


def cf_correction(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    wrong = C.Person(res.first, res.particle, res.last[:-1] + "e" if len(res.last) > 3 else res.last + "e", res.female)
    t = (
        f"Correctie dossier {b.case()}: de naam van verzoeker is {b.full(res)}, niet {b.full(wrong)}. "
        f"Ook het telefoonnummer klopte niet: nieuw nummer {b.phone()}. Aangepast in het systeem op {b.date(0)}."
    )
    return b.doc(did, t)


def cf_mailnote(r: random.Random, did: str) -> dict:
    b = B(r)
    off, off2, res = b.person(), b.person(), b.person()
    t = (
        f"Van: {b.email(off, True)}\nAan: bemiddeling\nCc: {b.email(off2, True)}\nOnderwerp: RE: {b.sur(res, True)}\n\n"
        f"Hoi, ik heb het dossier van {b.named(res)} bekeken. De {b.scheme()} is terecht beëindigd, maar ik zie "
        f"ruimte voor {b.k('bijzondere bijstand')}. Groet, {b.full(off)}, {b.func()} {b.dept()}"
    )
    return b.doc(did, t)


def cf_sms_reminder(r: random.Random, did: str) -> dict:
    b = B(r)
    res, med = b.person(), b.person()
    t = (
        f'Verstuurde herinnering (sms) naar {b.phone()}: "Beste {b.named(res)}, herinnering aan uw afspraak op '
        f'{b.day()} om {b.clock()} bij {b.place()}. Vragen? Bel {b.k(P.NUM14)}. Gr. {b.first(med)}"'
    )
    return b.doc(did, t)


def cf_officials(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(3)]
    t = (
        f"Contactpersonen bij deze casus\n* {official(b, ps[0])}\n* {official(b, ps[1])}, {b.phone()}\n"
        f"* {b.ini(ps[2])}, {b.func()} bij {b.org()}, {b.email(ps[2], True)}"
    )
    return b.doc(did, t)


def cf_csv(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(3)]
    rows = [
        f"{b.date(3)};{b.clock()};telefoon;{b.full(ps[0])};teruggebeld op {b.phone()}",
        f"{b.date(3)};{b.clock()};mail;{b.ini(ps[1])};stukken ontvangen van {b.org()}",
        f"{b.date(3)};{b.clock()};bezoek;{b.full(ps[2])};{b.k('huisbezoek')} {b.addr()}",
    ]
    t = "datum;tijd;kanaal;wie;notitie\n" + "\n".join(rows)
    return b.doc(did, t)


def cf_keyvalue(r: random.Random, did: str) -> dict:
    b = B(r)
    res, beh, off = b.person(), b.person(), b.person()
    t = (
        f"{b.k('Casusnummer')}: {b.case()}\nBehandelaar: {b.full(beh)}\nVerzoeker: {b.sur(res, True)}, {b.first(res)}"
        f"\nContact gemeente: {b.named(off)} ({b.dept()})\nStatus: {b.c(['lopend', 'on hold', 'afgerond'])}\n"
        f"Volgende stap: {b.misc()} op {b.date(1)}\nVoertuig verzoeker: {b.plate()}"
    )
    return b.doc(did, t)


def cf_mail_resident(r: random.Random, did: str) -> dict:
    b = B(r)
    res, med, off = b.person(), b.person(), b.person()
    t = (
        f"Beste {b.first(res)},\n\nZoals besproken heb ik vandaag contact gehad met {b.full(off)} van "
        f"{b.dept()}. {b.first(off)} gaat na of uw {b.scheme()} met terugwerkende kracht kan worden toegekend. "
        f"Ik bel u {b.day()} terug op {b.phone()}.\n\nHartelijke groet,\n{b.full(med)}\nbemiddelaar"
    )
    return b.doc(did, t)


def cf_monthly(r: random.Random, did: str) -> dict:
    b = B(r)
    ps = [b.person() for _ in range(4)]
    t = (
        f"Maandrapportage {b.k(b.c(P.MONTHS))}\n- {b.cue_case()}: {b.full(ps[0])}, {b.scheme()}, opgelost\n"
        f"- {b.cue_case()}: fam. {b.sur(ps[1], True)}, {b.topic()}, loopt\n- {b.cue_case()}: {b.ini(ps[2])}, "
        f"doorverwezen naar {b.org()}\nBemiddelaar: {b.full(ps[3])}"
    )
    return b.doc(did, t)


def cf_phone_transcript(r: random.Random, did: str) -> dict:
    b = B(r)
    res, med = b.person(), b.person()
    im = b.x(med.initials(1) + "".join(w[0].upper() for w in med.sur().split()), "PERSON")
    ir = b.x(res.initials(1) + "".join(w[0].upper() for w in res.sur().split()), "PERSON")
    t = (
        f"Belnotitie (kort)\n{im}: Goedemorgen, spreek ik met {b.named(res)}?\n{ir}: Ja.\n{im}: Ik bel over "
        f"uw {b.scheme()}. Klopt het dat u op {b.addr()} woont?\n{ir}: Klopt, sinds {b.date(1)}.\n"
        f"({im} = {b.full(med)}; {ir} = {b.full(res)})"
    )
    return b.doc(did, t)


# =============================================================== official: officials' and institutions' writing


def addr_block(b: B, p: C.Person, caps: bool = False) -> str:
    t = "De heer" if not p.female else "Mevrouw"
    if caps:
        name = b.x((p.initials(0) + " " + p.sur()).upper(), "PERSON")
        return f"{t.upper()} {name}\n{caps_addr(b)}\n{b.pc()}  {b.k(b.c(P.TOWNS).upper())}"
    return f"{t} {b.ini(p, 0)}\n{b.addr()}\n{b.pc()}  {b.town()}"


def uw_kenmerk(b: B) -> str:
    x = b.r.randrange(3)
    return "-" if x == 0 else "uw brief van " + b.date(1) if x == 1 else b.case()


def kenmerk_block(b: B) -> str:
    return f"Ons kenmerk: {b.case()}\nUw kenmerk: {uw_kenmerk(b)}\nDatum: {b.date(0)}\nOnderwerp: {b.scheme()}"


def of_beschikking(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off = b.person(), b.person()
    t = (
        f"{addr_block(b, res)}\n\n{kenmerk_block(b)}\n\nGeachte {res.title} {b.sur(res)},\n\n"
        f"Op {b.date(0)} heeft u een aanvraag ingediend voor {b.scheme()}. Op grond van de {b.law()} kennen wij "
        f"u deze toe met ingang van {b.date(1)}. Het bedrag wordt maandelijks overgemaakt op {b.iban()}.\n\n"
        f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n"
        f"{b.full(off)}\n{b.func()}, {b.dept()}"
    )
    return b.doc(did, t)


def of_hoorzitting(r: random.Random, did: str) -> dict:
    b = B(r)
    bez, gem, vz, lid, sec = (b.person() for _ in range(5))
    t = (
        f"VERSLAG HOORZITTING BEZWAARCOMMISSIE\n{b.cue_case()}\nDatum: {b.date(0)}\n\n"
        f"Aanwezig namens de commissie: mr. {b.full(vz)} (voorzitter), {b.ini(lid)} (lid), {b.full(sec)} "
        f"(secretaris).\nBezwaarmaker: {b.named(bez)}, bijgestaan door mr. {b.sur(gem, True)}.\n"
        f"Namens het college: {official(b)}.\n\nDe voorzitter opent de zitting om {b.clock()}. "
        f"{b.sur(bez, True)} licht toe dat de {b.scheme()} ten onrechte is geweigerd. Mr. {b.sur(gem, True)} voegt "
        f"toe dat de {b.k('termijn')} niet is gehaald. {b.sur(vz, True)} sluit de zitting om {b.clock()}."
    )
    return b.doc(did, t)


def of_memo(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, d, res = b.person(), b.person(), b.person(), b.person()
    t = (
        f"INTERNE MEMO\nAan: {b.full(a)}, {b.dept()}\nVan: {b.full(c)}\nCc: {b.ini(d)}\nDatum: {b.date(0)}\n"
        f"Betreft: dossier {b.sur(res, True)} ({b.case()})\n\nIn de zaak van {b.named(res)} is gebleken dat de "
        f"{b.scheme()} twee keer is beëindigd. Ik stel voor dat {b.first(a)} contact opneemt met de bemiddelaar."
    )
    return b.doc(did, t)


def of_ombudsman(r: random.Random, did: str) -> dict:
    b = B(r)
    v, off = b.person(), b.person()
    t = (
        f"RAPPORT {b.k('Nationale ombudsman')} {b.cue_case()}\n\nVerzoeker, {b.full(v)} uit {b.town()}, klaagt "
        f"erover dat de gemeente niet heeft gereageerd op zijn brieven over de {b.scheme()}. De ombudsman heeft "
        f"gesproken met {official(b, off)}. Conclusie: de klacht van "
        f"{b.named(v)} is gegrond. De gemeente biedt excuses aan en betaalt {b.k(['€ 150', '€ 250', '€ 75'])} "
        f"als tegemoetkoming."
    )
    return b.doc(did, t)


def of_raadsbrief(r: random.Random, did: str) -> dict:
    b = B(r)
    weth, insp = b.person(), b.person()
    t = (
        f"Raadsinformatiebrief\nVan: wethouder {b.full(weth)}\nOnderwerp: wachttijden {b.scheme()}\n\n"
        f"Geachte raadsleden,\n\nTijdens de commissie van {b.date(0)} sprak inspreker {b.full(insp)} over de "
        f"wachttijden. {b.sur(insp, True)} wacht zelf al {r.randint(5, 40)} weken. Wij nemen maatregelen: "
        f"extra capaciteit bij {b.dept()}.\n\nHoogachtend,\n{b.sur(weth, True)}"
    )
    return b.doc(did, t)


def of_press(r: random.Random, did: str) -> dict:
    b = B(r)
    weth, res = b.person(), b.person()
    t = (
        f"PERSBERICHT – {b.town()}, {b.date(0)}\n\nGemeente start proef met afstemmingsloket\n\n"
        f"„Bewoners moeten niet van het kastje naar de muur,” zegt wethouder {b.full(weth)}. Bewoner "
        f"{b.full(res)} ({r.randint(25, 80)}) was een van de eersten: „Binnen twee weken was mijn {b.scheme()} "
        f"geregeld.” Noot voor de redactie: meer informatie bij {b.k(P.MUNI_MAIL)}."
    )
    return b.doc(did, t)


def of_newsletter(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c, d = b.person(), b.person(), b.person()
    t = (
        f"Wijknieuws {b.date(1)}\n\nBuurtbewoners {b.full(a)} en {b.full(c)} (door iedereen '{b.nick(c)}' "
        f"genoemd) organiseerden een opruimactie op "
        f'de {b.street()}. "We hadden genoeg van het {b.k("zwerfafval")}," vertelt {b.first(a)}. Wijkcoach '
        f"{b.full(d)} hielp met materiaal. Meedoen? Mail {b.email(d, True)}."
    )
    return b.doc(did, t)


def of_court(r: random.Random, did: str) -> dict:
    b = B(r)
    eis, gem, rech = b.person(), b.person(), b.person()
    t = (
        f"Samenvatting uitspraak\nEiser: {b.full(eis)}, wonende te {b.town()}, gemachtigde: mr. {b.ini(gem)}\n"
        f"Verweerder: het college van burgemeester en wethouders van {b.town()}\nZaaknummer rechtbank: "
        f"{b.x('AWB ' + str(r.randint(24, 26)) + '/' + C._n(r, 4), 'CASE_NUMBER')}\n\n"
        f"Eiser is geboren op {b.dob()} en ontvangt sinds {b.date(1)} een {b.scheme()}. De rechtbank (mr. "
        f"{b.full(rech)}) oordeelt dat verweerder de {b.law()} onjuist heeft toegepast."
    )
    return b.doc(did, t)


def of_lawyer(r: random.Random, did: str) -> dict:
    b = B(r)
    cl, adv, off = b.person(), b.person(), b.person()
    t = (
        f"{b.full(adv)} Advocatuur\n\nAan het college van burgemeester en wethouders\nt.a.v. {b.named(off)}\n"
        f"{b.k(P.POSTBUS)}\n\nBetreft: {b.named(cl)} / {b.cue_case()}\n\nGeachte {off.title} {b.sur(off)},\n\n"
        f"Namens mijn cliënt, {b.named(cl)}, geboren {b.dob()}, wonende {b.addr()}, maak ik bezwaar tegen uw "
        f"besluit van {b.date(0)}. Cliënt is bereikbaar via ondergetekende ({b.phone()}).\n\nHoogachtend,\n"
        f"mr. {b.ini(adv)}"
    )
    return b.doc(did, t)


def of_advocate(r: random.Random, did: str) -> dict:
    b = B(r)
    cl, adv = b.person(), b.person()
    t = (
        f"Als cliëntondersteuner van {b.org()} schrijf ik u namens {b.full(cl)}. {b.first(cl)} heeft mij gevraagd "
        f"mee te denken over de {b.scheme()}. Ik verzoek u de stukken te sturen naar {b.email(adv)} of per post "
        f"naar {b.addr()}, {b.pc()} {b.town()}. Met vriendelijke groet, {b.full(adv)}"
    )
    return b.doc(did, t)


def of_bob(r: random.Random, did: str) -> dict:
    b = B(r)
    res, vz = b.person(), b.person()
    t = (
        f"BESLISSING OP BEZWAAR\n\n{addr_block(b, res, caps=r.random() < 0.5)}\n\n{kenmerk_block(b)}\n\n"
        f"Uw bezwaarschrift van {b.date(0)} is ontvankelijk en gegrond. Conform het advies van de commissie "
        f"(voorzitter {b.full(vz)}) herroepen wij het besluit. BSN: {b.bsn()}."
    )
    return b.doc(did, t)


def of_ingebreke(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    t = (
        f"INGEBREKESTELLING\n\nIk, {b.full(res)}, {b.addr()}, {b.pc()} {b.town()}, stel de gemeente in gebreke "
        f"omdat niet tijdig is beslist op mijn aanvraag {b.scheme()} ({b.cue_case()}). Na twee weken verbeurt u "
        f"een dwangsom op grond van de {b.law()}.\n{b.date(2)}, {b.ini(res)}"
    )
    return b.doc(did, t)


def of_woo(r: random.Random, did: str) -> dict:
    b = B(r)
    req, a, c = b.person(), b.person(), b.person()
    t = (
        f"Besluit op uw Woo-verzoek ({b.cue_case()})\n\nGeachte {req.title} {b.sur(req)},\n\nU vroeg om alle "
        f"correspondentie tussen {b.full(a)} ({b.dept()}) en {b.full(c)} over de {b.topic()}. Wij maken "
        f"{r.randint(3, 40)} documenten openbaar. De namen van medewerkers zijn weggelakt op grond van de "
        f"{b.k('Wet open overheid')}, behalve die van {b.sur(a, True)} als wethouder."
    )
    return b.doc(did, t)


def of_invordering(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    t = (
        f"{b.caps(res)}\n{caps_addr(b)}\n{b.pc()} {b.town()}\n\nAANMANING {b.k('afvalstoffenheffing')}\n"
        f"Aanslagnummer: {b.case()}\nU heeft {b.k(['€ 412,80', '€ 96,12', '€ 238,00'])} nog niet betaald. "
        f"Maak het bedrag over naar de {b.k('rekening')} van de gemeente o.v.v. uw aanslagnummer. Betaalt u "
        f"vanaf {b.iban()}? Vermeld dan ook uw naam: {b.ini(res)}."
    )
    return b.doc(did, t)


def of_parking(r: random.Random, did: str) -> dict:
    b = B(r)
    res, h = b.person(), b.person()
    t = (
        f"Besluit naheffingsaanslag parkeerbelasting\nKenteken: {b.plate()}\nHouder: {b.ini(res)}, "
        f"{b.addr()}\nDatum waarneming: {b.date(2)} {b.clock()}\nHandhaver: {b.first(h)} "
        f"(nr. {r.randint(100, 999)})\nUw beroep op de {b.k('gehandicaptenparkeerkaart')} wordt afgewezen."
    )
    return b.doc(did, t)


def of_minutes(r: random.Random, did: str) -> dict:
    b = B(r)
    vz, ins, weth = b.person(), b.person(), b.person()
    t = (
        f"Besluitenlijst commissie Samenleving {b.date(0)}\nVoorzitter: {b.full(vz)}\n\nAgendapunt 3 – "
        f"inspreekrecht. {b.full(ins)} spreekt in over de {b.scheme()}. Wethouder {b.sur(weth, True)} zegt toe "
        f"dat {b.sur(ins)} binnen twee weken wordt gebeld. Actie: {b.ini(weth)}."
    )
    return b.doc(did, t)


def of_receipt(r: random.Random, did: str) -> dict:
    b = B(r)
    res = b.person()
    t = (
        f"Ontvangstbevestiging\n\nBeste {b.full(res)},\n\nWij hebben uw {b.k('bezwaarschrift')} ontvangen op "
        f"{b.date(0)}. Het is geregistreerd onder {b.cue_case()}. U ontvangt binnen zes weken bericht op "
        f"{b.email(res)}. Vragen? Bel {b.k(P.NUM14)}.\n\n{b.dept()}"
    )
    return b.doc(did, t)


def of_mandate(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c = b.person(), b.person()
    t = (
        f"MACHTIGING\nIk, {b.full(a)} (BSN {b.bsn()}, geboren {b.dob()}), machtig hierbij {b.full(c)}, "
        f"{b.addr()}, om namens mij te spreken met {b.dept()} over {b.scheme()}.\n{b.town()}, {b.date(2)}"
    )
    return b.doc(did, t)


def of_dwangsom(r: random.Random, did: str) -> dict:
    b = B(r)
    res, insp = b.person(), b.person()
    t = (
        f"Voornemen last onder dwangsom\n\nBij een controle op {b.date(0)} door inspecteur {b.full(insp)} is "
        f"gebleken dat op het perceel {b.addr()} zonder {b.k('omgevingsvergunning')} een schuur is gebouwd. "
        f"Eigenaar: {b.named(res)}. Op het perceel stond een bestelbus ({b.plate()}). "
        f"U kunt binnen twee weken uw zienswijze geven ({b.cue_case()})."
    )
    return b.doc(did, t)


def of_terugvordering(r: random.Random, did: str) -> dict:
    b = B(r)
    res, part = b.person(), b.person()
    t = (
        f"Besluit herziening en terugvordering\nBetrokkene: {b.full(res)}, geb. {b.dob()}\n"
        f"Partner: {b.full(part)}, geb. {b.dob()}\nWij vorderen {b.k(['€ 3.412,00', '€ 812,44', '€ 1.903,10'])} "
        f"terug omdat inkomsten van {b.first(part)} niet zijn gemeld ({b.law()})."
    )
    return b.doc(did, t)


def of_klacht(r: random.Random, did: str) -> dict:
    b = B(r)
    res, off, kc = b.person(), b.person(), b.person()
    t = (
        f"Geachte {res.title} {b.sur(res)},\n\nUw klacht over de bejegening door medewerker {b.full(off)} hebben "
        f"wij onderzocht. {b.sur(off, True)} erkent dat het gesprek op {b.date(0)} niet goed verliep. "
        f"Wij bieden u onze excuses aan.\n\nMet vriendelijke groet,\n{b.full(kc)}\nklachtencoördinator\n"
        f"{b.email(kc, True)}"
    )
    return b.doc(did, t)


def of_jaarverslag(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c = b.person(), b.person()
    t = (
        f"Uit het jaarverslag: in {b.k(['2025', 'het eerste kwartaal'])} behandelden wij {r.randint(80, 400)} "
        f"verzoeken. Een voorbeeld: {b.full(a)} kreeg na bemiddeling door {b.full(c)} alsnog "
        f"{b.scheme()}. {b.first(a)} zegt daarover: ‘Ik voelde me eindelijk gezien.’"
    )
    return b.doc(did, t)


def of_bewind(r: random.Random, did: str) -> dict:
    b = B(r)
    res, bw = b.person(), b.person()
    t = (
        f"Rechtbank — beschikking onderbewindstelling\nRechthebbende: {b.full(res)}, geboren op {b.dob()} te "
        f"{b.town()}, wonende {b.addr()}\nBewindvoerder: {b.full(bw)}, {b.org()}\nRekeningnummer beheerrekening: "
        f"{b.iban('NL')}"
    )
    return b.doc(did, t)


def of_hearing_invite(r: random.Random, did: str) -> dict:
    b = B(r)
    res, sec = b.person(), b.person()
    t = (
        f"Uitnodiging hoorzitting\n\nGeachte {res.title} {b.sur(res)},\n\nDe commissie nodigt u uit op {b.day()} "
        f"{b.date(1)} om {b.clock()} in {b.place()}. U mag iemand meenemen. Wilt u uiterlijk {b.date(1)} laten "
        f"weten of u komt? Secretaris: {b.full(sec)}, {b.phone()}."
    )
    return b.doc(did, t)


def of_qa(r: random.Random, did: str) -> dict:
    b = B(r)
    res, vz = b.person(), b.person()
    t = (
        f"Vraag commissie ({b.sur(vz, True)}): Wanneer heeft u de {b.scheme()} aangevraagd?\n"
        f"Antwoord {b.sur(res)}: Op {b.date(0)}, samen met mijn dochter {b.first(b.kin(res, True))}.\n"
        f"Vraag commissie: Heeft u de brief van {b.date(1)} ontvangen op {b.addr()}?\n"
        f"Antwoord {b.sur(res)}: Nee."
    )
    return b.doc(did, t)


def of_verweer(r: random.Random, did: str) -> dict:
    b = B(r)
    eis, gem, off = b.person(), b.person(), b.person()
    t = (
        f"VERWEERSCHRIFT\ninzake: {b.full(eis)}, eiser, gemachtigde mr. {b.full(gem)}\ntegen: het college van "
        f"burgemeester en wethouders\n\n1. Eiser, geboren {b.dob()}, ontving tot {b.date(1)} een {b.scheme()}.\n"
        f"2. Bij controle door {b.named(off)} bleek eiser te wonen op {b.addr()} in plaats van op het "
        f"opgegeven adres.\n3. Verweerder verwijst naar de {b.law()}."
    )
    return b.doc(did, t)


def of_colofon(r: random.Random, did: str) -> dict:
    b = B(r)
    red, foto, res = b.person(), b.person(), b.person()
    t = (
        f"Nieuwsbrief Wijkteam {b.k(b.c(['Oost', 'West', 'Zuid', 'Centrum']))}\n\nIn gesprek met {b.full(res)}: "
        f"„Door het {b.k('spreekuur')} weet ik eindelijk waar ik terecht kan.”\n\nColofon – redactie: "
        f"{b.full(red)}; foto's: {b.ini(foto)}; contact: {b.email(red, True)}"
    )
    return b.doc(did, t)


def of_answers(r: random.Random, did: str) -> dict:
    b = B(r)
    rl, weth, res = b.person(), b.person(), b.person()
    t = (
        f"Beantwoording schriftelijke vragen van het raadslid {b.full(rl)}\n\nVraag 1: Kent het college de "
        f"situatie van mevrouw of meneer {b.sur(res, True)}?\nAntwoord: Ja. Met {b.sur(res)} is op {b.date(0)} "
        f"gesproken.\n\nNamens het college,\nwethouder {b.ini(weth)}"
    )
    return b.doc(did, t)


def of_advice(r: random.Random, did: str) -> dict:
    b = B(r)
    bez, vz = b.person(), b.person()
    t = (
        f"ADVIES van de commissie bezwaarschriften inzake het bezwaar van {b.full(bez)}, {b.addr()}, tegen het "
        f"besluit van {b.date(0)} ({b.cue_case()}).\n\nDe commissie adviseert het bezwaar gegrond te verklaren. "
        f"Bezwaarmaakster/bezwaarmaker ontving de {b.scheme()} op rekening {b.iban()}.\n\n{b.full(vz)}, voorzitter"
    )
    return b.doc(did, t)


# Footers of official letters (paired with a letter in a share of the documents).


def ft_contact(r: random.Random, did: str) -> dict:
    b = B(r)
    p = b.person()
    t = (
        f"Heeft u vragen? Neem dan contact op met {b.full(p)}, telefoon {b.phone(False)} of "
        f"{b.email(p, True)}. Wij zijn bereikbaar van {b.day()} tot en met {b.day()}."
    )
    return b.doc(did, t)


def ft_cc(r: random.Random, did: str) -> dict:
    b = B(r)
    a, c = b.person(), b.person()
    t = f"Afschrift aan: {b.ini(a)}, {b.org()}; {b.full(c)} ({b.dept()}); dossier"
    return b.doc(did, t)


def ft_remedy(r: random.Random, did: str) -> dict:
    b = B(r)
    t = (
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken een {b.k('bezwaarschrift')} sturen "
        f"naar het college, {b.k(P.POSTBUS)}, {b.town()}. Vermeld daarbij {b.cue_case()}."
    )
    return b.doc(did, t)


def ft_sent(r: random.Random, did: str) -> dict:
    b = B(r)
    a, o = b.person(), b.person()
    paraaf = b.x(o.initials(1) + "".join(w[0] for w in o.particle.split()) + o.last[0].upper(), "PERSON")
    t = f"Verzonden op {b.date(0)} per post en per e-mail aan {b.email(a)}.\nParaaf: {paraaf}"
    return b.doc(did, t)


def ft_enclosure(r: random.Random, did: str) -> dict:
    b = B(r)
    a = b.person()
    t = f"Bijlagen: rapport huisbezoek {b.date(2)}; {b.k('machtiging')} {b.full(a)}; overzicht {b.scheme()}"
    return b.doc(did, t)


# =============================================================== known: the resident's name is also an ordinary word

# The ordinary sense of each name word: phrases with the word (or an inflected form) in lower case, never first.
ORDINARY = {
    "Stier": ["dat de stier van de boer los op de dijk liep", "dat er stieren in het weiland naast de school staan"],
    "Specht": ["dat een specht gaten in de gevel van de flat hakt"],
    "Reiger": ["dat de buren een reiger voeren op het balkon", "dat reigers de vijver leegvissen"],
    "Karper": ["dat er een dode karper in de vijver dreef", "dat vissers de karpers meenemen"],
    "Bever": ["dat een bever de bomen langs het water omknaagt", "dat de bevers de sloot hebben afgedamd"],
    "Spijker": ["dat er een spijker uit de speeltoestellen steekt", "dat er overal spijkers op het fietspad lagen"],
    "Zaag": ["dat de buurman 's nachts met een zaag aan het werk is"],
    "Kelder": ["dat de kelder elke winter onder water staat"],
    "Zolder": ["dat er asbest op de zolder is gevonden"],
    "Toren": ["dat de klok van de toren elk kwartier slaat"],
    "Poort": ["dat de poort achter de flat nooit op slot zit"],
    "Sluis": ["dat de sluis bij de haven al maanden kapot is"],
    "Schuur": ["dat de schuur in de tuin zonder vergunning is gebouwd"],
    "Kroon": ["dat de kroon van de boom over de schutting hangt"],
    "Snoek": ["dat er een snoek in de vijver zit die de eendjes pakt"],
    "Kraai": ["dat een kraai de vuilniszakken openpikt", "dat de kraaien elke ochtend om vijf uur lawaai maken"],
    "Valk": ["dat er een valk broedt op het dak van de school"],
    "Zwaan": ["dat een zwaan het fietspad blokkeert", "dat de zwanen agressief zijn bij de speeltuin"],
    "Hagel": ["dat de hagel het dak van de schuur heeft beschadigd"],
    "Nevel": ["dat er door de nevel van de sproeiers niemand meer buiten kan zitten"],
    "Vorst": ["dat de leidingen door de vorst zijn gesprongen"],
    "Metselaar": ["dat de metselaar van de woningcorporatie nooit is gekomen"],
    "Timmerman": ["dat de timmerman de deur verkeerd heeft opgehangen"],
    "Herder": ["dat een herder met schapen door het park trekt"],
    "Ruiter": ["dat een ruiter over het voetpad reed", "dat ruiters het bospad kapotmaken"],
    "Wever": ["dat de wever in het museum een cursus geeft"],
    "Koopman": ["dat een koopman op de markt zijn kraam op de stoep zet"],
    "Slager": ["dat de slager om de hoek tot laat met de afzuiging bezig is"],
    "Schipper": ["dat de schipper van de woonboot zijn afval in het water gooit"],
    "Molenaar": ["dat de molenaar van de molen bij het park klaagt over de nieuwbouw"],
    "Stil": ["dat het na tienen nooit stil is in de straat"],
    "Sterk": ["dat de geur van de vuilcontainer erg sterk is"],
    "Blij": ["dat niemand blij is met de nieuwe parkeerregels"],
    "Vroom": ["dat de buurvrouw vroom is en elke ochtend bidt"],
    "Kort": ["dat de termijn veel te kort was om bezwaar te maken"],
    "Stal": ["dat de stal van de kinderboerderij stinkt"],
    "Heuvel": ["dat de heuvel achter het huis afbrokkelt"],
    "Wolf": ["dat er een wolf gezien is bij de rand van het dorp"],
    "Haas": ["dat er een haas in de moestuin zat"],
    "Vink": ["dat er een vink tegen het raam is gevlogen"],
    "Paling": ["dat de visboer gerookte paling verkoopt op het plein"],
    "Baars": ["dat haar zoon een baars ving in de gracht"],
    "Klaver": ["dat het grasveld vol klaver staat en niemand maait"],
    "Hooi": ["dat het hooi van de boer tegen de schutting ligt"],
    "Ketel": ["dat de ketel van de verwarming al drie weken kapot is"],
    "Merel": ["dat een merel in de dakgoot nestelt", "dat de merels de bessen opeten"],
    "Iris": ["dat de iris van haar oog beschadigd is geraakt"],
    "Roos": ["dat de roos in de voortuin is vernield", "dat de rozen in het plantsoen zijn weggehaald"],
    "Fleur": ["dat de wijk zijn fleur kwijt is"],
    "Job": ["dat haar zoon een job zoekt in de haven"],
    "Mees": ["dat een mees in het nestkastje broedt", "dat de mezen het vogelvoer opeten"],
    "Pier": ["dat de pier aan het strand gesloten is"],
    "Bas": ["dat de bas van de buren door de muren dreunt"],
    "Lot": ["dat ze het lot van haar buurman niet kan aanzien"],
    "Jet": ["dat een jet laag over het huis vloog"],
    "Els": ["dat de els in de tuin over de erfgrens groeit"],
    "Hoop": ["dat zij de hoop bijna had opgegeven"],
}


def known_person(r: random.Random) -> tuple[C.Person, list[str]]:
    """A resident whose name has one or two ordinary words; returns the person and the words used in their sense."""
    mode = r.randrange(4)
    if mode == 0:
        w, _ = r.choice(P.KNOWN_FIRSTS)
        sw, _ = r.choice(P.KNOWN_SURNAMES)
        words = [w, sw] if r.random() < 0.3 else r.choice([[w], [sw]])
        first, last = w, sw
    elif mode == 1:
        w, _ = r.choice(P.KNOWN_FIRSTS)
        first, last, words = w, C.compose_surname(r, r.choice(list(P.ORIGINS)[:-2])), [w]
    else:
        sw, _ = r.choice(P.KNOWN_SURNAMES)
        first, last, words = r.choice(P.KNOWN_PLAIN_FIRSTS), sw, [sw]
    particle = r.choice(["", "", "", "", "de", "van der", "van 't", "van"]) if last in dict(P.KNOWN_SURNAMES) else ""
    female = first not in C.MALE_FIRSTS
    return C.Person(first, particle, last, female), words


def ordinary(b: B, words: list[str]) -> str:
    """The ordinary-sense phrases of ``words``, their words kept."""
    out = []
    for w in words:
        ph = b.r.choice(ORDINARY[w])
        for form in dict(P.KNOWN_SURNAMES + P.KNOWN_FIRSTS)[w]:
            if f" {form} " in f" {ph} ":
                b.k(form)
        out.append(ph)
    return " en ".join(out)


def kn_doc(b: B, did: str, p: C.Person, text: str, email: str | None = None, phone: str | None = None) -> dict:
    known: dict = {"names": [p.full()]}
    if email:
        known["emails"] = [email]
    if phone:
        known["phones"] = [phone]
    return b.doc(did, text, known)


def kn_minutes(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    off = b.person()
    t = (
        f"Notulen bewonersoverleg {b.date(0)}\nAanwezig: {b.full(p)}, {b.full(off)} ({b.dept()}), bemiddelaar\n\n"
        f"1. Mededelingen. {b.named(p)} meldt {ordinary(b, words)}.\n2. Afspraken. {b.sur(off, True)} zoekt "
        f"uit wie verantwoordelijk is. Actiepunt voor {b.ini(p, 0)}: foto's sturen."
    )
    return kn_doc(b, did, p, t)


def kn_sms(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    ph = b.phone(False)
    t = (
        f"SMS-gesprek met {ph}\n> Goedemiddag, u spreekt met de bemiddelaar. Spreek ik met {b.named(p)}?\n"
        f"< ja dat klopt. ik wil nog zeggen {ordinary(b, words)}\n> Dank u, {b.named(p)}. Ik zet het in het "
        f"dossier van {b.full(p)}."
    )
    return kn_doc(b, did, p, t, phone=ph)


def kn_complaint(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    em = b.email(p)
    t = (
        f"Klachtformulier\n\nIk, {b.full(p)}, wil klagen over het volgende. Ik heb gemeld {ordinary(b, words)}, "
        f"maar er is niets gebeurd. De medewerker van {b.dept()} noemde mij steeds "
        f'"{"mevrouw" if p.female else "meneer"} {b.sur(p, False)}" en beloofde terug te bellen.\n\n'
        f"Reactie graag naar {em}.\n{b.ini(p, 0)}"
    )
    return kn_doc(b, did, p, t, email=em)


def kn_form(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"Achternaam: {b.sur(p, True)}\nVoornaam: {b.first(p)}\nAdres: {b.addr()}\nOmschrijving: ik meld "
        f"{ordinary(b, words)}.\nEerder gemeld: ja, op {b.date(0)} bij {b.dept()}.\nOndertekend: {b.full(p)}"
    )
    return kn_doc(b, did, p, t)


def kn_voicemail(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    ph = b.phone()
    t = (
        f'Voicemail {b.date(2)} {b.clock()}: "Ja, met {b.full(p)}, ik bel omdat ik wil laten weten '
        f'{ordinary(b, words)}. U kunt me terugbellen op {ph}." Terugbelverzoek aan {b.first(b.person())} '
        f"gestuurd: bel {b.named(p)}."
    )
    return kn_doc(b, did, p, t, phone=ph)


def kn_handover(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    a = b.person()
    t = (
        f"Overdracht aan {b.first(a)}: dossier {b.sur(p, True)}. Bewoonster/bewoner meldde eerder "
        f"{ordinary(b, words)}. {b.poss(p, False)} buren bevestigen dat. {b.full(p)} wil graag een vaste "
        f"contactpersoon."
    )
    return kn_doc(b, did, p, t)


def kn_reply(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    off = b.person()
    t = (
        f"Geachte {p.title} {b.sur(p)},\n\nU schreef ons {ordinary(b, words)}. Wij hebben dit doorgegeven aan "
        f"{b.dept()}. Zij nemen voor {b.date(1)} contact met u op.\n\nMet vriendelijke groet,\n{b.full(off)}\n\n"
        f"Aan: {b.full(p)}, {b.addr()}"
    )
    return kn_doc(b, did, p, t)


def kn_chat(r: random.Random, did: str) -> dict:
    b = B(r)
    ts = iter(b.clocks(3))
    p, words = known_person(r)
    med = b.person()
    t = (
        f"[{next(ts)}] {b.full(p)}: hallo, ik wou nog melden {ordinary(b, words)}\n"
        f"[{next(ts)}] {b.full(med)}: Dank u {b.named(p)}, ik neem het mee naar het overleg van {b.day()}.\n"
        f"[{next(ts)}] {p.full()}: top"
    )
    return kn_doc(b, did, p, t)


def kn_hearing(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    vz = b.person()
    t = (
        f"Verslag hoorzitting ({b.cue_case()}). Bezwaarmaker {b.named(p)} licht toe {ordinary(b, words)}. "
        f"Voorzitter {b.sur(vz, True)} vraagt of {b.sur(p)} dat eerder heeft gemeld. {b.sur(p, True)} antwoordt "
        f"bevestigend. Aanwezig: {b.ini(p, 1)} ({b.full(p)}), {b.full(vz)}."
    )
    return kn_doc(b, did, p, t)


def kn_todo(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"Te doen ({b.full(p)}):\n- {b.named(p)} terugbellen\n- navragen bij {b.dept()} {ordinary(b, words)}\n"
        f"- brief aan {b.ini(p, 0)} ({b.addr()}) versturen\n- {b.poss(p, False)} dossier sluiten na {b.date(1)}"
    )
    return kn_doc(b, did, p, t)


def kn_newsletter(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"Uit de wijkkrant: bewoner {b.full(p)} vertelde de redactie {ordinary(b, words)}. "
        f"„Ik heb het al {r.randint(2, 9)} keer gemeld,” zegt {b.sur(p)}. De gemeente laat weten dat "
        f"{b.dept()} ernaar kijkt."
    )
    return kn_doc(b, did, p, t)


def kn_council(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    rl = b.person()
    t = (
        f"Schriftelijke vragen van raadslid {b.full(rl)}\n\n1. Is het college bekend met de melding van "
        f"{b.named(p)} {ordinary(b, words)}?\n2. Waarom heeft {b.sur(p)} na {b.date(1)} niets meer gehoord?\n"
        f"(bijlage: brief van {b.full(p)})"
    )
    return kn_doc(b, did, p, t)


def kn_registration(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"AANMELDING SPREEKUUR\nNaam: {b.sur(p, True)}, {b.x(p.initials(0), 'PERSON')} ({b.first(p)})\n"
        f"Geboortedatum: {b.dob()}\nPostcode + huisnr: {b.pc()} {r.randint(1, 200)}\n"
        f"Reden: bewoner meldt {ordinary(b, words)}\nIngevuld door: {b.full(p)}"
    )
    return kn_doc(b, did, p, t)


def kn_letter(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"{b.full(p)}\n{b.addr()}\n{b.pc()} {b.town()}\n\nAan de gemeente, {b.dept()}\n\n{b.date(0)}\n\n"
        f"Geachte heer/mevrouw,\n\nHierbij dien ik een klacht in. Ik meldde op {b.date(1)} {ordinary(b, words)}. "
        f"Sindsdien heb ik niets gehoord, ook niet na mijn telefoontje met {b.named(b.person())}.\n\n"
        f"Met vriendelijke groet,\n\n{b.ini(p, 0)}\n(geb. {b.dob()})"
    )
    return kn_doc(b, did, p, t)


def kn_whatsapp(r: random.Random, did: str) -> dict:
    b = B(r)
    ts = iter(b.clocks(3))
    p, words = known_person(r)
    med = b.person()
    d = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-26"
    t = (
        f"[{d} {next(ts)}] {b.full(p)}: Goedemorgen, ik wil nog doorgeven {ordinary(b, words)}\n"
        f"[{d} {next(ts)}] {b.first(med)}: Dank u wel, {b.named(p)}! Ik geef het door aan {b.dept()}.\n"
        f"[{d} {next(ts)}] {p.full()}: 👍"
    )
    return kn_doc(b, did, p, t)


def kn_mailthread(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    off = b.person()
    em = b.email(p)
    t = (
        f"Dank voor uw bericht, ik pak het op.\n{b.full(off)}\n\n> Van: {b.full(p)} <{em}>\n> Verzonden: "
        f"{b.day()} {b.date(1)}\n> Ik wil melden {ordinary(b, words)}. Groet, {b.ini(p, 0)}"
    )
    return kn_doc(b, did, p, t, email=em)


def kn_phonenote(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    ph = b.phone()
    t = (
        f"Tel.not. {b.date(2)}: {'mw.' if p.female else 'dhr.'} {b.sur(p)} (tel. {ph}) meldt i.o.m. {b.dept()} "
        f"{ordinary(b, words)}. T.a.v. terugbellen: voorkeur {b.day()}. Dossier: {b.full(p)}."
    )
    return kn_doc(b, did, p, t, phone=ph)


def kn_decision(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    off = b.person()
    t = (
        f"{'Mevrouw' if p.female else 'De heer'} {b.ini(p, 0)}\n{b.addr()}\n{b.pc()} {b.town()}\n\n"
        f"Onderwerp: uw melding (melder: {b.full(p)})\n\nGeachte {p.title} {b.sur(p)},\n\n"
        f"U meldde ons {ordinary(b, words)}. "
        f"Wij hebben besloten maatregelen te nemen.\n\nHoogachtend,\n{b.full(off)}"
    )
    return kn_doc(b, did, p, t)


def kn_evaluation(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"Evaluatie bemiddeling – bewoner: {b.full(p)}\nCijfer: {r.randint(5, 10)}\nOpmerking van "
        f'{b.named(p)}: "Eindelijk werd serieus genomen {ordinary(b, words)}."'
    )
    return kn_doc(b, did, p, t)


def kn_lawyer(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    adv = b.person()
    t = (
        f"Namens mijn cliënt, {b.named(p)}, bericht ik u als volgt. Cliënt heeft u herhaaldelijk gemeld "
        f"{ordinary(b, words)}. {b.poss(p, False)} klachten zijn niet behandeld. Ik verzoek u binnen twee weken te "
        f"reageren.\n\nmr. {b.full(adv)}, advocaat van {b.full(p)}"
    )
    return kn_doc(b, did, p, t)


def kn_press(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"PERSBERICHT\n\nDe gemeente {b.town()} pakt een langslepende melding op. Bewoner {b.full(p)} meldde "
        f"{ordinary(b, words)}. „Ik ben blij dat er nu iets gebeurt,” aldus {b.sur(p)}."
    )
    return kn_doc(b, did, p, t)


def kn_timeline(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    ts = b.clocks(3)
    t = (
        f"{b.date(3)} {ts[0]}  melding {b.full(p)} binnen\n{b.date(3)} {ts[1]}  gebeld met {b.named(p)}: "
        f"bevestigt {ordinary(b, words)}\n{b.date(3)} {ts[2]}  doorgezet naar {b.dept()}"
    )
    return kn_doc(b, did, p, t)


def kn_agreements(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    off = b.person()
    t = (
        f"Afspraken met {b.full(p)}\n\n| wie | wat | wanneer |\n|---|---|---|\n| {b.ini(p, 0)} | foto's "
        f"sturen | {b.day()} |\n| {b.full(off)} | nagaan {ordinary(b, words)} | {b.date(1)} |"
    )
    return kn_doc(b, did, p, t)


def kn_invite(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"Uitnodiging gesprek\nDeelnemers: {b.full(p)}, {b.full(b.person())} ({b.dept()})\nWaar: {b.place()}\n"
        f"Onderwerp: de melding {ordinary(b, words)}\nBevestigen aan {b.named(p)} graag voor {b.day()}."
    )
    return kn_doc(b, did, p, t)


def kn_capsform(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"NAAM: {b.x(p.sur().upper(), 'PERSON')}, {b.x(p.first.upper(), 'PERSON')}\nADRES: {caps_addr(b)}\n"
        f"TOELICHTING: bewoner zegt {ordinary(b, words)}\nBEHANDELD: {b.full(p)}"
    )
    return kn_doc(b, did, p, t)


def kn_postit(r: random.Random, did: str) -> dict:
    b = B(r)
    p, words = known_person(r)
    t = (
        f"Terugbellen: {b.named(p)} ivm melding {ordinary(b, words)}. Nummer staat in dossier {b.full(p)}. "
        f"– {b.x(b.person().first[0] + '.', 'PERSON')}"
    )
    return kn_doc(b, did, p, t)


def _shapes(prefix: str) -> list:
    """The shape functions whose names start with ``prefix``, in the order they are defined."""
    return [f for n, f in list(globals().items()) if n.startswith(prefix) and callable(f)]


REQUESTS = _shapes("rq_")
CASEFILES = _shapes("cf_")
OFFICIAL = _shapes("of_")
FOOTERS = _shapes("ft_")
KNOWN = _shapes("kn_")
KNOWN.remove(kn_doc)
