"""Templates of holdout2_known.jsonl: residents whose names are ordinary Dutch words, passed as "known".

The record's own data goes in "known" (names as the request record holds them, e-mail, phone in the record's
notation); the same words also occur as ordinary words (written lower case, never opening a sentence) and must be
kept. Officials and neighbours are not in "known" and must be found without help.
"""

from __future__ import annotations

import re

from h2_core import Gen, Person, cap, keep, m, the_team
from h2_pools import (
    APPLY_SCHEMES,
    ORGS,
    ORIGINS,
    SCHEMES,
    TEAMS,
    WEEKDAYS,
    WORD_FIRSTNAMES,
    WORD_PARTICLES,
    WORD_SURNAME_ORIGIN,
    WORD_SURNAMES,
)


def P(t: str) -> str:
    return m("PERSON", t)


class Resident:
    """A person whose name holds an ordinary word, with sentences that use that word ordinarily."""

    def __init__(self, person: Person, usages: list[str]) -> None:
        self.p = person
        self.usages = usages


def word_person(g: Gen, prefer_first: bool | None = None) -> Resident:
    """A resident with a word surname, a word first name, or both; claims the name parts."""
    use_first = g.chance(0.3) if prefer_first is None else prefer_first
    for _ in range(200):
        if use_first:
            first, gender, origin, sentences = g.pick(WORD_FIRSTNAMES)
            if g.chance(0.3):
                sur, sur_sentences = g.pick(WORD_SURNAMES)
                if WORD_SURNAME_ORIGIN.get(sur, "dutch") != origin:
                    continue
                sentences = sentences + sur_sentences
                words = [(first, s) for s in sentences[:2]] + [(sur, s) for s in sentences[2:]]
            else:
                sur = g.pick(ORIGINS[origin][2]).replace("|", " ")
                words = [(first, s) for s in sentences]
        else:
            sur, sentences = g.pick(WORD_SURNAMES)
            origin = WORD_SURNAME_ORIGIN.get(sur, "dutch")
            gender = g.pick("fm")
            fem, mal, _ = ORIGINS[origin]
            first = g.pick(fem if gender == "f" else mal)
            if sur in WORD_PARTICLES and g.chance(0.4):
                sur = f"{WORD_PARTICLES[sur]} {sur}"
            words = [(sur.split()[-1], s) for s in sentences]
        if not g._parts_free(first, sur):
            continue
        g._claim(first, sur)
        p = Person(first, sur, gender, origin, g.pick("ABCDEHJKLMPRSTW") if g.chance(0.3) else "")
        usages = [fill(s, w, p) for w, s in words]
        return Resident(p, usages)
    raise RuntimeError("no free word name")


def fill(sentence: str, word: str, p: Person) -> str:
    """The sentence with the ordinary word marked as keep (with its neighbour for a specific keep string)."""
    s = sentence.replace("{pron}", p.pron).replace("{poss}", p.poss)
    w = word.lower()
    head, tail = s.split("{w}", 1)
    mo = re.search(r"(\S+ )$", head)
    prev = mo.group(1) if mo else ""
    suffix = re.match(r"\w*", tail).group(0)
    lead = head[: len(head) - len(prev)]
    assert lead or prev, f"ordinary word opens the sentence: {sentence}"
    if lead:
        return cap(lead) + keep(prev + w + suffix) + tail[len(suffix) :]
    return keep(cap(prev) + w + suffix) + tail[len(suffix) :]


def lowfirst(marked: str) -> str:
    """Lower-case the first letter (inside a leading keep mark too), as a chat writer would."""
    if marked.startswith("\x02KEEP\x1f"):
        n = len("\x02KEEP\x1f")
        return marked[:n] + marked[n].lower() + marked[n + 1 :]
    return marked[0].lower() + marked[1:]


def known_of(r: Resident, email: str | None = None, phone: str | None = None) -> dict:
    known: dict = {"names": [r.p.full]}
    if email:
        known["emails"] = [email]
    if phone:
        digits = re.sub(r"\D", "", phone)
        if digits.startswith("0031"):
            digits = "0" + digits[4:]
        elif digits.startswith("31"):
            digits = "0" + digits[2:]
        known["phones"] = [digits]
    return known


