"""Name, address and number material for the fresh27b corpus (helper F27B): composed from origin-typical parts.

Standard library only. Every function draws from the random stream it is given.
"""

from __future__ import annotations

import random

# origin -> (female first names, male first names, surname builder spec)
# surname spec: ("join", prefixes, stems, endings) composes prefix + stem + ending; particles come from PARTICLE_SETS.
ORIGINS: dict[str, dict] = {
    "Nederlands": {
        "f": [
            "Jorien",
            "Gerdien",
            "Annelot",
            "Femke",
            "Marijke",
            "Wendelien",
            "Hester",
            "Rianne",
            "Ilse",
            "Dieuwertje",
        ],
        "m": ["Maarten", "Wouter", "Thijmen", "Gijsbert", "Rutger", "Joost", "Hendrik", "Teun", "Evert", "Reinout"],
        "pre": ["Hoog", "Wester", "Ooster", "Kloos", "Heem", "Vree", "Brinck", "Ruys", "Grev", "Steen", "Ack", "Dorre"],
        "end": ["broek", "laar", "kamp", "horst", "hoven", "wijk", "sloot", "donk", "beek", "hage", "meer", "velt"],
        "particles": ["van der", "van den", "van de", "de", "ter", "ten", "van", "in 't", "op de", "van 't"],
    },
    "Fries": {
        "f": ["Wytske", "Tjitske", "Jildou", "Baukje", "Fokje", "Sjoukje", "Geeske", "Hiske"],
        "m": ["Sjoerd", "Hylke", "Sietse", "Auke", "Wiebren", "Jelmer", "Tsjalling", "Durk"],
        "pre": ["Wiers", "Bouw", "Tjal", "Sjol", "Rinz", "Vlie", "Wijb", "Hette", "Feik", "Oeb"],
        "end": ["stra", "sma", "inga", "enga", "ema", "ia", "stra", "sma"],
    },
    "Gronings-Drents": {
        "f": ["Grietje", "Harmke", "Jantina", "Roelfien"],
        "m": ["Harm", "Roelof", "Geert", "Egbert", "Lammert"],
        "pre": ["Hemm", "Oost", "Bult", "Drent", "Ebb", "Zuid", "Mul"],
        "end": ["ing", "inga", "huis", "mans", "ena", "ingh"],
    },
    "Limburgs-Brabants": {
        "f": ["Marieke", "Jeanne", "Truus", "Lieke", "Mieke", "Loes"],
        "m": ["Sjef", "Huub", "Jo", "Harrie", "Twan", "Ruud"],
        "pre": ["Schrij", "Jeu", "Hun", "Vrij", "Cop", "Mee", "Smeet", "Hoed", "Verk"],
        "end": ["nemakers", "rissen", "kens", "pers", "hoven", "s", "ens", "elmans"],
        "particles": ["van", "van de", "van den"],
    },
    "Vlaams": {
        "f": ["Griet", "Lieve", "An-Sofie", "Nele"],
        "m": ["Pieter-Jan", "Wouter", "Koen", "Stijn"],
        "pre": ["Vande", "Verh", "Vanden", "Vercr", "Debr"],
        "end": ["velde", "aeghe", "broucke", "uysse", "ouwer", "ercq"],
    },
    "Marokkaans": {
        "f": ["Ilham", "Souad", "Hafsa", "Najat", "Siham", "Loubna", "Khadija", "Ikram", "Wafae", "Zineb"],
        "m": ["Yassine", "Nordin", "Zakaria", "Bilal", "Redouan", "Soufiane", "Hamza", "Abdelilah", "Tarik", "Anouar"],
        "pre": ["El Ka", "El Ha", "Bou", "El Mou", "Ta", "El Gh", "Ben", "Azz", "Lah", "Cha"],
        "end": ["ddouri", "mdaoui", "ssaini", "rbouchi", "zzari", "kili", "ouali", "ahmadi", "ddani", "ouchi"],
    },
    "Amazigh (Rif)": {
        "f": ["Tiziri", "Dounia", "Yamna", "Thraya"],
        "m": ["Massinissa", "Aziz", "Mimoun", "Jaouad"],
        "pre": ["Aït Ou", "Amz", "Ou", "Aqa", "Idr"],
        "end": ["aali", "iane", "lhadj", "ssou", "rrou"],
    },
    "Turks": {
        "f": ["Büşra", "Hatice", "Zeynep", "Kübra", "Elif", "Sevgi", "Gülşen", "Merve"],
        "m": ["Serkan", "Onur", "Yusuf", "Mert", "Emre", "Volkan", "Ercan", "Burak"],
        "pre": ["Kara", "Ak", "Yıl", "Öz", "Demir", "Çelik", "Sarı", "Tat", "Bay", "Gök"],
        "end": ["kaya", "dağ", "taş", "yurt", "soy", "doğan", "kan", "er", "oğlu", "türk"],
    },
    "Koerdisch": {
        "f": ["Rojda", "Dilan", "Berivan", "Jiyan", "Nûjîn"],
        "m": ["Azad", "Serhat", "Rêzan", "Baran", "Şivan"],
        "pre": ["Bar", "Zin", "Roj", "Ker", "Şer", "Dil"],
        "end": ["zani", "dar", "hatî", "ikî", "bazî", "ovan"],
    },
    "Surinaams-Creools": {
        "f": ["Sheryl", "Mavis", "Gerda", "Romaine", "Jerusha", "Ingrid-Joy", "Cynthia", "Delia"],
        "m": ["Clyde", "Romeo", "Gerwin", "Ruben", "Humphrey", "Errol", "Marlon", "Orlando"],
        "pre": ["Doel", "Grave", "Sopa", "Wijn", "Bree", "Lieve", "Zeeg", "Pina", "Kort"],
        "end": ["wijt", "nberch", "ngan", "gaarde", "veld", "ns", "stein", "sie", "hout"],
    },
    "Surinaams-Hindoestaans": {
        "f": ["Sharmila", "Shanti", "Devika", "Sunita", "Rasika", "Anjali"],
        "m": ["Ravi", "Anil", "Vishaal", "Radj", "Dinesh", "Soeresh"],
        "pre": ["Ram", "Jaggan", "Bad", "Moh", "Gang", "Sew", "Bis", "Kal", "Rag"],
        "end": ["dhani", "sing", "lall", "persad", "naath", "tahal", "oe", "djiawan", "bali"],
    },
    "Surinaams-Javaans": {
        "f": ["Sutinah", "Sriyati", "Rukmini", "Painem"],
        "m": ["Wagimin", "Karto", "Sarmo", "Soekirno"],
        "pre": ["Karto", "Soe", "Mangoe", "Pawiro", "Sas", "Toe"],
        "end": ["diwirjo", "mohadi", "nrejo", "sentono", "troredjo", "kimin"],
    },
    "Surinaams-Chinees": {
        "f": ["Lin-Hwa", "Joyce", "Sonja"],
        "m": ["Kenneth", "Rudy", "Fung-Ming"],
        "fixed": ["Tjin A Kon", "Fung A Loi", "Lie Kwie Sjoe", "Chin A Jong", "Tjon Pian Gi", "Ho Sam Sooi"],
    },
    "Antilliaans": {
        "f": ["Xiomara", "Giselle", "Jeanchely", "Shurnella", "Rignaida", "Yuliska"],
        "m": ["Jurmaine", "Shurwen", "Rignald", "Raylison", "Quincy", "Jandino"],
        "pre": ["Isen", "Mar", "Gir", "Cijn", "Ros", "Wer", "Stat", "Carm", "Juli"],
        "end": ["ia", "tina", "igori", "tje", "aria", "net", "ijn", "elia", "ana"],
    },
    "Arubaans": {
        "f": ["Ednita", "Glenda", "Shailyn"],
        "m": ["Rudsel", "Ewald", "Jermaine"],
        "pre": ["Croe", "Lac", "Tromb", "Gerl", "Bri"],
        "end": ["s", "lé", "a", "ings", "on"],
    },
    "Pools": {
        "f": ["Katarzyna", "Agnieszka", "Małgorzata", "Zofia", "Joanna", "Dorota"],
        "m": ["Tomasz", "Paweł", "Krzysztof", "Łukasz", "Grzegorz", "Marek"],
        "pre": ["Kowal", "Wiśni", "Grab", "Nowak", "Dąbr", "Kwiat", "Szym", "Wojt", "Lew"],
        "end": ["czyk", "ewicz", "iak", "owicz", "uszak", "arczyk"],
    },
    "Roemeens": {
        "f": ["Andreea", "Ioana", "Mădălina", "Florentina"],
        "m": ["Ionuț", "Mihai", "Florin", "Cătălin"],
        "pre": ["Pop", "Dumitr", "Constant", "Stoi", "Rad", "Vasil"],
        "end": ["escu", "eanu", "ache", "ovici", "escu"],
    },
    "Bulgaars": {
        "f": ["Ivanka", "Yordanka", "Desislava", "Petya"],
        "m": ["Dimitar", "Georgi", "Stoyan", "Plamen"],
        "pre": ["Petk", "Stoyan", "Tod", "Dimitr", "Hrist"],
        "end": ["ov", "ev", "ovski", "anov"],
    },
    "Syrisch": {
        "f": ["Rasha", "Lina", "Yara", "Ghalia", "Rouba", "Dima"],
        "m": ["Ghaith", "Bassel", "Tarek", "Rami", "Wassim", "Mouaz"],
        "pre": ["Al-Ham", "Al-Kha", "Al-Zu", "Al-Sha", "Al-Ra", "Kab", "Hal", "Dar"],
        "end": ["wi", "tib", "bi", "mmas", "ahi", "bani", "ouni", "wish"],
    },
    "Iraaks": {
        "f": ["Zainab", "Shahad", "Rusul", "Maryam"],
        "m": ["Haider", "Mustafa", "Ammar", "Saif"],
        "pre": ["Al-Jub", "Al-Dul", "Al-Tam", "Al-Ob"],
        "end": ["ouri", "aimi", "imi", "aidi"],
    },
    "Afghaans": {
        "f": ["Shabnam", "Mariam", "Freshta", "Nilofar"],
        "m": ["Farid", "Wahid", "Khalid", "Jawad"],
        "pre": ["Ahmad", "Sult", "Rah", "Hak", "Nazar", "Popal"],
        "end": ["zai", "ani", "yar", "imi", "khel", "i"],
    },
    "Iraans": {
        "f": ["Shirin", "Parisa", "Ladan", "Golnaz"],
        "m": ["Kaveh", "Babak", "Dariush", "Omid"],
        "pre": ["Moh", "Teh", "Kaz", "Rost", "Amir", "Jafar"],
        "end": ["ammadi", "rani", "emi", "ampour", "zadeh", "ian"],
    },
    "Eritrees": {
        "f": ["Senait", "Winta", "Semhar", "Helen", "Saba", "Luwam", "Rahwa"],
        "m": ["Tesfay", "Yonas", "Mebrahtu", "Filmon", "Robel", "Kibrom", "Habtom"],
        "pre": ["Tesfa", "Ghebre", "Hag", "Kidan", "Mehar", "Weld", "Berhan", "Tekle"],
        "end": ["mariam", "mikael", "selassie", "ezgi", "e", "os", "ay", "hans"],
    },
    "Ethiopisch": {
        "f": ["Tigist", "Selamawit", "Meron", "Bethlehem"],
        "m": ["Abebe", "Dawit", "Yohannes", "Getachew"],
        "pre": ["Alem", "Tades", "Bek", "Girm", "Wor"],
        "end": ["ayehu", "sse", "ele", "a", "kneh"],
    },
    "Somalisch": {
        "f": ["Hodan", "Faduma", "Sahra", "Ayaan", "Ifrah", "Hibo", "Nasteho"],
        "m": ["Abdirahman", "Abdullahi", "Liban", "Mahad", "Guled", "Abdiwali"],
        "pre": ["War", "Jam", "Faar", "Dir", "Ega", "Cab", "Xas", "Ciis"],
        "end": ["same", "aac", "aah", "ie", "al", "di", "an", "e"],
    },
    "Soedanees": {
        "f": ["Amira", "Sawsan", "Ikhlas"],
        "m": ["Osman", "Babiker", "Elfatih"],
        "pre": ["Abdel", "Elt", "Musa", "Hamad"],
        "end": ["rahim", "ayeb", "wi", "nalla"],
    },
    "Chinees": {
        "f": ["Xiaoyan", "Jiahui", "Meiling", "Yuting", "Wenqing"],
        "m": ["Zhiwei", "Haifeng", "Junjie", "Yuchen", "Liqiang"],
        "fixed": ["Xiong", "Qiu", "Luo", "Deng", "Yuan", "Guo", "Tang", "Xie", "Feng", "Cao", "Zhou", "Jiang"],
    },
    "Hongkong-Chinees": {
        "f": ["Ka Man", "Wing Yee", "Siu Ling"],
        "m": ["Siu Ming", "Chi Keung", "Wai Lun"],
        "fixed": ["Cheung", "Leung", "Yip", "Kwok", "Tsang", "Poon", "Mak"],
    },
    "Vietnamees": {
        "f": ["Thi Huong", "Thi Lan", "Ngoc Anh", "Thu Trang"],
        "m": ["Van Tuan", "Minh Duc", "Quang Huy", "Duc Anh"],
        "fixed": ["Tran", "Pham", "Hoang", "Dang", "Bui", "Ngo", "Duong", "Truong"],
    },
    "Moluks": {
        "f": ["Elsye", "Frida", "Nona", "Wilhelmina", "Corry"],
        "m": ["Semuel", "Johny", "Yopie", "Izaak", "Max"],
        "pre": ["Patti", "Latu", "Tuhu", "Sahe", "Manu", "Lease", "Watti", "Sopa"],
        "end": ["nama", "heru", "mury", "tapy", "hutu", "lisa", "mena", "kuru"],
    },
    "Indonesisch": {
        "f": ["Ratna", "Dewi", "Sri Wahyuni", "Indah", "Kartika"],
        "m": ["Budi", "Hendra", "Agus", "Bambang", "Rizky"],
        "pre": ["Sura", "Wira", "Soe", "Hadi", "Kusuma", "Praw"],
        "end": ["dinata", "atmadja", "santoso", "wijaya", "ningrat", "iro"],
    },
    "Ghanees": {
        "f": ["Akosua", "Abena", "Ama", "Efua", "Adwoa", "Yaa"],
        "m": ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo"],
        "pre": ["Agye", "Owu", "Boa", "Asa", "Ofo", "Amo", "Dar", "Ase", "Opo"],
        "end": ["man", "su", "teng", "nte", "ri", "ako", "ko", "dua", "ku"],
    },
    "Nigeriaans": {
        "f": ["Ngozi", "Funmilayo", "Chiamaka", "Adaeze"],
        "m": ["Chinedu", "Oluwaseun", "Emeka", "Tunde"],
        "pre": ["Okon", "Ade", "Oluwa", "Nwa", "Eze", "Obi"],
        "end": ["kwo", "bayo", "femi", "chukwu", "sanya", "ogu"],
    },
    "Kaapverdisch": {
        "f": ["Djamila", "Ivanilda", "Nilsa", "Zenaida"],
        "m": ["Edmilson", "Adilson", "Nelito", "Zeca"],
        "pre": ["Seme", "Varel", "Fort", "Mont", "Tava", "Brit"],
        "end": ["do", "ina", "unato", "eiro", "rinho", "elo"],
    },
    "Braziliaans": {
        "f": ["Letícia", "Thaís", "Jéssica", "Luana"],
        "m": ["Thiago", "Gustavo", "Rodrigo", "Wellington"],
        "pre": ["Carv", "Pereir", "Gonç", "Alme", "Rib"],
        "end": ["alho", "inha", "alves", "ida", "eiro"],
    },
    "Spaans": {
        "f": ["Nerea", "Ainhoa", "Begoña"],
        "m": ["Álvaro", "Iñigo", "Javier"],
        "pre": ["Echev", "Urru", "Goiko", "Arri"],
        "end": ["erría", "tia", "etxea", "aga"],
    },
    "Italiaans": {
        "f": ["Chiara", "Francesca", "Giulia"],
        "m": ["Giuseppe", "Alessandro", "Matteo"],
        "pre": ["Lom", "Espo", "Capo", "Mazz", "Ferr"],
        "end": ["bardi", "sito", "rossi", "otta", "ucci"],
    },
    "Grieks": {
        "f": ["Eleni", "Katerina", "Vasiliki"],
        "m": ["Giorgos", "Dimitris", "Nikos"],
        "pre": ["Papa", "Kara", "Nikol", "Georgi"],
        "end": ["dopoulos", "giannis", "aidis", "akis"],
    },
    "Bosnisch": {
        "f": ["Amra", "Jasmina", "Selma", "Lejla"],
        "m": ["Edin", "Nermin", "Adnan", "Kemal"],
        "pre": ["Hodž", "Beg", "Mehm", "Kovač", "Hal", "Mujk"],
        "end": ["ić", "ović", "edović", "ević", "ilović"],
    },
    "Oekraïens": {
        "f": ["Oksana", "Olena", "Iryna", "Tetiana", "Nataliia"],
        "m": ["Mykola", "Taras", "Bohdan", "Andrii", "Volodymyr"],
        "pre": ["Shevch", "Kovalen", "Bondar", "Tkach", "Melnych", "Hrytsen"],
        "end": ["enko", "uk", "chuk", "yshyn", "iv"],
    },
    "Russisch": {
        "f": ["Svetlana", "Natalja", "Ljoedmila"],
        "m": ["Dmitri", "Sergej", "Anatoli"],
        "pre": ["Smirn", "Sokol", "Morozj", "Bel"],
        "end": ["ova", "ov", "enko", "ajeva"],
    },
    "Indiaas": {
        "f": ["Sneha", "Kavya", "Lakshmi", "Ananya"],
        "m": ["Arjun", "Rohit", "Aditya", "Karthik"],
        "pre": ["Venkat", "Ragh", "Krishna", "Subram", "Nara"],
        "end": ["araman", "avan", "murthy", "anian", "simhan"],
    },
    "Pakistaans": {
        "f": ["Sana", "Ayesha", "Mehwish", "Rabia"],
        "m": ["Imran", "Usman", "Bilawal", "Faisal"],
        "pre": ["Chaudh", "Qures", "Siddi", "Awa", "Bhat"],
        "end": ["ry", "hi", "qui", "n", "ti"],
    },
    "Tamil (Sri Lanka)": {
        "f": ["Tharshini", "Nirosha", "Kajani", "Thenmoli"],
        "m": ["Kajan", "Sivakumar", "Tharsan", "Niroshan"],
        "pre": ["Siva", "Thava", "Kana", "Bala", "Rajas", "Yoga"],
        "end": ["kumar", "rajah", "lingam", "nathan", "ingham", "rasa"],
    },
    "Filipijns": {
        "f": ["Maricel", "Rowena", "Jocelyn", "Divina"],
        "m": ["Jericho", "Arnel", "Rommel", "Jun-Jun"],
        "pre": ["Mana", "Baut", "Sant", "Macap", "Dimag"],
        "end": ["lo", "ista", "iago", "agal", "iba"],
    },
    "Jemenitisch": {
        "f": ["Arwa", "Huda"],
        "m": ["Nabil", "Waleed"],
        "pre": ["Al-Ans", "Al-Hadr", "Ba"],
        "end": ["i", "ami", "wazir"],
    },
}

