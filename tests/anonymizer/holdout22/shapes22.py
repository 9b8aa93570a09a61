"""Shapes of holdout22's four files: elections and voting, animals and green space, publication and the press, and the
known file. Each shape writes one document part through a ``Doc`` so every item is recorded as written."""

from __future__ import annotations

import pools22 as P
from core22 import Doc, Person, relative


# -- shared context ---------------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, d: Doc):
        r = d.r
        self.d = d
        self.town = r.choice(P.TOWNS)
        self.mun = "gemeente " + self.town
        self.med = Person(d)
        self.off = Person(d)
        self.kcc = "14 " + P.AREA[self.town]

    def T(self) -> str:
        return self.d.k(self.town)

    def K(self, x: str) -> str:
        return self.d.k(x)

    def dept(self, *opts: str) -> str:
        return self.d.k(self.d.r.choice(opts or P.DEPTS))

    def genmail(self, box: str) -> str:
        return self.d.k(f"{box}@{self.town.lower()}.nl")

    def medsig(self) -> str:
        d, m = self.d, self.med
        sty = d.r.randint(0, 3)
        if sty == 0:
            return (
                f"{m.full()}\n{d.k('Bemiddelaar')} {d.k('Verzoek tot Afstemming')}\n{m.work(self.town)} | "
                f"{d.phone(self.town, 'm')}"
            )
        if sty == 1:
            return f"Met vriendelijke groet,\n{m.fn()} ({d.k('bemiddelaar')})"
        if sty == 2:
            return f"— {m.paraph()}"
        return f"{m.ini()}, {d.k('bemiddelaar')}, {self.T()}"


# ===================================================================================================================
# elections and voting
# ===================================================================================================================
def el_roster(c: Ctx) -> str:
    d, r = c.d, c.d.r
    ev = d.k(r.choice(P.EVENTS[:5]))
    lines = [
        f"{d.k('Bezetting stembureaus')} {ev} – {d.k('Team Verkiezingen')} {c.T()}",
        "stembureau;functie;naam;telefoon;e-mail;IBAN vergoeding",
    ]
    people = []
    for _ in range(r.randint(4, 7)):
        p = Person(d)
        people.append(p)
        nm = r.choice([p.full, p.sfirst, p.ini, p.caps, p.full2])()
        sb = d.k(
            r.choice(
                [
                    "Stadhuis",
                    "Bibliotheek",
                    "Wijkcentrum De Schakel",
                    "Sporthal De Wissel",
                    "Buurthuis Het Anker",
                    "Dorpshuis De Linde",
                    "Gymzaal",
                ]
            )
        )
        fn = d.k(r.choice(["voorzitter", "plv. voorzitter", "stembureaulid", "teller", "reserve"]))
        tel = d.phone(c.town) if r.random() < 0.8 else ""
        ml = p.mail() if r.random() < 0.7 else ""
        ib = d.iban("NL NL NL NL BE DE") if r.random() < 0.6 else ""
        lines.append(f"SB{r.randint(1, 40):02d} {sb};{fn};{nm};{tel};{ml};{ib}")
    a, b = r.sample(people, 2)
    lines.append("")
    lines.append(
        f"Opm.: {a.fn()} kan op {d.k(r.choice(P.WEEKDAYS[:5]))} niet; {b.title()} neemt het over. "
        f"Vergoeding {d.amount()} per dienst. Vragen: {c.genmail('verkiezingen')} of {d.k(c.kcc)}."
    )
    lines.append(f"{d.k('Gecontroleerd')}: {c.off.paraph()} {d.date()}")
    return "\n".join(lines)


def el_proxy(c: Ctx) -> str:
    d, r = c.d, c.d.r
    g = Person(d)
    m = relative(d, g) if r.random() < 0.4 else Person(d)
    return "\n".join(
        [
            f"{d.k('SCHRIFTELIJK VERZOEK OM BIJ VOLMACHT TE STEMMEN')} ({d.k('model L 8')})",
            f"{d.k('Kenmerk')}: {d.case()}",
            "",
            f"1. {d.k('Volmachtgever')}",
            f"{d.k('Naam')}: {g.sfirst()}",
            f"{d.k('Geboortedatum')}: {d.dob(cue=False)}",
            f"{d.k('Adres')}: {d.street()}, {d.postcode()} {c.T()}",
            f"{d.k('Telefoon')}: {d.phone(c.town)}",
            "",
            f"2. {d.k('Gemachtigde')}",
            f"{d.k('Naam')}: {r.choice([m.full, m.ini, m.full2])()}",
            f"{d.k('Geboortedatum')}: {d.dob(cue=False)}",
            f"{d.k('Adres')}: {d.street()} {c.T()}",
            "",
            f"{d.k('Ondertekening')}: {g.paraph()} / {m.paraph()}   {d.k('Datum')}: {d.date()}",
            "",
            f"{d.k('Interne notitie')} {c.dept('Burgerzaken', 'Publiekszaken', 'Team Verkiezingen')}: het formulier "
            f"van "
            f"{g.title()} was volgens {g.g == 'f' and 'haar' or 'hem'} op tijd ingeleverd maar is niet verwerkt. "
            f"{c.med.full()} ({d.k('bemiddelaar')}) heeft met {c.off.full()} afgesproken dat de volmacht alsnog op "
            f"de stempas van {m.fn()} komt. Terugbellen via {d.phone(c.town, 'm')}.",
        ]
    )


