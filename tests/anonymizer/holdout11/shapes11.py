"""The shapes of holdout11: templates (see core11's slot list) and functions of a ``Ctx``.

KB: a mediator's draft knowledge-base story in twelve voices. MESSAGES: mails and letters. MIXED: short texts
in many sentence shapes. KNOWN: the resident's name contains an ordinary Dutch word used in the same text.
"""

from __future__ import annotations

import random

import core11 as C
import pools11 as P


def build(shape, r: random.Random, did: str) -> dict:
    c = C.Ctx(r)
    res = shape(c) if callable(shape) else c.render(shape)
    known = None
    if isinstance(res, tuple):
        res, known = res
    return c.doc(did, res, known)


def pick(c: C.Ctx, *alts: str) -> str:
    return c.render(c.r.choice(alts))


def some(c: C.Ctx, pool: list[str], lo: int, hi: int, sep: str = " ") -> str:
    n = c.r.randint(lo, hi)
    return sep.join(c.render(t) for t in c.r.sample(pool, n))


# ====================================================================== KB (knowledge-base drafts)

TOPIC = (
    "{c:de afwijzing van een traplift|een terugvordering van bijstand|een boete voor een verkeerd aangeboden "
    "afvalzak|de weigering van een parkeervergunning|schimmel in een huurwoning|de kap van een boom in de "
    "achtertuin|het stopzetten van leerlingenvervoer|een geschil over een erfgrens|geluidsoverlast van een "
    "warmtepomp|een geweigerde urgentieverklaring}"
)


def _kb_people(c: C.Ctx) -> None:
    for L in "ABCMOP":
        c.person(L)


KB_TERSE = (
    """{c:Casus|Zaak|Dossier} {A.sur} – {k:afgerond}
Wie: {A.full} ({A.dob}), {B.first} ({B.kind}), {C.full} ({C.buur}).
Gem.: {O.full}, {O.fn}; {P.ini}, {dept}.
Kwestie: """
    + TOPIC
    + """.
Kern: {A.sur} voelde zich niet gehoord. {O.sur} wist niet dat er al een {k:bezwaar} liep.
Gesprek {date}, {place}, met {M.first} als {k:bemiddelaar}.
Citaat {A.first}: „{c:Ik wil alleen dat iemand terugbelt.|Ze lezen mijn brieven niet.|Zeg gewoon wat ik moet doen.}”
Afspraak: {O.sur} belt {A.tsur} op {A.phone} vóór {date}; {P.sur} checkt {case}.
Les: {k:eerst bellen}, dan pas schrijven.
– {M.ini}"""
)

KB_CHATTY = (
    """Oké, deze wil ik echt even delen, want hij zat me hoog!

Het begon met {A.full}. {A.Zij} belde me op een {k:dinsdagmiddag} helemaal overstuur: """
    + TOPIC
    + """. En eerlijk? Ik snapte {A.hem} meteen. {A.Haar} {B.kind} {B.full} was er ook bij en die zei \
letterlijk: "{c:Mijn moeder slaapt er al weken niet van.|We worden van het kastje naar de muur \
gestuurd.|Niemand neemt ons serieus.}"

Dus ik bel {O.full} van {dept}. Super aardige {O.fn} trouwens, maar {O.first} had de brief van {date} nooit \
gezien! Die lag nog bij {P.full}. Haha, klassiek.

We hebben toen met z'n vieren om tafel gezeten in {place}. {C.full} (de {C.buur}, woont op {C.addr}) kwam ook \
nog even binnenlopen, wat eerst spannend was maar uiteindelijk juist hielp.

Wat we hebben afgesproken:
- {P.first} zoekt uit of {A.first} toch recht heeft op {scheme}
- {O.first} belt {A.hem} persoonlijk terug ({A.phone})
- ik stuur iedereen een samenvatting

En ja hoor, twee weken later kreeg {A.tsur} een {k:toekenning}. Les voor mij: {c:gewoon de telefoon \
pakken|niet te lang wachten met escaleren|altijd vragen wie het dossier echt heeft}!

Groetjes, {M.first}"""
)

KB_FORMAL = (
    """Casusbeschrijving ten behoeve van de {k:kennisbank}

1. Aanleiding
Op {date} wendde {A.tfull}, wonende te {mytown}, {A.addr}, zich tot de afdeling Verzoek tot Afstemming in \
verband met """
    + TOPIC
    + """. Betrokkene gaf aan dat {A.zij} sinds maanden geen reactie ontving op {A.haar} {k:correspondentie} \
(registratienummer {case}).

2. Betrokkenen
Naast verzoeker waren betrokken: {B.full}, {B.kind} van verzoeker; {O.tfull}, {O.fn} bij {dept}; {P.tfull}, \
{P.fn}; en als {k:bemiddelaar} {M.full}.

3. Verloop
Na een oriënterend telefoongesprek met {O.tsur} is op {date} een gezamenlijk gesprek gevoerd. Verzoeker \
verklaarde: „{c:Ik heb het gevoel dat ik als fraudeur word behandeld.|Ik begrijp de brieven eenvoudigweg \
niet.|Het gaat mij niet om het geld, maar om de toon.}” {O.sur} erkende dat de communicatie tekort was geschoten.

4. Uitkomst
Partijen kwamen overeen dat {P.sur} de {k:beslissing} heroverweegt en dat verzoeker uiterlijk {date} \
schriftelijk bericht ontvangt. Het bedrag van {amount} wordt vooralsnog niet ingevorderd.

5. Lering
Vroegtijdig persoonlijk contact voorkomt {k:escalatie}. De casus is besproken in het {k:teamoverleg} van {dept}."""
)

KB_BULLETS = (
    """**{A.caps}** – """
    + TOPIC
    + """

* Bewoner: {A.full}, {A.addr}, {A.pc}
* Contact: {A.email} / {A.phone}
* Huisgenoten: {B.full} ({B.kind}), {D.first} (logeert af en toe)
* Buren: {C.full}, {E.full}
* Gemeente: {O.full} ({O.fn}), {P.full} ({P.fn})
* {k:Bemiddelaar}: {M.full}
* Kenmerk: {case}

Wat ging er mis
* brief van {date} kwam niet aan
* {O.sur} ging met {k:verlof}, niemand nam het over
* {A.first} kreeg een {k:aanmaning} van {amount}

Wat hielp
* één vast aanspreekpunt ({P.first})
* gesprek aan de keukentafel i.p.v. in {place}
* {C.first} als vertrouwenspersoon erbij

Afspraken
* {P.sur}: {k:herbeoordeling} vóór {date}
* {A.sur}: stukken aanleveren
* {M.first}: evaluatie na zes weken"""
)

