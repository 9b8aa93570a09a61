"""The shapes of holdout12's four files: a document context, then one function per writing habit or style.

Templates use ``{X.form}`` for a person (see ``core12.Person.m``), ``{slot}`` for identifiers and kept words of the
document's context, and ``[[word]]`` for a kept word.
"""

from __future__ import annotations

from random import Random

import core12 as C
import pools12 as P
from core12 import B, K, seg

# ---------------------------------------------------------------- the document context


def ctx(r: Random) -> dict:
    c = C.Cast(r)
    R = c.new(role="bewoner")
    P_ = c.relative(R, gender="m" if R.gender == "f" else "f")
    Ch = c.relative(R)
    N = c.new()
    O1 = c.official()
    O2 = c.official()
    M = c.new()
    M.email = C.slug(M.first, ".")[0] + "." + C.slug(M.sur) + "@afstemming-" + C.slug(O1.town, "") + ".nl"
    st, adr = C.address(r)
    st2, adr2 = C.address(r)
    pc = C.postcode(r)
    case = C.case_number(r)
    case2 = C.case_number(r)
    dob = C.dob(r)
    dstyle = r.randrange(C.N_DOB_STYLES)
    bsn = C.bsn(r)
    iban = C.iban(r, r.choice(["NL"] * 5 + list(C._IBAN)))
    plate = C.plate(r)
    kw = {
        "dept": K(r.choice(P.DEPARTMENTS)),
        "dept2": K(r.choice(P.DEPARTMENTS)),
        "scheme": K(r.choice(P.SCHEMES)),
        "law": K(r.choice(P.LAWS)),
        "org": K(r.choice(P.ORGS)),
        "place": K(r.choice(P.PLACES)),
        "town": K(O1.town),
        "func": K(r.choice(P.FUNCTIONS)),
        "func2": K(r.choice(P.FUNCTIONS)),
        "date": K(C.ordinary_date(r)),
        "date2": K(C.ordinary_date(r)),
        "amt": K(r.choice(P.AMOUNTS)),
        "event": K(r.choice(P.EVENTS)),
        "gen": K(r.choice(P.GENERIC_CONTACT)),
        "cue": K(r.choice(P.CUES)),
        "topic": r.choice(P.TOPICS),
    }
    return {
        "r": r,
        "cast": c,
        "R": R,
        "P": P_,
        "C": Ch,
        "N": N,
        "O": O1,
        "Q": O2,
        "M": M,
        "adr": lambda: seg(adr, "ADDRESS"),
        "str": lambda: seg(st, "ADDRESS"),
        "adr2": lambda: seg(adr2, "ADDRESS"),
        "str2": lambda: seg(st2, "ADDRESS"),
        "pc": lambda: seg(C.pc_spell(r, pc), "POSTCODE"),
        "tel": lambda: seg(R.phone, "PHONE"),
        "telN": lambda: seg(N.phone, "PHONE"),
        "telO": lambda: seg(O1.phone, "PHONE"),
        "mail": lambda: seg(R.email, "EMAIL"),
        "mailO": lambda: seg(O1.email, "EMAIL"),
        "mailM": lambda: seg(M.email, "EMAIL"),
        "case": lambda: seg(case, "CASE_NUMBER"),
        "case2": lambda: seg(case2, "CASE_NUMBER"),
        "dob": lambda: seg(C.dob_spell(r, dob, dstyle), "DATE_OF_BIRTH"),
        "dobx": lambda: seg(C.dob_spell(r, dob), "DATE_OF_BIRTH"),
        "bsn": lambda: seg(C.bsn_spell(r, bsn), "BSN"),
        "iban": lambda: seg(C.iban_spell(r, iban), "IBAN"),
        "plate": lambda: seg(C.plate_spell(r, plate), "LICENSE_PLATE"),
        **kw,
    }


def pick(r: Random, bank: list[str], k: int) -> list[str]:
    return r.sample(bank, min(k, len(bank)))


def T(b: B, c: dict, tpl: str) -> None:
    b.t(tpl, **c)


# ---------------------------------------------------------------- logs: what mediators and officials type

