"""Generate ``fresh14d_texts.jsonl``: residents' informal messages (chats, SMS, web forms, voice transcripts, DMs).

Written blind by helper B4 (round twelve). Standard library only. Every document passes ``gate()``; a failing
document is redrawn from its own seeded stream.

    python tests/anonymizer/fresh14d/make_fresh14d.py          # write the corpus
    python tests/anonymizer/fresh14d/make_fresh14d.py --check  # exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261224
N_DOCS = 300
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh14d_texts.jsonl"
SCORE = HERE.parent / "corpora" / "score.py"
LABELS = {
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
}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh14d_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------------------------------------------------
# Names: origin-typical parts, composed so that most surnames are on no list.
# origin: (first names, surname prefixes, surname suffixes, fixed surnames)
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "nederlands": (
        [
            "Wouter",
            "Jorieke",
            "Berend",
            "Hiltje",
            "Doortje",
            "Teun",
            "Gijsbert",
            "Mariska",
            "Rikkert",
            "Ties",
            "Annelot",
        ],
        ["Hoog", "Vlier", "Bree", "Wilg", "Ekel", "Haver", "Elzen", "Linthorst", "Zeven", "Ravens"],
        ["kamp", "horst", "huis", "broek", "ink", "boom", "hoven", "wijk", "loo", "hage"],
        ["van Dalsem", "van Ommeren", "ten Haaf", "van 't Wout", "ter Borgh", "van der Sluijs", "de Kleuver"],
    ),
    "fries": (
        ["Sytske", "Wietse", "Jelmer", "Hylkje", "Tsjalling", "Aukje", "Durk", "Sjoerdtje", "Gerbrich"],
        ["Tiem", "Sip", "Wyn", "Eel", "Hoek", "Jelt", "Rinz", "Oed", "Pop"],
        ["stra", "sma", "inga", "enga", "ema", "da"],
        ["Hettinga", "de Boerstra"],
    ),
    "vlaams": (
        ["Wannes", "Lieselotte", "Bavo", "Lieven", "Nele", "Griet", "Jens", "Ilona"],
        ["Vande", "Verhae", "Vanden", "De Meul", "Ver"],
        ["velde", "ghe", "putte", "berghe", "emeester", "straeten"],
        ["De Clercq", "Van Acker", "De Smedt"],
    ),
    "marokkaans": (
        ["Soufiane", "Ikram", "Nouhaila", "Bilal", "Hafsa", "Zakaria", "Oumaima", "Hamza", "Siham", "Anouar", "Loubna"],
        ["Bou", "Ben", "Ait ", "El ", "Ou"],
        ["tahar", "zerfi", "kabbour", "hammou", "lahcen", "rhazi", "azzouz", "Ouahabi", "Haddouchi", "Kharbouchi"],
        ["el Amrani", "Ait Taleb"],
    ),
    "turks": (
        ["Berkay", "Tuğba", "Ebru", "Serkan", "Gülsüm", "Onur", "Zeynep", "Emirhan", "Hatice", "Oğuz", "Melike"],
        ["Kara", "Ak", "Yıldır", "Öz", "Gök", "Kılıç", "Taş", "Er", "Bay", "Uç"],
        ["oğlu", "tekin", "dağ", "soy", "can", "türk", "baş", "han", "koç", "kaya"],
        [],
    ),
    "koerdisch": (
        ["Rojda", "Berfin", "Dilan", "Zana", "Serhat", "Hêvî", "Rêzan"],
        ["Bar", "Roj", "Zin", "Dil", "Zaxo"],
        ["zani", "avî", "anî", "oyî"],
        [],
    ),
    "hindoestaans": (
        ["Ravish", "Anjali", "Sunil", "Kavita", "Roshni", "Vishnu", "Chandrika", "Dinesh", "Shanti", "Reshma"],
        ["Ram", "Jhin", "Sew", "Bal", "Mahab", "Pers", "Kal", "Bhag"],
        ["kisoen", "dajal", "nath", "bhagan", "sing", "lall", "arie", "wandin"],
        [],
    ),
    "creools": (
        ["Marciano", "Gwendolyn", "Rayonne", "Jermaine", "Shirley", "Romeo", "Angelique", "Ruthmila"],
        ["Zee", "Rit", "Sabaj", "Ree", "Wijnga", "Kor"],
        ["fuik", "feld", "o", "dam", "arde", "stam"],
        ["Vreden", "Eduards"],
    ),
    "antilliaans": (
        ["Jurwensley", "Shurelly", "Giovanni", "Rubiela", "Djamila", "Jeandro", "Sharlaine"],
        ["Cel", "Gir", "Mer", "Rom", "Hel", "Anto"],
        ["estina", "igoria", "cera", "ero", "derina", "nia"],
        [],
    ),
    "moluks": (
        ["Nona", "Ferry", "Jopie", "Octavianus", "Wempi", "Corry"],
        ["Ria", "Noya", "Sah", "Pattipei", "Mano"],
        ["kotta", "rlessy", "huwae", "ttiwael", "puttirane"],
        [],
    ),
    "indonesisch": (
        ["Wulan", "Bayu", "Putri", "Adi", "Dewi", "Budi", "Sekar"],
        ["Wira", "Sura", "Hadi", "Praw", "Sastro"],
        ["dinata", "wijaya", "kusuma", "negoro", "atmaja"],
        [],
    ),
    "chinees": (
        ["Xiaoling", "Wenjie", "Meiyu", "Jiahao", "Ruolan", "Kwok Wai"],
        [],
        [],
        ["Zhou", "Huang", "Xu", "Zheng", "Tang", "Tsang", "Kwan"],
    ),
    "vietnamees": (
        ["Thi Huong", "Minh Tuan", "Quoc Bao", "Thanh Hai", "Ngoc Anh"],
        [],
        [],
        ["Pham", "Tran", "Vo", "Dang", "Bui", "Truong"],
    ),
    "pools": (
        ["Agnieszka", "Krzysztof", "Grzegorz", "Justyna", "Bartosz", "Ewelina", "Łukasz", "Zofia"],
        ["Wierzb", "Kacz", "Grab", "Sikor", "Dąbr", "Pietr", "Zawad", "Szym", "Kołacz"],
        ["owski", "owska", "ewicz", "czyk", "iak", "ek"],
        [],
    ),
    "roemeens": (
        ["Ionuț", "Mădălina", "Florin", "Andreea", "Cătălin", "Roxana"],
        ["Pop", "Stan", "Dumitr", "Ciobr", "Vlăd", "Mănăst"],
        ["escu", "eanu", "ache", "oiu"],
        [],
    ),
    "bulgaars": (
        ["Stoyan", "Radostina", "Yordan", "Desislava", "Hristo"],
        ["Petk", "Dimitr", "Kostadin", "Zhel", "Stoil"],
        ["ov", "ova", "chev", "cheva"],
        [],
    ),
    "oekraiens": (
        ["Oleksandr", "Yuliia", "Bohdan", "Viktoriia", "Mykola", "Solomiia"],
        ["Bondar", "Tkach", "Kravch", "Hrytsen", "Melnych", "Lysen"],
        ["enko", "uk", "yshyn", "ko"],
        [],
    ),
    "syrisch": (
        ["Rami", "Lujain", "Ghaith", "Majd", "Qusai", "Tasneem", "Bayan"],
        ["Al-", "Al "],
        ["Hamwi", "Idlibi", "Shami", "Dairi", "Zoubi", "Rifai"],
        ["Kanaan"],
    ),
    "eritrees": (
        ["Senait", "Tesfalem", "Mebrahtu", "Rahwa", "Kidane", "Selam", "Ariam"],
        ["Gebre", "Habte", "Tekle", "Wolde", "Berhane"],
        ["mariam", "michael", "haimanot", "giorgis", "selassie"],
        [],
    ),
    "somalisch": (
        ["Hodan", "Abdirahman", "Faadumo", "Ayaan", "Mahad", "Sagal"],
        [],
        [],
        ["Warsame", "Jama", "Hirsi", "Abdulle", "Guled"],
    ),
    "afghaans": (
        ["Zarmina", "Farid", "Mursal", "Habibullah", "Parwana", "Wahid"],
        ["Ahmad", "Nazar", "Safi", "Popal", "Stanek"],
        ["zai", "yar", "khil"],
        [],
    ),
    "iraans": (
        ["Shirin", "Babak", "Mahsa", "Kourosh", "Parisa", "Arash"],
        ["Moham", "Hoss", "Tehr", "Kaz", "Sadegh", "Ghas"],
        ["madi", "eini", "ani", "pour", "zadeh"],
        [],
    ),
    "ghanees": (
        ["Kwabena", "Akosua", "Yaw", "Efua", "Kofi", "Abena"],
        ["Ofori-", "Owusu-", "Asante-"],
        ["Atta", "Ansah", "Darko", "Boakye"],
        ["Agyeman"],
    ),
    "nigeriaans": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo"],
        ["Okon", "Ade", "Obi", "Olu", "Eze"],
        ["kwo", "yemi", "nna", "wale", "ogu", "femi"],
        [],
    ),
    "kaapverdisch": (
        ["Djenifer", "Elton", "Nilda", "Adilson", "Edmilsa"],
        [],
        [],
        ["Tavares", "Semedo", "Fortes", "Gomes da Veiga", "dos Reis"],
    ),
    "portugees": (
        ["João", "Letícia", "Thiago", "Graça", "Rafaela"],
        ["Figuei", "Magal", "Conce"],
        ["redo", "hães", "ição"],
        ["Rodrigues da Costa"],
    ),
    "spaans": (
        ["Íñigo", "Lucía", "Begoña", "Álvaro", "Maite"],
        ["Etxe", "Arév", "Goiko"],
        ["berria", "alo", "etxea"],
        ["de la Fuente", "Sánchez-Ortuño"],
    ),
    "italiaans": (
        ["Giuseppina", "Salvatore", "Chiara", "Lorenzo", "Rosaria"],
        ["Russ", "Bell", "Ferr", "Espos", "Cald"],
        ["ello", "ucci", "etti", "ito", "arone"],
        ["Di Stefano"],
    ),
    "duits": (
        ["Jürgen", "Anneliese", "Dörte", "Torsten", "Friederike"],
        ["Kling", "Hübn", "Lehm", "Brück", "Wester"],
        ["mann", "er", "hagen", "bauer"],
        [],
    ),
    "grieks": (
        ["Eleni", "Stavros", "Dimitra", "Panagiotis"],
        ["Papa", "Kosta", "Hatzi", "Giann"],
        ["dopoulos", "dakis", "lakis", "georgiou"],
        [],
    ),
    "indiaas": (
        ["Aditi", "Karthik", "Sneha", "Venkatesh", "Ishaan"],
        ["Ragh", "Subr", "Venkat", "Krish"],
        ["unathan", "amaniam", "araman", "aswamy"],
        ["Deshpande"],
    ),
    "filipijns": (
        ["Maricel", "Jhun", "Rowena", "Aljon"],
        ["Maca", "Villa", "Bau"],
        ["raeg", "nueva", "tista"],
        ["Dela Cruz"],
    ),
    "hongaars": (
        ["Zsófia", "Bence", "Réka", "Levente"],
        [],
        [],
        ["Szabó", "Tóth", "Nagy-Balogh", "Fekete"],
    ),
    "tamil": (
        ["Thulasi", "Kajan", "Nirosha", "Sutharsan"],
        ["Siva", "Jeya", "Theva"],
        ["kumar", "ratnam", "rajah"],
        [],
    ),
    "bosnisch": (
        ["Amra", "Dženan", "Mirela", "Nenad", "Jasmina"],
        ["Hodž", "Mujan", "Beg", "Softi"],
        ["ić", "ović", "anović"],
        [],
    ),
    "egyptisch": (
        ["Bishoy", "Marina", "Mina", "Nermeen"],
        [],
        [],
        ["Girgis", "Boutros", "Fahmy"],
    ),
}

# Residents whose name holds a Dutch word, with an ordinary use of that word (lower case, in keep).
KNOWN_WORDS = [
    ("sur", "Ketel", "ketel", "de [[ketel]] is alweer kapot en de verhuurder komt niet"),
    ("sur", "Hek", "hek", "het [[hek]] van het speelveldje hangt scheef en de kinderen rennen zo de weg op"),
    ("sur", "Poort", "poort", "iemand heeft de [[poort]] achter de garageboxen opengebroken"),
    ("sur", "Slot", "slot", "het [[slot]] van de fietsenstalling is nu al twee keer vernield"),
    ("sur", "Brug", "brug", "de [[brug]] bij de school is al weken dicht voor fietsers"),
    ("sur", "Beek", "beek", "de [[beek]] achter de tuinen stinkt vreselijk sinds de zomer"),
    ("sur", "Schuur", "schuur", "in onze [[schuur]] staat het water tot je enkels"),
    ("sur", "Vos", "vos", "er loopt elke nacht een [[vos]] door de achtertuinen"),
    ("sur", "Haas", "haas", "mijn kleinzoon vond een dode [[haas]] op het grasveld"),
    ("sur", "Kraai", "kraai", "een [[kraai]] trekt elke ochtend de vuilniszakken open"),
    ("sur", "Valk", "valk", "volgens de buurman broedt er een [[valk]] op de flat"),
    ("sur", "Vink", "vink", "we hadden een [[vink]] in de voertuin en nu is de heg weg"),
    ("sur", "Spijker", "spijker", "ik reed op een [[spijker]] van de bouwplaats en mijn band is lek"),
    ("sur", "Hamer", "hamer", "de buren slaan tot middernacht met een [[hamer]] op de muur"),
    ("sur", "Timmerman", "timmerman", "de [[timmerman]] van de woningbouw is nooit geweest"),
    ("sur", "Slager", "slager", "de [[slager]] op de hoek zet zijn afval op de stoep"),
    ("sur", "Schipper", "schipper", "de [[schipper]] van die woonboot laat de motor de hele nacht draaien"),
    ("sur", "Koopman", "koopman", "ik ben geen [[koopman]] ik verkoop alleen mijn oude spullen op de markt"),
    ("sur", "Toren", "toren", "de klok van de [[toren]] slaat ook s nachts elk kwartier"),
    ("sur", "Regen", "regen", "bij elke bui [[regen]] loopt de kelder vol"),
    ("sur", "Winter", "winter", "de hele [[winter]] hebben we geen verwarming gehad"),
    ("sur", "Steen", "steen", "er is een [[steen]] door onze ruit gegooid"),
    ("sur", "Zand", "zand", "er ligt nog steeds [[zand]] van de werkzaamheden op de stoep"),
    ("sur", "Honing", "honing", "ik verkoop [[honing]] van mijn eigen bijen aan huis"),
    ("sur", "Mosterd", "mosterd", "de vergunning kwam als [[mosterd]] na de maaltijd"),
    ("sur", "Kok", "kok", "ik werk als [[kok]] in een restaurant en heb wisselende uren"),
    ("sur", "Post", "post", "ik krijg mijn [[post]] al drie weken niet meer"),
    ("sur", "Wolf", "wolf", "in de krant stond dat er een [[wolf]] is gezien bij de hei"),
    ("sur", "Lam", "lam", "ons [[lam]] is uit de wei ontsnapt door het kapotte hek"),
    ("sur", "Baas", "baas", "mijn [[baas]] wil een verklaring van de gemeente"),
    ("sur", "Mus", "mus", "er zit een [[mus]] klem achter de dakgoot"),
    ("sur", "Vogel", "vogel", "er ligt een dode [[vogel]] bij de ondergrondse container"),
    ("sur", "Kuil", "kuil", "er zit een diepe [[kuil]] in het fietspad"),
    ("sur", "Groen", "groen", "het [[groen]] rond de flat wordt nooit meer gemaaid"),
    ("first", "Merel", "merel", "elke ochtend om vier uur zingt een [[merel]] voor mijn raam"),
    ("first", "April", "april", "sinds begin [[april]] hoor ik niets meer"),
    ("first", "Job", "job", "ik ben mijn [[job]] kwijtgeraakt door die hele toestand"),
    ("first", "Jasmijn", "jasmijn", "de gemeente heeft de [[jasmijn]] in de voortuin weggehaald"),
    ("first", "Linde", "linde", "de oude [[linde]] voor ons huis is zonder overleg gekapt"),
    ("first", "Iris", "iris", "de oogarts zegt dat mijn [[iris]] ontstoken is dus ik kan slecht lezen"),
]

STREET_A = [
    "Klaproos",
    "Hazelaar",
    "Zilvermeeuw",
    "Touwslagers",
    "Kievitsbloem",
    "Korenbout",
    "Lisdodde",
    "Waterhoen",
    "Ketelboeters",
    "Pottenbakkers",
    "Zwanenbloem",
    "Vrouwe Aleid",
    "Heemraden",
    "Sluiswachters",
    "Koperwiek",
    "Ganzerik",
    "Lijnbanen",
    "Ravelijn",
    "Baljuw Roelofs",
    "Dokter Kuipers",
]
STREET_B = ["straat", "laan", "hof", "weg", "gracht", "singel", "kade", "pad", "erf", "dreef", "plantsoen", "steeg"]
STREET_NO_ART = ["Lage Rijndijk", "Oude Looiersgang", "Achter de Vesting", "Hoge Wal", "Kromme Elleboog"]

TOWNS = [
    "Zaandam",
    "Deventer",
    "Vlaardingen",
    "Hoorn",
    "Almelo",
    "Roermond",
    "Sittard",
    "Leeuwarden",
    "Gouda",
    "Tiel",
    "Purmerend",
    "Veenendaal",
    "Kerkrade",
    "Spijkenisse",
    "Capelle aan den IJssel",
    "Hengelo",
]
DEPTS = [
    "Publiekszaken",
    "Burgerzaken",
    "Leerplicht",
    "Belastingen",
    "Schuldhulp",
    "Beheer Openbare Ruimte",
    "Klantcontactcentrum",
    "Wijkteam Noord",
    "Wijkteam Centrum",
    "Jeugd en Gezin",
    "Bijzondere Bijstand",
    "Afval en Reiniging",
]
ORGS = [
    "UWV",
    "SVB",
    "DUO",
    "GGD",
    "CJG",
    "Belastingdienst",
    "Buurtzorg",
    "Stedin",
    "Voedselbank",
    "Humanitas",
    "Woonkracht Oost",
    "Stichting Thuiszorg Midden",
]
LAWS = ["Wmo", "Woningwet", "Awb", "APV", "Omgevingswet", "Huisvestingswet", "Wet kinderopvang"]
SCHEMES = [
    "bijzondere bijstand",
    "kwijtschelding",
    "energietoeslag",
    "parkeervergunning",
    "mantelzorgwaardering",
    "Stadspas",
    "gehandicaptenparkeerkaart",
    "meedoenregeling",
    "individuele inkomenstoeslag",
    "afvalpas",
]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
SELF_PRED = [
    "WOEDEND",
    "GEEN CRIMINEEL",
    "ALLEENSTAAND",
    "GEPENSIONEERD",
    "ZIEK",
    "MOEDER VAN DRIE KINDEREN",
    "MANTELZORGER",
    "ZZP'ER",
    "BEWONER VAN DE FLAT",
    "GEEN NUMMER",
    "NIET GEK",
    "ZWANGER",
    "DOODMOE",
    "WEDUWE",
    "STATUSHOUDER",
    "ONDERNEMER",
]
SHOUTS = [
    "[[WAAROM]] DUURT DIT ZO LANG",
    "[[NIEMAND]] NEEMT DE TELEFOON OP",
    "[[DIT]] IS GEWOON [[DISCRIMINATIE]]",
    "[[BEL]] MIJ NOU EENS [[TERUG]]",
    "[[STOP]] MET DIE [[BRIEVEN]]",
    "[[ELKE]] WEEK HETZELFDE [[VERHAAL]]",
    "[[SCHANDALIG]] GEWOON",
    "[[HOE]] MOET IK DAT [[BETALEN]]",
]
EMOJI = ["😡", "🙏", "😭", "👍🏽", "🤬", "😤", "🙄", "💔", "🏠", "🚗", "😩", "🤷‍♀️"]

# ------------------------------------------------------------------------------------------------ the line shapes
# {x.form|mod}: person x (a = the writing resident, b/c = family, neighbours, landlords, o/p = officials);
# forms: full first sur Sur init nick poss email. mods: l lower, u upper.
# value slots: identifiers (pii) and keep slots; [[...]]: an ordinary word that must survive.
SHAPES = [
    # 1-10: self-introductions and addresses
    "[[hoi]] met {a.first|l} hier, {a.sur|l} van {addr|l} {pc|l}",
    "[[IK BEN]] {a.full|u} EN IK WIL GEWOON MIJN [[GELD]] TERUG",
    "[[IK BEN]] {selfpred} EN IK WORD [[GEWOON]] GENEGEERD",
    "{shout} 😡😡",
    "naam: {a.full}  //  adres: {addr} te {town}  //  [[tel]]: {mob}",
    "ik woon sinds {date} op {street} nummer {num}, [[bovenwoning]]",
    "[[Sorry]] for my dutch, I am {a.first}, I live at {addr} and the [[landlord]] does nothing",
    "[[U]] kan mij bereiken op {mob} of {a.email} (liefst na {time})",
    "mijn nieuwe nummer is {mob} want {b.poss} oude [[telefoon]] is gestolen",
    "[[postcode]] is {pc} en huisnummer {hnr}, de [[bel]] doet het niet dus gewoon kloppen",
    # 11-20: family, neighbours, landlords
    "mijn [[schoonmoeder]] {b.full} (geb. {dob}) woont bij ons in sinds {date}",
    "{b.first|l} mijn zoontje van 6 heeft astma en de [[schimmel]] in zijn kamer wordt erger",
    "de [[buurvrouw]], {b.full}, heeft ook al geklaagd bij {org}",
    "onze [[huisbaas]] meneer {b.Sur} zegt dat de [[gemeente]] het moet betalen",
    "[[schrijf]] maar op: {b.full}, {c.full} en ik hebben allemaal dezelfde [[brief]] gehad",
    "dat is de [[auto]] van {b.poss} vriend, {plate}, die staat er al maanden",
    "{b.sur|u} VAN NR {num} HEEFT WEER EEN [[FEEST]] TOT 4 UUR",
    "kan iemand {b.first} bellen? zij [[regelt]] alles voor mij, {mob}",
    "onze {b.nick} (eigenlijk {b.full}) zit in de [[schuldsanering]]",
    "{b.full|l} is mijn [[mantelzorger]], zij mag namens mij praten",
    # 21-30: officials by name
    "die mevrouw van {dept}, ene {o.sur}, zei dat het [[binnen]] 8 weken geregeld zou zijn",
    "ik heb {o.first} van het [[wijkteam]] de [[foto's]] gestuurd maar geen reactie",
    "volgens {o.init} ({dept}) krijg ik geen {scheme} omdat ik [[spaargeld]] heb",
    "{o.title} {o.sur} zei letterlijk: 'daar kan ik niks mee, [[mevrouw]]' en hing op",
    "is {o.first} morgen op het [[spreekuur]]? ik wil alleen met haar praten",
    "[[zeg]] tegen {o.sur} dat ik de [[papieren]] gewoon heb ingeleverd op {date}",
    "ik ben [[doorgestuurd]] door {o.full} naar {org} en daar weten ze van niks",
    "[[wijkagent]] {o.first} {o.sur|u} kent de situatie, vraag het hem maar",
    "{o.full}, [[consulent]] {scheme}, heeft mijn [[dossier]] kwijt gemaakt denk ik",
    "de [[handhaver]] (een lange, {o.first|l} of zo) schreef gewoon een bon uit voor {plate}",
    # 31-40: identifiers in messages
    "[[bsn]] {bsn} voor als jullie het nodig hebben",
    "[[rekeningnummer]] staat erop: {iban}  t.n.v. {a.init}",
    "[[Graag]] storten op {iban}, dat is de rekening van mijn [[dochter]] {b.first}",
    "mijn kenteken is {plate} en ik had gewoon een [[vergunning]]!!",
    "ik heb een [[boete]] gekregen voor {plate} maar die auto heb ik sinds {date} niet meer",
    "[[zaaknr]] {case} (staat bovenaan de brief)",
    "{case} <- dat nummer gaven ze me aan de [[telefoon]]",
    "[[Onderwerp]]: [[bezwaar]] {case} / {a.full}",
    "mn [[bsn]] = {bsn} en van mijn [[man]] {b.first|l} weet ik het niet uit mn [[hoofd]]",
    "[[geboortedatum]] {dob}, [[BSN]] {bsn}",
    # 41-50: dates of birth without cue words, in lists
    "{b.first} {dob}, {c.first} {dob}, allebei op dit [[adres]] ingeschreven",
    "ik ben van {dob} dus ik ben echt geen 18 meer [[haha]]",
    "[[Kinderen]]: {b.full} ({dob}) en {c.full} ({dob})",
    "mijn [[vader]] {b.full} is op {date} [[overleden]], hij was van {dob}",
    "{a.full} °{dob} [[wonende]] te {town}",
    "[[verjaardag]] van {b.first|l} is {dob}, zet dat maar in het systeem",
    "dob {dob}, [[nationality]] {nat}, [[residence permit]] since {year}",
    "zij is jarig op {dob} en heeft recht op een [[indicatie]] zegt de huisarts",
    "hij heet {b.full} hij is [[geboren]] {dob} in {birthplace}",
    "🎂 {dob} = mijn [[geboortedag]], klopt dat nu wel in jullie [[systeem]]?",
    # 51-60: phones in running text
    "[[bel]] mijn [[werk]] niet!! alleen {mob}",
    "na 17u ben ik [[bereikbaar]] op het vaste nummer {tel}",
    "mijn zus in het [[buitenland]] wil ook meepraten: {fphone} ({country})",
    "{b.first} belt jullie wel vanaf {fphone}, die spreekt beter [[Nederlands]] dan ik",
    "heb om {time} gebeld naar {gemnr} en daarna naar {tel} maar [[niemand]]",
    "📞 {mob} 📧 {a.email}",
    "[[mail]] het maar naar mijn dochter {b.email} want ik heb geen computer",
    "[[app]] mij maar ff op {mob} xx",
    "wie is {mob}?? die belde mij 3x en zei dat hij van de [[gemeente]] was",
    "[[Contactpersoon]]: {b.full}, {b.email}, {mob}",
    # 61-70: questions, imperatives, passives
    "waarom krijgt {c.full} wel een [[parkeerplaats]] en ik niet?",
    "[[vraag]] het {o.first} maar, die heeft het allemaal [[opgeschreven]]",
    "ik ben door {o.title} {o.sur} [[uitgenodigd]] voor een gesprek maar er was niemand",
    "wordt {b.first} nog [[gebeld]] of moet ik weer zelf achter alles aan?",
    "[[stuur]] {b.full} alsjeblieft geen post meer, hij woont hier niet meer",
    "{o.first} {o.sur}?? [[nooit]] van gehoord, wie is dat",
    "mag ik {o.first} iets vragen zonder dat het meteen een [[klacht]] wordt",
    "de [[melding]] is gedaan door {b.full} en niet door mij",
    "er is mij door {o.init} beloofd dat de [[container]] weg zou gaan",
    "bent u die {o.first} van de [[brief]]?",
    # 81-90: voice-message style, enumerations, line ends
    "ja hallo eh met {a.first} {a.sur} eh ik bel over de [[rolstoel]] van mijn moeder",
    "uhm mijn [[nummer]] is eh {mob} ja dat klopt",
    "dus {o.first}, {p.first} en die andere van [[Wonen]], ik heb ze alle drie gesproken",
    "[[groetjes]] {a.first|l} 💕",
    "[[Gr]] {a.init}",
    "heb het al aan {o.first} gezegd. en aan {p.full}. en aan de [[wethouder]].",
    "[[Vriendelijke]] groet, {a.full}\n{addr}\n{pc} {town}",
    "{a.full|u}\n{mob}",
    "[[Namens]] mijn moeder {b.full}, [[woonachtig]] aan de {addr}",
    "{b.poss} [[rollator]] is gestolen uit de [[fietsenberging]] van {street}",
    "{o.Sur} heeft op {date} beloofd terug te bellen, [[nooit]] meer iets gehoord",
]

# shapes of one voice each (dialect, non-native Dutch, mixed languages)
VOICE_SHAPES = {
    "boze_opa": [
        "{o.sur|u} MAG WEL EENS [[UITLEGGEN]] WAAROM IK {amt} MOET BETALEN",
        "[[GISTEREN]] WEER {o.title|u} {o.sur|u} AAN DE LIJN GEHAD. [[NIKS]] GEREGELD.",
    ],
    "jonge_moeder": [
        "omg {b.nick|l} heeft weer koorts en de [[huisarts]] zegt dat het door de [[schimmel]] komt 😭😭",
        "kan {o.first|l} mij ff [[terugbellen]] ipv mailen ik heb geen tijd voor lange mails",
    ],
    "poolse_werker": [
        "ik heb probleem met {b.sur}, hij is [[verhuurder]], hij wil niet repareren [[verwarming]]",
        "my boss {b.full} say I must go to [[gemeente]] for [[inschrijving]] but nobody help",
    ],
    "syrische_vader": [
        "{b.first} is mijn neef, hij helpt mij met [[taal]] want ik spreek niet goed",
        "ik wil vragen aan {o.title} {o.sur} waarom mijn [[uitkering]] is gestopt, ik heb alles gestuurd",
    ],
    "expat": [
        "the [[housing officer]] {o.full} told me to send everything again, [[seriously]]?",
        "my partner {b.first} ({b.email}) is also on the [[lease]], can you cc her",
    ],
    "brabander": [
        "ge moet {o.first} ne keer zeggen da ze nie zo [[kortaf]] moet doen",
        "hedde gij {b.sur} ook [[gesproken]]? die wit er alles van",
    ],
    "rotterdammer": [
        "effe [[checken]]: {o.sur} (jeugd) of {p.sur} (wmo) wie gaat hierover",
        "me buurman {b.first} ken er ook niks aan doen, die [[lift]] is gewoon kapot",
    ],
    "limburger": [
        "ich han {o.first} van de [[gemeinte]] al drie keer gebeld",
        "{b.first} van hieneve zaet dat de [[kermis]] dit jaor weer bij ôs in de straot kump",
    ],
    "groninger": [
        "moi, {b.first} van hiernaast zegt dat de [[stoep]] van de gemeente is",
        "mien [[noaber]] {b.full} hef ook last van dat [[water]]",
    ],
    "scholier": [
        "wallah ik zweer {o.first|l} van de [[uitkering]] heeft het [[gewoon]] vergeten",
        "bro {b.nick|l} zegt dat je [[stadspas]] ook voor de [[sportschool]] werkt klopt dat",
    ],
    "dochter": [
        "ik schrijf namens mijn vader {b.full} omdat hij zelf niet meer kan [[typen]] ivm zijn [[handen]]",
        "mijn [[broer]] {c.first} en ik wisselen elkaar af maar {o.first} belt steeds naar het [[verkeerde]] nummer",
    ],
    "oudere_dame": [
        "ik weet niet of dit [[apparaat]] opneemt maar ik ben mevrouw {a.sur} van de {street}",
        "mijn kleinzoon {b.first} heeft dit berichtje voor mij [[ingesproken]] eh [[ingetypt]]",
    ],
    "curacao": [
        "bon dia, {a.first} aki, mi ta skirbi pa e [[belasting]] di {date}",
        "mi yu {b.first} no por bai [[skol]] pasobra e [[bus]] no ta kore",
    ],
    "surinaams": [
        "mi no sabi wan sani, {o.first} zei gewoon dat ik moest [[wachten]]",
        "mijn tante {b.full} uit {birthplace} komt logeren, moet ze ook [[ingeschreven]] worden?",
    ],
    "turks_nl": [
        "abi {b.first} zegt dat ik [[bezwaar]] moet maken, klopt dat?",
        "canım ik snap die [[brief]] van {o.sur} echt niet",
    ],
    "fries": [
        "goeie, ik bin {a.full}, tige tank foar it [[antwurd]]",
        "ús {b.first} hat de [[fergunning]] oanfrege mar noch neat heard",
    ],
}

# residents' origins per voice (most of the time)
VOICE_ORIGINS = {
    "poolse_werker": ["pools"],
    "syrische_vader": ["syrisch", "koerdisch"],
    "expat": ["indiaas", "italiaans", "spaans", "duits", "grieks", "filipijns", "portugees"],
    "brabander": ["nederlands", "vlaams"],
    "limburger": ["nederlands"],
    "groninger": ["nederlands", "fries"],
    "curacao": ["antilliaans"],
    "surinaams": ["hindoestaans", "creools"],
    "turks_nl": ["turks", "koerdisch"],
    "fries": ["fries"],
    "oudere_dame": ["nederlands", "moluks", "indonesisch", "duits"],
}

N_SHAPES = len(SHAPES) + sum(len(v) for v in VOICE_SHAPES.values())

# ------------------------------------------------------------------------------------------------ voices
# case: probability that a line is written lower case / in capitals; extra: texts added to lines; open / close lines
VOICES = {
    "boze_opa": (0.0, 0.45, [" !!!", " SCHANDE", "!!"], [], ["[[Groet]]"]),
    "jonge_moeder": (0.85, 0.0, [" 😩", " xx", " 🙏", " ff serieus"], ["[[hoi]] hoi"], ["[[doeii]]"]),
    "poolse_werker": (0.2, 0.0, [" sorry", " thank you"], ["[[Dzień dobry]]"], ["[[dziękuję]]"]),
    "syrische_vader": (0.3, 0.05, [" alstublieft", " dank u veel"], ["[[Salam]] [[alaikum]]"], ["[[dank]] u"]),
    "expat": (0.4, 0.0, [" tbh", " thanks!"], ["[[Hi]] there"], ["[[Cheers]]"]),
    "brabander": (0.6, 0.0, [" hè", " toch"], ["[[Hedde]] effe"], ["[[houdoe]]"]),
    "rotterdammer": (0.7, 0.1, [" man", " echt"], ["[[Zeg]] eens"], ["[[doei]]"]),
    "limburger": (0.6, 0.0, [" hoor", " jong"], ["[[Hoij]]"], ["[[doeg]]"]),
    "groninger": (0.5, 0.0, [" hè", " zowat"], ["[[Moi]]"], ["[[mooi]] weer verder"]),
    "scholier": (0.95, 0.0, [" fr", " sws", " bro"], ["[[yo]]"], ["[[thx]]"]),
    "dochter": (0.5, 0.0, ["", " nogmaals excuses"], ["[[Goedemiddag]]"], ["[[Alvast]] bedankt"]),
    "oudere_dame": (0.1, 0.1, [" eh", " nou ja"], ["[[Goedendag]]"], ["[[Hoogachtend]]"]),
    "curacao": (0.6, 0.0, [" ayó", " danki"], ["[[Bon]] tardi"], ["[[danki]]"]),
    "surinaams": (0.6, 0.0, [" no span", " tang"], ["[[Fa]] waka"], ["[[grantangi]]"]),
    "turks_nl": (0.6, 0.0, [" abi", " inshallah"], ["[[Selam]]"], ["[[kolay]] gelsin"]),
    "fries": (0.3, 0.0, [" hear", " tige tank"], ["[[Goeie]]"], ["[[oant]] sjen"]),
}

# ------------------------------------------------------------------------------------------------ identifiers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            digits = "".join(map(str, d + [last]))
            return r.choice(
                [
                    digits,
                    f"{digits[:4]}.{digits[4:6]}.{digits[6:]}",
                    f"{digits[:3]} {digits[3:6]} {digits[6:]}",
                    f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                    f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}",
                ]
            )


def eleven_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.8:
        bank = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        bban = bank + "".join(str(r.randint(0, 9)) for _ in range(10))
        full = "NL" + _iban_check("NL", bban) + bban
    elif kind < 0.9:
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
        full = "BE" + _iban_check("BE", bban) + bban
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        full = "DE" + _iban_check("DE", bban) + bban
    grouped = " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return r.choice([full, grouped, grouped, full.lower(), grouped.lower()])


def mobile(r: random.Random) -> str:
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    n = str(r.randint(1, 9)) + n[1:]
    return r.choice(
        [
            f"06{n}",
            f"06-{n}",
            f"06 {n[:4]} {n[4:]}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"+31 6 {n[:4]} {n[4:]}",
            f"+316{n}",
            f"+31(0)6-{n}",
            f"0031 6 {n}",
            f"(06) {n[:4]}-{n[4:]}",
        ]
    )


def landline(r: random.Random) -> str:
    area = r.choice(["010", "020", "023", "026", "030", "033", "038", "043", "045", "053", "058", "070", "072", "074",
                     "0181", "0294", "0318", "0344", "0475", "0546", "0591"])  # fmt: skip
    k = 10 - len(area)
    n = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(k - 1))
    return r.choice([f"{area}-{n}", f"{area} {n}", f"({area}) {n[:3]} {n[3:]}", f"{area}{n}", f"+31 {area[1:]} {n}"])


FOREIGN = [
    ("+48", "Polen", lambda r: f"{r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    ("+90", "Turkije", lambda r: f"5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("+212", "Marokko", lambda r: f"6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("+44", "Engeland", lambda r: f"7{r.randint(100, 999)} {r.randint(100000, 999999)}"),
    ("+49", "Duitsland", lambda r: f"15{r.randint(10, 99)} {r.randint(1000000, 9999999)}"),
    ("+597", "Suriname", lambda r: f"8{r.randint(10, 99)}-{r.randint(1000, 9999)}"),
    ("+599", "Curaçao", lambda r: f"9 {r.randint(510, 699)} {r.randint(1000, 9999)}"),
    ("+380", "Oekraïne", lambda r: f"{r.randint(50, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
    ("+32", "België", lambda r: f"4{r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("+40", "Roemenië", lambda r: f"7{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"),
]

LETTERS = "BDFGHJKLNPRSTVXZ"


def postcode(r: random.Random) -> str:
    while True:
        let = r.choice(LETTERS) + r.choice(LETTERS)
        if let not in ("SA", "SD", "SS"):
            break
    num = r.randint(1011, 9999)
    return r.choice([f"{num} {let}", f"{num}{let}", f"{num} {let.lower()}", f"{num}{let.lower()}", f"{num}-{let}"])


def plate(r: random.Random) -> str:
    def L(n: int) -> str:
        return "".join(r.choice(LETTERS) for _ in range(n))

    def D(n: int) -> str:
        return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    side = r.choice(
        [
            lambda: [L(2), D(2), D(2)],
            lambda: [D(2), D(2), L(2)],
            lambda: [D(2), L(2), D(2)],
            lambda: [L(2), D(2), L(2)],
            lambda: [L(2), L(2), D(2)],
            lambda: [D(2), L(2), L(2)],
            lambda: [D(2), L(3), D(1)],
            lambda: [D(1), L(3), D(2)],
            lambda: [L(2), D(3), L(1)],
            lambda: [L(1), D(3), L(2)],
            lambda: [L(3), D(2), L(1)],
            lambda: [D(1), L(2), D(3)],
            lambda: [L(1), D(2), L(3)],
            lambda: [D(3), L(2), D(1)],
        ]
    )()
    s = r.choice(["-".join(side), "-".join(side), "".join(side), " ".join(side)])
    return s.lower() if r.random() < 0.25 else s


def case_number(r: random.Random) -> str:
    y = r.choice(["2023", "2024", "2025", "2026"])
    yy = y[2:]
    n = r.randint(10000, 999999)
    return r.choice(
        [
            f"Z/{yy}/{n}",
            f"{y}-{n:06d}-WMO",
            f"GEM-{yy}-{n}",
            f"BZ.{y}.{n % 10000:04d}",
            f"M-{y}-{n % 100000:05d}",
            f"{yy}.{n // 1000:03d}.{n % 1000:03d}",
            f"ZK{yy}{n:06d}",
            f"INT-{n}",
            f"{y}/BEZ/{n % 10000:04d}",
            f"SD{n}-{yy}",
        ]
    )


def dob(r: random.Random) -> str:
    y = r.randint(1931, 2021)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON3[m - 1]} {y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {MONTHS[m - 1].upper()} {y}",
        ]
    )


def ordinary_date(r: random.Random) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]}",
            f"{d} {MON3[m - 1]}",
            f"{d}/{m}",
            f"{d}-{m}-2025",
            f"{d} {MONTHS[m - 1]} 2026",
            f"di {d}/{m}",
            f"vrijdag {d} {MONTHS[m - 1]}",
        ]
    )


# ------------------------------------------------------------------------------------------------ persons


class Person:
    def __init__(
        self, r: random.Random, known: tuple | None = None, official: bool = False, origins: list[str] | None = None
    ):
        origin = r.choice(origins) if origins and r.random() < 0.75 else r.choice(sorted(ORIGINS))
        firsts, pre, suf, fixed = ORIGINS[origin]
        self.origin = origin
        self.first = r.choice(firsts)
        if fixed and (not pre or r.random() < 0.35):
            sur = r.choice(fixed)
        else:
            sur = r.choice(pre) + r.choice(suf)
            if origin == "nederlands" and r.random() < 0.5:
                particle = r.choice(
                    ["van ", "van der ", "van de ", "de ", "ten ", "ter ", "van 't ", "in 't ", "op de "]
                )
                sur = particle + sur
        if r.random() < 0.12:
            other = ORIGINS[r.choice(sorted(ORIGINS))]
            o_sur = (
                r.choice(other[3])
                if other[3] and (not other[1] or r.random() < 0.5)
                else (r.choice(other[1]) + r.choice(other[2]))
            )
            if " " not in o_sur and " " not in sur:
                sur = f"{sur}-{o_sur}"
        if known:
            kind, word = known[0], known[1]
            if kind == "sur":
                sur = word
            else:
                self.first = word
        self.sur_plain = sur
        self.official = official
        self.title_word = r.choice(["mevrouw", "meneer", "mw.", "dhr.", "mevr.", "mnr", "juffrouw", "mister"])
        self.nickname = self._nick(r)
        self.email_addr = self._email(r)

    def _nick(self, r: random.Random) -> str:
        """A nickname from the first syllable: Hodan -> Hoddie / Hodo, Mădălina -> Mădy, Ties -> Tiesje."""
        f = self.first.split()[0]
        m = re.match(r"[^aeiouyáàäâãåéèëêíìïîıóòöôõúùüûăâ]*[aeiouyáàäâãåéèëêíìïîıóòöôõúùüûăâ]+[^aeiouy]?", f, re.I)
        stem = m.group(0) if m else f
        if len(stem) < 2 or stem == f:
            return f + r.choice(["tje", "je", "ke"]) if f[-1] not in "aeiou" else f + "tje"
        if stem[-1].lower() in "aeiouy":
            return stem + r.choice(["tje", "ke", ""]) if len(stem) > 2 else stem + "tje"
        return stem + r.choice(["ie", "o", "y", stem[-1] + "ie"])

    def _email(self, r: random.Random) -> str:
        f = re.sub(r"[^a-z]", "", _ascii(self.first).lower())
        s = re.sub(r"[^a-z]", "", _ascii(self.sur_plain).lower())
        user = r.choice([f"{f}.{s}", f"{f}{s}{r.randint(1, 99)}", f"{f[0]}{s}", f"{s}.{f}", f"{f}_{r.randint(70, 99)}"])
        dom = r.choice(["hotmail.com", "gmail.com", "live.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "icloud.com"])
        return f"{user}@{dom}"

    def sur_lower_particle(self) -> str:
        if self.origin == "vlaams":  # Belgian names keep their particle as registered
            return self.sur_plain
        parts = self.sur_plain.split(" ")
        out, i = [], 0
        while i < len(parts) - 1 and parts[i].lower() in PARTICLES | {"dos", "da"}:
            out.append(parts[i].lower())
            i += 1
        return " ".join(out + parts[i:])

    def sur_cap_particle(self) -> str:
        s = self.sur_lower_particle()
        return s[0].upper() + s[1:]

    def form(self, name: str) -> str:
        if name == "full":
            return f"{self.first} {self.sur_lower_particle()}"
        if name == "fullcap":
            return f"{self.first} {self.sur_cap_particle()}"
        if name == "first":
            return self.first
        if name == "sur":
            return self.sur_lower_particle()
        if name == "Sur":
            return self.sur_cap_particle()
        if name == "init":
            init = "".join(p[0] + "." for p in self.first.split())
            return f"{init} {self.sur_lower_particle()}"
        if name == "nick":
            return self.nickname
        if name == "email":
            return self.email_addr
        raise KeyError(name)


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ------------------------------------------------------------------------------------------------ document builder


class Doc:
    def __init__(self, r: random.Random, known: tuple | None, origins: list[str] | None = None):
        self.r = r
        self.known = known
        self.origins = origins
        self.people: dict[str, Person] = {}
        self.local: dict[str, str] = {}
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.ordinary: set[str] = set()

    def person(self, key: str) -> Person:
        """Person ``key`` of the current line: ``a`` is the writer throughout; other letters name, per line, someone
        already mentioned (sometimes) or someone new."""
        if key == "a":
            if "a" not in self.people:
                self.people["a"] = Person(self.r, known=self.known, origins=self.origins)
            return self.people["a"]
        if key not in self.local:
            official = key in "op"
            pool = [
                k
                for k, p in self.people.items()
                if k != "a" and p.official == official and k not in self.local.values()
            ]
            if pool and self.r.random() < 0.3:
                self.local[key] = self.r.choice(sorted(pool))
            else:
                new = f"{key}{len(self.people)}"
                self.people[new] = self.distinct(official)
                self.local[key] = new
        return self.people[self.local[key]]

    def distinct(self, official: bool) -> Person:
        """A new person whose first name and surname differ from everyone's already in the document."""
        taken = {w for p in self.people.values() for w in (p.first.lower(), p.sur_plain.lower())}
        for _ in range(20):
            p = Person(self.r, official=official)
            if p.first.lower() not in taken and p.sur_plain.lower() not in taken:
                break
        return p

    # A line is a list of (text, label|None|"KEEP").
    def render(self, template: str, fresh: bool = True) -> list[tuple[str, str | None]]:
        if fresh:
            self.local = {}
        segs: list[tuple[str, str | None]] = []
        pos = 0
        for m in re.finditer(r"\{([a-z]+)(?:\.([A-Za-z]+))?(?:\|([lu]))?\}|\[\[(.+?)\]\]", template):
            if m.start() > pos:
                segs.append((template[pos : m.start()], None))
            pos = m.end()
            if m.group(4) is not None:
                inner = m.group(4)
                segs.append((inner, "KEEP"))
                continue
            key, form, mod = m.group(1), m.group(2), m.group(3)
            if form:
                p = self.person(key)
                if form == "title":
                    segs.append((p.title_word, None))
                    continue
                if form == "poss":
                    f = p.first
                    if f[-1] in "sxz":
                        val, tail = f, "'"
                    elif f[-1] in "aeiouy":
                        val, tail = f, "'s"
                    else:
                        val, tail = f + "s", ""
                    val = _mod(val, mod, self, key)
                    segs.append((val, "PERSON"))
                    if tail:
                        segs.append((tail, None))
                    continue
                val = _mod(p.form(form), mod, self, key)
                segs.append((val, "EMAIL" if form == "email" else "PERSON"))
                continue
            segs.extend(self.slot(key, mod))
        if pos < len(template):
            segs.append((template[pos:], None))
        return segs

    def slot(self, key: str, mod: str | None) -> list[tuple[str, str | None]]:
        r = self.r

        def m(v: str) -> str:
            return v.lower() if mod == "l" else v.upper() if mod == "u" else v

        if key == "addr":
            street = self.street()
            hnr = self.hnr()
            return [(m(f"{street} {hnr}"), "ADDRESS")]
        if key == "street":
            return [(m(self.street()), "ADDRESS")]
        if key == "pc":
            return [(m(postcode(r)), "POSTCODE")]
        if key == "bsn":
            return [(bsn(r), "BSN")]
        if key == "iban":
            return [(iban(r), "IBAN")]
        if key == "mob":
            return [(mobile(r), "PHONE")]
        if key == "tel":
            return [(landline(r), "PHONE")]
        if key == "fphone":
            cc, self._country, fn = r.choice(FOREIGN)
            return [(f"{cc} {fn(r)}", "PHONE")]
        if key == "country":
            return [(getattr(self, "_country", "Polen"), "KEEP")]
        if key == "plate":
            return [(m(plate(r)), "LICENSE_PLATE")]
        if key == "case":
            return [(case_number(r), "CASE_NUMBER")]
        if key == "dob":
            return [(dob(r), "DATE_OF_BIRTH")]
        if key == "date":
            return [(m(ordinary_date(r)), "KEEP")]
        if key == "time":
            return [(f"{r.randint(8, 22)}:{r.choice(['00', '15', '30', '45', '05'])}", "KEEP")]
        if key == "town":
            return [(m(r.choice(TOWNS)), "KEEP")]
        if key == "birthplace":
            return [
                (
                    r.choice(["Aleppo", "Paramaribo", "Nador", "Gdańsk", "Asmara", "Kabul", "Willemstad", "Izmir"]),
                    "KEEP",
                )
            ]
        if key == "dept":
            return [(m(r.choice(DEPTS)), "KEEP")]
        if key == "org":
            return [(m(r.choice(ORGS)), "KEEP")]
        if key == "law":
            return [(m(r.choice(LAWS)), "KEEP")]
        if key == "scheme":
            return [(m(r.choice(SCHEMES)), "KEEP")]
        if key == "selfpred":
            return [(r.choice(SELF_PRED), "KEEP")]
        if key == "shout":
            return self.render(r.choice(SHOUTS), fresh=False)
        if key == "num":
            return [(str(r.randint(2, 180)), None)]
        if key == "hnr":
            return [(self.hnr(), None)]
        if key == "amt":
            e, c = r.randint(12, 2400), r.randint(0, 99)
            return [(r.choice([f"€ {e}", f"{e} euro", f"€{e},-", f"EUR {e},{c:02d}", f"{e},{c:02d} eur"]), "KEEP")]
        if key == "year":
            return [(str(r.randint(2014, 2024)), "KEEP")]
        if key == "nat":
            return [(r.choice(["Syrian", "Eritrean", "Polish", "Turkish", "Indian", "Brazilian"]), "KEEP")]
        if key == "gemnr":
            return [("14 0" + r.choice(["20", "10", "30", "70", "40", "50"]), "KEEP")]
        raise KeyError(key)

    def street(self) -> str:
        r = self.r
        if r.random() < 0.15:
            return r.choice(STREET_NO_ART)
        return r.choice(STREET_A) + r.choice(STREET_B)

    def hnr(self) -> str:
        r = self.r
        n = str(r.randint(1, 240))
        return n + r.choice(["", "", "", "a", "-2", " bis", "hs", "-III", "B"])


