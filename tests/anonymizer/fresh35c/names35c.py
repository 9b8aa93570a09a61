"""Name, street and number material for make_fresh35c.py (standard library only).

Surnames and many first names are composed from origin-typical parts, so that most of them are on no common list.
"""

from __future__ import annotations

# origin -> (male first names, female first names, surname prefixes, surname suffixes, joiner)
ORIGINS = {
    "dutch": (
        ["Gerben", "Thijmen", "Wouter", "Reinier", "Joost", "Maarten", "Sander", "Ruben"],
        ["Annelot", "Marieke", "Femke", "Lieke", "Willemijn", "Ilse", "Marloes", "Janneke"],
        [
            "Wester",
            "Ooster",
            "Breed",
            "Klaver",
            "Esse",
            "Berken",
            "Hazel",
            "Slooten",
            "Wolde",
            "Rijs",
            "Kolder",
            "Stege",
            "Harsel",
            "Velthu",
            "Grevel",
        ],
        ["kamp", "broek", "horst", "beek", "werf", "ink", "voort", "lo", "hage", "schot"],
        "",
    ),
    "dutch_particle": (
        ["Hendrik", "Floris", "Bart", "Olivier", "Diederik", "Casper", "Teun", "Gijs"],
        ["Josefien", "Evelien", "Hester", "Mathilde", "Roosmarijn", "Anouk", "Margriet", "Sietske"],
        ["Hoog", "Zand", "Leeu", "Graaf", "Esch", "Wijn", "Maar", "Oud", "Rhe", "Brakel"],
        ["veld", "dijke", "hoven", "wen", "ese", "stein", "beke", "hout", "enberg", "land"],
        "",
    ),
    "frisian": (
        ["Wiebren", "Jelmer", "Sietse", "Auke", "Ype", "Durk", "Halbe", "Jorrit"],
        ["Tsjitske", "Froukje", "Gerbrich", "Baukje", "Jildou", "Antsje", "Wytske", "Sjoukje"],
        ["Wyn", "Tjall", "Kuip", "Sjaard", "Ruurd", "Fok", "Jell", "Hid", "Bouw", "Tsjeb"],
        ["stra", "sma", "inga", "ema", "enga", "ma"],
        "",
    ),
    "flemish": (
        ["Wout", "Jens", "Pieter-Jan", "Lander", "Seppe", "Korneel"],
        ["Lieze", "Griet", "Febe", "Ine", "Elke", "Lore"],
        ["Verha", "Vercau", "Vanstra", "Vermeu", "Debru", "Verbrug"],
        ["egen", "teren", "ete", "len", "yne", "ghe"],
        "",
    ),
    "moroccan": (
        ["Mounir", "Soufiane", "Hamza", "Zakaria", "Anouar", "Yassir", "Redouan", "Tarik"],
        ["Rachida", "Ikram", "Naoual", "Loubna", "Houda", "Siham", "Wafae", "Hanane"],
        ["El Boukh", "Azd", "Ouahb", "El Hamm", "Bouzk", "Ait Kharb", "Mesb", "Ben Ouali", "Tahr", "El Ghaz"],
        ["ouchi", "ani", "ati", "ari", "our", "i", "aoui"],
        "",
    ),
    "turkish": (
        ["Emre", "Serkan", "Oğuz", "Kadir", "Volkan", "Barış", "Cengiz", "Umut"],
        ["Zeynep", "Gülşen", "Tuğba", "Esra", "Derya", "Sevgi", "Hülya", "Elif"],
        ["Kara", "Akar", "Yıldır", "Özde", "Gök", "Çakır", "Bayra", "Ertu", "Kocab", "Tekel"],
        ["oğlu", "kaya", "taş", "dağ", "soy", "türk", "men", "can"],
        "",
    ),
    "kurdish": (
        ["Azad", "Diyar", "Rêber", "Şoreş"],
        ["Rojda", "Berfin", "Hêvî", "Zozan"],
        ["Ber", "Roj", "Ser", "Hev", "Bot", "Zer"],
        ["wan", "han", "dar", "zanî", "xwîn"],
        "",
    ),
    "hindustani": (
        ["Anand", "Vishal", "Roshan", "Kiran", "Sunil", "Dinesh"],
        ["Sunita", "Kavita", "Reshma", "Shanti", "Radha", "Anjali"],
        ["Ram", "Jag", "Mahab", "Ghis", "Bhag", "Soek", "Chot", "Kalli", "Ramdh", "Sew"],
        ["dien", "jiawan", "arsing", "lal", "pal", "oebar", "nandan", "harie"],
        "",
    ),
    "creole": (
        ["Marciano", "Glenn", "Iwan", "Rinaldo", "Errol", "Clifton"],
        ["Shirley", "Gerdie", "Jacintha", "Marlies", "Romy", "Ursula"],
        ["Blijd", "Ronk", "Gloud", "Ment", "Bedd", "Fre", "Sabaj", "Kwas", "Ams", "Lieuw"],
        ["stein", "ina", "ing", "ie", "on", "ar", "hoop", "ijn"],
        "",
    ),
    "javanese": (
        ["Wagiman", "Parmin", "Joko", "Soeparman"],
        ["Sumirah", "Tini", "Sarmi", "Waginem"],
        ["Kromo", "Sastro", "Karto", "Setro", "Wongso", "Pawiro"],
        ["dikromo", "redjo", "semito", "dimedjo", "wirjo", "kario"],
        "",
    ),
    "antillean": (
        ["Shurendy", "Jurgen", "Giovanni", "Sharlon", "Rignald", "Elvis"],
        ["Jhoany", "Ruthsela", "Shudayra", "Gisella", "Yeraisy", "Nahomi"],
        ["Mar", "Isen", "Cova", "Statia", "Rosa", "Kle", "Bern", "Wals", "Cijn", "Anto"],
        ["tina", "ia", "cisca", "bel", "dina", "bera", "rio"],
        "",
    ),
    "moluccan": (
        ["Ferry", "Wempie", "Johny", "Benny"],
        ["Nelly", "Angelique", "Yvonne", "Tjoetje"],
        ["Tuhu", "Matu", "Latu", "Pattipi", "Sopa", "Wattim", "Hehan", "Nanlo"],
        ["teru", "sessy", "heru", "lohy", "hena", "ussa", "mena"],
        "",
    ),
    "indonesian": (
        ["Bambang", "Rudi", "Agus", "Hendra"],
        ["Dewi", "Lestari", "Sri", "Wulan"],
        ["Hart", "Soe", "Wib", "Prawi", "Sant", "Harj"],
        ["ono", "owo", "ardjo", "oso", "awan"],
        "",
    ),
    "chinese": (
        ["Haoran", "Zihan", "Jun", "Yuchen", "Kai"],
        ["Lihua", "Mingzhu", "Jiayi", "Xiaoyu", "Yan"],
        ["Ouyang", "Qiu", "Zhuang", "Kwok", "Leung", "Yip", "Cheung", "Tsang", "Szeto", "Xue"],
        [""],
        "",
    ),
    "vietnamese": (
        ["Thanh", "Quang", "Minh", "Tuan"],
        ["Huong", "Ngoc", "Thuy", "Hanh"],
        ["Trinh", "Huynh", "Phan", "Dang", "Bui", "Duong"],
        [""],
        "",
    ),
    "polish": (
        ["Łukasz", "Krzysztof", "Tomasz", "Jarosław", "Bartosz", "Grzegorz"],
        ["Agnieszka", "Małgorzata", "Paulina", "Dorota", "Katarzyna", "Justyna"],
        ["Wiśn", "Kowal", "Zieli", "Szyman", "Wojc", "Grab", "Dąbr", "Piotr", "Sob", "Jabł"],
        ["ewski", "czyk", "iak", "owski", "icki", "ik"],
        "",
    ),
    "romanian": (
        ["Ionuț", "Florin", "Cătălin", "Mihai"],
        ["Mihaela", "Ioana", "Roxana", "Andreea"],
        ["Dumitr", "Radul", "Mocan", "Ciob", "Vasil", "Tănas"],
        ["escu", "eanu", "ache", "oiu"],
        "",
    ),
    "bulgarian": (
        ["Dimitar", "Stoyan", "Ivaylo", "Kaloyan"],
        ["Petya", "Radka", "Desislava", "Mariela"],
        ["Petr", "Georgi", "Stoy", "Todor", "Kolch", "Yank"],
        ["ov", "ev", "anov"],
        "",
    ),
    "syrian": (
        ["Yamen", "Fadi", "Mohammad", "Bashar", "Ghaith"],
        ["Rasha", "Lina", "Hiba", "Rama", "Nour"],
        ["Al-Hamw", "Al-Khat", "Shami", "Dabb", "Al-Halab", "Masr", "Kurd"],
        ["i", "ieh", "ouk", "agh"],
        "",
    ),
    "iraqi": (
        ["Haider", "Mustafa", "Ammar", "Sajjad"],
        ["Zahraa", "Duaa", "Maryam", "Ruqaya"],
        ["Al Jub", "Al Rub", "Saad", "Al Kadh", "Tikr"],
        ["ouri", "awi", "imi", "iti"],
        "",
    ),
    "afghan": (
        ["Farid", "Wahid", "Jawed", "Naweed"],
        ["Mursal", "Zarmina", "Nilofar", "Freshta"],
        ["Ahmad", "Rahim", "Nazar", "Sult", "Kar", "Hak"],
        ["zai", "yar", "khel", "ani", "i"],
        "",
    ),
    "iranian": (
        ["Dariush", "Kaveh", "Arash", "Behnam"],
        ["Shirin", "Parisa", "Nasrin", "Golnaz"],
        ["Tehr", "Mahd", "Rez", "Farh", "Kaz", "Sadegh"],
        ["ani", "avi", "aei", "pour", "zadeh", "nejad"],
        "",
    ),
    "eritrean": (
        ["Tesfay", "Hagos", "Mehari", "Kibrom", "Filmon"],
        ["Freweini", "Senait", "Helen", "Yordanos", "Saba"],
        ["Gebre", "Tesfa", "Habte", "Wolde", "Berhane", "Kidane"],
        ["medhin", "mariam", "michael", "giorgis", "selassie", "yesus"],
        "",
    ),
    "ethiopian": (
        ["Abebe", "Dawit", "Yared"],
        ["Tigist", "Meseret", "Bethlehem"],
        ["Ale", "Bek", "Tade", "Mul", "Gir"],
        ["mu", "ele", "sse", "ugeta"],
        "",
    ),
    "somali": (
        ["Abdirahman", "Abdullahi", "Mohamud", "Liban"],
        ["Hodan", "Faisa", "Ayaan", "Hibo", "Sahra"],
        ["War", "Cad", "Ahm", "Farr", "Guu", "Xas"],
        ["same", "ow", "ed", "ah", "leh", "an"],
        "",
    ),
    "ghanaian": (
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        ["Ama", "Abena", "Akosua", "Efua"],
        ["Owu", "Asa", "Mens", "Ansa", "Agye", "Danq", "Boat"],
        ["su", "ah", "ante", "teng", "mang", "ku"],
        "",
    ),
    "nigerian": (
        ["Chinedu", "Emeka", "Tunde", "Obinna"],
        ["Ngozi", "Funmilayo", "Adaeze", "Chioma"],
        ["Okon", "Ade", "Olu", "Nwa", "Eze", "Obi"],
        ["kwo", "yemi", "wole", "chukwu", "oma", "ajulu"],
        "",
    ),
    "capeverdean": (
        ["Adilson", "Djany", "Edmilson"],
        ["Ivanilda", "Nelida", "Zenaida"],
        ["Sem", "Ved", "Brit", "Alm", "Mend"],
        ["edo", "eira", "ado", "onça"],
        "",
    ),
    "portuguese": (
        ["João", "Rui", "Nuno"],
        ["Inês", "Filipa", "Leonor"],
        ["Carv", "Ferr", "Teix", "Pinh", "Gonç"],
        ["alho", "eira", "eiro", "ais"],
        "",
    ),
    "spanish": (
        ["Javier", "Alejandro", "Iñaki"],
        ["Lucía", "Marisol", "Ainhoa"],
        ["Gutié", "Ferná", "Domí", "Sánch", "Rodrí"],
        ["rrez", "ndez", "nguez", "ez"],
        "",
    ),
    "italian": (
        ["Giuseppe", "Luca", "Matteo"],
        ["Francesca", "Chiara", "Giulia"],
        ["Bian", "Ross", "Espos", "Colomb", "Ferr"],
        ["chi", "elli", "ito", "ini", "etti"],
        "",
    ),
    "german": (
        ["Jürgen", "Torsten", "Uwe"],
        ["Heike", "Birgit", "Sabine"],
        ["Schwar", "Kling", "Hoff", "Brenn", "Lehm", "Wagn"],
        ["zmann", "bauer", "hauser", "ecke", "berger"],
        "",
    ),
    "bosnian": (
        ["Edin", "Mirsad", "Nermin", "Adnan"],
        ["Amra", "Selma", "Lejla", "Emina"],
        ["Hodž", "Begov", "Hadži", "Mehmed", "Delal", "Čau"],
        ["ić", "ović", "agić", "ević"],
        "",
    ),
    "hungarian": (
        ["Zoltán", "Gábor", "Levente"],
        ["Erzsébet", "Katalin", "Réka"],
        ["Szab", "Mol", "Bal", "Fark", "Vár"],
        ["ó", "nár", "ogh", "ady", "gha"],
        "",
    ),
    "ukrainian": (
        ["Oleksandr", "Taras", "Bohdan", "Mykola"],
        ["Olena", "Iryna", "Oksana", "Halyna"],
        ["Shevch", "Kovalen", "Bondar", "Tkach", "Kraven", "Hryts"],
        ["enko", "uk", "chuk", "yshyn"],
        "",
    ),
    "russian": (
        ["Dmitri", "Sergei", "Andrei"],
        ["Natalia", "Anastasia", "Svetlana"],
        ["Volk", "Sokol", "Smirn", "Lebed", "Orl"],
        ["ov", "in"],
        "",
    ),
    "indian": (
        ["Arjun", "Rahul", "Karthik"],
        ["Priyanka", "Deepika", "Lakshmi"],
        ["Venkat", "Krishn", "Subram", "Raghav", "Iyeng"],
        ["araman", "amurthy", "anian", "endra", "ar"],
        "",
    ),
    "pakistani": (
        ["Imran", "Usman", "Faraz"],
        ["Sadia", "Ayesha", "Mahnoor"],
        ["Chaud", "Qures", "Mirz", "Rash", "Khok"],
        ["hry", "hi", "a", "eed", "har"],
        "",
    ),
    "filipino": (
        ["Jericho", "Jomar", "Rommel"],
        ["Maricel", "Rowena", "Jhen"],
        ["Mangu", "Baut", "Panga", "Dimal", "Maca"],
        ["bat", "ista", "niban", "anta", "raeg"],
        "",
    ),
    "brazilian": (
        ["Thiago", "Rodrigo", "Wellington"],
        ["Larissa", "Camila", "Thaís"],
        ["Albuq", "Cavalc", "Nasc", "Bezer"],
        ["uerque", "anti", "imento", "ra"],
        "",
    ),
}