PROSE = [
    "{R.Tf} belde op {date} over {topic}.",
    "Volgens {R.t} is er sinds {date2} niets meer gebeurd.",
    "{R.T} vertelde dat {P.F} de brieven altijd opent.",
    "Ik heb {O.tf} ({func}, {dept}) gevraagd het dossier te bekijken.",
    "{O.s} zegde toe voor {date} terug te bellen.",
    "De buurman, {N.f}, woont op {adr2} en klaagt al maanden.",
    "{R.Fps} dochter {C.F} doet de administratie.",
    "Het gaat om {scheme}; de {func2} van {dept2} was niet bereikbaar.",
    "Mevrouw zei letterlijk: 'Ik wil gewoon dat iemand mij terugbelt.'",
    "{R.s} woont op {adr}, {pc} {town}.",
    "{R.F} is bereikbaar op {tel}; mailen kan naar {mail}.",
    "Het {cue} is {case}.",
    "Met {Q.tf} van {dept} afgesproken dat het bedrag van {amt} wordt teruggestort.",
    "{N.T} wil niet in gesprek zolang {R.s} de heg niet snoeit.",
    "In het gesprek met {O.F} en {R.F} werd duidelijk dat de brief nooit is aangekomen.",
    "Na overleg met {M.f} gaat de zaak naar {org}.",
    "{R.ps} zoon heeft de aanvraag ingediend, maar die staat op naam van {P.f}.",
    "{P.F} was ook bij het gesprek en vulde aan waar nodig.",
    "Ik heb {R.t} uitgelegd wat de {law} hierover zegt.",
    "Volgende stap: {O.t} stuurt een nieuw besluit met {cue} {case}.",
]
ABBR = [
    "tel. gespr. m/ {R.t} ivm {topic}",
    "{R.ti} belt tg, nr {tel}",
    "i.o.m. {O.ti} ({dept}) -> terugkoppeling vóór {date}",
    "bew. {R.s} geb. {dob}, BSN {bsn}",
    "adr: {adr}, {pc}",
    "nb: buurman {N.s} ({adr2}) ook gebeld, nvt",
    "afspr: {O.F} mailt {R.F} uiterlijk {date2}",
    "zn {C.F} aanw. bij gespr., tolkt",
    "{cue} {case}; dubbel aangemaakt als {case2}",
    "terugstorting {amt} op {iban} tnv {R.i}",
    "ptnr {P.f} niet bereikbaar, vm/nm geprobeerd",
    "mail {R.s}: {mail}",
    "kenteken auto bew.: {plate}, weggesleept {date}",
    "ovl {M.F} – zaak n/ {org}",
    "bel {Q.t} ({func}) mbt {scheme}",
]
BULLET_AGREE = [
    "{O.f} ({dept}) zoekt uit waarom de {scheme} is stopgezet – vóór {date}",
    "{R.F} levert de bankafschriften aan bij {O.s} – binnen twee weken",
    "{Q.tf} belt {R.t} terug over de hoogte van het bedrag ({amt}) – {date2}",
    "{M.F} plant een vervolggesprek met {R.s} en {N.s} in {place}",
    "{P.f} stuurt de huurovereenkomst naar {mailO}",
    "{O.s} herziet het besluit met {cue} {case}",
    "{N.F} houdt de hond 's avonds binnen; {R.F} laat weten of het helpt",
    "{dept2} zet de invordering stil tot {date}",
    "{C.f} komt mee als ondersteuning bij het gesprek op {date2}",
    "{R.T} meldt een nieuwe storing via {gen}",
]
TIMESTAMPS = [
    "08:47",
    "09:14",
    "09:52",
    "10:05",
    "10:41",
    "11:20",
    "12:03",
    "13:35",
    "14:18",
    "15:02",
    "15:57",
    "16:40",
]
TS_LINES = [
    "gebeld door {R.tf}, klinkt overstuur",
    "voicemail ingesproken bij {O.t}",
    "{O.F} terug: dossier {case} ligt bij {dept}",
    "mail naar {R.s} ({mail}) met samenvatting",
    "{N.Tf} meldt zich aan de balie van {place}",
    "overleg {M.F}: eerst {law} nalopen",
    "{R.F} stuurt foto's van de schade",
    "{Q.t} bevestigt terugbetaling van {amt}",
    "partner {P.f} belt namens {R.s}",
    "geen gehoor op {tel}",
    "afspraak gemaakt voor {date} in {place}",
    "{C.F} vraagt of er een tolk kan komen",
]


def lg_prose(r: Random, c: dict, b: B) -> None:
    T(b, c, "Gespreksverslag {date}\n\n")
    for s in pick(r, PROSE, r.randint(6, 9)):
        T(b, c, s + " ")
    T(b, c, "\n\n[[Vervolg]]: {O.t} koppelt terug aan {M.F}.")


def lg_terse(r: Random, c: dict, b: B) -> None:
    T(b, c, "{date} – {R.SU}\n")
    for s in pick(r, ABBR, r.randint(6, 9)):
        T(b, c, s + "\n")
    T(b, c, "wv: {M.ini}")


def lg_bullets(r: Random, c: dict, b: B) -> None:
    T(b, c, "Afspraken {cue} {case} ({date})\n")
    for s in pick(r, BULLET_AGREE, r.randint(5, 7)):
        T(b, c, r.choice(["- ", "* ", "• "]) + s + "\n")
    T(b, c, "Vastgelegd door {M.f}, [[bemiddelaar]].")


def lg_times(r: Random, c: dict, b: B) -> None:
    T(b, c, "Logboek {R.s} – {date}\n")
    for ts, s in zip(sorted(pick(r, TIMESTAMPS, 7)), pick(r, TS_LINES, 7), strict=False):
        T(b, c, ts + r.choice(["  ", " – ", " | ", "u "]) + s + "\n")


def lg_table(r: Random, c: dict, b: B) -> None:
    T(b, c, "| wie | wat | wanneer |\n|---|---|---|\n")
    rows = [
        "| {O.f} | besluit herzien ({case}) | {date} |",
        "| {R.F} | stukken aanleveren | {date2} |",
        "| {Q.i} | terugbetaling {amt} op {iban} | zsm |",
        "| {M.F} | evaluatiegesprek {place} | {date} |",
        "| {N.s} | hond aanlijnen | per direct |",
        "| {P.F} | contact met {org} | {date2} |",
        "| {dept} | brief naar {adr} | {date} |",
    ]
    for s in pick(r, rows, r.randint(4, 6)):
        T(b, c, s + "\n")
    T(b, c, "\nBewoner: {R.tf}, {tel}")


