"""Name material for fresh38c: first names and surname parts per origin group, composed so most are on no list."""

from __future__ import annotations

import unicodedata

# origin: (first names, surname heads, surname tails or None for a whole-surname list, particles)
ORIGINS = {
    "Nederlands": (
        ["Gerrit", "Ineke", "Joost", "Marieke", "Hendrik", "Annelies", "Teun", "Dorien", "Wouter", "Gea"],
        ["Harm", "Wester", "Ooster", "Holt", "Kloos", "Bree", "Damme", "Lin", "Ruyg", "Stoot"],
        ["enbrink", "kamp", "veld", "huizen", "mans", "ink", "rooij", "horst", "hof", "erink"],
        ["van", "van der", "de", "van den", "ter", "in 't", "op de", "ten", "van de", ""],
    ),
    "Fries": (
        ["Sjoerd", "Wytske", "Hylke", "Baukje", "Tjeerd", "Sytske", "Fokke", "Geeske", "Jelle", "Anneke"],
        ["Hoek", "Bouw", "Tsjall", "Sikk", "Jel", "Wierd", "Rinz", "Hett", "Dijk", "Poept"],
        ["stra", "sma", "inga", "ema", "ma", "enga"],
        [""],
    ),
    "Marokkaans": (
        ["Nordin", "Ilham", "Soufiane", "Loubna", "Youssra", "Hamza", "Zakaria", "Siham"],
        ["El Ham", "El Bouk", "Mouh", "Ouaz", "Ben Kadd", "Azz", "Ait Bel"],
        ["dioui", "hari", "ouchi", "ani", "ouli", "imi"],
        [""],
    ),
    "Turks": (
        ["Emre", "Büşra", "Kaan", "Elif", "Serkan", "Gülşen", "Burak", "Zeynep", "Oğuz", "Sevgi"],
        ["Kara", "Ak", "Demir", "Yıl", "Öz", "Gün", "Tas", "Er"],
        ["oğlu", "soy", "kaya", "dağ", "türk", "han", "can", "ses"],
        [""],
    ),
    "Surinaams-Creools": (
        ["Marciano", "Ruthline", "Errol", "Gerda", "Romano", "Ivanka"],
        ["Sab", "Kerp", "Fren", "Lige", "Pawi", "Hal"],
        ["ajo", "ens", "kel", "oen", "oem", "lie"],
        [""],
    ),
    "Hindoestaans": (
        ["Ravi", "Shanti", "Anand", "Radjinie", "Vishal", "Kavita"],
        ["Ram", "Sew", "Mahab", "Jagr", "Bhag", "Chote"],
        ["sahai", "nath", "ier", "oep", "walsingh", "lal"],
        [""],
    ),
    "Javaans-Surinaams": (
        ["Soekirman", "Wagiman", "Sriyati", "Painem", "Soenarto"],
        ["Kar", "Sos", "Ons", "Moes", "Wong"],
        ["odikromo", "ropawiro", "tirto", "redjo", "semito"],
        [""],
    ),
    "Antilliaans": (
        ["Jurgen", "Shurendy", "Giselle", "Quincy", "Ruthmila", "Dwight"],
        ["Marti", "Cel", "Frans", "Mer", "Wal", "Isen"],
        ["na", "estina", "ina", "ies", "ia"],
        [""],
    ),
    "Pools": (
        ["Krzysztof", "Agnieszka", "Paweł", "Małgorzata", "Tomasz", "Joanna"],
        ["Kowal", "Nowak", "Grab", "Lewand", "Sob", "Pietrz"],
        ["czyk", "owski", "iak", "ewicz"],
        [""],
    ),
    "Syrisch": (
        ["Rami", "Nour", "Ghaith", "Rasha", "Lama", "Yazan"],
        ["Al-Hassa", "Al-Khat", "Al-Dar", "Al-Masr", "Al-Shaq", "Al-Zoub"],
        ["ni", "ib", "wish", "i", "ra"],
        [""],
    ),
    "Eritrees": (
        ["Tesfay", "Senait", "Yonas", "Mehari", "Semhar", "Filmon"],
        ["Gebre", "Tekle", "Habte", "Wolde", "Kidane"],
        ["mariam", "haimanot", "giorgis", "selassie", "mikael"],
        [""],
    ),
    "Somalisch": (
        ["Faadumo", "Abdirahman", "Hodan", "Ayaan", "Liban", "Sahra"],
        ["Wars", "Cab", "Xir", "Guul", "Dhuux"],
        ["ame", "dille", "si", "eed", "ow"],
        [""],
    ),
    "Chinees": (
        ["Xiaoling", "Meihua", "Jiawen", "Zhijun", "Yuyan", "Lihua"],
        ["Zheng", "Liang", "Tsang", "Lam", "Kwok", "Cheung"],
        None,
        [""],
    ),
    "Indonesisch": (
        ["Dewi", "Sutrisno", "Ratna", "Bambang", "Indah", "Wulan"],
        ["Soe", "Wiria", "Pran", "Hadi", "Kusu"],
        ["harto", "atmadja", "oto", "winata", "mito"],
        [""],
    ),
    "Ghanees": (
        ["Kwame", "Akosua", "Kofi", "Efua", "Yaw", "Abena"],
        ["Ofo", "Asa", "Bon", "Owu", "Agye"],
        ["ri", "nte", "su", "man", "mang", "ku"],
        [""],
    ),
    "Kaapverdisch": (
        ["Djenifer", "Nilton", "Odair", "Edna", "Zulmira"],
        ["Tav", "Semed", "Fort", "Monte"],
        ["ares", "o", "es", "iro"],
        [""],
    ),
    "Italiaans": (
        ["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica"],
        ["Bell", "Cava", "Ross", "Fior", "Marz"],
        ["ini", "etti", "elli", "ucci", "ano"],
        [""],
    ),
    "Spaans": (
        ["Álvaro", "Lucía", "Iñigo", "Pilar", "Begoña"],
        ["Fern", "Gar", "Izqu", "Mendi", "Ech"],
        ["ández", "rido", "ierdo", "zábal", "everría"],
        [""],
    ),
    "Duits": (
        ["Jürgen", "Heike", "Uwe", "Birgit", "Dörte"],
        ["Schwarz", "Kling", "Wein", "Brück", "Ruhl"],
        ["mann", "bauer", "hammer", "müller", "enberg"],
        [""],
    ),
    "Vlaams": (
        ["Wannes", "Lieve", "Jef", "Griet", "Lowie"],
        ["Vermeul", "Claes", "Goos", "Verhaeg", "Deck"],
        ["en", "sens", "ens", "ers"],
        ["", "De", "Van"],
    ),
    "Afghaans": (
        ["Farid", "Mursal", "Hamid", "Zarmina", "Wahid"],
        ["Ahmad", "Nazar", "Sult", "Hakim", "Rahim"],
        ["zai", "i", "khel", "yar", "ullah"],
        [""],
    ),
    "Iraans": (
        ["Shirin", "Arash", "Kaveh", "Nasrin", "Babak"],
        ["Rez", "Moh", "Tehr", "Kaz", "Jaf"],
        ["aei", "ammadi", "ani", "emi", "zadeh"],
        [""],
    ),
    "Koerdisch": (
        ["Dilan", "Rebin", "Shilan", "Kawa", "Hozan"],
        ["Bar", "Zebar", "Tal", "Hawr", "Saf"],
        ["zani", "abani", "ami", "ini"],
        [""],
    ),
    "Vietnamees": (
        ["Minh", "Thanh", "Huong", "Duc", "Ngoc"],
        ["Nguyen", "Tran", "Pham", "Vo", "Dang", "Bui", "Hoang"],
        None,
        [""],
    ),
    "Indiaas": (
        ["Arjun", "Priyanka", "Siddharth", "Kavya", "Rohan"],
        ["Venk", "Subram", "Krish", "Rag", "Nar"],
        ["atesh", "anian", "namurthy", "havan", "ayanan"],
        [""],
    ),
    "Bulgaars": (
        ["Dimitar", "Desislava", "Ivaylo", "Tsvetelina"],
        ["Petr", "Dimitr", "Stoy", "Georgi", "Kost"],
        ["ov", "anov", "ev", "adinov"],
        [""],
    ),
    "Roemeens": (
        ["Ionuț", "Andreea", "Florin", "Mihaela"],
        ["Pop", "Dumitr", "Ionesc", "Stan", "Munte"],
        ["escu", "ache", "eanu", "anu"],
        [""],
    ),
    "Oekraïens": (
        ["Oleksandr", "Oksana", "Bohdan", "Iryna"],
        ["Shevch", "Kovalen", "Bond", "Tkach", "Melnych"],
        ["enko", "uk", "arenko", "yk"],
        [""],
    ),
    "Hongaars": (
        ["Zoltán", "Katalin", "Gergely", "Eszter"],
        ["Szab", "Horv", "Nagyk", "Tót", "Kov"],
        ["ó", "áth", "ács", "ári"],
        [""],
    ),
    "Grieks": (
        ["Giorgos", "Eleni", "Nikos", "Katerina"],
        ["Papad", "Kost", "Georg", "Nikol", "Vlach"],
        ["opoulos", "akis", "idis", "ou"],
        [""],
    ),
    "Nigeriaans": (
        ["Chinedu", "Ngozi", "Emeka", "Adaeze"],
        ["Okon", "Adey", "Nwach", "Ezen", "Obi"],
        ["kwo", "emi", "ukwu", "agu", "ora"],
        [""],
    ),
    "Moluks": (
        ["Femmy", "Ronny", "Wempy", "Yolanda"],
        ["Latu", "Pattin", "Tuhu", "Sahet", "Wattim"],
        ["hamallo", "asarany", "lele", "apy", "ena"],
        [""],
    ),
    "Filipijns": (
        ["Maricel", "Jerome", "Rowena", "Arnel"],
        ["Mang", "Bautis", "Villa", "Maca", "Sant"],
        ["ubat", "ta", "nueva", "raeg", "os"],
        [""],
    ),
    "Braziliaans": (
        ["Thiago", "Larissa", "Rafaela", "Caio"],
        ["Olive", "Carv", "Siqu", "Albuq"],
        ["ira", "alho", "eira", "uerque"],
        [""],
    ),
}

