# ruff: noqa: E501
"""Sentence shapes and record layouts for holdout7 (written fresh for round seven, 2026-12-03).

Placeholders: see make_holdout7.Filler.segs; ``[[...]]`` marks a keep word.
"""

from __future__ import annotations

# paragraphs like pii_dev2: formal notes, informal messages, headings in capitals, cc-lines, possessives,
# names beside departments and roles
DEV2 = [
    "{Tsur} van {dept} belde {day} terug: de [[aanvraag]] ligt nog bij de [[casemanager]].",
    "hoi {lfirst}, kun je even kijken naar het [[dossier]] van {lower:2}? {hij:2} heeft al drie keer gebeld 😕",
    "AFSPRAAK MET {caps} OVER DE [[HUURACHTERSTAND]]",
    "cc: {init} ({dept}), {init:2}",
    "Volgens {poss} [[buurman]] staat de [[container]] al sinds {date} voor de deur op {addr}.",
    "{Sur} heeft de [[beschikking]] van {date} niet ontvangen en wil weten waarom het [[bedrag]] is verlaagd naar {amount}.",
    "Op de hoek van de {street} en de {street} ligt al weken [[grofvuil]]; {full} heeft er foto's van gemaakt.",
    "{Full} (geboren {dob}) woont sinds kort op {addr}, {pc} {town}.",
    "Namens {full} vraag ik uitstel van de [[betalingsregeling]], want de [[aanvrager]] ligt tot {date} in het [[ziekenhuis]].",
    "Wie heeft contact gehad met {tsur}? Het [[klantbeeld]] is niet compleet en {first:2} van {dept} weet het ook niet.",
    "i.o.v. {init}: graag het [[voorschot]] van {amount} overmaken naar {iban} o.v.v. {case}.",
    "Via {first} van het [[buurtteam]] kwam het bericht binnen dat {tsur:2} geen [[stroom]] meer heeft.",
    "Ter hoogte van {addr} is de [[stoeprand]] verzakt, meldt {full} (tel. {phone}).",
    "Mijn vraag is simpel: waarom krijg ik geen [[kwijtschelding]]? groet {first}",
    "Met vriendelijke groet,\n{full}\n{role}, {dept}\n{muni}",
    "{Full} is niet bereikbaar op {mob}; de [[voicemail]] staat vol.",
    "Langs het {nstreet} staan sinds {day} twee [[fietswrakken]]; {first} uit nummer {num} wil dat ze worden weggehaald.",
    "Vlakbij de {street} ligt een [[speeltuin]] waar volgens {tsur} 's avonds wordt gedeald.",
    "De [[jeugdconsulent]], {full}, heeft het [[plan van aanpak]] op {date} met het gezin {Sur:2} besproken.",
    "{Tsur} en {tsur:2} hebben samen een [[bezwaarschrift]] ingediend tegen de [[WOZ-waarde]].",
    "Kenteken {plate} stond drie dagen op de [[gehandicaptenparkeerplaats]] bij {place}; de eigenaar, {full}, zegt dat {hij} een kaart heeft.",
    '{Full} schreef: "Ik heb op {date} al gebeld met {dept}, maar niemand weet iets."',
    "Kunt u mij terugbellen? Ik ben {full}, u kunt me bereiken op {mob}.",
    "Beste {first},\n\nDank voor je mail over {poss:2} [[leefgeld]].",
    "Hoi {first}! ff een vraagje: is de [[vergunning]] voor het [[terras]] van {full:2} al rond? 🙏",
    "Het [[huurcontract]] is getekend door {sfirst}; de [[medebewoner]] staat niet ingeschreven op {addr}.",
    "{Init} ({dept}) laat weten dat de [[herbeoordeling]] is uitgesteld tot na de [[zomervakantie]].",
    "De [[melder]], {tsur}, wil dat de [[handhaver]] {day} langskomt bij {addr}.",
    "Bij {full} thuis ({addr}, {pc}) is de [[lift]] al twee weken kapot.",
    "Ze vroeg of ze de [[formulieren]] mocht sturen naar {em}; ik heb {infomail} gegeven.",
    "BSN {bsn} hoort bij {full}, niet bij {full:2}; graag het [[dossier]] corrigeren.",
    "{Full} van {dept} en {full:2} van {dept} overleggen {day} over de [[schuldenregeling]].",
    "wat een gedoe zeg. {lfirst} zei dat ik gewoon moest wachten maar ik wacht al sinds {month}",
    "Dit is {poss} derde [[klacht]] over [[geluidsoverlast]] van de [[bovenburen]].",
    "{Zoon} {first} (°{kiddob}) gaat al maanden niet naar school; de [[leerplichtambtenaar]] is ingeschakeld.",
    "Gesproken met {tsur} ({age} jaar) over de [[mantelzorg]] voor {pos} moeder.",
    "Het [[CJIB]] heeft {tsur} een [[aanmaning]] gestuurd voor een boete van {amount}.",
    "RE: [[BEZWAAR]] {caps} / {case}",
    '{Tsur} is boos: "Bij {dept} beloven ze van alles, maar er gebeurt niks."',
    "Afgesproken met {first} ({dept}): uiterlijk {date} een [[besluit]] op de aanvraag van {tsur:2}.",
    "In het [[gesprek]] met {full} bleek dat {hij} sinds {month} geen [[inkomen]] meer heeft.",
    "Volgens de [[wijkagent]] rijdt {full}, die niet op {addr} woont, in de bus met kenteken {plate}.",
    "Achter de {street} wordt 's nachts [[afval]] gedumpt; {full} heeft {svc} al gebeld.",
    "Graag contact met {tsur} via {em} of {phone}, liever niet per brief.",
    "{Caps} / {caps:2} – [[VERSLAG HUISBEZOEK]] {date}",
    "gisteren met {lfirst} van {dept} gebeld, die zou het doorzetten naar {init:2}",
    "{Tsur} belde weer. wil {pos} geld terug van de [[parkeerautomaat]]. heb gezegd dat {first:2} terugbelt",
    "Via {first} kreeg ik het nummer van {poss:2} [[bewindvoerder]]: {phone}.",
    "{Full} en {full:2} wonen samen op {addr}, maar staan niet allebei ingeschreven.",
    "Kan iemand {tsur} uitleggen dat {law} hier een [[termijn]] van zes weken geeft?",
    "Aan: {init}\nVan: {init:2}\nOnderwerp: [[terugbelverzoek]] {case}",
    "Uit het [[overleg]] met {dept}: {full} pakt de [[huisbezoeken]] op, {first:2} de [[administratie]].",
    "Zij noemde {full} als [[contactpersoon]] (tel. {mob}).",
    "Op {date} zag de [[boa]] een busje ({plate}) op de stoep voor {addr}.",
    "ik heb echt alles gestuurd naar {em} maar jullie zeggen dat er niks binnen is?? {first}",
    "Nadat {tsur} op {date} het [[inkomstenformulier]] had ingeleverd, is er niets meer gebeurd.",
    "Is {first} al terug van vakantie? {Pos} [[collega]] {full:2} wist het niet.",
    "Het gezin {Sur} woont tijdelijk bij familie in {town}; {kid} gaat daar ook naar school.",
    "Wie is de [[consulent]] van {full}? Het burgerservicenummer is {bsn}.",
    "{Full} ({dobyear}) heeft een [[indicatie]] voor [[begeleid wonen]].",
    "met {first} afgesproken dat we {day} samen naar {poss:2} woning gaan, {addr}",
    "[[Let op]]: {tsur} wil niet dat {pos} [[ex-partner]] {full:2} het nieuwe adres te zien krijgt.",
    "De [[rekening]] {iban} is van {init}, terwijl de [[toeslag]] voor {full:2} is bedoeld.",
    "{First} zegt: ‘Ze hebben bij {dept} mijn papieren kwijtgemaakt.’",
    "{Full} van {dept} neemt het [[dossier]] over van {full:2}.",
    "De [[inwoner]] vraagt of {first} van de [[balie]] kan helpen met het aanvragen van [[DigiD]].",
    "Dossier {case} – {sfirst} – {addr}",
    "Zou {tsur} willen bellen naar {svc} of mailen naar {infomail}? Dan plannen we een [[keukentafelgesprek]].",
    "volgens {lower} is de [[huurprijs]] veel te hoog voor zo'n klein huis aan de {street}",
    "Drie keer heb ik nu gebeld naar {dept}, maar niemand die mij terugbelt, hé. Groetjes, {first}",
    "{Tsur} heeft gebelt over de [[parkeerverguning]], {hij} snapt de brief niet",
    "Door {full} is op {date} een [[melding]] gedaan van [[wateroverlast]] in de [[kelder]] van {addr}.",
    "De heer en mevrouw {Sur} willen graag een [[gesprek]] met iemand van {dept}.",
    "{Full} woont op de {street}\n{num}-III en heeft sinds {month} geen [[warm water]].",
    "Zonder {poss} [[handtekening]] kunnen we de [[machtiging]] niet verwerken, schreef {init:2}.",
    "TER INFO: {caps} IS VERHUISD NAAR {ADDRX}",
    "Kort verslag: {first} ({role}) en ik zijn bij {tsur:2} langs geweest; {pos:2} [[woning]] is erg vochtig.",
    "Waarom is het [[rijbewijs]] van {full} ({dob}) nog steeds niet verlengd?",
    "Hey {first} 👋 {lfirst:2} vroeg of je het [[formulier]] nog hebt, {hij:2} kan het niet vinden",
    'Bericht van {full} ({em}): "Kunt u bevestigen dat mijn [[aanvraag]] binnen is?"',
    "{Sur} belde namens {tsur:2}, die slecht Nederlands spreekt en [[een tolk]] nodig heeft.",
    "Op verzoek van {full} is de [[afspraak]] verplaatst naar {day} {date}.",
    "De [[wijkverpleegkundige]] maakt zich zorgen om {tsur}; {hij} eet slecht en zit veel alleen.",
    "Mijn gsm: {mob}, bel mij maar als 't past. {first}",
    "{Tsur} woont aan de {street} huisnummer {num} en heeft al twee keer een [[vochtmelding]] gedaan.",
    'De baliemedewerker, "{first}", gaf {hem:2} geen [[ontvangstbevestiging]] mee, zegt {tsur:2}.',
    "Onder zaaknummer {case} loopt ook het [[verzoek]] van {full} (zie [[bijlage]]).",
    "Ik zou graag een afspraak hebben met {first} van {dept}, want mijn [[dossier]] zit al weken vast, allez.",
    "t.a.v. {init}: de [[inwoner]] ({full:2}) komt {day} om {time} naar {place}.",
    "Zowel {first} als {full:2} zijn het oneens met de [[afwijzing]] van het [[maatwerkbudget]].",
    "Hebben {tsur} en {pos} partner het [[intakeformulier]] al ondertekend?",
    "Wat {full} wil is duidelijk: een [[zorgverlener]] die op tijd komt en niet steeds wisselt.",
]

