"""Generate the eighth own shapes corpus, ``shapes8.jsonl``: person names whose problem is the name form or the
sentence around it (issue 10, round six).

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora9

Standard library only, deterministic (seed 20261203), own names, streets and sentences (no name part of the shared
dev files: ``test_shapes8_repeats_no_dev_name``). Families (``family`` in each document's id):

- ``minutes``: meeting minutes and logs where a person stands as bare capital initials before a colon or a verb
  ("2. W.O.: navragen", "3/5: A.D. belt opnieuw"), also initials that look like an abbreviation;
- ``lowinit``: a lower-case initial with a lower-case surname ("cc: e. rijpkema", "mr. b. oduro", "m. van 't erve");
- ``verbatim``: a literal transcript whose speaker labels are a surname in capitals beside a role ("BEWONER:"),
  also a surname that is an ordinary word;
- ``brackets``: a name in brackets right before the colon of a chat or message line ("Medewerker (Yodit):");
- ``subject``: a name nobody lists, as the subject after "dat" ("zegt dat Tariku sinds de verhuizing ..."), also
  with a surname and before "van Team ...";
- ``months``: first names that are months ("Juni Rijpkema", "de kinderen Daan (7) en Juli (10)", "Junis dochter");
- ``lowerchat``: lower-case names in chat: a listed first name that is a word as the subject of a verb of speech
  ("ff een vraagje: flora zei ..."), a self-introduction with particles, two unknown words before a verb;
- ``particles``: a "van <place>" surname whose ending a department also has, after a first name ("Wilco van
  Oudkerk", "Yodit van Noordwijk (Woonbedrijf)");
- ``capsblock``: an address block in capitals, its name line also a month or a word ("JULI KNOL⏎...⏎8012  KL  ASSEN");
- ``behalf``: what must stay: the body on whose behalf a named person came ("Namens Woonvast was ... aanwezig") and
  the committee after a full name ("Dagmar Ziengs van de bewonerscommissie vraagt ...");
- ``bodies``: what must stay: an employer or landlord ("werkt bij Woonvast en meneer bij Thuiskade"), a body joined to
  a body, "Ondergetekende", a role ("Statushouder"), a place after "vanuit" or a place name with "aan de", the adjective
  of a place ("Leidse kaas"), a clause after a dash ("-- Vanaf mei");
- ``parties``: particles of other languages before a surname ("wethouder dos Anjos"), the first word of an enumerated
  party that is a word ("1. Kalf Dijkman, wonend ..."), a lower-case name after a relation ("mijn dochter juli zit");
- ``speakers``: a surname that is a word after a capital particle before a verb of speech ("De Muis vraagt"), an
  unlisted first name before a verb of understanding ("Yodit begreep de brief niet"), a name opening the line after a
  record that ends in a postcode;
- ``doubles``: a name in the genitive and then bare ("Muiss buurman ... zonder dat Muis ..."), a surname with the
  infix "A" ("Tsang A Loi"), a double surname glued to a particle ("Dijkman-ter Schure");
- ``teams``: a name after "naar" right before "van het Team ..." ("shoutout naar Zawadi van het Wijkteam Noord");
- ``neighbours``: a lower-case word after "mijn buurvrouw" before a verb of speech, a capitalised particle before a
  surname in the genitive ("El Ghazalis buurvrouw"), a lower-case glued surname after a name ("met Yodit al-hamdani").

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.anonymizer.corpora.score import leaked

OUT = Path(__file__).resolve().parent / "shapes8.jsonl"

FIRST = ["Tjalling", "Gerbrich", "Mehmetcan", "Thuy", "Baptiste", "Hilke", "Doutzen", "Wilco", "Gerlinde", "Anouschka",
         "Roelof", "Ysbrand", "Ilonka", "Rinse", "Dagmar", "Ardan"]  # fmt: skip
UNLISTED = ["Yodit", "Tariku", "Amadou", "Nyokabi", "Teklit", "Olusola", "Makeda", "Zawadi", "Ysbrand", "Gerbrich"]
SUR = ["Dijkman", "Oduro", "Ziengs", "Bakkenes", "Hofsteenge", "Jovanović", "Rijpkema", "Ekström", "Wubbolts",
       "Gerritsma", "Aydemir", "Heeringa", "Smits", "Havik", "Wigboldus", "Lanting"]  # fmt: skip
WORD_SUR = ["Muis", "Beuk", "Kalf", "Schouw", "Knol", "Wilg"]
PARTICLE_SUR = ["van Wieringen", "ter Schure", "van 't Erve", "de Vlieger", "van der Laars", "ten Hagen"]
MONTH_NAMES = ["Juni", "Juli", "April", "Augustus"]
TEAMS = ["Team Wonen", "Team Inkomen", "Afdeling Burgerzaken", "Sociaal Team Noord", "Team Leerplicht"]
SCHEMES = ["huurtoeslag", "kwijtschelding", "bijzondere bijstand", "parkeervergunning", "leerlingenvervoer"]
# capital initials that are also common abbreviations ("a.d.", "m.r.", "p.p."): a person when a verb follows
ABBREV_INITIALS = ["A.D.", "M.R.", "P.P.", "W.A.", "D.D."]


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {
        "id": f"s8-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in pii],
        "keep": keep,
    }


def _two(r: random.Random) -> tuple[str, str]:
    a, b = r.sample(SUR, 2)
    return a, b


def minutes(r: random.Random, n: int) -> dict:
    f1, f2 = r.sample(FIRST, 2)
    s1, s2 = _two(r)
    i1, i2 = f"{f1[0]}.{s1[0]}.", f"{f2[0]}.{s2[0]}."
    team = r.choice(TEAMS)
    scheme = r.choice(SCHEMES)
    if n % 3 == 0:
        text = (
            f"Notulen werkoverleg {r.randint(2, 27)} mei, {team}\n"
            f"Aanwezig: {f1[0]}. {s1}, {f2[0]}. {s2}, GGD\n"
            f"1. {i1}: belt de aanvrager over de {scheme}\n"
            f"2. {i2}: stukken opvragen, daarna afsluiten\n"
            f"3. wvttk: niets"
        )
        pii = [(f"{f1[0]}. {s1}", "PERSON"), (f"{f2[0]}. {s2}", "PERSON"), (i1, "PERSON"), (i2, "PERSON")]
        return _doc("minutes", n, text, pii, [team, scheme, "wvttk"])
    if n % 3 == 1:
        ab = ABBREV_INITIALS[n % len(ABBREV_INITIALS)]
        text = (
            f"Contactlog {scheme}\n"
            f"{r.randint(1, 28)}/3: {ab} belt opnieuw, nog steeds geen bericht.\n"
            f"{r.randint(1, 28)}/4: {ab} mailt de bankafschriften.\n"
            f"{r.randint(1, 28)}/5: {ab} tevreden, dossier gesloten."
        )
        return _doc("minutes", n, text, [(ab, "PERSON")], [scheme, "bankafschriften"])
    text = (
        f"Actielijst {team}\n"
        f"- {i1}: brief over {scheme} nakijken\n"
        f"- {i2}: terugbellen voor vrijdag\n"
        f"- allen: agenda volgende keer"
    )
    return _doc("minutes", n, text, [(i1, "PERSON"), (i2, "PERSON")], [team, scheme, "agenda"])


def lowinit(r: random.Random, n: int) -> dict:
    s1, s2 = _two(r)
    l1 = f"{r.choice('bdeghklmrstw')}. {s1.lower()}"
    team = r.choice(TEAMS)
    scheme = r.choice(SCHEMES)
    k = n % 4
    if k == 0:
        text = (
            f"Interne memo\nBetreft: bezwaar {scheme}\nKopie aan: {l1} ({team}), Juridische Zaken\n"
            f"De aanvrager heeft de brief niet ontvangen."
        )
        return _doc("lowinit", n, text, [(l1, "PERSON")], [scheme, "Juridische Zaken"])
    if k == 1:
        text = (
            f"Geachte heer, mevrouw,\n\nNamens mijn cliënt maak ik bezwaar tegen het besluit over de {scheme}.\n\n"
            f"Met vriendelijke groet,\nmr. {l1}"
        )
        return _doc("lowinit", n, text, [(l1, "PERSON")], [scheme, "bezwaar", "Namens"])
    if k == 2:
        ps = r.choice(PARTICLE_SUR)
        l2 = f"{r.choice('fjnpv')}. {ps.lower()}"
        text = (
            f"melding losliggende stoeptegels, melder {l1} wil dat het voor de winter gemaakt wordt. "
            f"kopie naar {l2} en {team}."
        )
        return _doc("lowinit", n, text, [(l1, "PERSON"), (l2, "PERSON")], ["stoeptegels", team])
    text = f"Beschikking {scheme}\nDatum {r.randint(1, 28)} maart 2026\nBehandeld door {l1}\nUw aanvraag is toegekend."
    return _doc("lowinit", n, text, [(l1, "PERSON")], [scheme, "toegekend"])


def verbatim(r: random.Random, n: int) -> dict:
    sur = (WORD_SUR if n % 2 else SUR)[n % 6]
    caller = f"{r.choice(FIRST)} {r.choice([s for s in SUR if s != sur])}"
    scheme = r.choice(SCHEMES)
    lab = sur.upper()
    text = (
        "Gespreksverslag (woordelijk)\n"
        f"{lab}: Goedemorgen, u spreekt met {sur}.\n"
        f"BEWONER: Ja, met {caller}, ik bel over de {scheme}.\n"
        f"{lab}: Wat is er precies gebeurd?\n"
        "BEWONER: Ik heb nooit een besluit gekregen."
    )
    return _doc("verbatim", n, text, [(sur, "PERSON"), (caller, "PERSON")], [scheme, "BEWONER"])


def brackets(r: random.Random, n: int) -> dict:
    first = r.choice(UNLISTED)
    other = f"{r.choice(FIRST)} {r.choice(SUR)}"
    scheme = r.choice(SCHEMES)
    k = n % 3
    if k == 0:
        text = (
            f"Webchat {r.randint(9, 21)}:{r.randint(10, 59)}\n"
            f"Bezoeker: goedenavond, ik ben {other} en ik heb een vraag over de {scheme}\n"
            f"Medewerker ({first}): goedenavond, ik help u graag. Wat is uw vraag?"
        )
        return _doc("brackets", n, text, [(first, "PERSON"), (other, "PERSON")], [scheme, "Bezoeker"])
    if k == 1:
        phone = f"06-{r.randint(10000000, 99999999)}"
        text = f"bericht van {phone} ({first}): lukt donderdag ook? groet\nantwoord {other}: ja hoor, zelfde tijd"
        return _doc("brackets", n, text, [(first, "PERSON"), (phone, "PHONE"), (other, "PERSON")], ["donderdag"])
    text = (
        f"Klantcontact {scheme}\nBeller ({first}): ik wacht al zes weken\n"
        f"Consulent ({other.split()[0]}): ik zoek het voor u uit"
    )
    return _doc("brackets", n, text, [(first, "PERSON"), (other.split()[0], "PERSON")], [scheme, "Consulent"])


def subject(r: random.Random, n: int) -> dict:
    first = UNLISTED[n % len(UNLISTED)]
    teller = f"{r.choice(FIRST)} {r.choice(SUR)}"
    team = r.choice(TEAMS)
    scheme = r.choice(SCHEMES)
    k = n % 4
    if k == 0:
        text = f"{teller} vertelt dat {first} sinds de scheiding niet meer naar school gaat. Zorg bij de {scheme}."
        return _doc("subject", n, text, [(teller, "PERSON"), (first, "PERSON")], [scheme, "scheiding"])
    if k == 1:
        text = f"Afgesproken is dat {first} voortaan zelf de post openmaakt en dat {team} meekijkt bij de {scheme}."
        return _doc("subject", n, text, [(first, "PERSON")], [team, scheme])
    if k == 2:
        sur = r.choice(SUR)
        text = f"De ondernemer zegt dat {first} {sur} van {team} iets anders heeft toegezegd over de {scheme}."
        return _doc("subject", n, text, [(f"{first} {sur}", "PERSON")], [team, scheme])
    text = f"Buurvrouw {teller} denkt dat {first} van de overkant er meer van weet. {team} gaat langs."
    return _doc("subject", n, text, [(teller, "PERSON"), (first, "PERSON")], [team, "overkant"])


def months(r: random.Random, n: int) -> dict:
    month = MONTH_NAMES[n % len(MONTH_NAMES)]
    sur = r.choice(SUR)
    scheme = r.choice(SCHEMES)
    k = n % 3
    if k == 0:
        second = f"{month}s zoon helpt" if not month.endswith("s") else f"{month} zegt dat haar zoon helpt"
        poss = f"{month}s" if not month.endswith("s") else month
        text = (
            f"{month} {sur} vraagt of de {scheme} vanaf september kan ingaan. In maart is al een voorschot betaald. "
            f"{second} met de formulieren."
        )
        return _doc("months", n, text, [(f"{month} {sur}", "PERSON"), (poss, "PERSON")], [scheme, "september"])
    if k == 1:
        kid = r.choice(FIRST)
        text = (
            f"Burenruzie: de kinderen {kid} ({r.randint(5, 9)}) en {month} ({r.randint(10, 14)}) van de familie "
            f"{sur} spelen elke middag op het parkeerterrein. Voorstel: gesprek in het buurthuis."
        )
        return _doc("months", n, text, [(kid, "PERSON"), (month, "PERSON"), (sur, "PERSON")], ["parkeerterrein"])
    a, b = r.sample(FIRST, 2)
    bs, ms = r.choice([s for s in SUR if s != sur]), r.choice(WORD_SUR)
    text = (
        f"Uitnodiging: overleg {scheme}\ndinsdag 14 april, 10:00\n"
        f"Vereist: {a} {sur}; {b} {bs}, {month} {ms}\nOptioneel: {r.choice(TEAMS)}"
    )
    pii = [(f"{a} {sur}", "PERSON"), (f"{b} {bs}", "PERSON"), (f"{month} {ms}", "PERSON")]
    return _doc("months", n, text, pii, [scheme, "Optioneel"])


WORD_FIRST = ["flora", "viola", "ester", "joep", "trees", "mila", "ruby", "rein"]
UNKNOWN_PAIRS = [("tesfalem", "gebru"), ("kidist", "worku"), ("adane", "tsegai")]
# surnames of "van <place>" kind whose ending a department also has ("-wijk", "-kerk")
WIJK_SUR = ["Beverwijk", "Noordwijk", "Oosterwijk", "Ravenswijk", "Oudkerk", "Nieuwkerk"]


def lowerchat(r: random.Random, n: int) -> dict:
    w = WORD_FIRST[n % len(WORD_FIRST)]
    team = r.choice(TEAMS)
    k = n % 5
    if k == 0:
        sig = r.choice(FIRST).lower()
        text = f"ff een vraagje: {w} zei vorige week dat het geregeld was maar ik heb nog niks gehoord. groetjes {sig}"
        return _doc("lowerchat", n, text, [(w, "PERSON"), (sig, "PERSON")], ["vraagje", "geregeld"])
    if k == 1:
        text = f"bij de speeltuin ligt weer glas, {w} is bang dat de kinderen zich snijden. graag opruimen"
        return _doc("lowerchat", n, text, [(w, "PERSON")], ["speeltuin", "opruimen"])
    if k == 2:
        sur = r.choice(SUR).lower()
        text = f"hoi ik heb gebeld met {w} {sur} van de gemeente en die zei dat ik moest mailen dus bij deze"
        return _doc("lowerchat", n, text, [(f"{w} {sur}", "PERSON")], ["mailen"])
    if k == 3:
        a, b = UNKNOWN_PAIRS[n % len(UNKNOWN_PAIRS)]
        text = f"LET OP: terugbellen graag!! ook {a} {b} wacht nog op antwoord van {team}"
        return _doc("lowerchat", n, text, [(f"{a} {b}", "PERSON")], [team, "antwoord"])
    ps = r.choice(PARTICLE_SUR).lower()
    text = f"beste mevrouw of meneer ik ben {w} {ps} en ik woon al twintig jaar in deze straat"
    return _doc("lowerchat", n, text, [(f"{w} {ps}", "PERSON")], ["twintig jaar"])


def particles(r: random.Random, n: int) -> dict:
    a, b = r.sample(FIRST, 2)
    team = r.choice(TEAMS)
    ws = WIJK_SUR[n % len(WIJK_SUR)]
    sur = r.choice(SUR)
    if n % 2 == 0:
        text = f"Verslag overleg\nAanwezig: {b} {sur} ({team})\nAfwezig: {a} van {ws}\nNotulist: {b} {sur}"
        return _doc("particles", n, text, [(f"{a} van {ws}", "PERSON"), (f"{b} {sur}", "PERSON")], [team])
    u = r.choice(UNLISTED)
    text = (
        f"Aanwezig: {b} {sur} (bewoner) en {u} van {ws} (Woonbedrijf), die de reparatie toezegt. "
        f"{team} houdt de vinger aan de pols."
    )
    return _doc("particles", n, text, [(f"{u} van {ws}", "PERSON"), (f"{b} {sur}", "PERSON")], [team, "Woonbedrijf"])


STREETS = ["Meidoornhage", "Berkenwaard", "Vlierbeslaan", "Kastanjegaarde", "Hulstkamp", "Wilgenroosstraat"]
TOWNS = ["ZWOLLE", "ASSEN", "EMMEN", "TIEL", "OSS", "VEENENDAAL"]


def capsblock(r: random.Random, n: int) -> dict:
    first = (MONTH_NAMES if n % 2 else FIRST)[n % 4].upper()
    sur = (WORD_SUR if n % 3 == 0 else SUR)[n % 6].upper()
    street = f"{r.choice(STREETS).upper()} {r.randint(2, 240)}"
    pc = f"{r.randint(1000, 9999)}{' ' * r.randint(1, 2)}{r.choice(['KL', 'TR', 'de', 'AB', 'xm'])}"
    head = "Aan de heer/mevrouw\n" if n % 4 == 2 else ""
    text = f"{head}{first} {sur}\n{street}\n{pc}  {r.choice(TOWNS)}\n\nBetreft: uw aanvraag {r.choice(SCHEMES)}"
    return _doc(
        "capsblock", n, text, [(f"{first} {sur}", "PERSON"), (street, "ADDRESS"), (pc, "POSTCODE")], ["Betreft"]
    )


CORPS = ["Woonvast", "Thuiskade", "Lindestede", "Portalis", "Havenrijk Wonen", "Eigen Erf"]
COMMITTEES = ["bewonerscommissie", "huurdersvereniging", "cliëntenraad", "buurtcommissie"]


def behalf(r: random.Random, n: int) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    if n % 2 == 0:
        corp = CORPS[n % len(CORPS)]
        text = (
            f"Namens {corp} was {first} {sur} aanwezig; {first} neemt de reparatie van de lekkage op zich. "
            f"De bemiddelaar legt de afspraak vast."
        )
        return _doc("behalf", n, text, [(f"{first} {sur}", "PERSON"), (first, "PERSON")], [corp, "lekkage"])
    com = COMMITTEES[n % len(COMMITTEES)]
    text = f"{first} {sur} van de {com} vraagt om een gesprek over de {r.choice(SCHEMES)}."
    return _doc("behalf", n, text, [(f"{first} {sur}", "PERSON")], [com])


ADJ = [("Leidse", "kaas"), ("Groninger", "koek"), ("Haarlemse", "bakker")]
TAIL_PLACES = ["Krimpen aan de Lek", "Koog aan de Zaan", "Ouderkerk aan den IJssel"]


def bodies(r: random.Random, n: int) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    corp, corp2 = r.sample(CORPS[:4], 2)
    k = n % 6
    if k == 0:
        text = f"Mevrouw werkt bij {corp} en meneer bij {corp2}. {first} {sur} belt over de {r.choice(SCHEMES)}."
        return _doc("bodies", n, text, [(f"{first} {sur}", "PERSON")], [corp, corp2])
    if k == 1:
        text = f"Contactpersoon bij {corp}: {first} {sur}, huismeester. De Sociale Dienst en {corp2} overleggen."
        return _doc("bodies", n, text, [(f"{first} {sur}", "PERSON")], [corp, corp2, "Sociale Dienst"])
    if k == 2:
        place = TAIL_PLACES[n % len(TAIL_PLACES)]
        text = f"Ondergetekende, {first} {sur}, wonende te {place}, verklaart dat de gegevens kloppen."
        return _doc("bodies", n, text, [(f"{first} {sur}", "PERSON")], ["Ondergetekende", place])
    if k == 3:
        u = r.choice(UNLISTED)
        text = f"Statushouder {u} {sur} wacht op gezinshereniging; hij kwam vanuit Bonaire en vanuit Aruba hierheen."
        return _doc("bodies", n, text, [(f"{u} {sur}", "PERSON")], ["Statushouder", "Bonaire", "Aruba"])
    if k == 4:
        adj, noun = ADJ[n % len(ADJ)]
        text = f"Mevrouw {sur} verkoopt op de markt {adj} {noun}; haar buurman klaagt over de geur."
        return _doc("bodies", n, text, [(sur, "PERSON")], [f"{adj} {noun}"])
    text = f"Behandeld: {first[0]}. {sur} -- Vanaf mei geldt de nieuwe regeling voor de {r.choice(SCHEMES)}."
    return _doc("bodies", n, text, [(f"{first[0]}. {sur}", "PERSON")], ["Vanaf mei"])


FOREIGN_SUR = ["dos Anjos", "da Cunha", "de la Fuente", "del Pino", "du Plessis", "di Stefano"]


def parties(r: random.Random, n: int) -> dict:
    sur = r.choice(SUR)
    k = n % 4
    if k == 0:
        fs = FOREIGN_SUR[(n // 4) % 2]
        role = r.choice(["wethouder", "mnr.", "consulent"])
        text = f"Omschrijving: {role} {fs} heeft toegezegd dat de {r.choice(SCHEMES)} binnen zes weken komt."
        return _doc("parties", n, text, [(fs, "PERSON")], ["zes weken"])
    if k == 1:
        word_first = ["Kalf", "Muis"][(n // 4) % 2]
        fs = FOREIGN_SUR[(n + 1) % len(FOREIGN_SUR)]
        text = (
            f"AFSPRAKEN\nPartijen:\n1. {word_first} {sur}, wonend te Assen, hierna: bewoner;\n"
            f"2. {r.choice(FIRST)} {fs}, consulent, namens de gemeente."
        )
        pii = [(f"{word_first} {sur}", "PERSON"), (fs, "PERSON")]
        return _doc("parties", n, text, pii, ["Partijen", "hierna"])
    if k == 2:
        w = ["juli", "wilg"][(n // 4) % 2]
        rel = r.choice(["mijn dochter", "haar zoon", "mijn zoon"])
        text = f"{rel} {w} zit thuis want het taxibusje komt niet, ik heb al drie keer gebeld"
        return _doc("parties", n, text, [(w, "PERSON")], ["taxibusje"])
    text = f"1. Bel de aanvrager terug\n2. Stuur {r.choice(FIRST)} {sur} de brief over de {r.choice(SCHEMES)}"
    return _doc("parties", n, text, [(text.split("Stuur ")[1].split(" de brief")[0], "PERSON")], ["Bel de aanvrager"])


def speakers(r: random.Random, n: int) -> dict:
    sur, first = r.choice(SUR), r.choice(UNLISTED)
    k = n % 4
    if k == 0:
        ws = WORD_SUR[n % len(WORD_SUR)]
        text = f"De {ws.lower()} in de tuin is gekapt. De {ws} vraagt of de gemeente een nieuwe boom plant."
        return _doc("speakers", n, text, [(ws, "PERSON")], ["tuin"])
    if k == 1:
        text = f"Mw. {sur} (44) uit Assen kreeg een terugvordering van EUR 120,00. {first} begreep de brief niet."
        return _doc("speakers", n, text, [(sur, "PERSON"), (first, "PERSON")], ["terugvordering"])
    if k == 2:
        pc = f"{r.randint(1000, 9999)} {r.choice(['kl', 'tr', 'ab'])}"
        mail = f"{sur.lower()}{r.randint(10, 99)}@example.nl"
        rec = f"{first.upper()} {sur.upper()};{mail};{pc}"
        text = f"naam;email;postcode\n{rec}\n{first} en haar buurvrouw dienen bezwaar in."
        pii = [(f"{first} {sur}".upper(), "PERSON"), (first, "PERSON"), (mail, "EMAIL"), (pc, "POSTCODE")]
        return _doc("speakers", n, text, pii, ["bezwaar"])
    ws = WORD_SUR[n % len(WORD_SUR)]
    text = f"Van der {ws} zegt dat de brief nooit is aangekomen."
    return _doc("speakers", n, text, [(f"Van der {ws}", "PERSON")], ["brief"])


A_NAMES = ["Tsang A Loi", "Ho A Kwie", "Liem A Kiem", "Sang A Jang"]


def doubles(r: random.Random, n: int) -> dict:
    k = n % 3
    if k == 0:
        ws = WORD_SUR[n % len(WORD_SUR)]
        text = (
            f"{ws}s buurman heeft een dakkapel gebouwd zonder dat {ws} daarover is geïnformeerd. "
            f"De vergunning ligt ter inzage."
        )
        return _doc("doubles", n, text, [(f"{ws}s", "PERSON"), (ws, "PERSON")], ["dakkapel", "vergunning"])
    if k == 1:
        an = A_NAMES[n % len(A_NAMES)]
        full = f"{an}-{r.choice(SUR)}" if n % 2 else f"{r.choice(UNLISTED)} {an}"
        text = f"Op de hoek staat een kapotte paal; {full} meldde dit via de app en vroeg om een reactie."
        return _doc("doubles", n, text, [(full, "PERSON")], ["kapotte paal"])
    sur = r.choice(SUR)
    ps = r.choice(["ter Schure", "van der Laars", "ten Hagen"])
    text = f"{sur}-{ps} is het niet eens met de hoogte van de eigen bijdrage voor de {r.choice(SCHEMES)}."
    return _doc("doubles", n, text, [(f"{sur}-{ps}", "PERSON")], ["eigen bijdrage"])


def teams(r: random.Random, n: int) -> dict:
    u = UNLISTED[n % len(UNLISTED)]
    team = r.choice(["Team Wonen", "Wijkteam Noord", "afdeling Burgerzaken", "Team Inkomen"])
    art = "de" if team.startswith("afdeling") else "het"
    if n % 2 == 0:
        text = f"shoutout naar {u} van {art} {team}!! eindelijk iemand die luistert #dankjewel"
    else:
        text = f"Ik ben gisteren naar {u} van {art} {team} gegaan en die heeft alles uitgelegd."
    return _doc("teams", n, text, [(u, "PERSON")], [team])


def neighbours(r: random.Random, n: int) -> dict:
    k = n % 3
    if k == 0:
        w = ["wilg", "kalf", "knol"][(n // 3) % 3]
        rel = r.choice(["mijn buurvrouw", "mijn buurman", "haar collega"])
        text = f"03/04/25, 09:02 - {r.choice(FIRST)}: {rel} {w} zegt dat de container weer niet geleegd is"
        return _doc(
            "neighbours", n, text, [(w, "PERSON"), (text.split(" - ")[1].split(":")[0], "PERSON")], ["container"]
        )
    if k == 1:
        sur = r.choice(["El Ghazali", "Al Hamdani", "Ben Salah"])
        text = f"Volgens de wijkagent was {sur}s buurvrouw die avond niet thuis. {r.choice(TEAMS)} gaat langs."
        return _doc("neighbours", n, text, [(f"{sur}s", "PERSON")], ["wijkagent"])
    first = r.choice(UNLISTED)
    sur = r.choice(["al-hamdani", "el-ghazali", "ben-salah"])
    text = f"hallo, met {first} {sur} hier. mijn dochter heeft gisteren gebeld maar niemand nam op."
    return _doc("neighbours", n, text, [(f"{first} {sur}", "PERSON")], ["gisteren"])


FAMILIES = (
    minutes,
    lowinit,
    verbatim,
    brackets,
    subject,
    months,
    lowerchat,
    particles,
    capsblock,
    behalf,
    bodies,
    parties,
    speakers,
    doubles,
    teams,
    neighbours,
)


def _check(d: dict) -> None:
    text = d["text"]
    for item in d["pii"]:
        assert item["text"] in text, (d["id"], item)
        assert leaked(item, text), (d["id"], item)
    blank = text
    for item in sorted(d["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    for item in d["pii"]:
        assert not leaked(item, blank), (d["id"], item)
    for w in d["keep"]:
        assert w.lower() in blank.lower(), (d["id"], w)


def generate() -> list[dict]:
    """The corpus: eight documents per family, deterministic."""
    r = random.Random(20261203)
    docs = [fam(r, n) for fam in FAMILIES for n in range(8)]
    for d in docs:
        _check(d)
    return docs


def main() -> None:
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
