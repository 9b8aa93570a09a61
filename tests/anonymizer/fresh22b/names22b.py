"""Name, street and language material for fresh22b (helper F22B). Standard library only."""

# origin group -> (male first names, female first names, surname builder parts)
# surname parts: list of alternatives; a surname is one pick per part, joined as written.
ORIGINS = {
    "nederlands": (
        ["Gerrit", "Wouter", "Hidde", "Teun", "Maarten", "Ruurd"],
        ["Annelies", "Geertje", "Femke", "Wilma", "Lotte", "Jikke"],
        [
            ["van ", "van der ", "van den ", "ter ", "ten ", "'t "],
            ["Wijn", "Hazel", "Brink", "Molen", "Hove", "Wetter", "Loo", "Eikel"],
            ["berg", "kamp", "schot", "dijk", "voort", "kate", "horst"],
        ],
    ),
    "fries": (
        ["Sytse", "Wiebe", "Hessel", "Jelmer", "Durk"],
        ["Baukje", "Sytske", "Hiske", "Froukje", "Tjitske"],
        [["Hoek", "Wij", "Rinse", "Tjall", "Sikke", "Oeb", "Ynt", "Gerb"], ["stra", "sma", "inga", "ema", "enga"]],
    ),
    "marokkaans": (
        ["Soufiane", "Hamza", "Mourad", "Abdelilah", "Redouan", "Zakaria"],
        ["Naima", "Ikram", "Loubna", "Soumaya", "Hafsa", "Imane"],
        [
            ["El ", "Ait ", "Ben ", ""],
            ["Hadd", "Kharb", "Ouarr", "Zegh", "Amgh", "Bouzz"],
            ["ouchi", "aoui", "ach", "ani", "iri"],
        ],
    ),
    "turks": (
        ["Serkan", "Burak", "Oğuz", "Kerem", "Furkan", "Tolga"],
        ["Büşra", "Merve", "Esra", "Gülsen", "Sevgi", "Nurcan"],
        [["Kara", "Yıl", "Ak", "Demir", "Öz", "Gök", "Tun"], ["taş", "soy", "kaya", "oğlu", "doğan", "çelik", "türk"]],
    ),
    "koerdisch": (
        ["Rojhat", "Azad", "Berzan", "Welat"],
        ["Dilan", "Rojda", "Berfin", "Nazdar"],
        [["Zagr", "Bark", "Sherw", "Botan", "Xelil"], ["ani", "zade", "oyi", "an"]],
    ),
    "hindostaans": (
        ["Radjesh", "Sunil", "Anand", "Dinesh", "Vishal"],
        ["Shanti", "Reshma", "Sarita", "Anjali", "Kavita"],
        [["Ram", "Bis", "Jag", "Sew", "Mang", "Ramdh"], ["dien", "ambar", "essar", "noe", "roep", "ani"]],
    ),
    "creools": (
        ["Romano", "Clifton", "Errol", "Marciano", "Dwight"],
        ["Sharona", "Gracia", "Ruthline", "Jolanda", "Marlisa"],
        [["Doel", "Land", "Zorg", "Lie", "Vrede", "Goed"], ["wijt", "veld", "vliet", "gaarde", "zaal", "hart"]],
    ),
    "javaans": (
        ["Rinaldo", "Wirjo", "Soedarmo", "Pardi"],
        ["Sitie", "Roesmini", "Wagina", "Tjitra"],
        [["Soe", "Kro", "Pawi", "Sar", "Kar"], ["ikromo", "dikromo", "sosemito", "redjo", "wirjo"]],
    ),
    "antilliaans": (
        ["Giandro", "Shurendy", "Rignald", "Ruthsel"],
        ["Shurenska", "Jozaira", "Gianira", "Rushaila"],
        [["Mar", "Isen", "Koei", "Fran", "Mer", "Ellis"], ["tina", "ia", "man", "cisca", "cera", "ha"]],
    ),
    "arubaans": (
        ["Edsel", "Gino", "Ryandel"],
        ["Chanella", "Dayenne", "Xiomara"],
        [["Kel", "Wer", "Cro", "Las", "Ras"], ["ly", "leman", "es", "kar", "mijn"]],
    ),
    "pools": (
        ["Krzysztof", "Tomasz", "Paweł", "Łukasz", "Grzegorz"],
        ["Agnieszka", "Ewelina", "Beata", "Joanna", "Dorota"],
        [["Kowal", "Kamiń", "Grabow", "Pietrz", "Jabłoń", "Woźni"], ["czyk", "iak", "ak", "ek"]],
    ),
    "roemeens": (
        ["Ionuț", "Bogdan", "Florin", "Marius"],
        ["Ioana", "Andreea", "Mihaela", "Roxana"],
        [["Pop", "Dumitr", "Stanc", "Rad", "Marin", "Vasil"], ["escu", "eanu", "ache"]],
    ),
    "bulgaars": (
        ["Dimitar", "Stoyan", "Hristo", "Plamen"],
        ["Desislava", "Radostina", "Tsvetelina", "Milena"],
        [["Petk", "Georgi", "Stoy", "Todor", "Dimitr"], ["ov", "ev", "anov", "chev"]],
    ),
    "syrisch": (
        ["Mahmoud", "Khaled", "Anas", "Tarek", "Wassim"],
        ["Rasha", "Lama", "Hiba", "Rania", "Yara"],
        [["Al-", "Al ", ""], ["Hamw", "Khat", "Dabb", "Hal", "Zoub", "Sabb"], ["i", "ib", "agh", "abi", "ani"]],
    ),
    "iraaks": (
        ["Haider", "Mustafa", "Zaid", "Qusay"],
        ["Zahraa", "Sura", "Marwa", "Shahad"],
        [["Al-"], ["Jubour", "Obeid", "Tamim", "Rubai", "Saad"], ["i", "awi"]],
    ),
    "afghaans": (
        ["Farid", "Najib", "Wahid", "Jawed", "Sohrab"],
        ["Freshta", "Zarghuna", "Laila", "Nilofar"],
        [["Ahmad", "Rahim", "Nazar", "Sultan", "Hakim", "Amir"], ["zai", "yar", "khil"]],
    ),
    "iraans": (
        ["Behrouz", "Kourosh", "Arash", "Payam"],
        ["Shirin", "Parisa", "Mahsa", "Golnaz"],
        [["Hossein", "Ghasem", "Tehran", "Rezai", "Karim"], ["pour", "zadeh", "nejad"]],
    ),
    "eritrees": (
        ["Tesfay", "Mehari", "Filmon", "Habtom", "Robel"],
        ["Senait", "Rahel", "Mebrat", "Luwam", "Feven"],
        [
            ["Tesfa", "Gebre", "Habte", "Wolde", "Berhane", "Kidane"],
            ["mariam", "michael", "selassie", "giorgis", "yesus"],
        ],
    ),
    "ethiopisch": (
        ["Dawit", "Abebe", "Yared", "Bereket"],
        ["Tigist", "Meron", "Hiwot", "Bethlehem"],
        [["Ale", "Tade", "Mekon", "Ayel", "Demis"], ["mu", "sse", "nen", "ew"]],
    ),
    "somalisch": (
        ["Abdirahman", "Liban", "Mahad", "Guled", "Abdikarim"],
        ["Hodan", "Ayaan", "Fadumo", "Ubah", "Ifrah"],
        [["Abdi", "Cabdi", "Hir", "War", "Dual", "Gees"], ["rahman", "qadir", "si", "same", "eh", "dow"]],
    ),
    "chinees": (
        ["Jianguo", "Zhiwei", "Haoran", "Kaiming"],
        ["Xiaoling", "Yuqing", "Lihua", "Shuang"],
        [["Zhou", "Chen", "Huang", "Cheung", "Tsang", "Yeung", "Kwok"]],
    ),
    "molukks": (
        ["Johannis", "Dominggus", "Agus", "Frederik"],
        ["Wulan", "Dewi", "Yohanna", "Sientje"],
        [["Latu", "Pattij", "Wattim", "Sahet", "Manus", "Tahap"], ["apary", "heru", "ena", "ury", "essy"]],
    ),
    "ghanees": (
        ["Kwame", "Kofi", "Kwabena", "Kwesi"],
        ["Akosua", "Abena", "Adwoa", "Afua"],
        [["Ofo", "Asa", "Boa", "Agye", "Kyere", "Opo"], ["ri", "nte", "teng", "iwaa", "mateng", "ku"]],
    ),
    "nigeriaans": (
        ["Chinedu", "Emeka", "Oluwaseun", "Tunde"],
        ["Ngozi", "Chioma", "Folake", "Adaeze"],
        [["Okon", "Ade", "Olu", "Nwa", "Eze", "Obi"], ["kwo", "yemi", "wole", "chukwu", "ola"]],
    ),
    "kaapverdisch": (
        ["Adilson", "Edmilson", "Nelson"],
        ["Djenifer", "Zenaida", "Ivone"],
        [["Tavares", "Semedo", "Fortes", "Monteiro", "Varela"]],
    ),
    "vietnamees": (
        ["Tuan", "Hung", "Thanh", "Quang"],
        ["Huong", "Ngoc", "Thuy", "Phuong"],
        [["Nguyen", "Tran", "Pham", "Dang", "Bui", "Huynh"]],
    ),
    "indiaas": (
        ["Arjun", "Vikram", "Rohit", "Karthik"],
        ["Lakshmi", "Divya", "Sneha", "Kavitha"],
        [["Venkat", "Krishna", "Subra", "Rama", "Nara"], ["raman", "swamy", "murthy", "yanan", "nathan"]],
    ),
    "pakistaans": (
        ["Imran", "Faisal", "Usman", "Bilawal"],
        ["Ayesha", "Mahnoor", "Rabia", "Sadia"],
        [["Chaudhry", "Qureshi", "Siddiqui", "Javed", "Rana", "Awan"]],
    ),
    "egyptisch": (
        ["Mina", "Karim", "Sherif", "Tamer"],
        ["Dina", "Heba", "Nermine", "Shaimaa"],
        [["Abdel ", "El-"], ["Fattah", "Aziz", "Shafei", "Masry", "Gawad"]],
    ),
    "oekraiens": (
        ["Oleksandr", "Bohdan", "Taras", "Mykola"],
        ["Olena", "Iryna", "Oksana", "Nataliia"],
        [["Shevch", "Bonda", "Kovalen", "Tkach", "Kravch", "Hrytsen"], ["enko", "uk", "ko"]],
    ),
    "portugees": (
        ["João", "Tiago", "Nuno", "Rui"],
        ["Inês", "Filipa", "Conceição", "Beatriz"],
        [["Ferreira", "Carvalho", "Pinheiro", "Azevedo", "Magalhães"]],
    ),
    "bosnisch": (
        ["Emir", "Adnan", "Mirza", "Haris"],
        ["Amra", "Selma", "Lejla", "Aida"],
        [["Hadž", "Begov", "Mehmed", "Hodž", "Sulejman", "Osmanag"], ["ić", "ović", "agić"]],
    ),
    "soedanees": (
        ["Osman", "Abdelrahim", "Musa"],
        ["Awadia", "Insaf", "Ikhlas", "Amna"],
        [["Abdalla", "Elnour", "Babiker", "Hamid", "Elamin"]],
    ),
}

