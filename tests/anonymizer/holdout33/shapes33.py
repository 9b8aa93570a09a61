"""Document context and the shapes of holdout33's four files (round thirty-three, helper H1)."""

from __future__ import annotations

from core33 import (
    CASE_CUES,
    DOB_CUES,
    K,
    M,
    P,
    Person,
    amount,
    bsn,
    case,
    dob,
    fold,
    housenr,
    iban,
    landline,
    mobile,
    phone,
    plain_date,
    plate,
    postcode,
    street,
)
from pools33 import DEPARTMENTS, FUNCTIONS, ORGS, TOWNS, WEEKDAYS, WORDNAME_FIRST, WORDNAME_ORIGIN, WORDNAMES


class Ctx:
    def __init__(self, r):
        self.r = r
        self.town = r.choice(TOWNS)
        self.domain = self.town.lower().replace(" ", "") + ".nl"
        self.med = Person(r)
        self.med_mail = self.med.work_email(r, "afstemming-" + self.domain)

    def p(self, **kw) -> Person:
        return Person(self.r, **kw)

    def fam(self, p: Person, female: bool | None = None, avoid=()) -> Person:
        """A family member sharing the family name, with another first name (of the asked gender where the pool allows)."""
        q = None
        for _ in range(12):
            q = Person(self.r, origin=p.origin, surname=p.surname, particle=p.particle or None)
            if q.first != p.first and q.first not in avoid and (female is None or q.female == female):
                break
        return q

    def title(self, p: Person) -> str:
        t = self.r.choice(["mevrouw", "mw.", "Mevr.", "mevr."] if p.female else ["meneer", "dhr.", "de heer", "Dhr."])
        return f"{t} {P(p.sur())}"

    def nm(self, p: Person, forms=("full", "full", "title", "ini", "surfirst", "caps", "two", "fold", "nick")) -> str:
        f = self.r.choice(forms)
        if f == "title":
            return self.title(p)
        if f == "ini":
            return P(p.initials())
        if f == "surfirst":
            return f"{P(p.sur())}, {P(p.first)}"
        if f == "caps":
            return P(p.caps())
        if f == "two":
            return P(p.fulltwo())
        if f == "fold" and fold(p.full()) != p.full():
            return P(fold(p.full()))
        if f == "nick" and p.nick:
            return f"{P(p.nick)} ({P(p.full())})"
        if f == "lower":
            return P(p.full().lower())
        return P(p.full())

    def addr(self, caps=False) -> str:
        s, n = street(self.r), housenr(self.r)
        a = f"{s} {n}"
        return M("ADDRESS", a.upper() if caps else a)

    def addr_block(self, p: Person, caps=False) -> str:
        name = P(p.caps()) if caps else (P(p.initials()) if self.r.random() < 0.5 else P(p.full()))
        pc = postcode(self.r)
        town = self.town.upper() if caps else self.town
        return f"{name}\n{self.addr(caps)}\n{M('POSTCODE', pc.upper() if caps else pc)}  {K(town)}"

    def case(self, cue=True) -> str:
        c = M("CASE_NUMBER", case(self.r))
        if not cue:
            return c
        cue = self.r.choice(CASE_CUES)
        return f"{K(cue)} {c}" if self.r.random() < 0.6 else f"{K(cue)}: {c}"

    def dob(self, lo=1935, hi=2008, cue=True) -> str:
        d = M("DATE_OF_BIRTH", dob(self.r, lo, hi))
        if not cue or self.r.random() < 0.2:
            return f"({d})" if self.r.random() < 0.5 else d
        c = self.r.choice(DOB_CUES)
        kc = K(c) if c[0].isalpha() and c not in ("DOB",) and not c.endswith(":") else c
        return f"{kc} {d}"

    def ph(self, kind=None) -> str:
        return M("PHONE", {"m": mobile, "l": landline}.get(kind, phone)(self.r))

    def mail(self, p: Person) -> str:
        return M("EMAIL", p.email(self.r))

    def wmail(self, p: Person) -> str:
        return M("EMAIL", p.work_email(self.r, self.domain))

    def date(self) -> str:
        return K(plain_date(self.r))

    def amt(self) -> str:
        return K(amount(self.r))

    def dept(self) -> str:
        return K(self.r.choice(DEPARTMENTS))

    def func(self) -> str:
        return K(self.r.choice(FUNCTIONS))

    def org(self) -> str:
        return K(self.r.choice(ORGS))

    def generic(self) -> str:
        return K(
            self.r.choice(["info@", "post@", "afstemming@", "wonen@", "meldpunt@", "privacy@", "burgerzaken@"])
            + self.domain
        )

    def k14(self) -> str:
        return K("14 0" + str(self.r.randint(10, 599)))

    def official(self) -> tuple[Person, str]:
        o = self.p()
        return o, f"{self.nm(o, ('full', 'ini', 'title'))} ({self.func()}, {self.dept()})"

    def sign(self, p: Person) -> str:
        x = self.r.randrange(4)
        if x == 0:
            return (
                f"Met vriendelijke groet,\n{P(p.full())}\n{self.func()}, {self.dept()}\n{self.wmail(p)} | {self.k14()}"
            )
        if x == 1:
            return f"Groet,\n{P(p.first)}"
        if x == 2:
            return f"Hoogachtend,\n\n{P(p.initials())}\n{self.func()}"
        return f"m.v.g. {P(p.paraph(self.r))}"

    def ps(self, p: Person) -> str:
        """A mediator's postscript with identifiers (about a quarter of the documents)."""
        r = self.r
        x = r.randrange(5)
        if x == 0:
            return f"\n\nNotitie bemiddelaar ({P(self.med.first)}): {self.case()} gekoppeld; {K('BSN')} {P(p.sur())} {M('BSN', bsn(r))} gecontroleerd in de BRP."
        if x == 1:
            return f"\n\nPS {P(self.med.paraph(r))}: terugbetaling naar {M('IBAN', iban(r))} t.n.v. {P(p.initials())}, {self.case()}."
        if x == 2:
            return f"\n\n-- {K('Intern')}: auto van {self.title(p)} ({M('LICENSE_PLATE', plate(r))}) staat op de melding; {self.case()}."
        if x == 3:
            return f"\n\n[bijlage: {M('CASE_NUMBER', case(r))}_{P(fold(p.surname).lower().replace(' ', ''))}.pdf]"
        return f"\n\nBemiddelaar: {P(self.med.full())}, {M('EMAIL', self.med_mail)}, {self.ph('m')}"