def lg_initials(r: Random, c: dict, b: B) -> None:
    T(b, c, "Legenda: {R.ini} = bewoner, {O.ini} = {func}, {M.ini} = [[bemiddelaar]]\n\n")
    lines = [
        "{R.ini} boos over {topic}; {O.ini} erkent fout",
        "{O.ini} checkt {case} bij {dept}",
        "{M.ini} stelt voor: eerst gesprek, dan besluit",
        "{R.ini} akkoord mits terugbetaling {amt}",
        "{O.ini} belt {R.ini} vóór {date}",
        "{M.ini} legt afspraak vast, kopie aan {R.ini} via {mail}",
    ]
    for s in pick(r, lines, r.randint(4, 6)):
        T(b, c, "- " + s + "\n")


def lg_handover(r: Random, c: dict, b: B) -> None:
    T(b, c, "OVERDRACHT – van {M.f} aan {Q.F}\n\n")
    T(b, c, "Zaak: {case} ({scheme})\nBewoner: {R.Tf}, {adr}, {pc} {town}\nTel: {tel}\n\n")
    lines = [
        "Let op: {R.t} wil alleen 's ochtends gebeld worden.",
        "{P.F} ({R.Fps} partner) neemt vaak op, mag info krijgen.",
        "{O.t} van {dept} heeft de stukken, zie mail van {date}.",
        "Buurvrouw {N.f} belt soms namens de familie; níet doorverbinden.",
        "Openstaand: terugbetaling {amt}, IBAN {iban}.",
        "Geb.datum staat fout in het systeem: moet {dob} zijn.",
        "{C.F} studeert in {town} en helpt met mails.",
    ]
    for s in pick(r, lines, r.randint(3, 5)):
        T(b, c, s + "\n")
    T(b, c, "\nSucces! – {M.F}")


def lg_phone(r: Random, c: dict, b: B) -> None:
    T(b, c, "TELEFOONNOTITIE\nDatum: {date}\nBeller: {R.f}\nNummer: {tel}\nVoor: {O.tf} ({dept})\n")
    T(b, c, "Onderwerp: {topic}\n")
    T(
        b,
        c,
        r.choice(
            [
                "Bericht: {R.s} wacht op antwoord over {case}; graag terugbellen.",
                "Bericht: {R.F} heeft de brief van {date2} niet begrepen. Vraagt of {O.s} het kan uitleggen.",
                "Bericht: belt namens {P.f}; {P.F} ligt in het ziekenhuis.",
            ]
        )
        + "\n",
    )
    T(b, c, "Terugbellen: ja, na 14.00 uur\nAangenomen door: {M.i}")


def lg_visit(r: Random, c: dict, b: B) -> None:
    T(b, c, "Verslag huisbezoek {date}\nAdres: {adr}, {town}\nAanwezig: {R.tf}, {P.f}, {M.f} ({func})\n\n")
    T(b, c, "Situatie\n")
    lines = [
        "De woning aan de {str} is netjes maar koud; de verwarming doet het niet.",
        "{R.T} liet de brieven van {dept} zien, gedateerd {date2}.",
        "{P.F} vertelde dat {C.F} tijdelijk bij hen woont.",
        "De buren ({N.tf}) waren niet thuis.",
        "In de keuken hing schimmel; {R.s} heeft dit gemeld bij {org}.",
        "Bij de voordeur stond de auto met kenteken {plate}.",
    ]
    for s in pick(r, lines, r.randint(3, 5)):
        T(b, c, s + " ")
    T(b, c, "\n\nAfspraken\n{O.f} neemt contact op over {scheme}. {R.F} stuurt de huurspecificatie.")


def lg_chat(r: Random, c: dict, b: B) -> None:
    o, m = c["O"], c["M"]
    lines = [
        (m, "zeg, ken jij {R.t}? belt voor de 4e keer"),
        (o, "ja, {R.s} van {str}. {case} toch?"),
        (m, "klopt. {R.F} zegt dat {dept} niks terugstuurt"),
        (o, "ik kijk even... {Q.F} heeft het op de plank liggen"),
        (m, "kun je {Q.F} porren? 🙏"),
        (o, "gedaan. en {P.F} belde gister ook al"),
        (m, "top, ik bel {R.F} vanmiddag op {tel}"),
        (o, "nb buurman {N.s} heeft ook klacht ingediend"),
        (m, "oké, laat {N.s} maar even"),
    ]
    start = r.randint(0, 2)
    for who, s in lines[start : start + r.randint(5, 7)]:
        ts = r.choice(TIMESTAMPS)
        if r.random() < 0.5:
            b.add("[" + ts + "] ", seg(who.full), ": ")
        else:
            b.add(seg(who.first), "  " + ts + "\n")
        T(b, c, s + "\n")


def lg_numbered(r: Random, c: dict, b: B) -> None:
    T(b, c, "Vaststellingsovereenkomst (concept)\nPartijen: {R.tf} ({adr}) en {N.tf} ({adr2})\n\n")
    agree = [
        "{N.s} plaatst uiterlijk {date} een schutting van 1,80 m.",
        "{R.s} verwijdert de aanbouw aan de kant van {str2}.",
        "Beide partijen melden nieuwe klachten eerst bij {M.t}.",
        "{dept} controleert op {date2}.",
        "{O.tf} is aanspreekpunt namens de gemeente.",
        "Kosten ({amt}) worden gedeeld.",
    ]
    for i, s in enumerate(pick(r, agree, r.randint(4, 5)), 1):
        T(b, c, f"Afspraak {i}: " + s + "\n")
    T(b, c, "\nGetekend: {R.i} / {N.i}")


