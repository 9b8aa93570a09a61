"""Generate the fresh15b corpus: records typed into municipal case systems (log lines, status changes,
hand-over notes, phone and home-visit notes, intake summaries, labelled file notes, plain-text tables,
audit trails), annotated in the JSONL format of ``../shared/data/pii_dev2.jsonl``.

Written blind by helper B6 (round twelve). Standard library only.

    python tests/anonymizer/fresh15b/make_fresh15b.py          # write fresh15b_texts.jsonl
    python tests/anonymizer/fresh15b/make_fresh15b.py --check  # exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20261226
N_DOCS = 300
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh15b_texts.jsonl"
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
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du", "uit"}


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh15b_score", SCORE)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------------------------------------------
# Names: per origin group, first names (some whole, many composed) and surname parts that are composed.
# (first names, first-name stems, first-name endings, surname stems, surname endings, particles or prefixes)
# --------------------------------------------------------------------------------------------------------------
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str], list[str], list[str]]] = {
    "nederlands": (
        ["Geertruida", "Lubbert", "Aaltje", "Teunis", "Dieuwertje", "Evert", "Grietje", "Jochem", "Maartje"],
        ["Wil", "Ger", "Hen", "Mar", "Lie", "Ber", "Gijs", "Rut"],
        ["mijn", "trude", "rik", "tje", "ke", "dien", "bert"],
        ["Ver", "Hoog", "Wester", "Ooster", "Krom", "Groen", "Blom", "Bree", "Haver", "Zuid", "Rade"],
        ["hoeven", "kamp", "veld", "dijk", "broek", "horst", "werf", "meijer", "schot", "wijk", "laar"],
        ["van", "van der", "van den", "de", "ter", "ten", "van 't", "in 't", "op den", "uit den", "van de"],
    ),
    "fries": (
        ["Sjoukje", "Wopke", "Auke", "Tjitske", "Jildou", "Sjoerd", "Baukje", "Durk", "Jitske", "Romke"],
        ["Sjo", "Wy", "Tsj", "Ger", "Hyl"],
        ["erd", "tske", "brich", "lof", "kje"],
        ["Hoek", "Wijn", "Tjal", "Bosk", "Hof", "Sijt", "Feit", "Rypk", "Post", "Terp", "Haai"],
        ["stra", "sma", "inga", "ema", "enga", "ma"],
        [],
    ),
    "turks": (
        ["Emine", "Yusuf", "Hatice", "Kerem", "Zeynep", "Oğuz", "Gülsüm", "Serkan", "Nurcan", "Tuncay", "Sevgül"],
        ["Gül", "Nur", "Ser", "Ay", "Er", "Süm"],
        ["ten", "han", "gül", "can", "biye", "kan"],
        ["Kara", "Ak", "Yıl", "Öz", "Tok", "Bal", "Gün", "Demir", "Kuş", "Er", "Yüce"],
        ["taş", "oğlu", "kaya", "dağ", "soy", "can", "türk", "doğan", "ay", "men"],
        [],
    ),
    "marokkaans": (
        ["Nordin", "Hafsa", "Ilyas", "Ikram", "Soufiane", "Loubna", "Zakaria", "Najat", "Siham", "Tarik"],
        ["Ach", "Nou", "Ham", "Sal", "Mou"],
        ["raf", "ria", "za", "ima", "nir"],
        ["Am", "Idr", "Khat", "Mour", "Ham", "Bakk", "Yah", "Bouk", "Azz", "Tah", "Lahl", "Zer"],
        ["rani", "issi", "tabi", "abit", "daoui", "ali", "yaoui", "hari", "aoui", "addou", "ouli"],
        ["El", "Ben", "Ait", "Ou"],
    ),
    "hindostaans": (
        ["Radjesh", "Sarita", "Ashwin", "Kavita", "Navin", "Reshma", "Dinesh", "Shanti", "Vishal", "Anjali"],
        ["Ra", "Sur", "Chan", "Ish", "Ro"],
        ["djen", "ita", "dra", "wari", "hini"],
        ["Ram", "Jhagr", "Bhag", "Mahab", "Soek", "Ganga", "Bisses", "Kall", "Rambh", "Ketw"],
        ["sing", "dat", "lal", "ier", "oe", "persad", "jawan", "aroe", "ali"],
        [],
    ),
    "creools": (
        ["Iwan", "Marlies", "Ronaldo", "Jurgen", "Lorna", "Humphrey", "Gracia", "Errol", "Rinia", "Jerrel"],
        ["Gle", "Roy", "Jer", "Mar", "Eu"],
        ["nda", "ston", "dell", "ciano", "genie"],
        ["Leef", "Blijd", "Doel", "Zaal", "Fraen", "Menk", "Lodi", "Zeeg", "Kort", "Amar"],
        ["land", "wijt", "veld", "burg", "stein", "kel", "berg", "aar", "ing"],
        [],
    ),
    "antilliaans": (
        ["Shurandy", "Giselle", "Jurensly", "Dayanara", "Rignald", "Sharlene", "Kenderick", "Jeanelle"],
        ["Shu", "Jur", "Day", "Rig", "Gio"],
        ["rency", "nelly", "sandra", "ric", "vanni"],
        ["Marti", "Cijn", "Iseni", "Rosar", "Jan", "Corne", "Stat", "Madu", "Anton", "Wes"],
        ["na", "tje", "a", "ia", "ga", "lis", "ro", "ie", "el"],
        [],
    ),
    "moluks": (
        ["Yohanna", "Semuel", "Dewi", "Ferry", "Wati", "Nona", "Octo", "Hetty", "Ronny"],
        ["Ye", "Mi", "Sal", "Jo"],
        ["tje", "ce", "omo", "sina"],
        ["Tehu", "Latu", "Sahu", "Pattis", "Wattil", "Mana", "Lekat", "Ririm", "Sopa", "Hatu"],
        ["mahu", "peirissa", "sina", "ela", "ena", "nussa", "ahu", "tupessy", "lette"],
        [],
    ),
    "chinees": (
        ["Wei Ling", "Jun Hao", "Mei", "Xiaoyu", "Zhiwei", "Kai Ming", "Yanan", "Qiu", "Haoran"],
        ["Xiao", "Yu", "Zhi", "Jia"],
        ["wen", "ting", "hui", "lan"],
        ["Zh", "L", "T", "G", "Hu", "X", "Ts", "Kw"],
        ["eng", "in", "an", "uo", "ang", "u", "ong", "ok"],
        [],
    ),
    "vietnamees": (
        ["Thi Hoa", "Minh Tuan", "Thanh", "Ngoc Anh", "Quang", "Bao", "Thu Trang", "Duc", "Phuong"],
        ["Hoa", "Linh", "Tu"],
        ["ng", "n"],
        ["Ph", "Tr", "V", "D", "B", "Ng", "Du", "L"],
        ["am", "an", "o", "ang", "ui", "uyen", "ong", "y"],
        [],
    ),
    "pools": (
        ["Agnieszka", "Przemysław", "Małgorzata", "Grzegorz", "Katarzyna", "Wojciech", "Zofia", "Bartosz", "Jadwiga"],
        ["Dar", "Kry", "Mar", "Stan"],
        ["iusz", "styna", "zena", "isław"],
        ["Wiś", "Kowal", "Zieliń", "Grab", "Mrocz", "Pawl", "Sobie", "Krzyż", "Wróbl", "Dąbr", "Szczep"],
        ["ski", "czyk", "ewicz", "ak", "owski", "iak", "ańczyk"],
        [],
    ),
    "oekraïens": (
        ["Oksana", "Bohdan", "Halyna", "Mykola", "Solomiia", "Yaroslava", "Vasyl", "Ostap", "Liliia"],
        ["Ole", "Yev", "Svi", "Ro"],
        ["ksandr", "heniia", "tlana", "man"],
        ["Bondar", "Kravch", "Shevch", "Tkach", "Moroz", "Lysen", "Hryts", "Melnych", "Savch", "Kovalch"],
        ["enko", "uk", "yshyn", "ak", "ko"],
        [],
    ),
    "roemeens": (
        ["Ionuț", "Mihaela", "Florin", "Răzvan", "Ioana", "Cătălina", "Dorin", "Alina"],
        ["Cos", "Ove", "Mir", "Lu"],
        ["min", "ela", "cea", "dmila"],
        ["Popes", "Dumit", "Stăn", "Ionesc", "Munt", "Vasil", "Cojoc", "Bălan"],
        ["cu", "rescu", "escu", "eanu", "oiu", "aru"],
        [],
    ),
    "bulgaars": (
        ["Dimitar", "Yordanka", "Stoyan", "Rumyana", "Hristo", "Tsvetelina"],
        ["Bo", "Zla", "Ve"],
        ["rislav", "tka", "selin"],
        ["Petk", "Ivan", "Georgi", "Stoy", "Dimitr", "Todor", "Nikol", "Kostad"],
        ["ov", "ev", "inov", "chev"],
        [],
    ),
    "syrisch": (
        ["Rami", "Lina", "Mazen", "Rasha", "Ghaith", "Hussam", "Dima", "Ruba"],
        ["Maj", "Ham", "Wal"],
        ["d", "za", "eed"],
        ["Hal", "Dar", "Hom", "Sham", "Kha", "Zein", "Mas", "Kurd"],
        ["abi", "wish", "si", "mout", "tib", "eddine", "ri"],
        ["Al-", "Al "],
    ),
    "eritrees": (
        ["Freweyni", "Tesfit", "Mebrahtu", "Luwam", "Aklilu", "Rahwa", "Filmon", "Tsega", "Abrehet"],
        ["Ter", "Bere", "Hab"],
        ["hase", "ket", "tom"],
        ["Tekle", "Gebre", "Hagos", "Wolde", "Habte", "Berhane", "Kidane", "Ghirmay"],
        ["haimanot", "mariam", "giorgis", "selassie", "mikael", "ab", "ezgi"],
        [],
    ),
    "somalisch": (
        ["Hodan", "Abdirahman", "Faadumo", "Mahad", "Ifrah", "Guled", "Sahra", "Liban"],
        ["Xa", "Muu", "Ay"],
        ["mdi", "se", "aan"],
        ["War", "Jim", "Far", "Gul", "Eg", "Hir", "Nuur", "Dirir"],
        ["same", "cale", "ah", "eid", "aal", "si", "ow", "ie"],
        [],
    ),
    "afghaans": (
        ["Zarmina", "Farishta", "Mirwais", "Nilofar", "Habibullah", "Wazhma", "Sohrab"],
        ["Mas", "Khal", "Ros"],
        ["ouda", "ida", "hana"],
        ["Ahmad", "Rahim", "Nazar", "Haqa", "Sul", "Karim", "Sediq", "Popal"],
        ["zai", "i", "yar", "ni", "khel", "zada"],
        [],
    ),
    "iraans": (
        ["Shirin", "Behrouz", "Mahsa", "Kaveh", "Nasrin", "Dariush", "Parisa", "Arash"],
        ["Far", "Ros", "Ba"],
        ["zaneh", "tam", "hman"],
        ["Moham", "Tehr", "Rezv", "Hossein", "Sadegh", "Farah", "Ghas", "Jav"],
        ["madi", "ani", "ian", "zadeh", "pour", "nejad", "emi", "khani"],
        [],
    ),
    "koerdisch": (
        ["Rezan", "Dilan", "Shvan", "Hêvî", "Zozan", "Karwan", "Bêrîvan"],
        ["Ser", "Ros", "Ar"],
        ["hat", "ya", "ian"],
        ["Barz", "Tal", "Ahm", "Zib", "Hawr", "Sind", "Qad", "Mir"],
        ["ani", "abani", "ed", "ari", "ami", "ir", "o"],
        [],
    ),
    "ghanees": (
        ["Kwame", "Abena", "Kofi", "Akosua", "Yaw", "Efua", "Kwabena", "Adwoa"],
        ["Ako", "Ama", "Kwa"],
        ["sua", "ma", "ku"],
        ["Ofo", "Asa", "Mensa", "Boa", "Amo", "Oti", "Kyere", "Owu"],
        ["ri", "nte", "h", "teng", "ako", "mateng", "su"],
        [],
    ),
    "nigeriaans": (
        ["Chidinma", "Olumide", "Ngozi", "Tunde", "Funmilayo", "Emeka", "Yetunde", "Obinna"],
        ["Ade", "Chi", "Olu"],
        ["bola", "oma", "wale"],
        ["Okon", "Ade", "Ola", "Nwo", "Eze", "Chukwu", "Oye", "Ogun"],
        ["kwo", "yemi", "wale", "su", "ani", "bode", "ade"],
        [],
    ),
    "kaapverdisch": (
        ["Djenifer", "Nelson", "Elisângela", "Ailton", "Odair", "Jocelina"],
        ["Dje", "Ai", "Ed"],
        ["nilson", "lton", "ina"],
        ["Tava", "For", "Sem", "Var", "Monte", "Delgad", "Lop"],
        ["res", "tes", "edo", "ela", "iro", "o", "ado"],
        ["da", "dos", "de"],
    ),
    "portugees": (
        ["João Pedro", "Luana", "Thiago", "Fernanda", "Gonçalo", "Inês"],
        ["Ro", "Lu", "Ma"],
        ["drigo", "ciana", "rília"],
        ["Carv", "Mour", "Olive", "Fig", "Azev", "Brag"],
        ["alho", "ão", "ira", "ueiredo", "edo", "ança"],
        [],
    ),
    "spaans": (
        ["Iñaki", "Begoña", "Álvaro", "Rocío", "Xabier", "Nuria"],
        ["Mar", "Lo", "Pa"],
        ["iví", "rena", "blo"],
        ["Fernán", "Gonzá", "Rodrí", "Sánch", "Ibá", "Echever"],
        ["dez", "lez", "guez", "ez", "ñez", "ría"],
        [],
    ),
    "italiaans": (
        ["Giuseppina", "Salvatore", "Chiara", "Gennaro", "Federica", "Rocco"],
        ["Ma", "Gio", "Lo"],
        ["rcella", "rgio", "renza"],
        ["Espos", "Ferr", "Russ", "Bian", "Colomb", "Ricc", "Mar", "Gall"],
        ["ito", "ari", "o", "chi", "etti", "ino", "elli"],
        ["De", "Di", "La"],
    ),
    "grieks": (
        ["Eleni", "Dimitrios", "Vasiliki", "Giorgos", "Panagiota", "Stavros"],
        ["Ka", "Ste", "Ni"],
        ["terina", "lios", "kos"],
        ["Papa", "Kon", "Geor", "Nik", "Chris", "Kar"],
        ["dopoulos", "stantinou", "giou", "olaidis", "tidis", "amanlis"],
        [],
    ),
    "duits": (
        ["Jürgen", "Heike", "Uwe", "Gudrun", "Torsten", "Birgit"],
        ["Die", "Ul", "Han"],
        ["trich", "rike", "nelore"],
        ["Schnei", "Wag", "Hof", "Kess", "Brau", "Zimm", "Lang"],
        ["der", "ner", "mann", "ler", "ecker"],
        ["von", "zu"],
    ),
    "vlaams": (
        ["Jozefien", "Wannes", "Lieve", "Bavo", "Griet", "Jef"],
        ["Fie", "Ste", "Ro"],
        ["ne", "ven", "el"],
        ["Vande", "Ver", "Vander", "Declerc"],
        ["walle", "haeghe", "velde", "poorten", "straete", "cauter", "bussche", "q"],
        [],
    ),
    "indiaas": (
        ["Priyanka", "Arjun", "Lakshmi", "Vikram", "Deepa", "Sandeep"],
        ["Ani", "Ka", "Su"],
        ["ruddh", "vya", "resh"],
        ["Ven", "Krish", "Raghu", "Subra", "Bala", "Nata"],
        ["kataraman", "namurthy", "nathan", "manian", "krishnan", "rajan"],
        [],
    ),
    "pakistaans": (
        ["Ayesha", "Imran", "Sana", "Faisal", "Zainab", "Usman"],
        ["Sha", "Bi", "Ham"],
        ["hid", "lal", "za"],
        ["Chaud", "Qure", "Mir", "Rah", "Mal", "Sidd"],
        ["hry", "shi", "za", "man", "ik", "iqui"],
        [],
    ),
    "filipijns": (
        ["Maricel", "Jericho", "Rowena", "Arnel", "Lovely", "Jomar"],
        ["Ma", "Jo", "Rey"],
        ["rites", "nel", "nalyn"],
        ["Mang", "Bau", "Cas", "Agu", "Bat", "Sal"],
        ["ubat", "tista", "tillo", "ilar", "ungbakal", "vador"],
        ["Dela", "Delos"],
    ),
    "hongaars": (
        ["Zsófia", "Levente", "Erzsébet", "Gergő", "Bence", "Ildikó"],
        ["Zso", "Ba", "Ti"],
        ["lt", "lázs", "bor"],
        ["Kov", "Sza", "Tót", "Hor", "Mol", "Fark"],
        ["ács", "bó", "h", "váth", "nár", "as"],
        [],
    ),
    "iers-brits": (
        ["Siobhan", "Callum", "Niamh", "Declan", "Aoife", "Ciarán"],
        ["Ea", "Rói", "Fi"],
        ["mon", "sín", "onn"],
        ["O'", "Mc", "Fitz", "Mac"],
        ["Sullivan", "Gowan", "Gerald", "Donnell", "Carthy", "Bride", "Lochlainn"],
        [],
    ),
}

# Surnames that are ordinary Dutch words (word, sentence using the word in its ordinary sense, lower case).
KNOWN_WORDS: dict[str, str] = {
    "Haring": "Op zaterdag verkoopt hij gerookte haring vanaf een kar bij het station.",
    "Valk": "Volgens de melding heeft een valk de duiven van de buurvrouw gepakt.",
    "Steen": "Afgelopen nacht is er een steen door de ruit van de keuken gegooid.",
    "Zand": "De aannemer heeft een hoop zand op de stoep laten liggen.",
    "Beek": "Bij hevige buien treedt de beek achter de woning buiten haar oevers.",
    "Wolf": "In het gebied is vorige maand een wolf gesignaleerd; de schapenhouder maakt zich zorgen.",
    "Haas": "De hond joeg in het plantsoen een haas op en liep daarna de weg op.",
    "Kok": "Zij werkt parttime als kok in een verpleeghuis en heeft wisselende uren.",
    "Bakker": "Omdat de bakker op de hoek is gesloten, moet zij ver lopen voor boodschappen.",
    "Zwart": "De schimmel achter de kast is inmiddels zwart en ruikt muf.",
    "Stam": "Na de storm is de stam van de iep in de voortuin gescheurd.",
    "Appel": "Het kind nam als lunch alleen een appel mee naar school.",
    "Hamer": "De buurman sloeg volgens de melding met een hamer tegen de voordeur.",
    "Spijker": "Op het fietspad reed hij een spijker in zijn voorband.",
    "Honing": "Hij verkoopt honing aan de deur en vraagt of daar een vergunning voor nodig is.",
    "Dekker": "Een dekker heeft vorige week pannen op het dak vervangen.",
    "Visser": "Als visser op de kotter heeft hij wisselende inkomsten per seizoen.",
    "Schipper": "Haar ex-partner werkt als schipper in de binnenvaart en is weinig thuis.",
    "Koster": "De koster van de kerk heeft geklaagd over geluid tijdens de dienst.",
    "Brood": "Aan het eind van de maand is er soms geen geld meer voor brood.",
    "Kaas": "Hij verkoopt kaas op de weekmarkt maar zijn standplaats is vervallen.",
    "Molenaar": "De vrijwillige molenaar van de korenmolen heeft de overlast ook gezien.",
    "Vos": "Een vos heeft twee kippen uit het hok in de volkstuin gehaald.",
    "Bos": "Hij zegt dat hij sommige nachten in het bos heeft geslapen.",
    "Brug": "De brug over de vaart is afgesloten zodat zij met de scootmobiel moet omrijden.",
    "Dijk": "De woning ligt direct achter de dijk en heeft vocht in de kruipruimte.",
    "Baas": "Haar baas betaalt het loon al drie maanden te laat.",
    "Kelder": "Na de hoosbui stond de kelder van het complex blank.",
    "Knol": "De knol van de dahlia's in de voortuin is volgens hem gestolen.",
    "Peper": "Volgens de aangifte is er peper in haar ogen gespoten.",
}
KNOWN_FIRST: dict[str, str] = {
    "Roos": "Er ligt een verwelkte roos bij het hek; de buren denken aan een grap.",
    "Merel": "Een merel nestelt in de dakgoot, daarom wacht de aannemer met het werk.",
    "Lente": "Pas in de lente wordt de traplift volgens de leverancier geplaatst.",
    "Linde": "De linde voor het huis moet volgens de boomdeskundige gekapt worden.",
    "Hazel": "Zij wil de deur in hazel laten verven zoals de rest van de rij.",
}

NICK = {
    "Geertruida": "Truida",
    "Lubbert": "Lub",
    "Teunis": "Teun",
    "Jochem": "Joep",
    "Przemysław": "Przemek",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Wojciech": "Wojtek",
    "Abdirahman": "Abdi",
    "Habibullah": "Habib",
    "Giuseppina": "Pina",
    "Salvatore": "Totò",
    "Dimitrios": "Mitsos",
    "Funmilayo": "Funmi",
    "Yaroslava": "Slava",
    "Solomiia": "Solia",
    "Dieuwertje": "Dieuw",
    "Shurandy": "Shu",
}

FEMALE_HINT = ("a", "e", "ie", "je", "ke", "ne", "na", "ni", "ya", "ah", "in", "ou", "ey", "el", "ta")

STREET_PRE = [
    "Lijster",
    "Kievit",
    "Zwaluw",
    "Hazelaar",
    "Wilgen",
    "Berken",
    "Vlier",
    "Meidoorn",
    "Korenbloem",
    "Klaver",
    "Hyacint",
    "Goudsbloem",
    "Otter",
    "Bever",
    "Smeden",
    "Kuipers",
    "Touwslagers",
    "Bleekers",
    "Gieters",
    "Wevers",
    "Roerdomp",
    "Karekiet",
    "Pimpernel",
    "Duizendknoop",
    "Kolibrie",
    "Zilverschoon",
    "Zandloper",
    "Graanschuur",
    "Turfschip",
    "Hooiberg",
]
STREET_SUF = [
    "straat",
    "laan",
    "hof",
    "singel",
    "kade",
    "dreef",
    "erf",
    "plein",
    "pad",
    "gaarde",
    "hove",
    "wal",
    "akker",
    "weide",
    "baan",
    "steeg",
    "gracht",
]
STREET_PERSON = ["Burgemeester", "Dokter", "Pastoor", "Meester", "Kapitein", "Zuster"]

TOWNS = [
    "Heerhugowaard",
    "Zoetermeer",
    "Apeldoorn",
    "Venlo",
    "Roosendaal",
    "Deventer",
    "Leeuwarden",
    "Emmen",
    "Vlaardingen",
    "Capelle aan den IJssel",
    "Helmond",
    "Almelo",
    "Kampen",
    "Tiel",
    "Goes",
    "Assen",
    "Purmerend",
    "Nieuwegein",
    "Zeist",
    "Oss",
    "Heerlen",
    "Smallingerland",
]
DEPTS = [
    "Team Werk en Inkomen",
    "afdeling Publiekszaken",
    "Wijkteam Noord",
    "Sociaal Domein",
    "team Leefbaarheid",
    "Vergunningverlening",
    "Klantcontactcentrum",
    "afdeling Belastingen",
    "Jeugd en Gezin",
    "Backoffice Parkeren",
    "Team Handhaving",
    "Burgerzaken",
    "Leerplicht",
    "Inkomensondersteuning",
    "Wijkteam Oost",
    "Team Beschermd Wonen",
]
SCHEMES = [
    "Wmo 2015",
    "Participatiewet",
    "Jeugdwet",
    "Awb",
    "Wet gemeentelijke schuldhulpverlening",
    "Omgevingswet",
    "Wet BRP",
    "individuele inkomenstoeslag",
    "bijzondere bijstand",
    "kwijtschelding",
    "huishoudelijke hulp",
    "leerlingenvervoer",
    "mantelzorgwaardering",
    "parkeervergunning",
    "scootmobiel",
    "traplift",
    "energietoeslag",
    "woonkostentoeslag",
    "beschermingsbewind",
    "afvalstoffenheffing",
]
ORGS = [
    "UWV",
    "SVB",
    "CAK",
    "GGD",
    "Veilig Thuis",
    "Belastingdienst",
    "Stichting MEE",
    "Humanitas",
    "Leger des Heils",
    "Juridisch Loket",
    "Kredietbank",
    "CJG",
    "Raad voor de Kinderbescherming",
    "Nationale ombudsman",
    "DUO",
    "Rechtbank",
]
FUNCS = [
    "klantmanager",
    "casemanager",
    "wijkcoach",
    "consulent",
    "leerplichtambtenaar",
    "handhaver",
    "teamleider",
    "wijkagent",
    "schuldhulpmaatje",
    "bewindvoerder",
    "huisarts",
    "praktijkondersteuner",
    "ambulant begeleider",
    "bemiddelaar",
    "coördinator",
    "intaker",
    "jurist",
    "regisseur",
]
STATUSES = [
    "ontvangen",
    "in_verkenning",
    "in_afstemming",
    "opgelost",
    "niet_opgelost",
    "doorverwezen",
    "ingetrokken",
    "afgerond",
]
MAILHOSTS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "icloud.com",
    "xs4all.nl",
    "home.nl",
    "hetnet.nl",
    "yahoo.com",
    "proton.me",
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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAY_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first: str, sur: str, female: bool, origin: str) -> None:
        self.first, self.sur, self.female, self.origin = first, sur, female, origin
        self.extra_init = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def bare(self) -> str:
        """The surname alone, its first particle with a capital (as Dutch writes it without a first name)."""
        return self.sur[0].upper() + self.sur[1:]

    @property
    def initials(self) -> str:
        parts = re.split(r"[ \-]", self.first)
        return "".join(p[0].upper() + "." for p in parts if p) + self.extra_init

    @property
    def formal(self) -> str:
        return f"{self.initials} {self.sur}"

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "de heer"

    @property
    def short_title(self) -> str:
        return "mw." if self.female else "dhr."

    @property
    def core(self) -> str:
        """The last surname word (no particles), e.g. for a bare mention in lower-case text."""
        words = [w for w in re.split(r"[ \-]", self.sur) if w.lower() not in PARTICLE_WORDS and len(w) > 1]
        return words[-1] if words else self.sur

    @property
    def nick(self) -> str:
        f = self.first.split()[0]
        return NICK.get(f, f[: max(3, min(4, len(f) - 2))] if len(f) > 5 else f)

    @property
    def code(self) -> str:
        """A case-system user code: initial plus compact surname, lower case."""
        compact = re.sub(r"[^a-z]", "", ascii_fold(self.sur).lower())
        return (ascii_fold(self.first[0]).lower() + compact)[:9]

    @property
    def caps_code(self) -> str:
        """Initials as a user code: first-name initial plus initials of the surname words (VDK style)."""
        words = [w for w in re.split(r"[ \-]", self.sur) if w]
        return re.sub(r"[^A-Z]", "", ascii_fold(self.first[0] + "".join(w[0] for w in words)).upper())

    def email(self, r: random.Random, host: str | None = None) -> str:
        f = ascii_fold(self.first.split()[0]).lower()
        s = re.sub(r"[^a-z]", "", ascii_fold(self.sur).lower())
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{s}{f[0]}", f"{f}{s}{r.randint(1, 99)}", f"{f}_{s}"])
        return f"{local}@{host or r.choice(MAILHOSTS)}"


def make_first(r: random.Random, origin: str) -> tuple[str, bool]:
    firsts, fa, fb = ORIGINS[origin][:3]
    name = r.choice(firsts) if r.random() < 0.55 else r.choice(fa) + r.choice(fb)
    name = name[0].upper() + name[1:]
    female = name.endswith(FEMALE_HINT) or r.random() < 0.3
    return name, female


def make_sur(r: random.Random, origin: str) -> str:
    _, _, _, sa, sb, parts = ORIGINS[origin]
    root = r.choice(sa) + r.choice(sb)
    if origin == "iers-brits":
        root = r.choice(sa) + r.choice(sb)
    if parts and r.random() < 0.45:
        p = r.choice(parts)
        if p.endswith("-"):
            return p + root
        if origin == "nederlands":
            root = r.choice(["Wetering", "Kolk", "Hoeve", "Leur", "Schraag", "Vaart", "Meent", "Ploeg", "Goor", "Elst"])
        return f"{p} {root}"
    return root


def make_person(r: random.Random, origin: str | None = None, known_word: str | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    first, female = make_first(r, origin)
    sur = make_sur(r, origin)
    if r.random() < 0.15:
        other = make_sur(r, r.choice(list(ORIGINS)))
        sur = f"{sur}-{other}"
    p = Person(first, sur, female, origin)
    if r.random() < 0.4:
        p.extra_init = r.choice("ABCDEFGHJKLMNPRSTW") + "."
    return p


def make_known_person(r: random.Random) -> tuple[Person, str, str]:
    origin = r.choice(list(ORIGINS))
    if r.random() < 0.8:
        word = r.choice(sorted(KNOWN_WORDS))
        first, female = make_first(r, origin)
        sur = word
        roll = r.random()
        if roll < 0.25:
            sur = f"{r.choice(['de', 'van der', 'van de', 'ter'])} {word}"
        elif roll < 0.4:
            sur = f"{make_sur(r, origin)}-{word}"
        return Person(first, sur, female, origin), word, KNOWN_WORDS[word]
    word = r.choice(sorted(KNOWN_FIRST))
    return Person(word, make_sur(r, origin), True, origin), word, KNOWN_FIRST[word]


# --------------------------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------------------------
def bsn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def iban_valid(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and r.random() < 0.7:
            continue
        check = sum(d[i] * (9 - i) for i in range(8)) % 11
        if check < 10:
            s = "".join(map(str, d + [check]))
            break
    return r.choice(
        [
            s,
            s,
            f"{s[:4]}.{s[4:6]}.{s[6:]}",
            f"{s[:3]}.{s[3:6]}.{s[6:]}",
            f"{s[:3]} {s[3:6]} {s[6:]}",
            f"{s[:3]}-{s[3:6]}-{s[6:]}",
        ]
    )


def _iban_check(country: str, bban: str) -> str:
    t = bban + country + "00"
    return f"{98 - int(''.join(str(int(ch, 36)) for ch in t)) % 97:02d}"


def make_iban(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.8:
        bban = r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
        country = "NL"
    elif roll < 0.9:
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
        country = "BE"
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        country = "DE"
    raw = country + _iban_check(country, bban) + bban
    style = r.randint(0, 4)
    if style == 0:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style == 1:
        return raw.lower()
    if style == 2 and country == "NL":
        return f"{raw[:4]} {raw[4:8]} {raw[8:]}"
    return raw


def make_phone(r: random.Random) -> str:
    def dd(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    m = str(r.randint(1, 9)) + dd(7)
    area3 = r.choice(["010", "020", "030", "040", "050", "070", "024", "026", "038", "043", "045", "053", "058"])
    area4 = r.choice(["0345", "0413", "0546", "0591", "0184", "0229", "0318", "0475", "0522", "0180"])
    styles = [
        f"06-{m}",
        f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        f"06 {m[:4]} {m[4:]}",
        f"+31 6 {m}",
        f"+31 (0)6 {m[:4]} {m[4:]}",
        f"0031 6 {m}",
        f"06{m}",
        f"06.{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}",
        f"+316{m}",
        f"{area3} - {m[1:4]} {m[4:6]} {m[6:]}",
        f"{area4}-{m[2:]}",
        f"({area3}) {m[1:]}",
        f"+31 {area3[1:]} {m[1:4]} {m[4:]}",
        f"+32 4{dd(2)} {dd(2)} {dd(2)} {dd(2)}",
        f"+49 15{dd(1)} {dd(7)}",
        f"+90 5{dd(2)} {dd(3)} {dd(2)} {dd(2)}",
        f"+212 6{dd(2)}-{dd(6)}",
        f"+48 {dd(3)} {dd(3)} {dd(3)}",
        f"+380 {dd(2)} {dd(3)} {dd(4)}",
        f"+597 {dd(3)}-{dd(4)}",
        f"0044 7{dd(3)} {dd(6)}",
    ]
    i = r.randrange(len(styles)) if r.random() < 0.35 else r.randrange(13)
    return styles[i]


def make_postcode(r: random.Random) -> str:
    while True:
        letters = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    num = str(r.randint(1000, 9999))
    return r.choice([f"{num} {letters}", f"{num}{letters}", f"{num} {letters.lower()}", f"{num}{letters.lower()}"])


def make_plate(r: random.Random) -> str:
    def L(n: int) -> str:
        return "".join(r.choice(PLATE_LETTERS) for _ in range(n))

    def D(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    codes = [
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
    a, b, c = r.choice(codes)
    style = r.random()
    if style < 0.7:
        return f"{a}-{b}-{c}"
    if style < 0.85:
        return f"{a}{b}{c}"
    return f"{a}-{b}-{c}".lower()


def make_case(r: random.Random) -> str:
    def D(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    y = r.choice([2023, 2024, 2025, 2026])
    yy = str(y)[2:]
    fmts = [
        f"Z/{yy}/{D(6)}",
        f"ZK-{y}-{D(5)}",
        f"{y}-{D(7)}",
        f"VTA.{y}.{D(4)}",
        f"WMO-{yy}-{D(5)}",
        f"JZ/{y}/{D(4)}",
        f"#{D(6)}",
        f"D{y}.{D(5)}",
        f"BZW-{yy}-{D(4)}",
        f"PW {y} {D(5)}",
        f"{y}.{D(5)}.SD",
        f"Z{yy}.{D(5)}",
        f"ZAAK-{D(6)}",
        f"INT/{y}/{D(3)}",
        f"HHV {y}-{D(4)}",
        f"DOS-{y}-{D(5)}-A",
        f"{r.choice(['LP', 'SH', 'PZ', 'WI'])}{yy}-{D(4)}/{r.choice(['N', 'O', 'Z', 'W'])}",
    ]
    return r.choice(fmts)


def fmt_dob(r: random.Random, d: dt.date) -> str:
    yy = str(d.year)[2:]
    styles = [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        d.isoformat(),
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {MON_ABBR[d.month - 1]} {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} '{yy}",
        f"{d.day:02d}-{MON_ABBR[d.month - 1].rstrip('.')}-{d.year}",
        f"{d.day:02d}{d.month:02d}{d.year}",
        f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}",
        f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.day:02d}-{d.month:02d}-'{yy}",
        f"{d.day}-{ROMAN[d.month - 1]}-{d.year}",
        f"{d.day}.{d.month}.{yy}",
    ]
    return r.choice(styles)


def fmt_ordinary(r: random.Random, d: dt.date) -> str:
    styles = [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day} {MONTHS[d.month - 1]}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{DAY_ABBR[d.weekday()]} {d.day}/{d.month}",
        f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
        d.isoformat(),
        f"{d.day} {MON_ABBR[d.month - 1]}",
        f"{d.day}-{d.month}",
    ]
    return r.choice(styles)


# --------------------------------------------------------------------------------------------------------------
# A document under construction
# --------------------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, r: random.Random, known: bool) -> None:
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.known_word: str | None = None
        if known:
            self.res, self.known_word, self.known_sentence = make_known_person(r)
        else:
            self.res = make_person(r)
        self.partner = make_person(r, self.res.origin if r.random() < 0.7 else None)
        self.child = make_person(r, self.res.origin)
        self.child.sur = self.res.sur if r.random() < 0.7 else self.partner.sur
        self.cols = [make_person(r) for _ in range(3)]
        self.town = r.choice(TOWNS)
        self.dept = r.choice(DEPTS)
        self.dept2 = r.choice([x for x in DEPTS if x != self.dept])
        self.scheme = r.choice(SCHEMES)
        self.org = r.choice(ORGS)
        self.func = r.choice(FUNCS)
        self.func2 = r.choice([f for f in FUNCS if f != self.func])
        self.case_no = make_case(r)
        self.today = dt.date(2025, 1, 6) + dt.timedelta(days=r.randint(0, 600))
        self.used_dates: set[str] = set()
        self.births: dict[int, dt.date] = {}
        people = [self.res, self.partner, self.child, *self.cols]
        for who in people[1:]:
            while any(o is not who and o.first.split()[0] == who.first.split()[0] for o in people):
                who.first, who.female = make_first(r, who.origin)

    # annotation helpers -----------------------------------------------------------------------------------------
    def p(self, text: str, label: str = "PERSON") -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    # identifiers, annotated ---------------------------------------------------------------------------------------
    def bsn(self) -> str:
        return self.p(make_bsn(self.r), "BSN")

    def iban(self) -> str:
        return self.p(make_iban(self.r), "IBAN")

    def phone(self) -> str:
        return self.p(make_phone(self.r), "PHONE")

    def postcode(self) -> str:
        return self.p(make_postcode(self.r), "POSTCODE")

    def plate(self) -> str:
        return self.p(make_plate(self.r), "LICENSE_PLATE")

    def case(self, fresh: bool = False) -> str:
        return self.p(make_case(self.r) if fresh else self.case_no, "CASE_NUMBER")

    def email(self, who: Person, host: str | None = None) -> str:
        return self.p(who.email(self.r, host), "EMAIL")

    def official_mail(self, who: Person) -> str:
        town = re.sub(r"[^a-z]", "", ascii_fold(self.town).lower())
        return self.email(who, f"{town}.nl")

    def dob(self, who: Person | None = None) -> str:
        who = who or self.res
        if id(who) not in self.births:
            lo, hi = (2008, 2021) if who is self.child else (1931, 2004)
            self.births[id(who)] = dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))
        d = self.births[id(who)]
        return self.p(fmt_dob(self.r, d), "DATE_OF_BIRTH")

    def cue(self) -> str:
        """A cue word for a date of birth, as case workers abbreviate it."""
        return self.r.choice(["geb.", "gebd.", "geb.dt.", "geboren", "°", "geboortedat.", "dob", "geb. datum"])

    def street_name(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.7:
            name = r.choice(STREET_PRE) + r.choice(STREET_SUF)
        elif roll < 0.85:
            name = f"{r.choice(STREET_PERSON)} {make_sur(r, r.choice(['nederlands', 'fries']))}{r.choice(STREET_SUF)}"
        else:
            name = (
                f"{r.choice(['Eerste', 'Tweede', 'Oude', 'Nieuwe', 'Korte'])} "
                f"{r.choice(STREET_PRE)}{r.choice(STREET_SUF)}"
            )
        return name

    def address(self, number: bool = True) -> str:
        r = self.r
        name = self.street_name()
        if number:
            n = str(r.randint(1, 260))
            n += r.choice(["", "", "", "a", "B", "-II", "-3", "hs", "bis", "-zw", "-101"])
            name = f"{name} {n}"
        return self.p(name, "ADDRESS")

    # ordinary things, kept ----------------------------------------------------------------------------------------
    def date(self, back: int = 30, ahead: int = 40) -> str:
        for _ in range(20):
            d = self.today + dt.timedelta(days=self.r.randint(-back, ahead))
            s = fmt_ordinary(self.r, d)
            if s not in self.used_dates:
                self.used_dates.add(s)
                return self.k(s)
        return self.k(s)

    def stamp(self) -> str:
        d = self.today + dt.timedelta(days=self.r.randint(-20, 5))
        t = f"{self.r.randint(8, 17):02d}:{self.r.randint(0, 59):02d}"
        s = self.r.choice([f"{d.isoformat()} {t}", f"{d.day:02d}-{d.month:02d}-{d.year} {t}", f"{d.day}/{d.month} {t}"])
        return self.k(s)

    def amount(self) -> str:
        v = self.r.randint(12, 4800)
        c = self.r.randint(0, 99)
        s = self.r.choice([f"€ {v},{c:02d}", f"€{v},-", f"EUR {v},{c:02d}", f"{v} euro"])
        return self.k(s)

    def nice_name(self, who: Person, style: int | None = None) -> str:
        """A name in one of several written forms, annotated; returns the text as written (with a title where used)."""
        r = self.r
        style = r.randrange(8) if style is None else style
        if style == 0:
            return self.p(who.full)
        if style == 1:
            return f"{who.title} {self.p(who.bare())}"
        if style == 2:
            return f"{who.short_title} {self.p(who.formal)}"
        if style == 3:
            return self.p(who.formal)
        if style == 4:
            return f"{who.title} {self.p(who.full)}"
        if style == 5:
            return self.p(who.first)
        if style == 6:
            return f"{who.short_title.capitalize()} {self.p(who.bare())}"
        return f"{self.p(who.nick)} {self.p(who.sur)}" if who.nick != who.first else self.p(who.full)

    def poss(self, name: str) -> str:
        """A possessive of an annotated name: Anna's, Kees', Yusufs."""
        self.p(name)
        if name[-1] in "sxzSXZ":
            return name + "'"
        if name[-1] in "aiouyAIOUY":
            return name + "'s"
        return name + "s"


# --------------------------------------------------------------------------------------------------------------
# Line and sentence shapes. Each returns one line or sentence; registered per genre.
# --------------------------------------------------------------------------------------------------------------
SHAPES: dict[str, list] = {}


def shape(*genres: str):
    def deco(fn):
        for g in genres:
            SHAPES.setdefault(g, []).append(fn)
        ALL_SHAPES.append(fn)
        return fn

    return deco


ALL_SHAPES: list = []


# ---- headers ------------------------------------------------------------------------------------------------------
@shape("h_log")
def h_log(d: Doc) -> str:
    return f"{d.k('TIJDLIJN')} zaak {d.case()} – {d.k(d.dept)}"


@shape("h_phone")
def h_phone(d: Doc) -> str:
    return f"{d.k('Telefoonnotitie')} {d.stamp()} | z.nr. {d.case()} | opgenomen door {d.p(d.cols[0].caps_code)}"


@shape("h_visit")
def h_visit(d: Doc) -> str:
    return (
        f"{d.k('HUISBEZOEK')} {d.p(d.res.bare().upper())}, {d.p(d.res.initials)} — {d.address()}, "
        f"{d.postcode()} {d.k(d.town)}"
    )


@shape("h_handover")
def h_handover(d: Doc) -> str:
    a, b = d.cols[0], d.cols[1]
    return f"{d.k('Overdracht')} van {d.p(a.first)} naar {d.p(b.full)} (kenm. {d.case()}), per {d.date(0, 10)}"


@shape("h_intake")
def h_intake(d: Doc) -> str:
    return f"{d.k('Intakesamenvatting')} {d.k(d.scheme)} – aanvrager: {d.p(d.res.formal)}"


@shape("h_file")
def h_file(d: Doc) -> str:
    return f"{d.k('DOSSIERNOTITIE')} [{d.case()}] aangemaakt {d.stamp()} door {d.p(d.cols[0].code)}"


@shape("h_table")
def h_table(d: Doc) -> str:
    return f"{d.k('Overzicht')} {d.k('huishouden')} – {d.k(d.dept)} – stand {d.date(5, 0)}"


@shape("h_audit")
def h_audit(d: Doc) -> str:
    return f"{d.k('AUDITLOG')} object=zaak id={d.case()} export={d.stamp()}"


# ---- log lines ----------------------------------------------------------------------------------------------------
@shape("log")
def log_status(d: Doc) -> str:
    a, b = d.r.sample(STATUSES, 2)
    return f"[{d.stamp()}] {d.p(d.cols[0].code)}: status {d.k(a)} -> {d.k(b)}"


@shape("log")
def log_assign(d: Doc) -> str:
    return f"[{d.stamp()}] toegewezen aan {d.p(d.cols[1].formal)} ({d.k(d.func)}, {d.k(d.dept)})"


@shape("log")
def log_call_in(d: Doc) -> str:
    return (
        f"{d.stamp()} inkomend gesprek {d.phone()} – beller noemt zich {d.p(d.res.first)}, zoon van {d.p(d.res.bare())}"
    )


@shape("log")
def log_mail_out(d: Doc) -> str:
    return (
        f"{d.stamp()} uitgaande mail naar {d.email(d.res)} verstuurd "
        f"door {d.p(d.cols[0].caps_code)}; onderwerp: {d.k(d.scheme)}"
    )


@shape("log")
def log_deadline(d: Doc) -> str:
    return (
        f"{d.stamp()} {d.k('termijn')} gezet op {d.date(0, 40)} ({d.k('servicenorm')} "
        f"{d.r.randint(5, 15)} werkdagen) – {d.p(d.cols[2].code)}"
    )


@shape("log")
def log_lower_note(d: Doc) -> str:
    return (
        f"{d.stamp()} notitie: {d.p(d.res.first.lower())} belde terug, "
        f"{d.p(d.child.first.lower())} is ziek dus afspraak verzet"
    )


@shape("log")
def log_merge(d: Doc) -> str:
    return f"{d.stamp()} zaak {d.case(fresh=True)} samengevoegd met {d.case()} op verzoek van {d.p(d.cols[1].full)}"


@shape("log")
def log_dob_fix(d: Doc) -> str:
    return f"{d.stamp()} {d.p(d.cols[2].caps_code)} wijzigt geb.dt. aanvrager: {d.dob()} (was leeg)"


@shape("log")
def log_caps(d: Doc) -> str:
    return f"{d.stamp()} LET OP: {d.p(d.res.full.upper())} NIET BELLEN VOOR {d.k('10:00')}"


# ---- phone notes --------------------------------------------------------------------------------------------------
@shape("phone")
def ph_who(d: Doc) -> str:
    return f"{d.k('Beller')}: {d.nice_name(d.res, 2)}, tel. {d.phone()}, {d.k('terugbelverzoek')} {d.date(0, 3)}"


@shape("phone")
def ph_reported(d: Doc) -> str:
    return (
        f"{d.k('Mevrouw')} vertelt dat haar buurman {d.p(d.partner.first)} de post voor haar aanneemt "
        f"omdat de brievenbus aan de {d.address(False)} kapot is."
    )


@shape("phone")
def ph_quote(d: Doc) -> str:
    return f"Letterlijk: “Ik heb {d.p(d.cols[1].first)} al drie keer gebeld en niemand belt terug.”"


@shape("phone")
def ph_question(d: Doc) -> str:
    return f"{d.k('Vraag')} van beller: heeft {d.p(d.cols[0].full)} de brief van {d.date(30, 0)} wel ontvangen?"


@shape("phone")
def ph_imperative(d: Doc) -> str:
    return f"{d.k('Graag')} terugbellen via {d.phone()} en vragen naar {d.p(d.res.nick)} (roepnaam)."


@shape("phone")
def ph_indirect(d: Doc) -> str:
    return (
        f"{d.k('Ik')} heb {d.p(d.partner.full)} uitgelegd dat de "
        f"{d.k(d.scheme)} pas na {d.date(0, 20)} wordt beoordeeld."
    )


@shape("phone")
def ph_foreign(d: Doc) -> str:
    return (
        f"{d.k('Dochter')} belde vanuit het {d.k('buitenland')} ({d.p(make_phone_foreign(d.r), 'PHONE')}); "
        f"zij regelt de zaken voor {d.p(d.res.first)} zolang die in het ziekenhuis ligt."
    )


@shape("phone")
def ph_end_name(d: Doc) -> str:
    return f"{d.k('Gesprek')} duurde twaalf minuten, genoteerd door {d.p(d.cols[2].formal)}"


@shape("phone")
def ph_lower_chat(d: Doc) -> str:
    return (
        f"mevr zegt: ik heb met {d.p(d.cols[0].first.lower())} van de {d.k('balie')} gesproken maar die wist van niks"
    )


# ---- home visits --------------------------------------------------------------------------------------------------
@shape("visit")
def hv_present(d: Doc) -> str:
    return (
        f"{d.k(d.func.capitalize())} {d.p(d.cols[0].formal)} trof {d.p(d.res.first)} thuis aan samen met "
        f"broer {d.p(d.partner.full)}; {d.p(d.child.first)} was naar de {d.k('dagbesteding')}."
    )


@shape("visit")
def hv_scene(d: Doc) -> str:
    return (
        f"{d.k('Bij aankomst')} om {d.k('14.10')} uur deed "
        f"{d.p(d.child.first)} open; {d.nice_name(d.res, 1)} lag op de bank."
    )


@shape("visit")
def hv_car(d: Doc) -> str:
    return (
        f"{d.k('Voor de deur')} staat de {d.k('bestelbus')} met kenteken "
        f"{d.plate()}, volgens de buren van {d.p(d.partner.bare())}."
    )


@shape("visit")
def hv_passive(d: Doc) -> str:
    return (
        f"{d.k('De huur')} wordt door {d.p(d.partner.full)} "
        f"betaald, maar het contract staat op naam van {d.p(d.res.full)}."
    )


@shape("visit")
def hv_possessive(d: Doc) -> str:
    return (
        f"{d.poss(d.child.first)} kamer is klein; {d.poss(d.res.first)} "
        f"wens is een woning met {d.k('drie slaapkamers')}."
    )


@shape("visit")
def hv_neighbour(d: Doc) -> str:
    nb = make_person(d.r)
    return (
        f"De {d.k('benedenbuurvrouw')} ({d.p(nb.full)}, {d.address()}) "
        f"beklaagt zich over {d.k('lekkage')} vanuit de douche."
    )


@shape("visit")
def hv_followup(d: Doc) -> str:
    return (
        f"{d.k('Vervolg')}: {d.p(d.cols[1].first)} plant een tweede bezoek op {d.date(-3, 25)}; "
        f"{d.k('tolk')} Turks/Arabisch aanvragen."
    )


@shape("visit")
def hv_dob_paren(d: Doc) -> str:
    return (
        f"{d.k('Jongste kind')} {d.p(d.child.first)} ({d.cue()} "
        f"{d.dob(d.child)}) gaat niet naar school sinds {d.date(60, 0)}."
    )


# ---- hand-over notes ------------------------------------------------------------------------------------------
@shape("handover")
def ho_todo(d: Doc) -> str:
    return f"{d.k('Nog doen')}: {d.p(d.res.bare())} terugbellen over {d.k(d.scheme)}, uiterlijk {d.date(0, 15)}."


@shape("handover")
def ho_watch(d: Doc) -> str:
    return (
        f"{d.k('Let op')}: {d.p(d.partner.full)} is niet "
        f"{d.k('gemachtigd')}; info alleen aan {d.nice_name(d.res, 4)} zelf."
    )


@shape("handover")
def ho_contact(d: Doc) -> str:
    return (
        f"{d.k('Contactpersoon')} bij {d.k(d.org)}: {d.p(d.cols[2].full)} "
        f"({d.phone()}), vaak alleen ochtends bereikbaar."
    )


@shape("handover")
def ho_enumeration(d: Doc) -> str:
    return (
        f"{d.k('Betrokken')}: {d.p(d.res.first)}, {d.p(d.partner.first)}, {d.p(d.child.first)} en oom "
        f"{d.p(d.cols[2].first)} – iedereen wil eigenlijk iets anders."
    )


@shape("handover")
def ho_nick(d: Doc) -> str:
    if d.res.nick == d.res.first:
        return f"{d.k('Liever')} {d.p(d.res.first)} dan {d.res.title} {d.p(d.res.bare())}, zegt de bewoner zelf."
    return (
        f"{d.k('Hij')} wil {d.p(d.res.nick)} genoemd worden, niet "
        f"{d.p(d.res.first)}; dat staat ook zo in {d.k('Suite4Sociaal')}."
    )


@shape("handover")
def ho_apposition(d: Doc) -> str:
    return (
        f"{d.k('Mijn opvolger')}, {d.p(d.cols[1].full)}, kent de "
        f"verhuurder {d.p(d.cols[2].bare())} van een eerdere zaak."
    )


@shape("handover")
def ho_initials_sign(d: Doc) -> str:
    return f"{d.k('Groet')}, {d.p(d.cols[0].initials)} ({d.k(d.dept)})"


@shape("handover")
def ho_bank(d: Doc) -> str:
    return (
        f"{d.k('Betaling')} {d.amount()} is op {d.date(20, 0)} naar "
        f"{d.iban()} gegaan, rekening van {d.p(d.partner.formal)}."
    )


# ---- intake -------------------------------------------------------------------------------------------------------
@shape("intake")
def in_fields(d: Doc) -> str:
    return f"{d.k('Naam')}: {d.p(d.res.bare())}, {d.p(d.res.first)} | gebd. {d.dob()} | BSN {d.bsn()} | tel {d.phone()}"


@shape("intake")
def in_addr(d: Doc) -> str:
    return f"{d.k('Woonadres')} {d.address()} {d.postcode()} {d.k(d.town)}, sinds {d.date(700, 0)} ingeschreven"


@shape("intake")
def in_request(d: Doc) -> str:
    return (
        f"{d.k('Hulpvraag')}: {d.p(d.res.first)} wil weten waarom de {d.k(d.scheme)} is stopgezet na de brief van "
        f"{d.date(40, 0)}."
    )


@shape("intake")
def in_household(d: Doc) -> str:
    return (
        f"{d.k('Huishouden')}: partner {d.p(d.partner.full)} ({d.dob(d.partner)}), zoon/dochter "
        f"{d.p(d.child.first)} ({d.dob(d.child)})."
    )


@shape("intake")
def in_income(d: Doc) -> str:
    return f"{d.k('Inkomen')} via {d.k(d.org)}, {d.amount()} per maand op {d.iban()}"


@shape("intake")
def in_referrer(d: Doc) -> str:
    return (
        f"{d.k('Aangemeld')} door {d.k(d.func)} {d.p(d.cols[0].full)} "
        f"van {d.k(d.org)}, die ook bij het gesprek wil zijn."
    )


@shape("intake")
def in_dob_english(d: Doc) -> str:
    return f"dob {d.dob()} / {d.k('nationality')} onbekend / contact {d.email(d.res)}"


@shape("intake")
def in_conclusion(d: Doc) -> str:
    return (
        f"{d.k('Conclusie')}: volgens {d.p(d.cols[1].first)} voldoet {d.nice_name(d.res, 1)} aan de voorwaarden; "
        f"besluit volgt {d.date(0, 30)}."
    )


# ---- file notes with field labels ----------------------------------------------------------------------------------
@shape("file")
def fn_kv_block(d: Doc) -> str:
    return f"betrokkene={d.p(d.res.code)}; geboortedat.={d.dob()}; adres={d.address()}; pc={d.postcode()}"


@shape("file")
def fn_kenm(d: Doc) -> str:
    return (
        f"kenm. {d.case(fresh=True)} (oud) {d.k('vervangen')} door {d.case()}, zie ook mail van {d.p(d.cols[2].full)}"
    )


@shape("file")
def fn_vehicle(d: Doc) -> str:
    return (
        f"{d.k('Voertuig')}: {d.plate()} | eigenaar volgens {d.k('RDW')}: "
        f"{d.p(d.partner.formal)} | {d.k('gehandicaptenparkeerkaart')} aangevraagd"
    )


@shape("file")
def fn_bewind(d: Doc) -> str:
    return (
        f"{d.k('Bewindvoering')}: {d.p(d.cols[2].full)}, {d.k('beschermingsbewind')} sinds {d.date(500, 0)}; "
        f"leefgeld {d.amount()} per week."
    )


@shape("file")
def fn_bsn_inline(d: Doc) -> str:
    return f"{d.k('BSN-controle')} ({d.bsn()}) gedaan door {d.p(d.cols[0].code)} in de {d.k('BRP')}: klopt."


@shape("file")
def fn_upper_label(d: Doc) -> str:
    return f"AANVRAGER: {d.p(d.res.bare().upper())}, {d.p(d.res.first.upper())} – GEB. {d.dob()}"


@shape("file")
def fn_znr_end(d: Doc) -> str:
    return f"{d.k('Antwoord')} {d.k('Juridisch Loket')} toegevoegd aan z.nr. {d.case()}"


@shape("file")
def fn_dob_star(d: Doc) -> str:
    return (
        f"{d.p(d.res.formal)} (* {d.dob()}) woont {d.k('zelfstandig')}; "
        f"{d.k('mantelzorg')} door {d.p(d.partner.first)}."
    )


@shape("file")
def fn_direct_speech(d: Doc) -> str:
    return f"{d.k('Zij')} zei: '{d.k('Vraag')} het maar aan {d.p(d.cols[1].first)}, die heeft alles opgeschreven.'"


# ---- plain-text tables --------------------------------------------------------------------------------------------
@shape("table")
def tb_header(d: Doc) -> str:
    return f"{d.k('rol')}        | naam                   | geb.       | {d.k('bijzonderheden')}"


@shape("table")
def tb_row_res(d: Doc) -> str:
    return f"aanvrager  | {d.p(d.res.bare())}, {d.p(d.res.initials)} | {d.dob()} | {d.k('geen inkomen')}"


@shape("table")
def tb_row_partner(d: Doc) -> str:
    return f"partner    | {d.p(d.partner.full)} | {d.dob(d.partner)} | werkt bij {d.k(d.org)}"


@shape("table")
def tb_row_child(d: Doc) -> str:
    return f"kind       | {d.p(d.child.first)} | {d.dob(d.child)} | {d.k('basisschool')}"


@shape("table")
def tb_row_contact(d: Doc) -> str:
    return f"contact    | {d.p(d.cols[0].full)} | — | {d.k(d.func)}, {d.phone()}"


@shape("table")
def tb_tabs(d: Doc) -> str:
    return f"{d.p(d.res.code)}\t{d.bsn()}\t{d.iban()}\t{d.k('actief')}"


@shape("table")
def tb_csv(d: Doc) -> str:
    return f"{d.case(fresh=True)};{d.p(d.partner.bare())};{d.p(d.partner.initials)};{d.dob(d.partner)};{d.k(d.town)}"


# ---- audit trails -------------------------------------------------------------------------------------------------
@shape("audit")
def au_view(d: Doc) -> str:
    return f"{d.stamp()}  VIEW   gebruiker={d.p(d.cols[0].code)}  veld=bsn  waarde={d.bsn()}"


@shape("audit")
def au_update(d: Doc) -> str:
    old, new = make_phone(d.r), make_phone(d.r)
    return (
        f"{d.stamp()}  UPDATE gebruiker={d.p(d.cols[1].code)}  "
        f"veld=telefoon  oud={d.p(old, 'PHONE')}  nieuw={d.p(new, 'PHONE')}"
    )


@shape("audit")
def au_export(d: Doc) -> str:
    return f'{d.stamp()}  EXPORT gebruiker={d.p(d.cols[2].caps_code)}  reden="verzoek {d.k(d.org)}"'


@shape("audit")
def au_name_change(d: Doc) -> str:
    return (
        f'{d.stamp()}  UPDATE veld=naam  oud="{d.p(d.res.bare())}"  nieuw="{d.p(d.res.bare() + "-" + d.partner.sur)}"'
    )


@shape("audit")
def au_addr(d: Doc) -> str:
    return f'{d.stamp()}  UPDATE veld=adres  nieuw="{d.address()}, {d.postcode()}"  bron={d.k("BRP")}'


@shape("audit")
def au_login(d: Doc) -> str:
    return f"{d.stamp()}  LOGIN  {d.p(d.cols[0].full)} via {d.k('eHerkenning')} (rol {d.k(d.func)})"


@shape("audit")
def au_dob(d: Doc) -> str:
    return f"{d.stamp()}  UPDATE veld=geboortedatum  nieuw={d.dob()}  door={d.p(d.cols[2].code)}"


# ---- general sentences (any genre) ---------------------------------------------------------------------------------
@shape("any")
def g_subject(d: Doc) -> str:
    return f"{d.p(d.res.full)} heeft op {d.date(20, 0)} {d.k('bezwaar')} gemaakt tegen de {d.k(d.scheme)}-beschikking."


@shape("any")
def g_object(d: Doc) -> str:
    return f"De {d.k(d.func)} heeft {d.nice_name(d.res, 2)} doorverwezen naar {d.k(d.org)}."


@shape("any")
def g_indirect(d: Doc) -> str:
    return f"{d.k('Wij')} sturen {d.p(d.partner.full)} een {d.k('kopie van het verslag')}."


@shape("any")
def g_after_prep(d: Doc) -> str:
    return f"{d.k('Volgens')} {d.p(d.cols[1].formal)} ({d.k(d.dept2)}) ligt de aanvraag nog bij de {d.k('backoffice')}."


@shape("any")
def g_question(d: Doc) -> str:
    return f"{d.k('Wie')} heeft {d.p(d.res.bare())} beloofd dat de {d.k(d.scheme)} met terugwerkende kracht ingaat?"


@shape("any")
def g_imperative(d: Doc) -> str:
    return (
        f"{d.k('Stuur')} {d.p(d.cols[0].first)} vóór {d.date(0, 10)} "
        f"het {d.k('machtigingsformulier')} van {d.nice_name(d.res, 1)}."
    )


@shape("any")
def g_parenthesis(d: Doc) -> str:
    return (
        f"Over de {d.address(False)} kwam via {d.phone()} een {d.k('melding')} binnen; de beller noemde zich "
        f"{d.p(d.partner.full)}."
    )


@shape("any")
def g_role_after(d: Doc) -> str:
    return f"{d.p(d.cols[1].full)}, {d.k(d.func2)} bij {d.k(d.dept)}, neemt de zaak tijdelijk over."


@shape("any")
def g_role_before(d: Doc) -> str:
    return f"{d.k('Teamleider')} {d.p(d.cols[2].full)} wil vóór {d.date(0, 14)} een voorstel zien."


@shape("any")
def g_lower_end(d: Doc) -> str:
    return f"graag contact opnemen met {d.p(d.res.full.lower())}"


@shape("any")
def g_mail_reach(d: Doc) -> str:
    return f"{d.k('Bereikbaar')} via {d.email(d.res)} of {d.phone()}, liefst na {d.k('16.00')} uur."


@shape("any")
def g_dob_ago(d: Doc) -> str:
    return f"{d.p(d.res.first)} is {d.k('geboren')} op {d.dob()} en woont sinds {d.date(900, 0)} in {d.k(d.town)}."


@shape("any")
def g_dob_nocue(d: Doc) -> str:
    return f"{d.k('Betreft')} {d.p(d.res.bare())}, {d.p(d.res.first)} — {d.dob()} — {d.address()}"


@shape("any")
def g_known_dob_comma(d: Doc) -> str:
    return f"{d.p(d.partner.formal)}, {d.dob(d.partner)}, is {d.k('medeaanvrager')}."


@shape("any")
def g_plate_sentence(d: Doc) -> str:
    return f"De {d.k('naheffing')} voor {d.plate()} ({d.amount()}) is volgens {d.p(d.partner.first)} onterecht."


@shape("any")
def g_iban_request(d: Doc) -> str:
    return f"{d.k('Terugbetaling')} graag op {d.iban()} t.n.v. {d.p(d.res.formal)}."


@shape("any")
def g_dept_official(d: Doc) -> str:
    return f"{d.k(d.dept)} ({d.p(d.cols[0].first)}) reageert pas na {d.date(0, 20)}."


@shape("any")
def g_reported_official(d: Doc) -> str:
    return f"{d.p(d.cols[1].bare())} zegt dat {d.nice_name(d.res, 1)} de stukken te laat heeft ingeleverd."


@shape("any")
def g_ask_named(d: Doc) -> str:
    return f"{d.p(d.res.first)}, kunt u de {d.k('loonstroken')} van {d.date(60, 0)} nog nasturen?"


@shape("any")
def g_geb_compact(d: Doc) -> str:
    return f"{d.k('Zoon')} {d.p(d.child.full)} {d.cue()} {d.dob(d.child)} staat ingeschreven bij {d.k('DUO')}."


@shape("any")
def g_zaaknr_head(d: Doc) -> str:
    return f"{d.k('Ref')}: {d.case()} / uw brief van {d.date(30, 0)} / {d.k(d.scheme)}"


@shape("any")
def g_family_possessive(d: Doc) -> str:
    return f"{d.poss(d.partner.bare())} moeder woont in bij het gezin aan de {d.address()}."


@shape("any")
def g_postcode_only(d: Doc) -> str:
    return f"{d.k('Postcodecheck')} {d.postcode()}: buiten het werkgebied van {d.k(d.dept)}."


@shape("any")
def g_title_caps(d: Doc) -> str:
    return f"{d.k('GESPREK')} MET {d.p(d.res.full.upper())} OP {d.date(0, 5)}"


@shape("any")
def g_co_officials(d: Doc) -> str:
    return (
        f"{d.k('Overleg')} {d.p(d.cols[0].first)}/{d.p(d.cols[1].first)}: "
        f"de {d.k('hardheidsclausule')} wordt toegepast voor {d.p(d.res.first)}."
    )


@shape("any")
def g_initials_only(d: Doc) -> str:
    return f"{d.k('Akkoord')} gegeven door {d.p(d.cols[2].caps_code)} op {d.date(5, 0)}."


@shape("any")
def g_mention(d: Doc) -> str:
    return f"@{d.p(d.cols[1].first)} kun jij de {d.k(d.scheme)} nog checken? thx, {d.p(d.cols[0].code)}"


@shape("any")
def g_iom(d: Doc) -> str:
    return f"i.o.m. {d.p(d.cols[2].formal)} ({d.k(d.func2)}) besloten de {d.k(d.scheme)} voorlopig door te laten lopen."


@shape("handover", "file")
def g_cc(d: Doc) -> str:
    return f"cc: {d.p(d.cols[1].full)}; {d.official_mail(d.cols[2])}; {d.k('archief')}"


@shape("handover", "phone")
def g_beste(d: Doc) -> str:
    return (
        f"Beste {d.p(d.cols[0].first)}, wil jij {d.nice_name(d.res, 1)} "
        f"morgen even bellen? Dank, {d.p(d.cols[1].first)}"
    )


@shape("intake", "file")
def g_geachte(d: Doc) -> str:
    return (
        f"{d.k('Concept')} brief: Geachte {d.res.title} "
        f"{d.p(d.res.bare())}, naar aanleiding van uw {d.k('aanvraag')} ..."
    )


@shape("visit", "intake")
def g_grandparents(d: Doc) -> str:
    return (
        f"{'Oma' if d.partner.female else 'Opa'} {d.p(d.partner.first)} en tante "
        f"{d.p(d.cols[2].first)} passen door de week op {d.p(d.child.first)}."
    )


@shape("file", "handover")
def g_quoted_nick(d: Doc) -> str:
    return f'{d.k("Bekend")} als {d.p(d.res.first)} "{d.p(d.res.nick)}" {d.p(d.res.sur)} bij de {d.k("wijkagent")}.'


@shape("visit", "log")
def g_corner(d: Doc) -> str:
    return f"{d.k('Overlast')} op de hoek {d.address(False)}/{d.address(False)} gemeld door {d.p(d.partner.formal)}."


@shape("log", "audit")
def g_scan(d: Doc) -> str:
    return f"{d.stamp()} scanauto: {d.plate()} zone {d.r.choice('ABCDE')} zonder recht, {d.k('naheffing')} {d.amount()}"


@shape("intake", "visit")
def g_teacher(d: Doc) -> str:
    return f"Juf {d.p(d.cols[2].first)} van groep {d.r.randint(3, 8)} meldt dat {d.p(d.child.first)} vaak te laat komt."


@shape("table", "file")
def g_reverse_row(d: Doc) -> str:
    return f"{d.p(d.partner.bare().upper())}, {d.p(d.partner.first)} ({d.dob(d.partner)}) – {d.k('inwonend')}"


@shape("phone", "visit")
def g_direct_question(d: Doc) -> str:
    return f"“Is {d.p(d.partner.first)} er ook bij?” vroeg de {d.k(d.func)}; {d.nice_name(d.res, 1)} knikte."


@shape("any")
def g_passive_signed(d: Doc) -> str:
    return f"{d.k('Het formulier')} is op {d.date(15, 0)} door {d.p(d.partner.formal)} ondertekend."


@shape("log", "phone")
def g_dash_end(d: Doc) -> str:
    return f"{d.k('Terugbelverzoek')} afgehandeld – {d.p(d.cols[0].first)}"


@shape("phone", "log")
def g_lower_surname(d: Doc) -> str:
    return (
        f"tel gesprek met {'mw' if d.res.female else 'dhr'} {d.p(d.res.bare().lower())}, "
        f"wil {d.k('klacht')} intrekken als {d.p(d.cols[1].first.lower())} belt"
    )


@shape("intake", "table")
def g_age_dob(d: Doc) -> str:
    born = d.dob(d.child)
    b = d.births[id(d.child)]
    age = d.today.year - b.year - ((d.today.month, d.today.day) < (b.month, b.day))
    return f"{d.p(d.child.first)} ({age} jr, {born}) – {d.k('leerplichtig')}"


def make_phone_foreign(r: random.Random) -> str:
    while True:
        s = make_phone(r)
        if s.startswith("+") and not s.startswith("+31"):
            return s
        if s.startswith("0044"):
            return s


GENRES = {
    "log": ("h_log", "log"),
    "phone": ("h_phone", "phone"),
    "visit": ("h_visit", "visit"),
    "handover": ("h_handover", "handover"),
    "intake": ("h_intake", "intake"),
    "file": ("h_file", "file"),
    "table": ("h_table", "table"),
    "audit": ("h_audit", "audit"),
}


def build(r: random.Random, i: int) -> dict:
    known = i % 4 == 1
    d = Doc(r, known)
    genre = list(GENRES)[i % len(GENRES)] if r.random() < 0.6 else r.choice(list(GENRES))
    head, pool = GENRES[genre]
    lines = [SHAPES[head][0](d)]
    own = SHAPES[pool]
    n_own = r.randint(2, min(5, len(own)))
    picks = r.sample(own, n_own)
    if genre == "table":
        picks = [tb_header] + [s for s in own if s is not tb_header and r.random() < 0.75]
    for fn in picks:
        lines.append(fn(d))
    for fn in r.sample(SHAPES["any"], r.randint(1, 3)):
        lines.append(fn(d))
    if known:
        assert d.known_word is not None
        lines.insert(r.randint(1, len(lines)), d.known_sentence)
        d.k(d.known_word.lower())
        if d.res.full not in "\n".join(lines):
            lines.insert(1, f"Betreft: {d.p(d.res.full)}")
    sep = "\n" if genre in ("log", "table", "audit", "file") or r.random() < 0.5 else " "
    text = sep.join(lines)
    doc = {"id": f"fresh15b-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        doc["known"] = {"names": [d.res.full]}
    return doc


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLE_WORDS and len(w) > 1}


def gate(doc: dict, score) -> None:
    score.check_doc(doc)
    for item in doc["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert bsn_valid(item["text"]), item
        if item["label"] == "IBAN":
            assert iban_valid(item["text"]), item
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    allowed = set()
    if "known" in doc:
        allowed = _words(doc["known"]["names"][0])
    for k in doc["keep"]:
        shared = _words(k) & names
        assert not shared or (shared <= allowed and k.lower() == k and len(_words(k)) == 1), (doc["id"], k, shared)


REDRAWS: Counter = Counter()


def generate() -> list[dict]:
    score = _load_score()
    docs = []
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        for _attempt in range(200):
            doc = build(r, i)
            try:
                gate(doc, score)
            except AssertionError:
                REDRAWS[i] += 1
                continue
            break
        else:
            raise RuntimeError(f"document {i} failed its gate 200 times")
        docs.append(doc)
    return docs


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    ap.add_argument("--stats", action="store_true", help="print counts per label and the number of shapes")
    a = ap.parse_args()
    docs = generate()
    text = dump(docs)
    if a.stats:
        c = Counter(item["label"] for d in docs for item in d["pii"])
        print(dict(sorted(c.items())), "shapes:", len(ALL_SHAPES), "known:", sum("known" in d for d in docs))
        print("redraws:", sum(REDRAWS.values()), "in", len(REDRAWS), "documents")
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} differs from regeneration", file=sys.stderr)
            return 1
        print(f"{OUT.name} matches regeneration ({len(docs)} documents)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
