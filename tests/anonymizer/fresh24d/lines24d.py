"""Frame (document kind) and line shapes of fresh24d.

Template syntax: {X} / {X.attr} is a generated item (see make_fresh24d.Ctx.tok), [word] is a keep word written
as is. X is A (the author or addressed resident), B (another resident), K (A's family member, same surname),
O (official), M (mediator), W (webcare employee), R (known-name resident).
"""

# resident post bodies
RES = [
    "Sinds {DAY} ligt er weer [grofvuil] bij {ADDR}. Wie belt de [gemeente]? {EMO} {TAG}",
    "@{B.h} heb jij ook die [brief] over de [Parkeervergunning] gehad? Mijn [kenmerk] is {CASE}.",
    "Mijn moeder {K} ({DOB}) wacht al sinds {DATE} op de [traplift] via de [Wmo]. Dossier {CASE}.",
    "Wie kent dit busje? Kenteken {PLATE}, staat al drie weken voor {ADDR}, {PC} {MUNI}. [Handhaving] doet niks {EMO}",
    "Kunnen jullie mij terugbellen op {TEL}? Bij {GEN} hang ik al 40 minuten in de [wachtrij].",
    "Heb net mijn BSN ({BSN}) in de [chat] gezet, was dat dom? 🙈 {TAG}",
    "RT @{B.h}: de [speeltuin] aan de {STREET} is nog steeds dicht sinds {DATE} {TAG}",
    "Namens mijn buurvrouw {B} (geb. {B.dob}): zij kan zelf niet online, wie helpt haar met [DigiD]?",
    "Voor de [Voedselbank]-actie kunt u overmaken naar {IBAN} t.n.v. {A.i}. [Bedankt] allemaal! 🙏",
    "Lol {B.f} weet het weer beter 😂 Lees eerst even de [Nieuwsbrief] van de [Wijkraad].",
    "De hond van {B.sp} blaft de hele [dag], ik heb al drie keer een [melding] gedaan ({CASE}).",
    "Onze {K.f} (geboren {K.dob}) staat nog steeds op de [wachtlijst] van de [Brede] [School] {HOOD}.",
    "Foto's van de [wateroverlast] graag naar {MAIL}, dan bundel ik ze voor de [Raadsvergadering] van {DATE}.",
    "Ons huis ({ADDR}, {PC}) staat sinds {DAY} blank na de [hoosbui]. [Verzekering] zegt: [gemeente] bellen.",
    "Klacht ingediend onder {CASE}, [antwoord] binnen acht weken zeggen ze. Wie gelooft dat nog 🙄",
    "Petitie getekend! Groetjes van {A.f} en {K} 👍 {LINK}",
    "FYI de [wijkagent] heet {O} en is te mailen via {O.mail}. Spreekuur op [woensdag] in het [Buurthuis].",
    "Mijn auto ({PLATE}) is weggesleept van de {STREET} terwijl er geen [bord] stond!! {AMT} kwijt 😡",
    "Wie kent {B.l}? ze heeft mijn [fiets] gevonden bij het [station] {EMO}",
    "Mijn rekeningnummer is {IBAN}, stort de [borg] voor de [partytent] maar terug aub",
    "Hoi buren, ik ben {A} en woon sinds {DATE} op {ADDR}. Zin in een [Welkomstborrel] op [zaterdag]?",
    "Op het [formulier] voor [Kwijtschelding] staat BSN {BSN}, maar dat is van mijn man {K}. Help?",
    "Tip: vraag naar {O.f} van het [Wijkteam], die heeft ons echt geholpen ❤️",
    "@{O.h} waarom duurt mijn [bezwaar] ({CASE}) zo lang? Ingediend op {DATE}.",
    "[Verjaardag] in het [Buurthuis]: {K.f} wordt tachtig! (geboren {K.dob}) 🎂 Iedereen welkom om 15.00 uur.",
    "Stuur je [foto] naar {MAIL} of app {TEL}, dan geef ik het door aan de [Wijkraad] {HOOD}.",
    "[Inbraak] op de {STREET} vannacht, bij {B.sp} en bij ons. [Politie] is ingelicht, [aangifte] gedaan.",
    "Eens met {B.f}. En {B.s} heeft gelijk over de [drempels], die zijn veel te hoog.",
    "Ik ben {A.f} van {ADDR} en wil [geluidsoverlast] melden, maar de [MijnGemeente]-app crasht steeds.",
    "Mijn dossier {CASE} voor de [Individuele] [Inkomenstoeslag] liep via {O}, maar die is met [verlof].",
    "Heeft iemand een [kinderwagen] over? Ophalen bij {A.S}, {ADDR} {EMO}",
    "Zie [bijlage] {A.file}, daar staat alles in. [Groeten] {A.f}",
    "{B.S} en ik ({A.f}) organiseren de [Burendag] op {DATE}. Aanmelden via {MAIL}.",
    "Voor de [schade] aan mijn auto {PLATE} wil ik {AMT} terug. Rekening {IBAN}, [kenmerk] {CASE}.",
    "Mijn vader {K} (° {K.dob}) is gevallen over een losse tegel bij {ADDR}. Wie is [aansprakelijk]?",
    "Gisteren {B} gesproken, ze woont op {B.addr} en heeft precies hetzelfde [probleem] met de [afvoer].",
    "Bel gerust: {TEL} ({A.f}). Ik heb nog twee [zandzakken] over voor de [Dijkweek].",
    "Mijn nieuwe [adres] is {ADDR}, {PC} {MUNI}. [Verhuisbericht] aan de [gemeente] is de deur uit.",
    "Iemand anders ook een [aanmaning] van [Belastingen] gehad? Mijn [aanslag] {CASE} klopt niet.",
    "Wat een held die {B.f} {EMO} heeft zelf de [fietsenrekken] rechtgezet bij de [Bibliotheek].",
    "Zoon {K.f} heeft zijn [ID-kaart] verloren bij het [Zwembad], op naam van {K}, geb. {K.dob}.",
    "@{B.h} @{O.h} dit is toch niet normaal?! [Stoeprand] kapot sinds {DATE} {TAG}",
    "Ik heb namens de [Huurdersvereniging] {HOOD} een [brief] gestuurd aan {O} ({O.func}).",
    "Namens mijn tante {K}: haar [pasje] voor de [Milieustraat] werkt niet, [klantnummer] {CASE}.",
    "@{B.h} ik stuur je mijn nummer even via DM: {TEL}. Niet hier delen 😅",
]

