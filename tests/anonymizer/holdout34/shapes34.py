"""The shapes of holdout34's four files: apartment owners' associations (owners), gardens, trees, hedges and
boundaries (garden), holiday and room letting (letting), and the known file (word-names)."""

from __future__ import annotations

from core34 import Doc, fold, person, relative
from pools34 import DEPTS, ORGS, TOWNS, WEEKDAYS, WORD_FIRST, WORD_NAMES, WORD_PARTICLE

BUILDINGS = [
    "Residentie Kiezelhof",
    "Flatgebouw De Zeven Linden",
    "Complex Waterhoenhof",
    "Appartementengebouw De Brem",
    "Galerijflat Zilverschoon",
    "Woontoren De Ratelaar",
    "Hofje Ganzerikgaarde",
    "Complex De Duinroos",
]
FUNCS = [
    "toezichthouder",
    "bomendeskundige",
    "handhaver",
    "jurist",
    "beleidsmedewerker",
    "opzichter",
    "wijkcoördinator",
    "casemanager",
    "vergunningverlener",
    "boa",
]
MEDIATOR_DOMAIN = "verzoektotafstemming.nl"


def ctx(d: Doc, origin_res=None):
    r = d.r
    res = person(r, origin_res)
    town = r.choice(TOWNS)
    c = {
        "res": res,
        "partner": relative(r, res) if r.random() < 0.5 else person(r),
        "child": relative(r, res),
        "nb": [person(r) for _ in range(4)],
        "off": person(r),
        "off2": person(r),
        "med": person(r),
        "town": town,
        "dom": f"gemeente-{fold(town).lower()}.nl",
    }
    return c


def offline(d, c, who="off"):
    """An official by name with function and department."""
    return f"{d.full(c[who])} ({d.ks(FUNCS)}, {d.ks(DEPTS)})"


def mednote(d, c, kind):
    r = d.r
    head = (
        f"\n\n{d.k('Notitie bemiddelaar')} ({d.paraph(c['med'])}, {d.date()}): {d.k('zaaknummer')} "
        f"{d.casenr(kind)}; {d.titled(c['res'])} "
    )
    tail = r.choice(
        [
            lambda: f"belt terug op {d.phone()}.",
            lambda: f"vroeg om terugbetaling op {d.iban()}.",
            lambda: f"BSN {d.bsn()} staat in de brief van de {d.k('Belastingdienst')}.",
            lambda: f"wil graag per mail: {d.email(c['res'])}.",
            lambda: f"zegt dat auto {d.plate()} op de foto staat.",
        ]
    )
    return head + tail()


# ======================================================================= owners (apartment owners' associations)
def o_minutes(d, c):
    r = d.r
    b = d.ks(BUILDINGS)
    nbs = c["nb"]
    lines = [
        f"{d.k('NOTULEN')} {d.k('Algemene Ledenvergadering')} {d.k('Vereniging van Eigenaars')} {b}",
        f"{d.k('Datum')}: {d.date(3)}, 19.30 uur, {d.k('Wijkcentrum De Kiem')}",
        f"{d.k('Aanwezig')}: "
        + "; ".join(f"{d.any(p, ('full', 'titled', 'init'))} (app. {r.randint(1, 60)})" for p in nbs[:3]),
        f"{d.k('Volmacht')}: {d.titled(c['res'])} (app. {r.randint(1, 60)}) aan {d.init(nbs[0])}",
        f"{d.k('Voorzitter')}: {d.full(c['off2'])}; {d.k('notulist')}: {d.paraph(c['partner'])}",
        "",
        f"1. {d.k('Opening')}",
        f"{d.k('De')} voorzitter opent om 19.34 uur. {d.first(nbs[1])} meldt dat de lift weer stilstaat.",
        f"2. {d.k('Begroting')} {d.k('2026')}",
        f"{d.k('Besluit')}: de bijdrage aan het {d.k('reservefonds')} stijgt naar {d.amount()} per maand; {r.randint(300, 700)} breukdelen voor, {r.randint(20, 200)} tegen.",
        f"3. {d.k('Lekkage')} {d.k('dakterras')}",
        f"{d.sur(c['res'])} vraagt wie de schade aan app. {r.randint(1, 60)} betaalt. {d.full(nbs[2])} wijst naar de {d.k('verzekeraar')}, dossier {d.casenr('vve')}.",
        f"4. {d.k('Rondvraag')}",
        f'- {d.titled(nbs[3])}: "{d.k("Wanneer")} komt de schilder?"',
        f"- {d.nickq(c['res'])} ({d.email(c['res'])}) wil de notulen per mail; {d.k('iedereen')} noemt deze bewoner {d.nick(c['res'])}.",
        f"{d.k('Actiepunten')}: {d.paraph(nbs[0])} offerte dak vóór {d.date(1)}; {d.paraph(c['off2'])} brief aan de {d.ks(ORGS)}.",
    ]
    return "\n".join(lines)


