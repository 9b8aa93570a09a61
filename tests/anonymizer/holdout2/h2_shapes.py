"""Templates of holdout2_shapes.jsonl: case notes, e-mails, letters, minutes and chats in many sentence shapes."""

from __future__ import annotations

import datetime as dt

from h2_core import Gen, Person, ascii_fold, cap, keep, m, the_body, the_team
from h2_pools import APPLY_SCHEMES, BODIES, DECIDING_TEAMS, MONTHS, ORGS, ROLES, SCHEMES, TEAMS, WEEKDAYS


def P(t: str) -> str:
    return m("PERSON", t)


def A(t: str) -> str:
    return m("ADDRESS", t)


def PC(t: str) -> str:
    return m("POSTCODE", t)


def PH(t: str) -> str:
    return m("PHONE", t)


def EM(t: str) -> str:
    return m("EMAIL", t)


def DOB(t: str) -> str:
    return m("DATE_OF_BIRTH", t)


def K(t: str) -> str:
    return keep(t)


def case_ref(g: Gen) -> str:
    cue, num = g.case()
    return f"{cue}{m('CASE_NUMBER', num)}"


SUBJECTS = [
    (
        "parkeervergunning",
        "Mijn aanvraag voor een parkeervergunning is afgewezen omdat mijn auto op naam van mijn "
        "werkgever staat. Dat klopt, maar ik rijd er elke dag zelf in.",
    ),
    (
        "bijzondere bijstand",
        "Ik heb bijzondere bijstand aangevraagd voor een nieuwe koelkast. Na zes weken heb ik "
        "nog niets gehoord, ook niet na twee keer bellen.",
    ),
    (
        "traplift",
        "Sinds mijn heupoperatie kom ik de trap niet meer op. De aanvraag voor een traplift ligt al maanden stil.",
    ),
    ("container", "Onze container is drie keer niet geleegd. De vuilniswagen rijdt gewoon voorbij."),
    ("kwijtschelding", "Ik kreeg een aanmaning voor de afvalstoffenheffing terwijl ik kwijtschelding heb gevraagd."),
    (
        "leerlingenvervoer",
        "Mijn zoon krijgt geen leerlingenvervoer meer omdat de school net binnen de grens ligt. "
        "Hij kan niet alleen met de bus.",
    ),
    ("geluidsoverlast", "De bouwplaats naast ons begint om zes uur 's ochtends met heien."),
    ("naheffing", "Ik kreeg een naheffing terwijl ik gewoon had betaald met de app."),
]


def mail_forwarded(g: Gen) -> str:
    res, off1, off2 = g.person(), g.person(), g.person()
    subj, body = g.pick(SUBJECTS)
    email = g.email(res)
    d = g.day()
    city, _, domain = g.muni
    street = g.address()
    pc = g.postcode()
    phone = g.phone(res)
    sign = res.full if g.chance(0.6) else res.first
    lines = [
        f"Hoi {P(off1.first)},",
        "",
        f"Kun jij deze oppakken? Het lijkt op de melding van vorige maand. {cap(the_team(g.pick(TEAMS)))} weet ervan.",
        "",
        f"Groet, {P(off2.first)}",
        "",
        "---------- Doorgestuurd bericht ---------",
        f"Van: {P(res.full)} <{EM(email)}>",
        f"Datum: {K(g.date_words(d, weekday=True))} om {g.time()}",
        f"Aan: {K('info@' + domain)}",
        f"Onderwerp: {subj}",
        "",
        "Geachte heer/mevrouw,",
        "",
        body,
        f"U kunt mij bereiken op {PH(phone)}." if g.chance(0.7) else "Bel mij liever niet onder werktijd.",
        "",
        "Met vriendelijke groet,",
        P(sign),
        A(street),
        f"{PC(pc)} {city}",
    ]
    return "\n".join(lines)