# first names that are also ordinary Dutch words or sentence-start words are deliberately absent above.

STREET_PRE = [
    "Hyacinten",
    "Berken",
    "Spoor",
    "Koolmees",
    "Reiger",
    "Vlier",
    "Duiven",
    "Zilverschoon",
    "Pelikaan",
    "Ganzenbloem",
    "Lijsterbes",
    "Kievits",
    "Waterhoen",
    "Elzen",
    "Meidoorn",
    "Leeuweriken",
    "Kwartel",
    "Sleutelbloem",
    "Ruisvoorn",
    "Brasem",
    "Harmonie",
    "Schermer",
    "Tolhuis",
    "Looier",
    "Vlasakker",
    "Zandkamp",
    "Hoefsmid",
    "Kuipers",
    "Pottenbakkers",
    "Zeilmakers",
    "Tichelaar",
    "Jupiter",
    "Saturnus",
]
STREET_END = ["straat", "laan", "weg", "hof", "plein", "singel", "kade", "gracht", "pad", "dreef", "erf", "steeg"]
STREET_FULL = [
    "Burgemeester Hoytemastraat",
    "Pastoor van Arskade",
    "Dokter Lelylaan",
    "Generaal Foulkesweg",
    "Kapitein Kokstraat",
    "Prinses Irenesingel",
    "Meester Koolenlaan",
    "Zuster Tenbrinkhof",
]

