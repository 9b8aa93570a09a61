"""Document shapes of holdout8: each takes a draw context ``G`` and returns marked text (known shapes: text, known).

PROSE, FORMAL, KNOWN and RECORDS list the shapes per file; the generator cycles through them.
"""

from __future__ import annotations

import forms8
import ids8
import pools8
from forms8 import G, Person, keep, pii


def zij(p: Person) -> str:
    """Subject pronoun."""
    return "zij" if p.female else "hij"


def haar(p: Person) -> str:
    """Possessive pronoun."""
    return "haar" if p.female else "zijn"


def cap(s: str) -> str:
    """Capitalise the first letter of a marked text (mark labels skipped)."""
    i = 0
    while i < len(s):
        if s[i] == "\x01":
            i = s.index("\x02", i) + 1
            continue
        if s[i].isalpha():
            return s[:i] + s[i].upper() + s[i + 1 :]
        i += 1
    return s


NICK_ORIGINS = sorted(k for k, (fs, ms, _) in pools8.ORIGINS.items() if any(n in pools8.NICKNAMES for n in fs + ms))


def official(g: G) -> tuple[Person, str]:
    """An official with a role, as 'consulent Yasemin Karaca' or 'Yasemin Karaca van Sociaal Domein'."""
    o = g.person()
    x = g.r.randint(0, 3)
    if x == 0:
        return o, f"{g.role()} {g.full(o)}"
    if x == 1:
        return o, f"{g.full(o)} van {g.dept()}"
    if x == 2:
        return o, f"{g.init(o)} ({g.role()}, {g.dept()})"
    return o, f"{g.title(o)} van {g.k(g.pick(pools8.TEAMS))}"


# ----------------------------------------------------------------------------------------------- prose


def p_log(g: G) -> str:
    """Mediator log with timestamps."""
    a, b = g.person(), g.person()
    o, od = official(g)
    subj, compl = g.topic()
    t = g.times(6)
    lines = [f"Logboek {g.case_cued()} ({g.kday()} {g.kdate()})"]
    lines.append(f"{t[0]} Gebeld met {g.title(a)} over {subj}; {zij(a)} vertelt dat {compl}.")
    lines.append(f"{t[1]} Mail aan {od}, cc {g.init(b)}.")
    if g.chance(0.6):
        lines.append(f"{t[2]} {g.sur(o, start=True)} belt terug: {zij(o)} zoekt het uit vóór {g.kdate()}.")
    if g.chance(0.6):
        lines.append(f"{t[3]} {g.first(a)} stuurt de brief van {g.org()} door vanaf {g.email(a)}.")
    if g.chance(0.5):
        lines.append(f"{t[4]} Voicemail ingesproken op {g.phone()} (dochter {g.full(g.person(female=True))}).")
    lines.append(f"{t[5]} Dossier bijgewerkt, volgende stap: gesprek in {g.place()}.")
    return "\n".join(lines)


def p_call(g: G) -> str:
    """Résumé of a phone call in reported speech."""
    a = g.person()
    o, od = official(g)
    subj, compl = g.topic()
    s = [f"Telefoonnotitie {g.kdate()}. {cap(g.title(a, cap=True))} belde vanaf {g.phone()} over {subj}."]
    s.append(f"{cap(zij(a))} zei dat {compl} en dat {zij(a)} al twee keer met {od} had gesproken.")
    s.append(
        f"Volgens {g.sur(a)} had {g.sur(o)} toegezegd dat het vóór {g.kday()} geregeld zou zijn, "
        "maar er gebeurde niets."
    )
    if g.chance(0.5):
        s.append(f"{cap(zij(a))} woont op {g.addr()} in {g.town()} en is {g.dob()}.")
    if g.chance(0.5):
        s.append(
            f"Terugbellen kan op {g.phone('land')}; {haar(a)} buurman {g.full(g.person(female=False))} neemt soms op."
        )
    s.append(f"Afgesproken: ik bel {g.kday()} terug.")
    return " ".join(s)


def p_intake(g: G) -> str:
    """Intake note in running prose."""
    a = g.person()
    partner = g.person(origin=a.origin)
    s = [f"Intake op {g.kday()} {g.kdate()} in {g.place()}."]
    s.append(
        f"Verzoeker is {g.full(a)}, {g.dob()}, wonend aan de {g.addr()}, {g.pc()} {g.town()}, samen met "
        f"{haar(a)} partner {g.first(partner)} en twee kinderen."
    )
    s.append(f"Het gezin ontvangt {g.scheme()} en heeft een schuld bij {g.org()} van {g.amount()}.")
    if g.chance(0.6):
        s.append(f"{g.poss(a)} BSN is {g.bsn()}; betalingen gaan naar {g.iban()}.")
    if g.chance(0.5):
        s.append(f"{g.first(partner)} werkt als {g.role() if g.chance(0.2) else 'schoonmaker'} en is {g.dob()}.")
    s.append(f"Vervolg: {g.case_cued()}.")
    return " ".join(s)


