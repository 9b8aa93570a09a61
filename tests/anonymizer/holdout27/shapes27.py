"""Shapes of holdout27's four files: honours and celebrations, integrity and information rights, construction works
and their nuisance, and the known file. Each shape returns a marked text (see core27)."""

from __future__ import annotations

from core27 import (
    CASE_CUES,
    Addr,
    Person,
    amount,
    birth,
    bsn,
    case_no,
    dob,
    dob_text,
    foreign,
    generic_contact,
    iban,
    k,
    kdate,
    landline,
    m,
    mobile,
    muni,
    phone,
    plate,
    street_name,
)

FUNCS = [
    "beleidsmedewerker",
    "protocolfunctionaris",
    "privacyjurist",
    "omgevingsmanager",
    "projectleider",
    "klachtencoördinator",
    "vertrouwenspersoon",
    "uitvoerder",
    "bouwkundige",
    "schade-expert",
    "griffier",
    "bemiddelaar",
]


class Ctx:
    def __init__(self, r):
        self.r = r
        self.mu = muni(r)
        self.med = Person(r)
        self.off = Person(r)
        self.off2 = Person(r)

    def cn(self, fmt=None) -> str:
        return m("CASE_NUMBER", case_no(self.r, fmt))

    def cue_cn(self, fmt=None) -> str:
        return f"{k(self.r.choice(CASE_CUES))} {self.cn(fmt)}"

    def ph(self) -> str:
        return m("PHONE", phone(self.r))

    def mob(self) -> str:
        return m("PHONE", mobile(self.r))

    def sign(self, p: Person | None = None, func: str | None = None) -> str:
        r = self.r
        p = p or self.off
        func = func or r.choice(FUNCS)
        x = r.random()
        if x < 0.4:
            return f"{k('Met vriendelijke groet')},\n{p.full()}\n{k(func)}\n{p.email(self.mu)} | {generic_contact(r, self.mu)}"
        if x < 0.7:
            return f"{k('Hartelijke groet')},\n{p.initials()} ({p.paraph()}), {k(func)}\nT {m('PHONE', landline(r))}"
        return f"Groet, {p.firstname()}\n-- \n{p.full()} · {k(func)} · {p.email(self.mu)}"


def med_note(r, c: Ctx, res: Person) -> str:
    x = r.random()
    if x < 0.5:
        return (
            f"\n\nNotitie {k('bemiddelaar')} ({c.med.paraph()}): {res.titled()} belde op {kdate(r)} terug; "
            f"zij/hij is bereikbaar op {c.mob()}. {c.cue_cn()}."
        )
    return (
        f"\n\n[{k('afstemming')}] {c.med.full()} sprak {res.firstname()} {kdate(r)}; afspraak met "
        f"{c.off.titled()} staat. Zie {c.cn()}."
    )


# ================================================================ honours and celebrations


def h_nomination(r, c: Ctx) -> str:
    n, a = Person(r), Addr(r)
    prop = Person(r)
    sup1, sup2 = Person(r), Person(r)
    partner = Person(r, surname_of=n if r.random() < 0.5 else None, female=not n.female)
    order = r.choice(["Lid in de Orde van Oranje-Nassau", "Ridder in de Orde van Oranje-Nassau", "Erepenning"])
    return (
        f"{k('Voordracht')} {k('Koninklijke onderscheiding')} – {c.cue_cn(0)}\n"
        f"1. Naam kandidaat: {n.sur_first() if r.random() < 0.5 else n.full(two=True)}\n"
        f"2. {dob(r, lo=1938, hi=1975)}, geboorteplaats {k(a.town)}\n"
        f"3. Adres: {a.full()}\n"
        f"4. Telefoon: {c.ph()}  BSN: {m('BSN', bsn(r))}\n"
        f"5. Burgerlijke staat: gehuwd met {partner.full()}\n"
        f"6. Voorgestelde graad: {k(order)}\n"
        f"7. {k('Motivering')}: {n.titled()} is sinds 1998 vrijwilliger bij de {k('Oranjevereniging')} en "
        f"organiseert elk jaar de {k('Koningsdag')}-optocht. Daarnaast bezoekt "
        f"{n.firstname() if r.random() < 0.5 else n.surname(cap=True)} wekelijks eenzame ouderen in het "
        f"{k('Wijkcentrum De Kiekendief')}.\n"
        f"8. Voorsteller: {prop.full()}, {prop.email()}, {c.ph()}\n"
        f"9. {k('steunbrief')} van {sup1.initials()} en van {sup2.titled()} ({sup2.email()}).\n"
        f"Behandeld door {c.off.full()}, {k('Kabinet van de burgemeester')}; doorgezonden aan de "
        f"{k('Kanselarij der Nederlandse Orden')} op {kdate(r)}."
    )


