"""Document context and shapes of holdout26's four files: fraud, family, justice and known."""

from __future__ import annotations

import re

import core26 as C
import pools26 as P
from core26 import Doc, Kp, Pi


def PER(s):
    return Pi(s, "PERSON")  # noqa: E704


def ADR(s):
    return Pi(s, "ADDRESS")  # noqa: E704


def PC(s):
    return Pi(s, "POSTCODE")  # noqa: E704


def PH(s):
    return Pi(s, "PHONE")  # noqa: E704


def EM(s):
    return Pi(s, "EMAIL")  # noqa: E704


def BS(s):
    return Pi(s, "BSN")  # noqa: E704


def IB(s):
    return Pi(s, "IBAN")  # noqa: E704


def PL(s):
    return Pi(s, "LICENSE_PLATE")  # noqa: E704


def CA(s):
    return Pi(s, "CASE_NUMBER")  # noqa: E704


def DOB(s):
    return Pi(s, "DATE_OF_BIRTH")  # noqa: E704


FUNCS = [
    "medewerker Burgerzaken",
    "consulent Werk en Inkomen",
    "adviseur Veiligheid",
    "regisseur Zorg",
    "jurist",
    "beleidsmedewerker",
    "klantmanager",
    "handhaver",
    "coördinator Nazorg",
    "teamleider Publiekszaken",
    "sociaal werker",
    "wijkagent",
    "casemanager",
    "schuldhulpverlener",
    "gezinscoach",
    "jeugdconsulent",
]
DEPTS = [
    "Burgerzaken",
    "Publiekszaken",
    "Werk en Inkomen",
    "Sociaal Domein",
    "Veiligheid en Handhaving",
    "Belastingen",
    "Team Jeugd",
    "Wijkteam Noord",
    "Wijkteam Centrum",
    "Klantcontactcentrum",
    "Team Nazorg",
    "Schuldhulpverlening",
    "Juridische Zaken",
    "Team Toezicht",
    "Wmo-loket",
]
CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "uw kenmerk",
    "dossiernummer",
    "referentie",
    "meldnummer",
    "casus",
    "registratienummer",
    "volgnummer",
    "procesnummer",
    "parketnummer",
    "intakenummer",
    "aangiftenummer",
    "dossier",
    "zaak",
    "verwijzing",
    "aanvraagnummer",
]
DOBCUE = [
    "geboren",
    "geb.",
    "geboortedatum",
    "geb.datum",
    "geboren op",
    "°",
    "*",
    "DOB",
    "d.o.b.",
    "geboren d.d.",
    "geb. op",
    "leeftijd onbekend, geboren",
]


class Ctx:
    def __init__(self, r):
        self.r = r
        self.muni = r.choice(P.MUNI)
        self.dom = r.choice([f"{self.muni.lower()}.nl", f"gemeente{self.muni.lower()}.nl"])
        self.town = r.choice(P.TOWNS)
        self.town2 = r.choice(P.TOWNS)
        self.med = C.person(r)
        self.people: list = []

    def p(self, **kw):
        q = C.person(self.r, **kw)
        self.people.append(q)
        return q

    def fam(self, p, gender=None):
        q = C.family_member(self.r, p, gender)
        self.people.append(q)
        return q


def title(r, p) -> str:
    return r.choice(
        ["mevrouw ", "mw. ", "mevr. ", "Mw. "] if p.gender == "f" else ["de heer ", "dhr. ", "meneer ", "Dhr. "]
    )


def ref(r, p, styles: str = "fftisc", known: bool = False) -> list:
    """One written form of person ``p`` (title text not annotated)."""
    st = r.choice(styles)
    if st == "f":
        return [PER(p.full())]
    if st == "t":
        return [title(r, p), PER(p.last())]
    if st == "i":
        return [PER(p.initials(r))]
    if st == "s":
        return [PER(p.sur_first(r))]
    if st == "c":
        return [PER(p.full().upper())]
    if st == "l" and not known:
        return [PER(p.full().lower())]
    if st == "n":
        return [PER(p.first.split()[-1] if p.order == "sf" else p.first)]
    if st == "k" and not known:
        return [PER(p.nick)]
    if st == "a" and C.fold(p.full()) != p.full():
        return [PER(C.fold(p.full()))]
    if st == "o":
        return [PER(p.official())]
    return [PER(p.full())]


def first(p):
    return PER(p.first.split()[-1] if p.order == "sf" else p.first)


def addr(r, street=None):
    s = street or C.street(r)
    return ADR(f"{s} {C.house_no(r)}"), s


def dob(r, p=None, lo=1940, hi=2006):
    return DOB(C.dob_text(r, C.birth(r, lo, hi)))


def cue(r):
    return r.choice(CUES)


def work(c, p):
    return EM(C.email(c.r, p, c.dom))


def mediator_note(r, c, d: Doc, people) -> None:
    who = r.choice(people)
    d.t(
        "\n\n{sep}\n[[Notitie bemiddelaar]] ({m}): gesproken met {w} op {dt}; [[Afspraak]]: terugbellen binnen [[vijf werkdagen]]. "
        "[[Zie ook]] {cue} {k}.",
        sep=r.choice(["---", "* * *", "====="]),
        m=ref(r, c.med, "fni"),
        w=ref(r, who, "ftn"),
        dt=Kp(C.odate(r)),
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
    )


