"""Name, street and place material for fresh25d: origin-typical parts that the generator composes."""

from __future__ import annotations

# origin: (female first names, male first names, surname prefixes, surname parts A, surname parts C)
# A surname is prefix + A + C; a prefix ending in a space stands apart (El, Ben, van der ...).
ORIGINS: dict[str, tuple[str, str, str, str, str]] = {
    "Nederlands (tussenvoegsel)": ("Jorinde Floor Marieke Wendelien Hester Annet", "Gijsbert Maarten Joost Reinier Wouter Steven",
                                   "van_|de_|van_der_|van_den_|van_de_|ter_|ten_|in_'t_|op_den_", "Wester Hoog Brand Olde Zand Rijs Brede Ekel Dorre Kleef",
                                   "hof kamp veld huis broek horst beek kes wijk"),
    "Twents/Achterhoeks": ("Gerdien Aaltje Dinie Hendrika", "Harm Gerrit Evert Hendrik",
                           "", "Oude Nijen Brink Lamme Gross Weg Haver Ruiter", "ink ingh kamp huis hoff erink"),
    "Fries": ("Sjoukje Tjitske Baukje Hiske Janke Wietske", "Sjoerd Tjalling Wiebe Jelle Douwe Hidde",
              "", "Sjoer Wiers Tjal Feik Jel Sikk Douw Rinse Haitj Ykem", "stra sma ma inga enga dsma"),
    "Vlaams": ("Lieve Griet Annelies Ine", "Wouter Koen Jef Lieven", "", "Verhae Vande Vanden Ver Deke", "ghe broucke velde poorten cruysse walle"),
    "Duits": ("Ulrike Heike Anke Sabine", "Jürgen Matthias Uwe Dieter", "", "Schrö Hoff Kess Brau Lenz Wald", "der mann ler ner inger meier"),
    "Marokkaans": ("Khadija Loubna Siham Nadia Ikram Samira", "Mohamed Youssef Ayoub Bilal Hamza Nordin",
                   "El_|Ben_||Bou", "Hadd Zarr Kadd Tahh Belkh Mrab Azz Ouch", "ouri aoui ani ali ouchi idi"),
    "Turks": ("Elif Zeynep Büşra Hatice Esra Merve", "Emre Burak Mustafa Serkan Oğuz Kemal", "",
              "Kara Yıldır Ak Öz Demir Çelik Kurt Tek", "oğlu kaya taş dağ han soy er"),
    "Koerdisch": ("Rojda Berfin Helin", "Rêber Dilshad Azad", "", "Zê Bar Şîr Hew", "bari zani wan dî"),
    "Surinaams-Hindostaans": ("Sharmila Reshma Anjali Kavita", "Radjesh Anil Sunil Dinesh", "",
                              "Ram Soek Jaw Bis Harp Mah", "khan dien lal ahar ersad abier"),
    "Surinaams-Creools": ("Sharon Marlène Gracia Ruth", "Rudi Errol Delano Glenn", "",
                          "Slag Wijn Pina Kas Dors Lief", "veld gaarde kasie pel tong haard"),
    "Surinaams-Javaans": ("Sri Wartini Suminah", "Soekarmin Paiman Waldi", "", "Soe Kar Pawi Sapo Mar", "rdjo jo tomo dikromo sidi"),
    "Antilliaans": ("Shurensly Giselle Jurnella", "Ruthmilo Jeandro Sherwin", "", "Marti Rosa Isen Wall Fran", "na lia ia ces cisca"),
    "Indisch/Indonesisch": ("Wulan Dewi Sekar", "Budi Arif Hendra", "", "Soe Tan Hidaja Wira Sant", "tmo jo dja nata oso"),
    "Moluks": ("Ience Femmy Juliëtte", "Johny Frans Boy", "", "Pattir Tuhu Latu Leka Mani", "uwae sey ihu heru huwae"),
    "Pools": ("Agnieszka Katarzyna Magdalena Ewa", "Tomasz Paweł Krzysztof Marek", "",
              "Wiśn Kowal Zaj Grab Mazur Sikor", "iewska ewski czyk owicz kiewicz ak"),
    "Roemeens": ("Ioana Andreea Mihaela", "Andrei Bogdan Florin", "", "Pop Ion Mare Dobr Stoi", "escu eanu ovici ică"),
    "Bulgaars": ("Desislava Radka Tsvetelina", "Hristo Plamen Stoyan", "", "Dimit Petk Kost Iv Georg", "rova ova ev ov ieva"),
    "Oekraïens": ("Oksana Iryna Olena", "Taras Mykola Bohdan", "", "Shevch Kovalch Bond Tkach Melnych", "enko uk arenko yshyn"),
    "Syrisch": ("Rasha Lama Hiba Nour", "Ammar Fadi Omar Kinan", "Al_||Al-", "Haj Kha Shar Hal Ras", "labi tib bani imi abi"),
    "Iraaks": ("Zainab Shaima Duaa", "Haider Mustafa Ali", "Al_", "Jubo Obai Rubai Sama", "uri di ei rrai"),
    "Afghaans": ("Farida Mariam Shabnam", "Ahmad Wahid Zabiullah", "", "Amiri Saf Nazar Rahm Haid", "zai khel yar i ani"),
    "Iraans": ("Shirin Parisa Leila", "Reza Kaveh Babak", "", "Tehr Mohse Rahn Kaze Shir", "ani zadeh pour ami azi"),
    "Eritrees": ("Selam Mebrat Senait Helen", "Yonas Tesfay Filmon Mehari", "", "Ghebre Tesfa Habte Weldi Kidane", "medhin mariam selassie michael gabir"),
    "Somalisch": ("Hodan Fadumo Sahra Ifrah", "Abdirahman Liban Mahad", "", "Warsa Cawa Gure Samata Xir Dhu", "me le ale ar bow sane"),
    "Ethiopisch": ("Tigist Meseret Hirut", "Dawit Bereket Kebede", "", "Tadd Asf Haile Ber Gir", "esse aw mariam hanu ma"),
    "Ghanees": ("Akosua Abena Efua Adjoa", "Kwame Kofi Yaw Kwabena", "", "Ow Ase Bo Anso Darko Adj", "usu ante ateng ah wah ei"),
    "Nigeriaans": ("Chiamaka Ngozi Funmilayo", "Chukwuemeka Oluwaseun Tunde", "", "Okon Ade Nwo Obi Eze", "kwo yemi gu ora ike"),
    "Kaapverdiaans": ("Djenifer Lucinda Edna", "Adilson Nelson Evandro", "", "Tav Monte Sem Lop Fortes", "ares iro edo ina ado"),
    "Chinees": ("Mei-Ling Xiu-Ying Wai-Yee Lai-Fong", "Wai-Kin Chun-Ming Kwok-Wah", "", "Ts Ng Yeu Ch Kw", "ang ai ong euk ok"),
    "Vietnamees": ("Thi_Lan Thi_Hoa Ngoc_Anh", "Van_Minh Duc_Huy Quang", "", "Ngu Tr Ph Ho Du", "yen an am ang ong"),
    "Indiaas": ("Priyanka Deepika Lakshmi", "Arjun Vikram Rohit", "", "Ram Krish Venk Sub Nar", "anathan ataraman amurthy ramanian ayanan"),
    "Pakistaans": ("Ayesha Sana Rabia", "Imran Bilal Usman", "", "Chaud Qur Mal Butt Rana", "hry eshi ik ar wat"),
    "Filipijns": ("Maricel Joy Analyn", "Rommel Jericho Arnel", "", "Dela Bau Mac Sant Vill", "cruz tista araeg os anueva"),
    "Portugees": ("Inês Joana Beatriz", "Tiago Rui Duarte", "", "Carv Ferr Mag Perei Guim", "alho eira alhães rinha arães"),
    "Italiaans": ("Chiara Giulia Francesca", "Matteo Lorenzo Davide", "", "Ros Bian Espos Gall Colomb", "setti chini ito uzzi ini"),
    "Grieks": ("Eleni Sofia Despina", "Nikos Giorgos Kostas", "", "Papa Kara Georgi Alex Dimo", "dopoulos giannis adis iou poulos"),
    "Bosnisch": ("Amra Lejla Selma", "Edin Mirza Adnan", "", "Hodž Bego Muj Del Halil", "ić ović agić ačić ović"),
    "Hongaars": ("Zsófia Katalin Réka", "Bence Gábor Zoltán", "", "Horv Szab Kov Tót Nagy", "áth ó ács hné pál"),
    "Braziliaans": ("Larissa Fernanda Thaís", "Thiago Rafael Gustavo", "", "Olivei Rodri Nasci Sou", "ra gues mento za"),
}

