"""Word pools for holdout7: names of many origins, streets, towns, departments and other ordinary words.

Written fresh for round seven (2026-12-03). No name, street or town here occurs in the shared development files
(``make_holdout7.py --audit`` checks that).
"""

from __future__ import annotations

# origin -> (male first names, female first names, surnames)
NAMES: dict[str, tuple[str, str, str]] = {
    "dutch": (
        "Gerrit Wouter Jeroen Maarten Joost Rutger Teun Stijn Floris Gijs Coen Hidde Wessel Ruud Harm "
        "Evert Arjen Frank Geert Niels Hugo Mats Jesse Olaf Roel Guus Hein Joep Ties Wilco Menno",
        " Annelies Femke Janneke Wilma Geertje Hanneke Loes Inge Mirjam Tineke Rianne Esmee Noortje "
        "Lieke Anouk Marloes Jolanda Ria Hennie Lisa Karin Marjan Yvonne Petra Ellen Nicole Miranda Gonnie",
        "Vos Kok Bos Dekker Wolf Koning Vink Zwart Schipper Brouwer Post Winter Baas Prins "
        "Molenaar Kuiper Timmerman Haverkamp Bouwman Scholten Kaptein Willemsen Groen Blom Koster "
        "Huisman Veldman Evers Wolters Dijkman Stam Kwakman Reinders Nijland Roelofs Stokman Kroes Vonk "
        "Rademaker Hofman Slot Klomp Wassink Nieuwenhuis Oosterhof Lubbers Arends Hulshof Brinkman Spijker "
        "Vrolijk Pot Ploeg Valk Beer Kalf Hamer van_Riet de_Wit de_Bruijn de_Ruiter de_Graaf "
        "van_der_Wal van_Vliet van_Beek van_Rijn van_den_Broek van_'t_Hof ter_Horst "
        "op_den_Kamp van_der_Linden van_Wijk van_der_Meer van_Zanten de_Haas van_Dongen",
    ),
    "frisian": (
        "Sietse Wiebe Tsjerk Bauke Rinse Gerlof Oane Jelmer Sjoerd Douwe Folkert Jochum Eeltsje",
        "Jildou Aukje Froukje Tjitske Baukje Wietske Jitske Antsje Minke Hiltje Sytske",
        "Hoekstra Hiemstra Postma Sijtsma Zijlstra Bosma Feenstra Tjeerdsma Jorritsma Veenstra "
        "Bergsma Haitsma Rienks Westra Osinga Boonstra Nauta Dykstra Kingma Bouma Hettema",
    ),
    "flemish": (
        "Wout Jens Kobe Seppe Lowie Arne Wannes Jef Staf Korneel Bavo",
        "Jolien Fien Elke Griet Annelien Katrien Veerle Ine Lien Hanne Marijke",
        "Peeters Maes Claes Goossens Verstraete Vandenbroucke Desmet Claeys Mertens Dierckx Verhaegen "
        "Lambrechts Vanhoutte De_Backer Van_Damme Vercammen Vandewalle Huysmans De_Clercq",
    ),
    "moroccan": (
        "Youssef Hamza Bilal Soufiane Mourad Abdelkader Driss Rachid Tarik Ilias Adil Hicham Zakaria",
        "Naima Souad Hanane Loubna Imane Siham Samira Malika Zineb Houda Ikram Hafsa Salma Latifa",
        "El_Amrani Bouali Ouali Ait_Taleb Benali Chaouch El_Khattabi Boukhari Aarab Ouchan "
        "Lamrini Tahiri Zaouj Abarkan El_Hamdaoui Amzil Boutaher Moussaoui Ben_Haddou Essafi Akouh",
    ),
    "turkish": (
        " Mustafa Kerem Serkan Volkan Oğuz Hakan Yusuf Ömer Cem Tolga Murat Ercan",
        "Ayşe Zeynep Fatma Emine Hatice Esra Gülşen Derya Sibel Nurcan Songül Tuğba",
        "Yılmaz Kaya Demir Yıldız Öztürk Arslan Doğan Kılıç Aslan Çetin Kurt Koç Özdemir "
        "Korkmaz Polat Oz Erdem Güneş Aksoy Kaplan",
    ),
    "hindustani": (
        "Ravi Rakesh Sunil Anand Dinesh Vikash Shiva Girish Navin Ramesh",
        "Sita Shanti Reshma Anita Kavita Nandini Radhika Ashna Usha Indra Sangita",
        " Jagroep Ramsaran Bhola Mahabier Sewnath Ramlal Baldewsingh Tewari Kalloe Jhinkoe "
        " Soekhai Mathoera Debipersad Lachman Ganpat Autar Bihari",
    ),
    "creole": (
        "Clyde Errol Delano Romeo Marciano Ivano Jerrel Imro Orlando Ricardo Hensley",
        "Gracia Sharon Ethel Gwendolyn Ruth Marva Glenda Rosita Denise Carmen",
        " Wijngaarde Sabajo Amatmoekrim Fränkel Kromosoeto Sedney Venetiaan Vrede Dors Eersel "
        "Zebeda Redan Pengel Tjin-A-Tsoi Emanuelson Karsters Biswane Lie_A_Kwie ",
    ),
    "antillean": (
        "Jurgen Rignald Shurendy Giandro Jairzinho Dionisio Ritchie Kenneth",
        "Jeanette Shudaira Jenell Clarisa Zuhaira Shanella Giselle Yolanda",
        " Rosaria Doran Koeiman Maduro Kroon Croes Wernet Statia Hooi Boekhoudt Trenidad Pieternella "
        "Semeleer Lourens Winklaar Dania Cijntje",
    ),
    "moluccan": (
        "Wempi Nus Budi Dedi Max Johny Benny",
        "Dewi Sari Wulan Tini Nelly Octavia Wati",
        "Latuhihin Pattipeilohy Tahapary Sahetapy Leiwakabessy Wattimena Matulessy Pattinama Soumokil "
        "Nanlohy Siahaya Hehanussa Soplanit Kastanya Sutrisno Wibowo Hartono Susanto Setiawan",
    ),
    "chinese": (
        "Jun Hao Ming Jian Kai Bo Zhiwei Guang",
        " Xiu Ying Hui Xia Jing Yan Qing",
        "Ng Wu Li Chan Lam Wong Zhang Liu Huang Lin Yeung Tang Ho Lau Tsang Fung Zhou",
    ),
    "vietnamese": (
        "Minh Tuan Duc Hung Quang Long Thanh Khoa",
        "Lan Hoa Thuy Linh Mai Huong Ngoc Trang",
        "Tran Pham Hoang Phan Vu Dang Bui Ngo Duong Truong Dinh Ly",
    ),
    "polish": (
        " Krzysztof Paweł Marcin Grzegorz Łukasz Michał Wojciech Jakub",
        "Agnieszka Joanna Magdalena Ewa Dorota Beata Justyna Zofia Monika Halina",
        "Nowak Wiśniewski Kamiński Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowski "
        "Jankowska Mazur Krawczyk Grabowski Pawlak Michalska Zając Król",
    ),
    "romanian": (
        "Andrei Mihai Ionuț Florin Cătălin Bogdan Vlad Sorin",
        "Ioana Elena Andreea Mădălina Roxana Alina Cristina Simona",
        "Popescu Ionescu Stoica Dumitru Munteanu Ciobanu Rusu Lungu Dobre Niculescu Bălan Moldovan",
    ),
    "bulgarian": (
        "Georgi Dimitar Ivaylo Stoyan Hristo Nikolay",
        "Ivanka Desislava Galya Radka Milena Tsvetelina",
        "Petrov Georgieva Dimitrov Ivanova Stoyanov Todorova Kolev Angelova Hristov Nikolova",
    ),
    "syrian": (
        "Ahmad Omar Yaser Ghassan Mahmoud Anas Firas Rami Bassel Nizar",
        "Lina Rana Ghalia Yasmin Dima Alaa Reem Razan Bushra",
        "Al-Hamwi Khalil Al_Masri Darwish Hamoud Kassem Sabbagh Haj_Ali Shaheen Alloush Nassar Zaher",
    ),
    "eritrean": (
        "Tesfalem Mehari Dawit Semere Habtom Kidane Ghirmay Biniam",
        "Saba Selam Mebrat Senait Yohana Tsega Freweini Aster Winta",
        "Tesfamariam Gebremedhin Haile Tekle Berhane Woldu Kiflom Ghebreyesus Andemariam Mehreteab",
    ),
    "somali": (
        "Abdirahman Mohamud Abdullahi Guled Abdiaziz Liban",
        "Hodan Faduma Hibo Sahra Ayaan Ubah Maryan Ifrah",
        "Warsame Jama Hirsi Egal Dualeh Osman Adan Elmi Gedi",
    ),
    "afghan": (
        "Farid Zabihullah Mirwais Najib Jawad Sohrab Shafiq",
        "Zarmina Fereshta Parwana Shabnam Nilofar Halima Wazhma",
        "Ahmadzai Popal Noori Stanekzai Karimi Rahimi Sultani Hakimi Wardak Haidari Safi Azizi",
    ),
    "iranian": (
        "Reza Mehdi Babak Kian Dariush Arash Behrouz",
        "Shirin Nasrin Parisa Azadeh Leila Mahsa Golnaz",
        "Hosseini Tehrani Rostami Moradi Jafari Sadeghi Farahani Rezaei Ghorbani Kazemi Bahrami Shirazi",
    ),
    "iraqi": (
        "Haider Karrar Sajjad Mohannad Muntadhar Ammar",
        "Zahraa Shahad Zainab Hawraa Raghad Duaa",
        "Al-Jaburi Al-Obaidi Al-Saadi Kadhim Al-Rubaie Hamdan Al-Tamimi Mahdi",
    ),
    "ukrainian": (
        "Oleksandr Mykola Bohdan Yaroslav Andriy Vitaliy Serhiy",
        " Olena Kateryna Yuliia Nataliia Svitlana Halyna Tetiana",
        " Bondarenko Tkachenko Melnyk Boyko Kravchenko Oliinyk Lysenko Marchenko Rudenko Savchuk Hnatiuk Zinchenko",
    ),
    "ghanaian": (
        "Kwame Kofi Kwabena Yaw Kojo Kwaku Ebo",
        "Akosua Ama Abena Efua Adwoa Akua Esi",
        "Mensah Owusu Boateng Asante Agyeman Osei Appiah Ofori Danquah Amponsah Acheampong Sarpong",
    ),
    "capeverdean": (
        "Emanuel Dário Adilson Zeca Jailson Nilton",
        "Eunice Zuleica Ivanilda Dulce Edna Arlinda",
        "Tavares Fortes Semedo Monteiro Varela Spencer Furtado Brito",
    ),
    "portuguese": (
        "João Tiago Rui Nuno Duarte Gonçalo",
        "Inês Beatriz Rita Joana Filipa Catarina",
        "Ferreira Pereira Carvalho Almeida Sousa Ribeiro Pinto Coelho Teixeira",
    ),
    "indian": (
        "Arjun Rohan Karthik Vikram Siddharth Pranav Aditya",
        "Ananya Deepika Lakshmi Shreya Meera Pooja Divya",
        "Sharma Iyer Reddy Nair Krishnan Gupta Menon Subramanian Rao Banerjee Chatterjee Pillai",
    ),
    "brazilian": (
        "Thiago Felipe Rafael Leandro Matheus Caio Gustavo",
        "Larissa Fernanda Camila Juliana Thaís Gabriela Aline",
        "da_Silva dos_Santos Oliveira Souza Barbosa Nascimento Araújo Cavalcanti Moreira Rocha",
    ),
}
ORIGIN_WEIGHTS = {"dutch": 9, "frisian": 2, "flemish": 2, "moroccan": 4, "turkish": 4, "hindustani": 2, "creole": 2}