# ====================================================================== fraud
def fr_identity(r, c):
    d, res, fake, off = Doc(), c.p(), c.p(), c.p()
    a, s = addr(r)
    d.t(
        "[[MELDING IDENTITEITSFRAUDE]] – {cue} {k}\n[[Afdeling {dep}]], [[{muni}]]\n\n",
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        dep=r.choice(["Burgerzaken", "Publiekszaken"]),
        muni=c.muni,
    )
    d.t(
        "Melder: {n}\nGeboortedatum: {db}\nBSN: {b}\nAdres: {a}, {pc} [[{town}]]\nTelefoon: {ph}\nE-mail: {em}\n\n",
        n=ref(r, res, "sfco"),
        db=dob(r),
        b=BS(C.bsn(r)),
        a=a,
        pc=PC(C.postcode(r)),
        town=c.town,
        ph=PH(C.phone(r)),
        em=EM(C.email(r, res)),
    )
    d.t(
        "[[Omschrijving]]: melder kreeg op {d1} post op naam van {f} op het eigen adres. {t} kent deze persoon niet. "
        "Volgens de [[Basisregistratie Personen]] staat {f2} sinds {d2} ingeschreven op de {st}, {cu} {fd}. ",
        d1=Kp(C.odate(r)),
        f=ref(r, fake, "fc"),
        t=ref(r, res, "tn"),
        f2=ref(r, fake, "ti"),
        d2=Kp(C.odate(r)),
        st=ADR(s),
        cu=r.choice(["geboren", "geb.", "met geboortedatum"]),
        fd=dob(r),
    )
    d.t(
        "Het [[Landelijk Meldpunt Identiteitsfraude]] is ingelicht.\n[[Actie]]: [[adresonderzoek]] door {o} ({fn}), "
        "{oe}; terugkoppeling aan melder binnen [[tien werkdagen]].\n[[Bijlage]]: {fn2}\n[[Paraaf]]: {pa}",
        o=ref(r, off, "fio"),
        fn2=[r.choice(["scan_", "Melding-", "brief_BRP_"]), CA(re.sub(r"[\s./-]", "", C.case(r))), ".pdf"],
        fn=Kp(r.choice(FUNCS)),
        oe=work(c, off),
        pa=PER(off.paraph()),
    )
    return d


def fr_phishing(r, c):
    d, res, scam, med = Doc(), c.p(), c.p(), c.med
    k = C.case(r)
    d.t(
        "[[Van]]: {n} <{em}>\n[[Aan]]: [[afstemming@{dom}]]\n[[Onderwerp]]: FW: [[Betalingsherinnering]] {k}\n\n",
        n=ref(r, res, "fcl"),
        em=EM(C.email(r, res)),
        dom=c.dom,
        k=CA(k),
    )
    d.t(
        "Goedemiddag,\n\nIk kreeg dit bericht en heb helaas al betaald. Het leek echt van de gemeente. "
        "Kunt u mij helpen? Mijn nummer is {ph}.\n\nGroet, {n2}\n{a}\n\n",
        ph=PH(C.phone(r)),
        n2=ref(r, res, "fnk"),
        a=addr(r)[0],
    )
    d.t(
        "----- [[Doorgestuurd bericht]] -----\n[[Geachte]] {t},\nU heeft een openstaande [[aanslag]] van {amt}. "
        "Betaal binnen 24 uur naar {ib} t.n.v. {s}, anders volgt [[beslag]].\n[[Met vriendelijke groet]],\n"
        "[[Afdeling Invordering]]\n\n",
        t=ref(r, res, "tf"),
        amt=Kp(C.amount(r)),
        ib=IB(C.iban(r)),
        s=ref(r, scam, "fcs"),
    )
    d.t(
        "[[Antwoord]] {m}: Dit is een [[nepbericht]]; de gemeente vraagt nooit om betaling binnen 24 uur. "
        "Ik heb de rekening van {s2} gemeld bij de bank en bij de [[Fraudehelpdesk]] ({cue} {k2}). "
        "Bel [[14 0{nn}]] als u twijfelt. Status: https://mijn.{dom}/verzoek/{k3}",
        m=ref(r, med, "fn"),
        dom=c.dom,
        k3=CA(k),
        s2=ref(r, scam, "tf"),
        cue=Kp(cue(r)),
        k2=CA(C.case(r)),
        nn=str(r.randint(10, 99)),
    )
    return d


def fr_chat(r, c):
    d, par, child, mule = Doc(), c.p(), None, c.p()
    child = c.fam(par)
    t0 = r.randint(8, 20)
    mum = "mam" if par.gender == "f" else "pap"
    d.t("[[WhatsApp]]-export, toegevoegd aan {cue} {k}\n\n", cue=Kp(cue(r)), k=CA(C.case(r)))
    d.t(
        "[{h}:02] {ph}: hoi {mum} dit is mijn nieuwe nummer, oude telefoon is kapot\n",
        h=str(t0),
        ph=PH(C.phone(r, "m")),
        mum=mum,
    )
    d.t(
        "[{h}:05] {n}: wie is dit? {c}?\n",
        h=str(t0),
        n=first(par),
        c=r.choice([first(child), PER(child.first.lower())]),
    )
    d.t(
        "[{h}:06] {ph}: ja ik ben het. kan je ff een rekening voor me betalen, {amt}, naar {ib} op naam van {m}? ik betaal morgen terug\n",
        h=str(t0),
        ph=PH(C.phone(r, "m")),
        amt=Kp(C.amount(r)),
        ib=IB(C.iban(r)),
        m=ref(r, mule, "flc"),
    )
    d.t("[{h}:31] {n}: gedaan x\n\n", h=str(t0), n=first(par))
    d.t(
        "[[Toelichting]] {m}: {t} ({a} jaar) ontdekte 's avonds dat {c2} nooit een nieuw nummer had. "
        "[[Aangifte]] gedaan bij de [[politie]], {cue} {pv}. De [[bank]] weigert terugbetaling; verzoek om "
        "[[afstemming]] met [[Schuldhulpverlening]] over de [[huurachterstand]].",
        m=ref(r, c.med, "fi"),
        t=ref(r, par, "tf"),
        a=str(r.randint(58, 84)),
        c2=ref(r, child, "fn"),
        cue=Kp(r.choice(["aangiftenummer", "proces-verbaal", "registratienummer"])),
        pv=CA(C.case(r)),
    )
    return d


