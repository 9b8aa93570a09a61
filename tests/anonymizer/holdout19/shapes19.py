"""The shapes of holdout19's four files (helper H1, round nineteen): entrepreneurs and licences, energy and water,
heritage, archives and tourism, and residents whose names are ordinary Dutch words."""

from __future__ import annotations

from random import Random

import core19 as C
import pools19 as P
from core19 import Ctx, Doc, Person


def ref(d: Doc, p: Person, r: Random, style: str | None = None, start: bool = False) -> None:
    """One reference to ``p`` in a form drawn from many; a title is written outside the item."""
    style = style or r.choice(
        ["full", "full", "full2", "title", "title", "first", "init", "sfirst", "caps", "nick", "lower", "ascii"]
    )
    if style == "title":
        t = p.title()
        d.t((t[0].upper() + t[1:]) if start else t, " ").per(p.surname())
    elif style == "first":
        d.per(p.first)
    elif style == "init":
        d.per(p.init_name())
    elif style == "sfirst":
        d.per(p.sfirst())
    elif style == "caps":
        d.per(p.caps())
    elif style == "nick" and p.nick:
        d.per(p.full(nick=True))
    elif style == "lower" and not start:
        d.per(p.lower())
    elif style == "ascii" and p.ascii() != p.full():
        d.per(p.ascii())
    elif style == "full2":
        d.per(p.full2())
    else:
        d.per(p.full())


def official(
    ctx: Ctx,
    d: Doc,
    r: Random,
    p: Person | None = None,
    func: str | None = None,
    dept: list | None = None,
    mail: bool = True,
) -> Person:
    p = p or Person(r)
    d.per(p.full() if r.random() < 0.7 else p.init_name())
    d.t("\n").k(func or r.choice(P.FUNCS))
    if dept:
        d.t(", ").k(r.choice(dept))
    d.t("\n").k("Gemeente " + ctx.name).t("\n")
    if r.random() < 0.5:
        d.t("T ").k(f"14 {ctx.town[2]}") if len(ctx.town[2]) == 3 else d.t("T ").k(ctx.town[2] + " - 14 00 00")
        d.t("\n")
    if mail:
        d.t("E ").p(p.email(ctx.dom), "EMAIL").t("\n")
    if r.random() < 0.3:
        d.t("M ").p(C.mobile(r), "PHONE").t("\n")
    return p


def dob_line(d: Doc, r: Random, lo: int = 1940, hi: int = 2004, cue: str | None = None) -> None:
    cue = (
        cue
        if cue is not None
        else r.choice(
            ["geboren ", "geb. ", "Geboortedatum: ", "geboortedatum ", "°", "*", "(", "geb.datum ", "", "d.o.b. "]
        )
    )
    if cue in ("geboren ", "Geboortedatum: ", "geboortedatum "):
        d.k(cue.strip(": ")).t(cue[len(cue.strip(": ")) :])
    else:
        d.t(cue)
    d.p(C.dob(r, lo, hi)[1], "DATE_OF_BIRTH")
    if cue == "(":
        d.t(")")


def second_part(d: Doc, r: Random) -> None:
    d.t(r.choice(["\n\n---\n\n", "\n\n* * *\n\n", "\n\n=====\n\n"]))


# ============================================================ business: entrepreneurs and licences


def b_alcohol(ctx: Ctx, d: Doc, r: Random) -> None:
    own = Person(r)
    biz = r.choice(P.BUSINESSES)
    d.k("AANVRAAG ALCOHOLWETVERGUNNING").t(" – ").k("Gemeente " + ctx.name).t("\n")
    ctx.cue_case(d, r.choice(["Aanvraagnummer", "Zaaknummer", "Dossiernummer"]), ": ")
    d.t("\nIngekomen: ").k(C.odate(r)).t("\n\n1. ").k("Inrichting").t(": ").k(biz).t(", ")
    ctx.address(d)
    d.t("\n2. ").k("Exploitant").t(" (natuurlijk persoon): ").per(own.sfirst()).t("\n   ")
    dob_line(d, r, 1960, 2000, "Geboortedatum: ")
    d.t("   ").k("Geboorteplaats").t(": ").k(
        r.choice(
            ["Zwolle", "Istanbul", "Paramaribo", "Casablanca", "Gdańsk", "Aleppo", "Willemstad", "Ho Chi Minh-stad"]
        )
    )
    d.t("\n   BSN: ").p(C.bsn_fmt(r, C.bsn(r)), "BSN").t("\n   ").k("Telefoon").t(": ").p(C.phone(r, ctx.town), "PHONE")
    d.t("  ").k("E-mail").t(": ").p(own.email(), "EMAIL").t("\n3. ").k("Leidinggevenden").t(":\n")
    fam = Person(r, family=own)
    others = [own, fam] + [Person(r) for _ in range(r.randint(0, 2))]
    for i, p in enumerate(others):
        d.t(f"   {'abcd'[i]}. ")
        if i == 0:
            d.t("de aanvrager zelf (").per(own.init_name()).t(")")
        else:
            d.per(r.choice([p.full2(), p.caps(), p.sfirst(), p.full()]))
            d.t(", ")
            dob_line(d, r, 1955, 2004, r.choice(["geb. ", "geboren ", "", "°"]))
            if p is fam:
                op, cl = r.choice([(" (", ")"), (" – ", " van de exploitant")])
                d.t(op).k(
                    r.choice(
                        ["echtgenote", "zus", "dochter", "schoonzus", "nicht"]
                        if p.female
                        else ["echtgenoot", "broer", "zoon", "zwager", "neef"]
                    )
                ).t(cl)
        d.t("\n")
    d.t("4. ").k("Verklaring Sociale Hygiëne").t(": aanwezig voor ").t(str(len(others) - r.randint(0, 1))).t(
        " personen\n"
    )
    d.t("5. ").k("Openingstijden").t(": ").k(r.choice(["maandag", "dinsdag", "woensdag"])).t(" t/m ").k("zondag").t(
        " "
    ).k(C.odd_time(r)).t("–01:00\n\n")
    off = Person(r)
    d.k("Opmerking").t(" ").k(r.choice(["vergunningverlener", "toezichthouder", "juridisch medewerker"])).t(": ")
    d.t(r.choice(["leidinggevende ", "bij leidinggevende "])).per(others[-1].first if len(others) > 2 else fam.first)
    d.t(" staat nog niet op de vergunning; ").k("Justis").t(" gevraagd om een ").k("VOG").t(
        ". Exploitant belt terug op "
    )
    d.p(C.mobile(r), "PHONE").t(". – ").per(off.paraph()).t(" ").k(C.odate(r)).t("\n")


