"""The shapes of holdout31's three kind files (digital, climate, gather). Each shape returns a template (see core31)."""

from __future__ import annotations

from core31 import (
    CASE_CUES,
    DOB_CUES,
    WEEKDAYS,
    Addr,
    K,
    L,
    amount,
    bsn,
    bsn_fmt,
    case_number,
    dob_fmt,
    fold,
    iban,
    iban_fmt,
    ordinary_date,
    person,
    phone,
    plate,
    relative,
    town,
)


def P(x):
    return L("PERSON", x)


def title(r, p):
    return (
        r.choice(["mevrouw", "mw.", "Mevr.", "mevr."])
        if p.g == "f"
        else r.choice(["de heer", "dhr.", "meneer", "Dhr."])
    )


def nm(r, p, forms="fitscT"):
    """a name form slot: f full, i initials, t title+surname, s surname-first, c capitals, T title+initials"""
    k = r.choice(forms)
    if k == "f":
        return P(p.full() if r.random() < 0.8 or not p.first2 else p.full2())
    if k == "i":
        return P(p.ini(r.randrange(4)))
    if k == "t":
        return f"{title(r, p)} {P(p.surname())}"
    if k == "s":
        return P(p.sf(r.randrange(3)))
    if k == "c":
        return P(p.caps())
    return f"{title(r, p)} {P(p.ini(r.randrange(4)))}"


def later(r, p):
    """a later bare mention"""
    k = r.random()
    if k < 0.4:
        return f"{title(r, p)} {P(p.surname())}"
    if k < 0.7:
        return P(p.first)
    if k < 0.85 and p.nick:
        return P(p.nick)
    return P(p.surname())


def DOB(r, p, cue=True):
    s = L("DATE_OF_BIRTH", dob_fmt(r, p.dob))
    if not cue:
        return s
    c = r.choice(DOB_CUES)
    return f"{c} {s})" if c.startswith("(") else f"{c} {s}"


def T(r, p, kind=None):
    return L("PHONE", p.phone(r, kind))


def M(r, p):
    return L("EMAIL", p.mail(r))


def WM(r, p, tw):
    return L("EMAIL", p.work_mail(r, tw))


def AD(a, caps=False):
    return L("ADDRESS", a.line().upper() if caps else a.line())


def PC(a):
    return L("POSTCODE", a.pc)


def CASE(r, c=None, cue=True):
    c = c or case_number(r)
    s = L("CASE_NUMBER", c)
    return f"{K(r.choice(CASE_CUES))} {s}" if cue else s


def IB(r, c=None):
    return L("IBAN", iban_fmt(r, iban(r, c)))


def BS(r):
    return L("BSN", bsn_fmt(r, bsn(r)))


def PL(r):
    return L("LICENSE_PLATE", plate(r))


def lowsur(p):
    return fold(p.sur).lower().replace(" ", "").replace("'", "")


def ctx(r):
    tw = town(r)
    return {"town": tw, "med": person(r), "off": person(r), "off2": person(r), "a": Addr(r)}


# ====================================================================== digital

TOPICS = [
    "DigiD aanvragen",
    "DigiD-app activeren",
    "huurtoeslag wijzigen",
    "zorgtoeslag aanvragen",
    "AOW-aanvraag",
    "berichtenbox van MijnOverheid",
    "aangifte inkomstenbelasting",
    "kwijtschelding gemeentelijke belastingen",
    "parkeervergunning online",
    "verhuizing doorgeven",
    "afspraak paspoort maken",
    "Wmo-aanvraag online",
]
ORGS = ["Belastingdienst", "SVB", "UWV", "Dienst Toeslagen", "CAK", "DUO", "RDW", "CJIB", "Logius"]