def fr_bank(r, c):
    d, res, staff = Doc(), c.p(), c.p()
    bank = r.choice(["de Spaarbank", "Bank Noord", "Coöperatieve Spaarkas", "Kredietbank Oost"])
    a, _ = addr(r)
    d.t(
        "{n}\n{a}\n{pc}  [[{town}]]\n\n[[{town2}]], {dt}\n{cue}: {k}\n[[Betreft]]: [[terugboeking]] na [[spoofing]]\n\n",
        n=ref(r, res, "fic"),
        a=a,
        pc=PC(C.postcode(r)),
        town=c.town,
        town2=c.town2,
        dt=Kp(C.odate(r)),
        cue=Kp(r.choice(["Ons kenmerk", "Uw kenmerk", "Dossiernummer"])),
        k=CA(C.case(r)),
    )
    d.t(
        "[[Geachte]] {t},\n\nOp {d1} bent u gebeld door iemand die zich voordeed als medewerker van [[{bank}]]. "
        "Daarna is {amt} overgemaakt van uw rekening {ib} naar {ib2}. ",
        t=ref(r, res, "t"),
        d1=Kp(C.odate(r)),
        bank=bank,
        amt=Kp(C.amount(r)),
        ib=IB(C.iban(r, "NL")),
        ib2=IB(C.iban(r)),
    )
    d.t(
        "Wij vergoeden het bedrag eenmalig. Uw nieuwe pas wordt verstuurd naar het adres dat bij ons bekend is.\n\n"
        "[[Met vriendelijke groet]],\n{s}\n[[Team Fraudepreventie]], [[{bank}]]\n{ph}",
        s=ref(r, staff, "fo"),
        bank=bank,
        ph=PH(C.phone(r, "l")),
    )
    return d


def fr_helpdesk(r, c):
    d, res, off = Doc(), c.p(), c.p()
    d.t("[[Belnotitie Fraudeloket]] {dt} – {cue} {k}\n", dt=Kp(C.odate(r)), cue=Kp(cue(r)), k=CA(C.case(r)))
    rows = [
        (
            "beller",
            "{n} belt, {a} jaar, woont {ad}",
            dict(n=ref(r, res, "ftsc"), a=str(r.randint(19, 90)), ad=addr(r)[0]),
        ),
        ("probleem", "[[DigiD]] gebruikt door onbekende; [[toeslag]] aangevraagd op BSN {b}", dict(b=BS(C.bsn(r)))),
        ("controle", "geb. {db}, [[postcode]] {pc}", dict(db=dob(r), pc=PC(C.postcode(r)))),
        ("doorgezet", "naar {o} ([[{dep}]]) en [[Logius]]", dict(o=ref(r, off, "fi"), dep=r.choice(DEPTS))),
        ("terugbellen", "{ph} na 16 uur, of mail {em}", dict(ph=PH(C.phone(r)), em=EM(C.email(r, res)))),
    ]
    for lab, tpl, kw in rows:
        d.t(f"{r.choice(['- ', '* ', '• '])}{lab}: " + tpl + "\n", **kw)
    d.t("{p}", p=PER(off.paraph()) if r.random() < 0.5 else first(off))
    return d


def fr_benefit(r, c):
    d, res, par, insp = Doc(), c.p(), None, c.p()
    par = c.fam(res, "f" if res.gender == "m" else "m") if r.random() < 0.5 else c.p()
    a, s = addr(r)
    d.t(
        "[[VERSLAG HERONDERZOEK]] [[Participatiewet]]\n{cue}: {k}\n[[Aanwezig]]: {n} ({db}), {i} ([[sociaal rechercheur]])\n\n",
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        n=ref(r, res, "fso"),
        db=dob(r),
        i=ref(r, insp, "fi"),
    )
    d.t(
        "[[Aanleiding]]: een [[anonieme melding]] dat {p} op de {st} woont. Op {d1} stond een auto met kenteken {pl} voor "
        "de deur, volgens de [[RDW]] op naam van {p2}. {t} verklaart dat {p3} alleen op de kinderen past.\n",
        p=ref(r, par, "fn"),
        st=ADR(s),
        d1=Kp(C.odate(r)),
        pl=PL(C.plate(r)),
        p2=ref(r, par, "fi"),
        t=ref(r, res, "tf"),
        p3=ref(r, par, "n"),
    )
    d.t(
        "[[Conclusie]]: geen [[gezamenlijke huishouding]] aangetoond. De [[uitkering]] op {ib} loopt door.\n{pa}",
        ib=IB(C.iban(r, "NL")),
        pa=PER(insp.paraph()),
    )
    return d


def fr_parking(r, c):
    d, res = Doc(), c.p()
    d.t('{n} schreef via het [[contactformulier]] ({dt}):\n\n"', n=ref(r, res, "fls"), dt=Kp(C.odate(r)))
    d.t(
        "ik heb een [[QR-code]] op de [[parkeerautomaat]] gescand en {amt} betaald voor mijn auto {pl}. "
        'daarna kreeg ik toch een [[naheffing]], {cue} {k}. mijn rekening is {ib}. graag terugbetalen. groeten {n2}"\n\n',
        amt=Kp(C.amount(r)),
        pl=PL(C.plate(r)),
        cue=Kp(r.choice(["naheffingsnummer", "aanslagnummer", "kenmerk"])),
        k=CA(C.case(r)),
        ib=IB(C.iban(r, "NL")),
        n2=ref(r, res, "nlk"),
    )
    d.t(
        "[[Reactie Parkeerbeheer]]: de sticker was nep ([[quishing]]). Naheffing {k} blijft staan, maar wij dienen een "
        "[[kwijtscheldingsverzoek]] in. Uw adres {a}, {pc} is gecontroleerd. – {m}",
        k=CA(C.case(r)),
        a=addr(r)[0],
        pc=PC(C.postcode(r)),
        m=ref(r, c.med, "fi"),
    )
    return d