def b_bibob(ctx: Ctx, d: Doc, r: Random) -> None:
    app = Person(r)
    d.k("Vragenformulier Bibob").t(" – ").k("onderdeel C").t(": ").k("Financiering").t("\n")
    ctx.cue_case(d, r.choice(["ons kenmerk", "dossier", "referentie"]), ": ")
    d.t("\n").k("Aanvrager").t(": ").per(app.full2()).t(", ")
    ctx.address(d, pc=r.random() < 0.7)
    d.t("\n\n").k("C1").t(". ").k("Eigen vermogen").t(": ").k(C.amount(r, 2000, 40000)).t(", gestort vanaf ").p(
        C.iban_fmt(r, C.iban(r)), "IBAN"
    ).t("\n")
    d.k("C2").t(". Leningen van derden:\n")
    for _ in range(r.randint(1, 3)):
        lender = Person(r, family=app) if r.random() < 0.4 else Person(r)
        d.t("  – ").per(r.choice([lender.full(), lender.sfirst(), lender.init_name()])).t(" (").k(
            r.choice(["schoonvader", "broer", "oud-collega", "buurman", "tante", "vriend"])
        )
        d.t("), ").k(C.amount(r, 1000, 30000)).t(", rekening ")
        d.p(C.iban_fmt(r, C.iban(r, r.choice(["NL", "NL", "BE", "DE", "TR", "PL", "GR", "BG", "RO"]))), "IBAN")
        if r.random() < 0.5:
            d.t(", ").k("woonachtig").t(" ")
            ctx.address(d, pc=False, town=False)
        d.t("\n")
    d.k("C3").t(". Uiteindelijk belanghebbenden: ")
    ubo = [app] + [Person(r) for _ in range(r.randint(0, 2))]
    for i, p in enumerate(ubo):
        d.t(", " if i else "").per(p.caps() if i and r.random() < 0.4 else p.full()).t(
            f" ({r.choice([100, 60, 50, 40, 33, 25]) if i else 'meerderheid'}%)" if i else " (meerderheid)"
        )
    d.t("\n\nIk verklaar dit formulier naar waarheid te hebben ingevuld.\n").k("Handtekening").t(": ").per(
        app.paraph()
    ).t("   ").k("Datum").t(": ").k(C.odate(r)).t("\n\n")
    d.k("Advies").t(" ").k("Bibob-coördinator").t(" (").per(Person(r).init_name()).t(
        "): geen aanleiding voor een advies van het "
    ).k("Landelijk Bureau Bibob").t(".\n")


def b_market(ctx: Ctx, d: Doc, r: Random) -> None:
    d.k("STANDPLAATSENREGISTER").t(" ").k("weekmarkt").t(" ").k(r.choice(["woensdag", "zaterdag", "donderdag"])).t(
        " – "
    ).k(ctx.name).t("\n")
    d.t("| nr | standwerker | ").k("branche").t(" | kenteken wagen | tel |\n|---|---|---|---|---|\n")
    traders = []
    for _ in range(r.randint(4, 7)):
        p = Person(r, family=traders[-1]) if traders and r.random() < 0.2 else Person(r)
        traders.append(p)
        d.t(f"| {r.randint(1, 60)} | ").per(r.choice([p.sfirst(), p.full(), p.init_name(), p.caps()])).t(" | ").k(
            r.choice(P.PRODUCTS)
        )
        d.t(" | ").p(C.plate(r), "LICENSE_PLATE").t(" | ").p(C.phone(r, ctx.town), "PHONE").t(" |\n")
    mm = Person(r)
    d.t("\n").k("Opmerkingen").t(" ").k("marktmeester").t(" (").per(mm.first).t("):\n- ")
    t = r.choice(traders)
    kid = Person(r, family=t)
    d.per(t.first).t(" wil de plaats overdragen aan ").t("haar" if t.female else "zijn").t(" ").k(
        r.choice(["dochter", "nicht"] if kid.female else ["zoon", "neef"])
    ).t(" ")
    d.per(kid.full()).t(", ")
    dob_line(d, r, 1990, 2006, "geboren ")
    d.t("; kan alleen via de ").k("wachtlijst").t(" (").k("Marktverordening").t(", artikel 12).\n- ")
    d.t("Klacht over ").per(r.choice(traders).surname()).t(": aggregaat te vroeg aan. ")
    ctx.cue_case(d, r.choice(["meldingnummer", "zaak", "ticket"]))
    d.t(".\n- ").k("Marktgeld").t(" ").k(C.amount(r, 20, 400)).t(" per kwartaal, incasso van ").p(
        C.iban_fmt(r, C.iban(r)), "IBAN"
    ).t(".\n")