def h_jubilee(r, c: Ctx) -> str:
    he = Person(r, female=False)
    she = Person(r, surname_of=he if r.random() < 0.3 else None, female=True)
    child = Person(r, surname_of=he, female=r.random() < 0.5)
    a = Addr(r)
    yrs = r.choice(["50", "60", "65"])
    marr = k(f"{r.randint(1, 28)} {r.choice(['mei', 'juni', 'augustus', 'oktober'])} {2027 - int(yrs)}")
    wife = m("PERSON", f"{she.first} {she.surname_str()}-{he.surname_str()}") if r.random() < 0.5 else she.full()
    body = (
        f"Onderwerp: {k('huwelijksjubileum')} {'ouders' if r.random() < 0.5 else 'pa en ma'} – {yrs} jaar\n\n"
        f"{k('Beste')} {k('Team Protocol')},\n\n"
        f"Mijn ouders {he.full()} ({dob(r, lo=1935, hi=1952)}) en {wife} "
        f"({dob(r, lo=1936, hi=1954)}) zijn op {marr} getrouwd en vieren dus hun {yrs}-jarig "
        f"{k('jubileum')}. Zou de {k('burgemeester')} op {kdate(r)} langs kunnen komen? Ze wonen aan de "
        f"{a.line()} ({m('POSTCODE', a.pc)}). Pa is slechthorend, dus graag even bellen met mij: "
        f"{c.mob()} of mailen naar {child.email()}.\n\n{k('Hartelijke groet')},\n{child.full()}\n\n"
        f"> Antwoord {c.off.paraph()}: {k('Beste')} {child.titled('mevrouw' if child.female else 'meneer')}, de {k('burgemeester')} komt op "
        f"{kdate(r)} om 14.00 uur met {k('bloemen')}. {k('Graag')} ontvangen wij een kopie van het trouwboekje "
        f"onder vermelding van {c.cue_cn(1)}."
    )
    return body


def h_centenarians(r, c: Ctx) -> str:
    rows = []
    for _ in range(r.randint(3, 5)):
        p, a, ct = Person(r), Addr(r), Person(r)
        what = r.choice(["100 jaar", "101 jaar", "60 jaar getrouwd", "65 jaar getrouwd", "102 jaar"])
        when = kdate(r)
        name = p.sur_first() if r.random() < 0.5 else r.choice([p.full, p.caps, p.initials])()
        born = m("DATE_OF_BIRTH", dob_text(r, birth(r, 1921, 1930), r.choice([0, 3, 5, 11, 4])))
        rows.append(f"| {when} | {what} | {name} | {born} | {a.line()} | {ct.full()} ({c.ph()}) |")
    return (
        f"## {k('Overzicht')} jubilarissen – {k(r.choice(['maart', 'april', 'mei', 'september']))}\n"
        f"| datum | wat | naam | geb. | adres | contactpersoon |\n|---|---|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{k('Let op')}: {k('bode')} {c.off2.firstname()} regelt de {k('taart')}. "
        f"Bezoeken bevestigen via {generic_contact(r, c.mu)}. Opgesteld door {c.off.paraph()}."
    )


def h_streetparty(r, c: Ctx) -> str:
    org = Person(r)
    st = street_name(r)
    a = Addr(r, st)
    ns = [Person(r) for _ in range(r.randint(3, 5))]
    lines = []
    for n in ns:
        na = Addr(r, st)
        lines.append(
            f"- {r.choice([n.full, n.caps, n.initials, n.lower])()}, nr. {na.no} – "
            f"{r.choice(['akkoord', 'akkoord, auto weg', 'geen bezwaar'])}"
            + (f" ({m('LICENSE_PLATE', plate(r))})" if r.random() < 0.5 else "")
        )
    return (
        f"{k('Aanvraag')} ontheffing {k('straatfeest')} ({k('APV')})\n{k('Aanvraagnummer')}: {c.cn(17)}\n"
        f"Organisator: {org.full()}, {a.line()}, {m('POSTCODE', a.pc)}\nMobiel: {c.mob()}  E-mail: {org.email()}\n"
        f"Afsluiting: de {m('ADDRESS', st)} tussen nr. 1 en 40, op {kdate(r)} van 12.00 tot 23.00 uur.\n"
        f"Activiteiten: {k('springkussen')}, {k('barbecue')}, muziek tot 22.00 uur.\n"
        f"Handtekeningen bewoners:\n"
        + "\n".join(lines)
        + f"\n\n{k('Beoordeling')} {k('Team Vergunningen')} ({c.off.paraph()}): akkoord, {k('wijkagent')} "
        f"{c.off2.titled()} is geïnformeerd."
    )


