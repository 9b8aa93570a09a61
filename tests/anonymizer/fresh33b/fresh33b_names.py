"""Name, street and place pools for make_fresh33b.py (helper A2, written blind).

Each origin group has first names (m, f) and surname parts; most surnames are composed from parts, so that the
resulting names are on no common list. ``person(r, group)`` draws one person.
"""

from __future__ import annotations

# group: (male first names, female first names, surname builder parts: (prefixes, suffixes) or full list, particles)
GROUPS = {
    "dutch": (
        ["Gerrit", "Joost", "Wouter", "Maarten", "Sjoerd", "Bram", "Harm", "Teun"],
        ["Marieke", "Ilse", "Femke", "Jolien", "Anouk", "Hester", "Mirjam", "Loes"],
        (
            ["Ver", "Hoog", "Wester", "Kamp", "Brink", "Olde", "Mols", "Grevel"],
            ["hoeven", "kamp", "meijer", "huizen", "veld", "ink", "man", "stede"],
        ),
        None,
    ),
    "dutch_particle": (
        ["Pieter", "Dirk", "Evert", "Hidde", "Laurens", "Coen"],
        ["Margriet", "Sanne", "Willemijn", "Evelien", "Charlotte", "Noor"],
        (
            ["Gool", "Wessel", "Ploeg", "Ravel", "Hemmel", "Dorst", "Tweel", "Bijl"],
            ["ing", "stein", "hove", "sloot", "erveld", "ewaard", "enburg", "mans"],
        ),
        ["van", "van der", "van den", "de", "ter", "van 't", "ten", "van de", "in 't"],
    ),
    "frisian": (
        ["Sjoerd", "Wybren", "Hylke", "Jelmer", "Douwe", "Tsjalle"],
        ["Sytske", "Baukje", "Froukje", "Wytske", "Tjitske", "Antsje"],
        (
            ["Hoek", "Wijn", "Terp", "Bouw", "Jell", "Sjaard", "Feik", "Haring"],
            ["stra", "sma", "inga", "enga", "ema", "ster", "ia", "tsma"],
        ),
        None,
    ),
    "limburg": (
        ["Jo", "Huub", "Sjef", "Twan", "Ruud", "Guido"],
        ["Truus", "Mieke", "Sjan", "Marjo", "Lieke", "Petra"],
        (
            ["Schr", "Kuss", "Houb", "Lemm", "Pelz", "Voncken", "Schmeetz"],
            ["ijnen", "ers", "en", "ens", "ers", "s", "kens"],
        ),
        None,
    ),
    "moroccan": (
        ["Yassine", "Khalid", "Soufiane", "Ayoub", "Bilal", "Hamza"],
        ["Nadia", "Samira", "Ikram", "Houda", "Rajae", "Siham"],
        (
            ["El ", "Ait ", "Ben ", "Bou", "Az", "Ouaz"],
            ["Hamdaoui", "Khattabi", "Moussaoui", "zidi", "rouali", "ghari", "Mrabet", "nani"],
        ),
        None,
    ),
    "turkish": (
        ["Mehmet", "Emre", "Burak", "Serkan", "Volkan", "Okan"],
        ["Elif", "Zeynep", "Esra", "Gülsen", "Derya", "Sevda"],
        (
            ["Kara", "Ak", "Yıl", "Bulut", "Demir", "Öz", "Tekin", "Kaya"],
            ["han", "taş", "doğan", "kaya", "soy", "oğlu", "baş", "er"],
        ),
        None,
    ),
    "surinamese_hindustani": (
        ["Ravi", "Sunil", "Dinesh", "Ashwin", "Vikash", "Rajen"],
        ["Shanti", "Anjali", "Reshma", "Sharmila", "Kavita", "Nirmala"],
        (
            ["Ram", "Jag", "Sew", "Bhoe", "Maha", "Lach"],
            ["dinsing", "essar", "pal", "kharan", "bier", "radj", "mansing"],
        ),
        None,
    ),
    "surinamese_creole": (
        ["Romano", "Errol", "Marvin", "Glenn", "Clyde", "Ricardo"],
        ["Gracia", "Shirley", "Ingrid", "Marlene", "Tamara", "Jozefien"],
        (["Kar", "Pin", "Lin", "Dor", "Wal", "Ams"], ["tosen", "ster", "ger", "ensteyn", "ewijn", "elo", "dorp"]),
        None,
    ),
    "surinamese_javanese": (
        ["Soekarman", "Wagino", "Parto", "Sardjo"],
        ["Sri", "Wati", "Soemini", "Djoeminah"],
        (["Soe", "Kar", "Sa", "Wong", "Pawiro"], ["dirman", "tosoewito", "moedjo", "sodikromo", "rono"]),
        None,
    ),
    "antillean": (
        ["Jurgen", "Shurandy", "Ruthsel", "Giovanni", "Eugene"],
        ["Sharitza", "Quisaira", "Jeanine", "Milouska", "Roselyn"],
        (["Mar", "Cor", "Isen", "Fran", "Dam", "Rosa"], ["tina", "dia", "ia", "cisca", "iana", "lia"]),
        None,
    ),
    "polish": (
        ["Krzysztof", "Tomasz", "Paweł", "Marek", "Łukasz", "Jarek"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Magda"],
        (["Wiś", "Kowal", "Zieliń", "Nowak", "Grab", "Dąbr"], ["niewski", "czyk", "ski", "owski", "ecki", "owicz"]),
        None,
    ),
    "syrian": (
        ["Omar", "Khaled", "Firas", "Rami", "Tarek", "Mazen"],
        ["Rasha", "Lina", "Hiba", "Rania", "Dima", "Nour"],
        (["Al-", "Hal", "Darw", "Kass", "Shamm"], ["abi", "ish", "ab", "out", "ar", "Hamwi", "Halabi"]),
        None,
    ),
    "eritrean": (
        ["Tesfay", "Yonas", "Mehari", "Berhane", "Samuel"],
        ["Semhar", "Luwam", "Helen", "Yordanos", "Saba"],
        (["Tekle", "Gebre", "Habte", "Wolde", "Kidane"], ["haimanot", "mariam", "mikael", "giorgis", "selassie", "ab"]),
        None,
    ),
    "somali": (
        ["Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Liban"],
        ["Hodan", "Fadumo", "Ayaan", "Sahra", "Hibo"],
        (
            ["Warsame", "Farah", "Jama", "Hirsi", "Abdi", "Nur"],
            [" Ali", " Guled", " Egal", " Osman", " Yusuf", " Said"],
        ),
        None,
    ),
    "chinese": (
        ["Wei", "Jian", "Hao", "Ming", "Kai"],
        ["Mei", "Xiu", "Ling", "Yan", "Hui"],
        (["Ch", "Zh", "L", "W", "Y"], ["ang", "ong", "iu", "eng", "an"]),
        None,
    ),
    "indonesian": (
        ["Budi", "Rudy", "Hendrik", "Ferry", "Dewa"],
        ["Yvonne", "Lusi", "Ratna", "Dewi", "Indah"],
        (["Soe", "Tan", "Sima", "Rum", "Pattiwa"], ["tanto", "djaja", "tupang", "ahe", "el", "pessy"]),
        None,
    ),
    "moluccan": (
        ["Johannes", "Frits", "Alex", "Izaak"],
        ["Bertha", "Jacomina", "Elvira", "Yolanda"],
        (["Latu", "Sahu", "Tuhu", "Matu", "Pesu"], ["heru", "pessy", "teru", "rima", "lette"]),
        None,
    ),
    "ghanaian": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
        ["Akosua", "Abena", "Efua", "Adwoa", "Ama"],
        (["Ofori", "Owusu", "Asa", "Bo", "Ampo"], ["-Atta", "-Ansah", "moah", "akye", "nsah", "fo"]),
        None,
    ),
    "nigerian": (
        ["Chinedu", "Emeka", "Tunde", "Obinna"],
        ["Ngozi", "Chioma", "Funmi", "Adaeze"],
        (["Okon", "Ade", "Eze", "Nwa", "Obi"], ["kwo", "bayo", "oha", "nkwo", "ora"]),
        None,
    ),
    "afghan": (
        ["Farid", "Ahmad", "Wahid", "Jawed"],
        ["Mariam", "Fereshta", "Shabnam", "Nilofar"],
        (["Ahmad", "Rahim", "Nazar", "Karim", "Hak"], ["zai", "i", "yar", "khel", "zada"]),
        None,
    ),
    "iraqi_kurdish": (
        ["Dilshad", "Rebwar", "Hawre", "Karwan"],
        ["Shilan", "Avin", "Rezan", "Berivan"],
        (["Bar", "Zan", "Ras", "Sor", "Shex"], ["zani", "gana", "ool", "ani", "i"]),
        None,
    ),
    "iranian": (
        ["Dariush", "Kaveh", "Babak", "Arash"],
        ["Shirin", "Laleh", "Parisa", "Nasrin"],
        (["Tehr", "Kam", "Far", "Mor", "Sal"], ["ani", "rani", "ahani", "adi", "ehi"]),
        None,
    ),
    "bulgarian": (
        ["Georgi", "Stoyan", "Dimitar", "Plamen"],
        ["Radka", "Milena", "Desislava", "Vesela"],
        (["Petr", "Ivan", "Stoy", "Kol", "Dimitr"], ["ov", "ova", "anov", "chev", "ovski"]),
        None,
    ),
    "romanian": (
        ["Ionuț", "Mihai", "Sorin", "Bogdan"],
        ["Ioana", "Andreea", "Raluca", "Crina"],
        (["Pop", "Dumi", "Con", "Stăn", "Radu"], ["escu", "trescu", "stantin", "ică", "lescu"]),
        None,
    ),
    "ukrainian": (
        ["Oleksandr", "Taras", "Bohdan", "Andriy"],
        ["Oksana", "Yuliia", "Kateryna", "Halyna"],
        (["Shev", "Kovalen", "Bond", "Tkach", "Melnyk"], ["chenko", "ko", "arenko", "uk", "ovych"]),
        None,
    ),
    "cape_verdean": (
        ["Nelson", "Adilson", "Evandro", "Jair"],
        ["Djenifer", "Elisângela", "Nilda", "Aldina"],
        (["Tavar", "Semed", "Fortes", "Lop", "Monteir"], ["es", "o", " da Luz", "es Varela", "o Gomes"]),
        None,
    ),
    "vietnamese": (
        ["Tuan", "Minh", "Quang", "Duc"],
        ["Thu", "Lan", "Hoa", "Ngoc"],
        (["Ng", "Tr", "Ph", "H", "D"], ["uyen", "an", "am", "oang", "uong"]),
        None,
    ),
    "pakistani": (
        ["Imran", "Asif", "Tariq", "Zeeshan"],
        ["Ayesha", "Saima", "Rabia", "Nazia"],
        (["Chaud", "Qure", "Butt", "Mal", "Rana"], ["hry", "shi", "ar", "ik", "wat"]),
        None,
    ),
    "egyptian": (
        ["Mahmoud", "Sherif", "Amr", "Hany"],
        ["Mona", "Dalia", "Yasmine", "Heba"],
        (["Abdel", "El-", "Mans", "Sha", "Fah"], ["fattah", "Sayed", "our", "heen", "my"]),
        None,
    ),
    "german": (
        ["Jürgen", "Matthias", "Klaus", "Tobias"],
        ["Ulrike", "Birgit", "Heike", "Sabine"],
        (["Schwarz", "Lind", "Hof", "Kessel", "Brück"], ["kopf", "ner", "mann", "ring", "bauer"]),
        None,
    ),
    "flemish": (
        ["Wannes", "Jens", "Stijn", "Lieven"],
        ["Griet", "Ann-Sofie", "Katrien", "Lotte"],
        (["Van", "De", "Ver", "Van"], [" Damme", "bruyne", "haeghe", " Acker", "cauteren", "strepen"]),
        None,
    ),
    "greek": (
        ["Yannis", "Kostas", "Nikos", "Stavros"],
        ["Eleni", "Katerina", "Despina", "Sofia"],
        (["Papa", "Georgi", "Dimi", "Kara", "Ale"], ["dopoulos", "ou", "triou", "manlis", "xiou"]),
        None,
    ),
    "italian": (
        ["Giuseppe", "Luca", "Salvatore", "Matteo"],
        ["Giulia", "Francesca", "Rosaria", "Chiara"],
        (["Espo", "Russ", "Cap", "Gall", "Ferr"], ["sito", "o", "uto", "etti", "ante"]),
        None,
    ),
    "bosnian": (
        ["Emir", "Adnan", "Haris", "Mirza"],
        ["Amra", "Lejla", "Selma", "Edina"],
        (["Hadž", "Begov", "Hod", "Mujan", "Kov"], ["ić", "ović", "žić", "ačević", "ačić"]),
        None,
    ),
    "filipino": (
        ["Jose", "Ramil", "Arnel", "Jomar"],
        ["Maricel", "Rowena", "Jocelyn", "Lorna"],
        (["Dela ", "Santo", "Bautis", "Mag", "Villa"], ["Cruz", "s", "ta", "sayo", "nueva"]),
        None,
    ),
    "brazilian": (
        ["Thiago", "Rafael", "Leandro", "Caio"],
        ["Fernanda", "Juliana", "Camila", "Larissa"],
        (["Olivei", "Siquei", "Carva", "Ribei", "Mour"], ["ra", "ra Lima", "lho", "ro", "ão"]),
        None,
    ),
}

