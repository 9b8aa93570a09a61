"""holdout24 shapes: property and land, guardianship and the end of life, the countryside, and the known file."""

from __future__ import annotations

import core24 as C
import known24 as KN
import pools24 as P
from core24 import Doc, ascii_fold, cap, pick

# --------------------------------------------------------------------------- context and name forms


class Ctx:
    def __init__(self, d: Doc):
        r = d.r
        self.used: set = set()
        self.town = pick(r, P.TOWNS)
        self.muni = pick(r, P.MUNIS)
        self.domain = self.muni.lower().replace("-", "") + ".nl"
        self.res = C.make_person(r, used=self.used)
        self.partner = C.family_member(r, self.res, "m" if self.res.sex == "f" else "f", self.used)
        self.child = C.family_member(r, self.res, used=self.used)
        self.nb = C.make_person(r, used=self.used)
        self.nb2 = C.make_person(r, used=self.used)
        self.off = C.make_person(r, used=self.used)
        self.off2 = C.make_person(r, used=self.used)
        self.med = C.make_person(r, used=self.used)
        self.role = pick(r, P.OFFICIAL_ROLES)
        self.dept = pick(r, P.DEPARTMENTS)
        self.street, self.addr = C.address(r)
        self.pc = C.postcode(r)


def nm(d: Doc, p: C.Person, kind: str | None = None) -> str:
    r = d.r
    if kind is None:
        kind = pick(
            r, ["full", "full", "title", "title", "init", "title_init", "sf", "caps", "two", "ascii", "nick", "lower"]
        )
    if kind == "full":
        return d.P(p.full())
    if kind == "title":
        return p.title_short(r) + " " + d.P(p.surname(capital=True))
    if kind == "init":
        return d.P(p.init_name())
    if kind == "title_init":
        return p.title_short(r) + " " + d.P(p.init_name())
    if kind == "sf":
        tail = (" " + p.particle) if p.particle else ""
        fn = p.initials() if r.random() < 0.4 else p.first
        if tail and not all(w.lower() in C.PARTICLES for w in p.particle.split()):
            return d.P(p.last) + ", " + d.P(fn + tail)
        return d.P(p.last) + ", " + d.P(fn) + tail
    if kind == "caps":
        return d.P(p.full().upper())
    if kind == "lower":
        return d.P(p.full().lower())
    if kind == "two":
        if p.second:
            return d.P(f"{p.first} {p.second} {p.surname()}")
        return d.P(p.full())
    if kind == "ascii":
        a = ascii_fold(p.full())
        return d.P(a)
    if kind == "nick":
        if p.nick:
            return d.P(p.first) + " '" + d.P(p.nick) + "' " + d.P(p.surname())
        return d.P(p.full())
    if kind == "first":
        return d.P(p.first)
    if kind == "paraph":
        return d.P(p.paraph())
    if kind == "sur":
        return d.P(p.surname(capital=True))
    raise ValueError(kind)


def later(d: Doc, p: C.Person) -> str:
    """A later mention: a bare part of the name, or title and surname."""
    r = d.r
    x = r.random()
    if x < 0.4:
        return p.title_short(r) + " " + d.P(p.surname(capital=True))
    if x < 0.7:
        return d.P(p.first)
    if x < 0.85:
        return d.P(p.surname(capital=True))
    return d.P(p.full())


def K(d: Doc, *words: str) -> list[str]:
    return [d.K(w) for w in words]


def case(d: Doc, cue: str | None = None) -> str:
    r = d.r
    cue = cue or pick(r, C.CASE_CUES)
    return d.K(cue) + (": " if r.random() < 0.6 else " ") + d.P(C.case_number(r), "CASE_NUMBER")


def dob_txt(d: Doc, p: C.Person, ctx: Ctx, lo=1932, hi=2005, cue=True) -> str:
    r = d.r
    v = d.P(p.dob(r, lo, hi), "DATE_OF_BIRTH")
    if not cue:
        return v
    c = pick(r, C.DOB_CUES)
    if "{town}" in c:
        c = c.replace("{town}", d.K(ctx.town))
        return c + " " + v
    if c in ("geboortedatum:", "Geboortedatum", "Geb.:", "geb. datum"):
        d.K(c.rstrip(":").rstrip("."))
    return c + " " + v


def addr_line(d: Doc, ctx: Ctx, caps=False) -> str:
    r = d.r
    a = ctx.addr.upper() if caps else ctx.addr
    town = ctx.town.upper() if caps else ctx.town
    return d.P(a, "ADDRESS") + ("\n" if r.random() < 0.7 else ", ") + d.P(ctx.pc, "POSTCODE") + "  " + d.K(town)


def other_addr(d: Doc) -> str:
    s, a = C.address(d.r)
    return d.P(a, "ADDRESS")


def ph(d: Doc, p: C.Person) -> str:
    return d.P(p.phone(d.r), "PHONE")


def em(d: Doc, p: C.Person) -> str:
    return d.P(p.email(d.r), "EMAIL")


def wem(d: Doc, p: C.Person, ctx: Ctx) -> str:
    return d.P(p.work_email(d.r, ctx.domain), "EMAIL")


def ib(d: Doc, country=None) -> str:
    return d.P(C.iban_fmt(d.r, C.iban(d.r, country)), "IBAN")


def bsn(d: Doc) -> str:
    return d.P(C.bsn_fmt(d.r, C.bsn(d.r)), "BSN")


def od(d: Doc) -> str:
    return d.K(C.ordinary_date(d.r))


def amt(d: Doc) -> str:
    return d.K(C.amount(d.r))


def generic_contact(d: Doc, ctx: Ctx) -> str:
    r = d.r
    k = r.randrange(4)
    if k == 0:
        return (
            "Vragen? Bel "
            + d.K("14 0" + str(r.randint(100, 999)))
            + " of mail "
            + d.K(pick(r, ["info", "belastingen", "grondzaken", "bezwaar", "wmo", "buitengebied"]) + "@" + ctx.domain)
            + "."
        )
    if k == 1:
        return d.K("Postbus " + str(r.randint(10, 9999))) + ", " + d.K(ctx.town)
    if k == 2:
        return "Meer informatie: " + d.K("www." + ctx.domain) + "."
    return "Bereikbaar op werkdagen via " + d.K("14 0" + str(r.randint(100, 999))) + "."