def k_note(g: Gen) -> tuple[str, dict]:
    r = word_person(g)
    p = r.p
    scheme = g.pick(APPLY_SCHEMES)
    text = " ".join(
        [
            f"Gesprek met {P(p.full)} op {keep(g.date_words(weekday=True, year=False))}.",
            f"{r.usages[0]}.",
            f"{cap(p.title)} {P(p.ref)} vraagt waarom {p.poss} aanvraag voor {keep(scheme)} nog niet is behandeld.",
            f"{r.usages[1]}.",
            f"{P(p.ref)} wil binnen {keep('twee weken')} antwoord.",
        ]
    )
    return text, known_of(r)


def relative(g: Gen, r: Resident) -> tuple[Person, str]:
    """A son or daughter who writes on the resident's behalf (often with the same surname), and the relation word."""
    gender = g.pick("fm")
    if g.chance(0.6):
        first = g.child_name(r.p.origin, gender)
        writer = Person(first, r.p.sur, gender, r.p.origin)
    else:
        writer = g.person(origin=r.p.origin, gender=gender)
    return writer, "moeder" if r.p.gender == "f" else "vader"


def k_mail(g: Gen) -> tuple[str, dict]:
    """A son or daughter writes for the resident; the request record holds both names, the writer's mail and phone."""
    r = word_person(g)
    p = r.p
    writer, rel = relative(g, r)
    email = g.email(writer)
    phone = g.mobile()
    lines = [
        f"Van: {P(writer.full)} <{m('EMAIL', email)}>",
        f"Onderwerp: {keep(g.pick(SCHEMES))}",
        "",
        f"Beste medewerker van {the_team(g.pick(TEAMS))},",
        "",
        f"Ik schrijf namens mijn {rel}, {P(p.full)}. {r.usages[0]}.",
        f"Mijn {rel} wacht al sinds {keep(g.date_words(year=False))} op een besluit. {r.usages[1]}.",
        "",
        "Groet,",
        P(writer.first if g.chance(0.4) else writer.full),
        m("PHONE", phone),
    ]
    known = known_of(r, email, phone if g.chance(0.7) else None)
    known["names"].append(writer.full)
    return "\n".join(lines), known


def k_minutes(g: Gen) -> tuple[str, dict]:
    r = word_person(g)
    p = r.p
    off, other = g.person(), g.person()
    team, org = g.pick(TEAMS), g.pick(ORGS)
    lines = [
        f"Aanwezig: {P(p.full)} (bewoner), {P(off.full)} ({keep(team)}), {P(other.full)} ({keep(org)})",
        f"{r.usages[0]}.",
        f"Actiepunt: {P(off.first)} belt {p.title} {P(p.ref)} over {keep(g.pick(SCHEMES))}.",
        f"Actiepunt: {P(other.ref)} zoekt uit wie eigenaar is van het pand.",
        f"{r.usages[1]}.",
    ]
    return "\n".join(lines), known_of(r)


def k_official(g: Gen) -> tuple[str, dict]:
    """Resident known; the official also bears a word name but is not known."""
    r = word_person(g, prefer_first=False)
    o = word_person(g, prefer_first=False)
    p, off = r.p, o.p
    team = g.pick(TEAMS)
    lines = [
        f"{P(p.full)} sprak op {keep(g.pick(WEEKDAYS))} met {P(off.full)} van {keep(team)}.",
        f"{r.usages[0]}.",
        f"{P(off.ref)} belooft {p.title} {P(p.ref)} een schriftelijk antwoord.",
        f"{o.usages[1]}.",
    ]
    return " ".join(lines), known_of(r)


def k_letter(g: Gen) -> tuple[str, dict]:
    r = word_person(g, prefer_first=False)
    p = r.p
    off = g.person()
    sal = "Geachte mevrouw" if p.gender == "f" else "Geachte heer"
    lines = [
        f"{sal} {P(p.ref)},",
        "",
        f"In uw brief van {keep(g.date_words())} schrijft u het volgende. {r.usages[0]}.",
        f"U vraagt of de gemeente daar iets aan kan doen. {r.usages[1]}.",
        f"Wij nemen contact met u op via {m('PHONE', g.phone(p))}.",
        "",
        "Met vriendelijke groet,",
        P(off.initialed),
        keep(g.pick(TEAMS)),
    ]
    return "\n".join(lines), known_of(r)


