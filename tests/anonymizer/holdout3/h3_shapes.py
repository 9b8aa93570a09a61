"""Sentence shapes of holdout3_shapes.jsonl: what a mediation file really holds.

Slots: r resident, p partner or relative, k child, n neighbour, w someone else (landlord, guardian, interpreter),
o and o2 officials, b team lead, m mediator. Each genre has openings, body sentences and endings; a document takes
one opening, two to five body sentences and one ending.
"""

GENRES: dict[str, dict[str, list[str]]] = {
    # a mediator's own log
    "log": {
        "head": [
            "Logboek {case}\n",
            "VTA-log {r.sur} - ",
            "Contactmomenten ({r.init}):\n",
        ],
        "body": [
            "{wds} {dm} gebeld met {r.hon}, {r.zij} is nog steeds boos over de brief van {dept}.",
            "{dm}: teruggebeld naar {r.phone}, geen gehoor. vm ingesproken",
            "{dm} {time} - {r.first} belt zelf terug, heeft de [[beschikking]] gevonden en wil dat {o.full} ({role}) "
            "contact opneemt",
            "mail gestuurd aan {o.init} ({dept}) met de vraag of de [[terugvordering]] kan worden opgeschort tot er "
            "duidelijkheid is",
            "{dm} huisbezoek {r.addr}, {r.zij} woont daar met {r.haar} dochter {d.first} ({num} jr) op driehoog "
            "zonder lift",
            "{o.Sur} geeft aan dat het dossier bij {body} ligt en dat {o.zij} er nu niks mee kan.",
            "notitie: {r.first} wil NIET dat de buren ({n.full}) weten dat {r.zij} heeft geklaagd!!",
            "terugkoppeling gegeven aan {r.hon}, {r.zij} voelt zich eindelijk gehoord. status naar opgelost",
            "overleg met {b.full} (teamleider {dept}) over de termijn van [[zes weken]]; kan niet korter zegt {b.zij}",
            "nb {r.sur} heeft een [[bewindvoerder]], {w.full}, bereikbaar via {w.phone}. eerst via {w.hem} laten lopen",
            "ff gebeld met {o.first} van {dept}: {o.zij} pakt het op, verwacht antwoord voor {holiday}",
            "{r.Sur} stuurde foto's van de schimmel in de badkamer door, doorgezet naar de [[woningcorporatie]]",
        ],
        "tail": [
            "\nvolgende actie: {wd} nabellen",
            "",
            " -- {m.first}",
            "\n(bijgewerkt door {m.init})",
        ],
    },
    "mail": {
        "head": [
            "Beste {o.first},\n\n",
            "Goedemiddag {o.hon},\n\n",
            "Hoi {o.first}\n",
            "Geachte heer, mevrouw,\n\n",
            "Hallo,\n",
            "Dag {r.first},\n\n",
            "---------- Doorgestuurd bericht ---------\nVan: {r.full} <{r.email}>\nDatum: {date}\nOnderwerp: RE: "
            "{topic}\nAan: {info}\n\n",
            "Op {date} om {time} schreef {o.full} <{o.email}>:\n> ",
        ],
        "body": [
            "Ik stuur je hierbij de mail door van {r.hon} over de {topic}.",
            "Zoals net telefonisch besproken wil {r.full} ({r.email}) graag een gesprek met iemand van {dept}.",
            "{r.Hon} geeft aan dat {r.zij} sinds {date} niks meer heeft gehoord over {case}.",
            "Kun jij nagaan of de betaling naar rekening {r.iban} alsnog is gedaan? Het gaat om {amount}.",
            "{r.Zij} is het best bereikbaar op {r.phone} na {time}, overdag werkt {r.zij} in de zorg.",
            "ik heb {r.first} beloofd dat we voor {holiday} iets van ons laten horen, lukt dat?",
            "De melding over de {street} is volgens {o2.full} al afgehandeld, maar {r.sur} ziet nog steeds niks "
            "gebeuren.",
            "Bijgaand de brief die {r.hon} op {date} van {body} kreeg, excuses voor de slechte scan.",
            "graag zsm reactie want {r.poss} uitkering is per {month} stopgezet en er is geen geld voor boodschappen",
            "Mijn collega {o2.init} heeft het dossier overgenomen nu {b.first} met verlof is.",
        ],
        "tail": [
            "\n\nMet vriendelijke groet,\n\n{o2.full}\n{role} | {dept}\n{gem}\nT {pubnr} | M {o2.phone}\nE {o2.email}",
            "\n\nGroet,\n{m.first}\n\nBemiddelaar Verzoek tot Afstemming\n{gem} | {site}",
            "\n\nHartelijke groet,\n{o2.formal}\n{dept}\n\nDit bericht is uitsluitend bestemd voor de geadresseerde.",
            "\n\ngr {m.nick}",
        ],
    },
    "minutes": {
        "head": [
            "Verslag keukentafelgesprek {date}\nAanwezig: {r.full} (bewoner), {p.full}, {o.init} ({role}, {dept}) "
            "en de bemiddelaar\n\n",
            "Gespreksverslag {case}\nPlaats: thuis bij {r.hon}, {r.addr}\n\n",
            "Notulen overleg {date} - aanwezig {m.first}, {o.first} ({dept}), {o2.first} ({body}); afwezig {b.full}\n",
        ],
        "body": [
            "{r.Sur} vertelt dat de [[traplift]] al drie maanden kapot is en dat niemand terugbelt.",
            "{p.Full} vult aan dat {r.zij} 's nachts niet meer naar boven durft.",
            "{o.Sur} legt uit dat de indicatie opnieuw moet via de {scheme} en dat dat tijd kost.",
            "Actiepunten:\n- {o.first}: navragen bij {body} voor {date}\n- {r.first}: bankafschriften opsturen\n"
            "- bemiddelaar: terugkoppeling aan {r.hon}",
            "Volgende afspraak {wd} om {time} in {building}.",
            "{s.first} ({r.poss} zoon) tolkt, {r.hon} spreekt weinig Nederlands.",
            "Er is afgesproken dat {o2.full} de aanvraag voor de {scheme} met voorrang behandelt.",
            "{r.Full} wil vooral dat er naar {r.hem} geluisterd wordt, {r.zij} is de 'van het kastje naar de muur' "
            "zat.",
        ],
        "tail": [
            "\n\nVerslag: {m.init}, {date}",
            "\nVastgesteld door beide partijen.",
            "",
        ],
    },
    "chat": {
        "head": [
            "[{dm} {time}] ",
            "WhatsApp-gesprek met {r.first} ({r.phone})\n",
            "",
        ],
        "body": [
            "{r.first}: hoi ik ben het, {r.lowfirst} van de {r.street} 😅 heb je al wat gehoord??",
            "[{time}] {m.first}: Hoi {r.first}, nog niet, ik bel {o.first} morgen ff",
            "{r.lowfirst}: ok top. mijn zoon {s.first} heeft de brief gefotografeerd",
            "{r.first}: dit is mijn nieuwe nummer {r.phone2} want de oude is afgesloten",
            "{r.first}: en {n.first} van hiernaast zegt dat de [[handhaver]] weer langs is geweest",
            "{r.lowfirst}: sorry voor de late reactie was met mijn moeder in het ziekenhuis, {p.first} was er ook",
            "{m.first}: geen probleem! wil je me de [[aanmaning]] ff appen? dan stuur ik hem door naar {dept}",
            "{r.first}: <Media weggelaten>",
            "{r.first}: kan {p.first} ook mee naar het gesprek op {wd}? {p.zij} snapt die brieven beter dan ik",
            "{r.lowfirst}: de auto van mijn man ({plate}) heeft weer een bon gekregen terwijl we een "
            "[[gehandicaptenparkeerkaart]] hebben",
        ],
        "tail": ["", "\n{m.first}: 👍", "\n{r.first}: dankjewel!!"],
    },
    "complaint": {
        "head": [
            "Klachtformulier - toelichting:\n",
            "Onderwerp: klacht over {dept}\n\n",
            "",
        ],
        "body": [
            "ik wil een klacht indienen over de manier waarop ik ben behandeld door {o.full} van {dept}.",
            "Op {date} heb ik gebeld naar {pubnr} en werd ik 4x doorverbonden.",
            "mijn auto ({plate}) is weggesleept terwijl ik een [[ontheffing]] had!!",
            "Het gaat om de [[naheffingsaanslag]] met {case}.",
            "Ik woon op {r.addr} en sinds de herinrichting van de {street} kom ik met mijn rolstoel de stoep niet "
            "meer op.",
            "ik verwacht binnen {num} dagen een reactie anders stap ik naar de [[Nationale ombudsman]]",
            "{o.Hon} zei letterlijk 'daar gaan wij niet over mevrouw' en hing op",
            "de buren ({n.hon}) hebben alles gezien en willen dat ook verklaren",
            "Sinds {month} staat er op de hoek {street}/{street2} een container vol met afval die niet wordt geleegd",
        ],
        "tail": [
            "\n\n{r.full}, {r.addr}, {r.pc} {ptown}",
            "\n\nmet vriendelijke groet {r.low}",
            "\n\n{r.caps}\ntel {r.phone}",
            "",
        ],
    },
    "phone": {
        "head": [
            "Telefoonnotitie {date} {time}\nBeller: {r.full}, tel. {r.phone}\nOnderwerp: {topic}\n\n",
            "TN {dm} - {r.Hon} ({r.phone}) belt over {topic}. ",
            "Gesprek KCC doorgezet: ",
        ],
        "body": [
            "{r.Hon} belt namens {r.haar} vader {v.full} (geb. {v.dob}), die in het verpleeghuis zit.",
            "{r.Hon} klinkt erg geëmotioneerd, noemt {o.first} van {dept} 'een muur'.",
            "Terugbelverzoek doorgezet naar {o.full}, {o.zij} belt {wd} terug.",
            "Beller wil geen mail, alleen post naar {r.addr}, {r.pc} {ptown}.",
            "{r.Sur} vraagt of {r.zij} de brief over {case} kan laten vertalen.",
            "Beller (via tolk, {w.first}) zegt dat de huur al twee maanden niet betaald is door {body}.",
            "Geboortedatum ter controle gevraagd: {r.dob}, klopt met het dossier.",
            "{r.Sur} gaf BSN {r.bsn} door, dat hoort bij een ander dossier; nagevraagd bij {dept}.",
        ],
        "tail": ["", "\nAfgehandeld door {o2.init}", "\nStatus: in behandeling"],
    },
    "letter": {
        "head": [
            "{r.Hon}\n{r.addr}\n{r.pc}  {ptown}\n\n{ptown}, {date}\nOns kenmerk: {casenr}\nOnderwerp: uw verzoek "
            "tot afstemming\n\nGeachte {r.hon},\n\n",
            "Aan: {r.full}\nBetreft: terugkoppeling gesprek van {date}\n\nBeste {r.first},\n\n",
        ],
        "body": [
            "Op {date} heeft u contact met ons opgenomen over {topic}.",
            "In het gesprek met {o.formal} van {dept} is afgesproken dat de kosten voor de [[woningaanpassing]] "
            "worden vergoed.",
            "Heeft u nog vragen? Bel dan {pubnr} of mail naar {info}. Kijk ook op {site}.",
            "U heeft aangegeven dat uw zoon {s.full} voortaan uw aanspreekpunt is.",
            "Wij betalen het bedrag van {amount} binnen tien werkdagen uit op rekening {r.iban}.",
            "Wij hebben begrepen dat de situatie in de {street} u veel zorgen geeft.",
        ],
        "tail": [
            "\n\nHoogachtend,\n\nnamens het college van burgemeester en wethouders,\n\n{b.formal}\n{role}",
            "\n\nMet vriendelijke groet,\n\n{m.full}\nbemiddelaar\n\nVermeld bij reactie altijd {case}.",
        ],
    },
    "agreement": {
        "head": [
            "AFSPRAKEN {case}\n",
            "Afsprakenlijst {date} ({r.sur} / {dept})\n",
            "",
        ],
        "body": [
            "Afgesproken met {o.full} ({dept}) dat de [[terugvordering]] van {amount} wordt stopgezet tot {date}.",
            "{o.Sur} stuurt uiterlijk {date} een nieuwe [[beschikking]] naar {r.hon}.",
            "{r.Full} levert de loonstroken van {p.first} aan via {info}.",
            "Afspraak: {dept} neemt voor {holiday} contact op met {r.first} op {r.phone}; lukt dat niet dan belt "
            "{m.first}.",
            "Als {r.sur} het er niet mee eens is kan {r.zij} alsnog bezwaar maken (termijn [[zes weken]]).",
            "Controlevraag gesteld: is alles besproken? {r.Hon} zegt ja, maar wil op de hoogte blijven via {r.email}.",
            "- {o2.first} ({body}) regelt een [[betalingsregeling]] van {amount} per maand",
            "- de [[handhaver]] gaat niet meer langs bij {r.addr} zolang de afspraak loopt",
        ],
        "tail": ["", "\nakkoord: {r.init} / {o.init}", "\nvoor akkoord getekend, {ptown} {date}"],
    },
    # informal free text: mixed forms of names (caps, lower case, nicknames, possessives, married names)
    "free": {
        "head": ["", "Aanvulling: ", "Situatieschets: "],
        "body": [
            "{r.caps} belde weer, zelfde verhaal als vorige week.",
            "{r.nick} (zo wil {r.zij} genoemd worden) komt oorspronkelijk uit {ptown}.",
            "{s.poss} school heeft de [[leerplichtambtenaar]] ingeschakeld, zegt {r.first}.",
            "{z.married} (de moeder van {r.first}) is sinds kort weduwe en regelt de [[toeslagen]] nu zelf.",
            "bij de {street} staat sinds de storm een boom scheef, {r.lowfirst} is bang dat hij omvalt.",
            "{r.rev} heeft volgens het systeem twee dossiers, eentje onder {case}.",
            "{r.low} zegt dat {r.zij} alles al drie keer heeft opgestuurd",
            "De familie {r.Sur} woont al dertig jaar in de wijk en kent iedereen.",
            "{r.first} en {p.first} zijn gescheiden, {p.first} woont nu bij {p.poss} broer.",
            "{r.Full} ({r.dob}) staat niet meer ingeschreven op het adres, zegt {dept}.",
            "*{r.dob} - {r.full} - geen vaste woon- of verblijfplaats",
        ],
        "tail": ["", "\n-- {m.init}"],
    },
}