KB_QA = (
    """V: Waar ging het over?
A: Over """
    + TOPIC
    + """. {A.tfull} uit {mytown} vond dat de gemeente {A.hem} niet serieus nam.

V: Wie zaten er aan tafel?
A: {A.sur} zelf, {A.haar} {B.kind} {B.first}, {O.full} als {O.fn} en {P.full} van {dept}. Ik ({M.full}) \
leidde het gesprek.

V: Wat was het moeilijkste moment?
A: Toen {B.first} zei: "{c:Jullie hebben mijn vader gewoon vergeten.|Dit is de vierde keer dat we ons verhaal \
doen.|Mijn moeder is geen nummer.}" Het werd even stil. {O.sur} heeft toen excuses gemaakt.

V: Wat is er afgesproken?
A: Dat {P.sur} het {k:dossier} ({case}) opnieuw bekijkt, dat {A.sur} één telefoonnummer krijgt ({kcc}) en dat \
{O.first} vóór {date} terugbelt.

V: En de buurman, {C.full}?
A: Die heeft een verklaring geschreven over de situatie aan de {A.street}. Dat gaf de doorslag.

V: Wat neem je mee?
A: {c:Vraag altijd door naar het echte probleem.|Een excuus kost niets.|Laat de bewoner zelf de agenda maken.}"""
)

KB_CHRONO = (
    """Tijdlijn casus {A.last} ("""
    + TOPIC
    + """)

{sdate} – {A.full} meldt zich via {gmail}.
{sdate} – {M.first} belt {A.tsur} terug op {A.phone}; {A.zij} is boos en teleurgesteld.
{sdate} – Overleg met {O.full} ({O.fn}). {O.sur} bevestigt dat {k:zaak} {case} stil lag.
{sdate} – Huisbezoek aan de {A.addr}. Aanwezig: {A.first}, {B.full}, {M.first}.
{sdate} – {C.full} ({C.buur}) belt: „{c:Ik wil ook gehoord worden.|Er is hier meer aan de hand dan u denkt.}”
{sdate} – Gesprek in {place} met {O.sur}, {P.full} en {A.sur}.
{sdate} – {P.sur} neemt een nieuwe {k:beslissing}; {amount} wordt teruggestort op {A.iban}.
{sdate} – Evaluatie. {A.first}: "{c:Eindelijk rust.|Ik ben blij, maar het duurde te lang.|Het had niet zo ver \
hoeven komen.}"

Les: houd een {k:logboek} bij vanaf dag één."""
)

KB_HEADINGS = (
    """# {c:Verhaal|Casus|Ervaring}: """
    + TOPIC
    + """

### Aanleiding
{A.full} ({A.dob}) woont sinds jaren aan de {A.street}. In {c:het voorjaar|de zomer|het najaar} ontving \
{A.zij} een brief met {k:kenmerk} {case}.

### Wie speelden een rol
{A.first}, {A.haar} {B.partner} {B.full}, {C.buur} {C.full}, {O.fn} {O.full} en {P.full} van {dept}.

### Het gesprek
Het gesprek vond plaats op {date}. {O.sur} opende met een {k:excuus}. {A.sur} antwoordde: „{c:Dat had ik een \
halfjaar geleden willen horen.|Fijn, maar wat gaat er nu veranderen?}”

### De afspraak
{P.sur} zorgt vóór {date} voor een nieuwe {k:beschikking}; {A.first} levert de ontbrekende stukken aan via {P.email}.

### Geleerd
{c:Leg afspraken schriftelijk vast.|Neem de bewoner mee in de tijdlijn.|Laat één persoon het contact houden.}

_{M.full}, {k:bemiddelaar}_"""
)

KB_FOOTNOTES = (
    """Een zaak die vooral over vertrouwen ging

{A.tfull}[1] kreeg op {date} een brief over """
    + TOPIC
    + """. {A.Zij} reageerde binnen een week, maar hoorde niets[2]. Toen {A.haar} {B.kind} {B.first} belde, \
kreeg {B.first} te horen dat het dossier was 'zoekgeraakt'.

Na een gesprek met {O.full}[3] bleek dat de brief bij een verkeerde afdeling lag. {O.sur} zorgde ervoor dat \
{P.full} de zaak alsnog oppakte. In het gesprek op {date} zei {A.sur}: "{c:Ik ben niet boos, ik ben \
moe.|Waarom moet ik alles drie keer uitleggen?}"

De afspraak: een nieuwe {k:beoordeling} binnen vier weken en een vast {k:aanspreekpunt}.

---
[1] Woonachtig {A.addr}, {A.pc} {mytown}; tel. {A.phone}.
[2] Zie {k:klachtnummer} {case}.
[3] {O.fn}, {dept}; {O.email}."""
)

KB_STORY = (
    """Het regent als {M.first} de {A.street} in fietst. Op nummer {n} wacht {A.full} al bij de deur. \
"{c:Koffie?|Kom binnen, het is hier een rommel.|U bent de eerste die langskomt.}"

Aan de keukentafel vertelt {A.first} over """
    + TOPIC
    + """. {A.Haar} {B.kind}, {B.full}, zit erbij en vult aan. Ze hebben alles bewaard: brieven, een \
{k:aanmaning}, het {k:bezwaarschrift}.

Een week later zit {M.first} met {O.full} ({O.fn}) en {P.full} in {place}. {P.sur} luistert lang en zegt dan: \
„{c:Hier hebben we steken laten vallen.|Dit had anders gemoeten.}”

De afloop is eenvoudig: {P.first} belt {A.tsur} zelf op, de {k:invordering} wordt opgeschort en {C.full}, de \
{C.buur} die steeds had geholpen, krijgt een bedankje.

Wat blijft hangen: {c:soms is luisteren het hele werk.|een brief is geen gesprek.|mensen willen vooral een naam.}"""
)

KB_INTERVIEW = (
    """„{c:Je moet de mens achter het dossier zien”|Het begon met één verkeerde brief”|Ik had nooit gedacht \
dat het zo snel kon”}, zegt {k:bemiddelaar} {M.full}.

{M.sur} begeleidde vorig jaar {A.tfull} uit {mytown}, die vastliep met """
    + TOPIC
    + """. „Meneer of mevrouw, dat maakt niet uit: iedereen wil gewoon weten waar hij aan toe is.”

Volgens {M.sur} was de doorbraak het gesprek met {O.full}, {O.fn} bij {dept}. „{O.first} durfde te zeggen dat \
het fout was gegaan. Daarna kon {A.first} ook weer luisteren.”

Ook {A.haar} {B.kind} {B.full} speelde een rol. „{B.first} hield alles bij in een schriftje. Dat hielp enorm \
bij de reconstructie van {k:dossier} {case}.”

De afspraak? {P.full} herziet het besluit en {A.sur} krijgt {amount} terug. „{c:Klein bedrag, groot \
verschil|Dat was niet eens het belangrijkste},” aldus {M.sur}."""
)