def o_decisions(d, c):
    r = d.r
    nb = c["nb"]
    rows = [
        f"| {i} | {txt} | {d.paraph(p)} | {d.date(r.choice([1, 2]))} |"
        for i, (txt, p) in enumerate(
            [
                (f"{d.k('Offerte')} {d.k('dakbedekking')} opvragen", nb[0]),
                (f"{d.k('Brief')} aan {d.titled(c['res'])} over de achterstand", nb[1]),
                (f"{d.k('Huisregels')} aanpassen (fietsen in de gang)", nb[2]),
                (f"{d.k('Contact')} met de {d.ks(ORGS)}", c["off2"]),
            ],
            1,
        )
    ]
    legend = ", ".join(f"{d.paraph(p)} = {d.full(p)}" for p in (nb[0], nb[1], nb[2], c["off2"]))
    return (
        f"## {d.k('Besluitenlijst')} {d.k('bestuur')} {d.k('VvE')} {d.ks(BUILDINGS)} ({d.date(0)})\n\n"
        f"| nr | besluit | eigenaar | termijn |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{d.k('Legenda')}: {legend}.\n{d.k('Kenmerk')}: {d.casenr('vve')}"
    )


def o_arrears(d, c):
    res = c["res"]
    return (
        f"{d.caps(res) if d.r.random() < 0.3 else d.full(res)}\n{d.street()}\n{d.postcode()} {d.town()}\n\n"
        f"{d.k('Betreft')}: {d.k('achterstand')} {d.k('servicekosten')}, {d.k('ons kenmerk')} {d.casenr('vve')}\n\n"
        f"{d.k('Geachte')} {d.titled(res)},\n\n{d.k('Volgens')} onze administratie staat er {d.amount()} open over de maanden "
        f"{d.k('januari')} tot en met {d.k('april')}. {d.k('Wij')} verzoeken u dit bedrag binnen veertien dagen over te maken op "
        f"{d.iban()} ten name van {d.k('VvE')} {d.ks(BUILDINGS)}. {d.k('Een')} betalingsregeling is mogelijk; bel {d.full(c['off2'])} "
        f"op {d.phone('land')} of mail {d.email(c['off2'], 'vvebeheer-noord.nl')}.\n\n{d.k('Met vriendelijke groet')},\n"
        f"{d.init(c['off2'])}\n{d.k('Beheerder')}"
    )


def o_leak(d, c):
    res, up = c["res"], c["nb"][0]
    return (
        f"{d.k('Schademelding')} {d.k('lekkage')} — {d.k('polisnummer')} {d.casenr('vve')}\n"
        f"{d.k('Melder')}: {d.surfirst(res)}, {d.street()} ({d.k('benedenwoning')}), tel. {d.phone('mob')}\n"
        f"{d.k('Veroorzaker')}: {d.titled(up)} ({d.k('bovenwoning')}), {d.phone()}\n"
        f"{d.k('Omschrijving')}: sinds {d.ks(WEEKDAYS)} druppelt water uit het plafond van de badkamer. "
        f"{d.k('Foto')}'s: lekkage_{d.p(res['core'])}_badkamer_1.jpg, lekkage_{d.p(res['core'])}_badkamer_2.jpg.\n"
        f"{d.k('Loodgieter')} {d.full(c['nb'][1])} kwam op {d.date(3)}; {d.sur(up)} was niet thuis, zijn zoon {d.first(relative(d.r, up, 'm'))} deed open.\n"
        f"{d.k('IBAN')} voor uitkering: {d.iban('NL')}"
    )


def _ocr(s, r):
    out = s
    for a, b in (("m", "rn"), ("l", "1"), ("e", "c"), ("o", "0"), ("i", "í")):
        if a in out and r.random() < 0.35:
            out = out.replace(a, b, 1)
    return out


def o_proxy(d, c):
    r = d.r
    res, to = c["res"], c["nb"][1]
    name_ocr = _ocr(f"{res['first']} {res['part'] + ' ' if res['part'] else ''}{res['core']}", r)
    return (
        f"{d.k('Volmacht')} {d.k('Algemene Ledenvergadering')} (gescand, {d.k('OCR')})\n"
        f"[1] Naarn eigenaar: {d.p(name_ocr)}\n[2] Geb.datum: {d.dob()}\n[3] Adres app.: {d.street()}  {d.postcode()}\n"
        f"[4] verleent volrnacht aan: {d.caps(to)}\n[5] tel: {d.phone('mob')}\n"
        f"[6] Handtekening: ~~{d.paraph(res)}~~   {d.k('Datum')}: {d.date(2)}\n"
        f'(in de kantlijn, handgeschreven: "bel {d.first(res)} als {d.sur(to)} niet kan")\n'
        f"{d.k('Ontvangen')} door {d.paraph(c['off2'])}, {d.k('kenmerk')} {d.casenr('vve')}"
    )