def p_neighbours(g: G) -> str:
    """Neighbour dispute with several residents and bare street names."""
    street = g.street_name()
    a, b, c = g.person(), g.person(), g.person()
    subj, compl = g.topic()
    n1, n2 = g.r.randint(2, 90), g.r.randint(2, 90)
    s = [f"In de {g.bare_street(street)} speelt al maanden een conflict over {subj}."]
    s.append(
        f"{g.full(a)} (nummer {n1}) zegt dat {compl}; {g.full(b)} van nummer {n2} ontkent dat en wijst naar "
        f"{g.title(c)}, die op de hoek woont."
    )
    s.append(f"Alle drie willen een gesprek, maar niet in {g.place()}.")
    if g.chance(0.5):
        s.append(
            f"De wijkagent heeft {g.poss(b, use_first=False)} auto ({g.plate()}) twee keer op de stoep zien staan."
        )
    if g.chance(0.5):
        s.append(f"De melding staat bij {g.dept()} onder {g.case()}.")
    return " ".join(s)


def p_afspraken(g: G) -> str:
    """Agreements (afspraken) after a mediation meeting."""
    a = g.person()
    o1, od1 = official(g)
    o2 = g.person()
    lines = [f"Afspraken gesprek {g.kdate()} met {g.full(a)}:"]
    lines.append(f"1. {cap(od1)} beoordeelt de aanvraag voor {g.scheme()} vóór {g.kdate()}.")
    lines.append(f"2. {g.sur(a, start=True)} levert de bankafschriften aan (rekening {g.iban()}).")
    lines.append(f"3. {g.full(o2)} van {g.dept()} belt {g.sur(a)} op {g.phone('mobile')}.")
    if g.chance(0.6):
        lines.append(
            f"4. Als er {g.kday()} niets is gebeurd, mailt {g.first(a)} naar {g.service(g.pick(pools8.TOWNS))}."
        )
    lines.append(f"Vastgelegd door {g.init(g.person())}, bemiddelaar.")
    return "\n".join(lines)


def p_email(g: G) -> str:
    """E-mail with greeting, body, closing and signature."""
    a = g.person()
    o = g.person()
    subj, compl = g.topic()
    town = g.pick(pools8.TOWNS)
    greet = g.pick(["Beste", "Geachte", "Hoi", "Dag", "Goedemiddag"])
    to = g.first(o) if greet in ("Beste", "Hoi", "Dag") else g.title(o)
    body = [f"{greet} {to},", ""]
    body.append(
        f"Naar aanleiding van ons gesprek van {g.kday()} stuur ik u de gegevens over {subj}. Zoals besproken: "
        f"{compl}. Mijn buurvrouw {g.full(g.person(female=True))} kan dat bevestigen."
    )
    if g.chance(0.6):
        body.append(f"Mijn {g.case_cued()}.")
    body += ["", g.pick(["Met vriendelijke groet,", "Mvg", "Groet,", "Vriendelijke groeten,", "Hartelijke groet,"])]
    body.append(g.full(a) if g.chance(0.6) else g.first(a))
    if g.chance(0.7):
        body.append(f"{g.addr()}, {g.pc()} {keep(town)}")
        body.append(f"tel. {g.phone()} | {g.email(a)}")
    if g.chance(0.4):
        body.append("")
        body.append(f"Verzonden vanaf mijn iPhone. Kopie aan {g.init(g.person())} ({g.dept()}).")
    return "\n".join(body)


TYPO = ["ff", "wrm", "idd", "gwn", "nie", "mischien", "ok", "nogsteeds", "weet nie", "echt", "pff", "zsm"]


def p_whatsapp(g: G) -> str:
    """Informal lower-case WhatsApp text with typos and little punctuation."""
    a, b = g.person(), g.person()
    subj, compl = g.topic()
    t1 = g.pick(TYPO)
    s = f"hoi {g.lower(a)} {t1} een vraagje over {subj} {compl} en {g.lower(b)} zegt dat ik moet bellen met"
    s += f" {g.lower(g.person(), full=True)} van de gemeente"
    if g.chance(0.6):
        s += f" haar nummer is {g.phone('mobile')}"
    if g.chance(0.5):
        s += f" ik woon nu op {g.addr(lower=g.chance(0.5))} btw"
    s += f" {g.pick(TYPO)} kun je {g.kday()} even langs komen"
    if g.chance(0.5):
        s += f" groetjes {g.lower(g.person())}"
    return s


def p_sms(g: G) -> str:
    """SMS to the mediator, short, no punctuation."""
    a = g.person()
    s = f"goedemorgen met {g.lower(a, full=True)} hier"
    s += g.pick(
        [
            f" ik kan {g.kday()} nie komen want mijn zoon is ziek",
            " de brief van de gemeente is nogsteeds nie binnen",
            f" ik heb {g.lower(g.person())} gesproken die zegt wacht maar",
        ]
    )
    s += f" bel me ff op {g.phone('mobile')}"
    if g.chance(0.5):
        s += f" of mail {g.email(a)}"
    s += f" mijn {keep('dossiernummer')} is {g.case()}"
    return s