def h_award(r, c: Ctx) -> str:
    noms = [
        (Person(r), r.choice(["voedselbank", "taalcafé", "repair café", "buurttuin", "sportclub"])) for _ in range(3)
    ]
    win = noms[0][0]
    jury = Person(r)
    txt = "".join(
        f"- {p.nickfull() if i == 0 else p.full()} ({k(what)}), voorgedragen door {Person(r).full()}\n"
        for i, (p, what) in enumerate(noms)
    )
    return (
        f"# {k('Vrijwilligersprijs')} 2027 – juryrapport\n\n{k('Genomineerde')}n:\n{txt}\n"
        f"De {k('jury')} onder leiding van {jury.full()} koos unaniem voor {win.titled()}. "
        f"{win.firstname()} zet zich al twintig jaar in; {r.choice(['haar', 'zijn'])} dochter "
        f"{Person(r, surname_of=win, female=True).firstname()} vertelde dat de {k('uitreiking')} een verrassing "
        f"moet blijven. Prijsgeld {amount(r)} wordt overgemaakt op {m('IBAN', iban(r))} t.n.v. "
        f"{win.initials()}. Contact: {c.off.full()}, {c.off.email(c.mu)}. {c.cue_cn(12)}"
    )


def h_commemoration(r, c: Ctx) -> str:
    rows = []
    for i in range(r.randint(3, 5)):
        p = Person(r)
        org = r.choice(
            [
                "Scouting",
                "Oranjevereniging",
                "Veteranenplatform",
                "Basisschool De Horizon",
                "Moskeevereniging",
                "Historische Kring",
                "Harmonie",
            ]
        )
        rows.append(f"{i + 1}. {k(org)} – {p.full() if r.random() < 0.6 else p.sur_first()} – {c.ph()}")
    sp = Person(r)
    return (
        f"{k('Nationale Dodenherdenking')} 4 mei – aanmeldingen {k('kranslegging')}\n"
        + "\n".join(rows)
        + f"\n\nSpreker: {sp.full()} (leerling, 14 jaar), leest een gedicht over {r.choice(['haar', 'zijn'])} "
        f"overgrootvader {Person(r, surname_of=sp, female=False).full(two=True)} "
        f"({dob(r, lo=1910, hi=1925, cue=True)}). Draaiboek bij {c.off.full()} ({k('Team Protocol')}), "
        f"{k('Comité 4 en 5 mei')}. {c.cue_cn()}"
    )


def h_market(r, c: Ctx) -> str:
    rows = []
    for _ in range(r.randint(3, 5)):
        p = Person(r)
        rows.append(
            f"{p.sur_first()};{r.randint(1, 80)};{r.choice(['bloemen', 'kleding', 'snoep', 'speelgoed'])};"
            f"{m('LICENSE_PLATE', plate(r))};{c.mob()}"
        )
    return (
        f"{k('vrijmarkt')}_{k('Koningsdag')}_2027_indeling.csv\n"
        f"naam;plek;soort;kenteken;telefoon\n"
        + "\n".join(rows)
        + f"\n\nOpmerking {c.off.paraph()}: {k('kraampje')} 12 vervalt; wachtlijst via {c.cue_cn(17)}. "
        f"Marktmeester {c.off2.full()} ({m('PHONE', mobile(r))})."
    )


def h_complaint(r, c: Ctx) -> str:
    res, a = Person(r), Addr(r)
    fam = Person(r, surname_of=res, female=not res.female)
    return (
        f"{k('Verzoek')} tot {k('afstemming')} – {c.cue_cn(9)}\n{k('Samenvatting')}: {res.full()} "
        f"({a.full()}) hoorde via de buren dat {fam.full()} werd voorgedragen voor een {k('lintje')}; "
        f"de verrassing was bedorven. {res.Titled()} vindt dat de gemeente de {k('voordracht')} niet zorgvuldig "
        f"heeft behandeld. {c.med.full()} ({k('bemiddelaar')}) belde met {c.off.titled()} van het "
        f"{k('Kabinet van de burgemeester')}.\n{k('Afspraken')}: {k('excuses')} per {k('brief')}, een "
        f"{k('gesprek')} op {kdate(r)}. Contact {res.firstname()}: {c.ph()}, {res.email()}."
    )


HONOURS = [h_nomination, h_jubilee, h_centenarians, h_streetparty, h_award, h_commemoration, h_market, h_complaint]


# ================================================================ integrity and information rights


