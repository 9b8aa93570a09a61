"""The shapes of fresh30b: document kinds, line shapes and sentence shapes, each registered in SHAPES."""

from __future__ import annotations

import datetime as dt

from core_f30b import city, ordinary_date

SHAPES: dict = {}
KINDS: dict = {}

CAL = {
    "brand": ("de brand in de flat aan de", "brand", ["roetschade", "bluswater"]),
    "water": ("de wateroverlast na de wolkbreuk in de", "wolkbreuk", ["wateroverlast", "pompen"]),
    "gas": ("het gaslek en de ontruiming in de", "gaslek", ["ontruiming", "netbeheerder"]),
    "storm": ("de stormschade in de", "stormschade", ["omgewaaide", "takken"]),
    "balkon": ("het ingestorte balkon aan de", "balkon", ["constructeur", "stutten"]),
}
SHELTERS = [
    ("Sporthal", "Molenwiek"),
    ("Buurthuis", "Ankerplaats"),
    ("Hotel", "Zuiderpoort"),
    ("Wijkcentrum", "Kompas"),
    ("Kerkzaal", "Bethelkerk"),
    ("Hotel", "Rivierzicht"),
    ("Sporthal", "Meerkoet"),
    ("Noodopvang", "Marktzaal"),
]
FUNCS = [
    ("coördinator", "Bevolkingszorg"),
    ("medewerker", "Burgerzaken"),
    ("teamleider", "Publiekszaken"),
    ("wijkregisseur", "Wijkteam"),
    ("adviseur", "Crisisbeheersing"),
    ("consulent", "Schuldhulpverlening"),
    ("officier", "Bevolkingszorg"),
    ("medewerker", "Klantcontactcentrum"),
]
CORPS = ["Woonkracht", "Thuisbaas", "Woonwaard", "Stadswonen", "Veenhuisvesting"]


def shape(fn):
    SHAPES[fn.__name__] = fn
    return fn


def kind(fn):
    SHAPES[fn.__name__] = fn
    KINDS[fn.__name__] = fn
    return fn


def run(name, d, c, *a):
    d.use(name)
    return SHAPES[name](d, c, *a)


def pick(d, c, names, *a):
    return run(d.r.choice(names), d, c, *a)


def tm(d):
    return f"{d.r.randint(0, 23):02d}:{d.r.choice(range(0, 60, 1)):02d}"


def amount(d):
    v = d.r.choice([85, 120, 149, 250, 312, 475, 600, 740, 1150, 1275, 1890])
    cents = d.r.choice(["00", "50", "95", "-"])
    s = f"{v:,}".replace(",", ".") + ("," + cents if cents != "-" else ",-")
    d.k(s)
    return f"€ {s}" if d.r.random() < 0.5 else f"€{s}"


def official(d, c):
    o = d.person()
    f, dep = d.r.choice(FUNCS)
    d.k(dep)
    return o, f, dep


def new_ctx(d):
    r = d.r
    cal = r.choice(list(CAL))
    st = d.street()
    date = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
    sh = r.choice(SHELTERS)
    c = {"cal": cal, "street": st, "date": date, "shelter": sh, "city": city(d), "corp": r.choice(CORPS), "muni": None}
    c["muni"] = c["city"].lower()
    d.k(sh[0], sh[1])
    d.k(*CAL[cal][2])
    return c


def cal_phrase(d, c):
    return f"{CAL[c['cal']][0]} {d.street_item(c['street'])}"


def shelter(d, c):
    return f"{c['shelter'][0]} {c['shelter'][1]}"


def known_sentence(d, c, kp):
    d.k(kp.word)
    return run(d.r.choice(["kn_witness", "kn_aside", "kn_report"]), d, c, kp)


@shape
def kn_witness(d, c, kp):
    return f"Volgens {kp.sur()} ging het mis bij {kp.frag}."


