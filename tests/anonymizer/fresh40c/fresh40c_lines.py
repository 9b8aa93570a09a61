"""Document kinds, line shapes and sentence shapes of fresh40c (village and neighbourhood councils)."""

from __future__ import annotations

from fresh40c_base import SHAPES, shape

COUNCILS = [
    ("Dorpsraad", "village"),
    ("Wijkraad", "wijk"),
    ("Bewonerscommissie", "wijkname"),
    ("Buurtvereniging", "wijkname"),
    ("Dorpsbelang", "village"),
    ("Plaatselijk Belang", "village"),
]
DEPTS = [
    "team Leefbaarheid",
    "afdeling Openbare Ruimte",
    "team Gebiedsgericht Werken",
    "cluster Wijkzaken",
    "afdeling Samenleving",
    "team Participatie",
    "afdeling Beheer en Onderhoud",
    "team Dorpen en Wijken",
]
OFFICIALS = ["gebiedsregisseur", "wijkmanager", "dorpencoördinator", "wijkregisseur", "beleidsmedewerker"]
ROLES = ["voorzitter", "secretaris", "penningmeester", "algemeen bestuurslid", "notulist"]


def council(d):
    if not hasattr(d, "_council"):
        kind, key = d.r.choice(COUNCILS)
        d._council = (kind, d.places[key])
    d.k(d._council[0], d._council[1].split("-")[0])
    return f"{d._council[0]} {d._council[1]}"


def resident(d, **kw):
    """The document's resident: the known-name person in every fourth document, else a new person."""
    if d.known and not getattr(d, "_known_used", False):
        d._known_used = True
        return d.known_person
    return d.person(**kw)


def dept(d):
    s = d.r.choice(DEPTS)
    d.k(s.split(" ", 1)[1].split(" ")[0])
    return s


def official(d):
    s = d.r.choice(OFFICIALS)
    d.k(s)
    return s


# ---------------------------------------------------------------------------------------------------- sentences
@shape("sentence")
def s_regisseur_joins(d):
    p = d.person()
    return (
        f"Ook {official(d)} {d.full(p)} ({dept(d)}) schoof aan; zij is voortaan bereikbaar op {d.phone(p)}."
        if p.female
        else f"Ook {official(d)} {d.full(p)} ({dept(d)}) schoof aan; hij is voortaan bereikbaar op {d.phone(p)}."
    )


@shape("sentence")
def s_manager_mail(d):
    p = d.person()
    d.k("zaaknummer", "aanvraag", "behandeling")
    return (
        f"Per mail ({d.email(p)}) meldt {official(d)} {d.init(p)} dat de aanvraag onder zaaknummer {d.case()} "
        f"in behandeling is."
    )


@shape("sentence")
def s_mediator(d):
    m, a, b = d.person(), resident(d), d.person()
    d.k("Buurtbemiddeling", d.places["gemeente"], "gesprekken")
    return (
        f"Via Buurtbemiddeling {d.places['gemeente']} voerde {d.full(m)} twee gesprekken met "
        f"{d.title(a)} {d.bare(a)} en {d.title(b)} {d.bare(b)} over de schutting tussen hun tuinen."
    )


@shape("sentence")
def s_speed_bump(d):
    p = resident(d)
    d.k("verkeersdrempel", d.places["village"])
    return (
        f"{d.title(p).capitalize()} {d.full(p)} ({d.address()}, {d.postcode()} {d.places['village']}) vraagt "
        f"opnieuw om een verkeersdrempel bij de school."
    )


@shape("sentence")
def s_new_member_dob(d):
    p = d.person()
    d.k("Aangemeld", "ledenlijst")
    return f"Aangemeld als lid: {d.full(p)}, {d.dob()}, {d.address()}; zij/hij komt op de ledenlijst."


@shape("sentence")
def s_refund_iban(d):
    p = d.person()
    d.k("voorgeschoten", "penningmeester")
    return (
        f"De voorgeschoten kosten ({d.amount()}) gaan naar {d.iban()} t.n.v. {d.init(p)}; de penningmeester "
        f"regelt dit deze week."
    )


@shape("sentence")
def s_bsn_on_form(d):
    p = resident(d)
    d.k("formulier", "secretariaat", "doorgehaald")
    return (
        f"Op het formulier stond per abuis het burgerservicenummer van {d.title(p)} {d.bare(p)} ({d.bsn()}); "
        f"het secretariaat heeft het doorgehaald."
    )


@shape("sentence")
def s_van_on_square(d):
    p = resident(d)
    sq = d.places["square"]
    d.k("bestelbus", sq, "handhaving")
    return (
        f"De bestelbus met kenteken {d.plate()} van {d.full(p)} staat al weken op het {sq}; handhaving is "
        f"gevraagd langs te komen."
    )