def p_flemish(g: G) -> str:
    """Flemish register: OCMW, schepen, gsm, 'ge'."""
    a, sc = g.person(origin=g.pick(["flemish", "moroccan", "turkish", "polish", "dutch_particle"])), g.person()
    ft = g.pick(pools8.FLEMISH_TOWNS)
    s = [f"Mevrouw, ik schrijf u in verband met mijn dossier bij het {keep('OCMW')} van {keep(ft)}."]
    s.append(f"Ik ben {g.full(a)}, {g.dob()}, en ik woon in de {g.addr()} te {keep(ft)}.")
    s.append(f"Schepen {g.sur(sc)} heeft beloofd dat ge binnen de maand antwoord krijgt, maar ik heb nog niets gezien.")
    s.append(f"Ge kunt mij altijd bereiken op mijn gsm {g.phone('foreign')} of via {g.email(a)}.")
    if g.chance(0.5):
        s.append(f"Het rekeningnummer voor de terugbetaling is {g.iban()}.")
    s.append(f"Met de meeste hoogachting, {g.sur(a, start=True) if g.chance(0.5) else g.first(a)}")
    return " ".join(s)


def p_surinamese(g: G) -> str:
    """Surinamese-Dutch register."""
    a = g.person(origin=g.pick(["hindustani", "javanese", "creole"]))
    sis = g.person(origin=a.origin, female=True)
    subj, compl = g.topic()
    s = [f"Ik ben {g.full(a)}, ik woon al twintig jaar in deze {keep('flat')} aan de {g.bare_street()}."]
    s.append(f"Mi zus {g.first(sis)} zegt ik moet bellen, want a no kan zo, {compl}.")
    s.append(f"Die mevrouw {g.sur(g.person())} van {g.dept()} zei 'wacht maar', ik heb gewacht tot ik moe ben.")
    s.append(f"Mijn {keep('kenmerk')} is {g.case()} en u kan mij bellen op {g.phone()}, na {g.time()} ben ik thuis.")
    if g.chance(0.4):
        s.append(f"Ik ben {g.dob()} in {keep('Paramaribo')}, ik ben geen jonkie meer.")
    return " ".join(s)


def p_caps(g: G) -> str:
    """Report with headings in capitals and a name in capitals."""
    a = g.person()
    o = g.person()
    subj, compl = g.topic()
    lines = [f"VERSLAG HUISBEZOEK {g.caps(a)}", ""]
    lines.append(f"AANLEIDING: {subj}; {compl}.")
    lines.append(f"BEZOCHT DOOR: {g.full(o)} ({g.dept()})")
    lines.append(f"ADRES: {g.addr(caps=True)}, {g.pc()} {g.town()}")
    lines.append("")
    lines.append(f"BEVINDINGEN: {g.sur(a, start=True)} was thuis; {zij(a)} liet de brief van {g.org()} zien.")
    lines.append(f"VERVOLG: terugkoppeling op {g.kdate()}.")
    return "\n".join(lines)


def p_reported(g: G) -> str:
    """Chain of reported speech."""
    a, b = g.person(), g.person()
    o, od = official(g)
    s = [
        f"Volgens {g.title(a)} heeft {od} tegen {haar(a)} zoon {g.first(g.person(female=False))} gezegd "
        f"dat de aanvraag voor {g.scheme()} 'gewoon kwijt' is."
    ]
    s.append(f"{g.full(b)}, die de familie helpt, bevestigt dat {g.sur(o)} dat letterlijk zo zei.")
    s.append(f"{g.sur(a, start=True)} vraagt nu of iemand anders dan {g.sur(o)} het dossier ({g.case()}) kan oppakken.")
    if g.chance(0.5):
        s.append(f"{cap(zij(b))} is bereikbaar op {g.phone()}.")
    return " ".join(s)


def p_questions(g: G) -> str:
    """Questions from the mediator to the department."""
    a = g.person()
    o = g.person()
    s = [f"Beste {g.first(o)}, een paar vragen over {g.full(a)} ({g.case_cued()}):"]
    s.append(f"Is de brief van {g.kdate()} ook naar {g.addr()} gestuurd, of naar het oude adres?")
    s.append(f"Klopt het dat {g.sur(a)} {g.dob()} is? In het systeem staat iets anders.")
    s.append(f"Kan {keep('Burgerzaken')} nagaan of {haar(a)} BSN {g.bsn()} goed is overgenomen?")
    if g.chance(0.5):
        s.append(f"En wie van {g.dept()} heeft {g.sur(a)} op {g.phone()} gebeld?")
    return " ".join(s)


def p_passive(g: G) -> str:
    """Passive voice and decisions."""
    a = g.person()
    o1, o2 = g.person(), g.person()
    s = [f"Door {g.init(o1)} is op {g.kdate()} besloten dat de vordering op {g.full(a)} wordt opgeschort."]
    s.append(f"Het bedrag van {g.amount()} wordt niet van rekening {g.iban()} afgeschreven.")
    s.append(
        f"De beslissing is ondertekend door wethouder {g.sur(o2)} en wordt aan {g.addr()} {g.pc()} {g.town()} "
        "verzonden."
    )
    if g.chance(0.5):
        s.append(f"Er wordt door {g.sur(a)} geen bezwaar gemaakt.")
    return " ".join(s)