@shape
def kn_aside(d, c, kp):
    d.k("Buren")
    return f"Buren wezen {kp.init()} op {kp.frag}."


@shape
def kn_report(d, c, kp):
    d.k("melding")
    return f"In de melding van {kp.fn()} staat iets over {kp.frag}."


# ----------------------------------------------------------------- evacuation list
@shape
def ev_row_semicolon(d, c, p):
    return f"{p.caps()}; {p.fn()}; {d.dob()}; {d.addr(c['street'])}; {d.phone()}; {shelter(d, c)}"


@shape
def ev_row_pipe(d, c, p):
    d.k("Familie")
    return f"| {p.listname()} | geb. {d.dob()} | {d.addr(c['street'])} | tel. {d.phone()} | opvang: Familie |"


@shape
def ev_row_labeled(d, c, p):
    d.k("Naam", "Geboortedatum", "Telefoon", "Verblijf")
    return (
        f"Naam: {p.full()} — BSN {d.bsn()} — Geboortedatum: {d.dob()} — Adres: {d.addr(c['street'])} — Telefoon: {d.phone()} — "
        f"Verblijf: {shelter(d, c)}"
    )


@shape
def ev_row_household(d, c, p):
    q = d.relative(p, female=None)
    kid = d.relative(p)
    d.k("huishouden", "kinderen")
    return (
        f"huishouden {d.addr(c['street'])}: {p.full()} ({d.dob()}), {q.fn()} ({d.dob()}) en kinderen "
        f"{kid.fn()} ({d.dob(2012, 2024)}); bereikbaar via {d.phone()}"
    )


@shape
def ev_row_numbered(d, c, p):
    n = d.r.randint(1, 60)
    d.k("Hotel")
    return f"{n:02d}. {p.init()} * {d.dob()} * {d.addr(c['street'])} * Hotel {c['shelter'][1]} * {d.case('evac')}"


@shape
def ev_row_stay_family(d, c, p):
    host = d.person()
    d.k("logeert")
    return (
        f"{p.full()}, {d.addr(c['street'])}, logeert bij {host.full()} in {c['city']} "
        f"({d.addr(d.street())}, {d.postcode()}), tel. {d.phone()}"
    )


@shape
def ev_hdr_a(d, c):
    d.k("Registratielijst", "ontruimde", "woningen", "Opgesteld")
    return (
        f"Registratielijst ontruimde woningen — {cal_phrase(d, c)} ({c['city']}), "
        f"{ordinary_date(d, c['date'])}. Opgesteld door het team {d.k('Bevolkingszorg')}."
    )


@shape
def ev_hdr_b(d, c):
    d.k("EVACUATIE", "REGISTRATIE", "Locatie", "Incident")
    return (
        f"EVACUATIE / REGISTRATIE\nLocatie: {d.street_item(c['street'])}, {c['city']}\n"
        f"Incident {c['date'].year}-{d.r.randint(100, 999)} (geen persoonsdossier)"
    )


@kind
def k_evac_list(d, c, kp):
    out = [pick(d, c, ["ev_hdr_a", "ev_hdr_b"])]
    rows = [
        "ev_row_semicolon",
        "ev_row_pipe",
        "ev_row_labeled",
        "ev_row_household",
        "ev_row_numbered",
        "ev_row_stay_family",
    ]
    n = d.r.randint(3, 5)
    if kp:
        d.k(kp.word)
        out.append(run(d.r.choice(rows[:3]), d, c, kp))
        out.append(f"Opmerking: {kp.sur()} meldde {kp.frag}.")
        n -= 1
    for _ in range(n):
        out.append(pick(d, c, rows, d.person()))
    d.k("Controle")
    out.append(f"Controle lijst: {official(d, c)[0].init()}, {ordinary_date(d, c['date'] + dt.timedelta(days=1))}.")
    return "\n".join(out)


