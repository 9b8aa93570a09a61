"""holdout3_known.jsonl: residents whose name is also an ordinary Dutch word (or a place name used in its
ordinary meaning), passed as "known"; the same word used as an ordinary word must be kept.

The ordinary use is always written in lower case in the middle of a sentence: the scorer counts a name part
as leaked when it can be read capitalised, so 'Buren' at the start of a sentence could not be scored fairly.
"""

import random

import h3_core as C

# surname -> sentences using the word in its ordinary sense ([[...]] is kept)
WORD_SURNAMES: dict[str, list[str]] = {
    "de Boer": [
        "de [[boer]] verderop laat zijn koeien weer over de weg lopen",
        "{r.haar} vader was [[boer]] in Drenthe",
    ],
    "Visser": ["een [[visser]] op de kade heeft de lekkage ook gezien"],
    "Koster": ["de [[koster]] van de kerk heeft de sleutel van het zaaltje"],
    "Kok": ["{r.zij} werkt als [[kok]] in een verpleeghuis en heeft onregelmatige diensten"],
    "Bakker": ["bij de [[bakker]] op de hoek hangt een briefje over de wegafsluiting"],
    "Groen": ["het [[groen]] in de wijk wordt al maanden niet onderhouden", "{dept} gaf [[groen licht]]"],
    "Winter": ["afgelopen [[winter]] was de verwarming drie weken kapot"],
    "de Haan": ["de [[haan]] van de buren kraait elke ochtend om vijf uur"],
    "Vos": ["er loopt 's nachts een [[vos]] door de achtertuinen"],
    "Wolf": ["de schapen van de kinderboerderij zijn door een [[wolf]] aangevallen"],
    "Koning": ["{r.zij} voelt zich geen [[koning]] te rijk met deze regeling"],
    "Schipper": ["de [[schipper]] van het pontje zegt dat de aanlegsteiger rot is"],
    "Molenaar": ["de [[molenaar]] van de korenmolen klaagt ook over de bouw"],
    "Zwart": ["er staat [[zwart]] op wit dat de vergoeding doorloopt"],
    "Brouwer": ["de [[brouwer]] naast de deur zorgt voor stankoverlast"],
    "Vogel": ["er zit een [[vogel]] klem achter de zonnepanelen"],
    "Kraai": ["een [[kraai]] haalt elke dag de vuilniszakken open"],
    "de Bruin": ["het water uit de kraan is [[bruin]] sinds de werkzaamheden"],
    "de Jong": ["{r.zij} was nog [[jong]] toen {r.zij} in deze woning kwam wonen"],
    "van der Sluis": ["bij de [[sluis]] is het fietspad al een jaar afgesloten"],
    "van der Brug": ["de [[brug]] over de vaart gaat te vaak open volgens de buurt"],
    "van der Molen": ["de wieken van de [[molen]] staan stil sinds de storm"],
    "van der Meer": ["{r.zij} wil niet [[meer]] bellen, alleen nog mailen", "er is [[meer]] nodig dan een excuus"],
    "van der Heide": ["op de [[heide]] achter de wijk wordt gecrost"],
    "van Buren": ["de [[buren]] hebben een schutting gezet zonder vergunning"],
    "van Haren": ["{r.zij} verloor [[haren]] door de stress van de schuld"],
    "van Kampen": ["veel bewoners [[kampen]] met dezelfde problemen"],
    "van Wijk": ["in de [[wijk]] is het al weken onrustig"],
    "van Doorn": ["de opstelling van {dept} is een [[doorn in het oog]]"],
    "Best": ["{r.zij} heeft echt {r.haar} [[best]] gedaan om alles op tijd in te leveren"],
    "van Duiven": ["de [[duiven]] op het balkon van de bovenburen zorgen voor overlast"],
    "van der Wal": ["de boot ligt al maanden aan de [[wal]] zonder ligplaatsvergunning"],
    "Post": ["de [[post]] komt sinds de verhuizing niet meer aan"],
    "Plas": ["na elke regenbui staat er een [[plas]] water voor de voordeur"],
    "de Haas": ["een [[haas]] in de moestuin is niet het probleem, de ratten wel"],
    "Timmerman": ["de [[timmerman]] van de corporatie komt pas over zes weken"],
    "Slager": ["de [[slager]] in de straat laat zijn koelwagen 's nachts draaien"],
    "Steen": ["iemand heeft een [[steen]] door de ruit gegooid"],
    "Boom": ["de [[boom]] voor het raam neemt al het licht weg"],
    "Hamer": ["de buurman is de hele zondag met een [[hamer]] bezig"],
    "de Gans": ["een [[gans]] broedt in de berm naast de ingang van de flat"],
    "Bos": ["in het [[bos]] achter de school wordt afval gedumpt"],
    "van der Laan": ["de bomen in de [[laan]] worden gekapt zonder overleg"],
    "de Wit": ["de muren zijn [[wit]] uitgeslagen door het vocht"],
    "Koopman": ["{r.zij} is geen [[koopman]], {r.zij} wil gewoon een eerlijke regeling"],
    "Vink": ["{r.zij} zette een [[vink]] bij het verkeerde vakje op het formulier"],
}
# first names that are words
WORD_FIRSTNAMES: dict[str, tuple[bool, list[str]]] = {
    "Hoop": (True, ["er is weinig [[hoop]] dat het voor de zomer geregeld is"]),
    "Roos": (True, ["{r.zij} legde een [[roos]] op het graf van haar man"]),
    "Bloem": (True, ["de [[bloembakken]] op de galerij zijn weggehaald, niet één [[bloem]] over"]),
    "Storm": (False, ["sinds de [[storm]] van vorige maand lekt het dak"]),
    "Mei": (True, ["in [[mei]] is de aanvraag ingediend"]),
    "Merel": (True, ["een [[merel]] heeft een nest in de dakgoot gebouwd"]),
    "Lief": (True, ["{r.zij} vindt het heel [[lief]] dat de wijkagent even langskwam"]),
    "Zon": (False, ["de [[zon]] schijnt niet meer in de tuin door de nieuwbouw"]),
    "Lente": (True, ["in de [[lente]] begint de verbouwing"]),
    "Wil": (False, ["{r.zij} [[wil]] vooral duidelijkheid"]),
    "Bas": (False, ["de [[bas]] van de muziek bij de buren dreunt door tot drie uur"]),
    "Mees": (False, ["een [[mees]] zit in het ventilatierooster"]),
    "Job": (False, ["{r.zij} heeft sinds kort een [[job]] bij een schoonmaakbedrijf"]),
    "Joy": (True, ["de kinderen hebben een [[trampoline]] gekregen"]),
    "Faith": (True, ["het [[vertrouwen]] in de gemeente is weg"]),
}