def _mod(val: str, mod: str | None, doc: Doc, key: str) -> str:
    if doc.known and key == "a":
        return val.upper() if mod == "u" else val
    if mod == "l":
        return val.lower()
    if mod == "u":
        return val.upper()
    return val


# ------------------------------------------------------------------------------------------------ frames

FRAMES = ["whatsapp", "whatsapp_android", "sms", "webform", "voice", "dm", "chatbot"]


class Clock:
    """Increasing chat timestamps, dd-mm-yy hh:mm."""

    def __init__(self, r: random.Random):
        self.r = r
        self.day, self.month, self.year = r.randint(1, 27), r.randint(1, 12), r.choice(["25", "26"])
        self.minute = r.randint(6 * 60, 20 * 60)

    def __call__(self) -> str:
        self.minute += self.r.choice([0, 1, 1, 2, 3, 7, 15, 48, 180])
        if self.minute >= 24 * 60:
            self.minute -= 24 * 60
            self.day += 1
        return f"{self.day:02d}-{self.month:02d}-{self.year} {self.minute // 60:02d}:{self.minute % 60:02d}"


def build(r: random.Random, idx: int, known: tuple | None) -> tuple[str, list, list, set, dict | None]:
    voice_name = r.choice(sorted(VOICES))
    doc = Doc(r, known, VOICE_ORIGINS.get(voice_name))
    p_lower, p_upper, extras, opens, closes = VOICES[voice_name]
    n_lines = r.randint(3, 6)
    shapes = r.sample(SHAPES, n_lines)
    if r.random() < 0.8:
        shapes.insert(r.randint(0, len(shapes)), r.choice(VOICE_SHAPES[voice_name]))
    lines: list[list[tuple[str, str | None]]] = []
    if opens and r.random() < 0.6:
        lines.append(doc.render(r.choice(opens)))
    for sh in shapes:
        line = doc.render(sh)
        shouted = "{shout}" in sh or re.sub(r"\{[^}]*\}|\[\[|\]\]", "", sh).isupper()
        has_known = known is not None and any(lab == "PERSON" and t in _known_forms(doc) for t, lab in line)
        u = r.random()
        if not has_known and not shouted and u < p_lower:
            line = [(t.lower(), lab) for t, lab in line]
        elif u > 1 - p_upper:
            line = [(t.upper(), lab) for t, lab in line]
        if extras and r.random() < 0.4:
            line.append((r.choice(extras), None))
        if r.random() < 0.25:
            line.append((" " + r.choice(EMOJI), None))
        lines.append(line)
    if known is not None:
        lines.insert(r.randint(1, len(lines)), doc.render(known[3]))
        doc.ordinary.add(known[2])
        # the known resident's name, capitalised, at least once
        lines.insert(r.randint(0, len(lines)), doc.render(r.choice(KNOWN_NAME_LINES)))
    if closes and r.random() < 0.5:
        lines.append(doc.render(r.choice(closes)))

    frame = r.choice(FRAMES)
    _stamp = Clock(r)
    who = doc.person("a")
    header: list[tuple[str, str | None]] = []
    out_lines: list[list[tuple[str, str | None]]] = []
    if frame == "whatsapp":
        sender = [(who.form("first"), "PERSON")] if r.random() < 0.6 else [(mobile(r), "PHONE")]
        reply_at = r.randint(1, len(lines)) if r.random() < 0.5 else -1
        for i, ln in enumerate(lines):
            if i == reply_at:
                out_lines.append(
                    [(f"[{_stamp()}] ", None), ("Gemeente", "KEEP"), (" ", None), ("Wijkteam", "KEEP"),
                     (": Dank voor uw bericht, we nemen binnen 3 werkdagen contact op.", None)]
                )  # fmt: skip
            out_lines.append([(f"[{_stamp()}] ", None), *sender, (": ", None), *ln])
    elif frame == "whatsapp_android":
        sender = [(f"{who.form('first')} {who.form('sur')}", "PERSON")]
        if doc.known is None and r.random() < 0.4:
            sender = [(who.form("first"), "PERSON"), (" ", None), (who.form("sur")[0].upper() + ".", None)]
        for ln in lines:
            out_lines.append([(_stamp() + " - ", None), *sender, (": ", None), *ln])
    elif frame == "sms":
        header = [("SMS", "KEEP"), (" van ", None), (mobile(r), "PHONE"), (f" (ontvangen {_stamp()})", None)]
        out_lines = lines
    elif frame == "webform":
        header = [("Formulier", "KEEP"), (" contact - ", None), ("Uw vraag of opmerking", "KEEP"), (":", None)]
        out_lines = lines
    elif frame == "voice":
        header = [("Spraakbericht", "KEEP"), (f" ({r.randint(0, 3)}:{r.randint(0, 59):02d}), ", None),
                  ("automatisch uitgeschreven", "KEEP"), (":", None)]  # fmt: skip
        flat: list[tuple[str, str | None]] = []
        for ln in lines:
            flat.extend(ln)
            flat.append((r.choice([" ... ", " eh ", " uhm ", " ja ", " "]), None))
        out_lines = [flat]
    elif frame == "dm":
        net = r.choice(["Instagram", "Facebook Messenger", "X", "TikTok"])
        header = [("Privébericht", "KEEP"), (" via ", None), (net, "KEEP"), (" aan @gemeente", None)]
        out_lines = lines
    else:
        header = [("Chat", "KEEP"), (" met de ", None), ("digitale assistent", "KEEP"), (" - ", None),
                  ("Bezoeker", "KEEP"), (":", None)]  # fmt: skip
        out_lines = lines
    all_lines = ([header] if header else []) + out_lines
    text = ""
    pii: list[tuple[str, str]] = []
    keep: list[str] = []
    for i, ln in enumerate(all_lines):
        if i:
            text += "\n"
        for t, lab in ln:
            text += t
            if lab == "KEEP":
                if t.strip():
                    keep.append(t)
            elif lab:
                pii.append((t, lab))
    return text, pii, keep, doc.ordinary, doc


