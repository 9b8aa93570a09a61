"""Name parts of this set's origin groups, streets, towns, keep words and the known file's word-names (holdout25)."""

# origin: (surname prefixes, surname suffixes, male first A, male first B, female first A, female first B, particles)
# particles: "" = none; listed ones are drawn in 45% of the people of that origin.
ORIGINS = {
    "nederlands": ("Ver Hol Wes Brou Ooster Hoog Brink Lind Ste Hui Roe Wald", "hoeven stra kamp man ink huis ema link beek gers ker horst", "Jo Ge Wou Ma Ru Ti Ber Har", "ris rt ter ns ben men ijn nard", "An Ma Lie Ine Jo Wil Ger Mar", "neke rieke ke ske lien ja da tje", ""),
    "nederlands_tussenv": ("Graaf Hei Vel Wet Zwaan Bos Molen Wey Ste Vliet Kam Ber", "lingen den de rink ering sel dam hof ken ens", "Die Jor Ma Ste Ber Tie Wes Ro", "derik is rten ven end mo sel el", "Ma Ni Ja Ee Sas Lot Ger Hil", "rloes enke nneke fje kia tte da ke", "van|van der|van den|van de|de|ter|ten|te|van 't|in 't|op den|van het|den"),
    "fries": ("Hof Wyn Bot Sy Di Tjal Hel Ruur Jel Bon Fok Ype", "stra sma inga enga ema ga tsma ster", "Sjo Wy Tjal Hes Auk Jel", "erd tse ke ling bren mer", "Ant Gee Syt Tryn Ief Jan", "sje ke tsje je nke", ""),
    "gronings": ("Ha Bo Dij Ben Ubb Tam Rei Wol", "ringa ema kens ens inga ga ts ster", "Eit Ub Tam Roe Sie Ha", "je bo mo lof wert rm", "Grie Jan Tet Gee Ant Hil", "tje ke je ntje ske na", ""),
    "limburgs": ("Pee Geu Smeet Lem Bleij Heij Cleu Rut Stas", "ters sen kens nen ders mans gers ten ers", "Sjra Hub Jeu Tjeu Lei Pie", "ke ert nis ter ke r", "Tru Net Mie Lies Jeu Ann", "us tje ke beth ne ie", "Van|van|Op de"),
    "vlaams": ("Vand Verh Claes Mey Goos Wau Cop Ste Meu Bae Pee Ghys", "eyck aert ssens ghe man meulen straete beke elinck ghem", "Wout Stijn Jo Bram Rie Fre", "er ven ris s k ek", "Lie Ann Ma Ka Sof Els", "ke elies rie tleen ie ke", "De|Van|Vanden|Vande|Vander|D'|Ver"),
    "marokkaans": ("Bou Amr Kha Ouaz Tah Zer Mes Azz Bel Char", "hali ani oudi zani iri kaoui ouri aoui idi", "Mou Abd Ham Ach Kar Sou", "stafa ellah za raf im fiane", "Fati Kha Sal Hou Nou Yas", "ma dija ima da ra mina", "El|El-|Ait|Ben|Bou"),
    "turks": ("Yıl Kar Öz Akt Demir Kay Çel Şah Bay Gün Ert Tun", "dız aman kan aş ci gün türk soy doğan er tekin", "Meh Em Bur Ser Ha Ke", "met re ak kan kan rem", "Ay Ze Me Elif Fat Gü", "şe ynep lek nur ma lay", ""),
    "koerdisch": ("Bar Zin Ker Roj Hev Ser Dil Ko", "zani ani dar xan ko vî an", "Ro Ber Ser Dil Azad Ji", "jhat wan hat van o wan", "Ro Ne Hê Av Ber Zi", "jda vroz vîn în fîn lan", ""),
    "hindostaans": ("Ram Sew Bal Jag Moh Per Kish Bis", "dien naraien lal ai kan soekh oen oe", "Ra Vi Ro Sa Ani De", "jesh nod han nil el vendre", "Sa Shi Ani Ra Pri Su", "rita tal ta dha ya shma", ""),
    "creools": ("Wij Ama Pin Fer Tjon Sla Kaa Boe Reh", "ngaarde ral as rier rie nt ke", "Ro Ma Hen Cli Er Ste", "land rvin ry fton wien phano", "Ju Shir Gi Chan Da", "nelva ley sela tal nika", ""),
    "javaans": ("Kar Soe Sas Mar Wong Tar Pa Ka", "tosen dar mito djo so diman ijo sono", "Soe Joh Ka Ra Djo Su", "kardi an rto moen ko tomo", "Sri Su Ka Wa Ti Ya", "ati mina rti tini ni mi", ""),
    "antilliaans": ("Mar Rich Cel Fel Isen Mar Sta Kook", "tina ardson estina ida ia hoven tis", "Ge Ru Edu Ju Ri Fran", "rsel dsel ard nior cky kly", "Ma Shu Yu Ro Gil Ke", "rjolein ndra ri selyn da ysha", "de|da"),
    "moluks": ("Ta Sah Lat Pat Maa Uk Leu Tuh Wai", "hitu ulatu uperi tipeilohy ssy kur palo", "Ros Jo Ben Ste Ela Dom", "y han nny ven min ingus", "Mar Nel Lie Jo Au Na", "gie ly sa ke ra tje", ""),
    "indonesisch": ("Wid Har Sur Sant Set Pra Kus Hid", "jaja tono yanto oso iawan bowo nadi ayat", "Ag Bu Ek Har Rud Dw", "us di o di y i", "Dew Put Ret Ind Sit Ayu", "i ri no ah ra ni", ""),
    "pools": ("Kowal Wiśn Kamin Lewand Zieli Szyman Woźn Dąbr Mazur Kaczm Piotr Grab", "ski ewski owski czyk iak ek ak", "Ka Ma Pio Krzy Toma Łu", "rol ciej tr sztof sz kasz", "Ag Mał Kas Jo Ewe Bo", "nieszka gorzata ia anna lina żena", ""),
    "roemeens": ("Pop Ion Stan Dumi Con Radu Neag Mun Georg", "escu escu eanu ache oiu ău", "An Mi Io Ră Cos Vla", "drei hai nuț zvan min d", "Io Mi Ele An Ro Cri", "ana haela na dreea xana stina", ""),
    "bulgaars": ("Dimit Petr Georgi Ivan Todor Stoy Kol Ang", "ov ev iev anov chev arov", "Dim Ni Ge Sto Iv Bo", "itar kolay orgi yan aylo yan", "Ve Ra De Mil Tsv Yo", "selina dka siislava ena etana rdanka", ""),
    "oekraiens": ("Shev Bond Kov Tkach Mel Kravch Oliyn Pol", "chenko arenko alenko uk nyk ets ychuk", "Oles Dmy Ta Bo Vo Yu", "tro kola ras hdan lodymyr rii", "Ok Ol Ka Na Yu Ir", "sana ena teryna dia liia yna", ""),
    "litouws": ("Kaz Jank Petr Vas Stank Balt Žuk Raz", "auskas evičius aitis iūnas ulis enas", "Vyt Min Dar Ar Lin Ma", "autas daugas ius nas as ntas", "Rū Ieva Eg Gin Aud Ju", "ta lė lė tarė ronė", ""),
    "tsjechisch": ("Dvoř Novot Svob Pro Černo Kuč Veselý Hor", "ák ný oda cházka ch era ek", "Ji Pe Tom Ond Vác Lu", "ří tr áš řej lav boš", "Ja Ka Pe Lu Zu Hel", "na teřina tra cie zana ena", ""),
    "bosnisch": ("Hod Beg Mehm Kov Hadž Del Sal Osm", "žić ović edović ačević ić anić", "Ad Ed Ke Mir Har Sa", "nan in nan za is mir", "Am Se Le Mer Aj Dže", "ra lma jla ima la nana", ""),
    "albanees": ("Hox Kra Ber Gash Shal Dem Lek Bajr", "ha sniqi isha i aj iri aj ami", "Ar Be Dri Fat Lu Gen", "ben sim tan mir an ci", "Ar Ble Do Ejo Fl Va", "ta rta runtina na utura lbona", ""),
    "grieks": ("Papad Kon Georgi Niko Dimit Vasil Alex Chris", "opoulos akis ou idis atos elis", "Yan Kos Dim Ni Sta Gior", "nis tas itris kos vros gos", "Ele Mar Ka Di Soph Ge", "ni ia terina mitra ia orgia", ""),
    "italiaans": ("Ross Bian Esp Cost Rom Ric Gal Marin Ferr Mor", "ini osito elli ano etti ardi ucci one ara", "Gio Lu Ma Ste Fra Ant", "vanni ca rco fano ncesco onio", "Chia Giu Fran Sa Ales Vale", "ra lia cesca ra sandra ntina", "Di|De|Del|Lo|La"),
    "spaans": ("Gonz Fern Rod Sán Mart Lóp Herr Jimé Ortí Alv", "ález ández íguez chez ínez ez era nez z arez", "Jav Ale Se Ma Pa Die", "ier jandro rgio nuel blo go", "Lu Ca Ma Ro Ines Pi", "cía rmen risol cío s lar", "de|del|de la|de los"),
    "portugees": ("Sil Sant Ferr Pere Olive Cost Rodr Mart Sou Gom", "va os eira ira ira a igues ins sa es", "Jo Ti Rui Ped Nu Ma", "ão ago val ro no rcelo", "Ma In Be Jo Fil Ca", "riana ês atriz ana ipa tarina", "dos|da|do|de"),
    "kaapverdisch": ("Lop Tav Fur Mon Sem Vare Ande Brit", "es ares tado teiro edo la rade o", "Ad Ne Ar Dja Zé Ed", "ilson lson ilindo ilson ca ér", "Nil Mar Ed Ir Djen Sa", "za ilene ite ina i na", "da|dos"),
    "syrisch": ("Al-Ham Khal Nas Had Shar Sab Haj Ash", "adi il ser dad if bagh jar our", "Moh Kha Ah Tar Ya Sam", "ammad led mad iq man er", "Rim La Nou Hi Ra Sa", "a yla r ba sha ra", "Al|Al-|Abu"),
    "eritrees": ("Tes Gebre Hab Tek Ghe Wel Mehr Yoh", "fay medhin te le brehiwet de etab annes", "Ye Da Me Fi Ter Se", "mane wit ron lmon ssa mere", "Sel Ha Mer Seg Fi Luw", "am ben on en an ra", ""),
    "ethiopisch": ("Ale Ab Tad Ger Bek Kas Meng Wol", "mu ebe esse ma ele sa istu du", "Ab Da Bi Ye Dag Mu", "el wit niam shitila ne lugeta", "Ti Be Mes Se Hi Tsi", "runesh tty ki lam wot on", ""),
    "somalisch": ("Warsa Abdi Farah Ahm Hass Jam Muu Ism", "me rahman h ed an a se ail", "Ab Mu Khad Ya Li Sa", "dirahman se ar sin ban id", "Hod Ifr Sah Amin Fa Na", "an ah ra a dumo jma", ""),
    "afghaans": ("Ahmad Rahim Noor Haid Kar Saf Pop Wardak", "zai i zada ari imi i al i", "Ab Nas Far Ham Wa Ja", "dul ir id id hid wed", "Pa Zah Ma Far Shab Na", "rwana ra lalai zana nam hid", ""),
    "iraans": ("Moh Ahm Hos Kar Reza Tehr Shir Ras", "ammadi adi seini imi ei ani azi uli", "Da Ar Ka Beh Fa Sia", "riush ash veh rooz rid vash", "Sha Pa Ne Ma Go Ro", "ghayegh risa gar ryam lnaz ya", ""),
    "ghanees": ("Men Asa Bon Ow Agy Ofo Kwa Dar", "sah nte su usu eman ri kye ko", "Kwa Ko Ya Kof Kwe Ato", "me fi w i ku bena", "Ama Ak Ab Efu Yaa Esi", "ma ua ena a a nam", ""),
    "nigeriaans": ("Oko Ade Chuk Obi Ola Nwa Eze Ibe", "nkwo yemi wu ora dele nkwo ani ji", "Chi Ol Ik Em Tun Ba", "nedu uwaseun enna eka de yo", "Ng Fol Ad Chi Ife Ye", "ozi ake aeze oma oma tunde", ""),
    "congolees": ("Kab Mbu Ilun Kaz Lus Mwa Tsh Muk", "ila yi ga adi amba mba ibangu endi", "Jo Pa Ce Dié Gra Ma", "nathan trick drick udonné ce rdoché", "Mi Je Pa Gra Cha Ri", "reille ancy tience ce nty ta", ""),
    "tamil": ("Sel Thang Kan Muru Siva Raj Nad Bal", "varajah arajah agaratnam gesu kumar aratnam arajah asingam", "Tha Ku Ra Se Vi Pra", "rshan mar jeev lvan jay ba", "Tha Ni Ke Sh Ab Va", "rshika tha sha armila irami nitha", ""),
    "pakistaans": ("Choudh Butt Mal Qur Rash Iqb Mirz Sidd", "ry ar ik eshi id al a iqui", "Im Us Bi Fai Zee Ha", "ran man lal sal shan mza", "Ay Sa Ma Hu Nad Zai", "esha dia hnoor ma ia nab", ""),
    "filipijns": ("Rey Bau Dim Mac Sant Agu Pan Cas", "es tista aculangan araeg os ilar ganiban tro", "Jo Ro Ma Ar Ma Je", "mar del rvin iel rk rome", "Ma Ja Ro Li Che Ma", "ricel smine wena za rry ylene", "dela|Dela|delos"),
    "iers": ("Brenn Gall Kell Dunn Murph Quin Ferg Donov", "an agher y e y n us an", "Ci Ea Sea Dec Pad Fin", "arán mon n lan raig n", "Ao Si Ni Ro Cia Maev", "ife obhan amh isin ra e", "O'|Mc|Mac|Fitz"),
    "duits": ("Schwarz Hoff Bauer Krüg Zimmer Hart Brand Wolf Neu Lang", "mann er feld berg huber wig ner stätter", "Ma Lu Ste Ti Jo Fe", "ximilian kas ffen mo nas lix", "Le Lu Ha Ka Fri Gre", "onie isa nna tharina ederike tchen", "von|von der"),
    "hongaars": ("Nagy Szab Kov Tót Horv Vars Mol Fark", "ó ács h áth ga nár as ady", "Lász Ba Gá Zol Bál Ist", "ló lázs bor tán int ván", "Ré Zsó Es Ka Aniko Ju", "ka fia zter ta s dit", ""),
    "thais": ("Sri Chai Won Kit Bun Sombo Rat Pat", "suk ya gsawat tipong nak on tanaporn", "Som Ana Kit Pra Tha Win", "chai n ti sert kaew", "Sup Mal Nok Ka La Pim", "aporn ee ulan nya wan", ""),
    "armeens": ("Hakob Pet Grig Sarg Avet Harut Kar Mkrt", "yan rosyan oryan syan isyan yunyan apetyan chyan", "Ar Ti Ga Har Vah Na", "am gran rik out an rek", "An Ar Lil Ta Si Ma", "ahit pine it tev ranush ne", ""),
    "koreaans_lijst": ("", "", "Min Ji Seo Hyun Jae Dong", "-jun ho -woo -sik -hyun -min", "Ji Soo Eun Ha Yeon Min", "-yeon -ah -ji -na -hee -seo", ""),
    "chinees_lijst": ("", "", "Wei Jun Hao Zhi Li Ming", "ming jie ran hua wen tao", "Xiao Mei Ying Li Hui Jia", "ling hua yi na fang qi", ""),
    "vietnamees_lijst": ("", "", "Văn Minh Đức Quang Thanh Hoàng", " Tuấn Hùng Anh Long Sơn Nam", "Thị Ngọc Thu Thanh Kim Bích", " Lan Hương Mai Hà Trang Ngân", ""),
}
LIST_SURNAMES = {
    "koreaans_lijst": "Jeong Baek Seong Yoon Hwang Kwon Ryu Shin Oh Jang".split(),
    "chinees_lijst": "Zhou Xu Guo Luo Gao Zheng Liang Xie Tang Feng Deng Cao".split(),
    "vietnamees_lijst": "Trương Đặng Bùi Huỳnh Ngô Dương Lý Võ Đỗ Phan".split(),
}
NICKNAMES = "Jopie Bertje Tootje Sjaak Mimi Lolo Dikkie Kiki Nono Bibi Tito Pepe Sasa Mo Fifi Wim-Wam Zaza Lulu".split()