def p_longclause(g: G) -> str:
    """Long subordinate clauses with several people."""
    a, b = g.person(), g.person(female=True)
    o, od = official(g)
    subj, compl = g.topic()
    return (
        f"Omdat {g.full(a)}, die sinds {g.kdate()} samen met {haar(a)} moeder {g.full(b)} in een huurhuis aan de "
        f"{g.bare_street()} woont, al drie keer had gemeld dat {compl}, en omdat {od} daarop telkens had "
        f"geantwoord dat {subj} niet onder {g.dept()} viel, heeft de bemiddelaar, nadat {g.sur(a)} ook nog "
        f"door {g.org()} was doorverwezen, besloten om alle partijen op {g.kday()} in {g.place()} bij elkaar "
        f"te brengen, zodat niemand meer naar een ander kan wijzen."
    )


def p_listpeople(g: G) -> str:
    """A list of people in running text."""
    ps = [g.person() for _ in range(g.r.randint(3, 5))]
    forms = [g.pick([g.full, g.init, g.title])(p) for p in ps]
    s = [f"Bij de bewonersavond in {g.place()} waren {g.people(forms)} aanwezig."]
    s.append(f"Namens {g.dept()} kwam {g.full(g.person())}; {g.sur(ps[0], start=True)} voerde het woord.")
    s.append(f"Contact voor de vervolgavond: {g.email(ps[1])}.")
    return " ".join(s)


def p_homevisit(g: G) -> str:
    """Home visit report with the address split across a line break."""
    a = g.person()
    street = g.street_name()
    num = g.number()
    words = street.split()
    if len(words) > 1:
        split = f"{pii('ADDRESS', words[0])}\n{pii('ADDRESS', ' '.join(words[1:]) + ' ' + num)}"
    else:
        split = f"{pii('ADDRESS', street)}\n{keep('nummer')} {num}"
    s = f"Huisbezoek bij {g.title(a)} aan de {split} op {g.kday()}. "
    s += f"{g.sur(a, start=True)} {g.age_dob()} woont alleen. "
    s += f"De trap is te steil; een aanvraag voor {g.scheme()} loopt onder {g.case()}."
    return s


def p_diary(g: G) -> str:
    """Mediator's diary in the first person with possessives and nicknames."""
    a = g.person(origin=g.pick(NICK_ORIGINS))
    nk = g.nick(a)
    s = [f"Vandaag weer met {g.full(a)} gesproken" + (f", door iedereen {nk} genoemd." if nk else ".")]
    s.append(f"{g.poss(a)} dochter {g.first(g.person(female=True))} tolkt.")
    s.append(f"Ik heb {g.poss(g.person(), use_first=False)} mail van {g.kday()} doorgestuurd naar {g.dept()}.")
    s.append(f"Morgen bel ik {g.first(a)} op {g.phone()}.")
    return " ".join(s)


def p_letterquote(g: G) -> str:
    """Quoting a municipal letter with its references and an ordinary letter date."""
    a = g.person()
    o = g.person()
    town = g.pick(pools8.TOWNS)
    return (
        f"In de brief van {g.kdate()} (ons kenmerk {g.case()}, uw kenmerk {g.case()}) schrijft de gemeente "
        f"{keep(town)} aan {g.title(a)}: 'Uw verzoek om {g.scheme()} is niet tijdig ingediend.' "
        f"De brief is ondertekend door {g.init(o)}, {g.role()}. {g.sur(a, start=True)} reageerde via "
        f"{g.service(town)} maar kreeg alleen een automatisch antwoord."
    )


def p_officials(g: G) -> str:
    """Officials' names next to departments and roles."""
    o1, o2, o3 = g.person(), g.person(), g.person()
    a = g.person()
    return (
        f"{g.full(o1)} van {g.dept()} en wethouder {g.sur(o2)} kwamen {g.kday()} langs bij {g.full(a)}. "
        f"{g.first(o1)} had de stukken; {g.sur(o2, start=True)} luisterde vooral. "
        f"Het verslag gaat via {g.init(o3)} naar {g.k(g.pick(pools8.TEAMS))}, i.o.v. {g.sur(o1)}."
    )


def p_mixed_dates(g: G) -> str:
    """Birth dates right next to ordinary dates that must stay."""
    a, b = g.person(), g.person()
    d_ord = keep(ids8.numeric_date(g.r))
    return (
        f"Op {d_ord} vond het gesprek plaats. {g.full(a)} ({g.dob(cue=False)}) en {g.full(b)} "
        f"({g.dob()}) waren aanwezig. De termijn loopt af op {g.kdate()}; de vorige afspraak was op "
        f"{g.kday()} {g.kdate()}."
    )


def p_complaintprose(g: G) -> str:
    """Resident's complaint with plate, postcode and quotes."""
    a = g.person()
    subj, compl = g.topic()
    return (
        f'"Ik word van het kastje naar de muur gestuurd," schrijft {g.full(a)} uit {g.town()}. '
        f"{cap(zij(a))} kreeg een {keep('naheffing')} voor de auto met kenteken {g.plate()} terwijl {zij(a)} "
        f"een {keep('vergunning')} heeft voor postcodegebied {g.pc()}. Ook over {subj} is {zij(a)} boos: {compl}."
    )


PROSE = [
    p_log,
    p_call,
    p_intake,
    p_neighbours,
    p_afspraken,
    p_email,
    p_whatsapp,
    p_sms,
    p_flemish,
    p_surinamese,
    p_caps,
    p_reported,
    p_questions,
    p_passive,
    p_longclause,
    p_listpeople,
    p_homevisit,
    p_diary,
    p_letterquote,
    p_officials,
    p_mixed_dates,
    p_complaintprose,
]


