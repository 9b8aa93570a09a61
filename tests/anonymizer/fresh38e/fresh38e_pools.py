"""Word pools for make_fresh38e.py: origin-typical name parts, streets, and the name-like words that must be kept."""

# origin group -> (female first names, male first names, surname heads, surname tails, particles or None)
ORIGINS = {
    "Nederlands": (["Marieke", "Femke", "Hendrikje", "Ilse", "Gerdien", "Wilma", "Anouk"],
                   ["Joost", "Wouter", "Gerrit", "Bart", "Teun", "Harm", "Jorrit"],
                   ["Wester", "Ooster", "Hoog", "Kloos", "Ravens", "Bruin", "Elders", "Hulst"],
                   ["kamp", "horst", "broek", "hof", "velde", "burg", "wijk", "mate"],
                   ["van", "van der", "van den", "de", "ter", "ten", "van 't", "in 't", "op den", "van de"]),
    "Fries": (["Tjitske", "Froukje", "Sjoukje", "Baukje", "Wytske"], ["Sjoerd", "Wiebe", "Auke", "Hylke", "Tsjalle"],
              ["Wybe", "Hette", "Sied", "Jel", "Oed", "Rinse", "Tjall"], ["stra", "sma", "inga", "enga", "ema", "ma"], None),
    "Marokkaans": (["Samira", "Imane", "Houda", "Siham", "Ikram", "Latifa"], ["Hamza", "Karim", "Bilal", "Anouar", "Rachid"],
                   ["Azz", "Bouch", "Hadd", "Ouar", "Tahir", "Amgh", "Bouz"], ["ouzi", "ahi", "aoui", "ari", "ouchi", "ane"],
                   ["El", "Ait", "Ben"]),
    "Turks": (["Elif", "Zeynep", "Esra", "Büşra", "Gülay", "Sevgi"], ["Emre", "Burak", "Oğuz", "Serkan", "Mert", "Volkan"],
              ["Kara", "Ak", "Yıl", "Öz", "Demir", "Çelik", "Gün"], ["taş", "dağ", "kaya", "oğlu", "soy", "tekin"], None),
    "Koerdisch": (["Rojda", "Berivan", "Dilan", "Helin"], ["Azad", "Rojhat", "Serhat", "Baran"],
                  ["Bar", "Zin", "Dog", "Aslan", "Kur", "Ronah"], ["zani", "dar", "bay", "hiso", "ikan"], None),
    "Surinaams-Creools": (["Sharon", "Marcia", "Germaine", "Jolanda"], ["Rinaldo", "Glenn", "Ricardo", "Errol"],
                          ["Pin", "Doel", "Wij", "Zeg", "Fel", "Bran", "Lin"], ["as", "wijt", "nga", "aar", "dier", "ger"], None),
    "Hindostaans": (["Sharmila", "Priya", "Anjali", "Rubia"], ["Ashwin", "Rajesh", "Sunil", "Dinesh"],
                    ["Ram", "Jagan", "Mahab", "Sew", "Bis", "Lach"], ["sing", "nath", "dayal", "adhin", "ier", "ai"], None),
    "Javaans-Surinaams": (["Wagini", "Ponirah", "Sitie", "Wartini"], ["Soekirman", "Harjo", "Parto", "Waldi"],
                          ["Kar", "Sar", "Pawiro", "Soe", "Amat", "Ket"], ["dikromo", "min", "tosen", "redjo", "ngadi"], None),
    "Antilliaans": (["Shudayra", "Jeanine", "Giselle", "Quirina"], ["Jurgen", "Giovanni", "Ruthsel", "Curtly"],
                    ["Mart", "Ros", "Isen", "Pieter", "Cof", "Sill"], ["ina", "alia", "ia", "nella", "fie", "é"], None),
    "Pools": (["Katarzyna", "Agnieszka", "Małgorzata", "Joanna"], ["Piotr", "Tomasz", "Krzysztof", "Łukasz"],
              ["Now", "Kowal", "Wiśniew", "Grabow", "Mazur", "Zaj", "Wróbl"], ["ak", "czyk", "ski", "ek", "ewski"], None),
    "Syrisch": (["Lina", "Rasha", "Ghalia", "Reem"], ["Rami", "Khaled", "Fadi", "Mazen"],
                ["Hamw", "Khat", "Masr", "Halab", "Sabb", "Darw"], ["i", "ib", "ani", "ouh", "ish"], ["Al-"]),
    "Eritrees": (["Semhar", "Luwam", "Saba", "Selam"], ["Tesfay", "Yonas", "Dawit", "Merhawi"],
                 ["Tesf", "Gebre", "Haile", "Kid", "Tekle", "Mehar"], ["ay", "mariam", "ane", "mikael", "zion", "hiwet"], None),
    "Somalisch": (["Hodan", "Sahra", "Ayaan", "Ifrah"], ["Abdi", "Liban", "Guled", "Mahad"],
                  ["Warsa", "Jama", "Hirs", "Egal", "Abdul", "Nur"], ["me", "ale", "i", "kadir", "ow", "diin"], None),
    "Chinees": (["Jiayi", "Xiaoling", "Meiyu", "Lan"], ["Hao", "Xiaoming", "Jun", "Zhiwei"],
                ["Ch", "Zh", "L", "W", "Hu", "Y"], ["en", "ou", "in", "ang", "ai"], None),
    "Moluks": (["Femmy", "Nelly", "Rosita", "Yolanda"], ["Yopie", "Ronny", "Max", "Johny"],
               ["Latu", "Pattin", "Sahu", "Tuhu", "Wattim", "Leiwa"], ["mahina", "asarany", "leka", "lessy", "ena", "kotta"], None),
    "Indonesisch": (["Sari", "Dewi", "Ratna", "Wulan"], ["Bambang", "Agus", "Hendra", "Rizky"],
                    ["Sutan", "Wiria", "Harjo", "Purn", "Setia", "Gunaw"], ["to", "wan", "djaja", "ama", "no", "di"], None),
    "Ghanees": (["Akosua", "Abena", "Adwoa", "Efua"], ["Kwame", "Kofi", "Yaw", "Kwabena"],
                ["Asa", "Owu", "Ampo", "Agye", "Osei", "Bo"], ["nte", "su", "ateng", "fo", "mang", "ku"], None),
    "Nigeriaans": (["Ngozi", "Adaeze", "Chioma", "Funmi"], ["Chidi", "Emeka", "Tunde", "Obinna"],
                   ["Okon", "Ade", "Nwa", "Obi", "Eze", "Olu"], ["kwo", "yemi", "chukwu", "nna", "wale", "ji"], None),
    "Kaapverdisch": (["Ivone", "Djenifer", "Zulmira", "Edna"], ["Carlos", "Nelson", "Adilson", "Manuel"],
                     ["Fort", "Lop", "Tav", "Mon", "Sem", "Rodr"], ["es", "ares", "teiro", "edo", "igues"], None),
    "Afghaans": (["Mursal", "Laila", "Zarghuna", "Fereshta"], ["Farid", "Wahid", "Nasir", "Jawed"],
                 ["Ahmad", "Rah", "Saf", "Nazar", "Haid", "Stan"], ["zai", "imi", "khel", "yar", "ikzai"], None),
    "Iraaks": (["Zahraa", "Noor", "Hawraa", "Ruqaya"], ["Haidar", "Mustafa", "Ammar", "Saif"],
               ["Jub", "Ruba", "Kadh", "Saad", "Mus", "Hass"], ["ouri", "ie", "im", "awi", "ani"], ["Al-"]),
    "Iraans": (["Shirin", "Maryam", "Parisa", "Golnaz"], ["Dariush", "Babak", "Kaveh", "Reza"],
               ["Tehr", "Moh", "Kazem", "Hoss", "Shar", "Nader"], ["ani", "ammadi", "ian", "eini", "ifi", "pour"], None),
    "Duits": (["Heike", "Anke", "Sabine", "Ulrike"], ["Jürgen", "Matthias", "Uwe", "Dieter"],
              ["Schm", "Hoff", "Bren", "Reich", "Kessel", "Lind"], ["ner", "mann", "berger", "hardt", "el"], None),
    "Vlaams": (["Lieselot", "Griet", "Ellen", "Hanne"], ["Wout", "Jef", "Pieter-Jan", "Stijn"],
               ["Rompuy", "Meulen", "Haegen", "Straete", "Brugg", "Cauw"], ["", "broeck", "enberghe", "ele"], ["Van", "De", "Vande", "Ver"]),
    "Bulgaars": (["Petya", "Radka", "Desislava", "Tsvetelina"], ["Dimitar", "Georgi", "Stoyan", "Plamen"],
                 ["Petr", "Ivan", "Dimit", "Stoy", "Todor", "Kolev"], ["ov", "anov", "ev", "chev"], None),
    "Roemeens": (["Ioana", "Elena", "Andreea", "Roxana"], ["Andrei", "Mihai", "Bogdan", "Cătălin"],
                 ["Pop", "Ion", "Stan", "Dumitr", "Rad", "Constant"], ["escu", "ache", "eanu", "inescu"], None),
    "Oekraïens": (["Iryna", "Olena", "Oksana", "Halyna"], ["Oleksandr", "Taras", "Bohdan", "Mykola"],
                  ["Shevch", "Kovalen", "Bond", "Tkach", "Melnych", "Kravch"], ["enko", "uk", "arenko", "yshyn"], None),
    "Vietnamees": (["Linh", "Huong", "Thao", "Ngoc"], ["Minh", "Thanh", "Duc", "Quang"],
                   ["Ngu", "Tr", "Ph", "Du", "Hoa", "Lu"], ["yen", "an", "am", "ong", "ang"], None),
    "Indiaas": (["Deepa", "Ananya", "Lakshmi", "Kavya"], ["Arjun", "Karthik", "Vikram", "Sanjay"],
                ["Venkat", "Krish", "Subra", "Raghu", "Sriniv", "Bala"], ["esan", "nan", "manian", "raman", "asan"], None),
    "Braziliaans": (["Mariana", "Beatriz", "Larissa", "Thaís"], ["Thiago", "João", "Rodrigo", "Felipe"],
                    ["Carv", "Alm", "Pere", "Sous", "Fern", "Oliv"], ["alho", "eida", "ira", "andes", "eto"], None),
    "Italiaans": (["Giulia", "Francesca", "Chiara", "Silvia"], ["Matteo", "Luca", "Davide", "Stefano"],
                  ["Russ", "Bian", "Espos", "Gall", "Ferr", "Mont"], ["o", "chi", "ito", "etti", "ari"], None),
    "Hongaars": (["Zsófia", "Ágnes", "Réka", "Erzsébet"], ["Bence", "László", "Gábor", "Zoltán"],
                 ["Kov", "Szab", "Horv", "Var", "Fark", "Mol"], ["ács", "ó", "áth", "gyi", "as"], None),
    "Ethiopisch": (["Meseret", "Tigist", "Hiwot", "Bethlehem"], ["Abebe", "Getachew", "Dereje", "Yared"],
                   ["Wold", "Bekel", "Tadd", "Ayal", "Kebed", "Ales"], ["e", "ese", "ew", "emu", "u"], None),
}

