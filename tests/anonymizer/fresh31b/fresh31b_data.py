"""Name, place and number material for make_fresh31b.py (standard library only)."""

from __future__ import annotations

# origin group: (first names, surname first parts, surname second parts, particles or None)
# Surnames are composed from origin-typical parts so that most are on no common list.
GROUPS = {
    "Nederlands": (
        ["Gerrit", "Marieke", "Hendrika", "Joost", "Anouk", "Wouter", "Ilse", "Rutger", "Gerda", "Maarten"],
        ["Wester", "Hoog", "Brinke", "Stroo", "Ooster", "Kalk", "Harde", "Velt", "Nijen", "Bos"],
        ["veld", "huis", "man", "kamp", "broek", "hof", "link", "werf", "horst", "inga"],
        None,
    ),
    "Nederlands met tussenvoegsel": (
        ["Bart", "Lotte", "Jeroen", "Femke", "Huub", "Mirjam", "Klaas", "Annelies"],
        ["Brink", "Wouw", "Kamp", "Heuvel", "Loo", "Dool", "Wetering", "Hul"],
        ["horst", "en", "hoeve", "erveld", "sen", "er", "man", "stede"],
        ["van", "van der", "van den", "de", "ter", "ten", "van de", "in 't"],
    ),
    "Fries": (
        ["Sjoerd", "Tjitske", "Wiebe", "Hylke", "Jildou", "Froukje", "Auke", "Baukje"],
        ["Hoek", "Wal", "Sikke", "Tjeerd", "Post", "Hylk", "Bouw", "Anne"],
        ["stra", "inga", "ma", "sma", "ema", "nga"],
        None,
    ),
    "Creools-Surinaams": (
        ["Marlon", "Ruth", "Glenn", "Joyce", "Ronald", "Ingrid", "Stanley", "Esmeralda", "Errol", "Germaine"],
        ["Zee", "Doel", "Kruis", "Rozen", "Vries", "Bolde", "Mont", "Wijn", "Sluis", "Roze"],
        ["fuik", "wijt", "lande", "blad", "de", "wijn", "eiro", "gaarde", "ink", "burg"],
        None,
    ),
    "Hindoestaans-Surinaams": (
        ["Sharmila", "Radjesh", "Priyanka", "Anil", "Devika", "Kamla", "Vishnoe", "Sunita", "Ravi", "Indra"],
        ["Ram", "Jag", "Mung", "Sew", "Bhag", "Ganes", "Ragh", "Soek", "Mahab", "Baldew"],
        ["dien", "roep", "ra", "nath", "sing", "lall", "dat", "bir", "persad", "charan"],
        None,
    ),
    "Javaans-Surinaams": (
        ["Soekarni", "Sarmin", "Poniyem", "Karijo", "Tukiman", "Sutinah", "Wagiran", "Djoemiati", "Paidjo", "Ngatini"],
        ["Karto", "Sastro", "Pawiro", "Kromo", "Atmo", "Setro", "Wongso", "Mangoen", "Reso", "Djojo"],
        ["dikromo", "widjojo", "nadi", "soeto", "dikoro", "redjo", "semito", "karso", "kario", "pawiro"],
        None,
    ),
    "Chinees-Surinaams": (
        ["Iwan", "Sylvia", "Humphrey", "Carmen", "Stephen", "Mavis", "Rudy", "Lucretia"],
        ["Tjin A", "Lie A", "Fung A", "Kwie A", "Tjong A", "Sang A", "Chin A", "Ho A"],
        [" Kwie", " Ling", " Loi", " Tjoe", " Sjoe", " Fat", " Joe", " Sen"],
        None,
    ),
    "Marron": (
        ["Kodjo", "Afiba", "Kwasiba", "Amimba", "Adjoeba", "Kwaku", "Akoeba", "Bayo"],
        ["Adja", "Amo", "Asa", "Abien", "Misi", "Sama", "Agu", "Toj"],
        ["ko", "ksi", "bina", "so", "djan", "ida", "ema", "wele"],
        None,
    ),
    "Curaçaos": (
        ["Ruthmila", "Jurgen", "Shurmaine", "Giovanni", "Nathaly", "Rignald", "Chayenne", "Jeandrick"],
        ["Marti", "Iseni", "Rosa", "Anto", "Silbe", "Lei", "Cijn", "Cora", "Pie", "Fran"],
        ["na", "a", "lia", "nia", "rie", "tonia", "tje", "zuela", "terse", "cisca"],
        None,
    ),
    "Arubaans": (
        ["Ruendell", "Eshira", "Gilbert", "Xiomara", "Rodney", "Lisandra", "Evert", "Milouska"],
        ["Odu", "Wer", "Geer", "Dijk", "Lac", "Krozen", "Arend", "Figa", "Came", "Rasm"],
        ["ber", "leman", "man", "hoff", "lé", "dijk", "roa", "cho", "ussen", "ijn"],
        None,
    ),
    "Sint-Maartens": (
        ["Clive", "Rolanda", "Dwayne", "Claudette", "Lenworth", "Shermira", "Vernon", "Joycelyn"],
        ["Richard", "Arrin", "Wat", "Gum", "Hodg", "Pember", "Illid", "Duzan"],
        ["son", "dell", "hey", "bs", "kins", "ton", "ge", "ville"],
        None,
    ),
    "Bonairiaans en Statiaans": (
        ["Elvis", "Ruchenella", "Hubert", "Wendeline", "Franklin", "Lucinda", "Nolly", "Gisela"],
        ["Merce", "Emeren", "Tho", "Hass", "Zag", "Span", "Berk", "Soli"],
        ["ra", "cia", "de", "ell", "ers", "ner", "el", "ana"],
        None,
    ),
    "Moluks": (
        ["Johannes", "Wempie", "Yopie", "Femmy", "Obed", "Sientje", "Dolf", "Nelly", "Agustina", "Frits"],
        ["Patti", "Latu", "Leiwa", "Taha", "Loko", "Riri", "Watti", "Sahe", "Tuhu", "Manu"],
        ["asina", "mahina", "kabessy", "pary", "llo", "masse", "lete", "tapy", "mury", "putty"],
        None,
    ),
    "Moluks met tussenvoegsel": (
        ["Bram", "Marthen", "Ferry", "Corrie", "Josef", "Mientje", "Eddy", "Lientje"],
        ["Quel", "Fre", "Kors", "Lim", "Lop", "Rooi", "Zoet", "Lei"],
        ["joe", "tes", "ta", "ba", "es", "sen", "er", "tua"],
        ["de", "van", "van der"],
    ),
    "Indonesisch": (
        ["Agus", "Dewi", "Budi", "Ratna", "Indah", "Rudi", "Sri", "Yanti"],
        ["Wibo", "Santo", "Harto", "Kusuma", "Susan", "Prata", "Setia", "Nugro"],
        ["wo", "so", "no", "wati", "ti", "ma", "wan", "ho"],
        None,
    ),
    "Marokkaans": (
        ["Youssef", "Fatima", "Hamid", "Samira", "Rachid", "Naima", "Driss", "Loubna"],
        ["El Khat", "Ait Moussa", "Ben Hadd", "Bou", "Azz", "El Ouar"],
        ["tabi", "oui", "ouchi", "ati", "di", "aoui"],
        None,
    ),
    "Turks": (
        ["Emre", "Zeynep", "Mehmet", "Ayşe", "Burak", "Elif", "Hakan", "Sevgi"],
        ["Yıl", "Kara", "Öz", "Ak", "Demir", "Çelik", "Kılıç", "Tek"],
        ["dırım", "kaya", "türk", "soy", "taş", "oğlu", "er", "in"],
        None,
    ),
    "Pools": (
        ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof"],
        ["Kowal", "Wiśniew", "Zieliń", "Lewandow", "Dąbrow", "Kamiń", "Sztuk", "Gór"],
        ["ski", "ska", "owski", "czyk", "iak", "ewicz"],
        None,
    ),
    "Syrisch": (
        ["Rami", "Lama", "Hussam", "Rasha", "Bashar", "Nour", "Khaled", "Hiba"],
        ["Al-Hal", "Al-Kh", "Hadd", "Kab", "Sabb", "Daw", "Naj", "Shar"],
        ["abi", "ateeb", "ad", "bani", "agh", "oud", "jar", "if"],
        None,
    ),
    "Eritrees": (
        ["Tesfay", "Semhar", "Yonas", "Senait", "Mebrahtu", "Luwam", "Kidane", "Selam"],
        ["Tes", "Gebre", "Habte", "Wolde", "Berh", "Kifle", "Ghebre", "Asme"],
        ["fai", "mariam", "mikael", "giorgis", "ane", "yesus", "hiwet", "rom"],
        None,
    ),
    "Somalisch": (
        ["Abdi", "Hodan", "Faadumo", "Mahad", "Sahra", "Liban", "Ayaan", "Warsame"],
        ["Cab", "Warsa", "Far", "Jaam", "Ducaa", "Xir", "Guul", "Aad"],
        ["di", "me", "ah", "a", "le", "si", "eed", "an"],
        None,
    ),
    "Chinees": (
        ["Wei", "Xiaoling", "Jun", "Meili", "Hao", "Lihua", "Zhen", "Yanping"],
        ["Zh", "Ch", "Hu", "Zh", "Gu", "Xi"],
        ["ang", "en", "ou", "uang", "o", "ao"],
        None,
    ),
    "Ghanees": (
        ["Kwame", "Akosua", "Kofi", "Ama", "Kwabena", "Efua", "Abena", "Kwadwo"],
        ["Ose", "Bon", "Asan", "Mensa", "Owu", "Agye", "Ampo", "Dank"],
        ["i", "su", "te", "h", "man", "fo", "wa", "ye"],
        None,
    ),
    "Nigeriaans": (
        ["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Folake"],
        ["Okon", "Ade", "Nwa", "Obi", "Ola", "Eze"],
        ["kwo", "yemi", "chukwu", "ora", "wale", "ani"],
        None,
    ),
    "Kaapverdisch": (
        ["Djamila", "Nelson", "Ivanilda", "Adilson", "Zenaida", "Osvaldo"],
        ["Tava", "Seme", "Fur", "Lopes da", "Monte", "Brit"],
        ["res", "do", "tado", " Veiga", "iro", "o"],
        None,
    ),
    "Portugees": (
        ["João", "Inês", "Rui", "Filipa", "Tiago", "Marta"],
        ["Figuei", "Carva", "Mour", "Pinhe", "Guim", "Vascon"],
        ["redo", "lhal", "inho", "iro", "arães", "celos"],
        None,
    ),
    "Afghaans": (
        ["Farid", "Zarghona", "Ahmad Shah", "Mursal", "Wahid", "Freshta"],
        ["Sedi", "Popal", "Noor", "Haki", "Amiri", "Rahi"],
        ["qi", "zai", "zada", "mi", "yar", "mi"],
        None,
    ),
    "Iraaks": (
        ["Haider", "Zainab", "Mustafa", "Ruqaya", "Ali Jaber", "Shahad"],
        ["Al-Ob", "Al-Jub", "Kaz", "Al-Sa", "Hass", "Abd"],
        ["aidi", "ouri", "emi", "adi", "oun", "ulridha"],
        None,
    ),
    "Iraans": (
        ["Dariush", "Shirin", "Kaveh", "Parisa", "Behnam", "Ladan"],
        ["Tehr", "Mohaj", "Farah", "Khos", "Rez", "Naz"],
        ["ani", "eri", "mand", "ravi", "aei", "ari"],
        None,
    ),
    "Vietnamees": (
        ["Thi Lan", "Van Minh", "Thi Hoa", "Duc Anh", "Thi Mai", "Quang"],
        ["Ngu", "Tr", "Ph", "Ho", "Du", "Vu"],
        ["yen", "an", "am", "ang", "ong", "ong"],
        None,
    ),
    "Roemeens": (
        ["Ionuț", "Mihaela", "Florin", "Andreea", "Cătălin", "Roxana"],
        ["Popes", "Dumitr", "Stoi", "Radul", "Consta", "Munt"],
        ["cu", "escu", "an", "ea", "ntin", "eanu"],
        None,
    ),
    "Bulgaars": (
        ["Stoyan", "Desislava", "Georgi", "Radostina", "Plamen", "Tsvetelina"],
        ["Dimit", "Petk", "Iliev", "Todor", "Stoya", "Hrist"],
        ["rov", "ova", "a", "ov", "nova", "ova"],
        None,
    ),
    "Oekraïens": (
        ["Oleksandr", "Kateryna", "Mykola", "Oksana", "Bohdan", "Iryna"],
        ["Shevch", "Bondar", "Kovalen", "Tkach", "Melnych", "Kravch"],
        ["enko", "uk", "ko", "uk", "enko", "yshyn"],
        None,
    ),
    "Filipijns": (
        ["Maricel", "Jomar", "Rowena", "Arnel", "Lorelie", "Jericho"],
        ["Dela ", "Mang", "Bauti", "Maca", "Villa", "Sant"],
        ["Cruz", "ubat", "sta", "pagal", "nueva", "iago"],
        None,
    ),
    "Duits": (
        ["Jürgen", "Sabine", "Uwe", "Heike", "Matthias", "Kerstin"],
        ["Schwar", "Brück", "Lehm", "Hoff", "Kessel", "Wendt"],
        ["zkopf", "ner", "ann", "meister", "ring", "landt"],
        None,
    ),
    "Vlaams": (
        ["Wouter", "Griet", "Koen", "Els", "Dries", "Sofie"],
        ["Vercam", "Declercq", "Vanden", "Goos", "Verbeke", "Delaey"],
        ["men", "x", "bussche", "sens", "n", "e"],
        None,
    ),
    "Italiaans": (
        ["Giuseppe", "Chiara", "Lorenzo", "Federica", "Matteo", "Giulia"],
        ["Espo", "Ferr", "Bellu", "Marc", "Vitale", "Galli"],
        ["sito", "araccio", "cci", "hetti", "ni", "ano"],
        None,
    ),
    "Grieks": (
        ["Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia"],
        ["Papad", "Georgi", "Konstant", "Alexi", "Vlach", "Karag"],
        ["opoulos", "ou", "inidis", "adis", "os", "ianni"],
        None,
    ),
}