STREET_PRE = ("Stuiver Florijn Dukaat Schelling Duiten Rijksdaalder Mudde Schepel Roeden Ellen Passaat Mistral Bries "
              "Noordooster Menuet Polka Wals Horlepiep Knikker Hinkel Vlieger Tollen Kaatsbaan Beugel Bikkel Kegel "
              "Zeskant Halvemaan Driehoek Vierkant Kompasroos Sextant Gildehuis Waaggebouw Lakenhal Turfmarkt "
              "Zoutkeet Lijnbaan Kuipers Touwslagers Blekers Ververs Zeepzieders").split()
STREET_SUF = "straat laan weg hof plein erf singel kade dreef pad steeg gang wal hage veld park haven baan".split()
STREET_TITLES = "Burgemeester Dokter Pastoor Meester Wethouder Notaris Dominee Zuster".split()
HOUSE = ["{n}", "{n}", "{n}", "{n}a", "{n}B", "{n}-II", "{n}-1", "{n} bis", "{n} hs", "{n}/3"]

TOWNS = ("Zwolle Deventer Almere Leeuwarden Tilburg Breda Venlo Heerlen Assen Emmen Gouda Delft Schiedam Zaandam Hoorn "
         "Alkmaar Middelburg Vlissingen Roosendaal Helmond Apeldoorn Amersfoort Hilversum Lelystad Enschede Hengelo "
         "Nijmegen Arnhem Doetinchem Meppel Sneek Drachten Harderwijk Zutphen Purmerend Maassluis Weert Kampen").split()
