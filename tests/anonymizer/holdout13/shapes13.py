"""The shapes of holdout13's four files: spoken (transcribed speech and dictation, reflection notes), meetings
(minutes, decision lists, calendar and planning exports, objection file indexes), scans (OCR'd hand-filled forms,
texts by and about young people, messages in a second language or mixed languages) and known."""

from __future__ import annotations

from random import Random

import core13 as C
import pools13 as PL
from core13 import K, M, Person


class Ctx:
    """The people and identifiers of one document, drawn once and written in many forms."""

    def __init__(self, r: Random, young: bool = False) -> None:
        self.r = r
        self.res = Person(r)
        self.partner = Person(r, family=self.res, g="m" if self.res.g == "f" else "f") if r.random() < 0.5 else None
        self.child = Person(r, family=self.res) if r.random() < 0.5 or young else None
        self.nb = Person(r)
        self.off = Person(r)
        self.off2 = Person(r)
        self.med = Person(r)
        self.sup = Person(r)
        self.dept = r.choice(PL.DEPTS)
        self.town = r.choice(PL.TOWNS)
        self.topic = r.choice(PL.TOPICS)
        self.scheme = r.choice(PL.SCHEMES)
        self.org = r.choice(PL.ORGS)
        self.case = C.case_number(r)
        self.street = C.street(r)
        self.num = C.house(r)
        self.pc = C.postcode(r)
        self.phone = C.phone(r)
        self.mail = C.email(r, self.res)
        self.bsn = C.bsn(r)
        self.iban = C.iban(r)
        self.plate = C.plate(r)
        self.dob = C.dob(r, young)[0]
        self.cdob = C.dob(r, True)[0]

    # marked forms
    def P(self, p: Person, form: str = "full") -> str:
        r = self.r
        if form == "full":
            return M(p.full(), "PERSON")
        if form == "sur":
            return M(p.sname(), "PERSON")
        if form == "Sur":
            return M(p.sname(cap=True), "PERSON")
        if form == "title":
            return f"{p.title()} " + M(p.sname(), "PERSON")
        if form == "st":
            return f"{p.short_title(r)} " + M(p.sname(), "PERSON")
        if form == "ini":
            return M(f"{p.initials()} {p.sname()}", "PERSON")
        if form == "first":
            return M(p.first, "PERSON")
        if form == "para":
            return M(p.paraph(), "PERSON")
        if form == "lower":
            return M(p.full().lower(), "PERSON")
        if form == "upper":
            return M(p.full().upper(), "PERSON")
        if form == "SURUP":
            return M(p.sname(cap=True).upper(), "PERSON")
        if form == "nick":
            if p.nick:
                return M(p.first, "PERSON") + " '" + M(p.nick, "PERSON") + "' " + M(p.sname(), "PERSON")
            return M(p.full(), "PERSON")
        if form == "surfirst":
            return M(p.sname(cap=True), "PERSON") + ", " + M(p.first, "PERSON")
        if form == "ascii":
            return M(C.ascii_fold(p.full()), "PERSON")
        raise ValueError(form)

    def any(self, p: Person, *forms: str) -> str:
        return self.P(p, self.r.choice(forms or ("full", "title", "st", "ini", "sur")))

    def addr(self, pc: bool = True) -> str:
        s = M(f"{self.street} {self.num}", "ADDRESS")
        if pc:
            s += self.r.choice([", ", "  ", " te "[0:1] + " "]) + M(self.pc, "POSTCODE") + " " + K(self.town)
        return s

    def caseref(self) -> str:
        return K(self.r.choice(C.CASE_CUES)) + self.r.choice([" ", ": ", " nr. "]) + M(self.case, "CASE_NUMBER")

    def od(self) -> str:
        return K(C.ordinary_date(self.r))

    def dobm(self, cue: bool = True) -> str:
        r = self.r
        d = M(self.dob, "DATE_OF_BIRTH")
        if not cue:
            return f"({d})"
        return r.choice(
            [
                f"geboren {d}",
                f"geb. {d}",
                f"{K('geboortedatum')} {d}",
                f"geboren op {d}",
                f"° {d}",
                f"* {d}",
                f"{K('geboortedatum')}: {d}",
            ]
        )


def _pick(r: Random, *xs):
    return r.choice(xs)