KB_LESSONS = (
    """Drie lessen uit de zaak-{A.last}

Les 1 – Bel eerst.
{A.full} stuurde vier brieven over """
    + TOPIC
    + """ voordat iemand de telefoon pakte. Toen {O.full} ({O.fn}) dat uiteindelijk deed, was het gesprek \
binnen tien minuten de-escalerend.

Les 2 – Betrek de familie.
{B.full}, {A.haar} {B.kind}, bleek de sleutel: {B.first} kon uitleggen waarom {A.first} de {k:formulieren} \
niet begreep.

Les 3 – Spreek één termijn af.
{P.full} beloofde een besluit vóór {date}. Dat werd gehaald; {A.sur} kreeg bericht op {A.email}.

(Verwerkt door {M.ini}; dossier {case}.)"""
)

KB_TABLE = (
    """Casusoverzicht – """
    + TOPIC
    + """

| Partij | Rol | Contact |
|---|---|---|
| {A.full} | bewoner | {A.phone} |
| {B.full} | {B.kind} | – |
| {C.full} | {C.buur} | {C.email} |
| {O.full} | {O.fn} | {O.email} |
| {P.full} | {P.fn} | {kcc} |

Samenvatting: {A.sur} voelde zich klem gezet tussen {dept} en {org}. Na het gesprek van {date} zegde {O.sur} \
toe de {k:termijn} op te schorten. {C.first} bevestigde dat de situatie aan de {A.street} al jaren speelde.

Uitspraak van {A.first}: "{c:Nu weet ik tenminste wie ik moet bellen.|Het voelde als een rechtszaak, maar het \
was een gesprek.}"

Uitkomst: {k:regeling} getroffen, {amount} kwijtgescholden. Les: {c:maak de tafel rond|noem namen in plaats \
van afdelingen|houd het klein}."""
)

KB_EXTRA = [
    "\n\nGegevens (niet publiceren): {A.full}, {A.gdob}, BSN {A.bsn}.",
    "\n\nDe boete betrof de auto met kenteken {A.plate}; die is inmiddels verkocht.",
    "\n\nRectificatie: de {k:terugbetaling} ging naar {A.iban} t.n.v. {A.ini}.",
    "\n\nNaschrift: {A.first} belde op {date} nog even om te bedanken.",
    "\n\n(Noot voor de redactie: bij publicatie de naam van {C.full} weglaten, {C.zij} wil anoniem blijven.)",
    "\n\nPS: de {k:vervolgafspraak} met {P.sur} staat op {date}.",
    "\n\nAanvulling {M.ini}: {A.tsur} is inmiddels verhuisd naar de {addr}.",
    "\n\nBijlage: verslag_{A.file}_{c:def|v2|concept}.docx",
]


def _kb(tpl: str):
    def f(c: C.Ctx) -> str:
        _kb_people(c)
        text = c.render(tpl)
        if c.r.random() < 0.45:
            text += c.render(c.r.choice(KB_EXTRA))
        return text

    return f


KB = [
    _kb(t)
    for t in (
        KB_TERSE,
        KB_CHATTY,
        KB_FORMAL,
        KB_BULLETS,
        KB_QA,
        KB_CHRONO,
        KB_HEADINGS,
        KB_FOOTNOTES,
        KB_STORY,
        KB_INTERVIEW,
        KB_LESSONS,
        KB_TABLE,
    )
]


# ====================================================================== MESSAGES (mails and letters)


def greet(c: C.Ctx, L: str, formal: bool | None = None) -> str:
    formal = c.r.random() < 0.5 if formal is None else formal
    if formal:
        return pick(
            c,
            f"Geachte {{{L}.gsur}},",
            f"Geachte {{{L}.gfull}},",
            f"Beste {{{L}.gsur}},",
            f"Goedemiddag {{{L}.gsur}},",
            f"Zeer geachte {{{L}.heer}} {{{L}.sur}},",
            f"Geachte heer/mevrouw {{{L}.sur}},",
            f"Beste {{{L}.ini}},",
        )
    return pick(
        c,
        f"Beste {{{L}.first}},",
        f"Hoi {{{L}.first}},",
        f"Hallo {{{L}.first}}!",
        f"Dag {{{L}.first}},",
        f"Hey {{{L}.first}}",
        f"Hi {{{L}.first}},",
        f"Goedemorgen {{{L}.first}},",
        f"Lieve {{{L}.first}},",
        f"{{{L}.first}},",
        f"Beste {{{L}.full}},",
    )


def close(c: C.Ctx, L: str, sig: bool = False) -> str:
    s = pick(
        c,
        f"Met vriendelijke groet,\n{{{L}.full}}",
        f"Groetjes,\n{{{L}.first}}",
        f"Mvg,\n{{{L}.ini}}",
        f"Hartelijke groet, {{{L}.first}}",
        f"Gr. {{{L}.first}}",
        f"Hoogachtend,\n\n{{{L}.tfull}}",
        f"Vriendelijke groeten\n\n{{{L}.full}}",
        f"-- \n{{{L}.first}}",
        f"Alvast bedankt!\n{{{L}.first}}",
        f"Groet,\n{{{L}.ini}}",
        f"M.v.g. {{{L}.full}}",
        f"Liefs, {{{L}.first}}",
        f"Met groet,\n{{{L}.sur}}",
    )
    if sig and c.person(L).official:
        s += c.render(
            c.r.choice(
                [
                    f"\n{{{L}.fn}} | {{dept}} | gemeente {{mytown}}\nT {{kcc}} | M {{{L}.mobile}}\nE {{{L}.email}}\n"
                    "Aanwezig: {k:ma, di en do}",
                    f"\n{{{L}.fn}}\n{{dept}}\nDirect: {{{L}.land}}\n{{{L}.email}}",
                    f"\n{{{L}.fn}}, {{dept}}\nBereikbaar via {{kcc}} of {{{L}.email}}",
                ]
            )
        )
    elif sig:
        s += c.render(
            c.r.choice(
                [
                    f"\n{{{L}.addr}}\n{{{L}.pc}} {{mytown}}\n{{{L}.phone}}",
                    f"\nTel: {{{L}.phone}}",
                    f"\n{{{L}.email}} – {{{L}.phone}}",
                    "",
                ]
            )
        )
    return s