# more body sentences, written later in the same voices
MORE: dict[str, list[str]] = {
    "log": [
        "{dm} gesprek in {building} met {r.full} en {r.haar} broer {v.first}. {r.Zij} had een map vol brieven bij "
        "zich, alles gekopieerd",
        "mail van {r.email} binnen, bijlage is de [[aanmaning]] van {amount}",
        "{wds} {dm} {o2.hon} ({dept}) teruggebeld: de [[beschikking]] is op {date} naar een oud adres gestuurd "
        "({r.addr2})",
        "tel. contact met {w.full} (huisarts), mag info delen met toestemming van {r.first}",
        "gebeld door {r.poss} dochter {d.first} ({d.phone}), {r.zij} ligt in het ziekenhuis",
        "{dm} {r.first} weer aan de balie, wil {o.first} spreken. niet gelukt, {o.zij} zit tot {time} in overleg",
    ],
    "mail": [
        "Hierbij het telefoonnummer van {r.hon}: {r.phone}. {r.Zij} heeft geen mail.",
        "Kan {o2.first} even meekijken? {r.Full} (geb. {r.dob}) staat volgens {r.hem} dubbel in het systeem.",
        "ik heb {r.poss} gegevens gecontroleerd, het BSN ({r.bsn}) hoort bij een andere aanvraag.",
        "{r.Hon} is verhuisd naar {r.addr2}, {r.pc2} {ptown}. Graag de post voortaan daarheen.",
        "Vanochtend stond {r.full} weer aan de balie, erg overstuur. Ik heb gezegd dat jij {r.hem} {wd} belt.",
    ],
    "chat": [
        "{r.first}: mijn iban is {r.iban} voor als jullie het terugstorten",
        "{r.first}: het is nu al {num} weken!! niemand belt terug 😡😡",
        "{r.lowfirst}: t kenteken is {r.plate} als je het nodig hebt",
        "{m.first}: Top {r.first}, ik heb {o.first} van {dept} gesproken, {o.zij} belt je vandaag nog",
    ],
    "complaint": [
        "Ik ben op {date} door uw medewerker {o.first} (achternaam weet ik niet) afgeblaft aan de balie.",
        "Mijn naam is {r.full}, geboren {r.dob} en ik woon al {num} jaar in {town}.",
        "Mijn telefoonnummer is {r.phone} (bereikbaar na 17u) of tel: {r.phone2}",
        "ook mijn moeder {z.full} heeft hier last van, zij is {num}0+ en slecht ter been",
    ],
    "phone": [
        "Beller vraagt naar {o.full}; {o.zij} is met vakantie tot {date}, vervanger is {o2.full}.",
        "Nummer van de [[bewindvoerder]] ({w.full}): {w.phone}",
        "{r.Hon} wil dat {p.first} ({p.phone}) voortaan gebeld wordt, {r.zij} hoort slecht.",
    ],
    "letter": [
        "Wij hebben uw brief van {date} met kenmerk {casenr} goed ontvangen.",
        "Het gesprek is op {date} om {time} in {building}. U mag iemand meenemen, bijvoorbeeld {p.full}.",
        "Uw bewindvoerder, {w.formal}, ontvangt een kopie van deze brief.",
    ],
    "agreement": [
        "{o.Full} zorgt dat kenteken {r.plate} op de [[ontheffingslijst]] komt.",
        "Per {date} krijgt {r.hon} [[huishoudelijke hulp]] via {dept}, {num} uur per week.",
        "- {r.first} meldt het bij {m.first} als er voor {date} niks is gebeurd",
    ],
    "free": [
        "{r.Sur} en {p.sur} (ex-partner) wonen allebei nog op {r.addr}.",
        "hoek {street}/{street2}: daar is het gebeurd volgens {r.first}",
        "bij de {street} ter hoogte van nr {num} staat een auto ({plate}) al weken stil",
        "{r.Full} (*{r.dob}), dochter van {v.full}",
        "{r.init}, wonende te {ptown}, geboren op {r.dob}, hierna: verzoeker",
        "De aanvraag van {r.full} ({r.addr}, {r.pc}) is op {date} binnengekomen via {info}.",
        "{r.Hon} heeft via {p.first} laten weten dat {r.zij} sinds {holiday} bij {p.poss} broer logeert.",
        "fam. {r.Sur} (nr {num}) klaagt al jaren over de geluidsoverlast van de [[horeca]] op de hoek van de "
        "{street} en de {street2}",
        "Dhr/mevr {r.sur} heeft het formulier niet ondertekend, graag opnieuw opsturen naar {r.addr} te {ptown}.",
        "{r.nickq} is de contactpersoon van de bewonerscommissie.",
    ],
}
# public notes without anyone in them: only words that must stay
GENRES["public"] = {
    "head": ["Nieuwsbrief wijkteam - ", "Interne mededeling: ", "Leerpunt: "],
    "body": [
        "op {holiday} is {building} gesloten, bel voor spoed {pubnr}.",
        "{dept} en {dept} overleggen voortaan elke {wd} over meldingen uit de wijk.",
        "Vragen over de {scheme}? Mail naar {info} of kijk op {site}.",
        "Vanaf {date} verwerkt {body} aanvragen voor de {scheme} binnen [[acht weken]].",
        "Bewoners die een brief van {body} niet begrijpen kunnen terecht bij {building}, elke {wd} van 9 tot 12.",
        "In {month} kregen we {num} verzoeken over de {topic}; de meeste zijn binnen [[tien werkdagen]] opgelost.",
        "Let op: bij een [[terugvordering]] boven {amount} altijd eerst bellen, niet alleen een brief sturen.",
    ],
    "tail": ["", "\n{gem}", "\n\nTeam Verzoek tot Afstemming"],
}