STREET_PRE = [
    "Brouwers",
    "Kuipers",
    "Lijnbaans",
    "Zadelmakers",
    "Hoefsmid",
    "Vlasbloem",
    "Mispel",
    "Klaproos",
    "Wolwevers",
    "Zoutkeet",
    "Pottenbakkers",
    "Tolhuis",
    "Veerhuis",
    "Paardenwei",
    "Lakenhal",
    "Graanbeurs",
    "Hopakker",
    "Mouterij",
    "Steenhouwers",
    "Touwslagers",
    "Gerstakker",
    "Sluiswachters",
]
STREET_SUF = ["straat", "steeg", "gracht", "kade", "laan", "singel", "weg", "plein", "hof", "dijk", "pad", "markt"]

PLACES = [
    "Deventer",
    "Zwolle",
    "Schiedam",
    "Vlaardingen",
    "Helmond",
    "Roosendaal",
    "Leeuwarden",
    "Sittard",
    "Alkmaar",
    "Hoorn",
    "Zaandam",
    "Purmerend",
    "Gouda",
    "Delft",
    "Tilburg",
    "Venlo",
    "Emmen",
    "Almelo",
    "Hengelo",
    "Kampen",
    "Harderwijk",
    "Veenendaal",
    "Oss",
    "Weert",
    "Terneuzen",
    "Heerenveen",
    "Lelystad",
]