def o_dictation(d, c):
    res, nb = c["res"], c["nb"][2]
    low = lambda p: d.p(f"{p['first']} {p['part'] + ' ' if p['part'] else ''}{p['core']}".lower())
    return (
        f"[{d.k('dictaat')} {d.k('huismeester')}, {d.k('spraakherkenning')}]\n"
        f"verslag ronde {d.k('galerij')} drie komma vandaag {d.date(1)} punt mevrouw {low(res)} van {d.street()} "
        f"belde weer over de {d.k('fietsenstalling')} punt nieuwe alinea de heer {low(nb)} zegt dat de buurman zijn scootmobiel "
        f"voor de {d.k('brandtrap')} zet punt ik heb {d.sur(nb)} gezegd dat dat niet mag komma hij werd boos punt "
        f"telefoon {d.phone('mob')} punt kenmerk {d.casenr('vve')} punt einde dictaat"
    )


def o_calendar(d, c):
    r = d.r
    res, off = c["res"], c["off2"]
    return (
        f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:{d.k('Inspectie')} {d.k('balkons')} {d.ks(BUILDINGS)}\n"
        f"DTSTART:2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}T0900{r.choice('03')}0\nLOCATION:{d.street()}\\, {d.town()}\n"
        f"ORGANIZER;CN={d.k('Technische Commissie')}:mailto:{d.k('techniek@vve-kiezelhof.nl')}\n"
        f"ATTENDEE;CN={d.full(res)}:mailto:{d.email(res)}\nATTENDEE;CN={d.full(off)}:mailto:{d.email(off, 'vvebeheer-noord.nl')}\n"
        f"DESCRIPTION:{d.k('Toegang')} via {d.titled(res)}\\, tel {d.phone()}. {d.k('Sleutel')} bij {d.first(c['nb'][3])}.\n"
        f"END:VEVENT\nEND:VCALENDAR"
    )


def o_supervision(d, c):
    res, sup = c["res"], c["off"]
    return (
        f"{d.k('Supervisieverslag')} — {d.k('bemiddelaar')} {d.full(c['med'])}, {d.k('supervisor')} {d.full(sup)}\n\n"
        f"{d.k('Casus')}: {d.k('conflict')} in een kleine {d.k('VvE')} (zes appartementen). {d.init(res)} voelt zich buitengesloten door "
        f"het bestuur; {d.full(c['nb'][0])} is penningmeester én bovenbuur. {d.k('Wat')} raakte mij: {d.first(res)} huilde aan de telefoon. "
        f"{d.k('Mijn')} valkuil: te snel oplossen.\n{d.k('Vraag')} aan {d.first(sup)}: hoe blijf ik meerzijdig partijdig?\n"
        f"{d.k('Afspraak')}: volgende sessie {d.date(3)}; casus {d.casenr('gen')}."
    )


OWNERS = [o_minutes, o_decisions, o_arrears, o_leak, o_proxy, o_dictation, o_calendar, o_supervision]


# ======================================================================= garden (trees, hedges, boundaries, smoke)
def g_decision(d, c):
    res = c["res"]
    return (
        f"{d.caps(res) if d.r.random() < 0.4 else d.init(res)}\n{d.street()}\n{d.postcode()}  {d.town()}\n\n"
        f"{d.k('Ons kenmerk')}: {d.casenr('groen')}\n{d.k('Onderwerp')}: {d.k('besluit')} {d.k('omgevingsvergunning')} {d.k('kappen')}\n\n"
        f"{d.k('Geachte')} {d.titled(res)},\n\nU vroeg op {d.date(0)} toestemming om een {d.ks(['eik', 'linde', 'kastanje', 'plataan'])} "
        f"te kappen. {d.k('Besluit')}: wij verlenen de vergunning met herplantplicht.\n{d.k('Overwegingen')}: de {d.k('bomendeskundige')}, "
        f"{d.full(c['off'])}, zag stamrot. {d.k('Uw')} buurman, {d.titled(c['nb'][0])}, diende een zienswijze in.\n"
        f"{d.k('Bezwaar')}: binnen zes weken, onder vermelding van het kenmerk, aan {d.k('bezwaar@' + c['dom'])} of {d.k('Postbus')} {d.r.randint(10, 9999)}. "
        f"{d.k('Digitaal')}: https://loket.{c['dom']}/zaken/{d.casenr('groen')}/bezwaar\n\n"
        f"{d.k('Hoogachtend')},\n{d.init(c['off2'])}, {d.ks(FUNCS)}\n{d.k('Afschrift')}: {d.init(c['nb'][0])}"
    )