# short formal sentences like pii_dev, one or two identifiers each
DEVSTYLE = [
    "{Full} vraagt om een afspraak over de [[bijstand]].",
    "Het burgerservicenummer van {tsur} is {bsn}.",
    "De [[uitkering]] wordt gestort op {iban}.",
    "{Tsur} is overdag te bellen op {phone}.",
    "U kunt {full} mailen op {em}.",
    "Het [[zaaknummer]] is {case}.",
    "{Tsur} woont op {addr} in {town}.",
    "De [[postcode]] van de aanvrager is {pc}.",
    "Geboortedatum van {full}: {dob}.",
    "Op {date} is een bestelbus ({plate}) weggesleept.",
    "{Full} is geboren op {dob}.",
    "De [[brief]] is verstuurd naar {addr}, {pc} {town}.",
    "Wij hebben {tsur} op {date} gesproken.",
    "{Full} werkt bij {dept} als {role}.",
    "Het [[telefoonnummer]] van {full} is gewijzigd in {mob}.",
    "De [[melding]] van {tsur} heeft kenmerk {case}.",
    "{Init} heeft [[bezwaar]] gemaakt tegen het [[besluit]] van {date}.",
    "Het [[bedrag]] van {amount} is overgemaakt naar {iban}.",
    "De [[aanvraag]] van {full} is op {date} ontvangen.",
    "{Tsur} heeft geen [[vaste woon- of verblijfplaats]].",
    "Het [[e-mailadres]] {em} is niet meer in gebruik.",
    "{Full} heeft een [[parkeervergunning]] voor {plate}.",
    "De [[huurder]] van {addr} is {full}.",
    "{Tsur} vraagt of de [[termijn]] kan worden verlengd.",
    "Contactpersoon: {full}, {phone}.",
    "{Full} belde vanuit het buitenland ({fphone}).",
    "Er is een [[afspraak]] gemaakt met {tsur} voor {date}.",
    "De [[klacht]] is behandeld door {full} van {dept}.",
    "{Full} is {age} jaar en woont sinds kort in een [[aanleunwoning]].",
    "De [[boete]] voor {plate} bedraagt {amount}.",
    "{Tsur}, geboren {dob}, staat ingeschreven op {addr}.",
    "Het [[rekeningnummer]] {iban} hoort bij {tsur}.",
    "Het [[dossier]] {case} is overgedragen aan {full}.",
    "De [[melder]] woont aan de {street} en wil anoniem blijven.",
    "{Full} heeft een [[machtiging]] gegeven aan {full:2}.",
    "De zaak is gemeld via {infomail} door {full}.",
    "Volgens {tsur} is de [[huur]] sinds {month} niet betaald.",
    "Geb. {dob}: {full}, {addr}.",
    "{Tsur} ontving op {date} een [[herinnering]] met kenmerk {case}.",
    "Bij {org} is {full} bekend onder klantnummer {case}.",
    "De [[voogd]] van {full} is {full:2}.",
    "Onder zaaknummer {case} is de [[aanvraag]] van {tsur} geregistreerd.",
    "De [[inwoner]] ({full}) is tijdelijk bereikbaar via {fphone}.",
]

