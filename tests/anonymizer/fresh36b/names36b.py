"""Name parts for fresh36b: origin groups present in the Dutch (and border) population.

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list.
"""

from __future__ import annotations


def _c(a: list[str], b: list[str]):
    return lambda r: r.choice(a) + r.choice(b)


# origin -> (first names, surname maker, particle choices for the surname ("" = none))
ORIGINS: dict = {
    "Dutch": (
        [
            "Geert",
            "Marieke",
            "Joost",
            "Annelies",
            "Wouter",
            "Femke",
            "Ruud",
            "Ilse",
            "Bas",
            "Hanneke",
            "Thijmen",
            "Lotte",
        ],
        _c(
            ["Hol", "Brink", "Hooge", "Oost", "Blom", "Sloot", "Wester", "Rozen", "Mol", "Wiel"],
            ["mans", "horst", "erveld", "broek", "winkel", "ink", "kamp", "huizen", "dijk"],
        ),
        [""],
    ),
    "Dutch-particle": (
        ["Marjolein", "Pieter", "Evelien", "Gijs", "Sanne", "Rutger", "Jolien", "Maarten"],
        _c(
            ["Hoevel", "Lind", "Aker", "Wel", "Schaar", "Ber", "Gaal", "Stee"],
            ["kamp", "enberg", "sloot", "hof", "velde", "beek", "ven", "meer"],
        ),
        ["van der ", "van de ", "ter ", "ten ", "de ", "van 't ", "op de ", "van den ", "in 't "],
    ),
    "Limburg": (
        ["Sjef", "Truus", "Lei", "Huub", "Mia", "Jo", "Mieke", "Ger"],
        _c(
            ["Pluy", "Heu", "Schreu", "Kuij", "Lem", "Vaes", "Meu", "Smeu"],
            ["mers", "ssen", "ckx", "mens", "len", "nders"],
        ),
        ["", "", "van ", "op den "],
    ),
    "Frisian": (
        ["Sjoukje", "Wiebe", "Hylke", "Tsjalling", "Baukje", "Jitske", "Durk", "Froukje"],
        _c(["Wyn", "Sjol", "Hett", "Bout", "Jel", "Tjal", "Reit", "Aukes"], ["stra", "sma", "inga", "ma", "enga"]),
        [""],
    ),
    "Flemish": (
        ["Jens", "Lieselot", "Wout", "Griet", "Stijn", "Ellen", "Jef", "Nele", "Kobe", "Ine"],
        _c(
            ["Vande", "Ver", "Vanden", "Ver", "De"],
            ["velde", "haegen", "bussche", "meulen", "poorten", "kerckhove", "straete", "cauteren", "lindt"],
        ),
        [""],
    ),
    "Walloon": (
        ["Amélie", "Jean-Luc", "Margaux", "Thibaut", "Océane", "Benoît"],
        _c(["Dela", "Fonta", "Marc", "Jaco", "Lam"], ["haye", "ine", "hal", "bert", "otte", "ourt"]),
        ["", "Le ", "du "],
    ),
    "German": (
        ["Jürgen", "Heike", "Maximilian", "Anneliese", "Uwe", "Katrin", "Lukas", "Birgit", "Jannik", "Ute"],
        _c(
            ["Schmi", "Hüls", "Ober", "Kirch", "Wacht", "Brück", "Holt", "Eschen"],
            ["tz", "mann", "meier", "hoff", "ner", "haus", "kötter"],
        ),
        [""],
    ),
    "Moroccan": (
        ["Mohamed", "Fatima", "Youssef", "Naima", "Hamza", "Soufiane", "Khadija", "Ilham", "Bilal", "Samira"],
        _c(
            ["El Ham", "Ait Bou", "Azd", "Bouk", "Ou-Hadd", "El Mour", "Amz", "Tah"],
            ["outi", "aoui", "idi", "ari", "ani", "ach"],
        ),
        [""],
    ),
    "Turkish": (
        ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Hatice", "Kerem", "Songül"],
        _c(
            ["Kara", "Akt", "Yıl", "Demir", "Öz", "Gök", "Tun", "Erd"],
            ["taş", "kaya", "dağ", "soy", "can", "oğlu", "türk"],
        ),
        [""],
    ),
    "Kurdish": (
        ["Rojda", "Dilan", "Baran", "Serhat", "Berfin", "Rêber"],
        _c(["Bar", "Zin", "Ser", "Dil", "Hew"], ["zani", "dar", "hildan", "ovan", "rami"]),
        [""],
    ),
    "Surinamese-Hindustani": (
        ["Ravi", "Sharmila", "Anil", "Shanti", "Radjesh", "Indira", "Kiran"],
        _c(["Ram", "Mang", "Bal", "Soek", "Rag", "Jag", "Bhag"], ["din", "oe", "lall", "sing", "persad", "wandin"]),
        [""],
    ),
    "Surinamese-Creole": (
        ["Winston", "Marlon", "Germaine", "Ruth-Ann", "Clifton", "Rosita"],
        _c(["Pin", "Wald", "Lie", "Brei", "Doe", "Zaal", "Kort"], ["as", "hout", "veld", "ling", "burg", "wijk"]),
        [""],
    ),
    "Javanese": (
        ["Soekarni", "Wagiman", "Sarmi", "Poniem", "Roesman"],
        _c(["Sar", "Kro", "Mo", "Wono", "Sos", "Pawi"], ["dikromo", "moeljo", "redjo", "semito", "dimedjo"]),
        [""],
    ),
    "Antillean": (
        ["Shurandy", "Giovanni", "Naomi", "Jurgen", "Sharellys", "Kenrick"],
        _c(["Mar", "Cel", "Ros", "Bern", "Fra", "Cove"], ["tina", "estijn", "ario", "abela", "anca", "ndie"]),
        [""],
    ),
    "Moluccan": (
        ["Semuel", "Yohana", "Ferry", "Octavia", "Johny"],
        _c(["Latu", "Patti", "Wattim", "Tuhu", "Soum", "Riri"], ["mahu", "ena", "hutu", "asina", "nussa"]),
        [""],
    ),
    "Indonesian": (
        ["Dewi", "Budi", "Sri", "Agus", "Ratna"],
        _c(["Suryo", "Hadi", "Wira", "Prawi", "Santo"], ["negoro", "kusumo", "atmadja", "wijaya", "sastro"]),
        [""],
    ),
    "Chinese": (
        ["Wei", "Mei-Ling", "Jun", "Xiaoyu", "Hao", "Yuting"],
        lambda r: r.choice(["Zhang", "Tsang", "Kwok", "Ng", "Chan", "Liang", "Tjoa", "Yeung"]),
        [""],
    ),
    "Vietnamese": (
        ["Thi Lan", "Van Minh", "Thi Hoa", "Duc Anh"],
        lambda r: r.choice(["Nguyen", "Tran", "Pham", "Huynh", "Vo", "Dang"]),
        [""],
    ),
    "Polish": (
        ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Zofia"],
        _c(
            ["Kowal", "Wiśni", "Nowa", "Zieliń", "Grab", "Mazur", "Kacz", "Szym"],
            ["ski", "ewski", "czyk", "owska", "arek", "anek"],
        ),
        [""],
    ),
    "Romanian": (
        ["Ionuț", "Andreea", "Mihai", "Ioana", "Florin"],
        _c(["Pop", "Dumitr", "Stan", "Cior", "Ungur", "Rad"], ["escu", "eanu", "ache", "oiu"]),
        [""],
    ),
    "Bulgarian": (
        ["Petar", "Desislava", "Georgi", "Milena"],
        _c(["Dimi", "Geor", "Iva", "Todo", "Stoy"], ["trov", "giev", "nov", "rova", "anova"]),
        [""],
    ),
    "Syrian": (
        ["Rami", "Lina", "Omar", "Rasha", "Tarek", "Hiba"],
        _c(["Al-Hamw", "Al-Khat", "Al-Shaw", "Al-Hal", "Kab", "Darw"], ["i", "ib", "af", "ani", "ish"]),
        [""],
    ),
    "Iraqi": (
        ["Haider", "Zainab", "Mustafa", "Noor"],
        _c(["Al-Jub", "Al-Sam", "Al-Ob", "Kadh"], ["ouri", "arrai", "aidi", "imi"]),
        [""],
    ),
    "Afghan": (
        ["Farid", "Mariam", "Ahmad Shah", "Parwana", "Wais"],
        _c(["Sultan", "Noor", "Karim", "Hakim", "Sadi"], ["zai", "yar", "khel", "zada"]),
        [""],
    ),
    "Iranian": (
        ["Dariush", "Shirin", "Navid", "Golnaz"],
        _c(["Tehr", "Mohamm", "Rezv", "Kazem", "Shir"], ["ani", "adi", "ian", "pour", "zadeh"]),
        [""],
    ),
    "Eritrean": (
        ["Tesfay", "Semhar", "Yonas", "Luwam", "Filmon", "Saba"],
        _c(
            ["Gebre", "Wolde", "Tekle", "Haile", "Tesfa"], ["mariam", "michael", "giorgis", "slassie", "ab", "haimanot"]
        ),
        [""],
    ),
    "Ethiopian": (
        ["Abebe", "Meseret", "Dawit", "Hirut"],
        _c(["Alem", "Bekele", "Tade", "Ayele"], ["u", "seged", "sse", "work"]),
        [""],
    ),
    "Somali": (
        ["Abdirahman", "Hodan", "Farhiya", "Mahad", "Ifrah", "Liban"],
        _c(["Warsa", "Cabdi", "Jaama", "Faara", "Ducaa", "Cilmi"], ["me", "c", "x", "le", "qaadir"]),
        [""],
    ),
    "Ghanaian": (
        ["Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Abena"],
        _c(["Asa", "Owu", "Bo", "Amo", "Ofo", "Agy"], ["nte", "su", "ateng", "ako", "quah", "eman"]),
        [""],
    ),
    "Nigerian": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"],
        _c(["Okon", "Ade", "Eze", "Oba", "Nwa"], ["kwo", "yemi", "diegwu", "sanjo", "chukwu"]),
        [""],
    ),
    "Cape-Verdean": (
        ["Djenice", "Nelson", "Edmilson", "Ivanilda"],
        _c(["Tava", "Monte", "Fort", "Sem"], ["res", "iro", "es", "edo"]),
        ["", "da "],
    ),
    "Portuguese": (
        ["João", "Inês", "Rui", "Beatriz"],
        _c(["Ferr", "Mour", "Pin", "Carv"], ["eira", "ão", "heiro", "alhal"]),
        [""],
    ),
    "Spanish": (
        ["Javier", "Lucía", "Álvaro", "Nerea"],
        _c(["Fern", "Rodr", "Gonz", "Sánch", "Dom"], ["ández", "íguez", "ález", "ínguez"]),
        [""],
    ),
    "Italian": (
        ["Giuseppe", "Chiara", "Matteo", "Giulia"],
        _c(["Rus", "Espos", "Bian", "Lombar", "Ferr"], ["so", "ito", "chi", "dini", "ara"]),
        [""],
    ),
    "Greek": (
        ["Nikos", "Eleni", "Kostas", "Despina"],
        _c(["Papa", "Kon", "Geor", "Ioan"], ["dopoulos", "stantinou", "giou", "nidis"]),
        [""],
    ),
    "Bosnian": (
        ["Emir", "Amra", "Dragan", "Selma", "Nermin"],
        _c(["Hodž", "Beg", "Kova", "Mehm", "Jovan"], ["ić", "ović", "ačević", "edović"]),
        [""],
    ),
    "Hungarian": (
        ["Zsófia", "Gábor", "Eszter", "Levente"],
        _c(["Szé", "Mol", "Bar", "Vár"], ["kely", "nár", "tók", "adi"]),
        [""],
    ),
    "Ukrainian": (
        ["Oksana", "Dmytro", "Olena", "Bohdan", "Iryna"],
        _c(["Shev", "Bond", "Koval", "Tkach", "Mel"], ["chenko", "arenko", "enko", "nyk", "uk"]),
        [""],
    ),
    "Lithuanian": (
        ["Jurgita", "Tomas", "Rasa", "Mindaugas"],
        _c(["Kaz", "Petr", "Jank", "Balt"], ["auskas", "aitis", "ūnas", "utis"]),
        [""],
    ),
    "Indian": (
        ["Priya", "Arjun", "Sanjay", "Lakshmi", "Vikram"],
        _c(["Ven", "Ragh", "Krish", "Subra", "Srini"], ["katesan", "avan", "namurthy", "manian", "vasan"]),
        [""],
    ),
    "Pakistani": (
        ["Imran", "Ayesha", "Usman", "Sana"],
        _c(["Chaud", "Qur", "Mirz", "Rajp"], ["hry", "eshi", "a", "oot"]),
        [""],
    ),
    "Filipino": (
        ["Maricel", "Jomar", "Rowena", "Jericho"],
        _c(["Bau", "Sant", "Magsa", "Mala"], ["tista", "os", "ysay", "ngit"]),
        ["", "Dela "],
    ),
    "Brazilian": (
        ["Thiago", "Larissa", "Gabriela", "Rafael"],
        _c(["Olive", "Carv", "Almei", "Barb"], ["ira", "alho", "dão", "osa"]),
        [""],
    ),
    "Egyptian": (
        ["Mina", "Marwa", "Karim", "Nesma"],
        _c(["Gad", "Fahm", "Sadd", "Mansou"], ["allah", "y", "ik", "r"]),
        [""],
    ),
}