def g_objection_index(d, c):
    r = d.r
    res, nb = c["res"], c["nb"][0]
    docs = [
        f"01 | {d.date(2)} | {d.k('bezwaarschrift')} {d.full(res)} | bezwaar_{d.p(res['core'])}.pdf",
        f"02 | {d.date(2)} | {d.k('machtiging')} {d.init(c['partner'])} | mach_{d.paraph(c['partner'])}.pdf",
        f"03 | {d.date(2)} | {d.k('verweerschrift')} {d.ks(DEPTS)} | verweer_{d.casenr('groen')}.pdf",
        f"04 | {d.date(2)} | {d.k('zienswijze')} {d.titled(nb)} | 04_zienswijze_{d.p(nb['core'])}.pdf",
        f"05 | {d.date(2)} | {d.k('verslag')} {d.k('hoorzitting')} ({d.k('voorzitter')} mr. {d.sur(c['off'])}) | hoorz.pdf",
    ]
    return (
        f"{d.k('INVENTARISLIJST')} {d.k('BEZWAARDOSSIER')} {d.casenr('groen')}\n{d.k('Bezwaarmaker')}: {d.surfirst(res)} ({d.dob()})\n"
        f"{d.k('Gemachtigde')}: {d.full(c['partner'])}, {d.phone()}\n\nnr | datum | stuk | bestand\n"
        + "\n".join(docs)
        + f"\n\n{d.k('Secretaris')}: {d.init(c['off2'])} ({d.email(c['off2'], c['dom'])})"
    )


def g_voicemail(d, c):
    res, nb = c["res"], c["nb"][1]
    low = lambda p: d.p(f"{p['first']} {p['part'] + ' ' if p['part'] else ''}{p['core']}".lower())
    return (
        f"{d.k('Voicemail')} ({d.k('automatisch uitgeschreven')}) {d.date(3)} 08:1{d.r.randint(0, 9)}\n"
        f'"ja goedemorgen u spreekt met {low(res)} ik bel over de {d.k("coniferen")} van de buurman {low(nb)} die zijn nu vier meter hoog '
        f"en wij hebben geen zon meer in de tuin ik woon op de {d.street()} mijn nummer is {d.phone('mob')} "
        f'ik heb al een keer gemaild naar {d.k("groen@" + c["dom"])} maar niks gehoord dus ja graag terugbellen dank u wel"\n'
        f"{d.k('Terugbelverzoek')} voor {d.first(c['off'])} ({d.paraph(c['off'])}); {d.k('melding')} {d.casenr('groen')}"
    )


def g_allotment(d, c):
    r = d.r
    res = c["res"]
    return (
        f"{d.k('Volkstuinvereniging')} {d.k('De Groene Kiem')}\n{d.k('Aan')}: {d.full(res)}, {d.k('tuin')} {r.randint(1, 140)}\n"
        f"{d.street()}, {d.postcode()} {d.town()}\n\n{d.k('Betreft')}: {d.k('tweede waarschuwing')} ({d.k('dossier')} {d.casenr('groen')})\n\n"
        f"{d.k('Beste')} {d.first(res)},\n\n{d.k('Bij')} de schouw van {d.date(1)} stond uw tuin opnieuw vol {d.k('zevenblad')} en lag er "
        f"een {d.k('stapel')} pallets op het pad naar de tuin van {d.titled(c['nb'][0])}. {d.k('Ook')} is de contributie ({d.amount()}) nog niet "
        f"betaald op {d.iban('NL')}. {d.k('Zonder')} verbetering volgt opzegging.\n\n{d.k('Namens het bestuur')},\n{d.full(c['off2'])}, secretaris, "
        f"{d.phone()}\n{d.k('cc')}: {d.init(c['nb'][1])} ({d.k('tuincommissie')})"
    )


def g_chat(d, c):
    r = d.r
    nb = person(r, r.choice(["polish", "turkish", "irish", "german", "romanian", "portuguese"]))
    res = c["res"]
    lang = {
        "polish": "Dzień dobry, gałęzie nad moim ogrodem są za duże.",
        "turkish": "Merhaba komşu, dallar bahçeme sarkıyor.",
        "irish": "Hi neighbour, the branches are hanging over my shed again.",
        "german": "Hallo Nachbar, die Äste hängen über meinen Zaun.",
        "romanian": "Bună ziua, crengile atârnă peste gardul meu.",
        "portuguese": "Olá vizinho, os ramos estão sobre o meu muro.",
    }[nb["o"]]
    return (
        f"[{d.date(2)} 18:02] {d.full(nb)}: {lang}\n[{d.date(2)} 18:03] {d.full(nb)}: sorry my dutch not good. takken over schutting!!\n"
        f"[{d.date(2)} 18:10] {d.first(res)} {d.sur(res)}: ik snoei zaterdag, ok? 👍\n"
        f"[{d.date(2)} 18:11] {d.first(nb)}: ok thank you. mijn nummer {d.phone('foreign')}\n"
        f"[{d.date(2)} 21:40] {d.first(res)} {d.sur(res)}: {d.k('schutting')} is van mij, niet van jou\n"
        f"— {d.k('geëxporteerd')} en vertaald door {d.full(c['med'])} ({d.email(c['med'], MEDIATOR_DOMAIN)}), {d.k('casus')} {d.casenr('groen')}"
    )