# a resident's own mail
GENRES["rmail"] = {
    "head": [
        "Geachte heer, mevrouw,\n\n",
        "Hallo,\n",
        "Beste {m.first},\n\n",
        "Aan {dept}\n\n",
        "Onderwerp: {case}\n\nGoedendag,\n",
        "Gemeente {town}\nT.a.v. {o.formal}\nPostbus {num}00\n\nBetreft: uw kenmerk {casenr}\n\nGeachte {o.hon},\n\n",
    ],
    "body": [
        "ik wacht nu al sinds {date} op antwoord over mijn dossier ({casenr}).",
        "mijn bsn is {r.bsn} als u dat nodig heeft",
        "mijn rekeningnummer is {r.iban}, daar moet het geld naartoe.",
        "u kunt mij bellen op {r.phone}, ik werk tot {time}.",
        "{o.full} van {dept} zei dat het geregeld zou worden maar er is niks gebeurd.",
        "mijn dochter {d.first} helpt mij met deze mail, haar nummer is {d.phone}.",
        "in de bijlage de brief van {body} en mijn bankafschrift.",
        "ik ben het zat, ik word steeds van het kastje naar de muur gestuurd!!",
        "Mijn buren, {n.full} van nummer {num}, hebben precies hetzelfde probleem.",
    ],
    "tail": [
        "\n\nmvg {r.full}\nVerzonden vanaf mijn iPhone",
        "\n\nMet vriendelijke groet,\n{r.full}\n{r.addr}\n{r.pc} {ptown}",
        "\n\ngroetjes {r.first}",
        "\n\n{r.init}\n(geb. {r.dob})",
    ],
}