def i_access(r, c: Ctx) -> str:
    res, a = Person(r), Addr(r)
    cap = r.random() < 0.3
    head = (
        f"{res.caps()}\n{a.caps()}\n{m('POSTCODE', a.pc)} {k(a.town.upper())}" if cap else f"{res.full()}\n{a.block()}"
    )
    return (
        f"{head}\n\n{k('Onderwerp')}: {k('inzageverzoek')} ex artikel 15 {k('AVG')}\n\n{k('Geachte')} heer, "
        f"mevrouw,\n\nGraag ontvang ik een {k('overzicht')} van alle persoonsgegevens die de gemeente over mij "
        f"verwerkt, ook in het dossier {c.cn(2)} en in de e-mails van {c.off.titled()}. Mijn gegevens: "
        f"{dob(r)}, BSN {m('BSN', bsn(r))}, telefoon {c.ph()}, e-mail {res.email()}.\n\n"
        f"{k('Met vriendelijke groet')},\n{res.initials()}\n\n---\nOntvangstbevestiging {k('Team Privacy')}: "
        f"{k('Beste')} {res.titled()}, uw verzoek is geregistreerd onder {c.cue_cn(2)}. De wettelijke "
        f"{k('termijn')} is één maand. {c.sign(c.off2, 'privacyjurist')}"
    )


def i_correction(r, c: Ctx) -> str:
    res = Person(r)
    wrong_sur = res.sur[:-1] + ("e" if not res.sur.endswith("e") else "a")
    wrong = m("PERSON", f"{res.first} {res._joined(res.particle).replace(res.sur, wrong_sur)}")
    d = birth(r)
    dt_ = dob_text
    return (
        f"{k('correctieverzoek')} (art. 16 {k('AVG')}) – {k('Burgerzaken')}\n"
        f"In de {k('brief')} van {kdate(r)} staat mijn naam als {wrong} en mijn geboortedatum als "
        f"{m('DATE_OF_BIRTH', dt_(r, d.replace(day=min(d.day + 1, 28)), 0))}. Dat moet zijn: {res.full(two=True)}, "
        f"geboren {m('DATE_OF_BIRTH', dt_(r, d, r.choice([3, 4, 8, 10, 13])))}. Mijn dochter "
        f"{Person(r, surname_of=res, female=True).full()} heeft dezelfde fout in haar post.\n"
        f"BSN: {m('BSN', bsn(r))}\n{k('Contactgegevens')}: {c.mob()} / {res.email()}\n"
        f"{k('Toelichting')} medewerker {c.off.paraph()}: gecontroleerd tegen het paspoort; {k('besluit')} "
        f"volgt binnen vier weken, {c.cue_cn(19)}."
    )


def i_integrity(r, c: Ctx) -> str:
    rep = Person(r)
    acc = Person(r)
    wit = Person(r)
    anon = r.random() < 0.3
    who = "anoniem" if anon else f"{rep.full()}, {rep.email()}, {c.ph()}"
    return (
        f"{k('Team Integriteit')} – {k('melding')} vermoedelijke integriteitsschending\n{k('Registratienummer')}: "
        f"{c.cn(3)}\nMelder: {who}\nBetrokken ambtenaar: {acc.full()}, {k(r.choice(FUNCS))}, "
        f"{k(r.choice(['Openbare Ruimte', 'Burgerzaken', 'Team Vergunningen', 'Stadsbeheer']))}\n"
        f"{k('Omschrijving')}: volgens de melder heeft {acc.titled()} een vergunning verleend aan de zwager van "
        f"{acc.firstname()}, zonder de {k('nevenfunctie')} te melden ({k('belangenverstrengeling')}). Collega "
        f"{wit.full()} zou dit hebben gezien op {kdate(r)}.\n{k('Vervolg')}: {k('hoor en wederhoor')} door "
        f"{c.off.full()} ({k('Concernstaf')}); {k('geheimhouding')} afgesproken. "
        f"{acc.firstname()} parkeerde volgens de melder de eigen auto ({m('LICENSE_PLATE', plate(r))}) wekelijks "
        f"gratis bij het {k('Stadhuis')}. {c.off.paraph()}"
    )


def i_confidant(r, c: Ctx) -> str:
    emp, boss = Person(r), Person(r)
    return (
        f"{k('Gespreksverslag')} {k('vertrouwenspersoon')} ({c.off.paraph()}), {kdate(r)}\n"
        f"Medewerker: {emp.initials()} ({emp.paraph()}), bereikbaar op {m('PHONE', mobile(r))}\n"
        f"Onderwerp: ervaren intimidatie door leidinggevende {boss.full()}. {emp.firstname()} vertelt dat "
        f"{boss.titled()} in het werkoverleg opmerkingen maakte over haar accent. Zij wil geen formele "
        f"{k('klacht')} maar wel een {k('gesprek')} onder begeleiding van {c.med.full()}.\n"
        f"{k('Afspraken')}: vervolggesprek {kdate(r)}; dossier {c.cn(15)}."
    )