# ================================================================= spoken (transcribed speech, dictation, reflection)
def sp_transcript(r: Random, c: Ctx) -> str:
    """Automatic speech-to-text of a mediation session: lower case, no full stops, speaker labels, timestamps."""
    t = [0]

    def ts() -> str:
        t[0] += r.randint(4, 70)
        return _pick(
            r,
            f"[{t[0] // 3600:02d}:{t[0] // 60 % 60:02d}:{t[0] % 60:02d}]",
            f"({t[0] // 60}:{t[0] % 60:02d})",
            f"{t[0] // 60:02d}:{t[0] % 60:02d} -",
        )

    res, off, med = c.res, c.off, c.med
    lab = _pick(r, "spreker", "Spreker", "SPREKER")
    hdr = (
        f"Transcriptie (automatisch) gesprek {c.caseref()} – {c.od()}\n{lab} 1 = "
        + c.P(med)
        + f" ({K('bemiddelaar')}), "
        f"{lab} 2 = " + c.P(res) + f", {lab} 3 = " + c.P(off, "ini") + f" ({K(c.dept)})\n"
    )
    lines = [
        f"{ts()} {lab} 1: goedemorgen allemaal eh fijn dat u er bent "
        + ("mevrouw " if res.g == "f" else "meneer ")
        + M(res.sname().lower(), "PERSON")
        + " en "
        + c.P(off, "first")
        + " ook welkom",
        f"{ts()} {lab} 2: ja dank u eh ik ben dus "
        + c.P(res, "lower")
        + " ik woon aan de "
        + M(f"{c.street.lower()} {c.num}", "ADDRESS")
        + " al twaalf jaar",
        f"{ts()} {lab} 3: ik heb het dossier van "
        + ("mevrouw " if res.g == "f" else "meneer ")
        + M(res.sname().lower(), "PERSON")
        + f" erbij het gaat om de {K(c.topic)}",
        f"{ts()} {lab} 2: mijn {_pick(r, 'zoon', 'dochter')} "
        + (c.P(c.child, "first") if c.child else c.P(c.nb, "first"))
        + " heeft ook eh gebeld [onverstaanbaar] maar niemand belde terug",
        f"{ts()} {lab} 1: dat hoor ik u zeggen ja en wat zou u vandaag willen bereiken",
        f"{ts()} {lab} 2: gewoon dat " + c.P(off, "first") + f" of iemand anders van {K(c.dept.lower())} het uitlegt",
        f"{ts()} {lab} 3: dat kan ik toezeggen ik bel u voor {K(r.choice(PL.WEEKDAYS))} op "
        + M(c.phone, "PHONE")
        + " klopt dat nummer nog",
        f"{ts()} {lab} 2: ja of mail naar " + M(c.mail, "EMAIL"),
    ]
    if r.random() < 0.5:
        lines.insert(
            3,
            f"{ts()} {lab} 2: mijn geboortedatum is "
            + M(C.spoken_dob(r), "DATE_OF_BIRTH")
            + " dat staat er ook verkeerd in",
        )
    if r.random() < 0.4:
        lines.append(
            f"{ts()} {lab} 1: dan vat ik samen "
            + c.P(off, "first")
            + " belt u en "
            + c.P(med, "first")
            + " dat ben ik houdt de vinger aan de pols"
        )
    return hdr + "\n".join(lines)


def _spell(s: str) -> str:
    return "-".join(ch.upper() for ch in s if ch.isalpha())


def sp_dictation(r: Random, c: Ctx) -> str:
    """A dictated memo with spoken punctuation and a spelled surname."""
    res = c.res
    sp = _spell(res.sur)
    out = (
        f"dicteer memo voor het dossier dubbele punt {c.caseref()} punt nieuwe alinea\n"
        f"vandaag {c.od()} gesproken met "
        + c.P(res, "title")
        + " komma dat is "
        + M(res.sname(), "PERSON")
        + " gespeld "
        + M(sp, "PERSON")
        + " komma voornaam "
        + c.P(res, "first")
        + " punt\n"
        + ("zij" if res.g == "f" else "hij")
        + " woont op "
        + c.addr()
        + " punt "
        + _pick(r, "ze" if res.g == "f" else "hij", "de bewoner")
        + f" vraagt om uitstel van de {K(c.topic)} punt "
        "telefoon " + M(c.phone, "PHONE") + " punt nieuwe alinea\n"
    )
    if r.random() < 0.6:
        out += "het " + K("BSN") + " is " + M(C.bsn_form(r, c.bsn), "BSN") + " punt " + c.dobm() + " punt\n"
    if c.partner:
        out += (
            "partner "
            + c.P(c.partner, "full")
            + " was telefonisch bereikbaar komma "
            + c.P(c.partner, "first")
            + " stemt in punt\n"
        )
    out += (
        "afspraak met " + c.P(c.off, "ini") + f" van {K(c.dept)} komma terugkoppeling uiterlijk {c.od()} punt "
        f"einde dictaat " + c.P(c.med, "para") + "\n[getypt door " + c.P(c.off2, "first") + f", {K('secretariaat')}]"
    )
    return out


def sp_voicemail(r: Random, c: Ctx) -> str:
    """Voicemail converted to text by the phone system, with recognition errors and a confidence line."""
    res = c.res
    pre = _pick(r, "Voicemail van", "Nieuw spraakbericht van", "Gemist gesprek + bericht:")
    s = (
        f"{pre} " + M(c.phone, "PHONE") + f" ({K(r.choice(PL.WEEKDAYS))} {r.randint(8, 17)}:{r.randint(10, 59)})\n"
        f"Transcriptie (betrouwbaarheid {r.randint(61, 94)}%):\n"
        f'"ja goedemiddag u spreekt met '
        + c.P(res, _pick(r, "full", "lower"))
        + " eh ik bel over mijn zaak "
        + M(c.case, "CASE_NUMBER")
        + f" over de {K(c.topic)} ik had gesproken met "
        + c.P(c.off, "st")
        + " maar die zou terugbellen en dat is niet gebeurd "
    )
    if r.random() < 0.5:
        s += "mijn " + _pick(r, "buurman", "buurvrouw") + " " + c.P(c.nb, "full") + " heeft ook al gebeld "
    s += "u kunt me bereiken op " + M(c.phone, "PHONE") + ' of op het werk dank u wel dag"\n'
    s += (
        _pick(r, "Doorgestuurd naar ", "Toegewezen aan ", "Opvolging: ")
        + c.P(c.med, "full")
        + " ("
        + M(C.work_email(c.med), "EMAIL")
        + ")"
    )
    return s