def b_terrace(ctx: Ctx, d: Doc, r: Random) -> None:
    nb, own = Person(r), Person(r)
    biz = r.choice(P.BUSINESSES)
    case = C.case_number(r)
    d.t("Van: ").per(nb.full()).t(" <").p(nb.email(), "EMAIL").t(">\nAan: ").k(ctx.generic_mail()).t("\n").k(
        "Onderwerp"
    ).t(": Bezwaar terras ").k(biz).t(" (").k("zaak").t(" ").p(case, "CASE_NUMBER").t(")\n\n")
    d.t(r.choice(["Geachte heer/mevrouw,", "Beste mensen van de gemeente,", "Goedemiddag,"])).t("\n\n")
    d.t("Ik woon naast ").k(biz).t(" op ")
    ctx.address(d, pc=False, town=False)
    d.t(". Sinds ").k(C.odate(r)).t(" staat het terras tot na middernacht vol. ")
    ref(d, own, r, "title" if r.random() < 0.5 else "full", start=True)
    d.t(" zegt dat ", "zij" if own.female else "hij", " een ").k("terrasvergunning").t(
        " heeft, maar op de kaart van het "
    ).k("Omgevingsloket").t(" staat iets anders. ")
    d.t("De leverancier parkeert elke ochtend met de bus (").p(C.plate(r), "LICENSE_PLATE").t(
        ") op de stoep.\n\nMijn buurvrouw "
    )
    nb2 = Person(r, female=True)
    ref(d, nb2, r, r.choice(["title", "full", "first"]))
    d.t(" kan het bevestigen (").p(C.phone(r, ctx.town), "PHONE").t(").\n\nMet vriendelijke groet,\n").per(
        nb.full() if r.random() < 0.5 else nb.init_name()
    ).t("\n")
    ctx.address(d, sep="\n")
    if r.random() < 0.6:
        off = Person(r)
        d.t("\n\n> Op ").k(C.odate(r)).t(" schreef ").per(off.full()).t(" <").p(off.email(ctx.dom), "EMAIL").t(">:\n> ")
        d.t("Uw bezwaar is geregistreerd onder ").p(case, "CASE_NUMBER").t(". De ").k("Bezwaarschriftencommissie").t(
            " hoort u en "
        ).per(own.surname()).t(" samen.\n")


def b_bbz(ctx: Ctx, d: Doc, r: Random) -> None:
    cl = Person(r)
    d.k("Intakeverslag").t(" ").k("Bbz").t(" – ").k(C.odate(r)).t("\n")
    ctx.cue_case(d, r.choice(["Dossiernummer", "zaak", "behandelnummer"]), ": ")
    d.t("\n").k("Klant").t(": ").per(cl.sfirst()).t(" (BSN ").p(C.bsn_fmt(r, C.bsn(r)), "BSN").t("), ")
    dob_line(d, r, 1960, 2000, "geboren ")
    d.t("\n").k("Partner").t(": ")
    pt = Person(r, family=cl if r.random() < 0.5 else None)
    d.per(pt.full()).t("\n").k("Onderneming").t(": ").k(
        r.choice(
            ["glazenwasserij", "kapsalon", "klusbedrijf", "foodtruck", "webwinkel", "taxibedrijf", "schoonmaakbedrijf"]
        )
    )
    d.t(" sinds ").k(str(r.randint(2012, 2024))).t("\n").k("Zakelijke rekening").t(": ").p(
        C.iban_fmt(r, C.iban(r)), "IBAN"
    ).t("\n")
    acc = Person(r)
    d.k("Boekhouder").t(": ").per(acc.full()).t(", tel. ").p(C.landline(r, ctx.town[2]), "PHONE").t("\n\n").k(
        "Afspraken"
    ).t(":\n")
    d.t("1. ").per(cl.first if r.random() < 0.5 else cl.surname()).t(" levert de jaarcijfers en de aangifte ").k(
        "inkomstenbelasting"
    ).t(" aan.\n")
    d.t("2. ").k("Bedrijfskapitaal").t(" van ").k(C.amount(r, 2000, 12000)).t(" wordt getoetst door het ").k(
        "Regionaal Bureau Zelfstandigen"
    ).t(".\n")
    d.t("3. Volgende afspraak op ").k(C.odate(r)).t(" om ").k(C.odd_time(r)).t(".\n\n").k("Klantmanager").t(": ")
    km = Person(r)
    d.per(km.full()).t(" (").per(km.paraph()).t(")\n")


def b_nightshop(ctx: Ctx, d: Doc, r: Random) -> None:
    me, own = Person(r), Person(r)
    d.t("hoi, ik ben ").per(me.lower()).t(" van ")
    d.p(C.street(r).lower() + " " + C.housenr(r), "ADDRESS")
    d.t(". de ").k("nachtwinkel").t(" hiernaast van ").per(own.first.lower() if r.random() < 0.4 else own.surname()).t(
        " is weer tot 3 uur open en er staat elke nacht een busje "
    )
    d.p(C.plate(r), "LICENSE_PLATE").t(" met draaiende motor. ik heb al 3x gebeld met ").k("Stadstoezicht").t(
        " maar er gebeurt niks.. mijn nummer is "
    )
    d.p(C.mobile(r), "PHONE").t("\n\n")
    d.k("Reactie").t(" ").k("bemiddelaar").t(" (").per(ctx.med.full()).t("), ").k(C.odate(r)).t(":\n")
    d.t("Gesproken met ").per(me.first).t(" en met de eigenaar, ").t(own.title()).t(" ").per(own.surname()).t(". ")
    d.t("Afgesproken: de leveranciers laden voortaan aan de achterkant; ").k("Stadstoezicht").t(
        " controleert twee weken. "
    )
    ctx.cue_case(d, r.choice(["afstemmingsnummer", "kenmerk"]))
    d.t(". ").k("Controlevraag").t(" gesteld op ").k(C.odate(r)).t(".\n")


def b_venten(ctx: Ctx, d: Doc, r: Random) -> None:
    p = Person(r)
    d.k("Aanvraag").t(" ").k(r.choice(["ventvergunning", "standplaatsvergunning", "taxistandplaatsvergunning"])).t(
        "\n\n"
    )
    d.k("Achternaam").t(": ").per(p.surname().upper() if r.random() < 0.5 else p.surname()).t("\n").k("Voornamen").t(
        ": "
    ).per((p.first + " " + p.second).strip()).t("\n")
    d.k("Geboortedatum").t(": ").p(C.dob(r, 1955, 2004)[1], "DATE_OF_BIRTH").t("\n").k("Adres").t(": ")
    ctx.address(d)
    d.t("\n").k("Mobiel").t(": ").p(C.mobile(r), "PHONE").t("\n").k("Voertuig").t(": ").k(
        r.choice(["bakfiets", "bestelbus", "ijscokar", "aanhanger"])
    ).t(", kenteken ").p(C.plate(r), "LICENSE_PLATE").t("\n")
    f = C._fold(p.core).lower().replace(" ", "-")
    d.k("Bijlagen").t(": pasfoto-").per(f).t(".jpg, ").k("uittreksel").t("\n\n")
    d.k("Beoordeling").t(": ").k("afgewezen").t(" – te dicht bij ").k(r.choice(P.BUSINESSES)).t(". Besluit verzonden, ")
    ctx.cue_case(d, r.choice(["besluitnummer", "zaaknummer"]))
    d.t(", link: https://loket.").t(ctx.dom).t("/zaken/").p(C.case_number(r), "CASE_NUMBER").t("\n")


