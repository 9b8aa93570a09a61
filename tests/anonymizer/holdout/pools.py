"""Hand-written pools for the held-out corpora: names of many origins, streets, municipalities and ordinary words.

None of the person or street names below occurs in the shared dev corpora; make_holdout.py checks that.
"""

# ruff: noqa: E501

from faker_pools import *  # noqa: F403  (frozen faker draws, see harvest_faker.py)

# Modern Dutch names (the faker list is partly historical)
DUTCH_FIRST_OWN_F = ["Anouk", "Bregje", "Jorien", "Marleen", "Wietske", "Hester", "Ilona", "Jolanda", "Karin", "Petra",
                     "Rianne", "Sietske", "Tineke", "Yvonne", "Annelies", "Gerda", "Joke", "Marjan", "Nynke"]
DUTCH_FIRST_OWN_M = ["Arjen", "Bart", "Coen", "Douwe", "Erwin", "Frank", "Harm", "Jelle", "Jeroen", "Klaas", "Maarten",
                     "Niels", "Reinier", "Sjoerd", "Wouter", "Ype", "Hendrikus", "Ruud"]
DUTCH_LAST_OWN = ["Vermeulen", "Verbeek", "Hoekstra", "Kuipers", "Postma", "Veenstra", "Bosma", "Wijnands",
                  "Timmermans", "Lammers", "Huisman", "Evers", "Kroeze", "Bouwmeester", "Rietveld",
                  "Scholten", "Nijland", "Oosterhuis", "Brinkman", "Tromp", "Roelofs", "Schuurman", "Gerritsen",
                  "Koopmans", "Westerveld", "Dijkhuizen", "Lindeboom", "Vlietstra", "Haverkamp", "Zwiers", "Ottens"]
# (particle, surname)
DUTCH_PARTICLE = [("van", "Dongen"), ("van der", "Linden"), ("van den", "Bosch"), ("de", "Ruiter"), ("ten", "Hove"),
                  ("ter", "Horst"), ("van 't", "Hof"), ("op den", "Kamp"), ("in den", "Berkel"),
                  ("van der", "Sluijs"), ("van", "Rijswijk"), ("van de", "Wetering"),
                  ("van der", "Kolk"), ("de", "Bruijne"), ("ten", "Cate"), ("van", "Wijngaarden"), ("de", "Koning"),
                  ("van", "Beek"), ("van der", "Wal"), ("van", "Essen"), ("de", "Wolff"),
                  ("van der", "Heijden"), ("van", "Kempen"), ("ter", "Haar"), ("de", "Kort"), ("van 't", "Zand"),
                  ("van", "Vliet")]

TURKISH_FIRST_OWN_M = ["Hüseyin", "Serkan", "Onur", "Volkan", "Kadir", "Yusuf", "Murat", "Cem", "Ömer", "Hakan",
                       "Selim", "Erkan", "Tolga", "Barış"]
TURKISH_FIRST_OWN_F = ["Hatice", "Zeynep", "Gülsüm", "Esra", "Sibel", "Derya", "Songül", "Ebru", "Ayşegül", "Merve",
                       "Tuba", "Nurcan", "Dilek", "Sevda"]
TURKISH_LAST = ["Aksoy", "Kaplan", "Koç", "Şimşek", "Bulut", "Karaca", "Özkan", "Güneş", "Doğan", "Arslan",
                "Kılıç", "Aydoğan", "Polat", "Korkmaz", "Erdem", "Tekin", "Uçar", "Ateş", "Sarı", "Keskin",
                "Yavuz", "Coşkun", "Bozkurt", "Kurt", "Akgül", "Taş", "Bal", "Özdemir", "Çakır", "Ekinci"]
MOROCCAN_FIRST_M = ["Youssef", "Hamza", "Bilal", "Soufiane", "Ayoub", "Zakaria", "Nabil", "Rachid", "Tarik", "Anouar",
                    "Mustapha", "Abdelhak", "Driss", "Karim", "Ilias"]
MOROCCAN_FIRST_F = ["Samira", "Naima", "Loubna", "Hafsa", "Houda", "Siham", "Imane", "Salma", "Yasmina", "Ikram",
                    "Zineb", "Btissam", "Latifa", "Fatiha", "Nora"]
MOROCCAN_LAST = ["El Amrani", "Benali", "Bouali", "El Ouardi", "Ouali", "Aharrar", "Boukhari", "Ziani", "El Hamdaoui",
                 "Amezian", "Tahiri", "Belhaj", "Bakkali", "Chaouch", "Aït Brahim", "Ben Haddou", "El Fassi",
                 "Azaoum", "Lamrabet", "Mourabit", "Ouchan", "Essafi", "Boutaleb", "El Kaddouri", "Akhiat",
                 "Mokhtari", "Ait Taleb", "Bensaïd", "El Morabet", "Harrouch"]
