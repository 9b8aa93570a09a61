"""Generate fresh36c_texts.jsonl: a blind anonymizer corpus about residents who need help to read, write or speak
with the municipality (interpreters, NGT and schrijftolken, the Taalhuis, family members who translate,
easy-language letters, misunderstandings).

    python make_fresh36c.py            write the file
    python make_fresh36c.py --check    exit 1 if the committed file differs from what would be written
    python make_fresh36c.py --stats    counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names36c import GROUPS, KNOWN  # noqa: E402

_spec = importlib.util.spec_from_file_location("score36c", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261303
N_DOCS = 300
OUT = HERE / "fresh36c_texts.jsonl"
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
PARTICLES = score.PARTICLES

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
CITIES = [
    "Lelystad",
    "Schiedam",
    "Venlo",
    "Emmen",
    "Heerlen",
    "Deventer",
    "Leeuwarden",
    "Vlaardingen",
    "Almelo",
    "Helmond",
    "Zaandam",
    "Capelle",
    "Roosendaal",
    "Purmerend",
    "Hoogeveen",
]
LANGS = [
    "Arabisch",
    "Tigrinya",
    "Turks",
    "Pools",
    "Somalisch",
    "Dari",
    "Farsi",
    "Oekraïens",
    "Mandarijn",
    "Koerdisch",
    "Tarifit",
    "Papiaments",
    "Sranantongo",
    "Bulgaars",
    "Roemeens",
    "Amhaars",
    "Portugees",
]
BIRTHPLACES = [
    "Nador",
    "Kayseri",
    "Paramaribo",
    "Asmara",
    "Mogadishu",
    "Aleppo",
    "Willemstad",
    "Kumasi",
    "Poznań",
    "Kabul",
    "Homs",
    "Plovdiv",
    "Lviv",
    "Ambon",
    "Praia",
]
BUILDINGS = [
    "het <Stadskantoor>",
    "het <Stadhuis>",
    "<Wijkcentrum> <De> <Schakel>",
    "de <Bibliotheek> <Centrum>",
    "het <Servicepunt> <Noord>",
    "<Gezondheidscentrum> <Oost>",
]
BUILDINGS2 = ["<De> <Klimop>", "<Het> <Anker>", "<De> <Wissel>", "<Buurtkamer> <Zuid>", "<De> <Brug>"]
FUNCS = [
    "<klantmanager>",
    "<consulent>",
    "<baliemedewerker>",
    "<wijkcoach>",
    "<schuldhulpverlener>",
    "<beleidsmedewerker>",
    "<teamleider>",
    "<medewerker> <Burgerzaken>",
    "<Wmo-consulent>",
    "<jurist>",
]
DEPTS = [
    "<Werk> en <Inkomen>",
    "<Burgerzaken>",
    "het <Klantcontactcentrum>",
    "<Belastingen>",
    "het <Wmo-loket>",
    "<Schuldhulpverlening>",
    "<Team> <Taal> en <Participatie>",
    "het <Sociaal> <Wijkteam>",
    "<Bezwaar> en <Beroep>",
]
QUESTIONS = [
    "<huurtoeslag> aanvragen",
    "<kwijtschelding> <gemeentebelasting>",
    "<Wmo> <huishoudelijke> hulp",
    "<paspoort> verlengen",
    "<energietoeslag>",
    "<zorgtoeslag> terugbetalen",
    "<parkeervergunning>",
]
QUOTES = [
    "ik begriep de brief niet wat moet ik doen",
    "wie kan mij helpen met dit papier",
    "ik wil praten met tolk aub",
    "ik lees niet goed nederlands sorry",
    "waarom krijg ik boete ik heb niks gedaan",
]
CONSONANTS = "BDFGHJKLNPRSTVXZ"
STREET_A = [
    "Tolhuis",
    "Lijster",
    "Kastanje",
    "Vlier",
    "Zwaluw",
    "Hazelaar",
    "Gentiaan",
    "Merel",
    "Esdoorn",
    "Klaproos",
    "Wilgen",
    "Seringen",
    "Dotter",
    "Fazant",
    "Kievit",
    "Lavendel",
]
STREET_B = ["straat", "laan", "weg", "hof", "plein", "singel", "kade", "dreef", "pad", "erf"]

# ---------------------------------------------------------------- shapes -------------------------------------------
# Document kinds: (name, header template, footer template, separator of body sentences)
KINDS = [
    (
        "kcc_notitie",
        "<Notitie> <Klantcontactcentrum> — {DATE}\n<Beller>: {R.full} (geb. {R.dob}), {R.phone}\n",
        "\n<Vervolg>: terugbellen met <tolk> onder {CASE}.",
        " ",
    ),
    (
        "tolk_aanvraag",
        "<Aanvraag> <tolk>\n<Opdrachtnummer>: {CASE}\n<Taal>: {LANG}\n<Cliënt>: {R.upper}, {R.first} – {R.dobc}\n"
        "<Tolk>: {T.full}\n",
        "\n<Duur>: {MIN} minuten. <Kosten> {AMOUNT} ten laste van {DEPT}.",
        "\n",
    ),
    (
        "whatsapp",
        "[{TIME}] {F.lower}: hallo dit is voor mijn {F.relR} {R.lower}\n",
        "\n[{TIME}] {F.lower}: sorry voor mijn <Nederlands>",
        "\n",
    ),
    (
        "taalhuis_intake",
        "<Intakeformulier> <Taalhuis> {CITY}\n<Naam>: {R.full}\n<Geboortedatum>: {R.dob}\n"
        "<Adres>: {R.addr}, {R.pc} {CITY}\n<Moedertaal>: {LANG}\n<Vrijwilliger>: {V.full}\n",
        "\n<Doel>: zelf brieven van de gemeente kunnen lezen.",
        " ",
    ),
    (
        "brief_eenvoudig",
        "<Beste> {R.mr},\n\nU krijgt deze brief van de gemeente {CITY}. De brief is in <eenvoudige> taal.\n",
        "\nHeeft u vragen? Bel ons op {MUNI_TEL}. Of mail naar {MUNI_MAIL}.\n<Groet>,\n{O.full}\n{O.func}, {O.dept}",
        "\n",
    ),
    (
        "bemiddelingsverslag",
        "<Verslag> <bemiddeling> — <dossier> {CASE}\n<Aanwezig>: {R.full}, {N.full} (<buren>), "
        "{M.full} (<bemiddelaar>), {T.full} (<tolk> {LANG})\n",
        "\n<Afspraak>: over zes weken een <evaluatie> met {M.first}.",
        " ",
    ),
    (
        "klacht_geholpen",
        "<Klacht> over het gesprek van {DATE}\n\nIk ben {R.full} en ik woon op {R.addr} in {CITY}. "
        "Ik kan niet goed schrijven, daarom schrijft {V.full} van het <Taalhuis> deze brief voor mij.\n",
        "\n<Handtekening>: {R.full} (<geholpen> door {V.first})",
        " ",
    ),
    (
        "schrijftolk_mail",
        "<Van>: {S.email}\n<Aan>: {MUNI_MAIL}\n<Onderwerp>: <schrijftolk> voor {R.full}, {CASE}\n\n<Goedemorgen>,\n",
        "\nMet vriendelijke groet,\n{S.full}\n<Schrijftolk>, bereikbaar op {S.phone}",
        " ",
    ),
    (
        "keukentafel",
        "<Verslag> <keukentafelgesprek> <Wmo>\n<Datum>: {DATE}, bij {R.mr} thuis ({R.addr}, {R.pc})\n"
        "<Aanwezig>: {O.full} ({O.func}), {F.full} ({F.rel}, tolkt)\n",
        "\n<Besluit> volgt binnen acht weken onder {CASE}.",
        " ",
    ),
    (
        "formulierenspreekuur",
        "<Formulierenspreekuur> {WD} {DATE}\n<Nr> | <Naam> | <Geboren> | <Vraag>\n"
        "1 | {R.full} | {R.dob} | {Q}\n2 | {N.full} | {N.dob} | {Q}\n",
        "\n<Opmerking> {V.first}: bij nummer 1 de <tolk> via de telefoon ingezet.",
        "\n",
    ),
    (
        "voicemail",
        '<Voicemail> {TIME}, <nummer> {R.phone}:\n"Goedemiddag, met {R.full}. Ik bel over {CASE}."\n',
        "\n<Transcriptie> door {O.full}, {O.dept}.",
        " ",
    ),
    (
        "balie_incident",
        "<Incidentmelding> <balie> {BUILDING}\n<Betrokkene>: {R.full}, {R.dobc}\n<Medewerker>: {O.full}, {O.func}\n",
        "\n<Advies>: volgende keer direct een <tolk> inschakelen.",
        " ",
    ),
    (
        "bezwaar_buur",
        "<Bezwaarschrift> tegen besluit {CASE}\n\nNamens mijn buren schrijf ik, {N.full}, dit bezwaar voor "
        "{R.full}, {R.addr}, {R.pc} {CITY}, <burgerservicenummer> {R.bsn}.\n",
        "\n{N.full}\n{N.addr}, {N.phone}",
        " ",
    ),
    (
        "memo_taalbeleid",
        "<Memo> <Team> <Dienstverlening>\n<Aan>: {O.full}, {O.func}\n<Betreft>: <casus> {R.init} ({CASE})\n",
        "\n<Voorstel>: vaste afspraken over de <tolkentelefoon> en <begrijpelijke> brieven.",
        " ",
    ),
    (
        "sms_log",
        "<Berichten> <gemeente> en {R.phone}\n{DATE} {TIME} <Gemeente>: Herinnering afspraak {CASE}.\n"
        "{DATE} {TIME} {R.first}: ik snap niet wat u bedoelt\n",
        "\n{DATE} {TIME} <Gemeente>: Wij bellen u met een <tolk>.",
        "\n",
    ),
    (
        "ngt_beeldgesprek",
        "<Verslag> <beeldgesprek> met <NGT-tolk>\n<Cliënt>: {R.full} (<doof>), {R.email}\n<Tolk> <NGT>: {T.full}\n",
        "\n<Let> op: {R.mr} wil geen <telefoon> gebruiken, alleen mail of beeldbellen.",
        " ",
    ),
    (
        "afsprakenkaart",
        "<AFSPRAAK>\n<Wie>: {R.full}\n<Wanneer>: {WD} {DATE} om {TIME}\n<Waar>: {BUILDING}, <balie> 3\n"
        "<Neem> mee: <paspoort>, <bankpas> en deze kaart.\n<Tolk>: ja, {LANG}\n",
        "\nKunt u niet komen? Bel {MUNI_TEL}.",
        "\n",
    ),
    (
        "terugbelverzoek",
        "<Terugbelverzoek> {CASE}\n<Voor>: {O.full} ({O.dept})\n<Beller>: {F.full}, {F.rel} van {R.full}\n"
        "<Nummer>: {F.phone}\n",
        "\n<Let> op: {R.mr} spreekt alleen {LANG}; {F.first} tolkt.",
        " ",
    ),
]

# Body sentences: (name, template)
BODY = [
    (
        "tolkennummer_bandje",
        "{R.Mr} belde het <tolkennummer> van de gemeente, maar kreeg een bandje in het <Nederlands>.",
    ),
    (
        "tolkentelefoon_weg",
        "Via de <tolkentelefoon> sprak {O.full} ({O.func}) met {R.mr}; de verbinding viel twee keer weg.",
    ),
    ("tolk_vertaalde", "{T.full}, <tolk> {LANG}, vertaalde het gesprek op {DATE} telefonisch."),
    ("opdrachtnummer", "Het <opdrachtnummer> van de tolk was {CASE2}."),
    ("kind_vertaalt_brief", "Omdat er geen <tolk> was, vertaalde {F.first} ({F.rel}) de brief over de <huurtoeslag>."),
    ("kind_vertaalt_post", "{F.full} ({F.rel}, {F.age} jaar) vertaalt thuis alle post van de gemeente."),
    ("bemiddelaar_woord", "De <bemiddelaar> {M.full} merkte dat {R.mr} het woord '<beschikking>' niet kende."),
    ("conflict_briefje", "Het <conflict> met {N.full} begon met een briefje dat {R.first} niet kon lezen."),
    ("buur_negeren", "{N.Mr} dacht dat {R.mr} niet wilde praten, maar er was een <taalprobleem>."),
    (
        "taalhuis_bijstand",
        "Bij het <Taalhuis> in de <Bibliotheek> hielp {V.full} met het formulier voor <bijzondere> <bijstand>.",
    ),
    ("vrijwilliger_belt", "{V.first} van het <Taalhuis> belde namens {R.mr} met {O.full} van {O.dept}."),
    ("schrijftolk_scherm", "De <schrijftolk> {S.full} typte het gesprek live mee op het scherm."),
    (
        "slechthorend_hoorzitting",
        "{R.Mr} is slechthorend en vroeg om een <schrijftolk> bij de <hoorzitting> van {DATE}.",
    ),
    ("ngt_uitstel", "De <NGT-tolk> {T.full} kon pas op {WD} {DATE}, dus de afspraak schoof een week op."),
    ("b1_te_moeilijk", "Het <Wmo-loket> stuurde {R.mr} een brief in <B1-taal>, maar ook die bleek te moeilijk."),
    (
        "ontvangen_misverstand",
        "In de brief stond: '<Wij> hebben uw <aanvraag> ontvangen.' {R.first} dacht dat het geld al was toegekend.",
    ),
    ("huisbezoek_adres", "{R.Mr} woont op {R.addr}, {R.pc} {CITY}, en krijgt liever een <huisbezoek> dan een brief."),
    (
        "bsn_kopie",
        "Het <burgerservicenummer> van {R.first} is {R.bsn}; het stond op een kopie die {F.first} had meegenomen.",
    ),
    ("iban_familie", "Het <rekeningnummer> {R.iban} op het formulier hoort bij {R.mr}, maar {F.full} beheert het."),
    ("iban_terugbetaling", "Voor de <terugbetaling> gaf {V.first} het rekeningnummer {R.iban} door aan <Belastingen>."),
    ("geen_digid", "{R.full}, {R.dobc}, heeft geen <DigiD> en kan de brief online niet openen."),
    ("dob_klopt_niet", "Op het formulier stond als geboortedatum {R.dob}, maar volgens {R.mr} klopt dat niet."),
    (
        "parkeerboete_bord",
        "De <parkeerboete> voor kenteken {R.plate} kwam door een verkeerd begrepen bord bij het <Stadskantoor>.",
    ),
    (
        "invalidenplek",
        "{R.Mr} parkeerde de auto ({R.plate}) op een <gehandicaptenparkeerplaats>, omdat de <tolk> dat zo had vertaald.",
    ),
    ("alleen_whatsapp", "Bereikbaar via {R.phone} (alleen <WhatsApp>, geen spraak)."),
    ("mail_gelezen_door", "Mail naar {R.email} wordt gelezen door {F.first}, niet door {R.mr}."),
    (
        "foto_bestandsnaam",
        "{F.first} stuurde een foto van de brief met de naam {R.file}.jpg naar het <Klantcontactcentrum>.",
    ),
    ("scan_leeg", "Het bestand '{R.file}-aanvraag.pdf' bleek leeg, meldt de <Postkamer>."),
    ("facebook_handle", "Op <Facebook> schreef {R.handle} dat de gemeente niet luistert."),
    ("ambtenaar_geeft_toe", "{O.full}, {O.func} bij {O.dept}, gaf toe dat de brief te ingewikkeld was."),
    ("tolkenbudget_op", "Volgens {O.mr} van {O.dept} is het <tolkenbudget> voor dit jaar al op."),
    ("kosten_tolk", "De kosten van de tolk ({AMOUNT}) betaalt de gemeente uit de regeling <Tolkvoorziening>."),
    (
        "getekend_zonder_begrip",
        "{R.Mr} tekende een formulier zonder het te begrijpen; pas later legde {T.first} uit wat er stond.",
    ),
    ("ja_betekent", "Tijdens het gesprek zei {R.mr} steeds '<ja>', maar dat betekende: ik hoor u."),
    (
        "geluid_corporatie",
        "{N.full} van {N.addr} klaagde over geluid; {R.mr} begreep de brief van de <woningcorporatie> niet.",
    ),
    (
        "buurtbemiddeling_samen",
        "De <Buurtbemiddeling> van {CITY} ({M.full}) bracht {R.first} en {N.first} samen met een <tolk>.",
    ),
    ("hand_schudden", "Na het gesprek schudden {R.last} en {N.last} elkaar de hand."),
    ("stapel_brieven", "{R.first} ({R.age}) kwam zonder afspraak naar de <balie> met een stapel brieven."),
    ("dossier_onbeantwoord", "Uit het <dossier> {CASE} blijkt dat drie brieven onbeantwoord bleven."),
    (
        "kcc_notitie_citaat",
        "{O.first} van het <Klantcontactcentrum> noteerde: '<Cliënt> spreekt geen <Nederlands>, terugbellen met tolk.'",
    ),
    ("leest_eigen_taal", "{R.Mr} kan lezen in het {LANG}, maar niet in het <Nederlands>."),
    ("voorlezer_dinsdag", "De <voorlezer> van het <Taalhuis>, {V.full}, leest elke <dinsdag> de post voor."),
    ("kind_schulden", "{F.first} is pas {F.age} en hoort eigenlijk niet te tolken bij een gesprek over <schulden>."),
    (
        "leerplicht_via_kind",
        "De <leerplichtambtenaar> {O.full} sprak via {F.first} met de ouders; dat gaf misverstanden.",
    ),
    (
        "boete_straf",
        "Volgens {R.mr} had {T.first} '<boete>' vertaald als '<straf>', waardoor {R.first} in paniek raakte.",
    ),
    ("tolknummer_in_brief", "Het telefoonnummer {T.phone} van de <tolk> stond per ongeluk in de brief aan {R.mr}."),
    ("vrouwelijke_tolk", "{R.Mr} wil bij de volgende afspraak een vrouwelijke <tolk>."),
    (
        "gesproken_bericht",
        "<Afgesproken>: de gemeente stuurt brieven voortaan ook als <gesproken> bericht naar {R.phone}.",
    ),
    ("geen_uitkering", "{R.Mr}, {R.addr}, heeft sinds {DATE} geen <uitkering> ontvangen."),
    ("verkeerde_straat", "De brief met kenmerk {CASE} ging naar de {R.street} in plaats van naar het nieuwe adres."),
    ("verhuisd_brp", "{R.Mr} verhuisde van {R.addr2} naar {R.addr}; de <Basisregistratie> was niet bijgewerkt."),
    (
        "postcode_fout",
        "<Postcode> {R.pc} en het huisnummer klopten niet in het <aanvraagformulier>, ingevuld door {V.first}.",
    ),
    ("niet_dom", "In de <klachtbrief> schreef {F.full}: 'Mijn {F.relR} is niet dom, alleen de taal is moeilijk.'"),
    ("bsn_aanmaning", "{R.Mr} (BSN {R.bsn}) kreeg twee keer dezelfde aanmaning van {AMOUNT}."),
    (
        "buurthuis_formulierenhulp",
        "Het buurthuis {BUILDING2} biedt op <woensdag> <formulierenhulp> aan; daar kwam {R.first} terecht.",
    ),
    (
        "bemiddelaar_telefoon",
        "{M.full} (<bemiddelaar>, tel. {M.phone}) stelde voor om het gesprek te herhalen met een <tolk>.",
    ),
    ("ombudsman", "De <Ombudsman> kreeg een klacht van {R.full} over de manier waarop {O.mr} met de tolk omging."),
    ("eigen_woorden", "{R.Mr} schreef zelf: 'ik ben {R.lower} {QUOTE}'"),
    ("geboorteplaats", "<Geboren> {R.dob} in {BIRTHPLACE}; sinds {ARRIVAL} in <Nederland>."),
    (
        "verblijfsvergunning",
        "De <verblijfsvergunning> van {R.last} werd verlengd, maar de brief daarover lag ongelezen op de kast.",
    ),
    ("buur_leest_voor", "{N.Mr} ({N.phone}) bood aan om voortaan brieven voor te lezen."),
    ("taalcoach_mail", "<Taalcoach> {V.full} ({V.email}) begeleidt {R.first} sinds {MONTH} 2025."),
    (
        "schuldhulp_gemist",
        "Op {DATE} had {R.mr} een afspraak bij <Schuldhulpverlening>, maar kwam niet omdat de brief in <moeilijke> taal was.",
    ),
    ("telefonisch_tolken", "Het gesprek werd gevoerd met <telefonisch> tolken; {T.full} zat in {CITY2}."),
    ("kind_laat_weg", "{R.Mr} en {F.full} kwamen samen; {F.first} vertaalde, maar liet volgens {T.first} dingen weg."),
    ("samenvatting_mail", "{O.full} stuurde na afloop een <samenvatting> in <eenvoudige> woorden naar {R.email}."),
    ("liplezen", "Omdat {R.mr} liplezend meekijkt, zette {O.first} het <mondkapje> af."),
    (
        "wachten_weggaan",
        "{R.Mr} werd boos aan de balie omdat '<wachten>' werd vertaald als 'weggaan'; {O.full} belde de <beveiliging>.",
    ),
    (
        "taalakkoord",
        "Het <Taalakkoord> van de gemeente belooft brieven op <B1-niveau>; deze brief was dat niet, schrijft {V.full}.",
    ),
    ("aankomstdatum", "{R.Mr} vulde als geboortedatum {R.dob} in, de datum van aankomst in <Nederland>."),
    ("contact_ambtenaar", "Neem voor vragen contact op met {O.full} via {O.email} of {O.phone}."),
    ("voorleespen", "{R.Mr} gebruikt een <voorleespen> van de <Bibliotheek>, maar die herkent handschrift niet."),
    ("broer_zus_belt", "{F.Mr} belde op {WD} namens de familie en gaf {F.phone} als <terugbelnummer>."),
    ("dob_in_mail", "In de mail van {F.first} stond: 'mijn {F.relR} is van {R.dob}, {R.lposs} papieren zijn kwijt'."),
]

SHAPES = [k[0] for k in KINDS] + [b[0] for b in BODY] + ["known_ordinary_use"]


# ---------------------------------------------------------------- value makers -------------------------------------
def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def make_iban(r):
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acc}"


def fmt_bsn(r, b):
    return r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"])


def fmt_iban(r, i):
    st = r.randint(0, 2)
    if st == 0:
        return i
    if st == 1:
        return " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return " ".join(i[k : k + 4] for k in range(0, len(i), 4)).lower()


def fmt_dob(r, d, m, y):
    st = r.randint(0, 9)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MON3[m - 1]}. {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{str(y)[2:]}",
        f"{d} {MONTHS[m - 1].capitalize()} {y}",
        f"{d:02d}-{m:02d}-'{str(y)[2:]}",
    ][st]


DOB_CUES = ["geboren op {}", "geb. {}", "geboortedatum {}", "° {}", "geboren {}", "geb.datum: {}", "*{}", "gd {}"]


def make_phone(r, foreign=None):
    digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    st = r.randint(0, 8)
    if foreign:
        return r.choice(
            [
                f"+212 6{digits(1)} {digits(2)} {digits(2)} {digits(2)} {digits(1)}",
                f"+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}",
                f"+48 {digits(3)} {digits(3)} {digits(3)}",
                f"+380 {digits(2)} {digits(3)} {digits(4)}",
            ]
        )
    m = "6" + str(r.randint(1, 5)) + digits(7)
    return [
        f"0{m[:1]}-{m[1:]}",
        f"0{m[:1]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
        f"+31 6 {m[1:]}",
        f"+31{m}",
        f"0031 6 {m[1:5]} {m[5:]}",
        f"0{m[:1]}{m[1:]}",
        f"0{r.choice(['10', '20', '70', '30'])}-{digits(7)}",
        f"(0{r.choice(['320', '591', '45', '570', '58'])}) {digits(6)}",
        f"06 - {m[1:5]} {m[5:]}",
    ][st]


def make_pc(r):
    while True:
        a = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if a not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {a}", f"{n}{a}", f"{n} {a}"])


def make_plate(r):
    L = lambda k: "".join(r.choice(CONSONANTS) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{L(2)}-{D(2)}-{L(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
        ]
    )


def make_case(r):
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    yy = r.choice(["25", "26"])
    return r.choice(
        [
            f"TLK-{yy}-{D(5)}",
            f"ZK/20{yy}/{D(6)}",
            f"VTA.20{yy}.{D(4)}",
            f"BZ {D(4)}-{yy}",
            f"Z-20{yy}-{D(5)}-T",
            f"20{yy}/TAAL/{D(4)}",
            f"WMO{yy}{D(5)}",
            f"BM-{''.join(r.choice(CONSONANTS) for _ in range(3))}-{D(4)}",
            f"KCC {D(3)} {D(4)}",
            f"TH{yy}-{D(3)}/{r.choice('ABCD')}",
        ]
    )


def make_addr(r):
    street = r.choice(STREET_A) + r.choice(STREET_B)
    n = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "b", "-2", "-1", "A"])
    return street, f"{street} {n}"


# ---------------------------------------------------------------- persons ------------------------------------------
class Person:
    def __init__(self, doc, role, group=None, surname=None, fem=None):
        r = doc.r
        self.doc, self.role = doc, role
        self.group = group or r.choice(sorted(GROUPS))
        fems, males, builder = GROUPS[self.group]
        self.fem = r.random() < 0.5 if fem is None else fem
        self.first = r.choice(fems if self.fem else males)
        self.particle, self.core = surname or builder(r)
        self.cache = {}

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.core) if x)

    @property
    def last(self):
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.core
        return self.core

    def compact(self):
        return ascii_fold(re.sub(r"[\s'\-]", "", self.core)).lower()

    def once(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def form(self, attr):
        d, r = self.doc, self.doc.r
        P = lambda t: d.pii(t, "PERSON")
        if attr == "full":
            return P(self.full)
        if attr == "first":
            return P(self.first)
        if attr == "last":
            return P(self.last)
        if attr in ("mr", "Mr"):
            t = r.choice(["mevrouw", "mw.", "mevr."] if self.fem else ["meneer", "dhr.", "de heer"])
            if attr == "Mr":
                t = t[0].upper() + t[1:]
            return t + " " + P(self.last)
        if attr == "init":
            return P(self.first[0] + ". " + " ".join(x for x in (self.particle, self.core) if x))
        if attr == "lposs":
            return P(self.last + ("'s" if self.last[-1] in "aeiouy" else "s"))
        if attr == "lower":
            # in a known-name document the lower-case name would read as the ordinary word: keep the capitals
            return P(self.full if d.known_entry and self.role in ("R", "F") else self.full.lower())
        if attr == "upper":
            return P(self.last.upper())
        if attr == "file":
            return P(ascii_fold(self.first).lower().replace(" ", "") + "-" + self.compact())
        if attr == "handle":
            return P("@" + ascii_fold(self.first).lower().replace(" ", "") + "_" + self.compact())
        if attr == "email":

            def mk():
                f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
                if self.role == "O":
                    return f"{f}.{self.compact()}@{ascii_fold(d.city).lower()}.nl"
                dom = r.choice(
                    ["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "icloud.com"]
                )
                yy = str(r.randint(60, 99))
                return r.choice(
                    [
                        f"{f}.{self.compact()}@{dom}",
                        f"{f[0]}{self.compact()}{yy}@{dom}",
                        f"{self.compact()}.fam@{dom}",
                        f"{f}{yy}@{dom}",
                        f"{f}_{self.compact()}@{dom}",
                    ]
                )

            e = self.once("email", mk)
            d.known_add("emails", self, e)
            return d.pii(e, "EMAIL")
        if attr == "phone":
            p = self.once("phone", lambda: make_phone(r, foreign=(self.role == "F" and r.random() < 0.2)))
            d.known_add("phones", self, p)
            return d.pii(p, "PHONE")
        if attr == "addr":
            return d.pii(self.once("addr", lambda: make_addr(r))[1], "ADDRESS")
        if attr == "addr2":
            return d.pii(self.once("addr2", lambda: make_addr(r))[1], "ADDRESS")
        if attr == "street":
            return d.pii(self.once("addr", lambda: make_addr(r))[0], "ADDRESS")
        if attr == "pc":
            return d.pii(self.once("pc", lambda: make_pc(r)), "POSTCODE")
        if attr == "bsn":
            return d.pii(fmt_bsn(r, self.once("bsn", lambda: make_bsn(r))), "BSN")
        if attr == "iban":
            return d.pii(fmt_iban(r, self.once("iban", lambda: make_iban(r))), "IBAN")
        if attr in ("dob", "dobc"):
            y, m, dd = self.once("dob", lambda: (r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)))
            s = d.pii(fmt_dob(r, dd, m, y), "DATE_OF_BIRTH")
            return r.choice(DOB_CUES).format(s) if attr == "dobc" else s
        if attr == "age":
            y = self.once("dob", lambda: (r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)))[0]
            return str(2026 - y) if self.role != "F" else str(r.randint(11, 17))
        if attr == "plate":
            return d.pii(self.once("plate", lambda: make_plate(r)), "LICENSE_PLATE")
        if attr == "rel":
            return "dochter" if self.fem else "zoon"
        if attr == "relR":
            return "moeder" if d.person("R").fem else "vader"
        if attr == "func":
            return self.once("func", lambda: r.choice(FUNCS))
        if attr == "dept":
            return self.once("dept", lambda: r.choice(DEPTS))
        raise KeyError(attr)


class Doc:
    def __init__(self, r, known_entry=None):
        self.r = r
        self.items, self.keeps, self.people, self.glob = [], [], {}, {}
        self.city = r.choice(CITIES)
        self.known_entry = known_entry
        self.known = {}

    def pii(self, text, label):
        if (text, label) not in self.items:
            self.items.append((text, label))
        return text

    def person(self, role):
        if role not in self.people:
            if role == "R" and self.known_entry:
                self.people[role] = Person(self, role, surname=self.known_entry[:2])
            elif role == "F":
                R = self.person("R")
                F = Person(self, role, group=R.group, surname=(R.particle, R.core))
                fems, males, _ = GROUPS[R.group]
                F.first = self.r.choice([n for n in (fems if F.fem else males) if n != R.first])
                self.people[role] = F
            else:
                self.people[role] = Person(self, role)
        return self.people[role]

    def known_add(self, kind, person, value):
        if self.known_entry and person.role == "R" and value not in self.known.setdefault(kind, []):
            self.known[kind].append(value)

    def g(self, key):
        r = self.r
        once = lambda k, fn: self.glob.setdefault(k, fn())
        if key == "CASE":
            return self.pii(once("CASE", lambda: make_case(r)), "CASE_NUMBER")
        if key == "CASE2":
            return self.pii(once("CASE2", lambda: make_case(r)), "CASE_NUMBER")
        if key == "DATE":
            m = r.randint(1, 12)
            return f"{r.randint(1, 28)} <{MONTHS[m - 1]}> {r.choice(['2025', '2026'])}"
        if key == "MONTH":
            return f"<{r.choice(MONTHS)}>"
        if key == "WD":
            return f"<{r.choice(WEEKDAYS)}>"
        if key == "TIME":
            return f"{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}"
        if key == "CITY":
            return f"<{self.city}>"
        if key == "CITY2":
            return f"<{r.choice([c for c in CITIES if c != self.city])}>"
        if key == "LANG":
            return f"<{once('LANG', lambda: r.choice(LANGS))}>"
        if key == "AMOUNT":
            return f"€ <{r.randint(20, 480)},{r.choice(['00', '50', '25', '75'])}>"
        if key == "MIN":
            return str(r.choice([15, 30, 45, 60, 90]))
        if key == "DEPT":
            return r.choice(DEPTS)
        if key == "MUNI_TEL":
            return "<14 0" + once("TEL", lambda: str(r.choice([320, 10, 591, 45, 570, 58, 75, 492]))) + ">"
        if key == "MUNI_MAIL":
            return f"<info@{ascii_fold(self.city).lower()}.nl>"
        if key == "Q":
            return r.choice(QUESTIONS)
        if key == "QUOTE":
            return r.choice(QUOTES)
        if key == "BUILDING":
            return r.choice(BUILDINGS)
        if key == "BUILDING2":
            return r.choice(BUILDINGS2)
        if key == "BIRTHPLACE":
            return f"<{r.choice(BIRTHPLACES)}>"
        if key == "ARRIVAL":
            return str(r.randint(1975, 2023))
        raise KeyError(key)

    def render(self, tpl):
        def sub(m):
            role, attr = m.group(1), m.group(2)
            return self.person(role).form(attr) if attr else self.g(role)

        s = re.sub(r"\{([A-Z_0-9]+)(?:\.(\w+))?\}", sub, tpl)

        def keep(m):
            if m.group(1) not in self.keeps:
                self.keeps.append(m.group(1))
            return m.group(1)

        return re.sub(r"<([^<>]+)>", keep, s)


# ---------------------------------------------------------------- documents ----------------------------------------
def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    known_entry = r.choice(KNOWN) if i % 4 == 1 else None
    doc = Doc(r, known_entry)
    kind = r.choice(KINDS)
    body = r.sample(BODY, r.randint(3, 5))
    shapes = [kind[0]] + [b[0] for b in body]
    head = doc.render(kind[1])
    parts = [doc.render(b[1]) for b in body]
    if known_entry:
        if (doc.person("R").full, "PERSON") not in doc.items:
            head = doc.render("<Betreft>: {R.full}\n") + head
        parts.insert(r.randint(0, len(parts)), doc.render(known_entry[2]))
        shapes.append("known_ordinary_use")
    foot = doc.render(kind[2])
    text = head + kind[3].join(parts) + foot
    text = text[0].upper() + text[1:] if not text.startswith("[") else text
    d = {
        "id": f"fresh36c-{i:04d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in doc.items],
        "keep": list(doc.keeps),
    }
    if known_entry:
        known = {"names": [doc.person("R").full]}
        for k in ("emails", "phones"):
            if doc.known.get(k):
                known[k] = doc.known[k]
        d["known"] = known
    return d, shapes


def _words(s):
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
        if not any(k in known_words and k == k.lower() for k in doc["keep"]):
            return "known name without ordinary use in keep"
        if not all(n in text for n in doc["known"]["names"]):
            return "known name not in text"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            return f"keep not a whole word: {k}"
        clash = _words(k) & name_words
        if clash and not (k == k.lower() and clash <= known_words):
            return f"keep {k} shares {clash} with a name"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            d, sh = build(i, r)
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i} keeps failing: {gate(d)}")
        docs.append(d)
        shapes.update(sh)
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print(
            "fresh36c_texts.jsonl matches the generator" if same else "fresh36c_texts.jsonl differs from the generator"
        )
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        print("pii per label:")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)} ({len(KINDS)} document kinds, {len(BODY)} sentence shapes, 1 known-use); "
            f"used: {len(shapes)}"
        )
        print(f"origin groups: {len(GROUPS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
