"""Name parts per origin group for the fresh28d corpus (helper F28D).

Each group: m / f = (first name, nickname or None); part = surname particles ('' = none);
root + suf = surname parts composed at random, so that most surnames are on no common list."""

GROUPS = {
    "Nederlands": dict(
        m=[("Hendrik", "Henk"), ("Cornelis", "Kees"), ("Gerardus", "Gerrit"), ("Jacobus", "Koos"), ("Antonius", "Toon"),
           ("Wilhelmus", "Wim"), ("Albertus", "Bertus"), ("Everhardus", "Evert"), ("Adrianus", "Janus"), ("Lambertus", "Bert")],
        f=[("Hendrika", "Riek"), ("Maria", "Riet"), ("Johanna", "Jo"), ("Wilhelmina", "Mien"), ("Geertruida", "Truus"),
           ("Elisabeth", "Bep"), ("Petronella", "Nel"), ("Adriana", "Ans"), ("Cornelia", "Corrie"), ("Jacoba", "Coby"),
           ("Alida", "Lida"), ("Theodora", "Door")],
        part=["", "", "van ", "van der ", "van den ", "de ", "ter ", "ten ", "in 't ", "op den ", "van de ", "te "],
        root=["Brak", "Hoog", "Wester", "Ooster", "Ruis", "Haver", "Elsh", "Wouter", "Berken", "Gaster", "Dreu", "Lutte",
              "Mekel", "Schuyl", "Voorth", "Tichel"],
        suf=["hoven", "kamp", "dijk", "veld", "broek", "horst", "beek", "meijer", "stee", "inck", "sloot", "werf"]),
    "Fries": dict(
        m=[("Sjoerd", None), ("Wiebe", None), ("Durk", None), ("Jouke", None), ("Hylke", None), ("Oebele", "Oeb")],
        f=[("Tjitske", "Tjits"), ("Fokje", None), ("Sietske", "Siets"), ("Hiltje", None), ("Antsje", "Ant"), ("Baukje", None)],
        part=[""], root=["Wier", "Terp", "Hylk", "Sjol", "Feen", "Wyn", "Bouw", "Tjall", "Holw", "Dokk", "Jelm"],
        suf=["stra", "sma", "inga", "ema", "enga", "ster", "ma"]),
    "Marokkaans": dict(
        m=[("Mimoun", None), ("Abdelkader", "Kader"), ("Driss", None), ("Hamid", None), ("Mohand", None)],
        f=[("Yamna", None), ("Rahma", None), ("Zohra", None), ("Mimount", None), ("Hadhoum", None)],
        part=["El ", "Ben ", "", "Ait "], root=["Hadd", "Mrab", "Kadd", "Azz", "Chaou", "Ouar", "Bakk", "Tahr"],
        suf=["ouchi", "ani", "adi", "ari", "ati", "ouji"]),
    "Turks": dict(
        m=[("Hüseyin", None), ("Mustafa", None), ("Osman", None), ("İsmail", None), ("Rıza", None)],
        f=[("Fatma", None), ("Emine", None), ("Hatice", None), ("Gülsüm", None), ("Naciye", None)],
        part=[""], root=["Kara", "Ak", "Yıl", "Demir", "Öz", "Çelik", "Tok", "Bozk", "Sarı"],
        suf=["taş", "soy", "dağ", "kan", "türk", "oğlu", "han"]),
    "Surinaams-Hindostaans": dict(
        m=[("Ramdew", None), ("Radjkoemar", "Radj"), ("Bhagwandin", None), ("Soekdew", None)],
        f=[("Sita", None), ("Savitri", None), ("Lachmin", None), ("Rampiari", None)],
        part=[""], root=["Ram", "Jhin", "Mahab", "Sew", "Ragh", "Bis", "Mang"],
        suf=["sahai", "dien", "nath", "persad", "koemar", "baldew", "oe"]),
    "Surinaams-Creools": dict(
        m=[("Lucien", None), ("Eduard", "Eddy"), ("Frits", None), ("Waldo", None)],
        f=[("Hortence", None), ("Elfriede", "Frieda"), ("Marlene", None), ("Georgine", None)],
        part=[""], root=["Doel", "Kool", "Zoom", "Lin", "Ams", "Pin", "Esaj"],
        suf=["wijt", "gaarde", "berg", "dorp", "wijk", "as", "ga"]),
    "Antilliaans": dict(
        m=[("Jacinto", None), ("Eustacio", None), ("Florencio", None), ("Ignacio", None)],
        f=[("Gregoria", None), ("Marcelina", None), ("Felicia", None), ("Ursulina", None)],
        part=[""], root=["Isen", "Cijn", "Wawo", "Mart", "Bern", "Zimm", "Calm"],
        suf=["ia", "tje", "e", "ina", "abela", "erman"]),
    "Pools": dict(
        m=[("Stanisław", "Stasiek"), ("Zbigniew", None), ("Tadeusz", None), ("Kazimierz", None)],
        f=[("Krystyna", None), ("Halina", None), ("Wanda", None), ("Jadwiga", None)],
        part=[""], root=["Kowal", "Wiśni", "Grab", "Zieli", "Sob", "Dąbr", "Przyb"],
        suf=["ewski", "czyk", "iński", "owicz", "iec", "ylski"]),
    "Syrisch": dict(
        m=[("Mahmoud", None), ("Walid", None), ("Khaled", None)], f=[("Fadia", None), ("Samira", None), ("Rima", None)],
        part=["Al-", "", "Al-"], root=["Hamw", "Khat", "Shaq", "Zoub", "Mard", "Halab"], suf=["i", "ani", "ieh", "eh"]),
    "Eritrees": dict(
        m=[("Tesfay", None), ("Gebremedhin", None), ("Yohannes", None)], f=[("Abrehet", None), ("Senait", None), ("Tsega", None)],
        part=[""], root=["Gebre", "Tesfa", "Hagos", "Weldu", "Tewolde", "Kidane"], suf=["mikael", "slassie", "mariam", "berhan", "ab"]),
    "Somalisch": dict(
        m=[("Cabdi", None), ("Maxamed", None), ("Xasan", None)], f=[("Faadumo", None), ("Xaliimo", None), ("Hodan", None)],
        part=[""], root=["Xir", "Faa", "War", "Jaam", "Dhu", "Cilm"], suf=["si", "rax", "same", "ac", "dille", "alle"]),
    "Chinees": dict(
        m=[("Kwok Wah", None), ("Wai Man", None), ("Chi Keung", None)], f=[("Siu Fong", None), ("Lai Ping", None), ("Yuet Ngor", None)],
        part=[""], root=["Tsoi", "Yip", "Fung", "Kwok", "Szeto", "Leung", "Mok", "Cheuk"], suf=[""]),
    "Moluks": dict(
        m=[("Johan", "Jopie"), ("Willem", None), ("Abraham", "Bram")], f=[("Josina", None), ("Helena", "Leni"), ("Martha", None)],
        part=[""], root=["Patti", "Latu", "Tuhu", "Sahu", "Leiwa"], suf=["peilohy", "nama", "heru", "mury", "lele", "kotta"]),
    "Javaans-Indonesisch": dict(
        m=[("Harjono", None), ("Soekarman", None), ("Wagiman", None)], f=[("Soetini", None), ("Poniyem", None), ("Sarinah", None)],
        part=[""], root=["Wirjo", "Kromo", "Soe", "Darmo", "Karto"], suf=["soemarto", "dikromo", "redjo", "wiryo", "semito"]),
    "Ghanees": dict(
        m=[("Kwame", None), ("Kofi", None), ("Yaw", None)], f=[("Akosua", None), ("Abena", None), ("Ama", None)],
        part=[""], root=["Ase", "Boa", "Oti", "Dar", "Amo", "Ofo"], suf=["nte", "teng", "ko", "kwa", "ah", "ri"]),
    "Duits": dict(
        m=[("Gerhard", None), ("Helmut", None), ("Dieter", None)], f=[("Ursula", "Uschi"), ("Gisela", None), ("Hannelore", "Hanne")],
        part=[""], root=["Schrö", "Hof", "Lind", "Wald", "Brenn", "Stein"], suf=["der", "mann", "ner", "bauer", "hauser", "gruber"]),
    "Vlaams": dict(
        m=[("Jozef", "Jef"), ("Marcel", None), ("Frans", "Sus")], f=[("Godelieve", "Lieve"), ("Rosalie", None), ("Maria-Louisa", "Wiske")],
        part=["Vanden", "De ", "Van ", "Ver"], root=["broe", "Clerc", "Meul", "haeg", "Wael"], suf=["cke", "q", "enaere", "he", "ens"]),
    "Italiaans": dict(
        m=[("Giuseppe", "Peppe"), ("Salvatore", "Totò")], f=[("Antonietta", None), ("Concetta", None)],
        part=[""], root=["Russ", "Mar", "Cap", "Barb", "Esp"], suf=["elli", "otti", "ini", "ucci", "osito"]),
    "Spaans": dict(
        m=[("Manuel", None), ("Francisco", "Paco")], f=[("Encarnación", "Encarna"), ("Dolores", "Lola")],
        part=[""], root=["Rodr", "Fern", "Gonz", "Jimé", "Albar"], suf=["íguez", "ández", "ález", "enez", "rán"]),
    "Kaapverdisch": dict(
        m=[("Domingos", None), ("Manuel", "Nelo")], f=[("Filomena", None), ("Maria da Luz", None)],
        part=[""], root=["Tava", "Monte", "Sem", "Fur", "Brit"], suf=["res", "doza", "edo", "tado", "iro"]),
    "Grieks": dict(
        m=[("Georgios", None), ("Dimitrios", "Mitsos")], f=[("Eleni", None), ("Vasiliki", "Vasso")],
        part=[""], root=["Papa", "Kara", "Chrysto", "Anagno"], suf=["dopoulos", "manlis", "georgiou", "stakis"]),
    "Bosnisch": dict(
        m=[("Mirsad", None), ("Zoran", None)], f=[("Fikreta", None), ("Jasmina", None)],
        part=[""], root=["Hadž", "Beg", "Kov", "Mus", "Del"], suf=["ić", "ović", "ačević", "agić"]),
    "Iraaks": dict(
        m=[("Jabbar", None), ("Karim", None)], f=[("Suad", None), ("Wafaa", None)],
        part=["Al-", ""], root=["Jab", "Saad", "Rub", "Tam"], suf=["uri", "i", "aie", "imi"]),
    "Iraans": dict(
        m=[("Parviz", None), ("Houshang", None)], f=[("Shirin", None), ("Mahin", None)],
        part=[""], root=["Tehr", "Rez", "Ghol", "Mir", "Hoss"], suf=["ani", "ai", "zadeh", "pour", "nejad"]),
    "Afghaans": dict(
        m=[("Ghulam", None), ("Abdul Wahid", None)], f=[("Zarghona", None), ("Nazifa", None)],
        part=[""], root=["Ahmad", "Sul", "Nur", "Hak", "Stan"], suf=["zai", "yar", "khel", "i"]),
    "Vietnamees": dict(
        m=[("Duc Minh", None), ("Quang Hai", None)], f=[("Thi Hoa", None), ("Thi Lan", None)],
        part=[""], root=["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Vu"], suf=[""]),
    "Bulgaars": dict(
        m=[("Stoyan", None), ("Todor", None)], f=[("Penka", None), ("Radka", None)],
        part=[""], root=["Stoy", "Dimit", "Petk", "Zhel"], suf=["anov", "rov", "iev", "yazkov"]),
    "Roemeens": dict(
        m=[("Gheorghe", None), ("Ion", "Nelu")], f=[("Florica", None), ("Elena", None)],
        part=[""], root=["Pop", "Dum", "Stan", "Murg"], suf=["escu", "eanu", "ică", "oiu"]),
    "Hongaars": dict(
        m=[("Ferenc", "Feri"), ("László", "Laci")], f=[("Erzsébet", "Erzsi"), ("Ilona", None)],
        part=[""], root=["Szent", "Horv", "Bal", "Tót"], suf=["györgyi", "áth", "ogh", "hfalusi"]),
    "Indiaas": dict(
        m=[("Venkatesh", None), ("Rajesh", None)], f=[("Padma", None), ("Lakshmi", None)],
        part=[""], root=["Krishna", "Subra", "Venu", "Rama"], suf=["murthy", "manian", "gopal", "swamy"]),
    "Pakistaans": dict(
        m=[("Muhammad Aslam", None), ("Tariq", None)], f=[("Nasreen", None), ("Parveen", None)],
        part=[""], root=["Chaud", "Qur", "Mal", "Abb"], suf=["hry", "eshi", "ikzada", "asi"]),
    "Nigeriaans": dict(
        m=[("Chukwuemeka", "Emeka"), ("Oluwaseun", "Seun")], f=[("Ngozi", None), ("Folake", None)],
        part=[""], root=["Okon", "Ade", "Ola", "Nwa"], suf=["kwo", "yemi", "niyi", "chukwu"]),
    "Ethiopisch": dict(
        m=[("Abebe", None), ("Getachew", None)], f=[("Tigist", None), ("Almaz", None)],
        part=[""], root=["Ale", "Wolde", "Bek", "Dess"], suf=["mayehu", "giorgis", "ele", "alegn"]),
    "Oekraïens": dict(
        m=[("Mykola", None), ("Petro", None)], f=[("Halyna", None), ("Olena", None)],
        part=[""], root=["Bond", "Tkach", "Kravch", "Moroz"], suf=["arenko", "uk", "yshyn", "ovych"]),
    "Egyptisch": dict(
        m=[("Girgis", None), ("Nabil", None)], f=[("Samia", None), ("Mariam", None)],
        part=[""], root=["Abdel", "Gha", "Hanna", "Tadr"], suf=["messih", "lib", "way", "os"]),
    "Filipijns": dict(
        m=[("Dominador", "Doming"), ("Teodoro", "Dodong")], f=[("Leonora", "Nora"), ("Rosario", "Charing")],
        part=["", "Dela "], root=["Maca", "Pang", "Buen", "Cat"], suf=["raeg", "ilinan", "aventura", "acutan"]),
}