LETTERS_PC = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]

# ordinary Dutch words that are also surnames (or first names), with lower-case ordinary sentences for known names.
KNOWN_WORDS: dict[str, tuple[str, list[str]]] = {
    # word: (surname as written, [ordinary-use clauses, lower case, containing the word])
    "slot": (
        "Slot",
        ["het slot van de voordeur is door de verhuurder vervangen", "tot slot vraagt zij om een snelle beslissing"],
    ),
    "post": ("Post", ["de post komt nu bij een vriendin binnen", "ongeopende post stapelt zich op bij de buren"]),
    "hoek": (
        "Hoek",
        ["de aanvrager slaapt op een matras in de hoek van de woonkamer", "het tehuis staat op de hoek van het plein"],
    ),
    "raad": (
        "Raad",
        ["op raad van de huisarts is snel een aanvraag gedaan", "de wijkagent gaf de raad om hulp te zoeken"],
    ),
    "rust": (
        "Rust",
        ["de kinderen hebben rust nodig na alles wat er gebeurd is", "in de opvang is 's nachts geen rust"],
    ),
    "storm": (
        "Storm",
        ["na de storm van vorige week lekt het dak van de caravan", "de storm heeft de tent weggeblazen"],
    ),
    "winter": (
        "Winter",
        ["de nachtopvang gaat deze winter eerder open", "in de winter is de caravan niet warm te krijgen"],
    ),
    "brand": (
        "Brand",
        ["na de brand in de flat is de woning onbewoonbaar verklaard", "sinds de brand slaapt het gezin bij familie"],
    ),
    "bos": (
        "Bos",
        ["de aanvrager sliep een paar nachten in het bos bij de rondweg", "de tent stond aan de rand van het bos"],
    ),
    "berg": ("Berg", ["er ligt een berg ongeopende brieven", "de schulden zijn een berg geworden"]),
    "kamp": ("Kamp", ["het kamp onder het viaduct werd ontruimd", "het kamp bij de volkstuinen is opgeheven"]),
    "dijk": ("Dijk", ["de woonwagen staat aan de dijk", "de aanvrager fietst elke dag over de dijk naar het werk"]),
    "steen": ("Steen", ["er is een steen door de ruit gegooid", "een steen door het raam was de laatste druppel"]),
    "sluis": ("Sluis", ["de woonboot ligt vlak bij de sluis", "bij de sluis is geen ligplaats meer vrij"]),
    "kok": (
        "Kok",
        [
            "de aanvrager werkt als kok in een hotel en heeft nachtdiensten",
            "als kok verdient de aanvrager te weinig voor de vrije sector",
        ],
    ),
    "visser": (
        "Visser",
        ["de vader van de aanvrager was visser en woonde altijd aan het water", "als visser is hij weken van huis"],
    ),
    "baas": (
        "Baas",
        [
            "de baas van de aanvrager heeft een brief geschreven over de werktijden",
            "de baas biedt tijdelijk een kamer aan",
        ],
    ),
    "klein": ("Klein", ["de woning is te klein voor vier kinderen", "het appartement is echt te klein"]),
    "jong": (
        "de Jong",
        ["de aanvrager was te jong voor een eigen huurcontract", "de aanvrager is jong en heeft geen inkomen"],
    ),
    "zwart": ("Zwart", ["er werd zwart gewerkt, dus er zijn geen loonstroken", "de kamer werd zwart verhuurd"]),
    "wit": ("de Wit", ["de muren moesten wit worden opgeleverd", "het formulier is wit met een blauwe rand"]),
    "groen": ("Groen", ["het groen rond de flat is verwaarloosd", "het licht stond op groen toen de deurwaarder kwam"]),
    "sterk": ("Sterk", ["de zaak van de aanvrager is sterk", "de geur van schimmel is sterk"]),
    "timmerman": (
        "Timmerman",
        ["de timmerman van de corporatie repareerde de deur", "een timmerman heeft de voordeur dichtgemaakt"],
    ),
    "schipper": (
        "Schipper",
        ["de schipper van de woonboot wil hem niet langer laten logeren", "als schipper had hij geen vast adres"],
    ),
    "koster": (
        "Koster",
        ["de koster van de kerk biedt een slaapplek aan", "volgens de koster sliep de aanvrager in het portaal"],
    ),
    "huisman": (
        "Huisman",
        ["de vader is huisman sinds de geboorte van de tweeling", "als huisman zorgt de vader voor de kinderen"],
    ),
    "bron": ("Bron", ["de bron van het vocht is nooit gevonden", "de bron van de overlast is de bovenburen"]),
    "kooi": ("Kooi", ["de hond zit in een kooi op het balkon", "het konijn staat in een kooi in de gang"]),
    "muis": ("Muis", ["er loopt een muis door de keuken", "in de kast zat een muis"]),
    "vink": ("Vink", ["vink het juiste vakje aan", "vink op het formulier de reden aan"]),
    "poort": ("Poort", ["de poort naar de achtertuin is kapot", "de poort van het complex gaat om tien uur dicht"]),
    "toren": ("Toren", ["de flat is een toren van veertien verdiepingen", "in de toren werkt de lift al weken niet"]),
    "water": ("van de Water", ["er staat water in de kelder", "het water loopt langs de muur naar binnen"]),
    "goede": ("de Goede", ["een goede buurvrouw vangt de kinderen op", "hij heeft een goede band met zijn mentor"]),
    "blok": ("Blok", ["het blok van vier portiekflats wordt gesloopt", "in ons blok wonen veel gezinnen"]),
    "schuur": ("Schuur", ["de aanvrager slaapt in de schuur van een broer", "de fiets staat in de schuur"]),
    "vrolijk": ("Vrolijk", ["de kinderen zijn niet meer vrolijk", "de aanvrager klinkt aan de telefoon niet vrolijk"]),
    "blij": ("Blij", ["de aanvrager is blij met de tijdelijke kamer", "de kinderen zijn blij met de eigen slaapkamer"]),
    "rijk": ("Rijk", ["rijk is het gezin niet", "met een bijstandsuitkering word je niet rijk"]),
    "hout": ("van Hout", ["het hout van het kozijn is rot", "het hout van de vloer is gaan schimmelen"]),
    "zon": ("Zon", ["de zon komt in de kelderbox nooit binnen", "het huis ligt pal op de zon"]),
    "kroon": (
        "Kroon",
        ["als kroon op de ellende viel de verwarming uit", "de kroon op het werk was de sleutel van een eigen huis"],
    ),
    "vos": ("Vos", ["in de tuin van de opvang loopt 's nachts een vos", "een vos haalde de kippen van de volkstuin"]),
}