CARIB = [
    "Creools-Surinaams",
    "Hindoestaans-Surinaams",
    "Javaans-Surinaams",
    "Chinees-Surinaams",
    "Marron",
    "Curaçaos",
    "Arubaans",
    "Sint-Maartens",
    "Bonairiaans en Statiaans",
    "Moluks",
    "Moluks met tussenvoegsel",
    "Indonesisch",
]

NICKNAMES = [
    "Chichi",
    "Nena",
    "Tita",
    "Chino",
    "Tuti",
    "Keke",
    "Popi",
    "Yuyu",
    "Shon Bubu",
    "Djudju",
    "Boeboe",
    "Tjoekie",
]

# Dutch words that are also surnames in this register; each with a sentence using the word in its ordinary sense.
KNOWN = {
    "Geluk": "Met een beetje geluk ligt de akte er voor de feestdagen.",
    "Hoop": "Ik heb nog steeds hoop dat het goed afloopt.",
    "Trouw": "Zij komt trouw naar elk spreekuur in het buurthuis.",
    "Vrede": "Het gaat de familie vooral om de vrede thuis.",
    "Bron": "De consulent noemt het register als bron van de fout.",
    "Kroon": "De kerkenraad legde een kroon van orchideeën bij de kist.",
    "Sterk": "De buurt staat sterk achter het gezin.",
    "Rust": "Moeder wil na de reis vooral rust.",
    "Held": "Voor de jongens in de wijk was hij een held.",
    "Zon": "Op het eiland zat vader elke middag in de zon.",
    "Bloem": "Elke zondag legt zij een bloem bij het graf.",
    "Koster": "De koster van de kerk opende de zaal voor de rouwdienst.",
    "Kok": "Hij werkt als kok in een Surinaams restaurant.",
    "Wijs": "Het lijkt mij niet wijs om nu al te verhuizen.",
    "Dapper": "Het was dapper van haar om alleen te reizen.",
    "Lust": "Hij heeft geen lust meer in al die formulieren.",
    "Winter": "In de winter wordt het voor oma te koud in de flat.",
    "Baas": "Mijn baas geeft geen vrij voor de begrafenis.",
    "Bruin": "Er kwam een bruin pakket zonder afzender.",
    "Vlijt": "Met vlijt heeft hij alle papieren verzameld.",
}