# a resident's own words in the web form's free-text fields
GENRES["intake"] = {
    "head": ["Waar gaat uw verzoek over?\n", "Omschrijving verzoek (webformulier):\n", ""],
    "body": [
        "ik heb op {date} een brief gehad van {dept} dat mijn aanvraag voor de {scheme} is afgewezen "
        "maar ik heb alles gewoon ingeleverd en nu zegt {o.first} aan de telefoon dat het niet binnen is",
        "mijn man {v.full} is ziek en kan zelf niet bellen daarom doe ik het",
        "ik heb al 3 keer gebeld met {pubnr} maar niemand weet ervan",
        "graag contact via {r.phone} of {r.email}, ik ben niet zo goed met de computer",
        "wij wonen op {r.addr} ({r.pc}) sinds {num} jaar en nu ineens moet de schutting weg",
        "Wat heeft u al geprobeerd? gebeld, gemaild naar {info}, langs geweest bij {building}",
        "Wat wilt u bereiken? dat iemand gewoon eerlijk uitlegt waarom",
        "ik spreek niet goed nederlands, {n.first} van hiernaast helpt mij met dit formulier",
        "BSN: {r.bsn} (van mij) en {p.bsn} (van mijn partner {p.first})",
        "Het gaat over mijn zoon {s.first} ({s.dob}), hij krijgt geen [[leerlingenvervoer]] meer",
        "de vorige keer heeft {o.full} mij geholpen, die was heel aardig, kan ik weer bij {o.hem}?",
    ],
    "tail": [
        "\n\nNaam: {r.full}\nTelefoon: {r.phone}",
        "\n\nGegevens: {r.full}, {r.addr}, {r.pc} {ptown}, {r.email}",
        "\n\n{r.full}",
        "",
    ],
}