def mail_quoted(g: Gen) -> str:
    res, off = g.person(), g.person()
    team = g.pick(TEAMS)
    city = g.muni[0]
    email = g.email(res)
    street = g.street()
    answer = g.pick(
        [
            f"Ik heb uw vraag besproken met {K(team)}. Zij bellen u uiterlijk {K(g.pick(WEEKDAYS))} terug.",
            "De termijn voor een besluit is acht weken. "
            f"Ik zorg dat u vóór {K(g.date_words(year=False))} bericht krijgt.",
            f"Uw aanvraag voor {K(g.pick(APPLY_SCHEMES))} is compleet. U hoeft niets meer op te sturen.",
        ]
    )
    quoted = [
        f"> Op {g.date_words()} om {g.time()} schreef {P(res.full)} <{EM(email)}>:",
        ">",
        "> Goedemiddag,",
        f"> Al weken ligt er een kapotte lantaarnpaal op de stoep van de {A(street)}.",
        "> Mijn moeder is er gisteren bijna over gestruikeld. Wie ruimt dit op?",
        ">",
        f"> Groet, {P(res.first)}",
    ]
    body = [
        f"Beste {res.title} {P(res.ref)},",
        "",
        f"Dank voor uw bericht. {answer}",
        "",
        "Met vriendelijke groet,",
        "",
        P(off.full),
        f"{g.pick(ROLES)}, {K('gemeente ' + city)}",
        f"T {K(g.k14())} | {EM(g.work_email(off))}",
        "",
        *quoted,
    ]
    return "\n".join(body)


def letter(g: Gen) -> str:
    res, off = g.person(), g.person()
    city, _, domain = g.muni
    scheme = g.pick(["bijzondere bijstand", "individuele inkomenstoeslag", "meerkostenregeling", "Bbz"])
    amount = g.amount()
    sent = g.day()
    received = sent - dt.timedelta(days=g.r.randrange(10, 60))
    salutation = "Geachte mevrouw" if res.gender == "f" else "Geachte heer"
    addressee = ("Mevrouw " if res.gender == "f" else "De heer ") + P(res.initialed)
    end = g.pick(["Hoogachtend,", "Met vriendelijke groet,"])
    lines = [
        K("Gemeente " + city),
        K(g.pick(DECIDING_TEAMS)),
        "",
        addressee,
        A(g.address()),
        f"{PC(g.postcode())}  {city.upper()}",
        "",
        f"Datum: {K(g.date_words(sent))}",
        f"Ons kenmerk: {m('CASE_NUMBER', g.case()[1])}",
        f"Onderwerp: besluit {K(scheme)}",
        "",
        f"{salutation} {P(res.ref)},",
        "",
        f"Op {g.date_words(received, year=False)} ontvingen wij uw aanvraag. U vraagt een bijdrage van {K(amount)}.",
        g.pick(
            [
                "Wij kennen de aanvraag toe. Het bedrag staat binnen vijf werkdagen op uw rekening.",
                "Wij wijzen de aanvraag af, omdat uw inkomen boven de grens ligt. Hieronder leest u waarom.",
                "Wij hebben meer informatie nodig. Stuur ons binnen twee weken uw laatste drie loonstroken.",
            ]
        ),
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Kijk op "
        f"{K('www.' + domain)} of bel {K(g.k14())}.",
        "",
        end,
        "",
        P(off.initialed),
        g.pick(ROLES),
    ]
    return "\n".join(lines)


def minutes(g: Gen) -> str:
    p1, p2, p3, p4, p5 = (g.person() for _ in range(5))
    interp = g.person(origin=p3.origin) if p3.origin != "dutch" else None
    team1, org = g.pick(TEAMS), g.pick(ORGS)
    present = [f"{P(p1.full)} ({K(team1)})", f"{P(p2.full)} ({K(org)})", f"{g.title(p3)} {P(p3.ref)} (bewoner)"]
    if interp:
        present.append(f"{P(interp.full)} (tolk)")
    d = g.day()
    lines = [
        g.pick(["VERSLAG CASUSOVERLEG", "Verslag casusoverleg", "Notulen multidisciplinair overleg"])
        + f" {K(g.date_words(d, weekday=True))}",
        "Aanwezig: " + ", ".join(present),
        f"Afwezig met bericht: {P(p4.initialed)} ({K(g.pick(BODIES))})",
        f"Notulen: {P(p5.first)}",
        "",
        "1. Opening",
        f"{P(p1.first)} opent het overleg en heet iedereen welkom.",
        "",
        "2. Situatie",
        f"{P(p3.ref)} heeft sinds {K(g.pick(MONTHS))} een huurachterstand van {K(g.amount())}. "
        f"{cap_pron(p3)} wil een betalingsregeling maar durft de verhuurder niet te bellen.",
        f"{P(p2.ref)} geeft aan dat {K(org)} kan helpen met de administratie.",
        "",
        "3. Afspraken",
        f"Actiepunt: {P(p2.first)} belt de verhuurder vóór {K(g.pick(WEEKDAYS))}.",
        f"Actiepunt: {P(p1.ref)} stuurt de beschikking opnieuw naar {g.title(p3)} {P(p3.ref)}.",
        f"Actiepunt: {P(p5.first)} plant een huisbezoek.",
    ]
    return "\n".join(lines)