DUTCH_PARTICLES = ["van", "van der", "van den", "de", "van de", "ter", "ten", "van 't", "in 't", "op de", "te", "den"]
FLEMISH_PARTICLES = ["Van den", "De", "Van", "Vanden"][:3]

# known-name words: (particle, surname, ordinary-use sentences with {w} lower case in mid-sentence)
KNOWN_WORDS = [
    ("", "Visser", ["Voor zijn detentie werkte hij als {w} op een kotter uit Urk."]),
    ("", "Bakker", ["Via het leerwerkbedrijf kan hij beginnen bij een {w} in de wijk."]),
    ("", "Molenaar", ["De {w} van de korenmolen biedt een werkervaringsplek aan."]),
    ("", "Koster", ["De {w} van de wijkkerk opent de inloop op dinsdagochtend."]),
    ("", "Schipper", ["Zijn oom is {w} op een vrachtschip en kan hem misschien aan werk helpen."]),
    ("", "Kok", ["In de kliniek heeft hij de opleiding tot {w} afgerond."]),
    ("", "Slot", ["Het {w} van de voordeur is na de inbraak vervangen."]),
    ("", "Steen", ["Vorige maand ging er een {w} door de ruit van de benedenwoning."]),
    ("", "Post", ["Zijn {w} komt sinds de verhuizing niet meer aan."]),
    ("", "Baas", ["Zijn nieuwe {w} bij het schoonmaakbedrijf weet van zijn verleden."]),
    ("", "Timmerman", ["Hij werkt drie dagen per week als {w} bij een sociaal bedrijf."]),
    ("van der", "Poort", ["Bij de {w} van de inrichting stond niemand om hem op te halen."]),
    ("van der", "Sluis", ["Hij woonde tijdelijk in een caravan bij de {w} aan het kanaal."]),
    ("van de", "Kamp", ["Na de winter in het {w} voor daklozen wil hij een eigen kamer."]),
    ("van der", "Wal", ["Hij zegt dat hij na zijn vrijlating aan de {w} stond, zonder geld en zonder papieren."]),
    ("van der", "Molen", ["Naast de {w} aan de rand van het dorp staat de woonunit."]),
    ("van den", "Berg", ["Er ligt een {w} ongeopende post op de deurmat."]),
    ("van", "Dijk", ["Elke ochtend loopt hij een rondje over de {w} met de hond."]),
    ("de", "Vos", ["De buren denken dat een {w} de vuilniszakken openscheurt."]),
    ("de", "Haan", ["De {w} van de volkstuin kraait al om vijf uur."]),
    ("de", "Wit", ["De muren van de nieuwe kamer worden {w} geschilderd."]),
    ("", "Groen", ["Het {w} rond de flat wordt door een werkploeg onderhouden."]),
    ("", "Bos", ["Voor zijn opname sliep hij weken in het {w} achter het station."]),
    ("", "Boom", ["De {w} voor het huis is door de buren als reden voor ruzie genoemd."]),
    ("", "Storm", ["Na de {w} van vorige week lekt het dak van de woonunit."]),
    ("", "Winter", ["Voor de {w} moet er een vaste slaapplek zijn."]),
    ("", "Hoek", ["De buurtbewoners verzamelen zich op de {w} van de straat."]),
    ("", "Zwart", ["Hij heeft verklaard dat hij niet meer {w} wil werken."]),
    ("", "Lang", ["Het duurt te {w} voordat de uitkering loopt."]),
    ("", "Klein", ["Het gaat om een {w} bedrag aan achterstallige huur."]),
    ("de", "Groot", ["Het wantrouwen in de straat is {w}, zegt de wijkagent."]),
    ("", "Mol", ["In de tuin zit een {w} die het gras omwoelt."]),
    ("", "Vogel", ["Een {w} heeft een nest gebouwd in de brievenbus."]),
    ("", "Snel", ["Hij wil zo {w} mogelijk een baan."]),
    ("", "Vroom", ["Zijn moeder is erg {w} en wil dat hij elke week naar de kerk gaat."]),
    ("", "Ploeg", ["Bij de groenvoorziening werkt hij in een vaste {w}."]),
    ("", "Brink", ["Op de {w} van het dorp hangen jongeren rond."]),
    ("", "Veen", ["Het dorp ligt midden in het {w}, ver van het station."]),
    ("", "Rijk", ["Hij zegt dat hij nooit {w} zal worden van het loon bij de sociale werkplaats."]),
    ("", "Beer", ["Het knuffelbeest van zijn dochter, een bruine {w}, ligt nog in de cel."]),
]
KNOWN_FIRST = [
    ("Merel", ["Er zat een {w} op de vensterbank tijdens het gesprek."]),
    ("Roos", ["Op het graf van haar vader legt ze elke maand een {w}."]),
    ("Linde", ["De {w} voor de woning moet worden gesnoeid."]),
    ("Bram", ["Hij plukte een {w} langs het fietspad."]),
]