def b_visit(ctx: Ctx, d: Doc, r: Random) -> None:
    own = Person(r)
    kid = Person(r, family=own)
    am = Person(r)
    d.k("Verslag").t(" ").k("bedrijfsbezoek").t(" ").k(C.odate(r)).t(" – ").k("Bedrijvenloket").t("\n\n").k(
        "Aanwezig"
    ).t(": ")
    ref(d, own, r, "full")
    d.t(" (eigenaar), ")
    ref(d, kid, r, r.choice(["full", "first"]))
    d.t(" (").k("dochter" if kid.female else "zoon").t(", meewerkend), ").per(am.init_name()).t(" (").k(
        "accountmanager bedrijven"
    ).t(")\n\n")
    d.t(r.choice(["Het bedrijf", "De zaak", "De werkplaats"])).t(" zit sinds ").k(str(r.randint(1985, 2020))).t(
        " aan de "
    )
    ctx.address(d, pc=False, town=False)
    d.t(". ").per(own.surname() if r.random() < 0.6 else own.first).t(" wil uitbreiden maar het ").k(
        "bestemmingsplan"
    ).t(" laat dat niet toe. ")
    d.t("Contact voor de ").k("Kamer van Koophandel").t(": ").p(C.phone(r, ctx.town), "PHONE").t(
        ". Dossier online: https://bedrijven."
    ).t(ctx.dom).t("/dossier/").p(C.case_number(r), "CASE_NUMBER").t("\n")
    d.k("Vervolg").t(": ").per(am.first).t(" vraagt advies bij ").k(r.choice(P.DEPTS_BUSINESS)).t(".\n")


# ============================================================ energy and water


def e_coach(ctx: Ctx, d: Doc, r: Random) -> None:
    res = Person(r)
    coach = Person(r)
    d.k("Energiecoach").t(" – ").k("verslag huisbezoek").t("\n").k("Datum").t(": ").k(C.odate(r)).t("\n").k(
        "Bewoner"
    ).t(": ")
    ref(d, res, r, r.choice(["full", "sfirst", "title"]))
    d.t("\n").k("Adres").t(": ")
    ctx.address(d)
    d.t("\n").k("Telefoon").t(": ").p(C.phone(r, ctx.town), "PHONE").t("\n").k("Energiecoach").t(": ").per(
        coach.first
    ).t(" (").k("Stichting Energiecoaches").t(")\n\n")
    d.k("Situatie").t("\n").per(res.first if r.random() < 0.5 else res.surname()).t(" woont hier met ")
    if r.random() < 0.6:
        fam = Person(r, family=res)
        d.t("haar" if res.female else "zijn").t(" ").k(
            r.choice(["dochter", "moeder"] if fam.female else ["zoon", "vader"])
        ).t(" ").per(fam.first)
    else:
        d.t("twee kinderen")
    d.t(". ").k("Voorschot").t(" ").k(C.amount(r, 90, 420)).t(" per maand, ").k("jaarverbruik").t(" ").k(
        f"{r.randint(900, 2600)} m³ gas"
    ).t(".\n\n")
    d.k("Advies").t(":\n")
    for m in r.sample(P.MEASURES, 3):
        d.t("- ").k(m).t("\n")
    d.t("\n").k("Afspraak").t(": ").per(coach.first).t(" komt op ").k(C.odate(r)).t(" terug met de ").k("Energiebox").t(
        ". "
    )
    ctx.cue_case(d, r.choice(["dossier", "registratienummer", "referentie"]))
    d.t("\n")


def e_allowance(ctx: Ctx, d: Doc, r: Random) -> None:
    a = Person(r)
    d.k("AANVRAAGFORMULIER ENERGIETOESLAG").t(" ").k(str(2026)).t("\n")
    ctx.cue_case(d, r.choice(["aanvraagnummer", "zaaknummer"]), ": ")
    d.t("\n\n").k("Aanvrager").t("\n  ").k("Naam").t(": ").per(r.choice([a.full2(), a.caps(), a.sfirst()])).t(
        "\n  BSN: "
    ).p(C.bsn_fmt(r, C.bsn(r)), "BSN").t("\n  ")
    d.k("Geboortedatum").t(": ").p(C.dob(r, 1940, 2004)[1], "DATE_OF_BIRTH").t("\n  ").k("Adres").t(": ")
    ctx.address(d, caps=r.random() < 0.3)
    d.t("\n  ").k("IBAN").t(": ").p(C.iban_fmt(r, C.iban(r)), "IBAN").t("  t.n.v. ").per(a.init_name()).t("\n\n").k(
        "Gezinsleden"
    ).t("\n")
    for _ in range(r.randint(1, 4)):
        m = Person(r, family=a) if r.random() < 0.7 else Person(r)
        d.t("  – ").per(r.choice([m.full(), m.caps(), m.sfirst()])).t(", ")
        dob_line(d, r, 1950, 2024, r.choice(["", "geb. ", "°", "("]))
        d.t("\n")
    d.t("\n").k("Inkomen").t(": ").k(C.amount(r, 900, 2400)).t(" netto per maand (").k(
        r.choice(["AOW", "Participatiewet", "WIA", "loon"])
    ).t(")\n")
    d.k("Behandeld door").t(": ").per(Person(r).paraph()).t(", ").k(r.choice(P.DEPTS_ENERGY)).t("\n")