def cap_pron(p: Person) -> str:
    return "Zij" if p.gender == "f" else "Hij"


def chat(g: Gen) -> str:
    res, neighbour = g.person(), g.person()
    fold = g.chance(0.5)

    def low(s: str) -> str:
        return (ascii_fold(s) if fold else s).lower()

    t = g.times(6)
    street = g.address(lower=True)
    phone = g.mobile()
    lines = [
        f"[{t[0]}] inwoner: hoi met {P(low(res.full))}",
        f"[{t[1]}] inwoner: mijn {K(g.pick(['uitkering', 'toeslag', 'pasje']))} staat nog altijd niet op mn rekening "
        f"en ik woon op de {A(street)}",
        f"[{t[2]}] medewerker: Hallo! Wat vervelend. Mag ik uw geboortedatum?",
        f"[{t[3]}] inwoner: {DOB(g.dob())}",
        f"[{t[4]}] inwoner: mijn {'buurvrouw' if neighbour.gender == 'f' else 'buurman'} "
        f"{P(low(neighbour.first))} heeft hetzelfde probleem"
        if g.chance(0.6)
        else f"[{t[4]}] inwoner: bel me maar op {PH(phone)}",
        f"[{t[5]}] medewerker: Dank u. Ik zet het door naar {the_team(g.pick(TEAMS))}, u hoort binnen "
        f"{K('drie werkdagen')} van ons.",
    ]
    return "\n".join(lines)


def caps_note(g: Gen) -> str:
    fam, coach = g.person(), g.person()
    child = g.child_name(fam.origin)
    scheme = g.pick(["bijzondere bijstand", "een gift uit het noodfonds", "hulp van de Voedselbank"])
    lines = [
        f"HUISBEZOEK FAMILIE {P(fam.ref.upper())}",
        f"ADRES: {A(g.address().upper())}",
        "",
        f"Datum: {K(g.date_words(weekday=True))}",
        f"Wijkcoach: {P(coach.full)}",
        "",
        f"{fam.title.capitalize()} {P(fam.ref)} woont met drie kinderen in een portiekflat. De jongste, "
        f"{P(child)}, slaapt in de woonkamer. {cap_pron(fam)} vraagt {K(scheme)} aan voor een bed.",
        f"AFSPRAAK: {P(coach.first.upper())} BELT {the_body(g.pick(BODIES), upper=True)} OVER DE ACHTERSTAND.",
    ]
    return "\n".join(lines)


def possessive(p: Person, first: bool) -> tuple[str, str] | None:
    """(marked possessive text) or None when the name does not take a clean possessive."""
    name = p.first.split()[0] if first else p.ref
    last = name[-1].lower()
    if last in "aiouy":
        return P(name) + "'s", name
    if last in "sxz":
        return P(name) + "'", name
    if last == "e":
        return None
    return P(name + "s"), name


def possessives(g: Gen) -> str:
    for _ in range(20):
        a, b = g.person(), g.person()
        pa, pb = possessive(a, True), possessive(b, False)
        if pa and pb:
            break
    else:
        raise RuntimeError("no possessive pair")
    street = g.street()
    lines = [
        g.pick(
            [
                f"{pa[0]} aanvraag voor {K(g.pick(APPLY_SCHEMES))} is afgewezen omdat een bankafschrift ontbrak.",
                f"{pa[0]} dossier is zoekgeraakt bij de verhuizing van het {K('archief')}.",
                f"{pa[0]} moeder belde om te vragen hoe het met de {K('aanvraag')} staat.",
            ]
        ),
        f"Volgens {P(a.full)} heeft {a.pron} alles op tijd gemaild.",
        g.pick(
            [
                f"{pb[0]} zoon speelt op het pleintje aan de {A(street)} en trapt daar volgens de buren ruiten in.",
                f"{pb[0]} hond blaft volgens de buren aan de {A(street)} de hele dag.",
                f"{pb[0]} auto staat al weken op de stoep van de {A(street)}.",
            ]
        ),
        f"{b.title.capitalize()} {P(b.ref)} ontkent dat. {cap(the_team(g.pick(TEAMS)))} wil met beide gezinnen praten.",
    ]
    g.r.shuffle(lines)
    return " ".join(lines)