def sp_reflection(r: Random, c: Ctx) -> str:
    """A mediator's reflection or supervision note in the first person."""
    res, med, sup = c.res, c.med, c.sup
    head = _pick(r, "Reflectieverslag", "Supervisie – inbreng", "Leerverslag casus", "Intervisie-inbreng (eigen casus)")
    s = (
        f"{K(head)} {c.P(med, 'para')} – {c.od()}\n"
        f"{K('Supervisor')}: " + c.P(sup, "full") + "\n\n"
        f"{K('Wat speelde er')}\nIk had {K(r.choice(PL.WEEKDAYS))} het tweede gesprek met "
        + c.P(res, "title")
        + f" ({c.caseref()}). "
        + c.P(res, "Sur")
        + f" was boos over de {K(c.topic)} en ik merkte dat ik te snel "
        "naar een oplossing ging. Toen "
        + c.P(c.off, "first")
        + f" van {K(c.dept)} binnenkwam, viel "
        + c.P(res, "sur")
        + " stil.\n\n"
        f"{K('Wat raakte me')}\n"
    )
    if c.child:
        s += (
            "Het verhaal over "
            + c.P(c.child, "first")
            + ", de "
            + _pick(r, "zoon", "dochter")
            + " van "
            + c.P(res, "sur")
            + ", die "
            + _pick(r, "niet meer naar school gaat", "'s nachts moet tolken", "alle brieven leest")
            + ".\n\n"
        )
    else:
        s += "Dat " + c.P(res, "first") + " zei: 'ik ben gewoon een nummer'.\n\n"
    s += (
        f"{K('Vraag voor supervisie')}\nHoe blijf ik meerzijdig partijdig als "
        + c.P(c.off, "ini")
        + " zich verschuilt achter het beleid? "
        + c.P(sup, "first")
        + _pick(r, " vroeg", " stelde voor")
        + f" om het gesprek met {K('LSD')} (luisteren, samenvatten, doorvragen) terug te spelen.\n"
    )
    if r.random() < 0.4:
        s += "\nNB niet in dossier: adres " + c.addr() + ", tel. " + M(c.phone, "PHONE") + "."
    return s


def sp_kcc(r: Random, c: Ctx) -> str:
    """Verbatim transcript of a call to the municipal contact centre, with verification questions."""
    res = c.res
    ag = c.off2
    s = (
        f"{K('Klantcontactcentrum')} – gespreksopname {c.od()}, agent "
        + c.P(ag, "first")
        + " ("
        + c.P(ag, "para")
        + ")\n"
        "AGENT: " + K("Gemeente") + f" {K(c.town)}, u spreekt met " + c.P(ag, "first") + ", waarmee kan ik u helpen?\n"
        "BELLER: Ja, met "
        + c.P(res, "full")
        + ", ik bel voor "
        + _pick(r, "mijn moeder", "mezelf", "mijn buurvrouw")
        + ".\n"
        "AGENT: Mag ik voor de controle uw geboortedatum?\n"
        "BELLER: " + M(C.spoken_dob(r) if r.random() < 0.5 else c.dob, "DATE_OF_BIRTH") + ".\n"
        "AGENT: En de postcode en het huisnummer?\n"
        "BELLER: " + M(c.pc, "POSTCODE") + ", nummer " + c.num + ", " + M(c.street, "ADDRESS") + ".\n"
    )
    if r.random() < 0.5:
        s += (
            "AGENT: Ik zie ook een "
            + K("BSN")
            + " staan, "
            + M(C.bsn_form(r, c.bsn), "BSN")
            + ", klopt dat?\nBELLER: Dat klopt.\n"
        )
    s += (
        f"BELLER: Het gaat om de {K(c.topic)}. Ik heb een brief met {c.caseref()} maar "
        + c.P(c.off, "title")
        + " reageert niet.\n"
        "AGENT: Ik zet een terugbelverzoek uit naar "
        + c.P(c.off, "ini")
        + f" van {K(c.dept)}, op nummer "
        + M(c.phone, "PHONE")
        + "?\n"
        "BELLER: Ja. Dank u, " + c.P(ag, "first") + "."
    )
    return s


def sp_inspraak(r: Random, c: Ctx) -> str:
    """A resident's spoken contribution at a council committee, as transcribed for the minutes."""
    res = c.res
    chair = c.off2
    s = (
        f"{K('Inspraak')} {K('commissie')} {K(_pick(r, 'Samenleving', 'Ruimte', 'Bestuur'))}, {c.od()} (letterlijke "
        "weergave)\nDE VOORZITTER ("
        + c.P(chair, "ini")
        + "): Dan geef ik nu het woord aan "
        + c.P(res, "title")
        + ".\n"
        + c.P(res, "SURUP")
        + ": Dank u wel, voorzitter. Mijn naam is "
        + c.P(res, "full")
        + ", ik woon in "
        + K(c.town)
        + ", aan de "
        + M(c.street, "ADDRESS")
        + f". Ik sta hier vanwege de {K(c.topic)}. "
    )
    if c.partner:
        s += (
            "Mijn "
            + _pick(r, "man", "vrouw", "partner")
            + ", "
            + c.P(c.partner, "first")
            + ", kan er vandaag niet bij zijn. "
        )
    s += (
        "Sinds " + c.od() + " wacht ik op antwoord van " + c.P(c.off, "title") + ". (geroezemoes) "
        f"Ik heb het nummer {c.caseref()} nog bij me.\n"
        "DE VOORZITTER: Dank u, "
        + c.P(res, "title")
        + ". Zijn er vragen? Het lid "
        + c.P(c.nb, "Sur")
        + " ("
        + K(_pick(r, "Stadsbelangen", "Lokaal Sociaal", "Groen Links-PvdA"))
        + ").\n"
        + c.P(c.nb, "SURUP")
        + ": Heeft u "
        + K("bemiddeling")
        + " geprobeerd?\n"
        + c.P(res, "SURUP")
        + ": Ja, via "
        + c.P(c.med, "full")
        + ". Dat liep goed."
    )
    return s