HINDUSTANI_FIRST_OWN_M = ["Ravi", "Sunil", "Anand", "Vishal", "Dinesh", "Rakesh", "Sandeep", "Sachin", "Nitesh"]
HINDUSTANI_FIRST_OWN_F = ["Reshma", "Sarita", "Kavita", "Anjali", "Shanti", "Nirmala", "Roshni", "Kamla", "Devika"]
HINDUSTANI_LAST = ["Ramdas", "Mahabier", "Ramlal", "Sewnath", "Baldew", "Kanhai", "Jagroep", "Sitaldin", "Ramautar",
                   "Bhagwandin", "Lachmon", "Autar", "Doerga", "Raghoebir", "Soekhai", "Kalloe", "Ramsaran",
                   "Gangaram Panday", "Bisoendial", "Matadin", "Sardjoe", "Jhinkoe", "Chedi", "Ganpat"]
SURINAMESE_FIRST_M = ["Romeo", "Jerrel", "Clarence", "Marvin", "Iwan", "Rinaldo", "Glenn", "Ricardo", "Orlando",
                      "Lucien"]
SURINAMESE_FIRST_F = ["Ruth", "Sharon", "Jennifer", "Gracia", "Monique", "Germaine", "Sherida", "Marlies", "Ernestine"]
SURINAMESE_LAST = ["Brunings", "Pengel", "Kruisland", "Sabajo", "Misiedjan", "Tjin-A-Tsoi", "Fung-A-Loi",
                   "Wijngaarde", "Zebeda", "Redmond", "Vyent", "Linger", "Kromodimedjo", "Soemodihardjo",
                   "Pawiroredjo", "Sastrodimedjo", "Amatdjais", "Nelom", "Karsters", "Dwarka"]
ANTILLEAN_FIRST_M = ["Jurgen", "Dwayne", "Rudsel", "Gianluca", "Shaquille", "Jair", "Churandy", "Giovanni", "Jamiro",
                     "Kenrick"]
ANTILLEAN_FIRST_F = ["Jeanine", "Roshienne", "Sigourney", "Xiomara", "Yoselin", "Ludmila", "Shardelyn"]
ANTILLEAN_LAST = ["Maduro", "Croes", "Koolman", "Wernet", "Rosaria", "Winklaar", "Statia", "Leonora", "Sulvaran",
                  "Janga", "Rojer", "Cijntje", "Trinidad", "Albertus", "Felida", "Anthony", "Pieternella", "Juliana",
                  "Girigorie", "Obispo"]
MOLUCCAN_LAST = ["Latuperisa", "Tuhumury", "Sahetapy", "Pattipeilohy", "Nanlohy", "Matulessy", "Tahapary",
                 "Lekatompessy", "Sopacua", "Wattimena", "Siahaya", "Pelupessy", "Latumeten", "Pattiasina"]
CHINESE_FIRST_M = ["Jianguo", "Wenjie", "Haoran", "Zhiwei", "Chun Kit", "Yong", "Jun", "Ka Wing", "Mingyu", "Wai Man"]
CHINESE_FIRST_F = ["Xiaoling", "Yuting", "Jiayi", "Lihua", "Meiling", "Xinyi", "Hui Min", "Yan Ting"]
CHINESE_LAST = ["Zhang", "Liu", "Zhou", "Huang", "Lin", "Wu", "Yang", "Zhao", "Xu", "Sun", "Guo", "Tang", "Lam",
                "Wong", "Chan", "Leung", "Ng", "Yip", "Tsang", "Kwok", "Lau"]
POLISH_LAST_M = ["Nowak", "Wiśniewski", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
                 "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski",
                 "Zając", "Król", "Wieczorek", "Jabłoński", "Majewski", "Olszewski", "Stępień", "Malinowski",
                 "Górski", "Rutkowski", "Sikora", "Szewczyk"]
SYRIAN_FIRST_M = ["Omar", "Mahmoud", "Ghaith", "Tarek", "Maher", "Bashar", "Fadi", "Wael", "Rami", "Majd", "Hadi"]
SYRIAN_FIRST_F = ["Hala", "Lama", "Rama", "Reem", "Dima", "Ola", "Amal", "Layal", "Joud", "Nisreen"]
SYRIAN_LAST = ["Al-Rifai", "Darwish", "Khoury", "Hamwi", "Halabi", "Shami", "Kanaan", "Nasser", "Sabbagh",
               "Al-Masri", "Al Jasem", "Mahfouz", "Othman", "Suleiman", "Kassab", "Jaber", "Barakat", "Al-Homsi"]