@shape("sentence")
def s_minutes_conflict(d):
    a, b = d.person(), d.person()
    d.k("notulen", "overleg", "vergadering")
    return (
        f"{d.full(a)} verwijt {d.full(b)} dat de notulen zonder overleg zijn aangepast; {d.bare(b)} ontkent dat "
        f"en wil het in de volgende vergadering bespreken."
    )


@shape("sentence")
def s_resigns(d):
    p = d.person()
    role = d.r.choice(ROLES[:3])
    dt = d.date(weekday=False)
    d.k(role)
    return f"Per {dt} legt {d.full(p)} het ambt van {role} neer; {d.first(p)} blijft wel actief in de werkgroep."


@shape("sentence")
def s_vote_count(d):
    a, b = d.person(), d.person()
    d.k("stemming", "stemmen", "gekozen")
    n1, n2 = d.r.randint(20, 80), d.r.randint(5, 19)
    return f"Bij de schriftelijke stemming kreeg {d.full(a)} {n1} stemmen en {d.full(b)} {n2}; {d.bare(a)} is gekozen."


@shape("sentence")
def s_mother_and_son(d):
    p = resident(d, female=True)
    s = d.person(family_of=p, female=False)
    d.k("speeltuin", "vrijwilliger")
    return f"{d.full(p)} en haar zoon {d.full(s)} draaien samen de zaterdagdienst als vrijwilliger in de speeltuin."


@shape("sentence")
def s_neighbours(d):
    a, b = d.person(), d.person()
    d.k("overlast", "tuinhuisje")
    n = d.r.randint(2, 60)
    return (
        f"De buren op nummer {n} en {n + 2}, {d.title(a)} {d.bare(a)} en {d.title(b)} {d.bare(b)}, klagen al "
        f"maanden over overlast van een tuinhuisje."
    )


@shape("sentence")
def s_attachment_file(d):
    p = resident(d)
    d.k("Bijlage", "zienswijze")
    return f"Bijlage: zienswijze-{d.slug(p)}-{d.year}.pdf (de zienswijze van {d.title(p)} {d.bare(p)})."


@shape("sentence")
def s_dog_possessive(d):
    p = resident(d)
    d.k("hond", "aangelijnd")
    return f"{d.poss(p)} hond loopt volgens meerdere bewoners niet aangelijnd over het schoolplein."


@shape("sentence")
def s_youngest_board(d):
    p = d.person()
    d.k("bestuurslid", "jongste")
    return f"{d.full(p)} ({d.dob(cue=False)}) is met afstand het jongste bestuurslid dat we ooit hadden."


@shape("sentence")
def s_jubilee(d):
    p = d.person()
    a = d.places["assoc"]
    d.k("jubilaris", a.split()[0])
    n = d.r.choice([25, 40, 50, 60])
    return f"De jubilaris, {d.full(p)} ({d.dob()}), is {n} jaar lid van de {a}."


@shape("sentence")
def s_key_landline(d):
    p = d.person()
    h = d.places["hall"]
    d.k("sleutel", h.split()[0])
    return f"De sleutel van {h} is op te halen bij {d.title(p)} {d.bare(p)}, telefoon {d.phone(p, mobile=False)}."


@shape("sentence")
def s_generic_contact(d):
    g = d.places["gemeente"].lower()
    area = d.r.choice(["0513", "0521", "0592", "0475", "0546"])
    mail = f"info@{g}.nl"
    d.k("Vragen", mail, f"14 {area}")
    return f"Vragen over het leefbaarheidsbudget? Bel 14 {area} of mail {mail}."


@shape("sentence")
def s_schouw_tiles(d):
    p = resident(d)
    dt = d.date()
    d.k("schouw", "tegels")
    return f"Tijdens de schouw op {dt} wees {d.full(p)} op losliggende tegels voor {d.address()}."


@shape("sentence")
def s_alderman(d):
    p = d.person()
    c = d.places["church"]
    d.k("Wethouder", c, "toezegging")
    return f"Wethouder {d.full(p)} deed de toezegging dat de verlichting rond de {c} nog dit jaar wordt vervangen."


@shape("sentence")
def s_police_burglary(d):
    p, v = d.person(), resident(d)
    d.k("Wijkagent", "ingebroken")
    return f"Wijkagent {d.full(p)} meldt dat er bij {d.title(v)} {d.bare(v)} ({d.address()}) twee keer is ingebroken."


