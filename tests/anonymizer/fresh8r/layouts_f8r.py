"""Record layouts for the fresh8r corpus: each draws one document (a record or a short bundle of records)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from pools_f8r import (
    DEPARTMENTS,
    FUNCTIONS,
    GENERIC_BOX,
    HOUSE_SUFFIX,
    ORGS,
    ROLES_HOUSEHOLD,
    SERVICE_NUMBERS,
    STATUSES,
    STREETS,
    TOPICS,
    TOWNS,
    Person,
    bsn,
    case_number,
    clock,
    dob_date,
    draw_people,
    email_for,
    fmt_bsn,
    fmt_date,
    iban,
    phone,
    plain_date,
    plate,
    postcode,
    town_domain,
)


@dataclass
class Doc:
    """A document under construction: ``x`` annotates a personal item, ``k`` a keep string; both return the text."""

    r: random.Random
    pii: list[dict] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    def x(self, text: str, label: str = "PERSON") -> str:
        """Annotate ``text`` with ``label``."""
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        """Add a keep string."""
        if text not in self.keep:
            self.keep.append(text)
        return text

    # --- people ---------------------------------------------------------------------------------------------------

    def folk(self, n: int) -> list[Person]:
        """Draw ``n`` people with distinct name words."""
        ps = draw_people(self.r, n)
        self.people.extend(ps)
        return ps

    def full(self, p: Person) -> str:
        """First name and surname."""
        return self.x(p.full)

    def formal(self, p: Person) -> str:
        """Surname alone, particle capitalised."""
        return self.x(p.formal)

    def caps(self, p: Person) -> str:
        """Full name in capitals."""
        return self.x(p.full.upper())

    def first(self, p: Person) -> str:
        """First name alone."""
        return self.x(p.first)

    def inits(self, p: Person, style: int | None = None) -> str:
        """Initials and surname as one item: "P.J. van der Linden"."""
        style = self.r.randrange(2) if style is None else style
        return self.x(f"{p.initials(style)} {p.surname}")

    def sfirst(self, p: Person) -> str:
        """Surname first, annotated as its two halves: "Vos, P.J.", "VAN DER LINDEN, Piet", "Linden, P. van der"."""
        style = self.r.randrange(6)
        ini = p.initials(0)
        if style == 0:
            return f"{self.formal(p)}, {self.x(p.first)}"
        if style == 1:
            return f"{self.x(p.formal.upper())}, {self.x(ini)}"
        if style == 2 and p.tv:
            return f"{self.x(p.last)}, {self.x(ini)} {p.tv}"
        if style == 3:
            return f"{self.x(p.formal.upper())}, {self.x(p.first.upper())}"
        if style == 4 and p.tv:
            return f"{self.x(p.last)}, {p.tv}, {self.x(p.first)}"
        return f"{self.formal(p)}, {self.x(ini)}"

    def any_name(self, p: Person) -> str:
        """One of the ordinary name forms."""
        pick = self.r.randrange(10)
        if pick < 5:
            return self.full(p)
        if pick < 7:
            return self.inits(p)
        if pick < 8:
            return self.caps(p)
        return self.sfirst(p)

    def user(self, p: Person) -> str:
        """A user name derived from a name (annotated PERSON)."""
        return self.x(p.username(self.r))

    def initials_tag(self, p: Person) -> str:
        """Bare initials standing for a person in minutes ("RB"), annotated PERSON."""
        tv = "".join(w[0] for w in p.tv.replace("'t", "t").split())
        return self.x(p.first[0].upper() + tv.lower() + p.last[0].upper())

    # --- identifiers ------------------------------------------------------------------------------------------------

    def dob(self, style: int | None = None, lo: int = 1934, hi: int = 2007) -> str:
        """A date of birth (DATE_OF_BIRTH)."""
        return self.x(fmt_date(self.r, dob_date(self.r, lo, hi), style), "DATE_OF_BIRTH")

    def date(self, style: int | None = None, year: int | None = None) -> str:
        """An ordinary date (kept)."""
        return self.k(fmt_date(self.r, plain_date(self.r, year), style))

    def bsn(self) -> str:
        """A BSN."""
        return self.x(fmt_bsn(self.r, bsn(self.r)), "BSN")

    def iban(self) -> str:
        """An IBAN."""
        return self.x(iban(self.r), "IBAN")

    def tel(self) -> str:
        """A phone number."""
        return self.x(phone(self.r), "PHONE")

    def pc(self) -> str:
        """A postcode."""
        return self.x(postcode(self.r), "POSTCODE")

    def plate(self) -> str:
        """A number plate."""
        return self.x(plate(self.r), "LICENSE_PLATE")

    def case(self, year: int | None = None) -> str:
        """A case number."""
        return self.x(case_number(self.r, year or self.r.choice([2024, 2025, 2026, 2026])), "CASE_NUMBER")

    def mail(self, p: Person, town: str | None = None) -> str:
        """A personal (or official, given a town) e-mail address."""
        return self.x(email_for(self.r, p, town_domain(town) if town else None), "EMAIL")

    def street(self) -> str:
        """A street name (not annotated by itself)."""
        return self.r.choice(STREETS)

    def housenr(self) -> str:
        """A house number with an optional suffix."""
        return f"{self.r.randrange(1, 240)}{self.r.choice(HOUSE_SUFFIX)}"

    def addr(self) -> str:
        """A street and house number (ADDRESS)."""
        return self.x(f"{self.street()} {self.housenr()}", "ADDRESS")

    # --- keep material ----------------------------------------------------------------------------------------------

    def town(self) -> str:
        """A town (kept)."""
        return self.k(self.r.choice(TOWNS))

    def dept(self) -> str:
        """A department (kept)."""
        return self.k(self.r.choice(DEPARTMENTS))

    def func(self) -> str:
        """A job title (kept)."""
        return self.k(self.r.choice(FUNCTIONS))

    def org(self) -> str:
        """An organisation (kept)."""
        return self.k(self.r.choice(ORGS))

    def topic(self) -> str:
        """A topic word (kept)."""
        return self.k(self.r.choice(TOPICS)[0])

    def status(self) -> str:
        """A status word (kept)."""
        return self.k(self.r.choice(STATUSES))

    def box(self, town: str) -> str:
        """A generic municipal mailbox (kept)."""
        return self.k(f"{self.r.choice(GENERIC_BOX)}@{town_domain(town)}")

    def service(self, town: str | None = None) -> str:
        """A 14 0xx service number (kept)."""
        if town in SERVICE_NUMBERS:
            return self.k(SERVICE_NUMBERS[town])
        return self.k(self.r.choice(list(SERVICE_NUMBERS.values())))

    def amount(self) -> str:
        """An amount in euros (kept)."""
        return self.k(f"€ {self.r.randrange(12, 4800)},{self.r.randrange(100):02d}")

    def key(self, *options: str) -> str:
        """A field key, drawn from its spellings and kept."""
        return self.k(self.r.choice(options))


Layout = Callable[[Doc], str]


def _kv(d: Doc, rows: list[tuple[str, str]], style: int | None = None) -> str:
    """Render key/value rows: colon, spaced colon, tab, dot leaders or padded columns."""
    style = d.r.randrange(5) if style is None else style
    width = max(len(k) for k, _ in rows) + 2
    out = []
    for k, v in rows:
        if style == 0:
            out.append(f"{k}: {v}")
        elif style == 1:
            out.append(f"{k} : {v}")
        elif style == 2:
            out.append(f"{k}\t{v}")
        elif style == 3:
            out.append(f"{k} {'.' * (width + 6 - len(k))}: {v}")
        else:
            out.append(f"{k.ljust(width)}{v}")
    return "\n".join(out)


def _address_rows(d: Doc, split: bool | None = None) -> list[tuple[str, str]]:
    split = d.r.random() < 0.4 if split is None else split
    town = d.town()
    if split:
        rows = [(d.key("Straat", "Straatnaam"), d.x(d.street(), "ADDRESS"))]
        num = str(d.r.randrange(1, 240))
        suf = d.r.choice(HOUSE_SUFFIX).lstrip("-")
        rows.append((d.key("Huisnummer", "Huisnr", "Nr."), num))
        if suf:
            rows.append((d.key("Toevoeging", "Huisletter/toev."), suf))
        if d.r.random() < 0.5:
            rows.append((d.key("Postcode/plaats", "Postcode + woonplaats", "PC/Plaats"), f"{d.pc()} {town}"))
        else:
            rows.append((d.key("Postcode", "PC"), d.pc()))
            rows.append((d.key("Woonplaats", "Plaats"), town))
        return rows
    return [
        (d.key("Adres", "Straat + nr", "Straat en huisnummer", "Woonadres"), d.addr()),
        (d.key("Postcode/plaats", "Postcode en plaats", "PC + plaats"), f"{d.pc()}  {town}"),
    ]


def lay_intake_form(d: Doc) -> str:
    """Intake form with key: value lines."""
    (p,) = d.folk(1)
    (o,) = d.folk(1)
    year = d.r.choice([2025, 2026])
    rows = [
        (d.key("Zaaknr", "Zaaknummer", "Dossiernummer", "Kenmerk", "Referentie"), d.case(year)),
        (d.key("Datum intake", "Intakedatum", "Datum"), d.date(year=year)),
        (d.key("Naam", "Naam aanvrager", "naam aanvrager", "Aanvrager", "Naam inwoner"), d.any_name(p)),
        (d.key("Geb.datum", "Geboortedatum", "Geb. dat.", "Geboren", "DOB", "geb."), d.dob()),
        (d.key("BSN", "Burgerservicenummer", "BSN-nr"), d.bsn()),
    ]
    rows += _address_rows(d)
    rows += [
        (d.key("Tel", "Tel.", "Telefoon", "Mob.", "Mobiel", "Telefoonnummer"), d.tel()),
        (d.key("E-mail", "Email", "e-mailadres", "Mail"), d.mail(p)),
        (d.key("Onderwerp", "Betreft", "Thema"), d.topic()),
        (d.key("Afdeling", "Team"), d.dept()),
        (d.key("Behandelaar", "Contactpersoon", "Bemiddelaar"), d.any_name(o)),
        (d.key("Status"), d.status()),
    ]
    if d.r.random() < 0.4:
        rows.insert(5, (d.key("IBAN", "Rekeningnummer", "Bankrekening"), d.iban()))
    if d.r.random() < 0.5:
        rows.insert(6, (d.key("Kenteken", "Kenteken voertuig"), d.plate()))
    head = d.r.choice(["INTAKEFORMULIER", "Registratie verzoek tot afstemming", "Aanmelding", "## Intake"])
    d.k(head.strip("# "))
    return head + "\n" + _kv(d, rows)


def lay_split_name(d: Doc) -> str:
    """Personal details with the name split over Achternaam / Tussenvoegsel / Voornamen / Roepnaam."""
    p = draw_people(d.r, 1)[0]
    for _ in range(4):
        if p.tv:
            break
        p = draw_people(d.r, 1)[0]
    d.people.append(p)
    rows = [(d.key("Achternaam", "Geslachtsnaam", "ACHTERNAAM"), d.x(p.last.upper() if d.r.random() < 0.3 else p.last))]
    if p.tv:
        rows.append((d.key("Tussenvoegsel", "Tussenv.", "Voorvoegsel"), p.tv))
    names = p.official or p.first
    rows.append((d.key("Voornamen", "Voorna(a)m(en)", "Voornaam", "Voorletters"), d.x(names)))
    if p.official:
        rows.append((d.key("Roepnaam", "Roepnaam (evt.)"), d.x(p.first)))
    rows.append((d.key("Geslacht"), d.k(d.r.choice(["vrouw", "man", "onbekend"]))))
    rows.append((d.key("Geboortedatum", "Geb.datum", "Geb. dat.", "Geboren op"), d.dob()))
    rows.append((d.key("Geboorteplaats"), d.town()))
    rows.append((d.key("BSN", "Burgerservicenummer"), d.bsn()))
    rows += _address_rows(d, split=True)
    if d.r.random() < 0.5:
        rows.append((d.key("Mob.", "Mobiel nr", "Tel. mobiel"), d.tel()))
    if d.r.random() < 0.4:
        rows.append((d.key("IBAN", "Bankrekening (IBAN)"), d.iban()))
    rows.append((d.key("Registratiedatum", "Aangemaakt op", "Datum inschrijving"), d.date(style=d.r.choice([0, 2]))))
    return _kv(d, rows)


def lay_markdown_table(d: Doc) -> str:
    """Case overview as a Markdown table with several residents."""
    ps = d.folk(d.r.randrange(3, 6))
    cols = ["Zaak", "Naam", "Geboortedatum", "Adres", "Telefoon", "Status"]
    d.r.shuffle(cols)
    for c in cols:
        d.k(c)
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    style = d.r.randrange(10)
    for p in ps:
        cell = {
            "Zaak": d.case(),
            "Naam": d.any_name(p),
            "Geboortedatum": d.dob(style),
            "Adres": d.addr(),
            "Telefoon": d.tel(),
            "Status": d.status(),
        }
        lines.append("| " + " | ".join(cell[c] for c in cols) + " |")
    title = d.k(d.r.choice(["Overzicht lopende zaken", "Zaakoverzicht", "Openstaande verzoeken"]))
    return f"### {title} {d.dept()} ({d.date()})\n\n" + "\n".join(lines)


def lay_ascii_table(d: Doc) -> str:
    """ASCII box table of residents with postcodes and BSN."""
    ps = d.folk(d.r.randrange(2, 5))
    cols = ["NAAM", "BSN", "POSTCODE", "GEB.DAT"]
    d.r.shuffle(cols)
    for c in cols:
        d.k(c)
    rows = []
    style = d.r.choice([0, 2, 3, 5, 8])
    for p in ps:
        name = d.caps(p) if d.r.random() < 0.5 else d.sfirst(p)
        rows.append({"NAAM": name, "BSN": d.bsn(), "POSTCODE": d.pc(), "GEB.DAT": d.dob(style)})
    w = {c: max(len(c), *(len(r[c]) for r in rows)) for c in cols}
    sep = "+" + "+".join("-" * (w[c] + 2) for c in cols) + "+"
    out = [sep, "| " + " | ".join(c.ljust(w[c]) for c in cols) + " |", sep]
    for r in rows:
        out.append("| " + " | ".join(r[c].ljust(w[c]) for c in cols) + " |")
    out.append(sep)
    return f"Uitdraai {d.k('Basisregistratie')} - {d.date()}\n" + "\n".join(out)


def _csv_cell(v: str, quote: bool, sep: str) -> str:
    return f'"{v}"' if quote or sep in v or "," in v and sep == "," else v


def lay_csv(d: Doc) -> str:
    """CSV or semicolon CSV export with headers in varying order and quoted fields."""
    sep = d.r.choice([",", ";", ";"])
    quote = d.r.random() < 0.4
    ps = d.folk(d.r.randrange(2, 6))
    pool = {
        "naam": lambda p: d.sfirst(p) if d.r.random() < 0.4 else d.full(p),
        "geboortedatum": lambda p: d.dob(d.r.choice([0, 2, 7])),
        "postcode": lambda p: d.pc(),
        "huisnummer": lambda p: str(d.r.randrange(1, 300)),
        "telefoon": lambda p: d.tel(),
        "email": lambda p: d.mail(p),
        "iban": lambda p: d.iban(),
        "kenmerk": lambda p: d.case(),
        "kenteken": lambda p: d.plate(),
        "bsn": lambda p: d.bsn(),
    }
    cols = d.r.sample(list(pool), d.r.randrange(4, 7))
    if "naam" not in cols:
        cols[0] = "naam"
    extra = d.r.choice(["status", "aangemaakt", "bedrag", "afdeling"])
    cols.append(extra)
    header = [c.capitalize() if d.r.random() < 0.5 else c for c in cols]
    for h in header:
        d.k(h)
    lines = [sep.join(header)]
    for p in ps:
        vals = []
        for c in cols:
            if c == "status":
                v = d.status()
            elif c == "aangemaakt":
                v = d.date(style=0)
            elif c == "bedrag":
                v = d.k(f"{d.r.randrange(10, 999)}.{d.r.randrange(100):02d}")
            elif c == "afdeling":
                v = d.dept()
            else:
                v = pool[c](p)
            vals.append(_csv_cell(v, quote, sep))
        lines.append(sep.join(vals))
    return "\n".join(lines)


def lay_csv_split(d: Doc) -> str:
    """Semicolon CSV from a population register with the name split over several columns."""
    ps = d.folk(d.r.randrange(2, 5))
    cols = ["Achternaam", "Tussenvoegsel", "Voorletters", "Roepnaam", "Geb.datum", "Straat", "Huisnr", "Postcode"]
    if d.r.random() < 0.5:
        cols = ["Roepnaam", "Tussenvoegsel", "Achternaam", "Straat", "Huisnr", "Postcode", "Geb.datum", "Voorletters"]
    cols.append("Woonplaats")
    for c in cols:
        d.k(c)
    style = d.r.choice([0, 1, 2, 8])
    lines = [";".join(cols)]
    for p in ps:
        row = {
            "Achternaam": d.x(p.last.upper() if d.r.random() < 0.3 else p.last),
            "Tussenvoegsel": p.tv,
            "Voorletters": d.x(p.initials(d.r.choice([0, 2])) if len(p.initials(2)) > 1 else p.initials(0)),
            "Roepnaam": d.first(p),
            "Geb.datum": d.dob(style),
            "Straat": d.x(d.street(), "ADDRESS"),
            "Huisnr": str(d.r.randrange(1, 250)),
            "Postcode": d.pc(),
            "Woonplaats": d.town(),
        }
        lines.append(";".join(row[c] for c in cols))
    return "\n".join(lines)


def lay_json_nested(d: Doc) -> str:
    """A nested JSON case record."""
    p, o = d.folk(2)
    rec = {
        d.k("zaak"): {
            d.k("nummer"): d.case(),
            d.k("aangemaakt"): d.date(style=0) + "T" + clock(d.r) + ":00",
            d.k("status"): d.status(),
            d.k("afdeling"): d.dept(),
        },
        d.k("aanvrager"): {
            d.k("voornaam"): d.first(p),
            d.k("tussenvoegsel"): p.tv or None,
            d.k("achternaam"): d.x(p.last),
            d.k("geboortedatum"): d.dob(0),
            d.k("adres"): {
                d.k("straat"): d.x(d.street(), "ADDRESS"),
                d.k("huisnummer"): d.r.randrange(1, 200),
                d.k("postcode"): d.pc(),
                d.k("plaats"): d.town(),
            },
            d.k("contact"): {"telefoon": d.tel(), "email": d.mail(p)},
        },
        d.k("behandelaar"): {"naam": d.inits(o), "functie": d.func()},
    }
    if d.r.random() < 0.5:
        rec["aanvrager"]["bsn"] = d.bsn()
    return json.dumps(rec, ensure_ascii=False, indent=d.r.choice([2, 4]))


def lay_json_array(d: Doc) -> str:
    """A JSON array of persons in a household or a case."""
    ps = d.folk(d.r.randrange(2, 5))
    arr = []
    for i, p in enumerate(ps):
        item = {"naam": d.full(p) if d.r.random() < 0.7 else d.caps(p), "rol": d.k(ROLES_HOUSEHOLD[min(i, 6)])}
        item["geb"] = d.dob(d.r.choice([0, 2, 7]), *((1950, 1990) if i < 2 else (2000, 2024)))
        if i == 0:
            item["telefoon"] = d.tel()
            item["iban"] = d.iban()
        arr.append(item)
    d.k("rol")
    body = {"dossier": d.case(), "gewijzigd": d.date(style=0), "personen": arr}
    if d.r.random() < 0.5:
        return json.dumps(body, ensure_ascii=False)
    return json.dumps(body, ensure_ascii=False, indent=2)


def lay_yaml(d: Doc) -> str:
    """A YAML case record."""
    p, o = d.folk(2)
    lines = [
        f"{d.k('kenmerk')}: {d.case()}",
        f"{d.k('ontvangen')}: {d.date(style=0)}",
        f"{d.k('kanaal')}: {d.k(d.r.choice(['balie', 'telefoon', 'webformulier', 'brief']))}",
        f"{d.k('inwoner')}:",
        f'  naam: "{d.any_name(p)}"',
        f"  geboren: {d.dob(d.r.choice([0, 2, 3]))}",
        f"  adres: {d.addr()}",
        f"  postcode: {d.pc()}",
        f"  woonplaats: {d.town()}",
        f"  mobiel: '{d.tel()}'",
    ]
    if d.r.random() < 0.5:
        lines.append(f"  kenteken: {d.plate()}")
    lines += [
        f"{d.k('behandelaar')}:",
        f"  - naam: {d.full(o)}",
        f"    afdeling: {d.dept()}",
        f"    login: {d.user(o)}",
        f"{d.k('deadline')}: {d.date(style=0)}",
    ]
    return "\n".join(lines)


def lay_xml(d: Doc) -> str:
    """An XML snippet from a case system."""
    p, o = d.folk(2)
    sur = d.x(p.last.upper()) if d.r.random() < 0.3 else d.x(p.last)
    d.k("Zaak")
    d.k("Betrokkene")
    return "\n".join(
        [
            f'<Zaak id="{d.case()}" status="{d.status()}">',
            f"  <Registratiedatum>{d.date(style=0)}</Registratiedatum>",
            '  <Betrokkene rol="aanvrager">',
            f"    <Voorletters>{d.x(p.initials(0))}</Voorletters>",
            f"    <Voorvoegsel>{p.tv}</Voorvoegsel>" if p.tv else "    <Voorvoegsel/>",
            f"    <Geslachtsnaam>{sur}</Geslachtsnaam>",
            f"    <Geboortedatum>{d.dob(d.r.choice([0, 5]))}</Geboortedatum>",
            f"    <BSN>{d.bsn()}</BSN>",
            f"    <Verblijfadres><Straat>{d.x(d.street(), 'ADDRESS')}</Straat><Huisnummer>{d.r.randrange(1, 99)}"
            f"</Huisnummer><Postcode>{d.pc()}</Postcode><Woonplaats>{d.town()}</Woonplaats></Verblijfadres>",
            "  </Betrokkene>",
            f'  <Behandelaar afdeling="{d.dept()}">{d.full(o)}</Behandelaar>',
            "</Zaak>",
        ]
    )


def lay_vcard(d: Doc) -> str:
    """A vCard of a resident or an official."""
    (p,) = d.folk(1)
    town = d.town()
    official = d.r.random() < 0.4
    sur = p.last
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{d.x(sur)};{d.first(p)};;;",
        f"FN:{d.full(p)}",
    ]
    if official:
        lines += [f"ORG:Gemeente {town};{d.dept()}", f"TITLE:{d.func()}", f"TEL;TYPE=WORK:{d.service(town)}"]
        lines += [f"TEL;TYPE=CELL:{d.tel()}", f"EMAIL;TYPE=WORK:{d.mail(p, town)}"]
    else:
        lines += [f"TEL;TYPE=CELL:{d.tel()}", f"EMAIL;TYPE=HOME:{d.mail(p)}"]
        lines.append(f"ADR;TYPE=HOME:;;{d.addr()};{town};;{d.pc()};Nederland")
        lines.append(f"BDAY:{d.dob(0)}")
    lines += [f"REV:{d.date(style=0)}T{clock(d.r)}:00Z", "END:VCARD"]
    return "\n".join(lines)


def _mail_header(d: Doc, sender: Person, to: Person, town: str, cc: list[Person], case: str) -> list[str]:
    out = [
        f"Van: {d.full(sender)} <{d.mail(sender)}>",
        f"Verzonden: {d.date(style=6)} {clock(d.r)}",
        f"Aan: {d.full(to)} <{d.mail(to, town)}>",
    ]
    if cc:
        out.append(f"{d.r.choice(['CC', 'Cc'])}: " + "; ".join(d.any_name(c) for c in cc) + f"; {d.box(town)}")
    if d.r.random() < 0.3:
        out.append(f"BCC: {d.box(town)}")
    out.append(f"Onderwerp: {d.r.choice(['RE: ', 'FW: ', 'Antw: ', ''])}{d.topic()} - kenmerk {case}")
    if d.r.random() < 0.4 and "/" not in case:
        kind = d.k(d.r.choice(["bezwaar", "machtiging", "besluit"]))
        out.append(f"Bijlagen: {kind}_{case}.pdf")
    if d.r.random() < 0.3:
        out.insert(1, f"Namens: {d.box(town)}")
    return out


def lay_mail_headers(d: Doc) -> str:
    """An e-mail with Dutch headers, a short body and a signature."""
    p, o, c = d.folk(3)
    town = d.r.choice(TOWNS)
    case = d.case()
    head = _mail_header(d, p, o, town, [c] if d.r.random() < 0.6 else [], case)
    body = [
        "",
        f"Geachte {d.r.choice(['mevrouw', 'mw.'] if o.female else ['heer', 'meneer'])} {d.formal(o)},",
        "",
        f"Graag ontvang ik een reactie op mijn {d.k('verzoek')}. Mijn geboortedatum is {d.dob(6)} en mijn "
        f"BSN {d.bsn()}.",
        "",
        "Met vriendelijke groet,",
        d.full(p),
        d.tel(),
    ]
    return "\n".join([*head, *body])


def lay_forwarded(d: Doc) -> str:
    """A forwarded mail with an original message block and quoted lines."""
    p, o, q = d.folk(3)
    town = d.r.choice(TOWNS)
    case = d.case()
    lines = [
        f"Hoi {d.first(q)},",
        "",
        f"Zie hieronder, kun jij dit oppakken? Het gaat om {d.formal(p)} ({d.pc()}).",
        "",
        f"Groet, {d.first(o)}",
        "",
        "-----Oorspronkelijk bericht-----",
        f"Van: {d.full(p)} [mailto:{d.mail(p)}]",
        f"Verzonden: {d.k(d.r.choice(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']))} {d.date(style=6)}",
        f"Aan: {d.box(town)}",
        f"Onderwerp: {d.topic()} {case}",
        "",
        "> Goedemiddag,",
        f"> Ik woon op {d.addr()} en wacht nog steeds op antwoord.",
        f"> Bereikbaar op {d.tel()}, rekening {d.iban()}.",
        f"> {d.any_name(p)}",
    ]
    return "\n".join(lines)


def lay_minutes(d: Doc) -> str:
    """Meeting minutes with attendance, minute-taker and action points with initials."""
    ps = d.folk(d.r.randrange(4, 7))
    res = d.folk(1)[0]
    d.k("Aanwezig")
    d.k("Actiepunten")
    present = ps[:-1]
    absent = ps[-1]
    tags = {p.last: d.initials_tag(p) for p in present}
    if len(set(tags.values())) < len(tags):
        tags = {p.last: d.x(p.first[0] + p.last[:2].upper()) for p in present}
    lines = [
        f"{d.k('Verslag')} {d.k(d.r.choice(['casusoverleg', 'teamoverleg', 'MDO', 'wijkoverleg']))} {d.date(style=6)}",
        "Aanwezig: " + ", ".join(f"{d.full(p)} ({tags[p.last]}, {d.func()})" for p in present),
        f"{d.k('Afwezig met kennisgeving')}: {d.inits(absent)}",
        f"{d.k('Notulist')}: {d.full(present[-1])}",
        "",
        f"1. {d.k('Casus')} {d.case()}: {d.formal(res)}, {d.addr()}, geb. {d.dob(d.r.choice([1, 3, 4]))}.",
        "",
        "Actiepunten:",
    ]
    for i, p in enumerate(present[:3], 1):
        verb = d.r.choice(["belt bewoner", "stuurt brief", "plant huisbezoek", "vraagt dossier op", "mailt verhuurder"])
        d.k(verb)
        lines.append(f"AP {i}: {tags[p.last]} {verb} (deadline {d.date(style=1, year=2026)})")
    return "\n".join(lines)


def lay_whatsapp(d: Doc) -> str:
    """A WhatsApp chat export."""
    p, o = d.folk(2)
    y, m, dd = plain_date(d.r, 2026)
    day = d.k(f"{dd:02d}-{m:02d}-{y}")
    a, b = d.full(p), d.first(o)
    said = [
        f"{a}: Goedemorgen, heeft u mijn {d.topic()} al bekeken?",
        f"{b}: Ja, het {d.k('dossier')} is {d.case()}. Klopt uw adres {d.addr()} nog?",
        f"{a}: Ja. En mijn nieuwe nummer is {d.tel()}",
        f"{b}: Dank u. Ik bel u morgen.",
    ]
    if d.r.random() < 0.5:
        said.insert(2, f"{a}: <Media weggelaten>")
    minute = d.r.randrange(8 * 60, 16 * 60)
    lines = []
    for line in said:
        lines.append(f"[{day} {minute // 60:02d}:{minute % 60:02d}] {line}")
        minute += d.r.randrange(1, 40)
    return "\n".join(lines)


def lay_teams(d: Doc) -> str:
    """A Teams chat export between officials about a resident."""
    o1, o2, res = d.folk(3)
    date = d.date(style=2)
    lines = [
        f"{d.sfirst(o1)}  {date} {clock(d.r)}",
        f"weet jij of {d.formal(res)} al gebeld is? kenmerk {d.case()}",
        "",
        f"{d.sfirst(o2)}  {date} {clock(d.r)}",
        f"nog niet, nummer staat in het {d.k('systeem')}: {d.tel()}",
        "",
        f"{d.full(o1)}  {date} {clock(d.r)}",
        f"ok, ik zet het op de lijst voor {d.dept()}",
    ]
    return "\n".join(lines)


def lay_ticket_log(d: Doc) -> str:
    """A ticket-system log with status changes and users."""
    o1, o2, res = d.folk(3)
    y, m, dd = plain_date(d.r, 2026)
    case = d.case(2026)
    u1, u2 = d.user(o1), d.user(o2)
    lines = [f"{d.k('Ticket')} {case} - {d.topic()} - {d.any_name(res)}"]
    steps = [
        f"aangemaakt door {u1}",
        f"status gewijzigd door {u1}: ontvangen -> {d.status()}",
        f"toegewezen aan {u2} ({d.dept()})",
        f"notitie door {u2}: inwoner gebeld op {d.tel()}, geen gehoor",
        f"status gewijzigd door {u2}: {d.status()}",
    ]
    d.k("status gewijzigd door")
    for i, s in enumerate(steps):
        stamp = f"{y}-{m:02d}-{min(dd + i, 28):02d} {clock(d.r)}"
        d.k(stamp.split()[0])
        lines.append(f"{stamp} | {s}")
    return "\n".join(lines)


def lay_case_overview(d: Doc) -> str:
    """A case overview listing several residents as bullets."""
    ps = d.folk(d.r.randrange(2, 5))
    street = d.street()
    lines = [f"{d.k('Dossier')} {d.case()} - {d.k('bewonersoverleg')} {d.x(street, 'ADDRESS')}", ""]
    for p in ps:
        nr = d.x(f"{street} {d.housenr()}", "ADDRESS")
        role = d.k(d.r.choice(["aanvrager", "melder", "bewoner", "huurder"]))
        lines.append(f"- {d.any_name(p)}, {nr}, tel. {d.tel()} ({role})")
    lines.append("")
    lines.append(f"{d.k('Volgende bijeenkomst')}: {d.date(style=6)}")
    return "\n".join(lines)


def lay_appointment(d: Doc) -> str:
    """An appointment confirmation."""
    p, o = d.folk(2)
    town = d.town()
    lines = [
        d.k("Bevestiging afspraak"),
        "",
        f"{d.key('Naam', 'Voor')}: {d.any_name(p)}",
        f"{d.k('Datum')}: {d.date(style=6)}, {clock(d.r)} uur",
        f"{d.k('Locatie')}: {d.k('Stadskantoor')} {town}, {d.k('balie')} {d.r.randrange(1, 12)}",
        f"{d.k('Met')}: {d.inits(o)} ({d.func()}, {d.dept()})",
        f"{d.k('Kenmerk')}: {d.case()}",
        "",
        f"Verhinderd? Bel {d.service(town)} of mail {d.box(town)}.",
    ]
    if d.r.random() < 0.5:
        lines.insert(3, f"{d.k('Geboortedatum')}: {d.dob()}")
    return "\n".join(lines)


def lay_kvk(d: Doc) -> str:
    """A Chamber-of-Commerce style extract of a one-person business."""
    (p,) = d.folk(1)
    town = d.town()
    trade = d.k(d.r.choice(["Klussenbedrijf", "Schoonheidssalon", "Taxi", "Bouw", "Catering", "Fietsenmaker"]))
    lines = [
        d.k("Uittreksel Handelsregister"),
        f"{d.k('KvK-nummer')}: {d.r.randrange(10000000, 99999999)}",
        f"{d.k('Handelsnaam')}: {trade} {d.x(p.last)}",
        f"{d.k('Rechtsvorm')}: {d.k('Eenmanszaak')}",
        f"{d.k('Bezoekadres')}: {d.addr()}, {d.pc()} {town}",
        f"{d.k('Eigenaar')}: {d.sfirst(p)}",
        f"{d.k('Geboortedatum')}: {d.dob(d.r.choice([2, 6]))}",
        f"{d.k('Datum inschrijving')}: {d.date(style=2)}",
        f"{d.k('Telefoon')}: {d.tel()}",
    ]
    return "\n".join(lines)


def lay_address_block(d: Doc) -> str:
    """Address labels and letter address blocks."""
    (p,) = d.folk(1)
    town = d.r.choice(["Deventer", "Zwolle", "Apeldoorn", "Assen", "Meppel", "Kampen", "Hoorn", "Ede"])
    d.k(town.upper())
    style = d.r.randrange(4)
    if style == 0:
        blk = [d.k("Aan de bewoner(s) van"), d.addr(), f"{d.pc()}  {town.upper()}"]
    elif style == 1:
        sal = d.k(d.r.choice(["De heer", "Mevrouw", "Dhr.", "Mw.", "Fam."]))
        blk = [f"{sal} {d.inits(p)}", d.addr(), f"{d.pc()} {town.upper()}"]
    elif style == 2:
        org = d.org()
        blk = [org, f"{d.k('T.a.v.')} {d.full(p)}", d.addr(), f"{d.pc()} {town.upper()}"]
    else:
        blk = [d.caps(p), d.x(d.street().upper() + " " + d.housenr(), "ADDRESS"), f"{d.pc()} {town.upper()}"]
    tail = [
        "",
        f"{d.k('Ons kenmerk')}: {d.case()}",
        f"{d.k('Uw kenmerk')}: {d.case()}" if d.r.random() < 0.3 else f"{d.k('Datum')}: {d.date(style=6)}",
        f"{d.k('Bijlage(n)')}: {d.r.randrange(1, 4)}",
    ]
    return "\n".join(blk + tail)


def lay_household(d: Doc) -> str:
    """A household composition: role, name, date of birth."""
    n = d.r.randrange(2, 6)
    ps = d.folk(n)
    # children share the applicant's surname
    head = ps[0]
    d.k("Samenstelling huishouden")
    lines = [f"Samenstelling huishouden - {d.k('peildatum')} {d.date(style=2)}", ""]
    style = d.r.choice([1, 2, 3, 4, 5, 8])
    cols = d.r.choice([("rol", "naam", "geboortedatum"), ("Naam", "Rol", "Geb.datum")])
    for c in cols:
        d.k(c)
    lines.append("\t".join(cols))
    for i, p in enumerate(ps):
        rol = "aanvrager" if i == 0 else ("partner" if i == 1 else "kind")
        if i >= 2:
            name = d.x(f"{p.first} {head.surname}")
            d.x(p.first)
        else:
            name = d.full(p)
        vals = {"rol": d.k(rol), "Rol": d.k(rol), "naam": name, "Naam": name}
        vals["geboortedatum"] = vals["Geb.datum"] = d.dob(style, *((1950, 1996) if i < 2 else (1998, 2025)))
        lines.append("\t".join(vals[c] for c in cols))
    lines.append("")
    lines.append(f"{d.k('Adres')}: {d.addr()}, {d.pc()} {d.town()}")
    return "\n".join(lines)


def lay_role_list(d: Doc) -> str:
    """A list of people with roles in brackets."""
    ps = d.folk(d.r.randrange(3, 6))
    roles = ["melder", "betrokkene", "partner", "behandelaar", "contactpersoon", "verhuurder", "tolk", "mantelzorger"]
    d.r.shuffle(roles)
    head = d.key("Betrokkenen", "Betrokkene(n)", "Deelnemers", "Partijen")
    parts = []
    for p, role in zip(ps, roles, strict=False):
        d.k(role)
        nm = d.any_name(p)
        if d.r.random() < 0.3:
            parts.append(f"{nm} ({role}, geb. {d.dob(d.r.choice([1, 2, 3, 8]))})")
        else:
            parts.append(f"{nm} ({role})")
    sep = d.r.choice(["\n- ", "; ", "\n"])
    return f"{d.k('Zaak')} {d.case()}\n{head}:{sep if sep != '; ' else ' '}" + sep.join(parts)


def lay_signatures(d: Doc) -> str:
    """One or two signature blocks."""
    ps = d.folk(d.r.randrange(1, 3))
    town = d.town()
    blocks = [d.k(d.r.choice(["Met vriendelijke groet,", "Met vriendelijke groeten,", "Hartelijke groet,"]))]
    for p in ps:
        blocks += [
            "",
            d.full(p) if d.r.random() < 0.6 else d.inits(p),
            d.func(),
            f"{d.k('Gemeente')} {town} | {d.dept()}",
            f"T {d.service(town)} | M {d.tel()}",
            f"E {d.mail(p, town)}",
            f"{d.k('Aanwezig')}: {d.k(d.r.choice(['ma, di, do', 'ma t/m wo', 'di en vr', 'maandag t/m donderdag']))}",
        ]
    return "\n".join(blocks)


def lay_audit(d: Doc) -> str:
    """An audit/change log with user names and changed personal fields."""
    o1, o2, res = d.folk(3)
    u1, u2 = d.user(o1), d.user(o2)
    case = d.case()
    rows = [
        (u1, d.k("CREATE"), f"zaak {case}", ""),
        (u1, d.k("UPDATE"), d.k("telefoonnummer"), f"'{d.tel()}' -> '{d.tel()}'"),
        (u2, d.k("UPDATE"), d.k("adres"), f"'{d.addr()}' -> '{d.addr()}'"),
        (u2, d.k("VIEW"), d.k("BSN"), d.bsn()),
        (u1, d.k("UPDATE"), d.k("naam"), f"'{d.caps(res)}' -> '{d.full(res)}'"),
    ]
    if d.r.random() < 0.6:
        rows.append((u2, "UPDATE", d.k("kenteken"), f"'' -> '{d.plate()}'"))
    if d.r.random() < 0.6:
        rows.append((u1, "UPDATE", d.k("iban"), f"'{d.iban()}'"))
    d.r.shuffle(rows)
    y, m, dd = plain_date(d.r, 2026)
    out = [f"{d.k('Wijzigingslog')} {case}", "tijdstip;gebruiker;actie;veld;waarde"]
    d.k("gebruiker")
    for i, (u, a, f, v) in enumerate(rows):
        out.append(f"{y}-{m:02d}-{dd:02d}T{9 + i:02d}:{d.r.randrange(60):02d};{u};{a};{f};{v}")
    return "\n".join(out)


def lay_files(d: Doc) -> str:
    """An attachment list with case numbers in file names."""
    (p,) = d.folk(1)
    c1 = case_number(d.r, 2026)
    c2 = case_number(d.r, 2025)
    kinds = ["bezwaar", "besluit", "machtiging", "verslag", "intake", "beschikking"]
    d.r.shuffle(kinds)
    lines = [f"{d.k('Bijlagen')} {d.k('dossier')} {d.any_name(p)}:"]
    for i, kind in enumerate(kinds[:4]):
        d.k(kind)
        c = c1 if i % 2 == 0 else c2
        safe = d.x(c.replace("/", "-"), "CASE_NUMBER")
        lines.append(f"  {kind}_{safe}.{d.r.choice(['pdf', 'docx', 'msg'])}  ({d.r.randrange(20, 900)} kB)")
    lines.append(f"  {d.k('paspoort')}_{d.x(ascii_last(p))}.jpg")
    return "\n".join(lines)


def ascii_last(p: Person) -> str:
    """The surname as in a file name: letters only, no particle."""
    from pools_f8r import ascii_fold

    return ascii_fold(p.last) or "x"


def lay_payment(d: Doc) -> str:
    """A payment / bank record."""
    (p,) = d.folk(1)
    d.k("Tenaamstelling")
    rows = [
        (d.k("Betalingskenmerk"), d.case()),
        (d.key("IBAN", "Rekeningnummer", "IBAN begunstigde"), d.iban()),
        ("Tenaamstelling", d.caps(p) if d.r.random() < 0.5 else d.inits(p)),
        (d.k("Bedrag"), d.amount()),
        (d.k("Omschrijving"), d.topic()),
        (d.key("Datum betaling", "Uitbetaaldatum", "Valutadatum"), d.date(style=d.r.choice([0, 2, 8]))),
    ]
    return _kv(d, rows)


def lay_parking(d: Doc) -> str:
    """A parking permit record with plates."""
    (p,) = d.folk(1)
    rows = [
        (d.k("Vergunningnummer"), d.case()),
        (d.key("Houder", "Naam vergunninghouder", "Naam"), d.any_name(p)),
        (d.key("Kenteken", "Kenteken 1"), d.plate()),
        (d.key("Adres", "Woonadres"), d.addr()),
        (d.key("Zone", "Vergunningsgebied"), d.k(d.r.choice(["Binnenstad", "Zone B", "Schil Oost", "Centrum"]))),
        (d.k("Geldig tot"), d.date(style=2)),
    ]
    if d.r.random() < 0.4:
        rows.insert(3, (d.k("Kenteken 2"), d.plate()))
    return _kv(d, rows)


def lay_legacy(d: Doc) -> str:
    """A fixed-width legacy dump in capitals."""
    ps = d.folk(d.r.randrange(2, 5))
    head = f"{d.k('REL-NR')}  {d.k('NAAM')}{' ' * 26}{d.k('GEBDAT')}    {d.k('POSTC')}   {d.k('KENMERK')}"
    lines = [head]
    for p in ps:
        name = f"{d.x(p.last.upper())}, {d.x(p.initials(0))}"
        if p.tv:
            name += " " + p.tv.upper()
        lines.append(
            f"{d.r.randrange(100000, 999999)}  {name.ljust(30)}{d.dob(d.r.choice([5, 3]))}  "
            f"{d.x(postcode(d.r).upper(), 'POSTCODE'):8}{d.case()}"
        )
    return "\n".join(lines)


def lay_mailbox(d: Doc) -> str:
    """A mailbox overview: sender, subject, received."""
    ps = d.folk(d.r.randrange(3, 6))
    d.k("Onderwerp")
    d.k("Ontvangen")
    lines = ["Van\tOnderwerp\tOntvangen"]
    for p in ps:
        pick = d.r.randrange(4)
        if pick == 0:
            subj = f"Bezwaar {d.case()}"
        elif pick == 1:
            subj = f"RE: uw kenmerk {d.case()}"
        elif pick == 2:
            subj = f"{d.topic()} {d.formal(p)}"
        else:
            subj = f"vraag over {d.case()} ({d.topic()})"
        lines.append(f"{d.any_name(p)}\t{subj}\t{d.date(style=2)} {clock(d.r)}")
    return "\n".join(lines)


def lay_query_line(d: Doc) -> str:
    """A key=value log line or a form post dump."""
    (p,) = d.folk(1)
    pairs = [
        ("voornaam", d.first(p)),
        ("achternaam", d.x(p.last) if not p.tv else d.x(p.formal)),
        ("postcode", d.x(postcode(d.r).replace(" ", ""), "POSTCODE")),
        ("huisnummer", str(d.r.randrange(1, 200))),
        ("telefoon", d.tel()),
        ("email", d.mail(p)),
        ("onderwerp", d.topic()),
        ("ontvangen", d.date(style=0)),
    ]
    for k, _ in pairs:
        d.k(k)
    if d.r.random() < 0.5:
        return f"{d.k('form_submit')} " + " ".join(f'{k}="{v}"' for k, v in pairs)
    return "\n".join(f"{k}={v}" for k, v in pairs)


def lay_ini(d: Doc) -> str:
    """An INI-like export with sections per person."""
    ps = d.folk(2)
    out = [f"[{d.k('zaak')}]", f"nummer = {d.case()}", f"geopend = {d.date(style=0)}", ""]
    for sec, p in zip(("aanvrager", "partner"), ps, strict=True):
        d.k(sec)
        out += [
            f"[{sec}]",
            f"naam = {d.full(p)}",
            f"geboortedatum = {d.dob(d.r.choice([0, 4, 6]))}",
            f"bsn = {d.bsn()}",
            "",
        ]
    out += ["[rekening]", f"iban = {d.iban()}"]
    return "\n".join(out)


def lay_report_form(d: Doc) -> str:
    """A nuisance report (melding) with reporter and involved party."""
    m, b, o = d.folk(3)
    rows = [
        (d.key("Meldingnummer", "Melding nr.", "Kenmerk melding"), d.case()),
        (d.key("Datum melding", "Gemeld op"), d.date(style=d.r.choice([1, 2, 6]))),
        (d.k("Melder"), d.any_name(m)),
        (d.key("Tel. melder", "Telefoon melder"), d.tel()),
        (d.key("Betrokkene", "Betrokkene(n)", "Veroorzaker"), f"{d.any_name(b)}, {d.addr()}"),
        (d.key("Kenteken", "Kenteken voertuig"), d.plate()),
        (d.k("Toegewezen aan"), f"{d.inits(o)} ({d.dept()})"),
        (d.k("Status"), d.status()),
    ]
    return _kv(d, rows)


def lay_contact_card(d: Doc) -> str:
    """A contact sheet with partner and children."""
    p, q = d.folk(2)
    kids = d.folk(d.r.randrange(1, 3))
    kid_strs = []
    for k in kids:
        kid_strs.append(f"{d.first(k)} ({d.dob(d.r.choice([1, 2, 3, 7]), 2005, 2025)})")
    rows = [
        (d.key("Naam", "Naam cliënt", "Cliënt"), d.any_name(p)),
        (d.key("Partner", "Echtgeno(o)t(e)", "Partner/echtgenoot"), d.any_name(q)),
        (d.key("Kind(eren)", "Kinderen", "Kind"), ", ".join(kid_strs)),
        (d.key("Contactpersoon", "Contactpersoon gemeente"), f"{d.func()}, {d.service()}"),
        (d.key("Mob.", "Mobiel", "GSM"), d.tel()),
        (d.key("IBAN", "Rek.nr."), d.iban()),
        (d.k("Laatst gewijzigd"), d.date(style=2)),
    ]
    return _kv(d, rows)


def lay_bundle(d: Doc) -> str:
    """A short bundle of two different records separated by a rule."""
    first = d.r.choice([lay_payment, lay_parking, lay_appointment, lay_kvk])
    second = d.r.choice([lay_vcard, lay_query_line, lay_signatures, lay_address_block])
    return first(d) + "\n\n" + d.r.choice(["----", "* * *", "=" * 20, "________"]) + "\n\n" + second(d)


def lay_dob_inline(d: Doc) -> str:
    """Names followed by birth dates in brackets, without cue keys, beside ordinary dates."""
    ps = d.folk(d.r.randrange(2, 4))
    d.k("Hoorzitting")
    lines = [f"Hoorzitting {d.date(style=6)} - {d.k('bezwaar')} {d.case()}", ""]
    for p in ps:
        lines.append(f"* {d.any_name(p)} ({d.dob(d.r.choice([1, 2, 3, 4, 5, 7]))}), {d.addr()}")
    lines.append("")
    lines.append(f"{d.k('Beslistermijn')}: {d.date(style=1)}")
    return "\n".join(lines)


LAYOUTS: list[Layout] = [
    lay_intake_form,
    lay_split_name,
    lay_markdown_table,
    lay_ascii_table,
    lay_csv,
    lay_csv_split,
    lay_json_nested,
    lay_json_array,
    lay_yaml,
    lay_xml,
    lay_vcard,
    lay_mail_headers,
    lay_forwarded,
    lay_minutes,
    lay_whatsapp,
    lay_teams,
    lay_ticket_log,
    lay_case_overview,
    lay_appointment,
    lay_kvk,
    lay_address_block,
    lay_household,
    lay_role_list,
    lay_signatures,
    lay_audit,
    lay_files,
    lay_payment,
    lay_parking,
    lay_legacy,
    lay_mailbox,
    lay_query_line,
    lay_ini,
    lay_report_form,
    lay_contact_card,
    lay_bundle,
    lay_dob_inline,
]
