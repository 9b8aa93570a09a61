"""fresh19a: blind corpus of paper documents read by a machine (scans, phone photos, PDF-to-text with broken layout).

Seeded generator (seed 20261415, one stream per document). Usage:
  make_fresh19a.py           write fresh19a_texts.jsonl
  make_fresh19a.py --check   exit 1 if the committed file differs
  make_fresh19a.py --stats   counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names19a import KNOWN, KNOWN_FIRST, KNOWN_PARTICLE, ORIGINS, PARTICLES_D  # noqa: E402

_spec = importlib.util.spec_from_file_location("score19a", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261415
N_DOCS = 300
OUT = HERE / "fresh19a_texts.jsonl"
LABELS = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
)

# ---------------------------------------------------------------- numbers


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    n = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(n) % 97 == 1


def make_bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.randint(1, 6)
        rest = sum(c * w for c, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if rest < 10:
            s = "".join(map(str, d)) + str(rest)
            return r.choice(
                [s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}"]
            )


def make_iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "RBRB", "KNAB", "FVLB", "HAND"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    n = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    iban = f"NL{98 - n % 97:02d}{bank}{acct}"
    style = r.randrange(4)
    if style == 0:
        return iban
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == 1:
        return grouped
    if style == 2:
        return grouped.replace(" ", "  ", 2)  # scanner widened spacing
    return iban[:4] + " " + iban[4:8] + " " + iban[8:]


def make_phone(r):
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    l = "".join(str(r.randint(0, 9)) for _ in range(7))
    area = r.choice(["055", "058", "013", "036", "053", "077", "0570", "079", "0320", "0513", "0165", "0492"])
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"O6 {m}",
            f"+316{m}",
            f"+31 (0)6 {m[:4]} {m[4:]}",
            f"{area}-{l[:3]} {l[3:]}",
            f"({area}) {l}",
            f"0031 6 {m}",
            f"06{m[:4]} {m[4:]}",
            f"{area} {l[:2]} {l[2:4]} {l[4:]}",
            f"06 - {m}",
        ]
    )


def make_pc(r):
    n = r.randint(1011, 9999)
    ls = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return r.choice([f"{n} {ls}", f"{n}{ls}", f"{n}  {ls}", f"{n} {ls.lower()}"])


def make_plate(r):
    def L(k):
        return "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(k))

    def D(k):
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    p = r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )
    return r.choice([p, p, p.replace("-", " "), p.replace("-", "")])


def make_case(r):
    y = r.choice(["25", "26", "2025", "2026"])
    n = r.randint(1000, 99999)
    return r.choice(
        [
            f"VTA-{y}-{n:05d}",
            f"BZW/{y}/{n:05d}",
            f"dossier-{y}.{n % 10000:04d}-{r.choice('ABCKR')}",
            f"Afst.{y}.{n:05d}",
            f"MO {y} {n:05d}",
            f"{r.choice(['WMO', 'PW', 'BLD', 'HHV'])}{y}-{n:06d}",
            f"#{y}{n:06d}",
            f"VA/{n:05d}/{y}",
            f"K{y}.{n // 100:03d}.{n % 100:02d}",
        ]
    )


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = [m[:3] for m in MONTHS]
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def make_dob(r):
    y, m, d = r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON3[m - 1]}. {y}",
            f"{d}-{ROMAN[m - 1]}-{y}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {MONTHS[m - 1].capitalize()} {y}",
            f"{d:02d} - {m:02d} - {y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
        ]
    )


def make_date(r):
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{d} {MON3[m - 1]} {y}"])


def make_amount(r):
    e = r.randint(12, 4800)
    return r.choice(
        [
            f"€ {e},{r.randint(0, 99):02d}",
            f"EUR {e}.{r.randint(0, 99):02d}",
            f"€{e},-",
            f"{e},{r.randint(0, 99):02d} euro",
        ]
    )


# ---------------------------------------------------------------- places and organisation

CITIES = [
    "Apeldoorn",
    "Leeuwarden",
    "Tilburg",
    "Almere",
    "Enschede",
    "Venlo",
    "Deventer",
    "Zoetermeer",
    "Lelystad",
    "Heerenveen",
    "Roosendaal",
    "Helmond",
    "Vlaardingen",
    "Purmerend",
    "Hoorn",
    "Assen",
    "Oss",
    "Gouda",
    "Kampen",
    "Sittard",
    "Terneuzen",
    "Meppel",
    "Harderwijk",
    "Nieuwegein",
]
STREET_A = "Kievit Wilgen Berken Sleutelbloem Zandloper Koperslager Lijnbaan Wolvenhoek Schoener Ravelijn Klaproos Tichel Vlasakker Korenbloem Pelikaan Spinnerij Zilverschoon Raadhuis Oude Haven Bolwerk".split()
STREET_B = ["straat", "laan", "weg", "hof", "plein", "singel", "dreef", "kade", "gracht", "pad"]
DEPTS = [
    "Burgerzaken",
    "Belastingen",
    "Schuldhulpverlening",
    "Parkeerbeheer",
    "Handhaving",
    "Stadswinkel",
    "Inkomen",
    "Leerplicht",
    "Vergunningen",
    "Klantcontactcentrum",
    "Jeugdzorg",
    "Wijkteam",
    "Bouwtoezicht",
    "Wonen",
]
FUNCS = [
    "consulent",
    "handhaver",
    "medewerker",
    "teamleider",
    "beleidsadviseur",
    "klantmanager",
    "wijkcoach",
    "leerplichtambtenaar",
    "inspecteur",
    "jurist",
    "casemanager",
    "baliemedewerker",
]
MAILDOM = [
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "upcmail.nl",
    "icloud.com",
]

# ---------------------------------------------------------------- OCR damage

CONFUSE = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("i", "l"),
    ("I", "l"),
    ("o", "0"),
    ("e", "c"),
    ("c", "e"),
    ("h", "b"),
    ("cl", "d"),
    ("d", "cl"),
    ("w", "vv"),
    ("t", "f"),
    ("S", "5"),
    ("B", "8"),
    ("g", "q"),
    ("u", "ii"),
    ("a", "o"),
    ("n", "ri"),
    ("k", "lc"),
    ("y", "v"),
    ("ij", "y"),
    ("E", "F"),
    ("O", "Q"),
]
ACCENT = str.maketrans("éèëêáàäçğışöüóòłżśńćąęŁŚŻÖÜÇŞİÉÁ", "eeeeaaacgisouoolzsncaeLSZOUCSIEA")


def ocr_word(w, r):
    if not re.search(r"[A-Za-zÀ-ž]{3,}", w):
        return w
    k = r.randrange(9)
    if k <= 1 and w.translate(ACCENT) != w:
        return w.translate(ACCENT)
    if k <= 3:
        opts = [(a, b) for a, b in CONFUSE if a in w]
        if opts:
            a, b = r.choice(opts)
            i = r.choice([m.start() for m in re.finditer(re.escape(a), w)])
            return w[:i] + b + w[i + len(a) :]
    if k == 4 and len(w) > 4:
        i = r.randrange(1, len(w) - 1)
        return w[:i] + w[i + 1 :]
    if k == 5 and len(w) > 5:
        i = r.randrange(2, len(w) - 2)
        return w[:i] + " " + w[i:]
    if k == 6:
        return r.choice([w.upper(), w.lower(), w[0].lower() + w[1:].upper(), w[:2] + w[2:].upper()])
    if k == 7 and len(w) > 3:
        i = r.randrange(1, len(w))
        return w[:i] + w[i].upper() + w[i + 1 :] if w[i].isalpha() else w
    return w


def ocr_phrase(s, r, p):
    return " ".join(ocr_word(w, r) if r.random() < p else w for w in s.split(" "))


# ---------------------------------------------------------------- people


def compose_surname(r, origin):
    spec = ORIGINS[origin]
    pre, suf = spec[1].split(), spec[2].split()
    s = r.choice(pre) + r.choice(suf)
    if origin == "dutch_particle":
        return r.choice(PARTICLES_D), s
    return "", s


def make_person(r, origin=None, sur=None, particle=None):
    origin = origin or r.choice(sorted(ORIGINS))
    first = r.choice(ORIGINS[origin][0].split())
    if r.random() < 0.2:  # composed first name
        first = first[: max(3, len(first) - 2)] + r.choice(["a", "ie", "o", "ina", "an", "y"])
    if sur is None:
        particle, sur = compose_surname(r, origin)
        if r.random() < 0.12:
            p2, s2 = compose_surname(r, r.choice(sorted(ORIGINS)))
            sur = f"{sur}-{(p2 + ' ') if p2 else ''}{s2}"
    return {"origin": origin, "first": first, "particle": particle or "", "sur": sur}


def name_form(p, form, r):
    part = p["particle"]
    sur_l = f"{part} {p['sur']}" if part else p["sur"]
    sur_c = (part[0].upper() + part[1:] + " " + p["sur"]) if part else p["sur"]
    full = f"{p['first']} {sur_l}"
    if form == "full":
        return full
    if form == "sur":
        return sur_l
    if form == "Sur":
        return sur_c
    if form == "first":
        return p["first"]
    if form == "init":
        ini = p["first"][0] + "." + (r.choice("ABCDEGHJKMNPRSTW") + "." if r.random() < 0.5 else "")
        return f"{ini} {sur_l}" if r.random() < 0.7 else f"{ini}{sur_c}"
    if form == "up":
        return full.upper()
    if form == "surup":
        return sur_l.upper()
    if form == "poss":
        return p["first"] + ("'" if p["first"][-1] in "aeiouy" else "") + "s"
    if form == "rev":
        return f"{p['sur']}, {p['first']}" + (f" {part}" if part else "")
    if form == "file":
        return re.sub(r"[^a-z0-9]+", "", p["sur"].lower().translate(ACCENT)) or "x"
    raise KeyError(form)


# ---------------------------------------------------------------- shapes

SHAPES: dict[str, str] = {}


def shape(kind, name, *templates):
    SHAPES[name] = kind
    BLOCKS.setdefault(kind, []).append((name, templates))


BLOCKS: dict[str, list] = {}

# headers of document kinds (kind "head")
shape(
    "head",
    "scan_letter_head",
    "{R.full}\n{ADDR}\n{PC}  {CITY}\n\n{K:Aan} het college van burgemeester en wethouders van {CITY}\n{K:Afdeling} {DEPT}\n\n{CITY}, {DATE}",
)
shape(
    "head",
    "objection_head",
    "BEZWAARSCHRIFT\n\n{K:Indiener}: {R.full}\n{K:Adres}: {ADDR}, {PC} {CITY}\n{K:Kenmerk} besluit: {CASE}\n{K:Datum} besluit: {DATE}",
)
shape(
    "head",
    "form_handwritten_head",
    "AANVRAAGFORMULIER {K:BIJZONDERE} {K:BIJSTAND}\n(in blokletters invullen)\n\nAchternaam ......... {R.surup}\nVoornamen .......... {R.first}\nGeboortedatum ...... {DOB}\nBSN ................ {BSN}",
)
shape(
    "head",
    "receipt_head",
    "KASSABON\n{K:Stadswinkel} {CITY}\n{K:Balie} 4 - {DATE}\n-------------------------\n{K:Klant}: {R.init}\n{K:Dossier}: {CASE}",
)
shape(
    "head",
    "notice_head",
    "{K:AANMANING}\n\n{R.up}\n{ADDR}\n{PC} {CITY}\n\n{K:Aanslagnummer} {CASE}   {K:Vervaldatum} {DATE}",
)
shape(
    "head",
    "gp_statement_head",
    "HUISARTSENPRAKTIJK {K:De} {K:Lindeboom}\n{K:Medische} {K:verklaring}\n\n{K:Betreft}: {R.full}, geb. {DOB}\n{ADDR}, {CITY}",
)
shape(
    "head",
    "employer_statement_head",
    "WERKGEVERSVERKLARING\n\n{K:Werkgever}: {K:Schoonmaakbedrijf} {K:Helder} B.V.\n{K:Werknemer}: {R.rev}\n{K:Geboortedatum}: {DOB}\n{K:Burgerservicenummer}: {BSN}",
)
shape(
    "head",
    "phone_photo_head",
    "[{K:TekstLens} {K:scan} - foto 1 van 2]\n{K:gemeente} {CITY}\n{K:Retouradres}: {K:Postbus} 9000\n\n{R.full}\n{ADDR}\n{PC} {CITY}",
)
shape(
    "head",
    "pdf_columns_head",
    "{K:Gemeente} {CITY}                {K:Uw} {K:kenmerk}: {CASE}\n{R.full}                          {K:Ons} {K:kenmerk}: {K:zie} {K:boven}\n{ADDR}                     {K:Behandeld} door: {O.full}\n{PC} {CITY}                {K:Telefoon}: {MUNITEL}",
)
shape(
    "head",
    "parking_fine_head",
    "{K:NAHEFFINGSAANSLAG} {K:PARKEERBELASTING}\n{K:Kenteken}: {PLATE}\n{K:Tijdstip}: {DATE} 14:32\n{K:Locatie}: {K:Marktplein}\n{K:Aanslagnummer}: {CASE}",
)
shape(
    "head",
    "envelope_scan_head",
    "[{K:scan} {K:envelop}]\n{K:PostNL} {K:Port} {K:betaald}\n{R.init}\n{ADDR}\n{PC}   {CITY}\n[{K:einde} {K:envelop}]",
)
shape(
    "head",
    "rental_contract_head",
    "{K:HUUROVEREENKOMST} {K:WOONRUIMTE}\n{K:ondergetekenden}:\n1. {K:Woonstichting} {K:Thuisbaken}, {K:verhuurder}\n2. {R.full}, {K:geboren} {DOB}, {K:huurder}",
)
shape(
    "head",
    "wmo_form_head",
    "{K:Meldingsformulier} Wmo\n[X] {K:eerste} {K:melding}  [ ] {K:herhaling}\n{K:Naam}: {R.full}   {K:Tel}: {PHONE}\n{K:Adres}: {ADDR}  {K:Postcode}: {PC}",
)
shape(
    "head",
    "school_leave_head",
    "{K:Verzoek} {K:extra} {K:verlof} ({K:Leerplichtwet} art. 11)\n{K:Leerling}: {F.full}   {K:Geb}.: {DOB}\n{K:Ouder}/{K:verzorger}: {R.full}",
)

# body blocks (kind "body")
shape(
    "body",
    "ocr_objection_reason",
    "{K:Hierbij} {K:maak} ik {K:bezwaar} tegen het {K:besluit} van {DATE} met kenmerk {CASE}. Ik ben het er niet mee eens dat mijn {K:uitkering} wordt {K:teruggevorderd}.",
)
shape(
    "body",
    "ocr_handwritten_plea",
    "ik heb al 3 keer gebeld met {O.first} van {DEPT} maar er gebeurt niks. mijn {K:gezinslid} {F.first} moet ook naar school en wij hebben geen {K:geld} meer",
)
shape(
    "body",
    "family_member_line",
    "{K:Gezinssamenstelling}: {R.full} ({K:aanvrager}), {F.full} ({K:partner}), {K:kinderen} {K:thuiswonend}: 2",
)
shape(
    "body",
    "neighbour_complaint",
    "De {K:buurman}, {N.full} van {N.addr}, zet zijn {K:bestelbus} ({PLATE}) elke {K:avond} op de {K:stoep}.",
)
shape(
    "body",
    "official_reply_quote",
    '{K:Volgens} {O.func} {O.full} van {DEPT} "{K:valt} dit buiten de {K:regeling}", maar dat staat nergens in de {K:brief}.',
)
shape(
    "body",
    "mediator_note",
    "{K:Notitie} {K:bemiddelaar} {M.full}: {K:partijen} {K:gesproken} op {DATE}; {K:afspraak} over {K:betalingsregeling} van {AMT} per {K:maand}.",
)
shape(
    "body", "bank_line", "{K:Graag} het {K:bedrag} van {AMT} {K:terugstorten} op {K:rekening} {IBAN} t.n.v. {R.init}."
)
shape("body", "bsn_line_cue", "{K:Mijn} BSN-nr. is {BSN} ({K:staat} ook op de {K:kopie} van mijn {K:paspoort}).")
shape("body", "dob_no_cue", "{R.full}  {DOB}  {CITY}")
shape("body", "dob_sentence", "Ik ben op {DOB} {K:geboren} en heb {K:recht} op de {K:seniorenkorting}.")
shape("body", "phone_callback", "U kunt mij {K:bereiken} op {PHONE}, {K:liefst} na 16.00 {K:uur}.")
shape("body", "email_reply", "{K:Antwoord} graag per mail naar {EMAIL}, ik kijk niet elke dag in de {K:brievenbus}.")
shape(
    "body",
    "plate_permit",
    "{K:Ontheffing} {K:gehandicaptenparkeerkaart} {K:aangevraagd} voor {K:auto} met {K:kenteken} {PLATE}.",
)
shape("body", "possessive_line", "{R.poss} {K:aanvraag} voor de {K:energietoeslag} is twee keer {K:kwijtgeraakt}.")
shape("body", "family_possessive", "{F.poss} {K:rolstoel} past niet door de {K:voordeur} van {ADDR}.")
shape(
    "body",
    "address_only_street",
    "Het gaat om de {K:lantaarnpaal} op de hoek van de {STREET} die al weken {K:kapot} is.",
)
shape("body", "caps_heading_name", "BETREFT: {R.up} - {K:BEZWAAR} {K:WOZ}")
shape("body", "filename_footer", "{K:Bijlage}: scan_{CASE_FILE}_{R.file}.pdf ({K:ontvangen} via {K:Digipost})")
shape("body", "cc_line", "{K:cc}: {O.init} ({O.func} {DEPT}), {M.full} ({K:bemiddelaar})")
shape("body", "signature_block", "{K:Met} {K:vriendelijke} {K:groet},\n\n{R.full}\n({K:handtekening} {K:onleesbaar})")
shape(
    "body",
    "official_signature",
    "{K:Hoogachtend},\n{K:namens} het {K:college},\n\n{O.full}\n{O.func} {DEPT}\n{MUNIMAIL} | {MUNITEL}",
)
shape(
    "body",
    "gp_diagnosis",
    "{K:Patiënt} is sinds {DATE} onder {K:behandeling} en kan {K:voorlopig} geen {K:trap} lopen. {K:Advies}: {K:gelijkvloerse} {K:woning}.",
)
shape(
    "body",
    "employer_hours",
    "{K:Dienstverband} {K:sinds} {DATE}, 24 {K:uur} per {K:week}, {K:bruto} {K:maandloon} {AMT}. {K:Contactpersoon} {K:salarisadministratie}: {O2.full}, {O2.phone}.",
)
shape(
    "body",
    "receipt_lines",
    "{K:Leges} {K:paspoort}        {AMT}\n{K:Uittreksel} BRP          {AMT}\n{K:TOTAAL}                 {AMT}\n{K:Betaald} {K:PIN}",
)
shape(
    "body",
    "notice_warning",
    "{K:Betaalt} u niet binnen 14 {K:dagen}, dan {K:volgt} een {K:dwangbevel}. {K:Vragen}? {K:Bel} {MUNITEL} of {K:mail} {MUNIMAIL}.",
)
shape(
    "body",
    "table_cells_split",
    "{K:Naam}\n{R.full}\n{K:Relatie}\n{K:aanvrager}\n{K:Naam}\n{F.full}\n{K:Relatie}\n{K:partner}\n{K:Geboortedatum}\n{F.dob}",
)
shape(
    "body",
    "neighbour_witness",
    "{K:Getuige}: {N.init}, {K:woonachtig} {N.addr}, {K:heeft} het {K:incident} {K:gezien}.",
)
shape(
    "body",
    "merged_columns",
    "{K:Omschrijving} {K:Bedrag} {K:huur} {AMT} {K:servicekosten} {K:Naam} {R.full} {K:Ingangsdatum} {DATE}",
)
shape(
    "body",
    "rental_clause",
    "{K:Huurder} {R.Sur} {K:betaalt} {K:maandelijks} {AMT} via {K:automatische} {K:incasso} van {IBAN}.",
)
shape("body", "stamp_received", "[{K:STEMPEL}: {K:ONTVANGEN} {DATE} - {K:DIV} {K:gemeente} {CITY}]")
shape("body", "handwritten_margin", "({K:in} de {K:kantlijn} {K:geschreven}:) {K:bel} {R.first} {K:terug} {PHONE}")
shape("body", "photo_glare_gap", "... {K:onleesbaar} {K:door} {K:lichtvlek} ... {R.Sur} ... {K:wachttijd} ...")
shape("body", "initials_address", "{R.init}, {ADDR}, {PC} {CITY}")
shape("body", "second_resident_email", "{F.full} ({EMAIL_F}) {K:schrijft} {K:mee} {K:namens} het {K:gezin}.")
shape(
    "body",
    "mediator_invite",
    "{K:Uitnodiging} {K:gesprek} met {M.full}, {K:onafhankelijk} {K:bemiddelaar}, {K:donderdag} {DATE} in het {K:Stadskantoor}.",
)
shape(
    "body",
    "debt_overview",
    "{K:Schuldeiser} {K:Belastingdienst} {AMT}; {K:Zorgverzekeraar} {AMT}; {K:Energieleverancier} {AMT}. {K:Overzicht} {K:opgesteld} door {O.full}.",
)
shape("body", "case_cue_line", "{K:Zaaknummer} {CASE} ({K:vermelden} bij alle {K:correspondentie})")
shape("body", "lowercase_chat", "hallo ik ben {R.lowfull} en mijn {K:telefoon} is {PHONE} ik wil een {K:afspraak}")
shape(
    "body",
    "school_reason",
    "{F.first} {K:moet} {K:mee} naar de {K:bruiloft} van {K:familie} in het {K:buitenland}; {K:vertrek} {DATE}.",
)
shape("body", "witness_plate", "{K:Melder} {N.full} {K:noteerde} het {K:kenteken} {PLATE} van de {K:scooter}.")
shape(
    "body",
    "parking_objection",
    "Ik {K:stond} daar met mijn {K:parkeervergunning} ({K:vergunning} op {K:kenteken} {PLATE}), dus de {K:naheffing} is {K:onterecht}.",
)
shape(
    "body",
    "deceased_relative",
    "Mijn {K:familielid} {F.full}, {K:geboren} {F.dob}, is {DATE} {K:overleden}; de {K:aanslag} staat nog op die naam.",
)
shape("body", "handwriting_bsn_nocue", "{K:nummer} {K:burgerservice}: {BSN}")
shape("body", "account_holder", "{K:Rekeninghouder}: {R.rev}  {K:IBAN}: {IBAN}")
shape("body", "guardian_line", "{K:Bewindvoerder}: {M.full}, {K:Bureau} {K:Budgetzorg}, {M.phone}")
shape("body", "official_phone", "{K:Rechtstreeks} {K:nummer} van {O.first}: {O.phone}")
shape("body", "resident_email_sign", "{R.first}\n{EMAIL}\n{PHONE}")
shape("body", "youth_line", "{K:Jeugdconsulent} {O.full} {K:bespreekt} de {K:indicatie} met {F.first} en {R.Sur}.")

shape(
    "body",
    "transfer_receipt",
    "{K:Overboeking} {K:uitgevoerd}\n{K:Van}: {IBAN}\n{K:Naar}: {K:Gemeente} {CITY}\n{K:Omschrijving}: {CASE} {R.surup}\n{K:Bedrag}: {AMT}",
)
shape(
    "body",
    "ocr_checkbox_row",
    "[X] {K:huurtoeslag}  [ ] {K:zorgtoeslag}  [X] {K:kindgebonden} {K:budget}  {K:handtekening} {R.init}",
)
shape(
    "body",
    "visit_report_line",
    "{K:Huisbezoek} {DATE}: {K:aanwezig} {R.full} en {F.first}; {O.func} {O.full} ({DEPT}) {K:constateert} {K:vocht} in de {K:slaapkamer}.",
)
shape("body", "police_pv_ref", "{K:Aangifte} bij de {K:politie} op {DATE}; {K:melder} {N.rev}, {K:telefoon} {N.phone}.")
shape(
    "body",
    "insurance_letter_cut",
    "... {K:zorgverzekeraar} {K:bevestigt} dat {R.init} ({K:polis} 7781-{PG}{PG}) {K:premieachterstand} heeft van {AMT} ...",
)
shape(
    "body",
    "appointment_card",
    "{K:AFSPRAAKKAART}\n{K:Naam}: {R.Sur}\n{K:Datum}: {DATE}  {K:Tijd}: 10:15\n{K:Loket} 7 {K:Burgerzaken}",
)
shape(
    "body",
    "handwritten_note_neighbour",
    "{K:briefje} {K:van} de {K:buren}: {K:sorry} {K:voor} de {K:herrie} {K:groetjes} {N.first} ({N.addr})",
)
shape("body", "ocr_dob_in_brackets", "{R.full} (*{DOB}) {K:woont} {K:zelfstandig} met {K:thuiszorg}.")
shape("body", "mediator_report_end", "{K:Einde} {K:verslag}. {K:Opgesteld} door {M.full}, {K:bemiddelaar}, {M.email}.")
shape(
    "body", "plate_registration", "{K:Kentekenbewijs} deel 1: {PLATE}, {K:tenaamgesteld} op {R.rev} {K:sinds} {DATE}."
)
shape(
    "body",
    "water_damage_claim",
    "{K:Schade} door {K:lekkage} vanuit de {K:bovenwoning} ({N.addr}, {K:bewoner} {N.Sur}); {K:kosten} {AMT}.",
)
shape("body", "postcode_correction", "{K:Let} op: {K:nieuw} {K:adres} per {DATE}: {ADDR2}, {PC2}.")

# layout damage (kind "layout")
shape("layout", "page_footer_repeat", "\n{K:Pagina} {PG} van 3  |  {CITY} {K:gemeentehuis}\n")
shape("layout", "header_repeat_mid", "\n{K:Gemeente} {CITY} - {K:vervolg} {K:blad} {PG}\n")
shape("layout", "bare_page_number", "\n- {PG} -\n")
shape("layout", "scanner_banner", "\n=== {K:Scanstraat} DIV {DATE} {K:batch} {PG}{PG} ===\n")
shape("layout", "app_watermark", "\n{K:Gescand} met {K:TekstLens}\n")
shape("layout", "fax_line", "\n{K:FAX} 14:{PG}{PG} {K:van}: {K:onbekend} {K:blz}. {PG}\n")

# damage operations registered as shapes too
for _n in (
    "hyphen_split_word",
    "lost_space_words",
    "ocr_noise_words",
    "name_ocr_damage",
    "caps_random_line",
    "name_split_space",
    "accent_loss",
):
    SHAPES[_n] = "damage"

KINDS = {
    "scan_letter_head": ("body", 4, 6),
    "objection_head": ("body", 4, 6),
    "form_handwritten_head": ("body", 3, 5),
    "receipt_head": ("body", 2, 4),
    "notice_head": ("body", 3, 4),
    "gp_statement_head": ("body", 3, 5),
    "employer_statement_head": ("body", 3, 5),
    "phone_photo_head": ("body", 3, 5),
    "pdf_columns_head": ("body", 4, 6),
    "parking_fine_head": ("body", 3, 5),
    "envelope_scan_head": ("body", 3, 5),
    "rental_contract_head": ("body", 3, 5),
    "wmo_form_head": ("body", 3, 5),
    "school_leave_head": ("body", 3, 5),
}

# ---------------------------------------------------------------- rendering

TOKEN = re.compile(r"\{([^{}]+)\}")


class Doc:
    def __init__(self, r, known):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.city = r.choice(CITIES)
        self.known = None
        if known:
            word = r.choice(sorted(KNOWN))
            res = make_person(r, "dutch", sur=word, particle=KNOWN_PARTICLE.get(word, ""))
            res["first"] = r.choice(KNOWN_FIRST)
            res["known"] = True
            self.known = (word, KNOWN[word])
        else:
            res = make_person(r)
        fam = make_person(r, res["origin"], sur=res["sur"], particle=res["particle"])
        if res.get("known"):
            fam["first"] = r.choice([f for f in KNOWN_FIRST if f != res["first"]])
            fam["known"] = True
        self.cast = {
            "R": res,
            "F": fam,
            "N": make_person(r),
            "O": make_person(r),
            "O2": make_person(r),
            "M": make_person(r),
        }
        for _k, p in self.cast.items():
            p["addr"] = self.addr()
            p["phone"] = make_phone(r)
            p["dob"] = make_dob(r)
        self.cast["O"]["func"] = r.choice(FUNCS)
        self.dept = r.choice(DEPTS)
        self.fixed = {
            "ADDR": res["addr"],
            "BSN": make_bsn(r),
            "IBAN": make_iban(r),
            "PLATE": make_plate(r),
            "CASE": make_case(r),
            "DOB": res["dob"],
            "PHONE": res["phone"],
            "PC": make_pc(r),
        }
        self.fixed["EMAIL"] = self.email(res)
        self.fixed["EMAIL_F"] = self.email(fam)

    def addr(self):
        r = self.r
        st = r.choice(STREET_A) + r.choice(STREET_B)
        num = str(r.randint(1, 240)) + r.choice(["", "", "a", "-II", " bis", "-3", "B"])
        return f"{st} {num}"

    def email(self, p):
        r = self.r
        f, s = name_form(p, "file", r), p["first"].lower().translate(ACCENT)
        s = re.sub(r"[^a-z]", "", s) or "x"
        local = r.choice([f"{s}.{f}", f"{s[0]}.{f}", f"{f}{r.randint(1, 99)}", f"{s}_{f[:4]}", f"{f}.{s[0]}"])
        return f"{local}@{r.choice(MAILDOM)}"

    def add(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def kw(self, w):
        if w not in self.keep:
            self.keep.append(w)
        return w

    def person(self, role, form):
        r = self.r
        p = self.cast[role]
        if form == "lowfull":
            s = name_form(p, "full", r).lower()
            if p.get("known"):
                s = name_form(p, "full", r)
        else:
            if form == "file" and p.get("known"):
                form = "surup"
            s = name_form(p, form, r)
        if not p.get("known") and r.random() < 0.3:
            s = ocr_phrase(s, r, 0.6)
            self.shapes.append("name_ocr_damage")
            if r.random() < 0.15 and len(s) > 8 and " " not in s:
                s = s[:4] + " " + s[4:]
                self.shapes.append("name_split_space")
        return self.add(s, "PERSON")

    def token(self, tok):
        r = self.r
        if tok.startswith("K:"):
            return self.kw(tok[2:])
        if "." in tok:
            role, form = tok.split(".", 1)
            p = self.cast[role]
            if form in ("addr",):
                return self.add(ocr_phrase(p["addr"], r, 0.15), "ADDRESS")
            if form == "phone":
                return self.add(p["phone"], "PHONE")
            if form == "email":
                return self.add(self.email(p), "EMAIL")
            if form == "dob":
                return self.add(p["dob"], "DATE_OF_BIRTH")
            if form == "func":
                return self.kw(p["func"])
            return self.person(role, form)
        if tok == "CITY":
            return self.kw(self.city)
        if tok == "DEPT":
            return self.kw(self.dept)
        if tok == "DATE":
            return make_date(r)
        if tok == "AMT":
            return make_amount(r)
        if tok == "PG":
            return str(r.randint(1, 9))
        if tok == "MUNITEL":
            return self.kw(f"14 0{r.randint(10, 99)}")
        if tok == "MUNIMAIL":
            return self.kw(f"info@{self.city.lower()}.nl")
        if tok == "STREET":
            return self.add(r.choice(STREET_A) + r.choice(STREET_B), "ADDRESS")
        if tok == "CASE_FILE":
            c = re.sub(r"[^A-Za-z0-9]+", "-", self.fixed["CASE"]).strip("-")
            return self.add(c, "CASE_NUMBER")
        if tok == "ADDR2":
            return self.add(self.addr(), "ADDRESS")
        if tok == "PC2":
            return self.add(make_pc(r), "POSTCODE")
        if tok == "ADDR":
            return self.add(ocr_phrase(self.fixed["ADDR"], r, 0.15), "ADDRESS")
        lab = {
            "BSN": "BSN",
            "IBAN": "IBAN",
            "PLATE": "LICENSE_PLATE",
            "CASE": "CASE_NUMBER",
            "DOB": "DATE_OF_BIRTH",
            "PHONE": "PHONE",
            "PC": "POSTCODE",
            "EMAIL": "EMAIL",
            "EMAIL_F": "EMAIL",
        }[tok]
        v = self.fixed[tok]
        if tok in ("EMAIL", "EMAIL_F") and r.random() < 0.25:
            v = v.replace("l", "1", 1) if "l" in v.split("@")[1] else v
        return self.add(v, lab)

    def render(self, template):
        out, pos = [], 0
        for m in TOKEN.finditer(template):
            out.append(self.literal(template[pos : m.start()]))
            out.append(self.token(m.group(1)))
            pos = m.end()
        out.append(self.literal(template[pos:]))
        return "".join(out)

    def literal(self, s):
        r = self.r
        if not s.strip():
            return s
        words = s.split(" ")
        res = []
        for w in words:
            if len(w) > 9 and w.isalpha() and r.random() < 0.12:
                i = r.randrange(4, len(w) - 3)
                w = w[:i] + "-\n" + w[i:]
                self.shapes.append("hyphen_split_word")
            elif r.random() < 0.07:
                w = ocr_word(w, r)
                self.shapes.append("ocr_noise_words")
            res.append(w)
        out = " ".join(res)
        if r.random() < 0.1 and out.count(" ") > 2:
            i = out.index(" ", 1)
            out = out[:i] + out[i + 1 :]
            self.shapes.append("lost_space_words")
        return out


KNOWN_KEEP = {re.search(r"\{K:(\w+)\}", v).group(1) for v in KNOWN.values()}
KEEP_STOP = {
    "voor",
    "door",
    "naar",
    "zelf",
    "sinds",
    "heeft",
    "moet",
    "kwam",
    "staat",
    "valt",
    "volgt",
    "stond",
    "liefst",
    "graag",
    "mijn",
    "einde",
    "zie",
    "boven",
    "maak",
}


def build(i: int, attempt: int) -> dict:
    key = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    r = random.Random(key)
    known = i % 4 == 1
    d = Doc(r, known)
    kinds = sorted(KINDS)
    kind = kinds[(i + attempt * 5) % len(kinds)] if r.random() < 0.6 else r.choice(kinds)
    head = dict(BLOCKS["head"])[kind]
    parts = [d.render(r.choice(head))]
    d.shapes.append(kind)
    _, lo, hi = KINDS[kind]
    bodies = r.sample(BLOCKS["body"], r.randint(lo, hi))
    for n, (name, tpls) in enumerate(bodies):
        if n and r.random() < 0.35:
            lname, ltpl = r.choice(BLOCKS["layout"])
            parts.append(d.render(ltpl[0]))
            d.shapes.append(lname)
        parts.append(d.render(r.choice(tpls)))
        d.shapes.append(name)
    if d.known:
        parts.insert(r.randint(1, len(parts)), d.render(d.known[1]))
    sep = r.choice(["\n\n", "\n", " "])
    text = sep.join(parts)
    if r.random() < 0.15:
        lines = text.split("\n")
        j = r.randrange(len(lines))
        if "{" not in lines[j]:
            lines[j] = lines[j].upper() if r.random() < 0.5 else lines[j]
        d.shapes.append("caps_random_line")
        text = "\n".join(lines)
        # an upper-cased line changes the items in it: re-annotate by upper-case forms
        for x in list(d.pii):
            if x["text"].upper() in text and x["text"].upper() != x["text"]:
                d.add(x["text"].upper(), x["label"])
        d.keep = [k for k in d.keep if k in text]
    kw = KNOWN_KEEP if d.known else set()
    d.keep = [k for k in d.keep if k in kw or (len(k) > 3 and k.lower() not in KEEP_STOP) or (k in CITIES)]
    doc = {"id": f"fresh19a-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if d.known:
        res = d.cast["R"]
        doc["known"] = {"names": [name_form(res, "full", r)]}
        if d.fixed["EMAIL"] in text:
            doc["known"]["emails"] = [d.fixed["EMAIL"]]
        if d.fixed["PHONE"] in text:
            doc["known"]["phones"] = [d.fixed["PHONE"]]
    doc["_shapes"] = sorted(set(d.shapes))
    doc["_known_word"] = d.known[0].lower() if d.known else None
    return doc


def _words(s):
    return {w for w in re.split(r"[\s\-'.,/()]+", s.lower()) if len(w) > 1 and w not in score.PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= _words(n)
    for k in doc["keep"]:
        clash = _words(k) & names
        if clash and not (k == k.lower() and clash <= allowed):
            return f"keep {k!r} shares {clash} with a name"
    if "known" in doc:
        if not all(n in doc["text"] for n in doc["known"]["names"]):
            return "known name not in text"
        if not any(k == k.lower() and _words(k) & allowed for k in doc["keep"]):
            return "known name without ordinary use"
    return None


def generate():
    docs, redraws, shapes = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            d = build(i, attempt)
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(d)}")
        shapes.update(d.pop("_shapes"))
        d.pop("_known_word")
        docs.append(d)
    return docs, redraws, shapes


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh19a_texts.jsonl is up to date" if same else "fresh19a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}  keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}  shapes used: {len(shapes)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