def d_ido(r, c):
    p, vol, kid = person(r), person(r), None
    tw = c["town"]
    kid = relative(r, p, lo=1970, hi=2000)
    topic = r.choice(TOPICS)
    return f"""{K("Informatiepunt Digitale Overheid")} – {K("Bibliotheek")} {K(tw)}
{K("Hulpvraag")} {K(ordinary_date(r))}, {r.randint(9, 16)}:{r.choice(["00", "15", "30", "45"])}
{K("Bezoeker")}: {nm(r, p)} ({DOB(r, p)})
{K("Telefoon")}: {T(r, p)}
{K("Vraag")}: {K(topic)}
{K("Geholpen")} door vrijwilliger {P(vol.first)} ({P(vol.paraph())})
{K("Notitie")}: {later(r, p)} had de brief van de {K(r.choice(ORGS))} bij zich maar de activeringscode was verlopen. Nieuwe code aangevraagd; die komt binnen vijf werkdagen op {AD(c["a"])}. Haar/zijn {K(r.choice(["zoon", "dochter", "schoonzoon", "nicht"]))} {P(kid.full())} ({T(r, kid)}) helpt thuis met inloggen.
{K("Vervolg")}: nieuwe afspraak op {K(WEEKDAYS[r.randrange(5)])}; {CASE(r)}.
"""


def d_machtiging(r, c):
    p = person(r, lo=1930, hi=1960)
    g = relative(r, p, lo=1958, hi=1995) if r.random() < 0.6 else person(r)
    a, tw, off = c["a"], c["town"], c["off"]
    rel = "kind" if g.sur == p.sur else r.choice(["buurman/buurvrouw", "vriend(in)", "mantelzorger"])
    svc = r.sample(["Huurtoeslag", "Zorgtoeslag", "Wmo", "Belastingen", "Pensioen", "Parkeren"], 3)
    return f"""{K("AANVRAAG MACHTIGING")} — {K("DigiD Machtigen")}
1. {K("Machtiginggever")}
   {K("Naam")}: {nm(r, p, "sfc")}
   {K("BSN")}: {BS(r)}
   {K("Geboortedatum")}: {DOB(r, p, cue=False)}
   {K("Adres")}: {AD(a, r.random() < 0.3)}, {PC(a)} {K(a.town)}
2. {K("Gemachtigde")}
   {K("Naam")}: {nm(r, g, "fis")}
   {K("Relatie")}: {rel}
   {K("Telefoon")}: {T(r, g)} · {K("E-mail")}: {M(r, g)}
3. {K("Diensten")}: {K(svc[0])}, {K(svc[1])}, {K(svc[2])}
{K("Ondertekening")}: {K(tw)}, {K(ordinary_date(r))} — paraaf {P(p.paraph())}
{K("Behandeld")} door {P(off.ini(r.randrange(4)))} ({WM(r, off, tw)}), {CASE(r)}
"""


def d_loan(r, c):
    p, coach = person(r), c["off2"]
    a, tw = c["a"], c["town"]
    dev = r.choice(["Chromebook", "laptop", "tablet"])
    return f"""{K("Bruikleenovereenkomst")} {K(dev)} — {K("Stichting Digitaal Meedoen")} {K(tw)}
{K("Lener")}: {nm(r, p, "fs")}, {AD(a)}, {PC(a)} {K(a.town)}
{K("Telefoon")} {T(r, p)}, e-mail {M(r, p)}
{K("Borg")}: {K(amount(r))}, terug te storten op {IB(r)} t.n.v. {P(p.ini(r.randrange(4)))}
{K("Looptijd")}: tot {K(ordinary_date(r))}. De {K(dev)} blijft eigendom van de stichting.
{K("Uitgegeven")} door digicoach {P(coach.full())} ({L("PHONE", coach.phone(r, "mob"))}); {CASE(r)}.
{later(r, p)} volgt ook de cursus {K("Klik & Tik")} op {K(WEEKDAYS[r.randrange(5)])}.
"""


def d_course(r, c):
    tw, teacher = c["town"], c["off2"]
    rows = []
    ps = [person(r) for _ in range(r.randint(4, 7))]
    for p in ps:
        nmx = r.choice([P(p.full()), P(p.sf(0)), P(p.caps()), P(p.full().lower()) if r.random() < 0.5 else P(p.ini())])
        rows.append(
            f"{nmx};{M(r, p) if r.random() < 0.7 else ''};{T(r, p) if r.random() < 0.7 else ''};"
            f"{r.choice(['x', 'x', 'afwezig'])};{r.choice(['x', 'x', 'afgemeld'])};{r.choice(['x', ''])}"
        )
    q = r.choice(ps)
    return (
        f"""{K("Presentielijst")} {K("Digisterker")} — {K("Bibliotheek")} {K(tw)}
naam;e-mail;telefoon;les 1;les 2;les 3
"""
        + "\n".join(rows)
        + f"""
{K("Opmerking")} docent {P(teacher.first)}: {P(q.first)} wil de vervolgcursus {K("Werken met de e-overheid")}; graag bellen op {T(r, q)}.
"""
    )