def fr_mule(r, c):
    d, y, par, yw = Doc(), c.p(), None, c.p()
    par = c.fam(y)
    hand = C.fold(y.first).lower() + r.choice(["_", ".", ""]) + str(r.randint(1, 99))
    d.t(
        "[[Jongerenwerk]] – [[casusoverleg]] {dt}\n[[Jongere]]: {n}, {cu} {db}, [[Instagram]] @{h}\n",
        dt=Kp(C.odate(r)),
        n=ref(r, y, "fsc"),
        cu=r.choice(["geb.", "geboren", "*"]),
        db=dob(r, lo=2005, hi=2010),
        h=PER(hand),
    )
    d.t(
        "[[Ouder]]: {p}, {ph}\n\n{yn} heeft "
        + ("zijn" if y.gender == "m" else "haar")
        + " [[bankpas]] en pincode uitgeleend aan een jongen uit de buurt "
        "(volgens {yn2} '{nick}'). Op rekening {ib} kwamen drie betalingen binnen. De bank heeft de rekening "
        "geblokkeerd en {y3} staat in het [[Incidentenregister]].\n",
        p=ref(r, par, "ft"),
        ph=PH(C.phone(r)),
        yn=first(y),
        yn2=ref(r, y, "n"),
        nick=PER(c.p().nick),
        ib=IB(C.iban(r, "NL")),
        y3=ref(r, y, "f"),
    )
    d.t(
        "[[Afspraken]]: gesprek met [[Halt]] ({cue} {k}); {w} begeleidt; [[schoolmaatschappelijk werk]] wordt ingelicht.",
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        w=ref(r, yw, "fn"),
    )
    return d


FRAUD = [fr_identity, fr_phishing, fr_chat, fr_bank, fr_helpdesk, fr_benefit, fr_parking, fr_mule]


# ====================================================================== family
def fa_plan(r, c):
    d, a, b = Doc(), c.p(gender="f"), c.p(gender="m")
    kids = [c.fam(b if r.random() < 0.7 else a) for _ in range(r.randint(1, 3))]
    d.t("# [[Ouderschapsplan]] ([[concept]])\n{cue}: {k}\n\n## [[Ouders]]\n", cue=Kp(cue(r)), k=CA(C.case(r)))
    for p in (a, b):
        ad, _ = addr(r)
        d.t(
            "- {n}, {cu} {db}, {ad}, {pc} [[{town}]], {ph}\n",
            n=ref(r, p, "fos"),
            cu=r.choice(DOBCUE[:6]),
            db=dob(r, lo=1970, hi=1998),
            ad=ad,
            pc=PC(C.postcode(r)),
            town=r.choice(P.TOWNS),
            ph=PH(C.phone(r)),
        )
    d.t("\n## [[Kinderen]]\n")
    for k in kids:
        d.t("- {n} ({db})\n", n=ref(r, k, "fo"), db=dob(r, lo=2010, hi=2023))
    wd = r.sample(["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"], 2)
    d.t(
        "\n## [[Zorgregeling]]\n[[{w1}]] en [[{w2}]] zijn de kinderen bij {bf}, het weekend om de week bij {af}. "
        "[[Schoolvakanties]] worden gehalveerd. {k1} wil [[Kerst]] bij {ot}.\n\n## [[Kinderalimentatie]]\n"
        "{bt} betaalt {amt} per maand op {ib}.\n\n[[Opgesteld door]] {m}, [[familiemediator]], {me}",
        w1=wd[0],
        w2=wd[1],
        bf=ref(r, b, "nt"),
        af=ref(r, a, "nt"),
        k1=first(kids[0]),
        ot=r.choice([["oma "] + [first(c.fam(a))], ref(r, a, "n")]),
        bt=ref(r, b, "tn"),
        amt=Kp(C.amount(r)),
        ib=IB(C.iban(r)),
        m=ref(r, c.med, "fi"),
        me=work(c, c.med),
    )
    return d


def fa_app(r, c):
    d, a, b = Doc(), c.p(gender="f"), c.p(gender="m")
    kid, np_ = c.fam(b), c.p()
    d.t("[[Export]] [[co-ouderschapsapp]] – [[week]] {w}\n", w=str(r.randint(2, 50)))
    lines = [
        ("{x}: kan {k} woensdag later komen? {kk} heeft [[zwemles]]", a, dict(k=first(kid), kk=PER(kid.first.lower()))),
        ("{x}: prima, maar dan haalt {n} hem op", b, dict(n=first(np_))),
        ("{x}: ik wil niet dat {n2} de kinderen ophaalt zonder overleg", a, dict(n2=ref(r, np_, "fnl"))),
        (
            "{x}: {n3} is gewoon mijn partner. bel {ph} als er iets is",
            b,
            dict(n3=ref(r, np_, "n"), ph=PH(C.phone(r, "m"))),
        ),
        ("{x}: de [[zorgverzekering]] van {k2} loopt via mijn rekening {ib}", a, dict(k2=first(kid), ib=IB(C.iban(r)))),
    ]
    for tpl, who, kw in lines:
        d.t(
            f"{r.randint(10, 28)}-{r.randint(1, 12)} {r.randint(7, 22)}:{r.randint(10, 59)} " + tpl + "\n",
            x=PER(who.first) if r.random() < 0.7 else PER(who.full()),
            **kw,
        )
    d.t(
        "[[Bijlage]]: {fname}\n",
        fname=["chat_", PER(C.fold(a.sur).lower().replace(" ", "")), "_", CA(C.case(r).replace("/", "-")), ".txt"],
    )
    d.t(
        "\n[[Opmerking]] {m}: beide ouders willen een [[gesprek]] op het [[Centrum voor Jeugd en Gezin]] ({cue} {k}).",
        m=ref(r, c.med, "fni"),
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
    )
    return d


def fa_lbio(r, c):
    d, payer, recv = Doc(), c.p(), c.p()
    a, _ = addr(r)
    d.t(
        "[[Landelijk Bureau Inning Onderhoudsbijdragen]]\n{n}\n{a}\n{pc} {town}\n\n[[Datum]]: {dt}\n{cue}: {k}\n\n",
        n=ref(r, payer, "fic"),
        a=a,
        pc=PC(C.postcode(r)),
        town=Kp(c.town),
        dt=Kp(C.odate(r)),
        cue=Kp(r.choice(["Ons kenmerk", "Dossiernummer", "Referentie"])),
        k=CA(C.case(r)),
    )
    d.t(
        "[[Geachte]] {t},\n\nU heeft de [[kinderalimentatie]] voor {kid} (geboren {db}) sinds {d1} niet betaald. "
        "De achterstand is {amt}. Wij innen namens {rv}. Maak het bedrag over op {ib} onder vermelding van {k2}. "
        "Wij kunnen beslag leggen op uw loon en op de auto met kenteken {pl}; uw BSN {b} is bekend bij ons.\n\n{s}\n[[Team Inning]]",
        t=ref(r, payer, "t"),
        kid=ref(r, c.fam(payer), "fo"),
        db=DOB(C.dob_text(r, C.birth(r, 2009, 2022))),
        d1=Kp(C.odate(r)),
        amt=Kp(C.amount(r)),
        rv=ref(r, recv, "fti"),
        ib=IB(C.iban(r, "NL")),
        k2=CA(C.case(r)),
        b=BS(C.bsn(r)),
        pl=PL(C.plate(r)),
        s=ref(r, c.p(), "fo"),
    )
    return d


