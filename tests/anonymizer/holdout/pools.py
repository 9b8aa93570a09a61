"""Hand-written pools for the held-out corpora: names of many origins, streets, municipalities and ordinary words.

None of the person or street names below occurs in the shared dev corpora; make_holdout.py checks that.
"""

# ruff: noqa: E501

from faker_pools import (  # noqa: F401  (frozen faker draws, see harvest_faker.py)
    CITIES,
    DUTCH_FIRST,
    DUTCH_LAST,
    FLEMISH_FIRST,
    FLEMISH_LAST,
    HINDUSTANI_FIRST,
    INDONESIAN_FIRST,
    INDONESIAN_LAST,
    POLISH_FIRST,
    PORTUGUESE_FIRST,
    PORTUGUESE_LAST,
    ROMANIAN_FIRST,
    ROMANIAN_LAST,
    SOMALI_SWAHILI_LAST,
    TURKISH_FIRST,
)

# Modern Dutch names (the faker list is partly historical)
DUTCH_FIRST_OWN = ["Anouk", "Bregje", "Jorien", "Marleen", "Wietske", "Hester", "Ilona", "Jolanda", "Karin", "Marjan", "Nynke", "Petra", "Rianne", "Sietske", "Tineke", "Yvonne", "Annelies", "Gerda", "Joke",
                   "Arjen", "Bart", "Coen", "Douwe", "Erwin", "Frank", "Harm", "Jelle", "Jeroen",
                   "Klaas", "Maarten", "Niels", "Reinier", "Sjoerd", "Wouter", "Ype", "Hendrikus", "Ruud"]
DUTCH_LAST_OWN = ["Vermeulen", "Verbeek", "Hoekstra", "Kuipers", "Postma", "Veenstra", "Bosma", "Wijnands",
                  "Timmermans", "Lammers", "Huisman", "Evers", "Kroeze", "Bouwmeester", "Rietveld",
                  "Scholten", "Nijland", "Oosterhuis", "Brinkman", "Tromp", "Roelofs", "Schuurman", "Gerritsen",
                  "Koopmans", "Westerveld", "Dijkhuizen", "Lindeboom", "Vlietstra", "Haverkamp", "Zwiers", "Ottens"]
# (particle, surname)
DUTCH_PARTICLE = [("van", "Dongen"), ("van der", "Linden"), ("van den", "Bosch"), ("de", "Ruiter"), ("ten", "Hove"),
                  ("ter", "Horst"), ("van 't", "Hof"), ("op den", "Kamp"), ("in den", "Berkel"),
                  ("van der", "Sluijs"), ("van", "Rijswijk"), ("van de", "Wetering"),
                  ("van der", "Kolk"), ("de", "Bruijne"), ("ten", "Cate"), ("van", "Wijngaarden"), ("de", "Koning"),
                  ("uit den", "Bogaard"), ("van", "Beek"), ("van der", "Wal"), ("van", "Essen"), ("de", "Wolff"),
                  ("van der", "Heijden"), ("van", "Kempen"), ("ter", "Haar"), ("de", "Kort"), ("van 't", "Zand"),
                  ("van", "Vliet")]

TURKISH_FIRST_OWN = ["Hüseyin", "Serkan", "Onur", "Volkan", "Kadir", "Hatice", "Zeynep", "Gülsüm",
                     "Esra", "Sibel", "Derya", "Songül", "Ebru", "Yusuf", "Murat", "Cem", "Ayşegül"]
TURKISH_LAST = ["Aksoy", "Kaplan", "Koç", "Şimşek", "Bulut", "Karaca", "Özkan", "Güneş", "Doğan", "Arslan",
                "Kılıç", "Aydoğan", "Polat", "Korkmaz", "Erdem", "Tekin", "Uçar", "Ateş", "Sarı", "Keskin",
                "Yavuz", "Coşkun", "Bozkurt", "Kurt", "Akgül", "Taş", "Bal", "Özdemir", "Çakır", "Ekinci"]
MOROCCAN_FIRST = ["Youssef", "Hamza", "Bilal", "Soufiane", "Ayoub", "Zakaria", "Nabil", "Rachid", "Tarik", "Anouar",
                  "Samira", "Naima", "Loubna", "Hafsa", "Houda", "Siham", "Imane", "Salma", "Yasmina", "Ikram",
                  "Zineb", "Btissam", "Mustapha", "Abdelhak", "Driss", "Latifa", "Fatiha", "Karim", "Ilias", "Nora"]