DEPARTMENTS = ["Burgerzaken", "Belastingen", "Team Handhaving", "Afdeling Sociaal Domein", "Team Wmo",
               "Schuldhulpverlening", "Team Parkeren", "Vergunningen", "Team Inkomen", "Klantcontactcentrum",
               "Juridische Zaken", "Team Bezwaar en Beroep", "Openbare Ruimte", "Team Jeugd", "Leerplicht",
               "Afdeling Wonen", "Team Klachtbehandeling", "Afdeling Publiekszaken"]
SCHEMES = ["Participatiewet", "Wmo 2015", "Jeugdwet", "Awb", "Wet BRP", "Woo", "AVG", "Wet gemeentelijke schuldhulpverlening",
           "Algemene wet bestuursrecht", "Omgevingswet", "Huisvestingsverordening", "Klachtenregeling"]
ORGS = ["Nationale Ombudsman", "Raad voor Rechtsbijstand", "Het Juridisch Loket", "Stichting MEE", "Vluchtelingenwerk",
        "GGD", "UWV", "Sociale Verzekeringsbank", "CAK", "Belastingdienst", "Woningstichting Domijn", "Humanitas",
        "Tolk- en Vertaalcentrum Nederland", "Rechtbank Overijssel", "Centrale Raad van Beroep"]