def i_conduct(r, c: Ctx) -> str:
    res, a = Person(r), Addr(r)
    clerk = Person(r)
    return (
        f"{k('klachtbehandeling')} – {k('bejegening')}\n{k('Klachtnummer')} {c.cn(21)}\n"
        f"Klager: {res.sur_first()}, {a.full()}, {c.ph()}"
        f"{(', in het buitenland ' + m('PHONE', foreign(r))) if r.random() < 0.4 else ''}\n"
        f"Klacht: aan de balie van {k('Burgerzaken')} zou {clerk.full()} hebben gezegd dat "
        f'"mensen zoals {res.titled()} altijd te laat komen".\n'
        f"{k('Hoor en wederhoor')}: {clerk.firstname()} herinnert zich het gesprek, ontkent de uitspraak niet. "
        f"Aanwezig bij de hoorzitting: {c.off.initials()} (voorzitter), {c.med.initials()} ({k('bemiddelaar')}), "
        f"{res.titled()} met dochter {Person(r, surname_of=res, female=True).firstname()}.\n"
        f"{k('Conclusie')}: gegrond; {k('excuses')} aangeboden op {kdate(r)}. Reactie naar {res.email()}."
    )


def i_register(r, c: Ctx) -> str:
    rows = []
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        rows.append(
            f"| {r.choice([p.full, p.sur_first, p.initials])()} | {k(r.choice(FUNCS))} | "
            f"{r.choice(['penningmeester voetbalclub', 'bestuurslid woningcorporatie', 'eigen adviesbureau', 'lid schoolbestuur', 'vrijwilliger hospice'])} | "
            f"{r.choice(['ja', 'nee'])} |"
        )
    return (
        f"{k('Register')} {k('nevenfunctie')}s 2027 ({k('Ambtenarenwet')} art. 8)\n| naam | functie | "
        f"nevenfunctie | bezoldigd |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nBijgehouden door {c.off.full()} ({c.off.email(c.mu)}). Vragen: {generic_contact(r, c.mu)}."
    )


def i_woo(r, c: Ctx) -> str:
    req = Person(r)
    p1, p2 = Person(r), Person(r)
    cn = case_no(r, 4)
    docs = [
        f"{cn}_01_mail_{m('PERSON', p1.sur.lower())}.pdf",
        f"{cn}_02_{k('verslag')}_2027-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}.docx",
        f"{cn}_03_brief_{m('PERSON', req.sur.lower())}.pdf",
    ]
    return (
        f"{k('Inventarislijst')} {k('Woo')}-verzoek {m('CASE_NUMBER', cn)}\nVerzoeker: {req.full()}, "
        f"{req.email()}\n| nr | document | beslissing | grond |\n|---|---|---|---|\n"
        + "\n".join(
            f"| {i + 1} | {m('CASE_NUMBER', cn)}{d[len(cn) :]} | deels openbaar | 5.1.2e |" for i, d in enumerate(docs)
        )
        + f"\n\nIn document 1 worden de naam van {p1.titled()} en het telefoonnummer {c.ph()} gelakt "
        f"({k('lakken')}); in document 3 het adres {Addr(r).line()} en de naam {p2.full()}. "
        f"{k('Besluit')} {k('Wet open overheid')} op {kdate(r)}. {c.sign()}"
    )


def i_breach(r, c: Ctx) -> str:
    res, other, a = Person(r), Person(r), Addr(r)
    return (
        f"{res.full()}\n{a.block()}\n\n{k('Onderwerp')}: {k('datalek')} – uw gegevens zijn verkeerd verzonden\n"
        f"{k('Datum')}: {kdate(r)}\n{k('Ons kenmerk')}: {c.cn(10)}\n\n{k('Geachte')} {res.titled()},\n\n"
        f"Op {kdate(r)} is per vergissing een {k('brief')} over u verstuurd naar {other.full()}. In die brief "
        f"stonden uw BSN {m('BSN', bsn(r))}, uw rekeningnummer {m('IBAN', iban(r))} en uw geboortedatum "
        f"{m('DATE_OF_BIRTH', dob_text(r, birth(r)))}. {other.Titled()} "
        f"heeft de brief vernietigd. Wij hebben de {k('Autoriteit Persoonsgegevens')} geïnformeerd.\n\n"
        f"{k('Excuses')} daarvoor. Vragen? Bel {c.off.full()} op {m('PHONE', landline(r))}.\n\n{c.sign()}"
    )


INTEGRITY = [i_access, i_correction, i_integrity, i_confidant, i_conduct, i_register, i_woo, i_breach]


# ================================================================ construction works