@shape("sentence")
def s_community_worker(d):
    p = d.person()
    g = d.places["gemeente"]
    d.k("Opbouwwerker", "Welzijn", g, "ontmoetingsplek")
    return f"Opbouwwerker {d.full(p)} van Welzijn {g} helpt bij het opzetten van een ontmoetingsplek voor ouderen."


@shape("sentence")
def s_volunteers_wanted(d):
    p = d.person()
    d.k("Vrijwilligers", "opbouw", "Koningsdag")
    return f"Vrijwilligers voor de opbouw op Koningsdag kunnen zich melden bij {d.full(p)} via {d.email(p)}."


@shape("sentence")
def s_contribution(d):
    w = d.places["wijkname"]
    d.k("contributie", w)
    return f"De contributie voor {d.year} kan worden overgemaakt op {d.iban()} ten name van Buurtvereniging {w}."


@shape("sentence")
def s_college_reply(d):
    p = d.person()
    d.k("college", "beleidsmedewerker", "Leefbaarheid")
    return (
        f"Namens het college antwoordt {d.full(p)}, beleidsmedewerker Leefbaarheid, dat de aanvraag "
        f"{d.case()} wordt aangehouden."
    )


@shape("sentence")
def s_dossier_lamp(d):
    p = resident(d)
    d.k("dossier", "lantaarnpaal")
    return f"In dossier {d.case()} zit ook de melding van {d.full(p)} over de kapotte lantaarnpaal."


@shape("sentence")
def s_moved(d):
    p = d.person()
    h = d.places["hamlet"]
    d.k("verhuisd", h)
    return f"{d.full(p)} is verhuisd van {d.address()} naar {d.address()}, {d.postcode()} {h}, maar blijft lid."


@shape("sentence")
def s_street_trees(d):
    p = resident(d)
    st = d.add(d.street(), "ADDRESS")
    d.k("kastanjes", "kap")
    return f"Bewoners van de {st}, onder wie {d.full(p)}, willen dat de kastanjes blijven staan en verzetten zich tegen de kap."


@shape("sentence")
def s_charging_point(d):
    p = resident(d, female=True)
    d.k("laadpaal", "parkeervak")
    return (
        f"{d.full(p)} vraagt een laadpaal voor haar auto ({d.plate()}) bij het parkeervak voor haar huis aan de "
        f"{d.add(d.street(), 'ADDRESS')}."
    )


@shape("sentence")
def s_quote(d):
    p = d.person()
    d.k("Niemand", "ontmoetingsruimte")
    return f"'Niemand van de gemeente is hier ooit komen kijken', zei {d.full(p)} over de gesloten ontmoetingsruimte."


@shape("sentence")
def s_child_school(d):
    p = resident(d)
    c = d.person(family_of=p)
    sc = d.places["school"]
    d.k("oversteekplaats", sc.split()[-1])
    return (
        f"{d.full(c)}, de dochter van {d.full(p)}, zit op {sc} en steekt elke dag over bij de "
        f"gevaarlijke oversteekplaats."
    )


@shape("sentence")
def s_initiative_contact(d):
    p = d.person()
    d.k("Contactpersoon", "initiatief")
    return f"Contactpersoon voor het initiatief: {d.full(p)}, tel. {d.phone(p)}, e-mail {d.email(p)}."


@shape("sentence")
def s_lower_whatsapp_mention(d):
    p = d.person()
    d.k("doorgegeven", "vuilnisbakken")
    return f"ik heb het van de vuilnisbakken aan {d.lower_first(p)} doorgegeven, die belt morgen de gemeente"


@shape("sentence")
def s_hamlet_spokesman(d):
    p = d.person()
    h = d.places["hamlet"]
    d.k("buurtschap", h, "woordvoerder", "glasvezel")
    return f"Namens de buurtschap {h} sprak {d.full(p)} als woordvoerder over de aanleg van glasvezel."


@shape("sentence")
def s_double_name(d):
    a = d.person()
    b = d.person(family_of=a)
    d.k("Oliebollenactie", "opbrengst")
    return (
        f"De Oliebollenactie werd georganiseerd door het echtpaar {d.first(a)} en {d.full(b)}; de opbrengst "
        f"ging naar de ijsbaan."
    )


@shape("sentence")
def s_upper_caps(d):
    p = d.person()
    d.k("LET", "OP", "inleveren")
    return f"LET OP: formulieren inleveren bij {d.upper(p)} vóór de vergadering!"


@shape("sentence")
def s_comma_name(d):
    p = d.person()
    d.k("Registratie", "bewonerspas")
    return f"Registratie bewonerspas: {d.comma(p)} – {d.address()} – {d.postcode()}."


