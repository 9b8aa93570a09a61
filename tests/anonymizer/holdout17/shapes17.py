"""The shapes of holdout17's four files: front desk and civic services, grants and associations, crisis and
temporary shelter, and the known file (round seventeen, helper H1)."""

from __future__ import annotations

from random import Random

import core17 as C
import pools17 as P
from core17 import Addr, Doc, Person


# ---------------------------------------------------------------- helpers
def name(d: Doc, r: Random, p: Person, form: str | None = None) -> None:
    """Write a person in one form; every name item recorded, titles outside the item."""
    form = form or r.choice(["full", "full", "title", "init", "full2", "caps", "sf", "first", "lower"])
    if form == "full":
        d.p(p.full, "PERSON")
    elif form == "full2":
        d.p(f"{p.first} {p.second} {p.sur}" if p.second else p.full, "PERSON")
    elif form == "title":
        d.t(p.title(r) + " ").p(p.Sur, "PERSON")
    elif form == "init":
        d.p(p.initials(r) + " " + p.sur, "PERSON")
    elif form == "caps":
        d.p(p.full.upper(), "PERSON")
    elif form == "sf":
        d.p(p.Sur, "PERSON").t(", ").p(p.first if r.random() < 0.5 else p.initials(r), "PERSON")
    elif form == "first":
        d.p(p.first, "PERSON")
    elif form == "lower":
        d.p(p.full.lower(), "PERSON")
    elif form == "nick":
        if p.nick:
            d.p(p.first, "PERSON").t(" '").p(p.nick, "PERSON").t("' ").p(p.sur, "PERSON")
        else:
            d.p(p.full, "PERSON")
    elif form == "sur":
        d.p(p.Sur, "PERSON")
    elif form == "paraph":
        d.p(p.paraph(), "PERSON")
    elif form == "poss":
        if p.first[-1] in "aeiouy":
            d.p(p.first, "PERSON").t("'s")
        else:
            d.p(p.first + "s", "PERSON")
    else:
        raise ValueError(form)


def addr(d: Doc, r: Random, a: Addr, pc: bool = True, town: bool = True, caps: bool = False) -> None:
    line = a.line.upper() if caps else a.line
    d.p(line, "ADDRESS")
    if pc:
        d.t(", " if r.random() < 0.5 else "\n").p(a.pc, "POSTCODE")
        if town:
            d.t(" ").k(a.town.upper() if caps else a.town)
    elif town:
        d.t(" te ").k(a.town)


def kw(d: Doc, r: Random, pool: list[str]) -> None:
    d.k(r.choice(pool))


def cue_case(d: Doc, r: Random, cue: str | None = None) -> str:
    c = cue or r.choice(C.CASE_CUES)
    n = C.case(r)
    d.k(c).t(r.choice([" ", ": ", " "])).p(n, "CASE_NUMBER")
    return n


class Ctx:
    def __init__(self, r: Random):
        self.muni = r.choice(P.MUNIS)
        self.med = Person(r)
        self.off = [Person(r) for _ in range(3)]
        self.gen_mail = (
            r.choice(
                [
                    "info",
                    "publiekszaken",
                    "subsidies",
                    "afstemming",
                    "crisis",
                    "verkiezingen",
                    "gevondenvoorwerpen",
                    "burgerfonds",
                ]
            )
            + f"@{C.fold(self.muni).lower()}.nl"
        )
        self.tel14 = f"14 0{r.randint(10, 99)}"


def ordinary(d: Doc, r: Random) -> None:
    d.k(C.ordinary_date(r))


def signoff(d: Doc, r: Random, ctx: Ctx, who: Person | None = None) -> None:
    who = who or ctx.med
    d.t("\n\n").k(r.choice(["Met vriendelijke groet", "Groet", "Vriendelijke groeten", "Hartelijke groet"])).t(",\n")
    name(d, r, who, r.choice(["full", "init", "full"]))
    d.t("\n").k(r.choice(P.FUNCTIONS)).t(", ").k(r.choice(P.DEPTS)).t("\nGemeente ").k(ctx.muni)
    if r.random() < 0.5:
        d.t("\nT ").k(ctx.tel14).t(" | ").p(C.phone(r, "mob"), "PHONE")
    if r.random() < 0.6:
        d.t("\n").p(C.work_email(who, ctx.muni), "EMAIL")


# ================================================================ desk: front office and civic services
PRODUCTS = [
    "paspoort",
    "identiteitskaart",
    "rijbewijs",
    "verhuizing",
    "uittreksel",
    "aangifte geboorte",
    "verklaring omtrent gedrag",
    "stempas",
    "parkeervergunning",
    "gehandicaptenparkeerkaart",
]