KNOWN_FIRST = {
    "f": [
        "Femke",
        "Jorien",
        "Sheryl",
        "Mavis",
        "Romaine",
        "Hester",
        "Annelot",
        "Delia",
        "Gerdien",
        "Wendelien",
        "Jerusha",
        "Cynthia",
        "Ilse",
        "Marijke",
        "Rianne",
        "Xiomara",
        "Giselle",
        "Baukje",
        "Wytske",
        "Grietje",
    ],
    "m": [
        "Maarten",
        "Wouter",
        "Clyde",
        "Romeo",
        "Gerwin",
        "Errol",
        "Teun",
        "Reinout",
        "Marlon",
        "Quincy",
        "Rignald",
        "Jurmaine",
        "Sjoerd",
        "Hylke",
        "Evert",
        "Harm",
        "Orlando",
        "Humphrey",
        "Joost",
        "Rutger",
    ],
}


class Person:
    def __init__(self, first: str, particle: str, core: str, origin: str, gender: str):
        self.first, self.particle, self.core, self.origin, self.gender = first, particle, core, origin, gender

    @property
    def last(self) -> str:  # as after a first name or initials: "van der Westerlaar"
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def sur(self) -> str:  # standalone after a title: "Van der Westerlaar"
        s = self.last
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        return "".join(p[0] + "." for p in self.first.replace("-", " ").split())

    @property
    def init_name(self) -> str:
        return f"{self.initials} {self.last}"

    @property
    def fileform(self) -> str:  # "vanderwesterlaar" as in a file name
        return "".join(ch for ch in self.last.lower() if ch.isalnum())

    @property
    def title(self) -> str:
        return "mevrouw" if self.gender == "f" else "meneer"

    @property
    def hij(self) -> str:
        return "zij" if self.gender == "f" else "hij"

    @property
    def zijn(self) -> str:
        return "haar" if self.gender == "f" else "zijn"