def lg_keyvalue(r: Random, c: dict, b: B) -> None:
    rows = [
        "Naam: {R.rev}",
        "Geboortedatum: {dob}",
        "BSN: {bsn}",
        "Adres: {adr}",
        "Postcode/plaats: {pc} {town}",
        "Telefoon: {tel}",
        "E-mail: {mail}",
        "Contactpersoon gemeente: {O.f}, {func}",
        "Zaaknummer: {case}",
        "Gezinsleden: {P.F} (partner), {C.F} (kind)",
        "Kanaal: telefoon",
        "Thema: {scheme}",
    ]
    T(b, c, "INTAKE {date}\n")
    for s in rows if r.random() < 0.4 else pick(r, rows, 9):
        T(b, c, s + "\n")


def lg_dictated(r: Random, c: dict, b: B) -> None:
    T(
        b,
        c,
        "spraakmemo {date} ... gesproken met {R.l} over {topic} ... {R.Fl} zegt dat {O.Fl} van {dept} niet "
        "terugbelt ... nummer is {tel} ... ",
    )
    T(b, c, r.choice(["adres {str} nummer onbekend ... ", "woont {adr} ... ", "zoon {C.Fl} helpt ... "]))
    T(b, c, "actie {M.Fl} belt {O.sL} morgen ... einde memo")


def lg_soap(r: Random, c: dict, b: B) -> None:
    T(b, c, "S: {R.T} geeft aan dat {topic} al sinds {date2} speelt. {P.F} is het daarmee eens.\n")
    T(b, c, "O: brief {dept} d.d. {date} aanwezig, {cue} {case}. Geen reactie van {O.s}.\n")
    T(b, c, "A: communicatie tussen {R.s} en gemeente vastgelopen.\n")
    T(b, c, "P: {M.F} belt {O.F}; {R.F} stuurt stukken naar {mailM}.")


def lg_todo(r: Random, c: dict, b: B) -> None:
    items = [
        "[ ] @{O.F} besluit {case} herzien",
        "[x] @{M.F} {R.t} gebeld",
        "[ ] @{Q.F} betaling {amt} checken",
        "[ ] bewoner {R.s} uitnodigen voor {date}",
        "[x] buurman {N.s} gesproken",
        "[ ] brief naar {adr}, {pc}",
        "[ ] @{M.F} verslag naar {R.F} ({mail})",
    ]
    T(b, c, "Takenlijst casus {R.SU}\n")
    for s in pick(r, items, r.randint(4, 6)):
        T(b, c, s + "\n")


def lg_mailjournal(r: Random, c: dict, b: B) -> None:
    T(b, c, "Journaal {date} – notitie van {M.f}\n")
    T(b, c, "Mail ontvangen van {R.f} <{mail}>: '{O.t} heeft mij beloofd dat het vóór {date2} geregeld zou zijn.'\n")
    T(b, c, "Doorgestuurd aan {O.f} <{mailO}> en {Q.f} ({dept2}).\n")
    T(b, c, "Reactie {O.s}: klopt, zit in {case}. {Q.F} pakt het op.")


LOG_HABITS = [
    lg_prose,
    lg_terse,
    lg_bullets,
    lg_times,
    lg_table,
    lg_initials,
    lg_handover,
    lg_phone,
    lg_visit,
    lg_chat,
    lg_numbered,
    lg_keyvalue,
    lg_dictated,
    lg_soap,
    lg_todo,
    lg_mailjournal,
]


def log_doc(r: Random, n: int) -> B:
    c = ctx(r)
    b = B()
    LOG_HABITS[n % len(LOG_HABITS)](r, c, b)
    if r.random() < 0.3:
        b.add("\n\n")
        LOG_HABITS[r.randrange(len(LOG_HABITS))](r, c, b)
    return b


# ---------------------------------------------------------------- public: texts for publication before anonymisation

HEAD = [
    "Aanleiding",
    "Wat Speelde Er?",
    "De Afstemming",
    "Uitkomst",
    "Wat Leren We?",
    "Achtergrond",
    "Het Gesprek",
    "Resultaat",
    "Tot Slot",
    "Vooraf",
]


def pb_kb(r: Random, c: dict, b: B) -> None:
    T(b, c, "# [[Kennisbank]]: {scheme} in {town}\n\n## [[Aanleiding]]\n")
    T(b, c, "{R.Tf} ({adr}) kreeg op {date2} een brief van {dept}. {R.T} begreep er niets van. ")
    T(b, c, "De buurman, {N.f}, raadde aan de [[Bemiddeling]] te bellen.\n\n## [[Afstemming]]\n")
    T(b, c, "[[Bemiddelaar]] {M.f} sprak met {O.tf}, {func} bij {dept}. Volgens {O.s} was het dossier ({case}) ")
    T(b, c, "verkeerd gekoppeld. [[Samen]] met {R.F} en {P.F} is gekeken naar de {law}.\n\n## [[Uitkomst]]\n")
    T(b, c, "De [[Gemeente]] betaalt {amt} terug. {R.s} is tevreden: 'Eindelijk luisterde iemand.'\n\n")
    T(b, c, "## [[Les]]\nLeg bij {scheme} altijd uit wat een besluit betekent.")


