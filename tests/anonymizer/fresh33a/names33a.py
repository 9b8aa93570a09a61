"""Name, street and number material for fresh33a (composed from origin-typical parts)."""

from __future__ import annotations

import unicodedata

# origin: (female first names, male first names, surname prefixes, surname roots, surname suffixes)
# a first-name entry "A|B" means: compose from roots A (space separated) and endings B.
ORIGINS = {
    "Nederlands": (
        "Anouk Femke Lotte Ilse Marloes Eline Bente Evi Maartje Yvonne Wilma || Jan Wil Ger Hen Aal | neke tje dien drika",
        "Daan Bram Sven Thijs Jeroen Ruud Gijs Stijn Niels Teun Wouter Maarten",
        "",
        "Wester Ooster Hoog Bree Kamp Hulse Ruiter Meule Velt Brugge Hane Ekel",
        "man hof ink kamp beek veld horst stede lo",
    ),
    "Nederlands met tussenvoegsel": (
        "Anke Marieke Janine Floor Ilona Esmee Tessa Renske",
        "Joost Koen Ruben Pieter Bas Gert Hidde Casper",
        "van |van der |van den |ter |van 't |den |in 't |te ",
        "Wouden Brakel Hoeve Velde Brugge Wiel Horst Meulen Gaag Loo Spijker Laar",
        "",
    ),
    "Fries": (
        "Wytske Tjitske Froukje Sietske Hiltje Aukje Ytsje Sjoukje",
        "Sjoerd Gerben Hylke Jelle Tjeerd Wybren Douwe Feike",
        "",
        "Wyb Hylk Tjeer Wier Jel Feik Bouw Rints Douw Hait Sjol Ypk",
        "stra sma inga ema enga sta",
    ),
    "Marokkaans": (
        "Nadia Siham Ikram Houda Salma Zineb Ilham Hafsa Loubna Meryem",
        "Bilal Hamza Anouar Ilias Yassine Soufiane Ayoub Reda Tarik Othman",
        "El |Ben |Ait |Bou",
        "hadd amr ouahb azz moussa bakk ghazz tahir kadd yous",
        "ouchi ani aoui ari ouali ane ioui",
    ),
    "Turks": (
        "Elif Zeynep Büşra Merve Esra Kübra || Gül Ay Nur Sev Dil | sen nur gül han şen ay",
        "Emre Burak Mert Kerem Onur Serkan Ozan Baran Tolga Furkan",
        "",
        "Kara Demir Yıl Öz Taş Koç Şa Bal Gök Ulu Sarı",
        "oğlu dağ soy türk kaya ören tekin tepe bulut",
    ),
    "Surinaams-Hindostaans": (
        "Radjeshrie Shanti Anjali Sunita Kavita Nisha Reshma Devika",
        "Ravi Ashwin Rakesh Vikash Sunil Anand Dinesh Narend",
        "",
        "Ram Sew Jag Mahab Rag Bis Sheor Gang Kal Dwar",
        "dien nath persad sing ardjo oebar jawan kalie",
    ),
    "Surinaams-Creools": (
        "Shanice Roxanne Chantal Gwendolyn Ashanti Jenifer Ruthline Ivette",
        "Romano Dwight Kenneth Ricardo Jerrel Marvin Stanley Orlando",
        "",
        "Vrede Blijd Goed Eer Nieuw Zee Trouw Zorg Kwas",
        "zaam stein fuik zoon hart vliet werf kamp",
    ),
    "Antilliaans": (
        "Shurenska Jeanine Ruthmila Yudelka Chanelva Marisol Sharleen Jusmayra",
        "Jurich Ruënnis Shurandy Jandino Kemy Gianluca Rigenald Curtley",
        "",
        "Pieter Martin Rosar Isen Girig Wern Stat Cijnt Koei",
        "nella ina ia orie et ijn ua ano",
    ),
    "Pools": (
        "Agnieszka Katarzyna Magdalena Joanna Zofia Aleksandra Natalia Dorota",
        "Piotr Tomasz Krzysztof Paweł Jakub Mateusz Marcin Szymon",
        "",
        "Kowal Wiśniew Zielin Grabow Dąbrow Mazur Krawc Sobc Pawl Wróbl",
        "czyk ewicz iak ik ek owski",
    ),
    "Syrisch": (
        "Rama Lana Hiba Nour Yara Rasha Dima Ghalia",
        "Omar Khaled Mahmoud Fadi Tarek Samer Karam Wassim",
        "Al-",
        "Hamw Khat Masr Hass Najj Hal Shaq Zou Dark",
        "i ib ani abi ouk awi",
    ),
    "Eritrees": (
        "Semhar Saba Luwam Senait Yohana Rahwa Feven Selam",
        "Filmon Yonas Dawit Biniam Aron Robel Medhanie Tekle",
        "",
        "Gebre Habte Tesfa Wolde Ghebre Kidane Zere",
        "mariam michael selassie giorgis hiwet yesus tsion",
    ),
    "Somalisch": (
        "Hodan Ifrah Sahra Nimco Ayaan Hibaaq Fardowsa Ubah",
        "Abdirahman Mahad Liban Guleed Abdiweli Khadar Sharmarke Bashiir",
        "",
        "Warsa Hir Jaam Diri Sama Eg Nuu Afr Gala Cism",
        "me si ac e tar aal r ah ale",
    ),
    "Chinees": (
        " || Mei Xiu Hui Ling Yan Jing | ying lan fang min na",
        " || Wei Jun Hao Zhi Jian Ming | jie qiang yang long cheng",
        "",
        "Zhou Lin Huang Xu Guo Tang Liang Deng Feng Cai",
        "",
    ),
    "Indonesisch": (
        "Dewi Sari Ratna Indah Wulan Ayu Putri Lestari",
        "Bagus Rudy Budi Eko Hendra Arif Wahyu Joko",
        "",
        "Sur Wij Hart Setia Kusum Pratam Suhart Gunaw",
        "adi aya ono wan ati ardjo oko",
    ),
    "Moluks": (
        "Marcella Jolanda Priscilla Elsina Bernadette Melati",
        "Johnny Ronald Jopie Semuel Julius Izaak",
        "",
        "Latu Patti Tuhu Manu Sahe Wattil Siwa Lei",
        "heru asina mury putty tapy ela kotta lete",
    ),
    "Ghanees": (
        "Akosua Abena Efua Ama Adwoa Yaa Afia Esi",
        "Kwame Kofi Kwabena Yaw Kojo Kwaku Fiifi Nana",
        "",
        "Ofo Agye Adja Ampo Boa Nkr Oppo Dank",
        "mah teng sah kwa dom nsah ri wa",
    ),
    "Nigeriaans": (
        "Chioma Ngozi Funmilayo Adaeze Temitope Nneka Folake Ifeoma",
        "Chinedu Oluwaseun Tunde Emeka Ifeanyi Babatunde Obinna Segun",
        "",
        "Ade Olu Oke Chukwu Nwa Obi Eze Ola",
        "yemi wale bayo emeka nna dike kwe femi",
    ),
    "Kaapverdisch": (
        "Ivanilda Edna Zenaida Jandira Arlinda Nilsa",
        "Elton Edson Nelson Adilson Djamilson Jailson",
        "",
        "Tavar Fort Semed Montei Andrad Furtad Delgad Brit",
        "es o ro ado inho",
    ),
    "Iraaks": (
        "Zainab Ruqaya Sura Hawra Aseel Shahad Dhuha Tabarak",
        "Mustafa Haider Hussein Ammar Mohanad Saif Muntadher Hayder",
        "Al-",
        "Saad Obaid Rub Bay Tam Shamm Kaz Hash Jub",
        "i awi ani ouri aie",
    ),
    "Afghaans": (
        "Farzana Shabnam Zarmina Freshta Palwasha Nilofar Mursal Wajma",
        "Farid Zabihullah Mansoor Naweed Jawid Omid Rahim Sohrab",
        "",
        "Ahmad Noor Haki Kari Sulaiman Stan Habib Popal",
        "zai khel yar zada ullah i",
    ),
    "Iraans": (
        "Shirin Nasrin Parisa Mahsa Leila Niloufar Ladan Bahar",
        "Reza Arash Kaveh Babak Dariush Amir Farhad Payam",
        "",
        "Mohammad Hossein Rez Kar Tehr Shir Mir Sadegh Ghol",
        "zadeh pour nejad ani khani",
    ),
    "Ethiopisch": (
        "Tigist Meron Bethlehem Hirut Selamawit Mekdes",
        "Abebe Yohannes Tewodros Henok Kaleb Ermias",
        "",
        "Tades Bekel Alem Girm Meng Ayal Ket Deg",
        "se e u istu ew ene",
    ),
    "Bulgaars": (
        "Desislava Radostina Tsvetelina Gergana Yoana Ralitsa",
        "Stoyan Hristo Plamen Kaloyan Boyan Tsvetan",
        "",
        "Petr Georgi Dimitr Stoy Kost Nikol Todor Vasil",
        "ov ev anov chev ski",
    ),
    "Roemeens": (
        "Ioana Andreea Mihaela Alina Roxana Bianca Oana Raluca",
        "Andrei Mihai Florin Bogdan Ionuț Cosmin Vlad Sorin",
        "",
        "Pop Ion Stan Radu Dum Mih Con Vas Gheorgh",
        "escu ache eanu ila ovici iu",
    ),
    "Hongaars": (
        "Zsófia Eszter Réka Katalin Anikó Dóra Ildikó",
        "Bence Gábor Zoltán Levente Ádám Márton Tamás",
        "",
        "Kov Szab Tót Horv Fark Bal Mol Var",
        "ács ó áth as ogh nár ga ai",
    ),
    "Portugees": (
        "Inês Beatriz Mariana Leonor Catarina Joana",
        "Tiago Rui João Diogo Duarte Gonçalo",
        "",
        "Moura Pinto Cunha Faria Teixeira Vieira Rocha Sequeira",
        " Moura| Pinto| Cunha| Faria| Teixeira| Vieira",
    ),
    "Italiaans": (
        "Giulia Chiara Francesca Alessia Federica Ilaria",
        "Matteo Lorenzo Davide Simone Alessandro Riccardo",
        "",
        "Bianc Ross Ferr Espos Ricc Marin Grec Gall Cont",
        "hini ucci ello etti ato ara oni",
    ),
    "Duits": (
        "Heike Sabine Jana Katrin Ute Anja",
        "Jörg Uwe Holger Lukas Tobias Dirk",
        "",
        "Hoff Wagen Beck Krüg Lehm Hartm Zimm Fleisch",
        "mann er ke ling ert bauer",
    ),
    "Vietnamees": (
        "Thị Lan|Thị Hương|Thị Mai|Thị Thảo|Thị Ngọc|Thị Hằng",
        "Văn Minh|Văn Tuấn|Văn Hùng|Văn Dũng|Văn Phúc|Văn Khoa",
        "",
        "Trần Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ Hồ Dương",
        "",
    ),
    "Indiaas": (
        "Ananya Priyanka Divya Lakshmi Meera Shreya",
        "Arjun Rohan Vikram Karthik Sandeep Aditya",
        "",
        "Ragh Kri Sriniv Venk Subr Nar Bal",
        "avan shnan asan atesh amaniam ayanan",
    ),
    "Pakistaans": (
        "Ayesha Sana Hira Mahnoor Amna Iqra",
        "Usman Faisal Imran Zeeshan Waqas Adeel",
        "",
        "Qure Chaud Mal Siddi Haq Ans Chugh",
        "shi hry ik qui ani ari tai",
    ),
    "Filipijns": (
        "Maricel Jocelyn Rowena Kristine Mylene Rhea",
        "Jomar Rodel Arnel Jerome Ramil Jericho",
        "",
        "Mang Bautis Santi Mac Dimag Cas Ville",
        "ubat ta ago araeg iba tillo gas",
    ),
    "Oekraïens": (
        "Oksana Olena Iryna Yuliia Kateryna Sofiia",
        "Oleksandr Andrii Dmytro Bohdan Taras Mykola",
        "",
        "Shev Boyk Kovalen Tkach Bondar Melnych Kravch Oliin",
        "enko uk chuk yk ko",
    ),
    "Bosnisch": (
        "Amra Lejla Emina Selma Aida Merima",
        "Adnan Edin Haris Emir Kenan Mirza",
        "",
        "Hodž Beg Kov Mehm Hasan Delal Mus Omer",
        "ić ović agić ešević bašić",
    ),
    "Tamil": (
        "Tharshini Kavitha Nirosha Sharmila Vithya Janani",
        "Thusyanthan Prashanth Niroshan Kajan Mathusan Sutharsan",
        "",
        "Thiru Sel Siva Mahen Param Jeya Kanaga Rasa",
        "chelvam varajah lingam dran nathan ratnam",
    ),
    "Koerdisch": (
        "Rojda Berfin Zozan Hêvî Nazdar Ronahî Dilan",
        "Rêzan Kawa Aram Botan Serhat Azad",
        "",
        "Bar Hewr Zag Amed Xan Sor Shex",
        "zani ami rosi ari eki",
    ),
    "Braziliaans": (
        "Larissa Thaís Gabriela Camila Juliana Fernanda",
        "Gustavo Thiago Rafael Matheus Leandro Vinícius",
        "",
        "Oliveira Souza Carvalho Ribeiro Nascimento Barbosa",
        " Lima| Gomes| Almeida| Santos| Rocha",
    ),
    "Grieks": (
        "Eleni Katerina Despina Vasiliki Dimitra Chrysa",
        "Giorgos Nikos Kostas Yannis Panagiotis Stavros",
        "",
        "Papa Kon Georgi Niko Dimi Vasi Athan Christo",
        "dopoulos stantinou adis laou triou lakis",
    ),
    "Spaans": (
        "Lucía Carmen Paula Nerea Irene Begoña",
        "Javier Sergio Álvaro Pablo Diego Iker",
        "",
        "Navarro Moreno Romero Ortega Castillo Serrano Molina",
        " Ruiz| Torres| Jiménez| Iglesias| Vidal",
    ),
    "Egyptisch": (
        "Nourhan Heba Doaa Yasmin Marwa Shaimaa",
        "Karim Mina Mostafa Hany Amr Sherif",
        "",
        "Abdel Shen Girg Mans Hel",
        "fattah meguid latif ouda is our my",
    ),
}

