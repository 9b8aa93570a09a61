"""The demo municipality's invented cases, article titles and officials (data only; used by portal/demo.py)."""

from __future__ import annotations

# Per theme: (department, what happened, what the resident wants, agreement, lesson)
CASES: dict[str, list[tuple[str, str, str, str, str]]] = {
    "parkeren": [
        (
            "Parkeren en handhaving",
            "Mijn aanvraag voor een parkeervergunning is afgewezen omdat mijn auto op naam van mijn werkgever staat.",
            "Ik wil een vergunning, want ik heb de auto elke dag nodig.",
            "De afdeling beoordeelt de aanvraag opnieuw met de verklaring van de werkgever.",
            "Leg uit welke bewijsstukken een leaseauto nodig heeft.",
        ),
        (
            "Parkeren en handhaving",
            "Ik kreeg een naheffing terwijl mijn bezoekersvergunning wel was aangemeld in de app.",
            "Ik wil dat de naheffing vervalt.",
            "De naheffing wordt ingetrokken na controle van de registratie.",
            "Controleer eerst de app-registratie voor een naheffing.",
        ),
    ],
    "belastingen": [
        (
            "Belastingen",
            "De WOZ-waarde van mijn huis is veel hoger dan die van de buren.",
            "Ik wil uitleg en een eerlijke waarde.",
            "De taxateur komt langs en legt de waardering uit.",
            "Bied een gesprek aan voordat iemand bezwaar maakt.",
        ),
        (
            "Belastingen",
            "Mijn kwijtschelding van de afvalstoffenheffing is afgewezen, maar mijn inkomen is gedaald.",
            "Ik wil dat de gemeente naar mijn nieuwe inkomen kijkt.",
            "De aanvraag wordt opnieuw beoordeeld met de nieuwe loonstroken.",
            "Vraag bij een afwijzing of het inkomen recent is veranderd.",
        ),
    ],
    "wmo-zorg": [
        (
            "Zorg en welzijn",
            "Mijn huishoudelijke hulp is zonder gesprek van vier naar twee uur gegaan.",
            "Ik wil een gesprek over wat ik echt nodig heb.",
            "Er komt een keukentafelgesprek met de consulent.",
            "Verander een indicatie niet zonder gesprek.",
        ),
        (
            "Zorg en welzijn",
            "De traplift is al vier maanden toegezegd maar nog niet geplaatst.",
            "Ik wil weten wanneer de traplift komt.",
            "De leverancier krijgt een deadline van de gemeente.",
            "Volg toegezegde voorzieningen tot ze geplaatst zijn.",
        ),
    ],
    "jeugd": [
        (
            "Jeugd en onderwijs",
            "Mijn zoon staat al maanden op de wachtlijst voor jeugdhulp.",
            "Ik wil overbruggingshulp tot hij terecht kan.",
            "Het wijkteam regelt overbruggingshulp.",
            "Bied overbrugging aan bij lange wachtlijsten.",
        ),
        (
            "Jeugd en onderwijs",
            "Het leerlingenvervoer voor mijn dochter is stopgezet zonder brief.",
            "Ik wil dat het vervoer doorgaat tot er een besluit is.",
            "Het vervoer loopt door tot het nieuwe besluit.",
            "Stuur altijd eerst een besluit.",
        ),
    ],
    "werk-en-inkomen": [
        (
            "Werk en inkomen",
            "Mijn bijstandsuitkering is stopgezet omdat een formulier niet zou zijn ontvangen.",
            "Ik wil dat mijn uitkering weer wordt betaald.",
            "De uitkering wordt met terugwerkende kracht betaald.",
            "Bel eerst voordat een uitkering wordt stopgezet.",
        ),
        (
            "Werk en inkomen",
            "Ik moet een groot bedrag terugbetalen en kan dat niet in één keer.",
            "Ik wil een betalingsregeling.",
            "Er komt een betalingsregeling van 50 euro per maand.",
            "Noem de mogelijkheid van een regeling in de eerste brief.",
        ),
    ],
    "afval": [
        (
            "Afval en reiniging",
            "Onze straat wordt al drie weken niet geleegd.",
            "Ik wil dat het afval weer wordt opgehaald.",
            "De route wordt aangepast en gecontroleerd.",
            "Controleer routes na een wijziging.",
        ),
        (
            "Afval en reiniging",
            "Mijn aanvraag voor een extra container is kwijtgeraakt.",
            "Ik wil de container en een antwoord.",
            "De container wordt binnen twee weken geleverd.",
            "Bevestig elke aanvraag met een nummer.",
        ),
    ],
    "openbare-ruimte": [
        (
            "Openbare ruimte",
            "De stoep voor mijn huis is al maanden kapot en ik loop met een rollator.",
            "Ik wil dat de stoep wordt hersteld.",
            "De stoep wordt binnen vier weken hersteld.",
            "Geef meldingen van mensen met een beperking voorrang.",
        ),
        (
            "Openbare ruimte",
            "Een boom bij ons huis neemt al het licht weg en er gebeurt niets met mijn melding.",
            "Ik wil dat de boom wordt gesnoeid.",
            "De boom wordt in het snoeiprogramma opgenomen.",
            "Laat weten wat er met een melding gebeurt.",
        ),
    ],
    "vergunningen": [
        (
            "Vergunningen",
            "Mijn aanvraag voor een dakkapel ligt al veertien weken stil.",
            "Ik wil weten waar mijn aanvraag blijft.",
            "De behandelaar neemt binnen een week een besluit.",
            "Meld vertraging voordat de termijn voorbij is.",
        ),
        (
            "Vergunningen",
            "De buren bouwen een schuur zonder dat wij iets hebben gehoord.",
            "Ik wil uitleg over de regels.",
            "De afdeling legt de regels uit in een gesprek.",
            "Informeer buren bij vergunningvrij bouwen.",
        ),
    ],
    "burgerzaken": [
        (
            "Burgerzaken",
            "Ik kan pas over acht weken een afspraak maken voor een nieuw paspoort, maar ik reis over drie weken.",
            "Ik wil eerder terecht.",
            "Er wordt een spoedafspraak ingepland.",
            "Maak spoedafspraken zichtbaar op de website.",
        ),
        (
            "Burgerzaken",
            "Mijn inschrijving op mijn nieuwe adres is niet verwerkt.",
            "Ik wil dat mijn adres klopt.",
            "De inschrijving wordt binnen drie dagen verwerkt.",
            "Stuur een bevestiging van elke adreswijziging.",
        ),
    ],
    "dienstverlening": [
        (
            "Klantcontactcentrum",
            "Ik heb vijf keer gebeld en word steeds doorverbonden zonder antwoord.",
            "Ik wil één vast contactpersoon.",
            "De teamleider belt terug en blijft contactpersoon.",
            "Geef bij herhaald bellen één vast aanspreekpunt.",
        ),
        (
            "Klantcontactcentrum",
            "Mijn brief van maart is nooit beantwoord.",
            "Ik wil een antwoord op mijn brief.",
            "De afdeling stuurt binnen twee weken een antwoord.",
            "Registreer elke brief met een termijn.",
        ),
    ],
}