# ----------------------------------------------------------------- shelter occupancy
@shape
def sh_hotel_row(d, c, p):
    d.k("kamer", "nachten")
    return f"kamer {d.r.randint(101, 420)} — {p.full()} (*{d.dob()}) — {d.r.randint(2, 14)} nachten — {d.case('opv')}"


@shape
def sh_family_row(d, c, p):
    q = d.relative(p)
    d.k("gezin", "slaapzaal")
    return f"gezin {p.sur()}: {p.fn()} en {q.fn()}, slaapzaal B, contact {d.phone()}"


@shape
def sh_care_row(d, c, p):
    d.k("zuurstof", "thuiszorg")
    return (
        f"{p.title(True)} {p.sur()} ({d.dob(1930, 1950)}) heeft zuurstof nodig; thuiszorg gebeld, "
        f"dossier {d.case('zorg')}"
    )


@shape
def sh_pet_row(d, c, p):
    d.k("huisdier", "Dierenambulance")
    return f"{p.full()} — huisdier (kat) via Dierenambulance opgehaald — mobiel {d.phone(True)}"


@kind
def k_shelter(d, c, kp):
    d.k("Bezetting", "Stand")
    out = [
        f"Bezetting {shelter(d, c)} — Stand {tm(d)} uur, {ordinary_date(d, c['date'])}",
        f"Na {cal_phrase(d, c)} verblijven hier:",
    ]
    rows = ["sh_hotel_row", "sh_family_row", "sh_care_row", "sh_pet_row"]
    if kp:
        out.append(run("sh_hotel_row", d, c, kp))
        out.append(known_sentence(d, c, kp))
    for _ in range(d.r.randint(3, 5)):
        out.append(pick(d, c, rows, d.person()))
    o, f, dep = official(d, c)
    out.append(f"Locatiecoördinator: {o.full()} ({f} {dep}), {d.phone()}")
    d.k("Locatiecoördinator")
    return "\n".join(out)


# ----------------------------------------------------------------- crisis team logbook
@shape
def lg_arrival(d, c, p):
    d.k("Aangekomen", "Rode", "Kruis")
    return f"{tm(d)} Aangekomen bij {shelter(d, c)}: {p.full()} met rolstoel, begeleid door het Rode Kruis."


@shape
def lg_call_in(d, c, p):
    d.k("Belt", "dochter")
    q = d.relative(p, female=True)
    return f"{tm(d)} Belt {q.full()} ({d.phone()}), dochter van {p.init()}: waar is haar vader/moeder?"


@shape
def lg_missing(d, c, p):
    d.k("vermist", "politie")
    return f"{tm(d)} {p.full()} ({d.addr(c['street'])}) nog vermist; doorgegeven aan politie. Reg.nr {d.case('ct')}."


@shape
def lg_found(d, c, p):
    d.k("Terecht")
    return f"{tm(d)} Terecht: {p.sur()} verblijft bij familie in {c['city']}, {d.case('ct')} afgesloten."


@shape
def lg_care(d, c, p):
    d.k("GGD", "medicatie")
    return f"{tm(d)} GGD vraagt naar medicatie van {p.title(True)} {p.sur()}, geb. {d.dob(1930, 1960)}."


@shape
def lg_vehicle(d, c, p):
    d.k("Sleepdienst")
    return f"{tm(d)} Sleepdienst haalt auto {d.plate()} van {p.full()} weg; stond voor {d.addr(c['street'])}."


@shape
def lg_closing(d, c):
    d.k("Einde", "dienst", "Overdracht")
    return f"{tm(d)} Einde dienst. Overdracht aan het ochtendteam {d.k('Crisisbeheersing')}."


