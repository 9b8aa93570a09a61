"""Name, address and number material for fresh20b (helper F20B). Standard library only."""

from __future__ import annotations

import unicodedata

# origin group -> (male first names, female first names, surname prefixes, surname suffixes, whole surnames)
ORIGINS = {
    "nederlands": (
        ["Gerrit", "Wouter", "Joost", "Marnix", "Teun", "Bram", "Gijs", "Rutger"],
        ["Annelies", "Marloes", "Ingeborg", "Wilma", "Femke", "Janneke", "Lotte", "Hanneke"],
        ["Hoog", "Wester", "Oost", "Hul", "Dorre", "Ros", "Brem", "Tiel", "Kleb", "Haver"],
        ["kamp", "ink", "horst", "mans", "ing", "hout", "veld", "beek"],
        [],
    ),
    "nederlands-tussenvoegsel": (
        ["Hendrik", "Maarten", "Willem", "Jeroen", "Sander", "Ruud"],
        ["Margriet", "Sietske", "Carolien", "Ellen", "Mirjam", "Anouk"],
        ["Wilg", "Ham", "Grev", "Zwal", "Elst", "Dorst", "Mieg", "Kalk"],
        ["enburg", "elink", "enbroek", "ewaard", "erkamp", "enhoven"],
        [],
    ),
    "fries": (
        ["Sjoerd", "Wiebe", "Tjeerd", "Jelle", "Fokke", "Hidde", "Eelke"],
        ["Sytske", "Baukje", "Geeske", "Froukje", "Tjitske", "Janke", "Wietske"],
        ["Wier", "Sjaar", "Fokk", "Tjalm", "Hyl", "Eelk", "Jell", "Rinz", "Doum", "Hett"],
        ["stra", "sma", "inga", "ema", "enga"],
        [],
    ),
    "marokkaans": (
        ["Mohamed", "Youssef", "Hamza", "Bilal", "Anouar", "Khalid", "Redouan", "Soufiane"],
        ["Fatima", "Khadija", "Samira", "Houda", "Ikram", "Salma", "Naima"],
        ["Bouz", "Amr", "Ouah", "Tahr", "Azz", "Belh", "Ghar", "Zitt", "Mejd"],
        ["ani", "ouni", "idi", "abi", "ouhi", "ari"],
        [],
    ),
    "turks": (
        ["Mehmet", "Emre", "Burak", "Kerem", "Oğuz", "Serkan", "Volkan"],
        ["Elif", "Zeynep", "Büşra", "Ayşe", "Merve", "Derya", "Gülsüm"],
        ["Kara", "Yıl", "Öz", "Demir", "Kay", "Çel", "Tok", "Gün", "Er"],
        ["dağ", "maz", "soy", "kan", "taş", "oğlu", "türk", "can"],
        [],
    ),
    "surinaams-hindostaans": (
        ["Ravi", "Sunil", "Anand", "Dinesh", "Rakesh", "Sanjay"],
        ["Shanti", "Reshma", "Anjali", "Devika", "Sharmila", "Nirmala"],
        ["Ram", "Jag", "Bal", "Sew", "Chan", "Kal", "Bhag", "Moh"],
        ["lal", "sing", "desh", "oebar", "kisoen", "dien", "adhin"],
        [],
    ),
    "surinaams-creools": (
        ["Errol", "Romeo", "Winston", "Glenn", "Iwan", "Rinaldo"],
        ["Marisca", "Gerda", "Joyce", "Ruthline", "Sheryl", "Ivette"],
        ["Fer", "Wijn", "Pen", "Kas", "Mon", "Zaa", "Blin", "Dou"],
        ["delie", "garde", "vens", "tel", "kom", "nel", "wijk"],
        [],
    ),
    "surinaams-javaans": (
        ["Sarmo", "Kasmin", "Wagiman", "Soekirman", "Paidi"],
        ["Suminah", "Sriwati", "Tuminah", "Kartini", "Sarinah"],
        ["Kar", "Sos", "Was", "Par", "Sard", "Mon"],
        ["ijo", "rowidjojo", "iman", "dikromo", "ikin", "redjo"],
        [],
    ),
    "antilliaans": (
        ["Jurensley", "Shurandy", "Rignald", "Dyron", "Gilbert", "Ruthsel"],
        ["Shudaisy", "Jurdayna", "Chesmaily", "Ruthmila", "Gisienne"],
        ["Mar", "Fran", "Cor", "Isen", "Gira", "Wal", "Koo"],
        ["tina", "cisca", "lia", "ijn", "ier", "do", "ldo"],
        [],
    ),
    "pools": (
        ["Tomasz", "Paweł", "Krzysztof", "Łukasz", "Marek", "Grzegorz"],
        ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Dorota", "Małgorzata"],
        ["Kowal", "Wiśn", "Lewand", "Szym", "Wojc", "Kaczm", "Grab", "Pawl", "Zaj"],
        ["czyk", "ewicz", "iak", "owski", "ański"],
        [],
    ),
    "syrisch": (
        ["Khaled", "Ammar", "Firas", "Wael", "Ghassan", "Tarek"],
        ["Rasha", "Lama", "Hiba", "Rana", "Dima", "Ruba"],
        ["Al-Hal", "Dar", "Shar", "Hamw", "Kas", "Naj", "Al-Ham"],
        ["abi", "wish", "ieh", "jar", "adi", "sour"],
        [],
    ),
    "eritrees": (
        ["Tesfay", "Yonas", "Berhane", "Mehari", "Filmon", "Semere"],
        ["Senait", "Mebrat", "Lidya", "Saba", "Ruta", "Helen"],
        ["Gebre", "Tesfa", "Wolde", "Haile", "Kifle", "Habte"],
        ["mariam", "mikael", "selassie", "giorgis", "yesus", "ab"],
        [],
    ),
    "somalisch": (
        ["Abdirahman", "Abdullahi", "Mahad", "Guled", "Abdiaziz"],
        ["Hodan", "Fadumo", "Ayaan", "Sahra", "Nimco", "Hamdi"],
        ["War", "Far", "Hir", "Ab", "Ad", "Cal"],
        ["same", "ah", "si", "di", "en", "i"],
        [],
    ),
    "chinees": (
        ["Wei", "Hao", "Zhiwei", "Jun", "Xiaoming"],
        ["Jing", "Lili", "Meiling", "Yan", "Xiuying"],
        ["Xiao", "Jia", "Zhi", "Hui"],
        ["ming", "wen", "hua", "ling"],
        ["Guo", "Luo", "Zheng", "Xie", "Deng", "Feng", "Cao", "Peng"],
    ),
    "indonesisch": (
        ["Budi", "Rudy", "Agus", "Hendra", "Joko"],
        ["Wati", "Ratna", "Dewi", "Sri", "Indah"],
        ["Soe", "Wira", "Hadi", "Prawi", "Sastro", "Kusuma"],
        ["harto", "atmadja", "wijaya", "nata", "widjojo", "diredja"],
        [],
    ),
    "molukks": (
        ["Nico", "Max", "Johny", "Frits", "Semuel"],
        ["Wendy", "Yolanda", "Mientje", "Ria", "Grace"],
        ["Latu", "Patti", "Sahe", "Tuhu", "Watti", "Loup", "Rein"],
        ["hihin", "nama", "tapy", "mury", "mena", "atty", "wassa"],
        [],
    ),
    "ghanees": (
        ["Kwame", "Kofi", "Kwabena", "Kojo", "Yaw"],
        ["Akosua", "Abena", "Efua", "Adjoa", "Afua"],
        ["Ow", "Bo", "Agy", "Men", "As", "Dar", "Ant"],
        ["usu", "ateng", "eman", "sah", "are", "ko", "wi"],
        [],
    ),
    "nigeriaans": (
        ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ikenna"],
        ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Funmilayo"],
        ["Oko", "Ade", "Nwa", "Ola", "Eze"],
        ["nkwo", "yemi", "chukwu", "wale", "bayo"],
        [],
    ),
    "duits": (
        ["Jürgen", "Matthias", "Uwe", "Dieter", "Florian"],
        ["Sabine", "Katrin", "Heike", "Ulrike", "Birgit"],
        ["Schwarz", "Lehm", "Kess", "Brau", "Wein", "Zimm"],
        ["mann", "meier", "ler", "bach", "inger", "hardt"],
        [],
    ),
    "vlaams": (
        ["Jens", "Lieven", "Koen", "Wannes", "Pieter-Jan"],
        ["Griet", "Ilse", "Lien", "Katrien", "Elke"],
        ["Vanden", "Ver", "De", "Van"],
        ["broucke", "straete", "meulemeester", "hulle", "poele", "haecke"],
        [],
    ),
    "roemeens": (
        ["Andrei", "Ionuț", "Mihai", "Bogdan", "Cosmin"],
        ["Elena", "Ioana", "Cristina", "Roxana", "Mădălina"],
        ["Pop", "Dum", "Stan", "Con", "Mar", "Vlă"],
        ["escu", "itru", "eanu", "ache", "oiu"],
        [],
    ),
    "bulgaars": (
        ["Georgi", "Dimitar", "Ivaylo", "Stoyan", "Plamen"],
        ["Desislava", "Milena", "Tsvetelina", "Radka", "Boryana"],
        ["Petr", "Stoy", "Kol", "Zhel", "Hrist", "Angel"],
        ["ov", "anov", "ev", "ichkov"],
        [],
    ),
    "afghaans": (
        ["Ahmad", "Farid", "Habib", "Wahid", "Zabihullah"],
        ["Mariam", "Zahra", "Shabnam", "Fereshta", "Nilofar"],
        ["Naz", "Rah", "Sult", "Kar", "Hash", "Pop", "Sah"],
        ["ari", "imi", "ani", "zai", "ak"],
        [],
    ),
    "iraaks": (
        ["Haider", "Mustafa", "Hussein", "Ali", "Karrar"],
        ["Zainab", "Noor", "Fatimah", "Sura", "Ban"],
        ["Al-Sa", "Al-Ju", "Al-Ka", "Al-Ta", "Al-Ma"],
        ["adi", "bouri", "ssar", "mimi", "liki"],
        [],
    ),
    "iraans": (
        ["Reza", "Dariush", "Babak", "Kourosh", "Arash"],
        ["Shirin", "Parisa", "Mahsa", "Golnar", "Roya"],
        ["Teh", "Rost", "Jaf", "Hoss", "Mokht", "Ghol"],
        ["rani", "ami", "ari", "eini", "azi"],
        [],
    ),
    "kaapverdisch": (
        ["Edson", "Nelson", "Adilson", "Djeison", "Helder"],
        ["Djamila", "Jandira", "Neusa", "Ivanilda", "Edna"],
        ["Sem", "Tav", "Fort", "Mont", "Delg", "Var"],
        ["edo", "ares", "eiro", "ado", "ela"],
        [],
    ),
    "portugees": (
        ["João", "Ricardo", "Tiago", "Rui", "Nuno"],
        ["Inês", "Sofia", "Filipa", "Beatriz", "Catarina"],
        ["Carv", "Fern", "Rodr", "Per", "Ol", "Mag"],
        ["alho", "andes", "igues", "eira", "iveira", "alhães"],
        [],
    ),
    "italiaans": (
        ["Giuseppe", "Alessandro", "Matteo", "Lorenzo", "Salvatore"],
        ["Chiara", "Francesca", "Giulia", "Alessia", "Federica"],
        ["Espos", "Bian", "Colom", "Ric", "Mar", "Gal"],
        ["ito", "chi", "elli", "etti", "ino", "one"],
        [],
    ),
    "spaans": (
        ["Javier", "Alejandro", "Pablo", "Sergio", "Iñaki"],
        ["Lucía", "Carmen", "Marta", "Nerea", "Pilar"],
        ["Fern", "Gonz", "Rodr", "Sánch", "Jimén", "Ib"],
        ["ández", "ález", "íguez", "ez", "árruri"],
        [],
    ),
    "vietnamees": (
        ["Văn Minh", "Thanh", "Tuấn", "Quang", "Đức"],
        ["Thị Lan", "Hương", "Linh", "Thu Hà", "Ngọc"],
        [],
        [],
        ["Trần", "Phạm", "Hoàng", "Đặng", "Bùi", "Võ", "Huỳnh", "Dương"],
    ),
    "indiaas": (
        ["Rahul", "Arjun", "Vikram", "Siddharth", "Karthik"],
        ["Sneha", "Pooja", "Kavya", "Lakshmi", "Divya"],
        ["Redd", "Venkat", "Ragh", "Sub", "Krishn", "Nar"],
        ["y", "esan", "avan", "ramanian", "amurthy", "ayanan"],
        [],
    ),
    "pakistaans": (
        ["Imran", "Usman", "Kashif", "Waqas", "Faisal"],
        ["Ayesha", "Sana", "Hira", "Rabia", "Mehwish"],
        ["Chaud", "Qur", "Siddi", "Ans", "Rizw", "Shaf"],
        ["hry", "eshi", "qui", "ari", "an", "ique"],
        [],
    ),
    "oekraiens": (
        ["Oleksandr", "Andriy", "Dmytro", "Bohdan", "Taras"],
        ["Oksana", "Iryna", "Yulia", "Halyna", "Solomiia"],
        ["Shevch", "Koval", "Bond", "Tkach", "Kravch", "Melnych"],
        ["enko", "uk", "arenko", "yshyn"],
        [],
    ),
    "hongaars": (
        ["László", "Zoltán", "Gábor", "Attila", "Bence"],
        ["Katalin", "Zsófia", "Eszter", "Réka", "Ildikó"],
        ["Horv", "Szab", "Kov", "Fark", "Bal", "Mészár"],
        ["áth", "ó", "ács", "as", "ogh", "os"],
        [],
    ),
    "grieks": (
        ["Giorgos", "Nikos", "Kostas", "Stavros", "Yannis"],
        ["Eleni", "Dimitra", "Katerina", "Sofia", "Vasiliki"],
        ["Papad", "Georgi", "Konstant", "Alexi", "Christo", "Stavr"],
        ["opoulos", "inidis", "akis", "idis"],
        [],
    ),
    "egyptisch": (
        ["Mahmoud", "Karim", "Tamer", "Sherif", "Amr"],
        ["Amira", "Dina", "Yasmin", "Heba", "Mona"],
        ["Abdel", "Mans", "Sha", "Fah", "Ghon", "Ez"],
        ["rahman", "our", "hin", "my", "eim", "zat"],
        [],
    ),
    "koerdisch": (
        ["Baran", "Zana", "Serhat", "Azad", "Rênas"],
        ["Rojda", "Dilan", "Berivan", "Hêvîn", "Nesrîn"],
        ["Bar", "Zan", "Ciz", "Hew", "Şer", "Bot"],
        ["zani", "dar", "rawi", "ri", "ler", "xan"],
        [],
    ),
    "filipijns": (
        ["Jericho", "Dindo", "Rommel", "Arnel", "Jomar"],
        ["Maricel", "Rowena", "Marilou", "Jocelyn", "Lorna"],
        ["Mac", "Bag", "Pang", "Sant", "Cat", "Dim"],
        ["apagal", "aoang", "ilinan", "os", "ongco", "ubig", "aculangan"],
        [],
    ),
    "ethiopisch": (
        ["Abebe", "Dawit", "Getachew", "Yohannes", "Tesfaye"],
        ["Tigist", "Meron", "Selam", "Bethlehem", "Hirut"],
        ["Bek", "Tad", "Alem", "Gir", "Meng", "Des"],
        ["ele", "esse", "ayehu", "ma", "istu", "ta"],
        [],
    ),
}