# official replies (author O, addressed resident A)
OFF = [
    "Beste {A.f}, dank voor je [bericht]. Wil je je [adres] via een [privébericht] sturen? Dan kijkt het team [Stadsbeheer] ernaar. {O.f}",
    "Hallo @{A.h}, je [melding] staat geregistreerd onder {CASE}. [Groet], {O} ({O.func})",
    "Wij hebben uw [bezwaarschrift] van {DATE} ontvangen. Uw [behandelaar] is {O}, {O.dept}.",
    "Beste {A}, het [Wijkteam] {HOOD} neemt vóór [vrijdag] contact met u op via {TEL}.",
    "Voor [vragen] over de [Afvalstoffenheffing] kunt u bellen met {GEN} of mailen naar {INFO}. {O.f} ({O.dept})",
    "Dag {A.f}, ik ben {O}, {O.func}. Mijn [werktelefoon] is {O.tel}. Zet u het [zaaknummer] {CASE} in de [onderwerpregel]?",
]

# webcare answers, signed with a first name
WEB = [
    "@{A.h} Vervelend om te lezen! Stuur je ons een DM met je [postcode] en [huisnummer]? ^{W.f}",
    "Hoi {A.f}, we hebben je [melding] {CASE} doorgezet naar [Team] [Handhaving]. Fijne [avond]! ^{W.f}",
    "Dag {A.f} {EMO} Excuses voor het wachten. Het [Klantcontactcentrum] is bereikbaar op {GEN}. ^{W.f}",
    "Hi @{A.h}, wil je liever niet je [telefoonnummer] openbaar delen? Haal je [reactie] even weg, dan bellen wij je. ^{W.f}",
    "Goedemorgen {A.f}, de [Milieustraat] is op [zondag] gesloten. Meer info: {LINK} ^{W.f}",
]

# mediator messages
MED = [
    "[Buurtbemiddeling]: {M} ([mediator]) plant een [gesprek] tussen {A.f} en {B.f} in het [Buurthuis].",
    "Via [mediator] {M} hebben {A} en de familie {B.s} afspraken gemaakt over de [schutting]. Evaluatie op {DATE}.",
    "Ik ben {M}, [vrijwilliger] bij [Buurtbemiddeling] {MUNI}. {A.f}, u kunt mij bereiken op {M.tel}.",
]

# moderation notes
MOD = [
    "[Verwijderd] door [moderator]: bevatte het [telefoonnummer] {TEL} van {A}.",
    "[Reactie] [verborgen] ([privacy]): noemde {B} en {B.addr}. [Gebruiker] {A.h} is gewaarschuwd.",
    "[Moderator]: graag geen [persoonsgegevens] zoals een [geboortedatum] ({A.dob}) in het [openbaar].",
]

# the known-name line: {P} is the ordinary use with the keep word
KNOWN = [
    "Melding van {R}: {P}, en niemand doet er iets aan.",
    "{R.S} meldt dat {P}. [Graag] een [reactie] van de [gemeente].",
    "Ik ben {R.f} {R.s} en {P} 😩 Mevrouw {R.s} mag u gewoon {R.f} noemen hoor.",
    "Ook bij {R.sp} in de straat: {P}. [Groeten] uit {HOOD}.",
    "@{R.h} schreef gisteren al dat {P}. Klopt, zegt {R.S}.",
    "Ingezonden door {R}: omdat {P}, wil ik een [gesprek] met de [wethouder].",
]