@shape("sentence")
def s_mediator_agreement(d):
    a, b, m = d.person(), d.person(), d.person()
    d.k("afspraken", "mediator", "heg")
    return (
        f"Onder leiding van mediator {d.init(m)} hebben {d.bare(a)} en {d.bare(b)} afspraken gemaakt over het "
        f"snoeien van de heg."
    )


@shape("sentence")
def s_festival_permit(d):
    p = d.person()
    d.k("evenementenvergunning", "dorpsfeest")
    return (
        f"De evenementenvergunning voor het dorpsfeest ({d.case('zaak')}) staat op naam van {d.full(p)}, {d.address()}."
    )


@shape("sentence")
def s_age_without_cue(d):
    p = d.person()
    d.k("rolstoel", "pad")
    return f"Voor {d.full(p)} (*{d.dob(cue=False)}) is het pad naar de kerk met een rolstoel niet te doen."


@shape("sentence")
def s_handle_social(d):
    p = d.person()
    handle = d.add(f"{p.first.lower().replace(' ', '')}{p.surname.lower()[:3]}", "PERSON")
    d.k("Facebook", "oproep")
    return f"Op Facebook deelde {handle} de oproep; het account is van {d.full(p)}."


@shape("sentence")
def s_cycle_path(d):
    p = d.person()
    v = d.places["village"]
    d.k("Fietspad", v, "provincie")
    return (
        f"{d.full(p)} stuurde namens de werkgroep Fietspad {v} een brief aan de provincie over het "
        f"ontbrekende stuk langs de Hoofdvaart."
    )


@shape("sentence")
def s_energy_bsn(d):
    p = resident(d)
    d.k("Energietoeslag", "spreekuur", "privacy")
    return (
        f"Op het spreekuur over de Energietoeslag gaf {d.full(p)} haar of zijn BSN {d.bsn()} aan een vrijwilliger; "
        f"dat past niet bij ons privacy-beleid."
    )


@shape("sentence")
def s_speed_check_plates(d):
    p = d.person()
    d.k("snelheidsmeting", "kentekens", "Wijkagent")
    return (
        f"Bij de snelheidsmeting noteerden bewoners de kentekens {d.plate()} en {d.plate()}; de lijst ging naar "
        f"Wijkagent {d.full(p)}."
    )


@shape("sentence")
def s_tractor_verge(d):
    p = d.person()
    d.k("trekker", "berm", "loonwerker")
    return (
        f"De trekker ({d.plate()}) van loonwerker {d.full(p)} heeft de berm langs de "
        f"{d.add(d.street(), 'ADDRESS')} kapotgereden."
    )


@shape("sentence")
def s_hall_booking(d):
    p = d.person()
    h = d.places["hall"]
    dt = d.date()
    d.k("Zaalhuur", h.split()[0], "factuur")
    return f"Zaalhuur {h}: gereserveerd door {d.full(p)} voor {dt}, factuur {d.case('int')}."


@shape("sentence")
def s_bus_church(d):
    p = resident(d)
    s = d.person(family_of=p, female=False)
    c = d.places["church"]
    d.k("buurtbus", c, "halte")
    return (
        f"De zoon van {d.title(p)} {d.bare(p)}, {d.full(s)}, vraagt of de buurtbus weer een halte bij de {c} "
        f"kan krijgen."
    )


@shape("sentence")
def s_born_in_hamlet(d):
    p = d.person()
    h = d.places["hamlet"]
    d.k(h, "geboren")
    return f"{d.full(p)} werd op {d.dob(cue=False)} geboren in {h} en woont daar nog altijd."


@shape("sentence")
def s_postcode_area(d):
    d.k("compensatie", "windpark")
    return (
        f"Alleen huishoudens met postcode {d.postcode()} of {d.postcode()} komen in aanmerking voor de "
        f"compensatie van het windpark."
    )


@shape("sentence")
def s_direct_debit(d):
    p = d.person()
    d.k("Machtiging", "contributie")
    return f"Machtiging: {d.init(p)} machtigt {council(d)} om jaarlijks de contributie af te schrijven van {d.iban()}."


@shape("sentence")
def s_allotment(d):
    p = d.person()
    d.k("Volkstuin", "wachtlijst")
    return f"Volkstuin nummer {d.r.randint(2, 40)} gaat naar {d.full(p)} ({d.phone(p)}), die het langst op de wachtlijst stond."


@shape("sentence")
def s_obituary(d):
    p = d.person()
    dt = d.date(weekday=False)
    d.k("overleed", "oud-voorzitter")
    return f"Op {dt} overleed {d.full(p)} ({d.dob(cue=False)}), oud-voorzitter van {council(d)}."