def name_org(g: Gen) -> str:
    a, b, c, res = g.person(), g.person(), g.person(), g.person()
    org = g.pick(ORGS)
    team = g.pick(TEAMS)
    body = g.pick(BODIES)
    parts = [
        g.pick(
            [
                f"{P(a.full)} van {the_team(team)} heeft contact gehad met {g.title(res)} {P(res.ref)}.",
                f"{P(a.full)}, {K(g.pick(ROLES))} bij {the_team(team)}, sprak {g.title(res)} {P(res.ref)} gisteren.",
                f"Volgens {P(a.full)} ({K(team)}) wacht {g.title(res)} {P(res.ref)} nog op een huisbezoek.",
            ]
        ),
        g.pick(
            [
                f"{P(b.full)} namens {K(org)} zegt dat de woning te vochtig is om in te wonen.",
                f"Namens {K(org)} schuift {P(b.full)} aan bij het volgende gesprek.",
                f"{b.title.capitalize()} {P(b.full)} van {K(org)} vindt dat de schimmel eerst weg moet.",
            ]
        ),
        g.pick(
            [
                f"{P(c.initialed)} ({K(body)}) vraagt om een kopie van de indicatie.",
                f"Bij {the_body(body)} is {P(c.initialed)} het aanspreekpunt.",
            ]
        ),
        f"Daarna belde {P(res.first)} zelf nog met {P(a.first)}.",
    ]
    head = parts[:3]
    g.r.shuffle(head)
    return " ".join(head + parts[3:])


def bare_surnames(g: Gen) -> str:
    a, b, off = g.person(), g.person(), g.person()
    met = g.day()
    due = met + dt.timedelta(days=g.r.randrange(7, 30))
    lines = [
        f"Verslag gesprek {K(g.date_words(met, weekday=True, year=False))}.",
        f"Aanwezig waren {a.formal} {P(a.initialed)}, {b.title} {P(b.full)} en {P(off.full)} ({K(g.pick(TEAMS))}).",
        f"{P(a.ref)} vertelt dat de brief over {K(g.pick(SCHEMES))} nooit is aangekomen.",
        f"{P(b.ref)} herkent dat: ook {b.poss} post komt vaak bij de buren terecht.",
        f"{P(off.ref)} zoekt uit of het adres in de basisregistratie klopt.",
        f"{P(a.ref)} en {P(b.ref)} krijgen voor {K(g.date_words(due, year=False))} bericht.",
    ]
    return "\n".join(lines)


def streets(g: Gen) -> str:
    s1, s2, s3, s4 = g.street(), g.street(), g.street(), g.street()
    melder = g.person()
    parts = [
        f"Bewoners langs de {A(s1)} klagen over auto's die te hard rijden.",
        f"Op de hoek van de {A(s2)} en de {A(s3)} staat al weken een kapotte bank.",
        f"De melder, {P(melder.full)}, woont aan de {A(s4)} en wil niet dat de buren weten dat "
        f"{melder.pron} heeft gebeld.",
        f"{K(g.pick(['Stadsbeheer', 'Openbare Ruimte', 'Handhaving']))} komt {K(g.pick(WEEKDAYS))} kijken.",
    ]
    if g.chance(0.5):
        parts.insert(
            2,
            f"Een {g.pick(['bestelbus', 'camper', 'aanhanger', 'busje'])} met kenteken "
            f"{m('LICENSE_PLATE', g.plate())} staat daar al {K('drie weken')} stil.",
        )
    head = parts[:2]
    g.r.shuffle(head)
    return " ".join(head + parts[2:])


def phone_note(g: Gen) -> str:
    called = g.day()
    res, off = g.person(), g.person()
    kind = g.pick(["mobile", "landline", "foreign"])
    ph = g.phone(res, kind)
    lines = [
        f"Telefoonnotitie {K(g.date_words(called, year=False))}, {g.time()}",
        f"Beller: {g.title(res)} {P(res.full)}",
        f"Terugbelnummer: {PH(ph)}",
        f"Aangenomen door: {P(off.first)} ({K(g.pick(TEAMS))})",
        "",
        f"{res.title.capitalize()} {P(res.ref)} belt over een brief van {the_body(g.pick(BODIES))}. "
        f"{cap_pron(res)} begrijpt niet waarom {res.poss} {K(g.pick(['uitkering', 'toeslag', 'bijdrage']))} "
        "is stopgezet. Graag terugbellen, liefst na drie uur.",
    ]
    if kind == "foreign":
        back = called + dt.timedelta(days=g.r.randrange(5, 40))
        lines.append(f"Let op: {res.pron} is tot {K(g.date_words(back, year=False))} in het buitenland.")
    return "\n".join(lines)


