"""The shapes of holdout21's four files: legal help and disputes, online channels and collaboration, newcomers and
civic integration, and residents whose names are ordinary words (known)."""

from __future__ import annotations

import ids21 as I
import pools21 as PL
from doc21 import Doc, K, P

AUDIT = {"persons": [], "streets": [], "known_words": []}
GEM = ["gemeente-zwolle.nl", "deventer.nl", "amersfoort.nl", "gemeente.nl", "tilburg.nl", "almere.nl", "breda.nl"]
DEPTS = [
    "Team Bezwaar en Beroep",
    "Afdeling Juridische Zaken",
    "Team Handhaving",
    "Afdeling Belastingen",
    "Team Werk en Inkomen",
    "Afdeling Burgerzaken",
    "Team Wmo",
    "Team Vergunningen",
    "Klantcontactcentrum",
    "Team Schuldhulpverlening",
    "Afdeling Ruimtelijke Ordening",
    "Team Leerplicht",
]
CUES = [
    "zaaknummer",
    "kenmerk",
    "Ons kenmerk",
    "Uw kenmerk",
    "rolnummer",
    "procedurenummer",
    "dossiernummer",
    "ticketnummer",
    "chatnummer",
    "meldingsnummer",
    "referentienummer",
    "aanvraagnummer",
    "zaak",
    "ticket",
    "registratienummer",
    "trajectnummer",
    "afstemmingsnummer",
    "volgnummer",
    "Zaaknr.",
    "Dossier",
]
GENERIC = [
    "info@gemeente.nl",
    "bezwaar@gemeente.nl",
    "afstemming@gemeente.nl",
    "inburgering@gemeente.nl",
    "privacy@gemeente.nl",
    "webcare@gemeente.nl",
    "Postbus 10000",
    "14 038",
    "14 053",
    "14 0570",
]


def cue(d):
    return K(d.r.choice(CUES))


def dept(d):
    return K(d.r.choice(DEPTS))


def town(d):
    return K(d.r.choice(PL.TOWNS))


def amount(d):
    r = d.r
    return K(
        r.choice(
            [
                f"€ {r.randint(12, 4800)},{r.randint(0, 99):02d}",
                f"€{r.randint(100, 9000)}",
                f"{r.randint(20, 900)} euro",
            ]
        )
    )


def addr_block(d, p, caps=False):
    r = d.r
    nf = r.choice(["titlefull", "tinitials", "full", "caps"]) if not caps else "caps"
    name = d.nm(p, nf, start=True)
    if caps and nf == "caps":
        name = (
            [r.choice(["DE HEER/MEVROUW ", "FAMILIE ", ""]), P(p.sur(cap=True).upper())] if r.random() < 0.4 else name
        )
    return [
        name,
        "\n",
        d.address(caps=caps),
        "\n",
        d.pc(),
        "  ",
        K(r.choice(PL.TOWNS).upper() if caps else r.choice(PL.TOWNS)),
        "\n",
    ]


# ============================================================ legal
def l_loket(d: Doc, r):
    p = d.person()
    partner = d.person(family_of=p, gender="f" if p.gender == "m" else "m") if r.random() < 0.4 else d.person()
    jur = d.person()
    d(
        K("JURIDISCH LOKET"),
        " – ",
        K("Intakeformulier"),
        "\n",
        cue(d),
        ": ",
        d.case(),
        "\n",
        K("Naam"),
        ": ",
        d.nm(p, r.choice(["surfirst", "full2", "surfirstcaps"])),
        "\n",
        K("Geboortedatum"),
        ": ",
        d.dob(),
        "\n",
        K("Adres"),
        ": ",
        d.address(),
        ", ",
        d.pc(),
        " ",
        town(d),
        "\n",
        K("Telefoon"),
        ": ",
        d.phone(),
        "\n",
        K("E-mail"),
        ": ",
        d.email(p),
        "\n",
    )
    if r.random() < 0.5:
        d(K("BSN"), ": ", d.bsn(), "\n")
    d(
        K("Wederpartij"),
        ": ",
        K("gemeente"),
        ", ",
        dept(d),
        "\n",
        K("Vraag"),
        " (",
        K("in eigen woorden"),
        "): ",
        d.nm(p, "lower") if r.random() < 0.3 else "",
        r.choice(
            [
                " mijn uitkering is stopgezet en niemand belt terug",
                " ik kreeg een boete en snap niet waarom",
                " de gemeente wil geld terug van de bijzondere bijstand",
            ]
        ),
        ", ",
        d.nm(partner, "first"),
        " weet er ook niks van.\n",
        K("Advies"),
        ": ",
        K("Bezwaar"),
        " maken binnen zes weken na ",
        d.date(),
        "; eerst ",
        K("verzoek tot afstemming"),
        " via ",
        K(r.choice(GENERIC[:3])),
        ".\n",
        K("Gesproken met"),
        ": ",
        d.nm(jur, r.choice(["full", "initials"])),
        " (",
        K("jurist"),
        "), ",
        d.nm(jur, "paraph"),
        "\n",
    )


def l_appeal(d: Doc, r):
    p, law = d.person(), d.person()
    off = d.person()
    court = r.choice(PL.COURTS)
    d(
        K(court),
        "\n",
        K("sector bestuursrecht"),
        "\n",
        K("Postbus"),
        " ",
        str(r.randint(100, 9999)),
        "\n\n",
        K("Betreft"),
        ": ",
        K("beroepschrift"),
        " (",
        K("pro forma"),
        ")\n",
        K("Inzake"),
        ": ",
        d.nm(p, r.choice(["full", "titlefull", "tinitials"])),
        " / ",
        K("college van burgemeester en wethouders"),
        " van ",
        town(d),
        "\n",
        K("Uw kenmerk"),
        ": ",
        d.case(),
        "\n\n",
        K("Edelgrootachtbaar College"),
        ",\n\n",
        K("Namens"),
        " mijn cliënt, ",
        d.nm(p, "titlefull"),
        ", geboren op ",
        d.dob(),
        ", wonende aan de ",
        d.address(),
        " te ",
        town(d),
        ", stel ik beroep in tegen het besluit op bezwaar van ",
        d.date(),
        " (",
        cue(d),
        " ",
        d.case(),
        ").\n",
    )
    d(
        "Het besluit is genomen door ",
        d.nm(off, r.choice(["titlefull", "tinitials"])),
        " van het ",
        dept(d),
        ". ",
        K("Gronden"),
        " volgen binnen vier weken. ",
        d.nm(p, "title", start=True),
        " verzoekt om vergoeding van het griffierecht (",
        amount(d),
        ").\n\n",
        K("Hoogachtend"),
        ",\n\nmr. ",
        d.nm(law, "initials"),
        "\n",
        K("advocaat"),
        "\n",
        d.work_email(law, r.choice(["advocaten.nl", "rechtshulp.nl", "ploegadvocaten.nl"])),
        " | ",
        d.phone("l"),
        "\n",
    )