@shape("line")
def l_next_meeting(d):
    d.k("Volgende", "vergadering", d.places["hall"].split()[0])
    return f"Volgende vergadering: {d.date()}, {d.places['hall']}, aanvang 20.00 uur."


@shape("line")
def l_rondvraag(d):
    p = d.person()
    d.k("Rondvraag", "ijsbaan")
    return f"Rondvraag: {d.first(p)} vraagt wanneer de ijsbaan weer onder water wordt gezet."


@shape("document")
def doc_candidates(d):
    c = council(d)
    d.k("Kandidaatstelling", "bestuursverkiezing", "kandidaten")
    d.line(f"Kandidaatstelling bestuursverkiezing {c} {d.year}")
    d.line("De volgende kandidaten hebben zich gemeld:")
    for _ in range(d.r.randint(2, 3)):
        p = d.person()
        d.line(f"- {d.full(p)}, {d.address()}, {d.dob()}")
    body(d, d.r.randint(1, 2))
    d.line(l_next_meeting(d))


@shape("document")
def doc_agenda(d):
    c = council(d)
    p = d.person()
    d.k("Agenda", "Opening", "Rondvraag", "Sluiting")
    d.line(f"Agenda openbare vergadering {c}")
    d.line(f"1. Opening door de voorzitter, {d.full(p)}")
    d.line("2. Ingekomen stukken")
    body(d, d.r.randint(1, 2))
    d.line(l_rondvraag(d))
    d.line("4. Sluiting")


# ---------------------------------------------------------------------------------------------------- line shapes
@shape("line")
def l_attendance(d, n=None):
    n = n or d.r.randint(3, 6)
    ps = [d.person() for _ in range(n)]
    roles = d.r.sample(ROLES + ["lid", "lid", "lid"], n)
    d.k("Aanwezig")
    return "Aanwezig: " + ", ".join(f"{d.any_name(p)} ({ro})" for p, ro in zip(ps, roles)), ps


@shape("line")
def l_absent(d):
    ps = [d.person() for _ in range(d.r.randint(1, 2))]
    d.k("kennisgeving")
    return "Afwezig met kennisgeving: " + ", ".join(d.init(p) for p in ps)


@shape("line")
def l_guests(d):
    p = d.person()
    d.k("Gasten")
    return f"Gasten: {d.full(p)} ({official(d)}, gemeente {d.places['gemeente']})"


@shape("line")
def l_action_row(d, people):
    p = d.r.choice(people)
    what = d.r.choice(
        [
            "offerte bloembakken opvragen",
            "brief aan college opstellen",
            "sleutelbeheer regelen",
            "subsidie-aanvraag indienen",
            "contact opnemen met de woningcorporatie",
            "nieuwe ledenwerving voorbereiden",
            "bankpas aanvragen",
            "verslag rondsturen",
        ]
    )
    d.k(what.split()[0])
    return f"| {d.r.randint(1, 30):02d} | {what} | {d.bare(p)} | {d.date(weekday=False)} |"


@shape("line")
def l_budget_row(d):
    item = d.r.choice(
        [
            "Bloembakken",
            "Picknicktafel",
            "Jeu-de-boulesbaan",
            "Kerstverlichting",
            "Buurtbarbecue",
            "AED-kast",
            "Insectenhotel",
            "Speeltoestel",
            "Zitbank",
            "Bibliotheekkastje",
        ]
    )
    d.k(item)
    return f"- {item}: {d.amount()}"


@shape("line")
def l_whatsapp(d, p, msg):
    hh, mm = d.r.randint(7, 23), d.r.randint(0, 59)
    dd, mo = d.r.randint(1, 28), d.r.randint(1, 12)
    return f"[{dd:02d}-{mo:02d}-{str(d.year)[2:]} {hh:02d}:{mm:02d}] {d.full(p)}: {msg}"


@shape("line")
def l_signature(d, p, role=None):
    role = role or d.r.choice(ROLES[:3])
    d.k(role)
    v = d.places["village"]
    return "\n".join(
        ["Met vriendelijke groet,", d.full(p), f"{role}, {council(d)}", d.address(), f"{d.postcode()} {v}", d.phone(p)]
    )


@shape("line")
def l_cc(d):
    a, b = d.person(), d.person()
    d.k("wijkmanager", "gebiedsregisseur")
    return f"cc: {d.full(a)} (wijkmanager), {d.init(b)} (gebiedsregisseur)"


@shape("line")
def l_references(d):
    d.k("kenmerk", "Onderwerp")
    return f"Uw kenmerk: {d.case()}   Ons kenmerk: {d.case('dr')}\nOnderwerp: {d.r.choice(['leefbaarheidsbudget', 'verkeersveiligheid', 'dorpshuis', 'groenonderhoud'])}"


