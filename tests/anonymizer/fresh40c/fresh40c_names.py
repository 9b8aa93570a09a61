"""Name parts per origin group for the fresh40c generator (village and neighbourhood councils).

Each group: male first names | female first names, then lists of parts that are glued together and capitalised per
token, so that most surnames are on no common list. Dutch surnames get a particle in every case.
"""

from __future__ import annotations

# group: (male firsts, female firsts, [part lists] glued in order)
GROUPS = {
    "dutch": (
        "Gerrit Wouter Jelle Harm Teun Maarten Ruud Sander Evert Gijs",
        "Hennie Marieke Anouk Ineke Lotte Wilma Marjan Femke Gerda Noortje",
        [
            ["hoog", "wester", "bree", "mol", "oost", "kal", "zand", "ril", "hul", "bolt"],
            ["kamp", "veld", "horst", "brink", "hof", "molen", "beek", "weerd", "hage", "voort"],
        ],
    ),
    "frisian": (
        "Sjoerd Hylke Jitse Auke Durk Wybren Tjerk Klaas",
        "Wietske Tjitske Baukje Geartsje Sytske Janke Froukje Aukje",
        [
            ["hoek", "wier", "tjal", "rins", "fok", "hylk", "sjol", "wyn", "feik", "doed"],
            ["stra", "sma", "inga", "ema", "enga", "sta"],
        ],
    ),
    "moroccan": (
        "Soufiane Brahim Achraf Youssef Hamid Bilal Anouar Mourad",
        "Hafida Zineb Loubna Naima Samira Ikram Malika Touria",
        [
            ["el ", "ben ", "ait ", "bou", "", ""],
            ["hamm", "tahr", "azz", "kadd", "ouar", "mess", "bark", "yahy"],
            ["ouchi", "ani", "ari", "iri", "aoui", "ati"],
        ],
    ),
    "turkish": (
        "Emre Mehmet Burak Serkan Cem Yusuf Onur Kemal",
        "Ayşe Elif Zeynep Hatice Özlem Emine Gülay Derya",
        [
            ["kara", "ak", "demir", "yıl", "öz", "kılıç", "tek", "ay", "gül", "er"],
            ["oğlu", "han", "taş", "kaya", "dağ", "soy", "can", "türk"],
        ],
    ),
    "hindustani": (
        "Rajesh Anand Ravi Dinesh Sunil Narender Prakash Vikash",
        "Sharmila Kavita Shanti Reshma Nirmala Sunita Radha Anita",
        [
            ["ram", "sew", "bal", "jag", "mahab", "gan", "raghoe", "soek", "bis", "dji"],
            ["persad", "dat", "nath", "bier", "lal", "sing", "charan", "bali"],
        ],
    ),
    "creole": (
        "Glenn Ricardo Iwan Romano Errol Clyde Roy Winston",
        "Marisca Joyce Sharon Ingrid Natasja Cynthia Jenny Mavis",
        [
            ["wijn", "kross", "fer", "blijd", "pin", "zeeg", "hel", "abe", "mont", "sabaj"],
            ["gaard", "stein", "ing", "hoop", "berg", "ie", "el", "ent"],
        ],
    ),
    "antillean": (
        "Shurandy Jurickson Ruchendra Kenley Jurgen Giandro Eldrick Sidney",
        "Giandra Xiomara Sheritza Jeanelle Shudaisy Ruthmila Naomy Lisandra",
        [
            ["mar", "cijn", "stat", "ros", "winkl", "isen", "ang", "fra", "koek", "doran"],
            ["tina", "tje", "ia", "aria", "aar", "ela", "ai", "oe"],
        ],
    ),
    "polish": (
        "Piotr Tomasz Krzysztof Paweł Marek Grzegorz Łukasz Jakub",
        "Katarzyna Agnieszka Magdalena Joanna Ewa Małgorzata Dorota Beata",
        [
            ["kowal", "now", "wiśn", "lewand", "zieli", "wójc", "kamin", "dąbr", "grab", "jaw"],
            ["ski", "ska", "czyk", "owski", "ewicz", "iak", "ecka"],
        ],
    ),
    "syrian": (
        "Rami Omar Bassel Tarek Majd Fadi Khaled Ammar",
        "Lina Rasha Hiba Nour Rania Dima Ghalia Reem",
        [
            ["al-", "al-", ""],
            ["khat", "hal", "mas", "dar", "sab", "najj", "hom", "kayy"],
            ["ib", "abi", "ri", "wish", "bagh", "ar", "si", "ali"],
        ],
    ),
    "eritrean": (
        "Yonas Filmon Tesfay Mehari Kibrom Robel Dawit Amanuel",
        "Senait Helen Selam Rahwa Saba Luwam Yordanos Mebrat",
        [
            ["gebre", "haile", "wolde", "tesfa", "ghebre", "kida", "berha", "asme"],
            ["mariam", "michael", "selassie", "giorgis", "yohannes", "mesk", "ab", "rom"],
        ],
    ),
    "somali": (
        "Abdirahman Mahad Abdiwali Farah Hassan Liban Mukhtar Guled",
        "Hodan Ayaan Sahra Fadumo Hibo Ifrah Nimco Sagal",
        [
            ["war", "ab", "ja", "hir", "dir", "ega", "ism", "xaa"],
            ["same", "dille", "maac", "si", "ie", "le", "aaciil", "shi"],
        ],
    ),
    "chinese": (
        "Wei Jian Hao Cheng Zhiwei Bo Jun Kai",
        "Mei Ling Xiu Li Na Yan Xiaoyu Hui Min Qing",
        [["chen", "zhou", "wong", "tsang", "huang", "cheung", "kwok", "yip", "liang", "tam"]],
    ),
    "indonesian": (
        "Budi Agus Hendra Bambang Joko Wahyu Rudi Eko",
        "Dewi Sri Wulan Ratna Indah Lestari Yanti Endang",
        [
            ["sutan", "wira", "hadi", "pra", "suryo", "kusuma", "sastro", "darma"],
            ["to", "djaja", "wibowo", "atmadja", "negoro", "prawira", "sumarto"],
        ],
    ),
    "moluccan": (
        "Johan Ronald Frits Maurits Eli Semuel Jopie Dominggus",
        "Femmy Mientje Carla Tineke Bea Jacomina Nelly Welmoed",
        [
            ["pattij", "lat", "tuhu", "wattim", "sahet", "manu", "leiw", "huwa"],
            ["nasarany", "uheru", "leru", "ena", "apy", "putty", "akotta"],
        ],
    ),
    "ghanaian": (
        "Kwame Kofi Yaw Kwabena Kwaku Kojo Kwadwo Fiifi",
        "Akosua Abena Ama Efua Adwoa Akua Esi Afua",
        [
            ["o", "a", "bo", "me", "ku", "ansa", "ofo"],
            ["wusu", "sante", "ateng", "nsah", "fori", "doo", "kye", "mpong"],
        ],
    ),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ikenna Obinna Segun Chukwudi",
        "Ngozi Adaeze Funmilayo Chiamaka Yetunde Ifeoma Bisola Nneka",
        [
            ["okon", "ade", "eze", "oba", "nwo", "olu", "ige", "uche"],
            ["kwo", "yemi", "ji", "sanjo", "kafor", "wole", "dinma", "nna"],
        ],
    ),
    "german": (
        "Jürgen Dieter Matthias Uwe Reinhard Helmut Klaus Torsten",
        "Heike Ute Sabine Birgit Monika Gudrun Anke Silke",
        [
            ["hoff", "schwarz", "wein", "kessel", "brück", "stein", "lind", "kirch"],
            ["mann", "bauer", "kopf", "müller", "hardt", "inger", "hammer"],
        ],
    ),
    "flemish": (
        "Wouter Gert Koen Dirk Bart Stijn Filip Geert",
        "Lieve Hilde Griet Katrien Veerle Inge Sofie Leen",
        [
            ["ver", "de", "vande", "van"],
            ["cammen", "smet", "hoeve", "bruggen", "straete", "bruyne", "meulen", "lommel"],
        ],
    ),
    "bulgarian": (
        "Dimitar Georgi Ivaylo Stoyan Hristo Plamen Krasimir Nikolay",
        "Desislava Elena Maria Radka Tsvetana Violeta Yordanka Petya",
        [
            ["petr", "ivan", "todor", "stoy", "georg", "nikol", "dimitr", "hrist"],
            ["ov", "ova", "ev", "eva", "anov", "ieva"],
        ],
    ),
    "romanian": (
        "Andrei Mihai Florin Cătălin Bogdan Sorin Vasile Ionuț",
        "Ioana Alina Elena Mihaela Roxana Cristina Daniela Oana",
        [
            ["pop", "ion", "dumitr", "stan", "rad", "mun", "ciob", "neag"],
            ["escu", "eanu", "ache", "ulescu", "oiu", "ică"],
        ],
    ),
    "ukrainian": (
        "Oleksandr Taras Dmytro Bohdan Yurii Andrii Serhii Mykola",
        "Iryna Oksana Natalia Halyna Olena Tetiana Svitlana Larysa",
        [
            ["shevch", "kovalen", "bond", "tkach", "kravch", "melny", "hnat", "sav"],
            ["enko", "uk", "arenko", "yshyn", "chuk", "ko"],
        ],
    ),
    "iraqi": (
        "Haider Mustafa Ali Hussein Karrar Sajjad Ahmed Murtadha",
        "Zainab Hawraa Sura Noor Fatimah Ruqaya Maryam Shahad",
        [
            ["al-"],
            ["jub", "ob", "sam", "rub", "dul", "tam", "kaz", "sudan"],
            ["ouri", "aidi", "arrai", "aie", "aimi", "imi", "ani"],
        ],
    ),
    "iranian": (
        "Reza Dariush Kaveh Babak Arash Farhad Kourosh Siamak",
        "Shirin Maryam Nasrin Parisa Laleh Golnaz Mitra Azadeh",
        [
            ["moham", "jaf", "hossein", "rah", "kar", "tehr", "shir", "nik"],
            ["madi", "ari", "zadeh", "imi", "ani", "pour", "khah"],
        ],
    ),
    "afghan": (
        "Ahmad Wahid Nasir Jawad Farid Zabiullah Hamid Mirwais",
        "Farida Mariam Zarghuna Nazanin Shabnam Fereshta Homa Gulalai",
        [["pop", "sult", "naz", "rahm", "hak", "karz", "stan", "wardak"], ["zai", "ani", "i", "yar", "mi", "al"]],
    ),
    "vietnamese": (
        "Thanh Minh Tuan Quang Duc Hung Long Phuc",
        "Lan Hoa Thuy Huong Ngoc Mai Trang Linh",
        [["nguyen", "tran", "pham", "hoang", "dang", "bui", "vu", "truong"]],
    ),
    "capeverdean": (
        "Nelson Djon Edson Adilson Manuel Zeca Dário Ivanildo",
        "Adelina Fátima Lúcia Ivone Nilda Djenifer Arlinda Celeste",
        [["tavar", "semed", "fort", "mont", "lop", "varel", "évor", "brit"], ["es", "o", "eiro", "inha", "ela", "ana"]],
    ),
    "italian": (
        "Giuseppe Luca Marco Alessandro Davide Matteo Stefano Paolo",
        "Francesca Chiara Giulia Valentina Federica Silvia Paola Elisa",
        [
            ["ross", "bianch", "ferr", "ricc", "espos", "mor", "colomb", "galli"],
            ["ini", "etti", "ardi", "ito", "ucci", "elli", "one"],
        ],
    ),
    "spanish": (
        "Javier Alejandro Sergio Pablo Álvaro Raúl Iñigo Jorge",
        "Carmen Lucía Marta Pilar Nerea Rocío Inmaculada Begoña",
        [
            ["fern", "gonz", "rodr", "mart", "sánch", "lóp", "dom", "benít"],
            ["ández", "ález", "íguez", "ínez", "ez", "ero"],
        ],
    ),
    "greek": (
        "Nikos Giorgos Kostas Dimitris Yannis Stavros Vasilis Thanos",
        "Eleni Despina Katerina Sofia Vasiliki Georgia Anastasia Chrysa",
        [
            ["papa", "konstant", "alexi", "dimitri", "kara", "stavr"],
            ["dopoulos", "inidis", "ou", "akis", "adis", "atos"],
        ],
    ),
    "kurdish": (
        "Baran Azad Serhat Rezan Welat Dilovan Hozan Şivan",
        "Rojda Dilan Berfin Zozan Nurcan Rojin Hêvî Viyan",
        [["zan", "bark", "dog", "kurd", "rez", "aram", "bot", "cizr"], ["ani", "zani", "an", "i", "yar", "oğlu"]],
    ),
    "ethiopian": (
        "Abebe Dawit Tesfaye Getachew Solomon Henok Bereket Yared",
        "Tigist Meron Hiwot Selamawit Bethlehem Almaz Eden Rediet",
        [["tade", "bek", "asf", "gir", "ayel", "deme", "alem", "wond"], ["sse", "ele", "aw", "ma", "ew", "ke", "u"]],
    ),
    "indian": (
        "Arjun Vikram Sanjay Rohit Karthik Abhishek Naveen Siddharth",
        "Deepika Ananya Lakshmi Priyanka Shreya Kavya Meenakshi Swati",
        [
            ["krish", "venkat", "sriniv", "rag", "subram", "bhat", "ramach", "nata"],
            ["nan", "araman", "asan", "havan", "esh", "anian", "andran", "rajan"],
        ],
    ),
    "pakistani": (
        "Imran Bilal Usman Kamran Asif Tariq Zeeshan Faisal",
        "Ayesha Sana Mehwish Rabia Saima Nadia Bushra Uzma",
        [["qur", "chaud", "but", "mal", "raz", "aw", "sidd", "gil"], ["eshi", "hry", "t", "ik", "vi", "an", "iqui"]],
    ),
    "egyptian": (
        "Karim Amr Sherif Tamer Hossam Mahmoud Wael Mostafa",
        "Yasmine Dina Rana Heba Mona Noha Aya Shaimaa",
        [["abdel", "el-"], ["fattah", "rahman", "aziz", "hamid", "sayed", "naggar", "shafei", "moneim"]],
    ),
    "hungarian": (
        "Zoltán Gábor László Attila Tamás Csaba Béla Ferenc",
        "Katalin Erzsébet Zsuzsanna Ildikó Anikó Éva Krisztina Judit",
        [
            ["kov", "szab", "horv", "fark", "vár", "mol", "balo", "lakat"],
            ["ács", "ó", "áth", "as", "adi", "nár", "gh", "os"],
        ],
    ),
    "bosnian": (
        "Edin Senad Adnan Mirza Haris Emir Kenan Jasmin",
        "Amra Lejla Selma Azra Merima Emina Aida Sabina",
        [["hodž", "beg", "muj", "halil", "del", "kov", "mehm", "spah"], ["ić", "ović", "agić", "ačić", "edić"]],
    ),
    "filipino": (
        "Arnel Jose Rodel Jun Rommel Ramil Noel Efren",
        "Maricel Rowena Marites Lorna Jocelyn Rosalie Analyn Cherry",
        [["dela ", "villa", "manal", "bau", "sant", "mag"], ["cruz", "nueva", "ang", "tista", "iago", "saysay", "ino"]],
    ),
    "brazilian": (
        "Thiago Rafael Gustavo Leandro Rodrigo Bruno Diego Felipe",
        "Juliana Camila Fernanda Larissa Aline Tatiane Patrícia Renata",
        [
            ["alm", "sou", "cos", "per", "lim", "barb", "carv", "nasc"],
            ["eida", "za", "tinho", "eira", "ares", "osa", "imento"],
        ],
    ),
}