def e_insulation(ctx: Ctx, d: Doc, r: Random) -> None:
    a = Person(r)
    inst = Person(r)
    d.k("Subsidieaanvraag").t(" ").k("isolatie").t(" – ").k("Duurzaam Wonen").t("\n\n")
    ref(d, a, r, r.choice(["full", "init"]))
    d.t(" vraagt subsidie voor ").k(r.choice(P.MEASURES)).t(" in de woning aan de ")
    ctx.address(d)
    d.t(". Offerte van ").k(
        r.choice(["Isolatiebedrijf Oost", "Klimaatwerk", "Warm Dak", "Groen Installatietechniek"])
    ).t(", contactpersoon ")
    d.per(inst.full()).t(" (").p(C.mobile(r), "PHONE").t(", ").p(
        inst.email(r.choice(["isolatieoost.nl", "klimaatwerk.nl", "warmdak.nl"])), "EMAIL"
    ).t("), ")
    d.k("offertebedrag").t(" ").k(C.amount(r, 800, 9000)).t(".\n\n").k("Uitbetaling").t(" op ").p(
        C.iban_fmt(r, C.iban(r)), "IBAN"
    ).t(" ten name van ")
    d.per(a.caps() if r.random() < 0.5 else a.full()).t(".\n")
    if r.random() < 0.5:
        d.t("Mede-eigenaar: ").per(Person(r, family=a).full()).t(", ")
        dob_line(d, r, 1950, 2000, "geboren ")
        d.t(".\n")
    d.t("\n").k("Beschikking").t(" volgt binnen ").k("acht weken").t("; ")
    ctx.cue_case(d, r.choice(["kenmerk", "besluitnummer"]))
    d.t(". Vragen: ").k(ctx.generic_mail()).t(".\n")


def e_noise(ctx: Ctx, d: Doc, r: Random) -> None:
    comp, own = Person(r), Person(r)
    insp = [Person(r) for _ in range(2)]
    d.k("Omgevingsdienst").t(" – ").k("Meetrapport geluid warmtepomp").t("\n")
    ctx.cue_case(d, r.choice(["Zaaknummer", "Kenmerk", "Meldingnummer"]), ": ")
    d.t("\n").k("Klager").t(": ")
    ref(d, comp, r, "sfirst")
    d.t(", ")
    ctx.address(d, pc=False)
    d.t("\n").k("Eigenaar installatie").t(": ")
    ref(d, own, r, r.choice(["full", "title", "caps"]))
    d.t(", ")
    ctx.address(d, pc=r.random() < 0.5)
    d.t("\n").k("Verbalisanten").t(": ").per(insp[0].init_name()).t(" en ").per(insp[1].init_name()).t("\n\n").k(
        "Bevindingen"
    ).t("\n")
    d.t("Gemeten op ").k(C.odate(r)).t(" om ").k(C.odd_time(r)).t(" in de slaapkamer van ").per(
        comp.surname() if r.random() < 0.6 else comp.first
    ).t(": ")
    d.k(f"{r.randint(33, 48)} dB(A)").t(". Norm ").k("Bouwbesluit").t(": ").k("40 dB(A)").t(". ")
    d.per(own.surname()).t(" plaatst een ").k("geluidsscherm").t(". Contact: ").p(C.phone(r, ctx.town), "PHONE").t(
        ".\n"
    )
    d.per(insp[0].paraph()).t(" / ").per(insp[1].paraph()).t("\n")


def e_mooring(ctx: Ctx, d: Doc, r: Random) -> None:
    d.k("LIGPLAATSENREGISTER").t(" ").k("Havendienst").t(" ").k(ctx.name).t(" (uittreksel)\n")
    d.t("ligplaats | schip | eigenaar | tel | vergunning\n")
    owners = []
    for _ in range(r.randint(3, 6)):
        o = Person(r, family=owners[-1]) if owners and r.random() < 0.2 else Person(r)
        owners.append(o)
        d.t(f"{r.randint(1, 90)} | ").k(r.choice(P.BOATS)).t(" | ").per(
            r.choice([o.sfirst(), o.full(), o.caps(), o.init_name()])
        ).t(" | ").p(C.phone(r, ctx.town), "PHONE").t(" | ").p(C.case_number(r), "CASE_NUMBER").t("\n")
    hm = Person(r)
    d.t("\n").k("Logboek").t(" ").k("havenmeester").t(" ").per(hm.first).t(":\n")
    o = r.choice(owners)
    d.k(C.odd_time(r)).t(" – ").per(o.surname()).t(" meldt lekkage, ").k("pomp").t(" geleend.\n")
    d.k(C.odd_time(r)).t(" – auto ").p(C.plate(r), "LICENSE_PLATE").t(" op de kade, eigenaar ")
    ref(d, Person(r), r, r.choice(["full", "title"]))
    d.t(" gebeld.\n").k(C.odd_time(r)).t(" – ").k("Liggeld").t(" ").k(C.amount(r, 200, 1800)).t(" van ").per(o.first).t(
        " ontvangen op "
    ).p(C.iban_fmt(r, C.iban(r)), "IBAN").t(".\n")


def e_flood(ctx: Ctx, d: Doc, r: Random) -> None:
    res = Person(r)
    d.k("Melding wateroverlast").t(" – ").k(C.odate(r)).t("\n")
    ctx.cue_case(d, r.choice(["meldingnummer", "zaak", "ticket"]), ": ")
    d.t("\n").k("Melder").t(": ")
    ref(d, res, r, r.choice(["full", "sfirst", "caps"]))
    d.t(", ").p(C.phone(r, ctx.town), "PHONE").t(", ").p(res.email(), "EMAIL").t("\n").k("Locatie").t(": ")
    ctx.address(d)
    d.t("\n\n").k("Omschrijving melder").t(": na de ").k("hoosbui").t(" stond de kelder ").k("twintig centimeter").t(
        " onder water; de buren ("
    )
    nb = Person(r)
    ref(d, nb, r, r.choice(["title", "full", "first"]))
    d.t(") ook. Foto's: kelder-").per(C._fold(res.core).lower().replace(" ", "-")).t("-1.jpg, kelder-").per(
        C._fold(res.core).lower().replace(" ", "-")
    ).t("-2.jpg\n\n")
    w = Person(r)
    d.k("Terugkoppeling").t(" ").k("team Riolering").t(": ").per(w.full()).t(" (").k("Rioolreiniging").t(
        ") heeft de put doorgespoten. "
    )
    d.per(res.surname() if r.random() < 0.5 else res.first).t(" dient schade in bij de ").k("verzekeraar").t(".\n")