# Dutch surnames that are ordinary words: surname -> (ordinary lower-case word, noun phrase using it)
ORDINARY = {
    "Bakker": ("bakker", "de bakker op de hoek"),
    "Visser": ("visser", "een visser op de kade"),
    "Kok": ("kok", "de kok van het buurthuis"),
    "de Boer": ("boer", "een boer uit de polder"),
    "Timmerman": ("timmerman", "de timmerman van de woningcorporatie"),
    "Molenaar": ("molenaar", "de vrijwillige molenaar van de korenmolen"),
    "Brouwer": ("brouwer", "een brouwer van speciaalbier"),
    "Koster": ("koster", "de koster van de dorpskerk"),
    "Schaap": ("schaap", "een verdwaald schaap in de uiterwaard"),
    "Vos": ("vos", "een vos bij het kippenhok"),
    "Slager": ("slager", "de slager in het winkelcentrum"),
    "Storm": ("storm", "de storm van vorige week"),
    "Groen": ("groen", "het openbaar groen in de wijk"),
    "Winter": ("winter", "de strenge winter"),
    "Roos": ("roos", "een roos in het plantsoen"),
    "Bos": ("bos", "het bos achter de sporthal"),
    "Hoek": ("hoek", "de hoek bij de bushalte"),
    "Steen": ("steen", "een losse steen in het trottoir"),
    "Beek": ("beek", "de beek langs het fietspad"),
    "Vogel": ("vogel", "een vogel in de dakgoot"),
    "Boom": ("boom", "de boom voor de voordeur"),
    "Veen": ("veen", "het veen onder de nieuwbouwwijk"),
    "Kuiper": ("kuiper", "de laatste kuiper van de stad"),
    "Smid": ("smid", "de smid van het openluchtmuseum"),
    "Schipper": ("schipper", "een schipper in de jachthaven"),
    "Dijk": ("dijk", "de dijk langs de rivier"),
}