@kind
def k_logbook(d, c, kp):
    d.k("Logboek", "crisisteam")
    out = [f"Logboek crisisteam — {cal_phrase(d, c)} — {ordinary_date(d, c['date'])}"]
    rows = ["lg_arrival", "lg_call_in", "lg_missing", "lg_found", "lg_care", "lg_vehicle"]
    if kp:
        out.append(run("lg_missing", d, c, kp))
        out.append(f"{tm(d)} {known_sentence(d, c, kp)}")
    for _ in range(d.r.randint(3, 5)):
        out.append(pick(d, c, rows, d.person()))
    out.append(run("lg_closing", d, c))
    return "\n".join(out)


# ----------------------------------------------------------------- phone-call note
@shape
def cl_header(d, c, p, o):
    d.k("Telefoonnotitie", "Gesprek")
    return (
        f"Telefoonnotitie {d.case('bz')}\nGesprek met: {p.full()}, {d.phone()}\n"
        f"Aangenomen door: {o.init()}, {d.k('Klantcontactcentrum')}"
    )


@shape
def cl_body_a(d, c, p, o):
    d.k("Mevrouw", "Meneer", "verzekering")
    t = "Mevrouw" if p.female else "Meneer"
    return (
        f"{t} {p.sur()} woont op {d.addr(c['street'])} ({d.postcode()} {c['city']}) en verblijft sinds "
        f"{cal_phrase(d, c)} bij familie. Gevraagd wordt of de gemeente de verzekering kan inlichten."
    )


@shape
def cl_body_b(d, c, p, o):
    q = d.relative(p)
    d.k("Beller", "geboren")
    return (
        f"Beller belt namens zijn broer {q.full()}, geboren {d.dob()}, die na {cal_phrase(d, c)} "
        f"niet meer in zijn woning mag. {q.poss()} sleutels liggen nog binnen."
    )


@shape
def cl_callback(d, c, p, o):
    d.k("Terugbellen", "Afspraak")
    return f"Terugbellen vóór {tm(d)} op {d.phone()}. Afspraak: {p.fn()} krijgt een mail op {p.email()}."


@kind
def k_call_note(d, c, kp):
    p = kp or d.person()
    o = d.person()
    out = [run("cl_header", d, c, p, o), pick(d, c, ["cl_body_a", "cl_body_b"], p, o)]
    if kp:
        out.append(known_sentence(d, c, kp))
    out.append(run("cl_callback", d, c, p, o))
    return "\n".join(out)


# ----------------------------------------------------------------- information letter
@shape
def lt_open(d, c):
    d.k("Aan", "bewoners", "Onderwerp")
    return (
        f"Aan de bewoners van de {d.street_item(c['street'])} in {c['city']}\n"
        f"Onderwerp: {cal_phrase(d, c)} van {ordinary_date(d, c['date'])}"
    )


@shape
def lt_shelter(d, c):
    d.k("Beste", "opvang", "Wie")
    return (
        f"Beste bewoner, wie niet terug kan naar de eigen woning, kan terecht in {shelter(d, c)}. "
        f"Wie bij familie verblijft, geeft dat door aan de gemeente."
    )


@shape
def lt_contact(d, c):
    n = d.r.choice(["14 075", "14 078", "14 013", "14 0546", "14 058"])
    d.k(n, f"info@{c['muni']}.nl")
    return f"Vragen? Bel {n} of mail naar info@{c['muni']}.nl; noem daarbij uw adres."


@shape
def lt_deadline(d, c):
    d.k("Declaraties", "kosten")
    return (
        f"Declaraties voor kosten van opvang kunt u tot {ordinary_date(d, c['date'] + dt.timedelta(days=42), 1)} "
        f"indienen."
    )


@shape
def lt_signoff(d, c, o, f, dep):
    d.k("Met", "vriendelijke", "groet")
    return f"Met vriendelijke groet,\n{o.full()}\n{f} {dep}, gemeente {c['city']}\n{o.work_email(c['muni'] + '.nl')}"


@shape
def lt_personal(d, c, p):
    d.k("Voor")
    return (
        f"Voor {p.title()} {p.sur()} ({d.addr(c['street'])}): uw dossier heeft nummer {d.case('zaak')}; "
        f"bewaar dit nummer."
    )