# streets: with suffix, named after people, and without any suffix
STREETS = (
    "Wilgenhof|Bleekveld|Kattendiep|Westerbrink|Hooghout|Lage Kant|Oude Ebbingestraat|Korreweg|"
    "Hoofdkade|Molenwijk|Oosterbrink|Achter de Hoven|Verlengde Hoogstraat|Vrijheidsakker|Buitenkant|"
    "Nieuwe Ebbinge|Turfsingel|Schuitendiep|Kraneweg|Zaagmuldersweg|Pelsterstraat|Ossenmarkt|Visserstraat|"
    "Brugstraat|Klaprooslaan|Hazelaarstraat|Goudsbloemvallei|Reigerhof|Kievitlaan|Zwanenveld|Eikenlaan|"
    "Burgemeester Hovinghstraat|Burgemeester Venemastraat|Dr. Ariënsstraat|Dr. Nolenslaan|Pastoor van Arsstraat|"
    "Graaf Florisweg|Jan Ligthartstraat|Anna Blamanplein|Herman Gorterhof|Multatulistraat|Thorbeckelaan|"
    "Pieter Zeemanweg|Aletta Jacobsstraat|Gravin Adelastraat|Kapelaan Meijerstraat|Johan Frisolaan|"
    "Ds. Kuypersingel|Mr. P.J. Troelstraweg|Prof. Lorentzlaan|Willem Barentszstraat|Tjalk|Schoener|"
    "Koggeschip|Hoefslag|Dorpsweide|Ruischerwaard|Heidebloem|Pijlkruid|Zevenster|Kromme Elleboog|"
    "Lange Akker|Oude Kijk|Hooiberg|Weverstede|Smidsweg|Bakkersteeg|Korenbloemweg|Driehoeksweg|"
    "Lindenhof|Populierenlaan|Esdoornhof|Sleedoorn|Meidoornpad|Heggerank|Dotterbloem|Fazantenhof"
).split("|")
NEUTER_STREETS = (
    "Bleekveld Kattendiep Schuitendiep Hooghout Zwanenveld Pijlkruid Koggeschip Hooiland Weverspad Ruischerbos".split()
)
TOWNS = (
    "Meppel Steenwijk Winschoten Tiel Culemborg Harderwijk Zutphen Doetinchem Oss Veghel Roermond Sittard "
    "Kerkrade Goes Terneuzen Vlissingen Hoorn Purmerend Heerenveen Drachten Sneek Assen Hoogeveen "
    "Kampen Deventer Almelo Hengelo Oldenzaal Gorinchem Vlaardingen Gouda Woerden Nieuwegein "
    "Zeist Veenendaal Ede Wageningen Dronten Hardenberg Coevorden Stadskanaal Veendam Delfzijl "
    "Dokkum Harlingen Bolsward Franeker Weert Venray Waalwijk Roosendaal Zierikzee Winterswijk"
).split()
AREA = {
    "Meppel": "0522",
    "Steenwijk": "0521",
    "Winschoten": "0597",
    "Tiel": "0344",
    "Culemborg": "0345",
    "Harderwijk": "0341",
    "Zutphen": "0575",
    "Doetinchem": "0314",
    "Oss": "0412",
    "Roermond": "0475",
    "Sittard": "046",
    "Goes": "0113",
    "Hoorn": "0229",
    "Heerenveen": "0513",
    "Assen": "0592",
    "Deventer": "0570",
    "Almelo": "0546",
    "Gouda": "0182",
    "Ede": "0318",
    "Veendam": "0598",
    "Dokkum": "0519",
    "Weert": "0495",
    "Zeist": "030",
    "Hengelo": "074",
    "Kampen": "038",
    "Venray": "0478",
}