def pb_newsletter(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Wijkkrant]] {town} – [[Nieuws]] uit de [[Buurt]]\n\n")
    T(b, c, "[[Buren]] Vinden Elkaar Weer\n\n")
    T(b, c, "Wie over de {str} loopt, ziet het meteen: de schutting tussen nummer 12 en 14 is weg. ")
    T(b, c, "{R.f} en {N.f} lagen maandenlang overhoop. [[Tijdens]] {event} in {place} kwamen ze ")
    T(b, c, "met [[Buurtbemiddeling]] om tafel. 'We hebben gewoon weer koffie gedronken,' lacht {N.F}. ")
    T(b, c, "{R.Fps} dochter {C.F} hielp mee met het plan.\n\n[[Meer]] weten? Mail {gen} of bel {M.F} op {telO}.")


def pb_council(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Schriftelijke]] [[Vragen]] van het [[Raadslid]] over {scheme}\n\n")
    T(b, c, "[[Vraag]] 1\nKlopt het dat {R.tf} uit {town} al sinds {date2} wacht op een besluit ({case})?\n\n")
    T(b, c, "[[Antwoord]] 1\nJa. Het [[College]] betreurt dit. {O.tf} van {dept} heeft inmiddels contact gehad ")
    T(b, c, "met {R.t}.\n\n[[Vraag]] 2\nWat doet het [[College]] om herhaling te voorkomen?\n\n[[Antwoord]] 2\n")
    T(
        b,
        c,
        "Met de {law} als basis komt er een [[Werkinstructie]]. [[Wethouder]] {Q.f} bespreekt dit in de [[Commissie]].",
    )


def pb_annual(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Jaarverslag]] 2026 – [[Uitgelicht]]\n\n")
    T(b, c, "[[Eén]] [[Verhaal]] springt eruit. {R.f}, [[Alleenstaande]] [[Moeder]] van {C.F}, kreeg een ")
    T(b, c, "terugvordering van {amt}. Via het [[Servicepunt]] in {place} kwam zij bij {M.f}. ")
    T(b, c, "[[Binnen]] twee weken lag er een oplossing: {O.f} ({dept}) trok de vordering in. ")
    T(b, c, "'Dit is waar we het voor doen,' zegt {M.F}. [[Zie]] ook {org} en de {law}.")


def pb_press(r: Random, c: dict, b: B) -> None:
    T(b, c, "PERSBERICHT – {town}, {date}\n\n[[Gemeente]] {town} [[Erkent]] [[Fout]] [[Bij]] {scheme}\n\n")
    T(b, c, "De [[Gemeente]] heeft excuses aangeboden aan {R.tf} ({adr}, {pc}). Door een fout bij {dept} ")
    T(b, c, "werd de uitkering gestopt. [[Wethouder]] {Q.tf}: 'Dit had niet mogen gebeuren.' ")
    T(b, c, "De [[Nationale]] [[Ombudsman]] is op de hoogte. {R.T} ontvangt {amt}.\n\n")
    T(b, c, "[[Noot]] voor de [[Redactie]]: meer informatie bij {O.f}, {telO}, {mailO}.")


def pb_faq(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Veelgestelde]] [[Vragen]]: {scheme}\n\n")
    T(b, c, "V: [[Wat]] als mijn aanvraag kwijt is?\nA: Dat gebeurde bij {R.tf}. [[Zij]] belde {gen}; ")
    T(b, c, "{O.tf} vond het dossier ({case}) terug bij {dept}.\n\n")
    T(
        b,
        c,
        "V: [[Kan]] iemand anders namens mij bellen?\nA: Ja. {R.Fps} zoon {C.f} belde bijvoorbeeld namens haar.\n\n",
    )
    T(b, c, "V: [[Waar]] vind ik de regels?\nA: In de {law} en op de [[Website]] van {town}.")


def pb_blog(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Blog]] – [[Mijn]] [[Week]] [[Als]] [[Bemiddelaar]]\n\n")
    T(b, c, "[[Maandag]] stond {R.f} bij {place}. Met een map vol brieven van {dept}. ")
    T(b, c, "[[Dinsdag]] belde ik {O.tf}. [[Woensdag]] zaten we met z'n drieën aan tafel, ook {P.F} kwam mee. ")
    T(b, c, "[[Donderdag]] kwam het nieuwe besluit. {R.F} stuurde een berichtje: 'Dank!' – {M.f}, {func}")


def pb_column(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Column]] | [[Luisteren]], [[Oplossen]], [[Leren]]\n\n")
    T(b, c, "Het [[Stadhuis]] is groot voor wie de weg niet kent. {R.T} kent hem inmiddels. ")
    T(b, c, "Ze woont al veertig jaar op de {str}, is geboren op {dob} en heeft nooit eerder iets gevraagd. ")
    T(b, c, "[[Toen]] de {scheme} stopte, belde {N.f} voor haar. {O.f} van {dept} pakte het op. ")
    T(b, c, "[[Lees]] meer in het [[Dossier]] {case} (alleen intern).")


def pb_timeline(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Tijdlijn]] van een [[Zaak]] – {scheme}\n\n")
    T(b, c, "{date2} – {R.f} vraagt {scheme} aan via {gen}\n")
    T(b, c, "{date} – {dept} wijst af; {O.f} tekent\n")
    T(b, c, "[[Maart]] – {R.T} belt de [[Bemiddeling]]; {M.F} neemt op\n")
    T(b, c, "[[April]] – gesprek in {place} met {O.s} en {R.s}\n")
    T(b, c, "[[Mei]] – nieuw besluit ({case}); {R.s} krijgt {amt}")