def l_ruling(d: Doc, r):
    p, law, gm = d.person(), d.person(), d.person()
    judge, clerk = d.person(), d.person()
    d(
        K("UITSPRAAK"),
        "\n\n",
        K(r.choice(PL.COURTS)),
        "\n",
        K("Bestuursrecht"),
        "\n\n",
        K("zaaknummer"),
        ": ",
        d.case(),
        "\n\n",
        K("uitspraak"),
        " van de enkelvoudige kamer van ",
        d.date(),
        " in de zaak tussen\n\n",
        d.nm(p, r.choice(["full", "caps", "initials"])),
        ", uit ",
        town(d),
        ", eiser",
        "es" if p.gender == "f" else "",
        "\n(",
        K("gemachtigde"),
        ": mr. ",
        d.nm(law, "initials"),
        "),\n\nen\n\n",
        K("het college van burgemeester en wethouders"),
        " van de gemeente ",
        town(d),
        ", verweerder\n(",
        K("gemachtigde"),
        ": ",
        d.nm(gm, r.choice(["full", "initials"])),
        ").\n\n",
        K("Procesverloop"),
        "\n",
        K("Bij"),
        " besluit van ",
        d.date(2025),
        " heeft verweerder de aanvraag van ",
        d.nm(p, "title"),
        " afgewezen. ",
        K("Eiser"),
        " heeft op ",
        d.date(2025),
        " bezwaar gemaakt.\n",
    )
    if r.random() < 0.5:
        d(
            K("De"),
            " zitting was op ",
            d.date(),
            ". ",
            d.nm(p, "title", start=True),
            " is verschenen, bijgestaan door ",
            d.nm(law, "sur"),
            ". ",
            K("Ook"),
            " was aanwezig ",
        )
        fm = d.person(family_of=p)
        d(
            d.nm(fm, r.choice(["full", "first"])),
            ", ",
            r.choice(["zoon", "broer"] if fm.gender == "m" else ["dochter", "zus"]),
            " van eiser.\n",
        )
    d(
        K("Beslissing"),
        "\n",
        K("De"),
        " rechtbank verklaart het beroep gegrond en draagt verweerder op ",
        amount(d),
        " aan griffierecht te vergoeden.\n",
        K("Deze"),
        " uitspraak is gedaan door mr. ",
        d.nm(judge, "initials"),
        ", rechter, in aanwezigheid van ",
        d.nm(clerk, r.choice(["initials", "full"])),
        ", griffier.\n",
    )


def l_deed(d: Doc, r):
    dec = d.person()
    heirs = [d.person(family_of=dec) for _ in range(r.randint(1, 3))]
    notary = d.person()
    d(
        K("VERKLARING VAN ERFRECHT"),
        "\n",
        K("Dossiernummer"),
        ": ",
        d.case(),
        "\n\n",
        K("Heden"),
        ", ",
        d.date(),
        ", verscheen voor mij, mr. ",
        d.nm(notary, "initials"),
        ", ",
        K("notaris"),
        " te ",
        town(d),
        ":\n",
        d.nm(heirs[0], "full2"),
        ", geboren te ",
        town(d),
        " op ",
        d.dob(1950, 1995),
        ", wonende te ",
        town(d),
        ", ",
        d.address(),
        ".\n\n",
        K("De"),
        " comparant verklaarde:\n1. ",
        K("Op"),
        " ",
        d.date(2025),
        " is overleden ",
        d.nm(dec, r.choice(["full2", "caps"])),
        ", geboren op ",
        d.dob(1925, 1960),
        ", laatst gewoond hebbende aan de ",
        d.address(),
        " (",
        d.pc(),
        ").\n2. ",
        K("Erfgenamen"),
        " zijn:\n",
    )
    for h in heirs:
        d("   - ", d.nm(h, r.choice(["full2", "full", "surfirst"])), ", geboren ", d.dob(1950, 2000), "\n")
    d(
        "3. ",
        K("Het"),
        " saldo van rekening ",
        d.iban(),
        " ten name van ",
        d.nm(dec, "initials"),
        " valt in de nalatenschap.\n",
        K("De"),
        " gemeente ",
        K("vordert"),
        " nog ",
        amount(d),
        " aan ",
        K("afvalstoffenheffing"),
        " (",
        cue(d),
        " ",
        d.case(),
        ").\n\n",
        K("Waarvan akte"),
        ", ",
        d.nm(notary, "paraph"),
        "\n",
    )


def l_settle(d: Doc, r):
    p, off, med = d.person(), d.person(), d.person()
    d(
        K("VASTSTELLINGSOVEREENKOMST"),
        " (",
        K("concept"),
        ")\n",
        cue(d),
        ": ",
        d.case(),
        "\n\n",
        K("De ondergetekenden"),
        ":\n\n1. ",
        d.nm(p, r.choice(["full2", "titlefull"]), start=True),
        ", wonende aan de ",
        d.address(),
        ", ",
        d.pc(),
        " ",
        town(d),
        ", hierna: ",
        K("verzoeker"),
        ";\n2. ",
        K("de gemeente"),
        " ",
        town(d),
        ", te dezen vertegenwoordigd door ",
        d.nm(off, "full"),
        ", ",
        K(r.choice(["teamleider", "juridisch adviseur", "afdelingshoofd"])),
        " ",
        dept(d),
        ", hierna: ",
        K("de gemeente"),
        ";\n\n",
        K("Overwegende"),
        " dat ",
        d.nm(p, "title"),
        " op ",
        d.date(),
        " een ",
        K("verzoek tot afstemming"),
        " heeft ingediend en dat ",
        d.nm(med, "full"),
        " als ",
        K("bemiddelaar"),
        " is opgetreden;\n\n",
        K("Komen overeen"),
        ":\n",
        "artikel 1 – ",
        K("De"),
        " gemeente betaalt ",
        amount(d),
        " op rekening ",
        d.iban(),
        " t.n.v. ",
        d.nm(p, "initials"),
        ".\n",
        "artikel 2 – ",
        K("Verzoeker"),
        " trekt het bezwaar (",
        d.case(),
        ") in.\n",
        "artikel 3 – ",
        K("Partijen"),
        " verlenen elkaar finale kwijting.\n\n",
        K("Paraaf"),
        " verzoeker: ",
        d.nm(p, "paraph"),
        "    ",
        K("Paraaf"),
        " gemeente: ",
        d.nm(off, "paraph"),
        "\n",
    )
    if r.random() < 0.4:
        d(K("Contact"), ": ", d.phone(), " / ", d.email(p), "\n")