def d_remote(r, c):
    p, coach = person(r), c["off"]
    a, tw = c["a"], c["town"]
    user = f"{fold(p.first).lower()[:1]}{lowsur(p)}{p.dob.year % 100:02d}"
    h = r.randint(9, 15)
    return f"""{K("Sessielog")} {K("hulp op afstand")} — {CASE(r, cue=False)}
[{h:02d}:02] {K("Sessie")} gestart door {WM(r, coach, tw)}
[{h:02d}:04] {K("Klant")} {nm(r, p, "fc")} bevestigt identiteit met geboortedatum {L("DATE_OF_BIRTH", dob_fmt(r, p.dob))}
[{h:02d}:09] {K("Adres")} gecontroleerd: {AD(a)}, {PC(a)}
[{h:02d}:15] {K("Telefoonnummer")} gewijzigd naar {T(r, p)}
[{h:02d}:21] {K("Wachtwoord")} gereset voor gebruikersnaam {P(user)}
[{h:02d}:30] {K("Sessie")} beëindigd; {later(r, p)} belt terug als de sms niet komt.
"""


def d_helpline(r, c):
    p, off = person(r), c["off"]
    tw = c["town"]
    son = relative(r, p, lo=1985, hi=2010)
    cn = case_number(r)
    low = p.full().lower()
    return f"""{K("Van")}: {P(p.full())} <{M(r, p)}>
{K("Aan")}: {K("digitaal@" + tw.lower() + ".nl")}
{K("Onderwerp")}: Re: ticket {L("CASE_NUMBER", cn)}

beste mensen, mijn naam is {P(low)} en ik kom niet in de {K("berichtenbox")}. mijn {K("zoon")} {P(son.first)} heeft het geprobeerd maar de app zegt fout. kunt u mij bellen op {T(r, p)}?

groet, {P(p.first)}

> Op {K(ordinary_date(r))} schreef {P(off.full())} <{WM(r, off, tw)}>:
> Beste {title(r, p)} {P(p.surname())}, wij hebben uw melding {L("CASE_NUMBER", cn)} ontvangen. Het {K("Team Dienstverlening")} neemt binnen drie werkdagen contact op.
"""


def d_buddy(r, c):
    p, buddy = person(r, lo=1935, hi=1965), c["off2"]
    part = relative(r, p)
    kid = person(r, origin=p.origin, lo=2000, hi=2015)
    return f"""{K("Bezoekverslag")} {K("Digimaatje")}
{K("Deelnemer")}: {title(r, p)} {P(p.surname())} ({DOB(r, p)})
{K("Maatje")}: {P(buddy.full())}, {L("PHONE", buddy.phone(r, "mob"))}
{K("Aanwezig")}: {later(r, p)}, echtgeno(o)t(e) {P(part.first)} en kleinkind {P(kid.first)}
{K("Wat")} we deden: de {K("DigiD-app")} gekoppeld, een afspraak bij de {K("huisarts")} online gezet, uitleg over {K("phishing")}.
{P(part.first)} wil ook meedoen. {K("Volgende")} bezoek: {K(ordinary_date(r))}.
"""


def d_letter(r, c):
    p = person(r)
    a = c["a"]
    org = r.choice(ORGS)
    return f"""{K("Brief")} {K("uitgelegd")} ({K("spreekuur")} {K(WEEKDAYS[r.randrange(5)])})
{title(r, p)} {P(p.surname())} ({DOB(r, p)}) kwam met een brief van het {K(org)} met {CASE(r)}. Het gaat om een naheffing voor kenteken {PL(r)}.
Zij/hij woont op {AD(a)} en wil het bedrag van {K(amount(r))} in termijnen betalen vanaf {IB(r)}.
Samen het formulier ingevuld; kopie gemaild naar {M(r, p)}. {later(r, p)} komt terug als er geen antwoord is.
"""


