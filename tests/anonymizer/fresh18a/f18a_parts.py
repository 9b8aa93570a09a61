"""Building blocks for make_fresh18a.py: names of many origins composed from parts, streets, places, identifiers,
and the OCR damage that scanned paper suffers. Standard library only; every draw goes through the caller's Random."""

from __future__ import annotations

import datetime as dt

# origin group -> (female first names, male first names, surname prefixes, surname suffixes, joiner)
# joiner "" glues prefix and suffix into one word; a list value in place of parts means whole surnames.
ORIGINS = {
    "Nederlands": (
        ["Wendelien", "Gerdien", "Marjolein", "Hennie", "Ineke", "Dorien"],
        ["Gerrit-Jan", "Wouter", "Harmen", "Evert", "Reinout", "Teun"],
        ["Hoog", "Bree", "Wes", "Kam", "Stok", "Blo", "Hend", "Kleen", "Ommer", "Grev", "Tuin", "Vel"],
        ["kamp", "veld", "horst", "broek", "dijk", "hof", "kes", "ers", "ink", "ing", "sink", "ert"],
    ),
    "Fries": (
        ["Tjitske", "Baukje", "Hylkje", "Sytske", "Aukje", "Froukje"],
        ["Sjoerd", "Wiebe", "Jelle", "Durk", "Hidde", "Tsjalling"],
        ["Hyl", "Wyb", "Sjo", "Tjal", "Fol", "Rin", "Jel", "Bou", "Sier", "Ypk"],
        ["ma", "stra", "sma", "inga", "enga", "tsma", "da", "ksma"],
    ),
    "Marokkaans": (
        ["Ilham", "Noura", "Hafsa", "Ouiam", "Siham", "Loubna"],
        ["Yassine", "Soufiane", "Bilal", "Zakaria", "Anouar", "Redouan"],
        ["Bouk", "Azz", "Amr", "Tahir", "Ouar", "Kadd", "Hadd", "Ammr"],
        ["ouchi", "ani", "idi", "ari", "aoui", "iti", "ouhi"],
    ),
    "Turks": (
        ["Emine", "Şeyma", "Tuğba", "Elif", "Gülsüm", "Büşra"],
        ["Gökhan", "Hüseyin", "Murat", "Yusuf", "Oğuz", "Erdem"],
        ["Kara", "Demir", "Yıl", "Öz", "Kılıç", "Gül", "Tek", "Akın", "Çe"],
        ["taş", "soy", "kaya", "doğan", "han", "can", "oğlu", "bulut", "türk"],
    ),
    "Surinaams-Hindoestaans": (
        ["Shivani", "Kamla", "Reshma", "Anita", "Sharmila", "Devika"],
        ["Dinesh", "Rajesh", "Anand", "Ravindre", "Sunil", "Kishan"],
        ["Ram", "Jag", "Bis", "Sew", "Kal", "Moh", "Bhai", "Sook"],
        ["dihal", "essar", "sing", "bhadoe", "sahai", "persad", "charan", "lal"],
    ),
    "Surinaams-Creools": (
        ["Glenda", "Marcia", "Ruth-Ann", "Jennifer", "Ilona", "Sylvana"],
        ["Rudolf", "Errol", "Humphrey", "Ricardo", "Orlando", "Clifton"],
        ["Mont", "Fer", "Sab", "Dor", "Kros", "Lin", "Wij", "Pin"],
        ["ijn", "dijk", "ajo", "ker", "ega", "ams", "berg", "as"],
    ),
    "Antilliaans": (
        ["Sharline", "Giselle", "Rudsel", "Jurmaine", "Shudaira", "Luzmila"],
        ["Shurandy", "Giovanni", "Ruthsel", "Quincy", "Jurick", "Sidney"],
        ["Cor", "Isen", "Mar", "Fran", "Rosa", "Gir", "Coe", "Sta"],
        ["ia", "tina", "sen", "cisca", "rio", "igorie", "tia", "leta"],
    ),
    "Pools": (
        ["Agnieszka", "Małgorzata", "Zofia", "Joanna", "Ewelina", "Beata"],
        ["Tomasz", "Krzysztof", "Bartosz", "Łukasz", "Grzegorz", "Paweł"],
        ["Wiśn", "Kowal", "Zieliń", "Dąbr", "Grab", "Kacz", "Szyman", "Wróbl"],
        ["ewski", "czyk", "owski", "iak", "arek", "ecki"],
    ),
    "Syrisch": (
        ["Hiba", "Nour", "Rima", "Dalal", "Yara", "Ghalia"],
        ["Yamen", "Abdulrahman", "Majd", "Orwa", "Tarek", "Firas"],
        ["Al-Hamw", "Al-Khat", "Al-Sab", "Al-Dar", "Haddad", "Al-Mas", "Kurd"],
        ["i", "ib", "ani", "ash", "ouni", "ieh"],
    ),
    "Eritrees": (
        ["Senait", "Mehret", "Selam", "Helen", "Saba", "Luwam"],
        ["Yonas", "Tesfalem", "Dawit", "Merhawi", "Samuel", "Kibrom"],
        ["Tes", "Hab", "Gebre", "Ghir", "Wel", "Tekle", "Berh"],
        ["fai", "te", "mariam", "may", "dezghi", "haimanot", "ane"],
    ),
    "Somalisch": (
        ["Hodan", "Ayaan", "Sahra", "Fadumo", "Ubah", "Nimco"],
        ["Abdirahman", "Faarax", "Liban", "Abdullahi", "Guuleed", "Mahad"],
        ["War", "Xir", "Jaa", "Cali", "Cum", "Shir", "Samat"],
        ["same", "si", "mac", "yare", "ar", "wa", "ane"],
    ),
    "Chinees": (
        ["Xiaoling", "Meiling", "Yuqing", "Shufen", "Lanying", "Huiwen"],
        ["Weiming", "Junhao", "Zhiwei", "Haoran", "Kaiwen", "Guoqiang"],
        ["Zheng", "Xiong", "Tsang", "Leung", "Cheung", "Yeung", "Zhou", "Kwok", "Hsieh"],
        None,
    ),
    "Moluks-Indonesisch": (
        ["Dewi", "Ratna", "Eliza", "Femmy", "Juliana", "Sientje"],
        ["Agus", "Yohanes", "Semuel", "Hendrik-Jan", "Ferry", "Izaak"],
        ["Latu", "Tuha", "Sahu", "Mana", "Ririm", "Pattin", "Wattim"],
        ["mahina", "puty", "lessy", "sasa", "tu", "ama", "ena"],
    ),
    "Ghanees": (
        ["Abena", "Akosua", "Efua", "Adwoa", "Ama", "Yaa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Fiifi"],
        ["Ose", "Asa", "Ago", "Ofo", "Kye", "Ansa", "Ntim"],
        ["i", "mpong", "ku", "dwo", "re", "bea", "kwa"],
    ),
    "Nigeriaans": (
        ["Ngozi", "Adaeze", "Chiamaka", "Folake", "Ifeoma", "Bisola"],
        ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ikenna", "Babatunde"],
        ["Okon", "Eze", "Nwa", "Obi", "Ade", "Olu", "Chuk"],
        ["kwo", "chukwu", "yemi", "nna", "bayo", "wole", "wuemeka"],
    ),
    "Afghaans": (
        ["Shabnam", "Mariam", "Freshta", "Nilofar", "Parwana", "Zarghona"],
        ["Wahid", "Farid", "Jawed", "Naweed", "Sohrab", "Ahmadshah"],
        ["Ahmad", "Noor", "Rahim", "Hakim", "Saf", "Popal", "Durr"],
        ["zai", "yar", "i", "zada", "khil", "ani"],
    ),
    "Koerdisch": (
        ["Dilan", "Shilan", "Avin", "Rojin", "Berivan", "Nasrin"],
        ["Rebwar", "Karwan", "Shvan", "Dler", "Hawkar", "Sirwan"],
        ["Bar", "Sor", "Jaf", "Hawr", "Zeb", "Mer", "Ked"],
        ["zani", "an", "amani", "ari", "xani"],
    ),
    "Iraans": (
        ["Shirin", "Golnaz", "Mahsa", "Parisa", "Azadeh", "Leila"],
        ["Babak", "Mehrdad", "Kourosh", "Arash", "Dariush", "Siamak"],
        ["Moh", "Taher", "Jaf", "Kaz", "Rah", "Sad", "Esfand"],
        ["ammadi", "ipour", "ari", "emi", "nama", "eghi", "iari"],
    ),
    "Vietnamees": (
        ["Thi Lan", "Thu Hà", "Ngọc Anh", "Bích Ngọc", "Thanh Hương", "Mỹ Linh"],
        ["Văn Minh", "Quốc Bảo", "Đức Anh", "Hoàng Nam", "Thanh Tùng", "Minh Khoa"],
        ["Huỳnh", "Phạm", "Đặng", "Trương", "Võ", "Dương", "Nguyễn"],
        None,
    ),
    "Kaapverdisch": (
        ["Djenifer", "Edna", "Ivanilda", "Nelsa", "Arlinda", "Zenaida"],
        ["Adilson", "Elton", "Ivanildo", "Dany", "Nelson", "Zeferino"],
        ["Tav", "Sem", "Lop", "Fur", "Mon", "Andr"],
        ["ares", "edo", "tado", "teiro", "ade", "rinha"],
    ),
    "Portugees": (
        ["Inês", "Filipa", "Beatriz", "Leonor", "Joana", "Rita"],
        ["João", "Tiago", "Rui", "Gonçalo", "Duarte", "Nuno"],
        ["Gonç", "Ferr", "Card", "Magalh", "Pim", "Brag"],
        ["alves", "eira", "oso", "ães", "entel", "ança"],
    ),
    "Bulgaars": (
        ["Desislava", "Tsvetelina", "Radostina", "Milena", "Yordanka", "Boryana"],
        ["Stoyan", "Georgi", "Hristo", "Plamen", "Dimitar", "Todor"],
        ["Stoy", "Dimit", "Petk", "Hrist", "Todor", "Yord"],
        ["anov", "rova", "ova", "chev", "ieva", "akiev"],
    ),
    "Roemeens": (
        ["Andreea", "Ioana", "Roxana", "Mădălina", "Alina", "Florentina"],
        ["Ionuț", "Mihai", "Cătălin", "Sorin", "Vasile", "Bogdan"],
        ["Dumit", "Stanc", "Vasil", "Moldov", "Pop", "Ungur"],
        ["escu", "eanu", "ovici", "ache", "ean"],
    ),
    "Oekraïens": (
        ["Oksana", "Olena", "Iryna", "Nataliya", "Halyna", "Svitlana"],
        ["Taras", "Bohdan", "Mykola", "Yaroslav", "Oleksandr", "Vasyl"],
        ["Kovalen", "Shevch", "Bondar", "Tkach", "Moroz", "Hryts"],
        ["ko", "enko", "uk", "yshyn", "ovych", "iv"],
    ),
    "Duits": (
        ["Heike", "Ulrike", "Sabine", "Gudrun", "Anke", "Birgit"],
        ["Jürgen", "Lukas", "Dieter", "Matthias", "Wolfgang", "Uwe"],
        ["Schr", "Müll", "Hoff", "Weiß", "Brüg", "Kless"],
        ["öder", "ermann", "mann", "ner", "gemann", "inger"],
    ),
    "Vlaams": (
        ["Jolien", "Griet", "Lieselot", "Ann-Sofie", "Katrien", "Hanne"],
        ["Pieter-Jan", "Wannes", "Jorre", "Stijn", "Brecht", "Sander"],
        ["Ver", "Vande", "Vanden", "Dewa", "Delv"],
        ["straete", "haeghen", "meulen", "cauteren", "eghe", "aux"],
    ),
    "Italiaans": (
        ["Chiara", "Giulia", "Francesca", "Antonella", "Serena", "Rosaria"],
        ["Giuseppe", "Salvatore", "Massimo", "Vincenzo", "Carmelo", "Alessio"],
        ["Ross", "Espos", "Ferr", "Bianc", "Cap", "Lomb"],
        ["etti", "ito", "aro", "hini", "uzzo", "ardi"],
    ),
    "Spaans": (
        ["Lucía", "Montserrat", "Inmaculada", "Rocío", "Pilar", "Nerea"],
        ["Alejandro", "Íñigo", "Javier", "Sergio", "Álvaro", "Rubén"],
        ["Fern", "Gonz", "Rodr", "Mart", "Hern", "Domíng"],
        ["ández", "ález", "íguez", "ínez", "uez"],
    ),
    "Indiaas": (
        ["Lakshmi", "Ananya", "Deepika", "Kavya", "Sneha", "Meenakshi"],
        ["Arjun", "Sanjay", "Venkatesh", "Rohit", "Karthik", "Prakash"],
        ["Venkat", "Krish", "Subra", "Nara", "Bala", "Rang"],
        ["araman", "nan", "manian", "yanan", "murthy", "swamy"],
    ),
    "Pakistaans": (
        ["Ayesha", "Sadia", "Rabia", "Mehwish", "Sana", "Nadia"],
        ["Imran", "Usman", "Faisal", "Kashif", "Zeeshan", "Adnan"],
        ["Qures", "Chaud", "Siddiq", "Abb", "Rizv", "Bukh"],
        ["hi", "hry", "ui", "asi", "ari"],
    ),
    "Ethiopisch": (
        ["Tigist", "Meseret", "Bethlehem", "Hirut", "Tsion", "Genet"],
        ["Abebe", "Dereje", "Getachew", "Yohannes", "Tewodros", "Biniam"],
        ["Tade", "Alem", "Kebe", "Wold", "Ayal", "Mengi"],
        ["sse", "ayehu", "de", "u", "ew", "stu"],
    ),
    "Hongaars": (
        ["Zsófia", "Erzsébet", "Krisztina", "Réka", "Anikó", "Ildikó"],
        ["Bence", "Zoltán", "Gergely", "László", "Ádám", "Csaba"],
        ["Szab", "Horv", "Kov", "Mol", "Fark", "Bal"],
        ["ó", "áth", "ács", "nár", "as", "ogh"],
    ),
    "Grieks": (
        ["Eleni", "Despina", "Vasiliki", "Panagiota", "Ourania", "Stavroula"],
        ["Nikos", "Dimitrios", "Stavros", "Panagiotis", "Christos", "Spyros"],
        ["Papa", "Georg", "Konst", "Karamanl", "Alexi"],
        ["dopoulos", "iou", "antinou", "idis", "akis"],
    ),
    "Filipijns": (
        ["Maricel", "Rowena", "Jocelyn", "Divina", "Lorna", "Marilou"],
        ["Jomar", "Rodel", "Arnel", "Jericho", "Reynaldo", "Bong"],
        ["Mang", "Bau", "Sant", "Mali", "Dimag", "Pang"],
        ["ubat", "tista", "os", "wanag", "iba", "ilinan"],
    ),
    "Tamil": (
        ["Kavitha", "Tharsini", "Nirosha", "Vasanthi", "Sharmini", "Gowri"],
        ["Tharshan", "Sivakumar", "Nirmalan", "Kajan", "Thayalan", "Suthan"],
        ["Sivan", "Theva", "Rajan", "Selva", "Kana", "Yoga"],
        ["athan", "rajah", "kumar", "lingam", "ratnam", "nesan"],
    ),
    "Bosnisch": (
        ["Amra", "Lejla", "Emina", "Selma", "Mirsada", "Aida"],
        ["Emir", "Senad", "Jasmin", "Adnan", "Mirza", "Haris"],
        ["Hodž", "Beg", "Mehm", "Hasan", "Delal", "Omer"],
        ["ić", "ović", "edović", "agić", "bašić"],
    ),
}

