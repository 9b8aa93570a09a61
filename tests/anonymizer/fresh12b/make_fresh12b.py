"""Generate ``fresh12b_shapes.jsonl``: 300 annotated Dutch documents in the register of mediators and officials.

Written blind by helper B2 (round eleven): case reports, conversation summaries, agreements, minutes, decisions,
internal notes and knowledge-base drafts, built from sentence shapes of this file's own invention. Every document
passes ``gate()``; a failing document is redrawn from its own seeded stream.

    python tests/anonymizer/fresh12b/make_fresh12b.py          # regenerate the JSONL file
    python tests/anonymizer/fresh12b/make_fresh12b.py --check  # exit 1 if the committed file differs
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
OUT = HERE / "fresh12b_shapes.jsonl"
SCORE = HERE.parent / "corpora" / "score.py"
SEED = 20261212
N_DOCS = 300
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
    spec = importlib.util.spec_from_file_location("fresh12b_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------- names of many origins (composed from parts)


def _join(pre: str, suf: str) -> str:
    return pre + suf


def _spaced(pre: str, suf: str) -> str:
    return pre + " " + suf[0].upper() + suf[1:]


ORIGINS: dict[str, dict] = {
    "nl": {
        "f": ["Wilhelmina", "Geertje", "Annelies", "Marloes", "Femke", "Hanneke", "Ineke", "Jolien", "Nienke"],
        "m": ["Gerrit", "Hendrikus", "Cornelis", "Bart", "Maarten", "Joost", "Rutger", "Teun", "Wessel"],
        "pre": ["Wester", "Bran", "Kor", "Stee", "Wijn", "Gro", "Rade", "Ooster", "Zand", "Brak", "Hoog", "Lin"],
        "suf": ["kamp", "beek", "hof", "man", "ink", "veld", "broek", "hout", "horst", "dijk", "erink", "stede"],
        "join": _join,
        "particles": ["", "", "van", "van der", "de", "ter", "van den", "in 't", "van 't", "op den", "ten", "van de"],
    },
    "fy": {
        "f": ["Wytske", "Jildou", "Baukje", "Fokje", "Tjitske", "Aukje"],
        "m": ["Sjoerd", "Tsjerk", "Gerben", "Sytse", "Jelle", "Wybren"],
        "pre": ["Wyt", "Sjo", "Tsje", "Jel", "Fok", "Rin", "Gal", "Bou", "Dou", "Hait"],
        "suf": ["stra", "sma", "inga", "ema", "enga", "tsma"],
        "join": _join,
    },
    "vl": {
        "f": ["Griet", "Fien", "Hanne", "Lien", "Elke", "Veerle"],
        "m": ["Jef", "Kobe", "Lowie", "Wout", "Stijn", "Bavo"],
        "pre": ["Ver", "Van", "De", "Van den ", "Cor"],
        "suf": ["haegen", "meersch", "waele", "poorter", "ryck", "schueren", "bruane", "eynde"],
        "join": lambda a, b: a + (b[0].upper() + b[1:] if a.endswith(" ") else b),
    },
    "de": {
        "f": ["Anneliese", "Friederike", "Sabine", "Ute", "Gudrun"],
        "m": ["Jürgen", "Lukas", "Matthias", "Götz", "Volker"],
        "pre": ["Brück", "Schwar", "Ober", "Lichten", "Kessel", "Weiß", "Hoh"],
        "suf": ["mann", "berger", "müller", "hofer", "stein", "dorf", "bauer"],
        "join": _join,
    },
    "ma": {
        "f": ["Nadia", "Ikram", "Houda", "Loubna", "Rachida", "Imane", "Siham", "Naima", "Kaoutar"],
        "m": ["Youssef", "Soufiane", "Bilal", "Anouar", "Zakaria", "Mohammed", "Abdelkader", "Hamza", "Ismail"],
        "pre": ["El", "Ben", "Ait", "Bou", "Ou", "Am"],
        "suf": ["haddou", "taleb", "zidi", "ghari", "rabti", "kassi", "allal", "yahyaoui", "mrabet", "ouali"],
        "join": lambda a, b: _spaced(a, b) if a in ("El", "Ait") else a + b,
    },
    "tr": {
        "f": ["Gülşen", "Hatice", "Sevgi", "Zeynep", "Nurcan", "Songül", "Esra"],
        "m": ["Serkan", "Ömer", "Kadir", "Volkan", "Cem", "Yiğit", "Halil"],
        "pre": ["Kara", "Ak", "Öz", "Yıl", "Gök", "Ay", "Tun", "Kal", "Demir", "Bay"],
        "suf": ["dağ", "soy", "türk", "oğlu", "taş", "kaya", "bulut", "ırmak", "yurt", "han"],
        "join": _join,
    },
    "ku": {
        "f": ["Rojda", "Berivan", "Dilan", "Hêvî", "Newroz"],
        "m": ["Azad", "Rêber", "Şêrko", "Dilovan", "Baran"],
        "pre": ["Ber", "Dil", "Ro", "Ser", "Hev", "Zin"],
        "suf": ["wari", "şad", "jin", "hat", "dalî", "ani"],
        "join": _join,
    },
    "hi": {
        "f": ["Anita", "Shanti", "Devika", "Nandini", "Reshma", "Sandhya"],
        "m": ["Rakesh", "Vishal", "Kiran", "Sunil", "Prem", "Dinesh"],
        "pre": ["Bhola", "Sew", "Man", "Bis", "Kal", "Moh", "Sat", "Jan"],
        "suf": ["persad", "ratan", "bahadoer", "tahal", "lall", "kisoen", "narain", "dat"],
        "join": _join,
    },
    "sc": {
        "f": ["Gracia", "Ilse", "Sherida", "Fenna", "Marcia"],
        "m": ["Dwight", "Jurmen", "Ricardo", "Clyde", "Kelvin"],
        "pre": ["Ama", "Sabo", "Pen", "Zaan", "Bron", "Wij", "Kas"],
        "suf": ["jo", "ngel", "dewind", "tong", "nagel", "saai", "leo"],
        "join": _join,
    },
    "jv": {
        "f": ["Soeminah", "Ratih", "Sri", "Wagina"],
        "m": ["Wagiman", "Djoko", "Poniman", "Sardjo"],
        "pre": ["Kasan", "Soe", "Karto", "Sar", "Pawiro", "Wongso"],
        "suf": ["moentalib", "dirdjo", "semito", "ridjo", "djan", "taroeno"],
        "join": _join,
    },
    "cw": {
        "f": ["Shurmaine", "Jeanette", "Ruthmilda", "Yudelka", "Natisha"],
        "m": ["Gilmar", "Edsel", "Jurick", "Rignald", "Kenrick"],
        "pre": ["Cor", "Vic", "Juli", "Stat", "Mer", "Nar", "Ro"],
        "suf": ["ona", "torina", "ana", "ius", "cera", "ciso", "dela"],
        "join": _join,
    },
    "mol": {
        "f": ["Bertha", "Sientje", "Wilma", "Josina"],
        "m": ["Ferry", "Melvin", "Dominggus", "Johny"],
        "pre": ["Paty", "Sahu", "Lei", "Mak", "Tahi", "Wat", "Sopa"],
        "suf": ["paiwa", "lessy", "uheru", "ihattu", "nussa", "lessa"],
        "join": _join,
    },
    "id": {
        "f": ["Dewi", "Indah", "Wulan", "Sinta"],
        "m": ["Bambang", "Hendra", "Gunawan", "Agung"],
        "pre": ["Wira", "Sura", "Harto", "Setia", "Kusuma"],
        "suf": ["wan", "djaja", "atmadja", "nata", "hadi"],
        "join": _join,
    },
    "cn": {
        "f": ["Xiaoling", "Yuting", "Huiwen", "Jiayan", "Meiling"],
        "m": ["Zihao", "Jiaqiang", "Yuhao", "Xiaowen", "Haoran"],
        "sur": ["Zhou", "Liang", "Guo", "Xie", "Tang", "Feng", "Deng", "Yuen", "Lau", "Tsang", "Kwok"],
    },
    "vn": {
        "f": ["Thu Trang", "Ngọc Ánh", "Thị Hoa", "Bích Ngọc"],
        "m": ["Văn Minh", "Quốc Bảo", "Đức Anh", "Thanh Tùng"],
        "sur": ["Phạm", "Võ", "Đặng", "Bùi", "Huỳnh", "Trịnh", "Dương"],
    },
    "kr": {
        "f": ["Seo-yeon", "Eun-ji", "Ji-woo"],
        "m": ["Min-jun", "Hyun-woo", "Do-hyun"],
        "sur": ["Choi", "Jung", "Kang", "Yoon", "Shin"],
    },
    "pl": {
        "f": ["Agnieszka", "Bożena", "Jadwiga", "Ewelina", "Aleksandra"],
        "m": ["Grzegorz", "Wojciech", "Łukasz", "Krzysztof", "Przemysław"],
        "pre": ["Grab", "Wiśniew", "Zieliń", "Szczep", "Brzo", "Dąbrow", "Pawl", "Krzyż", "Jaw"],
        "suf": ["czyk", "owski", "ski", "iak", "ewicz", "orek"],
        "join": _join,
    },
    "ro": {
        "f": ["Ioana", "Andreea", "Bianca", "Roxana"],
        "m": ["Mihai", "Florin", "Cătălin", "Vlad", "Alexandru"],
        "pre": ["Pop", "Dum", "Stan", "Mun", "Vasil", "Costa", "Tud"],
        "suf": ["escu", "eanu", "ache", "oiu", "ică"],
        "join": _join,
    },
    "bg": {
        "f": ["Tsvetelina", "Milena", "Desislava"],
        "m": ["Stoyan", "Boyan", "Kiril"],
        "pre": ["Petr", "Dimitr", "Stoy", "Georgi", "Todor", "Hrist", "Zhel"],
        "suf": ["ov", "anov", "ev", "chev"],
        "join": _join,
    },
    "ua": {
        "f": ["Olena", "Viktoriia", "Nataliia", "Khrystyna"],
        "m": ["Bohdan", "Yaroslav", "Serhii", "Andrii"],
        "pre": ["Bonda", "Tkach", "Mel", "Hryh", "Lysen", "Savch", "Pono"],
        "suf": ["renko", "uk", "nyk", "chuk", "enko", "marenko"],
        "join": _join,
    },
    "sy": {
        "f": ["Lina", "Hala", "Nour", "Ghada", "Reem"],
        "m": ["Rami", "Tarek", "Majd", "Wissam", "Bashar"],
        "pre": ["Al-", "Abu", "Al"],
        "suf": ["halabi", "shami", "rifai", "dabbagh", "sabbagh", "najjar", "homsi", "hamwi"],
        "join": lambda a, b: a + b[0].upper() + b[1:] if a.endswith("-") else _spaced(a, b),
    },
    "er": {
        "f": ["Senait", "Selam", "Helen", "Saba", "Mebrat"],
        "m": ["Yohannes", "Mussie", "Abrham", "Habtom"],
        "pre": ["Tesfa", "Gebre", "Haile", "Kidane", "Berhane", "Asme"],
        "suf": ["mariam", "michael", "selassie", "giorgis", "rom"],
        "join": _join,
    },
    "so": {
        "f": ["Hodan", "Faadumo", "Ubah", "Sahra", "Ifrah"],
        "m": ["Abdirahman", "Mahad", "Khadar", "Liban", "Abdiwali"],
        "sur": ["Warsame", "Hersi", "Egal", "Guled", "Dahir", "Jama", "Abdullahi"],
    },
    "af": {
        "f": ["Mursal", "Zarghuna", "Parwana", "Mahbooba"],
        "m": ["Farid", "Habib", "Jawad", "Sayed"],
        "pre": ["Ahmad", "Rahim", "Karim", "Sadiq", "Wahid", "Hakim"],
        "suf": ["zai", "i", "yar", "khel", "zada"],
        "join": _join,
    },
    "iq": {
        "f": ["Zainab", "Hawraa", "Ruqaya", "Aseel"],
        "m": ["Mustafa", "Haider", "Ammar", "Muntadher"],
        "pre": ["Al-"],
        "suf": ["Jubouri", "Saadi", "Tamimi", "Obaidi", "Rubaie", "Zubaidi"],
        "join": _join,
    },
    "ir": {
        "f": ["Parisa", "Shirin", "Mahsa", "Negin"],
        "m": ["Kaveh", "Babak", "Arash", "Dariush"],
        "pre": ["Ghol", "Bagh", "Rah", "Shir", "Mir", "Nik"],
        "suf": ["ami", "zadeh", "nejad", "pour", "far", "doust"],
        "join": _join,
    },
    "gh": {
        "f": ["Akosua", "Abena", "Efua", "Adwoa"],
        "m": ["Kwame", "Kofi", "Yaw", "Kwabena"],
        "pre": ["Kwa", "Asa", "Agye", "Bo", "Ampo", "Ofo"],
        "suf": ["rteng", "nte", "man", "ateng", "fo", "nsah"],
        "join": _join,
    },
    "ng": {
        "f": ["Chidinma", "Ngozi", "Funmilayo", "Ifeoma"],
        "m": ["Babatunde", "Emeka", "Oluwaseun", "Chinedu"],
        "pre": ["Oka", "Ade", "Olu", "Nwa", "Eze", "Obi", "Ojo"],
        "suf": ["for", "yemi", "wole", "chukwu", "nna", "koya"],
        "join": _join,
    },
    "cv": {
        "f": ["Edna", "Jandira", "Djenifer", "Lurdes"],
        "m": ["Nilton", "Adilson", "Elton", "Zeca"],
        "pre": ["Tavares", "Fortes", "Semedo", "Varela", "Delgado", "Brito"],
        "suf": ["Lopes", "Monteiro", "Gomes", "Semedo", "Fortes"],
        "join": lambda a, b: a if a == b else a + " " + b,
    },
    "it": {
        "f": ["Francesca", "Chiara", "Raffaella", "Giuseppina"],
        "m": ["Giuseppe", "Salvatore", "Domenico", "Luca"],
        "pre": ["Lo", "Di", "De", "La"],
        "suf": ["russo", "santis", "bella", "pietro", "grasso", "vecchio", "palma"],
        "join": _spaced,
    },
    "gr": {
        "f": ["Eleni", "Vasiliki", "Despina"],
        "m": ["Dimitrios", "Yannis", "Kostas"],
        "pre": ["Papa", "Kon", "Georgi", "Dimo", "Vasi", "Christo"],
        "suf": ["dopoulos", "stantinou", "adis", "liou", "akis"],
        "join": _join,
    },
    "in": {
        "f": ["Lakshmi", "Divya", "Meenakshi", "Aparna"],
        "m": ["Arjun", "Karthik", "Sanjay", "Rohit"],
        "pre": ["Venkat", "Subra", "Rama", "Sriniv", "Bala", "Krishna"],
        "suf": ["murthy", "raman", "swamy", "asan", "chandran"],
        "join": _join,
    },
    "pk": {
        "f": ["Ayesha", "Sadia", "Hina", "Mehwish"],
        "m": ["Imran", "Faisal", "Usman", "Kashif"],
        "sur": ["Qureshi", "Chaudhry", "Siddiqui", "Awan", "Bhatti", "Mirza"],
    },
    "ph": {
        "f": ["Maricel", "Rowena", "Jocelyn", "Cherry"],
        "m": ["Jomar", "Arnel", "Ramil", "Rodel"],
        "sur": ["Dela Cruz", "Macaraeg", "Dimaculangan", "Pangilinan", "Villanueva", "Bautista"],
    },
    "hu": {
        "f": ["Zsófia", "Réka", "Erzsébet"],
        "m": ["Bence", "Gergely", "Levente"],
        "sur": ["Szűcs", "Halász", "Fekete", "Balogh", "Molnár"],
    },
    "ba": {
        "f": ["Emina", "Amela", "Lejla", "Mirsada"],
        "m": ["Edin", "Senad", "Adnan", "Nermin"],
        "pre": ["Hodž", "Beg", "Mujk", "Omer", "Hasan", "Del"],
        "suf": ["ić", "ović", "anović", "agić", "ačević"],
        "join": _join,
    },
    "br": {
        "f": ["Luana", "Camila", "Bruna"],
        "m": ["Thiago", "Rafael", "Gustavo"],
        "sur": ["da Silva Barbosa", "dos Santos", "Nascimento", "Cavalcanti", "Albuquerque"],
    },
}

# first names with the name a person goes by (nickname shapes)
NICKS = [
    ("ma", "m", "Mohammed", "Mo"),
    ("ma", "m", "Abdelkader", "Appie"),
    ("nl", "m", "Hendrikus", "Henk"),
    ("nl", "f", "Wilhelmina", "Mien"),
    ("nl", "m", "Cornelis", "Kees"),
    ("pl", "f", "Aleksandra", "Ola"),
    ("it", "m", "Giuseppe", "Peppe"),
    ("ng", "m", "Oluwaseun", "Seun"),
    ("so", "m", "Abdirahman", "Abdi"),
    ("gr", "m", "Dimitrios", "Mimis"),
    ("gh", "m", "Kwabena", "Kobby"),
    ("bg", "f", "Tsvetelina", "Tsveti"),
    ("ng", "m", "Babatunde", "Tunde"),
    ("ro", "m", "Alexandru", "Sandu"),
    ("pl", "m", "Przemysław", "Przemek"),
    ("it", "f", "Giuseppina", "Pina"),
]

# surnames that are Dutch words, used beside composed ones (never in a sentence in their ordinary sense unless known)
WORD_SURNAMES = ["Vink", "Kraai", "Wolf", "Steen", "Wit", "Baas", "Kok", "Koster", "Schipper", "Beek", "Veld", "Berg"]

# known residents: a word of the name occurs in its ordinary sense in the same document
# (word, position, origin of the other part, ordinary sentence with the word lower case, keep)
KNOWN = [
    (
        "Vos",
        "sur",
        "nl",
        "Op de camerabeelden van de wijkboa is alleen een vos te zien die de vuilniszakken openscheurt.",
    ),
    ("Haas", "sur", "ma", "De buurman beweert dat zijn haas door de hond van de overburen is doodgebeten."),
    ("Vink", "sur", "sc", "In de volière op het binnenterrein zit volgens de huismeester nog maar één vink."),
    ("Koster", "sur", "nl", "De koster van de Lambertuskerk beheert ook de sleutel van de gemeenschapsruimte."),
    ("Bakker", "sur", "tr", "Het pand van de bakker aan de overkant staat sinds de brand leeg."),
    ("Kok", "sur", "cn", "Haar zoon werkt als kok in een zorgcentrum en draait vooral avonddiensten."),
    ("Visser", "sur", "mol", "Haar broer is visser en zit van maandag tot en met vrijdag op zee."),
    ("Brouwer", "sur", "de", "De brouwer naast de woning heeft een vergunning voor een proeflokaal aangevraagd."),
    ("Jager", "sur", "fy", "Volgens de boswachter heeft een jager vorige week op het aangrenzende perceel geschoten."),
    ("Baas", "sur", "sc", "Volgens de verzoeker wil zijn baas eerst een verklaring van de gemeente zien."),
    ("Prins", "sur", "cw", "De prins van de carnavalsvereniging had wel toestemming voor de optocht."),
    ("Burger", "sur", "nl", "Elke burger kan sinds dit jaar een verzoek tot afstemming indienen."),
    ("Post", "sur", "gh", "Volgens de buren wordt de post voor het oude adres niet meer doorgestuurd."),
    ("Pas", "sur", "nl", "Volgens de vrijwilliger is haar pas van de voedselbank in maart verlopen."),
    ("Pot", "sur", "id", "Het geld uit de pot voor bijzondere noden is dit jaar al op."),
    ("Wolf", "sur", "pl", "In het natuurgebied is vorige maand een wolf gesignaleerd, schrijft de boswachter."),
    ("Zwaan", "sur", "nl", "Een zwaan broedt precies op de plek waar de steiger moet komen."),
    ("Vogel", "sur", "ro", "Een vogel heeft een nest gebouwd in de ventilatiekoker van de flat."),
    ("Winter", "sur", "ua", "Deze winter is de verwarming in de flat drie keer uitgevallen."),
    ("Berg", "sur", "so", "Achter de schuur ligt een berg grofvuil die niemand ophaalt."),
    ("Bos", "sur", "er", "Het pad door het bos naar de school is 's avonds niet verlicht."),
    ("Brug", "sur", "nl", "Sinds de brug over het kanaal dicht is, doet de taxi er een half uur langer over."),
    ("Steen", "sur", "hu", "Bij de ruzie is een steen door de ruit van de woonkamer gegooid."),
    ("Wit", "sur", "sy", "De brief zat in een wit envelopje zonder afzender."),
    ("Zwart", "sur", "ba", "Het balkon is na de brand nog altijd zwart van het roet."),
    ("Deken", "sur", "vl", "De wijkverpleegkundige bracht bij het huisbezoek een extra deken mee."),
    ("Wortel", "sur", "nl", "De wortel van het probleem ligt volgens de consulent bij de verkeerde inkomensgegevens."),
    ("Das", "sur", "in", "Op de foto draagt de handhaver geen uniform maar een pak met das."),
    ("Ram", "sur", "hi", "Op het erf achter de woning houdt de buurman een ram en vier ooien."),
    ("Lam", "sur", "vn", "Sinds de beroerte is de linkerarm van de verzoeker lam."),
    ("Pan", "sur", "cn", "Volgens de brandweer is de keukenbrand ontstaan door een pan op het fornuis."),
    ("Wang", "sur", "cn", "De huisarts noteerde een blauwe plek op haar wang."),
    ("Park", "sur", "kr", "Het park achter de flat wordt volgend jaar heringericht."),
    ("Bal", "sur", "tr", "De kinderen uit de straat schoppen de bal telkens tegen de gevel."),
    ("Tas", "sur", "tr", "Haar tas met alle papieren is in de tram blijven liggen."),
    ("Kar", "sur", "tr", "Met een kar haalt de buurman elke zaterdag oud ijzer op."),
    ("Mei", "first", "cn", "Het nieuwe besluit wordt uiterlijk in mei verwacht."),
    ("Merel", "first", "nl", "Een merel nestelt in de dakgoot die de woningcorporatie wil vervangen."),
    ("Lot", "first", "vl", "Het lot van de huurders hangt af van de sloopplannen van de corporatie."),
    ("Lieve", "first", "vl", "De bemiddelaar begon het gesprek met een paar lieve woorden over de overleden partner."),
    ("Riet", "first", "nl", "Het riet langs de sloot is niet gemaaid, waardoor het water niet wegstroomt."),
    ("Job", "first", "nl", "Hij heeft sinds kort een job bij een uitzendbureau in de haven."),
]
KNOWN_FEMALE_FIRST = {"Mei", "Merel", "Lot", "Lieve", "Riet"}

# ---------------------------------------------------------------- ordinary words that must be kept

TOWNS = [
    "Deventer",
    "Almelo",
    "Tilburg",
    "Zoetermeer",
    "Leeuwarden",
    "Venlo",
    "Hengelo",
    "Purmerend",
    "Nijmegen",
    "Apeldoorn",
    "Gouda",
    "Alkmaar",
    "Zwolle",
    "Arnhem",
    "Breda",
    "Roermond",
    "Vlaardingen",
    "Hoorn",
    "Assen",
    "Den Helder",
    "Kerkrade",
    "Middelburg",
    "Capelle aan den IJssel",
    "Sittard-Geleen",
]
DEPTS = [
    "Vergunningen, Toezicht en Handhaving",
    "Publiekszaken",
    "Burgerzaken",
    "Werk en Participatie",
    "Jeugd en Onderwijs",
    "Stadsbeheer",
    "Parkeerbeheer",
    "Wonen en Welzijn",
    "Inkomensondersteuning",
    "Klantcontactcentrum",
    "Juridische Zaken",
    "Belastingen en Invordering",
    "Sociaal Wijkteam",
    "Openbare Ruimte",
    "Zorg en Veiligheid",
    "Bouw- en Woningtoezicht",
]
ROLES = [
    "klantmanager",
    "wijkconsulent",
    "leerplichtambtenaar",
    "handhaver",
    "beleidsadviseur",
    "teamleider",
    "afdelingshoofd",
    "jurist",
    "casemanager",
    "woonconsulent",
    "budgetcoach",
    "klachtencoördinator",
    "ombudsfunctionaris",
    "trajectbegeleider",
    "parkeercontroleur",
    "inspecteur bouw- en woningtoezicht",
    "secretaris van de bezwaarcommissie",
]
SCHEMES = [
    "bijzondere bijstand",
    "individuele inkomenstoeslag",
    "kwijtschelding",
    "huishoudelijke hulp",
    "maatwerkvoorziening",
    "leerlingenvervoer",
    "gehandicaptenparkeerkaart",
    "urgentieverklaring",
    "Regeling Meedoen",
    "collectieve zorgverzekering",
    "tegemoetkoming energiekosten",
    "woonvoorziening",
    "persoonsgebonden budget",
]
LAWS = [
    "Participatiewet",
    "Wmo 2015",
    "Jeugdwet",
    "Algemene wet bestuursrecht",
    "Omgevingswet",
    "Wet open overheid",
    "Gemeentewet",
    "Huisvestingswet 2014",
    "Leerplichtwet 1969",
    "Wet gemeentelijke schuldhulpverlening",
]
ORGS = ["UWV", "SVB", "CAK", "DUO", "Belastingdienst", "GGD", "het Juridisch Loket", "Nationale ombudsman"]
CORPS = ["Woonbron", "Portaal", "Mitros", "Eigen Haard", "Stadgenoot", "Havensteder", "Wonion", "Trivire"]
EMPLOYERS = ["een uitzendbureau", "een distributiecentrum", "de thuiszorg", "een schoonmaakbedrijf", "de bouw"]
ISSUES = [
    "geluidsoverlast van een horecazaak",
    "een verzakte stoep",
    "schimmel in de badkamer",
    "een weggesleepte auto",
    "een te hoge aanslag afvalstoffenheffing",
    "een kapotte lift",
    "een geweigerde dakkapel",
    "vuilniszakken naast de container",
]
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
STREET_PRE = [
    "Klaproos",
    "Wilgen",
    "Kastanje",
    "Zilverschoon",
    "Reiger",
    "Kievits",
    "Hazelaar",
    "Vlasakker",
    "Korenbloem",
    "Sleedoorn",
    "Boekweit",
    "IJsvogel",
    "Dotterbloem",
    "Smeden",
    "Lijnbaans",
    "Touwslagers",
]
STREET_SUF = ["straat", "laan", "hof", "plein", "singel", "dreef", "weg", "kade", "pad", "erf", "akker", "gaarde"]
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- identifiers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            break
    return r.choice(
        [s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}"]
    )


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s|-", "", s).upper()
    return len(c) >= 15 and _mod97(c[4:] + c[:4]) == 1


def iban(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.72:
        country, bban = "NL", r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif kind < 0.84:
        n = "".join(str(r.randint(0, 9)) for _ in range(10))
        check = int(n) % 97 or 97
        country, bban = "BE", f"{n}{check:02d}"
    elif kind < 0.93:
        country, bban = "DE", "".join(str(r.randint(0, 9)) for _ in range(18))
    else:
        country, bban = "LT", "32500" + "".join(str(r.randint(0, 9)) for _ in range(11))
    check = 98 - _mod97(bban + country + "00")
    compact = f"{country}{check:02d}{bban}"
    grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    form = r.random()
    if form < 0.45:
        return grouped
    if form < 0.8:
        return compact
    if form < 0.9:
        return compact.lower()
    return grouped.lower()


def plate(r: random.Random) -> str:
    def L(n):
        return "".join(r.choice(PLATE_LETTERS) for _ in range(n))

    def D(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    code = r.choice(
        [
            (L(2), D(2), D(2)),
            (D(2), D(2), L(2)),
            (D(2), L(2), D(2)),
            (L(2), D(2), L(2)),
            (L(2), L(2), D(2)),
            (D(2), L(2), L(2)),
            (D(2), L(3), D(1)),
            (D(1), L(3), D(2)),
            (L(2), D(3), L(1)),
            (L(1), D(3), L(2)),
            (L(3), D(2), L(1)),
            (L(1), D(2), L(3)),
            (D(1), L(2), D(3)),
            (D(3), L(2), D(1)),
        ]
    )
    form = r.random()
    if form < 0.7:
        return "-".join(code)
    if form < 0.85:
        return "".join(code)
    return "-".join(code).lower()


def postcode(r: random.Random, lower: bool = False) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    if lower:
        letters = letters.lower()
    return r.choice([f"{n} {letters}", f"{n}{letters}", f"{n} {letters}", f"{n}  {letters}".replace("  ", " ")])


def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r: random.Random, foreign: bool = False) -> str:
    if foreign or r.random() < 0.12:
        return r.choice(
            [
                f"+32 4{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                f"+49 15{_d(r, 1)} {_d(r, 8)}",
                f"+90 53{_d(r, 1)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                f"+212 6{_d(r, 2)}-{_d(r, 6)}",
                f"+48 5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                f"+597 8{_d(r, 6)}",
                f"+599 9 5{_d(r, 2)} {_d(r, 4)}",
                f"+44 7700 {_d(r, 6)}",
                f"+40 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                f"+380 67 {_d(r, 3)} {_d(r, 4)}",
                f"+251 91 {_d(r, 3)} {_d(r, 4)}",
                f"+234 80{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
            ]
        )
    m = _d(r, 8)
    area = r.choice(["570", "546", "13", "79", "53", "77", "24", "26", "58", "30"])
    sub = _d(r, 9 - len(area))
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"+31(0)6-{m}",
            f"0031 6 {m}",
            f"(06) {m[:4]} {m[4:]}",
            f"06 {m[:3]} {m[3:6]} {m[6:]}",
            f"06{m}",
            f"0{area}-{sub}",
            f"(0{area}) {sub[:3]} {sub[3:]}",
            f"+31 {area} {sub}",
            f"0{area} {sub}",
        ]
    )


def case_number(r: random.Random) -> str:
    y, yy = r.randint(2021, 2026), r.randint(21, 26)
    return r.choice(
        [
            f"VTA-{y}-{_d(r, 5)}",
            f"Z/{yy}/{_d(r, 6)}",
            f"{y}.{_d(r, 6)}",
            f"BZ{yy}-{_d(r, 4)}",
            f"MA-{yy}-{_d(r, 5)}",
            f"OLO{_d(r, 7)}",
            f"INT/{y}/{_d(r, 4)}",
            f"SD{yy}.{_d(r, 5)}",
            f"JZ {y} {_d(r, 4)}",
            f"W{yy}/{_d(r, 3)}.{_d(r, 3)}",
        ]
    )


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "verzoeknummer",
    "casusnummer",
    "referentie",
    "meldingsnummer",
]


def dob(r: random.Random) -> str:
    y = r.randint(1934, 2008)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS[m - 1][:3]}. {y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
        ]
    )


def date(r: random.Random) -> str:
    y = r.randint(2024, 2026)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS[m - 1]}",
            f"{r.choice(WEEKDAYS)} {d} {MONTHS[m - 1]}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    )


def amount(r: random.Random) -> str:
    e, c = r.randint(12, 4800), r.randint(0, 99)
    es = f"{e:,}".replace(",", ".")
    return r.choice([f"€ {es},{c:02d}", f"€{es},-", f"EUR {es},{c:02d}", f"{es} euro"])


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r: random.Random, first: str, particle: str, sur: str, female: bool, nick: str | None = None):
        self.r, self.first, self.particle, self.sur, self.female, self.nick = r, first, particle, sur, female, nick
        parts = re.split(r"[ -]", first)
        extra = r.choice(["", "", "", "A", "M", "J", "H", "E", "C"])
        self.initials = "".join(p[0].upper() + "." for p in parts if p) + (extra + "." if extra else "")
        self.zij = "zij" if female else "hij"
        self.haar = "haar" if female else "zijn"

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def ini(self) -> str:
        return " ".join(x for x in (self.initials, self.particle, self.sur) if x)

    def last(self, start: bool = False) -> str:
        """The surname with its particle, as written without a first name (particle capitalised at random)."""
        if not self.particle:
            return self.sur
        p = self.particle
        if start or self.r.random() < 0.55:
            p = cap(p) if not p.startswith("'") else p
        return f"{p} {self.sur}"

    def title(self, start: bool = False) -> str:
        t = self.r.choice(["mevrouw", "mevrouw", "mw.", "mevr."] if self.female else ["de heer", "de heer", "dhr."])
        return cap(t) if start else t


def make_person(r: random.Random, origin: str | None = None, female: bool | None = None, marry: bool = True) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    o = ORIGINS[origin]
    female = r.random() < 0.5 if female is None else female
    first = r.choice(o["f" if female else "m"])
    particle = ""
    if "sur" in o:
        sur = r.choice(o["sur"])
    else:
        sur = o["join"](r.choice(o["pre"]), r.choice(o["suf"]))
        if origin == "pl" and female and sur.endswith("ski"):
            sur = sur[:-1] + "a"
        if origin == "bg" and female:
            sur += "a"
    if origin == "nl":
        particle = r.choice(o["particles"])
        if r.random() < 0.15:
            sur = r.choice(WORD_SURNAMES)
    if marry and not particle and r.random() < 0.14:  # a double-barrelled (married) name
        other = make_person(r, female=not female, marry=False)
        sur = (
            f"{other.sur}-{sur}" if r.random() < 0.5 else f"{sur}-{' '.join(filter(None, (other.particle, other.sur)))}"
        )
    return Person(r, first, particle, sur, female)


# ---------------------------------------------------------------- a document under construction


class Doc:
    def __init__(self, r: random.Random, known: tuple | None = None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.known = known
        self.ordinary_keep = None
        if known:
            word, pos, origin, _ = known
            female = word in KNOWN_FEMALE_FIRST if pos == "first" else None
            if pos == "sur" and re.search(r"\b[Hh]aar\b", known[3]):
                female = True
            elif pos == "sur" and re.search(r"\b(Hij|zijn)\b", known[3]):
                female = False
            p = make_person(r, origin, female)
            if pos == "sur":
                p.sur, p.particle = word, r.choice(["", "", "", "de", "van den", "van der"]) if origin == "nl" else ""
                if word in ("Wit", "Zwart", "Vos", "Haas", "Jager", "Bruin") and r.random() < 0.6:
                    p.particle = "de"
            else:
                p.first = word
                p.female = female
                p.initials = word[0] + "."
            p.zij, p.haar = ("zij", "haar") if p.female else ("hij", "zijn")
            self.res = p
        else:
            self.res = make_person(r)

    # annotation helpers
    def P(self, s: str, label: str = "PERSON") -> str:
        self.pii.append({"text": s, "label": label})
        return s

    def K(self, s: str) -> str:
        self.keep.append(s)
        return s

    def person(self, **kw) -> Person:
        return make_person(self.r, **kw)

    def town(self) -> str:
        return self.K(self.r.choice(TOWNS))

    def dept(self) -> str:
        return self.K(self.r.choice(DEPTS))

    def role(self, start: bool = False) -> str:
        role = self.r.choice(ROLES)
        return self.K(cap(role) if start else role)

    def scheme(self, art: bool = False) -> str:
        noun = self.K(self.r.choice(SCHEMES))
        if not art:
            return noun
        return ("het " if noun in ("leerlingenvervoer", "persoonsgebonden budget") else "de ") + noun

    def law(self) -> str:
        return self.K(self.r.choice(LAWS))

    def date(self) -> str:
        return self.K(date(self.r))

    def amount(self) -> str:
        return self.K(amount(self.r))

    def street(self) -> str:
        r = self.r
        if r.random() < 0.2:
            who = make_person(r, "nl")
            return (
                r.choice(["Burgemeester ", "Dokter ", "Pastoor ", "Meester "]) + who.sur + r.choice(["laan", "straat"])
            )
        return r.choice(STREET_PRE) + r.choice(STREET_SUF)

    def address(self, number: bool = True) -> str:
        r = self.r
        st = self.street()
        if not number:
            return self.P(st, "ADDRESS")
        n = r.randint(1, 240)
        tail = r.choice([f"{n}", f"{n}", f"{n}{r.choice('abc')}", f"{n}-{r.randint(1, 4)}", f"{n} hs", f"{n}-B"])
        return self.P(f"{st} {tail}", "ADDRESS")

    def postcode(self, lower: bool = False) -> str:
        return self.P(postcode(self.r, lower), "POSTCODE")

    def phone(self, foreign: bool = False) -> str:
        return self.P(phone(self.r, foreign), "PHONE")

    def email(self, p: Person, official: bool = False) -> str:
        def ascii_(s: str) -> str:
            s = s.lower().translate(str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"}))
            return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s))

        r = self.r
        sur = ascii_(p.sur)
        first = ascii_(p.first.split()[0])
        if official:
            local = f"{first[0]}.{sur}" if r.random() < 0.6 else f"{first}.{sur}"
            dom = ascii_(r.choice(TOWNS)) + ".nl"
        else:
            local = r.choice(
                [f"{first}.{sur}", f"{first}{sur}{r.randint(1, 99)}", f"{first[0]}{sur}", f"{sur}.{first}"]
            )
            dom = r.choice(
                ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "outlook.com", "live.nl", "proton.me"]
            )
        return self.P(f"{local}@{dom}", "EMAIL")

    def case(self) -> str:
        return self.P(case_number(self.r), "CASE_NUMBER")

    def cue(self, start: bool = False) -> str:
        cue = self.r.choice(CASE_CUES)
        return self.K(cap(cue) if start else cue)

    def bsn(self) -> str:
        return self.P(bsn(self.r), "BSN")

    def iban(self) -> str:
        return self.P(iban(self.r), "IBAN")

    def plate(self) -> str:
        return self.P(plate(self.r), "LICENSE_PLATE")

    def dob(self) -> str:
        return self.P(dob(self.r), "DATE_OF_BIRTH")

    def official(self) -> Person:
        return self.person()


# ---------------------------------------------------------------- sentence shapes
# each takes the Doc and returns one or more sentences; `g.res` is the resident the document is about


def s01(g: Doc) -> str:
    p = g.res
    return f"Op {g.date()} meldde {g.P(p.full)} zich aan de balie van {g.dept()}."


def s02(g: Doc) -> str:
    p = g.res
    return (
        f"Aanleiding voor het verzoek is een brief van {g.dept()} aan {p.title()} {g.P(p.last())} over "
        f"{g.scheme(art=True)}."
    )


def s03(g: Doc) -> str:
    p = g.res
    return (
        f"De {g.K('bemiddelaar')} heeft {p.title()} {g.P(p.last())} gevraagd wat {p.zij} precies van de gemeente "
        f"verwacht."
    )


def s04(g: Doc) -> str:
    o = g.official()
    return f"Namens {g.dept()} schoof {g.P(o.full)}, {g.role()}, aan bij het gesprek."


def s05(g: Doc) -> str:
    o = g.official()
    return f"{g.role(start=True)} {g.P(o.ini)} erkent dat de beslistermijn uit de {g.law()} is overschreden."


def s06(g: Doc) -> str:
    p = g.res
    return f"Wat {g.P(p.first)} vooral dwarszit, is dat niemand {p.haar} brief van {g.date()} heeft beantwoord."


def s07(g: Doc) -> str:
    p = g.res
    kid = g.person(origin=None, female=True)
    return (
        f"Volgens {p.haar} dochter {g.P(kid.first)} is de {g.K('huurachterstand')} ontstaan nadat {g.scheme(art=True)} "
        f"werd stopgezet."
    )


def s08(g: Doc) -> str:
    p, o = g.res, g.official()
    org = g.K(g.r.choice(ORGS))
    return (
        f"Is {p.title()} {g.P(p.last())} al eerder bij {org} in beeld geweest? Dat vraagt de bemiddelaar na bij "
        f"{g.P(o.first)} van {g.dept()}."
    )


def s09(g: Doc) -> str:
    p = g.res
    return f"Bel {p.title()} {g.P(p.last())} vóór {g.K(g.r.choice(WEEKDAYS))} terug op {g.phone()}."


def s10(g: Doc) -> str:
    p = g.res
    return (
        f"Uit de {g.K('BRP')} blijkt dat {g.P(p.full)} sinds {g.K(str(g.r.randint(2005, 2023)))} op "
        f"{g.address()}, {g.postcode()} {g.town()} staat ingeschreven."
    )


def s11(g: Doc) -> str:
    p = g.res
    s = p.last(start=True)
    poss = f"{s}'" if s.endswith("s") else (f"{s}'s" if s[-1] in "aeiouy" else f"{s}s")
    return (
        f"{g.P(poss)} verzoek richt zich niet op de hoogte van {g.scheme(art=True)}, maar op de manier waarop het "
        f"besluit is {g.K('gecommuniceerd')}."
    )


def s12(g: Doc) -> str:
    a = g.res
    b = g.person(female=not a.female)
    return (
        f"Het verzoek van het echtpaar {g.P(a.last())} – {g.P(a.first)} en {g.P(b.first)} – gaat over "
        f"{g.K(g.r.choice(ISSUES))}."
    )


def s13(g: Doc) -> str:
    o = g.official()
    return f"Het besluit van {g.date()} is door {g.P(o.full)} ({g.dept()}) ingetrokken."


def s14(g: Doc) -> str:
    o = g.official()
    return (
        f"Door {g.P(o.ini)} werd toegezegd dat {g.scheme(art=True)} met {g.K('terugwerkende kracht')} wordt toegekend."
    )


def s15(g: Doc) -> str:
    o = g.official()
    q = g.r.choice(["“", '"'])
    e = "”" if q == "“" else '"'
    return f"{q}Wij hadden dit veel eerder moeten oppakken,{e} aldus {g.role()} {g.P(o.full)}."


def s16(g: Doc) -> str:
    p = g.res
    n = g.K(g.r.choice(["drie", "vier", "vijf", "zes"]))
    return (
        f"{g.P(p.full)} zegt dat {p.zij} {n} keer is doorverbonden zonder dat iemand {p.haar} vraag kon beantwoorden."
    )


def s17(g: Doc) -> str:
    p = g.res
    corp = g.K(g.r.choice(CORPS))
    return (
        f"De woning (eigendom van {corp}, bewoond door {g.P(p.full)}) heeft sinds "
        f"{g.K(g.r.choice(MONTHS))} {g.K('vochtproblemen')}."
    )


def s18(g: Doc) -> str:
    p, a, b = g.res, g.official(), g.official()
    return (
        f"Het gesprek vond plaats met {g.P(p.full)}, {g.P(a.full)} en {g.P(b.ini)}, in een spreekkamer van het "
        f"{g.K('stadskantoor')}."
    )


def s19(g: Doc) -> str:
    p = g.res
    return f"Het verslag is ter controle voorgelegd aan {p.title()} {g.P(p.last())}."


def s20(g: Doc) -> str:
    o = g.official()
    return f"Afgesproken is dat {g.P(o.full)} van {g.dept()} uiterlijk {g.date()} een nieuw besluit neemt."


def s21(g: Doc) -> str:
    p, o, m = g.res, g.official(), g.official()
    return (
        f"Gespreksverslag {g.date()}, {g.K(str(g.r.randint(9, 16)) + '.00 uur')} – deelnemers: {g.P(p.full)} "
        f"(verzoeker), {g.P(o.full)} ({g.role()}), bemiddelaar {g.P(m.ini)}."
    )


def s22(g: Doc) -> str:
    p = g.res
    return (
        f"{p.title(start=True)} {g.P(p.last())} vertelt dat {p.zij} met {p.haar} "
        f"{g.K(g.r.choice(['twee', 'drie', 'vier']))} kinderen in een {g.K('tweekamerwoning')} woont."
    )


def s23(g: Doc) -> str:
    p = g.res
    return (
        f"Op de vraag of {p.zij} bezwaar wil maken, antwoordt {g.P(p.first)}: 'Eerst wil ik gewoon een "
        f"{g.K('uitleg')}.'"
    )


def s24(g: Doc) -> str:
    p = g.res
    ex = g.person(female=not p.female)
    return (
        f"{p.title(start=True)} legt uit dat {p.haar} ex-partner, {g.P(ex.full)}, nog op het oude adres aan de "
        f"{g.address(number=False)} staat ingeschreven."
    )


def s25(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Tijdens het {g.K('telefoongesprek')} noemde {g.P(p.first)} de naam van {g.P(o.first)} van {g.dept()} "
        f"meerdere keren."
    )


def s26(g: Doc) -> str:
    a, b = g.official(), g.official()
    return (
        f"{g.role(start=True)} {g.P(a.last(start=False))} gaf aan niet {g.K('bevoegd')} te zijn; {a.zij} verwijst naar "
        f"{g.P(b.full)}."
    )


def s27(g: Doc) -> str:
    p = g.res
    return (
        f"De bemiddelaar vatte samen wat {p.title()} {g.P(p.last())} had verteld en vroeg of dat klopte; "
        f"{p.zij} {g.K('bevestigde')} dat."
    )


def s28(g: Doc) -> str:
    p = g.res
    son = g.person(female=False)
    return (
        f"Zoon {g.P(son.first)} tolkte voor {'zijn moeder' if p.female else 'zijn vader'}, {g.P(p.full)}, die "
        f"weinig {g.K('Nederlands')} spreekt."
    )


def s29(g: Doc) -> str:
    origin, sex, first, nick = g.r.choice(NICKS)
    p = make_person(g.r, origin, sex == "f")
    p.first = first
    return (
        f"{p.title(start=True)} {g.P(p.full)}, "
        f"door iedereen {g.P(nick)} genoemd, wil ook door de gemeente zo worden {g.K('aangesproken')}."
    )


def s30(g: Doc) -> str:
    a, b = g.official(), g.official()
    return (
        f"In het overleg met {g.P(a.ini)} en {g.P(b.ini)} kwam naar voren dat de {g.K('aanvraag')} nooit is "
        f"{g.K('geregistreerd')}."
    )


def s31(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Afspraak {g.r.randint(1, 4)}: {g.dept()} ({g.P(o.full)}) stuurt uiterlijk {g.date()} een gecorrigeerde "
        f"{g.K('beschikking')} aan {p.title()} {g.P(p.last())}."
    )


def s32(g: Doc) -> str:
    o = g.official()
    return (
        f"{g.P(o.full)} zorgt ervoor dat het bedrag van {g.amount()} vóór {g.date()} op {g.iban()} wordt "
        f"{g.K('gestort')}."
    )


def s33(g: Doc) -> str:
    p = g.res
    return (
        f"De gemeente en {g.P(p.full)} spreken af dat de {g.K('invordering')} wordt opgeschort totdat de "
        f"{g.K('bezwaarcommissie')} heeft beslist."
    )


def s34(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Voor {g.P(p.full)} wordt een vast {g.K('aanspreekpunt')} aangewezen: {g.P(o.full)}, bereikbaar op "
        f"{g.phone()} en via {g.email(o, official=True)}."
    )


def s35(g: Doc) -> str:
    a, b = g.official(), g.official()
    return (
        f"Wie doet wat: {g.P(a.ini)} – {g.K('herberekening')}; {g.P(b.first)} – {g.K('terugkoppeling')} aan de "
        f"verzoeker; bemiddelaar – {g.K('controlevraag')}."
    )


def s36(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Als {g.P(o.last())} de {g.K('termijn')} niet haalt, meldt {o.zij} dat zelf aan {p.title()} {g.P(p.last())}."
    )


def s37(g: Doc) -> str:
    p = g.res
    return f"De afspraak is op {g.date()} schriftelijk bevestigd aan {g.email(p)}."


def s38(g: Doc) -> str:
    p, o = g.res, g.official()
    t = g.town()
    return (
        f"Partijen: de gemeente {t}, vertegenwoordigd door {g.P(o.full)} ({g.role()}), en {g.P(p.full)}, wonende "
        f"{g.address()} te {t}."
    )


def s39(g: Doc) -> str:
    p, c = g.res, g.official()
    return (
        f"Punt {g.r.randint(2, 9)} – {g.K('casus')} {g.case()}: {g.P(c.ini)} licht toe dat het verzoek van "
        f"{g.P(p.last())} is {g.K('opgelost')}."
    )


def s40(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Actiepunt voor {g.P(o.first)}: navragen waarom het bezwaar van {p.title()} {g.P(p.last())} niet is "
        f"{g.K('doorgestuurd')}."
    )


def s41(g: Doc) -> str:
    a, b = g.official(), g.official()
    org = g.K(g.r.choice(ORGS))
    return f"{g.P(a.last(start=True))} merkt op dat {g.P(b.last())} hierover al contact heeft gehad met {org}."


def s42(g: Doc) -> str:
    a, b, c = g.official(), g.official(), g.official()
    reason = g.K(g.r.choice(["ziek", "verlof", "cursus"]))
    return f"Voorzitter: {g.P(a.full)}; notulist: {g.P(b.full)}; afwezig: {g.P(c.full)} ({reason})."


def s43(g: Doc) -> str:
    o = g.official()
    return (
        f"De vergadering stemt in met het voorstel van {g.P(o.full)} om {g.scheme(art=True)} voortaan "
        f"{g.K('ambtshalve')} toe te kennen."
    )


def s44(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Rondvraag: {g.P(o.first)} vraagt of de casus-{g.P(p.last())} {g.K('geanonimiseerd')} in de "
        f"{g.K('kennisbank')} mag."
    )


def s45(g: Doc) -> str:
    o = g.official()
    return f"De notulen van {g.date()} worden ongewijzigd {g.K('vastgesteld')}, met dank aan {g.P(o.ini)}."


def s46(g: Doc) -> str:
    p = g.res
    return (
        f"Het college besluit het verzoek van {g.P(p.full)}, geboren {g.dob()}, om {g.scheme(art=True)} "
        f"{g.K('toe te wijzen')}."
    )


def s47(g: Doc) -> str:
    p = g.res
    return (
        f"Gelet op de {g.law()} wordt aan {p.title()} {g.P(p.last())} ({g.K('BSN')} {g.bsn()}) met ingang van "
        f"{g.date()} {g.scheme(art=True)} toegekend."
    )


def s48(g: Doc) -> str:
    p = g.res
    return (
        f"Aan {g.P(p.full)}, {g.address()}, {g.postcode()} {g.town()}, wordt {g.K('ontheffing')} verleend voor "
        f"het voertuig met {g.K('kenteken')} {g.plate()}."
    )


def s49(g: Doc) -> str:
    o = g.official()
    return f"Dit besluit is namens de {g.K('burgemeester')} genomen door {g.P(o.ini)}, {g.role()}."


def s50(g: Doc) -> str:
    p = g.res
    return f"| {g.P(p.last(start=True))}, {g.P(p.initials)} | {g.dob()} | {g.bsn()} | {g.K('in behandeling')} |"


def s51(g: Doc) -> str:
    p = g.res
    return (
        f"Het bezwaar van {p.title()} {g.P(p.last())} tegen het besluit van {g.date()} ({g.cue()} {g.case()}) "
        f"wordt {g.K('gegrond')} verklaard."
    )


def s52(g: Doc) -> str:
    p = g.res
    return f"Tegen dit besluit kan {g.P(p.full)} binnen {g.K('zes weken')} bezwaar maken."


def s53(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"nb: {g.P(o.first.lower())} heeft {g.P(p.first.lower())} gisteren gebeld, geen gehoor – morgen "
        f"{g.K('opnieuw proberen')}"
    )


def s54(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"@{g.P(o.first)}: kun jij checken of {g.P(p.last(start=True))} al een {g.K('betalingsregeling')} heeft "
        f"bij {g.dept()}?"
    )


def s55(g: Doc) -> str:
    p = g.res
    return (
        f"Intern: {g.K('kenteken')} {g.plate()} hoort bij de {g.K('bestelbus')} van {p.title()} {g.P(p.last())}, "
        f"niet bij de buurman."
    )


def s56(g: Doc) -> str:
    o = g.official()
    return f"TODO {g.P(o.ini)}: IBAN {g.iban()} controleren, klopt niet met het {g.K('formulier')} van {g.date()}."


def s57(g: Doc) -> str:
    p, o = g.res, g.official()
    return f"Doorgezet naar {g.P(o.full)} ({g.dept()}); {o.zij} kent {g.P(p.first)} van een eerdere {g.K('melding')}."


def s58(g: Doc) -> str:
    p = g.res
    return (
        f"Let op: {g.P(p.full)} wil niet dat {p.haar} werkgever, {g.K(g.r.choice(EMPLOYERS))}, wordt {g.K('benaderd')}."
    )


def s59(g: Doc) -> str:
    p = g.res
    country = g.K(g.r.choice(["het buitenland", "familieverband", "een ander land"]))
    return (
        f"Terugbelnotitie – {p.title()} {g.P(p.last())} belde om {g.K(str(g.r.randint(9, 16)) + '.30')} vanaf "
        f"{g.phone(foreign=True)} (verblijft tijdelijk in {country})."
    )


def s60(g: Doc) -> str:
    w, o = g.person(), g.official()
    return (
        f"{g.cue(start=True)} {g.case()} is per abuis gekoppeld aan {g.P(w.full)}; {g.P(o.first)} "
        f"{g.K('herstelt')} dit."
    )


def s61(g: Doc) -> str:
    p = g.res
    return (
        f"Concepttekst {g.K('kennisbank')}: een bewoner (in het dossier {g.P(p.full)}) kreeg een "
        f"{g.K('naheffing')} terwijl {p.zij} een geldige vergunning had."
    )


def s62(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"In deze casus werd {g.P(p.first)} pas geholpen toen {g.role()} {g.P(o.full)} de zaak "
        f"{g.K('persoonlijk')} oppakte."
    )


def s63(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Leerpunt: {g.dept()} stuurt voortaan een {g.K('ontvangstbevestiging')}, zoals {g.P(o.last())} in het "
        f"overleg met {p.title()} {g.P(p.last())} voorstelde."
    )


def s64(g: Doc) -> str:
    p = g.res
    return (
        f"Wat ging er mis? De melding van {g.P(p.full)} over {g.K(g.r.choice(ISSUES))} is bij de overgang naar het "
        f"nieuwe {g.K('zaaksysteem')} kwijtgeraakt."
    )


def s65(g: Doc) -> str:
    o = g.official()
    return (
        f"Vraag voor de {g.K('redactie')}: mag de naam van {g.P(o.full)} in de {g.K('bronvermelding')} blijven staan?"
    )


def s66(g: Doc) -> str:
    p = g.res
    return (
        f"De geboortedatum van {g.P(p.first)} in het {g.K('klantvolgsysteem')} ({g.dob()}) wijkt af van die in de "
        f"BRP; {p.zij} is geboren op {g.dob()}."
    )


def s67(g: Doc) -> str:
    p = g.res
    return (
        f"{g.K('Huisbezoek')} afgelegd bij {p.title()} {g.P(p.last())} aan de {g.address()}; {p.zij} woont op de "
        f"{g.K('tweede verdieping')} zonder lift."
    )


def s68(g: Doc) -> str:
    p = g.res
    n = g.person()
    return (
        f"Het perceel naast {g.address()} is van {g.P(n.full)}, met wie {g.P(p.first)} al jaren een "
        f"{g.K('burenconflict')} heeft."
    )


def s69(g: Doc) -> str:
    p = g.res
    return (
        f"Kunt u, {p.title()} {g.P(p.last())}, de {g.K('machtiging')} ondertekenen en terugsturen naar het "
        f"{g.K('Meldpunt Afstemming')}?"
    )


def s70(g: Doc) -> str:
    p = g.res
    t = "mevrouw" if p.female else "heer"
    return (
        f"Geachte {t} {g.P(p.last())}, naar aanleiding van ons gesprek van {g.date()} bevestig ik de gemaakte "
        f"{g.K('afspraken')}."
    )


def s71(g: Doc) -> str:
    a, b = g.official(), g.official()
    return f"Opgesteld door: {g.P(a.full)}, {g.role()} | Gecontroleerd door: {g.P(b.ini)}"


def s72(g: Doc) -> str:
    p, m = g.res, g.person()
    org = g.K(g.r.choice(["het Juridisch Loket", "MEE", "de sociaal raadslieden", "Humanitas", "VluchtelingenWerk"]))
    return f"{g.P(p.full)} of {p.haar} {g.K('gemachtigde')}, {g.P(m.full)} van {org}, ontvangt een {g.K('afschrift')}."


def s73(g: Doc) -> str:
    p = g.res
    return (
        f"Het voertuig {g.plate()} van {g.P(p.full)} stond volgens de {g.K('handhaver')} op een "
        f"{g.K('invalidenparkeerplaats')}."
    )


def s74(g: Doc) -> str:
    p, n = g.res, g.person()
    return (
        f"De BRP vermeldt op {g.address()} naast {g.P(p.full)} ook {g.P(n.full)}, die daar volgens {p.title()} "
        f"{g.P(p.last())} nooit heeft {g.K('gewoond')}."
    )


def s75(g: Doc) -> str:
    a, b, c = g.official(), g.official(), g.res
    return (
        f"Zowel {g.P(a.ini)} als {g.P(b.full)} en {g.P(c.full)} hebben de {g.K('vaststellingsovereenkomst')} "
        f"ondertekend."
    )


def s76(g: Doc) -> str:
    o = g.official()
    return f"Dank voor je snelle reactie, {g.P(o.first)}!"


def s77(g: Doc) -> str:
    p, o = g.res, g.official()
    t = "mevrouw" if o.female else "meneer"
    return (
        f"Wiens beslissing was het om {g.scheme(art=True)} te stoppen? Volgens {g.P(p.first)} die van {t} "
        f"{g.P(o.last())}."
    )


def s78(g: Doc) -> str:
    o = g.official()
    d = g.r.choice(DEPTS).upper()
    return f"IN BEHANDELING BIJ: {g.P(o.full.upper())} ({g.K(d)})"


def s79(g: Doc) -> str:
    p = g.res
    bro = g.person(female=False)
    first = p.first
    poss = f"{first}'" if first.endswith("s") else (f"{first}'s" if first[-1] in "aeiouy" else f"{first}s")
    return f"{g.P(poss)} broer {g.P(bro.first)} heeft een {g.K('reservesleutel')}; hij woont aan de {g.address()}."


def s80(g: Doc) -> str:
    p = g.res
    kid = g.person(origin=None)
    kid.sur, kid.particle = p.sur, p.particle
    school = g.K(g.r.choice(["basisschool De Wilgenhoek", "het Stedelijk College", "sbo De Klimop", "het ROC"]))
    return f"Het kind, {g.P(kid.full)}, geboren op {g.dob()}, staat ingeschreven op {school}."


def s81(g: Doc) -> str:
    p, o = g.res, g.official()
    return f"Van: {g.email(o, official=True)}\nAan: {g.email(p)}\nOnderwerp: {g.K('verzoek tot afstemming')} {g.case()}"


def s82(g: Doc) -> str:
    a, b = g.official(), g.official()
    return f"Wegens {g.K('ziekte')} van {g.P(a.full)} neemt {g.P(b.full)} de zaak over."


def s83(g: Doc) -> str:
    p = g.res
    return (
        f"In {p.haar} e-mail van {g.date()} schrijft {p.title()} {g.P(p.last())}: 'Ik wil geen gunst, ik wil "
        f"dat de {g.K('regels')} worden toegepast.'"
    )


def s84(g: Doc) -> str:
    return (
        f"De verzoeker heeft als {g.K('rekeningnummer')} {g.iban()} opgegeven en als {g.K('telefoonnummer')} "
        f"{g.phone()}; beide zijn {g.K('geverifieerd')}."
    )


def s85(g: Doc) -> str:
    p = g.res
    place = g.K(g.r.choice(["Paramaribo", "Casablanca", "Izmir", "Gdańsk", "Asmara", "Mogadishu", "Kaboel", "Leiden"]))
    return f"Volgens de {g.K('Basisregistratie Personen')} is {g.P(p.full)} op {g.dob()} in {place} geboren."


def s86(g: Doc) -> str:
    p = g.res
    return f"{g.P(p.last(start=True))}, {g.P(p.initials)} (*{g.dob()}), {g.address()}, {g.postcode()} {g.town()}"


def s87(g: Doc) -> str:
    p = g.res
    return f"{g.P(p.full)}, {g.dob()}, {g.K('alleenstaand')}, {g.K('geen inkomen')} sinds {g.date()}."


def s88(g: Doc) -> str:
    p, o = g.res, g.official()
    up = f"{p.initials} {p.particle.upper() + ' ' if p.particle else ''}{p.sur.upper()}"
    return (
        f"ONDERWERP: {g.K('BEZWAAR')} {g.K('PARKEERBOETE')} – {g.P(up)}\nBehandelaar: {g.P(o.ini)}, "
        f"{g.cue()} {g.case()}"
    )


def s89(g: Doc) -> str:
    p = g.res
    return (
        f"Met {g.P(p.first)} is afgesproken dat {p.zij} de {g.K('bankafschriften')} van drie maanden mailt naar "
        f"{g.email(g.official(), official=True)}."
    )


def s90(g: Doc) -> str:
    a = g.official()
    return (
        f"De {g.K('klachtbehandelaar')}, {g.P(a.full)}, heeft de melding niet als {g.K('klacht')} geregistreerd "
        f"maar als verzoek tot afstemming."
    )


def s91(g: Doc) -> str:
    a, b = g.official(), g.official()
    return (
        f"cc {g.P(a.first.lower())}, {g.P(b.first.lower())}: graag vóór {g.K('vrijdag')} reageren op het "
        f"{g.K('conceptbesluit')}"
    )


def s92(g: Doc) -> str:
    p = g.res
    return (
        f"Het BSN van {g.P(p.first)} ({g.bsn()}) stond per vergissing in de openbare stukken van de "
        f"{g.K('raadscommissie')}."
    )


def s93(g: Doc) -> str:
    p = g.res
    return (
        f"Na controle van {g.K('burgerservicenummer')} {g.bsn()} bleek dat {p.title()} {g.P(p.last())} twee keer "
        f"in het {g.K('zaaksysteem')} stond."
    )


def s94(g: Doc) -> str:
    p = g.res
    return f"{g.P(p.first)} verhuist per {g.date()} naar {g.address()} ({g.postcode(lower=g.r.random() < 0.3)})."


def s95(g: Doc) -> str:
    p, o = g.res, g.official()
    return (
        f"Welke {g.K('medewerker')} heeft {p.title()} {g.P(p.last())} op {g.date()} gezegd dat het "
        f"{g.K('bezwaarschrift')} te laat was? Uit het logboek blijkt: {g.P(o.full)}."
    )


def s96(g: Doc) -> str:
    origin, sex, first, nick = g.r.choice(NICKS)
    p = make_person(g.r, origin, sex == "f")
    rest = " ".join(filter(None, (p.particle, p.sur)))
    return (
        f"Verzoeker: {g.P(first)} ('{g.P(nick)}') {g.P(rest)}; graag de {g.K('roepnaam')} gebruiken in alle "
        f"{g.K('correspondentie')}."
    )


SHAPES = [globals()[f"s{i:02d}"] for i in range(1, 97)]
LOWER_SHAPES = {s53}  # write the resident in lower case: never in a document with a known name


# ---------------------------------------------------------------- gate and generation


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(d: dict, score) -> None:
    score.check_doc(d)
    for item in d["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert bsn_ok(item["text"]), item
        if item["label"] == "IBAN":
            assert iban_ok(item["text"]), item
    names = set()
    for item in d["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"].replace("-", " "))
    known_words = set()
    if "known" in d:
        known_words = _words(" ".join(d["known"]["names"]))
        word = d["_ordinary"]
        assert any(re.search(rf"(?<!\w){cap(word)}(?!\w)", i["text"]) for i in d["pii"] if i["label"] == "PERSON"), d[
            "id"
        ]
    for k in d["keep"]:
        shared = _words(k.replace("-", " ")) & names
        if shared and not (k == d.get("_ordinary") and shared <= known_words):
            raise AssertionError((d["id"], k, shared))


def draw(r: random.Random, i: int, known: tuple | None) -> dict:
    g = Doc(r, known)
    n = r.randint(2, 5)
    pool = [s for s in SHAPES if not (known and s in LOWER_SHAPES)]
    shapes = r.sample(pool, n - (1 if known else 0))
    sentences = [s(g) for s in shapes]
    ordinary = None
    if known:
        word = known[0].lower()
        sentence = known[3]
        ordinary = g.K(word)
        sentences.insert(r.randint(0, len(sentences)), sentence)
    sep = " " if r.random() < 0.7 else "\n"
    text = sep.join(sentences)
    pii, seen = [], set()
    for item in sorted(g.pii, key=lambda it: text.find(it["text"])):
        key = (item["text"], item["label"])
        if key not in seen:
            seen.add(key)
            pii.append(item)
    keep = list(dict.fromkeys(g.keep))
    d = {"id": f"fresh12b-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        d["known"] = {"names": [g.res.full]}
        d["_ordinary"] = ordinary
    return d


REDRAWS = [0]


def generate() -> list[dict]:
    score = _load_score()
    docs = []
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        known = KNOWN[(i // 4) % len(KNOWN)] if i % 4 == 3 else None
        for _attempt in range(200):
            REDRAWS[0] += _attempt > 0
            d = draw(r, i, known)
            try:
                gate(d, score)
                break
            except AssertionError:
                continue
        else:
            raise RuntimeError(f"document {i} fails its gate 200 times")
        d.pop("_ordinary", None)
        docs.append(d)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh12b: up to date" if same else "fresh12b: committed file differs from regeneration")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    counts = Counter(item["label"] for d in docs for item in d["pii"])
    print(f"{len(docs)} documents -> {OUT}")
    print(dict(sorted(counts.items())), "known:", sum("known" in d for d in docs), "shapes:", len(SHAPES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