def pick(r, *opts):
    return r.choice(opts)


# ================================================================ hoard: hygiene, hoarding, vermin, neglected homes
def h_outreach(c: Ctx) -> str:
    r = c.r
    p, nb, sis = c.p(), c.p(), None
    sis = c.fam(p, female=True)
    doc = c.p()
    worker = c.p()
    lines = [
        f"{K('Bemoeizorg')} – {K('logboek')} {c.case(cue=False)}",
        f"{K('Cliënt')}: {P(p.sur())}, {P(p.first)} {c.dob(1940, 1975)} – {c.addr()}",
        f"{K('Melder')}: {c.title(nb)} ({K('buurtbewoner')}), {c.ph()}",
    ]
    for d in r.sample(WEEKDAYS[:5], r.randint(2, 4)):
        lines.append(
            pick(
                r,
                f"{K(d)} {r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])} – aangebeld, geen reactie. Briefje door de bus. {P(worker.paraph(r))}",
                f"{K(d)}: gesproken met {c.title(p)} aan de deur; ruikt sterk naar urine, veel vliegen. {P(p.first)} wil geen hulp. {P(worker.paraph(r))}",
                f"{K(d)}: zus {P(sis.full())} gebeld ({c.ph('m')}), zij heeft een sleutel en komt {K(WEEKDAYS[r.randrange(5)])}.",
                f"{K(d)}: overleg met {K('huisarts')} dokter {P(doc.sur())}; geen zorgmijding bekend bij de praktijk.",
                f"{K(d)}: {c.title(nb)} belde opnieuw, ratten in de achtertuin bij {P(p.sur())}.",
            )
        )
    lines.append(
        f"{K('Afspraak')}: {c.date()} samen met {P(sis.first)} en {c.org()} naar binnen. – {P(worker.full())}, {c.func()}"
    )
    return "\n".join(lines)