def sign_official(d: Doc, ctx: Ctx, p: C.Person | None = None) -> str:
    r = d.r
    p = p or ctx.off
    k = r.randrange(4)
    if k == 0:
        return f"Met vriendelijke groet,\n\n{nm(d, p, 'full')}\n{d.K(cap(ctx.role))}, {d.K(ctx.dept)}\n{wem(d, p, ctx)}"
    if k == 1:
        return f"Namens het college van burgemeester en wethouders,\n{nm(d, p, 'init')}\n{d.K(cap(ctx.role))}"
    if k == 2:
        return f"Groet, {nm(d, p, 'first')} ({d.K(ctx.dept)})"
    return f"{nm(d, p, 'full')} | {d.K(ctx.dept)} | {d.P(C.landline(r), 'PHONE')}"


def mediator_note(d: Doc, ctx: Ctx) -> str:
    r = d.r
    k = r.randrange(4)
    if k == 0:
        return f"Notitie bemiddelaar ({nm(d, ctx.med, 'paraph')}): {later(d, ctx.res)} wil eerst een gesprek voordat er een formele stap komt. {case(d)}."
    if k == 1:
        return f"Afstemming via {nm(d, ctx.med, 'full')}, {d.K('bemiddelaar')}; {case(d, 'afstemmingsnummer')}. Terugkoppeling uiterlijk {od(d)}."
    if k == 2:
        return f"-- {d.K('Verzoek tot afstemming')} geregistreerd door {nm(d, ctx.med, 'first')} op {od(d)}; {case(d)}."
    return f"[intern] {nm(d, ctx.med, 'init')} belt {later(d, ctx.res)} op {d.K(pick(r, ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']))} terug."


# --------------------------------------------------------------------------- property and land


def p_woz_objection(d: Doc, ctx: Ctx) -> str:
    r = d.r
    res, pt = ctx.res, ctx.partner
    caps = r.random() < 0.3
    head = f"{nm(d, res, 'caps' if caps else pick(r, ['full', 'init', 'two']))}\n{addr_line(d, ctx, caps)}\n\n"
    head += (
        f"Aan het college van burgemeester en wethouders van {d.K(ctx.muni)}\n{d.K('Afdeling ' + 'Belastingen')}\n\n"
    )
    body = f"{d.K(ctx.town)}, {od(d)}\n\n{d.K('Betreft')}: {d.K('bezwaar')} tegen de {d.K('WOZ-beschikking')} {r.choice(['2025', '2026'])}\n{case(d, pick(r, ['aanslagnummer', 'kenmerk', 'uw kenmerk']))}\n\n"
    body += f"Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen de vastgestelde {d.K('WOZ-waarde')} van {amt(d)} voor de woning aan de {d.P(ctx.street, 'ADDRESS')}. "
    body += f"Volgens mij is de waarde op de {d.K('waardepeildatum')} te hoog. De woning op {other_addr(d)} werd verkocht voor {amt(d)}, en die op {other_addr(d)} is groter. "
    if r.random() < 0.5:
        body += f"Mijn {pick(r, ['man', 'partner', 'vrouw'])} {nm(d, pt, pick(r, ['full', 'first']))} en ik vragen om een {d.K('taxatieverslag')}. "
    body += f"Het {d.K('dak')} lekt en de {d.K('keuken')} is uit {d.K(str(r.randint(1968, 1995)))}.\n\n"
    if r.random() < 0.5:
        body += (
            f"Een eventuele teruggave graag op rekening {ib(d)} ten name van {nm(d, res, pick(r, ['init', 'caps']))}.\n"
        )
    if r.random() < 0.45:
        body += f"Mijn {d.K('BSN')} is {bsn(d)}.\n"
    if r.random() < 0.45:
        body += f"Ik machtig {d.K('WOZ-bureau')} {d.K(pick(r, ['Waardecheck', 'Bezwaarpunt', 'Taxatiehulp']))} om namens mij op te treden ({dob_txt(d, res, ctx)}).\n"
    body += f"Bereikbaar op {ph(d, res)} of {em(d, res)}.\n\nMet vriendelijke groet,\n{nm(d, res, pick(r, ['full', 'first', 'init']))}"
    if r.random() < 0.4:
        body += f"\n\n{d.K('Handtekening')}: {nm(d, res, 'paraph')} / {nm(d, pt, 'full')}"
    return head + body


def p_taxation(d: Doc, ctx: Ctx) -> str:
    r = d.r
    lines = [d.K("TAXATIEVERSLAG") + " " + d.K("Wet WOZ"), f"{case(d, 'objectkenmerk')}"]
    lines.append(
        f"{d.K('Belanghebbende')}: {nm(d, ctx.res, 'sf')}"
        + (f", {dob_txt(d, ctx.res, ctx, cue=False)}" if r.random() < 0.3 else "")
    )
    if r.random() < 0.5:
        lines.append(f"{d.K('Mede-eigenaar')}: {nm(d, ctx.partner, pick(r, ['full', 'sf', 'init']))}")
    lines.append(f"{d.K('Adres object')}: {d.P(ctx.addr, 'ADDRESS')}, {d.P(ctx.pc, 'POSTCODE')} {d.K(ctx.town)}")
    lines.append(
        f"{d.K('Bouwjaar')}: {d.K(str(r.randint(1925, 2012)))} | {d.K('Inhoud')}: {d.K(str(r.randint(240, 780)) + ' m3')}"
    )
    lines.append(f"{d.K('Waardepeildatum')}: {d.K('1 januari 2025')}")
    lines.append("")
    lines.append("| referentie | adres | verkoopdatum | koopsom |")
    lines.append("|---|---|---|---|")
    for i in range(r.randint(2, 4)):
        lines.append(f"| {i + 1} | {other_addr(d)} | {od(d)} | {amt(d)} |")
    lines.append("")
    lines.append(
        f"Vastgestelde waarde: {amt(d)}. {d.K('Taxateur')}: {nm(d, ctx.off, pick(r, ['init', 'full']))} ({nm(d, ctx.off, 'paraph')})."
    )
    if r.random() < 0.5:
        lines.append(
            f"Opmerking: {later(d, ctx.res)} liet tijdens de {d.K('inpandige opname')} de {d.K('zolder')} zien; volgens {nm(d, ctx.off2, 'title')} geen aanpassing."
        )
    return "\n".join(lines)