def e_waterboard(ctx: Ctx, d: Doc, r: Random) -> None:
    a = Person(r)
    caps = r.random() < 0.3
    d.k("Waterschap").t(" ").k(
        r.choice(
            [
                "Vallei en Veluwe",
                "Rijn en IJssel",
                "Drents Overijsselse Delta",
                "Brabantse Delta",
                "Hollands Noorderkwartier",
            ]
        )
    ).t("\n\n")
    d.t("DE HEER/MEVROUW " if caps else "").per(a.surname().upper() if caps else a.init_name()).t("\n")
    ctx.address(d, caps=caps, sep="\n")
    d.t("\n\n").k("Ons kenmerk").t(": ").p(C.case_number(r), "CASE_NUMBER").t("\n").k("Datum").t(": ").k(C.odate(r)).t(
        "\n"
    ).k("Onderwerp").t(": ").k("kwijtschelding").t(" ").k("watersysteemheffing").t("\n\n")
    d.t(r.choice(["Geachte heer/mevrouw ", "Geachte "])).per(a.surname()).t(
        ",\n\nU vroeg via de gemeente kwijtschelding aan (BSN "
    ).p(C.bsn_fmt(r, C.bsn(r)), "BSN").t("). ")
    d.t("Wij verlenen ").k("gedeeltelijke kwijtschelding").t(" van ").k(C.amount(r, 80, 600)).t(
        ". Het restant wordt in "
    ).k("tien termijnen").t(" afgeschreven van ")
    d.p(C.iban_fmt(r, C.iban(r)), "IBAN").t(".\n\nMet vriendelijke groet,\n\n")
    off = Person(r)
    d.per(off.init_name()).t("\n").k("teamleider Invordering").t("\n")


# ============================================================ heritage, archives and tourism


def h_archive(ctx: Ctx, d: Doc, r: Random) -> None:
    req = Person(r)
    anc = Person(r, origin=r.choice(["dutch", "dutch_part", "frisian", "limburg", "flemish", "german"]))
    d.k("Onderzoeksaanvraag").t(" ").k("Stadsarchief").t(" ").k(ctx.name).t("\n")
    ctx.cue_case(d, r.choice(["archiefaanvraag", "volgnummer", "Aanvraagnummer"]), ": ")
    d.t("\n").k("Aanvrager").t(": ").per(req.full()).t(", ").p(req.email(), "EMAIL").t(", ").p(C.phone(r), "PHONE").t(
        "\n\n"
    ).k("Vraag").t(":\n")
    d.t("Ik zoek gegevens over mijn ").k(
        r.choice(
            ["grootmoeder", "betovergrootmoeder", "oudtante"]
            if anc.female
            else ["overgrootvader", "oudoom", "grootvader"]
        )
    ).t(" ").per(anc.full2()).t(", ")
    d.p(C.dob_fmt(r, C.dob(r, 1860, 1925)[0]), "DATE_OF_BIRTH").t(r.choice([" te ", " in "])).k(
        r.choice(["Kampen", "Harderwijk", "Elburg", "Hattem", "Genemuiden"])
    ).t(", en ")
    ch = Person(r, family=anc)
    d.t("haar" if anc.female else "zijn").t(" ").k("zus" if ch.female else "broer").t(" ").per(ch.first).t(" (").p(
        C.dob_fmt(r, C.dob(r, 1860, 1930)[0]), "DATE_OF_BIRTH"
    ).t("). ")
    d.t("Het gezin woonde volgens ").k(r.choice(P.HERITAGE_THINGS)).t(" aan de ")
    ctx.address(d, pc=False, town=False)
    d.t(".\n\n").k("Antwoord").t(" ").k("archivaris").t(" ")
    arc = Person(r)
    d.per(arc.full()).t(":\nIn ").k(r.choice(P.HERITAGE_THINGS)).t(" (").k(f"inv.nr. {r.randint(100, 3999)}").t(
        ") staat "
    ).per(anc.surname()).t(", ")
    d.p(C.dob_fmt(r, C.dob(r, 1860, 1925)[0]), "DATE_OF_BIRTH").t(". ").k("Scans").t(" volgen via ").k(
        ctx.generic_mail()
    ).t("; ").k("kosten").t(" ").k(C.amount(r, 10, 90)).t(".\n")


def h_monument(ctx: Ctx, d: Doc, r: Random) -> None:
    own, arch = Person(r), Person(r)
    d.k("Aanvraag").t(" ").k("omgevingsvergunning").t(" ").k("monumentenactiviteit").t("\n")
    ctx.cue_case(d, r.choice(["Zaaknummer", "Dossiernummer"]), ": ")
    d.t("\n").k("Object").t(": ").k(r.choice(P.MONUMENTS)).t(", ")
    ctx.address(d)
    d.t("\n").k("Eigenaar").t(": ")
    ref(d, own, r, r.choice(["full", "sfirst", "init"]))
    d.t(", tel. ").p(C.phone(r, ctx.town), "PHONE").t("\n").k("Architect").t(": ").per(arch.full()).t(", ").p(
        arch.email(r.choice(["atelier-noord.nl", "bureauvanwijk.nl", "restauratiearchitecten.nl"])), "EMAIL"
    ).t("\n\n")
    d.k("Werkzaamheden").t(": ").k(
        r.choice(
            ["herstel van de kap", "vervangen van de kozijnen", "isoleren van het dak", "herstel van het voegwerk"]
        )
    ).t(".\n\n")
    d.k("Advies").t(" ").k("Monumentencommissie").t(" (").k(C.odate(r)).t("), ").k("aanwezig").t(": ")
    ms = [Person(r) for _ in range(3)]
    for i, m in enumerate(ms):
        d.t(", " if i else "").per(m.init_name())
    d.t(". Akkoord onder voorwaarden; ").per(arch.surname()).t(" levert een ").k("bouwhistorisch rapport").t(". ")
    d.k("Contactpersoon").t(": ").per(Person(r).full())
    d.t(".\n")