def l_parenting(d: Doc, r):
    a = d.person(gender="m")
    b = d.person(gender="f", origin=r.choice([a.origin, None]))
    kids = [d.person(family_of=a) for _ in range(r.randint(1, 3))]
    med = d.person()
    d(
        K("OUDERSCHAPSPLAN"),
        "\n\n",
        K("Ouders"),
        ":\n- ",
        d.nm(a, r.choice(["full2", "surfirst"])),
        ", geboren ",
        d.dob(1970, 1998),
        "\n- ",
        d.nm(b, r.choice(["full2", "surfirst"])),
        ", geboren ",
        d.dob(1970, 1998),
        "\n\n",
        K("Kinderen"),
        ":\n",
    )
    for k in kids:
        d(
            "| ",
            d.nm(k, r.choice(["full", "first"])),
            " | ",
            d.dob(2010, 2024, [0, 1, 3, 5, 9]),
            " | ",
            K(r.choice(["basisschool", "BSO", "kinderopvang", "voortgezet onderwijs"])),
            " |\n",
        )
    d(
        "\n",
        K("Zorgregeling"),
        ": ",
        K("om het weekend"),
        " bij ",
        d.nm(a, "first"),
        "; ",
        K("vakanties"),
        " worden gedeeld.\n",
        K("Kinderalimentatie"),
        ": ",
        amount(d),
        " per maand op ",
        d.iban(),
        ".\n",
        K("Mediator"),
        ": ",
        d.nm(med, r.choice(["full", "initials"])),
        " (",
        d.work_email(med, "familiemediation.nl"),
        ").\n",
        K("De"),
        " gemeente (",
        K("Team Leerplicht"),
        ") is geïnformeerd onder ",
        cue(d),
        " ",
        d.case(),
        ".\n",
    )


def l_probation(d: Doc, r):
    p, rec, wb = d.person(), d.person(), d.person()
    d(
        K("Reclasseringsadvies"),
        " – ",
        K("werkstraf"),
        " bij ",
        K("de gemeente"),
        "\n",
        K("Betrokkene"),
        ": ",
        d.nm(p, "surfirst"),
        " (",
        d.dob(1975, 2006),
        ")\n",
        K("Parketnummer"),
        ": ",
        d.case(),
        "\n",
        K("Uren"),
        ": ",
        str(r.choice([40, 60, 80, 120])),
        "\n",
        K("Werkplek"),
        ": ",
        K(r.choice(["Gemeentewerf", "Milieustraat", "Kringloopcentrum"])),
        ", ",
        K("werkbegeleider"),
        " ",
        d.nm(wb, "full"),
        " (",
        d.phone("m"),
        ").\n",
        K("Toelichting"),
        ": ",
        d.nm(p, "first"),
        " heeft geen rijbewijs; vervoer met de ",
        K("bus"),
        ". ",
        K("Eerder"),
        " werd een auto met kenteken ",
        d.plate(),
        " op zijn naam in beslag genomen.\n",
        K("Reclasseringswerker"),
        ": ",
        d.nm(rec, "initials"),
        ", ",
        d.nm(rec, "paraph"),
        "\n",
    )


# ============================================================ online
def o_teams(d: Doc, r):
    people = [d.person() for _ in range(r.randint(3, 5))]
    res = people[0]
    d(
        K("Deelnamerapport"),
        " – ",
        K("Afstemmingsgesprek"),
        " ",
        d.case(),
        "\n",
        K("Naam"),
        "\t",
        K("Eerste deelname"),
        "\t",
        K("Laatste vertrek"),
        "\t",
        K("Duur"),
        "\t",
        K("E-mail"),
        "\t",
        K("Rol"),
        "\n",
    )
    for i, q in enumerate(people):
        h, m = r.randint(9, 15), r.randint(0, 59)
        d(
            d.nm(q, "full" if i else r.choice(["full", "lower"])),
            "\t",
            K(f"{h}:{m:02d}"),
            "\t",
            K(f"{h + 1}:{r.randint(0, 59):02d}"),
            "\t",
            f"{r.randint(20, 70)} min\t",
            d.email(q) if i == 0 else d.work_email(q, r.choice(GEM)),
            "\t",
            K("Gast") if i == 0 else K(r.choice(["Organisator", "Deelnemer", "Presentator"])),
            "\n",
        )
    d("\n", K("Chat"), "\n")
    for q in people[1:3]:
        d(f"[{r.randint(9, 15)}:{r.randint(10, 59)}] ", d.nm(q, "full"), " heeft deelgenomen aan de vergadering.\n")
    d(
        f"[{r.randint(9, 15)}:{r.randint(10, 59)}] ",
        d.nm(people[1], "full"),
        ": ",
        r.choice(["Welkom", "Goedemorgen", "Hoi"]),
        " ",
        d.nm(res, r.choice(["first", "title"])),
        ", kunt u uw microfoon aanzetten?\n",
        f"[{r.randint(9, 15)}:{r.randint(10, 59)}] ",
        d.nm(res, "full"),
        ": ik ben er, mijn adres is trouwens ",
        d.address(lower=r.random() < 0.3),
        " niet de oude\n",
        f"[{r.randint(9, 15)}:{r.randint(10, 59)}] ",
        d.nm(people[2], "full"),
        ": ",
        K("Genoteerd"),
        ". ",
        K("Ik"),
        " stuur het verslag naar ",
        d.email(res),
        "\n",
    )
    if r.random() < 0.4:
        d(f"[{r.randint(9, 15)}:{r.randint(10, 59)}] ", d.nm(res, "full"), ": mijn nummer is ", d.phone(), "\n")


def o_comments(d: Doc, r):
    res, part = d.person(), d.person()
    a1, a2 = d.person(), d.person()
    d(
        K("Concept kennisbankartikel"),
        " – ",
        K("Versie"),
        f" 0.{r.randint(2, 9)}\n\n## ",
        K("Situatie"),
        "\n",
        d.nm(res, "titlefull", start=True),
        " uit de ",
        K("wijk"),
        " ",
        K(r.choice(["Oosterpark", "Vinkhuizen", "Kattenbroek", "Zuilen", "Het Zand"])),
        " kreeg een ",
        K(r.choice(["naheffingsaanslag", "terugvordering", "last onder dwangsom"])),
        ". ",
        K("Haar") if res.gender == "f" else K("Zijn"),
        " ",
        r.choice(["partner", "broer", "buurman"] if part.gender == "m" else ["partner", "zus", "buurvrouw"]),
        " ",
        d.nm(part, "full"),
        " belde ",
        K("drie keer"),
        ".\n\n",
        K("Opmerking"),
        f" [{a1.paraph()}",
        "1]: ",
        "",
    )
    d.pii.append((a1.paraph(), "PERSON"))
    d(
        d.nm(a1, "full"),
        ", ",
        d.date(),
        ": ",
        K("naam"),
        " ",
        d.nm(res, "sur"),
        " moet eruit, en ook ",
        d.nm(part, "first"),
        ".\n",
        K("Opmerking"),
        f" [{a2.paraph()}",
        "2]: ",
        "",
    )
    d.pii.append((a2.paraph(), "PERSON"))
    d(
        d.nm(a2, "full"),
        ", ",
        d.date(),
        ": ",
        K("het kenmerk"),
        " ",
        d.case(),
        " staat nog in de bestandsnaam.\n",
        K("Verwijderd"),
        ": ",
        d.nm(res, "full"),
        ", ",
        d.address(),
        "\n",
        K("Ingevoegd"),
        ": ",
        K("een bewoner"),
        "\n",
        K("Gewijzigd door"),
        " ",
        d.nm(a2, r.choice(["full", "initials"])),
        " (",
        d.work_email(a2, r.choice(GEM)),
        ")\n",
        K("Bestand"),
        ": artikel_",
        d.case(),
        "_",
    )
    d(P(PL.fold(res.surname).lower().replace(" ", "")), ".docx\n")


