"""Document shapes for the fresh8 corpus: people, identifiers and one function per genre.

Each genre function takes a seeded ``random.Random`` and returns a ``Doc`` whose ``pii`` and ``keep`` lists are
filled while the text is written, so every annotation is the string as it stands in the text.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

import pools_f8 as P

DUTCH_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "uit"}


@dataclass
class Doc:
    """A document being written: text is assembled by the caller, pii and keep are collected on the way."""

    pii: list[dict] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    text: str = ""

    def p(self, text: str, label: str = "PERSON") -> str:
        """Record ``text`` as personal data with ``label`` and return it."""
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        if label == "PERSON":
            self.persons.append(text)
        return text

    def k(self, text: str) -> str:
        """Record ``text`` as a word that must survive and return it."""
        if text not in self.keep:
            self.keep.append(text)
        return text

    def ks(self, words: list[str]) -> None:
        """Record several keep words."""
        for w in words:
            self.k(w)


def cap1(s: str) -> str:
    """Upper-case the first letter (keeps an apostrophe prefix such as 't as it is)."""
    return s if s.startswith("'") else s[:1].upper() + s[1:]


@dataclass
class Person:
    """A person with given names, surname (particles included) and gender ('f' or 'm')."""

    first: str
    surname: str
    gender: str
    second: str = ""

    def full(self) -> str:
        """First name and surname as in running text."""
        return f"{self.first} {self.surname}"

    def sur(self) -> str:
        """The surname standing without a first name (Dutch particle capitalised)."""
        return cap1(self.surname) if self.surname.split()[0] in DUTCH_PARTICLES else self.surname

    def core(self) -> str:
        """The surname without leading Dutch particles."""
        parts = self.surname.split()
        while len(parts) > 1 and parts[0].lower() in DUTCH_PARTICLES:
            parts = parts[1:]
        return " ".join(parts)

    def particle(self) -> str:
        """The leading Dutch particles of the surname, if any."""
        core = self.core()
        return self.surname[: len(self.surname) - len(core)].strip()

    def inits(self, style: int = 0) -> str:
        """The initials in one of several styles: A.B. / A. B. / AB / A."""
        letters = [w[0] for w in self.first.replace("-", " ").split()] + ([self.second[0]] if self.second else [])
        if style == 1:
            return " ".join(f"{c}." for c in letters)
        if style == 2 and len(letters) > 1:
            return "".join(letters)
        if style == 3:
            return f"{letters[0]}."
        return "".join(f"{c}." for c in letters)

    def poss(self, name: str) -> str:
        """Dutch possessive of ``name`` as written: Vos' / Anna's / Pieters."""
        if name[-1] in "sxzSXZ":
            return name + "'"
        if name[-1] in "aeiouyAEIOUY":
            return name + "'s"
        return name + "s"

    def title(self, r: random.Random) -> str:
        """A form of address for this person."""
        return r.choice(P.TITLES_F if self.gender == "f" else P.TITLES_M)

    def pron(self) -> str:
        """Subject pronoun."""
        return "zij" if self.gender == "f" else "hij"

    def pos(self) -> str:
        """Possessive pronoun."""
        return "haar" if self.gender == "f" else "zijn"


def person(r: random.Random, origin: str | None = None) -> Person:
    """A random person; now and then with a second given name or a double-barrelled surname."""
    origin = origin or r.choice(sorted(P.ORIGINS))
    fem, mal, surs = P.ORIGINS[origin]
    gender = r.choice("fm")
    first = r.choice(fem if gender == "f" else mal)
    x = r.random()
    if x < 0.08:
        surname = r.choice(P.FIXED_SURNAMES)
    elif x < 0.18:
        other = P.ORIGINS[r.choice(sorted(P.ORIGINS))][2]
        surname = f"{r.choice(surs)}-{r.choice(other)}"
    else:
        surname = r.choice(surs)
    second = r.choice(fem if gender == "f" else mal) if r.random() < 0.3 else ""
    if second == first:
        second = ""
    return Person(first, surname, gender, second)


def people(r: random.Random, n: int) -> list[Person]:
    """``n`` people without a shared name word (so each annotation stays distinct)."""
    out: list[Person] = []
    seen: set[str] = set()
    while len(out) < n:
        q = person(r)
        words = {w.lower() for w in re.split(r"[\s\-]+", q.full())} - DUTCH_PARTICLES
        if words & seen:
            continue
        seen |= words
        out.append(q)
    return out


def mention(d: Doc, r: random.Random, q: Person, form: str) -> str:
    """Write ``q`` in ``form``, record the personal part(s) and return the phrase for the text."""
    if form == "full":
        return d.p(q.full())
    if form == "title":
        return f"{q.title(r)} {d.p(q.sur())}"
    if form == "inits":
        return d.p(f"{q.inits(r.choice([0, 1, 2, 3]))} {q.surname}")
    if form == "title_inits":
        return f"{q.title(r)} {d.p(q.inits(r.choice([0, 1, 3])) + ' ' + q.surname)}"
    if form == "sur":
        return d.p(q.sur())
    if form == "first":
        return d.p(P.NICKNAMES.get(q.first, q.first))
    if form == "poss_first":
        return d.p(q.poss(q.first))
    if form == "poss_sur":
        return d.p(q.poss(q.sur()))
    if form == "caps":
        return d.p(q.full().upper())
    if form == "lower":
        return d.p(q.full().lower())
    if form == "sur_first":
        part = q.particle()
        if part and r.random() < 0.5:
            return f"{d.p(q.core())}, {d.p(q.inits())} {part}"
        return f"{d.p(q.sur())}, {d.p(q.inits(r.choice([0, 1])))}"
    if form == "academic":
        return f"{r.choice(P.ACADEMIC)} {d.p(q.inits() + ' ' + q.surname)}"
    raise ValueError(form)


FORMS = ["full", "title", "inits", "title_inits", "sur", "first", "poss_first", "poss_sur", "caps", "sur_first"]


# ---------------------------------------------------------------- identifiers


def bsn(r: random.Random) -> str:
    """A nine-digit number that passes the eleven test."""
    while True:
        digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(dg * w for dg, w in zip(digits, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, digits + [last]))


def bsn_ok(s: str) -> bool:
    """The eleven test on a written BSN."""
    dg = [int(c) for c in re.sub(r"\D", "", s)]
    if len(dg) != 9:
        return False
    return (sum(a * w for a, w in zip(dg[:8], range(9, 1, -1), strict=True)) - dg[8]) % 11 == 0


def fmt_bsn(r: random.Random, s: str) -> str:
    """A BSN written in one of the common ways."""
    return r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:4]} {s[4:6]} {s[6:]}"])