# children and grandchildren of Dutch families mostly carry names of a younger generation
YOUNG_NL = dict(m=["Marco", "Ronald", "Erwin", "Gerard", "Patrick", "Dennis", "Arjan", "Remco", "Jeroen", "Sjaak"],
                f=["Anja", "Ingrid", "Petra", "Monique", "Wilma", "Carla", "Marjolein", "Yvonne", "Sandra", "Ellen"])
GRAND_NL = dict(m=["Daan", "Thijs", "Luuk", "Bram", "Milan", "Stijn"], f=["Lotte", "Fenna", "Isa", "Noor", "Sanne", "Femke"])

# known names: a surname that is also an ordinary Dutch word, with a sentence using it lower case
KNOWN = {
    "Visser": "{Haar} vader was vroeger visser op de Zuiderzee en {zij} vertelt daar nog elke dag over.",
    "Bakker": "Elke ochtend loopt {zij} nog naar de bakker op de hoek voor een half bruin.",
    "Smit": "{Haar} vader was smit in het dorp, dat weet {zij} nog precies.",
    "Koster": "{Haar} vader was veertig jaar lang koster van de kerk aan het plein.",
    "Molenaar": "{Haar} broer was molenaar en de molen staat er nog steeds.",
    "de Haan": "Om vijf uur kraait de haan van de buren en dan is het gedaan met slapen.",
    "de Vos": "Er loopt 's nachts een vos door de tuin en daar schrikt {zij} van.",
    "Zwaan": "Vanuit het raam ziet {zij} elke ochtend een zwaan in de sloot.",
    "Kraai": "Op het balkon komt elke dag een kraai brood halen.",
    "Valk": "Boven het weiland hangt vaak een valk, daar kan {zij} uren naar kijken.",
    "Winter": "Deze winter viel de stookrekening veel hoger uit dan verwacht.",
    "Storm": "Na de storm van vorige week lag de schutting plat.",
    "Kuiper": "Opa leerde het vak van kuiper en maakte tonnen voor de haring.",
    "Brouwer": "{Haar} vader werkte als brouwer bij de bierbrouwerij in de stad.",
    "Koning": "{Zij} heeft de koning een keer een hand gegeven bij een opening.",
    "Groen": "{Zij} wil dat de voortuin groen blijft en niet wordt betegeld.",
    "de Wit": "Volgens de vereniging moet het kozijn weer wit worden geschilderd.",
    "Bos": "Vroeger wandelde {zij} elke dag door het bos achter de kerk.",
    "Berg": "Op tafel ligt een berg ongeopende enveloppen.",
    "Hoek": "De traplift moet bovenaan om een scherpe hoek van de trap.",
    "Mol": "In het gazon zit een mol en daar ergert {zij} zich groen en geel aan.",
    "Vink": "Onder de dakgoot heeft een vink een nestje gebouwd.",
    "Wolf": "De hond van de buren blaft als een wolf en daar wordt {zij} onrustig van.",
    "Stoel": "{Zij} zit de hele dag in dezelfde stoel bij het raam.",
    "Mulder": None,
}
KNOWN = {k: v for k, v in KNOWN.items() if v}