def fa_namechange(r, c):
    d, mother, father = Doc(), c.p(gender="f"), c.p(gender="m")
    kid = c.fam(father)
    d.t(
        "[[Verzoek]] [[geslachtsnaamwijziging]] – [[Justis]]\n{cue} {k}\n\n1. [[Kind]]: {kn}, {cu} {db}, BSN {b}\n"
        "2. [[Huidige geslachtsnaam]]: {ln}\n3. [[Gewenste geslachtsnaam]]: {mn}\n4. [[Verzoekster]]: {m}, {a}, {pc}\n",
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        kn=ref(r, kid, "fo"),
        cu=r.choice(DOBCUE[:5]),
        db=dob(r, lo=2008, hi=2021),
        b=BS(C.bsn(r)),
        ln=PER(kid.last()),
        mn=PER(mother.last()),
        m=ref(r, mother, "fs"),
        a=addr(r)[0],
        pc=PC(C.postcode(r)),
    )
    d.t(
        "5. [[Toelichting]]: {kk} heeft {f} sinds {d1} niet gezien en wil heten zoals {mm}. [[Vader]] is "
        "aangeschreven op {fa} en heeft niet gereageerd.\n\n[[Ondertekend]] {ini}, [[{town}]], {dt}",
        kk=first(kid),
        f=ref(r, father, "ft"),
        d1=Kp(C.odate(r)),
        mm=ref(r, mother, "tn"),
        fa=addr(r)[0],
        ini=PER(mother.initials(r)),
        town=c.town,
        dt=Kp(C.odate(r)),
    )
    return d


def fa_fgc(r, c):
    d, mo = Doc(), c.p(gender="f")
    kid, gm, aunt, nb = c.fam(mo), c.p(gender="f"), c.fam(mo, "f"), c.p()
    d.t(
        "[[FAMILIEGROEPSPLAN]] [[familie]] {fam}\n[[Coördinator]]: {co} ({ce})\n[[Datum bijeenkomst]]: {dt}, [[{place}]]\n\n",
        fam=PER(mo.last().upper() if r.random() < 0.5 else mo.last()),
        co=ref(r, c.med, "fi"),
        ce=work(c, c.med),
        dt=Kp(C.odate(r)),
        place=r.choice(["Buurthuis De Schakel", "Wijkcentrum Het Anker", "Bibliotheek Oost"]),
    )
    d.t("| [[wie]] | [[relatie]] | [[telefoon]] | [[doet]] |\n|---|---|---|---|\n")
    for p, rel, job in [
        (gm, "oma", "haalt {k} op dinsdag en donderdag"),
        (aunt, "tante", "helpt met de post"),
        (nb, "buurman" if nb.gender == "m" else "buurvrouw", "is aanspreekpunt bij ruzie"),
    ]:
        d.t(
            "| {n} | " + rel + " | {ph} | " + job.replace("{k}", "{kk}") + " |\n",
            n=ref(r, p, "fn"),
            ph=PH(C.phone(r)),
            kk=first(kid),
        )
    d.t(
        "\n[[Zorgen]]: {k} ({db}) verzuimt van school; moeder {m} is overbelast.\n[[Veiligheidsafspraak]]: bij escalatie "
        "belt {g} [[Veilig Thuis]] ({cue} {vk}).",
        k=first(kid),
        db=dob(r, lo=2009, hi=2019),
        m=ref(r, mo, "fn"),
        g=ref(r, gm, "nf"),
        cue=Kp(cue(r)),
        vk=CA(C.case(r)),
    )
    return d


def fa_siblings(r, c):
    d, a = Doc(), c.p()
    b, mum = c.fam(a), c.fam(a, "f")
    d.t(
        "[[Van]]: {ea}\n[[Aan]]: {eb}\n[[Onderwerp]]: {t} en het [[verpleeghuis]]\n\n{bn},\n\n",
        ea=EM(C.email(r, a)),
        eb=EM(C.email(r, b)),
        t=r.choice(["mama", "moeder", "ma"]),
        bn=first(b),
    )
    d.t(
        "Ik ben het niet eens met wat je tegen {dr} zei. {mm} ({db}) wil niet verhuizen naar [[{home}]]. "
        "Zij woont al veertig jaar op de {st}. Het [[CAK]] rekent {amt} per maand. Ik betaal niet mee zolang jij "
        "haar pinpas hebt. Bel me: {ph}.\n\n{an}",
        dr=[r.choice(["dokter ", "huisarts "]), PER(c.p().last())],
        mm=ref(r, mum, "fn"),
        db=dob(r, lo=1930, hi=1950),
        home=r.choice(["Zorgcentrum De Linde", "Huize Avondrust", "De Wingerd"]),
        st=ADR(C.street(r)),
        amt=Kp(C.amount(r)),
        ph=PH(C.phone(r)),
        an=ref(r, a, "nk"),
    )
    d.t(
        "\n\n> {bf} schreef: 'Ik heb [[afstemming]] gevraagd bij de gemeente, {cue} {k}.'",
        bf=ref(r, b, "nf"),
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
    )
    return d


