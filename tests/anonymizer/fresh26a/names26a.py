"""Name material for fresh26a: origin groups with first names and surname parts composed at random."""

# origin: (female first names, male first names, surname builder spec)
# surname spec: ("compose", prefixes, suffixes) or ("list", names) ; particles drawn for Dutch/Flemish groups
ORIGINS = {
    "nederlands": (
        ["Geertje", "Hillegonda", "Marijke", "Jannie", "Wilma", "Femke", "Mirjam", "Aaltje", "Lieke", "Dineke"],
        ["Gerrit", "Hendrik", "Teunis", "Wouter", "Arjen", "Berend", "Klaas", "Roelof", "Maarten", "Evert"],
        (
            "compose",
            ["Olde", "Brink", "Hoog", "Wester", "Oost", "Ruiter", "Zand", "Lamme", "Spaan", "Nijen"],
            ["hof", "horst", "kamp", "veld", "inck", "wijk", "broek", "beek", "huis", "schot"],
        ),
    ),
    "nederlands_tussenvoegsel": (
        ["Gerdien", "Annelies", "Berendina", "Hester", "Ria"],
        ["Cornelis", "Jacobus", "Rutger", "Hidde", "Anton"],
        (
            "particle",
            ["van der", "van de", "ten", "ter", "van den", "de", "van", "'t"],
            ["Haar", "Wetering", "Hulst", "Laak", "Pol", "Ploeg", "Koppel", "Stouwe", "Meulen", "Kolk", "Ent"],
        ),
    ),
    "fries": (
        ["Sjoukje", "Tjitske", "Baukje", "Ytje", "Hiltsje"],
        ["Sjoerd", "Wytse", "Folkert", "Hylke", "Jelmer", "Tjerk"],
        (
            "compose",
            ["Hoek", "Wyt", "Dijk", "Posth", "Terp", "Hett", "Boonst", "Elz", "Reitsm", "Kuip"],
            ["stra", "sma", "inga", "ema", "enga", "tsma"],
        ),
    ),
    "vlaams": (
        ["Lieve", "Griet", "Annelien"],
        ["Wannes", "Jef", "Koenraad"],
        ("particle", ["Van", "Vande", "Vanden", "De"], ["Wynckel", "Poorter", "Meersch", "Cauter", "Velde"]),
    ),
    "marokkaans": (
        ["Naima", "Fatiha", "Ikram", "Soumaya", "Latifa"],
        ["Abdelkarim", "Mourad", "Hamza", "Yassine", "Driss"],
        (
            "compose",
            ["El Ouar", "Bouzi", "Amr", "Ben Hadd", "Azarkh", "El Moudd", "Ouaha", "Boujd"],
            ["ichi", "ani", "aoui", "outi", "idi", "ane"],
        ),
    ),
    "turks": (
        ["Emine", "Hatice", "Zeynep", "Songül", "Dilek"],
        ["Mustafa", "Hüseyin", "Recep", "Orhan", "Volkan"],
        (
            "compose",
            ["Kara", "Akı", "Yıldı", "Özde", "Tok", "Çetin", "Gür", "Aydo", "Erba", "Kılı"],
            ["oğlu", "can", "kaya", "soy", "taş", "dağ", "ğan"],
        ),
    ),
    "koerdisch": (
        ["Berfin", "Rojda", "Zozan"],
        ["Azad", "Rêber", "Dilovan"],
        ("compose", ["Ber", "Xel", "Zin", "Bot"], ["wari", "ani", "ozî", "kar"]),
    ),
    "surinaams_hindoestaans": (
        ["Shanti", "Devika", "Soenita", "Rabia"],
        ["Ramesh", "Dewdath", "Soeresh", "Kishan"],
        (
            "compose",
            ["Ram", "Moti", "Bhoe", "Jag", "Sew", "Kali", "Auto"],
            ["dien", "lal", "ndi", "ssar", "nath", "charan", "kaan"],
        ),
    ),
    "surinaams_creools": (
        ["Ruthline", "Marlene", "Ingrid", "Gwendolyn"],
        ["Ronaldo", "Ewald", "Humphrey", "Glenn"],
        ("compose", ["Kas", "Pin", "Lie", "Mont", "Brei", "Kran"], ["teel", "kers", "veld", "nor", "dwijk", "sberg"]),
    ),
    "antilliaans": (
        ["Shurendy", "Giselle", "Jurina", "Dayanara"],
        ["Urvin", "Jurick", "Sherwin", "Rignald"],
        ("compose", ["Marti", "Isen", "Cor", "Fran", "Winkl", "Rosa"], ["na", "ia", "sen", "cisca", "aar", "lia"]),
    ),
    "kaapverdisch": (
        ["Djenifer", "Lucinda"],
        ["Adilson", "Nelson"],
        ("list", ["Tavares Semedo", "Lopes Fortes", "Monteiro Varela"]),
    ),
    "pools": (
        ["Agnieszka", "Małgorzata", "Katarzyna", "Ewelina"],
        ["Tomasz", "Grzegorz", "Paweł", "Krzysztof"],
        (
            "compose",
            ["Kowal", "Wiśniew", "Zieliń", "Grabow", "Lewandow", "Majew", "Szczep"],
            ["ski", "czyk", "iak", "ewicz"],
        ),
    ),
    "roemeens": (
        ["Ioana", "Mihaela"],
        ["Bogdan", "Florin"],
        ("compose", ["Pop", "Ionesc", "Dumitr", "Stoic"], ["escu", "u", "ache", "eanu"]),
    ),
    "bulgaars": (
        ["Desislava", "Tsvetelina"],
        ["Stoyan", "Plamen"],
        ("compose", ["Petk", "Dimitr", "Georgi", "Todor"], ["ov", "ova", "ev"]),
    ),
    "oekraiens": (
        ["Oksana", "Iryna", "Halyna"],
        ["Taras", "Bohdan", "Mykola"],
        ("compose", ["Koval", "Shevch", "Bondar", "Tkach", "Melnych"], ["enko", "uk", "yshyn", "ych"]),
    ),
    "syrisch": (
        ["Rasha", "Lama", "Dima", "Nour"],
        ["Khaled", "Bashar", "Firas", "Omar"],
        ("compose", ["Al Hal", "Kha", "Darw", "Shami", "Haj Ib"], ["abi", "tib", "ish", "yeh", "rahim"]),
    ),
    "iraaks": (
        ["Zainab", "Huda"],
        ["Haider", "Mustafa"],
        ("compose", ["Al Jub", "Al Sa", "Kad"], ["ouri", "adi", "hum"]),
    ),
    "afghaans": (
        ["Farzana", "Mariam"],
        ["Ahmad Shah", "Wahid"],
        ("compose", ["Noor", "Rahi", "Sulta", "Haki"], ["zai", "mi", "ni", "mi"]),
    ),
    "iraans": (
        ["Shirin", "Parisa"],
        ["Dariush", "Kaveh"],
        ("compose", ["Rahim", "Mohaj", "Sade", "Tehr"], ["ian", "er", "ghi", "ani"]),
    ),
    "eritrees": (
        ["Luwam", "Senait", "Yodit", "Helen"],
        ["Tesfay", "Filmon", "Yonas", "Habtom"],
        ("compose", ["Gebre", "Tekle", "Haile", "Berhane", "Woldu"], ["mariam", "mikael", "selassie", "ab", "giorgis"]),
    ),
    "ethiopisch": (
        ["Tigist", "Meseret"],
        ["Dawit", "Abebe"],
        ("compose", ["Tades", "Alem", "Bekel"], ["se", "ayehu", "e"]),
    ),
    "somalisch": (
        ["Hodan", "Sahra", "Faadumo"],
        ["Abdirahman", "Mahad", "Liban"],
        ("compose", ["Warsa", "Cabdi", "Xirs", "Jaama", "Ducaal"], ["me", "lle", "i", "c", "e"]),
    ),
    "ghanees": (
        ["Akosua", "Abena", "Efua"],
        ["Kwabena", "Kofi", "Yaw"],
        ("compose", ["Asan", "Owu", "Bo", "Mens", "Agyem"], ["te", "su", "ateng", "ah", "ang"]),
    ),
    "nigeriaans": (
        ["Chiamaka", "Ngozi"],
        ["Emeka", "Tunde"],
        ("compose", ["Okon", "Adeb", "Nwa", "Olu"], ["kwo", "ayo", "chukwu", "wole"]),
    ),
    "chinees": (
        ["Xiaoling", "Meihua", "Jiayi"],
        ["Weijun", "Haoran", "Zhiwei"],
        ("list", ["Zhou", "Liang", "Guo", "Tang", "Xu", "Cheung"]),
    ),
    "vietnamees": (
        ["Thi Lan", "Ngoc Anh"],
        ["Van Duc", "Minh Tuan"],
        ("list", ["Nguyen", "Tran", "Pham", "Dang", "Vo"]),
    ),
    "indonesisch": (
        ["Wulandari", "Sri", "Ratna"],
        ["Agus", "Budi", "Hendrik"],
        ("compose", ["Suwan", "Hartono", "Kusu", "Tjo", "Soeta"], ["di", "wiria", "mo", "kro", "rdjo"]),
    ),
    "moluks": (
        ["Yvonne", "Bettie"],
        ["Johny", "Benny"],
        ("compose", ["Tuhu", "Lat", "Sahu", "Mana"], ["teru", "uheru", "paty", "puty"]),
    ),
    "filipijns": (
        ["Maricel", "Jocelyn"],
        ["Rodel", "Arnel"],
        ("compose", ["Dela", "Manal", "Bautis", "Sant"], ["cruz", "o", "ta", "iago"]),
    ),
    "indiaas": (
        ["Priyanka", "Lakshmi"],
        ["Arjun", "Venkatesh"],
        ("compose", ["Raghav", "Krish", "Subra", "Iyen"], ["an", "namurthy", "manian", "gar"]),
    ),
    "pakistaans": (
        ["Ayesha", "Sana"],
        ["Imran", "Bilal"],
        ("compose", ["Qure", "Chaudh", "Butt", "Mirz"], ["shi", "ry", "ar", "a"]),
    ),
    "duits": (
        ["Gudrun", "Heike"],
        ["Jürgen", "Dietmar"],
        ("compose", ["Schwarz", "Hoff", "Kretsch", "Weiß"], ["kopf", "mann", "mer", "bach"]),
    ),
    "italiaans": (
        ["Giulia", "Francesca"],
        ["Massimo", "Giorgio"],
        ("compose", ["Russ", "Esposit", "Marchet", "Ferr"], ["o", "i", "ti", "ari"]),
    ),
    "spaans": (
        ["Nuria", "Montserrat"],
        ["Jordi", "Iñaki"],
        ("compose", ["Fernán", "Gutiérr", "Navarr", "Ibar"], ["dez", "ez", "ete", "ra"]),
    ),
    "portugees": (
        ["Fernanda", "Graça"],
        ["Joaquim", "Rui"],
        ("compose", ["Carval", "Mart", "Ferreir", "Olive"], ["ho", "ins", "a", "ira"]),
    ),
    "grieks": (
        ["Eleni", "Despina"],
        ["Kostas", "Dimitris"],
        ("compose", ["Papad", "Georgi", "Anton", "Kyria"], ["opoulos", "ou", "iadis", "kidis"]),
    ),
    "bosnisch": (
        ["Amra", "Lejla"],
        ["Edin", "Senad"],
        ("compose", ["Hodž", "Mehm", "Begov", "Halil"], ["ić", "edović", "ović"]),
    ),
    "hongaars": (
        ["Zsófia", "Katalin"],
        ["Ferenc", "Zoltán"],
        ("compose", ["Horv", "Szab", "Kovács", "Nagy"], ["áth", "ó", "né", "falvi"]),
    ),
    "litouws": (
        ["Rasa", "Giedrė"],
        ["Mindaugas", "Darius"],
        ("compose", ["Kazlausk", "Petrausk", "Jankausk"], ["as", "ienė", "aitė"]),
    ),
    "braziliaans": (
        ["Thaís", "Luana"],
        ["Thiago", "Rodrigo"],
        ("compose", ["Albuquer", "Nasciment", "Cavalcan"], ["que", "o", "ti"]),
    ),
    "egyptisch": (
        ["Mona", "Heba"],
        ["Karim", "Tamer"],
        ("compose", ["Abdel Mag", "El Sha", "Mans"], ["eed", "fei", "our"]),
    ),
}