def k_possessive(g: Gen) -> tuple[str, dict]:
    for _ in range(50):
        r = word_person(g, prefer_first=False)
        last = r.p.ref[-1].lower()
        if last not in "e":
            break
    p = r.p
    poss = P(p.ref) + ("'s" if last in "aiouy" else "'" if last in "sxz" else "")
    if last not in "aiouysxz":
        poss = P(p.ref + "s")
    text = " ".join(
        [
            f"{poss} aanvraag voor {keep(g.pick(APPLY_SCHEMES))} ligt nog bij {the_team(g.pick(TEAMS))}.",
            f"{r.usages[0]}.",
            f"Volgens {P(p.full)} is dat de reden dat {p.pron} de termijn heeft gemist.",
            f"{r.usages[1]}.",
        ]
    )
    return text, known_of(r)


def k_chat(g: Gen) -> tuple[str, dict]:
    r = word_person(g)
    p = r.p
    writer, rel = relative(g, r)
    t = g.times(4)
    lines = [
        f"[{t[0]}] inwoner: Goedemiddag, ik app namens mijn {rel}, {P(p.full)}",
        f"[{t[1]}] inwoner: {lowfirst(r.usages[0])}",
        f"[{t[2]}] medewerker: Dank u. Ik zet het door naar {the_team(g.pick(TEAMS))}; zij bellen "
        f"{p.title} {P(p.ref)} terug.",
        f"[{t[3]}] inwoner: oke. en {lowfirst(r.usages[1])}",
    ]
    known = known_of(r)
    if writer.sur != p.sur and g.chance(0.5):
        known["names"].append(writer.full)
    return "\n".join(lines), known


def k_household(g: Gen) -> tuple[str, dict]:
    """Two residents of one household in the record (both known)."""
    a = word_person(g, prefer_first=False)
    b = word_person(g, prefer_first=True)
    lines = [
        f"Het verzoek komt van {P(a.p.full)} en {P(b.p.full)}, die samen een woning huren.",
        f"{a.usages[0]}.",
        f"{b.usages[0]}.",
        f"{P(a.p.first)} en {P(b.p.first)} vragen {keep(g.pick(APPLY_SCHEMES))} aan.",
    ]
    known = known_of(a)
    known["names"].append(b.p.full)
    return " ".join(lines), known


TEMPLATES = [k_note, k_mail, k_minutes, k_official, k_letter, k_possessive, k_chat, k_household]


def k_caps(g: Gen) -> tuple[str, dict]:
    r = word_person(g, prefer_first=False)
    p = r.p
    coach = g.person()
    lines = [
        f"HUISBEZOEK FAMILIE {P(p.ref.upper())}",
        f"Wijkcoach: {P(coach.full)}",
        "",
        f"{r.usages[0]}. {cap(p.title)} {P(p.ref)} vertelt dat het gezin sinds de zomer rond moet komen van "
        f"{keep(g.pick(['een bijstandsuitkering', 'een klein pensioen', 'de AOW']))}.",
        f"{r.usages[1]}.",
    ]
    return "\n".join(lines), known_of(r)


def k_voicemail(g: Gen) -> tuple[str, dict]:
    """The record holds the phone in its own notation; the voicemail says it differently."""
    r = word_person(g)
    p = r.p
    d = g.pick("123456") + g.digits(7)
    spoken = g.pick([f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]} {d[4:]}", f"+31 6 {d}"])
    text = (
        f"Voicemail {keep(g.pick(WEEKDAYS))}: 'Ja, goedemorgen, met {P(p.full)}. {r.usages[0]}. "
        f"Kunt u mij terugbellen op {m('PHONE', spoken)}? Dank u.' Notitie: {r.usages[1]}."
    )
    known = known_of(r)
    known["phones"] = [f"06{d}"]
    return text, known


TEMPLATES += [k_caps, k_voicemail]