MOROCCAN_LAST = ["El Amrani", "Benali", "Bouali", "El Ouardi", "Ouali", "Aharrar", "Boukhari", "Ziani", "El Hamdaoui",
                 "Amezian", "Tahiri", "Belhaj", "Bakkali", "Chaouch", "Aït Brahim", "Ben Haddou", "El Fassi",
                 "Azaoum", "Lamrabet", "Mourabit", "Ouchan", "Essafi", "Boutaleb", "El Kaddouri", "Akhiat",
                 "Mokhtari", "Ait Taleb", "Bensaïd", "El Morabet", "Harrouch"]
HINDUSTANI_FIRST_OWN = ["Ravi", "Sunil", "Anand", "Reshma", "Sarita", "Kavita", "Vishal", "Dinesh", "Anjali",
                        "Shanti", "Rakesh", "Sandeep", "Nirmala", "Roshni", "Sachin", "Kamla", "Nitesh",
                        "Devika"]
HINDUSTANI_LAST = ["Ramdas", "Mahabier", "Ramlal", "Sewnath", "Baldew", "Kanhai", "Jagroep", "Sitaldin", "Ramautar",
                   "Bhagwandin", "Lachmon", "Autar", "Doerga", "Raghoebir", "Soekhai", "Kalloe", "Ramsaran",
                   "Gangaram Panday", "Bisoendial", "Matadin", "Sardjoe", "Jhinkoe", "Chedi", "Ganpat"]
SURINAMESE_FIRST = ["Romeo", "Jerrel", "Clarence", "Marvin", "Iwan", "Rinaldo", "Glenn", "Ruth", "Sharon", "Jennifer",
                    "Gracia", "Monique", "Ricardo", "Germaine", "Orlando", "Sherida", "Lucien"]
SURINAMESE_LAST = ["Brunings", "Pengel", "Kruisland", "Sabajo", "Misiedjan", "Tjin-A-Tsoi", "Fung-A-Loi",
                   "Wijngaarde", "Zebeda", "Redmond", "Vyent", "Linger", "Kromodimedjo", "Soemodihardjo",
                   "Pawiroredjo", "Sastrodimedjo", "Amatdjais", "Nelom", "Karsters", "Dwarka"]
ANTILLEAN_FIRST = ["Jurgen", "Dwayne", "Rudsel", "Gianluca", "Jeanine", "Shaquille", "Jair", "Roshienne", "Sigourney",
                   "Churandy", "Giovanni", "Xiomara", "Jamiro", "Yoselin", "Ludmila", "Kenrick", "Shardelyn"]
ANTILLEAN_LAST = ["Maduro", "Croes", "Koolman", "Wernet", "Rosaria", "Winklaar", "Statia", "Leonora", "Sulvaran",
                  "Janga", "Rojer", "Cijntje", "Trinidad", "Albertus", "Felida", "Anthony", "Pieternella", "Juliana",
                  "Girigorie", "Obispo"]
MOLUCCAN_LAST = ["Latuperisa", "Tuhumury", "Sahetapy", "Pattipeilohy", "Nanlohy", "Matulessy", "Tahapary",
                 "Lekatompessy", "Sopacua", "Wattimena", "Siahaya", "Pelupessy", "Latumeten", "Pattiasina"]
CHINESE_FIRST = ["Xiaoling", "Jianguo", "Wenjie", "Mingyu", "Haoran", "Yuting", "Jiayi", "Zhiwei", "Lihua", "Meiling",
                 "Wai Man", "Ka Wing", "Chun Kit", "Xinyi", "Yong", "Hui Min", "Jun"]
CHINESE_LAST = ["Zhang", "Liu", "Zhou", "Huang", "Lin", "Wu", "Yang", "Zhao", "Xu", "Sun", "Guo", "Tang", "Lam",
                "Wong", "Chan", "Leung", "Ng", "Yip", "Tsang", "Kwok", "Lau"]
POLISH_LAST_M = ["Nowak", "Wiśniewski", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
                 "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski",
                 "Zając", "Król", "Wieczorek", "Jabłoński", "Majewski", "Olszewski", "Stępień", "Malinowski",
                 "Górski", "Rutkowski", "Sikora", "Szewczyk"]
SYRIAN_FIRST = ["Omar", "Mahmoud", "Yara", "Lama", "Rama", "Ghaith", "Tarek", "Maher", "Reem", "Dima",
                "Bashar", "Fadi", "Wael", "Rami", "Ola", "Amal", "Layal", "Joud", "Majd", "Hadi", "Nisreen"]