DUTCH_PARTICLES = ["van", "van de", "van der", "de", "ter", "ten", "van den", "in 't", "op de", "van 't", "te", "den"]
GROUP_WEIGHTS = {"dutch": 8, "frisian": 3}

# Known names: a Dutch surname (or first name) that is also an ordinary word, with sentences using it lower case.
KNOWN_SURNAMES = {
    "Visser": "De {w} die 's ochtends bij de sluis zit, heeft de vernieling ook gezien.",
    "Molenaar": "Op Molendag geeft de {w} rondleidingen in de korenmolen.",
    "Koster": "De {w} van de kerk opent de zaal voor de bewonersavond.",
    "Bakker": "Sinds de {w} op het plein stopte, is er geen winkel meer in het dorp.",
    "Kok": "De {w} van het dorpshuis verzorgt de soep op de vrijwilligersavond.",
    "Schilder": "Er komt een {w} om de banken in het park te verven.",
    "Brouwer": "Het dorpsbier wordt gemaakt door een {w} uit de regio.",
    "Winter": "Vorige {w} lag er weken ijs op de ijsbaan.",
    "Storm": "Na de {w} in februari lagen er bomen over het fietspad.",
    "Groen": "Bewoners willen meer {w} in de wijk en minder stenen.",
    "Vos": "Een {w} heeft de kippen van de kinderboerderij gehaald.",
    "Hoek": "Op de {w} bij de bushalte staat geen lantaarnpaal.",
    "Post": "De {w} wordt sinds maart niet meer in het dorp gesorteerd.",
    "Timmerman": "Een {w} uit het dorp heeft het speeltoestel gerepareerd.",
    "Schaap": "Er liep een {w} los op de dijk.",
    "Herder": "De {w} trekt in mei met de kudde over de heide.",
    "Smid": "In de oude werkplaats van de {w} komt een ontmoetingsruimte.",
    "Koopman": "Een {w} op de weekmarkt klaagt over de nieuwe standplaatsen.",
    "Mol": "Een {w} heeft het grasveld bij de school omgewoeld.",
    "Valk": "Boven de akkers jaagt een {w} op muizen.",
    "Vink": "Bij de vogeltelling werd een {w} vaker gezien dan vorig jaar.",
    "Zwaan": "Een {w} broedt in de vijver achter het dorpshuis.",
    "Spijker": "Er stak een {w} uit de vlonder bij de speeltuin.",
    "Steen": "Iemand gooide een {w} door de ruit van de gymzaal.",
    "Beek": "De {w} achter de sportvelden trad in januari buiten haar oevers.",
    "Kuiper": "Vroeger woonde er een {w} naast de haven.",
    "Wever": "In het museum zit een {w} aan het oude weefgetouw.",
    "Jager": "Een {w} meldde dat er reeën op de provinciale weg lopen.",
    "Scheper": "Het oude woord {w} voor schaapherder staat nog op de gevel.",
    "Boon": "Op de buurtmoestuin wil geen {w} meer groeien.",
}
KNOWN_PARTICLE_SURNAMES = {
    "de Haan": ("Haan", "Elke ochtend kraait de {w} van de buren om vijf uur."),
    "de Wit": ("Wit", "Het hek van de speeltuin wordt {w} geschilderd."),
    "de Jong": ("Jong", "Het buurtfeest is voor {w} en oud."),
    "van der Veen": ("Veen", "Het {w} achter de buurtschap wordt natuurgebied."),
    "de Vries": None,
}
KNOWN_FIRSTS = {
    "Roos": "Bij de ingang van het dorpshuis bloeit een {w} die de tuinclub plantte.",
    "Merel": "In de heg zat een {w} te zingen tijdens de schouw.",
    "Iris": "Langs de sloot bloeit de gele {w} weer.",
    "Hazel": None,
}