def iban(r: random.Random) -> str:
    """A Dutch IBAN with a valid mod-97 check, written in groups of four or in one piece."""
    bank = r.choice(P.BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - int(_iban_digits(f"{bank}{acct}NL00")) % 97
    raw = f"NL{check:02d}{bank}{acct}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if r.random() < 0.6 else raw


def _iban_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s: str) -> bool:
    """The mod-97 check on a written IBAN."""
    raw = re.sub(r"\s", "", s).upper()
    return int(_iban_digits(raw[4:] + raw[:4])) % 97 == 1


def phone(r: random.Random) -> str:
    """A Dutch phone number in one of many written shapes."""
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["020", "010", "0513", "0475", "038", "013", "0229", "045"])
    rest = "".join(str(r.randint(1, 9)) for _ in range(10 - len(area)))
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"+31(0)6-{m}",
            f"0031 6 {m}",
            f"06{m}",
            f"{area}-{rest}",
            f"({area}) {rest[:3]} {rest[3:]}",
            f"+31 {area[1:]} {rest}",
            f"06 - {m[:4]} {m[4:]}",
        ]
    )


def spoken_phone(r: random.Random) -> str:
    """A mobile number as a voicemail transcript writes it: the start in words, the rest in digits."""
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    head = " ".join(P.NUMWORDS[int(c)] for c in "06" + m[0])
    return f"{head}, {m[1:3]} {m[3:5]} {m[5:]}"