def web_intake(g: Gen) -> str:
    res = g.person()
    city = g.muni[0]
    since = g.r.randrange(2005, 2024)
    dob = g.dob()
    shapes = [
        f"Ik ben {P(res.full)} en woon sinds {since} aan de {A(g.address())} in {city}.",
        f"Mijn naam is {P(res.full)}, ik ben geboren op {DOB(dob)} en ik woon aan de {A(g.address())}.",
        f"Hallo, {P(res.full)} hier ({DOB(dob)}), bewoner van de {A(g.address())}.",
    ]
    body = [
        g.pick(shapes),
        g.pick(
            [
                f"Vorig jaar heb ik {K(g.pick(APPLY_SCHEMES))} aangevraagd en ik heb nooit een besluit gekregen.",
                "Mijn buren hebben een schutting op mijn grond gezet en de gemeente doet niets.",
                "Ik moet een boete betalen voor een container die niet van mij is.",
            ]
        ),
        f"Mijn telefoonnummer is {PH(g.phone(res))} en mijn mail is {EM(g.email(res))}."
        + (f" Mijn BSN is {m('BSN', g.bsn())}." if g.chance(0.7) else ""),
        f"Ik heb al gebeld met {K(g.k14())} maar daar kon niemand mij helpen.",
    ]
    return " ".join(body)


def agreement(g: Gen) -> str:
    res, off, boss = g.person(), g.person(), g.person()
    team = g.pick(TEAMS)
    d = g.day(2024, 2025)
    lines = [
        f"Afspraak met {K(team)}: {P(off.full)} ({g.pick(ROLES)}) belt {g.title(res)} {P(res.ref)} uiterlijk "
        f"{K(g.date_words(d, weekday=True, year=False))}.",
        f"Als dat niet lukt, neemt teamleider {P(boss.full)} het over.",
        f"{P(res.first)} heeft laten weten dat {res.pron} overdag bereikbaar is op {PH(g.phone(res))}.",
        f"Het gaat om {case_ref(g)}.",
    ]
    if g.chance(0.8):
        lines.append(
            f"Het teveel betaalde bedrag van {K(g.amount())} wordt teruggestort op {m('IBAN', g.iban())} "
            f"t.n.v. {P(res.initialed)}."
        )
    return " ".join(lines)


def interpreter(g: Gen) -> str:
    res = g.person(origin=g.pick(["syrian", "eritrean", "ukrainian", "somali", "polish", "turkish", "moroccan"]))
    interp = g.person(origin=res.origin)
    daughter = g.chance(0.5)
    child = g.child_name(res.origin, "f" if daughter else "m")
    age = g.r.randrange(4, 17)
    lang = {
        "syrian": "Arabisch",
        "eritrean": "Tigrinya",
        "ukrainian": "Oekraïens",
        "somali": "Somalisch",
        "polish": "Pools",
        "turkish": "Turks",
        "moroccan": "Tarifit",
    }[res.origin]
    lines = [
        f"Via tolk {P(interp.full)} ({lang}) sprak ik met {P(res.full)} en {res.poss} "
        f"{'dochter' if daughter else 'zoon'} {P(child)} ({age}).",
        f"{P(child)} vertaalt thuis alle brieven, ook die van {the_body(g.pick(BODIES))}.",
        f"{res.title.capitalize()} {P(res.ref)} wil dat niet langer; {res.pron} wil zelf begrijpen wat er staat.",
        f"Volgende afspraak: {K(g.date_words(weekday=True, year=False))} met dezelfde tolk.",
    ]
    return " ".join(lines)