def h_checklist(c: Ctx) -> str:
    r = c.r
    p, insp, wc = c.p(), c.p(), c.p()
    boxes = [
        "Vrije looproutes",
        "Keuken bruikbaar",
        "Sanitair werkt",
        "Rookmelder aanwezig",
        "Ongedierte zichtbaar",
        "Brandgevaar (stapels)",
        "Huisdieren verzorgd",
        "Post geopend",
    ]
    rows = "\n".join(f"[{r.choice(['x', ' '])}] {K(b)}" for b in r.sample(boxes, 5))
    return (
        f"{K('CHECKLIST WOONSITUATIE')} – {c.case()}\n{K('Adres')}: {c.addr(caps=r.random() < 0.3)}, {M('POSTCODE', postcode(r))}\n"
        f"{K('Bewoner')}: {c.nm(p)} {c.dob()}\n{K('Clutter Image Rating')}: {r.randint(4, 9)} ({K('woonkamer')}), {r.randint(3, 9)} ({K('slaapkamer')})\n"
        f"{rows}\n{K('Inspectie')}: {P(insp.initials())} ({c.dept()}), met {c.title(wc)} van {c.org()}.\n"
        f"{K('Vervolg')}: {c.date()}; bij weigering {K('gesprek')} met {P(p.sur())} en {K('zoon')} {P(c.fam(p, female=False).first)}."
    )


def h_pest(c: Ctx) -> str:
    r = c.r
    p, nb, tech = c.p(), c.p(), c.p()
    pest = r.choice(
        [
            "ratten",
            "bedwantsen",
            "duiven op het balkon",
            "een wespennest",
            "kakkerlakken",
            "muizen",
            "zilvervisjes",
            "de eikenprocessierups",
        ]
    )
    return (
        f"{K('WERKORDER ONGEDIERTEBESTRIJDING')} {c.case(cue=False)}\n{K('Melding')}: {K(pest)}\n"
        f"{K('Melder')}: {c.nm(p)}, {c.addr()}, {c.ph()}, {c.mail(p)}\n"
        f"{K('Opmerking')}: volgens melder komt het van de buren, {c.title(nb)} op nummer {r.randint(1, 90)}; "
        f"auto {M('LICENSE_PLATE', plate(r))} blokkeert de achterom.\n"
        f"{K('Monteur')}: {P(tech.first)} ({c.org()}) – bezoek {c.date()}\n"
        f"{K('Kosten')}: {c.amt()}, te voldoen op {M('IBAN', iban(r, 'NL'))} o.v.v. {M('CASE_NUMBER', case(r))}."
    )


def h_mdo(c: Ctx) -> str:
    r = c.r
    p = c.p()
    ppl = [c.p() for _ in range(r.randint(3, 4))]
    att = "\n".join(f"- {P(q.full())} ({c.func()}) = {P(q.paraph(r))}" for q in ppl)
    rows = "\n".join(
        f"| {P(q.paraph(r))} | {K(w)} | {c.date()} |"
        for q, w in zip(
            ppl,
            r.sample(
                [
                    "huisbezoek plannen",
                    "schoonmaakbedrijf offerte",
                    "beschermingsbewind aanvragen",
                    "GGD inschakelen",
                    "ongediertebestrijding inplannen",
                    "budget checken",
                    "dierenambulance bellen",
                ],
                len(ppl),
            ),
        )
    )
    return (
        f"{K('MDO')} {K('Zorg en Overlast')} – {c.date()}\n{K('Betreft')}: {c.nm(p, ('caps', 'surfirst', 'full'))}, "
        f"{K('BSN')} {M('BSN', bsn(r))}, {c.addr()}\n{K('Aanwezig')}:\n{att}\n\n| wie | wat | wanneer |\n|---|---|---|\n{rows}\n\n"
        f"{K('Notulist')}: {P(c.med.full())} ({K('bemiddelaar')})."
    )


def h_complaint(c: Ctx) -> str:
    r = c.r
    me, nb = c.p(), c.p()
    kid = c.fam(me)
    return (
        f"Van: {P(me.full())} <{c.mail(me)}>\nAan: {c.generic()}\n{K('Onderwerp')}: stank bij {P(nb.sur())} ({c.addr()})\n\n"
        f"{K('Goedemiddag')},\n\nal weken stinkt het uit de brievenbus van {c.title(nb)}. er kruipen maden over de stoep en "
        f"mijn zoontje {P(kid.first)} durft niet meer langs. {K('Vorige week')} heb ik al gebeld met {c.k14()} maar er is niks gebeurd.\n"
        f"ik woon zelf op {c.addr()}, bel gerust {c.ph()}.\n\n{K('Groeten')}, {P(me.first)}"
    )