# child first names written in several spellings inside one text, per origin (fallback: any set)
VARIANTS = {
    "marokkaans": [
        ["Mohammed", "Mohamed", "Muhammed"],
        ["Youssef", "Yousef", "Joesoef"],
        ["Ayoub", "Ayub", "Aiyoub"],
        ["Fatima", "Fatma", "Fatiema"],
    ],
    "turks": [
        ["Hüseyin", "Huseyin", "Hussein"],
        ["Ayşe", "Ayse", "Aysche"],
        ["Mehmet", "Mehmed", "Memet"],
        ["Yusuf", "Yoesoef", "Jusuf"],
    ],
    "koerdisch": [["Şivan", "Sivan", "Shivan"], ["Hêvî", "Hevi", "Hevie"]],
    "syrisch": [
        ["Abdullah", "Abdallah", "Abdoellah"],
        ["Zeinab", "Zaynab", "Zainab"],
        ["Ibrahim", "Ebrahim", "Ibrahiem"],
    ],
    "iraaks": [["Mustafa", "Moestafa", "Mustapha"], ["Zainab", "Zeinab", "Zaynab"]],
    "afghaans": [["Ahmad", "Achmad", "Ahmed"], ["Khadija", "Kadija", "Khadidja"]],
    "eritrees": [["Yohannes", "Johannes", "Yohanes"], ["Senait", "Senayt", "Seneit"], ["Mikael", "Michael", "Mikiel"]],
    "somalisch": [["Abdirahman", "Cabdiraxmaan", "Abdi-Rahman"], ["Xamdi", "Hamdi", "Hamdie"]],
    "pools": [["Małgosia", "Malgosia", "Gosia"], ["Józef", "Jozef", "Josef"], ["Wojciech", "Wojtek", "Wojciek"]],
    "oekraiens": [["Olha", "Olga", "Olya"], ["Dmytro", "Dmitri", "Dima"]],
    "antilliaans": [["Jeandro", "Jeandry", "Jandro"], ["Shurmayra", "Shurmaira", "Surmaira"]],
    "ghanees": [["Kwadwo", "Kojo", "Kwadjo"], ["Akua", "Akuah", "Akwa"]],
    "bosnisch": [["Džana", "Dzana", "Djana"], ["Hamza", "Hamsa", "Hamzah"]],
}