# ----------------------------------------------------------------------------------------------- formal


def f_request(g: G) -> str:
    """Formal request sentence."""
    a = g.person()
    return f"{cap(g.title(a, cap=True))}, {g.dob()}, verzoekt om herziening van het besluit over {g.scheme()}."


def f_bsn(g: G) -> str:
    """BSN statement."""
    a = g.person()
    cue = g.pick(["BSN", "burgerservicenummer", "BSN-nummer", "sofinummer", "Burgerservicenummer:"])
    return f"Het {keep(cue)} van {g.any_form(a)} is {g.bsn()}."


def f_payment(g: G) -> str:
    """Payment to an account."""
    a = g.person()
    return f"Het bedrag van {g.amount()} wordt overgemaakt op {g.iban()} t.n.v. {g.init(a)}."


def f_plate(g: G) -> str:
    """Vehicle with plate."""
    a = g.person()
    return f"Het voertuig met kenteken {g.plate()} staat op naam van {g.full(a)} uit {g.town()}."


def f_case(g: G) -> str:
    """Case with address."""
    a = g.person()
    return f"{cap(g.case_cued())} betreft {g.full(a)}, {g.addr()}, {g.pc()} {g.town()}."


def f_contact(g: G) -> str:
    """Contact details."""
    a = g.person()
    return f"{g.full(a)} is {keep('bereikbaar')} via {g.phone()} of {g.email(a)}."


def f_dob(g: G) -> str:
    """Birth date in a short sentence with an ordinary date beside it."""
    a = g.person()
    return f"{g.sur(a, start=True)}, {g.dob()}, tekende op {g.kdate()} de overeenkomst met {g.org()}."


def f_moved(g: G) -> str:
    """Change of address."""
    a = g.person()
    return f"Per {g.kdate()} is {g.title(a)} verhuisd naar {g.addr()} ({g.pc()})."


def f_official(g: G) -> str:
    """Official signs a decision with a case number."""
    o = g.person()
    return f"Dit {keep('besluit')} ({g.case()}) is genomen door {g.role()} {g.init(o)} namens het {keep('college')}."


def f_two(g: G) -> str:
    """Two people and an account."""
    a, b = g.person(), g.person()
    return f"{g.full(a)} en {g.full(b)} delen {keep('rekening')} {g.iban()}."


def f_csvlike(g: G) -> str:
    """Comma-separated line: surname, first name, birth date, town."""
    a = g.person()
    return f"{g.sur(a, start=True)}, {g.first(a)}, {g.dob(cue=False)}, {g.town()}"


def f_phone_only(g: G) -> str:
    """Call-back request with a foreign or landline number."""
    a = g.person()
    return (
        f"Graag {keep('terugbellen')} naar {g.phone(g.pick(['land', 'foreign', 'mobile']))} (vraag naar {g.first(a)})."
    )


def f_plate_case(g: G) -> str:
    """Parking fine with plate and case number."""
    return f"De {keep('naheffing')} {g.case()} voor kenteken {g.plate()} is vernietigd op {g.kdate()}."


def f_bracket(g: G) -> str:
    """Name with birth date in brackets."""
    a = g.person()
    return f"{keep('Betrokkene')}: {g.init(a)} ({g.dob(cue=False)}), {g.addr()}."


FORMAL = [
    f_request,
    f_bsn,
    f_payment,
    f_plate,
    f_case,
    f_contact,
    f_dob,
    f_moved,
    f_official,
    f_two,
    f_csvlike,
    f_phone_only,
    f_plate_case,
    f_bracket,
]


# ----------------------------------------------------------------------------------------------- known


def _known_person(g: G) -> tuple[Person, list[str], str]:
    if g.chance(0.75):
        sur, forms, frags = g.pick(pools8.KNOWN_WORDS)
        origin = g.pick(["dutch", "frisian", "limburg", "dutch_particle", "moluccan", "creole"])
        fs, ms, _ = pools8.ORIGINS[origin]
        fem = g.chance(0.5)
        first = g.pick(fs if fem else ms)
        p = Person(first, sur, fem, origin, first[0] + ".")
        return p, forms, g.pick(frags)
    first, word, frag = g.pick(pools8.KNOWN_FIRSTS)
    fem = first not in ("Bas", "Mees", "Dag")
    sur = g.pick(pools8.ORIGINS["dutch"][2] + pools8.ORIGINS["frisian"][2])
    return Person(first, sur, fem, "dutch", first[0] + "."), [word], frag


def _known(p: Person, g: G, extra: dict | None = None) -> dict:
    k = {"names": [f"{p.first} {p.sur}"]}
    if extra:
        k.update(extra)
    return k


def k_basic(g: G) -> tuple[str, dict]:
    """Name then ordinary use, then the bare surname or first name."""
    p, forms, frag = _known_person(g)
    body = frag.replace(forms[0], keep(forms[0]), 1)
    again = g.sur(p, start=True) if g.chance(0.5) else g.first(p)
    s = f"{g.full(p)} {body}. Sinds {g.kdate()} wacht {again} op {g.scheme()}."
    return s, _known(p, g)