def w_survey(r, c: Ctx) -> str:
    st = street_name(r)
    rows = []
    for _ in range(r.randint(3, 6)):
        p, a = Person(r), Addr(r, st)
        rows.append(
            f"{a.no};{r.choice([p.sur_first, p.caps, p.full, p.initials])()};{c.ph()};"
            f"{r.choice(['ma', 'di', 'wo', 'do'])} {r.randint(8, 15)}:00;{r.choice(['ja', 'nee', 'huurder'])}"
        )
    return (
        f"{k('nulmeting')}_{m('ADDRESS', st.lower().replace(' ', ''))}_planning.csv\n"
        f"# {k('bouwkundige opname')} {m('ADDRESS', st)} – {k('heiwerkzaamheden')} vanaf {kdate(r)}\n"
        f"huisnr;bewoner;telefoon;tijdslot;eigenaar\n"
        + "\n".join(rows)
        + f"\n\n{k('bouwkundige')}: {c.off.full()} ({m('PHONE', mobile(r))}); {k('projectleider')} "
        f"{c.off2.initials()}. {c.cue_cn(16)}"
    )


def w_crack(r, c: Ctx) -> str:
    res, a = Person(r), Addr(r)
    exp = Person(r)
    slug = m("PERSON", res.sur.lower().replace(" ", "-"))
    return (
        f"{k('schadeformulier')} – {k('scheurvorming')} door {k('trillingen')}\n{k('Schadenummer')}: {c.cn(7)}\n"
        f"Naam: {res.full(two=True) if r.random() < 0.5 else res.sur_first()}\n{k('Locatie')}: {a.full()}\n"
        f"Telefoon: {c.ph()}  E-mail: {res.email()}\n"
        f"Omschrijving: sinds het plaatsen van de {k('damwand')} op {kdate(r)} zitten er scheuren in de "
        f"achtergevel. Foto's: scheur_{slug}_01.jpg, scheur_{slug}_02.jpg\n"
        f"Uitbetaling op: {m('IBAN', iban(r, 'NL'))} t.n.v. {res.initials()}"
        f"{(' (BSN ' + m('BSN', bsn(r)) + ')') if r.random() < 0.3 else ''}\n"
        f"{k('schade-expert')} {exp.full()} komt op {kdate(r)}; {k('trillingsmeter')} geplaatst bij de buren "
        f"({Person(r).titled()}, {Addr(r, a.street).line()})."
    )


def w_newsletter(r, c: Ctx) -> str:
    q1, q2 = Person(r), Person(r)
    st = street_name(r)
    return (
        f"# Nieuwsbrief {k('riolering')} {m('ADDRESS', st)} – {k(r.choice(['maart', 'juni', 'oktober']))} 2027\n\n"
        f'De {k("wegafsluiting")} duurt nog tot {kdate(r)}. "De {k("omleiding")} is lang, maar de mannen '
        f'zijn vriendelijk," zegt {q1.nickfull()} ({r.randint(30, 85)}), die al veertig jaar aan de '
        f'{m("ADDRESS", st)} woont. {q1.nickname()} kent iedereen in de straat. {"Buurvrouw" if q2.female else "Buurman"} {q2.firstname()} is minder blij: "Het {k("bouwverkeer")} begint om '
        f'zeven uur."\n\n## {k("Contactgegevens")}\n{k("omgevingsmanager")} {c.off.full()}, {c.off.email(c.mu)}, '
        f"{m('PHONE', mobile(r))}\n{k('uitvoerder')} {c.off2.firstname()} (keet op het {k('Raadhuis')}plein).\n"
        f"Melding doen? {generic_contact(r, c.mu)}"
    )


def w_soundboard(r, c: Ctx) -> str:
    mem = [Person(r) for _ in range(r.randint(3, 5))]
    pres = ", ".join(f"{p.initials()} ({m('ADDRESS', street_name(r))})" for p in mem)
    return (
        f"{k('Verslag')} {k('klankbordgroep')} {k('warmtenet')} – {kdate(r)}\n{k('Aanwezig')}: {pres}; namens de "
        f"gemeente {c.off.full()} ({k('projectleider')}), {c.med.full()} ({k('bemiddelaar')})\n"
        f"{k('Afwezig')}: {Person(r).initials()}\n\n1. {k('Planning')}: {mem[0].titled()} vraagt waarom de "
        f"{k('bouwkeet')} voor zijn deur staat.\n2. {mem[1].firstname()} meldt {k('verzakking')} van de "
        f"{k('stoep')}.\n\n{k('Actiepunten')}\n- {mem[0].paraph()}: foto's sturen naar {c.off.email(c.mu)}\n"
        f"- {c.off.paraph()}: {k('schadeformulier')} naar {mem[1].titled()}, {c.cue_cn(8)}\n"
        f"{k('Rondvraag')}: geen."
    )


def w_parking(r, c: Ctx) -> str:
    rows = []
    for _ in range(r.randint(3, 6)):
        p, a = Person(r), Addr(r)
        rows.append(
            f"| {m('LICENSE_PLATE', plate(r))} | {r.choice([p.full, p.sur_first, p.initials])()} | "
            f"{a.line()} | t/m {kdate(r)} |"
        )
    return (
        f"{k('parkeerontheffing')}en tijdens {k('heiwerkzaamheden')} ({k('Verkeer en Vervoer')})\n"
        f"| kenteken | houder | adres | geldig |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nUitgegeven door {c.off.paraph()}; {k('handhaving')} geïnformeerd. {c.cue_cn(13)}"
    )