def el_report(c: Ctx) -> str:
    d, r = c.d, c.d.r
    ch, m1, m2 = Person(d), Person(d), Person(d)
    v = Person(d)
    kid = relative(d, v)
    other = Person(d)
    return "\n".join(
        [
            f"{d.k('PROCES-VERBAAL')} {d.k('STEMBUREAU')} {r.randint(1, 40)} – {d.k(r.choice(P.EVENTS[:5]))}",
            f"{d.k('Locatie')}: {d.k(r.choice(['Bibliotheek', 'Wijkcentrum De Schakel', 'Sporthal De Wissel']))}, "
            f"{c.T()}",
            f"{d.k('Leden')}: {ch.ini()} ({d.k('voorzitter')}), {m1.full()}, {m2.sfirst()}",
            "",
            f"{d.k('Bezwaren')} en {d.k('bijzonderheden')}",
            f"- Om 10.40 uur maakte {v.title()} bezwaar tegen de plaatsing van het stemhokje. "
            f"{v.g == 'f' and 'Zij' or 'Hij'} werd geholpen door {v.g == 'f' and 'haar' or 'zijn'} "
            f"{kid.g == 'f' and 'dochter' or 'zoon'} {kid.full()}; de voorzitter heeft dat toegestaan op grond van de "
            f"{d.k('Kieswet')}.",
            f"- Een campagnebus met kenteken {d.plate()} stond tot 12.15 uur voor de ingang. Melding gedaan bij "
            f"{d.k('Handhaving')} ({d.case()}).",
            f"- {other.fn()} uit de wijk (adres bekend: {d.street()}) meldde dat {d.r.choice(['haar', 'zijn'])} "
            f"stempas op een oud adres was bezorgd.",
            f"- {m1.fn()} heeft de telling om 21.00 uur afgerond; {m2.poss()} telling klopte.",
            "",
            f"{d.k('Getekend')}: {ch.paraph()}, {m1.paraph()}, {m2.paraph()}  ({d.date()})",
        ]
    )


def el_candidates(c: Ctx) -> str:
    d, r = c.d, c.d.r
    party = d.k(r.choice(["Lokaal Belang", "Wijkpartij Samen", "Groen Dorp", "Stadsbelangen", "Onafhankelijk Lokaal"]))
    lines = [
        f"{d.k('KANDIDATENLIJST')} {party} – {d.k(r.choice(P.EVENTS[:5]))} {c.T()}",
        "| nr | naam | voorletters | roepnaam | woonplaats |",
        "|---|---|---|---|---|",
    ]
    ps = []
    for i in range(r.randint(4, 8)):
        p = Person(d)
        ps.append(p)
        lines.append(
            f"| {i + 1} | {d.p(p.sur_cap)} | {d.p(p.initials(0))} | {p.fn()} | "
            f"{c.T() if r.random() < 0.7 else d.k(r.choice(P.TOWNS))} |"
        )
    cp = ps[0] if r.random() < 0.5 else Person(d)
    lines += [
        "",
        f"{d.k('Contactpersoon')} lijst: {cp.full()}, {d.street()}, {d.postcode()} {c.T()}, "
        f"{d.phone(c.town)}, {cp.mail()}",
        f"{d.k('Waarborgsom')} {d.amount()} terug te storten op {d.iban('NL NL NL BE')} t.n.v. {cp.ini()}.",
        "",
        f"{d.k('Ondersteuningsverklaringen')} (afgelegd ten overstaan van {c.off.full()}):",
    ]
    for _ in range(r.randint(2, 4)):
        s = Person(d)
        lines.append(f"- {r.choice([s.sfirst, s.full, s.caps])()}, {d.dob()}, {d.street()}")
    lines.append(f"{d.k('Ingeleverd')} {d.date()} bij de {d.k('Griffie')}; {d.k('volgnummer')} {d.case()}.")
    return "\n".join(lines)