def g_survey(d, c):
    res, nb = c["res"], c["nb"][0]
    return (
        f"{d.k('RAPPORT')} {d.k('GRENSRECONSTRUCTIE')}\n{d.k('Aanvrager')}: {d.surfirst(res)}, {d.street()}, {d.postcode()}\n"
        f"{d.k('Belanghebbende')}: {d.caps_sur(nb)}, {d.street()}\n{d.k('Landmeter')}: {d.init(c['off'])}, {d.k('Kadaster')}\n"
        f"{d.k('Bevinding')}: de {d.k('erfgrens')} ligt 0,40 m ten oosten van de huidige {d.k('schutting')} van {d.sur(nb)}.\n"
        f"{d.k('Beide')} partijen aanwezig op {d.date(0)}; {d.first(res)} tekende, {d.titled(nb)} niet.\n"
        f"{d.k('Nota')} {d.amount()} over te maken op {d.iban('NL')}, {d.k('referentie')} {d.casenr('groen')}"
    )


def g_smoke(d, c):
    r = d.r
    res, nb = c["res"], c["nb"][2]
    rows = [
        f"{d.date(1)}, {r.randint(17, 22)}:{r.choice(['00', '15', '30', '45'])} — {t}"
        for t in [
            f"rook van de {d.k('houtkachel')} van {d.titled(nb)}, wind {d.ks(['west', 'zuidwest', 'noord'])}, ramen dicht",
            f"{d.k('stookalert')} van het {d.k('RIVM')}, toch gestookt; {d.first(c['partner'])} kreeg astma-aanval",
            f"gebeld met {d.k('meldpunt')} ({d.k(f'14 0{r.randint(10, 99)}')}); {d.k('melding')} {d.casenr('gen')}",
            f'{d.sur(nb)} zei over de heg: "{d.k("Dan")} verhuis je toch"',
        ]
    ]
    return (
        f"{d.k('Stookdagboek')} {d.full(res)} ({d.street()}, {d.phone()})\n"
        + "\n".join(rows)
        + f"\n{d.k('Kopie')} aan {d.full(c['off'])}, {d.ks(DEPTS)}."
    )


def g_reflection(d, c):
    res, nb = c["res"], c["nb"][0]
    return (
        f"{d.k('Reflectie')} na {d.k('keukentafelgesprek')} — {d.first(c['med'])}\n\n{d.k('Twee')} buren, één {d.k('beukenhaag')}. "
        f"{d.titled(res)} (geb. {d.dob(style=d.r.choice([3, 8, 9, 10]))}) wil dat de haag op 1,80 m blijft; {d.titled(nb)} wil licht. "
        f"{d.k('Achter')} de haag zit rouw: {d.first(res)} plantte hem samen met een overleden partner. {d.k('Dat')} hoorde ik pas na een uur.\n"
        f"{d.k('Wat')} ik meeneem naar {d.k('intervisie')}: {d.full(c['off'])} van {d.ks(DEPTS)} wilde handhaven; ik vroeg om twee weken.\n"
        f"{d.k('Zaak')} {d.casenr('groen')}; {d.k('terugkoppeling')} aan {d.email(res)}."
    )


GARDEN = [g_decision, g_objection_index, g_voicemail, g_allotment, g_chat, g_survey, g_smoke, g_reflection]


# ======================================================================= letting (holiday rental and rooms)
def l_registration(d, c):
    res = c["res"]
    return (
        f"{d.k('Aanvraag')} {d.k('registratie')} {d.k('vakantieverhuur')} ({d.k('aanvraagnummer')} {d.casenr('verhuur')})\n"
        f"1. {d.k('Naam')} {d.k('hoofdbewoner')}: {d.any(res, ('full', 'caps', 'surfirst'))}\n2. {d.k('Geboortedatum')}: {d.dob()}\n"
        f"3. BSN: {d.bsn()}\n4. {d.k('Adres')}: {d.street()}, {d.postcode()} {d.town()}\n5. {d.k('Telefoon')}: {d.phone()}\n"
        f"6. {d.k('E-mail')}: {d.email(res)}\n7. {d.k('Maximaal')} 30 nachten per jaar, max. 4 gasten.\n"
        f"8. {d.k('Medebewoner')}: {d.full(c['partner'])}\n{d.k('Behandeld')} door {d.paraph(c['off'])} op {d.date(4)}"
    )