BODY_RES = [
    "Ik schrijf u omdat ik nog steeds geen antwoord heb over mijn {scheme}. Mijn {k:zaaknummer} is {A.case}.",
    "Sinds {date} wacht ik op een reactie van {O.full}. Ik heb al drie keer gebeld.",
    "De {k:overlast} van mijn {C.buur} {C.full} is de afgelopen week alleen maar erger geworden.",
    "In de bijlage stuur ik de brief van {dept} van {date}. Ik begrijp niet waarom ik {amount} moet terugbetalen.",
    "Mijn {B.kind} {B.first} helpt mij met deze mail, want mijn Nederlands is niet zo goed.",
    "U kunt mij het beste bellen na {time} op {A.phone}.",
    "De {k:naheffing} voor mijn auto ({A.plate}) is volgens mij onterecht, ik had een {k:parkeervergunning}.",
    "Ik heb geen bezwaar als u mijn gegevens deelt met {P.full} van {dept}.",
    "Het gesprek met {O.sur} was prettig, maar de {k:afspraak} is nog steeds niet nagekomen.",
]
BODY_OFF = [
    "Dank voor uw bericht. Ik heb uw vraag doorgezet naar mijn collega {P.full} ({P.fn}).",
    "Uw dossier ({k:kenmerk} {A.case}) is op {date} opnieuw beoordeeld.",
    "Ik stel voor dat we op {date} om {time} afspreken in {place}. {M.full} schuift als {k:bemiddelaar} aan.",
    "De {k:invordering} van {amount} is opgeschort tot er een besluit is.",
    "Mocht u vragen hebben, dan kunt u mij bereiken via {O.phone}.",
    "Ik heb {C.tsur} gevraagd om een schriftelijke verklaring.",
]


def _caseslot(c: C.Ctx) -> None:
    c.person("A")._cache.setdefault("case", C.make_case(c.r))


def msg_plain(c: C.Ctx) -> str:
    _caseslot(c)
    c.person("A")
    t = (
        "Onderwerp: "
        + pick(
            c, "{scheme} – {A.full}", "vraag over mijn dossier", "RE: afspraak {date}", "Klacht {A.sur}", "dringend!!"
        )
        + "\n\n"
    )
    t += greet(c, "M") + "\n\n" + some(c, BODY_RES, 2, 4, "\n\n") + "\n\n" + close(c, "A", sig=True)
    return t


def msg_reply(c: C.Ctx) -> str:
    _caseslot(c)
    c.person("A")
    inner = greet(c, "O") + "\n\n" + some(c, BODY_RES, 2, 3, "\n") + "\n\n" + close(c, "A")
    head = pick(
        c,
        "Op {date} om {time} schreef {A.full} <{A.email}>:",
        "{A.full} schreef op {date}:",
        "-----Oorspronkelijk bericht-----\nVan: {A.full}\nVerzonden: {date} {time}\nAan: {O.email}",
        "Op {date} heeft {A.ini} het volgende geschreven:",
    )
    quoted = "\n".join("> " + line if line else ">" for line in inner.split("\n"))
    top = greet(c, "A") + "\n\n" + some(c, BODY_OFF, 2, 3, "\n\n") + "\n\n" + close(c, "O", sig=True)
    return top + "\n\n" + head + "\n" + quoted


def msg_double_quote(c: C.Ctx) -> str:
    _caseslot(c)
    c.person("A")
    first = c.render("Beste {O.first}, kun je {A.tsur} even terugbellen? Het gaat over {A.case}. Groet, {M.first}")
    second = c.render("Gedaan. {A.Zij} was niet thuis, ik heb een bericht ingesproken op {A.phone}. {O.first}")
    third = pick(
        c,
        "Dank {O.first}! Dan plan ik het gesprek met {A.sur} op {date}.\n\n{M.full}\n{k:bemiddelaar}",
        "Top. Ik laat {P.full} weten dat het loopt.\n{M.ini}",
    )
    return (
        third
        + "\n\nOp {d} schreef {o}:\n> ".replace("{d}", c.render("{date}")).replace("{o}", c.render("{O.full}"))
        + second
        + "\n>\n>> "
        + first
    )


def msg_forward(c: C.Ctx) -> str:
    _caseslot(c)
    c.person("A")
    body = some(c, BODY_RES, 2, 3, "\n")
    return (
        c.render(
            "{c:Ter info|FYI|Zie hieronder, graag even oppakken|Kun jij hier naar kijken?} {P.first}. "
            "{c:Groet|Gr.}, {O.first}\n\n"
            "---------- {c:Doorgestuurd bericht|Forwarded message} ---------\n"
            "Van: {A.full} <{A.email}>\nDatum: {date}\nOnderwerp: {c:klacht|mijn aanvraag|hulp gevraagd}\n"
            "Aan: {gmail}\n\n"
        )
        + greet(c, "O", True)
        + "\n\n"
        + body
        + "\n\n"
        + close(c, "A", sig=True)
    )


def msg_ooo(c: C.Ctx) -> str:
    return pick(
        c,
        "Automatisch antwoord: {c:Afwezig|Niet aanwezig|Out of office}\n\nDank voor uw bericht. "
        "Ik ben tot en met {date} "
        "afwezig. Voor dringende zaken kunt u contact opnemen met {P.full} ({P.email}) of met {Q.first} {Q.surl} via "
        "{kcc}.\n\nMet vriendelijke groet,\n{O.full}\n{O.fn}, {dept}",
        "Beste afzender,\n\nIk ben met {k:verlof}. Uw mail wordt niet doorgestuurd. Voor zaken over {scheme} kunt u "
        "terecht bij {P.tsur} ({P.land}). Vragen over dossier {case}? Mail {Q.email}.\n\n{O.first} {O.surl}",
        "[Afwezigheidsmelding] {O.full} is {date} niet bereikbaar. Collega {P.ini} neemt waar: {P.mobile}.\n"
        "I am out of office until {date}. Please contact {P.first} ({P.email}).",
    )


def msg_letter(c: C.Ctx) -> str:
    _caseslot(c)
    c.person("A")
    caps = c.r.random() < 0.3
    block = (
        ("{A.tini}" if not caps else "{c:DE HEER/MEVROUW|FAMILIE} {A.capsur}")
        + "\n{A.addr}\n{A.pc}  {k:"
        + c.town.upper()
        + "}"
    )
    return (
        c.render(block + "\n\n{mytown}, {date}\n\nUw kenmerk: {A.case}\nOns kenmerk: {case}\nBetreft: {scheme}\n\n")
        + greet(c, "A", True)
        + "\n\n"
        + some(c, BODY_OFF, 2, 4, "\n\n")
        + "\n\n"
        + c.render(
            "Hoogachtend,\n\nnamens het college van burgemeester en wethouders,\n\n{O.full}\n{O.fn}\n\n"
            "{c:Afschrift aan: {M.full}, {k:bemiddelaar}|Bijlage: verslag gesprek {date}|c.c. {P.tsur}}"
        )
    )


