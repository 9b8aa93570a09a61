"""Name material for fresh28b: per origin group, first names (f/m) and surname parts that are composed at random,
so that most surnames are on no common list. Standard library only."""

from __future__ import annotations

# origin: (female first names, male first names, surname builder spec)
# surname spec: ("compose", roots, suffixes) | ("list", names) | ("pair", left, right, joiner)
ORIGINS = {
    "dutch": (
        ["Marieke", "Ilse", "Joke", "Femke", "Annelies", "Gerda", "Wilma", "Lotte", "Hanneke", "Ria"],
        ["Gerrit", "Kees", "Joost", "Bart", "Ruud", "Henk", "Teun", "Wouter", "Geert", "Maarten"],
        (
            "compose",
            ["Wester", "Kleine", "Ooster", "Ruit", "Bleek", "Hol", "Wiel", "Hazel", "Brink", "Elsen", "Heuve", "Roze"],
            ["kamp", "broek", "ink", "huis", "hof", "man", "ers", "beek", "horst", "water", "schot"],
        ),
    ),
    "dutch_particle": (
        ["Margriet", "Anneke", "Dieuwke", "Ingrid", "Carla", "Sanneke", "Jolien", "Mirjam"],
        ["Arend", "Dirk-Jan", "Hein", "Laurens", "Coen", "Frits", "Siebe", "Evert"],
        (
            "particle",
            ["van der", "van den", "van de", "de", "ter", "ten", "van 't", "in 't", "van", "den"],
            ["Hoog", "Wijn", "Kolk", "Schuur", "Meer", "Hul", "Leest", "Breem", "Stee", "Haar", "Voort", "Graaf"],
            ["", "veld", "horst", "gaard", "beek", "steeg", "loo", "dam", "hout", "weerd"],
        ),
    ),
    "frisian": (
        ["Sietske", "Baukje", "Tjitske", "Gerbrich", "Janke", "Wytske", "Hiske", "Aukje"],
        ["Sjoerd", "Wiebe", "Tjeerd", "Hylke", "Jelle", "Douwe", "Bauke", "Rintje"],
        (
            "compose",
            ["Wier", "Hid", "Rin", "Sieg", "Feik", "Jelt", "Hoit", "Tsjal", "Auk", "Mink", "Wyb", "Tjal"],
            ["stra", "sma", "ma", "inga", "enga", "sta", "dijkstra"],
        ),
    ),
    "limburg": (
        ["Lieke", "Mieke", "Jeanne", "Trees", "Loes", "Mia"],
        ["Sjef", "Huub", "Jeu", "Harie", "Twan", "Lei"],
        (
            "compose",
            ["Hou", "Crijn", "Fran", "Kuij", "Ver", "Ploe", "Schrij", "Geu"],
            ["ben", "ssen", "pers", "gen", "ckx", "men", "nen"],
        ),
    ),
    "flemish": (
        ["Lieve", "Griet", "Veerle", "An", "Hilde"],
        ["Koen", "Pieter-Jan", "Wim", "Stijn", "Jef"],
        (
            "compose",
            ["Ver", "Vande", "Cor", "Dew", "Lam", "Goos"],
            ["meersch", "velde", "bauwhede", "ulf", "brecht", "sens"],
        ),
    ),
    "moroccan": (
        ["Nadia", "Loubna", "Hanane", "Siham", "Ikram", "Soumaya", "Nawal", "Khadija"],
        ["Mourad", "Younes", "Bilal", "Hamza", "Nordin", "Said", "Driss", "Adil"],
        (
            "compose",
            ["El Ouaz", "Bou", "Azza", "Ait Ben", "El Kh", "Amez", "Ouch", "Lahr"],
            ["zani", "ghdadi", "ouzi", "hammou", "attabi", "rioui", "ichi", "ouari"],
        ),
    ),
    "turkish": (
        ["Elif", "Zeynep", "Fatma", "Hatice", "Büşra", "Sevgi", "Gülay", "Derya"],
        ["Mehmet", "Emre", "Hakan", "Murat", "Serkan", "Osman", "Volkan", "Tuncay"],
        (
            "compose",
            ["Kara", "Ak", "Öz", "Demir", "Çelik", "Taş", "Yıl", "Gök", "Er", "Tun"],
            ["oğlu", "türk", "dağ", "soy", "kan", "baş", "göz", "alp", "tekin", "yürek"],
        ),
    ),
    "kurdish": (
        ["Rojda", "Berfin", "Dilan", "Nazdar"],
        ["Rezan", "Baran", "Serhat", "Azad"],
        ("compose", ["Bar", "Zin", "Hawr", "Dir", "Şeh"], ["zani", "ami", "ki", "oyi", "iri"]),
    ),
    "sur_hindustani": (
        ["Sharmila", "Anita", "Reshma", "Kavita", "Sunita", "Nirmala"],
        ["Rakesh", "Sanjay", "Dinesh", "Radjesh", "Anand", "Ashwin"],
        (
            "compose",
            ["Ram", "Jag", "Bhan", "Sew", "Gob", "Mahab", "Soek", "Kis"],
            ["lakhan", "roep", "sahai", "dhani", "charan", "nath", "dew", "oenandan"],
        ),
    ),
    "sur_creole": (
        ["Marlène", "Gracia", "Ilona", "Cynthia", "Sharon", "Ruth"],
        ["Romeo", "Glenn", "Ricardo", "Errol", "Hugo", "Lucien"],
        (
            "compose",
            ["Wijn", "Rozen", "Lieuw", "Pin", "Sabaj", "Lin", "Vree", "Gans"],
            ["gaarde", "blad", "kin", "as", "o", "ger", "denhoven", "kamp"],
        ),
    ),
    "sur_javanese": (
        ["Sri", "Wartini", "Soemini", "Roekmini"],
        ["Soeparman", "Wagino", "Karijo", "Slamet"],
        ("compose", ["Karto", "Soemo", "Dikro", "Sadi", "Atmo"], ["dikromo", "redjo", "sentono", "kin", "wirono"]),
    ),
    "antillean": (
        ["Shurandy", "Jurissa", "Gisela", "Natasha", "Milushka"],
        ["Jurensley", "Rignald", "Quincy", "Edsel", "Shurwin"],
        (
            "compose",
            ["Isen", "Stat", "Giri", "Rosar", "Marti", "Cijn", "Fran", "Mercel"],
            ["ia", "gorie", "ina", "ia-Koeiman", "ca", "iano"],
        ),
    ),
    "moluccan": (
        ["Ferry", "Olga", "Yvonne", "Maria"],
        ["Johnny", "Frits", "Octo", "Semuel"],
        (
            "compose",
            ["Latu", "Tuha", "Watti", "Lati", "Sahu", "Pattis"],
            ["heru", "tu", "mena", "perissa", "malo", "eleuw"],
        ),
    ),
    "indonesian": (
        ["Dewi", "Ratna", "Indah", "Wulan"],
        ["Bambang", "Agus", "Hendra", "Yudi"],
        (
            "compose",
            ["Wira", "Surya", "Kusuma", "Hadi", "Prawira"],
            ["atmadja", "negara", "wardhani", "santoso", "dinata"],
        ),
    ),
    "polish": (
        ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewelina", "Dorota"],
        ["Krzysztof", "Tomasz", "Paweł", "Grzegorz", "Marek", "Łukasz"],
        (
            "compose",
            ["Kowal", "Wiśn", "Zieliń", "Grab", "Przyb", "Szczep", "Mroz", "Kaczm"],
            ["czyk", "iewicz", "owski", "ska", "ak", "yła", "arek"],
        ),
    ),
    "ukrainian": (
        ["Oksana", "Iryna", "Nataliya", "Olena"],
        ["Taras", "Bohdan", "Mykola", "Andriy"],
        ("compose", ["Kovalen", "Shev", "Bondar", "Tkach", "Lysen", "Moroz"], ["ko", "chuk", "enko", "yshyn", "iv"]),
    ),
    "romanian": (
        ["Ioana", "Andreea", "Mihaela", "Florina"],
        ["Bogdan", "Ionuț", "Marius", "Cătălin"],
        ("compose", ["Popes", "Dumitr", "Constant", "Stoi", "Vasil"], ["cu", "escu", "eanu", "inescu"]),
    ),
    "bulgarian": (
        ["Desislava", "Tsvetelina", "Mariya"],
        ["Stoyan", "Dimitar", "Kaloyan"],
        ("compose", ["Petk", "Dragan", "Stoyan", "Iliev", "Zhel"], ["ov", "ev", "chev", "yazov"]),
    ),
    "bosnian": (
        ["Amra", "Selma", "Lejla", "Aida"],
        ["Edin", "Mirsad", "Adnan", "Damir"],
        ("compose", ["Had", "Beg", "Mu", "Del", "Kov"], ["žić", "ović", "ratović", "ić", "alić"]),
    ),
    "syrian": (
        ["Rasha", "Lina", "Nour", "Hiba", "Ghalia"],
        ["Mohammad", "Khaled", "Firas", "Ammar", "Yamen"],
        (
            "compose",
            ["Al-Hal", "Al-Hom", "Al-Dimash", "Kab", "Hadd", "Al-Ham"],
            ["abi", "si", "qi", "bani", "ad", "wi"],
        ),
    ),
    "iraqi": (
        ["Zainab", "Shahad", "Rusul"],
        ["Haider", "Mustafa", "Ali-Reza"],
        ("compose", ["Al-Jub", "Al-Bagh", "Al-Zub", "Al-Mos"], ["ouri", "dadi", "aidi", "awi"]),
    ),
    "afghan": (
        ["Mariam", "Freshta", "Parwana", "Shabnam"],
        ["Ahmad Shah", "Farid", "Wahid", "Najib"],
        ("compose", ["Ahmad", "Stanik", "Popal", "Hotak", "Saf", "Karim"], ["zai", "khil", "i", "yar", "zada"]),
    ),
    "iranian": (
        ["Shirin", "Maryam", "Ladan", "Nasrin"],
        ["Reza", "Babak", "Kourosh", "Dariush"],
        (
            "compose",
            ["Hossein", "Rahim", "Tehrani", "Mohammad", "Karim", "Shams"],
            ["zadeh", "pour", "nejad", "i", "far"],
        ),
    ),
    "egyptian": (
        ["Mona", "Heba", "Yasmin"],
        ["Tarek", "Amr", "Sherif"],
        ("compose", ["Abdel", "Abou", "El-Sha"], ["fattah", "rahman", "zeid", "ref", "wy"]),
    ),
    "eritrean": (
        ["Helen", "Senait", "Yodit", "Saba", "Luwam"],
        ["Yonas", "Tesfalem", "Biniam", "Dawit", "Filmon"],
        (
            "compose",
            ["Gebre", "Habte", "Tekle", "Wolde", "Kidane", "Haile"],
            ["mariam", "meskel", "giorgis", "haimanot", "michael", "selassie"],
        ),
    ),
    "ethiopian": (
        ["Meron", "Tigist", "Bethlehem"],
        ["Abebe", "Tesfaye", "Kebede"],
        ("compose", ["Tades", "Ayal", "Ger", "Bel"], ["se", "ew", "ima", "ay"]),
    ),
    "somali": (
        ["Hodan", "Fadumo", "Ayaan", "Sahra", "Istahil"],
        ["Abdirahman", "Mahad", "Liban", "Abdikarim", "Guled"],
        ("compose", ["Warsa", "Faara", "Jaa", "Xir", "Cawa", "Dhuu"], ["me", "x", "mac", "si", "le", "bane"]),
    ),
    "ghanaian": (
        ["Akosua", "Abena", "Efua", "Adwoa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        (
            "pair",
            ["Owusu", "Boateng", "Mensah", "Asante", "Ofori"],
            ["Agyei", "Ansah", "Darko", "Frimpong", "Kyere"],
            "-",
        ),
    ),
    "nigerian": (
        ["Chiamaka", "Funmilayo", "Ngozi"],
        ["Oluwaseun", "Chinedu", "Emeka"],
        ("compose", ["Ade", "Olu", "Oko", "Nwa"], ["yemi", "bayo", "tunji", "nkwo", "wole", "chukwu"]),
    ),
    "cape_verdean": (
        ["Ivanilda", "Edna", "Adelaide"],
        ["Adilson", "Nelson", "Djone"],
        (
            "pair",
            ["Lopes", "Tavares", "Fortes", "Semedo", "Monteiro"],
            ["Semedo", "Varela", "Brito", "Furtado", "Gomes"],
            " ",
        ),
    ),
    "chinese": (
        ["Mei-Ling", "Xiaoyan", "Siu-Wah", "Wing-Yee"],
        ["Kin-Wai", "Jianguo", "Chun-Kit", "Weiming"],
        ("list", ["Tsang", "Cheung", "Leung", "Yip", "Kwok", "Mok", "Tse", "Lau"]),
    ),
    "vietnamese": (
        ["Thi Hoa", "Thi Lan", "Ngoc Anh"],
        ["Van Minh", "Duc Huy", "Quang"],
        ("list", ["Vuong", "Dinh", "Luong", "Trinh", "Quach"]),
    ),
    "indian": (
        ["Priyanka", "Lakshmi", "Deepa"],
        ["Raghav", "Venkatesh", "Arjun"],
        ("compose", ["Raghu", "Krishna", "Subra", "Venkat"], ["nathan", "murthy", "maniam", "araman"]),
    ),
    "tamil": (
        ["Tharshini", "Kalaivani", "Nirosha"],
        ["Sivakumar", "Tharmalingam", "Kajan"],
        ("compose", ["Siva", "Thiru", "Bala", "Nadara"], ["lingam", "chelvam", "sundaram", "jah"]),
    ),
    "pakistani": (
        ["Ayesha", "Sana", "Mehwish"],
        ["Imran", "Usman", "Faisal"],
        ("compose", ["Chaud", "Qure", "Mir", "Sidd"], ["hry", "shi", "za", "iqui"]),
    ),
    "german": (
        ["Ute", "Heike", "Sabine"],
        ["Jürgen", "Uwe", "Klaus"],
        ("compose", ["Schr", "Hoff", "Kessel", "Lind", "Brenn"], ["öder", "mann", "ring", "hauser", "ecke"]),
    ),
    "italian": (
        ["Giulia", "Chiara", "Francesca"],
        ["Marco", "Luca", "Stefano"],
        ("compose", ["Barto", "Ross", "Cappel", "Mar", "Fior"], ["lini", "etti", "elli", "ucci", "ino"]),
    ),
    "portuguese": (
        ["Joana", "Inês", "Fernanda"],
        ["João", "Rui", "Tiago"],
        ("pair", ["Ferreira", "Carvalho", "Pinheiro", "Mota"], ["da Costa", "Nogueira", "Sampaio", "Teixeira"], " "),
    ),
    "greek": (
        ["Eleni", "Despina", "Katerina"],
        ["Giorgos", "Nikos", "Stavros"],
        ("compose", ["Papa", "Kon", "Georg", "Dimit"], ["dopoulos", "stantinidis", "iadis", "rakis"]),
    ),
    "filipino": (
        ["Maricel", "Rowena", "Jocelyn"],
        ["Rodel", "Jomar", "Arnel"],
        ("list", ["Dimaculangan", "Macaraeg", "Bautista-Lim", "Sumagaysay"]),
    ),
    "hungarian": (
        ["Zsófia", "Réka", "Ildikó"],
        ["Zoltán", "Gábor", "Levente"],
        ("compose", ["Szent", "Nagy", "Kis", "Fehér"], ["györgyi", "mihályi", "vári", "falvi"]),
    ),
    "lithuanian": (
        ["Rasa", "Jurgita", "Aušra"],
        ["Mindaugas", "Darius", "Tomas"],
        ("compose", ["Petr", "Kaz", "Jank", "Vait"], ["auskas", "aitis", "ūnas", "kevičius"]),
    ),
    "brazilian": (
        ["Thaís", "Larissa", "Juliana"],
        ["Thiago", "Rafael", "Diego"],
        ("pair", ["Nascimento", "Barbosa", "Araújo"], ["Silveira", "Cardoso", "Rocha"], " "),
    ),
}