RES_STREETS = ["Kievitstraat", "Lijsterbeslaan", "Populierenweg", "Molenakker", "Zwanenhof", "Klaprooslaan", "Bremstraat",
               "Gruttostraat", "Reigerweg", "Akkerwinde", "Zandpad", "Hazelaarhof", "Watermuntstraat", "Boterbloemlaan",
               "Sleedoornhof", "Meidoornpad", "Roerdompstraat", "Fazantenkamp", "Kamperfoeliestraat", "Vlasakker",
               "Wilgenkade", "Tarwestraat", "Haverkamp", "Duinroosweg", "Ijsvogelstraat", "Mispelhof", "Zilverschoon"]

# name-like words that are not personal data and must be kept
SCHOOLS = ["Koningin Julianaschool", "Anne Frankschool", "Titus Brandsmaschool", "Annie M.G. Schmidtschool",
           "Hannie Schaftschool", "Spinozalyceum", "Erasmiaans Gymnasium", "Christiaan Huygens College",
           "Koningin Wilhelmina College", "Dr. Nassau College", "Jac. P. Thijsseschool", "Aletta Jacobsschool",
           "Maria Montessorischool", "Jan Ligthartschool", "Kees Boekeschool", "Thomas a Kempis College"]
PUBLIC_STREETS = ["Thorbeckelaan", "Multatulistraat", "Hannie Schaftstraat", "Willem de Zwijgerlaan", "Piet Heinkade",
                  "Michiel de Ruyterweg", "Johan de Wittlaan", "Marnixstraat", "Dr. Schaepmanstraat", "Van Goghlaan",
                  "Lorentzkade", "Martin Luther Kinglaan", "Mandelalaan", "Aletta Jacobslaan", "Vondelstraat", "Wibautstraat"]