def k_mail(g: G) -> tuple[str, dict]:
    """Known name with e-mail; the word in ordinary use."""
    p, forms, frag = _known_person(g)
    em = g.email(p)
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = (
        f"Van: {g.full(p)} <{em}>\nOnderwerp: {keep('bezwaar')}\n\nGeachte heer/mevrouw, ik schrijf u want mijn "
        f"buurman {body} en daar heb ik last van. Graag reactie.\n{g.first(p)}"
    )
    return s, _known(p, g, {"emails": [forms8.render(em)[0]]})


def k_phone(g: G) -> tuple[str, dict]:
    """Known name and phone in a call note."""
    p, forms, frag = _known_person(g)
    ph = g.phone("mobile")
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = f"Telefoonnotitie: {g.title(p)} belde ({ph}). {cap(zij(p))} {body}. Afspraak met {g.dept()} op {g.kday()}."
    return s, _known(p, g, {"phones": [forms8.render(ph)[0]]})


def k_lower(g: G) -> tuple[str, dict]:
    """Lower-case chat signed with the capitalised known name, the word in ordinary use."""
    p, forms, frag = _known_person(g)
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = f"hoi met {g.full(p)} mijn buurman {body} en ik heb nog steeds geen {keep('antwoord')} over {g.scheme()}"
    return s, _known(p, g)


def k_title(g: G) -> tuple[str, dict]:
    """Title + surname; ordinary use in a second sentence."""
    p, forms, frag = _known_person(g)
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = (
        f"De aanvraag van {g.title(p)} voor {g.scheme()} is afgewezen. Een buurman {body}. "
        f"{g.poss(p)} dochter belt {g.kday()}."
    )
    return s, _known(p, g)


def k_caps(g: G) -> tuple[str, dict]:
    """Name in capitals in a heading; ordinary use in text."""
    p, forms, frag = _known_person(g)
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = f"DOSSIER {g.caps(p)}\n{g.sur(p, start=True)} {body}. Contact via {g.dept()}, {g.case_cued()}."
    return s, _known(p, g)


def k_record(g: G) -> tuple[str, dict]:
    """Form record with the known name; ordinary use in the remark."""
    p, forms, frag = _known_person(g)
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = (
        f"Naam: {g.sfirst(p)}\n{keep('Geboortedatum')}: {g.dob(cue=False)}\n"
        f"Opmerking: de buurvrouw {body}; verder niets bijzonders."
    )
    return s, _known(p, g)


def k_reported(g: G) -> tuple[str, dict]:
    """Reported speech with the known name and the word."""
    p, forms, frag = _known_person(g)
    o = g.person()
    body = frag.replace(forms[0], keep(forms[0]), 1)
    s = (
        f"Volgens {g.full(o)} van {g.dept()} geldt: een buurtgenoot van {g.full(p)} {body}; "
        f"{g.first(p)} weet daar niets van."
    )
    return s, _known(p, g)


KNOWN = [k_basic, k_mail, k_phone, k_lower, k_title, k_caps, k_record, k_reported]


# ----------------------------------------------------------------------------------------------- records


def r_form(g: G) -> str:
    """Key: value form."""
    a = g.person()
    keys = [
        ("Naam", g.full(a)),
        ("Geboortedatum", g.dob(cue=False)),
        ("Adres", f"{g.addr()}, {g.pc()} {g.town()}"),
        ("Telefoon", g.phone()),
        ("E-mail", g.email(a)),
        ("BSN", g.bsn()),
        ("IBAN", g.iban()),
        ("Regeling", g.scheme()),
        ("Ingediend op", g.kdate()),
        ("Zaaknummer", g.case()),
    ]
    n = g.r.randint(5, len(keys))
    chosen = keys[:2] + sorted(g.r.sample(keys[2:], n - 2), key=keys.index)
    sep = g.pick([": ", ":\t", " = ", " - "])
    return "\n".join(f"{keep(k)}{sep}{v}" for k, v in chosen)


def r_markdown(g: G) -> str:
    """Markdown table of residents."""
    rows = ["| Naam | Geb.datum | Adres | Telefoon |", "|---|---|---|---|"]
    for _ in range(g.r.randint(2, 4)):
        a = g.person()
        rows.append(f"| {g.pick([g.full, g.sfirst, g.init])(a)} | {g.dob(cue=False)} | {g.addr()} | {g.phone()} |")
    return f"Overzicht bewoners {g.bare_street() if g.chance(0.3) else keep('blok C')} ({g.kdate()})\n\n" + "\n".join(
        rows
    )


def r_csv(g: G) -> str:
    """CSV rows with a header."""
    head = g.pick(["achternaam;voornaam;geboortedatum;postcode;kenteken", "naam,geb,postcode,plaats,telefoon"])
    rows = [head]
    for _ in range(g.r.randint(2, 4)):
        a = g.person()
        if ";" in head:
            rows.append(f"{g.sur(a, start=True)};{g.first(a)};{g.dob(cue=False)};{g.pc()};{g.plate()}")
        else:
            rows.append(f'"{g.full(a)}",{g.dob(cue=False)},{g.pc()},{g.town()},{g.phone()}')
    return "\n".join(rows)