def o_chatbot(d: Doc, r):
    res, agent = d.person(), d.person()
    bot = r.choice(["Gem", "Sam", "Digi"])
    d(
        K("Chatgesprek"),
        " ",
        d.date(),
        " – ",
        cue(d),
        " ",
        d.case(),
        "\n",
        f"{bot}: ",
        K("Hallo"),
        "! ",
        K("Waarmee"),
        " kan ik je helpen?\n",
        K("Bezoeker"),
        ": ",
        r.choice(["ik wil bezwaar maken", "waar blijft mijn aanvraag", "ik wil een medewerker spreken"]),
        "\n",
        f"{bot}: ",
        K("Wat"),
        " is je naam?\n",
        K("Bezoeker"),
        ": ",
        d.nm(res, r.choice(["lower", "full", "caps", "fold"])),
        "\n",
        f"{bot}: ",
        K("En"),
        " je postcode en geboortedatum?\n",
        K("Bezoeker"),
        ": ",
        d.pc(),
        " ",
        d.dob(),
        "\n",
    )
    if r.random() < 0.5:
        d(
            K("Bezoeker"),
            ": en mijn bsn is ",
            d.bsn(),
            " als dat helpt\n",
            f"{bot}: ",
            K("Deel"),
            " nooit je ",
            K("BSN"),
            " in de chat.\n",
        )
    d(
        f"{bot}: ",
        K("Je"),
        " wordt doorverbonden met een medewerker.\n",
        K("Systeem"),
        ": ",
        d.nm(agent, "first"),
        " neemt het gesprek over.\n",
        d.nm(agent, "first"),
        ": ",
        K("Goedemiddag"),
        " ",
        d.nm(res, r.choice(["first", "title"])),
        ", ik zie dat uw zaak bij het ",
        dept(d),
        " ligt. ",
        K("Mag"),
        " ik u terugbellen op ",
        d.phone(),
        "?\n",
        K("Bezoeker"),
        ": ja graag, of mail ",
        d.email(res),
        "\n",
        K("URL"),
        ": https://chat.",
        K(r.choice(GEM)),
        "/transcript?id=",
        d.case(),
        "\n",
    )


def o_survey(d: Doc, r):
    d(
        K("Export klanttevredenheidsonderzoek"),
        " ",
        K("kwartaal"),
        f" {r.randint(1, 4)} – ",
        K("bestand"),
        f" kto_{r.randint(2025, 2026)}.csv\n",
        K("respondent"),
        ";",
        K("datum"),
        ";",
        K("kanaal"),
        ";",
        K("cijfer"),
        ";",
        K("toelichting"),
        ";",
        K("contact_ok"),
        ";",
        K("email"),
        ";",
        K("telefoon"),
        "\n",
    )
    for i in range(r.randint(3, 5)):
        res, off = d.person(), d.person()
        d(
            f"R{r.randint(1000, 9999)};",
            d.date(),
            ";",
            K(r.choice(["telefoon", "balie", "chat", "mail"])),
            f";{r.randint(1, 10)};",
            r.choice(["", '"']),
            r.choice(["heel fijn geholpen door ", "slecht, ", "medewerker ", "eindelijk duidelijkheid dankzij "]),
            d.nm(off, r.choice(["first", "full", "title"])),
            r.choice([" van het loket", " die terugbelde", ", mijn naam is ", " bedankt"]),
            d.nm(res, "full") if r.random() < 0.3 else "",
            ";",
        )
        if r.random() < 0.6:
            d(K("ja"), ";", d.email(res), ";", d.phone(), "\n")
        else:
            d(K("nee"), ";;\n")


def o_history(d: Doc, r):
    eds = [d.person() for _ in range(3)]
    res, res2 = d.person(), d.person()
    d(K("Versiegeschiedenis"), " – ", K("planning_afstemming.xlsx"), "\n")
    for v in range(r.randint(3, 5)):
        e = r.choice(eds)
        d(
            K("Versie"),
            f" {v + 11} – ",
            d.date(),
            f" {r.randint(8, 17)}:{r.randint(10, 59)} – ",
            d.nm(e, "full"),
            " (",
            d.work_email(e, r.choice(GEM)),
            ")\n  ",
        )
        c = r.randint(0, 3)
        if c == 0:
            d(f"B{r.randint(2, 40)}: '", d.nm(res, "full"), "' → '", d.nm(res2, "full"), "'\n")
        elif c == 1:
            d(f"C{r.randint(2, 40)}: ", d.address(), " → ", d.address(), "\n")
        elif c == 2:
            d(f"D{r.randint(2, 40)}: ", K("leeg"), " → ", d.phone(), "\n")
        else:
            d(f"E{r.randint(2, 40)}: ", d.case(), " → ", d.case(), "\n")
    d(K("Gedeeld met"), ": ", d.nm(eds[0], "first"), ", ", d.nm(eds[1], "full"), "\n")