# Known-name words: a surname that is also an ordinary Dutch word, with lower-case ordinary uses in the register
KNOWN_WORDS = {
    "Kelder": ["de kelder onder de woning is vochtig en wordt niet gebruikt", "de kelder staat bij hevige regen blank"],
    "Schuur": ["de schuur in de achtertuin is in de taxatie meegenomen", "de schuur is van golfplaat en lekt"],
    "Groen": ["het groen afval wordt maar eens in de twee weken opgehaald", "de container voor groen afval is kapot"],
    "Ketel": ["de ketel is in januari kapotgegaan en moest vervangen worden", "de ketel staat op zolder"],
    "Post": ["de aanslag is nooit per post binnengekomen", "alle post gaat naar het oude adres"],
    "Tuin": ["de tuin ligt op het noorden en is klein", "de tuin is gedeeld met de buren"],
    "Dekker": ["een dekker heeft vorig jaar het rieten dak hersteld", "de dekker kon pas na de zomer komen"],
    "Brand": [
        "na de brand in de keuken was de woning maanden onbewoonbaar",
        "de schade door de brand is nog niet hersteld",
    ],
    "Hoek": ["de woning ligt op de hoek bij een drukke kruising", "op de hoek staat een ondergrondse container"],
    "Vink": [
        "je moet een vink zetten bij het vakje voor kwijtschelding",
        "de vink bij 'automatische incasso' stond er niet",
    ],
    "Hond": ["de hond is in maart overleden", "de hond is al jaren afgemeld"],
    "Vos": ["een vos heeft de afvalzakken opengescheurd", "de vos komt elke nacht bij de containers"],
    "Kok": [
        "hij werkt als kok in een hotel en heeft wisselende uren",
        "als kok verdient hij net boven het minimumloon",
    ],
    "Visser": ["hij is visser en zit vaak weken op zee", "een visser heeft geen vast maandinkomen"],
    "Wit": ["de gevel is wit geschilderd", "het formulier was wit in plaats van blauw"],
    "Dijk": ["de woning ligt pal achter de dijk", "vanaf de dijk zie je dat de aanbouw nooit is afgemaakt"],
    "Berg": ["er ligt een berg ongeopende post", "de berg schulden werd steeds groter"],
    "Huisman": ["hij is huisman sinds de tweeling is geboren", "als huisman heeft hij geen eigen inkomen"],
    "Timmerman": ["een timmerman heeft de dakkapel geplaatst", "de timmerman rekende de arbeid apart"],
    "Stal": ["de stal achter het huis wordt niet meer gebruikt", "in de stal staan alleen nog fietsen"],
    "Poort": ["de poort naast de woning is van de gemeente", "de container past niet door de poort"],
    "Winter": ["deze winter was de energierekening verdubbeld", "in de winter verhuurt zij niets"],
    "Veen": ["de grond is veen en de woning verzakt", "op veen zakken de funderingen"],
    "Molenaar": ["de molenaar van de korenmolen verhuurt het bovenhuis", "hij werkt als vrijwillig molenaar"],
    "Bakker": ["zij werkt 's nachts bij een bakker", "de bakker op de hoek heeft haar ontslagen"],
}
KNOWN_PARTICLE = {
    "Hond": "de",
    "Wit": "de",
    "Berg": "van den",
    "Dijk": "van",
    "Veen": "van der",
    "Vos": "de",
    "Groen": "",
    "Brand": "van den",
    "Hoek": "van der",
    "Post": "",
    "Tuin": "van der",
    "Poort": "van der",
}