# records and layouts
STRUCTURED = [
    "Naam: {full}\nAdres: {addr}\nPostcode/plaats: {pc} {town}\nTelefoon: {phone}\nE-mail: {em}\nBSN: {bsn}\n"
    "Onderwerp: {topic}",
    "| naam | rol | telefoon |\n|---|---|---|\n| {full} | [[aanvrager]] | {mob} |\n| {full:2} | [[partner]] | {mob} |\n"
    "| {full:3} | [[consulent]] ({dept}) | {svc} |",
    "naam;geboortedatum;postcode;iban\n{full};{dob};{pc};{iban}\n{full:2};{dob};{pc};{iban}",
    "[[Aanvraagformulier]] {topic}\n1. Achternaam: {Sur}\n2. Voorletters: {inits}\n3. Geboortedatum: {dob}\n"
    "4. Straat en huisnummer: {addr}\n5. Postcode: {pc}\n6. Woonplaats: {town}\n7. IBAN: {iban}",
    "Van: {full} <{em}>\nAan: {infomail}\nDatum: {day} {date} {time}\nOnderwerp: {topic}\n\nGoedemiddag,\n\n"
    "Ik wacht nog steeds op antwoord over mijn [[aanvraag]]. Kunt u mij bellen?\n\nMet vriendelijke groet,\n{full}\n{mob}",
    "Aan: {init:2}\nOnderwerp: FW: [[klacht]] {case}\n\nZie hieronder.\n\n> Beste {first:2},\n> Ik woon op {addr} en de "
    "[[overlast]] is nog niet opgelost.\n> Groet, {first}",
    "Met vriendelijke groet,\n\n{init}\n{role} | {dept}\n{muni}\nT {svc} | M {mob} | E {infomail}",
    "[[Betrokkenen]]:\n- {full} ([[aanvrager]])\n- {kid} ([[kind]], {kidyear})\n- {tsur:2}, {buur:2}",
    "[[NOTULEN]] [[OVERLEG]] {dept}\nDatum: {date}\n[[Aanwezig]]: {first}, {first:2}, {init:3}\n[[Afwezig]]: {full:4} "
    "(met kennisgeving)\n\n1. {Tsur:5} ({case}): [[huurachterstand]] loopt op.\n\n[[Actiepunten]]\n- {first}: bellen "
    "met {tsur:5} voor {date}\n- {first:2}: [[brief]] naar {addr}",
    "[{cdate} 09:12] {first}: hoi ben je al bij {first:3} geweest?\n[{cdate} 09:40] {first:2}: ja net. "
    "{hij:3} woont nu op {addr}\n[{cdate} 09:41] {first}: 👍 nieuw nummer?\n[{cdate} 09:43] {first:2}: {mob}",
    "[[Telefoonnotitie]] {date}, {time}\nBeller: {full} ({phone})\nBetreft: {topic}\nBeller wil weten waarom de "
    "[[betaling]] is gestopt. Terugbellen door: {first:2} ({dept}).",
    "{tinit}\n{addr}\n{pc}  {TOWN}\n\n{town}, {date}\nOns kenmerk: {case}\nBetreft: {topic}\n\nGeachte {tsur},",
    "T.a.v. {full}\n{street}\n{num} bis\n{pc} {town}",
    "Naam cliënt: {Sur}, {inits}\nDOB: {dob}\nBSN: {bsn}\n[[Casemanager]]: {full:2}\nStatus: [[in behandeling]]",
    'id,naam,email,telefoon\n1,"{Sur}, {inits}",{em},{phone}\n2,"{Sur:2}, {inits:2}",{em:2},{phone}',
    "| adres | postcode | bewoner |\n| --- | --- | --- |\n| {addr} | {pc} | {tsur} |\n| {addr} | {pc} | {tsur:2} |",
    "{full} {time}\nkan iemand {tsur:2} terugbellen? tel {phone}\n{full:3} {time}\nik doe het, na de [[lunch]]",
    "Op {day} {date} om {time} schreef {full} <{em}>:\n> Ik heb de [[huur]] van {month} al betaald.\n"
    "> Mijn rekening is {iban}.",
    '2026-03-14 10:22 [[INFO]] contact aangemaakt: naam="{full}" tel={phone} postcode={pc}',
    "Voornaam\t{first}\nAchternaam\t{sur}\nGeboortedatum\t{dob}\nTelefoon\t{mob}\nE-mail\t{em}",
    "[[MELDING OPENBARE RUIMTE]]\nLocatie: {street} t.h.v. nr {num}\nMelder: {tsur}, {mob}\nOmschrijving: "
    "[[losliggende tegels]]\nAfdeling: {dept}",
    "[[Naheffingsaanslag]]\nKenteken: {plate}\nLocatie: {street}\nHouder: {init}\nAanslagnummer: {case}\n"
    "Bedrag: {amount}",
    "[[Verslag afstemmingsgesprek]] {date}\nAanwezig: {full} ([[inwoner]]), {full:2} ({dept}), {first:3} "
    "([[bemiddelaar]])\nAfspraak: {first:2} stuurt voor {date} een nieuw [[besluit]].\nActie: {first:3} belt {tsur} na.",
    "{cdate} 14:32 - {first}: ben er over 5 min\n{cdate} 14:33 - {first:2}: oké, ik sta bij {place}\n"
    "{cdate} 14:40 - {first}: zie je, {lfirst:2}!",
    "Terugbellijst {day}\n1. {full} – {phone} – [[WOZ]]\n2. {tsur:2} – {phone} – [[parkeren]]\n"
    "3. {lower:3} – {mob} – [[afval]]",
    "Groetjes,\n{first}\n\nVerstuurd vanaf mijn iPhone",
    "Hoogachtend,\n\n{full}\n{addr}\n{pc} {town}\n{phone}",
    "[[Machtiging]]\nOndergetekende: {full}, geboren {dob}\nmachtigt hierbij: {full:2}\nBSN: {bsn}\n"
    "om namens [[ondergetekende]] te spreken met {org}.",
    "**Aanvrager:** {full}\n**Adres:** {addr}, {pc}\n**Kenmerk:** {case}\n**Thema:** {topic}",
    "From: {full} <{em}>\nSent: {day} {date}\nTo: {infomail}\nSubject: [[bezwaar]] {case}\n\nZie bijlage.",
    'bewoner:\n  naam: {full}\n  telefoon: "{phone}"\n  postcode: {pc}\n  kenteken: {plate}',
    "Gezinssamenstelling\nNaam | Relatie | Geb.datum\n{full} | [[aanvrager]] | {dob}\n{kid} | [[kind]] | {kiddob}\n"
    "{kid} | [[kind]] | {kiddob}",
    "[[Intake]] {date}\n[x] [[identiteitsbewijs]] gezien ({full})\n[x] [[bankafschriften]] {iban}\n"
    "[ ] [[huurcontract]] {addr}\nMedewerker: {init:2}",
    "Uw gegevens\nNaam: {tsur}\nKlantnummer: {case}\nKenteken: {plate}\nIBAN: {iban}",
    "{caps}\n{addr}\n{pc} {TOWN}",
    "> {full} schreef:\n> kan ik langskomen?\n\nJa hoor {first}, {day} om {time} bij {place}.\n{first:2}",
    "Wijkschouw {date}\n- {addr}: [[kapotte lantaarnpaal]] (gemeld door {tsur})\n"
    "- {street}: [[zwerfafval]]\n- {addr}: [[scheve boom]] (melder {full:2}, {mob})",
]