def w_nightwork(r, c: Ctx) -> str:
    res, a = Person(r), Addr(r)
    baby = Person(r, surname_of=res)
    con = Person(r)
    return (
        f"Van: {res.full()} <{res.email()}>\nAan: {generic_contact(r, c.mu)}\n"
        f"{k('Onderwerp')}: {k('nachtwerk')} spoor – {c.cn(18)}\n\n"
        f"Al drie nachten boren ze tot 03.00 uur achter de {a.line()}. Onze zoon {baby.firstname()} "
        f"({dob(r, lo=2025, hi=2026)}) slaapt niet meer. Ik heb de {k('uitvoerder')} gebeld ({c.ph()}) maar "
        f"{con.titled()} zei dat {k('ProRail')} beslist.\n\n"
        f"> Reactie {con.full()}, aannemer: wij bieden u een hotelovernachting aan op {kdate(r)}. "
        f"Bel mij op {m('PHONE', mobile(r))}.\n\nNotitie {c.med.paraph()}: doorgezet naar {c.off.titled()}."
    )


def w_sitelog(r, c: Ctx) -> str:
    vis, dr = Person(r), Person(r)
    return (
        f"DAGRAPPORT {k('bouwplaats')} – {kdate(r)}\n07:00 start, {k('bemaling')} aan. {k('uitvoerder')}: "
        f"{c.off.initials()}\n09:40 bewoner {vis.titled()} ({Addr(r).line()}) klaagt over {k('grondwater')} in "
        f"kelder; telefoon {c.ph()}\n11:15 vrachtwagen {m('LICENSE_PLATE', plate(r))} (chauffeur {dr.full()}) "
        f"raakt {k('bouwhek')}; geen letsel\n13:30 {k('kraan')} stil wegens {k('wind')}\n16:00 einde. "
        f"Paraaf {c.off.paraph()}. {c.cue_cn(5)}"
    )


def w_access(r, c: Ctx) -> str:
    res, a = Person(r), Addr(r)
    carer = Person(r, surname_of=res if r.random() < 0.5 else None)
    return (
        f"{k('Afspraken')} toegankelijkheid tijdens werkzaamheden\n{k('Verzoek')} van {res.sur_first()} "
        f"({dob(r, lo=1930, hi=1960)}, BSN {m('BSN', bsn(r))}), {a.full()}: {res.titled()} gebruikt een scootmobiel en kan door de "
        f"{k('wegafsluiting')} de {k('Bibliotheek')} niet bereiken. Mantelzorger {carer.full()} "
        f"({c.mob()}) vroeg om een oplossing.\n{k('Afspraken')}: rijplaten voor de deur; de "
        f"{k('buurtconciërge')} {c.off2.firstname()} belt elke {k('maandag')}. {k('Status')}: "
        f"{c.cue_cn(20)} – {c.med.full()}, {c.med.email(c.mu)}"
    )


WORKS = [w_survey, w_crack, w_newsletter, w_soundboard, w_parking, w_nightwork, w_sitelog, w_access]


# ================================================================ known file: the resident's name is also a word


def _ph(kn) -> str:
    return k(kn.phrase)


def _ph2(r, kn) -> str:
    return f" Later ging het ook over {k(kn.phrase2)}." if kn.phrase2 else ""


def kn_nomination(r, c, K, kn) -> str:
    return (
        f"{k('Voordracht')} {c.cue_cn(0)}\nKandidaat: {K.full()}, {dob(r, lo=1940, hi=1975)}, "
        f"{Addr(r).full()}\n{k('Motivering')}: al dertig jaar zorgt {K.titled()} in de wijk voor iedereen; "
        f"volgens de buren weet {K.firstname()} alles over {_ph(kn)}.{_ph2(r, kn)} Voorsteller: "
        f"{(v := Person(r)).full()} ({v.email()}). Behandeld door {c.off.paraph()}."
    )


def kn_jubilee(r, c, K, kn) -> str:
    sp = Person(r, female=not K.female)
    return (
        f"{k('Onderwerp')}: bezoek {k('burgemeester')} bij 60-jarig {k('huwelijksjubileum')}\n\n{k('Beste')} "
        f"{k('Team Protocol')},\n\nMijn ouders {K.full()} en {sp.full()} vieren op {kdate(r)} hun "
        f"{k('jubileum')}. Het cadeau wordt iets met {_ph(kn)}, daar praat {K.titled()} graag over."
        f"{_ph2(r, kn)}\n\nGroet, {Person(r).full()} – {c.mob()}"
    )