# Known-name words: surname (with optional particle) and sentences using the word in its ordinary sense, lower case.
KNOWN = {
    "Bakker": [
        "De bakker op de hoek levert sinds maart ook brood aan het café.",
        "Volgens de buren rookt de bakker zijn sigaret altijd onder het afdak.",
    ],
    "Kok": ["De kok van het eetcafé werkt pas vanaf vier uur.", "Er staat sinds januari een nieuwe kok in de keuken."],
    "Brouwer": [
        "Het bier komt van een kleine brouwer uit de regio.",
        "Een lokale brouwer wil op de zaterdagmarkt proeverijen houden.",
    ],
    "Slager": [
        "Naast de snackbar zit een slager met een koelcel op de binnenplaats.",
        "De slager klaagt over vet in de gezamenlijke afvoer.",
    ],
    "Visser": [
        "Op vrijdag staat er een visser met een kraam op het plein.",
        "Een visser uit Urk levert de haring rechtstreeks aan de zaak.",
    ],
    "Haring": [
        "De zaak verkoopt in juni vooral haring en kibbeling.",
        "Er hing een bord met 'verse haring' tegen de gevel.",
    ],
    "Peper": [
        "Op de menukaart staat biefstuk met peper uit de molen.",
        "De inspecteur vond een pot peper zonder etiket in de opslag.",
    ],
    "Mosterd": ["Bij elke bestelling komt een bakje mosterd.", "Er lag een doos mosterd in de nooduitgang."],
    "Brood": [
        "Het brood wordt om zes uur 's ochtends gebracht.",
        "Volgens de buren wordt het brood door de achterdeur geleverd.",
    ],
    "Winkel": ["De winkel ernaast is op zondag gesloten.", "Boven de winkel wonen twee studenten."],
    "Kelder": [
        "De voorraad staat in de kelder onder het pand.",
        "In de kelder staan de fusten zonder goede ventilatie.",
    ],
    "Baas": ["Ik vraag het morgen aan de baas.", "De baas is er vandaag niet, zegt het personeel."],
    "Haas": ["Op het weekmenu staat haas met rode kool.", "De keuken serveert in het wildseizoen haas."],
    "Spek": [
        "De geur van gebakken spek trekt volgens de buren hun slaapkamer in.",
        "Bij het ontbijt hoort een portie spek.",
    ],
    "Glas": ["Een glas wijn op het terras kost vier euro.", "Er mag geen glas mee naar buiten tijdens het evenement."],
    "Koopman": [
        "Opa was koopman en stond dertig jaar op de markt.",
        "Als koopman kent zij alle vaste klanten bij naam.",
    ],
    "Timmerman": [
        "Een timmerman heeft het terrasschot te hoog gebouwd.",
        "De timmerman komt pas na de bouwvak de vlonder herstellen.",
    ],
    "Poort": ["Het afval staat achter de poort in de steeg.", "De poort naar de binnenplaats blijft 's nachts open."],
    "Vink": [
        "Zet een vink bij 'alcohol' op het aanvraagformulier.",
        "In het vakje stond geen vink bij de sluitingstijd.",
    ],
    "Storm": [
        "Na de storm van vorige week lag het terrasscherm op straat.",
        "Tijdens de storm waaide de parasol tegen een auto.",
    ],
    "Rijk": ["De eigenaar is niet rijk geworden van de zaak.", "Van een snackbar word je niet rijk, zegt hij."],
    "Snel": ["De gemeente reageerde niet snel op de aanvraag.", "Het moest allemaal heel snel gebeuren."],
    "Knecht": [
        "De knecht van de marktkraam sjouwt de kratten naar binnen.",
        "Zijn vaste knecht werkt al twaalf jaar in de zaak.",
    ],
    "Schipper": [
        "Een schipper legt zijn partyboot aan bij de kade.",
        "De schipper vaart gasten naar het terras aan het water.",
    ],
}
KNOWN_PARTICLE = {
    "Haas": "de",
    "Spek": "van der",
    "Poort": "van der",
    "Brouwer": "de",
    "Vink": "de",
    "Rijk": "de",
    "Kok": "de",
    "Visser": "de",
    "Bakker": "de",
}


def surname(r, group: str) -> str:
    g = GROUPS[group]
    parts = g[2]
    a, b = r.choice(parts[0]), r.choice(parts[1])
    if a.endswith((" ", "-")):
        b = b[0].upper() + b[1:]
    elif not b.startswith((" ", "-")):
        b = b[0].lower() + b[1:]
    s = a + b
    if g[3] and r.random() < 0.95:
        s = r.choice(g[3]) + " " + s
    return s


def person(r, group: str | None = None, gender: str | None = None, last: str | None = None) -> dict:
    group = group or r.choice(list(GROUPS))
    gender = gender or r.choice("mf")
    g = GROUPS[group]
    first = r.choice(g[0] if gender == "m" else g[1])
    last = last or surname(r, group)
    return {"first": first, "last": last, "gender": gender, "group": group}