def h_warning(c: Ctx) -> str:
    r = c.r
    p, wc = c.p(), c.p()
    return (
        f"{c.addr_block(p, caps=r.random() < 0.35)}\n\n{K('Ons kenmerk')}: {c.case(cue=False)}\n{K('Datum')}: {c.date()}\n"
        f"{K('Betreft')}: {K('vervuiling van uw woning')}\n\n{K('Geachte')} {c.title(p)},\n\n"
        f"Bij de controle op {c.date()} zagen wij dat de woning ernstig vervuild is. Wij vragen u binnen {K('twee weken')} "
        f"contact op te nemen met {c.title(wc)}, {K('woonconsulent')}, via {c.ph('l')}.\n\n{c.sign(wc)}\n\n{K('cc')}: {P(c.med.full())}"
    )


def h_cleaning(c: Ctx) -> str:
    r = c.r
    p, contact = c.p(), c.p()
    son = c.fam(p, female=False)
    return (
        f"{K('OFFERTE ONTRUIMING EN REINIGING')} nr. {r.randint(1000, 9999)}\n{K('Opdrachtgever')}: {c.dept()} {K(c.town)}, "
        f"{K('contactpersoon')} {P(contact.initials())}\n{K('Object')}: {c.addr()}, {M('POSTCODE', postcode(r))} ({K('bewoner')} {c.nm(p)})\n"
        f"- {K('container')} 20 m³, {K('kenteken')} vrachtwagen {M('LICENSE_PLATE', plate(r))}\n- {K('reiniging')} keuken en sanitair\n"
        f"- {K('totaal')} {c.amt()}\n{K('Sleuteloverdracht')}: {K('zoon')} {P(son.full())}, {c.ph('m')}\n"
        f"{K('Betaling')} op {M('IBAN', iban(r))}, {c.case()}."
    )


def h_chat(c: Ctx) -> str:
    r = c.r
    p = c.p()
    dau = c.fam(p, female=True)
    d = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-26"
    t = lambda: f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}"
    me = c.med.first
    return (
        f"[{K(d)} {t()}] {P(dau.full())}: Hoi {P(me)}, mama ({P(p.first)}) laat vandaag de schoonmakers niet binnen 😞\n"
        f"[{K(d)} {t()}] {P(me)}: Dank je. Zal ik {K('morgen')} langskomen op de {c.addr()}?\n"
        f"[{K(d)} {t()}] {P(dau.first)}: ja graag, rond 10u. mijn nummer als ze niet opendoet: {c.ph('m')}\n"
        f"[{K(d)} {t()}] {P(me)}: Top. Ik zet het in {c.case()}."
    )


# ================================================================ moving: moving house and handovers
def m_change(c: Ctx) -> str:
    r = c.r
    p = c.p()
    co = []
    for _ in range(r.randint(0, 3)):
        co.append(c.fam(p, avoid={q.first for q in co}))
    lines = [
        f"{K('Verhuizing doorgeven')} – {K('ontvangen')} {c.date()} – {c.case()}",
        f"{K('Aangever')}: {c.nm(p, ('full', 'surfirst', 'caps', 'two'))}",
        f"{K('BSN')}: {M('BSN', bsn(r))}",
        f"{K('Geboortedatum')}: {M('DATE_OF_BIRTH', dob(r))}",
        f"{K('Oud adres')}: {c.addr()}, {M('POSTCODE', postcode(r))} {K(r.choice(TOWNS))}",
        f"{K('Nieuw adres')}: {c.addr()}, {M('POSTCODE', postcode(r))} {K(c.town)}",
        f"{K('Verhuisdatum')}: {c.date()}",
    ]
    for q in co:
        lines.append(f"{K('Meeverhuizer')}: {P(q.full())}, {c.dob(1990, 2024, cue=False)}")
    lines.append(f"{K('Bevestiging')} naar {c.mail(p)}; {K('telefoon')} {c.ph()}")
    return "\n".join(lines)