for _genre, _extra in MORE.items():
    GENRES[_genre]["body"].extend(_extra)

GENRE_WEIGHTS = {
    "log": 12,
    "mail": 14,
    "minutes": 8,
    "chat": 9,
    "complaint": 9,
    "phone": 9,
    "letter": 7,
    "agreement": 8,
    "free": 8,
    "intake": 9,
    "rmail": 7,
    "public": 3,
}


def count_shapes() -> int:
    """Distinct non-empty templates (openings, body sentences, endings)."""
    return sum(len([t for t in g[part] if t.strip()]) for g in GENRES.values() for part in ("head", "body", "tail"))


def count_body_shapes() -> int:
    return sum(len(g["body"]) for g in GENRES.values())


def build(ctx, rng) -> str:
    genre = rng.choices(list(GENRE_WEIGHTS), weights=list(GENRE_WEIGHTS.values()))[0]
    g = GENRES[genre]
    ctx.sloppy = genre in ("chat", "complaint", "intake", "log", "free") and rng.random() < 0.4
    ctx.render(rng.choice(g["head"]))
    body = rng.sample(g["body"], k=min(len(g["body"]), rng.randint(2, 5)))
    sep = rng.choice(["\n", " ", "\n", "\n\n"] if genre not in ("chat", "log", "minutes") else ["\n"])
    for i, tmpl in enumerate(body):
        if i:
            ctx.doc.t(sep)
        ctx.render(tmpl)
    ctx.render(rng.choice(g["tail"]))
    return genre