def pb_speech(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Toespraak]] [[Wethouder]] {Q.f} bij {event}\n\n")
    T(b, c, "'[[Dames]] en [[Heren]], [[Beste]] [[Inwoners]], ik wil u iets vertellen over {R.f}. ")
    T(b, c, "Zij woont aan de {str} en raakte verstrikt in onze regels. [[Dankzij]] {M.f} en {O.f} ")
    T(b, c, "van {dept} is dat opgelost. {R.F}, fijn dat je er vanavond bent!'")


def pb_social(r: Random, c: dict, b: B) -> None:
    T(b, c, "[[Gemeente]] {town} op [[Facebook]]:\n")
    T(b, c, "📣 [[Goed]] [[Nieuws]] uit {place}! {R.f} en buurman {N.f} sloten vrede dankzij {M.at}. ")
    T(b, c, "Na {event}. #[[Buurtbemiddeling]] #[[BurenHelpenBuren]]\n\n[[Reactie]] {P.f}: 'Trots op jullie! 💚'\n")
    T(b, c, "[[Reactie]] {C.l}: 'eindelijk rust op de {str2} haha'")


PUBLIC_STYLES = [
    pb_kb,
    pb_newsletter,
    pb_council,
    pb_annual,
    pb_press,
    pb_faq,
    pb_blog,
    pb_column,
    pb_timeline,
    pb_speech,
    pb_social,
]


def public_doc(r: Random, n: int) -> B:
    c = ctx(r)
    b = B()
    PUBLIC_STYLES[n % len(PUBLIC_STYLES)](r, c, b)
    if r.random() < 0.35:
        T(b, c, r.choice(PUBLIC_PS))
    return b


PUBLIC_PS = [
    "\n\n[[Redactie]]: niet publiceren vóór {R.s} akkoord geeft ({tel}).",
    "\n\n[[Correctie]]: in een eerdere versie stond de naam {R.typo}; dat moet {R.s} zijn.",
    "\n\n[[Intern]]: BSN {bsn}, rekening {iban}, [[Kenteken]] {plate}.",
    "\n\n[[Bijlage]]: foto_{R.sL}_woning.jpg",
    "\n\n[[Bron]]: gesprek {M.F} met {R.F} op {date}.",
]


# ---------------------------------------------------------------- short: one to three sentences in 96 shapes

