"""Origin-typical name parts for the fresh39c corpus (composed, so that most names are on no common list).

Each origin: female first names | male first names, surname prefixes, surname suffixes, particles.
A prefix or suffix of "" is allowed; whole surnames come from prefix + suffix."""

ORIGINS = {
    "Nederlands": (
        "Sanne Maartje Femke Lieke Hanneke Marloes Gerdien",
        "Joris Wouter Gerrit Thijs Bram Maarten Hidde",
        "Linde Wester Hoog Ooster Zand Brug Molen Ekel Holt Rietvel",
        "horst kamp hof man veld ink berg meer dijk hout",
        ["van", "van der", "van den", "de", "ter", "ten", "van de", "in 't", ""],
    ),
    "Fries": (
        "Wytske Tjitske Baukje Janke Sjoukje Geeske",
        "Sjoerd Jelmer Sietse Hidde Wiebe Douwe",
        "Wier Terp Hylk Fokk Sjaar Bok Tjal Reid",
        "stra sma inga ema enga sta",
        [""],
    ),
    "Vlaams": (
        "Lieve Griet Ann-Sofie Hilde",
        "Wannes Jef Koenraad Stijn",
        "Ver Cop Vande Declerc Mee",
        "haeghe straete meulen cauteren ssens",
        [""],
    ),
    "Marokkaans": (
        "Fatima Khadija Nadia Samira Imane Souad Hafsa",
        "Youssef Karim Hamza Bilal Tarik Mourad Anouar",
        "El Idr;El Hadd;Ait Bouz;Ben Amr;El Ouaz;Ait Kadd;El Mach",
        "issi ouchi ani aoui ari tioui",
        [""],
    ),
    "Turks": (
        "Elif Zeynep Ayşe Merve Büşra Gülsen",
        "Emre Murat Burak Hakan Serkan Okan",
        "Yıl Kara Öz Demir Çelik Kay Er Ak",
        "dız taş soy kan oğlu han türk can",
        [""],
    ),
    "Hindostaans": (
        "Shanti Priya Sunita Reshma Anjali",
        "Ravi Anand Vishal Sanjay Radjesh",
        "Ram Jag Soek Bhag Man Bal",
        "dihal lal sing persad dien khan",
        [""],
    ),
    "Creools-Surinaams": (
        "Sharona Glenda Marcella Ruth",
        "Clyde Marlon Romeo Iwan",
        "Doel Kart Lin Sab Pin Kwas",
        "wijt osen gaarde ajo ie ama",
        [""],
    ),
    "Antilliaans": (
        "Naomi Kimberly Shurella Jeanine",
        "Jurick Shurendy Giovanni Quincy",
        "Mar Cor Isen Fran Jul Cel",
        "tina sen ia cisca iana estina",
        [""],
    ),
    "Pools": (
        "Katarzyna Agnieszka Magdalena Joanna",
        "Piotr Tomasz Krzysztof Paweł",
        "Kowal Wiśniew Nowa Zieliń Lewand Grab",
        "ski czyk owski ak ewicz",
        [""],
    ),
    "Syrisch": (
        "Lina Rasha Dima Hala",
        "Rami Omar Tarek Wassim",
        "Al-Ha;Al-Sha;Kh;Dar;Naj;Al-Mo",
        "labi mi atib wish jar ussa",
        [""],
    ),
    "Eritrees": (
        "Senait Saba Helen Luwam",
        "Tesfay Yonas Filmon Amanuel",
        "Ghebre Tes Wel Hab Kidane",
        "mariam fai degabriel mikael selassie",
        [""],
    ),
    "Somalisch": (
        "Hodan Ayaan Sahra Fadumo",
        "Abdi Farhan Liban Mahad",
        "War Far Jam Dual Ism Hir",
        "same ah ac ow ail ad",
        [""],
    ),
    "Chinees": ("Mei Xiuying Ling Yan", "Wei Jun Hao Zhiwei", "Zh Ch Ts L W", "ou en ang iu ong", [""]),
    "Indonesisch": (
        "Dewi Sari Rini Wulan",
        "Budi Agus Hendra Joko",
        "Soe Kus Sur Wira Hadi Tan",
        "harto wanto jadi atmadja sumarno djaja",
        [""],
    ),
    "Moluks": (
        "Metty Martha Nelly Bertha",
        "Semuel Johannes Pieter Ongky",
        "Lat Sah Pat Riha Tuh Wattil",
        "umahina etapy tiasina suwaru ihu",
        [""],
    ),
    "Ghanees": (
        "Akosua Ama Efua Abena",
        "Kwame Kofi Yaw Kwabena",
        "Asa Owu Boa Men Dan Ofo",
        "nte su teng sah kwa ri",
        [""],
    ),
    "Duits": (
        "Heike Ute Sabine Anke",
        "Jürgen Matthias Uwe Dieter",
        "Schwarz Höf Klein Brenn Stein Wiede",
        "mann ler eck haus inger",
        [""],
    ),
    "Roemeens": (
        "Andreea Ioana Cristina Mirela",
        "Ionuț Mihai Bogdan Florin",
        "Pop Dumitr Stănc Ionesc Radul",
        "escu ache iu oiu eanu",
        [""],
    ),
    "Bulgaars": (
        "Velina Radka Desislava Iliana",
        "Dimitar Stoyan Georgi Plamen",
        "Iv Stoy Georgi Petk Dragn",
        "anov ev ovski chev",
        [""],
    ),
    "Afghaans": (
        "Zarghona Mariam Freshta Shabnam",
        "Ahmad Farid Wahid Jawed",
        "Ahmad Rahim Sult Kar Noor",
        "zai ani yar khil",
        [""],
    ),
    "Iraaks": (
        "Zainab Shahad Israa Rusul",
        "Haider Mustafa Ali Hussein",
        "Al-Jan;Al-Ub;Kadh;Jaf;Al-Sa",
        "abi aidi im ari di",
        [""],
    ),
    "Iraans": (
        "Shirin Parisa Nasrin Golnaz",
        "Dariush Kaveh Babak Reza",
        "Tehr Moham Raz Karim Hossein",
        "ani madi avi zadeh pour",
        [""],
    ),
    "Vietnamees": (
        "Thi Lan;Thi Huong;Ngoc Anh",
        "Van Minh;Duc Thanh;Quoc Bao",
        "Nguy Tr Ph Hu D",
        "en an am ynh ang",
        [""],
    ),
    "Kaapverdisch": (
        "Elisa Jandira Djenifer",
        "Nelson Adilson Edmilson",
        "Fur Gom Mon Tav Sem",
        "tado es teiro ares edo",
        [""],
    ),
    "Portugees": ("Inês Beatriz Mariana", "João Rui Tiago", "Ferr Carv Sous Pin Alm", "eira alho ada heiro eida", [""]),
    "Italiaans": (
        "Giulia Chiara Francesca",
        "Matteo Lorenzo Davide",
        "Ross Bianc Esp Gall Marin",
        "etti ucci osito ini elli",
        [""],
    ),
    "Oekraïens": (
        "Oksana Olena Iryna",
        "Taras Bohdan Mykola",
        "Shevch Kovalen Bond Tkach Melnych",
        "enko uk arenko yshyn",
        [""],
    ),
    "Koerdisch": (
        "Rojda Dilan Berfin Hêvî",
        "Serhat Baran Rênas Zana",
        "Bar Zan Şer Mem Roj",
        "zani avi ko hilat",
        [""],
    ),
    "Nigeriaans": (
        "Ngozi Funmilayo Chioma Adaeze",
        "Chinedu Emeka Tunde Obinna",
        "Okon Adeb Ogun Eze Obi",
        "kwo ayo leye chukwu ora",
        [""],
    ),
    "Ethiopisch": (
        "Meron Tigist Selamawit",
        "Abebe Dawit Yohannes",
        "Tade Bek Ayel Gir Mulu",
        "sse ele ech ma geta",
        [""],
    ),
    "Bosnisch": (
        "Amela Selma Lejla Emina",
        "Edin Haris Adnan Mirza",
        "Hodž Beg Mujk Delal Hasan",
        "ić ović anović",
        [""],
    ),
    "Hongaars": ("Zsófia Réka Eszter", "Bence Gábor Levente", "Nagy Szab Tót Kov Fark", "ó h ács as vári", [""]),
    "Filipijns": (
        "Maricel Rowena Jocelyn",
        "Jomar Arnel Rodel",
        "Mang Bau Sant Mal Cat",
        "ubat tista iago abanan apang",
        [""],
    ),
    "Indiaas": (
        "Deepa Lakshmi Kavya",
        "Arjun Karthik Vikram",
        "Krish Venk Subr Raman Nair",
        "nan atesh amaniam athan ayar",
        [""],
    ),
    "Pakistaans": ("Ayesha Sana Mehwish", "Imran Usman Bilal", "Qur Chaud Butt Mir Shaf", "eshi hry ar za iq", [""]),
    "Soedanees": ("Amna Rayan Hiba", "Mohanad Osman Khalid", "Abdel;Ibr;Elt;Mus", "rahim ahim ayeb tafa", [""]),
}


def _split(s):
    return s.split(";") if ";" in s else s.split()


def compose_name(r, origin=None):
    """(origin, first, particle, surname, female) drawn from ``r``."""
    origin = origin or r.choice(sorted(ORIGINS))
    fem, masc, pre, suf, parts = ORIGINS[origin]
    female = r.random() < 0.5
    first = r.choice(_split(fem if female else masc))
    sur = r.choice(_split(pre)) + r.choice(_split(suf))
    if " " in sur:  # "El Idr" + "issi" -> "El Idrissi"
        a, b = sur.split(" ", 1)
        sur = a + " " + b[0].upper() + b[1:]
    sur = sur[0].upper() + sur[1:]
    particle = r.choice(parts)
    return origin, first, particle, sur, female