def o_bounce(d: Doc, r):
    res, off = d.person(), d.person()
    em = d.email(res)
    d(
        K("Onbestelbaar"),
        ": RE: ",
        cue(d),
        " ",
        d.case(),
        "\n\n",
        K("Uw bericht"),
        " aan ",
        em,
        " ",
        K("kon niet worden afgeleverd"),
        ".\n",
        K("Diagnose"),
        ": 550 5.1.1 ",
        K("mailbox unavailable"),
        "\n",
        K("Message-ID"),
        ": <",
        I.case_number(r).replace(" ", "").replace("/", ".") + "." + str(r.randint(1000, 9999)),
        "@",
        K(r.choice(GEM)),
        ">\n\n",
        K("Origineel bericht"),
        "\n",
        K("Van"),
        ": ",
        d.nm(off, "full"),
        " <",
        d.work_email(off, r.choice(GEM)),
        ">\n",
        K("Aan"),
        ": ",
        d.nm(res, r.choice(["full", "caps", "lower"])),
        " <",
        em,
        ">\n",
        K("Onderwerp"),
        ": ",
        K("Uw verzoek"),
        "\n\n",
        K("Beste"),
        " ",
        d.nm(res, r.choice(["first", "title"])),
        ",\n",
        K("Zoals"),
        " besproken kom ik op ",
        d.date(),
        " langs op ",
        d.address(),
        ". ",
        K("Neem"),
        " bij vragen contact op via ",
        K(r.choice(GENERIC[:3])),
        " of ",
        K("14 0" + str(r.randint(10, 99))),
        ".\n",
        K("Met vriendelijke groet"),
        ",\n",
        d.nm(off, r.choice(["full", "initials"])),
        "\n",
    )


def o_dm(d: Doc, r):
    res, w = d.person(), d.person()
    handle = (
        PL.fold(res.first).lower()
        + r.choice(["_", ".", ""])
        + PL.fold(res.surname).lower().replace(" ", "").replace("'", "")[:6]
        + str(r.randint(1, 99))
    )
    d(K(r.choice(["Instagram", "Facebook", "X"])), " ", K("privébericht"), " – ", K("Webcare"), "\n@")
    d(
        P(handle),
        ": ",
        r.choice(["hoi gemeente", "hallo", "goedenavond"]),
        " mijn vader ",
        d.nm(d.person(family_of=res, gender="m"), r.choice(["full", "first"])),
        " heeft nog steeds geen antwoord op ",
        d.case(),
        "\n",
        K("Webcare"),
        ": ",
        K("Hoi"),
        " ",
        d.nm(res, "first"),
        ", ",
        K("vervelend"),
        "! ",
        K("Kun"),
        " je je postcode en e-mailadres sturen? ^",
        d.nm(w, "paraph"),
        "\n@",
        P(handle),
        ": ",
        d.pc(),
        " en ",
        d.email(res),
        "\n",
        K("Webcare"),
        ": ",
        K("Dank"),
        ". ",
        d.nm(w, "first"),
        " van het ",
        dept(d),
        " belt morgen. ",
        K("Groet"),
        ", ",
        d.nm(w, "first"),
        "\n",
    )


# ============================================================ newcomers
def n_pip(d: Doc, r):
    p = d.person(newcomer=True)
    fam = [d.person(family_of=p) for _ in range(r.randint(0, 3))]
    con = d.person()
    d(
        K("PERSOONLIJK PLAN INBURGERING EN PARTICIPATIE"),
        " (",
        K("PIP"),
        ")\n",
        cue(d),
        ": ",
        d.case(),
        "\n",
        K("Inburgeraar"),
        ": ",
        d.nm(p, r.choice(["surfirst", "surfirstcaps", "full2"])),
        "\n",
        K("Geboren"),
        ": ",
        d.dob(1955, 2007),
        ", ",
        K(r.choice(PL.COUNTRIES)),
        "\n",
        K("Adres"),
        ": ",
        d.address(),
        ", ",
        d.pc(),
        "\n",
        K("BSN"),
        ": ",
        d.bsn(),
        "\n",
        K("Leerroute"),
        ": ",
        K(r.choice(["B1-route", "Onderwijsroute", "Z-route"])),
        "\n",
    )
    if fam:
        d(
            K("Gezin"),
            ": ",
            [
                [d.nm(f, r.choice(["full", "first"])), f" ({I.date_style(r, *I.dob_parts(r, 2005, 2024), [0, 3])}), "]
                for f in fam
            ][0]
            if False
            else "",
        )
        for f in fam:
            d(d.nm(f, r.choice(["full", "first"])), " (", d.dob(1990, 2024, [0, 2, 3]), "); ")
        d("\n")
    d(
        K("Brede intake"),
        " door ",
        d.nm(con, r.choice(["full", "initials"])),
        ", ",
        K("consulent inburgering"),
        " (",
        d.work_email(con, r.choice(GEM)),
        ").\n",
        K("Afspraken"),
        ":\n- ",
        d.nm(p, "first"),
        " volgt ",
        K("taalles"),
        " op ",
        K(r.choice(["maandag", "dinsdag", "woensdag"])),
        " en ",
        K("donderdag"),
        ".\n- ",
        K("Tolk"),
        " ",
        K(r.choice(["Tigrinya", "Arabisch", "Dari", "Oekraïens", "Somalisch", "Farsi"])),
        " bij gesprekken.\n- ",
        K("Leefgeld"),
        " op ",
        d.iban(),
        ".\n",
    )


def n_interp(d: Doc, r):
    p, t, con = d.person(newcomer=True), d.person(), d.person()
    lang = r.choice(["Tigrinya", "Arabisch", "Dari", "Oekraïens", "Somalisch", "Koerdisch", "Farsi", "Pasjtoe"])
    d(
        K("Bevestiging tolkboeking"),
        " ",
        d.case(),
        "\n",
        K("Taal"),
        ": ",
        K(lang),
        "\n",
        K("Datum"),
        ": ",
        d.date(),
        ", ",
        K(f"{r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])}"),
        "\n",
        K("Tolk"),
        ": ",
        d.nm(t, r.choice(["full", "initials"])),
        " (",
        K("registratienummer"),
        " ",
        d.case(),
        "), ",
        d.phone(r.choice(["m", "f"])),
        "\n",
        K("Cliënt"),
        ": ",
        d.nm(p, r.choice(["titlefull", "full", "surfirst"])),
        "\n",
        K("Aanvrager"),
        ": ",
        d.nm(con, "full"),
        ", ",
        dept(d),
        "\n",
        K("Locatie"),
        ": ",
        K("Stadskantoor"),
        ", ",
        K("spreekkamer"),
        f" {r.randint(1, 12)}\n",
        K("Opmerking"),
        ": ",
        d.nm(p, "title", start=True),
        " neemt ",
        "haar" if p.gender == "f" else "zijn",
        " ",
    )
    fm = d.person(family_of=p)
    d(
        r.choice(["zoon", "broer"] if fm.gender == "m" else ["dochter", "zus"]),
        " ",
        d.nm(fm, "first"),
        " mee; ",
        K("niet"),
        " als tolk inzetten.\n",
    )