STREET_A = "Kievit Klaproos Zwaluw Esdoorn Ganzen Reiger Vlier Hazelaar Lijster Duinroos Gentiaan Wilgen Tjalk Schouw Pottenbakkers Lindeboom Spaarne Vlas Hooiberg Kamille Ooievaar Bremraap Zilverschoon Wederik".split()
STREET_C = "straat laan weg hof singel plein kade erf dreef pad gaarde".split()

MUNIS = ["Deventer", "Leeuwarden", "Helmond", "Zaanstad", "Almelo", "Schiedam", "Tilburg", "Emmen", "Heerlen",
         "Purmerend", "Hengelo", "Gouda", "Velsen", "Delft", "Oss", "Venlo", "Lelystad", "Assen"]
MUNI_PHONE = {"Deventer": "0570", "Leeuwarden": "058", "Helmond": "0492", "Zaanstad": "075", "Almelo": "0546",
              "Schiedam": "010", "Tilburg": "013", "Emmen": "0591", "Heerlen": "045", "Purmerend": "0299",
              "Hengelo": "074", "Gouda": "0182", "Velsen": "0255", "Delft": "015", "Oss": "0412", "Venlo": "077",
              "Lelystad": "0320", "Assen": "0592"}

# (surname as written after a first name, its ordinary word, sentences using that word in lower case)
KNOWN = [
    ("Groen", "groen", ["Het vinkje in het zaaksysteem staat inmiddels op groen.", "De schutting moet groen geverfd blijven volgens de welstandsregels."]),
    ("Winter", "winter", ["Voor de winter moet de cv-ketel vervangen zijn.", "Vorige winter stond de woning al eens zonder verwarming."]),
    ("de Koning", "koning", ["Op de verjaardag van de koning is het stadskantoor dicht.", "Haar zoon speelt de koning in het schooltoneel."]),
    ("Bos", "bos", ["De hond wordt uitgelaten in het bos achter de wijk.", "Achter de flat ligt een klein bos met een speelveld."]),
    ("van den Berg", "berg", ["Er ligt een berg ongeopende post op de keukentafel.", "Er staat een berg grofvuil bij de container."]),
    ("Kok", "kok", ["Haar man werkt als kok in een zorginstelling.", "De zoon volgt een opleiding tot kok."]),
    ("Vink", "vink", ["Zet een vink bij 'afgerond' zodra de brief verstuurd is.", "In het formulier ontbrak een vink bij de machtiging."]),
    ("Klein", "klein", ["Het gaat om een klein bedrag aan achterstallige huur.", "De woning is te klein voor vijf personen."]),
    ("Post", "post", ["De beschikking is met de gewone post verstuurd.", "Er kwam geen post meer aan op het oude adres."]),
    ("Visser", "visser", ["Haar vader was visser in Urk.", "De buurman is visser en vertrekt 's nachts."]),
    ("Bakker", "bakker", ["Ze werkt 's ochtends bij de bakker op de hoek.", "De bakker naast de woning klaagt over de stank."]),
    ("de Wit", "wit", ["De container met het witte deksel is voor papier, de kliko is wit.", "Het aanvraagformulier is wit, het bezwaarformulier geel."]),
    ("van der Meer", "meer", ["Er is meer informatie nodig over het inkomen.", "Ze wil niet meer naar het loket komen."]),
    ("de Jong", "jong", ["De kinderen zijn nog erg jong.", "Ze was jong toen ze de woning kreeg."]),
    ("Schilder", "schilder", ["De schilder van de woningcorporatie komt in april.", "Haar partner werkt als schilder."]),
    ("Vos", "vos", ["Er loopt 's nachts een vos door de tuinen.", "Volgens de melding heeft een vos de vuilniszakken opengescheurd."]),
    ("Baas", "baas", ["Haar baas weet van de schuldregeling.", "De baas van de bouwplaats belde zelf."]),
    ("Rijk", "rijk", ["Ze is allerminst rijk en leeft van een uitkering.", "De subsidie komt van het rijk, niet van de gemeente."]),
    ("Zwart", "zwart", ["De kliko met het zwarte deksel is voor restafval; die van haar is helemaal zwart.", "Volgens de buren werkt hij zwart."]),
    ("Brouwer", "brouwer", ["Zijn broer is brouwer bij een kleine bierbrouwerij.", "De brouwer op het bedrijventerrein veroorzaakt geuroverlast."]),
    ("Molenaar", "molenaar", ["De vrijwillige molenaar van de korenmolen is de buurman.", "Ze was jarenlang molenaar op de molen aan de dijk."]),
    ("Valk", "valk", ["Er broedt een valk op het dak van de flat.", "De valk op de kerktoren houdt de duiven weg."]),
    ("Hart", "hart", ["Ze heeft last van haar hart en kan geen trappen lopen.", "De aanvraag ligt haar na aan het hart."]),
    ("Stam", "stam", ["De stam van de iep voor de deur is gescheurd.", "Een afgebroken stam blokkeert de stoep."]),
]