@kind
def k_letter(d, c, kp):
    out = [run("lt_open", d, c), run("lt_shelter", d, c)]
    p = kp or d.person()
    out.append(run("lt_personal", d, c, p))
    if kp:
        out.append(known_sentence(d, c, kp))
    out.append(run("lt_deadline", d, c))
    out.append(run("lt_contact", d, c))
    out.append(run("lt_signoff", d, c, *official(d, c)))
    return "\n".join(out)


# ----------------------------------------------------------------- WhatsApp among neighbours
@shape
def wa_help(d, c, p):
    d.k("iemand", "opladers")
    return f"[{tm(d)}] {p.full()}: heeft iemand nog opladers? wij zitten in {shelter(d, c)}"


@shape
def wa_where(d, c, p, q):
    return f"[{tm(d)}] {p.fn()}: weet iemand waar {q.lowfirst()} van nummer {d.r.randint(1, 90)} is?? ze neemt niet op"


@shape
def wa_number(d, c, p, q):
    d.k("nummer")
    return f"[{tm(d)}] {p.fn()}: dit is het nummer van {q.poss()} zoon: {d.phone(True)}"


@shape
def wa_car(d, c, p):
    d.k("auto", "boom")
    return f"[{tm(d)}] {p.fn()}: van wie is de auto {d.plate()}? er ligt een boom op"


@shape
def wa_kids(d, c, p, q):
    d.k("kinderen", "opgehaald")
    return f"[{tm(d)}] {p.fn()}: kinderen van {q.sur()} zijn opgehaald door oma"


@shape
def wa_keys(d, c, p):
    d.k("sleutel", "brandweer")
    return f"[{tm(d)}] {p.fn()}: sleutel van {d.addr(c['street'])} ligt bij de brandweer"


@shape
def wa_added(d, c, p, q):
    d.k("toegevoegd")
    return f"[{tm(d)}] {p.full()} heeft {q.full()} toegevoegd"


@kind
def k_whatsapp(d, c, kp):
    d.k("Groep", "Buurtapp")
    out = [f'Groep "Buurtapp {d.street_item(c["street"])}" — {ordinary_date(d, c["date"], 2)}']
    a, b, e = d.person(), d.person(), d.person()
    people = [a, b, e] + ([kp] if kp else [])
    out.append(run("wa_added", d, c, a, b))
    for _ in range(d.r.randint(4, 6)):
        s = d.r.choice(["wa_help", "wa_where", "wa_number", "wa_car", "wa_kids", "wa_keys"])
        x, y = d.r.sample(people, 2)
        out.append(run(s, d, c, x, y) if s in ("wa_where", "wa_number", "wa_kids") else run(s, d, c, x))
    if kp:
        d.k(kp.word)
        out.append(f"[{tm(d)}] {kp.fn()}: zag iemand {kp.frag}? groet {kp.full()}")
    return "\n".join(out)


# ----------------------------------------------------------------- emergency payment application
@shape
def pay_header(d, c, p):
    d.k("Aanvraag", "noodbetaling", "Regeling")
    return (
        f"Aanvraag noodbetaling — Regeling Eerste Opvang Calamiteiten\nDossier: {d.case('nb')}\n"
        f"Datum aanvraag: {ordinary_date(d, c['date'] + dt.timedelta(days=2), 2)}"
    )


@shape
def pay_person(d, c, p):
    d.k("Aanvrager", "BSN")
    return (
        f"Aanvrager: {p.full()}\nBSN: {d.bsn()}\nGeboren: {d.dob()}\nAdres: {d.addr(c['street'])}, "
        f"{d.postcode()} {c['city']}\nE-mail: {p.email()}"
    )