DEPTS = (
    "Wijkteam Oost|Wijkteam Centrum-Noord|team Schuldhulp|afdeling Burgerzaken|Vergunningen, Toezicht en Handhaving|"
    "Belastingen|Sociaal Domein|Jeugd en Gezin|Werk en Inkomen|Leerplicht|het Wmo-loket|het Klantcontactcentrum|"
    "Stadsbeheer|Openbare Ruimte|Parkeerbeheer|Publiekszaken|team Bijzondere Bijstand|Bezwaar en Beroep|"
    "Juridische Zaken|Afvalinzameling|team Inburgering|het Jongerenloket|team Wonen|het Sociaal Team West|"
    "Beheer Openbare Verlichting|team Minima"
).split("|")
ROLES = (
    "consulent klantmanager casemanager beleidsmedewerker teamleider jurist handhaver wijkagent "
    "jeugdconsulent schuldhulpverlener bewindvoerder budgetcoach wijkverpleegkundige "
    "leerplichtambtenaar baliemedewerker opbouwwerker"
).split()
ORGS = (
    "het UWV|de Belastingdienst|DUO|het CAK|de GGD|Vluchtelingenwerk|Humanitas|het CJIB|de RDW|"
    "het Juridisch Loket|de Voedselbank|het Leger des Heils|MEE|de woningcorporatie|Veilig Thuis|"
    "de Sociale Raad|het Zorgkantoor"
).split("|")
LAWS = (
    "de Participatiewet|de Awb|de Jeugdwet|de Woo|de Wet gemeentelijke schuldhulpverlening|de Omgevingswet|"
    "de Wet inburgering 2021|de APV|de Wmo|de Wegenverkeerswet|de Huisvestingswet"
).split("|")
PLACES = (
    "het stadhuis|de bibliotheek|het station|het gezondheidscentrum|de sporthal|het wijkcentrum|"
    "de Jumbo|het zwembad|de milieustraat|het politiebureau|de moskee|het buurthuis"
).split("|")
TOPICS = (
    "bijzondere bijstand|kwijtschelding|parkeervergunning|huurtoeslag|leerlingenvervoer|"
    "traplift|schuldhulp|inburgering|grofvuil|bewonersparkeren|omgevingsvergunning|"
    "individuele inkomenstoeslag|beschermd wonen|afvalstoffenheffing|gehandicaptenparkeerkaart|"
    "woonvoorziening|energietoeslag|uitkering|dakloosheid|jeugdhulp"
).split("|")
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
DAYS = "maandag dinsdag woensdag donderdag vrijdag".split()
EMAIL_DOMAINS = (
    "gmail.com hotmail.com outlook.com ziggo.nl live.nl planet.nl xs4all.nl telenet.be icloud.com "
    "yahoo.com gmx.de protonmail.com home.nl hetnet.nl upcmail.nl"
).split()
MUNI_BOXES = "info noreply servicedesk wmo belastingen klantcontact".split()