def m_exemption(c: Ctx) -> str:
    r = c.r
    p = c.p()
    cn = case(r)
    return (
        f"{K('Aanvraag ontheffing verhuiswagen')}\n{K('Naam')}: {c.nm(p)}\n{K('Locatie')}: voor {c.addr()}, "
        f"{r.randint(2, 4)} {K('parkeervakken')}\n{K('Datum')}: {c.date()}, 07:00–18:00\n{K('Kenteken verhuiswagen')}: {M('LICENSE_PLATE', plate(r))}\n"
        f"{K('Verhuisbedrijf')}: {c.org()}\n{K('Contact')}: {c.ph()}\n\nStatus volgen: https://loket.{c.domain}/ontheffing/{M('CASE_NUMBER', cn)}\n"
        f"{K('Leges')}: {c.amt()}"
    )


def m_handover(c: Ctx) -> str:
    r = c.r
    out, new, opz = c.p(), c.p(), c.p()
    defects = r.sample(
        [
            "gat in de deur",
            "vloerbedekking niet verwijderd",
            "schimmel in de badkamer",
            "sleutel berging ontbreekt",
            "kapotte tegel keuken",
            "tuin niet opgeruimd",
            "lekkende kraan",
        ],
        3,
    )
    return (
        f"{K('OPLEVERRAPPORT')} – {c.addr()} – {c.date()}\n{K('Vertrekkende huurder')}: {c.nm(out)}, {K('nieuw adres')} {c.addr()}\n"
        f"{K('Nieuwe huurder')}: {c.nm(new)}, {c.ph()}\n{K('Opzichter')}: {P(opz.initials())} ({c.org()})\n"
        f"{K('Meterstanden')}: {K('gas')} {r.randint(1000, 9999)}, {K('stroom')} {r.randint(10000, 99999)}\n"
        + "\n".join(f"- {K(d)}" for d in defects)
        + f"\n{K('Borg')}: {c.amt()} terug naar {M('IBAN', iban(r))}\n{K('Handtekening')}: {P(out.paraph(r))} / {P(new.paraph(r))} / {P(opz.paraph(r))}"
    )


def m_damage(c: Ctx) -> str:
    r = c.r
    p, agent = c.p(), c.p()
    inv = f"F{r.randint(2025, 2026)}-{r.randint(1000, 9999)}"
    return (
        f"Van: {P(agent.full())} <{M('EMAIL', agent.work_email(r, 'estafette-verhuizingen.nl'))}>\n"
        f"{K('Onderwerp')}: RE: schade {K('factuur')} {inv}\n\n{K('Beste')} {c.title(p)},\n\nWij erkennen de kras op de kast niet; "
        f"de inboedel is zo ingepakt.\n\n{P(agent.first)}\n\n> Op {c.date()} schreef {P(p.full())} <{c.mail(p)}>:\n"
        f"> mijn eettafel is bij de verhuizing naar de {c.addr()} beschadigd. ik wil {c.amt()} terug op\n"
        f"> {M('IBAN', iban(r))}. mijn nummer is {c.ph()}.\n> {P(p.first)}"
    )


def m_deposit(c: Ctx) -> str:
    r = c.r
    p, ll = c.p(), c.p()
    return (
        f"{K('Casusnotitie')} {c.case()} – {c.date()}\n{c.nm(p)} huurde een kamer aan de {c.addr()} van {c.title(ll)} "
        f"({c.mail(ll)}). De {K('borg')} van {c.amt()} is na de verhuizing niet terugbetaald. Ik heb {P(ll.sur())} gebeld "
        f"({c.ph()}); hij zegt dat de kamer vuil was. {K('Volgende stap')}: uitleg over de {K('Huurcommissie')} en het "
        f"{K('Juridisch Loket')}. {P(p.first)} is bereikbaar op {c.ph('m')}. – {P(c.med.paraph(r))}"
    )


def m_chatbot(c: Ctx) -> str:
    r = c.r
    p, col = c.p(), c.p()
    s, n = street(r), housenr(r)
    return (
        f"{K('Chatgesprek')} {K('Gemeente-assistent')} – {c.date()}\n{K('Assistent')}: Waarmee kan ik u helpen?\n"
        f"{K('Bezoeker')}: ik ben verhuisd maar mijn adres klopt niet in de brief\n{K('Assistent')}: Wat is uw naam en geboortedatum?\n"
        f"{K('Bezoeker')}: {P(p.full().lower())} {M('DATE_OF_BIRTH', dob(r))}\n{K('Bezoeker')}: nieuw adres is {M('ADDRESS', (s + ' ' + n).lower())}\n"
        f"{K('Assistent')}: Ik verbind u door met een medewerker.\n{K('Medewerker')} {P(col.first)}: Dag {c.title(p)}, ik zie "
        f"{M('ADDRESS', s)} zonder huisnummer. Ik maak {c.case(cue=False)} aan."
    )