def n_message(d: Doc, r):
    p = d.person(origin=r.choice(["ukrainian", "ukrainian", "syrian", "eritrean", "afghan", "turkish", "somali"]))
    con = d.person()
    cy = p.cyr()
    if cy and r.random() < 0.8:
        d(
            K("Повідомлення"),
            " (",
            K("Oekraïens"),
            ")\n",
            K("Доброго дня"),
            "! ",
            K("Мене звати"),
            " ",
            P(cy[0]),
            " ",
            P(cy[1]),
            ". ",
            K("Дата народження"),
            ": ",
            d.dob(1950, 2008, [2, 0]),
            ". ",
            K("Мій телефон"),
            " ",
            d.phone(r.choice(["f", "m"])),
            ".\n\n",
            K("Vertaling"),
            ": ",
            K("Goedendag"),
            ", ",
            K("mijn naam is"),
            " ",
            d.nm(p, "full"),
            ". ",
            K("Ik"),
            " woon sinds ",
            d.date(2025),
            " op ",
            d.address(),
            ". ",
            K("Mijn"),
            " zoon ",
            d.nm(d.person(family_of=p, gender="m"), "first"),
            " gaat naar school.\n",
        )
    elif r.random() < 0.5:
        d(
            K("Message"),
            " (",
            K("English"),
            ")\n",
            K("Hello"),
            ", my name is ",
            d.nm(p, r.choice(["full", "caps"])),
            ", born ",
            d.dob(1960, 2006, [12, 13, 0]),
            ". I live at ",
            d.address(),
            ", ",
            d.pc(),
            ". My caseworker ",
            d.nm(con, "first"),
            " did not answer my email ",
            d.email(p),
            ". ",
            K("Please"),
            " help, ",
            K("thank you"),
            ".\n\n",
            K("Vertaling"),
            ": ",
            d.nm(p, "first"),
            " vraagt om contact; ",
            d.nm(con, "full"),
            " is met verlof.\n",
        )
    else:
        d(
            K("Bericht"),
            " (",
            K("gemengd"),
            ")\n",
            r.choice(["Selam", "Merhaba", "Salaam", "Tashakor"]),
            " ",
            K("meneer"),
            ", ik ben ",
            d.nm(p, r.choice(["full", "lower"])),
            ". ",
            K("Inshallah"),
            " lukt het. ",
            K("Mijn"),
            " nummer ",
            d.phone(),
            ", ",
            K("geboortedatum"),
            " ",
            d.dob(1960, 2006),
            ". ",
            K("Mijn"),
            " vrouw ",
            d.nm(d.person(family_of=p, gender="f"), "first"),
            " spreekt beter ",
            K("Engels"),
            ".\n\n",
            K("Notitie"),
            " ",
            d.nm(con, "paraph"),
            ": ",
            K("teruggebeld"),
            " op ",
            d.date(),
            ".\n",
        )
    d(cue(d), ": ", d.case(), "\n")


def n_buddy(d: Doc, r):
    p, b, coord = d.person(newcomer=True), d.person(origin=r.choice(["dutch", "dutchp", "frisian", None])), d.person()
    d(
        K("Koppeling taalmaatje"),
        " – ",
        K("Vluchtelingenwerk"),
        "\n",
        K("Nieuwkomer"),
        ": ",
        d.nm(p, r.choice(["full", "nickq", "full2"])),
        ", ",
        d.phone(),
        "\n",
        K("Maatje"),
        ": ",
        d.nm(b, "full"),
        ", ",
        d.email(b),
        ", ",
        d.phone("m"),
        "\n",
        K("Coördinator"),
        ": ",
        d.nm(coord, "full"),
        "\n\n",
        K("Verslag"),
        " ",
        d.date(),
        ": ",
        d.nm(b, "first"),
        " en ",
        d.nm(p, r.choice(["first", "nick"])),
        " hebben gewandeld naar de ",
        K("bibliotheek"),
        ". ",
        K("Zij") if p.gender == "f" else K("Hij"),
        " oefent met brieven van de ",
        K("Belastingdienst"),
        ". ",
        d.nm(b, "first"),
        " heeft geholpen met ",
        K("DigiD"),
        ". ",
        K("Volgende"),
        " keer: ",
        K("huurtoeslag"),
        ".\n",
    )
    if r.random() < 0.4:
        d(
            K("NB"),
            ": ",
            d.nm(b, "first"),
            " rijdt met auto ",
            d.plate(),
            "; ",
            K("kilometervergoeding"),
            " naar ",
            d.iban(),
            ".\n",
        )


def n_reunion(d: Doc, r):
    p = d.person(newcomer=True)
    sp = d.person(origin=p.origin, gender="f" if p.gender == "m" else "m")
    kids = [d.person(family_of=p) for _ in range(r.randint(1, 3))]
    off = d.person()
    d(
        K("Ondersteuning gezinshereniging"),
        " (",
        K("nareis"),
        ")\n",
        cue(d),
        ": ",
        d.case(),
        "\n\n",
        K("Referent"),
        ": ",
        d.nm(p, "full2"),
        ", ",
        d.address(),
        ", ",
        d.pc(),
        " ",
        town(d),
        "\n",
        K("Gezinsleden"),
        ":\n",
    )
    d(
        "- ",
        d.nm(sp, r.choice(["full", "full2"])),
        ", ",
        r.choice(["echtgenote", "echtgenoot"]),
        ", ",
        d.dob(1960, 2002),
        "\n",
    )
    for k in kids:
        d("- ", d.nm(k, "full"), ", ", d.dob(2006, 2024), "\n")
    d(
        "\n",
        K("Aankomst"),
        " ",
        K("Schiphol"),
        " ",
        d.date(),
        "; ",
        K("opvang"),
        " door ",
        d.nm(off, "full"),
        " (",
        dept(d),
        ", ",
        d.phone("l"),
        ").\n",
        K("Woning"),
        ": ",
        K("vergroting"),
        " nodig; ",
        d.nm(p, "title"),
        " ",
        K("vraagt"),
        " ",
        K("voorschot"),
        " op ",
        d.iban(),
        ".\n",
    )


def n_housing(d: Doc, r):
    p = d.person(newcomer=True)
    fam = [d.person(family_of=p) for _ in range(r.randint(1, 3))]
    land, off = d.person(), d.person()
    d(
        K("KOPPELINGSVOORSTEL STATUSHOUDER"),
        "\n",
        K("Taakstelling"),
        f" {r.choice(['eerste', 'tweede'])} ",
        K("halfjaar"),
        " ",
        K("2026"),
        "\n",
        K("Huishouden"),
        ":\n| ",
        K("naam"),
        " | ",
        K("geboortedatum"),
        " | ",
        K("relatie"),
        " |\n|---|---|---|\n| ",
        d.nm(p, r.choice(["surfirst", "full"])),
        " | ",
        d.dob(1960, 2004, [0, 5, 1]),
        " | ",
        K("hoofdaanvrager"),
        " |\n",
    )
    for f in fam:
        d(
            "| ",
            d.nm(f, r.choice(["full", "first"])),
            " | ",
            d.dob(1980, 2024, [0, 5, 1]),
            " | ",
            K(r.choice(["kind", "partner", "kind"])),
            " |\n",
        )
    d(
        "\n",
        K("Woning"),
        ": ",
        d.address(),
        ", ",
        d.pc(),
        " (",
        K(r.choice(["portiekflat", "eengezinswoning", "benedenwoning"])),
        ")\n",
        K("Sleuteloverdracht"),
        ": ",
        d.date(),
        " met ",
        d.nm(land, r.choice(["full", "title"])),
        " (",
        K("woningcorporatie"),
        ", ",
        d.phone(),
        ")\n",
        K("Inrichtingslening"),
        " ",
        amount(d),
        " op ",
        d.iban(),
        "\n",
        K("Begeleider"),
        ": ",
        d.nm(off, "initials"),
        " ",
        d.nm(off, "paraph"),
        "\n",
    )