@shape("line")
def l_form_field_block(d, p):
    d.k("Naam", "Adres", "Postcode", "Telefoon", "IBAN")
    v = d.places["village"]
    return "\n".join(
        [
            f"Naam aanvrager: {d.full(p)}",
            f"Adres: {d.address()}",
            f"Postcode en plaats: {d.postcode()} {v}",
            f"Telefoon: {d.phone(p)}",
            f"E-mail: {d.email(p)}",
            f"IBAN: {d.iban()}",
        ]
    )


@shape("line")
def l_member_mutation(d):
    p = d.person()
    kind = d.r.choice(["nieuw", "opgezegd", "verhuisd", "overleden"])
    d.k(kind)
    return f"{kind:10s} | {d.comma(p)} | {d.address()} | {d.dob(cue=False)}"


@shape("line")
def l_presence_row(d):
    p = d.person()
    return f"{d.full(p)} | {d.address()} | {d.r.choice(['ja', 'nee'])} | ________"


@shape("line")
def l_upper_attendance(d):
    ps = [d.person() for _ in range(d.r.randint(2, 3))]
    d.k("PRESENTIE")
    return "PRESENTIE: " + " / ".join(d.upper_sur(p) for p in ps)


@shape("line")
def l_birthday(d):
    p = d.person()
    d.k("Jarig")
    return f"Jarig deze maand: {d.full(p)} ({d.dob(cue=False)})"


# ---------------------------------------------------------------------------------------------------- documents
SENTENCES = [fn for name, (kind, fn) in SHAPES.items() if kind == "sentence"]


def body(d, n):
    for fn in d.r.sample(SENTENCES, n):
        d.line(fn(d))


@shape("document")
def doc_minutes(d):
    c = council(d)
    d.k("Notulen", "vergadering", "Actielijst")
    d.line(f"Notulen van de vergadering van {c}, {d.date()}, {d.places['hall']}")
    line, people = l_attendance(d)
    d.line(line)
    if d.r.random() < 0.6:
        d.line(l_absent(d))
    if d.r.random() < 0.5:
        d.line(l_guests(d))
    d.line("1. Opening en mededelingen")
    body(d, d.r.randint(2, 4))
    if d.r.random() < 0.5:
        d.line(l_rondvraag(d))
    d.line("Actielijst")
    for _ in range(d.r.randint(2, 3)):
        d.line(l_action_row(d, people))


@shape("document")
def doc_annual_report(d):
    c = council(d)
    d.k("Jaarverslag", "bestuur", "samenstelling")
    d.line(f"Jaarverslag {d.year - 1} – {c}")
    d.line("Het bestuur had het afgelopen jaar de volgende samenstelling:")
    for role in d.r.sample(ROLES[:4], 3):
        d.line(f"- {role}: {d.full(d.person())}")
    body(d, d.r.randint(2, 4))
    if d.r.random() < 0.5:
        d.line(l_birthday(d))


@shape("document")
def doc_letter_council(d):
    c = council(d)
    g = d.places["gemeente"]
    d.k("gemeenteraad", g, "Geachte")
    d.line(f"Aan de gemeenteraad van {g}")
    d.line(l_references(d))
    d.line("Geachte raadsleden,")
    body(d, d.r.randint(2, 3))
    d.line(l_signature(d, resident(d)))
    if d.r.random() < 0.5:
        d.line(l_cc(d))


@shape("document")
def doc_budget_application(d):
    c = council(d)
    d.k("Aanvraagformulier", "leefbaarheidsbudget", "Begroting")
    d.line(f"Aanvraagformulier leefbaarheidsbudget {d.year} – initiatief van {c}")
    d.line(l_form_field_block(d, resident(d)))
    d.line("Begroting:")
    for _ in range(d.r.randint(2, 4)):
        d.line(l_budget_row(d))
    body(d, d.r.randint(1, 2))


@shape("document")
def doc_election(d):
    c = council(d)
    d.k("Ledenvergadering", "verkiezing", "kandidaten")
    d.line(f"Algemene Ledenvergadering {c} – verkiezing bestuursleden, {d.date()}")
    d.line("Er waren twee kandidaten voor één vacature.")
    d.line(s_vote_count(d))
    body(d, d.r.randint(1, 3))