DIGITAL = [d_ido, d_machtiging, d_loan, d_course, d_remote, d_helpline, d_buddy, d_letter]


# ====================================================================== climate


def c_afkoppel(r, c):
    p, a, tw = person(r), c["a"], c["town"]
    inst = person(r)
    m2 = r.randint(18, 140)
    return f"""{K("Aanvraag")} {K("subsidie afkoppelen regenwater")} — {K("gemeente")} {K(tw)}
1. {K("Aanvrager")}: {nm(r, p, "fsc")}
2. {K("Adres")}: {AD(a)}, {PC(a)} {K(a.town)}
3. {K("Telefoon")}: {T(r, p)} — {K("E-mail")}: {M(r, p)}
4. {K("Dakoppervlak")}: {m2} m², aan te sluiten op {K("regenton")} en {K("wadi")}
5. {K("Uitvoerder")}: {K("Hoveniersbedrijf")} contactpersoon {P(inst.ini(r.randrange(4)))}, {L("PHONE", inst.phone(r, "land"))}
6. {K("Uitbetaling")} op {IB(r, "NL")} t.n.v. {P(p.ini(r.randrange(4)))}
7. {K("Bijlage")}: foto_dak_{P(lowsur(p))}.jpg
{K("Datum")}: {K(ordinary_date(r))} — {CASE(r)}
"""


def c_decision(r, c):
    p, a, tw, off = person(r), c["a"], c["town"], c["off"]
    caps = r.random() < 0.3
    tl = title(r, p)
    name_line = f"{tl.upper() if caps else tl} {P(p.ini().upper() if caps else p.ini())}"
    return f"""{name_line}
{AD(a, caps)}
{PC(a)} {K(a.town.upper() if caps else a.town)}

{K("Ons kenmerk")}: {CASE(r, cue=False)}
{K("Onderwerp")}: {K("besluit")} op uw aanvraag {K("subsidie groen dak")}

Geachte {"mevrouw" if p.g == "f" else "heer"} {P(p.surname())},

Op {K(ordinary_date(r))} ontvingen wij uw aanvraag voor een {K("groen dak")} op {AD(a)}. Wij verlenen u een subsidie van {K(amount(r))}. Wij maken het bedrag over op {IB(r)}.
{K("Bezwaar")}: bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
{P(off.ini(r.randrange(4)))}, {K("teamleider")} {K("Klimaatadaptatie")}
"""


def c_tiles(r, c):
    tw = c["town"]
    rows = []
    ps = [person(r) for _ in range(r.randint(4, 7))]
    for p in ps:
        a = Addr(r)
        rows.append(
            f"{r.choice([P(p.full()), P(p.sf(0)), P(p.caps())])};{L('ADDRESS', a.street)};{a.nr};{r.randint(4, 60)};"
            f"{M(r, p) if r.random() < 0.8 else ''}"
        )
    q = r.choice(ps)
    return (
        f"""{K("Tegelwippen")} {K(tw)} — {K("aanmeldingen")} {K("buurtactie")}
naam;straat;nr;tegels;e-mail
"""
        + "\n".join(rows)
        + f"""
{K("Let op")}: {P(q.first)} heeft een aanhanger en haalt de tegels op ({T(r, q)}); {K("Groendienst")} levert plantjes op {K(WEEKDAYS[r.randrange(5)])}.
"""
    )