def surname(r: random.Random, origin: str) -> tuple[str, str]:
    spec = ORIGINS[origin]
    if "fixed" in spec:
        return "", r.choice(spec["fixed"])
    core = r.choice(spec["pre"]) + r.choice(spec["end"])
    particle = ""
    if "particles" in spec and r.random() < 0.75:
        particle = r.choice(spec["particles"])
    return particle, core


def person(r: random.Random, origin: str | None = None, gender: str | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    gender = gender or r.choice("fm")
    particle, core = surname(r, origin)
    return Person(r.choice(ORIGINS[origin][gender]), particle, core, origin, gender)


def relative(r: random.Random, p: Person, gender: str | None = None, avoid: set | None = None) -> Person:
    gender = gender or r.choice("fm")
    pool = [
        f for f in ORIGINS.get(p.origin, ORIGINS["Nederlands"])[gender] if f not in (avoid or set()) and f != p.first
    ]
    if p.origin == "known":
        pool = [f for f in KNOWN_FIRST[gender] if f not in (avoid or set()) and f != p.first]
    if not pool:
        pool = [f for f in ORIGINS["Nederlands"][gender] if f not in (avoid or set())]
    return Person(r.choice(pool), p.particle, p.core, p.origin, gender)


def known_person(r: random.Random, word: str, gender: str | None = None) -> Person:
    gender = gender or r.choice("fm")
    written = KNOWN_WORDS[word][0]
    parts = written.split()
    particle, core = " ".join(parts[:-1]), parts[-1]
    return Person(r.choice(KNOWN_FIRST[gender]), particle, core, "known", gender)


def street(r: random.Random) -> str:
    if r.random() < 0.12:
        return r.choice(STREET_FULL)
    return r.choice(STREET_PRE) + r.choice(STREET_END)


def housenumber(r: random.Random) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [
            str(n),
            str(n),
            f"{n}{r.choice('ABCD')}",
            f"{n}-{r.randint(1, 4)}",
            f"{n} bis",
            f"{n}-hs",
            f"{n}{r.choice('abc')}",
        ]
    )


