"""Generate the fresh12a corpus: residents' own writing (complaints, requests, messages to the municipality and the
mediator, stories about neighbours, family, landlords and officials) with personal data annotated.

Written blind by helper B1 (round eleven): sentence shapes of its own, names, streets and identifiers composed from
origin-typical parts. Standard library only. Every document passes ``gate()``; a failing draw is redrawn from the
document's own seeded stream.

    python tests/anonymizer/fresh12a/make_fresh12a.py           # (re)write fresh12a_shapes.jsonl
    python tests/anonymizer/fresh12a/make_fresh12a.py --check   # exit 1 if the file differs from regeneration
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

SEED = 20261211
N_DOCS = 300
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh12a_shapes.jsonl"

# Each origin: female first names, male first names, first-name parts (f_pre, f_suf, m_pre, m_suf),
# surname stems and endings, optional surname prefixes (particles or Arabic/Portuguese articles) and whole surnames.
ORIGINS: dict[str, dict] = {
    "nl": {
        "f": ["Gerdien", "Willemijn", "Jorien", "Marijke", "Anouk", "Femke", "Lieke", "Daniëlle", "Zoë", "Hennie"],
        "m": ["Gijsbert", "Maarten", "Rutger", "Wouter", "Joost", "Bart", "Gerrit", "Teun", "Rafaël", "Jan-Pieter"],
        "fp": (
            ["Ger", "Wil", "Hen", "Jo", "Ma", "Ri", "Ka", "Lie", "Din", "Tin", "Mar"],
            ["dien", "neke", "mijn", "rien", "ske", "jolein", "leen"],
        ),
        "mp": (
            ["Ger", "Wil", "Ber", "Tij", "Rut", "Sie", "Hen", "Dir", "Kor", "Wim"],
            ["brand", "rit", "mer", "bert", "ger", "nold"],
        ),
        "stem": [
            "Oost",
            "West",
            "Hoog",
            "Kalver",
            "Schoon",
            "Rozen",
            "Hol",
            "Sloot",
            "Dorre",
            "Ekel",
            "Borg",
            "Noord",
            "Blok",
            "Ketel",
            "Stroo",
            "Esch",
            "Tuin",
            "Lam",
            "Brem",
            "Goor",
            "Hazen",
            "Elzen",
            "Wijn",
            "Gans",
        ],
        "end": [
            "veld",
            "hoven",
            "kamp",
            "horst",
            "broek",
            "ink",
            "man",
            "huis",
            "beek",
            "burg",
            "heuvel",
            "hof",
            "bosch",
            "laar",
            "dijk",
            "ers",
            "ing",
            "werf",
            "geest",
        ],
        "pre": [
            "",
            "",
            "",
            "van",
            "van de",
            "van der",
            "van den",
            "ter",
            "ten",
            "te",
            "op de",
            "in 't",
            "van 't",
            "uit de",
            "de",
            "den",
        ],
    },
    "fy": {
        "f": ["Tsjitske", "Aukje", "Baukje", "Geeske", "Jildou", "Froukje", "Sietske"],
        "m": ["Sjoerd", "Jelle", "Wiebe", "Hidde", "Sietse", "Fokke", "Tjitte", "Durk"],
        "fp": (["Tsji", "Au", "Bau", "Gee", "Wy", "Rin", "Hil", "Jan"], ["kje", "ske", "tsje", "ou"]),
        "mp": (["Sjo", "Hid", "Fok", "Jel", "Wyb", "Tsjal", "Rin"], ["erd", "tse", "de", "ke", "le", "ze"]),
        "stem": ["Wier", "Terp", "Sik", "Hel", "Tjal", "Ynt", "Haits", "Fok", "Bouw", "Dijk", "Hoit", "Zyl", "Reit"],
        "end": ["stra", "sma", "ma", "inga", "enga", "ema", "tsma", "senga"],
        "pre": [""],
    },
    "be": {
        "f": ["Lien", "Lotte", "Marthe", "Nele", "Griet", "Elke", "Fien"],
        "m": ["Wannes", "Jens", "Stijn", "Pieter-Jan", "Dries", "Koen", "Lowie"],
        "stem": ["Goos", "Claes", "Wout", "Verm", "Ghey", "Bruyn", "Baet", "Hoeck", "Driess", "Eeckh", "Hoev"],
        "end": ["sens", "aert", "eels", "ens", "ackers", "ele", "chot", "uyse", "ouck"],
        "pre": ["", "", "Van", "Van den", "De", "Vanden", "Van de"],
        "flemish": True,
    },
    "ma": {
        "f": ["Ikram", "Loubna", "Houda", "Zineb", "Siham", "Fatiha", "Nisrine", "Oumaima", "Hafsa"],
        "m": ["Soufiane", "Zakaria", "Hamza", "Ilias", "Yassir", "Anouar", "Abdelkader", "Mohamed", "Redouan"],
        "stem": [
            "Ammar",
            "Hadd",
            "Mesb",
            "Moum",
            "Ouard",
            "Sals",
            "Tahir",
            "Zerr",
            "Akch",
            "Bakk",
            "Chaq",
            "Faq",
            "Harr",
            "Bouch",
            "Marz",
            "Kadd",
        ],
        "end": ["ouhi", "aoui", "ani", "ari", "iri", "ati", "oudi", "ach", "ouchi", "aki"],
        "pre": ["", "", "El ", "Ben ", "Bou", "Ait ", "Ouled "],
        "glue": True,
    },
    "tr": {
        "f": ["Zeynep", "Esra", "Kübra", "Özlem", "Şeyma", "Tuğba", "Gülsüm", "Derya", "Büşra"],
        "m": ["Emre", "Mert", "Yusuf", "Hakan", "Serkan", "Gökhan", "Oğuz", "Berk", "Ibrahim", "Mustafa"],
        "stem": [
            "Kara",
            "Ak",
            "Demir",
            "Yıl",
            "Öz",
            "Kaya",
            "Tun",
            "Gül",
            "Ay",
            "Er",
            "Şen",
            "Çak",
            "Bal",
            "Doğ",
            "Ars",
            "Köse",
            "Tek",
        ],
        "end": [
            "oğlu",
            "taş",
            "dağ",
            "soy",
            "kan",
            "türk",
            "han",
            "men",
            "göz",
            "can",
            "baş",
            "çelik",
            "yürek",
            "ırmak",
        ],
        "pre": [""],
    },
    "ku": {
        "f": ["Rojin", "Berivan", "Dilan", "Shilan", "Nazdar", "Helin"],
        "m": ["Baran", "Azad", "Rêber", "Hozan", "Serhat", "Delil"],
        "stem": ["Ber", "Zeb", "Dos", "Sor", "Hew", "Amed", "Mar", "Goy", "Bar"],
        "end": ["wari", "ari", "ki", "î", "ani", "ekî"],
        "pre": [""],
    },
    "sh": {
        "f": ["Sunita", "Priyanka", "Anjali", "Sharda", "Nirmala", "Kiran"],
        "m": ["Ravi", "Anil", "Sunil", "Vishal", "Naresh", "Dinesh"],
        "fp": (
            ["Ra", "Su", "Shi", "Vi", "Pre", "De", "Na", "Pri", "Ani", "Sa"],
            ["nita", "va", "mla", "ndra", "tri", "shma"],
        ),
        "mp": (["Ra", "Shi", "Vi", "Pre", "Na", "Ash", "Ro", "Jai"], ["jendre", "shal", "nesh", "win", "kash", "deep"]),
        "stem": ["Ram", "Jag", "Mat", "Ganga", "Bis", "Sew", "Chot", "Pers", "Bal", "Ragho", "Soek", "Kali", "Moh"],
        "end": ["sahai", "dew", "oe", "lall", "pal", "baran", "rath", "kisoen", "bier", "adin", "oenath", "ai"],
        "pre": [""],
    },
    "sc": {
        "f": ["Lucretia", "Sharon", "Esmeralda", "Jerlyn", "Marcia", "Ruthline"],
        "m": ["Glenn", "Marciano", "Gerwin", "Rudy", "Jerrel", "Rinaldo", "Romeo"],
        "stem": ["Vries", "Kaer", "Zaal", "Fern", "Brei", "Dap", "Wijn", "Sor", "Lie", "Kross", "Vlijt"],
        "end": ["de", "man", "wijk", "sie", "gaarde", "dam", "ing", "hart", "berg"],
        "pre": [""],
    },
    "aw": {
        "f": ["Jamilla", "Xiomara", "Yeisy", "Rudmila", "Jeaneline", "Shudaira"],
        "m": ["Jurgen", "Giandro", "Raymi", "Jeanmarc", "Quincy", "Sherwin"],
        "stem": ["Mar", "Ros", "Jose", "Fran", "Ang", "Merc", "Cel", "Paul", "Winkl", "Koei"],
        "end": ["tina", "alia", "phia", "cisca", "ela", "era", "estina", "aar", "man"],
        "pre": [""],
    },
    "mo": {
        "f": ["Nona", "Semmy", "Welmoed", "Josina", "Pieternella"],
        "m": ["Johannes", "Ferry", "Octovianus", "Yopie", "Benny"],
        "stem": ["Patti", "Latu", "Tuhu", "Sahu", "Lekah", "Wattim", "Taha", "Pelu", "Ama", "Sapu", "Leur"],
        "end": ["peilohy", "heru", "leiya", "pary", "mahu", "sina", "lessy", "rury", "mury", "wahe"],
        "pre": [""],
    },
    "id": {
        "f": ["Sri", "Wati", "Dewi", "Yuni", "Ratna", "Endang"],
        "m": ["Bambang", "Budi", "Hendro", "Joko", "Slamet", "Wawan"],
        "stem": ["Soe", "Kar", "Sas", "Har", "Pra", "Wir", "Soer", "Djo"],
        "end": ["tono", "dikromo", "jono", "wardi", "sono", "jadi", "atmo"],
        "pre": [""],
    },
    "cn": {
        "f": ["Xiaoling", "Meiying", "Huiwen", "Jiayi"],
        "m": ["Junhao", "Zhiqiang", "Wenbo", "Yuming"],
        "fp": (["Xiao", "Jia", "Mei", "Hui", "Li", "Yu", "Shu"], ["ling", "hua", "ting", "wen", "yan", "fen"]),
        "mp": (["Jun", "Zhi", "Wen", "Yu", "Hao", "Jian"], ["ming", "qiang", "jie", "long", "feng", "bo"]),
        "whole": ["Wong", "Lam", "Tang", "Lin", "Zhou", "Huang", "Kwok", "Leung", "Tsang", "Yip", "Cheng", "Liang"],
        "compound": (["Tjon", "Fung", "Tjin", "Kam", "Lie", "Tjoa"], ["Loi", "Tjoe", "Kon", "Sen", "Fat", "Pan"]),
        "pre": [""],
    },
    "vn": {
        "f": ["Thi Lan", "Huong", "Linh", "Thu Hoa", "Ngoc Anh"],
        "m": ["Van Minh", "Thanh", "Tuan", "Quang", "Duc Anh"],
        "whole": ["Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Trinh", "Duong", "Truong"],
        "pre": [""],
    },
    "pl": {
        "f": ["Agnieszka", "Zofia", "Dorota", "Joanna", "Magdalena", "Ewelina"],
        "m": ["Paweł", "Krzysztof", "Wojciech", "Łukasz", "Grzegorz", "Marek"],
        "stem": [
            "Grab",
            "Wiśn",
            "Lewand",
            "Zieliń",
            "Szyman",
            "Wróbl",
            "Pawł",
            "Dąbr",
            "Krawcz",
            "Sob",
            "Jabł",
            "Kaczm",
        ],
        "end": ["owski", "ewski", "czyk", "iak", "ek", "ski", "arek", "uk"],
        "fem": {"owski": "owska", "ewski": "ewska", "ski": "ska"},
        "pre": [""],
    },
    "ro": {
        "f": ["Ioana", "Mădălina", "Andreea", "Florentina", "Roxana"],
        "m": ["Mihai", "Florin", "Cosmin", "Ionuț", "Andrei", "Bogdan"],
        "stem": ["Pop", "Ion", "Dumitr", "Stoic", "Munt", "Rad", "Marin", "Vasil", "Stănc", "Drăg"],
        "end": ["escu", "eanu", "oiu", "ache", "ică", "ău"],
        "pre": [""],
    },
    "bg": {
        "f": ["Petya", "Ivelina", "Radka", "Desislava", "Tsvetelina"],
        "m": ["Georgi", "Dimitar", "Stoyan", "Hristo", "Plamen"],
        "stem": ["Petr", "Dimitr", "Stoyan", "Georgi", "Iv", "Todor", "Kol", "Hrist", "Zhel"],
        "end": ["ov", "ev", "anov", "chev"],
        "fem_add": "a",
        "pre": [""],
    },
    "ua": {
        "f": ["Olena", "Yulia", "Nataliya", "Halyna", "Svitlana"],
        "m": ["Bohdan", "Mykola", "Vasyl", "Andriy", "Oleksandr"],
        "stem": ["Shev", "Kov", "Bond", "Tkach", "Melny", "Kravch", "Hryts", "Savch", "Lys", "Pozn", "Yarem"],
        "end": ["chenko", "enko", "aruk", "uk", "yk", "ko", "yshyn", "iak"],
        "pre": [""],
    },
    "sy": {
        "f": ["Lina", "Nour", "Hala", "Yara", "Rima", "Dima"],
        "m": ["Rami", "Omar", "Ahmad", "Bassel", "Mazen", "Fadi"],
        "stem": ["Hamw", "Masr", "Sham", "Khat", "Hal", "Sab", "Darw", "Hij", "Kass", "Naj", "Atass"],
        "end": ["i", "ani", "eeb", "ib", "ish", "azi", "ab", "jar"],
        "pre": ["", "Al-", "Al-", "al-"],
        "glue": True,
    },
    "iq": {
        "f": ["Zainab", "Huda", "Noor al-Huda", "Shaymaa"],
        "m": ["Haider", "Mustafa", "Ali", "Karrar"],
        "stem": ["Jub", "Obeid", "Tamim", "Ans", "Zub", "Rub", "Saad"],
        "end": ["ouri", "i", "awi", "aidi", "oon"],
        "pre": ["Al-", "Al-", ""],
        "glue": True,
    },
    "er": {
        "f": ["Senait", "Abrehet", "Selam", "Helen", "Saba", "Feven"],
        "m": ["Mehari", "Kidane", "Ghirmay", "Robel", "Yohannes", "Biniam"],
        "stem": ["Gebre", "Habte", "Wolde", "Tekle", "Haile", "Kidane", "Berhane", "Ghebre"],
        "end": ["mariam", "michael", "giorgis", "selassie", "ab", "hiwet", "yesus", "zgi"],
        "pre": [""],
    },
    "so": {
        "f": ["Hodan", "Faadumo", "Ayaan", "Hamdi", "Sahra", "Ifrah"],
        "m": ["Abdi", "Mahad", "Guled", "Abdirahman", "Liban", "Mukhtar"],
        "whole": ["Warsame", "Jama", "Hirsi", "Egal", "Farah", "Dualeh", "Samatar", "Ugaas", "Abdulle", "Nur", "Yusuf"],
        "pre": [""],
    },
    "af": {
        "f": ["Mariam", "Zahra", "Nilofar", "Habiba", "Parwana"],
        "m": ["Farid", "Sohrab", "Wahid", "Jawed", "Naqibullah"],
        "stem": ["Ahmad", "Rahim", "Nazar", "Hakim", "Safi", "Popal", "Stanik", "Amin", "Nur"],
        "end": ["zai", "zada", "i", "yar", "khil", "ullah"],
        "pre": [""],
    },
    "ir": {
        "f": ["Shirin", "Leila", "Roya", "Mahsa", "Parisa"],
        "m": ["Babak", "Arash", "Mehrdad", "Kaveh", "Dariush"],
        "stem": ["Tehr", "Ghol", "Rah", "Amir", "Javad", "Farh", "Moh", "Kaz", "Sadegh", "Naj"],
        "end": ["ani", "ami", "imi", "zadeh", "pour", "ian", "ipour", "avi"],
        "pre": [""],
    },
    "gh": {
        "f": ["Akosua", "Ama", "Efua", "Abena", "Adwoa", "Yaa"],
        "m": ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo"],
        "stem": ["Op", "Agy", "Ow", "Bo", "Ad", "Fri", "As", "Nk", "Ab"],
        "end": ["oku", "eman", "usu", "ateng", "jei", "ampong", "ante", "rumah", "oagye"],
        "pre": [""],
    },
    "ng": {
        "f": ["Ngozi", "Adaeze", "Folake", "Ifeoma", "Chiamaka"],
        "m": ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Obinna"],
        "stem": ["Ade", "Olu", "Chukwu", "Oko", "Nwa", "Eze", "Oba", "Ige", "Aki"],
        "end": ["yemi", "wole", "emeka", "nkwo", "for", "nna", "diran", "kunle", "bode"],
        "pre": [""],
    },
    "cv": {
        "f": ["Edna", "Nelida", "Djenifer", "Ivanilda", "Ludmila"],
        "m": ["Adilson", "Djeison", "Jailson", "Elton", "Nilton"],
        "stem": ["Tav", "Sem", "Mont", "Fort", "Lop", "Rodr", "Var", "Barb"],
        "end": ["ares", "edo", "eiro", "es", "igues", "ela", "osa"],
        "tail": ["dos Santos", "da Graça", "da Veiga", "da Luz", "da Rosa", "do Rosário"],
        "pre": [""],
    },
    "br": {
        "f": ["Luana", "Gabriela", "Thaís", "Letícia", "Conceição"],
        "m": ["Thiago", "Caio", "Vinícius", "João", "Rodrigo"],
        "stem": ["Pere", "Ferr", "Carv", "Gonç", "Oliv", "Alm", "Ribe"],
        "end": ["ira", "eira", "alho", "alves", "eida", "iro"],
        "tail": ["da Silva", "dos Reis", "de Souza", "da Costa"],
        "pre": [""],
    },
    "es": {
        "f": ["Lucía", "Marisol", "Inmaculada", "Begoña", "Ximena"],
        "m": ["Alejandro", "Javier", "Íñigo", "Joaquín", "Rubén"],
        "stem": ["Fern", "Gonz", "Rodr", "Hern", "Mart", "Sánch", "Iban", "Ord"],
        "end": ["ández", "ález", "íguez", "ez", "óñez"],
        "tail": ["de la Cruz", "del Valle", "de la Fuente"],
        "pre": [""],
    },
    "it": {
        "f": ["Giulia", "Chiara", "Francesca", "Benedetta", "Ilaria"],
        "m": ["Matteo", "Alessandro", "Giacomo", "Lorenzo", "Salvatore"],
        "stem": ["Ross", "Esposit", "Bianch", "Colomb", "Ricc", "Marin", "Gall", "Fontan", "Sant", "Bellin"],
        "end": ["i", "o", "elli", "etti", "ucci", "ini", "one", "aro"],
        "pre": ["", "", "Di ", "De "],
    },
    "gr": {
        "f": ["Eleni", "Katerina", "Despina", "Vasiliki"],
        "m": ["Dimitris", "Giorgos", "Thanasis", "Kostas"],
        "stem": ["Papa", "Kon", "Nikol", "Georgi", "Alex", "Stavr", "Mihal"],
        "end": ["dopoulos", "stantinou", "aidis", "akis", "opoulou", "idou"],
        "pre": [""],
    },
    "de": {
        "f": ["Sabine", "Heike", "Jana", "Ulrike", "Anneliese"],
        "m": ["Jürgen", "Uwe", "Lukas", "Detlef", "Klaus-Dieter"],
        "stem": ["Schwarz", "Wein", "Hoff", "Brück", "Hartm", "Lehm", "Stöck", "Kessl", "Rieg"],
        "end": ["mann", "er", "bauer", "berger", "hofer", "ner", "lein"],
        "pre": ["", "", "", "von "],
    },
    "ph": {
        "f": ["Maricel", "Rowena", "Lovely", "Jocelyn", "Marivic"],
        "m": ["Jomar", "Jhun", "Rodel", "Arnel", "Bong"],
        "stem": ["Mac", "Dim", "Mal", "Pan", "Cap", "Bau", "Vill"],
        "end": ["araeg", "aculangan", "abanan", "galangan", "istrano", "tista", "anueva"],
        "tail": ["dela Cruz", "delos Reyes", "de Guzman"],
        "pre": [""],
    },
    "in": {
        "f": ["Sneha", "Lakshmi", "Ananya", "Divya", "Kavitha"],
        "m": ["Arjun", "Karthik", "Rohit", "Venkatesh", "Sandeep"],
        "stem": ["Krishna", "Subra", "Venkat", "Ragh", "Nara", "Sriniv", "Bhatt", "Gopal"],
        "end": ["murthy", "manian", "esh", "avan", "yanan", "asan", "acharya", "an"],
        "pre": [""],
    },
    "pk": {
        "f": ["Ayesha", "Sana", "Mehwish", "Rabia"],
        "m": ["Imran", "Bilal", "Usman", "Faisal"],
        "whole": ["Qureshi", "Chaudhry", "Malik", "Siddiqui", "Butt", "Abbasi", "Rana", "Mirza"],
        "pre": [""],
    },
    "hu": {
        "f": ["Zsófia", "Réka", "Boglárka", "Eszter"],
        "m": ["Bence", "Gergely", "Levente", "Zoltán"],
        "whole": ["Horváth", "Szabó", "Kovács", "Tóth", "Farkas", "Varga", "Szűcs", "Balogh", "Fehérvári", "Mészáros"],
        "pre": [""],
    },
    "ba": {
        "f": ["Amela", "Jelena", "Snežana", "Emina", "Dženana"],
        "m": ["Emir", "Dragan", "Nermin", "Mirsad", "Željko"],
        "stem": ["Hodž", "Jovan", "Petrov", "Mujk", "Del", "Beg", "Hasan", "Kurt", "Omer"],
        "end": ["ić", "ović", "ević", "anović", "agić"],
        "pre": [""],
    },
}

# Dutch surnames and first names that are ordinary words (used beside their ordinary sense in the 'known' documents).
WORD_SURNAMES = [
    "Vos",
    "Winter",
    "Post",
    "Bos",
    "Visser",
    "Bakker",
    "Koster",
    "Molenaar",
    "Schipper",
    "Wolf",
    "Vink",
    "Valk",
    "Zwaan",
    "Beek",
    "Dijk",
    "Bloem",
    "Steen",
    "Zwart",
    "Baas",
    "Koning",
    "Prins",
    "Kraai",
    "Jager",
    "Kok",
    "Timmerman",
    "Brouwer",
    "Smid",
    "Vogel",
    "Haas",
    "Dekker",
    "Bruin",
    "Wit",
    "Stam",
]

NICKS = {
    "Mohamed": "Mo",
    "Abdelkader": "Appie",
    "Johannes": "Hans",
    "Ibrahim": "Ibo",
    "Dimitris": "Mitsos",
    "Oluwaseun": "Seun",
    "Gerrit": "Gert",
    "Francesca": "Cesca",
    "Mustafa": "Musti",
    "Oleksandr": "Sasha",
    "Krzysztof": "Krzysiek",
    "Gijsbert": "Gijs",
    "Pieternella": "Nel",
    "Alejandro": "Alex",
    "Yohannes": "Yoni",
    "Venkatesh": "Venky",
    "Abdirahman": "Abdi",
    "Klaus-Dieter": "Klausi",
    "Inmaculada": "Inma",
    "Kwabena": "Kobby",
    "Zainab": "Zizi",
    "Marciano": "Chano",
}

EXTRA_INITIALS = "AJMCHEWPGRSLT"


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum()).lower()


# Streets: nature and trade words plus endings, and streets named after (composed) people.
STREET_PRE = [
    "Hazelaar",
    "Vlierbes",
    "Meidoorn",
    "Kastanje",
    "Wilgen",
    "Populieren",
    "Berken",
    "Kievits",
    "Lijster",
    "Spreeuwen",
    "Zwaluwen",
    "Reiger",
    "Tarwe",
    "Gerst",
    "Rogge",
    "Haver",
    "Saturnus",
    "Orion",
    "Lavendel",
    "Goudsbloem",
    "Klaver",
    "Zonnebloem",
    "Akelei",
    "Anjer",
    "Fluitekruid",
    "Dotter",
    "Smeden",
    "Kuipers",
    "Touwslagers",
    "Lakenvelders",
    "Ooievaars",
    "Tuinders",
    "Zeilmakers",
    "Korenbloem",
    "Heide",
    "Boekweit",
    "Vuurdoorn",
    "IJsvogel",
    "Olmen",
    "Hulst",
    "Distel",
    "Wederik",
    "Veenpluis",
    "Pelikaan",
]
STREET_END = [
    "straat",
    "laan",
    "weg",
    "hof",
    "plein",
    "singel",
    "gracht",
    "kade",
    "dreef",
    "pad",
    "erf",
    "akker",
    "park",
    "hout",
    "horst",
    "wal",
    "steeg",
    "kamp",
    "rade",
    "hage",
    "oord",
    "zoom",
    "gaarde",
    "veld",
]
STREET_TITLE = ["Burgemeester", "Dokter", "Pastoor", "Meester", "Notaris", "Schout", "Kapitein", "Zuster", "Dominee"]
STREET_TITLE_END = ["laan", "straat", "weg", "plein", "singel", "park"]
# ---------------------------------------------------------------------------------------------------- people


class Person:
    def __init__(
        self,
        first: str,
        particle: str,
        core: str,
        gender: str,
        origin: str,
        initials: str,
        nick: str | None,
        second: tuple[str, str] | None = None,
        flemish: bool = False,
    ) -> None:
        self.first, self.particle, self.core, self.gender, self.origin = first, particle, core, gender, origin
        self.initials, self.nick, self.second, self.flemish = initials, nick, second, flemish

    def sur(self, cap: bool) -> str:
        p = self.particle
        if p and (cap or self.flemish):
            p = p[0].upper() + p[1:]
        s = (p + " " if p and not p.endswith("'") and not p.endswith("-") else p) + self.core
        if self.second:
            p2, c2 = self.second
            s += "-" + (p2 + " " if p2 else "") + c2
        return s

    def full(self) -> str:
        return self.first + " " + self.sur(False)

    def words(self) -> list[str]:
        return self.full().replace("-", " ").split()


def _compose(r, pair) -> str:
    return r.choice(pair[0]) + r.choice(pair[1])


def make_person(
    r,
    origin: str | None = None,
    gender: str | None = None,
    nick: bool = False,
    surname: str | None = None,
    first: str | None = None,
    particle: str | None = None,
) -> Person:
    if nick:
        first = r.choice(sorted(NICKS))
        origin = next(o for o, d in ORIGINS.items() if first in d["f"] + d["m"])
        gender = "f" if first in ORIGINS[origin]["f"] else "m"
    origin = origin or r.choice(sorted(ORIGINS))
    d = ORIGINS[origin]
    gender = gender or r.choice("fm")
    if first is None:
        pk = "fp" if gender == "f" else "mp"
        if pk in d and r.random() < 0.45:
            first = _compose(r, d[pk])
        else:
            first = r.choice(d[gender])
    flemish = bool(d.get("flemish"))
    if surname is not None:
        part, core = (particle or ""), surname
    elif "compound" in d and r.random() < 0.35:
        a, b = d["compound"]
        part, core = "", r.choice(a) + " A " + r.choice(b)
    elif "whole" in d and ("stem" not in d or r.random() < 0.5):
        part, core = "", r.choice(d["whole"])
    elif "tail" in d and r.random() < 0.35:
        tail = r.choice(d["tail"])
        part, core = "", (r.choice(d["stem"]) + r.choice(d["end"]) + " " + tail) if r.random() < 0.5 else tail
    else:
        end = r.choice(d["end"])
        if gender == "f" and "fem" in d:
            end = d["fem"].get(end, end)
        core = r.choice(d["stem"]) + end
        if gender == "f" and "fem_add" in d:
            core += d["fem_add"]
        pre = r.choice(d["pre"])
        if d.get("glue") and pre:
            if pre.endswith(" ") or pre.endswith("-"):
                core = pre + core
            else:
                core = pre + core.lower()
            part = ""
        elif pre.strip() and origin in ("it", "de"):
            core, part = pre + core, ""
        else:
            part = pre
    if origin == "nl" and surname is None and r.random() < 0.2:
        part, core = r.choice(["", "de", "van", "van der"]), r.choice(WORD_SURNAMES)
    second = None
    if surname is None and r.random() < 0.13:
        o2 = r.choice(["nl", "nl", "tr", "ma", "sh", "pl", "be", "fy", "aw"])
        p2 = make_person(r, o2, "m")
        if not p2.second and " A " not in p2.core:
            second = (p2.particle, p2.core)
    elif surname is not None and r.random() < 0.2:
        p2 = make_person(r, r.choice(["tr", "ma", "sh", "sc", "pl"]), "m")
        if not p2.second:
            second = (p2.particle, p2.core)
    letters = [w[0] for w in first.replace("-", " ").split()]
    initials = "".join(c + "." for c in letters)
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        initials += r.choice(EXTRA_INITIALS) + "."
    nk = NICKS.get(first)
    return Person(first, part, core, gender, origin, initials, nk, second, flemish)


# ---------------------------------------------------------------------------------------------------- identifiers


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"[\s\-.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    n = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(n) % 97 == 1


def make_bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if s < 10:
            d.append(s)
            break
    x = "".join(map(str, d))
    return r.choice(
        [
            x,
            x,
            f"{x[:3]} {x[3:6]} {x[6:]}",
            f"{x[:4]}.{x[4:6]}.{x[6:]}",
            f"{x[:3]}-{x[3:6]}-{x[6:]}",
            f"{x[:2]} {x[2:4]} {x[4:6]} {x[6:]}",
            f"{x[:3]}.{x[3:6]}.{x[6:]}",
        ]
    )


def _iban(country: str, bban: str) -> str:
    n = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(n) % 97:02d}{bban}"


def make_iban(r) -> str:
    kind = r.choices(["NL", "BE", "DE"], [8, 1, 1])[0]
    if kind == "NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "REVO"])
        iban = _iban("NL", bank + "".join(str(r.randint(0, 9)) for _ in range(10)))
    elif kind == "BE":
        ten = "".join(str(r.randint(0, 9)) for _ in range(10))
        chk = int(ten) % 97 or 97
        iban = _iban("BE", f"{ten}{chk:02d}")
    else:
        iban = _iban("DE", "".join(str(r.randint(0, 9)) for _ in range(18)))
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return r.choice([iban, iban, grouped, grouped, iban.lower(), grouped.lower(), "-".join(grouped.split())])


AREA = [
    "010",
    "020",
    "030",
    "040",
    "050",
    "070",
    "071",
    "072",
    "073",
    "074",
    "075",
    "076",
    "077",
    "078",
    "079",
    "0111",
    "0113",
    "0180",
    "0222",
    "0294",
    "0318",
    "0341",
    "0412",
    "0475",
    "0523",
    "0546",
    "0591",
    "0162",
    "0251",
]


def _digits(r, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def make_mobile(r) -> str:
    x = str(r.randint(1, 6)) + _digits(r, 7)
    return r.choice(
        [
            f"06-{x}",
            f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}",
            f"06{x}",
            f"+31 6 {x[:4]} {x[4:]}",
            f"+31(0)6-{x}",
            f"0031 6 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}",
            f"06 - {x[:3]} {x[3:6]} {x[6:]}",
            f"+316{x}",
            f"06.{x[:4]}.{x[4:]}",
        ]
    )


def make_landline(r) -> str:
    a = r.choice(AREA)
    x = str(r.randint(2, 8)) + _digits(r, 9 - len(a))
    return r.choice(
        [f"({a}) {x[:-4]} {x[-4:-2]} {x[-2:]}", f"{a}-{x}", f"{a} - {x}", f"+31 {a[1:]} {x}", f"{a} {x[:3]} {x[3:]}"]
    )


def make_phone(r) -> str:
    return make_mobile(r) if r.random() < 0.6 else make_landline(r)


def make_foreign_phone(r) -> str:
    return r.choice(
        [
            lambda: f"+32 4{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
            lambda: f"+49 15{_digits(r, 1)} {_digits(r, 7)}",
            lambda: f"+90 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
            lambda: f"00212 6{_digits(r, 2)}-{_digits(r, 6)}",
            lambda: f"+48 {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
            lambda: f"+40 7{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
            lambda: f"+597 8{_digits(r, 2)}-{_digits(r, 4)}",
            lambda: f"+599 9 5{_digits(r, 2)} {_digits(r, 4)}",
            lambda: f"+380 {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
            lambda: f"+44 7{_digits(r, 3)} {_digits(r, 6)}",
            lambda: f"+251 9{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}",
            lambda: f"0049-17{_digits(r, 1)}-{_digits(r, 7)}",
        ]
    )()


def make_postcode(r) -> str:
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    while True:
        pair = r.choice(letters) + r.choice(letters)
        if pair not in ("SA", "SD", "SS"):
            break
    n = str(r.randint(1011, 9999))
    return r.choice([f"{n} {pair}", f"{n}{pair}", f"{n} {pair.lower()}", f"{n}{pair.lower()}", f"{n} {pair}"])


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
]


def make_plate(r) -> str:
    code = r.choice(SIDECODES)
    p = "".join(r.choice(PLATE_LETTERS) if c == "X" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    return r.choice([p, p, p, p.lower(), p.replace("-", ""), p.replace("-", " ")])


def make_case(r) -> tuple[str, str]:
    """(cue, number): a municipal case number after a cue word."""
    y = r.randint(2019, 2026)
    cue = r.choice(
        [
            "zaaknummer",
            "dossiernummer",
            "ons kenmerk",
            "uw kenmerk",
            "kenmerk",
            "referentienummer",
            "meldingsnummer",
            "klachtnummer",
            "registratienummer",
            "zaak",
            "meldnummer",
            "dossier",
        ]
    )
    num = r.choice(
        [
            f"Z-{y}-{_digits(r, 6)}",
            f"MLD/{y % 100:02d}/{_digits(r, 5)}",
            f"KL.{y}.{_digits(r, 4)}",
            f"D{y}-{_digits(r, 5)}",
            f"VTA-{y % 100:02d}-{_digits(r, 5)}",
            f"BZW {y}/{_digits(r, 4)}",
            f"{y}-{_digits(r, 7)}",
            f"INT{_digits(r, 8)}",
            f"WZ/{y}/{_digits(r, 3)}.{_digits(r, 3)}",
            f"OV-{_digits(r, 3)}-{_digits(r, 3)}-{y % 100:02d}",
            f"#{_digits(r, 7)}",
            f"SD{y % 100:02d}.{_digits(r, 5)}",
        ]
    )
    return cue, num


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
ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def birth_date(r, young: bool = False) -> tuple[int, int, int]:
    return r.randint(2008, 2020) if young else r.randint(1931, 2006), r.randint(1, 12), r.randint(1, 28)


def make_dob(r, written: bool, young: bool = False, date: tuple[int, int, int] | None = None) -> str:
    y, m, d = date or birth_date(r, young)
    if written:
        mon = MONTHS[m - 1]
        return r.choice(
            [f"{d} {mon} {y}", f"{d} {ABBR[m - 1]} {y}", f"{d} {mon} '{y % 100:02d}", f"{d} {mon.capitalize()} {y}"]
        )
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{d:02d}{m:02d}{y}",
        ]
    )


def make_date(r) -> str:
    y, m, d = r.randint(2022, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{r.choice(WEEKDAYS)} {d} {MONTHS[m - 1]}",
            f"{d}-{m}-{y}",
            f"{d:02d}-{m:02d}",
            f"{d} {ABBR[m - 1]}",
        ]
    )


def make_amount(r) -> str:
    a = r.randint(12, 4800)
    c = r.randint(0, 99)
    return r.choice(
        [
            f"€ {a},{c:02d}",
            f"€{a},-",
            f"{a} euro",
            f"EUR {a},{c:02d}",
            f"ruim {a} euro",
            f"€ {a:,}".replace(",", ".") + f",{c:02d}",
        ]
    )


def make_street(r) -> str:
    if r.random() < 0.2:
        p = make_person(r, "nl")
        core = p.core.replace(" ", "")
        if p.particle and r.random() < 0.5:
            return (
                f"{r.choice(STREET_TITLE)} {p.particle[0].upper()}{p.particle[1:]} {core}{r.choice(STREET_TITLE_END)}"
            )
        return f"{r.choice(STREET_TITLE)} {core}{r.choice(STREET_TITLE_END)}"
    return r.choice(STREET_PRE) + r.choice(STREET_END)


def make_housenumber(r) -> str:
    n = r.randint(1, 312)
    return r.choice(
        [
            str(n),
            str(n),
            f"{n}{r.choice('abcdef')}",
            f"{n}-{r.randint(1, 4)}",
            f"{n}{r.choice('ABC')}",
            f"{n}-{r.randint(1, 40)}",
        ]
    )


def make_email(r, p: Person, official: bool = False, town: str = "") -> str:
    f, c = ascii_fold(p.first), ascii_fold(p.core)
    if p.particle:
        pf = "".join(w[0] for w in p.particle.split() if w[0].isalpha())
    else:
        pf = ""
    if official:
        dom = ascii_fold(town) or "gemeente"
        return r.choice([f"{f[0]}.{pf}{c}@{dom}.nl", f"{f}.{c}@{dom}.nl", f"{c}.{f[0]}@{dom}.nl"])
    dom = r.choice(
        [
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "live.nl",
            "ziggo.nl",
            "kpnmail.nl",
            "xs4all.nl",
            "icloud.com",
            "yahoo.com",
            "home.nl",
            "telfort.nl",
            "hetnet.nl",
            "upcmail.nl",
            "online.nl",
            "proton.me",
            "msn.com",
        ]
    )
    yy = str(r.randint(50, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
    return r.choice(
        [
            f"{f}.{pf}{c}@{dom}",
            f"{f[0]}{c}{yy}@{dom}",
            f"{c}{f}@{dom}",
            f"fam.{c}@{dom}",
            f"{f}_{c[:5]}@{dom}",
            f"{f}{yy}@{dom}",
            f"{(p.nick or f).lower()}.{c[:3]}{yy}@{dom}",
            f"{c}-{f[0]}@{dom}",
        ]
    )


# ---------------------------------------------------------------------------------------------------- keep material

TOWNS = [
    "Zwolle",
    "Almere",
    "Tilburg",
    "Enschede",
    "Leeuwarden",
    "Maastricht",
    "Apeldoorn",
    "Nijmegen",
    "Arnhem",
    "Haarlem",
    "Breda",
    "Amersfoort",
    "Deventer",
    "Venlo",
    "Den Helder",
    "Vlaardingen",
    "Hengelo",
    "Purmerend",
    "Gouda",
    "Assen",
    "Roosendaal",
    "Alkmaar",
    "Zoetermeer",
    "Capelle aan den IJssel",
    "Hoorn",
    "Lelystad",
    "Oss",
    "Kerkrade",
    "Spijkenisse",
    "Middelburg",
    "Ede",
    "Veenendaal",
    "Hilversum",
    "Leiden",
    "Delfzijl",
]
DEPTS = [
    "Werk en Inkomen",
    "Burgerzaken",
    "Belastingen",
    "Vergunningen",
    "Handhaving",
    "Publiekszaken",
    "Wonen",
    "Schuldhulpverlening",
    "Stadsbeheer",
    "Leerplicht",
    "Toezicht en Handhaving",
    "Jeugd",
    "Inkomensondersteuning",
    "Parkeren",
    "Openbare Ruimte",
    "Zorg en Welzijn",
    "Klantcontactcentrum",
]
FUNCS = [
    "klantmanager",
    "wijkconsulent",
    "casemanager",
    "jurist",
    "beleidsmedewerker",
    "teamleider",
    "handhaver",
    "huismeester",
    "bewindvoerder",
    "consulent",
    "coördinator",
    "leerplichtambtenaar",
    "sociaal raadsman",
    "schuldhulpverlener",
    "opzichter",
    "buurtcoach",
    "gebiedsmanager",
    "inspecteur",
]
ORGS = [
    "CJIB",
    "DUO",
    "UWV",
    "SVB",
    "Belastingdienst",
    "CAK",
    "GGD",
    "Eneco",
    "Vattenfall",
    "Vitens",
    "Vluchtelingenwerk",
    "het Juridisch Loket",
    "Leger des Heils",
    "Voedselbank",
    "Humanitas",
    "Zilveren Kruis",
]
CORPS = [
    "Ymere",
    "Woonbron",
    "Portaal",
    "Havensteder",
    "Mitros",
    "Eigen Haard",
    "Stadgenoot",
    "Woonstad Rotterdam",
    "Vidomes",
    "Staedion",
    "Wonion",
    "Lefier",
    "Trivire",
    "Woonzorg Nederland",
    "Domijn",
    "Area",
]
SCHEMES = [
    "bijzondere bijstand",
    "individuele inkomenstoeslag",
    "kwijtschelding",
    "een urgentieverklaring",
    "leerlingenvervoer",
    "huishoudelijke hulp",
    "een gehandicaptenparkeerkaart",
    "de Stadspas",
    "de energietoeslag",
    "een woonkostentoeslag",
    "schuldhulpverlening",
    "een scootmobiel",
    "een woningaanpassing",
    "de meedoenregeling",
    "een rolstoel",
]
COUNTRIES = [
    "Syrië",
    "Eritrea",
    "Polen",
    "Turkije",
    "Marokko",
    "Suriname",
    "Oekraïne",
    "Roemenië",
    "Afghanistan",
    "Somalië",
    "Ghana",
    "Portugal",
    "Bulgarije",
    "Irak",
    "Kaapverdië",
    "Hongarije",
    "Bosnië",
]
CITIES = [
    "Paramaribo",
    "Willemstad",
    "Nador",
    "Ankara",
    "Gdańsk",
    "Asmara",
    "Mogadishu",
    "Kabul",
    "Damascus",
    "Lagos",
    "Kumasi",
    "Praia",
    "Charkiv",
    "Boekarest",
    "Tuzla",
    "Bagdad",
    "Manilla",
    "Nickerie",
]
HOSPS = [
    "Isala",
    "Rijnstate",
    "Gelre",
    "het Maasstad Ziekenhuis",
    "Zuyderland",
    "Amphia",
    "Meander",
    "Tergooi",
    "het Deventer Ziekenhuis",
    "het Spaarne Gasthuis",
    "het Martini Ziekenhuis",
]
SCHOOLS = ["basisschool De Regenboog", "het Stedelijk College", "de Klimop", "obs De Vlieger", "het Graafschap College"]
# ---------------------------------------------------------------------------------------------------- shapes
# A shape is a template: {X.form} a person (A the resident, reused across the document; B C D anyone; F G women;
# M N men; O P officials), {t:X}/{T:X}/{TT:X} a title, {g:X} a salutation, {ac:X} an academic title, other {slots}
# personal identifiers or kept material, [[...]] a literal kept word or phrase.

SHAPES = [
    # formal letters and their parts
    "Geachte heer, mevrouw,\n\nOndergetekende, {A.i}, wonende aan de {addr} te {town}, maakt hierbij [[bezwaar]] "
    "tegen het [[besluit]] van {date} ({case}).",
    "Geachte {g:O} {O.S},\n\nGraag vraag ik u om [[uitstel]] van de [[betalingsregeling]] tot {date}, omdat mijn "
    "[[loon]] later wordt overgemaakt.",
    "Aan: {O.i}, {func}\nVan: {A.full}\nOnderwerp: [[herinnering]], {case}",
    "Met vriendelijke groeten,\n\n{A.full}\n{addr}\n{pc} {town}\n{mob}",
    "Hoogachtend,\n\n{A.i}\n(namens de [[bewonerscommissie]] van de {street})",
    "Hierbij machtig ik, {A.full} (BSN {bsn}), mijn dochter {F.full} om namens mij te spreken met de afdeling {dept}.",
    "Ik, {A.full}, geboren op {A.dobw}, verklaar hierbij dat ik tussen {date} en {date} [[geen inkomen]] heb gehad.",
    "In de bijlage vindt u het [[uittreksel]] van {M.full}, mijn [[echtgenoot]], geboren {dob} te {city}.",
    "ONDERWERP: [[KLACHT]] OVER {TT:O} {O.US}, {case}",
    "Wilt u de nieuwe [[afvalpas]] sturen naar {addr}, {pc} {town}, en niet meer naar mijn [[oude adres]]?",
    "Maak het [[teveel betaalde]] ({amount}) alstublieft over op {iban} ten name van {A.i}.",
    "Het [[rekeningnummer]] {iban} is van mijn [[bewindvoerder]], {B.full}; stuur de [[nabetaling]] dus daarheen.",
    # questions
    "Waarom heeft {t:O} {O.s} van de afdeling {dept} mijn [[aanvraag]] voor {scheme} afgewezen zonder mij te bellen?",
    "Hoe kan het dat {O.full} mij vertelt dat mijn [[dossier]] kwijt is, terwijl {case} gewoon op mijn "
    "[[ontvangstbevestiging]] staat?",
    "Wie is eigenlijk {O.full}? {O.Hij} heeft mijn [[brief]] ondertekend, maar niemand bij het [[KCC]] kent {O.hem}.",
    "Is het normaal dat ik van {t:O} {O.s} ({dept}) een [[mail]] krijg om [[half twaalf]] 's avonds?",
    "{O.full}, bent u nog wel de [[contactpersoon]] voor onze [[wijk]]?",
    "Klopt het dat {O.full} inmiddels bij de {gtown} werkt en dat mijn [[zaak]] daarom stilligt?",
    "Weet u of {B.f} of {C.f} van het [[buurtteam]] er nog werken?",
    "Welk recht heeft {t:M} {M.s} om foto's van mijn [[voortuin]] te maken en die naar [[Handhaving]] te sturen?",
    "wie is die {O.ls} eigenlijk die mijn [[uitkering]] heeft [[stopgezet]]??",
    "'Ben jij soms familie van {M.full}?' vroeg de man van de [[fraudeafdeling]] meteen aan mij.",
    # passives and reports about officials
    "Mijn [[melding]] over de [[losliggende stoeptegels]] in de {street} werd op {date} door {O.full} als "
    "[[afgehandeld]] gemarkeerd, maar er ligt nog niks recht.",
    "Ik ben op {date} door {t:O} {O.i} van {dept} aan de telefoon [[uitgescholden]].",
    "Het [[proces-verbaal]] van de [[boa]] is ondertekend door {O.i}.",
    "De [[klachtencommissie]] (voorzitter {ac:O} {O.i}) heeft mijn [[klacht]] [[ongegrond]] verklaard zonder "
    "[[hoorzitting]].",
    "{O.full}, {func} bij {dept}, heeft mij op {date} [[toegezegd]] dat de [[kosten]] worden [[vergoed]].",
    "De [[leerplichtambtenaar]] {O.full} dreigt met een [[proces-verbaal]] omdat mijn zoon {M.f} [[thuiszit]].",
    "Ik heb {t:O} {O.s} mijn [[loonstroken]] al twee keer gegeven.",
    "Niemand durft {O.full} aan te spreken op {O.zijn} [[toon]] tegen bewoners.",
    "Van {t:O} {O.s} heb ik nooit meer iets gehoord, van {t:P} {P.s} evenmin.",
    "Wat {t:O} {O.s} beweert, namelijk dat ik niet thuis was, klopt niet: {B.full} van nummer {num} kan dat "
    "[[bevestigen]].",
    "Toen ik vroeg wie de [[beslissing]] had genomen, antwoordde de [[baliemedewerker]]: \u201cDat was {O.full}, "
    "maar die is nu met [[verlof]].\u201d",
    "\u2018Wij kunnen niets voor u doen,\u2019 zei {t:O} {O.s} door de [[intercom]], en de deur ging weer dicht.",
    "{ac:O} {O.i}, [[jurist]] bij de gemeente, schreef dat mijn [[zienswijze]] te laat was ingediend.",
    "Dank aan {O.f} van het [[Loket Wonen]]! Zonder {O.hem} had ik nu op straat gestaan.",
    "Mijn zus zei: 'Vraag maar naar {O.f}, die weet er alles van.' Maar {O.f} werkt daar al sinds {date} niet meer.",
    "Bij het [[keukentafelgesprek]] zaten behalve ikzelf ook {B.f} (mijn [[mantelzorger]]) en {O.i} van de [[Wmo]] "
    "aan tafel.",
    "Het [[wijkteam]] (contactpersoon: {O.full}, {phone}) heeft nog steeds geen [[huisbezoek]] gepland.",
    "Na overleg met {M.full} ({func}) en {F.full} ({func}) mag ik de [[huurachterstand]] van {amount} in "
    "[[termijnen]] aflossen.",
    # neighbours, family, landlords
    "Volgens mijn [[verhuurder]], {B.full} van {corp}, is de [[schimmel]] in de [[badkamer]] mijn eigen schuld.",
    "Ik heb de [[reservesleutel]] afgegeven aan {t:B} {B.s}, de [[huismeester]], maar {B.hij} ontkent dat nu.",
    "De [[huisbaas]], een zekere {M.full}, komt gewoon binnen met zijn eigen [[sleutel]] als ik er niet ben.",
    "Sinds {F.full} naast ons woont, hoor ik elke nacht [[harde muziek]]; mag ik dat bij {dept} melden?",
    "{M.Sp} [[hond]] blaft de hele dag; ik heb dat al drie keer gemeld bij de [[dierenpolitie]].",
    "{F.fp} [[kinderen]] spelen op de [[parkeerplaats]] achter de {street} omdat de [[speeltuin]] al een jaar dicht "
    "is.",
    "Onze buurman {M.full}, door iedereen {M.n} genoemd, zet zijn [[aanhanger]] ({plate}) al maanden op het "
    "[[trottoir]].",
    "Iedereen in de buurt kent {B.n}, maar {B.zijn} echte naam is {B.full}; {B.hij} [[intimideert]] de oudere "
    "bewoners.",
    "De man die {t:F} {F.s} vorige week heeft [[lastiggevallen]], woont gewoon nog op {addr}.",
    "Bij {B.full} op nummer {num} is de [[lekkage]] wel gerepareerd, bij ons niet.",
    "{F.full} werd door {corp} [[uit huis gezet]] terwijl haar [[schuldhulptraject]] nog liep.",
    "Mijn [[ex]], {M.full}, weigert de [[alimentatie]] te betalen; kan de gemeente dat bedrag [[voorschieten]]?",
    "Mijn schoonmoeder, {F.full}, is na haar [[val]] opgenomen in {hosp}; haar [[mantelzorger]] ben ik, {A.full}.",
    "In ons [[portiek]] wonen {B.full}, {C.full}, {D.full} en ikzelf, en we hebben allemaal last van de kapotte "
    "[[lift]].",
    "Getuigen van het [[incident]] op {date}:\n1) {B.full}, {B.mail}\n2) {C.i} (woont op {addr})\n3) mijn "
    "dochter {F.f}",
    "Het gaat om mijn kleinzoon: {M.rev} ({dobk}), [[groep 7]] van {school}.",
    "{M.full} (\u00b0{dob}) staat sinds {date} ingeschreven op mijn adres, maar de [[BRP]] klopt nog steeds niet.",
    "Mijn moeder is geboren op {dobw} en heeft recht op [[AOW]]; waarom krijgt ze dan geen {scheme}?",
    "Het BSN van mijn zoontje {M.f} is {bsn}, dat van mij heeft u al.",
    "Namens mijn buurvrouw {F.full}, die slecht Nederlands spreekt, vraag ik of de [[tolk]] van {date} kan worden "
    "verzet.",
    "Mijn broer {M.f} woont in {country} en is alleen via [[WhatsApp]] bereikbaar op {fphone}.",
    "Ik heb een [[schuld]] bij {org} en {B.full} van de [[schuldhulp]] zegt dat ik die zelf moet regelen.",
    # cars, streets, places
    "Mijn auto met [[kenteken]] {plate} kreeg een [[wielklem]] terwijl ik een geldige [[bewonersvergunning]] heb.",
    "Die witte [[bestelbus]] ({plate}) staat nu drie weken op de [[invalidenparkeerplaats]] van {t:F} {F.s}.",
    "Op {date} kwam er een [[handhaver]], {M.f} stond er op zijn [[pasje]], die zei dat mijn [[scootmobiel]] niet in "
    "het [[trappenhuis]] mag.",
    "De [[wijkagent]] heeft {M.full} en zijn broer {N.f} op {date} gewaarschuwd voor het [[vuurwerk]] bij de {street}.",
    "Stuur de [[brief]] alstublieft naar {A.mail} en niet naar het [[oude adres]] aan de {street}.",
    "Op de hoek van de {street} en de {street} is de [[stoep]] zo scheef dat {t:F} {F.s} er met {F.zijn} "
    "[[rollator]] is gevallen.",
    # imperative, callback, contact
    "Bel gerust mijn moeder, {F.full}, op {phone}: zij regelt mijn [[papieren]] sinds mijn [[opname]].",
    "Graag [[terugbellen]] naar {A.f} op {mob} (liefst [[na vier uur]]).",
    "Zeg tegen {B.f} van de [[balie]] dat ik mijn [[rijbewijs]] morgen kom ophalen.",
    "Mijn [[mailadres]] is veranderd; het is nu {A.mail}, het oude werkt niet meer.",
    "U kunt mij bereiken via {A.mail} of op {phone}, maar niet op [[woensdag]].",
    # sloppy, lower case, capitals
    "mijn vader {M.l} heeft [[dementie]] en kan zelf niet bellen, daarom mail ik namens hem",
    "heb gister met {O.lf} van de [[gemeente]] gebeld ze zou het [[doorzetten]] maar ik hoor niks meer",
    "hoi {O.lf}, ff een vraagje: moet ik die [[formulieren]] nou opsturen of langsbrengen? gr {A.lf}",
    "ik woon op de {streetl} nr {num} en de [[container]] is al drie weken niet geleegd",
    "IK WIL NU EINDELIJK EEN ANTWOORD VAN {TT:O} {O.US} OVER MIJN [[PARKEERBOETE]]!!!",
    "groet, {A.lf}\n\n(dit is het mailadres van mijn zoon {M.f}, {M.mail})",
    "u kan me altijd bellen hoor {mob} groetjes van {A.l}",
    "{A.U}\n{addr}\n{pc}  {town}",
    # non-native Dutch and English
    "Ik ben {A.f}, ik kom uit {country} en ik woon hier twee jaar, de brief van [[belasting]] ik begrijp niet, kan "
    "iemand mij helpen?",
    "{t:O} {O.s} zeg tegen mij dat ik moet wachten [[acht weken]] maar nu is al [[vier maanden]] en nog geen geld",
    "Hello, my name is {A.full} ({bsn}) and I live at {addr}. I received a [[fine]] but I did not park there.",
    "mijn naam {A.full}, geboortedatum {A.dob}, ik heb [[afspraak]] nodig voor [[paspoort]] van mijn kind {B.f}",
    # stories with dates of birth, ids, accounts in running text
    "{A.S} is op {A.dobw} geboren en woont al {years} op de {street}, zonder ooit een [[klacht]] te hebben ingediend.",
    "De [[toeslag]] voor {B.full} (geb. {dob}) is stopgezet, terwijl {B.hij} nog gewoon bij mij inwoont.",
    "Volgens de [[brief]] van {date} ({case}) zou ik {amount} moeten terugbetalen, maar dat bedrag klopt niet.",
    "Ik heb op {date} het algemene nummer {kcc} gebeld en kreeg een [[terugbelnotitie]] onder {case}.",
    "Het geld ({amount}) is op {date} teruggestort op {iban}, maar dat is de rekening van mijn [[ex-partner]] "
    "{M.full}.",
    "Zijn [[burgerservicenummer]] ontbreekt op het [[formulier]]: {bsn}. Dat van zijn vrouw {F.f} is {bsn}.",
    "Geparkeerd: {plate}. Eigenaar volgens de buren: {M.full} van {addr}.",
    "Verhuisd per {date} van {addr} ({pc}) naar {addr}, {pc} {town}.",
    "Kunt u mijn [[parkeervergunning]] overzetten van {plate} naar {plate}? De oude auto is [[verkocht]].",
    "Vanaf {date} is mijn nieuwe [[telefoonnummer]] {mob}; het oude ({phone}) is nu van mijn zus {F.f}.",
    "{A.full}\nBSN: {bsn}\nIBAN: {iban}\nTel.: {mob}",
]

# Known-word sentences: (word, 'sur'|'first', gender or '', particles, templates). The ordinary use is in [[...]].
KNOWN = [
    (
        "Vos",
        "sur",
        "",
        ["", "de"],
        [
            "{A.full} houdt kippen, maar sinds [[een vos]] er drie heeft doodgebeten wil "
            "{A.hij} een hoger [[hek]] plaatsen.",
            "{T:A} {A.s} vraagt of de gemeente iets doet aan [[de vos]] die 's nachts de "
            "[[vuilniszakken]] openscheurt.",
        ],
    ),
    (
        "Winter",
        "sur",
        "",
        ["", "de"],
        ["Sinds [[de winter]] is de [[verwarming]] bij {A.full} kapot en de verhuurder reageert niet."],
    ),
    (
        "Post",
        "sur",
        "",
        ["", "van der"],
        [
            "Bij {A.full} wordt [[de post]] al weken bij de verkeerde buren bezorgd, "
            "waardoor {A.hij} een [[aanmaning]] miste."
        ],
    ),
    (
        "Bos",
        "sur",
        "",
        ["", "van den", "van der"],
        [
            "{A.full} loopt elke ochtend met de hond door [[het bos]] achter "
            "de [[sporthal]] en ziet daar steeds meer [[gedumpt afval]]."
        ],
    ),
    (
        "Visser",
        "sur",
        "",
        ["", "de"],
        ["Als [[visser]] heeft {A.full} een [[ligplaats]] nodig, maar de [[havenmeester]] geeft geen antwoord."],
    ),
    (
        "Bakker",
        "sur",
        "",
        ["", "de"],
        ["{T:A} {A.s} werkt 's nachts als [[bakker]] en kan daarom alleen 's middags naar het [[spreekuur]]."],
    ),
    (
        "Koster",
        "sur",
        "",
        [""],
        ["{A.full} is [[koster]] van de kerk aan het plein en klaagt over de [[parkeerdruk]] bij uitvaarten."],
    ),
    (
        "Molenaar",
        "sur",
        "",
        [""],
        ["{A.full} is vrijwillig [[molenaar]] en vraagt [[subsidie]] voor het onderhoud van [[de molen]]."],
    ),
    (
        "Schipper",
        "sur",
        "",
        ["", "de"],
        ["{A.full} woont als [[schipper]] op een [[woonboot]] en krijgt maar geen [[ligplaatsvergunning]]."],
    ),
    (
        "Wolf",
        "sur",
        "",
        ["", "de"],
        ["{T:A} {A.s} is bang sinds er in de buurt [[een wolf]] is gezien en vraagt of de [[provincie]] het weet."],
    ),
    (
        "Vink",
        "sur",
        "",
        ["", "de"],
        ["In de [[haag]] bij {A.full} zit [[een vink]] te broeden, en juist die haag wil de gemeente nu snoeien."],
    ),
    (
        "Valk",
        "sur",
        "",
        ["", "de", "van der"],
        [
            "{A.full} wil weten of [[de valk]] die op de [[kerktoren]] broedt een "
            "reden is om de [[renovatie]] uit te stellen."
        ],
    ),
    (
        "Zwaan",
        "sur",
        "",
        ["", "de"],
        ["{A.full} meldt dat [[een zwaan]] met een gebroken vleugel al dagen bij de [[vijver]] ligt."],
    ),
    (
        "Beek",
        "sur",
        "",
        ["van", "van der", "ter"],
        ["Na de regen stroomde [[de beek]] over en liep de [[kelder]] van {A.full} vol."],
    ),
    (
        "Dijk",
        "sur",
        "",
        ["van", "van der", "ter"],
        ["{A.full} woont vlak onder [[de dijk]] en wil weten wanneer de [[dijkversterking]] begint."],
    ),
    (
        "Bloem",
        "sur",
        "",
        ["", "de"],
        ["{A.full} kreeg [[een bloem]] van de wethouder, maar nog steeds geen [[antwoord]] op {A.zijn} [[klacht]]."],
    ),
    (
        "Steen",
        "sur",
        "",
        ["", "van den", "ten"],
        ["Door het raam van {A.full} werd [[een steen]] gegooid; de [[wijkagent]] heeft aangifte opgenomen."],
    ),
    (
        "Zwart",
        "sur",
        "",
        ["", "de"],
        ["{A.full} vindt dat het [[zwart]] geblakerde [[speeltoestel]] na de brand meteen weg moet."],
    ),
    (
        "Baas",
        "sur",
        "",
        ["", "de"],
        ["Volgens {A.full} is [[de baas]] van de [[snackbar]] verantwoordelijk voor de [[stankoverlast]]."],
    ),
    (
        "Koning",
        "sur",
        "",
        ["", "de"],
        ["{A.full} schreef uit boosheid zelfs een brief aan [[de koning]] over {A.zijn} [[huurverhoging]]."],
    ),
    (
        "Prins",
        "sur",
        "",
        [""],
        ["{A.full} was vorig jaar [[prins carnaval]] en vraagt nu een [[evenementenvergunning]] aan."],
    ),
    (
        "Kraai",
        "sur",
        "",
        ["", "de"],
        ["{A.full} wordt elke ochtend gewekt door [[een kraai]] op de [[lantaarnpaal]] voor het raam."],
    ),
    ("Jager", "sur", "", ["", "de"], ["Volgens {A.full} schiet [[een jager]] veel te dicht bij de [[woonwijk]]."]),
    (
        "Kok",
        "sur",
        "",
        ["", "de"],
        [
            "{A.full} werkt als [[kok]] in een restaurant en heeft een [[ontheffing]] nodig "
            "voor de [[laad- en losplek]]."
        ],
    ),
    (
        "Timmerman",
        "sur",
        "",
        [""],
        ["{A.full} is zelf [[timmerman]] en wil de [[trap]] liever zelf aanpassen dan een [[traplift]] krijgen."],
    ),
    (
        "Brouwer",
        "sur",
        "",
        ["", "de"],
        ["{A.full} is [[brouwer]] van [[speciaalbier]] en wacht op een vergunning voor het [[proeflokaal]]."],
    ),
    (
        "Smid",
        "sur",
        "",
        ["", "de"],
        ["{A.full} werkt als [[smid]] in een werkplaats aan huis; de buren klagen over [[lawaai]]."],
    ),
    (
        "Vogel",
        "sur",
        "",
        ["", "de"],
        ["{A.full} vond [[een vogel]] met een [[ringetje]] en weet niet waar {A.hij} dat moet melden."],
    ),
    (
        "Haas",
        "sur",
        "",
        ["", "de"],
        ["{A.full} vond in het [[park]] [[een haas]] in een strik en belde de [[dierenambulance]]."],
    ),
    (
        "Dekker",
        "sur",
        "",
        ["", "de"],
        ["{A.full} is [[dekker]] van beroep en ziet dat het [[dak]] van de school lekt."],
    ),
    (
        "Bruin",
        "sur",
        "",
        ["", "de"],
        ["Uit de kraan bij {A.full} komt al dagen [[bruin]] water; {org} zegt dat het aan de leidingen ligt."],
    ),
    (
        "Wit",
        "sur",
        "",
        ["", "de"],
        ["De gevel van {A.full} is [[wit]] geschilderd zonder dat de [[welstandscommissie]] iets zei."],
    ),
    ("Stam", "sur", "", [""], ["{A.full} vraagt of [[de stam]] van de omgezaagde eik nog wordt opgehaald."]),
    (
        "Merel",
        "first",
        "f",
        [""],
        ["{A.full} hoort 's ochtends [[een merel]] zingen, maar 's nachts alleen de [[veegwagen]] van de gemeente."],
    ),
    (
        "Roos",
        "first",
        "f",
        [""],
        ["{A.full} plantte [[een roos]] in de [[boomspiegel]] voor haar deur en kreeg daarvoor een [[waarschuwing]]."],
    ),
    (
        "Berk",
        "first",
        "m",
        [""],
        ["Volgens {A.full} staat [[de berk]] voor zijn huis op omvallen; de [[boomverzorger]] kwam nog niet kijken."],
    ),
]
# ---------------------------------------------------------------------------------------------------- rendering

TITLES = {"f": ["mevrouw", "mevrouw", "mevr.", "mw.", "mvr.", "mevrouw"], "m": ["meneer", "de heer", "dhr.", "meneer"]}
TITLES_CAP = {"f": ["Mevrouw", "Mevr.", "Mw."], "m": ["Meneer", "De heer", "Dhr."]}
ACADEMIC = ["mr.", "drs.", "ir.", "ing.", "dr.", "mr. drs.", "Mr.", "Drs."]
SLOT = re.compile(r"\{([^{}]+)\}|\[\[([^\]]+)\]\]")
GENDER = {"F": "f", "G": "f", "M": "m", "N": "m"}
LOWER_FORMS = {"l": "full", "lf": "f", "ls": "s"}


def _possessive(name: str) -> tuple[str, str]:
    """(text, item) of a name's possessive: Bouwmans, Latuheru's, Karataş'."""
    if name[-1].lower() in "sxzş":
        return name + "'", name
    if name[-1].lower() in "aeiouyéè":
        return name + "'s", name
    return name + "s", name + "s"