def l_bookings(d, c):
    r = d.r
    rows = []
    for _ in range(r.randint(3, 5)):
        g = person(
            r,
            r.choice(
                ["german", "irish", "italian", "spanish", "polish", "korean", "japanese", "hungarian", "czech", "greek"]
            ),
        )
        rows.append(
            f"{d.date(4)};{d.date(4)};{d.any(g, ('full', 'caps', 'surfirst'))}{' (' + d.dob(style=r.choice([0, 5, 13, 15])) + ')' if r.random() < 0.3 else ''};{r.choice(['DE', 'IE', 'IT', 'ES', 'PL', 'KR', 'JP', 'HU', 'CZ', 'GR'])};"
            f"{r.randint(1, 6)};{d.phone('foreign')}"
        )
    return (
        f"export_boekingen_{d.p(fold(c['res']['core']).lower())}_{d.k('2026')}.csv\n"
        f"aankomst;vertrek;gast;land;personen;telefoon\n"
        + "\n".join(rows)
        + f"\n# {d.k('host')}: {d.full(c['res'])}; {d.k('platformnummer')} {d.casenr('verhuur')}"
    )


def l_hotline(d, c):
    nb, res = c["nb"][0], c["res"]
    return (
        f"{d.k('Meldpunt')} {d.k('Overlast')} {d.k('Vakantieverhuur')} — {d.k('gespreksverslag')} {d.date(3)}, 02:14\n"
        f"{d.k('Medewerker')}: goedenacht, u spreekt met {d.first(c['off'])}.\n"
        f"{d.k('Beller')}: ja, {d.full(nb)} hier, {d.street()}. {d.k('Naast')} mij, nummer {d.r.randint(2, 90)}, weer een {d.k('vrijgezellenfeest')}.\n"
        f"{d.k('Medewerker')}: weet u wie de verhuurder is?\n{d.k('Beller')}: {d.titled(res)}. {d.k('Die')} woont zelf in {d.k('Spanje')}, "
        f"nummer {d.phone('foreign')}.\n{d.k('Medewerker')}: ik noteer {d.k('melding')} {d.casenr('verhuur')}. {d.k('Kenteken')} van het busje?\n"
        f"{d.k('Beller')}: {d.plate()}.\n{d.k('Terugbellen')}: {d.phone('mob')} ({d.first(nb)})"
    )


def l_enforcement(d, c):
    res = c["res"]
    return (
        f"{d.k('Aangetekend')}\n{d.init(res)}\n{d.street()}\n{d.postcode()} {d.town()}\n\n{d.k('Besluitnummer')}: {d.casenr('verhuur')}\n"
        f"{d.k('Onderwerp')}: {d.k('last onder dwangsom')}\n\n{d.k('Geachte')} {d.titled(res)},\n\n{d.k('Op')} {d.date(0)} constateerde "
        f"{d.k('toezichthouder')} {d.full(c['off'])} dat uw woning aan de {d.street(num=False)} zonder registratienummer werd aangeboden. "
        f"{d.k('U')} moet de verhuur binnen vier weken staken. {d.k('Doet')} u dat niet, dan verbeurt u {d.amount()} per overtreding, "
        f"tot een maximum van {d.amount()}.\n{d.k('Zienswijze')} van uw dochter {d.full(c['child'])} ({d.email(c['child'])}) is meegewogen.\n\n"
        f"{d.k('Burgemeester')} en {d.k('wethouders')},\nnamens dezen,\n{d.full(c['off2'])}, {d.ks(FUNCS)}\n\n"
        f"{d.k('Rechtsmiddelen')}: bezwaar binnen zes weken ({d.ks(['Algemene wet bestuursrecht', 'Huisvestingswet'])})."
    )


def l_young(d, c):
    r = d.r
    kid = person(r)
    h = fold(kid["first"]).lower() + "." + fold(kid["core"]).lower()
    return (
        f"hoi!! ik ben {d.nickq(kid)}, {r.randint(17, 21)} jaar (geboren {d.dob(young=True)}) en ik huur een {d.k('kamer')} "
        f"bij {d.titled(c['res'])} op de {d.street()} 😩 de verwarming doet het al 3 weken niet en hij zegt ff wachten. "
        f"mn ouders ({d.full(relative(r, kid))}) zeggen dat ik jullie moest mailen. insta is @{d.p(h)} of bel {d.phone('mob')}. "
        f"{d.k('huurcontract')} heb ik niet eens lol. groetjes {d.first(kid)}\n\n— {d.k('doorgestuurd')} door {d.k('Jongerenwerk')} "
        f"({d.full(c['off'])}), {d.k('ticket')} {d.casenr('verhuur')}"
    )