@shape("document")
def doc_whatsapp(d):
    d.k("WhatsApp", "groep")
    d.line(f"Export WhatsApp-groep 'Buurtapp {d.places['wijkname']}'")
    ps = [resident(d)] + [d.person() for _ in range(d.r.randint(2, 3))]
    msgs = [
        "wie heeft de container bij het speelveld weer vol gegooid?",
        "morgen om 10 uur schoonmaakactie!",
        "de gemeente komt donderdag de bladkorven legen",
        "heeft iemand een zwarte kat gezien?",
        "vergadering is verzet naar dinsdag",
        "er staat weer een auto half op de stoep",
    ]
    for p in ps:
        d.line(l_whatsapp(d, p, d.r.choice(msgs)))
    q = ps[1]
    d.k("ophalen")
    d.line(l_whatsapp(d, ps[0], f"@{d.first(q)} kun jij de sleutel ophalen?"))
    d.line(l_whatsapp(d, q, s_lower_whatsapp_mention(d)))


@shape("document")
def doc_conflict_letter(d):
    c = council(d)
    a, b = resident(d), d.person()
    d.k("Vertrouwelijk", "klacht", "bestuur")
    d.line(f"Vertrouwelijk – aan het bestuur van {c}")
    d.line(f"Hierbij dien ik een klacht in over het optreden van {d.full(b)} tijdens de laatste vergadering.")
    d.line(f"{d.bare(b)} heeft mij in het bijzijn van anderen uitgemaakt voor leugenaar.")
    body(d, d.r.randint(1, 3))
    d.line(l_signature(d, a, role="lid"))


@shape("document")
def doc_mediation_report(d):
    m, a, b = d.person(), resident(d), d.person()
    d.k("Verslag", "bemiddeling", "Buurtbemiddeling", "vervolgafspraak")
    d.line(f"Verslag bemiddeling {d.case('bb')} – Buurtbemiddeling {d.places['gemeente']}")
    d.line(f"Bemiddelaar: {d.full(m)}. Partijen: {d.full(a)} ({d.address()}) en {d.full(b)} ({d.address()}).")
    d.line(
        f"{d.title(a).capitalize()} {d.bare(a)} ervaart geluidsoverlast; {d.title(b)} {d.bare(b)} voelt zich "
        f"ten onrechte beschuldigd."
    )
    body(d, d.r.randint(1, 2))
    d.line(f"Een vervolgafspraak staat op {d.date()}.")


@shape("document")
def doc_mail_regisseur(d):
    c = council(d)
    p = d.person()
    s = resident(d)
    d.k("Onderwerp", "Beste")
    d.line(f"Van: {d.full(p)} <{d.email(p)}>")
    d.line(f"Aan: secretariaat {c}")
    d.line(f"Onderwerp: reactie op uw brief van {d.date(weekday=False)}")
    d.line(f"Beste {d.first(s)},")
    body(d, d.r.randint(2, 3))
    d.line(f"Groet, {d.first(p)} ({official(d)}, {dept(d)})")


@shape("document")
def doc_member_admin(d):
    c = council(d)
    d.k("Ledenadministratie", "mutaties")
    d.line(f"Ledenadministratie {c} – mutaties {d.r.choice(['eerste', 'tweede', 'derde'])} kwartaal {d.year}")
    for _ in range(d.r.randint(3, 5)):
        d.line(l_member_mutation(d))
    body(d, 1)


@shape("document")
def doc_newsletter(d):
    c = council(d)
    d.k("Nieuwsbrief", "Agenda")
    d.line(f"Nieuwsbrief {c} – {d.r.choice(['voorjaar', 'zomer', 'najaar', 'kerst'])}editie")
    body(d, d.r.randint(3, 4))
    d.line(f"Agenda: {d.places['assoc']} houdt op {d.date()} de jaarlijkse feestavond in {d.places['hall']}.")
    d.k(d.places["assoc"].split()[0], d.places["hall"].split()[0])


@shape("document")
def doc_presence_list(d):
    c = council(d)
    d.k("Presentielijst", "bewonersavond", "handtekening")
    d.line(f"Presentielijst bewonersavond {c}, {d.date()}")
    d.line("Naam | Adres | nieuwsbrief | handtekening")
    for _ in range(d.r.randint(3, 5)):
        d.line(l_presence_row(d))
    body(d, 1)


@shape("document")
def doc_audit_committee(d):
    c = council(d)
    a, b, t = d.person(), d.person(), d.person()
    d.k("Kascommissie", "decharge", "penningmeester")
    d.line(f"Verslag Kascommissie {c} over {d.year - 1}")
    d.line(
        f"De kascommissie, bestaande uit {d.full(a)} en {d.full(b)}, heeft de boeken van penningmeester "
        f"{d.full(t)} gecontroleerd."
    )
    d.line(f"Het saldo op {d.iban()} sloot op {d.amount()}.")
    d.line(f"De commissie adviseert de ledenvergadering decharge te verlenen aan {d.bare(t)}.")
    body(d, d.r.randint(1, 2))


