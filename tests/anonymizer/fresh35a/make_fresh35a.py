"""Generator of the blind anonymizer corpus fresh35a (helper A1, round twenty-nine, 2026-12-07).

Register: the municipality's support for parents hit by the childcare-benefits scandal (hersteloperatie
toeslagen). Run from the worktree root with ``PYTHONPATH=.``:

    python tests/anonymizer/fresh35a/make_fresh35a.py           # write fresh35a_texts.jsonl
    python tests/anonymizer/fresh35a/make_fresh35a.py --check   # exit 1 if the committed file differs
    python tests/anonymizer/fresh35a/make_fresh35a.py --stats   # counts per label, shapes, known names, redraws

Templates: ``{KEY}`` / ``{KEY.attr}`` is a personal item (registered in ``pii`` exactly as written), ``[[word]]``
is a keep word. Every template (document frame, line, sentence) is a registered shape.
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
OUT = HERE / "fresh35a_texts.jsonl"
SEED = 20261291
N_DOCS = 300
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


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_score = _load("fresh35a_score", HERE.parent / "corpora" / "score.py")
_names = _load("fresh35a_names", HERE / "fresh35a_names.py")
PARTICLES = _score.PARTICLES

# ---------------------------------------------------------------------------------------------------------------
# shapes

SHAPES: dict[str, tuple[str, str]] = {}  # name -> (kind, template)


def shape(kind: str, name: str, template: str) -> None:
    assert name not in SHAPES, name
    SHAPES[name] = (kind, template)


# --- line shapes (form fields, register lines) ---
shape("line", "veld_naam", "[[Naam]] [[ouder]]: {R}")
shape("line", "veld_naam_omgekeerd", "[[Achternaam]], [[voornamen]]: {R.caps}")
shape("line", "veld_geboortedatum", "[[Geboortedatum]]: {R.dobn}")
shape("line", "veld_bsn", "[[Burgerservicenummer]]: {BSN}")
shape("line", "veld_adres", "[[Woonadres]]: {ADDR}, {PC} {CITY}")
shape("line", "veld_telefoon", "[[Telefoon]] ([[mobiel]]): {TEL}")
shape("line", "veld_email", "[[E-mailadres]]: {R.e}")
shape("line", "veld_iban", "[[Rekeningnummer]] [[compensatie]]: {IBAN}")
shape("line", "veld_kenteken", "[[Kenteken]] [[auto]] ([[beslag]]?): {PLATE}")
shape("line", "veld_dossier", "[[Dossiernummer]] [[gemeente]]: {CASE}")
shape("line", "veld_kinderen", "[[Kinderen]] [[thuiswonend]]: {K1.f} ({K1.dob}) en {K2.f} ({K2.dob})")
shape("line", "veld_partner", "[[Partner]]: {P}, [[geboren]] {P.dobt}")
shape("line", "veld_contactpersoon", "[[Vaste]] [[contactpersoon]]: {CP} — {CP.tel}")
shape("line", "veld_uht", "[[Zaaknummer]] [[UHT]]: {CASE2}")
shape("line", "regel_dossierhouder", "([[Dossierhouder]]: {R})")
shape(
    "line",
    "chat_ouder",
    "[{TIME}] {R.f}: Ik heb die [[brief]] van de [[UHT]] nog steeds niet, is hij wel [[verstuurd]]?",
)
shape(
    "line",
    "chat_cp",
    "[{TIME}] {CP.f} ([[gemeente]]): Ik [[bel]] vandaag met {UHT.t}, ik laat het je voor [[vrijdag]] weten.",
)
shape(
    "line", "chat_partner", "[{TIME}] {P.f}: {R.f} slaapt slecht sinds die [[brief]]. Kunnen we [[morgen]] langskomen?"
)
shape(
    "line",
    "schuld_regel",
    "[[Schuldeiser]]: [[Zorgverzekeraar]] | [[bedrag]]: {AMT} | [[status]]: [[pauze]] | [[dossier]] {CASE3}",
)
shape(
    "line", "schuld_regel_cjib", "[[CJIB]] ([[boetes]] [[auto]] {PLATE}) | {AMT} | [[kwijtgescholden]] [[per]] {DATE}"
)

# --- sentence shapes (body of documents) ---
S = [
    (
        "zin_brede_hulp",
        "{R.t} heeft op {DATE} [[brede]] [[hulp]] aangevraagd via het [[loket]] van de [[gemeente]] {CITY}.",
    ),
    (
        "zin_schuldenpauze",
        "Voor {R} en {P} geldt een [[schuldenpauze]] van [[anderhalf]] [[jaar]]; de [[schuldeisers]] zijn op {DATE} [[aangeschreven]].",
    ),
    ("zin_cp_belt", "{CP.t} ({CP.fn}) belt elke [[dinsdag]] met {R.f} om de [[stand]] van [[zaken]] door te nemen."),
    (
        "zin_wantrouwen_1",
        "{R.f} zegt dat ze [[ambtenaren]] niet meer [[vertrouwt]] sinds haar [[toeslag]] in 2014 werd [[stopgezet]].",
    ),
    (
        "zin_wantrouwen_2",
        '"Jullie zijn toch ook de [[overheid]]?", vroeg {R.t} aan {CM.t} tijdens het eerste [[gesprek]].',
    ),
    ("zin_wantrouwen_3", "{P.t} wil alleen praten als {ADV.t}, de [[advocaat]] van het [[gezin]], [[meeleest]]."),
    (
        "zin_compensatiebrief",
        "De [[compensatiebrief]] van {DATE} noemt een [[bedrag]] van {AMT}, [[uitbetaald]] op {IBAN}.",
    ),
    (
        "zin_catshuis",
        "Het [[gezin]] ontving de [[Catshuisregeling]] van {AMT30}, maar de [[deurwaarder]] had al [[beslag]] gelegd op de auto met [[kenteken]] {PLATE}.",
    ),
    (
        "zin_gezinsplan",
        "In het [[gezinsplan]] staat dat {K1.f} [[bijles]] krijgt en dat {K2} een [[plek]] in de [[naschoolse]] [[opvang]] krijgt.",
    ),
    ("zin_kind_dob", "[[Dochter]] {K1}, [[geboren]] {K1.dobt}, wil niet meer naar [[school]] sinds de [[verhuizing]]."),
    ("zin_kind_dob_kaal", "[[Zoon]] {K2.f} ({K2.dobn}) heeft [[hulp]] nodig van het [[Jeugdteam]]."),
    (
        "zin_adres_verhuizing",
        "Het [[gezin]] woont sinds {MON} {YEAR} aan de {ADDR} in {CITY}, na een [[uitzetting]] uit de vorige [[woning]].",
    ),
    (
        "zin_straat_alleen",
        "De [[woningcorporatie]] wil de [[huurachterstand]] van de [[woning]] aan de {STREET} [[bevriezen]].",
    ),
    (
        "zin_postcode_los",
        "[[Post]] voor het [[gezin]] gaat voorlopig naar {PC}, het [[adres]] van {N}, een [[buurvrouw]].",
    ),
    ("zin_bsn_fout", "Bij de [[aanvraag]] stond een verkeerd [[burgerservicenummer]]; het juiste is {BSN}."),
    ("zin_bsn_kind", "Het BSN van {K1.f} ({K1.bsn}) ontbrak in het [[dossier]] van de [[UHT]]."),
    ("zin_iban_wijziging", "{R.f} vraagt of de [[uitbetaling]] naar een nieuwe [[rekening]] kan: {IBAN}."),
    ("zin_telefoon", "{R.t} is het best [[bereikbaar]] na [[schooltijd]] op {TEL}."),
    ("zin_telefoon_partner", "Als {R.f} niet opneemt, kunt u {P.f} bellen op {P.tel}."),
    ("zin_email_persoonlijk", "Stuur [[stukken]] liever niet per [[post]] maar naar {R.e}, schreef {R.f}."),
    (
        "zin_email_ambtenaar",
        "Vragen over de [[herbeoordeling]] kunnen naar {CM.e} of naar het algemene [[adres]] {GEN_MAIL}.",
    ),
    ("zin_14_nummer", "Het [[Klantcontactcentrum]] ({GEN_TEL}) kon {R.f} niet doorverbinden met {CM.t}."),
    (
        "zin_case_nummers",
        "Het [[gemeentelijke]] [[dossier]] {CASE} en het [[UHT-dossier]] {CASE2} zijn op {DATE} aan elkaar gekoppeld.",
    ),
    ("zin_kenteken", "De [[auto]] ({PLATE}) is nodig voor het [[werk]] van {P.f} in de [[thuiszorg]]."),
    (
        "zin_advocaat",
        "{ADV} ([[advocaat]], [[sociaal]] [[advocatuur]]) heeft [[bezwaar]] gemaakt tegen de [[integrale]] [[beoordeling]].",
    ),
    (
        "zin_cwS",
        "De [[Commissie]] [[Werkelijke]] [[Schade]] heeft het [[verzoek]] van {R.t} in [[behandeling]] genomen.",
    ),
    ("zin_dob_cue_geb", "{R} (geb. {R.dobn}) heeft een [[afspraak]] op het [[Stadskantoor]] op {WD} {DATE}."),
    ("zin_dob_cue_geboren", "{P}, geboren op {P.dobt}, is [[mede-aanvrager]] van de [[kinderopvangtoeslag]] geweest."),
    ("zin_dob_geen_cue", "{R} ({R.dobn}) en {P} ({P.dobn}) zijn samen [[gedupeerd]]."),
    ("zin_mediator", "{MED}, [[bemiddelaar]] van [[Verzoek]] tot [[Afstemming]], zat bij het [[gesprek]] met {TL.t}."),
    ("zin_mediator_afspraak", "[[Afspraak]]: {TL.t} ({TL.fn}) zorgt dat de [[kwijtschelding]] voor {DATE} rond is."),
    (
        "zin_teamleider_excuus",
        "{TL} heeft namens de [[gemeente]] [[excuses]] aangeboden voor het [[zoekraken]] van de [[aanvraag]].",
    ),
    ("zin_overdracht", "Wegens [[ziekte]] van {CM.t} neemt {CM2} ({CM2.fn}) het [[dossier]] over."),
    ("zin_overdracht_mistrust", "{R.f} wil niet opnieuw haar hele [[verhaal]] vertellen aan {CM2.t}."),
    ("zin_bewindvoerder", "{BW.t}, [[beschermingsbewindvoerder]], beheert sinds {YEAR} de [[financiën]] van {R.t}."),
    (
        "zin_bewind_iban",
        "De [[beheerrekening]] van de [[bewindvoerder]] is {IBAN}; {R.f} krijgt wekelijks [[leefgeld]].",
    ),
    ("zin_wijkcoach", "[[Wijkcoach]] {WC} kwam op {WD} langs en zag dat de [[koelkast]] leeg was."),
    (
        "zin_klantmanager",
        "{KM.t} van [[Werk]] en [[Inkomen]] zegt dat de [[compensatie]] niet meetelt voor de [[bijstand]].",
    ),
    ("zin_jeugd", "{JC.t} ([[jeugdconsulent]]) ziet dat {K1.f} veel [[verzuimt]] en stelt [[gezinsbegeleiding]] voor."),
    ("zin_buurman", "[[Buurvrouw]] {N} brengt {K2.f} naar [[school]] als {R.f} [[afspraken]] heeft."),
    ("zin_possessief_voornaam", "{R.pos} grootste [[zorg]] is de [[huurachterstand]] van {AMT}."),
    ("zin_possessief_achternaam", "In {R.spos} [[map]] zitten [[brieven]] van 2013 tot nu."),
    (
        "zin_handle",
        "{R.f} plaatste op [[Facebook]] als {R.h} een [[bericht]] over de [[gemeente]]; {CM.t} reageerde [[privé]].",
    ),
    ("zin_bestand", "De [[bijlage]] heet herstelplan-{R.file}-{YEAR}.pdf en is [[versleuteld]] [[verstuurd]]."),
    ("zin_hoofdletters", "Op de [[envelop]] stond {R.caps} en een [[oud]] [[adres]]."),
    ("zin_initialen", "[[Ondertekend]] door {R.i} op {DATE}, [[akkoord]] met het [[plan]]."),
    ("zin_kleine_letters", "In de [[mailbox]] van het [[team]] stond het [[verzoek]] onder de naam {R.low}."),
    (
        "zin_uht_zaakbehandelaar",
        "{UHT.t}, [[persoonlijk]] [[zaakbehandelaar]] bij de [[UHT]], beloofde een [[beslissing]] binnen zes [[weken]].",
    ),
    ("zin_uht_telefoon", "{UHT} is [[rechtstreeks]] te bereiken op {UHT.tel}, maar neemt zelden op."),
    ("zin_schuldhulp", "{SH.t} van [[Schulddienstverlening]] maakte een [[overzicht]] van veertien [[schuldeisers]]."),
    ("zin_schuldhulp_mail", "{SH} vroeg {R.f} om [[loonstroken]] te sturen naar {SH.e}."),
    (
        "zin_jurist",
        "Volgens {JUR.t} ([[Juridische]] [[Zaken]]) mag de [[gemeente]] de [[vordering]] niet [[verrekenen]].",
    ),
    ("zin_huisarts", "De [[huisarts]] heeft {R.f} doorverwezen naar de [[POH-GGZ]] vanwege [[slapeloosheid]]."),
    (
        "zin_lotgenoten",
        "Via een [[lotgenotengroep]] in het [[buurthuis]] leerde {R.f} {N.f} kennen, die ook [[gedupeerd]] is.",
    ),
    ("zin_werk", "{P.f} verloor in 2016 zijn [[baan]] omdat er geen [[kinderopvang]] meer was."),
    (
        "zin_controlevraag",
        "[[Controlevraag]]: is alles [[besproken]]? {R.t} antwoordde dat de [[woning]] nog openstaat.",
    ),
    (
        "zin_klacht_dreiging",
        "{R.f} dreigt naar de [[Nationale]] [[Ombudsman]] te stappen als {CM.t} niet voor {DATE} belt.",
    ),
    ("zin_excuusbrief", 'De [[excuusbrief]] van de [[staatssecretaris]] lag volgens {R.f} "bij het oud papier".'),
    ("zin_ex_partner", "{R.pos} [[ex-partner]] {EX} heeft ook een [[verzoek]] ingediend; hij woont aan de {ADDR2}."),
    ("zin_ex_postcode", "Het [[adres]] van {EX.f} is {ADDR2}, {PC2} {CITY2}."),
    ("zin_afspraak_tijd", "De [[afspraak]] met {CP.t} is op {WD} {DATE} om {TIME} in [[kamer]] 2.14."),
    ("zin_kinderen_samen", "{K1} en {K2} logeren tijdelijk bij [[oma]] {OMA} in {CITY2}."),
    ("zin_oma_dob", "[[Oma]] {OMA.f} (*{OMA.dobn}) helpt met de [[opvoeding]]."),
    ("zin_geen_post", "{R.t} opent geen [[enveloppen]] meer; {N.f} leest ze samen met haar."),
    ("zin_ambtenaar_intern", "{CM.f}, kun jij {R.t} [[vandaag]] nog bellen? Ze vertrouwt {KM.s} niet meer."),
    ("zin_intern_kritiek", "{TL.f} vindt dat het [[team]] te [[laat]] reageerde op de [[melding]] van {R.s}."),
    ("zin_bedrag_voorschot", "Er is een [[voorschot]] van {AMT} [[betaald]] op {DATE} aan {R.t}."),
    (
        "zin_herbeoordeling",
        "{R.pos} [[herbeoordeling]] loopt sinds {YEAR}; de [[wettelijke]] [[termijn]] is [[ruim]] [[overschreden]].",
    ),
    ("zin_vog", "{P.f} heeft een [[VOG]] nodig voor een nieuwe [[baan]]; de [[aanvraag]] staat op {P.e}."),
    ("zin_telefoon_kind", "{K1.f} belde zelf naar {GEN_TEL} omdat {R.f} niet durfde; haar nummer is {K1.tel}."),
    ("zin_adres_oud", "Op het oude [[adres]] ({ADDR3}) komt nog steeds [[post]] van de [[Belastingdienst]]."),
    ("zin_dob_teller", "{R.f} is van {R.dobt} en was 26 toen de [[terugvordering]] kwam."),
]
for _n, _t in S:
    shape("zin", _n, _t)

# --- document frames ---
shape(
    "doc",
    "doc_brief_gemeente",
    "[[Gemeente]] {CITY} — [[Team]] [[Herstel]]\n{R.t}\n{ADDR}\n{PC} {CITY}\n\n[[Onderwerp]]: [[brede]] [[ondersteuning]], "
    "[[ons]] [[kenmerk]] {CASE}\n\n[[Beste]] {R.t},\n\n{BODY}\n\n[[Met]] [[vriendelijke]] [[groet]],\n{CM}\n{CM.fn}",
)
shape(
    "doc",
    "doc_mail_ouder",
    "[[Van]]: {R.e}\n[[Aan]]: {GEN_MAIL}\n[[Onderwerp]]: [[dossier]] {CASE}\n\n[[Hallo]],\n\n{BODY}\n\n{R.f}",
)
shape(
    "doc",
    "doc_telefoonnotitie",
    "[[Telefoonnotitie]] {DATE}, {TIME}\n[[Gesproken]] [[door]]: {CP} ({CP.fn})\n[[Beller]]: {R}, {TEL}\n\n{BODY}",
)
shape(
    "doc", "doc_intake_formulier", "[[INTAKE]] [[HERSTELOPERATIE]] [[TOESLAGEN]]\n{LINES}\n\n[[Toelichting]]:\n{BODY}"
)
shape(
    "doc",
    "doc_gezinsplan",
    "[[Gezinsplan]] {R.s}, [[versie]] {DATE}\n\n[[Wonen]]\n{BODY1}\n\n[[Financiën]]\n{BODY2}\n\n[[Kinderen]]\n{BODY3}",
)
shape(
    "doc",
    "doc_schuldenoverzicht",
    "[[Overzicht]] [[schulden]] [[gezin]] {R.s} ({CASE})\n{LINES}\n\n[[Opmerking]] [[schuldhulpverlener]]: {BODY}",
)
shape(
    "doc",
    "doc_advocatenbrief",
    "[[Mr.]] {ADV}\n[[Advocaat]]\n\n[[Aan]] het [[college]] van [[burgemeester]] en [[wethouders]] van {CITY}\n[[Inzake]]: {R} / "
    "[[gemeente]] {CITY}, [[uw]] [[kenmerk]] {CASE}\n\n[[Geacht]] [[college]],\n\n{BODY}\n\n[[Hoogachtend]],\n{ADV.i}",
)
shape(
    "doc",
    "doc_chat",
    "[[Chat]] [[contactpersoon]] – [[ouder]] ([[geëxporteerd]] {DATE})\n{LINES}\n\n[[Notitie]]: {BODY}",
)
shape(
    "doc",
    "doc_keukentafel",
    "[[Verslag]] [[keukentafelgesprek]] {DATE}\n[[Aanwezig]]: {R}, {P}, {CM} ({CM.fn}), {MED} ([[bemiddelaar]])\n\n{BODY}",
)
shape(
    "doc",
    "doc_klacht",
    "[[Klacht]] [[over]] de [[behandeling]] [[door]] {CM.t}\n\n[[Ingediend]] [[door]] {R}, {ADDR}, {PC} {CITY}.\n\n{BODY}",
)
shape(
    "doc",
    "doc_overdracht",
    "[[OVERDRACHT]] [[DOSSIER]] {CASE}\n[[Van]]: {CM} → [[naar]]: {CM2}\n\n{BODY}\n\n[[Aandachtspunt]]: [[wantrouwen]] [[richting]] de [[gemeente]] is [[groot]].",
)
shape(
    "doc",
    "doc_kennisbank_concept",
    "[[Concept]] [[kennisbankartikel]] ([[nog]] [[niet]] [[geanonimiseerd]])\n[[Situatie]]: {BODY1}\n[[Afstemming]]: {BODY2}\n[[Uitkomst]]: {BODY3}",
)
shape(
    "doc",
    "doc_voicemail",
    '[[Voicemail]] [[ingesproken]] op {WD} {DATE} om {TIME}:\n"{BODY}"\n([[uitgeschreven]] [[door]] {CP.f})',
)
shape(
    "doc",
    "doc_afspraakbevestiging",
    "[[Bevestiging]] [[afspraak]]\n\n[[Beste]] {R.t},\n\n{BODY}\n\n[[Neem]] [[uw]] [[legitimatie]] [[mee]]. [[Vragen]]? [[Bel]] {GEN_TEL}.\n{CP}",
)
shape(
    "doc",
    "doc_bezwaar",
    "[[Bezwaarschrift]]\n{R}\n{ADDR}\n{PC} {CITY}\n\n[[Hierbij]] [[maak]] [[ik]] [[bezwaar]] [[tegen]] het [[besluit]] {CASE}.\n\n{BODY}\n\n{R.i}",
)
shape(
    "doc",
    "doc_doorverwijzing",
    "[[Doorverwijzing]] [[naar]] [[Schulddienstverlening]]\n[[Verwijzer]]: {WC} ([[Wijkteam]])\n[[Cliënt]]: {R}\n\n{BODY}",
)
shape(
    "doc",
    "doc_interne_mail",
    "[[Van]]: {CM.e}\n[[Aan]]: {TL.e}\n[[Onderwerp]]: [[escalatie]] {CASE}\n\n{TL.f},\n\n{BODY}\n\n{CM.f}",
)
shape("doc", "doc_sms_reeks", "[[Berichten]] [[aan]] {TEL}\n{LINES}\n\n{BODY}")

KNOWN_SHAPES = {}
for _sur, _word, _sent in _names.KNOWN:
    KNOWN_SHAPES[_word] = "known_" + _word
    shape("known", "known_" + _word, _sent.replace(_word, "[[" + _word + "]]", 1))

LINE_NAMES = [n for n, (k, _) in SHAPES.items() if k == "line"]
CHAT_LINES = ["chat_ouder", "chat_cp", "chat_partner"]
FORM_LINES = [n for n in LINE_NAMES if n.startswith("veld_")]
DEBT_LINES = ["schuld_regel", "schuld_regel_cjib"]
SENT_NAMES = [n for n, (k, _) in SHAPES.items() if k == "zin"]
DOC_NAMES = [n for n, (k, _) in SHAPES.items() if k == "doc"]

# ---------------------------------------------------------------------------------------------------------------
# vocabulary

CITIES = [
    "Almere",
    "Zaanstad",
    "Tilburg",
    "Schiedam",
    "Lelystad",
    "Enschede",
    "Heerlen",
    "Dordrecht",
    "Leeuwarden",
    "Venlo",
    "Deventer",
    "Emmen",
    "Helmond",
    "Hengelo",
    "Vlaardingen",
    "Purmerend",
    "Roosendaal",
    "Oss",
    "Nieuwegein",
    "Kerkrade",
    "Spijkenisse",
    "Hoorn",
    "Zoetermeer",
    "Gouda",
]
STREET_PRE = [
    "Lijsterbes",
    "Kamperfoelie",
    "Meidoorn",
    "Vlier",
    "Hazelaar",
    "Zilverschoon",
    "Boterbloem",
    "Reiger",
    "Kievit",
    "Grutto",
    "Scholekster",
    "Zwaluw",
    "Populier",
    "Abeel",
    "Lariks",
    "Korenbloem",
    "Klaproos",
    "Dotter",
    "Lisdodde",
    "Gentiaan",
    "Akelei",
    "Ratelaar",
    "Pinksterbloem",
    "Roerdomp",
    "Tureluur",
]
STREET_SUF = ["straat", "laan", "hof", "singel", "plein", "weg", "erf", "dreef", "kade", "pad", "gaarde"]
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
MON_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
BANKS = ["ABNA", "RABO", "INGB", "ASNB", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "yahoo.com"]
ROLES = {
    "CM": ("casemanager", "[[casemanager]] [[Herstel]] [[Toeslagen]]"),
    "CM2": ("casemanager", "[[casemanager]] [[Brede]] [[Hulp]]"),
    "CP": ("contactpersoon", "[[contactpersoon]] [[Sociaal]] [[Domein]]"),
    "SH": ("schuldhulp", "[[schuldhulpverlener]], [[afdeling]] [[Schulddienstverlening]]"),
    "JUR": ("jurist", "[[jurist]] [[Juridische]] [[Zaken]]"),
    "WC": ("wijkcoach", "[[wijkcoach]] [[Wijkteam]] [[Oost]]"),
    "KM": ("klantmanager", "[[klantmanager]] [[Participatiewet]]"),
    "TL": ("teamleider", "[[teamleider]] [[Herstel]]"),
    "UHT": ("zaakbehandelaar", "[[zaakbehandelaar]] [[UHT]]"),
    "BW": ("bewindvoerder", "[[bewindvoerder]]"),
    "ADV": ("advocaat", "[[advocaat]]"),
    "MED": ("bemiddelaar", "[[bemiddelaar]] [[Verzoek]] tot [[Afstemming]]"),
    "JC": ("jeugdconsulent", "[[jeugdconsulent]] [[Jeugd]] en [[Gezin]]"),
}
OFFICIAL_DOMAINS = {c: "gemeente" + c.lower().replace(" ", "") + ".nl" for c in CITIES}

# ---------------------------------------------------------------------------------------------------------------
# numbers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r: random.Random) -> str:
    bban = r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bban + "NL00") % 97
    s = f"NL{check:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if r.random() < 0.6 else s


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c)) and _iban_num(c[4:] + c[:4]) % 97 == 1


def phone(r: random.Random, mobile: bool = True) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if mobile:
        m = "6" + str(r.randint(1, 5)) + d(7)
        st = r.randrange(6)
        if st == 0:
            return "0" + m[:1] + "-" + m[1:]
        if st == 1:
            return "0" + m[:1] + " " + m[1:5] + " " + m[5:]
        if st == 2:
            return "+31 6 " + m[1:]
        if st == 3:
            return "+31 (0)6 " + " ".join(m[i : i + 2] for i in (1, 3, 5, 7))
        if st == 4:
            return "0031 6 " + m[1:5] + " " + m[5:]
        return "06" + m[1:]
    area = r.choice(["010", "020", "030", "040", "050", "070", "0591", "0478", "0345", "0546"])
    rest = d(10 - len(area))
    st = r.randrange(3)
    if st == 0:
        return area + "-" + rest
    if st == 1:
        return "(" + area + ") " + rest[:3] + " " + rest[3:]
    return area + " " + rest


def postcode(r: random.Random) -> str:
    while True:
        letters = r.choice("BCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    num = str(r.randint(1000, 9999))
    return num + (" " if r.random() < 0.75 else "") + letters


def plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTXZ") for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            lambda: f"{L(2)}-{D(2)}-{L(2)}",
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
        ]
    )()


def case_number(r: random.Random, kind: int) -> str:
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    yy = r.randint(21, 26)
    fm = [
        lambda: f"HT-{yy}-{D(5)}",
        lambda: f"HRS/20{yy}/{D(4)}",
        lambda: f"BH.{yy}.{D(4)}.{r.choice('KLMNPR')}",
        lambda: f"GZP-{D(4)}-{r.choice('ABCDEF')}{r.choice('QRSTUV')}",
        lambda: f"SDV 20{yy} {D(3)} {D(3)}",
        lambda: f"Z/{yy}/{D(6)}",
        lambda: f"20{yy}-HO-{D(4)}",
        lambda: f"UHT{D(8)}",
        lambda: f"SCH{yy}-{D(3)}-{D(3)}",
    ]
    if kind == 2:
        return fm[7]()
    if kind == 3:
        return fm[8]()
    return fm[r.choice([0, 1, 2, 3, 4, 5, 6])]()


def dob_numeric(r: random.Random, y0: int, y1: int) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"]
    )


def dob_text(r: random.Random, y0: int, y1: int) -> str:
    y, m, d = r.randint(y0, y1), r.randint(0, 11), r.randint(1, 28)
    return r.choice(
        [f"{d} {MONTHS[m]} {y}", f"{d} {MON_SHORT[m]} {y}", f"{d} {MONTHS[m]} '{str(y)[2:]}", f"{d}e {MONTHS[m]} {y}"]
    )


# ---------------------------------------------------------------------------------------------------------------
# people


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _possessive(w: str) -> str:
    if w[-1] in "sxzSXZ":
        return w + "'"
    if w[-1] in "aiouyAIOUY":
        return w + "'s"
    return w + "s"


class Person:
    def __init__(self, first: str, surname: str, particle: str, female: bool, origin: str):
        self.first, self.surname, self.particle, self.female, self.origin = first, surname, particle, female, origin

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.surname) if x)

    @property
    def formal(self) -> str:
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.surname
        return self.surname

    @property
    def initials(self) -> str:
        ini = "".join(p[0] + "." for p in re.split(r"[ \-]", self.first) if p)
        return " ".join(x for x in (ini, self.particle, self.surname) if x)

    @property
    def caps(self) -> str:
        return self.formal.upper() + ", " + self.first.upper()

    def local(self, r: random.Random) -> str:
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "").replace("'", "")
        s = ascii_fold(self.particle + self.surname).lower().replace(" ", "").replace("-", "").replace("'", "")
        return r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{r.randint(70, 99)}", f"{s}.{f}", f"{f}_{s[:4]}"])

    @property
    def flat(self) -> str:
        return ascii_fold(self.particle + self.surname).lower().replace(" ", "").replace("-", "").replace("'", "")


def make_surname(r: random.Random, group: str, female: bool) -> tuple[str, str]:
    fem, mal, pre, suf, _ = _names.GROUPS[group]
    p, s = r.choice(pre), r.choice(suf)
    if s == "SKI":
        s = "ska" if female else "ski"
    elif s == "OV":
        s = "ova" if female else "ov"
    name = p + s
    particle = r.choice(_names.DUTCH_PARTICLES) if group == "Nederlands-tussenvoegsel" else ""
    if group == "Nederlands" and r.random() < 0.25:
        particle = r.choice(_names.DUTCH_PARTICLES)
    return particle, name


GROUP_NAMES = list(_names.GROUPS)
GROUP_WEIGHTS = [_names.GROUPS[g][4] for g in GROUP_NAMES]


def make_person(
    r: random.Random, group: str | None = None, female: bool | None = None, family: Person | None = None
) -> Person:
    if family is not None:
        group = family.origin
    group = group or r.choices(GROUP_NAMES, GROUP_WEIGHTS)[0]
    female = r.random() < 0.5 if female is None else female
    fem, mal = _names.GROUPS[group][0], _names.GROUPS[group][1]
    first = r.choice(fem if female else mal)
    if family is not None:
        particle, sur = family.particle, family.surname
        if sur.endswith(("ska", "ski")):
            sur = sur[:-1] + ("a" if female else "i")
        elif sur.endswith(("ova",)) and not female:
            sur = sur[:-1]
        elif sur.endswith("ov") and female:
            sur = sur + "a"
    else:
        particle, sur = make_surname(r, group, female)
    return Person(first, sur, particle, female, group)


# ---------------------------------------------------------------------------------------------------------------
# documents


class Doc:
    def __init__(self, r: random.Random, known: tuple | None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.people: dict[str, Person] = {}
        self.vals: dict[str, str] = {}
        self.known = known
        self.known_extra: dict[str, list[str]] = {}
        self.city = r.choice(CITIES)
        self.city2 = r.choice([c for c in CITIES if c != self.city])

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        r = self.r
        if key == "R":
            if self.known:
                part, word, _ = self.known
                particle, sur = part.rsplit(" ", 1) if " " in part else ("", part)
                fem = True
                first = r.choice(_names.GROUPS["Nederlands"][0 if fem else 1])
                pr = Person(first, sur, particle, fem, "Nederlands")
            else:
                pr = make_person(r, female=True)
        elif key in ("K1", "K2"):
            pr = make_person(r, family=self.person("R"), female=(key == "K1") if r.random() < 0.8 else None)
        elif key == "P":
            res = self.person("R")
            pr = (
                make_person(r, family=res, female=not res.female)
                if r.random() < 0.5
                else make_person(r, female=not res.female)
            )
        elif key == "N":
            pr = make_person(r, female=True)
        elif key == "EX":
            pr = make_person(r, female=False)
        elif key == "OMA":
            pr = make_person(r, family=self.person("R"), female=True)
            pr = Person(r.choice(_names.GROUPS[pr.origin][0]), pr.surname, pr.particle, True, pr.origin)
        else:
            pr = make_person(r)
        # avoid two people with the same first name in one document
        if any(o.first == pr.first for o in self.people.values()):
            pr.first = r.choice(_names.GROUPS[pr.origin][0 if pr.female else 1])
        self.people[key] = pr
        return pr

    def title(self, pr: Person) -> str:
        return self.r.choice(["mevrouw", "mw.", "Mevr."] if pr.female else ["meneer", "de heer", "dhr."])

    def val(self, key: str, fn) -> str:
        if key not in self.vals:
            self.vals[key] = fn()
        return self.vals[key]

    def render_person(self, key: str, attr: str) -> str:
        pr, r = self.person(key), self.r
        P = lambda s: self.p(s, "PERSON")
        if attr == "":
            return P(pr.full)
        if attr == "t":
            return self.title(pr) + " " + P(pr.formal)
        if attr == "s":
            return P(pr.formal)
        if attr == "f":
            return P(pr.first)
        if attr == "i":
            return P(pr.initials)
        if attr == "pos":
            return P(_possessive(pr.first))
        if attr == "spos":
            return P(_possessive(pr.formal))
        if attr == "caps":
            return P(pr.caps)
        if attr == "low":
            return P(pr.full.lower())
        if attr == "h":
            return P(
                self.val(
                    key + ".h",
                    lambda: (
                        "@" + ascii_fold(pr.first).lower().replace(" ", "") + "_" + pr.flat[:5] + str(r.randint(1, 99))
                    ),
                )
            )
        if attr == "file":
            return P(pr.flat)
        if attr == "e":
            if key in ROLES and key not in ("ADV", "BW", "MED"):
                e = self.val(
                    key + ".e", lambda: f"{ascii_fold(pr.first[0]).lower()}.{pr.flat}@" + OFFICIAL_DOMAINS[self.city]
                )
            else:
                e = self.val(key + ".e", lambda: pr.local(r) + "@" + r.choice(PROVIDERS))
            if key == "R" and self.known:
                self.known_extra.setdefault("emails", [])
                if e not in self.known_extra["emails"]:
                    self.known_extra["emails"].append(e)
            return self.p(e, "EMAIL")
        if attr == "tel":
            t = self.val(key + ".tel", lambda: phone(r, mobile=key not in ROLES or r.random() < 0.3))
            return self.p(t, "PHONE")
        if attr == "fn":
            return self.fill(ROLES[key][1] + " " + r.choice(["van de [[gemeente]]", "", "in {CITY}"])).rstrip()
        if attr == "dobn":
            y0, y1 = (1958, 1966) if key == "OMA" else (2008, 2020) if key.startswith("K") else (1975, 1995)
            return self.p(self.val(key + ".dobn", lambda: dob_numeric(r, y0, y1)), "DATE_OF_BIRTH")
        if attr == "dobt":
            y0, y1 = (2008, 2020) if key.startswith("K") else (1975, 1995)
            return self.p(self.val(key + ".dobt", lambda: dob_text(r, y0, y1)), "DATE_OF_BIRTH")
        if attr == "dob":
            return self.render_person(key, r.choice(["dobn", "dobt"]))
        if attr == "bsn":
            return self.p(self.val(key + ".bsn", lambda: bsn(r)), "BSN")
        raise KeyError(attr)

    def street(self, n: int) -> str:
        return self.val(f"street{n}", lambda: self.r.choice(STREET_PRE) + self.r.choice(STREET_SUF))

    def addr(self, n: int) -> str:
        r = self.r
        return self.val(
            f"addr{n}",
            lambda: (
                self.street(n)
                + " "
                + str(r.randint(1, 240))
                + r.choice(["", "", "", "a", "-2", "-II", "B", " bis"[:0]])
            ),
        )

    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(2021, 2026), r.randint(0, 11), r.randint(1, 28)
        return r.choice([f"{d} {MONTHS[m]} {y}", f"{d:02d}-{m + 1:02d}-{y}", f"{d} {MONTHS[m]}"])

    def amount(self) -> str:
        r = self.r
        return r.choice(
            [
                f"€ {r.randint(2, 48)}.{r.randint(0, 9)}00",
                f"€ {r.randint(120, 990)},{r.choice(['00', '50', '25'])}",
                f"{r.randint(1, 9)}.{r.randint(100, 999)} euro",
            ]
        )

    def placeholder(self, key: str, attr: str) -> str:
        r = self.r
        if key in ("R", "P", "K1", "K2", "N", "EX", "OMA") or key in ROLES:
            return self.render_person(key, attr or "")
        if key == "ADDR":
            a = self.addr(1)
            self.p(a, "ADDRESS")
            return a
        if key in ("ADDR2", "ADDR3"):
            return self.p(self.addr(int(key[-1])), "ADDRESS")
        if key == "STREET":
            return self.p(self.street(1), "ADDRESS")
        if key == "PC":
            return self.p(self.val("pc", lambda: postcode(r)), "POSTCODE")
        if key == "PC2":
            return self.p(self.val("pc2", lambda: postcode(r)), "POSTCODE")
        if key == "CITY":
            return self.k(self.city)
        if key == "CITY2":
            return self.k(self.city2)
        if key == "TEL":
            return self.render_known_phone()
        if key == "BSN":
            return self.p(self.val("bsn", lambda: bsn(r)), "BSN")
        if key == "IBAN":
            return self.p(self.val("iban", lambda: iban(r)), "IBAN")
        if key == "PLATE":
            return self.p(self.val("plate", lambda: plate(r)), "LICENSE_PLATE")
        if key == "CASE":
            return self.p(self.val("case", lambda: case_number(r, 1)), "CASE_NUMBER")
        if key == "CASE2":
            return self.p(self.val("case2", lambda: case_number(r, 2)), "CASE_NUMBER")
        if key == "CASE3":
            return self.p(case_number(r, 3), "CASE_NUMBER")
        if key == "DATE":
            return self.k(self.date())
        if key == "AMT":
            return self.k(self.amount())
        if key == "AMT30":
            return self.k("€ 30.000")
        if key == "WD":
            return self.k(r.choice(WEEKDAYS))
        if key == "MON":
            return self.k(r.choice(MONTHS))
        if key == "YEAR":
            return str(r.randint(2015, 2025))
        if key == "TIME":
            return f"{r.randint(8, 20):02d}:{r.choice(['00', '15', '30', '45', '05', '50'])}"
        if key == "GEN_TEL":
            return self.k(self.val("gentel", lambda: f"14 0{r.randint(10, 99)}"))
        if key == "GEN_MAIL":
            return self.k(
                self.val(
                    "genmail",
                    lambda: (
                        r.choice(["herstel", "info", "brede.hulp", "hersteloperatie"])
                        + "@"
                        + OFFICIAL_DOMAINS[self.city]
                    ),
                )
            )
        raise KeyError(key)

    def render_known_phone(self) -> str:
        t = self.render_person("R", "tel")
        if self.known:
            self.known_extra.setdefault("phones", [])
            if t not in self.known_extra["phones"]:
                self.known_extra["phones"].append(t)
        return t

    def fill(self, template: str) -> str:
        def sub(m: re.Match) -> str:
            if m.group(3) is not None:
                return self.k(m.group(3))
            return self.placeholder(m.group(1), m.group(2) or "")

        return re.sub(r"\{([A-Z0-9_]+)(?:\.(\w+))?\}|\[\[(.+?)\]\]", sub, template)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s[:1].islower() else s


def build(r: random.Random, i: int, known: tuple | None) -> dict:
    d = Doc(r, known)
    frame = r.choice(DOC_NAMES)
    d.shapes.append(frame)
    tmpl = SHAPES[frame][1]

    def sentences(n: int) -> str:
        names = r.sample(SENT_NAMES, n)
        d.shapes.extend(names)
        return " ".join(_cap(d.fill(SHAPES[s][1])) for s in names)

    def lines(pool: list[str], n: int) -> str:
        names = r.sample(pool, min(n, len(pool)))
        d.shapes.extend(names)
        return "\n".join(d.fill(SHAPES[s][1]) for s in names)

    parts = {}
    if "{LINES}" in tmpl:
        pool = (
            CHAT_LINES
            if frame == "doc_chat" or frame == "doc_sms_reeks"
            else DEBT_LINES
            if frame == "doc_schuldenoverzicht"
            else FORM_LINES
        )
        parts["LINES"] = lines(pool, r.randint(2, 3) if len(pool) <= 3 else r.randint(4, 7))
    # the known-name sentence goes into the first body
    for key in ("BODY", "BODY1", "BODY2", "BODY3"):
        if "{" + key + "}" in tmpl:
            text = sentences(r.randint(2, 4) if key == "BODY" else r.randint(1, 2))
            if known and key in ("BODY", "BODY1"):
                d.shapes.append(KNOWN_SHAPES[known[1]])
                text = d.fill(SHAPES[KNOWN_SHAPES[known[1]]][1]) + " " + text
            parts[key] = text
    # fill the frame; the bodies are already filled
    out = re.sub(r"\{(BODY\d?|LINES)\}", lambda m: "\x00" + m.group(1) + "\x00", tmpl)
    out = d.fill(out)
    out = re.sub(r"\x00(BODY\d?|LINES)\x00", lambda m: parts[m.group(1)], out)
    # known document: the resident's name must appear in full at least once
    if known and d.person("R").full not in out:
        d.shapes.append("regel_dossierhouder")
        out += "\n\n" + d.fill(SHAPES["regel_dossierhouder"][1])
    out = re.sub(
        r"(^|[.?!:]\s+|\n)(mevrouw|mw\.|meneer|de heer|dhr\.)(?= )", lambda m: m.group(1) + _cap(m.group(2)), out
    )
    doc = {"id": f"fresh35a-{i:04d}", "text": out}
    if known:
        kn = {"names": [d.person("R").full]}
        kn.update(d.known_extra)
        doc["known"] = kn
    doc["pii"] = [p for p in d.pii]
    doc["keep"] = [k for k in d.keep]
    doc["_shapes"] = d.shapes
    doc["_origins"] = sorted({p.origin for p in d.people.values()})
    return doc


# ---------------------------------------------------------------------------------------------------------------
# gate


def _name_words(doc: dict) -> set[str]:
    words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s\-.,_@']+", it["text"].lower()):
                if len(w) > 1 and w not in PARTICLES:
                    words.add(w)
    return words


def gate(doc: dict) -> str | None:
    """None when ``doc`` passes the three gates of the brief, else the reason."""
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    names = _name_words(doc)
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w.lower() for w in n.split() if w.lower() not in PARTICLES}
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k.lower()):
            if len(w) <= 1 or w in PARTICLES or w not in names:
                continue
            if k == k.lower() and w in known_words:
                continue
            return f"keep {k!r} shares {w!r} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if "known" in doc and not any(k == k.lower() and k in known_words for k in doc["keep"]):
        return "known name without its ordinary use in keep"
    return None


# ---------------------------------------------------------------------------------------------------------------


def generate() -> tuple[list[dict], dict]:
    docs, redraws = [], 0
    known_list = _names.KNOWN
    for i in range(N_DOCS):
        known = known_list[(i // 4) % len(known_list)] if i % 4 == 1 else None
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc = build(r, i, known)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            assert attempt < 200, (i, gate(doc))
        docs.append(doc)
    return docs, {"redraws": redraws}


def public(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(public(d), ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, info = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh35a_texts.jsonl is up to date" if same else "fresh35a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        kinds = Counter(SHAPES[s][0] for s in used)
        origins = Counter(o for d in docs for o in d["_origins"])
        print(f"documents: {len(docs)}")
        print("pii per label: " + ", ".join(f"{lb}={labels[lb]}" for lb in LABELS) + f" (total {sum(labels.values())})")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}, used: {len(used)} "
            f"(frames {kinds['doc']}, lines {kinds['line']}, sentences {kinds['zin']}, known-name sentences {kinds['known']})"
        )
        print(f"origin groups used: {len(origins)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {info['redraws']}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