# known-name words: (name word, is surname, ordinary-use sentence with the word in lower case)
KNOWN = [
    ("Bakker", True, "Het busje stopt 's ochtends eerst bij de bakker aan het plein."),
    ("Visser", True, "Mijn vader is visser en vaart de hele week, dus hij kan niet bij het gesprek zijn."),
    ("Kok", True, "Ik werk als kok in een restaurant tot laat in de avond."),
    ("Schipper", True, "Wij wonen op een woonboot en mijn man is schipper op de Rijn."),
    ("Koster", True, "De koster van de kerk naast de school heeft gezien wat er gebeurde."),
    ("Molenaar", True, "We wonen vlak bij de molen en de molenaar kent de chauffeur goed."),
    ("Timmerman", True, "Een timmerman heeft het hek van het schoolplein provisorisch gerepareerd."),
    ("Vos", True, "Er loopt 's nachts een vos over het schoolplein."),
    ("Wolf", True, "Mijn zoon tekent in elk schrift een wolf met grote tanden."),
    ("Valk", True, "Op het dak van de gymzaal broedt sinds maart een valk."),
    ("Vink", True, "De kleuters vonden een gewonde vink in de zandbak."),
    ("Mol", True, "Een mol heeft het grasveld naast het schoolplein omgewoeld."),
    ("Boom", True, "De grote boom op het schoolplein is zonder overleg gekapt."),
    ("Hoek", True, "De taxi wacht iedere ochtend op de hoek van de straat."),
    ("Dijk", True, "De route loopt over de dijk en duurt zo veertig minuten."),
    ("Sluis", True, "Als de sluis open staat, komt het busje altijd te laat."),
    ("Winter", True, "In de winter laat ik mijn dochter niet alleen fietsen."),
    ("Koning", True, "Mijn zoon speelde de koning in de eindmusical van groep 8."),
    ("Prins", True, "Hij wilde de prins spelen in de kerstvoorstelling."),
    ("Groen", True, "Het nieuwe hek is groen geverfd en veel te laag."),
    ("Zwart", True, "Er stond een zwart busje met draaiende motor voor de deur."),
    ("Klein", True, "Zijn klas is klein, maar de school is heel ver weg."),
    ("Post", True, "De brief kwam pas een week later met de post."),
    ("Baas", True, "Mijn baas geeft mij geen vrij voor het gesprek op school."),
    ("Bos", True, "De nieuwe school ligt achter het bos, zonder fietspad."),
    ("Koopman", True, "Mijn vader is koopman op de markt en staat daar om zes uur."),
    ("Vogel", True, "Er zat een vogel vast in het lokaal van groep 4."),
    ("Zwaan", True, "Op de vijver naast de school zwemt een zwaan met jongen."),
    ("Meester", True, "De meester van groep 6 heeft mij daarover niets verteld."),
    ("Smid", True, "Een smid heeft het kapotte hek van de fietsenstalling gelast."),
    ("Dekker", True, "Een dekker repareert deze week het dak van de gymzaal."),
    ("de Wit", True, "Het lokaal is wit geschilderd en ruikt nog naar verf."),
    ("de Jong", True, "Mijn zoon is nog te jong om alleen met de bus te reizen."),
    ("de Groot", True, "De klas is met dertig kinderen eigenlijk te groot voor hem."),
    ("de Lange", True, "Het is een lange rit van bijna een uur."),
    ("van Dam", True, "Bij de dam staat de bus vaak twintig minuten stil."),
    ("van der Heide", True, "De nieuwe route loopt dwars over de heide."),
    ("Roos", False, "Bij het hek van de school bloeit een roos die de kinderen zelf plantten."),
    ("Merel", False, "Een merel zingt elke ochtend bij de bushalte."),
    ("Iris", False, "Na de val op het plein was de iris van haar linkeroog ontstoken."),
    ("Linde", False, "De linde voor het schoolgebouw moet volgens de buurt blijven staan."),
    ("Jasmijn", False, "In de tuin van het kinderdagverblijf groeit jasmijn tegen de schutting."),
    ("Hazel", False, "Ze heeft ogen van hazel, zegt de juf altijd."),
]