def h_rental(ctx: Ctx, d: Doc, r: Random) -> None:
    host, nb = Person(r), Person(r)
    reg = C.case_number(r)
    d.k("Registratie vakantieverhuur").t("\n").k("Registratienummer").t(": ").p(reg, "CASE_NUMBER").t("\n").k(
        "Verhuurder"
    ).t(": ")
    ref(d, host, r, r.choice(["full", "sfirst", "full2"]))
    d.t("\n").k("Adres").t(": ")
    ctx.address(d)
    d.t("\n").k("Nachten").t(" ").k("2025").t(": ").k(str(r.randint(12, 60))).t(" (maximum ").k("30 nachten").t(")\n\n")
    d.k("Melding").t(" van buurman ")
    ref(d, nb, r, r.choice(["full", "title"]))
    d.t(" (").p(C.phone(r, ctx.town), "PHONE").t("), ").k(C.odate(r)).t(
        ':\n"Elk weekend andere gasten, rolkoffers om '
    ).k("03:00").t(". ")
    d.t("Ik heb ").per(host.first if r.random() < 0.5 else host.surname()).t(" gemaild op ").p(host.email(), "EMAIL").t(
        ' maar kreeg geen antwoord."\n\n'
    )
    d.k("Toezicht").t(": ").per(Person(r).init_name()).t(" controleert; ").k("advertentie").t(" ").t(
        "https://verhuur.example/listing/"
    ).p(reg, "CASE_NUMBER").t(".\n")


def h_touristtax(ctx: Ctx, d: Doc, r: Random) -> None:
    own = Person(r)
    d.k("Aangifte toeristenbelasting").t(" ").k("2025").t(" – ").k(
        r.choice(["B&B", "Pension", "Minicamping", "Gastenverblijf"])
    ).t(" ").k(r.choice(["De Linde", "Het Uilennest", "Zonnehoeve", "Het Zwaluwnest", "De Morgenster"])).t("\n")
    d.k("Belastingplichtige").t(": ").per(own.sfirst()).t("\n")
    if r.random() < 0.7:
        d.t("BSN/RSIN: ").p(C.bsn_fmt(r, C.bsn(r)), "BSN").t("\n")
    ctx.cue_case(d, r.choice(["volgnummer", "dossiernummer"]), ": ")
    d.t("\n\nmaand | overnachtingen\n")
    for m in r.sample(P.MONTHS, 4):
        d.k(m).t(f" | {r.randint(4, 120)}\n")
    d.t("\n").k("Tarief").t(" ").k("€ 2,35").t(" per persoon per nacht. Terugbetaling van te veel betaalde ").k(
        "voorlopige aanslag"
    ).t(" op ")
    d.p(C.iban_fmt(r, C.iban(r)), "IBAN").t(" t.n.v. ").per(own.init_name() if r.random() < 0.5 else own.caps()).t(
        ".\n"
    )
    if r.random() < 0.6:
        d.t("Let op: de ").k("gastenregistratie").t(" van ").per(Person(r).full()).t(" (").p(
            C.dob(r, 1950, 2005)[1], "DATE_OF_BIRTH"
        ).t(") ontbrak.\n")
    d.k("Ondertekend").t(": ").per(own.paraph()).t("\n")


def h_bench(ctx: Ctx, d: Doc, r: Random) -> None:
    req = Person(r)
    dec = Person(r, family=req) if r.random() < 0.6 else Person(r)
    d.k("Aanvraag herdenkingsbank").t("\n")
    ctx.cue_case(d, r.choice(["zaaknummer", "kenmerk"]), ": ")
    d.t("\n").k("Aanvrager").t(": ")
    ref(d, req, r, r.choice(["full", "init", "sfirst"]))
    d.t(", ")
    ctx.address(d)
    d.t(", ").p(C.phone(r, ctx.town), "PHONE").t("\n").k("Ter nagedachtenis aan").t(": ").per(
        dec.full(nick=True) if dec.nick else dec.full2()
    ).t(", ")
    dob_line(d, r, 1930, 1975, r.choice(["geboren ", "*", "geb. "]))
    d.t(", overleden ").k(C.odate(r, 2025)).t("\n").k("Locatie").t(": ").k(
        r.choice(["bij de vijver in het stadspark", "aan de haven", "bij de molen", "langs de dijk"])
    ).t("\n")
    d.k("Tekst plaquette").t(': "').per(dec.first.upper()).t(" – ").k(
        r.choice(["ZIJ HIELD VAN DIT UITZICHT", "HIER ZAT HIJ ELKE OCHTEND", "ALTIJD IN ONZE GEDACHTEN"])
    ).t('"\n')
    d.k("Bijdrage").t(" ").k(C.amount(r, 400, 1500)).t(" van ").p(C.iban_fmt(r, C.iban(r)), "IBAN").t("\n\n").k(
        "Reactie"
    ).t(" ").k("Openbare Ruimte").t(": ")
    off = Person(r)
    d.per(off.full()).t(" belt ").per(req.surname() if r.random() < 0.5 else req.first).t(" over de plek.\n")


def h_volunteers(ctx: Ctx, d: Doc, r: Random) -> None:
    d.t("vrijwilligers-").k("openmonumentendag").t("-").k(ctx.dom.split(".")[0]).t(".csv\n")
    d.k("Achternaam").t(";").k("Voornaam").t(";").k("Telefoon").t(";").k("E-mail").t(";").k("Locatie").t(";").k(
        "Dienst"
    ).t("\n")
    ppl = []
    for _ in range(r.randint(4, 7)):
        p = Person(r, family=ppl[-1]) if ppl and r.random() < 0.25 else Person(r)
        ppl.append(p)
        d.per(p.surname()).t(";").per(p.first).t(";").p(C.phone(r, ctx.town), "PHONE").t(";").p(p.email(), "EMAIL").t(
            ";"
        )
        d.k(r.choice(["Grote Kerk", "Stadhuis", "Waag", "Molen", "Synagoge", "Watertoren"])).t(";").k(
            r.choice(["ochtend", "middag", "hele dag"])
        ).t("\n")
    d.t("\nCoördinator: ").per(Person(r).full()).t(" – ").k("Stichting Open Monumentendag").t("\n")


