"""Generator G: synthetic RO/BG police person records for the linkage benchmark (independent design).

Usage: python benchmarks/linkage/generate_g.py N OUT.csv --truth TRUTH.csv --seed S

Standard library only; the output is a pure function of (N, seed). Writes N records (header
record_id, source, given_name, middle_name, family_name, birth_date, sex, national_id,
document_number, nationality, phone, vehicle_plate), shuffled, ids g0000001... after shuffling,
and TRUTH.csv (record_id, person_id).

Population (persons, approximate shares; it scales with N at about 2.1 records per person, so
namesakes get denser as N grows)
- ~41% Bulgarian citizens (6% of them ethnic Turks with Turkish names in Cyrillic and Bulgarian
  -ov/-ev surnames), ~39% Romanian citizens, ~8% other foreigners living or travelling on the
  corridor (Moldovans with Romanian names, Ukrainians, Turks), ~12% third-country migrants
  (Afghanistan, Syria, Iraq, Pakistan, Morocco, Iran, Turkey) in travel groups or families,
  plus the smugglers (BG, RO, TR, same nationality, UA, MD) who move them.
- Names: frequent names from Zipf-weighted head lists (Иван/Георги ~4-5% of men, Иванов ~2%),
  plus long tails of rarer family names formed as such names are (Драгичев, Vlădoiu,
  Rahimzai, Karimzadeh, Al-Marwan, Karaoğlu), so common names have many namesakes and rare
  ones few; Mohammad/Mohammed is very frequent among Afghan, Pakistani and Arab men.
- Units: half the citizens are singles, the rest households (couples, parents with 1-3
  children, adult siblings); households share a family name (gendered in Bulgarian), often a
  phone and a car. Sons sometimes carry the father's (or grandfather's) given name; twins share
  the birth date, family name, phone and car. Migrant groups share a contact/smuggler phone;
  smugglers' phones are re-used across groups.
- Records per person: citizens 1 (50%), 2 (24%), 3 (12%), 4 (7%), 5 (4%), 6-9 (3%);
  migrants 1-5 (mostly 1-3); smugglers 3-9. A person has a home system (citizens: own country;
  migrants: BG 55% since most enter from Turkey; Moldovans/Ukrainians: RO); about 55% of
  multi-record citizens, 70% of migrants and 85% of smugglers have records in both systems; a
  single-record person is in the other country's system 20% of the time.

Variation (per record, by the system that writes it)
- Bulgarian names: Cyrillic in BG files (75%), otherwise official 2009 Latin. In RO files the
  Latin spelling of the person's passport (official 2009 with word-final -ия -> -ia, or a
  pre-2009 historical spelling Kh/ia/iu/u) or what an officer writes: Romanian-style (j, ș, ț,
  ci, gh, ă; often without diacritics), French-style (ou, tch, gu, -off), German-style (w, sch,
  -ow), or Cyrillic copied from a BG message (5%). Patronymic in the middle name (85% in BG,
  25% in RO); female surname forms (-ova, -eva, -ska), occasionally the male form in RO files;
  married women under maiden or hyphenated names.
- Romanian names: RO files with comma-below diacritics (55%), legacy cedilla (25%) or none;
  BG files mostly without diacritics (MRZ style), some cedilla/comma, 25% in Cyrillic
  (ш, ц, ъ, че/чи, дже, ге/ги). Second given names as middle name, joined (Ana-Maria, Ana
  Maria) or dropped; married double surnames.
- Third-country names: each name has its spelling variants (Mohammed/Muhammad/Mohamed...,
  Hosseini/Husseini, Al-Khatib/Alkhatib/El Khatib, Yılmaz/Yilmaz, Oleksandr/Aleksandr); the
  passport spelling is used 80% of the time, officers' own spellings otherwise; BG files write
  20-35% of them in Cyrillic (more for undocumented migrants). Father's name in the middle-name
  field, Afghans without a family name (father's name or empty), given/family swapped (8%).
- All names: given/family swapped (4%), typing errors and OCR confusions (3% per field),
  UPPER CASE in part of each system's records (RO 10%, BG 6%).
- Identifiers: CNP (with county code, 1/2, 5/6, 7/8 for foreign residents), EGN (+40 month for
  2000s, sex in 9th digit parity), LNCh, all with valid checksums; CNP in 85% of RO records of
  Romanians, EGN in 88% of BG records of Bulgarians, 60% in the other system (copied from the
  ID card); LNCh for foreign residents and asylum seekers in BG. 2% of ids mistyped (digit
  changed, adjacent swap, dropped digit); ~1.5% of persons (8% of LNCh holders) have two valid identifiers of a kind.
- Birth dates: missing 6-13%, mistyped 2% (day/month swap, +-1 or 10 days/years); 30% of
  migrants are recorded at 1 January of a declared year (20% of those records +-1 year), the
  others give a date, still written as 1 January in 15% of their records.
- Phones in national (0721 234 567, 0888123456), international (+40..., 0040..., 359...) and
  spaced/dashed writings; plates with Cyrillic look-alike letters in BG files, spaces and dashes,
  occasional Cyrillic/Latin mix; document numbers with spaces, lower case and OCR confusions
  (0/O, 1/I, 8/B).
- Empty fields (RO / BG files, measured at 100,000): middle name 85% / 44%, birth date 8% / 8%,
  sex 5% / 9%, national id 34% / 30%, document 58% / 63%, phone 66% / 66%, plate 87% / 87%;
  nationality 4% empty and 2% another plausible one (Afghan as IR/PK, Moldovan as RO...).

A hard case: two Ivan Ivanovs (Иван Иванов) born the same year, one with EGN only in BG, the
other in an RO file as IVANOV Ivan with no id; a father Ion Popescu and son Ion Popescu sharing
the home phone and the car; twins; Mohammad Ahmadi 1998-01-01 from Afghanistan, ten of them,
several sharing the smuggler's phone; while the same Христо Желязков Петров is HRISTO JELIAZKOV
with a +359 phone and a Latin plate in an RO file.

Calibration (seed 31): plain Splink (benchmarks/linkage/plain_splink.py) scores pairwise F1 0.82
at 100,000 records (precision 0.84, recall 0.80, cross-border recall 0.70) and 0.88 at 10,000
(namesakes are sparser). Generation of 1,000,000 records takes about 50 s and 0.9 GB.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime
import random

HEADER = [
    "record_id",
    "source",
    "given_name",
    "middle_name",
    "family_name",
    "birth_date",
    "sex",
    "national_id",
    "document_number",
    "nationality",
    "phone",
    "vehicle_plate",
]

# ---------------------------------------------------------------------------------------------
# Tunable rates (the calibration knobs)
# ---------------------------------------------------------------------------------------------
TYPO = 0.03  # per name field
SWAP = 0.04  # given/family swapped (TCN: double)
UPPER = {"RO": 0.10, "BG": 0.06}
ID_MISTYPE = 0.02
DOB_TYPO = 0.02
RECS_PER_PERSON_CIT = ([1, 2, 3, 4, 5, 6, 7, 8, 9], [50, 24, 12, 7, 4, 1.2, 0.8, 0.6, 0.4])
RECS_PER_PERSON_MIG = ([1, 2, 3, 4, 5], [35, 35, 20, 7, 3])

# ---------------------------------------------------------------------------------------------
# Name data (most frequent first; weights are Zipf-like by rank)
# ---------------------------------------------------------------------------------------------
BG_M = [
    "Иван",
    "Георги",
    "Димитър",
    "Николай",
    "Петър",
    "Христо",
    "Стоян",
    "Тодор",
    "Васил",
    "Атанас",
    "Йордан",
    "Александър",
    "Стефан",
    "Красимир",
    "Пламен",
    "Цветан",
    "Живко",
    "Ангел",
    "Кирил",
    "Илия",
    "Марин",
    "Емил",
    "Валентин",
    "Любомир",
    "Борислав",
    "Веселин",
    "Мартин",
    "Калоян",
    "Даниел",
    "Асен",
    "Здравко",
    "Младен",
    "Огнян",
    "Росен",
    "Светослав",
    "Тихомир",
    "Чавдар",
    "Явор",
    "Жельо",
    "Цанко",
    "Милен",
    "Рангел",
    "Станимир",
    "Боян",
    "Захари",
    "Евгени",
    "Виктор",
    "Кристиян",
    "Мирослав",
    "Благой",
    "Методи",
    "Симеон",
    "Янко",
    "Генади",
    "Радослав",
    "Румен",
    "Венцислав",
    "Никола",
    "Митко",
    "Славчо",
    "Величко",
    "Гошо",
    "Добромир",
    "Щилиян",
]
BG_F = [
    "Мария",
    "Иванка",
    "Елена",
    "Йорданка",
    "Пенка",
    "Радка",
    "Даниела",
    "Десислава",
    "Гергана",
    "Виолета",
    "Румяна",
    "Маргарита",
    "Анна",
    "Цветелина",
    "Валентина",
    "Надежда",
    "Христина",
    "Снежана",
    "Стефка",
    "Милена",
    "Николина",
    "Теодора",
    "Юлия",
    "Виктория",
    "Красимира",
    "Емилия",
    "Силвия",
    "Галина",
    "Петя",
    "Росица",
    "Веселина",
    "Антония",
    "Калина",
    "Ралица",
    "Таня",
    "Невена",
    "Зорница",
    "Габриела",
    "Полина",
    "Катя",
    "Светлана",
    "Лиляна",
    "Бистра",
    "Василка",
    "Жана",
    "Сияна",
    "Марияна",
    "Ивелина",
]
BG_FAM = [
    "Иванов",
    "Георгиев",
    "Димитров",
    "Петров",
    "Николов",
    "Христов",
    "Стоянов",
    "Тодоров",
    "Илиев",
    "Василев",
    "Атанасов",
    "Петков",
    "Ангелов",
    "Колев",
    "Йорданов",
    "Маринов",
    "Стефанов",
    "Попов",
    "Михайлов",
    "Кръстев",
    "Костов",
    "Димов",
    "Павлов",
    "Генчев",
    "Желязков",
    "Цветков",
    "Янков",
    "Шишков",
    "Чавдаров",
    "Щерев",
    "Живков",
    "Куртев",
    "Драганов",
    "Симеонов",
    "Ганчев",
    "Русев",
    "Младенов",
    "Радев",
    "Борисов",
    "Станчев",
    "Найденов",
    "Ненчев",
    "Алексиев",
    "Славов",
    "Киров",
    "Лазаров",
    "Вълчев",
    "Събев",
    "Бъчваров",
    "Дончев",
    "Пеев",
    "Пенев",
    "Ковачев",
    "Кирилов",
    "Александров",
    "Бонев",
    "Върбанов",
    "Денев",
    "Енчев",
    "Жечев",
    "Захариев",
    "Калчев",
    "Каменов",
    "Кънчев",
    "Любенов",
    "Манолов",
    "Мутафчиев",
    "Панайотов",
    "Райчев",
    "Сотиров",
    "Тончев",
    "Узунов",
    "Христозов",
    "Цонев",
    "Чолаков",
    "Шопов",
    "Юруков",
    "Янев",
    "Петровски",
    "Стамболийски",
    "Поповски",
    "Маджаров",
    "Хаджиев",
    "Чернев",
    "Гочев",
    "Величков",
    "Мишев",
    "Танев",
    "Стойчев",
    "Пейчев",
    "Бакърджиев",
    "Куюмджиев",
]
BGTR_M = [
    "Мехмед",
    "Ахмед",
    "Мустафа",
    "Хюсеин",
    "Хасан",
    "Ибрахим",
    "Али",
    "Осман",
    "Юсеин",
    "Салих",
    "Реджеп",
    "Исмаил",
    "Шабан",
    "Емин",
    "Сюлейман",
    "Халил",
    "Рамадан",
    "Бейхан",
    "Ердинч",
    "Мюмюн",
    "Неджми",
    "Кемал",
    "Юмер",
    "Айдън",
    "Орхан",
    "Севдалин",
    "Февзи",
    "Шукри",
]
BGTR_F = (
    (
        "Айше Фатме Емине Хатидже Зейнеп Гюлсюм Сабрие Невин Айсел Гюлай Севгюл Мелек Нурие Шукрие "
        "Бейхан Ферие Гюлтен Неджмие Селвие Есин Djeylan Сибел Зюлфие Айтен Сезгин"
    )
    .replace("Djeylan", "Джейлян")
    .split()
)
BGTR_FAM = [
    "Мехмедов",
    "Ахмедов",
    "Мустафов",
    "Хюсеинов",
    "Хасанов",
    "Ибрахимов",
    "Алиев",
    "Османов",
    "Юсеинов",
    "Салиев",
    "Реджепов",
    "Исмаилов",
    "Шабанов",
    "Еминов",
    "Халилов",
    "Рамаданов",
    "Шукриев",
    "Бекиров",
    "Мюмюнов",
    "Кадиров",
    "Юмеров",
    "Феимов",
    "Карахасанов",
    "Топчиев",
    "Селимов",
    "Реджебов",
    "Якубов",
    "Садъков",
    "Неджибов",
    "Базитов",
]

RO_M = [
    "Ion",
    "Gheorghe",
    "Constantin",
    "Vasile",
    "Alexandru",
    "Andrei",
    "Mihai",
    "Nicolae",
    "Ștefan",
    "Florin",
    "Marian",
    "Cristian",
    "Daniel",
    "Dumitru",
    "Adrian",
    "Ionuț",
    "Bogdan",
    "Răzvan",
    "Cătălin",
    "Costel",
    "Petru",
    "Radu",
    "Sorin",
    "Viorel",
    "Liviu",
    "Gabriel",
    "Lucian",
    "Mircea",
    "Ovidiu",
    "Tudor",
    "Alin",
    "Marius",
    "Valentin",
    "Iulian",
    "Cosmin",
    "Sebastian",
    "Laurențiu",
    "Fănel",
    "Dănuț",
    "Nicușor",
    "Costică",
    "Aurel",
    "Emil",
    "Traian",
    "Horațiu",
    "Ciprian",
    "Silviu",
    "Eugen",
    "Ilie",
    "Octavian",
]
RO_F = [
    "Maria",
    "Elena",
    "Ioana",
    "Ana",
    "Mihaela",
    "Andreea",
    "Cristina",
    "Gabriela",
    "Alexandra",
    "Florentina",
    "Daniela",
    "Nicoleta",
    "Roxana",
    "Ramona",
    "Alina",
    "Simona",
    "Georgiana",
    "Adriana",
    "Luminița",
    "Viorica",
    "Mariana",
    "Gheorghița",
    "Rodica",
    "Ștefania",
    "Cătălina",
    "Loredana",
    "Oana",
    "Larisa",
    "Bianca",
    "Denisa",
    "Raluca",
    "Irina",
    "Teodora",
    "Anca",
    "Corina",
    "Violeta",
    "Aurelia",
    "Veronica",
    "Petruța",
    "Lăcrămioara",
    "Ionela",
    "Florica",
    "Valentina",
]
RO_FAM = [
    "Popescu",
    "Popa",
    "Pop",
    "Radu",
    "Dumitru",
    "Stan",
    "Stoica",
    "Gheorghe",
    "Matei",
    "Ciobanu",
    "Ionescu",
    "Rusu",
    "Munteanu",
    "Constantin",
    "Moldovan",
    "Ioniță",
    "Mocanu",
    "Dinu",
    "Lazăr",
    "Marin",
    "Toma",
    "Diaconu",
    "Nistor",
    "Tudor",
    "Florea",
    "Ene",
    "Nițu",
    "Șerban",
    "Oprea",
    "Dobre",
    "Barbu",
    "Cristea",
    "Stănescu",
    "Dragomir",
    "Neagu",
    "Tănase",
    "Coman",
    "Gavrilă",
    "Preda",
    "Enache",
    "Nedelcu",
    "Căpraru",
    "Bălan",
    "Voicu",
    "Vlad",
    "Manole",
    "Anghel",
    "Mihăilă",
    "Sârbu",
    "Țurcanu",
    "Ștefănescu",
    "Pătrașcu",
    "Cârstea",
    "Buzatu",
    "Zamfir",
    "Moraru",
    "Ursu",
    "Iordache",
    "Grigore",
    "Lungu",
    "Costache",
    "Pîrvu",
    "Bucur",
    "Drăgan",
    "Ispas",
    "Mureșan",
    "Surdu",
    "Vișan",
    "Ciocan",
    "Paraschiv",
    "Răducanu",
    "Ghiță",
    "Sandu",
    "Țîrcă",
    "Chirilă",
    "Georgescu",
    "Petrescu",
    "Niculescu",
    "Marinescu",
    "Vlăduț",
    "Dobrescu",
    "Gherghe",
    "Bratu",
    "Dragnea",
    "Mitrea",
]
RO_DOUBLE_F = ["Ana-Maria", "Maria-Magdalena", "Elena-Cristina", "Ioana-Alexandra", "Andreea-Elena"]
RO_DOUBLE_M = ["Ionuț-Alexandru", "Mihai-Cristian", "Andrei-Ștefan", "Florin-Cătălin"]

# Third-country names: "variant/variant/..." (first = most common), optional ":cyr/cyr".
TCN = {
    "ARAB_M": (
        "Mohammed/Muhammad/Mohamed/Mohammad/Mohamad/Muhammed/Mohamud;Ahmad/Ahmed/Ahmet/Achmed;"
        "Ali;Omar/Umar/Omer;Khaled/Khalid/Haled/Chaled;Hussein/Husain/Hussain/Hosein/Husein;"
        "Hassan/Hasan;Abdullah/Abdallah/Abdulla/Abdula;Youssef/Yusuf/Yousef/Yousif/Jusuf/Iusuf;"
        "Ibrahim/Ebrahim/Ibraim;Mahmoud/Mahmud/Mahmood/Mahmut;Mustafa/Moustafa/Mostafa/Mustapha;"
        "Karim/Kareem/Karem;Tarek/Tariq/Tarik/Tareq;Said/Saeed/Saied/Sayed;Walid/Waleed/Oualid;"
        "Samir/Sameer;Jamal/Gamal/Djamal/Jamel;Bilal;Hamza/Hamzah;Yassin/Yasin/Yacine/Iasin;"
        "Amir/Emir;Abdulrahman/Abdul Rahman/Abdel Rahman/Abdelrahman;Anas;Rami;Nabil/Nabeel;Fadi;"
        "Ayman/Aiman;Bassam;Firas;Ghassan;Hadi;Hisham/Hicham;Imad;Issam;Jihad;Kamal;Laith/Layth;Maher;"
        "Majid/Majed;Marwan;Munir/Mounir;Nizar;Osama/Usama/Oussama;Qais/Kais;Raed;Riad/Riyad;Sami;"
        "Tamer/Tamir;Wael;Yahya/Yehia;Zaid/Zeid;Ziad/Ziyad;Adel/Adil;Bashar;Hazem;Jamil/Gamil;Mazen"
    ),
    "ARAB_F": (
        "Fatima/Fatma/Fatimah/Fatema;Aisha/Aicha/Aysha/Ayesha;Maryam/Mariam/Meryem;"
        "Zainab/Zeinab/Zaynab;Nour/Nur/Noor;Amina/Aminah;Khadija/Khadidja/Hadija;Layla/Leila/Laila/Leyla;"
        "Rania/Ranya;Huda/Houda;Samira/Sameera;Hanan;Yasmin/Yasmine/Jasmin;Salma/Selma;Rasha;Dima;"
        "Lina/Leena;Reem/Rim;Nadia/Nadya;Asma/Asmaa;Hiba/Heba;Ghada;Safaa/Safa;Iman/Eman;Sara/Sarah;Malak"
    ),
    "ARAB_FAM": (
        "Al-Ahmad;Al-Hussein;Hamdan;Khalil/Halil/Khaleel;Haddad;Al-Khatib;Mansour/Mansur/Mansoor;"
        "Saleh/Salih/Salah;Othman/Osman/Uthman;Abbas;Nasser/Naser/Nasir;Jaber/Jabir/Djaber;"
        "Darwish/Darvish;Suleiman/Sulaiman/Soliman/Sleiman;Al-Rashid;Ismail/Ismael/Esmail;"
        "Qasim/Kassem/Kasim/Qassem;Al-Jabouri/Al-Jaburi/Al-Jubouri;Al-Obeidi/Al-Ubaidi;"
        "Hamid/Hameed;Al-Hassan;Mahmoud/Mahmud;Al-Ali;Shaker/Shakir;Youssef/Yousef/Yusuf;"
        "Al-Masri;Aziz/Azeez;Ibrahim"
    ),
    "MAGH_FAM": (
        "El Amrani/Amrani/Elamrani;Benali/Ben Ali;El Idrissi/Idrissi/Edrissi;Bouzid;Haddou;"
        "Benjelloun/Ben Jelloun;El Fassi/Fassi;Ait Ali/Aitali;Ouali;Tazi;Alaoui/El Alaoui;Berrada;"
        "Cherkaoui/Sharqawi;Belkadi"
    ),
    "AF_M": (
        "Mohammad/Mohammed/Muhammad/Mohamad;Ahmad/Ahmed;Ali;Abdul/Abdol;Gul/Gol;Hossein/Hussain/Hosein/Husain;"
        "Rahim/Raheem;Zabiullah/Zabihullah/Zabiulla;Rahmatullah/Rahmatulla/Rahmatollah;Farid/Fareed;"
        "Najib/Najeeb/Nadjib;Bashir/Basheer/Bachir;Noorullah/Nurullah/Nourullah;Shafiq/Shafik;"
        "Wahid/Vahid/Waheed;Sayed/Sayyed/Seyed/Said;Hamid/Hameed;Javad/Jawad;Reza;Mehdi/Mahdi;"
        "Morteza/Murtaza/Mortaza;Amir;Naveed/Navid/Nawid;Samiullah/Samiulla;Ajmal;Asadullah/Asadulla;"
        "Ehsan/Ihsan;Habib;Hekmat/Hikmat;Idris/Edris;Jamshid/Jamshed;Khalil;Mansoor/Mansur;Nasir/Naser;"
        "Obaid/Ubaid;Qadir/Kadir;Rashid/Rasheed;Sadiq/Sadeq;Shahid;Sohail/Suhail;Wali;Yama;Zaher/Zahir;"
        "Zia/Ziya;Ismail/Esmail;Jawed/Javed;Karim;Lutfullah/Lotfullah;Matiullah/Matiulla;Nematullah"
    ),
    "AF_F": (
        "Zahra/Zahraa/Sahra;Fatemeh/Fatima/Fatemah;Maryam/Mariam;Parwana/Parvana;Soraya/Suraya;"
        "Nargis/Narges;Masouma/Masuma;Shabnam;Fereshta/Freshta;Mursal;Nilofar/Nilufar;Shakila/Shakeela;"
        "Mahbooba/Mahbuba;Gulalai/Gulali;Roya;Farzana;Hamida/Hameeda;Nazia;Sakina/Sakineh;Khatera/Khatira;"
        "Laila/Leila;Marzia/Marziya;Setara/Sitara;Tahmina"
    ),
    "AF_FAM": (
        "Ahmadi/Ahmady/Akhmadi;Mohammadi/Muhammadi/Mohamadi;Hosseini/Husseini/Hosseiny/Huseini;"
        "Rezaei/Rezaee/Rezai/Rezaie;Karimi/Kerimi/Karimy;Rahimi/Rahimy;Noori/Nouri/Nuri;Hakimi;"
        "Safi/Saafi;Popal;Stanikzai/Stanekzai;Ahmadzai/Ahmedzai/Ahmadzay;Yousafzai/Yusufzai/Yousufzai;"
        "Khan;Durrani;Haidari/Haydari/Heidari;Jafari/Jaafari/Jafary;Sultani/Soltani;Azizi;"
        "Wardak/Vardak;Amiri;Sadat/Saadat;Nazari/Nazary;Habibi;Qaderi/Kaderi/Ghaderi;Sharifi;Rasuli/Rasouli"
    ),
    "PK_M": (
        "Muhammad/Mohammad/Mohammed;Imran/Emran;Asif/Aasif;Bilal;Usman/Osman/Othman;Ali;"
        "Zeeshan/Zishan/Zeshan;Kashif/Kashef;Waqas/Vaqas;Naveed/Navid;Shahid/Shaheed;"
        "Faisal/Faysal/Feisal;Tariq/Tarik;Adnan;Arshad/Arshed;Hamza;Umar/Omar;Abid;Aamir/Amir;Danish;"
        "Farhan;Fahad/Fahd;Haris;Irfan;Junaid;Kamran;Khurram;Mohsin/Muhsin;Nadeem/Nadim;Rizwan/Rizvan;"
        "Saad;Sajid;Salman;Shahzad;Sohail;Tahir;Umair;Yasir/Yaser;Zubair/Zubayr;Waseem/Wasim;Rehan"
    ),
    "PK_F": (
        "Ayesha/Aisha;Fatima;Sana;Nadia/Nadiya;Saima/Sayma;Rabia/Rabiya;Amna/Amina;Hina;Sadia/Saadia;"
        "Nazia;Shazia;Bushra;Kiran;Mehwish/Mehvish;Uzma;Asma/Asmaa;Rubina/Rubeena;Farah;Zainab;Maria/Mariya"
    ),
    "PK_FAM": (
        "Khan;Ahmed/Ahmad;Hussain/Hussein/Husain;Iqbal/Ikbal;Akhtar/Akhter;Butt;"
        "Chaudhry/Chaudhary/Choudhry/Chaudri;Malik;Qureshi/Kureshi/Quraishi;Raza;Shah;"
        "Siddiqui/Siddiqi/Sidiqui;Rana;Javed/Javaid/Jawed;Mirza;Bhatti/Bhati;Aslam"
    ),
    "IR_M": (
        "Mohammad/Mohammed/Mohamad;Ali;Reza;Hossein/Hosein/Hussein;Mehdi/Mahdi;Amir;Javad/Jawad;"
        "Morteza/Murtaza;Saeed/Said;Hamid;Behnam;Arash;Davood/Davud/Dawood;Abbas;Babak;Dariush/Daryoush;"
        "Ehsan;Farhad;Hamed;Kaveh;Majid;Masoud/Masud;Mohsen;Omid;Peyman/Payman;Ramin;Saman;Vahid/Wahid;"
        "Yousef/Yusuf;Hadi;Hassan;Milad;Sajjad/Sajad"
    ),
    "IR_F": (
        "Zahra;Fatemeh/Fatima;Maryam/Mariam;Narges/Nargis;Leila/Layla;Shirin;Sara;Mahsa;Nazanin;"
        "Parisa;Elham;Fereshteh/Fereshte;Somayeh/Somaye;Mina;Niloufar/Nilufar;Azadeh/Azade;Roya;Golnaz"
    ),
    "IR_FAM": (
        "Mohammadi/Mohamadi;Hosseini/Husseini;Ahmadi;Rezaei/Rezaee/Rezai;Karimi;Jafari/Jafary;"
        "Rahimi;Moradi;Sadeghi/Sadeghy/Sadegi;Ghorbani/Qorbani;Kazemi/Kasemi;Rostami;Heidari/Haidari;"
        "Mousavi/Musavi/Moussavi;Hashemi/Hachemi"
    ),
    "TR_M": (
        "Mehmet/Mehmed;Ahmet/Ahmed;Mustafa;Hüseyin/Huseyin;Hasan;İbrahim/Ibrahim;Ali;Murat/Murad;Emre;"
        "Osman;Yusuf;Ömer/Omer;Burak;Kemal;Halil;İsmail/Ismail;Cem;Deniz;Engin;Erkan;Fatih;Gökhan/Gokhan;"
        "Hakan;İlker/Ilker;Kaan;Levent;Oğuz/Oguz;Recep/Redzhep;Serkan;Tolga;Uğur/Ugur;Volkan;Yasin"
    ),
    "TR_F": "Ayşe/Ayse;Fatma;Emine;Hatice;Zeynep/Zeinep;Elif;Merve;Özlem/Ozlem;Esra;Büşra/Busra;Sevgi;Hülya/Hulya;Derya;Gülşen/Gulsen;Sibel;Tuğba/Tugba",
    "TR_FAM": (
        "Yılmaz/Yilmaz;Kaya;Demir;Şahin/Sahin;Çelik/Celik;Yıldız/Yildiz;Öztürk/Ozturk;Aydın/Aydin;"
        "Arslan/Aslan;Doğan/Dogan;Kılıç/Kilic;Koç/Koc;Kurt;Özdemir/Ozdemir;Çetin/Cetin;Polat;Güneş/Gunes"
    ),
    "UA_M": (
        "Oleksandr/Olexandr/Aleksandr/Alexandr:Олександр/Александър;Andriy/Andrii/Andrei:Андрій/Андрей;"
        "Serhiy/Serhii/Sergii/Sergey:Сергій/Сергей;Volodymyr/Vladimir:Володимир/Владимир;"
        "Dmytro/Dmitro/Dmitry:Дмитро/Дмитрий;Mykola/Mikola/Nikolai:Микола/Николай;"
        "Yuriy/Yurii/Iurii/Iurie:Юрій/Юрий;Oleh/Oleg:Олег;Ivan:Іван/Иван;Vasyl/Vasil/Vasile:Василь/Васил;"
        "Maksym/Maxim:Максим;Viktor:Віктор/Виктор"
    ),
    "UA_F": (
        "Olena/Elena:Олена/Елена;Oksana:Оксана;Nataliia/Natalia/Natalya:Наталія/Наталия;"
        "Iryna/Irina:Ірина/Ирина;Tetiana/Tetyana/Tatiana:Тетяна/Татяна;Yuliia/Yulia/Iulia:Юлія/Юлия;"
        "Svitlana/Svetlana:Світлана/Светлана;Anna/Hanna:Анна/Ганна"
    ),
    "UA_FAM": (
        "Shevchenko/Shevtchenko/Sevcenco:Шевченко;Kovalenko/Covalenco:Коваленко;"
        "Bondarenko/Bondarenco:Бондаренко;Tkachenko/Tkacenko/Tcacenco:Ткаченко;Kravchenko/Kravcenko:Кравченко;"
        "Melnyk/Melnik/Melnic:Мельник/Мелник;Boyko/Boiko/Boico:Бойко;Koval/Coval:Коваль/Ковал;"
        "Oliynyk/Oliinyk/Oleinik:Олійник/Олейник;Moroz:Мороз;Lysenko/Lisenko/Lisenco:Лисенко;"
        "Savchenko/Savcenco:Савченко;Rudenko/Rudenco:Руденко;Marchenko/Marcenco:Марченко"
    ),
}

NAT_SETS = {
    # nationality: (male set, female set, family set, lat->cyr mode, alternative claimed nationalities)
    "SY": ("ARAB_M", "ARAB_F", "ARAB_FAM", "gen", ["IQ", "LB", "PS"]),
    "IQ": ("ARAB_M", "ARAB_F", "ARAB_FAM", "gen", ["SY", "IR"]),
    "MA": ("ARAB_M", "ARAB_F", "MAGH_FAM", "gen", ["DZ", "SY", "LY"]),
    "AF": ("AF_M", "AF_F", "AF_FAM", "gen", ["IR", "PK"]),
    "IR": ("IR_M", "IR_F", "IR_FAM", "gen", ["AF"]),
    "PK": ("PK_M", "PK_F", "PK_FAM", "gen", ["AF", "IN"]),
    "TR": ("TR_M", "TR_F", "TR_FAM", "tr", ["SY", "BG"]),
    "UA": ("UA_M", "UA_F", "UA_FAM", "gen", ["RU", "MD"]),
}
MIGRANT_NATS = (["SY", "AF", "IQ", "PK", "MA", "IR", "TR"], [26, 30, 12, 11, 9, 8, 4])


def _parse_entries(spec: str) -> list:
    out = []
    for item in spec.split(";"):
        if ":" in item:
            lat, cyr = item.split(":")
            out.append((lat.split("/"), cyr.split("/")))
            continue
        variants = item.split("/")
        if variants[0].startswith("Al-"):
            base = variants[0][3:]
            for extra in ("Al " + base, "Al" + base.lower(), "El-" + base, base):
                if extra not in variants:
                    variants.append(extra)
        out.append((variants, None))
    return out


TCN_ENTRIES = {k: _parse_entries(v) for k, v in TCN.items()}

TR_PRE = [
    "Ak",
    "Kara",
    "Öz",
    "Demir",
    "Yıldız",
    "Er",
    "Gül",
    "Tek",
    "Uçar",
    "Bal",
    "Şen",
    "Gök",
    "Kaplan",
    "Altun",
    "Tun",
    "Bozk",
]
TR_SUF = ["can", "oğlu", "soy", "türk", "kaya", "han", "taş", "el", "dağ", "ay", "yurt"]


def _strip_tr(v: str) -> str:
    return v.translate(str.maketrans("ıİöüçğşÖÜÇĞŞ", "iIoucgsOUCGS"))


def _family_tail(set_name: str) -> list:
    """Rarer family names of a nationality, built the way such names are formed."""
    out = []
    if set_name == "TR_FAM":
        for a in TR_PRE:
            for b in TR_SUF:
                name = a + b
                out.append(([name] + ([_strip_tr(name)] if _strip_tr(name) != name else []), None))
        return out
    givens = {
        "ARAB_FAM": "ARAB_M",
        "MAGH_FAM": "ARAB_M",
        "AF_FAM": "AF_M",
        "PK_FAM": "PK_M",
        "IR_FAM": "IR_M",
    }[set_name]
    for vs, _ in TCN_ENTRIES[givens]:
        base = vs[0]
        if " " in base:
            continue
        if set_name == "ARAB_FAM":
            out.append((["Al-" + base, "Al " + base, "Al" + base.lower(), "El-" + base, base], None))
            out.append((list(vs), None))
        elif set_name == "MAGH_FAM":
            out.append((["Ben " + base, "Ben" + base.lower(), "Bin " + base], None))
            out.append((["El " + base, "El" + base.lower(), base], None))
        elif set_name == "AF_FAM":
            out.append(([v + "zai" for v in vs] + [vs[0] + "zay"], None))
            out.append(([v + "yar" for v in vs], None))
            out.append((list(vs), None))
        elif set_name == "PK_FAM":
            out.append((list(vs), None))
        else:
            out.append(([v + "zadeh" for v in vs] + [vs[0] + "zade"], None))
            out.append(([v + "ian" for v in vs], None))
            out.append(([v + "i" for v in vs], None))
    return out


def patronymic(father_given: str, female: bool) -> str:
    g = father_given
    if g.endswith("ър"):
        base, suf = g[:-2] + "р", "ов"
    elif g.endswith("й"):
        base, suf = g[:-1], "ев"
    elif g.endswith("и"):
        base, suf = g, "ев"
    elif g.endswith("я"):
        base, suf = g[:-1], "ев"
    elif g.endswith("ьо"):
        base, suf = g[:-2], "ев"
    elif g.endswith(("о", "а", "е")):
        base, suf = g[:-1], "ов"
    else:
        base, suf = g, "ов"
    return base + suf + ("а" if female else "")


def fem_bg(fam: str) -> str:
    if fam.endswith(("ов", "ев", "ин")):
        return fam + "а"
    if fam.endswith("ски"):
        return fam[:-1] + "а"
    return fam


# Long tails of family names (head lists above carry the frequent names; real surname
# distributions have thousands of rare names, so most people do not have a namesake).
BG_ROOTS = [
    "Драг",
    "Вел",
    "Стан",
    "Рад",
    "Мил",
    "Бор",
    "Добр",
    "Цон",
    "Ган",
    "Пет",
    "Мар",
    "Тон",
    "Кол",
    "Ил",
    "Гоч",
    "Бон",
    "Ден",
    "Мит",
    "Ник",
    "Сав",
    "Слав",
    "Дим",
    "Кръст",
    "Вълк",
    "Нед",
    "Пен",
    "Пей",
    "Стой",
    "Лил",
    "Тот",
    "Цан",
    "Жел",
    "Злат",
    "Ков",
    "Ман",
    "Пав",
    "Рус",
    "Сим",
    "Тан",
    "Чер",
    "Бел",
    "Бож",
    "Гер",
    "Дан",
    "Ев",
    "Иск",
    "Кир",
    "Лаз",
    "Мих",
    "Нен",
    "Огн",
    "Пан",
    "Пър",
    "Рай",
    "Сер",
    "Тер",
    "Хрис",
    "Цвет",
    "Чав",
    "Шиш",
    "Ян",
    "Благ",
    "Буч",
    "Вас",
    "Вит",
    "Гор",
    "Дюл",
    "Ерм",
    "Зах",
    "Кал",
    "Кам",
    "Кън",
    "Люб",
    "Мин",
    "Мом",
    "Най",
    "Оп",
    "Пим",
    "Рач",
    "Сир",
    "Тош",
    "Фил",
    "Хад",
    "Цек",
    "Чол",
    "Шоп",
    "Юр",
]
BG_MIDS = ["", "ич", "ан", "ен", "ч", "к", "уш", "ин", "ал", "он", "ушк", "ичк", "ълч", "ар"]
RO_ROOTS = [
    "Vlăd",
    "Stăn",
    "Mărin",
    "Dobr",
    "Petr",
    "Georg",
    "Nicul",
    "Dumitr",
    "Ion",
    "Mih",
    "Lup",
    "Nedel",
    "Cojoc",
    "Drăgh",
    "Mușat",
    "Crăc",
    "Bălț",
    "Opriș",
    "Radov",
    "Tom",
    "Sim",
    "Costin",
    "Andron",
    "Bărb",
    "Căld",
    "Dăn",
    "Flor",
    "Grig",
    "Iord",
    "Lazăr",
    "Man",
    "Nistor",
    "Olt",
    "Pătr",
    "Roș",
    "Săl",
    "Tudor",
    "Ursul",
    "Vasil",
    "Zăv",
    "Buz",
    "Cioc",
    "Fărc",
    "Gâlc",
    "Hârl",
    "Mocan",
    "Negr",
    "Pop",
    "Râp",
    "Sârb",
    "Tănas",
    "Vrânc",
]
RO_SUFS = ["escu", "eanu", "ache", "oiu", "aru", "ică", "uț", "an", "ici", "ea", "u"]


def _bg_tail():
    out = []
    for r in BG_ROOTS:
        for m in BG_MIDS:
            stem = r + m
            out.append(stem + ("ев" if stem[-1] in "чжшщ" else "ов"))
    return out


BG_FAM_TAIL = [f for f in _bg_tail() if f not in BG_FAM]
RO_FAM_TAIL = [r + sfx for r in RO_ROOTS for sfx in RO_SUFS if r + sfx not in RO_FAM]


class Weighted:
    """Zipf-like weighted choice over a list (by rank), O(log n) per draw."""

    def __init__(self, items, weights=None, a=2.0, s=1.0):
        self.items = list(items)
        if weights is None:
            weights = [1.0 / (i + a) ** s for i in range(len(self.items))]
        total, cum = 0.0, []
        for w in weights:
            total += w
            cum.append(total)
        self.cum, self.total = cum, total

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


class Mixed:
    """Head list with Zipf weights (share `head`) plus a uniform long tail."""

    def __init__(self, head_items, tail_items, head=0.7, a=15):
        self.head, self.tail, self.share = Weighted(head_items, a=a), list(tail_items), head

    def pick(self, rng):
        if rng.random() < self.share:
            return self.head.pick(rng)
        return self.tail[rng.randrange(len(self.tail))]


W = {
    "BG_M": Weighted(BG_M, a=12),
    "BG_F": Weighted(BG_F, a=12),
    "BG_FAM": Mixed(BG_FAM + [patronymic(g, False) for g in BG_M[:40]], BG_FAM_TAIL, 0.65),
    "BGTR_M": Weighted(BGTR_M, a=6),
    "BGTR_F": Weighted(BGTR_F, a=6),
    "BGTR_FAM": Weighted(BGTR_FAM, a=8),
    "RO_M": Weighted(RO_M, a=12),
    "RO_F": Weighted(RO_F, a=12),
    "RO_FAM": Mixed(RO_FAM, RO_FAM_TAIL, 0.65),
}
for _k, _entries in TCN_ENTRIES.items():
    if _k.endswith("_FAM") and _k != "UA_FAM":
        W[_k] = Mixed(_entries, _family_tail(_k), 0.6, a=6.0)
    else:
        W[_k] = Weighted(_entries, a=3.0 if _k.endswith(("_M", "_F")) else 6.0, s=1.0)

# ---------------------------------------------------------------------------------------------
# Scripts: Bulgarian Cyrillic -> Latin (several conventions), Latin -> Cyrillic, diacritics
# ---------------------------------------------------------------------------------------------
OFFICIAL = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sht",
            "a",
            "y",
            "yu",
            "ya",
        ],
        strict=False,
    )
)
STYLE_OVERRIDES = {
    "off": {},
    "hist": {"х": "kh", "я": "ia", "ю": "iu", "й": "i", "ъ": "u"},
    "hist2": {"я": "ia", "ю": "iu", "й": "i", "ъ": "a"},
    "ro": {
        "ж": "j",
        "ш": "ș",
        "щ": "șt",
        "ц": "ț",
        "ъ": "ă",
        "й": "i",
        "я": "ia",
        "ю": "iu",
        "ь": "i",
        "ч": "ci",
    },
    "fr": {
        "ж": "j",
        "ш": "ch",
        "ч": "tch",
        "щ": "cht",
        "у": "ou",
        "х": "kh",
        "й": "i",
        "я": "ia",
        "ю": "iou",
        "ь": "i",
    },
    "de": {
        "в": "w",
        "ж": "sch",
        "ч": "tsch",
        "ц": "z",
        "ш": "sch",
        "щ": "schtsch",
        "й": "j",
        "я": "ja",
        "ю": "ju",
        "х": "ch",
        "з": "s",
        "ъ": "a",
        "ь": "j",
    },
}
_CYR_CACHE: dict = {}


def _cap(s: str) -> str:
    out, up = [], True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -"
    return "".join(out)


def bg_to_latin(name: str, style: str) -> str:
    key = (name, style)
    hit = _CYR_CACHE.get(key)
    if hit is not None:
        return hit
    table = dict(OFFICIAL)
    table.update(STYLE_OVERRIDES[style])
    low = name.lower()
    out = []
    n = len(low)
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < n else ""
        end = i + 1 == n or nxt in " -"
        if style == "off" and ch == "я" and i > 0 and low[i - 1] == "и" and end:
            out.append("a")
            continue
        if style == "ro":
            if ch in "гк" and nxt in "еи":
                out.append("gh" if ch == "г" else "ch")
                continue
            if ch == "ч" and nxt in "еи":
                out.append("c")
                continue
        if style == "fr" and ch == "г" and nxt in "еи":
            out.append("gu")
            continue
        out.append(table.get(ch, ch))
    res = "".join(out)
    if style == "fr" and res.endswith(("ov", "ev")):
        res = res[:-1] + ("ff" if len(res) % 2 else "f")
    if style == "de" and res.endswith(("ov", "ev")):
        res = res[:-1] + "w"
    res = _cap(res)
    _CYR_CACHE[key] = res
    return res


LAT_RO = [
    ("ghe", "ге"),
    ("ghi", "ги"),
    ("che", "ке"),
    ("chi", "ки"),
    ("cea", "ча"),
    ("cia", "ча"),
    ("ciu", "чу"),
    ("cio", "чо"),
    ("gea", "джа"),
    ("gia", "джа"),
    ("giu", "джу"),
    ("gio", "джо"),
    ("ce", "че"),
    ("ci", "чи"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("ea", "я"),
    ("ia", "ия"),
    ("iu", "ю"),
    ("dj", "дж"),
]
LAT_GEN = [
    ("sch", "ш"),
    ("tch", "ч"),
    ("dj", "дж"),
    ("kh", "х"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("ts", "ц"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "йо"),
    ("ou", "у"),
    ("oo", "у"),
    ("ee", "и"),
    ("gh", "г"),
    ("dh", "д"),
    ("th", "т"),
    ("ph", "ф"),
    ("aa", "а"),
    ("ai", "ай"),
    ("ei", "ей"),
    ("ey", "ей"),
    ("ay", "ай"),
]
LAT1 = {
    "a": "а",
    "b": "б",
    "c": "к",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "ж",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "к",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "у",
    "x": "кс",
    "y": "й",
    "z": "з",
    "ă": "ъ",
    "â": "ъ",
    "î": "ъ",
    "ș": "ш",
    "ş": "ш",
    "ț": "ц",
    "ţ": "ц",
    "é": "е",
    "ç": "ч",
    "ğ": "",
    "ı": "ъ",
    "ö": "ьо",
    "ü": "ю",
    "İ": "и",
}
_LAT_CACHE: dict = {}


def latin_to_cyr(name: str, mode: str) -> str:
    key = (name, mode)
    hit = _LAT_CACHE.get(key)
    if hit is not None:
        return hit
    low = name.lower().replace("i̇", "i")
    rules = LAT_RO if mode == "ro" else LAT_GEN
    out, i, n = [], 0, len(low)
    while i < n:
        for src, dst in rules:
            if low.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            ch = low[i]
            if mode != "ro" and i + 1 < n and low[i + 1] == ch and ch not in "aeiou":
                i += 1  # double consonant written single
                continue
            if ch == "i" and mode == "ro" and i == 0 and i + 1 < n and low[1] in "ao":
                out.append("йо" if low[1] == "o" else "я")
                i += 2
                continue
            if (ch == "j" and mode != "ro") or (ch == "c" and mode == "tr"):
                out.append("дж")
            elif (
                ch == "i"
                and mode == "ro"
                and (i + 1 == n or low[i + 1] in " -")
                and i > 0
                and low[i - 1] in "aeiou"
            ):
                out.append("й")
            elif ch == "y" and not (i + 1 < n and low[i + 1] in "aeiouı"):
                out.append("и")
            else:
                out.append(LAT1.get(ch, ch))
            i += 1
    res = _cap("".join(out))
    _LAT_CACHE[key] = res
    return res


STRIP = str.maketrans("ăâîșşțţĂÂÎȘŞȚŢıİöüçğÖÜÇĞé", "aaissttAAISSTTiIoucgOUCGe")
TO_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
TO_COMMA = str.maketrans("şţŞŢ", "șțȘȚ")

LAT_ALPHA = "abcdefghijklmnoprstuvz"
CYR_ALPHA = "абвгдежзиклмнопрстуфхцчшя"
OCR = [
    ("m", "rn"),
    ("rn", "m"),
    ("l", "I"),
    ("I", "l"),
    ("e", "c"),
    ("c", "e"),
    ("u", "v"),
    ("n", "h"),
    ("h", "n"),
    ("cl", "d"),
    ("o", "a"),
    ("i", "l"),
]
KEYB = {
    "a": "sq",
    "s": "ad",
    "d": "sf",
    "e": "wr",
    "r": "et",
    "t": "ry",
    "i": "uo",
    "o": "ip",
    "n": "bm",
    "m": "n",
    "u": "yi",
    "h": "gj",
    "k": "jl",
    "l": "k",
    "v": "cb",
    "c": "xv",
}


def typo(s: str, rng: random.Random) -> str:
    n = len(s)
    if n < 3:
        return s
    r = rng.random()
    i = rng.randrange(1, n)
    if r < 0.15:
        for a, b in OCR:
            j = s.find(a, 1)
            if j > 0:
                return s[:j] + b + s[j + len(a) :]
    if r < 0.40:  # substitution
        ch = s[i]
        low = ch.lower()
        if low in KEYB:
            rep = rng.choice(KEYB[low])
        elif "а" <= low <= "я":
            rep = rng.choice(CYR_ALPHA)
        else:
            rep = rng.choice(LAT_ALPHA)
        if ch.isupper():
            rep = rep.upper()
        return s[:i] + rep + s[i + 1 :]
    if r < 0.65:  # deletion
        return s[:i] + s[i + 1 :]
    if r < 0.85 and i < n - 1:  # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + s[i] + s[i:]  # duplication


# ---------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------
CNP_W = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
EGN_W = [2, 4, 8, 5, 10, 9, 7, 3, 6]
LNCH_W = [21, 19, 17, 13, 11, 9, 7, 3, 1]
RO_COUNTY_CODES = Weighted(
    [40, 41, 42, 43, 44, 45, 46, 52, 51, 13, 16, 34, 28, 25, 12, 22, 29, 8, 17, 23, 36, 5, 33],
    [6, 3, 3, 3, 3, 3, 3, 8, 7, 9, 7, 5, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2],
)


def cnp(sex: str, d: datetime.date, rng: random.Random, foreign: bool = False) -> str:
    if foreign:
        s = 7 if sex == "M" else 8
    elif d.year >= 2000:
        s = 5 if sex == "M" else 6
    else:
        s = 1 if sex == "M" else 2
    body = f"{s}{d.year % 100:02d}{d.month:02d}{d.day:02d}{RO_COUNTY_CODES.pick(rng):02d}{rng.randrange(1, 1000):03d}"
    r = sum(int(c) * w for c, w in zip(body, CNP_W, strict=False)) % 11
    return body + ("1" if r == 10 else str(r))


def egn(sex: str, d: datetime.date, rng: random.Random, serial: int | None = None) -> str:
    mm = d.month + (40 if d.year >= 2000 else 0)
    if serial is None:
        serial = rng.randrange(0, 100) * 10 + rng.randrange(0, 10)
    # ninth digit parity encodes sex: even male, odd female
    serial = serial - serial % 2 + (0 if sex == "M" else 1)
    body = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{serial % 1000:03d}"
    r = sum(int(c) * w for c, w in zip(body, EGN_W, strict=False)) % 11
    return body + str(r if r < 10 else 0)


def lnch(rng: random.Random) -> str:
    body = f"{rng.randrange(10**8, 10**9):09d}"
    return body + str(sum(int(c) * w for c, w in zip(body, LNCH_W, strict=False)) % 10)


def mistype_digits(s: str, rng: random.Random) -> str:
    n = len(s)
    r = rng.random()
    i = rng.randrange(n)
    if r < 0.6:
        return s[:i] + str((int(s[i]) + rng.randrange(1, 10)) % 10) + s[i + 1 :] if s[i].isdigit() else s
    if r < 0.9 and i < n - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + s[i + 1 :]


# ---------------------------------------------------------------------------------------------
# Documents, phones, plates
# ---------------------------------------------------------------------------------------------
RO_ID_SERIES = [
    "RX",
    "RT",
    "RD",
    "GZ",
    "GG",
    "KL",
    "KZ",
    "DX",
    "DZ",
    "MX",
    "MZ",
    "TR",
    "TZ",
    "KT",
    "KX",
    "CJ",
    "XB",
    "XT",
    "IZ",
    "MS",
    "VN",
    "PH",
    "PX",
    "RK",
    "RR",
]


def digits(rng, k):
    return f"{rng.randrange(10**k):0{k}d}"


def letters(rng, k, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alpha) for _ in range(k))


def make_doc(nat: str, kind: str, rng: random.Random) -> str:
    if nat == "RO" or (nat == "MD" and kind == "ro"):
        if kind == "id":
            return rng.choice(RO_ID_SERIES) + digits(rng, 6)
        return "0" + str(rng.randrange(5, 6)) + digits(rng, 7)
    if nat == "BG":
        return ("6" if kind == "id" else "3") + digits(rng, 8)
    if nat == "SY":
        return "N" + digits(rng, 9)
    if nat == "AF":
        return "P" + digits(rng, 8)
    if nat == "IQ":
        return "A" + digits(rng, 8)
    if nat in ("PK", "MA"):
        return letters(rng, 2) + digits(rng, 7)
    if nat == "IR":
        return rng.choice("KXPH") + digits(rng, 8)
    if nat == "TR":
        return "U" + digits(rng, 8)
    if nat == "UA":
        return letters(rng, 2) + digits(rng, 6)
    if nat == "MD":
        return "B" + digits(rng, 8)
    return digits(rng, 9)


OCR_DOC = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "2": "Z"}


def render_doc(doc: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.04:
        return mistype_digits(doc, rng)
    if r < 0.07:
        i = rng.randrange(len(doc))
        if doc[i] in OCR_DOC:
            return doc[:i] + OCR_DOC[doc[i]] + doc[i + 1 :]
        return doc
    if r < 0.14 and doc[:2].isalpha():
        return doc[:2] + " " + doc[2:]
    if r < 0.17 and doc[:1].isalpha():
        return doc.lower()
    if r < 0.20 and len(doc) > 6:
        return doc[:3] + " " + doc[3:6] + " " + doc[6:]
    return doc


PHONE_CC = {
    "RO": "40",
    "BG": "359",
    "TR": "90",
    "SY": "963",
    "AF": "93",
    "IQ": "964",
    "PK": "92",
    "MA": "212",
    "IR": "98",
    "UA": "380",
    "MD": "373",
}


#: Mobile numbers of third countries: the first digit of the national number and how many follow.
MOBILE_PREFIX = {
    "TR": ("5", 9),
    "SY": ("9", 8),
    "AF": ("7", 8),
    "IQ": ("7", 9),
    "PK": ("3", 9),
    "MA": ("6", 8),
    "IR": ("9", 9),
}


def make_phone(country: str, rng: random.Random, landline: bool = False) -> tuple:
    if country == "RO":
        nsn = ("21" + digits(rng, 7)) if landline else ("7" + rng.choice("2234456789") + digits(rng, 7))
    elif country == "BG":
        nsn = (
            ("2" + digits(rng, 7))
            if landline
            else (rng.choice(["87", "88", "88", "89", "98"]) + digits(rng, 7))
        )
    elif country in MOBILE_PREFIX:
        lead, n_digits = MOBILE_PREFIX[country]
        nsn = lead + digits(rng, n_digits)
    elif country == "UA":
        nsn = rng.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97"]) + digits(rng, 7)
    else:
        nsn = rng.choice("67") + digits(rng, 7)
    return (country, nsn)


def _group3(s):
    return " ".join(s[i : i + 3] for i in range(0, len(s), 3))


def render_phone(ph: tuple, source: str, rng: random.Random) -> str:
    country, nsn = ph
    cc = PHONE_CC[country]
    r = rng.random()
    if country == source:
        if r < 0.42:
            return "0" + nsn
        if r < 0.67:
            return "+" + cc + nsn
        if r < 0.75:
            return "00" + cc + nsn
        if r < 0.87:
            return (
                "0" + nsn[:3] + " " + _group3(nsn[3:])
                if country == "RO"
                else "0" + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]
            )
        if r < 0.93:
            return "0" + nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:]
        if r < 0.97:
            return "+" + cc + " " + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]
        return nsn
    if country in ("RO", "BG"):
        if r < 0.50:
            return "+" + cc + nsn
        if r < 0.75:
            return "00" + cc + nsn
        if r < 0.88:
            return "0" + nsn
        if r < 0.95:
            return cc + nsn
        return "+" + cc + " " + nsn[:2] + " " + _group3(nsn[2:])
    if r < 0.55:
        return "+" + cc + nsn
    if r < 0.88:
        return "00" + cc + nsn
    if r < 0.95:
        return "+" + cc + " " + _group3(nsn)
    return cc + nsn


RO_PLATE_COUNTY = Weighted(
    [
        "B",
        "GR",
        "CT",
        "CL",
        "DJ",
        "TR",
        "OT",
        "MH",
        "IF",
        "PH",
        "AG",
        "BV",
        "IS",
        "CJ",
        "TM",
        "GL",
        "BR",
        "DB",
        "BZ",
        "VL",
    ],
    [14, 8, 10, 6, 7, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2],
)
BG_PLATE_PROV = Weighted(
    [
        "СА",
        "СВ",
        "С",
        "Р",
        "В",
        "ТХ",
        "СС",
        "ВН",
        "ЕН",
        "ВТ",
        "ВР",
        "М",
        "А",
        "РВ",
        "СО",
        "Х",
        "Н",
        "СТ",
        "РР",
    ],
    [7, 5, 4, 8, 8, 6, 5, 4, 4, 4, 3, 3, 5, 5, 3, 2, 2, 3, 2],
)
BG_SERIES = "АВКМНРСТХ"
HOMO_C2L = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
HOMO_L2C = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")


def make_plate(country: str, rng: random.Random) -> tuple:
    if country == "RO":
        c = RO_PLATE_COUNTY.pick(rng)
        num = f"{rng.randrange(10, 1000 if c == 'B' and rng.random() < 0.3 else 100):02d}"
        let = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + letters(rng, 2, "ABCDEFGHIJKLMNOPRSTUVWXYZ")
        return ("RO", c, num, let)
    if country == "BG":
        return ("BG", BG_PLATE_PROV.pick(rng), digits(rng, 4), rng.choice(BG_SERIES) + rng.choice(BG_SERIES))
    if country == "TR":
        return (
            "TR",
            f"{rng.randrange(1, 82):02d}",
            letters(rng, rng.choice([1, 2, 3])),
            digits(rng, rng.choice([3, 4])),
        )
    if country == "UA":
        return ("UA", letters(rng, 2, "ABCEHIKMOPTX"), digits(rng, 4), letters(rng, 2, "ABCEHIKMOPTX"))
    return ("MD", letters(rng, 3), digits(rng, 3), "")


def render_plate(pl: tuple, source: str, rng: random.Random) -> str:
    country, a, b, c = pl
    r = rng.random()
    sep = " " if r < 0.35 else ("-" if r < 0.45 else "")
    if country == "BG":
        if source == "BG":
            text = (
                a + sep + b + sep + c if rng.random() < 0.9 else (a + sep + b + sep + c).translate(HOMO_C2L)
            )
        else:
            q = rng.random()
            text = a + sep + b + sep + c
            if q < 0.88:
                text = text.translate(HOMO_C2L)
            elif q < 0.94:  # mixed: province Latin, series still Cyrillic
                text = a.translate(HOMO_C2L) + sep + b + sep + c
        return text
    text = a + sep + b + (sep + c if c else "")
    if source == "BG" and rng.random() < 0.12:
        text = text.translate(HOMO_L2C)
    if rng.random() < 0.015:
        text = mistype_digits(text, rng)
    return text


# ---------------------------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------------------------
class Person:
    __slots__ = (
        "declared",
        "dob",
        "docs",
        "family",
        "family_alt",
        "given",
        "given2",
        "hh_phone",
        "home",
        "ids",
        "ids_alt",
        "kind",
        "middle",
        "mode",
        "nat",
        "nofam",
        "phones",
        "pid",
        "plate",
        "pp",
        "pp_style",
        "resident",
        "role",
        "sex",
    )

    def __init__(self, pid):
        self.pid = pid
        self.given2 = self.middle = self.family_alt = self.plate = self.hh_phone = None
        self.ids = {}
        self.ids_alt = {}
        self.docs = []
        self.phones = []
        self.declared = False
        self.resident = False
        self.nofam = False
        self.pp = {}
        self.pp_style = "off"
        self.mode = "gen"
        self.role = "cit"


def rand_date(rng, y0, y1):
    o0 = datetime.date(y0, 1, 1).toordinal()
    o1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(o0, o1))


def pick_variant_index(rng, n):
    r = rng.random()
    if n == 1 or r < 0.55:
        return 0
    return rng.randrange(1, n)


class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.persons = []
        self.smuggler_phones = []

    # -- basic persons -------------------------------------------------------------------------
    def new(self):
        p = Person(len(self.persons) + 1)
        self.persons.append(p)
        return p

    def citizen(self, kind, sex, dob, family=None, given=None, father_given=None, turk=False):
        rng = self.rng
        p = self.new()
        p.kind, p.sex, p.dob = kind, sex, dob
        if kind == "BG":
            p.nat = "BG"
            p.home = "BG"
            pre = "BGTR_" if turk else "BG_"
            p.given = given or W[pre + ("M" if sex == "M" else "F")].pick(rng)
            fg = father_given or W[pre + "M"].pick(rng)
            p.middle = patronymic(fg, sex == "F")
            fam = family or W[pre + "FAM"].pick(rng)
            p.family = fem_bg(fam) if sex == "F" else fam
            p.ids["EGN"] = egn(sex, dob, rng)
            p.docs = [make_doc("BG", "id", rng)] + (
                [make_doc("BG", "pp", rng)] if rng.random() < 0.45 else []
            )
            r = rng.random()
            p.pp_style = "off" if r < 0.72 else ("hist" if r < 0.88 else ("hist2" if r < 0.96 else "fr"))
            if rng.random() < 0.04:
                p.resident = True  # lives in Romania: has a foreign-resident CNP
                p.ids["CNP"] = cnp(sex, dob, rng, foreign=True)
        else:
            p.nat = kind if kind == "MD" else "RO"
            p.home = "RO"
            p.given = given or W["RO_" + ("M" if sex == "M" else "F")].pick(rng)
            if rng.random() < 0.06:
                p.given = rng.choice(RO_DOUBLE_F if sex == "F" else RO_DOUBLE_M)
            elif rng.random() < 0.25:
                g2 = W["RO_" + ("M" if sex == "M" else "F")].pick(rng)
                if g2 != p.given:
                    p.given2 = g2
            p.family = family or W["RO_FAM"].pick(rng)
            if kind == "MD":
                p.docs = [make_doc("MD", "pp", rng)]
                if rng.random() < 0.45:  # Moldovans often also hold a Romanian ID
                    p.ids["CNP"] = cnp(sex, dob, rng)
                    p.docs.append(make_doc("RO", "id", rng))
                elif rng.random() < 0.3:
                    p.ids["CNP"] = cnp(sex, dob, rng, foreign=True)
            else:
                p.ids["CNP"] = cnp(sex, dob, rng)
                p.docs = [make_doc("RO", "id", rng)] + (
                    [make_doc("RO", "pp", rng)] if rng.random() < 0.45 else []
                )
            if rng.random() < 0.04:
                p.resident = True  # lives in Bulgaria: LNCh
                p.ids["LNCH"] = lnch(rng)
        if rng.random() < 0.015 and p.ids:
            kind_id = "CNP" if "CNP" in p.ids else next(iter(p.ids))
            p.ids_alt[kind_id] = (
                cnp(sex, dob, rng, foreign=p.ids[kind_id][0] in "78")
                if kind_id == "CNP"
                else egn(sex, dob, rng)
                if kind_id == "EGN"
                else lnch(rng)
            )
        self.personal_phone(
            p, "BG" if kind == "BG" else ("MD" if kind == "MD" and rng.random() < 0.5 else "RO"), 0.78
        )
        return p

    def personal_phone(self, p, country, prob):
        rng = self.rng
        if rng.random() < prob:
            p.phones.append(make_phone(country, rng))
            if rng.random() < 0.18:
                other = country if rng.random() < 0.7 else ("RO" if country != "RO" else "BG")
                p.phones.append(make_phone(other, rng))

    def tcn(self, nat, sex, dob, family_entry=None, role="mig"):
        rng = self.rng
        p = self.new()
        p.kind, p.nat, p.sex, p.dob, p.role = "TCN", nat, sex, dob, role
        msets = NAT_SETS[nat]
        p.mode = msets[3]
        p.given = W[msets[0] if sex == "M" else msets[1]].pick(rng)
        p.family = family_entry or W[msets[2]].pick(rng)
        if nat in ("SY", "IQ", "MA", "AF", "PK") and rng.random() < 0.6:
            p.middle = W[msets[0]].pick(rng)  # father's name
        if nat == "AF" and rng.random() < 0.3:
            p.nofam = True
            if p.middle is None:
                p.middle = W[msets[0]].pick(rng)
        for key in ("g", "f", "m"):
            ent = {"g": p.given, "f": p.family, "m": p.middle}[key]
            if ent is not None:
                p.pp[key] = pick_variant_index(rng, len(ent[0]))
        if nat in ("UA", "TR"):
            p.home = (
                "RO"
                if nat == "UA" and rng.random() < 0.7
                else ("BG" if nat == "TR" and rng.random() < 0.7 else rng.choice(["RO", "BG"]))
            )
        else:
            p.home = "BG" if rng.random() < 0.55 else "RO"
        has_doc = rng.random() < (0.9 if role != "mig" else 0.4)
        if has_doc:
            p.docs = [make_doc(nat, "pp", rng)]
        if role == "mig":
            p.declared = rng.random() < 0.30
            if rng.random() < 0.30:
                p.ids["LNCH"] = lnch(rng)
                if rng.random() < 0.08:
                    p.ids_alt["LNCH"] = lnch(rng)
            if rng.random() < 0.06:
                p.ids["CNP"] = cnp(sex, dob, rng, foreign=True)
            self.personal_phone(p, rng.choice(["BG", "TR", nat, nat, "RO"]), 0.55)
        else:
            if rng.random() < 0.3:
                p.ids["LNCH"] = lnch(rng)
            if rng.random() < 0.25:
                p.ids["CNP"] = cnp(sex, dob, rng, foreign=True)
            self.personal_phone(p, nat if rng.random() < 0.6 else p.home, 0.75)
        return p

    # -- units ---------------------------------------------------------------------------------
    def household(self, kind):
        rng = self.rng
        turk = kind == "BG" and rng.random() < 0.06
        pre = "BGTR_" if turk else "BG_"
        shape = rng.random()
        fam = W[pre + "FAM"].pick(rng) if kind == "BG" else W["RO_FAM"].pick(rng)
        members = []
        fdob = rand_date(rng, 1950, 1992)
        father = None
        if shape < 0.88:
            father = self.citizen(kind, "M", fdob, family=fam, turk=turk)
            members.append(father)
            if shape < 0.80:
                mother = self.citizen(
                    kind,
                    "F",
                    rand_date(rng, fdob.year - 3, min(fdob.year + 6, 1995)),
                    family=None if kind == "BG" else fam,
                    turk=turk,
                )
                if kind == "BG":
                    maiden = mother.family
                    mother.family = fem_bg(fam)
                    mother.family_alt = maiden
                    if rng.random() < 0.08:
                        mother.family = maiden + "-" + fem_bg(fam)
                else:
                    maiden = W["RO_FAM"].pick(rng)
                    mother.family_alt = maiden
                    if rng.random() < 0.15:
                        mother.family = fam + "-" + maiden if rng.random() < 0.5 else maiden + "-" + fam
                members.append(mother)
        nkids = 0 if shape < 0.30 else rng.choice([1, 1, 2, 2, 2, 3])
        twins = rng.random() < 0.06
        kid_dob = None
        for k in range(nkids):
            kd = (
                kid_dob
                if (twins and k == 1)
                else rand_date(rng, min(fdob.year + 20, 2010), min(fdob.year + 38, 2011))
            )
            kid_dob = kd
            sex = "M" if rng.random() < 0.55 else "F"
            given = None
            if sex == "M" and father is not None:
                r = rng.random()
                if r < 0.18:
                    given = father.given
                elif r < 0.35 and kind == "BG":
                    given = self._grandfather(father)
            fg = father.given if father is not None else None
            kid = self.citizen(
                kind,
                sex,
                kd,
                family=fam,
                given=given,
                father_given=fg or (W[pre + "M"].pick(rng) if kind == "BG" else None),
                turk=turk,
            )
            if twins and k == 1 and kind == "BG":
                prev = members[-1]
                base = int(prev.ids["EGN"][6:9])
                kid.ids["EGN"] = egn(sex, kd, rng, serial=(base + 2) % 1000)
            members.append(kid)
        if len(members) < 2:  # single parent with no kids -> add adult sibling
            members.append(
                self.citizen(
                    kind,
                    "F" if rng.random() < 0.5 else "M",
                    rand_date(rng, fdob.year - 6, fdob.year + 6),
                    family=fam,
                    father_given=self._grandfather(members[0]) if kind == "BG" else None,
                    turk=turk,
                )
            )
        # shared contact phone and car
        if rng.random() < 0.45:
            shared = make_phone(kind if kind in ("BG", "RO") else "RO", rng, landline=rng.random() < 0.3)
            for m in members:
                m.hh_phone = shared
        if rng.random() < 0.45:
            car = make_plate("BG" if kind == "BG" else "RO", rng)
            for m in members:
                if m.dob.year < 2006 or rng.random() < 0.3:
                    m.plate = car
        return members

    def _grandfather(self, father):
        mid = father.middle or ""
        for suf in ("ов", "ев"):
            if mid.endswith(suf):
                base = mid[:-2]
                for cand in BG_M + BGTR_M:
                    if patronymic(cand, False) == mid:
                        return cand
                return base
        return father.given

    def migrant_group(self):
        rng = self.rng
        nat = rng.choices(*MIGRANT_NATS)[0]
        members = []
        if rng.random() < 0.4:  # family
            fam = W[NAT_SETS[nat][2]].pick(rng)
            fdob = rand_date(rng, 1975, 1998)
            members.append(self.tcn(nat, "M", fdob, fam))
            if rng.random() < 0.8:
                members.append(
                    self.tcn(
                        nat,
                        "F",
                        rand_date(rng, fdob.year - 2, fdob.year + 6),
                        fam if nat not in ("IR", "AF") or rng.random() < 0.5 else None,
                    )
                )
            for _ in range(rng.choice([1, 2, 2, 3, 4])):
                kid = self.tcn(nat, "M" if rng.random() < 0.55 else "F", rand_date(rng, 2004, 2012), fam)
                members.append(kid)
        else:
            for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 6, 8])):
                members.append(self.tcn(nat, "M" if rng.random() < 0.88 else "F", rand_date(rng, 1983, 2008)))
        # contact phone shared in the group: a smuggler's or a member's
        group_phone = None
        r = rng.random()
        if r < 0.45:
            smug = self.smuggler(nat)
            group_phone = smug.phones[0] if smug.phones else None
            members.append(smug)
        elif r < 0.65 and self.smuggler_phones:
            group_phone = self.smuggler_phones[-rng.randrange(1, min(len(self.smuggler_phones), 30) + 1)]
        elif r < 0.85 and members[0].phones:
            group_phone = members[0].phones[0]
        if group_phone is not None:
            for m in members:
                if m.role == "mig":
                    m.hh_phone = group_phone
        return members

    def smuggler(self, nat):
        rng = self.rng
        r = rng.random()
        dob = rand_date(rng, 1965, 2000)
        if r < 0.35:
            p = self.citizen("BG", "M", dob, turk=rng.random() < 0.2)
        elif r < 0.50:
            p = self.citizen("RO", "M", dob)
        elif r < 0.70:
            p = self.tcn("TR", "M", dob, role="smug")
        elif r < 0.90:
            p = self.tcn(nat, "M", dob, role="smug")
        else:
            p = self.tcn("UA", "M", dob, role="smug") if rng.random() < 0.6 else self.citizen("MD", "M", dob)
        p.role = "smug"
        if not p.phones:
            p.phones.append(make_phone(rng.choice(["BG", "RO", "TR"]), rng))
        for _ in range(rng.choice([0, 1, 1, 2])):
            p.phones.append(make_phone(rng.choice(["BG", "RO", "TR", "BG"]), rng))
        self.smuggler_phones.extend(p.phones)
        p.plate = make_plate(rng.choice(["BG", "BG", "RO", "TR", "UA"]) if p.kind == "TCN" else p.home, rng)
        return p

    def other_foreigner(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            p = self.citizen("MD", "M" if rng.random() < 0.6 else "F", rand_date(rng, 1960, 2005))
        else:
            nat = "UA" if r < 0.7 else "TR"
            p = self.tcn(nat, "M" if rng.random() < 0.65 else "F", rand_date(rng, 1955, 2005), role="for")
        if rng.random() < 0.35:
            p.plate = make_plate(p.nat if p.nat in ("UA", "TR", "MD") else "RO", rng)
        return [p]

    def unit(self):
        rng = self.rng
        r = rng.random()
        kind = "BG" if rng.random() < 0.505 else "RO"
        if r < 0.58:
            turk = kind == "BG" and rng.random() < 0.06
            p = self.citizen(kind, "M" if rng.random() < 0.6 else "F", rand_date(rng, 1950, 2008), turk=turk)
            if rng.random() < 0.38:
                p.plate = make_plate(kind, rng)
            return [p]
        if r < 0.835:
            return self.household(kind)
        if r < 0.95:
            return self.other_foreigner()
        return self.migrant_group()

    # -- records -------------------------------------------------------------------------------
    def n_records(self, p):
        rng = self.rng
        if p.role == "smug":
            return rng.randint(3, 9)
        if p.role == "mig":
            return rng.choices(*RECS_PER_PERSON_MIG)[0]
        return rng.choices(*RECS_PER_PERSON_CIT)[0]

    def sources(self, p, k):
        rng = self.rng
        home = p.home
        other = "RO" if home == "BG" else "BG"
        if k == 1:
            return [home if rng.random() < 0.8 else other]
        cross_p = 0.85 if p.role == "smug" else (0.70 if p.role == "mig" else 0.55)
        if rng.random() < cross_p:
            srcs = [home, other] + [home if rng.random() < 0.6 else other for _ in range(k - 2)]
        else:
            srcs = [home] * k
        return srcs

    def run(self):
        rows, truth = [], []
        total = 0
        n = self.n
        while total < n:
            for p in self.unit():
                if total >= n:
                    break
                k = min(self.n_records(p), n - total)
                for src in self.sources(p, k):
                    rows.append(self.render(p, src))
                    truth.append(p.pid)
                total += k
        return rows, truth

    # -- rendering -----------------------------------------------------------------------------
    def name_bg(self, p, word, src, style):
        if style == "cyr":
            return word
        return bg_to_latin(word, style)

    def tcn_name(self, p, key, ent, src, cyr):
        rng = self.rng
        variants, cyrs = ent
        if rng.random() < 0.80:
            v = variants[p.pp.get(key, 0)]
        else:
            v = variants[pick_variant_index(rng, len(variants))]
        if cyr:
            if cyrs is not None:
                return cyrs[0] if rng.random() < 0.6 else rng.choice(cyrs)
            return latin_to_cyr(v, "tr" if p.nat == "TR" else "gen")
        if p.nat == "TR":
            r = rng.random()
            if src == "RO" and r < 0.3:
                v = v.translate(TO_COMMA)
            elif r < 0.6:
                v = v.translate(STRIP)
        return v

    def render(self, p, src):
        rng = self.rng
        rnd = rng.random
        given = middle = family = ""
        kind = p.kind
        if kind == "BG":
            if src == "BG":
                style = "cyr" if rnd() < 0.75 else "off"
            else:
                r = rnd()
                if r < 0.60:
                    style = p.pp_style
                elif r < 0.95:
                    style = rng.choices(["ro", "off", "hist", "fr", "de"], [40, 25, 22, 9, 4])[0]
                else:
                    style = "cyr"
            given = bg_to_latin(p.given, style) if style != "cyr" else p.given
            fam = p.family
            if p.family_alt and rnd() < 0.08:
                fam = p.family_alt
            if src == "RO" and p.sex == "F" and rnd() < 0.05 and fam.endswith("а"):
                fam = fam[:-1]  # male form taken from a relative's record
            family = bg_to_latin(fam, style) if style != "cyr" else fam
            if style == "ro":
                q = rnd()
                if q < 0.5:
                    given, family = given.translate(STRIP), family.translate(STRIP)
                elif q < 0.7:
                    given, family = given.translate(TO_CEDILLA), family.translate(TO_CEDILLA)
            if p.middle and rnd() < (0.85 if src == "BG" else 0.25):
                middle = bg_to_latin(p.middle, style) if style != "cyr" else p.middle
                if style == "ro":
                    middle = middle.translate(STRIP)
        elif kind in ("RO", "MD"):
            cyr = src == "BG" and rnd() < (0.25 if kind == "RO" else 0.35)
            given, family = p.given, p.family
            if p.family_alt and rnd() < 0.10:
                family = p.family_alt if rnd() < 0.7 else (family.split("-")[0] if "-" in family else family)
            elif "-" in family and rnd() < 0.4:
                family = family.split("-")[rng.randrange(2)]
            if "-" in given:
                q = rnd()
                if q < 0.25:
                    given = given.replace("-", " ")
                elif q < 0.45:
                    given = given.split("-")[0]
                elif q < 0.55:
                    a, b = given.split("-")
                    given, middle = a, b
            if p.given2:
                q = rnd()
                if q < (0.45 if src == "RO" else 0.35):
                    middle = p.given2
                elif q < 0.65:
                    given = given + ("-" if rnd() < 0.5 else " ") + p.given2
            elif src == "RO" and rnd() < 0.04:
                middle = rng.choice("ACDGIMNPSTV") + "."  # father's initial
            if cyr:
                given = latin_to_cyr(given, "ro")
                family = latin_to_cyr(family, "ro")
                if middle:
                    middle = latin_to_cyr(middle, "ro") if not middle.endswith(".") else ""
            else:
                q = rnd()
                if src == "RO":
                    tr = None if q < 0.55 else (TO_CEDILLA if q < 0.80 else STRIP)
                else:
                    tr = STRIP if q < 0.70 else (TO_CEDILLA if q < 0.85 else None)
                if kind == "MD" and tr is None and rnd() < 0.5:
                    tr = STRIP
                if tr is not None:
                    given, family, middle = given.translate(tr), family.translate(tr), middle.translate(tr)
        else:  # TCN
            cyr_rate = 0.0
            if src == "BG":
                cyr_rate = 0.35 if p.role == "mig" and not p.docs else (0.20 if p.nat != "UA" else 0.40)
            elif p.nat == "UA":
                cyr_rate = 0.03
            cyr = rnd() < cyr_rate
            given = self.tcn_name(p, "g", p.given, src, cyr)
            if p.nofam:
                if p.middle and rnd() < 0.7:
                    family = self.tcn_name(p, "m", p.middle, src, cyr)
            else:
                family = self.tcn_name(p, "f", p.family, src, cyr)
                if p.middle and rnd() < (0.45 if src == "BG" else 0.25):
                    middle = self.tcn_name(p, "m", p.middle, src, cyr)
                    if rnd() < 0.1:
                        given, middle = given + " " + middle, ""
        # swaps, typos, case
        if rnd() < (SWAP * 2 if kind == "TCN" else SWAP) and family:
            given, family = family, given
        if rnd() < TYPO:
            given = typo(given, rng)
        if rnd() < TYPO:
            family = typo(family, rng)
        if middle and rnd() < TYPO:
            middle = typo(middle, rng)
        if rnd() < UPPER[src]:
            given, middle, family = given.upper(), middle.upper(), family.upper()

        # birth date
        dob = p.dob
        bd = ""
        miss = 0.06 if src == p.home else 0.13
        if p.role == "mig":
            miss = 0.10
        if rnd() >= miss:
            if p.declared:
                y = dob.year + (0 if rnd() < 0.8 else rng.choice([-1, 1]))
                bd = f"{y:04d}-01-01"
            elif p.role == "mig" and rnd() < 0.15:
                bd = f"{dob.year:04d}-01-01"
            else:
                bd = dob.isoformat()
                if rnd() < DOB_TYPO:
                    r = rnd()
                    if r < 0.35 and dob.day <= 12 and dob.day != dob.month:
                        bd = f"{dob.year:04d}-{dob.day:02d}-{dob.month:02d}"
                    elif r < 0.65:
                        d2 = dob + datetime.timedelta(days=rng.choice([-1, 1, 10, -10]))
                        bd = d2.isoformat()
                    else:
                        y2 = dob.year + rng.choice([-1, 1, -10, 10])
                        try:
                            bd = dob.replace(year=y2).isoformat()
                        except ValueError:
                            bd = dob.isoformat()

        # sex
        sex = p.sex if rnd() >= (0.05 if src == "RO" else 0.09) else ""
        if sex and rnd() < 0.004:
            sex = "F" if sex == "M" else "M"

        # national id
        nid = ""
        ids = p.ids
        if kind == "BG":
            if src == "BG":
                if rnd() < 0.88:
                    nid = ids["EGN"]
            else:
                if p.resident and rnd() < 0.7:
                    nid = ids["CNP"]
                elif rnd() < 0.6:
                    nid = ids["EGN"]
        elif kind in ("RO", "MD"):
            if src == "RO":
                if "CNP" in ids and rnd() < 0.85:
                    nid = ids["CNP"]
            else:
                if "LNCH" in ids and rnd() < 0.75:
                    nid = ids["LNCH"]
                elif "CNP" in ids and rnd() < 0.6:
                    nid = ids["CNP"]
        else:
            if src == "BG" and "LNCH" in ids and rnd() < 0.75:
                nid = ids["LNCH"]
            elif src == "RO" and "CNP" in ids and rnd() < 0.7:
                nid = ids["CNP"]
        if nid:
            for kname, alt in p.ids_alt.items():
                if ids.get(kname) == nid and rnd() < 0.4:
                    nid = alt
            if rnd() < ID_MISTYPE:
                nid = mistype_digits(nid, rng)

        # document
        doc = ""
        if p.docs and rnd() < (0.45 if src == "RO" else 0.40):
            doc = render_doc(p.docs[0] if len(p.docs) == 1 or rnd() < 0.6 else p.docs[1], rng)

        # nationality
        nat = p.nat
        r = rnd()
        if r < 0.04:
            nat = ""
        elif r < 0.06:
            if kind == "TCN":
                nat = rng.choice(NAT_SETS[p.nat][4])
            elif kind == "MD":
                nat = "RO"
            elif kind == "BG" and p.given in BGTR_M + BGTR_F:
                nat = "TR"
        # phone
        phone = ""
        ph_p = 0.55 if p.role == "smug" else 0.40
        if rnd() < ph_p:
            pool = p.phones
            if p.hh_phone is not None and (not pool or rnd() < 0.25):
                ph = p.hh_phone
            elif pool:
                ph = pool[0] if len(pool) == 1 or rnd() < 0.6 else rng.choice(pool)
            else:
                ph = None
            if ph is not None:
                phone = render_phone(ph, src, rng)
        # plate
        plate = ""
        if p.plate is not None and rnd() < (0.6 if p.role == "smug" else 0.33):
            plate = render_plate(p.plate, src, rng)
        return [src, given, middle, family, bd, sex, nid, doc, nat, phone, plate]


def generate(n: int, seed: int):
    gen = Gen(n, seed)
    rows, truth = gen.run()
    order = list(range(len(rows)))
    gen.rng.shuffle(order)
    return rows, truth, order


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rows, truth, order = generate(args.n, args.seed)
    with (
        open(args.out, "w", encoding="utf-8", newline="") as fo,
        open(args.truth, "w", encoding="utf-8", newline="") as ft,
    ):
        wo, wt = csv.writer(fo), csv.writer(ft)
        wo.writerow(HEADER)
        wt.writerow(["record_id", "person_id"])
        for i, idx in enumerate(order, 1):
            rid = f"g{i:07d}"
            wo.writerow([rid] + rows[idx])
            wt.writerow([rid, f"p{truth[idx]:07d}"])


if __name__ == "__main__":
    main()