def sp_podcast(r: Random, c: Ctx) -> str:
    """A transcribed radio or podcast interview about a mediation case (names said aloud before editing)."""
    host = c.off2
    s = (
        f"[{K('Podcast')} 'Gewoon Geregeld', afl. {r.randint(3, 60)} – ruwe transcriptie]\n"
        + c.P(host, "first").upper()
        + ": Welkom! Aan tafel: "
        + c.P(c.med, "full")
        + f", {K('bemiddelaar')} in {K(c.town)}, en "
        + c.P(c.res, "full")
        + ".\n"
        + M(c.res.first.upper(), "PERSON")
        + ": Hoi.\n"
        + c.P(host, "first").upper()
        + ": "
        + c.P(c.res, "first")
        + f", jij kreeg een {K(c.topic)}-brief...\n"
        + M(c.res.first.upper(), "PERSON")
        + ": Ja, en de ambtenaar, "
        + c.P(c.off, "first")
        + " heette hij of zij, "
        "zei: bel maar een "
        + K("advocaat")
        + ". Toen heb ik "
        + c.P(c.med, "first")
        + " gebeld.\n"
        + M(c.med.first.upper(), "PERSON")
        + f": En we zaten binnen twee weken in het {K(r.choice(PL.BUILDINGS))}.\n"
    )
    if r.random() < 0.5:
        s += "[REDACTIE: achternaam " + c.P(c.res, "sur") + " en " + M(c.mail, "EMAIL") + " niet uitzenden]\n"
    return s


SPOKEN = [sp_transcript, sp_dictation, sp_voicemail, sp_reflection, sp_kcc, sp_inspraak, sp_podcast]


# ================================================================= meetings (minutes, decisions, planning exports)
def mt_minutes(r: Random, c: Ctx) -> str:
    chair, sec = c.off2, c.sup
    s = (
        f"{K('NOTULEN')} "
        f"{K(_pick(r, 'Casusoverleg', 'Wijkteamoverleg', 'Multidisciplinair overleg', 'Zorg- en Veiligheidsoverleg'))} "
        f"– {c.od()}\n{K('Aanwezig')}: "
        + c.P(chair, "ini")
        + f" ({K('voorzitter')}), "
        + c.P(sec, "ini")
        + f" ({K('notulist')}), "
        + c.P(c.med, "ini")
        + f" ({K('bemiddelaar')}), "
        + c.P(c.off, "ini")
        + f" ({K(c.dept)})\n"
        f"{K('Afwezig')} met bericht: " + c.P(c.nb, "ini") + f" ({K(c.org)})\n\n"
        f"1. {K('Opening')}\n" + c.P(chair, "first") + " opent om 09:3" + str(r.randint(0, 9)) + ".\n\n"
        f"2. {K('Casus')} "
        + c.P(c.res, "SURUP")
        + f" ({c.caseref()})\n"
        + c.P(c.med, "para")
        + " licht toe: "
        + c.P(c.res, "st")
        + f" ({c.dobm()}) heeft schulden en een {K(c.topic)}-probleem. "
    )
    if c.child:
        s += (
            "Zoon/dochter "
            + c.P(c.child, "first")
            + " is in beeld bij "
            + K(_pick(r, "Leerplicht", "Jeugdzaken"))
            + ". "
        )
    s += (
        f"\n{K('Besluit')}: "
        + c.P(c.off, "para")
        + " vraagt uitstel aan; "
        + c.P(c.med, "para")
        + " belt "
        + c.P(c.res, "title")
        + " op "
        + M(c.phone, "PHONE")
        + ".\n\n"
        f"3. {K('Rondvraag')}\n" + c.P(sec, "first") + f" is met {K('verlof')} vanaf {c.od()}.\n"
        "Volgende overleg: " + c.od() + ", " + K(r.choice(PL.BUILDINGS)) + "."
    )
    return s


def mt_decisions(r: Random, c: Ctx) -> str:
    rows = [f"| {K('nr')} | {K('besluit')} | {K('eigenaar')} | {K('termijn')} |", "|---|---|---|---|"]
    n = r.randint(3, 5)
    who = [c.off, c.med, c.off2, c.sup]
    for i in range(n):
        p = who[i % len(who)]
        wat = _pick(
            r,
            f"herziening {K(c.topic)}",
            "terugbellen " + c.P(c.res, "st"),
            "brief naar " + c.addr(False),
            "overleg met " + c.P(c.nb, "full"),
            f"{K('kenmerk')} " + M(c.case, "CASE_NUMBER") + " sluiten",
            "uitbetaling op " + M(C.iban_form(r, c.iban), "IBAN"),
        )
        rows.append(
            f"| {r.randint(10, 99)}-{i + 1} | {wat} | " + c.P(p, _pick(r, "ini", "para", "first")) + f" | {c.od()} |"
        )
    head = (
        f"{K('BESLUITENLIJST')} {K(_pick(r, 'Stuurgroep', 'Afstemmingsoverleg', 'Teamoverleg', 'Regietafel'))} "
        f"{K(c.town)}, {c.od()}\n{K('Vastgesteld')} door " + c.P(c.off2, "ini") + "\n\n"
    )
    tail = f"\n\n{K('Legenda')}: " + ", ".join(c.P(p, "para") + " = " + c.P(p, "full") for p in who[: min(n, 4)]) + "."
    return head + "\n".join(rows) + tail


def mt_ics(r: Random, c: Ctx) -> str:
    """An iCalendar export of a planned conversation."""
    mail_med = C.work_email(c.med)
    mail_off = C.work_email(c.off)
    y, mo, d = 2026, r.randint(1, 12), r.randint(1, 28)
    s = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Gemeente//Agenda//NL\nBEGIN:VEVENT\n"
        f"DTSTART:{y}{mo:02d}{d:02d}T{r.randint(8, 16):02d}0000\n"
        f"SUMMARY:{K('Afstemmingsgesprek')} " + c.P(c.res, _pick(r, "full", "title", "SURUP")) + f" / {K(c.topic)}\n"
        f"LOCATION:" + c.addr() + "\n"
        "ORGANIZER;CN=" + c.P(c.med, "full") + ":mailto:" + M(mail_med, "EMAIL") + "\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=" + c.P(c.off, "full") + ":mailto:" + M(mail_off, "EMAIL") + "\n"
        "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=" + c.P(c.res, "full") + ":mailto:" + M(c.mail, "EMAIL") + "\n"
        f"DESCRIPTION:{K('Huisbezoek')} i.v.m. "
        + M(c.case, "CASE_NUMBER")
        + ". Bellen bij aankomst: "
        + M(c.phone, "PHONE")
        + ("\\n" + K("Tolk") + ": " + c.P(c.nb, "full") if r.random() < 0.4 else "")
        + "\n"
        "URL:https://afstemming.gemeente.nl/zaak/" + M(c.case, "CASE_NUMBER") + "\n"
        "END:VEVENT\nEND:VCALENDAR"
    )
    return s