class Render:
    def __init__(self, r, doc: dict) -> None:
        self.r, self.doc = r, doc
        self.text: list[str] = []
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []

    def person(self, letter: str, need_nick: bool) -> Person:
        people = self.doc["people"]
        if letter == "A":
            return self.doc["A"]
        if letter not in people:
            people[letter] = make_person(self.r, gender=GENDER.get(letter), nick=need_nick)
            if need_nick and GENDER.get(letter) and people[letter].gender != GENDER[letter]:
                people[letter] = make_person(self.r, gender=GENDER[letter])
        return people[letter]

    def form(self, letter: str, form: str) -> str:
        r = self.r
        if letter == "A" and self.doc["known"]:
            form = LOWER_FORMS.get(form, form)
        p = self.person(letter, form == "n")
        item = None
        if form == "full":
            item = out = p.full()
        elif form == "f":
            item = out = p.first
        elif form == "s":
            item = out = p.sur(r.random() < 0.7)
        elif form == "S":
            item = out = p.sur(True)
        elif form == "i":
            item = out = p.initials + " " + p.sur(False)
        elif form == "U":
            item = out = p.full().upper()
        elif form == "US":
            item = out = p.sur(True).upper()
        elif form == "l":
            item = out = p.full().lower()
        elif form == "lf":
            item = out = p.first.lower()
        elif form == "ls":
            item = out = p.sur(False).lower()
        elif form in ("sp", "Sp"):
            out, item = _possessive(p.sur(form == "Sp" or r.random() < 0.7))
        elif form == "fp":
            out, item = _possessive(p.first)
        elif form == "n":
            if not p.nick:
                p.nick = p.first.split("-")[0][:3]
            item = out = p.nick
        elif form in ("dob", "dobw"):
            if "born" not in p.__dict__:
                p.born = birth_date(r)
            v = make_dob(r, form == "dobw", date=p.born)
            self.pii.append((v, "DATE_OF_BIRTH"))
            return v
        elif form == "mail":
            if "mail" not in p.__dict__:
                p.mail = make_email(r, p, letter in "OP", self.doc["town"])
            self.pii.append((p.mail, "EMAIL"))
            return p.mail
        elif form == "rev":
            s = p.sur(True)
            self.pii += [(s, "PERSON"), (p.initials, "PERSON")]
            return f"{s}, {p.initials}"
        else:
            f = p.gender == "f"
            out = {
                "hij": "zij" if f else "hij",
                "Hij": "Zij" if f else "Hij",
                "zijn": "haar" if f else "zijn",
                "Zijn": "Haar" if f else "Zijn",
                "hem": "haar" if f else "hem",
            }[form]
        if item:
            self.pii.append((item, "PERSON"))
        return out

    def slot(self, s: str) -> str:
        r, doc = self.r, self.doc
        if "." in s and s.split(".")[0] in "ABCDFGMNOP" and len(s.split(".")[0]) == 1:
            letter, form = s.split(".", 1)
            return self.form(letter, form)
        if ":" in s:
            kind, letter = s.split(":")
            p = self.person(letter, False)
            if kind == "t":
                return r.choice(TITLES[p.gender])
            if kind == "T":
                return r.choice(TITLES_CAP[p.gender])
            if kind == "TT":
                return "MEVROUW" if p.gender == "f" else "MENEER"
            if kind == "g":
                return "mevrouw" if p.gender == "f" else "heer"
            if kind == "ac":
                return r.choice(ACADEMIC)
        pii = {
            "bsn": make_bsn,
            "iban": make_iban,
            "phone": make_phone,
            "mob": make_mobile,
            "pc": make_postcode,
            "fphone": make_foreign_phone,
            "plate": make_plate,
        }
        labels = {
            "bsn": "BSN",
            "iban": "IBAN",
            "phone": "PHONE",
            "mob": "PHONE",
            "fphone": "PHONE",
            "pc": "POSTCODE",
            "plate": "LICENSE_PLATE",
        }
        if s in pii:
            v = pii[s](r)
            self.pii.append((v, labels[s]))
            return v
        if s in ("dob", "dobw", "dobk"):
            v = make_dob(r, s == "dobw", s == "dobk")
            self.pii.append((v, "DATE_OF_BIRTH"))
            return v
        if s == "case":
            cue, num = make_case(r)
            self.keep.append(cue)
            self.pii.append((num, "CASE_NUMBER"))
            return f"{cue} {num}"
        if s in ("street", "streetl", "addr"):
            v = make_street(r)
            if s == "streetl":
                v = v.lower()
            if s == "addr":
                v += " " + make_housenumber(r)
            self.pii.append((v, "ADDRESS"))
            return v
        if s == "num":
            return str(r.randint(2, 180))
        keeps = {
            "town": lambda: doc["town"],
            "gtown": lambda: "gemeente " + r.choice(TOWNS),
            "date": lambda: make_date(r),
            "amount": lambda: make_amount(r),
            "dept": lambda: r.choice(DEPTS),
            "func": lambda: r.choice(FUNCS),
            "org": lambda: r.choice(ORGS),
            "corp": lambda: r.choice(CORPS),
            "scheme": lambda: r.choice(SCHEMES),
            "country": lambda: r.choice(COUNTRIES),
            "city": lambda: r.choice(CITIES),
            "hosp": lambda: r.choice(HOSPS),
            "school": lambda: r.choice(SCHOOLS),
            "years": lambda: r.choice(["elf jaar", "dertig jaar", "zes jaar", "veertig jaar", "twintig jaar"]),
            "kcc": lambda: f"14 0{r.randint(10, 599)}",
        }
        v = keeps[s]()
        self.keep.append(v)
        return v

    def render(self, template: str) -> str:
        self.doc["people"] = {}

        def sub(m: re.Match) -> str:
            if m.group(2) is not None:
                self.keep.append(m.group(2))
                return m.group(2)
            return self.slot(m.group(1))

        return SLOT.sub(sub, template)