SHORT = [
    "Ik bel morgen, {R.F} overmorgen en {O.s} pas volgende week.",
    "Niet {R.s} maar {N.s}.",
    "En {P.F}? Die ook.",
    "Eerst {R.F}, daarna {C.F}, tot slot {N.t}.",
    "Maar {R.t} niet, want die was op vakantie.",
    "Want {O.F} wist het ook niet.",
    "Of {N.F} komt, is nog de vraag.",
    "WETHOUDER {Q.SU} BELOOFT {R.SU} OPLOSSING",
    "Buurtruzie {str}: {N.s} en {R.s} sluiten vrede",
    "#{R.F} #[[afstemming]] #{town}",
    "Dank aan {O.at} en {M.at} voor de snelle hulp!",
    "Zie https://www.wijkapp.nl/profiel/{R.lk} voor de melding.",
    "Bestand opgeslagen in /zaken/2026/{R.slug}/verslag.docx.",
    "| {R.s} | {R.F} | {dob} |",
    "MEVROUW {R.SU} IS BOOS OVER DE BRIEF VAN {dept}",
    "{R.l} belde weer over {topic}",
    "mevrouw {R.typo} (of zo) belde, terugbellen op {tel}",
    "Ik {R.F} wil weten waarom mijn geld stop. Ik woon {adr}.",
    "Hoi, {R.F} hier, mijn buur {N.F} maakt herrie, wat moet ik doen?",
    "Ge moet {R.t} eens bellen, die weet ervan, ze woont op de {str}.",
    "Doe mar rustig, {N.F} komt d'r wel aan.",
    "Zeg {R.F}, heb je die brief van {dept} al gezien?",
    "Can you call {R.F} back? Ze spreekt weinig Nederlands, nummer {tel}.",
    "Meeting met {O.F} was super, echt a game changer voor {R.s}.",
    "{R.F}'s broer, {P.F}, neemt het over.",
    "Hoewel {R.t} twijfelde, tekende {P.F} wel.",
    "Terwijl {O.F} belde, mailde {Q.F} al.",
    "Zodra {N.s} terug is, bellen we {R.s}.",
    "Omdat {O.s} ziek is, neemt {Q.s} het over.",
    "{R.F} of {P.F}, een van beiden, belt vanmiddag.",
    "Het was {R.F}, niet {N.F}, die klaagde.",
    "Ofschoon {R.t} verhuisd is naar {adr}, komt de post nog op het oude adres.",
    "Naast {O.f} zaten {Q.f} en {M.f} aan tafel.",
    "Zonder {R.F} was dit nooit gelukt.",
    "Behalve {N.t} was iedereen akkoord.",
    "Samen met {P.F} en hun dochter {C.F} kwam {R.F} naar {place}.",
    "Re: [{case}] vraag van {R.s}",
    "Link: https://portal.{town_l}.nl/zaak?id={case}",
    "Kenteken {plate} stond drie dagen op de invalidenplek voor {adr}.",
    "Overboeken naar {iban} o.v.v. {case}, t.n.v. {R.i}.",
    "Het BSN {bsn} hoort bij {R.f}, niet bij {P.f}.",
    "ID-kaart van {R.F} ontvangen; geldig, datum van geboorte {dob}.",
    "Doğum tarihi: {dob} – {R.f}.",
    "Date of birth {dob}; name {R.f}; phone {tel}.",
    "Zaak {case} is overgedragen aan {Q.f} (oude nummer {case2}).",
    "Postadres: {R.f}, {adr}, {pc} {town}.",
    "Bel {R.F} even terug op {tel} (na 17u).",
    "WhatsApp-link wa.me/{tel_wa} van {R.F} staat in het dossier.",
    "QR-betaling: {iban} / {R.f} / {amt}.",
    "{R.f} (geboortedag volgens de pas: {dob}) heeft een {scheme} aangevraagd.",
    "Leeftijd 57, geboren {dob}, {R.f}.",
    "Opmerking: {R.F} = {R.n}, zo noemt iedereen hem.",
    "'{R.n}' ({R.f}) staat bekend om zijn moestuin op de {str}.",
    "Namens {R.t}: bedankt!",
    "Groeten van {R.F} en {P.F} uit de {str}.",
    "{O.f}, {func}, {dept}",
    "Voor vragen: {O.F} ({mailO}).",
    "Van: {R.f} <{mail}>",
    "cc {O.i}, {Q.i}",
    "Verslag: {M.ini}. Akkoord: {O.ini}.",
    "Was het nou {R.s} of {R.typo}? In elk geval woont {R.t} op {adr}.",
    "{R.U}\n{adr}\n{pc} {town}",
    "Dank je wel {R.F}!!",
    "Sorry {O.F}, ik had het verkeerd begrepen.",
    "Gefeliciteerd {C.F} met je diploma 🎓",
    "{R.T} en echtgenoot {P.f} wonen sinds {date2} op {adr}.",
    "Hé {R.Fl}, ben je er morgen?",
    "{R.sL}: geen reactie. {N.sL}: wel.",
    "Bewoners: {R.s} (12), {N.s} (14), {P.s} (12).",
    "Tijdens het gesprek zei {O.F}: 'Ik regel het, {R.F}.'",
    "'Waarom ik?' vroeg {R.F} aan {O.t}.",
    "'{R.t}?' – 'Ja?' – 'U spreekt met {O.F} van {dept}.'",
    "Bij {R.F} thuis, {str}, rook het naar vocht.",
    "Wie kent {R.tf}? Ze zoekt een getuige.",
    "Wat wil {R.F} precies? Geld of excuses?",
    "Hij, {P.f}, wil niet genoemd worden.",
    "De dochter – {C.f} – belt namens het gezin.",
    "Oom {P.F} en tante {R.F} passen op de kinderen.",
    "Oma {R.f} (87) woont nog zelfstandig aan de {str}.",
    "Zou {R.F} het erg vinden als {N.F} meekomt?",
    "Ik vind dat {R.F} gelijk heeft en {O.F} niet.",
    "{R.F} — kort gezegd — is het zat.",
    "Kortom: {R.s} wil een nieuw besluit.",
    "P.S. {R.F} belt vrijdag nog.",
    "N.B. Niet verwarren met {R.typo} van de {str2}!",
    "Afz.: {R.i}, {adr}.",
    "Tav {O.i}, {dept}",
    "Herinnering per tekstbericht naar {tel}: 'Beste {R.F}, uw afspraak is {date}.'",
    "{R.F} (via {mail}) vraagt om een kopie van het dossier {case}.",
    "{C.F} is de kleinzoon van {R.f}.",
    "Ingesproken bericht van {R.F}: 'bel me terug, {tel}'.",
    "Agenda {date}: 10.00 {R.s}, 11.00 {N.s}, 13.00 {O.s}.",
    "Ticket {case} – aangemaakt door {M.at}.",
    "Volgens de RDW-check staat {plate} op naam van {P.f}, niet van {R.f}.",
    "BSN-check {bsn} ok; IBAN {iban} ok; naam {R.f} ok.",
    "Foto: {R.F} en {N.F} bij de nieuwe schutting.",
    "Meneer zegt dat zijn naam {P.nq} is.",
    "{R.s}, {R.F}, geboren {dob}, BSN {bsn}.",
    "Vrijwilliger {N.f} brengt {R.F} naar {place}.",
    "Jij de brief, {R.F} de formulieren, {N.F} niks.",
    "{O.s} gisteren, {Q.s} vandaag.",
    "Zowel {R.F} als {P.F}, maar niet hun zoon {C.F}.",
    "Moi, ik bin {R.F}, wij wonen an de {str} en dat is al joaren ellende.",
    "Wat mot dat now, {O.F}? {R.F} hef al drie keer ebeld.",
    "Ik gon morgen naar {R.t} toe, die weet 't.",
    "Sjiek dat {R.F} dat gedaon heet, zag {N.F}.",
    "Ik heb effe met {R.F} gebakkeleid over die boete, die gaat 'm niet betalen.",
    "Wy hawwe {R.F} sjoen by {place}.",
    "Mijn naam is {R.F}, ik ben in Nederland vijf jaar, ik begrijp brief niet.",
    "Please help, my name {R.f}, they stopped my money, telefoon {tel}.",
    "Sorry for my Dutch, ik ben {R.F}, neighbour {N.F} is very loud every night.",
    "Quick update: {O.F} heeft de case van {R.s} gefixt, thanks to {Q.F}!",
    "FYI {M.F}: {R.s} komt niet, rescheduled naar {date}.",
    "ATTN {O.SU}: BEWONER {R.SU} WACHT NOG STEEDS",
    "!!! {R.SU} !!! bel terug",
    "besluit {case}.pdf (naam: {R.f})",
    "Onderwerp: BSN {bsn} – vraag van {R.F}",
    "Parkeerapp: kenteken {plate} aangemeld door {R.F}.",
    "Scanauto fotografeerde {plate}; eigenaar {P.f} betwist de naheffing.",
    "Navigatie ingesteld op {adr}, {pc}: daar woont {R.t}.",
    "Tikkie van {R.F} naar {iban} voor de gedeelde kosten.",
    "Machtiging voor {iban} ingetrokken door {R.i}.",
    "ATTENDEE;CN={R.f}:mailto:{mail}",
    "{R.f} ({dob}) en {P.f} kwamen samen.",
    "Alleen WhatsApp: {tel} ({R.F}).",
    "{R.fold} (zonder accenten in het systeem) = {R.f}.",
    "Sinds de scheiding heet ze weer {R.s}; eerder {R.f}-{N.s}.",
    "Dit is {R.ps} tweede melding, {N.ps} eerste.",
]