def mt_csv(r: Random, c: Ctx) -> str:
    """A planning spreadsheet exported as CSV (semicolon separated)."""
    rows = [f"{K('datum')};{K('tijd')};{K('wie')};{K('wat')};{K('locatie')};{K('zaak')}"]
    people = [c.res, c.nb, c.partner or c.sup, c.child or c.off2]
    for p in people[: r.randint(3, 4)]:
        loc = _pick(r, c.addr(False), K(r.choice(PL.BUILDINGS)), K("telefonisch"))
        what = _pick(r, K("huisbezoek"), K("intake"), K("terugkoppeling"), K("hoorzitting"))
        rows.append(
            f"{c.od()};"
            f"{r.randint(8, 17)}:{_pick(r, '00', '15', '30', '45')};"
            + c.P(p, _pick(r, "surfirst", "full", "ini"))
            + f";{what};{loc};"
            + M(c.case, "CASE_NUMBER")
        )
    return (
        "planning_"
        + K(c.dept.replace(" ", "_").lower())
        + f"_week{r.randint(2, 51)}.csv ("
        + K("geëxporteerd")
        + " door "
        + c.P(c.med, "para")
        + ")\n"
        + "\n".join(rows)
    )


def mt_week(r: Random, c: Ctx) -> str:
    """A mediator's week agenda printed from the calendar."""
    days = r.sample(PL.WEEKDAYS[:5], 3)
    s = f"{K('Agenda')} " + c.P(c.med, "full") + f" – week {r.randint(2, 51)}\n"
    items = [
        f"09:00–10:00  {K('Huisbezoek')} " + _pick(r, "fam. ", "familie ") + c.P(c.res, "sur") + ", " + c.addr(),
        f"11:30–12:00  {K('Bellen')} " + c.P(c.off, "ini") + f" ({K(c.dept)}) re " + M(c.case, "CASE_NUMBER"),
        f"13:00–14:30  {K('Supervisie')} bij " + c.P(c.sup, "first"),
        f"15:00–15:30  {K('Terugbellen')} " + c.P(c.nb, "st") + " " + M(C.phone(r), "PHONE"),
        f"16:00–17:00  {K('Verslaglegging')} " + M(c.case, "CASE_NUMBER") + " + mail aan " + M(c.mail, "EMAIL"),
    ]
    r.shuffle(items)
    for i, d in enumerate(days):
        s += f"{K(d.capitalize())}\n" + "\n".join("  " + x for x in items[i::3]) + "\n"
    return s.rstrip()


def mt_objection_index(r: Random, c: Ctx) -> str:
    """The document index of an objection file, as sent to the objections committee."""
    s = (
        f"{K('DOSSIERINVENTARIS')} {K('bezwaar')} " + M(c.case, "CASE_NUMBER") + "\n"
        f"{K('Bezwaarmaker')}: " + c.P(c.res, _pick(r, "ini", "full")) + ", " + c.addr() + "\n"
        f"{K('Gemachtigde')}: " + (c.P(c.partner, "full") if c.partner else "mr. " + c.P(c.nb, "ini")) + "\n"
        f"{K('Behandelend')} {K('jurist')}: " + c.P(c.off, "full") + "\n\n"
    )
    docs = [
        f"{K('Primair besluit')} d.d. {c.od()}, kenmerk " + M(C.case_number(r), "CASE_NUMBER"),
        f"{K('Bezwaarschrift')} van " + c.P(c.res, "sur") + f" d.d. {c.od()}",
        f"{K('Ontvangstbevestiging')} aan " + c.P(c.res, "title"),
        "Verslag telefoongesprek " + c.P(c.off, "para") + " / " + c.P(c.res, "sur"),
        f"{K('Machtiging')} (" + c.P(c.res, "ini") + f", {c.dobm()})",
        "Bijlage: bankafschrift " + M(C.iban_form(r, c.iban), "IBAN"),
        "Foto's voertuig " + M(c.plate, "LICENSE_PLATE"),
        f"{K('Pleitnota')} " + c.P(c.res, "sur") + "_" + K("hoorzitting") + ".pdf",
    ]
    pick = docs[:3] + r.sample(docs[3:], r.randint(2, 4))
    s += "\n".join(f"{i + 1}. {d}" for i, d in enumerate(pick))
    s += f"\n\n{K('Hoorzitting')} gepland {c.od()}, {K('Raadzaal')}, " + K(c.town) + "."
    return s


