"""Generate the own corpus ``identifiers14.jsonl``: structured identifiers (phone, postcode, birth date, case number,
IBAN, BSN, licence plate, e-mail) in the many ways people and systems write them, in running text and in records
(key: value lines, tables, CSV, chat, mail headers and signatures), beside numbers that must stay (issue 10, round
seven; anonymizer/patterns.py, casenumbers.py, birthkeys.py, fields.py).

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora14

Standard library only, deterministic (seed 20261203). Every value is drawn at random here (BSNs pass the eleven
test, IBANs the mod-97 check), no value comes from another corpus. Families (``family`` in each id): ``mob``,
``land``, ``abroad``, ``pc``, ``dob``, ``case``, ``iban``, ``bsn``, ``plate``, ``mail``, ``record`` (several kinds in
one record), ``keeps`` (public numbers, amounts, times, dates, law articles: no identifier at all).

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.anonymizer.corpora.score import family_docs, write_corpus

OUT = Path(__file__).resolve().parent / "identifiers14.jsonl"

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
STREET_A = ["Kwartel", "Distel", "Vlinder", "Berken", "Zwaluw", "Leeuwerik", "Essen", "Kievit", "Vlier", "Goudsbloem"]
STREET_B = ["straat", "laan", "weg", "hof", "pad", "singel", "dreef", "kade"]
TOWNS = ["ZWOLLE", "Amersfoort", "Leeuwarden", "DEVENTER", "Tilburg", "Heerenveen", "Gouda", "ALMELO", "Venlo", "Assen"]
ADDS = ["", "", "-III", " bis", " hs", " rood", " A", "-2", "a", " -1"]
MAIL_HOSTS = ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "mail.tele2.nl", "outlook.com", "planet.nl",
              "student.hva.nl", "live.nl", "xs4all.nl"]  # fmt: skip
LOCALS = ["bertusvdm", "j.kwakkel77", "famdegroot", "m.ouali", "tessa_b", "hvanleeuwen", "sanne.k",
          "r.bakkali86", "kees.vos", "yildiz.a", "liesbeth1962", "pietjepuk", "aydin_m", "w.hoekstra", "noor-e",
          "dries.vdb"]  # fmt: skip


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _mobile8(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _digits(r, 7)


def mobile_forms(d8: str) -> list[str]:
    """A Dutch mobile number (06 and eight digits ``d8``) in the forms people write."""
    a, b, c, d = d8[:2], d8[2:4], d8[4:6], d8[6:]
    return [
        f"06-{d8}",
        f"06 {a} {b} {c} {d}",
        f"06{a}-{b}{c}{d}",
        f"(06) {d8[:4]} {d8[4:]}",
        f"06.{a}.{b}.{c}.{d}",
        f"+31 (0)6 {d8[:4]} {d8[4:]}",
        f"+31-6-{d8}",
        f"+316{d8}",
        f"0031 6 {d8}",
        f"0031(0)6-{d8}",
        f"06 - {d8[:3]} {d8[3:6]} {d8[6:]}",
        f"06{d8}",
        f"+31 6 {a} {b} {c} {d}",
        f"06/{d8}",
        f"06 {d8[:4]} {d8[4:]}",
        f"+31(0)6{d8}",
    ]


def _landline(r: random.Random) -> str:
    area = r.choice(["010", "020", "030", "040", "050", "070", "0299", "0575", "0513", "0478", "0172", "0341"])
    rest = str(r.randint(2, 9)) + _digits(r, 9 - len(area))
    k = r.randrange(7)
    if k == 0:
        return f"{area}-{rest}"
    if k == 1:
        return f"({area}) {rest[:3]} {rest[3:5]} {rest[5:]}"
    if k == 2:
        return f"{area} {rest}"
    if k == 3:
        return f"+31 {area[1:]} {rest}"
    if k == 4:
        return f"{area}-{rest[:3]} {rest[3:]}"
    if k == 5:
        return f"+31 (0){area[1:]} {rest}"
    return f"{area}{rest}"


def _abroad(r: random.Random) -> str:
    return r.choice(
        [
            f"+32 4{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
            f"+32 (0)4{_digits(r, 2)}/{_digits(r, 2)}.{_digits(r, 2)}.{_digits(r, 2)}",
            f"+49 15{_digits(r, 1)} {_digits(r, 8)}",
            f"0049 (0)17{_digits(r, 1)} {_digits(r, 7)}",
            f"+90 53{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
            f"+212 6{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
            f"+212 (0)6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
            f"+597 8{_digits(r, 2)}-{_digits(r, 4)}",
            f"+599 9 5{_digits(r, 2)} {_digits(r, 4)}",
            f"00 44 79{_digits(r, 2)} {_digits(r, 6)}",
            f"+44 (0)7{_digits(r, 3)} {_digits(r, 6)}",
            f"+48 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
            f"00212-6{_digits(r, 8)}",
            f"+33 6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        ]
    )


def _postcode_raw(r: random.Random) -> tuple[str, str]:
    return str(r.randint(1000, 9999)), r.choice(PC_LETTERS) + r.choice(PC_LETTERS)


def postcode_forms(num: str, let: str) -> list[str]:
    """A postcode written with and without space, lower case, with a dash, two spaces, a country prefix."""
    return [f"{num} {let}", f"{num}{let}", f"{num} {let.lower()}", f"{num}-{let}", f"{num}  {let}", f"NL-{num} {let}",
            f"{num}{let.lower()}", f"NL {num} {let}"]  # fmt: skip


def _street(r: random.Random) -> str:
    return r.choice(STREET_A) + r.choice(STREET_B)


def _housenr(r: random.Random) -> str:
    return f"{r.randint(1, 180)}{r.choice(ADDS)}"


def dob_forms(r: random.Random) -> str:
    y, m, d = r.randint(1936, 2012), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MON3[m - 1]} {y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{d}-{ROMAN[m - 1]}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}.{m}.{y}",
            f"{d} {MONTHS[m - 1].capitalize()} {y}",
        ]
    )


def ordinary_date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}-{m:02d}-{y}", f"{d} {MON3[m - 1]} {y}"])  # fmt: skip


def case_number(r: random.Random) -> str:
    y = r.choice([2024, 2025, 2026])
    yy = y % 100
    return r.choice(
        [
            f"Z/{y}/{_digits(r, 6)}",
            f"Z-{yy}-{_digits(r, 5)}",
            f"ZK{yy}-{_digits(r, 5)}",
            f"{y}-{_digits(r, 7)}",
            f"{y}.{_digits(r, 5)}",
            f"ABC/{yy}/{_digits(r, 3)}",
            f"BZ {yy}.{_digits(r, 4)}",
            f"OV-{y}-{_digits(r, 5)}",
            f"{yy}/{_digits(r, 5)}",
            f"z/{y}/{_digits(r, 6)}",
            f"zk{yy}-{_digits(r, 5)}",
            f"INT-{yy}-{_digits(r, 4)}",
            f"{y}/{_digits(r, 4)}/WMO",
            f"U{yy}.{_digits(r, 6)}",
            f"D{y}-{_digits(r, 4)}",
            f"{_digits(r, 7)}",
            f"BSW-{y}-{_digits(r, 4)}",
            f"{y}-{_digits(r, 5)}",
        ]
    )


def _bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randrange(10) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_forms(b: str) -> list[str]:
    return [b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:4]} {b[4:6]} {b[6:]}",
            f"{b[:3]}.{b[3:6]}.{b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"]  # fmt: skip


def _mod97_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def _iban(r: random.Random) -> str:
    k = r.randrange(6)
    if k <= 2:
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
        c, bban = "NL", bank + _digits(r, 10)
    elif k == 3:
        c, bban = "BE", _digits(r, 12)
    elif k == 4:
        c, bban = "DE", _digits(r, 18)
    else:
        c, bban = "FR", _digits(r, 10) + "".join(r.choice("ABCDEFGHJK") for _ in range(1)) + _digits(r, 12)
    return c + _mod97_check(c, bban) + bban


def iban_forms(i: str) -> list[str]:
    spaced = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return [i, spaced, i.lower(), spaced.lower(), f"{i[:4]}-{i[4:8]}-{i[8:]}" if i.startswith("NL") else spaced]


def _plate(r: random.Random) -> str:
    code = r.choice(["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
                     "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"])  # fmt: skip
    out = []
    for ch in code:
        out.append(r.choice(PLATE_LETTERS) if ch == "X" else str(r.randint(1, 9)) if ch == "9" else "-")
    return "".join(out)


def plate_forms(p: str) -> list[str]:
    return [p, p.replace("-", ""), p.lower(), p.replace("-", " ")]


def _email(r: random.Random) -> str:
    local = r.choice(LOCALS) + r.choice(["", "", str(r.randint(1, 99)), "+gemeente", "+wmo"])
    host = r.choice(MAIL_HOSTS)
    k = r.randrange(8)
    if k == 0:
        return f"{local}@{host}".upper()
    if k == 1:
        return f"{local.capitalize()}@{host}"
    return f"{local}@{host}"


def _doc(family: str, n: int, text: str, pii: list[tuple[str, str]], keep: list[str]) -> dict:
    return {"id": f"i14-{family}-{n:03d}", "text": text, "pii": [{"text": t, "label": lab} for t, lab in pii],
            "keep": keep}  # fmt: skip


# ---------------------------------------------------------------------------------------------------- families


def mob(r: random.Random, n: int) -> dict:
    p = mobile_forms(_mobile8(r))[n % 16]
    t = r.choice(
        [
            "U kunt mij bereiken op {p}, liefst na 17.00 uur.",
            "Bel me op {p} als de monteur komt.",
            "tel. {p}",
            "M {p}\nE-mail volgt nog.",
            "gsm: {p} (alleen 's avonds)",
            "mob. {p}",
            "☎ {p}",
            "📞 {p} – bel gerust",
            "WhatsApp {p}, dan stuur ik de foto's.",
            "Mijn nummer is {p}. Ik ben overdag op het werk.",
            "De melder (bereikbaar via {p}) vraagt om een terugbelverzoek.",
            "Terugbellen: {p}",
            "Telefoonnummer van de zoon, {p}, staat ook in het dossier.",
            "[14:32] Melder: mijn nieuwe nummer is {p}\n[14:33] Medewerker: dank u, genoteerd.",
            "Mobiel nummer:\t{p}",
            "Graag contact via {p} of via de mail.",
            "T {p} | spreekuur dinsdag",
            "Bellen kan naar {p}; zij heeft 3 kinderen en werkt tot 15.30 uur.",
            "Tel.nr. {p}",
            "De buurvrouw, {p}, heeft ook geklaagd.",
        ]
    )
    keep = [w for w in ("17.00 uur", "3 kinderen", "15.30 uur", "monteur", "spreekuur", "dossier") if w in t]
    return _doc("mob", n, t.format(p=p), [(p, "PHONE")], keep)


def land(r: random.Random, n: int) -> dict:
    p = _landline(r)
    t = r.choice(
        [
            "Overdag bereikbaar op {p} (werk).",
            "Telefoon (vast): {p}",
            "Bel mijn moeder op haar vaste nummer {p}.",
            "T: {p}\nF: -",
            "Contact: de heer of mevrouw, telefonisch via {p}.",
            "Het vaste nummer {p} werkt niet meer sinds april.",
            "tel {p}",
            "Telefoon: (thuis) {p}",
        ]
    )
    return _doc("land", n, t.format(p=p), [(p, "PHONE")], ["april"] if "april" in t else [])


def split_lines(r: random.Random, n: int) -> dict:
    area = r.choice(["020", "010", "0299", "06"])
    rest = _digits(r, 10 - len(area)) if area != "06" else _mobile8(r)
    rest = str(r.randint(2, 9)) + rest[1:]
    t = r.choice(
        [
            f"Mijn nummer is ({area})\n{rest}, bel na de middag.",
            f"Telefoon {area} -\n{rest}",
            f"U kunt mij bellen op {area}-\n{rest}.",
        ]
    )
    p = t[t.index(area) : t.index(rest) + len(rest)]
    if p.startswith(area) and t[t.index(area) - 1] == "(":
        p = "(" + p
    return _doc("split", n, t, [(p, "PHONE")], [])


def abroad(r: random.Random, n: int) -> dict:
    p = _abroad(r)
    t = r.choice(
        [
            "Zij verblijft tijdelijk in het buitenland, telefoon {p}.",
            "Mijn broer (tel. {p}) regelt de post.",
            "Bereikbaar op {p} tot eind augustus.",
            "Nummer in het buitenland: {p}",
            "WhatsApp: {p}",
            "De dochter belt vanaf {p}; zij spreekt Nederlands.",
        ]
    )
    keep = ["augustus"] if "augustus" in t else []
    return _doc("abroad", n, t.format(p=p), [(p, "PHONE")], keep)


def pc(r: random.Random, n: int) -> dict:
    num, let = _postcode_raw(r)
    p = postcode_forms(num, let)[n % 8]
    st, hn, town = _street(r), _housenr(r), r.choice(TOWNS)
    a = f"{st} {hn}"
    k = n % 6
    if k == 0:
        text = f"Afzender:\n{a}\n{p}  {town}\n\nBetreft: bezwaar tegen de aanslag"
        keep = ["bezwaar"]
    elif k == 1:
        text = f"Het adres is {a}, {p} {town}; de sleutel ligt bij de buren."
        keep = ["sleutel"]
    elif k == 2:
        text = f"naam;straat;postcode;plaats\nmelder;{a};{p};{town}"
        keep = ["postcode"]
    elif k == 3:
        text = f"{p} {town}\nstaat als postadres in het systeem, niet als woonadres."
        return _doc("pc", n, text, [(p, "POSTCODE")], ["postadres"])
    elif k == 4:
        text = f"Postcode: {p}\nHuisnummer: {hn.strip()}\nToevoeging: onbekend"
        return _doc("pc", n, text, [(p, "POSTCODE")], ["Toevoeging"])
    else:
        text = f"Zij is verhuisd naar {a} te {town} (postcode {p})."
        keep = ["verhuisd"]
    return _doc("pc", n, text, [(a, "ADDRESS"), (p, "POSTCODE")], keep)


def dob(r: random.Random, n: int) -> dict:
    b, o = dob_forms(r), ordinary_date(r)
    t = r.choice(
        [
            "Geboren: {b}\nDatum aanvraag: {o}",
            "geb. {b}, aanvraag ontvangen op {o}",
            "Geb.datum {b} | ingangsdatum {o}",
            "Geboortedatum:\t{b}\nBrief van {o}",
            "DOB: {b}\nafspraak op {o}",
            "° {b}  (afspraak {o})",
            "* {b}\nMelding gedaan op {o}",
            "De aanvrager is geboren op {b} en diende op {o} een verzoek in.",
            "Zoon, geboren {b}, woont sinds {o} weer thuis.",
            "Geb: {b}; datum besluit {o}",
            "geboortedatum {b} — brief verzonden {o}",
            "Uw geboortedatum ({b}) klopt niet; wij passen dit aan per {o}.",
            "Kind 1: {b}\nKind 2: {b2}\nPeildatum: {o}",
            "Persoon: aanvrager, geb. op {b}; gesprek gevoerd {o}.",
        ]
    )
    pii = [(b, "DATE_OF_BIRTH")]
    b2 = None
    if "{b2}" in t:
        b2 = dob_forms(r)
        pii.append((b2, "DATE_OF_BIRTH"))
    text = t.format(b=b, o=o, b2=b2)
    return _doc("dob", n, text, pii, [o])


def dob_rows(r: random.Random, n: int) -> dict:
    rows, pii = [], []
    for role in r.sample(["aanvrager", "partner", "kind", "dochter", "zoon", "inwonend"], 3):
        b = dob_forms(r)
        rows.append(f"{role:<12}{b}")
        pii.append((b, "DATE_OF_BIRTH"))
    o = ordinary_date(r)
    text = "Gezinsleden\n" + "\n".join(rows) + f"\nIngangsdatum   {o}"
    return _doc("dobrow", n, text, pii, [o])


def case(r: random.Random, n: int) -> dict:
    c = case_number(r)
    t = r.choice(
        [
            "Ons kenmerk: {c}",
            "Uw kenmerk: {c}\nOns kenmerk: -",
            "dossiernr. {c}",
            "Het gaat om zaak #{c}.",
            "ref. {c}",
            "Onderwerp: bezwaar {c}",
            "Bijlage: bezwaar_{c}.pdf",
            "Wilt u bij betaling o.v.v. {c} het bedrag van € 125,00 overmaken?",
            "Mijn bezwaar (kenmerk {c}) gaat over artikel 7:1 Awb.",
            "kenmerk {c} — zie ook artikel 4:8 Awb",
            "ticket {c} is gesloten.",
            "Zaaknummer:\t{c}",
            "Re: uw brief {c} van 12 maart",
            "Betreft: aanvraag Wmo, ons kenmerk {c}",
            "In het dossier ({c}) ontbreekt de machtiging.",
            "Graag het zaaknummer {c} vermelden bij contact.",
        ]
    )
    if "bezwaar_{c}" in t:
        c = c.replace("/", "-").replace(" ", "")
    text = t.format(c=c)
    keep = [w for w in ("artikel 7:1 Awb", "artikel 4:8 Awb", "€ 125,00", "machtiging", "12 maart") if w in text]
    return _doc("case", n, text, [(c, "CASE_NUMBER")], keep)


def iban(r: random.Random, n: int) -> dict:
    i = r.choice(iban_forms(_iban(r)))
    t = r.choice(
        [
            "Wilt u het bedrag overmaken naar {i} t.n.v. de aanvrager?",
            "IBAN: {i}",
            "Rekeningnummer {i} (bewindvoerder)",
            "rek.nr. {i}",
            "Uitbetaling op {i}, ingaande 1 mei.",
            "Bank: {i}\nBIC: onbekend",
            "Het toeslagbedrag van € 312,50 gaat naar {i}.",
        ]
    )
    keep = [w for w in ("€ 312,50", "1 mei", "bewindvoerder") if w in t]
    return _doc("iban", n, t.format(i=i), [(i, "IBAN")], keep)


def bsn(r: random.Random, n: int) -> dict:
    b = bsn_forms(_bsn(r))[n % 6]
    t = r.choice(
        [
            "BSN: {b}",
            "burgerservicenummer {b}",
            "Sofinummer {b} (oud)",
            "BSN-nummer:\t{b}",
            "Zijn bsn is {b}, dat van zijn vrouw volgt.",
            "Persoon 1 | {b} | aanvrager",
            "bsn {b}; client is 3 maanden in zorg",
            "Burgerservicenummer (BSN): {b}",
        ]
    )
    keep = ["3 maanden"] if "3 maanden" in t else []
    return _doc("bsn", n, t.format(b=b), [(b, "BSN")], keep)


def plate(r: random.Random, n: int) -> dict:
    p = plate_forms(_plate(r))[n % 4]
    t = r.choice(
        [
            "Kenteken: {p}",
            "De auto met kenteken {p} staat al weken op de stoep.",
            "Een bestelbus ({p}) blokkeert de inrit.",
            "kenteken {p} parkeert op de invalidenplaats",
            "Voertuig: {p}, witte Opel",
            "Het voertuig {p} is weggesleept.",
        ]
    )
    keep = [w for w in ("stoep", "inrit", "invalidenplaats", "Opel") if w in t]
    return _doc("plate", n, t.format(p=p), [(p, "LICENSE_PLATE")], keep)


def mail(r: random.Random, n: int) -> dict:
    e = _email(r)
    k = n % 7
    if k == 0:
        local, host = e.split("@")
        dom, tld = host.rsplit(".", 1)
        e = f"{local} [at] {dom} [dot] {tld}"
    elif k == 1:
        local, host = e.split("@")
        dom, tld = host.rsplit(".", 1)
        e = f"{local} at {dom} punt {tld}"
    t = r.choice(
        [
            "Van: {e}\nAan: info@gemeente.nl\nOnderwerp: klacht",
            "Mail mij op {e}.",
            "E-mail: {e}",
            "Stuur de stukken naar {e}, niet naar noreply@gemeente.nl.",
            "Reply-To: <{e}>",
            "Mijn mailadres is {e} (privé)",
            "email {e}",
        ]
    )
    keep = [w for w in ("info@gemeente.nl", "noreply@gemeente.nl") if w in t]
    return _doc("mail", n, t.format(e=e), [(e, "EMAIL")], keep)


def record(r: random.Random, n: int) -> dict:
    ph, b, i = r.choice(mobile_forms(_mobile8(r))), r.choice(bsn_forms(_bsn(r))), r.choice(iban_forms(_iban(r)))
    e, bd, c = _email(r), dob_forms(r), case_number(r)
    num, let = _postcode_raw(r)
    pcode = r.choice(postcode_forms(num, let)[:3])
    o = ordinary_date(r)
    k = n % 4
    if k == 0:
        text = (
            f"Zaak: {c}\nBSN: {b}\nGeboortedatum: {bd}\nPostcode: {pcode}\nTelefoon: {ph}\nE-mail: {e}\n"
            f"IBAN: {i}\nDatum melding: {o}"
        )
    elif k == 1:
        text = f"kenmerk,bsn,geboren,postcode,telefoon\n{c},{b},{bd},{pcode},{ph}\nexport {o}"
        e = i = None
    elif k == 2:
        text = f"| kenmerk | {c} |\n| bsn | {b} |\n| geb. | {bd} |\n| tel | {ph} |\n| mail | {e} |\n| ontvangen | {o} |"
        i = pcode = None
    else:
        text = (
            f"Met vriendelijke groet,\n\nde aanvrager\n{pcode}\nM: {ph}\nE: {e}\nIBAN {i}\n\n"
            f"Verzonden op {o} — ons kenmerk {c}"
        )
        b = bd = None
    pii = [(x, lab) for x, lab in ((c, "CASE_NUMBER"), (b, "BSN"), (bd, "DATE_OF_BIRTH"), (pcode, "POSTCODE"),
                                   (ph, "PHONE"), (e, "EMAIL"), (i, "IBAN")) if x]  # fmt: skip
    return _doc("record", n, text, pii, [o])


def keeps(r: random.Random, n: int) -> dict:
    items = [
        ("Bel 14 020 voor een afspraak.", "14 020"),
        ("Het algemene nummer is 14 0575.", "14 0575"),
        ("Gratis bellen: 0800-1351.", "0800-1351"),
        ("De informatielijn 0900-8844 kost 10 cent per minuut.", "0900-8844"),
        ("In nood: bel 112.", "112"),
        ("Het bedrag van € 1.245,60 wordt in 12 termijnen betaald.", "€ 1.245,60"),
        ("Het spreekuur is van 09.00 tot 12.30 uur.", "12.30 uur"),
        ("Zie artikel 7:1 Awb en artikel 6:7 Awb.", "artikel 6:7 Awb"),
        ("De Participatiewet 2015 geldt sinds 1 januari 2015.", "1 januari 2015"),
        ("Er wonen 1250 mensen in de wijk, 340 huishoudens.", "340 huishoudens"),
        ("De huur is verhoogd met 4,5 procent tot € 812,00.", "€ 812,00"),
        ("De klantenservice is bereikbaar via 088 469 5656 op werkdagen.", "088 469 5656"),
        ("Postbus 9100, antwoordnummer 10450.", "Postbus 9100"),
        ("Op 14-05-2026 is er een informatieavond om 19.30 uur.", "14-05-2026"),
        ("Het besluit van 3 maart 2026 is op 4-3-2026 verzonden.", "4-3-2026"),
        ("De wachtlijst telt 2.345 aanvragen en 17 bezwaren.", "2.345 aanvragen"),
        ("Het KvK-nummer van de gemeente staat in de colofon; bel 14 050.", "14 050"),
        ("In 2025 kwamen 1.024 meldingen binnen, in 2026 al 512.", "1.024 meldingen"),
        ("Wij reageren binnen 6 weken (artikel 7:10 Awb).", "artikel 7:10 Awb"),
        ("Bel de afdeling via 0800 0231 of kijk op de website.", "0800 0231"),
        ("Hij at soep punt uit en ging slapen.", "at soep punt uit"),
        ("The meeting is at gemeente.nl tomorrow.", "at gemeente.nl"),
        ("tel. 0800 408 62 41 (gratis)", "0800 408 62 41"),
        ("Het verslag van 3-iv-2026 is gisteren verstuurd.", "3-iv-2026"),
    ]
    text, keep = items[n % len(items)]
    return _doc("keeps", n, text, [], [keep])


def _rrn(r: random.Random) -> str:
    y, m, d = r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)
    body = f"{y:02d}{m:02d}{d:02d}{r.randint(1, 998):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def belgian(r: random.Random, n: int) -> dict:
    """Flemish forms: gsm and nine-digit landlines, the 1-ABC-234 plate, the national number, a BE IBAN."""
    k = n % 6
    if k == 0:
        v = f"04{r.randint(60, 99)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"
        v = r.choice([v, v.replace(" ", "/", 1).replace(" ", ".")])
        text, lab, keep = f"Mijn gsm: {v} (na 18 uur)", "PHONE", ["18 uur"]
    elif k == 1:
        v = r.choice([f"0{r.choice([2, 3, 9])} {r.randint(2, 9)}{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                      f"0{r.choice([11, 13, 14, 50, 56])} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                      f"0{r.choice([3, 9])}/{r.randint(2, 9)}{_digits(r, 2)}.{_digits(r, 2)}.{_digits(r, 2)}"],
                     )  # fmt: skip
        text, lab, keep = (
            r.choice(["tel. {v}", "Telefoon (thuis): {v}", "Bel mij op {v}, liefst 's avonds."]).format(v=v),
            "PHONE",
            [],
        )
    elif k == 2:
        v = f"{r.randint(1, 2)}-{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{_digits(r, 3)}"
        v = r.choice([v, v.lower()]) if n % 4 else v
        text, lab, keep = f"Nummerplaat {v}, een grijze bestelwagen.", "LICENSE_PLATE", ["bestelwagen"]
    elif k == 3:
        d = _rrn(r)
        v = r.choice([f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", d])
        text, lab, keep = f"Rijksregisternummer: {v}\nNationaliteit: Belg", "BSN", ["Nationaliteit"]
    elif k == 4:
        c = _digits(r, 12)
        v = "BE" + _mod97_check("BE", c) + c
        v = r.choice([v, " ".join(v[i : i + 4] for i in range(0, 16, 4))])
        text, lab, keep = f"Rekeningnummer {v} (KBC)", "IBAN", ["KBC"]
    else:
        v = f"+32 4{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"
        text, lab, keep = f"GSM-nummer van haar zus in Gent: {v}", "PHONE", ["Gent"]
    return _doc("be", n, text, [(v, lab)], keep)


def files(r: random.Random, n: int) -> dict:
    """Case numbers inside file names, beside file names that hold a date or a short number (kept)."""
    c = r.choice([f"Z-{r.randint(24, 26)}-{_digits(r, 5)}", f"ZK{r.randint(24, 26)}-{_digits(r, 5)}",
                  f"{r.choice([2025, 2026])}-{_digits(r, 5)}", f"BZ{_digits(r, 6)}"])  # fmt: skip
    stem = r.choice(["bezwaar_{c}", "besluit_{c}_definitief", "{c}_machtiging", "verslag-{c}"]).format(c=c)
    ext = r.choice(["pdf", "docx", "jpg", "msg"])
    kept = r.choice(["scan_2026-03-12.pdf", "bijlage_3.pdf", "foto_20260312.jpg", "rapport_2025.pdf"])
    text = f"Bijlagen: {stem}.{ext} en {kept}"
    return _doc("file", n, text, [(c, "CASE_NUMBER")], [kept])


def glued(r: random.Random, n: int) -> dict:
    """A postcode with its house number glued on, as a registration key."""
    num, let = _postcode_raw(r)
    v = r.choice(
        [f"{num}{let}{r.randint(1, 200)}", f"{num} {let}-{r.randint(1, 200)}", f"{num}{let}{r.randint(1, 99)}A"]
    )
    text = r.choice(["Adres (pc+hnr): {v}", "Sleutel {v} komt twee keer voor in het bestand.", "Woont op {v}."]).format(
        v=v
    )
    return _doc("glued", n, text, [(v, "POSTCODE")], ["bestand"] if "bestand" in text else [])


def dobkey(r: random.Random, n: int) -> dict:
    """Birth dates under keys written in several words or glued, next to a date that stays."""
    b, o = dob_forms(r), ordinary_date(r)
    t = r.choice(
        [
            "Geb. datum: {b}\nDatum intake: {o}",
            "Gebdat {b} / aanmelding {o}",
            "Geboortedatum / -plaats: {b} / Arnhem\nVerzonden: {o}",
            "birthdate {b}; created {o}",
            "| geb. datum | {b} |\n| ontvangen | {o} |",
            "Geboortedatum en -plaats: {b} te Arnhem. Afspraak op {o}.",
        ]
    )
    return _doc("dobkey", n, t.format(b=b, o=o), [(b, "DATE_OF_BIRTH")], [o])


def phones2(r: random.Random, n: int) -> dict:
    """Two numbers joined by a slash, the spoken "mijn 06", a number split over two lines."""
    a, b = "06" + _mobile8(r), "0" + str(r.randint(10, 99)) + str(r.randint(2, 9)) + _digits(r, 6)
    k = n % 3
    if k == 0:
        pa, pb = f"{a[:2]}-{a[2:]}", f"{b[:3]}-{b[3:]}"
        return _doc("ph2", n, f"Bel {pa}/{pb} (werk)", [(pa, "PHONE"), (pb, "PHONE")], [])
    if k == 1:
        v = f"{a[2:4]} {a[4:6]} {a[6:8]} {a[8:]}" if n % 2 else a[2:]
        return _doc("ph2", n, f"Mijn 06 is {v}, bel maar.", [(v, "PHONE")], [])
    v = f"tel. {b[:3]} -\n{b[3:]}"
    return _doc("ph2", n, f"Melder is bereikbaar via {v}.", [(v[5:], "PHONE")], [])


def fieldph(r: random.Random, n: int) -> dict:
    """Phone numbers that lost their shape, known by the field or phone word before them."""
    d8 = _mobile8(r)
    k = n % 4
    if k == 0:
        v = "6" + d8
        return _doc("fph", n, f"naam;telefoon;plaats\nmelder;{v};Zwolle", [(v, "PHONE")], ["plaats"])
    if k == 1:
        v = "6" + d8
        return _doc("fph", n, f"Telefoon: {v}\nOpmerking: nul ontbreekt", [(v, "PHONE")], ["Opmerking"])
    if k == 2:
        v = "316" + d8
        return _doc("fph", n, f"Tel: {v} (uit het klantsysteem)", [(v, "PHONE")], ["klantsysteem"])
    v = f"06-{d8}{r.randrange(10)}"
    return _doc("fph", n, f"telefoon: {v} (een cijfer te veel?)", [(v, "PHONE")], ["cijfer"])


def said(r: random.Random, n: int) -> dict:
    """Identifiers said rather than written: a BSN digit by digit, a birth date in spaced figures or after
    "ik ben van", a month and year after "geboren"."""
    words = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    k = n % 4
    if k == 0:
        v = " ".join(words[int(c)] for c in _bsn(r))
        return _doc("said", n, f"ja mijn bsn is {v} dat heb ik net opgezocht", [(v, "BSN")], ["opgezocht"])
    y, m, d = r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28)
    if k == 1:
        v = f"{d} {m} {y % 100:02d}"
        return _doc("said", n, f"mijn geboortedatum is {v} en ik bel over de toeslag", [(v, "DATE_OF_BIRTH")],
                    ["toeslag"])  # fmt: skip
    if k == 2:
        v = f"{d} {MONTHS[m - 1]} {y}"
        return _doc("said", n, f"Ik ben van {v}, dus ik val niet onder die regeling.", [(v, "DATE_OF_BIRTH")],
                    ["regeling"])  # fmt: skip
    v = f"{MONTHS[m - 1]} {y}"
    return _doc("said", n, f"Haar zoon is geboren in {v} en zit nu op school.", [(v, "DATE_OF_BIRTH")], ["school"])


def case2(r: random.Random, n: int) -> dict:
    """Case numbers after cue words naming police reports, invoices and compounds of "nummer"."""
    t, v = r.choice(
        [
            ("Het proces-verbaal PV {v} ligt bij de politie.", f"{r.choice([2025, 2026])}{_digits(r, 6)}"),
            ("Aangifte {v} is gedaan op het bureau.", f"{r.choice([2025, 2026])}{_digits(r, 6)}"),
            ("Klantnummer UWV {v}", _digits(r, 8)),
            ("Rijbewijsnummer {v}", str(r.randint(1, 9)) + _digits(r, 9)),
            ("Beschikkingsnummer CJIB: {v}", " ".join(_digits(r, 4) for _ in range(4))),
            ("Factuur {v} staat nog open.", f"F{r.choice([2025, 2026])}-{_digits(r, 4)}"),
        ]
    )
    text = t.format(v=v)
    return _doc("case2", n, text, [(v, "CASE_NUMBER")], ["politie"] if "politie" in text else [])


def mail2(r: random.Random, n: int) -> dict:
    """More e-mail disguises: "(a)", dots said in the local part, a space before the dot."""
    local, host = r.choice(LOCALS), r.choice(["gmail", "ziggo", "live", "planet"])
    tld = "com" if host == "gmail" else "nl"
    k = n % 3
    if k == 0:
        v = f"{local}(a){host}.{tld}"
    elif k == 1:
        first, _, rest = local.partition(".")
        local = f"{first} punt {rest}" if rest else local
        v = f"{local} apenstaartje {host} punt {tld}"
    else:
        v = f"{local}@{host} .{tld}"
    return _doc("mail2", n, f"mijn mail is {v} hoor", [(v, "EMAIL")], [])


SURN14 = ["Bakker", "Hofman", "Dijkstra", "Veldkamp", "Akkerman", "Laanstra", "Wegman", "Kadijk", "Brinkhuis",
          "Oosterhof"]  # fmt: skip
INIT14 = ["A.", "J.", "M.", "P.", "R.", "H.W.", "S.", "E."]


def rows(r: random.Random, n: int) -> dict:
    """Person rows with a birth date and no birth cue: after the name, a comma, a dash, in a table cell."""
    k = n % 4
    pii: list[tuple[str, str]] = []
    lines = []
    for _ in range(2):
        name = f"{r.choice(INIT14)} {r.choice(SURN14)}"
        b = dob_forms(r)
        while not b[0].isdigit() or "'" in b or len(b) < 8:
            b = dob_forms(r)
        if k == 0:
            lines.append(f"{name} {b}")
        elif k == 1:
            lines.append(f"{name}, {b}")
        elif k == 2:
            lines.append(f"| {name} | {b} |")
        else:
            b = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1940, 1999)}"
            lines.append(f"{name} - {b}")
        pii += [(name.split()[-1], "PERSON"), (b, "DATE_OF_BIRTH")]
    o = ordinary_date(r)
    text = "Bewoners:\n" + "\n".join(lines) + f"\nHuisbezoek op {o}."
    return _doc("rows", n, text, pii, [o])


def pclow(r: random.Random, n: int) -> dict:
    """Lower-case postcodes with a lower-case place after them or a verb of living before them, and a word between
    two numbers that is no postcode."""
    num, let = _postcode_raw(r)
    while let.lower() in ("en", "in", "op", "te", "of", "is", "om", "na", "nu", "al", "ja", "zo", "af", "er", "ik"):
        num, let = _postcode_raw(r)
    v = f"{num} {let.lower()}" if n % 2 else f"{num}{let.lower()}"
    k = n % 3
    if k == 0:
        town = r.choice(["utrecht", "zwolle", "amersfoort", "deventer", "tilburg", "gouda"])
        return _doc("pclow", n, f"ik woon nu op {v} {town} sinds de zomer", [(v, "POSTCODE")], ["zomer"])
    if k == 1:
        return _doc("pclow", n, f"wij zijn verhuisd naar {v}, het nieuwe adres volgt", [(v, "POSTCODE")], ["adres"])
    y = r.randint(1980, 2020)
    return _doc("pclow", n, f"In {y} EN {y + 1} stegen de kosten.", [], [f"{y} EN {y + 1}"])


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip


def intl(r: random.Random, n: int) -> dict:
    """Birth dates written in English or under a French label, and Flemish phone notations."""
    y, m, d = r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28)
    k = n % 5
    if k == 0:
        v = f"{EN_MONTHS[m - 1]} {d}, {y}"
        return _doc("intl", n, f"Date of birth: {v}\nNationality: Polish", [(v, "DATE_OF_BIRTH")], ["Nationality"])
    if k == 1:
        v = f"{d}th {EN_MONTHS[m - 1]} {y}"
        return _doc("intl", n, f"DOB: {v} (passport)", [(v, "DATE_OF_BIRTH")], ["passport"])
    if k == 2:
        v = f"{d} {EN_MONTHS[m - 1]} {y}"
        return _doc("intl", n, f"I was born on {v} and moved here in 2019.", [(v, "DATE_OF_BIRTH")], ["2019"])
    if k == 3:
        v = f"{d:02d}/{m:02d}/{y}"
        return _doc("intl", n, f"Date de naissance: {v}\nLieu: Lyon", [(v, "DATE_OF_BIRTH")], ["Lieu"])
    v = r.choice([f"+32 4{_digits(r, 2)}/{_digits(r, 2)}.{_digits(r, 2)}.{_digits(r, 2)}",
                  f"0{r.choice([50, 56, 11])}/{_digits(r, 2)}.{_digits(r, 2)}.{_digits(r, 2)}"])  # fmt: skip
    return _doc("intl", n, f"Contact: {v} (ook WhatsApp)", [(v, "PHONE")], ["WhatsApp"])


def nbsp(r: random.Random, n: int) -> dict:
    """Numbers with the no-break spaces and hyphens a word processor or mail program puts in them."""
    sp = r.choice(["\u00a0", "\u202f"])
    k = n % 4
    if k == 0:
        d8 = _mobile8(r)
        v = r.choice([f"06{sp}{d8}", f"06\u2011{d8}", f"06{sp}{d8[:2]}{sp}{d8[2:4]}{sp}{d8[4:6]}{sp}{d8[6:]}"])
        return _doc("nbsp", n, f"Tel.{sp}{v}", [(v, "PHONE")], [])
    if k == 1:
        b = _bsn(r)
        v = f"{b[:3]}{sp}{b[3:6]}{sp}{b[6:]}"
        return _doc("nbsp", n, f"BSN {v} (gecontroleerd)", [(v, "BSN")], ["gecontroleerd"])
    if k == 2:
        i = _iban(r)
        v = sp.join(i[j : j + 4] for j in range(0, len(i), 4))
        return _doc("nbsp", n, f"IBAN {v}", [(v, "IBAN")], [])
    num, let = _postcode_raw(r)
    v = f"{num}{sp}{let}"
    return _doc("nbsp", n, f"Postcode:{sp}{v}\nPlaats: Hoorn", [(v, "POSTCODE")], ["Hoorn"])


def aligned(r: random.Random, n: int) -> dict:
    """Identifier columns of tables whose columns are aligned with spaces, beside a date column that stays."""
    c1, c2 = case_number(r), f"{r.choice(['ABC', 'WZ', 'JZ'])}-{_digits(r, 4)}"
    o = ordinary_date(r)
    if n % 2 == 0:
        text = f"Ons kenmerk      Uw kenmerk      Datum\n{c1:<17}{c2:<16}{o}"
        return _doc("aligned", n, text, [(c1, "CASE_NUMBER"), (c2, "CASE_NUMBER")], [o])
    b, bd = r.choice(bsn_forms(_bsn(r))[:3]), dob_forms(r)
    while not bd[0].isdigit() or "'" in bd:
        bd = dob_forms(r)
    text = f"BSN            Geboortedatum     Ingeschreven\n{b:<15}{bd:<18}{o}"
    return _doc("aligned", n, text, [(b, "BSN"), (bd, "DATE_OF_BIRTH")], [o])


def misc(r: random.Random, n: int) -> dict:
    """A case number in a web address, a compact birth date in brackets, a cue with an arrow; and the date of
    another event after a birth cue, which stays."""
    k = n % 4
    if k == 0:
        c = f"{r.choice([2025, 2026])}-{_digits(r, 5)}"
        return _doc("misc", n, f"Status: https://mijn.gemeente.nl/zaak/{c}", [(c, "CASE_NUMBER")], ["Status"])
    if k == 1:
        v = f"{r.randint(10, 28):02d}{r.randint(1, 12):02d}{r.randint(1940, 1999)}"
        return _doc("misc", n, f"Oosterhof ({v}) woont alleen.", [("Oosterhof", "PERSON"), (v, "DATE_OF_BIRTH")],
                    ["alleen"])  # fmt: skip
    if k == 2:
        v = dob_forms(r)
        return _doc("misc", n, f"Geboortedatum -> {v}", [(v, "DATE_OF_BIRTH")], [])
    o = ordinary_date(r)
    return _doc("misc", n, f"Geboren in Tilburg, verhuisd op {o}.", [], [o])


FAMILIES = (
    (mob, 48),
    (land, 20),
    (split_lines, 6),
    (abroad, 20),
    (pc, 24),
    (dob, 28),
    (dob_rows, 8),
    (case, 36),
    (iban, 14),
    (bsn, 14),
    (plate, 16),
    (mail, 16),
    (record, 12),
    (keeps, 24),
    (belgian, 18),
    (files, 10),
    (glued, 8),
    (dobkey, 12),
    (phones2, 9),
    (fieldph, 8),
    (said, 12),
    (case2, 12),
    (mail2, 9),
    (rows, 12),
    (pclow, 9),
    (intl, 10),
    (nbsp, 12),
    (aligned, 10),
    (misc, 12),
)


def generate() -> list[dict]:
    """The corpus documents, each checked by ``check_doc``."""
    return family_docs(FAMILIES, 20261203)


def main() -> None:
    write_corpus(generate(), OUT)


if __name__ == "__main__":
    main()