SQUARES = ["Anne Frankplein", "Rembrandtplein", "Thorbeckeplein", "Wilhelminaplein", "Beatrixplein", "Mr. Visserplein",
           "Erasmusplein", "Multatuliplein", "Julianaplein", "Koning Willemplein", "Emmaplein", "Sweelinckplein"]
BUILDINGS = ["Beatrixtheater", "Wilhelminatoren", "Jeroen Bosch Ziekenhuis", "Erasmusbrug", "Huygensgebouw",
             "Mandelabrug", "Spinozahuis", "Vondelparkpaviljoen", "Rembrandthuis", "Cruyff Court", "Bernhardkazerne",
             "Johan Cruijff ArenA", "Prinses Máxima Centrum", "Julianapark", "Beatrixpark", "Abe Lenstra Stadion"]
FUNDS = ["Prins Bernhard Cultuurfonds", "Oranje Fonds", "Fonds Sluyterman van Loo", "Stichting Anne Frank Huis",
         "Johan Cruyff Foundation", "Stichting Het Rembrandthuis", "VSBfonds", "Stichting Dorodarte",
         "Fonds Schiedam Vlaardingen", "Stichting Abe Lenstra Fonds", "Juliana Welzijn Fonds", "Stichting Van Goghfonds"]
PRIZES = ["Aletta Jacobsprijs", "Thorbeckeprijs", "Erasmusprijs", "Multatuliprijs", "Spinozapremie", "Anne Frankprijs",
          "Hannie Schaftprijs", "Vondelprijs", "Constantijn Huygensprijs", "Jan Wolkersprijs"]