PARTICLE_CHOICES = ["van", "van de", "van der", "de", "ter", "van den", "in 't", "op de", "te", "ten"]

# Dutch words that are also surnames (known-name documents): word -> a sentence with the ordinary use, lower case
KNOWN_WORDS = {
    "visser": "Een visser op de steiger zag de auto rond 23:40 uur wegrijden.",
    "bakker": "Volgens de bakker op de hoek staat de bestelbus daar elke ochtend.",
    "schipper": "De schipper van de woonboot naast de kade hoorde het geschreeuw ook.",
    "koster": "De koster van de kerk heeft het hek na de avonddienst afgesloten.",
    "timmerman": "Een timmerman die aan de overkant werkte, bevestigde de tijden.",
    "brouwer": "De lokale brouwer levert zelf aan het café en laadt dan op de stoep.",
    "slager": "De slager aan de Markt heeft camerabeelden van de voorkant.",
    "kok": "Een kok van het restaurant zette om 23:00 uur het afval buiten.",
    "koning": "Op de dag van de koning was het de hele middag druk in de straat.",
    "vos": "Betrokkene verklaarde dat een vos de vuilniszakken had opengescheurd.",
    "wolf": "In de buurtapp werd een melding van een wolf gedeeld; dat bleek een herdershond.",
    "bos": "De hond liep los in het bos achter de sporthal.",
    "hoek": "De container staat sinds maandag op de hoek van het plein.",
    "winter": "Afgelopen winter is hierover ook al een melding gedaan.",
    "storm": "Na de storm van vorige week lag er nog steeds puin op het trottoir.",
    "koopman": "Een koopman van de weekmarkt stond met zijn wagen op de stoep.",
    "jager": "Een jager uit de omgeving meldde schoten in het natuurgebied.",
    "meester": "De meester van groep 7 belde over auto's op het schoolplein.",
    "baas": "Melder zei dat de baas van de garage de wrakken laat staan.",
    "post": "De brief is per post en per e-mail verzonden.",
    "groen": "Het groen langs de sloot is vernield door de scooters.",
    "zwart": "Er stond een zwart busje met draaiende motor bij de ingang.",
    "wit": "Op het plein stond een wit busje zonder kentekenplaten.",
    "veen": "De auto is in het veen naast de dijk vast komen te zitten.",
    "beek": "Langs de beek is afval gedumpt: matrassen en bouwpuin.",
    "molenaar": "De molenaar van de korenmolen heeft de jongeren aangesproken.",
    "smid": "Een smid in de werkplaats ernaast klaagt over het lawaai.",
    "klein": "Het ging om een klein bedrag, maar de overlast is groot.",
    "lang": "De muziek stond die nacht lang en hard aan.",
    "kroon": "Een kroon van de lantaarnpaal is bij de aanrijding afgebroken.",
    "haven": "De boot lag zonder vergunning in de haven.",
    "mol": "De tuin ligt vol gaten van een mol, niet van de hond zoals gemeld.",
    "vink": "Buurvrouw zet zaadbollen buiten voor een vink en trekt zo ratten aan.",
    "valk": "Bij de ingang van het park hangt een nestkast voor een valk.",
    "schaap": "Een schaap was uit de wei ontsnapt en liep op de rotonde.",
    "roos": "De roos in de voortuin is vernield door de vuurwerkbom.",
    "steen": "Door de ruit is een steen gegooid.",
    "zand": "Er is zand op het fietspad gestort door de aannemer.",
    "regen": "Door de regen waren de sporen op de stoep niet meer te zien.",
    "poort": "De poort van de achterom staat altijd open.",
    "brug": "Jongeren hingen tot laat op de brug bij het water.",
    "toren": "Vanaf de toren van de kerk is de wijk goed te overzien.",
    "stam": "De stam van de boom is beschadigd door de aanrijding.",
    "pauw": "Er loopt een pauw los door de wijk die 's ochtends schreeuwt.",
    "kraai": "Een kraai pikt de afvalzakken open als ze te vroeg buiten staan.",
    "mees": "Het nestkastje voor een mees is van de gevel getrokken.",
    "hert": "Een hert stak de weg over; de bestuurder remde en raakte de paal.",
    "blom": None,
    "knecht": "De knecht van de boer rijdt met de trekker door de woonwijk.",
    "wagenaar": None,
    "hoogland": None,
    "herder": "Een herder liep met de kudde over de dijk.",
    "kuiper": None,
    "snijder": None,
    "zanger": "Een zanger op het terras zong tot na middernacht.",
    "boon": "Hij had geen boon gegeten van de waarschuwing, zei hij.",
    "peer": "Er is een peer van de lantaarnpaal kapot gegooid.",
    "appel": "Naast het hek ligt rottend fruit, vooral appel en peer.",
    "kruis": "De plek is op de kaart met een kruis gemarkeerd.",
    "stoel": "Er stond een stoel op de parkeerplaats om de plek vrij te houden.",
    "tafel": "Op het balkon stond een tafel vol lege flessen.",
    "deur": "De deur van de berging stond open.",
    "bron": "Als bron van de geur werd de schuur aangewezen.",
    "kasteel": "Achter het kasteel is het parkeerterrein ook 's nachts vol.",
    "spijker": "In de band zat een spijker; mogelijk opzettelijk.",
    "bode": "Een bode van de rechtbank bezorgde de stukken.",
    "rechter": "Hij wil de zaak aan een rechter voorleggen.",
    "dekker": None,
    "vogel": "Een vogel zat vast in het net boven de container.",
    "duif": "Buren voeren elke dag een duif of tien op het balkon.",
    "zon": "Vanwege de zon waren de camerabeelden overbelicht.",
}
KNOWN_WORDS = {k: v for k, v in KNOWN_WORDS.items() if v}