# the known file: person shapes (person 1 is the resident whose name part is an ordinary word)
KNOWN_PERSON = [
    "{Tsur} vraagt of de [[beschikking]] nog deze maand komt.",
    "{Sur} zegt dat de [[brief]] nooit is aangekomen.",
    "[[Terugbellen]]: {tsur}, {mob}.",
    "{Poss} [[aanvraag]] ligt al zes weken bij {dept}.",
    "Mail van {em}: {hij} wil een [[afspraak]] op het [[stadskantoor]].",
    "Het [[dossier]] van {sfirst} is compleet.",
    "{Caps} – [[BEZWAAR]]",
    "Wij hebben {tsur} gevraagd om een kopie van het [[huurcontract]].",
    "{Init} vindt de [[boete]] veel te hoog.",
    "Graag {first} terugbellen op {mob}, liefst na drie uur.",
    "Is {tsur} al geïnformeerd over de [[uitspraak]]?",
    "Door {tsur} werd op {date} [[bezwaar]] aangetekend.",
    "{Sur} heeft inmiddels een [[betalingsregeling]] getroffen met {org}.",
    "In het gesprek met {first} ({age}) ging het over de [[wachtlijst]]; {hij} blijft het proberen.",
    "{Tsur} woont op {addr} en wil niet dat de [[melding]] bekend wordt.",
    "{Tsur} belde op {date} vanaf {mob}.",
]