def short_doc(r: Random, n: int) -> B:
    c = ctx(r)
    R = c["R"]
    c["town_l"] = C.slug(str(c["town"]))
    c["tel_wa"] = lambda: seg(C.wa_number(R.phone), "PHONE")
    b = B()
    main = SHORT[n % len(SHORT)]
    extra = [s for s in pick(r, SHORT, 2) if s != main][: r.choice([0, 0, 1, 2])]
    for i, s in enumerate([main, *extra]):
        if i:
            b.add(" " if "\n" not in s else "\n")
        T(b, c, s)
    return b


# ---------------------------------------------------------------- known: the resident's name is also a word

KNOWN_SHAPES = [
    "Melding van {K.f}, {adr}: {word} is het probleem. {K.T} wil dat de gemeente ingrijpt.",
    "{K.f} belt over {word}. {K.s} zegt dat niemand reageert; terugbellen op {tel}.",
    "Gesprek met {K.tf} ({case}). Het ging over {word}. {K.F} was kalm.",
    "Wie | Wat\n{K.s} | klacht over {word}\n{O.s} | reactie vóór {date}",
    "Van: {K.f} <{mail}>\nOnderwerp: {word}\n\nBeste {O.F}, het gaat weer mis met {word}. Groet, {K.F}",
    "HUISBEZOEK {K.SU}\n{K.T} liet zien waar het om gaat: {word}. {O.t} noteerde het.",
    "{K.ps} klacht over {word} is doorgestuurd naar {dept}.",
    "[{ts}] {K.F}: kan iemand iets doen aan {word}?\n[{ts2}] {O.F}: ik kijk ernaar, {K.F}.",
    "Bezwaar van {K.i} (geb. {dob}) tegen het besluit over {word}.",
    "Tijdlijn {K.s}: {date} melding over {word}; {date2} gesprek met {O.f}.",
    "Terugbelverzoek: {K.tf}, {tel}. Onderwerp: {word}.",
    "Evaluatie: {K.F} vond de afhandeling van de klacht over {word} te traag. {K.s} geeft een 6.",
    "Betalingsregeling {K.f}: {amt} per maand. Opmerking: {word}.",
    "{K.at} meldde {word} in de wijkapp; {O.f} reageerde.",
    "Intake {date}: {K.rev}, {adr}. Vraag: {word}.",
    "Raadsvraag: hoe lang moet {K.tf} nog wachten op een oplossing voor {word}?",
]


def known_doc(r: Random, n: int) -> tuple[B, dict]:
    word, phrases = P.KNOWN_WORDS[n % len(P.KNOWN_WORDS)]
    c = ctx(r)
    cast: C.Cast = c["cast"]
    first_word = word.startswith("F:")
    w = word[2:] if first_word else word
    K_ = c["R"]
    if first_word:
        K_.first = w
        K_.nick = P.nickname(r, w + "x")
    else:
        K_.sur_base = w
        K_.particle = r.choice(["", "", "", "de", "van der", "van de", "van"])
    cast._contacts(K_)
    # nobody else in the cast shares the word
    for p in cast.people:
        if p is not K_ and (p.sur_base == w or p.first == w):
            p.sur_base = p.sur_base + "ink"
            p.first = p.first + "a"
    phrase = r.choice(phrases)
    c["K"] = K_
    c["word"] = K(phrase)
    c["ts"] = r.choice(TIMESTAMPS)
    c["ts2"] = r.choice(TIMESTAMPS)
    b = B()
    T(b, c, KNOWN_SHAPES[n % len(KNOWN_SHAPES)])
    if r.random() < 0.5:
        T(
            b,
            c,
            r.choice(
                [" [[Nb]]: {word2} speelt ook mee.", "\n(Zie ook {word2}.)", " Ook {word2} kwam ter sprake."]
            ).replace("{word2}", "[[" + r.choice(phrases) + "]]"),
        )
    known = {"names": [K_.full]}
    if r.random() < 0.35:
        known["emails"] = [K_.email]
    if r.random() < 0.35:
        known["phones"] = [K_.phone]
    # the known name itself appears in full at least once
    if {"text": K_.full, "label": "PERSON"} not in b.pii:
        T(
            b,
            c,
            r.choice(
                [
                    "\n[[Naam]]: {K.f}",
                    "\n– {K.f}",
                    "\n(ingediend door {K.f})",
                    "\n[[Bewoner]]: {K.f}",
                    " [[Melder]]: {K.f}, {tel}.",
                    "\n[[Afzender]]: {K.f} <{mail}>",
                ]
            ),
        )
    return b, known