def m_card(c: Ctx) -> str:
    r = c.r
    a = c.p()
    b = c.p() if r.random() < 0.4 else c.fam(a)
    while b.first == a.first:
        b = c.p()
    kids = []
    for _ in range(r.randint(1, 3)):
        kids.append(c.fam(a, avoid={b.first} | {k.first for k in kids}))
    kn = ", ".join(P(k.first) for k in kids)
    return (
        f"{K('Wij zijn verhuisd!')}\n\n{P(a.first)}, {P(b.first)}, {kn}\n{K('Ons nieuwe adres')}:\n{c.addr()}\n{M('POSTCODE', postcode(r))} {K(c.town)}\n"
        f"{P(a.first)}: {c.ph('m')} · {P(b.first)}: {c.ph('m')}\n\n(doorgestuurd aan de {K('bemiddelaar')} door {P(a.full())} "
        f"omdat de post nog naar het oude adres gaat; {c.case()})"
    )


def m_carehome(c: Ctx) -> str:
    r = c.r
    p, vol = c.p(), c.p()
    dau = c.fam(p, female=True)
    return (
        f"{K('Verhuizing naar')} {K('Zorgcentrum De Lindehof')} – {K('inboedellijst')}\n{K('Bewoner')}: {c.nm(p)} {c.dob(1925, 1950)}\n"
        f"{K('Oud adres')}: {c.addr()}\n[x] {K('stoel')} en {K('kastje')} mee\n[x] {K('fotoalbums')} naar {K('dochter')} {P(dau.full())}\n"
        f"[ ] {K('piano')} – {K('Kringloop')} bellen\n{K('Opzegging huur')} via {c.generic()}\n{K('Vrijwilliger')}: {P(vol.full())}, {c.ph()}\n"
        f"{K('Sleutels')} op {c.date()} naar {P(dau.first)}."
    )


# ================================================================ post: post room, returns, misdelivery
def _ocr(r, s: str) -> str:
    subs = [("l", "1"), ("e", "c"), ("m", "rn"), ("o", "0"), ("i", "í"), ("a", "ä"), ("n", "ri")]
    r.shuffle(subs)
    for a, b in subs:
        i = s.find(a, 1)
        if i > 0:
            return s[:i] + b + s[i + 1 :]
    return s + "."


def p_register(c: Ctx) -> str:
    r = c.r
    rows = []
    for _ in range(r.randint(3, 6)):
        q, beh = c.p(), c.p()
        name = r.choice([f"{P(q.sur())}, {P(q.first)}", P(q.caps()), P(q.initials()), P(q.full())])
        rows.append(
            f"{K(plain_date(r))};{M('CASE_NUMBER', case(r))};{name};{K(r.choice(['bezwaar', 'verzoek', 'klacht', 'machtiging', 'wijziging']))};"
            f"{P(beh.paraph(r))}"
        )
    return (
        f"{K('postregistratie')}_{r.randint(1, 52):02d}.csv\n{K('datum')};{K('poststuknummer')};{K('afzender')};{K('onderwerp')};{K('behandelaar')}\n"
        + "\n".join(rows)
    )


def p_returns(c: Ctx) -> str:
    r = c.r
    lines = [f"{K('RETOURPOST')} – {K('week')} {r.randint(1, 52)} – {c.dept()}"]
    for _ in range(r.randint(2, 4)):
        q = c.p()
        lines.append(
            f"- {c.nm(q, ('full', 'caps', 'ini', 'surfirst'))}, {c.addr(caps=r.random() < 0.3)}, {M('POSTCODE', postcode(r))}: "
            f"{K(r.choice(['verhuisd', 'onbekend', 'adres onvolledig', 'geweigerd', 'overleden']))} – {c.case()}"
        )
    lines.append(
        f"{K('Actie')}: {K('BRP')} raadplegen; bij {K('onbekend')} {K('vertrokken')} melden. {P(c.med.paraph(r))}"
    )
    return "\n".join(lines)


