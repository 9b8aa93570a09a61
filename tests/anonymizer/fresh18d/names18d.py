"""Name material for fresh18d: first names and surname parts per origin group, composed so that most surnames are on
no common list. Standard library only."""

# origin: (first names, surname prefixes, surname suffixes)   a prefix ending in a space stays a separate word
ORIGINS = {
    "Nederlands": (
        ["Daan", "Sem", "Fenna", "Tijn", "Evi", "Mees", "Jikke", "Luuk", "Nova", "Bram", "Ilse", "Wouter"],
        ["Hof", "Brink", "Wester", "Kamp", "Molen", "Gaas", "Hout", "Reep", "Slot", "Dorren"],
        ["meijer", "huis", "ink", "sma", "kamp", "ers", "hoven", "boom"],
    ),
    "Nederlands met tussenvoegsel": (
        ["Jesse", "Lieke", "Thijs", "Roos", "Gijs", "Femke", "Stijn", "Marloes"],
        ["van de ", "van der ", "de ", "ter ", "van den ", "in 't ", "op de ", "ten ", "van "],
        ["Wouden", "Berkel", "Heuvelen", "Linde", "Meeren", "Hoeve", "Gaarden", "Brugge", "Velde", "Kolk"],
    ),
    "Fries": (
        ["Sjoerd", "Wytske", "Jelle", "Durk", "Sytske", "Tjitske", "Hylke", "Baukje"],
        ["Terp", "Wijn", "Bouw", "Zijl", "Kuip", "Sint", "Hett", "Rein"],
        ["stra", "sma", "inga", "enga", "ema"],
    ),
    "Marokkaans": (
        ["Yassine", "Imane", "Bilal", "Soufiane", "Salma", "Ilias", "Nouhaila", "Anouar", "Hajar", "Mohamed"],
        ["El Ouaz", "Ben Hadd", "El Bakk", "Amr", "Azzou", "Kharb", "Bouzi", "El Moud"],
        ["ani", "ouchi", "ach", "ari", "iti", "oudi"],
    ),
    "Turks": (
        ["Emre", "Zeynep", "Mert", "Elif", "Kerem", "Büşra", "Yusuf", "Ecem"],
        ["Kara", "Ak", "Öz", "Yıl", "Demir", "Gül", "Tun", "Er"],
        ["taş", "doğan", "oğlu", "can", "soy", "dağ", "türk"],
    ),
    "Surinaams-Hindostaans": (
        ["Ravi", "Anjali", "Sunil", "Priya", "Vishal", "Shanti"],
        ["Ram", "Jag", "Bhag", "Sew", "Mang", "Baldew"],
        ["dhan", "sing", "lall", "oebar", "roep", "nandan"],
    ),
    "Surinaams-Creools": (
        ["Jermaine", "Shaniqua", "Quincy", "Romano", "Naomie", "Dwight"],
        ["Doel", "Sed", "Kor", "Nel", "Waal", "Lijn"],
        ["wijt", "ney", "ting", "om", "dorp", "zaal"],
    ),
    "Antilliaans": (
        ["Jurensley", "Shurendy", "Gianella", "Dyonne", "Jair", "Sharifa"],
        ["Martij", "Cos", "Isen", "Fran", "Lour", "Stat"],
        ["na", "ia", "ela", "cisca", "ens"],
    ),
    "Pools": (
        ["Kacper", "Zuzanna", "Mateusz", "Oliwia", "Jakub", "Wiktoria"],
        ["Kowal", "Nowa", "Wiśniew", "Zieliń", "Grabow", "Kamiń"],
        ["ski", "ska", "czyk", "ewicz"],
    ),
    "Syrisch": (
        ["Rami", "Lana", "Omar", "Rasha", "Tarek", "Nour"],
        ["Al-Hamw", "Al Masr", "Shami", "Halab", "Al-Khat", "Darw"],
        ["i", "ieh", "ani", "ib", "ish"],
    ),
    "Eritrees": (
        ["Yonas", "Senait", "Filmon", "Helen", "Mussie", "Ruta"],
        ["Tesf", "Gebre", "Habte", "Weld", "Kidan", "Berh"],
        ["ay", "mariam", "mikael", "u", "ane"],
    ),
    "Somalisch": (
        ["Abdirahman", "Hodan", "Liban", "Ayaan", "Mahad", "Sagal"],
        ["Wars", "Far", "Guled", "Ism", "Hir", "Abdul"],
        ["ame", "ah", "le", "ail", "si", "qadir"],
    ),
    "Chinees": (
        ["Jiayi", "Hao", "Xinyi", "Zhen", "Yuxuan", "Weilin"],
        ["Ch", "Zh", "Ts", "Ch", "W", "Hu"],
        ["en", "ou", "ang", "eung", "ong"],
    ),
    "Indonesisch": (
        ["Dewi", "Budi", "Sari", "Rizky", "Putri", "Arif"],
        ["Soe", "Wira", "Sastro", "Hadi", "Koes", "Praw"],
        ["harto", "atmadja", "widjojo", "kusumo", "sono", "iro"],
    ),
    "Ghanees": (
        ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua"],
        ["Asan", "Ofor", "Mens", "Boat", "Owus", "Add"],
        ["te", "ah", "u", "eng", "ku", "i"],
    ),
    "Afghaans": (
        ["Farid", "Mariam", "Wahid", "Zahra", "Naveed", "Sodaba"],
        ["Popal", "Sultan", "Rahim", "Hakim", "Nazar", "Karim"],
        ["zai", "i", "yar", "khel"],
    ),
    "Koerdisch": (
        ["Kawa", "Rojin", "Shvan", "Dilan", "Baran", "Hêvî"],
        ["Bar", "Zan", "Shex", "Hawr", "Soran", "Amed"],
        ["zani", "gana", "o", "ami", "di"],
    ),
    "Iraans": (
        ["Arash", "Shirin", "Kaveh", "Niloufar", "Dariush", "Parisa"],
        ["Moh", "Rez", "Ahmad", "Tehr", "Jaf", "Sol"],
        ["ammadi", "aei", "inejad", "ani", "tani"],
    ),
    "Vietnamees": (
        ["Minh", "Linh", "Tuan", "Thao", "Khanh", "Hoa"],
        ["Ngu", "Tr", "Ph", "Hoa", "Hu", "Du"],
        ["yen", "an", "am", "ng", "ynh"],
    ),
    "Bulgaars": (
        ["Dimitar", "Ralitsa", "Georgi", "Desislava", "Stoyan", "Yana"],
        ["Petk", "Dimitr", "Stoy", "Todor", "Angel", "Vlad"],
        ["ov", "ova", "ev", "eva", "chev"],
    ),
    "Roemeens": (
        ["Andrei", "Ioana", "Mihai", "Bianca", "Florin", "Alexandra"],
        ["Pop", "Ion", "Dum", "Stan", "Radu", "Munt"],
        ["escu", "eanu", "ache", "ian"],
    ),
    "Oekraïens": (
        ["Oleksandr", "Sofiia", "Bohdan", "Anastasiia", "Taras", "Yuliia"],
        ["Shevch", "Kovalen", "Bondar", "Tkach", "Melnych", "Savch"],
        ["enko", "uk", "yshyn", "ak"],
    ),
    "Kaapverdiaans": (
        ["Nelson", "Adilsa", "Ivanildo", "Edna", "Rui", "Jandira"],
        ["Mont", "Tav", "Fort", "Lop", "Card", "Sem"],
        ["eiro", "ares", "es", "oso", "edo"],
    ),
    "Italiaans": (
        ["Matteo", "Giulia", "Luca", "Chiara", "Lorenzo", "Francesca"],
        ["Ross", "Bianch", "Ferr", "Esposit", "Colomb", "Ricc"],
        ["ini", "etti", "ello", "one"],
    ),
    "Spaans": (
        ["Pablo", "Lucía", "Javier", "Carmen", "Diego", "Marta"],
        ["Fern", "Rodr", "Gonz", "Mart", "Sánch", "Lóp"],
        ["ández", "íguez", "ález", "ínez"],
    ),
    "Duits": (
        ["Jonas", "Lena", "Lukas", "Hannah", "Felix", "Marie"],
        ["Schr", "Hoff", "Zimmer", "Wagn", "Kell", "Brandt"],
        ["öder", "mann", "meier", "ner", "huber"],
    ),
    "Vlaams": (
        ["Wout", "Lien", "Jens", "Fien", "Seppe", "Ine"],
        ["Ver", "Van", "De ", "Vande"],
        ["hulst", "damme", "Meyer", "cauteren", "walle", "Clercq"],
    ),
    "Moluks": (
        ["Semuel", "Yolanda", "Reinier", "Femmy", "Jacobus", "Nona"],
        ["Latu", "Tahap", "Rehat", "Huwa", "Pattiw", "Sahu"],
        ["heru", "ael", "lessy", "sina", "ry"],
    ),
    "Nigeriaans": (
        ["Chidi", "Ngozi", "Emeka", "Adaeze", "Tunde", "Folake"],
        ["Okon", "Adeb", "Olu", "Nwa", "Eze", "Obi"],
        ["kwo", "ayo", "wole", "nze", "chukwu"],
    ),
    "Ethiopisch": (
        ["Dawit", "Meron", "Abel", "Hiwot", "Bereket", "Tigist"],
        ["Tadess", "Alem", "Bekel", "Gir", "Hail", "Asf"],
        ["e", "u", "ma", "aw"],
    ),
    "Bosnisch": (
        ["Emir", "Amra", "Adnan", "Lejla", "Haris", "Selma"],
        ["Hod", "Bego", "Mehm", "Hasan", "Deli", "Kova"],
        ["žić", "vić", "edović", "bašić"],
    ),
    "Indiaas": (
        ["Arjun", "Ananya", "Rohan", "Kavya", "Siddharth", "Isha"],
        ["Ven", "Krish", "Raghu", "Subra", "Nara", "Iyen"],
        ["katesan", "namurthy", "nathan", "manian", "gar"],
    ),
    "Pakistaans": (
        ["Hamza", "Ayesha", "Zainab", "Usman", "Mahnoor", "Fahad"],
        ["Qur", "Chaud", "Bhat", "Mali", "Sidd", "Ranaw"],
        ["eshi", "hry", "ti", "iqui", "at"],
    ),
    "Filipijns": (
        ["Jomar", "Kristine", "Jericho", "Maricel", "Paolo", "Angelica"],
        ["Dela ", "Bau", "Mana", "Pang", "Mac", "Sant"],
        ["Cruz", "tista", "ilinan", "araeg", "iago"],
    ),
    "Grieks": (
        ["Nikos", "Eleni", "Giorgos", "Katerina", "Yannis", "Despina"],
        ["Papad", "Georgi", "Konst", "Nikol", "Alex", "Dimitr"],
        ["opoulos", "akis", "idis", "iou"],
    ),
}