def r_json(g: G) -> str:
    """JSON snippet (as exported by a case system)."""
    a = g.person()
    fields = [
        ("zaak", g.case()),
        ("naam", g.full(a)),
        ("geboortedatum", g.dob(cue=False)),
        ("email", g.email(a)),
        ("telefoon", g.phone()),
        ("afdeling", g.dept()),
        ("status", keep(g.pick(["in behandeling", "afgerond", "doorverwezen"]))),
    ]
    if g.chance(0.5):
        fields.append(("iban", g.iban()))
    ind = g.pick(["  ", "    ", ""])
    nl = "\n" if ind else " "
    inner = ("," + nl).join(f'{ind}"{k}": "{v}"' for k, v in fields)
    return "{" + nl + inner + nl + "}"


def r_yaml(g: G) -> str:
    """YAML snippet with a nested list of people."""
    a, b = g.person(), g.person()
    lines = [
        f"{keep('dossier')}: {g.case()}",
        f"{keep('thema')}: {g.scheme()}",
        "betrokkenen:",
        f"  - naam: {g.full(a)}",
        f"    geboren: {g.dob(cue=False)}",
        f"    adres: {g.addr()}",
        f"  - naam: {g.init(b)}",
        f"    rol: {g.role()}",
        f"    telefoon: '{g.phone()}'",
        f"{keep('datum_gesprek')}: {keep(ids8.numeric_date(g.r))}",
    ]
    return "\n".join(lines)


def r_mailheader(g: G) -> str:
    """E-mail headers Van/Aan/CC/Onderwerp/Datum and a short body."""
    a, o, c = g.person(), g.person(), g.person()
    town = g.pick(pools8.TOWNS)
    slug = town.lower().replace(" ", "")
    oem = f"{forms8.ascii_fold(o.first[0])}.{forms8.ascii_fold(o.core.replace(' ', ''))}@{slug}.nl"
    lines = [
        f"Van: {g.full(a)} <{g.email(a)}>",
        f"Aan: {g.full(o)} <{pii('EMAIL', oem)}>",
        f"CC: {g.service(town)}; {g.init(c)}",
        f"Onderwerp: {keep('Re')}: {g.case_cued()}",
        f"Datum: {g.kday()} {g.kdate()} {g.time()}",
        "",
        f"Beste {g.first(o)}, in de bijlage de brief van {g.org()}. Groet, {g.first(a)}",
    ]
    return "\n".join(lines)


def r_forward(g: G) -> str:
    """Forwarded and quoted mail."""
    a, o, m = g.person(), g.person(), g.person()
    subj, compl = g.topic()
    lines = [
        f"Hoi {g.first(m)}, zie hieronder. Kun jij dit oppakken? {g.first(o)}",
        "",
        "---------- Doorgestuurd bericht ----------",
        f"Van: {g.full(a)} <{g.email(a)}>",
        f"Datum: {g.kdate()}",
        f"Onderwerp: {subj}",
        "",
        f"> Geachte {g.title(o)},",
        f"> {cap(compl)}. Ik woon op {g.addr()} en mijn nummer is {g.phone()}.",
        f"> Mvg {g.sur(a, start=True)}",
    ]
    return "\n".join(lines)


def r_addressblock(g: G) -> str:
    """Letter address block and opening lines."""
    a = g.person()
    town = g.pick(pools8.TOWNS)
    lines = [
        g.pick(["Aan", "T.a.v.", "Retour:"]) + f" {g.title(a)}" if g.chance(0.5) else f"{g.title(a, cap=True)}",
        g.addr(),
        f"{g.pc()}  {keep(town.upper()) if g.chance(0.5) else keep(town)}",
        "",
        f"{keep(town)}, {g.kdate()}",
        f"Ons kenmerk: {g.case()}",
        f"Uw brief van: {g.kdate()}",
        f"Onderwerp: {g.scheme()}",
        "",
        f"Geachte {g.title(a)},",
    ]
    return "\n".join(lines)


def r_minutes(g: G) -> str:
    """Minutes with present/absent/minute-taker and action points with initials."""
    ps = [g.person() for _ in range(4)]
    ab = g.person()
    nt = g.person()
    inis = []
    for p in ps[:3]:
        ini = (p.first[0] + p.core.replace(" ", "")[0]).upper()
        inis.append(ini)
    lines = [
        f"NOTULEN {keep('overleg sociaal domein')} {g.kdate()}",
        f"Aanwezig: {', '.join(g.full(p) for p in ps[:3])} ({', '.join(pii('PERSON', i) for i in inis)}), "
        f"{g.init(ps[3])}",
        f"Afwezig: {g.title(ab)} (m.k.)",
        f"Notulist: {g.full(nt)}",
        "",
        "Actiepunten:",
        f"- {pii('PERSON', inis[0])}: belt {g.title(g.person())} over {g.scheme()} (vóór {g.kdate()})",
        f"- {pii('PERSON', inis[1])}: stuurt {g.case()} door naar {g.dept()}",
        f"- {pii('PERSON', inis[2])}/{g.sur(ps[3], start=True)}: huisbezoek {g.addr()}",
    ]
    return "\n".join(lines)