def fa_recognition(r, c):
    d, mo, fa, off = Doc(), c.p(gender="f"), c.p(gender="m"), c.p()
    d.t(
        "[[Bevestiging afspraak]] [[erkenning ongeboren vrucht]]\n[[Afspraaknummer]] {k}\n\n[[Beste]] {m} en {f},\n\n",
        k=CA(C.case(r)),
        m=ref(r, mo, "nf"),
        f=ref(r, fa, "nf"),
    )
    d.t(
        "U komt op {dt} om 10.30 uur naar het [[Stadskantoor]], balie 4. Neem mee: geldige identiteitsbewijzen. "
        "Gegevens moeder: {mm}, geboren {md}, {ma}, {mp}. Gegevens erkenner: {ff}, geboren {fd}, "
        "{fa}.\n\n[[Vragen]]? Bel [[14 0{nn}]] of mail [[burgerzaken@{dom}]].\n{o}, [[ambtenaar burgerlijke stand]]",
        dt=Kp(C.odate(r)),
        mm=ref(r, mo, "fo"),
        md=dob(r, lo=1985, hi=2005),
        ma=addr(r)[0],
        mp=PC(C.postcode(r)),
        ff=ref(r, fa, "fo"),
        fd=dob(r, lo=1980, hi=2004),
        fa=addr(r)[0],
        nn=str(r.randint(10, 99)),
        dom=c.dom,
        o=ref(r, off, "fio"),
    )
    return d


def fa_contact(r, c):
    d, gp, kid, par = Doc(), c.p(), None, c.p()
    kid = c.fam(par)
    d.t("[[Omgangsregeling grootouders]] – [[verslag]] [[bemiddelingsgesprek]] {dt}\n", dt=Kp(C.odate(r)))
    d.t(
        "[[Aanwezig]]: {g} ([[grootouder]]), {p} ([[ouder]]), {m} ([[bemiddelaar]])\n\n",
        g=ref(r, gp, "ft"),
        p=ref(r, par, "ft"),
        m=ref(r, c.med, "fi"),
    )
    d.t(
        "{g2} zag {k} ({db}) voor het laatst op de verjaardag in [[{town}]]. {p2} wil eerst afspraken over roken in huis. "
        "[[Afgesproken]]: eens per maand op zaterdag, {g3} haalt {k2} op bij de {st} met de auto ({pl}). [[Evaluatie]] over drie maanden.\n",
        g2=ref(r, gp, "tn"),
        k=first(kid),
        db=dob(r, lo=2012, hi=2021),
        town=c.town2,
        p2=ref(r, par, "tn"),
        g3=ref(r, gp, "n"),
        k2=first(kid),
        st=ADR(C.street(r)),
        pl=PL(C.plate(r)),
    )
    d.t("{pa}/{pb}", pa=PER(par.paraph()), pb=PER(c.med.paraph()))
    return d


FAMILY = [fa_plan, fa_app, fa_lbio, fa_namechange, fa_fgc, fa_siblings, fa_recognition, fa_contact]


# ====================================================================== justice
def ju_aftercare(r, c):
    d, ex, po, co = Doc(), c.p(), c.p(), c.p()
    d.t(
        "[[Nazorg ex-gedetineerden]] – [[checklist]] {cue} {k}\n[[Naam]]: {n}\n[[Geboortedatum]]: {db}\n[[BSN]]: {b}\n"
        "[[Verwachte datum ontslag]]: {dt} ([[PI Zwolle]])\n",
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        n=ref(r, ex, "sco"),
        db=dob(r, lo=1960, hi=2004),
        b=BS(C.bsn(r)),
        dt=Kp(C.odate(r)),
    )
    items = [
        ("[[Identiteitsbewijs]]", "aangevraagd, afhalen bij [[Burgerzaken]]"),
        ("[[Huisvesting]]", "tijdelijk bij {zus} op {ad}, {pc}"),
        ("[[Inkomen]]", "[[bijstand]] aangevraagd, rekening {ib}"),
        ("[[Schulden]]", "{amt} bij het [[CJIB]]"),
        ("[[Zorg]]", "contact met [[reclasseringswerker]] {po}, {ph}"),
    ]
    for lab, val in items:
        d.t(
            f"[{r.choice(['x', ' ', 'x'])}] {lab}: {val}\n",
            zus=[r.choice(["zus ", "broer ", "moeder "]), first(c.fam(ex))],
            ad=addr(r)[0],
            pc=PC(C.postcode(r)),
            ib=IB(C.iban(r, "NL")),
            amt=Kp(C.amount(r)),
            po=ref(r, po, "fti"),
            ph=PH(C.phone(r)),
        )
    d.t("[[Casusregisseur]]: {co}, {ce}", co=ref(r, co, "fo"), ce=work(c, co))
    return d


def ju_probation(r, c):
    d, cl, po = Doc(), c.p(), c.p()
    d.t(
        "[[Reclassering]] – [[voortgangsverslag]] [[toezicht]]\n{cue}: {k}\n[[Cliënt]]: {n} ({cu} {db})\n\n",
        cue=Kp(r.choice(["parketnummer", "dossier", "zaak", "registratienummer"])),
        k=CA(C.case(r)),
        n=ref(r, cl, "fsc"),
        cu=r.choice(DOBCUE),
        db=dob(r, lo=1965, hi=2005),
    )
    d.t(
        "{t} houdt zich aan het [[contactverbod]] met {v}. "
        + ("Hij" if cl.gender == "m" else "Zij")
        + " meldt zich wekelijks op [[donderdag]]. "
        "Werk gevonden bij een [[hoveniersbedrijf]] in [[{town}]]; de werkgever {w} is op de hoogte. "
        "Een [[enkelband]] is niet meer nodig.\n[[Advies]]: [[toezicht]] voortzetten.\n\n{p}, [[reclasseringswerker]], {ph}",
        t=ref(r, cl, "tn"),
        v=ref(r, c.p(), "ft"),
        town=c.town,
        w=ref(r, c.p(), "tf"),
        p=ref(r, po, "fi"),
        ph=PH(C.phone(r, "m")),
    )
    return d