SYRIAN_LAST = ["Al-Rifai", "Darwish", "Khoury", "Hamwi", "Halabi", "Shami", "Kanaan", "Nasser", "Sabbagh",
               "Al-Masri", "Al Jasem", "Mahfouz", "Othman", "Suleiman", "Kassab", "Jaber", "Barakat", "Al-Homsi"]
ERITREAN_FIRST = ["Semere", "Tesfalem", "Dawit", "Merhawi", "Mussie", "Senait", "Saba", "Selam", "Feven",
                  "Rahwa", "Winta", "Ruta", "Mebrahtu", "Kibrom", "Habtom", "Freweini", "Aster"]
ERITREAN_LAST = ["Ghebremariam", "Kidane", "Haile", "Tekle", "Woldu", "Berhane", "Gebreyesus", "Abraha", "Mehari",
                 "Asmerom", "Tewelde", "Yohannes", "Mengistu", "Andemariam", "Habte", "Negash", "Ogbazghi"]
UKRAINIAN_FIRST = ["Oleksandr", "Andriy", "Serhiy", "Mykola", "Bohdan", "Yuliia", "Kateryna", "Nataliia",
                   "Olena", "Viktoriia", "Halyna", "Svitlana", "Mariia", "Anastasiia", "Yaroslav", "Volodymyr"]
UKRAINIAN_LAST = ["Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Kovalchuk", "Oliynyk", "Lysenko",
                  "Marchenko", "Rudenko", "Savchenko", "Petrenko", "Moroz", "Pavlenko", "Kravets", "Hnatyuk",
                  "Sydorenko", "Zinchenko", "Ponomarenko"]
AFGHAN_IRANIAN_FIRST = ["Farid", "Mariam", "Zahra", "Hamid", "Sahar", "Wahid", "Parisa", "Reza", "Shirin", "Mehdi",
                        "Nasrin", "Habib"]
AFGHAN_IRANIAN_LAST = ["Ahmadzai", "Noori", "Rahimi", "Sultani", "Karimi", "Hashimi", "Mohammadi", "Jafari",
                       "Tavakoli", "Sadeghi", "Popal", "Azizi"]
SOMALI_FIRST = ["Ayaan", "Hodan", "Faisal", "Liban", "Sagal", "Nasra", "Abdirahman", "Fadumo", "Warsame", "Hamdi"]
SOMALI_LAST = ["Warsame", "Farah", "Osman", "Mohamud", "Jama", "Egal", "Dualeh"]
GHANAIAN_FIRST = ["Kwame", "Kofi", "Akosua", "Abena", "Yaw", "Adjoa", "Kwabena", "Efua"]
GHANAIAN_LAST = ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Ofori", "Agyeman", "Danquah"]

# Street roots: + a suffix; none occurs in the dev corpora
STREET_ROOTS = ["Kastanje", "Meidoorn", "Vlier", "Hazelaar", "Berberis", "Goudenregen", "Vlasbloem", "Klaproos",
                "Zonnedauw", "Boterbloem", "Koekoeksbloem", "Pinksterbloem", "Ijsvogel", "Grutto", "Kievit",
                "Scholekster", "Tureluur", "Wielewaal", "Roerdomp", "Kwartel", "Zilverreiger", "Pottenbakkers",
                "Kuipers", "Zadelmakers", "Lijnbanen", "Touwslagers", "Bierbrouwers", "Zeepziederij", "Vredenburg",
                "Rembrandt", "Vermeer", "Mondriaan", "Sweelinck", "Vondel", "Bredero", "Multatuli", "Spinoza",
                "Erasmus", "Huygens", "Lorentz", "Kamerlingh Onnes", "Tollens", "Staring", "Bilderdijk",
                "Gijsbrecht", "Maas", "IJssel", "Lek", "Vecht", "Dommel", "Regge", "Dinkel", "Berkel", "Linge",
                "Merwede", "Zuidwal", "Noordersingel", "Oosterhaven", "Westervaart", "Achterom", "Bleekveld",
                "Lijsterbes", "Wilgenroos", "Sleedoorn", "Vogelkers", "Duindoorn", "Heidebloem"]
STREET_SUFFIX = ["straat", "laan", "weg", "hof", "plein", "kade", "gracht", "singel", "dreef", "pad", "steeg",
                 "erf", "park", "dijk", "hage", "veld", "akker", "horst", "plantsoen", "wal"]