@shape("document")
def doc_objection(d):
    c = council(d)
    p = resident(d)
    d.k("Bezwaarschrift", "besluit", "leefbaarheidsbudget")
    d.line(f"Bezwaarschrift tegen het besluit {d.case('bez')} (afwijzing leefbaarheidsbudget)")
    d.line(f"Indiener: {d.full(p)}, {d.dob()}, namens {c}")
    body(d, d.r.randint(1, 3))
    d.line(l_signature(d, p))


@shape("document")
def doc_handover(d):
    c = council(d)
    old, new = d.person(), d.person()
    d.k("Overdracht", "secretariaat", "wachtwoorden")
    d.line(f"Overdracht secretariaat {c}")
    d.line(f"Vertrekkend secretaris: {d.full(old)}; nieuwe secretaris: {d.full(new)} ({d.email(new)}).")
    d.line(f"De wachtwoorden en het archief gaan op {d.date()} van {d.bare(old)} naar {d.bare(new)}.")
    body(d, d.r.randint(1, 2))


@shape("document")
def doc_internal_memo(d):
    p = d.person()
    d.k("Interne", "memo", "Gemeente")
    d.line(f"Interne memo – Gemeente {d.places['gemeente']}, {dept(d)}")
    d.line(f"Opgesteld door: {d.full(p)}, {official(d)}")
    body(d, d.r.randint(2, 4))


@shape("document")
def doc_inspection_invitation(d):
    c = council(d)
    d.k("Uitnodiging", "wijkschouw", "verzamelen")
    d.line(f"Uitnodiging wijkschouw {d.places['wijk']} – {d.date()}")
    d.line(f"We verzamelen om 19.00 uur bij {d.places['hall']}; {c} loopt mee.")
    d.k(d.places["hall"].split()[0])
    body(d, d.r.randint(2, 3))


@shape("document")
def doc_phone_note(d):
    p, o = resident(d), d.person()
    d.k("Gespreksnotitie", "telefonisch", "terugbellen")
    d.line(f"Gespreksnotitie {d.case('int')} – telefonisch contact {d.date()}")
    d.line(f"Beller: {d.full(p)}, {d.phone(p)}; aangenomen door {d.init(o)}.")
    body(d, d.r.randint(1, 2))
    d.line(f"Afspraak: {d.first(o)} zal {d.title(p)} {d.bare(p)} binnen een week terugbellen.")


@shape("document")
def doc_resignation_letter(d):
    c = council(d)
    p = resident(d)
    d.k("Geacht", "bestuur", "lidmaatschap")
    d.line(f"Geacht bestuur van {c},")
    d.line(f"Met ingang van {d.date(weekday=False)} zeg ik mijn lidmaatschap op.")
    body(d, d.r.randint(1, 2))
    d.line(l_signature(d, p, role="lid"))


@shape("document")
def doc_budget_overview(d):
    c = council(d)
    d.k("Begroting", "Totaal", "Leefbaarheidsbudget")
    d.line(f"Begroting {d.year} – Leefbaarheidsbudget {c} ({d.case('lb')})")
    for _ in range(d.r.randint(3, 5)):
        d.line(l_budget_row(d))
    d.line(f"Totaal aangevraagd: {d.amount()}")
    body(d, d.r.randint(1, 2))


@shape("document")
def doc_press_release(d):
    c = council(d)
    d.k("Persbericht", "Einde")
    d.line(f"Persbericht {c} – {d.date()}")
    body(d, d.r.randint(2, 3))
    d.line("Einde persbericht. Voor meer informatie:")
    d.line(s_initiative_contact(d))


@shape("document")
def doc_caps_attendance_minutes(d):
    c = council(d)
    d.k("Kort", "verslag", "overleg")
    d.line(f"Kort verslag overleg {c} met de gemeente, {d.date()}")
    d.line(l_upper_attendance(d))
    body(d, d.r.randint(2, 3))


DOCUMENTS = [fn for name, (kind, fn) in SHAPES.items() if kind == "document"]


def build(d):
    if d.known:
        p, sentence, word = d.known_resident()
        d.k(word)
    d.r.choice(DOCUMENTS)(d)
    if d.known:
        p = d.known_person
        if {"text": p.full, "label": "PERSON"} not in d.pii:
            d.lines.insert(1, f"Het gaat om {d.full(p)}, die al jaren in het dorp woont.")
            d.k("jaren")
        pos = d.r.randint(1, len(d.lines))
        d.lines.insert(pos, sentence)
        d.lines.append(f"Volgens {d.title(p)} {d.bare(p)} moet dit voor de volgende vergadering geregeld zijn.")
        d.k("volgende")
