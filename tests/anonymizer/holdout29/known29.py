"""The known file of holdout29: residents whose name holds a Dutch word also used in its ordinary sense."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pools29 as P
from core29 import Doc, Person
from shapes29 import CASES, DEPTS, cap, cue_case, dob_phrase, gdom

# (word, particle or None, kind "sur"/"first", two ordinary phrases holding the word in lower case)
WORDS = [
    ("Mol", "de", "sur", "een mol in het gazon", "de mol onder de heg"),
    ("Kalf", None, "sur", "het kalf van de kinderboerderij", "een kalf in de wei"),
    ("Os", "van", "sur", "sterk als een os", "de os op het erf"),
    ("Valk", "de", "sur", "een valk boven de haven", "de valk op de lantaarnpaal"),
    ("Kuiken", None, "sur", "het kuiken uit het ei", "een kuiken in de schuur"),
    ("Mossel", None, "sur", "een mossel op de steiger", "de mossel aan de kademuur"),
    ("Kreeft", None, "sur", "de kreeft in het aquarium", "rood als een kreeft"),
    ("Haring", None, "sur", "een haring met uitjes", "de haring van de viskar"),
    ("Baars", None, "sur", "een baars in de vijver", "de baars aan de hengel"),
    ("Bot", None, "sur", "een bot in de tuinaarde", "tot op het bot"),
    ("Zalm", "van der", "sur", "een zalm uit de rookoven", "de zalm in het koelvak"),
    ("Vos", "de", "sur", "een vos bij het kippenhok", "de vos in het duin"),
    ("Hert", "de", "sur", "een hert op de weg", "het hert in het bos"),
    ("Gans", None, "sur", "een gans op het water", "de gans bij de vijver"),
    ("Duif", None, "sur", "een duif op het dak", "de duif in de dakgoot"),
    ("Wal", "van der", "sur", "aan de wal", "de wal langs de gracht"),
    ("Pont", None, "sur", "de pont over het kanaal", "met de pont naar de overkant"),
    ("Kade", "van der", "sur", "op de kade", "de kade bij de sluis"),
    ("Steiger", None, "sur", "de steiger bij de woonboot", "een steiger van planken"),
    ("Mast", None, "sur", "de mast van het schip", "een mast op de boot"),
    ("Zeil", "van", "sur", "een zeil over de caravan", "het zeil van de boot"),
    ("Plas", "van der", "sur", "een plas op de vloer", "de plas achter het park"),
    ("Zee", "van der", "sur", "een dag aan zee", "de zee bij het strand"),
    ("Oever", "van den", "sur", "langs de oever", "de oever van de rivier"),
    ("Dam", "van", "sur", "de dam in de sloot", "over de dam"),
    ("Bron", "de", "sur", "de bron van het probleem", "een bron in de tuin"),
    ("Put", "van de", "sur", "in de put", "de put bij de schuur"),
    ("Kolk", "van der", "sur", "de kolk bij de sluis", "een kolk in de rivier"),
    ("Winter", "de", "sur", "deze winter", "de winter op het park"),
    ("Vorst", None, "sur", "bij strenge vorst", "de vorst in de leidingen"),
    ("Zwart", None, "sur", "een zwart busje", "het zwart geverfde hek"),
    ("Bruin", "de", "sur", "een bruin hondje", "het bruin geverfde hek"),
    ("Blauw", None, "sur", "een blauw zeiltje", "de blauw gestreepte tent"),
    ("Hoog", "de", "sur", "het water stond hoog", "te hoog voor de brug"),
    ("Sterk", None, "sur", "een sterk verhaal", "sterk genoeg om te tillen"),
    ("Zoet", None, "sur", "zoet water", "een zoet broodje"),
    ("Appel", None, "sur", "een appel voor onderweg", "de appel van de boom"),
    ("Noot", None, "sur", "een harde noot om te kraken", "een noot op de rand"),
    ("Hart", "de", "sur", "het hart van het dorp", "met een goed hart"),
    ("Voet", None, "sur", "te voet", "aan de voet van de dijk"),
    ("Kop", None, "sur", "een kop koffie", "de kop van de kade"),
    ("Baard", None, "sur", "een baard van drie dagen", "met zijn baard"),
    ("Hoed", None, "sur", "een hoed op", "de hoed van de schipper"),
    ("Mantel", None, "sur", "haar mantel over de stoel", "een mantel tegen de kou"),
    ("Bijl", None, "sur", "een bijl in de schuur", "met de bijl"),
    ("Nagel", None, "sur", "een nagel in de band", "de nagel van haar duim"),
    ("Goud", None, "sur", "een ketting van goud", "goud waard"),
    ("Hoorn", None, "sur", "de hoorn van de telefoon", "op de hoorn blazen"),
    ("Slot", None, "sur", "een slot op de deur", "het slot van de fiets"),
    ("Molen", "van der", "sur", "de molen aan de dijk", "een molen op het erf"),
    ("Tuin", "van der", "sur", "in de tuin", "de tuin achter het chalet"),
    ("Hof", "van 't", "sur", "een hof met bankjes", "het hof achter de kerk"),
    ("Horst", "ter", "sur", "de horst van de buizerd", "een horst in de populier"),
    ("Heuvel", "van den", "sur", "op de heuvel", "een heuvel achter het park"),
    ("Hoek", "van der", "sur", "om de hoek", "in de hoek van het terrein"),
    ("Kamp", "van de", "sur", "het kamp aan de rand van de stad", "een kamp voor de kinderen"),
    ("Brink", "van den", "sur", "op de brink", "de brink van het dorp"),
    ("Kraan", None, "sur", "de kraan in de keuken", "een kraan op de bouwplaats"),
    ("Pot", None, "sur", "een pot verf", "de pot met geld"),
    ("Hout", "van", "sur", "een stapel hout", "een vlonder van hout"),
    ("Steen", None, "sur", "een steen door de ruit", "de steen bij de deur"),
    ("Wind", "de", "sur", "de wind draaide", "tegen de wind in"),
    ("Rem", None, "first", "op de rem", "de rem van de fiets"),
    ("Lauw", None, "first", "lauw water", "een lauw onthaal"),
]


def resident(d: Doc, entry) -> Person:
    r = d.r
    word, part, kind = entry[0], entry[1], entry[2]
    if kind == "sur":
        p = Person(r, origin=r.choice(["dutch", "dutch", "frisian", "limburg", "dutch_part"]), sur=word, part=part)
        if r.random() < 0.25 and part:
            p.part = part if r.random() < 0.5 else None
    else:
        p = Person(r, origin=r.choice(["frisian", "dutch"]), gender="M")
        p.first = word
    p.nick = None
    d.people.append(p)
    return p


def known_doc(d: Doc, n: int, entry):
    r = d.r
    a = resident(d, entry)
    ph1, ph2 = entry[3], entry[4]
    known = {"names": [a.full()]}
    shape = n % 10
    med, o = d.new(), d.new()
    full = d.n(a, "full")
    later = d.n(a, "title") if entry[2] == "sur" else d.n(a, "first")
    k1 = d.k(ph1)
    k2 = d.k(ph2) if r.random() < 0.5 else None
    em = ph = None
    if r.random() < 0.3:
        em = d.mail(a)
        known["emails"] = [em]
    if r.random() < 0.3:
        ph = d.tel()
        known["phones"] = [ph]
    contact = (f" ({em})" if em else "") + (f", tel. {ph}" if ph else "")
    if shape == 0:  # mooring note
        t = (
            f"{d.k('Ligplaats')} {d.k('notitie')} – {cue_case(d)}\n{full}{contact} woont op een woonschip aan de "
            f"{d.street_only()}. Bij de schouw zagen we {k1}. {later} wil dat {d.n(o, 'full')} van "
            f"{d.kk(*DEPTS)} langskomt."
        )
    elif shape == 1:  # waiting list row
        t = (
            f"| nr | naam | geb. | opmerking |\n|---|---|---|---|\n| {r.randint(1, 40)} | {d.n(a, 'surfirst')} | "
            f"{d.dob()} | wacht op {d.k('standplaats')} |\n\n{d.k('Notitie')}: {full}{contact} vertelde over {k1}. "
            f"{later} staat al {d.k(str(r.randint(4, 19)) + ' jaar')} op de lijst."
        )
    elif shape == 2:  # towing complaint
        t = (
            f"{d.k('Klacht')} {d.k('wegslepen')} – {d.k('kenteken')} {d.plate()}\nIk, {full}{contact}, vond mijn auto "
            f"niet terug. Er lag alleen nog {k1} op de plek. {d.k('Handhaver')} {d.n(o, 'ini')} zegt dat het bord er "
            f"stond. {later} wil de {d.k('kosten')} terug."
        )
    elif shape == 3:  # found register
        t = (
            f"{d.k('Gevonden voorwerpen')} {case_line(d)}\n{d.k('Eigenaar')}: {d.n(a, 'caps')}\n"
            f"{d.k('Omschrijving')}: {d.k('sleutelbos')}, gevonden bij {k1}.\n{d.k('Opgehaald')} door {full}{contact} "
            f"op {d.date()}; {later} gaf {d.k('vindersloon')} aan {d.n(o, 'full')}."
        )
    elif shape == 4:  # veterans' intake
        t = (
            f"{d.k('Veteranenloket')}\n{d.k('Naam')}: {full}, {dob_phrase(d)}{contact}\n{later} praat graag over "
            f"{k1}, minder over {d.k(r.choice(['Uruzgan', 'Libanon', 'Bosnië']))}. {d.k('Bemiddelaar')} "
            f"{d.n(med, 'full')} belt terug op {d.date()}."
        )
    elif shape == 5:  # roster with a problem
        t = (
            f"{d.k('Brandweerpost')} – {d.k('knelpunt')}\n{d.k('Manschap')} {full}{contact} kan door het werk niet "
            f"altijd uitrukken. {d.k('Bij')} de oefening ging het over {k1}. {d.k('Postcommandant')} "
            f"{d.n(o, 'title')} praat met {later}."
        )
    elif shape == 6:  # park decision with initials and DOB
        t = (
            f"{d.k('Beschikking')} {d.k('permanente bewoning')} – {cue_case(d)}\n{d.k('Aan')}: {d.n(a, 'ini')}, "
            f"{d.k('Kavel')} {r.randint(1, 200)}, {d.k(r.choice(P.PARKS))}\n{d.k('Geboren')}: {d.dob()}\n\n"
            f"{full}{contact} mag blijven wonen. Het chalet heeft {k1}; {later} moet dat voor {d.date()} oplossen."
        )
    elif shape == 7:  # chat
        t = (
            f"[{r.randint(1, 28):02d}-0{r.randint(1, 9)}-26 {r.randint(8, 22):02d}:{r.randint(10, 59)}] "
            f"{full}: hebben jullie {k1} gezien?\n[{r.randint(1, 28):02d}-0{r.randint(1, 9)}-26 "
            f"{r.randint(8, 22):02d}:{r.randint(10, 59)}] {d.n(o, 'first')}: ja, bij de {d.k('beheerder')}. "
            f"{later} moet even bellen{contact}."
        )
    elif shape == 8:  # AED thanks letter
        t = (
            f"{d.k('Beste')} {d.n(a, 'first')},\n\nDankzij jou kreeg {d.n(o, 'full')} op tijd hulp. Je stond net bij "
            f"{k1} toen het alarm kwam. {d.k('Burgerhulpverlener')} {full}{contact}: bedankt!\n\n"
            f"{d.n(med, 'full')}, {d.k('coördinator')} {d.k('HartslagNu')}"
        )
        if entry[2] == "sur":
            t += f"\n\nPS {later} krijgt de {d.k('oorkonde')} op {d.date()}."
    else:  # mediator's case note with the control question
        t = (
            f"## {d.k('Casusnotitie')}\n{full}{contact} vroeg om {d.k('afstemming')} over {k1}. "
            f"{d.n(med, 'full')} sprak met {d.n(o, 'full')} ({d.mail(o, gdom(d))}). {d.k('Controlevraag')}: "
            f"'Is alles besproken, {later}?' – 'Ja.' {cap(cue_case(d))}."
        )
    if k2:
        t += f"\nPS: en dan was er nog {k2}."
    if r.random() < 0.4 and entry[2] == "sur":
        t += f"\n\n{d.k('Ondertekend')}: {d.n(a, r.choice(['full', 'ini', 'caps']))}"
    # ensure the word also stands in an annotated PERSON item: it does, via full
    return t, known


def case_line(d: Doc) -> str:
    return d.case(d.r.choice(CASES))