def ju_victim(r, c):
    d, vi, sus, vol = Doc(), c.p(), c.p(), c.p()
    a, s = addr(r)
    d.t(
        "[[Slachtofferhulp Nederland]] – [[intake]]\n{cue} {k}\n\n",
        cue=Kp(r.choice(["aangiftenummer", "meldnummer", "intakenummer"])),
        k=CA(C.case(r)),
    )
    d.t(
        "[[Slachtoffer]]: {n}, {a}, {pc} [[{town}]], {ph}, {em}\n[[Verdachte]]: {s} ({cu} {db})\n[[Delict]]: [[inbraak]] "
        "op {dt}; de verdachte is de ex-partner van een buurvrouw op de {st}. Een [[getuige]] zag een auto met kenteken {pl}.\n\n",
        n=ref(r, vi, "fsc"),
        a=a,
        pc=PC(C.postcode(r)),
        town=c.town,
        ph=PH(C.phone(r)),
        em=EM(C.email(r, vi)),
        s=ref(r, sus, "fci"),
        cu=r.choice(["geb.", "geboren", "geb.datum"]),
        db=dob(r, lo=1975, hi=2005),
        dt=Kp(C.odate(r)),
        st=ADR(s),
        pl=PL(C.plate(r)),
    )
    d.t(
        "{vn} wil een [[schadevergoeding]] ({amt}) via het [[Schadefonds Geweldsmisdrijven]]. Uitbetalen op {ib}.\n"
        "[[Vrijwilliger]]: {v}",
        vn=ref(r, vi, "tn"),
        amt=Kp(C.amount(r)),
        ib=IB(C.iban(r)),
        v=ref(r, vol, "fn"),
    )
    return d


def ju_restorative(r, c):
    d, vi, of, par = Doc(), c.p(), c.p(), None
    par = c.fam(of)
    d.t(
        "[[Herstelgesprek]] – [[verslag]]\n[[Perspectief Herstelbemiddeling]], {cue} {k}\n\n",
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
    )
    d.t(
        "Op {dt} spraken {v} en {o} elkaar in [[De Vonk]], in bijzijn van {p} en bemiddelaar {m}. {o2} bood excuses aan "
        "voor de vernielde brievenbus en de graffiti op de {st}. {v2}: 'Ik wilde vooral weten waarom.' "
        "[[Afspraak]]: {o3} betaalt {amt} terug en helpt twee zaterdagen bij de [[buurtmoestuin]].",
        dt=Kp(C.odate(r)),
        v=ref(r, vi, "ft"),
        o=ref(r, of, "fc"),
        p=[r.choice(["vader ", "moeder "]), PER(par.full())],
        m=ref(r, c.med, "fi"),
        o2=ref(r, of, "n"),
        st=ADR(C.street(r)),
        v2=ref(r, vi, "tn"),
        o3=ref(r, of, "nk"),
        amt=Kp(C.amount(r)),
    )
    return d


def ju_service(r, c):
    d, cl, sup = Doc(), c.p(), c.p()
    a, _ = addr(r)
    d.t(
        "{n}\n{a}\n{pc} [[{town}]]\n\n[[Onderwerp]]: [[taakstraf]] – [[plaatsing]]\n{cue}: {k}\n\n[[Beste]] {t},\n\n",
        n=ref(r, cl, "fic"),
        a=a,
        pc=PC(C.postcode(r)),
        town=c.town,
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        t=ref(r, cl, "tn"),
    )
    d.t(
        "U voert uw [[werkstraf]] van {h} uur uit bij de [[Gemeentewerf]], {wa}. Uw begeleider is {s} ({sp}). "
        "Start: {dt}, 7.30 uur. Neem werkschoenen mee. Bij ziekte belt u vóór 7 uur. Niet verschijnen kan leiden "
        "tot [[vervangende hechtenis]].\n\n[[Werkmeester]] {ini}",
        h=str(r.choice([20, 40, 60, 80, 120])),
        wa=r.choice(["Industrieweg 12", "Havenkade 3"]),
        s=ref(r, sup, "fn"),
        sp=PH(C.phone(r, "m")),
        dt=Kp(C.odate(r)),
        ini=PER(sup.initials(r)),
    )
    return d


def ju_roll(r, c):
    d = Doc()
    d.t(
        "[[Rolzitting]] [[kantonrechter]] [[{town}]] – {dt}\n[[zaak]];[[eiser]];[[gedaagde]];[[adres gedaagde]];[[tijd]]\n",
        town=c.town,
        dt=Kp(C.odate(r)),
    )
    for _ in range(r.randint(3, 5)):
        g = c.p()
        d.t(
            "{k};{e};{n};{a};{t}\n",
            k=CA(C.case(r)),
            e=Kp(r.choice(["Woonstichting Thuis", "Energie Direct", "Zorgverzekeraar Zuid", "Gemeente " + c.muni])),
            n=ref(r, g, "scfi"),
            a=addr(r)[0],
            t=f"{r.randint(9, 15)}:{r.choice(['00', '15', '30', '45'])}",
        )
    d.t(
        "\n[[Noot]] {m}: bij {n} is [[afstemming]] met de verhuurder gelukt, zaak ingetrokken.",
        m=ref(r, c.med, "fn"),
        n=ref(r, c.people[-1], "tf"),
    )
    return d


def ju_halt(r, c):
    d, y, par, hw = Doc(), c.p(), None, c.p()
    par = c.fam(y)
    d.t(
        "[[HALT-VERWIJZING]]\n[[Verwijzer]]: {bo} ([[boa]])\n[[Jongere]]: {n}\n[[Geboortedatum]]: {db}\n[[School]]: [[{sch}]]\n"
        "[[Ouder/verzorger]]: {p}, {ph}, {em}\n[[Feit]]: [[vuurwerk]] afgestoken op {dt} bij de {st}\n{cue}: {k}\n",
        bo=ref(r, c.p(), "fi"),
        n=ref(r, y, "scf"),
        db=dob(r, lo=2008, hi=2014),
        sch=r.choice(["Het Baken", "Stedelijk College", "Vakcollege Oost"]),
        p=ref(r, par, "ft"),
        ph=PH(C.phone(r)),
        em=EM(C.email(r, par)),
        dt=Kp(C.odate(r)),
        st=ADR(C.street(r)),
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
    )
    d.t(
        "[[Halt-medewerker]] {h} plant een [[intakegesprek]] met {y2} en {p2}.",
        h=ref(r, hw, "fn"),
        y2=first(y),
        p2=ref(r, par, "tn"),
    )
    return d