def n_workshop(d: Doc, r):
    tr = d.person()
    d(
        K("Presentielijst"),
        " ",
        K("participatieverklaringstraject"),
        " – ",
        d.date(),
        "\n",
        K("Trainer"),
        ": ",
        d.nm(tr, "full"),
        "\n",
        K("nr"),
        ";",
        K("achternaam"),
        ";",
        K("voornaam"),
        ";",
        K("land"),
        ";",
        K("paraaf"),
        "\n",
    )
    for i in range(r.randint(4, 7)):
        q = d.person(newcomer=True)
        d(
            f"{i + 1};",
            P(q.sur(cap=True)),
            ";",
            P(q.first),
            ";",
            K(r.choice(PL.COUNTRIES)),
            ";",
            d.nm(q, "paraph") if r.random() < 0.7 else K("afwezig"),
            "\n",
        )
    d(K("Ondertekend"), " ", K("door"), " ", d.nm(tr, "initials"), "\n")


# ============================================================ known
KW = [  # word-name: two ordinary phrases (lower case, never sentence-initial)
    ("Kuiper", "de kuiper in het museum", "een kuiper die vaten maakt"),
    ("Wever", "de wever van het wandkleed", "een wever op de markt"),
    ("Verver", "de verver van de kozijnen", "een verver met een ladder"),
    ("Voerman", "de voerman van de trekschuit", "een voerman met paard en wagen"),
    ("Tuinman", "de tuinman van het park", "een tuinman met een kruiwagen"),
    ("Koopman", "een koopman op de markt", "de koopman in tapijten"),
    ("Schaap", "een schaap in de wei", "het schaap met de bel"),
    ("Kalf", "het kalf in de stal", "een kalf van een week oud"),
    ("Stier", "de stier achter het hek", "een stier op de dijk"),
    ("Ekster", "een ekster op het dak", "de ekster in de tuin"),
    ("Specht", "de specht in de eik", "een specht op de paal"),
    ("Reiger", "een reiger bij de sloot", "de reiger op het grasveld"),
    ("Zwaluw", "de zwaluw onder de dakgoot", "een zwaluw boven het water"),
    ("Karper", "een karper in de vijver", "de karper uit de gracht"),
    ("Snoek", "een snoek in het kanaal", "de snoek aan de haak"),
    ("Baars", "een baars in de emmer", "de baars uit de plas"),
    ("Brasem", "een brasem in het net", "de brasem uit het meer"),
    ("Beuk", "de beuk in het park", "een beuk naast de school"),
    ("Wilg", "de wilg langs de sloot", "een wilg aan het water"),
    ("Berk", "de berk in de voortuin", "een berk bij de ingang"),
    ("Klaver", "klaver in het gazon", "een klaver met vier blaadjes"),
    ("Distel", "een distel in de berm", "de distel langs het pad"),
    ("Brem", "de brem in de berm", "gele brem langs het spoor"),
    ("Mos", "mos op de stoep", "het mos tussen de tegels"),
    ("Kade", "de kade bij de haven", "een kade vol fietsen"),
    ("Sluis", "de sluis in het kanaal", "een sluis die kapot is"),
    ("Gracht", "de gracht achter de kerk", "een gracht vol boten"),
    ("Poort", "de poort van de binnenplaats", "een poort met een slot"),
    ("Toren", "de toren van het stadhuis", "een toren met een klok"),
    ("Schuur", "de schuur achter het huis", "een schuur vol fietsen"),
    ("Stal", "de stal van de kinderboerderij", "een stal met geiten"),
    ("Kooi", "de kooi van de konijnen", "een kooi in de gang"),
    ("Zolder", "de zolder boven de keuken", "een zolder vol dozen"),
    ("Kelder", "de kelder onder het huis", "een kelder met water"),
    ("Trap", "de trap naar de tweede verdieping", "een trap zonder leuning"),
    ("Hek", "het hek van de speeltuin", "een hek dat klemt"),
    ("Ketel", "de ketel in de badkamer", "een ketel die lekt"),
    ("Kruik", "een kruik met water", "de kruik in bed"),
    ("Emmer", "een emmer met zand", "de emmer onder het lek"),
    ("Beker", "een beker koffie", "de beker op de balie"),
    ("Lepel", "een lepel suiker", "de lepel in de la"),
    ("Hamer", "een hamer uit de gereedschapskist", "de hamer van de voorzitter"),
    ("Beitel", "een beitel en een hamer", "de beitel in de werkplaats"),
    ("Spijker", "een spijker in de band", "de spijker in de muur"),
    ("Anker", "het anker van de boot", "een anker aan de kade"),
    ("Mast", "de mast op het dak", "een mast voor de antenne"),
    ("Zeil", "een zeil over de aanhanger", "het zeil van de boot"),
    ("Touw", "een touw om de container", "het touw van de vlag"),
    ("Knoop", "een knoop in de draad", "de knoop van de jas"),
    ("Klomp", "een klomp in de vensterbank", "de klomp van opa"),
    ("Laars", "een laars in de modder", "de laars van de agent"),
    ("Muts", "een muts tegen de kou", "de muts van de baby"),
    ("Honing", "honing in de thee", "een pot honing"),
    ("Room", "room op de taart", "de room in de koffie"),
    ("Boter", "boter op het brood", "een pakje boter"),
    ("Peper", "peper en zout", "de peper in de soep"),
    ("Kers", "een kers op de taart", "de kers uit de boomgaard"),
    ("Pruim", "een pruim uit de fruitschaal", "de pruim in de tuin"),
    ("Rogge", "rogge op de akker", "brood van rogge"),
    ("Haver", "haver voor het paard", "een zak haver"),
    ("Gerst", "gerst op het veld", "een zak gerst"),
    ("Hagel", "hagel op de ruiten", "de hagel van gisteren"),
    ("Dauw", "dauw op het gras", "de dauw in de ochtend"),
    ("Nevel", "nevel boven het water", "de nevel over de weilanden"),
    ("Vorst", "vorst aan de grond", "de vorst van vannacht"),
    ("Donder", "de donder in de verte", "donder en bliksem"),
    ("Snel", "snel geregeld", "heel snel gebeld"),
    ("Stil", "het bleef stil in de zaal", "stil op de gang"),
    ("Braaf", "braaf gewacht", "een braaf kind"),
    ("Vroom", "een vroom gezin", "vroom en eerlijk"),
    ("Dapper", "dapper volgehouden", "een dapper besluit"),
    ("Trouw", "trouw betaald", "de trouw van de vrijwilligers"),
    ("Zegen", "een zegen voor de buurt", "de zegen van de pastoor"),
    ("Gunst", "een gunst van de buren", "in de gunst van de wethouder"),
]
KF = [
    ("Bob", "m", "de bob van de avond", "een bob voor de terugrit"),
    ("Lies", "f", "pijn in de lies", "een breuk in de lies"),
    ("Kas", "m", "de kas van de vereniging", "een kas met tomaten"),
    ("Pit", "m", "de pit van de perzik", "een pit in de olijf"),
    ("Mat", "m", "de mat bij de deur", "een mat in de gymzaal"),
    ("Mik", "m", "een mik met krenten", "de mik van de warme bakker"),
]
AUDIT["known_words"] = [w for w, *_ in KW] + [w for w, *_ in KF]