STREET_A = [
    "Klaproos",
    "Vlier",
    "Kievit",
    "Zwaluw",
    "Meidoorn",
    "Hazelaar",
    "Otter",
    "Karekiet",
    "Roerdomp",
    "Wilgenroos",
    "Sleedoorn",
    "Grutto",
    "Boterbloem",
    "Kamperfoelie",
    "Lijster",
    "Reiger",
    "Watermunt",
    "Korenbloem",
]
STREET_B = ["straat", "laan", "hof", "weg", "pad", "singel", "erf", "kade", "plein", "dreef", "gaarde", "veld"]
CITIES = [
    "Almere",
    "Tilburg",
    "Zaandam",
    "Schiedam",
    "Lelystad",
    "Venlo",
    "Hengelo",
    "Zoetermeer",
    "Purmerend",
    "Vlaardingen",
    "Emmen",
    "Helmond",
]

# known-name material: (surname, ordinary word, sentence with the ordinary word in lower case)
KNOWN = [
    ("Winter", "winter", "in de winter is het huis heel koud"),
    ("Storm", "storm", "na de storm van vorige week lekt het dak"),
    ("Kok", "kok", "ik werk als kok in een restaurant tot laat"),
    ("Brood", "brood", "de voedselbank geeft brood en melk"),
    ("Steen", "steen", "er ligt een losse steen in de stoep voor de deur"),
    ("Groot", "groot", "het probleem is te groot voor mij alleen"),
    ("Klein", "klein", "de kamer van de kinderen is te klein"),
    ("Vos", "vos", "er loopt 's nachts een vos door de tuinen"),
    ("Post", "post", "ik kreeg de post pas na twee weken"),
    ("Zwart", "zwart", "de muur in de badkamer is zwart van de schimmel"),
    ("Roos", "roos", "mijn buurvrouw heeft een roos over de schutting laten groeien"),
    ("Visser", "visser", "mijn vader was visser in ons land"),
    ("Brouwer", "brouwer", "hij werkt nu bij een brouwer in de stad"),
    ("Timmerman", "timmerman", "de timmerman van de woningbouw kwam niet"),
    ("Molenaar", "molenaar", "de molenaar van de oude molen gaf ons meel"),
    ("Koster", "koster", "de koster van de kerk heeft de sleutel"),
    ("Slot", "slot", "het slot van de voordeur is kapot"),
    ("Baas", "baas", "mijn baas zegt dat ik een brief nodig heb"),
    ("Beek", "beek", "achter het huis loopt een beek die overstroomt"),
    ("Bos", "bos", "de kinderen spelen in het bos naast de flat"),
    ("Vogel", "vogel", "er zit een vogel in de ventilatie"),
    ("Haas", "haas", "de buurman houdt een haas in een hok op het balkon"),
    ("Wolf", "wolf", "mijn zoon is bang voor de wolf uit het boek"),
    ("Veld", "veld", "op het veld achter de school ligt glas"),
    ("Hoek", "hoek", "in de hoek van de keuken groeit schimmel"),
    ("Snel", "snel", "ik wil graag snel een antwoord"),
    ("Jong", "jong", "mijn kinderen zijn nog jong"),
    ("Mol", "mol", "er zit een mol in het gras van de speeltuin"),
    ("Blok", "blok", "het hele blok heeft geen warm water"),
    ("Schipper", "schipper", "mijn oom was schipper op de Rijn"),
    ("Kuiper", "kuiper", "in het museum zagen we een kuiper vaten maken"),
    ("Smit", "smit", "de smit in de straat maakt veel lawaai"),
]
KNOWN_PREFIX = {
    "Groot": ["de "],
    "Jong": ["de "],
    "Vos": ["de ", ""],
    "Haas": ["de "],
    "Wolf": ["de ", ""],
    "Hoek": ["van der ", "van den ", ""],
    "Veld": ["van der ", "ter ", "van 't "],
    "Beek": ["van der ", "ter ", ""],
    "Bos": ["van den ", "ten ", ""],
    "Steen": ["van der ", "ten ", ""],
    "Mol": ["de ", ""],
    "Kok": ["de ", ""],
    "Klein": ["de ", ""],
    "Roos": ["de ", ""],
    "Smit": ["de ", ""],
    "Post": ["van der ", "ter "],
    "Winter": ["de ", ""],
    "Vogel": ["de ", ""],
    "Visser": ["de ", ""],
    "Koster": ["de ", ""],
    "Zwart": ["de ", ""],
}
