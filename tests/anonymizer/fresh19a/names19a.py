"""Name material for fresh19a: origin groups with first names and surname parts (composed at draw time)."""

# origin: (first names, surname prefixes, surname suffixes, particles-or-None)
ORIGINS = {
    "dutch": (
        "Gerrit Wietske Marijke Hendrikus Aaltje Teun Roelof Femke Jorien Berend Gerdien Harm",
        "Wester Hooge Bruyn Olde Brinck Molen Kamp Stroo Ver Hul Velt Rijn",
        "link mans kamp beek horst ink sma hof stra veen",
    ),
    "dutch_particle": (
        "Maartje Diederik Klaasje Wessel Liesbeth Rutger Hanneke Sjoerd Anouk Tijmen",
        "Berk Esch Wouden Meer Hoeve Linde Bosch Heuvel Kolk Dam",
        "el en hout ven rode dijk weerd loo",
        True,
    ),
    "frisian": (
        "Sjoukje Wytse Hylkje Tsjerk Jildou Auke Baukje Doede Geartsje Sybren",
        "Hiem Wij Feen Dijk Tjal Sie Holt Bron Rin Oost",
        "stra sma inga ema enga ster tsma",
    ),
    "moroccan": (
        "Nordin Hafsa Youssra Abdelilah Latifa Bilal Siham Mourad Ikram Zakaria",
        "El Bouz Ouh Amr Azd Ben Ait Bak Hadd Ouar",
        "ali aouj idi ani ouchi ouri ach bari iti",
    ),
    "turkish": (
        "Emre Zeynep Mert Hatice Serkan Gülşen Oğuz Elif Kadir Sevgi",
        "Yıl Kara Öz Ak Demir Çelik Kurt Ay Er Tun",
        "dağ kaya soy taş men türk oğlu gün can",
    ),
    "suriname_hindustani": (
        "Rajesh Sharmila Dinesh Radhika Vikash Anjali Sunil Kavita Ravindra Usha",
        "Ram Mahab Jag Bhag Soek Ramk Pers Gir",
        "dien ier esar wandin ahai oemar aud hari",
    ),
    "suriname_creole": (
        "Marciano Gwendolyn Romeo Jurgen Ingrid Delano Shirley Errol Nadine Clyde",
        "Wij Ven Bou Lie Pin Mont Sab Doe Kar",
        "ngaarde tje kes fort ajo sel kol ster",
    ),
    "suriname_javanese": (
        "Soeparman Wagiman Sitie Soekarni Ngatinem Djoko Poniem Karijo",
        "Soe Kar Sar Wir Mar Pawi Seng Kro",
        "dirman tosen mo jono rono dikromo tinah",
    ),
    "antillean": (
        "Shurwin Jerzino Giovanna Rudsel Yvonne Jurmaine Chaïra Edsel Sharlene Ruthmilda",
        "Mar Isen Col Fran Cor Vic Gir Ros",
        "tina ia ina cisca sen torina aldo ario",
    ),
    "polish": (
        "Bartosz Agnieszka Przemysław Małgorzata Krzysztof Joanna Wojciech Zofia Grzegorz Ewa",
        "Kowal Nowak Wiśn Lewand Zielin Kamin Dąbr Szyman Wójc Mazur",
        "czyk ewski owska iak ecki ska ik",
    ),
    "syrian": (
        "Rami Lina Khaled Rasha Bassel Nour Yaman Hiba Omar Ghalia",
        "Al-Hal Khat Sab Hadd Masr Jab Kurd Shaw",
        "abi ib bagh ad ani ri ieh ash",
    ),
    "eritrean": (
        "Semhar Tesfalem Yohannes Senait Filmon Luwam Mehari Helen Kibrom Saba",
        "Tes Gebre Hab Wol Ghir Tew Berh Kid",
        "fay medhin te de may ane ane mariam",
    ),
    "somali": (
        "Abdirahman Hodan Farhiya Mohamud Ayaan Warsame Sahra Liban Fadumo Abdikarim",
        "Warsa Hirs Abdul Cal Guu Farah Dhu Ismac",
        "me i le ow led ane uul aaciil",
    ),
    "chinese": (
        "Wei Xiaoling Jun Meiling Hao Yan Zhiqiang Ling Bo Fang",
        "Ch Zh L W Ts H Y X",
        "en ang iu u ao ong ui ei",
    ),
    "indonesian_moluccan": (
        "Johan Ritha Max Elsye Wempie Nona Jopie Metty Dolf Yanti",
        "Latu Tuhu Pattin Sahe Mana Ris Lekat Tah",
        "mahina teru asarani lessy uputty akotta ihu",
    ),
    "ghanaian": (
        "Kwame Akosua Kofi Ama Yaw Abena Kwabena Efua Kojo Adwoa",
        "Ofori Bon Asan Mens Owus Agye Danq Ampo",
        "atta su te ah u man ua fo",
    ),
    "afghan": (
        "Ahmad Farzana Mohammad Shabnam Ajmal Zarghuna Naweed Freshta",
        "Amir Popal Wardak Nazari Rahim Sultan Haid Saf",
        "zai i yar khel zada ari",
    ),
    "iraqi": (
        "Haider Zainab Mustafa Marwa Ali Sura Karrar Noor",
        "Al-Jub Al-Ra Al-Obai Kad Sam Tam",
        "ouri wi di him arrai imi",
    ),
    "iranian": (
        "Dariush Shirin Kourosh Parisa Babak Golnaz Arash Mahsa",
        "Tehr Moham Raf Nik Ahm Sadeg Shir",
        "ani madi iee pour adi hi azi",
    ),
    "kurdish": (
        "Rebaz Jiyan Sherwan Berivan Dilshad Rojda Hawre Avin",
        "Bar Zan Ran Kak Sor Dos",
        "zani gana iya ayi ani ki",
    ),
    "ukrainian": (
        "Oleksandr Iryna Bohdan Oksana Taras Yuliia Mykola Halyna",
        "Shevch Kovalen Bond Tkach Kravch Melnych Lysen",
        "enko ko arenko uk yshyn ko",
    ),
    "romanian": (
        "Andrei Ioana Mihai Florentina Bogdan Roxana Cătălin Simona",
        "Pop Dumitr Stoi Constant Mocan Radul Ungur",
        "escu ache ica inescu u eanu",
    ),
    "bulgarian": (
        "Dimitar Yordanka Stoyan Desislava Petar Radka Kaloyan Tsvetelina",
        "Ivan Georgi Hrist Stoy Petk Todor",
        "ov ova ev eva anov ova",
    ),
    "portuguese_capeverdean": (
        "João Maria Manuel Conceição Adilson Fátima Nelson Lurdes",
        "Mon Sil Gonç Fortes Lop Tav Semed Varel",
        "teiro va alves es ares o a",
    ),
    "spanish": (
        "Alejandro Carmen Javier Pilar Sergio Lucía Álvaro Rocío",
        "Fern Gonz Rodr Mart Sanch Garc Navarr",
        "ández ález íguez ínez ez ía ete",
    ),
    "italian": (
        "Giuseppe Francesca Luca Chiara Matteo Giulia Salvatore Rosaria",
        "Bian Espos Colom Ricc Marin Gall Sant",
        "chi ito bo ardi etti uzzi oro",
    ),
    "german": (
        "Jürgen Ute Dieter Heike Lukas Annegret Stefan Birgit",
        "Schwarz Hoff Kling Brandt Mül Krüg Fisch",
        "kopf mann enberg ler er hauer",
    ),
    "vietnamese": ("Thanh Huong Minh Lan Duc Mai Quang Thuy", "Ng Tr Ph H V Đ", "uyen an am oang u inh"),
    "indian": (
        "Arjun Priyanka Karthik Deepa Rohan Sneha Vivek Lakshmi",
        "Subra Venkat Krish Iyen Rag Nar",
        "manian esh nan gar havan ayanan",
    ),
    "pakistani": (
        "Imran Sadia Bilal Ayesha Usman Rabia Faisal Nadia",
        "Qures Chaud Butt Malik Mirz Awa",
        "hi hry ar zada a n",
    ),
    "nigerian": (
        "Chukwuemeka Ngozi Oluwaseun Funmilayo Emeka Adaeze Tunde Chioma",
        "Okon Adeb Ojo Eze Obi Nwos Olu",
        "kwo ayo ade ani ora u wole",
    ),
    "ethiopian": (
        "Abebe Meseret Dawit Tigist Yonas Hirut Bereket Almaz",
        "Tade Alem Bek Ges Mek Hail",
        "sse u ele esse onnen e",
    ),
    "hungarian": (
        "Zsolt Erzsébet Gábor Katalin Levente Ildikó Tamás Réka",
        "Horv Szab Kovács Nagy Tóth Varg",
        "áth ó i né y a",
    ),
    "bosnian": (
        "Emir Amra Haris Lejla Edin Selma Mirza Aida",
        "Hodž Begov Mehm Hasan Alag Kurt",
        "ić ić edović ović ić agić",
    ),
    "filipino": (
        "Rodel Maricel Jomar Analyn Renato Rowena Arnel Jocelyn",
        "Dela Cr Mag Sant Bautist Pangil",
        "uz sino iago a inan",
    ),
    "brazilian": (
        "Thiago Larissa Rafael Juliana Leandro Camila Diego Fernanda",
        "Olive Carv Ribe Alm Barb Cost",
        "ira alho iro eida osa a",
    ),
}