NICKS = {
    "Mohamed": "Mo",
    "Soufiane": "Souf",
    "Yusuf": "Yus",
    "Zeynep": "Zey",
    "Abdirahman": "Abdi",
    "Oleksandr": "Sasha",
    "Anastasiia": "Nastya",
    "Siddharth": "Sid",
    "Jurensley": "Juju",
    "Shurendy": "Shu",
    "Wiktoria": "Wika",
    "Mateusz": "Matti",
    "Giorgos": "Gio",
    "Francesca": "Fra",
    "Katerina": "Kat",
    "Dimitar": "Mitko",
    "Bereket": "Bek",
    "Niloufar": "Nilou",
    "Jandira": "Jandi",
    "Ivanildo": "Ivan",
    "Marloes": "Loes",
    "Wouter": "Wout",
    "Tjitske": "Tjits",
    "Nouhaila": "Nouh",
    "Alexandra": "Alex",
    "Lorenzo": "Enzo",
}

# known-name words: surname, ordinary lower-case use (the word is {w})
KNOWN = [
    ("Snel", "kan iemand {w} reageren, de termijn loopt bijna af"),
    ("Klein", "het gaat maar om een {w} bedrag van € 48"),
    ("de Groot", "het probleem is veel te {w} geworden voor een kind"),
    ("de Jong", "ze is nog {w} en snapt die brief gewoon niet"),
    ("de Wit", "er stond de hele avond een {w} busje bij de skatebaan"),
    ("Bakker", "hij werkt op zaterdag bij de {w} op de hoek"),
    ("Visser", "zijn opa was {w} en voer elke week uit"),
    ("Koster", "de {w} van de kerk opent de zaal voor ons"),
    ("Kok", "ze wil later {w} worden, daarom die opleiding"),
    ("Schipper", "de {w} van de pont kent ons allemaal"),
    ("Timmerman", "een {w} uit de wijk heeft de rampen gebouwd"),
    ("Bos", "achter het {w} bij de sportvelden is het donker"),
    ("Vos", "er loopt 's nachts een {w} over het veld"),
    ("de Haas", "er zat een {w} midden op het sportveld"),
    ("Koning", "hij deed alsof hij {w} was van de buurt"),
    ("Hoek", "om de {w} bij het buurthuis staat de bus"),
    ("Storm", "na de {w} van vorige week lag het hek plat"),
    ("Winter", "deze {w} is het buiten te koud om te chillen"),
    ("Berg", "er ligt een {w} papierwerk op de keukentafel"),
    ("Post", "de brief kwam pas dinsdag met de {w} binnen"),
    ("Baas", "zijn {w} bij de supermarkt wil een rooster hebben"),
    ("Vink", "je moet een {w} zetten achter het juiste vakje"),
    ("Lang", "het duurt echt veel te {w} allemaal"),
    ("Kort", "de termijn was veel te {w} voor ons"),
    ("Sterk", "ze staat {w} in haar schoenen"),
    ("Stam", "de {w} van de oude eik is omgezaagd"),
    ("Beek", "langs de {w} achter de school hangen ze"),
    ("Wolf", "hij is een {w} in schaapskleren volgens de buren"),
    ("Schaap", "ze voelt zich het zwarte {w} van de klas"),
    ("Vogel", "een {w} had een nest gebouwd in de goot"),
]