def mt_decision(r: Random, c: Ctx) -> str:
    """A formal decision on objection, in numbered considerations."""
    s = (
        f"{K('BESLISSING OP BEZWAAR')}\n{K('Burgemeester en wethouders')} van {K(c.town)}\n\n"
        "Aan: " + c.P(c.res, _pick(r, "ini", "upper")) + "\n" + c.addr() + "\n"
        f"{K('Ons kenmerk')}: " + M(c.case, "CASE_NUMBER") + f"\n{K('Datum')}: {c.od()}\n\n"
        f"1. {K('Het bezwaar')}\n"
        + c.P(c.res, "title").capitalize()
        + f" ({c.dobm()}) maakt bezwaar tegen de {K(c.topic)}.\n"
        f"2. {K('De hoorzitting')}\nTijdens de hoorzitting van {c.od()} werd "
        + c.P(c.res, "sur")
        + " bijgestaan door "
        + (c.P(c.partner, "full") if c.partner else c.P(c.nb, "full"))
        + ". Namens het college was "
        + c.P(c.off, "ini")
        + " aanwezig.\n"
        f"3. {K('Overwegingen')}\nHet college volgt het advies van de {K('Bezwaarschriftencommissie')} ("
        + K("voorzitter")
        + " mr. "
        + c.P(c.off2, "ini")
        + ").\n"
        f"4. {K('Besluit')}\nHet bezwaar is " + _pick(r, "gegrond", "ongegrond", "deels gegrond") + "."
    )
    if r.random() < 0.5:
        s += (
            " Het bedrag van "
            + K(f"€ {r.randint(40, 900)},{r.randint(10, 99)}")
            + " wordt gestort op "
            + M(C.iban_form(r, c.iban), "IBAN")
            + "."
        )
    s += "\n\nNamens het college,\n" + c.P(c.off2, "full") + f", {K('secretaris')}"
    return s


MEETINGS = [mt_minutes, mt_decisions, mt_ics, mt_csv, mt_week, mt_objection_index, mt_decision]


# ================================================================= scans (OCR forms, young people, second languages)
_OCR = {"e": "c", "l": "1", "o": "0", "m": "rn", "i": "l", "a": "o", "n": "ri", "h": "b"}


def ocr(r: Random, s: str) -> str:
    idx = [i for i, ch in enumerate(s) if ch in _OCR]
    if not idx:
        return s
    i = r.choice(idx)
    return s[:i] + _OCR[s[i]] + s[i + 1 :]


def sc_form(r: Random, c: Ctx) -> str:
    """A hand-filled paper form, scanned and OCR'd: field labels, noisy values, stray marks."""
    res = c.res
    fn_ocr, sn_ocr = ocr(r, res.first), ocr(r, res.sname(cap=True))
    s = (
        f"[{K('SCAN')} {r.randint(1, 9)}/{r.randint(9, 12)} – OCR]\n"
        f"{K('AANVRAAGFORMULIER')} "
        f"{K(_pick(r, 'BIJZONDERE BIJSTAND', 'KWIJTSCHELDING', 'VERZOEK TOT AFSTEMMING', 'MEEDOENREGELING'))}\n"
        f"1 {K('Achternaam')} : " + M(sn_ocr.upper(), "PERSON") + " |\n"
        f"2 {K('Voornamen')} :  " + M(fn_ocr, "PERSON") + " ~\n"
        f"3 {K('Geboortedatum')} : " + M(c.dob, "DATE_OF_BIRTH") + "\n"
        f"4 {K('Adres')} : " + M(f"{c.street} {c.num}", "ADDRESS") + " ,\n"
        f"5 {K('Postcode')} / {K('Woonplaats')}: " + M(c.pc, "POSTCODE") + " " + K(c.town.upper()) + "\n"
        f"6 {K('Telefoon')} : " + M(c.phone, "PHONE") + "\n"
        f"7 {K('BSN')} : " + M(C.bsn_form(r, c.bsn), "BSN") + " .\n"
        f"8 {K('Rekeningnummer')} : " + M(C.iban_form(r, c.iban), "IBAN") + "\n"
    )
    if c.partner:
        s += (
            f"9 {K('Partner')} : "
            + M(ocr(r, c.partner.full()), "PERSON")
            + " ; geb. "
            + M(C.dob(r)[0], "DATE_OF_BIRTH")
            + "\n"
        )
    if c.child:
        s += f"10 {K('Kinderen')} : " + c.P(c.child, "first") + " (" + M(c.cdob, "DATE_OF_BIRTH") + ")\n"
    s += (
        f"{K('Handtekening')}: [handtekening] " + c.P(res, "ini") + f"   {K('Datum')}: {c.od()}\n"
        f"[{K('stempel')}: ONTVANGEN {c.od().upper()}] [handgeschreven in marge: 'bel "
        + c.P(res, "st")
        + " terug – "
        + c.P(c.off, "para")
        + "']"
    )
    return s


def sc_youth(r: Random, c: Ctx) -> str:
    """A young person's own message (slang, abbreviations, emoji) to a youth worker or the mediator."""
    kid = c.child or Person(r, family=c.res)
    c.child = kid
    yw = c.off
    s = (
        _pick(r, "yo ", "hey ", "hoi ", "Heyy ")
        + c.P(yw, "first")
        + _pick(r, "!! ", " ", ", ")
        + (
            f"ff over die {K(_pick(r, 'boete', 'scooterboete', 'schorsing', 'taakstraf'))} "
            + _pick(r, "wollah ", "sws ", "echt ")
            + "ik snap er niks van 😭 "
        )
    )
    s += (
        "mn "
        + (_pick(r, "moeder", "ma") if c.res.g == "f" else _pick(r, "vader", "pa"))
        + " "
        + c.P(c.res, _pick(r, "first", "full"))
        + " krijgt alle brieven maar leest t niet "
    )
    s += (
        "dat kenteken "
        + M(c.plate, "LICENSE_PLATE")
        + " is niet eens van mij maar van "
        + c.P(c.nb, "first")
        + " "
        + _pick(r, "bro", "man", "ofzo")
        + "\n"
    )
    s += (
        "kun je "
        + K(r.choice(PL.WEEKDAYS))
        + " na school? ik zit op "
        + K(_pick(r, "het Stedelijk", "Noordwest College", "ROC", "de Praktijkschool"))
        + "\nmijn nummer is nieuw: "
        + M(c.phone, "PHONE")
        + "\n- "
        + c.P(kid, "first")
        + _pick(r, " ✌️", "", " (" + M(kid.first.lower() + str(r.randint(2007, 2014)), "PERSON") + " op insta)")
    )
    s += (
        "\n\n---\n"
        + K("Notitie")
        + " "
        + K("jongerenwerker")
        + " "
        + c.P(yw, "para")
        + f": {K('jongere')} "
        + c.P(kid, "full")
        + " ("
        + M(c.cdob, "DATE_OF_BIRTH")
        + "), "
        + c.caseref()
        + ". Doorverwezen naar "
        + c.P(c.med, "full")
        + "."
    )
    return s