PARTICLE_SETS = [
    "van",
    "de",
    "van der",
    "van den",
    "ter",
    "ten",
    "in 't",
    "op de",
    "van de",
    "te",
    "den",
    "van 't",
    "der",
]

# Dutch surnames (and a few first names) that are also ordinary words; value: a phrase with the ordinary use
KNOWN_WORDS = {
    "Visser": ("the", "de ligplaats van de {w} aan de kade"),
    "Molenaar": ("the", "de {w} van de korenmolen"),
    "Koster": ("the", "de {w} van de dorpskerk"),
    "Winter": ("the", "sinds de {w} van vorig jaar"),
    "Vos": ("the", "een {w} in de kippenren"),
    "Bos": ("the", "het wandelpad door het {w}"),
    "Berg": ("the", "een {w} grofvuil naast de container"),
    "Dekker": ("the", "de {w} die het rieten dak herstelt"),
    "Brouwer": ("the", "de {w} van het buurtcafé"),
    "Timmerman": ("the", "een {w} voor de trapleuning"),
    "Groen": ("the", "het {w} langs de sloot"),
    "Wit": ("the", "een {w} busje voor de deur"),
    "Zwart": ("the", "een {w} busje voor de deur"),
    "Baas": ("the", "de {w} van de thuiszorgorganisatie"),
    "Koning": ("the", "het bezoek van de {w} aan de wijk"),
    "Hoek": ("the", "de {w} van de straat"),
    "Post": ("the", "de {w} van vorige week"),
    "Kok": ("the", "de {w} van het verzorgingshuis"),
    "Storm": ("the", "de {w} van februari"),
    "Vink": ("the", "een {w} bij vraag 4"),
    "Mol": ("the", "een {w} in het gazon"),
    "Haas": ("the", "een {w} op het sportveld"),
    "Valk": ("the", "een {w} op de kerktoren"),
    "Hamer": ("the", "een {w} en een beitel"),
    "Brink": ("the", "de weekmarkt op de {w}"),
    "Wolf": ("the", "een {w} bij de heide"),
    "Dam": ("the", "de {w} in de sloot"),
    "Beek": ("the", "de {w} achter het huis"),
    "Sluis": ("the", "de {w} bij de jachthaven"),
    "Vogel": ("the", "een {w} in de schoorsteen"),
    "Snoek": ("the", "een {w} in de vijver"),
    "Smid": ("the", "de {w} aan het einde van het dorp"),
    "Schipper": ("the", "de {w} van het pontje"),
    "Steen": ("the", "een {w} door de ruit"),
    "Rijk": ("the", "ik ben niet {w}"),
    "Klein": ("the", "een {w} bedrag"),
    "Lange": ("the", "een {w} wachttijd"),
    "Zwaan": ("the", "een {w} op het ijs"),
    "Kraai": ("the", "een {w} op het dak"),
    "Veen": ("the", "het {w} onder de wijk"),
    "Hooi": ("the", "een baal {w} in de schuur"),
    "Kalf": ("the", "een {w} in de wei"),
    "Merel": ("first", "een {w} in de heg"),
    "Roos": ("first", "een {w} op het graf"),
    "Linde": ("first", "een {w} voor het huis"),
    "Iris": ("first", "de {w} van het oog"),
}