def el_pass(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    low = p.lower()
    mail = p.mail()
    zaak = d.case()
    return "\n".join(
        [
            f"{d.k('Van')}: {low} <{mail}>",
            f"{d.k('Aan')}: {c.genmail('verkiezingen')}",
            f"{d.k('Onderwerp')}: vervangende stempas aanvragen",
            "",
            f"beste mensen, ik ben op {d.date()} verhuisd naar de {d.street()} maar mijn stempas ligt nog op het "
            f"oude adres "
            f"({d.street()}). mijn bsn is {d.bsn()} en ik ben {d.dob()}. kan ik nog een nieuwe krijgen? "
            f"ik bel al twee dagen met {d.k(c.kcc)} maar krijg niemand. groet {p.fn()}",
            "",
            f"--- {d.k('Reactie')} {c.dept('Burgerzaken', 'Team Verkiezingen')} ---",
            f"Geachte {p.title()}, uw verzoek is geregistreerd onder {d.k('zaaknummer')} {zaak}. U kunt de status "
            f"volgen "
            f"op https://{c.town.lower()}.nl/verkiezingen/status?zaak={zaak.replace(' ', '%20')}. De vervangende "
            f"stempas kunt u op "
            f"{d.date()} ophalen in het {d.k('Stadskantoor')}. Neem uw identiteitsbewijs mee.",
            f"{c.off.full()}, {d.k(r.choice(['medewerker', 'senior medewerker', 'coördinator']))} "
            f"{d.k('Team Verkiezingen')}",
            "",
            f"{d.k('Afsluitende notitie')}: {c.med.fn()} heeft {p.fn()} op {d.date()} gebeld; alles opgelost, "
            f"controlevraag gesteld. {c.medsig()}",
        ]
    )


def el_access(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    son = relative(d, p)
    co = Person(d)
    return "\n".join(
        [
            f"{d.k('GESPREKSVERSLAG')} – {d.k('toegankelijkheid stembureau')}",
            f"{d.k('Datum')}: {d.date()}   {d.k('Dossier')}: {d.case()}",
            f"{d.k('Aanwezig')}: {p.full()} ({d.dob()}), {son.fn()} ({son.g == 'f' and 'dochter' or 'zoon'}), "
            f"{co.ini()} ({d.k('coördinator')} {d.k('Team Verkiezingen')}), {c.med.full()} ({d.k('bemiddelaar')})",
            "",
            f"{p.title()} zit in een rolstoel en kon bij de {d.k(r.choice(P.EVENTS[:5]))} het stembureau in de "
            f"{d.k(r.choice(['Gymzaal', 'Bibliotheek', 'Sporthal De Wissel']))} niet in: de drempel was te hoog en de "
            f"invalidenparkeerplaats was bezet door een auto met kenteken {d.plate()}. {son.fn()} moest "
            f"{p.g == 'f' and 'haar' or 'hem'} naar binnen tillen.",
            "",
            f"{d.k('Afspraken')}:",
            f"1. {co.title()} laat vóór {d.date()} een oprijplaat plaatsen.",
            f"2. {son.fn()} mailt foto's naar {co.work(c.town)}.",
            f"3. {c.med.fn()} belt {p.fn()} na de volgende verkiezing ({d.phone(c.town)}).",
            "",
            c.medsig(),
        ]
    )


def el_volunteer(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    ref = Person(d)
    return "\n".join(
        [
            f"{d.k('Aanmelding stembureaulid')} (webformulier {c.T()})",
            f"voornaam={p.fn()}",
            f"achternaam={d.p(p.sur)}",
            f"geboortedatum={d.dob(1950, 2007, cue=False)}",
            f"straat_huisnummer={d.street()}",
            f"postcode={d.postcode()}",
            f"telefoon={d.phone(c.town, 'm')}",
            f"email={p.mail()}",
            f"iban={d.iban('NL NL NL NL BE')}",
            f"ervaring=ja, {r.randint(2, 9)} keer als {d.k(r.choice(['teller', 'stembureaulid', 'voorzitter']))}",
            f"opmerking=ik wil graag samen met {ref.full()} op één stembureau; {ref.nickname()} heeft ook een "
            f"{d.k('e-learning')} gedaan",
            f"ontvangen={d.date()} | {d.k('behandelaar')}={c.off.paraph()} | {d.k('registratienummer')}={d.case()}",
        ]
    )


# ===================================================================================================================
# animals, green space and nature
# ===================================================================================================================
def na_found(c: Ctx) -> str:
    d, r = c.d, c.d.r
    f, o = Person(d), Person(d)
    animal = r.choice(["kat", "hond", "konijn", "parkiet", "cavia", "schildpad"])
    return "\n".join(
        [
            f"{d.k('MELDING GEVONDEN DIER')} – {d.k('Dierenambulance')} / {c.dept('Team Dierenwelzijn', 'Handhaving')}",
            f"{d.k('Meldingsnummer')}: {d.case()}   {d.k('Datum')}: {d.date()}",
            f"{d.k('Vinder')}: {r.choice([f.full, f.title, f.sfirst])()}, tel. {d.phone(c.town)}",
            f"{d.k('Vindplaats')}: {d.street(num=False)} ter hoogte van het {d.k('Stadspark')}",
            f"{d.k('Dier')}: {animal}, gechipt, naar het {d.k('Dierenasiel')} gebracht",
            f"{d.k('Eigenaar')} (via chipregistratie): {o.full()}, {d.street()}, {d.postcode()} {c.T()}, "
            f"{d.phone(c.town, 'm')}",
            "",
            f"{d.k('Verloop')}: eigenaar gebeld om 14.10 uur, geen gehoor. {o.sn()} belde om 16.30 uur terug en "
            f"haalt het "
            f"dier op. De {d.k('boa')} {c.off.fn()} merkt op dat {o.title()} eerder een vergelijkbare melding had "
            f"({d.case()}). {f.fn()} wil graag een bedankje; toestemming om {f.g == 'f' and 'haar' or 'zijn'} "
            f"nummer door "
            f"te geven: ja.",
            f"{d.k('Afgehandeld')}: {c.off.paraph()}",
        ]
    )


def na_allot(c: Ctx) -> str:
    d, r = c.d, c.d.r
    lines = [
        f"{d.k('Volkstuinvereniging Ons Genoegen')} – {d.k('ledenlijst')} {d.k('Volkstuinpark')} {c.T()}",
        "| tuin | huurder | adres | telefoon | lid sinds |",
        "|---|---|---|---|---|",
    ]
    ps = []
    for _ in range(r.randint(4, 7)):
        p = Person(d)
        ps.append(p)
        lines.append(
            f"| {r.choice('ABCD')}{r.randint(1, 60)} | {r.choice([p.sfirst, p.full, p.ini])()} | "
            f"{d.street()} | {d.phone(c.town)} | {r.randint(1988, 2025)} |"
        )
    a, b = r.sample(ps, 2)
    nw = Person(d)
    lines += [
        "",
        f"{d.k('Bestuursnotitie')}: {a.title()} klaagt dat de kippen van {b.fn()} op tuin "
        f"{r.randint(1, 60)} 's ochtends lawaai maken. {b.sn()} zegt dat dit sinds {d.date()} is opgelost. "
        f"Het {d.k('bestuur')} vraagt {c.med.full()} ({d.k('bemiddelaar')}) om een gesprek.",
        f"{d.k('Nieuw lid')}: {nw.full2()}, {d.dob()}, {nw.mail()}; huur {d.amount()} per jaar via "
        f"{d.iban('NL NL NL')} ({d.k('machtiging')}).",
        f"{d.k('Secretaris')}: {Person(d).ini()}",
    ]
    return "\n".join(lines)


def na_tree(c: Ctx) -> str:
    d, r = c.d, c.d.r
    a, b = Person(d), Person(d)
    ex = Person(d)
    tree = r.choice(["eik", "beuk", "linde", "kastanje", "plataan", "esdoorn", "walnoot"])
    return "\n".join(
        [
            f"{d.k('Verslag locatiebezoek')} – {d.k('kapmelding')} {d.case()}",
            f"{d.k('Adres')}: {d.street()}, {c.T()}",
            f"{d.k('Aanwezig')}: {a.full()} ({d.k('aanvrager')}), {b.title()} ({d.k('buurman')} op nr. "
            f"{r.randint(1, 90)}), "
            f"{ex.ini()} ({d.k('bomendeskundige')}, {c.dept('Groenbeheer', 'Stadsbeheer')}), {c.med.full()}",
            "",
            f"{a.sn()} wil de {tree} in de voortuin laten kappen vanwege wortelopdruk. {b.sn()} is tegen: de boom "
            f"geeft "
            f"schaduw en er nestelen vogels. Volgens {ex.fn()} is de boom gezond; er geldt een "
            f"{d.k('omgevingsvergunning')} volgens de {d.k('APV')}. {b.fn()} vroeg of de {d.k('Bomenstichting')} mee "
            f"mag kijken.",
            "",
            f"{d.k('Afspraak')}: {ex.sn()} maakt vóór {d.date()} een {d.k('boomveiligheidsonderzoek')}; tot dan niets "
            f"kappen. Contact {a.fn()}: {d.phone(c.town)}, {a.mail()}.",
            c.medsig(),
        ]
    )


def na_adopt(c: Ctx) -> str:
    d, r = c.d, c.d.r
    ps = [Person(d) for _ in range(r.randint(2, 3))]
    gm = Person(d)
    lines = [
        f"{d.k('GROENADOPTIE-OVEREENKOMST')} {c.mun.split()[0]} {c.T()}",
        f"{d.k('Registratie')}: {d.case()}",
        "",
        f"{d.k('Partijen')}:",
    ]
    for p in ps:
        lines.append(f"- {r.choice([p.full, p.full2, p.ini])()}, {d.street()}, {d.phone(c.town)}")
    lines += [
        f"- {c.mun}, vertegenwoordigd door {gm.full()}, {d.k('gebiedsbeheerder')} "
        f"{c.dept('Groenbeheer', 'Team Openbare Ruimte')}",
        "",
        f"{d.k('Artikel')} 1. De bewoners onderhouden het plantsoen aan de {d.street(num=False)} "
        f"(circa {r.randint(20, 300)} m²).",
        f"{d.k('Artikel')} 2. De gemeente levert gereedschap en {r.randint(2, 30)} vaste planten vóór {d.date()}.",
        f"{d.k('Artikel')} 3. Aanspreekpunt is {ps[0].fn()} ({ps[0].mail()}); bij afwezigheid {ps[1].title()}.",
        "",
        f"{d.k('Paraaf')}: " + " / ".join(p.paraph() for p in ps) + f" / {gm.paraph()}",
        f"{d.k('Vragen')}: {c.genmail('groen')} of {d.k(c.kcc)}",
    ]
    return "\n".join(lines)


def na_welfare(c: Ctx) -> str:
    d, r = c.d, c.d.r
    rep, own = Person(d), Person(d)
    insp = Person(d)
    animal = r.choice(["paard", "pony", "twee geiten", "schapen", "ezel"])
    return "\n".join(
        [
            f"{d.k('DIERENWELZIJNSMELDING')} (via {d.k('144')} / "
            f"{d.k('Landelijke Inspectiedienst Dierenbescherming')})",
            f"{d.k('Referentie')}: {d.case()}",
            f"{d.k('Melder')}: {rep.full()} ({d.k('vertrouwelijk')}), {d.phone(c.town)}",
            f"{d.k('Locatie')}: weiland achter {d.street()}, {c.T()}",
            f"{d.k('Houder')}: {own.sfirst()}, {d.dob()}, {d.street()}, {d.postcode()}",
            "",
            f"{d.k('Bevinding')} {d.date()}: {animal} zonder schuilgelegenheid, drinkbak leeg. Een trailer met "
            f"kenteken "
            f"{d.plate()} staat in de sloot. {own.title()} zegt dat "
            f"{d.r.choice(['zijn broer', 'haar zus', 'de buurman'])} "
            f"voor het voer zorgt. {d.k('Inspecteur')} {insp.ini()} geeft een {d.k('waarschuwing')} op grond van de "
            f"{d.k('Wet dieren')}; hercontrole over twee weken.",
            f"{rep.fn()} wil niet dat {own.sn()} weet wie gemeld heeft.",
            f"{d.k('Paraaf')}: {insp.paraph()}",
        ]
    )


def na_diary(c: Ctx) -> str:
    d, r = c.d, c.d.r
    me = Person(d)
    nb = Person(d)
    nb2 = relative(d, nb)
    what = r.choice(["de bijenkasten", "de duiventil", "de haan", "de volière", "de hondenkennel"])
    lines = [f"{d.k('Logboek overlast')} {what} – bijgehouden door {me.full()} ({d.street()})", ""]
    for wd in r.sample(P.WEEKDAYS, r.randint(3, 5)):
        t = f"{r.randint(5, 22):02d}.{r.choice(['00', '15', '30', '45'])}"
        x = r.random()
        if x < 0.33:
            s = f"{d.k(wd.capitalize())} {t}: weer last van {what} van {nb.title()}."
        elif x < 0.66:
            s = f"{d.k(wd.capitalize())} {t}: {nb2.nickname()} stond in de tuin, zei dat ik moest ophouden met klagen."
        else:
            s = f"{d.k(wd.capitalize())} {t}: gebeld met {d.k('Handhaving')}, melding {d.case()}."
        lines.append(s)
    lines += [
        "",
        f"{d.k('Reactie')} {c.med.fn()}: ik heb {me.fn()} en {d.k('familie')} {nb.sn()} uitgenodigd voor een "
        f"gesprek in {d.k(r.choice(P.PLACES[:9]))} op {d.date()}. Mail {me.mail()}, tel. {d.phone(c.town)}.",
    ]
    return "\n".join(lines)


def na_wild(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    return "\n".join(
        [
            f"{d.k('Aanvraag tegemoetkoming')} {d.k('faunaschade')}",
            f"{d.k('Aanvrager')}: {p.caps()}",
            f"{d.k('Geboren')}: {d.dob(cue=False)}",
            f"{d.k('Perceel')}: {d.street()}, {d.postcode()} {c.T()}",
            f"{d.k('BSN')}: {d.bsn()}",
            f"{d.k('Rekening')}: {d.iban()} t.n.v. {d.p(p.initials(0) + ' ' + p.sur)}",
            f"{d.k('Schade')}: ganzen en een das hebben {r.randint(1, 9)} rijen sla vernield; geschatte schade "
            f"{d.amount()}.",
            f"{d.k('Toelichting')}: mijn buurvrouw {Person(d, gender='f').full()} heeft foto's gemaakt. Het "
            f"{d.k('Faunafonds')} verwees mij naar de gemeente, de gemeente naar {d.k('Staatsbosbeheer')}.",
            f"{d.k('Behandeld')}: {c.off.full()} ({d.k('Vergunningverlening')}), {d.k('zaaknummer')} {d.case()}",
        ]
    )


# ===================================================================================================================
# publication, press and image
# ===================================================================================================================
def me_consent(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    x = lambda: r.choice(["[x]", "[ ]"])
    return "\n".join(
        [
            f"{d.k('TOESTEMMING PUBLICATIE KENNISBANK')}",
            f"{d.k('Verzoek')}: {d.case()}",
            f"{d.k('Naam')}: {r.choice([p.full, p.full2, p.caps])()}",
            f"{d.k('Adres')}: {d.street()}, {d.postcode()} {c.T()}",
            f"{d.k('Telefoon')}: {d.phone(c.town)}   {d.k('E-mail')}: {p.mail()}",
            f"{d.k('Geboortedatum')}: {d.dob(cue=False)}",
            f"{d.k('Onkostenvergoeding')} naar: {d.iban('NL NL NL NL BE DE PL TR')}"
            if r.random() < 0.5
            else f"{d.k('Onkostenvergoeding')}: niet nodig",
            "",
            f"{x()} Ik geef toestemming dat mijn verhaal geanonimiseerd in de {d.k('Kennisbank')} komt.",
            f"{x()} Mijn wijk mag genoemd worden.",
            f"{x()} Ik wil het artikel vóór publicatie lezen.",
            "",
            f"{d.k('Handtekening')}: {p.paraph()}   {d.k('Plaats')}: {c.T()}   {d.k('Datum')}: {d.date()}",
            f"{d.k('Afgenomen door')}: {c.med.full()}, {d.k('bemiddelaar')}",
            f"{d.k('Opmerking')}: {p.fn()} vraagt of "
            f"{r.choice(['haar man', 'haar vrouw', 'zijn partner', 'haar dochter'])} "
            f"{relative(d, p).fn()} ook moet tekenen.",
        ]
    )


def me_takedown(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    rv = Person(d)
    slug = d.case()
    return "\n".join(
        [
            f"{d.k('Van')}: {p.full()} <{p.mail()}>",
            f"{d.k('Onderwerp')}: verwijderen artikel {slug}",
            "",
            f"Goedendag, in het artikel op https://{c.town.lower()}.nl/kennisbank/{slug} herken ik mezelf. Er staat "
            f"dat de "
            f"bewoner van de {d.street(num=False)} met een "
            f"{r.choice(['rode bakfiets', 'gele camper', 'grote herdershond'])} "
            f"klaagde over de parkeervergunning. Iedereen in de straat weet dat ik dat ben. Ik wil dat het eraf gaat. "
            f"Mijn buurman {Person(d).full()} stuurde me de link.",
            f"{p.fn()} ({d.phone(c.town, 'm')})",
            "",
            f"> {d.k('Reactie')} {d.k('Team Publicaties')}, {d.date()}:",
            f"> Beste {p.title()}, dank voor uw bericht. Het artikel is offline gehaald. {rv.full()}, die als tweede "
            f"> lezer het artikel heeft gecontroleerd, past de tekst aan. U krijgt de nieuwe versie vóór {d.date()} "
            f"> ter inzage. {d.k('Kenmerk')}: {d.case()}",
            f"> {rv.paraph()}",
        ]
    )


def me_checklist(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    q = relative(d, p)
    o = Person(d)
    rv = Person(d)
    return "\n".join(
        [
            f"{d.k('CONTROLELIJST ANONIMISERING')} – concept {d.case()}",
            f"{d.k('Tweede lezer')}: {rv.ini()}   {d.k('Datum')}: {d.date()}",
            "",
            "Te verwijderen of te vervangen:",
            f"- [x] naam bewoner: {p.full()} (ook als '{p.title()}' in alinea 3)",
            f"- [x] {q.g == 'f' and 'dochter' or 'zoon'}: {q.fn()}",
            f"- [ ] ambtenaar: {o.full()} ({d.k('Vergunningverlening')}) → '{d.k('de behandelend ambtenaar')}'",
            f"- [x] straat: {d.street()} → '{d.k('een straat in het centrum')}'",
            f"- [ ] kenteken {d.plate()} in de bijlage",
            f"- [x] BSN {d.bsn()} op de gescande brief" if r.random() < 0.6 else f"- [x] IBAN {d.iban()} in de bijlage",
            f"- [x] geboortedatum ({d.dob(cue=False)}) in het citaat",
            f"- [ ] {d.k('zaaknummer')} {d.case()} in de voetnoot",
            "",
            f"{d.k('Oordeel')}: nog niet publiceren. {d.k('Terug naar')} {c.med.fn()}. {rv.paraph()}",
        ]
    )


def me_press(c: Ctx) -> str:
    d, r = c.d, c.d.r
    j = Person(d)
    sp = Person(d)
    p = Person(d)
    med = d.k(
        r.choice(
            ["Omroep Gelderland", "Regionaal Dagblad", "Huis-aan-huisblad De Wijkkrant", "RTV Oost", "Omroep Brabant"]
        )
    )
    return "\n".join(
        [
            f"{d.k('Perslogboek')} {d.k('Communicatie')} {c.T()} – {d.date()}",
            f"{d.k('Journalist')}: {j.full()} ({med}), {d.phone(c.town)}, {j.mail()}",
            f"{d.k('Vraag')}: klopt het dat {p.full()} uit de {d.street(num=False)} al een jaar wacht op antwoord over "
            f"{d.k(r.choice(['de kwijtschelding', 'de parkeervergunning', 'het kapverzoek', 'de stempas']))}? "
            f"{p.sn()} zou de zaak aan de {d.k('Nationale ombudsman')} willen voorleggen.",
            f"{d.k('Antwoord')} ({d.k('woordvoerder')} {sp.full()}): over individuele zaken doen wij geen uitspraken. "
            f"Wel kunnen wij bevestigen dat {d.k('Verzoek tot Afstemming')} bij zulke vragen bemiddelt.",
            f"{d.k('Intern')}: {sp.fn()} heeft {c.med.title()} gevraagd of {p.fn()} benaderd is; {d.k('dossier')} "
            f"{d.case()}. Niet doorsturen.",
            f"{d.k('Deadline')} {d.k('journalist')}: {d.k(r.choice(P.WEEKDAYS[:5]))} 16.00 uur.",
        ]
    )


def me_photo(c: Ctx) -> str:
    d, r = c.d, c.d.r
    ps = [Person(d) for _ in range(r.randint(2, 4))]
    ev = d.k(r.choice(["Burendag", "Boomfeestdag", "Open Monumentendag", "Week van de Dieren"]))
    fot = Person(d)
    lines = [
        f"{d.k('Beeldrechten')} – {d.k('fotoreportage')} {ev} {c.T()}",
        f"{d.k('Fotograaf')}: {fot.full()} ({fot.mail()})",
        "",
    ]
    for p in ps:
        fname = f"{ev.lower().replace(' ', '-')}-{d.p(d.p(p.sur_core).lower())}-{r.randint(1, 99):02d}.jpg"
        lines.append(
            f"- {fname}: {r.choice([p.full, p.title, p.full2])()}, toestemming "
            f"{r.choice(['ja', 'nee', 'alleen intern'])}; {p.mail() if r.random() < 0.5 else d.phone(c.town)}"
        )
    k = Person(d)
    lines += [
        "",
        f"Op {ps[0].poss()} foto staat ook een kind ({k.fn()}, {d.dob(2012, 2020)}); toestemming van "
        f"ouder {relative(d, k).full()} nog nodig.",
        f"{d.k('Publicatie')}: {d.k('Stadskrant')} van {d.date()}; {d.k('referentie')} {d.case()}.",
    ]
    return "\n".join(lines)


def me_podcast(c: Ctx) -> str:
    d, r = c.d, c.d.r
    h = Person(d)
    g = Person(d)
    return "\n".join(
        [
            f"{d.k('Shownotes')} – {d.k('podcast')} '{d.k('Aan tafel')}' {d.k('aflevering')} {r.randint(3, 60)}",
            f"{d.k('Presentatie')}: {h.full()}",
            f"{d.k('Gasten')}: {c.med.full()} ({d.k('bemiddelaar')}) en {g.fn()} (achternaam bekend bij de redactie)",
            "",
            f"[00:01:12] {d.p(h.first.upper())}: Welkom. {g.fn()}, jij kreeg een boete voor een auto die niet van "
            f"jou was?",
            f"[00:01:20] {d.p(g.first.upper())}: Ja, kenteken {d.plate()}. Ik woon aan de {d.street(num=False)} en die "
            f"auto stond al weken voor mijn deur.",
            f"[00:02:05] {d.p(c.med.first.upper())}: Toen hebben we met {c.off.full()} van {d.k('Handhaving')} gebeld.",
            f"[00:02:40] {d.p(h.first.upper())}: En het {d.k('zaaknummer')}? {d.k('Lezers')} vroegen ernaar.",
            f"[00:02:44] {d.p(c.med.first.upper())}: Dat was {d.case()}; het is opgelost op {d.date()}.",
            "",
            f"{d.k('Correctie')} {d.date()}: in een eerdere versie stond de volledige naam ({g.full()}); die is "
            f"verwijderd.",
        ]
    )


def me_correction(c: Ctx) -> str:
    d, r = c.d, c.d.r
    p = Person(d)
    wrong = p.sur_core[:-1] + r.choice("aeoiy") if len(p.sur_core) > 3 else p.sur_core + "e"
    if wrong == p.sur_core:
        wrong = p.sur_core + "h"
    wsur = p._join(p.part, wrong)
    return "\n".join(
        [
            f"{d.k('RECTIFICATIE')}",
            f"In het artikel '{d.k('Bewoners')} "
            f"{d.k(r.choice(['redden de boomgaard', 'winnen van de gemeente', 'krijgen eindelijk antwoord']))}' "
            f"({d.k('Huis-aan-huisblad De Wijkkrant')}, {d.date()}) is de naam van {p.title()} verkeerd gespeld als "
            f"'{d.p(p.first + ' ' + wsur)}'. Dat moet zijn: {p.full()}. {p.fn()} woont niet aan de "
            f"{d.street(num=False)} "
            f"maar aan de {d.street(num=False)}.",
            f"{d.k('Verder')}: de foto is gemaakt door {Person(d).full()}, niet door de {d.k('redactie')}.",
            f"{d.k('Reacties')}: {d.k(f'redactie@wijkkrant-{c.town.lower()}.nl')} | {d.k('kenmerk')} {d.case()}",
        ]
    )


# ===================================================================================================================
# known file
# ===================================================================================================================
CARRIERS = [
    "Het ging ook over {ph}.",
    "Zij noemde {ph} als voorbeeld.",
    "Daarnaast kwam {ph} ter sprake.",
    "Er werd gesproken over {ph} en de gevolgen daarvan.",
    "In de notitie staat ook iets over {ph}.",
    "Verder vroeg men naar {ph}.",
    "Bij het bezoek viel {ph} op.",
]


def known_doc(d: Doc, did: str) -> dict:
    r = d.r
    word, is_first, parts, phrases = r.choice(P.WORD_NAMES)
    c = Ctx(d)
    kp = Person(d)
    if is_first:
        kp.first, kp.second, kp.nick = word, "", ""
    else:
        kp.sur_core = word
        kp.part = r.choice(parts)
    ph1, ph2 = r.sample(phrases, 2)
    car1, car2 = r.sample(CARRIERS, 2)
    s1 = car1.format(ph=d.k(ph1))
    s2 = car2.format(ph=d.k(ph2))
    name_full = kp.full()
    shape = r.randint(0, 7)
    later = kp.fn() if is_first else (kp.title() if r.random() < 0.6 else kp.sn())
    t = c.T()
    if shape == 0:
        body = (
            f"{d.k('SCHRIFTELIJK VERZOEK OM BIJ VOLMACHT TE STEMMEN')}\n{d.k('Volmachtgever')}: {name_full}, "
            f"{d.dob()}\n"
            f"{d.k('Kenmerk')}: {d.case()}\n\n{d.k('Notitie')}: {later} belde over de stempas. {s1}"
        )
    elif shape == 1:
        body = (
            f"{d.k('PROCES-VERBAAL')} {d.k('STEMBUREAU')} {r.randint(1, 30)} ({t})\n{d.k('Bezwaren')}: "
            f"{name_full} maakte om 11.05 uur bezwaar. {s1} {later} tekende het formulier."
        )
    elif shape == 2:
        body = (
            f"{d.k('Volkstuinvereniging Ons Genoegen')} – {d.k('bestuursnotitie')}\n{d.k('Huurder')}: {name_full}, "
            f"tuin {r.randint(1, 60)}\nDe buren klagen over de schuur. {s1} {later} wil een gesprek."
        )
    elif shape == 3:
        body = (
            f"{d.k('MELDING GEVONDEN DIER')} {d.case()}\n{d.k('Eigenaar')}: {name_full}, {d.street()}, "
            f"{d.postcode()} {t}, {d.phone(c.town)}\n"
            f"{later} haalt het dier morgen op. {s1}"
        )
    elif shape == 4:
        body = (
            f"{d.k('TOESTEMMING PUBLICATIE KENNISBANK')}\n{d.k('Naam')}: {name_full}\n{d.k('Verzoek')}: "
            f"{d.case()}\n{s1} {later} wil het artikel eerst lezen."
        )
    elif shape == 5:
        body = (
            f"{d.k('Van')}: {name_full}\n{d.k('Onderwerp')}: artikel in de {d.k('Kennisbank')}\n\nIk herken mezelf "
            f"in het artikel. {s1} Groet, {later}"
        )
    elif shape == 6:
        body = (
            f"{d.k('Perslogboek')} {d.k('Communicatie')} {t}\n{d.k('Vraag')} van een journalist over "
            f"{name_full}. {s1} {d.k('Antwoord')}: geen uitspraken over {later}."
        )
    else:
        body = (
            f"{d.k('Verslag locatiebezoek')} – {d.k('kapmelding')} {d.case()}\n{d.k('Aanwezig')}: {name_full}, "
            f"{c.off.ini()} ({d.k('bomendeskundige')})\n{s1} {later} is het niet eens met de kap."
        )
    known = {"names": [name_full]}
    extra = []
    if r.random() < 0.4:
        e = kp.mail()
        known["emails"] = [e]
        extra.append(f"{d.k('E-mail')}: {e}")
    if r.random() < 0.35:
        ph = d.phone(c.town, "m")
        known["phones"] = [ph]
        extra.append(f"{d.k('Telefoon')}: {ph}")
    if r.random() < 0.5:
        extra.append(f"PS: {s2}")
    if r.random() < 0.3:
        extra.append(r.choice([kp.full, kp.caps, kp.ini])())
    extra.append(f"{d.k('Bemiddelaar')}: {c.med.full()}")
    text = body + "\n" + "\n".join(extra)
    doc = d.done(did, text, known)
    doc["_word"] = word
    return doc


FILES = {
    "elections": (300, [el_roster, el_proxy, el_report, el_candidates, el_pass, el_access, el_volunteer]),
    "nature": (300, [na_found, na_allot, na_tree, na_adopt, na_welfare, na_diary, na_wild]),
    "media": (250, [me_consent, me_takedown, me_checklist, me_press, me_photo, me_podcast, me_correction]),
}


def file_doc(d: Doc, name: str, n: int, did: str) -> dict:
    r = d.r
    shapes = FILES[name][1]
    c = Ctx(d)
    parts = [shapes[n % len(shapes)](c)]
    if r.random() < 0.2:
        sep = r.choice(["---", "* * *", "====="])
        parts.append(sep)
        parts.append(r.choice(shapes)(c))
    return d.done(did, "\n".join(parts) + "\n")