# Known-name material: (particle, surname, ordinary lower-case word, sentence using the word)
KNOWN = [
    ("", "Visser", "visser", "Hij werkt al dertig jaar als visser vanuit deze haven."),
    ("", "Schipper", "schipper", "Volgens de schipper van de rondvaartboot lag de steiger vol troep."),
    ("", "Stuurman", "stuurman", "Zijn zoon vaart als stuurman op een binnenvaartschip."),
    ("", "Zeeman", "zeeman", "Een oud-zeeman uit de buurt hielp met het losmaken van de trossen."),
    ("", "Boot", "boot", "De boot ligt sinds de winter half onder water."),
    ("", "Storm", "storm", "Na de storm van oktober waren drie meerpalen afgebroken."),
    ("", "Anker", "anker", "Het schip lag twee nachten voor anker buiten de havenmond."),
    ("", "Mast", "mast", "Bij het passeren raakte de mast de onderkant van de brug."),
    ("", "Schuit", "schuit", "Naast de loods ligt een oude schuit die niemand meer gebruikt."),
    ("", "Vlot", "vlot", "Kinderen van de zeilschool bouwden een vlot van pallets."),
    ("", "Kok", "kok", "Ze werkt als kok op een rondvaartboot in het zomerseizoen."),
    ("", "Kreeft", "kreeft", "In het voorjaar vangt hij vooral kreeft en krab."),
    ("", "Snoek", "snoek", "Sportvissers vangen hier in het najaar veel snoek."),
    ("", "Haring", "haring", "De eerste haring van het seizoen werd op de kade verkocht."),
    ("van der", "Sluis", "sluis", "Het duurde bijna een uur voordat de sluis weer openging."),
    ("van der", "Brug", "brug", "Op zaterdag bleef de brug twintig minuten dicht staan."),
    ("van", "Dijk", "dijk", "Het pad langs de dijk is afgesloten voor auto's met een trailer."),
    ("van der", "Veer", "veer", "Het veer naar de overkant vaart in de winter maar eens per uur."),
    ("van der", "Meer", "meer", "Op het meer staat 's middags vaak een stevige wind."),
    ("van de", "Water", "water", "Het water in de binnenhaven staat dit jaar opvallend laag."),
    ("van der", "Wal", "wal", "Vanaf de wal is de schade aan het achterschip goed te zien."),
]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("ı", "i").replace("ș", "s").replace("ț", "t").replace("ø", "o")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