def known_doc(r, n):
    d = Doc(r)
    if r.random() < 0.1:
        w, g, ph1, ph2 = r.choice(KF)
        p = d.person(gender=g)
        p.first, p.second, p.nick = w, None, None
    else:
        w, ph1, ph2 = r.choice(KW)
        p = d.person(origin=r.choice(["dutch", "dutch", "frisian", "limburg", None]))
        p.surname, p.particle = w, r.choice(["", "", "", "de", "van", "van der", "van de", "van den", "ter"])
        p.head = None
    others = [d.person() for _ in range(r.randint(1, 2))]
    known = {"names": [p.full()]}
    e = d.email(p) if r.random() < 0.4 else None
    ph = d.phone() if r.random() < 0.35 else None
    if e:
        known["emails"] = [e[1]]
    if ph:
        known["phones"] = [ph[1]]
    shape = n % 8
    c = d.case()
    if shape == 0:
        d(
            K("Intake"),
            " ",
            K("Juridisch Loket"),
            " – ",
            cue(d),
            " ",
            c,
            "\n",
            K("Naam"),
            ": ",
            d.nm(p, "full"),
            "\n",
            K("Vraag"),
            ": het gaat om ",
            K(ph1),
            "; ",
            d.nm(p, "title"),
            " kreeg een boete.\n",
        )
    elif shape == 1:
        d(
            K("UITSPRAAK"),
            " in de zaak tussen ",
            d.nm(p, "full"),
            ", eiser, en ",
            K("het college"),
            " (",
            cue(d),
            " ",
            c,
            ").\n",
            K("Volgens"),
            " verweerder ging het om ",
            K(ph1),
            ". ",
            d.nm(p, "title", start=True),
            " bestrijdt dat.\n",
        )
    elif shape == 2:
        d(
            K("Chat"),
            " ",
            K("Afstemmingsgesprek"),
            "\n[10:02] ",
            d.nm(others[0], "full"),
            ": ",
            K("Welkom"),
            " ",
            d.nm(p, "full"),
            "\n[10:03] ",
            d.nm(p, "full"),
            ": het gaat nog steeds over ",
            K(ph1),
            ", zie ",
            c,
            "\n",
        )
    elif shape == 3:
        d(
            K("Opmerking"),
            " [",
            d.nm(others[0], "paraph"),
            "1]: ",
            K("naam"),
            " ",
            d.nm(p, "title"),
            " weghalen, maar ",
            K(ph1),
            " mag blijven staan. (",
            d.nm(p, "full"),
            ", ",
            c,
            ")\n",
        )
    elif shape == 4:
        d(
            K("Chatgesprek"),
            " ",
            c,
            "\n",
            K("Bezoeker"),
            ": ik ben ",
            d.nm(p, "full"),
            " en het gaat over ",
            K(ph1),
            "\n",
            K("Medewerker"),
            " ",
            d.nm(others[0], "first"),
            ": ",
            K("Dank"),
            " u, ",
            d.nm(p, "title"),
            ".\n",
        )
    elif shape == 5:
        d(
            K("PIP"),
            " – ",
            K("Inburgeraar"),
            ": ",
            d.nm(p, "surfirst"),
            " (",
            d.dob(1960, 2005),
            ")\n",
            K("Notitie"),
            ": ",
            d.nm(p, "first"),
            " vertelde over ",
            K(ph1),
            " in de les.\n",
            K("Volledige naam"),
            ": ",
            d.nm(p, "full"),
            "\n",
        )
    elif shape == 6:
        d(
            K("Koppeling taalmaatje"),
            ": ",
            d.nm(p, "full"),
            " en ",
            d.nm(others[0], "full"),
            ". ",
            K("Ze"),
            " spraken over ",
            K(ph1),
            ". (",
            cue(d),
            " ",
            c,
            ")\n",
        )
    else:
        d(
            K("Vertaling"),
            ": ",
            K("Mijn naam is"),
            " ",
            d.nm(p, "full"),
            ". ",
            K("Ik"),
            " schrijf over ",
            K(ph1),
            ".\n",
            K("Notitie"),
            " ",
            d.nm(others[0], "paraph"),
            ": ",
            d.nm(p, "title"),
            " teruggebeld.\n",
        )
    if e:
        d(K("E-mail"), ": ", e, "\n")
    if ph:
        d(K("Telefoon"), ": ", ph, "\n")
    if r.random() < 0.5:
        d(K("PS"), ": ook ", K(ph2), " kwam ter sprake.\n")
    if r.random() < 0.3:
        d("— ", d.nm(p, r.choice(["full", "initials", "caps"])), "\n")
    return d.out(known)


# ============================================================ families
def family(shapes, sep_rate=0.2):
    def fam(r, n):
        d = Doc(r)
        shapes[(n - 1) % len(shapes)](d, r)
        if r.random() < sep_rate:
            d("\n", r.choice(["---", "* * *", "====="]), "\n\n")
            r.choice(shapes)(d, r)
        return d.out()

    return fam


FILES = [
    ("holdout21_legal.jsonl", 300, family([l_loket, l_appeal, l_ruling, l_deed, l_settle, l_parenting, l_probation])),
    ("holdout21_online.jsonl", 300, family([o_teams, o_comments, o_chatbot, o_survey, o_history, o_bounce, o_dm])),
    ("holdout21_newcomers.jsonl", 250, family([n_pip, n_interp, n_message, n_buddy, n_reunion, n_housing, n_workshop])),
    ("holdout21_known.jsonl", 150, known_doc),
]