JUSTICE = [ju_aftercare, ju_probation, ju_victim, ju_restorative, ju_service, ju_roll, ju_halt]


# ====================================================================== known
def known_person(r, c, n: int):
    """The resident whose name holds an ordinary word; returns (person, word, phrases)."""
    if r.random() < 0.06:
        fn, word, phr = r.choice(P.KNOWN_FIRST)
        p = c.p()
        p.first, p.firsts, p.nick = fn, [], fn
        return p, word, phr
    sur, part, word, phr = P.KNOWN[(n * 7 + r.randint(0, 6)) % len(P.KNOWN)]
    p = c.p(grp=r.choice(["nl", "nl", "fy", "li", "cr", "an", "vl"]))
    p.sur, p.particle = sur, part
    p.firsts = []
    if p.group == "vl" and part:
        p.particle = ""
        p.sur = (
            f"{part.split()[0].capitalize()}{' ' + ' '.join(part.split()[1:]) if len(part.split()) > 1 else ''} {sur}"
        )
    return p, word, phr


def kn_report(r, c, p, w, phr):
    d = Doc()
    d.t(
        "[[Gespreksverslag]] {dt}, {cue} {k}\n{n} belde over {ph0}. ",
        dt=Kp(C.odate(r)),
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        n=ref(r, p, "fi", True),
        ph0=Kp(phr[0]),
    )
    d.t(
        "Volgens {t} gaat het al maanden mis. Ik heb toegezegd dat de gemeente kijkt naar {ph1}.",
        t=ref(r, p, "t", True),
        ph1=Kp(phr[1]),
    )
    return d


def kn_mail(r, c, p, w, phr):
    d, em = Doc(), C.email(r, p)
    d.t(
        "[[Van]]: {n} <{e}>\n[[Onderwerp]]: {ph0}\n\n[[Beste bemiddelaar]],\n\nHet gaat over {ph1}. Niemand reageert. "
        "Bel mij op {tel}.\n\n{n2}",
        n=ref(r, p, "f", True),
        e=EM(em),
        ph0=Kp(phr[0]),
        ph1=Kp(phr[1]),
        tel=PH(C.phone(r)),
        n2=ref(r, p, "fn", True),
    )
    return d


def kn_chat(r, c, p, w, phr):
    d = Doc()
    d.t(
        "[{h}:14] {n}: goedemorgen, ik wacht nog steeds op antwoord over {ph0}\n[{h}:20] {m}: dag {t}, ik zoek het uit. "
        "Gaat het om {ph1}?\n[{h}:22] {n}: ja precies",
        h=str(r.randint(8, 17)),
        n=PER(p.first),
        ph0=Kp(phr[0]),
        m=first(c.med),
        t=ref(r, p, "t", True),
        ph1=Kp(phr[1]),
    )
    return d


def kn_table(r, c, p, w, phr):
    d = Doc()
    d.t(
        "| [[datum]] | [[wie]] | [[wat]] |\n|---|---|---|\n| {d1} | {n} | belt over {ph0} |\n| {d2} | {m} | "
        "neemt contact op met [[{dep}]] over {ph1} |\n",
        d1=Kp(C.odate(r)),
        n=ref(r, p, "fsi", True),
        ph0=Kp(phr[0]),
        d2=Kp(C.odate(r)),
        m=ref(r, c.med, "fi"),
        dep=r.choice(DEPTS),
        ph1=Kp(phr[1]),
    )
    return d


def kn_objection(r, c, p, w, phr):
    d = Doc()
    d.t(
        "[[Bezwaarschrift]]\n[[Naam]]: {n}\n[[Geboren]]: {db}\n{cue}: {k}\n\nIk maak bezwaar tegen het besluit over "
        "{ph0}. Ook {ph1} is nooit bekeken.\n\n{ini}",
        n=ref(r, p, "sc", True),
        db=dob(r),
        cue=Kp(cue(r)),
        k=CA(C.case(r)),
        ph0=Kp(phr[0]),
        ph1=Kp(phr[1]),
        ini=PER(p.initials(r)),
    )
    return d


def kn_visit(r, c, p, w, phr):
    d = Doc()
    d.t(
        "[[HUISBEZOEK]] {N}\n[[Adres]]: {a}, {pc}\nBij binnenkomst wees {t} meteen op {ph0}. Daarna ging het over "
        "{ph1}. [[Volgende afspraak]]: {dt}.",
        N=PER(p.full().upper()),
        a=addr(r)[0],
        pc=PC(C.postcode(r)),
        t=ref(r, p, "t", True),
        ph0=Kp(phr[0]),
        ph1=Kp(phr[1]),
        dt=Kp(C.odate(r)),
    )
    return d


def kn_phone(r, c, p, w, phr):
    d = Doc()
    d.t(
        "[[Terugbelverzoek]]\n[[Beller]]: {n}\n[[Nummer]]: {tel}\n[[Vraag]]: wil weten wie verantwoordelijk is voor "
        "{ph0}, en zegt dat {ph1} al lang speelt.\n[[Aangenomen door]]: {o}",
        n=ref(r, p, "ftc", True),
        tel=PH(C.phone(r)),
        ph0=Kp(phr[0]),
        ph1=Kp(phr[1]),
        o=ref(r, c.p(), "fi"),
    )
    return d


def kn_minutes(r, c, p, w, phr):
    d, other = Doc(), c.p()
    d.t(
        "[[Verslag]] [[wijkoverleg]] {dt}\n[[Aanwezig]]: {n}, {o}, {m}\n1. {t} vraagt aandacht voor {ph0}. {o2} vult aan "
        "dat ook {ph1} een zorg is.\n2. [[Rondvraag]]: geen.",
        dt=Kp(C.odate(r)),
        n=ref(r, p, "fi", True),
        o=ref(r, other, "fi"),
        m=ref(r, c.med, "fi"),
        t=ref(r, p, "t", True),
        ph0=Kp(phr[0]),
        o2=ref(r, other, "tn"),
        ph1=Kp(phr[1]),
    )
    return d


KNOWN_SHAPES = [kn_report, kn_mail, kn_chat, kn_table, kn_objection, kn_visit, kn_phone, kn_minutes]