def sc_school(r: Random, c: Ctx) -> str:
    """A school's or attendance officer's note about a pupil."""
    kid = c.child or Person(r, family=c.res)
    c.child = kid
    doc_kind = _pick(r, "Verzuimmelding", "Zorgmelding", "Leerplicht – proces-verbaal van verhoor", "Overdracht mentor")
    s = (
        f"{K(doc_kind)}\n{K('Leerling')}: "
        + c.P(kid, _pick(r, "surfirst", "full"))
        + f", {K('groep')}/{K('klas')} {r.randint(1, 4)}"
        + _pick(r, "A", "B", "havo", "vmbo-t")
        + f", {K('geboortedatum')} "
        + M(c.cdob, "DATE_OF_BIRTH")
        + "\n"
        f"{K('Ouder')}/{K('verzorger')}: " + c.P(c.res, "title") + ", " + c.addr() + ", " + M(c.phone, "PHONE") + "\n"
        f"{K('Mentor')}: "
        + c.P(c.off, "full")
        + "\n\n"
        + c.P(kid, "first")
        + f" was {r.randint(6, 40)} uur ongeoorloofd afwezig sinds {c.od()}. Volgens "
        + c.P(kid, "first")
        + " moet "
        + _pick(r, "hij", "zij")
        + " thuis tolken voor "
        + c.P(c.res, "first")
        + f" bij {K(c.dept)}. "
        f"{K('Leerplichtambtenaar')} "
        + c.P(c.off2, "ini")
        + " stelt voor: "
        + K("bemiddeling")
        + " via "
        + c.P(c.med, "first")
        + ".\n"
        f"{K('Zaak')}: " + M(c.case, "CASE_NUMBER")
    )
    return s


def sc_lang(r: Random, c: Ctx) -> str:
    """A message in a second language or mixed with Dutch."""
    res = c.res
    lang = r.randint(0, 4)
    if lang == 0:
        body = (
            "Dear "
            + c.P(c.med, "first")
            + f",\nI am writing about my {K('parkeervergunning')}. My neighbour "
            + c.P(c.nb, "full")
            + " said I should contact you. My case number is "
            + M(c.case, "CASE_NUMBER")
            + ". I live at "
            + c.addr()
            + ". Please call me on "
            + M(c.phone, "PHONE")
            + ", I don't speak Dutch very well yet.\nKind regards,\n"
            + c.P(res, "full")
        )
    elif lang == 1:
        body = (
            "Merhaba "
            + c.P(c.med, "first")
            + " hanım, ben "
            + c.P(res, "full")
            + f". {K('Belastingen')} bana yine mektup gönderdi, "
            + M(c.case, "CASE_NUMBER")
            + ". Oğlum "
            + (c.P(c.child, "first") if c.child else c.P(c.nb, "first"))
            + " tercüme ediyor. Telefon: "
            + M(c.phone, "PHONE")
            + "\n(vertaling "
            + c.P(c.off2, "para")
            + f": mevrouw schrijft dat {K('Belastingen')} opnieuw een brief stuurde)"
        )
    elif lang == 2:
        body = (
            "Dzień dobry, nazywam się "
            + c.P(res, "full")
            + ". Mieszkam na "
            + M(f"{c.street} {c.num}", "ADDRESS")
            + f". Mam problem z {K('Wmo')}. Mój numer: "
            + M(c.phone, "PHONE")
            + ", e-mail "
            + M(c.mail, "EMAIL")
            + "\n[NL: vraag over "
            + K("Wmo")
            + ", graag terugbellen – "
            + c.P(c.off, "ini")
            + "]"
        )
    elif lang == 3:
        body = (
            "Salam "
            + c.P(c.med, "first")
            + ", ik ben "
            + c.P(res, "first")
            + " van "
            + c.P(c.nb, "title")
            + f" haar buurvrouw. inshallah komt het goed met de {K(c.topic)} maar ze is echt ziek ervan, "
            "mashallah haar dochter helpt wel. Haar nummer "
            + M(c.phone, "PHONE")
            + ", zaak "
            + M(c.case, "CASE_NUMBER")
        )
    else:
        body = (
            "Bom dia, sou "
            + c.P(res, "full")
            + ", nascido em "
            + M(c.dob, "DATE_OF_BIRTH")
            + ". Ik snap brief niet van "
            f"{K('gemeente')}, {K('kenmerk')} "
            + M(c.case, "CASE_NUMBER")
            + ". Meu filho "
            + (c.P(c.child, "first") if c.child else "")
            + " kan tolken. Tel "
            + M(c.phone, "PHONE")
            + ". Obrigado."
        )
    return f"{K(_pick(r, 'Bericht', 'Webformulier', 'WhatsApp', 'Brief (ingescand)'))} {c.od()}\n" + body