TITLES = {
    "parkeren": ["Parkeervergunning voor een leaseauto", "Naheffing ondanks aangemelde bezoeker"],
    "belastingen": ["WOZ-waarde hoger dan bij de buren", "Kwijtschelding na een lager inkomen"],
    "wmo-zorg": ["Huishoudelijke hulp verlaagd zonder gesprek", "Traplift laat maanden op zich wachten"],
    "jeugd": ["Lange wachtlijst voor jeugdhulp", "Leerlingenvervoer gestopt zonder besluit"],
    "werk-en-inkomen": ["Bijstandsuitkering gestopt om een formulier", "Betalingsregeling voor een terugvordering"],
    "afval": ["Container weken niet geleegd", "Aanvraag extra container kwijtgeraakt"],
    "openbare-ruimte": ["Kapotte stoep en een rollator", "Melding over een boom zonder reactie"],
    "vergunningen": ["Aanvraag voor een dakkapel ligt stil", "Uitleg over vergunningvrij bouwen"],
    "burgerzaken": ["Spoedafspraak voor een paspoort", "Verhuizing niet verwerkt"],
    "dienstverlening": ["Steeds doorverbonden zonder antwoord", "Brief nooit beantwoord"],
}

OFFICIALS = [
    ("J. Vermeulen", "teamleider"),
    ("S. el Amrani", "consulent"),
    ("P. de Graaf", "beleidsmedewerker"),
    ("M. Kowalski", "behandelaar"),
    ("R. Baldew", "teamleider"),
]