@shape
def pay_household(d, c, p):
    q = d.relative(p)
    d.k("Partner", "Inwonend")
    return f"Partner: {q.full()} (BSN {d.bsn()}). Inwonend kind: {d.relative(p).fn()}, {d.dob(2008, 2024)}."


@shape
def pay_costs(d, c, p):
    d.k("Kosten", "kleding", "boodschappen")
    return f"Kosten: kleding {amount(d)}, boodschappen {amount(d)}, medicijnen {amount(d)}."


@shape
def pay_bank(d, c, p):
    d.k("Uitbetalen", "rekening")
    return f"Uitbetalen op rekening {d.iban()} t.n.v. {p.init()}."


@shape
def pay_decl(d, c, p):
    d.k("Ondertekend", "waarheid")
    return f"Ondertekend naar waarheid, {c['city']}, {p.fn()} {p.sur_lp()}"


@kind
def k_payment(d, c, kp):
    p = kp or d.person()
    out = [run("pay_header", d, c, p), run("pay_person", d, c, p)]
    if d.r.random() < 0.6:
        out.append(run("pay_household", d, c, p))
    out.append(f"Reden: {cal_phrase(d, c)}.")
    if kp:
        out.append(known_sentence(d, c, kp))
    out += [run("pay_costs", d, c, p), run("pay_bank", d, c, p)]
    out.append(run("pay_decl", d, c, p))
    return "\n".join(out)


# ----------------------------------------------------------------- mediator's note on hotel costs
@shape
def med_parties(d, c, p, m, w):
    d.k("Bemiddelingsverslag", "Partijen", "bemiddelaar")
    return (
        f"Bemiddelingsverslag {d.case('bem')}\nPartijen: {p.full()} (huurder, {d.addr(c['street'])}) en "
        f"{c['corp']}, vertegenwoordigd door {w.full()}.\nbemiddelaar: {m.full()}"
    )


@shape
def med_pos_res(d, c, p, m, w):
    d.k("hotelkosten", "nachten")
    return (
        f"{p.title().capitalize()} {p.sur()} betaalde na {cal_phrase(d, c)} zelf {d.r.randint(3, 12)} nachten "
        f"hotelkosten ({amount(d)}) en vindt dat de corporatie die moet vergoeden."
    )


@shape
def med_pos_corp(d, c, p, m, w):
    d.k("inboedelverzekering", "eigen")
    return (
        f"{w.sur()} stelt namens {d.k(c['corp'])} dat de inboedelverzekering van de huurder eerst aan de "
        f"beurt is, en wijst op het eigen risico."
    )


@shape
def med_agree(d, c, p, m, w):
    d.k("Afspraak", "helft")
    return (
        f"Afspraak: de corporatie betaalt de helft uit op {d.iban()}; {p.fn()} dient de rest in bij de "
        f"verzekeraar. Vastgelegd door {m.init()}."
    )


@kind
def k_mediator(d, c, kp):
    p = kp or d.person()
    m, w = d.person(), d.person()
    out = [run("med_parties", d, c, p, m, w), run("med_pos_res", d, c, p, m, w)]
    if kp:
        out.append(known_sentence(d, c, kp))
    out += [run("med_pos_corp", d, c, p, m, w), run("med_agree", d, c, p, m, w)]
    return "\n".join(out)


# ----------------------------------------------------------------- victim support intake
@shape
def vs_header(d, c, p):
    d.k("Slachtofferhulp", "Intake")
    return f"Slachtofferhulp Nederland — Intake {d.case('sh')}\nCliënt: {p.full()}, {d.dob()}, {d.phone()}, burgerservicenummer {d.bsn()}"


@shape
def vs_situation(d, c, p):
    d.k("slaapt", "slecht")
    return (
        f"{p.fn()} slaapt slecht sinds {cal_phrase(d, c)}. Zij/hij verblijft nu in {shelter(d, c)} en "
        f"kan niet terug naar {d.addr(c['street'])}."
    )