KNOWN_WORDS = [
    {
        "name": "Vos",
        "where": "sur",
        "ordinary": [
            "Er loopt 's nachts [[een vos]] door de tuinen aan de rand van de wijk.",
            "De buren denken dat [[de vos]] de kippen heeft gepakt.",
        ],
    },
    {
        "name": "Kok",
        "where": "sur",
        "ordinary": [
            "[[De kok]] van het buurthuis kookt op woensdag voor ouderen.",
            "Het restaurant zoekt al maanden [[een kok]].",
        ],
    },
    {
        "name": "Bos",
        "where": "sur",
        "ordinary": [
            "Achter de school ligt [[een klein bos]] waar honden los mogen.",
            "In [[het bos]] is opnieuw afval gedumpt.",
        ],
    },
    {
        "name": "Wolf",
        "where": "sur",
        "ordinary": [
            "Vorige week is [[een wolf]] gezien op de heide bij het dorp.",
            "Schapenhouders maken zich zorgen over [[de wolf]].",
        ],
    },
    {
        "name": "Koning",
        "where": "sur",
        "ordinary": [
            "Op de foto in de hal staat [[de koning]] naast de burgemeester.",
            "Het lintje werd namens [[de koning]] uitgereikt.",
        ],
    },
    {
        "name": "Vink",
        "where": "sur",
        "ordinary": [
            "Zet [[een vink]] bij 'akkoord' op het formulier.",
            "Er ontbreekt [[een vink]] bij de vraag over inkomen.",
        ],
    },
    {
        "name": "Zwart",
        "where": "sur",
        "ordinary": [
            "Er staat [[een zwart busje]] al weken op dezelfde plek.",
            "[[Wie zwart]] bijverdient, kan de uitkering kwijtraken.",
        ],
    },
    {
        "name": "Schipper",
        "where": "sur",
        "ordinary": [
            "[[De schipper]] van het pontje vaart in de wintermaanden niet.",
            "Volgens [[de schipper]] lag de brug te lang open.",
        ],
    },
    {
        "name": "Brouwer",
        "where": "sur",
        "ordinary": [
            "[[De brouwer]] van het stadsbier vraagt een ontheffing voor het proeflokaal.",
            "Een [[kleine brouwer]] wil een terras aan het water.",
        ],
    },
    {
        "name": "Post",
        "where": "sur",
        "ordinary": [
            "[[De post]] wordt in deze straat pas na vijf uur bezorgd.",
            "De beschikking is met [[de post]] meegegeven, niet digitaal.",
        ],
    },
    {
        "name": "Winter",
        "where": "sur",
        "ordinary": [
            "[[In de winter]] wordt het fietspad niet gestrooid.",
            "[[Deze winter]] is de verwarming twee keer uitgevallen.",
        ],
    },
    {
        "name": "Baas",
        "where": "sur",
        "ordinary": [
            "[[De baas]] van de snackbar kreeg klachten over stank.",
            "Het loonstrookje is pas na lang aandringen door [[de baas]] gestuurd.",
        ],
    },
    {
        "name": "Prins",
        "where": "sur",
        "ordinary": [
            "Met carnaval wordt [[de prins]] op het stadhuis ontvangen.",
            "De optocht met [[de prins]] gaat dit jaar niet door de smalle straten.",
        ],
    },
    {
        "name": "Groen",
        "where": "sur",
        "ordinary": [
            "[[Het groen]] in de wijk wordt twee keer per jaar gemaaid.",
            "De aanvraag voor de dakkapel kreeg [[groen licht]].",
        ],
    },
    {
        "name": "Valk",
        "where": "sur",
        "ordinary": ["Op de kerktoren broedt [[een valk]].", "De duivenmelker is bang voor [[de valk]]."],
    },
    {
        "name": "Kalf",
        "where": "sur",
        "ordinary": [
            "Bij de kinderboerderij is [[een kalf]] geboren.",
            "[[Het kalf]] mag volgens de regels niet in de wei bij de weg.",
        ],
    },
    {
        "name": "Hamer",
        "where": "sur",
        "ordinary": [
            "Bij de schuur lag [[een hamer]] die de politie heeft meegenomen.",
            "Voor het ophangen van de bordjes is alleen [[een hamer]] nodig.",
        ],
    },
    {
        "name": "Pot",
        "where": "sur",
        "ordinary": [
            "[[De pot]] van het buurtfonds is bijna leeg.",
            "Er is geld uit [[de pot]] voor bewonersinitiatieven.",
        ],
    },
    {
        "name": "Ploeg",
        "where": "sur",
        "ordinary": [
            "[[De ploeg]] van Stadsbeheer komt pas op donderdag.",
            "[[Een ploeg]] vrijwilligers ruimt zaterdag het park op.",
        ],
    },
    {
        "name": "Slot",
        "where": "sur",
        "ordinary": [
            "[[Het slot]] van de fietsenstalling is al weken kapot.",
            "[[Het slot]] van de voordeur is vervangen door de verhuurder.",
        ],
    },
    {
        "name": "Spijker",
        "where": "sur",
        "ordinary": [
            "Er stak [[een spijker]] uit de vlonder bij de vijver.",
            "Een kind trapte in [[een spijker]] op het bouwterrein.",
        ],
    },
    {
        "name": "Vrolijk",
        "where": "sur",
        "ordinary": [
            "De bewoners [[waren vrolijk]] na het buurtfeest.",
            "Het [[klinkt vrolijk]], maar de situatie is ernstig.",
        ],
    },
    {
        "name": "Stam",
        "where": "sur",
        "ordinary": [
            "[[De stam]] van de omgewaaide boom ligt nog op de stoep.",
            "Een [[dikke stam]] blokkeert de inrit.",
        ],
    },
    {
        "name": "Koster",
        "where": "sur",
        "ordinary": [
            "[[De koster]] van de kerk opent 's ochtends het hek.",
            "Volgens [[de koster]] luiden de klokken niet te vroeg.",
        ],
    },
    {
        "name": "Timmerman",
        "where": "sur",
        "ordinary": [
            "[[Een timmerman]] heeft de kapotte deur gerepareerd.",
            "De verhuurder stuurt volgende week [[een timmerman]].",
        ],
    },
    {
        "name": "Molenaar",
        "where": "sur",
        "ordinary": [
            "[[De molenaar]] laat de molen op zaterdag draaien.",
            "Volgens [[de molenaar]] blokkeert de nieuwbouw de wind.",
        ],
    },
    {
        "name": "de Wit",
        "where": "sur",
        "ordinary": ["De muur van de onderdoorgang [[is wit]] geverfd.", "De brief zat in een [[witte envelop]]."],
    },
    {
        "name": "de Haas",
        "where": "sur",
        "ordinary": ["[[Een haas]] stak over op de rondweg.", "In het weiland zit elke ochtend [[een haas]]."],
    },
    {
        "name": "de Ruiter",
        "where": "sur",
        "ordinary": [
            "[[Een ruiter]] reed over het smalle fietspad.",
            "[[De ruiter]] moet volgens de APV het ruiterpad gebruiken.",
        ],
    },
    {
        "name": "van Wijk",
        "where": "sur",
        "ordinary": ["In [[de wijk]] zijn veel klachten over hondenpoep.", "Het wijkteam kent [[de wijk]] goed."],
    },
    {
        "name": "van Beek",
        "where": "sur",
        "ordinary": [
            "[[De beek]] achter de boerderij treedt bij regen buiten haar oevers.",
            "Langs [[de beek]] is een wandelpad aangelegd.",
        ],
    },
    {
        "name": "van der Meer",
        "where": "sur",
        "ordinary": [
            "Voor [[meer informatie]] kunt u het loket bellen.",
            "Het water in [[het meer]] is niet veilig om in te zwemmen.",
        ],
    },
    {
        "name": "van Riet",
        "where": "sur",
        "ordinary": ["Langs de sloot groeit [[hoog riet]].", "[[Het riet]] bij de vijver wordt in maart gemaaid."],
    },
    {
        "name": "van Buren",
        "where": "sur",
        "ordinary": [
            "[[De buren]] hebben ook geklaagd over de hond.",
            "Volgens [[de buren]] staat de woning al maanden leeg.",
        ],
    },
    {
        "name": "van Loon",
        "where": "sur",
        "ordinary": [
            "[[Het loon]] komt deze maand later door een storing.",
            "Beslag op [[het loon]] is volgens de schuldhulpverlener te hoog.",
        ],
    },
    {
        "name": "van Kampen",
        "where": "sur",
        "ordinary": [
            "Veel gezinnen in deze straat [[kampen met]] schulden.",
            "Scholen [[kampen met]] een tekort aan leraren.",
        ],
    },
    {
        "name": "van Hulst",
        "where": "sur",
        "ordinary": ["In de heg [[groeit hulst]] met rode bessen.", "[[De hulst]] langs het pad is te hoog geworden."],
    },
    {
        "name": "van Veen",
        "where": "sur",
        "ordinary": [
            "Onder de wijk zit een dikke [[laag veen]], daarom zakken de tuinen.",
            "[[Het veen]] klinkt in, zegt de ingenieur.",
        ],
    },
    {
        "name": "Iris",
        "where": "first",
        "gender": "f",
        "ordinary": ["In de vijver bloeit [[de gele iris]] al.", "De oogarts keek naar [[de iris]] van het linkeroog."],
    },
    {
        "name": "Linde",
        "where": "first",
        "gender": "f",
        "ordinary": [
            "Op het plein staat [[een oude linde]] die gekapt moet worden.",
            "Onder [[de linde]] staan twee bankjes.",
        ],
    },
    {
        "name": "Merel",
        "where": "first",
        "gender": "f",
        "ordinary": ["In de dakgoot nestelt [[een merel]].", "'s Ochtends zingt [[een merel]] op de antenne."],
    },
    {
        "name": "Lot",
        "where": "first",
        "gender": "f",
        "ordinary": [
            "Met [[een lot]] van de buurtloterij won de buurman een fiets.",
            "Het is niet eerlijk om mensen aan [[hun lot]] over te laten.",
        ],
    },
    {
        "name": "Bas",
        "where": "first",
        "gender": "m",
        "ordinary": [
            "[[De bas]] van de muziek dreunt tot laat door de muur.",
            "Volgens de bovenburen staat [[de bas]] te hard.",
        ],
    },
    {
        "name": "Rob",
        "where": "first",
        "gender": "m",
        "ordinary": ["Op het strand lag [[een zieke rob]].", "De opvang heeft [[de rob]] opgehaald."],
    },
    {
        "name": "Job",
        "where": "first",
        "gender": "m",
        "ordinary": ["Zonder [[vaste job]] lukt het niet om een huis te huren.", "Hij zoekt [[een job]] in de zorg."],
    },
    {
        "name": "Mees",
        "where": "first",
        "gender": "m",
        "ordinary": ["In het vogelhuisje broedt [[een mees]].", "[[Een mees]] zit elke dag bij het voederplankje."],
    },
    {
        "name": "Ben",
        "where": "first",
        "gender": "m",
        "ordinary": ["'[[Ik ben]] het wachten zat,' zegt de buurman.", "[[Ik ben]] gewoon op zoek naar een antwoord."],
    },
]