def msg_relative(c: C.Ctx) -> str:
    _caseslot(c)
    c.person("A")
    c.person("B")
    return (
        greet(c, "M")
        + "\n\n"
        + c.render(
            "Ik schrijf namens mijn {A.ouder}, {A.tfull} ({A.dob}). {A.Zij} is {c:slechthorend|ziek|in het ziekenhuis "
            "opgenomen|niet digitaal vaardig} en heeft mij gemachtigd. Ik ben {B.full}, {A.haar} {B.kind}.\n\n"
            "{A.Haar} BSN is {A.bsn}. Het gaat om de brief over {scheme} ({k:zaaknummer} {A.case}). "
            "{c:Mijn|Onze} {A.ouder} woont op de {A.addr}; "
            "post kunt u ook naar mijn adres sturen: {B.addr}, {B.pc} {town}.\n\n"
            "{c:Ik|Wij} {c:hoop|hopen} dat {O.full} contact met mij opneemt via {B.phone} of {B.email}."
        )
        + "\n\n"
        + close(c, "B")
    )


def msg_imperfect(c: C.Ctx) -> str:
    _caseslot(c)
    return pick(
        c,
        "goede dag,\n\nmijn naam is {A.full} ik woon {A.addr} {mytown}. ik heb brief gekregen van gemeente maar ik "
        "begrijp niet. ik moet betalen {amount} maar ik heb geen werk. meneer {O.sur} zeggen ik moet mail sturen. mijn "
        "telefon {A.phone}.\n\ndank u wel\n{A.first}",
        "Hallo,\nIk ben {A.first}, vrouw/man van {B.full}. wij wonen in {mytown} sinds 3 jaar. Mijn buurman {C.first} "
        "maakt altijd lawaai in nacht, ik heb gebeld politie twee keer. Kunnen jullie helpen? bsn van mij "
        "{A.bsn}.\nGroeten {A.full}",
        "Dear sir/madam,\nsorry my dutch not good. Ik heb vraag over {scheme}. Mijn naam {A.caps}, geboren {A.dob}. "
        "Mevrouw {O.sur} van {dept} zei bel {kcc} maar nobody answer. Please call {A.foreign} or mail {A.email}.\n"
        "Thank you,\n{A.first}",
        "Beste mensen van gemeente,\n\nik heb gisteren met uw collega {O.first} gesproken, hij/zij zegt ik krijg "
        "antwoord in 2 week. nu is al {date}. mijn dossier nummer is {A.case}. Wanneer ik krijg mijn geld terug op "
        "{A.iban}?\n\nMet groeten,\n{A.ini}",
    )


def msg_neighbour(c: C.Ctx) -> str:
    c.person("A")
    return (
        greet(c, "M", False)
        + "\n\n"
        + c.render(
            "Ik ben {C.full}, ik woon naast {A.tsur} op de {C.addr}. "
            "{A.first} vroeg of ik iets wilde schrijven over de "
            "situatie. Ik kan bevestigen dat {c:de schimmel er al jaren zit|de boom inderdaad gevaarlijk overhing|de "
            "container steeds op de stoep staat}. Ook {D.full} van nummer {n} heeft dat gezien.\n\n"
            "Als u wilt kunt u mij bellen: {C.phone}."
        )
        + "\n\n"
        + close(c, "C")
    )


def msg_internal(c: C.Ctx) -> str:
    _caseslot(c)
    return (
        c.render(
            "Van: {M.full} <{M.email}>\nAan: {O.email}\nCC: {P.email}; {gmail}\nOnderwerp: {A.sur} / {A.case} – "
            "{c:stand van zaken|voorstel gesprek|escalatie}\n\n"
        )
        + greet(c, "O", False)
        + "\n\n"
        + c.render(
            "Vandaag sprak ik {A.tfull} ({A.phone}). {A.Zij} {c:wil graag een gesprek met jou en {P.first}|is bereid "
            "de {k:betalingsregeling} te accepteren|overweegt een klacht bij de {org}}. {A.Haar} {B.kind} {B.first} is "
            "daarbij. Kun jij {date} of {date}?\n\nOverigens: {C.tsur} (de {C.buur}) belde ook, maar daar ga ik pas na "
            "het gesprek op in."
        )
        + "\n\n"
        + close(c, "M", sig=True)
    )


def msg_thanks(c: C.Ctx) -> str:
    c.person("A")
    return pick(
        c,
        "Beste {M.first} en {O.first},\n\nNamens ons hele gezin willen we jullie bedanken. Zonder jullie had {A.first} "
        "het niet volgehouden. Ook {P.tsur} bedankt voor het snelle besluit.\n\nHartelijke groet,\nFam. {A.sur}\n"
        "{A.addr}",
        "{M.first}!!\n\nHet geld staat erop ({amount}). Ik kan het bijna niet geloven. Dank je wel, en ook "
        "{O.first} van {dept}. Mijn {B.kind} {B.first} zegt ook dank.\n\nxx {A.first}\n\nVerstuurd vanaf mijn "
        "Samsung Galaxy",
    )


def msg_header_block(c: C.Ctx) -> str:
    _caseslot(c)
    return (
        c.render(
            "From: {A.full} <{A.email}>\nSent: {date} {time}\nTo: {O.full} <{O.email}>\nCc: {B.email}\n"
            "Subject: Re: {scheme} / {A.case}\n\n"
        )
        + greet(c, "O")
        + "\n\n"
        + some(c, BODY_RES, 2, 3, "\n")
        + "\n\n"
        + close(c, "A", sig=True)
        + c.render(
            "\n\n{c:Dit bericht is uitsluitend bestemd voor de geadresseerde.|Denk aan het milieu voordat u deze mail "
            "print.|}"
        )
    )


def msg_decision(c: C.Ctx) -> str:
    _caseslot(c)
    return (
        c.render(
            "AANGETEKEND\n\n{A.caps}\n{A.addr}\n{A.pc} {mytown}\n\nDatum: {date}\nKenmerk: {A.case}\n"
            "Behandeld door: {O.full}\nTelefoon: {O.land}\n\n"
        )
        + greet(c, "A", True)
        + "\n\n"
        + c.render(
            "Naar aanleiding van het gesprek op {date} met {M.full} ({k:bemiddelaar}) en {P.tfull} delen wij u mee dat "
            "de {k:terugvordering} van {amount} wordt ingetrokken. "
            "Het bedrag wordt binnen {k:tien werkdagen} gestort op "
            "{A.iban}.\n\nWij danken u en {A.haar} {B.kind}, {B.full}, voor de constructieve houding."
        )
        + "\n\n"
        + close(c, "O", sig=True)
    )