CONNECTORS = ["Verder: ", "Daarnaast: ", "Nog iets: ", "Ook: ", "Tussendoor: ", "Opmerking: ", "NB: ", "En: "]
MENTIONS = [
    "{r.Full} belde over de {topic}.",
    "{r.Hon} wacht al weken op antwoord van {dept}.",
    "Volgens {r.hon} klopt de [[beschikking]] niet.",
    "{r.Sur} vindt dat {gem} veel te traag is.",
    "De dochter van {r.hon} heeft namens {r.hem} gebeld.",
    "{r.first} is het best bereikbaar op {r.phone}.",
    "verzoeker {r.init} stuurde een mail vanaf {r.email}.",
    "{r.Hon}, tel. {r.phone}, wil een gesprek met {o.full} van {dept}.",
    "{r.poss} aanvraag voor de {scheme} ligt nog bij {body}.",
    "Afgesproken met {r.hon} dat {o.hon} {wd} terugbelt.",
    "{r.SUR} meldt zich opnieuw, nu over {case}.",
    "{r.Full} (geb. {r.dob}) woont op {r.addr}.",
    "Gesprek met {r.hon} en {o.full} ({role}) op {date}.",
    "{r.Hon} wil dat {r.haar} naam niet in het verslag komt.",
    "Mail van {r.first} ({r.email}): 'ik hoor niks meer van jullie'.",
]


def build(ctx, rng: random.Random, i: int, entries: list) -> None:
    """One document about a resident whose name is (partly) an ordinary word."""
    kind, key = entries[i % len(entries)]
    if kind == "sur":
        person = C.make_person(rng)
        person.sur, person.married = key, None
        uses = list(WORD_SURNAMES[key])
    else:
        female, uses = WORD_FIRSTNAMES[key]
        person = C.make_person(rng, female=female)
        person.first, person.nick = key, None
        uses = list(uses)
        if rng.random() < 0.4:  # sometimes both parts are words
            sur = rng.choice(list(WORD_SURNAMES))
            person.sur = sur
            uses.append(rng.choice(WORD_SURNAMES[sur]))
    person.initials, person.sf = person.first[0] + ".", False
    ctx.put("r", person)
    mentions = rng.sample(MENTIONS, k=rng.randint(2, 3))
    rng.shuffle(uses)
    for j, s in enumerate(mentions):
        if j:
            ctx.doc.t(rng.choice([" ", " ", "\n"]))
        ctx.render(s)
        if j < len(uses):  # an ordinary use never starts the text: it would be capitalised
            ctx.doc.t(" " + rng.choice(CONNECTORS))
            ctx.render(uses[j] + ".")
    for u in uses[len(mentions) :]:
        ctx.doc.t(" " + rng.choice(CONNECTORS))
        ctx.render(u + ".")
    known = {"names": [person.full]}
    emails = [v for k, v in ctx.values.items() if k == "r.email"]
    phones = [v for k, v in ctx.values.items() if k == "r.phone"]
    if emails:
        known["emails"] = emails
    if phones:
        # the request record stores the number its own way
        known["phones"] = [
            phones[0] if rng.random() < 0.5 else "".join(c for c in phones[0] if c.isdigit() or c == "+")
        ]
    ctx.doc.known = known


def entries(rng: random.Random) -> list:
    out = [("sur", k) for k in WORD_SURNAMES] * 2 + [("first", k) for k in WORD_FIRSTNAMES] * 3
    rng.shuffle(out)
    return out