@shape
def vs_contact(d, c, p):
    q = d.relative(p)
    d.k("Contactpersoon")
    return f"Contactpersoon: {q.full()} ({d.phone()}, {q.email()})"


@shape
def vs_referral(d, c, p, o):
    d.k("Doorverwezen", "huisarts")
    return f"Doorverwezen naar huisarts; opvolging door {o.full()}, {d.k('Wijkteam')} {c['city']}."


@kind
def k_victim(d, c, kp):
    p = kp or d.person()
    out = [run("vs_header", d, c, p), run("vs_situation", d, c, p)]
    if kp:
        out.append(known_sentence(d, c, kp))
    if d.r.random() < 0.7:
        out.append(run("vs_contact", d, c, p))
    out.append(run("vs_referral", d, c, p, d.person()))
    return "\n".join(out)


# ----------------------------------------------------------------- housing corporation follow-up
@shape
def co_header(d, c, p):
    d.k("Huurdersdossier", "Betreft")
    return f"{c['corp']}\nHuurdersdossier {d.case('wc')}\nBetreft: {d.addr(c['street'])}, {d.postcode()} {c['city']}"


@shape
def co_repair(d, c, p):
    d.k("Beste", "herstel", "aannemer")
    return (
        f"Beste {p.title()} {p.sur()},\nNa {cal_phrase(d, c)} start het herstel op "
        f"{ordinary_date(d, c['date'] + dt.timedelta(days=9), 0)}; de aannemer belt u op {d.phone()}."
    )


@shape
def co_temp(d, c, p):
    d.k("wisselwoning")
    return f"Tot die tijd kunt u in een wisselwoning op {d.addr(d.street())} wonen. {p.fn()}, laat u weten of dat past?"


@shape
def co_sign(d, c, o):
    d.k("Woonconsulent")
    return f"Woonconsulent {o.full()}, {o.work_email(c['corp'].lower() + '.nl')}"


@kind
def k_corp(d, c, kp):
    p = kp or d.person()
    out = [run("co_header", d, c, p), run("co_repair", d, c, p)]
    if kp:
        out.append(known_sentence(d, c, kp))
    out += [run("co_temp", d, c, p), run("co_sign", d, c, d.person())]
    d.k(c["corp"])
    return "\n".join(out)


# ----------------------------------------------------------------- resident's claim e-mail
@shape
def cm_open(d, c, p):
    d.k("Geachte", "schadeclaim")
    return (
        f"Van: {p.email()}\nOnderwerp: schadeclaim {d.case('sch')}\nGeachte heer/mevrouw,\n"
        f"Ik ben {p.full()} en woon op {d.addr(c['street'])}."
    )


@shape
def cm_items(d, c, p):
    d.k("Schade", "wasmachine", "laminaat")
    return f"Schade: wasmachine {amount(d)}, laminaat {amount(d)}, hotel {amount(d)}."


@shape
def cm_photo(d, c, p):
    d.k("bijlage", "foto")
    low = d.p(p.surname.split("-")[0].lower(), "PERSON")
    return f"In de bijlage zit de foto schade_{low}_woonkamer.jpg van {cal_phrase(d, c)}."


@shape
def cm_iban(d, c, p):
    d.k("Graag", "overmaken")
    return f"Graag overmaken naar {d.iban()}. Groet, {p.fn()} ({d.phone()})"


@kind
def k_claim(d, c, kp):
    p = kp or d.person()
    out = [run("cm_open", d, c, p), run("cm_items", d, c, p)]
    if kp:
        out.append(known_sentence(d, c, kp))
    out += [run("cm_photo", d, c, p), run("cm_iban", d, c, p)]
    return "\n".join(out)


# ----------------------------------------------------------------- care needs sheet
@shape
def cr_med(d, c, p):
    d.k("insuline", "koelkast")
    return f"- {p.init()} ({d.dob(1935, 1975)}): insuline, moet in koelkast; apotheek gebeld."