CITIES = [
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Almere",
    "Arnhem",
    "Zwolle",
    "Leeuwarden",
    "Tilburg",
    "Breda",
    "Nijmegen",
    "Haarlem",
    "Dordrecht",
    "Lelystad",
    "Enschede",
    "Apeldoorn",
    "Venlo",
    "Schiedam",
    "Zaandam",
    "Deventer",
    "Helmond",
    "Emmen",
    "Vlaardingen",
    "Hoorn",
    "Amersfoort",
    "Heerlen",
    "Alkmaar",
]
INSTITUTIONS = [
    "PI Vught",
    "PI Zwaag",
    "Justitieel Complex Zaanstad",
    "PI Veenhuizen",
    "PI Lelystad",
    "PI Dordrecht",
    "PI Krimpen aan den IJssel",
    "PI Alphen aan den Rijn",
    "PI Sittard",
    "PI Arnhem",
    "PI Almelo",
    "PI Heerhugowaard",
    "PI Leeuwarden",
    "PI Nieuwegein",
]
CLINICS = [
    "FPC de Oostvaarderskliniek",
    "FPK Assen",
    "De Woenselse Poort",
    "Pompestichting",
    "De Kijvelanden",
    "FPC Veldzicht",
    "GGZ-kliniek De Fjord",
    "verslavingskliniek Brijder",
]
STREET_A = [
    "Zeilmakers",
    "Touwslagers",
    "Kolenbranders",
    "Lijnbaans",
    "Klokgieters",
    "Hennep",
    "Rietvoorn",
    "Hoefsmids",
    "Bolwerks",
    "Ganzenmarkt",
    "Turfschippers",
    "Tichelaars",
    "Lakenvolders",
    "Vlasbloem",
    "Kuipers",
    "Zwanenveer",
    "Garvers",
    "Boekweit",
    "Blekers",
    "Weversgilde",
    "Kalkovens",
    "Haringpakkers",
    "Ketelboeters",
    "Pottenbakkers",
    "Spinners",
    "Kemphaan",
    "Distelvink",
    "Watermunt",
]
STREET_B = ["straat", "laan", "hof", "gracht", "kade", "weg", "plein", "singel", "dreef", "erf", "steeg", "pad"]

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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MAIL_DOMAINS = [
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "yahoo.com",
    "protonmail.com",
]
FOLD = str.maketrans(
    "łŁąćęńóśźżşŞıİğĞçÇöÖüÜäÄéèêëáàâãíìîïúùûñõôžšđčćăâțșÉêÎ", "lLacenoszzsSiIgGcCoOuUaAeeeeaaaaiiiiuuunoozsdccaatsEeI"
)


def fold(s: str) -> str:
    return s.translate(FOLD)


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) < 15:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1