# ---------------------------------------------------------------------------------------------------- documents

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
PARTICLE_WORDS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "uit",
    "a",
    "da",
    "dos",
    "do",
    "del",
    "dela",
    "delos",
    "di",
    "von",
    "al",
    "el",
    "ben",
}


def _score_module():
    spec = importlib.util.spec_from_file_location("fresh12a_score", HERE.parent / "corpora" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_module()


def _tokens(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if len(w) > 1 and w not in PARTICLE_WORDS}


def gate(d: dict) -> bool:
    try:
        SCORE.check_doc(d)
    except AssertionError:
        return False
    for item in d["pii"]:
        if item["label"] not in LABELS:
            return False
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return False
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return False
    names: set[str] = set()
    for item in d["pii"]:
        if item["label"] == "PERSON":
            names |= _tokens(item["text"].replace("-", " "))
    allowed = {w.lower() for w in d.get("_word", [])}
    for k in d["keep"]:
        if (_tokens(k) & names) - allowed:
            return False
    return True


def draw(r, i: int) -> dict:
    known = i % 4 == 3
    doc: dict = {"known": known, "town": r.choice(TOWNS), "people": {}}
    sentences = r.sample(SHAPES, r.randint(2, 5) - (1 if known else 0))
    word = None
    if known:
        word, kind, gender, particles, templates = r.choice(KNOWN)
        if kind == "sur":
            doc["A"] = make_person(r, surname=word, particle=r.choice(particles))
        else:
            doc["A"] = make_person(r, origin="nl" if word != "Berk" else "tr", gender=gender, first=word)
        sentences.insert(r.randint(0, len(sentences)), r.choice(templates))
    else:
        doc["A"] = make_person(r)
    rd = Render(r, doc)
    parts = [rd.render(t) for t in sentences]
    text = parts[0]
    for prev, part in zip(parts, parts[1:], strict=False):
        text += "\n\n" if "\n" in prev or "\n" in part else " "
        text += part
    pii, seen = [], set()
    for t, label in rd.pii:
        if (t, label) not in seen:
            seen.add((t, label))
            pii.append({"text": t, "label": label})
    keep: list[str] = []
    for k in rd.keep:
        if k not in keep:
            keep.append(k)
    d = {"id": f"fresh12a-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        d["known"] = {"names": [doc["A"].full()]}
        d["_word"] = [word]
    return d


ATTEMPTS: list[int] = []


def make_doc(i: int) -> dict:
    r = random.Random(f"{SEED}:{i}")
    n = 0
    while True:
        n += 1
        d = draw(r, i)
        if gate(d):
            ATTEMPTS.append(n)
            d.pop("_word", None)
            return d


def generate() -> list[dict]:
    return [make_doc(i) for i in range(N_DOCS)]


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    a = ap.parse_args(argv)
    text = dump(generate())
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh12a corpus up to date" if same else "fresh12a corpus differs from regeneration")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{N_DOCS} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