@shape
def cr_mob(d, c, p):
    d.k("rollator", "begane")
    return f"- {p.full()}, {d.addr(c['street'])}: rollator, alleen begane grond; tel. {d.phone(False)}"


@shape
def cr_child(d, c, p):
    kid = d.relative(p)
    d.k("baby", "flesvoeding")
    return f"- baby {kid.fn()} {kid.sur_lp()} (geb. {d.dob(2025, 2026)}): flesvoeding nodig, ouder {p.fn()}"


@kind
def k_care(d, c, kp):
    d.k("Zorgbehoefte", "Overzicht")
    out = [
        f"Zorgbehoefte ontruimde bewoners — Overzicht {d.k('GGD')} / gemeente {c['city']}",
        f"Aanleiding: {cal_phrase(d, c)}.",
    ]
    if kp:
        out.append(run("cr_mob", d, c, kp))
        out.append(known_sentence(d, c, kp))
    for _ in range(d.r.randint(3, 5)):
        out.append(pick(d, c, ["cr_med", "cr_mob", "cr_child"], d.person()))
    return "\n".join(out)


# ----------------------------------------------------------------- storm report: tree on a car
@shape
def st_car(d, c, p):
    d.k("Melding", "openbare", "ruimte")
    return (
        f"Melding openbare ruimte {d.case('zaak')}: boom van de gemeente op auto {d.plate()} van "
        f"{p.full()}, geparkeerd voor {d.addr(c['street'])}."
    )


@shape
def st_insurer(d, c, p):
    d.k("aansprakelijkheid", "Verzekeraar")
    return (
        f"Verzekeraar van {p.sur()} vraagt of de gemeente aansprakelijkheid erkent; "
        f"contact via {p.email()} of {d.phone()}."
    )


@shape
def st_witness(d, c, p):
    d.k("Getuige")
    return f"Getuige {p.full()} ({d.addr(c['street'])}) zag de boom om {tm(d)} omvallen."


@kind
def k_storm(d, c, kp):
    p = kp or d.person()
    out = [run("st_car", d, c, p), run("st_insurer", d, c, p)]
    if kp:
        out.append(known_sentence(d, c, kp))
    out.append(run("st_witness", d, c, d.person()))
    d.k("Afgehandeld")
    out.append(f"Afgehandeld door {official(d, c)[0].init()} op {ordinary_date(d, c['date'] + dt.timedelta(days=5))}.")
    return "\n".join(out)


# ----------------------------------------------------------------- desk handover
@shape
def ho_open(d, c, o):
    d.k("Overdracht", "balie", "Burgerzaken")
    return f"Overdracht balie Burgerzaken, {ordinary_date(d, c['date'], 0)} — van {o.full()}"


@shape
def ho_pending(d, c, p):
    d.k("Open", "uittreksel")
    return f"* Open: {p.full()} ({d.dob()}) wil een uittreksel; paspoort verbrand. Zaak {d.case('bz')}, bsn {d.bsn()}."


@shape
def ho_done(d, c, p):
    d.k("Gedaan", "briefadres")
    return f"* Gedaan: briefadres voor {p.init()} geregeld bij {d.addr(d.street())}, {d.postcode()}."


@shape
def ho_close(d, c, o):
    d.k("Vragen", "aan")
    return f"Vragen aan {o.fn()}: {o.work_email(c['muni'] + '.nl')}"


@kind
def k_handover(d, c, kp):
    o = d.person()
    out = [run("ho_open", d, c, o), f"Na {cal_phrase(d, c)}:"]
    if kp:
        out.append(run("ho_pending", d, c, kp))
        out.append(known_sentence(d, c, kp))
    for _ in range(d.r.randint(2, 4)):
        out.append(pick(d, c, ["ho_pending", "ho_done"], d.person()))
    out.append(run("ho_close", d, c, o))
    return "\n".join(out)