def desk_appointments(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Afsprakenoverzicht").t(" ").k(r.choice(P.WEEKDAYS)).t(" – ").k("Publiekszaken").t(" ").k(ctx.muni).t("\n")
    d.t("| tijd | product | klant | geb. | telefoon | bij |\n|---|---|---|---|---|---|\n")
    staff = ctx.off[:2]
    for i in range(r.randint(4, 7)):
        p = Person(r)
        d.t(f"| {8 + i}:{r.choice(['00', '15', '30', '45'])} | ").k(r.choice(PRODUCTS)).t(" | ")
        name(d, r, p, r.choice(["sf", "init", "full", "caps"]))
        d.t(" | ").p(C.dob(r, style=r.choice([0, 1, 2, 5, 9, 13])), "DATE_OF_BIRTH").t(" | ")
        d.p(C.phone(r), "PHONE") if r.random() < 0.8 else d.t("–")
        d.t(" | ").p(r.choice(staff).paraph(), "PERSON").t(" |\n")
    d.t("\n").k("Opmerking").t(": klant ")
    p = Person(r)
    name(d, r, p, "title")
    d.t(" komt namens " + ("haar" if p.gender == "f" else "zijn") + " vader (")
    name(d, r, Person(r, surname=(p.particle, p.core)), "init")
    d.t("), machtiging en kopie ID aanwezig. ")
    cue_case(d, r)
    d.t(". Vraag is doorgezet naar de bemiddelaar, ")
    name(d, r, ctx.med, r.choice(["full", "init"]))
    d.t(".")
    return d


def desk_visitors(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Bezoekersregistratie").t(" ").k("Receptie Stadhuis").t(" – ").k(C.ordinary_date(r)).t("\n")
    for _ in range(r.randint(4, 7)):
        v, host = Person(r), r.choice(ctx.off + [ctx.med])
        h, m = r.randint(8, 15), r.choice(["02", "17", "31", "48", "55"])
        d.t(f"{h:02d}:{m}  bezoeker: ")
        name(d, r, v, r.choice(["full", "init", "sf", "caps"]))
        d.t(" | voor: ")
        name(d, r, host, r.choice(["init", "first", "full"]))
        d.t(f" | pas {r.randint(1, 40)}")
        if r.random() < 0.4:
            d.t(" | auto ").p(C.plate(r), "LICENSE_PLATE").t(" op ").k("bezoekersplek")
        if r.random() < 0.3:
            d.t(" | tel ").p(C.phone(r), "PHONE")
        d.t(f" | uit {h + 1:02d}:{r.randint(10, 59)}\n")
    d.t("Bijzonderheden: ")
    v = Person(r)
    name(d, r, v, "title")
    d.t(" wachtte twee uur in de hal zonder afspraak; ")
    name(d, r, r.choice(ctx.off), "first")
    d.t(" heeft het verzoek opgenomen (")
    cue_case(d, r)
    d.t("). Gecontroleerd door ").k(r.choice(["beveiliging", "de receptionist"])).t(" ")
    name(d, r, Person(r), "first")
    d.t(".")
    return d


def desk_callback(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Terugbelverzoeken").t(" ").k("Klantcontactcentrum").t(" (").k(ctx.tel14).t(")\n")
    for i in range(r.randint(3, 5)):
        p, o = Person(r), r.choice(ctx.off)
        d.t(f"#{i + 1} beller: ")
        name(d, r, p, r.choice(["full", "title", "lower", "caps", "init"]))
        d.t(" – tel. ").p(C.phone(r), "PHONE")
        if r.random() < 0.5:
            d.t(" / ").p(C.email_of(r, p), "EMAIL")
        d.t("\n   onderwerp: ").k(
            r.choice(
                [
                    "hondenbelasting",
                    "stempas kwijt",
                    "gevonden fiets",
                    "paspoort",
                    "afvalpas",
                    "parkeerboete",
                    "verhuizing",
                ]
            )
        ).t("; ")
        cue_case(d, r)
        d.t("\n   voor: @")
        d.p(C.fold(o.first).lower() + "." + C.fold(o.core).lower().replace("-", ""), "PERSON")
        d.t(" (")
        name(d, r, o, "full")
        d.t(") – ").k(r.choice(["voor 16:00 terugbellen", "morgen terugbellen", "spoed"])).t("\n")
        if r.random() < 0.3:
            d.t("   let op: beller is ")
            name(d, r, Person(r, surname=(p.particle, p.core)), "first")
            d.t(", de zoon van ")
            name(d, r, p, "sur")
            d.t("\n")
    d.t("Ingevoerd door ").p(ctx.off[0].paraph(), "PERSON").t(", ").k(C.ordinary_date(r)).t(".")
    return d


def desk_lost(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Gevonden Voorwerpen").t(" – registratie ")
    d.p(C.case(r), "CASE_NUMBER").t("\n")
    owner, finder = Person(r), Person(r)
    item = r.choice(["portemonnee", "rugzak", "sleutelbos met pasje", "telefoon", "handtas"])
    d.t("Voorwerp: ").k(item).t(", gevonden op ").k(C.ordinary_date(r)).t(" in ").k(r.choice(P.BUILDINGS)).t(".\n")
    d.t("Inhoud: identiteitskaart op naam van ")
    name(d, r, owner, r.choice(["full2", "caps", "full"]))
    d.t(", geboren ").p(C.dob(r), "DATE_OF_BIRTH")
    if r.random() < 0.5:
        d.t(" (BSN ").p(C.bsn(r), "BSN").t(")")
    if r.random() < 0.7:
        d.t("; bankpas met rekening ").p(C.iban(r), "IBAN")
    if r.random() < 0.4:
        d.t("; ").k("ov-chipkaart").t(" en een brief met adres ")
        a = Addr(r, ctx.muni)
        addr(d, r, a)
    d.t(".\nVinder: ")
    name(d, r, finder, r.choice(["full", "init"]))
    d.t(", tel. ").p(C.phone(r), "PHONE").t(r.choice([" – wil geen vindersloon", " – wil vindersloon"])).t(".\n")
    d.t("Eigenaar gebeld op ").k(C.ordinary_date(r)).t("; ")
    name(d, r, owner, r.choice(["title", "first"]))
    d.t(" haalt het op bij de balie ").k("Publiekszaken").t(". Afgegeven door ")
    name(d, r, r.choice(ctx.off), "paraph")
    d.t(".")
    return d


def desk_animal(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    owner, finder, a = Person(r), Person(r), Addr(r, ctx.muni)
    d.k("Melding").t(" zwerfdier – ")
    cue_case(d, r, "meldnummer")
    d.t("\nDier: ").k(r.choice(["kater", "poes", "hond", "konijn", "papegaai"])).t(", ").k(
        r.choice(["rood", "cyperse", "zwart-wit", "grijs"])
    ).t("\n")
    d.t("Gevonden door ")
    name(d, r, finder, r.choice(["full", "lower"]))
    d.t(" bij de ").p(C.street(r), "ADDRESS").t(", opgehaald door de ").k("Dierenambulance").t(".\n")
    d.t("Eigenaar volgens chipregistratie: ")
    name(d, r, owner, r.choice(["sf", "init", "full"]))
    d.t(", ")
    addr(d, r, a)
    d.t(", tel. ").p(C.phone(r), "PHONE").t(".\n")
    if r.random() < 0.6:
        d.t("Let op: ").k("Hondenbelasting").t(" staat niet op naam van ")
        name(d, r, owner, "title")
        d.t(" maar van de partner ")
        name(d, r, Person(r), "full")
        d.t(" (geb. ").p(C.dob(r), "DATE_OF_BIRTH").t("); ")
        cue_case(d, r, "bezwaar")
        d.t(" ligt nog open.\n")
    d.t("Behandeld door ")
    name(d, r, ctx.off[1], "full")
    d.t(", ").k("Veiligheid en Handhaving").t(".")
    return d


def desk_polling(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Proces-verbaal").t(" stembureau ").t(str(r.randint(1, 40))).t(", ").k(r.choice(P.BUILDINGS)).t(" – ")
    d.k(r.choice(["verkiezing van de leden van de gemeenteraad", "Tweede Kamerverkiezing", "waterschapsverkiezing"])).t(
        "\n"
    )
    members = [Person(r) for _ in range(3)]
    d.k("Voorzitter").t(": ")
    name(d, r, members[0], r.choice(["full", "init"]))
    d.t("\n").k("Leden").t(": ")
    name(d, r, members[1], "init")
    d.t(", ")
    name(d, r, members[2], r.choice(["full", "init"]))
    d.t("\n\n").k("Bijzonderheden").t("\n1. Kiezer ")
    v1, v2 = Person(r), Person(r)
    name(d, r, v1, r.choice(["full", "title"]))
    d.t(" wilde stemmen met een volmacht van ")
    name(d, r, v2, r.choice(["init", "full"]))
    d.t(" (geb. ").p(C.dob(r), "DATE_OF_BIRTH").t("); kopie ID ontbrak, volmacht geweigerd.\n2. ")
    v3 = Person(r)
    name(d, r, v3, r.choice(["full", "caps"]))
    d.t(" maakte bezwaar tegen de ").k("stembus").t(" en liet een telefoonnummer achter: ").p(C.phone(r), "PHONE").t(
        ".\n"
    )
    if r.random() < 0.5:
        d.t("3. Verkeerd geparkeerde auto ").p(C.plate(r), "LICENSE_PLATE").t(" voor de ingang; eigenaar ")
        name(d, r, Person(r), "title")
        d.t(" is aangesproken.\n")
    d.t("Getekend: ").p(members[0].paraph(), "PERSON").t(", ").p(members[1].paraph(), "PERSON")
    d.t(". Doorgestuurd naar ").k("Team Verkiezingen").t(" (").k(ctx.gen_mail).t(").")
    return d


def desk_proxy(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    v, pr, a = Person(r), Person(r), Addr(r, ctx.muni)
    d.k("Aanvraag").t(" ").k(r.choice(["vervangende stempas", "schriftelijke volmacht", "kiezerspas"])).t("\n")
    d.t("1. Achternaam: ").p(v.Sur.upper() if r.random() < 0.4 else v.Sur, "PERSON").t("\n2. Voornamen: ")
    d.p(f"{v.first} {v.second}".strip(), "PERSON")
    d.t("\n3. Geboortedatum: ").p(C.dob(r, style=r.choice([0, 1, 3, 5, 11])), "DATE_OF_BIRTH")
    d.t("\n4. Adres: ")
    addr(d, r, a, caps=r.random() < 0.3)
    d.t("\n5. Telefoon: ").p(C.phone(r), "PHONE").t("  e-mail: ").p(C.email_of(r, v), "EMAIL")
    d.t("\n6. Gemachtigde: ")
    name(d, r, pr, r.choice(["full", "init"]))
    d.t(", wonend ")
    addr(d, r, Addr(r, ctx.muni), pc=r.random() < 0.5)
    d.t("\n7. Reden: ").k(r.choice(["stempas kwijtgeraakt", "ziekenhuisopname", "op vakantie", "stempas beschadigd"]))
    d.t("\nHandtekening: ").p(v.paraph(), "PERSON").t("   datum: ").k(C.ordinary_date(r))
    d.t("\n\nIn behandeling bij ").k("Burgerzaken").t(", ")
    cue_case(d, r)
    d.t("; paraaf ")
    name(d, r, r.choice(ctx.off), "paraph")
    d.t(".")
    return d


def desk_incident(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    res, guard = Person(r), Person(r)
    d.k("Incidentmelding").t(" balie – ").k(C.ordinary_date(r)).t("\n")
    d.t("Om ").t(f"{r.randint(9, 16)}:{r.randint(10, 59)}").t(" werd ")
    name(d, r, res, r.choice(["full", "title"]))
    d.t(" boos aan de balie omdat het ").k(r.choice(["paspoort", "rijbewijs", "uittreksel"])).t(" niet klaar lag. ")
    name(d, r, res, "sur")
    d.t(" gooide een folder naar ")
    name(d, r, ctx.off[0], r.choice(["first", "full"]))
    d.t(". Beveiliger ")
    name(d, r, guard, r.choice(["first", "full"]))
    d.t(" heeft de heer/mevrouw naar buiten begeleid. ")
    if r.random() < 0.6:
        d.t("De ").k("wijkagent").t(", ")
        name(d, r, Person(r), "full")
        d.t(", heeft aangifte opgenomen onder ")
        cue_case(d, r)
        d.t(". ")
    d.t("Adres klant: ")
    addr(d, r, Addr(r, ctx.muni), pc=r.random() < 0.6)
    d.t("; geb. ").p(C.dob(r), "DATE_OF_BIRTH").t(".\nAfspraak: de bemiddelaar (")
    name(d, r, ctx.med, "init")
    d.t(") belt ")
    name(d, r, res, "title")
    d.t(" binnen drie werkdagen op ").p(C.phone(r), "PHONE").t(".")
    return d


# ================================================================ grants: associations, subsidies, citizens' fund
ASSOC = [
    "Buurtvereniging",
    "Speeltuinvereniging",
    "Stichting",
    "Muziekvereniging",
    "Volkstuinvereniging",
    "IJsclub",
    "Schaakclub",
    "Oranjevereniging",
    "Wijkraad",
    "Dansgroep",
]
ASSOC_NAMES = [
    "Eendracht",
    "Vooruit",
    "Ons Genoegen",
    "De Hoeksteen",
    "Samen Sterk",
    "De Vriendschap",
    "Nut en Vermaak",
    "Kunst na Arbeid",
    "De Eerste Stap",
    "Het Wapen",
]


def assoc(d: Doc, r: Random) -> None:
    d.k(r.choice(ASSOC) + " " + r.choice(ASSOC_NAMES))


def grants_application(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Aanvraagformulier").t(" ").k("Algemene subsidieverordening").t(" – ").k(ctx.muni).t("\n\nA. Organisatie: ")
    assoc(d, r)
    chair, tres, sec = Person(r), Person(r), Person(r)
    d.t("\nB. Contactpersoon: ")
    name(d, r, sec, r.choice(["full", "init", "title"]))
    d.t(" (").k("secretaris").t("), ")
    addr(d, r, Addr(r, ctx.muni))
    d.t(", ").p(C.phone(r), "PHONE").t(", ").p(C.email_of(r, sec), "EMAIL")
    d.t("\nC. Bestuur: ").k("voorzitter").t(" ")
    name(d, r, chair, r.choice(["full", "init", "caps"]))
    d.t("; ").k("penningmeester").t(" ")
    name(d, r, tres, r.choice(["full", "init"]))
    d.t("\nD. Rekeningnummer: ").p(C.iban(r, "NL"), "IBAN").t(" t.n.v. de vereniging")
    d.t("\nE. Activiteit: ").k(r.choice(P.EVENTS)).t(" op ").k(C.ordinary_date(r)).t(" in ").k(r.choice(P.BUILDINGS))
    d.t("\nF. Begroting: huur ").k(C.amount(r)).t(", materiaal ").k(C.amount(r)).t(", gevraagd ").k(C.amount(r))
    d.t("\nG. Ondertekening: ")
    name(d, r, chair, "paraph")
    d.t(" en ")
    name(d, r, tres, "paraph")
    d.t("\n\n[intern] ")
    cue_case(d, r, "subsidienummer")
    d.t(" – behandelaar ")
    name(d, r, ctx.off[0], r.choice(["full", "init"]))
    d.t(", ").k("Team Subsidies").t(".")
    return d


def grants_fund(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Burgerfonds").t(" – aanvraag van bewoners\n")
    ini = [Person(r) for _ in range(r.randint(2, 3))]
    d.t("Wij, ")
    for i, p in enumerate(ini):
        if i:
            d.t(" en " if i == len(ini) - 1 else ", ")
        name(d, r, p, r.choice(["full", "full", "lower", "init"]))
    st = C.street(r)
    d.t(", wonen aan de ").p(st, "ADDRESS").t(" en vragen ").k(C.amount(r)).t(" voor ")
    d.k(
        r.choice(
            [
                "een bankje bij de speelplaats",
                "een buurtmaaltijd",
                "plantenbakken",
                "een AED-kastje",
                "een minibieb",
                "een moestuin",
            ]
        )
    ).t(".\n")
    d.t("Het geld kan naar ").p(C.iban(r), "IBAN").t(" ten name van ")
    name(d, r, ini[0], r.choice(["init", "full"]))
    d.t(".\nContact: ").p(C.email_of(r, ini[-1]), "EMAIL").t(" of ").p(C.phone(r), "PHONE").t(".\n")
    if r.random() < 0.5:
        d.t("PS ")
        name(d, r, ini[1], "first")
        d.t(" woont op nummer ").t(str(r.randint(1, 120))).t("; zijn moeder ")
        name(d, r, Person(r, surname=(ini[1].particle, ini[1].core), gender="f"), "full")
        d.t(" helpt mee.\n")
    d.t("\nReactie ").k("bemiddelaar").t(": ")
    name(d, r, ctx.med, r.choice(["first", "full"]))
    d.t(" heeft de aanvraag op ").k(C.ordinary_date(r)).t(" besproken met ")
    name(d, r, ctx.off[1], "title")
    d.t(" (").k("Sociaal Domein").t("); ")
    cue_case(d, r)
    d.t(".")
    return d


def grants_decision(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    chair, a = Person(r), Addr(r, ctx.muni)
    caps = r.random() < 0.3
    assoc(d, r)
    d.t("\nt.a.v. ")
    if caps:
        d.t("DE HEER/MEVROUW ").p(chair.initials(r) + " " + chair.sur.upper(), "PERSON")
    else:
        d.t(chair.title(r) + " ").p(chair.initials(r) + " " + chair.sur, "PERSON")
    d.t("\n")
    addr(d, r, a, caps=caps)
    d.t("\n\n").k("Ons kenmerk").t(": ").p(C.case(r), "CASE_NUMBER").t("\n").k("Datum").t(": ").k(C.ordinary_date(r))
    d.t("\n").k("Onderwerp").t(": ").k(r.choice(["verlening subsidie", "vaststelling subsidie", "weigering subsidie"]))
    d.t("\n\nGeachte ").t(chair.title(r) + " ").p(chair.Sur, "PERSON").t(",\n\n")
    d.k("Wij").t(" hebben uw aanvraag ontvangen. ").k("Op").t(" grond van de ").k("Algemene subsidieverordening")
    d.t(" verlenen wij een bedrag van ").k(C.amount(r)).t(". ").k("Het").t(" bedrag maken wij over op ")
    d.p(C.iban(r, "NL"), "IBAN").t(".\n")
    d.k("Bent").t(" u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (").k("Awb").t(").\n")
    d.t("Vragen? Bel ")
    o = r.choice(ctx.off)
    name(d, r, o, "full")
    d.t(" via ").k(ctx.tel14).t(" of mail ").p(C.work_email(o, ctx.muni), "EMAIL").t(".\n\n")
    d.k("Burgemeester en wethouders").t(" van ").k(ctx.muni).t(",\nnamens dezen,\n")
    name(d, r, Person(r), "init")
    d.t("\n").k("teamleider").t(" ").k("Team Subsidies")
    return d


def grants_receipts(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Verantwoording").t(" ").k("Buurtbudget").t(" – ")
    cue_case(d, r)
    d.t("\n")
    people = [Person(r) for _ in range(3)]
    for i in range(r.randint(3, 5)):
        p = r.choice(people)
        d.t(f"bon {i + 1}: ").k(r.choice(["bouwmarkt", "supermarkt", "drukkerij", "verhuur partytent", "bakker"]))
        d.t(" ").k(C.amount(r)).t(" – voorgeschoten door ")
        name(d, r, p, r.choice(["first", "full", "init", "lower"]))
        if r.random() < 0.5:
            d.t(", terug naar ").p(C.iban(r), "IBAN")
        d.t("\n")
    d.t("Totaal ").k(C.amount(r)).t(". Opgesteld door ")
    name(d, r, people[0], "full")
    d.t(" (").p(C.email_of(r, people[0]), "EMAIL").t(").\nGecontroleerd: ")
    name(d, r, ctx.off[2], "paraph")
    d.t(", ").k(C.ordinary_date(r)).t(".")
    return d


def grants_youth(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    parent, a = Person(r), Addr(r, ctx.muni)
    d.k("Jeugdfonds Sport & Cultuur").t(" – aanvraag via intermediair\n")
    d.t("Ouder/verzorger: ")
    name(d, r, parent, r.choice(["full", "sf", "init"]))
    d.t("\nAdres: ")
    addr(d, r, a)
    d.t("\nTelefoon: ").p(C.phone(r), "PHONE").t("\n")
    for _ in range(r.randint(1, 3)):
        kid = Person(r, origin=parent.origin, surname=(parent.particle, parent.core))
        d.t("Kind: ")
        name(d, r, kid, r.choice(["first", "full"]))
        d.t(", geb. ").p(C.dob(r, C.birthdate(r, 2010, 2021)), "DATE_OF_BIRTH").t(" – ")
        d.k(r.choice(["voetbal", "zwemles", "turnen", "muziekles", "judo", "theaterles", "hockey"])).t(" bij ")
        assoc(d, r)
        d.t(", contributie ").k(C.amount(r)).t("\n")
    d.t("Intermediair: ")
    o = Person(r)
    name(d, r, o, r.choice(["full", "init"]))
    d.t(" (").k(r.choice(["wijkcoach", "schoolmaatschappelijk werker", "jeugdverpleegkundige"])).t("), ")
    d.p(C.work_email(o, ctx.muni), "EMAIL").t("\n")
    cue_case(d, r, "aanvraagnummer")
    d.t("; betaling rechtstreeks aan de club, niet aan ")
    name(d, r, parent, "title")
    d.t(".")
    return d


def grants_volunteer(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    v, coord = Person(r), Person(r)
    d.k("Vrijwilligerscentrale").t(" – inschrijving en ").k("vrijwilligersvergoeding").t("\n")
    d.t("Naam: ")
    name(d, r, v, r.choice(["full2", "full", "caps"]))
    if v.nick:
        d.t(" (roepnaam ").p(v.nick, "PERSON").t(")")
    d.t("\nGeboren: ").p(C.dob(r), "DATE_OF_BIRTH").t("  te ").k(
        r.choice(["Paramaribo", "Ankara", "Gdańsk", "Aleppo", "Utrecht", "Willemstad", "Kabul", "Asmara"])
    )
    d.t("\nAdres: ")
    addr(d, r, Addr(r, ctx.muni))
    d.t("\nBankrekening voor de vergoeding: ").p(C.iban(r), "IBAN")
    if r.random() < 0.5:
        d.t("\nBSN (voor de ").k("Belastingdienst").t("): ").p(C.bsn(r), "BSN")
    d.t("\nInzet: ").k(r.choice(["taalmaatje", "chauffeur", "klusjesman", "gastvrouw", "maatje"])).t(" op ")
    d.k(r.choice(P.WEEKDAYS))
    if r.random() < 0.5:
        d.t(", eigen auto ").p(C.plate(r), "LICENSE_PLATE").t(" (kilometervergoeding)")
    d.t("\n").k("VOG").t(" aangevraagd op ").k(C.ordinary_date(r)).t(".\n")
    d.t("Coördinator: ")
    name(d, r, coord, r.choice(["full", "first"]))
    d.t(", ").p(C.phone(r, "mob"), "PHONE").t(". Notitie: ")
    name(d, r, v, r.choice(["first", "title"]))
    d.t(" wil niet samen met ")
    name(d, r, Person(r), "full")
    d.t(" ingeroosterd worden.")
    return d


def grants_members(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Bijlage").t(" bij ")
    cue_case(d, r)
    d.t(": ledenlijst_")
    sec = Person(r)
    d.p(C.fold(sec.core).lower(), "PERSON").t(".csv\n")
    d.t("lidnr;achternaam;voornaam;geboortedatum;postcode;woonplaats\n")
    fam = None
    for _i in range(r.randint(4, 8)):
        p = Person(r, surname=(fam.particle, fam.core)) if fam and r.random() < 0.4 else Person(r)
        fam = p
        d.t(f"{r.randint(100, 999)};").p(p.Sur, "PERSON").t(";").p(p.first, "PERSON").t(";")
        d.p(C.dob(r, style=r.choice([0, 1, 5, 13])), "DATE_OF_BIRTH").t(";").p(C.postcode(r), "POSTCODE").t(";")
        d.k(r.choice(P.MUNIS)).t("\n")
    d.t("Aangeleverd door ")
    name(d, r, sec, "full")
    d.t(", ").k("secretaris").t(".")
    return d


def grants_mails(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    a, b = Person(r), Person(r)
    d.k("Onderwerp").t(": stemming ").k("Buurtbudget").t(" – ").p(a.Sur, "PERSON").t("\n")
    d.t("Van: ")
    name(d, r, a, "full")
    d.t(" <").p(C.email_of(r, a), "EMAIL").t(">\n\n")
    d.t("Hoi ").p(ctx.off[0].first, "PERSON").t(",\nik heb gestemd voor het plan van ")
    name(d, r, b, r.choice(["full", "lower"]))
    d.t(" maar ik zie mijn stem niet terug. ").k("Mijn").t(" buurman ")
    name(d, r, Person(r), "first")
    d.t(" ook niet. Kun je dat nakijken? ")
    cue_case(d, r)
    d.t(".\n")
    name(d, r, a, "first")
    d.t("\n\n> ").k("Op").t(" ").k(C.ordinary_date(r)).t(" schreef ")
    name(d, r, ctx.off[0], "full")
    d.t(":\n> ").k("De").t(" uitslag staat op de site. ")
    name(d, r, b, "title")
    d.t(" kreeg de meeste stemmen.")
    return d


# ================================================================ crisis: emergencies and temporary shelter
def crisis_evac(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    loc = r.choice(["Noodopvang Sporthal", "Wijkcentrum Het Anker", "Dorpshuis De Linde", "Evenementenhal"])
    d.k("Registratie").t(" geëvacueerden – ").k(loc).t(" – ").k(
        r.choice(["brand", "gaslek", "wateroverlast", "stroomstoring"])
    )
    d.t(" ").k(C.ordinary_date(r)).t("\n")
    st = C.street(r)
    for i in range(r.randint(4, 7)):
        p = Person(r)
        d.t(f"{i + 1}. ")
        name(d, r, p, r.choice(["sf", "full", "caps", "init"]))
        d.t(" | ").p(C.dob(r), "DATE_OF_BIRTH").t(" | ").p(f"{st} {C.housenr(r)}", "ADDRESS").t(" | ")
        d.p(C.phone(r), "PHONE") if r.random() < 0.7 else d.t("geen telefoon")
        if r.random() < 0.35:
            d.t(" | slaapt bij ")
            name(d, r, Person(r), r.choice(["full", "title"]))
            d.t(", ")
            addr(d, r, Addr(r), pc=r.random() < 0.5)
        d.t("\n")
    d.t("Geregistreerd door ").k("Rode Kruis").t("-vrijwilliger ")
    name(d, r, Person(r), r.choice(["first", "full"]))
    d.t("; lijst naar ").k("Bureau Rampenbestrijding").t(" (")
    cue_case(d, r)
    d.t(").")
    return d


def crisis_log(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Logboek").t(" ").k(r.choice(["ROT", "GBT", "actiecentrum"])).t(" – ").k(
        r.choice(["Veiligheidsregio IJsselland", "Brandweer"])
    ).t("\n")
    ocv = Person(r)
    h = r.randint(6, 20)
    for _i in range(r.randint(5, 8)):
        m = r.randint(0, 59)
        d.t(f"{h:02d}:{m:02d} ")
        c = r.randrange(6)
        if c == 0:
            name(d, r, ocv, r.choice(["init", "paraph"]))
            d.t(": ").k("omgevingsanalyse").t(" klaar, ").k(r.choice(["windrichting", "rookpluim", "waterstand"])).t(
                " gunstig\n"
            )
        elif c == 1:
            d.t("melding van ")
            name(d, r, Person(r), r.choice(["full", "title"]))
            d.t(" (").p(C.phone(r), "PHONE").t("): buurvrouw ")
            name(d, r, Person(r, gender="f"), r.choice(["first", "title"]))
            d.t(" reageert niet, ").p(C.street(r) + " " + C.housenr(r), "ADDRESS").t("\n")
        elif c == 2:
            d.t("auto ").p(C.plate(r), "LICENSE_PLATE").t(" blokkeert aanrijroute, kenteken nagevraagd\n")
        elif c == 3:
            name(d, r, ctx.off[0], r.choice(["init", "full"]))
            d.t(" (").k("crisiscoördinator").t(") informeert ").k("burgemeester").t("\n")
        elif c == 4:
            d.t("pers: ").k("woordvoerder").t(" ")
            name(d, r, Person(r), "full")
            d.t(" stuurt bericht via ").k("NL-Alert").t("\n")
        else:
            d.t("opvang: ")
            name(d, r, Person(r), r.choice(["full", "init"]))
            d.t(" met ").t(str(r.randint(1, 4))).t(" kinderen naar ").k(r.choice(P.BUILDINGS)).t("\n")
        h = min(23, h + r.randint(0, 1))
    cue_case(d, r)
    d.t(" – log gesloten door ")
    name(d, r, ocv, "paraph")
    return d


def crisis_host(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    host, a = (
        Person(r, origin=r.choice(["nederlands", "nl_particle", "fries", "vlaams", "limburgs"])),
        Addr(r, ctx.muni),
    )
    d.k("Registratie").t(" ").k("gastgezin").t("\nGastgezin: ")
    name(d, r, host, r.choice(["full", "sf"]))
    d.t(" en ")
    name(d, r, Person(r, surname=(host.particle, host.core)), r.choice(["first", "full"]))
    d.t("\nAdres: ")
    addr(d, r, a)
    d.t("\nTelefoon: ").p(C.phone(r), "PHONE").t("\n").k("Leefgeld").t(" naar: ").p(C.iban(r, "NL"), "IBAN").t("\n")
    d.t("Gasten:\n")
    g0 = Person(r, origin=r.choice(["oekraiens", "syrisch", "eritrees", "afghaans"]))
    for i in range(r.randint(1, 3)):
        g = g0 if i == 0 else Person(r, origin=g0.origin, surname=(g0.particle, g0.core))
        d.t("- ")
        name(d, r, g, r.choice(["full", "caps", "full"]))
        d.t(", geb. ").p(C.dob(r, C.birthdate(r, 1950, 2022)), "DATE_OF_BIRTH")
        if r.random() < 0.5:
            d.t(", BSN ").p(C.bsn(r), "BSN")
        d.t("\n")
    d.t("Tolk bij intake: ")
    name(d, r, Person(r), "full")
    d.t(", ").p(C.phone(r, "for"), "PHONE").t("\n")
    d.t("Contact ").k("gemeente").t(": ")
    name(d, r, ctx.off[1], "full")
    d.t(" (").p(C.work_email(ctx.off[1], ctx.muni), "EMAIL").t("), ")
    cue_case(d, r)
    return d


def crisis_heat(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Hitteplan").t(" – belronde ").k(r.choice(P.WEEKDAYS)).t(" (").k(
        r.choice(["Buurtzorg", "Rode Kruis", "Wijkteam Noord"])
    ).t(")\n")
    for _ in range(r.randint(4, 6)):
        p, c = Person(r), Person(r)
        name(d, r, p, r.choice(["sf", "title", "full", "caps"]))
        d.t(" (").p(C.dob(r, C.birthdate(r, 1928, 1950)), "DATE_OF_BIRTH").t(") – ").p(C.phone(r, "land"), "PHONE")
        d.t(" – ").k(r.choice(["gebeld, gaat goed", "niet opgenomen", "drinkt te weinig", "ventilator gebracht"]))
        if r.random() < 0.5:
            d.t("; contactpersoon ")
            name(d, r, c, r.choice(["first", "full"]))
            d.t(" ").p(C.phone(r, "mob"), "PHONE")
        d.t("\n")
    d.t("Niet bereikt na twee keer: langsgaan door ")
    name(d, r, Person(r), "first")
    d.t(" en ")
    name(d, r, Person(r), "first")
    d.t(". Lijst terug naar ")
    name(d, r, ctx.off[2], "init")
    d.t(".")
    return d


def crisis_shelter(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    d.k("Nachtopvang").t(" – bedlijst ").k(C.ordinary_date(r)).t("\n")
    for b in range(1, r.randint(5, 8)):
        p = Person(r)
        d.t(f"bed {b}: ")
        if p.nick and r.random() < 0.6:
            d.p(p.nick, "PERSON").t(" (").p(p.full, "PERSON").t(")")
        else:
            name(d, r, p, r.choice(["first", "full", "lower", "sf"]))
        if r.random() < 0.6:
            d.t(", ").p(C.dob(r, C.birthdate(r, 1955, 2006)), "DATE_OF_BIRTH")
        d.t(" – ").k(r.choice(["nieuw", "vaste gast", "komt laat", "schorsing verlopen", "naar dagopvang"]))
        if r.random() < 0.3:
            d.t(", ")
            cue_case(d, r)
        d.t("\n")
    d.t("Dienst: ")
    name(d, r, Person(r), "first")
    d.t(" en ")
    name(d, r, Person(r), "first")
    d.t(". ").k("Leger des Heils").t(" gebeld over ")
    p = Person(r)
    name(d, r, p, r.choice(["full", "title"]))
    d.t(", laatst bekend adres ")
    addr(d, r, Addr(r), pc=r.random() < 0.4)
    d.t(".")
    return d


def crisis_victim(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    p, partner, a = Person(r), Person(r), Addr(r, ctx.muni)
    d.k("Doorverwijzing").t(" ").k("Slachtofferhulp Nederland").t("\n")
    d.t("Betrokkene: ")
    name(d, r, p, r.choice(["full2", "full", "sf"]))
    d.t(", geb. ").p(C.dob(r), "DATE_OF_BIRTH").t("\nAdres (onbewoonbaar na ").k(
        r.choice(["brand", "storm", "explosie", "overstroming"])
    ).t("): ")
    addr(d, r, a)
    d.t("\nTijdelijk verblijf: ")
    addr(d, r, Addr(r), pc=True)
    d.t("\nPartner: ")
    name(d, r, partner, r.choice(["full", "first"]))
    d.t("; kinderen ")
    kids = [Person(r, origin=p.origin, surname=(p.particle, p.core)) for _ in range(r.randint(1, 2))]
    for i, k in enumerate(kids):
        if i:
            d.t(" en ")
        name(d, r, k, "first")
        d.t(" (").p(C.dob(r, C.birthdate(r, 2009, 2023)), "DATE_OF_BIRTH").t(")")
    d.t("\nVerzekeraar gebeld; ").k("noodfonds").t(" ").k(C.amount(r)).t(" naar ").p(C.iban(r), "IBAN").t(".\n")
    d.t("Telefoon: ").p(C.phone(r), "PHONE").t(", e-mail: ").p(C.email_of(r, p), "EMAIL").t("\n")
    d.t("Verwijzer: ")
    name(d, r, ctx.med, r.choice(["full", "init"]))
    d.t(", ").k("bemiddelaar").t(" – ")
    cue_case(d, r)
    return d


def crisis_trace(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    req = Person(
        r, origin=r.choice(["eritrees", "somalisch", "syrisch", "afghaans", "congolees", "oekraiens", "ethiopisch"])
    )
    lost = Person(r, origin=req.origin)
    d.k("Verzoek").t(" opsporing familielid (").k("Rode Kruis").t(")\n")
    d.t("Aanvrager: ")
    name(d, r, req, r.choice(["full", "caps", "sf"]))
    d.t(", geb. ").p(C.dob(r), "DATE_OF_BIRTH").t(", ").p(C.phone(r), "PHONE").t("\n")
    d.t("Gezocht: ")
    name(d, r, lost, r.choice(["full", "full2"]))
    if lost.nick:
        d.t(" (ook bekend als ").p(lost.nick, "PERSON").t(")")
    d.t(", ").k(r.choice(["broer", "zus", "moeder", "vader", "neef"])).t(", geboren ").p(
        C.dob(r, style=r.choice([3, 5, 10, 15])), "DATE_OF_BIRTH"
    )
    d.t("\nLaatst gezien: ").k(r.choice(["Libië", "Lampedusa", "Ter Apel", "Calais", "Athene", "Przemyśl"])).t(", ")
    d.k(r.choice(P.MONTHS)).t(" 2025\nBijzonderheden: ")
    name(d, r, req, "first")
    d.t(" spreekt ").k(r.choice(["Tigrinya", "Arabisch", "Dari", "Oekraïens", "Somali", "Frans"])).t("; tolk ")
    name(d, r, Person(r), "full")
    d.t(".\nIngediend via ").k("VluchtelingenWerk").t(", ")
    cue_case(d, r)
    d.t(".")
    return d


def crisis_payment(r: Random, ctx: Ctx) -> Doc:
    d = Doc()
    p = Person(r)
    d.k("Ontvangstbewijs").t(" ").k("noodbetaling").t("\n")
    cue_case(d, r)
    d.t("\nOntvanger: ")
    name(d, r, p, r.choice(["caps", "full", "sf"]))
    d.t("\nBSN: ").p(C.bsn(r), "BSN").t("\nBedrag: ").k(C.amount(r))
    d.t(r.choice(["\nContant uitgekeerd", "\nOvergemaakt naar "]))
    if d.parts[-1].endswith("naar "):
        d.p(C.iban(r), "IBAN")
    d.t("\nUitgekeerd door: ")
    name(d, r, ctx.off[0], r.choice(["full", "init"]))
    d.t(" (").p(ctx.off[0].paraph(), "PERSON").t(")\nGetuige: ")
    name(d, r, Person(r), "full")
    d.t("\n").k("Noodverordening").t(" van ").k(C.ordinary_date(r)).t(". Handtekening ontvanger: ")
    d.p(p.paraph(), "PERSON")
    return d


DESK = [
    desk_appointments,
    desk_visitors,
    desk_callback,
    desk_lost,
    desk_animal,
    desk_polling,
    desk_proxy,
    desk_incident,
]
GRANTS = [
    grants_application,
    grants_fund,
    grants_decision,
    grants_receipts,
    grants_youth,
    grants_volunteer,
    grants_members,
    grants_mails,
]
CRISIS = [
    crisis_evac,
    crisis_log,
    crisis_host,
    crisis_heat,
    crisis_shelter,
    crisis_victim,
    crisis_trace,
    crisis_payment,
]


# ================================================================ known file
def known_person(r: Random) -> tuple[Person, str, list[str]]:
    word, is_first, parts, phrases = r.choice(P.KNOWN)
    p = Person(r, origin=r.choice(["nederlands", "nl_particle", "fries", "vlaams"]))
    if is_first:
        p.first = word
        p.nick = ""
    else:
        p.particle, p.core = r.choice(parts), word
    return p, word, phrases


def known_doc(r: Random, ctx: Ctx, i: int) -> tuple[Doc, Person]:
    p, word, phrases = known_person(r)
    d = Doc()
    shape = i % 8
    lw = word.lower()
    ph = phrases[:] if phrases else [f"de {lw}"]
    r.shuffle(ph)

    def phrase(prefix: str) -> None:
        d.t(prefix).k(ph[0])

    def ref() -> None:  # a later reference to the resident
        if r.random() < 0.6 and p.first != word:
            d.t(p.title(r) + " ").p(p.Sur, "PERSON")
        else:
            d.p(p.first, "PERSON")

    if shape == 0:
        d.k("Afspraak").t(" ").k("Publiekszaken").t(" – ")
        name(d, r, p, r.choice(["full", "sf"]))
        d.t(", geb. ").p(C.dob(r), "DATE_OF_BIRTH").t("\n")
        ref()
        d.t(" komt een ").k("paspoort").t(" aanvragen en vertelde over")
        phrase(" ")
        d.t(".")
    elif shape == 1:
        d.k("Gevonden Voorwerpen").t(": ").k("portemonnee").t(" van ")
        name(d, r, p, "full")
        d.t(". Gevonden naast")
        phrase(" ")
        d.t(" door ")
        name(d, r, Person(r), "full")
        d.t(". ")
        ref()
        d.t(" belt terug op ").p(C.phone(r), "PHONE").t(".")
    elif shape == 2:
        d.k("Stembureau").t(" ").k(r.choice(P.BUILDINGS)).t(": kiezer ")
        name(d, r, p, r.choice(["full", "init"]))
        d.t(" vroeg naar een volmacht; op het formulier stond een tekening van")
        phrase(" ")
        d.t(". ")
        ref()
        d.t(" kreeg uitleg van de ").k("voorzitter").t(".")
    elif shape == 3:
        d.k("Subsidieaanvraag").t(" van ")
        name(d, r, p, "full")
        d.t(" (").p(C.email_of(r, p), "EMAIL").t(") voor een tentoonstelling over")
        phrase(" ")
        d.t(". ")
        cue_case(d, r)
        d.t(". ")
        ref()
        d.t(" vraagt ").k(C.amount(r)).t(".")
    elif shape == 4:
        d.k("Burgerfonds").t(": ")
        name(d, r, p, "full")
        d.t(" vraagt geld voor een bord bij")
        phrase(" ")
        d.t(" in de wijk. ").k("Rekening").t(" ").p(C.iban(r, "NL"), "IBAN").t(" t.n.v. ")
        d.p(p.initials(r) + " " + p.sur, "PERSON").t(".")
    elif shape == 5:
        d.k("Registratie").t(" ").k("noodopvang").t(": ")
        name(d, r, p, r.choice(["sf", "full", "caps"]))
        d.t(", ").p(C.street(r) + " " + C.housenr(r), "ADDRESS").t(". ")
        ref()
        d.t(" maakte zich zorgen om")
        phrase(" ")
        d.t(". ").k("Telefoon").t(" ").p(C.phone(r), "PHONE").t(".")
    elif shape == 6:
        d.k("Hitteplan").t(" belronde: ")
        name(d, r, p, r.choice(["title", "full"]))
        d.t(" (").p(C.dob(r, C.birthdate(r, 1930, 1950)), "DATE_OF_BIRTH").t(") gaat het goed; sprak over")
        phrase(" ")
        d.t(". Dochter ")
        name(d, r, Person(r, surname=(p.particle, p.core), gender="f"), "first")
        d.t(" komt vanavond.")
    else:
        d.k("Gastgezin").t(" ")
        name(d, r, p, "full")
        d.t(" vangt een moeder met twee kinderen op. Ze zagen samen")
        phrase(" ")
        d.t(". ")
        ref()
        d.t(" is bereikbaar via ").p(C.email_of(r, p), "EMAIL").t(".")
    if len(ph) > 1 and r.random() < 0.5:
        d.t("\nPS ").k("Later").t(" ging het nog over")
        d.t(" ").k(ph[1])
        d.t(".")
    if r.random() < 0.3:
        d.t("\n— ")
        name(d, r, p, r.choice(["full", "caps", "init"]))
    d.t("\nBemiddelaar: ")
    name(d, r, ctx.med, r.choice(["full", "init"]))
    return d, p