def sms(g: Gen) -> str:
    res = g.person()
    ph = g.mobile()
    hi = g.pick(["hoi", "goedemorgen", "hallo", "hey"])
    msg = g.pick(
        [
            f"{hi}, met {P(res.first.lower())}. kan ik morgen langskomen voor de formulieren?",
            f"{hi} dit is {P(res.full.lower())} ik heb de brief van de {K('gemeente')} niet gekregen",
            f"{hi}, {P(res.first)} hier. mijn nieuwe adres is {A(g.address())}, {PC(g.postcode())}",
        ]
    )
    return f"Sms van {PH(ph)} ({K(g.pick(WEEKDAYS))} {g.time()}): '{msg}'"


def officials(g: Gen) -> str:
    res, a, b = g.person(), g.person(), g.person()
    titles = ["mr.", "drs.", "ir.", "mr. drs."]
    lines = [
        f"Behandeld door: {g.pick(titles)} {P(a.initialed)}, {g.pick(ROLES)}",
        f"Paraaf teamleider: {P(b.full)}",
        f"Betreft: {P(res.sur_first(g.r.randrange(3)))} — {K(g.pick(['bezwaar', 'klacht', 'verzoek']))} "
        f"inzake {K(g.pick(SCHEMES))}",
        "",
        f"{P(a.ref)} heeft de stukken doorgenomen. {cap(the_team(g.pick(TEAMS)))} had de termijn moeten verlengen.",
        f"Advies aan {P(b.first)}: het besluit herzien en {res.formal} {P(res.ref)} excuses aanbieden.",
    ]
    return "\n".join(lines)


def particles(g: Gen) -> str:
    res = g.person(origin="dutch")
    while not res.sur[0].islower():
        res = g.person(origin="dutch")
    off = g.person()
    lines = [
        f"{P(res.ref)} belde terug over de {K('naheffing')}.",
        f"Volgens {g.title(res)} {P(res.ref)} stond de auto op het terrein van {K(g.pick(ORGS))}.",
        f"{P(off.full)} van {K('Parkeerbeheer')} bekijkt de foto's; {P(res.full)} krijgt "
        f"uiterlijk {K(g.pick(WEEKDAYS))} antwoord.",
    ]
    return " ".join(lines)


def thread_cc(g: Gen) -> str:
    res, a, b, c = g.person(), g.person(), g.person(), g.person()
    lines = [
        f"Van: {P(a.full)} <{EM(g.work_email(a))}>",
        f"Aan: {P(b.full)} <{EM(g.work_email(b))}>",
        f"CC: {P(c.full)}; {K('klachten@' + g.muni[2])}",
        f"Onderwerp: RE: {K(g.pick(SCHEMES))} {res.formal} {P(res.ref)}",
        "",
        f"{P(b.first)}, {res.formal} {P(res.ref)} heeft vanochtend weer gebeld. {cap_pron(res)} is boos omdat "
        f"niemand terugbelt. Wil jij {res.poss} nummer {PH(g.phone(res))} vandaag nog bellen?",
        "",
        f"Groet, {P(a.first)}",
    ]
    return "\n".join(lines)


def one_and_multi_line(g: Gen) -> str:
    res, other = g.person(), g.person()
    city = g.muni[0]
    one = f"{A(g.address())}, {PC(g.postcode())} {city}"
    multi = f"{P(other.initialed)}\n{A(g.address())}\n{PC(g.postcode())} {city}"
    lines = [
        f"Correspondentieadres van {P(res.full)}: {one}.",
        f"De brief over {K(g.pick(SCHEMES))} ging per ongeluk naar het oude adres:",
        "",
        multi,
        "",
        f"{P(other.ref)} heeft de envelop ongeopend teruggebracht naar het {K('stadhuis')}.",
    ]
    return "\n".join(lines)


def quote_dialogue(g: Gen) -> str:
    res, off = g.person(), g.person()
    lines = [
        f"'Ik ben het zat,' zegt {P(res.first)}. 'Al drie keer heb ik mijn {K('loonstroken')} gestuurd.'",
        f"{P(off.full)} antwoordt: 'Ik begrijp dat, {res.title} {P(res.ref)}. Ik kijk nu mee in het dossier.'",
        f"Na het gesprek mailt {P(off.first)} het overzicht naar {EM(g.email(res))}.",
    ]
    return " ".join(lines)


TEMPLATES = [
    mail_forwarded,
    mail_quoted,
    letter,
    minutes,
    chat,
    caps_note,
    possessives,
    name_org,
    bare_surnames,
    streets,
    phone_note,
    web_intake,
    agreement,
    interpreter,
    sms,
    officials,
    particles,
    thread_cc,
    one_and_multi_line,
    quote_dialogue,
]