def msg_appointment(c: C.Ctx) -> str:
    c.person("A")
    return (
        greet(c, "A")
        + "\n\n"
        + c.render(
            "Hierbij bevestig ik onze afspraak op {date} om {time} {c:bij u thuis op de {A.addr}|in {place}|online via "
            "Teams}. Aanwezig zijn: u, {A.haar} {B.kind} {B.first}, {O.tfull} ({O.fn}) en ikzelf.\n\nKunt u niet? Bel "
            "dan {M.mobile} (ook WhatsApp). Neem uw {k:legitimatiebewijs} mee{c: en de brief met kenmerk {case}|}."
        )
        + "\n\n"
        + close(c, "M", sig=True)
    )


def msg_sms_mail(c: C.Ctx) -> str:
    return c.render(
        "Subject: (geen onderwerp)\n\nhoi {M.first} met {A.first} hier, nieuwe nummer {A.mobile}!! oude "
        "{c:werkt|doet} niet meer. mail ook nieuw: {A.email}\n\n{c:Verzonden met Outlook voor Android|Sent from my "
        "iPhone|}"
    )


def msg_resident_letter(c: C.Ctx) -> str:
    _caseslot(c)
    return c.render(
        "{A.full}\n{A.addr}\n{A.pc} {mytown}\n{A.phone}\n\nAan de gemeente {mytown}\nt.a.v. {O.tfull}\n{k:Postbus} "
        "{n}00{n}\n\n{mytown}, {date}\n\nBetreft: {c:bezwaar|klacht|verzoek om gesprek} ({A.case})\n\n"
        "Geachte {O.heer} {O.sur},\n\nHierbij maak ik bezwaar tegen het besluit van {date}. Ik ben geboren op {A.dob} "
        "en woon sinds mijn {k:pensioen} alleen. Mijn {B.kind} {B.full} mag namens mij spreken ({B.phone}).\n\n"
        "Hoogachtend,\n\n{A.ini}\n\nBijlagen: kopie ID, brief {dept}"
    )


def msg_summary(c: C.Ctx) -> str:
    _caseslot(c)
    return c.render(
        "Aan: {A.email}; {O.email}; {P.email}\nCc: {B.email}\nOnderwerp: Samenvatting gesprek {date} – "
        "{A.sur}\n\nBeste allen,\n\nDank voor het goede gesprek in {place}. Wat we hebben afgesproken:\n\n"
        "1. {O.first} ({O.fn}) trekt de {k:aanmaning} in.\n2. {P.tsur} neemt vóór {date} een nieuw besluit "
        "over {scheme}.\n3. {A.first} en {B.first} leveren de bankafschriften aan (rekening {A.iban}).\n"
        "4. Bij vragen: {M.first}, {M.mobile}.\n\nKlopt iets niet? Laat het mij voor {date} weten.\n\n"
        "Hartelijke groet,\n{M.full}\n{k:bemiddelaar} Verzoek tot Afstemming"
    )


def msg_ooo_thread(c: C.Ctx) -> str:
    return c.render(
        "Onderwerp: Automatisch antwoord: RE: {A.sur}\n\nIk ben afwezig tot {date}. Bij spoed: {P.full}, "
        "{P.land}.\n{O.first}\n\n> Beste {O.first},\n> nog even over {A.tfull}: {A.zij} belde vanochtend "
        "vanaf {A.foreign} (in het buitenland).\n> Groet, {M.ini}"
    )


MESSAGES = [
    msg_resident_letter,
    msg_summary,
    msg_ooo_thread,
    msg_plain,
    msg_reply,
    msg_double_quote,
    msg_forward,
    msg_ooo,
    msg_letter,
    msg_relative,
    msg_imperfect,
    msg_neighbour,
    msg_internal,
    msg_thanks,
    msg_header_block,
    msg_decision,
    msg_appointment,
    msg_sms_mail,
]


# ====================================================================== MIXED (sentence shapes)