def p_breach(c: Ctx) -> str:
    r = c.r
    rec, subj, po = c.p(), c.p(), c.p()
    return (
        f"{K('Melding datalek')} {M('CASE_NUMBER', case(r))}\n{K('Wat')}: {K('beschikking')} verzonden naar verkeerd adres\n"
        f"{K('Ontvanger')}: {c.nm(rec)}, {c.addr()} – meldde het zelf via {c.ph()}\n"
        f"{K('Betrokkene')}: {c.nm(subj)} {c.dob()}, {K('BSN')} {M('BSN', bsn(r))}, {K('juiste adres')} {c.addr()}\n"
        f"{K('Oorzaak')}: {K('huisnummer')} verwisseld bij handmatige invoer.\n{K('Afhandeling')}: {P(po.initials())} ({K('privacy officer')}), "
        f"{c.wmail(po)}; {K('Autoriteit Persoonsgegevens')}: {pick(r, 'niet gemeld', 'gemeld binnen 72 uur')}."
    )


def p_scan(c: Ctx) -> str:
    r = c.r
    p = c.p()
    bad = _ocr(r, p.full())
    return (
        f"{K('SCANBLAD')} – {K('Documentaire Informatievoorziening')}\n{K('Scannummer')}: {M('CASE_NUMBER', case(r))}\n"
        f"{K('Afzender')} (OCR): {P(bad)}\n{K('Afzender')} ({K('gecorrigeerd')}): {P(p.full())}\n{K('Adres')}: {c.addr()} "
        f'{M("POSTCODE", postcode(r))}\n{K("Handgeschreven")}: "bel mij {c.ph()}"\n{K("Pagina")}\'s: {r.randint(1, 12)}  {K("Stempel")}: {c.date()}'
    )


def p_registered(c: Ctx) -> str:
    r = c.r
    p, nb = c.p(), c.p()
    return (
        f"{K('Ontvangstbevestiging aangetekende zending')}\n{K('Geadresseerde')}: {c.nm(p)}, {c.addr()}\n"
        f"{K('Bezorgpoging')} 1: {c.date()}, niet thuis\n{K('Bezorgpoging')} 2: {c.date()}, afgegeven bij buren\n"
        f"{K('Getekend door')}: {P(nb.full())} ({K('buren')}), {K('huisnummer')} {r.randint(1, 99)}\n"
        f"{K('Inhoud')}: {K('besluit op bezwaar')}, {c.case()}"
    )


def p_merge(c: Ctx) -> str:
    r = c.r
    rows = []
    ppl = [c.p() for _ in range(r.randint(2, 4))]
    for q in ppl:
        s, n = street(r), housenr(r)
        rows.append(f"{P(q.initials())};{M('ADDRESS', s)};{n};{M('POSTCODE', postcode(r))};{K(c.town)}")
    first = ppl[0]
    return (
        f'{K("Samenvoegfout")} {K("brievenbatch")} {c.date()}: {K("veld")} {{{{aanhef}}}} leeg.\n\n"{K("Geachte")} {{{{aanhef}}}} '
        f'{P(first.sur())}, hierbij ontvangt u ..."\n\n{K("bronbestand")} ({K("naam")};{K("straat")};{K("huisnr")};{K("postcode")};{K("plaats")}):\n'
        + "\n".join(rows)
        + f"\n\n{K('Gemeld door')} {P(c.med.full())}; {c.case()}"
    )


def p_sameName(c: Ctx) -> str:
    r = c.r
    a = c.p()
    b = c.fam(a)
    return (
        f'{K("Verzoek")} via {K("formulier")}: "wij krijgen steeds de post van de andere {K("familie")} {P(a.sur())} in onze straat. '
        f"ik ben {P(a.full())} op {c.addr()}, zij wonen op {c.addr()}. vandaag weer een brief voor {P(b.full())} over "
        f'{K("kwijtschelding")}, met zijn {K("BSN")} {M("BSN", bsn(r))} erop!"\n{K("Reactie")} {P(c.med.first)}: {K("postkamer")} '
        f"geïnformeerd, {c.case()}; {K('terugbellen')} op {c.ph()}."
    )


FILES = {
    "hoard": [h_outreach, h_checklist, h_pest, h_mdo, h_complaint, h_warning, h_cleaning, h_chat],
    "moving": [m_change, m_exemption, m_handover, m_damage, m_deposit, m_chatbot, m_card, m_carehome],
    "post": [p_register, p_returns, p_breach, p_scan, p_registered, p_merge, p_sameName],
}