PARTICLES_D = ["van", "van de", "van der", "van den", "de", "ter", "ten", "op den", "van 't", "in 't"]

# known-name words: surname (as in the name) -> an ordinary sentence holding the word in lower case ({K:...} marks keep)
KNOWN = {
    "Visser": "Zijn vader was {K:visser} op de Waddenzee en heeft nooit een pensioen opgebouwd.",
    "Koster": "De {K:koster} van de Grote Kerk heeft de sleutel van het buurthuis.",
    "Molenaar": "De {K:molenaar} van de korenmolen aan de dijk klaagt ook over de bouwhekken.",
    "Timmerman": "Een {K:timmerman} heeft de kozijnen vorig jaar al vervangen.",
    "Brouwer": "Mijn buurman is {K:brouwer} bij een kleine bierbrouwerij.",
    "Kok": "Ik werk als {K:kok} in een verpleeghuis, in wisseldiensten.",
    "Herder": "Een {K:herder} laat zijn schapen langs de sloot grazen.",
    "Winter": "Deze {K:winter} stond het water weer in de kelder.",
    "Vos": "Er loopt 's nachts een {K:vos} door de volkstuinen.",
    "Wolf": "In de krant stond dat er een {K:wolf} in het bos is gezien.",
    "Groen": "Het openbaar {K:groen} achter de flat wordt niet onderhouden.",
    "Bos": "Achter de woning ligt een {K:bos} waar de gemeente bomen kapt.",
    "Beek": "Bij hevige regen treedt de {K:beek} buiten haar oevers.",
    "Berg": "Er ligt een {K:berg} grofvuil naast de container.",
    "Haas": "Mijn zoon heeft een {K:haas} als huisdier, geen hond.",
    "Vink": "De {K:vink} nestelt elk voorjaar in de heg van de buren.",
    "Dekker": "Een {K:dekker} heeft het lekkende dak provisorisch gerepareerd.",
    "Smid": "Zij werkt als {K:smid} in een werkplaats op het industrieterrein.",
    "Kuiper": "In de oude stad werkte vroeger een {K:kuiper} die vaten maakte.",
    "Schipper": "Mijn man is {K:schipper} op de binnenvaart en vaak weken weg.",
    "Jager": "Volgens de {K:jager} mogen er in het park geen konijnen worden geschoten.",
    "Ruiter": "Een {K:ruiter} kwam langs het fietspad en het paard schrok van de scooter.",
    "Bruin": "Het water uit de kraan was {K:bruin} na de werkzaamheden.",
    "Wit": "De muur is {K:wit} geschilderd maar de schimmel komt terug.",
    "Zwart": "Het schimmelplekje in de badkamer is {K:zwart} geworden.",
    "Lam": "Op de kinderboerderij is een {K:lam} geboren.",
    "Hamer": "De aannemer liet een {K:hamer} en spijkers achter in de tuin.",
    "Snoek": "Mijn zoon ving een {K:snoek} in de vijver achter de school.",
    "Spijker": "Er stak een {K:spijker} uit de drempel van de lift.",
    "Zeeman": "Hij heeft als {K:zeeman} twintig jaar op zee gezeten.",
}
KNOWN_PARTICLE = {"Jager": "de", "Ruiter": "de", "Bruin": "de", "Wit": "de", "Zwart": "de", "Vos": "de", "Haas": "de"}
KNOWN_FIRST = "Annelies Bert Corrie Dirkje Evert Froukje Gijs Hennie Ineke Joop Karin Leendert Mieke Nico Petra Rinus Saskia Thijs Ursula Wim".split()