def postcode(r: random.Random, spaced: bool | None = None) -> str:
    digits = str(r.randint(1011, 9999))
    letters = r.choice(LETTERS_PC) + r.choice(LETTERS_PC)
    if spaced is None:
        spaced = r.random() < 0.8
    return f"{digits} {letters}" if spaced else f"{digits}{letters}"


def bsn(r: random.Random, style: str | None = None) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            break
    style = style or r.choice(["plain", "plain", "dots", "spaces"])
    if style == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == "spaces":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban(r: random.Random, spaced: bool | None = None) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bank}{acct}"
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) != 18 or not s.startswith("NL"):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


MOBILE_STYLES = [
    "06-{a}{b}",
    "06 {a4} {b4}",
    "+31 6 {a}{b}",
    "+31 (0)6 {a4}{b4}",
    "06{a}{b}",
    "0031 6 {a4} {b4}",
    "06 - {a}{b}",
    "06 {a3} {b3} {c2}",
]
AREAS = [
    "010",
    "020",
    "023",
    "024",
    "026",
    "030",
    "033",
    "038",
    "040",
    "043",
    "045",
    "050",
    "053",
    "055",
    "058",
    "070",
    "071",
    "073",
    "075",
    "076",
    "078",
    "0570",
    "0575",
    "0591",
    "0513",
    "0172",
]