def kn_access(r, c, K, kn) -> str:
    return (
        f"{K.full()}\n{Addr(r).block()}\n\n{k('Onderwerp')}: {k('inzageverzoek')} {k('AVG')}\n\n"
        f"{k('Geachte')} heer, mevrouw,\n\nIn de notitie over mijn melding stond iets over {_ph(kn)} dat niet "
        f"klopt.{_ph2(r, kn)} Graag ontvang ik alles wat over mij is vastgelegd onder {c.cn(2)}. BSN "
        f"{m('BSN', bsn(r))}.\n\n{k('Met vriendelijke groet')},\n{K.initials()}"
    )


def kn_integrity(r, c, K, kn) -> str:
    acc = Person(r)
    return (
        f"{k('Team Integriteit')} – {k('melding')} {c.cn(3)}\nMelder: {K.sur_first()}, {K.email()}\n"
        f"{k('Omschrijving')}: {K.titled()} meldt dat {acc.full()} bij een controle opmerkingen maakte over "
        f"{_ph(kn)} in de achtertuin.{_ph2(r, kn)} {k('Vervolg')}: {k('hoor en wederhoor')} door "
        f"{c.off.full()}."
    )


def kn_crack(r, c, K, kn) -> str:
    a = Addr(r)
    return (
        f"{k('schadeformulier')} {c.cue_cn(7)}\nNaam: {K.full()}\n{k('Locatie')}: {a.full()}\nTelefoon: "
        f"{c.ph()}\nOmschrijving: door de {k('trillingen')} viel {_ph(kn)} om, zegt {K.titled()}; ook zit er "
        f"een scheur in de muur.{_ph2(r, kn)} Uitbetaling op {m('IBAN', iban(r, 'NL'))} t.n.v. {K.initials()}."
    )


def kn_minutes(r, c, K, kn) -> str:
    o = Person(r)
    return (
        f"{k('Verslag')} {k('klankbordgroep')} – {kdate(r)}\n{k('Aanwezig')}: {K.full()}, {o.initials()}, "
        f"{c.off.full()} ({k('projectleider')})\n1. {K.Titled()} vraagt aandacht voor {_ph(kn)} naast de "
        f"{k('bouwplaats')}.{_ph2(r, kn)}\n{k('Actiepunten')}: {c.off.paraph()} belt {K.firstname()} terug "
        f"({c.ph()})."
    )


def kn_newsletter(r, c, K, kn) -> str:
    return (
        f'# Nieuws uit de wijk\n\n"Iedereen kent hier {_ph(kn)}," lacht {K.full()}, die de '
        f"{k('Vrijwilligersprijs')} kreeg. {K.Titled()} organiseert ook het {k('buurtfeest')}.{_ph2(r, kn)}\n\n"
        f"Contact: {c.off.full()}, {c.off.email(c.mu)}"
    )


def kn_phone(r, c, K, kn) -> str:
    return (
        f"Tel. notitie {kdate(r)} ({c.med.paraph()})\nBeller: {K.titled()} ({c.ph()})\n"
        f"{K.surname(cap=True)} belt over de {k('wegafsluiting')}: de vrachtwagen reed over {_ph(kn)}."
        f"{_ph2(r, kn)} Terugbellen door {c.off.full()}. {c.cue_cn()}"
    )


def kn_chat(r, c, K, kn) -> str:
    return (
        f"[{kdate(r)} 09:14] {K.full()}: goedemorgen, vraag over {_ph(kn)} bij ons in de straat\n"
        f"[09:16] {c.med.firstname()} ({k('bemiddelaar')}): Dag {K.titled()}, vertelt u maar.\n"
        f"[09:20] {K.firstname()}: sinds de {k('heiwerkzaamheden')} is het een puinhoop.{_ph2(r, kn)}\n"
        f"[09:22] {c.med.firstname()}: ik zet het door onder {c.cn(9)}."
    )


def kn_hearing(r, c, K, kn) -> str:
    clerk = Person(r)
    return (
        f"{k('Verslag')} hoorzitting {k('klacht')} {c.cn(21)}\nKlager: {K.full()}\nAanwezig: "
        f"{c.off.initials()} (voorzitter), {clerk.full()}\n{K.Titled()} zegt dat {clerk.titled()} lachte om "
        f"{_ph(kn)} op de foto bij de {k('aanvraag')}.{_ph2(r, kn)} {k('Conclusie')}: {k('excuses')}."
    )


KNOWN_SHAPES = [
    kn_nomination,
    kn_jubilee,
    kn_access,
    kn_integrity,
    kn_crack,
    kn_minutes,
    kn_newsletter,
    kn_phone,
    kn_chat,
    kn_hearing,
]