def l_roomlist(d, c):
    r = d.r
    rows = "\n".join(
        f"| {i} | {d.any(t, ('surfirst', 'caps_sur', 'full'))} | {d.dob(young=r.random() < 0.6, style=r.choice([0, 1, 2, 5, 13]))} | {d.date(2)} |"
        for i, t in enumerate([person(r) for _ in range(r.randint(3, 5))], 1)
    )
    return (
        f"{d.k('Kamerverhuurvergunning')} {d.casenr('verhuur')} — {d.k('bewonerslijst')}\n{d.k('Pand')}: {d.street()}, {d.postcode()}\n"
        f"{d.k('Verhuurder')}: {d.full(c['res'])}, {d.phone()}, {d.iban()}\n\n| kamer | huurder | geb. | sinds |\n|---|---|---|---|\n{rows}\n\n"
        f"{d.k('Controle')}: {d.init(c['off'])} en {d.init(c['off2'])}, {d.date(0)}"
    )


def l_guestmail(d, c):
    r = d.r
    g = person(r, r.choice(["german", "irish", "italian", "spanish"]))
    res = c["res"]
    body = {
        "german": lambda: (
            f"Sehr geehrte Frau {d.sur(res)}, wir haben am Wochenende Lärm gemacht, es tut uns leid. Bitte schreiben Sie an {d.email(g)}."
        ),
        "irish": lambda: (
            f"Dear Mr {d.sur(res)}, we were told the neighbours complained. Sorry! You can reach me at {d.phone('foreign')}. For the deposit form: born {d.dob(style=13)}."
        ),
        "italian": lambda: f"Gentile {d.full(res)}, ci scusiamo per il rumore. Il mio numero: {d.phone('foreign')}.",
        "spanish": lambda: f"Hola {d.first(res)}, perdón por el ruido del sábado. Mi correo es {d.email(g)}.",
    }[g["o"]]()
    return (
        f"{d.k('Van')}: {d.full(g)}\n{d.k('Aan')}: {d.email(res)}\n{d.k('Onderwerp')}: {d.k('Re')}: {d.k('Booking')} {d.casenr('verhuur')}\n\n"
        f'{body}\n{d.first(g)}\n\n> {d.k("Doorgestuurd")} door {d.first(res)} aan {d.full(c["med"])}: "{d.k("Zie")} hieronder, de gasten bieden excuses aan. '
        f'{d.k("Kan")} {d.titled(c["nb"][0])} dit lezen?"'
    )


def l_planning(d, c):
    r = d.r
    rows = "\n".join(
        f"{wd} {t}\t{d.street()}\t{d.any(p, ('surfirst', 'titled', 'full'))}\t{d.phone()}\t{d.paraph(c['off'])}"
        for wd, t, p in [
            (d.k(r.choice(["Ma", "Di", "Wo", "Do", "Vr"])), f"{r.randint(8, 16)}:00", q) for q in c["nb"][:3]
        ]
    )
    return (
        f"{d.k('Planning')} {d.k('controles')} {d.k('kamerverhuur')} {d.k('week')} {r.randint(1, 52)} ({d.k('export')} {d.k('Outlook')})\n"
        f"dag\ttijd\tlocatie\tcontact\ttel\tinsp.\n{rows}\n{d.k('Inspecteur')}: {d.full(c['off'])} ({d.email(c['off'], c['dom'])}); "
        f"{d.k('dossier')} {d.casenr('verhuur')}"
    )


LETTING = [l_registration, l_bookings, l_hotline, l_enforcement, l_young, l_roomlist, l_guestmail, l_planning]


# ======================================================================= known (word-names)
def known_person(d: Doc, i: int):
    r = d.r
    names = list(WORD_NAMES) + list(WORD_FIRST)
    w = names[i % len(names)] if r.random() < 0.8 else r.choice(names)
    if w in WORD_NAMES:
        part = WORD_PARTICLE.get(w, "") if r.random() < 0.6 else ""
        p = person(r, r.choice(["dutch", "dutch", "frisian", "flemish", "limburg"]), core=w, particle=part)
        phrases = WORD_NAMES[w]
    else:
        p = person(r)
        p["first"], p["first2"], p["nick"] = w, "", ""
        phrases = WORD_FIRST[w]
    return p, w, phrases