ERITREAN_FIRST_M = ["Semere", "Tesfalem", "Dawit", "Merhawi", "Mussie", "Mebrahtu", "Kibrom", "Habtom"]
ERITREAN_FIRST_F = ["Senait", "Saba", "Selam", "Feven", "Rahwa", "Winta", "Ruta", "Freweini", "Aster"]
ERITREAN_LAST = ["Ghebremariam", "Kidane", "Haile", "Tekle", "Woldu", "Berhane", "Gebreyesus", "Abraha", "Mehari",
                 "Asmerom", "Tewelde", "Yohannes", "Mengistu", "Andemariam", "Habte", "Negash", "Ogbazghi"]
UKRAINIAN_FIRST_M = ["Oleksandr", "Andriy", "Serhiy", "Mykola", "Bohdan", "Yaroslav", "Volodymyr", "Maksym"]
UKRAINIAN_FIRST_F = ["Yuliia", "Kateryna", "Nataliia", "Olena", "Viktoriia", "Halyna", "Svitlana", "Mariia",
                     "Anastasiia"]
UKRAINIAN_LAST = ["Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Kovalchuk", "Oliynyk", "Lysenko",
                  "Marchenko", "Rudenko", "Savchenko", "Petrenko", "Moroz", "Pavlenko", "Kravets", "Hnatyuk",
                  "Sydorenko", "Zinchenko", "Ponomarenko"]
AFGHAN_IRANIAN_FIRST_M = ["Farid", "Hamid", "Wahid", "Reza", "Mehdi", "Habib"]
AFGHAN_IRANIAN_FIRST_F = ["Mariam", "Zahra", "Sahar", "Parisa", "Shirin", "Nasrin"]
AFGHAN_IRANIAN_LAST = ["Ahmadzai", "Noori", "Rahimi", "Sultani", "Karimi", "Hashimi", "Mohammadi", "Jafari",
                       "Tavakoli", "Sadeghi", "Popal", "Azizi"]
SOMALI_FIRST_M = ["Faisal", "Liban", "Abdirahman", "Mahad", "Abdiwali"]
SOMALI_FIRST_F = ["Ayaan", "Hodan", "Sagal", "Nasra", "Fadumo", "Hamdi"]
SOMALI_LAST = ["Warsame", "Farah", "Osman", "Mohamud", "Jama", "Egal", "Dualeh"]
GHANAIAN_FIRST_M = ["Kwame", "Kofi", "Yaw", "Kwabena"]
GHANAIAN_FIRST_F = ["Akosua", "Abena", "Adjoa", "Efua"]
GHANAIAN_LAST = ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Ofori", "Agyeman", "Danquah"]

# Street roots: + a suffix; none occurs in the dev corpora
STREET_ROOTS = ["Kastanje", "Meidoorn", "Vlier", "Hazelaar", "Berberis", "Goudenregen", "Vlasbloem", "Klaproos",
                "Zonnedauw", "Boterbloem", "Koekoeksbloem", "Pinksterbloem", "Ijsvogel", "Grutto", "Kievit",
                "Scholekster", "Tureluur", "Wielewaal", "Roerdomp", "Kwartel", "Zilverreiger", "Pottenbakkers",
                "Kuipers", "Zadelmakers", "Lijnbanen", "Touwslagers", "Bierbrouwers", "Zeepziederij", "Vredenburg",
                "Rembrandt", "Vermeer", "Mondriaan", "Sweelinck", "Vondel", "Bredero", "Multatuli", "Spinoza",
                "Erasmus", "Huygens", "Lorentz", "Kamerlingh Onnes", "Tollens", "Staring", "Bilderdijk",
                "Gijsbrecht", "Maas", "IJssel", "Lek", "Vecht", "Dommel", "Regge", "Dinkel", "Berkel", "Linge",
                "Merwede", "Zuidwal", "Noordersingel", "Oostersluis", "Westervaart", "Achterom", "Bleekveld",
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
          "Omgevingsdienst", "Waterschap", "Veiligheidsregio", "Rechtbank Overijssel"]
CORPORATIONS = ["Woonstichting Domijn", "Portaal", "Mitros", "De Key", "Stadgenoot", "Eigen Haard", "Wonion", "Talis",
                "Woonbron", "Ymere", "Lefier", "Woonzorg Nederland", "Trivire", "Havensteder", "Wooninvest"]
# Public service numbers: never personal data
PUBLIC_NUMBERS = ["0800-0543", "0800-2000", "0800-1351", "0900-8844", "0800-0113", "0800-8051", "0900-0202",
                  "0800 1900", "0900-1234"]