# Known names: a Dutch word that is a surname and used in its ordinary sense in the same document.
# (surname with its particle, lower-case word, ordinary sentences containing the word)
KNOWN = [
    (
        "",
        "Dekker",
        "dekker",
        ["De dekker legde pas na drie weken de pannen terug.", "Volgens de dekker moest eerst het oude bitumen eraf."],
    ),
    (
        "",
        "Brand",
        "brand",
        [
            "Bij brand in de meterkast moet de omvormer direct uit.",
            "De omvormer hing zo dat er bij brand geen vluchtweg was.",
        ],
    ),
    ("", "Rook", "rook", ["Er kwam rook uit de oude cv-ketel.", "In de hal hing een lucht van rook na het solderen."]),
    (
        "",
        "Vonk",
        "vonk",
        [
            "Eén vonk bij de aansluiting was genoeg om de groep te laten springen.",
            "Een vonk uit de stekker deed de bewoner schrikken.",
        ],
    ),
    (
        "",
        "Molenaar",
        "molenaar",
        ["De molenaar van de korenmolen maakte bezwaar tegen de hoge panelen.", "Ook de molenaar kwam naar de avond."],
    ),
    (
        "",
        "Timmerman",
        "timmerman",
        ["Een timmerman plaatste de isolatieplaten onder het dak.", "De timmerman van de aannemer kwam niet opdagen."],
    ),
    (
        "",
        "Metselaar",
        "metselaar",
        [
            "Een metselaar dichtte de gaten in de spouwmuur.",
            "Pas toen de metselaar klaar was, kon de schilder beginnen.",
        ],
    ),
    (
        "",
        "Koper",
        "koper",
        ["De oude leidingen zijn van koper.", "De prijs van koper is volgens de installateur gestegen."],
    ),
    ("", "Groen", "groen", ["De wethouder gaf groen licht voor de proef.", "Het dak wordt groen met sedum."]),
    (
        "de",
        "Wit",
        "wit",
        ["De kozijnen blijven wit, zegt de welstandscommissie.", "Het schuim kleurde wit in de kruipruimte."],
    ),
    (
        "",
        "Winter",
        "winter",
        ["Voor de winter moet de isolatie klaar zijn.", "Deze winter was de energierekening verdubbeld."],
    ),
    (
        "van der",
        "Hoek",
        "hoek",
        ["In de hoek van de zolder zat schimmel.", "De omvormer hangt in de hoek van de berging."],
    ),
    ("", "Post", "post", ["De beschikking kwam per post.", "Via de post kwam een herinnering."]),
    ("", "Snel", "snel", ["De aanvraag moest snel binnen zijn.", "Het budget was snel op."]),
    ("van der", "Steen", "steen", ["De gevel is van gele steen.", "Achter de steen zit een smalle spouw."]),
    ("", "Storm", "storm", ["Na de storm lag een paneel in de tuin.", "Tijdens de storm waaide de afdekkap weg."]),
    ("", "Spijker", "spijker", ["Geen spijker mag door de dakfolie.", "Een losse spijker lekte water in de isolatie."]),
    (
        "",
        "Hamer",
        "hamer",
        ["De monteur vergat zijn hamer op zolder.", "Met een hamer werd de oude gasmeter losgeslagen."],
    ),
    ("de", "Wind", "wind", ["Bij veel wind trillen de panelen.", "De wind blies het isolatiemateriaal weg."]),
    ("van der", "Veen", "veen", ["De grond is veen, dus een bodemwarmtepomp is lastig.", "Onder de wijk zit veen."]),
    (
        "ten",
        "Boom",
        "boom",
        ["Een boom van de buren geeft schaduw op de panelen.", "De boom mag volgens de gemeente niet worden gekapt."],
    ),
    ("", "Zwart", "zwart", ["De panelen zijn helemaal zwart.", "Het dak moet zwart blijven volgens het advies."]),
    ("van den", "Berg", "berg", ["Er ligt een berg papierwerk voor de aanvraag.", "Een berg puin lag op de stoep."]),
    (
        "",
        "Licht",
        "licht",
        ["In de gang brandt het licht de hele nacht.", "Het licht in de trappenhal werd vervangen door led."],
    ),
    (
        "",
        "Kroon",
        "kroon",
        ["Het warmtenet is de kroon op het wijkplan.", "Als kroon op het werk kwam er een gevelbord."],
    ),
    (
        "",
        "Visser",
        "visser",
        ["De visser aan de kade klaagt over het geluid van de warmtepomp.", "Een visser bij de vijver zag de lekkage."],
    ),
    (
        "",
        "Smit",
        "smit",
        ["De smit maakte een nieuwe beugel voor het paneel.", "Pas na de smit kon de steigerbouwer verder."],
    ),
]