KNOWN_NAME_LINES = [
    "[[Aanvrager]]: {a.full}",
    "{a.full} hier, ik heb een [[vraag]]",
    "[[IK BEN]] {a.full|u}",
    "dit bericht is van {a.full}",
    "mvg {a.fullcap}",
    "[[mijn]] naam is {a.fullcap}, [[bewoner]] van de {street}",
]


def _known_forms(doc: Doc) -> set[str]:
    p = doc.people.get("a")
    if not p:
        return set()
    return {p.form(f) for f in ("full", "first", "sur", "Sur", "init", "nick")} | {
        p.form(f).upper() for f in ("full", "first", "sur")
    }


# ------------------------------------------------------------------------------------------------ gate


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(d: dict, ordinary: set[str], score) -> None:
    score.check_doc(d)
    names = set()
    for it in d["pii"]:
        assert it["label"] in LABELS, it
        if it["label"] == "BSN":
            assert eleven_ok(it["text"]), it
        if it["label"] == "IBAN":
            assert iban_ok(it["text"]), it
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    for k in d["keep"]:
        assert re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", d["text"]), (d["id"], "keep not a whole word", k)
        clash = (_words(k) & names) - {w.lower() for w in ordinary}
        assert not clash, (d["id"], "keep shares a name word", k, clash)
    if "known" in d:
        for w in ordinary:
            assert w in d["keep"] or any(w in k for k in d["keep"])