def c_heat(r, c):
    tw, nurse = c["town"], c["off2"]
    rows = []
    ps = [person(r, lo=1930, hi=1950) for _ in range(r.randint(3, 6))]
    for p in ps:
        cp = relative(r, p, lo=1955, hi=1990) if r.random() < 0.5 else person(r)
        rows.append(
            f"| {r.choice([P(p.sf(0)), P(p.caps()), P(p.ini())])} | {L('DATE_OF_BIRTH', dob_fmt(r, p.dob))} | "
            f"{T(r, p, 'land')} | {P(cp.full())} {T(r, cp, 'mob')} | {r.choice(['geen gehoor', 'ventilator gebracht', 'drinkt genoeg', 'bezoek gepland'])} |"
        )
    return (
        f"""## {K("Hitteplan")} — {K("belronde")} {K(ordinary_date(r))}
{K("Wijkverpleging")} {K(tw)}, coördinatie {P(nurse.full())} ({P(nurse.paraph())})

| naam | geb. | telefoon | contactpersoon | opmerking |
|---|---|---|---|---|
"""
        + "\n".join(rows)
        + f"""

{K("Terugbellen")} voor {K("donderdag")}; bij geen gehoor de {K("huisarts")} informeren.
"""
    )


def c_facade(r, c):
    p, a, tw, off = person(r), c["a"], c["town"], c["off"]
    nb = person(r)
    cn = case_number(r)
    return f"""{K("Van")}: {P(p.full())} <{M(r, p)}>
{K("Onderwerp")}: {K("geveltuin")} voor {AD(a)}

Goedemiddag,
Ik wil graag een {K("geveltuin")} van 30 cm breed. {K("Buurman")} {title(r, nb)} {P(nb.surname())} vindt het goed, hij heeft ook getekend. Foto's: gevel_{P(lowsur(p))}_1.jpg en gevel_{P(lowsur(p))}_2.jpg.
Mijn nummer is {T(r, p)}.
{P(p.first)}

---
{K("Reactie")} {P(off.full())}, {K("Team Openbare Ruimte")}: uw aanvraag is geregistreerd onder {L("CASE_NUMBER", cn)}. Zie ook https://{tw.lower()}.nl/geveltuin/{L("CASE_NUMBER", cn)}.
"""


def c_barrels(r, c):
    tw = c["town"]
    lines = []
    for i in range(r.randint(4, 7)):
        p = person(r)
        a = Addr(r)
        pl = f" — auto {PL(r)}" if r.random() < 0.4 else ""
        lines.append(
            f"{i + 1}. {r.choice([P(p.full()), P(p.ini()), f'{title(r, p)} {P(p.surname())}'])}, {PC(a)}, "
            f"{r.choice(['10:00', '10:30', '11:00', '11:30'])}{pl}"
        )
    return (
        f"""{K("Regentonactie")} {K(tw)} — {K("uitgiftelijst")} {K("zaterdag")} {K(ordinary_date(r))}
{K("Locatie")}: {K("gemeentewerf")}
"""
        + "\n".join(lines)
        + "\n"
    )


def c_street(r, c):
    amb, amb2 = person(r), person(r)
    host = person(r)
    a, tw = c["a"], c["town"]
    child = relative(r, host, lo=2012, hi=2020)
    return f"""{K("Verslag")} {K("Klimaatstraat")} {L("ADDRESS", a.street)}
{K("Ambassadeurs")}: {P(amb.full())} en {P(amb2.ini(r.randrange(4)))}
We kwamen bijeen bij {nm(r, host, "ft")} op {AD(a)}. {K("Twaalf")} bewoners waren er; {P(child.first)} ({r.randint(6, 13)}) tekende de kaart van de straat met alle plekken waar het water blijft staan.
{K("Afspraken")}: {P(amb.first)} vraagt {K("regentonnen")} aan; {later(r, host)} onderzoekt een {K("boomspiegel")}; volgende keer in het {K("buurthuis")}.
{K("Contact")}: {M(r, amb)}, {T(r, amb2)}. {CASE(r)}.
"""


def c_water(r, c):
    tw, coord = c["town"], c["off2"]
    rows = []
    ps = [person(r) for _ in range(5)]
    for day, p in zip(["ma", "di", "wo", "do", "vr"], ps):
        rows.append(
            f"| {day} | {r.choice([P(p.full()), P(p.first + ' ' + p.surname()[0] + '.'), P(p.caps())])} | {T(r, p)} |"
        )
    q = r.choice(ps)
    return (
        f"""### {K("Watergeefploeg")} {K("jonge bomen")} — {K("week")} {r.randint(24, 35)}
| dag | wie | telefoon |
|---|---|---|
"""
        + "\n".join(rows)
        + f"""

{P(q.first)} is op vakantie; graag ruilen. {K("Coördinator")}: {P(coord.full())}, {WM(r, coord, tw)}. {K("Sleutel")} van de {K("waterwagen")} bij de {K("gemeentewerf")}.
"""
    )