# Known-name surnames: a Dutch word also used in its ordinary sense. Each sentence uses the word lower case
# ({T} title, {S} the bare surname as it stands after a title).
KNOWN = [
    ("Visser", "{T} {S} werkt als visser vanuit Breskens; de vangst bepaalt het inkomen.", "visser"),
    ("Bakker", "{T} {S} haalt elke ochtend brood bij de bakker in het Belgische dorp.", "bakker"),
    ("Molenaar", "{T} {S} vertelt dat de molenaar van de watermolen de enige buur is.", "molenaar"),
    ("de Vos", "Volgens {T} {S} zit er een vos in het kippenhok achter de schuur.", "vos"),
    ("Brouwer", "{T} {S} werkt als brouwer bij een abdij net over de grens.", "brouwer"),
    ("Post", "{T} {S} zegt dat de post uit België soms een week onderweg is.", "post"),
    ("Winter", "{T} {S} is vorige winter verhuisd naar de andere kant van de grens.", "winter"),
    ("Koster", "Volgens {T} {S} heeft de koster van de kerk de sleutel van het zaaltje.", "koster"),
    ("Smid", "{T} {S} werkt als smid in een werkplaats in Eupen.", "smid"),
    ("de Groot", "{T} {S} heeft een groot gezin en weinig ruimte.", "groot"),
    ("Klein", "{T} {S} woont in een klein huis aan de grens.", "klein"),
    ("Groen", "{T} {S} vraagt wie het groen langs de grensweg onderhoudt.", "groen"),
    ("de Wit", "Een wit busje van {T} {S} staat volgens de handhaver verkeerd geparkeerd.", "wit"),
    ("Brug", "{T} {S} fietst elke dag over de brug naar het werk.", "brug"),
    ("Beek", "Bij {T} {S} loopt de beek achter het huis over bij regen.", "beek"),
    ("Bos", "{T} {S} woont aan het bos bij de oude douanepost.", "bos"),
    ("Haas", "{T} {S} reed bijna een haas aan op de grensweg.", "haas"),
    ("Tol", "{T} {S} woont naast de oude tol aan de rijksweg.", "tol"),
    ("Herder", "{T} {S} werkt als herder met een kudde op de heide.", "herder"),
    ("Timmerman", "{T} {S} is timmerman en werkt op bouwplaatsen in Aken.", "timmerman"),
    ("Snel", "{T} {S} wil het graag snel geregeld hebben.", "snel"),
    ("Hoek", "{T} {S} woont op de hoek van de straat bij de slagboom.", "hoek"),
    ("Vink", "{T} {S} hoort elke ochtend een vink in de tuin.", "vink"),
    ("Kok", "{T} {S} werkt als kok in een hotel in Valkenburg.", "kok"),
    ("Boom", "Bij {T} {S} hangt een boom van de Duitse buren over de schutting.", "boom"),
    ("Storm", "Na de storm van vorige maand lekt het dak bij {T} {S}.", "storm"),
    ("Wolf", "{T} {S} heeft een wolf gezien bij de schapen in het veld.", "wolf"),
    ("Zwart", "{T} {S} rijdt in een zwart busje met Belgische platen.", "zwart"),
    ("Vogel", "{T} {S} vond een gewonde vogel in de achtertuin.", "vogel"),
    ("de Koning", "{T} {S} zag de koning tijdens een bezoek aan de grensstreek.", "koning"),
]