def make_doc(idx: int, score) -> dict:
    for attempt in range(200):
        r = random.Random(f"{SEED}-{idx}-{attempt}")
        known = None
        if idx % 4 == 3:
            known = KNOWN_WORDS[(idx // 4 + attempt) % len(KNOWN_WORDS)] if attempt < 50 else r.choice(KNOWN_WORDS)
        text, pii, keep, ordinary, doc = build(r, idx, known)
        items, seen = [], set()
        for t, lab in pii:
            t = t.strip()
            if (t, lab) not in seen and t:
                seen.add((t, lab))
                items.append({"text": t, "label": lab})
        keeps = []
        for k in keep:
            k = k.strip()
            if len(k) > 1 and k not in keeps:
                keeps.append(k)
        d = {"id": f"fresh14d-{idx:04d}", "text": text}
        if known is not None:
            d["known"] = {"names": [doc.people["a"].form("full")]}
        d["pii"] = items
        d["keep"] = keeps
        try:
            gate(d, ordinary, score)
        except AssertionError:
            continue
        return d
    raise RuntimeError(f"document {idx} failed the gate 200 times")


def generate() -> list[dict]:
    score = _load_score()
    return [make_doc(i, score) for i in range(N_DOCS)]


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    a = ap.parse_args()
    text = dumps(generate())
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh14d: up to date" if same else "fresh14d: differs from regeneration")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{N_DOCS} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