def email(r: random.Random, q: Person) -> str:
    """A private e-mail address built from a person's name."""
    f = re.sub(r"[^a-z]", "", _ascii(q.first.split()[0].lower()))
    s = re.sub(r"[^a-z]", "", _ascii(q.core().lower()))
    local = r.choice(
        [f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{r.randint(60, 99)}", f"{s}.{f}", f"{f}_{s[:4]}", f"{f}{r.randint(1, 999)}"]
    )
    return f"{local}@{r.choice(P.MAIL_HOSTS)}"


def official_email(q: Person, town: str) -> str:
    """An official's own municipal address."""
    return f"{_ascii(q.first[0].lower())}.{re.sub(r'[^a-z]', '', _ascii(q.core().lower()))}@{slug(town)}.nl"


def _ascii(s: str) -> str:
    s = s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "đ": "d"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(town: str) -> str:
    """The municipality's mail domain part."""
    return re.sub(r"[^a-z]", "", town.lower())


def postcode(r: random.Random) -> str:
    """A Dutch postcode (1234 AB or 1234AB)."""
    letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    return f"{r.randint(1011, 9999)}{r.choice([' ', '', ' '])}{letters}"


def house(r: random.Random) -> str:
    """A house number with an occasional addition."""
    n = str(r.randint(1, 240))
    return n + r.choice(["", "", "", "a", "B", "-2", "-hs", "-III"])


def address(r: random.Random) -> str:
    """Street and house number."""
    return f"{r.choice(P.STREETS)} {house(r)}"


def plate(r: random.Random) -> str:
    """A Dutch licence plate in one of the side codes."""

    def c(n: int) -> str:
        return "".join(r.choice(P.PLATE_LETTERS) for _ in range(n))

    def n(k: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    return r.choice(
        [
            f"{n(2)}-{c(2)}-{n(2)}",
            f"{n(2)}-{c(3)}-{n(1)}",
            f"{n(1)}-{c(3)}-{n(2)}",
            f"{c(2)}-{n(3)}-{c(1)}",
            f"{c(1)}-{n(3)}-{c(2)}",
            f"{c(3)}-{n(2)}-{c(1)}",
            f"{c(2)}{n(3)}{c(1)}",
        ]
    )


def case_no(r: random.Random) -> str:
    """A case or file number in one of several municipal shapes."""
    y = r.choice(["25", "26"])
    k = r.randint(1000, 99999)
    return r.choice(
        [
            f"Z/{y}/{k:06d}",
            f"ZK{y}.{k:06d}",
            f"BZ-20{y}-{k:04d}",
            f"20{y}-{k:07d}",
            f"VTA-{y}-{k:05d}",
            f"DIV/20{y}/{k}",
            f"WMO-20{y}-{k}",
            f"U{y}.{k:05d}",
            f"OV{y}/{k:05d}",
            f"VTA-{_code(r)}",
        ]
    )


def _code(r: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(r.choice(chars) for _ in range(4)) + "-" + "".join(r.choice(chars) for _ in range(4))


def dob(r: random.Random) -> str:
    """A date of birth in one of several written shapes."""
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2012)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {P.MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def date(r: random.Random) -> str:
    """An ordinary (letter, meeting, deadline) date in 2026."""
    return f"{r.randint(1, 28)} {r.choice(P.MONTHS)} 2026"


def amount(r: random.Random) -> str:
    """A euro amount as written in letters."""
    v = r.randint(20, 4800)
    c = r.choice(["00", "50", "75", "-", "15"])
    s = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {s},{c}", f"€{s},{c}", f"{s} euro"])


def service_no(r: random.Random) -> str:
    """The municipal service number 14 0xx."""
    return f"14 0{r.randint(10, 99)}"


def generic_mail(r: random.Random, town: str) -> str:
    """A municipality's generic e-mail address."""
    return f"{r.choice(['info', 'bezwaar', 'klachten', 'leerplicht', 'wmo', 'post', 'belastingen'])}@{slug(town)}.nl"


# ---------------------------------------------------------------- genres


def _issue(d: Doc, r: random.Random) -> str:
    sent, words = r.choice(P.ISSUES)
    d.ks(words)
    return sent


def _ctx(r: random.Random) -> tuple[str, str, str]:
    town = r.choice(P.TOWNS)
    return town, r.choice(P.DEPARTMENTS), r.choice(P.ROLES)


def g_verslag(r: random.Random) -> Doc:
    """A mediator's final report with numbered sections."""
    d = Doc()
    res, med, off = people(r, 3)
    town, dept, _ = _ctx(r)
    code = d.p(case_no(r), "CASE_NUMBER")
    dt1, dt2, dt3 = date(r), date(r), date(r)
    issue = _issue(d, r)
    lines = [
        f"{d.k('Eindverslag')} bemiddeling, dossier {code}",
        f"{d.k('Gemeente')} {d.k(town)} | {d.k('Verslagdatum')}: {d.k(dt1)}",
        f"Bemiddelaar: {mention(d, r, med, r.choice(['full', 'inits', 'academic']))}",
        "",
        f"1. {d.k('Aanleiding')}",
        f"Op {d.k(dt2)} meldde {mention(d, r, res, r.choice(['title', 'title_inits', 'full']))} zich via "
        f"{r.choice(['het webformulier', 'de balie', 'de telefoon', 'een brief'])}. Het ging erom dat {issue}.",
        "",
        f"2. {d.k('Verkenning')}",
        f"In het eerste gesprek vertelde {mention(d, r, res, r.choice(['sur', 'first']))} dat het eigenlijk niet "
        f"om geld ging, maar om het gevoel niet gehoord te worden. {cap1(res.pron())} had "
        f"{r.choice(['drie keer', 'twee keer', 'vaak'])} gebeld met {d.k(dept)}.",
    ]
    if r.random() < 0.5:
        lines.append(
            f"Contactgegevens in het dossier: {d.p(address(r), 'ADDRESS')}, {d.p(postcode(r), 'POSTCODE')} "
            f"{town}, tel. {d.p(phone(r), 'PHONE')}."
        )
    if r.random() < 0.3:
        lines.append(f"{d.k('Geboortedatum')} verzoeker: {d.p(dob(r), 'DATE_OF_BIRTH')}.")
    if r.random() < 0.25:
        lines.append(
            f"Het gaat ook om de {d.k('naheffing')} voor de auto met kenteken {d.p(plate(r), 'LICENSE_PLATE')}."
        )
    role = r.choice(["consulent", "teamleider", "jurist", "casemanager", "beleidsmedewerker"])
    lines += [
        "",
        f"3. {d.k('Afstemming')}",
        f"Op {d.k(dt3)} volgde een gesprek met {d.k(role)} {mention(d, r, off, r.choice(['full', 'title', 'inits']))}"
        f". Afgesproken is dat {mention(d, r, off, 'sur')} binnen {d.k('tien werkdagen')} een nieuw besluit neemt.",
        "",
        f"4. {d.k('Uitkomst')}",
        r.choice(
            [
                lambda: f"{d.k('Opgelost')}. {mention(d, r, res, 'poss_sur')} aanvraag is alsnog toegekend.",
                lambda: f"{d.k('Niet opgelost')}. Doorverwezen naar de {d.k('Nationale ombudsman')}.",
                lambda: f"{d.k('Gedeeltelijk')} opgelost; {mention(d, r, res, 'first')} krijgt uitstel van betaling.",
            ]
        )(),
        "",
        f"5. {d.k('Controlevraag')}",
        f"Op de vraag of alles besproken is, zei {mention(d, r, res, r.choice(['title', 'first', 'sur']))}: "
        f"'{r.choice(['Ja, dank u.', 'Bijna, de brief wil ik nog op papier.', 'Voor nu wel.'])}'",
        "",
        f"6. {d.k('Leerpunt')}",
        f"{d.k(dept)} {r.choice(['belt voortaan terug binnen twee dagen', 'zet de termijn voortaan in de brief'])}.",
        "",
        f"{r.choice(['Getekend', 'Namens het meldpunt', 'Met vriendelijke groet'])},",
        mention(d, r, med, r.choice(["full", "inits", "caps"])),
    ]
    d.text = "\n".join(lines)
    return d


def g_beschikking(r: random.Random) -> Doc:
    """A municipal decision letter with Besluit and Bezwaar."""
    d = Doc()
    res, sig, extra = people(r, 3)
    town, dept, _ = _ctx(r)
    sal = "Geachte mevrouw" if res.gender == "f" else "Geachte heer"
    tit = "Mevrouw" if res.gender == "f" else "De heer"
    scheme = r.choice(
        [
            "bijzondere bijstand",
            "kwijtschelding",
            "individuele inkomenstoeslag",
            "maatwerkvoorziening",
            "parkeerontheffing",
            "tegemoetkoming meerkosten",
        ]
    )
    lines = [
        f"{tit} {mention(d, r, res, r.choice(['inits', 'full']))}",
        f"{d.p(address(r), 'ADDRESS')}",
        f"{d.p(postcode(r), 'POSTCODE')}  {d.k(town.upper())}",
        "",
        f"{d.k('Datum')}: {d.k(date(r))}",
        f"{d.k('Ons kenmerk')}: {d.p(case_no(r), 'CASE_NUMBER')}",
        f"{d.k('Onderwerp')}: aanvraag {d.k(scheme)}",
        "",
        f"{sal} {mention(d, r, res, 'sur')},",
        "",
        f"Op {d.k(date(r))} ontvingen wij uw aanvraag voor {scheme}. In deze brief leest u ons besluit.",
        "",
        d.k("Besluit"),
        r.choice(
            [
                lambda: (
                    f"Wij kennen u een bedrag toe van {d.k(amount(r))}. Wij maken dit over op rekening "
                    f"{d.p(iban(r), 'IBAN')}."
                ),
                lambda: (
                    f"Wij wijzen uw aanvraag af. U heeft geen recht op {scheme} op grond van de "
                    f"{d.k(r.choice(P.LAWS))}."
                ),
            ]
        )(),
    ]
    if r.random() < 0.4:
        lines.append(f"Uw burgerservicenummer ({d.p(fmt_bsn(r, bsn(r)), 'BSN')}) staat op het besluit.")
    if r.random() < 0.3:
        lines.append(f"Uw partner, {mention(d, r, extra, r.choice(['title', 'full']))}, tekent mee voor ontvangst.")
    lines += [
        "",
        d.k("Bezwaar"),
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen {d.k('zes weken')} bezwaar maken. Stuur uw "
        f"bezwaarschrift naar het college van burgemeester en wethouders, of mail naar {d.k(generic_mail(r, town))}.",
        f"Heeft u vragen? Bel {d.k(service_no(r))}.",
        "",
        "Met vriendelijke groet,",
        f"namens burgemeester en wethouders van {town},",
        "",
        mention(d, r, sig, r.choice(["full", "inits", "academic"])),
        f"{d.k(r.choice(['teamleider', 'manager', 'senior consulent', 'afdelingshoofd']))} {d.k(dept)}",
    ]
    d.text = "\n".join(lines)
    return d


def g_raad(r: random.Random) -> Doc:
    """A council-style case summary (no case details meant to be public, yet names slip in)."""
    d = Doc()
    res, weth, lid, amb = people(r, 4)
    town, dept, _ = _ctx(r)
    issue = _issue(d, r)
    party = r.choice(["GroenLinks-PvdA", "VVD", "CDA", "D66", "SP", "lokale partij Samen Sterk", "ChristenUnie"])
    s = [
        f"{d.k('Samenvatting')} raadsvraag – "
        f"{d.k(r.choice(['commissie Samenleving', 'commissie Bestuur', 'commissie Ruimte']))}",
        f"{d.k('Vergaderdatum')}: {d.k(date(r))}",
        "",
        f"{d.k('Raadslid')} {mention(d, r, lid, r.choice(['title_inits', 'full', 'sur']))} ({d.k(party)}) vraagt "
        f"het college naar een inwoner van {d.k(town)} bij wie {issue}.",
        f"{d.k('Wethouder')} {mention(d, r, weth, r.choice(['sur', 'inits']))} antwoordt dat {d.k(dept)} de zaak "
        f"heeft opgepakt.",
        f"Uit de stukken blijkt dat {mention(d, r, res, r.choice(['title', 'inits', 'full']))} al sinds "
        f"{d.k(date(r))} wacht.",
        f"{mention(d, r, amb, r.choice(['full', 'title_inits']))}, {d.k('ambtelijk secretaris')}, "
        f"zegt toe dat de raad voor {d.k(date(r))} een {d.k('raadsinformatiebrief')} krijgt.",
        f"{d.k('Conclusie')}: de vraag is {r.choice(['beantwoord', 'aangehouden', 'doorverwezen'])}.",
    ]
    if r.random() < 0.5:
        s.insert(5, f"{mention(d, r, lid, 'sur')} vindt dat {mention(d, r, weth, 'sur')} te laat reageert.")
    d.text = "\n".join(s)
    return d


EMO = ["😡", "🙄", "👍", "🙏", "😢", "🤷", "💪", "😂", "‼️", "🤬"]


def _handle(q: Person, r: random.Random) -> str:
    f = _ascii(q.first.split()[0].lower())
    s = re.sub(r"[^a-z]", "", _ascii(q.core().lower()))
    return "@" + r.choice([f"{f}_{s}", f"{f}{s}", f"{f}.{s[:3]}", f"{s}{r.randint(70, 99)}"])


def _social_a(r: random.Random) -> Doc:
    """A resident's social-media post: lower case, hashtags, @mentions, emoji, typos."""
    d = Doc()
    a, b, weth = people(r, 3)
    town, _, _ = _ctx(r)
    tag = d.k("#" + slug(town))
    issue = _issue(d, r)
    bits = [
        f"{r.choice(['nou hoor', 'echt he', 'ik ben er klaar mee', 'serieus'])} {r.choice(EMO)} ",
        f"al {r.choice(['3', 'drie', '5', 'vier'])} weken dat {issue} ",
        f"en {d.k('de gemeente')} doet nks. ",
        f"{d.p(_handle(weth, r))} {d.k('wethouder')} {mention(d, r, weth, r.choice(['lower', 'sur']))} "
        f"wanneer gaat u hier iets aan doen?? ",
        f"{tag} {d.k('#klachten')} {r.choice(EMO)}",
    ]
    if r.random() < 0.6:
        bits.append(
            f"\n\n{d.p(_handle(b, r))} ja bij ons ook!! mn {'buurvrouw' if a.gender == 'f' else 'buurman'} "
            f"{d.p(P.NICKNAMES.get(a.first, a.first).lower())} "
            f"heeft het ook gemeld {r.choice(EMO)}"
        )
    if r.random() < 0.3:
        bits.append(f"\nen die {d.k('bestelbus')} ({d.p(plate(r).lower(), 'LICENSE_PLATE')}) staat er nog steeds 🙄")
    if r.random() < 0.3:
        bits.append(f"\n\nretweet @{slug(town)}: bel ons via {d.k(service_no(r))} of stuur een dm")
    d.text = "".join(bits)
    return d


def g_forum(r: random.Random) -> Doc:
    """A forum thread on a residents' site, with quotes and replies."""
    d = Doc()
    a, b, c = people(r, 3)
    town, dept, role = _ctx(r)
    issue = _issue(d, r)
    nick_a = d.p(_handle(a, r)[1:])
    nick_b = d.p(_handle(b, r)[1:])
    lines = [
        f"{d.k('Onderwerp')}: ervaring met {d.k(dept)}??",
        f"{nick_a} schreef:",
        f"weet iemand hoe dit zit. bij mij {issue}. ik heb {d.k(role)} "
        f"{mention(d, r, c, r.choice(['lower', 'title', 'first']))} gebeld maar die was er nooit",
        "",
        f"{nick_b} schreef:",
        f"> {r.choice(['weet iemand hoe dit zit', 'die was er nooit'])}",
        f"hier precies hetzelfde haha. ik woon ook in {d.k(town)}, {d.p(r.choice(P.STREETS), 'ADDRESS')} kant. "
        f"vraag naar {mention(d, r, c, 'sur')}, die is wel ok",
    ]
    if r.random() < 0.5:
        lines += [
            "",
            f"{nick_a} schreef:",
            f"thx! {mention(d, r, b, 'first')} je bent een topper. mail me anders ff: {d.p(email(r, a), 'EMAIL')}",
        ]
    d.text = "\n".join(lines)
    return d


def g_webform(r: random.Random) -> Doc:
    """A complaint web form as submitted: field labels, values and free text."""
    d = Doc()
    res, off = people(r, 2)
    town, dept, _ = _ctx(r)
    issue = _issue(d, r)
    fields = [
        (d.k("Voornaam"), d.p(res.first)),
        (d.k("Achternaam"), d.p(res.sur())),
        (d.k("Straat en huisnummer"), d.p(address(r), "ADDRESS")),
        (d.k("Postcode"), d.p(postcode(r), "POSTCODE")),
        (d.k("Woonplaats"), d.k(town)),
        (d.k("Telefoonnummer"), d.p(phone(r), "PHONE")),
        (d.k("E-mailadres"), d.p(email(r, res), "EMAIL")),
    ]
    if r.random() < 0.4:
        fields.append((d.k("Geboortedatum"), d.p(dob(r), "DATE_OF_BIRTH")))
    if r.random() < 0.3:
        fields.append(("BSN (niet verplicht)", d.p(fmt_bsn(r, bsn(r)), "BSN")))
    if r.random() < 0.25:
        fields.append((d.k("Kenteken"), d.p(plate(r), "LICENSE_PLATE")))
    fields.append((d.k("Afdeling"), d.k(dept)))
    sep = r.choice([": ", ":\t", " = ", "\n"])
    free = (
        f"Het gaat erom dat {issue}. Ik heb al met {mention(d, r, off, r.choice(['title', 'full', 'first']))}"
        f" gesproken maar er gebeurt niks. {r.choice(['Graag reactie.', 'Ik wil een gesprek.', 'Help!!'])}"
    )
    body = "\n".join(f"{k}{sep}{v}" for k, v in fields)
    d.text = (
        f"{body}\n{d.k('Toelichting')}{sep}{free}\n"
        f"{d.k('Verzonden')}: {d.k(date(r))} {r.randint(8, 22)}:{r.randint(10, 59)}"
    )
    return d


def _voicemail_a(r: random.Random) -> Doc:
    """A transcribed voicemail: fillers, repeated words, numbers said in words."""
    d = Doc()
    res, off = people(r, 2)
    town, dept, _ = _ctx(r)
    issue = _issue(d, r)
    spelled = "-".join(res.core().replace(" ", "").upper()) if len(res.core()) <= 8 else ""
    say = [
        f"[{d.k('voicemail')} {r.randint(8, 17)}:{r.randint(10, 59)}] eh ja goedemiddag, u spreekt met "
        f"{mention(d, r, res, r.choice(['full', 'title', 'lower']))}",
    ]
    if spelled:
        say.append(f", dat is {d.p(spelled)}")
    say += [
        f", eh ik bel ik bel over eh {issue}. ",
        f"Ik heb ik heb vorige week al met eh {mention(d, r, off, r.choice(['first', 'title']))} gesproken van "
        f"{d.k(dept)} en die zou terugbellen maar eh ja. ",
        f"Mijn nummer is {d.p(spoken_phone(r), 'PHONE')}, ik zeg het nog een keer, eh, ja dat is het. ",
        "Het gaat om "
        f"{d.k(r.choice(['honderdvijftig euro', 'tweehonderd euro', 'drieëntwintig euro', 'zevenhonderd euro']))}"
        f" en ik moet voor {d.k(r.choice(['vijftien', 'twintig', 'eenendertig']))} {d.k(r.choice(P.MONTHS))} betalen. ",
    ]
    if r.random() < 0.5:
        say.append(
            f"Ik woon op de {d.p(r.choice(P.STREETS), 'ADDRESS')} nummer "
            f"{r.choice(['zeven', 'twaalf', 'achtendertig', 'honderdvier'])}. "
        )
    say.append(r.choice(["Dank u wel, doei.", "Ja. Dag.", "Eh ja, bel me terug alstublieft. Dag dag."]))
    d.text = "".join(say)
    return d


def g_notes(r: random.Random) -> Doc:
    """Bullet notes of a phone call."""
    d = Doc()
    res, off, kid = people(r, 3)
    town, dept, role = _ctx(r)
    issue = _issue(d, r)
    b = r.choice(["-", "*", "•", "–"])
    lines = [
        f"{d.k('Telefoonnotitie')} {d.k(date(r))}",
        f"{b} beller: {mention(d, r, res, r.choice(['sur_first', 'title_inits', 'caps']))}, tel "
        f"{d.p(phone(r), 'PHONE')}",
        f"{b} {issue}",
        f"{b} heeft contact gehad met {d.k(role)} {mention(d, r, off, r.choice(['sur', 'full', 'first']))} "
        f"({d.k(dept)})",
    ]
    if r.random() < 0.5:
        lines.append(
            f"{b} {'dochter' if kid.gender == 'f' else 'zoon'} {mention(d, r, kid, 'first')} "
            f"(geb. {d.p(dob(r), 'DATE_OF_BIRTH')}) zit thuis"
        )
    if r.random() < 0.4:
        lines.append(f"{b} BSN {d.p(fmt_bsn(r, bsn(r)), 'BSN')} – gecheckt in BRP")
    if r.random() < 0.4:
        lines.append(f"{b} kenmerk brief: {d.p(case_no(r), 'CASE_NUMBER')}")
    if r.random() < 0.35:
        lines.append(f"{b} auto {d.p(plate(r), 'LICENSE_PLATE')} kreeg een {d.k('wielklem')}")
    lines += [
        f"{b} {d.k('actie')}: {mention(d, r, off, 'sur')} terugbellen voor {d.k(date(r))}",
        f"{b} {r.choice(['boos', 'rustig', 'emotioneel', 'zakelijk'])}, wil {d.k('geen klacht')} indienen",
    ]
    d.text = "\n".join(lines)
    return d


def g_letter(r: random.Random) -> Doc:
    """A resident's letter in plain, slightly ungrammatical Dutch."""
    d = Doc()
    res, off, nb = people(r, 3)
    town, dept, _ = _ctx(r)
    issue = _issue(d, r)
    lines = [
        f"{d.k(town)} {d.k(date(r))}",
        "",
        f"{d.k('Aan')}: gemeente {town}, {d.k(r.choice(['afdeling Klachten', 'de burgemeester', 'wie het aangaat']))}",
        "",
        r.choice(["Beste meneer mevrouw,", "Geachte gemeente,", "Hallo,"]),
        "",
        f"ik schrijf u deze brief omdat {issue}. {d.k('Ik')} heb alles gedaan wat moest maar niemand die "
        f"mij helpt. {cap1(mention(d, r, off, r.choice(['title', 'full'])))} heeft gezegt dat het goed kwam maar het "
        f"is niet goed gekomen.",
        f"Mijn {'buurvrouw' if nb.gender == 'f' else 'buurman'} {mention(d, r, nb, 'first')} "
        "heeft de zelfde probleem en die heb "
        f"wel geld gekregen, dat is toch niet eerlijk.",
        f"{d.k('Wilt')} u mij bellen op {d.p(phone(r), 'PHONE')} of komen, ik ben altijd thuis.",
    ]
    if r.random() < 0.4:
        lines.append(f"Mijn rekening is {d.p(iban(r), 'IBAN')} voor als u het terug betaald.")
    if r.random() < 0.3:
        lines.append(f"bsn {d.p(fmt_bsn(r, bsn(r)), 'BSN')}")
    if r.random() < 0.35:
        lines.append(f"ik ben van {d.p(dob(r), 'DATE_OF_BIRTH')} dus niet meer de jongste.")
    lines += [
        "",
        r.choice(["Met vriendelijke groet", "Hoogachtend", "groetjes en bedankt"]),
        "",
        mention(d, r, res, r.choice(["full", "inits", "caps"])),
        d.p(address(r), "ADDRESS"),
        f"{d.p(postcode(r), 'POSTCODE')} {town}",
    ]
    d.text = "\n".join(lines)
    return d


OCR_RULES = [("m", "rn"), ("I", "l"), ("ij", "ii"), ("é", "e"), ("cl", "d"), ("h", "b"), ("ü", "u"), ("w", "vv")]


def g_ocr(r: random.Random) -> Doc:
    """A scanned letter with OCR errors: rn for m, l for I, broken lines, a name hyphenated across lines."""
    base = r.choice([g_letter, g_beschikking, g_notes])(r)
    rules = r.sample(OCR_RULES, r.randint(1, 3))

    def ocr(s: str) -> str:
        for a, b in rules:
            s = s.replace(a, b)
        return s

    d = Doc()
    text = ocr(base.text)
    for item in base.pii:
        d.p(ocr(item["text"]), item["label"])
    for k in base.keep:
        d.k(ocr(k))
    # hyphenate one long single-word surname across a line break
    longs = [
        i
        for i in d.pii
        if i["label"] == "PERSON" and " " not in i["text"] and len(i["text"]) >= 7 and i["text"].isalpha()
    ]
    if longs:
        it = r.choice(longs)
        w = it["text"]
        cut = r.randint(3, len(w) - 3)
        hy = f"{w[:cut]}-\n{w[cut:]}"
        pos = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)]
        if pos:
            at = pos[-1]
            text = text[:at] + hy + text[at + len(w) :]
            d.pii.append({"text": hy, "label": "PERSON"})
            if not re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                d.pii.remove(it)
    # broken line breaks: replace some spaces by newlines outside annotated strings
    protect = [
        (m.start(), m.end()) for s in [i["text"] for i in d.pii] + d.keep for m in re.finditer(re.escape(s), text)
    ]
    chars = list(text)
    col = 0
    for i, ch in enumerate(chars):
        col = 0 if ch == "\n" else col + 1
        if ch == " " and col > r.randint(38, 70) and not any(a <= i < b for a, b in protect):
            chars[i] = "\n"
            col = 0
    d.text = "".join(chars)
    return d


MIXED = [
    (
        "Hi {a}, quick update over dossier {c}: de hearing bij de bezwaarcommissie is moved naar {dt}.",
        ["hearing", "bezwaarcommissie"],
    ),
    (
        "FYI – {a} heeft de stukken gestuurd, maar de scan is unreadable. Kun jij even checken? Thanks!",
        ["FYI", "scan", "unreadable"],
    ),
    (
        "Can you loop in {a}? Het dossier ({c}) moet ASAP naar legal, deadline {dt}.",
        ["loop in", "ASAP", "legal", "deadline"],
    ),
    ("Sorry voor de late reply – {a} was off sick. Ik plan een call in voor {dt}.", ["reply", "off sick", "call"]),
]


def g_mixed(r: random.Random) -> Doc:
    """A Dutch-English mixed office e-mail between officials about a resident."""
    d = Doc()
    snd, rcv, res, cc = people(r, 4)
    town, dept, _ = _ctx(r)
    tpl, words = r.choice(MIXED)
    d.ks(words)
    fill = {
        "a": lambda: mention(d, r, res, r.choice(["title", "inits", "full", "title_inits"])),
        "c": lambda: d.p(case_no(r), "CASE_NUMBER"),
        "dt": lambda: d.k(date(r)),
    }
    body = tpl.format(**{key: f() for key, f in fill.items() if "{" + key + "}" in tpl})
    lines = [
        f"From: {mention(d, r, snd, 'full')} <{d.p(official_email(snd, town), 'EMAIL')}>",
        f"To: {mention(d, r, rcv, 'full')}",
        f"Cc: {mention(d, r, cc, r.choice(['inits', 'full']))}; {d.k(generic_mail(r, town))}",
        f"Subject: RE: {d.k(r.choice(['escalatie', 'update', 'follow-up', 'planning']))} {d.k(dept)}",
        "",
        f"{r.choice(['Hi', 'Hoi', 'Dear'])} {mention(d, r, rcv, 'first')},",
        "",
        body,
        f"{mention(d, r, res, 'poss_sur')} {r.choice(['main concern', 'grootste zorg'])} is dat {_issue(d, r)}.",
        f"{r.choice(['Let me know', 'Laat maar weten', 'Keep me posted'])} – {d.k('the team')} is on it.",
        "",
        r.choice(["Cheers,", "Best,", "Groet,", "Kind regards,"]),
        mention(d, r, snd, r.choice(["first", "full"])),
        f"{d.k(r.choice(['Senior adviseur', 'Casemanager', 'Policy officer', 'Teamlead']))} | {d.k(dept)} | "
        f"T {d.k(service_no(r))}",
    ]
    if r.random() < 0.35:
        lines.insert(8, f"Resident's mobile: {d.p(phone(r), 'PHONE')}")
    d.text = "\n".join(lines)
    return d


def g_dialect(r: random.Random) -> Doc:
    """Dutch text with words of Frisian, Limburgish, Papiamento, Sranan, Turkish or Arabic."""
    d = Doc()
    res, off = people(r, 2)
    town, dept, role = _ctx(r)
    picks = r.sample(P.DIALECT, 2)
    for _, _, w in picks:
        d.ks(w)
    issue = _issue(d, r)
    s = [
        picks[0][1],
        f"Ik ben {mention(d, r, res, r.choice(['full', 'first', 'title']))} en ik woon in {d.k(town)}.",
        f"Bij mij {issue}.",
        picks[1][1],
        f"{d.k(cap1(role))} {mention(d, r, off, r.choice(['sur', 'title', 'full']))} zei dat ik moest wachten.",
    ]
    if r.random() < 0.4:
        s.append(f"Bel mij: {d.p(phone(r), 'PHONE')}.")
    s.append(
        r.choice([lambda: f"Groetjes, {mention(d, r, res, 'first')}", lambda: f"— {mention(d, r, res, 'full')}"])()
    )
    d.text = r.choice([" ", "\n"]).join(s)
    return d


def g_attendees(r: random.Random) -> Doc:
    """An attendee list with roles: present, absent, minutes."""
    d = Doc()
    ps = people(r, r.randint(4, 7))
    town, dept, _ = _ctx(r)
    roles = r.sample(P.ROLES, len(ps))
    style = r.randint(0, 2)
    lines = [f"{d.k('Overleg')} {d.k(dept)} – {d.k(date(r))}", "", f"{d.k('Aanwezig')}:"]
    for q, role in zip(ps[:-1], roles, strict=False):
        if style == 0:
            lines.append(f"- {mention(d, r, q, r.choice(['title_inits', 'inits', 'academic']))} ({d.k(role)})")
        elif style == 1:
            lines.append(f"  {mention(d, r, q, 'sur_first')}\t{d.k(role)}")
        else:
            lines.append(f"* {d.k(cap1(role))}: {mention(d, r, q, r.choice(['full', 'caps']))}")
    lines += [
        "",
        f"{d.k('Afwezig met bericht')}: {mention(d, r, ps[-1], r.choice(['full', 'inits']))}",
        f"{d.k('Notulen')}: {mention(d, r, ps[0], 'first')}",
        "",
        f"{d.k('Actiepunt')}: {mention(d, r, ps[1], 'sur')} stuurt de {d.k('conceptbrief')} voor {d.k(date(r))}.",
    ]
    d.text = "\n".join(lines)
    return d


def _officials_a(r: random.Random) -> Doc:
    """A text naming several officials by name, title and surname, surname only and first name only."""
    d = Doc()
    ps = people(r, 5)
    res = ps[0]
    town, dept, _ = _ctx(r)
    roles = r.sample(
        [
            "wethouder",
            "raadslid",
            "ombudsman",
            "bemiddelaar",
            "consulent",
            "wijkagent",
            "leerplichtambtenaar",
            "huisarts",
            "jurist",
        ],
        4,
    )
    issue = _issue(d, r)
    s = [
        f"{cap1(mention(d, r, res, r.choice(['title', 'full'])))} kwam bij ons omdat {issue}.",
        f"Eerst sprak {res.pron()} met {d.k(roles[0])} {mention(d, r, ps[1], 'full')}, daarna met "
        f"{d.k(roles[1])} {mention(d, r, ps[2], r.choice(['title', 'academic', 'sur']))}.",
        f"{mention(d, r, ps[1], r.choice(['sur', 'first']))} vond dat {d.k(dept)} het moest oplossen; "
        f"{mention(d, r, ps[2], 'sur')} was het daar niet mee eens.",
        f"Toen schakelde {mention(d, r, res, r.choice(['first', 'sur']))} de {d.k(roles[2])} in, "
        f"{mention(d, r, ps[3], r.choice(['title_inits', 'full']))}.",
        f"Volgens {mention(d, r, ps[3], 'poss_sur')} notitie was {d.k(roles[3])} {mention(d, r, ps[4], 'first')} "
        f"al op de hoogte.",
        f"{d.k('Uiteindelijk')} is op {d.k(date(r))} in {d.k(r.choice(P.PUBLIC_PLACES))} een gesprek geweest.",
    ]
    d.text = " ".join(s)
    return d


def _social_b(r: random.Random) -> Doc:
    """A post in a neighbourhood group: a question with a name dropped, replies with first names and tags."""
    d = Doc()
    a, b, c, off = people(r, 4)
    town, dept, role = _ctx(r)
    issue = _issue(d, r)
    lines = [
        f"{mention(d, r, a, r.choice(['full', 'lower']))} › {d.k('Buurtgroep')} {d.k(town)}",
        f"weet iemand of die {d.k(role)} van {d.k(dept)} nog werkt?? {mention(d, r, off, r.choice(['first', 'title']))}"
        f" geloof ik. bij ons {issue} {r.choice(EMO)}{r.choice(EMO)}",
        f"  ↳ {mention(d, r, b, 'full')}: ja {d.p(off.sur().lower())} zit er nog, bellen via {d.k(service_no(r))}",
        f"  ↳ {mention(d, r, c, r.choice(['full', 'caps']))}: {mention(d, r, a, 'first')} stuur me ff een pb",
        f"  ↳ {mention(d, r, a, 'full' if r.random() < 0.5 else 'first')}: dankjewel!! "
        f"{d.k('#' + r.choice(['buurtapp', 'wijkzaken', 'gemeentefail']))}",
    ]
    d.text = "\n".join(lines)
    return d


def g_social(r: random.Random) -> Doc:
    """A resident's social-media post or a neighbourhood-group thread."""
    return (_social_a if r.random() < 0.55 else _social_b)(r)


def _voicemail_b(r: random.Random) -> Doc:
    """A voicemail left by an official for a resident, transcribed."""
    d = Doc()
    res, off = people(r, 2)
    town, dept, _ = _ctx(r)
    role = r.choice(
        ["consulent", "klachtcoördinator", "casemanager", "handhaver", "leerplichtambtenaar", "bemiddelaar"]
    )
    say = [
        f"[{d.k('transcriptie')}] ja goedemorgen, dit is dit is {mention(d, r, off, r.choice(['full', 'first']))}, "
        f"eh, {d.k(role)} bij de gemeente {d.k(town)}. ",
        f"Ik bel voor {mention(d, r, res, r.choice(['title', 'title_inits', 'full']))}, over uw eh, ",
        f"uw {d.k(r.choice(['aanvraag', 'bezwaar', 'melding']))} van "
        f"{d.k(r.choice(['vorige week', 'dinsdag', 'maandag']))}. ",
        f"Het dossiernummer is eh {d.p(case_no(r), 'CASE_NUMBER')}. ",
        f"Wilt u mij terugbellen, dat kan op {d.k(service_no(r))}, en dan vraagt u naar "
        f"{mention(d, r, off, r.choice(['sur', 'title']))}, of eh direct op {d.p(spoken_phone(r), 'PHONE')}. ",
        r.choice(["Fijne dag nog.", "Ja. Dank u wel, dag.", "Tot horens."]),
    ]
    d.text = "".join(say)
    return d


def g_voicemail(r: random.Random) -> Doc:
    """A transcribed voicemail from a resident or from an official."""
    return (_voicemail_a if r.random() < 0.6 else _voicemail_b)(r)


def _officials_b(r: random.Random) -> Doc:
    """A short report naming officials in a row, by surname and first name, in a local-news register."""
    d = Doc()
    ps = people(r, 4)
    town, dept, _ = _ctx(r)
    issue = _issue(d, r)
    s = [
        f"{d.k(town)} – {d.k('Ombudsman')} {mention(d, r, ps[0], 'full')} kritiseert de gemeente, nadat {issue}.",
        f"{d.k('Wethouder')} {mention(d, r, ps[1], r.choice(['full', 'inits']))} erkent dat het beter kan.",
        f"'{mention(d, r, ps[0], 'sur')} heeft een punt', zegt {mention(d, r, ps[1], 'sur')}.",
        f"{d.k('Wijkagent')} {mention(d, r, ps[2], 'full')} en {d.k('jurist')} {mention(d, r, ps[3], 'full')} "
        f"schoven ook aan.",
        f"Volgens {mention(d, r, ps[2], 'first')} gaat het om "
        f"{d.k(r.choice(['tientallen', 'honderden', 'een handvol']))}"
        f" huishoudens; {mention(d, r, ps[3], 'sur')} wil dat {d.k(dept)} voor {d.k(date(r))} met een plan komt.",
    ]
    d.text = " ".join(s)
    return d


def g_officials(r: random.Random) -> Doc:
    """A text naming several officials by name, title and surname, surname only and first name only."""
    return (_officials_a if r.random() < 0.55 else _officials_b)(r)


GENRES = [
    ("verslag", g_verslag, 36),
    ("beschikking", g_beschikking, 36),
    ("raad", g_raad, 26),
    ("social", g_social, 30),
    ("forum", g_forum, 26),
    ("webform", g_webform, 30),
    ("voicemail", g_voicemail, 26),
    ("notes", g_notes, 26),
    ("letter", g_letter, 26),
    ("ocr", g_ocr, 26),
    ("mixed", g_mixed, 26),
    ("dialect", g_dialect, 26),
    ("attendees", g_attendees, 26),
    ("officials", g_officials, 34),
]


KNOWN_STYLES = ["title", "subject", "poss", "caps", "signature", "lower", "sur_first", "inits"]


def g_known(r: random.Random, entry: tuple[str, str, str, str, str], first_word: bool) -> tuple[Doc, dict]:
    """A document about a resident whose name holds an ordinary word that the text also uses in its own sense.

    Returns the document and its ``known`` record (the request's own name, e-mail and phone)."""
    d = Doc()
    name, word, sent, derived, dsent = entry
    base = person(r, "nl" if r.random() < 0.6 else None)
    q = (
        Person(name, base.surname, base.gender, base.second)
        if first_word
        else Person(base.first, name, base.gender, base.second)
    )
    off = people(r, 1)[0]
    town, dept, role = _ctx(r)
    styles = r.sample(KNOWN_STYLES, r.randint(2, 3))
    lower = "lower" in styles
    ordinary = dsent if lower else sent
    d.k(re.search(re.escape(derived if lower else word), ordinary, re.I).group())
    issue = _issue(d, r)
    known: dict = {"names": [q.full()], "emails": [], "phones": []}
    parts: list[str] = []
    sign = ""
    for st in styles:
        if st == "title":
            parts.append(
                f"{cap1(q.title(r))} {d.p(q.first if first_word and r.random() < 0.5 else q.sur())} "
                f"belde op {d.k(date(r))} met {d.k(dept)}."
            )
        elif st == "subject":
            parts.append(f"{d.p(q.full())} wacht al weken, omdat {issue}.")
        elif st == "poss":
            who = q.first if first_word else q.sur()
            parts.append(
                f"{d.p(q.poss(who))} {d.k(r.choice(['aanvraag', 'bezwaar', 'melding', 'dossier']))} ligt "
                f"bij {d.k(role)} {mention(d, r, off, 'full')}."
            )
        elif st == "caps":
            parts.append(f"{d.k('BETREFT')}: {d.p(q.full().upper())} – {d.k(r.choice(['SPOED', 'TERUGBELLEN']))}")
        elif st == "signature":
            sign = f"\n\n{r.choice(['Met vriendelijke groet', 'Groet', 'Vriendelijke groeten'])},\n{d.p(q.full())}"
        elif st == "lower":
            parts.append(f"volgens {d.p(q.full().lower())} {r.choice(['is er nooit gebeld', 'klopt de brief niet'])}.")
        elif st == "sur_first":
            parts.append(f"{d.k('Cliënt')}: {d.p(q.sur())}, {d.p(q.inits())} ({d.k(town)})")
        elif st == "inits":
            parts.append(f"Namens {d.p(q.inits(r.choice([0, 1])) + ' ' + q.surname)} is {d.k('bezwaar')} gemaakt.")
    if "subject" not in styles:
        parts.append(f"Het punt is dat {issue}.")
    parts.insert(r.randint(0, len(parts)), ordinary)
    if r.random() < 0.35:
        ph = phone(r)
        known["phones"].append(ph)
        parts.append(f"Terugbellen op {d.p(ph, 'PHONE')}.")
    if r.random() < 0.2:
        parts.append(f"Adres: {d.p(address(r), 'ADDRESS')}, {d.p(postcode(r), 'POSTCODE')} {d.k(town)}.")
    if r.random() < 0.35:
        em = email(r, q)
        known["emails"].append(em)
        parts.append(f"Antwoord graag per mail: {d.p(em, 'EMAIL')}.")
    d.text = " ".join(parts) + sign
    return d, known
