"""holdout16 shapes: claims (liability and damage), space (public space, permits, enforcement), council (participation
and the council's paper flow) and the known file's word-names with their ordinary phrases."""

from __future__ import annotations

from core16 import K, P, Person, case_number, fold, house_number, plain_date, plate, street

TOWNS = (
    "Zwolle Apeldoorn Deventer Amersfoort Helmond Leeuwarden Roosendaal Dordrecht Almere Zaandam Hengelo Venlo Emmen "
    "Gouda Alkmaar Tilburg Breda Nijmegen Arnhem Enschede Delft Leiden Haarlem Zoetermeer Hilversum Assen Lelystad "
    "Heerlen Sittard Oss Veenendaal Harderwijk Kampen Meppel Sneek Drachten Terneuzen Middelburg Vlissingen Schiedam "
    "Purmerend Hoorn Doetinchem Zutphen Tiel Weert Roermond"
).split() + ["Den Helder", "Bergen op Zoom", "Capelle aan den IJssel"]
ABROAD = (
    "Casablanca Paramaribo Izmir Gdańsk Willemstad Nador Ankara Wrocław Asmara Mogadishu Kabul Teheran Accra Lagos "
    "Kinshasa Jaffna Lahore Manila Boekarest Sofia Kaunas Brno Sarajevo Tirana Thessaloniki Napels Sevilla Porto Praia "
    "Aleppo Damascus Kharkiv Lviv Antwerpen Gent Hasselt Keulen Debrecen Bangkok Busan Jerevan Caïro Khartoem"
).split()
DEPTS = [
    "Openbare Ruimte",
    "Stadsbeheer",
    "Juridische Zaken",
    "Team Verzekeringen",
    "Vergunningen, Toezicht en Handhaving",
    "Team Parkeren",
    "Griffie",
    "Burgerzaken",
    "Klant Contact Centrum",
    "Wijkteam Oost",
    "Team Evenementen",
    "Afval en Reiniging",
    "Groenbeheer",
    "Team Participatie",
    "Wegbeheer",
    "Team Bestuursondersteuning",
]
FUNCS = [
    "schadebehandelaar",
    "jurist",
    "wijkbeheerder",
    "vergunningverlener",
    "toezichthouder",
    "handhaver",
    "boomdeskundige",
    "beleidsmedewerker",
    "teamleider",
    "adviseur",
    "coördinator",
]
ORGS = [
    "Nationale Ombudsman",
    "Juridisch Loket",
    "Slachtofferhulp Nederland",
    "Rijkswaterstaat",
    "Staatsbosbeheer",
    "Kadaster",
    "RDW",
    "ANWB",
    "Stedin",
    "Enexis",
    "Liander",
    "Vitens",
    "Veiligheidsregio",
    "Raad van State",
    "Vereniging Eigen Huis",
    "Woonbond",
    "Het Juridisch Loket",
    "Stichting Salvage",
]
INSURERS = [
    ("Centraal Beheer", "centraalbeheer.nl"),
    ("Univé", "unive.nl"),
    ("Interpolis", "interpolis.nl"),
    ("Achmea", "achmea.nl"),
    ("Allianz", "allianz.nl"),
    ("a.s.r.", "asr.nl"),
    ("Nationale-Nederlanden", "nn.nl"),
]
LAWS = [
    "Omgevingswet",
    "Burgerlijk Wetboek",
    "Wegenverkeerswet",
    "APV",
    "Gemeentewet",
    "Algemene wet bestuursrecht",
    "Wet open overheid",
    "Participatieverordening",
    "Bomenverordening",
    "Afvalstoffenverordening",
    "Evenementenbeleid",
    "Parkeerverordening",
    "Reglement van orde",
]
EVENTS = [
    "Koningsdag",
    "Bevrijdingsfestival",
    "Sinterklaasintocht",
    "Avondvierdaagse",
    "Jaarmarkt",
    "Burendag",
    "Open Monumentendag",
    "Zomerkermis",
    "Nationale Opschoondag",
    "Kerstmarkt",
    "Midzomerfeest",
]
BUILDINGS = [
    "Stadhuis",
    "Raadzaal",
    "Stadskantoor",
    "Milieustraat",
    "Gemeentewerf",
    "Bibliotheek",
    "Sporthal De Pijl",
    "Wijkcentrum De Kroon",
    "Buurthuis Het Baken",
    "Kinderboerderij",
]
BRANDS = [
    "Volkswagen Polo",
    "Toyota Yaris",
    "Opel Corsa",
    "Kia Picanto",
    "Peugeot 208",
    "Renault Clio",
    "Skoda Fabia",
    "Ford Fiesta",
    "Hyundai i10",
    "Volvo V40",
    "Citroën C3",
    "Fiat Panda",
    "Tesla Model 3",
]
GARAGES = [
    "Autoschade Oostpoort",
    "Carrosseriebedrijf Vlijt",
    "Schadeherstel Centrum",
    "Garage De Rotonde",
    "Fietsenmakerij De Ketting",
    "Rijwielhandel Vooruit",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
CUES = {
    "claim": ["schadenummer", "kenmerk", "ons kenmerk", "uw kenmerk", "dossiernummer", "claimnummer", "referentie"],
    "space": [
        "meldingsnummer",
        "zaaknummer",
        "aanvraagnummer",
        "kenmerk",
        "dossiernummer",
        "registratienummer",
        "controlenummer",
    ],
    "council": [
        "registratienummer",
        "kenmerk",
        "petitienummer",
        "volgnummer",
        "documentnummer",
        "zaaknummer",
        "ons kenmerk",
    ],
}
TOPICS = [
    "de herinrichting van het Stationsplein",
    "de sluiting van het zwembad",
    "de kap van de lindes langs de singel",
    "het parkeerbeleid in de binnenstad",
    "een nieuwe fietsbrug",
    "het afvalbeleid",
    "de speeltuin in het park",
    "de nieuwe woonwijk aan de rand van de stad",
    "windmolens bij de A28",
    "de bibliotheek in de wijk",
    "de verkeersveiligheid bij de basisschool",
    "de markt op zaterdag",
]
PARTIES = [
    "VVD",
    "D66",
    "GroenLinks-PvdA",
    "CDA",
    "SP",
    "ChristenUnie",
    "Partij voor de Dieren",
    "BBB",
    "lokale partij Stadsbelang",
]


class Ctx:
    def __init__(self, r, group: str):
        self.r = r
        self.group = group
        self.town = r.choice(TOWNS)
        self.domain = fold(self.town).lower().replace(" ", "") + ".nl"
        self.people: list[Person] = []

    def person(self, **kw) -> Person:
        kw.setdefault("town", self.town)
        p = Person(self.r, **kw)
        self.people.append(p)
        return p

    def family(self, p: Person, **kw) -> Person:
        q = self.person(family=p, **kw)
        q.share_home(p)
        return q

    def neighbour(self, p: Person) -> Person:
        q = self.person()
        q._cache["street"] = p.street_s
        q._cache["addr"] = f"{p.street_s} {house_number(self.r)}"
        q._cache["pc"] = p.pc_s
        return q

    def T(self) -> str:
        return K(self.town)

    def gem(self, cap: bool = False) -> str:
        return K(("Gemeente " if cap else "gemeente ") + self.town)

    def case(self) -> str:
        return P(case_number(self.r, self.group), "CASE_NUMBER")

    def cue(self) -> str:
        return K(self.r.choice(CUES[self.group]))

    def date(self, style: int | None = None) -> str:
        return K(plain_date(self.r, style))

    def amount(self) -> str:
        r = self.r
        n = r.randint(45, 9800)
        return K(
            r.choice([f"€ {n:,}".replace(",", ".") + f",{r.choice(['00', '50', '95', '-'])}", f"€ {n},-", f"EUR {n}"])
        )

    def k(self, pool: list[str]) -> str:
        return K(self.r.choice(pool))

    def street(self) -> str:
        return P(street(self.r), "ADDRESS")

    def phone14(self) -> str:
        return K(f"14 0{self.r.randint(10, 99)}")

    def generic_mail(self, box: str) -> str:
        return K(f"{box}@{self.domain}")

    def wday(self) -> str:
        return K(self.r.choice(WEEKDAYS))

    def time(self) -> str:
        return f"{self.r.randint(7, 21):02d}:{self.r.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"

    def plate_p(self) -> str:
        return P(plate(self.r), "LICENSE_PLATE")


def lowfirst(p: Person) -> str:
    return P(p.firsts[0].lower())


def lowaddr(p: Person) -> str:
    return P(p.addr_s.lower(), "ADDRESS")


# ======================================================================================== claims

CAUSES = [
    ("fiets", "een losliggende stoeptegel", "stoeptegel"),
    ("auto", "een diep gat in het wegdek", "gat in wegdek"),
    ("auto", "een afgebroken tak van een gemeentelijke eik", "omgewaaide tak"),
    ("scootmobiel", "een verzakte drempel", "verzakte drempel"),
    ("bril en telefoon", "een niet afgezette sleuf", "sleuf"),
    ("auto", "een veegwagen van de gemeente", "veegwagen"),
    ("schutting", "een maaimachine van de groenploeg", "maaimachine"),
    ("kelder", "een verstopt riool", "riool"),
    ("voorruit", "opspattend grind bij werkzaamheden", "grind"),
    ("fiets", "een paaltje zonder markering", "paaltje"),
    ("auto", "een omgevallen lantaarnpaal", "lantaarnpaal"),
]


def claim_letter(c: Ctx) -> str:
    r = c.r
    A = c.person()
    W = c.neighbour(A)
    obj, cause, _ = r.choice(CAUSES)
    car = obj in ("auto", "voorruit")
    s = c.street()
    out = f"""{A.block()}

Aan het college van burgemeester en wethouders van {c.T()}
t.a.v. {c.k(["Team Verzekeringen", "Juridische Zaken", "Openbare Ruimte"])}
{c.generic_mail(r.choice(["schade", "info", "verzekeringen"]))}

{c.T()}, {c.date(0)}

Betreft: {K("aansprakelijkstelling")} schade aan mijn {obj}
{K("Uw kenmerk")}: {c.case()}

Geachte heer, mevrouw,

Op {c.date(r.choice([0, 2]))} rond {c.time()} uur is mijn {obj} beschadigd door {cause} op de {s}, ter hoogte van de {c.k(BUILDINGS)}. """
    out += r.choice(
        [
            f"Mijn buurman {W.full()} van {W.addr()} heeft het zien gebeuren en wil een verklaring afleggen (telefoon {W.tel()}).",
            f"Een voorbijganger, {W.tini()}, heeft foto's gemaakt. {W.Ttl()} is bereikbaar via {W.mail()}.",
            f"{W.full()} (mijn buurvrouw) kwam direct naar buiten en heeft de {K('politie')} gebeld.",
        ]
    )
    out += f""" De schade bedraagt volgens de offerte van {c.k(GARAGES)} {c.amount()}.

Ik stel de gemeente hiervoor aansprakelijk op grond van {K(r.choice(["artikel 6:174 BW", "artikel 6:162 BW", "artikel 6:174 van het Burgerlijk Wetboek"]))}. """
    if car:
        out += f"Het gaat om mijn {c.k(BRANDS)} met kenteken {A.plate()}. "
    out += f"""Ik verzoek u het bedrag binnen vier weken over te maken op rekening {A.iban()} ten name van {A.ini()}.

Met vriendelijke groet,

{A.full()}
{A.tel()} | {A.mail()}

Bijlagen: schade-{A.file_sur()}-1.jpg, schade-{A.file_sur()}-2.jpg, offerte {c.k(GARAGES)}, verklaring {W.sur_()}"""
    return out


def witness(c: Ctx) -> str:
    r = c.r
    A = c.person()
    W = c.person()
    O = c.person()
    place = K(r.choice(ABROAD + [c.town]))
    s = c.street()
    ttl = r.choice(["GETUIGENVERKLARING", "Verklaring van getuige", "VERKLARING GETUIGE"])
    return f"""{K(ttl)}
{K("Schadenummer")}: {c.case()}

Ondergetekende,
naam: {W.full2()}
geboren: {W.dob()} te {place}
adres: {W.addr()}, {W.pc()} {W.city()}
telefoon: {W.tel()}{chr(10) + "identiteit gecontroleerd, BSN " + W.bsn() if r.random() < 0.4 else ""}

verklaart het volgende:

Op {c.date(2)} fietste ik om ongeveer {c.time()} uur over de {s} richting het {c.k(BUILDINGS)}. Ik zag dat {A.ttl()} met {r.choice(["haar", "zijn"])} {r.choice(["fiets", "rollator", "scootmobiel"])} vast kwam te zitten in een gat naast de putdeksel en viel. Ik heb {A.first()} overeind geholpen. Er stond geen {K("afzetting")} en geen {K("waarschuwingsbord")}. Ik ken {A.ttl()} niet persoonlijk; ik heb alleen mijn nummer gegeven.

Na afloop sprak ik met {O.full()}, {c.k(FUNCS)} van de gemeente, die op {c.wday()} langskwam om foto's te maken.

Opgemaakt te {c.T()} op {c.date(0)}.
Handtekening: [handtekening]   paraaf: {W.par()}"""


def damage_form(c: Ctx) -> str:
    r = c.r
    A = c.person()
    D = c.family(A) if r.random() < 0.4 else A
    B = c.person()
    O = c.person()
    s = c.street()
    drv = f"{D.full()}, geboortedatum {D.dob()}" if D is not A else f"dezelfde als verzekeringnemer (geb. {A.dob()})"
    return f"""{K("EUROPEES SCHADEFORMULIER")} — uitgewerkt door {O.ini()} ({c.k(DEPTS)})
1. Datum ongeval: {c.date(1)}   Tijd: {c.time()}
2. Plaats: {s} / {c.T()}
3. Gewonden: nee   4. Materiële schade aan andere voertuigen: ja

VOERTUIG A
6. Verzekeringnemer: {A.rev()}
   Adres: {A.addr()}, {A.pc()} {A.city()}
   Tel./e-mail: {A.tel()} / {A.mail()}
7. Voertuig: {c.k(BRANDS)}, kenteken {A.plate()}
8. Verzekeraar: {K(r.choice(INSURERS)[0])}
9. Bestuurder: {drv}

VOERTUIG B
6. Verzekeringnemer: {c.gem(True)} ({c.k(["Stadsbeheer", "Afval en Reiniging", "Wegbeheer"])})
7. Voertuig: {r.choice(["veegwagen", "vuilniswagen", "bestelbus", "tractor met klepelmaaier"])}, kenteken {c.plate_p()}
9. Bestuurder: {B.full()}, medewerker buitendienst

12. Omstandigheden: B reed achteruit uit de {c.street()} en raakte A aan de rechterzijkant.
14. Opmerkingen bestuurder A: "{B.first()} stapte uit en zei meteen dat de achteruitrijcamera kapot was."
15. Handtekeningen: A {A.par()}  B {B.par()}"""


def expert_report(c: Ctx) -> str:
    r = c.r
    A = c.person()
    Pa = c.family(A)
    O = c.person()
    E = c.person()
    bureau = r.choice(
        ["Expertisebureau Noord", "Schade-expertise Van Zuylen", "Taxatiebureau Midden", "Expertiseburo Delta"]
    )
    bureau_k = K(bureau)
    return f"""{K("EXPERTISERAPPORT")} — {bureau_k}
{K("Ons dossier")}: {c.case()}   {K("Uw schadenummer")}: {c.case()}
{K("Opdrachtgever")}: {c.gem(True)}, {c.k(["Team Verzekeringen", "Juridische Zaken"])}, t.a.v. {O.tini()}
{K("Benadeelde")}: {A.rev()}, {A.addr()}, {A.pc()} {A.city()}
{K("Object")}: {c.k(BRANDS)} met kenteken {A.plate()}
{K("Expertise")}: {c.date(0)}, op het woonadres
{K("Expert")}: {E.full()} ({E.tel()})

Bevindingen
De benadeelde verklaarde dat de schade ontstond door {r.choice(CAUSES)[1]} op de {c.street()}. Bij de opname waren {A.ttl()} en {r.choice(["haar", "zijn"])} partner {Pa.first()} aanwezig. {Pa.first()} toonde foto's van de plek. Wij stelden schade vast aan de voorvelg, de band rechtsvoor en de bumper.

Schadebedrag: {c.amount()} inclusief btw. Dagwaarde voor de schade: {c.amount()}.
Conclusie: de schade is technisch verklaarbaar uit de opgegeven toedracht.

{E.ini()}, {K("register-taxateur")}"""


def settlement(c: Ctx) -> str:
    r = c.r
    A = c.person()
    W = c.person()
    return f"""{K("VASTSTELLINGSOVEREENKOMST")}
{c.cue()}: {c.case()}

Partijen:
1. {c.gem(True)}, te dezen vertegenwoordigd door {W.tini()}, {K("wethouder")} {c.k(["Openbare Ruimte", "Financiën", "Verkeer"])}, hierna: de gemeente;
2. {A.full2()}, geboren op {A.dob()}{", BSN " + A.bsn() if r.random() < 0.6 else ""}, wonende aan de {A.addr()} te {A.city()}, hierna: benadeelde;

Overwegende dat:
- benadeelde op {c.date(0)} schade heeft geleden door {r.choice(CAUSES)[1]} aan de {c.street()};
- partijen van mening verschillen over de aansprakelijkheid en een procedure willen voorkomen;

Komen overeen:
1. De gemeente betaalt benadeelde eenmalig {c.amount()} binnen dertig dagen op rekening {A.iban()} ten name van {A.ini()}.
2. Met deze betaling verlenen partijen elkaar {K("finale kwijting")}.
3. Deze overeenkomst erkent geen aansprakelijkheid.

Aldus overeengekomen en ondertekend in tweevoud te {c.T()} op {c.date(0)}.

{W.full()}                    {A.full()}
paraaf: {W.par()}               paraaf: {A.par()}"""


def insurer_mail(c: Ctx) -> str:
    r = c.r
    A = c.person()
    O = c.person()
    I = c.person()
    B = c.person()
    ins, dom = r.choice(INSURERS)
    cs = c.case()
    _, cause, short = r.choice(CAUSES)
    q = r.choice(
        [
            f"Op {c.date(2)} schreef {I.full()}:",
            f"> Van: {I.full()}",
            f"-----Oorspronkelijk bericht-----\nVan: {I.full()} <{I.work_email(dom)}>",
        ]
    )
    return f"""Van: {O.full()} <{O.work_email(c.domain)}>
Verzonden: {c.date(2)} {c.time()}
Aan: {I.full()} <{I.work_email(dom)}>
Onderwerp: RE: schade {cs} {A.sur_()} / {short}

Beste {I.first()},

Hierbij de aanvullende stukken in de zaak van {A.ttl()}. {A.Ttl()} belde gisteren ({A.tel()}) en vroeg naar de stand van zaken. Volgens de {K("wijkbeheerder")}, {B.full()}, is de melding over {cause} pas op {c.date(0)} binnengekomen ({K("meldingsnummer")} {c.case()}). Kun jij de aansprakelijkheid namens {K(ins)} beoordelen?

Groet,
{O.first()}
{c.k(FUNCS)} | {c.k(["Juridische Zaken", "Team Verzekeringen"])} | {c.gem(True)}
T {c.phone14()} | M {O.tel("m")}

{q}
> Beste {O.first()}, wij hebben de claim van {A.ini()} ontvangen onder {K("ons kenmerk")} {c.case()}.
> Graag ontvangen wij nog de inspectierapporten van de {c.street()} van de afgelopen twaalf maanden."""


def claim_register(c: Ctx) -> str:
    r = c.r
    O = c.person()
    rows = []
    for _ in range(r.randint(4, 7)):
        X = c.person()
        _, cause, short = r.choice(CAUSES)
        nm = r.choice([X.rev, X.full, X.ini])()
        rows.append(
            f"{c.case()};{c.date(1)};{nm};{X.addr()} {X.pc()};{short};{c.amount()};"
            f"{K(r.choice(['afgewezen', 'toegekend', 'in behandeling', 'doorgezet naar verzekeraar']))};{O.par()}"
        )
    return (
        f"schaderegister {c.town.lower()} {r.choice(['Q1', 'Q2', 'Q3'])} 2026 — {K('Team Verzekeringen')}, behandelaar {O.full()} ({O.par()})\n"
        "schadenr;datum;benadeelde;adres;oorzaak;bedrag;status;behandelaar\n" + "\n".join(rows)
    )


def garage_quote(c: Ctx) -> str:
    A = c.person()
    M = c.person()
    g = c.k(GARAGES)
    return f"""{g} — {K("Offerte")} schadeherstel
{K("Klant")}: {A.ini()}, {A.addr()}, {A.pc()} {A.city()}
{K("Kenteken")}: {A.plate()}   Merk/type: {c.k(BRANDS)}
{K("Schadenummer gemeente")}: {c.case()}

Werkzaamheden:
- velg rechtsvoor vervangen ......... {c.amount()}
- band en uitlijnen .................. {c.amount()}
- spuitwerk bumper ................... {c.amount()}
Totaal inclusief btw: {c.amount()}

Bij vergoeding door de gemeente graag rechtstreeks overmaken naar de klant: {A.iban()}.
Vragen? Bel {M.first()} in de werkplaats, {M.tel("l")}.
Opgemaakt door {M.full()} op {c.date(1)}."""


# ======================================================================================== space

MOR_CATS = [
    ("Straatverlichting", "de lamp voor ons huis doet het al weken niet"),
    ("Zwerfafval", "er ligt al dagen vuilnis naast de container"),
    ("Bestrating", "de stoep is helemaal opgedrukt door de wortels"),
    ("Groen", "de struiken bij de oversteek zijn veel te hoog"),
    ("Verkeersbord", "het bord is omgereden en ligt in de berm"),
    ("Riolering", "de put stinkt en loopt over bij regen"),
    ("Speelvoorziening", "de schommel is kapot en er steekt een bout uit"),
    ("Ongedierte", "er lopen ratten bij de ondergrondse container"),
]


def mor(c: Ctx) -> str:
    r = c.r
    A = c.person()
    B = c.person()
    Kc = c.person()
    cat, msg = r.choice(MOR_CATS)
    cs = case_number(r, "space")
    CS = P(cs, "CASE_NUMBER")
    desc = r.choice(
        [
            f'"{msg}, bij {lowaddr(A)}. groet {lowfirst(A)}"',
            f'"{msg}. ik woon er recht tegenover ({A.addr()})."',
            f'"{msg} – al eerder gemeld door mijn buurvrouw {P(c.person().fullname)}"',
        ]
    )
    return f"""{K("Melding openbare ruimte")} {CS}
Ingediend via: {c.k(["MijnGemeente-app", "telefoon", "WhatsApp", "website"])}
Datum: {c.date(1)} {c.time()}
Categorie: {K(cat)}
Locatie: {A.street_only()} ter hoogte van nr. {r.randint(1, 90)}, {c.T()}
Melder: {r.choice([A.full, A.rev, A.ini])()}
Telefoon: {A.tel()}
E-mail: {A.mail()}
Omschrijving (door melder): {desc}

Statusverloop:
- {c.date(1)} Ontvangen ({K("KCC")}, {Kc.par()})
- {c.date(1)} Doorgezet naar {K("wijkbeheerder")} {B.full()}
- {c.date(1)} Afgehandeld: {r.choice(["opgelost", "ingepland", "doorgezet naar aannemer"])}
Terugkoppeling aan melder per mail ({A.mail()}).
Link: https://meldingen.{c.domain}/melding/{CS}"""


def zienswijze(c: Ctx) -> str:
    r = c.r
    A = c.person()
    B = c.family(A, gender="m" if A.g == "f" else "f") if r.random() < 0.5 else c.neighbour(A)
    C = c.neighbour(A)
    App = c.neighbour(A)
    obj = r.choice(
        ["uitbouw van drie verdiepingen", "dakopbouw", "bedrijfshal", "appartementencomplex", "mantelzorgwoning"]
    )
    return f"""{A.block()}

Aan het college van burgemeester en wethouders van {c.gem()}
{K("Team Vergunningen")}
{K("Postbus")} {r.randint(100, 90000)}

{c.T()}, {c.date(0)}

Onderwerp: {K("zienswijze")} {K("ontwerpbesluit")} {K("omgevingsvergunning")} {c.case()}
Perceel: {App.addr()}

Geacht college,

Wij, {A.full()} en {B.full()}, en onze buren {C.full()} ({C.addr()}), dienen hierbij een zienswijze in tegen het voornemen een omgevingsvergunning te verlenen aan {App.tini()} voor een {obj} op het perceel {App.addr()}.

Onze bezwaren:
1. Het bouwwerk neemt in de middag al het zonlicht uit onze tuin weg.
2. {App.Ttl()} heeft ons vooraf niet geïnformeerd, terwijl de {K("Omgevingswet")} participatie vraagt.
3. De parkeerdruk in de {A.street_only()} is nu al hoog; {C.first()} telde op {c.wday()} om 21:00 uur geen vrije plek.

Wij verzoeken u ons uit te nodigen voor een {K("hoorzitting")}. U bereikt ons via {A.tel()} of {A.mail()}.

Hoogachtend,

{A.full()}        {B.full()}        {C.ini()}"""


def event_permit(c: Ctx) -> str:
    r = c.r
    O = c.person()
    V1, V2, V3, E = c.person(), c.person(), c.person(), c.person()
    ev = r.choice(EVENTS)
    return f"""{K("AANVRAAG EVENEMENTENVERGUNNING")} — {K(ev)}
{K("Aanvraagnummer")}: {c.case()}

1. Organisator
   Naam: {O.revfull()}
   Geboortedatum: {O.dob()}
   Adres: {O.addr()}, {O.pc()} {O.city()}
   Telefoon (bereikbaar tijdens evenement): {O.tel("m")}
   E-mail: {O.mail()}
   Namens: {c.k(["Stichting Buurtfeest", "Bewonerscommissie", "Oranjevereniging", "Stichting Straatleven"])}
2. Evenement
   Datum: {c.date(0)}, 14:00–23:00
   Locatie: {c.street()} (afsluiting tussen nr. 2 en 40)
   Verwacht aantal bezoekers: {r.randint(80, 900)}
3. Verkeersregelaars
   - {V1.full()}, {V1.dob()}
   - {V2.ini()}, {V2.dob()}
4. Contactpersoon veiligheid: {V3.full()}, {V3.tel()}
5. Waarborgsom terugstorten op: {O.iban()} t.n.v. {O.ini()}
6. Bijlagen: situatietekening-{O.file_sur()}.pdf, {K("draaiboek")}

Ondertekening aanvrager: {O.par()}
Behandeld door: {E.full()}, {K("vergunningverlener")} {c.k(["Team Evenementen", "Vergunningen, Toezicht en Handhaving"])}"""


TREES = ["eik", "beuk", "berk", "plataan", "walnotenboom", "kastanje", "populier", "esdoorn"]


def tree_decision(c: Ctx) -> str:
    r = c.r
    A = c.person()
    D = c.person()
    M = c.person()
    tree = r.choice(TREES)
    grant = r.random() < 0.5
    return f"""{c.gem(True)}
{A.block(caps=r.random() < 0.3)}

{K("Datum")}: {c.date(0)}
{K("Ons kenmerk")}: {c.case()}
{K("Onderwerp")}: besluit op uw aanvraag {K("kapvergunning")}

Geachte {A.ttl()},

Op {c.date(0)} hebt u een vergunning aangevraagd voor het kappen van een {K(tree)} in de achtertuin van {A.addr()}. Onze {K("boomdeskundige")} {D.full()} heeft de boom op {c.date(2)} bekeken. {"De boom is ziek en kan omvallen; wij verlenen de vergunning." if grant else "De boom is gezond en beeldbepalend; wij weigeren de vergunning op grond van de " + K("Bomenverordening") + "."}
{"U moet binnen een jaar een nieuwe boom planten (herplantplicht). De leges worden afgeschreven van rekening " + A.iban() + "." if grant else "Uw buurman " + c.neighbour(A).ttl() + " heeft laten weten dat hij de boom graag wil behouden."}

{K("Bezwaar")}
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

{M.ini()}
{K("teamleider")} {K("Vergunningen")}

Vragen? Bel {D.first()} {P(D.alone)} via {c.phone14()} of mail {c.generic_mail("vergunningen")}."""


def enforcement_request(c: Ctx) -> str:
    r = c.r
    A = c.person()
    N = c.neighbour(A)
    O = c.person()
    obj = r.choice(["dakkapel", "schuur", "overkapping", "schutting van drie meter", "aanbouw"])
    return f"""Van: {A.full()} <{A.mail()}>
Aan: {c.generic_mail("handhaving")}
Onderwerp: {K("verzoek om handhaving")} {N.sur_()} {N.addr()}

Beste mensen van {K("Toezicht en Handhaving")},

Ik woon op {A.addr()} en mijn buurman {N.full()} heeft zonder vergunning een {obj} gebouwd. Ook staat zijn camper met kenteken {N.plate()} al maanden op de stoep. Ik heb dit op {c.date(0)} al gemeld ({K("meldingsnummer")} {c.case()}), maar er gebeurde niets. {N.Ttl()} zegt dat {K("handhaver")} {O.ttl()} het goed vond.

Foto's in de bijlage: {N.file_sur()}-{obj.split()[0]}-1.jpg en {N.file_sur()}-{obj.split()[0]}-2.jpg.

Ik wil graag een {K("besluit")} op dit verzoek binnen de wettelijke termijn.

Groet,
{r.choice([A.first, A.full])()}
{A.tel()}"""


def permit_register(c: Ctx) -> str:
    r = c.r
    zone = r.choice(["A1", "B2", "C", "Centrum-Oost", "Schilderswijk"])
    rows = []
    people = []
    for i in range(r.randint(4, 7)):
        X = c.person()
        people.append(X)
        rows.append(
            f"| {i + 1} | {r.choice([X.rev, X.full, X.ini])()} | {X.addr()} | {X.plate()} | "
            f"{K(r.choice(['bewoner', 'bezoeker', 'mantelzorger', 'bedrijf']))} | {c.date(1)} |"
        )
    X = r.choice(people)
    return (
        f"### Overzicht {K('parkeervergunningen')} zone {zone} — {K('Team Parkeren')}, peildatum {c.date(0)}\n\n"
        "| nr | vergunninghouder | adres | kenteken | soort | geldig t/m |\n|---|---|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nOpmerking: kentekenwijziging {X.plate()} → {c.plate_p()} aangevraagd door {X.ttl()} op {c.date(0)} "
        f"({K('zaaknummer')} {c.case()})."
    )


def waste_message(c: Ctx) -> str:
    r = c.r
    A = c.person()
    Pv = c.person()
    Kc = c.person()
    return f"""hallo, mijn naam is {A.lower()} en ik woon sinds {K(r.choice(["januari", "maart", "mei", "september"]))} op {lowaddr(A)} ({A.pc()}). ik heb nog steeds geen {K("afvalpas")} voor de {K("ondergrondse container")} en de vorige bewoner {Pv.full()} heeft de pas meegenomen. kunnen jullie een nieuwe sturen? mijn nummer is {A.tel()}. groetjes {lowfirst(A)}

---
Beste {A.ttl()},

Dank voor uw bericht. Wij hebben de oude pas van {Pv.ttl()} geblokkeerd en sturen u binnen vijf werkdagen een nieuwe pas ({K("zaaknummer")} {c.case()}). Tot die tijd kunt u uw restafval kwijt bij de {K("Milieustraat")}.

Met vriendelijke groet,
{Kc.first()}
{K("Klant Contact Centrum")} {c.gem()} | {c.phone14()}"""


BUSINESSES = [
    "Snackbar De Smulhoek",
    "Café Het Veerhuis",
    "Bakkerij Broodnodig",
    "Autobedrijf Rijnmond",
    "Timmerfabriek De Spaander",
    "Houtzagerij Oost",
    "Partycentrum De Vier Winden",
    "Shoarma Palace",
]


def inspection(c: Ctx) -> str:
    r = c.r
    Ex = c.person()
    W = c.person()
    T1, T2 = c.person(), c.person()
    N = c.person()
    biz = r.choice(BUSINESSES)
    return f"""{K("CONTROLERAPPORT")} {K("Omgevingsdienst")}
{K("Controlenummer")}: {c.case()}
Inrichting: {K(biz)}, {c.street()} {r.randint(1, 120)}, {c.T()}
Exploitant: {Ex.full()}, geboren {Ex.dob()}; privéadres {Ex.addr()}, {Ex.pc()} {Ex.city()}
Aanwezig bij controle: {Ex.ttl()} en medewerker {W.first()}
Toezichthouders: {T1.ini()} en {T2.ini()}
Datum controle: {c.date(0)}, {c.time()}

Aanleiding
Klachten van omwonenden, onder wie {N.tini()} ({N.addr()}), over geluid en geur in de avonduren.

Bevindingen
Gemeten {r.randint(48, 71)} dB(A) op de erfgrens. De afzuiging draaide na 23:00 uur. {Ex.Ttl()} verklaarde dat {W.first()} vergeten was de installatie uit te zetten.

Vervolg
Voornemen {K("last onder dwangsom")}; {Ex.ttl()} krijgt twee weken voor een {K("zienswijze")}. Contact via {Ex.tel()}.
{T1.par()} / {T2.par()}"""


# ======================================================================================== council


def petition(c: Ctx) -> str:
    r = c.r
    I = c.person()
    topic = r.choice(TOPICS)
    rows = []
    bi = r.random() < 0.5
    for i in range(r.randint(5, 9)):
        if rows and r.random() < 0.25:
            X = c.family(prev)  # noqa: F821
        else:
            X = c.person()
        prev = X  # noqa: F841
        nm = r.choice([X.full, X.full, X.ini, X.caps, X.lower])()
        rows.append(f"| {i + 1} | {nm} | {X.addr()} | {X.pc()} | " + (f"{X.dob()} | " if bi else "") + "✓ |")
    online = []
    for j in range(r.randint(1, 3)):
        Y = c.person()
        online.append(f"{j + 1}. {Y.full()}, {K(Y.town)}, {Y.mail()}")
    return (
        f"""{K("BURGERINITIATIEF") if bi else K("PETITIE")}: over {topic}
{K("Petitienummer")}: {c.case()}
Ingediend door: {I.full()} namens {c.k(["Bewonersgroep Zuid", "Buurtvereniging", "Werkgroep Groen", "Ouderraad"])}, {I.mail()}, {I.tel()}
Aangeboden aan de {K("gemeenteraad")} op {c.date(0)} ({K("raadsvergadering")})

Wij, ondergetekenden, vragen de raad om {topic} opnieuw te bespreken en de bewoners te betrekken.

"""
        + (
            "| nr | naam | adres | postcode | geboortedatum | handtekening |\n|---|---|---|---|---|---|\n"
            if bi
            else "| nr | naam | adres | postcode | handtekening |\n|---|---|---|---|---|\n"
        )
        + "\n".join(rows)
        + "\n\nOnline ondertekend (export):\n"
        + "\n".join(online)
    )


def received_list(c: Ctx) -> str:
    r = c.r
    G = c.person()
    items = []
    for _ in range(r.randint(4, 6)):
        kind = r.randrange(6)
        X = c.person()
        t = r.choice(TOPICS)
        if kind == 0:
            d = f"Brief van {X.tini()}, {X.addr()}, over {t}."
        elif kind == 1:
            d = f"E-mail van {X.full()} ({X.mail()}) over {t}."
        elif kind == 2:
            d = f"Brief van {c.k(ORGS)} over {t}."
        elif kind == 3:
            d = f"Petitie van {X.full()} e.a. ({r.randint(40, 900)} handtekeningen) over {t}."
        elif kind == 5:
            d = f"Verzoek om {K('kwijtschelding')} van {X.full()}, geboren {X.dob()}, BSN {X.bsn()} ({K('vertrouwelijk')})."
        else:
            L = c.person()
            d = f"Brief van advocaat {L.tini()} namens {X.full()} inzake {c.case()}."
        items.append(
            f"{c.case()} | {c.date(1)} | {d} | Voorstel: {K(r.choice(['ter afdoening in handen van het college', 'voor kennisgeving aannemen', 'agenderen in de commissie']))}"
        )
    return (
        f"{K('LIJST VAN INGEKOMEN STUKKEN')} — {K('raadsvergadering')} {c.date(0)}\n{K('Griffie')} {c.T()}\n\n"
        + "\n".join(items)
        + f"\n\nVastgesteld door de {K('agendacommissie')}; {K('griffier')} {G.ini()}."
    )


def speak_request(c: Ctx) -> str:
    r = c.r
    A = c.person()
    N = c.person()
    V = c.person()
    G = c.person()
    return f"""{K("AANMELDING INSPREKEN")}
Naam: {A.full()}
Namens: {c.k(["eigen naam", "Huurdersvereniging", "Ondernemersvereniging", "Wijkraad"])}
{K("Agendapunt")}: {r.randint(3, 12)}, {r.choice(TOPICS)}
Vergadering: {c.k(["commissie Ruimte", "commissie Bestuur", "commissie Samenleving"])}, {c.date(2)}
Telefoon: {A.tel()}
E-mail: {A.mail()}
Toelichting: ik spreek ook namens mijn buurman {N.full()}, die zelf niet kan komen.

---
Beste {A.ttl()},

Dank voor uw aanmelding ({c.cue()} {c.case()}). U hebt maximaal vijf minuten spreektijd. De voorzitter, {V.full()}, geeft u na de opening het woord. Wilt u uw tekst uiterlijk {c.date(2)} mailen naar {G.work_email(c.domain)}? Dan kunnen de raadsleden die vooraf lezen.

Met vriendelijke groet,

{G.full()}
{K("commissiegriffier")}"""


def panel_invite(c: Ctx) -> str:
    r = c.r
    A = c.person()
    C = c.family(A)
    O = c.person()
    return f"""{A.block()}

{K("Datum")}: {c.date(0)}
{K("Kenmerk")}: {c.case()}
{K("Onderwerp")}: uitnodiging {K("burgerberaad")} over {r.choice(TOPICS)}

Beste {A.ttl()},

U bent door loting gekozen uit de {K("Basisregistratie Personen")}. Het {K("burgerberaad")} komt zes keer bij elkaar in het {c.k(BUILDINGS)}, steeds op {c.wday()} van 19:00 tot 21:30 uur.

Antwoordformulier (terugsturen vóór {c.date(0)})
Naam: {A.full2()}
Geboortedatum: {A.dob()}
Telefoon: {A.tel()}
E-mail: {A.mail()}
Ik neem deel: ja / nee
Vergoeding (€ 75 per bijeenkomst) op rekening: {A.iban()}
BSN (voor de opgave aan de Belastingdienst): {A.bsn()}
Opmerking: mijn {r.choice(["dochter", "zoon", "partner"])} {C.first()} wil ook graag meedoen.

Vragen? Bel {O.full()} van {c.k(["Bureau Meedenken", "Stichting Burgerberaad", "Team Participatie"])}, {O.tel()}."""


def survey_export(c: Ctx) -> str:
    r = c.r
    rows = []
    for _i in range(r.randint(4, 7)):
        X = c.person()
        N = c.neighbour(X) if r.random() < 0.6 else None
        age = r.choice(["18-29", "30-44", "45-64", "65+"])
        txt = r.choice(
            [
                f"te hard rijden in de {X.street_only()}, vooral 's avonds",
                f"mijn buurvrouw {N.ttl() if N else 'van nr 4'} durft niet meer over te steken"
                if N
                else "te weinig bankjes in het park",
                f"fijn dat er een {K('buurtkamer')} komt; {N.first() if N else 'iedereen'} wil helpen",
                "meer groen en minder stenen",
                f"{N.full() if N else 'niemand'} zet elke week zijn afval naast de container",
            ]
        )
        contact = r.choice([X.mail, X.tel, lambda: "nee", lambda: "nee"])()
        rows.append(
            f'{r.randint(1000, 9999)};{age};{c.k(["Noord", "Oost", "Zuid", "West", "Centrum"])};"{txt}";{contact}'
        )
    return (
        f"bewonersenquete-{c.town.lower().replace(' ', '-')}-2026.csv ({K('Team Participatie')}, export {c.date(1)})\n"
        "respondent;leeftijd;wijk;vraag 12 toelichting;contact voor vervolg\n" + "\n".join(rows)
    )


def speakers_list(c: Ctx) -> str:
    r = c.r
    V, G = c.person(), c.person()
    S = [c.person() for _ in range(4)]
    return f"""{K("SPREKERSLIJST")} {c.k(["commissie Bestuur", "commissie Ruimte", "commissie Samenleving"])} — {c.date(2)}
{K("Voorzitter")}: {V.full()} | {K("Griffier")}: {G.ini()}

19:30 {K("agendapunt")} 3 — {r.choice(TOPICS)}
  1. {S[0].full()} (bewoner {S[0].street_only()})
  2. {S[1].tini()}
  3. {S[2].full()}, {S[2].tel()} (alleen bereikbaar na 17:00)
19:55 {K("agendapunt")} 4 — {r.choice(TOPICS)}
  1. {S[3].full()} namens {c.k(["Huurdersvereniging", "Wijkraad", "Ondernemersvereniging"])}

Afmeldingen: {c.person().ttl()} (ziek)
Let op: {S[1].ttl()} wil niet met naam in de {K("besluitenlijst")}."""


def open_letter(c: Ctx) -> str:
    r = c.r
    A = c.person()
    W = c.person()
    R1, R2 = c.person(), c.person()
    return f"""Open brief aan de leden van de {K("gemeenteraad")} van {c.T()}
{c.T()}, {c.date(0)}

Geachte raadsleden,

Mijn naam is {A.full()} en ik woon al {r.randint(3, 40)} jaar aan de {A.street_only()}. Sinds {c.date(0)} schrijf ik met {K("wethouder")} {W.full()} over {r.choice(TOPICS)} ({c.cue()} {c.case()} en {c.case()}). Na drie brieven heb ik nog geen antwoord. Ik overweeg naar de {K("Nationale Ombudsman")} te gaan.

{K("Raadslid")} {R1.full()} ({c.k(PARTIES)}) beloofde in {K(r.choice(["maart", "april", "juni", "oktober"]))} vragen te stellen. Ik vraag u allen: help mij en mijn buren aan een antwoord van {W.ttl()}.

Met vriendelijke groet,

{A.full()}
{A.addr()}, {A.pc()} {A.city()}
{A.mail()}

cc: {R2.ini()}, {W.ttl()}"""


CLAIMS = [claim_letter, witness, damage_form, expert_report, settlement, insurer_mail, claim_register, garage_quote]
SPACE = [mor, zienswijze, event_permit, tree_decision, enforcement_request, permit_register, waste_message, inspection]
COUNCIL = [petition, received_list, speak_request, panel_invite, survey_export, speakers_list, open_letter]


# ======================================================================================== known

WORD_SURNAMES = [
    ("Hamer", "", "een hamer en spijkers", "de hamer van de voorzitter"),
    ("Smid", "", "de smid uit het dorp", "een smid met een eigen werkplaats"),
    ("Kuiper", "", "een kuiper met houten vaten", "de kuiper van het museum"),
    ("Molenaar", "", "de molenaar van de korenmolen", "een molenaar op de open dag"),
    ("Schipper", "", "de schipper van de rondvaartboot", "een schipper aan de kade"),
    ("Koster", "", "de koster van de kerk", "een koster met de sleutels"),
    ("Slager", "", "de slager op de hoek", "een slager met een marktvergunning"),
    ("Herder", "", "een herder met schapen", "de herder van de schaapskudde"),
    ("Jager", "de", "een jager in het bos", "de jager met een ontheffing"),
    ("Ruiter", "de", "een ruiter op het ruiterpad", "de ruiter met het paard"),
    ("Timmerman", "", "een timmerman voor het kozijn", "de timmerman van de corporatie"),
    ("Brouwer", "", "de brouwer van het stadsbier", "een brouwer uit de buurt"),
    ("Wever", "", "de wever in het museum", "een wever aan het weefgetouw"),
    ("Dekker", "", "de dekker van het rieten dak", "een dekker op de steiger"),
    ("Vos", "de", "een vos in de tuin", "de vos bij het kippenhok"),
    ("Wolf", "de", "een wolf op de hei", "de wolf in het natuurgebied"),
    ("Haas", "de", "een haas op de weg", "de haas in het weiland"),
    ("Mol", "", "een mol in het gazon", "de mol onder het grasveld"),
    ("Otter", "", "de otter in de vijver", "een otter bij de visplaats"),
    ("Bever", "", "een bever in de sloot", "de bever bij de oever"),
    ("Egel", "", "een egel onder de heg", "de egel in de tuin"),
    ("Valk", "", "een valk boven het plein", "de valk op de kerktoren"),
    ("Kraai", "", "een kraai op de lantaarnpaal", "de kraai bij de vuilnisbak"),
    ("Spreeuw", "", "een spreeuw in de dakgoot", "de spreeuw onder de pannen"),
    ("Zwaan", "", "een zwaan op de gracht", "de zwaan op het fietspad"),
    ("Reiger", "", "een reiger bij de vijver", "de reiger in de sloot"),
    ("Kievit", "", "een kievit in het weiland", "de kievit op het braakliggende terrein"),
    ("Duif", "", "een duif op het balkon", "de duif in de dakgoot"),
    ("Snoek", "", "een snoek in de vijver", "de snoek uit de singel"),
    ("Baars", "", "een baars aan de hengel", "de baars uit de haven"),
    ("Paling", "", "de paling uit de rivier", "een paling in de fuik"),
    ("Haring", "", "een haring bij de viskraam", "de haring van de markt"),
    ("Bos", "van den", "het bos achter de school", "een bos bloemen"),
    ("Berg", "van den", "een berg zand op de stoep", "de berg grofvuil"),
    ("Dijk", "van", "de dijk langs de rivier", "een dijk met een fietspad"),
    ("Beek", "van der", "de beek achter het huis", "een beek door het park"),
    ("Heuvel", "van den", "de heuvel in het park", "een heuvel met een uitkijkpunt"),
    ("Brink", "van den", "de brink in het dorp", "een brink met oude bomen"),
    ("Veen", "van der", "het veen in het natuurgebied", "een laag veen onder de weg"),
    ("Akker", "van den", "de akker naast de weg", "een akker met mais"),
    ("Wal", "van der", "de wal van de gracht", "een wal langs het water"),
    ("Sluis", "van der", "de sluis in het kanaal", "een sluis met een brug"),
    ("Brug", "van der", "de brug over het kanaal", "een brug voor fietsers"),
    ("Molen", "van der", "de molen aan de rand van het dorp", "een molen op monumentendag"),
    ("Steen", "", "een steen door de ruit", "de losse steen in de stoep"),
    ("Kraan", "", "de kraan in de keuken", "een kraan op de bouwplaats"),
    ("Groen", "", "het groen in de wijk", "meer groen op het plein"),
    ("Zwart", "", "een zwart busje", "de zwart geblakerde muur"),
    ("Klein", "", "een klein probleem", "het klein onderhoud"),
    ("Groot", "de", "een groot gat in de weg", "het groot onderhoud"),
    ("Vorst", "", "de vorst in januari", "schade door vorst"),
    ("Hagel", "", "de hagel van zaterdag", "schade door hagel"),
    ("Winter", "", "de winter van vorig jaar", "een strenge winter"),
    ("Hulst", "van", "een hulst in de voortuin", "de hulst bij het hek"),
    ("Eik", "van", "de eik op het plein", "een eik van honderd jaar"),
    ("Kaas", "", "kaas op de markt", "de kaas uit de kraam"),
    ("Suiker", "", "suiker in de koffie", "een zak suiker"),
    ("Peper", "", "peper en zout", "de peper in de soep"),
    ("Nagel", "", "een nagel in de band", "de roestige nagel in de plank"),
    ("Spijker", "", "een spijker in de band", "de spijker in het hek"),
    ("Ketel", "", "de ketel op zolder", "een nieuwe ketel"),
    ("Kist", "", "een kist met spullen", "de kist op zolder"),
    ("Kooi", "", "de kooi van de konijnen", "een kooi met kippen"),
    ("Mand", "", "een mand met boodschappen", "de mand van de hond"),
    ("Pot", "", "een pot verf", "de pot met geld van de buurtvereniging"),
    ("Brand", "", "de brand in de schuur", "een brand in de container"),
    ("Vink", "", "een vink in de tuin", "de vink bij de voederplank"),
    ("Kalf", "", "een kalf in de wei", "het kalf op de kinderboerderij"),
    ("Bok", "", "een bok op de kinderboerderij", "de bok van de geitenweide"),
    ("Stier", "", "een stier in het weiland", "de stier achter het hek"),
    ("Hert", "", "een hert op de weg", "het hert in het bos"),
    ("Schouw", "", "de schouw van de wijk", "een schouw in de woonkamer"),
    ("Poort", "van der", "de poort achter de huizen", "een poort met een slot"),
    ("Kamp", "van de", "het kamp van de scouting", "een kamp in de zomer"),
    ("Haven", "van der", "de haven van de stad", "een haven voor plezierboten"),
    ("Toren", "van der", "de toren van de kerk", "een toren met een klok"),
]
WORD_FIRSTS = [
    ("Toon", "m", "een vriendelijke toon", "de toon van de brief"),
    ("Ton", "m", "een ton aan schade", "een ton voor de speeltuin"),
    ("Els", "f", "een els langs de sloot", "de els bij de oever"),
    ("Riet", "f", "het riet langs de sloot", "een dak van riet"),
    ("Rob", "m", "een rob op het strand", "de rob in de opvang"),
    ("Pier", "m", "de pier aan zee", "een pier in de tuinaarde"),
    ("Lente", "f", "de lente van dit jaar", "een natte lente"),
]

FRAMES = [
    "Het ging onder meer over {}.",
    "In de toelichting staat ook iets over {}.",
    "Daarbij werd {} genoemd.",
    "Een tweede punt betrof {}.",
    "Ook kwam {} ter sprake.",
    "Verder gaat het om {}.",
]


def known_doc(c: Ctx, n: int) -> tuple[str, dict, str]:
    """A known-file document: the marked text, the known dict and the name word."""
    r = c.r
    if n % 10 < 2:
        word, g, ph1, ph2 = WORD_FIRSTS[n % len(WORD_FIRSTS)] if r.random() < 0.5 else r.choice(WORD_FIRSTS)
        KP = c.person(first=word, gender=g, origin="nl" if r.random() < 0.7 else None)
    else:
        word, part, ph1, ph2 = WORD_SURNAMES[n % len(WORD_SURNAMES)] if r.random() < 0.6 else r.choice(WORD_SURNAMES)
        KP = c.person(origin="nl", sur=(part, word))
    O = c.person()
    phrase = lambda ph: r.choice(FRAMES).format(K(ph))  # noqa: E731
    bare = KP.first() if KP.firsts[0] == word else KP.ttl()
    shape = n % 8
    known = {"names": [KP.fullname]}
    if r.random() < 0.3:
        known["emails"] = [KP.email_s]
    if r.random() < 0.2:
        known["phones"] = [KP._get("tel", lambda: __import__("core16").phone(r, "m"))]
    mail = f" ({KP.mail()})" if "emails" in known or r.random() < 0.2 else ""
    tel = f" Telefoon: {KP.tel()}." if "phones" in known else ""
    if shape == 0:
        t = (
            f"Betreft: {K('aansprakelijkstelling')}\n{c.cue()}: {c.case()}\n\nGeachte heer, mevrouw,\n\nOp {c.date(0)} liep mijn auto schade op "
            f"door {r.choice(CAUSES)[1]}. {phrase(ph1)} Ik ben {KP.full()}{mail} en verzoek vergoeding.{tel}\n\nMet vriendelijke groet,\n{KP.full()}"
        )
    elif shape == 1:
        t = (
            f"{K('Verklaring van getuige')}\nNaam: {KP.full()}{mail}\n\nIk zag hoe de veegwagen de paal raakte. {phrase(ph1)} "
            f"Daarna sprak ik met {O.full()} van de gemeente. {bare} is bereid dit te herhalen.{tel}"
        )
    elif shape == 2:
        t = (
            f"{K('Melding openbare ruimte')} {c.case()}\nMelder: {KP.full()}{mail}\nOmschrijving: bij de speelplaats ligt afval. "
            f"{phrase(ph1)} Doorgezet naar {K('wijkbeheerder')} {O.full()}; {bare} krijgt bericht.{tel}"
        )
    elif shape == 3:
        t = (
            f"Onderwerp: {K('zienswijze')} {c.case()}\n\nGeacht college,\n\nNamens mijn gezin dien ik een zienswijze in. {phrase(ph1)} "
            f"Ik verzoek u {O.ttl()} te vragen het plan aan te passen.{tel}\n\nHoogachtend,\n{KP.full()}{mail}"
        )
    elif shape == 4:
        t = (
            f"{K('AANVRAAG EVENEMENTENVERGUNNING')}\n{K('Aanvraagnummer')}: {c.case()}\nOrganisator: {KP.full()}{mail}\n"
            f"Toelichting: het gaat om een straatfeest op {K('Burendag')}. {phrase(ph1)} {bare} regelt de afzetting met {O.full()}.{tel}"
        )
    elif shape == 5:
        t = (
            f"{K('PETITIE')} over {r.choice(TOPICS)}\nIngediend door: {KP.full()}{mail}\n\nWij vragen de raad opnieuw te kijken. {phrase(ph1)} "
            f"{bare} overhandigt de handtekeningen aan {O.ttl()}.{tel}"
        )
    elif shape == 6:
        t = (
            f"{K('AANMELDING INSPREKEN')}\nNaam: {KP.full()}{mail}\n{K('Agendapunt')}: {r.randint(3, 12)}\n\nBeste {bare},\n\n"
            f"Dank voor uw aanmelding. {phrase(ph1)} De voorzitter, {O.full()}, geeft u het woord.{tel}"
        )
    else:
        t = (
            f"Open brief aan de {K('gemeenteraad')}\n\nMijn naam is {KP.full()}{mail}. Ik schrijf over {r.choice(TOPICS)}. {phrase(ph1)} "
            f"Ik vraag {K('wethouder')} {O.full()} om een antwoord.{tel}"
        )
    if r.random() < 0.6:
        t += f"\n\n{KP.first() if KP.firsts[0] == word else KP.Ttl()} vraagt om een reactie binnen twee weken."
    if r.random() < 0.5:
        t += f"\n\nPS: {phrase(ph2)}"
    if r.random() < 0.3:
        t += f"\n\n{r.choice([KP.caps, KP.ini, KP.full])()}"
    return t, known, word