def p_hearing(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [f"{d.K('Verslag')} {d.K('telefonische hoorzitting')} {d.K('WOZ')} — {od(d)}", case(d)]
    t.append(
        f"{d.K('Locatie')}: {d.K(pick(r, ['Stadskantoor', 'Gemeentehuis', 'Raadhuis', 'Dienstencentrum']))}, {d.K('spreekkamer')} {r.randint(1, 9)}"
    )
    t.append(
        f"{d.K('Aanwezig')}: {nm(d, ctx.res, pick(r, ['title', 'title_init', 'full']))} ({d.K('bezwaarmaker')}), "
        f"{nm(d, ctx.off, 'full')} ({d.K(ctx.role)}), {nm(d, ctx.med, pick(r, ['full', 'init']))} ({d.K('bemiddelaar')})"
    )
    t.append(
        f"{later(d, ctx.res)} vertelt dat de buren op {other_addr(d)} hun {d.K('aanbouw')} nooit hebben gemeld. "
        f"{nm(d, ctx.off, 'first')} legt uit hoe de {d.K('vergelijkingsmethode')} werkt."
    )
    if r.random() < 0.6:
        t.append(
            f'Haar {pick(r, ["zoon", "dochter"])} {nm(d, ctx.child, "first")} vult aan: "We hebben in {d.K(pick(r, C.MONTHS))} nog een {d.K("taxatie")} laten doen."'
        )
    t.append(f"{d.K('Uitkomst')}: de waarde wordt verlaagd naar {amt(d)}; {d.K('uitspraak')} volgt voor {od(d)}.")
    t.append(f"{nm(d, ctx.med, 'paraph')}")
    return "\n".join(t)


def p_leasehold(d: Doc, ctx: Ctx) -> str:
    r = d.r
    res, pt = ctx.res, ctx.partner
    t = f"{nm(d, res, pick(r, ['title_init', 'caps', 'init']))} en {nm(d, pt, pick(r, ['title_init', 'full']))}\n{addr_line(d, ctx, r.random() < 0.3)}\n\n"
    t += f"{d.K('Onderwerp')}: {d.K('omzetting erfpacht')} — {case(d, pick(r, ['ons kenmerk', 'dossiernummer']))}\n\n"
    t += f"Geachte {'mevrouw' if res.sex == 'f' else 'heer'} {d.P(res.surname(capital=True))},\n\n"
    t += f"U bent {d.K('erfpachter')} van het {d.K('perceel')} aan de {d.P(ctx.street, 'ADDRESS')}. Het {d.K('tijdvak')} loopt af op {od(d)}. "
    t += f"U kunt de {d.K('canon')} afkopen voor {amt(d)} of jaarlijks {amt(d)} betalen via {d.K('automatische incasso')} van {ib(d)}. "
    if r.random() < 0.5:
        t += f"De akte wordt gepasseerd bij notaris {nm(d, ctx.nb2, pick(r, ['init', 'full']))} ({em(d, ctx.nb2)}). "
    t += f"\n\n{generic_contact(d, ctx)}\n\n{sign_official(d, ctx)}"
    return t


def p_strip(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f"Van: {nm(d, ctx.res, pick(r, ['full', 'lower']))} <{em(d, ctx.res)}>\nAan: {d.K('grondzaken@' + ctx.domain)}\n"
    t += f"{d.K('Onderwerp')}: aankoop {d.K('snippergroen')} achter {d.P(ctx.addr, 'ADDRESS')}\n\n"
    t += f"Beste {d.K('Grondzaken')},\n\nSamen met {nm(d, ctx.nb, pick(r, ['full', 'title']))} van {other_addr(d)} willen wij de {d.K('groenstrook')} achter onze tuinen kopen. "
    t += f"Het gaat om ongeveer {d.K(str(r.randint(18, 95)) + ' m2')} langs de {d.P(ctx.street, 'ADDRESS')}. "
    if r.random() < 0.5:
        t += f"Volgens het {d.K('Kadaster')} is de gemeente eigenaar. "
    t += f"Kunt u een {d.K('prijsindicatie')} geven?\n\nGroet,\n{nm(d, ctx.res, pick(r, ['first', 'full']))}\n{ph(d, ctx.res)}\n\n"
    t += f"> Antwoord {od(d)}: {nm(d, ctx.off, 'full')} ({d.K(ctx.role)}) laat weten dat de {d.K('grondprijs')} {amt(d)} per m2 is. {case(d)}."
    return t


def p_foundation(d: Doc, ctx: Ctx) -> str:
    r = d.r
    sur = ascii_fold(ctx.res.last).lower().replace("'", "").replace(" ", "")
    t = [d.K("FUNDERINGSONDERZOEK") + f" — {d.P(ctx.addr.upper() if r.random() < 0.3 else ctx.addr, 'ADDRESS')}"]
    t.append(f"{d.K('Opdrachtgever')}: {nm(d, ctx.res, pick(r, ['sf', 'full', 'init']))}, {ph(d, ctx.res)}")
    t.append(f"{d.K('Inspecteur')}: {nm(d, ctx.off, pick(r, ['full', 'init']))}, {d.P(C.mobile(r), 'PHONE')}")
    t.append(
        f"{d.K('Bevindingen')}: scheuren in de {d.K('voorgevel')} en de {d.K('kelder')}; {d.K('houten palen')} mogelijk aangetast door {d.K('paalrot')}."
    )
    t.append(f"Foto's: {d.P(sur, 'PERSON')}-voorgevel-01.jpg, {sur}-kelder-02.jpg")
    if r.random() < 0.6:
        t.append(
            f"De buurwoning van {nm(d, ctx.nb, pick(r, ['title', 'full']))} ({other_addr(d)}) heeft dezelfde {d.K('fundering')}."
        )
    t.append(f"{d.K('Advies')}: {d.K('monitoring')} tot {od(d)}. {case(d)}")
    return "\n".join(t)


def p_asbestos(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [
        f"{d.K('Sloopmelding')} {d.K('asbest')} ({d.K('Omgevingsloket')})",
        case(d, pick(r, ["meldingsnummer", "registratienummer"])),
    ]
    t.append(f"{d.K('Melder')}: {nm(d, ctx.res, 'sf')}" + (f" ({d.K('BSN')} {bsn(d)})" if r.random() < 0.25 else ""))
    t.append(f"{d.K('Adres')}: {d.P(ctx.addr, 'ADDRESS')}, {d.P(ctx.pc, 'POSTCODE')} {d.K(ctx.town)}")
    t.append(f"{d.K('Telefoon')}: {ph(d, ctx.res)} — {d.K('E-mail')}: {em(d, ctx.res)}")
    t.append(
        f"{d.K('Saneerder')}: contactpersoon {nm(d, ctx.nb2, pick(r, ['full', 'init']))}, {d.P(C.mobile(r), 'PHONE')}; bus {d.P(C.plate(r), 'LICENSE_PLATE')}"
    )
    t.append(
        f"{d.K('Datum werkzaamheden')}: {od(d)}; {d.K('golfplaten')} van de {d.K('schuur')}, circa {d.K(str(r.randint(12, 80)) + ' m2')}."
    )
    if r.random() < 0.5:
        t.append(
            f"{pick(r, ['Buurman', 'Buurvrouw', 'Buur'])} {nm(d, ctx.nb, pick(r, ['first', 'full']))} maakt zich zorgen over stof; {nm(d, ctx.off, 'title')} van {d.K('Toezicht en Handhaving')} komt kijken."
        )
    return "\n".join(t)


def p_boundary(d: Doc, ctx: Ctx) -> str:
    r = d.r
    a, b = ctx.res, ctx.nb
    t = [f"{d.K('Afstemmingsgesprek')} {d.K('erfgrens')} — {od(d)}"]
    t.append(
        f"{d.K('Partijen')}: {nm(d, a, pick(r, ['full', 'two']))} ({d.P(ctx.addr, 'ADDRESS')}) en {nm(d, b, pick(r, ['full', 'init']))} ({other_addr(d)})"
    )
    t.append(f"{d.K('Landmeter')}: {nm(d, ctx.off2, pick(r, ['full', 'init']))} ({d.K('Kadaster')})")
    t.append(f"1. {later(d, a)} en {later(d, b)} accepteren de {d.K('grensreconstructie')} van {od(d)}.")
    t.append(f"2. De {d.K('schutting')} komt {d.K(str(r.randint(10, 60)) + ' cm')} terug; kosten {amt(d)} gedeeld.")
    t.append(f"3. {nm(d, ctx.child, 'first')} haalt de {d.K('coniferen')} weg.")
    t.append(
        f"{d.K('Paraaf')}: {nm(d, a, 'paraph')} / {nm(d, b, 'paraph')} — {d.K('bemiddelaar')} {nm(d, ctx.med, pick(r, ['full', 'first']))}"
    )
    return "\n".join(t)


def p_groundwater(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f"{d.K('Melding')} {d.K('grondwateroverlast')} {case(d)}\n"
    t += f'{nm(d, ctx.res, pick(r, ["lower", "full", "ascii"]))} schrijft: "sinds {d.K(pick(r, C.MONTHS))} staat er water in de {d.K("kruipruimte")}, ook bij {nm(d, ctx.nb, pick(r, ["lower", "first", "title"]))} op nummer {r.randint(2, 90)}. '
    t += f'de {d.K("pomp")} draait dag en nacht". {d.K("Adres")}: {d.P(ctx.addr, "ADDRESS")}. Bel {ph(d, ctx.res)}.\n'
    t += f"{d.K('Status')}: doorgezet naar {d.K('Openbare Ruimte')}, {nm(d, ctx.off, pick(r, ['init', 'full']))}; {d.K('peilbuis')} wordt geplaatst op {od(d)}."
    return t


PROPERTY = [
    p_woz_objection,
    p_taxation,
    p_hearing,
    p_leasehold,
    p_strip,
    p_foundation,
    p_asbestos,
    p_boundary,
    p_groundwater,
]


# --------------------------------------------------------------------------- guardianship and the end of life


def g_petition(d: Doc, ctx: Ctx) -> str:
    r = d.r
    res, ch = ctx.res, ctx.child
    t = [
        f"{d.K('VERZOEKSCHRIFT')} {d.K('onderbewindstelling')}",
        f"Aan de {d.K('kantonrechter')} van de {d.K('rechtbank')} {d.K(pick(r, ['Overijssel', 'Gelderland', 'Noord-Nederland', 'Oost-Brabant', 'Zeeland-West-Brabant']))}",
    ]
    t.append(f"{d.K('Verzoeker')}: {nm(d, ch, pick(r, ['full', 'two', 'sf']))}, {ph(d, ch)}, {em(d, ch)}")
    t.append(f"{d.K('Betrokkene')}: {nm(d, res, pick(r, ['two', 'sf', 'caps']))}, {dob_txt(d, res, ctx, 1930, 1965)}")
    t.append(f"{d.K('Adres')}: {addr_line(d, ctx)}")
    if r.random() < 0.6:
        t.append(f"{d.K('BSN')}: {bsn(d)}")
    t.append(
        f"{d.K('Voorgestelde bewindvoerder')}: {nm(d, ctx.off2, pick(r, ['full', 'init']))}, {d.K('Bewindvoering')} {d.K(pick(r, ['Noord', 'De Brug', 'Zorgvuldig', 'Op Orde']))}, {wem(d, ctx.off2, ctx)}"
    )
    t.append(
        f"{d.K('Grond')}: {d.K('verkwisting')} en {d.K('problematische schulden')}; de {d.K('huurachterstand')} is {amt(d)}."
    )
    if r.random() < 0.5:
        t.append(f"{later(d, res)} stemt in; broer {nm(d, ctx.partner, 'first')} is op de hoogte.")
    t.append(f"{case(d, 'rekestnummer')} — {d.K(ctx.town)}, {od(d)}")
    return "\n".join(t)


def g_account(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [
        f"{d.K('Rekening en verantwoording')} {d.K(str(r.choice([2025, 2026])))}",
        f"{d.K('Rechthebbende')}: {nm(d, ctx.res, 'sf')}",
    ]
    t.append(f"{d.K('Beheerrekening')}: {ib(d, 'NL')} | {d.K('Leefgeldrekening')}: {ib(d, 'NL')}")
    t.append("")
    t.append("| post | inkomsten | uitgaven |")
    t.append("|---|---:|---:|")
    for post in r.sample(
        [
            "AOW",
            "Zorgtoeslag",
            "Huur",
            "Energie",
            "Zorgverzekering",
            "Leefgeld",
            "Eigen bijdrage CAK",
            "Gemeentelijke belastingen",
            "Aflossing",
        ],
        5,
    ):
        t.append(f"| {d.K(post)} | {amt(d) if r.random() < 0.4 else '-'} | {amt(d)} |")
    t.append("")
    if r.random() < 0.6:
        t.append(
            f"Schenking aan kleinzoon {nm(d, ctx.child, pick(r, ['first', 'full']))} ({ib(d)}) op {od(d)} — met {d.K('machtiging')} van de kantonrechter."
        )
    t.append(
        f"{d.K('Bewindvoerder')}: {nm(d, ctx.off2, pick(r, ['init', 'full']))} ({nm(d, ctx.off2, 'paraph')}), {d.P(C.landline(r), 'PHONE')}"
    )
    t.append(case(d, pick(r, ["dossiernummer", "zaaknummer"])))
    return "\n".join(t)


def g_mentor(d: Doc, ctx: Ctx) -> str:
    r = d.r
    home = pick(
        r, ["Zorgcentrum De Wingerd", "Woonzorgcentrum Het Baken", "Verpleeghuis De Zonnehof", "Zorgboerderij De Kaai"]
    )
    t = f"{d.K('Mentorschap')} — {d.K('verslag')} {od(d)}\n\n"
    t += f"Bezoek aan {nm(d, ctx.res, pick(r, ['title', 'full', 'title_init']))} in {d.K(home)}. "
    t += f"{later(d, ctx.res)} herkende mij niet meteen, maar wilde wel praten over haar {d.K('kleinkinderen')}. "
    t += f"De {d.K('specialist ouderengeneeskunde')}, {nm(d, ctx.off, pick(r, ['title', 'full']))}, stelt voor de {d.K('medicatie')} aan te passen; ik ga akkoord. "
    t += f"Dochter {nm(d, ctx.child, pick(r, ['first', 'full']))} ({ph(d, ctx.child)}) wil vaker op bezoek. "
    if r.random() < 0.5:
        t += f"{d.K('Geboortedatum')} cliënt voor het dossier: {d.P(ctx.res.dob(r, 1925, 1950), 'DATE_OF_BIRTH')}. "
    t += f"\n\n{d.K('Mentor')}: {nm(d, ctx.med, pick(r, ['full', 'init']))}\n{case(d)}"
    return t


def g_abuse(d: Doc, ctx: Ctx) -> str:
    r = d.r
    res, ch = ctx.res, ctx.child
    t = [f"{d.K('Signaal')} {d.K('financiële uitbuiting')} ({d.K('meldcode')}) — {od(d)}"]
    t.append(
        f"{d.K('Betreft')}: {nm(d, res, pick(r, ['full', 'sf', 'caps']))}, {dob_txt(d, res, ctx, 1928, 1950)}, {d.P(ctx.addr, 'ADDRESS')}"
    )
    t.append(
        f"{d.K('Melder')}: {nm(d, ctx.nb, pick(r, ['full', 'init']))}, {d.K('medewerker')} van de {d.K('bank')}, {d.P(C.landline(r), 'PHONE')}"
    )
    t.append(
        f"Er gaan sinds {d.K(pick(r, C.MONTHS))} grote bedragen ({amt(d)}) naar {ib(d)}, op naam van kleinzoon {nm(d, ch, 'nick' if ch.nick else pick(r, ['full', 'first']))}."
    )
    t.append(
        f"{later(d, ch)} rijdt volgens buren sinds kort in een auto met kenteken {d.P(C.plate(r), 'LICENSE_PLATE')}."
    )
    t.append(
        f"{d.K('Afspraak')}: {nm(d, ctx.off, pick(r, ['first', 'full']))} ({d.K('Sociaal Domein')}) gaat samen met {d.K('Veilig Thuis')} op huisbezoek. {case(d)}"
    )
    return "\n".join(t)


def g_funeral(d: Doc, ctx: Ctx) -> str:
    r = d.r
    res = ctx.res
    t = [f"{d.K('Gemeentelijke lijkbezorging')} (artikel 21 {d.K('Wet op de lijkbezorging')})", case(d)]
    t.append(f"{d.K('Overledene')}: {nm(d, res, pick(r, ['two', 'caps', 'sf']))}")
    t.append(f"{dob_txt(d, res, ctx, 1934, 1975)}, {d.K('overleden')} op {od(d)}")
    t.append(f"{d.K('Laatste adres')}: {d.P(ctx.addr, 'ADDRESS')}, {d.P(ctx.pc, 'POSTCODE')} {d.K(ctx.town)}")
    t.append(
        f"Zoektocht naar familie: broer {nm(d, ctx.partner, pick(r, ['full', 'first']))} woont in het buitenland ({d.P(C.foreign_phone(r), 'PHONE')}), wil niet betalen."
    )
    t.append(
        f"{d.K('Uitvaartondernemer')}: {nm(d, ctx.nb2, pick(r, ['full', 'init']))}; {d.K('crematie')} op {od(d)} zonder plechtigheid."
    )
    t.append(
        f"Kosten {amt(d)} worden verhaald op de {d.K('nalatenschap')}; {d.K('bankrekening')} {ib(d)} is {d.K('geblokkeerd')}."
    )
    t.append(f"{nm(d, ctx.off, 'paraph')} / {nm(d, ctx.off, pick(r, ['full', 'init']))}, {d.K('Publiekszaken')}")
    return "\n".join(t)


def g_clearance(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f"{d.K('Woningontruiming')} na overlijden — {case(d)}\n\n"
    t += f"Huurder {nm(d, ctx.res, pick(r, ['full', 'title_init', 'sf']))} ({d.P(ctx.addr, 'ADDRESS')}) is op {od(d)} overleden. "
    t += f"De {d.K('erfgenamen')}, {nm(d, ctx.child, pick(r, ['full', 'two']))} en {nm(d, ctx.partner, pick(r, ['full', 'init']))}, hebben de {d.K('sleutels')} nog niet ingeleverd. "
    t += f"{d.K('Woningcorporatie')} {d.K(pick(r, ['Woonkracht', 'Thuisvester', 'De Woonmensen', 'Vechthorst Wonen']))} (contact: {nm(d, ctx.off2, pick(r, ['full', 'first']))}, {wem(d, ctx.off2, ctx)}) rekent {amt(d)} per maand door. "
    t += f"De {d.K('waarborgsom')} gaat naar {ib(d)}. "
    if r.random() < 0.5:
        t += f"{later(d, ctx.child)} vraagt om uitstel tot {od(d)}; {d.K('bemiddelaar')} {nm(d, ctx.med, pick(r, ['first', 'full']))} belt de corporatie."
    return t


def g_attorney(d: Doc, ctx: Ctx) -> str:
    r = d.r
    res = ctx.res
    t = [
        f"{d.K('Uittreksel')} {d.K('levenstestament')}",
        f"{d.K('Volmachtgever')}: {nm(d, res, pick(r, ['two', 'caps', 'full']))}",
    ]
    t.append(f"{dob_txt(d, res, ctx, 1938, 1962)}, wonende {addr_line(d, ctx)}")
    t.append(
        f"{d.K('Gevolmachtigden')}: {nm(d, ctx.child, pick(r, ['full', 'two']))} ({ph(d, ctx.child)}) en {nm(d, ctx.partner, pick(r, ['full', 'init']))}"
    )
    t.append(
        f"{d.K('Notaris')}: {nm(d, ctx.off2, 'title_init' if r.random() < 0.5 else 'init')}, {d.K('akte')} van {od(d)}"
    )
    t.append(
        f"{d.K('Registratie')} in het {d.K('Centraal Levenstestamentenregister')}: {d.P(C.case_number(r), 'CASE_NUMBER')}"
    )
    if r.random() < 0.5:
        t.append(
            f"Opmerking {nm(d, ctx.off, 'paraph')}: {later(d, ctx.child)} beheert nu ook de {d.K('betaalrekening')} {ib(d)}."
        )
    return "\n".join(t)


def g_taxletter(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f"{d.K('Bewindvoering')} {d.K(pick(r, ['Op Orde', 'Het Anker', 'Balans', 'Rust en Regel']))}\n{d.K('t.a.v.')} {d.K('Belastingen')}\n\n"
    t += f"{d.K('Betreft')}: {nm(d, ctx.res, pick(r, ['sf', 'title_init', 'caps']))}, {dob_txt(d, ctx.res, ctx)}\n{case(d, pick(r, ['aanslagnummer', 'uw kenmerk']))}\n\n"
    t += f"Geachte heer, mevrouw,\n\nSinds {od(d)} ben ik {d.K('bewindvoerder')} van bovengenoemde. Ik verzoek u de {d.K('aanslag')} van {amt(d)} in {d.K(str(r.randint(6, 24)))} termijnen te laten betalen vanaf {ib(d)}. "
    t += f"Post graag naar ons {d.K('correspondentieadres')}, niet naar {d.P(ctx.addr, 'ADDRESS')}.\n\n"
    t += f"Met vriendelijke groet,\n{nm(d, ctx.off2, pick(r, ['full', 'init']))}\n{d.P(C.landline(r), 'PHONE')} | {wem(d, ctx.off2, ctx)}"
    return t


GUARDIAN = [g_petition, g_account, g_mentor, g_abuse, g_funeral, g_clearance, g_attorney, g_taxletter]


# --------------------------------------------------------------------------- the countryside


def r_farmvisit(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [f"{d.K('Controlerapport')} {d.K('Omgevingsdienst')} — {d.K('erfbezoek')} {od(d)}", case(d)]
    t.append(
        f"{d.K('Inrichting')}: {d.K(pick(r, ['melkveehouderij', 'varkenshouderij', 'pluimveebedrijf', 'geitenhouderij']))}, {d.P(ctx.addr, 'ADDRESS')}, {d.K(ctx.town)}"
    )
    t.append(
        f"{d.K('Aanwezig')}: {nm(d, ctx.res, pick(r, ['full', 'title', 'title_init']))} en {nm(d, ctx.partner, pick(r, ['first', 'full']))}; {d.K('toezichthouder')} {nm(d, ctx.off, pick(r, ['init', 'full']))}"
    )
    t.append(
        f"{d.K('Dieraantallen')}: {d.K(str(r.randint(40, 2400)))} stuks; {d.K('mestkelder')} {d.K('gecontroleerd')}."
    )
    t.append(
        f"{d.K('Bevinding')}: {d.K('kuilvoer')} onafgedekt; trekker {d.P(C.tractor_plate(r), 'LICENSE_PLATE')} lekt olie op het erf."
    )
    t.append(
        f'{later(d, ctx.res)}: "Mijn {pick(r, ["zoon", "dochter"])} {nm(d, ctx.child, "first")} neemt het bedrijf over."'
    )
    t.append(f"{d.K('Hercontrole')}: {od(d)}. {nm(d, ctx.off, 'paraph')}")
    return "\n".join(t)


def r_odour(d: Doc, ctx: Ctx) -> str:
    r = d.r
    farmer = ctx.nb
    t = [
        f"{d.K('Stankdagboek')} van {nm(d, ctx.res, pick(r, ['full', 'lower', 'caps']))} ({d.P(ctx.street, 'ADDRESS')})"
    ]
    for _ in range(r.randint(3, 5)):
        t.append(
            f"- {od(d)} {r.randint(6, 23):02d}:{r.choice(['00', '15', '30', '45'])} — {d.K(pick(r, ['mestlucht', 'ammoniak', 'zoete lucht', 'stank']))}, wind {d.K(pick(r, ['zuidwest', 'west', 'noordwest', 'oost']))}; {pick(r, ['ramen dicht', 'was binnengehaald', 'kinderen binnen'])}."
        )
    t.append(
        f"Bedrijf van {nm(d, farmer, pick(r, ['full', 'title', 'title_init']))} aan de {other_addr(d)}. Gebeld met {later(d, farmer)} maar die zegt dat het aan het {d.K('uitrijden')} ligt."
    )
    t.append(
        f"Contact: {ph(d, ctx.res)} / {em(d, ctx.res)}. Melding bij {d.K('Omgevingsdienst')}: {d.P(C.case_number(r), 'CASE_NUMBER')}"
    )
    return "\n".join(t)


def r_wildlife(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [
        f"{d.K('Aanvraag')} {d.K('tegemoetkoming faunaschade')} ({d.K('BIJ12')})",
        case(d, pick(r, ["schadenummer", "aanvraagnummer"])),
    ]
    t.append(
        f"{d.K('Aanvrager')}: {nm(d, ctx.res, pick(r, ['sf', 'caps', 'two']))}, {dob_txt(d, ctx.res, ctx, 1950, 1995)}"
    )
    t.append(f"{d.K('Bedrijfsadres')}: {addr_line(d, ctx)}")
    t.append(
        f"{d.K('Schade')}: {d.K(pick(r, ['grauwe ganzen', 'smienten', 'wilde zwijnen', 'kraaien']))} in {d.K(pick(r, ['grasland', 'wintertarwe', 'maïs', 'spruitkool']))}, circa {d.K(str(r.randint(2, 40)) + ' hectare')}."
    )
    t.append(
        f"{d.K('Taxateur')}: {nm(d, ctx.off, pick(r, ['full', 'init']))} ({d.P(C.mobile(r), 'PHONE')}); {d.K('taxatiedatum')} {od(d)}"
    )
    t.append(f"{d.K('Uitbetaling')} op {ib(d)} t.n.v. {nm(d, ctx.res, pick(r, ['init', 'caps']))}")
    if r.random() < 0.5:
        t.append(
            f"{d.K('Jachthouder')} {nm(d, ctx.nb, pick(r, ['full', 'first']))} heeft {d.K('verjaagd')} met een {d.K('gaskanon')}."
        )
    return "\n".join(t)


def r_ditch(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f"{d.K('Waterschap')} — {d.K('schouw')} {od(d)} — {case(d)}\n\n"
    t += f"De {d.K('watergang')} tussen het perceel van {nm(d, ctx.res, pick(r, ['full', 'title']))} en de {d.K('weide')} van {nm(d, ctx.nb, pick(r, ['full', 'title_init']))} is niet {d.K('geschoond')}. "
    t += f"{later(d, ctx.nb)} vindt dat de {d.K('onderhoudsplicht')} bij de buren ligt; {later(d, ctx.res)} verwijst naar de {d.K('legger')}. "
    t += f"{d.K('Schouwmeester')} {nm(d, ctx.off, pick(r, ['full', 'init']))} geeft uitstel tot {od(d)}.\n"
    if r.random() < 0.5:
        t += f"Kopie aan {d.K('bemiddelaar')} {nm(d, ctx.med, 'full')} ({wem(d, ctx.med, ctx)})."
    return t


def r_verge(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f'{d.K("Melding")} {d.K("bermschade")}\n{nm(d, ctx.res, pick(r, ["lower", "full"]))} meldt: "een {d.K("loonwerker")} reed met trekker {d.P(C.tractor_plate(r), "LICENSE_PLATE")} en een kar de {d.K("berm")} kapot voor {d.P(ctx.addr, "ADDRESS")}. '
    t += f'de chauffeur heette {nm(d, ctx.nb, pick(r, ["first", "lower"]))} volgens mijn buurvrouw {nm(d, ctx.nb2, pick(r, ["first", "title"]))}."\n'
    t += f"Foto's in de bijlage. Telefoon {ph(d, ctx.res)}.\n"
    t += f"{d.K('Afhandeling')}: {nm(d, ctx.off, pick(r, ['full', 'first']))} ({d.K('Team Buitengebied')}) verhaalt {amt(d)} op het {d.K('loonbedrijf')}. {case(d)}"
    return t


def r_campsite(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [
        f"{d.K('Nachtregister')} {d.K('kampeerboerderij')} {d.K(pick(r, ['De Ganzenhoeve', 'Het Wilgenerf', 'De Drie Linden', 'Hoeve Veldzicht']))} — {d.K(pick(r, C.MONTHS))}"
    ]
    t.append(f"{d.K('Gastheer')}: {nm(d, ctx.res, pick(r, ['full', 'sf']))}, {ph(d, ctx.res)}")
    t.append("naam;woonplaats;nachten;kenteken")
    for p in (ctx.nb, ctx.nb2, ctx.partner):
        t.append(
            f"{nm(d, p, pick(r, ['full', 'sf', 'caps', 'lower']))};{d.K(pick(r, P.TOWNS))};{r.randint(1, 9)};{d.P(C.plate(r), 'LICENSE_PLATE')}"
        )
    t.append(
        f"Drukste week: tijdens de {d.K(pick(r, ['Boerenmarkt', 'Oogstfeesten', 'Fietsvierdaagse', 'Open Boerderijdag', 'Paardenmarkt']))}."
    )
    t.append(f"{d.K('Toeristenbelasting')}: {amt(d)}; aangifte via {d.K('Belastingen')}. {case(d)}")
    return "\n".join(t)


def r_stable(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = f"{d.K('Zienswijze')} {d.K('paardenhouderij')} — {case(d, pick(r, ['zaaknummer', 'kenmerk']))}\n\n"
    t += f"Wij, ondergetekenden, maken bezwaar tegen de {d.K('rijhal')} die {nm(d, ctx.nb, pick(r, ['full', 'title_init']))} wil bouwen aan de {other_addr(d)}. "
    t += f"Wij vrezen {d.K('vliegen')}, {d.K('stof')} en {d.K('verkeer')} van {d.K('paardentrailers')}.\n\n"
    t += "| naam | adres | handtekening |\n|---|---|---|\n"
    t += f"| {nm(d, ctx.res, pick(r, ['full', 'init']))} | {d.P(ctx.addr, 'ADDRESS')} | {nm(d, ctx.res, 'paraph')} |\n"
    t += f"| {nm(d, ctx.partner, pick(r, ['full', 'first']))} | idem | {nm(d, ctx.partner, 'paraph')} |\n"
    t += f"| {nm(d, ctx.nb2, pick(r, ['full', 'caps']))} | {other_addr(d)} | ... |\n\n"
    t += f"Contactpersoon: {nm(d, ctx.res, 'first')}, {em(d, ctx.res)}"
    return t


def r_hunting(d: Doc, ctx: Ctx) -> str:
    r = d.r
    t = [
        f"{d.K('Ontheffing')} {d.K('schadebestrijding')} — {d.K('Provincie')}",
        case(d, pick(r, ["registratienummer", "kenmerk"])),
    ]
    t.append(
        f"{d.K('Jachtaktehouder')}: {nm(d, ctx.nb, pick(r, ['two', 'sf', 'full']))}, {dob_txt(d, ctx.nb, ctx, 1950, 2000)}"
    )
    t.append(f"{d.K('Jachtakte')}: {d.P(C.case_number(r), 'CASE_NUMBER')}")
    if r.random() < 0.3:
        t.append(f"{d.K('BSN')} {d.K('aanvrager')}: {bsn(d)}")
    t.append(
        f"{d.K('Grondgebruiker')}: {nm(d, ctx.res, pick(r, ['full', 'title_init']))}, {d.P(ctx.addr, 'ADDRESS')}, {ph(d, ctx.res)}"
    )
    t.append(f"{d.K('Soort')}: {d.K(pick(r, ['vos', 'konijn', 'kraai', 'houtduif']))}; geldig tot {od(d)}.")
    if r.random() < 0.5:
        t.append(
            f"{d.K('Klacht')} van wandelaar {nm(d, ctx.nb2, pick(r, ['full', 'title']))} ({em(d, ctx.nb2)}) over schoten op {d.K('zondag')}."
        )
    return "\n".join(t)


RURAL = [r_farmvisit, r_odour, r_wildlife, r_ditch, r_verge, r_campsite, r_stable, r_hunting]


# --------------------------------------------------------------------------- known file

FRAMES = [
    "In het verslag staat ook iets over {np}.",
    "Op de foto's is {np} goed te zien.",
    "Hij vertelde uitgebreid over {np}.",
    "Volgens de buren gaat het om {np}.",
    "Later kwam het gesprek nog op {np}.",
    "Ze wees tijdens het bezoek naar {np}.",
    "Daarnaast noemde de toezichthouder {np}.",
    "In de bijlage zit een foto van {np}.",
]


def known_person(d: Doc, ctx: Ctx, idx: int):
    r = d.r
    n_s = len(KN.SURNAMES)
    if idx % 12 == 11:
        word, p1, p2 = KN.FIRST_NAMES[(idx // 12) % len(KN.FIRST_NAMES)]
        base = C.make_person(r, used=ctx.used)
        p = C.Person(word, base.last, base.particle, pick(r, "fm"), base.origin, "", "", r)
        return p, word, p1, p2
    parts, word, p1, p2 = KN.SURNAMES[(idx * 7) % n_s]
    base = C.make_person(
        r, origin=pick(r, ["nederlands", "nederlands_tussenvoegsel", "fries", "limburgs_brabants"]), used=ctx.used
    )
    p = C.Person(base.first, word, pick(r, parts), base.sex, base.origin, "", "", r)
    return p, word, p1, p2


def known_doc(d: Doc, ctx: Ctx, idx: int) -> tuple[str, dict]:
    r = d.r
    p, word, p1, p2 = known_person(d, ctx, idx)
    known = {"names": [p.full()]}
    k = idx % 8

    def s1():
        return pick(r, FRAMES).replace("{np}", d.K(p1))

    def full():
        return d.P(p.full())

    def title_sur():
        return p.title_short(r) + " " + d.P(p.surname(capital=True))

    if k == 0:
        t = f"{d.K('Verslag')} {d.K('WOZ-hoorzitting')} {od(d)}\n{full()} ({d.P(ctx.addr, 'ADDRESS')}) maakte {d.K('bezwaar')}. {s1()} {title_sur()} kreeg gelijk. {case(d)}"
    elif k == 1:
        e = p.email(r)
        known["emails"] = [e]
        t = f"{d.K('Erfpacht')}: mail van {full()} <{d.P(e, 'EMAIL')}>. {s1()} De {d.K('canon')} blijft {amt(d)}. {title_sur()} wil een gesprek met {nm(d, ctx.off, 'full')}."
    elif k == 2:
        tail = (" " + p.particle) if p.particle else ""
        t = f"{d.K('Verzoekschrift')} {d.K('bewind')}\n{d.K('Betrokkene')}: {d.P(p.last)}, {d.P(p.first)}{tail}\n{dob_txt(d, p, ctx, 1935, 1970)}\n{s1()} {title_sur()} stemt in; ondertekend {full()}. {case(d, 'rekestnummer')}"
    elif k == 3:
        ph_ = p.phone(r)
        known["phones"] = [ph_]
        t = f"{d.K('Stankdagboek')}, {od(d)}: {full()} belde ({d.P(ph_, 'PHONE')}). {s1()} Melding doorgezet; {title_sur()} krijgt bericht."
    elif k == 4:
        t = f"{d.K('Erfbezoek')} {od(d)} bij {title_sur()}, {d.P(ctx.addr, 'ADDRESS')}. {s1()} {d.K('Toezichthouder')} {nm(d, ctx.off, 'init')}. Ondertekend: {full()}."
    elif k == 5:
        t = f"{d.K('FAUNASCHADE')} — {d.P(p.full().upper())}\n{s1()} {d.K('Uitbetaling')} op {ib(d)} t.n.v. {d.P(p.init_name())}. Later bevestigd door {full()}."
    elif k == 6:
        t = f"{d.K('Gemeentelijke lijkbezorging')}: contact met {full()} over een {d.K('oom')}. {s1()} {d.P(p.first)} belt terug op {d.K(pick(r, ['maandag', 'dinsdag', 'donderdag']))}. {case(d)}"
    else:
        t = f"{d.K('Erfgrens')}: {full()} en {nm(d, ctx.nb, 'full')} spraken af bij de {d.K('schutting')}. {s1()} {title_sur()} tekent op {od(d)}."
    if r.random() < 0.5:
        t += " " + pick(r, FRAMES).replace("{np}", d.K(p2))
    return t, known