FUNCTIONS = ["beleidsmedewerker", "consulent", "teamleider", "jurist", "klachtcoördinator", "wijkcoach", "secretaris",
             "voorzitter", "handhaver", "supervisor", "intervisiebegeleider", "coördinator", "tolk", "casemanager"]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()

# word-name: (ordinary phrase with the lower-case word, kind); surnames unless marked "f" (first name)
WORDNAMES = {
    "Spijker": "er zat een spijker in de band", "Vos": "een vos in de volière", "Zwaan": "de zwaan bij de vijver",
    "Kraai": "een kraai op de dakgoot", "Valk": "een valk boven het veld", "Mus": "een mus in de goot",
    "Brink": "de brink van het dorp", "Post": "de post van vrijdag", "Stam": "de stam van de kastanje",
    "Tak": "een tak over de schutting", "Blok": "een blok beton", "Hout": "het hout voor de kachel",
    "Steen": "een losse steen in de stoep", "Zand": "zand op het fietspad", "Kamp": "het kamp van de scouting",
    "Heuvel": "de heuvel achter de sporthal", "Winter": "de afgelopen winter", "Blauw": "de container is blauw",
    "Zwart": "zwart op wit", "Bruin": "de kozijnen zijn bruin", "Kooi": "een kooi voor de konijnen",
    "Nagel": "een gescheurde nagel", "Bril": "een nieuwe bril", "Kraan": "de kraan in de keuken",
    "Pot": "een pot verf", "Kat": "de kat van de overburen", "Mol": "een mol in het gazon", "Bijl": "een bijl in de schuur",
    "Beuk": "de beuk op het plein", "Haver": "haver voor de paarden", "Koek": "een koek bij de koffie",
    "Boon": "een boon uit de moestuin", "Pauw": "een pauw in het park", "Blij": "blij met het besluit",
    "Vrolijk": "vrolijk gestemd", "Stuurman": "de stuurman van de veerpont", "Baas": "de baas van de garage",
    "Held": "een held in de buurt", "Wind": "de wind stond verkeerd", "Regen": "de regen van dinsdag",
    "Ster": "een ster op het rapport", "Licht": "het licht in de portiek", "Kruis": "een kruis op het formulier",
    "Kroon": "een kroon op het werk", "Slot": "het slot van de berging", "Sleutel": "de sleutel van de berging",
    "Paal": "een paal bij de inrit", "Mand": "een mand met boodschappen", "Boot": "de boot naar het eiland",
    "Wagen": "de wagen van de markt", "Ruiter": "een ruiter op het ruiterpad", "Duif": "een duif op de vensterbank",
    "Haring": "haring op de markt", "Baars": "een baars uit de vaart", "Gans": "een gans op het grasveld",
    "Hert": "een hert op de weg", "Bever": "een bever in de uiterwaard", "Otter": "een otter in de beek",
    "Egel": "een egel onder de heg", "Muis": "een muis in de meterkast", "Slang": "een slang in de tuin",
    "Plas": "een plas voor de deur", "Stroom": "de stroom viel uit", "Kade": "de kade bij de haven",
    "Veld": "het veld achter de school", "Winkel": "de winkel op de hoek", "Hof": "de hof achter de kerk",
    "Hooi": "hooi op zolder", "Tulp": "een tulp in de berm", "Distel": "een distel in de voortuin",
    "Hulst": "de hulst bij het hek", "Berk": "een berk naast de oprit", "Palm": "een palm in een pot",
    "Appel": "een appel uit de boomgaard", "Peer": "een peer uit de boomgaard", "Kers": "een kers op de taart",
    "Koper": "het koper van de leiding", "Zilver": "zilver van oma", "Goud": "goud waard", "Lood": "lood in de leidingen",
    "Staal": "een balk van staal", "Glas": "glas op de stoep", "Kool": "een kool uit de moestuin",
    "Lamp": "de lamp in de gang", "Beker": "een beker thee", "Mast": "de mast van de zendinstallatie",
    "Zeil": "het zeil over de aanhanger", "Hart": "het hart op de tong", "Voet": "de voet van de trap",
    "Baard": "een baard van drie dagen", "Wol": "een trui van wol", "Mantel": "een mantel van de kledingbank",
    "Hoed": "een hoed tegen de zon", "Klomp": "een klomp in de vitrine", "Deken": "een deken van de kledingbank",
    "Stoel": "een stoel bij het raam", "Trap": "de trap naar de zolder", "Schaar": "een schaar uit de la",
    "Naald": "een naald in een hooiberg", "Draad": "de draad kwijt", "Knoop": "een knoop doorhakken",
    "Touw": "een touw om de kist", "Ring": "een ring van haar moeder", "Munt": "een munt in de parkeerautomaat",
    "Schat": "een schat aan informatie", "Prijs": "de prijs van de vergunning", "Braam": "een braam over het pad",
    "Kuiken": "een kuiken in de kinderboerderij", "Bos": "het bos achter de wijk", "Dijk": "de dijk langs de rivier",
    "Kwak": "een kwak verf op de deur", "Snoei": "de snoei van de heg",
    "Zon": "de zon op het balkon",
}
FIRST_WORDNAMES = {  # first names that are ordinary words
    "Parel": "een parel van een wijk", "Hinde": "een hinde aan de bosrand", "April": "eind april",
    "Fee": "een fee in het poppentheater", "Dauw": "dauw op het gras", "Bloesem": "bloesem aan de kersenboom",
}