def phone(r: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = r.random() < 0.8
    if mobile:
        n = f"{r.randint(1, 6)}{r.randint(0, 9999999):07d}"
        a, b = n[:4], n[4:]
        return r.choice(MOBILE_STYLES).format(a=a, b=b, a4=n[:4], b4=n[4:], a3=n[:3], b3=n[3:6], c2=n[6:])
    area = r.choice(AREAS)
    sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
    return r.choice([f"{area}-{sub}", f"({area}) {sub}", f"{area} {sub[:3]} {sub[3:]}", f"+31 {area[1:]} {sub}"])


def plate(r: random.Random) -> str:
    L = lambda k: "".join(r.choice(PLATE_LETTERS) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
            f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )


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
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dob(r: random.Random, y0: int = 1950, y1: int = 2007, style: str | None = None) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(
        ["long", "dash", "dash0", "iso", "dots", "slash", "abbr", "abbrdot", "caps", "shorty", "compact", "dashshort"]
    )
    return {
        "long": f"{d} {MONTHS[m - 1]} {y}",
        "dash": f"{d}-{m}-{y}",
        "dash0": f"{d:02d}-{m:02d}-{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dots": f"{d:02d}.{m:02d}.{y}",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "abbr": f"{d} {MONTHS_ABBR[m - 1]} {y}",
        "abbrdot": f"{d} {MONTHS_ABBR[m - 1]}. {y}" if MONTHS_ABBR[m - 1] != "mei" else f"{d} mei {y}",
        "caps": f"{d} {MONTHS[m - 1].upper()} {y}",
        "shorty": f"{d}-{m}-'{y % 100:02d}",
        "compact": f"{d:02d}{m:02d}{y}",
        "dashshort": f"{d:02d}-{m:02d}-{y % 100:02d}",
    }[style]


def ordinary_date(r: random.Random, year: int | None = None) -> tuple[str, str]:
    """An ordinary (not personal) date in 2026/2027 in long form, and its month word."""
    y = year or r.choice([2026, 2026, 2027])
    m, d = r.randint(1, 12), r.randint(1, 28)
    return f"{d} {MONTHS[m - 1]} {y}", MONTHS[m - 1]


def ascii_fold_name(s: str) -> str:
    import unicodedata

    s = s.replace("ı", "i").replace("ł", "l").replace("ş", "s").replace("ğ", "g")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