CITIES = [
    "Deventer",
    "Hoogeveen",
    "Emmen",
    "Heerenveen",
    "Venlo",
    "Roermond",
    "Tiel",
    "Gorinchem",
    "Purmerend",
    "Hoorn",
    "Den Helder",
    "Vlaardingen",
    "Schiedam",
    "Zoetermeer",
    "Helmond",
    "Roosendaal",
    "Bergen op Zoom",
    "Terneuzen",
    "Vlissingen",
    "Lelystad",
    "Harderwijk",
    "Ede",
    "Veenendaal",
    "Doetinchem",
    "Winterswijk",
    "Hengelo",
    "Almelo",
    "Meppel",
    "Assen",
    "Leeuwarden",
    "Kampen",
    "Oss",
    "Weert",
    "Heerlen",
    "Sittard",
    "Nieuwegein",
    "Woerden",
    "Gouda",
    "Alkmaar",
    "Zutphen",
]
STREET_A = [
    "Linden",
    "Kastanje",
    "Meidoorn",
    "Wilgen",
    "Populieren",
    "Sleedoorn",
    "Hazelaar",
    "Vlier",
    "Gagel",
    "Berken",
    "Zonnebloem",
    "Kievit",
    "Grutto",
    "Zwaluw",
    "Reiger",
    "Buizerd",
    "Spreeuw",
    "Tjalk",
    "Schouw",
    "Klipper",
    "Koggen",
    "Smids",
    "Weverij",
    "Turf",
    "Dorps",
    "Lijnbaan",
    "Hooiberg",
    "Zuivel",
    "Schans",
    "Vesting",
    "Jeneverbes",
    "Heemst",
    "Duizendblad",
    "Ratelaar",
    "Boekweit",
    "Vlas",
    "Rogge",
    "Harington",
    "Rietgors",
]
STREET_B = [
    "laan",
    "straat",
    "weg",
    "hof",
    "plein",
    "singel",
    "kade",
    "dreef",
    "pad",
    "erf",
    "gracht",
    "wal",
    "steeg",
    "veld",
    "akker",
    "hoeve",
    "stede",
]
PROVIDERS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "home.nl",
    "planet.nl",
    "live.nl",
    "icloud.com",
    "xs4all.nl",
    "hetnet.nl",
    "yahoo.com",
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
MON3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
DEPTS = [
    "Werk en Inkomen",
    "Publiekszaken",
    "Belastingen",
    "Wijkteam Noord",
    "Vergunningen",
    "Handhaving",
    "Schuldhulpverlening",
    "Leerplicht",
    "Wonen en Leefomgeving",
    "Sociaal Domein",
    "Burgerzaken",
    "Parkeerbeheer",
    "Jeugd en Gezin",
    "Beheer Openbare Ruimte",
]
FUNCS = [
    "consulent",
    "klantmanager",
    "wijkcoach",
    "handhaver",
    "beleidsmedewerker",
    "teamleider",
    "baliemedewerker",
    "leerplichtambtenaar",
    "casemanager",
    "behandelaar bezwaarschriften",
    "parkeercontroleur",
    "schuldhulpverlener",
]
SCHEMES = [
    "Participatiewet",
    "Wmo 2015",
    "Jeugdwet",
    "bijzondere bijstand",
    "kwijtschelding",
    "individuele inkomenstoeslag",
    "huurtoeslag",
    "Awb",
    "parkeervergunning",
    "afvalstoffenheffing",
    "leerlingenvervoer",
    "minimaregeling",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
PLATE_LET = "BDFGHJKLNPRSTVXZ"

SUBS_WORD = [
    ("rn", "m"),
    ("m", "rn"),
    ("d", "cl"),
    ("cl", "d"),
    ("l", "1"),
    ("l", "I"),
    ("I", "l"),
    ("i", "l"),
    ("O", "0"),
    ("o", "0"),
    ("e", "c"),
    ("c", "e"),
    ("u", "ii"),
    ("ii", "u"),
    ("S", "5"),
    ("B", "8"),
    ("h", "b"),
    ("n", "ri"),
    ("a", "o"),
    ("t", "l"),
    ("E", "F"),
    ("R", "K"),
    ("N", "H"),
    ("A", "4"),
    ("é", "e"),
    ("é", "Ã©"),
    ("ë", "e"),
    ("ë", "Ã«"),
    ("ü", "u"),
    ("ü", "ii"),
    ("ö", "o"),
    ("ç", "c"),
    ("ş", "s"),
    ("Ş", "S"),
    ("ğ", "g"),
    ("ı", "i"),
    ("ł", "l"),
    ("Ł", "L"),
    ("ą", "a"),
    ("ę", "e"),
    ("ś", "s"),
    ("ó", "o"),
    ("á", "a"),
    ("í", "i"),
    ("ú", "u"),
    ("ã", "a"),
    ("ễ", "e"),
    ("ị", "i"),
    ("ž", "z"),
    ("ć", "c"),
    ("ă", "a"),
    ("ț", "t"),
    ("ñ", "n"),
    ("Í", "I"),
    ("Á", "A"),
    ("ọ", "o"),
    ("ạ", "a"),
    ("ươ", "uo"),
    ("Đ", "D"),
    ("đ", "d"),
    ("Ü", "U"),
    ("Ö", "O"),
    ("ß", "B"),
    ("ô", "o"),
    ("à", "a"),
    ("ư", "u"),
    ("ố", "o"),
    ("ứ", "u"),
    ("ỹ", "y"),
    ("ồ", "o"),
    ("ắ", "a"),
    ("ứ", "u"),
]
SUBS_DIGIT = [("0", "O"), ("1", "l"), ("1", "I"), ("5", "S"), ("8", "B"), ("6", "b"), ("2", "Z")]


def damage(s: str, r, subs=SUBS_WORD, n: int | None = None) -> str:
    """One or two OCR confusions in ``s`` (prefers lost diacritics when there are any)."""
    n = n or r.choice([1, 1, 1, 2])
    for _ in range(n):
        opts = [(a, b) for a, b in subs if a in s]
        dia = [(a, b) for a, b in opts if not a.isascii()]
        if dia and r.random() < 0.7:
            opts = dia
        if not opts:
            break
        a, b = r.choice(opts)
        idx = [i for i in range(len(s)) if s.startswith(a, i)]
        i = r.choice(idx)
        s = s[:i] + b + s[i + len(a) :]
    return s


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=False)) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _iban_num(f"NL00{bank}{acct}") % 97
    return f"NL{chk:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = "".join(c for c in s if c.isalnum()).upper()
    return len(s) == 18 and s[:2] == "NL" and _iban_num(s) % 97 == 1


def dob(r) -> dt.date:
    return dt.date(r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))