def doc_body(c: Ctx, file: str, n: int) -> str:
    r = c.r
    shapes = FILES[file]
    body = shapes[n % len(shapes)](c)
    if r.random() < 0.2:
        body += "\n" + r.choice(["---", "* * *", "====="]) + "\n" + r.choice(shapes)(c)
    if r.random() < 0.25:
        body += c.ps(c.p())
    return body


# ================================================================ known
KNOWN_WORDS = sorted(WORDNAMES) + sorted(WORDNAME_FIRST)


def known_doc(c: Ctx, n: int) -> tuple[str, dict]:
    r = c.r
    w = KNOWN_WORDS[n % len(KNOWN_WORDS)]
    origin = WORDNAME_ORIGIN.get(
        w, r.choice(["dutch", "dutch", "flemish", "frisian", "limburg"]) if w in WORDNAMES else None
    )
    if w in WORDNAMES:
        part = (
            r.choice(["de", "van der", "van de", "van 't"])
            if origin in ("dutch", "flemish") and r.random() < 0.35
            else ""
        )
        p = Person(r, origin=origin, surname=w, particle=part or None)
        phrases = WORDNAMES[w]
    else:
        p = Person(r, origin=origin or "dutch", first=w)
        phrases = WORDNAME_FIRST[w]
    ph1, ph2 = phrases[r.randrange(2)], phrases[r.randrange(2)]
    known = {"names": [p.full()]}
    em, tel = p.email(r), mobile(r)
    if r.random() < 0.3:
        known["emails"] = [em]
    if r.random() < 0.35:
        known["phones"] = [tel]
    ref = P(p.sur()) if w in WORDNAMES else P(p.first)
    off = c.p()
    shape = n % 8
    if shape == 0:
        t = (
            f"{K('Huisbezoek')} {c.case()}\n{P(p.full())} woont op {c.addr()}. In de tuin zagen we {K(ph1)}. {c.title(off)} "
            f"({c.func()}) sprak met {ref} over de vervuiling."
        )
    elif shape == 1:
        t = (
            f"Van: {P(p.full())} <{M('EMAIL', em)}>\n{K('Onderwerp')}: verhuizing\n\n{K('Goedemorgen')},\nik verhuis {c.date()}. De verhuizer vroeg "
            f"nog naar {K(ph1)}. Bel me op {M('PHONE', tel)}.\n{P(p.first)}"
        )
    elif shape == 2:
        t = (
            f"{K('Retourpost')}: brief aan {P(p.full())}, {c.addr()}, kwam terug. Bij het adres stond {K(ph1)}; "
            f"{ref} is volgens de buren vertrokken. {c.case()}"
        )
    elif shape == 3:
        t = (
            f"{K('Telefoonnotitie')} {c.date()} – {P(p.full())} ({M('PHONE', tel)}) belt over {K('ongedierte')} en over "
            f"{K(ph1)}, zegt {ref}. Doorgezet naar {c.dept()}."
        )
    elif shape == 4:
        t = (
            f"{K('Opleverrapport')}: vertrekkende huurder {P(p.full())} {c.dob()}. Opzichter {P(off.initials())} noteert {K(ph1)} "
            f"in de schuur. Borg naar {M('IBAN', iban(r))} t.n.v. {ref}."
        )
    elif shape == 5:
        t = (
            f"{K('Intake')} {K('bemiddeling')}: {P(p.sur())}, {P(p.first)} – {c.addr()}, {M('POSTCODE', postcode(r))}. "
            f"Het gesprek met {P(p.full())} ging over {K(ph1)} en de buren. {K('Bemiddelaar')} {P(c.med.full())}."
        )
    elif shape == 6:
        t = (
            f"[{K('chat')}] {P(c.med.first)}: Hoi {P(p.first)}, hoe ging het gisteren?\n[{K('chat')}] {P(p.full())}: "
            f"goed! alleen {K(ph1)} bleef een punt. Mail me op {M('EMAIL', em)}"
        )
    else:
        t = (
            f"{K('Notitie')} {c.case()}: {c.title(p)} meldt dat {K(ph1)} al maanden een probleem is. "
            f"{P(p.full())} vraagt om een gesprek met {P(off.full())}."
        )
    if ph2 != ph1 and r.random() < 0.5:
        t += f"\n{K('Aanvulling')}: het ging ook over {K(ph2)}."
    if r.random() < 0.2:
        t += f"\n– {P(p.caps())}"
    return t, known
