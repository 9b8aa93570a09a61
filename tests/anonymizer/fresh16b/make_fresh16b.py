"""Blind anonymizer corpus fresh16b: finished texts for the public (knowledge-base articles, newsletters,
annual-report stories, a council information letter, interviews, lessons learned, event announcements,
narrative, captions, tables), rich in capitalised ordinary words that must be kept.

Usage: make_fresh16b.py            write fresh16b_texts.jsonl
       make_fresh16b.py --check    exit 1 if the committed file differs from what would be written
       make_fresh16b.py --stats    counts per label, shapes, known-name documents, redraws
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
import names16b as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score16b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261342
COUNT = 300
OUT = HERE / "fresh16b_texts.jsonl"
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

# ----------------------------------------------------------------------------------------------------------------
# keep vocabularies: <key> in a template draws one entry per document (<key2> a second one)
CITIES = {
    "Zwolle": ("Zwolse", "038"),
    "Deventer": ("Deventer", "0570"),
    "Amersfoort": ("Amersfoortse", "033"),
    "Leeuwarden": ("Leeuwarder", "058"),
    "Tilburg": ("Tilburgse", "013"),
    "Almere": ("Almeerse", "036"),
    "Schiedam": ("Schiedamse", "010"),
    "Helmond": ("Helmondse", "0492"),
    "Lelystad": ("Lelystadse", "0320"),
    "Enschede": ("Enschedese", "053"),
    "Dordrecht": ("Dordtse", "078"),
    "Gouda": ("Goudse", "0182"),
    "Emmen": ("Emmense", "0591"),
    "Heerlen": ("Heerlense", "045"),
    "Nijmegen": ("Nijmeegse", "024"),
    "Arnhem": ("Arnhemse", "026"),
    "Haarlem": ("Haarlemse", "023"),
    "Delft": ("Delftse", "015"),
    "Breda": ("Bredase", "076"),
    "Assen": ("Asser", "0592"),
    "Hengelo": ("Hengelose", "074"),
    "Alkmaar": ("Alkmaarse", "072"),
    "Purmerend": ("Purmerendse", "0299"),
}
VOCAB = {
    "wijk": [
        "Holtenbroek",
        "Kanaleneiland",
        "Overvecht",
        "Malburgen",
        "Presikhaaf",
        "Hoogvliet",
        "Stadshagen",
        "Kruiskamp",
        "Zuilen",
        "Bouwlust",
        "Heechterp",
        "Selwerd",
        "Wolderwijd",
        "Hatert",
        "Transvaal",
        "Schalkwijk",
        "Tanthof",
        "Doornsteeg",
        "Angelslo",
    ],
    "building": [
        "Stadskantoor",
        "Bibliotheek Oosterpoort",
        "Buurthuis Kolkzicht",
        "Wijkcentrum Ankerplaats",
        "Cultuurhuis Stroomland",
        "Sporthal Vijfeiken",
        "Stadhuis",
        "Theater Spiegelzaal",
        "Ontmoetingscentrum Pleinzicht",
        "Gemeentehuis",
        "Wijkpaviljoen Zonnehoek",
        "Muziekcentrum Maasoever",
    ],
    "org": [
        "Sociale Verzekeringsbank",
        "Belastingdienst",
        "Nationale Ombudsman",
        "Leger des Heils",
        "Rode Kruis",
        "Voedselbank",
        "Vluchtelingenwerk",
        "Raad van State",
        "Kinderombudsman",
        "Nibud",
        "Juridisch Loket",
        "Humanitas",
        "Woningcorporatie Thuisbaak",
        "Stichting Schuldmaatjes",
        "GGD",
    ],
    "prog": [
        "Maatwerkregeling",
        "Programma Wijkkracht",
        "Schuldenlab",
        "Armoedepact",
        "Meedoenregeling",
        "Aanpak Geldzorgen",
        "Buurtbudget",
        "Project Thuisbasis",
        "Regeling Kindpakket",
        "Werkplaats Afstemming",
    ],
    "law": [
        "Participatiewet",
        "Wet open overheid",
        "Algemene wet bestuursrecht",
        "Jeugdwet",
        "Omgevingswet",
        "Gemeentewet",
        "Huisvestingswet",
        "Wet kinderopvang",
        "Wet gemeentelijke schuldhulpverlening",
        "Algemene verordening gegevensbescherming",
    ],
    "dept": [
        "team Schuldhulp",
        "team Werk en Inkomen",
        "afdeling Publiekszaken",
        "team Leerplicht",
        "afdeling Belastingen",
        "team Jeugd",
        "Klantcontactcentrum",
        "team Handhaving",
        "afdeling Bezwaar en Beroep",
        "team Wonen",
        "Stadsbeheer",
        "team Parkeren",
    ],
    "func": [
        "wijkconsulent",
        "beleidsadviseur",
        "klachtencoördinator",
        "teamleider",
        "budgetcoach",
        "ombudsfunctionaris",
        "communicatieadviseur",
        "jurist",
        "leerplichtambtenaar",
        "casemanager",
    ],
    "event": [
        "Week van de Afstemming",
        "Open Dag",
        "Burendag",
        "Koningsdag",
        "Dag van de Mediation",
        "Week van het Geld",
        "Keti Koti",
        "Suikerfeest",
        "Dag van de Dialoog",
        "Nacht van de Vrijwilliger",
    ],
    "title": [
        "Schuld in Stilte",
        "Het Wachten Voorbij",
        "Geen Loket Meer",
        "Stemmen uit de Wijk",
        "De Tweede Brief",
        "Buiten de Lijntjes",
        "Wie Luistert Er",
        "Tussen Balie en Bank",
    ],
    "brand": ["WhatsApp", "DigiD", "MijnOverheid", "Instagram", "LinkedIn", "Zoom", "Excel", "Teams"],
    "weekday": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    "month": N.MONTHS,
    "loan": [
        "workshop",
        "feedback",
        "deadline",
        "follow-up",
        "flyer",
        "podcast",
        "livestream",
        "helpdesk",
        "lunch",
        "meet-up",
        "checklist",
        "coaching",
    ],
    "region": [
        "Rotterdamse",
        "Utrechtse",
        "Amsterdamse",
        "Groningse",
        "Brabantse",
        "Friese",
        "Limburgse",
        "Twentse",
        "Drentse",
        "Zeeuwse",
    ],
    "fund": ["Burgerfonds", "Stadsfonds", "Burgerfonds Samen Verder", "Wijkfonds", "Fonds Eerlijke Kans"],
}
STOP = {"van", "de", "der", "den", "het", "des", "en", "la", "wet", "er"} - {"wet"}

KNOWN = [  # (name word as in the surname, ordinary lower-case word, sentence with {w})
    ("Molenaar", "molenaar", "De enige {w} die de Korenmolen nog laat draaien, geeft op zaterdag rondleidingen."),
    ("Smit", "smit", "Een {w} uit de buurt repareerde het hek van de Pluktuin."),
    ("Koster", "koster", "De {w} van de Nicolaïkerk opende de deuren voor de inloopavond."),
    ("Kuiper", "kuiper", "Op de markt liet een {w} zien hoe een eikenhouten ton wordt gemaakt."),
    ("Schipper", "schipper", "De {w} van het pontje vervoerde gratis bezoekers naar het eiland."),
    ("Brouwer", "brouwer", "Een {w} van het lokale bier schonk de opbrengst aan de Voedselbank."),
    ("Timmerman", "timmerman", "Een vrijwillige {w} bouwde de nieuwe kast voor de Ruilbieb."),
    ("Herder", "herder", "In het park graast een kudde schapen met een {w} uit Drenthe."),
    ("Jager", "jager", "De vos werd niet door een {w} maar door de Dierenambulance gevangen."),
    ("Vos", "vos", "Achter het Wijkpaviljoen woont sinds kort een {w} met drie jongen."),
    ("Haas", "haas", "Op de poster voor Pasen staat een {w} met een mandje eieren."),
    ("Valk", "valk", "Boven het Stadskantoor broedt elk voorjaar een {w}."),
    ("Mol", "mol", "In het grasveld van de speeltuin heeft een {w} zijn gangen gegraven."),
    ("Vink", "vink", "Bij de vogeltelling werd een {w} vaker gezien dan vorig jaar."),
    ("Kraai", "kraai", "Een brutale {w} pikte het broodje van de wethouder."),
    ("Zomer", "zomer", "Deze {w} is het inloopspreekuur in de bibliotheek gesloten."),
    ("Winter", "winter", "In de {w} organiseert het Buurthuis een warme maaltijd op donderdag."),
    ("Roos", "roos", "Elke bezoeker kreeg een {w} mee als dank voor het meedenken."),
    ("Groen", "groen", "Het plein wordt {w} ingericht met bomen en bankjes."),
    ("de Wit", "wit", "De folder is {w} met blauwe letters, zodat iedereen hem herkent."),
    ("Zwart", "zwart", "Op het {w} bord bij de ingang staan de openingstijden."),
    ("de Bruin", "bruin", "De oude kast was {w} geschilderd en werd opgeknapt."),
    ("Klein", "klein", "Het team is {w} maar slagvaardig."),
    ("de Groot", "groot", "De opkomst was {w}: bijna tweehonderd mensen."),
    ("Lang", "lang", "Het wachten duurde te {w}, zeggen bewoners."),
    ("Steen", "steen", "Bij de opening werd een eerste {w} gelegd voor het nieuwe wijkhuis."),
    ("Boom", "boom", "Voor elke opgeloste zaak plant de gemeente een {w} in het park."),
    ("van den Berg", "berg", "Er lag een {w} post die niemand had geopend."),
    ("Bos", "bos", "De wandeling eindigt in het {w} achter de sporthal."),
    ("Beek", "beek", "Langs de {w} is een nieuw wandelpad aangelegd."),
    ("Hoek", "hoek", "In de {w} van de zaal staat een koffietafel."),
    ("Brink", "brink", "De markt op de {w} trekt elke week meer bezoekers."),
    ("Koning", "koning", "Op Koningsdag verkleedde een kind zich als {w}."),
    ("Prins", "prins", "In de voorstelling speelt een {w} die zijn kasteel kwijtraakt."),
    ("Ridder", "ridder", "De burgemeester sloeg een vrijwilliger tot {w} in de orde van het Buurtbudget."),
    ("Baas", "baas", "Niemand is hier de {w}; we zoeken samen naar een oplossing."),
    ("Wolf", "wolf", "In het voorleesuurtje ging het verhaal over een {w} en zeven geitjes."),
    ("Vogel", "vogel", "Op het logo van het fonds staat een {w} die een takje draagt."),
    ("Haan", "haan", "De {w} op de kerktoren is opnieuw verguld."),
    ("Kok", "kok", "Een {w} uit de wijk verzorgde het buffet."),
    ("Wever", "wever", "In het museum werkt een {w} nog op een oud weefgetouw."),
    ("Hout", "hout", "De bankjes zijn gemaakt van gerecycled {w}."),
    ("Post", "post", "De {w} werd pas na drie weken bezorgd."),
    ("Dekker", "dekker", "Een {w} herstelde het rieten dak van de kinderboerderij."),
]


# ----------------------------------------------------------------------------------------------------------------
# shapes: every document kind, line shape and sentence shape is registered here so that --stats can count them
SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind: str, name: str, body):
    SHAPES[name] = (kind, body)
    return name


def _pick(r, lst):
    return lst[r.randrange(len(lst))]


class Person:
    def __init__(self, doc, r, origin, female, role, sur=None, first=None):
        self.doc, self.r, self.origin, self.female, self.role = doc, r, origin, female, role
        m, f = N.ORIGINS[origin][0], N.ORIGINS[origin][1]
        self.first = first or _pick(r, f if female else m)
        self.sur = sur or N.surname(r, origin, female)
        self.cache = {}

    # surname standing alone: particle capitalised
    @property
    def sur_alone(self):
        return self.sur[0].upper() + self.sur[1:]

    def field(self, f):
        r = self.r
        g = self.female
        pron = {
            "zij": "zij" if g else "hij",
            "Zij": "Zij" if g else "Hij",
            "haar": "haar" if g else "zijn",
            "Haar": "Haar" if g else "Zijn",
            "mevr": "mevrouw" if g else "meneer",
            "Mevr": "Mevrouw" if g else "Meneer",
            "dhr": "mevr." if g else "dhr.",
            "Dhr": "Mevr." if g else "Dhr.",
            "moeder": "moeder" if g else "vader",
            "kind": "dochter" if g else "zoon",
            "sib": "zus" if g else "broer",
            "Buur": "Buurvrouw" if g else "Buurman",
            "buur": "buurvrouw" if g else "buurman",
        }
        if f in pron:
            return pron[f], None
        if f in self.cache:
            return self.cache[f]
        fold = N.ascii_fold
        lo_sur = re.sub(r"[^a-z]", "", fold(self.sur).lower())
        lo_first = re.sub(r"[^a-z]", "", fold(self.first).lower())
        if f == "full":
            v = (f"{self.first} {self.sur}", "PERSON")
        elif f == "first":
            v = (self.first, "PERSON")
        elif f == "sur":
            v = (self.sur_alone, "PERSON")
        elif f == "init":
            v = (f"{self.first[0]}. {self.sur}", "PERSON")
        elif f == "poss":
            p = self.first
            v = (p + ("'s" if p[-1] in "aeiouy" else "s"), "PERSON")
        elif f == "surposs":
            p = self.sur_alone
            v = (p + ("'s" if p[-1] in "aeiouy" else "s"), "PERSON")
        elif f == "UP":
            v = (f"{self.first} {self.sur}".upper(), "PERSON")
        elif f == "handle":
            v = (
                r.choice([f"{lo_first}_{lo_sur}", f"{lo_first}.{lo_sur[:5]}", f"{lo_sur}{lo_first[:1]}"])
                + str(r.randint(10, 99)),
                "PERSON",
            )
        elif f == "file":
            v = (lo_sur, "PERSON")
        elif f == "email":
            dom = _pick(
                r,
                [
                    "gmail.com",
                    "hotmail.com",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "outlook.com",
                    "live.nl",
                    "icloud.com",
                    "xs4all.nl",
                    "planet.nl",
                    "proton.me",
                ],
            )
            loc = _pick(
                r,
                [
                    f"{lo_first}.{lo_sur}",
                    f"{lo_first[0]}.{lo_sur}{r.randint(1, 99)}",
                    f"{lo_sur}.{lo_first}",
                    f"{lo_first}{lo_sur[:4]}{r.randint(50, 99)}",
                ],
            )
            v = (f"{loc}@{dom}", "EMAIL")
        elif f == "workmail":
            v = (f"{lo_first}.{lo_sur}@{self.doc.domain}", "EMAIL")
        elif f == "phone":
            d = "".join(str(r.randint(0, 9)) for _ in range(8))
            v = (
                _pick(
                    r,
                    [
                        f"06-{d}",
                        f"06 {d[:4]} {d[4:]}",
                        f"+31 6 {d[:4]} {d[4:]}",
                        f"0031 6 {d[:2]} {d[2:5]} {d[5:]}",
                        f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                        f"(06) {d}",
                    ],
                ),
                "PHONE",
            )
        elif f == "workphone":
            ac = self.doc.areacode
            d = "".join(str(r.randint(0, 9)) for _ in range(10 - len(ac)))
            v = (_pick(r, [f"({ac}) {d[:3]} {d[3:]}", f"{ac}-{d}", f"{ac} {d}"]), "PHONE")
        elif f == "street":
            v = (self.doc.street(r), "ADDRESS")
        elif f == "addr":
            st = self.field("street")[0]
            num = str(r.randint(1, 240)) + _pick(r, ["", "", "", "a", "-2", " bis", "B"])
            v = (f"{st} {num}", "ADDRESS")
        elif f == "pc":
            v = (N.postcode(r), "POSTCODE")
        elif f.startswith("dob"):
            if "_dob" not in self.cache:
                self.cache["_dob"] = (r.randint(1938, 2008), r.randint(1, 12), r.randint(1, 28))
            y, mo, da = self.cache["_dob"]
            style = f[3:] or _pick(r, ["long", "num", "slash", "iso", "dot", "short"])
            v = (
                {
                    "long": f"{da} {N.MONTHS[mo - 1]} {y}",
                    "num": f"{da:02d}-{mo:02d}-{y}",
                    "slash": f"{da}/{mo}/{y}",
                    "iso": f"{y}-{mo:02d}-{da:02d}",
                    "dot": f"{da:02d}.{mo:02d}.{y}",
                    "short": f"{da} {N.MONTHS_SHORT[mo - 1]} {y}",
                    "cap": f"{da} {N.MONTHS[mo - 1].capitalize()} {y}",
                    "year": f"{da}-{mo}-{y}",
                }[style],
                "DATE_OF_BIRTH",
            )
        elif f == "bsn":
            b = N.bsn(r)
            v = (_pick(r, [b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"]), "BSN")
        elif f == "iban":
            v = (N.iban(r), "IBAN")
        elif f == "plate":
            v = (N.plate(r), "LICENSE_PLATE")
        else:
            raise KeyError(f)
        self.cache[f] = v
        return v


class Doc:
    def __init__(self, r, idx):
        self.r, self.idx = r, idx
        self.city = _pick(r, sorted(CITIES))
        self.adj, self.areacode = CITIES[self.city]
        self.domain = self.city.lower() + ".nl"
        self.year = _pick(r, [2024, 2025, 2026])
        self.picks: dict[str, str] = {}
        self.streets_used: set[str] = set()
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.persons: dict[str, Person] = {}
        self.cases: dict[str, str] = {}
        self.shapes: list[str] = []
        self.origins: list[str] = []

    def street(self, r):
        while True:
            s = _pick(r, N.STREET_ROOTS) + _pick(r, N.STREET_SUFFIXES)
            if s not in self.streets_used:
                self.streets_used.add(s)
                return s

    def add_pii(self, text, label):
        if not any(p["text"] == text and p["label"] == label for p in self.pii):
            self.pii.append({"text": text, "label": label})

    def add_keep(self, w):
        if w not in self.keep:
            self.keep.append(w)

    def vocab(self, key):
        if key in self.picks:
            return self.picks[key]
        base = key.rstrip("23")
        if base == "city":
            v = self.city
        elif base == "adj":
            v = self.adj
        elif base == "day":
            v = str(self.r.randint(2, 28))
        elif base == "amount":
            v = _pick(self.r, ["€ 250", "€ 1.250", "€ 4.800", "€ 12.500", "€ 75", "€ 37.000", "€ 640", "€ 2.150"])
        elif base == "pct":
            v = f"{self.r.randint(11, 94)} procent"
        elif base == "num":
            v = str(self.r.randint(12, 480))
        elif base == "info":
            v = f"info@{self.domain}"
        elif base == "fourteen":
            v = f"14 {self.areacode}"
        else:
            taken = {self.picks.get(base), self.picks.get(base + "2"), self.picks.get(base + "3")}
            v = _pick(self.r, [x for x in VOCAB[base] if x not in taken])
        self.picks[key] = v
        return v


KEEP_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w'-]*")


def render(doc: Doc, template: str) -> str:
    r = doc.r

    def alt(m):
        return _pick(r, m.group(1).split("|"))

    t = re.sub(r"\{\{([^{}]*)\}\}", alt, template)

    def slot(m):
        who, f = m.group(1), m.group(2)
        if who == "CASE":
            key = f or "1"
            if key not in doc.cases:
                doc.cases[key] = N.case_number(r, doc.year)
            doc.add_pii(doc.cases[key], "CASE_NUMBER")
            return doc.cases[key]
        p = doc.persons[who]
        text, label = p.field(f)
        if label:
            doc.add_pii(text, label)
        return text

    t = re.sub(r"\{(CASE|[A-D])\.?(\w*)\}", slot, t)

    def vocab(m):
        key = m.group(1)
        v = doc.vocab(key)
        if key.rstrip("23") in ("amount", "info", "fourteen", "pct"):
            doc.add_keep(v)
        elif key.rstrip("23") not in ("day", "num"):
            for w in KEEP_TOKEN.findall(v):
                if w.lower() not in STOP and len(w) > 2:
                    doc.add_keep(w)
        return v

    t = re.sub(r"<(\w+)>", vocab, t)

    def lit(m):
        if not (m.group(1).islower() and len(m.group(1)) <= 3):
            doc.add_keep(m.group(1))
        return m.group(1)

    return re.sub(r"\[\[(.+?)\]\]", lit, t)


# ----------------------------------------------------------------------------------------------------------------
# headings and keep-rich filler (no personal data)
HEAD = [
    shape("head", "h-kb-title", "# [[Wat]] [[Te]] [[Doen]] [[Als]] [[Uw]] <prog> [[Stopt]]"),
    shape("head", "h-kb-howto", "## [[Zo]] [[Werkt]] [[Een]] [[Verzoek]] [[Tot]] [[Afstemming]] [[In]] <city>"),
    shape("head", "h-news", "# [[Nieuwsbrief]] <fund> — [[Editie]] <month> <year>".replace("<year>", "2026")),
    shape("head", "h-annual", "## [[Jaarverslag]]: [[Het]] [[Verhaal]] [[Achter]] [[De]] [[Cijfers]]"),
    shape("head", "h-lessons", "## [[Geleerde]] [[Lessen]] [[Uit]] <wijk>"),
    shape("head", "h-event", "# [[Uitnodiging]]: <event> [[In]] <building>"),
    shape("head", "h-story", "### [[Hoofdstuk]] [[Drie]] — [[De]] [[Brief]] [[Die]] [[Nooit]] [[Kwam]]"),
    shape("head", "h-faq", "## [[Veelgestelde]] [[Vragen]] [[Over]] [[De]] <law>"),
]
FILL = [
    shape(
        "fill",
        "f-fund-intro",
        "[[Het]] <fund> [[betaalt]] [[sinds]] <month> [[voor]] [[onafhankelijke]] [[bemiddeling]] [[in]] <city>.",
    ),
    shape(
        "fill",
        "f-law",
        "[[Volgens]] [[de]] <law> [[moet]] [[de]] [[gemeente]] [[binnen]] [[acht]] [[weken]] [[beslissen]].",
    ),
    shape(
        "fill",
        "f-org",
        "[[Samen]] [[met]] [[het]] <org> [[en]] [[de]] <org2> [[zoekt]] [[het]] [[team]] [[naar]] [[maatwerk]].",
    ),
    shape("fill", "f-building", "[[Elke]] <weekday> [[is]] [[er]] [[een]] [[inloopspreekuur]] [[in]] <building>."),
    shape(
        "fill",
        "f-figures",
        "[[In]] <month> [[kwamen]] <num> [[verzoeken]] [[binnen]]; <pct> [[werd]] [[opgelost]] [[zonder]] [[klacht]].",
    ),
    shape(
        "fill",
        "f-amount",
        "[[Het]] [[budget]] [[voor]] [[dit]] [[jaar]] [[is]] <amount>, [[betaald]] [[uit]] [[het]] <fund>.",
    ),
    shape("fill", "f-adj", "[[De]] <adj> [[aanpak]] [[trekt]] [[ook]] <region> [[gemeenten]] [[aan]]."),
    shape(
        "fill", "f-brand", "[[Aanmelden]] [[kan]] [[via]] <brand> [[of]] [[met]] [[een]] [[papieren]] [[formulier]]."
    ),
    shape("fill", "f-loan", "[[Na]] [[afloop]] [[volgt]] [[een]] <loan> [[met]] [[koffie]] [[en]] [[een]] <loan2>."),
    shape("fill", "f-title", "[[Het]] [[rapport]] '<title>' [[beschrijft]] [[waarom]] [[bewoners]] [[afhaken]]."),
    shape("fill", "f-film", '[[Op]] <weekday> [[draait]] [[de]] [[documentaire]] "<title2>" [[in]] <building2>.'),
    shape("fill", "f-contact", "[[Vragen]]? [[Bel]] <fourteen> [[of]] [[mail]] [[naar]] <info>."),
    shape(
        "fill",
        "f-lol",
        "[[Luisteren]], [[Oplossen]], [[Leren]]: [[dat]] [[blijft]] [[de]] [[kern]] [[van]] [[het]] <prog>.",
    ),
    shape(
        "fill",
        "f-ombuds",
        "[[De]] [[vijf]] [[regels]] [[van]] [[de]] [[Nationale]] [[Ombudsman]] [[zijn]] [[het]] [[uitgangspunt]].",
    ),
    shape("fill", "f-dept", "[[Medewerkers]] [[van]] [[het]] <dept> [[schoven]] [[aan]] [[bij]] [[de]] <loan>."),
    shape("fill", "f-event", "[[Tijdens]] [[de]] <event> [[staan]] [[de]] [[deuren]] [[van]] <building> [[open]]."),
    shape(
        "fill",
        "f-wijk",
        "[[In]] <wijk> [[en]] <wijk2> [[lopen]] [[de]] [[meeste]] [[verzoeken]] [[over]] [[parkeren]] [[en]] "
        "[[afval]].",
    ),
    shape(
        "fill",
        "f-council",
        "[[De]] [[gemeenteraad]] [[ontvangt]] [[elk]] [[kwartaal]] [[een]] [[overzicht]] [[zonder]] [[namen]].",
    ),
    shape(
        "fill",
        "f-quote-word",
        "[[Bewoners]] [[noemen]] [[het]] [[spreekuur]] [['de]] [[Keukentafel']], [[naar]] [[de]] [[tafel]] [[in]] "
        "<building>.",
    ),
    shape(
        "fill",
        "f-commons",
        "[[Alle]] [[opgeloste]] [[zaken]] [[komen]] [[geanonimiseerd]] [[in]] [[de]] [[openbare]] [[kennisbank]].",
    ),
]


def known_fill(doc, w, sentence):
    doc.add_keep(w)
    return render(doc, sentence.replace("{w}", w))


# ----------------------------------------------------------------------------------------------------------------
# lines with personal data, per document kind (A resident, B relative or neighbour, C official, D mediator/quoted)
PROSE = [
    shape(
        "pii",
        "p-waited",
        "{A.full} [[woont]] [[al]] [[twintig]] [[jaar]] [[in]] <wijk>. [[In]] <month> [[kreeg]] {A.zij} [[een]] "
        "[[brief]] [[met]] [[kenmerk]] {CASE} [[over]] [[een]] [[terugvordering]].",
    ),
    shape(
        "pii",
        "p-quote-first",
        '"[[We]] [[wisten]] [[niet]] [[meer]] [[waar]] [[we]] [[moesten]] [[beginnen]]," [[zegt]] {A.first}. {A.Zij} '
        "[[zocht]] [[hulp]] [[bij]] [[het]] <org>.",
    ),
    shape(
        "pii",
        "p-official-func",
        "<Func> {C.full} [[van]] [[het]] <dept> [[belde]] [[dezelfde]] <weekday> [[nog]] [[terug]].",
    ),
    shape(
        "pii", "p-family", "{A.Mevr} {A.sur} [[en]] {A.haar} {B.sib} {B.full} [[kwamen]] [[samen]] [[naar]] <building>."
    ),
    shape(
        "pii",
        "p-address-pc",
        "[[Het]] [[gesprek]] [[vond]] [[thuis]] [[plaats]], [[aan]] [[de]] {A.addr}, {A.pc} <city>.",
    ),
    shape(
        "pii",
        "p-dob-geboren",
        "{A.full}, [[geboren]] [[op]] {A.doblong} [[in]] "
        "[[{{Paramaribo|Willemstad|Rabat|Ankara|Asmara|Leeuwarden|Surabaya|Krakau|Aleppo|Accra}}]], [[kwam]] [[in]] "
        "<month> [[naar]] [[het]] [[spreekuur]].",
    ),
    shape("pii", "p-dob-bare", "[[Aanvrager]]: {A.init} ({A.dobnum}), [[woonachtig]] [[in]] <wijk>."),
    shape(
        "pii",
        "p-plate",
        "[[De]] [[bestelbus]] [[van]] {A.first} ([[kenteken]] {A.plate}) [[kreeg]] [[drie]] [[naheffingen]] [[op]] "
        "[[rij]].",
    ),
    shape("pii", "p-iban-gift", "[[De]] [[bijdrage]] [[van]] <amount> [[ging]] [[naar]] {A.iban} [[t.n.v.]] {A.init}."),
    shape(
        "pii",
        "p-bsn-lesson",
        "[[In]] [[de]] [[onderwerpregel]] [[stond]] [[gewoon]] [[het]] [[BSN]] [[van]] {A.sur}: {A.bsn}.",
    ),
    shape(
        "pii",
        "p-handle",
        "[[Op]] [[Instagram]] [[deelt]] {A.first} (@{A.handle}) [[foto's]] [[van]] [[het]] [[opgeknapte]] [[plein]].",
    ),
    shape("pii", "p-file", "[[Bijlage]]: [[bezwaar]]-{A.file}-<month>.pdf ([[ingediend]] [[bij]] [[de]] <dept>)."),
    shape(
        "pii",
        "p-mediator",
        "[[Bemiddelaar]] {D.full} [[nam]] [[de]] [[zaak]] [[op]] <weekday> <day> <month> [[in]] [[behandeling]].",
    ),
    shape(
        "pii",
        "p-neighbour",
        "{B.Buur} {B.first} [[hielp]] [[met]] [[het]] [[invullen]] [[van]] [[het]] [[formulier]] [[van]] [[de]] <law>.",
    ),
    shape(
        "pii",
        "p-sur-later",
        "[[Later]] [[vertelde]] {A.sur} [[dat]] [[het]] [[eerste]] [[gesprek]] [[het]] [[verschil]] [[maakte]].",
    ),
    shape("pii", "p-contact-res", "{A.Zij} [[is]] [[bereikbaar]] [[op]] {A.phone} [[en]] [[via]] {A.email}."),
    shape("pii", "p-workmail", "[[Meer]] [[weten]]? [[Mail]] {C.workmail} [[of]] [[bel]] {C.workphone}."),
    shape("pii", "p-possessive", "{A.poss} [[grootste]] [[zorg]] [[was]] [[de]] [[brief]] [[van]] [[de]] <org>."),
    shape("pii", "p-initial-official", "[[Namens]] [[de]] [[gemeente]] [[tekende]] {C.init}, <func>."),
    shape(
        "pii",
        "p-street-alone",
        "[[Op]] [[de]] {A.street} [[staan]] [[sinds]] <month> [[geen]] [[lantaarnpalen]] [[meer]].",
    ),
    shape("pii", "p-dob-iso", "[[Geboortedatum]] [[van]] [[de]] [[aanvrager]]: {A.dobiso}."),
    shape(
        "pii", "p-dob-star", "{A.full} (* {A.dobshort}) [[overleed]] [[voordat]] [[de]] [[zaak]] [[was]] [[afgerond]]."
    ),
    shape("pii", "p-surposs", "[[Het]] [[dossier]] [[van]] [[de]] [[familie]] {A.sur} [[telde]] <num> [[pagina's]]."),
]
INTERVIEW = [
    shape("pii", "q-intro", "**[[Vraag]]:** {A.first}, [[hoe]] [[kwam]] [[je]] [[bij]] [[het]] <prog> [[terecht]]?"),
    shape(
        "pii",
        "q-answer",
        "**{A.first}:** [[Via]] [[mijn]] {B.buur} {B.first}. [[Die]] [[had]] [[een]] <flyer> [[gezien]] [[in]] "
        "<building>.",
    ),
    shape(
        "pii",
        "q-answer-official",
        "**{C.full} (<func>):** [[Wij]] [[hadden]] [[het]] [[dossier]] {CASE} [[al]] [[gesloten]]. [[Dat]] [[was]] "
        "[[een]] [[fout]].",
    ),
    shape("pii", "q-follow", "**[[Vraag]]:** [[Wat]] [[zou]] [[je]] [[tegen]] {C.sur} [[willen]] [[zeggen]]?"),
    shape(
        "pii",
        "q-answer-quote",
        "**{A.first}:** '[[Dank]] [[je]]. [[Echt]].' [[En]] [[tegen]] <org>: '[[Bel]] [[gewoon]] [[terug]].'",
    ),
]
TABLE = [
    shape("pii", "t-header", "| [[Maand]] | [[Wijk]] | [[Bewoner]] | [[Bedrag]] |\n|---|---|---|---|"),
    shape("pii", "t-row-init", "| <month> | <wijk> | {A.init} | <amount> |"),
    shape("pii", "t-row-case", "| <month2> | <wijk2> | {CASE} ({B.first}) | <amount2> |"),
    shape("pii", "t-total", "| [[Totaal]] | | | <amount3> |"),
]
CAPTION = [
    shape("pii", "c-photo", "*[[Foto]]: {A.full} [[voor]] <building>, <month> 2026.*"),
    shape("pii", "c-credit", "*([[Beeld]]: {D.full} [[voor]] [[het]] <fund>)*"),
    shape("pii", "c-caps", "**{A.UP}** — [[Winnaar]] [[van]] [[de]] [[Vrijwilligersprijs]] <event>"),
    shape("pii", "c-group", "*[[Van]] [[links]] [[naar]] [[rechts]]: {A.first}, {B.first} [[en]] <func> {C.full}.*"),
]
RIB = [
    shape(
        "pii",
        "r-head",
        "**[[Raadsinformatiebrief]]**\n[[Onderwerp]]: [[Afhandeling]] [[verzoek]] [[tot]] [[afstemming]] "
        "<wijk>\n[[Kenmerk]]: {CASE}",
    ),
    shape("pii", "r-portfolio", "[[Portefeuillehouder]]: [[wethouder]] {C.full}"),
    shape(
        "pii",
        "r-body",
        "[[Geachte]] [[raadsleden]], [[op]] <day> <month> [[diende]] {A.init} [[een]] [[verzoek]] [[in]] [[over]] "
        "[[de]] <prog>.",
    ),
    shape("pii", "r-contact", "[[Contactpersoon]]: {D.full}, <func>, {D.workphone}"),
]
LESSON = [
    shape(
        "pii",
        "l-item-call",
        "1. **[[Bel]] [[eerst]].** [[Toen]] {D.first} {A.sur} [[opbelde]], [[was]] [[het]] [[misverstand]] "
        "[[binnen]] [[tien]] [[minuten]] [[weg]].",
    ),
    shape(
        "pii",
        "l-item-bsn",
        "2. **[[Geen]] [[nummers]] [[in]] [[mails]].** [[Het]] [[BSN]] {A.bsn} [[stond]] [[in]] [[de]] "
        "[[onderwerpregel]].",
    ),
    shape(
        "pii",
        "l-item-address",
        "3. **[[Controleer]] [[het]] [[adres]].** [[De]] [[brief]] [[ging]] [[naar]] {A.addr} [[in]] [[plaats]] "
        "[[van]] {B.addr}.",
    ),
    shape(
        "pii",
        "l-item-deadline",
        "4. **[[Noem]] [[een]] [[datum]].** <Func> {C.full} [[beloofde]] [[antwoord]] [[voor]] <weekday> <day> "
        "<month>.",
    ),
]
EVENT = [
    shape("pii", "e-when", "**[[Wanneer]]:** <weekday> <day> <month>, 19.30 [[uur]]\n**[[Waar]]:** <building>, <city>"),
    shape("pii", "e-signup", "**[[Aanmelden]]:** [[bij]] {C.full} [[via]] {C.workmail}"),
    shape(
        "pii", "e-speaker", "**[[Spreker]]:** {A.full} [[vertelt]] [[over]] {A.haar} [[ervaring]] [[met]] [[de]] <law>."
    ),
    shape("pii", "e-host", "**[[Gastheer]]:** {D.first} [[van]] [[het]] <dept>"),
]
NARR = [
    shape(
        "pii",
        "n-open",
        "[[Het]] [[regende]] [[die]] <weekday>. {A.full} [[stond]] [[voor]] [[de]] [[balie]] [[van]] [[het]] "
        "<building> [[met]] [[een]] [[map]] [[vol]] [[brieven]].",
    ),
    shape(
        "pii",
        "n-dialogue",
        "'[[Ik]] [[wil]] [[alleen]] [[weten]] [[waarom]],' [[zei]] {A.sur}. <Func> {C.first} [[knikte]].",
    ),
    shape("pii", "n-child", "{A.Haar} {B.kind} {B.first} {A.sur.x}[[wachtte]] [[buiten]] [[op]] [[een]] [[bankje]]."),
    shape(
        "pii",
        "n-close",
        "[[Drie]] [[weken]] [[later]] [[lag]] [[er]] [[een]] [[nieuwe]] [[beschikking]] [[op]] [[de]] [[mat]].",
    ),
]
KINDS = {
    shape("kind", "k-kb-article", None): ("h-kb-title", PROSE, 3),
    shape("kind", "k-kb-faq", None): ("h-faq", PROSE, 2),
    shape("kind", "k-newsletter", None): ("h-news", PROSE, 3),
    shape("kind", "k-annual-story", None): ("h-annual", PROSE + TABLE[1:3], 3),
    shape("kind", "k-council-letter", None): ("h-kb-howto", RIB, 3),
    shape("kind", "k-interview", None): ("h-kb-howto", INTERVIEW, 4),
    shape("kind", "k-lessons", None): ("h-lessons", LESSON, 3),
    shape("kind", "k-event", None): ("h-event", EVENT, 3),
    shape("kind", "k-narrative", None): ("h-story", NARR, 3),
    shape("kind", "k-captions", None): ("h-annual", CAPTION, 3),
    shape("kind", "k-table", None): ("h-annual", TABLE, 4),
}
ORDERED = {"k-council-letter", "k-interview", "k-lessons", "k-event", "k-narrative", "k-table"}


def make_persons(doc: Doc, r, known):
    origins = sorted(N.ORIGINS)
    oa = _pick(r, origins)
    fa = r.random() < 0.5
    if known:
        word_sur, w, sentence = known
        a = Person(doc, r, oa, fa, "resident", sur=word_sur)
    else:
        a = Person(doc, r, oa, fa, "resident")
    rel = r.random() < 0.5
    b = (
        Person(doc, r, oa, r.random() < 0.5, "relative", sur=a.sur)
        if rel
        else Person(doc, r, _pick(r, origins), r.random() < 0.5, "neighbour")
    )
    c = Person(doc, r, _pick(r, origins), r.random() < 0.5, "official")
    d = Person(doc, r, _pick(r, origins), r.random() < 0.5, "mediator")
    doc.persons = {"A": a, "B": b, "C": c, "D": d}
    for p in (a, b, c, d):
        if p.first == a.first and p is not a:
            p.first = _pick(r, [x for x in N.ORIGINS[p.origin][1 if p.female else 0] if x != a.first])


def build(i: int, r: random.Random) -> dict:
    doc = Doc(r, i)
    known = KNOWN[(i // 4) % len(KNOWN)] if i % 4 == 1 else None
    make_persons(doc, r, known)
    kind = _pick(r, sorted(KINDS))
    head, pool, n = KINDS[kind]
    doc.shapes.append(kind)
    lines = []
    if r.random() < 0.4:
        head = _pick(r, HEAD)
    doc.shapes.append(head)
    lines.append(render(doc, SHAPES[head][1]))
    fills = r.sample(FILL, 4)
    lines.append(" ".join(render(doc, SHAPES[f][1]) for f in fills[:2]))
    doc.shapes += fills[:2]
    if kind in ORDERED:
        chosen = pool[:n] if kind != "k-table" else pool
        if kind not in ("k-table",) and len(pool) > n:
            chosen = sorted(r.sample(pool, n), key=pool.index)
    else:
        chosen = r.sample(pool, min(n + r.randint(0, 1), len(pool)))
    body = []
    for s in chosen:
        t = SHAPES[s][1].replace("{A.sur.x}", "")
        # capitalised function at the start of a line
        t = t.replace("<Func>", "[[" + doc.vocab("func").capitalize() + "]]")
        if "<flyer>" in t:
            t = t.replace("<flyer>", "[[flyer]]")
        body.append(render(doc, t))
        doc.shapes.append(s)
    sep = "\n" if kind in ("k-table", "k-captions", "k-council-letter", "k-interview", "k-lessons", "k-event") else " "
    lines.append(sep.join(body))
    if known:
        lines.append(known_fill(doc, known[1], known[2]))
        doc.shapes.append("x-known-ordinary")
    lines.append(" ".join(render(doc, SHAPES[f][1]) for f in fills[2:]))
    doc.shapes += fills[2:]
    text = "\n\n".join(lines)
    used = [k for k in "ABCD" if any(doc.persons[k].field(f)[0] in text for f in ("first",))]
    d = {"id": f"fresh16b-{i:04d}", "text": text, "pii": doc.pii, "keep": doc.keep}
    if known:
        a = doc.persons["A"]
        kn = {"names": [f"{a.first} {a.sur}"]}
        for f, key in (("email", "emails"), ("phone", "phones")):
            if f in a.cache:
                kn[key] = [a.cache[f][0]]
        d["known"] = kn
        if kn["names"][0] not in text:  # the full name must be written somewhere
            lines.insert(-1, render(doc, SHAPES["x-known-thanks"][1]))
            doc.shapes.append("x-known-thanks")
            d["text"] = text = "\n\n".join(lines)
    d["_shapes"] = doc.shapes
    d["_origins"] = [doc.persons[k].origin for k in used]
    return d


SHAPES["x-known-ordinary"] = ("fill", None)
shape("pii", "x-known-thanks", "*[[Met]] [[dank]] [[aan]] {A.full} [[voor]] [[het]] [[openhartige]] [[verhaal]].*")


def _words(s):
    return {w for w in re.findall(r"\w+", s.lower()) if w not in N.PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for p in doc["pii"]:
        if p["label"] not in LABELS:
            return f"label {p['label']}"
        if p["label"] == "BSN" and not N.bsn_ok(p["text"]):
            return f"bsn {p['text']}"
        if p["label"] == "IBAN" and not N.iban_ok(p["text"]):
            return f"iban {p['text']}"
    name_words = set()
    for p in doc["pii"]:
        if p["label"] == "PERSON":
            name_words |= _words(p["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if len(doc["keep"]) < 12:
        return f"only {len(doc['keep'])} keep words"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(COUNT):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            d = build(i, r)
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"{i}: {gate(d)}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(d)
    return docs, redraws


def serialise(docs):
    out = []
    for d in docs:
        o = {k: v for k, v in d.items() if not k.startswith("_")}
        o = {
            "id": o["id"],
            "text": o["text"],
            "pii": o["pii"],
            "keep": o["keep"],
            **({"known": o["known"]} if "known" in o else {}),
        }
        out.append(json.dumps(o, ensure_ascii=False) + "\n")
    return "".join(out)


def main(argv):
    docs, redraws = generate()
    data = serialise(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh16b_texts.jsonl is up to date" if same else "fresh16b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        origins = Counter(o for d in docs for o in d["_origins"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(
            f"  pii items total {sum(labels.values())}; keep words total {sum(len(d['keep']) for d in docs)}"
            f" (min {min(len(d['keep']) for d in docs)} per document)"
        )
        by_kind = ", ".join(
            f"{k}: {sum(1 for s in used if SHAPES[s][0] == k)}" for k in ("kind", "head", "fill", "pii")
        )
        print(f"shapes: {len(used)} used of {len(SHAPES)} registered ({by_kind})")
        print(f"origin groups among named people: {len(origins)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        bad = [d["id"] for d in docs if gate(d)]
        print(f"documents failing gate(): {len(bad)}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