STREET_FULL = ["Burgemeester Roëllstraat", "Laan van Nieuw-Guinea", "Prins Frederikstraat", "Van Speijkstraat",
               "Dr. Schaepmanstraat", "Pastoor van Arskerkstraat", "Graaf Florislaan", "Paulus Potterlaan",
               "Koningin Wilhelminaplein", "Generaal Smutsweg", "Ds. Van Dijkweg", "Tweede Oosterparkstraat",
               "Oude Rijksstraatweg", "Hoge Larenseweg", "Achter de Hoven", "Korte Houtstraat", "Korte Brugsteeg",
               "Zuider Buiten Spaarne", "Stationsplein Noord", "Eerste Helmersstraat"]

MUNICIPALITIES = ["Deventer", "Apeldoorn", "Almelo", "Hengelo", "Leeuwarden", "Heerenveen", "Assen", "Hoogeveen",
                  "Amersfoort", "Veenendaal", "Ede", "Nijmegen", "Tiel", "Oss", "Venlo", "Roermond", "Maastricht",
                  "Tilburg", "Breda", "Roosendaal", "Bergen op Zoom", "Middelburg", "Vlissingen", "Goes", "Terneuzen",
                  "Gouda", "Alphen aan den Rijn", "Leiden", "Delft", "Zoetermeer", "Westland", "Vlaardingen",
                  "Capelle aan den IJssel", "Nissewaard", "Purmerend", "Hoorn", "Den Helder", "Haarlemmermeer",
                  "Hilversum", "Zeist", "Nieuwegein", "Houten", "Woerden", "Doetinchem", "Zutphen", "Enschede",
                  "Kampen", "Harderwijk", "Súdwest-Fryslân", "Smallingerland", "Meppel", "Stadskanaal", "Veendam",
                  "Sittard-Geleen", "Oosterhout", "Waalwijk", "Katwijk", "Den Haag", "'s-Hertogenbosch", "Utrecht"]

DEPARTMENTS = ["Team Inkomensondersteuning", "Wijkteam Oost", "Wijkteam Noord", "Afdeling Publiekszaken",
               "Sociaal Team", "Team Leerplicht", "Vergunningverlening", "Toezicht en Handhaving",
               "Klantcontactcentrum", "Team Parkeren", "Werk & Inkomen", "Jeugd en Gezin", "Stadsbeheer",
               "Team Afval en Reiniging", "Bureau Bezwaarschriften", "Burgerzaken", "Team Wmo-loket",
               "Openbare Ruimte", "Ruimtelijke Ordening", "Team Minimabeleid", "Zorg en Welzijn",
               "Dienstverlening", "Team Omgevingsvergunningen", "Kredietbank", "Team Bijzondere Bijstand",
               "Vastgoed", "Team Huisvesting Statushouders", "Sportzaken", "Onderwijs en Jeugd", "Stadsontwikkeling"]
ROLES = ["consulent", "klantmanager", "wijkcoach", "casemanager", "leerplichtambtenaar", "handhaver", "BOA",
         "beleidsmedewerker", "teamleider", "jurist", "schuldhulpverlener", "wijkagent", "ouderenadviseur",
         "jeugdconsulent", "opbouwwerker", "woonconsulent", "secretaris van de bezwaarcommissie"]
SCHEMES = ["Participatiewet", "Wmo", "Jeugdwet", "bijzondere bijstand", "individuele inkomenstoeslag", "Tozo",
           "huurtoeslag", "zorgtoeslag", "kwijtschelding", "energietoeslag", "Meedoenregeling", "Stadspas", "PGB",
           "Wet open overheid", "Awb", "BRP-inschrijving", "Bbz", "IOAW", "collectieve zorgverzekering",
           "leerlingenvervoer", "Gehandicaptenparkeerkaart"]
BODIES = ["UWV", "SVB", "Belastingdienst", "DUO", "CAK", "CJIB", "RDW", "IND", "GGD", "Nationale ombudsman",
          "Raad van State", "Kinderombudsman", "Juridisch Loket", "Voedselbank", "Stichting Leergeld",
          "Vluchtelingenwerk", "Humanitas", "Sociaal Raadslieden", "Veilig Thuis", "Zorgverzekeraar VGZ",
          "Omgevingsdienst", "Waterschap", "Veiligheidsregio", "rechtbank"]
CORPORATIONS = ["Woonstichting Domijn", "Portaal", "Mitros", "De Key", "Stadgenoot", "Eigen Haard", "Wonion", "Talis",
                "Woonbron", "Ymere", "Lefier", "Woonzorg Nederland", "Trivire", "Havensteder", "Wooninvest"]
# Public service numbers: never personal data
PUBLIC_NUMBERS = ["0800-0543", "0800-2000", "0800-1351", "0900-8844", "0800-0113", "0800-8051", "0900-0202",
                  "0800 1900", "0900-1234"]