MIX = [
    # user ids in a log line and a change note
    "[{time}] gebruiker {O.uid} opende het dossier van {A.full}; wijziging door {P.uid} om {time}.",
    "Laatst bewerkt door {O.uid} ({O.full}) – versie {n}.",
    # identifiers in uncommon frames
    "Wie {A.full} ({A.gdob}) wil spreken, kan bellen naar {A.phone}.",
    "De kentekenhouder – {C.full} – reageerde niet op de brief over {C.plate}.",
    "Eén cijfer verschil: {A.bsn} is het juiste BSN van {A.tsur}, niet het nummer op de {k:aanvraag}.",
    "Uitbetaald: {amount} → {A.iban} ({A.full}).",
    "{A.first} gaf {A.haar} nieuwe adres door: {A.addr}, {A.pc} {town}.",
    "In het bezwaar (nr. {case}) noemt {A.tsur} {A.haar} {k:geboortedatum} niet; volgens de BRP is dat {A.dob}.",
    'Sms van {A.phone} om {time}: "{c:ben onderweg|kom later|bel me terug}" – afzender {A.first}.',
    "Nieuw e-mailadres van {C.tsur}: {C.email} (oude adres vervalt per {date}).",
    "Het {k:proces-verbaal} vermeldt {C.full}, {C.gdob}, wonende {C.addr}.",
    "Kenteken {plate} en kenteken {plate} staan allebei op naam van {D.ini}.",
    "Wijziging {cue} {case} → {case}, behandelaar blijft {O.full}.",
    "Op het formulier stond {A.full} – {A.bsn} – {A.pc} – {A.phone}; alles klopte behalve het huisnummer.",
    # reported speech
    "{A.full} liet weten dat {A.zij} de brief van {date} nooit had ontvangen.",
    "{C.tsur} beweerde dat {A.full} de afvalbak expres op de stoep had gezet.",
    # passive with door
    "De klacht werd op {date} door {O.full} ({O.fn}) in behandeling genomen.",
    "Het besluit is genomen door {O.ini}, en ondertekend door {P.full}.",
    # rarer verbs with a name as object
    "De {k:bemiddelaar} complimenteerde {A.full} met de heldere brief over {scheme}.",
    "Wij hebben {A.tsur} gecondoleerd met het overlijden van {A.haar} partner; de {k:aanmaning} is ingetrokken.",
    "{O.full} heeft {C.full} op {date} gesommeerd de schutting te verwijderen.",
    "Niemand heeft {A.first} ooit uitgelegd hoe het {k:bezwaar} werkt.",
    # names after numbers and ordinals
    "Als derde spreker kwam {C.full} aan het woord; na {C.first} volgde {D.tsur}.",
    "2x gebeld met {O.ini} (geen gehoor), 1x met {P.full}.",
    "Bewoner nr. 4, {C.full}, tekende als eerste de {k:petitie}.",
    # comparisons
    "{C.sur} heeft meer last van de bouwlampen dan {D.full}.",
    "Net als {C.first} wacht ook {D.tsur} al maanden op de {k:herindicatie}.",
    "{A.first} is net zo boos als {A.haar} {B.kind} {B.first}.",
    # coordination
    "Contactpersoon: {O.first}/{P.first} (wisselend), bereikbaar via {kcc}.",
    "Of {C.full} of {D.full} neemt het sleutelbeheer van {place} over.",
    "Zowel {C.full} als {D.full} hebben een verklaring afgelegd.",
    "Noch {O.sur} noch {P.sur} reageerde op de mail van {date}.",
    "{C.sur}, {D.sur} e.a. hebben een {k:petitie} ingediend bij {dept}.",
    "Kamers 1 t/m 3: {C.first}, {D.first} en {E.first}.",
    # compounds with a name
    "De {A.last}-woning aan de {A.street} staat al jaren scheef.",
    "Het {C.last}-dossier is bij {dept} blijven liggen.",
    "In de zaak {A.sur} vs. {dept} is op {date} een {k:schikking} getroffen.",
    # names at line ends and in titles
    "Het dossier is overgedragen aan\n{O.full}\nvan {dept}.",
    "Bijlage 3: Verslag keukentafelgesprek {A.caps} ({date})",
    'Rapport "Wonen naast {C.full}" – concept, niet verspreiden',
    # footnotes and captions
    "Zoals eerder besproken¹ blijft de {k:invordering} opgeschort.\n\n¹ Telefonisch met {O.full}, {date}.",
    "[Foto: de lekkage in de badkamer van {A.tsur}, {A.addr}]",
    "Afbeelding 2 – {C.full} bij het kapotte hek (foto: {D.first}).",
    # calendar entries
    "di {time}–{time} | Huisbezoek {A.sur} | {A.addr} | org.: {M.first}",
    "Agenda-item: terugbelafspraak {A.full} ({A.phone}) — {date} {time}",
    # minutes' action points
    "AP-{n} {O.ini}: stuurt {A.tsur} vóór {date} de nieuwe {k:beschikking}. Status: open.",
    "Actie: {P.first} → {A.sur} ({c:bellen|mailen}); deadline {date}.",
    # transcripts with timestamps
    "[00:04:1{n}] {M.first}: En {C.first}, hoe lang woont u al naast {A.tsur}?\n[00:04:2{n}] {C.first}: Sinds "
    "{c:2009|2014|de verbouwing}.",
    "(14:0{n}) {O.sur}: Ik begrijp dat, {A.first}, maar de regel is de regel.",
    # vocative inside a sentence
    "Ik begrijp het, {A.first}, maar zonder handtekening kan {dept} niets.",
    # agent in parentheses
    "Het verzoek (ingediend door {A.full}) is {k:ontvankelijk} verklaard.",
    "De bewoner (lees: {A.tsur}) weigert nog steeds de {k:monteur} binnen te laten.",
    # questions
    "Weet iemand of {O.full} nog bij {dept} werkt?",
    "Klopt het dat {C.full} de vergunning al in {c:maart|juni} had?",
    # aliases and nicknames
    "{A.full}, in de buurt bekend als {A.nick}, doet al jaren de {k:vrijwilligers}klus bij de {k:voedselbank}.",
    # per order, copies
    "p.o. {O.ini}, {O.fn}",
    "i.a.a. {P.full}, {P.fn}; {M.full}, {k:bemiddelaar}",
    # register lines surname-first
    "{A.sur}, {A.first} – aanvraag {scheme} – {k:afgewezen}",
    # family positions
    "{A.first} is de tweede van vijf kinderen; de oudste, {B.first}, woont in {town}.",
    "Sinds het overlijden van wijlen {B.full} woont {A.tsur} alleen.",
    "{A.full} (geboren {D.last}) was tot {date} getrouwd met {B.full}.",
    "Tante {C.first} en ome {D.first} passen af en toe op.",
    "{C.full} sr. en {C.first} jr. wonen allebei op de {C.street}.",
    # postal forms
    "{A.full} p/a {B.full}, {B.addr}, {B.pc} {town}",
    "Post graag naar: {A.ini} c/o {B.tsur}, {B.addr}",
    # exclamation
    "Wat een geduld heeft {A.tsur} gehad!",
    # colloquial possessives
    "{A.first} {A.zn} {B.kind} heeft de brief gevonden.",
    "{C.first} {C.zn} auto ({C.plate}) staat al weken op de {k:invalidenparkeerplaats}.",
    # academic titles
    "Het advies van prof. dr. {O.full} ({k:onafhankelijk deskundige}) is gevolgd.",
    "mr. drs. {P.full} schreef namens {org} een brief.",
    # dob without cue
    "Gesprekspartners: {A.full} ({A.dob}) en {B.full}.",
    "Het kind ({B.first}, *{B.dob}) staat ingeschreven op de {A.addr}.",
    # 'een zekere' / 'ene'
    "Volgens een zekere {C.full} is de {k:container} al drie keer verplaatst.",
    "Er belde ene {C.first}, die zei dat {C.zij} namens {A.tsur} sprak.",
    "Volgens zeggen van {C.first} lag de sleutel bij {D.full}.",
    # relative clauses
    "{O.full}, aan wie het dossier is toegewezen, is {c:met zwangerschapsverlof|ziek|met pensioen}.",
    "In opdracht van {O.full} is de {k:schuur} opgemeten.",
    # negation / contrast
    "Niet {O.full} maar {P.full} is nu de behandelaar van {case}.",
    "Dankzij {P.full} kwam er alsnog een {k:betalingsregeling}.",
    "Ondanks de inzet van {O.tsur} bleef de {k:overlast} aanhouden.",
    # checklist and numbered list
    "☐ terugbellen {A.first} ({A.phone})\n☑ brief {C.sur} beantwoord",
    "1. {A.full} – {A.phone}\n2. {B.full} – {B.email}\n3. {C.full} – geen gegevens",
    # desk / dateline
    "Van het bureau van {O.full}: de {k:termijn} is verlengd tot {date}.",
    "{mytown}, {date} — {A.full} overhandigde vandaag {A.haar} {k:zienswijze}.",
    # identifiers after unusual cues
    "Het kenteken waar het om gaat ({plate}) staat niet op naam van {A.full}.",
    "Terugbetaling graag op {A.iban} t.n.v. {A.ini}.",
    "Het sofinummer — tegenwoordig BSN — van {A.tsur}: {A.bsn}.",
    "Onder {cue} {case} is de melding van {C.full} geregistreerd.",
    "Postcode + huisnummer: {A.pc} {n}; de straat ({A.street}) staat verkeerd in het systeem.",
    "{C.Haar} mobiel ({c:privé|werk}): {C.phone}; die van {C.haar} {D.partner} {D.first}: {D.phone}.",
    # inversion after adverbs
    "Gisteren belde {C.tsur} opnieuw; vandaag kwam {D.full} langs.",
    "Besloten is {A.first} niet langer te laten wachten op de {k:urgentie}.",
    # caps inside a sentence
    "Let op: DE HEER/MEVROUW {A.capsur} IS ALLEEN 's ochtends bereikbaar.",
    # hyphenated compound with a first name
    "De {A.first}-map staat op de {k:teamschijf}; vraag {O.first} om toegang.",
    # 'en consorten', 'zelf'
    "{C.full} en consorten hebben de gemeenteraad toegesproken.",
    "{A.full} zelf was niet bij het gesprek; {A.haar} {k:advocaat} wel.",
]