def sc_letter(r: Random, c: Ctx) -> str:
    """A handwritten letter, scanned: line-break hyphens, OCR confusions, a stamp and handwritten remarks."""
    res = c.res
    sur = res.sname(cap=True)
    cut = max(2, len(res.sur) // 2)
    broken = res.sname()[: len(res.sname()) - len(res.sur) + cut] + "-\n" + res.sur[cut:]
    s = (
        f"[{K('ONTVANGEN')} {c.od().upper()}]  [{K('INGESCAND')}]\n" + c.P(res, "full") + "\n" + c.addr() + "\n\n"
        f"Aan de {K('gemeente')} {K(c.town)}, afd. {K(c.dept)}\n\n"
        f"Geachte heer/mevrouw,\nIk schrijf u omdat ik al maanden niks hoor over mijn {K(c.topic)}. Uw "
        f"{K('kenmerk')} was "
        + M(c.case, "CASE_NUMBER")
        + ". Ik heb gebeld met "
        + M(ocr(r, c.off.full()), "PERSON")
        + " maar ik werd niet terug gebeld.\n"
    )
    if c.partner:
        s += "Ook mijn " + _pick(r, "man", "vrouw") + " " + c.P(c.partner, "first") + " heeft geschreven.\n"
    s += (
        "Met vriendelijke groet,\n[handtekening]\n"
        + M(broken, "PERSON")
        + "\n"
        + M(ocr(r, sur), "PERSON")
        + " tel "
        + M(c.phone, "PHONE")
        + "\n"
        "[handgeschreven, ander handschrift: 'doorgezet naar " + c.P(c.med, "first") + ", " + c.P(c.off2, "para") + "']"
    )
    return s


SCANS = [sc_form, sc_youth, sc_school, sc_lang, sc_letter]


# ================================================================= known
def _known_person(r: Random, word: str, is_first: int) -> Person:
    if is_first:
        return Person(r, g="f" if word not in ("Mees", "Storm") else "m", first=word)
    o = r.choice([x for x in C.ORIGINS if x.code in ("nl", "nlp", "fy", "lb", "vl")])
    part = r.choice(["", "", "", "de", "van der", "van de", "Van der", "van 't"])
    return Person(r, origin=o, sur=word, part=part)


def kn_doc(r: Random, n: int) -> tuple[str, dict, Ctx]:
    word, is_first, phrases = PL.KNOWN_WORDS[n % len(PL.KNOWN_WORDS)]
    c = Ctx(r)
    c.res = _known_person(r, word, is_first)
    if c.partner:
        c.partner = Person(r, family=c.res, g="m" if c.res.g == "f" else "f")
    if c.child:
        c.child = Person(r, family=c.res)
    ph1, ph2 = r.sample(phrases, 2)
    shape = r.randint(0, 7)
    res = c.res
    if shape == 0:
        s = (
            f"{K('Transcriptie')} gesprek {c.od()}\nspreker 1 (" + c.P(c.med, "first") + "): vertelt u maar\n"
            "spreker 2 (" + c.P(res, "full") + f"): nou kijk het begon met {K(ph1)} en toen kwam de {K(c.topic)}\n"
            "spreker 1: en " + c.P(res, "title") + ", wat wilt u nu?\nspreker 2: gewoon rust"
        )
    elif shape == 1:
        s = (
            f"{K('NOTULEN')} {K('Wijkteamoverleg')} {c.od()}\n{K('Aanwezig')}: "
            + c.P(c.off, "ini")
            + ", "
            + c.P(c.med, "ini")
            + f"\n2. {K('Casus')} "
            + c.P(res, "SURUP")
            + " ("
            + M(c.case, "CASE_NUMBER")
            + f")\nBewoner klaagt over {K(ph1)}. "
            + c.P(res, "title").capitalize()
            + f" wil een gesprek met {K(c.dept)}."
        )
    elif shape == 2:
        s = (
            f"BEGIN:VEVENT\nSUMMARY:{K('Huisbezoek')} "
            + c.P(res, "full")
            + "\nLOCATION:"
            + c.addr()
            + f"\nDESCRIPTION:let op {K(ph1)} bij de ingang\\nbellen "
            + M(c.phone, "PHONE")
            + "\nEND:VEVENT"
        )
    elif shape == 3:
        s = (
            f"[{K('SCAN')} – OCR]\n{K('Naam')}: "
            + c.P(res, "surfirst")
            + f"\n{K('Geboortedatum')}: "
            + M(c.dob, "DATE_OF_BIRTH")
            + f"\n{K('Toelichting')}: het gaat om {K(ph1)} achter ons huis\n{K('Handtekening')}: "
            + c.P(res, "ini")
        )
    elif shape == 4:
        s = (
            f"{K('Reflectieverslag')} "
            + c.P(c.med, "para")
            + "\nIn het gesprek met "
            + c.P(res, "full")
            + f" ging het over {K(ph1)}. "
            "Ik merkte dat " + c.P(res, "sur") + f" pas ontspande toen {K('de ambtenaar')} luisterde."
        )
    elif shape == 5:
        s = (
            "hoi "
            + c.P(c.off, "first")
            + " ik ben "
            + c.P(res, "first")
            + f" lol, vraag over {K(ph1)} en mn {K(c.topic)}\n"
            "- " + c.P(res, "full")
        )
    elif shape == 6:
        s = (
            "Dicteer memo: gesproken met " + c.P(res, "title") + " punt " + c.P(res, "Sur") + f" noemt {K(ph1)} komma "
            "zaak " + M(c.case, "CASE_NUMBER") + " punt"
        )
    else:
        s = (
            f"{K('BESLUITENLIJST')} {c.od()}\n| 1 | uitnodigen " + c.P(res, "ini") + " | " + c.P(c.off, "para") + " |\n"
            f"{K('Toelichting')}: de klacht gaat over {K(ph1)}."
        )
    if r.random() < 0.5:
        s += f"\n{K('PS')}: ook {K(ph2)} kwam ter sprake."
    if M(res.full(), "PERSON") not in s:
        s += "\n" + K("Verzoeker") + ": " + c.P(res, "full")
    known = {"names": [res.full()]}
    if r.random() < 0.3:
        known["emails"] = [c.mail]
        s += "\nmail: " + M(c.mail, "EMAIL")
    elif r.random() < 0.3:
        known["phones"] = [c.phone]
        if M(c.phone, "PHONE") not in s:
            s += "\ntel: " + M(c.phone, "PHONE")
    return s, known, c