def r_chat(g: G) -> str:
    """Chat export with timestamps and sender names."""
    a, b = g.person(), g.person()
    d = ids8.numeric_date(g.r).replace("-", "/")
    t = g.times(4)
    lines = [
        f"[{keep(d)} {t[0]}] {g.full(a)}: goedemorgen, is er al nieuws over {g.scheme()}?",
        f"[{keep(d)} {t[1]}] {g.first(b)}: nog niet, {g.sur(b, start=True)} van {g.dept()} is ziek",
        f"[{keep(d)} {t[2]}] {g.full(a)}: ok bel me op {g.phone('mobile')}",
    ]
    if g.chance(0.6):
        lines.append(f"[{keep(d)} {t[3]}] {g.first(b)}: doe ik. mijn mail is {g.email(b)}")
    return "\n".join(lines)


def r_phonenote(g: G) -> str:
    """Structured phone-call note."""
    a = g.person()
    o = g.person()
    subj, compl = g.topic()
    return "\n".join(
        [
            f"{keep('TELEFOONNOTITIE')}",
            f"Datum/tijd: {g.kdate()}, {g.time()}",
            f"Beller: {g.title(a)} ({g.phone()})",
            f"Aangenomen door: {g.first(o)} {keep('KCC')}",
            f"Onderwerp: {subj}",
            f"Samenvatting: {compl}; terugbelverzoek aan {g.dept()}.",
        ]
    )


def r_kvk(g: G) -> str:
    """Registration-style extract (KvK-like) with owner data."""
    a = g.person()
    trade = g.pick(["Klusbedrijf Vakwerk", "Schoonmaakdienst Helder", "Kapsalon Knipwerk", "Fietsherstel De Spaak"])
    return "\n".join(
        [
            f"{keep('Uittreksel Handelsregister')}",
            f"Handelsnaam: {keep(trade)}",
            f"{keep('KvK-nummer')}: {keep(str(g.r.randint(10000000, 99999999)))}",
            f"Eigenaar: {g.sfirst(a)}",
            f"Geboren: {g.dob(cue=False)}",
            f"Bezoekadres: {g.addr()}, {g.pc()} {g.town()}",
            f"Datum inschrijving: {g.kdate()}",
        ]
    )


def r_overview(g: G) -> str:
    """Case overview with several residents."""
    lines = [f"{keep('Zaakoverzicht')} {g.dept()} — week {g.r.randint(2, 51)}"]
    for _ in range(g.r.randint(2, 4)):
        a = g.person()
        lines.append(
            f"* {g.case()} | {g.sur(a, start=True)}, {g.first(a)} | {g.bare_street()} | "
            f"{keep(g.pick(['nieuw', 'in behandeling', 'wacht op info', 'afgerond']))}"
        )
    return "\n".join(lines)


def r_appointment(g: G) -> str:
    """Appointment confirmation."""
    a = g.person()
    o = g.person()
    return "\n".join(
        [
            f"{keep('Bevestiging afspraak')}",
            f"Beste {g.title(a)},",
            f"U heeft een afspraak op {g.kday()} {g.kdate()} om {g.time()} in {g.place()} met {g.full(o)}.",
            f"Neem uw identiteitsbewijs mee. Uw {keep('referentie')}: {g.case()}.",
            f"Verhinderd? Bel {g.service(g.pick(pools8.TOWNS))} of sms naar {g.phone('mobile')}.",
        ]
    )


def r_bullets(g: G) -> str:
    """Bulleted summary."""
    a, b = g.person(), g.person()
    return "\n".join(
        [
            f"{keep('Samenvatting')}:",
            f"• verzoeker: {g.full(a)} ({g.dob()})",
            f"• partner: {g.first(b)} {g.sur(a)}" if g.chance(0.3) else f"• partner: {g.full(b)}",
            f"• adres: {g.addr()} te {g.town()}",
            f"• rekening: {g.iban()}",
            f"• auto: {g.plate()}",
            f"• BSN: {g.bsn()}",
        ]
    )


def r_sms_log(g: G) -> str:
    """SMS log export."""
    a = g.person()
    return "\n".join(
        [
            f"SMS van {g.phone('mobile')} ({g.first(a)}) — {keep(ids8.numeric_date(g.r))} {g.time()}",
            f"tekst: ik ben {g.dob(cue=False)} geboren he nie zoals in de brief staat {keep('kenmerk')} {g.case()}",
        ]
    )


def r_registration(g: G) -> str:
    """Municipal registration extract (BRP-like)."""
    a = g.person()
    return "\n".join(
        [
            f"{keep('Uittreksel BRP')}",
            f"Geslachtsnaam: {g.sur(a, start=True)}",
            f"Voornamen: {g.first(a)}",
            f"Geboortedatum: {g.dob(cue=False)}",
            f"{keep('Geboorteplaats')}: {g.town()}",
            f"BSN: {g.bsn()}",
            f"Woonadres: {g.addr()}, {g.pc()}",
        ]
    )


RECORDS = [
    r_form,
    r_markdown,
    r_csv,
    r_json,
    r_yaml,
    r_mailheader,
    r_forward,
    r_addressblock,
    r_minutes,
    r_chat,
    r_phonenote,
    r_kvk,
    r_overview,
    r_appointment,
    r_bullets,
    r_sms_log,
    r_registration,
]