def h_camp(ctx: Ctx, d: Doc, r: Random) -> None:
    d.k("NACHTREGISTER").t(" ").k(
        r.choice(["Camping De Waterhoen", "Minicamping Het Kievitsnest", "Jachthaven De Punt"])
    ).t(" – week ").k(str(r.randint(20, 38))).t("\n")
    d.t("aankomst | naam | ").k("nationaliteit").t(" | geb.datum | kenteken\n")
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        d.k(C.odate(r)).t(" | ").per(r.choice([p.sfirst(), p.caps(), p.full()])).t(" | ").k(
            r.choice(["Duits", "Belgisch", "Pools", "Nederlands", "Deens", "Brits", "Tsjechisch"])
        ).t(" | ")
        d.p(C.dob(r, 1945, 2010)[1], "DATE_OF_BIRTH").t(" | ").p(C.plate(r), "LICENSE_PLATE").t("\n")
    d.t("\n").k("Controle").t(" ").k("toeristenbelasting").t(" door ").per(Person(r).init_name()).t("; ").k(
        "register"
    ).t(" compleet.\n")


# ============================================================ known file

KNOWN_SHAPES = ["alcohol", "market", "coach", "mooring", "archive", "rental", "bench", "insulation"]


def known_doc(ctx: Ctx, d: Doc, r: Random, entry: tuple, is_first: bool) -> dict:
    """Write a known-file document; returns the known dict."""
    if is_first:
        word, s1, s2 = entry
        res = Person(r, origin=r.choice(["dutch", "dutch_part", "frisian", "limburg"]), first=word)
    else:
        word, part, s1, s2 = entry
        res = Person(r, origin=r.choice(["dutch", "dutch_part", "frisian"]), sur=word, particle=part)
    res.second, res.nick = "", ""
    full = res.full()
    shape = r.choice(KNOWN_SHAPES)
    other = Person(r)
    head = {
        "alcohol": "Aanvraag alcoholvergunning",
        "market": "Marktzaken",
        "coach": "Verslag energiecoach",
        "mooring": "Ligplaatsvergunning",
        "archive": "Onderzoeksaanvraag Stadsarchief",
        "rental": "Registratie vakantieverhuur",
        "bench": "Aanvraag herdenkingsbank",
        "insulation": "Subsidieaanvraag isolatie",
    }[shape]
    d.k(head).t(" – ").k(C.odate(r)).t("\n")
    ctx.cue_case(d, r.choice(["zaaknummer", "kenmerk", "dossier"]), ": ")
    d.t("\n\n")
    known = {"names": [full]}
    form = r.choice(["plain", "sfirst", "caps", "init"])
    if form == "sfirst" and not is_first:
        d.k("Aanvrager").t(": ").per(res.sfirst()).t("\n")
    elif form == "caps":
        d.per(full.upper()).t("\n")
    elif form == "init" and not is_first:
        d.k("Aanvrager").t(": ").per(res.init_name()).t("\n")
    d.per(full).t(r.choice([" meldde zich op ", " belde op ", " kwam langs op "])).k(C.odate(r)).t(". ")
    if r.random() < 0.5:
        e = res.email()
        known["emails"] = [e]
        d.t("Mail: ").p(e, "EMAIL").t(". ")
    if r.random() < 0.35:
        ph = C.phone(r, ctx.town)
        known["phones"] = [ph]
        d.t("Telefoon: ").p(ph, "PHONE").t(". ")
    d.kb(s1).t(" ")
    if is_first:
        d.per(res.first).t(r.choice([" wil vooral duidelijkheid.", " vraagt om een gesprek met de wethouder."]))
    else:
        t = res.title()
        d.t(t[0].upper() + t[1:] + " ").per(res.surname()).t(
            r.choice([" wil vooral duidelijkheid.", " vraagt om een gesprek met de wethouder."])
        )
    d.t("\n\n")
    if shape in ("alcohol", "market", "mooring", "rental"):
        d.t("Ook betrokken: ").per(other.full()).t(" (").p(C.phone(r, ctx.town), "PHONE").t("), ")
        ctx.address(d, pc=r.random() < 0.5)
        d.t(".\n")
    elif shape in ("coach", "insulation", "bench"):
        d.k("Adres").t(": ")
        ctx.address(d)
        d.t("\n").k("IBAN").t(": ").p(C.iban_fmt(r, C.iban(r)), "IBAN").t("\n")
    else:
        d.k("Archivaris").t(": ").per(other.full()).t("; ").k("inv.nr.").t(" ").k(str(r.randint(100, 3999))).t("\n")
        d.t("Gezocht: ").per(Person(r, family=res).full()).t(", ").p(
            C.dob_fmt(r, C.dob(r, 1880, 1930)[0]), "DATE_OF_BIRTH"
        ).t("\n")
    d.k("Bemiddelaar").t(": ").per(ctx.med.full()).t("\n")
    if r.random() < 0.5:
        d.t("\nPS: ").kb(s2).t("\n")
    if r.random() < 0.3:
        d.t("\n").t(r.choice(["Getekend: ", "Namens de aanvrager: ", "Voor akkoord: "])).per(
            r.choice([full, full.upper(), res.init_name() if not is_first else full])
        ).t("\n")
    return known


BUSINESS = [b_alcohol, b_bibob, b_market, b_terrace, b_bbz, b_nightshop, b_venten, b_visit]
ENERGY = [e_coach, e_allowance, e_insulation, e_noise, e_mooring, e_flood, e_waterboard]
HERITAGE = [h_archive, h_monument, h_rental, h_touristtax, h_bench, h_volunteers, h_camp]