CLIMATE = [c_afkoppel, c_decision, c_tiles, c_heat, c_facade, c_barrels, c_street, c_water]


# ====================================================================== gather


def g_notice(r, c):
    p, a, tw = person(r), c["a"], c["town"]
    cp = person(r)
    return f"""{K("KENNISGEVING")} {K("BETOGING")} ({K("Wet openbare manifestaties")})
{K("Organisator")}: {nm(r, p, "fsc")}
{K("Geboortedatum")}: {DOB(r, p, cue=False)}
{K("Adres")}: {AD(a)}, {PC(a)} {K(a.town)}
{K("Telefoon")}: {T(r, p)} — {K("E-mail")}: {M(r, p)}
{K("Datum")}: {K(ordinary_date(r))}, 14.00–16.00 uur; {K("Aantal")} deelnemers circa {r.randint(20, 400)}
{K("Route")}: {K("Stationsplein")} – {K("Markt")} – {K("Stadhuis")}
{K("Contactpersoon")} ter plaatse: {P(cp.full())}, {T(r, cp, "mob")}
{K("Ontvangen")} door {K("Team Openbare Orde")}: {CASE(r)}
"""


def g_conditions(r, c):
    p, a, tw, off = person(r), c["a"], c["town"], c["off"]
    cop = person(r)
    return f"""{title(r, p)} {P(p.ini(r.randrange(4)))}
{AD(a)}
{PC(a)} {K(a.town)}

{K("Ons kenmerk")}: {CASE(r, cue=False)}
{K("Onderwerp")}: {K("voorschriften")} {K("demonstratie")} {K(ordinary_date(r))}

Geachte {"mevrouw" if p.g == "f" else "heer"} {P(p.surname())},

Naar aanleiding van het overleg met {P(off.ini(r.randrange(4)))} en {K("wijkagent")} {title(r, cop)} {P(cop.surname())} van de {K("politie")} stel ik de volgende voorschriften:
1. De {K("geluidsinstallatie")} staat niet harder dan 85 dB(A).
2. De {K("geluidswagen")} met kenteken {PL(r)} parkeert op het {K("Stationsplein")}.
3. U bent bereikbaar op {T(r, p)}.

{K("De burgemeester")} van {K(tw)},
namens deze,
{P(off.full())}
"""


def g_evalog(r, c):
    org, cop, cd = person(r), person(r), person(r)
    h = r.randint(12, 15)
    return f"""{K("Evaluatie")} {K("manifestatie")} {K(ordinary_date(r))} — {CASE(r)}
{h}:02 — {K("Organisator")} {P(org.first)} meldt zich bij het {K("Stadhuis")}.
{h}:20 — {K("Tegendemonstrant")} {P(cd.caps())} ({DOB(r, cd)}) aangesproken door {K("brigadier")} {P(cop.surname())}.
{h}:41 — {later(r, org)} vraagt extra ruimte; akkoord.
{h + 1}:05 — Melding van omwonende {P(person(r).full())} ({L("PHONE", phone(r, "mob"))}) over geluid.
{h + 1}:30 — {K("Einde")}; {P(org.full())} bedankt de {K("handhavers")}.
"""