NL_STREET_A = [
    "Bijlmer",
    "Kraaien",
    "Ganzen",
    "Gein",
    "Kikvors",
    "Jasmijn",
    "Ceder",
    "Tamarinde",
    "Flamingo",
    "Hofgeest",
    "Kouwenoord",
    "Lunetten",
    "Mango",
    "Saffier",
    "Kristal",
    "Orchidee",
]
NL_STREET_B = ["dreef", "laan", "straat", "hof", "plein", "pad", "singel", "kade", "erf", "weg"]
NL_CITIES = [
    "Amsterdam-Zuidoost",
    "Rotterdam",
    "Den Haag",
    "Almere",
    "Tiel",
    "Vught",
    "Capelle aan den IJssel",
    "Culemborg",
    "Assen",
    "Bovensmilde",
    "Moordrecht",
    "Zoetermeer",
    "Lelystad",
    "Apeldoorn",
    "Schiedam",
]
KAYA = [
    "Watapana",
    "Kadushi",
    "Flamboyan",
    "Kibrahacha",
    "Palu Blanku",
    "Shon Mosa",
    "Dama di Anochi",
    "Sabal",
    "Wayaká",
    "Yerba Hole",
    "Sorsaka",
    "Brakkeput Ariba",
    "Lanchi",
    "Kunuku Abou",
]
CAYA = ["Frans Figaroa", "Sabana Liber", "Cumana", "Tanki Leendert", "Noord Grapefield", "Papaya", "Calabas"]
PARBO = [
    "Weg naar Zee",
    "Weg naar Peu",
    "Weg naar Tout Lui Faut",
    "Kwattaweg",
    "Anamoestraat",
    "Tourtonnelaan",
    "Kasabaholoweg",
    "Mahoniestraat",
    "Hoogestraat",
    "Latourweg",
    "Commissaris Roblesweg",
    "Leysweg",
]
SXM = ["Back Street", "Bush Road", "Cul de Sac Road", "Sucker Garden Road", "Union Road", "Sandy Ground Road"]

ISLANDS = ["Curaçao", "Aruba", "Bonaire", "Saba", "Sint Eustatius", "Sint Maarten"]
DISTRICTS = [
    "Nickerie",
    "Wanica",
    "Commewijne",
    "Marowijne",
    "Saramacca",
    "Coronie",
    "Brokopondo",
    "Sipaliwini",
    "Para",
]
CHURCHES = [
    "Evangelische Broedergemeente",
    "Gereja Injili Maluku",
    "Sanatan Dharm",
    "Arya Samaj",
    "Moluks Evangelische Kerk",
    "Surinaamse Moskee Vereniging",
    "Stichting Sarnami Huis",
    "Pasar Malam Besar",
    "Keti Koti Komitee",
]
WOONOORD = ["Lunetten", "Wyldemerk", "Bovensmilde", "Moordrecht", "Tiel", "Culemborg", "Keizerslanden", "Krabbendijke"]
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
EMAIL_DOMAINS = [
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "sr.net",
    "onenet.cw",
    "setarnet.aw",
]
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_L = "BDFGHJKLNPRSTVXZ"