def known_doc(d: Doc, i: int):
    r = d.r
    p, w, (ph1, ph2) = known_person(d, i)
    c = ctx(d)
    c["res"] = p
    ph = lambda s: d.k(s)
    shape = i % 10
    two = r.random() < 0.5
    sec = lambda: f" {d.k('Ook')} noemde de buurman {ph(ph2)}." if two else ""
    if shape == 0:
        t = (
            f"{d.k('Verslag')} {d.k('bewonersoverleg')} {d.ks(BUILDINGS)}: {d.full(p)} vertelde over {ph(ph1)}. "
            f"{d.titled(p)} wil dat het bestuur reageert.{sec()}"
        )
    elif shape == 1:
        t = (
            f"{d.k('Telefoonnotitie')} {d.date(0)}: {d.titled(p)} belde ({d.phone()}). {d.k('Het')} ging over {ph(ph1)} naast de {d.k('schuur')}; "
            f"{d.sur(p)} wacht op {d.ks(DEPTS)}.{sec()} {d.k('Kenmerk')} {d.casenr('groen')}."
        )
    elif shape == 2:
        t = (
            f"| {d.k('naam')} | {d.k('onderwerp')} |\n|---|---|\n| {d.full(p)} | {ph(ph1)} |\n| {d.full(c['nb'][0])} | {d.k('overhangende takken')} |\n"
            f"{d.k('Toelichting')}: {d.first(p)} schreef erbij: {ph(ph2)}."
        )
    elif shape == 3:
        t = (
            f"{d.k('Onderwerp')}: {d.k('klacht')} {d.k('vakantieverhuur')}\n{d.k('Van')}: {d.full(p)} <{d.email(p)}>\n\n"
            f"{d.k('Beste')} {d.full(c['med'])},\nmijn klacht over de gasten gaat ook over {ph(ph1)}.{sec()}\n{d.k('Groet')}, {d.first(p)}"
        )
    elif shape == 4:
        t = (
            f"{d.caps(p)}\n{d.street()}\n\n{d.k('Geachte')} {d.titled(p)}, uw bezwaar over {ph(ph1)} is ontvangen onder {d.k('nummer')} "
            f"{d.casenr('groen')}. {d.k('De')} hoorzitting is op {d.date(3)}.{sec()}\n{d.init(c['off'])}"
        )
    elif shape == 5:
        t = (
            f"[{d.date(2)} 20:11] {d.full(p)}: heb je {ph(ph1)} gezien?\n[{d.date(2)} 20:12] {d.first(c['nb'][1])}: ja, bij de {d.k('galerij')}\n"
            f"[{d.date(2)} 20:15] {d.full(p)}: {d.sur(p)} hier nog eens, morgen {d.k('vergadering')}.{sec()}"
        )
    elif shape == 6:
        t = (
            f"{d.k('Dagboek')} van {d.init(p)}, {d.date(1)}: weer gedoe over {ph(ph1)}. {d.titled(c['nb'][2])} lachte erom.{sec()} "
            f"({d.full(p)}, geb. {d.dob()})"
        )
    elif shape == 7:
        t = (
            f"{d.k('Aanvraagformulier')}\n{d.k('Naam')}: {d.surfirst(p)}\n{d.k('Telefoon')}: {d.phone()}\n{d.k('Toelichting')}: ik vraag hulp omdat "
            f"{ph(ph1)} al maanden een probleem is.{sec()}\n{d.k('Ondertekend')}: {d.full(p)}"
        )
    elif shape == 8:
        t = (
            f"{d.k('Notulen')}, punt 4: {d.titled(p)} ({d.k('app.')} {r.randint(1, 40)}) vraagt naar {ph(ph1)}. {d.k('Voorzitter')} {d.full(c['off2'])} "
            f"antwoordt dat {d.sur(p)} gelijk heeft.{sec()} {d.k('Actie')}: {d.paraph(c['off2'])}."
        )
    else:
        t = (
            f"{d.k('Reflectie')} {d.first(c['med'])}: in het gesprek met {d.full(p)} ging het steeds over {ph(ph1)}, "
            f"niet over de {d.k('huurder')}. {d.titled(p)} bleef rustig.{sec()} {d.k('Zaak')} {d.casenr('verhuur')}."
        )
    fullname = f"{p['first']} {p['part'] + ' ' if p['part'] else ''}{p['core']}"
    if not any(it["text"] == fullname for it in d.pii):
        t += f"\n— {d.full(p)}"
    known = {"names": [fullname]}
    mails = [it["text"] for it in d.pii if it["label"] == "EMAIL" and fold(w).lower() in it["text"]]
    phones = [it["text"] for it in d.pii if it["label"] == "PHONE"]
    if mails and r.random() < 0.6:
        known["emails"] = mails[:1]
    if phones and shape in (1, 7) and r.random() < 0.6:
        known["phones"] = phones[:1]
    return t, known, w