def _mix(i: int):
    def f(c: C.Ctx) -> str:
        parts = [c.render(MIX[i])]
        others = [t for j, t in enumerate(MIX) if j != i]
        for t in c.r.sample(others, c.r.choice([0, 0, 1, 1, 2])):
            parts.append(c.render(t))
        return c.r.choice([" ", "\n", "\n\n"]).join(parts)

    return f


MIXED = [_mix(i) for i in range(len(MIX))]


# ====================================================================== KNOWN (name words used in their ordinary sense)


def _known_person(c: C.Ctx) -> None:
    r = c.r
    a = c.person("A")
    if r.random() < 0.7:
        w = r.choice(sorted(P.WORD_SURNAMES))
        c.word, c.phrases = w, P.WORD_SURNAMES[w]
        sur = w
        if r.random() < 0.25:
            sur = r.choice(["de", "van der", "van de", "van 't"]) + " " + w
        a.surl = sur
    else:
        w = r.choice(sorted(P.WORD_FIRSTNAMES))
        c.word, c.phrases = w, P.WORD_FIRSTNAMES[w]
        a.first = w
        a.g = r.choice("mf")
        if r.random() < 0.5:
            a.surl = r.choice(P.WORD_FIRST_SURNAMES)
    a.nickname = None


KN = [
    "{A.full} meldde op {date} de {k:overlast}. Notitie bij de melding: {W}. {A.sur} wil dat {dept} ingrijpt.",
    "Gesprek met {A.tsur} over {scheme}. Trefwoorden in het dossier: {W}, {k:wachttijd}, {k:beschikking}. "
    "{A.Zij} is bereikbaar op {A.phone}.",
    "{A.sur} belde opnieuw. Over de situatie thuis – {W} – praatte {A.zij} liever niet. {O.full} ({O.fn}) belt terug.",
    "Verslag huisbezoek {A.caps}\n\nAdres: {A.addr}\nOpvallend: {W}\nAfspraak: {O.tsur} stuurt vóór {date} een "
    "{k:besluit}.",
    "„{W},” schreef {A.full} in {A.haar} {k:klachtbrief}. {A.poss} {B.kind} {B.first} tekende mee.",
    "Van: {A.full} <{A.email}>\nOnderwerp: {scheme}\n\nBeste {O.first},\n\nIk heb een vraag. In de brief stond "
    "niets over wat ik zie vanuit mijn raam: {W}. Groet, {A.first}",
    "{A.ini} ({A.dob}) heeft bezwaar gemaakt tegen {k:zaak} {case}. Uit het gesprek: {W}.",
    "Chat {date}\n{A.first}: hoi, ik ben het weer\n{M.first}: dag {A.first}, wat is er?\n{A.first}: {W}\n"
    "{M.first}: dat noteer ik, {A.tsur}",
    "{A.tfull} is {k:mantelzorger} voor {A.haar} {A.ouder}. Uit het intakeformulier: {W}. {A.sur} wil vooral "
    "{k:respijtzorg}.",
    "TIJDLIJN {A.capsur}\n{date} eerste melding\n{date} {W}\n{date} gesprek met {O.full}\n{date} {k:afgehandeld}",
    "{A.poss} aanvraag voor {scheme} lag stil. Aantekening van {O.ini}: {W}. Nu is {A.first} weer in beeld.",
    "Aan: {A.tini}\n{A.addr}\n{A.pc} {mytown}\n\nGeachte {A.heer} {A.sur},\n\nU schreef ons over {W}. Wij "
    "nemen uw {k:melding} serieus.\n\n{O.full}\n{O.fn}",
    "Bewonersavond {date}. {A.full} vroeg het woord en vertelde over {W}. Daarna sprak {C.full}. {A.sur} kreeg "
    "applaus.",
    "Terugbelverzoek: {A.full}, {A.phone}. Reden: {W}. Voorkeur: na {time}. Behandelaar: {O.first}.",
    "Evaluatie ({k:anoniem} verwerkt): {A.first} vond het gesprek nuttig. Citaat: '{W}.' Cijfer: {n}.",
    "{A.sur} en {A.haar} {B.partner} {B.first} hebben de {k:betalingsregeling} ondertekend. Opmerking van "
    "{A.first}: {W}.",
]


def _kn(i: int):
    def f(c: C.Ctx):
        _known_person(c)
        text = c.render(KN[i])
        if c.r.random() < 0.5:
            text += "\n" + c.render(c.r.choice(["PS: {W}.", "Nog een punt: {W}.", "(Zie ook: {W}.)"]))
        a = c.person("A")
        if a.full not in text:
            head = c.r.choice(["Betreft: {A.full}\n\n", "Naam bewoner: {A.full}\n", "[{A.full}]\n", ""])
            if head:
                text = c.render(head) + text
            else:
                text += c.render(" ({A.full}, {date})")
        known = {"names": [a.full]}
        em = a._cache.get("email")
        if em and em in text:
            known["emails"] = [em]
        for k in ("ph_phone",):
            if a._cache.get(k) and a._cache[k] in text and c.r.random() < 0.7:
                known["phones"] = [a._cache[k]]
        return text, known

    return f


KNOWN = [_kn(i) for i in range(len(KN))]