STREET_A = (
    "Zwaluw Kastanje Wilgen Esdoorn Meidoorn Kievit Leeuwerik Berken Vlier Hazelaar Duindoorn Roerdomp Lijsterbes "
    "Goudsbloem Korenbloem Spreeuwen Reiger Plevier Rietgors Pijlkruid Zeeaster Boterbloem Klaproos Sleedoorn "
    "Wolfskers Zilverschoon Tuinfluiter Grutto Ijsvogel Kamille Lavendel Vlasbloem"
).split()
STREET_B = "straat laan weg hof singel plein kade dreef erf pad gracht steeg park veld".split()
NUMBERS = ["{n}", "{n}", "{n}", "{n}a", "{n}-II", "{n} bis", "{n}B", "{n}-3", "{n} A"]

PLACES = (
    "Zaanstad Almere Deventer Lelystad Helmond Schiedam Zoetermeer Alkmaar Purmerend Roosendaal Emmen Hengelo "
    "Vlaardingen Capelle Nieuwegein Veenendaal Gouda Heerhugowaard Spijkenisse Kampen"
).split()

SCHOOLS = [
    "Basisschool De Vlinderboom",
    "SBO De Zeearend",
    "Openbare Basisschool Het Baken",
    "IKC De Sterrenwacht",
    "Praktijkschool Het Anker",
    "SO De Kameleon",
    "Montessorischool Oost",
    "Cluster 4-school De Branding",
    "Daltonschool De Wingerd",
    "Jenaplanschool Het Kielzog",
    "VSO De Kompasroos",
    "Christelijke Basisschool De Akker",
    "Islamitische Basisschool Al Amal",
    "Vrije School De Zonnewijzer",
    "Scholengemeenschap Het Lyceum Noord",
]
MBOS = [
    "ROC Midden",
    "Techniek College Oost",
    "Zorgcollege Rivierenland",
    "ROC De Horizon",
    "Vakschool Haven & Logistiek",
]

RESIDENT_DOMAINS = (
    "hotmail.com gmail.com outlook.com ziggo.nl kpnmail.nl live.nl icloud.com upcmail.nl planet.nl xs4all.nl".split()
)


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