BRANDS = ["Albert Heijn", "Douwe Egberts", "Philips", "Heineken", "Blokker", "Hema", "Van Haren", "Van der Valk",
          "Verkade", "Van Houten", "Fokker", "Gazelle", "Kruidvat", "Zeeman", "Hunkemöller", "Calvé", "Grolsch",
          "Bavaria", "Jumbo", "Action", "Brinta", "Tony's Chocolonely"]
SHOPS = ["Albert Heijn", "Hema", "Blokker", "Kruidvat", "Zeeman", "Jumbo", "Action", "Van Haren", "Hunkemöller",
         "Etos", "Gall & Gall", "Bakker Bart", "Intertoys", "Praxis"]
LAWS = ["Participatiewet", "Omgevingswet", "Wet maatschappelijke ondersteuning", "Woningwet", "Jeugdwet",
        "Algemene wet bestuursrecht", "Wet gemeentelijke schuldhulpverlening", "Huisvestingswet", "Wet Bibob",
        "Gemeentewet", "Opiumwet", "Wet kinderopvang"]
PLANS = ["Deltaplan Ruimtelijke Adaptatie", "Plan Zuidoost", "Programma Wijk in Balans", "Visie Binnenstad 2040",
         "Nota Ruimte", "Masterplan Stationsgebied", "Uitvoeringsagenda Wonen", "Groenplan Oost", "Actieplan Eenzaamheid",
         "Omgevingsvisie 2045", "Verkeersplan Centrum", "Plan Juliana-Oost"]
BOOKS = ["Max Havelaar", "Het Achterhuis", "De Avonden", "Ciske de Rat", "Pluk van de Petteflet", "Jip en Janneke",
         "Kruimeltje", "Dik Trom", "Sjakie en de chocoladefabriek", "Minoes", "Koning van Katoren", "Het gouden ei"]
REPORTS = ["Rekenkamerrapport Armoedebeleid", "Evaluatie Wijkteams 2025", "Monitor Sociaal Domein",
           "Jaarverslag Ombudsman", "Rapport Leefbaarheid Centrum", "Quickscan Wmo-vervoer"]
PLACES_SURNAME = ["Putten", "Weert", "Hoorn", "Goes", "Ommen", "Rijssen", "Asten", "Doorn", "Baarn", "Lochem", "Oss",
                  "Vught", "Zeist", "Bussum", "Sneek", "Venlo", "Epe", "Brummen", "Tiel", "Ede", "Haren", "Heerde"]
DEPTS = ["Team Openbare Ruimte", "Werk en Inkomen", "Publiekszaken", "Vergunningen en Handhaving", "Sociaal Domein",
         "Belastingen", "Stadsbeheer", "Schuldhulpverlening", "Leerplicht", "Burgerzaken", "Ruimtelijke Ordening",
         "Cultuur en Erfgoed", "Sport en Bewegen", "Wijkbeheer Noord"]
FUNCTIONS = ["beleidsmedewerker", "wijkcoördinator", "casemanager", "klantmanager", "handhaver", "consulent",
             "projectleider", "teamleider", "secretaris", "gebiedsregisseur", "jurist", "leerplichtambtenaar"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MUNIS = ["Deventer", "Amersfoort", "Leeuwarden", "Tilburg", "Zaanstad", "Dordrecht", "Apeldoorn", "Nijmegen", "Almere",
         "Schiedam", "Emmen", "Helmond", "Heerlen", "Gouda", "Alkmaar", "Hengelo"]
MAILDOMAINS = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "icloud.com",
               "xs4all.nl", "planet.nl", "home.nl", "yahoo.com", "proton.me"]