def g_watch(r, c):
    tw = c["town"]
    adm = person(r)
    rows = []
    for day in r.sample(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"], 4):
        p = person(r)
        rows.append(f"- {K(day)}: {r.choice([P(p.full()), P(p.first), P(p.ini())])} ({T(r, p)})")
    return (
        f"""{K("Buurtpreventie")} {K("Noord")} — {K("rooster")}
"""
        + "\n".join(rows)
        + f"""
{K("Beheerder")} van de {K("appgroep")}: {P(adm.full())} ({T(r, adm)}).
{K("Regels")}: geen namen van verdachten, geen foto's van mensen; bij nood eerst {K("112")}. {K("Wijkagent")} {P(c["off"].full())} leest mee.
"""
    )


def g_board(r, c):
    tw = c["town"]
    ch, sec, tr, old = person(r), person(r), person(r), person(r)
    a = c["a"]
    return f"""{K("Aan")}: {K("Woonstichting")} {K(tw)}, {K("afdeling")} {K("Participatie")}
{K("Betreft")}: {K("wijziging")} {K("bestuur")} {K("bewonerscommissie")}

Per {K(ordinary_date(r))} bestaat het bestuur uit:
- {K("voorzitter")}: {P(ch.full())}, {AD(a)}
- {K("secretaris")}: {P(sec.ini(r.randrange(4)))}, {M(r, sec)}
- {K("penningmeester")}: {P(tr.full())}, {T(r, tr)}; onkosten via {IB(r)}
{title(r, old)} {P(old.surname())} stopt na acht jaar; wij danken {P(old.first)} hartelijk.
Met vriendelijke groet, {P(sec.paraph())}
"""


def g_budget(r, c):
    p, a, tw, off = person(r), c["a"], c["town"], c["off"]
    co = [person(r) for _ in range(r.randint(2, 3))]
    cn = case_number(r)
    sig = "\n".join(
        f"   - {r.choice([P(x.full()), P(x.ini()), P(x.full().lower())])}, nr. {r.randint(1, 90)}" for x in co
    )
    return f"""{K("Aanvraag")} {K("buurtbudget")} — {K(r.choice(["burendag", "buurtbarbecue", "kinderdisco", "opschoondag", "buurtkerst"]))}
{K("Aanvrager")}: {nm(r, p, "fs")}, {AD(a)}, {PC(a)}
{K("Telefoon")}: {T(r, p)} / {M(r, p)}
{K("Medeaanvragers")}:
{sig}
{K("Begroting")}: {K(amount(r))}; uitbetaling op {IB(r, "NL")}
{K("Advies")} {K("wijkregisseur")} {P(off.first)} {P(off.surname())}: positief. Zie https://{tw.lower()}.nl/buurtbudget/{L("CASE_NUMBER", cn)} ({K("zaaknummer")} {L("CASE_NUMBER", cn)}).
"""


def g_vigil(r, c):
    p, dec, off = person(r), person(r), c["off"]
    tw = c["town"]
    dd = relative(r, dec)
    cn = case_number(r)
    return f"""{K("Onderwerp")}: {K("stille tocht")} voor {P(dec.full())}

Beste {K("gemeente")},
Wij willen een {K("stille tocht")} houden ter nagedachtenis aan {P(dec.full())} ({L("DATE_OF_BIRTH", dob_fmt(r, dec.dob))} – {K(ordinary_date(r))}). {K("Zijn/haar")} {K(r.choice(["broer", "zus", "moeder", "vader"]))} {P(dd.first)} loopt voorop. We verwachten 150 mensen.
Ik ben bereikbaar op {T(r, p)}.
{P(p.full())}

> {K("Antwoord")} {P(off.ini(r.randrange(4)))}: ontvangen onder {L("CASE_NUMBER", cn)}; de {K("burgemeester")} neemt contact op.
"""


def g_room(r, c):
    tw = c["town"]
    ks = [person(r) for _ in range(3)]
    cal = []
    for day in r.sample(["ma", "di", "wo", "do", "vr"], 3):
        p = r.choice(ks)
        act = r.choice(["Taalcafé", "Repair Café", "Breiclub", "Huiswerkklas", "Koffieochtend", "Schaakclub"])
        cal.append(f"{day} 14:00–16:00 {K(act)} – contact {P(p.first)} {T(r, p)}")
    keys = "\n".join(f"- {r.choice([P(p.full()), P(p.sf(0))])}" for p in ks)
    return (
        f"""{K("Buurtkamer")} {K("De Linde")} — {K("sleutelhouders")}
{keys}

{K("Agenda")} ({K("export")}):
"""
        + "\n".join(cal)
        + "\n"
    )


GATHER = [g_notice, g_conditions, g_evalog, g_watch, g_board, g_budget, g_vigil, g_room]