STREET_PRE = [
    "Lijsterbes",
    "Meidoorn",
    "Kievit",
    "Grutto",
    "Zonnebloem",
    "Klaproos",
    "Goudsbloem",
    "Vlier",
    "Wilgen",
    "Essen",
    "Hazelaar",
    "Boekweit",
    "Koren",
    "Vlas",
    "Zilverschoon",
    "Dotter",
    "Fazant",
    "Merel",
    "Reiger",
    "Kwartel",
    "Tulpen",
    "Jasmijn",
    "Rozemarijn",
    "Tijm",
    "Salie",
    "Smeden",
    "Kuipers",
    "Wevers",
    "Lakenblekers",
    "Touwslagers",
    "Ketel",
    "Sluis",
    "Dijkgraaf",
    "Polder",
    "Noorder",
    "Oostervaart",
    "Pieren",
    "Berken",
    "Elzen",
    "Eiken",
    "Linden",
    "Kastanje",
    "Wolweg",
    "Zeef",
    "Hoefslag",
    "Buitenwal",
    "Stations",
    "Industrie",
    "Lupine",
    "Akelei",
    "Distel",
    "Varen",
]
STREET_SUF = [
    "straat",
    "laan",
    "weg",
    "hof",
    "plein",
    "singel",
    "kade",
    "dreef",
    "pad",
    "erf",
    "steeg",
    "gracht",
    "ring",
    "baan",
]

TOWNS = [
    "Zaandam",
    "Deventer",
    "Almelo",
    "Schiedam",
    "Lelystad",
    "Helmond",
    "Vlaardingen",
    "Hoorn",
    "Emmen",
    "Roosendaal",
    "Tiel",
    "Kampen",
    "Gouda",
    "Purmerend",
    "Heerlen",
    "Oss",
    "Harderwijk",
    "Sneek",
    "Venlo",
    "Zutphen",
    "Alkmaar",
    "Hengelo",
    "Assen",
    "Gorinchem",
    "Den Helder",
    "Terneuzen",
    "Weert",
    "Meppel",
]

BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MAILHOSTS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "hetnet.nl",
    "yahoo.com",
    "proton.me",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = "".join(s.split()).upper()
    if len(s) < 15:
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in base))
    chk = 98 - num % 97
    return f"NL{chk:02d}{bank}{acct}"
